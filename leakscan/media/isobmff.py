"""ISO base media files: HEIF/HEIC and AVIF stills, QuickTime MOV and MP4 videos.

**HEIF/AVIF.** Metadata are *items* of the top-level ``meta`` box: ``iinf`` names them
(``Exif``, or ``mime`` with ``application/rdf+xml`` for XMP), ``iloc`` says where their bytes
are (file offsets into ``mdat``, or offsets into the ``idat`` box, possibly several
extents). Every Exif and XMP item is read and cleaned, whichever image it describes: a
file may hold several top-level images, each with its own Exif (and GPS), and the Exif
item may sit at the very end of the file. An Exif item starts with a 4-byte offset to the
TIFF header, which is kept.

**QuickTime/MP4.** Location and identity live in ``moov``: ``udta`` atoms (``©xyz`` ISO 6709
location, ``©day``, ``©mak``, ``©mod``, ``©swr``, 3GPP ``loci``...), Apple ``meta`` boxes
(``keys`` such as ``com.apple.quicktime.location.ISO6709`` with ``ilst`` values), ``XMP_`` and
XMP ``uuid`` boxes, and the capture time in ``mvhd``/``tkhd``/``mdhd``.

**Stripping never moves a byte.** Item payloads and values are overwritten *in place* with
data of the same size, so no box size, ``iloc`` offset or ``stco`` chunk offset changes and
the image/video data stays byte-identical:

- an Exif item becomes its original offset prefix + a minimal valid TIFF (only the
  Orientation, when kept) + zeros; with ``only_gps`` just its GPS directory is unlinked and
  zeroed;
- an XMP item/box becomes an empty XMP packet padded with spaces (``only_gps``: the packet
  minus its location properties, padded);
- QuickTime metadata atoms (every ``udta`` child, ``meta`` boxes, XMP ``uuid`` boxes; with
  ``only_gps`` only the location ones) are renamed ``free`` and their payload zeroed —
  ``free`` is the format's own "ignore me" box, valid anywhere;
- creation/modification times in ``mvhd``/``tkhd``/``mdhd`` are zeroed (full strip only);
- with ``keep_icc`` False a HEIF ICC ``colr`` property becomes a zeroed ``free`` box.

Every size, count and offset is checked against its parent; nesting depth, box count,
item and extent counts are capped. Broken structure raises :class:`InputError`.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from .base import RawMetadata, StripOptions, Stripped
from .clean import (
    empty_xmp,
    inflate_bounded,
    minimal_exif_block,
    pad_xmp,
    tiff_orientation,
    tiff_start,
    tiff_without_gps,
    xmp_without_location,
    zlib_exact,
)

#: Deepest box nesting followed.
MAX_DEPTH = 16
#: Most boxes parsed in one file.
MAX_BOXES = 200_000
#: Most items (``iinf`` entries / ``iloc`` items) read from one ``meta`` box.
MAX_ITEMS = 10_000
#: Most extents of one item.
MAX_EXTENTS = 1024
#: Largest metadata item (Exif/XMP) read into memory.
MAX_ITEM_BYTES = 64 * 1024 * 1024
#: Most Exif/XMP items handled per file, and most bytes they may add up to (items may all
#: point at the same bytes: without a total, a small file could make us copy gigabytes).
MAX_METADATA_ITEMS = 256
MAX_METADATA_BYTES = 128 * 1024 * 1024

XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
FREE = b"free"

HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"})
AVIF_BRANDS = frozenset({b"avif", b"avis"})
VIDEO_BRANDS = frozenset(
    {
        b"qt  ",
        b"isom",
        b"iso2",
        b"iso3",
        b"iso4",
        b"iso5",
        b"iso6",
        b"mp41",
        b"mp42",
        b"avc1",
        b"M4V ",
        b"M4VP",
        b"M4A ",
        b"3gp4",
        b"3gp5",
        b"3gp6",
        b"3g2a",
        b"MSNV",
        b"XAVC",
        b"dash",
        b"f4v ",
    }
)
#: First boxes of a QuickTime movie written without ``ftyp``.
QT_FIRST_BOXES = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})

#: Boxes of ``moov`` walked into when looking for metadata.
MOOV_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"edts", b"udta", b"meta", b"ilst"})
TIME_BOXES = frozenset({b"mvhd", b"tkhd", b"mdhd"})

#: QuickTime ``udta``/``ilst`` atom names -> field names (``©`` is byte 0xA9).
QT_ATOMS = {
    b"\xa9xyz": "GPSCoordinates",
    b"\xa9day": "ContentCreateDate",
    b"\xa9mak": "Make",
    b"\xa9mod": "Model",
    b"\xa9swr": "SoftwareVersion",
    b"\xa9too": "Encoder",
    b"\xa9ART": "Artist",
    b"\xa9aut": "Author",
    b"\xa9own": "Owner",
    b"\xa9cpy": "Copyright",
    b"\xa9nam": "Title",
    b"\xa9cmt": "Comment",
    b"\xa9des": "Description",
    b"\xa9inf": "Information",
    b"\xa9dir": "Director",
    b"\xa9prd": "Producer",
    b"\xa9wrt": "Composer",
    b"\xa9alb": "Album",
    b"\xa9fmt": "Format",
    b"\xa9src": "Source",
    b"\xa9req": "Requirements",
    b"covr": "CoverArt",
}
#: Free-text atoms: their text goes through the text scanners.
QT_TEXT_ATOMS = frozenset({b"\xa9nam", b"\xa9cmt", b"\xa9des", b"\xa9inf", b"\xa9alb"})
#: Apple ``keys`` names (after ``com.apple.quicktime.``) -> field names.
QT_KEYS = {
    "location.iso6709": "GPSCoordinates",
    "make": "Make",
    "model": "Model",
    "software": "Software",
    # the capture time with its time zone: named like EXIF's so it is reported as DATETIME
    "creationdate": "DateTimeOriginal",
    "author": "Author",
    "artist": "Artist",
    "copyright": "Copyright",
    "displayname": "DisplayName",
    "title": "Title",
    "description": "Description",
    "comment": "Comment",
    "information": "Information",
    "location.name": "LocationName",
    "location.body": "LocationBody",
    "location.note": "LocationNote",
}
QT_TEXT_KEYS = frozenset({"DisplayName", "Title", "Description", "Comment", "Information", "LocationNote"})
#: 3GPP ``udta`` atoms that hold location.
LOCATION_ATOMS = frozenset({b"\xa9xyz", b"loci", b"LOCI", b"\xa9lox"})


# -- boxes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """One box: its type, where it starts, its header size and where it ends."""

    type: bytes
    start: int
    header: int
    end: int

    @property
    def body(self) -> int:
        """Offset of the payload (after the header, and the ``uuid`` extended type)."""
        return self.start + self.header


@dataclass
class _Walk:
    """Shared bounds for one parse: the box budget and what to do with broken structure."""

    data: bytes
    strict: bool
    warnings: list[str] = field(default_factory=list)
    count: int = 0

    def problem(self, what: str) -> None:
        if self.strict:
            raise InputError(f"broken ISO media file: {what}")
        self.warnings.append(f"ISO media: {what}")

    def boxes(self, start: int, end: int, depth: int = 0) -> list[Box]:
        """The boxes in ``data[start:end]``; broken ones end the list (or raise when strict)."""
        data = self.data
        out: list[Box] = []
        if depth > MAX_DEPTH:
            self.problem("boxes nested too deep")
            return out
        pos = start
        while pos < end:
            if end - pos < 8:
                if any(data[pos:end]):
                    self.problem("truncated box header")
                break
            size, btype = struct.unpack_from(">I4s", data, pos)
            header = 8
            if size == 1:
                if end - pos < 16:
                    self.problem("truncated box header")
                    break
                (size,) = struct.unpack_from(">Q", data, pos + 8)
                header = 16
            elif size == 0:
                size = end - pos
            if btype == b"uuid":
                header += 16
            if size < header or size > end - pos:
                self.problem("box size runs past its container")
                break
            self.count += 1
            if self.count > MAX_BOXES:
                self.problem("too many boxes")
                break
            out.append(Box(btype, pos, header, pos + size))
            pos += size
        return out

    def children(self, box: Box, depth: int) -> list[Box]:
        """Child boxes of a container (``meta`` handled in both its ISO and QuickTime shapes)."""
        start = box.body
        if box.type == b"meta":
            # ISO meta is a FullBox (4 bytes version/flags); Apple's QuickTime meta is not.
            start += 0 if self.data[start + 4 : start + 8] == b"hdlr" else 4
        elif box.type == b"iinf":
            version = self.data[start] if start < box.end else 0
            start += 4 + (2 if version == 0 else 4)
        return self.boxes(start, box.end, depth + 1)


def find(boxes: list[Box], btype: bytes) -> Box | None:
    """The first box of a type in a list."""
    return next((b for b in boxes if b.type == btype), None)


def _cstring(data: bytes, pos: int, end: int) -> tuple[str, int]:
    """A NUL-terminated UTF-8 string at ``pos`` (bounded by ``end``) and the position after it."""
    stop = data.find(b"\x00", pos, end)
    if stop < 0:
        stop = end
    return data[pos:stop].decode("utf-8", errors="replace"), min(stop + 1, end)


def _free(buf: bytearray, box: Box) -> None:
    """Turn a box into a zeroed ``free`` box of the same size (its value gone, nothing moved)."""
    if box.header >= 24:  # uuid box: drop the extended type too
        buf[box.start + 8 : box.start + box.header] = bytes(box.header - 8)
    buf[box.start + 4 : box.start + 8] = FREE
    buf[box.body : box.end] = bytes(box.end - box.body)


# -- HEIF items -------------------------------------------------------------------------------


@dataclass
class Item:
    """One HEIF item: what it is and where its bytes are (absolute file extents)."""

    id: int
    type: str = ""
    content_type: str = ""
    encoding: str = ""
    extents: list[tuple[int, int]] = field(default_factory=list)
    located: bool = False

    @property
    def is_exif(self) -> bool:
        return self.type == "Exif"

    @property
    def is_xmp(self) -> bool:
        ct = self.content_type.lower()
        return self.type == "mime" and ("rdf+xml" in ct or "xmp" in ct)

    @property
    def name(self) -> str:
        return f"item {self.id} {'Exif' if self.is_exif else 'XMP'}"


#: struct codes for the 0/4/8-byte fields of ``iloc``.
_UINT = {0: "", 4: "I", 8: "Q"}


def _parse_iinf(walk: _Walk, iinf: Box, items: dict[int, Item]) -> None:
    data = walk.data
    for infe in walk.children(iinf, 2):
        if infe.type != b"infe":
            continue
        if len(items) >= MAX_ITEMS:
            walk.problem("too many items")
            return
        pos, end = infe.body, infe.end
        if end - pos < 8:
            walk.problem("truncated infe box")
            continue
        version = data[pos]
        pos += 4
        if version >= 2:
            if version == 2:
                (item_id,) = struct.unpack_from(">H", data, pos)
                pos += 2
            else:
                if pos + 4 > end:
                    walk.problem("truncated infe box")
                    continue
                (item_id,) = struct.unpack_from(">I", data, pos)
                pos += 4
            if pos + 6 > end:
                walk.problem("truncated infe box")
                continue
            item_type = data[pos + 2 : pos + 6].decode("latin-1")
            pos += 6
            _, pos = _cstring(data, pos, end)  # item name
            content_type = encoding = ""
            if item_type == "mime":
                content_type, pos = _cstring(data, pos, end)
                encoding, pos = _cstring(data, pos, end) if pos < end else ("", pos)
        else:
            (item_id,) = struct.unpack_from(">H", data, pos)
            pos += 4
            _, pos = _cstring(data, pos, end)
            content_type, pos = _cstring(data, pos, end)
            encoding, pos = _cstring(data, pos, end) if pos < end else ("", pos)
            item_type = "mime"
        item = items.setdefault(item_id, Item(item_id))
        item.type, item.content_type, item.encoding = item_type, content_type, encoding.strip().lower()


def _parse_iloc(walk: _Walk, iloc: Box, idat: Box | None, items: dict[int, Item]) -> None:
    data = walk.data
    pos, end = iloc.body, iloc.end
    if end - pos < 8:
        walk.problem("truncated iloc box")
        return
    version = data[pos]
    pos += 4
    offset_size, length_size = data[pos] >> 4, data[pos] & 15
    base_size, index_size = data[pos + 1] >> 4, (data[pos + 1] & 15) if version in (1, 2) else 0
    pos += 2
    if version > 2 or any(s not in _UINT for s in (offset_size, length_size, base_size, index_size)):
        walk.problem("iloc field sizes invalid")
        return
    id_code = "H" if version < 2 else "I"
    # item: id, [construction method], data reference, [base offset], extent count
    head = struct.Struct(">" + id_code + ("H" if version else "") + "H" + _UINT[base_size] + "H")
    # extent: [index], [offset], [length]
    ext = struct.Struct(">" + _UINT[index_size] + _UINT[offset_size] + _UINT[length_size])
    has_off, has_len = bool(offset_size), bool(length_size)
    try:
        (count,) = struct.unpack_from(">" + id_code, data, pos)
        pos += struct.calcsize(id_code)
        if count > MAX_ITEMS:
            walk.problem("too many items")
            return
        for _ in range(count):
            if pos + head.size > end:
                raise struct.error
            fields = head.unpack_from(data, pos)
            pos += head.size
            item_id, method = fields[0], (fields[1] & 15 if version else 0)
            data_ref, n_ext = fields[2 if version else 1], fields[-1]
            base = fields[-2] if base_size else 0
            if n_ext > MAX_EXTENTS:
                walk.problem("too many extents")
                return
            if pos + ext.size * n_ext > end:
                raise struct.error
            ok = data_ref == 0 and method in (0, 1) and (method == 0 or idat is not None)
            lo, hi = (idat.body, idat.end) if method == 1 and idat is not None else (0, len(data))
            extents = []
            for _ in range(n_ext):
                vals = ext.unpack_from(data, pos)
                pos += ext.size
                off = vals[bool(index_size)] if has_off else 0
                length = vals[-1] if has_len else 0
                start = lo + base + off
                if length == 0:
                    length = hi - start
                if start < lo or length < 0 or start + length > hi:
                    ok = False
                extents.append((start, length))
            item = items.setdefault(item_id, Item(item_id))
            item.extents, item.located = (extents, True) if ok else ([], False)
    except struct.error:
        walk.problem("iloc runs past its box")


def _heif_items(walk: _Walk) -> tuple[list[Box], Box | None, dict[int, Item]]:
    top = walk.boxes(0, len(walk.data))
    meta = find(top, b"meta")
    items: dict[int, Item] = {}
    if meta is None:
        return top, None, items
    kids = walk.children(meta, 1)
    iinf, iloc, idat = find(kids, b"iinf"), find(kids, b"iloc"), find(kids, b"idat")
    if iinf is not None:
        _parse_iinf(walk, iinf, items)
    if iloc is not None:
        _parse_iloc(walk, iloc, idat, items)
    return top, meta, items


def _metadata_items(walk: _Walk, items: dict[int, Item]) -> Iterator[tuple[Item, bytes]]:
    """Every Exif/XMP item with its bytes, within the per-file item and byte budgets.

    An item whose data cannot be located, or a file over budget, is a problem (an
    :class:`InputError` when stripping: an item left unread would be an item left uncleaned).
    """
    count = total = 0
    for item in items.values():
        if not (item.is_exif or item.is_xmp):
            continue
        size = sum(length for _, length in item.extents)
        count, total = count + 1, total + size
        if count > MAX_METADATA_ITEMS or total > MAX_METADATA_BYTES:
            walk.problem("too many or too large metadata items")
            return
        if not item.located or size > MAX_ITEM_BYTES:
            walk.problem(f"{item.name}: data missing or out of bounds")
            continue
        yield item, b"".join(walk.data[s : s + n] for s, n in item.extents)


def _put_item_bytes(buf: bytearray, item: Item, payload: bytes) -> None:
    pos = 0
    for start, length in item.extents:
        buf[start : start + length] = payload[pos : pos + length]
        pos += length


def _exif_split(payload: bytes) -> tuple[int, bytes] | None:
    """``(offset of the TIFF header, TIFF bytes)`` of an Exif item payload."""
    if len(payload) < 4:
        return None
    (skip,) = struct.unpack_from(">I", payload, 0)
    start = 4 + skip
    if start + 8 > len(payload):
        return None
    if tiff_start(payload[start:]) is None:
        # Some writers get the offset wrong: look for the header near the start.
        m = re.search(rb"II\*\x00|MM\x00\*", payload[:64])
        if m is None:
            return None
        start = m.start()
    return start, payload[start:]


def _ispe_of_primary(walk: _Walk, meta: Box) -> tuple[int, int] | None:
    """Width and height of the primary image (its ``ispe`` property)."""
    data = walk.data
    kids = walk.children(meta, 1)
    pitm, iprp = find(kids, b"pitm"), find(kids, b"iprp")
    if pitm is None or iprp is None or pitm.end - pitm.body < 6:
        return None
    if data[pitm.body] == 0:
        (primary,) = struct.unpack_from(">H", data, pitm.body + 4)
    elif pitm.end - pitm.body >= 8:
        (primary,) = struct.unpack_from(">I", data, pitm.body + 4)
    else:
        return None
    iprp_kids = walk.children(iprp, 2)
    ipco, ipma = find(iprp_kids, b"ipco"), find(iprp_kids, b"ipma")
    if ipco is None or ipma is None:
        return None
    props = walk.children(ipco, 3)
    pos, end = ipma.body, ipma.end
    if end - pos < 8:
        return None
    version, flags = data[pos], int.from_bytes(data[pos + 1 : pos + 4], "big")
    (count,) = struct.unpack_from(">I", data, pos + 4)
    pos += 8
    for _ in range(min(count, MAX_ITEMS)):
        id_size = 2 if version < 1 else 4
        if pos + id_size + 1 > end:
            return None
        item_id = int.from_bytes(data[pos : pos + id_size], "big")
        n = data[pos + id_size]
        pos += id_size + 1
        width = 2 if flags & 1 else 1
        if pos + n * width > end:
            return None
        for k in range(n):
            raw = int.from_bytes(data[pos + k * width : pos + (k + 1) * width], "big")
            index = raw & (0x7FFF if width == 2 else 0x7F)
            if item_id == primary and 0 < index <= len(props) and props[index - 1].type == b"ispe":
                p = props[index - 1]
                if p.end - p.body >= 12:
                    return struct.unpack_from(">II", data, p.body + 4)
        pos += n * width
    return None


# -- QuickTime --------------------------------------------------------------------------------


def _moov_boxes(walk: _Walk, box: Box, depth: int, path: tuple[bytes, ...]) -> Iterator[tuple[tuple[bytes, ...], Box]]:
    """Every box under ``box`` worth looking at, with the path of types leading to it."""
    for child in walk.children(box, depth):
        here = (*path, child.type)
        yield here, child
        if child.type in MOOV_CONTAINERS and not (path and path[-1] == b"ilst"):
            yield from _moov_boxes(walk, child, depth + 1, here)


def _qt_text(data: bytes, box: Box) -> str | bytes | None:
    """The value of a QuickTime ``©xxx`` text atom (``[u16 size][u16 lang][text]``) or its ``data`` box."""
    pos, end = box.body, box.end
    if end - pos >= 16 and data[pos + 4 : pos + 8] == b"data":
        return _data_value(data, pos, end)
    if end - pos < 4:
        return None
    (size,) = struct.unpack_from(">H", data, pos)
    raw = data[pos + 4 : min(end, pos + 4 + size)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("mac_roman")  # old QuickTime text (language codes < 0x400)
    return text.rstrip("\x00")


def _data_value(data: bytes, pos: int, end: int) -> str | bytes | None:
    """The first ``data`` box in ``data[pos:end]`` (an ``ilst`` item's value): text, or image bytes."""
    if end - pos < 16:
        return None
    (size,) = struct.unpack_from(">I", data, pos)
    if data[pos + 4 : pos + 8] != b"data" or size < 16 or pos + size > end:
        return None
    (kind,) = struct.unpack_from(">I", data, pos + 8)
    raw = data[pos + 16 : pos + size]
    if kind & 0xFFFFFF == 1:
        return raw.decode("utf-8", errors="replace")
    if kind & 0xFFFFFF == 2:
        return raw.decode("utf-16-be", errors="replace")
    if kind & 0xFFFFFF in (13, 14, 27):  # JPEG, PNG, BMP cover art / preview
        return raw
    return None


def _loci(data: bytes, box: Box) -> tuple[float, float] | None:
    """``(latitude, longitude)`` of a 3GPP ``loci`` box (after its name and role: 16.16 fixed point)."""
    pos, end = box.body + 6, box.end  # version/flags, language
    if data[pos : pos + 2] in (b"\xfe\xff", b"\xff\xfe"):  # UTF-16 name ends with two NULs
        stop = next((i for i in range(pos + 2, end - 1, 2) if data[i : i + 2] == b"\x00\x00"), end)
        pos = stop + 2
    else:
        stop = data.find(b"\x00", pos, end)
        pos = (stop if stop >= 0 else end) + 1
    pos += 1  # role
    if pos + 8 > end:
        return None
    lon, lat = struct.unpack_from(">ii", data, pos)
    return lat / 65536, lon / 65536


def _keys(data: bytes, box: Box) -> dict[int, str]:
    """Apple ``keys``: 1-based index -> key name (``com.apple.quicktime.make``...)."""
    out: dict[int, str] = {}
    pos, end = box.body + 8, box.end
    index = 0
    while pos + 8 <= end and index < MAX_ITEMS:
        (size,) = struct.unpack_from(">I", data, pos)
        if size < 8 or pos + size > end:
            break
        index += 1
        out[index] = data[pos + 8 : pos + size].decode("utf-8", errors="replace")
        pos += size
    return out


@dataclass
class _QtEntry:
    """One metadata value of a movie: the box holding it and what it is."""

    box: Box
    name: str
    value: str | bytes | tuple[float, float] | None
    location: bool
    text: bool = False


def _qt_entries(walk: _Walk, top: list[Box]) -> tuple[list[_QtEntry], list[Box], list[Box], list[Box]]:
    """Metadata values, XMP boxes, ``meta`` boxes and header boxes (with times) of a movie."""
    data = walk.data
    entries: list[_QtEntry] = []
    xmp: list[Box] = [b for b in top if b.type == b"uuid" and data[b.start + 8 : b.start + 24] == XMP_UUID]
    metas: list[Box] = [b for b in top if b.type == b"meta"]
    times: list[Box] = []
    for moov in (b for b in top if b.type == b"moov"):
        keys: dict[int, str] = {}
        for path, box in _moov_boxes(walk, moov, 1, (b"moov",)):
            parent = path[-2] if len(path) > 1 else b""
            if box.type in TIME_BOXES:
                times.append(box)
            elif box.type == b"meta":
                metas.append(box)
            elif box.type == b"keys":
                keys = _keys(data, box)
            elif parent == b"udta":
                if box.type == b"XMP_":
                    xmp.append(box)
                elif box.type == b"loci":
                    entries.append(_QtEntry(box, "GPSPosition", _loci(data, box), True))
                else:
                    name = QT_ATOMS.get(box.type, box.type.decode("latin-1"))
                    value = _qt_text(data, box) if box.type in QT_ATOMS else None
                    entries.append(
                        _QtEntry(box, name, value, box.type in LOCATION_ATOMS, text=box.type in QT_TEXT_ATOMS)
                    )
            elif parent == b"ilst":
                index = int.from_bytes(box.type, "big")
                key = keys.get(index, "")
                short = key.lower().removeprefix("com.apple.quicktime.")
                name = QT_KEYS.get(short, key) if key else QT_ATOMS.get(box.type, box.type.decode("latin-1"))
                value = _data_value(data, box.body, box.end)
                location = "location" in short or box.type in LOCATION_ATOMS
                text = name in QT_TEXT_KEYS or box.type in QT_TEXT_ATOMS
                entries.append(_QtEntry(box, name, value, location, text=text))
    return entries, xmp, metas, times


def _qt_time(data: bytes, box: Box) -> tuple[list[tuple[int, int]], int]:
    """Where a header box keeps its creation/modification times, and the creation time value."""
    pos = box.body
    if box.end - pos < 20:
        return [], 0
    if data[pos] == 1:
        if box.end - pos < 28:
            return [], 0
        return [(pos + 4, 8), (pos + 12, 8)], struct.unpack_from(">Q", data, pos + 4)[0]
    return [(pos + 4, 4), (pos + 8, 4)], struct.unpack_from(">I", data, pos + 4)[0]


def _qt_date(seconds: int) -> str | None:
    """A QuickTime time (seconds since 1904) as ``YYYY:MM:DD HH:MM:SS``, None for 0/absurd."""
    import datetime as dt

    if seconds <= 0:
        return None
    try:
        when = dt.datetime(1904, 1, 1) + dt.timedelta(seconds=seconds)
    except OverflowError:
        return None
    return when.strftime("%Y:%m:%d %H:%M:%S")


# -- handlers ---------------------------------------------------------------------------------


def _brands(head: bytes) -> tuple[bytes, set[bytes]] | None:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    size = int.from_bytes(head[:4], "big")
    major = head[8:12]
    compat = {head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    return major, compat


def _image_kind(head: bytes) -> str | None:
    """ "AVIF", "HEIF" or None for the ``ftyp`` at the start of ``head``."""
    brands = _brands(head)
    if brands is None:
        return None
    major, compat = brands
    if major in AVIF_BRANDS or (major in (b"mif1", b"msf1", b"miaf") and compat & AVIF_BRANDS):
        return "AVIF"
    if major in HEIF_BRANDS or (major not in VIDEO_BRANDS and compat & HEIF_BRANDS):
        return "HEIF"
    return None


class HeifHandler:
    """HEIF/HEIC still images (one or several top-level images)."""

    format = "HEIF"
    media = "image"

    def sniff(self, head: bytes) -> bool:
        """True for an ``ftyp`` with a HEIF brand (``heic``, ``mif1``...)."""
        return _image_kind(head) == self.format

    def read(self, data: bytes) -> RawMetadata:
        """Every Exif and XMP item (whichever image it belongs to) and the primary image size."""
        meta = RawMetadata(format=self.format)
        walk = _Walk(data, strict=False, warnings=meta.warnings)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        _, meta_box, items = _heif_items(walk)
        if meta_box is None:
            walk.problem("no meta box")
            return meta
        dims = _ispe_of_primary(walk, meta_box)
        if dims:
            meta.width, meta.height = dims
        for item, payload in _metadata_items(walk, items):
            if item.is_exif:
                split = _exif_split(payload)
                if split is None:
                    walk.problem(f"{item.name}: no TIFF header")
                else:
                    meta.exif.append((item.name, split[1]))
            else:
                if item.encoding:
                    payload = inflate_bounded(payload, MAX_ITEM_BYTES) if "deflate" in item.encoding else None
                    if payload is None:
                        walk.problem(f"{item.name}: cannot decode content encoding")
                        continue
                meta.xmp.append((item.name, payload))
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Overwrite every Exif/XMP item in place (same size); nothing else moves."""
        walk = _Walk(data, strict=True)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        top, meta_box, items = _heif_items(walk)
        buf = bytearray(data)
        removed: list[str] = []
        for item, payload in _metadata_items(walk, items):
            new = self._exif(payload, options) if item.is_exif else self._xmp(payload, item, options)
            if new is not None and new != payload:
                _put_item_bytes(buf, item, new)
                removed.append(("Exif GPS" if options.only_gps else "Exif") if item.is_exif else "XMP")
        if not options.keep_icc and meta_box is not None:
            for box in self._icc_boxes(walk, meta_box):
                _free(buf, box)
                removed.append("ICC profile")
        for box in top:
            if box.type == b"uuid" and data[box.start + 8 : box.start + 24] == XMP_UUID:
                _free(buf, box)
                removed.append("XMP")
        return Stripped(data=bytes(buf), lossless=True, removed=tuple(dict.fromkeys(removed)))

    @staticmethod
    def _exif(payload: bytes, options: StripOptions) -> bytes | None:
        split = _exif_split(payload)
        if split is None:
            return bytes(len(payload))  # no readable TIFF inside: zero the whole item
        start, tiff = split
        if options.only_gps:
            cleaned = tiff_without_gps(tiff)
            if cleaned is not None:
                return payload[:start] + cleaned
        orientation = tiff_orientation(tiff) if options.keep_orientation else None
        return payload[:start] + minimal_exif_block(tiff, len(tiff), orientation=orientation)

    @staticmethod
    def _xmp(payload: bytes, item: Item, options: StripOptions) -> bytes | None:
        if item.encoding:
            if "deflate" not in item.encoding:
                return bytes(len(payload))
            packet = inflate_bounded(payload, MAX_ITEM_BYTES) if options.only_gps else None
            new = xmp_without_location(packet) if packet is not None else empty_xmp()
            if new is None:
                return None
            return zlib_exact(new, len(payload)) or zlib_exact(empty_xmp(), len(payload)) or bytes(len(payload))
        if options.only_gps:
            new = xmp_without_location(payload)
            if new is None:
                return None
            return pad_xmp(new, len(payload)) if len(new) <= len(payload) else empty_xmp(len(payload))
        return empty_xmp(len(payload))

    @staticmethod
    def _icc_boxes(walk: _Walk, meta_box: Box) -> list[Box]:
        iprp = find(walk.children(meta_box, 1), b"iprp")
        ipco = find(walk.children(iprp, 2), b"ipco") if iprp else None
        if ipco is None:
            return []
        return [
            b
            for b in walk.children(ipco, 3)
            if b.type == b"colr" and walk.data[b.body : b.body + 4] in (b"prof", b"rICC")
        ]


class AvifHandler(HeifHandler):
    """AVIF still images (the HEIF container with AV1 pictures)."""

    format = "AVIF"


class QuickTimeHandler:
    """QuickTime MOV and MP4/3GP videos (location, device and time metadata in ``moov``)."""

    format = "QUICKTIME"
    media = "video"

    def sniff(self, head: bytes) -> bool:
        """True for an ``ftyp`` with a video brand, or a movie starting with ``moov``/``mdat``/``wide``."""
        brands = _brands(head)
        if brands is not None:
            major, compat = brands
            return _image_kind(head) is None and (major in VIDEO_BRANDS or bool(compat & VIDEO_BRANDS))
        return len(head) >= 8 and head[4:8] in QT_FIRST_BOXES

    def read(self, data: bytes) -> RawMetadata:
        """Location (``GPSCoordinates``, ISO 6709 text), device, owner, time and text fields, XMP."""
        meta = RawMetadata(format=self.format)
        walk = _Walk(data, strict=False, warnings=meta.warnings)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        entries, xmp, _, times = _qt_entries(walk, top)
        for entry in entries:
            if entry.value is None or (isinstance(entry.value, (str, bytes)) and not entry.value.strip()):
                continue
            if entry.text and isinstance(entry.value, str):
                meta.texts.append((entry.name, entry.value))
            else:
                meta.fields.append(("QuickTime", entry.name, entry.value))
        for box in xmp:
            start = box.body
            meta.xmp.append(("XMP", data[start : box.end]))
        for box in times:
            if box.type == b"mvhd":
                _, created = _qt_time(data, box)
                when = _qt_date(created)
                if when:
                    meta.fields.append(("QuickTime", "CreateDate", when))
                break
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Neutralise metadata atoms in place (``free`` + zeros); media data never moves."""
        walk = _Walk(data, strict=True)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        entries, xmp, metas, times = _qt_entries(walk, top)
        buf = bytearray(data)
        removed: list[str] = []
        if options.only_gps:
            for entry in entries:
                if entry.location:
                    _free(buf, entry.box)
                    removed.append(entry.name)
            for box in xmp:
                payload = data[box.body : box.end]
                new = xmp_without_location(payload)
                if new is not None:
                    buf[box.body : box.end] = (
                        pad_xmp(new, len(payload)) if len(new) <= len(payload) else empty_xmp(len(payload))
                    )
                    removed.append("XMP location")
            return Stripped(data=bytes(buf), lossless=True, removed=tuple(dict.fromkeys(removed)))
        for entry in entries:
            if entry.box.type != FREE:
                _free(buf, entry.box)
                removed.append(entry.name)
        for box in (*xmp, *metas):
            _free(buf, box)
            removed.append("XMP" if box in xmp else "metadata (meta box)")
        for box in top:
            if box.type == b"uuid" and box not in xmp:
                _free(buf, box)
                removed.append("uuid box")
        for box in times:
            spots, _ = _qt_time(data, box)
            for pos, size in spots:
                if any(data[pos : pos + size]):
                    buf[pos : pos + size] = bytes(size)
                    removed.append("creation/modification time")
        return Stripped(data=bytes(buf), lossless=True, removed=tuple(dict.fromkeys(removed)))


HANDLER = HeifHandler()
AVIF_HANDLER = AvifHandler()
QUICKTIME_HANDLER = QuickTimeHandler()
