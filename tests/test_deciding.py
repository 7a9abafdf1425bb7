"""detect.deciding: the scanners that decide one kind's merged findings give that kind's findings as all do."""

from __future__ import annotations

import pytest

from leakscan.conversation.pieces import leak_scanners
from leakscan.findings import Kind
from leakscan.scanners.detect import deciding, detect_text
from leakscan.settings import Settings

# Invented texts where kinds compete for characters: a number read as a phone, a date or an age,
# a school beside an address, a handle beside an e-mail.
TEXTS = [
    "my number is 021 483 3170 and im 12",
    "my birthday is 3 june 2013 at st marys primary",
    "i live at 12 station rd near oakfield school",
    "my snap is jakeyboi11 or jake.b11@gmail.com",
    "i go to hillcrest high, born 14/02/2012",
    "i am 11 turning 12 on the 7th",
]


@pytest.mark.parametrize("kind", [Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.ADDRESS, Kind.DATE_OF_BIRTH, Kind.SCHOOL])
def test_same_findings_of_the_kind(kind: Kind) -> None:
    settings = Settings()
    every = leak_scanners(settings)
    some = deciding(kind, every)
    for text in TEXTS:
        all_found, _ = detect_text(text, settings, scanners=every)
        some_found, _ = detect_text(text, settings, scanners=some)
        assert [f for f in some_found if f.kind is kind] == [f for f in all_found if f.kind is kind]


def test_lower_ranked_scanners_left_out() -> None:
    every = leak_scanners(Settings())
    assert {s.name for s in deciding(Kind.PHONE, every)} == {"email", "phone"} & {s.name for s in every}
    assert "school" not in {s.name for s in deciding(Kind.DATE_OF_BIRTH, every)}
    assert "age" in {s.name for s in deciding(Kind.SCHOOL, every)}  # a birthday ranks before a school
