"""A robust decoder (and in-place editor) of TIFF-structured EXIF payloads.

Reads both byte orders and BigTIFF; walks IFD0 and the IFD chain (IFD1 = the thumbnail),
ExifIFD, GPS IFD, Interop IFD, SubIFDs and the maker notes that hold owner names, serial
numbers and home cities (Canon, Nikon, Olympus/OM, Pentax, Casio, Ricoh, Fujifilm,
Panasonic...). It also cuts out the IFD1 thumbnail and, when that thumbnail is a JPEG with
its own EXIF, decodes that too.

Every IFD is a :class:`Directory` of its own, known by its offset: a multi-page TIFF has
one ``GPS`` or ``ExifIFD`` per page, and each is read, reported and edited by itself.
Pointers are followed wherever ExifTool follows them (a GPS IFD hung off the Interop IFD
or a SubIFD, a SubIFD's next-IFD chain), and the GPS table is read at an offset already
read as another IFD (cameras have pointed GPS and Interop at one IFD).

Hostile input is expected: every offset is bounds-checked, IFDs already visited are not
visited again (loops), entry and value counts are capped, the nesting depth is limited,
the decoded bytes have a budget and the whole walk has a time limit. Problems become
``warnings`` (never with a value in them). When a limit stops the walk before the end --
more pages, entries, IFDs or nesting than the bounds allow, a text too large to decode,
the time limit -- the reason also goes to ``incomplete``: whatever lies past it was not
checked, so the photo must not read as safe (the scanner copies it into
:attr:`leakscan.media.base.RawMetadata.incomplete`). So does what a directory declares but
the data does not hold (a file cut short, or a wrong offset): an IFD pointer or next-IFD
link, an entry count or a value that runs past the end -- ExifTool reports those as errors
too. Two exceptions stay warnings: a thumbnail past the end (ExifTool says nothing of it),
and maker notes, whose offsets and sizes cameras get wrong all the time (ExifTool calls
those minor). The only exception raised is :class:`~leakscan.errors.InputError`, and only
by :func:`parse` when the payload does not start with a TIFF header at all.

:func:`edit_in_place` rewrites IFDs inside a ``bytearray`` without moving anything else:
dropped entries disappear from their IFD (which is rewritten, shorter, at the same
offset), their out-of-line values are zeroed, and so is every directory below a dropped
pointer with its image data. Bytes that a kept directory still uses (its entries, values,
strips and tiles) are never zeroed, even when a hostile file makes them overlap. Offsets
elsewhere in the file stay valid, which keeps maker notes and image data intact.
"""

from __future__ import annotations

import bisect
import math
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

# -- limits -----------------------------------------------------------------------------

# Past any of these the payload is not fully checked (``ExifData.incomplete``): they are far
# above what cameras and scanners write, and bound the work on a hostile file.

#: Entries read from one IFD (all a classic TIFF can hold; real files have < 400).
MAX_ENTRIES_PER_IFD = 65_535
#: Entries read from one payload, all IFDs together (~0.1 s of reading per 25,000).
MAX_ENTRIES = 200_000
#: IFDs visited in one payload.
MAX_IFDS = 16_384
#: Images in the IFD chain (pages of a multi-page TIFF; IFD0 + IFD1 in a JPEG's EXIF).
MAX_PAGES = 4096
#: Nesting depth (IFD0 -> ExifIFD -> MakerNote -> sub-IFD ...; real files stay under 5).
MAX_DEPTH = 16
#: IFDs followed from one pointer entry (SubIFDs holds one offset per sub-image).
MAX_POINTED = 64
#: Links followed in one payload, repeats included (pointers and next-IFD offsets that
#: name an IFD already read cost a visit too).
MAX_LINKS = 65_536
#: Numeric values decoded per entry (longer arrays are cut, with a warning).
MAX_VALUES = 4096
#: Bytes copied out for one byte/undefined/ASCII value (longer ones keep only offset/count).
MAX_VALUE_BYTES = 256 * 1024
#: Bytes copied out for all values of one payload together.
MAX_TOTAL_BYTES = 16 * 1024 * 1024
#: Seconds one parse may take.
TIME_LIMIT = 2.0

# -- TIFF field types -------------------------------------------------------------------

BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE, IFD = range(1, 14)
LONG8, SLONG8, IFD8 = 16, 17, 18
TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}
_NUM_FMT = {3: "H", 4: "L", 6: "b", 8: "h", 9: "l", 11: "f", 12: "d", 13: "L", 16: "Q", 17: "q", 18: "Q"}

# -- tag names --------------------------------------------------------------------------

TAGS_IFD: dict[int, str] = {
    0x00FE: "NewSubfileType",
    0x0100: "ImageWidth",
    0x0101: "ImageLength",
    0x0102: "BitsPerSample",
    0x0103: "Compression",
    0x0106: "PhotometricInterpretation",
    0x010D: "DocumentName",
    0x010E: "ImageDescription",
    0x010F: "Make",
    0x0110: "Model",
    0x0111: "StripOffsets",
    0x0112: "Orientation",
    0x0115: "SamplesPerPixel",
    0x0116: "RowsPerStrip",
    0x0117: "StripByteCounts",
    0x011D: "PageName",
    0x0131: "Software",
    0x0132: "DateTime",
    0x013B: "Artist",
    0x013C: "HostComputer",
    0x0142: "TileWidth",
    0x0143: "TileLength",
    0x0144: "TileOffsets",
    0x0145: "TileByteCounts",
    0x014A: "SubIFDs",
    0x0201: "JPEGInterchangeFormat",
    0x0202: "JPEGInterchangeFormatLength",
    0x02BC: "XMP",
    0x4746: "Rating",
    0x8298: "Copyright",
    0x83BB: "IPTC-NAA",
    0x8649: "PhotoshopSettings",
    0x8769: "ExifIFD",
    0x8773: "ICCProfile",
    0x8825: "GPSInfo",
    0x9003: "DateTimeOriginal",
    0x9004: "CreateDate",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x927C: "MakerNote",
    0x9286: "UserComment",
    0x9C9B: "XPTitle",
    0x9C9C: "XPComment",
    0x9C9D: "XPAuthor",
    0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject",
    0xA005: "InteropIFD",
    0xA420: "ImageUniqueID",
    0xA430: "CameraOwnerName",
    0xA431: "BodySerialNumber",
    0xA435: "LensSerialNumber",
    0xC612: "DNGVersion",
    0xC62F: "CameraSerialNumber",
    0xC634: "DNGPrivateData",
    0xC68B: "OriginalRawFileName",
    0xFDE8: "OwnerName",
    0xFDE9: "SerialNumber",
    0xFDEA: "Lens",
    0xFE4C: "RawFile",
    0x87B1: "GeoTiffAsciiParams",
    0x87AF: "GeoTiffDirectory",
    0x87B0: "GeoTiffDoubleParams",
    0x830E: "PixelScale",
    0x8482: "ModelTiePoint",
    0x85D8: "ModelTransform",
}

