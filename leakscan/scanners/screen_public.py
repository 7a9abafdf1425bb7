"""What a picture's text shows everyone and gives no child away (:func:`public_print`).

Signs, posters, worksheets, book covers, timetables, league tables and weather apps are
printed for everyone to read: the names, places and numbers on them are public, not a child's.
:func:`~.pixel_text.scan_pixels_text` drops a finding that one of these rules says is public
print, a text scanner's or the layout's (:mod:`.screen_text`, :mod:`.screen_people`). Each rule
needs the picture to say what it is (a temperature, a poster's words, a book's, a quiz's, a
table's numbers) or the value to be no one's (a date's month, an everyday word): a name a child
wrote stays reported.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..findings import Finding, Kind
from . import screen_public_exhibits as exhibits
from . import screen_public_notices as notices
from . import screen_public_scenes as scenes
from . import screen_public_venues as venues
from .base import words as word_set
from .screen_printed_names import CALENDAR
from .screen_public_layouts import (
    big_city_list,
    big_place,
    book_imprint,
    book_page,
    bot_player,
    business_name,
    famous_list,
    league_table,
    made_in,
    maker_town,
    menu_dish,
    music_player,
    notification_sender,
    out_of,
    ping_reading,
    quote_author,
    shop_site,
    signpost,
    table_club_name,
    ticket_event,
    timetable,
    visitor_sign,
    welcome_sign,
    world_region,
)
from .screen_public_notices import QUESTION, park_notice, quiz_title_name, worksheet

#: A temperature opening a line ("14°", "21 ℃", "-3°C"): a weather app's reading.
_TEMPERATURE = re.compile(r"[ \t]{0,3}[-−]?\d{1,3}[ \t]?[°º℃℉]")


#: A forecast's high and low ("h:21 l:12", "high 8° low -2°").
#: The two may touch when the degree sign stands between them ("h:24°l:15°").
_HIGH_LOW = re.compile(r"\b(?:h|high)[: \t]{1,3}-?\d{1,3}(?:°[ \t,|]{0,3}|[ \t,|]{1,3})(?:l|low)[: \t]{1,3}-?\d")
#: A temperature anywhere in a picture ("21°", "-3°c"): three of them are a weather app's forecast.
_DEGREES = re.compile(r"\d[ \t]?[°º℃℉]")
#: The sky a forecast shows right after its city, then its reading ("sunny h:33°", "showers 14°").
_CONDITION = re.compile(
    r"[ \t]{1,3}(?:(?:partly|mostly)[ \t])?(?:sunny|cloudy|clear|showers|rain|rainy|snow|windy|fog|foggy|storms?"
    r"|thunderstorms?|drizzle|overcast|mist|hail|sleet)\b[ \t]{1,3}(?:h(?:igh)?:|-?\d{1,3}[ \t]?[°º])"
)


def forecast_city(text: str, start: int, end: int) -> bool:
    """A big city alone on its line with a temperature after it, on the line or the next, or in
    a picture showing a forecast's high and low: the city a weather app shows the forecast for
    ("London" over "14°"), not where a child is found (a town of under 100,000 people stays
    reported: it narrows the child down)."""
    from .. import lexicon as lists

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # a weather list's row: the city, its sky and its high and low ("... new york cloudy h:5° l:1°"),
    # whatever the line read before it (the app's title)
    if _CONDITION.match(text, end) and _HIGH_LOW.search(text) and big_place(text[start:end].lower()):
        return True
    if (
        text[line_start:start].strip()
        or not (
            _TEMPERATURE.match(text, end)
            or (line_end < len(text) and _TEMPERATURE.match(text, line_end + 1))
            # a forecast's high and low, or its days' temperatures (the OCR may lose the degree sign
            # of the big reading under the city: "toronto" over "8")
            or (not text[end:line_end].strip() and (_HIGH_LOW.search(text) or len(_DEGREES.findall(text)) >= 3))
        )
    ):
        return False
    if text[end:line_end].strip() and not _TEMPERATURE.match(text, end):
        return False
    city = text[start:end].lower()
    # a city of two words or more the lexicon does not mark as big: a town of the lists, in a
    # picture showing a forecast's high and low (a weather app)
    return big_place(city) or (" " in city and city in lists.entries("towns") and bool(_HIGH_LOW.search(text)))


#: What only a printed, public picture says: a film's or a concert's poster.
_POSTER = re.compile(
    # (the OCR may lose a poster's small "in" before "cinemas december 18")
    r"\b(?:in (?:cinemas|theaters|theatres)|(?:cinemas|theaters|theatres) (?:now|everywhere|from|this|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)|now showing|imax|dolby|tickets on sale|world tour|live in concert"
    r"|directed by|written by|starring|screenplay|a film by|screen \d{1,2})\b"
    # "coming soon" as a poster's headline, alone on its line (a bio's "slime shop coming soon" is none)
    r"|(?m:^[ \t]{0,3}coming soon[ \t!.]{0,3}$)"
)
#: A film's rating certificate (UK, US, IE, AU): "u", "pg", "12a", "15a", "pg-13", "ma15+".
_CERTIFICATE = re.compile(r"u|pg|12a?|15a?|16|18|pg-13|r|m|ma15\+?")
#: What a product's packaging says: its label's small print (a brand's care line, its nutrition
#: table), printed on every box sold; two of these (a recipe has its "ingredients" too).
_PACKAGING = re.compile(
    r"\b(?:best before|use by|nutrition(?:al)?(?: information| facts)?|ingredients|per 100 ?(?:g|ml)|customer care"
    r"|careline|net (?:wt|weight)|recycl(?:e|able|ing)(?: info)?|\d{1,2} servings)\b"
)


def _packaging(typed: str) -> bool:
    """Whether the picture is a product's box or label: two of its small print's words."""
    return len({m.group() for m in _PACKAGING.finditer(typed)}) >= 2


#: A road sign's distance ("540 km", "12 mi").
_DISTANCE = re.compile(r"\b\d{1,4}(?:[.,]\d)?[ \t]?(?:km|mi|miles)\b")
#: A timetable's minutes: a run of two-digit numbers (a school timetable's rooms, "rm s29", are none).
_MINUTES = re.compile(r"(?<![\w:.])\d\d(?![\d:.])")
#: A calendar's month and year heading its page ("july 2025").
_MONTH_PAGE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t]{1,2}20\d\d\b"
)
#: A place naming who runs a public service ("london buses", "sydney trains").
_SERVICE = re.compile(r"[ \t]{1,3}(?:buses|bus|trains|transport|metro|rail|railways|ferries|tram|trams|airport)\b")
#: A station's or a stop's board (a school report's "late arrivals" is none).
_BOARD = re.compile(r"\b(?:departures|(?<!late )arrivals|next departures|destination|calling at|next train)\b")
#: Names of people, places and groups a public picture shows for everyone to read.
_PUBLIC_KINDS = (Kind.PERSON, Kind.LOCATION, Kind.ORG)


def public_print(typed: str, finding: Finding) -> bool:
    """Whether ``finding`` (in ``typed``, the picture's text as the scanners read it) is what a
    public picture shows everyone and gives no child away: a weather app's big city
    (:func:`forecast_city`); the people, places, groups and site of a film's or a concert's
    poster or of a product's box;
    the places of a road sign (a picture with two distances or more) or of a timetable (a run of
    its minutes), and one naming a public service ("london buses"); a famous name or brand on
    its line, of two words or more or a brand's "'s" ("McDonald's"); a list of countries (a results
    table's "Ireland Scotland"); a big city or a country in a picture naming three of them or
    more, or speaking of capitals (a quiz of capitals, a league table); and what
    :data:`_RULES` say (a date's month, an everyday word, a book's or a worksheet's subject, a
    table of pro teams or of scores, a brand's own site, a birth date centuries ago, a city's
    street sign, an age range too wide to say anyone's age, a business's free-phone number, a
    road sign's towns, a history question's city, a ticket's venue)."""
    from .. import lexicon as lists

    start, end = finding.start or 0, finding.end or 0
    kind, value = finding.kind, typed[start:end]
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    line = typed[line_start:line_end].strip()
    place = kind in (Kind.LOCATION, Kind.ADDRESS)
    if kind in _PUBLIC_KINDS and forecast_city(typed, start, end):
        return True
    # a film's or a concert's poster, a product's box: its names and its site are everyone's
    if kind in (*_PUBLIC_KINDS, Kind.URL) and (_POSTER.search(typed) or _packaging(typed)):
        return True
    # a film poster's rating certificate alone on its line ("12a", "pg-13", "15"): the film's,
    # not a child's age
    if kind is Kind.AGE and line == value and _CERTIFICATE.fullmatch(value) and _POSTER.search(typed):
        return True
    # (a month's page of a calendar has its days' numbers, not a timetable's minutes)
    minutes = len(_MINUTES.findall(typed)) >= 24 and not _MONTH_PAGE.search(typed)
    if place and (len(_DISTANCE.findall(typed)) >= 2 or minutes):
        return True
    if kind is Kind.LOCATION and (_SERVICE.match(typed, end) or _BOARD.search(typed)):
        return True
    # a road sign's town, its distance right after it, whatever the model made of it ("francisco 42 mi")
    if kind in _PUBLIC_KINDS and _DISTANCE.match(typed, end + 1 if typed[end : end + 1] == " " else end):
        return True
    # a famous name of two words or a brand's possessive, never a given name alone ("zara")
    # (the possessive only when the picture writes it: "claire" is a name, "claire's" a shop)
    owned = f"{value}'s" if typed[end : end + 2] in ("'s", "’s") else ""
    famous = [t for t in (line, value, owned) if (" " in t or "'" in t) and t in lists.entries("famous")]
    if kind in _PUBLIC_KINDS and famous:
        return True
    words = lists.text_words(value)
    countries = lists.find("countries", words)
    if kind in _PUBLIC_KINDS and len(countries) >= 2 and sum(e - s for s, e, _a, _b in countries) == len(words):
        return True
    # a list of big cities and countries (a quiz of capitals, a league table, a world map), or
    # one in a lesson about capitals: everyone's, not where a child is found
    capitals = _CAPITALS.search(typed)
    if (
        kind in _PUBLIC_KINDS
        and (big_place(value) or (capitals and any(big_place(w) for _s, _e, w in words)))
        and (capitals or len(scenes.big_places(typed)) >= 3)
        and not (kind is Kind.PERSON and notification_sender(typed, end))  # "xinyi sent you a snap"
    ):
        return True
    return any(rule(typed, start, end) for kinds, rule in _RULES if kind in kinds)


#: A quiz or a lesson of capital cities ("the capital of peru", "capital cities"; never "block
#: capitals").
_CAPITALS = re.compile(r"\bcapital(?:s| city| cities)? of\b|\bcapital cities\b")


def _dated(typed: str, start: int, end: int) -> bool:
    """A month or a day next to a day's number: a date ("1 jan", "jan 1st"), no one's name."""
    return typed[start:end] in CALENDAR and bool(
        _DAY_BEFORE.search(typed, max(0, start - 8), start) or _DAY_AFTER.match(typed, end)
    )


_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?[ \t]{1,2}$")
_DAY_AFTER = re.compile(r"[ \t]{1,2}\d{1,2}(?!\d)")


def _everyday(typed: str, start: int, end: int) -> bool:
    """One everyday word the lexicon knows as no given name and no place ("butter" in a recipe,
    "address" in a form's head): the name model's guess on words read in lower case."""
    from ..truecase import FIRST, PLACE, WORD, lexicon

    # the whole word: a span the model cut inside one ("addres" of "address") is that word
    while start > 0 and typed[start - 1].isalpha():
        start -= 1
    while end < len(typed) and typed[end].isalpha():
        end += 1
    value = typed[start:end]
    bits = lexicon().classes(value)
    greeted = scenes.greeted_name(typed, start, end)  # a given name greeted on its birthday: the child's
    return value.isalpha() and bool(bits & WORD) and not bits & (FIRST | PLACE) and not greeted


#: What a book's cover or back says: it is printed for sale, its names are its author's and its
#: characters'.
_BOOK = re.compile(
    r"\b(?:edition|classics|paperback|hardback|illustrated by|bestsell(?:er|ing)|a novel|isbn|foreword by"
    # a genre under the title, a newspaper's review
    r"|a (?:thriller|mystery|memoir|romance|graphic novel)|the (?:sunday )?times|the guardian|new york times"
    r"|translated by|retold by|the story of|the life of|the adventures of|adventures in)\b"
)
#: Words before the subject of a lesson, a worksheet or a book ("read the text about …",
#: "famous scientists: …", "the story of …").
_SUBJECT = re.compile(
    r"(?:\b(?:text|story|poem|book|facts|report|article|page|passage|life|biography) (?:about|of)"
    r"|\bfamous [a-z]{3,20}:|\bwho was)[ \t]{1,2}$"
)


def _subject(typed: str, start: int, end: int) -> bool:
    """A name a book's cover shows, or that a worksheet or a lesson is about (wherever it is
    named again in the picture): a famous one the lists may lack, not a child."""
    if _BOOK.search(typed):
        return True
    value = typed[start:end]
    return any(_SUBJECT.search(typed, max(0, m.start() - 40), m.start()) for m in re.finditer(re.escape(value), typed))


def _pro_teams(typed: str, start: int, end: int) -> bool:
    """A name that starts with a famous team's (or brand's, or person's), in a league's table or
    results (their words, and three famous names or more): "harbourside city rovers" (a pro team and more words)."""
    from .. import lexicon as lists

    if not _LEAGUE.search(typed):
        return False
    words = lists.text_words(typed)
    found = lists.find("famous", words)
    if len(found) < 3:
        return False
    # a national side or a club named after its country ("ireland rangers") is a team too, and
    # one named after its town ("canberra raiders", "dallas mavericks": a town and a nickname)
    country = any(s == start for _i, _j, s, _e in lists.find("countries", words))
    first, _sep, rest = typed[start:end].partition(" ")
    town = bool(rest) and (first in lists.entries("towns") or big_place(first))
    return country or town or any(s == start for _i, _j, s, _e in found) or typed[start:end] in _LEAGUE_WORDS


#: What a league's table or its results say (its own abbreviations are no one's name: "aet",
#: after extra time, read as a person).
_LEAGUE_WORDS = frozenset(
    (
        "league",
        "fixtures",
        "results",
        "full time",
        "ft",
        "ht",
        "aet",
        "pens",
        "pts",
        "gd",
        "standings",
        "ladder",
        "matchday",
        "kick-off",
    )
)
_LEAGUE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _LEAGUE_WORDS), key=len, reverse=True)) + r")\b")


