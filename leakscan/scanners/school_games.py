"""A school named as the other side of a school game, or before its own day or show, for the
SCHOOL scanner (issue 10).

A child tells of a game against another school with no school word and no "vs": "we beat
Harrowgate 18-12 in rugby", "hockey match against Dunmoor Girls", "Tarrant Hall volleyball beat
us", "the pellworth college cricket match"; before a school's day or show: "Penwick Hall band
concert", "quenby prize giving" (names made up). The side is one to three words that are a name
(no everyday word, or a school word such as "college" after one), next to a school sport.

Quiet on a person, a group, a country, a county, a big city or a famous team ("we beat my
brother at chess", "we beat them in rugby", "india cricket match", "liverpool football match"):
:func:`~leakscan.scanners.school_fixtures.school_side` and the given-name list decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as wl
from ..truecase import lexicon
from .base import words
from .ner_words import given_name
from .school_fixtures import SIDE_CLOSE, SIDE_OPEN, joined, not_side, school_end, school_side
from .school_types import everyday, name_like, proper
from .school_world import bare_given

Span = tuple[int, int, float]

#: Cheap pre-check: a verb of a game won or played against someone.
_PRE = re.compile(r"\b(?:beat|beats|beating|against|lost|won)\b")
#: Words before the other side ("we beat X", "against X").
_AGAINST = words("beat beats beating against")
#: Words between the side and its sport ("... 21-14 in rugby", "... at netball").
_IN = words("in at")
#: Words after "<side> <sport>" that make it a game ("X cricket match", "X volleyball beat us").
_GAME_AFTER = words("match game final beat beats")
_MAX_SIDE = 3
#: After "<side> beat", the child's own side ("rivermead beat us in netball"): the side before is
#: the other school. "beat" after a person is kept out by :func:`_fits` ("sarah beat me at chess").
_US = words("us our")
#: "<side> lost|won the <sport>" ("BHGS won the hockey again"): a school's result, told without
#: "match"; a country or a famous team is kept out by :func:`school_side`, and the side is one word
#: ("kia ora samoa lost the netball": a greeting before a nation).
_RESULT = words("lost won")
#: At most this many words between "beat us" and the sport ("beat us again in basketball").
_SPORT_WORDS = 4
#: A school's own days and shows after its name ("Penwick Hall band concert", "quenby prize giving"):
#: a club or a town holds none of them.
_EVENTS = frozenset(
    {
        ("prize", "giving"),
        ("sports", "day"),
        ("speech", "day"),
        ("band", "concert"),
        ("band", "kids"),
        ("athletics", "carnival"),
        ("swimming", "carnival"),
    }
)
_EVENT_PRE = re.compile(r"\b(?:" + "|".join(sorted(f"{a} {b}" for a, b in _EVENTS)) + r")\b")


#: A ball game's emoji stands for its sport's word ("we beat <side> 42-38 🏀"), with a score after the side.
_SPORT_EMOJI = frozenset("🏀🏉🏑⚽🏈🏐🏏🎾🏒⚾🥍")


def games_triggered(folded: str) -> bool:
    """True when ``folded`` names a school sport and a game word (cheap pre-check)."""
    if _EVENT_PRE.search(folded):
        return True
    found = set(wl.WORD_RE.findall(folded))
    if found.isdisjoint(wl.entries("school_sports")) and _SPORT_EMOJI.isdisjoint(folded):
        return False
    return bool(_PRE.search(folded)) or not found.isdisjoint(_GAME_AFTER)


def game_schools(text: str) -> Iterator[Span]:
    """The other school of each game in ``text``: ``(start, end, confidence)``."""
    toks = wl.text_words(text)
    sports = wl.entries("school_sports")
    emoji = not _SPORT_EMOJI.isdisjoint(text)
    for k, (_s, _e, w) in enumerate(toks):
        if w in _AGAINST:
            end = _side_forward(text, toks, k + 1)
            scored = emoji and end < len(toks) and _SCORE.match(text, toks[end][0]) is not None if end else False
            if end and (_sport_after(toks, end, sports) or _sport_before(toks, k, sports) or scored):
                yield toks[k + 1][0], toks[end - 1][1], 0.6  # "we beat harrowgate 18-12 in rugby"
            elif k > 0 and _beat_us(toks, k, sports):
                start = _side_back(text, toks, k)
                if start is not None:
                    yield toks[start][0], toks[k - 1][1], 0.6  # "rivermead beat us in netball"
        elif w in _RESULT and k > 0 and k + 2 < len(toks) and toks[k + 1][2] == "the" and toks[k + 2][2] in sports:
            start = _side_back(text, toks, k)
            if start == k - 1:  # one word: a longer run is mostly a greeting or a nation's side
                yield toks[start][0], toks[k - 1][1], 0.6  # "QEGS lost the rugby"
        elif w in sports and k + 1 < len(toks) and toks[k + 1][2] in _GAME_AFTER:
            start = _side_back(text, toks, k)
            if start is not None:
                yield toks[start][0], toks[k - 1][1], 0.6  # "the pellworth college cricket match"
        elif k + 1 < len(toks) and (w, toks[k + 1][2]) in _EVENTS and joined(text, toks, k, k + 2):
            start = _side_back(text, toks, k)
            if start is not None:
                yield toks[start][0], toks[k - 1][1], 0.6  # "penwick hall band concert"


#: The word between two sides of a fixture.
_VERSUS = words("vs v versus")
#: A result between two sides, read like "vs" when one side is a school ("ashgrove beat st kilians
#: 21-14", "thornfield lost to marlow academy"): one word, or two with the word after it.
_RESULTS = words("beat beats smashed thrashed hammered defeated edged")
_RESULTS_2 = frozenset({("lost", "to"), ("drew", "with"), ("draw", "with"), ("drew", "against")})
#: A score after a result's second side ("21-14", "3-1").
_SCORE = re.compile(r"\d{1,3}\s?[-–:]\s?\d{1,3}[,.!]?")
#: Cheap pre-check for :func:`opponents`.
VERSUS_PRE = re.compile(
    r"\b(?:vs?|versus|beats?|smashed|thrashed|hammered|defeated|edged|lost to|drew with|draw with|drew against)\b"
)


def _between(toks: list[wl.Word], k: int) -> int:
    """Where the second side starts when ``toks[k]`` opens the word(s) between two sides, or 0."""
    w = toks[k][2]
    if w in _VERSUS or w in _RESULTS:
        return k + 1
    if k + 1 < len(toks) and (w, toks[k + 1][2]) in _RESULTS_2:
        return k + 2
    return 0


def opponents(text: str, found: list[Span]) -> list[Span]:
    """The other side of "<school> vs <side>" or "<side> vs <school>", where ``found`` holds the
    school: a school plays schools ("st brendans ridgeway vs st columbas derby"). The side is
    one to three name words, never a person, a country or a famous team (:func:`_fits`)."""
    toks = wl.text_words(text)
    out: list[Span] = []
    for k in range(1, len(toks) - 1):
        b = _between(toks, k)
        if not b or b >= len(toks):
            continue
        # a school found in the side's words (up to three): "glenbrook eagles vs ..." has its side
        low, high = toks[max(0, k - _MAX_SIDE)][0], toks[min(len(toks) - 1, b - 1 + _MAX_SIDE)][1]
        before = any(low <= s and e <= toks[k][0] for s, e, _c in found)
        after = any(toks[b - 1][1] <= s and e <= high for s, e, _c in found)
        # a school cheered further back, then "we beat <side> 24-20": the side with its score is the other school
        far = not before and toks[k][2] in _RESULTS and any(e <= toks[k][0] for _s, e, _c in found)
        if (before or far) and not after:
            end = _opponent_end(text, toks, b, city_ok=b > k + 1 or toks[k][2] in _RESULTS)
            if far and end and not (end < len(toks) and _SCORE.match(text, toks[end][0])):
                end = 0
            if end:
                out.append((toks[b][0], toks[end - 1][1], 0.55))
        elif after and not before:
            start = _side_back(text, toks, k)
            if start is not None:
                out.append((toks[start][0], toks[k - 1][1], 0.55))
    return out


#: A game's day after the other side ("... beat <side> friday"): no word of the side.
_DAYS = words("today tonight tmrw tomorrow monday tuesday wednesday thursday friday saturday sunday")


def _opponent_end(text: str, toks: list[wl.Word], i: int, city_ok: bool = False) -> int:
    """End of the side starting at ``toks[i]``, stopped before the game's own words ("derby",
    "rugby", "final"), or 0. After a result (``city_ok``) a big city's name is a side when a score
    follows it ("... beat chester 21-14")."""
    if n := _patron_at(toks, i):
        return i + n  # "st columbas v sacred heart netball": a patron schools are named after, whole
    stops = wl.entries("famous_context") | wl.entries("school_sports") | _DAYS
    j = i
    while (
        j < len(toks)
        and j - i < _MAX_SIDE
        and toks[j][2] not in stops
        and _sidey(toks[j][2])
        and (j == i or joined(text, toks, j - 1, j + 1))
    ):
        j += 1
    if city_ok and not (j < len(toks) and _SCORE.fullmatch(text[toks[j][0] : toks[j][0] + 7].split(" ")[0])):
        city_ok = False
    return j if j > i and _fits(text, toks, i, j, city_ok, against_school=True) else 0


def _beat_us(toks: list[wl.Word], k: int, sports: frozenset[str]) -> bool:
    """``toks[k]`` is "beat(s)" with the child's side after it and a sport a few words on
    ("westdale beat us again in basketball")."""
    if toks[k][2] not in ("beat", "beats") or k + 1 >= len(toks) or toks[k + 1][2] not in _US:
        return False
    return any(toks[n][2] in sports for n in range(k + 2, min(len(toks), k + 2 + _SPORT_WORDS)))


def _sidey(w: str) -> bool:
    """A word that can be part of a school's side."""
    if not w.isalpha() or (not_side(w) and w not in SIDE_CLOSE and w not in SIDE_OPEN):
        return False
    return name_like(w) or proper(w) or school_end(w) or w in SIDE_CLOSE


