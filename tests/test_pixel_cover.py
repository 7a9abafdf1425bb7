"""What a covered copy hides for a finding read in a picture (leakscan.scanners.pixel_cover):
the rest of the same field on the same line, never the prose or the labels beside it.
Invented lines (names, streets, towns and codes made up for these tests)."""

from __future__ import annotations

import pytest

from leakscan.findings import Kind
from leakscan.scanners import pixel_text
from leakscan.scanners.pixel_cover import cover_span
from leakscan.scanners.pixel_text import scan_pixels_text
from leakscan.settings import Settings


def covered(line: str, kind: Kind, found: str) -> str:
    start = line.index(found)
    a, b = cover_span(line, kind, start, start + len(found))
    return line[a:b]


GROWN = [
    # a person: the title and initials before a surname, a given name no list knows, a
    # particle's surname, an initial after a given name, an OCR's "l" for a capital "I"
    ("Class teacher Mrs Quenby-Ashdale", Kind.PERSON, "Quenby-Ashdale", "Mrs Quenby-Ashdale"),
    ("Signed: Dr. T. Vellacourt", Kind.PERSON, "Vellacourt", "Dr. T. Vellacourt"),
    ("Kaiako: Whaea Rangimarie", Kind.PERSON, "Rangimarie", "Whaea Rangimarie"),
    ("Coach Brannagh Okoro-Leith", Kind.PERSON, "Brannagh Okoro-Leith", "Coach Brannagh Okoro-Leith"),
    ("Emergency contact Tamsu Wexcombe", Kind.PERSON, "Wexcombe", "Tamsu Wexcombe"),
    ("Pick-up: Marisol de Quintavalle", Kind.PERSON, "Marisol", "Marisol de Quintavalle"),
    ("Party for Caoimhin O'Dwyre-Lusk today", Kind.PERSON, "Caoimhin", "Caoimhin O'Dwyre-Lusk"),
    ("Star of the week: Orla P.", Kind.PERSON, "Orla", "Orla P."),
    ("Guardian 2 Priya lyer", Kind.PERSON, "Priya", "Priya lyer"),
    ("ZT Zainab Tollemache", Kind.PERSON, "Zainab Tollemache", "ZT Zainab Tollemache"),
    # an address or a place: the postcode, county and region after it, the town across a comma,
    # the house number before a street
    ("14 Quillan Road, Ballyrowan, Co. Wexford, Y35 K2P8", Kind.ADDRESS, "14 Quillan Road", None),
    ("Ferncastle, NS B4K 2R7", Kind.LOCATION, "Ferncastle", None),
    ("Dunmarra VIC 3871", Kind.LOCATION, "Dunmarra", None),
    ("Flat 9C, Kesari Heights, Pallavpur - 411092", Kind.LOCATION, "Pallavpur", "Pallavpur - 411092"),
    ("Ballyrowan, Co. Wexford Y35 K2P8", Kind.ADDRESS, "Y35 K2P8", None),
    ("87 Tarnbrook Close, Upper Wyndale", Kind.ADDRESS, "Tarnbrook Close", None),
    ("Deliver to 87 Tarnbrook Close", Kind.ADDRESS, "Tarnbrook Close", "87 Tarnbrook Close"),
    ("Weir Lane, Glenmorrow Please ring the bell", Kind.ADDRESS, "Weir Lane", "Weir Lane, Glenmorrow"),
    # a birthday's year
    ("Born March 14, 2016", Kind.DATE_OF_BIRTH, "March 14", "March 14, 2016"),
    ("DOB 3 June 2015", Kind.DATE_OF_BIRTH, "3 June", "3 June 2015"),
    # a school's name: a neighbour a list knows as a place or a name
    ("Te Kura o Harakeke Valley", Kind.SCHOOL, "Te Kura o Harakeke", "Te Kura o Harakeke Valley"),
]


@pytest.mark.parametrize(("line", "kind", "found", "expected"), GROWN)
def test_a_cover_grows_over_the_rest_of_its_field(line: str, kind: Kind, found: str, expected: str | None) -> None:
    assert covered(line, kind, found) == (expected or line)


KEPT = [
    # prose, labels and everyday words beside a name stay uncovered
    ("Contact Wexcombe on Friday", Kind.PERSON, "Wexcombe"),
    ("I'm Tamsu and I like drawing", Kind.PERSON, "Tamsu"),
    ("Guardian Tamsu Wexcombe", Kind.PERSON, "Tamsu Wexcombe"),
    ("Tamsu Wexcombe Don't forget", Kind.PERSON, "Tamsu Wexcombe"),
    ("Tamsu Wexcombe DOB", Kind.PERSON, "Tamsu Wexcombe"),
    ("Congratulations Tamsu Wexcombe", Kind.PERSON, "Tamsu Wexcombe"),
    ("love Wexcombe", Kind.PERSON, "Wexcombe"),
    ("we ate Wexcombe pie", Kind.PERSON, "Wexcombe"),
    # a place's sentence goes on after it: not a postcode, not a town after a comma
    ("we went to Ferncastle to see the boats", Kind.LOCATION, "Ferncastle"),
    ("Ferncastle on Tuesday", Kind.LOCATION, "Ferncastle"),
    ("GameVault Online, Unit 8 Quarry Park", Kind.ADDRESS, "Unit 8 Quarry Park"),
    # a year that is not one (a time, a longer number), a school's next label or heading
    ("Born March 14 at 2015hrs", Kind.DATE_OF_BIRTH, "March 14"),
    ("Harakeke Valley School Principal", Kind.SCHOOL, "Harakeke Valley School"),
    ("Harakeke Valley School Enrolment", Kind.SCHOOL, "Harakeke Valley School"),
    # another kind never grows; nor across a line's end
    ("call 021 555 0187 Tamsu", Kind.PHONE, "021 555 0187"),
    ("14 Quillan Road\nBallyrowan, Y35 K2P8", Kind.ADDRESS, "14 Quillan Road"),
]


@pytest.mark.parametrize(("line", "kind", "found"), KEPT)
def test_a_cover_keeps_to_its_field(line: str, kind: Kind, found: str) -> None:
    assert covered(line, kind, found) == found


def _row(text: str, y: int) -> pixel_text.OcrLine:
    """One line of text 20 px high at ``y``, 10 px per character."""
    w = 10.0 * len(text)
    return pixel_text.OcrLine(
        text=text, quad=((10.0, y), (10.0 + w, y), (10.0 + w, y + 20.0), (10.0, y + 20.0)), score=1.0
    )


def test_the_box_grows_the_text_found_does_not() -> None:
    """A teacher's surname read on a card: the finding says the surname, its box holds the title."""
    read = pixel_text.assemble([_row("Class teacher: Mrs Vellacourt", 100)], (800, 300))
    (person,) = [f for f in scan_pixels_text(None, Settings(), text=read) if f.kind is Kind.PERSON]
    assert person.text == "Vellacourt"
    title_left = 10 + 10 * read.text.index("Mrs")
    assert person.box is not None and person.box[0] <= title_left + 10
