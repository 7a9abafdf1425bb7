"""What the layout of a picture's text says (leakscan.scanners.screen_text, and the rules it asks
in screen_tags, screen_homes, screen_ages, screen_printed_names): screen names, house plaques,
ages and birth dates, phone numbers read again, a weather app's city."""

from __future__ import annotations

import pytest

from leakscan.findings import Finding, Kind
from leakscan.scanners.pixel_layout import as_typed
from leakscan.scanners.screen_ages import age_groups, birth_dates
from leakscan.scanners.screen_homes import family_plaques, house_plaques, letterboxes, ordinal_streets
from leakscan.scanners.screen_numbers import repeats
from leakscan.scanners.screen_printed_names import contact_name, name_over_age
from leakscan.scanners.screen_tags import screen_names
from leakscan.scanners.screen_text import laid_out, shown_again
from leakscan.settings import Settings

SCREEN_NAMES = [
    ("player profile\nninjacat_56\nlevel 21", ["ninjacat_56"]),
    ("snapchat from bluebird_61 sent you a snap", ["bluebird_61"]),
    ("mia.dances63 active now\nfri 16:03", ["mia.dances63"]),
    ("sk8r_11 level 22 rank: diamond", ["sk8r_11"]),
    ("general chat koru_kid today at 4:16 pm gg", ["koru_kid"]),
    ("zoe_w 12:04 see u tmrw", ["zoe_w"]),
    # a game lobby: ranks, speakers in its chat (anywhere on the line), gamer tags
    ("lobby 3/8\n#1 kiri.moana.2013\nlv 59", ["kiri.moana.2013"]),
    ("gg wp tane_ruru4: anyone here", ["tane_ruru4"]),
    ("#2 xxkoa47xx\nlv 41", ["xxkoa47xx"]),
    ("lol ok xxkoa47xx: im in", ["xxkoa47xx"]),
    # a profile's header after the clock; a name and a number with nothing between
    ("9:41 tamsinlakeside5\n804 following", ["tamsinlakeside5"]),
    ("player profile\nbrodieharbour8\nrank: gold", ["brodieharbour8"]),
    # a chat's header: the clock, the avatar's one or two letters, then the contact's tag
    ("11:05 kw kettle.wren41\nactive now", ["kettle.wren41"]),
    ("8:12 b ol orbit.lumi7\nactive now", ["orbit.lumi7"]),
    # a word and a given name dotted, no number: heading a chat or before a level
    ("10:02 pw pebble.wilhelmina\nhow r u", ["pebble.wilhelmina"]),
    ("comet.tobias level 33", ["comet.tobias"]),
]

NOT_SCREEN_NAMES = [
    "www.lego.com\nmore at lego.com",  # a link: the link scanner's
    "v1.2 update\nfifa23\nps5 pro",  # versions and titles
    "st.marys 10:30",  # no digit, no underscore
    "the end.\nnext chapter",
    "score 3.5 12:00",
    "h:16° l:9°",
    "friend code: sw-4845-1272-9933",
    "jake11@gmail.com today",  # an e-mail address
    "welcome back\nlevel 59",
    "player1 joined",  # an everyday word and a number
    "level12\nscore 400",
    "class5: homework",
    "fifa23\nps5",  # under five letters
    "9:41\nlondon",
    "#1 best friend",
    "11:05 kw wexbury.com\nactive now",  # a site after the letters
    "9:41 ok so 2.5 miles",  # no tag's letters
    "dr.wilhelmina 9:30",  # a title before the name
    "pebble.wilhelmina.org\nactive now",  # a site
    "hello.world\nnew post",  # no given name
]


@pytest.mark.parametrize(("text", "names"), SCREEN_NAMES)
def test_screen_names_head_a_line_or_a_message(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in screen_names(text)] == names


@pytest.mark.parametrize("text", NOT_SCREEN_NAMES)
def test_no_screen_name(text: str) -> None:
    assert list(screen_names(text)) == []