TAGS_GPS: dict[int, str] = {
    0x00: "GPSVersionID",
    0x01: "GPSLatitudeRef",
    0x02: "GPSLatitude",
    0x03: "GPSLongitudeRef",
    0x04: "GPSLongitude",
    0x05: "GPSAltitudeRef",
    0x06: "GPSAltitude",
    0x07: "GPSTimeStamp",
    0x08: "GPSSatellites",
    0x09: "GPSStatus",
    0x0A: "GPSMeasureMode",
    0x0B: "GPSDOP",
    0x0C: "GPSSpeedRef",
    0x0D: "GPSSpeed",
    0x0E: "GPSTrackRef",
    0x0F: "GPSTrack",
    0x10: "GPSImgDirectionRef",
    0x11: "GPSImgDirection",
    0x12: "GPSMapDatum",
    0x13: "GPSDestLatitudeRef",
    0x14: "GPSDestLatitude",
    0x15: "GPSDestLongitudeRef",
    0x16: "GPSDestLongitude",
    0x17: "GPSDestBearingRef",
    0x18: "GPSDestBearing",
    0x19: "GPSDestDistanceRef",
    0x1A: "GPSDestDistance",
    0x1B: "GPSProcessingMethod",
    0x1C: "GPSAreaInformation",
    0x1D: "GPSDateStamp",
    0x1E: "GPSDifferential",
    0x1F: "GPSHPositioningError",
}

TAGS_INTEROP: dict[int, str] = {0x0001: "InteropIndex", 0x0002: "InteropVersion"}

#: Maker-note tags worth a name, per maker-note family.
TAGS_MAKER: dict[str, dict[int, str]] = {
    "Canon": {
        0x0006: "ImageType",
        0x0007: "FirmwareVersion",
        0x0009: "OwnerName",
        0x000C: "SerialNumber",
        0x0096: "InternalSerialNumber",
        0x4019: "LensInfo",
    },
    "Nikon": {0x001D: "SerialNumber", 0x00A0: "SerialNumber", 0x0011: "PreviewIFD"},
    "Olympus": {
        0x0209: "CameraID",
        0x2010: "Equipment",
        0x0101: "SerialNumber",
        0x0102: "InternalSerialNumber",
        0x0202: "LensSerialNumber",
        0x0404: "SerialNumber",
        0x0280: "PreviewImage",
    },
    "Pentax": {0x0023: "HometownCity", 0x0024: "DestinationCity", 0x0215: "CameraInfo", 0x0229: "SerialNumber"},
    "Casio": {0x3006: "HometownCity", 0x2000: "PreviewImage"},
    "Ricoh": {0x0005: "InternalSerialNumber"},
    "Fujifilm": {0x0010: "InternalSerialNumber"},
    "Panasonic": {
        0x0025: "InternalSerialNumber",
        0x0069: "City2",
        0x006B: "Country",
        0x006D: "State",
        0x006F: "City",
        0x0071: "Landmark",
        0x0080: "City",
        0x0082: "Landmark",
    },
    "Samsung": {0xA002: "SerialNumber"},
    "Sony": {},
    "Apple": {},
    "Kodak": {},
    "Generic": {},
}

#: Olympus CameraSettings sub-IFD (0x2020): where the preview image is.
OLYMPUS_SETTINGS = {0x0100: "PreviewImageValid", 0x0101: "PreviewImageStart", 0x0102: "PreviewImageLength"}

#: Pentax HometownCity / DestinationCity codes (from the camera's world-time list).
PENTAX_CITIES = (
    "Pago Pago", "Honolulu", "Anchorage", "Vancouver", "San Francisco", "Los Angeles", "Calgary", "Denver",
    "Mexico City", "Chicago", "Miami", "Toronto", "New York", "Santiago", "Caracas", "Halifax", "Buenos Aires",
    "Sao Paulo", "Rio de Janeiro", "Madrid", "London", "Paris", "Milan", "Rome", "Berlin", "Johannesburg",
    "Istanbul", "Cairo", "Jerusalem", "Moscow", "Jeddah", "Tehran", "Dubai", "Karachi", "Kabul", "Male", "Delhi",
    "Colombo", "Kathmandu", "Dacca", "Yangon", "Bangkok", "Kuala Lumpur", "Vientiane", "Singapore", "Phnom Penh",
    "Ho Chi Minh", "Jakarta", "Hong Kong", "Perth", "Beijing", "Shanghai", "Manila", "Taipei", "Seoul",
    "Adelaide", "Tokyo", "Guam", "Sydney", "Noumea", "Wellington", "Auckland", "Lima", "Dakar", "Algiers",
    "Helsinki", "Athens", "Nairobi", "Amsterdam", "Stockholm", "Lisbon", "Copenhagen", "Warsaw", "Prague",
    "Budapest",
)  # fmt: skip

#: Pointer tags: tag -> name of the IFD they point to.
POINTERS = {0x8769: "ExifIFD", 0x8825: "GPS", 0xA005: "Interop", 0x014A: "SubIFD"}
#: Tags whose values are the offsets and lengths of image data: (offsets tag, lengths tag).
IMAGE_DATA = ((0x0111, 0x0117), (0x0144, 0x0145), (0x0201, 0x0202))
#: Text tags stored as bytes: one too large to decode leaves the payload not fully checked.
_TEXT_BYTES = frozenset({0x9286, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})


# -- results ------------------------------------------------------------------------------


@dataclass
class Entry:
    """One decoded IFD entry.

    ``value`` is ``str`` for ASCII, ``bytes`` for BYTE/UNDEFINED (and SBYTE), a tuple of
    numbers otherwise (rationals as ``float``, ``nan`` for x/0), or ``None`` when the data
    lies outside the payload or over a budget. ``data_offset`` is where the value bytes
    start in the payload (the entry's own value field for inline values).
    """

    ifd: str
    tag: int
    name: str
    type: int
    count: int
    value: Any
    data_offset: int
    entry_offset: int
    #: For rationals: the raw (numerator, denominator) pairs.
    raw: tuple[tuple[int, int], ...] | None = None
    #: Index of its :class:`Directory` in :attr:`ExifData.dirs`.
    dir: int = -1

    @property
    def size(self) -> int:
        return TYPE_SIZE.get(self.type, 1) * self.count


