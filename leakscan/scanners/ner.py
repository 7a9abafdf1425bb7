"""PERSON, LOCATION and ORG: spaCy's entities, cleaned up, plus cue phrases it misses.

Three sources, all read from the one shared ``ctx.doc`` (built on the truecased text, see
:mod:`leakscan.truecase`, so offsets are offsets into ``ctx.text``):

1. **spaCy NER** — PERSON -> PERSON; GPE, LOC, FAC -> LOCATION; ORG -> ORG. Spans are trimmed
   of possessive "'s", punctuation, emoji and stray function words ("Jake at" -> "Jake");
   junk is dropped (single characters, digits, "lol", shouted words, URLs, @handles, which
   the handle scanner owns). A known first name that NER calls an ORG or a PRODUCT becomes a
   PERSON; a known or town-like place after "from/in/near" that it calls an ORG becomes a
   LOCATION.
2. **Cue phrases** that work however the child types: "my (little) sister|friend|coach X",
   "mrs|mr|coach|miss X", "me and X", "me X and Y", "X and me", "with X and Y", "named X",
   "will is ..."; "X park|mall|beach|street|...", "lake X", "at X rec center", "i live in X",
   "from X"; "X rovers|tigers|fc", "troop 214".
3. **Known names the model skipped**: a word that is clearly a first name (see the lexicon
   score) or a major place (a country, a big city) and is written, or was truecased, with a
   capital.

Where they overlap, a strong cue beats spaCy, spaCy beats a weak cue ("with X", "in X"),
and a weak cue beats a bare lexicon hit; overlapping findings of one kind are united.

Words are judged with the lexicon of :mod:`leakscan.truecase`: first names, surnames, places
and everyday English words, each with a "properness" score.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from ..findings import Finding, Kind
from ..spans import unite
from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, Lexicon, lexicon
from .base import TextContext, words
from .situation import place_detail

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    Toks = Sequence[Token]

#: (start, end, kind, confidence, priority): 2 = strong cue phrase, 1 = NER, 0.5 = weak cue
#: phrase, 0 = lexicon only. A candidate loses to an overlapping one of higher priority.
_Cand = tuple[int, int, Kind, float, float]
WEAK = 0.5


_LABELS: dict[str, Kind] = {
    "PERSON": Kind.PERSON,
    "GPE": Kind.LOCATION,
    "LOC": Kind.LOCATION,
    "FAC": Kind.LOCATION,
    "ORG": Kind.ORG,
}

#: Kinds that name a place the child can be at (an ORG is often a venue: a mall, a club).
_PLACES = frozenset({Kind.LOCATION, Kind.ORG})

#: spaCy labels a mislabelled person can hide behind (not DATE, TIME, CARDINAL...).
_NAMEABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})

#: Chat words and interjections that are never a name or a place.
JUNK = words(
    """
    lol lmao lmfao rofl omg omfg oml idk idc ikr tbh btw fyi imo imho smh ffs wtf wth stfu
    ty thx tysm pls plz ily ilysm luv bff bffs gf bf bestie haha hahaha hehe lolol yay yass
    yasss ugh ew eww hmm hmmm ok okay k kk np xoxo xo xx xxx brb gtg ttyl ppl rn tmrw tmr
    2day bday hbd rip gg ez noob af asap dm dms pm fb ig yt snap snapchat insta tiktok
    u ur yo ya yah yeah yea yep nope nah hey hi hello bye bro bruh sis fam dude mom mum
    dad mommy mummy daddy mama papa nan nana gran granny grandma grandpa god jesus lord
    sir miss mrs mr ms dr coach teacher everyone everybody someone anyone guys lady
    monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow
    christmas xmas easter halloween thanksgiving wanna gonna gotta tryna lemme gimme
    """
)
#: Months and seasons: names too ("june", "summer"), but not when they start a sentence.
CALENDAR = words(
    "january february march april may june july august september october november december summer winter spring autumn fall"
)

#: Months and their abbreviations (names too: "jan", "june", "april").
MONTHS = CALENDAR | words("jan feb mar apr jun jul aug sep sept oct nov dec")
_DAYISH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)


def _dayish(word: str) -> bool:
    return _DAYISH.fullmatch(word) is not None


#: Relations after "my/our/his/her" that introduce a person's name.
RELATIONS = words(
    """
    sister sis brother bro friend friends bff bestie bf gf boyfriend girlfriend crush cousin
    cuz mom mum mommy mummy mother dad daddy father stepmom stepdad stepmum stepbrother
    stepsister aunt auntie aunty uncle nan nana gran granny grandma grandmother grandpa
    grandad granddad grandfather teacher coach tutor neighbour neighbor babysitter nanny
    classmate buddy pal mate son daughter niece nephew twin partner principal headteacher
    """
)
#: Pets and toys: "my cat is called X" names no person.
PETS = words(
    """
    cat cats kitten kitty dog dogs puppy pup hamster hamsters guinea pig bunny rabbit fish
    goldfish bird parrot budgie turtle tortoise snake lizard gecko horse pony pet pets
    teddy doll character avatar
    """
)
#: Adjectives allowed between "my" and the relation ("my little sister").
RELATION_ADJ = words("little big older younger elder baby best twin step half new old bestest favourite favorite")
#: Titles directly before a name ("mrs patterson", "coach dave").
TITLES = words(
    """
    mr mrs ms mx miss mister missus dr doctor coach sir madam auntie aunty aunt uncle
    grandma grandpa nana nanna granny grandad principal pastor officer professor prof
    """
)
#: Titles that are also everyday words: the name after them must be a known name.
WEAK_TITLES = words("miss sir officer doctor")
#: Words that follow a place name and make the whole thing a place ("riverside park").
PLACE_SUFFIXES = words(
    """
    park mall beach lake woods wood forest playground skatepark plaza zoo pool library rink
    arena stadium field fields gardens garden square pier marina harbour harbor reservoir
    common heath hills valley river creek bay island waterpark arcade aquarium museum
    cinema theatre theater world tower ridge grove heights hill vale meadows springs
    """
)
#: Street words: "maple street", "main st" (with a house number it is the address scanner's).
STREET_SUFFIXES = words("street st road rd avenue ave lane ln drive boulevard blvd crescent terrace")
#: Suffixes after which even everyday words name a place when a preposition comes first
#: ("at pine lake", "on cherry street", "party at bounce world").
PREP_SUFFIXES = STREET_SUFFIXES | words(
    "lake park beach world arcade waterpark mall plaza woods ridge grove heights hill vale meadows springs"
)
#: Two-word place suffixes ("leisure centre", "rec center").
PLACE_SUFFIX_PAIRS = frozenset(
    (a, b)
    for a in ("leisure", "rec", "recreation", "sports", "community", "shopping", "aquatic", "aquatics")
    for b in ("centre", "center")
) | {("swimming", "pool"), ("skate", "park"), ("water", "park"), ("ice", "rink"), ("country", "park")}
#: Words that end the name of a club, a church or a business ("hendersons hardware").
ORG_SUFFIXES = words(
    """
    club academy daycare nursery scouts brownies cubs church chapel mosque temple synagogue
    choir orchestra gymnastics studio studios vets hardware dental bakery pharmacy
    """
)
#: Everyday modifiers that make "X park" a kind of park, not a named one.
GENERIC_MODIFIERS = words(
    """
    dog skate water trampoline theme amusement car local big little new old nearby public
    national state city town school community indoor outdoor kids kid
    shopping sports leisure rec swimming ice country the this that our your my their his
    her same other next last first whole entire real busy quiet empty closest nearest
    """
)
#: Words before a place name ("lake tahoe", "mount rainier").
PLACE_PREFIXES = frozenset({"lake", "mount", "mt", "fort", "port", "loch", "isle", "cape"})
#: Prepositions before a place name.
PLACE_PREPS = words("in from to near at outside around visiting towards toward")
#: Prepositions that may come before an everyday-word place ("on cherry street").
SUFFIX_PREPS = PLACE_PREPS | words("on off by down up along onto behind past")
#: Verbs/prepositions that introduce a place name ("i live in X").
PLACE_CUES = (
    ("live", "in"),
    ("lives", "in"),
    ("living", "in"),
    ("lived", "in"),
    ("moved", "to"),
    ("moving", "to"),
    ("move", "to"),
    ("moved", "from"),
    ("visiting",),
    ("holiday", "in"),
    ("vacation", "in"),
    ("born", "in"),
    ("up", "in"),
)
#: Team words: "riverside rovers", "northside cubs".
TEAM_WORDS = words(
    """
    united rovers rangers wanderers athletic athletics fc afc cubs tigers lions eagles hawks
    bears wolves sharks cobras panthers falcons warriors knights rockets jets giants dragons
    titans bulldogs wildcats raiders stallions mustangs spartans vikings pirates thunder
    lightning strikers dolphins badgers foxes owls ravens hornets jaguars cougars
    """
)
#: Verbs that make a sentence-initial ambiguous name a person ("will is coming over").
SUBJECT_VERBS = words(
    """
    is was has had says said sits sat lives lived likes liked loves loved hates came went got
    gets keeps kept told tells texted wants wanted thinks thought and
    """
)
#: Words ending like a town name ("millbrook", "elmstead", "cedarville").
_TOPONYM = re.compile(
    r"[a-z]{2,20}(?:ville|town|ton|ford|field|wood|brook|bridge|gate|haven|stead|ridge|burg|burgh|borough|"
    r"boro|bury|mouth|port|dale|vale|land|side|view|hurst|ham|worth|wick|thorpe|shire|chester|minster|"
    r"moor|crest|grove|mont|vista|world|mart)"
)

_PLACE_CUES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(c for c in PLACE_CUES if c[0] == first) for first in {c[0] for c in PLACE_CUES}
}
_SENTENCE_ENDS = frozenset({".", "!", "?", "!!", "!!!", "?!", "..."})
#: Every word that can start a cue phrase (others are skipped quickly).
_TRIGGERS = (
    words("my our his her their ma me and & n with w w/ wit wiv named called name troop pack at to")
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

#: Lexicon score a first name needs to be reported from a weak cue or on its own.
NAME_SCORE = 0.3
#: Lexicon score a name needs after a strong cue ("my sister X", "mrs X").
STRONG_CUE_SCORE = -2.5
#: Score above which a known first name the model skipped is still reported.
ALONE_SCORE = 2.0
#: Score a surname needs to extend a name found by a cue ("lily evans").
SURNAME_SCORE = -0.5
#: A one-word PERSON entity that is an everyday word needs at least this name score.
COMMON_NAME_SCORE = -2.5
#: A one-word ORG entity that is a known place with this score is a LOCATION ("Oakridge").
TOWN_SCORE = 1.5
#: Score a place needs after a bare preposition ("from ashford").
PLACE_SCORE = 1.0

_TRIM_CHARS = " \t\r\n.,;:!?\"'`()[]{}<>*_~|/\\-–—…‘’“”#"
_POSSESSIVES = ("'s", "’s", "'S", "’S")
_REPEAT = re.compile(r"(.)\1\1")


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
        toks = list(doc)  # Token objects made once (indexing a Doc makes a new one each time)
        lex = lexicon()
        lows = [t.lower_ for t in toks]
        cands: list[_Cand] = []
        cands.extend(_entities(doc, toks, text, lex))
        cands.extend(_cues(toks, lows, text, lex))
        cands.extend(_lone_names(toks, text, lex))
        if not PETS.isdisjoint(lows):
            cands = _drop_pet_names(toks, cands)
        folded = ctx.folded
        return iter(
            [
                # A place: what the words around it say (the child is there now, invites people...).
                ctx.finding(
                    k,
                    s,
                    e,
                    scanner=self.name,
                    confidence=c,
                    detail=place_detail(folded, s, e) if k in _PLACES else None,
                )
                for s, e, k, c in _resolve(cands)
            ]
        )


# -- word tests -------------------------------------------------------------------------------


def _orig(tok: Token, text: str) -> str:
    """The token as the child wrote it (the Doc holds the truecased text)."""
    return text[tok.idx : tok.idx + len(tok.text)]


def _capitalised(tok: Token, text: str) -> bool:
    orig = _orig(tok, text)
    return orig[:1].isupper() and not orig.isupper()


def _common(low: str, lex: Lexicon) -> bool:
    info = lex.words.get(low)
    return info is not None and bool(info[0] & WORD)


def _unknown(low: str, lex: Lexicon) -> bool:
    """Neither a known name/place nor an everyday word (a rare name: "kowalski")."""
    return low not in lex.words and low.isalpha() and len(low) >= 3


def _townlike(low: str, lex: Lexicon) -> bool:
    """Looks like a town or venue name ("millbrook", "kwikmart") and is no everyday word."""
    if _common(low, lex):
        return False
    info = lex.words.get(low)
    if info is not None and info[0] & PLACE:
        return True
    return info is None and _TOPONYM.fullmatch(low) is not None


def _plain(tok: Token, lex: Lexicon) -> bool:
    """Punctuation, a stop word, a chat word: never part of a name."""
    return not tok.is_alpha or tok.is_stop or tok.lower_ in JUNK


# -- 1. spaCy entities ------------------------------------------------------------------------


def _entities(doc: Doc, toks: Toks, text: str, lex: Lexicon) -> Iterator[_Cand]:
    """Candidates from spaCy's entities."""
    for ent in doc.ents:
        for tokens in _split(toks[ent.start : ent.end], text):
            yield from _entity(toks, ent.label_, tokens, text, lex)


