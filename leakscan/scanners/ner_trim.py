"""Trimming an entity the model tagged down to its name, for :mod:`leakscan.scanners.ner`.

spaCy's entity spans run on into what is no part of a name: punctuation and emoji, chat filler
("lol", "haar gaya"), a possessive's "'s", "the" before a place, an adverb ("originally cork"),
a place's weather ("sunny bournemouth"), everyday words after a place's head word ("st vincents
hospital finishes late") or an acronym ("the PTA bake sale"), "Family" after a surname; and a
shouted everyday word is no acronym. :func:`trim_entity` cuts them off, or drops the entity when
nothing name-like is left. :func:`model_tokens` cuts a place's or a group's span of the model
short of the words of time it ran on into and of a house number before a street; :func:`settled`
keeps a rule's closer reading of a name inside the model's span (a possessive "s" written without
its apostrophe, letters spaced out, a town before a hall every town has). It is apart from the
scanner because it judges a span's edges, not whether the span is a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..findings import Kind
from ..lexicon import entries as lexicon_entries
from ..lexicon import unaccented
from ..truecase import FIRST, LAST, PLACE, WORD, Lexicon
from .base import words as word_set
from .ner_places import PLACE_ADJECTIVES, TIME_WORDS
from .ner_venues import HALL_KINDS
from .ner_words import JUNK, POSSESSIVES, STRONG_CUE_SCORE, Cand, common, given_name, inflected, orig, unknown
from .ner_world import FAMILY

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

_TRIM_CHARS = " \t\r\n.,;:!?\"'`()[]{}<>*_~|/\\-–—…‘’“”#"
_REPEAT = re.compile(r"(.)\1\1")
#: One token of letters with an apostrophe inside ("fa'amoana", "o'brien"): a word of a name.
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]{1,8}['’][^\W\d_]{2,20}")


def trim_entity(tokens: list[Token], text: str, kind: Kind, lex: Lexicon) -> tuple[int, int] | None:
    """Trim an entity to its name; None when nothing name-like is left."""
    lo, hi = 0, len(tokens)
    while lo < hi and _edge_junk(tokens[lo], kind, lex, leading=True):
        lo += 1
    while hi > lo and _edge_junk(tokens[hi - 1], kind, lex, leading=False):
        hi -= 1
    if lo >= hi:
        return None
    if kind is Kind.ORG and _filler_before_country(tokens[lo:hi], lex):
        lo += 1  # "yaar india lost the toss": chat before a national side ("dadi hare krishna" stays)
    if kind in (Kind.ORG, Kind.LOCATION):
        # A name ends at its head word; lower-case everyday words after it are the sentence going
        # on: "st vincents hospital finishes late" -> "st vincents hospital".
        head = max((i for i in range(lo, hi) if tokens[i].lower_ in _HEADS), default=hi - 1)
        hi = _cut_everyday_tail(tokens, head, hi, text, lex)
    if kind is Kind.ORG and orig(tokens[lo], text).isupper() and len(tokens[lo].text) > 1:
        # An acronym the model ran on into everyday words: "the PTA bake sale" -> "PTA".
        hi = _cut_everyday_tail(tokens, lo, hi, text, lex)
    if kind is Kind.PERSON and hi - lo > 1 and _star_then_thing(tokens[lo:hi], text, lex):
        hi = lo + 1  # "<bowler> yorker", "<captain> retirement": the star's one name, then a thing of his
    core = tokens[lo:hi]
    words = [t for t in core if t.is_alpha or _APOSTROPHE_NAME.fullmatch(t.text)]
    if not words:
        return None
    origs = [orig(t, text) for t in words]
    # A shouted word ("AGAIN", "NOWWWW") rather than an acronym ("BBC", "UN").
    if len(words) == 1 and origs[0].isupper() and _shouted(words[0], text, lex):
        return None
    # All in lower case and truecasing did not pick it: the model guessed from context
    # alone, so keep it only when some word looks like a name.
    if not any(o[:1].isupper() for o in origs) and not any(_namey(t, lex) for t in words):
        return None
    start = core[0].idx
    end = core[-1].idx + len(core[-1].text)
    return _trim_chars(text, start, end)


def _star_then_thing(tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """A star known by one name that is no given name (lexicon ``famous``), then lower-case words that
    are no given name: what the post says of the star ("<bowler> yorker"), not the rest of a name."""
    if tokens[0].lower_ not in lexicon_entries("famous") or lex.words.get(tokens[0].lower_, (0,))[0] & FIRST:
        return False
    return all(orig(t, text).islower() and not lex.words.get(t.lower_, (0,))[0] & FIRST for t in tokens[1:])


def _shouted(tok: Token, text: str, lex: Lexicon) -> bool:
    low = tok.lower_
    if _REPEAT.search(low) or (tok.is_stop and len(low) >= 3):
        return True
    if len(low) < 5 or not common(low, lex):
        return False
    # An everyday word in capitals, among other words in capitals.
    others = sum(1 for w in text.split() if len(w) >= 3 and w.isupper() and w.isalpha() and w.lower() != low)
    return others >= 1


def _stretched(low: str, lex: Lexicon) -> bool:
    """A chat word typed stretched at its end ("gooo", "sooo", "pleaseee"): with its runs cut to one
    letter or two, an everyday word that is nobody's given name ("maxxx" stays a name; a brand's
    inner run, "smaaash", is its spelling)."""
    if _STRETCHED_END.search(low) is None:
        return False
    for short in (_RUNS.sub(r"\1", low), _RUNS.sub(r"\1\1", low)):
        info = lex.words.get(short)
        if info is not None and info[0] & WORD and not info[0] & FIRST:
            return True
    return False


#: A run of one letter, three times or more; and one ending the word.
_RUNS = re.compile(r"(.)\1{2,}")
_STRETCHED_END = re.compile(r"(.)\1\1$")


def _namey(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    if _stretched(low, lex):
        return False  # "lets gooo": a cheer, no name no list knows
    if low in lexicon_entries("famous_context") and not lex.words.get(low, (0,))[0] & FIRST:
        return False  # "at halftime", "new merch": a word of games and shows, no name ("stan" may be one)
    if _APOSTROPHE_NAME.fullmatch(low):
        low = re.sub("['’]", "", low)  # "fa'alogo": a name of the Pacific, its glottal stop written
    # "ålbum" is the word "album" with accents, not a name no list knows.
    info = lex.words.get(low) or lex.words.get(unaccented(low))
    if info is None:
        return unknown(low, lex) and not inflected(low, lex)
    if info[0] & (FIRST | LAST | PLACE):
        return info[1] >= STRONG_CUE_SCORE
    return False


#: Words that end the name of a place or a group ("... hospital", "... club", "... reserve").
_HEADS = frozenset(
    lexicon_entries("place_suffix")
    | lexicon_entries("club_suffix")
    | {"hospital", "clinic", "school", "college", "club", "park", "mall", "library"}
)
#: Words for a place's weather or feel before its name, never part of it in lower case.
_MOODS = PLACE_ADJECTIVES - {"old", "little", "good"}  # "old trafford", "little rock" are names


def _cut_everyday_tail(tokens: list[Token], keep: int, hi: int, text: str, lex: Lexicon) -> int:
    """The end of ``tokens[:hi]`` once lower-case everyday words after token ``keep`` are cut."""
    while hi - 1 > keep and orig(tokens[hi - 1], text).islower() and common(tokens[hi - 1].lower_, lex):
        hi -= 1
    return hi


def _edge_junk(tok: Token, kind: Kind, lex: Lexicon, *, leading: bool) -> bool:
    t = tok.text
    low = tok.lower_
    if not any(ch.isalnum() for ch in t):
        return True  # punctuation, emoji
    if low in JUNK or t.startswith(("@", "http", "www.")):
        return True
    if tok.is_digit or (tok.like_num and not leading):
        return kind is Kind.PERSON
    if t in POSSESSIVES:
        return True
    if kind is Kind.PERSON and tok.is_stop and not t[:1].isupper():
        return True
    if leading and low in ("the", "a", "an") and t.islower():
        return True  # "the lake district" -> "lake district"
    if leading and t.islower() and low.endswith("ly") and lex.words.get(low, (0,))[0] == WORD:
        return True  # an adverb: "originally cork" -> "cork" (names in -ly are names: "emily")
    if leading and kind is Kind.LOCATION and t.islower() and low in _MOODS:
        return True  # "sunny bournemouth" -> "bournemouth"
    if t.islower() and (not leading or kind is Kind.LOCATION) and _filler_end(tok, lex):
        return True  # chat of another language beside a name: "pakistan haar gaya", "ke saath market"
    if (
        leading
        and kind is Kind.PERSON
        and t.islower()
        and _filler_end(tok, lex)
        and not given_name(low, lex, everyday=True)
    ):
        return True  # "sou beatriz" (I am): a chat word before the name, itself no given name
    if not leading and t.islower() and _stretched(low, lex):
        return True  # "<club> lets gooo", "<place> sooo": a stretched chat word ends no name
    if not leading and kind is Kind.PERSON and low in FAMILY:
        return True  # "Johnson Family" -> "Johnson": the name is the surname
    return bool(not leading and tok.is_stop and tok.is_lower and low not in ("of", "and"))


def _filler_before_country(tokens: list[Token], lex: Lexicon) -> bool:
    """A lower-case chat word, then only a country's name ("yaar pakistan")."""
    rest = " ".join(t.lower_ for t in tokens[1:])
    return (
        len(tokens) >= 2
        and tokens[0].text.islower()
        and _filler_end(tokens[0], lex)
        and rest in lexicon_entries("countries")
    )


