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
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped
from .clean import minimal_tiff, tiff_orientation, tiff_start, tiff_without_gps, xmp_without_location

#: Chunks a clean copy keeps (``ICCP`` only with ``keep_icc``).
KEEP = frozenset({b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
#: Most chunks walked in one file.
MAX_CHUNKS = 1_000_000
#: Chunks holding picture data (a file without any was cut short).
IMAGE_CHUNKS = frozenset({b"VP8 ", b"VP8L", b"ANMF"})
#: Chunks that decide the decoded frames (with the canvas size and alpha/animation flags of ``VP8X``).
PIXEL_CHUNKS = frozenset({b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF"})

#: The XMP chunk name, and the NUL-padded spelling some writers use.
XMP_CHUNKS = frozenset({b"XMP ", b"XMP\x00"})

FLAG_ICC = 0x20
FLAG_EXIF = 0x08
FLAG_XMP = 0x04


def _chunks(data: bytes, meta: RawMetadata | None = None) -> list[tuple[bytes, int, int, int]]:
    """``(fourcc, start, payload_end, padded_end)`` per chunk of the RIFF body.

    Strict (no ``meta``, for stripping): a chunk running past the RIFF end, a RIFF size past
    the end of the file or a non-printable FourCC raises :class:`InputError`.

    Lenient (for reading): the walk goes on wherever other readers do -- past a chunk with an
    odd name, and on into chunks written after the RIFF's end -- and notes in
    ``meta.incomplete`` what it could not cover (a file or chunk cut short, too many chunks).
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise InputError("not a WebP file")
    (riff_size,) = struct.unpack_from("<I", data, 4)
    riff_end = 8 + riff_size
    out: list[tuple[bytes, int, int, int]] = []

    def problem(what: str, *, warning: bool = False) -> None:
        if meta is None:
            raise InputError(f"broken WebP: {what}")
        where = meta.warnings if warning else meta.incomplete
        if f"WebP: {what}" not in where:
            where.append(f"WebP: {what}")

    if riff_end > len(data):
        problem("RIFF size runs past the end of the file (truncated)")
    # lenient: chunks appended after the RIFF are read too
    end = len(data) if meta is not None else riff_end
    pos = 12
    while pos < end:
        after = pos >= riff_end
        if len(out) >= MAX_CHUNKS:
            problem("too many chunks")
            break
        if pos + 8 > end:
            if any(data[pos:end]):
                problem("data after the RIFF chunk" if after else "truncated chunk header", warning=after)
            break
        fourcc, size = struct.unpack_from("<4sI", data, pos)
        payload_end = pos + 8 + size
        if payload_end > end or not all(0x20 <= c < 0x7F or c == 0 for c in fourcc):
            if after:  # trailing bytes that are not chunks: nothing a reader would take
                problem("data after the RIFF chunk", warning=True)
                break
            if payload_end > end:
                problem("chunk runs past the end of the file")
                break
            problem("invalid chunk name")
        elif after:
            problem("chunks after the RIFF chunk", warning=True)
        padded = min(payload_end + (size & 1), end)
        out.append((fourcc, pos, payload_end, padded))
        pos = padded
    if not out:
        problem("no chunks")
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
    mime = "image/webp"
    label = "WebP"
    suffixes = (".webp",)
    # A re-encoded picture (a covered copy) is lossless, at the encoder's least effort: its default
    # effort took ~40 s of CPU for a 12 MP photo (each covering attempt encodes again), the least
    # ~0.9 s, for a file ~3% larger (the same pixels either way).
    pillow = PillowFormat(writer="WEBP", save_options={"lossless": True, "method": 0, "quality": 0})

    def sniff(self, head: bytes) -> bool:
        """True for ``RIFF....WEBP``."""
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"

    def read(self, data: bytes) -> RawMetadata:
        """The EXIF and XMP chunks, also after the RIFF's end; what could not be read is ``incomplete``."""
        meta = RawMetadata(format=self.format)
        image = False
        for fourcc, start, payload_end, _ in _chunks(data, meta):
            # of picture data only the header is read (the whole of it would be a copy)
            payload = data[start + 8 : payload_end if fourcc not in IMAGE_CHUNKS else min(payload_end, start + 24)]
            image |= fourcc in IMAGE_CHUNKS
            if meta.width is None and (dims := _dimensions(fourcc, payload)):
                meta.width, meta.height = dims
            if fourcc == b"EXIF":
                off = tiff_start(payload)
                if off is None:
                    meta.incomplete.append("WebP: EXIF chunk without a TIFF header")
                else:
                    meta.exif.append(("EXIF", payload[off:]))
            elif fourcc in XMP_CHUNKS:
                meta.xmp.append(("XMP", payload))
            elif fourcc == b"ICCP":
                meta.icc.append(("ICCP", payload))
        if not image:
            meta.incomplete.append("WebP holds no image data (cut short before it)")
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy without EXIF/XMP/unknown chunks, VP8X flags and RIFF size updated."""
        chunks = _chunks(data)
        removed: list[str] = []
        view = memoryview(data)  # the chunks kept are views, joined once: one copy of the file
        body: list[bytes | memoryview] = []
        extended = chunks[0][0] == b"VP8X"
        flags = data[chunks[0][1] + 8] if extended and chunks[0][2] - chunks[0][1] >= 18 else 0
        kept_exif: bytes | None = None
        kept_xmp: bytes | None = None
        kept_icc = False
        for fourcc, start, payload_end, padded in chunks:
            payload = data[start + 8 : payload_end] if fourcc not in KEEP else b""  # image data: not copied
            name = fourcc.decode("latin-1").strip(" \x00")
            if fourcc == b"ICCP" and not options.keep_icc:
                removed.append(name)
            elif fourcc == b"ICCP":  # kept, but not the texts that say too much, nor one unread
                profile = data[start + 8 : payload_end]
                new, what = icc_mod.clean(profile, options)
                removed += what
                if new is not None:
                    body.append(view[start:padded] if new is profile else _chunk(b"ICCP", new))
                    kept_icc = True
            elif fourcc in KEEP:
                body.append(view[start:padded])
                if payload_end == padded and (payload_end - start) & 1:
                    body.append(b"\x00")  # last chunk missing its pad byte
            elif fourcc == b"EXIF" and kept_exif is None:
                if options.only_gps:
                    kept_exif = tiff_without_gps(payload, options)
                    if kept_exif != payload:
                        removed.append("EXIF GPS" if kept_exif is not None else name)
                else:
                    orientation = tiff_orientation(payload) if options.keep_orientation else None
                    if orientation not in (None, 1) and extended:
                        off = tiff_start(payload) or 0
                        kept_exif = minimal_tiff(orientation, big_endian=payload[off : off + 2] == b"MM")
                    removed.append(name)
            elif fourcc in XMP_CHUNKS and kept_xmp is None and options.only_gps:
                new = xmp_without_location(payload, options)
                kept_xmp = payload if new is None else new
                if new is not None:
                    removed.append("XMP location")
            else:
                removed.append(name)
        # Per the container spec EXIF and XMP chunks follow the image data.
        if kept_exif is not None:
            body.append(_chunk(b"EXIF", kept_exif))
        if kept_xmp is not None:
            body.append(_chunk(b"XMP ", kept_xmp))
        if extended:
            new_flags = flags & ~(FLAG_EXIF | FLAG_XMP | FLAG_ICC)
            if kept_exif is not None:
                new_flags |= FLAG_EXIF
            if kept_xmp is not None:
                new_flags |= FLAG_XMP
            if kept_icc:
                new_flags |= FLAG_ICC
            vp8x = bytearray(body[0])  # the VP8X chunk, kept first
            vp8x[8] = new_flags
            body[0] = vp8x
        size = sum(len(piece) for piece in body)
        out = b"".join([b"RIFF", struct.pack("<I", 4 + size), b"WEBP", *body])
        riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
        if riff_end < len(data):
            removed.append("data after the RIFF chunk")
        return Stripped(data=out, lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """The image chunks (:data:`PIXEL_CHUNKS`) and the ``VP8X`` header without its
        metadata flags (ICC, EXIF, XMP: a strip changes those), in file order."""
        parts = []
        for fourcc, start, payload_end, _ in _chunks(data):
            if fourcc == b"VP8X":
                header = bytearray(data[start:payload_end])
                if len(header) > 8:
                    header[8] &= ~(FLAG_ICC | FLAG_EXIF | FLAG_XMP)
                parts.append(bytes(header))
            elif fourcc in PIXEL_CHUNKS:
                parts.append(memoryview(data)[start:payload_end])  # a view: the image is most of the file
        return parts
