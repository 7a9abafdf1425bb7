"""People named around the child in forms the cue phrases of :mod:`~leakscan.scanners.ner_cues`
and the model miss, read for :mod:`~leakscan.scanners.ner`:

* **a relative's baby** — "my sister named her baby <name>" (a pet has its own word there: "named
  her dog", which the pet rule reads);
* **a friend of the child's own group** — a name opening a clause before the group with its
  activity ("<name> from my swim club");
* **a friend of a plan** — a given name after "with" before a time or a place ("with <name> after
  school");
* **a hyphenated given name before "and me"** in a language children mix into English
  ("<name>-<name> et moi");
* **a friend after "me and" in another language** — "eu e a <name>", "io e <name>", "moi et <name>";
* **a sibling or cousin in another language** — "ma sœur <name>", "mi hermana <name>", "mein bruder <name>";
* **who a number reaches** — "text <name> at <number>", "ring <name> on <number>";
* **a household by its surname** — "the <surname> family": people, never an org (the model's org
  there is dropped, :func:`family_org`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import LAST, Lexicon
from .handle_words import stop_words
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
#: "me and <name>" in the languages children mix into English: Portuguese "eu e a/o <name>" (an article before a
#: friend's name), Italian "io e <name>", French "moi et <name>", Spanish "yo y <name>", Dutch "ik en <name>", German
#: "ich und <name>"; the name one of the lists ("eu e a minha mãe", "io e te" are no names).
_I_AND = re.compile(
    r"(?<![\w'’])(?:eu\s{1,3}e(?:\s{1,3}[ao])?|io\s{1,3}e|moi\s{1,3}et|yo\s{1,3}y|ik\s{1,3}en|ich\s{1,3}und)\s{1,3}"
    r"(?P<name>[^\W\d_]{2,20})(?![\w'’-])"
)
_I_AND_GATE = ("eu e ", "io e ", "moi et ", "yo y ", "ik en ", "ich und ")
#: "text <name> at <number>", "ring <name> on 07...", "call <name> @ 555...": who the number reaches, a friend
#: ("text me at", "call my mum on" name no one: a stop word, a family word).
_CONTACT = re.compile(
    r"(?<![\w'’])(?:text|txt|call|ring|msg|message|whatsapp|facetime|phone)\s{1,3}(?P<name>[a-z][a-z'’-]{1,20})"
    r"\s{1,3}(?:at|on|@)\s{0,3}(?=[+(]?[0-9o][0-9o\s().-]{6,})"
)
_CONTACT_GATE = ("text", "txt", "call", "ring", "msg", "message", "whatsapp", "facetime", "phone")
#: A brother, sister or cousin named in the languages children mix into English: French "ma sœur <name>", "mon frère",
#: Spanish "mi hermana <name>", Portuguese "minha irmã", German "meine Schwester", Dutch "mijn zus" (the name one of
#: the lists: "ma soeur est malade", "mi hermano y yo" name no one).
_KIN_WORLD = re.compile(
    r"(?<![\w'’])(?:ma\s{1,3}(?:s(?:œ|oe|o)ur|cousine|petite\s{1,3}s(?:œ|oe|o)ur)|mon\s{1,3}(?:fr[eè]re|cousin|petit\s{1,3}fr[eè]re)"
    r"|mi\s{1,3}(?:hermana|hermano|hermanita|hermanito|prima|primo)|minha\s{1,3}(?:irm[aã]|prima)|meu\s{1,3}(?:irm[aã]o|primo)"
    r"|meine\s{1,3}(?:schwester|cousine)|mein\s{1,3}(?:bruder|cousin)|mijn\s{1,3}(?:zus|zusje|broer|broertje|nicht|neef))"
    r"\s{1,3}(?P<name>[^\W\d_]{2,20})(?![\w'’-])"
)
_KIN_GATE = ("ma ", "mon ", "mi ", "minha ", "meu ", "mein", "mijn ")
#: A household named after its surname ("the <surname> family"): people, never an org (a home
#: network's "<Surname> Family" is read whole by the codes scanner's household rule).
_FAMILY = re.compile(r"\bthe\s{1,3}(?P<name>[a-z][a-z'’]{2,20})[\s_]{1,3}(?:family|household|fam)(?![a-z])")


def people_cues(text: str, lex: Lexicon) -> Iterator[Cand]:
    """PERSON candidates of the forms above."""
    low = text.lower()
    if "named" in low or "called" in low or "naming" in low or "calling" in low:
        for m in _NAMED_BABY.finditer(low):
            if _name_like(m.group("name"), lex, surname=False):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2
    if " my " in low or " our " in low:
        for m in _MINE_WITH_ACTIVITY.finditer(low):
            if _name_like(m.group("name"), lex, surname=True):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2
    if "with" in low or "w/" in low or "wiv" in low:
        for m in _WITH_PLAN.finditer(low):
            if _listed_given_name(m.group("name"), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.75, 2
    if "-" in low:
        for m in _HYPHEN_AND_I.finditer(low):
            first, second = wl.unaccented(m.group("first")), wl.unaccented(m.group("second"))
            if given_name(first, lex) and given_name(second, lex, everyday=True):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "<name>-<name> et moi"
    if any(g in low for g in _I_AND_GATE):
        for m in _I_AND.finditer(low):
            if _listed_given_name(wl.unaccented(m.group("name")), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "eu e a <name>", "io e <name>"
    if any(v in low for v in _CONTACT_GATE):
        for m in _CONTACT.finditer(low):
            if _name_like(m.group("name"), lex, surname=False):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "text <name> at 555 0142"
    if any(g in low for g in _KIN_GATE):
        for m in _KIN_WORLD.finditer(low):
            if _listed_given_name(wl.unaccented(m.group("name")), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "ma sœur <name>", "mi hermana <name>"
    if "fam" in low or "household" in low:
        for m in _FAMILY.finditer(low):
            if _name_like(m.group("name"), lex, surname=True) or _town_name(m.group("name"), lex):
                yield m.start("name"), m.end("name"), Kind.PERSON, 0.8, 2  # "the <surname> family"


def family_org(doc: Toks, tokens: Sequence[Token]) -> bool:
    """The model's org is one word before "family" or "household" ("<surname> family"): a
    household, which :func:`people_cues` reads as people."""
    end = tokens[-1].i + 1
    return len(tokens) == 1 and end < len(doc) and doc[end].lower_.split("_")[0] in ("family", "household", "fam")


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