def _filler_end(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word of another language's chat, alone or ending a filler phrase ("haar gaya")."""
    filler = lexicon_entries("filler_words")
    low = tok.lower_
    if low in filler and (not common(low, lex) or len(low) <= 2):
        return True  # a particle ("ke", "ji", "na") too, though a list knows it
    return tok.i > 0 and f"{tok.nbor(-1).lower_} {low}" in filler


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    for p in POSSESSIVES:
        if text.endswith(p, start, end):
            end -= len(p)
            break
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    if end - start < 2:
        return None
    value = text[start:end]
    if not any(ch.isalpha() for ch in value) or value.isdigit():
        return None
    if start > 0 and text[start - 1] == "@":
        return None  # a handle: the handle scanner's
    if "://" in value or "www." in value.lower() or "@" in value:
        return None
    if value.lower() in JUNK:
        return None
    return start, end


#: Street words a model's place span may run on past ("<street> road <name>'s").
_STREET_WORDS = word_set("road rd street st lane ln avenue ave drive dr court ct crescent cres close way place")
#: Letters spaced out ("c o r k"): a place rule's spelling, the name within a longer span of the model.
_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_]){2,}")


def model_tokens(tokens: list[Token], doc: Toks) -> list[Token]:
    """The model's place or group span without the words of time it ran on into ("ngk waterkloof
    vanoggend": this morning), nor a house number before a street ("58 <name> street": the number is
    the address scanner's, no part of the place's name)."""
    lo, hi = 0, len(tokens)
    while hi > 1 and tokens[hi - 1].lower_ in TIME_WORDS:
        hi -= 1
    while hi - lo > 1 and tokens[lo].is_digit:
        lo += 1
    after = tokens[hi - 1].i + 1
    if (
        hi - lo > 1
        and tokens[hi - 2].lower_ in _STREET_WORDS
        and after < len(doc)
        and doc[after].lower_ in ("'s", "’s")
    ):
        hi -= 1  # "12 oak road brendan's": the name whose possessive follows the street is a saint's church, a shop
    return tokens[lo:hi]


