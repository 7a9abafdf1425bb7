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
The cue phrases are read by :mod:`~leakscan.scanners.ner_cues`; the word tables and the tests
of one word are in :mod:`~leakscan.scanners.ner_words`; an entity's span is trimmed to its name by
:mod:`~leakscan.scanners.ner_trim`; places named by a code ("in pta", "postcode 2145 so westmead") by
:mod:`~leakscan.scanners.ner_codes`; people named around the child by :mod:`~leakscan.scanners.ner_people`;
named venues by :mod:`~leakscan.scanners.ner_venues`; the towns and countries of the child's routine by
:mod:`~leakscan.scanners.ner_routine`; spans that name no entity by :mod:`~leakscan.scanners.ner_no_entity`;
public people by :mod:`~leakscan.scanners.ner_public_people`.

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
from .age_world import idioms
from .base import TextContext
from .ner_codes import POSTCODE_CUE, with_coded_places, with_postcode_places
from .ner_cues import cues, youth_teams
from .ner_groups import local_groups
from .ner_hangul import hangul_cues
from .ner_kana import kana_names
from .ner_no_entity import (
    company_name,
    group_words_only,
    no_entity,
    not_a_place,
    school_cheer,
    season_opening,
    without_placeholders,
)
from .ner_partners import with_partners
from .ner_people import family_org, people_cues
from .ner_places import listed_place, local_places, person_or_town
from .ner_public import not_public
from .ner_public_people import player_by_surname
from .ner_routine import lived_in_countries, ridden_cities, routine_cities
from .ner_suffixed import suffixed_places
from .ner_titled import with_titled
from .ner_trim import model_tokens, settled, trim_entity
from .ner_venues import venue_places
from .ner_words import (
    ALONE_SCORE,
    CALENDAR,
    COMMON_NAME_SCORE,
    JUNK,
    MONTHS,
    NAME_SCORE,
    PETS,
    PLACE_PREPS,
    PLACE_SCORE,
    TITLES,
    TOWN_SCORE,
    Cand,
    common,
    given_name,
    named_pet,
    orig,
    townlike,
    unknown,
)
from .ner_world import no_kin, world_cues
from .situation import place_detail
from .tag_echo import with_echoes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    Toks = Sequence[Token]


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


_DAYISH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)


#: A place preposition right before a word ("from", "near"; Caribbean "by": "liming by <town>").
_PREP_END = re.compile(r"(?:^|\s)(?:in|from|near|outside|around|by)\s{1,3}$", re.IGNORECASE)


#: A hill or a mountain walked up, its one word ("hike up the <peak>", "hiked up <peak>", "climbing up
#: <peak>"): a troop's or a class's day out, where the child is.
_WALKED_UP = re.compile(
    r"(?<![\w'’])(?:hike|hiked|hiking|climb|climbed|climbing)\s{1,3}up\s{1,3}(?:the\s{1,3})?(?P<peak>[^\W\d_]{3,20})(?![\w'’])",
    re.IGNORECASE,
)


def _peaks_walked(text: str, lex: Lexicon) -> Iterator[Cand]:
    """The peak after "hike up (the)": only a word no list knows ("the hill", "the stairs", "ben"
    are no peak's name; a known place is the model's and the cue rules')."""
    for m in _WALKED_UP.finditer(text):
        if unknown(m.group("peak").lower(), lex):
            yield m.start("peak"), m.end("peak"), Kind.LOCATION, 0.75, 2


#: A saint's title right before a name, in the languages of the lists ("st", "saint", "san", "santa", "são").
_SAINT_BEFORE = re.compile(r"(?<![\w'’])(?:st\.?|saint|sainte|ste|san|sant|santa|santo|são|sao)\s{1,3}\Z", re.I)


#: Between an age saying with "like" (:func:`~.age_world.idioms`: "i feel like a 5 year old") and a place: "at"
#: or "in" ("... at the easter fair", "... in a sweet shop"): the place belongs to the comparison.
_SIMILE_AT = re.compile(r"\s{1,3}(?:at|in)\s{1,3}(?:the\s{1,3}|a\s{1,3})?")


def _no_simile_places(cands: list[Cand], folded: str) -> list[Cand]:
    """Drop the places right after an age saying with "like": a comparison, not where the child is."""
    ends = [e for s, e in idioms(folded) if "like" in folded[s:e]]
    return [
        c
        for c in cands
        if c[2] is Kind.PERSON or not any(0 < c[0] - e <= 12 and _SIMILE_AT.fullmatch(folded, e, c[0]) for e in ends)
    ]


