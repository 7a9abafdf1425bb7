"""Persons' names as a picture prints them, and the ages beside them
(leakscan.scanners.screen_printed_names): a full name heading a line, a shirt's or a family's
name, a title and a surname, a name next to an age."""

from __future__ import annotations

import pytest

from leakscan.findings import Kind
from leakscan.scanners.screen_printed_names import (
    avatar_headers,
    avatar_rows,
    capital_names,
    form_names,
    full_names,
    group_members,
    label_owner,
    named_ages,
    notified,
    titled_names,
    worn_names,
)

FULL_NAMES = [
    ("9:41\nTamsin Okonjo online", ["Tamsin Okonjo"]),  # a chat's header
    ("16:02 Riley Fairweather did u finish the project", ["Riley Fairweather"]),  # a group chat's sender
    ("WHATSAPP Nomvula Dube new number", ["Nomvula Dube"]),  # a notification
    ("Year 6 Drama\nKiri Moana-Tait\nMute", ["Kiri Moana-Tait"]),  # a video call's name tag
    ("Joseph van der Merwe Share", ["Joseph van der Merwe"]),  # an everyday word after it is left out
    ("Hamish Barrington wya", ["Hamish Barrington"]),  # a first name no list knows, before a surname
    ("Oliver Brennan\n200m freestyle", ["Oliver Brennan"]),  # a medal
    ("Tamsin Okonjo\nScan this code", []),  # names no list knows, alone: no message after them
    ("20:05 RO Riley Okonjo\nActive 3m ago", ["Riley Okonjo"]),  # a chat header's initials
    ("lol 14:50 Riley Fairweather what r u doing", ["Riley Fairweather"]),  # after a time stamp
    ("Name: Tamsin Okonjo Class: Year 5", ["Tamsin Okonjo"]),  # a form's label
    ("Parent / guardian: Ana Okonjo Emergency phone: 555", ["Ana Okonjo"]),
    ("9:41\nMereana Te Whatu\nActive now", ["Mereana Te Whatu"]),  # a surname's particle
    ("Coach: Orla Ni Dhuinn", ["Orla Ni Dhuinn"]),  # an Irish surname's particle
    ("MESSAGES Riley Okonjo I'll be there at 3", ["Riley Okonjo"]),  # a message starting "I'll"
    ("Parent / guardian: Ana Thorsby Phone: 555", ["Ana Thorsby"]),  # a surname that is also a place
    (
        "Class list\n11. Aroha Ngata\n12. Riley Fairweather",
        ["Aroha Ngata", "Riley Fairweather"],
    ),  # a list's numbers
    ("TOP 10 #1 KiwiBlast77 #2 Mereana Tait #3 Riley O.", ["Mereana Tait"]),  # a leaderboard's rows joined
    ("Name: Mereana Tait Class: Year 5", ["Mereana Tait"]),  # a form's next label after it
    ("Name: Riley Okonjo The Solar System", ["Riley Okonjo"]),  # a worksheet's title after it
    ("Pupil: Tamsin Brown Class: Year 4", ["Tamsin Brown"]),  # after a label, a surname that is also a word
    ("Roll call\nSantiago Okonjo\nRiley Tait", ["Santiago Okonjo", "Riley Tait"]),  # a city that is a given name
    ("MESSAGES Sofía Okonjo see u at 4", ["Sofía Okonjo"]),  # an accent the lists lack
    ("Helpers: Aroha Ngata", ["Aroha Ngata"]),  # a class board's role
    ("11:42 R Riley Okonjo", ["Riley Okonjo"]),  # an avatar's one initial before the chat's header
    ("Mv Mereana van der Tait\nmy number is new", ["Mereana van der Tait"]),  # an avatar's initials, read mixed
]

