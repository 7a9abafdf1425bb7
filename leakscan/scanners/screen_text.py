"""What text read from a picture means beyond what the text scanners find in it.

A screenshot or a sign is laid out, not written: a name heads a chat or a profile with no "my
username is" before it, a poster repeats its phone number on tear-off strips the OCR reads
crooked, and a weather app puts a city over a temperature. :func:`~.pixel_text.scan_pixels_text`
asks these rules about the assembled text (:attr:`~.pixel_text.PixelText.text`, lines as the
picture shows them):

* :func:`screen_names`: a handle-shaped word that starts a line or stands before a chat's time
  stamp or status ("bluebird_61 sent you a snap", "mia.dances63 active now");
* :func:`repeats`: another reading of a phone number the picture already shows (its digits in
  the same order, whatever the OCR made of the brackets and dashes around them);
* :func:`house_plaques`: a house number's plaque beside or under a street's sign ("Chapel Lane"
  over "14"; the number over the street is read as one address by :func:`~.pixel_text.as_typed`);
* :func:`name_over_age`: a given name alone on its line over a number alone (a cake's topper, a
  banner, a shirt: "Benjamin" over "9");
* :func:`contact_name`: the name heading a phone's contact card, right over its "mobile" line;
* :func:`forecast_city`: a big city a weather app shows the forecast for, which names no one.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES
from .base import words as word_set
from .ner_words import given_name

#: A handle's shape: letters and digits joined by "_" or "." ("ninjacat_56", "mia.dances63",
#: "sk8r_11"), at least three letters: no time, price, version or code ("v1.2", "sw-4845").
_HANDLE = r"(?<![\w.@/])(?=(?:[0-9._]{0,40}[a-z]){3})[a-z0-9]{1,30}(?:[._][a-z0-9]{1,30}){1,4}(?![\w@/]|\.\w)"
#: ... at the start of a line, after "from", or before a chat's time stamp or status.
_SCREEN_NAME = re.compile(
    rf"(?m)(?:^[ \t]{{0,3}}|\bfrom[ \t]{{1,3}})(?P<a>{_HANDLE})"
    rf"|(?P<b>{_HANDLE})(?=[ \t]{{1,3}}(?:today|yesterday|active|online|sent|replied|liked|commented|level\b|lvl\b"
    rf"|\d{{1,2}}:\d{{2}}))"
)
#: Words a domain ends with: a link is the link scanner's ("mia.dances" is a handle, "mia.com" is not).
_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|tv|gg|me|co|uk|au|nz|ca|in|za|ie|us|app|dev|ly|be|to)$")


def screen_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each handle-shaped word heading a line, a chat message or a
    notification in ``text`` (lower case, as the scanners read it)."""
    for m in _SCREEN_NAME.finditer(text):
        group = "a" if m.group("a") else "b"
        word = m.group(group)
        if "_" in word or (not _DOMAIN_END.search(word) and any(c.isdigit() for c in word)):
            yield m.start(group), m.end(group)


_TOKEN = re.compile(r"\S{1,40}")


