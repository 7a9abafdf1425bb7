"""TIFF and EXIF structures that fail open, and "lossless" that must be verified (issue 13, points 10-11).

The shapes come from :mod:`shapes_tiff` (a TIFF writer independent of leakscan's decoder);
ExifTool (``-ee -a -G1 -n -json``, one batch per run) is the oracle for what each file
holds. For every shape:

* ``scan`` finds the GPS / owner / serial ExifTool finds, or says the photo could not be
  fully checked -- never a plain "ok";
* a full strip leaves nothing ExifTool sees (or is refused, with nothing written), an
  only-GPS strip leaves no GPS, the pixels of every page are unchanged wherever
  "lossless" is claimed, and the originals are untouched.
"""

from __future__ import annotations

import io
import json
import resource
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
import shapes_tiff
from conftest import CORPUS, needs_corpus, needs_exiftool
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageSequence

from leakscan.errors import InputError, RedactError
from leakscan.findings import Kind, Verdict
from leakscan.media import exif
from leakscan.media.base import StripOptions, Stripped
from leakscan.media.tiff import TiffHandler
from leakscan.photos import scan_image
from leakscan.redact.image import clean_image_bytes, redact_image_file
from leakscan.settings import Settings

SHAPES = {s.name: s for s in shapes_tiff.shapes()}
FULL, ONLY_GPS = StripOptions(), StripOptions(only_gps=True)
IDENTIFYING = {Kind.GPS, Kind.OWNER, Kind.DEVICE_ID}
#: Metadata scanner only: the shapes hold no prose, and the suite stays fast.
SETTINGS = Settings(scanners=("photo_metadata",))
#: Structures past leakscan's bounds (more pages than it reads, GPS nested deeper): as a
#: bare TIFF, a strip that cannot reach all of it must be refused (nothing written). Every
#: other shape, and every JPEG (its EXIF is replaced whole), must come out clean.
PAST_LIMITS = {"full": ("chain-5000-",), "gps": ("chain-5000-", "deep-subifd-20-")}


def declares_more(name: str) -> bool:
    """A shape whose directories declare what its data does not hold (a pointer, link, entry
    count or value past the end; a thumbnail past the end is not one: ExifTool is silent)."""
    return name.startswith(("past-end-", "cut-in-")) and not name.startswith("past-end-thumbnail")


# -- the oracle -------------------------------------------------------------------------------------


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def exiftool(paths: list[Path]) -> dict[str, dict]:
    """ExifTool's records for ``paths`` (one batch, bounded in time and memory), by file name."""
    if not paths:
        return {}
    proc = subprocess.run(
        ["exiftool", "-ee", "-a", "-G1", "-n", "-json", "-q", "-q", *map(str, paths)],
        capture_output=True,
        check=False,
        timeout=120,
        preexec_fn=_limit_memory,
    )
    try:
        records = json.loads(proc.stdout or b"[]")
    except json.JSONDecodeError:
        raise AssertionError(f"ExifTool failed: {proc.stderr[-500:]!r}") from None
    return {Path(r["SourceFile"]).name: r for r in records}


OWNER_TAGS = {"Artist", "OwnerName", "CameraOwnerName", "Copyright", "XPAuthor", "Creator"}


def seen_by_exiftool(record: dict) -> set[Kind]:
    """GPS / OWNER / DEVICE_ID in one ExifTool record (BigTIFF GPS IFDs come out as ``GPSInfo:*``)."""
    kinds: set[Kind] = set()
    for key, value in record.items():
        group, _, name = key.rpartition(":")
        if group in ("", "ExifTool", "System", "File", "Composite") or value in (None, ""):
            continue
        if name.startswith("GPS") or group in ("GPS", "GPSInfo"):
            kinds.add(Kind.GPS)
        elif name in OWNER_TAGS:
            kinds.add(Kind.OWNER)
        elif name.endswith("SerialNumber"):
            kinds.add(Kind.DEVICE_ID)
    return kinds


