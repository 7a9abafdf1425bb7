"""Schools named by a person's or a place's name and a school type written short
(:mod:`leakscan.scanners.school`, issue 10 family 4): "brannock ms", "mckinley ms", "oak hollow
elem", "north valley hs", "maple ridge PS", "harmony bridge charter", "hollybrook juniors",
"sta. rosa nhs", "sujatha balika". The type words are the lexicon's ``school_type`` family.

The name is the one to three words right before the type. NER and the town list read it as a
person or a place; the type makes the whole a school (the SCHOOL finding then wins the span).
A name is:

* one word that is no everyday word: a surname, a town, a word no list knows, or a given name
  that some school is named after ("brannock", "mckinley", "coronado"; not "sarah hs graduation",
  "thanks jess ps");
* or two or three words whose last is a name or a place word ("oak hollow", "maple ridge",
  "north valley", "hollis creek"): everyday words then make a place-like name.

Quiet when the name is a stop word or a generic one ("my hs", "old elem"), a brand, a game, a
country or an everyday acronym ("fortnite hs", "uk nhs"); when "ms" is a title ("priyanka ms
huang": a name follows it); when "juniors" or "infants" are a club's team or a school year
("penrith panthers juniors u9s", "junior infants").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from .. import lexicon as wl
from ..truecase import WORD, lexicon
from .base import words
from .school_names import GENERIC, HEAD_COMPOUND_NEXT, SCHOOL_COMPOUND_NEXT, STOP, SUFFIX_WORDS
from .school_world import Span, Tok, bare_given, refused

#: Types that are also a title before a surname ("ms huang"): the word after must be no name.
_TITLES = words("ms")
#: Types that are also a club's or a year's group ("club juniors", "junior infants").
_GROUPS = words("juniors infants")
#: Words before a group type that make it a club's team or a school year, not a school.
_NOT_BEFORE_GROUP = words("junior senior club fc afc rfc gaa cricket golf tennis rugby football soccer netball")
#: Words after a type that make it something else ("ms paint", "hs code", "ps plus").
_NOT_AFTER = words(
    """paint word excel office teams edge store plus code codes student students network app
    appointment doctor doctors nurse nurses hospital dentist waiting trust plane planes flight
    flights boat boats jet jets yacht"""
)
_AGE_GROUP = re.compile(r"u\d{1,2}s?|under\d{0,2}")
#: The longest name read before a type.
_MAX_NAME = 3


def typed_triggered(folded: str) -> bool:
    """True when ``folded`` holds a school type's word (cheap pre-check)."""
    found = wl.WORD_RE.findall(folded)
    return not _type_words().isdisjoint(w.removesuffix("'s").removesuffix("’s") for w in found)


def typed_schools(toks: Sequence[Tok], text: str) -> Iterator[Span]:
    """The schools of the module docstring: ``(start, end, confidence)``."""
    lows = [wl.unaccented(t.word) for t in toks]
    owned = [text[t.end - 2 : t.end] in ("'s", "’s") for t in toks]
    types = [low[:-1] if own else low for low, own in zip(lows, owned, strict=True)]  # "lincoln elem's"
    i = 1
    while i < len(toks):
        n = wl.longest_at("school_type", types, i)
        if not n or not _adjacent(toks, i - 1, text) or not _type_fits(toks, types, i, n, text):
            i += 1
            continue
        k = _name_start(toks, lows, i, text)
        if k is not None:
            end = toks[i + n - 1].end - (2 if owned[i + n - 1] else 0)
            yield toks[k].start, end, 0.65
        i += n
    yield from _plain_schools(toks, lows, text)


