"""Public print of scenes whose names and places are everyone's (rules
:func:`.screen_public.public_print` asks last): a game match's kill feed, a sports ground's
scoreboard, a shop's sign with its founding year or its opening hours, a business's phone on
its sign or its menu, a ticket's seat read as a street and its big city, a menu's own address
and sections, an organisation's site over its desk's mailbox, an encyclopedia's article and its
site, a league table's season.

Each rule needs the picture to say what it is (a round's clock and a health bar, a period's
clock and the scores, "est. 1987", a ticket's words, a menu's prices) and, where a child's
fact could stand there too, the value to be of that kind (a shop's word, a seat's words): a
child's name, age or home on the same picture stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..findings import Kind
from .screen_public_exhibits import ROLE_BOX, SITE_LINE
from .screen_public_layouts import JUNIOR, OPEN_DAILY, menu_dish
from .screen_public_notices import MONTH_ABBR

#: A game match's round and its clock ("round 2 - 0:36"), and a health display ("hp", "23 / 203").
_ROUND_CLOCK = re.compile(r"\bround[ \t]\d{1,2}[ \t]{0,3}[-–:|][ \t]{0,3}\d{1,2}:\d\d\b")
_HEALTH = re.compile(r"\b(?:hp|health)\b")


def game_match(typed: str, start: int, end: int) -> bool:
    """A name on a game match's screen, its round's clock and a health bar ("round 2 - 0:36",
    "hp"): the kill feed's characters and bots ("captain rex"), not a child (a child's handle
    there is a HANDLE, never dropped here)."""
    return _ROUND_CLOCK.search(typed) is not None and _HEALTH.search(typed) is not None


#: A match's period and its clock ending a line, the scores before it ("1 97 q3 43:02", "2nd
#: half 33:14"; the scores may stand on lines of their own).
_PERIOD_CLOCK = re.compile(
    r"(?m)^[ \t]{0,3}(?:\d{1,3}[ \t]{1,3}){0,4}(?:q[1-4]|(?:1st|2nd|3rd|4th)[ \t](?:half|quarter|qtr|period)"
    r"|half[ \t]time|full[ \t]time|ot)[ \t]{1,3}\d{1,2}:\d\d[ \t]*$"
)
#: A score: a number of one to three digits standing alone.
_SCORE = re.compile(r"(?m)(?:^|[ \t])\d{1,3}(?=[ \t]|$)")


#: ... or the two scores and a match clock ending the picture, alone on their lines or on one
#: ("4" over "6" over "20:10", or "4 6 20:10").
_BOARD_CLOCK = re.compile(
    r"\n[ \t]{0,3}\d{1,3}[ \t]{0,3}[ \t\n][ \t]{0,3}\d{1,3}[ \t]{0,3}[ \t\n][ \t]{0,3}\d{1,2}:\d\d[ \t]*$"
)


#: ... or, in a board's few lines, one score and the clock after it ending the picture (the
#: other score's digit lost to the glare: "harbour city rovers 2" over "61:05", or "2 61:05").
_ONE_SCORE_CLOCK = re.compile(r"(?<![\w:/.])\d{1,3}[ \t]{0,3}[ \t\n][ \t]{0,3}\d{1,2}:\d\d[ \t]*$")
#: A board is a few lines of text.
_BOARD_LINES = 4


def scoreboard(typed: str, start: int, end: int) -> bool:
    """A team on a ground's scoreboard: a period's clock ending a line ("q3 43:02") and a score
    standing alone, or the picture ending in two scores and a clock, alone on their lines or on
    one, or in a board's few lines one score and the clock after it; and no age group's or
    school's word (a junior side's "u12" on the board stays reported): the clubs of a match
    anyone in the ground sees."""
    if JUNIOR.search(typed) is not None:
        return False
    clock = _PERIOD_CLOCK.search(typed)
    short = typed.strip().count("\n") < _BOARD_LINES and _ONE_SCORE_CLOCK.search(typed) is not None
    return (
        (clock is not None and _SCORE.search(typed, 0, clock.end()) is not None)
        or bool(_BOARD_CLOCK.search(typed))
        or short
    )


@functools.cache
def _team_words() -> frozenset[str]:
    """The first words of the pro teams of the lexicon's famous list ("ulster" of "ulster
    rugby", "kolkata" of "kolkata knight riders"): a scoreboard's short name of a team."""
    from .. import lexicon as lists

    return frozenset(team.split()[0] for team in lists.file_entries("famous", "teams.txt") if " " in team)


