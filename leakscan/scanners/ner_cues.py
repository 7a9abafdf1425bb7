"""Cue phrases that name a person, a place or a club however the child types
(:mod:`leakscan.scanners.ner`, source 2): "my (little) sister X", "mrs|coach X", "me and X",
"with X and Y", "named X", "will is ..."; "X park|mall|street", "lake X", "at X rec center",
"i live in X", "from X"; "X rovers|fc", "troop 214".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as world
from ..findings import Kind
from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, Lexicon
from .base import words
from .ner_words import (
    CALENDAR,
    GENERIC_MODIFIERS,
    JUNK,
    NAME_SCORE,
    ORG_SUFFIXES,
    PETS,
    PLACE_CUES,
    PLACE_PREFIXES,
    PLACE_PREPS,
    PLACE_SCORE,
    PLACE_SUFFIX_PAIRS,
    PLACE_SUFFIXES,
    POSSESSIVES,
    PREP_SUFFIXES,
    RELATION_ADJ,
    RELATIONS,
    ROMANCE_LITTLE,
    STREET_SUFFIXES,
    STRONG_CUE_SCORE,
    SUBJECT_VERBS,
    SUFFIX_PREPS,
    SURNAME_SCORE,
    TEAM_WORDS,
    TITLES,
    WEAK,
    WEAK_TITLES,
    Cand,
    capitalised,
    common,
    orig,
    plain,
    token_cand,
    townlike,
    unknown,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

_PLACE_CUES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(c for c in PLACE_CUES if c[0] == first) for first in {c[0] for c in PLACE_CUES}
}


_SENTENCE_ENDS = frozenset({".", "!", "?", "!!", "!!!", "?!", "..."})


#: "and I" in Spanish, French, Portuguese, German, Dutch, Malay/Indonesian ("marta y yo", "lucas et moi", "sari sama aku").
_AND_I = frozenset(
    {("y", "yo"), ("et", "moi"), ("e", "eu"), ("und", "ich"), ("en", "ik"), ("sama", "aku"), ("dan", "aku")}
)
#: Words before "X and me"/"X and i" that make X a thing or a place ("my dog and me", "she lives in <town> and me in ...").
_THING_BEFORE = words("the a an my ur your his her our their this that whole some every in near around outside")
#: Every word that can start a cue phrase (others are skipped quickly).
_TRIGGERS = (
    words(
        "my our his her their ma mi me and & n with w w/ wit wiv named called name troop pack at to from dear birthday bday"
    )
    | {a for a, _ in _AND_I}
    | TITLES
    | PLACE_SUFFIXES
    | STREET_SUFFIXES
    | {a for a, _ in PLACE_SUFFIX_PAIRS}
    | TEAM_WORDS
    | ORG_SUFFIXES
    | PLACE_PREFIXES
    | PLACE_PREPS
    | set(_PLACE_CUES_BY_FIRST)
)


def _name_ok(tok: Token, text: str, lex: Lexicon, *, strong: bool) -> bool:
    """Can this token be a person's name after a cue?"""
    t = tok.text
    low = tok.lower_
    if _APOSTROPHE_NAME.fullmatch(low) and low not in _APOSTROPHE_WORDS and low not in TITLES:
        return strong  # "fa'amoana and me", "mr ta'ala": a name of the Pacific, Arabic, Irish with its apostrophe
    if not tok.is_alpha or len(t) < 2 or len(t) > 30 or low in JUNK or low in RELATIONS:
        return False
    cap = capitalised(tok, text)
    if tok.is_stop and not (cap and low not in ("i", "me", "my")):
        return False
    info = lex.words.get(low)
    if info is not None and info[0] & (FIRST | LAST):
        return info[1] >= (STRONG_CUE_SCORE if strong else NAME_SCORE) or (cap and strong)
    if not strong:
        return False
    # After a strong cue: a word the child capitalised, or a rare word ("kowalski").
    return (cap and not common(low, lex)) or unknown(low, lex)


#: Words before "mam" that make it a mother ("my mam said", "me mam"), not a teacher's title.
_MAM_OWNERS = frozenset({"my", "me", "your", "ur", "yer", "his", "her", "our", "their", "ye"})