def planted(shape: shapes_tiff.Shape) -> set[Kind]:
    """What a shape holds by construction (for the one file ExifTool cannot read)."""
    return {Kind.GPS, Kind.OWNER}


def pages(data: bytes) -> list[bytes]:
    """Every page/frame decoded by Pillow: mode, size and pixels."""
    with Image.open(io.BytesIO(data)) as im:
        return [f.mode.encode() + repr(f.size).encode() + f.tobytes() for f in ImageSequence.Iterator(im)]


# -- one run over every shape -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Every shape written, scanned, stripped both ways, and read by ExifTool: one batch per stage."""
    with pytest.MonkeyPatch.context() as mp:
        # The shapes test the EXIF walk's limits on structure (links, depth, entries); its
        # 2-second wall-clock guard, meant for hostile files, tripped on the 5,000-entry
        # directories of this module on a machine at load 15 and refused a copy it should make.
        mp.setattr("leakscan.media.exif.TIME_LIMIT", 60.0)
        return _run(tmp_path_factory)


def _run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shapes")
    src = tmp / "in"
    src.mkdir()
    paths = {}
    for shape in SHAPES.values():
        paths[shape.name] = src / f"{shape.name}.{shape.ext}"
        paths[shape.name].write_bytes(shape.data)
    scans = {name: scan_image(p, SETTINGS) for name, p in paths.items()}
    outcomes: dict[tuple[str, str], object] = {}
    for mode, options in (("full", FULL), ("gps", ONLY_GPS)):
        (tmp / mode).mkdir()
        for name, p in paths.items():
            try:  # the copy made from the scan's findings, as the CLI makes it (one scan a file)
                found = scans[name].findings
                outcomes[mode, name] = redact_image_file(
                    p, tmp / mode / p.name, options, settings=SETTINGS, findings=found
                )
            except RedactError as exc:
                outcomes[mode, name] = exc
    unread = {paths[name].name for name, shape in SHAPES.items() if not shape.oracle}
    before = exiftool([p for p in paths.values() if p.name not in unread])
    after = {
        "full": exiftool(sorted((tmp / "full").iterdir())),  # the full strip drops the looping SubIFDs
        "gps": exiftool([p for p in sorted((tmp / "gps").iterdir()) if p.name not in unread]),
    }
    return paths, scans, outcomes, before, after, tmp


def test_every_shape_holds_what_it_plants_for_exiftool(run) -> None:
    """The generator is worth something: ExifTool sees the GPS and the owner in (almost) every shape."""
    paths, _, _, before, _, _ = run
    blind = [
        n
        for n, p in paths.items()
        if p.name in before
        and not declares_more(n)  # GPS or owner past the end on purpose: nobody reads them
        and not planted(SHAPES[n]) <= seen_by_exiftool(before[p.name])
    ]
    # ExifTool follows a SubIFD's next-IFD link in a TIFF but not in a JPEG's EXIF
    assert sorted(blind) == ["gps-under-subifd-next-be-jpeg", "gps-under-subifd-next-le-jpeg"]


@needs_exiftool
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_scan_finds_what_exiftool_finds_or_fails_closed(run, name: str) -> None:
    paths, scans, _, before, _, _ = run
    shape, result = SHAPES[name], scans[name]
    wanted = seen_by_exiftool(before[paths[name].name]) if shape.oracle else planted(shape)
    wanted &= IDENTIFYING
    if result.error is not None:
        assert result.error.startswith("could not be fully checked"), result.error
        assert result.verdict is Verdict.BLOCK
    else:
        assert wanted <= result.kinds, f"missed {sorted(k.value for k in wanted - result.kinds)}"
    assert result.verdict is not Verdict.OK


