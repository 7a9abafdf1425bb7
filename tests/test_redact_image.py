"""Clean copies of real photos and videos: nothing identifying left, pixels and originals untouched.

The oracle for "nothing left" is ExifTool (installed by CI): every output is re-read with
``exiftool -json -a -G1 -n`` and classified by ``benchmarks/photos.py``'s :func:`leftovers`
(the same rule the benchmark reports).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import stat
import struct
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, needs_corpus, needs_exiftool
from PIL import Image
from test_media_png import make_png

from leakscan.errors import InputError, LimitError, RedactError, UnsupportedFormatError
from leakscan.findings import Finding, Kind
from leakscan.fsutil import is_temp_file
from leakscan.media.base import StripOptions, Stripped
from leakscan.media.png import PngHandler
from leakscan.redact.image import (
    LOCATION_TEXT_LEFT,
    CleanImage,
    clean_image_bytes,
    leftover_kinds,
    location_texts,
    redact_image_file,
)
from leakscan.settings import Settings

PHOTOS = CORPUS / "photos"
#: Folders of real files that must all clean up (malformed/ has its own tests).
GOOD_FOLDERS = ("camera", "video", "stubs")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_photos", ROOT / "benchmarks" / "photos.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
leftovers, decode = BENCH.leftovers, BENCH.decode


def exiftool(paths: list[Path]) -> dict[str, dict]:
    """ExifTool's records for ``paths``, keyed by file name (one batch process)."""
    proc = subprocess.run(["exiftool", "-json", "-a", "-G1", "-n", *map(str, paths)], capture_output=True, check=False)
    return {Path(r["SourceFile"]).name: r for r in json.loads(proc.stdout or b"[]")}


def copy_corpus(tmp_path: Path, folders=GOOD_FOLDERS) -> list[Path]:
    """The corpus files copied into ``tmp_path/in`` (never work on the shared originals)."""
    out = tmp_path / "in"
    out.mkdir()
    files = []
    for folder in folders:
        for src in sorted((PHOTOS / folder).iterdir()):
            dst = out / src.name
            shutil.copyfile(src, dst)
            files.append(dst)
    return files


def no_temp_files(folder: Path) -> bool:
    return not any(is_temp_file(p.name) for p in folder.rglob("*"))


# -- the whole corpus -------------------------------------------------------------------------------


#: The corpus-wide tests are about the metadata: what the pictures show (read by the OCR and
#: face models, about a second a photo) is checked on the corpus photos that show something, and
#: on one of each format that shows nothing, by ``test_real_photos_that_show_something_are_covered``.
METADATA = Settings(pixels=False)


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    """Every good corpus file redacted once (default options, metadata alone): inputs, outputs,
    outcomes, hashes."""
    if not PHOTOS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (set LEAKSCAN_CORPUS to run these)")
    tmp = tmp_path_factory.mktemp("corpus")
    files = copy_corpus(tmp)
    before = {p.name: p.read_bytes() for p in files}
    out = tmp / "out"
    out.mkdir()
    outcomes = {p.name: redact_image_file(p, out / p.name, StripOptions(), settings=METADATA) for p in files}
    return files, out, outcomes, before


@needs_corpus
def test_every_good_file_is_cleaned_and_originals_untouched(redacted) -> None:
    files, out, outcomes, before = redacted
    assert {p.name: p.read_bytes() for p in files} == before
    assert all((out / name).exists() for name in outcomes)
    # the metadata alone is removed: every copy is lossless (covered copies: below)
    assert all(o.lossless and not o.covered for o in outcomes.values())
    assert no_temp_files(out)
    manifest = {Path(m["file"]).name: m for m in map(json.loads, (PHOTOS / "MANIFEST.jsonl").open())}
    for name, outcome in outcomes.items():
        if manifest[name]["has_gps"]:
            assert outcome.changed and any(f.kind is Kind.GPS for f in outcome.findings_before), name


@needs_corpus
@needs_exiftool
def test_exiftool_finds_nothing_identifying_in_any_output(redacted) -> None:
    _, out, outcomes, _ = redacted
    records = exiftool([out / name for name in outcomes])
    assert len(records) == len(outcomes)
    left = {name: {k: v for k, v in leftovers(rec).items() if v} for name, rec in records.items()}
    assert {name: found for name, found in left.items() if found} == {}