@dataclass
class Directory:
    """One IFD as it was read: where it is and how it was reached.

    ``name`` is the kind of IFD (``"IFD0"``, ``"IFD1"``... for the page chain, ``"ExifIFD"``,
    ``"GPS"``, ``"Interop"``, ``"SubIFD1"``..., ``"MakerNotes:<maker>"``): several
    directories share a name in a multi-page file, the offset tells them apart.
    """

    index: int
    name: str
    offset: int
    #: Base added to the offsets its entries hold (maker notes may have their own).
    base: int
    bo: str
    big: bool
    #: The entry count stored in the file (which may claim more than the data holds).
    count: int
    #: The directory this one hangs off (-1 for the page chain) and the pointer entry that
    #: links it (index into :attr:`ExifData.entries`; -1 for a next-IFD link of the chain).
    parent: int = -1
    via: int = -1
    #: Index of the page (IFD chain image) it belongs to.
    page: int = 0
    #: Other ``(parent, via)`` links that reach the same IFD (read once: loops, shared IFDs).
    refs: list[tuple[int, int]] = field(default_factory=list)

    @property
    def in_chain(self) -> bool:
        """True for a page of the IFD chain (also when first reached through a pointer)."""
        return self.via < 0 or any(via < 0 for _, via in self.refs)

    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the IFD itself: count, entries, next-IFD offset."""
        csize, esize, vsize = (8, 20, 8) if self.big else (2, 12, 4)
        return self.offset, self.offset + csize + self.count * esize + vsize


@dataclass
class ExifData:
    """Everything :func:`parse` found in one TIFF-structured payload."""

    byte_order: str  # "<" or ">"
    entries: list[Entry] = field(default_factory=list)
    #: The IFD1 JPEG thumbnail (``JPEGInterchangeFormat``), when present and in bounds.
    thumbnail: bytes | None = None
    thumbnail_offset: int | None = None
    #: The thumbnail's own EXIF, when the thumbnail is a JPEG carrying an APP1 Exif segment.
    thumbnail_exif: ExifData | None = None
    #: Maker-note family that was decoded ("Canon", "Nikon"...), if any.
    maker: str | None = None
    #: IFD name -> (offset of the IFD, base for its value offsets), the first IFD of each name.
    ifds: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Every IFD read, in the order it was reached (a directory comes after its parent).
    dirs: list[Directory] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Why the payload was not fully read (a limit hit); no values in them.
    incomplete: list[str] = field(default_factory=list)
    #: Those of :attr:`incomplete` that are what the directories declare but the data does not
    #: hold (a file cut short): nothing more is there to read, unlike past a limit.
    cut: list[str] = field(default_factory=list)

    def get(self, name: str, ifd: str | None = None) -> Entry | None:
        """The first entry called ``name`` (optionally only in IFD ``ifd``)."""
        for e in self.entries:
            if e.name == name and (ifd is None or e.ifd == ifd):
                return e
        return None

    def in_ifd(self, ifd: str) -> Iterator[Entry]:
        """The entries of one IFD, in file order."""
        return (e for e in self.entries if e.ifd == ifd)

    def value(self, name: str, ifd: str | None = None) -> Any:
        e = self.get(name, ifd)
        return None if e is None else e.value

    def by_dir(self) -> list[list[Entry]]:
        """The entries of every directory, indexed like :attr:`dirs`."""
        out: list[list[Entry]] = [[] for _ in self.dirs]
        for e in self.entries:
            if 0 <= e.dir < len(out):
                out[e.dir].append(e)
        return out

    def numbers(self, payload: bytes | bytearray | memoryview, e: Entry) -> tuple[int, ...]:
        """Every integer value of ``e`` read from ``payload`` (not cut at :data:`MAX_VALUES`:
        strip and tile tables can be longer), as far as the payload holds them."""
        fmt = _NUM_FMT.get(e.type)
        if fmt is None or e.type in (FLOAT, DOUBLE) or e.dir < 0 or e.data_offset < 0:
            return ()
        size = TYPE_SIZE[e.type]
        n = min(e.count, (len(payload) - e.data_offset) // size)
        return struct.unpack_from(self.dirs[e.dir].bo + fmt * n, payload, e.data_offset) if n > 0 else ()

    def image_data(self, payload: bytes | bytearray | memoryview, entries: list[Entry]) -> list[tuple[int, int]]:
        """``(offset, length)`` of the strips, tiles or JPEG data one directory's ``entries``
        point at, in order (lengths cut to the payload): every byte a decoder may read.

        A strip whose length is missing runs to the end of the payload (decoders guess its
        size). Uncompressed data is read by its size, not its byte count (Pillow reads rows x
        width x bits from the offset): a strip declared shorter than that extends as far.
        """
        by_tag = {e.tag: e for e in entries}
        out: list[tuple[int, int]] = []
        n = len(payload)
        for offs_tag, lens_tag in IMAGE_DATA:
            if offs_tag in by_tag:
                base = self.dirs[by_tag[offs_tag].dir].base
                offs = self.numbers(payload, by_tag[offs_tag])
                lens = self.numbers(payload, by_tag[lens_tag]) if lens_tag in by_tag else ()
                raw = (
                    self._raw_sizes(payload, by_tag, len(offs), tiles=offs_tag == 0x0144) if offs_tag != 0x0201 else []
                )
                for i, off in enumerate(offs):
                    off += base
                    length = max(lens[i] if i < len(lens) else n, raw[i] if i < len(raw) else 0)
                    out.append((off, max(0, min(length, n - off))) if 0 <= off < n else (off, 0))
        return out

    def _raw_sizes(
        self, payload: bytes | bytearray | memoryview, by_tag: dict[int, Entry], count: int, *, tiles: bool
    ) -> list[int]:
        """The bytes each of ``count`` strips/tiles holds when uncompressed (Compression 1, the
        default); empty for compressed data (decoders read the byte counts there)."""

        def first(tag: int, default: int) -> int:
            values = self.numbers(payload, by_tag[tag]) if tag in by_tag else ()
            return values[0] if values else default

        if first(0x0103, 1) != 1:
            return []
        width, height, spp = first(0x0100, 0), first(0x0101, 0), max(1, first(0x0115, 1))
        bps = self.numbers(payload, by_tag[0x0102]) if 0x0102 in by_tag else ()
        bps = bps or (1,)
        chunky = first(0x011C, 1) != 2
        bits = (sum(bps[:spp]) if len(bps) >= spp else bps[0] * spp) if chunky else bps[0]
        if tiles:
            return [-(-first(0x0142, 0) * bits // 8) * first(0x0143, 0)] * count
        rows = min(first(0x0116, height), height) or height
        per_plane = -(-height // rows) if rows else 1
        row = -(-width * bits // 8)
        return [max(0, min(rows, height - (i % per_plane) * rows)) * row for i in range(count)]

    def sizes_known(self, payload: bytes | bytearray | memoryview, entries: list[Entry]) -> bool:
        """True when every strip/tile offset of one directory has its length."""
        by_tag = {e.tag: e for e in entries}
        return all(
            lens_tag in by_tag
            and len(self.numbers(payload, by_tag[lens_tag])) >= len(self.numbers(payload, by_tag[offs_tag]))
            for offs_tag, lens_tag in IMAGE_DATA
            if offs_tag in by_tag
        )


# -- parsing ------------------------------------------------------------------------------


def tiff_header(
    data: bytes | bytearray | memoryview, start: int = 0, *, any_magic: bool = False
) -> tuple[str, bool, int] | None:
    """``(byte_order, bigtiff, first_ifd_offset)`` for a TIFF header at ``start``, else None.

    ``any_magic`` accepts a wrong magic number after the byte-order mark (read as classic
    TIFF), for blocks whose container already says they are EXIF (a JPEG ``Exif\\0\\0``
    segment, a Photoshop EXIF resource...): ExifTool and cameras' readers still read those, so
    a damaged magic number must not hide a GPS directory from leakscan.
    """
    head = bytes(data[start : start + 16])
    if len(head) < 8:
        return None
    if head[:2] == b"II":
        bo = "<"
    elif head[:2] == b"MM":
        bo = ">"
    else:
        return None
    magic = struct.unpack(bo + "H", head[2:4])[0]
    if magic == 43:  # BigTIFF
        if len(head) < 16:
            return None
        return bo, True, struct.unpack(bo + "Q", head[8:16])[0]
    # 42 = TIFF; 0x55 = Panasonic RW2; 0x4F52 / 0x5352 = Olympus ORF
    if magic not in (42, 0x55, 0x4F52, 0x5352) and not any_magic:
        return None
    return bo, False, struct.unpack(bo + "L", head[4:8])[0]


class _Walker:
    """State of one parse: the buffer, budgets and the IFDs already seen."""

    def __init__(self, buf: bytes | bytearray, bo: str, big: bool, *, want_maker: bool = True) -> None:
        self.buf = buf
        self.n = len(buf)
        self.bo = bo
        self.big = big
        self.want_maker = want_maker
        #: (offset, read as GPS) -> directory index: the GPS table may read an IFD already read
        #: as another one.
        self.seen: dict[tuple[int, bool], int] = {}
        self.entries_left = MAX_ENTRIES
        self.links_left = MAX_LINKS
        self.bytes_left = MAX_TOTAL_BYTES
        self.deadline = time.monotonic() + TIME_LIMIT
        self.out = ExifData(byte_order=bo)
        self.warned: set[str] = set()

    def warn(self, msg: str) -> None:
        if msg not in self.warned and len(self.out.warnings) < 50:
            self.warned.add(msg)
            self.out.warnings.append(msg)

    def limit(self, msg: str) -> None:
        """A bound stopped the walk: what lies past it is not checked."""
        self.warn(msg)
        if msg not in self.out.incomplete:
            self.out.incomplete.append(msg)

    def unseen(self, ifd: str, msg: str) -> None:
        """Part of what directory ``ifd`` declares lies outside the data (the file was cut, or
        an offset is wrong): not fully checked -- unless it is a maker note's, whose offsets
        cameras get wrong all the time (ExifTool calls those minor warnings too)."""
        if ifd.startswith("MakerNotes"):
            self.warn(msg)
        else:
            self.limit(msg)
            if msg not in self.out.cut:
                self.out.cut.append(msg)

    # one IFD ------------------------------------------------------------------------------

    def ifd(
        self,
        off: int,
        name: str,
        *,
        base: int = 0,
        bo: str | None = None,
        depth: int = 0,
        tags: dict[int, str] | None = None,
        big: bool | None = None,
        parent: int = -1,
        via: int = -1,
        page: int = 0,
    ) -> int:
        """Read the IFD at ``off`` (and what hangs off it); returns its next-IFD offset (0: none)."""
        bo = bo or self.bo
        big = self.big if big is None else big
        tags = tags if tags is not None else (TAGS_GPS if name == "GPS" else TAGS_IFD)
        if depth > MAX_DEPTH:
            self.limit(f"EXIF directories nested more than {MAX_DEPTH} deep")
            return 0
        self.links_left -= 1
        if self.links_left < 0:
            self.limit(f"more than {MAX_LINKS} EXIF directory links")
            return 0
        if time.monotonic() > self.deadline:
            self.limit("EXIF took too long to read")
            return 0
        if off <= 0 or off >= self.n:
            if off:
                self.unseen(name, f"EXIF {name} directory lies outside the data")
            return 0
        key = (off, tags is TAGS_GPS)
        if key in self.seen:
            self.warn(f"{name} loops back to an IFD already read")
            if self.seen[key] >= 0:
                self.out.dirs[self.seen[key]].refs.append((parent, via))
            return 0
        if len(self.seen) >= MAX_IFDS:
            self.limit(f"more than {MAX_IFDS} EXIF directories")
            return 0
        self.seen[key] = -1
        cfmt, csize, esize, vsize = ("Q", 8, 20, 8) if big else ("H", 2, 12, 4)
        if off + csize > self.n:
            self.unseen(name, f"EXIF {name} directory is cut short")
            return 0
        stored = struct.unpack_from(bo + cfmt, self.buf, off)[0]
        here = Directory(len(self.out.dirs), name, off, base, bo, big, stored, parent, via, page)
        self.out.dirs.append(here)
        self.seen[key] = here.index
        self.out.ifds.setdefault(name, (off, base))
        count = stored
        avail = (self.n - off - csize) // esize
        if count > avail:
            self.unseen(name, f"EXIF {name} directory claims more entries than the data holds")
            count = avail
        if count > MAX_ENTRIES_PER_IFD:
            self.limit(f"an EXIF directory with more than {MAX_ENTRIES_PER_IFD} entries")
            count = MAX_ENTRIES_PER_IFD
        if count > self.entries_left:
            self.limit(f"more than {MAX_ENTRIES} EXIF entries")
            count = self.entries_left
        self.entries_left -= count
        pos = off + csize
        children: list[tuple[int, str, int, int]] = []  # (offset, label, tag, pointer entry)
        makernote = -1
        follows = name != "GPS" and not name.startswith("MakerNotes")
        for _ in range(count):
            if big:
                tag, typ, cnt = struct.unpack_from(bo + "HHQ", self.buf, pos)
            else:
                tag, typ, cnt = struct.unpack_from(bo + "HHL", self.buf, pos)
            entry = self._entry(pos, tag, typ, cnt, name, base, bo, vsize, pos + esize - vsize, tags)
            pos += esize
            entry.dir = here.index
            index = len(self.out.entries)
            self.out.entries.append(entry)
            if follows and tag in POINTERS and isinstance(entry.value, tuple):
                targets = [int(v) for v in entry.value if isinstance(v, int) and v > 0]
                if len(targets) > MAX_POINTED:
                    self.limit(f"an EXIF pointer to more than {MAX_POINTED} directories")
                for i, v in enumerate(targets[:MAX_POINTED]):
                    if len(children) >= self.links_left:  # no budget to follow it: stop collecting
                        self.limit(f"more than {MAX_LINKS} EXIF directory links")
                        break
                    label = POINTERS[tag] if tag != 0x014A else f"SubIFD{i + 1}"
                    children.append((v, label, tag, index))
            elif tag == 0x927C and name == "ExifIFD":
                makernote = index
        nxt = 0
        if pos + vsize <= self.n:
            nxt = struct.unpack_from(bo + ("Q" if big else "L"), self.buf, pos)[0]
        kids = {"parent": here.index, "page": page, "base": base, "bo": bo, "depth": depth + 1, "big": big}
        for child_off, label, tag, index in children:
            if self.links_left <= 0:
                break
            if tag == 0x8825:
                self.ifd(child_off + base, "GPS", tags=TAGS_GPS, via=index, **kids)
            elif tag == 0xA005:
                self.ifd(child_off + base, "Interop", tags=TAGS_INTEROP, via=index, **kids)
            elif tag == 0x8769:
                self.ifd(child_off + base, label, via=index, **kids)
            else:
                self.subifd_chain(child_off + base, label, index, kids)
        if makernote >= 0 and self.want_maker:
            self.makernote(self.out.entries[makernote], depth + 1, here.index, makernote, page)
        return nxt + base if nxt else 0

    def subifd_chain(self, off: int, label: str, via: int, kids: dict[str, Any]) -> None:
        """A SubIFD and the IFDs its next-IFD links lead to (ExifTool reads them: so must we)."""
        nxt = self.ifd(off, label, via=via, **kids)
        for _ in range(MAX_PAGES):
            if not nxt:
                return
            if not self._plausible_ifd(nxt, kids["bo"], kids["big"]):
                # raw formats leave junk in a SubIFD's next link; ExifTool checks it the same way
                self.warn(f"{label} links to something that is not an IFD; ignored")
                return
            nxt = self.ifd(nxt, label, via=via, **kids)
        self.limit(f"more than {MAX_PAGES} IFDs chained after a SubIFD")

    def _plausible_ifd(self, off: int, bo: str, big: bool) -> bool:
        """An IFD with at least one entry, all of known types, inside the data."""
        cfmt, csize, esize = ("Q", 8, 20) if big else ("H", 2, 12)
        if off <= 0 or off + csize > self.n:
            return False
        count = struct.unpack_from(bo + cfmt, self.buf, off)[0]
        if not 0 < count <= MAX_ENTRIES_PER_IFD or off + csize + count * esize > self.n:
            return False
        return all(
            struct.unpack_from(bo + "H", self.buf, off + csize + i * esize + 2)[0] in TYPE_SIZE for i in range(count)
        )

    def _entry(
        self,
        pos: int,
        tag: int,
        typ: int,
        cnt: int,
        ifd: str,
        base: int,
        bo: str,
        vsize: int,
        vfield: int,
        tags: dict[int, str],
    ) -> Entry | None:
        size = TYPE_SIZE.get(typ)
        name = tags.get(tag) or f"Tag0x{tag:04X}"
        if size is None:
            self.warn(f"{ifd} has an entry of unknown type")
            return Entry(ifd, tag, name, typ, 0, None, vfield, pos)
        total = size * cnt
        if total <= vsize:
            doff = vfield
        else:
            rel = struct.unpack_from(bo + ("Q" if vsize == 8 else "L"), self.buf, vfield)[0]
            doff = rel + base
        entry = Entry(ifd, tag, name, typ, cnt, None, doff, pos)
        if doff < 0 or doff + min(total, size) > self.n or cnt == 0:
            if cnt:
                self.unseen(ifd, f"EXIF {ifd} {name} value lies outside the data")
            return entry
        avail = min(cnt, (self.n - doff) // size)
        if avail < cnt:
            self.unseen(ifd, f"EXIF {ifd} {name} value is cut short")
        if typ in (BYTE, UNDEFINED, SBYTE, ASCII):
            n = avail
            if n > MAX_VALUE_BYTES or n > self.bytes_left:
                if typ == ASCII or tag in _TEXT_BYTES:  # a text nobody read: could name anyone
                    self.limit("an EXIF text too large to decode")
                elif tag not in (0x927C, 0x02BC, 0x83BB, 0x8649, 0x8773, 0xC634):
                    self.warn(f"{ifd} {name} is too large to decode")
                return entry
            self.bytes_left -= n
            raw = bytes(self.buf[doff : doff + n])
            entry.value = _ascii(raw) if typ == ASCII else raw
            return entry
        n = min(avail, MAX_VALUES)
        if n < avail and tag not in (0x0111, 0x0117, 0x0144, 0x0145):
            self.warn(f"{ifd} {name} has too many values; cut")
        if typ in (RATIONAL, SRATIONAL):
            fmt = bo + ("L" if typ == RATIONAL else "l") * (2 * n)
            nums = struct.unpack_from(fmt, self.buf, doff)
            pairs = tuple(zip(nums[0::2], nums[1::2], strict=False))
            entry.raw = pairs
            entry.value = tuple((a / b) if b else math.nan for a, b in pairs)
        else:
            entry.value = struct.unpack_from(bo + _NUM_FMT[typ] * n, self.buf, doff)
        return entry

    # maker notes -------------------------------------------------------------------------------

    def makernote(self, mn: Entry, depth: int, parent: int, via: int, page: int) -> None:
        off = mn.data_offset
        size = min(mn.count, self.n - off)
        if size < 8 or off <= 0:
            return
        head = bytes(self.buf[off : off + 16])
        make = (
            (self.out.value("Make", "IFD0") or "").strip().lower()
            if isinstance(self.out.value("Make", "IFD0"), str)
            else ""
        )
        fam: str | None = None
        ifd_off, base, bo, big = off, 0, self.bo, self.big
        if head.startswith(b"Nikon\x00\x02"):
            hdr = tiff_header(self.buf, off + 10)
            if hdr is None:
                return
            fam, bo, big = "Nikon", hdr[0], hdr[1]
            base = off + 10
            ifd_off = base + hdr[2]
        elif head.startswith(b"Nikon\x00\x01"):
            fam, ifd_off = "Nikon", off + 8
        elif head.startswith(b"OLYMPUS\x00") or head.startswith(b"OM SYSTEM\x00"):
            skip = 12 if head.startswith(b"OLYMPUS") else 16
            order = head[skip - 4 : skip - 2]
            bo = "<" if order == b"II" else ">" if order == b"MM" else bo
            fam, ifd_off, base = "Olympus", off + skip, off
        elif head.startswith((b"OLYMP\x00", b"EPSON\x00", b"MINOL\x00")):
            fam, ifd_off = "Olympus", off + 8
        elif head.startswith(b"AOC\x00"):
            order = head[4:6]
            bo = "<" if order == b"II" else ">" if order == b"MM" else bo
            fam, ifd_off, base = "Pentax", off + 6, off
            if order not in (b"II", b"MM"):
                bo, base = self.bo, 0
        elif head.startswith(b"PENTAX \x00"):
            order = head[8:10]
            bo = "<" if order == b"II" else ">"
            fam, ifd_off, base = "Pentax", off + 10, off
        elif head.startswith(b"QVC\x00\x00\x00"):
            fam, ifd_off, bo = "Casio", off + 6, ">"
        elif head[:5] in (b"Ricoh", b"RICOH"):
            fam, ifd_off, bo = "Ricoh", off + 8, ">"
        elif head.startswith(b"FUJIFILM") or head.startswith(b"GENERALE"):
            rel = struct.unpack_from("<L", self.buf, off + 8)[0]
            fam, ifd_off, base, bo = "Fujifilm", off + rel, off, "<"
        elif head.startswith(b"Panasonic\x00"):
            fam, ifd_off = "Panasonic", off + 12
        elif head.startswith(b"SONY DSC \x00") or head.startswith(b"SONY CAM \x00"):
            fam, ifd_off = "Sony", off + 12
        elif head.startswith(b"Apple iOS\x00"):
            fam, ifd_off, base, bo = "Apple", off + 14, off, ">"
        elif make.startswith("canon"):
            fam = "Canon"
        elif make.startswith("casio"):
            fam = "Casio"
        elif make.startswith("samsung"):
            fam = "Samsung"
        elif make.startswith(("pentax", "asahi")):
            fam = "Pentax"
        elif make.startswith("nikon"):
            fam = "Nikon"
        elif make.startswith("kodak"):
            return  # Kodak maker notes are not IFDs
        else:
            fam = "Generic"
            # Only read an unknown maker note when it looks like an IFD.
            if off + 2 > self.n:
                return
            cnt = struct.unpack_from(self.bo + "H", self.buf, off)[0]
            if not 0 < cnt < 200:
                return
        self.out.maker = fam
        if fam in ("Pentax", "Generic"):
            base = self._fix_base(ifd_off, base, bo)
        tags = TAGS_MAKER.get(fam, {})
        label = f"MakerNotes:{fam}"
        before = len(self.out.entries)
        below = {"parent": parent, "via": via, "page": page}
        self.ifd(ifd_off, label, base=base, bo=bo, depth=depth, tags=tags, big=big, **below)
        # sub-directories that hold serial numbers
        for e in list(self.out.entries[before:]):
            if e.ifd != label or not (fam == "Olympus" and e.tag in (0x2010, 0x2020)):
                continue
            if e.type == UNDEFINED:
                target = e.data_offset  # the sub-IFD is stored in the value itself
            elif isinstance(e.value, tuple) and e.value:
                target = int(e.value[0]) + base
            else:
                continue
            if e.tag == 0x2010:
                self.ifd(target, "MakerNotes:Olympus:Equipment", base=base, bo=bo, depth=depth + 1, tags=tags, **below)
            else:
                self.ifd(
                    target,
                    "MakerNotes:Olympus:CameraSettings",
                    base=base,
                    bo=bo,
                    depth=depth + 1,
                    tags=OLYMPUS_SETTINGS,
                    **below,
                )
        return

    def _fix_base(self, ifd_off: int, base: int, bo: str) -> int:
        """Maker notes whose offsets are "whacky" (Pentax, unknown makers): when values point
        outside the data, assume the values follow the IFD directly (as cameras write them)."""
        try:
            count = struct.unpack_from(bo + "H", self.buf, ifd_off)[0]
        except struct.error:
            return base
        if not 0 < count < 512 or ifd_off + 2 + 12 * count > self.n:
            return base
        rels = []
        outside = 0
        for i in range(count):
            pos = ifd_off + 2 + 12 * i
            _tag, typ, cnt = struct.unpack_from(bo + "HHL", self.buf, pos)
            size = TYPE_SIZE.get(typ, 0) * cnt
            if size > 4:
                rel = struct.unpack_from(bo + "L", self.buf, pos + 8)[0]
                rels.append(rel)
                if rel + base + size > self.n:
                    outside += 1
        if not rels or not outside:
            return base
        fixed = ifd_off + 2 + 12 * count + 4 - min(rels)
        return fixed if fixed + max(rels) <= self.n else base


def _ascii(raw: bytes) -> str:
    """An ASCII tag's text: up to the first NUL, UTF-8 if valid else Latin-1."""
    raw = raw.split(b"\x00", 1)[0]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def parse(
    payload: bytes | bytearray,
    *,
    maker_notes: bool = True,
    thumbnail: bool = True,
    any_magic: bool = False,
    _depth: int = 0,
) -> ExifData:
    """Decode one TIFF-structured payload (``II*\\0``/``MM\\0*``, optionally after ``Exif\\0\\0``).

    ``any_magic`` (implied by the ``Exif`` prefix) reads a payload whose TIFF magic number
    is wrong, as :func:`tiff_header` says. Raises :class:`InputError` only when there is no
    TIFF header; everything else that is wrong becomes a warning on the result.
    """
    start = 0
    if payload[:4] == b"Exif":
        start = 6
        any_magic = True
    buf = payload[start:] if start else payload
    hdr = tiff_header(buf, any_magic=any_magic)
    if hdr is None:
        raise InputError("EXIF data does not start with a TIFF header")
    bo, big, first = hdr
    w = _Walker(buf, bo, big, want_maker=maker_notes)
    if any_magic and tiff_header(buf) is None:
        w.warn("EXIF has a wrong TIFF magic number; read anyway")
    try:
        nxt = w.ifd(first, "IFD0")
        page = 1
        while nxt:
            if page >= MAX_PAGES:
                w.limit(f"more than {MAX_PAGES} images in the EXIF/TIFF page chain")
                break
            nxt = w.ifd(nxt, f"IFD{page}", page=page)
            page += 1
    except (struct.error, ValueError, IndexError, OverflowError, RecursionError):
        w.limit("EXIF structure could not be followed to the end")
    out = w.out
    if thumbnail:
        _thumbnail(buf, out, _depth)
    return out


