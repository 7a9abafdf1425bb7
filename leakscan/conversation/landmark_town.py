"""The town or suburb a child names bare after telling of a landmark, in answer to which one or
which part (:func:`town_named`): "which part of the city" ... "near the lough" ... "off the ring
road, glenmore"; "which rink" ... "the one on 88 ave" ... "langley". The landmark alone is one of
many, the bare name alone is only a place; together, after the question, they find the child.
And the small town a child names by "a town called" after the wider place, asked where they are
from (:func:`town_called`): "where u from" ... "oregon lol" ... "a tiny town called maple fork"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..findings import Finding, Kind
from ..scanners.birthdays import MONTH
from ..scanners.chat_words import question
from .messages import Message
from .pieces import LANDMARK_WORDS, NEAR_LANDMARK, PLACE_AT, WHICH_LANDMARK, everyday

#: A landmark the child told of: at or near one ("by the mall"), "the one on 88 ave", by the
#: water or the hills ("its on the coast", "near the lough"), or the side of the city alone ("the
#: north"), which no town names yet.
TOLD = re.compile(
    r"(?<![\w'’])(?:the\s{1,3}one\s{1,3}(?:by|near|behind|next\s{1,3}to|opposite|beside|at|on|off)"
    r"|(?:on|by|near|at)\s{1,3}the\s{1,3}(?:coast|sea|seaside|beach|river|lake|lough|harbou?r|bay|hills?)"
    # the side of the city asked of, told short ("the north", "up north", "south"): one of a few
    r"|\A\W{0,3}(?:(?:ya|yeah|yh|ye|um)[\s,]{1,3})?(?:(?:the|up|down|out)\s{1,3})?(?:north|south|east|west)"
    r"(?:\s{1,3}(?:side|end))?(?:\s{1,3}(?:lol|haha))?\W{0,5}\Z)(?![\w'’])",
    re.IGNORECASE,
)
#: The others' question that makes the bare name the narrower place: which one, which part, which
#: town ("which rink", "lucky guess, which area", "ur from the same village as my aunty"). Not a bare
#: "where is that", whose answer is the wider place ("by the big goose statue" ... "where" ... a province).
WHICH_ASK = re.compile(
    r"(?<![\w'’])(?:(?:which|wich|what|wat|same)\s{1,3}(?:one|town|city|suburb|area|part|bit|side|end|neighbou?rhood|hood)"
    r"|(?:ur|your|ya)\s{1,3}(?:location|area|suburb|city|town))(?![\w'’])",
    re.IGNORECASE,
)
#: A short answer that ends on a name: "langley", "yeah, papamoa", "off the ring road, glenmore".
NAMED_LAST = re.compile(
    r"\A\W{0,3}(?:(?:ya|yeah|yh|ye|yep|its|it['’]s|um|oh|like)[\s,]{1,3}){0,2}(?:[^,\n]{0,40},\s{0,3})?"
    r"(?P<t>[^\W\d_]{3,20}(?:\s{1,3}[^\W\d_]{3,20})?)\W{0,5}\Z",
    re.IGNORECASE,
)
#: A name that is a landmark's or a street's, not a town's ("pinecrest park", "lake rotoiti",
#: "delmont ave"): which landmark, already told of.
LANDMARK_NAME = re.compile(
    rf"\A(?:{LANDMARK_WORDS}|mount|mt)(?![\w'’])|(?<![\w'’])(?:{LANDMARK_WORDS}|ave|avenue|rd|road|st|street|mall|lane|drive)\Z",
    re.IGNORECASE,
)
#: Others' messages read before the landmark for the question (the ask, the child's "which town",
#: the other's "u tell me first").
ASK_WINDOW = 3


def town_named(message: Message, earlier: Sequence[Message]) -> list[Finding]:
    """A LOCATION on the town the child's ``message`` names bare after their last message told of a
    landmark, when the others asked which one or which part (:data:`WHICH_ASK`) around it; its
    ``parts`` is the landmark's message."""
    if not message.from_child or question(message.text) or len(message.text.split()) > 8:
        return []
    match = NAMED_LAST.match(message.text)
    if match is None:
        return []
    name = match.group("t")
    words = name.split()
    if (
        all(everyday(w) for w in words)
        or LANDMARK_NAME.search(name)
        or name.lower() in lexicon.entries("countries")  # a country is too wide to find anyone
        or any(re.fullmatch(MONTH, w, re.IGNORECASE) for w in words)  # "near the coast" ... "june" (a date)
    ):
        return []
    told = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].sender == message.sender), None)
    if told is None:
        return []
    landmark = earlier[told]
    if question(landmark.text) or not (
        TOLD.search(landmark.text) or NEAR_LANDMARK.search(landmark.text) or PLACE_AT.search(landmark.text)
    ):
        return []
    after = earlier[told + 1 :]
    if any(WHICH_LANDMARK.search(m.text) for m in after):
        return []  # "at the park" ... "which park" ... "victoria": the park's name, not a town
    others = [m for m in earlier[max(0, told - ASK_WINDOW) :] if m.sender != message.sender]
    if not any(WHICH_ASK.search(m.text) or WHICH_LANDMARK.search(m.text) for m in others):
        return []
    return [_town(message, match, (landmark.ref,))]


