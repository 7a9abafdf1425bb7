"""Ages beyond the forms of :mod:`.age` and :mod:`.age_world`, for the age scanner: the ages of other languages
(:func:`~.age_languages.language_ages`) and the English saying "<N> going on <N+1>" ("12 going on 13 and still
no phone"): the first number is the child's age now (the coming one is not reported: most writers mark only the
age now, as after "im"); a senior year right after its school ("<name> high s2"); and a class with its section
("<name> from 8 b").
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

#: A class and its section, as South Asian schools name a form ("<name> from 8 b", "im in 7c", "in class 9-d"):
#: after "from" or "in", then "class" before it, or the end, a mark or a word that goes on about the class after it
#: (not "in 5 a day", "in 7c weather").
_SECTION = re.compile(
    r"(?<![\w'’])(?:from|in)\s{1,3}(?:(?P<c>(?:class|std)\s{1,3}(?:[4-9]|1[0-2])\s?-?\s?[a-f])(?![\w'’])"
    r"|(?P<y>(?:[4-9]|1[0-2])\s?-?\s?[a-f])(?![\w'’])"
    r"(?=\s{0,3}(?:$|[!?.,]|[^\x00-\x7f]|(?:is|are|was|were|and|section|sec|class|ke|ki|ka|wale|lol|too|now)(?![\w'’]))))"
)


#: New Zealand's intermediate school (years 7 and 8) as a stage the child starts, is at or leaves ("starting
#: intermediate next year", "finally at intermediate!!"); not a level of a course ("intermediate swimming").
_INTERMEDIATE = re.compile(
    r"(?<![\w'’])(?:starting|start|starts|started|going\s{1,3}to|off\s{1,3}to|finishing|finished|leaving|left"
    r"|(?:im|i['’]m|finally)\s{1,3}(?:in|at))\s{1,3}(?P<y>intermediate)"
    r"(?=\s{0,3}(?:$|[!?.,]|[^\x00-\x7f]|(?:next|this|tomorrow|tmrw|soon|and|im|i['’]m|so|at|lol)(?![\w'’])))"
)


def class_sections(folded: str) -> Iterator[Span]:
    """The class of a class and its section (:data:`_SECTION`), and New Zealand's intermediate as a stage."""
    if "from " in folded or "in " in folded:
        for m in _SECTION.finditer(folded):
            group = "c" if m.group("c") else "y"
            yield m.start(group), m.end(group), 0.7
    if "intermediate" in folded:
        for m in _INTERMEDIATE.finditer(folded):
            yield m.start("y"), m.end("y"), 0.7


def more_ages(folded: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of the ages of other languages, of "<N> going on <N+1>" and of a senior year
    after its school."""
    yield from language_ages(folded)
    yield from going_on(folded)
    yield from school_then_year(folded)
    yield from class_sections(folded)