def _teachers_mam(lows: list[str], i: int) -> bool:
    """``lows[i]`` is "mam" or "ma'am" as a teacher's title ("mam dlamini said", "thank you ma'am
    khumalo"): South African, Indian and Filipino pupils' word for a woman teacher; after "my" it is
    a mother (Irish and northern English "mam"), so a rare surname after it needs no list."""
    return lows[i] in ("mam", "ma'am", "ma’am") and (i == 0 or lows[i - 1] not in _MAM_OWNERS)


def _everyday_word(tok: Token, text: str, lex: Lexicon) -> bool:
    """An everyday word written in lower case ("king", "queen", "bestie"), or a word of a chat,
    maybe stretched ("meee", "youuu")."""
    if capitalised(tok, text):
        return False
    for low in (tok.lower_, re.sub(r"(.)\1+", r"\1", tok.lower_)):
        info = lex.words.get(low)
        if low in JUNK or low in _WISHED or (info is not None and info[0] & WORD):
            return True
    return False


#: Who else a birthday wish is for ("happy birthday to meee", "happy bday u").
_WISHED = words("me u you ya yu us yall everyone everybody all")


def _lower_next(doc: Toks, i: int, text: str) -> bool:
    """The token after ``i`` is written in lower case in the original text."""
    if i + 1 >= len(doc):
        return False
    tok = doc[i + 1]
    return text[tok.idx : tok.idx + len(tok)].islower()


def _name_end(doc: Toks, i: int, text: str, lex: Lexicon) -> int:
    """Index one past the name starting at token i (extends over a following surname: a known
    one, or a word no list knows after a known given name: "oscar lindqvist")."""
    j = i + 1
    if j < len(doc):
        tok = doc[j]
        info = lex.words.get(tok.lower_)
        if not tok.is_alpha or tok.is_stop or tok.lower_ in JUNK:
            return j
        if info is None:
            # after an English given name only: after a name of the world lists an unknown word is
            # mostly the post's own language going on ("mwalimu wanjala alituambia": "told us")
            given = lex.words.get(doc[i].lower_)
            english = doc[i].lower_ not in world.entries("first_names")
            return j + 1 if given is not None and given[0] & FIRST and english and unknown(tok.lower_, lex) else j
        if info[0] & LAST and (info[1] >= SURNAME_SCORE or capitalised(tok, text)):
            return j + 1
    return j


def _span(doc: Toks, i: int, j: int) -> tuple[int, int]:
    """Character offsets of tokens i..j-1."""
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _person(doc: Toks, k: int, text: str, lex: Lexicon, conf: float, prio: float = 2) -> tuple[Cand, int]:
    """A PERSON candidate for the name starting at token k, and the index past it."""
    end = _name_end(doc, k, text, lex)
    s, e = _span(doc, k, end)
    return (s, e, Kind.PERSON, conf, prio), end


