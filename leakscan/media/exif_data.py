"""What a TIFF-structured EXIF payload holds, as :func:`leakscan.media.exif.parse` reads it.

:class:`ExifData` is every :class:`Directory` (IFD) read, each known by its offset, and every
:class:`Entry` in them; :func:`tiff_header` recognises a payload; the helpers at the end say
what values mean (GPS coordinates, UserComment and Windows XP texts, bytes as text).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .base import utf8_or_latin1
from .exif_tags import DOUBLE, FLOAT, IMAGE_DATA, NUM_FMT, TYPE_SIZE


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


# -- results ------------------------------------------------------------------------------


@dataclass(slots=True)
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
        fmt = NUM_FMT.get(e.type)
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
        by_tag = _first_of_each(entries)
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
        """True when every strip/tile offset of one directory is read, and has its length. Offsets
        stored as bytes (a type decoders still read: Pillow takes a BYTE StripOffsets) are not read
        here, so a page with them cannot be compared by its data."""
        by_tag = _first_of_each(entries)
        return all(
            lens_tag in by_tag
            and (len(offs := self.numbers(payload, by_tag[offs_tag])) > 0 or by_tag[offs_tag].count == 0)
            and len(self.numbers(payload, by_tag[lens_tag])) >= len(offs)
            for offs_tag, lens_tag in IMAGE_DATA
            if offs_tag in by_tag
        )


def _first_of_each(entries: list[Entry]) -> dict[int, Entry]:
    """Each tag's first entry of a known type: a tag given twice in a directory is read as Pillow
    reads it (the first counts; one of a type it does not know is skipped), so the data measured
    is the data the decoder reads."""
    out: dict[int, Entry] = {}
    for e in entries:
        if e.type in TYPE_SIZE:
            out.setdefault(e.tag, e)
    return out


def ascii_text(raw: bytes) -> str:
    """An ASCII tag's text: up to the first NUL, UTF-8 if valid else Latin-1."""
    return utf8_or_latin1(raw.split(b"\x00", 1)[0])


# -- what values mean -------------------------------------------------------------------------


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
        text = ascii_text(body) if b"\x00" in body.rstrip(b"\x00") else bytes_text(body)
    else:
        text = bytes_text(raw)
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


def bytes_text(raw: bytes) -> str:
    return utf8_or_latin1(raw.rstrip(b"\x00 "))
