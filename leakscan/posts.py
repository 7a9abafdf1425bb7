"""Scan posts: detect (:mod:`leakscan.scanners.detect`) -> decide (:mod:`leakscan.policy`).

One post at a time (:func:`scan_text`) or many, with NER run in batches (:func:`scan_texts`);
each post's findings get their severity and message, and the post its verdict.
A chat message is checked in the context of the earlier messages of its chat
(:func:`with_conversation`, :mod:`leakscan.conversation`).
Redacting them is the next step (:mod:`leakscan.redact`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from . import policy
from .conversation import CHILD, ContextMessage, Message, messages_of
from .errors import LimitError
from .findings import Finding, ScanResult
from .scanners import text_scanners
from .scanners.detect import SIDE_BY_SIDE, detect_text, merge, ner_zone, runs_ner
from .settings import Settings, default_settings
from .textview import TextView

if TYPE_CHECKING:
    from spacy.tokens import Doc

# leakscan never writes a matched value to a log. Pillow's TIFF/EXIF parser (used for photo
# thumbnails, header sizes and re-encoding) logs every short tag *value* at DEBUG (an Artist
# name, a serial number): with an app's logging at DEBUG those would reach its logs. Only that
# module's DEBUG records are dropped; nothing is imported here.
logging.getLogger("PIL.TiffImagePlugin").addFilter(lambda record: record.levelno > logging.DEBUG)


def check_length(text: str, settings: Settings) -> None:
    """Refuse texts over the configured limit (bounds the work per item)."""
    if len(text) > settings.max_text_chars:
        raise LimitError(
            f"text is {len(text):,} characters, over the limit of {settings.max_text_chars:,} (setting max_text_chars)"
        )


def scan_text(
    text: str,
    settings: Settings | None = None,
    *,
    source: str | None = None,
    id: Any = None,
    doc: Doc | None = None,
    view: TextView | None = None,
    context: Sequence[ContextMessage] | None = None,
) -> ScanResult:
    """Scan one post: findings with severity and messages, and a verdict.

    ``doc`` and ``view`` as for :func:`~leakscan.scanners.detect.detect_text` (made by a caller that batches NER).
    ``context``: the post is the child's message in a chat, and these are the earlier messages
    (oldest first; see :func:`leakscan.conversation.messages_of`, which raises
    :class:`~leakscan.errors.InputError` for a malformed one); None for an ordinary post.
    """
    if context is not None:
        earlier = messages_of(context, settings or default_settings())
        return with_conversation(
            scan_text(text, settings, source=source, id=id, doc=doc, view=view), text, earlier, settings
        )
    settings = settings or default_settings()
    try:
        check_length(text, settings)
    except LimitError as exc:
        return ScanResult(source=source, id=id, type="text", error=str(exc))
    found, failed = detect_text(text, settings, doc=doc, view=view)
    findings, verdict = policy.decide(found, settings)
    error = f"scanner failed: {', '.join(failed)}" if failed else None
    return ScanResult(source=source, id=id, type="text", verdict=verdict, findings=findings, error=error)


def with_conversation(
    result: ScanResult,
    text: str,
    earlier: Sequence[Message],
    settings: Settings | None = None,
    *,
    sender: str = CHILD,
    ref: Any = None,
) -> ScanResult:
    """``result`` (of the message ``text`` alone) as a message of a chat: with what the
    conversation adds (:func:`~leakscan.conversation.conversation_findings`), decided again
    over all its findings. A message over the length limit stays the error it is."""
    settings = settings or default_settings()
    if len(text) > settings.max_text_chars:
        return result
    message = Message(text, sender, ref)
    from .conversation.chat import conversation_findings  # (imported by the first chat read)

    found, failed = conversation_findings(message, earlier, settings, own=result.findings)
    across = [f for f in found if f.parts is not None and f.is_span]
    # The reply read as what was asked ("do u have insta" ... "lily": a HANDLE): the question
    # says what those words are, so that reading replaces the others of them.
    answers = [f for f in found if f.parts is None and f.is_span and f.kind not in SIDE_BY_SIDE]
    # A leak completed here is the fuller reading of its piece in this message: it replaces it,
    # and it outranks what overlaps it as any kind would in one text ("birch lane" is an ADDRESS).
    own = [
        f
        for f in result.findings
        if not any(_same_place(f, a) for a in across) and not any(_within(f, a) for a in answers)
    ]
    rest = [f for f in found if f.parts is None or not f.is_span]
    findings, verdict = policy.decide([*merge([*own, *across]), *rest], settings)
    problems = [result.error] if result.error else []
    if failed:
        problems.append(f"scanner failed in the conversation: {', '.join(failed)}")
    return replace(result, findings=findings, verdict=verdict, error="; ".join(problems) or None)


def _same_place(own: Finding, across: Finding) -> bool:
    # The same kind, or the same scanner's other reading ("ponsonby" alone a PERSON to the
    # named-entity model, after "my suburb is called" a LOCATION), or a place the towns list
    # reads where the model saw a name ("its called ashby" after "i live in a tiny village").
    same = (
        own.kind is across.kind or own.scanner == across.scanner or (own.scanner == "ner" and across.scanner == "towns")
    )
    return same and own.is_span and own.start < across.end and across.start < own.end  # type: ignore[operator]


def _within(own: Finding, answer: Finding) -> bool:
    return own.is_span and answer.start <= own.start and own.end <= answer.end  # type: ignore[operator]


#: Posts run through spaCy together, and so in one memory zone (:func:`ner_zone`). Larger batches
#: feed the model bigger matrices, and inside a zone spaCy caches no tokenization and makes each
#: new word's lexeme once per zone: 256 spends ~8% less CPU per post than 64 did
#: (benchmarks/accuracy.py; the same entities), 1,000 little less than 256.
TEXT_BATCH = 256
#: ...and at most about this many characters: a batch's Docs and the model's arrays grow with its
#: tokens, so a batch of long posts ends early (no batch holds much more than one post at the
#: default max_text_chars; 256 ordinary posts are ~40,000 characters).
BATCH_CHARS = 100_000


def scan_texts(
    posts: Iterable[tuple[str, str | None, Any]], settings: Settings | None = None, *, batch_size: int = TEXT_BATCH
) -> Iterator[ScanResult]:
    """Scan many posts ``(text, source, id)`` in order, running NER in batches (much faster)."""
    from . import nlp

    settings = settings or default_settings()
    it = iter(posts)
    scanners = text_scanners(settings)
    want_doc = runs_ner(scanners)
    while batch := _next_batch(it, batch_size):
        # Each text's view is built once: NER reads it, and so do the other scanners.
        views = [TextView.of(p[0]) if len(p[0]) <= settings.max_text_chars else None for p in batch]
        ok = [i for i, v in enumerate(views) if v is not None and v.text.strip()]
        # The batch's Docs live only inside the zone; the results (plain data) leave it.
        with ner_zone(scanners, settings):
            docs: dict[int, Doc] = {}
            if want_doc and ok:
                try:
                    made = nlp.make_docs([views[i].text for i in ok], settings.model, len(batch))  # type: ignore[union-attr]
                    docs = dict(zip(ok, made, strict=True))
                except Exception:  # one post the model cannot take: each post then gets its own Doc,
                    docs = {}  # and a failure stays that post's (scan_text isolates it), as unbatched
            results = [
                scan_text(text, settings, source=source, id=ident, doc=docs.get(i), view=views[i])
                for i, (text, source, ident) in enumerate(batch)
            ]
        yield from results


def _next_batch(it: Iterator[tuple[str, str | None, Any]], size: int) -> list[tuple[str, str | None, Any]]:
    """The next ``size`` posts of ``it``, or fewer once they hold :data:`BATCH_CHARS` characters."""
    batch: list[tuple[str, str | None, Any]] = []
    chars = 0
    for post in it:
        batch.append(post)
        chars += len(post[0])
        if len(batch) >= size or chars >= BATCH_CHARS:
            break
    return batch


def scan_many_texts(texts: Sequence[str], settings: Settings | None = None) -> list[ScanResult]:
    """Scan a list of post texts (convenience wrapper over :func:`scan_texts`)."""
    return list(scan_texts(((t, None, None) for t in texts), settings))
