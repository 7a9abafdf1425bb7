"""Our own hostile set for issue 13 ("Fail closed and lose nothing"), run as a user and an attacker would.

    python benchmarks/hostile.py                 # everything (~4 min on 2 cores)
    python benchmarks/hostile.py --quick         # a subset of every family (under 2 min)
    python benchmarks/hostile.py --keep DIR      # build in DIR and keep it (inputs, copies, logs)
    python benchmarks/hostile.py --only=ID       # only the photos and posts whose id contains ID
    python benchmarks/hostile.py --steps=inputs  # only some steps (see STEPS); the rest is skipped

It builds hostile inputs in a temporary folder, for every file or request kind named in issue 13
(points 1, 2, 5, 6, 10-16) and for variants of our own of the same families (``new`` in the
case list, "(ours)" in the output: other containers, other parents and fields for GPS, other
invisible characters and line breaks, values in file names, keys and ids, other ways to escape
``--out``, other ways to make a read unbounded...), and runs them through the real front ends:

* the CLI in subprocesses: ``scan --format jsonl`` (stderr on a pty), ``scan --report``,
  ``redact --out``, ``redact --out --only gps``, ``redact --in-place``, re-runs into the same
  ``--out``, each with its peak RSS (the process tree sampled every 50 ms, and ``wait4``'s
  maximum); a run is killed at its time limit (a ``hang``) or past 2.5 GB;
* the Python API in a worker subprocess (this file with ``--api-worker``): ``scan_image`` (path
  and bytes), ``check_post`` (with and without clean copies), ``clean_image_bytes`` (full, only GPS);
* the HTTP service (``leakscan serve`` on a free loopback port, header timeout 2 s, body timeout
  3 s): ``/v1/check`` (JSON and multipart) and ``/v1/clean-image`` for every photo and post, and
  request-level attacks (forms cut short, UTF-16/32 parts, duplicate fields and keys, values in
  keys, settings, query strings and headers, slow headers and bodies, clients that go away).

Every result is checked against an oracle that is not leakscan: ExifTool
(``exiftool -ee -a -G1 -n -json``) for what a photo holds before and after a strip (shapes
ExifTool cannot finish, ``oracle=False``, count what was planted; their copies are not re-read);
decoded pixels of every page (Pillow, pillow-heif) where "lossless" is claimed or an original is
replaced; originals hashed before and after; the tree outside ``--out`` snapshotted; the planted
values (fictional: :data:`PLANTS`) looked for in every error line, stderr, log line and HTTP error
body, and in clean copies of posts after Unicode folding (:func:`folded`: marks, invisible and
format characters dropped, digits of any script, look-alike letters). Each violated expectation
is a **problem** with a short id (:data:`PROBLEMS`), the case (its input kind) and the front end,
never a value.

Prints a table (files/requests, problems, peak RSS and wall time per front end), the problems
(``id | case | input kind | front end | what happened``), the peak RSS of the big inputs, writes
``benchmarks/out/hostile.json`` (problems, runs, cases) and exits 1 when there is a problem.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import io
import itertools
import json
import os
import pty
import re
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import shapes_containers as sc  # noqa: E402 - the structural generators of the test suite
import shapes_tiff as st  # noqa: E402
from common import HOST, ServerProcess, write_json  # noqa: E402

# -- what is planted (fictional values) -----------------------------------------------------------

OWNER, SERIAL, CITY = sc.OWNER, sc.SERIAL, sc.CITY  # "Jane Example", "SN48151623", "Springfield"
PHONE = "217 555 0134"
PHONE_DIGITS = "2175550134"
EMAIL = "emma.j2013@gmail.com"
NAME = "Zara Kowalski"
PLANTS = {"OWNER": OWNER, "SERIAL": SERIAL, "PLACE": CITY, "PHONE": PHONE, "EMAIL": EMAIL, "NAME": NAME}
#: The settings every run uses: the child's known name (for the known-name evasions).
SETTINGS = {"known": {"names": [NAME]}}

#: Every problem id, what it means.
PROBLEMS = {
    "scan-missed": "the oracle reads a value, leakscan neither reports it nor says 'could not be fully checked'",
    "ok-unchecked": "verdict ok although the item was not fully checked",
    "copy-leaves": "a full clean copy still holds what ExifTool reads as location/owner/serial/contact",
    "gps-copy-leaves": "a --only gps clean copy still holds a location",
    "holds-unreported": "a clean copy holds something its outcome does not list in still_holds",
    "lossless-false": "'lossless' claimed, but the decoded pages differ",
    "inplace-pixels": "--in-place replaced an original with different decoded pixels",
    "inplace-leaves": "--in-place replaced an original with a copy that still holds what a strip removes",
    "inplace-error-changed": "--in-place reported an error for a file it changed",
    "original-changed": "an original changed without --in-place",
    "wrote-outside": "a file written or changed outside --out",
    "value-in-error": "a planted value in an error line, stderr, a log line or an HTTP error body",
    "raised": "an API call raised where it must answer (scan_image, check_post), or raised a non-leakscan error",
    "hang": "a run or request did not end within its time limit",
    "rss-over-1gb": "peak resident memory over 1 GB",
    "text-missed": "a planted phone number, e-mail or known name in a post was not found",
    "text-copy-leaves": "a redacted post or clean copy still shows a planted value",
    "jsonl-copy-leaves": "a .jsonl clean copy still holds a planted value (any key or value)",
    "jsonl-unchecked-ok": "a .jsonl line holding a planted value reads ok",
    "lost-lines": "--format jsonl output lost lines (stderr on a terminal)",
    "exit-0-unchecked": "exit code 0 although some item could not be checked",
    "report-allclear": "the HTML report says all clear although some item could not be checked",
    "overwritten": "one input's clean copy overwrote another's",
    "stale-copy": "a re-run kept a copy made with other options",
    "lines-merged": "--lines did not give one post per line",
    "http-status": "the service answered with a status that reads as checked (or a 500)",
    "slow-headers": "slow-header connections were not cut off, or starved a normal request",
    "log-traceback": "the service logged a traceback",
    "followed-link": "a symbolic link given or planted was written through",
}

#: Peak RSS past which a run counts as a problem; runs are killed at KILL_MB to spare the machine.
RSS_LIMIT_MB = 1024
KILL_MB = 2500

# -- values in text -------------------------------------------------------------------------------

_PLAIN = {
    "OWNER": re.compile(r"Jane\W{0,3}Example", re.IGNORECASE),
    "SERIAL": re.compile(r"SN48151623"),
    "PLACE": re.compile(r"Springfield", re.IGNORECASE),
    "PHONE": re.compile(r"217\D{0,4}555\D{0,4}0134|4310\D{0,4}555\D{0,4}712"),
    "EMAIL": re.compile(r"emma\.?j2013", re.IGNORECASE),
    "NAME": re.compile(r"Kowalski", re.IGNORECASE),
}
#: Letters that look like Latin ones (enough for the homoglyph cases built here).
_CONFUSABLE = str.maketrans("аеорсхіјԁ", "aeopcxijd")


def plain_leaks(text: str) -> set[str]:
    """Planted values that appear as such in ``text`` (error lines, logs, error bodies)."""
    return {what for what, pattern in _PLAIN.items() if pattern.search(text)}


def folded(text: str) -> str:
    """``text`` as a reader takes it in: letters (lower case, no marks, homoglyphs mapped) and
    digits (any script) only, everything else dropped."""
    out = []
    for ch in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text)):
        digit = unicodedata.digit(ch, None)
        if digit is not None:
            out.append(str(digit))
        elif ch.isalpha():
            out.append(ch.casefold())
    return "".join(out).translate(_CONFUSABLE)


def text_leaks(text: str) -> set[str]:
    """Planted values a reader can still make out in ``text`` (also reversed, behind U+202E)."""
    f = folded(text)
    both = f + " " + f[::-1]
    found = set()
    if PHONE_DIGITS in both:
        found.add("PHONE")
    if "emmaj2013" in both:
        found.add("EMAIL")
    if "zara" in both or "kowalski" in both:
        found.add("NAME")
    if "janeexample" in both:
        found.add("OWNER")
    if "sn48151623" in both:
        found.add("SERIAL")
    if "springfield" in both:
        found.add("PLACE")
    return found


# -- the oracle for photos -------------------------------------------------------------------------

_GPS_NAME = re.compile(r"GPS(?:Dest)?(?:Latitude|Longitude)$|^GPSCoordinates$|^GPSPosition$|^LocationInformation$")
_SKIP_GROUPS = {"Composite", "System", "File", "ExifTool"}


def exiftool(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Resolved path -> ExifTool's record (``-ee -a -G1 -n -json``), in batches of 200; a batch
    that does not end in 120 s is read again file by file (15 s each; a file ExifTool cannot
    finish gets no record)."""
    out: dict[str, dict[str, Any]] = {}

    def batch(files: list[str], timeout: float) -> bool:
        cmd = ["exiftool", "-ee", "-a", "-G1", "-n", "-json", "-api", "LargeFileSupport=1", *files]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        with contextlib.suppress(ValueError):
            for rec in json.loads(proc.stdout or "[]"):
                out[str(Path(rec["SourceFile"]).resolve())] = rec
        return True

    for i in range(0, len(paths), 200):
        files = [str(p) for p in paths[i : i + 200]]
        if not batch(files, 120):
            for one in files:
                batch([one], 15)
    return out


def exif_sees(record: dict[str, Any] | None) -> set[str]:
    """What ExifTool read in one file: GPS, OWNER, SERIAL, PLACE, PHONE, EMAIL, NAME."""
    seen: set[str] = set()
    for key, value in (record or {}).items():
        group, _, name = key.partition(":")
        if not name or (
            group in _SKIP_GROUPS and not (group == "File" and name == "Comment")
        ):  # JPEG COM is File:Comment
            continue
        if (_GPS_NAME.search(name) and not isinstance(value, str)) or name in ("GPSCoordinates", "LocationInformation"):
            seen.add("GPS")
        text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
        if isinstance(value, str) and value.startswith("(Binary data"):
            continue
        seen |= plain_leaks(text) | text_leaks(text)
    return seen


def result_sees(result: dict[str, Any]) -> set[str]:
    """The same categories in one result line (``ScanResult.to_dict()``)."""
    seen: set[str] = set()
    for f in result.get("findings") or ():
        kind = f.get("kind")
        text = f.get("text") or ""
        if kind == "GPS":
            seen.add("GPS")
        if kind == "PHONE":
            seen.add("PHONE")
        if kind == "EMAIL":
            seen.add("EMAIL")
        seen |= {w for w in plain_leaks(text) | text_leaks(text) if w != "PHONE" or kind == "PHONE"}
        if kind == "LOCATION" and "springfield" in folded(text):
            seen.add("PLACE")
    return seen


#: What a clean copy must not hold (ExifTool's reading): a full strip, and --only gps.
FULL_BANNED = {"GPS", "OWNER", "SERIAL", "PLACE", "PHONE", "EMAIL", "NAME"}
GPS_BANNED = {"GPS", "PLACE"}
#: still_holds kinds that account for a category ExifTool still reads in a --only gps copy.
HELD_AS = {
    "OWNER": {"OWNER", "PERSON"},
    "SERIAL": {"DEVICE_ID"},
    "PHONE": {"PHONE"},
    "EMAIL": {"EMAIL"},
    "NAME": {"PERSON", "OWNER"},
    "PLACE": {"LOCATION"},
    "GPS": {"GPS"},
}


def pages(path: Path, max_pixels: int = 60_000_000) -> list[str] | None:
    """A digest of every decoded page/frame (mode, size, pixels), or None when Pillow cannot decode it."""
    from PIL import Image, ImageSequence

    with contextlib.suppress(ImportError):
        import pillow_heif

        pillow_heif.register_heif_opener()
    out = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                for frame in ImageSequence.Iterator(im):
                    if frame.size[0] * frame.size[1] > max_pixels:
                        return None
                    h = hashlib.blake2b(f"{frame.mode} {frame.size}".encode(), digest_size=16)
                    h.update(frame.tobytes())
                    out.append(h.hexdigest())
    except Exception:
        return None
    return out or None


# -- the hostile inputs ------------------------------------------------------------------------------


@dataclass
class Case:
    """One hostile input (a file, a post, a request) and what was planted in it."""

    id: str
    family: str
    #: The kind of input, as issue 13 names it (or our variant of it).
    kind: str
    #: True for variants of our own (not named in issue 13).
    new: bool = False
    data: bytes | None = None
    ext: str = ""
    text: str | None = None
    #: What the file or post gives away when the oracle cannot say (no ExifTool for it).
    planted: set[str] = field(default_factory=set)
    #: False: ExifTool is not asked (too slow, or it does not read this shape); ``planted`` counts.
    oracle: bool = True

    @property
    def file(self) -> str:
        return f"{self.id}.{self.ext}"


_ISSUE_SHAPES = re.compile(
    r"^(pages-|pillow-pages|chain-(65|300|5000)|big-ifd-(1500|5000)|deep-subifd-(7|12|20)|gps-under-interop|"
    r"jpeg-5000-com|png-2000-texts|png-exif-after-iend|heif-(exif|xmp)-in-second-meta|.*xmp-(doctype|malformed)|"
    r"mov-(aut|3gp-loci))"
)


def _kind_of_shape(name: str) -> str:
    table = [
        ("pages-", "multi-page TIFF, GPS IFD per page (10)"),
        ("pillow-pages", "multi-page TIFF, GPS IFD per page (10)"),
        ("chain-", "IFD chain past the limit (11)"),
        ("big-ifd", "huge IFD (11)"),
        ("deep-subifd", "deep SubIFDs (11)"),
        ("gps-under", "GPS under an unusual parent (11)"),
        ("com-then", "thousands of COM segments before the metadata (11)"),
        ("texts-then", "thousands of text chunks before the metadata (11)"),
        ("after-iend", "metadata after IEND (11)"),
        ("second-meta", "second HEIF meta (11)"),
        ("xmp-", "XMP malformed / with a DOCTYPE (11)"),
        ("mov-", "MP4/QuickTime udta names (11)"),
    ]
    return next((kind for key, kind in table if key in name), "hostile container shape (11)")


def shape_cases(quick: bool) -> list[Case]:
    """The test suite's structural shapes (TIFF/EXIF and containers), ExifTool as their oracle."""
    cases = []
    for s in st.shapes():
        if quick and not (_ISSUE_SHAPES.match(s.name) and "-be-" not in s.name and not s.name.startswith("chain-5000")):
            continue
        planted = {"GPS", "OWNER"} if "pillow" not in s.name else {"GPS", "OWNER", "SERIAL"}
        cases.append(
            Case(
                f"tiff-{s.name}",
                "photo",
                _kind_of_shape(s.name),
                data=s.data,
                ext=s.ext,
                planted=planted,
                oracle=s.oracle,
            )
        )
    for s in sc.shapes():
        if quick and not _ISSUE_SHAPES.match(s.name):
            continue
        cases.append(Case(f"c-{s.name}", "photo", _kind_of_shape(s.name), data=s.data, ext=s.ext))
    return cases


def _xmp(body: str) -> bytes:
    return (sc._XPACKET + sc._RDF_OPEN + body + sc._RDF_CLOSE + '<?xpacket end="w"?>').encode()


def _xmp_gps(prefix: str = "exif", uri: str = "http://ns.adobe.com/exif/1.0/", *, element: bool = False) -> bytes:
    if element:
        return _xmp(
            f'<rdf:Description rdf:about="" xmlns:{prefix}="{uri}"><{prefix}:GPSLatitude>40,42.0N</{prefix}:GPSLatitude>'
            f"<{prefix}:GPSLongitude>74,0.0W</{prefix}:GPSLongitude></rdf:Description>"
        )
    return _xmp(
        f'<rdf:Description rdf:about="" xmlns:{prefix}="{uri}" {prefix}:GPSLatitude="40,42.0N"'
        f' {prefix}:GPSLongitude="74,0.0W"/>'
    )


