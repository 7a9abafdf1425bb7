"""JPEG: find every metadata segment, and strip them losslessly.

Reading walks the marker segments (:mod:`.jpeg_layout`) (not stopping at the first bad one), the entropy-coded
scans (to find the real end of image) and whatever follows the end-of-image marker
(Ultra HDR / MPF gain maps, appended JPEGs, phone trailers). It collects:

* APP1 Exif (and Exif inside Photoshop 8BIM 0x0422), APP1 XMP + Extended XMP,
  APP13 Photoshop IPTC (8BIM 0x0404) and its thumbnail (0x0409/0x040C);
* FLIR APP1 (FFF records: the GPS record 0x2B, camera/lens serials from CameraInfo 0x20,
  the embedded visible-light image);
* APP0 JFXX thumbnails and JFIF thumbnails, Canon CIFF (OwnerName) in APP0, APP2 FlashPix
  previews, APP5 Ricoh RMETA (Location), APP9 Media Jukebox (People/Places), APP11 JUMBF
  JSON (C2PA ``location``/author assertions), APP12 Ducky (Copyright) and PictureInfo
  (Serial#), COM comments. The vendor segments are read by :mod:`.jpeg_apps`, Photoshop
  resources by :mod:`.photoshop`, JUMBF by :mod:`.jumbf`.

Stripping copies the quantisation/Huffman tables, frame header and every scan byte for
byte; it keeps APP0 JFIF (without its thumbnail), APP14 Adobe (colour transform) and the
APP2 ICC profile, and writes a minimal EXIF holding only the Orientation when the original
was rotated. ``only_gps`` edits in place instead: the GPS IFD is emptied and zeroed, XMP and
IPTC lose their location properties, the FLIR GPS record is blanked.
"""

from __future__ import annotations

from ..errors import InputError
from . import exif, jpeg_apps, jumbf, photoshop, xmp
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped, utf8_or_latin1
from .exif_data import tiff_header
from .exif_edit import build_minimal, remove_gps
from .jpeg_layout import (
    EOI,
    ICC_SIG,
    NO_IMAGE_DATA,
    SOI,
    XMP_EXT_SIG,
    XMP_SIG,
    Layout,
    Segment,
    is_exif_app1,
    layout,
    loose_xmp,
    segment,
)

#: Most images read after the end of the main one (MPF previews, gain maps, appended JPEGs).
_MAX_TRAILER_IMAGES = 32
#: Most Extended XMP parts / FLIR segments gathered.
_MAX_PARTS = 256


# -- reading ---------------------------------------------------------------------------------------


class JpegHandler:
    """JPEG/JFIF/EXIF files (also MPF / Ultra HDR with trailing images)."""

    format = "JPEG"
    media = "image"
    mime = "image/jpeg"
    label = "JPEG"
    suffixes = (".jpg", ".jpeg")
    pillow = PillowFormat(writer="JPEG", save_options={"quality": 95})

    def sniff(self, head: bytes) -> bool:
        return head[:3] == b"\xff\xd8\xff"

    def read(self, data: bytes) -> RawMetadata:
        meta = RawMetadata(format=self.format)
        lay = layout(data)
        meta.width, meta.height = lay.width, lay.height
        meta.warnings.extend(lay.warnings)
        meta.incomplete.extend(lay.incomplete)
        _collect(data, lay, meta, prefix="", depth=0)
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        if options.only_gps:
            return _strip_gps(data, options)
        return _strip_all(data, options)

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """The main picture, in file order: every frame header, quantisation/Huffman/arithmetic
        table, restart interval and scan header segment, the entropy-coded data of every scan,
        and an Adobe APP14 segment (its colour transform decides the colours). The images
        after the end of the main one (MPF previews, gain maps) are not part of it."""
        lay = _walked(data)
        scans = iter(lay.scans)
        view = memoryview(data)  # parts are views: the scans are most of the file
        parts = []
        for seg in lay.segments:
            if 0xE0 <= seg.marker <= 0xEF or seg.marker == 0xFE:
                if seg.marker == 0xEE and seg.payload(data).startswith(b"Adobe"):
                    parts.append(view[seg.start : seg.end])
                continue
            parts.append(view[seg.start : seg.end])
            if seg.marker == 0xDA:
                start, end = next(scans)
                parts.append(view[start:end])
        return parts


