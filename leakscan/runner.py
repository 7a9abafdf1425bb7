"""Scan a stream of items in one process: posts in NER batches, media files one by one.

Front ends (CLI, the local worker pool, Dask workers) all call :func:`scan_items`, so every
engine produces the same results for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import engine, policy
from .errors import InputError
from .findings import ScanResult
from .fsutil import read_input
from .inputs.items import Item, is_key_field
from .settings import Settings

#: Posts run through spaCy together in batches of this many (big speed-up per post).
TEXT_BATCH = 64


def error_result(item: Item) -> ScanResult:
    """The result line for an item that could not be read."""
    return ScanResult(source=item.source, id=item.id, type=item.type, error=item.error)


def scan_item(item: Item, settings: Settings) -> ScanResult:
    """Scan one item (posts are better scanned in batches with :func:`scan_items`)."""
    if item.error is not None:
        return error_result(item)
    if item.type == "text":
        return with_fields(item, engine.scan_text(item.text or "", settings, source=item.source, id=item.id), settings)
    from .photos import scan_image

    # Read here, with the input rules: a regular file only (the name may have become a FIFO
    # since the walk: opened without blocking) and never more than max_file_bytes.
    try:
        data = read_input(item.path, settings.max_file_bytes)  # type: ignore[arg-type]
    except InputError as exc:
        return ScanResult(source=item.source, type=item.type, error=str(exc))
    except OSError as exc:
        return ScanResult(
            source=item.source, type=item.type, error=f"cannot read file ({exc.strerror or type(exc).__name__})"
        )
    if data is None:
        limit = f"file is over the limit of {settings.max_file_bytes:,} bytes (setting max_file_bytes)"
        return ScanResult(source=item.source, type=item.type, error=limit)
    return scan_image(data, settings, name=item.source)


def scan_items(items: Iterable[Item], settings: Settings) -> Iterator[tuple[Item, ScanResult]]:
    """``(item, result)`` for every item, in input order."""
    pending: list[Item] = []

    def flush() -> Iterator[tuple[Item, ScanResult]]:
        posts = ((p.text or "", p.source, p.id) for p in pending)
        for item, result in zip(pending, engine.scan_texts(posts, settings, batch_size=TEXT_BATCH), strict=True):
            yield item, with_fields(item, result, settings)
        pending.clear()

    for item in items:
        if item.error is None and item.type == "text":
            pending.append(item)
            if len(pending) >= TEXT_BATCH:
                yield from flush()
            continue
        if pending:
            yield from flush()
        yield item, scan_item(item, settings)
    if pending:
        yield from flush()


_NOT_FOR_KEYS = frozenset({"ner"})


def with_fields(item: Item, result: ScanResult, settings: Settings) -> ScanResult:
    """``result`` (of the post's text) with what the post's other fields hold (``Item.fields``).

    A .jsonl record's other strings and numbers and its keys are scanned like the text (a key
    without NER): their findings name the field (a JSON pointer, or a key's position) and point
    into its value, and the policy decides the
    verdict over all of them together. A field over ``max_text_chars`` cannot be scanned, so
    the post fails closed with an error naming the field.
    """
    if not item.fields:
        return result
    found = list(result.findings)
    problems = [result.error] if result.error else []
    for pointer, value in item.fields:
        if len(value) > settings.max_text_chars:
            problems.append(
                f"field {pointer} is {len(value):,} characters, over the limit of {settings.max_text_chars:,}"
                " (setting max_text_chars)"
            )
            continue
        # A key is a label, read by every scanner but NER (a lone "lang" or "author" is no one's name).
        skip = _NOT_FOR_KEYS if is_key_field(pointer) else frozenset()
        more, failed = engine.detect_text(value, settings, field=pointer, skip=skip)
        found.extend(more)
        if failed:
            problems.append(f"scanner failed on field {pointer}: {', '.join(failed)}")
    findings, verdict = policy.decide(found, settings)
    return replace(result, findings=findings, verdict=verdict, error="; ".join(problems) or None)
