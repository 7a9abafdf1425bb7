"""Ages a picture prints beside a name or a birth date (leakscan.scanners.screen_ages)."""

from __future__ import annotations

import pytest

from leakscan.scanners.screen_ages import (
    age_groups,
    answered_birthdays,
    banner_ages,
    birth_dates,
    birthday_is,
    dated_groups,
    greeted_ages,
    named_years,
    school_years,
    stated_ages,
)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("HAPPY BIRTHDAY!\nTAMSIN is 9 today", ["9"]),  # a banner
        ("Kiri is turning 12\nparty at 3pm", ["12"]),
        ("Birthday lunch\nDinner is 6 pm", []),  # a time
        ("Party!\nThe score is 11:30", []),  # no name before "is"
        ("Kiri is 11", []),  # no birthday in the picture
        ("Birthday quiz\nKiri is 11 points ahead", []),  # a count
    ],
)
def test_a_birthdays_name_is_an_age(text: str, ages: list[str]) -> None:
    assert [text[s:e] for s, e in birthday_is(text)] == ages


@pytest.mark.parametrize(
    ("text", "name", "years"),
    [
        ("Tomasz Verrall Year 8\nKelso Karate", "Tomasz Verrall", ["Year 8"]),  # a certificate
        ("Aroha Ngata - Grade 5", "Aroha Ngata", ["Grade 5"]),  # a name label
        ("Aroha Ngata\nYear 8", "Aroha Ngata", []),  # another line
        ("Aroha Ngata\n6B\nRoom 4", "Aroha Ngata", ["6B"]),  # a class and its section under it
        ("Aroha Ngata\n6B4", "Aroha Ngata", []),  # no class's shape
        ("Aroha Ngata 5K·Rata Hill", "Aroha Ngata", ["5K"]),  # a name label's class before its school
        ("ask Aroha in 3T or call", "Aroha", ["3T"]),  # "in" a class
        ("Aroha Ngata 3D Printing", "Aroha Ngata", []),  # a word after it
        ("Aroha Ngata Year 2026 review", "Aroha Ngata", []),  # a calendar year
        # a form's row: the short "Gr." and a "Y" glued to its number
        ("Tobias Renwick Gr.4 2017-03-09", "Tobias Renwick", ["Gr.4"]),
        ("Tobias Renwick Y5 9 May 2016", "Tobias Renwick", ["Y5"]),
        ("Tobias Renwick y5 ok", "Tobias Renwick", []),  # a lower-case "y": no form's
        ("Tobias Renwick Y2K party", "Tobias Renwick", []),  # a word, not a year
        ("Tobias Renwick Gr 500", "Tobias Renwick", []),  # no class's number
    ],
)
def test_a_names_school_year(text: str, name: str, years: list[str]) -> None:
    start = text.index(name)
    assert [text[s:e] for s, e in named_years(text, [(start, start + len(name))])] == years


