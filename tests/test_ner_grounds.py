"""Tests for a named ground (``Post.ground`` of :mod:`leakscan.scanners.ner_post`): a stadium or arena
by its name ("<sponsor> stadium", "<city> arena") is a big public venue like the famous sights, so a
post that judges it or went to a match there tells no one's spot, while "at <name> stadium" is still
where the child is (issue 10, world26 precision family).

Every post here is written for leakscan; the grounds and children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


#: A named ground judged or visited: no one's spot.
GROUNDS_QUIET = [
    "the harbourview stadium is so huge omg",
    "went to kestrel stadium for the final, loud as",
    "westgate arena looks tiny on tv",
]

#: The child at the ground now, or a place that is no ground: still a place.
GROUNDS_KEPT = [
    ("come find us at kestrel stadium gate 4", "kestrel stadium"),
    ("we're at the harbourview arena rn", "harbourview arena"),
    ("sleepover at tayla's in pinecrest tonight", "pinecrest"),
    ("netball at the pinegrove arena at 5", "pinegrove arena"),  # a game there: maybe the child's club's
]


@pytest.mark.parametrize("text", GROUNDS_QUIET)
def test_a_named_ground_judged_or_visited_is_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), GROUNDS_KEPT)
def test_the_child_at_a_ground_stays_a_place(text: str, name: str) -> None:
    assert any(name in t for _k, t in found(text))