def cues(doc: Toks, lows: list[str], text: str, lex: Lexicon) -> Iterator[Cand]:
    """Candidates from cue phrases, whatever the casing ("my sister lily", "X park")."""
    n = len(doc)
    for i in range(n):
        low = lows[i]
        if (
            low not in _TRIGGERS
            and low not in world.entries("place_suffix")
            and not (i == 0 or lows[i - 1] in _SENTENCE_ENDS or "\n" in lows[i - 1])
        ):
            continue
        # "my (little) sister X", "my teacher mrs X"; patois "mi bredda X"
        if low in ("my", "our", "his", "her", "their", "ma", "mi"):
            j = i + 1
            while j < n and lows[j] in RELATION_ADJ and j - i <= 3:
                j += 1
            if j < n and lows[j] in RELATIONS:
                k = j + 1
                if k + 1 < n and lows[k] in TITLES:
                    k += 1
                if k < n and _name_ok(doc[k], text, lex, strong=True):
                    yield _person(doc, k, text, lex, 0.9)[0]
            continue
        # "mrs patterson", "coach dave"; not "JFK MS band": "MS" in capitals after a name, before a
        # word in lower case, is a middle school
        if low in TITLES and not (
            low == "ms" and i > 0 and text[doc[i].idx : doc[i].idx + 2] == "MS" and _lower_next(doc, i, text)
        ):
            k = i + 1
            if k < n and doc[k].text == ".":
                k += 1
            if k < n and (_PARTICLE_NAME.fullmatch(lows[k]) or _APOSTROPHE_NAME.fullmatch(lows[k])):
                yield token_cand(doc, k, 0.85)  # "mr o'sullivan", "mrs d'souza", "mr fa'alogo"
            elif k + 2 < n and lows[k] in _PARTICLES and lows[k + 1] in _SECOND_PARTICLES:
                s, e = _span(doc, k, k + 3)  # "mev van der merwe", "mnr van den berg", "ms de la cruz"
                yield s, e, Kind.PERSON, 0.85, 2
            elif k + 1 < n and lows[k] in _PARTICLES and _name_ok(doc[k + 1], text, lex, strong=True):
                s, e = _span(doc, k, k + 2)  # "mr o sullivan", "ms nic giolla", "meneer van wyk"
                yield s, e, Kind.PERSON, 0.85, 2
            elif k < n and _name_ok(doc[k], text, lex, strong=low not in WEAK_TITLES or _teachers_mam(lows, i)):
                yield _person(doc, k, text, lex, 0.85)[0]
            continue
        # "me and X", "me n X"; "me X and Y"
        if low == "me" and i + 2 < n:
            if lows[i + 1] in ("and", "n", "&", "+", "an") and _name_ok(doc[i + 2], text, lex, strong=True):
                yield _person(doc, i + 2, text, lex, 0.85)[0]
            elif (
                i + 3 < n
                and lows[i + 2] in ("and", "n", "&")
                and _name_ok(doc[i + 1], text, lex, strong=False)
                and _name_ok(doc[i + 3], text, lex, strong=False)
            ):
                yield token_cand(doc, i + 1, 0.8)
                yield _person(doc, i + 3, text, lex, 0.8)[0]
            continue
        # "X and me", "X and i"; and in the languages children mix into English ("santi y yo", "léa et moi")
        if (
            i >= 1
            and i + 1 < n
            and ((low in ("and", "&", "n") and lows[i + 1] in ("me", "i")) or (low, lows[i + 1]) in _AND_I)
        ):
            k = i - 1
            # another language's "and I" is a weaker cue: a listed given name only ("pizza y yo" is no one)
            strong = (low, lows[i + 1]) not in _AND_I
            if _name_ok(doc[k], text, lex, strong=strong) and (k == 0 or lows[k - 1] not in _THING_BEFORE):
                yield token_cand(doc, k, 0.8)
            continue
        # "with X (and Y)", "named X" (but not "my cat is called pickles")
        if low in ("with", "w", "w/", "wit", "wiv", "named", "called"):
            k = i + 1
            if low in ("named", "called") and any(w in PETS for w in lows[max(0, i - 4) : i]):
                continue
            strong = low in ("named", "called")
            if k < n and _name_ok(doc[k], text, lex, strong=strong):
                cand, end = _person(doc, k, text, lex, 0.75, 2 if strong else WEAK)
                yield cand
                if end + 1 < n and lows[end] in ("and", "&", "n") and _name_ok(doc[end + 1], text, lex, strong=False):
                    yield _person(doc, end + 1, text, lex, 0.75, WEAK)[0]
            continue
        # "To: X", "From: X", "Dear X": a card, a parcel, a letter names who it is for or from
        label = i + 1 < n and lows[i + 1] in (":", ",")
        if (low == "dear" or (low in ("to", "from") and label)) and (
            i == 0 or "\n" in lows[i - 1] or lows[i - 1] in _SENTENCE_ENDS
        ):
            k = i + 2 if label else i + 1
            if k < n and _name_ok(doc[k], text, lex, strong=True):
                yield _person(doc, k, text, lex, 0.85)[0]
            continue
        # "happy birthday X", "happy bday X": a wish names the friend whose day it is (not
        # "happy birthday king", "happy bday bestie": an everyday word is no name here)
        if low in ("birthday", "bday") and i >= 1 and lows[i - 1] == "happy":
            k = i + 2 if i + 1 < n and lows[i + 1] == "to" else i + 1
            if k < n and _name_ok(doc[k], text, lex, strong=True) and not _everyday_word(doc[k], text, lex):
                yield _person(doc, k, text, lex, 0.8)[0]
            continue
        # "bio: kaia 🌺 11 🌺 porirua": a profile's bio opens on its owner's name
        if low == "bio" and i == 0:
            k = i + 1
            while k < n and not doc[k].is_alpha and k - i <= 3:
                k += 1  # ":", "~", an emoji
            if (
                k > i + 1
                and k < n
                and _name_ok(doc[k], text, lex, strong=True)
                and not _everyday_word(doc[k], text, lex)
            ):
                yield token_cand(doc, k, 0.8)
            continue
        # "name is X", "name's X"
        if low == "name" and i + 2 < n and lows[i + 1] in ("is", "'s", "’s", "s"):
            if _name_ok(doc[i + 2], text, lex, strong=True):
                yield _person(doc, i + 2, text, lex, 0.9)[0]
            continue
        # "sefanaia come play rugby", "okello come to the mall": a sentence opening on a rare word
        # or a given name, then "come": the friend called
        if (
            (i == 0 or lows[i - 1] in _SENTENCE_ENDS or "\n" in lows[i - 1])
            and i + 1 < n
            and lows[i + 1] == "come"
            and _name_ok(doc[i], text, lex, strong=True)
            and not _everyday_word(doc[i], text, lex)
            and not (lex.words.get(low, (0,))[0] & WORD)  # "Summer come back": a capital opens any sentence
        ):
            yield token_cand(doc, i, 0.7)
        # "will is coming over": an everyday-word name starting a sentence, then a verb.
        if (i == 0 or lows[i - 1] in _SENTENCE_ENDS or "\n" in lows[i - 1]) and i + 1 < n:
            info = lex.words.get(low)
            if (
                info is not None
                and info[0] & FIRST
                and not info[0] & MAJOR
                and (info[0] & WORD or info[1] >= NAME_SCORE)
                and not (low in CALENDAR and lows[i + 1] in ("is", "was", "has", "had"))
                and lows[i + 1] in SUBJECT_VERBS
                and lows[i + 1] != "and"
            ):
                yield doc[i].idx, doc[i].idx + len(doc[i]), Kind.PERSON, 0.6, WEAK
        yield from _place_cues(doc, lows, i, text, lex)


