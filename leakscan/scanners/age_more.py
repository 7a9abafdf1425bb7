"""Ages beyond the forms of :mod:`.age` and :mod:`.age_world`, for the age scanner: the ages of other languages
(:func:`~.age_languages.language_ages`) and the English saying "<N> going on <N+1>" ("12 going on 13 and still
no phone"): the first number is the child's age now (the coming one is not reported: most writers mark only the
age now, as after "im"); and a senior year right after its school ("<name> high s2").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .age_languages import language_ages
from .age_numbers import WORD_VALUE

Span = tuple[int, int, float]

_N = r"(?:1?\d|" + "|".join(sorted(WORD_VALUE, key=len, reverse=True)) + ")"
#: "<N> going on <M>" (M is checked to be the next year: "7 going on 30" is a saying of acting older, and
#: "13 going on 30" a film's title).
_GOING_ON = re.compile(
    rf"(?<![\w'’.,:/-])(?P<a>{_N})\s{{1,3}}going\s{{1,3}}on\s{{1,3}}(?P<b>{_N})(?![\w'’]|[.,:/]\d|\s{{0,2}}(?:o['’]?clock|am|pm)(?![\w'’]))"
)


#: Before the first number: the clock's words ("its 11 going on 12 and im still up" is the time).
_CLOCK_BEFORE = re.compile(r"(?:\bits|\bit['’]s|\bit\s{1,3}is|\btime\s{1,3}is)\s{1,3}\Z")


def _value(word: str) -> int:
    return int(word) if word.isdigit() else WORD_VALUE[word]


def going_on(folded: str) -> Iterator[Span]:
    """The age now of "<N> going on <N+1>", five to eighteen."""
    if "going on" not in folded:
        return
    for m in _GOING_ON.finditer(folded):
        a, b = _value(m.group("a")), _value(m.group("b"))
        if 5 <= a <= 18 and b == a + 1 and not _CLOCK_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            yield m.start("a"), m.end("a"), 0.75


#: A senior year right after a school's own word ("<name> high s2", "<name> college s.4", "<name> ss s1"): East
#: Africa's and Scotland's secondary years, written after the school as children list their school and year.
_SCHOOL_THEN_YEAR = re.compile(
    r"(?<![\w'’])(?:high|college|ss|sss|secondary|academy|girls|boys|seminary)\s{1,2}(?P<y>s\.?\s?[1-6])(?![\w'’])"
    r"(?!\s{0,2}(?:team|side|squad|league|cup|final|vs|v)(?![\w'’]))"
)


def school_then_year(folded: str) -> Iterator[Span]:
    """The senior year right after a school's word ("... high s1")."""
    for m in _SCHOOL_THEN_YEAR.finditer(folded):
        if not _OWNER_BEFORE.search(folded, max(0, m.start() - 8), m.start()):  # "my boys s2": no school's name
            yield m.start("y"), m.end("y"), 0.7


_OWNER_BEFORE = re.compile(r"(?:^|(?<![\w'’])(?:my|the|our|his|her|your|ur|a|some|and))\s{0,3}\Z")


def more_ages(folded: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of the ages of other languages, of "<N> going on <N+1>" and of a senior year
    after its school."""
    yield from language_ages(folded)
    yield from going_on(folded)
    yield from school_then_year(folded)
