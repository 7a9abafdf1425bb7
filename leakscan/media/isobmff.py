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

import hashlib
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped, edited_copy
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

#: QuickTime ``udta``/``ilst`` string atoms -> field names, as ExifTool names them (its
#: QuickTime UserData and ItemList tables; ``©`` is byte 0xA9). The scanner classifies the
#: names: ``Author``/``Artist``/``Copyright`` are owners, ``Performers``/``Director``... people.
QT_ATOMS = {
    b"\xa9xyz": "GPSCoordinates",
    b"\xa9day": "ContentCreateDate",
    b"\xa9mak": "Make",
    b"\xa9mod": "Model",
    b"\xa9mdl": "Model",
    b"\xa9swr": "SoftwareVersion",
    b"\xa9too": "Encoder",
    b"\xa9enc": "EncodedBy",
    b"\xa9ART": "Artist",
    b"aART": "AlbumArtist",
    b"\xa9aut": "Author",
    b"\xa9own": "Owner",
    b"\xa9cpy": "Copyright",
    b"cprt": "Copyright",
    b"\xa9phg": "RecordingCopyright",
    b"\xa9prf": "Performers",
    b"\xa9dir": "Director",
    b"\xa9prd": "Producer",
    b"\xa9xpd": "ExecutiveProducer",
    b"\xa9wrt": "Composer",
    b"\xa9com": "Composer",
    b"\xa9swf": "SongWriter",
    b"\xa9arg": "Arranger",
    b"\xa9con": "Conductor",
    b"\xa9sol": "Soloist",
    b"\xa9ope": "OriginalArtist",
    b"\xa9ard": "ArtDirector",
    b"\xa9sne": "SoundEngineer",
    b"\xa9src": "SourceCredits",
    b"\xa9lab": "RecordLabelName",
    b"\xa9nam": "Title",
    b"\xa9snm": "Subtitle",
    b"\xa9st3": "Subtitle",
    b"\xa9cmt": "Comment",
    b"\xa9des": "Description",
    b"desc": "Description",
    b"ldes": "LongDescription",
    b"\xa9inf": "Information",
    b"\xa9lyr": "Lyrics",
    b"\xa9alb": "Album",
    b"\xa9grp": "Grouping",
    b"\xa9gen": "Genre",
    b"\xa9fmt": "Format",
    b"\xa9req": "Requirements",
    b"covr": "CoverArt",
}
#: Free-text atoms: their text goes through the text scanners.
QT_TEXT_ATOMS = frozenset(
    {
        b"\xa9nam",
        b"\xa9snm",
        b"\xa9st3",
        b"\xa9cmt",
        b"\xa9des",
        b"desc",
        b"ldes",
        b"\xa9inf",
        b"\xa9lyr",
        b"\xa9alb",
        b"\xa9grp",
    }
)
#: 3GPP ``udta`` atoms: version/flags, language, a NUL-terminated UTF-8 or UTF-16 (BOM) string.
ATOMS_3GPP = {
    b"auth": "Author",
    b"cprt": "Copyright",
    b"perf": "Performer",
    b"titl": "Title",
    b"dscp": "Description",
    b"albm": "Album",
    b"coll": "CollectionName",
    b"gnre": "Genre",
    b"kywd": "Keywords",
}
TEXT_3GPP = frozenset({b"titl", b"dscp", b"albm", b"coll", b"kywd"})
#: Plain-string ``udta`` atoms (camera clip data).
PLAIN_ATOMS = {
    b"slno": "SerialNumber",
    b"cmid": "CameraID",
    b"clid": "ClipID",
    b"clfn": "ClipFileName",
    b"reel": "ReelName",
    b"scen": "Scene",
    b"shot": "ShotName",
    b"angl": "CameraAngle",
    b"name": "Name",
}
PLAIN_TEXT = frozenset({b"clfn", b"reel", b"scen", b"shot", b"name"})
#: ``udta`` atoms known to hold nothing about places or people (playback settings, vendor
#: flags ExifTool reads as such): no reason to call the movie not fully checked.
QT_HARMLESS = frozenset(
    {b"WLOC", b"LOOP", b"SelO", b"AllF", b"ptv ", b"hnti", b"hinf", b"hinv", b"SDLN", b"smrd", b"free", b"skip"}
)
#: Something in an unknown atom that looks like a position or an EXIF block.
_HIDDEN_LOCATION = re.compile(rb"[+-]\d{1,2}\.\d{2,}[+-]\d{1,3}\.\d{2,}|II\*\x00|MM\x00\*|GPS", re.IGNORECASE)
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

