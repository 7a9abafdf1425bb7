"""The one small interface every text scanner implements, and the per-item context it reads.

A scanner is an object with a ``name``, the ``kinds`` it can report, and
``scan(ctx) -> Iterable[Finding]``. It never redacts and never decides severity. Whatever
it normalises internally, it reports offsets into ``ctx.text`` exactly as given, which
:meth:`TextContext.finding` guarantees by cutting the finding's text from ``ctx.text``.

In the engine, ``ctx.text`` is the post as a reader sees it (:class:`~leakscan.textview.TextView`:
invisible characters and marks on digits dropped, a right-to-left override run in display
order), so no scanner deals with those; the engine maps every finding back onto the post
as given.

Expensive per-item work lives on the context and is computed at most once: the spaCy
``Doc`` (shared by every scanner that wants tokens or entities) and the folded text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..findings import Finding, Kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..settings import Settings


class PartialFindings(list[Finding]):
    """Findings, and ``incomplete``: why what was scanned was not fully checked.

    For the scanners of what a photo shows (a code's payload, text read in the pixels): an
    empty ``incomplete`` means everything was read; otherwise the caller must report the
    picture as not fully checked (fail closed), whatever was found.
    """

    def __init__(self, findings: Iterable[Finding] = (), incomplete: Iterable[str] = ()) -> None:
        super().__init__(findings)
        self.incomplete: list[str] = list(incomplete)

    def not_fully_checked(self, reason: str) -> None:
        """Record a reason (once; never a value in it)."""
        if reason not in self.incomplete:
            self.incomplete.append(reason)


@runtime_checkable
class TextScanner(Protocol):
    """What the engine needs from a text scanner."""

    name: str
    kinds: frozenset[Kind]

    def scan(self, ctx: TextContext) -> Iterable[Finding]:
        """Yield findings for ``ctx.text``; never raise for odd input."""
        ...


class TextContext:
    """One text to scan (a post, or the text of one metadata field) and its shared work."""

    def __init__(self, text: str, settings: Settings, *, field: str | None = None, doc: Doc | None = None):
        self.text = text
        self.settings = settings
        self.field = field
        if doc is not None:
            self.__dict__["doc"] = doc

    @cached_property
    def doc(self) -> Doc:
        """The spaCy Doc of this text (NER run), made once and shared by all scanners."""
        from .. import nlp

        return nlp.make_doc(self.text, self.settings.model)

    @cached_property
    def folded(self) -> str:
        """``text`` lower-cased with look-alike digits made ASCII, *same length* as ``text``.

        Index ``i`` of ``folded`` is always character ``i`` of ``text``, so a match in the
        folded text is a match at the same offsets in the original.
        """
        return fold(self.text)

    def finding(
        self,
        kind: Kind,
        start: int,
        end: int,
        *,
        scanner: str,
        confidence: float = 1.0,
        detail: str | None = None,
        **extra: Any,
    ) -> Finding:
        """A finding for ``text[start:end]`` (offsets trimmed of surrounding white space)."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Finding(
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            field=self.field,
            confidence=confidence,
            scanner=scanner,
            detail=detail,
            **extra,
        )


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set (keeps the scanners' word lists readable)."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """Lower-case ``text`` and map Unicode digits/letter look-alikes to ASCII, keeping its length."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch.lower())
            continue
        digit = unicodedata.digit(ch, None)
        if digit is not None:
            out.append(str(digit))
            continue
        # Full-width and mathematical letters (NFKC) become ASCII when that is one character.
        norm = unicodedata.normalize("NFKC", ch).lower()
        out.append(norm if len(norm) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)
