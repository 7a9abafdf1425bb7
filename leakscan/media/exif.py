"""A robust reader of TIFF-structured EXIF payloads: :func:`parse` -> :class:`~.exif_data.ExifData`.

Reads both byte orders and BigTIFF; walks IFD0 and the IFD chain (IFD1 = the thumbnail),
ExifIFD, GPS IFD, Interop IFD, SubIFDs and the maker notes that hold owner names, serial
numbers and home cities (Canon, Nikon, Olympus/OM, Pentax, Casio, Ricoh, Fujifilm,
Panasonic...). It also cuts out the IFD1 thumbnail and, when that thumbnail is a JPEG with
its own EXIF, decodes that too.

Every IFD is a :class:`~.exif_data.Directory` of its own, known by its offset: a multi-page TIFF has
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

Tag tables are in :mod:`.exif_tags`, maker notes in :mod:`.makernotes`, the model the
parse returns in :mod:`.exif_data`, and the in-place editor in :mod:`.exif_edit`.
"""

from __future__ import annotations

import math
import struct
import time
from functools import cache
from typing import Any

from ..errors import InputError
from . import makernotes
from .exif_data import Directory, Entry, ExifData, ascii_text, tiff_header
from .exif_tags import (
    ASCII,
    BYTE,
    NUM_FMT,
    POINTERS,
    RATIONAL,
    SBYTE,
    SRATIONAL,
    TAGS_GPS,
    TAGS_IFD,
    TAGS_INTEROP,
    TEXT_BYTES,
    TYPE_SIZE,
    UNDEFINED,
)

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


@cache
def _struct(fmt: str) -> struct.Struct:
    """A compiled struct format (the walk unpacks entry headers and offsets in the same few)."""
    return struct.Struct(fmt)


#: A value's offset in an entry (``(byte order, value field size)``), and one number of each
#: numeric type (``(byte order, type)``), read by ready-made structs.
_OFFSET = {(bo, size): struct.Struct(bo + code).unpack_from for bo in "<>" for size, code in ((4, "L"), (8, "Q"))}
_ONE = {(bo, typ): struct.Struct(bo + code).unpack_from for bo in "<>" for typ, code in NUM_FMT.items()}


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
        head = _struct(bo + ("HHQ" if big else "HHL")).unpack_from
        # the loop runs for every entry of every photo: what it reads is looked up once here
        buf, entries, read_entry, gap = self.buf, self.out.entries, self._entry, esize - vsize
        for _ in range(count):
            tag, typ, cnt = head(buf, pos)
            entry = read_entry(pos, tag, typ, cnt, name, base, bo, vsize, pos + gap, tags)
            pos += esize
            entry.dir = here.index
            index = len(entries)
            entries.append(entry)
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
        # The 8-byte types (16-18) exist only in BigTIFF: in a classic TIFF ExifTool calls them a bad
        # format and Pillow skips the entry, so a decoder may read the page without that tag.
        size = TYPE_SIZE.get(typ) if typ < 16 or vsize == 8 else None
        name = tags.get(tag) or f"Tag0x{tag:04X}"
        if size is None:
            self.warn(f"{ifd} has an entry of unknown type")
            return Entry(ifd, tag, name, typ, 0, None, vfield, pos)
        total = size * cnt
        doff = vfield if total <= vsize else _OFFSET[bo, vsize](self.buf, vfield)[0] + base
        entry = Entry(ifd, tag, name, typ, cnt, None, doff, pos)
        if cnt == 0:
            return entry
        if doff < 0 or doff + size > self.n:
            self.unseen(ifd, f"EXIF {ifd} {name} value lies outside the data")
            return entry
        avail = cnt
        if doff + total > self.n:
            avail = (self.n - doff) // size
            self.unseen(ifd, f"EXIF {ifd} {name} value is cut short")
        if typ in (BYTE, UNDEFINED, SBYTE, ASCII):
            n = avail
            if n > MAX_VALUE_BYTES or n > self.bytes_left:
                if typ == ASCII or tag in TEXT_BYTES:  # a text nobody read: could name anyone
                    self.limit("an EXIF text too large to decode")
                elif tag not in (0x927C, 0x02BC, 0x83BB, 0x8649, 0x8773, 0xC634):
                    self.warn(f"{ifd} {name} is too large to decode")
                return entry
            self.bytes_left -= n
            raw = bytes(self.buf[doff : doff + n])
            entry.value = ascii_text(raw) if typ == ASCII else raw
            return entry
        n = avail
        if n > MAX_VALUES:
            n = MAX_VALUES
            if tag not in (0x0111, 0x0117, 0x0144, 0x0145):
                self.warn(f"{ifd} {name} has too many values; cut")
        if typ in (RATIONAL, SRATIONAL):
            nums = struct.unpack_from(f"{bo}{2 * n}{'L' if typ == RATIONAL else 'l'}", self.buf, doff)
            pairs = tuple(zip(nums[0::2], nums[1::2], strict=False))
            entry.raw = pairs
            entry.value = tuple((a / b) if b else math.nan for a, b in pairs)
        elif n == 1:  # most numeric values are one number
            entry.value = _ONE[bo, typ](self.buf, doff)
        else:
            entry.value = struct.unpack_from(f"{bo}{n}{NUM_FMT[typ]}", self.buf, doff)
        return entry

    # maker notes -------------------------------------------------------------------------------

    # maker notes -------------------------------------------------------------------------------

    def makernote(self, mn: Entry, depth: int, parent: int, via: int, page: int) -> None:
        """Read the maker note ``mn`` holds as the IFD it is (:func:`.makernotes.locate`), and
        the Olympus sub-directories that hold serial numbers and the preview."""
        off = mn.data_offset
        size = min(mn.count, self.n - off)
        if size < 8 or off <= 0:
            return
        make = self.out.value("Make", "IFD0")
        note = makernotes.locate(
            self.buf, off, make.strip().lower() if isinstance(make, str) else "", self.bo, self.big
        )
        if note is None:
            return
        fam, ifd_off, base, bo, big = note.family, note.offset, note.base, note.bo, note.big
        self.out.maker = fam
        tags = makernotes.TAGS_MAKER.get(fam, {})
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
                    tags=makernotes.OLYMPUS_SETTINGS,
                    **below,
                )


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
