"""The interface every photo/video format handler implements, and the values it returns."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

_T = TypeVar("_T")

#: What a handler's bug on hostile input can raise (a value read as a length, a cut structure...):
#: callers turn these into "file could not be read/cleaned", never a crash and never a value.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    IndexError,
    KeyError,
    TypeError,
    OverflowError,
    MemoryError,
    RecursionError,
    struct.error,
    zlib.error,
)


@dataclass(frozen=True)
class StripOptions:
    """What a clean copy keeps.

    By default everything identifying goes (location, owner, serials, capture time, text
    fields, thumbnails, maker notes, all of XMP/IPTC); the orientation and the ICC colour
    profile stay so the picture looks the same. ``only_gps`` removes location only
    (GPS, XMP/IPTC place names, QuickTime location) and keeps the rest.

    ``drop_texts`` names text fields that go as well (with ``only_gps``: those whose text says
    where, decided from a scan's findings by :func:`leakscan.redact.image.location_texts`;
    a strip never scans). Names are the ``field`` of findings -- an EXIF tag
    (``"UserComment"``), ``"XMP dc:description"``, ``"IPTC Caption-Abstract"``, ``"COM"``, a
    PNG keyword, a QuickTime atom's name, ``"ICC_Profile ProfileDescription"`` (a text tag of
    the kept colour profile, blanked in place) -- kept without the ``" (where)"`` part that
    tells copies apart: every copy of the field goes, each handler dropping or emptying just
    that field where its format allows.

    ``blur_faces``: the faces the picture shows are pixelated too (what else it shows -- text,
    QR codes -- is always covered: :mod:`leakscan.redact.pixels`). A handler's strip ignores it.
    """

    only_gps: bool = False
    keep_icc: bool = True
    keep_orientation: bool = True
    drop_texts: frozenset[str] = frozenset()
    blur_faces: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "drop_texts", frozenset(field_key(f) for f in self.drop_texts))

    def drops(self, name: str) -> bool:
        """Whether the text field ``name`` (as findings name it) is to be left out."""
        return bool(self.drop_texts) and field_key(name) in self.drop_texts

    def drops_in(self, block: str) -> frozenset[str]:
        """The names to leave out inside one kind of block: ``"XMP"`` gives property names
        (``"dc:description"``; a structure's field gives its own name), ``"IPTC"`` data set
        names (``"Caption-Abstract"``)."""
        head = block + " "
        return frozenset(k[len(head) :].rsplit("/", 1)[-1] for k in self.drop_texts if k.startswith(head))


def field_key(field: str) -> str:
    """A finding's field name without the ``" (where)"`` parts that tell copies of it apart:
    ``"UserComment (APP1)"`` -> ``"UserComment"``, ``"XMP (APP1 ExtendedXMP) dc:title"`` ->
    ``"XMP dc:title"``."""
    while (end := field.find(")")) >= 0 and (start := field.rfind(" (", 0, end)) >= 0:
        field = field[:start] + field[end + 1 :]
    return field.strip()


@dataclass
class RawMetadata:
    """Metadata blocks a handler found in one file, still undecoded.

    ``where`` strings name the place in the file (``"APP1"``, ``"eXIf"``, ``"item 7 Exif"``)
    so findings can say which copy a value came from.
    """

    format: str
    #: TIFF-structured EXIF payloads (starting at the ``II*\\0``/``MM\\0*`` header).
    exif: list[tuple[str, bytes]] = field(default_factory=list)
    #: XMP packets (UTF-8 XML).
    xmp: list[tuple[str, bytes]] = field(default_factory=list)
    #: IPTC-IIM data sets (e.g. from a Photoshop 8BIM 0x0404 resource).
    iptc: list[tuple[str, bytes]] = field(default_factory=list)
    #: Free-text fields by name (PNG tEXt/iTXt/zTXt keyword, JPEG COM, GIF comment...).
    texts: list[tuple[str, str]] = field(default_factory=list)
    #: Already-decoded fields a handler parses itself (FLIR GPS, QuickTime ISO 6709 location...):
    #: ``(group, name, value)``.
    fields: list[tuple[str, str, Any]] = field(default_factory=list)
    #: ICC colour profiles (their text tags are read by the scanner; a clean copy keeps the
    #: profile and blanks the texts ``StripOptions.drop_texts`` names: see :mod:`.icc`).
    icc: list[tuple[str, bytes]] = field(default_factory=list)
    width: int | None = None
    height: int | None = None
    #: Problems that did not stop reading (truncated segment, bad length...), no values in them.
    warnings: list[str] = field(default_factory=list)
    #: Why the file could not be *fully* checked: a parser limit hit, a structure not understood,
    #: a block that could not be decoded. Non-empty means the scan fails closed (never "ok") and
    #: a clean copy whose re-read is incomplete is refused. No values in them.
    incomplete: list[str] = field(default_factory=list)

    def not_fully_checked(self, reason: str) -> None:
        """Say (once) why the file could not be fully checked: no value in ``reason``."""
        if reason not in self.incomplete:
            self.incomplete.append(reason)


@dataclass(frozen=True)
class Stripped:
    """A clean copy: its bytes, whether the image data was kept byte-for-byte, what went."""

    data: bytes
    lossless: bool
    removed: tuple[str, ...] = ()
    #: Why the copy had to be re-encoded, when it was.
    note: str | None = None


def utf8_or_latin1(raw: bytes) -> str:
    """A text field's bytes as UTF-8 when they decode as such (as ExifTool reads them: as
    Latin-1 a blank between a phone number's digits would read as letters), else Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def edited_copy(data: bytes, edit: Callable[[memoryview], _T]) -> tuple[bytes, _T]:
    """A copy of ``data`` changed in place by ``edit`` (given a writable view of the copy), and
    what ``edit`` returned -- made with one copy of ``data``, not two.

    ``bytes(bytearray(data))`` holds three copies at once (the original, the buffer, the bytes
    made from it): a 480 MB TIFF took 1.5 GB to clean. ``io.BytesIO`` shares ``data`` until it
    is written to, ``getbuffer()`` gives it its one private copy to edit, and once that view
    is released ``getvalue()`` hands that same buffer back as ``bytes`` (CPython; elsewhere it
    may copy: more memory, same result). ``edit`` must not keep the view: the copy is
    immutable ``bytes`` once returned. Slices of the view are assigned same-size values only.
    """
    out = io.BytesIO(data)
    with out.getbuffer() as view:
        result = edit(view)
    return out.getvalue(), result


@dataclass(frozen=True)
class PillowFormat:
    """How Pillow opens a format, and writes it when a clean copy has to be re-encoded.

    A re-encode is the last resort (:mod:`leakscan.redact.image`): only when a handler's
    ``strip`` says there is no lossless path for a file.
    """

    #: Pillow's writer for a re-encode (``"JPEG"``, ``"WEBP"``...); None: never re-encoded.
    writer: str | None = None
    #: Encoder settings for a re-encode: as close to the original as the format allows.
    save_options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    #: Registers the Pillow plugin that opens the format (pillow-heif's opener), if one is needed.
    opener: Callable[[], None] | None = None

    def ready(self) -> None:
        """Make Pillow able to open (and write) the format: register its plugin, if any."""
        if self.opener is not None:
            self.opener()


class Handler(Protocol):
    """One container format, describing itself (as Pillow's plugins do) next to its code.

    The tables other modules keep of formats -- media types of clean copies, file names a
    folder walk takes for photos, the service's list of formats, Pillow writers for a
    re-encode -- are derived from these attributes through :mod:`leakscan.media`.
    """

    #: Short format name used in output ("JPEG", "PNG", "WEBP", "TIFF", "HEIF", "GIF", "QUICKTIME", "JXL").
    format: str
    #: ``"image"`` or ``"video"``.
    media: str
    #: The MIME type a clean copy is served as (``"image/jpeg"``).
    mime: str
    #: The format's name for people (``"JPEG XL"``, ``"QuickTime/MP4"``).
    label: str
    #: File-name suffixes of the format, lower case with the dot (``(".jpg", ".jpeg")``): a file
    #: so named that does not read as a photo or video is reported, never taken for text.
    suffixes: tuple[str, ...]
    #: How Pillow opens and re-encodes it; None when Pillow cannot open it at all.
    pillow: PillowFormat | None

    def sniff(self, head: bytes) -> bool:
        """True when ``head`` (the first 64 bytes) starts a file of this format."""
        ...

    def read(self, data: bytes) -> RawMetadata:
        """Find the metadata blocks. Raises :class:`leakscan.errors.InputError` on a broken file."""
        ...

    def strip(self, data: bytes, options: StripOptions) -> Stripped:
        """A copy without metadata (as ``options`` say). Raises ``InputError``/``RedactError``."""
        ...

    def pixel_parts(self, data: bytes) -> list[bytes]:
        """Everything that decides the decoded pictures, page by page (frame by frame, track by track).

        The compressed image data of every page and the header values a decoder reads to
        turn it into pixels (sizes, compression, bit depth, tables, palettes...), as byte
        strings in file order: views of ``data`` (``memoryview`` slices), never copies of its
        picture data (most of the file), or a digest of them. A strip may only be called
        lossless when the clean copy's parts equal the original's: this is how "lossless" is
        verified for every page without decoding. Raises :class:`leakscan.errors.InputError` when the structure
        cannot be followed.
        """
        ...
