"""Fuzz the photo readers and the stripper with mutated real photos (the photo corpus).

Every mutant is one corpus file with 1-4 random edits: bit flips, random/special bytes,
byte inserts and deletes, truncation, duplicated ranges, splices from other corpus files,
and **structure-aware** edits found by small walkers written here (independent of leakscan's
own parsers): JPEG segment lengths and markers, PNG chunk lengths/types, RIFF sizes,
ISO-BMFF box sizes (HEIF/AVIF/MOV/MP4/JPEG XL) and ``iloc`` fields, TIFF IFD entry counts,
value counts, value offsets and next-IFD pointers wherever a TIFF header sits (TIFF/DNG
files, EXIF in JPEG/PNG/WebP/HEIF...) — looping and duplicated IFD offsets, huge declared
counts — plus a few hostile blocks (zip bombs in PNG text, deeply nested or unclosed XMP).

For every mutant it checks:

a. :func:`leakscan.photos.scan_image` returns a ``ScanResult`` (findings or an error line)
   and never raises;
b. CPU time per mutant (scan + clean + re-read) and memory (the worker's peak RSS growth;
   ``tracemalloc`` peak on a sample) — flagged over ``--cpu-limit`` s / ``--mem-limit`` MB;
   a mutant still running after ``--hang-after`` s of wall time is a hang (worker killed);
c. :func:`leakscan.redact.image.clean_image_bytes` raises only ``InputError``/``RedactError``
   (the documented per-file errors) or returns a copy in which leakscan's own reader finds no
   GPS / LOCATION / OWNER / DEVICE_ID (``only_gps`` on a quarter of the mutants: no
   GPS / LOCATION from the metadata itself: free text is kept by design);
d. unless ``--no-exiftool``: every copy reported as a success is re-read by ExifTool
   (``exiftool -json -a -G1 -n``, batches of 200) and must hold no GPS / location / owner /
   serial tag (the rule of ``benchmarks/photos.py``'s ``leftovers``).

Run::

    python benchmarks/fuzz_photos.py --mutants 20000 --seed 1          # the long run, all cores
    python benchmarks/fuzz_photos.py --replay 1234 --seed 1 --out m.jpg  # one mutant again

Prints the counts and writes ``benchmarks/out/fuzz_photos.json`` (failures with the index
that replays them). Mutant ``i`` of seed ``s`` is always the same bytes (``random.Random(f"{s}:{i}")``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import random
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_dir, percentile, write_json

#: Corpus folders mutated (malformed/ included: broken files are good seeds).
FOLDERS = ("camera", "video", "stubs", "malformed")
#: Kinds that must not be left in a clean copy (full strip / only_gps).
BANNED_FULL = frozenset({"GPS", "LOCATION", "OWNER", "DEVICE_ID"})
BANNED_GPS = frozenset({"GPS", "LOCATION"})
SPECIAL32 = (0, 1, 2, 7, 8, 9, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF)
SPECIAL16 = (0, 1, 2, 3, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF)

# -- structure walkers (independent of leakscan's parsers) --------------------------------------------


@dataclass
class Structure:
    """Where the length / count / offset fields of one file are."""

    #: (position, size in bytes, byte order "<"/">", role) of every numeric field worth corrupting.
    fields: list[tuple[int, int, str, str]] = field(default_factory=list)
    #: (start, end) of whole units (segments, chunks, boxes): for duplication, deletion, splicing.
    units: list[tuple[int, int]] = field(default_factory=list)
    #: TIFF structures: (header offset, byte order, [absolute IFD offsets]).
    tiffs: list[tuple[int, str, list[int]]] = field(default_factory=list)
    #: JPEG metadata segment starts (for marker changes).
    markers: list[int] = field(default_factory=list)
    kind: str = "other"


def jpeg_walk(data: bytes, st: Structure, start: int = 0) -> None:
    pos, n = start + 2, len(data)
    for _ in range(512):
        if pos + 4 > n or data[pos] != 0xFF:
            return
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker == 0xD9:
            return
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        st.fields.append((pos + 2, 2, ">", "jpeg-length"))
        st.markers.append(pos + 1)
        st.units.append((pos, min(n, pos + 2 + length)))
        if marker == 0xDA:
            return
        pos += 2 + length


def tiff_walk(data: bytes, base: int, st: Structure, max_ifds: int = 40) -> None:
    bo = "<" if data[base : base + 2] == b"II" else ">"
    n = len(data)
    if base + 8 > n:
        return
    st.fields.append((base + 4, 4, bo, "tiff-first-ifd"))
    todo = [struct.unpack_from(bo + "L", data, base + 4)[0]]
    seen: list[int] = []
    while todo and len(seen) < max_ifds:
        rel = todo.pop(0)
        off = base + rel
        if rel < 8 or off + 2 > n or off in seen:
            continue
        seen.append(off)
        count = struct.unpack_from(bo + "H", data, off)[0]
        st.fields.append((off, 2, bo, "tiff-ifd-count"))
        count = min(count, (n - off - 2) // 12, 400)
        for i in range(count):
            e = off + 2 + 12 * i
            tag, typ, cnt = struct.unpack_from(bo + "HHL", data, e)
            st.fields.append((e, 2, bo, "tiff-tag"))
            st.fields.append((e + 2, 2, bo, "tiff-type"))
            st.fields.append((e + 4, 4, bo, "tiff-count"))
            size = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}.get(typ, 1) * cnt
            if size > 4 or tag in (0x8769, 0x8825, 0xA005, 0x014A, 0x927C, 0x0201):
                st.fields.append((e + 8, 4, bo, "tiff-offset"))
            if tag in (0x8769, 0x8825, 0xA005) or (tag == 0x014A and cnt == 1):
                todo.append(struct.unpack_from(bo + "L", data, e + 8)[0])
        nxt_pos = off + 2 + 12 * count
        if nxt_pos + 4 <= n:
            st.fields.append((nxt_pos, 4, bo, "tiff-next-ifd"))
            todo.append(struct.unpack_from(bo + "L", data, nxt_pos)[0])
    st.tiffs.append((base, bo, seen))


def png_walk(data: bytes, st: Structure) -> None:
    pos, n = 8, len(data)
    for _ in range(100_000):
        if pos + 12 > n:
            return
        length = struct.unpack_from(">I", data, pos)[0]
        st.fields.append((pos, 4, ">", "png-length"))
        st.units.append((pos, min(n, pos + 12 + length)))
        if data[pos + 4 : pos + 8] == b"IEND":
            return
        pos += 12 + length


def riff_walk(data: bytes, st: Structure) -> None:
    st.fields.append((4, 4, "<", "riff-size"))
    pos, n = 12, len(data)
    for _ in range(10_000):
        if pos + 8 > n:
            return
        size = struct.unpack_from("<I", data, pos + 4)[0]
        st.fields.append((pos + 4, 4, "<", "riff-chunk-size"))
        st.units.append((pos, min(n, pos + 8 + size + (size & 1))))
        pos += 8 + size + (size & 1)


_BMFF_CONTAINERS = {
    b"moov": 0, b"trak": 0, b"mdia": 0, b"minf": 0, b"stbl": 0, b"dinf": 0, b"udta": 0, b"edts": 0,
    b"ilst": 0, b"iprp": 0, b"ipco": 0, b"meta": 4, b"iinf": 6, b"iref": 4,
}  # fmt: skip


def bmff_walk(data: bytes, st: Structure, start: int, end: int, depth: int = 0) -> None:
    pos = start
    for _ in range(5000):
        if pos + 8 > end or depth > 8:
            return
        size, btype = struct.unpack_from(">I4s", data, pos)
        st.fields.append((pos, 4, ">", "box-size"))
        head = 8
        if size == 1 and pos + 16 <= end:
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            st.fields.append((pos + 8, 8, ">", "box-largesize"))
            head = 16
        elif size == 0:
            size = end - pos
        if size < head:
            return
        box_end = min(end, pos + size)
        st.units.append((pos, box_end))
        if btype == b"meta" and pos + 12 <= end and data[pos + 8 : pos + 12] != b"\x00\x00\x00\x00":
            skip = 0  # QuickTime meta: no version/flags
        else:
            skip = _BMFF_CONTAINERS.get(btype, -1)
        if btype in (b"iloc", b"ipma", b"pitm", b"iinf", b"infe", b"keys", b"stco", b"co64"):
            for p in range(pos + head, min(box_end, pos + head + 256) - 3, 2):
                st.fields.append((p, 4, ">", f"box-{btype.decode('latin-1')}"))
        if skip >= 0:
            bmff_walk(data, st, pos + head + skip, box_end, depth + 1)
        pos = box_end


def structure(data: bytes) -> Structure:
    """The fields, units and TIFF headers of one file (best effort, bounded)."""
    st = Structure()
    if data[:3] == b"\xff\xd8\xff":
        st.kind = "jpeg"
        jpeg_walk(data, st)
        i = data.find(b"\xff\xd9")
        for _ in range(4):  # trailer images (MPF, Ultra HDR gain maps)
            i = data.find(b"\xff\xd8\xff", i + 3)
            if i < 0:
                break
            jpeg_walk(data, st, i)
    elif data[:8] == b"\x89PNG\r\n\x1a\n":
        st.kind = "png"
        png_walk(data, st)
    elif data[:4] == b"RIFF":
        st.kind = "riff"
        riff_walk(data, st)
    elif data[4:8] in (b"ftyp", b"JXL ", b"moov", b"mdat", b"wide", b"free", b"skip"):
        st.kind = "bmff"
        bmff_walk(data, st, 0, len(data))
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        st.kind = "tiff"
    # every TIFF structure, whatever the container (EXIF blocks), bounded
    for sig in (b"II*\x00", b"MM\x00*"):
        i = -1
        for _ in range(8):
            i = data.find(sig, i + 1)
            if i < 0:
                break
            tiff_walk(data, i, st)
    return st


# -- mutations -------------------------------------------------------------------------------


def _pos(rng: random.Random, n: int) -> int:
    """A position, mostly in the first 64 KiB (where the metadata lives)."""
    if n <= 1:
        return 0
    if rng.random() < 0.75:
        return rng.randrange(min(n, 65536))
    return rng.randrange(n)


def _put(b: bytearray, pos: int, size: int, bo: str, value: int) -> None:
    if pos + size > len(b):
        return
    fmt = {1: "B", 2: "H", 4: "L", 8: "Q"}[size]
    struct.pack_into(bo + fmt, b, pos, value & ((1 << (8 * size)) - 1))


def _get(b: bytearray, pos: int, size: int, bo: str) -> int:
    fmt = {1: "B", 2: "H", 4: "L", 8: "Q"}[size]
    return struct.unpack_from(bo + fmt, b, pos)[0] if pos + size <= len(b) else 0


def _hostile_xmp(rng: random.Random, budget: int) -> bytes:
    """An XMP packet built to hurt: deep nesting, many unclosed location elements, or a DTD."""
    ns = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
    )
    kind = rng.randrange(4)
    if kind == 0:  # deep nesting
        depth = max(1, (budget - len(ns)) // 30)
        return ns + b"<photoshop:City>" * depth
    if kind == 1:  # many unclosed location elements (lazy ``.*?`` patterns)
        unit = b"<exif:GPSLatitude>12,34.5N "
        return ns + unit * max(1, (budget - len(ns)) // len(unit))
    if kind == 2:  # an entity declaration (refused) with a GPS attribute after it
        return b'<!DOCTYPE x [<!ENTITY a "' + b"A" * 1000 + b'">]>' + ns + b' exif:GPSLatitude="&a;"/>'
    unit = b' exif:GPSLatitude="51,30.1N" exif:GPSLongitude="0,7.5W" photoshop:City="Leeds"'
    return ns[:-1] + unit * max(1, (budget - len(ns)) // len(unit)) + b"/></rdf:RDF></x:xmpmeta>"


_BOMB: list[bytes] = []


def _zip_bomb() -> bytes:
    """256 MiB of spaces, deflated (about 256 KB), made once."""
    if not _BOMB:
        comp = zlib.compressobj(9)
        _BOMB.append(b"".join(comp.compress(b" " * (1 << 20)) for _ in range(256)) + comp.flush())
    return _BOMB[0]


def _hostile_block(rng: random.Random, data: bytes, st: Structure) -> tuple[int, bytes, str]:
    """``(position, bytes to insert, name)``: a hostile metadata block suited to the container."""
    if st.kind == "jpeg":
        xmp = b"http://ns.adobe.com/xap/1.0/\x00" + _hostile_xmp(rng, 60000)
        seg = b"\xff\xe1" + (len(xmp[:65533]) + 2).to_bytes(2, "big") + xmp[:65533]
        return 2, seg, "jpeg-xmp-bomb"
    if st.kind == "png":
        iend = data.rfind(b"IEND")
        pos = iend - 4 if iend >= 4 else len(data)
        if rng.random() < 0.5:  # zip bomb: 256 MiB of spaces in a zTXt chunk
            body = b"Comment\x00\x00" + _zip_bomb()
            name = "png-ztxt-bomb"
            ctype = b"zTXt"
        else:
            body = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + _hostile_xmp(rng, 1_000_000)
            name = "png-xmp-bomb"
            ctype = b"iTXt"
        chunk = struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))
        return pos, chunk, name
    if st.kind == "riff":
        body = _hostile_xmp(rng, 500_000)
        chunk = b"XMP " + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")
        return len(data), chunk, "riff-xmp-bomb"
    # anything else: an EXIF-like TIFF whose IFD0 loops on itself with huge counts
    tiff = b"II*\x00\x08\x00\x00\x00" + struct.pack("<H", 3)
    tiff += struct.pack("<HHLL", 0x8825, 4, 1, 8) + struct.pack("<HHLL", 0x8769, 4, 1, 8)
    tiff += struct.pack("<HHLL", 0x010E, 2, 0xFFFFFFFF, 8) + struct.pack("<L", 8)
    return _pos(rng, len(data)), tiff, "looping-tiff"


def mutate(data: bytes, rng: random.Random, st: Structure, donors: list[bytes]) -> tuple[bytes, list[str]]:
    """One mutant of ``data`` and the names of the edits made (1-4 of them)."""
    b = bytearray(data)
    ops: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        n = len(b)
        if n == 0:
            break
        r = rng.random()
        if r < 0.45 and st.fields:
            pos, size, bo, role = rng.choice(st.fields)
            if pos + size > n:
                continue
            old = _get(b, pos, size, bo)
            choice = rng.random()
            if role.startswith("tiff-") and role not in ("tiff-tag", "tiff-type") and st.tiffs and choice < 0.45:
                base, _bo, ifds = next(((t, o, i) for t, o, i in st.tiffs if t <= pos), st.tiffs[0])
                # loops and duplicates: point at IFD0, at this IFD, at another IFD, at this very field
                targets = [i - base for i in ifds] + [pos - base, 8, 0]
                new = rng.choice(targets)
                ops.append(f"{role}=loop")
            elif role == "tiff-tag":
                new = rng.choice((0x8825, 0x8769, 0xA005, 0x014A, 0x927C, 0x0201, 0x02BC, 0x83BB, 0x013B, 0xA431))
                ops.append(f"{role}=pointer")
            elif role == "tiff-type":
                new = rng.randrange(0, 20)
                ops.append(f"{role}=random")
            elif choice < 0.55:
                new = rng.choice(SPECIAL16 if size <= 2 else SPECIAL32)
                ops.append(f"{role}=special")
            elif choice < 0.8:
                new = old + rng.choice((-9, -4, -2, -1, 1, 2, 4, 8, 16, 1000, -1000))
                ops.append(f"{role}=off-by")
            else:
                new = rng.getrandbits(8 * size)
                ops.append(f"{role}=random")
            _put(b, pos, size, bo, new)
        elif r < 0.52 and st.units:
            a, e = rng.choice(st.units)
            if e > n or a >= e:
                continue
            what = rng.random()
            if what < 0.4:
                at = rng.choice(st.units)[0] if rng.random() < 0.7 else _pos(rng, n)
                b[at:at] = b[a:e]
                ops.append("unit-duplicate")
            elif what < 0.7:
                del b[a:e]
                ops.append("unit-delete")
            else:
                b[a:e] = b[a:e][: rng.randrange(max(1, e - a))]
                ops.append("unit-cut")
        elif r < 0.56 and st.markers:
            pos = rng.choice(st.markers)
            if pos < n:
                b[pos] = rng.choice((0xE1, 0xE2, 0xED, 0xFE, 0xDA, 0xD9, 0xC0, 0xC4, 0xDB, 0x00, 0xFF, 0xD8, 0x01))
                ops.append("jpeg-marker")
        elif r < 0.58:
            pos, blob, name = _hostile_block(rng, bytes(b), st)
            b[pos:pos] = blob
            ops.append(name)
        elif r < 0.70:
            for _ in range(rng.randint(1, 8)):
                pos = _pos(rng, n)
                b[pos] ^= 1 << rng.randrange(8)
            ops.append("bitflip")
        elif r < 0.76:
            pos = _pos(rng, n)
            vals = rng.choice(SPECIAL32).to_bytes(4, rng.choice(("big", "little")))
            b[pos : pos + 4] = vals
            ops.append("special-bytes")
        elif r < 0.81:
            pos = _pos(rng, n)
            b[pos:pos] = rng.randbytes(rng.choice((1, 2, 4, rng.randint(1, 512))))
            ops.append("insert")
        elif r < 0.86:
            pos = _pos(rng, n)
            del b[pos : pos + rng.choice((1, 2, 4, rng.randint(1, 4096)))]
            ops.append("delete")
        elif r < 0.91:
            del b[rng.randrange(1, n) if rng.random() < 0.5 else _pos(rng, n) + 1 :]
            ops.append("truncate")
        elif r < 0.95:
            a = _pos(rng, n)
            length = rng.randint(1, 8192)
            at = _pos(rng, n)
            b[at:at] = b[a : a + length]
            ops.append("duplicate-range")
        else:
            donor = rng.choice(donors)
            dst = donor_structure(donor)
            if dst.units and rng.random() < 0.7:
                a, e = rng.choice(dst.units)
            else:
                a = _pos(rng, len(donor))
                e = a + rng.randint(1, 65536)
            at = rng.choice(st.units)[0] if st.units and rng.random() < 0.7 else _pos(rng, n)
            b[at:at] = donor[a:e]
            ops.append("splice")
    return bytes(b), ops


_DONOR_CACHE: dict[int, Structure] = {}


def donor_structure(donor: bytes) -> Structure:
    key = id(donor)
    if key not in _DONOR_CACHE:
        _DONOR_CACHE[key] = structure(donor)
    return _DONOR_CACHE[key]


# -- the corpus ------------------------------------------------------------------------------


@dataclass
class Seed:
    name: str
    ext: str
    data: bytes
    st: Structure


def load_corpus(root: Path) -> list[Seed]:
    """Every corpus photo (sorted, so indices are stable), with its structure."""
    photos = root / "photos" if (root / "photos").is_dir() else root
    seeds = []
    for folder in FOLDERS:
        d = photos / folder
        if not d.is_dir():
            continue
        for p in sorted(d.iterdir()):
            if p.is_file():
                data = p.read_bytes()
                seeds.append(Seed(f"{folder}/{p.name}", p.suffix.lower() or ".bin", data, structure(data)))
    return seeds


def make_mutant(seeds: list[Seed], seed: int, index: int) -> tuple[Seed, bytes, list[str], bool]:
    """Mutant ``index`` of run ``seed``: its source, bytes, edits, and whether it is an only_gps case."""
    rng = random.Random(f"{seed}:{index}")
    src = seeds[rng.randrange(len(seeds))]
    donors = [s.data for s in seeds]
    data, ops = mutate(src.data, rng, src.st, donors)
    only_gps = rng.random() < 0.25
    return src, data, ops, only_gps


# -- checking one mutant ---------------------------------------------------------------------


def _where(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    frame = tb[-1] if tb else None
    return f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})" if frame else repr(exc)


def check(data: bytes, only_gps: bool, *, trace_memory: bool = False, pixels: bool = True) -> dict[str, Any]:
    """Run the four checks on one mutant; a dict of what happened (no values from the file).

    The clean copy is made from the scan's findings, as the CLI and the API make it (one scan
    per mutant). ``pixels=False`` reads the metadata alone (``--no-pixels``): the mutations
    are in the containers, so a run may read what the pictures show on a sample of them."""
    from leakscan.errors import InputError, RedactError
    from leakscan.findings import ScanResult
    from leakscan.media.base import StripOptions
    from leakscan.photos import scan_image
    from leakscan.redact.image import clean_image_bytes
    from leakscan.settings import Settings

    out: dict[str, Any] = {"crash": None, "strip": None, "left": [], "output": None}
    if trace_memory:
        import tracemalloc

        tracemalloc.start()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    settings = Settings(pixels=pixels)
    findings = None  # when the scan crashed, the clean copy scans again
    t0 = time.process_time()
    try:
        result = scan_image(data, settings)
        if not isinstance(result, ScanResult):
            out["crash"] = f"scan_image returned {type(result).__name__}"
        out["scan_error"] = result.error is not None
        findings = result.findings
    except Exception as exc:  # the thing under test: anything escaping scan_image is a crash
        out["crash"] = "scan_image: " + _where(exc)
    t1 = time.process_time()
    options = StripOptions(only_gps=True) if only_gps else StripOptions()
    banned = BANNED_GPS if only_gps else BANNED_FULL
    try:
        clean = clean_image_bytes(data, options, settings, findings=findings)
    except (InputError, RedactError) as exc:  # the documented per-file errors (and their subclasses)
        out["strip"] = "RedactError" if isinstance(exc, RedactError) else "InputError"
        out["strip_error"] = type(exc).__name__
    except Exception as exc:
        out["crash"] = out["crash"] or "clean_image_bytes: " + _where(exc)
        out["strip"] = "crash"
    else:
        out["strip"] = "ok"
        out["output"] = clean.data
        try:
            # the copy's metadata: its pixels are the original's, read (or not) by the scan above
            again = scan_image(clean.data, Settings(pixels=False))
            # only_gps keeps free text by design: place names *in* a description are not a leftover
            kinds = {f.kind.value for f in again.findings if not only_gps or f.scanner == "photo_metadata"}
            out["left"] = sorted(kinds & banned)
            if again.error:
                out["left"].append("UNREADABLE")
        except Exception as exc:
            out["crash"] = out["crash"] or "scan_image(output): " + _where(exc)
    t2 = time.process_time()
    out["cpu_scan"] = t1 - t0
    out["cpu"] = t2 - t0
    out["rss_growth_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    if trace_memory:
        import tracemalloc

        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return out


# -- ExifTool ----------------------------------------------------------------------------------


def _leftovers_rule():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_photos", Path(__file__).resolve().parent / "photos.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.leftovers


def _exiftool_records(paths: list[Path]) -> list[dict[str, Any]]:
    proc = subprocess.run(
        ["exiftool", "-json", "-a", "-G1", "-n", *map(str, paths)], capture_output=True, check=False, timeout=3600
    )
    # ExifTool copies invalid UTF-8 from a damaged file into its JSON as is: decode leniently.
    # Output that still does not parse is an error of the check, never "nothing found".
    try:
        records = json.loads(proc.stdout.decode("utf-8", "replace") or "[]")
    except json.JSONDecodeError:
        raise RuntimeError(f"ExifTool output for {len(paths)} files is not JSON") from None
    if len(records) != len(paths):
        raise RuntimeError(f"ExifTool read {len(records)} of {len(paths)} files")
    return records


#: Outputs ExifTool flagged in a batch but not when read alone (see :func:`exiftool_leftovers`).
BATCH_ARTIFACTS: list[str] = []


def exiftool_leftovers(paths: list[Path], only_gps: dict[str, bool]) -> dict[str, list[str]]:
    """File name -> the GPS/location/owner/serial tags ExifTool still finds (only files with any).

    One ExifTool process reads the whole batch; a file it flags is read again *alone* and
    counts only if it is flagged again. (ExifTool keeps state between the files of a batch:
    a video whose ``keys`` box is broken gets the previous file's key names, so its Android
    version "6.0.1" shows up as ``Keys:GPSCoordinates``. Those are appended to
    :data:`BATCH_ARTIFACTS`, not reported as leftovers.)
    """
    if not paths:
        return {}
    leftovers = _leftovers_rule()

    def flagged(rec: dict[str, Any]) -> list[str]:
        name = Path(rec.get("SourceFile", "")).name
        left = leftovers(rec)
        keys = ("gps", "location") if only_gps.get(name) else ("gps", "location", "owner", "serial")
        return sorted(k for key in keys for k in left.get(key, []))

    out: dict[str, list[str]] = {}
    by_name = {p.name: p for p in paths}
    for rec in _exiftool_records(paths):
        name = Path(rec.get("SourceFile", "")).name
        if not flagged(rec):
            continue
        alone = flagged(_exiftool_records([by_name[name]])[0]) if len(paths) > 1 else flagged(rec)
        if alone:
            out[name] = alone
        else:
            BATCH_ARTIFACTS.append(name)
    return out


# -- the parallel run --------------------------------------------------------------------------


def _worker(conn, root: str, seed: int, workdir: str, trace_every: int) -> None:
    """A worker process: receives indices, sends results. Writes successful copies to ``workdir``."""
    import gc

    from leakscan.photos import scan_image

    seeds = load_corpus(Path(root))
    from leakscan.posts import scan_text

    # warm up: the lazy loads (spaCy model, gazetteers, name lists) are not a mutant's cost
    scan_text("emma johnson from lincoln elementary lives at 42 oak street, leeds; call 217 555 0134")
    for s in seeds:
        scan_image(s.data)
    gc.collect()
    conn.send(("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    while True:
        msg = conn.recv()
        if msg is None:
            return
        index = msg
        src, data, ops, only_gps = make_mutant(seeds, seed, index)
        res = check(data, only_gps)
        if trace_every > 0 and index % trace_every == 0:
            # a second run under tracemalloc for the memory peak (tracing slows it 5x: not timed)
            res["traced_peak_mb"] = check(data, only_gps, trace_memory=True)["traced_peak_mb"]
        output = res.pop("output")
        res.update(index=index, file=src.name, ops=ops, size=len(data), only_gps=only_gps)
        if output is not None and workdir:
            path = Path(workdir) / f"m{index}{src.ext}"
            path.write_bytes(output)
            res["path"] = str(path)
        conn.send(("done", res))


class Pool:
    """N worker processes with a per-mutant watchdog (a hang is killed and recorded, not waited on)."""

    def __init__(self, n: int, root: Path, seed: int, workdir: Path | None, trace_every: int, hang_after: float):
        import multiprocessing as mp

        self.ctx = mp.get_context("spawn")
        self.args = (str(root), seed, str(workdir) if workdir else "", trace_every)
        self.hang_after = hang_after
        self.workers: list[dict[str, Any]] = [self._start() for _ in range(n)]
        self.baseline_mb: list[float] = []

    def _start(self) -> dict[str, Any]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, *self.args), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "task": None, "since": 0.0, "ready": False}

    def restart(self, w: dict[str, Any]) -> None:
        with contextlib.suppress(Exception):
            w["proc"].kill()
            w["proc"].join(5)
        w.update(self._start())

    def close(self) -> None:
        for w in self.workers:
            with contextlib.suppress(Exception):
                w["conn"].send(None)
        for w in self.workers:
            w["proc"].join(10)
            if w["proc"].is_alive():
                w["proc"].kill()


def run(args: argparse.Namespace) -> dict[str, Any]:
    from multiprocessing.connection import wait

    root = args.corpus
    seeds = load_corpus(root)
    if not seeds:
        raise SystemExit(f"no photos under {root}")
    use_exiftool = not args.no_exiftool and shutil.which("exiftool") is not None
    tmp = Path(tempfile.mkdtemp(prefix="leakscan-fuzz-")) if use_exiftool else None
    pool = Pool(args.jobs, root, args.seed, tmp, args.trace_every, args.hang_after)
    counts: Counter[str] = Counter()
    by_format: Counter[str] = Counter()
    by_op: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    failures: dict[str, list[dict[str, Any]]] = {
        "crashes": [],
        "hangs": [],
        "slow": [],
        "memory": [],
        "left_leakscan": [],
        "left_exiftool": [],
    }
    cpu: list[float] = []
    rss: list[float] = []
    traced: list[float] = []
    pending: list[dict[str, Any]] = []
    exif_lock = threading.Lock()
    exif_checked = [0]
    exif_errors: list[str] = []

    def flush_exiftool(batch: list[dict[str, Any]]) -> None:
        paths = [Path(r["path"]) for r in batch]
        flags = {Path(r["path"]).name: r["only_gps"] for r in batch}
        left = exiftool_leftovers(paths, flags)
        with exif_lock:
            exif_checked[0] += len(batch)
            for r in batch:
                name = Path(r["path"]).name
                if name in left:
                    failures["left_exiftool"].append(_brief(r, tags=left[name][:10]))
                    keep = Path(args.keep) if args.keep else None
                    if keep:
                        keep.mkdir(parents=True, exist_ok=True)
                        with contextlib.suppress(OSError):
                            shutil.copyfile(name_path(r), keep / name)
        for p in paths:
            with contextlib.suppress(OSError):
                p.unlink()

    def name_path(r: dict[str, Any]) -> Path:
        return Path(r["path"])

    batches: queue.Queue[list[dict[str, Any]] | None] = queue.Queue()

    def exiftool_loop() -> None:  # one ExifTool batch at a time, beside the workers
        while (batch := batches.get()) is not None:
            try:
                flush_exiftool(batch)
            except Exception as exc:  # counted and reported: those outputs were not checked
                with exif_lock:
                    exif_errors.append(f"{len(batch)} outputs: {exc}")
                for r in batch:
                    with contextlib.suppress(OSError):
                        Path(r["path"]).unlink()

    exif_thread = threading.Thread(target=exiftool_loop, daemon=True)
    exif_thread.start()

    def submit_exiftool(force: bool = False) -> None:
        nonlocal pending
        if pending and (force or len(pending) >= 200):
            batches.put(pending)
            pending = []

    next_index = args.start
    end_index = args.start + args.mutants
    done = 0
    started = time.monotonic()
    last_print = started
    try:
        while done < args.mutants:
            conns = []
            now = time.monotonic()
            for w in pool.workers:
                if w["task"] is not None and now - w["since"] > args.hang_after:
                    src, data, ops, only_gps = make_mutant(seeds, args.seed, w["task"])
                    counts["hangs"] += 1
                    failures["hangs"].append(
                        {"index": w["task"], "file": src.name, "ops": ops, "size": len(data), "only_gps": only_gps}
                    )
                    done += 1
                    pool.restart(w)
                    continue
                if w["ready"] and w["task"] is None and next_index < end_index:
                    w["conn"].send(next_index)
                    w["task"], w["since"] = next_index, time.monotonic()
                    next_index += 1
                conns.append(w["conn"])
            for conn in wait(conns, timeout=1.0):
                w = next(x for x in pool.workers if x["conn"] is conn)
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError):
                    if w["task"] is not None:  # the worker died on this mutant (a hard crash)
                        src, data, ops, only_gps = make_mutant(seeds, args.seed, w["task"])
                        counts["crashes"] += 1
                        failures["crashes"].append(
                            {"index": w["task"], "file": src.name, "ops": ops, "crash": "worker process died"}
                        )
                        done += 1
                    pool.restart(w)
                    continue
                if kind == "ready":
                    w["ready"], w["baseline"] = True, payload
                    continue
                res = payload
                w["task"] = None
                done += 1
                counts["mutants"] += 1
                by_format[Path(res["file"]).suffix.lower()] += 1
                for op in res["ops"]:
                    by_op[op.split("=")[0]] += 1
                cpu.append(res["cpu"])
                rss.append(res["rss_growth_mb"])
                if "traced_peak_mb" in res:
                    traced.append(res["traced_peak_mb"])
                counts["scan_errors"] += bool(res.get("scan_error"))
                counts[f"strip_{res['strip']}"] += 1
                if res.get("strip_error"):
                    refusals[res["strip_error"]] += 1
                if res["only_gps"]:
                    counts["only_gps"] += 1
                if res["crash"]:
                    counts["crashes"] += 1
                    failures["crashes"].append(_brief(res, crash=res["crash"]))
                if res["cpu"] > args.cpu_limit:
                    counts["slow"] += 1
                    failures["slow"].append(_brief(res, cpu=round(res["cpu"], 2)))
                big = max(res["rss_growth_mb"], res.get("traced_peak_mb", 0))
                if big > args.mem_limit:
                    counts["memory_outliers"] += 1
                    failures["memory"].append(_brief(res, mb=round(big)))
                if res["left"]:
                    counts["left_leakscan"] += 1
                    failures["left_leakscan"].append(_brief(res, kinds=res["left"]))
                if res.get("path"):
                    pending.append(res)
                    submit_exiftool()
                if res["rss_growth_mb"] > args.mem_limit / 2:
                    pool.restart(w)  # a fresh peak-RSS baseline for the next mutants
            if time.monotonic() - last_print > 30 and not args.quiet:
                last_print = time.monotonic()
                rate = done / (last_print - started)
                print(
                    f"  {done}/{args.mutants} mutants, {rate:.1f}/s, crashes {counts['crashes']}, "
                    f"hangs {counts['hangs']}, left {counts['left_leakscan']}/{len(failures['left_exiftool'])}",
                    file=sys.stderr,
                    flush=True,
                )
        submit_exiftool(force=True)
        batches.put(None)
        exif_thread.join()
    finally:
        pool.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    elapsed = time.monotonic() - started
    counts["left_exiftool"] = len(failures["left_exiftool"])
    summary = {
        "seed": args.seed,
        "start": args.start,
        "mutants": counts["mutants"] + counts["hangs"],
        "corpus_files": len(seeds),
        "jobs": args.jobs,
        "seconds": round(elapsed, 1),
        "mutants_per_s": round(done / elapsed, 1) if elapsed else None,
        "crashes": counts["crashes"],
        "hangs": counts["hangs"],
        "slow_over_cpu_limit": counts["slow"],
        "memory_outliers": counts["memory_outliers"],
        "scan_results_with_error": counts["scan_errors"],
        "strips": {
            "ok": counts["strip_ok"],
            "InputError": counts["strip_InputError"],
            "RedactError": counts["strip_RedactError"],
            "crash": counts["strip_crash"],
            "refused_by_class": dict(refusals.most_common()),
        },
        "only_gps_mutants": counts["only_gps"],
        "left_by_leakscan": counts["left_leakscan"],
        "exiftool_checked": exif_checked[0] if use_exiftool else None,
        "left_by_exiftool": counts["left_exiftool"] if use_exiftool else None,
        "exiftool_error_batches": len(exif_errors),
        "exiftool_batch_artifacts": len(BATCH_ARTIFACTS),
        "exiftool_errors": exif_errors[:20],
        "cpu_s": {
            "p50": round(percentile(cpu, 50), 4),
            "p99": round(percentile(cpu, 99), 4),
            "max": round(max(cpu, default=0), 3),
        },
        "rss_growth_mb_max": round(max(rss, default=0), 1),
        "traced_peak_mb": {
            "sampled": len(traced),
            "p50": round(percentile(traced, 50), 1) if traced else None,
            "max": round(max(traced, default=0), 1),
        },
        "limits": {"cpu_s": args.cpu_limit, "memory_mb": args.mem_limit, "hang_after_s": args.hang_after},
        "by_format": dict(sorted(by_format.items())),
        "by_op": dict(by_op.most_common()),
        "failures": {k: v[:50] for k, v in failures.items()},
    }
    return summary


def _brief(res: dict[str, Any], **extra: Any) -> dict[str, Any]:
    out = {k: res[k] for k in ("index", "file", "ops", "size", "only_gps") if k in res}
    out.update(extra)
    return out


def report(s: dict[str, Any]) -> str:
    lines = [
        f"photo fuzz: seed {s['seed']}, {s['mutants']} mutants of {s['corpus_files']} corpus files, "
        f"{s['jobs']} workers, {s['seconds']} s ({s['mutants_per_s']}/s)",
        f"  crashes            {s['crashes']}",
        f"  hangs              {s['hangs']}",
        f"  slow (> {s['limits']['cpu_s']} s CPU)   {s['slow_over_cpu_limit']}",
        f"  memory outliers    {s['memory_outliers']}  (> {s['limits']['memory_mb']} MB; peak RSS growth max "
        f"{s['rss_growth_mb_max']} MB, tracemalloc max {s['traced_peak_mb']['max']} MB on {s['traced_peak_mb']['sampled']})",
        f"  scan errors        {s['scan_results_with_error']} (ScanResult with an error line: expected for broken files)",
        f"  strips             ok {s['strips']['ok']}, InputError {s['strips']['InputError']}, "
        f"RedactError {s['strips']['RedactError']}, crash {s['strips']['crash']}",
        f"  leftovers          leakscan {s['left_by_leakscan']}, ExifTool {s['left_by_exiftool']} "
        f"(of {s['exiftool_checked']} outputs re-read; {s['exiftool_batch_artifacts']} flagged in a batch "
        f"but not alone; ExifTool failed on {s['exiftool_error_batches']} batches)",
        f"  CPU per mutant     p50 {s['cpu_s']['p50']} s, p99 {s['cpu_s']['p99']} s, max {s['cpu_s']['max']} s",
    ]
    for kind, items in s["failures"].items():
        for item in items[:5]:
            lines.append(f"  ! {kind}: {json.dumps(item)}")
    return "\n".join(lines)


def replay(args: argparse.Namespace) -> int:
    seeds = load_corpus(args.corpus)
    src, data, ops, only_gps = make_mutant(seeds, args.seed, args.replay)
    print(f"mutant {args.replay} of seed {args.seed}: {src.name}, {len(data)} bytes, ops {ops}, only_gps={only_gps}")
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"written to {args.out}")
    res = check(data, only_gps, trace_memory=True)
    res.pop("output")
    print(json.dumps(res, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=corpus_dir(), help="corpus root (default: $LEAKSCAN_CORPUS)")
    parser.add_argument("--mutants", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first mutant index (to continue a run)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cpu-limit", type=float, default=2.0, help="flag mutants over this many CPU seconds")
    parser.add_argument("--mem-limit", type=float, default=200.0, help="flag mutants over this many MB")
    parser.add_argument("--hang-after", type=float, default=120.0, help="wall seconds before a mutant is a hang")
    parser.add_argument("--trace-every", type=int, default=50, help="tracemalloc every Nth mutant (0: never)")
    parser.add_argument("--no-exiftool", action="store_true", help="skip the ExifTool re-read of the outputs")
    parser.add_argument("--keep", help="copy outputs ExifTool flags into this folder")
    parser.add_argument("--replay", type=int, help="run one mutant in this process and print what happened")
    parser.add_argument("--out", help="with --replay: write the mutant's bytes here")
    parser.add_argument("--json", default="fuzz_photos.json", help="file name under benchmarks/out/")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus} (set LEAKSCAN_CORPUS)", file=sys.stderr)
        return 2
    if args.replay is not None:
        return replay(args)
    summary = run(args)
    print(report(summary))
    path = write_json(args.json, summary)
    print(f"JSON: {path}")
    bad = summary["crashes"] + summary["hangs"] + summary["left_by_leakscan"] + (summary["left_by_exiftool"] or 0)
    bad += summary["exiftool_error_batches"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