@pytest.mark.parametrize(
    ("text", "school", "years"),
    [
        ("School App Marsh Lane Primary Year 4 swim kit Monday", "Marsh Lane Primary", ["Year 4"]),  # a notification
        ("Ridgeview Academy Class VIIl photos today", "Ridgeview Academy", ["Class VIIl"]),  # a Roman class, OCR's l
        ("Ridgeview Academy Grade 6", "Ridgeview Academy", ["Grade 6"]),
        ("Ridgeview Academy\nYear 4", "Ridgeview Academy", []),  # another line
        ("Ridgeview Academy Year 2026 review", "Ridgeview Academy", []),  # a calendar year
        ("Ridgeview Academy Class Vouchers", "Ridgeview Academy", []),  # a word, no numeral
    ],
)
def test_a_schools_year_group(text: str, school: str, years: list[str]) -> None:
    start = text.index(school)
    assert [text[s:e] for s, e in school_years(text, [(start, start + len(school))])] == years


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("tomasz verrall 07/11/2013 U13 Kelso Primary", ["U13"]),  # a form's row
        ("Born 3.4.2014 under 11", ["under 11"]),
        ("U13 07/11/2013", []),  # before the date
        ("07/11/2013 U2 concert", []),  # no child's age group
    ],
)
def test_an_age_group_after_a_birth_date(text: str, groups: list[str]) -> None:
    assert [text[s:e] for s, e in dated_groups(text)] == groups


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("when's ur bday?\n4th of june !!", ["4th of june"]),  # the next bubble answers
        ("kiri: when is your birthday\n18:02 tamsin: it's march 9", ["march 9"]),
        ("when’s your bday? 11/3 lol", ["11/3"]),
        ("when's your bday?\nno idea lol", []),  # no day given
        ("when's the party?\n4th of june", []),  # no birthday asked for
        ("when's ur bday?\n16:45", []),  # a bubble's time, no day
    ],
)
def test_a_birthday_a_chat_answers(text: str, dates: list[str]) -> None:
    assert [text[s:e] for s, e in answered_birthdays(text)] == dates


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("player details full name: kiri tane age group: under 13 home address:", ["under 13"]),  # a form's field
        ("age group: u11 school: kelso primary", ["u11"]),
        ("year / class: year 6/6k teacher:", ["year 6/6k"]),  # a year and its class after a slash
        ("age group: adults teacher:", []),  # no age
        ("age group: under 300 members", []),  # no child's age
        # a grade's or a year's number with its section, anywhere (a form's, a label's)
        ("pupil: tamsin oyelaran class: grade 5d allergies: none", ["grade 5d"]),
        ("corin vasquez - year 9c\nmon tue wed", ["year 9c"]),
        ("yr 4e reading group", ["yr 4e"]),
        ("all year 7s to the hall", []),  # a plural, no section
        ("grade 5 maths", []),  # no section
        ("year 2024a budget", []),  # no school year
    ],
)
def test_a_forms_age_group_and_class(text: str, groups: list[str]) -> None:
    assert [text[s:e] for s, e in age_groups(text)] == groups


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("kiri_x: me lol im 7 yrs", ["7 yrs"]),  # a lobby's chat
        ("i'm 12 y/o and i love drawing", ["12 y/o"]),
        ("i am 15 years", ["15 years"]),
        ("im 6 feet tall", []),  # no years
        ("im 5 yrs into this game", ["5 yrs"]),  # the unit says years, the rule cannot tell more
        ("im 40 yrs", []),  # no child's age
        # a game chat's speaker opening the message with the age, nothing counted after it
        ("lobby 3/8\nzephyr.kit4: im 11 gg all", ["11"]),
        ("quill_99: im 9!", ["9"]),
        ("orbit.lumi7: im 10 mins away", []),  # minutes
        ("orbit.lumi7: im 12 kills behind", []),  # a count
        ("orbit.lumi7: so im 10 gg", []),  # not the message's start
        # a profile's age with its unit before a school year
        ("about me 12 y/o - year 8 from tinwald", ["12 y/o"]),
        ("bio: 9 yo / gr 4", ["9 yo"]),
        ("for 8 y/o and up", []),  # no school year after it
        ("ages 5 - 12 y/o - grade 3", []),  # a range's end
    ],
)
def test_an_age_stated_with_its_unit(text: str, ages: list[str]) -> None:
    assert [text[s:e] for s, e in stated_ages(text)] == ages


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("full name: kiri tane date of bith: 3.4.2016 school: kelso", ["3.4.2016"]),  # a letter the OCR lost
        ("date of brth 12/05/2015", ["12/05/2015"]),
        ("date of bath 12/05/2015", []),  # no birth's label
    ],
)
def test_a_birth_date_after_a_misread_label(text: str, dates: list[str]) -> None:
    assert [text[s:e] for s, e in birth_dates(text)] == dates


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a chat's birthday greeting with the age it turns alone, ending the message or cheered
        ("ok see u at 4\nhappy birthday!! 9 yaaay\nsent", ["9"]),
        ("happy bday 11!!", ["11"]),
        ("happy b-day, 7 wooooo", ["7"]),
        ("happy bday!! 12 w0o", ["12"]),  # the OCR's 0 for an o
        ("happy birthday 13 today", ["13"]),
        # a cake's or a card's name between, the age on the next line, an ordinal before "love"
        ("happy birthday tobiah 5 today", ["5"]),
        ("happ birthday corin\n9 today", ["9"]),  # the OCR lost the greeting's y
        ("happy birthday wrenna\n8th - love from nell", ["8th"]),
        # an invitation's ordinal after the child's possessive
        ("come and celebrate ottilie's 9th saturday 4 may", ["9th"]),
        ("celebrating bram's 11th!", ["11th"]),
        # a count or a time after the greeting, a grown-up's age, no greeting
        ("happy bday!! 3 more sleeps", []),
        ("happy birthday 10 mins late sorry", []),
        ("happy bday 4:15 at the park", []),
        ("happy birthday 40 wooo", []),
        ("we won 9 wooo", []),
        # a name and a count after it, a grown-up's ordinal, an ordinal with no "love" after it
        ("happy birthday tobiah 3 more sleeps", []),
        ("happy birthday nana\n80th - love from us all", []),
        ("happy birthday corin\n2nd time this week lol", []),
        # a grown-up's ordinal, a date with no possessive, a possessive with no "celebrate"
        ("celebrate grandad's 70th", []),
        ("celebrate on the 12th of may", []),
        ("it's ottilie's 9th go", []),
    ],
)
def test_the_age_a_birthday_greeting_gives(text: str, ages: list[str]) -> None:
    assert [text[s:e] for s, e in greeted_ages(text)] == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a banner's ordinal alone on its line between flags read one by one, in a party's picture
        ("H\nP\n7TH\nY\nOttilie's party - 9 Elm Rd", ["7th"]),
        # a greeting whose "birthday" the OCR cut short, and the balloons' number alone
        ("HAPP 12th B\n12\nHappy birthday Wrenna! From Nell", ["12th", "12"]),
        ("HAPPY 6th BIRTHDAY\nCorin", ["6th"]),  # whole (the text scanners read it too)
        # a date's day: a weekday or a month beside it; no party at all
        ("Party time\nSaturday\n9th\nJune", []),
        ("Corin's party on the\n9th", []),
        ("H\nP\n7TH\nY", []),  # no birthday or party in the picture
        ("happy 4th of july party", []),
        ("HAPP 12th B\n40\nbirthday", ["12th"]),  # another number alone is no age shown again
    ],
)
def test_a_banners_age(text: str, ages: list[str]) -> None:
    assert [text[s:e].lower() for s, e in banner_ages(text)] == ages