def _entity(doc: Toks, label: str, tokens: list[Token], text: str, lex: Lexicon) -> Iterator[_Cand]:
    """The candidate (if any) for one entity, relabelled and trimmed."""
    if not tokens:
        return
    kind = _LABELS.get(label)
    start = tokens[0].i
    if label in _NAMEABLE and kind is not Kind.PERSON and _lower_first_name(tokens, doc, start, text, lex):
        kind = Kind.PERSON  # "sophia and olivia", "harper just texted me"
    elif kind is None:
        # A known first name mislabelled as a product, work of art...: a person.
        if label in ("PRODUCT", "WORK_OF_ART", "EVENT") and _is_first_name(tokens, text, lex):
            kind = Kind.PERSON
        else:
            return
    elif kind is Kind.ORG and _is_first_name(tokens, text, lex):
        kind = Kind.PERSON
    elif kind is Kind.ORG and _is_town(tokens, doc, start, text, lex):
        kind = Kind.LOCATION
    if kind is Kind.PERSON:
        if start > 0 and doc[start - 1].lower_ in ("st", "st.", "saint"):
            return  # "st luke's": a church or a school, not a person
        end = tokens[-1].i + 1
        if len(tokens) == 1 and tokens[0].lower_ in MONTHS and end < len(doc) and _dayish(doc[end].text):
            return  # "jan 1st", "june 3"
        kind = _person_or_place(tokens, text, lex)
        if kind is None:
            return
    if kind is Kind.LOCATION and label != "FAC" and _everyday(tokens, lex):
        return  # "Bingo .", "the Beast": an everyday word, and no known place
    span = _clean(tokens, text, kind, lex)
    if span is None or (kind is Kind.PERSON and text[span[0] - 1 : span[0]] == "#"):
        return  # nothing left, or a hashtag tagged as a person (mostly topics)
    yield span[0], span[1], kind, 0.85, 1


