"""PNG (and APNG): metadata lives in ancillary chunks, so a clean copy just leaves them out.

Read: ``eXIf`` (EXIF), ``iTXt XML:com.adobe.xmp`` (XMP), ``caBX`` (C2PA JSON assertions), ImageMagick's hex-encoded
``Raw profile type exif/iptc/xmp/8bim/app1`` text chunks, every other ``tEXt``/``zTXt``/
``iTXt`` as a text field, ``tIME`` as a date field -- also where other readers still find
them: after ``IEND``, before ``IHDR``, behind a chunk with an odd type. Compressed text is
inflated with a hard output limit (zip bombs stop at :data:`MAX_INFLATE`). Whatever could
not be read (cut short, a bomb, a broken chunk, a cap hit) makes ``RawMetadata.incomplete``.

Strip: lossless. Chunks are copied byte-for-byte (their CRCs stay valid) from a
whitelist — the critical chunks, the colour and rendering chunks (``iCCP`` unless
``keep_icc`` is False) and the APNG animation chunks — and everything else (text,
``eXIf``, ``tIME``, private chunks, bytes after ``IEND``) is left out. The compressed
image data is never touched. With ``only_gps`` the EXIF/XMP/text chunks stay, minus their
location; with ``keep_orientation`` an EXIF Orientation other than 1 survives in a minimal
``eXIf`` chunk.
"""

from __future__ import annotations

import binascii
import struct
import zlib
from collections.abc import Iterator

from ..errors import InputError
from . import icc as icc_mod
from . import jumbf, photoshop
from .base import PillowFormat, RawMetadata, StripOptions, Stripped
from .clean import (
    inflate_bounded,
    minimal_tiff,
    tiff_orientation,
    tiff_start,
    tiff_without_gps,
    xmp_without_location,
)

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Largest chunk accepted (the PNG spec's own limit).
MAX_CHUNK = 2**31 - 1
#: Most bytes one compressed text chunk may inflate to.
MAX_INFLATE = 16 * 1024 * 1024
#: Most bytes all compressed text chunks of one file may inflate to together.
MAX_INFLATE_TOTAL = 64 * 1024 * 1024
#: Most text chunks decoded per file: past it only XMP and raw profiles are still decoded,
#: the file reads as not fully checked, and every text chunk is still stripped.
MAX_TEXTS = 1024

#: Chunks a clean copy keeps: what is needed to show the same picture, nothing else.
KEEP = frozenset(
    {
        b"IHDR",
        b"PLTE",
        b"IDAT",
        b"IEND",
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"iCCP",
        b"sBIT",
        b"bKGD",
        b"pHYs",
        b"hIST",
        b"cICP",
        b"mDCV",
        b"mDCv",
        b"cLLI",
        b"cLLi",
        b"acTL",
        b"fcTL",
        b"fdAT",
    }
)
#: Chunks that decide the decoded frames: size and sample format, palette and transparency,
#: the image data, and the animation control and frame data of an APNG.
PIXEL_CHUNKS = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"acTL", b"fcTL", b"fdAT"})
TEXT_CHUNKS = frozenset({b"tEXt", b"zTXt", b"iTXt"})
XMP_KEYWORD = "XML:com.adobe.xmp"
RAW_PROFILE = "raw profile type "


