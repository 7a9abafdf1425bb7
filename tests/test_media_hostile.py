"""Hostile files against the container handlers (JPEG, PNG, WebP, GIF, HEIF, QuickTime, JPEG XL).

* Mutated files: whatever the bytes, ``read`` and ``strip`` either work or raise
  :class:`InputError`: never another exception, never a hang. Seeded, so a failure reproduces.
* Hostile shapes (:mod:`shapes_containers`) with ExifTool as the oracle: whatever ExifTool
  reads (GPS, owner, serial, place), leakscan finds it or says the photo could not be fully
  checked -- never a plain "ok"; and after a strip ExifTool finds none of it in the copy
  (or no copy is made). One ExifTool process per test.
"""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest
import shapes_containers as shapes
from conftest import needs_exiftool
from test_media_gif import make_gif
from test_media_isobmff import can_encode_heif, make_heic, make_mov
from test_media_jxl import make_jxl
from test_media_png import make_png
from test_media_webp import make_webp

from leakscan.errors import InputError, LeakscanError
from leakscan.media.base import StripOptions
from leakscan.media.gif import GifHandler
from leakscan.media.heif import HeifHandler
from leakscan.media.jpeg import JpegHandler
from leakscan.media.jxl import JxlHandler
from leakscan.media.png import PngHandler
from leakscan.media.quicktime import QuickTimeHandler
from leakscan.media.webp import WebpHandler
from leakscan.photos import scan_image
from leakscan.redact.image import clean_image_bytes
from leakscan.settings import Settings

