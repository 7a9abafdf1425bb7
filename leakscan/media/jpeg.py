"""JPEG: find every metadata segment, and strip them losslessly.

Reading walks the marker segments (not stopping at the first bad one), the entropy-coded
scans (to find the real end of image) and whatever follows the end-of-image marker
(Ultra HDR / MPF gain maps, appended JPEGs, phone trailers). It collects:

* APP1 Exif (and Exif inside Photoshop 8BIM 0x0422), APP1 XMP + Extended XMP,
  APP13 Photoshop IPTC (8BIM 0x0404) and its thumbnail (0x0409/0x040C);
* FLIR APP1 (FFF records: the GPS record 0x2B, camera/lens serials from CameraInfo 0x20,
  the embedded visible-light image);
* APP0 JFXX thumbnails and JFIF thumbnails, Canon CIFF (OwnerName) in APP0, APP2 FlashPix
  previews, APP5 Ricoh RMETA (Location), APP9 Media Jukebox (People/Places), APP11 JUMBF
  JSON (C2PA ``location``/author assertions), APP12 Ducky (Copyright) and PictureInfo
  (Serial#), COM comments.

Stripping copies the quantisation/Huffman tables, frame header and every scan byte for
byte; it keeps APP0 JFIF (without its thumbnail), APP14 Adobe (colour transform) and the
APP2 ICC profile, and writes a minimal EXIF holding only the Orientation when the original
was rotated. ``only_gps`` edits in place instead: the GPS IFD is emptied and zeroed, XMP and
IPTC lose their location properties, the FLIR GPS record is blanked.
"""

from __future__ import annotations

import contextlib
import json
import re
import struct
from dataclasses import dataclass, field

from ..errors import InputError
from . import exif as exif_mod
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped

_SOI = b"\xff\xd8"
_EOI = b"\xff\xd9"
#: A marker inside entropy-coded data: 0xFF followed by neither a stuffed 0x00, a restart
#: marker nor a fill byte.
_MARKER_RE = re.compile(rb"\xff[\x01-\xcf\xd8-\xfe]")
_XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
_PS_SIG = b"Photoshop 3.0\x00"
#: APP2 segments carrying an ICC profile: the signature, then the chunk number and count.
_ICC_SIG = b"ICC_PROFILE\x00"
#: Most marker segments walked per image (a real JPEG has a few dozen; ExifTool reads on past
#: thousands, so a cap hit means the image could not be fully checked, never "ok").
_MAX_SEGMENTS = 65536
#: Most images read after the end of the main one (MPF previews, gain maps, appended JPEGs).
_MAX_TRAILER_IMAGES = 32
#: Most Extended XMP parts / FLIR segments gathered.
_MAX_PARTS = 256
#: Most Photoshop image resource blocks read.
_MAX_PS_BLOCKS = 1000
#: Deepest Canon CIFF heap nesting read (cameras nest 2 deep), and most CIFF directory
#: records read from one block. ExifTool reads on past both: a cap hit is not fully checked.
MAX_CIFF_DEPTH = 16
MAX_CIFF_RECORDS = 65536
#: Most FLIR FFF directory entries read (past it: not fully checked).
MAX_FLIR_RECORDS = 65536
#: Why a JPEG without any image data cannot be called checked: it was cut short, and what
#: was cut off is unknown.
NO_IMAGE_DATA = "JPEG holds no image data (cut short before its frame/scan)"
#: Standalone markers (no length field).
_STANDALONE = frozenset([0x01, *range(0xD0, 0xD8)])


@dataclass
class Segment:
    """One marker segment: ``data[start:end]`` is the whole segment incl. ``FF xx``."""

    marker: int
    start: int
    end: int
    #: Where the payload (after the 2-byte length) starts.
    body: int

    def payload(self, data: bytes) -> bytes:
        return data[self.body : self.end]


@dataclass
class Layout:
    """The structure of one JPEG: segments, entropy-coded runs, end of image, trailer."""

    segments: list[Segment]
    #: ``(start, end)`` of every entropy-coded run (after each SOS).
    scans: list[tuple[int, int]]
    #: Offset just past the EOI marker (``len(data)`` when the EOI is missing).
    end: int
    has_eoi: bool
    warnings: list[str]
    width: int | None = None
    height: int | None = None
    #: Why the walk could not cover the whole file (cut short, a cap hit); no values.
    incomplete: list[str] = field(default_factory=list)


def layout(data: bytes, *, strict: bool = False) -> Layout:
    """Walk the JPEG marker structure. ``strict`` raises InputError where reading would resync."""
    if data[:2] != _SOI:
        raise InputError("not a JPEG (no start-of-image marker)")
    n = len(data)
    pos = 2
    segs: list[Segment] = []
    scans: list[tuple[int, int]] = []
    warnings: list[str] = []
    width = height = None
    has_eoi = False
    end = n
    incomplete: list[str] = []
    while pos < n:
        if len(segs) >= _MAX_SEGMENTS:
            incomplete.append(f"JPEG has more than {_MAX_SEGMENTS} segments (the rest were not read)")
            break
        if data[pos] != 0xFF:
            if strict:
                raise InputError("JPEG structure is broken (garbage between segments)")
            if "garbage between JPEG segments; skipped" not in warnings:
                warnings.append("garbage between JPEG segments; skipped")
            m = _MARKER_RE.search(data, pos)
            if m is None:
                break
            pos = m.start()
            continue
        # fill bytes
        while pos + 1 < n and data[pos + 1] == 0xFF:
            pos += 1
        if pos + 1 >= n:
            break
        marker = data[pos + 1]
        if marker == 0xD9:
            has_eoi, end = True, pos + 2
            break
        if marker in _STANDALONE or marker == 0xD8:
            pos += 2
            continue
        if pos + 4 > n:
            incomplete.append("JPEG is cut short inside a segment header")
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            if strict:
                raise InputError("JPEG segment has an impossible length")
            warnings.append("JPEG segment with an impossible length; skipped")
            pos += 2
            continue
        seg_end = pos + 2 + length
        if seg_end > n:
            if strict:
                raise InputError("JPEG is cut short inside a segment")
            incomplete.append("JPEG segment runs past the end of the file (cut short)")
            seg_end = n
        segs.append(Segment(marker, pos, seg_end, pos + 4))
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and width is None and pos + 9 <= seg_end:
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
        pos = seg_end
        if marker == 0xDA:
            m = _MARKER_RE.search(data, pos)
            scan_end = m.start() if m else n
            scans.append((pos, scan_end))
            if m is None:
                warnings.append("JPEG has no end-of-image marker")
                break
            pos = scan_end
    if not has_eoi and not any("end-of-image" in w for w in warnings):
        warnings.append("JPEG has no end-of-image marker")
    if not scans:
        incomplete.append(NO_IMAGE_DATA)
    return Layout(segs, scans, end, has_eoi, warnings, width, height, incomplete)