@needs_corpus
def test_lossless_outputs_decode_to_the_same_pixels(redacted) -> None:
    _, out, outcomes, before = redacted
    compared = covered = 0
    for name, outcome in outcomes.items():
        original = decode(before[name])
        if original is None:  # no decoder here (AVIF, JPEG XL, video, raw)
            continue
        if outcome.covered:  # re-encoded on purpose: tests/test_redact_pixels.py checks those
            covered += 1
            continue
        assert decode((out / name).read_bytes()) == original, name
        compared += 1
    assert compared + covered >= 70 and compared >= 60


@needs_corpus
def test_portrait_orientation_is_kept(redacted) -> None:
    _, out, _, before = redacted
    with Image.open(out / "exifpy__portrait_6.jpg") as im:
        assert im.getexif().get(0x0112) == 6
        clean_size = im.size
    with Image.open(io.BytesIO(before["exifpy__portrait_6.jpg"])) as im:
        assert im.size == clean_size


#: Real photos, redacted as a user does (what the picture shows is read too): True where the
#: picture shows something (a name, a place name on a sign): covered, so the copy is re-encoded;
#: False for one of each other format showing nothing to cover (a face stays unless asked).
SHOWS_SOMETHING = {
    "exifpy__no_exif.jpg": True,
    # "Darwin Core Sample Image": the name of a metadata standard, no person (read as one
    # before the NER model learned from kid posts written by hand)
    "mei__Issue_80.jpg": False,
    # a signpost to London Bridge, the Globe Theatre and Bankside Gallery: famous sights, left
    # alone as in a post (a photo's place is its GPS pin, read from the metadata)
    "mei__Nikon_Coolpix_P7000.webp": False,
    "mei__cheers_1440x960.heic": False,
    "mei__HTC_Desire.webp": False,
    "mei__Issue_151.tif": False,
    "exifpy__mountains.avif": False,
    "exiv2__ReaganSmallPng.png": False,
}


