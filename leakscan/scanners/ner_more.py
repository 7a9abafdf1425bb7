"""More cues and second looks at the model's spans, for :mod:`~leakscan.scanners.ner` (the kid-text
model retrained on 2026-12-07, models/NER.md, misses or mislabels these forms):

* **names the model skips** — a baby named by a relative ("my sister named her baby <name>"); a name
  before the child's own group with its activity ("<name> from my swim club"); a country written
  short after a residence cue ("we live in aus now");
* **places that are none** — a venue that is a saying too, said as the saying ("back to square
  one"); "the" before a landform ("the savannah") or before a shop chain that is a given name too
  ("the iga"); a hashtag of an everyday word and a topic ("#beachlife");
* **people that are public** — a surname alone before a scoring verb ("o'<surname> scored"): a
  player, as commentators and fans call them (a child calls a friend by the given name);
* **more names and places the model skips** — a given name after "with" before a time or a place
  ("with <name> after school"); a hyphenated given name before another language's "and me"
  ("<name>-<name> et moi"); a town before its bus or trains the child rides ("i get <city> bus");
* **no entity at all** — a short name cheered beside a school's hashtag of it ("go <name>!!
  #<name>high": the school scanner's); a redaction placeholder leakscan itself writes ("[ORG]").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, LAST, Lexicon
from .base import words
from .handle_words import stop_words
from .ner_elsewhere import FIRST_PERSON, MOVE_WISH, RESIDENCE, big_city
from .ner_groups import only_group_words
from .ner_hangul import people_with
from .ner_places import TIME_WORDS, saying_at
from .ner_retrained import HALL_KINDS
from .ner_words import JUNK, Cand, common, given_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

#: "named her baby <name>", "called their new baby girl <name>": a relative's baby, a person (a pet
#: has its own word there: "named her dog", which the pet rule reads).
_NAMED_BABY = re.compile(
    r"\b(?:named|called|naming|calling)\s{1,3}(?:her|his|their|our|my|the)\s{1,3}(?:new\s{1,3})?"
    r"(?:baby|son|daughter|newborn|little\s{1,3}one)\s{1,3}(?:boy\s{1,3}|girl\s{1,3})?"
    r"(?P<name>[a-z][a-z'’-]{1,20})(?![\w'’])"
)
#: "<name> from my swim club", "and <name> in our dance class": a name opening a clause before the
#: child's own group, an activity word allowed before the group's word.
_MINE_WITH_ACTIVITY = re.compile(
    r"(?:^|[.!?,;]\s{0,3}|\b(?:and|with|n)\s{1,3})(?P<name>[a-z][a-z'’-]{2,20})\s{1,3}(?:from|in|at)\s{1,3}"
    r"(?:my|our)\s{1,3}(?:[a-z]{3,12}\s{1,3})?(?:club|class|team|squad|troop|choir|band|group)\b"
)
#: Landforms a model takes for a town after "the" ("come by the savannah"): a kind of land, or a
#: public ground, no address.
_LANDFORMS = words("savannah savanna outback bush prairie veld veldt jungle tundra steppe desert rainforest")
#: Shop chains whose names are given names too ("iga", a Polish given name; "myer", a surname): after
#: "the" the chain (kept out of the famous brands, which would silence the person too).
_NAME_CHAINS = words("iga myer")
#: What a hashtag of an everyday word ends in when it is a topic ("#beachlife", "#farmvibes").
_TOPIC_ENDS = ("life", "lyf", "lyfe", "vibes", "goals", "mood")
#: Verbs after a player's surname ("<surname> scored a screamer").
_SCORING = words("scored scores netted nets bagged slotted")
#: Everyday things named by a name or a place before their word ("mason jar", "bay leaves"): no one.
_THINGS = frozenset({("mason", "jar"), ("mason", "jars"), ("bay", "leaf"), ("bay", "leaves")})
#: Letters spaced out ("c o r k"): a place rule's spelling, the name within a longer span of the model.
_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_]){2,}")
#: A surname written with its Irish or Scottish particle ("o'rourke", "mcgrath").
_PARTICLE_SURNAME = re.compile(r"(?:o['’]|mc|mac)[a-z]{3,}")
#: "with <name> after school", "w/ <name> at the park": a plan with a friend, a time or a place
#: word right after the name (the cue alone is too weak for a name that is a place too).
_WITH_PLAN = re.compile(
    r"\b(?:with|w/|wiv)\s{1,3}(?P<name>[a-z][a-z'’-]{1,20})\s{1,3}"
    r"(?:after|before|later|at|tmrw|tomorrow|tonight|today|this|on)\b"
)
#: A hyphenated given name before "and me" in a language children mix into English ("<name>-<name>
#: et moi", "<name>-<name> y yo"): the tokenizer splits it, so the cue reads only its last half.
_HYPHEN_AND_I = re.compile(
    r"(?<![\w-])(?P<name>(?P<first>[^\W\d_]{2,15})-(?P<second>[^\W\d_]{2,15}))\s{1,3}"
    r"(?:et\s{1,3}moi|y\s{1,3}yo|e\s{1,3}eu|und\s{1,3}ich|en\s{1,3}ik|(?:and|n|&)\s{1,3}(?:me|i))\b"
)
#: A city's bus or trains the child rides ("i get <city> bus to school", "we take the <city> trams"):
#: the city is where the child is (the city's service as the topic stays public, ner_elsewhere).
_RIDES = re.compile(
    r"\b(?:get|gets|got|take|takes|took|catch|catches|caught|ride|rides|rode|use)\s{1,3}(?:the\s{1,3})?"
    r"(?P<city>[a-z]{3,20})\s{1,3}(?:bus|buses|trains?|metro|trams?|luas|dart|subway)\b"
)
#: A household named after its surname ("the <surname> family"): people, never an org (a home
#: network's "<Surname> Family" is read whole by the codes scanner's household rule).
_FAMILY = re.compile(r"\bthe\s{1,3}(?P<name>[a-z][a-z'’]{2,20})[\s_]{1,3}(?:family|household|fam)(?![a-z])")
#: The words that end a school's hashtag after its short name ("#<name>high", "#<name>college").
_SCHOOL_TAG_ENDS = ("high", "hs", "college", "academy", "school", "primary", "ps", "ss", "grammar", "intermediate")
#: The placeholders leakscan's redaction writes ("[PERSON]", "[ORG]", leakscan.redact.text): no entity.
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(k.value for k in Kind) + r")\]")


def more_cues(text: str, lex: Lexicon) -> Iterator[Cand]:
    """PERSON and LOCATION candidates of the forms above that the model skips."""
    low = text.lower()
    if "named" in low or "called" in low or "naming" in low or "calling" in low:
        for m in _NAMED_BABY.finditer(low):
            if _name_like(m.group("name"), lex, surname=False):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2
    if " my " in low or " our " in low:
        for m in _MINE_WITH_ACTIVITY.finditer(low):
            if _name_like(m.group("name"), lex, surname=True):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2
    if "in " in low or "to " in low:
        for _i, _j, s, e in wl.find("countries", wl.text_words(text)):
            before = low[:s]
            if RESIDENCE.search(before) and not MOVE_WISH.search(before):
                yield s, e, Kind.LOCATION, 0.8, 2  # "we live in aus now", "moved to nz"
    if "with" in low or "w/" in low or "wiv" in low:
        for m in _WITH_PLAN.finditer(low):
            if _listed_given_name(m.group("name"), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.75, 2
    if "-" in low:
        for m in _HYPHEN_AND_I.finditer(low):
            first, second = wl.unaccented(m.group("first")), wl.unaccented(m.group("second"))
            if given_name(first, lex) and given_name(second, lex, everyday=True):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "<name>-<name> et moi"
    if "fam" in low or "household" in low:
        for m in _FAMILY.finditer(low):
            if _name_like(m.group("name"), lex, surname=True) or _town_name(m.group("name"), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "the <surname> family"
    for m in _RIDES.finditer(low):
        city = m.group("city")
        if FIRST_PERSON.search(low, 0, m.start()) and (city in wl.entries("world_cities") or big_city(city, lex)):
            yield m.start("city"), m.end("city"), Kind.LOCATION, 0.8, 2  # "i get <city> bus to school"


def _town_name(name: str, lex: Lexicon) -> bool:
    """A town's name that a family may carry as its surname ("<town> family"), no everyday word."""
    return name in wl.entries("towns") and not common(name, lex) and name not in wl.entries("famous")


