"""WebP (RIFF): metadata lives in ``EXIF`` and ``XMP `` chunks beside the image chunks.

Read: the ``EXIF`` chunk (TIFF, an ``Exif\\0\\0`` prefix tolerated) and the ``XMP `` chunk,
the canvas size from ``VP8X``/``VP8 ``/``VP8L``.

Strip: lossless. The image chunks (``VP8X``, ``VP8 ``, ``VP8L``, ``ALPH``, ``ANIM``,
``ANMF``, and ``ICCP`` unless ``keep_icc`` is False) are copied byte-for-byte; ``EXIF``,
``XMP `` and unknown chunks are left out; the ``VP8X`` flags (EXIF, XMP, ICC bits) and the
RIFF size are rewritten to match. With ``keep_orientation`` an EXIF Orientation other than
1 survives in a minimal ``EXIF`` chunk; with ``only_gps`` the EXIF chunk loses its GPS
directory (same size) and the XMP chunk its location properties.
"""

from __future__ import annotations

import struct

from ..errors import InputError
from .base import RawMetadata, StripOptions, Stripped
from .clean import minimal_tiff, tiff_orientation, tiff_start, tiff_without_gps, xmp_without_location

#: Chunks a clean copy keeps (``ICCP`` only with ``keep_icc``).
KEEP = frozenset({b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
#: Most chunks walked in one file.
MAX_CHUNKS = 1_000_000

#: The XMP chunk name, and the NUL-padded spelling some writers use.
XMP_CHUNKS = frozenset({b"XMP ", b"XMP\x00"})

FLAG_ICC = 0x20
FLAG_EXIF = 0x08
FLAG_XMP = 0x04


def _chunks(data: bytes, *, strict: bool, warnings: list[str] | None = None) -> list[tuple[bytes, int, int, int]]:
    """``(fourcc, start, payload_end, padded_end)`` per chunk of the RIFF body.

    A chunk running past the RIFF end, a RIFF size past the end of the file, or a
    non-printable FourCC raises :class:`InputError` when ``strict`` and ends the walk with
    a warning otherwise.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise InputError("not a WebP file")
    (riff_size,) = struct.unpack_from("<I", data, 4)
    end = 8 + riff_size
    out: list[tuple[bytes, int, int, int]] = []

    def problem(what: str) -> list[tuple[bytes, int, int, int]]:
        if strict:
            raise InputError(f"broken WebP: {what}")
        if warnings is not None:
            warnings.append(f"WebP: {what}")
        return out

    if end > len(data):
        if strict:
            return problem("RIFF size runs past the end of the file (truncated)")
        problem("RIFF size runs past the end of the file (truncated)")
        end = len(data)
    pos = 12
    while pos < end:
        if len(out) >= MAX_CHUNKS:
            return problem("too many chunks")
        if pos + 8 > end:
            return problem("truncated chunk header")
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        if not all(0x20 <= c < 0x7F or c == 0 for c in fourcc):
            return problem("invalid chunk name")
        payload_end = pos + 8 + size
        if payload_end > end:
            return problem("chunk runs past the end of the file")
        padded = min(payload_end + (size & 1), end)
        out.append((fourcc, pos, payload_end, padded))
        pos = padded
    if not out:
        return problem("no chunks")
    return out


def _dimensions(fourcc: bytes, payload: bytes) -> tuple[int, int] | None:
    if fourcc == b"VP8X" and len(payload) >= 10:
        w = int.from_bytes(payload[4:7], "little") + 1
        h = int.from_bytes(payload[7:10], "little") + 1
        return w, h
    if fourcc == b"VP8 " and len(payload) >= 10 and payload[3:6] == b"\x9d\x01\x2a":
        w, h = struct.unpack_from("<HH", payload, 6)
        return w & 0x3FFF, h & 0x3FFF
    if fourcc == b"VP8L" and len(payload) >= 5 and payload[0] == 0x2F:
        bits = int.from_bytes(payload[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _chunk(fourcc: bytes, payload: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")


class WebpHandler:
    """WebP, simple (lossy/lossless) and extended (VP8X: alpha, animation, ICC, EXIF, XMP)."""

    format = "WEBP"
    media = "image"

    def sniff(self, head: bytes) -> bool:
        """True for ``RIFF....WEBP``."""
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"

    def read(self, data: bytes) -> RawMetadata:
        """The EXIF and XMP chunks; a broken tail becomes a warning."""
        meta = RawMetadata(format=self.format)
        for fourcc, start, payload_end, _ in _chunks(data, strict=False, warnings=meta.warnings):
            payload = data[start + 8 : payload_end]
            if meta.width is None and (dims := _dimensions(fourcc, payload)):
                meta.width, meta.height = dims
            if fourcc == b"EXIF":
                off = tiff_start(payload)
                if off is None:
                    meta.warnings.append("WebP: EXIF chunk without a TIFF header")
                else:
                    meta.exif.append(("EXIF", payload[off:]))
            elif fourcc in XMP_CHUNKS:
                meta.xmp.append(("XMP", payload))
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy without EXIF/XMP/unknown chunks, VP8X flags and RIFF size updated."""
        chunks = _chunks(data, strict=True)
        removed: list[str] = []
        body = bytearray()
        extended = chunks[0][0] == b"VP8X"
        flags = data[chunks[0][1] + 8] if extended and chunks[0][2] - chunks[0][1] >= 18 else 0
        kept_exif: bytes | None = None
        kept_xmp: bytes | None = None
        for fourcc, start, payload_end, padded in chunks:
            payload = data[start + 8 : payload_end]
            name = fourcc.decode("latin-1").strip(" \x00")
            if fourcc == b"ICCP" and not options.keep_icc:
                removed.append(name)
            elif fourcc in KEEP:
                body += data[start:padded]
                if payload_end == padded and (payload_end - start) & 1:
                    body += b"\x00"  # last chunk missing its pad byte
            elif fourcc == b"EXIF" and kept_exif is None:
                if options.only_gps:
                    kept_exif = tiff_without_gps(payload)
                    if kept_exif != payload:
                        removed.append("EXIF GPS" if kept_exif is not None else name)
                else:
                    orientation = tiff_orientation(payload) if options.keep_orientation else None
                    if orientation not in (None, 1) and extended:
                        off = tiff_start(payload) or 0
                        kept_exif = minimal_tiff(orientation, big_endian=payload[off : off + 2] == b"MM")
                    removed.append(name)
            elif fourcc in XMP_CHUNKS and kept_xmp is None and options.only_gps:
                new = xmp_without_location(payload)
                kept_xmp = payload if new is None else new
                if new is not None:
                    removed.append("XMP location")
            else:
                removed.append(name)
        # Per the container spec EXIF and XMP chunks follow the image data.
        if kept_exif is not None:
            body += _chunk(b"EXIF", kept_exif)
        if kept_xmp is not None:
            body += _chunk(b"XMP ", kept_xmp)
        if extended:
            new_flags = flags & ~(FLAG_EXIF | FLAG_XMP | FLAG_ICC)
            if kept_exif is not None:
                new_flags |= FLAG_EXIF
            if kept_xmp is not None:
                new_flags |= FLAG_XMP
            if b"ICCP" in (c[0] for c in chunks) and options.keep_icc:
                new_flags |= FLAG_ICC
            body[8] = new_flags
        out = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + bytes(body)
        riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
        if riff_end < len(data):
            removed.append("data after the RIFF chunk")
        return Stripped(data=out, lossless=True, removed=tuple(dict.fromkeys(removed)))


HANDLER = WebpHandler()
