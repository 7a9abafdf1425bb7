"""Two families the NER scanner reads by a cue around a name no list knows: a summer camp by its name
("camp <name>", :mod:`leakscan.scanners.ner_venues`) and the friend a phone number reaches ("text <name>
at <number>", :mod:`leakscan.scanners.ner_people`); and the same cues where they name no one.

Every post here is written for leakscan; the children, camps and numbers are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = NerScanner()
P, G = "PERSON", "ORG"


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


FOUND = [
    ("bug spray is a must at camp onondaga", (G, "camp onondaga")),
    ("camp kawartha was the best week of my summer", (G, "camp kawartha")),
    ("camp riverbend starts monday and i packed already", (G, "camp riverbend")),
    ("text kiko at 555-0188 she has the answers", (P, "kiko")),
    ("ring ozzy on 07700 900 318 after tea", (P, "ozzy")),
    ("msg tavita on 021 555 0177 for the lift", (P, "tavita")),
    ("at camp sarah was so mean to me", (P, "sarah")),  # a friend's given name after "camp": no camp's name
]

QUIET = [
    "camp tomorrow cant wait",  # everyday words after "camp"
    "camp fire songs are the best",
    "boot camp at the gym was brutal",
    "the camp site was so muddy this year",
    "call me at 555-0188 after school",  # no name between the verb and the number
    "call my mum on 0412 555 019 if im late",  # a family word alone names no one
    "text the group at 555-0188",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_camps_and_contacts_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_cues_naming_no_one_stay_quiet(text: str) -> None:
    assert not any(k in (P, G) for k, _t in found(text)), found(text)
