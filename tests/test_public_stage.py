"""Tests for public things a post names that are no one near the child (issue 10, family 9): a star
on a stage, songs, pro netball sides, natural wonders, where a film was made, a fan's "my fav", a
piece of a show's name, a fixture at a famous ground, a dreamt-of place, other languages' words
for church and hello, a side's colours, a world city's dish, a star's birthday wished, an old age
as a picture; and the same frames where they do name the child's friend, town or birthday.

Every post here is written for leakscan; the children and towns are made up (a few real stars,
songs, sides, sights and towns appear as what they are).
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import posts
from leakscan.findings import Kind
from leakscan.scanners.ner import NerScanner
from leakscan.scanners.ner_public import not_public
from leakscan.settings import Settings
from leakscan.truecase import lexicon

SETTINGS = Settings()
SCANNER = NerScanner()
P, L, G = "PERSON", "LOCATION", "ORG"


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every NER finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


def kinds(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every span finding of a whole post scan."""
    result = posts.scan_many_texts([text], None)[0]
    return [(f.kind.value, text[f.start : f.end]) for f in result.findings if f.is_span]


#: Invented posts that name no one near the child.
QUIET = [
    "hey jude came on the radio and dad sang along",  # a song named after a given name
    "despacito is a banger",  # songs known the world over
    "naatu naatu is stuck in my head",
    "mount kilimanjaro is the tallest in africa",  # a natural wonder
    "kilimanjaro is the tallest mountain in africa",
    "the show is set in cornwall",
    "argentina v brazil at wembley tonight",  # a fixture at a famous ground
    "see u after lotu on sunday",  # church in Tongan, Samoan and Fijian
    "sawadee ka friends",  # a Thai greeting
    "up the red and ruby lads",  # a side's colours, one of them a given name
    "maroon and amber scarves everywhere today",
    "chicago style hot dogs are the best",  # a dish named for a world city
    "new york pizza slaps",
]

#: The same frames with a friend, the child's town or the child's own trip: kept.
KEPT = [
    ("me and skepta at riverton park lol", (P, "skepta")),  # a personal cue before the name
    ("me and priya danced to despacito", (P, "priya")),  # a friend beside a song
    ("camping at ruapehu with jude this weekend", (P, "jude")),  # a friend at the sight
    ("we filmed our dance video in tauranga", (L, "tauranga")),  # the child's own filming
    ("my fav cousin chelsea is here", (P, "chelsea")),  # kin between "my fav" and the name
    ("melbourne vixens u13s training at 5", (G, "melbourne vixens u13s")),  # a youth team of the name
    ("our u11s vs kerrin at eden park sunday", (L, "eden park")),  # the child's own side at the ground
    ("me and lotu at the park", (P, "lotu")),  # a Pacific given name after a personal cue
    ("me and amber at the match", (P, "amber")),  # a colour's name for a friend
    ("our cat and amber came over", (P, "amber")),  # "and" after no colour
    ("we had pizza in chicago", (L, "chicago")),  # the dish eaten in the city
    ("we had bunny chow in durban with my cousins", (L, "durban")),
]


@pytest.mark.parametrize("text", QUIET)
def test_public_stage_stays_quiet(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_the_same_frames_near_the_child_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "happy birthday to harry styles 🎂 1 feb",  # a fan's wish to a star: a public date
        "by the last lap id turned into an 80 year old",  # an old age as a picture of tiredness
        "ngl turning into a 60 year old after one gym session",
        "she became a 3 year old again at the zoo",
    ],
)
def test_no_birthday_or_age_of_the_child(text: str) -> None:
    assert kinds(text) == [], kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("happy birthday kalani 🎂 march 9 love u", ("DATE_OF_BIRTH", "march 9")),  # a friend wished
        ("happy birthday to my bestie 🎂 aug 30", ("DATE_OF_BIRTH", "aug 30")),
        ("i turned 12 and got a bike", ("AGE", "12")),  # the child's own age
        ("im a 10 year old girl who loves horses", ("AGE", "10 year old")),
    ],
)
def test_the_childs_birthday_and_age_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text), kinds(text)


@pytest.mark.parametrize(
    ("text", "piece", "kept"),
    [
        ("blue peter garden got wrecked", "peter garden", False),  # the tagger cut a show's first word off
        ("the harry styles wax figure is creepy", "styles wax", False),  # ... or a star's
        ("me and peter at the blue peter garden", "peter", True),  # a friend before the show's name
    ],
)
def test_a_piece_of_a_famous_name(text: str, piece: str, kept: bool) -> None:
    start = text.index(piece)
    out = not_public([(start, start + len(piece), Kind.PERSON, 0.85)], text, lexicon())
    assert bool(out) is kept, out


#: Spans a tagger may read in invented posts, each dropped by one rule of this family (the tagger
#: reads each differently from run to run of its model, so the rules are checked on the span).
DROPPED = [
    ("skepta at brixton academy ngl", "brixton", Kind.LOCATION),  # a stage name's stage
    ("olivia rodrigo played murrayfield and the crowd was huge", "olivia rodrigo played murrayfield", Kind.LOCATION),
    ("queensland firebirds lost by two goals", "queensland firebirds", Kind.ORG),  # a pro netball side
    ("the lord of the rings scenes were shot in rotorua", "rotorua", Kind.LOCATION),  # where a film was made
    ("the switch is still my favourite nintendo console", "nintendo", Kind.ORG),  # a fan's "my fav" before a brand
    ("nz v australia at eden park on sky tonight", "eden park", Kind.LOCATION),  # a fixture at a famous ground
    ("i'd love to visit zermatt before i die", "zermatt", Kind.PERSON),  # a dreamt-of place read as a name
]


@pytest.mark.parametrize(("text", "span", "kind"), DROPPED)
def test_public_spans_are_dropped(text: str, span: str, kind: Kind) -> None:
    start = text.index(span)
    assert not_public([(start, start + len(span), kind, 0.85)], text, lexicon()) == []


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("me and skepta headlining our school talent show", "skepta", Kind.PERSON),  # a personal cue
        ("we saw olivia rodrigo in melbourne", "melbourne", Kind.LOCATION),  # the child there
        ("we filmed our dance video in rotorua", "rotorua", Kind.LOCATION),  # the child's own filming
        ("our u11s v kerrin at eden park sunday", "eden park", Kind.LOCATION),  # the child's own side
    ],
)
def test_the_same_spans_near_the_child_stay(text: str, span: str, kind: Kind) -> None:
    start = text.index(span)
    assert not_public([(start, start + len(span), kind, 0.85)], text, lexicon()) != []