@needs_corpus
@needs_exiftool
def test_real_photos_that_show_something_are_covered_and_the_rest_stay_lossless(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    outcomes = {}
    for name in SHOWS_SOMETHING:
        shutil.copyfile(PHOTOS / "camera" / name, tmp_path / name)
        outcomes[name] = redact_image_file(tmp_path / name, out / name, StripOptions())
    assert {name: bool(o.covered) for name, o in outcomes.items()} == SHOWS_SOMETHING
    # lossless, but where the picture shows something: that is covered and the copy re-encoded
    # (tests/test_redact_pixels.py checks the covering itself)
    assert all(o.lossless is (not o.covered) for o in outcomes.values())
    records = exiftool([out / name for name in outcomes])
    assert len(records) == len(outcomes)
    left = {name: {k: v for k, v in leftovers(rec).items() if v} for name, rec in records.items()}
    assert {name: found for name, found in left.items() if found} == {}
    for name, outcome in outcomes.items():
        if not outcome.covered:
            assert decode((out / name).read_bytes()) == decode((PHOTOS / "camera" / name).read_bytes()), name


@needs_corpus
@pytest.mark.parametrize("name", ["exiv2__imagemagick.png", "mei__HTC_Desire.webp", "exiv2__exiv2-bug1199.webp"])
def test_icc_profile_is_kept_unless_asked(tmp_path: Path, name: str) -> None:
    src = tmp_path / name
    shutil.copyfile(PHOTOS / "camera" / name, src)
    with Image.open(src) as im:
        icc = im.info.get("icc_profile")
    assert icc
    kept = redact_image_file(src, tmp_path / ("kept-" + name))
    with Image.open(kept.output) as im:
        assert im.info.get("icc_profile") == icc
    dropped = redact_image_file(src, tmp_path / ("dropped-" + name), StripOptions(keep_icc=False))
    with Image.open(dropped.output) as im:
        assert not im.info.get("icc_profile")


@needs_corpus
@needs_exiftool
def test_only_gps_removes_location_and_keeps_the_camera(tmp_path: Path, redacted) -> None:
    files = copy_corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    # the findings of the scan the full strip made (the same files, the same settings), passed
    # on as the CLI passes its scan's: the pictures are not read a second time
    _, _, outcomes, _ = redacted
    refused = []
    for src in files:
        try:
            found = outcomes[src.name].findings_before
            redact_image_file(src, out / src.name, StripOptions(only_gps=True), settings=METADATA, findings=found)
        except RedactError:
            # verification found a location the format's editor could not remove
            assert not (out / src.name).exists()
            refused.append(src.name)
    # every file that strips in full also strips with only_gps
    assert refused == []
    records = exiftool([out / src.name for src in files])
    assert len(records) == len(files)
    for name, rec in records.items():
        found = leftovers(rec)
        assert not found["gps"] and not found["location"], name
        assert not leftover_kinds((out / name).read_bytes(), StripOptions(only_gps=True)), name
    for name in ("mei__Apple_iPhone_4.jpg", "mei__IMG_1034.heic", "mei__HTC_Desire.webp"):
        assert records[name].get("IFD0:Make") and records[name].get("IFD0:Model"), name
    assert records["mei__with-gps.mov"].get("Keys:Model") == "iPhone 6"
    # the creator's postal address goes (it is an address), the creator's other contacts stay
    canon = records["mei__Canon_EOS_7D.jpg"]
    address = ("Address", "City", "Region", "PostalCode", "Country")
    assert not any(f"XMP-iptcCore:Creator{part}" in canon for part in address)
    assert canon.get("XMP-iptcCore:CreatorWorkEmail") and canon.get("XMP-aux:SerialNumber")
    # Pentax world-time cities are list indexes: emptied, not zeroed (0 is a city too)
    pentax = records["et__Pentax.jpg"]
    assert pentax.get("Pentax:HometownCity") in (None, "") and pentax.get("Pentax:DestinationCity") in (None, "")
    assert pentax.get("Pentax:InternalSerialNumber") and pentax.get("IFD0:Model")


# -- one file at a time ------------------------------------------------------------------------------


def test_clean_image_bytes_reports_what_went() -> None:
    data = make_png(orientation=6)
    clean = clean_image_bytes(data)
    assert isinstance(clean, CleanImage) and clean.format == "PNG" and clean.lossless and clean.changed
    assert {"eXIf", "tEXt", "iTXt"} <= set(clean.removed)
    assert {Kind.GPS, Kind.OWNER} <= {f.kind for f in clean.findings_before}
    assert all(f.severity is not None for f in clean.findings_before)
    assert leftover_kinds(data, StripOptions()) >= {"GPS", "OWNER"}
    assert leftover_kinds(clean.data, StripOptions()) == set()


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    original = make_png()  # compared with the bytes written: the ICC profile carries a creation time
    src.write_bytes(original)
    before = sorted(tmp_path.iterdir())
    outcome = redact_image_file(src, tmp_path / "clean.png", dry_run=True)
    assert outcome.changed and not outcome.written and outcome.output is None
    assert sorted(tmp_path.iterdir()) == before
    in_place = redact_image_file(src, None, dry_run=True)
    assert in_place.changed and src.read_bytes() == original


def test_in_place_keeps_the_mode_and_skips_clean_files(tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    src.write_bytes(make_png())
    os.chmod(src, 0o640)
    outcome = redact_image_file(src, None)
    assert outcome.written and outcome.output == src
    assert stat.S_IMODE(src.stat().st_mode) == 0o640
    assert leftover_kinds(src.read_bytes(), StripOptions()) == set()
    inode, mtime = src.stat().st_ino, src.stat().st_mtime_ns
    again = redact_image_file(src, src)
    assert not again.changed and not again.written
    assert (src.stat().st_ino, src.stat().st_mtime_ns) == (inode, mtime)
    assert no_temp_files(tmp_path)


def test_a_copy_of_a_clean_file_is_still_written(tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    src.write_bytes(clean_image_bytes(make_png()).data)
    outcome = redact_image_file(src, tmp_path / "copy.png")
    assert not outcome.changed and outcome.written and (tmp_path / "copy.png").read_bytes() == src.read_bytes()


@needs_corpus
@pytest.mark.parametrize("path", sorted(p.name for p in (PHOTOS / "malformed").iterdir()) if PHOTOS.is_dir() else [])
def test_malformed_files_fail_cleanly_or_come_out_clean(tmp_path: Path, path: str) -> None:
    src = tmp_path / path
    shutil.copyfile(PHOTOS / "malformed" / path, src)
    original = src.read_bytes()
    dst = tmp_path / "out" / path
    dst.parent.mkdir()
    try:
        outcome = redact_image_file(src, dst)
    except (InputError, RedactError) as exc:  # unreadable, or a copy that cannot be verified
        assert str(exc) and "\n" not in str(exc)
        assert not dst.exists()
    else:
        assert outcome.lossless and leftover_kinds(dst.read_bytes(), StripOptions()) == set()
    assert src.read_bytes() == original
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"", UnsupportedFormatError, id="empty"),
        pytest.param(b"hello, this is a text file named like a photo\n", UnsupportedFormatError, id="text"),
        pytest.param(make_png()[:200], InputError, id="truncated-png"),
        pytest.param(b"\xff\xd8\xff\xe1\xff\xf0Exif\x00\x00", InputError, id="jpeg-huge-segment"),
        pytest.param(b"RIFF\xff\xff\xff\x7fWEBPVP8X" + bytes(10), InputError, id="webp-huge-riff"),
        pytest.param(
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic\x7f\xff\xff\xffmeta", InputError, id="heic-huge"
        ),
    ],
)
def test_hostile_input_is_refused_without_output(tmp_path: Path, data: bytes, error: type) -> None:
    src = tmp_path / "upload.jpg"
    src.write_bytes(data)
    dst = tmp_path / "clean.jpg"
    with pytest.raises(error):
        redact_image_file(src, dst)
    assert not dst.exists() and src.read_bytes() == data and no_temp_files(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    src = tmp_path / "big.png"
    src.write_bytes(make_png())
    with pytest.raises(LimitError, match="max_file_bytes"):
        redact_image_file(src, tmp_path / "out.png", settings=Settings(max_file_bytes=100))
    assert not (tmp_path / "out.png").exists()


def test_a_handler_that_forgets_is_caught_by_verification(tmp_path: Path, monkeypatch) -> None:
    """Fault injection: a strip that returns the input unchanged must never be reported as clean."""
    monkeypatch.setattr(PngHandler, "strip", lambda self, data, options: Stripped(data=data, lossless=True))
    src = tmp_path / "photo.png"
    original = make_png()
    src.write_bytes(original)
    with pytest.raises(RedactError, match="still holds location/owner/serial metadata"):
        redact_image_file(src, tmp_path / "clean.png")
    assert not (tmp_path / "clean.png").exists() and no_temp_files(tmp_path)
    with pytest.raises(RedactError):
        redact_image_file(src, None)
    assert src.read_bytes() == original


def test_an_interrupted_write_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    """Fault injection: Ctrl-C at the rename leaves neither a temp file nor a damaged original."""
    src = tmp_path / "photo.png"
    original = make_png()
    src.write_bytes(original)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        redact_image_file(src, None)
    assert src.read_bytes() == original and no_temp_files(tmp_path)


def test_unwritable_destination(tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    src.write_bytes(make_png())
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(RedactError, match="cannot write"):
            redact_image_file(src, locked / "clean.png")
    finally:
        os.chmod(locked, 0o700)
    assert no_temp_files(tmp_path)


def test_reencode_is_the_last_resort(monkeypatch) -> None:
    """Fault injection: a handler with no lossless path for a file -> a re-encode, said so, verified."""

    def no_lossless(self, data, options):
        raise UnsupportedFormatError("no lossless path for this PNG variant")

    monkeypatch.setattr(PngHandler, "strip", no_lossless)
    data = make_png(orientation=6)
    clean = clean_image_bytes(data)
    assert not clean.lossless and clean.note and "re-encoded" in clean.note
    assert leftover_kinds(clean.data, StripOptions()) == set()
    with Image.open(io.BytesIO(clean.data)) as im, Image.open(io.BytesIO(data)) as orig:
        assert im.size == orig.size[::-1]  # the orientation was applied to the pixels
        assert im.info.get("icc_profile") == orig.info.get("icc_profile")
    with pytest.raises(LimitError, match="max_image_pixels"):
        clean_image_bytes(data, settings=Settings(max_image_pixels=100))


# -- only-GPS and text fields that say where ---------------------------------------------------------


def _png_with_texts(*texts: tuple[str, str]) -> bytes:
    import shapes_containers as shapes

    return shapes.png(*(shapes.chunk(b"tEXt", k.encode() + b"\x00" + v.encode()) for k, v in texts))


def _finding(kind: Kind, field: str) -> Finding:
    return Finding(kind=kind, text="x", field=field, scanner="test")


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        # a place, an address or coordinates in a text field: that field, and every field holding the same text
        ([(Kind.LOCATION, "Comment")], {"Comment", "Description"}),
        ([(Kind.ADDRESS, "Comment (iTXt)")], {"Comment", "Description"}),
        ([(Kind.GPS, "Note")], {"Note"}),
        ([(Kind.LOCATION, "Location")], {"Location"}),
        # anything else in a text field, or a place in the file name: nothing goes
        ([(Kind.PERSON, "Comment")], set()),
        ([(Kind.PHONE, "Note")], set()),
        ([(Kind.OWNER, "Author")], set()),
        ([(Kind.LOCATION, "FileName")], set()),
        ([], set()),
    ],
)
def test_location_texts_are_the_fields_whose_text_says_where(found, expected) -> None:
    data = _png_with_texts(
        ("Comment", "Picnic at 42 Oak Street"),
        ("Description", "Picnic at  42 oak street"),
        ("Note", "at 40.71280, -74.00600"),
        ("Location", "Riverside Park"),
        ("Author", "Emma Sample"),
    )
    meta = PngHandler().read(data)
    assert location_texts(meta, [_finding(k, f) for k, f in found]) == expected


