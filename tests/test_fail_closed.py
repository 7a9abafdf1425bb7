"""Fail closed: whatever leakscan could not (fully) check never reads as safe, in any front end.

The rule lives in one type (:class:`leakscan.ScanResult`): an item with an ``error`` always has
the verdict ``block``. These tests pin it at the API level; the CLI, report and service tests
check their own rendering of such items.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leakscan import ScanResult, Verdict, check_post, scan_image, scan_text
from leakscan.media.base import RawMetadata
from leakscan.photos import incomplete_reason


@pytest.mark.parametrize("verdict", list(Verdict))
def test_an_error_is_never_ok(verdict: Verdict) -> None:
    result = ScanResult(source="x", type="image", verdict=verdict, error="cannot read file")
    assert result.verdict is Verdict.BLOCK
    assert not result.checked
    assert result.to_dict()["verdict"] == "block"


def test_a_clean_checked_item_stays_ok() -> None:
    result = ScanResult(source="x", type="text")
    assert result.verdict is Verdict.OK and result.checked


def test_missing_photo_is_not_ok(tmp_path: Path) -> None:
    result = scan_image(tmp_path / "missing.jpg")
    assert result.error and result.verdict is Verdict.BLOCK


@pytest.mark.parametrize(
    "image",
    [b"", b"not an image at all", "missing.jpg"],
    ids=["empty", "text", "missing-path"],
)
def test_check_post_with_an_unreadable_photo_blocks(image: object, tmp_path: Path) -> None:
    if isinstance(image, str):
        image = str(tmp_path / image)
    check = check_post("hi", images=[image])  # type: ignore[list-item]
    assert check.verdict is Verdict.BLOCK
    assert check.errors


def test_check_post_clean_text_and_no_photo_is_ok() -> None:
    assert check_post("hi").verdict is Verdict.OK


def test_text_over_the_limit_is_not_ok() -> None:
    from leakscan import Settings

    result = scan_text("a" * 50, Settings(max_text_chars=10))
    assert result.error and result.verdict is Verdict.BLOCK


def test_incomplete_reason_names_the_first_problem_and_counts_the_rest() -> None:
    meta = RawMetadata(format="TIFF")
    assert incomplete_reason(meta) is None
    meta.incomplete += ["IFD chain longer than 64", "IFD chain longer than 64", "XMP not understood"]
    assert incomplete_reason(meta) == "could not be fully checked: IFD chain longer than 64 (and 1 more)"


def _png_with_many_text_chunks(n: int = 1100) -> bytes:
    """A PNG with more text chunks than leakscan reads: it cannot be fully checked."""
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for i in range(n):
        info.add_text(f"k{i}", "x")
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 200, 10)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def test_a_photo_read_in_part_is_not_ok_but_still_gets_a_verified_clean_copy() -> None:
    data = _png_with_many_text_chunks()
    check = check_post("hi", images=[data], clean_images=True)
    assert check.verdict is Verdict.BLOCK
    assert "could not be fully checked" in (check.image_results[0].error or "")
    cleaned = check.cleaned[0]
    assert cleaned.error is None and cleaned.data is not None
    assert scan_image(cleaned.data).checked  # the copy itself reads back complete


def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    result = scan_image(fifo)  # opening a FIFO for reading would wait for a writer forever
    assert result.verdict is Verdict.BLOCK and "not a regular file" in (result.error or "")
    check = check_post("hi", images=[str(fifo)], clean_images=True)
    assert check.verdict is Verdict.BLOCK and check.cleaned[0].data is None


@pytest.mark.parametrize(
    ("settings", "copy_given"),
    [
        ({"max_text_chars": 8}, False),  # the picture's text is read in part: its copy cannot be claimed clean
        ({}, True),  # read whole: the phone number is covered and the copy verified
    ],
    ids=["picture-read-in-part", "picture-read-whole"],
)
def test_a_picture_read_in_part_gets_no_clean_copy(settings: dict, copy_given: bool) -> None:
    from pixel_images import text_png

    check = check_post("hi", images=[text_png("call me 217 555 0134")], clean_images=True, settings=settings)
    assert check.verdict is Verdict.BLOCK
    (clean,) = check.cleaned
    assert (clean.data is not None) is copy_given, clean.error
    if not copy_given:
        assert clean.error is not None and "could not be fully checked" in clean.error and "0134" not in clean.error