def settled(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` without the model's span where a rule read the name inside it more closely: the
    name without the "s" of a possessive written without its apostrophe ("eoins da" -> "eoin"), its
    letters spaced out ("rebel county c o r k" -> "c o r k"), or a town before a hall every town has
    ("<suburb> sports hall" -> "<suburb>", ner_venues)."""
    ruled = sorted((c for c in cands if c[4] >= 2), key=lambda c: c[0])
    if not ruled:
        return cands
    # only a rule's span that overlaps the model's can be closer: those starting at most the longest
    # rule span before it (checking every rule for every span cost a long post its length squared)
    starts = [r[0] for r in ruled]
    longest = max(r[1] - r[0] for r in ruled)
    out = []
    for c in cands:
        near = ruled[bisect_left(starts, c[0] - longest) : bisect_left(starts, c[1])]
        if c[4] < 2 and any(r[2] is c[2] and _closer(r, c, text) for r in near):
            continue
        out.append(c)
    return out


def _closer(rule: Cand, model: Cand, text: str) -> bool:
    """The rule's span is the model's less a possessive "s", or spaced letters the model's overlaps."""
    if rule[2] is Kind.PERSON and rule[0] == model[0] and model[1] == rule[1] + 1 and text[rule[1]] in "sS":
        return True
    overlap = model[0] < rule[1] and rule[0] < model[1] and (rule[0], rule[1]) != (model[0], model[1])
    if overlap and rule[2] is Kind.LOCATION and rule[0] == model[0] and model[1] > rule[1]:
        tail = text[rule[1] : model[1]].lower().split()  # "<suburb> sports hall": the suburb's hall
        if len(tail) == 2 and tail[0] in HALL_KINDS and tail[1] in ("hall", "halls"):
            return True
    return overlap and rule[2] is Kind.LOCATION and _SPACED.fullmatch(text[rule[0] : rule[1]]) is not None