def _listed_given_name(name: str, lex: Lexicon) -> bool:
    """A given name of the lists that is no everyday word, chat filler, stop word or famous name."""
    return name in lex.words and _name_like(name, lex, surname=False)


def _name_like(name: str, lex: Lexicon, *, surname: bool) -> bool:
    """A given name (or, when ``surname``, a surname) of the lists, or a word no list knows; not a
    stop word, chat filler, an everyday word or a famous name."""
    if name in stop_words() or name in JUNK or name in wl.entries("famous") or name in wl.entries("filler_words"):
        return False
    info = lex.words.get(name)
    if info is None:
        return name not in wl.entries("countries")
    if common(name, lex):
        return False
    return given_name(name, lex) or (surname and bool(info[0] & LAST))


def not_a_place(doc: Toks, tokens: Sequence[Token], text: str, lex: Lexicon) -> bool:
    """The model's place span is a saying, a landform or a shop chain after "the", or a topic's hashtag."""
    lows = [t.lower_ for t in doc]
    start, end = tokens[0].i, tokens[-1].i + 1
    if saying_at(lows, start, end):
        return True  # "back to square one", "at square one again"
    if end - start != 1:
        return False
    low = lows[start]
    if start and lows[start - 1] == "the" and (low in _LANDFORMS or low in _NAME_CHAINS):
        return True  # "come by the savannah later", "chips at the iga"
    if text[tokens[0].idx - 1 : tokens[0].idx] != "#" or lex.words.get(low) is not None:
        return False
    stem = next((low[: -len(t)] for t in _TOPIC_ENDS if low.endswith(t) and len(low) > len(t) + 2), "")
    return bool(stem) and common(stem, lex)  # "#beachlife", "#citylife"


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


