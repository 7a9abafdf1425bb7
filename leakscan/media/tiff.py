"""TIFF (and TIFF-structured raw: DNG, ARW, NEF...): the file *is* an EXIF structure.

Reading hands the whole file to the EXIF decoder (IFD0 + SubIFDs, ExifIFD, GPS, maker
notes, XMP tag 700, IPTC tag 33723, Photoshop tag 34377 — the scanner pulls those out).

Stripping edits the file in place (same length, nothing moves), every page's IFDs by
their own offsets (:func:`leakscan.media.exif.edit_in_place`): identifying tags leave
their IFDs, their values are zeroed, each page's ExifIFD and GPS IFD are emptied, and so
are the thumbnails hung off SubIFDs with their image data. The strips/tiles of every page
are untouched, so the pixels are identical -- and :meth:`TiffHandler.pixel_parts` lets the
caller check that, page by page, before calling the copy lossless. For raw files (DNG and
other raws) the image structure lives in SubIFDs and IFD0 is itself a preview: those are
kept (the note says so) and only the identifying tags go.
"""

from __future__ import annotations

import hashlib
import struct

from ..errors import InputError
from . import exif, photoshop
from . import icc as icc_mod
from . import iptc as iptc_mod
from . import xmp as xmp_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped, edited_copy
from .exif_data import Entry, ExifData, tiff_header
from .exif_edit import BLANK, DROP, KEEP, edit_in_place, empty_inline_values
from .exif_tags import POINTERS
from .makernotes import MAKER_PLACES

#: Tags that describe the image itself (kept by a full strip).
IMAGE_TAGS = frozenset(
    [254, 255, 256, 257, 258, 259, 262, 263, 264, 265, 266, 273, 277, 278, 279, 280, 281, 282, 283, 284,
     286, 287, 290, 291, 292, 293, 296, 297, 301, 317, 318, 319, 320, 321, 322, 323, 324, 325, 332, 338,
     339, 340, 341, 342, 347, 512, 513, 514, 515, 517, 518, 519, 520, 521, 529, 530, 531, 532, 33421,
     33422, 33423, 33550, 37399, 0xA217]
)  # fmt: skip
#: Geo-referencing tags (GeoTIFF): a location, removed by both modes.
GEO_TAGS = frozenset([0x830E, 0x8482, 0x85D8, 0x87AF, 0x87B0, 0x87B1])
#: DNG tags that identify (everything else in the DNG range is colour/structure, kept).
DNG_IDENTIFYING = frozenset([0xC62F, 0xC634, 0xC65D, 0xC68B, 0xC68C])
#: SR2Private / DNGPrivateData-style vendor blobs holding maker notes.
VENDOR_PRIVATE = frozenset([0xC634, 0x7000, 0x7010, 0x7200, 0x7201, 0x7221])
#: Tags a decoder reads to turn a page's data into pixels: sizes, bit depth, compression,
#: photometric, fill order, planar layout, T4/T6 options, predictor, colour map, tiling, ink
#: set, extra samples, sample format and range, JPEG tables and old-style JPEG parameters,
#: YCbCr. (Orientation and the ICC profile are display hints the strip options may drop.)
PIXEL_TAGS = frozenset(
    [256, 257, 258, 259, 262, 266, 277, 278, 284, 292, 293, 317, 320, 322, 323, 332, 338, 339, 340, 341, 347,
     512, 515, 517, 518, 529, 530, 531, 532]
)  # fmt: skip
#: And in raw files: the CFA pattern, linearisation, black/white levels, crop, opcodes.
RAW_PIXEL_TAGS = frozenset(
    [0x828D, 0x828E, 0xC617, 0xC618, 0xC619, 0xC61A, 0xC61B, 0xC61C, 0xC61D, 0xC61E, 0xC61F, 0xC620, 0xC68D,
     0xC68E, 0xC740, 0xC741, 0xC74E]
)  # fmt: skip
#: Old-style JPEG (compression 6) table offsets: quantisation, DC and AC Huffman tables.
OLD_JPEG_TABLES = (0x0207, 0x0208, 0x0209)
#: Image data hashed per byte of file at most (strips may share bytes; a hostile layout could
#: make every strip point at the whole file).
MAX_DATA_FACTOR = 8