def _place_cues(doc: Toks, lows: list[str], i: int, text: str, lex: Lexicon) -> Iterator[Cand]:
    """Place, team and club candidates around token i."""
    n = len(doc)
    low = lows[i]
    # "X park", "X leisure centre", "X street"
    pair = i + 1 < n and (low, lows[i + 1]) in PLACE_SUFFIX_PAIRS
    if low in PLACE_SUFFIXES or low in STREET_SUFFIXES or pair or low in world.entries("place_suffix"):
        end_tok = i + 2 if pair else i + 1
        start = _place_modifiers(doc, lows, i, text, lex)
        if start is not None:
            s, e = _span(doc, start, end_tok)
            yield s, e, Kind.LOCATION, 0.8, 2
    # "on 5th st", "at 42nd street": a numbered street ("st" after a preposition: "5th st patrick's" is a day)
    numbered = i > 0 and low in STREET_SUFFIXES and _ORDINAL.fullmatch(lows[i - 1]) is not None
    if numbered and (low not in ("st", "st.") or (i > 1 and lows[i - 2] in SUFFIX_PREPS)):
        s, e = _span(doc, i - 1, i + 1)
        yield s, e, Kind.LOCATION, 0.8, 2
    # "X rovers", "X fc"
    if low in TEAM_WORDS and i > 0:
        start = _proper_modifiers(doc, i, text, lex)
        if start is not None:
            s, e = _span(doc, start, i + 1)
            yield s, e, Kind.ORG, 0.7, 2
    # "troop 214", "our pack 12", "for Pack 118", "pack 40 pinewood derby"
    if i + 1 < n and doc[i + 1].is_digit and (low == "troop" or (low == "pack" and _cub_pack(doc, lows, i, text))):
        s, e = _span(doc, i, i + 2)
        yield s, e, Kind.ORG, 0.7, 2
    # "my mum works at station 14": a numbered fire or police station where a parent works
    if low == "station" and i + 1 < n and doc[i + 1].is_digit and _worked_at(lows, i):
        s, e = _span(doc, i, i + 2)
        yield s, e, Kind.ORG, 0.7, 2
    # "hendersons hardware", "st luke's church"
    if low in ORG_SUFFIXES and i > 0:
        start = _place_modifiers(doc, lows, i, text, lex, org=True)
        if start is not None:
            s, e = _span(doc, start, i + 1)
            yield s, e, Kind.ORG, 0.7, 2
    # "sleepover at mias", "going to jakes": a friend's house
    if low in ("at", "to") and i + 1 < n:
        tok = doc[i + 1]
        nl = tok.lower_
        if tok.is_alpha and nl.endswith("s") and nl not in lex.words and not plain(tok, lex):
            info = lex.words.get(nl[:-1])
            if info is not None and info[0] & FIRST and info[1] >= NAME_SCORE:
                yield tok.idx, tok.idx + len(tok), Kind.PERSON, 0.7, 2
    # "lake tahoe", "mount rainier", "in port haven"
    after_prep = i > 0 and (lows[i - 1] in SUFFIX_PREPS or lows[i - 1] == "au")  # French "au parc ..."
    if (
        low in PLACE_PREFIXES
        and i + 1 < n
        and (_proper(doc[i + 1], text, lex, PLACE_SCORE) or (after_prep and not plain(doc[i + 1], lex)))
        and lows[i + 1] not in ROMANCE_LITTLE
    ):
        s, e = _span(doc, i, i + 2)
        yield s, e, Kind.LOCATION, 0.8, 2
    # "i live in X", "moved to X"
    for cue in _PLACE_CUES_BY_FIRST.get(low, ()):
        m = len(cue)
        if i + m < n and tuple(lows[i : i + m]) == cue:
            place = _place_after(doc, i + m, text, lex, strong=True)
            if place is not None:
                yield place[0], place[1], Kind.LOCATION, 0.85, 2
            return
    # "from millbrook", "in springfield"
    if low in PLACE_PREPS and i + 1 < n:
        place = _place_after(doc, i + 1, text, lex, strong=False)
        if place is not None:
            yield place[0], place[1], Kind.LOCATION, 0.7, WEAK