def school_cheer(text: str, start: int, end: int) -> bool:
    """The span is a short name that a hashtag of the post spells with a school's word after it
    ("go <name>!! #<name>high"): the school, which the school scanner reads; no org of the model's."""
    name = text[start:end].lower().replace(" ", "")
    low = text.lower()
    return any(f"#{name}{t}" in low for t in _SCHOOL_TAG_ENDS)


def without_placeholders(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` without any that touch a redaction placeholder leakscan wrote ("[ORG]" read as an
    org on a second scan of a redacted post)."""
    if "[" not in text:
        return cands
    marks = [m.span() for m in _PLACEHOLDER.finditer(text)]
    return [c for c in cands if not any(s < c[1] and c[0] < e for s, e in marks)] if marks else cands


def group_words_only(span: str) -> bool:
    """Club or worship words only, maybe after chat words of another language ("hamara mandir":
    Hindi "our temple"): no one's name, no club's."""
    words = span.split()
    filler = wl.entries("filler_words")
    while len(words) > 1 and words[0].lower() in filler:
        words = words[1:]  # "hamare", "apne": a possessive, no part of a name
    return only_group_words(" ".join(words))


#: Street words a model's place span may run on past ("<street> road <name>'s").
_STREET_WORDS = words("road rd street st lane ln avenue ave drive dr court ct crescent cres close way place")


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


def family_org(doc: Toks, tokens: Sequence[Token]) -> bool:
    """The model's org is one word before "family" or "household" ("<surname> family"): a
    household, which :func:`more_cues` reads as people."""
    end = tokens[-1].i + 1
    return len(tokens) == 1 and end < len(doc) and doc[end].lower_.split("_")[0] in ("family", "household", "fam")


def no_entity(doc: Toks, tokens: Sequence[Token], text: str) -> bool:
    """The model's span is no name of any kind: part of a word joined by hyphens ("yu-gi" of
    "yu-gi-oh"), an everyday thing's first word ("mason jar"), kin with "with" in Korean ("엄마랑")."""
    start, end = tokens[0].i, tokens[-1].i + 1
    stop = tokens[-1].idx + len(tokens[-1].text)
    if text[stop : stop + 1] == "-" and text[stop + 1 : stop + 2].isalpha():
        return True
    if end < len(doc) and (doc[end - 1].lower_, doc[end].lower_) in _THINGS and end - start == 1:
        return True
    return people_with(text[tokens[0].idx : stop])


def settled(cands: list[Cand], text: str) -> list[Cand]:
    """``cands`` without the model's span where a rule read the name inside it more closely: the
    name without the "s" of a possessive written without its apostrophe ("eoins da" -> "eoin"), its
    letters spaced out ("rebel county c o r k" -> "c o r k"), or a town before a hall every town has
    ("<suburb> sports hall" -> "<suburb>", ner_retrained)."""
    ruled = [c for c in cands if c[4] >= 2]
    if not ruled:
        return cands
    out = []
    for c in cands:
        if c[4] < 2 and any(r[2] is c[2] and _closer(r, c, text) for r in ruled):
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