def scoreboard_team(typed: str, start: int, end: int) -> bool:
    """A "name" on a ground's scoreboard (:func:`scoreboard`) whose every word is a pro team's
    first word or a big place ("ulster", "kolkata rajasthan" when the board's two teams share
    a line): the board's short names of its teams, read as a person (a child's name on a board
    is no team's word and stays reported)."""
    from .screen_public_layouts import big_place

    words = typed[start:end].split()
    teams = _team_words()
    named = bool(words) and all(w in teams or big_place(w) for w in words)
    return named and scoreboard(typed, start, end)


#: A sign's founding year on a line of its own ("est. 1987", "established 1902", "since 1975").
_FOUNDED = re.compile(r"(?m)^[ \t]{0,3}(?:est\.?|established|since)[ \t]{0,2}(?:19|20)\d\d[ \t]*$")
#: A shop's or a trade's last word ("kestrel bakery", "harbour hardware").
_TRADES = (
    r"(?:bakery|bakehouse|hardware|books|bookshop|butchers?|florists?|cafe|café|coffee|deli|grocers?|market|pharmacy"
    r"|chemist|barbers?|salon|tailors?|jewellers?|jewelers?|garage|motors|dairy|bistro|diner|kitchen|pizzeria|pantry"
    r"|store|shop|emporium|supplies|nursery|ironmongers?|cycles|brewery|creamery|confectioners?)"
)
_SHOP_WORD = re.compile(rf"\b{_TRADES}$")
#: What may follow a shop's name on its sign: another trade's word after a dash ("- cafe").
_TRADE_TAIL = re.compile(rf"(?:[ \t]{{0,2}}[-–|&·+][ \t]{{0,2}}{_TRADES})?[ \t]*$")


def shop_sign(typed: str, start: int, end: int) -> bool:
    """A shop's name on its sign with the year it opened or its opening hours ("<name> bakery"
    over "est. 1987" or "opening hours"): the shop's, painted over its door for everyone (a
    club's or a school's sign names no trade and stays reported)."""
    opened = _FOUNDED.search(typed) or OPEN_DAILY.search(typed)
    return _SHOP_WORD.search(typed, start, end) is not None and opened is not None


def shop_front(typed: str, start: int, end: int) -> bool:
    """A shop's name with its trade word as the picture's only text, at most another trade's
    word after it ("<name> bakery - cafe"): the sign over its door, photographed from the
    street (a club's or a school's sign names no trade, and a sentence naming a shop has more
    words: both stay reported)."""
    alone = not typed[:start].strip() and _TRADE_TAIL.match(typed, end) is not None
    return alone and _SHOP_WORD.search(typed, start, end) is not None


def business_phone(typed: str, start: int, end: int) -> bool:
    """A phone number on a business's sign or menu: the picture gives its opening hours
    ("opening hours", "open 7 days") or is a menu (:func:`.menu_dish`: its heading and prices):
    the shop's or the café's line, printed for every customer (a club's flyer or a lost pet's
    poster gives no opening hours, and its number stays reported)."""
    return OPEN_DAILY.search(typed) is not None or menu_dish(typed, start, end)


#: A ticket's words (two of them make the picture a ticket) and a seat's place on it.
_TICKET = re.compile(r"\b(?:admit[ \t]one|ticket|seat|row|section|doors|gate|block|tier|stand|entrance)\b")
_SEAT = re.compile(r"\b(?:section|seat|block|tier|stand|door|gate)\b")


def ticket_seat(typed: str, start: int, end: int) -> bool:
    """A seat's place on a ticket read as a street ("door 3 section g row 30 seat 15"): the
    value or the words right after it name a section, a seat or a block, on a picture with a
    ticket's words: the venue's seating, not a home."""
    if len(set(_TICKET.findall(typed))) < 2:
        return False
    return _SEAT.search(typed, max(0, start - 12), min(len(typed), end + 12)) is not None


#: A concert's billing right after its act ("<act> - live", "<act> live at").
_LIVE = re.compile(r"[ \t]{0,2}[-–:|]?[ \t]{0,2}live\b")