#: A number's groups, as a phone number is read.
_GROUPS = re.compile(r"\d+")


def _scores(typed: str, start: int, end: int) -> bool:
    """Numbers of one or two digits in a row read as a phone number: a table's columns, one of
    them past the second a single digit ("+12 40 22 7 3 9": goal difference, points, played,
    won...; a phone number's groups after its country code are longer), or a timetable's
    minutes (two digits each, in a picture with a run of them: "06 30 45 51 57"); a sum's "+ "
    and numbers under each other ("+ 4458\n3285": a worksheet's column addition)."""
    value = typed[start:end]
    groups = _GROUPS.findall(value)
    if value.startswith(("+ ", "+\t")) or ("\n" in value and value.startswith("+")):
        return True
    if len(groups) < 5 or not all(len(g) <= 2 for g in groups):
        return False
    return any(len(g) == 1 for g in groups[2:]) or len(_MINUTES.findall(typed)) >= 24


#: A domain, with no path or a page of everyday words ("fizzpop.com", "www.fizzpop.example.com",
#: "nhm.ac.uk/visit").
_BARE_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<name>[a-z0-9-]{3,40})(?:\.[a-z0-9-]{2,20}){1,3}(?P<page>(?:/[a-z]{2,20}){0,2})/?"
)
#: What joins a handle's or a link's words.
_JOINED = re.compile(r"[._@/]")