def _plain_schools(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    """A two-word name before "school" written in lower case ("tirau north school", "rising sun
    school"): each word a name or often written capitalised, neither a stop word nor a generic
    one ("old school", "summer school", "my new school"), and no compound after ("... school bus")."""
    for i in range(2, len(toks)):
        if lows[i] != "school" or not (_adjacent(toks, i - 2, text) and _adjacent(toks, i - 1, text)):
            continue
        if i + 1 < len(toks) and lows[i + 1] in SCHOOL_COMPOUND_NEXT:
            continue
        pair = lows[i - 2 : i]
        if i > 2 and _adjacent(toks, i - 3, text) and lows[i - 3] not in STOP:
            continue  # a longer name or a phrase: the other rules' ("rangi ruru girls school")
        if any(w in STOP or w in GENERIC or w in SUFFIX_WORDS or refused(w) for w in pair):
            continue
        if any(w.endswith(("ed", "ing")) and lexicon().words.get(w) is None for w in pair):
            continue  # "kai wagged school": a verb no list knows
        if all(name_like(w) or proper(w) for w in pair) and " ".join(pair) not in wl.entries("famous"):
            yield toks[i - 2].start, toks[i].end, 0.6


def _type_fits(toks: Sequence[Tok], lows: list[str], i: int, n: int, text: str) -> bool:
    """The type at ``toks[i:i+n]`` is a school's, not a title, a club's group or a compound."""
    after = lows[i + n] if i + n < len(toks) and _adjacent(toks, i + n - 1, text) else ""
    typ = " ".join(lows[i : i + n])
    if after in _NOT_AFTER or after in HEAD_COMPOUND_NEXT.get(typ, ()):
        return False
    if typ in _TITLES and after and name_like(after) and after not in wl.entries("school_mascots"):
        return False  # "priyanka ms huang": Ms Huang; "lincoln ms eagles" is the school's team
    if typ in _GROUPS:
        if lows[i - 1] in _NOT_BEFORE_GROUP or lows[i - 1] in wl.entries("club_suffix"):
            return False  # "cricket club juniors", "senior infants"
        if any(_AGE_GROUP.fullmatch(w) for w in lows[i + n : i + n + 2]):
            return False  # "holmfirth juniors u11s": a club's team
    return True


def _name_start(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> int | None:
    """Index of the first word of the name before the type at ``toks[i]``, or None when no name.

    The shortest name that stands ("kurrajong", "oak hollow"), grown to the left over words that
    are names too or open a place's name ("sta. rosa", "north valley"), never over an everyday
    word ("we beat kurrajong ps" is "kurrajong ps")."""
    k = i
    while k > 0 and i - k < _MAX_NAME and _adjacent(toks, k - 1, text):
        low = lows[k - 1]
        if low in _INITIALS:
            return k - 1  # "JFK MS": the whole name
        if low in STOP or not low.isalpha() or low in _type_words() or refused(low):
            break
        k -= 1
    first = next((s for s in range(i - 1, k - 1, -1) if _stands(lows[s:i])), None)
    if first is None or " ".join(lows[first:i]) in wl.entries("famous"):
        return None
    while first > k and (name_like(lows[first - 1]) or lows[first - 1] in _OPENERS or proper(lows[first - 1])):
        first -= 1
    return first


def _stands(name: list[str]) -> bool:
    """``name`` is a school's name by itself: one name word, or words ending in a name or place word."""
    if name[0] in GENERIC:
        return False
    if len(name) == 1:
        low = name[0]
        if bare_given(low):
            return False  # "sarah hs graduation", "thanks jess ps": hers, or a postscript
        return name_like(low) and len(low) >= 4
    if any(not (name_like(w) or proper(w) or w in _OPENERS) for w in name[:-1]):
        return False
    if bare_given(name[-1]) and not all(name_like(w) or w in _OPENERS for w in name[:-1]):
        return False  # "thanks jess ps": an everyday word and a given name; "san jose nhs" stands
    return not everyday(name[-1])


#: Presidents' and leaders' initials that many US schools are named by ("JFK MS", "MLK elem"),
#: though the famous list (rightly) reads them as the people elsewhere.
_INITIALS = words("jfk mlk fdr rfk lbj")

#: Words that open a place's name, before a name or a place word ("sta. rosa", "north valley").
_OPENERS = words("sta sto san santa sant st mt mount fort port lake new north south east west upper lower")


#: The properness score (:meth:`~leakscan.truecase.Lexicon.score`) above which an everyday word
#: is often written capitalised, as a part of a place's name ("silver", "oak", "harmony"); verbs
#: before a school ("beat", "love", "won") score lower.
_PROPER = -2.2


def proper(low: str) -> bool:
    """An everyday word often written as part of a name ("silver brook", "oak hollow")."""
    score = lexicon().score(low)
    return score is not None and score > _PROPER


def name_like(low: str) -> bool:
    """A word that can be a name: no everyday word (a surname, a given name, a town, or unknown)."""
    info = lexicon().words.get(low)
    return low.isalpha() and low not in STOP and (info is None or not info[0] & WORD)


def everyday(low: str) -> bool:
    """An everyday word and nothing else (no name, no place)."""
    info = lexicon().words.get(low)
    return info is not None and info[0] == WORD


@cache
def _type_words() -> frozenset[str]:
    """Every word of the ``school_type`` entries."""
    return frozenset(w for group in wl.phrases("school_type").values() for parts in group for w in parts)


def _adjacent(toks: Sequence[Tok], i: int, text: str) -> bool:
    """``toks[i]`` and the next word belong to one name: a space or two, or a dot ("sta. rosa")."""
    gap = text[toks[i].end : toks[i + 1].start]
    return 0 < len(gap) <= 2 and gap.strip(" .") == "" and "\n" not in gap
