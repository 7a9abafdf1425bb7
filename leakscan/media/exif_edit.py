"""The in-place EXIF editor: IFDs rewritten inside the buffer, nothing else moved.

:func:`edit_in_place` rewrites IFDs inside a ``bytearray`` without moving anything else:
dropped entries disappear from their IFD (which is rewritten, shorter, at the same
offset), their out-of-line values are zeroed, and so is every directory below a dropped
pointer with its image data. Bytes that a kept directory still uses (its entries, values,
strips and tiles) are never zeroed, even when a hostile file makes them overlap. Offsets
elsewhere in the file stay valid, which keeps maker notes and image data intact.

:func:`remove_gps` is what every container's only-GPS strip asks of it: the GPS directories
out, maker-note places blanked, the thumbnail's own EXIF cleaned the same way.
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Callable

from ..errors import InputError
from .base import StripOptions
from .exif import jpeg_exif, parse
from .exif_data import Directory, Entry, ExifData
from .exif_tags import POINTERS, SHORT
from .makernotes import MAKER_PLACES

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
    parsed: ExifData | None = None,
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
    bytes (a whole TIFF file): it is parsed instead of a copy of the buffer. ``parsed`` is
    that payload already parsed (with maker notes): it is not parsed again.
    """
    view = memoryview(buf)[start:end]
    data = parsed or parse(
        bytes(view) if original is None else original, maker_notes=True, thumbnail=False, any_magic=True
    )
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


def remove_gps(
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
    out what it declares there (:func:`edit_in_place`).
    """
    stop = len(buf) if end is None else end
    payload = bytes(memoryview(buf)[start:stop])  # one copy, parsed once for the check and the edit
    try:
        ex = parse(payload, maker_notes=True, any_magic=True)
    except InputError:
        return []
    if any(reason not in ex.cut for reason in ex.incomplete):
        return _minimal_in_place(buf, start, stop, ex)

    blanked: list[Entry] = []

    def decide(e: Entry) -> str:
        if e.ifd.startswith("MakerNotes"):
            if e.name in MAKER_PLACES:
                blanked.append(e)
                return BLANK
            return KEEP
        if e.ifd == "GPS" or e.tag == 0x8825:
            return DROP
        if e.tag not in POINTERS and options.drops(e.name):
            return DROP  # a text field that says where
        return KEEP

    try:
        removed = edit_in_place(buf, decide, start=start, end=stop, parsed=ex)
    except InputError:  # IFDs tangled past safe editing
        return _minimal_in_place(buf, start, stop, ex)
    empty_inline_values(buf, start, blanked)
    # the thumbnail's own EXIF, if it has one
    if ex.thumbnail is not None and ex.thumbnail_offset is not None and ex.thumbnail_exif is not None:
        inner = jpeg_exif(ex.thumbnail)
        if inner is not None:
            at = start + ex.thumbnail_offset + ex.thumbnail.find(inner)
            blanked.clear()
            try:
                done = edit_in_place(buf, decide, start=at, end=at + len(inner))
            except InputError:
                done = _minimal_in_place(buf, at, at + len(inner), ex.thumbnail_exif)
            removed += [f"thumbnail {r}" for r in done]
            empty_inline_values(buf, at, blanked)
    return ["EXIF GPS" if r.startswith("GPS:") or r.endswith(":GPSInfo") else r for r in removed]


def _minimal_in_place(buf: bytearray, start: int, stop: int, ex: ExifData) -> list[str]:
    """Overwrite the EXIF payload ``buf[start:stop]`` with a minimal one (orientation only)."""
    orientation = ex.value("Orientation", "IFD0")
    keep = orientation[0] if isinstance(orientation, tuple) and orientation and orientation[0] in range(1, 9) else 1
    new = build_minimal(keep, big_endian=ex.byte_order == ">")[6:]
    size = stop - start
    buf[start:stop] = (new if len(new) <= size else b"").ljust(size, b"\x00")
    return ["EXIF (could not be read to the end: all but the orientation)"]
