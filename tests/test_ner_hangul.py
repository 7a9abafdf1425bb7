"""Tests for :mod:`leakscan.scanners.ner_hangul`: friends and places of posts written in Korean.

Every post here is written for leakscan; the children are made up (real districts appear as places).
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오늘 서연이랑 롯데월드 갔다옴 ㅋㅋ", [(P, "서연"), (L, "롯데월드")]),  # "이랑" after a consonant
        ("하준랑 명동 가자", [(P, "하준"), (L, "명동")]),  # "랑" after a vowel
        ("민서하고 잠실에서 놀았어", [(P, "민서"), (L, "잠실")]),  # "하고", "에서" and a verb of playing
    ],
)
def test_friends_and_places_in_korean(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "엄마랑 마트 갔다옴",  # with mum, to the shop: kin and a kind of place
        "친구랑 학교 갔어",  # with a friend, to school
        "오늘 같이 놀러 가자",  # let's go and play together today
    ],
)
def test_kin_and_kinds_of_places_stay_quiet(text: str) -> None:
    assert found(text) == [], found(text)