# -- reading ---------------------------------------------------------------------------------------


class JpegHandler:
    """JPEG/JFIF/EXIF files (also MPF / Ultra HDR with trailing images)."""

    format = "JPEG"
    media = "image"
    mime = "image/jpeg"
    label = "JPEG"
    suffixes = (".jpg", ".jpeg")
    pillow = PillowFormat(writer="JPEG", save_options={"quality": 95})

    def sniff(self, head: bytes) -> bool:
        return head[:3] == b"\xff\xd8\xff"

    def read(self, data: bytes) -> RawMetadata:
        meta = RawMetadata(format=self.format)
        lay = layout(data)
        meta.width, meta.height = lay.width, lay.height
        meta.warnings.extend(lay.warnings)
        meta.incomplete.extend(lay.incomplete)
        _collect(data, lay, meta, prefix="", depth=0)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        if options.only_gps:
            return _strip_gps(data, options)
        return _strip_all(data, options)

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """The main picture, in file order: every frame header, quantisation/Huffman/arithmetic
        table, restart interval and scan header segment, the entropy-coded data of every scan,
        and an Adobe APP14 segment (its colour transform decides the colours). The images
        after the end of the main one (MPF previews, gain maps) are not part of it."""
        lay = _walked(data)
        scans = iter(lay.scans)
        view = memoryview(data)  # parts are views: the scans are most of the file
        parts = []
        for seg in lay.segments:
            if 0xE0 <= seg.marker <= 0xEF or seg.marker == 0xFE:
                if seg.marker == 0xEE and seg.payload(data).startswith(b"Adobe"):
                    parts.append(view[seg.start : seg.end])
                continue
            parts.append(view[seg.start : seg.end])
            if seg.marker == 0xDA:
                start, end = next(scans)
                parts.append(view[start:end])
        return parts


def _collect(data: bytes, lay: Layout, meta: RawMetadata, *, prefix: str, depth: int) -> None:
    """Add every metadata block of one JPEG (and, recursively, its trailing images) to ``meta``."""
    ext_xmp: dict[bytes, dict[int, bytes]] = {}
    flir: dict[int, bytes] = {}
    photoshop = b""
    jumbf = b""
    fpxr = 0
    icc_segs: list[Segment] = []
    for seg in lay.segments:
        m = seg.marker
        if m < 0xE0 and m != 0xFE:
            continue
        p = seg.payload(data)
        where = f"{prefix}APP{m - 0xE0}" if m != 0xFE else f"{prefix}COM"
        if m == 0xE1:
            if _exif_app1(p):
                meta.exif.append((where, p[6:]))
            elif exif_mod.tiff_header(p, 0) and p[:2] in (b"II", b"MM"):
                meta.exif.append((where, p))
            elif p.startswith(b"Exif") and p[6:].strip(b"\x00"):
                # an EXIF segment whose TIFF header is broken: not read, so not "nothing there"
                _incomplete(meta, f"{where}: EXIF without a readable TIFF header")
            elif p.startswith(_XMP_SIG):
                meta.xmp.append((where, p[len(_XMP_SIG) :]))
            elif p.startswith(_XMP_EXT_SIG) and len(p) > len(_XMP_EXT_SIG) + 40:
                q = len(_XMP_EXT_SIG)
                guid = p[q : q + 32]
                off = int.from_bytes(p[q + 36 : q + 40], "big")
                parts = ext_xmp.setdefault(guid, {})
                if len(parts) < _MAX_PARTS:
                    parts[off] = p[q + 40 :]
                else:
                    _incomplete(meta, f"{prefix}APP1: more than {_MAX_PARTS} Extended XMP parts")
            elif p.startswith(b"FLIR\x00") and len(p) > 8:
                if len(flir) < _MAX_PARTS:
                    flir[p[6]] = p[8:]
                else:
                    _incomplete(meta, f"{prefix}APP1: more than {_MAX_PARTS} FLIR segments")
            elif (at := loose_xmp(p)) is not None:
                meta.xmp.append((where, p[at:]))
                meta.warnings.append("XMP segment with a non-standard header")
        elif m == 0xED and p.startswith(_PS_SIG):
            photoshop += p[len(_PS_SIG) :]
        elif m == 0xE0:
            _app0(p, meta, where)
        elif m == 0xE2 and p.startswith(_ICC_SIG):
            icc_segs.append(seg)
        elif m == 0xE2 and p.startswith(b"FPXR\x00"):
            fpxr += len(p)
        elif m == 0xE5 and p.startswith(b"RMETA\x00"):
            _rmeta(p, meta)
        elif m == 0xE9 and p.startswith(b"Media Jukebox"):
            _jukebox(p, meta)
        elif m == 0xEB and p.startswith(b"JP") and len(p) > 16:
            jumbf += p[8:] if not jumbf else p[16:]
        elif m == 0xEC:
            _app12(p, meta)
        elif m == 0xFE:
            text = _decode_text(p)
            if text.strip():
                meta.texts.append((where, text))
    for guid, parts in ext_xmp.items():
        blob = b"".join(parts[k] for k in sorted(parts))
        if blob:
            meta.xmp.append((f"{prefix}APP1 ExtendedXMP", blob))
        del guid
    if photoshop:
        _photoshop(photoshop, meta, f"{prefix}APP13")
    if flir:
        _flir(b"".join(flir[k] for k in sorted(flir)), meta, f"{prefix}APP1")
    if icc_segs:
        head = len(_ICC_SIG) + 2
        meta.icc.append((f"{prefix}APP2", b"".join(s.payload(data)[head:] for s in _icc_order(data, icc_segs))))
    if fpxr > 2048:
        meta.fields.append(("FlashPix", "PreviewImage", b"<FlashPix preview>"))
    if jumbf:
        jumbf_json(jumbf, meta)
    # what follows the end of the image
    trailer_start = lay.end
    if lay.has_eoi and trailer_start < len(data):
        trailer = data[trailer_start:]
        if trailer.strip(b"\x00\xff \r\n"):
            meta.warnings.append("data after the end of the image")
            if depth == 0:  # one walk over the main image's trailer finds every image in it
                _trailer_images(data, trailer_start, meta)


