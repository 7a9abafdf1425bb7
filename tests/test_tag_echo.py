"""Tests for :mod:`leakscan.scanners.tag_echo`: a hashtag that spells, run together, a name the post
already tells is reported as that name's kind, by the NER and the school scanners.

Every post here is written for leakscan; the clubs, schools and children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.scanners.ner import NerScanner
from leakscan.scanners.school import SchoolScanner
from leakscan.scanners.tag_echo import echoes, with_echoes
from leakscan.settings import Settings

SETTINGS = Settings()


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of the NER and school findings."""
    out = scan_checked(NerScanner(), text, SETTINGS) + scan_checked(SchoolScanner(), text, SETTINGS)
    return [(f.kind.value, f.text) for f in out]


#: Invented posts whose hashtag spells a name the post tells: the tag's part is found too.
ECHOED = [
    ("go riverside hawks 12u!! #riversidehawks", ("ORG", "riversidehawks")),  # a team, its tag
    ("me and keziah at the park #keziahforever", ("PERSON", "keziah")),  # a friend, in a tag
    ("sports day at laerskool rietvlei #rietvleitrots", ("SCHOOL", "rietvlei")),  # a school's name part
    ("Ashgrove Primary School fun run #ashgroveprimary", ("SCHOOL", "ashgroveprimary")),
    ("go rfk hs beat westside tonight #rfkpride", ("SCHOOL", "rfk")),  # a short first word, then a cheer
    ("mlk middle ballers undefeated #mlkhoops", ("SCHOOL", "mlk")),
]

#: Hashtags that spell no name the post tells, or only a short or an everyday word of it.
NOT_ECHOED = [
    ("go riverside hawks 12u!! #hawks", "hawks"),  # one everyday word of the name
    ("me and jo at the park #jolly", "jo"),  # fewer letters than a name needs
    ("best day ever #summer", "summer"),  # no name in the post
    ("me and ava smith at the beach #avalanche", "ava"),  # a short first word before no everyday word
    ("go rfk hs beat westside tonight #rfk", "rfk"),  # nothing after the short word
    ("me and kai smith at the beach #kaipride", "kai"),  # a friend's given name, not a school's or club's short name
]


@pytest.mark.parametrize(("text", "expected"), ECHOED)
def test_a_tag_that_spells_a_told_name_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(("text", "tag"), NOT_ECHOED)
def test_other_tags_stay_quiet(text: str, tag: str) -> None:
    at = text.rindex("#")
    out = scan_checked(NerScanner(), text, SETTINGS) + scan_checked(SchoolScanner(), text, SETTINGS)
    assert [f.text for f in out if f.start >= at] == [], tag


def test_echoes_point_into_the_tag_and_at_the_span() -> None:
    text = "at castlebrook rovers again #castlebrookrovers4eva"
    start = text.index("castlebrook")
    assert list(echoes(text, [(start, start + len("castlebrook rovers"))])) == [
        (text.index("#") + 1, text.index("#") + 1 + len("castlebrookrovers"), 0)
    ]


def test_with_echoes_copies_the_finding_and_keeps_what_was_found() -> None:
    text = "at castlebrook rovers again #castlebrookrovers"
    start = text.index("castlebrook")
    tag = text.index("#") + 1
    found_ = [(start, start + 18, "ORG", 0.8)]
    assert with_echoes(found_, text) == [found_[0], (tag, tag + 17, "ORG", 0.8)]
    assert with_echoes([*found_, (tag, len(text), "LOCATION", 0.7)], text) == [
        found_[0],
        (tag, len(text), "LOCATION", 0.7),
    ]