class TiffHandler:
    """TIFF, BigTIFF and TIFF-based raw formats."""

    format = "TIFF"
    media = "image"
    mime = "image/tiff"
    label = "TIFF"
    #: raw formats are TIFF-structured (DNG, Sony ARW, Nikon NEF)
    suffixes = (".tif", ".tiff", ".dng", ".arw", ".nef")
    pillow = PillowFormat(writer="TIFF")

    def sniff(self, head: bytes) -> bool:
        return head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+", b"IIRO", b"IIU\x00")

    def read(self, data: bytes) -> RawMetadata:
        ex = exif.parse(data, maker_notes=False, thumbnail=False)
        fmt = _kind(ex)
        meta = RawMetadata(format=fmt)
        meta.exif.append(("TIFF", data))
        w, h = ex.value("ImageWidth", "IFD0"), ex.value("ImageLength", "IFD0")
        if isinstance(w, tuple) and w and isinstance(h, tuple) and h:
            meta.width, meta.height = int(w[0]), int(h[0])
        meta.warnings.extend(ex.warnings)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        hdr = tiff_header(data)
        if hdr is None:
            raise InputError("not a TIFF file")
        ex = exif.parse(data, maker_notes=True, thumbnail=False)
        if not any(e.ifd == "IFD0" for e in ex.entries):
            raise InputError("TIFF has no readable first image directory")
        kind = _kind(ex)
        raw = kind != "TIFF"
        if options.only_gps:
            clean, removed = edited_copy(data, lambda buf: _strip_gps(buf, ex, options))
            return Stripped(clean, lossless=True, removed=tuple(dict.fromkeys(removed)))
        keep_orientation = options.keep_orientation
        icc_edits: list[tuple[int, bytes]] = []  # (offset, profile with texts blanked)
        icc_removed: list[str] = []

        def decide(e: Entry) -> str:
            if e.ifd.startswith("MakerNotes") or e.ifd in ("GPS", "Interop", "ExifIFD"):
                return DROP
            t = e.tag
            if t == 0x0112:
                return KEEP if keep_orientation else DROP
            if t == 0x8773:
                return _icc_kept(data, e, options, icc_edits, icc_removed) if options.keep_icc else DROP
            if t in GEO_TAGS:
                return DROP
            if raw:
                if t == 0x014A:
                    return KEEP  # the raw image lives in a SubIFD
                if t in (0x010F, 0x0110, 0xC614):
                    return KEEP  # Make/Model/UniqueCameraModel select colour profiles
                if 0xC612 <= t <= 0xCDFF and t not in DNG_IDENTIFYING:
                    return KEEP
                if t in (0x828D, 0x828E, 0x9217, 0xA217):
                    return KEEP  # CFA pattern / sensing method
            if t in IMAGE_TAGS:
                return KEEP
            return DROP

        def edit(buf: memoryview) -> list[str]:
            dropped = edit_in_place(buf, decide, original=data)
            for at, profile in icc_edits:
                buf[at : at + len(profile)] = profile
            return dropped

        clean, removed = edited_copy(data, edit)
        removed += icc_removed
        note = None
        if raw:
            note = (
                f"{kind} raw file: identifying tags removed in place; the embedded previews are part of the raw "
                "structure and were kept"
            )
        names = sorted({r.split(":", 1)[1] if ":" in r else r for r in removed})
        return Stripped(clean, lossless=True, removed=tuple(names), note=note)

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Per page: the decode-relevant tag values, then a digest of its image data.

        Pages are the IFD chain (and, in raw files, every SubIFD: the raw image lives there;
        a plain TIFF's SubIFDs are thumbnails, which the full strip removes). The data is
        read through the page's own strip/tile (or old-style JPEG) offsets, so a copy whose
        offsets changed but whose pictures did not still compares equal, and the digest keeps
        the memory small. Raises :class:`InputError` when the structure cannot be followed to
        the end (a limit hit): then nothing can be said about every page. A file cut short is
        compared as far as it goes: past its end there is no page to compare.
        """
        ex = exif.parse(data, maker_notes=False, thumbnail=False)
        if any(reason not in ex.cut for reason in ex.incomplete):
            raise InputError("TIFF structure could not be followed to the end; its pages cannot all be compared")
        raw = _kind(ex) != "TIFF"
        wanted = PIXEL_TAGS | RAW_PIXEL_TAGS if raw else PIXEL_TAGS
        view = memoryview(data)
        budget = [MAX_DATA_FACTOR * len(data) + (1 << 20)]
        parts: list[bytes] = []
        groups = ex.by_dir()
        for d in ex.dirs:
            if not (d.in_chain or (raw and d.name.startswith("SubIFD"))):
                continue
            entries = sorted(groups[d.index], key=lambda e: e.tag)
            if not ex.sizes_known(view, entries):
                raise InputError(
                    "a TIFF page's strip or tile sizes are missing: its pictures can only be compared decoded"
                )
            head = bytearray(d.bo.encode())
            for e in entries:
                if e.tag in wanted:
                    value = bytes(view[e.data_offset : e.data_offset + e.size]) if e.data_offset >= 0 else b""
                    head += struct.pack(">HHQ", e.tag, e.type, e.count) + value
            digest = hashlib.blake2b(digest_size=32)
            for off, length in ex.image_data(view, entries):
                _hash(digest, view, off, length, budget)
            for e in entries:
                if e.tag in OLD_JPEG_TABLES:
                    for off in ex.numbers(view, e):
                        _hash(digest, view, off, _table_size(view, e.tag, off), budget)
            parts.append(bytes(head) + digest.digest())
        return parts


def _icc_kept(data: bytes, e: Entry, options: StripOptions, edits: list[tuple[int, bytes]], removed: list[str]) -> str:
    """KEEP an ICCProfile entry, its texts ``options`` names to be blanked (added to ``edits``),
    or DROP a profile that cannot be read (:func:`leakscan.media.icc.clean`)."""
    if e.data_offset < 0 or e.data_offset + e.size > len(data):
        return DROP
    profile = data[e.data_offset : e.data_offset + e.size]
    new, what = icc_mod.clean(profile, options)
    removed += what
    if new is None:
        return DROP
    if new is not profile:
        edits.append((e.data_offset, new))
    return KEEP


def _hash(digest: hashlib._Hash, view: memoryview, off: int, length: int, budget: list[int]) -> None:
    budget[0] -= length
    if budget[0] < 0:
        raise InputError("TIFF image data layout is too large to compare")
    digest.update(struct.pack(">Q", length))
    digest.update(view[off : off + length])


def _table_size(view: memoryview, tag: int, off: int) -> int:
    """Bytes of one old-style JPEG table: 64 for a quantisation table, 16 + the code count
    for a Huffman table."""
    if tag == 0x0207:
        return 64
    return 16 + sum(view[off : off + 16]) if 0 <= off < len(view) else 0


def _kind(ex: ExifData) -> str:
    if ex.get("DNGVersion", "IFD0") is not None:
        return "DNG"
    make = ex.value("Make", "IFD0")
    make = make.strip().upper() if isinstance(make, str) else ""
    sub = any(e.ifd.startswith("SubIFD") for e in ex.entries)
    has_private = any(e.tag in VENDOR_PRIVATE for e in ex.entries if e.ifd == "IFD0")
    if make.startswith("SONY") and (has_private or sub):
        return "ARW"
    if make.startswith("NIKON") and sub:
        return "NEF"
    if make.startswith(("CANON", "PENTAX", "OLYMPUS", "PANASONIC", "FUJI")) and (sub or has_private):
        return "RAW"
    return "TIFF"


def _strip_gps(buf: bytearray, ex: ExifData, options: StripOptions) -> list[str]:
    """Location out, the rest kept: GPS IFD, GeoTIFF tags, XMP/IPTC/Photoshop location, and the
    text fields ``options.drop_texts`` names."""
    removed: list[str] = []
    rewrite: list[tuple[Entry, bytes]] = []
    drop_entries: set[int] = set()  # entry offsets
    for e in ex.entries:
        if not e.ifd.startswith(("IFD", "SubIFD")) or e.data_offset + e.size > len(buf):
            continue
        value = bytes(buf[e.data_offset : e.data_offset + e.size])
        if e.tag == 0x02BC:
            new = xmp_mod.remove_location(value, options.drops_in("XMP"))
            if new is None:
                drop_entries.add(e.entry_offset)
            elif new != value:
                rewrite.append((e, new + b" " * (len(value) - len(new))))
                removed.append("XMP location")
        elif e.tag == 0x83BB:
            new = iptc_mod.remove_location(value, options.drops_in("IPTC"))
            if new != value:
                rewrite.append((e, new + bytes(len(value) - len(new))))
                removed.append("IPTC location")
        elif e.tag == 0x8649:
            new, what = photoshop.without_location(value, options)
            if new != value:
                drop_entries.add(e.entry_offset)
                removed += what
        elif e.tag == 0x8773:  # the colour profile stays, not its texts that say where
            new, what = icc_mod.clean(value, options)
            removed += what
            if new is None:
                drop_entries.add(e.entry_offset)
            elif new is not value:
                rewrite.append((e, new))
    for e, new in rewrite:
        buf[e.data_offset : e.data_offset + len(new)] = new

    def decide(e: Entry) -> str:
        if e.ifd == "GPS" or (e.tag == 0x8825 and not e.ifd.startswith("MakerNotes")):
            return DROP
        if e.tag in GEO_TAGS and e.ifd.startswith(("IFD", "SubIFD")):
            return DROP
        if e.entry_offset in drop_entries:
            return DROP
        if e.ifd.startswith(("IFD", "SubIFD", "ExifIFD")) and e.tag not in POINTERS and options.drops(e.name):
            return DROP  # a text field that says where
        if e.ifd.startswith("MakerNotes") and e.name in MAKER_PLACES:
            blanked.append(e)
            return BLANK
        return KEEP

    blanked: list[Entry] = []
    out = edit_in_place(buf, decide)
    empty_inline_values(buf, 0, blanked)
    removed += ["GPS" if r.startswith(("GPS:", "IFD0:GPSInfo")) else r for r in out]
    return removed


__all__ = ["TiffHandler"]
