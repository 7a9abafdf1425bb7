"""The JPEG marker structure: segments, entropy-coded scans, the end of the image.

:func:`layout` walks it without trusting it (garbage between segments, impossible lengths,
a file cut short, a missing end-of-image marker: warned about, or refused when ``strict``),
bounded by :data:`MAX_SEGMENTS`; the JPEG handler (:mod:`.jpeg`) reads and cleans what the
segments hold. The segment signatures the handler looks for are here too.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from ..errors import InputError
from .exif_data import tiff_header

SOI = b"\xff\xd8"
EOI = b"\xff\xd9"
#: A marker inside entropy-coded data: 0xFF followed by neither a stuffed 0x00, a restart
#: marker nor a fill byte.
MARKER_RE = re.compile(rb"\xff[\x01-\xcf\xd8-\xfe]")
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
#: APP2 segments carrying an ICC profile: the signature, then the chunk number and count.
ICC_SIG = b"ICC_PROFILE\x00"
#: Most marker segments walked per image (a real JPEG has a few dozen; ExifTool reads on past
#: thousands, so a cap hit means the image could not be fully checked, never "ok").
MAX_SEGMENTS = 65536
#: Why a JPEG without any image data cannot be called checked: it was cut short, and what
#: was cut off is unknown.
NO_IMAGE_DATA = "JPEG holds no image data (cut short before its frame/scan)"
#: Standalone markers (no length field).
STANDALONE = frozenset([0x01, *range(0xD0, 0xD8)])


@dataclass
class Segment:
    """One marker segment: ``data[start:end]`` is the whole segment incl. ``FF xx``."""

    marker: int
    start: int
    end: int
    #: Where the payload (after the 2-byte length) starts.
    body: int

    def payload(self, data: bytes) -> bytes:
        return data[self.body : self.end]


@dataclass
class Layout:
    """The structure of one JPEG: segments, entropy-coded runs, end of image, trailer."""

    segments: list[Segment]
    #: ``(start, end)`` of every entropy-coded run (after each SOS).
    scans: list[tuple[int, int]]
    #: Offset just past the EOI marker (``len(data)`` when the EOI is missing).
    end: int
    has_eoi: bool
    warnings: list[str]
    width: int | None = None
    height: int | None = None
    #: Why the walk could not cover the whole file (cut short, a cap hit); no values.
    incomplete: list[str] = field(default_factory=list)


def layout(data: bytes, *, strict: bool = False) -> Layout:
    """Walk the JPEG marker structure. ``strict`` raises InputError where reading would resync."""
    if data[:2] != SOI:
        raise InputError("not a JPEG (no start-of-image marker)")
    n = len(data)
    pos = 2
    segs: list[Segment] = []
    scans: list[tuple[int, int]] = []
    warnings: list[str] = []
    width = height = None
    has_eoi = False
    end = n
    incomplete: list[str] = []
    while pos < n:
        if len(segs) >= MAX_SEGMENTS:
            incomplete.append(f"JPEG has more than {MAX_SEGMENTS} segments (the rest were not read)")
            break
        if data[pos] != 0xFF:
            if strict:
                raise InputError("JPEG structure is broken (garbage between segments)")
            if "garbage between JPEG segments; skipped" not in warnings:
                warnings.append("garbage between JPEG segments; skipped")
            m = MARKER_RE.search(data, pos)
            if m is None:
                break
            pos = m.start()
            continue
        # fill bytes
        while pos + 1 < n and data[pos + 1] == 0xFF:
            pos += 1
        if pos + 1 >= n:
            break
        marker = data[pos + 1]
        if marker == 0xD9:
            has_eoi, end = True, pos + 2
            break
        if marker in STANDALONE or marker == 0xD8:
            pos += 2
            continue
        if pos + 4 > n:
            incomplete.append("JPEG is cut short inside a segment header")
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            if strict:
                raise InputError("JPEG segment has an impossible length")
            warnings.append("JPEG segment with an impossible length; skipped")
            pos += 2
            continue
        seg_end = pos + 2 + length
        if seg_end > n:
            if strict:
                raise InputError("JPEG is cut short inside a segment")
            incomplete.append("JPEG segment runs past the end of the file (cut short)")
            seg_end = n
        segs.append(Segment(marker, pos, seg_end, pos + 4))
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and width is None and pos + 9 <= seg_end:
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
        pos = seg_end
        if marker == 0xDA:
            m = MARKER_RE.search(data, pos)
            scan_end = m.start() if m else n
            scans.append((pos, scan_end))
            if m is None:
                warnings.append("JPEG has no end-of-image marker")
                break
            pos = scan_end
    if not has_eoi and not any("end-of-image" in w for w in warnings):
        warnings.append("JPEG has no end-of-image marker")
    if not scans:
        incomplete.append(NO_IMAGE_DATA)
    return Layout(segs, scans, end, has_eoi, warnings, width, height, incomplete)


def is_exif_app1(p: bytes) -> bool:
    """An APP1 payload holding EXIF (``Exif\\0\\0`` and a TIFF header, its magic number damaged or not)."""
    return p.startswith(b"Exif") and tiff_header(p, 6, any_magic=True) is not None


def loose_xmp(p: bytes) -> int | None:
    """Where the packet starts in an APP1 payload holding XMP behind a non-standard header.

    A damaged or unusual signature (``http://ns.adobe.cmm/...``, ``XMP\\0``) does not stop
    ExifTool and other readers from reading the packet, so it must not hide a location from
    leakscan: an APP1 payload that starts with ``http``/``XMP\\0`` or holds an XMP packet
    marker counts as XMP from its first ``<``. None when the payload is not XMP-like.
    """
    if not (p.startswith((b"http", b"XMP\x00")) or any(k in p for k in XMP_MARKS)):
        return None
    at = p.find(b"<")
    return at if at >= 0 else None


XMP_MARKS = (b"<?xpacket", b"<x:xmpmeta", b"<rdf:RDF", b"<exif:")


def segment(marker: int, payload: bytes) -> bytes:
    """A whole marker segment holding ``payload`` (a JPEG segment holds at most 65,533 bytes)."""
    if len(payload) + 2 > 0xFFFF:
        raise InputError("JPEG segment too large after editing")
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