def _incomplete(meta: RawMetadata, reason: str) -> None:
    """Say once why ``meta``'s image could not be fully checked."""
    if reason not in meta.incomplete:
        meta.incomplete.append(reason)


def _exif_app1(p: bytes) -> bool:
    """An APP1 payload holding EXIF (``Exif\\0\\0`` and a TIFF header, its magic number damaged or not)."""
    return p.startswith(b"Exif") and exif_mod.tiff_header(p, 6, any_magic=True) is not None


def loose_xmp(p: bytes) -> int | None:
    """Where the packet starts in an APP1 payload holding XMP behind a non-standard header.

    A damaged or unusual signature (``http://ns.adobe.cmm/...``, ``XMP\\0``) does not stop
    ExifTool and other readers from reading the packet, so it must not hide a location from
    leakscan: an APP1 payload that starts with ``http``/``XMP\\0`` or holds an XMP packet
    marker counts as XMP from its first ``<``. None when the payload is not XMP-like.
    """
    if not (p.startswith((b"http", b"XMP\x00")) or any(k in p for k in _XMP_MARKS)):
        return None
    at = p.find(b"<")
    return at if at >= 0 else None


_XMP_MARKS = (b"<?xpacket", b"<x:xmpmeta", b"<rdf:RDF", b"<exif:")


def _trailer_images(data: bytes, start: int, meta: RawMetadata) -> None:
    """Read the JPEGs after the end of the image, one after the other (past the cap: incomplete)."""
    pos, found = start, 0
    while (i := data.find(b"\xff\xd8\xff", pos)) >= 0:
        if found >= _MAX_TRAILER_IMAGES:
            _incomplete(meta, f"JPEG carries more than {_MAX_TRAILER_IMAGES} images after its end")
            break
        found += 1
        try:
            lay = layout(data[i:])
        except InputError:
            pos = i + 3
            continue
        sub = data[i:]
        # The SOI pattern can occur by chance inside other trailer data: a "JPEG" with no
        # image data there is no sign of a cut file.
        for reason in lay.incomplete:
            if reason != NO_IMAGE_DATA:
                _incomplete(meta, f"trailer image {found}: {reason}")
        _collect(sub, lay, meta, prefix=f"trailer image {found} ", depth=1)
        if meta.width is not None and lay.width is not None:
            meta.fields.append(("MPF", f"TrailerImage{found}", b"<image>"))
        pos = i + max(lay.end, 3)


def _app0(p: bytes, meta: RawMetadata, where: str) -> None:
    if p.startswith(b"JFIF\x00") and len(p) >= 14:
        if p[12] and p[13]:
            meta.fields.append(("JFIF", "ThumbnailImage", p[14:]))
    elif p.startswith(b"JFXX\x00") and len(p) > 6:
        meta.fields.append(("JFXX", "ThumbnailImage", p[6:]))
    elif is_ciff(p):
        _ciff(p, meta, where)


def is_ciff(p: bytes) -> bool:
    """True for an APP0 payload holding a Canon CIFF block (``II``/``MM``, header length, ``HEAPJPGM``)."""
    return len(p) > 14 and p[:2] in (b"II", b"MM") and p[6:14] == b"HEAPJPGM"


def _ciff(p: bytes, meta: RawMetadata, where: str) -> None:
    """Canon CIFF (a CRW-style heap inside APP0): OwnerName (0x0810), read as ExifTool reads it.

    A heap ends with the offset of its directory (a count, then 10-byte records: tag, size,
    offset from the heap's start); records of type 0x28/0x30 are heaps of their own. Every
    heap and record is read, wherever in the block it lies (ExifTool has no nesting or count
    limit either); past :data:`MAX_CIFF_DEPTH` or :data:`MAX_CIFF_RECORDS`, or where a heap,
    directory or value lies outside the block or a record is bad, the image is not fully
    checked. A directory reached twice is read once (a loop), as ExifTool does.
    """
    bo = "<" if p[:2] == b"II" else ">"
    n = len(p)
    seen: set[int] = set()
    budget = [MAX_CIFF_RECORDS]

    def problem(reason: str) -> None:
        _incomplete(meta, f"{where}: CIFF {reason}")

    def heap(start: int, size: int, depth: int) -> None:
        if depth > MAX_CIFF_DEPTH:
            return problem(f"heaps nested more than {MAX_CIFF_DEPTH} deep")
        end = start + size
        if size < 6 or end > n:
            return problem("heap lies outside the block")
        dir_off = start + struct.unpack_from(bo + "L", p, end - 4)[0]
        if dir_off in seen:
            if "CIFF directory referenced twice; read once" not in meta.warnings:
                meta.warnings.append("CIFF directory referenced twice; read once")
            return None
        seen.add(dir_off)
        if dir_off + 2 > n:
            return problem("directory lies outside the block")
        count = struct.unpack_from(bo + "H", p, dir_off)[0]
        if dir_off + 2 + 10 * count > n:
            problem("directory runs past the end of the block")
            count = (n - dir_off - 2) // 10
        if count > budget[0]:
            problem(f"holds more than {MAX_CIFF_RECORDS} records")
            count = budget[0]
        budget[0] -= count
        for i in range(count):
            tag, vsize, off = struct.unpack_from(bo + "HLL", p, dir_off + 2 + i * 10)
            if tag & 0x8000:  # ExifTool stops reading the directory here too
                return problem("directory holds a bad record")
            if tag & 0x4000:
                continue  # the value is in the record itself
            if (tag >> 8) & 0x38 in (0x28, 0x30):
                heap(start + off, vsize, depth + 1)
            elif tag & 0x3FFF == 0x0810:
                a, b = start + off, start + off + vsize
                if b > n:
                    problem("value lies outside the block")
                    continue
                name = p[a:b].split(b"\x00", 1)[0].decode("latin-1").strip()
                if name:
                    meta.fields.append(("CIFF", "OwnerName", name))
        return None

    hlen = struct.unpack_from(bo + "L", p, 2)[0]
    heap(hlen, n - hlen, 0)


