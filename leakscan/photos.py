"""Scan one photo or video for what its metadata gives away: the API for apps and the CLI.

>>> from leakscan.photos import scan_image
>>> result = scan_image("holiday.jpg")            # or scan_image(uploaded_bytes, name="holiday.jpg")
>>> result.verdict, [f.kind.value for f in result.findings]   # doctest: +SKIP
(<Verdict.BLOCK: 'block'>, ['GPS', 'OWNER', 'DATETIME'])

The format is sniffed from the content, never from the extension. Only metadata is read:
no pixel is decoded, so scanning is fast. A file that cannot be read never raises from
:func:`scan_image`: its :class:`~leakscan.findings.ScanResult` carries a one-line ``error``.
"""

from __future__ import annotations

import os

from . import policy
from .errors import InputError, LimitError, UnsupportedFormatError
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


def detect_image(
    data: bytes, settings: Settings | None = None, *, name: str | None = None
) -> tuple[list[Finding], RawMetadata, Handler]:
    """Raw findings (no severity yet) for an image's bytes, its metadata and its handler.

    Raises like :func:`read_image`.
    """
    settings = _settings(settings)
    handler, meta = read_image(data)
    try:  # with the metadata scanner off the text scanners still read the metadata's text
        findings, _failed = photo_metadata.detect(meta, settings, name=name)
    except InputError:
        raise
    except Exception as exc:  # a decoder bug on hostile input is a bad file, not a crash
        raise InputError(f"{handler.format} metadata could not be decoded ({type(exc).__name__})") from None
    return findings, meta, handler


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


def scan_image(
    source: str | os.PathLike[str] | bytes,
    settings: Settings | None = None,
    *,
    name: str | None = None,
) -> ScanResult:
    """Scan one image or video (a path or its bytes): findings, verdict, or a one-line error.

    ``name`` is how the item is reported (``ScanResult.source``) and the file name that is
    scanned as text (its last path component); by default the path itself. Never raises for
    a bad file.
    """
    settings = _settings(settings)
    if name is None and not isinstance(source, (bytes, bytearray, memoryview)):
        name = os.fspath(source)
    label = name
    media = "image"
    try:
        data = read_source(source, settings)
        findings, meta, handler = detect_image(data, settings, name=name)
        media = handler.media
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


__all__ = ["detect_image", "incomplete_reason", "read_image", "read_source", "scan_image"]
