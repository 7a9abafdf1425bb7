"""SCHOOL families seen across several new writers' sets (invented rows; no post of a set).

A school left ("i don't go to <name> anymore", "im not at <name> anymore"): the gazetteer's known
name after a negated strong cue is the school, as after "i go to".
"""

from __future__ import annotations

import pytest
from conftest import scan_spans

from leakscan.scanners.school import SchoolScanner
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = SchoolScanner()


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, _k in scan_spans(SCANNER, text, SETTINGS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we moved house so i dont go to fernhill anymore", ["fernhill"]),
        ("i don't go to Brackley anymore, new school is ok", ["Brackley"]),
        ("im not at fernhill anymore 😢 miss everyone", ["fernhill"]),
        ("I am no longer at Brackley since march", ["Brackley"]),
        ("we no longer attend fernhill", ["fernhill"]),
    ],
)
def test_a_school_left_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i dont go to ballet anymore its boring",
        "im not at home rn call me later",
        "i don't go to the gym anymore lol",
        "im not at work today",
        "i dont go to bed before midnight",
        "we dont go to church on sundays now",
        "im not at all sure about that",
    ],
)
def test_no_school_after_a_negated_cue(text: str) -> None:
    assert found(text) == []
