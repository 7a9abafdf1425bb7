"""Building blocks the container handlers share to clean EXIF and XMP blocks they carry.

Everything here works on one already-extracted block (a TIFF-structured EXIF payload or an
XMP packet) and is bounded: offsets are checked against the block, directory entry counts
are capped, loops are refused. Two families:

- **Replacements** (:func:`minimal_tiff`, :func:`empty_xmp`, :func:`zlib_exact`): a block
  holding nothing identifying, optionally padded to an exact size so a container can
  overwrite the old block *in place* (HEIF items, QuickTime values) without moving data.
- **Location-only removal** for ``StripOptions(only_gps=True)``: :func:`tiff_without_gps`
  (same size, GPS directory unlinked and zeroed) and :func:`xmp_without_location`.

No function here puts a metadata value into an exception message or a log line.
"""

from __future__ import annotations

import re
import struct
import zlib
from xml.etree import ElementTree as ET

#: Most entries accepted in one TIFF directory; real files have < 300.
MAX_IFD_ENTRIES = 4096
#: Most directories followed in one TIFF chain.
MAX_IFDS = 64
#: Largest XMP packet :func:`xmp_without_location` parses.
MAX_XMP_BYTES = 16 * 1024 * 1024

ORIENTATION_TAG = 0x0112
GPS_IFD_TAG = 0x8825
EXIF_IFD_TAG = 0x8769

_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}

XMP_PACKET_ID = b"W5M0MpCehiHzreSzNTczkc9d"
_EMPTY_XMP_HEAD = (
    b'<?xpacket begin="\xef\xbb\xbf" id="' + XMP_PACKET_ID + b'"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/"/>\n'
)
_XMP_TAIL = b'<?xpacket end="w"?>'


# -- TIFF / EXIF ------------------------------------------------------------------------


def tiff_start(block: bytes) -> int | None:
    """Offset of the ``II*\\0``/``MM\\0*`` header in an EXIF block (``Exif\\0\\0`` prefix allowed)."""
    if block[:4] in (b"II*\x00", b"MM\x00*"):
        return 0
    if block[:6] == b"Exif\x00\x00" and block[6:10] in (b"II*\x00", b"MM\x00*"):
        return 6
    return None


def _endian(tiff: bytes) -> str:
    return "<" if tiff[:2] == b"II" else ">"


def _ifd_entries(tiff: bytes, offset: int) -> tuple[int, int] | None:
    """``(count, entries_start)`` of a well-formed directory at ``offset``, else None."""
    e = _endian(tiff)
    if offset < 8 or offset + 2 > len(tiff):
        return None
    (count,) = struct.unpack_from(e + "H", tiff, offset)
    if count > MAX_IFD_ENTRIES or offset + 2 + 12 * count + 4 > len(tiff):
        return None
    return count, offset + 2


def tiff_orientation(block: bytes) -> int | None:
    """The IFD0 Orientation (1..8) of an EXIF block, or None when absent or unreadable."""
    start = tiff_start(block)
    if start is None:
        return None
    tiff = block[start:]
    if len(tiff) < 8:
        return None
    e = _endian(tiff)
    (ifd0,) = struct.unpack_from(e + "I", tiff, 4)
    found = _ifd_entries(tiff, ifd0)
    if found is None:
        return None
    count, pos = found
    for i in range(count):
        tag, typ, n = struct.unpack_from(e + "HHI", tiff, pos + 12 * i)
        if tag == ORIENTATION_TAG and typ == 3 and n >= 1:
            (value,) = struct.unpack_from(e + "H", tiff, pos + 12 * i + 8)
            return value if 1 <= value <= 8 else None
    return None


def minimal_tiff(orientation: int | None = None, *, big_endian: bool = False) -> bytes:
    """A valid TIFF/EXIF structure holding nothing but (optionally) the Orientation tag."""
    e = ">" if big_endian else "<"
    head = (b"MM\x00*" if big_endian else b"II*\x00") + struct.pack(e + "I", 8)
    if orientation is None or not 1 <= orientation <= 8:
        return head + struct.pack(e + "HI", 0, 0)
    entry = struct.pack(e + "HHIH", ORIENTATION_TAG, 3, 1, orientation) + b"\x00\x00"
    return head + struct.pack(e + "H", 1) + entry + struct.pack(e + "I", 0)


