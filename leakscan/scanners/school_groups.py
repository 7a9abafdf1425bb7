"""Schools named before their pupils or one of their things (:mod:`leakscan.scanners.school`,
issue 10 family 5), where no school word is written:

* a patron schools are named after, without "st" (the lexicon's ``school_patrons``): "sacred
  heart kids", "holy family uniform", "our lady of lourdes girls", "christ the king sports day";
* a saint's name, with or without its "s": "st declans lads", "st caths girls", "st brendan
  uniform";
* a school's acronym ending in its letters ("-ps", "-hs", "-gs", "-bhs"), with no vowel, before
  its pupils or an event ("kbhs girls", "tgps sports day");
* a chain's acronym alone (the lexicon's ``school_acronym``, written in capitals or with no
  vowel, or a name that is no English word, or of two words): "in the DPS bus", "dav kids",
  "Beaconhouse canteen", "bishop cotton boys", Hindi "DAV wale" (the ones from DAV);
* a title and a name the gazetteer knows ("cardinal newman sixth formers", "lord byng grade 9");
* a three-letter girls' or boys' college acronym before its own pupils ("wgc girls");
* a distinctive name of the gazetteer alone (no town, no everyday word, no given name) before a
  two-word school event ("campion sports day").

A patron before "school" or "convent" is the school's whole name ("little flower school"); so is
a patron and its town, before its pupils or in a post about school ("graduation at sacred heart
mentone").

Quiet before a church's words ("sacred heart parish", "holy cross anglican", "christ the king
church"), before a club's age group ("st judes girls u12s"), and when the group word is no
school's ("holy family reunion").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from .. import lexicon as wl
from ..truecase import FIRST, lexicon
from .base import words
from .ner_words import common
from .school_names import FLAG_COMMON, FLAG_DISTINCT, STOP, gazetteer
from .school_short import not_schools, school_post
from .school_world import Span, Tok, bare_given, refused

#: A school's pupils and its things, right after its name.
_GROUP = words(
    """kids girls boys lads lasses students pupils uniform uniforms blazer blazers jumper jumpers
    teachers teacher principal headmaster headmistress assembly canteen tuckshop carnival
    fete nativity graduation grad prom formal yearbook bus buses excursion camp
    hostel hostels boarders
    wale wali wala mein cca ccas"""
)  # "cca": Singapore's co-curricular activities, a school's own ("rgps cca day"); "hostel": a
# boarding school's ("kv hostel food"); Hindi and Urdu "mein" (in) after a chain ("tum dav mein ho?")
#: Two-word school events after the name ("sports day", "open day", "book week").
_EVENTS = (
    ("sports", "day"),
    ("open", "day"),
    ("book", "week"),
    ("spirit", "week"),
    ("field", "day"),
    ("annual", "day"),
    ("athletics", "day"),
    ("athletics", "carnival"),
    ("swimming", "carnival"),
    ("swim", "carnival"),
    ("cross", "country"),
    ("prize", "giving"),
    ("speech", "night"),
    ("parents", "evening"),
    ("non", "uniform"),  # "non uniform day": a day without the uniform
    ("mufti", "day"),
    ("sixth", "formers"),  # "cardinal newman sixth formers": the school's oldest pupils
    ("sixth", "form"),
    ("dinner", "ladies"),  # British school lunch staff
    ("spelling", "bee"),
    # Hindi "ke" (of) before the school's children or staff ("ryan international ke bacche",
    # "DAV ke teachers"): the pupils of that school, as "wale" is
    ("ke", "bacche"),
    ("ke", "bachche"),
    ("ke", "bache"),
    ("ke", "students"),
    ("ke", "teachers"),
)
#: A school year right after the name ("st declans grade 5", "lord byng grade 9 orientation").
_YEAR_AFTER = words("grade gr year yr form")
#: Titles schools are named with, before their patron's surname ("cardinal newman", "lord byng",
#: "sir john a", "bishop hartley"): with a name the gazetteer knows, a school before its pupils.
_TITLES = words("cardinal bishop archbishop lord sir dame king queen prince princess duke")
#: The titles of :data:`_TITLES` that name a school in a post about school with no pupils after it
#: ("bishop challoner is a prison"); a king or a queen there is a history lesson ("king henry in class").
_CHURCH_TITLES = words("cardinal bishop archbishop")
#: Words up to three after the name that make it a church or a club, not a school.
_NOT_SCHOOL = words(
    """church chapel cathedral parish mass choir anglican methodist presbyterian orthodox
    lutheran baptist uniting pentecostal youth congregation hospital hospice club gaa fc afc"""
)
#: School words right after a patron: the school's whole name ("little flower school").
_SCHOOL_WORDS = words("school convent")
_AGE_GROUP = re.compile(r"u\d{1,2}s?|under\d{0,2}")
_SAINT = words("st saint ste")


def groups_triggered(folded: str) -> bool:
    """True when ``folded`` holds a group word these forms need (cheap pre-check)."""
    found = wl.WORD_RE.findall(folded)
    return (
        not _GROUP.isdisjoint(found)
        or not _patron_words().isdisjoint(found)
        or not _SCHOOL_WORDS.isdisjoint(found)
        or not _TITLES.isdisjoint(found)
        or any(a in found and b in found for a, b in _EVENTS)
        or any(chain[0] in found for chain in _full_chains())
    )


@cache
def _full_chains() -> frozenset[tuple[str, ...]]:
    """The chains' and orders' full names of two words or more (``school_acronym``) that name a school alone:
    one word in them is no everyday word ("gd goenka", "la salle"; not "modern school"), and no
    school word, which needs its place after it ("zp school kothali")."""
    out = set()
    for entry in wl.entries("school_acronym"):
        parts = tuple(entry.split())
        if len(parts) > 1 and "school" not in parts and any(not common(w, lexicon()) for w in parts):
            out.add(parts)
    return frozenset(out)


def group_schools(toks: Sequence[Tok], text: str) -> Iterator[Span]:
    """The schools of the module docstring: ``(start, end, confidence)``."""
    lows = [wl.unaccented(t.word) for t in toks]
    about_school = (
        school_post(lows, text) or not _GROUP.isdisjoint(lows) or any(_event_at(lows, k) for k in range(len(lows)))
    )
    for i in range(len(toks)):
        patron = _patron_end(toks, lows, i, text)
        end = (
            patron
            or _saint_end(toks, lows, i, text)
            or _chain_end(toks, lows, i, text)
            or _titled_end(toks, lows, i, text)
        )
        if not end and (bishop := _bishop_end(toks, lows, i, text)) and _pupils_after(toks, lows, bishop, text):
            yield toks[i].start, toks[bishop - 1].end, 0.55  # "bishop kerrigan lads": a bishop has no lads
            continue
        if not end:
            # asked only before a school event: the gazetteer loads on first use (~60 ms)
            near_event = _event_at(lows, i + 1) or _event_at(lows, i + 2)
            if near_event and (known := _known_end(toks, lows, i, text)) and _event_at(lows, known):
                yield toks[i].start, toks[known - 1].end, 0.55  # "campion sports day"
            continue
        if patron and _friend_from(toks, lows, i, text) and _NOT_SCHOOL.isdisjoint(lows[end : end + 3]):
            yield toks[i].start, toks[end - 1].end, 0.55  # "niamh from holy family": a friend's school
        elif (
            patron and _town_after(toks, lows, end, text) and (about_school or _pupils_after(toks, lows, end + 1, text))
        ):
            if _pupils_after(toks, lows, end + 1, text, school=True):
                yield toks[i].start, toks[end].end, 0.6  # "sacred heart mentone", "holy cross ballyfermot"
        elif patron and end < len(toks) and lows[end] in _SCHOOL_WORDS and _joined(toks, end - 1, end + 1, text):
            if _pupils_after(toks, lows, end + 1, text, school=True):
                yield toks[i].start, toks[end].end, 0.65  # "little flower school", "holy family convent"
        elif _pupils_after(toks, lows, end, text):
            yield toks[i].start, toks[end - 1].end, 0.6
        elif tuple(lows[i:end]) in _full_chains() and _NOT_SCHOOL.isdisjoint(lows[end : end + 3]):
            yield toks[i].start, toks[end - 1].end, 0.55  # "class 10 in gd goenka", "miss from la salle"
        elif lows[i] in _CHURCH_TITLES and about_school and _pupils_after(toks, lows, end, text, school=True):
            # a title and a school's namesake in a post about school ("detention again, bishop
            # challoner is a prison"): the school, as before its pupils
            yield toks[i].start, toks[end - 1].end, 0.55


@cache
def _patron_words() -> frozenset[str]:
    """The first words of the ``school_patrons`` entries ("sacred", "holy", "christ")."""
    return frozenset(wl.phrases("school_patrons"))


def _patron_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of a patron's name starting at ``toks[i]`` ("our lady of lourdes"), or 0."""
    n = wl.longest_at("school_patrons", lows, i)
    if not n or (i > 0 and lows[i - 1] in _SAINT) or not _joined(toks, i, i + n, text):
        return 0
    end = i + n
    if lows[end - 1] == "lady" and end + 1 < len(toks) and lows[end] == "of" and _joined(toks, i, end + 2, text):
        inner = wl.longest_at("school_patrons", lows, end + 1)  # "our lady of mount carmel"
        end += 1 + (inner if inner and _joined(toks, end, end + 1 + inner, text) else 1)  # "our lady of lourdes"
    return end