def repeats(text: str, numbers: set[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of up to four words in ``text`` whose digits are one of
    ``numbers`` (the digits of phone numbers found in the same picture): the same number read
    again, whatever became of its brackets and dashes ("(902-555(0173" on a tear-off strip)."""
    if not numbers:
        return
    prefixes = {n[:i] for n in numbers for i in range(1, len(n) + 1)}
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        if not any(c.isdigit() for c in tokens[i].group()):
            i += 1
            continue
        digits = ""
        for j in range(i, min(i + 4, len(tokens))):
            digits += "".join(c for c in tokens[j].group() if c.isdigit())
            if digits in numbers:
                yield tokens[i].start(), tokens[j].end()
                i = j
                break
            if digits and digits not in prefixes:
                break
        i += 1


#: Street types a sign's name ends with ("chapel lane", "birchwood ct", "railway parade").
_STREET_TYPES = STRONG_SUFFIXES | MEDIUM_SUFFIXES
#: A line that is a house number alone ("14", "7b", "4/22": a unit and its number).
_NUMBER_LINE = re.compile(r"(?m)^[ \t]{0,3}\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?[ \t]{0,3}$")


def house_plaques(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` from a street's sign to the house number under it, or from the number to
    the sign after it, at most two lines apart ("chapel lane harrogate" then "14"): one address."""
    lines = _lines(text)
    streets = [
        k
        for k, (a, b) in enumerate(lines)
        if (ws := text[a:b].split()) and len(ws) >= 2 and any(w.strip(".,") in _STREET_TYPES for w in ws[1:])
    ]
    for k, (a, b) in enumerate(lines):
        if not _NUMBER_LINE.fullmatch(text, a, b):
            continue
        near = [j for j in streets if 0 < abs(j - k) <= 2]
        if near:
            j = min(near, key=lambda j: abs(j - k))
            yield (lines[j][0], b) if j < k else (a, lines[j][1])


#: Months and days: a calendar's "June" over "9" names no one.
_CALENDAR = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
    " jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)
_AGE = r"(?:[1-9]|1[0-8])"
_AGE_LINE = re.compile(rf"[ \t]{{0,3}}{_AGE}[ \t]{{0,3}}")
#: A line that is a name alone, maybe with an age after it.
_NAME_AGE = re.compile(rf"[ \t]{{0,3}}(?P<name>[^\W\d_]{{2,20}})(?:[ \t]{{1,3}}(?P<age>{_AGE}))?[ \t]{{0,3}}")


def name_over_age(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (age start, end))`` for each line that is one given name (the
    names lexicon's, no month or day) over a line that is a number from 1 to 18, or followed
    by that number on its line ("Benjamin 9": the OCR reads a topper as one block)."""
    from ..truecase import FIRST, lexicon

    words = lexicon().words
    lines = _lines(text)
    for k, (a, b) in enumerate(lines):
        m = _NAME_AGE.fullmatch(text, a, b)
        if m and m.group("age"):
            name, age = m.span("name"), m.span("age")
        elif m and k + 1 < len(lines) and _AGE_LINE.fullmatch(text, *lines[k + 1]):
            c, d = lines[k + 1]
            name, age = m.span("name"), (c + len(text[c:d]) - len(text[c:d].lstrip()), c + len(text[c:d].rstrip()))
        else:
            continue
        word = text[name[0] : name[1]].lower()
        info = words.get(word)
        if word not in _CALENDAR and info is not None and info[0] & FIRST:
            yield name, age


#: A contact card's number line: "mobile 060 555 0174", "home: +27 82 ...".
_CONTACT_LINE = re.compile(r"[ \t]{0,3}(?:mobile|mob|cell|home|work|phone|tel|iphone)\b[^\n\d]{0,6}[+(]?\d")
_NAME_LINE = re.compile(r"[ \t]{0,3}[^\W\d_]{2,20}(?:[ \t'’-]{1,2}[^\W\d_]{1,20}){1,3}[ \t]{0,3}")


def contact_name(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name of two to four words, the first a given name, alone on its line
    right over a phone number's line that starts with its label ("Ayanda Pillay" over "mobile
    060 555 0174")."""
    from ..truecase import lexicon

    lex = lexicon()
    for (a, b), (c, d) in pairwise(_lines(text)):
        if not (_NAME_LINE.fullmatch(text, a, b) and _CONTACT_LINE.match(text, c, d)):
            continue
        if given_name(text[a:b].split()[0].lower(), lex, everyday=True):
            start = a + len(text[a:b]) - len(text[a:b].lstrip())
            yield start, start + len(text[a:b].strip())


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` that is not empty."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]{1,400}", text)]


#: A temperature opening a line ("14°", "21 ℃", "-3°C"): a weather app's reading.
_TEMPERATURE = re.compile(r"[ \t]{0,3}[-−]?\d{1,3}[ \t]?[°º℃℉]")


def forecast_city(text: str, start: int, end: int) -> bool:
    """A big city alone on its line with a temperature after it, on the line or the next: the
    city a weather app shows the forecast for ("London" over "14°"), not where a child is found
    (a town of under 100,000 people stays reported: it narrows the child down)."""
    from ..truecase import MAJOR, lexicon

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or not (
        _TEMPERATURE.match(text, end) or (line_end < len(text) and _TEMPERATURE.match(text, line_end + 1))
    ):
        return False
    if text[end:line_end].strip() and not _TEMPERATURE.match(text, end):
        return False
    info = lexicon().words.get(text[start:end].lower())
    return info is not None and bool(info[0] & MAJOR)
