"""Tests for the NER scanner's reading of people: a grandparent's title before a given name, a
possessive without its apostrophe before a thing a child owns or Afrikaans "se" before a home, a
friend opening a clause mid-post, a name with a Japanese honorific; and names that are no one near
the child: a statesman a school is named after, a zoo animal's name, a star's one name run on into
his play, a picture book's hero, a greeting's "you all" in te reo Māori.

Every post here is written for leakscan; the children are made up.
"""

from __future__ import annotations

import pytest
from conftest import scan_checked

from leakscan import nlp
from leakscan.scanners import ner
from leakscan.scanners.ner import NerScanner
from leakscan.scanners.ner_public import not_public
from leakscan.settings import Settings
from leakscan.truecase import lexicon

SETTINGS = Settings()
SCANNER = NerScanner()
P = "PERSON"


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding, each checked against the scanner contract."""
    return [(f.kind.value, f.text) for f in scan_checked(SCANNER, text, SETTINGS)]


#: Invented posts with a person near the child, and what must be found.
FOUND = [
    # a grandparent's title, then a given name
    ("kokum agnes made bannock", (P, "agnes")),
    # the title stays outside the span, as everywhere else ("aunty <name>" -> "<name>")
    ("nonna carmela made gnocchi", (P, "carmela")),
    # grandparents' words that are other words too, before a given name of the lists (with a
    # possessive "s" written without its apostrophe)
    ("sleepover at nan brenda's tonight", (P, "brenda")),
    ("off to gran shirleys for tea", (P, "shirley")),
    ("oma hilde knitted me socks", (P, "hilde")),
    ("babcia krystyna makes the best pierogi", (P, "krystyna")),
    # a possessive without its apostrophe, before a thing a child owns
    ("marlees treehouse is so cool", (P, "marlee")),
    ("camilas quince is saturday", (P, "camila")),
    # a given name of the lists opening a clause mid-post, then what the friend did
    ("we got detention cuz ishani forgot her book", (P, "ishani")),
    # a word no list knows after a reason's opener, before what a person did ("was late", "got us")
    ("whole team did burpees bc kaydence was late", (P, "kaydence")),
    ("lunch detention cuz jamarion got us caught", (P, "jamarion")),
    # an Afrikaans possessive "se" after a name, before a home or a parent
    ("ons braai by jandre se huis vanaand", (P, "jandre")),
    # a friend's name in Latin letters with a Japanese honorific after it
    ("aoi ちゃん また明日ね", (P, "aoi")),
    ("sota くん また明日", (P, "sota")),
    # a sibling or cousin named after the kin word of another language
    ("ma soeur margaux a perdu sa dent", (P, "margaux")),
    ("mi hermanita valentina ya camina", (P, "valentina")),
    ("mein bruder felix nervt heute", (P, "felix")),
]

#: Invented posts and what must not be found in them.
NOT_FOUND = [
    # the kin word of another language before no given name
    ("ma soeur est encore malade", (P, "est")),
    ("mi hermano siempre gana", (P, "siempre")),
    # words of Hindi and Swahili after the grandparents' words they share ("nani" is "who")
    ("dadi bolti hai jaldi aao", (P, "bolti")),
    ("swali: nani alikula chakula changu", (P, "alikula")),
    # Spanish "gran" (great), a bread, German "oma" before a verb: no given name after them
    ("el gran premio fue increible", (P, "premio")),
    ("nan bread with the curry pls", (P, "bread")),
    ("oma kocht heute suppe", (P, "kocht")),
    # an everyday word or a word of chat opening a clause is no friend's name
    ("so today summer is finally here", (P, "summer")),
    ("bc everyone was late again", (P, "everyone")),
    # a thing or an illness to blame, not what a person does
    ("stayed home cuz covid was going round", (P, "covid")),
    ("bc skool was boring i slept", (P, "skool")),
    # a word after "se" that no one owns, and French "se" before a verb
    ("die son se lig is mooi", (P, "son")),
    ("elle se lève tôt", (P, "elle")),
    # a Latin word with no honorific in a Japanese post
    ("今日はminecraftで遊んだ", (P, "minecraft")),
    # kin, or a country that is a mate in South African slang, before a thing is no one's name
    ("no signal at my aunties house ugh", (P, "auntie")),
    ("my chinas cat is so fat", (P, "china")),
    # a plural before a thing is no one's possessive
    ("the kids bike is broken", (P, "kid")),
    # the statesman a school is named after
    ("the debate team from sir john a macdonald collegiate", (P, "john")),
    # a zoo animal's name
    ("a panda named mochi at the zoo", (P, "mochi")),
    # te reo Māori "you all" after a greeting
    ("kia ora tatou", (P, "tatou")),
    ("hey koutou", (P, "koutou")),
    # a picture book's hero
    ("found him on every page of wheres waldo", (P, "waldo")),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_found(text: str, want: tuple[str, str]) -> None:
    assert want in found(text)


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: tuple[str, str]) -> None:
    assert unwanted not in found(text)


def test_a_friend_beside_zoo_animals_stays() -> None:
    assert (P, "callum") in found("me and callum saw the lions at the zoo")


#: A star known by one name that the model ran on into a word of his game: only the star's name is
#: kept (and then left as famous); a given name after it is the rest of a name.
STAR_ENTITIES = [
    ("starc inswinger so good", ("starc inswinger", "PERSON"), []),
    ("jake inswinger so good", ("jake inswinger", "PERSON"), [("jake inswinger", "PERSON")]),
]


@pytest.mark.parametrize(("text", "entity", "kept"), STAR_ENTITIES)
def test_a_star_is_cut_from_his_thing(text: str, entity: tuple[str, str], kept: list) -> None:
    doc = nlp.make_doc(text, SETTINGS.model)
    start = text.index(entity[0])
    doc.ents = [doc.char_span(start, start + len(entity[0]), label=entity[1])]
    cands = ner._entities(doc, list(doc), text, lexicon())
    spans = [(s, e, k, c) for s, e, k, c, _p in cands]
    assert [(text[s:e], k.value) for s, e, k, _c in not_public(spans, text, lexicon())] == kept
