"""QuickTime MOV and MP4/3GP videos: location, device, owner and time metadata in ``moov``.

Location and identity live in ``moov``: ``udta`` atoms (``©xyz`` ISO 6709 location, ``©day``,
``©mak``, ``©mod``, ``©swr``, 3GPP ``loci``...), Apple ``meta`` boxes (``keys`` such as
``com.apple.quicktime.location.ISO6709`` with ``ilst`` values), ``XMP_`` and XMP ``uuid``
boxes, and the capture time in ``mvhd``/``tkhd``/``mdhd``; timed metadata tracks leakscan
does not read make the movie not fully checked. The atom tables are in :mod:`.quicktime_tags`.

**Stripping never moves a byte** (so no ``stco`` chunk offset changes and the media data
stays byte-identical): metadata atoms (every ``udta`` child, ``meta`` boxes, XMP ``uuid``
boxes; with ``only_gps`` only the location ones) are renamed ``free`` and their payload
zeroed -- ``free`` is the format's own "ignore me" box, valid anywhere; an XMP box becomes an
empty packet padded with spaces (``only_gps``: the packet minus its location properties);
creation/modification times in ``mvhd``/``tkhd``/``mdhd`` are zeroed (full strip only).

:func:`read_movie`, :func:`strip_movie` and :func:`movie_pixel_parts` serve HEIF image
sequences too (their tracks live in a ``moov``).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from .base import RawMetadata, StripOptions, Stripped, edited_copy
from .bmff import FREE, MAX_ITEMS, VIDEO_BRANDS, XMP_UUID, Box, Walk, cstring, find, free_box, ftyp_brands, image_kind
from .clean import empty_xmp, pad_xmp, xmp_without_location
from .quicktime_tags import (
    ATOMS_3GPP,
    HARMLESS_MEBX_KEYS,
    LOCATION_ATOMS,
    MEDIA_HANDLERS,
    MOOV_CONTAINERS,
    PLAIN_ATOMS,
    PLAIN_TEXT,
    QT_ATOMS,
    QT_HARMLESS,
    QT_KEYS,
    QT_TEXT_ATOMS,
    QT_TEXT_KEYS,
    TEXT_3GPP,
    TIME_BOXES,
)

#: First boxes of a QuickTime movie written without ``ftyp``.
QT_FIRST_BOXES = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})
#: Something in an unknown atom that looks like a position or an EXIF block.
_HIDDEN_LOCATION = re.compile(rb"[+-]\d{1,2}\.\d{2,}[+-]\d{1,3}\.\d{2,}|II\*\x00|MM\x00\*|GPS", re.IGNORECASE)
#: Most samples one track's tables may list.
MAX_SAMPLES = 4_000_000


def _moov_boxes(walk: Walk, box: Box, depth: int, path: tuple[bytes, ...]) -> Iterator[tuple[tuple[bytes, ...], Box]]:
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
    return cstring(data, pos, end)


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


def _mebx_keys(walk: Walk, entry: Box, depth: int) -> list[str]:
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


def _track(walk: Walk, trak: Box, depth: int) -> _Track:
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


def _movie(walk: Walk, top: list[Box]) -> _Movie:
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


def _is_heif_meta(walk: Walk, box: Box) -> bool:
    """A top-level ``meta`` box of a HEIF image (its items are read as items, not freed)."""
    hdlr = find(walk.children(box, 1), b"hdlr")
    return hdlr is not None and walk.data[hdlr.body + 8 : hdlr.body + 12] == b"pict"


def _samples(walk: Walk, stbl: Box, depth: int) -> list[tuple[int, int]]:
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


def read_movie(walk: Walk, top: list[Box], meta: RawMetadata) -> None:
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
        meta.not_fully_checked(reason)


def strip_movie(walk: Walk, top: list[Box], buf: bytearray, options: StripOptions, removed: list[str]) -> None:
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
            free_box(buf, track.box)
            removed.append("timed metadata track")
    if options.only_gps:
        for entry in movie.entries:
            if entry.location or options.drops(entry.name) or options.drops(f"QuickTime {entry.name}"):
                free_box(buf, entry.box)
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
            free_box(buf, entry.box)
            removed.append(entry.name)
    for box in (*movie.xmp, *movie.metas):
        free_box(buf, box)
        removed.append("XMP" if box in movie.xmp else "metadata (meta box)")
    for box in top:
        if box.type == b"uuid" and box not in movie.xmp:
            free_box(buf, box)
            removed.append("uuid box")
    for box in movie.times:
        for pos, size in _qt_time(data, box)[0]:
            if any(data[pos : pos + size]):
                buf[pos : pos + size] = bytes(size)
                removed.append("creation/modification time")


def movie_pixel_parts(walk: Walk, top: list[Box]) -> list[bytes]:
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
        brands = ftyp_brands(head)
        if brands is not None:
            major, compat = brands
            return image_kind(head) is None and (major in VIDEO_BRANDS or bool(compat & VIDEO_BRANDS))
        return len(head) >= 8 and head[4:8] in QT_FIRST_BOXES

    def read(self, data: bytes) -> RawMetadata:
        """Location (``GPSCoordinates``, ISO 6709 text), device, owner, time and text fields, XMP."""
        meta = RawMetadata(format=self.format)
        walk = Walk(data, strict=False, incomplete=meta.incomplete)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        read_movie(walk, top, meta)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Neutralise metadata atoms in place (``free`` + zeros); media data never moves."""
        walk = Walk(data, strict=True)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        removed: list[str] = []
        clean, _ = edited_copy(data, lambda buf: strip_movie(walk, top, buf, options, removed))
        return Stripped(data=clean, lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Every picture/sound track's sample descriptions, headers (times aside), edit list and samples."""
        walk = Walk(data, strict=True)
        top = walk.boxes(0, len(data))
        if not top:
            raise InputError("not a QuickTime/MP4 file")
        return movie_pixel_parts(walk, top)
