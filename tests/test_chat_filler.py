"""Chat words of many regions that the tagger reads as names or places (lexicon ``filler_words``):
greetings, laughter, patois pronouns, a teacher's slang title, a funeral, clothes, drinks and
fruits, a team's record. They stay quiet, and a real name beside them is still found.

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


#: Invented posts where only the chat word could look like a name or place.
QUIET = [
    "big up yuhself for passing the test",  # Jamaican "yourself"
    "hiya everyone happy friday",  # a British greeting
    "our under 10s are unbeaten since march",  # a team's record
    "lazy day in my pjs with cartoons",  # pyjamas
    "iced matcha after school is elite",  # a drink
    "packed a kiwifruit and crackers",  # a fruit
    "la profe dijo que no jaja",  # Spanish laughter
    "ons onnie is baie streng",  # Afrikaans slang for a teacher
    "no school friday because of the tangi",  # a Māori funeral
    "eita bra lend me ur charger",  # a township greeting
    "mere bhai ka match kal hai",  # Hinglish "my brother's"
    "mere dost sab aa rahe hai",
    "sabih hafna dan il-kejk",  # Maltese "very beautiful"
    "tangkyu tumas blong presen",  # Bislama "of"
    "giz ur snap then",  # "give us"
    "roti canai paling sedap di dunia",  # Malay "in the world", "dunia" a given name too
    "kuih mak aku terbaik kat dunia",
]

#: The same words beside a friend's name: the name is still found.
FOUND = [
    ("hiya all, tamsin is sleeping over tonight", (P, "tamsin")),
    ("movie night in pjs with corrie", (P, "corrie")),
    ("matcha with anneliese after netball", (P, "anneliese")),
    ("eita, thandeka is coming to the braai", (P, "thandeka")),
    ("mere is sleeping over at mine tonight", (P, "mere")),  # the Maori given name alone
    ("sabih hafna l-festa ma tamara", (P, "tamara")),
    ("me and dunia at the mall", (P, "dunia")),  # the given name outside the Malay phrase
]


@pytest.mark.parametrize("text", QUIET)
def test_chat_words_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_name_beside_them_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)
