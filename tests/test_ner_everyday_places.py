"""Tests for the places, names and public words the lexicon lists gained from families that recur
across several writers' sets: neighbourhoods, malls, parks and hills children meet at or
go to, called by their everyday names ("the bay", "the shire"), and the same words where they
name no place; a thing at a big city or a world sight judged, no place of the child's; a friend
named beside another ("<name> and precious"); a holiday over in a big city; a life in a place
only imagined; a relative or an elder by title ("ate <name>").

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


#: Invented posts naming a place of the lists where the child is or goes.
PLACES_FOUND = [
    ("panto at the gaiety with my aunty on stephens day", (L, "the gaiety")),
    ("walked round the liberties with my cousin today", (L, "the liberties")),
    ("the shire beaches are packed this arvo", (L, "the shire")),
    ("scout camp in the grampians next week", (L, "the grampians")),
    ("we r going to the coromandel with nana", (L, "the coromandel")),
    ("eid dinner at my uncles in sparkhill", (L, "sparkhill")),
    ("the bay is so foggy this morning", (L, "the bay")),
    ("me and nour at city stars later", (L, "city stars")),
    ("skating in the junction after school", (L, "the junction")),
]

#: Invented posts where the same words name no place.
PLACES_QUIET = [
    "bay leaves make the soup taste weird",
    "the film took too many liberties with the ending",
    "the shire in lord of the rings looks so cozy",
]


#: Invented posts judging a thing at a big city or a world sight: no visit, no home.
THING_JUDGED_QUIET = [
    "the trams in melbourne are so slow",
    "the night markets in bangkok are so cheap",
]

#: The same frame with the child there now, or at a local venue: still places.
THING_JUDGED_KEPT = [
    ("the trams in melbourne are so slow today", (L, "melbourne")),
    ("the pool at riverside leisure centre is freezing", (L, "riverside leisure centre")),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_FOUND)
def test_a_place_of_the_lists_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", PLACES_QUIET)
def test_the_same_words_naming_no_place_stay_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", THING_JUDGED_QUIET)
def test_a_thing_at_a_big_city_judged_stays_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), THING_JUDGED_KEPT)
def test_a_thing_judged_where_the_child_is_keeps_the_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


#: Invented posts: a friend named beside a found friend, though the name is an everyday word too.
PARTNERS_FOUND = [
    ("ruth and precious came over after church", (P, "precious")),
    ("precious and thandeka at the mall", (P, "precious")),
    # Polish "i" (and) in lower case between two friends
    ("zosia i bartek idą do kina", (P, "bartek")),
]

#: Invented posts: the word beside a found friend is the child, family, a thing or a chat word.
PARTNERS_NOT = [
    ("tashane and mi at the market", "mi"),
    ("kylie and cake lol best day", "cake"),
    ("liam and mum went shopping", "mum"),
    ("sophie i hope ur ok", "hope"),  # English "i": an everyday word after it is no friend
    ("mia i will ring u later", "will"),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS_FOUND)
def test_a_friend_beside_a_friend_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(("text", "word"), PARTNERS_NOT)
def test_no_friend_beside_a_friend_when_the_word_is_none(text: str, word: str) -> None:
    assert (P, word) not in found(text)


#: Invented posts: a holiday over in a big city, no place of the child's.
HOLIDAY_GONE_QUIET = [
    "we went to boston for march break and the aquarium was huge",
    "went to rome at half term with nonna and the pasta was unreal",
]

#: The same trip still to come, the child living there now, or a local venue: still places.
HOLIDAY_GONE_KEPT = [
    ("going to boston for march break", (L, "boston")),
    ("we went to boston for march break and now we live there", (L, "boston")),
    ("we went to westfield for the holidays", (L, "westfield")),
]


@pytest.mark.parametrize("text", HOLIDAY_GONE_QUIET)
def test_a_holiday_over_in_a_big_city_stays_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_GONE_KEPT)
def test_a_trip_to_come_or_a_local_venue_keeps_the_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


#: Invented posts: a life in a place only imagined, no place of the child's.
IMAGINED_QUIET = [
    "its 40 degrees in phoenix rn imagine living there",
    "imagine living in phoenix lol the heat",
]

#: The child living there after all: still a place.
IMAGINED_KEPT = [("we live in phoenix and its 40 degrees", (L, "phoenix"))]


@pytest.mark.parametrize("text", IMAGINED_QUIET)
def test_a_life_only_imagined_stays_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), IMAGINED_KEPT)
def test_a_life_lived_keeps_the_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


#: Invented posts: a relative or an elder by title and a given name that is an everyday word too.
TITLED_FOUND = [
    ("with ate grace at the mall", (P, "grace")),
    ("aunty mere brought a pavlova", (P, "mere")),
    ("matua hone showed us the waka", (P, "hone")),
]

#: Invented posts: the title is a verb after a subject, or title and name are a famous one's.
TITLED_QUIET = [
    "we ate honey toast for brekkie",
    "i ate candy till i felt sick",
    "mr bean makes me laugh every time",
]


@pytest.mark.parametrize(("text", "expected"), TITLED_FOUND)
def test_a_relative_by_title_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", TITLED_QUIET)
def test_a_meal_or_a_famous_one_stays_quiet(text: str) -> None:
    assert found(text) == []