def _proper(tok: Token, text: str, lex: Lexicon, min_score: float) -> bool:
    """A name-like word: capitalised by the child, a known proper name, or town-like."""
    if plain(tok, lex) or len(tok) < 2:
        return False
    low = tok.lower_
    if capitalised(tok, text) and not common(low, lex):
        return True
    info = lex.words.get(low)
    if info is not None and info[0] & (FIRST | LAST | PLACE) and info[1] >= min_score:
        return True
    return townlike(low, lex) or (unknown(low, lex) and len(low) >= 4)


#: A trip's verb or a chat "and" before a place name ends it ("me n amira going trafford centre").
_GOING = words("going goin go went heading headed n")


def _place_modifiers(doc: Toks, lows: list[str], i: int, text: str, lex: Lexicon, *, org: bool = False) -> int | None:
    """Index of the first word of the name before the suffix at token i, or None."""
    j = i
    proper = False
    while j > 0 and i - j < 4:
        tok = doc[j - 1]
        if tok.text in POSSESSIVES and j < i + 1 and j - 1 > 0:
            j -= 1  # "st luke's church"
            continue
        if lows[j - 1] in ("st", "st.", "saint") and j < i:
            j -= 1
            proper = True
            break
        low = tok.lower_
        if plain(tok, lex) or low in RELATIONS or low in GENERIC_MODIFIERS or low in SUFFIX_PREPS or low in _GOING:
            break
        if low in world.entries("filler_words") and not common(low, lex):
            break  # "jom pergi mid valley": chat of another language ends the name ("grand ave" stays)
        if _proper(tok, text, lex, NAME_SCORE):
            proper = True
        j -= 1
    if j == i or doc[j].text in POSSESSIVES:
        return None
    if proper:
        return j
    if org:
        return None
    # Everyday words only ("pine lake", "cherry street"): only right after a preposition.
    if lows[i] in PREP_SUFFIXES and j > 0 and lows[j - 1] in SUFFIX_PREPS and i - j <= 2:
        return j
    return None


def _proper_modifiers(doc: Toks, i: int, text: str, lex: Lexicon) -> int | None:
    """Start of 1-2 name-like words before token i (a team name), or None."""
    j = i
    while j > 0 and i - j < 2 and _proper(doc[j - 1], text, lex, NAME_SCORE):
        j -= 1
    return None if j == i else j