#: Lower-case words that never sit inside a name: an entity ends before them
#: ("Westfield Mall w Sophie" -> "Westfield Mall")...
_CUT_WORDS = frozenset({"w", "w/", "with", "is", "was", "and"})
#: ...or is split in two around them ("Journalism School at SRM University").
_SPLIT_WORDS = frozenset({"at", "from", "in", "on", "to", "for", "near"})


def _split(tokens: list[Token], text: str) -> Iterator[list[Token]]:
    part: list[Token] = []
    for tok in tokens:
        if part and _orig(tok, text).islower():
            if tok.lower_ in _CUT_WORDS and tok.lower_ != "and":
                break
            if tok.lower_ in _SPLIT_WORDS:
                yield part
                part = []
                continue
        part.append(tok)
    if part:
        yield part


def _is_town(tokens: list[Token], doc: Toks, start: int, text: str, lex: Lexicon) -> bool:
    """A one-word ORG entity that is really a town ("from northgate", "oakridge")."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1:
        return False
    low = words[0].lower_
    info = lex.words.get(low)
    if info is not None and info[0] & (FIRST | LAST | WORD):
        return False
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in ("from", "in", "near", "outside") and _townlike(low, lex):
        return True
    # Written in lower case (so the model saw only our truecasing): trust the lexicon.
    lower = _orig(words[0], text).islower()
    return lower and info is not None and bool(info[0] & PLACE) and info[1] >= TOWN_SCORE


def _person_or_place(tokens: list[Token], text: str, lex: Lexicon) -> Kind | None:
    """Second opinion on a PERSON entity: a known place, an everyday word, or a person."""
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return Kind.PERSON
    lows = [t.lower_ for t in words]
    phrase = " ".join(lows)
    info = lex.words.get(phrase)
    if info is None and len(lows) > 1:
        for p, bits, score in lex.phrases.get(lows[0], ()):
            if p == phrase:
                info = (bits, score)
                break
    if info is not None:
        bits, score = info
        if bits & MAJOR and not bits & (FIRST | LAST) and score >= PLACE_SCORE:
            return Kind.LOCATION  # "Melbourne", "Sri Lanka"
        everyday = bits & WORD and (not bits & (FIRST | LAST) or score < COMMON_NAME_SCORE)
        if len(words) == 1 and everyday and not _cued(tokens[0], text):
            return None  # "Glad", "Speech", "September"
    return Kind.PERSON


def _lower_first_name(tokens: list[Token], doc: Toks, start: int, text: str, lex: Lexicon) -> bool:
    """A single lower-case first name (truecased by us) that the model labelled otherwise.

    The model only saw our capital letter, so its label is a guess; unless the word is
    also a major place, or follows "in/from/to...", it is a person.
    """
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1 or not _orig(words[0], text).islower():
        return False
    info = lex.words.get(words[0].lower_)
    if info is None or not info[0] & FIRST or info[0] & (MAJOR | WORD) or info[1] < NAME_SCORE:
        return False
    return not (start > 0 and doc[start - 1].lower_ in PLACE_PREPS)


def _everyday(tokens: list[Token], lex: Lexicon) -> bool:
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1:
        return False
    info = lex.words.get(words[0].lower_)
    return info is not None and info[0] == WORD


def _cued(tok: Token, text: str) -> bool:
    """The word right after "name is", "named", "called" or a title ("Her name is Scout")."""
    i = tok.i
    doc = tok.doc
    prev = doc[i - 1].lower_ if i > 0 else ""
    prev2 = doc[i - 2].lower_ if i > 1 else ""
    return prev in ("named", "called") or prev in TITLES or (prev in ("is", "'s") and prev2 == "name")


def _is_first_name(tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """One or two tokens: a clear first name (+ surname), not also a place, not an acronym."""
    if not 1 <= len(tokens) <= 2 or tokens[0].text.isupper():
        return False
    first = lex.words.get(tokens[0].lower_)
    if first is None or not first[0] & FIRST or first[0] & PLACE or first[1] < NAME_SCORE:
        return False
    if len(tokens) == 2:
        last = lex.words.get(tokens[1].lower_)
        return last is not None and bool(last[0] & LAST)
    return True


def _clean(tokens: list[Token], text: str, kind: Kind, lex: Lexicon) -> tuple[int, int] | None:
    """Trim an entity to its name; None when nothing name-like is left."""
    lo, hi = 0, len(tokens)
    while lo < hi and _edge_junk(tokens[lo], kind, leading=True):
        lo += 1
    while hi > lo and _edge_junk(tokens[hi - 1], kind, leading=False):
        hi -= 1
    if lo >= hi:
        return None
    core = tokens[lo:hi]
    words = [t for t in core if t.is_alpha]
    if not words:
        return None
    origs = [_orig(t, text) for t in words]
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


def _shouted(tok: Token, text: str, lex: Lexicon) -> bool:
    low = tok.lower_
    if _REPEAT.search(low) or (tok.is_stop and len(low) >= 3):
        return True
    if len(low) < 5 or not _common(low, lex):
        return False
    # An everyday word in capitals, among other words in capitals.
    others = sum(1 for w in text.split() if len(w) >= 3 and w.isupper() and w.isalpha() and w.lower() != low)
    return others >= 1


def _namey(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    info = lex.words.get(low)
    if info is None:
        return _unknown(low, lex)
    if info[0] & (FIRST | LAST | PLACE):
        return info[1] >= STRONG_CUE_SCORE
    return False


def _edge_junk(tok: Token, kind: Kind, *, leading: bool) -> bool:
    t = tok.text
    low = tok.lower_
    if not any(ch.isalnum() for ch in t):
        return True  # punctuation, emoji
    if low in JUNK or t.startswith(("@", "http", "www.")):
        return True
    if tok.is_digit or (tok.like_num and not leading):
        return kind is Kind.PERSON
    if t in _POSSESSIVES:
        return True
    if kind is Kind.PERSON and tok.is_stop and not t[:1].isupper():
        return True
    if leading and low in ("the", "a", "an") and t.islower():
        return True  # "the lake district" -> "lake district"
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
    if start > 0 and text[start - 1] == "@":
        return None  # a handle: the handle scanner's
    if "://" in value or "www." in value.lower() or "@" in value:
        return None
    if value.lower() in JUNK:
        return None
    return start, end


# -- 2. cue phrases ---------------------------------------------------------------------------


def _name_ok(tok: Token, text: str, lex: Lexicon, *, strong: bool) -> bool:
    """Can this token be a person's name after a cue?"""
    t = tok.text
    low = tok.lower_
    if not tok.is_alpha or len(t) < 2 or len(t) > 30 or low in JUNK or low in RELATIONS:
        return False
    cap = _capitalised(tok, text)
    if tok.is_stop and not (cap and low not in ("i", "me", "my")):
        return False
    info = lex.words.get(low)
    if info is not None and info[0] & (FIRST | LAST):
        return info[1] >= (STRONG_CUE_SCORE if strong else NAME_SCORE) or (cap and strong)
    if not strong:
        return False
    # After a strong cue: a word the child capitalised, or a rare word ("kowalski").
    return (cap and not _common(low, lex)) or _unknown(low, lex)


