"""GIF: metadata lives in extension blocks between the frames.

Read: comment extensions (texts), the XMP application extension (``XMP DataXMP``, whose
"sub-blocks" are the raw packet followed by a 258-byte magic trailer), plain-text
extensions (texts), the canvas size.

Strip: lossless. The header, colour tables, image descriptors with their LZW data, graphic
control extensions, the looping extension (``NETSCAPE2.0``/``ANIMEXTS1.0``) and the ICC
profile extension (``ICCRGBG1012``, unless ``keep_icc`` is False) are copied byte-for-byte;
comments, plain text, XMP and every other application extension, and anything after the
trailer, are left out. With ``only_gps`` comments and plain text stay and the XMP packet is
kept minus its location.
"""

from __future__ import annotations

import struct

from ..errors import InputError
from . import icc as icc_mod
from .base import PillowFormat, RawMetadata, StripOptions, Stripped, utf8_or_latin1
from .clean import xmp_without_location

#: Most blocks (frames + extensions) walked in one file.
MAX_BLOCKS = 1_000_000
#: Application extensions a clean copy keeps: looping, and the ICC profile.
KEEP_APPS = frozenset({b"NETSCAPE2.0", b"ANIMEXTS1.0"})
ICC_APP = b"ICCRGBG1012"
XMP_APP = b"XMP DataXMP"
#: The XMP extension's "magic trailer": 0x01, 0xFF..0x00 descending, then the block terminator.
XMP_TRAILER = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
#: The text fields of comment (0xFE) and plain-text (0x01) extensions, as findings name them.
_TEXT_NAMES = {0xFE: "Comment", 0x01: "PlainText"}


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    """Position after the data sub-blocks starting at ``pos`` (after the 0 terminator)."""
    n = len(data)
    while True:
        if pos >= n:
            raise InputError("broken GIF: data sub-blocks run past the end of the file")
        size = data[pos]
        pos += 1
        if size == 0:
            return pos
        pos += size


def _blocks(data: bytes, *, strict: bool = True):
    """Yield ``(kind, label, start, end)``: kind is "header", "image", "ext" or "trailer".

    A file that ends between two blocks without its trailer raises :class:`InputError`
    when ``strict``, else ends with an ``"end"`` block (nothing was left unread).
    """
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise InputError("not a GIF file")
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    if pos > len(data):
        raise InputError("broken GIF: global colour table runs past the end of the file")
    yield "header", 0, 0, pos
    for _ in range(MAX_BLOCKS):
        if pos >= len(data):
            if strict:
                raise InputError("broken GIF: no trailer (truncated)")
            yield "end", 0, pos, pos
            return
        intro = data[pos]
        if intro == 0x3B:
            yield "trailer", 0, pos, pos + 1
            return
        if intro == 0x2C:
            if pos + 10 > len(data):
                raise InputError("broken GIF: truncated image descriptor")
            lflags = data[pos + 9]
            body = pos + 10 + (3 * 2 ** ((lflags & 7) + 1) if lflags & 0x80 else 0)
            end = _skip_sub_blocks(data, body + 1)  # +1: LZW minimum code size
            yield "image", 0, pos, end
            pos = end
        elif intro == 0x21:
            if pos + 2 > len(data):
                raise InputError("broken GIF: truncated extension")
            end = _skip_sub_blocks(data, pos + 2)
            yield "ext", data[pos + 1], pos, end
            pos = end
        else:
            raise InputError("broken GIF: unknown block")
    raise InputError("broken GIF: too many blocks")


def _app_id(data: bytes, start: int) -> bytes:
    """The 11-byte identifier of an application extension (``NETSCAPE2.0``...)."""
    if data[start + 2] != 11:
        return b""
    return data[start + 3 : start + 14]


def _sub_block_text(data: bytes, start: int, end: int) -> bytes:
    """The concatenated payload of the sub-blocks in ``data[start:end]``."""
    out = bytearray()
    pos = start
    while pos < end:
        size = data[pos]
        if size == 0:
            break
        out += data[pos + 1 : pos + 1 + size]
        pos += 1 + size
    return bytes(out)


def _sub_blocks(payload: bytes) -> bytes:
    """``payload`` as data sub-blocks (255 bytes each at most), without the terminator."""
    return b"".join(bytes([len(payload[i : i + 255])]) + payload[i : i + 255] for i in range(0, len(payload), 255))