REPEATS = [
    ("call zoe on (902) 555-0173\n(902-555(0173 (90-55(73", ["(902) 555-0173", "(902-555(0173"]),
    ("ring 021 555 0179 | 021 555 0179 | 021555 0179", ["021 555 0179", "021 555 0179", "021555 0179"]),
    # a tear-off strip read crooked: a digit doubled, dropped or wrong
    ("call 021 555 0179\n02115 555 50179 021 555 079", ["021 555 0179", "02115 555 50179", "021 555 079"]),
    ("(902) 555-0173\n(9002-555(50173", ["(902) 555-0173", "(9002-555(50173"]),
]

NOT_REPEATS = [
    "call (416) 203-8817 or 902 5",  # other digits, too few
    "order 9025550173x2",  # glued to a word
    "milo 2 years old",
]


@pytest.mark.parametrize(("text", "found"), REPEATS)
def test_a_number_read_again_is_the_same_number(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in repeats(text, {"9025550173", "0215550179"})] == found


@pytest.mark.parametrize("text", NOT_REPEATS)
def test_other_numbers_are_not_repeats(text: str) -> None:
    assert list(repeats(text, {"9025550173"})) == []


PLAQUES = [
    ("chapel lane harrogate\n14", "chapel lane harrogate\n14"),
    ("railway parade marrickville\n4/22", "railway parade marrickville\n4/22"),
    ("kowhai crescent\nlower hutt\n7b", "kowhai crescent\nlower hutt\n7b"),
    ("22\nbirchwood ct", "22\nbirchwood ct"),
    ("harbour view crescent\n164 deliveries: ring first", "harbour view crescent\n164"),  # a sticker beside it
    ("kowhai grove se4\n9 no junk mail", "kowhai grove se4\n9"),  # the sign's postal district
]

NOT_PLAQUES = [
    "level\n12",
    "liverpool 3 1 everton\n90",
    "oxford street\nbus stop\ntimes",
    "score\n14\nhigh score",
    "chapel lane\nopen 9 to 5\nmon\n14",  # three lines apart
    "lane\n14",  # a street type with no name
    "main street\n10 am start",  # a time
    "the most effective way to do it\n24 hours",  # a sentence, no sign over the number
]


LETTERBOXES = [
    (  # the sign, the suburb, the number, the family
        "Kowhai Terrace\nTinwald\n41\nRuby & Tane Okafor",
        [("ADDRESS", "Kowhai Terrace\nTinwald\n41"), ("LOCATION", "Tinwald"), ("PERSON", "Ruby & Tane Okafor")],
    ),
    (
        "MARSH PL\nKelso TD5\n7\nThe Verralls",
        [("ADDRESS", "MARSH PL\nKelso TD5\n7"), ("LOCATION", "Kelso TD5"), ("PERSON", "The Verralls")],
    ),
    ("Quarry Road\n18\nFenwick", [("ADDRESS", "Quarry Road\n18"), ("PERSON", "Fenwick")]),
    ("Quarry Road\n18\nNo junk mail please", [("ADDRESS", "Quarry Road\n18")]),  # a sign's everyday words
    ("Quarry Road\nParking only\n18", [("ADDRESS", "Quarry Road\nParking only\n18")]),  # no suburb's name
    # a house's plaque over the street's sign, the suburb's line under it
    ("84\nMARSH CLOSE\nKELSO", [("ADDRESS", "84\nMARSH CLOSE"), ("LOCATION", "KELSO")]),
    ("84\nQuarry Road\nNo parking", [("ADDRESS", "84\nQuarry Road")]),  # no suburb's name
]

NOT_LETTERBOXES = [
    "Chapter one\nThe garden\n18\nRuby",  # no street's sign
    "Quarry Road\nopen 9 to 5\nmon\n14",  # three lines apart
    "Quarry Road\n18 deliveries",  # no number alone on its line
    "84\nbirthday party\nKELSO",  # no street's sign under the number
]


