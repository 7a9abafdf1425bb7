"""Scan one photo or video for what its metadata gives away: the API for apps and the CLI.

>>> from leakscan.photos import scan_image
>>> result = scan_image("holiday.jpg")            # or scan_image(uploaded_bytes, name="holiday.jpg")
>>> result.verdict, [f.kind.value for f in result.findings]   # doctest: +SKIP
(<Verdict.BLOCK: 'block'>, ['GPS', 'OWNER', 'DATETIME'])

The format is sniffed from the content, never from the extension. A scan reads the
metadata, and -- unless ``Settings.pixels`` is off (``--no-pixels``) -- what a still picture
shows: :func:`decode_picture` decodes it once, within ``max_image_pixels``, and
:func:`leakscan.scanners.pixels.scan_pixels` reads the text in it (OCR), its QR codes and
barcodes, and its faces; those findings carry a ``box``. What could not be read (a picture
too big or impossible to decode, text or a code read in part, a pixel scanner that failed)
makes the photo *not fully checked*, never ok. The frames of a video are not read.
A file that cannot be read never raises from :func:`scan_image`: its
:class:`~leakscan.findings.ScanResult` carries a one-line ``error``.

:func:`open_photo` reads a photo once -- its bytes within ``max_file_bytes``, its format
sniffed, its metadata blocks found -- and raises a precise :class:`~leakscan.errors.InputError`
when it cannot; everything after (a scan, a clean copy, :func:`leakscan.check_post`, the
service) works from the :class:`Photo` it returns, so nothing is sniffed or parsed twice.
"""

from __future__ import annotations

import ctypes
import functools
import io
import os
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from . import policy
from .errors import InputError, LeakscanError, LimitError, TooManyPixelsError, UnsupportedFormatError
from .findings import Finding, ScanResult
from .fsutil import read_input
from .media import sniff
from .media.base import DECODE_ERRORS, Handler, RawMetadata
from .scanners import photo_metadata, pixels
from .scanners.base import PartialFindings
from .settings import Settings, default_settings