def _fits(text: str, toks: list[wl.Word], i: int, j: int, city_ok: bool = False, against_school: bool = False) -> bool:
    """``toks[i:j]`` is a school's name: a name word in it, its last word a name or a school word. Against
    a school found in the post (``against_school``), a given name that schools are named after is a side too
    ("lincoln ms beat roosevelt"); a friend's name alone is not ("... beat sarah 3-1")."""
    side = [w for _s, _e, w in toks[i:j]]
    last = side[-1]
    if everyday(last) and not school_end(last) and last not in SIDE_CLOSE:
        return False
    if any(w in wl.entries("filler_words") for w in side) and not school_end(last):
        return False  # chat words of other languages ("yaar cricket match"); "english school" stays
    given = bare_given(last) if against_school else given_name(last, lexicon(), everyday=True)
    if len(side) == 1 and (not name_like(last) or given):
        return False  # "we beat sarah at tennis": a friend (a given name a town or school shares too)
    if not any(name_like(w) for w in side) and not school_end(last):
        return False
    return school_side(text, toks, i, j, city_ok)


def _side_forward(text: str, toks: list[wl.Word], i: int) -> int:
    """End of the side starting at ``toks[i]``, or 0."""
    if n := _patron_at(toks, i):
        return i + n  # "we beat holy trinity 21-14 in rugby"
    j = i
    while j < len(toks) and j - i < _MAX_SIDE and _sidey(toks[j][2]) and (j == i or joined(text, toks, j - 1, j + 1)):
        j += 1
    return j if j > i and _fits(text, toks, i, j) else 0