def _brand_site(typed: str, start: int, end: int) -> bool:
    """A bare domain whose name the picture also prints as words of their own, run together
    ("fizzpop" or "fizz pop" over "fizzpop.com"): a brand's or a product's site on its
    packaging or poster."""
    from ..truecase import FIRST, WORD, lexicon

    m = _BARE_DOMAIN.fullmatch(typed, start, end)
    if not m:
        return False
    # a page named by everyday words ("/visit", "/learn"), never a person's ("/@aroha", "/mia")
    lex = lexicon()
    for page in m.group("page").split("/")[1:]:
        bits = lex.classes(page)
        if not bits & WORD or bits & FIRST:
            return False
    name = m.group("name").replace("-", "")
    # the words elsewhere in the picture (never the domain itself, nor a handle or a link: their
    # dots join words a brand's name does not), up to four run together
    # (a possessive's apostrophe is dropped as a domain drops it: "bella's bakery", bellasbakery.com)
    tokens = [
        t.strip(".,!?:;()'\"").replace("-", "").replace("'", "").replace("’", "")
        for t in (typed[:start] + " " + typed[end:]).split()
    ]
    words = [t for t in tokens if t and not _JOINED.search(t)]
    if any("".join(words[i : i + n]) == name for n in range(1, 5) for i in range(len(words) - n + 1)):
        return True
    # or the initials of three words or more the picture prints ("natural history museum" over
    # "nhm.ac.uk"): an institution's site
    return len(name) >= 3 and any(
        "".join(w[0] for w in words[i : i + len(name)]) == name for i in range(len(words) - len(name) + 1)
    )