def minimal_exif_block(block: bytes, size: int | None = None, *, orientation: int | None = None) -> bytes:
    """A replacement for the EXIF ``block`` that keeps its prefix (``Exif\\0\\0``, HEIF offset...).

    ``block`` is the old payload; everything before its TIFF header is kept (so readers that
    expect the prefix still find one) and a :func:`minimal_tiff` with the same byte order
    follows. With ``size`` the result is zero-padded to exactly that many bytes (for in-place
    overwrites); if the minimal structure does not fit, the result is all zeros.
    """
    start = tiff_start(block)
    prefix = b"" if start is None else block[:start]
    big = start is not None and block[start : start + 2] == b"MM"
    out = prefix + minimal_tiff(orientation, big_endian=big)
    if size is None:
        return out
    if len(out) > size:
        out = minimal_tiff(None, big_endian=big)
        out = prefix + out if len(prefix) + len(out) <= size else b""
    return out.ljust(size, b"\x00")


def tiff_without_gps(block: bytes) -> bytes | None:
    """The EXIF ``block`` with every GPS directory unlinked and zeroed; same length.

    The GPSInfo entry is removed from IFD0 (and IFD1, for a thumbnail's own GPS) by shifting
    the later entries down and decrementing the count, then every byte of the GPS directory
    and its out-of-line values is zeroed, so the coordinates are gone from the file, not just
    unlinked. Returns None when the structure is too broken to edit safely (the caller then
    replaces the whole block).
    """
    start = tiff_start(block)
    if start is None:
        return None
    buf = bytearray(block)
    tiff = memoryview(buf)[start:]
    if len(tiff) < 8:
        return None
    raw = bytes(tiff)
    e = _endian(raw)
    (offset,) = struct.unpack_from(e + "I", raw, 4)
    seen: set[int] = set()
    while offset and len(seen) < 2:  # IFD0 and IFD1
        if offset in seen:
            return None
        seen.add(offset)
        found = _ifd_entries(raw, offset)
        if found is None:
            return None if not seen - {offset} else bytes(buf)  # IFD1 broken: IFD0 already done
        count, pos = found
        i = 0
        while i < count:
            tag, _typ, _n, value = struct.unpack_from(e + "HHII", raw, pos + 12 * i)
            if tag != GPS_IFD_TAG:
                i += 1
                continue
            if not _zero_ifd(buf, start, raw, value):
                return None
            # Unlink: shift the later entries and the next-IFD pointer down by one entry.
            tail_from = pos + 12 * (i + 1)
            tail_to = pos + 12 * count + 4
            tiff[pos + 12 * i : tail_to - 12] = raw[tail_from:tail_to]
            tiff[tail_to - 12 : tail_to] = b"\x00" * 12
            count -= 1
            struct.pack_into(e + "H", tiff, offset, count)
            raw = bytes(tiff)
        (offset,) = struct.unpack_from(e + "I", raw, pos + 12 * count)
    return bytes(buf)


def _zero_ifd(buf: bytearray, start: int, tiff: bytes, offset: int) -> bool:
    """Zero a (GPS) directory and its out-of-line values inside ``buf``. False if malformed."""
    e = _endian(tiff)
    found = _ifd_entries(tiff, offset)
    if found is None:
        return False
    count, pos = found
    for i in range(count):
        _tag, typ, n, value = struct.unpack_from(e + "HHII", tiff, pos + 12 * i)
        size = _TYPE_SIZES.get(typ, 1) * n
        if size > 4 and value < len(tiff):
            end = min(len(tiff), value + size)
            buf[start + value : start + end] = b"\x00" * (end - value)
    buf[start + offset : start + pos + 12 * count + 4] = b"\x00" * (pos + 12 * count + 4 - offset)
    return True


# -- XMP --------------------------------------------------------------------------------


def empty_xmp(size: int | None = None) -> bytes:
    """An XMP packet with no properties; with ``size``, space-padded to exactly that length.

    When ``size`` is smaller than the smallest packet the result is all spaces (XML
    whitespace, which readers treat as no XMP at all).
    """
    packet = _EMPTY_XMP_HEAD + _XMP_TAIL
    if size is None:
        return packet
    return pad_xmp(packet, size)


def pad_xmp(packet: bytes, size: int) -> bytes:
    """``packet`` grown to exactly ``size`` bytes with XMP padding (spaces before the trailer)."""
    if len(packet) > size:
        return b" " * size
    if packet.endswith(_XMP_TAIL):
        body = packet[: -len(_XMP_TAIL)]
        return body + b" " * (size - len(packet)) + _XMP_TAIL
    return packet + b" " * (size - len(packet))


