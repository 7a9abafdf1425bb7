"""A school's name as a picture lays it out (leakscan.scanners.screen_schools): a sign's two
lines, another language's word for a school, a form's label."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_schools import (
    form_clubs,
    junior_sides,
    labelled_schools,
    school_names,
    server_names,
    weekly_groups,
)

SCHOOLS = [
    ("what school r u at\nTui Grove Primary School", ["Tui Grove Primary School"]),  # a street's name opens it
    ("RATA HILL C OF E PRIMARY SCHOOL\nOffice 021 555 0100", ["RATA HILL C OF E PRIMARY SCHOOL"]),
    ("FERNDALE\nINTERMEDIATE SCHOOL\nVisitors report to the office", ["FERNDALE\nINTERMEDIATE SCHOOL"]),  # two lines
    ("KAURI\nC OF E JUNIOR SCHOOL", ["KAURI\nC OF E JUNIOR SCHOOL"]),
    ("NAME Sione Vake SCHOOL Lindenhof Grundschule VALID 2027", ["Lindenhof Grundschule"]),  # another language
    ("school Eikenhof Basisschool", ["Eikenhof Basisschool"]),
    ("Rua Azul Escola Municipal", ["Rua Azul Escola Municipal"]),
    ("lunch box of Pieter\nLaerskool Rooihoogte", ["Laerskool Rooihoogte"]),  # the kind first
    ("Name: Tama Vea Class: 4B\nSchool: Pukeko", ["Pukeko"]),  # a form's label
    ("School: Riverton C", ["Riverton C"]),  # the OCR cut the name's last word
    ("Kaurivale School Wharerangi\nSPORTS DAY", ["Kaurivale School"]),  # a name no list knows, no level
    ("WHAREVALE SCHOOL", ["WHAREVALE SCHOOL"]),
    ("Kaurivale Primêr\nTerm 2", ["Kaurivale Primêr"]),  # Afrikaans
    ("Tui Grove K-8 School\nEnrolments open", ["Tui Grove K-8 School"]),  # the span of years it teaches
    ("RATA HILL\nP-12 SCHOOL", ["RATA HILL\nP-12 SCHOOL"]),
    # a level alone after the name, as NZ, AU and UK schools are called
    ("Wharekauri Preparatory\nTerm 3 newsletter", ["Wharekauri Preparatory"]),
    ("meet u at Kahikatea Bay Intermediate after", ["Kahikatea Bay Intermediate"]),
    ("Fernhill Elementary\nSpring concert", ["Fernhill Elementary"]),
]

NOT_SCHOOLS = [
    "what school u go to",  # no name
    "Back To High School sale",  # a sentence's words
    "My Middle School years",
    "my primary school is near",  # no capitals
    "Route 4 Library Leisure Centre College Hospital",  # English "College": a timetable's stop
    "HIGH SCHOOL MUSICAL",  # no name before the kind
    "Year 6\nprimary school maths",  # a lesson's title, no sign's name
    "Summer School starts Monday",  # an everyday word before a bare "School"
    "Driving School",
    "Music School open day",
    "our k-8 school trip",  # a span of years, no name
    "Grades K-8 School supplies list",  # a list's heading, not a name
    "Maths Primary\nWorksheet 3",  # one everyday word before a bare level
    "The Elementary Guide To Chess",  # a sentence's word
    "Beatles Primary colours",  # a famous name
]


@pytest.mark.parametrize(("text", "found"), SCHOOLS)
def test_a_schools_name_as_a_picture_lays_it_out(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in school_names(text)] == found


@pytest.mark.parametrize("text", NOT_SCHOOLS)
def test_no_schools_name(text: str) -> None:
    assert list(school_names(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "schools"),
    [
        ("Aroha Ngata Year 6·Rata Hill\nROOM 4", "Aroha Ngata", ["Rata Hill"]),  # a name label
        ("Aroha Ngata 5K • Kaurivale", "Aroha Ngata", ["Kaurivale"]),
        ("Aroha Ngata Year 6 · The Best", "Aroha Ngata", []),  # a sentence's words
        ("Aroha Ngata Year 6 Kaurivale", "Aroha Ngata", []),  # no label's dot
    ],
)
def test_a_name_labels_school_after_the_year(text: str, name: str, schools: list[str]) -> None:
    start = text.index(name)
    assert [text[s:e] for s, e in labelled_schools(text, [(start, start + len(name))])] == schools


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kelso Rovers FC Player Registration Form 2025\nFull name:", ["Kelso Rovers FC"]),  # the club's own form
        ("Tinwald Scouts Membership Form", ["Tinwald Scouts"]),
        ("RAGLAN NETBALL CLUB Junior Registration Form", ["RAGLAN NETBALL CLUB"]),
        ("Player Registration Form 2025", []),  # no name before the title
        ("Fill In The Registration Form", []),  # an instruction
        ("please fill in the registration form", []),  # a sentence
    ],
)
def test_a_club_heading_its_form(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in form_clubs(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("9:12\n# maths-help Tinwald Netball Club\nToday\nMessage #maths-help", ["Tinwald Netball Club"]),  # a server
        ("# general Kowhai Kids\nhi\nMessage #general", ["Kowhai Kids"]),
        ("# general Tinwald Netball Club\nhi", []),  # no channel's message box
        ("# general\nMessage #general", []),  # no server's name after the channel
        ("#1 Kiri Tane\nMessage #general", []),  # a rank, no channel
    ],
)
def test_a_chat_servers_name(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in server_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kowhai Valley Coding Club Thursdays 3:30pm at the library", ["Kowhai Valley Coding Club"]),  # a card
        ("Tinwald Junior Choir - Saturdays 10am", ["Tinwald Junior Choir"]),
        ("Chess Club Mondays", []),  # what it does, no group's name
        ("The Netball Team Fridays", []),  # no name before its kind
        ("Tinwald Junior Choir sings on Saturday", []),  # no weekday it meets on
    ],
)
def test_a_group_meeting_every_week(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in weekly_groups(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lost boot? Kereru Heights Netball Club U11 Ring 021 555 0111", ["Kereru Heights Netball Club U11"]),
        ("MATAI ROVERS FC U-9 trials", ["MATAI ROVERS FC U-9"]),
        ("Rugby Club U9 photos", []),  # one word before its kind: no club's name
        ("The Hockey Club U12", []),  # no name before its kind
        ("Kereru Heights Netball Club U21 dinner", []),  # no child's age group
        ("Kereru Heights Netball Club meets at 4", []),  # no age group
    ],
)
def test_a_clubs_junior_side(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in junior_sides(text)] == found
