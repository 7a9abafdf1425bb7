"""JPEG handler: the segment walk fails closed (cut short, caps hit), and ``pixel_parts``.

A JPEG is read segment by segment; whatever the walk cannot cover -- a segment cut short, a
file with no image data, more segments or trailing images than the caps -- makes the read
``incomplete`` (the photo is then "could not be fully checked", never "ok") and the strip
refuses it. ``pixel_parts`` is the main picture's frame, tables, scan headers and scan data:
equal before and after every strip, different as soon as one of those bytes changes.
"""

from __future__ import annotations

import pytest
import shapes_containers as shapes
from conftest import CORPUS, SAMPLES

from leakscan.errors import InputError
from leakscan.media.base import StripOptions
from leakscan.media.jpeg import _MAX_TRAILER_IMAGES, JpegHandler
from leakscan.media.jpeg_layout import MAX_SEGMENTS, layout
from leakscan.photos import scan_image
from leakscan.settings import Settings

JPEG = JpegHandler()
META_ONLY = Settings(scanners=("photo_metadata",))
COM = shapes.segment(0xFE, b"x")
EXIF = shapes.app1_exif()


def _gps(data: bytes) -> bool:
    return any(f.kind.value == "GPS" for f in scan_image(data, META_ONLY).findings)


# -- the walk ---------------------------------------------------------------------------------------