if TYPE_CHECKING:
    from PIL import Image

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
    #: The picture a scan decoded and found something in, kept for the covered copy that
    #: usually follows: :func:`decode_picture` takes it (one decode for a scan and a cover).
    _picture: dict[str, Image.Image] = field(default_factory=dict, init=False, repr=False, compare=False)

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

    The pre-upload check does (:func:`leakscan.check_post`, the service) to refuse the photo;
    a scan's :func:`decode_picture` does too, and reports the picture as not fully checked.
    """
    limit = _settings(settings).max_image_pixels
    width, height = photo.size
    if width is not None and height is not None and width * height > limit:
        raise TooManyPixelsError(
            f"image is {width}x{height} pixels, over the limit of {limit:,} (setting max_image_pixels)"
        )


#: Most different pictures of one file read for what they show (frames of an animation, pages
#: of a TIFF): a frame the same as the one before it is not read again and not counted. A file
#: with more is not fully checked.
MAX_PICTURES = 12

#: One photo's pictures decoded and read at a time per process (:func:`scan_picture`): the
#: models run one picture at a time anyway (each on its own core), and a service answering many
#: posts with photos at once decoded every photo while it waited for them -- 40 posts with a
#: 12 MP photo held 1.1 GB (benchmarks/service.py). Waiting here holds no picture.
_ONE_PHOTO_AT_A_TIME = threading.Lock()


def decode_picture(photo: Photo, settings: Settings | None = None) -> Image.Image:
    """The picture a still photo shows, decoded once, upright (its orientation tag applied:
    boxes found in it are where a viewer sees them), in RGB or grey.

    Multi-picture files give their first picture (:func:`picture_count` says how many there
    are; :func:`scan_picture` reads them all). Raises :class:`TooManyPixelsError` over
    ``max_image_pixels`` (checked before any pixel is decoded), and :class:`InputError` when
    the picture cannot be decoded (a video, a format Pillow has no decoder for, a broken or
    cut file). No value in a message.

    A picture a scan of ``photo`` already decoded and found something in is handed over (once),
    not decoded again.
    """
    settings = _settings(settings)
    kept = photo._picture.pop("first", None)
    if kept is not None:
        check_pixels(photo, settings)
        return kept
    return next(_pictures(photo, settings))


def _pictures(photo: Photo, settings: Settings) -> Iterator[Image.Image]:
    """Every picture of a still photo, decoded one after the other (one open, one pass: a GIF's
    frame is decoded from the one before), as :func:`decode_picture` gives the first. All of
    them together stay within ``max_image_pixels``. Raises like :func:`decode_picture`."""
    from PIL import Image, ImageSequence

    check_pixels(photo, settings)
    _heap_for_pictures()
    pillow = photo.handler.pillow
    if photo.media != "image" or pillow is None:
        raise InputError(f"the pictures of a {photo.handler.label} file cannot be decoded here")
    pillow.ready()
    budget = settings.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own bound; the bound that counts is checked below, before decoding.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(photo.data)) as im:
                # a JPEG's other pictures (MPF) are the camera's previews, depth or gain maps
                alone = photo.format == "JPEG" or getattr(im, "n_frames", 1) == 1
                for frame in [im] if alone else ImageSequence.Iterator(im):
                    width, height = frame.size
                    budget -= width * height
                    if budget < 0:
                        raise TooManyPixelsError(
                            f"image is {width}x{height} pixels, over the limit of {settings.max_image_pixels:,} "
                            "with its other pictures (setting max_image_pixels)"
                        )
                    frame.load()
                    # a picture alone is turned in place (a 12 MP photo's copy cost ~30 ms of
                    # CPU); a frame is copied, as the next one is decoded from it
                    picture = _upright(frame, own=alone)
                    if alone and picture is not im:
                        # the decoded original goes now, not once the picture is scanned: a
                        # 12 MP photo was held twice (36 MB more at the scan's peak)
                        im.close()
                    yield picture
    except Image.DecompressionBombError:
        raise TooManyPixelsError("image is too large to decode (decompression bomb guard)") from None
    except LeakscanError:
        raise
    except Exception as exc:  # any decoder failure, on any input: the pixels were not read
        raise InputError(f"the {photo.format} picture could not be decoded ({type(exc).__name__})") from None


@functools.cache
def _heap_for_pictures() -> None:
    """Tune glibc's malloc for the pixel scan, from the first picture decoded on (once per
    process, before the models' threads start; elsewhere than glibc, nothing).

    onnxruntime runs without a memory arena, so every activation is a malloc: its worker
    threads each got a malloc arena of their own (what one freed the others could not reuse),
    and glibc raised its mmap threshold to the largest block freed (up to 32 MiB), so a freed
    picture's successors came from the heap. The heap stayed fragmented at its peak and grew
    by ~18 MB per 12 MP photo. One arena, and blocks of 16 MiB or more (pictures, decoder
    buffers) always mapped and unmapped: a 12 MP photo's scan peaks ~100 MB lower at the same
    speed (benchmarks/memory.py --pixels). A threshold of 8 MiB saved ~60 MB more but cost
    ~80 ms of CPU per 12 MP photo in page faults (the detectors' activations)."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, 1)
        libc.mallopt(_M_MMAP_THRESHOLD, 16 << 20)


def _give_back_memory() -> None:
    """Return the heap's free pages to the system after a picture (glibc's ``malloc_trim``):
    the next picture, or the rest of a long-running service, starts from what is in use."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # glibc's malloc.h


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """glibc, or None (another C library: musl, macOS, Windows)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018 - both exist in glibc only
    except (OSError, AttributeError):
        return None
    return libc


def _upright(frame: Image.Image, *, own: bool = False) -> Image.Image:
    """A decoded frame as the pixel scanners take it: upright, in RGB(A) or grey; a copy, but
    when the frame is ``own`` (the caller's alone: it may be turned in place)."""
    from PIL import ImageOps

    if own:
        ImageOps.exif_transpose(frame, in_place=True)
        picture = frame
    else:
        picture = ImageOps.exif_transpose(frame)
    if picture.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit grey: scaled, not clipped to white
        return picture.point(lambda v: v / 256).convert("L")
    if picture.mode not in ("RGB", "L", "RGBA", "LA"):
        return picture.convert("RGBA" if picture.has_transparency_data else "RGB")
    return picture


def picture_count(photo: Photo) -> int:
    """How many separate pictures a still photo holds that a viewer shows (pages of a TIFF,
    frames of an animation, images of a HEIF collection); 1 when it cannot tell.

    The second pictures of a JPEG (MPF) are the camera's previews, depth or gain maps of the
    one picture: a JPEG counts 1.
    """
    if photo.format == "JPEG" or photo.handler.pillow is None:
        return 1
    from PIL import Image

    photo.handler.pillow.ready()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(photo.data)) as im:
                return max(int(getattr(im, "n_frames", 1)), 1)
    except Exception:  # decode_picture says why it cannot be read
        return 1


