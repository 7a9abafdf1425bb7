"""Public print of businesses, venues, roads and forecasts (asked by :func:`.screen_public.public_print`).

A business prints its own site, address and free-phone or customer line on its page, its menu and its boxes; a
venue's name stands on every poster selling tickets to its show; a road sign says where a road
goes; a weather app lists cities with their readings; a league's table starts a club's name with
its region. None of these is a child's. Each rule needs the picture to say what it is (a
free-phone number beside the address, a care line's label, a ticket seller's site and a show's
date, the degrees of a forecast, a league's famous clubs): a child's address, number or town
stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..findings import Kind
from .base import words as word_set
from .screen_public_layouts import big_place

#: A free-phone or shared-cost number: a business's customer line, printed on its packaging, its
#: menu, its poster; no child has one. 0800 / 0808 / 0508 (UK, NZ, ZA), 0860 / 0861 (ZA), 1800 /
#: 1300 (AU, IE, IN); 800, 833 ... 888 (US, CA) only with the country's 1 before it or in brackets
#: ("1-800-...", "(888) ..."): a ten-digit mobile elsewhere may start 888.
FREEPHONE = re.compile(
    r"(?:0800|0808|0508|0860|0861|1800|1300)[ \t-]?\d{3}[ \t-]?\d{3,4}"
    r"|(?:\+?1[ \t.-]?)?\(8(?:00|33|44|55|66|77|88)\)[ \t.-]?\d{3}[ \t.-]?\d{4}"
    r"|\+?1[ \t.-]?8(?:00|33|44|55|66|77|88)[ \t.-]\d{3}[ \t.-]\d{4}"
)


def freephone(typed: str, start: int, end: int) -> bool:
    """A free-phone or shared-cost number (:data:`FREEPHONE`): a business's, not a child's."""
    return FREEPHONE.fullmatch(typed, start, end) is not None


#: A bare domain whose name has hyphens, and no page ("kelso-aquarium.org",
#: "www.hill-farm-park.co.uk").
_HYPHEN_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<name>[a-z0-9]{2,40}(?:-[a-z0-9]{2,40}){1,3})(?:\.[a-z]{2,6}){1,2}/?"
)
#: What joins a handle's or a link's words.
_JOINED = re.compile(r"[._@/]")
#: A part of a domain's name that is the picture's own heading has at least this many letters.
_SITE_PART = 6


def hyphen_site(typed: str, start: int, end: int) -> bool:
    """A site whose domain holds, between its hyphens, two to four words the picture prints run
    together ("kelso aquarium" over "kelsoaquarium-nz.org"): an institution's or a brand's own
    site in its address bar or on its poster. The words must not be given names: a child's site
    named after them ("mia rose" over "miarose-art.com") stays reported."""
    from ..truecase import FIRST, lexicon

    m = _HYPHEN_DOMAIN.fullmatch(typed, start, end)
    if not m:
        return False
    lex = lexicon()
    tokens = [t.strip(".,!?:;()'\"") for t in (typed[:start] + " " + typed[end:]).split()]
    words = [t for t in tokens if t.isalpha() and not _JOINED.search(t)]
    runs = {
        "".join(words[i : i + n])
        for n in range(2, 5)
        for i in range(len(words) - n + 1)
        if not any(lex.classes(w) & FIRST for w in words[i : i + n])
    }
    return any(len(part) >= _SITE_PART and part in runs for part in m.group("name").split("-"))


#: Separators and a label between a business's number and its address on one line ("ph 0800 555
#: 321 | 12 high street", "info: 1-800-555-0188 address: 1 museum way").
_BETWEEN = r"[ \t]{0,3}[|•·,;-]?[ \t]{0,3}(?:(?:address|addr|visit us at|find us at|find us)[ \t]?:?[ \t]{0,3})?"
#: ... and after the address, a town of a word or two before the separator ("12 high street,
#: kelso | ph 0800 ...").
_TOWN_TAIL = r"(?:,[ \t]{0,2}[a-z]{2,20}(?:[ \t][a-z]{2,20})?)?"
_PHONE_LABEL = r"(?:(?:ph|phone|tel|call|info|bookings|enquiries)[ \t.:]{0,3})?"


def business_address(typed: str, start: int, end: int) -> bool:
    """An address right before or after a free-phone number on its line, with nothing between but
    a separator and a label: a business's own address beside its customer line, on its menu's
    header or its site's footer (no child has a free-phone number; a parcel's address and a
    courier's number stand on lines of their own)."""
    before = re.compile(rf"(?:{FREEPHONE.pattern}){_BETWEEN}$")
    after = re.compile(rf"{_TOWN_TAIL}[ \t]{{0,3}}[|•·;-][ \t]{{0,3}}{_PHONE_LABEL}(?:{FREEPHONE.pattern})")
    line_start = typed.rfind("\n", 0, start) + 1
    return bool(before.search(typed, line_start, start)) or bool(after.match(typed, end))


#: A care line's label right before its number ("customer care: ", "careline ").
_CARE_LINE = re.compile(
    r"\b(?:customer[ \t](?:care|service|services|support|helpline|line)|consumer[ \t](?:care|helpline|line)"
    r"|care[ \t]?line|helpline|freephone)[ \t]{0,2}[:.-]?[ \t]{0,3}$"
)


