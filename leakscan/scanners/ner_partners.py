"""A friend named beside another (issue 10, PERSON misses of many writers): "<name> and <word>",
"<word> and <name>". Once one side is a person, the other side is too when it can be a given name
at all, though an everyday word ("precious", "summer") or a word no list knows ("tre", "vai"):
children list their friends in pairs, and the cue and the layout say the pair is people.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings import Kind
from ..truecase import Lexicon
from .base import words
from .ner_groups import group_word
from .ner_titled import name_token
from .ner_words import given_name, unknown

if TYPE_CHECKING:  # spaCy loads only when a post has words to read (tests/test_pixels_engine.py)
    from spacy.tokens import Token

#: Words joining a pair of friends, in English and in the languages children mix in ("daan en sem"); Slavic
#: "i" ("kasia i ola") only in lower case and before a given name of the lists (:func:`with_partners`).
_AND = words("and & n + en y et e und")
#: Words that are never one of a pair of friends: the child, family members, pets and everyone.
_NOT_FRIEND = words(
    "me i u you ya ur we us him her them mi moi yo ik ich eu aku"  # "and I" of patois and other languages
    " mum mom mam ma dad da pa nan nana gran granny grandma grandpa"
    " everyone everybody anyone family fam friends friend bestie bff crew squad gang team dog cat"
)


def with_partners(
    kept: list[tuple[int, int, Kind, float]], toks: Sequence[Token], text: str, lex: Lexicon
) -> list[tuple[int, int, Kind, float]]:
    """``kept`` plus the given-name word joined to a found person by "and" ("<name> and tre")."""
    people = [(s, e, c) for s, e, k, c in kept if k is Kind.PERSON]
    if not people:
        return kept
    added: list[tuple[int, int, Kind, float]] = []
    for i in range(1, len(toks) - 1):
        # Polish, Czech, Croatian "i" (and), written in lower case (the doc is truecased: read the post's own letter)
        slavic = toks[i].lower_ == "i" and text[toks[i].idx : toks[i].idx + 1] == "i"
        if toks[i].lower_ not in _AND and not slavic:
            continue
        left, right = toks[i - 1], toks[i + 1]
        for near, other in ((left, right), (right, left)):
            found = next((c for s, e, c in people if s <= near.idx and near.idx + len(near.text) <= e), None)
            if found is None or not _can_be_name(other, text, lex):
                continue
            if slavic and not given_name(other.lower_, lex):
                continue  # "emma i love u": after English "i", only a given name that is no everyday word
            s, e = other.idx, other.idx + len(other.text)
            if other is right and _group_follows(toks, i + 2):
                continue  # "<name> and <word> ballet": a club's name of two words, no pair of friends
            if not any(a < e and s < b for a, b, _k, _c in kept + added):
                added.append((s, e, Kind.PERSON, min(found, 0.7)))
    return sorted(kept + added) if added else kept


def _group_follows(toks: Sequence[Token], j: int) -> bool:
    """A club or group word right after the pair ("... ballet", "... scouts")."""
    return j < len(toks) and group_word(toks[j].lower_)


def _can_be_name(tok: Token, text: str, lex: Lexicon) -> bool:
    """A word that can be a friend's given name: letters (a hyphen inside), no stop or chat word,
    no family word, no word of the filler, famous or nationality lists, and either a given name of
    the lists (everyday too: "precious") or a word no list knows ("vai")."""
    low = tok.lower_
    if not name_token(tok) or low in _NOT_FRIEND:
        return False
    if text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 1] == "-" or text[tok.idx - 1 : tok.idx] == "-":
        return False  # a piece of a hyphenated name ("ana-lia"): the name is read whole or not at all
    if low not in lex.words:
        return unknown(low, lex) and text[tok.idx - 1 : tok.idx] != "#"
    return given_name(low, lex, everyday=True)
