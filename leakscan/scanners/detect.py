"""Detection for one text: run the enabled text scanners, share the expensive context,
isolate a scanner's failure, merge overlapping findings, and map them back onto the text as given.

Posts (:mod:`leakscan.posts`, which hands the findings to the policy) and the texts found in
photo metadata (:mod:`leakscan.scanners.photo_metadata`) are both detected here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Kind
from ..lexicon import entries
from ..settings import Settings, default_settings
from ..spans import unite
from ..textview import TextView
from ..truecase import lexicon
from . import text_scanners
from .base import TextContext, TextScanner
from .handle_words import stop_words
from .ner_words import JUNK, common

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: When two findings of different kinds overlap, the one earlier in this list wins: it is
#: the more specific reading ("Lincoln" in "Lincoln Elementary" is part of a SCHOOL, not a
#: PERSON; "mia" in "@mia.dances" is part of a HANDLE; "wa.me/12175550134" is a link to a
#: PHONE: the phone scanner reports a number inside a link only when the link calls it).
PRIORITY: tuple[Kind, ...] = (
    Kind.EMAIL,
    Kind.PHONE,
    Kind.URL,
    Kind.ADDRESS,
    Kind.HANDLE,
    Kind.DATE_OF_BIRTH,
    Kind.SCHOOL,
    Kind.AGE,
    Kind.PERSON,
    Kind.LOCATION,
    Kind.ORG,
)
_RANK = {k: i for i, k in enumerate(PRIORITY)}
#: Kinds that say what a chat message *does* (asks, moves the chat), not what it gives away: they
#: are no competing reading of the words, so they never take characters from another kind or
#: lose them to one ("whats ur snap" asks for a handle and moves the chat at once).
SIDE_BY_SIDE = frozenset({Kind.ASKS_PII, Kind.OFF_PLATFORM})
#: Kinds found by a pattern that ends where the thing does (an e-mail, a number, a link, a street, a
#: handle): a name the NER runs past one keeps its own words beyond it ("oak street bankstown"
#: under the ADDRESS "12 oak street" still names the suburb).
EXACT = frozenset({Kind.EMAIL, Kind.PHONE, Kind.URL, Kind.ADDRESS, Kind.HANDLE})
#: The names trimmed so. Past any other kind they go whole, as before: a name over a name, an age or
#: a date is another reading of the same words ("norman" of a school named after him, "choir" after
#: it); an ORG's words past an address or a link were mostly the rest of it ("email") or a place
#: misread; and a piece of a phone number or an e-mail is no value of its kind.
TRIMMED = frozenset({Kind.SCHOOL, Kind.PERSON, Kind.LOCATION})
#: The marks of a character in :func:`_merge_spans` (0 when free): kept by an :data:`EXACT` kind, by another.
_EXACT, _WHOLE = 1, 2
#: Punctuation around a word of a remainder (a word is judged without it).
_EDGE = ".,;:!?'\"()[]{}-_*~#@/&"
_span = attrgetter("start", "end")
_kind = attrgetter("kind")


def detect_text(
    text: str,
    settings: Settings | None = None,
    *,
    field: str | None = None,
    doc: Doc | None = None,
    view: TextView | None = None,
    skip: frozenset[str] = frozenset(),
    scanners: Sequence[TextScanner] | None = None,
) -> tuple[list[Finding], list[str]]:
    """Run every enabled text scanner on ``text`` (but those named in ``skip``), or the given
    ``scanners`` (a conversation's, or a few of the text scanners); merged findings and scanner failures.

    The scanners read the text as a reader sees it (:class:`~leakscan.textview.TextView`:
    invisible characters out, an override run in display order); their findings are mapped
    back, so offsets and ``finding.text`` are always those of ``text`` as given. ``view`` is
    that view when the caller already built it; ``doc`` is the spaCy Doc of the *view's*
    text (a Doc of another text is not used: it was made from the original).

    Failures are the names of scanners that raised (a bug, never the input's fault); the
    other scanners' findings are still returned.
    """
    settings = settings or default_settings()
    view = view or TextView.of(text)
    found: list[Finding] = []
    failed: list[str] = []
    if not view.text.strip():
        return found, failed
    # A Doc of the original text (it differs from the view beyond case) is not used; one of the
    # view's text is, though NER read it truecased (nlp.ner_text changes only case in a post
    # like this): remaking it cost a post with an invisible character ~4 ms more.
    if doc is not None and view.changed and doc.text.lower() != view.text.lower():
        doc = None
    ctx = TextContext(view.text, settings, field=field, doc=doc)
    scanners = text_scanners(settings) if scanners is None else scanners
    if skip:
        scanners = tuple(s for s in scanners if s.name not in skip)
    with ner_zone(scanners, settings):
        for scanner in scanners:
            try:
                found.extend(scanner.scan(ctx))
            except Exception:
                failed.append(scanner.name)
    return view.findings(merge(found)), failed


def runs_ner(scanners: Iterable[TextScanner]) -> bool:
    """Is the NER scanner (spaCy) among ``scanners``?"""
    return any(s.name == "ner" for s in scanners)


def ner_zone(scanners: Sequence[TextScanner], settings: Settings) -> AbstractContextManager[None]:
    """The spaCy memory zone when NER is among ``scanners`` (its vocabulary is freed after), else nothing."""
    if runs_ner(scanners):
        from .. import nlp

        return nlp.zone(settings.model)
    return nullcontext()


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings of the same kind; drop lower-priority kinds they overlap
    (but for the kinds :data:`SIDE_BY_SIDE`, which only merge among themselves).

    Findings without offsets (metadata) are only de-duplicated.
    """
    others: dict[tuple[Any, ...], Finding] = {}
    spans: dict[tuple[str | None, Kind | None], list[Finding]] = {}
    for f in findings:
        if f.is_span:
            spans.setdefault((f.field, f.kind if f.kind in SIDE_BY_SIDE else None), []).append(f)
        else:
            others.setdefault((f.kind, f.field, f.text, f.detail), f)
    out: list[Finding] = []
    for group in spans.values():
        out.extend(_merge_spans(group))
    out.extend(others.values())
    return out


def _merge_spans(findings: list[Finding]) -> list[Finding]:
    # 1. Same kind: union of overlapping spans, keeping the strongest detail/confidence.
    # (Kinds outside PRIORITY rank last; two of them on the very same span keep text order.)
    united = unite(findings, _union, span=_span, group=_kind)
    # 2. Different kinds: the more specific kind keeps the characters (the findings of one
    # kind no longer overlap, so this is linear in the text, however many findings there are).
    ranked = sorted(united, key=lambda f: (_rank(f), -(f.end - f.start), f.start))
    taken = bytearray(max((f.end for f in ranked), default=0))
    kept: list[Finding] = []
    for f in ranked:
        if taken.find(_WHOLE, f.start, f.end) >= 0 or (f.kind not in TRIMMED and any(taken[f.start : f.end])):
            continue
        if taken.find(_EXACT, f.start, f.end) >= 0:
            f = _remainder(f, taken)  # type: ignore[assignment]  # a name past an EXACT kind: its own words
        if f is not None and f.end > f.start:
            taken[f.start : f.end] = bytes([_EXACT if f.kind in EXACT else _WHOLE]) * (f.end - f.start)
            kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _remainder(f: Finding, taken: bytearray) -> Finding | None:
    """The longest run of ``f``'s characters not ``taken`` that is a whole word or words of its
    own, trimmed to them, or None.

    A cut inside a token drops the token's piece ("@mia" of a handle leaves no "ia"); punctuation
    and spaces at its ends go; what is left must name something (:func:`_names`).
    """
    best: Finding | None = None
    i = f.start
    while i < f.end:
        if taken[i]:
            i += 1
            continue
        start = i
        while i < f.end and not taken[i]:
            i += 1
        piece = _whole_words(f, start, i)
        if piece is not None and (best is None or piece.end - piece.start > best.end - best.start):
            best = piece
    return best


def _whole_words(f: Finding, start: int, end: int) -> Finding | None:
    """``f`` trimmed to its characters ``[start, end)`` less the token pieces cut at a side, and
    the spaces and punctuation at the ends; None when no real word is left."""
    text, base = f.text, f.start
    if start > base and not text[start - base - 1].isspace():
        while start < end and not text[start - base].isspace():  # the cut split a token: drop its piece
            start += 1
    if end < f.end and not text[end - base].isspace():
        while end > start and not text[end - base - 1].isspace():
            end -= 1
    while start < end and not text[start - base].isalnum():
        start += 1
    while end > start and not text[end - base - 1].isalnum():
        end -= 1
    if not _names(text[start - base : end - base]):
        return None
    return f.with_(start=start, end=end, text=text[start - base : end - base])


def _names(piece: str) -> bool:
    """Does ``piece`` name something of its own? A word that is no everyday word ("kelsworth"), or a
    known town ("mission bay"); not a stop word, a number, chat filler or an everyday word alone
    ("lane", "west", "email" after a street or an e-mail: the rest of the winner's reading)."""
    words = [w.strip(_EDGE).lower() for w in piece.split()]
    if " ".join(words) in entries("towns"):
        return True
    lex = lexicon()
    return any(
        len(w) > 1
        and not w.isdigit()
        and w not in stop_words()
        and w not in JUNK
        and w not in entries("filler_words")
        and not common(w, lex)
        for w in words
    )


def _rank(f: Finding) -> int:
    """The priority of ``f``'s kind (:func:`_kind_rank`)."""
    return _kind_rank(f.kind, f.scanner)


def _kind_rank(kind: Kind, scanner: str | None) -> int:
    """The priority of ``kind`` found by ``scanner``; a parish the school scanner found ("mass at
    st ultans", an ORG) keeps a school name's rank over the place the NER reads in it."""
    kind = Kind.SCHOOL if kind is Kind.ORG and scanner == "school" else kind
    return _RANK.get(kind, len(_RANK))  # type: ignore[arg-type]


def deciding(kind: Kind, scanners: Sequence[TextScanner]) -> tuple[TextScanner, ...]:
    """The ``scanners`` (in their order) whose findings can change what :func:`merge` keeps of
    ``kind``: those that may report ``kind`` or a kind ranked no lower. Kinds merge only with their
    own, and a kind ranked lower never takes characters from ``kind``, so ``kind``'s merged
    findings on a text are the same with these as with all of ``scanners``: a caller that reads
    only one kind need not run the rest (a conversation's answer read as a phone number skips
    the school and age rules)."""
    top = _kind_rank(kind, None)
    return tuple(s for s in scanners if any(_kind_rank(k, s.name) <= top for k in s.kinds))


def _union(a: Finding, b: Finding) -> Finding:
    if b.end <= a.end and (a.detail or not b.detail):
        return a.with_(confidence=max(a.confidence, b.confidence))
    base = a if a.detail or not b.detail else b
    text_len = max(a.end, b.end) - a.start
    # The text of the union is cut from the two pieces (both are slices of one source).
    text = a.text + b.text[a.end - b.start :] if b.end > a.end else a.text
    assert len(text) == text_len
    return base.with_(start=a.start, end=max(a.end, b.end), text=text, confidence=max(a.confidence, b.confidence))