def _collect(data: bytes, lay: Layout, meta: RawMetadata, *, prefix: str, depth: int) -> None:
    """Add every metadata block of one JPEG (and, recursively, its trailing images) to ``meta``."""
    ext_xmp: dict[bytes, dict[int, bytes]] = {}
    flir: dict[int, bytes] = {}
    resources = b""  # APP13 Photoshop segments joined
    jumbf_store = b""  # APP11 segments joined
    fpxr = 0
    icc_segs: list[Segment] = []
    for seg in lay.segments:
        m = seg.marker
        if m < 0xE0 and m != 0xFE:
            continue
        p = seg.payload(data)
        where = f"{prefix}APP{m - 0xE0}" if m != 0xFE else f"{prefix}COM"
        if m == 0xE1:
            if is_exif_app1(p):
                meta.exif.append((where, p[6:]))
            elif tiff_header(p, 0) and p[:2] in (b"II", b"MM"):
                meta.exif.append((where, p))
            elif p.startswith(b"Exif") and p[6:].strip(b"\x00"):
                # an EXIF segment whose TIFF header is broken: not read, so not "nothing there"
                meta.not_fully_checked(f"{where}: EXIF without a readable TIFF header")
            elif p.startswith(XMP_SIG):
                meta.xmp.append((where, p[len(XMP_SIG) :]))
            elif p.startswith(XMP_EXT_SIG) and len(p) > len(XMP_EXT_SIG) + 40:
                q = len(XMP_EXT_SIG)
                guid = p[q : q + 32]
                off = int.from_bytes(p[q + 36 : q + 40], "big")
                parts = ext_xmp.setdefault(guid, {})
                if len(parts) < _MAX_PARTS:
                    parts[off] = p[q + 40 :]
                else:
                    meta.not_fully_checked(f"{prefix}APP1: more than {_MAX_PARTS} Extended XMP parts")
            elif p.startswith(b"FLIR\x00") and len(p) > 8:
                if len(flir) < _MAX_PARTS:
                    flir[p[6]] = p[8:]
                else:
                    meta.not_fully_checked(f"{prefix}APP1: more than {_MAX_PARTS} FLIR segments")
            elif (at := loose_xmp(p)) is not None:
                meta.xmp.append((where, p[at:]))
                meta.warnings.append("XMP segment with a non-standard header")
        elif m == 0xED and p.startswith(photoshop.SIGNATURE):
            resources += p[len(photoshop.SIGNATURE) :]
        elif m == 0xE0:
            jpeg_apps.app0(p, meta, where)
        elif m == 0xE2 and p.startswith(ICC_SIG):
            icc_segs.append(seg)
        elif m == 0xE2 and p.startswith(b"FPXR\x00"):
            fpxr += len(p)
        elif m == 0xE5 and p.startswith(b"RMETA\x00"):
            jpeg_apps.rmeta(p, meta)
        elif m == 0xE9 and p.startswith(b"Media Jukebox"):
            jpeg_apps.jukebox(p, meta)
        elif m == 0xEB and p.startswith(b"JP") and len(p) > 16:
            jumbf_store += p[8:] if not jumbf_store else p[16:]
        elif m == 0xEC:
            jpeg_apps.app12(p, meta)
        elif m == 0xFE:
            text = utf8_or_latin1(p.rstrip(b"\x00"))
            if text.strip():
                meta.texts.append((where, text))
    for parts in ext_xmp.values():
        blob = b"".join(parts[k] for k in sorted(parts))
        if blob:
            meta.xmp.append((f"{prefix}APP1 ExtendedXMP", blob))
    if resources:
        photoshop.read(resources, meta, f"{prefix}APP13")
    if flir:
        jpeg_apps.flir(b"".join(flir[k] for k in sorted(flir)), meta, f"{prefix}APP1")
    if icc_segs:
        head = len(ICC_SIG) + 2
        meta.icc.append((f"{prefix}APP2", b"".join(s.payload(data)[head:] for s in _icc_order(data, icc_segs))))
    if fpxr > 2048:
        meta.fields.append(("FlashPix", "PreviewImage", b"<FlashPix preview>"))
    if jumbf_store:
        jumbf.read_json(jumbf_store, meta)
    # what follows the end of the image
    trailer_start = lay.end
    if lay.has_eoi and trailer_start < len(data):
        trailer = data[trailer_start:]
        if trailer.strip(b"\x00\xff \r\n"):
            meta.warnings.append("data after the end of the image")
            if depth == 0:  # one walk over the main image's trailer finds every image in it
                _trailer_images(data, trailer_start, meta)