#: Track handlers whose samples are pictures or sound (or time codes): what a video is.
MEDIA_HANDLERS = frozenset({b"vide", b"soun", b"auxv", b"pict", b"tmcd", b"hint", b"sdsm", b"odsm"})
#: Apple timed-metadata (``mebx``) keys that say nothing about places or people: face
#: rectangles (never who), orientation, Live Photo timing. Any other key, or any other
#: kind of metadata track (GoPro ``gpmd``, ``camm``, subtitles...), is not read by leakscan:
#: the movie then reads as not fully checked and a strip removes the track.
HARMLESS_MEBX_KEYS = frozenset(
    "com.apple.quicktime." + k
    for k in (
        "detected-face",
        "detected-face.bounds",
        "detected-face.face-id",
        "detected-face.roll-angle",
        "detected-face.yaw-angle",
        "video-orientation",
        "still-image-time",
        "live-photo-info",
        "live-photo.vitality-score",
        "live-photo.vitality-scoring-version",
        "scene-illuminance",
    )
)
#: Most samples one track's tables may list.
MAX_SAMPLES = 4_000_000


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
    """Shared bounds for one parse: the box budget and what to do with broken structure.

    Strict (stripping): broken structure raises :class:`InputError`. Lenient (reading): it is
    listed in ``incomplete`` -- what lies past it was not read, so the file cannot read as
    fully checked.
    """

    data: bytes
    strict: bool
    incomplete: list[str] = field(default_factory=list)
    count: int = 0

    def problem(self, what: str) -> None:
        if self.strict:
            raise InputError(f"broken ISO media file: {what}")
        if f"ISO media: {what}" not in self.incomplete:
            self.incomplete.append(f"ISO media: {what}")

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
    #: Which top-level ``meta`` box holds it (1 = the first).
    meta: int = 1

    @property
    def is_exif(self) -> bool:
        return self.type == "Exif"

    @property
    def is_xmp(self) -> bool:
        ct = self.content_type.lower()
        return self.type == "mime" and ("rdf+xml" in ct or "xmp" in ct)

    @property
    def is_metadata(self) -> bool:
        """An Exif or XMP item (what a strip overwrites), not part of any picture."""
        return self.is_exif or self.is_xmp

    @property
    def name(self) -> str:
        where = f"meta {self.meta} " if self.meta > 1 else ""
        return f"{where}item {self.id} {'Exif' if self.is_exif else 'XMP'}"


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


def _heif_items(walk: _Walk) -> tuple[list[Box], list[tuple[Box, dict[int, Item]]]]:
    """The top-level boxes, and every top-level ``meta`` box with its items.

    A file normally has one ``meta``; other readers (ExifTool) read every one, so a second
    one is read -- and cleaned -- too.
    """
    top = walk.boxes(0, len(walk.data))
    metas: list[tuple[Box, dict[int, Item]]] = []
    for n, meta in enumerate(b for b in top if b.type == b"meta"):
        items: dict[int, Item] = {}
        kids = walk.children(meta, 1)
        iinf, iloc, idat = find(kids, b"iinf"), find(kids, b"iloc"), find(kids, b"idat")
        if iinf is not None:
            _parse_iinf(walk, iinf, items)
        if iloc is not None:
            _parse_iloc(walk, iloc, idat, items)
        if n:
            for item in items.values():
                item.meta = n + 1
        metas.append((meta, items))
    return top, metas


def _all_items(metas: list[tuple[Box, dict[int, Item]]]) -> list[Item]:
    return [item for _meta, items in metas for item in items.values()]


def _metadata_items(walk: _Walk, items: list[Item]) -> Iterator[tuple[Item, bytes]]:
    """Every Exif/XMP item with its bytes, within the per-file item and byte budgets.

    An item whose data cannot be located, or a file over budget, is a problem (an
    :class:`InputError` when stripping: an item left unread would be an item left uncleaned).
    """
    count = total = 0
    for item in items:
        if not item.is_metadata:
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


def _pitm(walk: _Walk, kids: list[Box]) -> int | None:
    """The primary item id of a ``meta`` box (its ``pitm``), if any."""
    data = walk.data
    pitm = find(kids, b"pitm")
    if pitm is None or pitm.end - pitm.body < 6:
        return None
    if data[pitm.body] == 0:
        return struct.unpack_from(">H", data, pitm.body + 4)[0]
    if pitm.end - pitm.body >= 8:
        return struct.unpack_from(">I", data, pitm.body + 4)[0]
    return None


