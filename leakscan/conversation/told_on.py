"""A leak told on over the child's next messages (:func:`told_on`), and a piece that says more
is to come (:func:`dangling`).

A child gives pieces until they have said all they mean to: "89" ... "cedar bend" is an
address already, and "winnipeg R3" ... "2K9" add the town and the postcode to it; "its oct" ...
"3" is a birthday, and "2012" adds the year. The message that adds a further piece of the same
kind (:data:`FURTHER`) to a leak completed in the child's message just before tells more of
it: a leak of that kind too, whose ``parts`` are the earlier pieces. And a piece that ends on
a word that joins it to the next one ("the high school on", "in the arena by", "jk its") is no
whole yet: its leak is the next message's, which names what it was going on to ("campbell pde",
"sherwood park").
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from ..findings import Finding, Kind
from ..scanners.birthdays import DAY, MONTH
from ..scanners.chat_words import FILLER, question
from .messages import Message
from .pieces import LEAK_KINDS, PLACE_AT, everyday, towns

#: The last word of a message that joins it to the next one: a place word ("the one in", "the
#: high school on", "in the arena by"), a name coming ("its", "called"), an e-mail's "@".
#: (not an e-mail's country, "at yahoo dot in")
DANGLING = re.compile(
    r"(?<![\w'’])(?<!dot )(?<!\.)(?:on|in|at|by|near|next to|off|of|called|named|its|it['’]s|is|the|and|from)\s{0,3}\Z"
    r"|@\s{0,3}\Z",
    re.IGNORECASE,
)
#: The place words a piece dangles on before a place's name ("the high school on", "st kevins in").
PLACE_DANGLING = re.compile(r"(?<![\w'’])(?:on|in|at|by|near|next to)\s{0,3}\Z", re.IGNORECASE)
#: A town near which the child is, not where: "kinda near columbus" (a place still to narrow).
NEAR_TOWN = re.compile(r"(?<![\w'’])(?:near|by|close to|next to|around|outside)(?![\w'’])", re.IGNORECASE)

#: A town near which, named in a trailer: "near columbus" (not "near the school": a landmark).
NEAR_NAMED = re.compile(
    r"(?<![\w'’])(?:near|by|close to|next to|around|outside)\s{1,3}(?!the(?![\w'’]))\w", re.IGNORECASE
)

#: Words a child says before the piece: "no birch lane", "postcode is SW", "and 2012".
_LEAD = r"\A\W{0,3}(?:(?:no|nah|ya|yeah|yes|and|then|n|oh|its|it['’]s|in|on|the|of|postcode is|zip is)[\s,]{1,3}){0,2}"
#: A postcode or a piece of one: "2K9", "R3", "np20", "2000", "SW11 4PT" (a digit in each word).
#: (Two groups of digits alone, "0488 301", are a phone number's first, no postcode.)
_POSTCODE = (
    r"(?!\d{2,4}\s{1,3}\d{2,4}(?![a-z\d]))(?=[a-z]{0,2}\d)[a-z\d]{2,4}(?:\s{1,3}(?=[a-z]{0,2}\d)[a-z\d]{2,4})?|\d{3,6}"
)
#: A street's name with its type: "birch lane", "campbell pde", "oak st".
_STREET = (
    r"[a-z'’]{2,20}(?:\s{1,3}[a-z'’]{2,20})?\s{1,3}(?:road|rd|street|st|lane|ln|avenue|ave|terrace|tce|parade|pde"
    r"|crescent|cres|close|drive|dr|grove|boulevard|blvd|highway|hwy|court|ct|way|place|pl)"
)
#: A school's type: "juniors", "the primary one", "high".
_SCHOOL_TYPE = (
    r"(?:the\s{1,3})?(?:juniors?|seniors?|infants?|primary|elementary|elem|middle|high|secondary|intermediate|academy"
    r"|college|grammar|prep|public|catholic|ps|ns)(?:\s{1,3}(?:one|school|campus|side))?"
)
#: Where the child is told of with when they are there: "we go every friday", "we r there most sat".
_WHEN_THERE = (
    r"(?:we|i|im|i['’]m|me|us)\s{1,3}(?:[a-z'’]{1,8}\s{1,3}){0,3}?(?:every|most|on|each|all|usually|always)"
    r"\s{1,3}(?:[a-z]{1,8}\s{1,3})?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,5}"
    r"|(?:we|i|im|i['’]m)\s{1,3}(?:[a-z'’]{1,8}\s{1,3}){0,3}?(?:every|most|each|all)\s{1,3}(?:day|week|weekend|night"
    r"|morning|arvo|afternoon|evening)s?"
)

#: A landmark the piece is near, by its kind or its name: "by the robots", "next to spar", "near the
#: school" (up to three in a row: "by the robot next to spar").
_NEAR_LANDMARK = (
    r"(?:near|by|next\s{1,3}to|opposite|behind|beside|across\s{1,3}from)\s{1,3}(?:the\s{1,3})?[a-z'’-]{2,20}"
    r"(?:\s{1,3}(?!(?:near|by|next|opposite|behind|beside|across)(?![\w'’]))[a-z'’-]{2,20})?"
)

#: What may close a further piece without being part of it: a which-one description ("in westhaven,
#: the one with the red door"; "_2012 the one with cat dp"), a landmark near it ("glenmaire, near
#: the school"), a year it holds for ("ill be 13 this year"), laughter, a kiss or an emoji ("the
#: 27th lol", "_07 ✨"). Left out before :data:`FURTHER` reads the piece.
TRAILER = re.compile(
    r"(?:[\s,]+(?:the\s{1,3}one\s{1,3}(?:with|w|that|near|by|next\s{1,3}to|opposite|behind)(?![\w'’])[^\n]{0,60}"
    rf"|{_NEAR_LANDMARK}(?:[\s,]{{1,3}}{_NEAR_LANDMARK}){{0,2}}"
    r"|(?:this|next)\s{1,3}year))?"
    r"(?:[\s,]{0,3}(?<![\w'’])(?:lol|lmao|haha+|hehe|xx?|xd)(?![\w'’])|[\s,]{0,3}[^\w\s]+)*\s*\Z",
    re.IGNORECASE,
)


def _core(text: str) -> str:
    """``text`` without what closes it (:data:`TRAILER`), or ``text`` itself when that is all it is."""
    core = TRAILER.sub("", text, count=1)
    return core if core.strip() else text


#: What a message may add to a leak of each kind the child's message before it completed: the
#: whole message is such a piece (a few words), with the reason for each.
FURTHER: dict[Kind, re.Pattern[str]] = {
    # the postcode or the street after the number ("89" ... "cedar bend" ... "2K9"; "27" ... "no birch lane")
    Kind.ADDRESS: re.compile(rf"{_LEAD}(?:{_POSTCODE}|{_STREET})\W{{0,3}}\Z", re.IGNORECASE),
    # the year, the day or the age turned after the day and month ("oct" ... "3" ... "2012"; "turning 11")
    Kind.DATE_OF_BIRTH: re.compile(
        rf"{_LEAD}(?:(?:19|20)\d\d|{DAY}|{MONTH}|(?:(?:im|i['’]m|i am)\s{{1,3}})?(?:turning|turn|ill be|i['’]ll be|gonna be)"
        r"\s{1,3}\d{1,2})\W{0,3}\Z",
        re.IGNORECASE,
    ),
    # the handle's next piece, run together with it ("gabe" ... "_goal" ... "_keeper"; "day_" ... "2013")
    Kind.HANDLE: re.compile(r"\A\W{0,1}(?:[_.#-][\w.#-]{1,20}|\d{1,4}|[a-z]{1,12}[_.][\w.]{1,12})\W{0,1}\Z", re.I),
    # the provider after the name ("jdragon" ... "2012@" ... "yahoo.ca")
    Kind.EMAIL: re.compile(
        r"\A\W{0,3}(?:@|at\s{1,3}|dot\s{1,3}|\.)?[a-z\d-]{0,20}(?:\.|\s{0,3}dot\s{0,3})[a-z]{2,4}(?:\.[a-z]{2})?\W{0,3}\Z",
        re.IGNORECASE,
    ),
    # the last digits of the number
    Kind.PHONE: re.compile(r"\A\W{0,3}\d{2,4}\W{0,3}\Z"),
    # when the child is there ("the one in" ... "albany" ... "we r there most sat")
    Kind.LOCATION: re.compile(rf"{_LEAD}(?:{_WHEN_THERE})\W{{0,5}}\Z", re.IGNORECASE),
    # the school's type after its name ("we go to hillcrest" ... "juniors")
    Kind.SCHOOL: re.compile(rf"{_LEAD}{_SCHOOL_TYPE}\W{{0,3}}\Z", re.IGNORECASE),
}
#: A town may add to an address, a place or a school ("cedar bend" ... "hamilton"; "in umhlanga").
TOWN_ADDS = frozenset({Kind.ADDRESS, Kind.LOCATION, Kind.SCHOOL})
#: A message that is a street's name alone: "king st", "no birch lane".
STREET_ONLY = re.compile(rf"{_LEAD}{_STREET}\W{{0,3}}", re.IGNORECASE)
#: The detail an ask for more of a leak of each kind names (:mod:`leakscan.scanners.asks`).
ASKED = {
    Kind.ADDRESS: "home",
    Kind.LOCATION: "home",
    Kind.PHONE: "phone",
    Kind.EMAIL: "email",
    Kind.HANDLE: "handle",
    Kind.DATE_OF_BIRTH: "birthday",
    Kind.SCHOOL: "school",
}
#: The others guessing where a place given is ("near the co-op?", "by the station??", "is it
#: near the school?"): asks for more of that address or place, as "which suburb" does.
PLACE_GUESS = re.compile(
    r"\A\W{0,3}(?:(?:is\s{1,3}it|its|it['’]s|u\s{1,3}mean|like|oh)[\s,]{1,3})?(?:near|by|next\s{1,3}to|behind|opposite"
    r"|close\s{1,3}to|across\s{1,3}from|round|around)\s{1,3}(?:the\s{1,3})?[\w'’ -]{2,30}\?+\W{0,3}\Z",
    re.IGNORECASE,
)
#: The kinds a further piece of someone else's message adds to: their own account, number or
#: e-mail given in pieces, for the child to add ("add me on discord" ... "its bazza" ... ".legit"
#: ... "9981"); where they live is not the child's leak.
CONTACT = frozenset({Kind.HANDLE, Kind.PHONE, Kind.EMAIL})
#: Which of the places just named, told by a street beside it: "the small one behind tims on
#: fallowmere rd", "its the big one off kauri st" (a few more words than a piece, a street named).
WHICH_ONE_STREET = re.compile(
    rf"\A\W{{0,3}}(?:(?:its|it['’]s|ya|yeah)\s{{1,3}})?the\s{{1,3}}(?:[a-z'’]{{2,12}}\s{{1,3}})?one\s{{1,3}}(?:behind|near|by"
    rf"|next\s{{1,3}}to|on|off|opposite|across\s{{1,3}}from|beside|down)\s{{1,3}}(?:[^\n]{{0,40}}?\s)?{_STREET}\W{{0,3}}\Z",
    re.IGNORECASE,
)
#: A town by its form, which the lexicon may not know: "in kloofvale", or a name before a landmark
#: near it ("rietkloof, by the robots near the school"): one or two words, none everyday.
TOWN_FORM = re.compile(
    r"\A\W{0,3}(?:(?P<in>in)\s{1,3})?(?P<name>[a-z'’-]{3,20}(?:\s{1,3}[a-z'’-]{3,20})?)\W{0,3}\Z", re.IGNORECASE
)
NEAR_LANDMARK_RE = re.compile(_NEAR_LANDMARK, re.IGNORECASE)


def _town_form(whole: str, core: str) -> bool:
    """Whether ``core`` (``whole`` without its :data:`TRAILER`) names a town by its form
    (:data:`TOWN_FORM`): after "in", or with a landmark near it in the trailer."""
    match = TOWN_FORM.match(core)
    if match is None or any(everyday(w) for w in match.group("name").split()):
        return False
    filler = FILLER.match(match.group("name"))
    if filler is not None and filler.end() >= len(match.group("name")):
        return False  # ("kinda near columbus": a hedge, no town)
    return bool(match.group("in")) or NEAR_LANDMARK_RE.search(whole[len(core) :]) is not None


#: At most this many words in the piece before it whose leak a further piece adds to.
PIECE_WORDS = 8
#: At most this many words in a further piece.
FURTHER_WORDS = 5
#: What comes after a piece that dangles on a place word ("the high school on" ... "campbell pde",
#: "in the arena by" ... "sherwood park"): a street, or a name of one to three words, none everyday.
PLACE_NAME = re.compile(
    rf"{_LEAD}(?:{_STREET}|(?P<name>[a-z'’-]{{3,20}}(?:\s{{1,3}}[a-z'’-]{{2,20}}){{0,2}}))\W{{0,3}}\Z", re.I
)
#: A place word in the dangling piece: a school's, or a landmark's (:data:`~.pieces.PLACE_AT`).
SCHOOLISH = re.compile(rf"(?<![\w'’])(?:school|skool|st|saint|{_SCHOOL_TYPE})(?![\w'’])", re.IGNORECASE)
LANDMARKISH = re.compile(
    r"(?<![\w'’])(?:the one|the [a-z'’]{3,20}|[a-z'’]{3,20} (?:centre|center|mall|park))(?![\w'’])", re.I
)

#: What the child's recent messages leaked, by the message and what came before it: kept so
#: that the next message need not read its chat again (a chat comes back with each new message).
#: Each leak's ``parts`` are kept as how many messages back they are, not as refs: a context sent
#: without ids numbers its messages by position, and the positions move on with the chat.
_LEAKED: OrderedDict[Any, tuple[tuple[Kind, tuple[int, ...]], ...]] = OrderedDict()
LEAKED_KEPT = 4096
_LEAKED_LOCK = threading.Lock()
#: At most this many of the others' messages between the child's two.
APART = 2


#: The earlier messages that tell one reading of a message from another in the keeping.
KEY_CONTEXT = 8


def _key(message: Message, earlier: Sequence[Message]) -> Any:
    # (the message's last few before it, not all: each reading is of a window that moves on; and
    # not its ref, which is its position when the context has no ids)
    return (message.sender, message.text, tuple((m.sender, m.text) for m in earlier[-KEY_CONTEXT:]))


def remember(message: Message, earlier: Sequence[Message], found: Sequence[Finding]) -> None:
    """Keep what ``message`` leaked across messages (kinds and ``parts``), read after ``earlier``."""
    back = {m.ref: len(earlier) - i for i, m in enumerate(earlier)}
    leaks = tuple(
        (f.kind, tuple(back[p] for p in f.parts if p in back))
        for f in found
        if f.parts and f.is_span and f.kind in LEAK_KINDS
    )
    key = _key(message, earlier)
    with _LEAKED_LOCK:  # (the service checks messages in several threads)
        _LEAKED[key] = leaks
        _LEAKED.move_to_end(key)
        while len(_LEAKED) > LEAKED_KEPT:
            _LEAKED.popitem(last=False)


def _leaked(message: Message, earlier: Sequence[Message]) -> list[tuple[Kind, tuple[Any, ...]]] | None:
    """What ``message`` leaked when read after ``earlier`` (its ``parts`` as refs of ``earlier``),
    or None when it was not kept. Parts older than ``earlier`` reaches are left out."""
    leaks = _LEAKED.get(_key(message, earlier))
    if leaks is None:
        return None
    return [(kind, tuple(earlier[-d].ref for d in back if d <= len(earlier))) for kind, back in leaks]


def dangling(text: str) -> bool:
    """Whether ``text`` ends on a word that joins it to the sender's next message (:data:`DANGLING`)."""
    return DANGLING.search(text[-40:]) is not None


