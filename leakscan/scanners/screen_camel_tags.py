"""Gamer tags of capitalised words run together with no number ("SlimeKiri", "HoopsAroha"),
found where a tag stands: a chat header after its avatar's letter and before the contact's
status, a friend list's row before the friend's status.

:mod:`.screen_tags` finds tags by their shape (a number, an underscore, a dot); two capitalised
words run together are a tag only where the layout says so, and one of them must be a given name
or a word no list knows ("PlayStation", two everyday words, is a console). :func:`~.screen_text.laid_out`
asks these rules about the picture's text as it shows it (capitals kept).

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ner_words import given_name

#: Two or three capitalised words run together, alone (no number, no underscore, no dot).
_CAMEL = r"(?P<tag>(?:[A-Z][a-z]{2,12}){2,3})"
#: A chat header's line: the status bar's clock maybe, the avatar's letter, the tag, the contact's
#: status ("H HoopsAroha online", "9:41 S SlimeKiri active now").
_HEADER = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?:\d{{1,2}}:\d\d[ \t]{{1,3}})?(?P<initial>[A-Z])[ \t]{{1,3}}{_CAMEL}[ \t]{{1,3}}"
    r"(?i:online|active[ \t]now|typing|last[ \t]seen)\b"
)
#: A friend list's row: the tag, then the friend's status ("SlimeKiri Playing ...", "HoopsAroha In Lobby").
_ROW = re.compile(
    rf"(?<![\w@#./-]){_CAMEL}[ \t]{{1,3}}"
    r"(?:Playing|Away|Online|Offline|Busy|In[ \t](?:Lobby|Game|game|Creative|Party)|Last[ \t]online)(?![\w])"
)
#: Lines of a screenshot's top a chat's header stands in.
_HEADER_LINES = 4


def _tag_words(tag: str) -> bool:
    """Whether capitalised words run together make a tag: one of them a given name or a word no
    list knows, and the whole no famous name ("PlayStation", "YouTube" are none)."""
    from .. import lexicon as lists
    from ..truecase import lexicon

    lex = lexicon()
    parts = [p.lower() for p in re.findall(r"[A-Z][a-z]+", tag)]
    famous = lists.entries("famous")
    if "".join(parts) in famous or " ".join(parts) in famous:
        return False
    return any(given_name(p, lex, everyday=True) or not lex.classes(p) for p in parts)


def header_camels(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a tag of capitalised words run together heading a chat, on one of the
    picture's first lines: after the avatar's letter (the tag's own first) and before the
    contact's status ("H HoopsAroha online")."""
    for m in _HEADER.finditer(text):
        top = text.count("\n", 0, m.start()) <= _HEADER_LINES
        if top and m.group("initial") == m.group("tag")[0] and _tag_words(m.group("tag")):
            yield m.span("tag")


def status_camels(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a tag of capitalised words run together before a friend's status
    ("SlimeKiri Playing Battle Royale"); the caller asks only where the picture already shows a
    tag (a friend list, a lobby)."""
    for m in _ROW.finditer(text):
        if _tag_words(m.group("tag")):
            yield m.span("tag")
