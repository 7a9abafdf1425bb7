"""Sides in a game and pastimes, for :mod:`leakscan.scanners.ner_public`: a place named as a team
("dublin won", "limerick are hurling champions", "2-1 to the toon", "wexford vs kilkenny
hurling") and what a child does and when ("netball", "bharatanatyam", "thursdays") name no place
and no person near the child.
"""

from __future__ import annotations

import re

from .. import lexicon as wl
from ..truecase import FIRST, MAJOR, Lexicon
from .base import words

#: Sports of school fixtures and of county and national sides (lexicon ``school_sports``), for
#: the words between a side and its title; escaped for a pattern.
_SPORTS_RE = frozenset(re.escape(w) for w in wl.entries("school_sports"))

#: A place as a side in a game: a result word after it or before it ("dublin won", "beat canterbury").
_SIDE_AFTER = re.compile(
    r"\s{1,3}(?:(?:are|r|were|will|gonna)\s{1,3}(?:(?:gonna|going\s{1,3}to|to)\s{1,3})?(?:win|lose|beat)\b"
    r"|beat|beats|won|lost|drew|vs\.?|v)\b"
)
#: Gaelic games words in a post: a county named in it is the county's side ("hurling final was
#: savage, kilkenny were unreal").
_GAA = re.compile(r"\b(?:hurling|camogie|gaelic|gaa|all[- ]ireland|sliotar|hurl|hurley)\b")
#: Before a side: a result word, or a fan's "supports" ("my uncle supports everton": the club), or a
#: loss to it ("the hawks lost to geelong again").
_SIDE_BEFORE = re.compile(
    r"\b(?:beat|beats|vs\.?|v|against|supports?|supporting|supported|(?:lost|lose|loses|losing)\s{1,3}to)\s{1,3}$"
)
#: A score before a side: "2-1 to the toon", "3 nil to wexford"; or a run of titles ("5 in a row for
#: kerry", "three in a row for the boks"); or a score line's fields, the score then a bar or a slash
#: ("won 4 - 1 | <town> | ..."): the side the score was against.
_SCORE_BEFORE = re.compile(
    r"\b(?:(?:\d{1,2}\s{0,2}(?:[-–:]\s{0,2}\d{1,2}|[-–]?\s{0,2}nil)"
    r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}in\s{1,3}a\s{1,3}row)"
    r"\s{1,3}(?:to|for)\s{1,3}(?:the\s{1,3})?"
    r"|\d{1,2}\s{0,2}[-–:]\s{0,2}\d{1,2}\s{0,3}[|/]\s{0,3})$"
)
#: A title won after a side, maybe with its sport between: "limerick are hurling champions",
#: "dublin the all ireland champs".
_TITLE_WORDS = "|".join(
    ["are", "were", "r", "is", "the", "all[- ]ireland", "league", "national", "world", *sorted(_SPORTS_RE)]
)
_CHAMPIONS_AFTER = re.compile(rf"\s{{1,3}}(?:(?:{_TITLE_WORDS})\s{{1,3}})*(?:champions|champs|winners|finalists)\b")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|to|from|near|into|visiting|live|lives)\s{1,3}$")


def side(lows: str, start: int, end: int, before: str) -> bool:
    """A place named as a team: a result word after it ("dublin won", "limerick are hurling
    champions") and no place word before it ("we won in dunedin" stays), or a result word or a
    score before it ("otago beat canterbury", "2-1 to the toon")."""
    if _SIDE_BEFORE.search(before) or _SCORE_BEFORE.search(before):
        return True
    if (
        lows[start:end] in COUNTIES
        and _GAA.search(lows)
        and _PLACE_WORD_BEFORE.search(before) is None
        and not _own_field(lows, start, end)
    ):
        return True  # "hurling final was savage, kilkenny were unreal": the county's side
    after = _SIDE_AFTER.match(lows, end) is not None or _CHAMPIONS_AFTER.match(lows, end) is not None
    return after and _PLACE_WORD_BEFORE.search(before) is None


#: A profile line's separator on each side of a field ("12 ☘️ <county> 🌊 camogie", "13 | <county> | gaa").
_FIELD_BEFORE = re.compile(r"[^\w\s'’]\s{0,3}$")
_FIELD_AFTER = re.compile(r"\s{0,3}(?:$|[^\w\s'’])")


def _own_field(lows: str, start: int, end: int) -> bool:
    """The place stands alone between a profile line's separators (a bar, a bullet, an emoji; the
    end of the line after it): the child's county in a bio, however many games the bio lists."""
    return _FIELD_BEFORE.search(lows, 0, start) is not None and _FIELD_AFTER.match(lows, end) is not None


#: Days of the week, as a training or a class moves to them ("moved to thursdays").
_DAYS = words(
    "monday tuesday wednesday thursday friday saturday sunday"
    " mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)


def pastime(word: str) -> bool:
    """A sport, a dance or martial-arts style, or a day of the week: what the child does and when."""
    return word in wl.entries("school_sports") or word in wl.entries("club_styles") or word in _DAYS


def place_side(toks: list[wl.Word], lex: Lexicon) -> bool:
    """One word, a town or county of the lists and nobody's given name ("limerick", "otago")."""
    if len(toks) != 1:
        return False
    word = toks[0][2]
    info = lex.words.get(word)
    if (info is not None and info[0] & FIRST) or word in wl.entries("first_names"):
        return False
    return word in COUNTIES or word in wl.entries("towns") or (info is not None and bool(info[0] & MAJOR))


#: Ireland's 32 counties: their hurling and football sides meet as "<county> vs <county>".
COUNTIES = words(
    """
    antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare kilkenny
    laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary tipp tyrone
    waterford westmeath wexford wicklow dubs
    """
)
_FIXTURE = re.compile(r"\b(?P<a>[a-z]+)\s{1,3}(?:vs\.?|v\.?|versus)\s{1,3}(?P<b>[a-z]+)\b")


def county_fixture(lows: str, start: int, end: int) -> bool:
    """The candidate starts in "<county> vs <county>" and runs at most one word (the sport) past it
    ("wexford vs kilkenny hurling", "cork v kerry football")."""
    if lows.find(" v", max(0, start - 40), min(len(lows), end + 40)) < 0:  # the window only: linear in a long post
        return False
    for m in _FIXTURE.finditer(lows, max(0, start - 40), min(len(lows), end + 40)):
        if m.group("a") in COUNTIES and m.group("b") in COUNTIES and m.start() <= start < m.end():
            return end <= m.end() or len(lows[m.end() : end].split()) <= 1
    return False


__all__ = ["COUNTIES", "county_fixture", "pastime", "place_side", "side"]


#: Colours that are given names too ("amber", "ruby", "scarlet"): a person's name, unless another
#: colour is paired with it.
_NAMED_COLOURS = words("amber ruby scarlet rose violet hazel jade olive sienna indigo coral saffron ginger")
#: A colour that is no given name and "and" right before: a side's colours ("up the red n ruby",
#: "maroon and amber scarves").
_COLOUR_AND = re.compile(
    r"\b(?:black|white|red|blue|green|gold|yellow|maroon|purple|navy|sky|orange|grey|gray|silver|claret|primrose)"
    r"\s{1,3}(?:and|n|&|'n'?)\s{1,3}$"
)


def team_colour(word: str, before: str) -> bool:
    """A colour that is a given name too, paired after another colour ("up the red and ruby"):
    a side's colours, no one's name ("me and amber" stays)."""
    return word in _NAMED_COLOURS and _COLOUR_AND.search(before) is not None