#: A year no child was born in: more than a lifetime ago.
_OLD_YEAR = re.compile(r",?[ \t]{1,2}(?P<year>1[0-9]{3})\b")


def _long_ago(typed: str, start: int, end: int) -> bool:
    """A birth date whose year, right after it, is more than a hundred years ago: a famous
    person's ("born 4 june 1821" on a book's cover)."""
    m = _OLD_YEAR.match(typed, end)
    return bool(m) and int(m.group("year")) < date.today().year - 100


def _item_number(typed: str, start: int, end: int) -> bool:
    """A number heading its line before a "." or ")": a numbered list's item ("5. what is 8 x
    3"), never an age."""
    return (
        typed[start:end].isdigit()
        and not typed[typed.rfind("\n", 0, start) + 1 : start].strip()
        and (_ITEM_END.match(typed, end) is not None)
    )


_ITEM_END = re.compile(r"[.)][ \t]")


#: A public venue's word before its city ("science museum london", "city zoo sydney").
_VENUE = re.compile(
    r"\b(?:museum|gallery|zoo|aquarium|cathedral|stadium|arena|theatre|theater|planetarium|observatory)"
    r"(?:[ \t|,:-]{1,4}|[ \t]of[ \t](?:the[ \t])?)$"
)


def _venue_city(typed: str, start: int, end: int) -> bool:
    """A big city or a country right after a public venue's name or its "of" (a museum's ticket,
    a zoo's sign, "museum of new zealand"): the venue's city, not where a child is found (a small
    town stays reported). The name model may run the place on into the venue's next word ("new
    zealand te" of "museum of new zealand te papa"): the place is the span's first words."""
    words = typed[start:end].split()
    place = any(big_place(" ".join(words[:n])) for n in range(1, min(len(words), 3) + 1))
    return place and _VENUE.search(typed, max(0, start - 20), start) is not None


