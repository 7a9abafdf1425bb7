"""A relative or an elder named with the title children call them by (issue 10, PERSON misses of
many writers): "ate <name>", "whaea <name>", "matua <name>", "baba <name>". The cue rules ask the
name after a title to be capitalised, rare or a name more often than a word; a given name that is
also an everyday word ("joy", "mere", "hone") was lost. After a title, any given name of the lists
is the name; after a title that is also an everyday word ("ate", "baba"), only where the title
does not follow a subject ("i ate candy" is a meal).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import Lexicon
from .base import words
from .ner_places import NOT_NAME
from .ner_words import JUNK, RELATIONS, TITLES, WEAK_TITLES, given_name, unknown

if TYPE_CHECKING:  # spaCy loads only when a post has words to read (tests/test_pixels_engine.py)
    from spacy.tokens import Token

#: Weak titles that are no relative's or elder's title ("miss", "sir", "fr": for real): left to the cue rules.
_NOT_KIN = words("miss sir officer doctor mam ma'am ma’am fr")
#: Grandparents' words that are other words too, so no titles of the lists ("gran": Spanish "great";
#: "nan": a bread; Hindi "nani", "dadi" before a verb; German "oma", "opa"; Polish "babcia"): after one,
#: only a given name of the lists that is no everyday word is the grandparent's name ("nan bev",
#: "dadi savitri"; not "gran premio", "nani bolti hai").
_GRANDPARENTS = words("nan gran nani dadi oma opa babcia")
#: Words before a weak title that keep it a title ("with ate <name>", "love u baba <name>").
_BEFORE_WEAK = words(
    "my our with and & n to from for love luv thanks thank ty hi hey hbd bday birthday happy miss u ur"
)


def with_titled(
    kept: list[tuple[int, int, Kind, float]], toks: Sequence[Token], text: str, lex: Lexicon
) -> list[tuple[int, int, Kind, float]]:
    """``kept`` plus the given name right after a relative's or an elder's title ("ate joy")."""
    added: list[tuple[int, int, Kind, float]] = []
    for i in range(len(toks) - 1):
        title = toks[i].lower_
        if title in _GRANDPARENTS and (span := _grandparent_name(toks[i + 1], lex)) is not None:
            if not any(a < span[1] and span[0] < b for a, b, _k, _c in kept + added):
                added.append((*span, Kind.PERSON, 0.7))  # "nan bev", "staying at nan bevs"
            continue
        if title not in TITLES or title in _NOT_KIN:
            continue
        weak = title in WEAK_TITLES
        if weak and i > 0 and toks[i - 1].is_alpha and toks[i - 1].lower_ not in _BEFORE_WEAK:
            continue  # "i ate candy", "we ate ginger snaps": a meal, no title
        name = toks[i + 1]
        if not _given_name(name, lex, weak=weak) or f"{title} {name.lower_}" in wl.entries("famous"):
            continue  # "mr <cartoon crab>", "ms <children's youtuber>": a famous one by title and name
        s, e = name.idx, name.idx + len(name.text)
        if not any(a < e and s < b for a, b, _k, _c in kept + added):
            added.append((s, e, Kind.PERSON, 0.7))
    return sorted(kept + added) if added else kept


def _grandparent_name(tok: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a given name of the lists right after a grandparent's word, without the "s" of a
    possessive written without its apostrophe ("nan bevs" -> "bev"); None for anything else."""
    low = tok.lower_
    if not name_token(tok):
        return None
    if not given_name(low, lex) and low.endswith("s") and given_name(low[:-1], lex):
        low = low[:-1]  # "at nan bevs": the grandparent's place
    elif not given_name(low, lex):
        return None
    return tok.idx, tok.idx + len(low)


def _given_name(tok: Token, lex: Lexicon, *, weak: bool) -> bool:
    """A given name of the lists, though an everyday word too ("joy", "mere"); after a strong title
    also a word no list knows ("halyna")."""
    low = tok.lower_
    if not name_token(tok) or low in TITLES:
        return False
    if low not in lex.words:
        return not weak and unknown(low, lex)
    return given_name(low, lex, everyday=True)


def name_token(tok: Token) -> bool:
    """A word that may be a private given name at all: letters, no stop word, and on no list of
    words that never are one (places and name-like words of ``NOT_NAME``, chat junk, family words,
    chat filler, famous names, nationalities, countries)."""
    low = tok.lower_
    if not low.isalpha() or not 2 <= len(low) <= 20 or tok.is_stop:
        return False
    if low in NOT_NAME or low in JUNK or low in RELATIONS:
        return False
    return not any(low in wl.entries(f) for f in ("filler_words", "famous", "nationalities", "countries"))