#: A small place the child names by what it is called: "a tiny town called maple fork", "like a
#: town called brookhaven", "by a river, village called ballinmore" (the name, then no filler word).
CALLED = re.compile(
    r"\A\W{0,3}(?:(?:ya|yeah|yh|ye|nah|no|nope|like|its|it['’]s|just|um|oh|well)[\s,]{1,3}){0,2}(?:[^,\n]{0,30},\s{0,3})?"
    r"(?:(?:in|from|near|outside)\s{1,3})?(?:a|an|this|some)?\s{0,3}(?:(?:tiny|small|little|wee|lil|random|quiet|sleepy)\s{1,3}){0,2}"
    r"(?:town|village|suburb|hamlet|city)\s{1,3}(?:called|named|calld)\s{1,3}"
    r"(?P<t>[^\W\d_]{3,20}(?:\s{1,3}(?!(?:lol|lmao|haha|and|but|its|it['’]s|nobody|no|so|tho|near|by|in|on|at|with|that|which"
    r"|where|like|u|you|ur|ya|ye|proper|very|super|rn|now|tbh|ngl)(?![\w'’]))[^\W\d_]{3,20})?)(?![\w'’])",
    re.IGNORECASE,
)
#: The others' question for where the child is from or lives ("where u from", "whereabouts r u",
#: "what city"): not where they are going, a trip's place is no home ("where u going on holiday").
WHERE_FROM = re.compile(
    r"(?<![\w'’])(?:where|wher|wheres|where['’]s|whereabouts|(?:what|which|wat|wich)\s{1,3}(?:state|county|country|city|town"
    r"|part|area|suburb|province|region))(?![\w'’])",
    re.IGNORECASE,
)
#: A question of a trip, whose place is no home: "where r u going", "where was ur holiday".
TRIP = re.compile(
    r"(?<![\w'’])(?:going|goin|holiday|hols|vacation|trip|visit|visiting|travel\w*)(?![\w'’])", re.IGNORECASE
)
#: Words after "called" that name no town: "a town called nowhere", "called the middle of nowhere".
NO_NAME = frozenset({"the", "nowhere"})
#: Messages read back for the question, before the town called.
WHERE_WINDOW = 6


def town_called(message: Message, earlier: Sequence[Message]) -> list[Finding]:
    """A LOCATION on the town the child's ``message`` names by "a town called" (:data:`CALLED`)
    after their answer to where they are from (:data:`WHERE_FROM`, no trip asked of): the state or
    the region answered is wide, the small town called in it finds the child. Its ``parts`` are the
    child's answers since the question."""
    match = CALLED.match(message.text) if message.from_child and not question(message.text) else None
    words = match.group("t").split() if match else []
    if not words or (len(words) == 1 and everyday(words[0])) or any(w.lower() in NO_NAME for w in words):
        return []  # ("a town called nowhere"; two words are a name: "a town called cedar ridge")
    window = earlier[-WHERE_WINDOW:]
    asks = [i for i, m in enumerate(window) if m.sender != message.sender and WHERE_FROM.search(m.text)]
    if not asks or any(TRIP.search(window[i].text) for i in asks):
        return []
    # (the answers since the first ask: "which state" ... "ohio" ... "what city" ... "a town called")
    answers = [m for m in window[asks[0] + 1 :] if m.sender == message.sender and not question(m.text)][-2:]
    if not answers:
        return []
    return [_town(message, match, tuple(m.ref for m in answers))]


def _town(message: Message, match: re.Match[str], parts: tuple[Any, ...]) -> Finding:
    """The LOCATION on the town named in ``match``'s group "t", completing the earlier ``parts``."""
    start, end = match.span("t")
    return Finding(
        kind=Kind.LOCATION,
        text=message.text[start:end],
        start=start,
        end=end,
        confidence=0.7,
        scanner="towns",
        parts=parts,
    )