def _properties(walk: _Walk, kids: list[Box]) -> tuple[list[Box], dict[int, list[int]]]:
    """The ``ipco`` property boxes of a ``meta`` box, and each item's 1-based property indices (``ipma``)."""
    data = walk.data
    iprp = find(kids, b"iprp")
    iprp_kids = walk.children(iprp, 2) if iprp else []
    ipco, ipma = find(iprp_kids, b"ipco"), find(iprp_kids, b"ipma")
    props = walk.children(ipco, 3) if ipco else []
    assoc: dict[int, list[int]] = {}
    if ipma is None or ipma.end - ipma.body < 8:
        return props, assoc
    pos, end = ipma.body, ipma.end
    version, flags = data[pos], int.from_bytes(data[pos + 1 : pos + 4], "big")
    (count,) = struct.unpack_from(">I", data, pos + 4)
    pos += 8
    id_size, width = (2 if version < 1 else 4), (2 if flags & 1 else 1)
    for _ in range(min(count, MAX_ITEMS)):
        if pos + id_size + 1 > end:
            walk.problem("ipma runs past its box")
            break
        item_id = int.from_bytes(data[pos : pos + id_size], "big")
        n = data[pos + id_size]
        pos += id_size + 1
        if pos + n * width > end:
            walk.problem("ipma runs past its box")
            break
        mask = 0x7FFF if width == 2 else 0x7F
        assoc.setdefault(item_id, []).extend(
            int.from_bytes(data[pos + k * width : pos + (k + 1) * width], "big") & mask for k in range(n)
        )
        pos += n * width
    return props, assoc


def _ispe_of_primary(walk: _Walk, meta: Box) -> tuple[int, int] | None:
    """Width and height of the primary image (its ``ispe`` property)."""
    kids = walk.children(meta, 1)
    primary = _pitm(walk, kids)
    props, assoc = _properties(walk, kids)
    for index in assoc.get(primary, []) if primary is not None else []:
        p = props[index - 1] if 0 < index <= len(props) else None
        if p is not None and p.type == b"ispe" and p.end - p.body >= 12:
            return struct.unpack_from(">II", walk.data, p.body + 4)
    return None


def _is_icc(data: bytes, prop: Box) -> bool:
    """A ``colr`` property holding an ICC profile (what ``keep_icc=False`` removes)."""
    return prop.type == b"colr" and data[prop.body : prop.body + 4] in (b"prof", b"rICC")


def _heif_pixel_parts(walk: _Walk, metas: list[tuple[Box, dict[int, Item]]]) -> list[bytes]:
    """What decides the pictures of a HEIF/AVIF: per ``meta``, the primary item id, the item
    references (grids, alpha planes), and for every item that is not Exif/XMP its type, its
    properties (sizes, codec configuration, colour matrix; not an ICC profile, which only
    says how to show the colours) and the bytes of its data. Raises :class:`InputError` for
    an item whose data cannot be located.
    """
    data = walk.data
    view = memoryview(data)
    parts: list[bytes] = []
    for meta, items in metas:
        kids = walk.children(meta, 1)
        primary = _pitm(walk, kids)
        parts.append(b"pitm %d" % (primary if primary is not None else -1))
        iref = find(kids, b"iref")
        if iref is not None:
            parts.append(data[iref.start : iref.end])
        props, assoc = _properties(walk, kids)
        for item in sorted(items.values(), key=lambda i: i.id):
            if item.is_metadata:
                continue
            if not item.located:
                raise InputError(f"HEIF item {item.id}: its data cannot be located")
            parts.append(b"item %d %s" % (item.id, item.type.encode("latin-1")))
            for index in assoc.get(item.id, []):
                p = props[index - 1] if 0 < index <= len(props) else None
                # an ICC profile says how to show the colours, not what they are (and a strip
                # without it leaves a "free" box in its place)
                if p is not None and not _is_icc(data, p) and p.type != FREE:
                    parts.append(data[p.start : p.end])
            # the item's data (its extents in order), hashed where it lies: joined it was a copy
            digest = hashlib.blake2b(digest_size=32)
            for s, n in item.extents:
                digest.update(view[s : s + n])
            parts.append(digest.digest())
    return parts


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


