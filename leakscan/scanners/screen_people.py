"""Who a picture's text names by its layout alone: gamer tags, names with an initial, a chat's
senders, a list of names, an owner's label, and the age a chat answers.

:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text as it shows
it (capitals kept), beside those of :mod:`.screen_text`:

* :func:`gamer_tags`: a gamer tag anywhere in the picture: "xXOllieBlazeXx", a word joined by
  "_" with a capital or a digit in it ("AriaP_Ninja", "the_real_jude98"), a given name, a word
  and a number run together ("AvaPlays22") or dotted ("poppy.Gamer.90"): in a lobby, a
  leaderboard or a server's member list they stand side by side, with no cue before them;
* :func:`initialled`: a given name and an initial ("Kai D.", a class list, a match report) or an
  initial and a surname ("Signed: J. Achterberg");
* :func:`senders`: a given name alone heading a chat message ("Sofia haha 09:22");
* :func:`listed`: a given name alone on its line in a picture that already names a person (a
  video call's tiles, a tournament's draw);
* :func:`owners`: the name on an owner's label ("This belongs to Caspar");
* :func:`answered_ages`: the number answering "how old r u" in a chat ("Unicorn_mia_16: 9 lol").

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import words as word_set
from .ner_words import given_name

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
#: Not inside a link, an address or a longer word (before), nor before one (after).
_BEFORE, _AFTER = r"(?<![\w.@/#:-])", r"(?![\w@/-]|\.\w)"
#: xX…Xx: a gamer tag's frame.
_FRAMED = re.compile(rf"{_BEFORE}xX[A-Za-z0-9]{{3,24}}Xx{_AFTER}")
#: Words joined by "_" ("AriaP_Ninja", "Star_sienna_14", "the_real_jude98").
_JOINED = re.compile(rf"{_BEFORE}[A-Za-z0-9]{{1,20}}(?:_[A-Za-z0-9]{{1,20}}){{1,4}}{_AFTER}")
#: Capitalised words run together before a number ("AvaPlays22", "StormNell19").
_CAMEL = re.compile(rf"{_BEFORE}(?P<words>(?:[A-Z][a-z]{{1,15}}){{2,4}})\d{{1,4}}{_AFTER}")
#: A name, a word and a number, dotted ("poppy.Gamer.90", "hana.Creeper.39").
_DOTTED = re.compile(rf"{_BEFORE}[A-Za-z]{{3,20}}\.[A-Za-z]{{3,20}}\.\d{{1,4}}{_AFTER}")


def gamer_tags(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each gamer tag in ``text`` (as the picture shows it): a word framed
    by "xX…Xx"; words joined by "_" with three letters or more and a digit or a capital past
    the first letter, never capitals alone (a program's "MAX_SIZE") or lower-case words alone
    (a file's "read_me"); capitalised words run together before a number, one of them a given
    name ("AvaPlays22"; no product: "PlayStation5"); a word, a word and a number dotted."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _FRAMED.finditer(text):
        yield m.span()
    for m in _JOINED.finditer(text):
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        if (
            len(letters) >= 3
            and not word.isupper()
            and (any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]))
        ):
            yield m.span()
    for m in _CAMEL.finditer(text):
        if any(given_name(w.lower(), lex) for w in re.findall(r"[A-Z][a-z]+", m.group("words"))):
            yield m.span()
    for m in _DOTTED.finditer(text):
        yield m.span()


#: A given name and an initial ("Kai D.", "Esme K. (2)").
_NAME_INITIAL = re.compile(rf"(?<![\w'’.])(?P<name>[{_UP}][{_LOW}]{{1,20}}) [{_UP}]\.(?![\w])")
#: An initial and a surname ("J. Achterberg", "D. Pemberton").
_INITIAL_NAME = re.compile(
    rf"(?<![\w'’.])[{_UP}]\.[ \t]?(?P<surname>[{_UP}][{_LOW}]{{2,20}}(?:-[{_UP}][{_LOW}]{{2,20}})?)(?![\w'’-])"
)


def initialled(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name and an initial (one that is also an everyday word too:
    "Poppy H." is laid out as a name; no month: "May I."), and of an initial and a surname (a
    surname or a word no list knows; no everyday word, big place or famous one: "A. Level")."""
    from .. import lexicon as lists
    from ..truecase import LAST, MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _NAME_INITIAL.finditer(text):
        name = m.group("name").lower()
        if given_name(name, lex, everyday=True) and name not in _CALENDAR:
            yield m.span()
    for m in _INITIAL_NAME.finditer(text):
        low = m.group("surname").lower()
        bits = lex.classes(low)
        if (not bits or bits & LAST) and not bits & (WORD | MAJOR) and low not in lists.entries("famous"):
            yield m.span()


_CALENDAR = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)

#: A chat message: a capitalised word heading a line or following a time stamp, lower-case
#: words after it, and a time stamp later on its line ("Sofia haha 09:22").
_SENDER = re.compile(
    rf"(?m)(?:^[ \t]{{0,3}}|(?<=\d:\d\d ))(?P<name>[{_UP}][{_LOW}]{{1,20}})(?=[ \t]{{1,3}}[a-z][^\n]{{0,80}}?\b\d{{1,2}}:\d{{2}}\b)"
)


def senders(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name alone heading a chat message in ``text`` (a group chat's
    sender; a name that is also an everyday word is left out: "Hope you're ok 09:12")."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _SENDER.finditer(text):
        if given_name(m.group("name").lower(), lex):
            yield m.span("name")


#: A line that is one capitalised word, maybe with a class or a year after it in brackets.
_ALONE = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{0,3}}(?:\([^\n)]{{1,20}}\))?[ \t]{{0,3}}$"
)


def listed(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name alone on its line (no everyday word: "Grace", "Will"
    stay unread). Only where the picture already names a person: a video call's tiles, a
    tournament's draw, a class list (the caller asks)."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _ALONE.finditer(text):
        if given_name(m.group("name").lower(), lex) and m.group("name").lower() not in _CALENDAR:
            yield m.span("name")


#: An owner's label ("This belongs to Caspar", "Property of: Mia Tane").
_OWNER = re.compile(
    rf"\b(?i:belongs to|property of)[ \t]{{0,2}}:?[ \t]{{1,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}})?)"
)


def owners(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name on an owner's label: a given name, or a word no list knows
    (a lunch box's, a book's, a bag's: "This belongs to Caspar")."""
    from ..truecase import WORD, lexicon

    lex = lexicon()
    for m in _OWNER.finditer(text):
        first = m.group("name").split()[0].lower()
        if given_name(first, lex) or not lex.classes(first) & WORD:
            yield m.span("name")


#: A chat's "how old r u", then (past a time stamp or the next speaker's "name:") a message
#: starting with a number from 1 to 18: the answer ("how old r u gonna be 19:43\n10 lol").
_HOW_OLD = re.compile(
    r"\bhow old (?:r|are) (?:u|you|ya)\b[^\d\n?]{0,20}\??(?:[ \t\n]{1,3}\d{1,2}:\d{2})?"
    r"(?:[ \t\n]{1,3}[\w.]{1,30}:)?[ \t\n]{1,3}(?P<age>[1-9]|1[0-8])(?![\d:]|[.,]\d)"
)


def answered_ages(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the age a chat answers "how old r u" with (``typed`` in lower case)."""
    for m in _HOW_OLD.finditer(typed):
        yield m.span("age")
