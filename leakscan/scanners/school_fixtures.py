"""School fixtures for the SCHOOL scanner: "<A> vs <B> <school sport>".

"Kingsmead vs Oakfield netball tomorrow", "st columbas vs CBS hurling final", "Westville Girls vs
DGHS hockey tmrw": two sides of a school sport or contest, each a word or two (a place-like or
name-like word, a saint's name, an acronym, "<name> Girls"). Both sides are the schools' names,
although neither carries a school word. Quiet when a side is a professional team, a country, a
famous one or a county ("liverpool vs arsenal football", "india vs pakistan cricket", "kilkenny
vs tipperary hurling"), a person or a group ("me vs my brother", "boys vs girls netball", "the
u12s vs ..."): the famous-and-fictional lexicon and the word lists below decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..truecase import MAJOR, lexicon
from .base import words
from .ner_words import TEAM_WORDS, common
from .school_names import STOP, gazetteer

Span = tuple[int, int, float]

#: Cheap pre-check on the folded text.
_PRE = re.compile(r"(?<![\w.])(?:vs?\.?|versus)(?![\w])")
_VS = words("vs v versus")
#: Words of a fixture that are no side: the team's rank or side ("first team", "1st xv", "a team").
_RANKS = words("first 1st second 2nd a b open team teams xi xv xvs")
#: A school's rugby or cricket team by its rank ("first xv", "1st xi"): the fixture is a school sport's.
_TEAM_RANKS = words("first 1st second 2nd third 3rd")
_TEAMS_OF_RANK = words("xv xi xvs")
#: The level of a schools' cup ("in the junior cup", "senior cup final"): the cup is a school sport's.
_CUP_LEVELS = words("junior senior schools")
#: A school's initials ending in the letters of its type, with no vowel: boys' or girls' high ("tbhs",
#: "pghs"), high, primary, grammar ("-hs", "-ps", "-gs"), a girls' or boys' college ("kgc", "sbc").
_SCHOOL_LETTERS = re.compile(r"[b-df-hj-np-tv-xz]{1,3}(?:[bg]?hs|ps|gs|[bg]c)")
#: A ball game's emoji ("... vs ... tonight 🏀"): a fixture's day then makes the game a sport's.
_SPORT_EMOJI = re.compile("[\U0001f3c0\U0001f3c8\U0001f3c9\U0001f3d0\U0001f3d1\U0001f3d2\U0001f3cf\u26bd\u26be]")
#: Words after the second side that make a fixture when one side carries a school word
#: ("ridgeline hs vs cedar bluff friday night").
_FIXTURE = words(
    """game match final finals finaal tonight tmrw tomorrow monday tuesday wednesday thursday friday
    saturday night homecoming derby quiz debate cup"""
)  # quizzes and debates are schools' contests as much as their games; "in the cup final": a school cup's
#: A school year after a side ("year 8s", "yr 10"); an age group ("u14s") is a club's as much.
_YEAR = re.compile(r"(?:year|yr|grade|form) \d{1,2}s?|\d{1,2}(?:st|nd|rd|th) grade")
#: Words between the second side and a fixture's day or game ("parkside on friday", "st annes in the
#: hurling final").
_WHEN = words("on this next in the")
#: Words between the second side and "match" ("royal college vs st thomas big match": Sri Lanka's
#: schools' yearly cricket match is "the big match").
_SIZE = words("big huge")
#: School words that end a side and make it a school ("ridgeline hs", "marrickvale high").
_SCHOOL_END = words("hs high ms ps college academy grammar elem elementary middle primary school secondary")
#: Words that are no side of a school fixture (people, groups, ages, the game itself).
_NOT_SIDE = STOP | words(
    """boys girls teachers teacher staff parents mums moms dads kids students pupils seniors juniors
    class year yr form team squad us them me my brother sister bro sis mum mom dad
    friends friend bestie cousin cousins come support game match final semi semis big huge derby
    rematch home away our vs v versus fifa fortnite roblox minecraft house houses red blue green
    yellow gold white black purple orange north south east west upper lower"""
)
#: Compass words, which open names of places and schools ("north ridge", "east hill").
_COMPASS = words("north south east west")
#: Sides that are counties or provinces, not schools ("kilkenny vs tipp hurling").
_COUNTIES = words(
    """antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare
    kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo
    tipperary tipp tyrone waterford westmeath wexford wicklow connacht ulster nsw qld vic"""
)
#: Words that may open a side ("St Kierans") or close it ("Westville Girls"); shared with
#: :mod:`~leakscan.scanners.school_games`, whose sides are the same kind of name.
SIDE_OPEN = words("st saint ste mt")
SIDE_CLOSE = words("girls boys")
_MAX_SIDE = 3


def fixture_triggered(folded: str) -> bool:
    """True when ``folded`` has a "vs" (cheap pre-check)."""
    return bool(_PRE.search(folded))


def fixture_schools(text: str) -> Iterator[Span]:
    """Both sides of each school fixture in ``text``: ``(start, end, confidence)``."""
    toks = wl.text_words(text)
    for k, (_s, _e, w) in enumerate(toks):
        if w.rstrip(".") not in _VS:
            continue
        if (bishop := _bishop_side(text, toks, k)) is not None:
            yield bishop  # "bishop hartley vs us on friday"
            continue
        if k > 0 and toks[k - 1][2] in wl.entries("school_mascots"):
            yield from _mascot_fixture(text, toks, k)  # "ridgeview hawks 🦅 vs millbrook panthers"
            continue
        a_end = _before_rank(toks, k)  # "kingsmead year 8s vs ...": the side ends before its year
        a_start = _side_back(text, toks, a_end)
        if a_start is None:
            continue
        schooled = (
            toks[a_end - 1][2] in _SCHOOL_END
            or _YEAR.fullmatch(" ".join(w for _s, _e, w in toks[a_end:k])) is not None
            # a school order's or chain's name alone ("loreto vs ...", "pres vs ..."): a school's side
            or (a_end - a_start == 1 and toks[a_start][2] in _orders())
            # a school's initials ending in its type's letters ("tbhs vs ...", "kgc vs ...": boys' high, girls' college)
            or (a_end - a_start == 1 and _SCHOOL_LETTERS.fullmatch(toks[a_start][2]) is not None)
        )
        sport = _sport_after(text, toks, k, schooled)
        if sport is None:
            continue
        b_end = sport
        while b_end > k + 2 and (toks[b_end - 1][2] in _RANKS | _CUP_LEVELS or toks[b_end - 1][2] in _WHEN | _SIZE):
            b_end -= 1  # "rivers first team rugby", "parkside on friday": the side is "rivers", "parkside"
        sides = [(a_start, a_end), (k + 1, b_end)]
        if _by_rank(toks, sport) and any(_club_word(toks[j - 1][2]) for _i, j in sides):
            continue  # "rovers vs united in the junior cup": clubs' teams rank and play cups too
        # a town's name that schools bear (the gazetteer's) is a school's side when the other side is no big
        # place: a city's game is two cities' ("chennai vs mumbai cricket", "kerala vs tamil nadu")
        city_ok = sum(_big_place(_name(toks, i, j)) for i, j in sides) == 1
        if all(school_side(text, toks, i, j, city_ok and _schools_bear(_name(toks, i, j))) for i, j in sides):
            for i, j in sides:
                yield toks[i][0], toks[j - 1][1], 0.75


#: Words of a post about a school game, for fixtures of mascots ("... eagles vs ... tigers").
_SCHOOL_GAME = words("school hs ms high middle homecoming varsity jv pep rally spirit week")


def _mascot_fixture(text: str, toks: list[wl.Word], k: int) -> Iterator[Span]:
    """The names of "<name> <mascot> vs <name> <mascot>" at the "vs" at ``k`` ("pinecrest eagles
    vs lakeshore tigers") in a post about a school game: a school word, a school sport, a
    school year. The names alone are the schools; a pro team ("chicago bears") is famous."""
    mascots = wl.entries("school_mascots")
    if k < 2 or toks[k - 1][2] not in mascots:
        return
    b_mascot = next((j for j in range(k + 2, min(k + 4, len(toks))) if toks[j][2] in mascots), None)
    if b_mascot is None or not joined(text, toks, k + 1, b_mascot + 1):
        return
    a_start = k - 1
    while a_start > 0 and k - 1 - a_start < 2 and joined(text, toks, a_start - 1, a_start + 1):
        if toks[a_start - 1][2] in _NOT_SIDE:
            break
        a_start -= 1
    sides = [(a_start, k - 1), (k + 1, b_mascot)]
    lows = {w for _s, _e, w in toks}
    about = not lows.isdisjoint(_SCHOOL_GAME) or not lows.isdisjoint(wl.entries("school_sports"))
    famous = wl.entries("famous")
    if not about or a_start == k - 1:
        return
    for i, j in sides:
        team = " ".join(w for _s, _e, w in toks[i : j + 1])
        if not school_side(text, toks, i, j) or team in famous:
            return
    for i, j in sides:
        yield toks[i][0], toks[j - 1][1], 0.65


#: Church titles schools are named with ("Bishop Hartley", "Cardinal Newman").
_BISHOPS = words("bishop archbishop cardinal")
#: The poster's own side of a fixture.
_US = words("us we")


def _bishop_side(text: str, toks: list[wl.Word], k: int) -> Span | None:
    """ "bishop <name>" before the "vs" at ``k`` when the other side is the poster's own ("bishop
    hartley vs us on friday", "... vs us netball"): a school named after a bishop; a fixture day
    or a school sport follows "us". Never a famous bishop."""
    if k < 2 or k + 2 >= len(toks) or toks[k - 2][2] not in _BISHOPS or toks[k + 1][2] not in _US:
        return None
    name = toks[k - 1][2]
    if not name.isalpha() or len(name) < 3 or name in STOP or not joined(text, toks, k - 2, k):
        return None
    if f"{toks[k - 2][2]} {name}" in wl.entries("famous"):
        return None
    after = [w for _s, _e, w in toks[k + 2 : k + 4]]
    if not any(w in _FIXTURE or w in wl.entries("school_sports") for w in after):
        return None
    return toks[k - 2][0], toks[k - 1][1], 0.65


def _before_rank(toks: list[wl.Word], k: int) -> int:
    """Where the first side ends before the "vs" at ``k``: before a school year or a team's rank
    ("year 8s", "u14", "first team"), else at ``k``."""
    for n in (2, 1):
        if k - n > 0 and _YEAR.fullmatch(" ".join(w for _s, _e, w in toks[k - n : k])):
            return k - n
    if k - 2 > 0 and toks[k - 1][2] in _RANKS and toks[k - 2][2] in _RANKS:
        return k - 2
    return k


def _sport_after(text: str, toks: list[wl.Word], k: int, schooled: bool) -> int | None:
    """Index of the sport (or, when the first side carries a school word or year, the fixture
    word) that closes the second side after the "vs" at ``k``; None when there is none."""
    limit = min(k + 2 + _MAX_SIDE + 2, len(toks))
    sports = wl.entries("school_sports")
    school_b = False
    for j in range(k + 2, limit):
        w = toks[j][2]
        # a school word closing the second side makes the fixture a school's too ("psbb vs
        # chettinad vidyashram quiz"), also before its rank ("kelston boys first xv tonight"), and a
        # school order's name alone ("... vs mercy debate final")
        before = toks[j - 1][2]
        school_b = school_b or before in _SCHOOL_END or before in _suffix_words() or before in SIDE_CLOSE
        school_b = school_b or (j == k + 2 and before in _orders())
        # a saint's name is a school's ("... v st anselms final"; the famous clubs of saints are famous)
        school_b = school_b or (j == k + 3 and toks[k + 1][2] in SIDE_OPEN)
        if w in sports or ((schooled or school_b or _SPORT_EMOJI.search(text)) and w in _FIXTURE):
            return j if joined(text, toks, k + 1, j + 1) else None
        if (w in _TEAMS_OF_RANK and before in _TEAM_RANKS) or (w == "cup" and before in _CUP_LEVELS):
            return j if joined(text, toks, k + 1, j + 1) else None  # "... first xv", "... in the junior cup"
        if w not in _RANKS and w not in _WHEN and w not in _CUP_LEVELS and j - k > _MAX_SIDE:
            return None
    return None


def _by_rank(toks: list[wl.Word], j: int) -> bool:
    """The fixture's closing word at ``j`` is a team's rank or a cup's level ("first xv", "junior cup")."""
    w = toks[j][2]
    return (w in _TEAMS_OF_RANK and toks[j - 1][2] in _TEAM_RANKS) or (w == "cup" and toks[j - 1][2] in _CUP_LEVELS)


def _club_word(w: str) -> bool:
    """A side's last word that a club's team ends in as much ("rovers", "united", "city"): an everyday
    or a team word, not a school word ("hillside boys")."""
    if w in SIDE_CLOSE or w in _SCHOOL_END or w in _suffix_words():
        return False
    return w in TEAM_WORDS or common(w, lexicon())


@cache
def _orders() -> frozenset[str]:
    """The one-word names of school orders and chains (``school_acronym``: "loreto", "pres", "mercy")."""
    return frozenset(w for w in wl.entries("school_acronym") if w.isalpha())


@cache
def _suffix_words() -> frozenset[str]:
    """The one-word school words of other countries that end a school's name ("vidyalaya", "convent")."""
    return frozenset(w for w, group in wl.phrases("school_suffix").items() for parts in group if len(parts) == 1)


def joined(text: str, toks: list[wl.Word], i: int, j: int) -> bool:
    """True when ``toks[i:j]`` follow each other with only spaces between."""
    return all(not text[toks[n - 1][1] : toks[n][0]].strip(" .'’") for n in range(i + 1, j))


def _side_back(text: str, toks: list[wl.Word], k: int) -> int | None:
    """The first token of the side just before the "vs" at ``k``, or None."""
    i = k
    cased = k > 0 and text[toks[k - 1][0]].isupper()
    while i > 0 and k - i < _MAX_SIDE:
        s, _e, w = toks[i - 1]
        if (w in _NOT_SIDE and w not in SIDE_CLOSE) or not joined(text, toks, i - 1, i + 1):
            break
        if cased and not text[s].isupper():
            break  # "come support Kingsmead vs ...": the side is the capitalised words
        i -= 1
        if w in SIDE_OPEN:
            break
    return i if i < k else None


def school_side(text: str, toks: list[wl.Word], i: int, j: int, city_ok: bool = False) -> bool:
    """True when ``toks[i:j]`` can be a school's side (no person, group, team, country...); a big
    city's name only when ``city_ok`` (a school's result with a score: "... beat chester 21-14")."""
    side = [w for _s, _e, w in toks[i:j]]
    if not side or all(w in _NOT_SIDE for w in side) or any(ch.isdigit() for w in side for ch in w):
        return False
    # a compass word opens a longer name ("north ridge"), never a side alone ("north vs south")
    first_ok = side[0] in SIDE_OPEN or (side[0] in _COMPASS and len(side) > 1)
    if (side[0] in _NOT_SIDE and not first_ok) or side[-1] in _NOT_SIDE - SIDE_CLOSE:
        return False
    name = " ".join(side)
    bare = " ".join(w for w in side if w not in SIDE_CLOSE)
    for family in ("famous", "countries"):
        known = wl.entries(family)
        if name in known or bare in known or any(w in known and len(side) == 1 for w in side):
            return False
    return not (set(side) & _COUNTIES) and (city_ok or not _big_place(bare))


def _name(toks: list[wl.Word], i: int, j: int) -> str:
    """The side ``toks[i:j]`` without its "girls" or "boys" ("westville girls" is "westville")."""
    return " ".join(w for _s, _e, w in toks[i:j] if w not in SIDE_CLOSE)


def _schools_bear(name: str) -> bool:
    """Some school of the gazetteer has ``name`` as its name ("epworth", "beaumont")."""
    return gazetteer().flags(name) is not None


def _big_place(name: str) -> bool:
    """A big city, state or region alone is a city's or a state's side ("chennai vs mumbai
    cricket", "kerala vs tamil nadu football"), not a school's."""
    return bool(lexicon().classes(name) & MAJOR)


def not_side(w: str) -> bool:
    """``w`` is no word of a school's side (a person, a group, an age, the game itself)."""
    return w in _NOT_SIDE


def school_end(w: str) -> bool:
    """``w`` is a school word that ends a side ("hs", "college", "vidyalaya")."""
    return w in _SCHOOL_END or w in _suffix_words()
