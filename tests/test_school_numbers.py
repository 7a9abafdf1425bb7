"""SCHOOL scanner: schools known by their number after a school word ("secu 42", "liceo 7", "sp nr 12").
Positive and negative tables.

Every school and post here is made up; no post comes from a real child or from a corpus.
"""

from __future__ import annotations

import pytest
from conftest import scan_spans

from leakscan.scanners.school import SchoolScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = SchoolScanner()


def names(text: str) -> list[str]:
    return [text[s:e] for s, e, _k in scan_spans(SCANNER, text, SETTINGS)]


NUMBERED = [
    ("mañana hay examen en la secu 17 😩", "secu 17"),  # Mexico: a numbered secondary, said short
    ("ganamos el torneo de la secundaria técnica 88", "secundaria técnica 88"),
    ("primer año en el liceo 11 y ya me perdí", "liceo 11"),  # Chile, Uruguay
    ("la escuela n° 205 tiene acto el viernes", "escuela n° 205"),  # a word for "number" before it
    ("po lekcjach w sp nr 31 idziemy na lody", "sp nr 31"),  # Poland: a primary school, with "nr"
    ("wszyscy z gimnazjum nr 6 tu są", "gimnazjum nr 6"),
    ("наша школа №112 выиграла эстафету", "школа №112"),  # Russian
    # Poland's short school words without "nr", right after a Polish preposition
    ("jutro idę do sp 9 na apel", "sp 9"),
    ("ola jest w lo 14 od września", "lo 14"),
    ("kolega ze sp 21 gra w kosza", "sp 21"),
    # a Chinese school: its district's or city's name, its number, its type
    ("first week at qingshan no. 3 middle school", "qingshan no. 3 middle school"),
    ("we won the relay for baiyun no 2 primary 🏃", "baiyun no 2 primary"),
]

NOT_NUMBERED = [
    "estuve en la escuela 3 horas esperando",  # a count of hours
    "el colegio 2024 fue muy largo",  # a year, not a number of the school
    "mi hermano tiene 12 y va al liceo",  # no number after the school word
    "sp 4 is the best stat to level first",  # a short word without "nr": a game's stat
    "lo 12 lol",
    "w sp 2 lata temu",  # a count of years after the preposition's short word
    "my mage has sp 40 now",  # a game's stat, no Polish preposition before it
    "the no. 1 high school in the county",  # a ranking, no name before the number
    "voted best no. 2 primary pick",  # an everyday word before the number
]


@pytest.mark.parametrize(("text", "name"), NUMBERED)
def test_finds_a_school_by_its_number(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", NOT_NUMBERED)
def test_leaves_counts_years_and_short_words_alone(text: str) -> None:
    assert names(text) == []