def _place_after(doc: Toks, k: int, text: str, lex: Lexicon, *, strong: bool) -> tuple[int, int] | None:
    """A place right after a cue ("i live in springfield", "moved to new york", "from millbrook")."""
    n = len(doc)
    if k >= n or plain(doc[k], lex):
        return None
    tok = doc[k]
    low = tok.lower_
    for phrase, bits, score in lex.phrases.get(low, ()):
        if bits & PLACE and (strong or score >= PLACE_SCORE):
            words = phrase.split(" ")
            if k + len(words) <= n and [t.lower_ for t in doc[k : k + len(words)]] == words:
                return _span(doc, k, k + len(words))
    info = lex.words.get(low)
    cap = capitalised(tok, text)
    if info is not None and info[0] & PLACE:
        if not strong and info[0] & FIRST and not cap:
            return None  # "to tyler" is a person more often than a town
        nxt = doc[k + 1] if k + 1 < n else None
        clause_end = nxt is None or plain(nxt, lex) or nxt.lower_ in ("now", "too", "lol")
        if info[1] >= PLACE_SCORE or (cap and info[1] >= STRONG_CUE_SCORE):
            return _span(doc, k, k + 1)
        if strong and info[1] >= STRONG_CUE_SCORE and clause_end:
            return _span(doc, k, k + 1)
        return None
    if townlike(low, lex) and (info is None or not info[0] & FIRST):
        return _span(doc, k, k + 1)
    if strong and (unknown(low, lex) or ((cap or orig(tok, text).isupper()) and not common(low, lex))):
        return _span(doc, k, k + 1)  # "grew up in onnezies", "lives in PUNKAHARJU"
    if cap and low not in lex.words and doc[k - 1].lower_ in ("in", "from"):
        return _span(doc, k, k + 1)  # "I'm in Troubelice": capitalised, known as nothing else
    return None


#: Words of a post about cub scouts: a "pack" with a number is then the child's pack.
_CUB_WORDS = words("cub cubs scout scouts den akela pinewood webelos jamboree woggle arrow bobcat campout")


def _worked_at(lows: list[str], i: int) -> bool:
    """The words before ``i`` end with a workplace cue (lexicon ``workplace_cues``: "works at")."""
    cues = world.entries("workplace_cues")
    return any(" ".join(lows[i - k : i]) in cues for k in (2, 3) if i >= k)


def _cub_pack(doc: Toks, lows: list[str], i: int, text: str) -> bool:
    """ "pack" at ``i`` before a number is a cub pack: after "our", "cub"...; written "Pack" inside
    a sentence; or numbered with two digits or more in a post about cubs ("pack 2 jumpers" is none)."""
    if i > 0 and lows[i - 1] in ("our", "my", "cub", "cubs", "scout", "scouts"):
        return True
    if i > 0 and orig(doc[i], text) == "Pack" and lows[i - 1] not in _SENTENCE_ENDS:
        return True
    return len(doc[i + 1]) >= 2 and not _CUB_WORDS.isdisjoint(lows)


# -- surnames with a particle (issue 10, family 1); the other world forms are in ner_world ----

#: A surname with its particle and apostrophe, one token: "o'sullivan", "d'souza", "mc'cann".
_PARTICLE_NAME = re.compile(r"(?:o|d|mc|mac)['’][a-z]{2,20}")
#: Words with an apostrophe inside that are no names.
_APOSTROPHE_WORDS = words("y'all ya'll ma'am o'clock c'mon g'day g'night s'more s'mores rock'n'roll")
#: A name with an apostrophe inside, kept one token by the tokenizer (contractions are split):
#: the glottal stop of Samoan, Tongan and Hawaiian names ("fa'amoana", "ta'ala"), Arabic ("sa'ad"),
#: the Irish "o'" and "d'" ("o'brien"). After a strong cue it is a name though no list holds it.
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]{1,8}['’][^\W\d_]{2,20}(?:['’][^\W\d_]{2,20})?")
#: Particles that open a surname of two words after a title: "o sullivan", "nic giolla", "van wyk".
_PARTICLES = words("o ó mc mac nic ní ni van von ter de le la du del dos das dela al bin binti")
#: The second word of a two-word particle ("van der", "van den", "de la"): a surname follows.
_SECOND_PARTICLES = words("der den de la le")

#: A street's number written as an ordinal ("5th", "42nd", "1st").
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")

