"""Tests for famous and public words the lexicon lists gained from the families of the spent
text-v25 (a world-famous mall and national parks, world championships by their sport, phone makers and
IT firms, pro rugby league sides, a dance show, a folk song, Vietnamese dishes, a school meeting
written short), and for the places and names near the child the same frames still find.

Every post here is written for leakscan; the children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()
P, L = "PERSON", "LOCATION"


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


#: Invented posts of each family: no one near the child.
QUIET = [
    "mall of america is bigger than some towns apparently",  # a mall tourists fly in to see
    "yosemite has the tallest rock walls ever",  # a national park as a topic
    "the fifa world cup is in winter this time weird",  # a world championship
    "motorola made the first flip phones ever",  # a phone maker
    "wipro is hiring again says the news",  # IT firms
    "parramatta eels vs manly sea eagles on friday night footy",  # pro rugby league sides
    "riverdance was on at nans and she clapped along",  # a dance show
    "michael flatley's tap shoes are in a museum?",  # its star
    "dad makes bun cha on sundays",  # Vietnamese dishes
    "PTM notice came home in my diary",  # a parent-teacher meeting written short
]

#: The same frames near the child: the place or the friend stays.
KEPT = [
    ("we're at mall of america rn come find us", (L, "mall of america")),  # at it now
    ("my friend faith is coming over after dinner", (P, "faith")),  # a given name alone
    ("dad is taking us to dreamworld on saturday", (L, "dreamworld")),  # a region's own park stays
]


@pytest.mark.parametrize("text", QUIET)
def test_public_words_of_the_lists_stay_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_the_child_at_the_place_or_a_friend_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)
