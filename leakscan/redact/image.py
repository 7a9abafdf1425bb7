"""Clean copies of photos and videos: metadata out, pixels untouched, verified before success.

The flow for one file is **sniff -> strip -> verify -> write**:

1. the format is sniffed from the content (:func:`leakscan.media.sniff`), never the name;
2. the format's handler strips the metadata (:mod:`leakscan.media`), losslessly:

   ========  =====================================================================
   JPEG      APPn metadata segments, COM and bytes after EOI dropped; scan data byte-identical
   TIFF/DNG  identifying tags removed in place (IFDs rewritten at the same offsets)
   PNG/APNG  metadata chunks dropped; image chunks copied byte-for-byte
   WebP      EXIF/XMP chunks dropped; VP8X flags and RIFF size fixed
   GIF       comment/XMP/application extensions dropped; frames copied as they are
   HEIF/AVIF Exif/XMP items overwritten in place with same-size empty ones
   MOV/MP4   location/identity atoms overwritten in place (``free`` + zeros), times zeroed
   JPEG XL   Exif/xml boxes dropped; codestream boxes copied
   ========  =====================================================================

   The orientation and the ICC profile stay unless :class:`StripOptions` says otherwise.
   **Re-encoding** with Pillow is the last resort, used only when a handler reports that a
   file has no lossless path (it raises :class:`UnsupportedFormatError` from ``strip``):
   none of the formats above does today, so in practice every clean copy is lossless.
   When it happens the result says so (``lossless=False`` and a ``note``), the decoded
   size is checked against ``settings.max_image_pixels`` first (decompression bombs), and
   the orientation is applied to the pixels and the ICC profile carried over.
3. the output is **read back with leakscan's own reader** and scanned for metadata kinds
   (no text scanners: fast). If any location, owner or device id survived — or, for the
   default full strip, any thumbnail, capture time, person name or free-text field — the
   copy is refused with :class:`RedactError`. ``only_gps`` verifies location kinds only, and
   that the text fields whose text says where (:func:`location_texts`, decided from the
   original's findings before the strip) are gone.
   Raw files (DNG, ARW...) keep their embedded previews by design (they are part of the raw
   structure), so a preview there is not counted.
4. "lossless" is **verified, page by page**, before it is claimed: the handler's
   ``pixel_parts`` (the decode-relevant header values and the compressed data of every
   page/frame, see :class:`leakscan.media.base.Handler`) must be equal for the original and
   the copy; a handler without it has every frame decoded with Pillow instead (under the
   ``max_image_pixels`` guard) and compared. A copy whose pictures differ is refused with
   :class:`RedactError` (nothing written) unless the handler itself re-encoded
   (``lossless=False``). When neither way can compare, ``lossless`` is ``None`` (not
   claimed; the note says why) and an original is never replaced by such a copy.
5. the bytes are written with :func:`leakscan.fsutil.atomic_write` (temporary file + rename,
   original file mode kept): an interrupted run leaves the old file or the new one, never
   half of one, and the original is only ever replaced when the destination *is* the
   original (in place).
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, RedactError, TooManyPixelsError, UnsupportedFormatError
from ..findings import Finding, Kind
from ..fsutil import atomic_write
from ..media.base import DECODE_ERRORS, Handler, PillowFormat, RawMetadata, StripOptions, Stripped, field_key
from ..settings import Settings, default_settings
from .pixels import Covered, covered_copy, to_cover

if TYPE_CHECKING:
    from PIL import Image

    from ..photos import Photo

#: Kinds that must not survive the default full strip (location, owner, serials, previews, time, names).
FULL_STRIP_GONE = frozenset(
    {Kind.GPS, Kind.LOCATION, Kind.OWNER, Kind.DEVICE_ID, Kind.THUMBNAIL, Kind.DATETIME, Kind.PERSON}
)
#: Kinds that must not survive ``only_gps``.
LOCATION_GONE = frozenset({Kind.GPS, Kind.LOCATION})
#: Kinds whose finding in a text field makes the field location: ``only_gps`` leaves it out.
LOCATION_TEXT = frozenset({Kind.GPS, Kind.LOCATION, Kind.ADDRESS})
#: What :func:`leftover_kinds` reports for a text field ``only_gps`` was to leave out but is still there.
LOCATION_TEXT_LEFT = "LOCATION_TEXT"
#: Raw formats (as the TIFF handler names them) whose embedded previews are part of the raw
#: structure and are kept by design: a preview there is not a leftover.
RAW_FORMATS = frozenset({"DNG", "ARW", "NEF", "RAW"})

_IDENTIFYING = {k.value for k in (Kind.GPS, Kind.LOCATION, Kind.OWNER, Kind.DEVICE_ID)}
#: What :func:`leftover_kinds` reports for a free-text field left in a full strip.
TEXT_LEFT = "TEXT"
#: What :func:`leftover_kinds` reports when the copy cannot be fully read back (never verified clean).
UNCHECKED_LEFT = "UNCHECKED"


@dataclass(frozen=True)
class CleanImage:
    """A clean copy of one photo or video, verified before it is handed out -- or why none could be made.

    The one record of a clean copy, from the strip to every front end: :func:`clean_image_bytes`
    makes it, :func:`redact_image_file` adds where it went, :func:`leakscan.check_post` holds
    one per photo (``data`` None and ``error`` set when none could be made), and the CLI's
    redaction records carry it without its bytes (they are in the file written).
    """

    #: The clean copy; None when none could be made (``error`` says why), or when its bytes
    #: were let go once written (``output`` says where).
    data: bytes | None
    #: The sniffed format ("JPEG", "PNG", "HEIF", "QUICKTIME"...).
    format: str | None = None
    #: True when the pictures (or video) of every page/frame were verified unchanged, False
    #: when they were re-encoded, None when they could not be compared (see ``note``).
    lossless: bool | None = None
    #: What was removed, by block/field name (never a value).
    removed: tuple[str, ...] = ()
    #: Why the copy had to be re-encoded, or what could not be kept; None when nothing to say.
    note: str | None = None
    #: What the original gave away (from :mod:`leakscan.photos`), with severity and message.
    findings_before: tuple[Finding, ...] = ()
    #: True when the clean copy differs from the original.
    changed: bool = False
    #: Why no clean copy could be made (never a value of the file); None when one was.
    error: str | None = None
    #: Where the copy was written (None: nowhere yet, or a dry run).
    output: Path | None = None
    #: True when a file was written (False in a dry run, and in place when nothing changed).
    written: bool = False
    #: The regions of the picture covered because of what they showed (text, QR codes, faces
    #: when asked), each with its kind and box, never a value: the copy was then re-encoded
    #: (``lossless`` False) and verified to read none of it back. Empty: no pixel was touched.
    covered: tuple[Covered, ...] = ()

    @property
    def media_type(self) -> str:
        """The content type of the clean copy (``image/jpeg``...), as its format's handler declares it."""
        from ..media import media_type

        return media_type(self.format)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, as the HTTP service answers it: ``data`` is base64."""
        return {
            "data": base64.b64encode(self.data).decode("ascii") if self.data is not None else None,
            "format": self.format,
            "media_type": self.media_type if self.data is not None else None,
            "lossless": self.lossless,
            "removed": list(self.removed),
            "note": self.note,
            "error": self.error,
            "covered": [c.to_dict() for c in self.covered],
        }


# -- bytes ------------------------------------------------------------------------------------------


def clean_image_bytes(
    data: bytes | Photo,
    options: StripOptions = StripOptions(),  # noqa: B008 - frozen, safe as a default
    settings: Settings | None = None,
    *,
    findings: Sequence[Finding] | None = None,
    replaces_original: bool = False,
) -> CleanImage:
    """Strip ``data`` (an image or video, as bytes or as a :class:`~leakscan.photos.Photo`
    already read) and verify the result; nothing is written.

    ``findings`` are the original's findings if the caller already scanned it (the CLI
    does), else it is scanned here. ``replaces_original`` says the copy is meant to go over
    the original (in place): then a copy whose pictures could not be compared is refused. Raises :class:`UnsupportedFormatError` (not a supported
    file), :class:`InputError` (a broken one), :class:`LimitError` (over ``max_file_bytes``
    or, when re-encoding, ``max_image_pixels``) and :class:`RedactError` (the clean copy
    failed verification: metadata left, or pictures that differ from the original's).
    Messages never contain a metadata value.
    """
    from ..photos import open_photo, scan_image

    settings = _settings(settings)
    # Read once (a Photo was already): the scan below and the strip work from the same parse.
    photo = open_photo(data, settings)
    handler, meta, data = photo.handler, photo.meta, photo.data
    if findings is None:
        findings = scan_image(photo, settings).findings
    if options.only_gps:  # decided here from what the scan found: the strip never scans
        options = replace(options, drop_texts=options.drop_texts | location_texts(meta, findings))
    elif options.keep_icc:  # the colour profile stays, not the texts in it that hold a finding
        options = replace(options, drop_texts=options.drop_texts | profile_texts(meta, findings))
    cover = to_cover(findings, blur_faces=options.blur_faces)
    covered: tuple[Covered, ...] = ()
    if cover:  # the picture shows something: covered, re-encoded, verified (redact/pixels.py)
        stripped, covered = _covered(photo, cover, options, settings)
    else:
        stripped = _strip(handler, data, options, settings)
    _verify(stripped.data, options, settings, previews_kept=meta.format in RAW_FORMATS)
    lossless, note = _pictures_kept(handler, data, stripped, settings)
    if replaces_original and lossless is None and stripped.data != data:
        raise RedactError("the pictures of the clean copy could not be verified; the original was not replaced")
    return CleanImage(
        data=stripped.data,
        format=handler.format,
        lossless=lossless,
        removed=tuple(stripped.removed),
        note=note,
        findings_before=tuple(findings),
        changed=stripped.data != data,
        covered=covered,
    )


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else default_settings()


def _strip(handler: Handler, data: bytes, options: StripOptions, settings: Settings) -> Stripped:
    """The handler's lossless strip; a re-encode only when the handler says there is no lossless path."""
    try:
        return handler.strip(data, options)
    except UnsupportedFormatError as exc:
        pillow = handler.pillow  # how to re-encode, if the format ever is
        if pillow is None or pillow.writer is None:
            raise
        return _reencode(data, handler.format, pillow, options, settings, reason=str(exc))
    except (InputError, RedactError):
        raise
    except DECODE_ERRORS as exc:
        # a handler bug on hostile input: a broken file, never a crash (and never a value)
        raise InputError(f"{handler.format} file could not be cleaned ({type(exc).__name__})") from None


def _reencode(
    data: bytes, fmt: str, pillow: PillowFormat, options: StripOptions, settings: Settings, *, reason: str
) -> Stripped:
    """Decode and re-encode the pixels with no metadata (the last resort; see the module doc),
    with the writer and settings the format's handler names."""
    from PIL import Image, ImageOps

    pillow.ready()
    try:
        with Image.open(io.BytesIO(data)) as im:
            width, height = im.size
            if width * height > settings.max_image_pixels:
                raise TooManyPixelsError(
                    f"image is {width * height:,} pixels, over the limit of {settings.max_image_pixels:,} "
                    "(setting max_image_pixels)"
                )
            if getattr(im, "n_frames", 1) > 1:
                raise InputError(f"animated {fmt} cannot be re-encoded without losing frames")
            icc = im.info.get("icc_profile") if options.keep_icc else None
            picture = ImageOps.exif_transpose(im) if options.keep_orientation else im.copy()
    except Image.DecompressionBombError:
        raise TooManyPixelsError("image is too large to decode (decompression bomb guard)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{fmt} file could not be decoded for re-encoding ({type(exc).__name__})") from None
    note = f"re-encoded: {reason}; the pixels were decoded and saved again without metadata"
    return Stripped(data=_encode(picture, fmt, pillow, icc), lossless=False, removed=("all metadata",), note=note)


def _encode(picture: Image.Image, fmt: str, pillow: PillowFormat, icc: bytes | None) -> bytes:
    """``picture`` saved with the format's writer and settings, with no metadata but ``icc``.

    What Pillow read into ``picture.info`` goes first (but the transparent colour): its writers
    save a comment, XMP or EXIF found there even when not asked to.
    """
    for key in [k for k in picture.info if k != "transparency"]:
        del picture.info[key]
    out = io.BytesIO()
    params: dict[str, object] = {"icc_profile": icc} if icc else {}
    params.update(pillow.save_options)
    writer = pillow.writer or fmt
    if writer == "JPEG" and picture.mode not in ("RGB", "L", "CMYK"):
        picture = picture.convert("RGB")
    picture.save(out, writer, **params)
    return out.getvalue()


def _covered(
    photo: Photo, cover: Sequence[Finding], options: StripOptions, settings: Settings
) -> tuple[Stripped, tuple[Covered, ...]]:
    """A copy of ``photo`` with what ``cover``'s findings show covered in its pixels, verified
    (:func:`leakscan.redact.pixels.covered_copy`), re-encoded with no metadata (but the colour
    profile when kept). Raises :class:`RedactError` when the picture cannot be decoded or
    written again, holds more than one picture, or the covering cannot be verified."""
    from ..photos import decode_picture, picture_count

    pillow = photo.handler.pillow
    if photo.media != "image" or pillow is None or pillow.writer is None:
        raise RedactError(
            f"what the picture shows cannot be covered: leakscan cannot write {photo.handler.label} files; "
            "nothing was written"
        )
    if picture_count(photo) > 1:
        raise RedactError(
            "the file holds more than one picture: covering the first would lose the others; nothing was written"
        )
    try:
        picture = decode_picture(photo, settings)
    except InputError as exc:
        raise RedactError(
            f"the picture could not be decoded to cover what it shows ({exc}); nothing was written"
        ) from None
    icc = picture.info.get("icc_profile") if options.keep_icc else None
    data, covered = covered_copy(picture, cover, lambda p: _encode(p, photo.format, pillow, icc), settings)
    kinds = ", ".join(dict.fromkeys(c.kind for c in covered))
    note = f"re-encoded: what the picture shows was covered ({kinds}); the pixels were saved again without metadata"
    return Stripped(data=data, lossless=False, removed=("all metadata",), note=note), covered


def location_texts(meta: RawMetadata, findings: Sequence[Finding]) -> frozenset[str]:
    """The text fields an only-GPS copy leaves out, by name (for :attr:`StripOptions.drop_texts`).

    A field is location when a finding of :data:`LOCATION_TEXT` names it -- a place or an
    address in a comment, coordinates written in a description, a text chunk called
    ``Location`` -- and so is every other field holding the same text (a description is often
    written to EXIF, XMP and IPTC alike; findings name only the first copy). The file name is
    no field of the file. ``meta`` is the original's, as read (nothing is scanned again).
    """
    from ..scanners.photo_metadata import text_fields

    named = {field_key(f.field) for f in findings if f.kind in LOCATION_TEXT and f.field and f.field != "FileName"}
    return _and_copies(named, text_fields(meta))


def profile_texts(meta: RawMetadata, findings: Sequence[Finding]) -> frozenset[str]:
    """The texts of the kept ICC colour profile a full strip blanks (it keeps the profile for
    the colours): every one a finding names, and every other one of the profile holding the
    same text (findings name only the first copy)."""
    from ..media.icc import GROUP
    from ..scanners.photo_metadata import text_fields

    named = {field_key(f.field) for f in findings if f.field and field_key(f.field).startswith(GROUP + " ")}
    return _and_copies(named, [(n, t) for n, t in text_fields(meta) if field_key(n).startswith(GROUP + " ")])


def _and_copies(named: set[str], fields: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The fields ``named`` (by :func:`field_key`), and every other of ``fields`` holding the
    same text as one of them (findings name only the first copy)."""
    if not named:
        return frozenset()
    keyed = [(field_key(name), _same_text(text)) for name, text in fields]
    said = {text for name, text in keyed if name in named}
    return frozenset(named | {name for name, text in keyed if text in said})


def _same_text(text: str) -> str:
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=64)
def _metadata_only(settings: Settings) -> Settings:
    """The same settings with only the photo metadata scanner (no text scanners: fast)."""
    return replace(settings, scanners=("photo_metadata",), ignore_kinds=(), allow=())


def leftover_kinds(
    data: bytes, options: StripOptions, settings: Settings | None = None, *, previews_kept: bool = False
) -> set[str]:
    """The kinds (``"GPS"``, ``"OWNER"``...) a clean copy must not hold but ``data`` does.

    Reads ``data`` with leakscan's own reader and runs the metadata scanner alone (no text
    scanners). With the default full strip a free-text field left behind counts too, as
    :data:`TEXT_LEFT`, and so does a text of the kept colour profile ``options.drop_texts``
    names; with ``only_gps`` a field ``options.drop_texts`` names that is still there counts
    as :data:`LOCATION_TEXT_LEFT`; ``previews_kept`` (raw files) does not count
    embedded previews. A copy leakscan cannot fully read back (a parser limit, a structure
    not understood) reports :data:`UNCHECKED_LEFT`. An empty set means verified.
    """
    from ..photos import detect_image
    from ..scanners.photo_metadata import text_fields

    findings, meta, _ = detect_image(data, _metadata_only(_settings(settings)))
    banned = LOCATION_GONE if options.only_gps else FULL_STRIP_GONE
    if previews_kept:
        banned = banned - {Kind.THUMBNAIL}
    left = {f.kind.value for f in findings if f.kind in banned}
    if not options.only_gps and any(text.strip() for _, text in meta.texts):
        left.add(TEXT_LEFT)
    if options.drop_texts and any(options.drops(name) for name, _ in text_fields(meta)):
        left.add(LOCATION_TEXT_LEFT if options.only_gps else TEXT_LEFT)
    if meta.incomplete:  # what could not be read back cannot be called clean
        left.add(UNCHECKED_LEFT)
    return left


def _verify(data: bytes, options: StripOptions, settings: Settings, *, previews_kept: bool) -> None:
    try:
        left = leftover_kinds(data, options, settings, previews_kept=previews_kept)
    except InputError:
        raise RedactError("the clean copy could not be read back for verification; nothing was written") from None
    if left == {UNCHECKED_LEFT}:
        raise RedactError(
            "the clean copy could not be fully read back (cut short, or past leakscan's limits); nothing was written"
        )
    if left:
        kinds = ", ".join(sorted(left))
        what = "location/owner/serial metadata" if left & _IDENTIFYING else "identifying metadata"
        raise RedactError(f"still holds {what} after stripping ({kinds}); nothing was written")


# -- pictures ---------------------------------------------------------------------------------------


def _pictures_kept(
    handler: Handler, original: bytes, stripped: Stripped, settings: Settings
) -> tuple[bool | None, str | None]:
    """``(lossless, note)`` for a clean copy, after comparing its pictures with the original's.

    Every page/frame is compared: through the handler's ``pixel_parts`` when it has them
    (no decoding), else by decoding both with Pillow. A handler's own re-encode is reported
    as such (False). When neither way can compare, ``lossless`` is None and the note says
    why. Raises :class:`RedactError` when the copy's pictures differ (or cannot be read back
    while the original's can).
    """
    if not stripped.lossless:
        return False, stripped.note
    if stripped.data == original:
        return True, stripped.note
    parts: Callable[[bytes], list[bytes]] | None = getattr(handler, "pixel_parts", None)
    before = after = None
    if parts is not None:
        try:
            before = _digests(parts(original))
        except (InputError, NotImplementedError):
            before = None  # the original's structure cannot be followed: try decoding
        if before is not None:
            try:
                after = _digests(parts(stripped.data))
            except (InputError, NotImplementedError):
                raise RedactError(
                    "the clean copy's picture data could not be read back for comparison; nothing was written"
                ) from None
    if before is None:
        before = _decoded_frames(original, handler, settings)
        if before is None:
            why = "the pictures were not compared (no picture check for this file, and it could not be decoded)"
            return None, f"{stripped.note}; {why}" if stripped.note else why
        after = _decoded_frames(stripped.data, handler, settings)
    if after != before:
        differ = next((i for i, (a, b) in enumerate(zip(before, after or [], strict=False)) if a != b), None)
        where = f"page {differ + 1} of {len(before)}" if differ is not None else "not the same number of pages"
        raise RedactError(f"the clean copy's pictures differ from the original's ({where}); nothing was written")
    return True, stripped.note


def _digests(parts: list[bytes]) -> list[bytes]:
    """A digest of every pixel part: one side's parts are let go before the other's are taken
    (a handler may hand back copies of picture data, most of the file)."""
    return [hashlib.blake2b(part, digest_size=32).digest() for part in parts]


def _decoded_frames(data: bytes, handler: Handler, settings: Settings) -> list[bytes] | None:
    """A digest of every decoded page/frame (mode, size, pixels), or None when Pillow cannot
    decode them all within ``max_image_pixels`` (all frames together)."""
    from PIL import Image, ImageSequence

    if handler.pillow is None:  # Pillow cannot open the format
        return None
    handler.pillow.ready()
    budget = settings.max_image_pixels
    out: list[bytes] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                for frame in ImageSequence.Iterator(im):
                    budget -= frame.size[0] * frame.size[1]
                    if budget < 0:
                        return None
                    digest = hashlib.blake2b(f"{frame.mode} {frame.size}".encode(), digest_size=32)
                    digest.update(frame.tobytes())
                    out.append(digest.digest())
    except Exception:  # any decoder failure, on any input, means "cannot compare"
        return None
    return out or None


# -- files ------------------------------------------------------------------------------------------


def redact_image_file(
    src: Path,
    dst: Path | None,
    options: StripOptions = StripOptions(),  # noqa: B008 - frozen, safe as a default
    *,
    dry_run: bool = False,
    settings: Settings | None = None,
    findings: Sequence[Finding] | None = None,
) -> CleanImage:
    """Write a verified clean copy of the image/video ``src`` to ``dst`` (``None``: in place).

    ``src`` is only read, unless ``dst`` is ``src`` itself (or None). The copy is written
    atomically (temporary file in the destination folder, then a rename) with ``src``'s
    permission bits; an in-place run that changes nothing leaves the file untouched. With
    ``dry_run`` everything is computed and verified but nothing is written. ``findings``
    can pass the original's findings when the caller already scanned it. Raises like
    :func:`clean_image_bytes`, plus :class:`InputError` when ``src`` cannot be read and
    :class:`RedactError` when ``dst`` cannot be written.
    """
    from ..photos import read_source

    settings = _settings(settings)
    src = Path(src)
    target = src if dst is None else Path(dst)
    in_place = target == src or _same_file(src, target)
    data = read_source(src, settings)
    clean = clean_image_bytes(data, options, settings, findings=findings, replaces_original=in_place)
    assert clean.data is not None  # clean_image_bytes makes one, or raises
    written = False
    if not dry_run and (clean.changed or not in_place):
        atomic_write(target, clean.data, like=src)
        written = True
    return replace(clean, output=None if dry_run else target, written=written)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


__all__ = ["CleanImage", "clean_image_bytes", "leftover_kinds", "redact_image_file"]