_NS_EXIF = "http://ns.adobe.com/exif/1.0/"
_NS_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_LOCATION_WORDS = (
    "latitude",
    "longitude",
    "altitude",
    "location",
    "city",
    "country",
    "province",
    "sublocation",
    "worldregion",
    "county",
    "municipality",
    "locality",
    "geodetic",
    "georeferenc",
    "celltower",
    "cellid",
    "areacode",
    "mobilecountry",
    "mobilenetwork",
    "coordinates",
    "address",
)
#: Namespaces that hold nothing but location (Darwin Core, Sony Ericsson cell data, GeoTIFF-like).
_LOCATION_NAMESPACES = ("http://rs.tdwg.org/dwc/", "cell/", "/geo/", "iptc.org/std/Iptc4xmpExt/2008-02-29/Location")


def is_xmp_location(namespace: str, name: str) -> bool:
    """True for an XMP property that locates the photo (GPS, place names, cell ids...)."""
    low = name.lower()
    if low.startswith("gps") or any(w in low for w in _LOCATION_WORDS):
        return True
    if namespace == _NS_PHOTOSHOP and low == "state":
        return True
    return any(ns in namespace for ns in _LOCATION_NAMESPACES) and namespace != _NS_EXIF


_PREFIXES = {
    "adobe:ns:meta/": "x",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    _NS_EXIF: "exif",
    _NS_PHOTOSHOP: "photoshop",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
}
_PACKET_BODY = re.compile(rb"<x:xmpmeta[\s>].*?</x:xmpmeta>|<rdf:RDF[\s>].*?</rdf:RDF>", re.S)


def xmp_without_location(packet: bytes) -> bytes | None:
    """The XMP ``packet`` without its location properties, or None when it holds none.

    Properties are matched by :func:`is_xmp_location` as elements or attributes anywhere in
    the tree (structures such as ``Iptc4xmpExt:LocationCreated`` go whole). A packet that
    cannot be parsed safely (DTDs, entities, malformed XML, too big) becomes an empty packet.
    """
    if len(packet) > MAX_XMP_BYTES or b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return empty_xmp()
    m = _PACKET_BODY.search(packet)
    if m is None:
        return empty_xmp()
    try:
        root = ET.fromstring(m.group(0))
    except ET.ParseError:
        return empty_xmp()
    changed = False
    stack = [root]
    while stack:
        node = stack.pop()
        for attr in list(node.attrib):
            ns, local = _split(attr)
            if is_xmp_location(ns, local):
                del node.attrib[attr]
                changed = True
        for child in list(node):
            ns, local = _split(child.tag)
            if is_xmp_location(ns, local):
                node.remove(child)
                changed = True
            else:
                stack.append(child)
    if not changed:
        return None
    for uri, prefix in _PREFIXES.items():
        ET.register_namespace(prefix, uri)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xpacket begin="\xef\xbb\xbf" id="' + XMP_PACKET_ID + b'"?>\n' + body + b"\n" + _XMP_TAIL


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


# -- zlib -------------------------------------------------------------------------------


def zlib_exact(payload: bytes, size: int) -> bytes | None:
    """A zlib stream of exactly ``size`` bytes that inflates to ``payload`` padded with spaces.

    Built from stored (uncompressed) deflate blocks, so the length is exact; used to
    overwrite a deflate-encoded XMP item in place. None when ``payload`` cannot fit.
    """
    blocks = max(1, -(-max(size - 6, 0) // 65540))
    data_len = size - 6 - 5 * blocks
    if data_len < len(payload):
        return None
    data = payload.ljust(data_len, b" ")
    out = bytearray(b"\x78\x01")
    pos = 0
    for b in range(blocks):
        chunk = data[pos : pos + 65535] if b < blocks - 1 else data[pos:]
        if len(chunk) > 65535:
            return None
        final = 1 if b == blocks - 1 else 0
        out += bytes([final]) + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk
        pos += len(chunk)
    out += struct.pack(">I", zlib.adler32(data))
    return bytes(out) if len(out) == size else None


def inflate_bounded(data: bytes, limit: int) -> bytes | None:
    """zlib-inflate ``data`` into at most ``limit`` bytes; None when broken or bigger (a zip bomb)."""
    try:
        d = zlib.decompressobj()
        out = d.decompress(data, limit)
        if d.unconsumed_tail:
            return None
        return out
    except zlib.error:
        return None
