"""HEIF/HEIC and AVIF still images (one or several top-level images, image sequences).

Metadata are *items* of the top-level ``meta`` box: ``iinf`` names them (``Exif``, or
``mime`` with ``application/rdf+xml`` for XMP), ``iloc`` says where their bytes are (file
offsets into ``mdat``, or offsets into the ``idat`` box, possibly several extents). Every
Exif and XMP item is read and cleaned, whichever image it describes: a file may hold
several top-level images, each with its own Exif (and GPS), and the Exif item may sit at
the very end of the file. An Exif item starts with a 4-byte offset to the TIFF header,
which is kept (:func:`.bmff.split_exif`).

**Stripping never moves a byte**: item payloads are overwritten *in place* with data of the
same size, so no box size or ``iloc`` offset changes and the image data stays
byte-identical:

- an Exif item becomes its original offset prefix + a minimal valid TIFF (only the
  Orientation, when kept) + zeros; with ``only_gps`` just its GPS directory is unlinked and
  zeroed;
- an XMP item becomes an empty XMP packet padded with spaces (``only_gps``: the packet
  minus its location properties, padded);
- the ICC ``colr`` property is kept with the texts that hold a finding blanked (with
  ``keep_icc`` False it becomes a zeroed ``free`` box);
- an image sequence's ``moov`` is cleaned as a movie's (:mod:`.quicktime`).

Item and extent counts are capped; broken structure raises :class:`InputError`.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped, edited_copy
from .bmff import FREE, MAX_ITEMS, Box, Walk, cstring, find, free_box, image_kind, split_exif
from .clean import (
    empty_xmp,
    inflate_bounded,
    minimal_exif_block,
    pad_xmp,
    tiff_orientation,
    tiff_without_gps,
    xmp_without_location,
    zlib_exact,
)
from .quicktime import movie_pixel_parts, read_movie, strip_movie

#: Most extents of one item.
MAX_EXTENTS = 1024
#: Largest metadata item (Exif/XMP) read into memory.
MAX_ITEM_BYTES = 64 * 1024 * 1024
#: Most Exif/XMP items handled per file, and most bytes they may add up to (items may all
#: point at the same bytes: without a total, a small file could make us copy gigabytes).
MAX_METADATA_ITEMS = 256
MAX_METADATA_BYTES = 128 * 1024 * 1024


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


def _parse_iinf(walk: Walk, iinf: Box, items: dict[int, Item]) -> None:
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
            _, pos = cstring(data, pos, end)  # item name
            content_type = encoding = ""
            if item_type == "mime":
                content_type, pos = cstring(data, pos, end)
                encoding, pos = cstring(data, pos, end) if pos < end else ("", pos)
        else:
            (item_id,) = struct.unpack_from(">H", data, pos)
            pos += 4
            _, pos = cstring(data, pos, end)
            content_type, pos = cstring(data, pos, end)
            encoding, pos = cstring(data, pos, end) if pos < end else ("", pos)
            item_type = "mime"
        item = items.setdefault(item_id, Item(item_id))
        item.type, item.content_type, item.encoding = item_type, content_type, encoding.strip().lower()


def _parse_iloc(walk: Walk, iloc: Box, idat: Box | None, items: dict[int, Item]) -> None:
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


@dataclass
class Meta:
    """One top-level ``meta`` box, parsed once: its child boxes, its items, its properties
    (``ipco`` boxes) and each item's 1-based property indices (``ipma``)."""

    box: Box
    kids: list[Box]
    items: dict[int, Item]
    props: list[Box]
    assoc: dict[int, list[int]]


def heif_items(walk: Walk) -> tuple[list[Box], list[Meta]]:
    """The top-level boxes, and every top-level ``meta`` box with its items.

    A file normally has one ``meta``; other readers (ExifTool) read every one, so a second
    one is read -- and cleaned -- too. Each box is walked once (the walk counts boxes
    against its limit).
    """
    top = walk.boxes(0, len(walk.data))
    metas: list[Meta] = []
    for n, box in enumerate(b for b in top if b.type == b"meta"):
        items: dict[int, Item] = {}
        kids = walk.children(box, 1)
        iinf, iloc, idat = find(kids, b"iinf"), find(kids, b"iloc"), find(kids, b"idat")
        if iinf is not None:
            _parse_iinf(walk, iinf, items)
        if iloc is not None:
            _parse_iloc(walk, iloc, idat, items)
        if n:
            for item in items.values():
                item.meta = n + 1
        metas.append(Meta(box, kids, items, *_properties(walk, kids)))
    return top, metas


def _all_items(metas: list[Meta]) -> list[Item]:
    return [item for meta in metas for item in meta.items.values()]


def _metadata_items(walk: Walk, items: list[Item]) -> Iterator[tuple[Item, bytes]]:
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


def _pitm(walk: Walk, kids: list[Box]) -> int | None:
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