def scan_picture(photo: Photo, settings: Settings | None = None) -> PartialFindings:
    """What a still photo shows (text, codes, faces: findings with a ``box``), and why it was
    not fully checked (``incomplete``: a picture that could not be decoded, pictures left
    unread, a pixel scanner's own reasons). No pixel of a video is read (empty result).

    Every picture of the file is read (the frames of an animation, the pages of a TIFF, up to
    :data:`MAX_PICTURES` different ones); a finding repeated on several frames is listed once.
    """
    settings = _settings(settings)
    found = PartialFindings()
    if photo.media != "image":
        return found
    seen: set[tuple[object, ...]] = set()
    read, last, first = 0, None, None
    try:
        with _ONE_PHOTO_AT_A_TIME:
            for picture in _pictures(photo, settings):
                if last is not None and _same(last, picture):
                    continue  # the same as the frame before (a pause in an animation)
                if read == MAX_PICTURES:
                    found.not_fully_checked(f"more than {MAX_PICTURES} different pictures: the rest were not read")
                    break
                read, last = read + 1, picture
                shown = pixels.scan_pixels(picture, settings)
                if read == 1 and any(f.box is not None for f in shown):
                    first = picture  # what a covered copy covers: kept if it is the only picture
                _give_back_memory()
                for reason in shown.incomplete:
                    found.not_fully_checked(reason)
                for f in shown:
                    if (key := (f.kind, f.text, f.box, f.field)) not in seen:
                        seen.add(key)
                        found.append(f)
    except InputError as exc:
        found.not_fully_checked(f"what the picture shows was not read: {exc}")
    if first is not None and read == 1:
        photo._picture["first"] = first
    return found


def _same(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and a.mode == b.mode and a.tobytes() == b.tobytes()


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
    incomplete = list(meta.incomplete)
    if pixels.enabled(settings):  # the metadata's findings and the picture's, side by side in one result
        shown = scan_picture(photo, settings)
        findings.extend(shown)
        incomplete.extend(shown.incomplete)
    decided, verdict = policy.decide(findings, settings)
    info = {"format": meta.format, "width": meta.width, "height": meta.height}
    if meta.warnings:
        info["warnings"] = list(dict.fromkeys(meta.warnings))[:20]
    return ScanResult(
        source=label, type=media, verdict=verdict, findings=decided, info=info, error=incomplete_reason(incomplete)
    )


def incomplete_reason(reasons: RawMetadata | Sequence[str]) -> str | None:
    """The one-line ``error`` of a photo that could not be fully checked (``reasons``, or a
    photo's metadata and its ``incomplete``), or None when it was."""
    reasons = list(dict.fromkeys(reasons.incomplete if isinstance(reasons, RawMetadata) else reasons))
    if not reasons:
        return None
    more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
    return f"could not be fully checked: {reasons[0]}{more}"


__all__ = [
    "MAX_PICTURES",
    "ImageSource",
    "Photo",
    "check_pixels",
    "decode_picture",
    "detect_image",
    "incomplete_reason",
    "open_photo",
    "picture_count",
    "read_image",
    "read_source",
    "scan_image",
    "scan_picture",
]
