"""Tests for public figures the NER scanner leaves quiet (issue 10, world26 precision families): a name
right after a saint's title is the saint's ("the feast of st <saint>", Maltese "il-festa ta' san <saint>",
Spanish and Portuguese "santa", "são"); a name holding a public office by the words after it ("<name> is the
best president"), while the same name near the child (a class president) stays a name.

Every post here is written for leakscan; the children are made up (saints appear as what they are).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()


def people(text: str) -> list[str]:
    """The PERSON findings' texts, each finding checked against the scanner contract."""
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS) if f.kind.value == "PERSON"]


#: A saint by its title: no one near the child.
FIGURES_QUIET = [
    "the feast of st brigid is on monday so no school",
    "fireworks for the festa ta' san lawrenz were mad",
    "procession for santa rosalia tonight, so many candles",
    "happy feast of saint columba everyone",
    "tomasz k is the funniest president lol",
    "i think rangi was the best prime minister",
]

#: The same given names as the child's friends: still names.
FIGURES_KEPT = [
    ("me and brigid are going to the feast", "brigid"),
    ("lawrenz sat beside me at the festa", "lawrenz"),
    ("mele is our class president this year", "mele"),
    ("vote for kalani she is the best student council president", "kalani"),
]


@pytest.mark.parametrize("text", FIGURES_QUIET)
def test_a_public_figure_is_quiet(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(("text", "name"), FIGURES_KEPT)
def test_a_friend_with_the_same_name_stays(text: str, name: str) -> None:
    assert name in people(text)
