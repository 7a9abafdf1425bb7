"""Building blocks the container handlers share to clean EXIF and XMP blocks they carry.

Everything here works on one already-extracted block (a TIFF-structured EXIF payload or an
XMP packet), on top of the shared decoders (:mod:`.exif`, :mod:`.xmp`) and the EXIF
editor's in-place GPS remover (:func:`.exif_edit.remove_gps`). Two families:

- **Replacements** (:func:`minimal_exif_block`, :func:`empty_xmp`, :func:`zlib_exact`): a
  block holding nothing identifying, optionally padded to an exact size so a container
  can overwrite the old block *in place* (HEIF items, QuickTime values) without moving data.
- **Location-only removal** for ``StripOptions(only_gps=True)``: :func:`tiff_without_gps`
  (same size: GPS directory unlinked and zeroed, maker-note places blanked) and
  :func:`xmp_without_location`.

No function here puts a metadata value into an exception message or a log line.
"""

from __future__ import annotations

import struct
import zlib

from ..errors import InputError
from . import exif
from . import xmp as xmp_mod
from .base import StripOptions
from .exif_data import tiff_header
from .exif_edit import build_minimal, remove_gps

XMP_PACKET_ID = b"W5M0MpCehiHzreSzNTczkc9d"
_EMPTY_XMP_HEAD = (
    b'<?xpacket begin="\xef\xbb\xbf" id="' + XMP_PACKET_ID + b'"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/"/>\n'
)
_XMP_TAIL = b'<?xpacket end="w"?>'


# -- TIFF / EXIF ------------------------------------------------------------------------


def tiff_start(block: bytes) -> int | None:
    """Offset of the ``II*\\0``/``MM\\0*`` header in an EXIF block (``Exif\\0\\0`` prefix allowed).

    The blocks come from containers that already say "this is EXIF" (PNG ``eXIf``, WebP
    ``EXIF``, a HEIF ``Exif`` item), so a damaged magic number after the byte-order mark is
    accepted, as ExifTool does: it must not hide a GPS directory.
    """
    if tiff_header(block, 0, any_magic=True):
        return 0
    if block[:6] == b"Exif\x00\x00" and tiff_header(block, 6, any_magic=True):
        return 6
    return None


def tiff_orientation(block: bytes) -> int | None:
    """The IFD0 Orientation (1..8) of an EXIF block, or None when absent or unreadable."""
    start = tiff_start(block)
    if start is None:
        return None
    try:
        value = exif.parse(block[start:], maker_notes=False, thumbnail=False).value("Orientation", "IFD0")
    except InputError:
        return None
    if isinstance(value, tuple) and value and isinstance(value[0], int) and 1 <= value[0] <= 8:
        return value[0]
    return None


def minimal_tiff(orientation: int | None = None, *, big_endian: bool = False) -> bytes:
    """A valid TIFF/EXIF structure holding nothing but the Orientation (1, "normal", by default)."""
    return build_minimal(orientation or 1, big_endian=big_endian)[6:]


def minimal_exif_block(block: bytes, size: int | None = None, *, orientation: int | None = None) -> bytes:
    """A replacement for the EXIF ``block`` that keeps its prefix (``Exif\\0\\0``...) and byte order.

    With ``size`` the result is zero-padded to exactly that many bytes (for in-place
    overwrites); if even the minimal structure does not fit, the result is all zeros.
    """
    start = tiff_start(block)
    prefix = b"" if start is None else block[:start]
    big = start is not None and block[start : start + 2] == b"MM"
    out = prefix + minimal_tiff(orientation, big_endian=big)
    if size is None:
        return out
    return (out if len(out) <= size else b"").ljust(size, b"\x00")


def tiff_without_gps(block: bytes, options: StripOptions = StripOptions()) -> bytes | None:  # noqa: B008
    """The EXIF ``block`` without GPS (nor the text fields ``options.drop_texts`` names), same
    length; None when it is too broken to edit.

    Every GPS directory (one per page, wherever it hangs) is unlinked and zeroed, maker-note
    place names blanked, and the thumbnail's own EXIF cleaned the same way
    (:func:`leakscan.media.exif_edit.remove_gps`). A block that cannot be read to the end
    becomes a minimal one (orientation only): a GPS IFD past a limit cannot be left in.
    """
    start = tiff_start(block)
    if start is None:
        return None
    buf = bytearray(block)
    remove_gps(buf, start, len(buf), options)
    return bytes(buf)


# -- XMP --------------------------------------------------------------------------------


def empty_xmp(size: int | None = None) -> bytes:
    """An XMP packet with no properties; with ``size``, space-padded to exactly that length.

    When ``size`` is smaller than the smallest packet the result is all spaces (XML
    whitespace, which readers treat as no XMP at all).
    """
    packet = _EMPTY_XMP_HEAD + _XMP_TAIL
    if size is None:
        return packet
    return pad_xmp(packet, size)


def pad_xmp(packet: bytes, size: int) -> bytes:
    """``packet`` grown to exactly ``size`` bytes with XMP padding (spaces before the trailer)."""
    if len(packet) > size:
        return b" " * size
    if packet.endswith(_XMP_TAIL):
        body = packet[: -len(_XMP_TAIL)]
        return body + b" " * (size - len(packet)) + _XMP_TAIL
    return packet + b" " * (size - len(packet))


def xmp_without_location(packet: bytes, options: StripOptions = StripOptions()) -> bytes | None:  # noqa: B008
    """The XMP ``packet`` without its location properties (nor the text properties
    ``options.drop_texts`` names), or None when it holds none.

    Uses :func:`leakscan.media.xmp.remove_location` (the scanner's own list of location
    properties); a packet it cannot edit safely but that does hold a location becomes an
    empty packet.
    """
    extra = options.drops_in("XMP")
    new = xmp_mod.remove_location(packet, extra)
    if new is not None and new != packet:
        return new
    if new is None or xmp_mod.has_location(packet, extra):
        return empty_xmp()
    return None


# -- zlib -------------------------------------------------------------------------------


def zlib_exact(payload: bytes, size: int) -> bytes | None:
    """A zlib stream of exactly ``size`` bytes that inflates to ``payload`` padded with spaces.

    Built from stored (uncompressed) deflate blocks, so the length is exact; used to
    overwrite a deflate-encoded XMP item in place. None when ``payload`` cannot fit.
    """
    blocks = max(1, -(-max(size - 6, 0) // 65540))
    data_len = size - 6 - 5 * blocks
    if data_len < len(payload):
        return None
    data = payload.ljust(data_len, b" ")
    out = bytearray(b"\x78\x01")
    pos = 0
    for b in range(blocks):
        chunk = data[pos : pos + 65535] if b < blocks - 1 else data[pos:]
        if len(chunk) > 65535:
            return None
        final = 1 if b == blocks - 1 else 0
        out += bytes([final]) + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk
        pos += len(chunk)
    out += struct.pack(">I", zlib.adler32(data))
    return bytes(out) if len(out) == size else None


def inflate_bounded(data: bytes, limit: int) -> bytes | None:
    """zlib-inflate ``data`` into at most ``limit`` bytes; None when broken or bigger (a zip bomb)."""
    try:
        d = zlib.decompressobj()
        out = d.decompress(data, limit)
        if d.unconsumed_tail:
            return None
        return out
    except zlib.error:
        return None