def _ds(num: int, value: str) -> bytes:
    raw = value.encode()
    return b"\x1c\x02" + bytes([num]) + struct.pack(">H", len(raw)) + raw


def _ps_block(rid: int, body: bytes) -> bytes:
    return (
        b"8BIM" + struct.pack(">H", rid) + b"\x00\x00" + struct.pack(">I", len(body)) + body + b"\x00" * (len(body) % 2)
    )


def _app13(*blocks: bytes) -> bytes:
    return sc.segment(0xED, b"Photoshop 3.0\x00" + b"".join(blocks))


def _raw_profile(blob: bytes) -> bytes:
    """An ImageMagick 'Raw profile type exif' text: hex lines after a name and a length."""
    h = blob.hex()
    return f"\nexif\n{len(blob):8d}\n" + "\n".join(h[i : i + 72] for i in range(0, len(h), 72)) + "\n"


def _exif(
    gps: dict[int, Any] | None = None, zeroth: dict[int, Any] | None = None, exif: dict[int, Any] | None = None
) -> bytes:
    import piexif

    return piexif.dump({"0th": zeroth or {}, "Exif": exif or {}, "GPS": gps or {}})[6:]


def _ext_xmp_jpeg() -> bytes:
    """GPS only in the Extended XMP (the main packet just names its GUID)."""
    ext = _xmp_gps().split(b"?>", 1)[1]
    guid = hashlib.md5(ext).hexdigest().upper()
    main = _xmp(
        f'<rdf:Description rdf:about="" xmlns:xmpNote="http://ns.adobe.com/xmp/note/" xmpNote:HasExtendedXMP="{guid}"/>'
    )
    part = sc.segment(
        0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + guid.encode() + struct.pack(">II", len(ext), 0) + ext
    )
    return sc.jpeg(sc.app1_xmp(main), part)


_MVHD = sc.full(b"mvhd", struct.pack(">III", 0, 0, 600) + bytes(84))
_XYZ = sc.box(b"\xa9xyz", sc.qt_text("+40.7000-074.0000/"))


def _mov(moov_body: bytes, *, brand: bytes = b"qt  ", before: bytes = b"", moov: bytes | None = None) -> bytes:
    ftyp = sc.box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand)
    mdat = sc.box(b"mdat", b"\x01\x02\x03\x04" * 8)
    return ftyp + before + (moov if moov is not None else sc.box(b"moov", _MVHD + moov_body)) + mdat


def _mov_keys() -> bytes:
    """iPhone style: moov/meta with keys + ilst, the location under com.apple.quicktime.location.ISO6709."""
    key = b"com.apple.quicktime.location.ISO6709"
    keys = sc.full(b"keys", struct.pack(">I", 1) + struct.pack(">I", 8 + len(key)) + b"mdta" + key)
    ilst = sc.box(b"ilst", sc.box(struct.pack(">I", 1), sc.data_box("+40.7000-074.0000/")))
    meta = sc.box(b"meta", sc.full(b"hdlr", bytes(4) + b"mdta" + bytes(13)) + keys + ilst)
    return _mov(meta)


def _mov_largesize() -> bytes:
    udta = struct.pack(">I", 1) + b"udta" + struct.pack(">Q", 16 + len(_XYZ)) + _XYZ
    return _mov(udta)


def _mov_trak_udta(child: bytes, brand: bytes = b"qt  ") -> bytes:
    hdlr = sc.full(b"hdlr", bytes(4) + b"vide" + bytes(13))
    trak = sc.box(b"trak", sc.full(b"tkhd", bytes(80)) + sc.box(b"mdia", hdlr) + sc.box(b"udta", child))
    return _mov(trak, brand=brand)


def _tiff_type13() -> bytes:
    """The GPS pointer typed IFD (13) instead of LONG."""
    b = st.TiffBuilder("<")
    gps = st.gps_ifd(b)
    rec = b.record(st.GPS_IFD, 13, 1, struct.pack("<L", gps))
    b.set_first(b.ifd([*st.picture(b, 0), (st.ARTIST, st.ASCII, OWNER)], records=[rec]))
    return b.bytes()


def _tiff_gps_in_strip() -> bytes:
    """The strip's bytes double as the GPS IFD: a strip must not zero the picture."""
    b = st.TiffBuilder("<")
    gps = st.gps_ifd(b)
    end = len(b.buf)
    w = 8
    h = (end - gps + w - 1) // w
    b.buf += b"\x00" * (w * h - (end - gps))
    entries = [
        (256, st.SHORT, (w,)),
        (257, st.SHORT, (h,)),
        (258, st.SHORT, (8,)),
        (259, st.SHORT, (1,)),
        (262, st.SHORT, (1,)),
        (273, st.LONG, (gps,)),
        (277, st.SHORT, (1,)),
        (278, st.SHORT, (h,)),
        (279, st.LONG, (w * h,)),
        (st.ARTIST, st.ASCII, OWNER),
        b.pointer(st.GPS_IFD, gps),
    ]
    b.set_first(b.ifd(entries))
    return b.bytes()


def _tiff_two_gps_tags() -> bytes:
    """Two GPSInfo entries in one IFD: the first names an empty GPS IFD, the second the real one."""
    b = st.TiffBuilder("<")
    empty = b.ifd([(0, st.BYTE, bytes([2, 3, 0, 0]))])
    real = st.gps_ifd(b)
    recs = [b.record(st.GPS_IFD, st.LONG, 1, struct.pack("<L", off)) for off in (empty, real)]
    b.set_first(b.ifd([*st.picture(b, 0), (st.ARTIST, st.ASCII, OWNER)], records=recs))
    return b.bytes()


def _tiff_gps_dest_only() -> bytes:
    b = st.TiffBuilder("<")
    gps = b.ifd(
        [(0x13, st.ASCII, "N"), (0x14, st.RATIONAL, st.LAT), (0x15, st.ASCII, "W"), (0x16, st.RATIONAL, st.LON)]
    )
    b.set_first(b.ifd([*st.picture(b, 0), b.pointer(st.GPS_IFD, gps)]))
    return b.bytes()


def _tiff_pages(mode: str, compression: str | None, n: int = 3) -> bytes:
    """A Pillow multi-page TIFF in ``mode``/``compression`` with GPS, owner and serial added to every page."""
    from PIL import Image

    frames = []
    for i in range(n):
        im = Image.linear_gradient("L").resize((24 + 4 * i, 16)).convert(mode)
        frames.append(im)
    out = io.BytesIO()
    kw = {"compression": compression} if compression else {}
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], **kw)
    return st.add_to_pages(out.getvalue())


def _tiff_pages_overlap() -> bytes:
    """Pages whose GPS IFDs sit between one page's strips and the next page's IFD (tight packing)."""
    b = st.TiffBuilder(">")
    offs = []
    for i in range(4):
        pic = st.picture(b, i, (5, 3))
        gps = st.gps_ifd(b)
        exif = st.exif_ifd(b)
        offs.append(
            b.ifd([*pic, (st.ARTIST, st.ASCII, OWNER), b.pointer(st.GPS_IFD, gps), b.pointer(st.EXIF_IFD, exif)])
        )
    b.set_first(offs[0])
    for a, c in itertools.pairwise(offs):
        b.set_next(a, c)
    return b.bytes()


def _gps_ifd_text_field(tag: int, value: bytes) -> bytes:
    return sc.jpeg(sc.app1_exif(_exif(gps={tag: value})))


def new_photo_cases() -> list[Case]:
    """Variants of our own: other containers, other parents and fields for GPS, other limits, other
    invisible characters in metadata text, text fields nobody reads."""
    gps_dest = {0x13: b"N", 0x14: st.LAT, 0x15: b"W", 0x16: st.LON}
    lines = [
        # TIFF: other pointer types, overlaps, duplicates, other compressions and modes
        ("tiff-gps-pointer-type13", "GPS pointer typed IFD (13)", "tif", _tiff_type13()),
        ("tiff-gps-ifd-inside-strip", "GPS IFD inside the picture strip", "tif", _tiff_gps_in_strip()),
        ("tiff-two-gpsinfo-entries", "two GPSInfo entries in one IFD", "tif", _tiff_two_gps_tags()),
        ("tiff-gps-dest-only", "GPS destination coordinates only", "tif", _tiff_gps_dest_only()),
        ("tiff-pages-packed-be", "multi-page TIFF, packed GPS/Exif IFDs per page", "tif", _tiff_pages_overlap()),
        ("tiff-pages-deflate", "multi-page TIFF, deflate, GPS per page", "tif", _tiff_pages("RGB", "tiff_deflate")),
        ("tiff-pages-packbits", "multi-page TIFF, PackBits, GPS per page", "tif", _tiff_pages("L", "packbits")),
        ("tiff-pages-jpeg", "multi-page TIFF, JPEG-compressed, GPS per page", "tif", _tiff_pages("RGB", "jpeg")),
        ("tiff-pages-group4", "multi-page TIFF, 1-bit G4, GPS per page", "tif", _tiff_pages("1", "group4")),
        ("tiff-pages-cmyk-lzw", "multi-page TIFF, CMYK LZW, GPS per page", "tif", _tiff_pages("CMYK", "tiff_lzw")),
        ("tiff-pages-palette", "multi-page TIFF, palette, GPS per page", "tif", _tiff_pages("P", None)),
        # JPEG
        ("jpeg-gps-dest-only", "GPS destination coordinates only", "jpg", sc.jpeg(sc.app1_exif(_exif(gps=gps_dest)))),
        (
            "jpeg-gps-area-name-only",
            "GPS IFD holding only an area name",
            "jpg",
            _gps_ifd_text_field(0x1C, b"ASCII\x00\x00\x00Springfield Elementary"),
        ),
        (
            "jpeg-two-exif-second-gps",
            "second EXIF APP1 holds the GPS",
            "jpg",
            sc.jpeg(sc.app1_exif(sc.exif_tiff(gps=False, owner=False, serial=False)), sc.app1_exif()),
        ),
        (
            "jpeg-70000-com-then-exif",
            "more COM segments than the segment cap",
            "jpg",
            sc.jpeg(sc.segment(0xFE, b"") * 70000, sc.app1_exif()),
        ),
        (
            "jpeg-iptc-5001-then-city",
            "IPTC past its data-set cap",
            "jpg",
            sc.jpeg(_app13(_ps_block(0x0404, b"\x1c\x02\x00\x00\x02\x00\x04" + _ds(25, "x") * 5001 + _ds(90, CITY)))),
        ),
        (
            "jpeg-1001-ps-blocks-then-iptc",
            "Photoshop resources past their cap",
            "jpg",
            sc.jpeg(_app13(_ps_block(0x0400, b"ab") * 1001 + sc.photoshop_iptc())),
        ),
        ("jpeg-extended-xmp-gps", "GPS only in Extended XMP", "jpg", _ext_xmp_jpeg()),
        ("jpeg-xmp-odd-prefix", "XMP GPS under an unusual prefix", "jpg", sc.jpeg(sc.app1_xmp(_xmp_gps("zz")))),
        ("jpeg-xmp-element-form", "XMP GPS as elements", "jpg", sc.jpeg(sc.app1_xmp(_xmp_gps(element=True)))),
        (
            "jpeg-xmp-location-shown",
            "XMP LocationShown structure",
            "jpg",
            sc.jpeg(
                sc.app1_xmp(
                    _xmp(
                        '<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
                        '<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource">'
                        f"<Iptc4xmpExt:City>{CITY}</Iptc4xmpExt:City>"
                        "<Iptc4xmpExt:GPSLatitude>40,42.0N</Iptc4xmpExt:GPSLatitude>"
                        "<Iptc4xmpExt:GPSLongitude>74,0.0W</Iptc4xmpExt:GPSLongitude>"
                        "</rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown></rdf:Description>"
                    )
                )
            ),
        ),
        # metadata text: other invisible characters, fields nobody scans
        ("jpeg-com-phone-braille-blank", "phone split by U+2800 in a JPEG comment", "jpg",
         sc.jpeg(sc.segment(0xFE, f"call {PHONE}".replace(" ", "\u2800").encode()))),
        ("png-itxt-phone-line-separator", "phone split by U+2028 in a PNG iTXt", "png",
         sc.png(sc.chunk(b"iTXt", b"Comment\x00\x00\x00\x00\x00" + "call 217\u2028555\u20280134".encode()))),
        ("gif-comment-phone-ogham-space", "phone split by U+1680 in a GIF comment", "gif",
         sc.gif(sc.gif_comment("call 217\u1680555\u16800134".encode()))),
        ("jpeg-exif-software-phone", "phone in EXIF Software", "jpg",
         sc.jpeg(sc.app1_exif(_exif(zeroth={305: f"call me {PHONE}".encode()})))),
        ("jpeg-exif-gpsprocessing-phone", "phone in GPSProcessingMethod", "jpg",
         _gps_ifd_text_field(0x1B, f"ASCII\x00\x00\x00call me {PHONE}".encode())),
        ("jpeg-xmp-custom-ns-phone", "phone in an XMP property of another namespace", "jpg",
         sc.jpeg(sc.app1_xmp(_xmp(f'<rdf:Description rdf:about="" xmlns:my="http://example.com/ns/"><my:Note>call me {PHONE}</my:Note></rdf:Description>')))),
        ("jpeg-iptc-source-phone", "phone in IPTC Source", "jpg",
         sc.jpeg(_app13(_ps_block(0x0404, b"\x1c\x02\x00\x00\x02\x00\x04" + _ds(115, f"call me {PHONE}"))))),
        ("mov-swr-phone", "phone in QuickTime ©swr", "mov", sc.movie(sc.box(b"\xa9swr", sc.qt_text(f"call me {PHONE}")))),
        # PNG
        ("png-rawprofile-exif-ztxt", "EXIF in a zTXt raw profile", "png",
         sc.png(sc.chunk(b"zTXt", b"Raw profile type exif\x00\x00" + zlib.compress(_raw_profile(b"Exif\x00\x00" + sc.exif_tiff()).encode())))),
        ("png-rawprofile-after-iend", "EXIF raw profile after IEND", "png",
         sc.png(after_iend=sc.chunk(b"tEXt", b"Raw profile type exif\x00" + _raw_profile(b"Exif\x00\x00" + sc.exif_tiff()).encode()))),
        ("png-itxt-compressed-xmp", "compressed iTXt XMP", "png",
         sc.png(sc.chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + zlib.compress(sc.xmp())))),
        ("png-1100-itxt-then-exif", "more iTXt chunks than the text cap", "png",
         sc.png(*(sc.chunk(b"iTXt", f"N{i}\x00\x00\x00\x00\x00x".encode()) for i in range(1100)), sc.chunk(b"eXIf", sc.exif_tiff()))),
        ("png-50000-text-then-exif", "50,000 text chunks before eXIf", "png",
         sc.png(sc.chunk(b"tEXt", b"Comment\x00x") * 50000, sc.chunk(b"eXIf", sc.exif_tiff()))),
        # WebP, GIF
        ("webp-xmp-after-riff", "XMP after the RIFF end", "webp", sc.webp(after_riff=sc.riff_chunk(b"XMP ", sc.xmp()))),
        ("webp-two-xmp-second-gps", "second XMP chunk holds the GPS", "webp",
         sc.webp(sc.riff_chunk(b"XMP ", _xmp_gps("a", "urn:x")), sc.riff_chunk(b"XMP ", sc.xmp()))),
        ("gif-second-xmp-app", "second XMP application block", "gif", sc.gif(sc.gif_xmp(_xmp_gps("a", "urn:x")), sc.gif_xmp(sc.xmp()))),
        # QuickTime / MP4
        ("mov-keys-ilst-location", "iPhone-style keys/ilst location", "mov", _mov_keys()),
        ("mov-udta-64bit-size", "udta with a 64-bit box size", "mov", _mov_largesize()),
        ("mov-trak-udta-xyz", "location in a track's udta", "mov", _mov_trak_udta(_XYZ)),
        ("mp4-trak-udta-loci", "3GPP loci in a track's udta", "mov", _mov_trak_udta(sc.loci(CITY), b"3gp5")),
        ("mp4-xmp-uuid-top", "XMP uuid box at the top of an MP4", "mov",
         sc.movie(top=sc.box(b"uuid", bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC") + sc.xmp()), brand=b"isom")),
        ("mov-moov-size0-last", "moov box with size 0 (to the end)", "mov",
         _mov(b"", moov=struct.pack(">I", 0) + b"moov" + _MVHD + sc.box(b"udta", _XYZ))),
        # JPEG XL
        ("jxl-jxlp-then-exif", "Exif between partial codestream boxes", "jxl",
         sc.JXL_SIGNATURE + sc.box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ") + sc.box(b"jxlp", b"\x00\x00\x00\x00\xff\x0aCO")
         + sc.box(b"Exif", b"\x00\x00\x00\x00" + sc.exif_tiff()) + sc.box(b"jxlp", b"\x80\x00\x00\x01DE")),
        # pictures in several parts: animations, progressive scans, split image data, metadata in between
        ("gif-animated-xmp-between-frames", "animated GIF, XMP between frames", "gif", _gif_animated_xmp()),
        ("webp-animated-exif", "animated WebP with EXIF", "webp", _webp_animated_exif()),
        ("png-apng-exif-between-frames", "APNG, eXIf between frames", "png", _apng_exif_between()),
        ("png-text-between-idat", "PNG text chunk between IDAT chunks", "png", _png_text_between_idat()),
        ("jpeg-progressive-exif-between-scans", "progressive JPEG, EXIF between scans", "jpg", _jpeg_progressive_exif()),
        ("tiff-pages-exif-shared-strip", "two pages sharing one strip, GPS on both", "tif", _tiff_shared_strip()),
        ("tiff-pages-odd-offsets", "multi-page TIFF, every IFD at an odd offset", "tif", _tiff_odd_pages()),
        ("tiff-gps-values-are-pixels", "GPS values stored in the picture's bytes", "tif", _tiff_gps_values_in_pixels()),
        ("tiff-artist-value-is-page2-strip", "page 1's Artist stored in page 2's strip", "tif", _tiff_owner_in_strip()),
        # identifying text in the colour profile, which a clean copy keeps by default
        ("png-icc-text-owner-phone", "owner and phone in the ICC profile's texts", "png", _with_icc("PNG")),
        ("jpeg-icc-text-owner-phone", "owner and phone in the ICC profile's texts", "jpg", _with_icc("JPEG")),
    ]  # fmt: skip
    return [Case(cid, "photo", f"{kind} (ours)", new=True, data=data, ext=ext) for cid, kind, ext, data in lines]


def _frames(n: int = 3, mode: str = "RGB") -> list[Any]:
    from PIL import Image

    frames = []
    for i in range(n):
        im = Image.new(mode, (20, 14), (30 + 60 * i, 200 - 50 * i, 90))
        im.putpixel((i + 2, i + 3), (255, 255, 0))
        frames.append(im)
    return frames


def _gif_animated_xmp() -> bytes:
    out = io.BytesIO()
    frames = [f.convert("P") for f in _frames()]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    data = out.getvalue()
    second = data.index(b"\x21\xf9", data.index(b"\x2c"))  # the second frame's graphic control block
    return data[:second] + sc.gif_xmp(sc.xmp()) + data[second:]


def _webp_animated_exif() -> bytes:
    out = io.BytesIO()
    frames = _frames()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], lossless=True,
                   exif=b"Exif\x00\x00" + sc.exif_tiff())  # fmt: skip
    return out.getvalue()


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, pos = [], 8
    while pos < len(data):
        n = struct.unpack(">I", data[pos : pos + 4])[0]
        chunks.append(data[pos : pos + 12 + n])
        pos += 12 + n
    return chunks