@pytest.mark.parametrize(("text", "found"), LETTERBOXES)
def test_a_letterbox_under_a_street_sign(text: str, found: list[tuple[str, str]]) -> None:
    got = [(kind.value, text[a:b]) for kind, (a, b) in letterboxes(text, as_typed(text))]
    assert got == found


@pytest.mark.parametrize("text", NOT_LETTERBOXES)
def test_no_letterbox(text: str) -> None:
    assert list(letterboxes(text, as_typed(text))) == []


@pytest.mark.parametrize(("text", "address"), PLAQUES)
def test_a_house_number_by_a_street_sign_is_an_address(text: str, address: str) -> None:
    assert [text[s:e] for s, e in house_plaques(text)] == [address]


@pytest.mark.parametrize("text", NOT_PLAQUES)
def test_no_house_plaque(text: str) -> None:
    assert list(house_plaques(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("5th cross\n41", [(Kind.LOCATION, "5th cross")]),  # a street's sign by its ordinal
        ("12th main road", [(Kind.LOCATION, "12th main road")]),
        ("flat 2, 19 3rd cross, indiranagar", [(Kind.ADDRESS, "19 3rd cross")]),  # a house number before it
        ("my 2nd main character", []),  # another word after it
        ("the 1st cross of the game was great", []),
        ("page 4 3rd cross stitch", []),
        # a cross and the main road it meets: where a home is
        ("home: 9th cross, 2nd main", [(Kind.ADDRESS, "9th cross, 2nd main")]),
        ("the 9th cross and 2nd main character", []),
        # a house number on a street named with "the", after a label, "at" or the line's start
        ("where: 41 the paddocks kelso", [(Kind.ADDRESS, "41 the paddocks")]),
        ("we live at 6 the maltings", [(Kind.ADDRESS, "6 the maltings")]),
        ("page 41 the crescent moon", []),  # no label before the number
        ("at 5 the drive in opens", []),  # an everyday phrase's street type
        # a house number, a street's and a town's words, a British postcode (an envelope's lines)
        ("miss tilly verrall 18 quarrygate kelso td5 7aw", [(Kind.ADDRESS, "18 quarrygate kelso td5 7aw")]),
        ("order 18 items kelso", []),  # no postcode
        # a house number with a comma after it, as India writes an address, after "at" or a label
        ("dog walking by arjun in 27, neem lane", [(Kind.ADDRESS, "27, neem lane")]),
        ("address: 306, gulmohar road\nmumbai", [(Kind.ADDRESS, "306, gulmohar road")]),
        ("items 3, park lane", []),  # no "at", no label before the number
        ("at 4, jasmine garden party", []),  # no street type
    ],
)
def test_a_street_by_its_ordinal(text: str, found: list[tuple[Kind, str]]) -> None:
    assert [(kind, text[s:e]) for kind, (s, e) in ordinal_streets(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("benjamin\n9", [("benjamin", "9")]),
        ("happy birthday\nhunter\n10", [("hunter", "10")]),
        ("june\n9", []),  # a calendar
        ("level\n9", []),
        ("mia\n25", []),  # no child's age
        ("welcome mia\n9", []),  # not a name alone
        ("benjamin\n9th", []),
        ("benjamin 9", [("benjamin", "9")]),  # one block
        ("june 9", []),
        ("sat\n2\nsun\n3", []),  # a calendar's days
        ("liverpool 3", []),
        ("page 14", []),  # a printed page
        ("chapter\n9", []),
    ],
)
def test_a_name_over_an_age(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in name_over_age(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("< contacts\nedit\nayanda pillay\nmobile 060 555 0174", ["ayanda pillay"]),
        ("sipho patel\nhome: 07700 900314", ["sipho patel"]),
        ("pizza palace\nphone: 555 0134", []),  # no given name
        ("sipho\nmobile 0770 555", []),  # one word
        ("opening hours\nmon-fri 9-5", []),
    ],
)
def test_a_contact_cards_name(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in contact_name(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("14\nThe Ngatas", [("14", "Ngata")]),  # a door's plaque
        ("THE KOWHAI-TANE FAMILY\n7B", [("7B", "KOWHAI-TANE")]),  # a mailbox
        ("22\nThe Tuis'\nwelcome", [("22", "Tui")]),
        ("9C", [("9C", None)]),  # a door's number with a letter, all the picture says
        ("12\nThe Gardens", []),  # an everyday word
        ("3\nThe Beatles", []),  # a famous name
        ("9C\nGate", []),  # more text than a door's number
        ("12\nopen daily", []),  # no family
    ],
)
def test_a_house_number_by_a_familys_name(text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(text[a:b], text[f[0] : f[1]] if f else None) for (a, b), f in family_plaques(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("happy 9th birthday tane\n21.06.2017", ["21.06.2017"]),  # a cake
        ("when is ur bday\n11/30/2015 18:02", ["11/30/2015"]),  # a chat's answer in its own bubble
        ("player dob\n2016-02-09", ["2016-02-09"]),  # a form's column
        ("date of birth\n2016/02/09", ["2016/02/09"]),  # year first, with slashes
        ("dob 2016/02-09", []),  # two separators
        ("date of birth 4 august 2014", ["4 august 2014"]),
        ("happy birthday\nsaturday 13 december 2026", []),  # this year's date: an invitation
        ("valid until 01/09/2027\ndob", []),
        ("21.06.2017 sports day results", []),  # no birthday in the picture
        ("bday\n1/2/2016/7", []),
        # a social profile's bio: its bare date of a child's birth year
        ("412 followers 96 following\nmarek d. 11 | year 6 3 may 2015 snap: mk.rocks", ["3 may 2015"]),
        ("12 following 7 followers\npia 09.11.2016", ["09.11.2016"]),
        ("88 followers 40 following\njoined 3 may 2015", []),  # when the account began
        ("88 followers 40 following\nmember since 2017-05-02", []),
        ("88 followers\nmatch 3 may 2015", []),  # no profile's two counts
        # a chat's date of a child's birth year given for a form on its line
        ("ok\nits 4 march 2013 put it in the form\nty", ["4 march 2013"]),
        ("mine is 07/11/2014 for ur form", ["07/11/2014"]),
        ("the form\nwe moved 4 march 2013", []),  # the form on another line
        ("hand in the form by 07/11/2026", []),  # no child's birth year
    ],
)
def test_a_birth_date_in_a_picture_about_a_birthday(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in birth_dates(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("harbour hawks\nokonjo\n7 u11", ["u11"]),  # a shirt: the number read into the line under it
        ("u-12", ["u-12"]),
        ("most improved - under 10s - season 2025", ["under 10s"]),  # a certificate
        ("u2 live in concert", []),  # a band
        ("team u-12 training", ["u-12"]),  # before what a club does with it
        ("u7 squad photos friday", ["u7"]),
        ("u2 team tour", []),  # no child's age group
        ("under 18 girls", ["under 18"]),
        ("u12 hair dryer", []),  # no team's word after it
        ("under 21s", []),  # no child's age
        ("well done on your first game for the u9s", ["u9s"]),  # in the plural, anywhere
        ("training for under 12s on tuesday", ["under 12s"]),
        ("join us! ages 9-12 welcome", ["9-12"]),  # a club's ages
        ("age: 13–16, all abilities", ["13–16"]),
        ("ages 18-25 welcome", []),  # no child's ages
        ("ages 3-5", []),  # a toddler's toy, not a club's children
        ("pages 9-12", []),  # a book's pages
        ("ages 8-12+", []),  # an open range
        ("class / year: class 6b", ["class 6b"]),  # a school class and its section
        ("today: class ii-c! helpers", ["class ii-c"]),
        ("reminder: class 4r trip forms", ["class 4r"]),
        ("class 5 a day of fun", []),  # no section: a room, a lesson
        ("name: tui k class: 6b", ["6b"]),  # a form's label and its value
        ("class: class vii\ndate", ["class vii"]),
        ("class: 5 room", ["5"]),
        ("timetable – tui kake – vii-a", ["vii-a"]),  # a title's class and section
        ("omg ur in 5c next year??", ["5c"]),  # a chat's "I'm in ..."
        ("we're in 3d print club", []),  # a printer's
        ("class: 13", []),  # no school year
        ("phone 021 555 0100 year / grade y5 town / city", ["y5"]),  # a form's column of two labels
        ("year/class 4", ["4"]),
        ("class / year: class x guardian", ["class x"]),  # India's class in Roman numerals
        ("year/class: iv\nphone", ["iv"]),
        ("year / class x-ray day", []),  # no numeral ending it
        ("year / class vibes", []),
        ("class timetable 9k monday", ["9k"]),  # a class's timetable
        ("im 3d", []),
        ("# 2nd-grade-chat", ["2nd-grade"]),  # a school year by its ordinal
        ("room 4 - 5th class mrs tane", ["5th class"]),
        ("kai's timetable (class vii)", ["class vii"]),  # a Roman year of two letters alone
        ("our 3rd year in business", []),  # a firm's
        ("the 1st year of the war", []),
        ("1st class stamp", []),  # a train's, a letter's
        ("first class 1st", []),
        ("16:00 birthday! turns 8", ["8"]),  # a birthday's age, no name before it
        ("it turns 8 pm", []),  # no birthday
        ("name: pia rao\nclass: std iv", ["std iv"]),  # India's school year in Roman numerals
        ("dev\nstd. vii", ["std. vii"]),
        ("std v", []),  # a one-letter numeral: a word, a variable
        ("the stdio library", []),
        ("for kids aged 8-12 saturdays 9am", ["8-12"]),  # a club's ages after "aged"
        ("open to girls aged 11–14", ["11–14"]),
        ("toddlers aged 1-3 free", []),  # no club's children
        ("name: tui k class: y9 tutor", ["y9"]),  # a form's short school year
        ("age: 14 year: y10", ["y10"]),
        ("form: yr 8\nroom", ["yr 8"]),
        ("year: 2025", []),  # a calendar's year
        ("class: yoga", []),
    ],
)
def test_a_teams_age_group(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in age_groups(text)] == found


