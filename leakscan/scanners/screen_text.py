"""What text read from a picture means beyond what the text scanners find in it.

A screenshot or a sign is laid out, not written: a name heads a chat or a profile with no "my
username is" before it, a poster repeats its phone number on tear-off strips the OCR reads
crooked, and a weather app puts a city over a temperature. :func:`~.pixel_text.scan_pixels_text`
asks these rules about the assembled text (:attr:`~.pixel_text.PixelText.text`, lines as the
picture shows them):

* :func:`screen_names`: a handle-shaped word that starts a line (maybe after a profile's clock),
  follows a lobby's rank or stands before a chat's time stamp, status or speaker's ":"
  ("bluebird_61 sent you a snap", "#2 kiri.moana.2013", "xxkoa47xx: gg");
* :func:`~.screen_printed_names.full_names`, :func:`~.screen_printed_names.titled_names`,
  :func:`~.screen_printed_names.worn_names`: a person's name heading a line
  (a chat's header or sender, a notification, a name tag, a medal) or after a form's label, a
  title and a surname on a sign, a shirt's name over its number, a family's name;
* :func:`~.screen_numbers.repeats`, :func:`~.screen_numbers.tear_offs`: another reading of a
  phone number the picture already shows (its digits in the same order, whatever the OCR made
  of the brackets and dashes around them, a few misread), a poster's row of tear-off strips;
* :func:`house_plaques`: a house number's plaque beside or under a street's sign ("Chapel Lane"
  over "14"; the number over the street is read as one address by :func:`~.pixel_text.as_typed`);
* :func:`name_over_age`, :func:`age_groups`, :func:`birth_dates`: a given name alone on its line
  over a number alone (a cake's topper, a banner: "Benjamin" over "9"), a team's "U11", a birth
  date in a picture about a birthday;
* :func:`contact_name`: the name heading a phone's contact card, right over its "mobile" line;
* :func:`shown_again`: a value found once, shown again elsewhere in the picture;
* :func:`~.screen_schools.school_names`: a school's name on a sign's two lines, in another
  language, after a form's label;
* :mod:`.screen_people`: gamer tags, names with an initial, a chat's senders, a list of names,
  an owner's label, the age a chat answers;
* :mod:`.screen_places`: a suburb's own venue, a home Wi-Fi network named after its family.

:func:`laid_out` turns the spans these rules find into findings beside the text scanners';
what a public picture shows everyone (:func:`~.screen_public.public_print`) is left out of both.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import pairwise

from ..findings import Finding, Kind
from ..settings import Settings
from .address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES
from .base import words as word_set
from .ner_words import given_name
from .screen_ages import birthday_is, dated_groups, named_years
from .screen_numbers import repeats, tear_offs
from .screen_people import (
    STREET_TYPES,
    answered_ages,
    birthday_ages,
    birthday_list,
    bracketed_names,
    called,
    chat_partners,
    comma_ages,
    dated_ages,
    device_owners,
    from_places,
    handle_names,
    initialled,
    last_seen,
    letterhead_town,
    listed,
    owners,
    phone_owner,
    planned,
    senders,
    shirt_rows,
    spans_of,
    street_towns,
    town_after,
    watched_suburbs,
)
from .screen_places import family_networks, local_venues, school_towns, suburb_of_city, venue_suburbs
from .screen_printed_names import (
    CALENDAR,
    avatar_rows,
    capital_names,
    form_names,
    full_names,
    label_owner,
    named_ages,
    notified,
    titled_names,
    worn_names,
)
from .screen_schools import labelled_schools, school_names
from .screen_tags import added, followed, gamer_tags, labelled_tags, lobby_tags, stamped_senders

#: A handle's shape: letters and digits joined by "_" or "." ("ninjacat_56", "mia.dances63",
#: "sk8r_11"), at least three letters: no time, price, version or code ("v1.2", "sw-4845").
_HANDLE = r"(?<![\w.@/])(?=(?:[0-9._]{0,40}[a-z]){3})[a-z0-9]{1,30}(?:[._][a-z0-9]{1,30}){1,4}(?![\w@/]|\.\w)"
#: A handle with no "_" or "." in it: a gamer tag ("xxkoa47xx") or five letters or more and a
#: number ("tamsinlakeside5"); only where a layout shows a screen name (:data:`_SCREEN_NAME`)
#: and never an everyday word and a number ("player1", "level12": :func:`screen_names`).
_BARE = r"(?<![\w.@/])(?:xx[a-z]{2,20}\d{1,4}xx|[a-z]{5,30}\d{1,4})(?![\w@/]|\.\w)"
#: ... at the start of a line (maybe after a clock: a profile's header "9:41 tamsinlakeside5"),
#: after "from" or a lobby's rank ("#2 kiri.moana.2013"), before a chat's time stamp or status,
#: or before the ":" of a game chat's speaker ("tane_ruru4: anyone here").
_SCREEN_NAME = re.compile(
    rf"(?m)(?:^[ \t]{{0,3}}(?:\d{{1,2}}:\d{{2}}[ \t]{{1,3}})?|\bfrom[ \t]{{1,3}}|(?<!\S)#\d{{1,3}}[ \t]{{1,3}})"
    rf"(?P<a>{_HANDLE}|{_BARE})"
    rf"|(?P<b>{_HANDLE}|{_BARE})(?=[ \t]{{1,3}}(?:today|yesterday|active|online|sent|replied|liked|commented|level\b"
    rf"|lvl\b|\d{{1,2}}:\d{{2}})|:[ \t])"
)
#: Words a domain ends with: a link is the link scanner's ("mia.dances" is a handle, "mia.com" is not).
_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|tv|gg|me|co|uk|au|nz|ca|in|za|ie|us|app|dev|ly|be|to)$")


def screen_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each handle-shaped word heading a line, a chat message or a
    notification in ``text`` (lower case, as the scanners read it)."""
    for m in _SCREEN_NAME.finditer(text):
        group = "a" if m.group("a") else "b"
        word = m.group(group)
        if "_" in word or (not _DOMAIN_END.search(word) and any(c.isdigit() for c in word) and not _worded(word)):
            yield m.start(group), m.end(group)


