"""The spent text-v25's families of a name said with its age in a word under ten ("<name> is seven
now", "<name> is five and ..."; before, only figures and ten to nineteen), and of Hindu festivals named
after a god whose name is a given name too ("<goddess> puja tonight": the festival, no one); and the
same words where no child's age or a friend is meant.

Every post here is made up for these tests (fictional children).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings
from leakscan.scanners.age import AgeScanner
from leakscan.scanners.ner import NerScanner

SETTINGS = Settings()
AGE = AgeScanner()
NER = NerScanner()


def ages(text: str) -> list[str]:
    return [f.text for f in scan_checked(AGE, text, SETTINGS) if f.kind is Kind.AGE]


def people(text: str) -> list[str]:
    return [f.text for f in scan_checked(NER, text, SETTINGS) if f.kind is Kind.PERSON]


AGES = [
    ("kavya is five and so cute", "five"),
    ("aroha is nine lol", "nine"),
    ("tayla turned seven today", "seven"),
]

NO_AGES = [
    "the score is nine and we lost",  # no one's name
    "my dog rex is six and old",  # a pet's age
    "lesson is eight and im tired",  # an everyday word before it
]

FESTIVALS_QUIET = [
    "saraswati puja at school tmrw",
    "ram navami holiday so no tuition",
    "hanuman jayanti sweets from the mandir",
]

FRIENDS_KEPT = [
    ("my friend saraswati is coming", "saraswati"),
    ("saraswati is coming over after tuition", "saraswati"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_an_age_in_a_word_after_a_name(text: str, age: str) -> None:
    assert age in ages(text)


@pytest.mark.parametrize("text", NO_AGES)
def test_no_age_of_a_child(text: str) -> None:
    assert ages(text) == []


@pytest.mark.parametrize("text", FESTIVALS_QUIET)
def test_a_festival_named_after_a_god_is_no_one(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(("text", "name"), FRIENDS_KEPT)
def test_the_same_name_of_a_friend_stays(text: str, name: str) -> None:
    assert name in people(text)