def _name_end(doc: Toks, i: int, text: str, lex: Lexicon) -> int:
    """Index one past the name starting at token i (extends over a following surname)."""
    j = i + 1
    if j < len(doc):
        tok = doc[j]
        info = lex.words.get(tok.lower_)
        if (
            tok.is_alpha
            and not tok.is_stop
            and tok.lower_ not in JUNK
            and info is not None
            and info[0] & LAST
            and (info[1] >= SURNAME_SCORE or _capitalised(tok, text))
        ):
            return j + 1
    return j


def _span(doc: Toks, i: int, j: int) -> tuple[int, int]:
    """Character offsets of tokens i..j-1."""
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _person(doc: Toks, k: int, text: str, lex: Lexicon, conf: float, prio: float = 2) -> tuple[_Cand, int]:
    """A PERSON candidate for the name starting at token k, and the index past it."""
    end = _name_end(doc, k, text, lex)
    s, e = _span(doc, k, end)
    return (s, e, Kind.PERSON, conf, prio), end


def _cues(doc: Toks, lows: list[str], text: str, lex: Lexicon) -> Iterator[_Cand]:
    """Candidates from cue phrases, whatever the casing ("my sister lily", "X park")."""
    n = len(doc)
    for i in range(n):
        low = lows[i]
        if low not in _TRIGGERS and not (i == 0 or lows[i - 1] in _SENTENCE_ENDS or "\n" in lows[i - 1]):
            continue
        # "my (little) sister X", "my teacher mrs X"
        if low in ("my", "our", "his", "her", "their", "ma"):
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
        # "mrs patterson", "coach dave"
        if low in TITLES:
            k = i + 1
            if k < n and doc[k].text == ".":
                k += 1
            if k < n and _name_ok(doc[k], text, lex, strong=low not in WEAK_TITLES):
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
                yield _token_cand(doc, i + 1, 0.8)
                yield _person(doc, i + 3, text, lex, 0.8)[0]
            continue
        # "X and me", "X and i"
        if low in ("and", "&", "n") and i >= 1 and i + 1 < n and lows[i + 1] in ("me", "i"):
            k = i - 1
            if _name_ok(doc[k], text, lex, strong=True) and (k == 0 or lows[k - 1] not in ("the", "a", "my")):
                yield _token_cand(doc, k, 0.8)
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
        # "name is X", "name's X"
        if low == "name" and i + 2 < n and lows[i + 1] in ("is", "'s", "’s", "s"):
            if _name_ok(doc[i + 2], text, lex, strong=True):
                yield _person(doc, i + 2, text, lex, 0.9)[0]
            continue
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