@needs_exiftool
@pytest.mark.parametrize("mode", ["full", "gps"])
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_strip_leaves_nothing_exiftool_sees(run, name: str, mode: str) -> None:
    paths, _, outcomes, _, after, tmp = run
    shape, outcome = SHAPES[name], outcomes[mode, name]
    out = tmp / mode / paths[name].name
    if isinstance(outcome, RedactError):
        assert not out.exists()  # refused: nothing written
        assert shape.container == "TIFF" and name.startswith(PAST_LIMITS[mode]), str(outcome)
        return
    assert shape.container != "TIFF" or not name.startswith(PAST_LIMITS[mode])
    if not shape.oracle and mode == "gps":
        pytest.skip("ExifTool never returns on this structure, which an only-GPS strip keeps")
    left = seen_by_exiftool(after[mode][out.name])
    banned = {Kind.GPS} if mode == "gps" else IDENTIFYING
    assert not left & banned, f"left {sorted(k.value for k in left & banned)}"


@needs_exiftool
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_what_a_directory_declares_but_the_data_lacks_is_not_fully_checked(run, name: str) -> None:
    """A pointer, next-IFD link, entry count or value past the end (a file cut short): ExifTool
    reports a bad directory or value (the oracle), and leakscan could not fully check the file
    -- even where it found everything ExifTool found. Every other shape within the limits reads
    fully checked."""
    paths, scans, _, before, _, _ = run
    result = scans[name]
    if declares_more(name):
        warning = str(before[paths[name].name].get("ExifTool:Warning", ""))
        assert warning.startswith(("Bad ", "Error reading", "Illegal")), warning
        assert result.error is not None and result.error.startswith("could not be fully checked: ")
        assert result.verdict is Verdict.BLOCK
    elif not name.startswith(("chain-5000-", "deep-subifd-20-")):
        assert result.checked, result.error


@needs_exiftool
@pytest.mark.parametrize("name", sorted(n for n in SHAPES if declares_more(n)))
def test_only_gps_keeps_what_a_file_cut_short_holds(run, name: str) -> None:
    """A file cut short is not past a limit: nothing lies beyond its end, so the only-GPS copy
    keeps the owner and serial ExifTool reads in it (and no GPS), in a JPEG's EXIF as in a TIFF."""
    paths, _, _, before, after, _ = run
    had = seen_by_exiftool(before[paths[name].name])
    kept = seen_by_exiftool(after["gps"][paths[name].name])
    assert Kind.GPS not in kept
    assert had - {Kind.GPS} <= kept, f"lost {sorted(k.value for k in had - {Kind.GPS} - kept)}"


@pytest.mark.parametrize("mode", ["full", "gps"])
@pytest.mark.parametrize("name", sorted(n for n, s in SHAPES.items() if s.container == "TIFF"))
def test_lossless_means_every_page_decodes_the_same(run, name: str, mode: str) -> None:
    paths, _, outcomes, _, _, tmp = run
    outcome = outcomes[mode, name]
    if isinstance(outcome, RedactError):
        return
    out = (tmp / mode / paths[name].name).read_bytes()
    assert outcome.lossless is True
    if declares_more(name):  # Pillow stops at the page past the end: the pages before it are the same
        assert _decodes(out) == _decodes(paths[name].read_bytes())
    else:
        assert pages(out) == pages(paths[name].read_bytes())


def test_originals_are_untouched(run) -> None:
    paths, _, _, _, _, _ = run
    for name, p in paths.items():
        assert p.read_bytes() == SHAPES[name].data, name


# -- point 10: pages stripped by their own offsets, pixels verified --------------------------------------


@pytest.mark.parametrize("name", ["pillow-pages-raw", "pillow-pages-tiff_lzw", "pages-3-be-tiff", "pages-3-le-bigtiff"])
def test_in_place_strip_of_a_multi_page_tiff_keeps_every_page(tmp_path: Path, name: str) -> None:
    src = tmp_path / "scan.tif"
    src.write_bytes(SHAPES[name].data)
    outcome = redact_image_file(src, None, FULL, settings=SETTINGS)
    assert outcome.written and outcome.lossless is True
    assert pages(src.read_bytes()) == pages(SHAPES[name].data)
    assert not scan_image(src, SETTINGS).kinds & IDENTIFYING


