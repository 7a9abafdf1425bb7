"""Schools known by their number (:mod:`leakscan.scanners.school_world`): a school word of the
``school_numbered`` list, maybe a word for "number", then the number: "secu 42", "liceo 7",
"escuela n° 14", "sp nr 12", "школа №57". Mexico's, Chile's, Uruguay's, Argentina's, Poland's and
Russia's state schools are called so; the number is the school's name, so the span is the word and
the number. Poland's short words ("sp", "lo") need "nr", except right after a Polish preposition
("w sp 12"). A Chinese school is its district's or city's name, a number and its type ("donghai no. 3
middle school"): the span is the whole.

Quiet when the number is a count or a time ("escuela 2 horas", "liceo 4 años"), a decimal or a
time of day, or longer than three digits (a year: "colegio 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..truecase import lexicon
from .ner_words import common
from .school_names import STOP

Span = tuple[int, int, float]

#: A word for "number" between the school word and its number ("no 3", "nr 12", "n° 14", "№57").
_MARK = r"(?:(?:no|nr|n°|nº|num|núm|número|numero)\.?\s{0,2}|#\s{0,2}|№\s{0,2})?"
#: Words after the number that make it a count or a time, not a school's number.
_COUNT_AFTER = re.compile(
    r"\s{0,2}(?:años|anos|año|ano|horas|hora|hrs|hr|h|min|minutos|dias|días|semanas|meses|veces|vez|am|pm|lat|lata"
    r"|лет|года|год|часов|часа|x)(?![^\W\d_])",
    re.IGNORECASE,
)


@cache
def _pattern() -> re.Pattern[str]:
    """The school words of the list, longest first, each before an optional mark and a number."""
    alts = sorted(
        (re.escape(e).replace(r"\ ", r"\s{1,2}") for e in wl.entries("school_numbered")), key=len, reverse=True
    )
    return re.compile(
        rf"(?<![\w'’@#-])(?:{'|'.join(alts)})\s{{1,2}}{_MARK}(?P<n>\d{{1,3}})(?![\w:/%'’°-]|[.,]\d)",
        re.IGNORECASE,
    )


@cache
def _polish_pattern() -> re.Pattern[str]:
    """The short school words of the list that need "nr" ("sp nr", "lo nr"), written without it
    right after a Polish preposition ("w sp 12", "do lo 3", "ze sp 4"): the preposition says the
    short word is the school (alone, "sp 12" may be a game's skill points)."""
    short = sorted(re.escape(e[: -len(" nr")]) for e in wl.entries("school_numbered") if e.endswith(" nr"))
    return re.compile(
        rf"(?<![\w'’@#-])(?:w|we|do|z|ze|od)\s{{1,2}}(?P<school>(?:{'|'.join(short)})\s{{1,2}}\d{{1,3}})"
        r"(?![\w:/%'’°-]|[.,]\d)",
        re.IGNORECASE,
    )


#: A name, a number and a school type ("donghai no. 3 middle school", "xinhua no 2 primary"): Chinese
#: schools are numbered within their district or city's name, and written so in English.
_NAME_NUMBER_TYPE = re.compile(
    r"(?<![\w'’@#-])(?P<name>[^\W\d_]{3,20})\s{1,2}(?:no\.?|#)\s{0,2}\d{1,3}\s{1,2}"
    r"(?:primary|middle|high|secondary|elementary|junior\s{1,2}high|senior\s{1,2}high)(?:\s{1,2}school)?(?![\w'’-])",
    re.IGNORECASE,
)


def numbered_schools(text: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of each numbered school in ``text``."""
    for m in _pattern().finditer(text):
        if not _COUNT_AFTER.match(text, m.end()):
            yield m.start(), m.end(), 0.7
    for m in _polish_pattern().finditer(text):
        if not _COUNT_AFTER.match(text, m.end()):
            yield m.start("school"), m.end("school"), 0.7  # "jestem w sp 4"
    if "no" in text.lower() or "#" in text:
        lex = lexicon()
        for m in _NAME_NUMBER_TYPE.finditer(text):
            name = m.group("name").lower()
            if name not in STOP and not common(name, lex) and name not in wl.entries("famous"):
                yield m.start(), m.end(), 0.7  # "donghai no. 3 middle school"; not "the no. 1 high school"
