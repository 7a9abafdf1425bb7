"""Tests for :mod:`leakscan.scanners.ner_sides`: a place named as a side in a game, and pastimes.

Every phrase here is written for leakscan (real counties and towns appear as places and sides).
"""

from __future__ import annotations

import pytest

from leakscan.scanners.ner_sides import county_fixture, pastime, side

#: (post, the place) where the place is a side: a result or title after it, a result or score before it.
SIDES = [
    ("dublin won again", "dublin"),
    ("otago beat canterbury", "canterbury"),
    ("its 2-1 to the toon", "toon"),
    ("3 nil to wexford now", "wexford"),
    ("kilkenny are all ireland champions", "kilkenny"),
    ("clare the hurling champs", "clare"),
    ("cork are gonna win", "cork"),
    ("hurling final tonight, tipperary were flying", "tipperary"),
    ("grandad supports sunderland through thick and thin", "sunderland"),  # a fan's club
    ("the hawks lost to geelong again", "geelong"),  # a loss to a side
    ("cant believe we're losing to toulouse", "toulouse"),
    ("5 in a row for kilkenny", "kilkenny"),  # a run of titles before a side
    ("three in a row for the déise", "déise"),
    ("laois!! hurling is back", "laois"),  # a county shouted at the start, in a Gaelic games post
]

#: Where the place is the child's place.
NOT_SIDES = [
    ("we won in dunedin", "dunedin"),  # a place word before it
    ("moving to limerick, champions of rain", "limerick"),  # "to" before it
    ("galway is lovely", "galway"),
    ("i play hurling in kilkenny", "kilkenny"),  # a Gaelic games post, the county after "in"
    ("my nan supports me in everything, she lives in sunderland", "sunderland"),  # support, no club
    ("i lost my phone on the way to ballarat", "ballarat"),  # "lost" and "to" apart: a trip
    ("we won 3 in a row at the fair in wexford", "wexford"),  # a run of wins, "in" before the place
    ("bio: 12 🍀 leitrim 🐑 camogie", "leitrim"),  # a bio's own field, though the bio lists a Gaelic game
    ("13 | roscommon | gaa | irish dancing", "roscommon"),
]


def _at(post: str, place: str) -> tuple[str, int, int, str]:
    start = post.index(place)
    return post, start, start + len(place), post[:start]


@pytest.mark.parametrize(("post", "place"), SIDES)
def test_a_place_named_as_a_side(post: str, place: str) -> None:
    assert side(*_at(post, place))


@pytest.mark.parametrize(("post", "place"), NOT_SIDES)
def test_a_place_named_as_a_place(post: str, place: str) -> None:
    assert not side(*_at(post, place))


def test_county_fixture() -> None:
    post = "wexford vs kilkenny hurling tonight"
    assert county_fixture(post, 0, len("wexford vs kilkenny hurling"))
    assert not county_fixture("leeds vs kilkenny", 0, 5)


@pytest.mark.parametrize("word", ["netball", "rippa", "kathak", "judo", "thursdays", "monday"])
def test_pastimes(word: str) -> None:
    assert pastime(word)


@pytest.mark.parametrize("word", ["riverside", "thandi", "leeds", "church"])
def test_no_pastimes(word: str) -> None:
    assert not pastime(word)
