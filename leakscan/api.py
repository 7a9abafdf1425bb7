"""One-call functions for apps: scan or redact a post, or check a whole post with its photos.

:func:`check_post` (and :class:`Checker`, which holds an app's settings) is the pre-upload
hook: text plus photos in, a verdict, findings with child-friendly messages, the redacted
text and clean photo copies out. The HTTP service (:mod:`leakscan.server`) is a thin front
end over it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from . import posts
from .conversation import ContextMessage
from .errors import LeakscanError, SettingsError
from .findings import Finding, ScanResult, Verdict
from .media.base import StripOptions
from .redact.text import STYLES, mask_findings
from .settings import Settings, default_settings

if TYPE_CHECKING:  # photos (Pillow, the format handlers) is imported when a post has photos
    from .photos import ImageSource, Photo
    from .redact.image import CleanImage


@dataclass(frozen=True)
class RedactedText:
    """A post after redaction: the clean text and the scan that produced it.

    ``text`` is None when the post could not be checked (``result.error`` says why: over
    ``max_text_chars``, a scanner that failed): a post that was not fully scanned has no
    safe redacted version, and the original is never handed back as one.
    """

    text: str | None
    result: ScanResult

    @property
    def changed(self) -> bool:
        """True when ``text`` differs from the post (False when there is no ``text``)."""
        return self.text is not None and any(f.is_span for f in self.result.findings)


def _redacted(text: str, result: ScanResult, style: str) -> str | None:
    """``text`` with ``result``'s findings masked, or None when it was not fully checked."""
    return None if result.error else mask_findings(text, result.findings, style)


def scan_text(text: str, settings: Settings | None = None) -> ScanResult:
    """Scan one post and return its verdict and findings (each with a child-friendly message).

    >>> result = scan_text("call me on 217 555 0134")
    >>> result.verdict.value, [f.kind.value for f in result.findings]
    ('block', ['PHONE'])
    """
    return posts.scan_text(text, settings)


def redact_text(text: str, settings: Settings | None = None, *, style: str = "placeholder") -> RedactedText:
    """Scan one post and mask what it leaks (``[PHONE]`` placeholders, or ``*`` with ``style="mask"``).

    Characters outside the findings are returned exactly as given. A post that could not be
    checked comes back with ``text=None`` (see :class:`RedactedText`).
    """
    result = posts.scan_text(text, settings)
    return RedactedText(text=_redacted(text, result, style), result=result)


# -- checking a whole post (text + photos) for apps ----------------------------------------

#: A sample post that touches every text scanner once (all synthetic, no real child).
_WARM_UP_TEXT = (
    "hi im Emma Johnson, 11, year 6 at Lincoln Elementary. I live at 42 Oak Street Springfield, "
    "call me on (217) 555-0134 or emma.j2013@example.com, snap: emmaj11, born 14/02/2013"
)


@dataclass(frozen=True)
class PostCheck:
    """What leakscan says about one post before it goes out: its text and its photos.

    ``verdict`` is the worst of the text's and the photos' verdicts. ``redacted_text`` is
    the post with every text finding masked (equal to the text when nothing was found), or
    None when the text could not be checked (``errors`` says why; the verdict is block): a
    post that was not fully scanned has no safe redacted version.
    ``cleaned`` holds one :class:`~leakscan.redact.image.CleanImage` per photo when clean
    copies were asked for (``clean_images=True``; ``data`` None and ``error`` set for a photo
    that could not be cleaned), else it is empty.
    """

    verdict: Verdict
    text_result: ScanResult
    image_results: tuple[ScanResult, ...] = ()
    redacted_text: str | None = ""
    cleaned: tuple[CleanImage, ...] = ()

    @property
    def cleaned_images(self) -> tuple[bytes | None, ...]:
        """The clean copies' bytes, one per photo (None for a photo that could not be cleaned).

        Empty when clean copies were not asked for.
        """
        return tuple(c.data for c in self.cleaned)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the post: its text's, then each photo's in order."""
        return self.text_result.findings + tuple(f for r in self.image_results for f in r.findings)

    @property
    def text_changed(self) -> bool:
        """True when the redacted text differs from the post (False when there is none)."""
        return self.redacted_text is not None and any(f.is_span for f in self.text_result.findings)

    @property
    def errors(self) -> tuple[str, ...]:
        """One-line reasons for the parts that could not be checked (no values in them)."""
        return tuple(r.error for r in (self.text_result, *self.image_results) if r.error)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (clean copies as base64), the shape the HTTP service answers with."""
        return {
            "verdict": self.verdict.value,
            "text": self.text_result.to_dict(),
            "redacted_text": self.redacted_text,
            "text_changed": self.text_changed,
            "images": [r.to_dict() for r in self.image_results],
            "cleaned_images": [c.to_dict() for c in self.cleaned] if self.cleaned else None,
        }


