"""Spans of text: half-open character ranges ``[start, end)``, and the two ways leakscan
settles spans that overlap.

* :func:`unite` joins overlapping spans into one (the pieces of one address, the findings of
  one kind, the findings one redaction covers);
* :func:`first_fit` keeps, in an order of preference, each span that overlaps none kept
  before it (the more specific kind, the longer match).

Both take any items (tuples, findings) and read each one's span through ``span``, by default
its first two members. Both are linear after their sort: :func:`unite` compares each span
with one kept span only, and :func:`first_fit` marks the characters kept in a byte array, so
a span is checked in time proportional to its own length, however many spans there are (a
100 KB post of names has tens of thousands).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from operator import itemgetter
from typing import Any, TypeVar

T = TypeVar("T")

#: The span of a tuple ``(start, end, ...)``.
HEAD: Callable[[Any], tuple[int, int]] = itemgetter(0, 1)


def unite(
    items: Iterable[T],
    join: Callable[[T, T], T],
    *,
    span: Callable[[T], tuple[int, int]] = HEAD,
    group: Callable[[T], Hashable] | None = None,
) -> list[T]:
    """Overlapping items joined: ``join(kept, item)`` replaces the kept one.

    Items are taken in text order (by start, the longest first at one start); each one that
    overlaps the last kept item (of its ``group``, when given) is joined into it, so the
    kept item's start never moves and ``join`` only has to extend its end. The result is in
    text order.
    """
    out: list[T] = []
    last: dict[Hashable, int] = {}  # per group, the index of the kept item with the largest end
    for item in sorted(items, key=lambda it: (span(it)[0], -span(it)[1])):
        key = group(item) if group else None
        i = last.get(key)
        if i is not None and span(item)[0] < span(out[i])[1]:
            out[i] = join(out[i], item)
        else:
            last[key] = len(out)
            out.append(item)
    return out


def first_fit(items: Iterable[T], *, span: Callable[[T], tuple[int, int]] = HEAD) -> list[T]:
    """The items, in the order given (most wanted first), that overlap none kept before them.

    A span with no characters says nothing and is never kept. The result keeps the order
    given.
    """
    items = list(items)
    bounds = list(map(span, items))
    taken = bytearray(max((end for _start, end in bounds), default=0))
    kept: list[T] = []
    for item, (start, end) in zip(items, bounds, strict=True):
        if end > start and taken.find(1, start, end) < 0:
            taken[start:end] = b"\x01" * (end - start)
            kept.append(item)
    return kept


def joined_scores(a: tuple[int, int, float], b: tuple[int, int, float]) -> tuple[int, int, float]:
    """The union of two overlapping ``(start, end, confidence)`` spans, with the higher confidence
    (a :func:`unite` join)."""
    return a[0], max(a[1], b[1]), max(a[2], b[2])


__all__ = ["HEAD", "first_fit", "joined_scores", "unite"]
