"""The town right after a school's name, for the SCHOOL scanner (:mod:`~leakscan.scanners.school`).

Schools of one name stand in many towns, so children write the town after it ("harris academy
peckham", "st xavier's kolkata"); writers mark the town as part of the SCHOOL span. Left out, the
town was read as a LOCATION of its own beside the school.
"""

from __future__ import annotations

import re

from .. import lexicon as wl
from ..truecase import FIRST, LOWER_THRESHOLD, PLACE, WORD, lexicon

#: The space between a school's name and its town (no comma, no line break), then up to three words.
_WORDS = re.compile(r"[ \t]{1,2}([^\W\d_][\w'’-]{0,30}(?:[ \t][^\W\d_][\w'’-]{0,30}){0,2})")


def with_town(folded: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start:end`` of a school's name taken over a town right after it: a town or suburb
    of the word lists, or a word the name lexicon knows as a place written capitalised (not an
    everyday word, not a given name: "kings college jordan said" names a friend)."""
    m = _WORDS.match(folded, end)
    if m is None or folded.startswith("#", start):
        return start, end  # a hashtag ends where its words do
    words = m.group(1).split()
    n = wl.longest_at("places", words, 0) or next((k for k in (3, 2, 1) if _listed(words[:k])), 0)
    if not n:
        info = lexicon().words.get(words[0])
        if info is None or not info[0] & PLACE or info[0] & (WORD | FIRST) or info[1] < LOWER_THRESHOLD[PLACE]:
            return start, end
        n = 1
    if n == 1 and (lexicon().words.get(words[0]) or (0, 0.0))[0] & FIRST:
        return start, end
    return start, m.start(1) + len(" ".join(words[:n]))  # one space or tab between the words


def _listed(words: list[str]) -> bool:
    """A town of the towns lists with a word of its own ("peckham"), not only everyday words ("cross country")."""
    if " ".join(words) not in wl.entries("towns"):
        return False
    lex = lexicon()
    return any(not (lex.words.get(w) or (0, 0.0))[0] & WORD for w in words)


__all__ = ["with_town"]
