"""Mutated real photos against the readers and the stripper (fixed seed; the long run is a command).

Every mutant of the photo corpus (see ``benchmarks/fuzz_photos.py`` for the mutations) must:
scan to a ``ScanResult`` without raising, stay within a generous CPU and memory bound, and
either be refused by ``clean_image_bytes`` with ``InputError``/``RedactError`` or come out
with no GPS / location / owner / serial field leakscan's own reader can find. The slow suite
re-reads the successful outputs with ExifTool.

The long run: ``python benchmarks/fuzz_photos.py --mutants 20000 --seed 1`` (docs/fuzzing.md).
The regression tests at the end are minimal reproducers of what fuzzing found.
"""

from __future__ import annotations

import importlib.util
import io
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import piexif
import pytest
from conftest import CORPUS, ROOT, needs_corpus, needs_exiftool
from PIL import Image

from leakscan.findings import Kind, ScanResult
from leakscan.media.base import StripOptions
from leakscan.photos import scan_image
from leakscan.redact.image import clean_image_bytes

SEED = 20240601
#: Mutants in the CI run (a few seconds) and in the slow run (with ExifTool).
CI_MUTANTS = 300
SLOW_MUTANTS = 1500
#: Every mutant's metadata is read and its copy made; what the picture shows is read (and
#: covered in the copy) on every PIXELS_EVERY-th: the mutations are in the containers, so the
#: decoders meet them on a sample, and the pixel models' cost is not paid 300 times.
PIXELS_EVERY = 5
#: Generous bounds: the fuzzer flags 2 s / 200 MB; the test fails only far beyond.
CPU_BOUND_S = 10.0
MEMORY_BOUND_MB = 200.0