def _as_settings(settings: Settings | Mapping[str, Any] | None, base: Settings | None = None) -> Settings:
    """A :class:`Settings` from a Settings, a mapping (validated, unknown keys refused) or None."""
    if settings is None:
        return base or default_settings()
    if isinstance(settings, Settings):
        return settings
    if isinstance(settings, Mapping):
        return base.merged(settings) if base is not None else Settings.from_dict(settings)
    raise SettingsError("settings must be a Settings or a mapping of setting names to values")


def _image_name(source: ImageSource, index: int) -> str:
    """How a photo of a post is reported: its path, or ``images[N]`` when it came as bytes."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return f"images[{index}]"
    return os.fspath(source) if isinstance(source, (str, os.PathLike)) else source.name or f"images[{index}]"


def _photos_of(images: Sequence[ImageSource] | ImageSource) -> list[ImageSource]:
    """The photos of a post: one given alone (a path, its bytes, a Photo) is a post of one."""
    if isinstance(images, (str, bytes, bytearray, memoryview, os.PathLike)) or not isinstance(images, Iterable):
        return [images]
    return list(images)


_warm_lock = threading.Lock()
_warmed: set[str] = set()


def warm_up(settings: Settings | None = None) -> None:
    """Load everything a check needs (the spaCy model, name lists, photo readers) once per process.

    Safe to call from many threads at once: the first caller loads, the others wait for it.
    :func:`check_post` calls it on first use, so calling it yourself only moves the cost
    to start-up (the HTTP service does this before taking requests).
    """
    settings = settings or default_settings()
    if settings.model in _warmed:
        return
    with _warm_lock:
        if settings.model in _warmed:
            return
        sample = replace(settings, scanners=(), allow=(), ignore_kinds=())
        posts.scan_text(_WARM_UP_TEXT, sample)
        with contextlib.suppress(ImportError):  # imports Pillow and the format handlers
            importlib.import_module("leakscan.photos")

        _warmed.add(settings.model)


def _check(
    text: str,
    images: Sequence[ImageSource],
    settings: Settings,
    *,
    clean_images: bool,
    style: str,
    options: StripOptions | None,
    context: Sequence[ContextMessage] | None = None,
) -> PostCheck:
    if style not in STYLES:
        raise ValueError(f"unknown redaction style {style!r} (expected one of: {', '.join(STYLES)})")
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    warm_up(settings)
    text_result = posts.scan_text(text, settings, context=context)
    redacted = _redacted(text, text_result, style)
    image_results: list[ScanResult] = []
    cleaned: list[CleanImage] = []
    for index, source in enumerate(_photos_of(images)):
        from .photos import check_pixels, open_photo, scan_image

        name = _image_name(source, index)
        photo: Photo | None = None  # read once: the scan and the clean copy both work from it
        try:
            opened = open_photo(source, settings)
            check_pixels(opened, settings)
            photo = opened
            # A path's file name is scanned too ("emma_at_lincoln.jpg"); bytes have none.
            result = replace(scan_image(photo, settings), source=name)
        except LeakscanError as exc:
            result = ScanResult(source=name, type="image", error=str(exc))
        image_results.append(result)
        if clean_images:
            cleaned.append(_clean(photo, result, settings, options or StripOptions()))
    worst = max((r.verdict for r in (text_result, *image_results)), key=lambda v: v.rank)
    return PostCheck(
        verdict=worst,
        text_result=text_result,
        image_results=tuple(image_results),
        redacted_text=redacted,
        cleaned=tuple(cleaned),
    )


def _clean(photo: Photo | None, result: ScanResult, settings: Settings, options: StripOptions) -> CleanImage:
    """The clean copy of one photo of a post, or why none could be made (never raises)."""
    from .redact.image import CleanImage, clean_image_bytes

    if photo is None:  # not read, or refused; a photo read in part goes on: the strip's check decides
        return CleanImage(data=None, error=result.error or "image could not be read")
    try:
        clean = clean_image_bytes(photo, options, settings, findings=result.findings)
        if result.error is not None:
            # The original was not fully checked (its metadata or what its picture shows read in
            # part): the copy is read whole, as redact reads it, and refused when it cannot be
            # fully checked either -- a stripped copy may still show what was never read.
            from .photos import scan_image

            again = scan_image(clean.data or b"", settings)
            if again.error is not None:
                return CleanImage(data=None, error=f"the clean copy {again.error}; no copy is given")
        return clean
    except LeakscanError as exc:
        return CleanImage(data=None, error=str(exc))


def check_post(
    text: str = "",
    images: Sequence[ImageSource] = (),
    settings: Settings | Mapping[str, Any] | None = None,
    *,
    clean_images: bool = False,
    style: str = "placeholder",
    context: Sequence[ContextMessage] | None = None,
) -> PostCheck:
    """Check one post before it goes out: its text and its photos (paths, bytes, or photos
    already read with :func:`leakscan.photos.open_photo`).

    In a chat, ``context`` holds the earlier messages, oldest first: each ``{"from": "child" |
    anyone else, "text": ...}`` (an ``"id"`` too, if the app has one) or a plain string (the
    child's own). The post is the child's next message: its result then also holds leaks
    completed across messages (``parts`` names the earlier messages with the rest), moves off
    the platform, and the others' recent asks it answers; the verdict reflects them (a child
    answering an ask with a personal detail is blocked). Only the last
    :data:`~leakscan.conversation.LOOKBACK` messages are read; a malformed one raises
    :class:`~leakscan.errors.InputError` naming it (``context[3]``).

    Returns a :class:`PostCheck`: the verdict (the worst of text and photos), every finding
    with a child-friendly message, the redacted text, and clean copies of the photos when
    ``clean_images=True``. ``settings`` is a :class:`Settings`, a mapping validated like
    :meth:`Settings.from_dict` (unknown keys raise :class:`SettingsError` naming the key),
    or None for the defaults. Thread-safe; the spaCy model is loaded once per process.

    A photo that cannot be read, or whose header declares more than ``max_image_pixels``
    (a decompression bomb for whoever decodes it next), does not sink the post: its result
    carries the reason in ``error`` (verdict block) and it gets no clean copy.

    >>> check = check_post("call me on 217 555 0134")
    >>> check.verdict.value, check.redacted_text
    ('block', 'call me on [PHONE]')
    """
    return _check(
        text, images, _as_settings(settings), clean_images=clean_images, style=style, options=None, context=context
    )


class Checker:
    """Settings held for one app: reusable and safe to share between threads.

    >>> checker = Checker({"regions": ["GB"], "allow": ["help@ourapp.example"]})
    >>> checker.check_post("mail help@ourapp.example").verdict.value
    'ok'

    Per-call ``settings`` (a mapping) are merged over the app's; a :class:`Settings`
    replaces them for that call.
    """

    def __init__(
        self,
        settings: Settings | Mapping[str, Any] | None = None,
        *,
        style: str = "placeholder",
        strip_options: StripOptions | None = None,
    ) -> None:
        if style not in STYLES:
            raise ValueError(f"unknown redaction style {style!r} (expected one of: {', '.join(STYLES)})")
        self.settings: Settings = _as_settings(settings)
        self.style = style
        self.strip_options = strip_options or StripOptions()

    def settings_for(self, settings: Settings | Mapping[str, Any] | None = None) -> Settings:
        """The settings one call uses: the app's, with ``settings`` merged over them."""
        return _as_settings(settings, self.settings)

    def warm_up(self) -> None:
        """Load the model and data now rather than on the first check."""
        warm_up(self.settings)

    def check_post(
        self,
        text: str = "",
        images: Sequence[ImageSource] = (),
        settings: Settings | Mapping[str, Any] | None = None,
        *,
        clean_images: bool = False,
        style: str | None = None,
        context: Sequence[ContextMessage] | None = None,
    ) -> PostCheck:
        """Like :func:`check_post`, with this app's settings (``context``: a chat's earlier messages)."""
        return _check(
            text,
            images,
            self.settings_for(settings),
            clean_images=clean_images,
            style=style or self.style,
            options=self.strip_options,
            context=context,
        )

    def __repr__(self) -> str:
        return f"Checker(style={self.style!r})"
