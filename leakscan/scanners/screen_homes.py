"""A home's address and its family as a door, a gate or a letterbox shows them.

A house number's plaque stands beside or under its street's sign with no "I live at" before
it: :func:`house_plaques` reads the sign and the number as one address ("Chapel Lane" over
"14"; the number over the street is read as one address by :func:`~.pixel_text.as_typed`),
:func:`letterboxes` a letterbox's or a gate's number under the sign, with the suburb's line
between and the family's names under it, and :func:`family_plaques` a house number next to a
family's name ("14" over "The Ngatas") or a door's number with its letter ("14B").
:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text, its lines kept.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Kind
from .address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES
from .base import words as word_set
from .pixel_layout import line_spans, trimmed

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
    lines = line_spans(text)
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
    (LOCATION), the names under the number the family's (PERSON); or a house's plaque over the
    sign, the sign's suburb under it ("124" / "millers court" / "swords"). ``text`` as the picture shows
    it, its lines kept; ``typed`` as the scanners read it (the same length: it joins short lines)."""
    lines = line_spans(text)
    for k, (a, b) in enumerate(lines):
        if not _NUMBER_LINE.fullmatch(typed, a, b):
            continue
        # a house's plaque over the street's sign, and the sign's suburb line under it ("124" /
        # "millers court" / "swords")
        if k + 1 < len(lines) and _SIGN_LINE.fullmatch(typed, *lines[k + 1]):
            yield Kind.ADDRESS, (a, lines[k + 1][1])
            place = lines[k + 2] if k + 2 < len(lines) else None
            if place and _PLACE_LINE.fullmatch(typed, *place) and _named(typed[slice(*place)]):
                yield Kind.LOCATION, trimmed(text, *place)
        sign = next((j for j in (k - 1, k - 2) if j >= 0 and _SIGN_LINE.fullmatch(typed, *lines[j])), None)
        if sign is None:
            continue
        yield Kind.ADDRESS, (lines[sign][0], b)
        if sign == k - 2 and _PLACE_LINE.fullmatch(typed, *lines[k - 1]) and _named(typed[slice(*lines[k - 1])]):
            yield Kind.LOCATION, trimmed(text, *lines[k - 1])
        if k + 1 < len(lines) and _family(typed[slice(*lines[k + 1])]):
            yield Kind.PERSON, trimmed(text, *lines[k + 1])


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
    lines = line_spans(text)
    if len(lines) == 1 and _DOOR_NUMBER.fullmatch(text, *lines[0]):
        a, b = lines[0]
        yield trimmed(text, a, b), None
    for k, (a, b) in enumerate(lines):
        if not _HOUSE_NUMBER.fullmatch(text, a, b):
            continue
        for j in (k - 1, k + 1):
            m = _FAMILY_LINE.fullmatch(text, *lines[j]) if 0 <= j < len(lines) else None
            name = m.group("name").lower() if m else ""
            line = text[slice(*lines[j])].strip().lower() if m else ""
            if m and not lex.classes(name) & WORD and line not in lists.entries("famous"):
                yield trimmed(text, a, b), m.span("name")
                break


#: A street named by its ordinal, as a cross or a main road is in India's layouts ("8th cross",
#: "4th main road"), never before another word ("2nd main character").
_ORDINAL_STREET = r"(?:[1-9]\d?)(?:st|nd|rd|th)[ \t](?:cross|main)(?:[ \t](?:road|rd|street|st))?(?![\w-]|[ \t][a-z])"
#: ... alone on its line (the street's sign), or after a house number (its address).
_ORDINAL_SIGN = re.compile(rf"(?m)^[ \t]{{0,3}}(?P<street>{_ORDINAL_STREET})\.?[ \t]{{0,3}}$")
_ORDINAL_HOUSE = re.compile(rf"(?<![\w/.-])\d{{1,4}}[a-z]?,?[ \t]{{1,2}}{_ORDINAL_STREET}")
#: ... or a cross and the main road it meets ("8th cross, 4th main"): where a home is, as an
#: address says it there.
_ORDINAL_CORNER = re.compile(
    r"(?<![\w/.-])[1-9]\d?(?:st|nd|rd|th)[ \t]cross,?[ \t]{1,2}[1-9]\d?(?:st|nd|rd|th)[ \t]main(?:[ \t](?:road|rd))?(?![\w-])"
)
#: A house number on a street named with "the" ("29 the crescent"), after a label, "at" or the
#: line's start: an address in Ireland's and Britain's way. Street types that are everyday
#: phrases after a number ("5 the drive", "7 the green") are left out.
_THE_STREET = re.compile(
    r"(?:^|:|\b(?:at|on|is|address|live|lives))[ \t]{1,3}(?P<address>\d{1,4}[a-z]?[ \t]{1,2}the[ \t]"
    r"(?:crescent|close|grove|parade|terrace|mews|rise|oval|glade|paddocks?|meadows|orchard|spinney|chase|esplanade"
    r"|promenade|boulevard|avenue|quay|strand|maltings|laurels|hollies|willows|crossways|coppice))(?![\w-])",
    re.MULTILINE,
)
#: A house number, a street's and a town's words and a British postcode, as an envelope or a
#: parcel's label gives them ("75 kingsway bath ba2 4lt": the lines read as one).
_POSTED = re.compile(
    r"(?<![\w/.-])\d{1,4}[a-z]?[ \t]{1,2}[a-z]{3,20}(?:[ \t,]{1,2}[a-z]{3,20}){0,3}[ \t,]{1,2}"
    r"[a-z]{1,2}\d[a-z\d]?[ \t]\d[a-z]{2}(?![\w-])"
)

#: A house number with a comma after it, then a street's one or two words and a strong street
#: type ("41, lotus lane", "148, nehru street"), after "at", "in", a label or the line's start:
#: an address as India writes it (a list's "3, park lane" after no such word is left out).
_COMMA_HOUSE = re.compile(
    r"(?:^|:|\b(?:at|in|on|is|to|address|live|lives))[ \t]{1,3}(?P<address>\d{1,4}[a-z]?,[ \t]{1,2}[a-z]{3,20}"
    r"(?:[ \t][a-z]{3,20})?[ \t](?:" + "|".join(sorted(STRONG_SUFFIXES, key=len, reverse=True)) + r"))(?![\w-])",
    re.MULTILINE,
)


def ordinal_streets(typed: str) -> Iterator[tuple[Kind, tuple[int, int]]]:
    """A street named by its ordinal in ``typed`` (lower case): its sign alone on a line ("8th
    cross") is a place, a house number before it ("73 8th cross") or the main road it meets
    ("8th cross, 4th main") an address; and the addresses of :data:`_THE_STREET`,
    :data:`_POSTED` and :data:`_COMMA_HOUSE` ("29 the crescent", "75 kingsway bath ba2 4lt",
    "41, lotus lane")."""
    for m in _ORDINAL_SIGN.finditer(typed):
        yield Kind.LOCATION, m.span("street")
    for m in _ORDINAL_HOUSE.finditer(typed):
        yield Kind.ADDRESS, m.span()
    for m in _ORDINAL_CORNER.finditer(typed):
        yield Kind.ADDRESS, m.span()
    for m in _THE_STREET.finditer(typed):
        yield Kind.ADDRESS, m.span("address")
    for m in _POSTED.finditer(typed):
        yield Kind.ADDRESS, m.span()
    for m in _COMMA_HOUSE.finditer(typed):
        yield Kind.ADDRESS, m.span("address")