def _fuzzer():
    path = ROOT / "benchmarks" / "fuzz_photos.py"
    spec = importlib.util.spec_from_file_location("fuzz_photos", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["fuzz_photos"] = module
    spec.loader.exec_module(module)
    return module


FUZZ = _fuzzer()


@pytest.fixture(scope="module")
def seeds():
    if not (CORPUS / "photos").is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (set LEAKSCAN_CORPUS to run these)")
    seeds = FUZZ.load_corpus(CORPUS)
    assert len(seeds) >= 50
    # lazy loads are not a mutant's cost: the models, and the OCR's working memory, which grows
    # once to what the largest picture needs
    scan_image(max(seeds, key=lambda seed: len(seed.data)).data)
    return seeds


def _run(seeds, start: int, count: int, *, trace_every: int = 0, pixels_every: int = 1):
    """Check mutants ``start..start+count``; yields (index, source name, ops, result)."""
    for index in range(start, start + count):
        src, data, ops, only_gps = FUZZ.make_mutant(seeds, SEED, index)
        pixels = index % pixels_every == 0
        res = FUZZ.check(data, only_gps, pixels=pixels)
        if trace_every and index % trace_every == 0:
            # traced: the readers' and the stripper's memory (what a hostile container can blow
            # up); the pixel scan's (decoders, models) is bounded by the RSS growth of the run
            # above: tracing it cost 5x that run (benchmarks/memory.py --pixels measures it)
            res["traced_peak_mb"] = FUZZ.check(data, only_gps, trace_memory=True, pixels=False)["traced_peak_mb"]
        yield index, src, ops, only_gps, res


def _problems(index, src, ops, res) -> list[str]:
    where = f"mutant {index} of seed {SEED} ({src.name}, {ops})"
    out = []
    if res["crash"]:
        out.append(f"{where}: crash: {res['crash']}")
    if res["left"]:
        out.append(f"{where}: clean copy still holds {res['left']}")
    if res["cpu"] > CPU_BOUND_S:
        out.append(f"{where}: {res['cpu']:.1f} s CPU")
    if max(res["rss_growth_mb"], res.get("traced_peak_mb", 0)) > MEMORY_BOUND_MB:
        out.append(f"{where}: memory {res['rss_growth_mb']:.0f} MB RSS growth / {res.get('traced_peak_mb')} MB traced")
    return out


@needs_corpus
def test_mutants_never_crash_hang_or_leak(seeds) -> None:
    """The CI run: every mutant scans, and cleans or is refused with the documented error."""
    problems: list[str] = []
    strips = {"ok": 0, "InputError": 0, "RedactError": 0}
    started = time.process_time()
    for index, src, ops, _only_gps, res in _run(seeds, 0, CI_MUTANTS, trace_every=25, pixels_every=PIXELS_EVERY):
        problems += _problems(index, src, ops, res)
        if res["strip"] in strips:
            strips[res["strip"]] += 1
    assert problems == []
    # the mutants exercise both outcomes (a fuzzer whose mutants all fail to parse tests little)
    assert strips["ok"] > CI_MUTANTS // 4 and strips["InputError"] > CI_MUTANTS // 10, strips
    assert time.process_time() - started < 30 * CI_MUTANTS  # sanity, never near


@needs_corpus
def test_mutants_are_reproducible(seeds) -> None:
    a = FUZZ.make_mutant(seeds, SEED, 7)
    b = FUZZ.make_mutant(seeds, SEED, 7)
    assert (a[0].name, a[1], a[2], a[3]) == (b[0].name, b[1], b[2], b[3])
    assert FUZZ.make_mutant(seeds, SEED, 8)[1] != a[1]


def test_structure_walkers_find_fields() -> None:
    """The walkers see the length/count/offset fields they are meant to corrupt."""
    jpeg = _jpeg_with_gps()
    st = FUZZ.structure(jpeg)
    roles = {role for _p, _s, _bo, role in st.fields}
    assert st.kind == "jpeg"
    assert {"jpeg-length", "tiff-ifd-count", "tiff-count", "tiff-offset", "tiff-next-ifd"} <= roles
    assert st.tiffs and len(st.tiffs[0][2]) >= 2  # IFD0 and the GPS IFD


@pytest.mark.slow
@needs_corpus
@needs_exiftool
def test_exiftool_finds_nothing_in_outputs_reported_clean(seeds, tmp_path: Path) -> None:
    """The slower run: outputs reported as a success, re-read by ExifTool in batches."""
    problems: list[str] = []
    written: list[tuple[Path, bool, str]] = []
    for index, src, ops, only_gps, res in _run(seeds, 100_000, SLOW_MUTANTS):
        problems += _problems(index, src, ops, res)
        if res["output"] is not None:
            path = tmp_path / f"m{index}{src.ext}"
            path.write_bytes(res["output"])
            written.append((path, only_gps, f"mutant {index} ({src.name}, {ops})"))
    for i in range(0, len(written), 200):
        batch = written[i : i + 200]
        left = FUZZ.exiftool_leftovers([p for p, _, _ in batch], {p.name: g for p, g, _ in batch})
        problems += [f"{what}: ExifTool finds {left[p.name]}" for p, _, what in batch if p.name in left]
    assert len(written) > SLOW_MUTANTS // 4
    assert problems == []


# -- minimal reproducers of what the fuzzer found ------------------------------------------------


def _jpeg_with_gps(exif_bytes: bytes | None = None) -> bytes:
    """A small JPEG with an EXIF GPS position (Leeds) and an Artist."""
    if exif_bytes is None:
        exif_bytes = piexif.dump(
            {
                "0th": {piexif.ImageIFD.Artist: b"Emma Johnson"},
                "GPS": {
                    piexif.GPSIFD.GPSLatitudeRef: b"N",
                    piexif.GPSIFD.GPSLatitude: ((53, 1), (48, 1), (0, 1)),
                    piexif.GPSIFD.GPSLongitudeRef: b"W",
                    piexif.GPSIFD.GPSLongitude: ((1, 1), (32, 1), (0, 1)),
                },
            }
        )
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 100, 50)).save(out, "JPEG", exif=exif_bytes)
    return out.getvalue()


def _exiftool_tags(data: bytes, tmp_path: Path, name: str = "out.jpg") -> dict:
    import json

    path = tmp_path / name
    path.write_bytes(data)
    proc = subprocess.run(["exiftool", "-json", "-a", "-G1", "-n", str(path)], capture_output=True, check=False)
    return json.loads(proc.stdout)[0]