#: Text fields an only-GPS strip may be told to leave out, in every kind of block.
DROP_TEXTS = frozenset(
    {"COM", "Comment", "UserComment", "ImageDescription", "XMP dc:description", "IPTC Caption-Abstract"}
)
OPTIONS = (
    StripOptions(),
    StripOptions(only_gps=True),
    StripOptions(only_gps=True, drop_texts=DROP_TEXTS),
    StripOptions(keep_icc=False, keep_orientation=False),
)
SPECIALS = (b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x00\x00\x00\x01", b"\x7f\xff\xff\xff", b"\x00\x00\x00\x08")


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random edits, mostly in the first 4 KiB where the structure lives."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if len(b) < 2:
            break
        pos = rng.randrange(min(len(b), 4096) if rng.random() < 0.8 else len(b))
        op = rng.random()
        if op < 0.5:
            b[pos] = rng.randrange(256)
        elif op < 0.7:
            b[pos : pos + 4] = rng.choice(SPECIALS)
        elif op < 0.85:
            del b[pos : pos + rng.randint(1, 64)]
        else:
            del b[pos:]
    return bytes(b)


def make_jpeg() -> bytes:
    return shapes.jpeg(shapes.app1_exif(), shapes.app1_xmp(shapes.xmp()), trailer=shapes.jpeg(shapes.app1_exif()))


def make_movie() -> bytes:
    return shapes.movie_with_tracks([shapes.VIDEO_TRACK, shapes.MEBX_LOCATION, (b"camm", b"camm", [b"x" * 30], b"")])


CASES = [
    pytest.param(JpegHandler(), make_jpeg, id="jpeg"),
    pytest.param(PngHandler(), make_png, id="png"),
    pytest.param(WebpHandler(), make_webp, id="webp"),
    pytest.param(GifHandler(), make_gif, id="gif"),
    pytest.param(QuickTimeHandler(), make_mov, id="mov"),
    pytest.param(QuickTimeHandler(), make_movie, id="mov-tracks"),
    pytest.param(JxlHandler(), make_jxl, id="jxl"),
    pytest.param(
        HeifHandler(),
        make_heic,
        id="heic",
        marks=pytest.mark.skipif(not can_encode_heif(), reason="libheif has no HEVC encoder here"),
    ),
]


@pytest.mark.parametrize(("handler", "make"), CASES)
def test_mutated_files_never_crash(handler, make) -> None:
    rng = random.Random(20240601)
    original = make()
    for _ in range(300):
        data = mutate(original, rng)
        with contextlib.suppress(InputError):
            handler.read(data)
        with contextlib.suppress(InputError):
            assert all(isinstance(p, (bytes, memoryview)) for p in handler.pixel_parts(data))  # views: no copies
        for options in OPTIONS:
            try:
                out = handler.strip(data, options)
            except InputError:
                continue
            assert isinstance(out.data, bytes)


# -- hostile shapes, ExifTool as the oracle --------------------------------------------------------

SHAPES = shapes.shapes()
FORMATS = sorted({s.format for s in SHAPES})
#: The metadata scanner alone: structured fields must be found as such (no text scanners needed).
METADATA_ONLY = Settings(scanners=("photo_metadata",))
NOT_FULLY_CHECKED = "could not be fully checked"


def _write(folder: Path, items: list[tuple[str, bytes]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in items:
        (path := folder / name).write_bytes(data)
        paths.append(path)
    return paths


def _file(shape: shapes.Shape) -> str:
    return f"{shape.name}.{shape.ext}"


def test_every_format_has_shapes() -> None:
    assert {"JPEG", "PNG", "WEBP", "GIF", "HEIF", "QUICKTIME", "JXL"} <= set(FORMATS)
    assert len({s.name for s in SHAPES}) == len(SHAPES)


@needs_exiftool
@pytest.mark.parametrize("fmt", FORMATS)
def test_scan_finds_what_exiftool_reads_or_says_not_fully_checked(fmt: str, tmp_path: Path) -> None:
    batch = [s for s in SHAPES if s.format == fmt]
    oracle = shapes.exiftool(_write(tmp_path, [(_file(s), s.data) for s in batch]))
    assert any(shapes.exiftool_sees(oracle[_file(s)]) for s in batch)  # the oracle reads the shapes
    problems = []
    for shape in batch:
        want = shapes.exiftool_sees(oracle[_file(shape)])
        result = scan_image(shape.data, METADATA_ONLY, name=_file(shape))
        missed = want - shapes.leakscan_sees(result)
        if missed and result.checked:
            problems.append(f"{shape.name}: missed {sorted(missed)}, verdict {result.verdict.value}")
        if "-cut-" in shape.name and result.checked:
            problems.append(f"{shape.name}: a file cut short reads as fully checked")
    assert not problems, "\n".join(problems)


@needs_exiftool
@pytest.mark.parametrize("only_gps", [False, True], ids=["full", "only-gps"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_strip_leaves_nothing_exiftool_reads(fmt: str, only_gps: bool, tmp_path: Path) -> None:
    options = StripOptions(only_gps=only_gps)
    banned = {"GPS", "PLACE"} if only_gps else {"GPS", "PLACE", "OWNER", "SERIAL"}
    copies = []
    for shape in (s for s in SHAPES if s.format == fmt):
        try:
            clean = clean_image_bytes(shape.data, options, METADATA_ONLY)
        except LeakscanError:
            continue  # refused: no copy is written
        copies.append((_file(shape), clean.data))
    oracle = shapes.exiftool(_write(tmp_path, copies))
    left = {name: sorted(shapes.exiftool_sees(rec) & banned) for name, rec in oracle.items()}
    assert not {k: v for k, v in left.items() if v}


# -- XMP that is hostile or broken -----------------------------------------------------------------

_BODY = shapes.XMP_VARIANTS["plain"].split("<x:xmpmeta", 1)[1]
_XMP_CASES = {
    # (packet, complete): complete means read as fully checked
    "plain": (shapes.xmp(), True),
    "doctype-before-the-packet": (shapes.xmp("doctype"), True),
    "doctype-in-a-comment": (shapes.xmp("doctype-in-comment"), True),
    "doctype-inside-the-packet": (
        ('<x:xmpmeta><!DOCTYPE x [<!ATTLIST a b CDATA "c">]>' + _BODY.split(">", 1)[1]).encode(),
        True,
    ),
    "cdata-value": (shapes.xmp().replace(b">Springfield<", b"><![CDATA[Springfield]]><"), True),
    "entity": (shapes.xmp("entity"), False),
    "mismatched-tags": (shapes.xmp("malformed"), False),
    "cut-short": (shapes.xmp("unclosed"), False),
    "unclosed-comment": (shapes.xmp() + b"<!-- and then nothing", True),
}


@pytest.mark.parametrize("name", sorted(_XMP_CASES))
def test_hostile_xmp_gives_up_its_values_and_says_when_it_is_unsure(name: str) -> None:
    from leakscan.media import xmp

    packet, complete = _XMP_CASES[name]
    data = xmp.parse(packet)
    values = {v for _p, v in data.props}
    assert shapes.CITY in values and xmp.gps(data)
    assert (shapes.OWNER in values) is (name != "entity")  # an entity is never expanded
    assert (data.incomplete == []) is complete


def test_xmp_nested_past_the_limit_is_incomplete() -> None:
    from leakscan.media import xmp

    def nest(depth: int) -> bytes:
        inner = "<photoshop:City>Springfield</photoshop:City>"
        for _ in range(depth):
            inner = f'<dc:subject rdf:parseType="Resource">{inner}</dc:subject>'
        return shapes.xmp().replace(b"<photoshop:City>Springfield</photoshop:City>", inner.encode())

    assert xmp.parse(nest(5)).incomplete == []
    deep = xmp.parse(nest(40))
    assert any("nested deeper" in r for r in deep.incomplete)


# -- only-GPS: text fields that say where go, the others and the camera data stay ------------------

LOCATION_TEXT_SHAPES = shapes.location_text_shapes()


def _values(record: dict) -> str:
    """Every value ExifTool read from the file itself (not its name or ExifTool's own notes)."""
    return " | ".join(
        str(v) for k, v in record.items() if k.partition(":")[0] not in ("SourceFile", "System", "File", "ExifTool")
    )


@needs_exiftool
def test_only_gps_leaves_out_the_texts_that_say_where_and_keeps_the_rest(tmp_path: Path) -> None:
    """Default settings (the text scanners read the fields): a comment, description or caption
    holding an address, a town or coordinates is location, and goes from every block it is
    written in; the camera's make, the owner and the other texts stay. ExifTool is the oracle."""
    originals = _write(tmp_path / "in", [(_file(s), s.data) for s in LOCATION_TEXT_SHAPES])
    copies = [(_file(s), clean_image_bytes(s.data, StripOptions(only_gps=True)).data) for s in LOCATION_TEXT_SHAPES]
    before = shapes.exiftool(originals)
    after = shapes.exiftool(_write(tmp_path / "out", copies))
    problems = []
    for shape in LOCATION_TEXT_SHAPES:
        had, kept = _values(before[_file(shape)]), _values(after[_file(shape)])
        assert "Oak Street" in had and shapes.KEEP_TEXT in had  # the oracle reads the shape
        for where in ("Oak Street", "40.7128", "Riverside"):
            if where in kept:
                problems.append(f"{shape.name}: {where!r} left")
        for what in (shapes.KEEP_TEXT, shapes.MAKE, shapes.OWNER):
            if what in had and what not in kept:
                problems.append(f"{shape.name}: {what!r} lost")
    assert not problems, "\n".join(problems)


# -- free text in any field: read, reported, and gone from a full copy ---------------------------------

FREE_TEXT_SHAPES = shapes.free_text_shapes()


@needs_exiftool
def test_text_in_a_field_nobody_calls_text_is_scanned_and_a_full_strip_removes_it(tmp_path: Path) -> None:
    """A phone number where a program name, a processing method, a model, an unknown XMP
    namespace, an edit history, an IPTC data set or a QuickTime atom goes: ExifTool reads it
    (the oracle), so the scan reports it (PHONE, with its field), a full copy holds it no more,
    and an only-GPS copy, which keeps those fields, still names it when scanned (``still_holds``)."""
    metadata = Settings(pixels=False)  # the fields are the point; the pictures are blank
    originals = _write(tmp_path / "in", [(_file(s), s.data) for s in FREE_TEXT_SHAPES])
    before = shapes.exiftool(originals)
    full = [(_file(s), clean_image_bytes(s.data, settings=metadata).data) for s in FREE_TEXT_SHAPES]
    after = shapes.exiftool(_write(tmp_path / "full", full))
    problems = []
    for shape in FREE_TEXT_SHAPES:
        assert shapes.PHONE in _values(before[_file(shape)]), shape.name  # the oracle reads it
        result = scan_image(shape.data, metadata)
        phones = [f for f in result.findings if f.kind.value == "PHONE" and f.field]
        if not phones:
            problems.append(f"{shape.name}: no PHONE finding, verdict {result.verdict.value}")
        if shapes.PHONE in _values(after[_file(shape)]):
            problems.append(f"{shape.name}: the full copy still holds it")
        kept = clean_image_bytes(shape.data, StripOptions(only_gps=True), metadata).data
        if shapes.PHONE.encode() in kept and "PHONE" not in {k.value for k in scan_image(kept, metadata).kinds}:
            problems.append(f"{shape.name}: the only-GPS copy holds it and does not say so")
    assert not problems, "\n".join(problems)
