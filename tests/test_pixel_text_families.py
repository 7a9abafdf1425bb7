"""What the whole text pipeline of a picture finds (leakscan.scanners.pixel_text.scan_pixels_text
on OCR lines, assembled): families of values the text scanners read in pictures -- a profile's
"name, 9 yrs.", a party's ordinal birthday beside its bouncy castle, a house on a cross or main
road by its ordinal, a phone number before a form's next label, a school stage as a form's class. Invented OCR-like lines."""

from __future__ import annotations

import pytest

from leakscan.findings import Kind
from leakscan.scanners import pixel_text
from leakscan.scanners.pixel_text import scan_pixels_text
from leakscan.settings import Settings


def _row(text: str, y: int) -> pixel_text.OcrLine:
    """One line of text 20 px high at ``y``, 10 px per character."""
    w = 10.0 * len(text)
    return pixel_text.OcrLine(
        text=text, quad=((10.0, y), (10.0 + w, y), (10.0 + w, y + 20.0), (10.0, y + 20.0)), score=1.0
    )


def _found(rows: list[str]) -> set[tuple[Kind, str]]:
    read = pixel_text.assemble([_row(t, 100 + 40 * i) for i, t in enumerate(rows)], (1600, 800))
    return {(f.kind, f.text.lower()) for f in scan_pixels_text(None, Settings(), text=read)}


FOUND = [
    # a profile's "about me" with the name, the age in years and its full stop
    (["ABOUT ME Ruben, 9 yrs. Kelsoford Primary School."], Kind.AGE, "9"),
    (["About me: Ruben, 11 years. plays for Marsh Rovers"], Kind.AGE, "11"),
    # a party's ordinal birthday, the bouncy castle after it no castle an age is told of
    (["Come to Ruben's 6th Birthday Party Sunday 3/4 Bouncy castle & games"], Kind.AGE, "6th birthday"),
    # a house on a cross or main road by its ordinal (a grid of streets)
    (["my house is No. 12, 4th Cross near the park"], Kind.ADDRESS, "no. 12, 4th cross"),
    (["drop it at #41 2nd Main Road pls"], Kind.ADDRESS, "#41 2nd main road"),
    # a school stage as a form's class value
    (["Ruben Marsh Class: Kindergarten"], Kind.AGE, "kindergarten"),
    (["Year level: Prep"], Kind.AGE, "prep"),
    # a phone number before a form's next label and its street
    (["Dad: 0412 775 093 Address: 14 Tawa Ave"], Kind.PHONE, "0412 775 093"),
]

NOT_FOUND = [
    # a count of years, no bio's label or name before it
    (["we have been friends, 9 yrs. best ever"], Kind.AGE),
    # a castle's age, no party
    (["the castle is 700 years old"], Kind.AGE),
    # a class preparing for a test: no stage
    (["Class: prep for the spelling test"], Kind.AGE),
    # a cross on a map, no house number
    (["turn left at the 4th cross"], Kind.ADDRESS),
    # a zip code and a house number run together: no phone
    (["17031 2202 Rissik St"], Kind.PHONE),
]


@pytest.mark.parametrize(("rows", "kind", "value"), FOUND)
def test_the_picture_shows_it(rows: list[str], kind: Kind, value: str) -> None:
    assert (kind, value) in _found(rows)


@pytest.mark.parametrize(("rows", "kind"), NOT_FOUND)
def test_nothing_of_the_kind(rows: list[str], kind: Kind) -> None:
    assert not any(k is kind for k, _v in _found(rows))
