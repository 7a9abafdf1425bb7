"""DATE_OF_BIRTH of the age scanner (leakscan/scanners/birthdays.py): the families of dates a child
gives as a birthday beyond "my birthday is ...": an age turned on a day, a named day and its date,
"<date> gang", and the birthday and born words of other languages.

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
    ("birthday ko ay oct 2 hehe", "oct 2"),  # Tagalog "my birthday on"
    ("26 january australia day is my bday", "26 january"),  # the holiday on the date after it
    # a future age and the day it comes
    ("ill be 10 on the 2nd of june!!", "2nd of june"),
    ("im gonna be eleven on oct 3", "oct 3"),
    ("my brother turns 7 on christmas eve", "christmas eve"),
    ("12 on diwali!! 🎂", "diwali"),
    # a named day and its date: the date is what tells
    ("my bday is on republic day 26 january", "26 january"),
    # "<date> gang": born on that day
    ("9th april gang 🎂", "9th april"),
    ("happy birthday jordan!! march 3rd", "march 3rd"),  # a country's name that is a friend's given name
    ("happy bday to me 🎂 1st may 2014 gang", "1st may 2014"),
    # birthday and born in Hindi, Afrikaans, Spanish; their months and linking words
    ("mera janamdin 3 march ko hai", "3 march"),
    ("4th june 2013 ko paida hui thi", "4th june 2013"),
    ("gebore 12 Junie 2013", "12 Junie 2013"),
    ("mi cumple es el 5 de mayo", "5 de mayo"),
    # other ways of writing the date: separators, "2k13", a bio's cake
    ("born 21-mar-2014", "21-mar-2014"),
    ("born 2k14 🥳", "2k14"),
    ("im a 2k13 baby", "2k13"),
    ("zoe 🌸 🎂 30 june 🌸", "30 june"),
    ("🎂: 04.10", "04.10"),
    ("born 06/2014", "06/2014"),
    # an age "is N on" its day; an opening age and a day with its month's name; Malay months
    ("tama is 10 on the 8th of may", "8th of may"),
    ("9 on 21 october", "21 october"),
    ("hari jadi: 9 ogos", "9 ogos"),
    # a wish that names the day, or the day after the one wished
    ("happy june 9 to meee 🎈", "june 9"),
    ("happy birthday tane! oct 2 is the best day", "oct 2"),
    ("happy 12th birthday aroha 🎉 4 june forever", "4 june"),  # the birthday's ordinal, an emoji after the name
    ("happy birthday to my bestie tupou 9 march", "9 march"),  # a few words of who, no mark before the day
    ("happy birthday rahul bhaiya 🎂🎈 21 nov", "21 nov"),  # a kinship word and emoji after the name
    ("its june 8 tomorrow aka my birthday", "june 8"),  # the day named as near, then "aka"
    ("mera bday hai 9 march", "9 march"),  # Hindi "hai" (is) between the cue and the date
    ("meri behen ka birthday 5 november ko hai", "5 november"),  # a sister's, "ka" after no star
    ("i was born in 2014 like mbappe lol", "2014"),  # a star named after the date, not before the cue
    ("my bff mia was born on 3 march 2013", "3 march 2013"),  # a friend, not a star
    ("b day is 9 march so its a holiday", "9 march"),  # "b day" written apart
    ("bday boy cillian 🎈 2nd april", "2nd april"),  # the birthday's boy named, then the day
    ("lena is turning 9 🥳 on 5 october", "5 october"),  # an emoji between the age and its day
    ("we are ten today june 2", "june 2"),  # the age of today, then its day
    ("im 12 today 3rd of may 🎂", "3rd of may"),
    ("happy birthday 🎉🎉 9 june", "9 june"),  # the wish's marks, then the day
    # the day after the one wished and their new age ("12 today!!")
    ("happy birthday to my cousin tamsin 🎂 11 today!!! 4th of june forever", "4th of june"),
    ("happy bday to my bestie olu 🎂🎂 12 years of madness!! june 9th is a holiday now", "june 9th"),
    ("wish imani happy bday shes 12 today 🥳 4 june queen", "4 june"),
    ("feliz cumple martu 🎂 11 añitos!! 19/7 te quiero", "19/7"),  # in figures after the new age
    ("hbd kealan 🥳🥳 22/8 legend", "22/8"),  # "hbd" is the wish
    # the wish and the month in other languages and scripts
    ("wszystkiego najlepszego kuba 🎂 11 lat!! 3 czerwca", "3 czerwca"),  # Polish
    ("お誕生日おめでとう🎂 7月9日 11さい!!", "7月9日"),  # Japanese
    ("buon compleanno a me 🎂 il mio compleanno è il 4 maggio", "4 maggio"),  # Italian
    # "my" written as Irish, Scottish and Caribbean children say it, after the date
    ("the 3rd of october is me bday so save the date", "3rd of october"),
    ("14 feb is ma birthday lol", "14 feb"),
    # the one date of a birthday post, a few words after the wish or the age (birthdays_later)
    ("happy bday to my cousin omar 🎉 he turned 8!! june 3rd", "june 3rd"),
    # a date before a star sign: the writer's own birth date
    ("17 august 2013 ♌ dm for collabs", "17 august 2013"),
    ("nov 9 ♏ scorpio queen", "nov 9"),
    # the birthday party's day right after it
    ("bday party 19 october at the trampoline park 🎉", "19 october"),
    ("birthday party 2nd march everyone come!!", "2nd march"),
    ("12 today and 14 february is the best day", "14 february"),
    ("officially ten today 🎈 4/9", "4/9"),
    ("bday shoutout 🎉 léa le 9 mars t'es la meilleure", "9 mars"),  # French, after its article
    ("riya 11 saal ki ho gayi 🎉 5 nov", "5 nov"),  # Hindi "has become 11 years old"
    ("sleepover on 9 march for my birthday", "9 march"),  # the day a birthday is kept, "for" before the cue
    ("bowling on july 14th for my bday 🎳", "july 14th"),
    # when the age comes, between it and its day (world26 recall family)
    ("im turning eleven next month on the 9th of june", "9th of june"),
    ("ill be 10 in 2 weeks on may 4 cant wait", "may 4"),
]

NOT_BIRTH_DATES = [
    "scorpio season ♏ starts soon",  # a star sign with no date
    "pool party 19 october at the rec 🎉",  # a party that is no birthday's
    "bday party 19 october and 2 november 😭",  # two dates
    "exams 17 august then holidays 🎉",  # a date with no sign
    "bday cake was 9/10 honestly",  # a rating, not a day and month
    "mera bhai 20 saal se yahan hai 5 nov ko aana",  # Hindi "for 20 years", no birthday
    "bon anniversaire papi, on part en vacances après le 9 mars et le 3 avril",  # two dates
    "the page turned around on june 3rd",  # "turned" with no age: no birthday
    "happy birthday nan 🎂 flying to rome 3 june, back 9 june",  # two dates: which one is the day?
    "bday ko sa school party was fun sa may 5 pa yung sa kuya",  # Tagalog, the date far after the cue
    "5 may sports day is so fun",  # a day at school, no birthday
    "happy birthday to the best teacher ever, see you on 3 june",  # a date after more than a few words
    "it will be fun on march 3rd",
    "will be there on march 3rd",
    "it will be 5 years on june 2nd since we moved",
    "the page will turn 3 on may day",
    "march gang rise up",
    "5 on christmas morning we open gifts",
    "exam on 3 march ko hai",
    "hai guys exam is 9 march",  # Hindi "hai" with no birthday word
    "we met on 8 mei",
    "🎂 12 today!!",
    "🎂 christmas cake was the best",
    "its 2k14 vibes",
    "score was 06/2014 lol",
    "the score is 12 on the 4th try",
    "10 on 5/6 in the quiz",
    "it is 5 on saturday",
    "happy 4th of july to everyone",
    "happy birthday sam! see u at 5",
    "happy birthday 🎉 see u may 3",  # a day to meet after the marks
    "is it today or june 2",
    "happy birthday sam 🎉 see u may 3",  # a day to meet, not right after the wish
    # a star's birthday (the famous list) is public
    "lionel messi was born on 24 june 1987 crazy",
    "taylor swift birthday is 13 dec",
    "virat kohli ka birthday 5 november hai",  # a star's, with a Hindi possessive (world17 family)
    "emma watson was born in 1990",
    "happy bday to the usa 🎆 july 4th",  # a country's birthday is its national day (v19 family)
    "happy birthday new zealand!! feb 6 holiday yay",
    "its a b day tomorrow so we have art",  # a school timetable's "b day", no date
    "bday boy said 2nd april was the best party",  # an everyday word after "boy", not a name
    "happy bday mia!! 12 today 🎉 party on 5/6 at mine",  # the party's day, after "on"
    "happy bday coach!! 3-1 win today 🎉 12/10 game",  # a score and a rating
    "happy birthday kenzo!! 11 today 🎉 10/10 cake",  # a rating after the new age
    "hbd to the goat 🐐 7.30 kickoff",  # a time
    "sto lat dla babci!! see u 3 may",  # a day to meet after a wish of another word
    "on 3 may me and ma cousin went to the zoo",  # "me" and "ma" with no birthday word
    "saving up since 9 march for my birthday present",  # a present's, not the day
    "our netball club turns 50 next month on 3 june",  # a club's years, past a child's
]


@pytest.mark.parametrize(("text", "span"), BIRTH_DATES)
def test_birth_dates(text: str, span: str) -> None:
    assert spans(text, Kind.DATE_OF_BIRTH) == [span]


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_no_birth_date(text: str) -> None:
    assert spans(text, Kind.DATE_OF_BIRTH) == []


def test_a_holiday_after_the_date_is_not_a_second_date() -> None:
    assert spans("born 14/2/2014 so a valentines baby", Kind.DATE_OF_BIRTH) == ["14/2/2014"]


def test_the_age_opening_the_post_is_found_with_its_day() -> None:
    assert spans("12 on diwali!! 🎂", Kind.AGE) == ["12"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("11 on saturday cant wait 🎉", ["11"]),  # opening the post
        ("new trainers for my bday 🥳 13 on friday", ["13"]),  # a birthday sign in the post
        ("party at 7 on friday 🎈", []),  # a time
        ("we scored 12 on saturday", []),  # neither opening nor a birthday
    ],
)
def test_an_age_and_the_weekday_it_comes_on(text: str, ages: list[str]) -> None:
    assert spans(text, Kind.AGE) == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("hbd nomsa 🎂 27 april freedom day baby 🇿🇦 11 now", ["11"]),  # a flag before the new age
        ("birthday girl ✨ 9 today", ["9"]),
        # ... in words, and "finally" after it (world26 recall family)
        ("happy bday tane 🎉 ten finally", ["ten"]),
        ("birthday boy 🎈 12 finally", ["12"]),
        ("happy bday 🎉 two finally", []),  # no child's age
        ("🇮🇪 12 now", []),  # no birthday in the post
        ("happy bday 🍕 2 now", []),  # no child's age
        # ... or after a sentence's stop, in digits or words, "now"/"today" ending the sentence
        ("cheers for the birthday msgs!! eleven now", ["eleven"]),
        ("best bday ever. 13 today 🎈", ["13"]),
        ("bday party was mad. six now in the car", []),  # a count of people, the sentence goes on
        ("bday cake done!! ten now time for bed", []),  # the hour
        ("scored again!! twelve now", []),  # no birthday in the post: goals
    ],
)
def test_a_new_age_after_any_emoji_in_a_birthday_post(text: str, ages: list[str]) -> None:
    assert spans(text, Kind.AGE) == ages