def _apng_exif_between() -> bytes:
    out = io.BytesIO()
    frames = _frames()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:], duration=100)
    chunks = _png_chunks(out.getvalue())
    at = [i for i, c in enumerate(chunks) if c[4:8] == b"fcTL"][1]
    chunks.insert(at, sc.chunk(b"eXIf", sc.exif_tiff()))
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def _png_text_between_idat() -> bytes:
    from PIL import Image

    im = Image.linear_gradient("L").convert("RGB")
    out = io.BytesIO()
    im.save(out, "PNG")
    chunks = _png_chunks(out.getvalue())
    idat = b"".join(c[8:-4] for c in chunks if c[4:8] == b"IDAT")
    first = next(i for i, c in enumerate(chunks) if c[4:8] == b"IDAT")
    rest = [c for c in chunks if c[4:8] != b"IDAT"]
    half = len(idat) // 2
    middle = [sc.chunk(b"IDAT", idat[:half]), sc.chunk(b"tEXt", b"Author\x00" + OWNER.encode()),
              sc.chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + sc.xmp()), sc.chunk(b"IDAT", idat[half:])]  # fmt: skip
    return b"\x89PNG\r\n\x1a\n" + b"".join(rest[:first] + middle + rest[first:])


def _jpeg_progressive_exif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.linear_gradient("L").convert("RGB").save(out, "JPEG", progressive=True, quality=85)
    data = out.getvalue()
    first = data.index(b"\xff\xda")
    second = data.index(b"\xff\xda", first + 2)
    # a DHT may precede the next scan: put the EXIF right before the second SOS's own tables
    return data[:second] + sc.app1_exif() + sc.segment(0xFE, b"x") + data[second:]


def _tiff_odd_pages() -> bytes:
    """Three pages (GPS, ExifIFD, SubIFD thumbnail each) with every IFD and value at an odd offset."""
    b = st.TiffBuilder("<")
    b._align = lambda: None  # type: ignore[method-assign] - the builder word-aligns; this shape must not
    b.buf += b"\x00"
    offs = []
    for i in range(3):
        thumb = b.ifd([(254, st.LONG, (1,)), *st.picture(b, 100 + i)])
        offs.append(b.ifd([*st.picture(b, i), *st.identifying(b), b.pointer(st.SUB_IFDS, thumb)]))
    b.set_first(offs[0])
    for a, c in itertools.pairwise(offs):
        b.set_next(a, c)
    return b.bytes()


def _tiff_gps_values_in_pixels() -> bytes:
    """The GPS rationals are the picture's bytes: removing the values must not change the pixels."""
    b = st.TiffBuilder("<")
    at = b.blob(b"".join(struct.pack("<LL", n, d) for n, d in (*st.LAT, *st.LON)))  # 48 bytes: 8 x 6 pixels
    values = [
        b.record(2, st.RATIONAL, 3, struct.pack("<L", at)),
        b.record(4, st.RATIONAL, 3, struct.pack("<L", at + 24)),
    ]
    gps = b.ifd([(0, st.BYTE, bytes([2, 3, 0, 0])), (1, st.ASCII, "N"), (3, st.ASCII, "W")], records=values)
    pic = [(256, st.SHORT, (8,)), (257, st.SHORT, (6,)), (258, st.SHORT, (8,)), (259, st.SHORT, (1,)),
           (262, st.SHORT, (1,)), (273, st.LONG, (at,)), (277, st.SHORT, (1,)), (278, st.SHORT, (6,)),
           (279, st.LONG, (48,))]  # fmt: skip
    b.set_first(b.ifd([*pic, (st.ARTIST, st.ASCII, OWNER), b.pointer(st.GPS_IFD, gps)]))
    return b.bytes()


def _tiff_owner_in_strip() -> bytes:
    """Page 1's Artist value lies in page 2's strip (big-endian)."""
    b = st.TiffBuilder(">")
    first = st.picture(b, 0, (8, 4))
    strip = b.blob(OWNER.encode() + b"\x00" + bytes(32 - len(OWNER) - 1))
    second = [(256, st.SHORT, (8,)), (257, st.SHORT, (4,)), (258, st.SHORT, (8,)), (259, st.SHORT, (1,)),
              (262, st.SHORT, (1,)), (273, st.LONG, (strip,)), (277, st.SHORT, (1,)), (278, st.SHORT, (4,)),
              (279, st.LONG, (32,))]  # fmt: skip
    one = b.ifd(first, records=[b.record(st.ARTIST, st.ASCII, len(OWNER) + 1, struct.pack(">L", strip))])
    two = b.ifd([*second, b.pointer(st.GPS_IFD, st.gps_ifd(b))])
    b.set_first(one)
    b.set_next(one, two)
    return b.bytes()


def _icc_profile(description: str, copyright_: str) -> bytes:
    """A small ICC v2 profile whose description and copyright are the given texts."""
    desc = description.encode() + b"\x00"
    tags = [
        (b"desc", b"desc" + bytes(4) + struct.pack(">I", len(desc)) + desc + bytes(4 + 4 + 2 + 1 + 67)),
        (b"cprt", b"text" + bytes(4) + copyright_.encode() + b"\x00"),
    ]
    at = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        data += b"\x00" * (-len(data) % 4)
        table += sig + struct.pack(">II", at + len(body), len(data))
        body += data
    header = (
        struct.pack(">I", at + len(body)) + b"none" + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ " + bytes(12) + b"acsp"
    )
    header = (header + bytes(24) + struct.pack(">iii", 63190, 65536, 54061)).ljust(128, b"\x00")
    return header + struct.pack(">I", len(tags)) + table + body


