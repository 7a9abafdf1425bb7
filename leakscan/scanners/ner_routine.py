"""Towns and countries of the child's routine, read by rules for :mod:`~leakscan.scanners.ner`
whatever the model says (each model build errs differently on them):

* **a country lived in** — a country written short after a residence cue ("we live in aus now",
  "moved to nz"); a wish to move there is no home ("wanna move to nz");
* **a city visited as a routine** — "we go to <city> once a week", "... every weekend": where the
  child often is (a trip once, long ago, is no one's routine: "been to paris once");
* **a city whose buses or trains the child rides** — "i get <city> bus to school", "we take the
  <city> trams": the city is where the child is (the city's service as the topic stays public,
  ner_elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import Lexicon
from .ner_elsewhere import FIRST_PERSON, MOVE_WISH, RESIDENCE, big_city
from .ner_words import Cand

#: "we go to <city> once a week", "i go to <city> every weekend": a city the child often is in.
_ROUTINE = re.compile(
    r"\b(?:go|goes|drive|fly|travel|commute|visit|visits)\s{1,3}(?:to\s{1,3})?(?P<city>[a-z]{3,20}(?:\s[a-z]{3,20})?)"
    r"\s{1,3}(?:(?:once|twice|three\s{1,3}times)\s{1,3}a|every|each)\s{1,3}"
    r"(?:week|weekend|month|fortnight|day|summer|holidays?|term|saturday|sunday|friday)\b"
)
#: A city's bus or trains the child rides ("i get <city> bus to school", "we take the <city> trams"):
#: the city is where the child is (the city's service as the topic stays public, ner_elsewhere).
_RIDES = re.compile(
    r"\b(?:get|gets|got|take|takes|took|catch|catches|caught|ride|rides|rode|use)\s{1,3}(?:the\s{1,3})?"
    r"(?P<city>[a-z]{3,20})\s{1,3}(?:bus|buses|trains?|metro|trams?|luas|dart|subway)\b"
)


def lived_in_countries(text: str) -> Iterator[Cand]:
    """A country after a residence cue ("we live in aus now", "moved to nz")."""
    low = text.lower()
    if "in " in low or "to " in low:
        for _i, _j, s, e in wl.find("countries", wl.text_words(text)):
            before = low[:s]
            if RESIDENCE.search(before) and not MOVE_WISH.search(before):
                yield s, e, Kind.LOCATION, 0.8, 2  # "we live in aus now", "moved to nz"


def ridden_cities(text: str, lex: Lexicon) -> Iterator[Cand]:
    """A city before the bus or trains the child rides ("i get <city> bus to school")."""
    low = text.lower()
    for m in _RIDES.finditer(low):
        city = m.group("city")
        if FIRST_PERSON.search(low, 0, m.start()) and (city in wl.entries("world_cities") or big_city(city, lex)):
            yield m.start("city"), m.end("city"), Kind.LOCATION, 0.8, 2  # "i get <city> bus to school"


def routine_cities(text: str, lex: Lexicon) -> Iterator[Cand]:
    """A city the child goes to as a routine ("we go to <city> once a week")."""
    low = text.lower()
    if " every " in low or " once " in low or " twice " in low or " each " in low:
        for m in _ROUTINE.finditer(low):
            city = m.group("city")
            if FIRST_PERSON.search(low, 0, m.start()) and (city in wl.entries("world_cities") or big_city(city, lex)):
                yield m.start("city"), m.end("city"), Kind.LOCATION, 0.75, 2  # "we go to <city> once a week"