#: A city's postal district alone on its line ("nw8", "d2", "sw1a"): under a street's sign.
_DISTRICT = re.compile(r"[ \t]{0,3}[a-z]{1,2}\d{1,2}[a-z]?[ \t]{0,3}")


def _street_sign(typed: str, start: int, end: int) -> bool:
    """A street's name that is all the picture says but a postal district under or over it
    ("abbey road" over "nw8"): a city's street sign, the same for everyone who walks by, with no
    house number to say whose home (a plaque's "14" over it is :func:`~.screen_homes.house_plaques`')."""
    from .address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES

    lines = [line for line in typed.split("\n") if line.strip()]
    value = typed[start:end].split()
    street = [line for line in lines if line.strip() == typed[start:end].strip()]
    return (
        len(value) >= 2
        and value[-1].strip(".") in STRONG_SUFFIXES | MEDIUM_SUFFIXES
        and len(street) == 1
        and len(lines) >= 2
        and all(line in street or _DISTRICT.fullmatch(line) for line in lines)
    )


#: An age range this wide is everyone's ("homework help for ages 5-16"), not a club of children
#: of one age ("ages 9-12").
_WIDE_RANGE = 6
_RANGE = re.compile(r"(?P<low>\d{1,2})[ \t]?[-–][ \t]?(?P<high>\d{1,2})")


