"""Hostile container shapes: metadata where a parser's limits or assumptions would miss it.

Every shape is a small file (built here, no network, no corpus) whose metadata -- a GPS
fix, an owner, a serial number, a place name -- sits where a reader that stops early,
caps a count, or skips what it does not understand would not see it:

* behind thousands of filler blocks (COM segments, text chunks, unknown chunks);
* after the end marker (PNG ``IEND``, GIF trailer, JPEG ``EOI``), in a second ``meta`` box;
* in an XMP packet that holds a ``DOCTYPE`` (also inside a comment), declares entities, or
  is not well-formed;
* in QuickTime ``udta`` atoms (3GPP ``auth``/``loci``, ``©aut``, ``©ART``...);
* in a file cut short (inside a segment, before the image data, in the middle of a box).

:func:`shapes` returns them all; ``tests/test_media_hostile.py`` runs ExifTool over them as
the oracle: whatever ExifTool reads, leakscan must find, or say the file could not be fully
checked, and a full strip must leave none of it.

The values are fictional and the same everywhere (:data:`OWNER`, :data:`SERIAL`,
:data:`CITY`, :data:`LAT`/:data:`LON`) so a test can tell which ones a reader found.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import piexif
from PIL import Image

OWNER = "Jane Example"
SERIAL = "SN48151623"
CITY = "Springfield"
LAT, LON = 40.7, -74.0


@dataclass(frozen=True)
class Shape:
    """One hostile file: ``name`` says the format and what is odd about it."""

    name: str
    format: str
    data: bytes

    @property
    def ext(self) -> str:
        return _EXT[self.format]


_EXT = {
    "JPEG": "jpg",
    "PNG": "png",
    "WEBP": "webp",
    "GIF": "gif",
    "HEIF": "heic",
    "QUICKTIME": "mov",
    "JXL": "jxl",
    "TIFF": "tif",
}


# -- the metadata blocks ------------------------------------------------------------------------


def exif_tiff(*, gps: bool = True, owner: bool = True, serial: bool = True) -> bytes:
    """A TIFF-structured EXIF block (no ``Exif\\0\\0`` prefix): GPS, Artist, Copyright, serial."""
    zeroth: dict[int, object] = {piexif.ImageIFD.Make: b"TestMake"}
    if owner:
        zeroth[piexif.ImageIFD.Artist] = OWNER.encode()
        zeroth[piexif.ImageIFD.Copyright] = f"(c) {OWNER}".encode()
    exif: dict[int, object] = {}
    if serial:
        exif[piexif.ExifIFD.BodySerialNumber] = SERIAL.encode()
    gps_ifd: dict[int, object] = {}
    if gps:
        gps_ifd = {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((40, 1), (42, 1), (0, 1)),
            piexif.GPSIFD.GPSLongitudeRef: b"W",
            piexif.GPSIFD.GPSLongitude: ((74, 1), (0, 1), (0, 1)),
        }
    return piexif.dump({"0th": zeroth, "Exif": exif, "GPS": gps_ifd})[6:]


_XMP_BODY = (
    '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
    ' exif:GPSLatitude="40,42.0N" exif:GPSLongitude="74,0.0W">'
    "<dc:creator><rdf:Seq><rdf:li>{owner}</rdf:li></rdf:Seq></dc:creator>"
    "<photoshop:City>{city}</photoshop:City>"
    "</rdf:Description>"
)
_RDF_OPEN = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
_RDF_CLOSE = "</rdf:RDF></x:xmpmeta>"
_XPACKET = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'

#: XMP variants: ``(name, packet)``.
XMP_VARIANTS: dict[str, str] = {
    "plain": _XPACKET + _RDF_OPEN + _XMP_BODY.format(owner=OWNER, city=CITY) + _RDF_CLOSE,
    "doctype": _XPACKET + "<!DOCTYPE x:xmpmeta>" + _RDF_OPEN + _XMP_BODY.format(owner=OWNER, city=CITY) + _RDF_CLOSE,
    "doctype-in-comment": _XPACKET
    + "<!-- no <!DOCTYPE here -->"
    + _RDF_OPEN
    + _XMP_BODY.format(owner=OWNER, city=CITY)
    + _RDF_CLOSE,
    "entity": _XPACKET
    + f'<!DOCTYPE x:xmpmeta [<!ENTITY who "{OWNER}">]>'
    + _RDF_OPEN
    + _XMP_BODY.format(owner="&who;", city=CITY)
    + _RDF_CLOSE,
    # a closing tag that does not match, and the packet cut before its end
    "malformed": _XPACKET + _RDF_OPEN + _XMP_BODY.format(owner=OWNER, city=CITY).replace("</rdf:Seq>", "</rdf:Bag>"),
    "unclosed": _XPACKET + _RDF_OPEN + _XMP_BODY.format(owner=OWNER, city=CITY)[:-20],
}


def xmp(variant: str = "plain") -> bytes:
    return XMP_VARIANTS[variant].encode()


def iptc() -> bytes:
    """IPTC-IIM: By-line and City."""

    def ds(num: int, value: str) -> bytes:
        raw = value.encode()
        return b"\x1c\x02" + bytes([num]) + struct.pack(">H", len(raw)) + raw

    return b"\x1c\x02\x00\x00\x02\x00\x04" + ds(80, OWNER) + ds(90, CITY)


def jumbf() -> bytes:
    """A C2PA-style JUMBF store with a JSON assertion naming an author and a place."""
    assertion = json.dumps({"author": [{"name": OWNER}], "location": CITY}).encode()
    return box(b"jumb", box(b"jumd", b"c2pa" + bytes(12) + b"c2pa\x00") + box(b"json", assertion))


C2PA_UUID = bytes.fromhex("D8FEC3D61B0E483C92975828877EC481")


def photoshop_iptc() -> bytes:
    body = iptc()
    return b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


# -- JPEG ---------------------------------------------------------------------------------------


def _jpeg_base() -> bytes:
    im = Image.new("RGB", (16, 16), (30, 90, 200))
    im.putpixel((5, 5), (250, 250, 0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def app1_exif(tiff: bytes | None = None) -> bytes:
    return segment(0xE1, b"Exif\x00\x00" + (tiff if tiff is not None else exif_tiff()))


def app1_xmp(packet: bytes) -> bytes:
    return segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)


def jpeg(*after_soi: bytes, trailer: bytes = b"") -> bytes:
    """A real 16x16 JPEG with ``after_soi`` segments inserted after SOI, then ``trailer`` after EOI."""
    base = _jpeg_base()
    return base[:2] + b"".join(after_soi) + base[2:] + trailer


def ciff(owner: str = OWNER, *, depth: int = 1, filler: int = 0) -> bytes:
    """A Canon CIFF block as a JPEG APP0 segment carries it: ``OwnerName`` after ``filler``
    records that hold their value in the entry, in a heap nested ``depth`` deep.

    A heap is its values, then its directory (a count and 10-byte records: tag, size, offset
    from the heap's start), then where the directory starts; a sub-heap is a value of its
    parent (a record of type 0x28/0x30)."""
    value = owner.encode() + b"\x00"
    records = [struct.pack("<HLL", 0x5FFF, i, 0) for i in range(filler)]  # 0x4000: value in the record
    records.append(struct.pack("<HLL", 0x0810, len(value), 0))
    heap = value + struct.pack("<H", len(records)) + b"".join(records) + struct.pack("<L", len(value))
    for _ in range(depth - 1):  # each level: a heap whose only record is the one below
        heap += struct.pack("<HHLLL", 1, 0x300A, len(heap), 0, len(heap))
    return b"II" + struct.pack("<L", 14) + b"HEAPJPGM" + heap


def flir(*, filler: int = 0, cut: int = 0) -> bytes:
    """A FLIR FFF block (as the APP1 ``FLIR`` segments carry it): a GPS record (0x2B) after
    ``filler`` empty directory entries; ``cut`` bytes cut off the GPS record's end."""
    gps = struct.pack("<L4s2s2s4sdd", 1, b"\x02\x02\x00\x00", b"N\x00", b"W\x00", bytes(4), LAT, -LON) + bytes(32)
    entries = [bytes(0x20)] * filler
    at = 0x40 + 0x20 * (filler + 1)
    entries.append(struct.pack(">HHLLLL", 0x2B, 1, 0x64, 1, at, len(gps)) + bytes(12))
    head = b"FFF\x00" + bytes(16) + struct.pack(">LLL", 100, 0x40, len(entries)) + bytes(0x40 - 0x20)
    return head + b"".join(entries) + gps[: len(gps) - cut]


def app1_flir(fff: bytes) -> list[bytes]:
    """``fff`` as APP1 ``FLIR`` segments (chunk number, last chunk number), 60 KB each."""
    chunks = [fff[i : i + 60000] for i in range(0, len(fff), 60000)]
    return [segment(0xE1, b"FLIR\x00\x01" + bytes([i, len(chunks) - 1]) + c) for i, c in enumerate(chunks)]


def gps_ifd_only(**tags: object) -> bytes:
    """A TIFF-structured EXIF block whose GPS IFD holds only ``tags`` (piexif GPS tag names):
    destination coordinates, an area name... and no GPSLatitude/GPSLongitude."""
    gps = {getattr(piexif.GPSIFD, name): value for name, value in tags.items()}
    return piexif.dump({"0th": {piexif.ImageIFD.Make: b"TestMake"}, "GPS": gps})[6:]


#: A GPS IFD with the destination's coordinates only (they locate as well as the position).
GPS_DEST_ONLY = {
    "GPSDestLatitudeRef": b"N",
    "GPSDestLatitude": ((40, 1), (42, 1), (0, 1)),
    "GPSDestLongitudeRef": b"W",
    "GPSDestLongitude": ((74, 1), (0, 1), (0, 1)),
}


def _jpeg_shapes() -> list[Shape]:
    com = segment(0xFE, b"filler")
    app4 = segment(0xE4, b"junk")
    base = _jpeg_base()
    cut_exif = app1_exif()
    sos = base.index(b"\xff\xda")
    out = [
        ("exif", jpeg(app1_exif())),
        ("5000-com-then-exif", jpeg(com * 5000, app1_exif())),
        ("5000-com-then-xmp", jpeg(com * 5000, app1_xmp(xmp()))),
        ("5000-app4-then-exif", jpeg(app4 * 5000, app1_exif())),
        ("300-comments-with-text", jpeg(*(segment(0xFE, f"note {i}".encode()) for i in range(300)), app1_exif())),
        ("photoshop-iptc", jpeg(segment(0xED, b"Photoshop 3.0\x00" + photoshop_iptc()))),
        ("c2pa-app11", jpeg(segment(0xEB, b"JP\x02\x11\x00\x00\x00\x01" + jumbf()))),
        ("exif-in-trailer-jpeg", jpeg(trailer=jpeg(app1_exif()))),
        ("garbage-then-exif", jpeg(segment(0xFE, b"x"), b"\x00garbage\x00", app1_exif())),
        ("exif-after-image-data", base[:sos] + app1_exif() + base[sos:]),
        ("cut-inside-exif", base[:2] + cut_exif[: len(cut_exif) // 2]),
        ("cut-before-image-data", b"\xff\xd8\xff\xe1\x00\x02"),
        ("cut-after-exif", base[:2] + app1_exif()),
        ("ciff-owner", jpeg(segment(0xE0, ciff()))),
        ("ciff-owner-6-deep", jpeg(segment(0xE0, ciff(depth=6)))),
        ("ciff-owner-20-deep", jpeg(segment(0xE0, ciff(depth=20)))),
        ("ciff-300-records-then-owner", jpeg(segment(0xE0, ciff(filler=300)))),
        ("flir-gps", jpeg(*app1_flir(flir()))),
        ("flir-300-records-then-gps", jpeg(*app1_flir(flir(filler=300)))),
        ("flir-5000-records-then-gps", jpeg(*app1_flir(flir(filler=5000)))),
        ("flir-cut-gps-record", jpeg(*app1_flir(flir(cut=40)))),
        ("gps-dest-only", jpeg(app1_exif(gps_ifd_only(**GPS_DEST_ONLY)))),
        ("gps-area-information-only", jpeg(app1_exif(gps_ifd_only(GPSAreaInformation=b"ASCII\0\0\0" + CITY.encode())))),
        (
            "xmp-gps-dest-only",
            jpeg(
                app1_xmp(
                    (
                        _XPACKET
                        + _RDF_OPEN
                        + '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
                        + ' exif:GPSDestLatitude="40,42.0N" exif:GPSDestLongitude="74,0.0W"/>'
                        + _RDF_CLOSE
                    ).encode()
                )
            ),
        ),
    ]
    out += [(f"xmp-{v}", jpeg(app1_xmp(xmp(v)))) for v in XMP_VARIANTS]
    return [Shape(f"jpeg-{n}", "JPEG", d) for n, d in out]


# -- PNG ----------------------------------------------------------------------------------------


def chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def _png_base() -> bytes:
    im = Image.new("RGB", (16, 16), (30, 90, 200))
    im.putpixel((5, 5), (250, 250, 0))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def png(*after_ihdr: bytes, after_iend: bytes = b"") -> bytes:
    base = _png_base()
    return base[:33] + b"".join(after_ihdr) + base[33:] + after_iend


def itxt_xmp(packet: bytes) -> bytes:
    return chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + packet)


def _png_shapes() -> list[Shape]:
    exif = chunk(b"eXIf", exif_tiff())
    text = chunk(b"tEXt", b"Comment\x00filler")
    owner = chunk(b"tEXt", b"Author\x00" + OWNER.encode())
    base = _png_base()
    out = [
        ("exif", png(exif)),
        ("exif-after-iend", png(after_iend=exif)),
        ("xmp-after-iend", png(after_iend=itxt_xmp(xmp()))),
        ("author-after-iend", png(after_iend=owner)),
        ("2000-texts-then-xmp", png(text * 2000, itxt_xmp(xmp()))),
        ("2000-texts-then-author", png(text * 2000, owner)),
        ("2000-distinct-texts", png(*(chunk(b"tEXt", f"Note{i}\x00n {i}".encode()) for i in range(2000)), owner)),
        ("exif-before-ihdr", base[:8] + exif + base[8:]),
        ("exif-bad-crc", png(exif[:-4] + b"\x00\x00\x00\x00")),
        ("bad-chunk-type-then-exif", png(chunk(b"t\x00Xt", b"x"), exif)),
        ("cut-inside-exif", base[:33] + exif[: len(exif) // 2]),
        ("ztxt-broken-author", png(chunk(b"zTXt", b"Author\x00\x00" + b"not zlib"))),
        ("c2pa-cabx", png(chunk(b"caBX", jumbf()))),
    ]
    out += [(f"xmp-{v}", png(itxt_xmp(xmp(v)))) for v in XMP_VARIANTS]
    return [Shape(f"png-{n}", "PNG", d) for n, d in out]


# -- WebP ---------------------------------------------------------------------------------------


def riff_chunk(fourcc: bytes, payload: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")


def _webp_chunks() -> list[bytes]:
    im = Image.new("RGB", (16, 16), (30, 90, 200))
    buf = io.BytesIO()
    im.save(buf, "WEBP", quality=80, exif=b"Exif\x00\x00" + exif_tiff(gps=False, owner=False, serial=False))
    data = buf.getvalue()
    chunks, pos = [], 12
    while pos < len(data):
        size = struct.unpack_from("<I", data, pos + 4)[0]
        end = pos + 8 + size + (size & 1)
        chunks.append(data[pos:end])
        pos = end
    return [c for c in chunks if c[:4] != b"EXIF"]


def webp(*extra: bytes, flags: int = 0x0C, after_riff: bytes = b"") -> bytes:
    """A VP8X WebP (image chunks from Pillow) with ``extra`` chunks after the image data."""
    chunks = _webp_chunks()
    vp8x = bytearray(chunks[0])
    vp8x[8] = (vp8x[8] & ~0x2C) | flags
    body = bytes(vp8x) + b"".join(chunks[1:]) + b"".join(extra)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body + after_riff


def _webp_shapes() -> list[Shape]:
    exif = riff_chunk(b"EXIF", exif_tiff())
    out = [
        ("exif", webp(exif)),
        ("exif-with-prefix", webp(riff_chunk(b"EXIF", b"Exif\x00\x00" + exif_tiff()))),
        ("exif-after-riff", webp(after_riff=exif)),
        ("3000-unknown-then-exif", webp(riff_chunk(b"JUNK", b"ab") * 3000, exif)),
        ("bad-chunk-name-then-exif", webp(riff_chunk(b"\x01\x02\x03\x04", b"ab"), exif)),
        ("two-exif-second-gps", webp(riff_chunk(b"EXIF", exif_tiff(gps=False, owner=False)), exif)),
        ("exif-flag-unset", webp(exif, flags=0)),
        ("xmp-nul-name", webp(riff_chunk(b"XMP\x00", xmp()))),
        ("cut-inside-exif", webp(exif)[:-40]),
    ]
    out += [(f"xmp-{v}", webp(riff_chunk(b"XMP ", xmp(v)))) for v in XMP_VARIANTS]
    return [Shape(f"webp-{n}", "WEBP", d) for n, d in out]


# -- GIF ----------------------------------------------------------------------------------------


def _gif_base() -> bytes:
    im = Image.new("P", (16, 16), 1)
    im.putpalette([v % 256 for v in range(768)])
    buf = io.BytesIO()
    im.save(buf, "GIF")
    return buf.getvalue()


def gif_xmp(packet: bytes) -> bytes:
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    return b"\x21\xff\x0bXMP DataXMP" + packet + trailer


def sub_blocks(payload: bytes) -> bytes:
    return b"".join(bytes([len(payload[i : i + 255])]) + payload[i : i + 255] for i in range(0, len(payload), 255))


def gif_comment(text: bytes) -> bytes:
    return b"\x21\xfe" + sub_blocks(text) + b"\x00"


def gif(*before_trailer: bytes, after: bytes = b"") -> bytes:
    base = _gif_base()
    return base[:-1] + b"".join(before_trailer) + b"\x3b" + after


def _gif_shapes() -> list[Shape]:
    out = [
        ("xmp", gif(gif_xmp(xmp()))),
        ("xmp-after-trailer", gif(after=gif_xmp(xmp()))),
        ("3000-comments-then-xmp", gif(gif_comment(b"filler") * 3000, gif_xmp(xmp()))),
        ("no-trailer", gif(gif_xmp(xmp()))[:-1]),
        ("cut-inside-xmp", gif(gif_xmp(xmp()))[:-40]),
    ]
    out += [(f"xmp-{v}", gif(gif_xmp(xmp(v)))) for v in XMP_VARIANTS if v != "plain"]
    return [Shape(f"gif-{n}", "GIF", d) for n, d in out]


# -- ISO BMFF (HEIF, QuickTime, JPEG XL) ----------------------------------------------------------


def box(btype: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def full(btype: bytes, payload: bytes, version: int = 0, flags: int = 0) -> bytes:
    return box(btype, bytes([version]) + flags.to_bytes(3, "big") + payload)


def _infe(item_id: int, item_type: bytes, mime: bytes = b"") -> bytes:
    body = struct.pack(">HH", item_id, 0) + item_type + b"\x00"
    if item_type == b"mime":
        body += mime + b"\x00"
    return full(b"infe", body, version=2)


def heif_meta(items: list[tuple[int, bytes, bytes, int, int]], *, primary: int = 1, idat: bytes = b"") -> bytes:
    """A ``meta`` box: ``items`` are ``(id, type, mime, offset, length)``; offsets absolute (or in idat)."""
    iinf = full(b"iinf", struct.pack(">H", len(items)) + b"".join(_infe(i, t, m) for i, t, m, _o, _n in items))
    method = 1 if idat else 0
    entries = b"".join(struct.pack(">HHHHII", i, method, 0, 1, o, n) for i, _t, _m, o, n in items)
    iloc = full(b"iloc", bytes([0x44, 0x00]) + struct.pack(">H", len(items)) + entries, version=1)
    ispe = full(b"ispe", struct.pack(">II", 16, 16))
    ipma = full(b"ipma", struct.pack(">IHB", 1, primary, 1) + b"\x81")
    iprp = box(b"iprp", box(b"ipco", ispe) + ipma)
    hdlr = full(b"hdlr", bytes(4) + b"pict" + bytes(13))
    pitm = full(b"pitm", struct.pack(">H", primary))
    return full(b"meta", hdlr + pitm + iinf + iloc + iprp + (box(b"idat", idat) if idat else b""))


_HEVC = b"\x00\x00\x00\x10fake hevc data!!"


def _fix_offsets(build: Callable[[int], bytes]) -> bytes:
    """``build(base)`` with ``base`` = where the mdat payload starts (found by building twice)."""
    probe = build(0)
    base = probe.index(b"mdat") + 4
    return build(base)


def heif(*, exif: bytes | None = None, xmp_packet: bytes | None = None, second_meta: bool = False) -> bytes:
    """A hand-built HEIF: one (fake) HEVC image item plus Exif/XMP items in ``mdat``.

    With ``second_meta`` the Exif/XMP items live in a second top-level ``meta`` box.
    """
    ftyp = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")

    def build(base: int) -> bytes:
        payload = _HEVC
        image = [(1, b"hvc1", b"", base, len(_HEVC))]
        extra: list[tuple[int, bytes, bytes, int, int]] = []
        if exif is not None:
            blob = b"\x00\x00\x00\x06Exif\x00\x00" + exif
            extra.append((2, b"Exif", b"", base + len(payload), len(blob)))
            payload += blob
        if xmp_packet is not None:
            extra.append((3, b"mime", b"application/rdf+xml", base + len(payload), len(xmp_packet)))
            payload += xmp_packet
        # a second meta box: its own primary item, the metadata items
        metas = heif_meta(image) + heif_meta(extra, primary=2) if second_meta else heif_meta(image + extra)
        return ftyp + metas + box(b"mdat", payload)

    return _fix_offsets(build)


def _heif_shapes() -> list[Shape]:
    out = [
        ("exif", heif(exif=exif_tiff())),
        ("exif-in-second-meta", heif(exif=exif_tiff(), second_meta=True)),
        ("xmp-in-second-meta", heif(xmp_packet=xmp(), second_meta=True)),
        ("top-level-xmp-uuid", heif() + box(b"uuid", bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC") + xmp())),
        ("cut-inside-exif", heif(exif=exif_tiff())[:-30]),
        ("c2pa-uuid", heif() + box(b"uuid", C2PA_UUID + bytes(4) + b"c2pa\x00" + bytes(8) + jumbf())),
    ]
    out += [(f"xmp-{v}", heif(xmp_packet=xmp(v))) for v in XMP_VARIANTS]
    return [Shape(f"heif-{n}", "HEIF", d) for n, d in out]


def qt_text(text: str) -> bytes:
    """A QuickTime ``©xxx`` string value: 16-bit length, 16-bit language, the text."""
    raw = text.encode()
    return struct.pack(">HH", len(raw), 0x15C7) + raw


def text_3gp(text: str, *, utf16: bool = False) -> bytes:
    """A 3GPP ``auth``/``cprt``/``titl`` value: version/flags, language, NUL-terminated string."""
    raw = (b"\xfe\xff" + text.encode("utf-16-be") + b"\x00\x00") if utf16 else text.encode() + b"\x00"
    return bytes(4) + struct.pack(">H", 0x15C7) + raw


def loci(name: str, *, notes: str = "") -> bytes:
    body = (
        struct.pack(">H", 0x15C7)
        + name.encode()
        + b"\x00\x00"
        + struct.pack(">iii", int(LON * 65536), int(LAT * 65536), 0)
        + b"earth\x00"
        + notes.encode()
        + b"\x00"
    )
    return full(b"loci", body)


def data_box(text: str) -> bytes:
    return box(b"data", struct.pack(">II", 1, 0) + text.encode())


def movie(*udta: bytes, ilst: bytes = b"", top: bytes = b"", brand: bytes = b"qt  ") -> bytes:
    """A minimal movie: ``moov`` (``mvhd``, ``udta`` children, an ``ilst``), ``mdat``."""
    mvhd = full(b"mvhd", struct.pack(">III", 0, 0, 600) + bytes(84))
    meta = b""
    if ilst:
        meta = full(b"meta", full(b"hdlr", bytes(4) + b"mdir" + b"appl" + bytes(9)) + box(b"ilst", ilst))
    moov = box(b"moov", mvhd + (box(b"udta", b"".join(udta) + meta) if udta or meta else b""))
    return box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand) + moov + top + box(b"mdat", b"\x01\x02\x03\x04" * 8)


def track(handler: bytes, fmt: bytes, offsets: list[int], sizes: list[int], *, entry: bytes = b"") -> bytes:
    """A ``trak`` whose sample table lists one sample per chunk at ``offsets`` (file offsets)."""
    stsd = full(b"stsd", struct.pack(">I", 1) + box(fmt, bytes(6) + struct.pack(">H", 1) + entry))
    stts = full(b"stts", struct.pack(">III", 1, len(sizes), 1))
    stsc = full(b"stsc", struct.pack(">IIII", 1, 1, 1, 1))
    stsz = full(b"stsz", struct.pack(">II", 0, len(sizes)) + b"".join(struct.pack(">I", n) for n in sizes))
    stco = full(b"stco", struct.pack(">I", len(offsets)) + b"".join(struct.pack(">I", o) for o in offsets))
    hdlr = full(b"hdlr", bytes(4) + handler + bytes(13))
    mdhd = full(b"mdhd", struct.pack(">IIII", 3_600_000_000, 3_600_000_000, 600, len(sizes)) + bytes(4))
    tkhd = full(b"tkhd", struct.pack(">III", 3_600_000_000, 3_600_000_000, 1) + bytes(72))
    stbl = box(b"stbl", stsd + stts + stsc + stsz + stco)
    return box(b"trak", tkhd + box(b"mdia", mdhd + hdlr + box(b"minf", stbl)))


def movie_with_tracks(tracks: list[tuple[bytes, bytes, list[bytes], bytes]], *, brand: bytes = b"qt  ") -> bytes:
    """A movie whose tracks are ``(handler, sample format, samples, sample entry body)``, samples in one ``mdat``."""

    def build(base: int) -> bytes:
        traks, payload = b"", b""
        for handler, fmt, samples, entry in tracks:
            offsets = []
            for sample in samples:
                offsets.append(base + len(payload))
                payload += sample
            traks += track(handler, fmt, offsets, [len(s) for s in samples], entry=entry)
        mvhd = full(b"mvhd", struct.pack(">III", 3_600_000_000, 3_600_000_000, 600) + bytes(84))
        ftyp = box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand)
        return ftyp + box(b"moov", mvhd + traks) + box(b"mdat", payload)

    return _fix_offsets(build)


def camm_gps() -> bytes:
    """A Google ``camm`` sample of type 5: latitude, longitude, altitude (little-endian doubles)."""
    return struct.pack("<HHddd", 0, 5, LAT, LON, 10.0)


def mebx_entry(*keys: str) -> bytes:
    """The body of an Apple ``mebx`` sample entry declaring ``keys`` (local ids 1, 2...)."""
    local = b""
    for i, key in enumerate(keys, start=1):
        keyd = box(b"keyd", b"mdta" + key.encode())
        dtyp = box(b"dtyp", struct.pack(">II", 0, 1))  # well-known type 1: UTF-8
        local += box(struct.pack(">I", i), keyd + dtyp)
    return box(b"keys", local)


def mebx_sample(*values: str) -> bytes:
    """One ``mebx`` sample: a box per value, typed by its key's local id."""
    return b"".join(box(struct.pack(">I", i), v.encode()) for i, v in enumerate(values, start=1))


#: A (fake) video track, and Apple timed metadata holding a position.
VIDEO_TRACK = (b"vide", b"avc1", [b"\x00\x00\x00\x05frame" * 4] * 2, b"")
MEBX_LOCATION = (
    b"meta",
    b"mebx",
    [mebx_sample("+40.7000-074.0000/")],
    mebx_entry("com.apple.quicktime.location.ISO6709"),
)


def _qt_shapes() -> list[Shape]:
    out = [
        ("xyz", movie(box(b"\xa9xyz", qt_text("+40.7000-074.0000/")))),
        ("aut", movie(box(b"\xa9aut", qt_text(OWNER)))),
        ("ART", movie(box(b"\xa9ART", qt_text(OWNER)))),
        ("cpy", movie(box(b"\xa9cpy", qt_text(OWNER)))),
        ("prf", movie(box(b"\xa9prf", qt_text(OWNER)))),
        ("3gp-auth", movie(full(b"auth", text_3gp(OWNER)[4:]), brand=b"3gp5")),
        ("3gp-auth-utf16", movie(full(b"auth", text_3gp(OWNER, utf16=True)[4:]), brand=b"3gp5")),
        ("3gp-cprt", movie(full(b"cprt", text_3gp(OWNER)[4:]), brand=b"3gp5")),
        ("3gp-perf", movie(full(b"perf", text_3gp(OWNER)[4:]), brand=b"3gp5")),
        ("3gp-loci-name", movie(loci(CITY, notes="by the lake"), brand=b"3gp5")),
        ("ilst-aut", movie(ilst=box(b"\xa9aut", data_box(OWNER)))),
        ("ilst-ART", movie(ilst=box(b"\xa9ART", data_box(OWNER)))),
        ("ilst-cpy", movie(ilst=box(b"cprt", data_box(OWNER)))),
        ("serial-slno", movie(box(b"slno", SERIAL.encode()))),
        ("xmp-box", movie(box(b"XMP_", xmp()))),
        ("c2pa-uuid", movie(top=box(b"uuid", C2PA_UUID + bytes(4) + b"c2pa\x00" + bytes(8) + jumbf()))),
        ("top-level-udta", movie(top=box(b"udta", box(b"\xa9xyz", qt_text("+40.7000-074.0000/"))))),
        ("cut-inside-moov", movie(box(b"\xa9xyz", qt_text("+40.7000-074.0000/")))[:-50]),
        ("camm-gps-track", movie_with_tracks([VIDEO_TRACK, (b"camm", b"camm", [camm_gps()] * 3, b"")])),
        ("mebx-location-track", movie_with_tracks([VIDEO_TRACK, MEBX_LOCATION])),
    ]
    out += [(f"xmp-{v}", movie(box(b"XMP_", xmp(v)))) for v in XMP_VARIANTS if v != "plain"]
    return [Shape(f"mov-{n}", "QUICKTIME", d) for n, d in out]


JXL_SIGNATURE = b"\x00\x00\x00\x0cJXL \r\n\x87\n"


def jxl(*boxes: bytes) -> bytes:
    """A JPEG XL container with a (fake) codestream and ``boxes`` after it."""
    return JXL_SIGNATURE + box(b"ftyp", b"jxl \x00\x00\x00\x00jxl ") + box(b"jxlc", b"\xff\x0aCODE") + b"".join(boxes)


def _jxl_shapes() -> list[Shape]:
    exif = box(b"Exif", b"\x00\x00\x00\x00" + exif_tiff())
    out = [
        ("exif", jxl(exif)),
        ("brob-exif", jxl(box(b"brob", b"Exif" + b"\x1b\x2a\x00\x00brotli-bytes"))),
        ("c2pa-jumb", jxl(jumbf())),
        ("exif-after-cut-box", jxl(exif, struct.pack(">I", 4000) + b"free" + b"short")),
        ("cut-inside-exif", jxl(exif)[:-30]),
    ]
    out += [(f"xmp-{v}", jxl(box(b"xml ", xmp(v)))) for v in XMP_VARIANTS]
    return [Shape(f"jxl-{n}", "JXL", d) for n, d in out]


# -- text fields that say where (for the only-GPS strip) --------------------------------------------

#: A text that says where (an address and a town), one with coordinates, and one that does not.
PLACE_TEXT = "Picnic at 42 Oak Street, Springfield"
COORD_TEXT = "Taken at 40.71280, -74.00600"
KEEP_TEXT = "Sunset with the dog"
MAKE = "TestMake"


def exif_texts(*, gps: bool = False) -> bytes:
    """A TIFF-structured EXIF block: the place in ImageDescription and XPComment, coordinates in
    UserComment, the camera's Make and the owner kept in plain fields; with ``gps`` a GPS IFD
    at the very position the UserComment gives (written out twice, as cameras' apps do)."""
    zeroth: dict[int, object] = {
        piexif.ImageIFD.Make: MAKE.encode(),
        piexif.ImageIFD.Artist: OWNER.encode(),
        piexif.ImageIFD.ImageDescription: PLACE_TEXT.encode(),
        piexif.ImageIFD.XPComment: PLACE_TEXT.encode("utf-16-le") + b"\x00\x00",
        piexif.ImageIFD.XPTitle: KEEP_TEXT.encode("utf-16-le") + b"\x00\x00",
    }
    exif = {piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00" + COORD_TEXT.encode()}
    gps_ifd = {1: b"N", 2: ((40, 1), (42, 1), (4608, 100)), 3: b"W", 4: ((74, 1), (0, 1), (2160, 100))}
    return piexif.dump({"0th": zeroth, "Exif": exif, "GPS": gps_ifd if gps else {}})[6:]


def xmp_texts() -> bytes:
    """XMP with the place in dc:description and a kept dc:title."""
    body = (
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{PLACE_TEXT}</rdf:li></rdf:Alt></dc:description>'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{KEEP_TEXT}</rdf:li></rdf:Alt></dc:title>'
        "</rdf:Description>"
    )
    return (_XPACKET + _RDF_OPEN + body + _RDF_CLOSE).encode()


def iptc_texts() -> bytes:
    """A Photoshop IPTC resource: the place in Caption-Abstract, a kept Headline."""

    def ds(num: int, value: str) -> bytes:
        raw = value.encode()
        return b"\x1c\x02" + bytes([num]) + struct.pack(">H", len(raw)) + raw

    body = b"\x1c\x02\x00\x00\x02\x00\x04" + ds(120, PLACE_TEXT) + ds(105, KEEP_TEXT)
    return b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def location_text_shapes() -> list[Shape]:
    """One file per format whose text fields say where (an address, a town, coordinates) beside
    text fields that do not, and the camera's make: an only-GPS copy keeps the camera data and
    the other texts and leaves out every field that says where."""
    tiff_buf = io.BytesIO()
    Image.new("RGB", (16, 16), (30, 90, 200)).save(
        tiff_buf, "TIFF", tiffinfo={270: PLACE_TEXT, 271: MAKE, 269: KEEP_TEXT, 315: OWNER}
    )
    out = [
        (
            "JPEG",
            jpeg(
                app1_exif(exif_texts()),
                app1_xmp(xmp_texts()),
                segment(0xED, b"Photoshop 3.0\x00" + iptc_texts()),
                segment(0xFE, PLACE_TEXT.encode()),
            ),
        ),
        (
            "PNG",
            png(
                chunk(b"eXIf", exif_texts()),
                itxt_xmp(xmp_texts()),
                chunk(b"tEXt", b"Comment\x00" + PLACE_TEXT.encode()),
                chunk(b"tEXt", b"Title\x00" + KEEP_TEXT.encode()),
                chunk(b"tEXt", b"Location\x00Riverside Park"),
            ),
        ),
        ("WEBP", webp(riff_chunk(b"EXIF", exif_texts()), riff_chunk(b"XMP ", xmp_texts()))),
        ("JPEG", jpeg(app1_exif(exif_texts(gps=True)))),
        ("GIF", gif(gif_comment(PLACE_TEXT.encode()), gif_xmp(xmp_texts()))),
        ("HEIF", heif(exif=exif_texts(), xmp_packet=xmp_texts())),
        (
            "QUICKTIME",
            movie(
                box(b"\xa9cmt", qt_text(PLACE_TEXT)),
                box(b"\xa9nam", qt_text(KEEP_TEXT)),
                box(b"\xa9mak", qt_text(MAKE)),
            ),
        ),
        ("JXL", jxl(box(b"Exif", b"\x00\x00\x00\x00" + exif_texts()), box(b"xml ", xmp_texts()))),
        ("TIFF", tiff_buf.getvalue()),
    ]
    names = [f"{fmt.lower()}-location-texts" for fmt, _data in out]
    names[names.index("jpeg-location-texts", 1)] = "jpeg-location-texts-and-the-same-gps"
    shapes = [Shape(name, fmt, data) for name, (fmt, data) in zip(names, out, strict=True)]
    # the place in fields that are not free text: a program name, an XMP property of another
    # namespace, IPTC Source, a QuickTime atom, an ICC profile's description
    other = piexif.dump({"0th": {305: PLACE_TEXT.encode(), 271: MAKE.encode(), 270: KEEP_TEXT.encode()}})[6:]
    ns = ' xmlns:my="http://example.com/ns/1.0/"'
    return [
        *shapes,
        Shape(
            "jpeg-location-in-other-fields",
            "JPEG",
            jpeg(
                app1_exif(other),
                app1_xmp(_xmp_with(f"<my:Note>{PLACE_TEXT}</my:Note>", ns)),
                _iptc_with(115, PLACE_TEXT),
            ),
        ),
        Shape(
            "mov-location-in-other-fields",
            "QUICKTIME",
            movie(box(b"\xa9swr", qt_text(PLACE_TEXT)), box(b"\xa9nam", qt_text(KEEP_TEXT))),
        ),
        Shape(
            "png-location-in-the-icc-profile",
            "PNG",
            png(
                chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(icc_profile(desc=icc_desc(PLACE_TEXT)))),
                chunk(b"tEXt", b"Title\x00" + KEEP_TEXT.encode()),
            ),
        ),
    ]


# -- free text in fields nobody calls text (a phone number where a program name goes...) -------------

#: A phone number written where a reader of the metadata sees it (ExifTool shows it as is).
PHONE = "217 555 0134"
PHONE_TEXT = f"call me {PHONE}"


def _xmp_with(body: str, namespaces: str = "") -> bytes:
    desc = f'<rdf:Description rdf:about=""{namespaces}>{body}</rdf:Description>'
    return (_XPACKET + _RDF_OPEN + desc + _RDF_CLOSE).encode()


def _iptc_with(dataset: int, value: str) -> bytes:
    raw = value.encode()
    body = b"\x1c\x02\x00\x00\x02\x00\x04" + b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(raw)) + raw
    ps = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")
    return segment(0xED, b"Photoshop 3.0\x00" + ps)


def free_text_shapes() -> list[Shape]:
    """One file per field a scanner that reads only "known" text fields would miss: the phone
    number :data:`PHONE_TEXT` in a program name, a GPS processing method, the Interop IFD, a
    camera model, XMP properties of other namespaces, nested structures and edit history,
    IPTC data sets, QuickTime atoms. ExifTool reads every one of them."""
    phone, ns_my = PHONE_TEXT.encode(), ' xmlns:my="http://example.com/ns/1.0/"'
    tiff_buf = io.BytesIO()
    Image.new("RGB", (16, 16), (30, 90, 200)).save(tiff_buf, "TIFF", tiffinfo={305: PHONE_TEXT, 271: MAKE})
    ifd0 = {piexif.ImageIFD.Make: MAKE.encode()}

    def exif(**ifds: dict) -> bytes:
        return piexif.dump({"0th": ifd0, **ifds})[6:]

    out = [
        ("jpeg-exif-software", "JPEG", jpeg(app1_exif(exif(**{"0th": {**ifd0, 305: phone}})))),
        ("jpeg-exif-model", "JPEG", jpeg(app1_exif(exif(**{"0th": {**ifd0, 272: phone}})))),
        ("jpeg-exif-image-history", "JPEG", jpeg(app1_exif(exif(**{"0th": {**ifd0, 0x9213: phone}})))),
        ("jpeg-exif-gps-processing-method", "JPEG", jpeg(app1_exif(exif(GPS={0x1B: b"ASCII\0\0\0" + phone})))),
        ("jpeg-exif-interop-index", "JPEG", jpeg(app1_exif(exif(Exif={0x9000: b"0232"}, Interop={1: phone})))),
        ("jpeg-xmp-other-namespace", "JPEG", jpeg(app1_xmp(_xmp_with(f"<my:Note>{PHONE_TEXT}</my:Note>", ns_my)))),
        (
            "jpeg-xmp-nested-structure",
            "JPEG",
            jpeg(
                app1_xmp(
                    _xmp_with(f'<my:Info rdf:parseType="Resource"><my:Note>{PHONE_TEXT}</my:Note></my:Info>', ns_my)
                )
            ),
        ),
        (
            "jpeg-xmp-edit-history",
            "JPEG",
            jpeg(
                app1_xmp(
                    _xmp_with(
                        '<xmpMM:History><rdf:Seq><rdf:li rdf:parseType="Resource">'
                        f"<stEvt:softwareAgent>{PHONE_TEXT}</stEvt:softwareAgent></rdf:li></rdf:Seq></xmpMM:History>",
                        ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"'
                        ' xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#"',
                    )
                )
            ),
        ),
        (
            "jpeg-xmp-photoshop-source",
            "JPEG",
            jpeg(
                app1_xmp(
                    _xmp_with(
                        f"<photoshop:Source>{PHONE_TEXT}</photoshop:Source>",
                        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
                    )
                )
            ),
        ),
        (
            "jpeg-xmp-gps-processing-method",
            "JPEG",
            jpeg(
                app1_xmp(
                    _xmp_with(
                        f"<exif:GPSProcessingMethod>{PHONE_TEXT}</exif:GPSProcessingMethod>",
                        ' xmlns:exif="http://ns.adobe.com/exif/1.0/"',
                    )
                )
            ),
        ),
        ("jpeg-iptc-source", "JPEG", jpeg(_iptc_with(115, PHONE_TEXT))),
        ("jpeg-iptc-supplemental-category", "JPEG", jpeg(_iptc_with(20, PHONE_TEXT))),
        ("png-exif-software", "PNG", png(chunk(b"eXIf", exif(**{"0th": {**ifd0, 305: phone}})))),
        ("tiff-software", "TIFF", tiff_buf.getvalue()),
        ("mov-swr", "QUICKTIME", movie(box(b"\xa9swr", qt_text(PHONE_TEXT)))),
        ("mov-encoder", "QUICKTIME", movie(box(b"\xa9too", qt_text(PHONE_TEXT)))),
    ]
    return [Shape(name, fmt, data) for name, fmt, data in out]


# -- ICC colour profiles whose texts name the owner (a clean copy keeps the profile) ----------------

ICC_DESCRIPTION = f"{OWNER} {PHONE}"
ICC_COPYRIGHT = f"Copyright {OWNER}"


def icc_desc(text: str) -> bytes:
    """An ICC v2 ``desc`` (textDescriptionType) value: ASCII, Unicode and Macintosh forms."""
    ascii_ = text.encode() + b"\x00"
    uni = text.encode("utf-16-be") + b"\x00\x00"
    mac = (text.encode()[:66] + b"\x00").ljust(67, b"\x00")
    return (
        b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_
        + struct.pack(">II", 0, len(uni) // 2) + uni + struct.pack(">HB", 0, min(len(text), 66) + 1) + mac
    )  # fmt: skip


def icc_mluc(*texts: str) -> bytes:
    """An ICC v4 ``mluc`` value: one record per text (en-US, de-DE, fr-FR...)."""
    langs = [b"enUS", b"deDE", b"frFR", b"esES"]
    strings = [t.encode("utf-16-be") for t in texts]
    at = 16 + 12 * len(texts)
    records, body = b"", b""
    for lang, raw in zip(langs, strings, strict=False):
        records += lang + struct.pack(">II", len(raw), at + len(body))
        body += raw
    return b"mluc" + bytes(4) + struct.pack(">II", len(texts), 12) + records + body


def icc_text(text: str) -> bytes:
    """An ICC ``text`` (textType) value."""
    return b"text" + bytes(4) + text.encode() + b"\x00"


def icc_profile(**tags: bytes) -> bytes:
    """LittleCMS's own sRGB profile (a profile colour engines really use) with text tags
    replaced or added (``desc=icc_desc(...)``, ``cprt=...``, ``dmdd=...``; ``pad_`` adds an
    unused tag of that many bytes, to make the profile span several JPEG segments)."""
    from PIL import ImageCms

    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    count = struct.unpack_from(">I", base, 128)[0]
    table: dict[bytes, bytes] = {}
    for i in range(count):
        sig, off, size = struct.unpack_from(">4sII", base, 132 + 12 * i)
        table[sig] = base[off : off + size]
    for name, value in tags.items():
        if name == "pad_":
            table[b"zzzz"] = b"data" + bytes(4) + bytes(int.from_bytes(value, "big"))
        else:
            table[name.encode()] = value
    at = 132 + 12 * len(table)
    head, body, placed = b"", b"", {}
    for sig, value in table.items():
        if value not in placed:  # tags sharing one value (the three TRCs) keep sharing it
            placed[value] = at + len(body)
            body += value + bytes(-len(value) % 4)
        head += sig + struct.pack(">II", placed[value], len(value))
    profile = bytearray(base[:128] + struct.pack(">I", len(table)) + head + body)
    struct.pack_into(">I", profile, 0, len(profile))
    profile[84:100] = bytes(16)
    return bytes(profile)


#: The profile the shapes carry: the owner and a phone number in its description, the owner
#: in its copyright.
def _owner_icc(**more: bytes) -> bytes:
    return icc_profile(desc=icc_desc(ICC_DESCRIPTION), cprt=icc_text(ICC_COPYRIGHT), **more)


def _picture(fmt: str, icc: bytes, **params: object) -> bytes:
    im = Image.new("RGB", (24, 16), (200, 60, 30))
    im.putpixel((3, 4), (10, 250, 40))
    buf = io.BytesIO()
    im.save(buf, fmt, icc_profile=icc, **params)
    return buf.getvalue()


def gif_icc(profile: bytes) -> bytes:
    """A GIF application extension ``ICCRGBG1012`` carrying ``profile``."""
    return b"\x21\xff\x0bICCRGBG1012" + sub_blocks(profile) + b"\x00"


def icc_shapes() -> list[Shape]:
    """One file per way to carry an ICC profile whose texts name the owner and a phone number:
    a v2 ``desc``/``text`` and a v4 ``mluc`` profile, one over two JPEG segments, the device
    texts repeating the description, in JPEG, PNG, WebP, TIFF, GIF and HEIF."""
    v4 = icc_profile(desc=icc_mluc("sRGB", ICC_DESCRIPTION), cprt=icc_mluc(ICC_COPYRIGHT))
    device = _owner_icc(dmnd=icc_desc(ICC_COPYRIGHT), dmdd=icc_desc(ICC_DESCRIPTION))
    out = [
        ("jpeg-icc-v2", "JPEG", _picture("JPEG", _owner_icc(), quality=90)),
        ("jpeg-icc-v4-mluc", "JPEG", _picture("JPEG", v4, quality=90)),
        ("jpeg-icc-two-segments", "JPEG", _picture("JPEG", _owner_icc(pad_=(70000).to_bytes(4, "big")), quality=90)),
        ("jpeg-icc-device-texts", "JPEG", _picture("JPEG", device, quality=90)),
        ("png-icc-v2", "PNG", _picture("PNG", _owner_icc())),
        ("png-icc-v4-mluc", "PNG", _picture("PNG", v4)),
        ("webp-icc-v2", "WEBP", _picture("WEBP", _owner_icc(), lossless=True)),
        ("tiff-icc-v2", "TIFF", _picture("TIFF", _owner_icc())),
        ("gif-icc-v2", "GIF", gif(gif_icc(_owner_icc()))),
    ]
    try:
        import pillow_heif

        if pillow_heif.libheif_info().get("HEIF"):
            pillow_heif.register_heif_opener()
            out.append(("heif-icc-v2", "HEIF", _picture("HEIF", _owner_icc(), quality=90)))
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        pass
    return [Shape(name, fmt, data) for name, fmt, data in out]


def shapes() -> list[Shape]:
    """Every shape, every format."""
    return [
        *_jpeg_shapes(),
        *_png_shapes(),
        *_webp_shapes(),
        *_gif_shapes(),
        *_heif_shapes(),
        *_qt_shapes(),
        *_jxl_shapes(),
    ]


# -- the oracle ---------------------------------------------------------------------------------

#: ExifTool tag names (after the group) that hold a position.
GPS_TAGS = frozenset(
    {
        "GPSLatitude",
        "GPSLongitude",
        "GPSDestLatitude",
        "GPSDestLongitude",
        "GPSCoordinates",
        "GPSPosition",
        "LocationInformation",
    }
)
#: What a reader can give away, by the fictional value that carries it.
VALUES = {"OWNER": OWNER, "SERIAL": SERIAL, "PLACE": CITY}


def exiftool(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """File name -> ExifTool's record (``-ee -a -G1 -n -json``), one process for all ``paths``."""
    if not paths:
        return {}
    proc = subprocess.run(
        ["exiftool", "-ee", "-a", "-G1", "-n", "-json", *map(str, paths)], capture_output=True, text=True, check=False
    )
    return {Path(rec["SourceFile"]).name: rec for rec in json.loads(proc.stdout or "[]")}


def exiftool_sees(record: dict[str, Any]) -> set[str]:
    """``"GPS"``, ``"OWNER"``, ``"SERIAL"``, ``"PLACE"``: what ExifTool read in one file."""
    seen = set()
    for key, value in record.items():
        group, _, name = key.partition(":")
        if not name or group in ("Composite", "System", "File", "ExifTool"):
            continue
        if name in GPS_TAGS:
            seen.add("GPS")
        seen |= {what for what, v in VALUES.items() if v in str(value)}
    return seen


def leakscan_sees(result) -> set[str]:
    """The same categories in a :class:`~leakscan.findings.ScanResult`."""
    seen = {"GPS"} if any(f.kind.value == "GPS" for f in result.findings) else set()
    texts = " ".join(f.text for f in result.findings)
    return seen | {what for what, v in VALUES.items() if v in texts}


# -- lossless checks -----------------------------------------------------------------------------


def strip_options():
    """The strips a "lossless" claim must survive: full, location only, without ICC and orientation."""
    from leakscan.media.base import StripOptions

    return (StripOptions(), StripOptions(only_gps=True), StripOptions(keep_icc=False, keep_orientation=False))


def photo_files(roots: list[Path], fmt: str) -> list[Path]:
    """Readable photos of one format (as sniffed) under ``roots``; the corpus's broken files left out."""
    from leakscan.media import sniff

    out = []
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and "malformed" not in path.parts and path.suffix not in (".md", ".jsonl"):
                handler = sniff(path.read_bytes()[:64])
                if handler is not None and handler.format == fmt:
                    out.append(path)
    return out


def parts_changed_by_strips(handler, data: bytes) -> list[str]:
    """The strips after which ``handler.pixel_parts`` of the copy differ from the original's (none, for a lossless strip)."""
    before = handler.pixel_parts(data)
    assert before, "no picture data found"
    return [repr(o) for o in strip_options() if handler.pixel_parts(handler.strip(data, o).data) != before]


def flipped(data: bytes, offset: int) -> bytes:
    """``data`` with the lowest bit of one byte flipped."""
    return data[:offset] + bytes([data[offset] ^ 1]) + data[offset + 1 :]
