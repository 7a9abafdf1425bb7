"""Run the scanners on one item, share the expensive context, isolate errors, merge overlaps.

Detect (scanners) -> decide (:mod:`leakscan.policy`) -> redact (:mod:`leakscan.redact`).
This module does the first step for texts and hands the result to the policy.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from . import policy
from .errors import LimitError
from .findings import Finding, Kind, ScanResult
from .scanners import TextScanner, text_scanners
from .scanners.base import TextContext
from .settings import Settings, default_settings
from .spans import first_fit, unite
from .textview import TextView

if TYPE_CHECKING:
    from spacy.tokens import Doc

# leakscan never writes a matched value to a log. Pillow's TIFF/EXIF parser (used for photo
# thumbnails, header sizes and re-encoding) logs every short tag *value* at DEBUG (an Artist
# name, a serial number): with an app's logging at DEBUG those would reach its logs. Only that
# module's DEBUG records are dropped; nothing is imported here.
logging.getLogger("PIL.TiffImagePlugin").addFilter(lambda record: record.levelno > logging.DEBUG)

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
_span = attrgetter("start", "end")


def check_length(text: str, settings: Settings) -> None:
    """Refuse texts over the configured limit (bounds the work per item)."""
    if len(text) > settings.max_text_chars:
        raise LimitError(
            f"text is {len(text):,} characters, over the limit of {settings.max_text_chars:,} (setting max_text_chars)"
        )


def detect_text(
    text: str,
    settings: Settings | None = None,
    *,
    field: str | None = None,
    doc: Doc | None = None,
    view: TextView | None = None,
    skip: frozenset[str] = frozenset(),
) -> tuple[list[Finding], list[str]]:
    """Run every enabled text scanner on ``text`` (but those named in ``skip``); merged
    findings and scanner failures.

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
    if doc is not None and view.changed and doc.text != view.text:
        doc = None
    ctx = TextContext(view.text, settings, field=field, doc=doc)
    scanners = text_scanners(settings)
    if skip:
        scanners = tuple(s for s in scanners if s.name not in skip)
    with _nlp_zone(scanners, settings):
        for scanner in scanners:
            try:
                found.extend(scanner.scan(ctx))
            except Exception:
                failed.append(scanner.name)
    return view.findings(merge(found)), failed


def _nlp_zone(scanners: Sequence[TextScanner], settings: Settings) -> AbstractContextManager[None]:
    """The spaCy memory zone when NER runs (its vocabulary is freed after), else nothing."""
    if any(s.name == "ner" for s in scanners):
        from . import nlp

        return nlp.zone(settings.model)
    return nullcontext()


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings of the same kind; drop lower-priority kinds they overlap.

    Findings without offsets (metadata) are only de-duplicated.
    """
    spans: dict[str | None, list[Finding]] = {}
    others: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        if f.is_span:
            spans.setdefault(f.field, []).append(f)
        else:
            others.setdefault((f.kind, f.field, f.text, f.detail), f)
    out: list[Finding] = []
    for group in spans.values():
        out.extend(_merge_spans(group))
    out.extend(others.values())
    return out


def _merge_spans(findings: list[Finding]) -> list[Finding]:
    # 1. Same kind: union of overlapping spans, keeping the strongest detail/confidence.
    by_kind: dict[Kind, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):  # type: ignore[operator]
        by_kind.setdefault(f.kind, []).append(f)
    united = [u for bucket in by_kind.values() for u in unite(bucket, _union, span=_span)]
    # 2. Different kinds: the more specific kind keeps the characters (the findings of one
    # kind no longer overlap, so this is linear in the text, however many findings there are).
    ranked = sorted(united, key=lambda f: (_RANK.get(f.kind, len(_RANK)), -(f.end - f.start), f.start))  # type: ignore[operator]
    kept = first_fit(ranked, span=_span)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _union(a: Finding, b: Finding) -> Finding:
    if b.end <= a.end and (a.detail or not b.detail):
        return a.with_(confidence=max(a.confidence, b.confidence))
    base = a if a.detail or not b.detail else b
    text_len = max(a.end, b.end) - a.start
    # The text of the union is cut from the two pieces (both are slices of one source).
    text = a.text + b.text[a.end - b.start :] if b.end > a.end else a.text
    assert len(text) == text_len
    return base.with_(start=a.start, end=max(a.end, b.end), text=text, confidence=max(a.confidence, b.confidence))


def scan_text(
    text: str,
    settings: Settings | None = None,
    *,
    source: str | None = None,
    id: Any = None,
    doc: Doc | None = None,
    view: TextView | None = None,
) -> ScanResult:
    """Scan one post: findings with severity and messages, and a verdict.

    ``doc`` and ``view`` as for :func:`detect_text` (made by a caller that batches NER).
    """
    settings = settings or default_settings()
    try:
        check_length(text, settings)
    except LimitError as exc:
        return ScanResult(source=source, id=id, type="text", error=str(exc))
    found, failed = detect_text(text, settings, doc=doc, view=view)
    findings, verdict = policy.decide(found, settings)
    error = f"scanner failed: {', '.join(failed)}" if failed else None
    return ScanResult(source=source, id=id, type="text", verdict=verdict, findings=findings, error=error)


def scan_texts(
    posts: Iterable[tuple[str, str | None, Any]], settings: Settings | None = None, *, batch_size: int = 64
) -> Iterator[ScanResult]:
    """Scan many posts ``(text, source, id)`` in order, running NER in batches (much faster)."""
    from . import nlp

    settings = settings or default_settings()
    it = iter(posts)
    scanners = text_scanners(settings)
    want_doc = any(s.name == "ner" for s in scanners)
    while batch := list(islice(it, batch_size)):
        # Each text's view is built once: NER reads it, and so do the other scanners.
        views = [TextView.of(p[0]) if len(p[0]) <= settings.max_text_chars else None for p in batch]
        ok = [i for i, v in enumerate(views) if v is not None and v.text.strip()]
        # The batch's Docs live only inside the zone; the results (plain data) leave it.
        with _nlp_zone(scanners, settings):
            docs: dict[int, Doc] = {}
            if want_doc and ok:
                try:
                    made = nlp.make_docs([views[i].text for i in ok], settings.model, batch_size)  # type: ignore[union-attr]
                    docs = dict(zip(ok, made, strict=True))
                except Exception:  # one post the model cannot take: each post then gets its own Doc,
                    docs = {}  # and a failure stays that post's (scan_text isolates it), as unbatched
            results = [
                scan_text(text, settings, source=source, id=ident, doc=docs.get(i), view=views[i])
                for i, (text, source, ident) in enumerate(batch)
            ]
        yield from results


def scan_many_texts(texts: Sequence[str], settings: Settings | None = None) -> list[ScanResult]:
    """Scan a list of post texts (convenience wrapper over :func:`scan_texts`)."""
    return list(scan_texts(((t, None, None) for t in texts), settings))
