"""PERSON, LOCATION and ORG: spaCy's entities, cleaned up, plus cue phrases it misses.

Three sources, all read from the one shared ``ctx.doc`` (built on the truecased text, see
:mod:`leakscan.truecase`, so offsets are offsets into ``ctx.text``):

1. **spaCy NER** — PERSON -> PERSON; GPE, LOC, FAC -> LOCATION; ORG -> ORG. Spans are trimmed
   of possessive "'s", punctuation, emoji and stray function words ("Jake at" -> "Jake");
   junk is dropped (single characters, digits, "lol", URLs, @handles, which the handle
   scanner owns). A known first name that NER calls an ORG or a PRODUCT becomes a PERSON.
2. **Cue phrases** that work however the child types: "my (little) sister|friend|coach X",
   "mrs|mr|coach|miss X", "me and X", "X and me", "with X and Y", "named X"; "X park|mall|
   beach|...", "lake X", "at the X rec center", "i live in X".
3. **Known names the model skipped**: a word that is clearly a first name (see the lexicon
   score) and is written, or was truecased, with a capital.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Finding, Kind
from ..truecase import FIRST, LAST, PLACE, Lexicon, lexicon
from .base import TextContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


_LABELS: dict[str, Kind] = {
    "PERSON": Kind.PERSON,
    "GPE": Kind.LOCATION,
    "LOC": Kind.LOCATION,
    "FAC": Kind.LOCATION,
    "ORG": Kind.ORG,
}

#: Chat words and interjections that are never a name or a place.
JUNK = _words(
    """
    lol lmao lmfao rofl omg omfg oml idk idc ikr tbh btw fyi imo imho smh ffs wtf wth stfu
    ty thx tysm pls plz ily ilysm luv bff bffs gf bf bestie haha hahaha hehe lolol yay yass
    yasss ugh ew eww hmm hmmm ok okay k kk np xoxo xo xx xxx brb gtg ttyl ppl rn tmrw tmr
    2day bday hbd rip gg ez noob af asap dm dms pm fb ig yt snap snapchat insta tiktok
    u ur yo ya yah yeah yea yep nope nah hey hi hello bye bro bruh sis fam dude mom mum
    dad mommy mummy daddy mama papa nan nana gran granny grandma grandpa god jesus lord
    sir miss mrs mr ms dr coach teacher everyone everybody someone anyone guys lady
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    christmas xmas easter halloween thanksgiving
    """
)

#: Relations after "my/our/his/her" that introduce a person's name.
RELATIONS = _words(
    """
    sister sis brother bro friend friends bff bestie bf gf boyfriend girlfriend crush cousin
    cuz mom mum mommy mummy mother dad daddy father stepmom stepdad stepmum stepbrother
    stepsister aunt auntie aunty uncle nan nana gran granny grandma grandmother grandpa
    grandad granddad grandfather teacher coach tutor neighbour neighbor babysitter nanny
    classmate buddy pal mate son daughter niece nephew twin partner principal headteacher
    """
)
#: Adjectives allowed between "my" and the relation ("my little sister").
RELATION_ADJ = _words("little big older younger elder baby best twin step half new old bestest favourite favorite")
#: Titles directly before a name ("mrs patterson", "coach dave").
TITLES = _words(
    """
    mr mrs ms mx miss mister missus dr doctor coach sir madam auntie aunty aunt uncle
    grandma grandpa nana nanna granny grandad principal pastor officer professor prof
    """
)
#: Words that follow a place name and make the whole thing a place ("riverside park").
PLACE_SUFFIXES = _words(
    """
    park mall beach lake woods wood forest playground skatepark plaza zoo pool library rink
    arena stadium field fields gardens garden square pier marina harbour harbor reservoir
    common green heath hills hill valley river creek bay island
    """
)
#: Two-word place suffixes ("leisure centre", "rec center").
PLACE_SUFFIX_PAIRS = frozenset(
    {
        ("leisure", "centre"),
        ("leisure", "center"),
        ("rec", "center"),
        ("rec", "centre"),
        ("recreation", "center"),
        ("recreation", "centre"),
        ("sports", "centre"),
        ("sports", "center"),
        ("community", "center"),
        ("community", "centre"),
        ("shopping", "centre"),
        ("shopping", "center"),
        ("swimming", "pool"),
        ("skate", "park"),
        ("water", "park"),
        ("ice", "rink"),
        ("country", "park"),
    }
)
#: Words before a place name ("lake tahoe", "mount rainier").
PLACE_PREFIXES = frozenset({"lake", "mount", "mt", "fort", "port", "loch", "isle", "cape"})
#: Verbs/prepositions that introduce a place name ("i live in X").
PLACE_CUES = (
    ("live", "in"),
    ("lives", "in"),
    ("living", "in"),
    ("lived", "in"),
    ("moved", "to"),
    ("moving", "to"),
    ("move", "to"),
    ("visiting",),
    ("holiday", "in"),
    ("vacation", "in"),
    ("born", "in"),
    ("grew", "up", "in"),
)

#: Lexicon score a first name needs to be reported from a weak cue or on its own.
NAME_SCORE = 0.3
#: Lexicon score a name needs after a strong cue ("my sister X", "mrs X").
STRONG_CUE_SCORE = -2.5
#: Score above which a known first name the model skipped is still reported.
ALONE_SCORE = 2.0
#: Score a surname needs to extend a name found by a cue ("lily evans").
SURNAME_SCORE = -0.5

_TRIM_CHARS = " \t\r\n.,;:!?\"'`()[]{}<>*_~|/\\-–—…‘’“”#"
_POSSESSIVES = ("'s", "’s", "'S", "’S")


class NerScanner:
    """People, places and organisations from the shared spaCy Doc plus cue phrases."""

    name = "ner"
    kinds = frozenset({Kind.PERSON, Kind.LOCATION, Kind.ORG})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield PERSON, LOCATION and ORG findings for ``ctx.text``."""
        text = ctx.text
        if not any(ch.isalpha() for ch in text):
            return iter(())
        doc = ctx.doc
        lex = lexicon()
        # (start, end, kind, confidence, priority): priority 2 = cue, 1 = NER, 0 = lexicon only.
        cands: list[tuple[int, int, Kind, float, int]] = []
        cands.extend(_entities(doc, text, lex))
        cands.extend(_cues(doc, text, lex))
        cands.extend(_lone_names(doc, text, lex))
        return iter([ctx.finding(k, s, e, scanner=self.name, confidence=c) for s, e, k, c in _resolve(cands)])