def _month_before_day(doc: Toks, i: int) -> bool:
    """Token ``i`` is a month and a day follows it ("jan 1st", "june 3"): a date, not a name."""
    return doc[i].lower_ in MONTHS and i + 1 < len(doc) and _DAYISH.fullmatch(doc[i + 1].text) is not None


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
        cands: list[Cand] = []
        # a bare lower-case word ("timaru" as a whole message) is a word: the model's guess alone is
        # too little (the conversation layer reads it after a question); a capitalised one is kept
        # (a name label "Sophie", an Artist field)
        if len(text.split()) > 1 or not text.strip().islower():
            cands.extend(_entities(doc, toks, text, lex))
        cands.extend(cues(toks, lows, text, lex))
        cands.extend(world_cues(toks, lows, text, lex))
        cands.extend(hangul_cues(text))  # "<name>랑 <place> 갔다옴": no capital, no English cue
        cands.extend(kana_names(text))  # "<name>くんと": a friend's name with a Japanese honorific
        cands.extend(people_cues(text, lex))  # "named her baby <name>", "with <name> after school"
        cands.extend(lived_in_countries(text))  # "we live in aus now"
        cands.extend(ridden_cities(text, lex))  # "i get <city> bus to school"
        cands.extend(suffixed_places(text, lex))  # Turkish "kadıköyde": in Kadıköy
        cands.extend(youth_teams(toks, lows, lex))
        cands.extend(local_places(text, lex))
        cands.extend(local_groups(text, lex))
        cands.extend(venue_places(text, lex))  # "<name> community hall", "meet outside <chain>"
        cands.extend(routine_cities(text, lex))  # "we go to <city> once a week"
        cands.extend(_lone_names(toks, text, lex))
        if "up" in ctx.folded:
            cands.extend(_peaks_walked(text, lex))  # "scouts hike up the <peak> today"
        if "#" in text:
            cands.extend(_hashtag_teams(text, lex))
        if not PETS.isdisjoint(lows):
            cands = _drop_pet_names(toks, cands)
        cands = settled(cands, text)  # "eoins da" -> "eoin", "rebel county c o r k" -> "c o r k"
        cands = without_placeholders(cands, text)  # "[ORG]" of a redacted post is no org
        # "the feast of st <saint>", "festa ta' san <saint>": a name right after a saint's title is the saint's
        cands = [c for c in cands if c[2] is not Kind.PERSON or not _SAINT_BEFORE.search(text[max(0, c[0] - 8) : c[0]])]
        if "like a" in ctx.folded:  # "i feel like a 5 year old at the fair": the picture's place, no visit
            cands = _no_simile_places(cands, ctx.folded)
        if "#" in text:  # "go <name>!! #<name>high": the school's short name, the school scanner's
            cands = [c for c in cands if c[2] is Kind.PERSON or not school_cheer(text, c[0], c[1])]
        # "masjid was packed", "church youth group", "hamara mandir": club and worship words alone name no one
        cands = [c for c in cands if c[2] is Kind.LOCATION or not group_words_only(text[c[0] : c[1]])]
        # "talking to lebohang": a given name of the world lists is a person, though a village has it;
        # "yellowknife got no malls": a town of the lists that is no one's name is a place, unless a
        # name cue read it (priority 2: "salote and ratu", "ms o'connor")
        # "from tlokweng", "liming by <town>": right after a place preposition, a place of the lexicon
        # that is no given name is a place, though no town list has it or a surname is spelled so
        cands = [
            (
                s,
                e,
                person_or_town(
                    k, text[s:e], lex, cued=p >= 2, after_prep=_PREP_END.search(text, max(0, s - 12), s) is not None
                ),
                c,
                p,
            )
            for s, e, k, c, p in cands
        ]
        # "moved to <town>": the model and a strong place cue both read a place there; a name
        # rule's reading of the same word (a town that is a given name too) loses to the two
        model_places = {(s, e) for s, e, k, _c, p in cands if k is Kind.LOCATION and p == 1}
        cued_places = {(s, e) for s, e, k, _c, p in cands if k is Kind.LOCATION and p >= 2} & model_places
        if cued_places:
            cands = [c for c in cands if c[2] is not Kind.PERSON or (c[0], c[1]) not in cued_places]
        # "lives in Soweto", "jozi nights", "moved to elk grove and i": a town or venue of the lists
        # that a place rule found holds no person, though a name cue read one in it (a given name
        # of the lists stays a name)
        listed = {(s, e) for s, e, k, _c, p in cands if k is Kind.LOCATION and p >= 2 and listed_place(text[s:e])}
        if listed:
            cands = [c for c in cands if c[2] is not Kind.PERSON or not any(s <= c[0] and c[1] <= e for s, e in listed)]
        folded = ctx.folded
        kept = no_kin(not_public(_resolve(cands), text, lex), text)  # "my abuelas house"
        kept = with_partners(kept, toks, text, lex)  # "keisha and tre": the friend beside a friend
        kept = with_titled(kept, toks, text, lex)  # "ate joy", "whaea mere": a relative or an elder
        if POSTCODE_CUE in ctx.folded:
            kept = with_postcode_places(kept, ctx.folded)  # "postcode 2145 so westmead lol"
        kept = with_coded_places(kept, ctx.folded, lex)  # "so hot in pta today"
        if "#" in text:
            kept = with_echoes(kept, text)  # "come on castlebar mitchels #castlebarmitchels4life"
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
                for s, e, k, c in kept
            ]
        )


