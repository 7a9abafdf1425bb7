"""Tests for a place inside an age saying (issue 10, a precision family two dev sets' writers share): "i feel
like a 5 year old at <the fair>" pictures how the child feels, and the place belongs to the picture; the same
place said as where the child is stays a place.

Every post here is written for leakscan; the places and children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()


def places(text: str) -> list[str]:
    """The LOCATION and ORG findings' texts, each finding checked against the scanner contract."""
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS) if f.kind.value in ("LOCATION", "ORG")]


#: A place inside the saying: no visit.
SIMILE_QUIET = [
    "honestly i feel like a 4 year old at funtown when it snows",
    "he acts like a 6 year old in the kelvale toy shop",
    "she acts like a 5 year old at the kelvale show tbh",
]

#: The child there, or a place after another kind of number: still a place.
SIMILE_KEPT = [
    ("at funtown with my cousins rn", "funtown"),
    ("i feel like a 4 year old lol. we're at funtown rn", "funtown"),
]


@pytest.mark.parametrize("text", SIMILE_QUIET)
def test_a_place_inside_an_age_saying_is_quiet(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(("text", "name"), SIMILE_KEPT)
def test_the_child_at_the_place_stays(text: str, name: str) -> None:
    assert any(name in t for t in places(text))
