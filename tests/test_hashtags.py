"""Hashtags that hold a leak (issue 10, family 3): the tag is split into words, the parts are read,
and the finding's offsets point into the tag (the "#" stays outside)."""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan.findings import Kind
from leakscan.scanners.age import AgeScanner
from leakscan.scanners.ner import NerScanner
from leakscan.scanners.school import SchoolScanner
from leakscan.scanners.school_tags import segment

FOUND = [
    (SchoolScanner(), "best day ever #maplecreekelementary", Kind.SCHOOL, "maplecreekelementary"),
    (SchoolScanner(), "#bayviewprimary sports day 🏅", Kind.SCHOOL, "bayviewprimary"),
    (SchoolScanner(), "bake sale #riverbendps", Kind.SCHOOL, "riverbendps"),
    # a school-only event and its year after the name; an acronym and its dance; a saint's and its town
    (SchoolScanner(), "#elmwoodprom2026 tickets sold out", Kind.SCHOOL, "elmwood"),
    (SchoolScanner(), "#RGSvalentinesball was class", Kind.SCHOOL, "RGS"),
    (SchoolScanner(), "#stbrigidsnaas sports day", Kind.SCHOOL, "stbrigidsnaas"),
    (SchoolScanner(), "#presdundalk mock exams", Kind.SCHOOL, "presdundalk"),  # a short form and its town
    (AgeScanner(), "first day #year5 #nervous", Kind.AGE, "year5"),
    (AgeScanner(), "#gr7 camp was sick", Kind.AGE, "gr7"),
    (NerScanner(), "semi final!! #falconsu11", Kind.ORG, "falconsu11"),
    (NerScanner(), "#troop214 cookies sold out", Kind.ORG, "troop214"),  # a scout troop's number
]

QUIET = [
    (SchoolScanner(), "#highschool #schoollife"),
    (SchoolScanner(), "#middleschoolproblems lol"),
    (SchoolScanner(), "#backtoschool"),
    (SchoolScanner(), "#zombieprom party"),  # an everyday word before "prom"
    (SchoolScanner(), "#ellaprom pics"),  # a given name's prom
    (SchoolScanner(), "#summerschool2024"),
    (SchoolScanner(), "#NHSfair this weekend"),
    (AgeScanner(), "#year2024 recap"),
    (AgeScanner(), "#ps5 giveaway"),
    (NerScanner(), "#menu12 lol"),
    (NerScanner(), "#trooper lol"),
]


@pytest.mark.parametrize(("scanner", "text", "kind", "tag"), FOUND)
def test_a_hashtag_leak_is_found_inside_the_tag(scanner, text: str, kind: Kind, tag: str) -> None:
    got = [(f.kind, f.text, text[f.start - 1]) for f in scan_checked(scanner, text)]
    assert (kind, tag, "#") in got


@pytest.mark.parametrize(("scanner", "text"), QUIET)
def test_hashtags_without_a_leak_stay_quiet(scanner, text: str) -> None:
    assert [f.text for f in scan_checked(scanner, text) if "#" + f.text in text] == []


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("hazelwoodprimary", ["hazelwood", "primary"]),
        ("lakeviewps", ["lakeview", "ps"]),
        ("schoolday", ["school", "day"]),
    ],
)
def test_segment(body: str, parts: list[str]) -> None:
    assert segment(body) == parts
