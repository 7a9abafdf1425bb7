"""Leaks the spent text-v25 showed missed, by family: a Pokémon GO friend code of twelve digits
right after the game's name ("pokemon go <12 digits>"; before, only after "friend code" or
"trainer code"), and given names of Afrikaans boys and of Indian girls the name lists lacked; and
the same words where no code or no one is named.

Every post here is made up for these tests (fictional children and codes).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.findings import Kind
from leakscan.scanners.handle import HandleScanner
from leakscan.scanners.ner import NerScanner
from leakscan.settings import Settings

SETTINGS = Settings()
HANDLES = HandleScanner()
NER = NerScanner()


def handles(text: str) -> list[str]:
    return [f.text for f in scan_checked(HANDLES, text, SETTINGS) if f.kind is Kind.HANDLE]


def people(text: str) -> list[str]:
    return [f.text for f in scan_checked(NER, text, SETTINGS) if f.kind is Kind.PERSON]


CODES = [
    ("trade shinies? pokemon go 4821 0937 5562", "4821 0937 5562"),
    ("pogo 1234-5678-9012 lets trade shinies", "1234-5678-9012"),
    ("pokémon 7310 2284 6651 im in level 30", "7310 2284 6651"),
]

NO_CODES = [
    "pokemon 2024 was the best year",  # a year, no code
    "pokemon go 4821 0937 is half of it",  # two groups of four: no whole code
]

NAMES = [
    ("riaan scored twice at hockey", "riaan"),
    ("aadhya and me made slime", "aadhya"),
]


@pytest.mark.parametrize(("text", "code"), CODES)
def test_a_twelve_digit_code_after_the_game(text: str, code: str) -> None:
    assert code in handles(text)


@pytest.mark.parametrize("text", NO_CODES)
def test_no_code_without_twelve_digits(text: str) -> None:
    assert handles(text) == []


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_given_names_the_lists_lacked(text: str, name: str) -> None:
    assert name in people(text)


def test_a_word_is_still_no_name() -> None:
    assert people("the ruins were wild on the trip") == []