def _rmeta(p: bytes, meta: RawMetadata) -> None:
    """Ricoh RMETA (APP5): a list of names then a list of values; report Location."""
    chunks = [c for c in re.split(rb"\x00{4,}", p[6:]) if c.strip(b"\x00")]
    lists = []
    for c in chunks:
        strings = [re.sub(rb"^[^\x20-\x7e]*[\x00-\x1f\x7f-\xff]{0,3}", b"", s) for s in c.split(b"\x00")]
        lists.append([s.decode("latin-1", "replace") for s in strings if s])
    for i, names in enumerate(lists[:-1]):
        cleaned = [re.sub(r"^[^A-Za-z]+", "", x) for x in names]
        if "Location" in cleaned:
            values = [re.sub(r"^[^ -~]+", "", x) for x in lists[i + 1]]
            k = cleaned.index("Location")
            # the value list starts with the block's own label
            if len(values) == len(cleaned) + 1:
                values = values[1:]
            if k < len(values) and values[k].strip():
                meta.fields.append(("RMETA", "Location", values[k].strip()))
            break


def _jukebox(p: bytes, meta: RawMetadata) -> None:
    text = p.decode("latin-1", "replace")
    for tag, name in (("People", "People"), ("Places", "Places")):
        m = re.search(rf"<{tag}>([^<]{{1,500}})</{tag}>", text)
        if m and m.group(1).strip():
            meta.fields.append(("MediaJukebox", name, m.group(1).strip()))


def _app12(p: bytes, meta: RawMetadata) -> None:
    if p.startswith(b"Ducky"):
        pos = 5
        while pos + 4 <= len(p):
            tag, length = struct.unpack_from(">HH", p, pos)
            if tag == 0:
                break
            body = p[pos + 4 : pos + 4 + length]
            if tag in (2, 3) and len(body) > 4:
                text = body[4:].decode("utf-16-be", "replace").rstrip("\x00").strip()
                if text:
                    meta.fields.append(("Ducky", "Copyright" if tag == 3 else "Comment", text))
            pos += 4 + length
    elif b"[picture info]" in p[:64] or b"[camera info]" in p:
        text = p.decode("latin-1", "replace")
        m = re.search(r"(?m)^Serial#=([^\r\n]{1,64})", text)
        if m and m.group(1).strip():
            meta.fields.append(("PictureInfo", "SerialNumber", m.group(1).strip()))


#: Most JSON boxes read from one JUMBF store.
_MAX_JSON_BOXES = 64


def jumbf_json(blob: bytes, meta: RawMetadata) -> None:
    """JSON boxes of a JUMBF store (C2PA assertions): location and author values, into ``meta``."""
    dec = json.JSONDecoder()
    pos = 0
    for n in range(_MAX_JSON_BOXES + 1):
        i = blob.find(b"json{", pos)
        if i < 0:
            break
        if n == _MAX_JSON_BOXES:
            _incomplete(meta, f"JUMBF: more than {_MAX_JSON_BOXES} JSON boxes")
            break
        try:
            obj, _end = dec.raw_decode(blob[i + 4 : i + 4 + 65536].decode("utf-8", "replace"))
        except ValueError:
            pos = i + 5
            continue
        pos = i + 5
        _json_fields(obj, meta, 0)


_JSON_KEYS = {
    "location": "Location",
    "city": "City",
    "country": "Country",
    "state": "State",
    "author": "Author",
    "creator": "Creator",
    "copyright": "Copyright",
    "latitude": "GPSLatitude",
    "longitude": "GPSLongitude",
}


def _json_fields(obj: object, meta: RawMetadata, depth: int) -> None:
    if depth > 6:
        return
    if isinstance(obj, dict):
        lat = lon = None
        for k, v in list(obj.items())[:200]:
            key = _JSON_KEYS.get(str(k).lower())
            if key == "GPSLatitude":
                lat = v
            elif key == "GPSLongitude":
                lon = v
            elif key and isinstance(v, str) and v.strip():
                meta.fields.append(("JSON", key, v.strip()))
            elif key and isinstance(v, (dict, list)):
                # a structured value ({"name": ...}, [{"@type": "Person", "name": ...}]): its texts
                for text in _json_texts(v, 0):
                    meta.fields.append(("JSON", key, text))
            else:
                _json_fields(v, meta, depth + 1)
        if lat is not None and lon is not None:
            with contextlib.suppress(TypeError, ValueError):
                meta.fields.append(("JSON", "GPSPosition", (float(lat), float(lon))))
    elif isinstance(obj, list):
        for v in obj[:200]:
            _json_fields(v, meta, depth + 1)


def _json_texts(obj: object, depth: int) -> list[str]:
    """The text values inside a JSON structure (names, addresses...), leaving out ``@type``-like keys."""
    if isinstance(obj, str):
        return [obj.strip()] if obj.strip() else []
    if depth > 6:
        return []
    if isinstance(obj, dict):
        return [t for k, v in list(obj.items())[:200] if not str(k).startswith("@") for t in _json_texts(v, depth + 1)]
    if isinstance(obj, list):
        return [t for v in obj[:200] for t in _json_texts(v, depth + 1)]
    return []