def _trailer_images(data: bytes, start: int, meta: RawMetadata) -> None:
    """Read the JPEGs after the end of the image, one after the other (past the cap: incomplete)."""
    pos, found = start, 0
    while (i := data.find(b"\xff\xd8\xff", pos)) >= 0:
        if found >= _MAX_TRAILER_IMAGES:
            meta.not_fully_checked(f"JPEG carries more than {_MAX_TRAILER_IMAGES} images after its end")
            break
        found += 1
        sub = data[i:]
        try:
            lay = layout(sub)
        except InputError:
            pos = i + 3
            continue
        # The SOI pattern can occur by chance inside other trailer data: a "JPEG" with no
        # image data there is no sign of a cut file.
        for reason in lay.incomplete:
            if reason != NO_IMAGE_DATA:
                meta.not_fully_checked(f"trailer image {found}: {reason}")
        _collect(sub, lay, meta, prefix=f"trailer image {found} ", depth=1)
        if meta.width is not None and lay.width is not None:
            meta.fields.append(("MPF", f"TrailerImage{found}", b"<image>"))
        pos = i + max(lay.end, 3)


# -- stripping ---------------------------------------------------------------------------------------


def orientation_of(data: bytes, lay: Layout) -> int | None:
    """The EXIF Orientation of the main image, if any."""
    for seg in lay.segments:
        if seg.marker == 0xE1:
            p = seg.payload(data)
            if is_exif_app1(p):
                try:
                    ex = exif.parse(p[6:], maker_notes=False, thumbnail=False, any_magic=True)
                except InputError:
                    return None
                v = ex.value("Orientation", "IFD0")
                if isinstance(v, tuple) and v and isinstance(v[0], int) and 1 <= v[0] <= 8:
                    return v[0]
                return None
    return None


def _walked(data: bytes) -> Layout:
    """The layout of a JPEG to strip: one that could not be walked whole is refused.

    A segment cut short or past the segment cap would be copied (or lost) unseen.
    """
    lay = layout(data)
    if lay.incomplete:
        raise InputError(f"JPEG cannot be cleaned: {lay.incomplete[0]}")
    return lay


def _strip_all(data: bytes, options: StripOptions) -> Stripped:
    lay = _walked(data)
    orientation = orientation_of(data, lay) if options.keep_orientation else None
    view = memoryview(data)  # segments and scans kept are views, joined once: one copy of the file
    out: list[bytes | memoryview] = [SOI]
    icc_new, removed = _icc_blanked(data, lay, options) if options.keep_icc else ({}, [])
    kept_exif = False
    first_scan_done = False
    scan_iter = iter(lay.scans)

    def add_min_exif() -> None:
        nonlocal kept_exif
        if orientation and orientation != 1 and not kept_exif:
            payload = build_minimal(orientation)
            out.append(b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload)
            kept_exif = True

    jfif_seen = False
    for seg in lay.segments:
        m = seg.marker
        p = seg.payload(data)
        if 0xE0 <= m <= 0xEF or m == 0xFE:
            if m == 0xE0 and p.startswith(b"JFIF\x00") and len(p) >= 14 and not jfif_seen and not first_scan_done:
                jfif_seen = True
                if p[12] or p[13]:
                    removed.append("JFIF thumbnail")
                body = p[:12] + b"\x00\x00"
                out.append(b"\xff\xe0" + (len(body) + 2).to_bytes(2, "big") + body)
                add_min_exif()
                continue
            if m == 0xEE and p.startswith(b"Adobe"):
                out.append(view[seg.start : seg.end])
                continue
            if m == 0xE2 and p.startswith(ICC_SIG) and options.keep_icc:
                out.append(icc_new.get(seg.start, view[seg.start : seg.end]))
                continue
            removed.append(_describe(m, p))
            continue
        add_min_exif()
        out.append(view[seg.start : seg.end])
        if m == 0xDA:
            first_scan_done = True
            s, e = next(scan_iter)
            out.append(view[s:e])
    out.append(EOI)
    if not lay.has_eoi:
        removed.append("(missing end-of-image marker added)")
    trailer = data[lay.end :] if lay.has_eoi else b""
    note = None
    if trailer.strip(b"\x00"):
        removed.append("data after end of image")
        if b"\xff\xd8\xff" in trailer:
            note = (
                "dropped the extra images after the main picture (multi-picture / HDR gain map): "
                "they can carry their own metadata"
            )
    if orientation and orientation != 1:
        removed = [r for r in removed if r != "EXIF"] + ["EXIF (all but Orientation)"]
    return Stripped(b"".join(out), lossless=True, removed=tuple(dict.fromkeys(removed)), note=note)