def _properties(walk: Walk, kids: list[Box]) -> tuple[list[Box], dict[int, list[int]]]:
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


def _ispe_of_primary(walk: Walk, meta: Meta) -> tuple[int, int] | None:
    """Width and height of the primary image (its ``ispe`` property)."""
    primary = _pitm(walk, meta.kids)
    props = meta.props
    for index in meta.assoc.get(primary, []) if primary is not None else []:
        p = props[index - 1] if 0 < index <= len(props) else None
        if p is not None and p.type == b"ispe" and p.end - p.body >= 12:
            return struct.unpack_from(">II", walk.data, p.body + 4)
    return None


def _is_icc(data: bytes, prop: Box) -> bool:
    """A ``colr`` property holding an ICC profile (what ``keep_icc=False`` removes)."""
    return prop.type == b"colr" and data[prop.body : prop.body + 4] in (b"prof", b"rICC")


def _icc_boxes(data: bytes, meta: Meta) -> list[Box]:
    """The ICC profile properties of one ``meta`` box."""
    return [p for p in meta.props if _is_icc(data, p)]


def _heif_pixel_parts(walk: Walk, metas: list[Meta]) -> list[bytes]:
    """What decides the pictures of a HEIF/AVIF: per ``meta``, the primary item id, the item
    references (grids, alpha planes), and for every item that is not Exif/XMP its type, its
    properties (sizes, codec configuration, colour matrix; not an ICC profile, which only
    says how to show the colours) and the bytes of its data. Raises :class:`InputError` for
    an item whose data cannot be located.
    """
    data = walk.data
    view = memoryview(data)
    parts: list[bytes] = []
    for meta in metas:
        primary = _pitm(walk, meta.kids)
        parts.append(b"pitm %d" % (primary if primary is not None else -1))
        iref = find(meta.kids, b"iref")
        if iref is not None:
            parts.append(data[iref.start : iref.end])
        props, assoc = meta.props, meta.assoc
        for item in sorted(meta.items.values(), key=lambda i: i.id):
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
        return image_kind(head) == self.format

    def read(self, data: bytes) -> RawMetadata:
        """Every Exif and XMP item of every top-level ``meta`` box, XMP ``uuid`` boxes, the
        metadata of an image sequence's ``moov``, and the primary image size."""
        meta = RawMetadata(format=self.format)
        walk = Walk(data, strict=False, incomplete=meta.incomplete)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        top, metas = heif_items(walk)
        if not metas:
            walk.problem("no meta box")
        elif dims := _ispe_of_primary(walk, metas[0]):
            meta.width, meta.height = dims
        for item, payload in _metadata_items(walk, _all_items(metas)):
            if item.is_exif:
                split = split_exif(payload)
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
        for m in metas:
            for box in _icc_boxes(data, m):
                meta.icc.append(("colr", data[box.body + 4 : box.end]))
        read_movie(walk, top, meta)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """Overwrite every Exif/XMP item in place (same size); nothing else moves."""
        walk = Walk(data, strict=True)
        if not self.sniff(data[:64]):
            raise InputError(f"not a {self.format} file")
        top, metas = heif_items(walk)
        removed: list[str] = []

        def edit(buf: memoryview) -> None:
            for item, payload in _metadata_items(walk, _all_items(metas)):
                new = self._exif(payload, options) if item.is_exif else self._xmp(payload, item, options)
                if new is not None and new != payload:
                    _put_item_bytes(buf, item, new)
                    removed.append(("Exif GPS" if options.only_gps else "Exif") if item.is_exif else "XMP")
            for meta in metas:
                for box in _icc_boxes(data, meta):
                    profile = data[box.body + 4 : box.end]
                    # kept (for the colours), but not its texts that say too much, nor one unread
                    new, what = icc_mod.clean(profile, options) if options.keep_icc else (None, [])
                    removed.extend(what or (["ICC profile"] if new is None else []))
                    if new is None:
                        free_box(buf, box)
                    elif new is not profile:
                        buf[box.body + 4 : box.end] = new
            strip_movie(walk, top, buf, options, removed)

        clean, _ = edited_copy(data, edit)  # one copy of the file, edited in place
        return Stripped(data=clean, lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Per ``meta`` box: the primary item, item references, and every image item's type,
        properties (but an ICC profile) and data; then an image sequence's tracks."""
        walk = Walk(data, strict=True)
        top, metas = heif_items(walk)
        return _heif_pixel_parts(walk, metas) + movie_pixel_parts(walk, top)

    @staticmethod
    def _exif(payload: bytes, options: StripOptions) -> bytes | None:
        split = split_exif(payload)
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


class AvifHandler(HeifHandler):
    """AVIF still images (the HEIF container with AV1 pictures)."""

    format = "AVIF"
    mime = "image/avif"
    label = "AVIF"
    suffixes = (".avif",)
    pillow = PillowFormat(opener=_heif_opener)  # never re-encoded