NOT_FULL_NAMES = [
    "Taylor Swift\nTickets on sale",  # famous
    "Happy Birthday Sam",  # everyday words
    "South Africa New Zealand",
    "India Sri Lanka",  # a big place, a country
    "Sunny Hill Farm",
    "Partly cloudy",
    "Christmas Day",
    "Mia",  # one word
    "Grace Church Hall",
    "Tamsin Brown\nScan this code",  # a surname that is also a word, with no form's label before it
    "Team: Green Valley Rovers",  # a label, but everyday words and no given name
    "we met Tamsin Okonjo",  # not heading the line
    "TAMSIN OKONJO",  # capitals alone say nothing
    "Diwali Holi",  # words no list knows, no surname
    "scores #2 Sunny Hill #3 Happy Birthday",  # a rank before everyday words
    "issue #4 Taylor Swift",  # a rank before a famous name
    "room 3#4 Tamsin Okonjo",  # no rank: "#" inside a word
    "Name: Class: Date:",  # labels alone, no name
    "Santiago Chile",  # a big city and a country
    "Sydney Harbour Bridge",  # a big city before everyday words
    "Helpers: Sunny Hill",  # everyday words after a role
    "Go Riley Okonjo",  # a word before the name, not its avatar (another initial)
]


@pytest.mark.parametrize(("text", "names"), FULL_NAMES)
def test_a_full_name_heading_a_line(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in full_names(text)] == names


