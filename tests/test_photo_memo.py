"""The memo of findings per metadata text (leakscan/scanners/memo.py): a run over many photos
answers a text it has scanned before from memory, with the same findings, named by the field
they are in now; bounded; kept only for a run (the service keeps nothing)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import piexif
import pytest
from PIL import Image

from leakscan import batch
from leakscan.findings import Finding, Kind
from leakscan.inputs.items import Item
from leakscan.photos import scan_image
from leakscan.scanners import memo
from leakscan.scanners.detect import detect_text
from leakscan.settings import Settings

SETTINGS = Settings(pixels=False)
CAPTION = "Kevin Dasher at the lake, call 217-555-0134 or kevin.dasher@example.org"


@pytest.fixture
def remembering() -> Iterator[None]:
    memo.remember_texts()
    try:
        yield
    finally:
        memo.remember_texts(False)


def photo(path: Path, description: str) -> Path:
    """A small JPEG whose EXIF holds a caption, an owner, a program and a GPS position."""
    exif = {
        "0th": {
            piexif.ImageIFD.ImageDescription: description.encode(),
            piexif.ImageIFD.Artist: b"Jane Example",
            piexif.ImageIFD.Software: b"GIMP 2.10.34",
        },
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((40, 1), (42, 1), (4608, 100)),
            piexif.GPSIFD.GPSLongitudeRef: b"W",
            piexif.GPSIFD.GPSLongitude: ((74, 1), (0, 1), (2160, 100)),
        },
    }
    Image.new("RGB", (16, 16), (90, 140, 200)).save(path, "JPEG", exif=piexif.dump(exif))
    return path


def spans(findings: list[Finding]) -> list[tuple[str, str | None, int | None, int | None, str]]:
    return sorted((f.kind.value, f.field, f.start, f.end, f.text) for f in findings)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (CAPTION, {Kind.PERSON, Kind.PHONE, Kind.EMAIL}),
        ("Emma and Noah at Riverside Park", {Kind.PERSON}),
        ("GIMP 2.10.34", set()),  # nothing found is remembered too
        ("sRGB IEC61966-2.1", set()),
    ],
)
def test_a_remembered_text_gives_the_findings_of_a_fresh_scan_named_by_its_field(
    remembering: None, text: str, kinds: set[Kind]
) -> None:
    failed: list[str] = []
    first = memo.detect_remembered(text, SETTINGS, "ImageDescription", failed)
    assert memo.recall(text, SETTINGS, "XPComment") is not None
    again = memo.detect_remembered(text, SETTINGS, "XPComment", failed)
    fresh, _ = detect_text(text, SETTINGS, field="XPComment")
    assert not failed
    assert {f.kind for f in first} >= kinds
    assert spans(again) == spans(fresh)  # same kinds, offsets and texts; the field it is in now
    assert all(f.field == "XPComment" and f.text == text[f.start : f.end] for f in again)
    assert [f.with_(field=None) for f in again] == [f.with_(field=None) for f in first]


@pytest.mark.parametrize(
    ("first", "then", "held"),
    [
        ("Emma at the park", "Emma at the park", True),
        ("Emma at the park", "Emma at the park ", False),  # another text
        ("Emma at the park", "emma at the park", False),
    ],
)
def test_only_the_same_text_with_the_same_settings_is_recalled(
    remembering: None, first: str, then: str, held: bool
) -> None:
    memo.detect_remembered(first, SETTINGS, "ImageDescription", [])
    assert (memo.recall(then, SETTINGS, "ImageDescription") is not None) is held
    assert memo.recall(first, Settings(pixels=False, scanners=("phone",)), "ImageDescription") is None


def test_the_memo_is_bounded() -> None:
    found = [Finding(kind=Kind.PHONE, text="5550134", start=0, end=7, field="f", scanner="phone")]
    box = memo.TextMemo(entries=3, max_chars=10)
    for text in ("a", "b", "c"):
        box.put(text, SETTINGS, found)
    assert box.get("a", SETTINGS) is not None  # used: now the most recent
    box.put("d", SETTINGS, found)
    assert len(box) == 3
    assert box.get("b", SETTINGS) is None  # the least recently used went first
    assert all(box.get(t, SETTINGS) is not None for t in ("a", "c", "d"))
    box.put("x" * 11, SETTINGS, found)  # longer than max_chars: not kept
    assert box.get("x" * 11, SETTINGS) is None and len(box) == 3


@pytest.mark.parametrize(
    ("length", "held"),
    [
        (1, True),
        (2_000, True),
        (20_000, True),  # the longest text a photo field gives the scanners (photo_fields.MAX_TEXT_CHARS)
        (20_001, False),
    ],
)
def test_texts_up_to_the_longest_a_field_gives_are_remembered(remembering: None, length: int, held: bool) -> None:
    """A long text repeated across a run's photos (an embedded blob, a long caption) is scanned once."""
    text = ("Emma at the lake 217-555-0134 " * 700)[:length]
    found = memo.detect_remembered(text, SETTINGS, "UserComment", [])
    again = memo.recall(text, SETTINGS, "UserComment")
    assert (again is not None) is held
    assert again is None or again == found


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (["aaaa", "bbbb", "cccc"], ["aaaa", "bbbb", "cccc"]),  # 12 characters: all fit
        (["aaaa", "bbbb", "cccc", "dd"], ["bbbb", "cccc", "dd"]),  # 14: the least recent goes
        (["aaaa", "bbbbbbbbbbbb"], ["bbbbbbbbbbbb"]),
        (["aaaa", "b" * 13], ["aaaa"]),  # over the whole budget alone: not kept
    ],
)
def test_the_memo_holds_at_most_its_budget_of_characters(texts: list[str], kept: list[str]) -> None:
    box = memo.TextMemo(entries=10, max_chars=13, budget=12)
    for text in texts:
        box.put(text, SETTINGS, [])
    assert [t for t in texts if box.get(t, SETTINGS) is not None] == kept
    assert box.chars == sum(map(len, kept)) <= 12


