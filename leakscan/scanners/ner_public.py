"""What the NER scanner (:mod:`leakscan.scanners.ner`) leaves quiet because it names no one near
the child (issue 10, family 9), read from the lists of :mod:`leakscan.lexicon`: chat filler and
foods of many languages, famous people, characters, teams, sights and brands, bare countries,
and a character named "from the film".
"""

from __future__ import annotations

import re

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, LAST, WORD, Lexicon

#: Words right before a name that make it somebody the child knows ("my friend billie", "me n
#: drake", "with chelsea"): a famous name after them is still a name.
_PERSONAL = re.compile(
    r"(?:\b(?:my|our|his|her)\s{1,3}(?:[a-z]{2,12}\s{1,3}){0,2}|\bme\s{1,3}(?:and|n|&)\s{1,3}|\bwith\s{1,3}|\bw/?\s{1,3}"
    r"|\b(?:mrs?|ms|miss|coach|named|called|name\s{1,3}is|sir|aunty|auntie|uncle)\.?\s{1,3})$"
)
#: After a name: a character "from the film", "in that show", "off the game".
_FICTION_AFTER = re.compile(
    r"\s{1,3}(?:from|in|off|on)\s{1,3}(?:the\s{1,3}|that\s{1,3}|this\s{1,3}|a\s{1,3})?"
    r"(?:film|movie|show|series|game|book|cartoon|anime|manga|episode|comic|tv)s?\b"
)
_FROM = re.compile(r"\s{1,3}from\s{1,3}")
#: The child is there: "at bondi beach", "@ tim hortons", "at the eiffel tower".
_AT = re.compile(r"(?:\bat|@)\s{1,3}(?:the\s{1,3})?$")
#: Words before a country that say the child lives there ("i live in canada" is still a place).
_RESIDENCE = re.compile(
    r"\b(?:live|lives|living|lived|moved|moving|move|stay|staying|im|i'm|i\s{1,3}am|we're|we\s{1,3}are)"
    r"\s{1,3}(?:in|to|from|near)\s{1,3}$"
)


def not_public(
    found: list[tuple[int, int, Kind, float]], text: str, lex: Lexicon
) -> list[tuple[int, int, Kind, float]]:
    """Drop what names no one near the child: chat filler of many languages ("sawubona", "ka
    pai", "arre"), famous people, characters and teams ("billie eilish concert", "chennai super
    kings"), sights and brands the child is not at ("saw big ben"; "at bondi beach" stays), and
    bare countries ("ireland beat the all blacks"; "i live in canada" stays).

    A famous name right after a personal cue ("my friend billie", "me and drake") stays a name,
    and so does a famous one-word name that is also a common first name ("chelsea", "matilda")
    unless the post speaks of the famous one (a famous-context word or another famous name near).
    """
    if not found:
        return found
    toks = wl.text_words(text)
    famous = wl.find("famous", toks)
    sights = wl.find("famous_places", toks)
    countries = wl.find("countries", toks)
    fillers = wl.find("filler_words", toks)
    filler = wl.entries("filler_words")
    context = wl.entries("famous_context")
    lows = text.lower()
    out = []
    for start, end, kind, conf in found:
        inside = [w for _s, _e, w in _words_in(toks, start, end)]
        if (inside and all(w in filler for w in inside)) or any(m[2] <= start and end <= m[3] for m in fillers):
            continue
        before = lows[max(0, start - 30) : start]
        personal = _PERSONAL.search(before) is not None
        if kind is Kind.PERSON and _from_fiction(lows, end, famous):
            continue  # "oisín from the film", "maui from moana"
        hit = _covering(famous, toks, start, end, context)
        if hit is not None and not personal and _famous_here(hit, famous, toks, context, lex):
            continue
        sight = _covering(sights, toks, start, end, context)
        if sight is not None and not personal and _AT.search(before) is None:
            continue  # "saw big ben", "tim hortons timbits"; not "we're at bondi beach"
        spot = _covering(countries, toks, start, end, frozenset())
        if spot is not None and kind is not Kind.PERSON and _RESIDENCE.search(before) is None:
            continue
        out.append((start, end, kind, conf))
    return out


def _from_fiction(lows: str, end: int, famous: list[tuple[int, int, int, int]]) -> bool:
    """The name is a character: "from the film" follows, or "from" and a famous title."""
    if _FICTION_AFTER.match(lows, end):
        return True
    after = _FROM.match(lows, end)
    return after is not None and any(m[2] == after.end() for m in famous)


def _words_in(toks: list[wl.Word], start: int, end: int) -> list[wl.Word]:
    return [t for t in toks if start <= t[0] and t[1] <= end]


def _covering(
    matches: list[tuple[int, int, int, int]], toks: list[wl.Word], start: int, end: int, context: frozenset[str]
) -> tuple[int, int, int, int] | None:
    """The match the candidate lies in, or starts in when the rest are famous-context words
    ("drake album", "kohli century"; not "hawthorn lane")."""
    for m in matches:
        rest = [w for s, _e, w in toks[m[1] :] if s < end]  # "drake album", "paddington 2"
        if m[2] <= start < m[3] and (end <= m[3] or all(w in context or w.isdigit() for w in rest)):
            return m
    return None


def _famous_here(
    hit: tuple[int, int, int, int],
    famous: list[tuple[int, int, int, int]],
    toks: list[wl.Word],
    context: frozenset[str],
    lex: Lexicon,
) -> bool:
    """Is the famous match ``hit`` about the famous one? A one-word famous name that is also a
    person's name ("chelsea", "drake", "raven") needs a famous-context word within four words
    ("drake album", "messi is the goat"), or another famous name that is no one's name nearby."""
    if hit[1] - hit[0] > 1 or not _namelike(toks[hit[0]][2], lex):
        return True
    if any(m is not hit and (m[1] - m[0] > 1 or not _everyday_or_name(toks[m[0]][2], lex)) for m in famous):
        return True
    i, j = hit[0], hit[1]
    near = toks[max(0, i - 4) : i] + toks[j : j + 4]
    return any(w in context for _s, _e, w in near)


def _namelike(word: str, lex: Lexicon) -> bool:
    """A word that is also somebody's first name or surname."""
    info = lex.words.get(word)
    return (info is not None and bool(info[0] & (FIRST | LAST))) or word in wl.entries("first_names")


def _everyday_or_name(word: str, lex: Lexicon) -> bool:
    info = lex.words.get(word)
    return (info is not None and bool(info[0] & (FIRST | LAST | WORD))) or word in wl.entries("first_names")