def _worded(word: str) -> bool:
    """An everyday word and a number ("player1", "level12"), not a screen name."""
    from ..truecase import WORD, lexicon

    if "." in word:
        return False
    info = lexicon().words.get(word.rstrip("0123456789"))
    return info is not None and bool(info[0] & WORD)


#: Street types a sign's name ends with ("chapel lane", "birchwood ct", "railway parade").
_STREET_TYPES = STRONG_SUFFIXES | MEDIUM_SUFFIXES
#: A line that is a house number alone ("14", "7b", "4/22": a unit and its number).
_NUMBER_LINE = re.compile(r"(?m)^[ \t]{0,3}\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?[ \t]{0,3}$")


#: A street's sign alone on its line: a name and its type, maybe its postal district ("harbour
#: view crescent", "jacaranda grove cf14").
_SIGN_LINE = re.compile(
    r"[ \t]{0,3}[a-z]{2,20}(?:[ \t][a-z]{2,20}){0,2}[ \t](?:"
    + "|".join(sorted(_STREET_TYPES, key=len, reverse=True))
    + r")\.?(?:[ \t][a-z]{1,2}\d{1,2}[a-z]?)?[ \t]{0,3}"
)
_NUMBER_HEAD = re.compile(r"[ \t]{0,3}(?P<number>\d{1,4}[a-z]?)[ \t]{1,3}(?!(?:am|pm|km|mi|min|mins|hrs?|x)\b)[a-z]")