def _token_cand(doc: Toks, i: int, conf: float) -> _Cand:
    """A PERSON candidate covering token i."""
    return doc[i].idx, doc[i].idx + len(doc[i]), Kind.PERSON, conf, 2


def _place_cues(doc: Toks, lows: list[str], i: int, text: str, lex: Lexicon) -> Iterator[_Cand]:
    """Place, team and club candidates around token i."""
    n = len(doc)
    low = lows[i]
    # "X park", "X leisure centre", "X street"
    pair = i + 1 < n and (low, lows[i + 1]) in PLACE_SUFFIX_PAIRS
    if low in PLACE_SUFFIXES or low in STREET_SUFFIXES or pair:
        end_tok = i + 2 if pair else i + 1
        start = _place_modifiers(doc, lows, i, text, lex)
        if start is not None:
            s, e = _span(doc, start, end_tok)
            yield s, e, Kind.LOCATION, 0.8, 2
    # "X rovers", "X fc"
    if low in TEAM_WORDS and i > 0:
        start = _proper_modifiers(doc, i, text, lex)
        if start is not None:
            s, e = _span(doc, start, i + 1)
            yield s, e, Kind.ORG, 0.7, 2
    # "troop 214", "our pack 12"
    if (
        i + 1 < n
        and doc[i + 1].is_digit
        and (low == "troop" or (low == "pack" and i > 0 and lows[i - 1] in ("our", "my")))
    ):
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
        if tok.is_alpha and nl.endswith("s") and nl not in lex.words and not _plain(tok, lex):
            info = lex.words.get(nl[:-1])
            if info is not None and info[0] & FIRST and info[1] >= NAME_SCORE:
                yield tok.idx, tok.idx + len(tok), Kind.PERSON, 0.7, 2
    # "lake tahoe", "mount rainier", "in port haven"
    after_prep = i > 0 and lows[i - 1] in SUFFIX_PREPS
    if (
        low in PLACE_PREFIXES
        and i + 1 < n
        and (_proper(doc[i + 1], text, lex, PLACE_SCORE) or (after_prep and not _plain(doc[i + 1], lex)))
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
    if _plain(tok, lex) or len(tok) < 2:
        return False
    low = tok.lower_
    if _capitalised(tok, text) and not _common(low, lex):
        return True
    info = lex.words.get(low)
    if info is not None and info[0] & (FIRST | LAST | PLACE) and info[1] >= min_score:
        return True
    return _townlike(low, lex) or (_unknown(low, lex) and len(low) >= 4)


def _place_modifiers(doc: Toks, lows: list[str], i: int, text: str, lex: Lexicon, *, org: bool = False) -> int | None:
    """Index of the first word of the name before the suffix at token i, or None."""
    j = i
    proper = False
    while j > 0 and i - j < 4:
        tok = doc[j - 1]
        if tok.text in _POSSESSIVES and j < i + 1 and j - 1 > 0:
            j -= 1  # "st luke's church"
            continue
        if lows[j - 1] in ("st", "st.", "saint") and j < i:
            j -= 1
            proper = True
            break
        low = tok.lower_
        if _plain(tok, lex) or low in RELATIONS or low in GENERIC_MODIFIERS or low in SUFFIX_PREPS:
            break
        if _proper(tok, text, lex, NAME_SCORE):
            proper = True
        j -= 1
    if j == i or doc[j].text in _POSSESSIVES:
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
    if k >= n or _plain(doc[k], lex):
        return None
    tok = doc[k]
    low = tok.lower_
    for phrase, bits, score in lex.phrases.get(low, ()):
        if bits & PLACE and (strong or score >= PLACE_SCORE):
            words = phrase.split(" ")
            if k + len(words) <= n and [t.lower_ for t in doc[k : k + len(words)]] == words:
                return _span(doc, k, k + len(words))
    info = lex.words.get(low)
    cap = _capitalised(tok, text)
    if info is not None and info[0] & PLACE:
        if not strong and info[0] & FIRST and not cap:
            return None  # "to tyler" is a person more often than a town
        nxt = doc[k + 1] if k + 1 < n else None
        clause_end = nxt is None or _plain(nxt, lex) or nxt.lower_ in ("now", "too", "lol")
        if info[1] >= PLACE_SCORE or (cap and info[1] >= STRONG_CUE_SCORE):
            return _span(doc, k, k + 1)
        if strong and info[1] >= STRONG_CUE_SCORE and clause_end:
            return _span(doc, k, k + 1)
        return None
    if _townlike(low, lex) and (info is None or not info[0] & FIRST):
        return _span(doc, k, k + 1)
    if strong and (_unknown(low, lex) or ((cap or _orig(tok, text).isupper()) and not _common(low, lex))):
        return _span(doc, k, k + 1)  # "grew up in onnezies", "lives in PUNKAHARJU"
    if cap and low not in lex.words and doc[k - 1].lower_ in ("in", "from"):
        return _span(doc, k, k + 1)  # "I'm in Troubelice": capitalised, known as nothing else
    return None


# -- 3. known names the model skipped ---------------------------------------------------------


def _lone_names(doc: Toks, text: str, lex: Lexicon) -> Iterator[_Cand]:
    """Capitalised clear first names and major places outside every entity ("Becky", "Belarus")."""
    for i, tok in enumerate(doc):
        if not tok.text[:1].isupper() or tok.ent_type_ or not tok.is_alpha or len(tok) < 3:
            continue
        info = lex.words.get(tok.lower_)
        if info is None:
            continue
        bits, score = info
        if bits & MAJOR and not bits & (FIRST | LAST | WORD) and score >= PLACE_SCORE and not tok.is_stop:
            if i == 0 or doc[i - 1].text not in ("@", "#"):
                yield tok.idx, tok.idx + len(tok), Kind.LOCATION, 0.6, 0  # "Belarus was fun"
            continue
        if not bits & FIRST or bits & (PLACE | WORD) or score < ALONE_SCORE:
            continue
        if tok.is_stop or tok.lower_ in JUNK:
            continue
        if not tok.text[:1].isupper() or tok.text.isupper():
            continue
        if i > 0 and doc[i - 1].text in ("@", "#"):
            continue
        yield tok.idx, tok.idx + len(tok), Kind.PERSON, 0.6, 0


def _drop_pet_names(doc: Toks, cands: list[_Cand]) -> list[_Cand]:
    """Drop PERSON candidates that name a pet: "my dog max", "my cat is called pickles"."""
    first_token = {t.idx: t.i for t in doc}
    out = []
    for c in cands:
        i = first_token.get(c[0])
        if c[2] is Kind.PERSON and i is not None:
            j = i - 1
            while j >= 0 and i - j <= 3 and doc[j].lower_ in ("is", "was", "called", "named", "s", "'s", "name"):
                j -= 1
            if j >= 0 and doc[j].lower_ in PETS:
                continue
        out.append(c)
    return out


# -- resolving overlaps -----------------------------------------------------------------------


def _resolve(cands: list[_Cand]) -> list[tuple[int, int, Kind, float]]:
    """Drop a candidate overlapped by a higher-priority one of another kind; unite the rest.

    Linear in the number of candidates (a post of 100 KB of names has tens of thousands): the
    characters already taken by higher-priority candidates are marked per kind.
    """
    cands.sort(key=lambda c: (-c[4], c[0], -c[1]))
    size = max((c[1] for c in cands), default=0)
    taken: dict[Kind, bytearray] = {}
    kept: list[_Cand] = []
    for _priority, group in groupby(cands, key=lambda c: c[4]):
        level = [c for c in group if not any(m[c[0] : c[1]].strip(b"\0") for k, m in taken.items() if k is not c[2])]
        for s, e, k, _c, _p in level:  # marked after the level: only strictly higher ones drop
            taken.setdefault(k, bytearray(size))[s:e] = b"\1" * (e - s)
        kept.extend(level)
    return [(s, e, k, c) for s, e, k, c, _p in unite(kept, _joined, group=itemgetter(2))]


def _joined(a: _Cand, b: _Cand) -> _Cand:
    """Two overlapping candidates of one kind as one, with the higher confidence."""
    return a[0], max(a[1], b[1]), a[2], max(a[3], b[3]), a[4]