def _damaging(handler: TiffHandler):
    """The old stripper's damage, made on purpose: page 2's pixels zeroed after a real strip."""
    real = handler.strip

    def strip(data: bytes, options: StripOptions) -> Stripped:
        done = real(data, options)
        buf = bytearray(done.data)
        entries = shapes_tiff.TiffBuilder(data=done.data)
        second = entries.records(entries.pages()[1][0])
        strip_at = next(r for r in second if r[:2] in (b"\x11\x01", b"\x01\x11"))
        bo = "<" if done.data[:2] == b"II" else ">"
        at = int.from_bytes(strip_at[8:12], "little" if bo == "<" else "big")
        buf[at : at + 8] = bytes(8)
        return Stripped(bytes(buf), lossless=done.lossless, removed=done.removed, note=done.note)

    return strip


def test_damaged_pixels_are_refused_and_the_original_kept(tmp_path: Path, monkeypatch) -> None:
    from leakscan.media import HANDLERS

    handler = next(h for h in HANDLERS if h.format == "TIFF")
    # On the instance, and gone again after the test (setattr would leave the bound method
    # behind in the instance, hiding any later patch of the class).
    monkeypatch.setitem(vars(handler), "strip", _damaging(handler))
    src = tmp_path / "scan.tif"
    src.write_bytes(SHAPES["pillow-pages-raw"].data)
    with pytest.raises(RedactError, match="picture"):
        redact_image_file(src, None, FULL, settings=SETTINGS)
    assert src.read_bytes() == SHAPES["pillow-pages-raw"].data
    with pytest.raises(RedactError, match="picture"):
        redact_image_file(src, tmp_path / "out.tif", FULL, settings=SETTINGS)
    assert not (tmp_path / "out.tif").exists()


