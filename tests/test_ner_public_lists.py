"""Tests for famous and public words the lexicon lists gained from the families of issue 10's
spent text-v19 (games' and films' characters, film and show titles, a star, a league club, islands
and mountains of trips, a holiday named after a saint, foods, a creature of Māori stories, whole
sayings of other languages), and for the same words where they name a friend or the child's place.

Every post here is written for leakscan; the children are made up (stars, titles, clubs, sights and
holidays appear as what they are).
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
LISTS_QUIET = [
    "tom nook wants more bells from me again",  # a game's character by his full name
    "isla fisher is so funny in every film",  # a star whose given name many children share
    "watched kabir singh last night and hated the ending",  # a film titled with a hero's name
    "sachiv ji is the funniest character",  # a show's official by his title
    "the freo dockers got smashed on the weekend",  # a league club by its city's nickname
    "we learnt about mt fuji in geography",  # a mountain of school projects
    "mount taranaki had snow on top in the photos",
    "happy valentines day to my cat",  # a holiday named after a saint
    "my nan makes the best perogies",  # a food
    "drew a taniwha for art class",  # a creature of Māori stories
    "cinq à sept sounds like a fancy party",  # a French saying, as a whole phrase
    "papa ki pari jokes again lol",  # a Hindi saying holding a given name
    "stuck in clash royale arena 9 forever",  # a game's level, no venue
    "the mr whippy van plays that song",  # an ice-cream brand's van
    "the smoke alarm keeps beeping",  # no city nickname without "big"
    "we sang a christmas carol in assembly",  # a song whose given-name word is no one
    "sec 3 is rough pls help w amaths",  # a school subject written short
    "harry kane is from brum",  # a star's home town by its nickname
    "simba sc wamepiga 3-0 🦁🔥",  # a famous club's result in Swahili ("they have beaten")
    "yanga wameshinda tena",
    "slime with elmers glue tonight",  # a glue brand named after a person
    "elmer's school glue is the only one that works",
    "my besties and i binged love island, gemma owen is so pretty",  # a reality star after her show
    "maura higgins presenting tonight is iconic",
]

#: The same words where a friend or the child's place is named: still found.
LISTS_KEPT = [
    ("me and isla are at the park", (P, "isla")),
    ("my friend pari is coming over", (P, "pari")),
    ("kabir is coming to my party", (P, "kabir")),
    ("my friend valentine is coming over", (P, "valentine")),
    ("tom is coming over", (P, "tom")),
    ("carol is coming to the christmas party", (P, "carol")),
    ("wei ling pls help w amaths", (P, "wei ling")),
    ("im from freo", (L, "freo")),
    ("my cousin is from brum", (L, "brum")),  # a relative's town by its nickname
    ("chelsea is from brum", (L, "brum")),  # a one-word star's name that is a friend's given name
    ("we live in the big smoke now", (L, "the big smoke")),
    ("me and tom went to mt fuji", (P, "tom")),
    ("elmers house after school", (P, "elmer")),  # the given name with no glue after it
    ("me and gemma are at the park", (P, "gemma")),  # a star's given name alone is a friend's
    ("baraka walifunga magoli mawili kwa timu yetu", (P, "baraka")),  # a friend, in the same Swahili match words
]


@pytest.mark.parametrize("text", LISTS_QUIET)
def test_public_words_of_the_lists_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(("text", "expected"), LISTS_KEPT)
def test_a_friend_or_the_childs_place_in_the_same_frames_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)