def _photoshop(blob: bytes, meta: RawMetadata, where: str) -> None:
    """Photoshop image resources (8BIM): IPTC 0x0404, thumbnails, EXIF 0x0422, XMP 0x0424.

    Resources past the block cap, or after a block the walk cannot follow, are not read:
    the image is then not fully checked.
    """
    blocks = _ps_blocks(blob)
    end = blocks[-1][3] + (blocks[-1][3] - blocks[-1][2]) % 2 if blocks else 0
    if len(blocks) >= _MAX_PS_BLOCKS or any(blob[end:]):
        _incomplete(meta, f"{where}: Photoshop resources could not be read to the end")
    for rid, body in photoshop_resources(blob):
        if rid == 0x0404:
            meta.iptc.append((f"{where} IPTC", body))
        elif rid in (0x0409, 0x040C):
            meta.fields.append(("Photoshop", "PhotoshopThumbnail", body[28:]))
        elif rid in (0x0422, 0x0423) and exif_mod.tiff_header(body, 0, any_magic=True):
            meta.exif.append((f"{where} 8BIM Exif", body))
        elif rid == 0x0424:
            meta.xmp.append((f"{where} 8BIM XMP", body))


def photoshop_resources(blob: bytes) -> list[tuple[int, bytes]]:
    """Split Photoshop image resource blocks into ``(id, data)`` (bounded, never raises)."""
    out: list[tuple[int, bytes]] = []
    for rid, _s, ds, de in _ps_blocks(blob):
        out.append((rid, blob[ds:de]))
    return out


def _ps_blocks(blob: bytes) -> list[tuple[int, int, int, int]]:
    """``(id, block start, data start, data end)`` of every 8BIM block."""
    pos, n = 0, len(blob)
    out = []
    while pos + 12 <= n and len(out) < _MAX_PS_BLOCKS:
        if blob[pos : pos + 4] not in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
            break
        rid = int.from_bytes(blob[pos + 4 : pos + 6], "big")
        name_len = blob[pos + 6]
        q = pos + 6 + 1 + name_len
        if (1 + name_len) % 2:
            q += 1
        if q + 4 > n:
            break
        size = int.from_bytes(blob[q : q + 4], "big")
        ds = q + 4
        de = min(n, ds + size)
        out.append((rid, pos, ds, de))
        pos = de + (size % 2)
    return out


def _flir(blob: bytes, meta: RawMetadata, where: str) -> None:
    """FLIR FFF records: GPS (0x2B), camera/lens serials (0x20), the embedded photo (0x0E).

    A directory or record that could not be read to the end leaves the image not fully checked.
    """
    records, problems = flir_records(blob)
    for reason in problems:
        _incomplete(meta, f"{where}: FLIR {reason}")
    for rtype, _entry, start, end in records:
        rec = blob[start:end]
        if rtype == 0x2B and len(rec) >= 0x20:
            valid = struct.unpack_from("<L", rec, 0)[0]
            lat_ref, lon_ref = rec[8:9], rec[10:11]
            lat, lon = struct.unpack_from("<dd", rec, 0x10)
            if lat_ref == b"S":
                lat = -lat
            if lon_ref == b"W":
                lon = -lon
            if valid or lat or lon:
                meta.fields.append(("FLIR", "GPSPosition", (lat, lon)))
        elif rtype == 0x20 and len(rec) >= 0x1B0:
            for off, name in ((0x104, "CameraSerialNumber"), (0x1A0, "LensSerialNumber")):
                s = rec[off : off + 16].split(b"\x00", 1)[0].decode("latin-1").strip()
                if s:
                    meta.fields.append(("FLIR", name, s))
        elif rtype == 0x0E and len(rec) > 64:
            meta.fields.append(("FLIR", "EmbeddedImage", b"<image>"))


