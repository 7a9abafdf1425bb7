"""A phone number a picture shows again (leakscan.scanners.screen_numbers): a poster's row of
tear-off strips, read too crooked to be the number digit for digit."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_numbers import header_numbers, repeats, tear_offs

NUMBER = "0215550179"

TEAR_OFFS = [
    # strips read crooked: digits dropped and misread, one at the head ("031" for "021")
    ("lost rabbit call 021 555 0179\n0311 0009 0210 09 0211 009 021 5", ["0311 0009 0210 09 0211 009 021 5"]),
    ("call 021 555 0179\n021--0-09 021-9-09 021-00-009", ["021--0-09 021-9-09 021-00-009"]),
]

NOT_TEAR_OFFS = [
    "call 021 555 0179\nscores 12 40 22 7 3 9",  # a table's numbers start no way the number does
    "call 021 555 0179\nmeet at 0215 0219 on the bus",  # words on the line: no strips
    "call 021 555 0179\n0215 0219",  # two words: too few for a row of strips
    "call 021 555 0179\n021 02 021",  # too few digits for a number
    "0215 5 79 0215 0179 0215 55",  # no phone number found in the picture
]


@pytest.mark.parametrize(("text", "found"), TEAR_OFFS)
def test_a_row_of_tear_off_strips_shows_the_number(text: str, found: list[str]) -> None:
    again = list(repeats(text, {NUMBER}))
    assert [text[s:e] for s, e in tear_offs(text, {NUMBER}, again)] == found


@pytest.mark.parametrize("text", NOT_TEAR_OFFS)
def test_other_numbers_are_no_strips(text: str) -> None:
    numbers = {NUMBER} if "call" in text else set()
    assert list(tear_offs(text, numbers, list(repeats(text, numbers)))) == []


def test_strips_read_again_whole_are_left_to_repeats() -> None:
    text = "call 021 555 0179\n021 555 0179 0311 0009 0210 09"
    again = list(repeats(text, {NUMBER}))
    assert [text[s:e] for s, e in again] == ["021 555 0179", "021 555 0179"]
    assert [text[s:e] for s, e in tear_offs(text, {NUMBER}, again)] == ["0311 0009 0210 09"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("9:41\n# 07700 900123\nhey u there\nmessage", ["07700 900123"]),  # an unsaved contact's chat
        ("9:41\n# +64 21 555 0199\ntoday\nok", ["+64 21 555 0199"]),
        ("order\n# 0123456789\nthanks for shopping", []),  # no chat's screen
        ("9:41\n# 75845343\ntoday", []),  # too short for a phone number
        ("9:41\n# 9876543210\ntoday", []),  # no leading 0 or +
        ("today we won\n# 07700 900123 was my shirt", []),  # not alone on its line
    ],
)
def test_a_number_heading_a_chat(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in header_numbers(text)] == found
