"""A school's bare name where school words around it say what it is (:mod:`leakscan.scanners.school`,
issue 10 family 6). NER reads these names as a place or an organisation; a school cue makes
them the SCHOOL:

* after a teacher, a class or a school year and "at": "best 4th grade teacher at parkview",
  "mrs kims class at lakeside", "started reception at willow tree", "in our class at northmead
  west";
* right after "my school" ("my school achimota is the best");
* before its teachers, head or uniform in a post about school: "westbrook teachers r so strict"
  (with a detention in the post), "brookfield uniform is so itchy" (with homework).

The name is one to three words that are a name, a town or often written capitalised ("willow
tree"); never a stop word, a famous place, a brand, a country, or a name before a venue's word ("at lakeside mall", "at parkview library"). A class of an activity
("dance class at ...", "karate class at ...") is a club's, which the NER scanner reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .. import lexicon as wl
from ..truecase import MAJOR, lexicon
from .base import words
from .school_names import GENERIC, RAW_SUFFIX_WORDS, STOP
from .school_short import school_post
from .school_types import everyday, name_like, proper
from .school_world import Span, Tok, bare_given, refused

#: Words before "at" that place a school after it ("teacher at", "reception at").
_STAFF = words("teacher teachers principal headteacher headmaster headmistress")
#: A teacher's title a few words before "leaving <name>": the name is the school the teacher leaves.
_TITLES = words("mr mrs ms miss sir")
#: School things before "at" that only a school has ("detention at ...", "recess at ...").
_SCHOOL_AT = words("detention detentions recess homeroom")
#: A boarder's words before "at" ("boarding at <name> next year"): a boarding school's, unless the
#: name is a place or ends in a word of flights or of boarding pets (:func:`_boarded`).
_BOARDING = words("boarding boarder boarders")
#: A boarding school's time or life in the post ("next year", "this term", "form 3", "homesick"): a
#: flight boards now ("boarding at changi ✈️"), a pupil boards for terms.
_TERM_TIME = re.compile(
    r"\b(?:(?:next|this|last|new)\s{1,3}(?:year|term|semester)|(?:year|yr|form|grade|gr|class)\s{0,2}\d{1,2}"
    r"|terms?|school|homesick|dorms?|matron|exeat|housemaster)\b",
    re.IGNORECASE,
)
#: Last words of a boarding that is no school's ("... airport", "... kennels").
_NOT_BOARDED = words("airport terminal gate gates kennels kennel cattery stables stable lounge station port")
#: A school's head before "of" ("the principal of brookvale").
_HEADS_OF = words("principal headteacher headmaster headmistress")
#: School years and classes before "at" ("class at", "reception at", "homeroom at").
_CLASSES = words("class reception form")
#: Words before a class or a school year that make it the child's ("started reception at ...").
_STARTED = words("started starts starting start joined joining in into")
#: Activities whose class is a club's, not a school's ("dance class at ...").
_ACTIVITIES = words(
    """dance dancing ballet karate judo taekwondo tkd kickboxing boxing yoga pilates gym art
    pottery music piano guitar singing drama acting cooking baking swim swimming swimmers
    gymnastics tennis coding robotics chess spin zumba driving language sunday bible bharatanatyam
    kathak kuchipudi odissi bhangra hiphop jazz tap contemporary salsa tuition kumon"""
)
#: Words after the name that make it a venue, a street or an event, not a school.
_VENUE_NEXT = words(
    """mall park library church chapel centre center hospital clinic pool beach stadium arena
    store shop cafe restaurant street st road rd avenue ave lane drive hotel leisure sports
    gym studio studios club camp zoo museum station airport plaza market"""
)
#: A school's people and things right after its name ("westbrook teachers", "brookfield uniform").
_SCHOOL_OWN = words("teachers principal headteacher uniform uniforms detentions canteen")
_YEAR_AT = re.compile(
    r"\b(?:year|yr|grade|gr|class|std|form|primary|p|jss|sss|ss|js)\s?\d{1,2}s?$"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s(?:grade|class)$|\b(?:kindergarten|kindy|prep|pre-k)$",
    re.IGNORECASE,
)
#: A word drawn out in chat ("everrr", "sooo"): no part of a name.
_DRAWN = re.compile(r"(.)\1\1")
_MAX_NAME = 3


def cues_triggered(folded: str) -> bool:
    """True when ``folded`` holds a staff, class or school-own word these forms need (cheap pre-check)."""
    found = set(wl.WORD_RE.findall(folded))
    return (
        not found.isdisjoint(_STAFF)
        or not found.isdisjoint(_SCHOOL_AT)
        or not found.isdisjoint(_BOARDING)
        or not found.isdisjoint(_THINGS_HAD)
        or not found.isdisjoint(_CLASSES)
        or not found.isdisjoint(_SCHOOL_OWN)
        or _YEAR_BEFORE_AT.search(folded) is not None
        or _MY_SCHOOL.search(folded) is not None
        or ("leaving" in found and not found.isdisjoint(_TITLES))
    )


#: The child's school, its name right after ("my school achimota is the best", "our college kings
#: won"): the name in apposition.
_MY_SCHOOL = re.compile(r"\b(?:my|our)\s(?:school|skool|college)\s")
_MY_SCHOOL_WORDS = words("school skool college")


#: A school year right before "at" anywhere in the text ("in year 3 at ..."), for the pre-check.
_YEAR_BEFORE_AT = re.compile(
    r"\b(?:year|yr|grade|gr|class|std|form|primary|p|jss|sss|ss|js)\s?\d{1,2}s?\sat\s"
    r"|(?:st|nd|rd|th)\s(?:grade|class)\sat\s|\b(?:kindergarten|kindy|prep|pre-k)\sat\s"
)


def cued_schools(toks: Sequence[Tok], text: str) -> Iterator[Span]:
    """The schools of the module docstring: ``(start, end, confidence)``."""
    lows = [wl.unaccented(t.word) for t in toks]
    about_school = school_post(lows, text)
    # "westbrook teachers" needs a school word besides its own ("in Marshals uniform" is no school's)
    about_beside = school_post([w for w in lows if w not in _SCHOOL_OWN], text)
    for i, low in enumerate(lows):
        if low == "of" and i > 0 and lows[i - 1] in _HEADS_OF and i + 1 < len(toks):
            end = _name_end(toks, lows, i + 1, text)  # "the principal of brookvale"
            if end:
                yield toks[i + 1].start, toks[end - 1].end, 0.6
        elif low == "at" and i + 1 < len(toks) and _placed_at(toks, lows, i, text, about_school):
            end = _name_end(toks, lows, i + 1, text)
            if end:
                yield toks[i + 1].start, toks[end - 1].end, 0.6
        elif low == "at" and 0 < i < len(toks) - 1 and lows[i - 1] in _BOARDING:
            end = _name_end(toks, lows, i + 1, text)
            if end and _boarded(lows, i + 1, end) and _TERM_TIME.search(text):
                yield toks[i + 1].start, toks[end - 1].end, 0.55  # "boarding at <name> next year"
        elif low == "leaving" and i + 1 < len(toks) and not _TITLES.isdisjoint(lows[max(0, i - 5) : i]):
            end = _name_end(toks, lows, i + 1, text)
            if end:
                yield toks[i + 1].start, toks[end - 1].end, 0.6  # "mr lomu is leaving kelburn heights"
        elif low in _MY_SCHOOL_WORDS and i > 0 and lows[i - 1] in ("my", "our") and i + 1 < len(toks):
            named = _adjacent(toks, i, text) and not bare_given(lows[i + 1])  # "my school emma" is a friend
            end = _name_end(toks, lows, i + 1, text) if named else 0
            if end:
                yield toks[i + 1].start, toks[end - 1].end, 0.6  # "my school achimota is the best"
        elif low in _SCHOOL_OWN and i > 0 and about_beside and _school_own(lows, i, text, toks):
            start = _name_back(toks, lows, i, text)
            if start is not None:
                yield toks[start].start, toks[i - 1].end, 0.55
        elif low in _HAS and i > 0 and _owns_school_things(lows, i):
            start = _name_back(toks, lows, i, text)
            if start is not None and (start == 0 or lows[start - 1] in STOP) and not bare_given(lows[i - 1]):
                yield toks[start].start, toks[i - 1].end, 0.55  # "brookvale has the worst uniform"


#: Verbs between a school's name and its things ("brookvale has the worst uniform").
_HAS = words("has have got gets had")
#: A school's things a sentence can say it has ("... has the best teachers", "... got a new principal").
_THINGS_HAD = words("uniform uniforms teachers principal headteacher canteen tuckshop playground oval")


def _owns_school_things(lows: list[str], i: int) -> bool:
    """A school's thing two to four words after the verb at ``lows[i]``, with only little words
    between ("has the worst uniform", "got a new principal")."""
    for j in range(i + 1, min(i + 5, len(lows))):
        if lows[j] == "to":
            return False  # "<name> got sent to the principal": a pupil sent there, no school having one
        if lows[j] in _THINGS_HAD:
            return True
        if lows[j] not in STOP and lows[j] not in GENERIC and not everyday(lows[j]):
            return False
    return False


def _placed_at(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> bool:
    """A teacher, a class or a school year just before the "at" at ``toks[i]``."""
    before = lows[max(0, i - 2) : i]
    if i > 0 and lows[i - 1] in _SCHOOL_AT:
        return True
    if not _STAFF.isdisjoint(before):
        staff = max(k for k in range(max(0, i - 2), i) if lows[k] in _STAFF)
        activity = lows[staff - 1] if staff > 0 else ""
        return activity not in _ACTIVITIES and activity not in wl.entries("club_styles")  # not "swim teacher at"
    if _YEAR_AT.search(text, max(0, toks[i].start - 20), toks[i].start - 1):
        return True
    if i > 0 and lows[i - 1] in _CLASSES:
        activity = lows[i - 2] if i > 1 else ""
        started = activity in _STARTED  # "started reception at ...": a school year, whatever the post
        return (about_school or started) and activity not in _ACTIVITIES and activity not in wl.entries("club_styles")
    return False


def _boarded(lows: list[str], i: int, end: int) -> bool:
    """The name ``lows[i:end]`` after "boarding at" is a boarding school's: no big city or sight
    (an airport's: "boarding at heathrow"), no flight's or pets' boarding word after or in it."""
    name = " ".join(lows[i:end])
    if any(w in _NOT_BOARDED for w in lows[i : end + 1]):
        return False
    # a big city, a sight or a city's code is an airport's (a suburb's name is many a school's)
    if any(name in wl.entries(f) or lows[i] in wl.entries(f) for f in ("world_cities", "famous_places", "place_codes")):
        return False
    return not lexicon().classes(lows[i]) & MAJOR


def _name_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of a school's bare name starting at ``toks[i]``, or 0 when none."""
    j = i
    while j < len(toks) and j - i < _MAX_NAME and (j == i or _adjacent(toks, j - 1, text)) and _name_word(lows[j]):
        j += 1
    while j > i and everyday(lows[j - 1]) and j - i > 1:
        j -= 1  # "willow tree": the name ends at its last name-like word
    if j == i or not _name_fits(lows[i:j]):
        return 0
    after = lows[j] if j < len(toks) and _adjacent(toks, j - 1, text) else ""
    if after in _VENUE_NEXT:
        return 0
    styles = wl.entries("club_styles")
    if any(w in _ACTIVITIES or w in styles for w in lows[j : j + 2]):
        return 0  # "grade 3 at hartmann irish dance": a dance school's grade
    return j


def _name_back(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int | None:
    """First index of a school's bare name ending right before ``toks[i]``, or None."""
    k = i
    while k > 0 and i - k < 2 and _adjacent(toks, k - 1, text) and _name_word(lows[k - 1]):
        k -= 1
    if k == i or not _name_fits(lows[k:i]):
        return None
    return k


def _school_own(lows: list[str], i: int, text: str, toks: Sequence[Tok]) -> bool:
    """``toks[i]`` is a school's own word after a name, not a venue or a team ("the gym uniform")."""
    return _adjacent(toks, i - 1, text) and lows[i - 1] not in STOP


def _name_word(low: str) -> bool:
    """A word that can be part of a school's bare name."""
    if low in STOP or low in GENERIC or low in _ACTIVITIES or not low.isalpha() or _DRAWN.search(low) or refused(low):
        return False
    if low in RAW_SUFFIX_WORDS or low in wl.entries("school_type"):
        return False  # "my old elem got a new playground": the school word itself, no name
    return name_like(low) or proper(low)


def _name_fits(name: list[str]) -> bool:
    """``name`` can be a school's: its last word is no everyday word alone, and it is no famous or
    big place, venue or group."""
    joined = " ".join(name)
    if everyday(name[-1]) or (len(name) == 1 and not name_like(name[0])) or len(joined) < 4:
        return False
    if any(joined in wl.entries(f) for f in ("famous_places", "famous", "club_styles")):
        return False
    return not lexicon().classes(joined) & MAJOR


def _adjacent(toks: Sequence[Tok], i: int, text: str) -> bool:
    """``toks[i]`` and the next word belong to one name: one space between."""
    return text[toks[i].end : toks[i + 1].start] == " "