def _gps_kinds(result: ScanResult) -> set[Kind]:
    return {f.kind for f in result.findings if f.kind in (Kind.GPS, Kind.LOCATION)}


def test_exif_with_a_wrong_tiff_magic_number_is_still_read_and_cleaned(tmp_path: Path) -> None:
    """Fuzzing: a damaged TIFF magic number (``II*\\0`` -> ``II*@``) hid the GPS directory from
    leakscan (scan: no GPS) while ExifTool still reads it; ``only_gps`` then kept it."""
    data = bytearray(_jpeg_with_gps())
    at = data.find(b"Exif\x00\x00")
    assert at > 0 and data[at + 6 : at + 10] in (b"II*\x00", b"MM\x00*")
    data[at + 8 : at + 10] = b"@@"  # magic 0x4040 instead of 42
    data = bytes(data)
    assert Kind.GPS in _gps_kinds(scan_image(data))
    clean = clean_image_bytes(data, StripOptions(only_gps=True))
    assert _gps_kinds(scan_image(clean.data)) == set()
    assert any(f.kind is Kind.OWNER for f in scan_image(clean.data).findings)  # only the location went
    if _has_exiftool():
        tags = _exiftool_tags(clean.data, tmp_path)
        assert not [k for k in tags if k.rpartition(":")[2].startswith("GPS") and tags[k] not in ("", None)]


def _xmp_jpeg(signature: bytes) -> bytes:
    packet = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        b'exif:GPSLatitude="53,48.0N" exif:GPSLongitude="1,32.0W" photoshop:City="Leeds"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    payload = signature + packet
    seg = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "JPEG")
    jpeg = out.getvalue()
    return jpeg[:2] + seg + jpeg[2:]


@pytest.mark.parametrize(
    "signature", [b"http://ns.adobe.cmm/xap/1.0/\x00", b"XMP\x00", b"http://ns.adobe.com/xap/1.0/ "]
)
def test_xmp_behind_a_damaged_signature_is_still_read_and_cleaned(tmp_path: Path, signature: bytes) -> None:
    """Fuzzing: XMP whose APP1 signature was damaged is read by ExifTool ("non-standard
    header"); leakscan did not see its GPS and ``only_gps`` kept it."""
    data = _xmp_jpeg(signature)
    assert _gps_kinds(scan_image(data)) == {Kind.GPS, Kind.LOCATION}
    clean = clean_image_bytes(data, StripOptions(only_gps=True))
    assert _gps_kinds(scan_image(clean.data)) == set()
    if _has_exiftool():
        tags = _exiftool_tags(clean.data, tmp_path)
        assert not [k for k in tags if "GPS" in k or k.endswith(":City")]


def _has_exiftool() -> bool:
    import shutil

    return shutil.which("exiftool") is not None


def test_png_exif_with_a_wrong_tiff_magic_number_is_still_read() -> None:
    exif = bytearray(
        piexif.dump(
            {
                "GPS": {
                    piexif.GPSIFD.GPSLatitudeRef: b"N",
                    piexif.GPSIFD.GPSLatitude: ((53, 1), (48, 1), (0, 1)),
                    piexif.GPSIFD.GPSLongitudeRef: b"W",
                    piexif.GPSIFD.GPSLongitude: ((1, 1), (32, 1), (0, 1)),
                }
            }
        )
    )
    assert exif[:6] == b"Exif\x00\x00"
    tiff = bytes(exif[6:8]) + b"@@" + bytes(exif[10:])
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG")
    png = out.getvalue()
    chunk = struct.pack(">I", len(tiff)) + b"eXIf" + tiff + struct.pack(">I", zlib.crc32(b"eXIf" + tiff))
    data = png[:33] + chunk + png[33:]  # after IHDR
    assert Kind.GPS in _gps_kinds(scan_image(data))
    for options in (StripOptions(), StripOptions(only_gps=True)):
        clean = clean_image_bytes(data, options)
        assert _gps_kinds(scan_image(clean.data)) == set()