def _thumbnail(buf: bytes | bytearray, out: ExifData, depth: int) -> None:
    off_e = out.get("JPEGInterchangeFormat", "IFD1")
    len_e = out.get("JPEGInterchangeFormatLength", "IFD1")
    if off_e is None or len_e is None:
        return
    try:
        off, length = int(off_e.value[0]), int(len_e.value[0])
    except (TypeError, IndexError, ValueError):
        return
    if off <= 0 or length <= 0:
        return
    # A thumbnail past the end is not in the file (ExifTool does not even warn); one cut short
    # is reported as far as it goes (its own EXIF, if cut, says so when it is parsed).
    if off >= len(buf):
        out.warnings.append("thumbnail offset points outside the EXIF data")
        return
    if off + length > len(buf):
        out.warnings.append("thumbnail is cut short")
        length = len(buf) - off
    thumb = bytes(buf[off : off + length])
    out.thumbnail, out.thumbnail_offset = thumb, off
    if depth < 1 and thumb[:2] == b"\xff\xd8":
        inner = jpeg_exif(thumb)
        if inner is not None:
            try:
                out.thumbnail_exif = parse(inner, maker_notes=False, thumbnail=False, any_magic=True, _depth=depth + 1)
            except InputError:
                out.warnings.append("thumbnail carries broken EXIF")
            else:
                out.incomplete += [f"thumbnail: {r}" for r in out.thumbnail_exif.incomplete]


