"""A phone number a picture shows more than once: read again, or on a poster's tear-off strips.

A lost pet's poster repeats its phone number on a row of strips a child tears off, each
printed sideways and read crooked by the OCR; a letterhead prints its number at the head and the
foot. :func:`~.screen_text.laid_out` asks these rules about the picture's text once the phone
scanner has found the number: every copy of it must be covered, or the covered copy still
shows it.

* :func:`repeats`: another reading of the number (its digits in order, whatever became of its
  brackets and dashes, a few misread);
* :func:`tear_offs`: a line that is nothing but number words, two of them starting the way the
  number does: the strips, read too crooked for :func:`repeats`.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A word as an OCR reads it.
_TOKEN = re.compile(r"\S{1,40}")


#: A word of a number as an OCR reads it: digits, brackets, dashes, dots, a plus.
_NUMBERISH = re.compile(r"[-+().,/\d]{1,40}")
#: A number read again may differ from the one found by one digit in this many (a tear-off
#: strip's crooked "(902-5555 (50173"): three in a ten-digit number. Only numbers a picture
#: already shows are read again this way: a picture without a phone number has none.
FUZZ = 3


def repeats(text: str, numbers: set[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of up to four words of digits in ``text`` that read as one
    of ``numbers`` (the digits of phone numbers found in the same picture), whatever became of
    its brackets and dashes, and with up to one digit in :data:`FUZZ` read wrong, missed or
    doubled ("(902-555(0173", "02115 555 50179" on a poster's tear-off strips): the same
    number read again, which a covered copy must hide too."""
    if not numbers:
        return
    longest = max(map(len, numbers))
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        best: tuple[int, int] | None = None  # (digits read wrong, last token)
        digits = ""
        for j in range(i, min(i + 4, len(tokens))):
            if not _NUMBERISH.fullmatch(tokens[j].group()) or len(digits) > longest + 2:
                break
            digits += "".join(c for c in tokens[j].group() if c.isdigit())
            for n in numbers:
                if abs(len(digits) - len(n)) <= len(n) // FUZZ:
                    d = _distance(digits, n)
                    if d <= len(n) // FUZZ and (best is None or d < best[0]):
                        best = (d, j)
        if best is None:
            i += 1
            continue
        yield tokens[i].start(), tokens[best[1]].end()
        i = best[1] + 1


def _distance(a: str, b: str) -> int:
    """The edit distance between two short strings (digits wrong, missing or added)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


#: A strip's number is known by how it starts: its first digits, this many...
_HEAD = 3
#: ... with up to this many of them read wrong ("07006" for "07700...").
_HEAD_WRONG = 1
#: Strips on one line of the picture, at least this many (one number read twice is :func:`repeats`').
_STRIPS = 2
_LINE = re.compile(r"[^\n]{1,400}")


def tear_offs(text: str, numbers: set[str], taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of words on a line of ``text`` that is nothing but number
    words (three or more), where at least :data:`_STRIPS` of them start the way one of
    ``numbers`` (the digits of the phone numbers found in the picture) starts, a digit maybe
    misread, and the line holds a whole number's digits: a poster's row of tear-off strips read
    too crooked for :func:`repeats` ("07006 0004 07006 004 0700 0004"). Words already in
    ``taken`` (what :func:`repeats` found) are left out of the runs."""
    heads = {n[:_HEAD] for n in numbers if len(n) >= 7}
    if not heads:
        return
    shortest = min(len(n) for n in numbers if len(n) >= 7)
    for line in _LINE.finditer(text):
        words = list(_TOKEN.finditer(text, line.start(), line.end()))
        if len(words) < 3 or not all(_NUMBERISH.fullmatch(w.group()) for w in words):
            continue
        digits = ["".join(c for c in w.group() if c.isdigit()) for w in words]
        if sum(map(len, digits)) < shortest or sum(_starts_as(d, heads) for d in digits) < _STRIPS:
            continue
        run: tuple[int, int] | None = None
        for w in words:
            if any(s < w.end() and w.start() < e for s, e in taken):
                if run:
                    yield run
                run = None
            else:
                run = (run[0], w.end()) if run else w.span()
        if run:
            yield run


def _starts_as(digits: str, heads: set[str]) -> bool:
    """Whether ``digits`` start as one of ``heads`` does, up to :data:`_HEAD_WRONG` digits wrong."""
    return len(digits) >= _HEAD and any(
        sum(a != b for a, b in zip(digits[:_HEAD], head, strict=True)) <= _HEAD_WRONG for head in heads
    )


#: A chat's header: the contact's icon read as "#", then a phone number alone on its line
#: ("# 07700 900123"): the chat is with a number not saved as a contact. The phone scanner
#: reads a "#" before digits as a number's label ("# 12"), never as a phone.
_ICON_NUMBER = re.compile(r"(?m)^[ \t]{0,3}#[ \t]{1,2}(?P<number>\+?\d[\d \t-]{8,16}\d)[ \t]*$")
#: What a chat's screen shows besides (a ticket's "# 0123456789" shows none).
_CHAT_SCREEN = re.compile(r"\b(?:message|imessage|text message|today|yesterday|online|typing)\b")


def header_numbers(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a phone number heading a chat after its contact's icon (``typed`` in
    lower case): ten to thirteen digits starting with "0" or "+", on a chat's screen."""
    if not _CHAT_SCREEN.search(typed):
        return
    for m in _ICON_NUMBER.finditer(typed):
        number = m.group("number")
        digits = sum(c.isdigit() for c in number)
        if 10 <= digits <= 13 and number[0] in "0+":
            yield m.span("number")