def _with_icc(fmt: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    icc = _icc_profile(f"{OWNER} {PHONE}", f"Copyright {OWNER}")
    Image.linear_gradient("L").convert("RGB").resize((32, 32)).save(out, fmt, icc_profile=icc)
    return out.getvalue()


def _tiff_shared_strip() -> bytes:
    """Two pages whose strip offsets name the same bytes, each with its own GPS IFD and owner."""
    b = st.TiffBuilder("<")
    pic = st.picture(b, 0)
    offs = [b.ifd([*pic, *st.identifying(b)]) for _ in range(2)]
    b.set_first(offs[0])
    b.set_next(offs[0], offs[1])
    return b.bytes()


#: Issue 13 point 12, then our own: (id, text, the kind that must be found, new).
TEXT_CASES: list[tuple[str, str, str, bool]] = [
    ("phone-plain", f"call me on {PHONE}", "PHONE", False),
    ("phone-soft-hyphens", "call me on 2\u00ad1\u00ad7 5\u00ad55 01\u00ad34", "PHONE", False),
    ("phone-bidi-embedding", "call me on 217\u202a 555\u202c 0134", "PHONE", False),
    ("phone-invisible-operators", "call me on 2\u20611\u20627 5\u206355 0\u206434", "PHONE", False),
    ("phone-cgj", "call me on 2\u034f17 5\u034f55 01\u034f34", "PHONE", False),
    ("phone-variation-selectors", "call me on 2\ufe0f1\ufe0f7 5\ufe0e55 0134", "PHONE", False),
    ("phone-tag-characters", "call me on 2\U000e00201\U000e00417 555 0134", "PHONE", False),
    ("phone-hangul-fillers", "call me on 217\u3164555\u31640134", "PHONE", False),
    ("phone-emoji-between", "call me on 217\U0001f600555\U0001f6000134", "PHONE", False),
    ("phone-line-breaks", "call me on 217\n555\n0134", "PHONE", False),
    ("phone-combining-marks", "call me on 2\u03031\u03037 5\u030355 0134", "PHONE", False),
    ("phone-reversed-rlo", "call me on \u202e4310 555 712\u202c", "PHONE", False),
    ("email-zwsp", "mail me emma.j2013\u200b@gmail.com", "EMAIL", False),
    ("name-zwsp", "this is zara\u200b kowalski", "PERSON", False),
    # ours: other line breaks, other blanks, other invisible format characters, other look-alikes
    ("phone-line-separator", "call me on 217\u2028555\u20280134", "PHONE", True),
    ("phone-paragraph-separator", "call me on 217\u2029555\u20290134", "PHONE", True),
    ("phone-nel", "call me on 217\u0085555\u00850134", "PHONE", True),
    ("phone-vertical-tab", "call me on 217\u000b555\u000b0134", "PHONE", True),
    ("phone-form-feed", "call me on 217\u000c555\u000c0134", "PHONE", True),
    ("phone-braille-blank", "call me on 217\u2800555\u28000134", "PHONE", True),
    ("phone-ogham-space", "call me on 217\u1680555\u16800134", "PHONE", True),
    ("phone-egyptian-format", "call me on 217\U00013430555\U000134300134", "PHONE", True),
    ("phone-unit-separator", "call me on 217\u001f555\u001f0134", "PHONE", True),
    ("phone-nul", "call me on 217\u0000555\u00000134", "PHONE", True),
    ("phone-middle-dot", "call me on 217\u00b7555\u00b70134", "PHONE", True),
    ("phone-bullet", "call me on 217\u2022555\u20220134", "PHONE", True),
    ("phone-mongolian-vs", "call me on 217\u180e555\u180e0134", "PHONE", True),
    ("phone-word-joiner", "call me on 2\u20601\u20607 5\u206055 0134", "PHONE", True),
    ("phone-fullwidth", "call me on \uff12\uff11\uff17 \uff15\uff15\uff15 \uff10\uff11\uff13\uff14", "PHONE", True),
    ("phone-math-digits", "call me on \U0001d7d0\U0001d7cf\U0001d7d5 \U0001d7d3\U0001d7d3\U0001d7d3 \U0001d7ce\U0001d7cf\U0001d7d1\U0001d7d2", "PHONE", True),
    ("phone-arabic-indic", "call me on \u0662\u0661\u0667 \u0665\u0665\u0665 \u0660\u0661\u0663\u0664", "PHONE", True),
    ("phone-isolates", "call me on \u2066217\u2069 \u2067555\u2069 0134", "PHONE", True),
    ("email-braille-blank", "mail me emma.j2013\u2800@gmail.com", "EMAIL", True),
    ("email-egyptian-format", "mail me emma.j2013\U00013430@gmail.com", "EMAIL", True),
    ("email-fullwidth-at", "mail me emma.j2013\uff20gmail.com", "EMAIL", True),
    ("email-reversed-rlo", "mail me \u202emoc.liamg@3102j.amme\u202c", "EMAIL", True),
    ("name-cyrillic-a", "this is z\u0430ra kowalsk\u0456", "PERSON", True),
    ("name-combining-overlay", "this is Z\u0335ara K\u0335owalski", "PERSON", True),
    ("name-soft-hyphen", "this is Za\u00adra Kowal\u00adski", "PERSON", True),
    ("phone-whatsapp-link", "text me https://wa.me/12175550134", "PHONE", True),
    ("phone-telegram-link", "add me t.me/+12175550134", "PHONE", True),
    ("phone-past-text-limit", "ok " * 40000 + f"call me on {PHONE}", "PHONE", True),
]  # fmt: skip

#: Issue 13 point 16 and ours: (id, .jsonl line, planted?, new). Broken lines, fields other than text.
JSONL_LINES: list[tuple[str, str, bool, bool]] = [
    ("jl-text", json.dumps({"id": 1, "text": f"call me on {PHONE}"}), True, False),
    ("jl-broken-line", '{"id": 2, "text": "call me on ' + PHONE + '"', True, False),
    ("jl-extra-field", json.dumps({"id": 3, "text": "hi", "note": f"call {PHONE}"}), True, False),
    ("jl-nested-field", json.dumps({"id": 4, "text": "hi", "meta": {"a": [1, {"b": f"mail {EMAIL}"}]}}), True, False),
    ("jl-number-field", json.dumps({"id": 5, "text": "hi", "n": int(PHONE_DIGITS)}), True, True),
    ("jl-id-holds-phone", json.dumps({"id": f"call {PHONE}", "text": "hi there"}), True, True),
    ("jl-key-holds-phone", json.dumps({"id": 7, "text": "hi", f"call me {PHONE}": True}), True, True),
    ("jl-nested-key-holds-email", json.dumps({"id": 8, "text": "hi", "m": {EMAIL: 1}}), True, True),
    ("jl-duplicate-text-key", '{"id": 9, "text": "call me on ' + PHONE + '", "text": "hi"}', True, True),
    ("jl-not-utf8", '{"id": 10, "text": "caf\xe9 call ' + PHONE + '"}', True, True),
    ("jl-nan-id", '{"id": NaN, "text": "call me on ' + PHONE + '"}', True, True),
    ("jl-deep-nesting", '{"id": 12, "text": "hi", "x": ' + "[" * 5000 + '"' + PHONE + '"' + "]" * 5000 + "}", True, True),
    ("jl-text-is-list", json.dumps({"id": 13, "text": [f"call {PHONE}"]}), True, True),
    ("jl-line-separator-field", json.dumps({"id": 14, "text": "hi", "t": "call 217\u2028555\u20280134"}), True, True),
    ("jl-bom-mid-file", "\ufeff" + json.dumps({"id": 15, "text": f"call {PHONE}"}), True, True),
    ("jl-cr-only-endings", json.dumps({"id": 16, "text": "hi"}) + "\r" + json.dumps({"id": 17, "text": f"call {PHONE}"}), True, True),
    ("jl-field-past-text-limit", json.dumps({"id": 19, "text": "hi", "note": "ok " * 40000 + PHONE}), True, True),
    ("jl-clean", json.dumps({"id": 18, "text": "see you at practice"}), False, False),
]  # fmt: skip


def text_cases() -> list[Case]:
    cases = [
        Case(f"t-{cid}", "text", "text evasion " + ("(ours)" if new else "(12)"), new=new, text=text, planted={kind})
        for cid, text, kind, new in TEXT_CASES
    ]
    cases += [
        Case(cid, "jsonl", ".jsonl broken lines / fields other than text " + ("(ours)" if new else "(16)"), new=new,
             text=line, planted={"x"} if planted else set())
        for cid, line, planted, new in JSONL_LINES
    ]  # fmt: skip
    return cases


# -- running things -----------------------------------------------------------------------------------


@dataclass
class Run:
    """One process run: what it printed, how long it took, its peak memory."""

    front: str
    label: str
    rc: int | None
    out: bytes
    err: bytes
    wall: float
    rss_mb: float
    timed_out: bool = False
    killed_for_memory: bool = False


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_process(
    front: str,
    label: str,
    cmd: list[str],
    *,
    cwd: Path,
    timeout: float,
    stdin: Any = None,
    stderr_tty: bool = False,
    env: dict[str, str] | None = None,
    kill_mb: int = KILL_MB,
) -> Run:
    """Run ``cmd`` in its own process group; peak RSS is the larger of the tree's sampled sum
    and ``wait4``'s maximum. Killed (SIGKILL to the group) at ``timeout`` or past ``kill_mb``."""
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        return _run(front, label, cmd, out_f, err_f, cwd=cwd, timeout=timeout, stdin=stdin, stderr_tty=stderr_tty,
                    env=env, kill_mb=kill_mb)  # fmt: skip


def _run(
    front: str,
    label: str,
    cmd: list[str],
    out_f: Any,
    err_f: Any,
    *,
    cwd: Path,
    timeout: float,
    stdin: Any,
    stderr_tty: bool,
    env: dict[str, str] | None,
    kill_mb: int,
) -> Run:
    master = slave = -1
    chunks: list[bytes] = []
    reader = None
    if stderr_tty:
        master, slave = pty.openpty()

        def drain() -> None:
            while True:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    return
                if not data:
                    return
                chunks.append(data)

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=out_f,
        stderr=slave if stderr_tty else err_f,
        start_new_session=True,
        env=env,
    )
    if stderr_tty:
        os.close(slave)
    peak = 0
    timed_out = killed = False
    status = 0
    maxrss_kb = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            maxrss_kb = usage.ru_maxrss
            break
        peak = max(peak, _tree_rss(proc.pid))
        if peak > kill_mb * 2**20:
            killed = True
        if time.monotonic() - t0 > timeout:
            timed_out = True
        if killed or timed_out:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            maxrss_kb = usage.ru_maxrss
            break
        time.sleep(0.05)
    wall = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    with contextlib.suppress(OSError):  # workers left behind by a killed run: our own group
        os.killpg(proc.pid, signal.SIGKILL)
    if reader is not None:
        reader.join(timeout=5)
        os.close(master)
    out_f.seek(0)
    err_f.seek(0)
    err = b"".join(chunks) if stderr_tty else err_f.read()
    run = Run(
        front=front,
        label=label,
        rc=None if timed_out or killed else proc.returncode,
        out=out_f.read(),
        err=err,
        wall=wall,
        rss_mb=max(peak / 2**20, maxrss_kb / 1024),
        timed_out=timed_out,
        killed_for_memory=killed,
    )
    return run


def leakscan_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "leakscan", *args]


def json_lines(data: bytes) -> list[dict[str, Any]]:
    out = []
    for line in data.decode("utf-8", "replace").splitlines():
        with contextlib.suppress(ValueError):
            rec = json.loads(line)
            if isinstance(rec, dict):
                out.append(rec)
    return out


# -- the benchmark ---------------------------------------------------------------------------------------


@dataclass
class Problem:
    id: str
    case: str
    kind: str
    front: str
    what: str


@dataclass
class Front:
    """Totals for one front end."""

    name: str
    items: int = 0
    runs: int = 0
    wall: float = 0.0
    rss_mb: float = 0.0


