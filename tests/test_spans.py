"""The span model: uniting overlapping spans, and keeping the preferred spans that do not overlap."""

from __future__ import annotations

import pytest

from leakscan.spans import first_fit, joined_scores, unite


@pytest.mark.parametrize(
    ("spans", "united"),
    [
        ([], []),
        ([(0, 5, 0.5)], [(0, 5, 0.5)]),
        ([(4, 9, 0.9), (0, 5, 0.5)], [(0, 9, 0.9)]),  # overlapping: one span, the higher confidence
        ([(0, 9, 0.5), (2, 4, 0.9)], [(0, 9, 0.9)]),  # one inside the other
        ([(0, 3, 0.5), (2, 6, 0.6), (5, 8, 0.7)], [(0, 8, 0.7)]),  # a chain
        ([(0, 3, 0.5), (3, 6, 0.6)], [(0, 3, 0.5), (3, 6, 0.6)]),  # touching is not overlapping
        ([(7, 9, 0.5), (0, 2, 0.6)], [(0, 2, 0.6), (7, 9, 0.5)]),  # apart: in text order
    ],
)
def test_unite(spans, united):
    assert unite(spans, joined_scores) == united


def test_unite_by_group_joins_only_within_a_group():
    spans = [(0, 5, "A"), (3, 8, "B"), (4, 10, "A"), (9, 12, "B")]
    joined = unite(spans, lambda a, b: (a[0], max(a[1], b[1]), a[2]), group=lambda s: s[2])
    assert joined == [(0, 10, "A"), (3, 8, "B"), (9, 12, "B")]


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([], []),
        ([(0, 9), (2, 4), (8, 12)], [(0, 9)]),  # the first wins what it overlaps
        ([(2, 4), (0, 9), (4, 6)], [(2, 4), (4, 6)]),  # order of preference, not of length
        ([(5, 5), (0, 9)], [(0, 9)]),  # a span with no characters is never kept
        ([(3, 6), (0, 3), (6, 9)], [(3, 6), (0, 3), (6, 9)]),  # touching spans all stay
    ],
)
def test_first_fit(spans, kept):
    assert first_fit(spans) == kept


def test_first_fit_reads_the_span_of_any_item():
    items = [{"at": (0, 4), "name": "a"}, {"at": (2, 6), "name": "b"}, {"at": (4, 8), "name": "c"}]
    assert [i["name"] for i in first_fit(items, span=lambda i: i["at"])] == ["a", "c"]
