"""Schools named by the short name a whole country knows them by (:mod:`leakscan.scanners.school`,
issue 10 family 2): "yr 9 at mags", "my bestie from campion", "achimota boys", "psbb olympiad
result", read from the lexicon's ``school_known``. The name alone may be a famous school spoken
of in passing, so it is a school only with a word of attending before it ("at", "from", "into",
"go to"), a word of its pupils, teams, events or pride after it ("boys", "gang", "rugby", "open day",
"represent"), or in a post that tells the child's school year ("class 7 e pori <name>"). A name that ends
in a school's own word ("moi girls", "royal college") needs none of them, and a school word right after
a short name joins its span ("tangaroa college"). In a hashtag, the name alone or before such a word
("#rangitotopride", "#mlcswimming").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from .base import words
from .school_years import SCHOOL_YEAR

Span = tuple[int, int, float]

#: Right before the name: the child goes there, comes from there, got in, plays them (not "a" or "for", though
#: Patois "mi deh a <name>" and "quiz for <name>" say it: "a mags", "for mags" are magazines as much).
_BEFORE = words(
    "at from to into attend attends attending joined joining leaving left go goes went @ vs v against beat"
    " playing play played plays"  # a fixture against them ("we're playing <name> in the cup")
)
#: Right after the name: its pupils, teams, events and things ("campion boys", "mags rugby", Patois "<name> man dem").
_AFTER = words(
    """boys girls kids lads gang things students uniform vs v rugby hockey netball cricket football soccer
    swimming sports open zoning team teams choir band olympiad result results fest carnival crew haka rowing
    basketball athletics teachers teacher canteen gate bus old pride represent representing
    quiz match derby polyfest spirit exams entrance debate concert gala formal principal annual
    college high school primary secondary academy grammar man"""
)
#: School words that end a known name: the name says it is a school by itself ("moi girls", "royal college").
_HEADS = words("girls boys college grammar high school primary secondary academy institution")
#: School words that join the known name they follow ("tangaroa college", "beaconhouse school"; its pupils,
#: "campion boys", stay outside).
_JOINS = words("college grammar high school primary secondary academy")


@cache
def _pattern() -> re.Pattern[str]:
    """The lexicon's names as one alternation, longest first, between word boundaries."""
    names = sorted(wl.entries("school_known"), key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s{1,3}") for n in names)
    return re.compile(rf"(?<![\w'’.-])(?:{alternation})(?![\w'’-])")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name: a post holding none of them is passed over (one cheap check)."""
    return frozenset(re.split(r"[\s.]", name)[0] for name in wl.entries("school_known"))


#: A run of letters (the words of the cheap check).
_LETTERS = re.compile(r"[a-z]+")
#: The word right before a position, and right after one.
_WORD_BEFORE = re.compile(r"([@\w'’]+)\s{1,3}$")
_WORD_AFTER = re.compile(r"\s{1,3}([\w'’]+)")


@cache
def _glued() -> dict[str, str]:
    """The names written run together as in a hashtag ("lamartiniere", "macrob"), to themselves."""
    return {re.sub(r"[\s.]", "", n): n for n in wl.entries("school_known")}


#: A hashtag's body.
_TAG = re.compile(r"(?<![\w#])#([a-z]{3,40})(?![\w])")
#: The shortest name a hashtag may hold alone ("#affies"; not "#kes", "#mags": words or other things too).
_ALONE = 5


def _tagged(folded: str) -> Iterator[Span]:
    """A known name in a hashtag, alone or before a word of its pupils, teams or pride ("#affies",
    "#rangitotopride", "#mlcswimming"): the name's letters inside the tag."""
    glued = _glued()
    for m in _TAG.finditer(folded):
        body = m.group(1)
        for n in range(len(body), 2, -1):
            rest = body[n:]
            if body[:n] in glued and ((not rest and n >= _ALONE) or rest in _AFTER):
                yield m.start(1), m.start(1) + n, 0.6
                break


def known_schools(folded: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of each known school name with a word of attending before it or
    of its pupils or events after it (see the module docstring), or in a hashtag (:func:`_tagged`)."""
    if "#" in folded:
        yield from _tagged(folded)
    if _first_words().isdisjoint(_LETTERS.findall(folded)):
        return  # the names' alternation is slow to scan (~4 us a post): most posts hold no first word
    school_year = SCHOOL_YEAR.search(folded) is not None  # "class 8 <name> er bondhura", "gr 9 ... <name>"
    for m in _pattern().finditer(folded):
        before = _WORD_BEFORE.search(folded, max(0, m.start() - 16), m.start())
        after = _WORD_AFTER.match(folded, m.end())
        if (
            school_year
            or m.group().split()[-1] in _HEADS
            or (before is not None and before.group(1) in _BEFORE)
            or (after is not None and after.group(1) in _AFTER)
        ):
            end = after.end() if after is not None and after.group(1) in _JOINS else m.end()
            yield m.start(), end, 0.6
