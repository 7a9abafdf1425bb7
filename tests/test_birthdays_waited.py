"""DATE_OF_BIRTH of the age scanner in the frames of the spent text-v25's misses: the answer to a
birthday question ("bday?? mine's ..."), the day of a birthday party or cake told with "on"
("sleepover party for <name> on <day>"), a full date and the holiday on it before "baby", and the day an
age waited for comes ("when im 12 ... <day> hurry up"); and the same words where the day
is no one's birthday.

Every post here is made up for these tests (fictional children and dates).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import Kind, Settings
from leakscan.scanners.age import AgeScanner

SETTINGS = Settings()
SCANNER = AgeScanner()


def spans(text: str, kind: Kind) -> list[str]:
    return [f.text for f in scan_checked(SCANNER, text, SETTINGS) if f.kind is kind]


BIRTH_DATES = [
    ("bday?? mine's 4 june, urs", "4 june"),  # the answer after the question mark
    ("the form wants my dob? its 02/11/2014", "02/11/2014"),
    ("sleepover bday party for ana on march 4, bring pjs", "march 4"),  # the party's day, with "on"
    ("my birthday cake on 7 august had three layers", "7 august"),
    ("4 july 2014 independence day baby, fireworks every bday", "4 july 2014"),  # born on the holiday
    ("when im 12 🙏 3rd june hurry up", "3rd june"),  # the day the age waited for comes
    ("when i am 11 🎉 1st of may hurry up pls", "1st of may"),
]

NOT_BIRTH_DATES = [
    "see u on 3 may at the park",  # a day to meet
    "bday party was fun!! see u at school on 9 june",  # another day, not the party's
    "when im 12 ill get a phone. 3 june is sports day 🏃",  # no wait after the day
    "when i was 6 we moved 😢 2 june cant come soon enough",  # an age gone by
    "holidays start 20 december cant come soon enough",  # a holiday waited for, no age
    "4 july fireworks baby 🎆",  # a day and an exclamation, no year
]


@pytest.mark.parametrize(("text", "span"), BIRTH_DATES)
def test_birth_dates(text: str, span: str) -> None:
    assert span in spans(text, Kind.DATE_OF_BIRTH)


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_no_birth_date(text: str) -> None:
    assert spans(text, Kind.DATE_OF_BIRTH) == []