def jpeg_exif(jpeg: bytes) -> bytes | None:
    """The first APP1 Exif payload of a small JPEG (used for thumbnails), or None."""
    pos, n = 2, len(jpeg)
    for _ in range(64):
        if pos + 4 > n or jpeg[pos] != 0xFF:
            return None
        marker = jpeg[pos + 1]
        if marker in (0xDA, 0xD9):
            return None
        length = int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        if marker == 0xE1 and jpeg[pos + 4 : pos + 10] == b"Exif\x00\x00":
            return jpeg[pos + 10 : pos + 2 + length]
        pos += 2 + length
    return None


# -- value helpers ------------------------------------------------------------------------------


def gps_coordinate(entry: Entry | None, ref: Any) -> float | None:
    """Decimal degrees from a GPSLatitude/GPSLongitude entry and its ref, or None when empty.

    Degrees/minutes/seconds with a 0/0 part after valid degrees count that part as 0
    (some cameras leave the seconds 0/0); 0/0 degrees mean "no fix" (None).
    """
    if entry is None or entry.value is None:
        return None
    if entry.raw:
        parts: list[float] = []
        for i, (a, b) in enumerate(entry.raw[:3]):
            if b == 0:
                if i == 0 or a != 0:
                    return None
                parts.append(0.0)
            else:
                parts.append(a / b)
    elif isinstance(entry.value, tuple):
        parts = [float(v) for v in entry.value[:3]]
    else:
        return None
    if not parts:
        return None
    value = parts[0] + (parts[1] / 60 if len(parts) > 1 else 0) + (parts[2] / 3600 if len(parts) > 2 else 0)
    ref_s = ref.strip().upper()[:1] if isinstance(ref, str) else ""
    if isinstance(ref, (bytes, bytearray)):
        ref_s = ref[:1].decode("latin-1").upper()
    if ref_s in ("S", "W"):
        value = -value
    return value