def _chunks(data: bytes, meta: RawMetadata | None = None) -> Iterator[tuple[bytes, int, int]]:
    """Yield ``(type, start, end)`` per chunk (``start`` at the length field, ``end`` after the CRC).

    Strict (no ``meta``, for stripping): the chunks up to ``IEND``; a chunk running past the
    end of the file, an absurd length, a non-letter chunk type or a first chunk other than
    ``IHDR`` raises :class:`InputError`.

    Lenient (for reading): the walk goes on wherever it can, as other readers do -- past an
    odd chunk type, a missing ``IHDR``, and past ``IEND`` (chunks hidden after it are read
    too) -- and notes in ``meta.incomplete`` what it could not cover: a chunk or header cut
    short by the end of the file. Bytes after ``IEND`` that are not chunks are a warning.
    """
    if not data.startswith(SIGNATURE):
        raise InputError("not a PNG file")
    pos = len(SIGNATURE)
    first = True
    ended = False
    while True:
        if pos + 12 > len(data):
            if meta is None and not ended:
                raise InputError("broken PNG: file ends before IEND (truncated)")
            if meta is not None and pos < len(data):
                _note(meta, "PNG: data after IEND" if ended else "PNG is cut short inside a chunk header", ended)
            elif meta is not None and not ended:
                meta.warnings.append("PNG: no IEND chunk")
            return
        length, ctype = struct.unpack_from(">I4s", data, pos)
        fatal = length > MAX_CHUNK or pos + 12 + length > len(data)
        problem = None
        if fatal:
            problem = "chunk length runs past the end of the file"
        elif not ctype.isalpha() or not ctype.isascii():
            problem = "invalid chunk type"
        elif first and ctype != b"IHDR":
            problem = "first chunk is not IHDR"
        if problem:
            if meta is None:
                raise InputError(f"broken PNG: {problem}")
            if ended:  # bytes after the end that are not chunks: nothing a reader would take
                _note(meta, "PNG: data after IEND", True)
                return
            _note(meta, f"PNG: {problem}", False)
            if fatal:
                return
        first = False
        end = pos + 12 + length
        yield ctype, pos, end
        if ctype == b"IEND":
            if meta is None:
                return
            ended = True
        elif ended:
            _note(meta, "PNG: chunks after IEND", True)
        pos = end


def _note(meta: RawMetadata, reason: str, warning_only: bool) -> None:
    """Record ``reason`` once, as a warning or as a reason the file could not be fully checked."""
    where = meta.warnings if warning_only else meta.incomplete
    if reason not in where:
        where.append(reason)


def _text(ctype: bytes, body: bytes, budget: list[int]) -> tuple[str, bytes] | None:
    """``(keyword, raw text bytes)`` of a tEXt/zTXt/iTXt chunk body, inflating within ``budget``."""
    keyword, sep, rest = body.partition(b"\x00")
    if not sep or not 1 <= len(keyword) <= 79:
        return None
    name = keyword.decode("latin-1")
    if ctype == b"tEXt":
        return name, rest
    if ctype == b"zTXt":
        return (name, _inflate(rest[1:], budget)) if rest[:1] == b"\x00" else None
    # iTXt: compression flag, method, language tag \0, translated keyword \0, text
    if len(rest) < 2:
        return None
    flag, method = rest[0], rest[1]
    parts = rest[2:].split(b"\x00", 2)
    if len(parts) < 3:
        return None
    text = parts[2]
    if flag:
        if method != 0:
            return None
        text = _inflate(text, budget)
    return name, text


def _is_metadata_keyword(body: bytes) -> bool:
    """True for a text chunk holding a metadata block (XMP, an ImageMagick raw profile)."""
    keyword = body[:80].split(b"\x00", 1)[0].decode("latin-1")
    return keyword == XMP_KEYWORD or keyword.lower().startswith(RAW_PROFILE)


def _inflate(data: bytes, budget: list[int]) -> bytes:
    limit = min(MAX_INFLATE, budget[0])
    out = inflate_bounded(data, limit) if limit > 0 else None
    if out is None:
        raise _Bomb
    budget[0] -= len(out)
    return out


class _Bomb(Exception):
    """Compressed text that is broken or inflates past the limits."""


def _iccp(body: bytes, budget: list[int]) -> tuple[bytes, bytes]:
    """An ``iCCP`` chunk's ``(name and method, profile)``. Raises :class:`_Bomb` when broken."""
    name, sep, rest = body[:81].partition(b"\x00")
    if not sep or not rest or rest[0] != 0:
        raise _Bomb
    head = len(name) + 2
    return body[:head], _inflate(body[head:], budget)


def _iccp_clean(body: bytes, options: StripOptions, budget: list[int]) -> tuple[bytes | None, list[str]] | None:
    """A kept ``iCCP`` chunk as a copy holds it: None to keep it as it is, ``(new body, what
    went)`` with the profile's texts ``options.drop_texts`` names blanked, ``(None, what went)``
    to leave out a profile that cannot be read (:func:`leakscan.media.icc.clean`)."""
    try:
        head, profile = _iccp(body, budget)
    except _Bomb:
        return None, ["iCCP (could not be read)"]
    new, removed = icc_mod.clean(profile, options)
    if new is profile:
        return None
    return (None if new is None else head + zlib.compress(new, 9)), removed


