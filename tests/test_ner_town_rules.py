"""Tests for the NER scanner's reading of places: a town the model took for a person right after a
place preposition or a strong place cue, a peak a troop walks up, a district of Istanbul, South
Auckland's short names, a South African city by its dialling code; and a teacher's title alone after
"from" and a world city spoken to ("sorry <city>"), which are no place.

Every post here is written for leakscan; the children are made up (real towns appear as places).
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


#: Invented posts with a place near the child, and what must be found.
FOUND = [
    # a village the lexicon knows only as a place, right after a place preposition (Caribbean "by")
    ("liming by arima with kezia", (L, "arima")),
    # "moved to <town>": the model and the strong cue read a place; a town that is a given name too
    ("noor moved to bradford miss her already", (L, "bradford")),
    ("lucy moved to preston miss u", (L, "preston")),
    # a peak a troop or a class walks up, its name a word no list knows
    ("our class hiked up slemish", (L, "slemish")),
    ("hike up the djouce tomorrow", (L, "djouce")),
    # a district of Istanbul, beside Turkish chat
    ("yarın elif ile kadıköy de görüşürüz", (L, "kadıköy")),
    # a city's part by its short name
    ("sth auck 4 life", (L, "sth auck")),
    # a city by its dialling code, as its kids call it
    ("we grew up in the 031 tbh", (L, "the 031")),
    # a Philippine city without the "City" its GeoNames name carries
    ("my lola lives in paranaque", (L, "paranaque")),
    ("we moved to mandaue last year", (L, "mandaue")),
    # a town of Trinidad, a neighbourhood of Beirut (the places lists)
    ("pholourie in chaguanas after school", (L, "chaguanas")),
    ("we moved to achrafieh last summer", (L, "achrafieh")),
    # a town of the lists after Tagalog "sa", Malay and Indonesian "di" and "ke"
    ("ang lakas ng ulan dito sa pasig", (L, "pasig")),
    ("jom lepak di bangsar lepas sekolah", (L, "bangsar")),
    ("lagi di senayan city sama temen", (L, "senayan city")),  # a Jakarta mall (places/id.txt)
]

#: Invented posts and what must not be found in them.
NOT_FOUND = [
    # a name read where the move is the person's own, or a name after "to" that is no place
    ("devon moved to cornwall", (L, "devon")),
    ("ms kerr moved to room 4", (L, "room 4")),
    # ... nor is a town the model and the strong cue read as a place, though a given name too
    ("noor moved to bradford miss her already", (P, "bradford")),
    ("lucy moved to preston miss u", (P, "preston")),
    # a hill or stairs walked up are no peak's name
    ("hiking up the hill behind school", (L, "hill")),
    ("climbing up the stairs is so tiring", (L, "stairs")),
    # a title alone after "from" is no place
    ("got a sticker from whaea today", (L, "whaea")),
    # a world city spoken to ("sorry <city>") is no place the child is
    ("galway is the best city sorry london 😂", (L, "london")),
    # words the new places lists leave out: an English word, a given name
    ("we learnt about the penal code in history", (L, "penal")),
    ("saida is my best friend", (L, "saida")),
    # ... and no everyday word after them
    ("di rumah aja seharian", (L, "rumah")),
    ("sa school na lang tayo", (L, "school")),
    ("casa di nonna stasera", (L, "nonna")),  # Italian "di" (of) before no town
    ("that new song is mid sorry melbourne", (L, "melbourne")),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_found(text: str, want: tuple[str, str]) -> None:
    assert want in found(text)


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: tuple[str, str]) -> None:
    assert unwanted not in found(text)


#: The same kinds of posts keep the people and places they do name.
KEPT = [
    ("devon moved to cornwall", (P, "devon")),
    ("devon moved to cornwall", (L, "cornwall")),
    ("we live in london sorry for the late reply", (L, "london")),
    # a title that is a given name too is left to the model (a grandmother may go by it)
    ("visiting lola marites at the hospital", (P, "marites")),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_kept(text: str, want: tuple[str, str]) -> None:
    assert want in found(text)
