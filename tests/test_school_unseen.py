"""SCHOOL families seen across several new writers' sets (invented rows; no post of a set).

A school left ("i don't go to <name> anymore", "im not at <name> anymore"): the gazetteer's known
name after a negated strong cue is the school, as after "i go to".

A school cheered by its mascot ("go <name> <mascot>"): the name is the school; then "beat <name>
<day>" names the other school.

The edges of a span (the writers' convention): a title before a school named after a person ("sir
<given> <initial> <surname> ss", "lord <surname> elementary", "dr. <surname> ci") and a hyphenated
word ("école <given>-<given>") are inside it, and so is a numbered branch's number ("kv no 4"); the
school's sport or event it ran into ("<te kura ...> kapa haka", "<laerskool ...> atletiek") is not; a saint's
full name found by its first word is whole ("st thomas becket").
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("go dunmore wildcats!! 🏀", ["dunmore"]),
        ("lets go Kelmscott Cougars 🔥 state finals", ["Kelmscott"]),
        ("GO LORD HARWICK PANTHERS", ["LORD HARWICK"]),
        ("so proud. go holy cross falcons", ["holy cross"]),
        ("go maplewood eagles!!! beat fairview saturday", ["maplewood", "fairview"]),
    ],
)
def test_a_cheered_school_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "go philadelphia eagles",
        "go little tigers you can do it",
        "we go see the hawks at the zoo",
        "go eagles!!",
        "go sarah tigers",
        "go eastside eagles my cousin scored",
        "GO RIVERTON HORNETS 10U!!",
        "go dunmore wildcats u11 💪",
        "mum said go buy tigers bread",
    ],
)
def test_no_school_in_other_cheers(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grade 9 at sir george b fairbanks ss", ["sir george b fairbanks ss"]),
        ("Lord Halden Elementary field trip", ["Lord Halden Elementary"]),
        ("i go to école marie-claire next year", ["école marie-claire"]),
        ("Sir Edmund Kirkby SS band night", ["Sir Edmund Kirkby SS"]),
        ("kendriya vidyalaya no 4 sports meet", ["kendriya vidyalaya no 4"]),
        ("i go to KV No.5 in pune", ["KV No.5"]),
        ("te kura kaupapa māori o ruatoki kapa haka was mean", ["te kura kaupapa māori o ruatoki"]),
        ("laerskool doringkloof atletiek vandag", ["laerskool doringkloof"]),
        ("polyvalente des sommets c'est nul", ["polyvalente des sommets"]),
        ("year 8 at st thomas becket is ok", ["st thomas becket"]),
        ("st john bosco vs st kevins netball", ["st john bosco", "st kevins"]),
    ],
)
def test_a_span_takes_its_title_and_hyphens(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thank you sir Westfield High rocks", ["Westfield High"]),
        ("oh lord Westfield High lost again", ["Westfield High"]),
        ("the maths sir from Westfield High is kind", ["Westfield High"]),
        ("our sir at Westfield High is strict", ["Westfield High"]),
        ("Westfield High-based robotics club", ["Westfield High"]),
        ("Westfield High no 1 fan right here", ["Westfield High"]),
        ("Cricket Green School open day", ["Cricket Green School"]),
        ("we beat Kirkby Primary at netball", ["Kirkby Primary"]),
        ("i go to st thomas and love it", ["st thomas"]),
    ],
)
def test_a_span_keeps_its_edges_elsewhere(text: str, expected: list[str]) -> None:
    assert found(text) == expected