def _icc_order(data: bytes, segs: list[Segment]) -> list[Segment]:
    """An ICC profile's APP2 segments in chunk order (file order when the numbers are not 1..n)."""
    numbers = [seg.payload(data)[len(ICC_SIG)] if seg.end - seg.body > len(ICC_SIG) else 0 for seg in segs]
    if sorted(numbers) != list(range(1, len(segs) + 1)):
        return segs
    return [seg for _n, seg in sorted(zip(numbers, segs, strict=True), key=lambda t: t[0])]


def _icc_blanked(data: bytes, lay: Layout, options: StripOptions) -> tuple[dict[int, bytes], list[str]]:
    """The main image's ICC segments as a copy that keeps the profile holds them: segment
    start -> new segment, with the profile's texts ``options`` names blanked (same sizes, so
    every segment keeps its length), or -> ``b""`` (left out) for a profile that cannot be
    read (:func:`leakscan.media.icc.clean`); and what went."""
    segs = [s for s in lay.segments if s.marker == 0xE2 and s.payload(data).startswith(ICC_SIG)]
    if not segs:
        return {}, []
    order = _icc_order(data, segs)
    head = len(ICC_SIG) + 2
    profile = b"".join(s.payload(data)[head:] for s in order)
    new, removed = icc_mod.clean(profile, options)
    if new is profile:
        return {}, []
    out: dict[int, bytes] = {}
    at = 0
    for seg in order:
        p = seg.payload(data)
        size = len(p) - head
        out[seg.start] = b"" if new is None else segment(0xE2, p[:head] + new[at : at + size])
        at += size
    return out, removed


def _describe(marker: int, p: bytes) -> str:
    if marker == 0xFE:
        return "comment"
    if marker == 0xE1:
        if p.startswith(b"Exif"):
            return "EXIF"
        if p.startswith(XMP_SIG) or p.startswith(XMP_EXT_SIG):
            return "XMP"
        if p.startswith(b"FLIR"):
            return "FLIR"
    if marker == 0xED:
        return "IPTC/Photoshop"
    if marker == 0xE2:
        if p.startswith(b"MPF"):
            return "MPF"
        if p.startswith(b"ICC_PROFILE"):
            return "ICC profile"
        if p.startswith(b"FPXR"):
            return "FlashPix"
    if marker == 0xE0:
        if p.startswith(b"JFXX"):
            return "JFXX thumbnail"
        if jpeg_apps.is_ciff(p):
            return "CIFF"
    return f"APP{marker - 0xE0}"