def _wide_range(typed: str, start: int, end: int) -> bool:
    """An age range spanning more than :data:`_WIDE_RANGE` years: says no child's age."""
    m = _RANGE.fullmatch(typed, start, end)
    return bool(m) and int(m.group("high")) - int(m.group("low")) > _WIDE_RANGE


#: Weekdays a calendar's columns are headed by.
_WEEKDAYS = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b")


def _calendar_page(typed: str, start: int, end: int) -> bool:
    """In a calendar (three weekdays or more head its columns), a day's or a month's word alone,
    or a holiday named after a famous person ("sun gandhi jayanti"): the page's print, no one's
    name (a child's own events on it, "sat ruby's party", stay reported)."""
    from .. import lexicon as lists

    if len(set(_WEEKDAYS.findall(typed))) < 3:
        return False
    value = typed[start:end]
    words = lists.text_words(value)
    # "thu fri": a row of the page's own days read as one name
    return (
        value in CALENDAR
        or all(w in CALENDAR for _s, _e, w in words)
        or (words[0][2] in CALENDAR and any(w in lists.entries("famous") for _s, _e, w in words[1:]))
    )


#: A road's number on its sign ("hwy 401", "route 66", "sh1", "m4", "n1", "i-95").
_ROAD = re.compile(r"\b(?:(?:hwy|highway|route|rte|motorway|interstate|sh)[ \t]?\d{1,4}|[abeimn]-?\d{1,3})\b")
#: A road sign's own words beside its places and numbers.
_SIGN_WORDS = word_set(
    "km mi miles exit north south east west n s e w to via city centre center airport hwy highway route rte"
    " motorway interstate sh junction services"
)


def _road_sign(typed: str, start: int, end: int) -> bool:
    """A place on a road sign: a picture naming a road by its number ("hwy 401", "n1") and
    saying nothing but places, numbers and a sign's words ("n1 cape town johannesburg 109 49"):
    the towns a road leads to, the same for everyone who drives by (a child's message, a
    postcode's "n1 9gu", always says more)."""
    from .. import lexicon as lists

    if not _ROAD.search(typed):
        return False
    words = lists.text_words(typed)
    placed = [False] * len(words)
    for family in ("towns", "countries"):
        for i, j, _s, _e in lists.find(family, words):
            placed[i:j] = [True] * (j - i)
    places = sum(placed)
    for k, (_s, _e, w) in enumerate(words):
        if not placed[k] and big_place(w):
            placed[k] = True
            places += 1
    rest = [w for k, (_s, _e, w) in enumerate(words) if not placed[k]]
    return places >= 2 and all(w in _SIGN_WORDS or w.isdigit() or _ROAD.fullmatch(w) for w in rest)


def _quiz_place(typed: str, start: int, end: int) -> bool:
    """A country or a big city in a history question: on a numbered question's line (three
    numbered questions or more, a worksheet or a quiz) with a year before any child was born
    ("11. the great fire of london started on 2 september 1666"): the lesson's place, not where
    a child is found ("1. i live in auckland" in a child's list about themselves stays reported)."""
    line_start = typed.rfind("\n", 0, start) + 1
    line_end = len(typed) if (n := typed.find("\n", end)) < 0 else n
    years = [int(y) for y in _YEAR.findall(typed, line_start, line_end)]
    return (
        QUESTION.match(typed, line_start) is not None
        and any(y < date.today().year - _CHILDHOOD for y in years)
        and big_place(typed[start:end])
        and worksheet(typed)
    )