@pytest.mark.parametrize(
    ("text", "value", "kind", "again"),
    [
        ("aroha ngata\ntoday\naroha ngata: see u at 3", "aroha ngata", Kind.PERSON, ["aroha ngata"]),
        ("#1 koru_kid\nkoru_kid: gg", "koru_kid", Kind.HANDLE, ["koru_kid"]),
        ("tane\ntane: hi", "tane", Kind.PERSON, ["tane"]),  # four letters
        ("mia\nmia: hi", "mia", Kind.PERSON, ["mia"]),  # a person's short name: three letters will do
        ("jo\njo: hi", "jo", Kind.PERSON, []),  # two letters: in too many words
        ("kfc\nkfc: hi", "kfc", Kind.ORG, []),  # three, but no person's name
        ("age 9\nlevel 9", "9", Kind.AGE, []),  # a number elsewhere is not the same age
        ("aroha\narohas cafe", "aroha", Kind.PERSON, []),  # inside a longer word
        ("koru_kid\nkoru_kid@example.com", "koru_kid", Kind.HANDLE, []),  # an e-mail address's part
        ("riley okonjo\nclass 5\nriley: great work", "riley okonjo", Kind.PERSON, ["riley"]),  # the given name alone
        ("hope tane\nhope to see you", "hope tane", Kind.PERSON, []),  # a given name that is an everyday word
        ("student: mei ngata\nmei reads well", "mei ngata", Kind.PERSON, ["mei"]),  # a short given name alone
        # a given name the OCR glued to the verb after it in a report's comment
        ("student: oskar vale\noskarhashad a great term", "oskar vale", Kind.PERSON, ["oskar"]),
        ("ingrid\ningridisalways kind", "ingrid", Kind.PERSON, ["ingrid"]),
        ("hope tane\nhopewas high", "hope tane", Kind.PERSON, []),  # an everyday word glued
        ("oskar vale\noskarshire fair", "oskar vale", Kind.PERSON, []),  # no verb after it
        # a school's own name without its kind, alone elsewhere: the same school
        ("tinwald school\ntinwald", "tinwald school", Kind.SCHOOL, ["tinwald"]),
        ("disco at rata hill high school\nall of rata hill", "rata hill high school", Kind.SCHOOL, ["rata hill"]),
        ("green park school\ngreen park", "green park school", Kind.SCHOOL, []),  # everyday words alone
        ("kea school\nkea", "kea school", Kind.SCHOOL, []),  # too short
        # a link's account, alone elsewhere: a profile's header, a friend list's row
        ("merecodes\nlinktr.ee/merecodes", "linktr.ee/merecodes", Kind.URL, ["merecodes"]),
        ("sn tanegaming youtube.com/@tanegaming", "youtube.com/@tanegaming", Kind.URL, ["tanegaming"]),
        ("my page\nexample.com/home/about", "example.com/home/about", Kind.URL, []),  # a path of two pieces
        ("kiri.com\nkiri", "kiri.com", Kind.URL, []),  # no path
        # an address's street without its number: the street's sign over the house's plaque
        ("ngaio lane\n14 ngaio lane\nthe brennan family", "14 ngaio lane", Kind.ADDRESS, ["ngaio lane"]),
        ("14 ngaio\nngaio", "14 ngaio", Kind.ADDRESS, []),  # one word, no street's type
        ("22 rd\nrd", "22 rd", Kind.ADDRESS, []),  # no street's name
        ("flat 3\nngaio lane", "flat 3", Kind.ADDRESS, []),  # no number first
    ],
)
def test_a_value_shown_again(text: str, value: str, kind: Kind, again: list[str]) -> None:
    start = text.index(value)
    found = [Finding(kind=kind, text=value, start=start, end=start + len(value), scanner="test")]
    assert [f.text for f in shown_again(text, found)] == again


