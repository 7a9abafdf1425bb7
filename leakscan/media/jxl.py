"""JPEG XL: in the ISO-BMFF-style container, metadata are ``Exif``, ``xml `` and ``jumb`` boxes.

Read: the ``Exif`` box (a 4-byte offset to the TIFF header, then EXIF), the ``xml `` box
(XMP) and the JSON boxes of a ``jumb`` (JUMBF/C2PA) box. Brotli-compressed ``brob``
metadata boxes cannot be read without brotli: the file then reads as not fully checked
(and they are always stripped). A bare codestream (``FF 0A``) has no metadata boxes; its
orientation lives in the codestream header.

Strip: lossless. The signature, ``ftyp``, level and codestream boxes (``jxlc``, ``jxlp``,
``jxli``) are copied byte-for-byte; ``Exif``, ``xml ``, ``jumb``, ``brob`` and every other box
are left out, ``jbrd`` included (its JPEG-reconstruction data point at the removed EXIF/XMP,
so the file stays a valid JPEG XL image but can no longer be turned back into the original
JPEG byte-for-byte). The orientation is in the codestream, so it is kept as is. With
``only_gps`` the ``Exif`` box loses its GPS directory and the ``xml `` box its location.
"""

from __future__ import annotations

import struct

from ..errors import InputError
from . import jumbf
from .base import RawMetadata, StripOptions, Stripped
from .bmff import Walk, split_exif
from .clean import tiff_without_gps, xmp_without_location

SIGNATURE = b"\x00\x00\x00\x0cJXL \r\n\x87\n"
CODESTREAM = b"\xff\x0a"
#: Boxes a clean copy keeps: signature, file type, level and the codestream.
KEEP = frozenset({b"JXL ", b"ftyp", b"jxll", b"jxlc", b"jxlp", b"jxli"})


def _box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


class JxlHandler:
    """JPEG XL, container and bare codestream."""

    format = "JXL"
    media = "image"
    mime = "image/jxl"
    label = "JPEG XL"
    suffixes = (".jxl",)
    pillow = None  # Pillow has no JPEG XL decoder

    def sniff(self, head: bytes) -> bool:
        """True for the JPEG XL container signature or a bare codestream."""
        return head.startswith(SIGNATURE) or head.startswith(CODESTREAM)

    def read(self, data: bytes) -> RawMetadata:
        """The Exif and XMP boxes (a bare codestream has none)."""
        meta = RawMetadata(format=self.format)
        if data.startswith(CODESTREAM):
            return meta
        if not data.startswith(SIGNATURE):
            raise InputError("not a JPEG XL file")
        walk = Walk(data, strict=False, incomplete=meta.incomplete)
        codestream = False
        for box in walk.boxes(0, len(data)):
            payload = data[box.body : box.end]
            codestream |= box.type in (b"jxlc", b"jxlp")
            if box.type == b"Exif":
                split = split_exif(payload)
                if split is None:
                    meta.incomplete.append("JXL: Exif box without a TIFF header")
                else:
                    meta.exif.append(("Exif", split[1]))
            elif box.type == b"xml ":
                meta.xmp.append(("xml", payload))
            elif box.type == b"jumb":
                jumbf.read_json(payload, meta)
            elif box.type == b"brob" and payload[:4] in (b"Exif", b"xml ", b"jumb"):
                # brotli is not available here: what the box holds is unknown (a strip drops it)
                meta.incomplete.append("JXL: brotli-compressed metadata box not read")
        if not codestream:
            meta.incomplete.append("JXL holds no codestream (cut short before it)")
        return meta

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy with only the codestream boxes (and, with ``only_gps``, cleaned Exif/XMP)."""
        if data.startswith(CODESTREAM):
            return Stripped(data=data, lossless=True)
        if not data.startswith(SIGNATURE):
            raise InputError("not a JPEG XL file")
        walk = Walk(data, strict=True)
        view = memoryview(data)  # the boxes kept are views, joined once: one copy of the file
        out: list[bytes | memoryview] = []
        removed: list[str] = []
        for box in walk.boxes(0, len(data)):
            if box.type in KEEP:
                out.append(view[box.start : box.end])
                continue
            payload = data[box.body : box.end]
            name = box.type.decode("latin-1").strip()
            if options.only_gps and box.type == b"Exif" and (split := split_exif(payload)):
                cleaned = tiff_without_gps(split[1], options)
                if cleaned is not None:
                    out.append(_box(b"Exif", payload[: split[0]] + cleaned))
                    if cleaned != split[1]:
                        removed.append("Exif GPS")
                    continue
            if options.only_gps and box.type == b"xml ":
                new = xmp_without_location(payload, options)
                out.append(view[box.start : box.end] if new is None else _box(b"xml ", new))
                if new is not None:
                    removed.append("XMP location")
                continue
            removed.append(name)
        return Stripped(data=b"".join(out), lossless=True, removed=tuple(dict.fromkeys(removed)))

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """The codestream: a bare one whole, or the ``jxlc``/``jxlp`` box payloads in file order."""
        if data.startswith(CODESTREAM):
            return [data]
        if not data.startswith(SIGNATURE):
            raise InputError("not a JPEG XL file")
        walk = Walk(data, strict=True)
        view = memoryview(data)  # views: the codestream is most of the file
        parts = [view[box.body : box.end] for box in walk.boxes(0, len(data)) if box.type in (b"jxlc", b"jxlp")]
        if not parts:
            raise InputError("JPEG XL file holds no codestream")
        return parts
