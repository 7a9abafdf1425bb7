"""ISO base media file format (ISO/IEC 14496-12): boxes, read without trusting them.

HEIF/HEIC and AVIF stills (:mod:`.heif`), QuickTime MOV and MP4 videos (:mod:`.quicktime`)
and JPEG XL containers (:mod:`.jxl`) are all boxes: a size, a type, a payload. :class:`Walk`
lists them with every size checked against its parent, the nesting depth and the box count
capped; broken structure is an :class:`~leakscan.errors.InputError` when stripping, and
"not fully checked" when reading. :func:`free_box` is how a strip neutralises a box
without moving a byte. The ``ftyp`` brands tell the formats apart (:func:`image_kind`).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from ..errors import InputError
from .clean import tiff_start

#: Deepest box nesting followed.
MAX_DEPTH = 16
#: Most boxes parsed in one file.
MAX_BOXES = 200_000
#: Most items read from one ``meta`` box (HEIF ``iinf`` entries / ``iloc`` items, QuickTime ``keys``).
MAX_ITEMS = 10_000

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
class Walk:
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


def cstring(data: bytes, pos: int, end: int) -> tuple[str, int]:
    """A NUL-terminated UTF-8 string at ``pos`` (bounded by ``end``) and the position after it."""
    stop = data.find(b"\x00", pos, end)
    if stop < 0:
        stop = end
    return data[pos:stop].decode("utf-8", errors="replace"), min(stop + 1, end)


def free_box(buf: bytearray, box: Box) -> None:
    """Turn a box into a zeroed ``free`` box of the same size (its value gone, nothing moved)."""
    if box.header >= 24:  # uuid box: drop the extended type too
        buf[box.start + 8 : box.start + box.header] = bytes(box.header - 8)
    buf[box.start + 4 : box.start + 8] = FREE
    buf[box.body : box.end] = bytes(box.end - box.body)


def split_exif(payload: bytes) -> tuple[int, bytes] | None:
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


def ftyp_brands(head: bytes) -> tuple[bytes, set[bytes]] | None:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    size = int.from_bytes(head[:4], "big")
    major = head[8:12]
    compat = {head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    return major, compat


def image_kind(head: bytes) -> str | None:
    """ "AVIF", "HEIF" or None for the ``ftyp`` at the start of ``head``."""
    brands = ftyp_brands(head)
    if brands is None:
        return None
    major, compat = brands
    if major in AVIF_BRANDS or (major in (b"mif1", b"msf1", b"miaf") and compat & AVIF_BRANDS):
        return "AVIF"
    if major in HEIF_BRANDS or (major not in VIDEO_BRANDS and compat & HEIF_BRANDS):
        return "HEIF"
    return None