# -- 1. spaCy entities ------------------------------------------------------------------------


def _entities(doc: Doc, text: str, lex: Lexicon) -> Iterator[tuple[int, int, Kind, float, int]]:
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        tokens = list(ent)
        if kind is None:
            # A known first name mislabelled as a product, work of art...: a person.
            if ent.label_ in ("PRODUCT", "WORK_OF_ART", "NORP", "EVENT") and _is_first_name(tokens, text, lex):
                kind = Kind.PERSON
            else:
                continue
        elif kind is Kind.ORG and _is_first_name(tokens, text, lex):
            kind = Kind.PERSON
        span = _clean(tokens, text, kind)
        if span is not None:
            yield span[0], span[1], kind, 0.85, 1


def _is_first_name(tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """One or two tokens: a clear first name (+ surname), not also a place."""
    if not 1 <= len(tokens) <= 2:
        return False
    first = lex.words.get(tokens[0].lower_)
    if first is None or not first[0] & FIRST or first[0] & PLACE or first[1] < NAME_SCORE:
        return False
    if len(tokens) == 2:
        last = lex.words.get(tokens[1].lower_)
        return last is not None and bool(last[0] & LAST)
    return True


def _clean(tokens: list[Token], text: str, kind: Kind) -> tuple[int, int] | None:
    """Trim an entity to its name; None when nothing name-like is left."""
    # Drop leading/trailing tokens that cannot be part of a name.
    lo, hi = 0, len(tokens)
    while lo < hi and _edge_junk(tokens[lo], kind, leading=True):
        lo += 1
    while hi > lo and _edge_junk(tokens[hi - 1], kind, leading=False):
        hi -= 1
    if lo >= hi:
        return None
    start = tokens[lo].idx
    end = tokens[hi - 1].idx + len(tokens[hi - 1].text)
    return _trim_chars(text, start, end)


def _edge_junk(tok: Token, kind: Kind, *, leading: bool) -> bool:
    t = tok.text
    low = tok.lower_
    if not any(ch.isalnum() for ch in t):
        return True  # punctuation, emoji
    if low in JUNK or t.startswith(("@", "#", "http", "www.")):
        return True
    if tok.is_digit or (tok.like_num and not leading):
        return kind is Kind.PERSON
    if t in _POSSESSIVES:
        return True
    if kind is Kind.PERSON and tok.is_stop and not t[:1].isupper():
        return True
    return bool(not leading and tok.is_stop and tok.is_lower and low not in ("of", "and"))


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    for p in _POSSESSIVES:
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
    if start > 0 and text[start - 1] in "@#":
        return None  # a handle or a hashtag
    if "://" in value or "www." in value.lower() or "@" in value:
        return None
    if value.lower() in JUNK:
        return None
    return start, end


# -- 2. cue phrases ---------------------------------------------------------------------------


def _orig(tok: Token, text: str) -> str:
    return text[tok.idx : tok.idx + len(tok.text)]


def _name_ok(tok: Token, text: str, lex: Lexicon, *, strong: bool) -> bool:
    """Can this token be a person's name after a cue?"""
    t = tok.text
    low = tok.lower_
    if not tok.is_alpha or len(t) < 2 or len(t) > 30 or low in JUNK or low in RELATIONS:
        return False
    orig = _orig(tok, text)
    info = lex.words.get(low)
    if tok.is_stop and not (orig[:1].isupper() and low not in ("i", "me", "my")):
        return False
    if info is not None and info[0] & (FIRST | LAST):
        return info[1] >= (STRONG_CUE_SCORE if strong else NAME_SCORE) or (orig[:1].isupper() and strong)
    # Unknown to the lexicon: only when the child wrote it with a capital.
    return strong and orig[:1].isupper() and not orig.isupper()


def _surname_after(doc: Doc, i: int, text: str, lex: Lexicon) -> int:
    """Index one past the name starting at token i (extends over a following surname)."""
    j = i + 1
    if j < len(doc):
        tok = doc[j]
        info = lex.words.get(tok.lower_)
        orig = _orig(tok, text)
        if (
            tok.is_alpha
            and not tok.is_stop
            and tok.lower_ not in JUNK
            and info is not None
            and info[0] & LAST
            and (info[1] >= SURNAME_SCORE or orig[:1].isupper())
        ):
            return j + 1
    return j


def _cues(doc: Doc, text: str, lex: Lexicon) -> Iterator[tuple[int, int, Kind, float, int]]:
    n = len(doc)
    lows = [t.lower_ for t in doc]
    for i in range(n):
        low = lows[i]
        # "my (little) sister X"
        if low in ("my", "our", "his", "her", "their", "ma"):
            j = i + 1
            while j < n and lows[j] in RELATION_ADJ and j - i <= 3:
                j += 1
            if j < n and lows[j] in RELATIONS:
                k = j + 1
                if k < n and lows[k] in TITLES and k + 1 < n:
                    k += 1  # "my teacher mrs patterson"
                if k < n and _name_ok(doc[k], text, lex, strong=True):
                    end = _surname_after(doc, k, text, lex)
                    yield doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.PERSON, 0.9, 2
            continue
        # "mrs patterson", "coach dave"
        if low in TITLES:
            k = i + 1
            if k < n and doc[k].text == ".":
                k += 1
            if k < n and _name_ok(doc[k], text, lex, strong=low not in ("miss", "sir", "officer", "doctor")):
                end = _surname_after(doc, k, text, lex)
                yield doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.PERSON, 0.85, 2
            continue
        # "me and X", "me n X", "me & X"
        if low == "me" and i + 2 < n and lows[i + 1] in ("and", "n", "&", "+", "an"):
            k = i + 2
            if _name_ok(doc[k], text, lex, strong=True):
                end = _surname_after(doc, k, text, lex)
                yield doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.PERSON, 0.85, 2
            continue
        # "X and me", "X and i"
        if low in ("and", "&", "n") and i >= 1 and i + 1 < n and lows[i + 1] in ("me", "i"):
            k = i - 1
            if _name_ok(doc[k], text, lex, strong=True) and (k == 0 or lows[k - 1] not in ("the", "a", "my")):
                yield doc[k].idx, doc[k].idx + len(doc[k]), Kind.PERSON, 0.8, 2
            continue
        # "with X (and Y)"
        if low in ("with", "w", "w/", "wit", "wiv", "named", "called"):
            k = i + 1
            strong = low in ("named", "called")
            if k < n and _name_ok(doc[k], text, lex, strong=strong):
                end = _surname_after(doc, k, text, lex)
                yield doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.PERSON, 0.75, 2
                if end + 1 < n and lows[end] in ("and", "&", "n") and _name_ok(doc[end + 1], text, lex, strong=False):
                    e2 = _surname_after(doc, end + 1, text, lex)
                    yield doc[end + 1].idx, doc[e2 - 1].idx + len(doc[e2 - 1]), Kind.PERSON, 0.75, 2
            continue
        # "name is X", "name's X"
        if low == "name" and i + 2 < n and lows[i + 1] in ("is", "'s", "’s", "s"):
            k = i + 2
            if _name_ok(doc[k], text, lex, strong=True):
                end = _surname_after(doc, k, text, lex)
                yield doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), Kind.PERSON, 0.9, 2
            continue
        # Places: "X park", "X leisure centre", "lake X", "i live in X"
        if low in PLACE_SUFFIXES or (i + 1 < n and (low, lows[i + 1]) in PLACE_SUFFIX_PAIRS):
            end_tok = i + 1 if low in PLACE_SUFFIXES else i + 2
            start = _place_modifiers(doc, i, text, lex)
            if start is not None:
                last = doc[end_tok - 1]
                yield doc[start].idx, last.idx + len(last), Kind.LOCATION, 0.8, 2
        if low in PLACE_PREFIXES and i + 1 < n and _proper_word(doc[i + 1], text, lex, 1.0):
            yield doc[i].idx, doc[i + 1].idx + len(doc[i + 1]), Kind.LOCATION, 0.8, 2
        for cue in PLACE_CUES:
            m = len(cue)
            if i + m < n and tuple(lows[i : i + m]) == cue:
                place = _place_after(doc, i + m, text, lex)
                if place is not None:
                    yield place[0], place[1], Kind.LOCATION, 0.85, 2
                break


