"""Scan one photo or video for what its metadata gives away: the API for apps and the CLI.

>>> from leakscan.photos import scan_image
>>> result = scan_image("holiday.jpg")            # or scan_image(uploaded_bytes, name="holiday.jpg")
>>> result.verdict, [f.kind.value for f in result.findings]   # doctest: +SKIP
(<Verdict.BLOCK: 'block'>, ['GPS', 'OWNER', 'DATETIME'])

The format is sniffed from the content, never from the extension. Only metadata is read:
no pixel is decoded, so scanning is fast. A file that cannot be read never raises from
:func:`scan_image`: its :class:`~leakscan.findings.ScanResult` carries a one-line ``error``.

:func:`open_photo` reads a photo once -- its bytes within ``max_file_bytes``, its format
sniffed, its metadata blocks found -- and raises a precise :class:`~leakscan.errors.InputError`
when it cannot; everything after (a scan, a clean copy, :func:`leakscan.check_post`, the
service) works from the :class:`Photo` it returns, so nothing is sniffed or parsed twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Union

from . import policy
from .errors import InputError, LimitError, TooManyPixelsError, UnsupportedFormatError
from .findings import Finding, ScanResult
from .fsutil import read_input
from .media import sniff
from .media.base import DECODE_ERRORS, Handler, RawMetadata
from .scanners import photo_metadata
from .settings import Settings, default_settings

_SNIFF_BYTES = 64


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else default_settings()


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            return False
    return b"\x00" not in head


def read_image(data: bytes) -> tuple[Handler, RawMetadata]:
    """The handler for ``data`` and the metadata blocks it found.

    Raises :class:`UnsupportedFormatError` for content that is not a supported image/video
    and :class:`InputError` for a broken one.
    """
    if not data:
        raise UnsupportedFormatError("empty file (0 bytes)")
    handler = sniff(bytes(data[:_SNIFF_BYTES]))
    if handler is None:
        if _looks_like_text(bytes(data[:512])):
            raise UnsupportedFormatError("not an image (the file holds text)")
        raise UnsupportedFormatError("not an image or video leakscan can read (unknown format)")
    try:
        meta = handler.read(bytes(data))
    except InputError:
        raise
    except DECODE_ERRORS as exc:
        # a handler bug on hostile input: report it as a broken file, never with a value
        raise InputError(f"{handler.format} file could not be read ({type(exc).__name__})") from None
    return handler, meta


@dataclass(frozen=True)
class Photo:
    """One photo or video read once: its bytes, the handler of its format, its metadata blocks.

    Made by :func:`open_photo`. A scan decodes ``meta`` and notes there what it could not
    read (``meta.incomplete``): scan a photo once, and hand its findings to what comes next.
    """

    data: bytes
    handler: Handler
    meta: RawMetadata
    #: The path it was read from (its file name is scanned as text too); None for bytes.
    name: str | None = None

    @property
    def format(self) -> str:
        """The sniffed format (``"JPEG"``, ``"HEIF"``, ``"QUICKTIME"``...)."""
        return self.handler.format

    @property
    def media(self) -> str:
        """``"image"`` or ``"video"``."""
        return self.handler.media

    @property
    def size(self) -> tuple[int | None, int | None]:
        """Width and height as the header declares them (None when the format's reader found none)."""
        return self.meta.width, self.meta.height


#: A photo as the API takes it: a path, the file's bytes, or a :class:`Photo` already opened.
ImageSource = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, Photo]


def open_photo(source: ImageSource, settings: Settings | None = None) -> Photo:
    """Read one photo or video (a path or its bytes) once: within ``max_file_bytes``, its format
    sniffed from the content, its metadata blocks found. No pixel is decoded. A :class:`Photo`
    is already read: it is returned as it is.

    Raises :class:`LimitError` (over ``max_file_bytes``), :class:`UnsupportedFormatError` (not
    a photo or video leakscan reads) and :class:`InputError` (nothing could be read of it).
    Messages name the problem, never a value of the file.
    """
    if isinstance(source, Photo):
        return source
    settings = _settings(settings)
    data = read_source(source, settings)
    handler, meta = read_image(data)
    name = None if isinstance(source, (bytes, bytearray, memoryview)) else os.fspath(source)
    return Photo(data=data, handler=handler, meta=meta, name=name)