def house_plaques(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` from a street's sign to the house number under it, or from the number to
    the sign after it, at most two lines apart ("chapel lane harrogate" then "14"): one address."""
    lines = _lines(text)
    streets = [
        k
        for k, (a, b) in enumerate(lines)
        if (ws := text[a:b].split()) and len(ws) >= 2 and any(w.strip(".,") in _STREET_TYPES for w in ws[1:])
    ]
    for k, (a, b) in enumerate(lines):
        # a number heading the line under the sign, a sticker beside it read on its line ("164 deliveries")
        head = _NUMBER_HEAD.match(text, a, b) if k and _SIGN_LINE.fullmatch(text, *lines[k - 1]) else None
        if head:
            yield lines[k - 1][0], head.end("number")
        if not _NUMBER_LINE.fullmatch(text, a, b):
            continue
        near = [j for j in streets if 0 < abs(j - k) <= 2]
        if near:
            j = min(near, key=lambda j: abs(j - k))
            yield (lines[j][0], b) if j < k else (a, lines[j][1])


#: A suburb's or a town's line under a street's sign: one to three words, maybe a postal district
#: ("karori", "evington le5", "mount albert 1025").
_PLACE_LINE = re.compile(
    r"[ \t]{0,3}[a-z][a-z'-]{1,20}(?:[ \t][a-z][a-z'-]{1,20}){0,2}(?:[ \t]{1,2}[a-z]{1,2}\d{1,2}[a-z]?|[ \t]{1,2}\d{4})?"
    r"[ \t]{0,3}"
)
#: Words joining a family's names on a letterbox ("mia & tane", "the ngata family").
_JOINERS = word_set("& and + the family")


def letterboxes(text: str, typed: str) -> Iterator[tuple[Kind, tuple[int, int]]]:
    """A house number alone on its line under a street's sign, maybe with the suburb's line
    between ("cedar crescent" / "karori" / "99" / "ngata": a letterbox or a gate photographed
    with the sign): the sign to the number is an address (ADDRESS), the suburb a place
    (LOCATION), the names under the number the family's (PERSON). ``text`` as the picture shows
    it, its lines kept; ``typed`` as the scanners read it (the same length: it joins short lines)."""
    lines = _lines(text)
    for k, (a, b) in enumerate(lines):
        if not _NUMBER_LINE.fullmatch(typed, a, b):
            continue
        sign = next((j for j in (k - 1, k - 2) if j >= 0 and _SIGN_LINE.fullmatch(typed, *lines[j])), None)
        if sign is None:
            continue
        yield Kind.ADDRESS, (lines[sign][0], b)
        if sign == k - 2 and _PLACE_LINE.fullmatch(typed, *lines[k - 1]) and _named(typed[slice(*lines[k - 1])]):
            yield Kind.LOCATION, _trimmed(text, *lines[k - 1])
        if k + 1 < len(lines) and _family(typed[slice(*lines[k + 1])]):
            yield Kind.PERSON, _trimmed(text, *lines[k + 1])


def _named(line: str) -> bool:
    """Whether ``line`` holds a word that is no everyday word only: a place's or a person's name."""
    from ..truecase import FIRST, LAST, PLACE, WORD, lexicon

    lex = lexicon()
    return any(
        not lex.classes(w) & WORD or lex.classes(w) & (FIRST | LAST | PLACE) for w in line.split() if w.isalpha()
    )


def _family(line: str) -> bool:
    """Whether ``line`` is a family's names on a letterbox: one to six words, each a given name or
    a surname, a word no list knows or a joiner ("&", "the"), never a sign's everyday words
    ("no junk mail", "deliveries")."""
    from ..truecase import FIRST, LAST, WORD, lexicon

    lex = lexicon()
    words = [w.strip(".,'’") for w in line.split()]
    names = [w for w in words if w not in _JOINERS]
    return (
        0 < len(words) <= 6
        and bool(names)
        and all(w.replace("-", "").replace("'", "").isalpha() for w in names)
        and all(not lex.classes(w) & WORD or lex.classes(w) & (FIRST | LAST) for w in names)
    )


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``(start, end)`` of ``text[a:b]`` without the spaces around it."""
    part = text[a:b]
    return a + len(part) - len(part.lstrip()), a + len(part.rstrip())


#: A family's name on a door or a mailbox ("The Ngatas", "THE KOWHAI-TANE FAMILY").
_FAMILY_LINE = re.compile(
    r"[ \t]{0,3}(?i:the)[ \t]{1,2}(?P<name>[^\W\d_][\w'’-]{1,24}?)(?:[ \t]{1,2}(?i:family)|(?i:s|es|'s|’s|s'|s’))[ \t]{0,3}"
)
#: A door's number with a letter ("14B"): the picture's whole text.
_DOOR_NUMBER = re.compile(r"[ \t]{0,3}\d{1,4}[a-zA-Z][ \t]{0,3}")
#: A house number alone on its line, as the picture shows it ("14", "7B").
_HOUSE_NUMBER = re.compile(r"[ \t]{0,3}\d{1,4}[a-zA-Z]?[ \t]{0,3}")


def family_plaques(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int] | None]]:
    """``((number start, end), family name's (start, end) or None)``: a house number alone on
    its line next to a family's name ("14" over "The Ngatas": a door's or a mailbox's plaque;
    never a word the lexicon knows or a famous one: "The Gardens", "The Beatles"), or a door's
    number with a letter that is all the picture says ("14B"). ``text`` as the picture shows
    it, its lines kept (the typed text joins short lines)."""
    from .. import lexicon as lists
    from ..truecase import WORD, lexicon

    lex = lexicon()
    lines = _lines(text)
    if len(lines) == 1 and _DOOR_NUMBER.fullmatch(text, *lines[0]):
        a, b = lines[0]
        yield _trimmed(text, a, b), None
    for k, (a, b) in enumerate(lines):
        if not _HOUSE_NUMBER.fullmatch(text, a, b):
            continue
        for j in (k - 1, k + 1):
            m = _FAMILY_LINE.fullmatch(text, *lines[j]) if 0 <= j < len(lines) else None
            name = m.group("name").lower() if m else ""
            line = text[slice(*lines[j])].strip().lower() if m else ""
            if m and not lex.classes(name) & WORD and line not in lists.entries("famous"):
                yield _trimmed(text, a, b), m.span("name")
                break


#: Words a printed page numbers ("Page 14", "Chapter 9"): no name.
_NUMBERED = word_set("page chapter lesson unit level round step part week day room gate platform row seat table track")
_AGE = r"(?:[1-9]|1[0-8])"
_AGE_LINE = re.compile(rf"[ \t]{{0,3}}{_AGE}[ \t]{{0,3}}")
#: A line that is a name alone, maybe with an age after it.
_NAME_AGE = re.compile(rf"[ \t]{{0,3}}(?P<name>[^\W\d_]{{2,20}})(?:[ \t]{{1,3}}(?P<age>{_AGE}))?[ \t]{{0,3}}")


def name_over_age(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (age start, end))`` for each line that is one given name (the
    names lexicon's, no month or day) over a line that is a number from 1 to 18, or followed
    by that number on its line ("Benjamin 9": the OCR reads a topper as one block)."""
    from ..truecase import FIRST, lexicon

    words = lexicon().words
    lines = _lines(text)
    for k, (a, b) in enumerate(lines):
        m = _NAME_AGE.fullmatch(text, a, b)
        if m and m.group("age"):
            name, age = m.span("name"), m.span("age")
        elif m and k + 1 < len(lines) and _AGE_LINE.fullmatch(text, *lines[k + 1]):
            c, d = lines[k + 1]
            name, age = m.span("name"), _trimmed(text, c, d)
        else:
            continue
        word = text[name[0] : name[1]].lower()
        info = words.get(word)
        if word not in CALENDAR and word not in _NUMBERED and info is not None and info[0] & FIRST:
            yield name, age


#: A contact card's number line: "mobile 060 555 0174", "home: +27 82 ...".
_CONTACT_LINE = re.compile(r"[ \t]{0,3}(?:mobile|mob|cell|home|work|phone|tel|iphone)\b[^\n\d]{0,6}[+(]?\d")
_NAME_LINE = re.compile(r"[ \t]{0,3}[^\W\d_]{2,20}(?:[ \t'’-]{1,2}[^\W\d_]{1,20}){1,3}[ \t]{0,3}")


def contact_name(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name of two to four words, the first a given name, alone on its line
    right over a phone number's line that starts with its label ("Ayanda Pillay" over "mobile
    060 555 0174")."""
    from ..truecase import lexicon

    lex = lexicon()
    for (a, b), (c, d) in pairwise(_lines(text)):
        if not (_NAME_LINE.fullmatch(text, a, b) and _CONTACT_LINE.match(text, c, d)):
            continue
        if given_name(text[a:b].split()[0].lower(), lex, everyday=True):
            yield _trimmed(text, a, b)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that is not empty."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]{1,400}", text)]


#: A birthday's words anywhere in a picture: a cake, an invitation, a form's "DOB" column, a
#: chat's "when is ur birthday".
_BIRTH_CUE = re.compile(r"\b(?:birthday|bday|b-day|born|dob|d\.o\.b|date of birth)\b")
_MONTHS = (
    r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september"
    r"|oct|october|nov|november|dec|december)"
)
#: A child's birth year: someone 4 to 20 years old this year (counted from the clock, so the
#: rule does not age: in 2026, 2006-2022).
_BIRTH_YEAR = "(?:" + "|".join(str(y) for y in range(date.today().year - 20, date.today().year - 3)) + ")"
#: A full date in such a year: "14.03.2016", "07/13/2017", "2017-04-22", "2017/04/22", "9 march 2018".
_BIRTH_DATE = re.compile(
    rf"(?<![\w/.-])(?:\d{{1,2}}([/.-])\d{{1,2}}\1{_BIRTH_YEAR}|{_BIRTH_YEAR}([/.-])\d{{2}}\2\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}{_MONTHS}\.?,?[ \t]{{1,2}}{_BIRTH_YEAR}"
    rf"|{_MONTHS}\.?[ \t]{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]{{1,2}}{_BIRTH_YEAR})(?![\w/-]|\.\d)"
)


#: A social profile's counts ("1,204 followers 310 following"): the page of one person.
_PROFILE = re.compile(r"\bfollowers\b[^\n]{0,40}\bfollowing\b|\bfollowing\b[^\n]{0,40}\bfollowers\b")
#: What dates something else on a profile ("joined 3 march 2019", "member since 2017-05-02").
_NOT_BORN = re.compile(r"\b(?:joined|since|posted|created|updated|edited)[ \t:]{1,3}$")


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each full date of a child's birth year in a picture that speaks of a
    birthday anywhere (``text`` lower case): a cake's "14.03.2016", a form's value under its
    "DOB" column, a chat's answer to "when is ur birthday" in a bubble of its own; or on a social
    profile (its followers and following), where a bio's bare full date of a child's birth
    year is the child's birthday (not one after "joined" or "since"). A date of this year (an
    invitation's, a certificate's) is no birth date."""
    cue = _BIRTH_CUE.search(text) is not None
    profile = not cue and _PROFILE.search(text) is not None
    if cue or profile:
        for m in _BIRTH_DATE.finditer(text):
            if not (profile and _NOT_BORN.search(text, max(0, m.start() - 12), m.start())):
                yield m.span()


#: A team's age group alone on its line (maybe after the shirt's number) or between dashes, as a
#: shirt, a kit bag or a certificate prints it ("U11", "Under 12s", "Dragons - Under 11s - 2025").
_AGE_GROUP = re.compile(
    r"(?m)(?:^[ \t]{0,3}(?:\d{1,2}[ \t])?|[ \t][-–|][ \t])(?P<g>(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s?)"
    r"(?=[ \t]{0,3}$|[ \t][-–|][ \t])"
)


def age_groups(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a team's age group alone on a line of ``text`` (lower case) or set
    apart by dashes: under a shirt's name and number, on a team's certificate, it says how old
    the child is; of one in the plural anywhere ("first game for the u9s": a team's players,
    never a band's or a film's "U2"); before what a club does with it ("u9 training"); of a
    club's ages ("ages 9-12"); a school class with its
    section ("class 7c") or India's "std iii"; a birthday's "turns 13"."""
    yield from dict.fromkeys(_age_groups(text))  # each once, whichever rules found it


def _age_groups(text: str) -> Iterator[tuple[int, int]]:
    """:func:`age_groups`, each rule's spans in turn (one span may come twice)."""
    alone = [m.span("g") for m in _AGE_GROUP.finditer(text)]
    yield from alone
    yield from (m.span() for m in _AGE_GROUP_PLURAL.finditer(text) if m.span() not in alone)
    yield from (
        m.span("g")
        for m in _AGE_GROUP_TEAM.finditer(text)
        if m.span("g") not in alone and not m.group("g").endswith("s")
    )
    yield from (m.span("g") for m in _AGE_RANGE.finditer(text))
    yield from (m.span() for m in _CLASS.finditer(text))
    yield from (m.span() for m in _ORDINAL_YEAR.finditer(text))
    yield from (m.span("g") if m.group("g") else m.span("g2") for m in _CLASS_FIELD.finditer(text))
    yield from (m.span("g") if m.group("g") else m.span("g2") for m in _CLASS_SECTION.finditer(text))
    yield from (m.span() for m in _STD_YEAR.finditer(text))
    yield from (m.span("age") for m in _TURNS.finditer(text))


#: A school class: its year and its section ("class 7c", "class v-c", "class iii-a"), the child's age
#: within a year (a section's letter is needed: "class 5" may be a room).
_CLASS = re.compile(
    r"\bclass[ \t]{1,2}(?:(?:[1-9]|1[0-2])-?[a-z]|(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi|xii)[ \t]?-[ \t]?[a-z]"
    # or a year of two Roman letters or more alone ("class viii"; "class v" may be a word)
    r"|(?:viii|vii|iii|xii|ix|iv|vi|xi|ii)(?![ \t]?-))(?!\w)"
)
#: A form's "Class:" label and its value: a year with or without its section, maybe after "class"
#: again ("class: 6b", "class: class v").
_ROMAN_YEAR = r"(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi|xii)"
_CLASS_FIELD = re.compile(
    rf"\bclass[ \t]{{0,2}}:[ \t]{{1,3}}(?P<g>(?:class[ \t]{{1,2}})?(?:(?:[1-9]|1[0-2])(?:-?[a-z])?|{_ROMAN_YEAR}(?:[ \t]?-[ \t]?[a-z])?))"
    r"(?![\w/.:-])"
    # ... or after a form's column of two labels, without its ":" ("year / grade y7", "year/class 6b")
    r"|\b(?:year|grade|class)[ \t]?/[ \t]?(?:year|grade|class)[ \t]{0,2}:?[ \t]{1,3}"
    r"(?P<g2>(?:y|yr|year|grade)?[ \t]?(?:[1-9]|1[0-3])[a-z]?)(?![\w/.:-])"
)
#: A class's year in Roman numerals and its section set apart by dashes, as a timetable's or a
#: label's title gives it after the child's name ("timetable – tui k – ix-c", "vii-a"); or a
#: year and its section after "I'm in" ("we're in 5c this year") or a class's timetable ("class
#: timetable 7k").
_CLASS_SECTION = re.compile(
    rf"[ \t][-–|][ \t](?P<g>{_ROMAN_YEAR}-[a-z])(?=[ \t]{{0,3}}(?:\n|$)|[ \t][-–|][ \t])"
    r"|\b(?:(?:i'?m|we'?re|you'?re|u'?re|ur|u r|he'?s|she'?s)[ \t]{1,2}in|timetable|homeroom)[ \t]{1,2}(?P<g2>(?:[1-9]|1[0-2])[a-z])\b(?![ \t]?(?:print|model|movie|film|glasses))"
)
#: A school year by its ordinal ("2nd year", "1st-grade", "5th class": a class board's, a chat
#: channel's); never a firm's or a university's ("5th year in business", "2nd year uni"), a year
#: "of" something, or a train's "1st class".
_ORDINAL_YEAR = re.compile(
    r"(?<![\w-])(?:(?:[1-9]|1[0-3])(?:st|nd|rd|th)[ \t-](?:year|grade|form)|[3-6](?:rd|th)[ \t-]class)(?!\w)"
    r"(?![ \t]{1,2}(?:anniversary|in[ \t]business|running|of|uni|university|college|student|apprentice))"
)
#: India's school year in Roman numerals after "std" ("std iii", "std. vii"), as a name label or a
#: form's "class:" prints it; a numeral of one letter is left out ("std v", "std x": a word, a variable).
_STD_YEAR = re.compile(r"(?<![\w'’])std\.?[ \t]{1,2}(?:viii|vii|iii|xii|ix|iv|vi|xi|ii)(?![\w'’])")
#: A birthday's "turns 13" with no name before it (a calendar's "birthday! turns 13").
_TURNS = re.compile(r"\b(?:birthday|bday)\b[^\n\d]{0,12}?\bturns[ \t]{1,2}(?P<age>[1-9]|1[0-8])(?!\d)")
#: An age group in the plural ("the u9s", "under 12s").
#: A club's ages ("ages 9-12", "age: 13–16"): the children it is for.
_AGE_RANGE = re.compile(r"\bages?[ \t:]{1,3}(?P<g>(?:[4-9]|1[0-7])[ \t]?[-–][ \t]?(?:[5-9]|1[0-8]))(?![\d+])")
#: An age group before what a club does with it ("u9 training", "under 11 girls", "u12 squad"):
#: the children a flyer or a team's page is about.
_AGE_GROUP_TEAM = re.compile(
    r"(?<![\w-])(?P<g>(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s?)[ \t]{1,2}"
    r"(?:training|trials?|squad|team|players|girls|boys|practice|sessions?)\b"
)
_AGE_GROUP_PLURAL = re.compile(r"(?<![\w-])(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s(?![\w])")


def laid_out(typed: str, text: str, found: list[Finding], settings: Settings) -> list[Finding]:
    """What the layout of a picture's text says beyond the text scanners (:mod:`.screen_text`):
    screen names heading a chat, a profile or a notification, a house number's plaque by a
    street's sign, a name over an age (a cake), a contact card's name or a name heading a line,
    a phone number read again. ``typed`` is the picture's text as the scanners read it
    (:func:`~.pixel_text.as_typed`), ``text`` the same as the picture shows it (capitals kept)."""
    chosen = set(settings.scanners)  # the scanners a user chose (none: all)
    spans: list[tuple[int, int, Kind, str]] = []
    boxes = list(letterboxes(text, typed))  # a letterbox under a street's sign: an address, a suburb, a family
    if not chosen or "handle" in chosen:
        spans += [(s, e, Kind.HANDLE, "handle") for s, e in screen_names(typed)]
        spans += [(s, e, Kind.HANDLE, "handle") for s, e in gamer_tags(text)]
        spans += [
            (s, e, Kind.HANDLE, "handle")
            for s, e in [*added(text), *stamped_senders(text), *followed(text), *labelled_tags(text)]
        ]
        if any(f.kind is Kind.HANDLE for f in found) or spans:
            # a lobby's or a friend list's other players, where the picture shows a tag already
            spans += [(s, e, Kind.HANDLE, "handle") for s, e in lobby_tags(text)]
    if not chosen or "school" in chosen:
        spans += [(s, e, Kind.SCHOOL, "school") for s, e in school_names(text)]
    if not chosen or "address" in chosen:
        spans += [(s, e, Kind.ADDRESS, "address") for s, e in house_plaques(typed)]
        spans += [(s, e, Kind.ADDRESS, "address") for kind, (s, e) in boxes if kind is Kind.ADDRESS]
        plaques = list(family_plaques(text))
        spans += [(s, e, Kind.ADDRESS, "address") for (s, e), _family in plaques]
        if not chosen or "ner" in chosen:
            spans += [(*family, Kind.PERSON, "ner") for _number, family in plaques if family]
        # the town after a street's address the scanners found ("41 Kowhai Close Tinwald")
        towns = [town_after(text, f.end or 0) for f in found if f.kind is Kind.ADDRESS]
        spans += [(s, e, Kind.ADDRESS, "address") for s, e in filter(None, towns)]
    if not chosen or "ner" in chosen:
        # a letterhead's town after its phone number; a street named without a number and its town
        towns = [letterhead_town(text, f.end or 0) for f in found if f.kind is Kind.PHONE]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in filter(None, towns)]
        for street, town in street_towns(text):
            spans += [(*street, Kind.LOCATION, "ner"), (*town, Kind.LOCATION, "ner")]
        spans += [(s, e, kind, "ner") for kind, (s, e) in boxes if kind is not Kind.ADDRESS]
    toppers = list(name_over_age(typed)) + list(comma_ages(text))
    ages = list(named_ages(text))
    if not chosen or "ner" in chosen:
        spans += [(s, e, Kind.PERSON, "ner") for s, e in contact_name(typed)]
        spans += [
            (s, e, Kind.PERSON, "ner")
            for s, e in [
                *full_names(text),
                *capital_names(text),
                *form_names(text),
                *label_owner(text),
                *avatar_rows(text),
            ]
        ]
        spans += [(s, e, Kind.PERSON, "ner") for s, e in [*worn_names(text), *shirt_rows(text)]]
        spans += [(s, e, Kind.PERSON, "ner") for s, e in titled_names(text)]
        spans += [(s, e, kind, "ner") for kind, (s, e) in ages if kind is Kind.PERSON]
        spans += [(s, e, Kind.PERSON, "ner") for (s, e), _age in toppers]
        people = [*initialled(text), *senders(text), *owners(text), *called(text), *chat_partners(text)]
        people += [*notified(text), *device_owners(text), *handle_names(text, found, spans), *family_networks(text)]
        people += [*bracketed_names(text, found, spans), *planned(text)]
        people += filter(None, (phone_owner(text, f.start or 0) for f in found if f.kind is Kind.PHONE))
        spans += [(s, e, Kind.PERSON, "ner") for s, e in people]
        spans += [(s, e, Kind.PERSON, "ner") for (s, e), _day in birthday_list(text)]
        spans += [
            (s, e, Kind.LOCATION, "ner")
            for s, e in [*from_places(text), *watched_suburbs(text), *local_venues(text), *suburb_of_city(text)]
        ]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in venue_suburbs(text)]
        # a school's town under its name (a letterhead, a sign)
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in school_towns(text, spans_of(Kind.SCHOOL, found, spans))]
        # a bio's town after its age and a comma ("Aroha, 12 yrs old, Tinwald")
        towns = [
            town_after(text, f.end or 0) for f in found if f.kind is Kind.AGE and text[f.end or 0 :].startswith(",")
        ]
        spans += [(s, e, Kind.LOCATION, "ner") for s, e in filter(None, towns)]
        # a street where a pet was last seen is an address, a suburb or a town a place
        seen = [(s, e, text[s:e].lower().split()[-1].strip(".") in STREET_TYPES) for s, e in last_seen(text)]
        spans += [(s, e, Kind.ADDRESS if street else Kind.LOCATION, "ner") for s, e, street in seen]
        if any(f.kind is Kind.PERSON for f in found) or any(k is Kind.PERSON for _s, _e, k, _n in spans):
            # a name alone on its line, where the picture names people: a list of them
            spans += [(s, e, Kind.PERSON, "ner") for s, e in listed(text)]
    if not chosen or "age" in chosen:
        spans += [(s, e, Kind.AGE, "age") for _name, (s, e) in toppers]
        spans += [(s, e, Kind.DATE_OF_BIRTH, "age") for s, e in birth_dates(typed)]
        spans += [(s, e, Kind.AGE, "age") for s, e in age_groups(typed)]
        spans += [(s, e, kind, "age") for kind, (s, e) in ages if kind is Kind.AGE]
        spans += [(s, e, Kind.AGE, "age") for s, e in [*answered_ages(typed), *dated_ages(typed, found, spans)]]
        spans += [(s, e, Kind.DATE_OF_BIRTH, "age") for _name, (s, e) in birthday_list(text)]
        spans += [(s, e, Kind.AGE, "age") for _name, (s, e) in birthday_ages(text)]
        # a birthday's "Archie is 11", a name's school year, a form row's age group after a birth date
        names = spans_of(Kind.PERSON, found, spans)
        spans += [
            (s, e, Kind.AGE, "age") for s, e in [*birthday_is(text), *named_years(text, names), *dated_groups(text)]
        ]
    if not chosen or "school" in chosen:
        # a name label's school after the child's name and year ("Tui Kake Year 6·Kowhai")
        spans += [(s, e, Kind.SCHOOL, "school") for s, e in labelled_schools(text, spans_of(Kind.PERSON, found, spans))]
    numbers = {"".join(c for c in f.text if c.isdigit()) for f in found if f.kind is Kind.PHONE}
    again = list(repeats(typed, numbers))
    spans += [(s, e, Kind.PHONE, "phone") for s, e in again]
    spans += [(s, e, Kind.PHONE, "phone") for s, e in tear_offs(typed, numbers, again)]
    # what the scanners read stays theirs; an address may hold a place, and a value of the same
    # kind a scanner cut short of its digits ("fc" of "fc 9556-7656-7830") is the layout's whole
    # one: its box covers the rest
    taken = [(f.start or 0, f.end or 0, f.kind) for f in found]
    out = []
    for start, end, kind, scanner in spans:
        if not any(
            s < end
            and start < e
            and (k is kind or kind is not Kind.ADDRESS)
            and not _longer(typed, start, end, kind, s, e, k)
            for s, e, k in taken
        ):
            out.append(Finding(kind=kind, text=typed[start:end], start=start, end=end, scanner=scanner, confidence=0.8))
            taken.append((start, end, kind))
    return out


def _longer(typed: str, start: int, end: int, kind: Kind, s: int, e: int, k: Kind) -> bool:
    """Whether the span ``start:end`` of ``kind`` holds the whole of ``s:e`` of the same kind and
    digits more (a code's or a number's rest: "fc" of "fc 9556-7656-7830"; a name's extra words,
    "congratulations isabella moore", are no more of it)."""
    more = typed[start:s] + typed[e:end]
    return kind is k and start <= s and e <= end and any(c.isdigit() for c in more)


#: Kinds whose value, found once, is the same secret wherever else the picture shows it (not an
#: age or a date: "9" or "june" elsewhere is not the same one).
_AGAIN_KINDS = (Kind.PERSON, Kind.HANDLE, Kind.EMAIL, Kind.URL, Kind.ADDRESS, Kind.SCHOOL, Kind.LOCATION, Kind.ORG)
#: ... from this many letters and digits (an initial or a short word is found in many words).
_AGAIN_CHARS = 4
#: ... or this many, for a person's name found alone ("Mei", "Leo": a child's short given name is
#: as much the same child on the picture's other lines; the scan found it a person once).
_AGAIN_NAME_CHARS = 3


#: The words that say what kind of school a name is ("... high school", "... college").
_SCHOOL_KINDS = word_set(
    "school primary high middle junior senior secondary grammar elementary intermediate college academy"
    " state public international community kindergarten preschool ps ns hs"
)


def _school_stem(value: str, lex: object) -> str:
    """A school's own name in ``value`` (lower case) before its kind: one or two words, not all
    of them everyday words ("rata hill", never "green park"), of five letters or more in all
    ("" when there is none)."""
    from ..truecase import WORD

    words = value.split()
    k = next((i for i, w in enumerate(words) if w.strip(".,'’") in _SCHOOL_KINDS), 0)
    stem = words[:k]
    if not 1 <= len(stem) <= 2 or sum(len(w) for w in stem) < 5:
        return ""
    if not all(w.isalpha() for w in stem) or all(lex.classes(w) & WORD for w in stem):  # type: ignore[attr-defined]
        return ""
    return " ".join(stem)


#: A link's account: after its "@", or the one piece of its path ("youtube.com/@mere.draws",
#: "linktr.ee/merecodes").
_ACCOUNT = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]{1,30}(?:\.[a-z]{2,6}){1,2}/@?(?P<who>[\w.-]{2,40})/?$")


def shown_again(typed: str, found: list[Finding]) -> list[Finding]:
    """Each other place ``typed`` (the picture's text as the scanners read it) shows the value of
    one of ``found``, as a whole word, where no finding is: a name heading a chat and again by a
    message, a handle in a lobby and in its chat, a person's given name alone (not one that is
    also an everyday word: "Hope", "Rose"), a school's own name without its kind, a link's
    account alone (a handle). The same secret shown twice must be covered
    twice (and a copy showing it still is refused); a person's name found alone counts from three
    letters ("Mei"), any other value from four."""
    from ..truecase import lexicon

    lex = lexicon()
    taken = [(f.start or 0, f.end or 0) for f in found]
    out = []
    for f in found:
        value = typed[f.start or 0 : f.end or 0]
        least = _AGAIN_NAME_CHARS if f.kind is Kind.PERSON and value.isalpha() else _AGAIN_CHARS
        if f.kind not in _AGAIN_KINDS or sum(c.isalnum() for c in value) < least:
            continue
        values = [value]
        # a person's given name alone, elsewhere, is the same child ("Kiri Tane" then "Kiri: ...")
        first = value.split()[0] if f.kind is Kind.PERSON and " " in value else ""
        if len(first) >= _AGAIN_NAME_CHARS and given_name(first, lex):
            values.append(first)
        # a school's own name without its kind, alone elsewhere ("rata hill high school", then
        # "everyone at rata hill"): the same school, unless it is an everyday word ("green")
        stem = _school_stem(value, lex) if f.kind is Kind.SCHOOL else ""
        if stem:
            values.append(stem)
        # a link's account, alone elsewhere ("tiktok.com/@mere.draws" and "mere.draws" heading a list)
        account = _ACCOUNT.search(value) if f.kind is Kind.URL else None
        if account and sum(c.isalnum() for c in account.group("who")) >= _AGAIN_CHARS:
            values.append(account.group("who"))
        for again in values:
            kind = Kind.HANDLE if account and again == account.group("who") else f.kind
            for m in re.finditer(rf"(?<![\w@./-]){re.escape(again)}(?![\w@/-]|\.\w)", typed):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    out.append(f.with_(kind=kind, text=m.group(), start=m.start(), end=m.end(), confidence=0.8))
                    taken.append(m.span())
    return out
