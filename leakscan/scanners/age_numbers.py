"""Numbers as children write them, for the AGE and DATE_OF_BIRTH readers
(:mod:`leakscan.scanners.age`, :mod:`leakscan.scanners.birthdays`): digits, number words
("twelve", "twenty-one", "fourty"), ordinals ("5th", "fifth", "twenty first"), found in
reading order with how each is written (:func:`numbers`); and what both readers share: an
apostrophe as typed, the words of the folded text, and the clause before a position.
"""

from __future__ import annotations

import re
from typing import NamedTuple

UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
#: A sigh or a cheer a child may open a post with before an age shout ("ugh twelve and still no phone",
#: "yay 11 today"): the number is still the post's first word of meaning.
OPENER = r"(?:(?:ugh+|omg|lol|bruh|welp|sigh|yay+|woo+|lmao)\s{1,3})?"
#: After "<N> and" opening a post: what the child still can't do or is still made to ("13 and my mum still ...",
#: "11 and cant wait ..."), besides "still", "already", "finally".
AND_STILL = r"still|already|finally|cant|can['’]t|cannot|never|my\s{1,3}(?:mum|mom|mam|ma|parents|dad|da)"
#: "at last" after a new age ("13 at last 🥳"), not "at last count", "at the last minute".
AT_LAST = r"at\s{1,2}last(?![\w'’]|\s{1,2}(?:minute|min|count|night|week|year|time|game))"
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)

WORD_VALUE: dict[str, int] = {w: i + 1 for i, w in enumerate(UNIT_WORDS)}
WORD_VALUE.update({w: i + 10 for i, w in enumerate(TEEN_WORDS)})
WORD_VALUE.update({w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)})
WORD_VALUE["fourty"] = 40
ORD_VALUE: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_WORDS)}
ORD_VALUE.update({"thirtieth": 30, "twenty-first": 21, "twenty first": 21, "thirty-first": 31, "thirty first": 31})
for _i, _w in enumerate(_ORD_WORDS[1:9]):
    ORD_VALUE[f"twenty-{_w}"] = 22 + _i
    ORD_VALUE[f"twenty {_w}"] = 22 + _i

#: Number words, each alternative starting with a letter (lets the regex engine skip ahead fast).
_NUMW = "|".join(
    [rf"{w}(?:[ -]?(?:{'|'.join(UNIT_WORDS)})(?![a-z]))?(?![a-z])" for w in (*_TENS_WORDS, "fourty")]
    + [rf"{w}(?![a-z])" for w in sorted(TEEN_WORDS, key=len, reverse=True)]
    + [rf"{w}(?![a-z])" for w in UNIT_WORDS]
)
#: Number words and ordinal words. They start with a letter (no look-behind) so that the
#: regex engine can skip ahead quickly; the left word boundary is checked in code.
_NUM_WORD_RE = re.compile(_NUMW)
_ORD_WORD_RE = re.compile("(?:" + "|".join(sorted(_ORD_WORDS, key=len, reverse=True)) + r")(?![a-z])")
_DIGIT_RE = re.compile(r"[0-9]")  # the folded text has ASCII digits only
_DIGITS_RE = re.compile(r"[0-9][0-9]*")
#: Substrings one of which every number word or ordinal word contains (a cheap gate).
WORD_STEMS = (
    "one",
    "two",
    "thr",
    "four",
    "fif",
    "five",
    "six",
    "seven",
    "eight",
    "nin",
    "ten",
    "eleven",
    "twel",
    "twent",
    "thir",
    "fort",
    "first",
    "second",
)
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_NOT_BEFORE_NUMBER = frozenset(".,/:$£€¥₹₩₦₱₽₵#+-")  # a price in the regions' currencies too ("₹10", "₦50")
#: ... but a primary year written with a dot ("in p.6 at ...", Uganda's and Scotland's "p.6"): "p." then the number.
_DOTTED_YEAR = re.compile(r"(?<![\w.])p\.(?=\d(?!\d))")


class Num(NamedTuple):
    """A number in the folded text: where, its value, and how it is written."""

    start: int
    end: int
    value: int
    ordinal: bool
    #: A letter touches it on the left ("y7", "p5", "gr8"): only a unit-before form can use it.
    glued: bool
    word: bool


def numbers(folded: str) -> list[Num]:
    """Cardinal and ordinal numbers (digits up to 3, number words) in reading order."""
    out: list[Num] = []
    n = len(folded)
    if _DIGIT_RE.search(folded):
        for m in _DIGITS_RE.finditer(folded):
            start, end = m.span()
            if end - start > 3:
                continue  # a phone number, a year, a count: never an age
            left = folded[start - 1] if start else ""
            if left and (left in _NOT_BEFORE_NUMBER or left.isdigit()) and not _DOTTED_YEAR.match(folded, start - 2):
                continue
            nxt = folded[end : end + 2]
            if nxt[:1] in (".", ",", "/", ":") and nxt[1:2].isdigit():
                continue  # a decimal, a time, a date
            glued = left.isalpha() or left in ("'", "’", "_")
            if nxt in _ORDINAL_SUFFIXES and (end + 2 >= n or not folded[end + 2].isalnum()):
                if end - start <= 2:
                    out.append(Num(start, end + 2, int(m.group()), True, glued, False))
                continue
            out.append(Num(start, end, int(m.group()), False, glued, False))
    if any(stem in folded for stem in WORD_STEMS):
        for rx, ordinal in ((_NUM_WORD_RE, False), (_ORD_WORD_RE, True)):
            for m in rx.finditer(folded):
                start = m.start()
                if start and (folded[start - 1].isalpha() or folded[start - 1] == "-"):
                    continue
                value = _value(m.group())
                if value is not None:
                    out.append(Num(start, m.end(), value, ordinal, False, True))
        out.sort()
    return out


def _value(token: str) -> int | None:
    """The integer value of a cardinal or ordinal number token (digits or words)."""
    token = token.strip()
    if token[:1].isdigit():
        digits = token.rstrip("stndrh")
        return int(digits) if digits.isdigit() else None
    if token in ORD_VALUE:
        return ORD_VALUE[token]
    if token in WORD_VALUE:
        return WORD_VALUE[token]
    parts = re.split(r"[ -]", token, maxsplit=1)
    if len(parts) == 1:
        for tens in _TENS_WORDS:
            if token.startswith(tens) and token[len(tens) :] in WORD_VALUE:
                return WORD_VALUE[tens] + WORD_VALUE[token[len(tens) :]]
        return None
    if parts[0] in WORD_VALUE and parts[1] in WORD_VALUE:
        return WORD_VALUE[parts[0]] + WORD_VALUE[parts[1]]
    return None


# -- shared by the AGE and DATE_OF_BIRTH readers ---------------------------------------

#: An apostrophe as children type it.
APOS = r"['’ʼ`]"
WORD = re.compile(r"[a-z]{1,14}")
_CLAUSE_END = re.compile(r"[.!?\n;]")


def clause_before(folded: str, start: int, limit: int = 48) -> str:
    """The text of the clause just before ``start`` (at most ``limit`` characters)."""
    lo = max(0, start - limit)
    window = folded[lo:start]
    last = None
    for m in _CLAUSE_END.finditer(window):
        last = m
    return window[last.end() :] if last else window