def told_on(
    message: Message,
    earlier: Sequence[Message],
    found: Sequence[Finding],
    own: Sequence[Finding],
    read: Callable[[Message, Sequence[Message]], Sequence[Finding]],
    asked: Callable[[Message], set[str | None]],
) -> list[Finding]:
    """Leaks the child's ``message`` tells on: a further piece (:data:`FURTHER`, a town) of a leak
    the child's message just before completed, or the place a piece dangling on a place word was
    going on to. ``read(m, before)`` reads an earlier message's findings in its chat when they
    were not kept (:func:`remember`); ``asked(m)`` the details the others' message ``m`` asks for.
    Kinds ``found`` already has a leak of are left out."""
    whole = message.text.strip()
    text = _core(whole)
    which_one = WHICH_ONE_STREET.match(text) is not None
    if not text or (len(text.split()) > FURTHER_WORDS and not which_one):
        return []
    at = _previous(message, earlier)
    if at is None:
        return []
    before, done = earlier[at], {f.kind for f in found if f.parts and f.is_span}
    start = len(message.text) - len(message.text.lstrip())
    end = start + len(text)
    if PLACE_DANGLING.search(before.text):
        if not message.from_child:
            return []
        return _went_on(message, earlier, at, done, (start, end), own)
    if (
        message.from_child
        and STREET_ONLY.fullmatch(before.text.strip())
        and at
        and earlier[at - 1].sender == message.sender
        and PLACE_DANGLING.search(earlier[at - 1].text)
    ):
        # "the leisure centre on" ... "king st" ... "in parramatta": the town after the street
        return _went_on(message, earlier, at, done, (start, end), own, town=True)
    adds = {k for k, rx in FURTHER.items() if rx.match(text)}
    # (a town the answer to an ask found, "which suburb tho" ... "glenmaire", is one too; so is a
    # name the lexicon does not know, put as a town is: "in kloofvale", "rietkloof, by the robots")
    named = any(f.kind is Kind.LOCATION and f.is_span and not f.parts for f in [*own, *found])
    if towns(text) or named or _town_form(whole, text):
        # ("kinda near columbus": a town near which, its "near" in the trailer or not)
        near = NEAR_TOWN.search(text) or NEAR_NAMED.search(whole[len(text) :])
        adds |= TOWN_ADDS - ({Kind.LOCATION} if near else set())
    if which_one:
        adds |= TOWN_ADDS  # "the small one behind tims on fallowmere rd": which of them, by its street
    if not message.from_child:
        adds &= CONTACT  # (someone else's own account or number, given in pieces: "its bazza" ... ".legit" ... "9981")
    adds -= done
    for m in earlier[at + 1 : at + 1 + APART if adds else at + 1]:
        # "13" after "what age are ya": the answer to that question, not more of the number (the
        # same asked on, "and the eircode?", is more of it)
        details = asked(m) or ({"home"} if PLACE_GUESS.match(m.text) else {None} if question(m.text) else set())
        adds = {k for k in adds if details <= {ASKED.get(k)}}
    if not adds or len(before.text.split()) > PIECE_WORDS or question(before.text):
        return []  # (a piece is a few words; what a longer message or a question gave is read whole)
    leaked = _leaked(before, earlier[:at])
    if leaked is None:
        # (reading it keeps what it leaked, a piece so far too: :func:`.held.piece_so_far`)
        again = read(before, earlier[:at])
        if _leaked(before, earlier[:at]) is None:
            remember(before, earlier[:at], again)
        leaked = _leaked(before, earlier[:at]) or []
    out = []
    for kind, parts in leaked:
        if kind in adds and kind not in {f.kind for f in out}:
            out.append(_finding(message, kind, (start, end), (*parts, before.ref)))
    return out