#: A year in a sentence ("in 1989").
_YEAR = re.compile(r"(?<![\d/.:])(1\d{3}|20\d\d)(?!\d|[/.:]\d)")
#: Years a child has lived, at most: a year further back is before any child was born.
_CHILDHOOD = 20


#: What a ticket says: two of these make a picture a ticket.
_TICKET = re.compile(
    r"\b(?:seat|row|gate|entry|entrance|admit one|block|section|booking ref|non-transferable|doors open|kick-off)\b"
)
#: A public venue's last word ("wembley stadium", "spark arena").
_VENUE_END = re.compile(
    r"\b(?:stadium|arena|ground|oval|dome|bowl|museum|gallery|zoo|aquarium|theatre|theater|planetarium|coliseum"
    r"|garden|concert hall|music hall|opera house|amphitheatre|amphitheater)$"
)


def _ticket_venue(typed: str, start: int, end: int) -> bool:
    """A venue's name on a ticket ("wembley stadium" beside its seat, row and booking
    reference): the event's place, printed on every ticket sold (the holder's name stays
    reported: it is no venue's)."""
    return _VENUE_END.search(typed, start, end) is not None and len(set(_TICKET.findall(typed))) >= 2


#: The rules :func:`public_print` asks last, each with the kinds of finding it applies to.
_RULES: tuple[tuple[tuple[Kind, ...], Callable[[str, int, int], bool]], ...] = (
    (_PUBLIC_KINDS, _dated),
    (_PUBLIC_KINDS, _everyday),
    (_PUBLIC_KINDS, _subject),
    (_PUBLIC_KINDS, _pro_teams),
    (_PUBLIC_KINDS, _venue_city),
    (_PUBLIC_KINDS, _calendar_page),
    ((Kind.LOCATION, Kind.ADDRESS), _street_sign),
    ((Kind.AGE,), _wide_range),
    ((Kind.PHONE,), _scores),
    ((Kind.URL,), _brand_site),
    ((Kind.DATE_OF_BIRTH,), _long_ago),
    ((Kind.AGE,), _item_number),
    (_PUBLIC_KINDS, _road_sign),
    ((Kind.LOCATION, Kind.ORG), _quiz_place),
    ((Kind.LOCATION, Kind.ORG), _ticket_venue),
    # (a stop named after a college, the operator's journey planner site: the same for every rider)
    ((Kind.LOCATION, Kind.ORG, Kind.ADDRESS, Kind.SCHOOL, Kind.URL), timetable),
    ((Kind.LOCATION, Kind.ORG), ticket_event),
    (_PUBLIC_KINDS, book_imprint),
    ((Kind.AGE,), out_of),
    ((Kind.SCHOOL, Kind.ORG, Kind.LOCATION), ping_reading),
    ((Kind.LOCATION,), world_region),
    (_PUBLIC_KINDS, big_city_list),
    ((Kind.PERSON,), quote_author),
    ((Kind.ORG, Kind.LOCATION), league_table),
    ((Kind.LOCATION, Kind.ADDRESS), maker_town),
    (_PUBLIC_KINDS, business_name),
    ((Kind.PERSON,), famous_list),
    ((Kind.LOCATION, Kind.ORG), made_in),
    ((Kind.LOCATION,), welcome_sign),
    ((Kind.PERSON, Kind.LOCATION), book_page),
    ((Kind.URL,), shop_site),
    ((Kind.PERSON, Kind.ORG), menu_dish),
    (_PUBLIC_KINDS, visitor_sign),
    ((Kind.HANDLE,), bot_player),
    ((Kind.PERSON,), music_player),
    (_PUBLIC_KINDS, signpost),
    ((Kind.PERSON,), quiz_title_name),
    (_PUBLIC_KINDS, park_notice),
    *notices.RULES,
    *exhibits.RULES,
    *scenes.RULES,
    *venues.RULES,
    ((Kind.PERSON,), table_club_name),
)