def test_off_by_default_nothing_is_kept() -> None:
    """A scan outside a run (the service, the Python API) keeps no text in memory."""
    failed: list[str] = []
    memo.detect_remembered(CAPTION, SETTINGS, "ImageDescription", failed)
    assert memo.recall(CAPTION, SETTINGS, "ImageDescription") is None


def test_a_run_over_copies_gives_each_copy_the_findings_of_a_scan_of_its_own(tmp_path: Path) -> None:
    """Ten copies of one photo in a run: the copies' texts come from the memo (held while the
    run goes on, forgotten when it ends), and every copy's result is what scanning that copy
    alone gives: the PERSON in the caption with its offsets, the phone, the e-mail, the GPS."""
    first = photo(tmp_path / "copy0.jpg", CAPTION)
    paths = [first] + [shutil.copyfile(first, tmp_path / f"copy{i}.jpg") for i in range(1, 10)]
    items = [Item(source=p.name, type="image", path=p) for p in paths]
    run = batch.run(items, SETTINGS)
    results = [next(run)[1]]
    assert memo.recall(CAPTION, SETTINGS, "ImageDescription") is not None  # held during the run
    results += [result for _item, result, _outcome in run]
    assert memo.recall(CAPTION, SETTINGS, "ImageDescription") is None  # forgotten after it
    alone = [scan_image(p, SETTINGS, name=p.name) for p in paths]
    for got, want in zip(results, alone, strict=True):
        assert got.to_dict() == want.to_dict()
    person = [f for f in results[-1].findings if f.kind is Kind.PERSON]
    assert [(f.text, f.start, f.end, f.field) for f in person] == [("Kevin Dasher", 0, 12, "ImageDescription")]
    assert {Kind.GPS, Kind.PHONE, Kind.EMAIL, Kind.OWNER} <= {f.kind for f in results[-1].findings}