# -- 1. spaCy entities ------------------------------------------------------------------------


def _entities(doc: Doc, toks: Toks, text: str, lex: Lexicon) -> Iterator[Cand]:
    """Candidates from spaCy's entities."""
    for ent in doc.ents:
        for tokens in _split(toks[ent.start : ent.end], text):
            yield from _entity(toks, ent.label_, tokens, text, lex)


def _entity(doc: Toks, label: str, tokens: list[Token], text: str, lex: Lexicon) -> Iterator[Cand]:
    """The candidate (if any) for one entity, relabelled and trimmed."""
    if not tokens or no_entity(doc, tokens, text):
        return  # ...or "yu-gi" of "yu-gi-oh", "mason" of "mason jar"
    kind = _LABELS.get(label)
    if kind in _PLACES:
        tokens = model_tokens(tokens, doc)  # "ngk waterkloof vanoggend" (this morning)
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
        if tokens[0].lower_ == "saint" or (start > 0 and doc[start - 1].lower_ in ("st", "st.", "saint")):
            return  # "st luke's": a church or a school; "saint patrick banished the snakes": the saint
        if len(tokens) == 1 and _month_before_day(doc, start):
            return  # "jan 1st", "june 3"
        kind = _person_or_place(tokens, text, lex)
        if kind is None or (kind is Kind.PERSON and player_by_surname(doc, tokens, lex)):
            return  # ...or "o'rourke scored a cracker": a player
        if kind is Kind.PERSON and season_opening(doc, tokens):
            return  # "Summer come back pls": a season spoken to
        if kind is Kind.PERSON and company_name(tokens):
            return  # "<name> Company", "<name> Ltd": a firm, no person
    if kind is Kind.ORG and family_org(doc, tokens):
        return  # "<surname> family": a household, read as people by ner_people
    if kind in _PLACES and not_a_place(doc, tokens, text, lex):
        return  # "back to square one", "the savannah", "the iga", "#beachlife"
    if kind is Kind.LOCATION and label != "FAC" and _everyday(tokens, doc, lex):
        return  # "Bingo .", "the Beast": an everyday word, and no known place
    if kind is Kind.LOCATION and all(t.lower_ in TITLES and not given_name(t.lower_, lex) for t in tokens):
        return  # "a sticker from whaea": a teacher's title alone is no place ("lola <name>": a given name too)
    if kind is Kind.LOCATION and len(tokens) == 1 and tokens[0].lower_ in CALENDAR:
        return  # "christmas in summer": a season or a month after "in" is a time, no place
    if kind is Kind.ORG and _lower_words(tokens, text, lex):
        return  # "bake sale saturday", "apple pie 4.00": the model guessed from context alone
    span = trim_entity(tokens, text, kind, lex)
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
        if not any(ch.isalnum() or ch.isascii() for ch in tok.text):  # an emoji ends a name: "u13 🏒 lets go"
            if part:
                break
            continue
        if part and orig(tok, text).islower():
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
    if prev in ("from", "in", "near", "outside") and townlike(low, lex):
        return True
    # Written in lower case (so the model saw only our truecasing): trust the lexicon.
    lower = orig(words[0], text).islower()
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
    if len(words) == 1 and lows[0] in MONTHS and orig(words[0], text).islower() and not _cued(words[0], text):
        return None  # "summer is so hot", "see u in june": a time, unless a cue names someone
    if info is not None:
        bits, score = info
        if bits & MAJOR and not bits & (FIRST | LAST) and score >= PLACE_SCORE:
            return Kind.LOCATION  # "Melbourne", "Sri Lanka"
        # A lower-case word that is all its text says ("diamond", "gold lol") gives the model
        # nothing to judge by: an everyday word then, though a name too (a bare reply is a name
        # or a handle when the question asked for one: conversation/answers.py).
        lower = len(words) == 1 and orig(words[0], text).islower()
        everyday = bits & WORD and (
            not bits & (FIRST | LAST) or score < COMMON_NAME_SCORE or (lower and _alone(words[0]))
        )
        if len(words) == 1 and everyday and not _cued(tokens[0], text):
            return None  # "Glad", "Speech", "September"
    if (
        len(words) > 1
        and lows[0] in CALENDAR
        and all(orig(w, text).islower() and common(w.lower_, lex) for w in words[1:])
    ):
        return None  # "summer camp", "winter break": a season's event, though "summer" is a name too
    head = lex.words.get(lows[0])
    if len(words) > 1 and head is not None and head[0] == WORD and lows[0] not in TITLES:
        return None  # "Smoothies Mango" on a menu: a name does not start with an everyday word
    if (
        any(w in _COMPASS for w in lows[1:])
        and lows[0] not in TITLES
        and not any(lex.words.get(w, (0, 0))[0] & FIRST for w in lows)
    ):
        return None  # a region, a game server: "eu west" ("adam west", "mr west" are people)
    return Kind.PERSON