CUT = {
    "soi-and-an-empty-app1": b"\xff\xd8\xff\xe1\x00\x02",
    "cut-inside-a-segment-header": b"\xff\xd8\xff\xe1\x00",
    "cut-inside-the-exif": shapes.jpeg(EXIF)[: 2 + len(EXIF) // 2],
    "exif-but-no-image-data": b"\xff\xd8" + EXIF,
    "past-the-segment-cap": shapes.jpeg(COM * (MAX_SEGMENTS + 1), EXIF),
    "past-the-trailer-image-cap": shapes.jpeg(trailer=shapes.jpeg() * (_MAX_TRAILER_IMAGES + 1)),
    "exif-with-a-broken-tiff-header": shapes.jpeg(shapes.segment(0xE1, b"Exif\x00\x00XY" + shapes.exif_tiff()[2:])),
}
WHOLE = {
    "plain": shapes.jpeg(EXIF),
    "5000-comments-before-the-exif": shapes.jpeg(COM * 5000, EXIF),
    "no-end-of-image-marker": shapes.jpeg(EXIF)[:-2],
    "three-trailing-images": shapes.jpeg(trailer=shapes.jpeg() * 3),
    "padding-after-the-end": shapes.jpeg(EXIF, trailer=b"\x00" * 64),
    "an-empty-exif-segment": shapes.jpeg(shapes.segment(0xE1, b"Exif\x00\x00")),
}


@pytest.mark.parametrize("name", sorted(CUT))
def test_what_the_walk_cannot_cover_is_incomplete_and_not_stripped(name: str) -> None:
    data = CUT[name]
    meta = JPEG.read(data)
    assert meta.incomplete, "read as if complete"
    result = scan_image(data, META_ONLY)
    assert not result.checked and result.verdict.value == "block"
    assert result.error.startswith("could not be fully checked: ")
    for options in shapes.strip_options():  # no copy, or one that can be fully checked
        try:
            out = JPEG.strip(data, options)
        except InputError:
            continue
        assert JPEG.read(out.data).incomplete == []


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_a_whole_file_reads_complete(name: str) -> None:
    data = WHOLE[name]
    assert JPEG.read(data).incomplete == []
    assert scan_image(data, META_ONLY).checked


def test_metadata_behind_thousands_of_segments_is_found() -> None:
    data = WHOLE["5000-comments-before-the-exif"]
    assert _gps(data)
    assert not _gps(JPEG.strip(data, StripOptions()).data)


def test_the_last_trailing_image_is_read() -> None:
    data = shapes.jpeg(trailer=shapes.jpeg() * 2 + shapes.jpeg(EXIF))
    assert _gps(data) and JPEG.read(data).incomplete == []


def test_extended_xmp_parts_past_the_cap_are_incomplete() -> None:
    sig = b"http://ns.adobe.com/xmp/extension/\x00"
    part = [
        shapes.segment(0xE1, sig + b"0" * 32 + (300).to_bytes(4, "big") + i.to_bytes(4, "big") + b"<")
        for i in range(300)
    ]
    assert any("Extended XMP" in r for r in JPEG.read(shapes.jpeg(*part)).incomplete)
    assert JPEG.read(shapes.jpeg(*part[:10])).incomplete == []


def test_garbage_between_segments_is_walked_past() -> None:
    data = shapes.jpeg(COM, b"\x00junk\x00", EXIF)
    meta = JPEG.read(data)
    assert meta.incomplete == [] and any("garbage" in w for w in meta.warnings)
    assert _gps(data)


# -- pixel parts ------------------------------------------------------------------------------------

FILES = shapes.photo_files([SAMPLES / "photos", CORPUS / "photos"], "JPEG")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_pixel_parts_survive_every_strip(path) -> None:
    data = path.read_bytes()
    assert shapes.parts_changed_by_strips(JPEG, data) == []


def _scan_byte(data: bytes) -> int:
    """An offset in the middle of the first scan whose flip keeps the marker structure."""
    start, end = layout(data).scans[0]
    return next(i for i in range((start + end) // 2, end) if data[i] < 0xFE and data[i - 1] != 0xFF)


def _segment_byte(data: bytes, marker: int, skip: int = 0) -> int:
    seg = next(s for s in layout(data).segments if s.marker == marker)
    return seg.body + skip


@pytest.mark.parametrize(
    ("where", "changes"),
    [
        pytest.param(_scan_byte, True, id="scan-data"),
        pytest.param(lambda d: _segment_byte(d, 0xDB, 3), True, id="quantisation-table"),
        pytest.param(lambda d: _segment_byte(d, 0xC4, 5), True, id="huffman-table"),
        pytest.param(lambda d: _segment_byte(d, 0xC0, 2), True, id="frame-height"),
        pytest.param(lambda d: _segment_byte(d, 0xDA, 2), True, id="scan-header"),
        pytest.param(lambda d: _segment_byte(d, 0xE1, 20), False, id="exif"),
        pytest.param(lambda d: _segment_byte(d, 0xFE, 0), False, id="comment"),
        pytest.param(lambda d: _segment_byte(d, 0xE0, 8), False, id="jfif-density"),
    ],
)
def test_pixel_parts_see_a_flipped_picture_byte(where, changes: bool) -> None:
    data = shapes.jpeg(EXIF, shapes.segment(0xFE, b"a comment"))
    parts = JPEG.pixel_parts(data)
    assert (JPEG.pixel_parts(shapes.flipped(data, where(data))) != parts) is changes


def test_pixel_parts_keep_the_adobe_transform_and_leave_trailing_images_out() -> None:
    adobe = shapes.segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01")
    data = shapes.jpeg(adobe, trailer=shapes.jpeg(EXIF))
    parts = JPEG.pixel_parts(data)
    assert adobe in parts
    assert JPEG.pixel_parts(shapes.flipped(data, data.index(adobe) + 15)) != parts  # the transform byte
    assert JPEG.pixel_parts(data[: layout(data).end]) == parts  # the gain map / preview is not the picture


def test_pixel_parts_refuse_a_cut_file() -> None:
    with pytest.raises(InputError):
        JPEG.pixel_parts(CUT["exif-but-no-image-data"])


def _photoshop(blob: bytes) -> bytes:
    return shapes.segment(0xED, b"Photoshop 3.0\x00" + blob)


@pytest.mark.parametrize(
    ("blob", "complete"),
    [
        pytest.param(shapes.photoshop_iptc(), True, id="iptc"),
        pytest.param(shapes.photoshop_iptc() + b"\x00" * 8, True, id="zero-padding"),
        pytest.param(b"8BIM\x04\x0c\x00\x00\x00\x00\x00\x02ab" * 1001, False, id="past-the-block-cap"),
        pytest.param(b"8BIM\x04\x0c\x00\x00\x00\x00\x00\x02ab" + b"junk" + shapes.photoshop_iptc(), False, id="junk"),
    ],
)
def test_photoshop_resources_not_read_to_the_end_are_incomplete(blob: bytes, complete: bool) -> None:
    assert (JPEG.read(shapes.jpeg(_photoshop(blob))).incomplete == []) is complete


def test_a_frame_header_cut_short_is_incomplete_not_a_crash() -> None:
    data = shapes.jpeg()
    sof = data.index(b"\xff\xc0")
    cut = data[: sof + 6]  # the frame header's length says more than is left
    assert JPEG.read(cut).incomplete
    assert not scan_image(cut, META_ONLY).checked


# -- Canon CIFF and FLIR: read as ExifTool reads them, a cap or a cut is incomplete ------------------

_CIFF_FLIR = {
    # name: (payload segments, kind expected, reason when not fully checked)
    "ciff": ([shapes.segment(0xE0, shapes.ciff())], "OWNER", None),
    "ciff-6-deep": ([shapes.segment(0xE0, shapes.ciff(depth=6))], "OWNER", None),
    "ciff-18-deep": ([shapes.segment(0xE0, shapes.ciff(depth=18))], None, "nested more than 16 deep"),
    "ciff-300-records": ([shapes.segment(0xE0, shapes.ciff(filler=300))], "OWNER", None),
    "ciff-heap-past-the-block": ([shapes.segment(0xE0, shapes.ciff()[:-3])], None, "lies outside the block"),
    "flir": (shapes.app1_flir(shapes.flir()), "GPS", None),
    "flir-5000-records": (shapes.app1_flir(shapes.flir(filler=5000)), "GPS", None),
    "flir-70000-records": (shapes.app1_flir(shapes.flir(filler=70000)), None, "more than 65536 records"),
    "flir-record-cut": (shapes.app1_flir(shapes.flir(cut=40)), None, "runs past the end of the data"),
    "flir-directory-cut": (shapes.app1_flir(shapes.flir(filler=3)[:0x70]), None, "directory runs past the end"),
}


@pytest.mark.parametrize("name", sorted(_CIFF_FLIR))
def test_ciff_and_flir_are_read_to_the_end_or_incomplete(name: str) -> None:
    segments, kind, reason = _CIFF_FLIR[name]
    data = shapes.jpeg(*segments)
    result = scan_image(data, META_ONLY)
    if reason is None:
        assert result.checked, result.error
        assert kind in {f.kind.value for f in result.findings}
    else:
        assert result.error is not None and reason in result.error
    for options in (StripOptions(), StripOptions(only_gps=True)):  # either strip leaves a copy fully checked
        again = scan_image(JPEG.strip(data, options).data, META_ONLY)
        assert again.checked and "GPS" not in {f.kind.value for f in again.findings}
