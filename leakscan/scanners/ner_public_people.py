"""Public people the model tags as persons, for :mod:`~leakscan.scanners.ner` and
:mod:`~leakscan.scanners.ner_public`: someone named as fans and commentators name them, not as a
child names a friend:

* **a player by the surname alone** before a scoring verb ("o'<surname> scored"): commentators
  and fans call a player so (a child calls a friend by the given name);
* **an artist before their records** — a full name before "songs", "album", "lyrics"...; or a
  singer's given name the model cut off before the surname ("<given> <surname> songs make me
  cry"), as the full name before them is;
* **a public office holder** by the words after the name ("<name> is the best president");
* **a character of the child's own story** — names in a sentence that says they live in a story,
  comic or fanfic the child writes ("<name> is the villain in my comic", "... in the fanfic i wrote").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..truecase import FIRST, LAST, WORD, Lexicon
from .base import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

#: Verbs after a player's surname ("<surname> scored a screamer").
_SCORING = words("scored scores netted nets bagged slotted")
#: A surname written with its Irish or Scottish particle ("o'rourke", "mcgrath").
_PARTICLE_SURNAME = re.compile(r"(?:o['’]|mc|mac)[a-z]{3,}")
#: After a full name: the artist's records ("... new song on repeat", "... songs make my mam
#: cry", "... album dropped"): someone with records out, not a child near the poster (a friend's
#: show, concert or video stays).
_RECORDS_AFTER = re.compile(
    r"(?:['’]?s)?\s{1,3}(?:new\s{1,3}|latest\s{1,3}|old\s{1,3})?(?:songs?|albums?|lyrics|discography|mixtape|ep)\b"
)
#: The word right after a name, with only spaces between.
_NEXT_WORD = re.compile(r"\s{1,3}([a-z'’-]{2,20})")


def player_by_surname(doc: Toks, tokens: Sequence[Token], lex: Lexicon) -> bool:
    """A surname alone opening a clause before a scoring verb ("o'rourke scored a cracker"): a player."""
    start, end = tokens[0].i, tokens[-1].i + 1
    if end - start != 1 or end >= len(doc) or doc[end].lower_ not in _SCORING:
        return False
    if start and doc[start - 1].is_alpha:
        return False  # "my mate o'brien scored": the child's mate
    low = doc[start].lower_
    if low in wl.entries("first_names"):
        return False
    info = lex.words.get(low)
    if info is None:
        return _PARTICLE_SURNAME.fullmatch(low) is not None
    return bool(info[0] & LAST) and not info[0] & FIRST


def artist_records(lows: str, end: int, names: int, lex: Lexicon) -> bool:
    """A full name (``names`` words ending at ``end`` of the lower-case post) before the artist's
    records; or one name whose surname the model left out before them ("<given> <surname> songs")."""
    if names > 1:
        return _RECORDS_AFTER.match(lows, end) is not None
    nxt = _NEXT_WORD.match(lows, end)
    if nxt is None:
        return False
    info = lex.words.get(nxt.group(1))
    surname = nxt.group(1) in wl.entries("surnames") or (info is not None and bool(info[0] & LAST))
    return surname and not (info is not None and info[0] & WORD) and _RECORDS_AFTER.match(lows, nxt.end()) is not None


#: After a name, in its sentence: the child's own story it lives in ("in my comic", "in my fanfic",
#: "the story i wrote", "the fic im writing"); not "in my book" alone ("the best in my book" is praise).
_OWN_STORY = re.compile(
    r"[^.!?\n]{0,80}?(?<![\w'’])(?:(?:in|from|of)\s{1,3}my\s{1,3}(?:own\s{1,3}|new\s{1,3})?"
    # not "in my story" alone: a friend in the child's social-media story is a real one
    r"(?:fanfics?|fan\s{1,3}fiction|fics?|comics?|novel|wattpad|manga|webtoon)(?!\s{1,3}(?:club|class|group))"
    r"|(?:book|stor(?:y|ies)|fanfics?|fan\s{1,3}fiction|fics?|comics?|novel)\s{1,3}"
    r"(?:(?:i|we)\s{1,3}(?:wrote|write|made|drew|am\s{1,3}writing)|(?:im|i['’]m|we['’]re)\s{1,3}writing))(?![\w'’])"
)


def own_story(lows: str, end: int) -> bool:
    """The name ending at ``end`` is a character of a story the child writes or draws."""
    return _OWN_STORY.match(lows, end) is not None


#: After a name: the public office it holds ("<name> is the best president", "<name> d was our prime minister",
#: at most two words of praise between): a head of state or government, no one near the child (not a "class
#: president", a "student council president", a "club president": those are the child's own).
_OFFICE_AFTER = re.compile(
    r"(?:\s{1,3}[a-z]\.?)?\s{1,3}(?:is|was|will\s{1,3}be)\s{1,3}(?:the|our|their|a)\s{1,3}"
    r"(?:(?!(?:class|student|students|school|council|club|team|house|year|form|grade|sports|debate|youth)\s)"
    r"[a-z]{2,12}\s{1,3}){0,2}"
    r"(?:president|prime\s{1,3}minister|taoiseach|chancellor|governor|senator|premier|pope)(?![\w'’])"
)


def office_holder(lows: str, end: int) -> bool:
    """The name ending at ``end`` holds a public office, by the words after it (:data:`_OFFICE_AFTER`)."""
    return _OFFICE_AFTER.match(lows, end) is not None