def flir_records(blob: bytes) -> tuple[list[tuple[int, int, int, int]], list[str]]:
    """The FFF records, as ExifTool reads them, and why they could not all be read.

    Records are ``(type, index-entry offset, data start, data end)``; the reasons (no values)
    name what was not read: a header that is not FFF, a directory cut short or past
    :data:`MAX_FLIR_RECORDS` entries, a record that runs past the end of the data.
    """
    n = len(blob)
    if not blob.startswith((b"FFF\x00", b"AFF\x00")) or n < 0x40:
        return [], ["data is not an FFF block"]
    orders = [bo for bo in (">", "<") if 100 <= struct.unpack_from(bo + "L", blob, 0x14)[0] < 200]
    if not orders:
        return [], ["FFF version not understood"]
    bo = orders[0]
    idx, num = struct.unpack_from(bo + "LL", blob, 0x18)
    problems = []
    if num > MAX_FLIR_RECORDS:
        problems.append(f"directory holds more than {MAX_FLIR_RECORDS} records")
        num = MAX_FLIR_RECORDS
    if idx + num * 0x20 > n:
        problems.append("record directory runs past the end of the data")
        num = max(0, (n - idx) // 0x20)
    out = []
    for i in range(num):
        e = idx + i * 0x20
        rtype = struct.unpack_from(bo + "H", blob, e)[0]
        if rtype == 0:
            continue
        off, length = struct.unpack_from(bo + "LL", blob, e + 0x0C)
        if off + length > n:
            if "a record runs past the end of the data" not in problems:
                problems.append("a record runs past the end of the data")
            if off >= n:
                continue
        out.append((rtype, e, off, min(n, off + length)))
    return out, problems


def _decode_text(p: bytes) -> str:
    p = p.rstrip(b"\x00")
    try:
        return p.decode("utf-8")
    except UnicodeDecodeError:
        return p.decode("latin-1")


# -- stripping ---------------------------------------------------------------------------------------


def orientation_of(data: bytes, lay: Layout) -> int | None:
    """The EXIF Orientation of the main image, if any."""
    for seg in lay.segments:
        if seg.marker == 0xE1:
            p = seg.payload(data)
            if _exif_app1(p):
                try:
                    ex = exif_mod.parse(p[6:], maker_notes=False, thumbnail=False, any_magic=True)
                except InputError:
                    return None
                v = ex.value("Orientation", "IFD0")
                if isinstance(v, tuple) and v and isinstance(v[0], int) and 1 <= v[0] <= 8:
                    return v[0]
                return None
    return None


def _walked(data: bytes) -> Layout:
    """The layout of a JPEG to strip: one that could not be walked whole is refused.

    A segment cut short or past the segment cap would be copied (or lost) unseen.
    """
    lay = layout(data)
    if lay.incomplete:
        raise InputError(f"JPEG cannot be cleaned: {lay.incomplete[0]}")
    return lay


def _strip_all(data: bytes, options: StripOptions) -> Stripped:
    lay = _walked(data)
    orientation = orientation_of(data, lay) if options.keep_orientation else None
    view = memoryview(data)  # segments and scans kept are views, joined once: one copy of the file
    out: list[bytes | memoryview] = [_SOI]
    icc_new, removed = _icc_blanked(data, lay, options) if options.keep_icc else ({}, [])
    kept_exif = False
    first_scan_done = False
    scan_iter = iter(lay.scans)

    def add_min_exif() -> None:
        nonlocal kept_exif
        if orientation and orientation != 1 and not kept_exif:
            payload = exif_mod.build_minimal(orientation)
            out.append(b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload)
            kept_exif = True

    jfif_seen = False
    for seg in lay.segments:
        m = seg.marker
        p = seg.payload(data)
        if 0xE0 <= m <= 0xEF or m == 0xFE:
            if m == 0xE0 and p.startswith(b"JFIF\x00") and len(p) >= 14 and not jfif_seen and not first_scan_done:
                jfif_seen = True
                if p[12] or p[13]:
                    removed.append("JFIF thumbnail")
                body = p[:12] + b"\x00\x00"
                out.append(b"\xff\xe0" + (len(body) + 2).to_bytes(2, "big") + body)
                add_min_exif()
                continue
            if m == 0xEE and p.startswith(b"Adobe"):
                out.append(view[seg.start : seg.end])
                continue
            if m == 0xE2 and p.startswith(_ICC_SIG) and options.keep_icc:
                out.append(icc_new.get(seg.start, view[seg.start : seg.end]))
                continue
            removed.append(_describe(m, p))
            continue
        add_min_exif()
        out.append(view[seg.start : seg.end])
        if m == 0xDA:
            first_scan_done = True
            s, e = next(scan_iter)
            out.append(view[s:e])
    out.append(_EOI)
    if not lay.has_eoi:
        removed.append("(missing end-of-image marker added)")
    trailer = data[lay.end :] if lay.has_eoi else b""
    note = None
    if trailer.strip(b"\x00"):
        removed.append("data after end of image")
        if b"\xff\xd8\xff" in trailer:
            note = (
                "dropped the extra images after the main picture (multi-picture / HDR gain map): "
                "they can carry their own metadata"
            )
    if orientation and orientation != 1:
        removed = [r for r in removed if r != "EXIF"] + ["EXIF (all but Orientation)"]
    return Stripped(b"".join(out), lossless=True, removed=tuple(dict.fromkeys(removed)), note=note)


def _icc_order(data: bytes, segs: list[Segment]) -> list[Segment]:
    """An ICC profile's APP2 segments in chunk order (file order when the numbers are not 1..n)."""
    numbers = [seg.payload(data)[len(_ICC_SIG)] if seg.end - seg.body > len(_ICC_SIG) else 0 for seg in segs]
    if sorted(numbers) != list(range(1, len(segs) + 1)):
        return segs
    return [seg for _n, seg in sorted(zip(numbers, segs, strict=True), key=lambda t: t[0])]


def _icc_blanked(data: bytes, lay: Layout, options: StripOptions) -> tuple[dict[int, bytes], list[str]]:
    """The main image's ICC segments as a copy that keeps the profile holds them: segment
    start -> new segment, with the profile's texts ``options`` names blanked (same sizes, so
    every segment keeps its length), or -> ``b""`` (left out) for a profile that cannot be
    read (:func:`leakscan.media.icc.clean`); and what went."""
    segs = [s for s in lay.segments if s.marker == 0xE2 and s.payload(data).startswith(_ICC_SIG)]
    if not segs:
        return {}, []
    order = _icc_order(data, segs)
    head = len(_ICC_SIG) + 2
    profile = b"".join(s.payload(data)[head:] for s in order)
    new, removed = icc_mod.clean(profile, options.drops_in(icc_mod.GROUP))
    if new is profile:
        return {}, []
    out: dict[int, bytes] = {}
    at = 0
    for seg in order:
        p = seg.payload(data)
        size = len(p) - head
        out[seg.start] = b"" if new is None else _segment(0xE2, p[:head] + new[at : at + size])
        at += size
    return out, removed


def _describe(marker: int, p: bytes) -> str:
    if marker == 0xFE:
        return "comment"
    if marker == 0xE1:
        if p.startswith(b"Exif"):
            return "EXIF"
        if p.startswith(_XMP_SIG) or p.startswith(_XMP_EXT_SIG):
            return "XMP"
        if p.startswith(b"FLIR"):
            return "FLIR"
    if marker == 0xED:
        return "IPTC/Photoshop"
    if marker == 0xE2:
        if p.startswith(b"MPF"):
            return "MPF"
        if p.startswith(b"ICC_PROFILE"):
            return "ICC profile"
        if p.startswith(b"FPXR"):
            return "FlashPix"
    if marker == 0xE0:
        if p.startswith(b"JFXX"):
            return "JFXX thumbnail"
        if is_ciff(p):
            return "CIFF"
    return f"APP{marker - 0xE0}"


def _strip_gps(data: bytes, options: StripOptions) -> Stripped:
    """Remove location only: GPS IFD, XMP/IPTC location, FLIR GPS, maker-note cities, and the
    text fields ``options.drop_texts`` names (EXIF tags, XMP/IPTC properties, comments)."""
    from . import iptc as iptc_mod
    from . import xmp as xmp_mod

    extra_xmp = options.drops_in("XMP")

    lay = _walked(data)
    buf = bytearray(data)
    drop: set[int] = set()  # segment starts to drop
    # segment start -> new whole segment (the colour profile's texts that say where, blanked)
    replace, removed = _icc_blanked(data, lay, options)
    flir_segs: list[Segment] = []
    for seg in lay.segments:
        m, p = seg.marker, seg.payload(data)
        if m == 0xE1 and _exif_app1(p):
            removed += gps_out_of_exif(buf, seg.body + 6, seg.end, options)
        elif m == 0xFE and options.drops("COM"):
            drop.add(seg.start)
            removed.append("comment (location)")
        elif m == 0xEC and p.startswith(b"Ducky") and options.drops("Ducky Comment"):
            drop.add(seg.start)
            removed.append("Ducky comment (location)")
        elif m == 0xE1 and p.startswith(b"Exif") and p[6:].strip(b"\x00"):
            drop.add(seg.start)  # its TIFF header is broken: it cannot be cleaned, nor read back
            removed.append("EXIF (unreadable)")
        elif m == 0xE1 and (p.startswith(_XMP_SIG) or p.startswith(_XMP_EXT_SIG)):
            sig = _XMP_SIG if p.startswith(_XMP_SIG) else _XMP_EXT_SIG
            if sig is _XMP_EXT_SIG:
                if xmp_mod.has_location(p[len(sig) + 40 :], extra_xmp):
                    drop.add(seg.start)
                    removed.append("Extended XMP (location)")
                continue
            new = xmp_mod.remove_location(p[len(sig) :], extra_xmp)
            if new is None:
                drop.add(seg.start)
                removed.append("XMP (unreadable)")
            elif new != p[len(sig) :]:
                replace[seg.start] = _segment(0xE1, sig + new)
                removed.append("XMP location")
        elif m == 0xE1 and p.startswith(b"FLIR\x00"):
            flir_segs.append(seg)
        elif m == 0xE0 and is_ciff(p):
            probe = RawMetadata(format="JPEG")
            _ciff(p, probe, "APP0")
            if probe.incomplete:  # what could not be read cannot be kept unseen
                drop.add(seg.start)
                removed.append("CIFF (could not be read to the end)")
        elif m == 0xE1 and (at := loose_xmp(p)) is not None and not exif_mod.tiff_header(p, 0):
            new = xmp_mod.remove_location(p[at:], extra_xmp)
            if new is None:
                drop.add(seg.start)
                removed.append("XMP (unreadable)")
            elif new != p[at:]:
                replace[seg.start] = _segment(0xE1, p[:at] + new)
                removed.append("XMP location")
        elif m == 0xED and p.startswith(_PS_SIG):
            blob = p[len(_PS_SIG) :]
            new_blob, what = _photoshop_without_location(blob, iptc_mod, xmp_mod, options)
            if new_blob != blob:
                removed += what
                if len(_PS_SIG) + len(new_blob) + 2 > 0xFFFF:
                    drop.add(seg.start)
                else:
                    replace[seg.start] = _segment(0xED, _PS_SIG + new_blob)
        elif m == 0xE5 and p.startswith(b"RMETA"):
            drop.add(seg.start)
            removed.append("Ricoh RMETA (location)")
        elif m == 0xE9 and p.startswith(b"Media Jukebox"):
            drop.add(seg.start)
            removed.append("Media Jukebox (places)")
        elif m == 0xEB and p.startswith(b"JP") and b"location" in p.lower():
            drop.add(seg.start)
            removed.append("JUMBF (location)")
    if flir_segs:
        done = _flir_gps_out(buf, flir_segs)
        if done is None:  # a GPS record could lie where the walk did not reach: the FLIR data go
            drop.update(seg.start for seg in flir_segs)
            done = ["FLIR (could not be read to the end)"]
        removed += done
    # trailing images: EXIF GPS out in place; anything else with a location goes
    note = None
    if lay.has_eoi and lay.end < len(data):
        pos = lay.end
        for found in range(_MAX_TRAILER_IMAGES + 1):
            i = data.find(b"\xff\xd8\xff", pos)
            if i < 0:
                break
            if found == _MAX_TRAILER_IMAGES:  # the rest would stay unseen, and uncleaned
                raise InputError(f"JPEG carries more than {_MAX_TRAILER_IMAGES} images after its end")
            try:
                sub = layout(data[i:])
            except InputError:
                break
            for seg in sub.segments:
                p = seg.payload(data[i:])
                if seg.marker == 0xE1 and _exif_app1(p):
                    removed += gps_out_of_exif(buf, i + seg.body + 6, i + seg.end, options)
            pos = i + max(sub.end, 3)
    out = bytearray()
    cursor = 0
    for seg in lay.segments:
        if seg.start in drop or seg.start in replace:
            out += buf[cursor : seg.start]
            if seg.start in replace:
                out += replace[seg.start]
            cursor = seg.end
    out += buf[cursor:]
    trailer = bytes(out[len(out) - (len(data) - lay.end) :]) if lay.has_eoi and lay.end < len(data) else b""
    if trailer and xmp_mod.has_location(trailer):
        out = out[: len(out) - len(trailer)]
        note = "dropped the extra images after the main picture: they carried a location"
        removed.append("data after end of image")
    return Stripped(bytes(out), lossless=True, removed=tuple(dict.fromkeys(removed)), note=note)


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise InputError("JPEG segment too large after editing")
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload


#: Maker-note fields that name a place (blanked by ``only_gps``).
_MAKER_PLACES = {"HometownCity", "DestinationCity", "City", "City2", "Country", "State", "Landmark"}


def gps_out_of_exif(
    buf: bytearray,
    start: int,
    end: int | None = None,
    options: StripOptions = StripOptions(),  # noqa: B008 - frozen, safe as a default
) -> list[str]:
    """Empty and zero the GPS IFDs of the EXIF payload at ``buf[start:end]`` (in place, same length).

    The text tags ``options.drop_texts`` names (``"UserComment"``, ``"ImageDescription"``...)
    go too, from every directory but the maker notes'.

    Every GPSInfo pointer goes, wherever it hangs (IFD0, ExifIFD, Interop, a SubIFD, a
    second page), with the IFD it names; maker-note place names are blanked, and the
    thumbnail's own EXIF is cleaned the same way. When the payload cannot be read to the
    end (a limit hit: a GPS IFD could lie past it), the whole payload is replaced by a
    minimal one holding only the orientation, zero-padded to the same length. A payload
    that is only cut short keeps the rest: nothing lies past its end, and the edit leaves
    out what it declares there (:func:`leakscan.media.exif.edit_in_place`).
    """
    stop = len(buf) if end is None else end
    try:
        ex = exif_mod.parse(bytes(buf[start:stop]), maker_notes=True, any_magic=True)
    except InputError:
        return []
    if any(reason not in ex.cut for reason in ex.incomplete):
        return _minimal_in_place(buf, start, stop, ex)

    blanked: list[exif_mod.Entry] = []

    def decide(e: exif_mod.Entry) -> str:
        if e.ifd.startswith("MakerNotes"):
            if e.name in _MAKER_PLACES:
                blanked.append(e)
                return exif_mod.BLANK
            return exif_mod.KEEP
        if e.ifd == "GPS" or e.tag == 0x8825:
            return exif_mod.DROP
        if e.tag not in exif_mod.POINTERS and options.drops(e.name):
            return exif_mod.DROP  # a text field that says where
        return exif_mod.KEEP

    try:
        removed = exif_mod.edit_in_place(buf, decide, start=start, end=stop)
    except InputError:  # IFDs tangled past safe editing
        return _minimal_in_place(buf, start, stop, ex)
    exif_mod.empty_inline_values(buf, start, blanked)
    # the thumbnail's own EXIF, if it has one
    if ex.thumbnail is not None and ex.thumbnail_offset is not None and ex.thumbnail_exif is not None:
        inner = exif_mod.jpeg_exif(ex.thumbnail)
        if inner is not None:
            at = start + ex.thumbnail_offset + ex.thumbnail.find(inner)
            blanked.clear()
            try:
                done = exif_mod.edit_in_place(buf, decide, start=at, end=at + len(inner))
            except InputError:
                done = _minimal_in_place(buf, at, at + len(inner), ex.thumbnail_exif)
            removed += [f"thumbnail {r}" for r in done]
            exif_mod.empty_inline_values(buf, at, blanked)
    return ["EXIF GPS" if r.startswith("GPS:") or r.endswith(":GPSInfo") else r for r in removed]


def _minimal_in_place(buf: bytearray, start: int, stop: int, ex: exif_mod.ExifData) -> list[str]:
    """Overwrite the EXIF payload ``buf[start:stop]`` with a minimal one (orientation only)."""
    orientation = ex.value("Orientation", "IFD0")
    keep = orientation[0] if isinstance(orientation, tuple) and orientation and orientation[0] in range(1, 9) else 1
    new = exif_mod.build_minimal(keep, big_endian=ex.byte_order == ">")[6:]
    size = stop - start
    buf[start:stop] = (new if len(new) <= size else b"").ljust(size, b"\x00")
    return ["EXIF (could not be read to the end: all but the orientation)"]


def _flir_gps_out(buf: bytearray, segs: list[Segment]) -> list[str] | None:
    """Blank the FLIR GPS record (spread over several APP1 segments) in place; None when the
    records could not all be read (the caller drops the FLIR segments)."""
    ordered = sorted(segs, key=lambda s: buf[s.body + 6])
    # map payload offsets to file offsets
    spans: list[tuple[int, int]] = []  # (file offset of chunk start, chunk length)
    for s in ordered:
        spans.append((s.body + 8, s.end - (s.body + 8)))
    blob = b"".join(bytes(buf[a : a + n]) for a, n in spans)

    def file_pos(off: int) -> int | None:
        acc = 0
        for a, n in spans:
            if off < acc + n:
                return a + (off - acc)
            acc += n
        return None

    records, problems = flir_records(blob)
    if problems:
        return None
    removed = []
    for rtype, entry, start, end in records:
        if rtype != 0x2B:
            continue
        for off in range(start, end):
            fp = file_pos(off)
            if fp is not None:
                buf[fp] = 0
        for off in (entry, entry + 1):  # record type -> 0 (empty)
            fp = file_pos(off)
            if fp is not None:
                buf[fp] = 0
        removed.append("FLIR GPS")
    return removed


def _photoshop_without_location(
    blob: bytes,
    iptc_mod,
    xmp_mod,
    options: StripOptions = StripOptions(),  # noqa: B008 - frozen, safe as a default
) -> tuple[bytes, list[str]]:
    out = bytearray()
    removed: list[str] = []
    last = 0
    for rid, bstart, ds, de in _ps_blocks(blob):
        body = blob[ds:de]
        new = body
        if rid == 0x0404:
            new = iptc_mod.remove_location(body, options.drops_in("IPTC"))
            if new != body:
                removed.append("IPTC location")
        elif rid == 0x0424:
            x = xmp_mod.remove_location(body, options.drops_in("XMP"))
            new = x if x is not None else b""
            if new != body:
                removed.append("XMP location")
        elif rid in (0x0422, 0x0423) and exif_mod.tiff_header(body, 0, any_magic=True):
            b2 = bytearray(body)
            r = gps_out_of_exif(b2, 0, len(b2), options)
            if r:
                removed += r
                new = bytes(b2)
        out += blob[last:bstart]
        if new is body:
            end = de + ((de - ds) % 2)
            out += blob[bstart:end]
        else:
            head = blob[bstart:ds]
            out += head[:-4] + len(new).to_bytes(4, "big") + new + (b"\x00" if len(new) % 2 else b"")
            end = de + ((de - ds) % 2)
        last = end
    out += blob[last:]
    return bytes(out), removed