@pytest.mark.parametrize(
    ("text", "age", "towns"),
    [
        ("About me: Aroha, 12 yrs old, Tinwald Contact: me", "12 yrs old", ["Tinwald"]),  # a bio's town after its age
        ("About me: Aroha, 12 yrs old, London", "12 yrs old", []),  # a big city
        ("Aroha 12 yrs old Tinwald", "12 yrs old", []),  # no comma: no list of facts
    ],
)
def test_a_bios_town_after_its_age(text: str, age: str, towns: list[str]) -> None:
    start = text.index(age)
    found = [Finding(kind=Kind.AGE, text=age, start=start, end=start + len(age), scanner="age")]
    out = laid_out(text.lower(), text, found, Settings())
    assert [text[f.start : f.end] for f in out if f.kind is Kind.LOCATION] == towns


@pytest.mark.parametrize(
    ("text", "cut", "kind", "whole"),
    [
        ("Friend code: FC 4312-0087-5521", "FC", Kind.HANDLE, ["FC 4312-0087-5521"]),  # a scanner's value cut short
        ("Friend code: FC 4312-0087-5521", "FC 4312-0087-5521", Kind.HANDLE, []),  # the scanner's whole value stays
        ("Friend code: FC 4312-0087-5521", "FC", Kind.PERSON, []),  # another kind's value stays too
    ],
)
def test_a_layout_value_longer_than_a_scanners(text: str, cut: str, kind: Kind, whole: list[str]) -> None:
    start = text.index(cut)
    found = [Finding(kind=kind, text=cut, start=start, end=start + len(cut), scanner="test")]
    out = laid_out(text.lower(), text, found, Settings())
    assert [text[f.start : f.end] for f in out if f.kind is Kind.HANDLE] == whole
