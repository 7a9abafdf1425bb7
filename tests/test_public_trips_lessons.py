"""Places and ages that locate no child, in the frames of the spent text-v25's clean posts: a world
sight visited on a holiday now over (a past verb and the holiday anywhere in the post), a place named
in a fact learned at school ("... we learnt it at school", "... in hass"), a city's style of a dish
("<city> style"), and a school year said to call a thing childish ("that is so year 2"); and the same
frames where the child is there, lives there or is in that year.

Every post here is written for leakscan; the children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings
from leakscan.scanners.age import AgeScanner
from leakscan.scanners.ner import NerScanner

SETTINGS = Settings()
NER = NerScanner()
AGE = AgeScanner()
L = "LOCATION"


def places(text: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in scan_checked(NER, text, SETTINGS)]


def ages(text: str) -> list[str]:
    return [f.text for f in scan_checked(AGE, text, SETTINGS) if f.kind is Kind.AGE]


PLACES_QUIET = [
    "did a night drive at kruger park on our trip, the hippos were huge",  # a world sight, a trip over
    "on our trip we went up the eiffel tower and i was scared",
    "the big pineapple is in queensland we learnt it in hass",  # a fact learned at school
    "table mountain is in SA, learnt that in civics",
    "dad makes fries chicago style with cheese",  # a city's way with a dish
]

PLACES_KEPT = [
    ("we're at kruger park on our trip rn", (L, "kruger park")),  # there now
    ("my cousin lives in queensland we learnt it in hass", (L, "queensland")),  # a relative's home
    ("we're going to durban tmrw for the weekend", (L, "durban")),  # a trip to come
]

AGES_QUIET = [
    "nap time? that's so year 2",  # a thing called childish
    "colouring in was so grade 1 fr",
]

AGES_KEPT = [
    ("im in year 5 so year 6 next", "year 5"),  # the child's own year
    ("my sister is in grade 1 and cries every day", "grade 1"),
]


@pytest.mark.parametrize("text", PLACES_QUIET)
def test_places_of_trips_lessons_and_dishes_stay_quiet(text: str) -> None:
    assert [p for p in places(text) if p[0] == L] == []


@pytest.mark.parametrize(("text", "expected"), PLACES_KEPT)
def test_the_child_there_or_a_home_stays(text: str, expected: tuple[str, str]) -> None:
    assert expected in places(text)


@pytest.mark.parametrize("text", AGES_QUIET)
def test_a_school_year_calling_a_thing_childish_is_no_age(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize(("text", "expected"), AGES_KEPT)
def test_the_childs_own_school_year_stays(text: str, expected: str) -> None:
    assert expected in ages(text)