class Bench:
    def __init__(self, work: Path, quick: bool, only: str | None, steps: set[str] | None = None) -> None:
        self.work = work
        self.quick = quick
        self.only = only
        self.steps = steps
        self.problems: list[Problem] = []
        self.fronts: dict[str, Front] = {}
        self.notes: list[str] = []
        self.rss: dict[str, float] = {}
        self.cases: dict[str, Case] = {}
        self.runs: list[dict[str, Any]] = []
        self.settings_file = work / "settings.json"
        self.settings_file.write_text(json.dumps(SETTINGS))

    # -- bookkeeping ------------------------------------------------------------------------------

    def problem(self, pid: str, case: str, front: str, what: str) -> None:
        assert pid in PROBLEMS, pid
        assert not plain_leaks(what), "a problem line must never hold a value"
        kind = self.cases[case].kind if case in self.cases else case
        self.problems.append(Problem(pid, case, kind, front, what))

    def front(self, name: str) -> Front:
        return self.fronts.setdefault(name, Front(name))

    def account(self, run: Run, items: int, *, names_hold_values: bool = False) -> Run:
        f = self.front(run.front)
        f.items += items
        f.runs += 1
        f.wall += run.wall
        f.rss_mb = max(f.rss_mb, run.rss_mb)
        self.runs.append({"front": run.front, "label": run.label, "rc": run.rc, "wall_s": round(run.wall, 2),
                          "rss_mb": round(run.rss_mb, 1), "timed_out": run.timed_out})  # fmt: skip
        if run.timed_out:
            self.problem("hang", run.label, run.front, f"killed after {run.wall:.0f} s")
        if run.killed_for_memory:
            self.problem("rss-over-1gb", run.label, run.front, f"killed at {run.rss_mb:.0f} MB (still growing)")
        elif run.rss_mb > RSS_LIMIT_MB:
            self.problem("rss-over-1gb", run.label, run.front, f"peak RSS {run.rss_mb:.0f} MB")
        leaks = plain_leaks(run.err.decode("utf-8", "replace"))
        if leaks and not names_hold_values:  # a file's own name may hold a value: it is the user's path
            self.problem("value-in-error", run.label, run.front, f"stderr holds {sorted(leaks)}")
        return run

    def cli(
        self, front: str, label: str, *args: str, items: int = 1, timeout: float = 300, names_hold_values: bool = False,
        **kw: Any,
    ) -> Run:  # fmt: skip
        run = run_process(front, label, leakscan_cmd(*args), cwd=self.work, timeout=timeout, **kw)
        return self.account(run, items, names_hold_values=names_hold_values)

    def wanted(self, case: Case) -> bool:
        return self.only is None or self.only in case.id

    # -- building ----------------------------------------------------------------------------------

    def build(self) -> None:
        t0 = time.monotonic()
        self.photos = [c for c in shape_cases(self.quick) + new_photo_cases() if self.wanted(c)]
        self.texts = [c for c in text_cases() if self.wanted(c)]
        for c in self.photos + self.texts:
            assert not plain_leaks(c.id), c.id  # ids (file names) never hold a value
            self.cases[c.id] = c
        self.photo_dir = self.work / "in" / "photos"
        self.photo_dir.mkdir(parents=True)
        for c in self.photos:
            (self.photo_dir / c.file).write_bytes(c.data or b"")
        self.notes.append(
            f"built {len(self.photos)} photos and {len(self.texts)} posts in {time.monotonic() - t0:.1f} s"
        )

    def originals(self) -> dict[str, str]:
        """Digest of every input file (size and times for the big sparse ones)."""
        out = {}
        for path in sorted((self.work / "in").rglob("*")):
            try:
                st_ = path.lstat()
            except OSError:
                continue
            if not stat.S_ISREG(st_.st_mode):
                out[str(path)] = f"{stat.S_IFMT(st_.st_mode)}"
            elif st_.st_size > 64 * 2**20:
                out[str(path)] = f"{st_.st_size}:{st_.st_mtime_ns}"
            else:
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        return out

    def check_originals(self, before: dict[str, str], front: str) -> None:
        after = self.originals()
        for path, digest in before.items():
            if after.get(path) != digest:
                case = Path(path).stem
                self.problem(
                    "original-changed", case if case in self.cases else Path(path).name, front, "input bytes changed"
                )

    # -- photos through the CLI --------------------------------------------------------------------

    def photo_oracle(self) -> None:
        recs = exiftool([self.photo_dir / c.file for c in self.photos if c.oracle])
        self.want: dict[str, set[str]] = {}
        for c in self.photos:
            rec = recs.get(str((self.photo_dir / c.file).resolve()))
            self.want[c.id] = exif_sees(rec) if c.oracle else set(c.planted)
        self.pages_before = {c.id: pages(self.photo_dir / c.file) for c in self.photos}

    def check_scan_result(self, case: Case, result: dict[str, Any], front: str) -> None:
        want = self.want.get(case.id, set())
        got = result_sees(result)
        missed = want - got
        if missed and not result.get("error"):
            self.problem("scan-missed", case.id, front, f"missed {sorted(missed)}, verdict {result.get('verdict')}")
        if result.get("error") and result.get("verdict") == "ok":
            self.problem("ok-unchecked", case.id, front, "verdict ok with an error")
        if result.get("error") and plain_leaks(result["error"]):
            self.problem("value-in-error", case.id, front, "the error field holds a value")

    def check_copy(
        self, case: Case, copy: Path, rec: dict[str, Any] | None, front: str, *, only_gps: bool, lossless: bool | None,
        holds: list[dict[str, Any]] | None = None,
    ) -> None:  # fmt: skip
        seen = exif_sees(rec)
        if only_gps:
            left = seen & GPS_BANNED
            if left:
                self.problem("gps-copy-leaves", case.id, front, f"copy holds {sorted(left)}")
            if holds is not None:
                kinds = {h.get("kind") for h in holds}
                unreported = {w for w in seen - GPS_BANNED if not (HELD_AS[w] & kinds)}
                if unreported:
                    self.problem(
                        "holds-unreported", case.id, front, f"copy holds {sorted(unreported)}, not in still_holds"
                    )
        else:
            left = seen & FULL_BANNED
            if left:
                self.problem("copy-leaves", case.id, front, f"copy holds {sorted(left)}")
        if lossless:
            before = self.pages_before.get(case.id)
            if before is not None and pages(copy) != before:
                self.problem(
                    "lossless-false", case.id, front, f"'lossless' but decoded pages differ ({len(before)} pages)"
                )

    def redact_photos(self, front: str, out: Path, *extra: str, only_gps: bool) -> None:
        before = self.originals()
        outside = snapshot(self.work, exclude=[out, self.work / "runs"])
        run = self.cli(front, "photos", "redact", str(self.photo_dir), "--out", str(out), "--format", "jsonl",
                       "--settings", str(self.settings_file), *extra, items=len(self.photos), stderr_tty=True)  # fmt: skip
        self.check_originals(before, front)
        self.check_outside(outside, [out, self.work / "runs"], front, "photos")
        results = {Path(r["source"]).stem: r for r in json_lines(run.out)}
        if len(results) < len(self.photos):
            self.problem("lost-lines", "photos", front, f"{len(results)} result lines for {len(self.photos)} files")
        copies: dict[str, Path] = {}
        for c in self.photos:
            r = results.get(c.id)
            if r is None:
                continue
            red = r.get("redaction") or {}
            copy = out / c.file
            if red.get("action") == "error":
                if copy.exists():
                    self.problem("wrote-outside", c.id, front, "a copy was left although its outcome is an error")
                continue
            if copy.exists():
                copies[c.id] = copy
        recs = exiftool([p for cid, p in copies.items() if self.cases[cid].oracle])
        for cid, copy in copies.items():
            red = results[cid].get("redaction") or {}
            self.check_copy(self.cases[cid], copy, recs.get(str(copy.resolve())), front, only_gps=only_gps,
                            lossless=red.get("lossless"), holds=red.get("still_holds"))  # fmt: skip

    def cli_photos(self) -> None:
        # scan --format jsonl with stderr on a terminal (issue 13 point 1): every line must reach stdout
        run = self.cli("cli scan --format jsonl", "photos", "scan", str(self.photo_dir), "--format", "jsonl",
                       "--settings", str(self.settings_file), items=len(self.photos), stderr_tty=True)  # fmt: skip
        results = {Path(r["source"]).stem: r for r in json_lines(run.out)}
        if len(results) < len(self.photos):
            self.problem("lost-lines", "photos", run.front, f"{len(results)} result lines for {len(self.photos)} files")
        for c in self.photos:
            if c.id in results:
                self.check_scan_result(c, results[c.id], run.front)
        if any(r.get("error") for r in results.values()) and run.rc == 0:
            self.problem("exit-0-unchecked", "photos", run.front, "exit 0 with unchecked photos")
        # scan --report: the report never says all clear when something was not checked
        report = self.work / "runs" / "photos.html"
        run = self.cli("cli scan --report", "photos", "scan", str(self.photo_dir), "--report", str(report), "-q",
                       "--format", "jsonl", "--settings", str(self.settings_file), items=len(self.photos))  # fmt: skip
        self.check_report(report, run, "photos")
        self.redact_photos("cli redact --out", self.work / "out" / "full", only_gps=False)
        self.redact_photos("cli redact --only gps", self.work / "out" / "gps", "--only", "gps", only_gps=True)
        self.inplace_photos()

    def check_report(self, report: Path, run: Run, label: str) -> None:
        if not report.exists():
            if run.rc not in (0, 1, 2) or run.timed_out:
                return
            self.problem("report-allclear", label, run.front, "no report written")
            return
        html = report.read_text("utf-8", "replace")
        results = json_lines(run.out)
        if any(r.get("error") for r in results) and "class=allclear" in html:
            self.problem("report-allclear", label, run.front, "'nothing found' with unchecked items")
        leaks = plain_leaks(re.sub(r"<[^>]+>", " ", html)) - {"PLACE"}
        if leaks:
            self.problem("value-in-error", label, run.front, f"the report shows {sorted(leaks)} unmasked")

    def inplace_photos(self) -> None:
        """``redact --in-place`` on a copy of the photos: a file it replaced keeps its pages and holds
        nothing a strip removes; a file it left as it was (nothing to remove) holds nothing either."""
        front = "cli redact --in-place"
        folder = self.work / "inplace" / "photos"
        shutil.copytree(self.photo_dir, folder)
        before = {c.id: (folder / c.file).read_bytes() for c in self.photos}
        run = self.cli(front, "photos", "redact", str(folder), "--in-place", "--format", "jsonl",
                       "--settings", str(self.settings_file), items=len(self.photos))  # fmt: skip
        results = {Path(r["source"]).stem: r for r in json_lines(run.out)}
        kept = [c for c in self.photos if ((results.get(c.id) or {}).get("redaction") or {}).get("action") != "error"]
        recs = exiftool([folder / c.file for c in kept if c.oracle])
        for c in self.photos:
            changed = (folder / c.file).read_bytes() != before[c.id]
            if c not in kept:
                if changed:
                    self.problem("inplace-error-changed", c.id, front, "reported an error, file changed")
                continue
            left = exif_sees(recs.get(str((folder / c.file).resolve()))) & FULL_BANNED
            if left:
                what = "replaced file" if changed else "file left as it was"
                self.problem("inplace-leaves", c.id, front, f"{what} holds {sorted(left)}")
            was = self.pages_before.get(c.id)
            if changed and was is not None and pages(folder / c.file) != was:
                self.problem("inplace-pixels", c.id, front, f"decoded pages differ ({len(was)} pages)")

    # -- the API (in a worker process) -------------------------------------------------------------

    def api(self) -> None:
        tasks: list[dict[str, Any]] = []
        api_out = self.work / "out" / "api"
        for sub in ("full", "gps"):
            (api_out / sub).mkdir(parents=True)
        for c in self.photos:
            path = str(self.photo_dir / c.file)
            tasks.append({"op": "scan_image", "case": c.id, "path": path})
            tasks.append({"op": "scan_image_bytes", "case": c.id, "path": path})
            tasks.append({"op": "check_post", "case": c.id, "text": "", "images": [path]})
            for sub in ("full", "gps"):
                tasks.append({"op": "clean_image_bytes", "case": c.id, "path": path, "only_gps": sub == "gps",
                              "out": str(api_out / sub / c.file)})  # fmt: skip
        for c in self.texts:
            if c.family == "text":
                tasks.append({"op": "check_post", "case": c.id, "text": c.text, "images": []})
        tasks += self.api_request_tasks()
        task_file = self.work / "runs" / "api-tasks.json"
        result_file = self.work / "runs" / "api-results.jsonl"
        task_file.write_text(json.dumps(tasks))
        run = run_process("python API", "all", [sys.executable, str(Path(__file__).resolve()), "--api-worker",
                          str(task_file), str(result_file)], cwd=self.work, timeout=900)  # fmt: skip
        self.account(run, len(tasks))
        done = [json.loads(line) for line in result_file.read_text().splitlines() if line.strip()]
        if len(done) < len(tasks):
            stuck = tasks[len(done)]
            self.problem("hang", stuck["case"], "python API " + stuck["op"], "the worker stopped on this task")
        copies: dict[tuple[str, bool], tuple[Path, dict[str, Any]]] = {}
        for task, res in zip(tasks, done, strict=False):
            op, cid = task["op"], task["case"]
            front = f"python API {op}"
            if res.get("seconds", 0) > 60:
                self.problem("hang", cid, front, f"one call took {res['seconds']:.0f} s")
            if "raised" in res:
                if op != "clean_image_bytes" or not res.get("leakscan_error"):
                    self.problem("raised", cid, front, f"raised {res['raised']}")
                if res.get("message_leaks"):
                    self.problem("value-in-error", cid, front, "the exception message holds a value")
                continue
            if task.get("unreadable"):
                self.check_request_task(task, res)
            elif op in ("scan_image", "scan_image_bytes"):
                self.check_scan_result(self.cases[cid], res["result"], front)
            elif op == "check_post" and task["images"]:
                self.check_scan_result(self.cases[cid], res["result"]["images"][0], front)
                if res["result"]["images"][0].get("error") and res["result"]["verdict"] == "ok":
                    self.problem("ok-unchecked", cid, front, "post verdict ok with an unchecked photo")
            elif op == "check_post":
                self.check_post_text(self.cases[cid], res["result"], front)
            elif op == "clean_image_bytes":
                copies[(cid, task["only_gps"])] = (Path(task["out"]), res)
        recs = exiftool([path for (cid, _), (path, _) in copies.items() if self.cases[cid].oracle])
        for (cid, only_gps), (copy, res) in copies.items():
            self.check_copy(self.cases[cid], copy, recs.get(str(copy.resolve())), "python API clean_image_bytes",
                            only_gps=only_gps, lossless=res.get("lossless"))  # fmt: skip

    def api_request_tasks(self) -> list[dict[str, Any]]:
        """Issue 13 point 2 through the API, and ours: unreadable photos in a post."""
        d = self.work / "in" / "api"
        d.mkdir(parents=True)
        (d / "empty.jpg").write_bytes(b"")
        (d / "text.jpg").write_bytes(b"call me maybe\n")
        (d / "folder.jpg").mkdir()
        os.mkfifo(d / "fifo.jpg")
        (d / "dangling.jpg").symlink_to(d / "nowhere.jpg")
        cut = sc.jpeg(sc.app1_exif())
        (d / "cut.jpg").write_bytes(cut[: len(cut) // 3])
        out = []
        for name, what, new in [
            ("missing.jpg", "missing file", False),
            ("empty.jpg", "empty file", True),
            ("text.jpg", "text named .jpg", True),
            ("folder.jpg", "a folder as a photo", True),
            ("fifo.jpg", "a FIFO as a photo", True),
            ("dangling.jpg", "dangling symlink", True),
            ("cut.jpg", "JPEG cut inside its EXIF", True),
        ]:
            cid = f"api-unreadable-{name.split('.')[0]}"
            self.cases[cid] = Case(cid, "api", f"unreadable photo in check_post: {what} (2)", new=new)
            out.append({"op": "check_post", "case": cid, "text": "hi", "images": [str(d / name)], "unreadable": True})
            out.append({"op": "scan_image", "case": cid, "path": str(d / name), "unreadable": True})
            out.append(
                {"op": "check_post_clean", "case": cid, "text": "hi", "images": [str(d / name)], "unreadable": True}
            )
        for label, data in (
            ("bytes-empty", b""),
            ("bytes-garbage", b"\x00\x01garbage"),
            ("bytes-cut-png", sc.png()[:40]),
        ):
            cid = f"api-unreadable-{label}"
            self.cases[cid] = Case(cid, "api", f"unreadable photo bytes in check_post: {label}", new=True)
            out.append({"op": "check_post", "case": cid, "text": "hi", "images_b64": [base64.b64encode(data).decode()], "images": [], "unreadable": True})  # fmt: skip
        return out

    def check_request_task(self, task: dict[str, Any], res: dict[str, Any]) -> None:
        cid, op = task["case"], task["op"]
        front = f"python API {op}"
        if "raised" in res:
            return
        result = res["result"]
        if task.get("unreadable"):
            verdict = result.get("verdict")
            if verdict == "ok":
                self.problem("ok-unchecked", cid, front, "an unreadable photo reads ok")
            parts = [result, *result.get("images", ()), *(result.get("cleaned_images") or ())]
            errors = " ".join(str(part.get("error") or "") for part in parts)
            if plain_leaks(errors):
                self.problem("value-in-error", cid, front, "an error field holds a value")

    def check_post_text(self, case: Case, result: dict[str, Any], front: str) -> None:
        want = next(iter(case.planted))
        kinds = {f["kind"] for f in result["text"]["findings"]}
        unchecked = result["text"].get("error") and result["verdict"] != "ok"  # e.g. past max_text_chars
        if want not in kinds and not unchecked:
            self.problem("text-missed", case.id, front, f"no {want} finding (verdict {result['verdict']})")
            return  # then the redacted text shows it too: one problem
        left = text_leaks(result.get("redacted_text") or "") & {"PHONE", "EMAIL", "NAME"}
        if left:
            self.problem("text-copy-leaves", case.id, front, f"redacted text still shows {sorted(left)}")

    # -- posts through the CLI -------------------------------------------------------------------------

    def cli_texts(self) -> None:
        d = self.work / "in" / "text"
        d.mkdir(parents=True)
        posts = d / "evasions.jsonl"
        evasions = [c for c in self.texts if c.family == "text"]
        posts.write_text("".join(json.dumps({"id": c.id, "text": c.text}) + "\n" for c in evasions), "utf-8")
        fields = d / "fields.jsonl"
        jl = [c for c in self.texts if c.family == "jsonl"]
        raw = b""
        for c in jl:
            line = (c.text or "").encode("utf-8", "surrogatepass")
            if c.id == "jl-not-utf8":
                line = line.replace("é".encode(), b"\xe9")
            raw += line + b"\n"
        fields.write_bytes(raw)
        line_of = {i: c.id for i, c in enumerate(jl, start=1)}  # a CR alone ends no line
        run = self.cli("cli scan --format jsonl", "posts", "scan", str(posts), str(fields), "--format", "jsonl",
                       "--settings", str(self.settings_file), items=len(self.texts), stderr_tty=True)  # fmt: skip
        by_id = {}
        for r in json_lines(run.out):
            src = r.get("source", "")
            if src.startswith(str(posts)):
                by_id[str(r.get("id"))] = r
            else:
                by_id[line_of.get(int(src.rsplit(":", 1)[1]), src) if ":" in src else src] = r
        for c in evasions:
            r = by_id.get(c.id)
            if r is None:
                self.problem("lost-lines", c.id, run.front, "no result line")
                continue
            want = next(iter(c.planted))
            if want not in {f["kind"] for f in r["findings"]} and not (r.get("error") and r["verdict"] != "ok"):
                self.problem("text-missed", c.id, run.front, f"no {want} finding (verdict {r['verdict']})")
        for c in jl:
            r = by_id.get(c.id)
            if r is None:
                self.problem("lost-lines", c.id, run.front, "no result line")
            elif c.planted and r["verdict"] == "ok":
                self.problem("jsonl-unchecked-ok", c.id, run.front, "verdict ok for a line holding a value")
        # clean copies
        out = self.work / "out" / "posts"
        outside = snapshot(self.work, exclude=[out, self.work / "runs"])
        before = self.originals()
        run = self.cli("cli redact --out", "posts", "redact", str(posts), str(fields), "--out", str(out), "--format",
                       "jsonl", "--settings", str(self.settings_file), items=len(self.texts))  # fmt: skip
        self.check_originals(before, run.front)
        self.check_outside(outside, [out, self.work / "runs"], run.front, "posts")
        copy = out / "evasions.jsonl"
        if copy.exists():
            got = {}
            for line in copy.read_text("utf-8").splitlines():
                with contextlib.suppress(ValueError):
                    rec = json.loads(line)
                    got[rec.get("id")] = rec.get("text") or ""
            for c in evasions:
                left = text_leaks(got.get(c.id, "")) & {"PHONE", "EMAIL", "NAME"}
                if left:
                    self.problem("text-copy-leaves", c.id, run.front, f"clean copy still shows {sorted(left)}")
        copy = out / "fields.jsonl"
        if copy.exists():
            lines = copy.read_bytes().split(b"\n")
            for i, c in enumerate(jl):
                left = line_leaks(lines[i] if i < len(lines) else b"")
                if c.planted and left:
                    self.problem("jsonl-copy-leaves", c.id, run.front, f"clean copy line holds {sorted(left)}")
        else:
            self.problem("jsonl-copy-leaves", "jl-text", run.front, "no clean copy of the .jsonl file")
        self.cli_lines()

    def cli_lines(self) -> None:
        """Issue 13 point 5: a text file with one post per line (--lines); CRLF and a BOM (ours). Its
        clean copy keeps every line and masks the one post with a number."""
        d = self.work / "in" / "lines"
        d.mkdir(parents=True)
        posts = [f"post {i}: see you at practice" for i in range(20)]
        posts[7] = f"post 7: call me on {PHONE}"
        files = {}
        for name, ending, bom, new in (
            ("lf", "\n", "", False),
            ("crlf", "\r\n", "", True),
            ("bom-crlf", "\r\n", "\ufeff", True),
        ):
            cid = f"lines-{name}"
            self.cases[cid] = Case(cid, "lines", "one post per line (5)", new=new)
            path = d / f"{cid}.txt"
            path.write_text(bom + ending.join(posts) + ending, "utf-8", newline="")
            files[cid] = path
        paths = [str(p) for p in files.values()]
        run = self.cli("cli scan --format jsonl", "lines", "scan", *paths, "--lines", "--format", "jsonl", "--settings",
                       str(self.settings_file), items=60)  # fmt: skip
        results = json_lines(run.out)
        for cid, path in files.items():
            mine = [r for r in results if r.get("source", "").startswith(str(path) + ":")]
            if len(mine) != 20 or sum(r["verdict"] != "ok" for r in mine) != 1:
                self.problem("lines-merged", cid, run.front, f"{len(mine)} items for 20 lines")
        out = self.work / "out" / "lines"
        run = self.cli("cli redact --out", "lines", "redact", *paths, "--lines", "--out", str(out), "--format", "jsonl",
                       "--settings", str(self.settings_file), items=60)  # fmt: skip
        for cid, path in files.items():
            copy = out / path.name
            if not copy.exists():
                self.problem("lines-merged", cid, run.front, "no clean copy")
                continue
            lines = copy.read_bytes().decode("utf-8-sig").splitlines()
            if len(lines) != 20:
                self.problem("lines-merged", cid, run.front, f"clean copy has {len(lines)} lines for 20")
            if any("PHONE" in text_leaks(line) for line in lines):
                self.problem("text-copy-leaves", cid, run.front, "clean copy still shows ['PHONE']")

    # -- inputs that make a read unbounded (point 13) ----------------------------------------------

    def inputs(self) -> None:
        d = self.work / "in" / "big"
        d.mkdir(parents=True)
        t = 60 if self.quick else 120
        scan = "cli scan --format jsonl"

        def case(cid: str, kind: str, new: bool) -> str:
            self.cases.setdefault(cid, Case(cid, "input", kind, new=new))
            return cid

        def sparse(name: str, size: int = 2 * 2**30) -> Path:
            with open(d / name, "wb") as fh:
                fh.truncate(size)
            return d / name

        jsonl = sparse("sparse-2gb.jsonl")
        cid = case("input-sparse-2gb-jsonl", "a sparse 2 GB .jsonl (13)", False)
        run = self.cli(scan, cid, "scan", str(jsonl), "--format", "jsonl", timeout=t)
        self.rss["sparse 2 GB .jsonl: scan"] = round(run.rss_mb, 1)
        self.expect_unchecked(cid, run)
        txt = sparse("sparse-2gb.txt")
        cid = case("input-sparse-2gb-txt", "a sparse 2 GB .txt (ours)", True)
        self.expect_unchecked(cid, self.cli(scan, cid, "scan", str(txt), "--format", "jsonl", timeout=t))
        for cid, kind, path, new in (
            ("input-dev-zero", "scan /dev/zero (13)", "/dev/zero", False),
            ("input-dev-urandom", "scan /dev/urandom (ours)", "/dev/urandom", True),
        ):
            if self.quick and new:
                continue
            self.expect_unchecked(
                case(cid, kind, new), self.cli(scan, cid, "scan", path, "--format", "jsonl", timeout=t)
            )
        fifo = d / "fifo.jsonl"
        os.mkfifo(fifo)
        cid = case("input-fifo", "an explicit FIFO (13)", False)
        self.expect_unchecked(cid, self.cli(scan, cid, "scan", str(fifo), "--format", "jsonl", timeout=30))
        for cid, kind, extra in (
            ("input-stdin-dev-zero", "scan - with /dev/zero on stdin (ours)", ()),
            ("input-stdin-dev-zero-lines", "scan --lines - with /dev/zero on stdin (ours)", ("--lines",)),
        ):
            if self.quick and extra:
                continue
            with open("/dev/zero", "rb") as zero:
                run = self.cli(
                    scan, case(cid, kind, True), "scan", "-", *extra, "--format", "jsonl", timeout=t, stdin=zero
                )
            self.expect_unchecked(cid, run)
        sfifo = d / "settings-fifo.toml"
        os.mkfifo(sfifo)
        settings = [
            ("input-settings-dev-zero", "--settings /dev/zero (ours)", "/dev/zero", 30),
            ("input-settings-fifo", "--settings FIFO (ours)", str(sfifo), 5 if self.quick else 10),
        ]
        if not self.quick:
            settings.append(("input-settings-sparse-2gb", "--settings, a sparse 2 GB file (ours)",
                             str(sparse("settings-2gb.toml")), t))  # fmt: skip
        for cid, kind, path, limit in settings:
            # killed at 1.1 GB: past the limit already, and growing a GB a second
            run = self.cli(scan, case(cid, kind, True), "scan", "--settings", path, "--text", "hi", timeout=limit,
                           kill_mb=1100)  # fmt: skip
            self.expect_refused(cid, run)
        png = d / "png-13000.png"
        big_png(png, 13000, 13000)
        cid = case("input-png-13000-report", "a 13000x13000 PNG for scan --report (13)", False)
        run = self.cli("cli scan --report", cid, "scan", str(png), "--report", str(self.work / "runs" / "png.html"),
                       "--format", "jsonl", timeout=t)  # fmt: skip
        self.rss["13000x13000 PNG: scan --report"] = round(run.rss_mb, 1)
        if self.quick:
            return
        many = d / "many-fields.jsonl"
        many.write_text(json.dumps({"id": 1, "text": "hi", "n": list(range(40000))}) + "\n")
        cid = case("input-jsonl-40000-fields", "a .jsonl line with 40,000 number fields (ours)", True)
        self.cli(scan, cid, "scan", str(many), "--format", "jsonl", timeout=t)
        # the slower ones: each 2 GB read takes ~7 s
        cid = case("input-sparse-2gb-jsonl-report", "a sparse 2 GB .jsonl, scan --report (13)", False)
        report = self.work / "runs" / "sparse.html"
        run = self.cli(
            "cli scan --report", cid, "scan", str(jsonl), "--report", str(report), "--format", "jsonl", timeout=t
        )
        self.rss["sparse 2 GB .jsonl: scan --report"] = round(run.rss_mb, 1)
        self.expect_unchecked(cid, run)
        self.check_report(report, run, cid)
        cid = case("input-sparse-2gb-txt-lines", "a sparse 2 GB .txt with --lines (ours)", True)
        self.expect_unchecked(cid, self.cli(scan, cid, "scan", str(txt), "--lines", "--format", "jsonl", timeout=t))
        tail = d / "sparse-2gb-tail.jsonl"
        with open(tail, "wb") as fh:
            fh.write(b'{"id": 1, "text": "hi"}\n')
            fh.seek(2 * 2**30)
            fh.write(b'\n{"id": 2, "text": "call me on ' + PHONE.encode() + b'"}\n')
        cid = case("input-sparse-2gb-jsonl-tail", "a 2 GB .jsonl line, then a post (ours)", True)
        run = self.cli(scan, cid, "scan", str(tail), "--format", "jsonl", timeout=t)
        if not any(f["kind"] == "PHONE" for r in json_lines(run.out) for f in r["findings"]):
            self.problem("text-missed", cid, run.front, "the post after the huge line was not scanned")
        out = self.work / "out" / "big"
        run = self.cli("cli redact --out", cid, "redact", str(tail), "--out", str(out), "--format", "jsonl", timeout=t)
        self.rss["sparse 2 GB .jsonl: redact --out"] = round(run.rss_mb, 1)
        copy = out / tail.name
        if copy.exists() and "PHONE" in text_leaks(copy.read_bytes()[-200:].decode("utf-8", "replace")):
            self.problem("jsonl-copy-leaves", cid, run.front, "clean copy keeps the post")
        png16 = d / "png-6300-rgba16.png"
        big_png(png16, 6300, 6300, color_type=6, depth=16)
        cid = case("input-png-6300-rgba16-report", "a 6300x6300 16-bit RGBA PNG for scan --report (ours)", True)
        run = self.cli("cli scan --report", cid, "scan", str(png16), "--report", str(self.work / "runs" / "png16.html"),
                       "--format", "jsonl", timeout=t)  # fmt: skip
        self.rss["6300x6300 RGBA16 PNG: scan --report"] = round(run.rss_mb, 1)
        self.big_photo_redacts(d, t)

    def big_photo_redacts(self, d: Path, t: float) -> None:
        """Ours: photos just under the default max_file_bytes through redact: memory is a few times the file."""
        from leakscan.settings import Settings

        limit = Settings().max_file_bytes
        size = limit - (16 << 20)  # just under the limit, so they are read, not refused
        tif = d / "tiff-near-limit.tif"
        big_tiff(tif, 16000, size // 16000)  # grey, one byte a pixel: about `size` bytes, under max_image_pixels
        pngb = d / "png-near-limit-idat.png"
        big_idat_png(pngb, size)
        mb = size >> 20
        for path, cid, kind in (
            (tif, "input-tiff-near-limit-redact", f"a {mb} MiB uncompressed TIFF with GPS, redact --out (ours)"),
            (pngb, "input-png-near-limit-redact", f"a {mb} MiB PNG (one IDAT) with an owner, redact --out (ours)"),
        ):
            self.cases[cid] = Case(cid, "input", kind, new=True)
            run = self.cli("cli redact --out", cid, "redact", str(path), "--out", str(self.work / "out" / cid),
                           "--format", "jsonl", timeout=t)  # fmt: skip
            self.rss[f"{cid}"] = round(run.rss_mb, 1)
            cid2 = cid.replace("-redact", "-scan-report")
            self.cases[cid2] = Case(cid2, "input", kind.replace("redact --out", "scan --report"), new=True)
            run = self.cli("cli scan --report", cid2, "scan", str(path), "--report", str(self.work / "runs" / f"{cid}.html"),
                           "--format", "jsonl", timeout=t)  # fmt: skip
            self.rss[cid2] = round(run.rss_mb, 1)

    def expect_unchecked(self, cid: str, run: Run) -> None:
        """An unbounded input must end as an error line (exit 2), never as checked."""
        if run.timed_out or run.killed_for_memory:
            return
        results = json_lines(run.out)
        if run.rc == 0:
            self.problem("exit-0-unchecked", cid, run.front, "exit 0")
        for r in results:
            if r.get("verdict") == "ok":
                self.problem("ok-unchecked", cid, run.front, "an item of it reads ok")

    def expect_refused(self, cid: str, run: Run) -> None:
        if run.timed_out or run.killed_for_memory:
            return
        if run.rc == 0:
            self.problem("exit-0-unchecked", cid, run.front, "exit 0 with settings that cannot be read")

    # -- output paths (point 15) and re-runs (point 6) -------------------------------------------------

    def out_paths(self) -> None:
        base = self.work / "in" / "paths"
        outside = self.work / "outside"
        outside.mkdir()
        photo = sc.jpeg(sc.app1_exif())

        def scenario(cid: str, kind: str, new: bool) -> tuple[Path, Path]:
            self.cases[cid] = Case(cid, "paths", kind, new=new)
            src, out = base / cid / "src", base / cid / "out"
            src.mkdir(parents=True)
            out.mkdir(parents=True)
            return src, out

        def redact(cid: str, out: Path, *paths: Path, extra: tuple[str, ...] = ()) -> Run:
            snap = snapshot(self.work, exclude=[out, self.work / "runs"])
            run = self.cli("cli redact --out (paths)", cid, "redact", *map(str, paths), "--out", str(out), "--format", "jsonl",
                           *extra, items=len(paths))  # fmt: skip
            self.check_outside(snap, [out, self.work / "runs"], run.front, cid)
            return run

        # a folder symlink inside --out (issue), a file symlink, a dangling one, a hard link (ours)
        src, out = scenario("paths-dir-symlink-in-out", "symlink to a folder inside --out (15)", False)
        (src / "sub").mkdir()
        (src / "sub" / "p.jpg").write_bytes(photo)
        (outside / "d1").mkdir()
        (out / "sub").symlink_to(outside / "d1")
        self.expect_refusal("paths-dir-symlink-in-out", redact("paths-dir-symlink-in-out", out, src))
        for cid, kind, make in (
            ("paths-file-symlink-in-out", "a file symlink at the copy's name (ours)", "file"),
            ("paths-dangling-symlink-in-out", "a dangling symlink at the copy's name (ours)", "dangling"),
            ("paths-hardlink-in-out", "a hard link at the copy's name (ours)", "hard"),
            ("paths-jsonl-symlink-in-out", "a symlink at a .jsonl copy's name (ours)", "jsonl"),
            ("paths-txt-symlink-in-out", "a symlink at a .txt copy's name (ours)", "txt"),
        ):
            if self.quick and make not in ("file", "jsonl"):
                continue
            src, out = scenario(cid, kind, True)
            name = {"jsonl": "p.jsonl", "txt": "p.txt"}.get(make, "p.jpg")
            if make == "jsonl":
                (src / name).write_text(json.dumps({"id": 1, "text": f"call {PHONE}"}) + "\n")
            elif make == "txt":
                (src / name).write_text(f"call {PHONE}\n")
            else:
                (src / name).write_bytes(photo)
            target = outside / f"{cid}.target"
            if make != "dangling":
                target.write_bytes(b"victim\n")
            if make == "hard":
                os.link(target, out / name)
            else:
                (out / name).symlink_to(target)
            run = redact(cid, out, src)
            if make == "dangling" and target.exists():
                self.problem("followed-link", cid, run.front, "a file was created through a dangling symlink")
            elif make != "dangling" and target.read_bytes() != b"victim\n":
                self.problem("followed-link", cid, run.front, "the file outside --out was changed")
            if make != "hard":
                self.expect_refusal(cid, run)
        # same-named inputs (issue) and same-named folders (ours)
        src, out = scenario("paths-same-named-files", "two inputs with the same name (15)", False)
        for sub, data in (("a", photo), ("b", sc.jpeg(sc.app1_exif(sc.exif_tiff(gps=False))))):
            (src / sub).mkdir()
            (src / sub / "p.jpg").write_bytes(data)
        run = redact("paths-same-named-files", out, src / "a" / "p.jpg", src / "b" / "p.jpg")
        self.expect_no_overwrite("paths-same-named-files", run, 2)
        src, out = scenario("paths-same-named-folders", "two input folders with the same name (ours)", True)
        for sub in ("a", "b"):
            (src / sub / "pics").mkdir(parents=True)
            (src / sub / "pics" / "p.jpg").write_bytes(photo)
        run = redact("paths-same-named-folders", out, src / "a" / "pics", src / "b" / "pics")
        self.expect_no_overwrite("paths-same-named-folders", run, 2)
        if not self.quick:
            src, out = scenario(
                "paths-file-and-folder-same-name", "a file and a folder with the same name (ours)", True
            )
            (src / "a").mkdir()
            (src / "a" / "pics").write_text(f"call {PHONE}\n")
            (src / "b" / "pics").mkdir(parents=True)
            (src / "b" / "pics" / "p.jpg").write_bytes(photo)
            run = redact("paths-file-and-folder-same-name", out, src / "a" / "pics", src / "b" / "pics")
            self.expect_no_overwrite("paths-file-and-folder-same-name", run, 2)
        # --in-place given a symlink (ours): the file it points to must not be replaced behind the user's back
        cid = "paths-inplace-symlink"
        src, out = scenario(cid, "--in-place on a symlink to a file elsewhere (ours)", True)
        target = outside / "inplace-target.jpg"
        target.write_bytes(photo)
        (src / "p.jpg").symlink_to(target)
        run = self.cli("cli redact --in-place", cid, "redact", str(src / "p.jpg"), "--in-place", "--format", "jsonl")
        if (src / "p.jpg").is_symlink() and target.read_bytes() == photo and run.rc == 0:
            self.problem("exit-0-unchecked", cid, run.front, "exit 0, the photo was left with its GPS")
        # --report through a symlink (ours)
        cid = "paths-report-symlink"
        src, out = scenario(cid, "--report path is a symlink to a file elsewhere (ours)", True)
        (src / "p.jpg").write_bytes(photo)
        victim = outside / "report-victim.html"
        victim.write_text("victim\n")
        (out / "report.html").symlink_to(victim)
        run = self.cli(
            "cli scan --report", cid, "scan", str(src), "--report", str(out / "report.html"), "--format", "jsonl"
        )
        if victim.read_text() != "victim\n":
            self.problem("followed-link", cid, run.front, "the report was written through a symlink")
        self.reruns()

    def expect_refusal(self, cid: str, run: Run) -> None:
        if run.rc == 0:
            self.problem("exit-0-unchecked", cid, run.front, "exit 0 although a copy could not be written")

    def expect_no_overwrite(self, cid: str, run: Run, inputs: int) -> None:
        results = json_lines(run.out)
        outputs = [(r.get("redaction") or {}).get("output") for r in results]
        written = [o for o in outputs if o]
        if len(set(written)) < len(written):
            self.problem("overwritten", cid, run.front, f"{len(written)} copies reported at {len(set(written))} paths")
        errors = sum((r.get("redaction") or {}).get("action") == "error" for r in results)
        if errors and run.rc == 0:
            self.problem("exit-0-unchecked", cid, run.front, "exit 0 with an input not redacted")

    def reruns(self) -> None:
        """Issue 13 point 6 (and ours): a re-run into the same --out with other options redoes the copy."""
        base = self.work / "in" / "rerun"
        for cid, kind, first, second, new in (
            ("rerun-full-then-gps", "--only gps into a --out made by a full strip (6)", (), ("--only", "gps"), False),
            ("rerun-gps-then-full", "a full strip into a --out made by --only gps (ours)", ("--only", "gps"), (), True),
            ("rerun-keep-then-drop-icc", "--drop-icc into a --out made without it (ours)", (), ("--drop-icc",), True),
        ):
            if self.quick and new:
                continue
            self.cases[cid] = Case(cid, "rerun", kind, new=new)
            src = base / cid
            src.mkdir(parents=True)
            (src / "p.jpg").write_bytes(sc.jpeg(sc.app1_exif(), sc.segment(0xFE, f"call me {PHONE}".encode())))
            out = self.work / "out" / cid
            self.cli(
                "cli redact --out (re-run)", cid, "redact", str(src), "--out", str(out), "--format", "jsonl", *first
            )
            run = self.cli(
                "cli redact --out (re-run)", cid, "redact", str(src), "--out", str(out), "--format", "jsonl", *second
            )
            results = json_lines(run.out)
            red = (results[0].get("redaction") or {}) if results else {}
            copy = out / "p.jpg"
            seen = exif_sees(exiftool([copy]).get(str(copy.resolve()))) if copy.exists() else set()
            held = {h.get("kind") for h in red.get("still_holds") or ()}
            if red.get("action") == "up-to-date" and first != second:
                self.problem("stale-copy", cid, run.front, "'already up to date' with other options")
            unreported = {w for w in seen - GPS_BANNED if not (HELD_AS[w] & held)}
            if unreported:
                self.problem("holds-unreported", cid, run.front, f"copy holds {sorted(unreported)}, not in still_holds")

    # -- pty, missing paths (points 1 and 2) ------------------------------------------------------------

    def names(self) -> None:
        """Ours: photos whose file name is the value (a clean copy keeps its name)."""
        d = self.work / "in" / "names"
        d.mkdir(parents=True)
        photo = sc.jpeg()
        cases = {}
        for cid, name, want, new in (
            ("name-phone-dashes", "217-555-0134.jpg", "PHONE", True),
            ("name-phone-parens", "(217) 555-0134.jpg", "PHONE", True),
            ("name-phone-plus-spaces", "+1 217 555 0134.jpg", "PHONE", True),
            ("name-phone-dots", "217.555.0134.jpg", "PHONE", True),
            ("name-phone-digits", "2175550134.jpg", "PHONE", True),
            ("name-phone-underscores", "call_217_555_0134.jpg", "PHONE", False),
            ("name-email", "emma.j2013@gmail.com.jpg", "EMAIL", True),
            ("name-known-name", "zara_kowalski.jpg", "NAME", True),
        ):
            self.cases[cid] = Case(cid, "names", "a photo named after a value", new=new, planted={want})
            (d / name).write_bytes(photo)
            cases[name] = cid
        kinds = {"PHONE": {"PHONE"}, "EMAIL": {"EMAIL"}, "NAME": {"PERSON"}}
        run = self.cli("cli scan --format jsonl", "names", "scan", str(d), "--format", "jsonl", "--settings",
                       str(self.settings_file), items=len(cases), names_hold_values=True)  # fmt: skip
        for r in json_lines(run.out):
            cid = cases.get(Path(r["source"]).name)
            if cid is None:
                continue
            want = next(iter(self.cases[cid].planted))
            if not kinds[want] & {f["kind"] for f in r["findings"]} and not r.get("error"):
                self.problem("scan-missed", cid, run.front, f"missed {want} in the file name, verdict {r['verdict']}")
        out = self.work / "out" / "names"
        run = self.cli("cli redact --out", "names", "redact", str(d), "--out", str(out), "--format", "jsonl", "--settings",
                       str(self.settings_file), items=len(cases), names_hold_values=True)  # fmt: skip
        for r in json_lines(run.out):
            cid = cases.get(Path(r["source"]).name)
            red = r.get("redaction") or {}
            if cid is None or not red.get("output"):
                continue
            want = next(iter(self.cases[cid].planted))
            held = {h.get("kind") for h in red.get("still_holds") or ()}
            if Path(red["output"]).exists() and not kinds[want] & held:
                self.problem(
                    "holds-unreported", cid, run.front, f"the copy keeps its name ({want}), not in still_holds"
                )

    def cli_misc(self) -> None:
        d = self.work / "in" / "misc"
        d.mkdir(parents=True)
        cid = "cli-missing-path"
        self.cases[cid] = Case(cid, "cli", "a missing path (2)")
        report = self.work / "runs" / "missing.html"
        run = self.cli(
            "cli scan --report", cid, "scan", str(d / "missing"), "--report", str(report), "--format", "jsonl"
        )
        self.expect_unchecked(cid, run)
        self.check_report(report, run, cid)
        cid = "cli-fifo-in-folder"
        self.cases[cid] = Case(cid, "cli", "a FIFO named .jpg in a folder (ours)", new=True)
        (d / "walk").mkdir()
        os.mkfifo(d / "walk" / "photo.jpg")
        run = self.cli("cli scan --format jsonl", cid, "scan", str(d / "walk"), "--format", "jsonl", timeout=30)
        self.expect_unchecked(cid, run)
        cid = "cli-empty-jpg"
        self.cases[cid] = Case(cid, "cli", "an empty .jpg (2)")
        (d / "empty.jpg").write_bytes(b"")
        run = self.cli("cli scan --format jsonl", cid, "scan", str(d / "empty.jpg"), "--format", "jsonl")
        self.expect_unchecked(cid, run)
        # redact --format jsonl with stderr on a terminal (point 1)
        cid = "cli-redact-jsonl-pty"
        self.cases[cid] = Case(cid, "cli", "redact --format jsonl, stderr a terminal (1)")
        (d / "posts").mkdir()
        for i in range(30):
            (d / "posts" / f"p{i}.txt").write_text(f"post {i}: call me on {PHONE}\n" if i % 3 == 0 else f"post {i}\n")
        run = self.cli("cli redact --out", cid, "redact", str(d / "posts"), "--out", str(self.work / "out" / "pty"),
                       "--format", "jsonl", items=30, stderr_tty=True)  # fmt: skip
        if len(json_lines(run.out)) != 30:
            self.problem("lost-lines", cid, run.front, f"{len(json_lines(run.out))} of 30 lines on stdout")

    # -- the service (point 14 and the photos and posts) ----------------------------------------------

    def service(self) -> None:
        import httpx

        log = self.work / "runs" / "server.log"
        env_keep = {k: os.environ.get(k) for k in ("LEAKSCAN_HEADER_TIMEOUT", "LEAKSCAN_BODY_TIMEOUT")}
        os.environ["LEAKSCAN_HEADER_TIMEOUT"] = "2"
        os.environ["LEAKSCAN_BODY_TIMEOUT"] = "3"
        server = ServerProcess(1, log)
        try:
            t0 = time.monotonic()
            server.wait_ready()
            self.notes.append(f"service ready in {time.monotonic() - t0:.1f} s (header timeout 2 s, body timeout 3 s)")
            peak = [server.rss_mb()]
            with httpx.Client(base_url=server.url, timeout=60) as client:
                self.http_photos(client, server, peak)
                self.http_texts(client)
                self.http_requests(client, server)
                peak.append(server.rss_mb())
            f = self.front("http service")
            f.rss_mb = max(f.rss_mb, *peak)
            f.runs, f.wall = 1, time.monotonic() - t0
            self.rss["http service (1 worker)"] = round(f.rss_mb, 1)
        finally:
            server.stop()
            for k, v in env_keep.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        text = log.read_text("utf-8", "replace")
        if "Traceback" in text:
            self.problem("log-traceback", "service", "http service", "the log holds a traceback")
        leaks = plain_leaks(text)
        if leaks:
            self.problem("value-in-error", "service", "http service", f"the log holds {sorted(leaks)}")

    def http_photos(self, client: Any, server: ServerProcess, peak: list[float]) -> None:
        f = self.front("http service")
        out = self.work / "out" / "http"
        out.mkdir(parents=True)
        (out / "gps").mkdir()
        copies: dict[tuple[str, bool], tuple[Path, bool | None]] = {}
        for i, c in enumerate(self.photos):
            data = c.data or b""
            r = client.post("/v1/check", files={"images": (c.file, data, "application/octet-stream")})
            f.items += 1
            self.http_status(c.id, "/v1/check", r)
            if r.status_code == 200:
                body = r.json()
                self.check_scan_result(c, body["images"][0], "http /v1/check")
                if body["images"][0].get("error") and body["verdict"] == "ok":
                    self.problem("ok-unchecked", c.id, "http /v1/check", "post verdict ok")
            for only_gps in (False, True) if not self.quick else (False,):
                query = "?format=json&only=gps" if only_gps else "?format=json"
                r = client.post(
                    "/v1/clean-image" + query, content=data, headers={"content-type": "application/octet-stream"}
                )
                f.items += 1
                self.http_status(c.id, "/v1/clean-image", r)
                if r.status_code != 200:
                    continue
                body = r.json()
                if body.get("error") and body.get("verdict") == "ok":
                    self.problem("ok-unchecked", c.id, "http /v1/clean-image", "verdict ok with an error")
                img = body.get("image") or {}
                if img.get("data"):
                    path = out / ("gps" if only_gps else "") / c.file
                    path.write_bytes(base64.b64decode(img["data"]))
                    copies[(c.id, only_gps)] = (path, img.get("lossless"))
            if i % 20 == 0:
                peak.append(server.rss_mb())
        recs = exiftool([p for (cid, _), (p, _) in copies.items() if self.cases[cid].oracle])
        for (cid, only_gps), (path, lossless) in copies.items():
            front = "http /v1/clean-image" + ("?only=gps" if only_gps else "")
            self.check_copy(self.cases[cid], path, recs.get(str(path.resolve())), front, only_gps=only_gps,
                            lossless=lossless)  # fmt: skip

    def http_status(self, cid: str, front: str, r: Any) -> None:
        if r.status_code >= 500:
            self.problem("http-status", cid, "http " + front, f"answered {r.status_code}")
        if r.status_code >= 400:
            leaks = plain_leaks(r.text)
            if leaks:
                self.problem("value-in-error", cid, "http " + front, f"error body holds {sorted(leaks)}")
        for k, v in r.headers.items():
            if k.lower().startswith("x-leakscan-error") and plain_leaks(v):
                self.problem("value-in-error", cid, "http " + front, "X-Leakscan-Error holds a value")

    def http_texts(self, client: Any) -> None:
        f = self.front("http service")
        for c in self.texts:
            if c.family != "text":
                continue
            r = client.post("/v1/check", json={"text": c.text, "settings": SETTINGS})
            f.items += 1
            self.http_status(c.id, "/v1/check", r)
            if r.status_code == 200:
                self.check_post_text(c, r.json(), "http /v1/check")

    def http_requests(self, client: Any, server: ServerProcess) -> None:
        """Request-level attacks: forms, charsets, duplicates, values in keys, slow clients."""
        f = self.front("http service")
        boundary = "XyZ-bound"

        def form(*parts: tuple[str, bytes, str | None, str | None], close: bool = True, tail: bytes = b"") -> bytes:
            body = b""
            for name, data, ctype, filename in parts:
                disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
                body += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
                if ctype:
                    body += f"Content-Type: {ctype}\r\n".encode()
                body += b"\r\n" + data + b"\r\n"
            return body + (f"--{boundary}--\r\n".encode() if close else tail)

        ct = {"content-type": f"multipart/form-data; boundary={boundary}"}
        post = f"call me on {PHONE}"
        photo = sc.jpeg(sc.app1_exif())
        # (id, kind, new, body, headers, expectation): "refused" = 4xx; "found" = 200 with a PHONE, or 4xx
        reqs: list[tuple[str, str, bool, bytes, dict[str, str], str]] = [
            ("http-form-no-closing-boundary", "multipart without its closing boundary (14)", False,
             form(("text", b"hi", None, None), ("images", photo, "image/jpeg", "p.jpg"), close=False), ct, "refused"),
            ("http-form-cut-in-text", "multipart cut inside the text part (ours)", True,
             form(("text", post.encode(), None, None), close=False)[:-10], ct, "refused"),
            ("http-form-closing-without-dashes", "multipart ending with a plain delimiter (ours)", True,
             form(("text", post.encode(), None, None), close=False, tail=f"--{boundary}\r\n".encode()), ct, "refused"),
            ("http-form-utf16-bom", "UTF-16 text part with a BOM (14)", False,
             form(("text", post.encode("utf-16"), "text/plain; charset=utf-16", None)), ct, "found"),
            ("http-form-utf16le-no-bom", "UTF-16LE text part, charset only (ours)", True,
             form(("text", post.encode("utf-16-le"), "text/plain; charset=utf-16le", None)), ct, "found"),
            ("http-form-utf16-no-bom-le", "UTF-16 label, little-endian bytes, no BOM (ours)", True,
             form(("text", post.encode("utf-16-le"), "text/plain; charset=utf-16", None)), ct, "found"),
            ("http-form-utf32-bom", "UTF-32 text part with a BOM (ours)", True,
             form(("text", post.encode("utf-32"), None, None)), ct, "found"),
            ("http-form-utf7", "UTF-7 text part (ours)", True,
             form(("text", post.encode("utf-7"), "text/plain; charset=utf-7", None)), ct, "found"),
            ("http-form-duplicate-text", "two text fields, the first holds the number (ours)", True,
             form(("text", post.encode(), None, None), ("text", b"hi", None, None)), ct, "found"),
            ("http-form-text-as-file", "the post sent as a .txt file part (ours)", True,
             form(("text", post.encode(), "text/plain", "post.txt")), ct, "refused"),
            ("http-form-base64-cte", "a text part with Content-Transfer-Encoding base64 (ours)", True,
             form(("text", base64.b64encode(post.encode()), "text/plain\r\nContent-Transfer-Encoding: base64", None)), ct, "refused"),
            ("http-json-duplicate-text", "JSON with the text key twice (ours)", True,
             ('{"text": "' + post + '", "text": "hi"}').encode(), {"content-type": "application/json"}, "found"),
            ("http-json-text-nul", "JSON text with NULs between the digits (ours)", True,
             json.dumps({"text": post.replace(" ", "\u0000")}).encode(), {"content-type": "application/json"}, "found"),
        ]  # fmt: skip
        for cid, kind, new, body, headers, expect in reqs:
            self.cases[cid] = Case(cid, "http", kind, new=new)
            r = client.post("/v1/check", content=body, headers=headers)
            f.items += 1
            self.http_status(cid, "/v1/check", r)
            if expect == "refused" and r.status_code == 200:
                self.problem("http-status", cid, "http /v1/check", "answered 200 (checked) instead of refusing")
            if expect == "found" and r.status_code == 200:
                kinds = {x["kind"] for x in r.json()["text"]["findings"]}
                if "PHONE" not in kinds:
                    self.problem("text-missed", cid, "http /v1/check", f"200, verdict {r.json()['verdict']}, no PHONE")
        # values in keys and settings: the error body must never quote them (point 14)
        echo: list[tuple[str, str, str, dict[str, Any] | bytes, dict[str, str]]] = [
            ("http-echo-unknown-key", "unknown JSON key holding a value (14)", "/v1/check", {"text": "hi", post: 1}, {}),
            ("http-echo-settings-key", "unknown settings key holding a value (14)", "/v1/check",
             {"text": "hi", "settings": {EMAIL: 1}}, {}),
            ("http-echo-region", "region value (14)", "/v1/check", {"text": "hi", "settings": {"regions": [post]}}, {}),
            ("http-echo-scanner", "scanner value (14)", "/v1/check", {"text": "hi", "settings": {"scanners": [NAME]}}, {}),
            ("http-echo-severity", "severity value (ours)", "/v1/check",
             {"text": "hi", "settings": {"severity": {"PHONE": post}}}, {}),
            ("http-echo-severity-key", "severity key (ours)", "/v1/check", {"text": "hi", "settings": {"severity": {post: "low"}}}, {}),
            ("http-echo-ignore-kinds", "ignore_kinds value (ours)", "/v1/check", {"text": "hi", "settings": {"ignore_kinds": [post]}}, {}),
            ("http-echo-known-key", "known key (ours)", "/v1/check", {"text": "hi", "settings": {"known": {NAME: ["x"]}}}, {}),
            ("http-echo-known-type", "known value of a wrong type (ours)", "/v1/check",
             {"text": "hi", "settings": {"known": {"names": {NAME: 1}}}}, {}),
            ("http-echo-style", "style value (ours)", "/v1/check", {"text": "hi", "style": post}, {}),
            ("http-echo-text-type", "text of a wrong type (ours)", "/v1/check", {"text": {post: NAME}}, {}),
            ("http-echo-images-b64", "an image that is not base64 (ours)", "/v1/check", {"text": "hi", "images": [post]}, {}),
            ("http-echo-query", "query value (ours)", f"/v1/clean-image?only={PHONE.replace(' ', '')}", photo,
             {"content-type": "image/jpeg"}),
            ("http-echo-query-key", "query key (ours)", f"/v1/clean-image?{NAME.replace(' ', '')}=1", photo,
             {"content-type": "image/jpeg"}),
            ("http-echo-form-field", "unknown form field named like a value (ours)", "/v1/check",
             form((post, b"x", None, None)), ct),
            ("http-echo-form-settings", "form settings with a bad key (ours)", "/v1/check",
             form(("settings", json.dumps({post: 1}).encode(), None, None)), ct),
            ("http-echo-form-clean-flag", "form clean_images holding a value (ours)", "/v1/check",
             form(("clean_images", post.encode(), None, None)), ct),
            ("http-echo-boundary", "a boundary holding a value (ours)", "/v1/check", b"garbage" + post.encode(),
             {"content-type": f"multipart/form-data; boundary={PHONE.replace(' ', '-')}"}),
            ("http-echo-charset", "an unknown charset named like a value (ours)", "/v1/check",
             form(("text", b"hi", f"text/plain; charset={NAME.replace(' ', '')}", None)), ct),
            ("http-echo-bad-utf8", "a text part that is not UTF-8 around a value (ours)", "/v1/check",
             form(("text", b"\xff" + post.encode(), None, None)), ct),
            ("http-echo-content-type", "a content type holding a value (ours)", "/v1/check", post.encode(),
             {"content-type": f"text/{NAME.replace(' ', '')}"}),
        ]  # fmt: skip
        for cid, kind, path, payload, headers in echo:
            self.cases[cid] = Case(cid, "http", kind, new="(ours)" in kind)
            if isinstance(payload, dict):
                r = client.post(path, json=payload)
            else:
                r = client.post(path, content=payload, headers=headers)
            f.items += 1
            self.http_status(cid, path.split("?")[0], r)
            if r.status_code == 200 and cid != "http-echo-query-key":
                self.problem("http-status", cid, "http " + path.split("?")[0], "answered 200 to a bad request")
        self.http_slow(server)

    def http_slow(self, server: ServerProcess) -> None:
        """Slow headers (point 14), slow bodies and a client that goes away (ours)."""
        import httpx

        f = self.front("http service")
        cid = "http-slow-headers"
        self.cases[cid] = Case(cid, "http", "slow-header connections (14)")
        n = 150
        socks = []
        for _ in range(n):
            s = socket.create_connection((HOST, server.port))
            s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        f.items += n
        t0 = time.monotonic()
        answered = None
        with contextlib.suppress(httpx.HTTPError), httpx.Client(base_url=server.url, timeout=10) as c:
            r = c.post("/v1/check", json={"text": "hi"})
            answered = time.monotonic() - t0 if r.status_code == 200 else None
        if answered is None or answered > 2:
            self.problem("slow-headers", cid, "http service", "a normal request was not answered within 2 s")
        stop = time.monotonic() + 4
        while time.monotonic() < stop:  # keep them trickling one header byte a second
            for s in socks:
                with contextlib.suppress(OSError):
                    s.sendall(b"X")
            time.sleep(1)
        still = 0
        for s in socks:
            s.settimeout(0.5)
            try:
                data = s.recv(256)
                if data and b" 408 " not in data.split(b"\r\n", 1)[0]:
                    still += 1
            except TimeoutError:
                still += 1
            except OSError:
                pass
            s.close()
        if still:
            self.problem(
                "slow-headers",
                cid,
                "http service",
                f"{still} of {n} slow-header connections still open 4 s past the header timeout",
            )
        # a slow body, a chunked body that never ends, a client that goes away mid-body
        for cid, kind, head, trickle in (
            ("http-slow-body", "a body sent one byte a second (ours)",
             b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n", b"{"),
            ("http-endless-chunked", "a chunked body that never ends (ours)",
             b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
             b"1\r\n \r\n"),
        ):  # fmt: skip
            self.cases[cid] = Case(cid, "http", kind, new=True)
            s = socket.create_connection((HOST, server.port))
            s.sendall(head)
            t0 = time.monotonic()
            answer = b""
            s.settimeout(0.2)
            while time.monotonic() - t0 < 8 and not answer:
                with contextlib.suppress(OSError):
                    s.sendall(trickle)
                with contextlib.suppress(TimeoutError, OSError):
                    answer = s.recv(256)
                time.sleep(0.3)
            s.close()
            f.items += 1
            if not answer.startswith(b"HTTP/1.1 408"):
                self.problem("hang" if not answer else "http-status", cid, "http service",
                             "no 408 within 8 s" if not answer else "answered other than 408")  # fmt: skip
        cid = "http-client-goes-away"
        self.cases[cid] = Case(cid, "http", "a client that disconnects mid-body (14)")
        for _ in range(5):
            s = socket.create_connection((HOST, server.port))
            s.sendall(
                b'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"te'
            )
            s.close()
        f.items += 5
        time.sleep(0.5)

    # -- outside --out ----------------------------------------------------------------------------------

    def check_outside(self, before: dict[str, tuple[int, int]], exclude: list[Path], front: str, label: str) -> None:
        after = snapshot(self.work, exclude=exclude)
        for path, sig in after.items():
            if before.get(path) != sig:
                self.problem(
                    "wrote-outside", label, front, f"{'changed' if path in before else 'created'}: a file outside --out"
                )

    # -- the whole run ------------------------------------------------------------------------------------

    def run(self) -> int:
        t0 = time.monotonic()
        (self.work / "runs").mkdir(parents=True, exist_ok=True)
        (self.work / "out").mkdir(parents=True, exist_ok=True)
        self.build()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("oracle", self.photo_oracle),
            ("cli-photos", self.cli_photos),
            ("cli-posts", self.cli_texts),
            ("cli-misc", self.cli_misc),
            ("names", self.names),
            ("out-paths", self.out_paths),
            ("inputs", self.inputs),
            ("api", self.api),
            ("service", self.service),
        ]
        for name, step in steps:
            if self.steps is not None and name not in self.steps and name != "oracle":
                continue
            t = time.monotonic()
            print(f"[{time.monotonic() - t0:6.1f} s] {name}...", file=sys.stderr, flush=True)
            step()
            self.notes.append(f"{name}: {time.monotonic() - t:.1f} s")
        self.wall = time.monotonic() - t0
        return self.report()

    def report(self) -> int:
        rows = []
        for f in sorted(self.fronts.values(), key=lambda f: f.name):
            n = sum(1 for p in self.problems if front_group(p.front) == f.name)
            rows.append([f.name, f.items, f.runs, n, f"{f.rss_mb:.0f}", f"{f.wall:.1f}"])
        by_front: dict[str, int] = {}
        for p in self.problems:
            by_front[p.front] = by_front.get(p.front, 0) + 1
        print(md_table(["front end", "files/requests", "runs", "problems", "peak RSS MB", "wall s"], rows))
        print()
        print("problems by front end: " + (", ".join(f"{k} {v}" for k, v in sorted(by_front.items())) or "none"))
        print()
        for p in sorted(self.problems, key=lambda p: (p.id, p.case, p.front)):
            print(f"- {p.id} | {p.case} | {p.kind} | {p.front} | {p.what}")
        inputs = {c.id for c in self.cases.values()}
        bad = {p.case for p in self.problems}
        new = sum(c.new for c in self.cases.values())
        partial = f" (steps: {', '.join(sorted(self.steps))})" if self.steps else ""
        print()
        print(
            f"{len(self.problems)} problems in {len(bad)} of {len(inputs)} inputs/requests ({new} of them our own "
            f"variants){partial}; worst peak RSS {max((f.rss_mb for f in self.fronts.values()), default=0):.0f} MB; "
            f"{self.wall:.0f} s"
        )
        for k in sorted(self.rss):
            print(f"  peak RSS {k}: {self.rss[k]:.0f} MB")
        write_json(
            "hostile.json",
            {
                "quick": self.quick,
                "only": self.only,
                "wall_s": round(self.wall, 1),
                "inputs": len(inputs),
                "new_variants": new,
                "problems": [asdict(p) for p in self.problems],
                "fronts": [asdict(f) for f in self.fronts.values()],
                "peak_rss_mb": self.rss,
                "runs": self.runs,
                "cases": [{"id": c.id, "family": c.family, "kind": c.kind, "new": c.new} for c in self.cases.values()],
                "notes": self.notes,
            },
        )
        return 1 if self.problems else 0


def line_leaks(body: bytes) -> set[str]:
    """Planted values in one .jsonl line: every key and value of its record (numbers as written),
    or the raw line when it is not JSON."""
    text = body.decode("utf-8", "replace")
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        return text_leaks(text) | plain_leaks(text)
    found: set[str] = set()
    stack = [record]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                found |= text_leaks(k) | plain_leaks(k)
                stack.append(v)
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            found |= text_leaks(value) | plain_leaks(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found |= text_leaks(repr(value))
    return found


#: The steps of a run, in order (``--steps`` picks some; the oracle always runs).
STEPS = ("cli-photos", "cli-posts", "cli-misc", "names", "out-paths", "inputs", "api", "service")


def front_group(front: str) -> str:
    """The table row a problem's front end is counted in."""
    if front.startswith("http"):
        return "http service"
    if front.startswith("python API"):
        return "python API"
    return front


def md_table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def snapshot(root: Path, exclude: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` but ``exclude`` (no link followed): (size, mtime_ns)."""
    skip = [str(p.resolve()) for p in exclude]
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if any(dirpath == s or dirpath.startswith(s + os.sep) for s in skip):
            dirnames[:] = []
            continue
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            path = os.path.join(dirpath, name)
            with contextlib.suppress(OSError):
                s = os.lstat(path)
                out[path] = (s.st_size, s.st_mtime_ns)
    return out


# -- big files, built without holding them in memory ------------------------------------------------


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def big_png(path: Path, w: int, h: int, *, color_type: int = 2, depth: int = 8) -> None:
    """A real, decodable PNG of ``w`` x ``h`` black pixels, compressed as it is written."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    row = b"\x00" + bytes(w * channels * depth // 8)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, 0)))
        co = zlib.compressobj(9)
        buf = bytearray()
        for _ in range(h):
            buf += co.compress(row)
            if len(buf) > 1 << 20:
                f.write(_png_chunk(b"IDAT", bytes(buf)))
                buf.clear()
        buf += co.flush()
        f.write(_png_chunk(b"IDAT", bytes(buf)))
        f.write(_png_chunk(b"tEXt", b"Author\x00" + OWNER.encode()))
        f.write(_png_chunk(b"IEND", b""))


def big_idat_png(path: Path, size: int) -> None:
    """A PNG with one IDAT chunk of ``size`` zero bytes (a hole on disk) and an Author."""
    crc = zlib.crc32(b"IDAT")
    block = bytes(1 << 20)
    for _ in range(size >> 20):
        crc = zlib.crc32(block, crc)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 4096, 4096, 8, 2, 0, 0, 0)))
        f.write(_png_chunk(b"tEXt", b"Author\x00" + OWNER.encode()))
        f.write(struct.pack(">I", size) + b"IDAT")
        f.seek(size, os.SEEK_CUR)
        f.write(struct.pack(">I", crc & 0xFFFFFFFF) + _png_chunk(b"IEND", b""))


def big_tiff(path: Path, w: int, h: int) -> None:
    """An uncompressed grey TIFF whose one strip is a hole on disk, with GPS and an owner."""
    b = st.TiffBuilder("<")
    strip = 1 << 16
    entries = [
        (256, st.LONG, (w,)),
        (257, st.LONG, (h,)),
        (258, st.SHORT, (8,)),
        (259, st.SHORT, (1,)),
        (262, st.SHORT, (1,)),
        (273, st.LONG, (strip,)),
        (277, st.SHORT, (1,)),
        (278, st.LONG, (h,)),
        (279, st.LONG, (w * h,)),
    ]
    b.set_first(b.ifd(entries + st.identifying(b)))
    with open(path, "wb") as f:
        f.write(b.bytes())
        f.truncate(strip + w * h)


# -- the API worker (a subprocess of the benchmark) ----------------------------------------------------


def api_worker(task_file: Path, result_file: Path) -> None:
    """Run the API tasks one by one; one JSON line per task, flushed (a hang names its task)."""
    from leakscan import check_post
    from leakscan.errors import LeakscanError
    from leakscan.media.base import StripOptions
    from leakscan.photos import scan_image
    from leakscan.redact.image import clean_image_bytes

    tasks = json.loads(task_file.read_text())
    with open(result_file, "w") as out:
        for task in tasks:
            t0 = time.monotonic()
            res: dict[str, Any] = {}
            try:
                op = task["op"]
                if op == "scan_image":
                    res["result"] = scan_image(task["path"]).to_dict()
                elif op == "scan_image_bytes":
                    res["result"] = scan_image(Path(task["path"]).read_bytes()).to_dict()
                elif op in ("check_post", "check_post_clean"):
                    images: list[Any] = [*task["images"], *(base64.b64decode(b) for b in task.get("images_b64", ()))]
                    check = check_post(task["text"], images, settings=SETTINGS, clean_images=op == "check_post_clean")
                    d = check.to_dict()
                    for c in d.get("cleaned_images") or ():
                        c["data"] = None
                    res["result"] = d
                elif op == "clean_image_bytes":
                    clean = clean_image_bytes(Path(task["path"]).read_bytes(), StripOptions(only_gps=task["only_gps"]))
                    Path(task["out"]).write_bytes(clean.data)
                    res.update(lossless=clean.lossless, changed=clean.changed)
            except Exception as exc:
                res["raised"] = type(exc).__name__
                res["leakscan_error"] = isinstance(exc, LeakscanError)
                res["message_leaks"] = sorted(plain_leaks(str(exc)))
            res["seconds"] = round(time.monotonic() - t0, 3)
            out.write(json.dumps(res) + "\n")
            out.flush()


# -- main ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a subset of every family (under 2 min)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--only", help="only the photos and posts whose id contains this")
    parser.add_argument("--steps", help=f"only these steps, comma-separated: {', '.join(STEPS)}")
    parser.add_argument("--api-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.api_worker:
        api_worker(*args.api_worker)
        return 0
    steps = set(args.steps.split(",")) if args.steps else None
    if steps is not None and steps - set(STEPS):
        parser.error(f"unknown step; the steps are {', '.join(STEPS)}")
    if shutil.which("exiftool") is None:
        print("exiftool is needed (Debian: libimage-exiftool-perl)", file=sys.stderr)
        return 2
    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()):
            print(f"{args.keep} is not empty", file=sys.stderr)
            return 2
        args.keep.mkdir(parents=True, exist_ok=True)
        return Bench(args.keep.resolve(), args.quick, args.only, steps).run()
    with tempfile.TemporaryDirectory(prefix="leakscan-hostile-") as tmp:
        return Bench(Path(tmp).resolve(), args.quick, args.only, steps).run()


if __name__ == "__main__":
    sys.exit(main())