def _xmp_packet(data: bytes, start: int, end: int) -> bytes:
    """The raw XMP bytes of an ``XMP DataXMP`` extension (between the id and the magic trailer)."""
    body = data[start + 14 : end]
    return body[: -len(XMP_TRAILER)] if body.endswith(XMP_TRAILER) else body.rstrip(b"\x00")


class GifHandler:
    """GIF87a and GIF89a, still and animated."""

    format = "GIF"
    media = "image"
    mime = "image/gif"
    label = "GIF"
    suffixes = (".gif",)
    pillow = PillowFormat(writer="GIF")

    def sniff(self, head: bytes) -> bool:
        """True for ``GIF87a``/``GIF89a``."""
        return head[:6] in (b"GIF87a", b"GIF89a")

    def read(self, data: bytes) -> RawMetadata:
        """Comments, plain text and XMP.

        A file broken before any metadata raises :class:`InputError`; one broken after some
        (or cut before any frame) is read as far as it goes and listed as ``incomplete``.
        """
        meta = RawMetadata(format=self.format)
        meta.width, meta.height = struct.unpack_from("<HH", data, 6) if len(data) >= 10 else (None, None)
        image = False
        try:
            for kind, label, start, end in _blocks(data, strict=False):
                image |= kind == "image"
                if kind == "end":
                    meta.warnings.append("GIF has no trailer")
                if kind != "ext":
                    continue
                if label == 0xFE:
                    text = _sub_block_text(data, start + 2, end)
                    meta.texts.append((_TEXT_NAMES[label], utf8_or_latin1(text)))
                elif label == 0x01:
                    text = _sub_block_text(data, start + 2, end)[12:]
                    meta.texts.append((_TEXT_NAMES[label], utf8_or_latin1(text)))
                elif label == 0xFF and _app_id(data, start) == XMP_APP:
                    meta.xmp.append(("XMP", _xmp_packet(data, start, end)))
                elif label == 0xFF and _app_id(data, start) == ICC_APP:
                    meta.icc.append(("ICCRGBG1012", _sub_block_text(data, start + 14, end)))
        except InputError as exc:
            if not (meta.texts or meta.xmp):
                raise
            meta.incomplete.append(str(exc))
        if not image:
            meta.incomplete.append("GIF holds no image data (cut short before its first frame)")
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy without comment, plain-text, XMP and unknown application extensions."""
        view = memoryview(data)  # the blocks kept are views, joined once: one copy of the file
        out: list[bytes | memoryview] = []
        removed: list[str] = []
        end = 0
        for kind, label, start, end in _blocks(data):
            if kind != "ext" or label == 0xF9:
                out.append(view[start:end])
                continue
            app = _app_id(data, start) if label == 0xFF else b""
            if app == ICC_APP and options.keep_icc:  # kept, but not its texts that say too much
                profile = _sub_block_text(data, start + 14, end)
                new, what = icc_mod.clean(profile, options)
                removed += what
                if new is profile:
                    out.append(view[start:end])
                elif new is not None:
                    out.append(data[start : start + 14] + _sub_blocks(new) + b"\x00")
            elif app in KEEP_APPS:
                out.append(view[start:end])
            elif options.only_gps and label in (0xFE, 0x01) and not options.drops(_TEXT_NAMES[label]):
                out.append(view[start:end])  # comments and plain text stay, unless their text says where
            elif app == XMP_APP and options.only_gps:
                packet = _xmp_packet(data, start, end)
                new = xmp_without_location(packet, options)
                if new is None:
                    out.append(view[start:end])
                else:
                    out.append(data[start : start + 14] + new + XMP_TRAILER)
                    removed.append("XMP location")
            else:
                name = {0xFE: "comment", 0x01: "plain text"}.get(label) or (
                    "application " + app.decode("latin-1") if app else f"extension 0x{label:02X}"
                )
                removed.append(name)
        if end < len(data):
            removed.append("data after the trailer")
        return Stripped(data=b"".join(out), lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """The header with the screen size and global colour table, every graphic control
        extension (transparency, disposal, delay) and every frame (descriptor, local colour
        table, LZW data), in file order."""
        view = memoryview(data)  # views: the frames are most of the file
        return [
            view[start:end]
            for kind, label, start, end in _blocks(data)
            if kind in ("header", "image") or (kind == "ext" and label == 0xF9)
        ]