def _string_at(data: bytes, pos: int, end: int) -> tuple[str, int]:
    """A NUL-terminated UTF-8 string at ``pos``, or a UTF-16 one after its BOM (ended by two
    NULs), as 3GPP atoms write them; and the position after it."""
    bom = data[pos : pos + 2]
    if bom in (b"\xfe\xff", b"\xff\xfe"):
        stop = pos + 2
        while (stop := data.find(b"\x00\x00", stop, end)) >= 0 and (stop - pos) % 2:
            stop += 1
        stop = end if stop < 0 else stop
        text = data[pos + 2 : stop].decode("utf-16-be" if bom == b"\xfe\xff" else "utf-16-le", errors="replace")
        return text, min(stop + 2, end)
    text, after = _cstring(data, pos, end)
    return text, after


def _loci(data: bytes, box: Box) -> list[tuple[str, object]]:
    """A 3GPP ``loci`` box: the place name, the position (16.16 fixed point) and the notes."""
    pos, end = box.body + 6, box.end  # version/flags, language
    name, pos = _string_at(data, pos, end)
    out: list[tuple[str, object]] = [("LocationName", name)] if name.strip() else []
    pos += 1  # role
    if pos + 12 > end:
        return out
    lon, lat = struct.unpack_from(">ii", data, pos)
    out.append(("GPSPosition", (lat / 65536, lon / 65536)))
    _body, pos = _string_at(data, pos + 12, end)  # the astronomical body ("earth")
    notes, _ = _string_at(data, pos, end) if pos < end else ("", end)
    if notes.strip():
        out.append(("LocationNote", notes))
    return out


def _keywords_3gp(data: bytes, box: Box) -> str:
    """A 3GPP ``kywd`` box: Pascal strings after the language and a count (or, as iPhones
    write it, NUL-separated strings)."""
    raw = data[box.body : box.end]
    if not raw.startswith(b"\x00"):
        return " ".join(w.decode("utf-8", "replace") for w in raw.split(b"\x00") if w)
    words, pos = [], 7
    for _ in range(raw[6] if len(raw) > 6 else 0):
        if pos >= len(raw):
            break
        size = raw[pos]
        word = raw[pos + 1 : pos + 1 + size]
        words.append(
            word[2:].decode("utf-16-be", "replace") if word[:2] == b"\xfe\xff" else word.decode("utf-8", "replace")
        )
        pos += 1 + size
    return " ".join(words)


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


@dataclass
class _Track:
    """One ``trak``: its media handler, sample formats, sample table, and whether leakscan reads it."""

    box: Box
    handler: bytes
    formats: tuple[bytes, ...]
    stbl: Box | None
    #: Why its samples may hold what leakscan does not read (None: pictures, sound, or
    #: timed metadata known to say nothing about places or people).
    unread: str | None


@dataclass
class _Movie:
    """What a ``moov`` holds: metadata values, XMP, ``meta`` boxes, header boxes with times,
    tracks, and why parts of it could not be read (no values)."""

    entries: list[_QtEntry] = field(default_factory=list)
    xmp: list[Box] = field(default_factory=list)
    metas: list[Box] = field(default_factory=list)
    times: list[Box] = field(default_factory=list)
    tracks: list[_Track] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def _udta_entries(data: bytes, box: Box, movie: _Movie) -> None:
    """The values of one ``udta`` child (ExifTool's UserData table, as far as it names people or places)."""
    kind = box.type
    if kind == b"loci":
        for name, value in _loci(data, box):
            movie.entries.append(_QtEntry(box, name, value, True, text=name == "LocationNote"))
    elif kind == b"kywd":
        movie.entries.append(_QtEntry(box, "Keywords", _keywords_3gp(data, box), False, text=True))
    elif kind in ATOMS_3GPP:
        value, _ = _string_at(data, box.body + 6, box.end) if box.end - box.body > 6 else ("", 0)
        movie.entries.append(_QtEntry(box, ATOMS_3GPP[kind], value, False, text=kind in TEXT_3GPP))
    elif kind in PLAIN_ATOMS:
        value = data[box.body : box.end].split(b"\x00", 1)[0].decode("utf-8", "replace")
        movie.entries.append(_QtEntry(box, PLAIN_ATOMS[kind], value, False, text=kind in PLAIN_TEXT))
    elif kind in QT_ATOMS or kind[:1] == b"\xa9":
        # every "©xxx" atom is international text; one ExifTool names is classified by name
        name = QT_ATOMS.get(kind, kind.decode("latin-1"))
        text = kind in QT_TEXT_ATOMS or kind not in QT_ATOMS
        movie.entries.append(_QtEntry(box, name, _qt_text(data, box), kind in LOCATION_ATOMS, text=text))
    else:
        movie.entries.append(_QtEntry(box, kind.decode("latin-1"), None, False))
        if kind not in QT_HARMLESS and _HIDDEN_LOCATION.search(data, box.body, min(box.end, box.body + 65536)):
            movie.unread.append(f"QuickTime: user data atom {kind!r} is not understood")