def _proper_word(tok: Token, text: str, lex: Lexicon, min_score: float) -> bool:
    """A name-like word: capitalised by the child, or a known proper name."""
    if not tok.is_alpha or tok.lower_ in JUNK or tok.is_stop or len(tok) < 2:
        return False
    orig = _orig(tok, text)
    if orig[:1].isupper() and not orig.isupper():
        return True
    info = lex.words.get(tok.lower_)
    return info is not None and info[1] >= min_score


def _place_modifiers(doc: Doc, i: int, text: str, lex: Lexicon) -> int | None:
    """Index of the first word of the place name before the suffix at token i, or None."""
    j = i
    proper = False
    while j > 0 and i - j < 3:
        tok = doc[j - 1]
        if not tok.is_alpha or tok.is_stop or tok.lower_ in JUNK or tok.lower_ in RELATIONS:
            break
        if _proper_word(tok, text, lex, NAME_SCORE):
            proper = True
        elif not proper and _orig(tok, text).islower():
            # A plain word right before the suffix ("skate park", "dog park"): not a name.
            break
        j -= 1
    if not proper or j == i:
        return None
    return j


def _place_after(doc: Doc, k: int, text: str, lex: Lexicon) -> tuple[int, int] | None:
    """A known place right after a cue ("i live in springfield", "moved to new york")."""
    n = len(doc)
    if k >= n or not doc[k].is_alpha or doc[k].is_stop or doc[k].lower_ in JUNK:
        return None
    # Multi-word places from the lexicon.
    for phrase, bits, _score in lex.phrases.get(doc[k].lower_, ()):
        if bits & PLACE:
            words = phrase.split(" ")
            if k + len(words) <= n and [t.lower_ for t in doc[k : k + len(words)]] == words:
                last = doc[k + len(words) - 1]
                return doc[k].idx, last.idx + len(last)
    info = lex.words.get(doc[k].lower_)
    orig = _orig(doc[k], text)
    if info is None or not info[0] & PLACE:
        if orig[:1].isupper() and not orig.isupper():
            return doc[k].idx, doc[k].idx + len(doc[k])
        return None
    nxt = doc[k + 1] if k + 1 < n else None
    clause_end = nxt is None or not nxt.is_alpha or nxt.lower_ in ("and", "now", "with", "too", "lol", "but", "near")
    if info[1] >= NAME_SCORE or orig[:1].isupper() or (info[1] >= STRONG_CUE_SCORE and clause_end):
        return doc[k].idx, doc[k].idx + len(doc[k])
    return None