def user_comment(raw: Any) -> str:
    """Decode an EXIF UserComment (8-byte character-code header, then text)."""
    if isinstance(raw, str):
        return raw.strip("\x00 ")
    if not isinstance(raw, (bytes, bytearray)):
        return ""
    raw = bytes(raw)
    head, body = raw[:8], raw[8:]
    if head.startswith(b"UNICODE"):
        if body[:2] == b"\xff\xfe":
            text = body[2:].decode("utf-16-le", "replace")
        elif body[:2] == b"\xfe\xff":
            text = body[2:].decode("utf-16-be", "replace")
        else:
            # no BOM: guess the order from where the zero bytes are
            le = body[1::2].count(0) >= body[0::2].count(0)
            text = body.decode("utf-16-le" if le else "utf-16-be", "replace")
    elif head.startswith(b"JIS"):
        try:
            text = body.decode("shift_jis")
        except UnicodeDecodeError:
            text = body.decode("iso2022_jp", "replace")
    elif head.startswith(b"ASCII") or head == b"\x00" * 8:
        text = _ascii(body) if b"\x00" in body.rstrip(b"\x00") else _text(body)
    else:
        text = _text(raw)
    return text.replace("\x00", " ").strip()


def xp_text(raw: Any) -> str:
    """Decode a Windows XP* tag (UTF-16LE in a BYTE array)."""
    if isinstance(raw, str):
        return raw.strip("\x00 ")
    if not isinstance(raw, (bytes, bytearray)):
        if isinstance(raw, tuple):
            try:
                raw = bytes(int(v) & 0xFF for v in raw)
            except (TypeError, ValueError):
                return ""
        else:
            return ""
    return bytes(raw).decode("utf-16-le", "replace").split("\x00", 1)[0].strip()