def test_a_copy_still_holding_a_field_only_gps_leaves_out_is_not_verified() -> None:
    data = _png_with_texts(("Comment", "Picnic at 42 Oak Street"), ("Title", "Best day ever"))
    assert LOCATION_TEXT_LEFT in leftover_kinds(data, StripOptions(only_gps=True, drop_texts=frozenset({"Comment"})))
    assert leftover_kinds(data, StripOptions(only_gps=True, drop_texts=frozenset({"Note"}))) == set()
    clean = clean_image_bytes(data, StripOptions(only_gps=True))  # scanned here: the comment is an address
    assert leftover_kinds(clean.data, StripOptions(only_gps=True, drop_texts=frozenset({"Comment"}))) == set()
    assert PngHandler().read(clean.data).texts == [("Title", "Best day ever")]


def test_readme_only_gps_example_exits_0_with_every_copy_verified(tmp_path: Path) -> None:
    """``leakscan redact samples/photos --out DIR --only gps``: the place name in
    location_text.png's text chunk goes, its author stays, and every copy is written."""
    from click.testing import CliRunner

    from leakscan.cli import cli

    src = tmp_path / "photos"
    shutil.copytree(ROOT / "samples" / "photos", src)
    out = tmp_path / "clean"
    res = CliRunner().invoke(cli, ["redact", str(src), "--out", str(out), "--only", "gps", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]
    assert len(lines) == len(list(src.iterdir()))
    assert all(line["error"] is None for line in lines)
    texts = dict(PngHandler().read((out / "location_text.png").read_bytes()).texts)
    assert "Location" not in texts and texts.get("Author") == "Emma Sample"
    assert not leftover_kinds((out / "location_text.png").read_bytes(), StripOptions(only_gps=True))


# -- memory: a clean copy holds the file at most twice (issue 13) --------------------------------------
#
# A 480 MB TIFF took 1.5 GB to clean and a 480 MB PNG 2 GB: the strip copied the file into a
# buffer and that buffer into bytes, every chunk of picture data was sliced out again to be
# compared, and the copy read back sliced it once more. Now the original and its clean copy are
# the only two copies held at once: pieces are views, picture data is hashed where it lies.

#: The picture data of the big files: large enough that a third copy shows above the noise.
BIG = 24 * 2**20


def _pattern(size: int) -> bytes:
    return bytes(range(256)) * (size // 256)


def _big_tiff(path: Path, size: int = BIG) -> Path:
    """An uncompressed grey TIFF (one strip of ``size`` bytes) with GPS, an owner and a serial."""
    import shapes_tiff as st

    w = 4096
    b = st.TiffBuilder("<")
    strip = b.blob(_pattern(size))
    entries = [
        (256, st.LONG, (w,)),
        (257, st.LONG, (size // w,)),
        (258, st.SHORT, (8,)),
        (259, st.SHORT, (1,)),
        (262, st.SHORT, (1,)),
        (273, st.LONG, (strip,)),
        (277, st.SHORT, (1,)),
        (278, st.LONG, (size // w,)),
        (279, st.LONG, (size,)),
    ]
    b.set_first(b.ifd(entries + st.identifying(b)))
    path.write_bytes(b.bytes())
    return path


def _big_png(path: Path, size: int = BIG) -> Path:
    """A PNG whose one IDAT holds ``size`` bytes, with an Author text chunk."""
    import shapes_containers as sc

    ihdr = sc.chunk(b"IHDR", struct.pack(">IIBBBBB", 4096, 4096, 8, 2, 0, 0, 0))
    author = sc.chunk(b"tEXt", b"Author\x00" + sc.OWNER.encode())
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + ihdr + author + sc.chunk(b"IDAT", _pattern(size)) + sc.chunk(b"IEND", b""))
    return path


def _big_mov(path: Path, size: int = BIG) -> Path:
    """A movie with one video sample of ``size`` bytes (its creation times are what a strip zeroes)."""
    import shapes_containers as sc

    path.write_bytes(sc.movie_with_tracks([(b"vide", b"avc1", [_pattern(size)], b"")]))
    return path


def _noise_photo(fmt: str, **params):
    """A maker of a photo of random pixels (nothing compresses) with an owner and GPS, as Pillow writes it."""

    def make(path: Path, size: int = BIG) -> Path:
        import piexif

        side = int((size / 3) ** 0.5)
        picture = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((48, 1), (51, 1), (30, 1))}
        exif = piexif.dump({"0th": {piexif.ImageIFD.Artist: b"Jane Example"}, "GPS": gps})
        picture.save(path, fmt, exif=exif, **params)
        return path

    return make


BIG_FILES = {
    "tiff": _big_tiff,
    "png": _big_png,
    "mov": _big_mov,
    "jpeg": _noise_photo("JPEG", quality=100),
    "webp": _noise_photo("WEBP", lossless=True, method=0),
}


def _peak(func, *args, **kwargs):
    """``(result, peak bytes traced while it ran)``, after one warm-up call (imports, tables)."""
    import tracemalloc

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = func(*args, **kwargs)
        return result, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module", params=list(BIG_FILES))
def big_file(request, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A big file of each format, made once (the tests only read it)."""
    make = BIG_FILES[request.param]
    folder = tmp_path_factory.mktemp("big")
    small = make(folder / f"small.{request.param}", 64 * 1024)
    # imports, place tables: not per file (the tests read the metadata alone: so does the warm-up,
    # which read the pixels of random noise with the OCR model for seconds)
    redact_image_file(small, folder / f"warm.{request.param}", settings=METADATA_ONLY)
    return make(folder / f"big.{request.param}")


#: The file handling alone: what the picture shows is not read (the decoded picture and the
#: pixel models are measured in benchmarks/pixels.py, not here).
METADATA_ONLY = Settings(pixels=False)


def test_a_clean_copy_is_made_with_two_copies_of_the_file_at_most(big_file: Path, tmp_path: Path):
    """Read, strip, verify (read back), compare the pictures, write: the original and the copy."""
    size = big_file.stat().st_size
    out = tmp_path / f"clean-{big_file.name}"
    outcome, peak = _peak(redact_image_file, big_file, out, settings=METADATA_ONLY)
    assert outcome.changed and outcome.lossless is True and outcome.written
    assert peak < 2.25 * size, f"{peak / size:.2f} copies"


def test_the_cli_s_scan_then_redact_holds_two_copies_at_most(big_file: Path, tmp_path: Path):
    """The CLI scans the file, then the redactor reads, strips, verifies and scans the copy again."""
    from leakscan.batch import scan_item
    from leakscan.inputs import Item
    from leakscan.redact.files import Redactor

    size = big_file.stat().st_size
    item = Item(source=str(big_file), type="image", path=big_file, rel=Path(big_file.name))
    redactor = Redactor(out=tmp_path / "out", settings=METADATA_ONLY)

    def scan_and_redact():
        return redactor.handle(item, scan_item(item, METADATA_ONLY))

    outcome, peak = _peak(scan_and_redact)
    assert outcome.action == "written" and outcome.lossless is True, outcome.error
    assert peak < 2.25 * size, f"{peak / size:.2f} copies"


def test_scanning_a_photo_holds_it_once(big_file: Path):
    from leakscan.photos import scan_image

    size = big_file.stat().st_size
    result, peak = _peak(scan_image, big_file, METADATA_ONLY)
    assert result.checked and result.findings
    assert peak < 1.25 * size, f"{peak / size:.2f} copies"