def ticket_act(typed: str, start: int, end: int) -> bool:
    """The act a ticket's "live" follows ("<name> - live <venue> arena ... admit one"), on a
    picture with two of a ticket's words: the performer printed on every ticket sold, not its
    holder (a child's name on a ticket has no "live" after it and stays reported)."""
    return _LIVE.match(typed, end) is not None and len(set(_TICKET.findall(typed))) >= 2


def ticket_city(typed: str, start: int, end: int) -> bool:
    """A big city on a ticket (two of a ticket's words: "admit one", "gate", "row", "seat"): the
    event's city, printed on every ticket sold, not where the holder lives (a town of under
    100,000 people stays reported)."""
    from .screen_public_layouts import big_place

    return big_place(typed[start:end]) and len(set(_TICKET.findall(typed))) >= 2


#: A menu's section heading, or its booking line ("bookings", "reservations").
_MENU_LINE = re.compile(r"\b(?:mains|starters|desserts|drinks|sides|kids|specials|bookings|reservations)\b")


def menu_place(typed: str, start: int, end: int) -> bool:
    """A place or a street on a menu (:func:`.menu_dish`: its heading and prices) on a line of
    the menu's sections or with its booking number ("<n> high street | bookings ..."): the
    restaurant's own address, or dishes the model took for a place."""
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    return _MENU_LINE.search(typed, line_start, line_end) is not None and menu_dish(typed, start, end)


def desk_site(typed: str, start: int, end: int) -> bool:
    """An organisation's site on a line of its own, as a browser shows it, when the page gives
    a desk's mailbox at the same site ("natlib.org" over "contact: info@natlib.org"): the
    library's or the council's public page, no child's site."""
    value = typed[start:end].removeprefix("www.")
    on_line = any(s.start() <= start < s.end(1) for s in SITE_LINE.finditer(typed))
    return on_line and value in {m.group(1) for m in ROLE_BOX.finditer(typed)}


#: A news page's byline ("published 11 december 2024", "updated 3 hours ago") and its paper's
#: name on a line of its own ("world news now", "metro times").
_BYLINE = re.compile(
    rf"\b(?:published|updated)[ \t](?:\d{{1,2}}[ \t]{MONTH_ABBR}[ \t](?:19|20)\d\d|\d{{1,2}}[ \t](?:hours?|mins?|minutes?)[ \t]ago)\b"
)
_MASTHEAD = re.compile(
    r"(?m)^[ \t]{0,3}(?:[a-z]{2,12}[ \t]){0,3}(?:news|times|herald|gazette|tribune|chronicle|courier)(?:[ \t][a-z]{2,12}){0,2}[ \t]*$"
)


def news_city(typed: str, start: int, end: int) -> bool:
    """A big city or a country on a news site's story (a byline "published <date>" and the
    paper's name on its own line): the place the news is about, reported to every reader,
    not where the child lives (a town of under 100,000 people stays reported)."""
    from .screen_public_layouts import big_place

    return big_place(typed[start:end]) and _BYLINE.search(typed) is not None and _MASTHEAD.search(typed) is not None


#: An encyclopedia's numbered table of contents ("contents 1 history 2 geography"): its article.
_CONTENTS = re.compile(r"\bcontents[ \t]{1,3}1[ \t.]{1,3}[a-z]{3,20}\b")


def article_page(typed: str, start: int, end: int) -> bool:
    """A name or a place in an encyclopedia's article (its numbered table of contents): a page
    printed for every reader, about a river, a reef, a dinosaur (a child's page has no numbered
    contents)."""
    return _CONTENTS.search(typed) is not None


def article_site(typed: str, start: int, end: int) -> bool:
    """The site over an encyclopedia's article (:func:`article_page`), alone on its line as a
    browser's address bar shows it: the page's publisher, no child's."""
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    return typed[line_start:line_end].strip() == typed[start:end] and article_page(typed, start, end)


#: A year or a season's years right after a word ("2025", "2024/25"), and a league table's words.
_SEASON_YEAR = re.compile(r"[ \t]{1,2}(?:19|20)\d\d(?:[/-]\d\d)?\b")
_STANDINGS = re.compile(r"\b(?:pts|standings|ladder|table|gd)\b")


def league_season(typed: str, start: int, end: int) -> bool:
    """An everyday word before a year in a league's table ("season 2025" over "p w d l pts"): the
    table's heading, read as a given name that is a word too, not a child."""
    from ..truecase import WORD, lexicon

    value = typed[start:end]
    return (
        value.isalpha()
        and bool(lexicon().classes(value) & WORD)
        and _SEASON_YEAR.match(typed, end) is not None
        and _STANDINGS.search(typed) is not None
    )