def check_pixels(photo: Photo, settings: Settings | None = None) -> None:
    """Refuse (:class:`TooManyPixelsError`) a picture whose header declares more than
    ``max_image_pixels``: whoever decodes it next gets a decompression bomb.

    The pre-upload check does (:func:`leakscan.check_post`, the service). A scan or a clean
    copy does not need to: neither decodes pixels unless it must, and then under the same limit.
    """
    limit = _settings(settings).max_image_pixels
    width, height = photo.size
    if width is not None and height is not None and width * height > limit:
        raise TooManyPixelsError(
            f"image is {width}x{height} pixels, over the limit of {limit:,} (setting max_image_pixels)"
        )


def _detect(handler: Handler, meta: RawMetadata, settings: Settings, name: str | None) -> list[Finding]:
    """Raw findings (no severity yet) for metadata a handler read; a decoder's bug is an InputError."""
    try:  # with the metadata scanner off the text scanners still read the metadata's text
        findings, _failed = photo_metadata.detect(meta, settings, name=name)
    except InputError:
        raise
    except Exception as exc:  # a decoder bug on hostile input is a bad file, not a crash
        raise InputError(f"{handler.format} metadata could not be decoded ({type(exc).__name__})") from None
    return findings


def detect_image(
    data: bytes, settings: Settings | None = None, *, name: str | None = None
) -> tuple[list[Finding], RawMetadata, Handler]:
    """Raw findings (no severity yet) for an image's bytes, its metadata and its handler.

    Raises like :func:`read_image`.
    """
    handler, meta = read_image(data)
    return _detect(handler, meta, _settings(settings), name), meta, handler


def read_source(source: str | os.PathLike[str] | bytes | bytearray | memoryview, settings: Settings) -> bytes:
    """The bytes of an image given as bytes or a path, bounded by ``settings.max_file_bytes``.

    A path is read with :func:`leakscan.fsutil.read_input`: only a regular file, never more
    than the limit whatever its size says, and never waiting on a named pipe. Raises
    :class:`InputError` (cannot read) or :class:`LimitError` (over the limit).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data: bytes | None = bytes(source)
        if len(data) > settings.max_file_bytes:
            data = None
    else:
        try:
            data = read_input(source, settings.max_file_bytes)
        except OSError as exc:
            raise InputError(f"cannot read file ({exc.strerror or type(exc).__name__})") from None
    if data is None:
        raise LimitError(f"file is over the limit of {settings.max_file_bytes:,} bytes (setting max_file_bytes)")
    return data


def scan_image(source: ImageSource, settings: Settings | None = None, *, name: str | None = None) -> ScanResult:
    """Scan one image or video (a path, its bytes or a :class:`Photo`): findings, verdict, or a
    one-line error.

    ``name`` is how the item is reported (``ScanResult.source``) and the file name that is
    scanned as text (its last path component); by default the path itself. Never raises for
    a bad file.
    """
    settings = _settings(settings)
    if name is None and not isinstance(source, (bytes, bytearray, memoryview)):
        name = source.name if isinstance(source, Photo) else os.fspath(source)
    label = name
    media = "image"
    try:
        photo = open_photo(source, settings)
        findings = _detect(photo.handler, photo.meta, settings, name)
        meta, media = photo.meta, photo.media
    except InputError as exc:
        return ScanResult(source=label, type=media, error=str(exc))
    decided, verdict = policy.decide(findings, settings)
    info = {"format": meta.format, "width": meta.width, "height": meta.height}
    if meta.warnings:
        info["warnings"] = list(dict.fromkeys(meta.warnings))[:20]
    return ScanResult(
        source=label, type=media, verdict=verdict, findings=decided, info=info, error=incomplete_reason(meta)
    )


def incomplete_reason(meta: RawMetadata) -> str | None:
    """The one-line ``error`` of a photo that could not be fully checked, or None when it was."""
    reasons = list(dict.fromkeys(meta.incomplete))
    if not reasons:
        return None
    more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
    return f"could not be fully checked: {reasons[0]}{more}"


__all__ = [
    "ImageSource",
    "Photo",
    "check_pixels",
    "detect_image",
    "incomplete_reason",
    "open_photo",
    "read_image",
    "read_source",
    "scan_image",
]