#: An age group after a team's name: "u12", "u12s", "under 12s", "under-9s".
#: An age group before or (the US way) after its number: "u12", "under 9s", "12u".
#: Afrikaans "o/13", "o13" ("onder", under; never "o2", the phone network): ages 6 to 19.
_AGE_GROUP = re.compile(r"(?:u|under[\s-]?)\d{1,2}s?|\d{1,2}u|o/?(?:[6-9]|1\d)", re.IGNORECASE)
#: Words before an age group that are no part of the team's name: a title, the word between two sides.
_NO_TEAM = TITLES | {"vs", "v", "versus"}
#: A word before a girls' team's name ("lady hornets 12u"), everyday though it is.
_TEAM_LEADS = frozenset({"lady", "ladies"})


def youth_teams(doc: Toks, lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """A youth team: one to three name words and an age group ("harrow hill u12s", "kanata kings
    u11", "riverside under 9s") is an ORG, the age group included."""
    n = len(doc)
    for i in range(n):  # an age group may open the post ("u12 morley thunder won")
        j = i + 1
        if lows[i] == "under" and i + 1 < n and re.fullmatch(r"\d{1,2}s?", lows[i + 1]):
            j = i + 2
            if j < n and lows[j] in ("s", "'s"):
                j += 1
        elif not _AGE_GROUP.fullmatch(lows[i]):
            continue
        k = i
        # not a title, nor a fixture's "vs" ("... vs holy trinity u13")
        while (
            k > 0 and i - k < 3 and doc[k - 1].is_alpha and not plain(doc[k - 1], lex) and lows[k - 1] not in _NO_TEAM
        ):
            k -= 1
        if 0 < k < i and lows[k - 1] in _TEAM_LEADS:
            k -= 1
        if k < i:
            yield doc[k].idx, doc[j - 1].idx + len(doc[j - 1]), Kind.ORG, 0.75, 3  # beats "harrow hill"
        elif (end := _team_after(doc, lows, j, lex)) > j:
            yield doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.ORG, 0.7, 3  # "u11 morley thunder"


#: A team's level after its age group ("u15 aa barrhaven wolves", "u9 div 2 ..."): no part of the name.
_TEAM_LEVEL = re.compile(r"a{1,3}|b{1,2}|c|div\d?|rep|elite|premier")
#: Words after an age group that are the team's doings, not its name ("u12 tryouts", "u11 morley thunder won").
_TEAM_NOT_NAME = words(
    """girls boys team teams squad league game games match matches final finals tournament tourney trials
    selection selections tryouts tryout training practice season cup camp tonight today tomorrow tmrw
    won lost beat win lose play played playing plays vs v at in on and we"""
)


def _team_after(doc: Toks, lows: list[str], j: int, lex: Lexicon) -> int:
    """End index of a youth team's name written after its age group, the US and Canadian way ("u11 morley
    thunder", "u15 aa barrhaven wolves"): one to four words, the first a name or a place (no everyday word);
    ``j`` when there is none."""
    n = len(doc)
    if j < n and _TEAM_LEVEL.fullmatch(lows[j]):
        j += 1
    lead = j  # "u12 lady hornets": a girls' team's lead word, everyday though it is, then the name
    if j + 1 < n and lows[j] in _TEAM_LEADS:
        j += 1
    if j > lead and doc[j].is_alpha and lows[j].endswith("s") and lows[j] not in _TEAM_NOT_NAME:
        return j + 1  # "u12 lady wasps": after the lead, a team's plural name, everyday though it is
    first = lex.words.get(lows[j]) if j < n else None
    if j >= n or not doc[j].is_alpha or plain(doc[j], lex) or lows[j] in _TEAM_NOT_NAME:
        return lead
    if first is not None and (not first[0] & (FIRST | LAST | PLACE) or first[0] & (WORD | FIRST) == WORD):
        return lead  # "u12 red devils", "u10 coaches": an everyday word first (a surname too, but no given name)
    end = j
    while (
        end < n and end - j < 4 and doc[end].is_alpha and not plain(doc[end], lex) and lows[end] not in _TEAM_NOT_NAME
    ):
        end += 1
    return end


#: After a name, the child's own group ("moana from my class", "ali in our team"): a classmate,
#: though a film or a star has the name.
_MINE_AFTER = re.compile(
    r"\s{1,3}(?:from|in|at|on)\s{1,3}(?:my|our)\s{1,3}(?:class|school|grade|year|form|team|squad|street|church"
    r"|club|tuition|group|bus|estate|road)\b"
)


def classmate_after(lows: str, end: int) -> bool:
    """The name ending at ``end`` of the lower-cased text is followed by the child's own group."""
    return _MINE_AFTER.match(lows, end) is not None