#: Compass words that end a region's name.
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"})


def _lower_first_name(tokens: list[Token], doc: Toks, start: int, text: str, lex: Lexicon) -> bool:
    """A single lower-case first name (truecased by us) that the model labelled otherwise.

    The model only saw our capital letter, so its label is a guess; unless the word is
    also a major place, or follows "in/from/to...", it is a person.
    """
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1 or not orig(words[0], text).islower():
        return False
    info = lex.words.get(words[0].lower_)
    if info is None or not info[0] & FIRST or info[0] & (MAJOR | WORD) or info[1] < NAME_SCORE:
        return False
    return not (start > 0 and doc[start - 1].lower_ in PLACE_PREPS)


def _everyday(tokens: list[Token], doc: Toks, lex: Lexicon) -> bool:
    """One everyday word: only a word ("Bingo"), or more a word than a place ("Mango", a town
    in Togo) with nothing before it that says a place follows ("from Cork" stays)."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1:
        return False
    info = lex.words.get(words[0].lower_)
    if info is None or not info[0] & WORD:
        return False
    if info[0] == WORD:
        return True
    i = words[0].i
    return info[1] <= 0 and not (i > 0 and doc[i - 1].lower_ in PLACE_PREPS)


def _lower_words(tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """Everyday English words only, written in lower case and left so by truecasing: no
    capital told the model it is a name."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(orig(t, text).islower() and t.text.islower() and common(t.lower_, lex) for t in words)


def _alone(tok: Token) -> bool:
    """The only word of its text, but for fillers ("lol", "haha") and stop words."""
    return all(t.i == tok.i or not t.is_alpha or t.is_stop or t.lower_ in JUNK for t in tok.doc)


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


# -- 3. known names the model skipped ---------------------------------------------------------


def _lone_names(doc: Toks, text: str, lex: Lexicon) -> Iterator[Cand]:
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
        if _month_before_day(doc, i):
            continue  # "Jan 1st", where the pipeline tags no DATE (leakscan-kid-ner)
        yield tok.idx, tok.idx + len(tok), Kind.PERSON, 0.6, 0


#: After "the dog" a person's job ("jack the dog walker"); before the name a friend word ("my
#: friend jack the dog lover"): then the name is a person's.
_PET_JOBS = frozenset(
    {"walker", "walkers", "sitter", "sitters", "trainer", "groomer", "lover", "whisperer", "guy", "man"}
)
_PAL_WORDS = frozenset({"friend", "friends", "bestie", "bff", "mate", "buddy", "cousin", "brother", "sister", "with"})