def _raw_profile(text: bytes) -> bytes | None:
    """Decode ImageMagick's ``\\n<name>\\n   <length>\\n<hex...>`` text into bytes."""
    lines = text.lstrip(b"\n").split(b"\n", 2)
    if len(lines) < 3:
        return None
    try:
        length = int(lines[1].strip())
        raw = binascii.unhexlify(b"".join(lines[2].split()))
    except (ValueError, binascii.Error):
        return None
    return raw[:length] if 0 <= length <= len(raw) else None


def _encode_raw_profile(name: str, raw: bytes) -> bytes:
    hexed = binascii.hexlify(raw)
    rows = b"\n".join(hexed[i : i + 72] for i in range(0, len(hexed), 72))
    return b"\n" + name.encode("latin-1") + b"\n" + str(len(raw)).rjust(8).encode() + b"\n" + rows + b"\n"


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


class PngHandler:
    """PNG and APNG (content sniffed from the 8-byte signature)."""

    format = "PNG"
    media = "image"
    mime = "image/png"
    label = "PNG"
    suffixes = (".png",)
    pillow = PillowFormat(writer="PNG")

    def sniff(self, head: bytes) -> bool:
        """True for the PNG signature."""
        return head.startswith(SIGNATURE)

    def read(self, data: bytes) -> RawMetadata:
        """EXIF, XMP, IPTC, text chunks and tIME of a PNG, also after ``IEND``.

        What could not be read (a chunk cut short, compressed text that does not inflate,
        an EXIF chunk without a TIFF header, more text chunks than :data:`MAX_TEXTS`) is
        listed in ``meta.incomplete``.
        """
        meta = RawMetadata(format=self.format)
        budget = [MAX_INFLATE_TOTAL]
        ntexts = 0
        image = False
        for ctype, start, end in _chunks(data, meta):
            if ctype in (b"IDAT", b"fdAT"):
                image = True
                continue  # picture data, most of the file: never sliced out (a copy)
            body = data[start + 8 : end - 4]
            if ctype == b"IHDR" and len(body) >= 8 and meta.width is None:
                meta.width, meta.height = struct.unpack_from(">II", body)
            elif ctype == b"eXIf":
                off = tiff_start(body)
                if off is None:
                    _note(meta, "PNG: eXIf chunk without a TIFF header", False)
                else:
                    meta.exif.append(("eXIf", body[off:]))
            elif ctype == b"iCCP":
                try:
                    meta.icc.append(("iCCP", _iccp(body, budget)[1]))
                except _Bomb:
                    _note(meta, "PNG: iCCP chunk is broken or inflates too far", False)
            elif ctype == b"caBX":  # C2PA: a JUMBF store, its JSON assertions (author, location)
                jumbf.read_json(body, meta)
            elif ctype == b"tIME" and len(body) == 7:
                y, mo, d, h, mi, s = struct.unpack(">HBBBBB", body)
                meta.fields.append(("PNG", "ModifyDate", f"{y:04d}:{mo:02d}:{d:02d} {h:02d}:{mi:02d}:{s:02d}"))
            elif ctype in TEXT_CHUNKS:
                ntexts += 1
                # past the cap only metadata blocks (XMP, raw profiles) are still decoded
                if ntexts > MAX_TEXTS and not _is_metadata_keyword(body):
                    _note(meta, f"PNG: more than {MAX_TEXTS} text chunks (the rest were not read)", False)
                    continue
                try:
                    parsed = _text(ctype, body, budget)
                except _Bomb:
                    _note(meta, f"PNG: {ctype.decode()} chunk is broken or inflates too far", False)
                    continue
                if parsed is None:
                    _note(meta, f"PNG: malformed {ctype.decode()} chunk", False)
                    continue
                self._add_text(meta, ctype, *parsed)
        if not image:
            _note(meta, "PNG holds no image data (cut short before IDAT)", False)
        return meta

    @staticmethod
    def _add_text(meta: RawMetadata, ctype: bytes, keyword: str, text: bytes) -> None:
        where = f"{ctype.decode()} {keyword}"
        if keyword == XMP_KEYWORD:
            meta.xmp.append((where, text))
            return
        low = keyword.lower()
        if low.startswith(RAW_PROFILE):
            kind = low[len(RAW_PROFILE) :]
            raw = _raw_profile(text)
            if raw is None:
                _note(meta, "PNG: unreadable raw profile text chunk", False)
                return
            if kind in ("exif", "app1"):
                off = tiff_start(raw)
                if off is not None:
                    meta.exif.append((where, raw[off:]))
                elif raw.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
                    meta.xmp.append((where, raw.split(b"\x00", 1)[1]))
            elif kind == "xmp":
                meta.xmp.append((where, raw))
            elif kind in ("iptc", "8bim"):
                iptc = (
                    next((d for rid, d in photoshop.resources(raw) if rid == 0x0404), None)
                    if raw.startswith(b"8BIM")
                    else raw
                )
                if iptc:
                    meta.iptc.append((where, iptc))
            return
        decoded = text.decode("utf-8" if ctype == b"iTXt" else "latin-1", errors="replace")
        meta.texts.append((keyword, decoded))

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy without metadata chunks; image chunks are copied byte-for-byte."""
        chunks = list(_chunks(data))
        orientation = None
        if options.keep_orientation and not options.only_gps:
            for ctype, start, end in chunks:
                if ctype == b"eXIf":
                    orientation = tiff_orientation(data[start + 8 : end - 4])
                    big_endian = data[start + 8 : start + 10] == b"MM"
                    break
        # The copy is views of the chunks kept and the chunks rewritten, joined once: one copy.
        view = memoryview(data)
        out: list[bytes | memoryview] = [SIGNATURE]
        removed: list[str] = []
        budget = [MAX_INFLATE_TOTAL]
        for ctype, start, end in chunks:
            name = ctype.decode("latin-1")
            if ctype == b"IDAT" and orientation not in (None, 1):
                out.append(_chunk(b"eXIf", minimal_tiff(orientation, big_endian=big_endian)))
                orientation = None
            if ctype == b"iCCP" and not options.keep_icc:
                removed.append(name)
            elif ctype == b"iCCP" and (new := _iccp_clean(data[start + 8 : end - 4], options, budget)):
                if new[0] is not None:
                    out.append(_chunk(b"iCCP", new[0]))
                removed += new[1]
            elif ctype in KEEP:
                out.append(view[start:end])
            elif options.only_gps and (kept := self._only_gps(ctype, data[start + 8 : end - 4], budget, options)):
                if kept[1] is None:
                    out.append(view[start:end])
                else:
                    removed.append(f"{name} location")
                    out.append(_chunk(*kept))
            else:
                removed.append(name)
        if chunks[-1][2] < len(data):
            removed.append("data after IEND")
        return Stripped(data=b"".join(out), lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Every :data:`PIXEL_CHUNKS` chunk (length, type, data, CRC), in file order (views)."""
        view = memoryview(data)
        return [view[start:end] for ctype, start, end in _chunks(data) if ctype in PIXEL_CHUNKS]

    @staticmethod
    def _only_gps(
        ctype: bytes, body: bytes, budget: list[int], options: StripOptions
    ) -> tuple[bytes, bytes | None] | None:
        """With ``only_gps``: ``(type, new body)`` to write, ``(type, None)`` to keep as is, None
        to drop (a text chunk ``options.drop_texts`` names goes whole)."""
        if ctype == b"eXIf":
            cleaned = tiff_without_gps(body, options)
            if cleaned is None:
                return None
            return ctype, (None if cleaned == body else cleaned)
        if ctype not in TEXT_CHUNKS:
            return ctype, None  # tIME, private chunks: not location
        try:
            parsed = _text(ctype, body, budget)
        except _Bomb:
            return None
        if parsed is None:
            return None
        keyword, text = parsed
        low = keyword.lower()
        if keyword == XMP_KEYWORD:
            new = xmp_without_location(text, options)
            if new is None:
                return ctype, None
            return b"iTXt", XMP_KEYWORD.encode() + b"\x00\x00\x00\x00\x00" + new
        if not low.startswith(RAW_PROFILE):
            return None if options.drops(keyword) else (ctype, None)
        raw = _raw_profile(text)
        kind = low[len(RAW_PROFILE) :]
        if raw is None or kind not in ("exif", "app1", "xmp"):
            return None  # IPTC/8BIM blocks hold place names and cannot be edited here: dropped
        if kind == "xmp":
            new = xmp_without_location(raw, options)
        else:
            new = tiff_without_gps(raw, options)
            if new is None:
                return None
            new = None if new == raw else new
        if new is None:
            return ctype, None
        profile = zlib.compress(_encode_raw_profile(kind, new))
        return b"zTXt", keyword.encode("latin-1") + b"\x00\x00" + profile