def _previous(message: Message, earlier: Sequence[Message]) -> int | None:
    """Where the child's message before ``message`` is in ``earlier``: at most :data:`APART` of
    the others' messages after it (none a question for something else could be answered)."""
    for others, i in enumerate(range(len(earlier) - 1, -1, -1)):
        if others > APART:
            return None
        if earlier[i].sender == message.sender:
            return i
    return None


def _went_on(
    message: Message,
    earlier: Sequence[Message],
    at: int,
    done: set[Kind],
    span: tuple[int, int],
    own: Sequence[Finding],
    *,
    town: bool = False,
) -> list[Finding]:
    """The place a piece dangling on a place word went on to ("st kevins in" ... "glenbrook"; "the
    high school on" ... "campbell pde"): a SCHOOL when the pieces name a school, else a LOCATION
    when they name a landmark and a town ("in the arena by" ... "sherwood park"; a landmark's street
    alone, "the rec centre on" ... "delmont ave", is one of many); ``parts`` the dangling piece and
    the child's place just before it. ``town``: the dangling piece is the one before ``earlier[at]``,
    a street, and the message names the town ("the leisure centre on" ... "king st" ... "in parramatta")."""
    match = PLACE_NAME.match(message.text.strip())
    if match is None or (match.group("name") and all(everyday(w) for w in match.group("name").split())):
        return []
    named = bool(towns(message.text) or any(f.kind is Kind.LOCATION and f.is_span for f in own))
    if town:
        if not named:
            return []
        at -= 1  # (the dangling piece; the street after it is a part too)
    before = earlier[at]
    parts = [before.ref, *((earlier[at + 1].ref,) if town else ())]
    if at and earlier[at - 1].sender == message.sender and _placed(earlier[at - 1].text):
        parts.insert(0, earlier[at - 1].ref)  # "kinda its by bondi" ... "the high school on"
    if SCHOOLISH.search(before.text):
        kind = Kind.SCHOOL
    elif LANDMARKISH.search(before.text) and (town or match.group("name")):
        kind = Kind.LOCATION
    else:
        return []
    return [] if kind in done else [_finding(message, kind, span, tuple(parts))]


def _placed(text: str) -> bool:
    """Whether ``text`` tells where: a town, a landmark, by or near a name."""
    return bool(
        towns(text) or PLACE_AT.search(text) or re.search(r"(?<![\w'’])(?:by|near|in|at)\s{1,3}\w{3,}", text, re.I)
    )


def _finding(message: Message, kind: Kind, span: tuple[int, int], parts: tuple[Any, ...]) -> Finding:
    start, end = span
    scanner = {Kind.SCHOOL: "school", Kind.DATE_OF_BIRTH: "age", Kind.LOCATION: "towns"}.get(kind, kind.value.lower())
    return Finding(
        kind=kind,
        text=message.text[start:end],
        start=start,
        end=end,
        confidence=0.7,
        scanner=scanner,
        parts=tuple(dict.fromkeys(parts)),
    )
