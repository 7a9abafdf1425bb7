"""Photo and video containers: one small handler per format, and the registry of them.

Each handler (Pillow-style, one module per container) describes itself -- ``format``,
``media``, ``mime``, ``label``, ``suffixes``, ``pillow`` (see :class:`~.base.Handler`) --
next to its code: it sniffs its format from the first bytes, ``read(data) -> RawMetadata``
finds the metadata blocks (undecoded), ``strip(data, options) -> Stripped`` writes a copy
without them (losslessly where the format allows) and ``pixel_parts`` says what decides the
pictures. Decoding EXIF/XMP/IPTC blocks into fields is shared (exif.py, xmp.py, iptc.py);
turning fields into findings is the photo metadata scanner's job
(:mod:`leakscan.scanners.photo_metadata`).

``HANDLERS`` is the explicit list, tried in order by :func:`sniff`: adding a format is its
handler module, its test, and one line there. Every other table of formats (the API's media
types, the names a folder walk takes for photos, the service's list, Pillow writers for a
re-encode) is derived from it through :func:`formats`, :func:`handler_for_format` and
:func:`media_type`.

Conventions for ``RawMetadata.fields`` (``(group, name, value)``), so the scanner can turn
them into findings without knowing the container:

* a location: ``name`` ``"GPSPosition"`` (or ``"GPSCoordinates"``) with a ``(lat, lon)``
  tuple of floats, or an ISO 6709 string (``"+51.4169-000.0806/"``); the finding's field
  is ``"<group> <name>"`` (e.g. ``"QuickTime ©xyz"`` when name is ``"©xyz"``: any name
  whose value is an ISO 6709 string and whose group is ``QuickTime``/``Keys``/``UserData``
  counts too);
* mobile-network cell ids: name ``"CellID"`` etc. (any name in the scanner's cell list);
* an embedded picture: a ``bytes`` value under a name ending in ``Image``/``Thumbnail``/
  ``Preview`` (``"ThumbnailImage"``, ``"PreviewImage"``, ``"CoverArt"``);
* any other ``str`` value is classified by name like EXIF/XMP tags (``Artist``, ``Author``,
  ``Copyright``, ``OwnerName``, ``SerialNumber``, ``City``, ``Location``, ``Comment``...).
"""

from __future__ import annotations

from .base import Handler, PillowFormat, RawMetadata, StripOptions, Stripped
from .gif import GifHandler
from .heif import AvifHandler, HeifHandler
from .jpeg import JpegHandler
from .jxl import JxlHandler
from .png import PngHandler
from .quicktime import QuickTimeHandler
from .tiff import TiffHandler
from .webp import WebpHandler

#: Every container handler, tried in order by :func:`sniff` (one line per format, imported above).
HANDLERS: tuple[Handler, ...] = (
    JpegHandler(),
    TiffHandler(),
    PngHandler(),
    WebpHandler(),
    GifHandler(),
    HeifHandler(),
    AvifHandler(),
    QuickTimeHandler(),
    JxlHandler(),
)


def formats(media: str | None = None) -> tuple[Handler, ...]:
    """The registered handlers, in sniffing order: all of them, or only those whose ``media``
    is ``media`` (``"image"`` or ``"video"``)."""
    return tuple(h for h in HANDLERS if media is None or h.media == media)


def sniff(head: bytes) -> Handler | None:
    """The handler whose format ``head`` (the first 64 bytes or more) starts, or None."""
    for handler in HANDLERS:
        if handler.sniff(head):
            return handler
    return None


def handler_for_format(name: str) -> Handler | None:
    """The handler for a format name as used in output (``"JPEG"``, ``"TIFF"``...), case-insensitive."""
    wanted = name.strip().upper()
    for handler in HANDLERS:
        if handler.format.upper() == wanted:
            return handler
    return None


def media_type(name: str | None) -> str:
    """The MIME type of a format name (``"JPEG"`` -> ``"image/jpeg"``) as its handler declares
    it; ``application/octet-stream`` for a name no handler has."""
    handler = handler_for_format(name or "")
    return handler.mime if handler is not None else "application/octet-stream"


__all__ = [
    "HANDLERS",
    "Handler",
    "PillowFormat",
    "RawMetadata",
    "StripOptions",
    "Stripped",
    "formats",
    "handler_for_format",
    "media_type",
    "sniff",
]
