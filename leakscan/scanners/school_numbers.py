"""Schools known by their number (:mod:`leakscan.scanners.school_world`): a school word of the
``school_numbered`` list, maybe a word for "number", then the number: "secu 42", "liceo 7",
"escuela n° 14", "sp nr 12", "школа №57". Mexico's, Chile's, Uruguay's, Argentina's, Poland's and
Russia's state schools are called so; the number is the school's name, so the span is the word and
the number.

Quiet when the number is a count or a time ("escuela 2 horas", "liceo 4 años"), a decimal or a
time of day, or longer than three digits (a year: "colegio 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl

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


def numbered_schools(text: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of each numbered school in ``text``."""
    for m in _pattern().finditer(text):
        if not _COUNT_AFTER.match(text, m.end()):
            yield m.start(), m.end(), 0.7