def test_cli_redact_in_place_keeps_every_page(tmp_path: Path, cli_runner) -> None:
    from leakscan.cli import cli

    src = tmp_path / "scan.tif"
    src.write_bytes(SHAPES["pillow-pages-tiff_lzw"].data)
    res = cli_runner.invoke(cli, ["redact", str(src), "--in-place", "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    line = json.loads(res.output.splitlines()[0])
    assert line["redaction"]["lossless"] is True
    assert pages(src.read_bytes()) == pages(SHAPES["pillow-pages-tiff_lzw"].data)
    assert not scan_image(src, SETTINGS).kinds & IDENTIFYING


def test_cli_refuses_a_damaging_strip_in_place(tmp_path: Path, cli_runner, monkeypatch) -> None:
    from leakscan.cli import cli
    from leakscan.media import HANDLERS

    handler = next(h for h in HANDLERS if h.format == "TIFF")
    # On the instance, and gone again after the test (setattr would leave the bound method
    # behind in the instance, hiding any later patch of the class).
    monkeypatch.setitem(vars(handler), "strip", _damaging(handler))
    src = tmp_path / "scan.tif"
    src.write_bytes(SHAPES["pillow-pages-raw"].data)
    res = cli_runner.invoke(cli, ["redact", str(src), "--in-place"], catch_exceptions=False)
    assert res.exit_code == 2
    assert "pictures differ" in res.output
    assert src.read_bytes() == SHAPES["pillow-pages-raw"].data


def test_pixel_parts_are_per_page_and_see_every_strip() -> None:
    data = SHAPES["pillow-pages-raw"].data
    parts = TiffHandler().pixel_parts(data)
    assert len(parts) == 3
    assert len(set(parts)) == 3
    b = bytearray(data)
    # flip one pixel byte of the last page: only that page's part changes
    tb = shapes_tiff.TiffBuilder(data=data)
    rec = next(r for r in tb.records(tb.pages()[2][0]) if r[:2] == b"\x11\x01")
    at = int.from_bytes(rec[8:12], "little")
    b[at] ^= 0xFF
    changed = TiffHandler().pixel_parts(bytes(b))
    assert changed[:2] == parts[:2] and changed[2] != parts[2]


# -- the corpus: real TIFF and raw files ------------------------------------------------------------------


def corpus_tiffs() -> list[Path]:
    photos = CORPUS / "photos"
    if not photos.is_dir():
        return []
    names = []
    for line in (photos / "MANIFEST.jsonl").read_text().splitlines():
        rec = json.loads(line)
        if rec["format"] in ("TIFF", "DNG", "ARW") and not rec["file"].startswith("malformed/"):
            names.append(photos / rec["file"])
    return names


def exiftool_bad_directory(path: Path) -> bool:
    """True when the corpus manifest records ExifTool reporting a bad directory (not a minor one)."""
    for line in (CORPUS / "photos" / "MANIFEST.jsonl").read_text().splitlines():
        rec = json.loads(line)
        if rec["file"].endswith("/" + path.name):
            warning = rec.get("exiftool_warning") or ""
            return "directory" in warning and not warning.lower().startswith("[minor]")
    return False


@needs_corpus
@pytest.mark.parametrize("path", corpus_tiffs(), ids=lambda p: p.name)
def test_real_tiffs_strip_with_every_page_verified(tmp_path: Path, path: Path) -> None:
    src = tmp_path / path.name
    shutil.copyfile(path, src)
    original = src.read_bytes()
    # a raw file cut short (ExifTool: "Bad SubIFD directory") is not fully checked; its copy
    # no longer points past its end, and reads back whole. Sound real files read fully checked.
    assert scan_image(src, SETTINGS).checked is not exiftool_bad_directory(path)
    clean = clean_image_bytes(original, FULL, SETTINGS)
    assert scan_image(clean.data, SETTINGS).checked
    handler = TiffHandler()
    assert handler.pixel_parts(clean.data) == handler.pixel_parts(original)
    assert clean.lossless is True
    try:
        before = pages(original)
    except (OSError, SyntaxError, ValueError):
        return  # Pillow cannot decode raw files; the parts above are the check
    assert pages(clean.data) == before
    assert src.read_bytes() == original


# -- the verification mechanism, for any handler ------------------------------------------------------


class NoParts:
    """A handler that cannot compare its pictures itself (the fallback decodes them with Pillow)."""

    format = "TIFF"
    pillow = TiffHandler.pillow


def _strip(data: bytes, *, damage: bool = False, lossless: bool = True) -> Stripped:
    done = TiffHandler().strip(data, FULL)
    out = _damaging(TiffHandler())(data, FULL).data if damage else done.data
    return Stripped(out, lossless=lossless, removed=done.removed)


@pytest.mark.parametrize(
    ("handler", "damage", "lossless", "expected"),
    [
        (TiffHandler(), False, True, True),  # pixel_parts equal
        (TiffHandler(), True, True, RedactError),  # pixel_parts differ
        (NoParts(), False, True, True),  # every page decoded by Pillow: equal
        (NoParts(), True, True, RedactError),  # ... and different
        (TiffHandler(), True, False, False),  # the handler re-encoded: never claimed lossless
        (NoParts(), True, False, False),
    ],
)
def test_pictures_are_compared_before_lossless_is_claimed(handler, damage, lossless, expected) -> None:
    from leakscan.redact.image import _pictures_kept

    data = SHAPES["pillow-pages-raw"].data
    stripped = _strip(data, damage=damage, lossless=lossless)
    if expected is RedactError:
        with pytest.raises(RedactError, match=r"pictures differ .*page 2 of 3"):
            _pictures_kept(handler, data, stripped, SETTINGS)
    else:
        assert _pictures_kept(handler, data, stripped, SETTINGS)[0] is expected


def test_pictures_that_cannot_be_compared_are_not_called_lossless(tmp_path: Path, monkeypatch) -> None:
    """A raw file Pillow cannot decode, and no pixel_parts: a copy may be written (lossless
    None, the note says why) but never in place of the original."""
    photo = next((p for p in corpus_tiffs() if p.name == "exiv2__IMG_1361.dng"), None)
    if photo is None:
        pytest.skip(f"shared corpus not found at {CORPUS}")

    def unsupported(self, data: bytes) -> list[bytes]:
        raise NotImplementedError

    monkeypatch.setattr(TiffHandler, "pixel_parts", unsupported)
    src = tmp_path / photo.name
    shutil.copyfile(photo, src)
    original = src.read_bytes()
    outcome = redact_image_file(src, tmp_path / "out.dng", FULL, settings=SETTINGS)
    assert outcome.written and outcome.lossless is None and "not compared" in (outcome.note or "")
    with pytest.raises(RedactError, match="could not be verified; the original was not replaced"):
        redact_image_file(src, None, FULL, settings=SETTINGS)
    assert src.read_bytes() == original
    # the command line too
    from click.testing import CliRunner

    from leakscan.cli import cli

    res = CliRunner().invoke(cli, ["redact", str(src), "--in-place"], catch_exceptions=False)
    assert res.exit_code == 2 and "could not be verified" in res.output
    assert src.read_bytes() == original


def test_a_copy_whose_picture_data_cannot_be_read_back_is_refused(monkeypatch) -> None:
    from leakscan.redact.image import _pictures_kept

    data = SHAPES["pillow-pages-raw"].data
    stripped = _strip(data)
    real = TiffHandler.pixel_parts

    def parts(self, blob: bytes) -> list[bytes]:
        if blob is stripped.data:
            raise InputError("cut short")
        return real(self, blob)

    monkeypatch.setattr(TiffHandler, "pixel_parts", parts)
    with pytest.raises(RedactError, match="could not be read back"):
        _pictures_kept(TiffHandler(), data, stripped, SETTINGS)


# -- every container's EXIF goes through the same decoder ------------------------------------------------


def _exif_in(fmt: str, depth: int) -> bytes:
    """A real ``fmt`` picture whose EXIF nests SubIFDs ``depth`` deep, GPS and owner at the bottom."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    b = shapes_tiff.TiffBuilder(">")
    shapes_tiff.deep_subifd(depth)(b, shapes_tiff.exif_page)
    out = io.BytesIO()
    Image.new("RGB", (16, 12), (30, 60, 90)).save(out, fmt, exif=b"Exif\x00\x00" + b.bytes())
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
@pytest.mark.parametrize(("depth", "complete"), [(2, True), (12, True), (20, False)])
def test_an_exif_past_the_limits_is_not_fully_checked_in_any_container(fmt: str, depth: int, complete: bool) -> None:
    data = _exif_in(fmt, depth)
    result = scan_image(data, SETTINGS)
    if complete:
        assert result.checked and {Kind.GPS, Kind.OWNER} <= result.kinds
    else:
        assert result.error is not None and result.error.startswith("could not be fully checked")
        assert "nested more than 16 deep" in result.error and result.verdict is Verdict.BLOCK
    for options in (FULL, ONLY_GPS):  # either strip removes what could not be read: the copy is checked
        clean = clean_image_bytes(data, options, SETTINGS)
        again = scan_image(clean.data, SETTINGS)
        assert again.checked and Kind.GPS not in again.kinds
        assert clean.lossless is True


# -- hostile bytes: equal parts always mean equal pictures --------------------------------------------


def _decodes(data: bytes) -> list[bytes]:
    """The pages Pillow decodes, up to the first it cannot."""
    out: list[bytes] = []
    try:
        with warnings.catch_warnings(), Image.open(io.BytesIO(data)) as im:
            warnings.simplefilter("ignore")  # Pillow's complaints about the mutants
            for frame in ImageSequence.Iterator(im):
                out.append(frame.mode.encode() + repr(frame.size).encode() + frame.tobytes())
    except Exception:  # any decoder failure: the pages so far are what Pillow shows
        pass
    return out


def test_a_page_whose_strip_offsets_are_bytes_cannot_be_compared_by_its_data() -> None:
    """Found by the fuzzer below: a second page's StripOffsets typed BYTE. Pillow still reads it
    (offset 0: the header, which a strip rewrites), the parser reads no offset; the page's data
    would compare equal while the copy decodes otherwise. Its pages cannot be compared by data."""
    data = bytearray(SHAPES["pages-2-be-tiff"].data)
    ex = exif.parse(bytes(data))
    second = next(d.index for d in ex.dirs if d.in_chain and d.name == "IFD1")
    offsets = next(e for e in ex.entries if e.dir == second and e.tag == 0x0111)
    data[offsets.entry_offset + 2 : offsets.entry_offset + 4] = (1).to_bytes(2, "big")  # type BYTE
    with pytest.raises(InputError):
        TiffHandler().pixel_parts(bytes(data))


def test_a_tag_given_twice_is_read_as_the_decoder_reads_it() -> None:
    """Found by the fuzzer below: a page's Compression turned into a second ImageWidth. Pillow
    takes the first width and reads the strip raw, far past its byte count into what a strip
    rewrites; the parts measured the last width. Equal parts must mean equal pages."""
    data = bytearray(SHAPES["pillow-pages-tiff_lzw"].data)
    ex = exif.parse(bytes(data))
    first = next(d.index for d in ex.dirs if d.in_chain)
    compression = next(e for e in ex.entries if e.dir == first and e.tag == 0x0103)
    order = "little" if ex.dirs[first].bo == "<" else "big"
    data[compression.entry_offset : compression.entry_offset + 2] = (0x0100).to_bytes(2, order)  # ImageWidth
    original = bytes(data)
    handler = TiffHandler()
    stripped = handler.strip(original, FULL).data
    if handler.pixel_parts(stripped) == handler.pixel_parts(original):
        assert _decodes(stripped) == _decodes(original)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_tiffs_strip_or_fail_cleanly_and_equal_parts_mean_equal_pages(data: st.DataObject) -> None:
    """Random bytes changed in multi-page TIFFs: strip and pixel_parts fail only with InputError,
    and when the parts are equal (what redact/image.py calls lossless) every page Pillow decodes
    in the original decodes the same in the copy. Originals leakscan reads with warnings are
    left out of that last check: once their broken metadata is gone a decoder that stopped at
    a bad tag or directory may read further (the picture data is the same)."""
    base = data.draw(st.sampled_from(sorted(n for n, s in SHAPES.items() if s.container == "TIFF" and "pages" in n)))
    buf = bytearray(SHAPES[base].data)
    for _ in range(data.draw(st.integers(1, 8))):
        buf[data.draw(st.integers(8, len(buf) - 1))] = data.draw(st.integers(0, 255))
    original = bytes(buf)
    handler = TiffHandler()
    try:
        before = handler.pixel_parts(original)
        stripped = handler.strip(original, data.draw(st.sampled_from([FULL, ONLY_GPS])))
        after = handler.pixel_parts(stripped.data)
    except InputError:
        return
    assert len(stripped.data) == len(original)
    sound = not exif.parse(original).warnings
    if after == before and sound:
        shown = _decodes(original)
        assert _decodes(stripped.data)[: len(shown)] == shown


def test_a_read_past_the_time_guard_is_not_fully_checked(tmp_path, monkeypatch) -> None:
    """The EXIF walk's wall-clock guard (for hostile files that are slow to follow): past it, the
    photo reads as not fully checked and blocks, never as safe."""
    monkeypatch.setattr("leakscan.media.exif.TIME_LIMIT", -1.0)
    shape = next(s for s in SHAPES.values() if s.container == "TIFF" and not declares_more(s.name))
    path = tmp_path / f"photo.{shape.ext}"
    path.write_bytes(shape.data)
    result = scan_image(path, SETTINGS)
    assert not result.checked
    assert result.error is not None and "too long" in result.error
    assert result.verdict is Verdict.BLOCK