def _mebx_keys(walk: _Walk, entry: Box, depth: int) -> list[str]:
    """The key names an Apple ``mebx`` sample entry declares (``keys`` / local id / ``keyd``)."""
    data, names = walk.data, []
    for keys in walk.boxes(entry.body + 8, entry.end, depth):
        if keys.type != b"keys":
            continue
        for key in walk.boxes(keys.body, keys.end, depth + 1):
            for keyd in walk.boxes(key.body, key.end, depth + 2):
                if keyd.type == b"keyd" and keyd.end - keyd.body > 4:
                    names.append(data[keyd.body + 4 : keyd.end].decode("utf-8", "replace").rstrip("\x00"))
    return names


def _track(walk: _Walk, trak: Box, depth: int) -> _Track:
    data = walk.data
    mdia = find(walk.children(trak, depth), b"mdia")
    mdia_kids = walk.children(mdia, depth + 1) if mdia else []
    hdlr, minf = find(mdia_kids, b"hdlr"), find(mdia_kids, b"minf")
    handler = data[hdlr.body + 8 : hdlr.body + 12] if hdlr and hdlr.end - hdlr.body >= 12 else b""
    stbl = find(walk.children(minf, depth + 2), b"stbl") if minf else None
    stsd = find(walk.children(stbl, depth + 3), b"stsd") if stbl else None
    entries = walk.boxes(stsd.body + 8, stsd.end, depth + 4) if stsd and stsd.end - stsd.body >= 8 else []
    formats = tuple(e.type for e in entries)
    unread = None
    if handler not in MEDIA_HANDLERS:
        label = "/".join(f.decode("latin-1") for f in formats[:3]) or handler.decode("latin-1")
        if not formats or any(f != b"mebx" for f in formats):
            unread = f"QuickTime: a timed metadata track ({label!r}) is not read"
        elif any(k not in HARMLESS_MEBX_KEYS for e in entries for k in _mebx_keys(walk, e, depth + 5)):
            unread = "QuickTime: a timed metadata track (mebx) has keys leakscan does not read"
    return _Track(trak, handler, formats, stbl, unread)


def _movie(walk: _Walk, top: list[Box]) -> _Movie:
    """Everything metadata in a movie's ``moov`` boxes (and XMP/``meta`` boxes at the top level)."""
    data = walk.data
    movie = _Movie(
        xmp=[b for b in top if b.type == b"uuid" and data[b.start + 8 : b.start + 24] == XMP_UUID],
        metas=[b for b in top if b.type == b"meta" and not _is_heif_meta(walk, b)],
    )
    for moov in (b for b in top if b.type == b"moov"):
        keys: dict[int, str] = {}
        for path, box in _moov_boxes(walk, moov, 1, (b"moov",)):
            parent = path[-2] if len(path) > 1 else b""
            if box.type in TIME_BOXES:
                movie.times.append(box)
            elif box.type == b"trak":
                movie.tracks.append(_track(walk, box, len(path)))
            elif box.type == b"meta":
                movie.metas.append(box)
            elif box.type == b"keys":
                keys = _keys(data, box)
                if len(keys) >= MAX_ITEMS:
                    movie.unread.append(f"QuickTime: more than {MAX_ITEMS} metadata keys")
            elif parent == b"udta":
                if box.type == b"XMP_":
                    movie.xmp.append(box)
                elif box.type != b"meta":
                    _udta_entries(data, box, movie)
            elif parent == b"ilst":
                index = int.from_bytes(box.type, "big")
                key = keys.get(index, "")
                short = key.lower().removeprefix("com.apple.quicktime.")
                name = QT_KEYS.get(short, key) if key else QT_ATOMS.get(box.type, box.type.decode("latin-1"))
                value = _data_value(data, box.body, box.end)
                location = "location" in short or box.type in LOCATION_ATOMS
                text = name in QT_TEXT_KEYS or box.type in QT_TEXT_ATOMS
                movie.entries.append(_QtEntry(box, name, value, location, text=text))
    return movie