@pytest.mark.parametrize("text", NOT_FULL_NAMES)
def test_no_full_name(text: str) -> None:
    assert list(full_names(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NGATA\n7\nEastside Hawks U11", ["NGATA"]),  # a team shirt's back
        ("HOLLY\n11\nEastside Hawks", ["HOLLY"]),  # a given name that is also a word
        ("The Okonjos", ["The Okonjos"]),  # a mailbox
        ("Guest WiFi\nBrennan Family", ["Brennan Family"]),
        ("HOME\n3\nGUEST\n4", []),  # a scoreboard
        ("AUCKLAND\n24", []),  # a big city
        ("JUNE\n9", []),
        ("The Simpsons", []),  # famous
        ("Family Fun Day", []),
        ("NGATA 7", []),  # not over its number
        ("O'KEEFE\n9\nWest Harbour U10", ["O'KEEFE"]),  # an apostrophe in the surname
        ("TE-AWA\n4", ["TE-AWA"]),  # a hyphen in it
        ("Kelso Fun Run\n412\nTANE\nU8", ["TANE"]),  # a race bib: its number over the name
        ("KAHU\nU10", ["KAHU"]),  # over an age group
        ("2025\nRESULTS", []),  # an everyday word
        # a shirt's club and name read as one line, the shirts' numbers on a line of their own
        ("KOWHAI KIDS CLUB NGARIMU\nKOWHAI KIDS CLUB FERRIS\n4 9", ["NGARIMU", "FERRIS"]),
        ("TINWALD ROVERS FC BRENNER\n12", ["BRENNER"]),
        ("TINWALD ROVERS FC BRENNER\nWELCOME", []),  # no shirt's number
        ("RIVERSIDE FC HOME\n3", []),  # an everyday word
        ("KELSO NETBALL AUCKLAND\n7", []),  # a big city
        # shirts side by side: their numbers on one line, a name printed under them
        ("12 9\nRUA", ["RUA"]),
        ("3 1\nHOME", []),  # a scoreboard's word
    ],
)
def test_a_name_a_thing_shows_as_its_owners(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in worn_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Principal: Ms K. Okafor", ["Ms K. Okafor"]),  # a sign
        ("Dr. L. Brennan, Head of Year", ["Dr. L. Brennan"]),  # a certificate
        ("questions? ask Mrs Whitcombe", ["Mrs Whitcombe"]),  # a flyer
        ("Mr Men collection", []),  # an everyday word
        ("Spelling group - Miss Brown", ["Miss Brown"]),  # a surname that is also a word
        ("Yours sincerely, Mrs K. Green", ["Mrs K. Green"]),
        ("Dr. Seuss", []),  # famous
        ("MR OKAFOR", []),  # capitals alone say nothing
        ("Room 9 - Year 4 Miss Okafor's class", ["Miss Okafor"]),  # a possessive after it
        ("Mr Okafor'd", []),
        ("Kind regards, Mr Lane (Class Teacher)", ["Mr Lane"]),  # any word, the staff role after it
        ("Ms Dove, Principal", ["Ms Dove"]),
        ("Mr Men (the books)", []),  # no role after it
        ("P3 Music Mrs Field Rm C12", ["Mrs Field"]),  # any word, the timetable's room after it
        ("Mr Men room for two", []),  # no room's number
    ],
)
def test_a_title_and_a_surname(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in titled_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Riley Okonjo 11 | gamer | artist", [(Kind.AGE, "11")]),  # a profile's bio
        ("Riley Okonjo 9 y/o", [(Kind.AGE, "9")]),
        ("PARTY TIME!! Thandeka turning 10", [(Kind.PERSON, "Thandeka")]),
        ("Riley Okonjo 25 | coach", []),  # no child's age
        ("Party turning 10", []),  # an everyday word
        ("Auckland turns 12", []),  # a big city
        ("Tane K from Tinwald 12 | Grade 7 | Tinwald School", [(Kind.AGE, "12")]),  # before a school year
        ("best friend @kiri 9 | Year 5", [(Kind.AGE, "9")]),
        ("score 4-12 | Grade 7", []),  # a score's number
        ("12 | Grade 7 maths", [(Kind.AGE, "12")]),
        ("25 | Grade 7", []),  # no child's age
        ("Page 12 | Chapter 3", []),  # no school year
    ],
)
def test_a_name_next_to_an_age(text: str, found: list[tuple[Kind, str]]) -> None:
    assert [(kind, text[s:e]) for kind, (s, e) in named_ages(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("MOST IMPROVED U9 ARJUN OKAFOR 2026", ["ARJUN OKAFOR"]),  # a trophy's name in capitals
        ("SIOBHAN O'CARROLL\nKelso Primary", ["SIOBHAN O'CARROLL"]),
        ("ORLA NI DHUINN if found call", ["ORLA NI DHUINN"]),  # a particle inside the surname
        ("HAPPY BIRTHDAY", []),  # everyday words
        ("GRACE PERIOD ENDS", []),  # a given name that is also a word
        ("TAYLOR SWIFT WORLD TOUR", []),  # a word after the name
        ("MIA NI", []),  # a particle alone is no surname
        ("Emergency contact JOSÉ MAKOARE Emergency phone", ["JOSÉ MAKOARE"]),  # a given name's accent
        ("JUNE RAFFERTY", []),  # a month
    ],
)
def test_a_full_name_in_capitals(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in capital_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("First name * Tomasz Last name * Verrall Date of birth *", ["Tomasz", "Verrall"]),  # required fields
        ("Surname: Brown Age: 9", ["Brown"]),  # a surname that is also a word
        ("Last name\nVerrall Username kai.draws", ["Verrall"]),  # under its label, the next label left out
        ("Surname\nSubmit", []),  # a button
        ("Child's name: Aroha Te Rangi Class: 5B", ["Aroha Te Rangi"]),
        ("Name: Submit", []),  # a button's word
        ("First name * Email *", []),  # an empty field before the next label
        ("the last name: he forgot it", []),  # no capitalised value
        ("Parent/Guardian name: Tane Verrall Phone:", ["Tane Verrall"]),  # a grown-up's name on a slip
        ("Student name: Aroha Ngata I give permission", ["Aroha Ngata"]),
        ("Player name: Submit", []),  # a button's word
        # a consent slip's sentence and its signature; an app's labels read in one line with their values
        ("I give permission for my child Tamsin Verrall Year/Class: Year 4 to attend", ["Tamsin Verrall"]),
        ("Signed: Okonjo Date: 4 May", ["Okonjo"]),
        ("Full name Riley Tait Email riley@example.com", ["Riley Tait"]),
        ("for my child Please tick", []),  # everyday words after them
        ("Signed: Yes", []),
        ("Full name Email Password", []),
        # a card's bare "NAME" alone on its line over the value
        ("ID CARD\nNAME\nTamsin Orford\nCLASS", ["Tamsin Orford"]),
        ("Name\nSubmit", []),  # a button
        ("your name\nRiver Stone", []),  # not alone on its line: a sentence's
    ],
)
def test_a_name_filled_in_a_form(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in form_names(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tomasz\nYear 4 - Rm 2\nIf found call 021 555 0100", ["Tomasz"]),  # a lunch box's label
        ("★ Aroha Ngata Kelso Primary\nIffound call", ["Aroha Ngata Kelso"]),  # the OCR ran "if found" together
        ("ORLA DHUINN please return to Room 4", ["ORLA DHUINN"]),
        ("Lunch Box\nIf found please call", []),  # everyday words
        ("Tomasz\nYear 4 - Rm 2", []),  # no label's "if found"
    ],
)
def test_the_name_heading_a_label(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in label_owner(text)] == found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Team call\nRT\nRiley Tait\nMO\nMereana Okonjo", ["Riley Tait", "Mereana Okonjo"]),  # a call's tiles
        ("KW\nPA\nKoruwai Whatu\nPiri Ardern", ["Koruwai Whatu", "Piri Ardern"]),  # read in columns
        ("Contacts\nAs\nAna de Souza", ["Ana de Souza"]),  # initials read mixed, a particle inside
        ("GM\nGame Master", []),  # everyday words
        ("RT\nMereana Okonjo", []),  # not this name's initials
        ("RT\none\ntwo\nthree\nfour\nRiley Tait", []),  # too far below
        ("Riley Tait", []),  # no avatar
    ],
)
def test_a_name_under_its_avatars_initials(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in avatar_rows(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SNAPCHAT Tamsin see u at the gate", ["Tamsin"]),  # a notification's sender
        ("DISCORD Wiremu 2 more games?", ["Wiremu"]),  # a message starting with a digit
        ("MESSAGES Ruby heyyy\nnow", ["Ruby"]),  # a name that is also an everyday word
        ("WHATSAPP Tuilagiva lol", ["Tuilagiva"]),  # a word no list knows
        ("LOBBY Party code: 4471", []),  # an everyday word, no message in lower case
        ("CALENDAR June picnic at noon", []),  # a month
        ("SNAPCHAT Snapchat added you", []),  # the app's own name
        ("Tamsin see u at the gate", []),  # no app's name before it
        ("SNAPCHAT Tamsin Okonjo sent a snap", []),  # a full name: full_names' work
        # the sender before a ":", maybe after a group's title; a month's name is a name there
        ("WHATSAPP Harriet: r u at the rink", ["Harriet"]),
        ("SNAPCHAT Year 5 chat April: bring oranges", ["April"]),
        ("WHATSAPP Granny: ring me later", []),  # a relative
        ("WEATHER Tuesday: showers", []),  # a day
        ("MAIL Subject: invoice", []),  # an everyday word
    ],
)
def test_a_notifications_one_name(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in notified(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("9:41 Year 7 gang\nTamati Kiri You\nToday", ["Tamati", "Kiri"]),  # a group's members, the user last
        ("Aroha, Wiremu, You", ["Aroha", "Wiremu"]),
        ("Share Mute You", []),  # a menu's everyday words
        ("Tamati Kiri and You", []),  # a sentence's words
    ],
)
def test_a_group_chats_members(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in group_members(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a chat's header: the avatar's letters are the name's own, the name alone on its line
        ("18:02\nTM Tíbor Marsh\nwho won?", ["Tíbor Marsh"]),  # a surname that is an everyday word too
        ("9:41 Z Zoë\nActive now", ["Zoë"]),
        ("11:20\nVQ Vexa Quorin\nhi", ["Vexa Quorin"]),  # names no list knows
        ("18:02\nTB Tíbor Marsh\nwho won?", []),  # letters that are not the name's
        # the avatar's two letters over the given name alone, a signal bar's glyph before them
        ("7:12 Λ HW Harriet\nsee you at 4", ["Harriet"]),
        ("7:12\nWQ Wilhelmina\nok", ["Wilhelmina"]),
        ("7:12\nPB Pixel\nok", []),  # an everyday word alone
        ("7:12\nKW Harriet\nok", []),  # letters that are not the name's
        ("9:41\nM Messages", []),  # an app's title: an everyday word
        ("hi\nok\nsee u\nTM Tíbor Marsh", []),  # not the picture's top
        # the contact's status after the name on its line; a "D'" surname
        ("10:05 RD Ravi D'Cruz Active now\nu up?", ["Ravi D'Cruz"]),
        ("10:05\nVQ Vexa Quorin online", ["Vexa Quorin"]),
        ("10:05\nVQ Vexa Quorin is online now", []),  # a sentence after the name
        ("10:05\nM Messages online", []),  # an app's title
    ],
)
def test_a_chat_headers_name_after_its_avatar(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in avatar_headers(text)] == names