#: Words for a child before "from <patron>" ("a girl from sacred heart", "my mate from holy cross").
_CHILDREN = words("girl girls boy boys guy guys kid kids lad lads friend friends mate mates bestie cousin someone")


def _friend_from(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> bool:
    """A child's given name or a word for a child, then "from", right before the patron at ``toks[i]``
    ("niamh from holy family", "a girl from sacred heart"): the child's school, as "from" a saint's is."""
    if i < 2 or lows[i - 1] != "from" or not _joined(toks, i - 2, i + 1, text):
        return False
    low = lows[i - 2]
    info = lexicon().words.get(low)
    return low in _CHILDREN or low in wl.entries("first_names") or (info is not None and bool(info[0] & FIRST))


def _event_at(lows: list[str], k: int) -> bool:
    """A two-word school event starts at ``lows[k]`` ("sports day", "prize giving")."""
    return tuple(lows[k : k + 2]) in _EVENTS


def _town_after(toks: Sequence[Tok], lows: list[str], end: int, text: str) -> bool:
    """A town of the town list, or a word no list knows, right after a patron's name ("sacred
    heart mentone", "holy cross kilbarrack")."""
    if end >= len(toks) or not _joined(toks, end - 1, end + 1, text):
        return False
    low = lows[end]
    if low in _NOT_SCHOOL:
        return False  # "holy cross anglican"
    unknown = low.isalpha() and len(low) >= 4 and lexicon().words.get(low) is None and not refused(low)
    return low in wl.entries("towns") or unknown


def _saint_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of "st <name>" starting at ``toks[i]`` ("st declans", "st caths"), or 0."""
    if lows[i] not in _SAINT or i + 1 >= len(toks) or not _joined(toks, i, i + 2, text):
        return 0
    name = lows[i + 1]
    if not name.isalpha() or len(name) < 3 or name in STOP:
        return 0
    saints = wl.entries("school_saints")
    town = f"st {name}" in wl.entries("towns")
    if (name not in saints and (not name.endswith("s") or town)) or (town and not name.endswith("s")):
        return 0  # "st kilda kids", "st albans kids", "st george kids": a town's; a saint's school has its "s"
    return i + 2


def _titled_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of a title and the name a school of the gazetteer is named after, starting at
    ``toks[i]`` ("cardinal newman", "lord byng"), or 0; never a famous one ("king charles")."""
    if lows[i] not in _TITLES or i + 1 >= len(toks) or not _joined(toks, i, i + 2, text):
        return 0
    name = lows[i + 1]
    if not name.isalpha() or len(name) < 3 or name in STOP or refused(name):
        return 0
    if f"{lows[i]} {name}" in wl.entries("famous"):
        return 0
    gaz = gazetteer()
    flags = gaz.flags(name)
    known = gaz.flags(f"{lows[i]} {name}") is not None or (flags is not None and flags & FLAG_DISTINCT)
    return i + 2 if known else 0


def _bishop_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of a church title and a surname the gazetteer may lack, starting at ``toks[i]``
    ("bishop kerrigan", "cardinal heenan"), or 0: schools are named so, and before its pupils
    the pair is the school. Never an everyday word, a given name or a famous one."""
    if lows[i] not in _CHURCH_TITLES or i + 1 >= len(toks) or not _joined(toks, i, i + 2, text):
        return 0
    name = lows[i + 1]
    if not name.isalpha() or len(name) < 3 or name in STOP or refused(name) or bare_given(name):
        return 0
    if common(name, lexicon()) or f"{lows[i]} {name}" in wl.entries("famous"):
        return 0
    return i + 2


def _known_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of one or two words starting at ``toks[i]`` that the gazetteer holds as a
    distinctive school name ("campion", "lord byng"), or 0. Not a town, a famous name, a given
    name alone or an everyday word: before a school event the name is then the school's."""
    if i > 0 and (lows[i - 1] in _SAINT or (_joined(toks, i - 1, i + 1, text) and lows[i - 1] not in STOP)):
        return 0  # the name starts earlier ("st campion", "the old campion")
    gaz = gazetteer()
    for n in (2, 1):
        if i + n > len(toks) or not _joined(toks, i, i + n, text):
            continue
        name = " ".join(lows[i : i + n])
        flags = gaz.flags(name)
        if flags is None or not flags & FLAG_DISTINCT or flags & FLAG_COMMON:
            continue
        if name in wl.entries("towns") or name in wl.entries("famous") or any(refused(w) for w in lows[i : i + n]):
            return 0
        if n == 1 and (common(name, lexicon()) or bare_given(name)):
            return 0
        return i + n
    return 0


#: A school's acronym of four or five letters ending in a school's letters, with no vowel:
#: primary, high, grammar, boys' high school ("tgps", "kbhs"); no word has that shape.
_LETTERS = re.compile(r"[b-df-hj-np-tv-xz]{1,3}(?:ps|hs|gs)")
#: The same acronym written in capitals, where a vowel may stand ("QEGS": Queen Elizabeth's Grammar School).
_CAPS_LETTERS = re.compile(r"[a-z]{2,3}(?:ps|hs|gs)")
#: English words of that shape that may be shouted ("EGGS", "HUGS").
_WORDS_GS = words("eggs hugs bugs mugs pigs bags digs dogs logs rugs jugs tugs wigs gigs legs cogs hogs fogs jogs gps")


#: A three-letter acronym of a girls' or boys' college ("wgc", "kbc"), with no vowel: a school
#: only before its own pupils ("wgc girls", "kbc boys"), as three letters mean many things.
_SEXED = re.compile(r"[b-df-hj-np-tv-xz][gb]c")
_SEXED_PUPILS = {"g": "girls", "b": "boys"}
#: Chat shortenings of that shape ("tbc": to be confirmed).
_CHAT = words("tbc")


def _chain_end(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int:
    """End index of a chain's name alone at ``toks[i]`` ("DPS", "dav", "bishop cotton") or of a
    school's acronym ("tgps"), or 0."""
    if 4 <= len(lows[i]) <= 5 and _LETTERS.fullmatch(lows[i]) and lows[i] not in not_schools():
        return i + 1
    written = text[toks[i].start : toks[i].end]
    if 4 <= len(lows[i]) <= 5 and written.isupper() and _CAPS_LETTERS.fullmatch(lows[i]) and lows[i] not in _WORDS_GS:
        return i + 1  # "QEGS lads", "AHS girls": in capitals, a vowel may stand in the acronym
    sexed = _SEXED.fullmatch(lows[i]) and lows[i] not in not_schools() | _CHAT and i + 1 < len(toks)
    if sexed and lows[i + 1] == _SEXED_PUPILS[lows[i][1]] and _joined(toks, i, i + 2, text):
        return i + 1  # "wgc girls": a girls' college by its girls
    n = wl.longest_at("school_acronym", lows, i)
    if not n or not _joined(toks, i, i + n, text):
        return 0
    if n > 1:
        return i + n  # "bishop cotton boys", "ryan international kids"
    low = lows[i]
    written = text[toks[i].start : toks[i].end]
    if written.isupper() or not set(low) & set("aeiou"):
        return i + 1
    # a chain's name that is no English word ("Beaconhouse canteen", "loreto girls"; not "Mercy kids")
    return i + 1 if len(low) >= 5 and not common(low, lexicon()) else 0


def _pupils_after(toks: Sequence[Tok], lows: list[str], end: int, text: str, *, school: bool = False) -> bool:
    """A school's pupils or things right after the name ending at ``end``, and no church or club
    near; with ``school`` (a school word already follows the patron), only no church or club."""
    near = lows[end : end + 3]
    if not _NOT_SCHOOL.isdisjoint(near) or any(_AGE_GROUP.fullmatch(w) for w in near):
        return False
    if school:
        return True
    if end >= len(toks) or not _joined(toks, end - 1, end + 1, text):
        return False
    if lows[end] in _YEAR_AFTER and end + 1 < len(toks) and lows[end + 1].isdigit() and len(lows[end + 1]) <= 2:
        return True  # "lord byng grade 9", "st declans year 6"
    return lows[end] in _GROUP or tuple(lows[end : end + 2]) in _EVENTS


def _joined(toks: Sequence[Tok], i: int, j: int, text: str) -> bool:
    """``toks[i:j]`` follow each other with only a space or two (or a dot) between."""
    return all(0 < len(g := text[toks[k - 1].end : toks[k].start]) <= 2 and not g.strip(" .") for k in range(i + 1, j))