# -- 3. known names the model skipped ---------------------------------------------------------


def _lone_names(doc: Doc, text: str, lex: Lexicon) -> Iterator[tuple[int, int, Kind, float, int]]:
    for i, tok in enumerate(doc):
        if tok.ent_type_ or not tok.is_alpha or len(tok) < 3:
            continue
        info = lex.words.get(tok.lower_)
        if info is None or not info[0] & FIRST or info[0] & PLACE or info[1] < ALONE_SCORE:
            continue
        if tok.is_stop or tok.lower_ in JUNK:
            continue
        if not tok.text[:1].isupper() or tok.text.isupper():
            continue
        if i > 0 and doc[i - 1].text in ("@", "#"):
            continue
        yield tok.idx, tok.idx + len(tok), Kind.PERSON, 0.6, 0


# -- resolving overlaps -----------------------------------------------------------------------


def _resolve(cands: list[tuple[int, int, Kind, float, int]]) -> list[tuple[int, int, Kind, float]]:
    """Drop a candidate overlapped by a higher-priority one of another kind; unite the rest."""
    cands.sort(key=lambda c: (-c[4], c[0], -c[1]))
    kept: list[tuple[int, int, Kind, float, int]] = []
    for c in cands:
        clash = False
        for k in kept:
            if c[0] < k[1] and k[0] < c[1] and k[2] is not c[2] and k[4] > c[4]:
                clash = True
                break
        if not clash:
            kept.append(c)
    kept.sort(key=lambda c: (c[0], -c[1]))
    out: list[tuple[int, int, Kind, float]] = []
    for s, e, k, conf, _p in kept:
        for idx, (s2, e2, k2, c2) in enumerate(out):
            if k2 is k and s < e2 and s2 < e:
                out[idx] = (min(s, s2), max(e, e2), k, max(conf, c2))
                break
        else:
            out.append((s, e, k, conf))
    return out