def _text(raw: bytes) -> str:
    raw = raw.rstrip(b"\x00 ")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def text_value(entry: Entry) -> str:
    """A printable text for any entry (ASCII as is, bytes as text when they look like text)."""
    v = entry.value
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, (bytes, bytearray)):
        return _text(bytes(v)).split("\x00", 1)[0].strip()
    if isinstance(v, tuple):
        return " ".join(str(x) for x in v[:16])
    return ""


# -- in-place editing -----------------------------------------------------------------------------

#: An edit decision for one entry: keep it, drop it (entry removed, value zeroed), or blank
#: it (entry kept, value bytes zeroed — for maker-note fields whose IFD must not change).
KEEP, DROP, BLANK = "keep", "drop", "blank"


def edit_in_place(
    buf: bytearray | memoryview,
    decide: Callable[[Entry], str],
    *,
    start: int = 0,
    end: int | None = None,
    original: bytes | None = None,
) -> list[str]:
    """Rewrite the IFDs of the TIFF payload at ``buf[start:end]`` in place, as ``decide`` says.

    Every directory is handled by its own offset (a multi-page file has a GPS IFD, an
    ExifIFD and SubIFDs per page). Dropped entries leave their IFD, which is rewritten
    shorter at the same offset so nothing else moves, and their out-of-line values are
    zeroed. A directory no kept pointer or page link reaches any more -- below a dropped
    GPSInfo, ExifIFD, Interop or SubIFDs entry -- is zeroed with its values and image data,
    and so is a directory read at the same offset as a dropped one (GPS and Interop sharing
    an IFD; the pointer naming it goes too). ``BLANK`` zeroes the value and keeps the entry;
    maker-note directories are never restructured, their dropped entries are blanked.

    What a directory declares but the data does not hold (a file cut short) is not carried
    into the copy: a pointer whose every target lies past the end goes, and so does an entry
    whose value runs past the end (what is there of it is zeroed); a page's next-IFD link past
    the end becomes 0, and an IFD whose entry count runs past the end is rewritten with the
    entries that are there. The copy then reads back whole where the original did not (a
    pixel tag among them makes the caller's picture check refuse the copy).

    Bytes a directory that stays still uses -- its IFD, the values it keeps, its strips and
    tiles -- are never zeroed, whatever a hostile file makes overlap. ``decide`` is called
    once for every entry. Returns the names of the entries removed or blanked (no values).
    Raises :class:`InputError` when the payload has no TIFF header, or shares IFD offsets in
    a tangle too deep to unpick safely.

    ``original`` is what ``buf[start:end]`` holds before the edit, when the caller has it as
    bytes (a whole TIFF file): it is parsed instead of a copy of the buffer.
    """
    view = memoryview(buf)[start:end]
    data = parse(bytes(view) if original is None else original, maker_notes=True, thumbnail=False, any_magic=True)
    entries, dirs, n = data.entries, data.dirs, len(view)
    acts = [decide(e) for e in entries]
    for i, e in enumerate(entries):
        if acts[i] == KEEP and _past_the_end(data, e, n):
            acts[i] = DROP  # it names what the data does not hold
    dropped = _dropped_dirs(data, acts)
    members: list[list[int]] = [[] for _ in dirs]
    for i, e in enumerate(entries):
        members[e.dir].append(i)
    guard = _Protected(n)
    for d in dirs:
        if dropped[d.index]:
            continue
        guard.add(*d.span())
        kept = [entries[i] for i in members[d.index] if acts[i] == KEEP]
        for e in kept:
            vsize = 8 if d.big else 4
            if e.size > vsize and e.tag != 0x927C:  # a maker note's parts are protected one by one
                guard.add(e.data_offset, e.data_offset + e.size)
        if not d.name.startswith("MakerNotes"):
            for off, length in data.image_data(view, kept):
                guard.add(off, off + length)
    guard.seal()
    removed: list[str] = []
    for d in dirs:
        esize, vsize = (20, 8) if d.big else (12, 4)
        mine = [entries[i] for i in members[d.index]]
        if dropped[d.index]:
            for e in mine:
                if e.size > vsize:
                    guard.zero(view, e.data_offset, e.size)
            if not d.name.startswith("MakerNotes"):
                for off, length in data.image_data(view, mine):
                    guard.zero(view, off, length)
            lo, hi = d.span()
            guard.zero(view, lo, hi - lo)
            continue
        records: list[bytes] = []
        cut = d.offset + (8 if d.big else 2) + d.count * esize > n  # count past the end
        changed = cut or _clear_link_past_the_end(view, d)
        for i in members[d.index]:
            e, act = entries[i], acts[i]
            record = bytes(view[e.entry_offset : e.entry_offset + esize])
            if act != KEEP:
                changed = True
                removed.append(f"{d.name}:{e.name}")
                if e.size > vsize:
                    guard.zero(view, e.data_offset, e.size)
                elif e.count:  # inline value: it lives in the entry itself
                    record = record[: esize - vsize] + bytes(vsize)
                    if d.name.startswith("MakerNotes"):
                        view[e.entry_offset : e.entry_offset + esize] = record
            if act != DROP or d.name.startswith("MakerNotes"):
                records.append(record)
        if changed and not d.name.startswith("MakerNotes"):
            _rewrite_ifd(view, d, records, len(mine))
    return removed