#: Between a pet word and its name: "my cat is called X", and Hindi/Urdu "mere dog ka naam X hai"
#: (my dog's name is X).
_PET_LINKS = frozenset({"is", "was", "called", "named", "s", "'s", "name", "ka", "ki", "naam", "nam"})


def _drop_pet_names(doc: Toks, cands: list[Cand]) -> list[Cand]:
    """Drop PERSON candidates that name a pet: "my dog max", "my cat is called pickles", "max the dog"."""
    first_token = {t.idx: t.i for t in doc}
    out = []
    for c in cands:
        i = first_token.get(c[0])
        if c[2] is Kind.PERSON and i is not None:
            j = i - 1
            if j >= 0 and doc[j].lower_.rstrip(".") in TITLES:
                j -= 1  # a pet's mock title: "my cat is called sir whiskers"
            if j >= 2 and doc[j].lower_ in ("and", "&", "n") and doc[j - 2].lower_ in ("called", "named"):
                j -= 2  # the second of two pets named together: "2 kittens called luna and mochi"
            while j >= 0 and i - j <= 6 and doc[j].lower_ in _PET_LINKS:
                j -= 1
            if (j >= 0 and doc[j].lower_ in PETS) or named_pet([t.lower_ for t in doc[max(0, i - 8) : i]]):
                continue
            k = next((t.i for t in doc if t.idx >= c[1]), len(doc))
            if (
                k + 1 < len(doc)
                and doc[k].lower_ == "the"
                and doc[k + 1].lower_ in PETS
                and (k + 2 >= len(doc) or doc[k + 2].lower_ not in _PET_JOBS)
                and (i == 0 or doc[i - 1].lower_ not in _PAL_WORDS)
            ):
                continue  # "jack the dog next door": the pet's name and what it is
        out.append(c)
    return out


# -- resolving overlaps -----------------------------------------------------------------------


def _resolve(cands: list[Cand]) -> list[tuple[int, int, Kind, float]]:
    """Drop a candidate overlapped by a higher-priority one of another kind; unite the rest.

    Linear in the number of candidates (a post of 100 KB of names has tens of thousands): the
    characters already taken by higher-priority candidates are marked per kind.
    """
    cands.sort(key=lambda c: (-c[4], c[0], -c[1]))
    size = max((c[1] for c in cands), default=0)
    taken: dict[Kind, bytearray] = {}
    kept: list[Cand] = []
    for _priority, group in groupby(cands, key=lambda c: c[4]):
        level = [c for c in group if not any(m[c[0] : c[1]].strip(b"\0") for k, m in taken.items() if k is not c[2])]
        for s, e, k, _c, _p in level:  # marked after the level: only strictly higher ones drop
            taken.setdefault(k, bytearray(size))[s:e] = b"\1" * (e - s)
        kept.extend(level)
    return [(s, e, k, c) for s, e, k, c, _p in unite(kept, _joined, group=itemgetter(2))]


def _joined(a: Cand, b: Cand) -> Cand:
    """Two overlapping candidates of one kind as one, with the higher confidence."""
    return a[0], max(a[1], b[1]), a[2], max(a[3], b[3]), a[4]


#: A youth team as a hashtag: "#kestrelsu12", "#riversideu10s", "#hawksunder9".
_HASHTAG_TEAM = re.compile(r"(?<![\w#])#(?P<tag>[^\W\d_]{3,30}u(?:nder)?\d{1,2}s?)(?![\w])", re.IGNORECASE)
#: A scout troop by its number as a hashtag, as "troop 214" is in words: "#troop214".
_HASHTAG_TROOP = re.compile(r"(?<![\w#])#(?P<tag>troop\d{1,4})(?![\w])", re.IGNORECASE)


def _hashtag_teams(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Youth teams run together in a hashtag (issue 10, family 3): the span is the tag's body
    ("#menu12" is a menu, not the under-12s of "men")."""
    for m in _HASHTAG_TEAM.finditer(text):
        letters = m.group("tag").rstrip("0123456789s").lower()
        if not common(letters, lex):
            yield m.start("tag"), m.end("tag"), Kind.ORG, 0.7, 2
    for m in _HASHTAG_TROOP.finditer(text):
        yield m.start("tag"), m.end("tag"), Kind.ORG, 0.7, 2