#: A league table's columns heading its rows ("p w d l pts", "pld w d l gd pts").
_TABLE_HEAD = re.compile(r"\b(?:p|pld|gp)[ \t]{1,3}w[ \t]{1,3}d[ \t]{1,3}l\b")


def league_table(typed: str, start: int, end: int) -> bool:
    """A club in a league's table: its columns' heading ("p w d l pts") and a table's word, and
    no age group's or school's word (a junior league's "u11" table stays reported): the league's
    clubs, which anyone following it reads."""
    return _TABLE_HEAD.search(typed) is not None and _STANDINGS.search(typed) is not None and not JUNIOR.search(typed)


#: A birthday's greeting right before a name ("happy 7th birthday ", "happy bday, ").
_GREETING = re.compile(r"\bhappy[ \t]{1,2}(?:\d{1,2}(?:st|nd|rd|th)[ \t]{1,2})?(?:birthday|bday)[ \t,]{1,3}$")


def greeted_name(typed: str, start: int, end: int) -> bool:
    """A given name right after a birthday's greeting, ending it ("happy 7th birthday neo!"):
    the child's name even when it is an everyday word too (asked by the everyday-word rule,
    which never drops it; "happy birthday mum" names no one: "mum" is no given name)."""
    from ..truecase import lexicon
    from .ner_words import given_name

    ends = re.match(r"[ \t]{0,2}(?:[!.]|\n|$)", typed[end:]) is not None
    return (
        ends
        and _GREETING.search(typed, max(0, start - 30), start) is not None
        and given_name(typed[start:end], lexicon(), everyday=True)
    )


#: An e-mail address or a link: its words ("...@mail.co.uk", "site.com.au") name no place.
_ADDRESSES = re.compile(r"\S{1,80}@\S{1,80}|\S{1,80}\.(?:com|org|net|co|gov|edu|ac)\S{0,40}")
#: A form's label ("mobile:") and the value of a name's field ("first name: jackson"): a field,
#: and a child's name, never an item of a list of places.
_FIELDS = re.compile(r"\b(?:(?:first|last|given|full|child's|sur)[ \t]?name:[ \t]{1,3}[a-z'-]{2,20}|[a-z]{3,12}:)")


def big_places(typed: str) -> set[str]:
    """The countries and big cities a picture names, of one word to three (read by
    :func:`.screen_public.public_print`: three of them make a list of places); never a word
    of an e-mail address or a link ("uk" of "...@mail.co.uk"), nor one naming a street
    ("victoria" of "201 victoria lane"), nor a form's label or a name's field (:data:`_FIELDS`:
    "mobile:", "first name: jackson")."""
    from .. import lexicon as lists
    from .screen_places import STREET_TYPES
    from .screen_public_layouts import big_place

    words = [w for _s, _e, w in lists.text_words(_FIELDS.sub(" ", _ADDRESSES.sub(" ", typed)))]
    return {
        name
        for i in range(len(words))
        for n in (1, 2, 3)
        if i + n <= len(words)
        and big_place(name := " ".join(words[i : i + n]))
        and (i + n == len(words) or words[i + n] not in STREET_TYPES)
    }


#: This module's rules, each with the kinds of finding it applies to (:func:`.screen_public.public_print`
#: asks them with its own).
RULES: tuple[tuple[tuple[Kind, ...], Callable[[str, int, int], bool]], ...] = (
    ((Kind.PERSON,), game_match),
    ((Kind.ORG, Kind.LOCATION), scoreboard),
    ((Kind.PERSON,), scoreboard_team),
    ((Kind.ORG,), league_table),
    ((Kind.ORG,), shop_sign),
    ((Kind.ORG,), shop_front),
    ((Kind.PHONE,), business_phone),
    ((Kind.ADDRESS,), ticket_seat),
    ((Kind.LOCATION,), ticket_city),
    ((Kind.PERSON,), ticket_act),
    ((Kind.LOCATION,), news_city),
    ((Kind.LOCATION, Kind.ADDRESS), menu_place),
    ((Kind.URL,), desk_site),
    ((Kind.PERSON, Kind.LOCATION, Kind.ORG), article_page),
    ((Kind.URL,), article_site),
    ((Kind.PERSON,), league_season),
)