def care_line(typed: str, start: int, end: int) -> bool:
    """A number after a care line's label ("customer care: 0330 ..."): a brand's, printed on its
    packaging or its site; a child's own number has no customer care."""
    return _CARE_LINE.search(typed, max(0, start - 30), start) is not None


#: A forecast's reading right after a city ("kelso 14°", "-2 °c").
_READING = re.compile(r"[ \t]{1,3}[-−]?\d{1,3}[ \t]?[°º℃℉]")
#: A temperature anywhere in a picture: three of them are a weather app's forecast.
_DEGREES = re.compile(r"\d[ \t]?[°º℃℉]")
_FORECAST = 3


def forecast_row(typed: str, start: int, end: int) -> bool:
    """A big city right before its reading, wherever the OCR put it on its line, in a picture with
    three temperatures or more ("... sun vancouver 1° london 7°": a weather app's list of saved
    cities read on one line); a small town stays reported."""
    return (
        _READING.match(typed, end) is not None
        and len(_DEGREES.findall(typed)) >= _FORECAST
        and big_place(typed[start:end])
    )


#: A road sign's own words: a road's kind, its direction, its exit.
_ROAD_WORDS = word_set(
    "motorway highway freeway expressway interstate exit junction bypass ring road north south east west"
    " northbound southbound eastbound westbound city centre center services"
)
_ROAD_KINDS = word_set("motorway highway freeway expressway interstate exit junction bypass")


def road_words(typed: str, start: int, end: int) -> bool:
    """A "place" made only of a road sign's words, one of them a road's kind ("motorway north",
    "exit city centre"): the sign's direction, no one's town."""
    words = typed[start:end].split()
    return bool(words) and all(w in _ROAD_WORDS for w in words) and any(w in _ROAD_KINDS for w in words)


#: A region's word heading a club's name ("western", "north", "central").
_COMPASS = word_set("north south east west northern southern eastern western central upper lower greater")
#: A league's own word.
_LEAGUE = re.compile(r"\b(?:league|ladder|standings|table|premiership|championship|conference)\b")
#: Clubs a league's table shows: this many famous names or more.
_CLUBS = 3


def league_region(typed: str, start: int, end: int) -> bool:
    """A region's word and a big city or a town at the start of a name, in a league's table
    naming three famous clubs or more ("western <city> wanderers" read as a place): the club's
    name, not where a child lives (a junior league's table stays reported)."""
    from .. import lexicon as lists
    from .screen_public_layouts import JUNIOR

    words = typed[start:end].split()
    if len(words) < 2 or words[0] not in _COMPASS or not _LEAGUE.search(typed) or JUNIOR.search(typed):
        return False
    town = " ".join(words[1:3])
    if not (
        big_place(words[1]) or big_place(town) or words[1] in lists.entries("towns") or town in lists.entries("towns")
    ):
        return False
    return len(lists.find("famous", lists.text_words(typed))) >= _CLUBS


#: A ticket seller's site ("tickets at www.gigpass.com", "tickets from gigpass.co.uk").
_SELLER = re.compile(r"\btickets?[ \t](?:at|from|on|via)[ \t](?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,2}\b")
#: A show's date ("august 25", "25 aug").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
_SHOW_DAY = re.compile(rf"\b(?:{_MONTH}[ \t]\d{{1,2}}(?!\d)|\d{{1,2}}[ \t]{_MONTH}\b)")
#: A public venue's last word ("... centre", "... arena").
_VENUE = re.compile(
    r"\b(?:centre|center|stadium|arena|dome|bowl|oval|park|field|theatre|theater|hall|coliseum|amphitheatre)$"
)
#: A child's invitation: a party sells no tickets.
_INVITE = re.compile(r"\b(?:party|invited?|rsvp|birthday|bday|sleepover)\b")
#: A school's or a club's own hall, whose events are a child's.
_OWN_HALL = re.compile(r"\b(?:school|college|academy|club|library|church|scouts|guides)\b")


def show_venue(typed: str, start: int, end: int) -> bool:
    """A venue's name on the line of its show's date, in a picture selling tickets at a site
    ("august 25 - <name> centre" over "tickets at <site>"): the show's venue, printed on every
    poster; a party's place (no tickets sold) or a school's hall stays reported."""
    value = typed[start:end]
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    return (
        _VENUE.search(value) is not None
        and _OWN_HALL.search(value) is None
        and _SHOW_DAY.search(typed, line_start, line_end) is not None
        and _SELLER.search(typed) is not None
        and _INVITE.search(typed) is None
    )


_PUBLIC_KINDS = (Kind.PERSON, Kind.LOCATION, Kind.ORG)

#: This module's rules, each with the kinds of finding it applies to (:func:`.screen_public.public_print`
#: asks them with its own).
RULES: tuple[tuple[tuple[Kind, ...], Callable[[str, int, int], bool]], ...] = (
    ((Kind.PHONE,), freephone),
    ((Kind.URL,), hyphen_site),
    ((Kind.ADDRESS, Kind.LOCATION), business_address),
    ((Kind.PHONE,), care_line),
    (_PUBLIC_KINDS, forecast_row),
    (_PUBLIC_KINDS, road_words),
    (_PUBLIC_KINDS, league_region),
    ((Kind.LOCATION, Kind.ORG), show_venue),
)