def _is_heif_meta(walk: _Walk, box: Box) -> bool:
    """A top-level ``meta`` box of a HEIF image (its items are read as items, not freed)."""
    hdlr = find(walk.children(box, 1), b"hdlr")
    return hdlr is not None and walk.data[hdlr.body + 8 : hdlr.body + 12] == b"pict"


def _samples(walk: _Walk, stbl: Box, depth: int) -> list[tuple[int, int]]:
    """``(offset, size)`` of every chunk of samples a track's sample table points at.

    Samples of one chunk are contiguous, so each chunk is one range. An empty list for a
    fragmented track (its samples are described in ``moof`` boxes). Raises
    :class:`InputError` when the tables are inconsistent or point outside the file.
    """
    data = walk.data
    kids = walk.children(stbl, depth)
    stsz, stz2, stsc = find(kids, b"stsz"), find(kids, b"stz2"), find(kids, b"stsc")
    stco, co64 = find(kids, b"stco"), find(kids, b"co64")
    if (stsz or stz2) is None and stsc is None and (stco or co64) is None:
        return []

    def table(box: Box | None, head: int, width: int) -> tuple[int, ...]:
        if box is None or box.end - box.body < head:
            raise InputError("QuickTime sample table is incomplete")
        (count,) = struct.unpack_from(">I", data, box.body + head - 4)
        if count > MAX_SAMPLES or box.body + head + count * width > box.end:
            raise InputError("QuickTime sample table is too large or cut short")
        code = {1: "B", 2: "H", 4: "I", 8: "Q", 12: "III"}[width]
        return struct.unpack_from(f">{count * len(code)}{code[0]}", data, box.body + head)

    if stsz is not None:
        (constant,) = struct.unpack_from(">I", data, stsz.body + 4) if stsz.end - stsz.body >= 12 else (0,)
        sizes = table(stsz, 12, 4) if constant == 0 else None
        count = struct.unpack_from(">I", data, stsz.body + 8)[0] if stsz.end - stsz.body >= 12 else 0
    else:
        field_size = data[stz2.body + 7] if stz2 is not None and stz2.end - stz2.body >= 12 else 0
        if field_size not in (8, 16):
            raise InputError("QuickTime compact sample sizes are not supported")
        sizes, constant = table(stz2, 12, field_size // 8), 0
        count = len(sizes)
    offsets = table(co64, 8, 8) if co64 is not None else table(stco, 8, 4)
    runs = table(stsc, 8, 12)  # (first chunk, samples per chunk, description) triples, flattened
    out: list[tuple[int, int]] = []
    sample = run = 0
    for chunk, offset in enumerate(offsets, start=1):
        while run + 3 < len(runs) and runs[run + 3] <= chunk:  # the last run starting at or before it
            run += 3
        per_chunk = min(runs[run + 1] if runs and runs[run] <= chunk else 0, count - sample)
        size = constant * per_chunk if sizes is None else sum(sizes[sample : sample + per_chunk])
        if offset + size > len(data):
            raise InputError("QuickTime sample data lies outside the file")
        out.append((offset, size))
        sample += per_chunk
    return out


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


def _heif_opener() -> None:
    """Let Pillow open HEIF (and write it): pillow-heif's plugin."""
    import pillow_heif

    pillow_heif.register_heif_opener()


class HeifHandler:
    """HEIF/HEIC still images (one or several top-level images, image sequences)."""

    format = "HEIF"
    media = "image"
    mime = "image/heif"
    label = "HEIF"
    suffixes = (".heic", ".heif")
    pillow = PillowFormat(writer="HEIF", save_options={"quality": -1}, opener=_heif_opener)

    def sniff(self, head: bytes) -> bool:
        """True for an ``ftyp`` with a HEIF brand (``heic``, ``mif1``...)."""
        return _image_kind(head) == self.format

    def read(self, data: bytes) -> RawMetadata:
        """Every Exif and XMP item of every top-level ``meta`` box, XMP ``uuid`` boxes, the
        metadata of an image sequence's ``moov``, and the primary image size."""
        meta = RawMetadata(format=self.format)
        walk = _Walk(data, strict=False, incomplete=meta.incomplete)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        top, metas = _heif_items(walk)
        if not metas:
            walk.problem("no meta box")
        elif dims := _ispe_of_primary(walk, metas[0][0]):
            meta.width, meta.height = dims
        for item, payload in _metadata_items(walk, _all_items(metas)):
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
        for meta_box, _items in metas:
            for box in self._icc_boxes(walk, meta_box):
                meta.icc.append(("colr", data[box.body + 4 : box.end]))
        _read_movie(walk, top, meta)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Overwrite every Exif/XMP item in place (same size); nothing else moves."""
        walk = _Walk(data, strict=True)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        top, metas = _heif_items(walk)
        removed: list[str] = []

        def edit(buf: memoryview) -> None:
            for item, payload in _metadata_items(walk, _all_items(metas)):
                new = self._exif(payload, options) if item.is_exif else self._xmp(payload, item, options)
                if new is not None and new != payload:
                    _put_item_bytes(buf, item, new)
                    removed.append(("Exif GPS" if options.only_gps else "Exif") if item.is_exif else "XMP")
            for meta_box, _items in metas:
                for box in self._icc_boxes(walk, meta_box):
                    profile = data[box.body + 4 : box.end]
                    # kept (for the colours), but not its texts that say too much, nor one unread
                    new, what = (
                        icc_mod.clean(profile, options.drops_in(icc_mod.GROUP)) if options.keep_icc else (None, [])
                    )
                    removed.extend(what or (["ICC profile"] if new is None else []))
                    if new is None:
                        _free(buf, box)
                    elif new is not profile:
                        buf[box.body + 4 : box.end] = new
            _strip_movie(walk, top, buf, options, removed)

        clean, _ = edited_copy(data, edit)  # one copy of the file, edited in place
        return Stripped(data=clean, lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Per ``meta`` box: the primary item, item references, and every image item's type,
        properties (but an ICC profile) and data; then an image sequence's tracks."""
        walk = _Walk(data, strict=True)
        top, metas = _heif_items(walk)
        return _heif_pixel_parts(walk, metas) + _movie_pixel_parts(walk, top)

    @staticmethod
    def _exif(payload: bytes, options: StripOptions) -> bytes | None:
        split = _exif_split(payload)
        if split is None:
            return bytes(len(payload))  # no readable TIFF inside: zero the whole item
        start, tiff = split
        if options.only_gps:
            cleaned = tiff_without_gps(tiff, options)
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
            new = xmp_without_location(packet, options) if packet is not None else empty_xmp()
            if new is None:
                return None
            return zlib_exact(new, len(payload)) or zlib_exact(empty_xmp(), len(payload)) or bytes(len(payload))
        if options.only_gps:
            new = xmp_without_location(payload, options)
            if new is None:
                return None
            return pad_xmp(new, len(payload)) if len(new) <= len(payload) else empty_xmp(len(payload))
        return empty_xmp(len(payload))

    @staticmethod
    def _icc_boxes(walk: _Walk, meta_box: Box) -> list[Box]:
        props, _assoc = _properties(walk, walk.children(meta_box, 1))
        return [p for p in props if _is_icc(walk.data, p)]


class AvifHandler(HeifHandler):
    """AVIF still images (the HEIF container with AV1 pictures)."""

    format = "AVIF"
    mime = "image/avif"
    label = "AVIF"
    suffixes = (".avif",)
    pillow = PillowFormat(opener=_heif_opener)  # never re-encoded


def _read_movie(walk: _Walk, top: list[Box], meta: RawMetadata) -> None:
    """Add a movie's metadata to ``meta``: values, XMP, the creation time; tracks and atoms
    leakscan cannot read make it incomplete."""
    data = walk.data
    movie = _movie(walk, top)
    for entry in movie.entries:
        if entry.value is None or (isinstance(entry.value, (str, bytes)) and not entry.value.strip()):
            continue
        if entry.text and isinstance(entry.value, str):
            meta.texts.append((entry.name, entry.value))
        else:
            meta.fields.append(("QuickTime", entry.name, entry.value))
    for box in movie.xmp:
        meta.xmp.append(("XMP", data[box.body : box.end]))
    for box in movie.times:
        if box.type == b"mvhd":
            when = _qt_date(_qt_time(data, box)[1])
            if when:
                meta.fields.append(("QuickTime", "CreateDate", when))
            break
    for reason in [*movie.unread, *(t.unread for t in movie.tracks if t.unread)]:
        if reason not in meta.incomplete:
            meta.incomplete.append(reason)


def _strip_movie(walk: _Walk, top: list[Box], buf: bytearray, options: StripOptions, removed: list[str]) -> None:
    """Neutralise a movie's metadata in ``buf``, in place: atoms become ``free`` + zeros, XMP
    is emptied (or loses its location), times are zeroed; a timed metadata track leakscan
    cannot read is turned into ``free`` and its samples zeroed (with ``only_gps`` too: what it
    holds is unknown). Nothing moves, so every offset stays valid."""
    data = walk.data
    movie = _movie(walk, top)
    for track in movie.tracks:
        if track.unread:
            spans = _samples(walk, track.stbl, 6) if track.stbl is not None else []
            if not spans and any(b.type == b"moof" for b in top):
                raise InputError("a timed metadata track of a fragmented movie cannot be removed in place")
            for offset, size in spans:
                buf[offset : offset + size] = bytes(size)
            _free(buf, track.box)
            removed.append("timed metadata track")
    if options.only_gps:
        for entry in movie.entries:
            if entry.location or options.drops(entry.name) or options.drops(f"QuickTime {entry.name}"):
                _free(buf, entry.box)
                removed.append(entry.name)
        for box in movie.xmp:
            payload = data[box.body : box.end]
            new = xmp_without_location(payload, options)
            if new is not None:
                size = len(payload)
                buf[box.body : box.end] = pad_xmp(new, size) if len(new) <= size else empty_xmp(size)
                removed.append("XMP location")
        return
    for entry in movie.entries:
        if entry.box.type != FREE:
            _free(buf, entry.box)
            removed.append(entry.name)
    for box in (*movie.xmp, *movie.metas):
        _free(buf, box)
        removed.append("XMP" if box in movie.xmp else "metadata (meta box)")
    for box in top:
        if box.type == b"uuid" and box not in movie.xmp:
            _free(buf, box)
            removed.append("uuid box")
    for box in movie.times:
        for pos, size in _qt_time(data, box)[0]:
            if any(data[pos : pos + size]):
                buf[pos : pos + size] = bytes(size)
                removed.append("creation/modification time")


def _movie_pixel_parts(walk: _Walk, top: list[Box]) -> list[bytes]:
    """What decides a movie's pictures and sound, track by track: the handler, the sample
    descriptions (codec configuration), the track and media headers without their times
    (sizes, matrix, time scale), the edit list, and the sample data the tables point at;
    for a fragmented movie also every ``moof`` box and the ``mdat`` payloads. Timed
    metadata tracks leakscan does not read are not pictures (a strip may remove them)."""
    data = walk.data
    view = memoryview(data)
    parts: list[bytes] = []
    movie = _movie(walk, top)
    for track in movie.tracks:
        if track.unread:
            continue
        parts.append(b"track " + track.handler + b" " + b",".join(track.formats))
        for _path, box in _moov_boxes(walk, track.box, 2, (b"trak",)):
            if box.type in (b"tkhd", b"mdhd"):
                masked = bytearray(data[box.start : box.end])
                for pos, size in _qt_time(data, box)[0]:
                    masked[pos - box.start : pos - box.start + size] = bytes(size)
                parts.append(bytes(masked))
            elif box.type in (b"elst", b"stbl"):
                parts.append(data[box.start : box.end])
        if track.stbl is not None:  # the samples: views, not copies (they are most of the file)
            parts += [view[offset : offset + size] for offset, size in _samples(walk, track.stbl, 6)]
    if any(b.type == b"moof" for b in top):
        parts += [
            view[b.start : b.end] if b.type == b"moof" else view[b.body : b.end]
            for b in top
            if b.type in (b"moof", b"mdat")
        ]
    return parts


class QuickTimeHandler:
    """QuickTime MOV and MP4/3GP videos (location, device and time metadata in ``moov``)."""

    format = "QUICKTIME"
    media = "video"
    mime = "video/quicktime"
    label = "QuickTime/MP4"
    suffixes = (".mov", ".mp4", ".m4v", ".3gp")
    pillow = None

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
        walk = _Walk(data, strict=False, incomplete=meta.incomplete)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        _read_movie(walk, top, meta)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Neutralise metadata atoms in place (``free`` + zeros); media data never moves."""
        walk = _Walk(data, strict=True)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        removed: list[str] = []
        clean, _ = edited_copy(data, lambda buf: _strip_movie(walk, top, buf, options, removed))
        return Stripped(data=clean, lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Every picture/sound track's sample descriptions, headers (times aside), edit list and samples."""
        walk = _Walk(data, strict=True)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        return _movie_pixel_parts(walk, top)


HANDLER = HeifHandler()
AVIF_HANDLER = AvifHandler()
QUICKTIME_HANDLER = QuickTimeHandler()