def _patron_at(toks: list[wl.Word], i: int) -> int:
    """How many words from ``toks[i]`` make a patron of the ``school_patrons`` list ("holy cross",
    "sacred heart"): the side against a school is that patron's school, its words everyday or not."""
    return wl.longest_at("school_patrons", [w for _s, _e, w in toks], i) if i < len(toks) else 0


def _side_back(text: str, toks: list[wl.Word], k: int) -> int | None:
    """Start of the side ending right before ``toks[k]``, or None."""
    patron = next((k - n for n in (2, 3, 4) if k - n >= 0 and _patron_at(toks, k - n) == n), None)
    if patron is not None and joined(text, toks, patron, k):
        return patron  # "holy family vs st brendans final"
    i = k
    while i > 0 and k - i < _MAX_SIDE and _sidey(toks[i - 1][2]) and joined(text, toks, i - 1, i + 1):
        i -= 1
    if i > 0 and _sidey(toks[i - 1][2]):
        return None  # a longer run of name words: more than a school's name
    return i if i < k and _fits(text, toks, i, k) else None


def _sport_after(toks: list[wl.Word], j: int, sports: frozenset[str]) -> bool:
    """A school sport right after the side, or after a score and "in"/"at" ("21-14 in rugby")."""
    n = j
    while n < len(toks) and n - j < 2 and toks[n][2].isdigit():
        n += 1  # the score
    if n < len(toks) and toks[n][2] in sports:
        return True
    return n + 1 < len(toks) and toks[n][2] in _IN and toks[n + 1][2] in sports


def _sport_before(toks: list[wl.Word], k: int, sports: frozenset[str]) -> bool:
    """A school sport up to two words before ``toks[k]`` ("netball match against ...")."""
    return any(toks[n][2] in sports for n in range(max(0, k - 2), k))