def _strip_gps(data: bytes, options: StripOptions) -> Stripped:
    """Remove location only: GPS IFD, XMP/IPTC location, FLIR GPS, maker-note cities, and the
    text fields ``options.drop_texts`` names (EXIF tags, XMP/IPTC properties, comments)."""
    extra_xmp = options.drops_in("XMP")

    lay = _walked(data)
    buf = bytearray(data)
    drop: set[int] = set()  # segment starts to drop
    # segment start -> new whole segment (the colour profile's texts that say where, blanked)
    replace, removed = _icc_blanked(data, lay, options)
    flir_segs: list[Segment] = []
    for seg in lay.segments:
        m, p = seg.marker, seg.payload(data)
        if m == 0xE1 and is_exif_app1(p):
            removed += remove_gps(buf, seg.body + 6, seg.end, options)
        elif m == 0xFE and options.drops("COM"):
            drop.add(seg.start)
            removed.append("comment (location)")
        elif m == 0xEC and p.startswith(b"Ducky") and options.drops("Ducky Comment"):
            drop.add(seg.start)
            removed.append("Ducky comment (location)")
        elif m == 0xE1 and p.startswith(b"Exif") and p[6:].strip(b"\x00"):
            drop.add(seg.start)  # its TIFF header is broken: it cannot be cleaned, nor read back
            removed.append("EXIF (unreadable)")
        elif m == 0xE1 and (p.startswith(XMP_SIG) or p.startswith(XMP_EXT_SIG)):
            sig = XMP_SIG if p.startswith(XMP_SIG) else XMP_EXT_SIG
            if sig is XMP_EXT_SIG:
                if xmp.has_location(p[len(sig) + 40 :], extra_xmp):
                    drop.add(seg.start)
                    removed.append("Extended XMP (location)")
                continue
            new = xmp.remove_location(p[len(sig) :], extra_xmp)
            if new is None:
                drop.add(seg.start)
                removed.append("XMP (unreadable)")
            elif new != p[len(sig) :]:
                replace[seg.start] = segment(0xE1, sig + new)
                removed.append("XMP location")
        elif m == 0xE1 and p.startswith(b"FLIR\x00"):
            flir_segs.append(seg)
        elif m == 0xE0 and jpeg_apps.is_ciff(p):
            probe = RawMetadata(format="JPEG")
            jpeg_apps.ciff(p, probe, "APP0")
            if probe.incomplete:  # what could not be read cannot be kept unseen
                drop.add(seg.start)
                removed.append("CIFF (could not be read to the end)")
        elif m == 0xE1 and (at := loose_xmp(p)) is not None and not tiff_header(p, 0):
            new = xmp.remove_location(p[at:], extra_xmp)
            if new is None:
                drop.add(seg.start)
                removed.append("XMP (unreadable)")
            elif new != p[at:]:
                replace[seg.start] = segment(0xE1, p[:at] + new)
                removed.append("XMP location")
        elif m == 0xED and p.startswith(photoshop.SIGNATURE):
            blob = p[len(photoshop.SIGNATURE) :]
            new_blob, what = photoshop.without_location(blob, options)
            if new_blob != blob:
                removed += what
                if len(photoshop.SIGNATURE) + len(new_blob) + 2 > 0xFFFF:
                    drop.add(seg.start)
                else:
                    replace[seg.start] = segment(0xED, photoshop.SIGNATURE + new_blob)
        elif m == 0xE5 and p.startswith(b"RMETA"):
            drop.add(seg.start)
            removed.append("Ricoh RMETA (location)")
        elif m == 0xE9 and p.startswith(b"Media Jukebox"):
            drop.add(seg.start)
            removed.append("Media Jukebox (places)")
        elif m == 0xEB and p.startswith(b"JP") and b"location" in p.lower():
            drop.add(seg.start)
            removed.append("JUMBF (location)")
    if flir_segs:
        done = jpeg_apps.flir_gps_out(buf, [(seg.body, seg.end) for seg in flir_segs])
        if done is None:  # a GPS record could lie where the walk did not reach: the FLIR data go
            drop.update(seg.start for seg in flir_segs)
            done = ["FLIR (could not be read to the end)"]
        removed += done
    # trailing images: EXIF GPS out in place; anything else with a location goes
    note = None
    if lay.has_eoi and lay.end < len(data):
        pos = lay.end
        for found in range(_MAX_TRAILER_IMAGES + 1):
            i = data.find(b"\xff\xd8\xff", pos)
            if i < 0:
                break
            if found == _MAX_TRAILER_IMAGES:  # the rest would stay unseen, and uncleaned
                raise InputError(f"JPEG carries more than {_MAX_TRAILER_IMAGES} images after its end")
            tail = data[i:]  # one copy of the rest of the file, not one per segment
            try:
                sub = layout(tail)
            except InputError:
                break
            for seg in sub.segments:
                p = seg.payload(tail)
                if seg.marker == 0xE1 and is_exif_app1(p):
                    removed += remove_gps(buf, i + seg.body + 6, i + seg.end, options)
            pos = i + max(sub.end, 3)
    out = bytearray()
    cursor = 0
    for seg in lay.segments:
        if seg.start in drop or seg.start in replace:
            out += buf[cursor : seg.start]
            if seg.start in replace:
                out += replace[seg.start]
            cursor = seg.end
    out += buf[cursor:]
    trailer = bytes(out[len(out) - (len(data) - lay.end) :]) if lay.has_eoi and lay.end < len(data) else b""
    if trailer and xmp.has_location(trailer):
        out = out[: len(out) - len(trailer)]
        note = "dropped the extra images after the main picture: they carried a location"
        removed.append("data after end of image")
    return Stripped(bytes(out), lossless=True, removed=tuple(dict.fromkeys(removed)), note=note)