def _past_the_end(data: ExifData, e: Entry, n: int) -> bool:
    """True for an entry (outside maker notes) whose value runs past the end of the ``n``
    bytes of data, or a pointer whose every target lies past it."""
    if e.ifd.startswith("MakerNotes") or e.dir < 0:
        return False
    d = data.dirs[e.dir]
    if e.count and e.size > (8 if d.big else 4) and e.data_offset + e.size > n:
        return True
    if e.tag not in POINTERS or not isinstance(e.value, tuple):
        return False
    targets = [v for v in e.value if isinstance(v, int) and v > 0]
    return bool(targets) and all(v + d.base + (8 if d.big else 2) > n for v in targets)


def _clear_link_past_the_end(view: memoryview, d: Directory) -> bool:
    """Zero the next-IFD link of page ``d`` when it points past the end; True when it did."""
    if not d.in_chain or d.name.startswith("MakerNotes"):
        return False
    csize, esize, vsize, fmt = (8, 20, 8, "Q") if d.big else (2, 12, 4, "L")
    at = d.offset + csize + d.count * esize
    if at + vsize > len(view):
        return False
    link = struct.unpack_from(d.bo + fmt, view, at)[0]
    if not link or link + d.base + csize <= len(view):
        return False
    view[at : at + vsize] = bytes(vsize)
    return True


def _dropped_dirs(data: ExifData, acts: list[str]) -> list[bool]:
    """Which directories go: those the pages no longer reach through kept pointers (loops
    included), and those read at a dropped one's offset (the pointers naming them are
    dropped with them). A page of the IFD chain always stays, however else it is reached."""
    dirs = data.dirs
    below: list[list[tuple[int, int]]] = [[] for _ in dirs]  # parent -> (pointer entry, child)
    for d in dirs:
        for parent, via in [(d.parent, d.via), *d.refs]:
            if parent >= 0 and via >= 0:
                below[parent].append((via, d.index))
    for _ in range(_MAX_ALIAS_PASSES):
        reached = [d.in_chain for d in dirs]
        todo = [d.index for d in dirs if d.in_chain]
        while todo:
            for via, child in below[todo.pop()]:
                if acts[via] != DROP and not reached[child]:
                    reached[child] = True
                    todo.append(child)
        gone = {d.offset for d in dirs if not reached[d.index]}
        aliases = [d for d in dirs if reached[d.index] and not d.in_chain and d.offset in gone]
        if not aliases:
            return [not r for r in reached]
        for d in aliases:  # unlink it; the next pass drops it and what only it reaches
            for parent, via in [(d.parent, d.via), *d.refs]:
                if via >= 0 and parent >= 0:
                    acts[via] = DROP
    raise InputError("EXIF directories share offsets too many levels deep to edit safely")


#: Passes of :func:`_dropped_dirs` (each unlinks the IFDs read at a dropped one's offset).
_MAX_ALIAS_PASSES = 64


def _rewrite_ifd(view: memoryview, d: Directory, records: list[bytes], read: int) -> None:
    """Write ``records`` as the IFD at ``d.offset``, keeping its next-IFD link; the rest of the
    old IFD becomes zeros."""
    cfmt, csize, esize, vsize = ("Q", 8, 20, 8) if d.big else ("H", 2, 12, 4)
    n = len(view)
    next_at = d.offset + csize + d.count * esize
    next_ptr = bytes(view[next_at : next_at + vsize]) if next_at + vsize <= n else b""
    old_end = min(n, d.offset + csize + min(d.count, read) * esize + vsize)
    out = struct.pack(d.bo + cfmt, len(records)) + b"".join(records) + next_ptr.ljust(vsize, b"\x00")
    out = out[: old_end - d.offset].ljust(old_end - d.offset, b"\x00")
    view[d.offset : old_end] = out


class _Protected:
    """Byte ranges an edit must not zero, and a zeroing that goes around them."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.ranges: list[tuple[int, int]] = []
        self.starts: list[int] = []

    def add(self, lo: int, hi: int) -> None:
        lo, hi = max(0, lo), min(self.n, hi)
        if hi > lo:
            self.ranges.append((lo, hi))

    def seal(self) -> None:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(self.ranges):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        self.ranges = merged
        self.starts = [lo for lo, _ in merged]

    def zero(self, view: memoryview, off: int, length: int) -> None:
        """Zero ``view[off:off+length]`` except the protected ranges."""
        lo, hi = max(0, off), min(self.n, off + max(0, length))
        i = max(0, bisect.bisect_right(self.starts, lo) - 1)
        while lo < hi:
            if i < len(self.ranges) and self.ranges[i][1] <= lo:
                i += 1
                continue
            stop = hi if i >= len(self.ranges) else min(hi, self.ranges[i][0])
            if stop > lo:
                view[lo:stop] = bytes(stop - lo)
            if i >= len(self.ranges):
                return
            lo = max(lo, self.ranges[i][1])
            i += 1


def build_minimal(orientation: int, *, big_endian: bool = False) -> bytes:
    """A tiny EXIF payload (with the ``Exif\\0\\0`` prefix) holding only an Orientation tag."""
    bo = ">" if big_endian else "<"
    head = (b"MM\x00\x2a" if big_endian else b"II\x2a\x00") + struct.pack(bo + "L", 8)
    ifd = (
        struct.pack(bo + "H", 1)
        + struct.pack(bo + "HHLHH", 0x0112, SHORT, 1, orientation, 0)
        + struct.pack(bo + "L", 0)
    )
    return b"Exif\x00\x00" + head + ifd


def empty_inline_values(buf: bytearray, start: int, entries: list[Entry]) -> None:
    """Give blanked maker-note entries with an inline value a count of 0 (no value at all).

    Zeroing is not blanking for a number that indexes a list: Pentax HometownCity /
    DestinationCity are SHORT indexes into the camera's world-time cities, and 0 is the
    first city ("Pago Pago"), so a zeroed entry still names a place. A count of 0 says
    "no value" to every reader (ExifTool shows an empty value). Only inline values (at
    most 4 bytes) are changed: an out-of-line value's size feeds the readers' guesses at
    the maker note's offset base, so those keep their count (their bytes are zeroed).
    The entry's byte order is taken from its own tag number (maker notes may differ
    from the TIFF header).
    """
    for e in entries:
        if e.size > 4 or e.count == 0:
            continue
        at = start + e.entry_offset
        if at < 0 or at + 12 > len(buf):
            continue
        for bo in ("<", ">"):
            tag, typ, count = struct.unpack_from(bo + "HHL", buf, at)
            if (tag, typ, count) == (e.tag, e.type, e.count):
                struct.pack_into(bo + "L", buf, at + 4, 0)
                buf[at + 8 : at + 12] = bytes(4)
                break
