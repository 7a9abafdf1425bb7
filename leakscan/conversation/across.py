"""Leaks across messages: a number, an address, a handle... that one sender gives in pieces,
found on the message that completes it (:func:`leaks_across`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..findings import Finding, Kind
from ..scanners.birthdays import DAY, MONTH
from ..scanners.chat_words import MOMENT, PLACE_CUE, SCHOOL_CUE, STREET_CUE, question, whole
from ..scanners.detect import detect_text
from ..settings import Settings
from .answers import answer_scanners, pieces_before, walk_back
from .dates import a_date
from .handle_pieces import name_piece
from .landmark_town import town_called, town_named
from .messages import Message
from .pieces import (
    LEAK_HEAD,
    LEAK_KINDS,
    LEAK_MESSAGES,
    LEAK_TAIL,
    NEAR_LANDMARK,
    PLACE_AT,
    UNNAMED_AT,
    WHICH_LANDMARK,
    everyday,
    leak_scanners,
    overlaps,
    towns,
)
from .schools import NAMED_SCHOOL_PLACE, SCHOOL_TALK, says_which, school_completed


def leaks_across(
    message: Message, earlier: Sequence[Message], settings: Settings, own: list[Finding]
) -> tuple[list[Finding], list[str]]:
    """Leaks that ``message`` completes, given the sender's previous messages."""
    previous = [m for m in earlier if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    if not previous or not message.text.strip() or MOMENT.fullmatch(message.text):
        return [], []  # ("near sai vihar" ... "ok wait": a moment asked for holds no piece)
    if _digits(message.text):
        # a remark between a number's groups holds no piece of it ("021" ... "lol wait its new i dont
        # know it" ... "043" ... "7719"): read the groups together, without it
        previous = [
            m for i, m in enumerate(previous) if _digits(m.text) or not any(_digits(p.text) for p in previous[:i])
        ]
    joined = ""
    ranges: list[tuple[int, int, Any]] = []  # where each earlier message sits in the joined text
    for m in previous:
        piece = _tail(m.text)
        joined += _separator(joined, piece)
        ranges.append((len(joined), len(joined) + len(piece), m.ref))
        joined += piece
    head = message.text[:LEAK_HEAD]
    # a word putting the piece right is no part of it ("roisin.b" ... "no @hotmail.ie"): read on after
    # it (``pos`` is where the rest starts in the joined text, ``skip`` its place in the message)
    skip = right.end() if (right := PUT_RIGHT.match(head)) else 0
    joined += _separator(joined, head[skip:])
    pos = len(joined)
    joined += head[skip:]
    scanners = leak_scanners(settings)
    cued = PLACE_CUE.search(previous[-1].text[-LEAK_TAIL:]) and not question(previous[-1].text)
    if cued:  # "i live in" ... "swindon": the named-entity model reads the place
        scanners = (*scanners, *answer_scanners(Kind.LOCATION, settings))
    found, failed = detect_text(joined, settings, scanners=scanners)
    if cued:  # a suburb the model does not know ("im from auckland" ... "ponsonby actually")
        found += [t for t in towns(joined) if not any(overlaps(f, Kind.LOCATION, t.start, t.end) for f in found)]  # type: ignore[arg-type]
    # After words that say a place, a school or a street comes, what is named is the child's
    # own, which the name alone does not say: a leak across the messages.
    last = previous[-1].text[-LEAK_TAIL:]
    cued_kinds = {Kind.LOCATION} if cued else set()
    if not question(previous[-1].text):
        cued_kinds |= {k for k, cue in ((Kind.SCHOOL, SCHOOL_CUE), (Kind.ADDRESS, STREET_CUE)) if cue.search(last)}
    out = []
    dated = a_date(message.text)
    parts: tuple[Any, ...] | None
    for f in found:
        if f.kind not in LEAK_KINDS or not f.is_span or f.end <= pos:  # type: ignore[operator]
            continue
        if f.kind in (Kind.PHONE, Kind.HANDLE) and dated:
            continue  # "021" ... "483 3170" ... "5 july": a date, not more of the number
        start, end = _trimmed(message.text, max(f.start, pos) - pos + skip, f.end - pos + skip)  # type: ignore[arg-type,operator]
        if start >= end:
            continue
        if f.start < pos:  # type: ignore[operator]
            parts = tuple(ref for _, hi, ref in ranges if hi > f.start)  # type: ignore[operator]
            if not whole(f.kind, joined[f.start : f.end]):  # type: ignore[misc]
                # Pieces so far ("0412" ... "334", and "871" to come): the message's own finding
                # (it blocks as the number's piece it is), not yet a leak completed across messages.
                parts = None
            elif f.kind in (Kind.SCHOOL, Kind.ADDRESS):
                parts = _fewest(f, joined, pos, ranges, previous, message, earlier, settings, scanners) or None
            elif f.kind in (Kind.EMAIL, Kind.HANDLE):
                parts = _name_before(parts, previous, earlier) + parts
        elif f.kind in cued_kinds or not any(overlaps(o, f.kind, start, end) for o in own):
            # Found only with the earlier words before it ("my snap is" ... "jakeyboi11"); a
            # place after "i live in" is where the child lives, which the place alone does not say.
            if not whole(f.kind, message.text[start:end]):
                continue  # a first piece so far: "my snap is" ... "pixie" (... "_dust22")
            parts = (previous[-1].ref,)
        else:
            continue
        if parts is None and any(overlaps(o, f.kind, start, end) for o in own):
            continue  # the message's own finding already says it
        out.append(f.with_(start=start, end=end, text=message.text[start:end], parts=parts))
    if not any(f.kind is Kind.SCHOOL and f.parts for f in out):
        # (a school's name read on into this message's first words, "école beaumont" ... "nah the one
        # by danforth", is the name: where the school is comes after them)
        place = _school_place(message, [f for f in found if f.kind is Kind.SCHOOL and f.start < pos], ranges, previous)  # type: ignore[operator]
        out = [f for f in out if f.kind is not Kind.SCHOOL or not place] + place
    if message.from_child and not any(f.kind is Kind.SCHOOL and f.parts for f in out):
        # a school's name, then its type or its town ("westmoor" ... "no the elementary lol")
        out.extend(school_completed(message, earlier, own))
    if message.from_child:
        out.extend(_birthday_age(message, previous, own, found, ranges, out))
        out = _street_town(message, own, found, ranges, out, previous, earlier)
        out = [by_landmark(f, message, previous) for f in out]
    narrowed = (Kind.SCHOOL, Kind.LOCATION, Kind.ADDRESS)  # (a street given says more than a landmark)
    if message.from_child and not any(f.kind in narrowed for f in out) and not any(f.kind is Kind.ADDRESS for f in own):
        out.extend(_narrowed(message, previous[-2:], own, earlier))
    if message.from_child and not any(f.kind in narrowed for f in out) and not any(f.kind is Kind.ADDRESS for f in own):
        out.extend(_town_after(message, previous[-2:], own))
    if (
        message.from_child
        and not any(f.kind in narrowed for f in out)
        and not any(f.kind in narrowed and f.parts for f in own)
    ):
        out.extend(town_named(message, earlier))  # ("which part" ... "near the lough" ... "glenmore")
        # ("where u from" ... "oregon" ... "a town called maple fork")
        if not any(f.kind is Kind.LOCATION for f in out):
            out.extend(town_called(message, earlier))
    if message.from_child:  # (the wider place named before: "im in ohio lol" ... "near columbus" ... "by the kroger")
        out = [pieces_before(f, previous, earlier, settings) if f.parts else f for f in out]
    return out, failed


#: A digit: a message with one is a piece of a number or an address, no word before an answer.
_DIGIT = re.compile(r"\d")
#: A message that is one group of a number's digits and nothing more: "043", "7719", "(021)".
DIGIT_GROUP = re.compile(r"\W{0,3}\d{2,5}\W{0,3}")


def _digits(text: str) -> bool:
    """Whether ``text`` is a number's group of digits (:data:`DIGIT_GROUP`)."""
    return DIGIT_GROUP.fullmatch(text) is not None


def _fewest(
    found: Finding,
    joined: str,
    pos: int,
    ranges: list[tuple[int, int, Any]],
    previous: Sequence[Message],
    message: Message,
    earlier: Sequence[Message],
    settings: Settings,
    scanners: tuple[Any, ...],
) -> tuple[Any, ...]:
    """The earlier messages a school or an address read over several holds: those its span
    reaches into, less the first ones that are talk the scanner read on into ("dogs obv" ...
    "what school do u go to" ... "lincoln" ... "middle": the school is "lincoln middle"; "about 6"
    ... "whats ur address" ... "14" ... "ashgrove road"). A first one is left out when the rest
    still reads as the whole finding and it is no piece (:func:`_no_piece`); none left, the
    finding is the checked message's own ("pizza obv" ... "what school" ... "harlow middle")."""
    touched = [(ranges[i][0], ranges[i], previous[i]) for i, (_, hi, _) in enumerate(ranges) if hi > found.start]  # type: ignore[operator]
    steps = [*touched, (pos, None, message)]
    kept = touched
    for n in range(1, len(steps)):
        (_, where, first), (lo, rest, then) = steps[n - 1], steps[n]
        if not _no_piece(found, joined, where, first, then, earlier):  # type: ignore[arg-type]
            break
        again, _ = detect_text(joined[lo:], settings, scanners=[s for s in scanners if found.kind in s.kinds])
        if not any(
            g.kind is found.kind
            and g.is_span
            and lo + g.end == found.end
            and (rest is None or lo + g.start < pos)  # type: ignore[operator]
            and whole(found.kind, g.text)
            for g in again
        ):
            break
        kept = touched[n:]
    return tuple(where[2] for _, where, _ in kept)  # type: ignore[index]


def _name_before(parts: tuple[Any, ...], previous: Sequence[Message], earlier: Sequence[Message]) -> tuple[Any, ...]:
    """The sender's messages just before the first of ``parts`` that gave a name's first word alone,
    which the span does not take in ("its kangaroo" ... "kid#" ... "7731"; "caleb" ... "plays" ...
    "12 @ gmail"): pieces too. At most one message of someone else's between two of them."""
    return walk_back(parts[0], previous, earlier, name_piece, apart=2, most=len(previous))


#: The last words before a house number that say it is one: "we live at 18", "its 27", "number 9".
HOUSE_CUE = re.compile(r"(?:at|on|is|its|it['’]s|number|no\.?|house|flat|unit|apt|#)\W{0,3}\Z", re.IGNORECASE)


def _no_piece(
    found: Finding,
    joined: str,
    where: tuple[int, int, Any],
    first: Message,
    then: Message,
    earlier: Sequence[Message],
) -> bool:
    """Whether the earlier message ``first``, the first the span of ``found`` reaches into, is
    talk rather than a piece of it: for a school, someone talked of schools between it and the
    next piece ("roblox and mc" ... "whats ur school called" ... "maple"); for an address, the
    span takes only a number from it, after words that are no house's ("about 6", "size 5")."""
    if found.kind is Kind.SCHOOL:
        at = {id(m): i for i, m in enumerate(earlier)}
        # (``then`` may be the checked message, after all of ``earlier``)
        between = earlier[at[id(first)] + 1 : at.get(id(then), len(earlier))] if id(first) in at else []
        return any(m.sender != first.sender and SCHOOL_TALK.search(m.text) for m in between)
    lo, hi, _ = where
    start = max(lo, found.start)  # type: ignore[type-var]
    piece, before = joined[start:hi].strip(), joined[lo:start].strip()
    return piece.isdigit() and bool(before) and not HOUSE_CUE.search(before)


#: A message that is a day and a month and little else: "june 30", "5 july", "the 2nd of november".
BARE_DAY_MONTH = re.compile(
    r"\A\W{0,3}(?:(?:its|it['’]s|mine['’]?s?|on)\s{1,3})?(?:the\s{1,3})?(?:"
    rf"{DAY}\s{{1,3}}(?:of\s{{1,3}})?{MONTH}|{MONTH}\s{{1,3}}(?:the\s{{1,3}})?{DAY})\W{{0,3}}\Z",
    re.IGNORECASE,
)
#: A day and a month said as the child's birthday: "my bday is 9 nov", "bdays june 3rd".
OWN_DAY_MONTH = re.compile(
    r"(?<![\w'’])(?:my\s{1,3})?(?:bday|b-day|birthday)(?:['’]?s|\s{1,3}is)\s{1,3}(?:on\s{1,3})?(?:the\s{1,3})?"
    rf"(?:{DAY}\s{{1,3}}(?:of\s{{1,3}})?{MONTH}|{MONTH}\s{{1,3}}(?:the\s{{1,3}})?{DAY})(?![\w'’])",
    re.IGNORECASE,
)
#: An age and the month it is turned in: "12 in april", "turning 11 in june" (the day to come).
AGE_MONTH = re.compile(
    rf"\A\W{{0,3}}(?:(?:turning|ill be|i['’]ll be|im)\s{{1,3}})?\d{{1,2}}\s{{1,3}}(?:in|on)\s{{1,3}}{MONTH}\W{{0,5}}\Z",
    re.I,
)
#: A day alone, the whole message: "the 27th lol", "27th".
BARE_DAY = re.compile(
    rf"\A\W{{0,3}}(?:(?:its|it['’]s|on)\s{{1,3}})?(?:the\s{{1,3}})?{DAY}(?:\s{{1,3}}(?:lol|haha|lmao))?\W{{0,5}}\Z",
    re.I,
)

#: Words saying an age is someone else's: "my brother is turning 8", "the day my cat turns 5".
OTHERS_AGE = re.compile(
    r"(?<![\w'’])(?:he|she|they|his|her|their|(?:my|ur|your|our)\s{1,3}(?:[a-z]+\s{1,3})?"
    r"(?:sis|sister|bro|brother|cousin|mum|mom|dad|friend|bff|dog|cat|nan|gran|grandma|grandad|baby|puppy))(?![\w'’])",
    re.IGNORECASE,
)
#: Talk of a home's address: "where do i post it to", "my street is called", "whats ur address".
HOME_TALK = re.compile(
    r"(?<![\w'’])(?:address|addy|street|road|house|postcode|post (?:it|them|u|you)|send (?:it|them)|drop (?:it|them) off"
    r"|deliver|delivery|where (?:do )?(?:u|you) live|where (?:should|do|can|shall|will) (?:i|we) (?:post|send|mail|drop))(?![\w'’])",
    re.IGNORECASE,
)
#: A house given without the street's type: "its 14 ard na gréine", "number 61", "unit 5".
STREET_GIVEN = re.compile(
    r"(?<![\w'’])(?:number|no\.?|unit|flat|apt|house)\s?\d{1,5}[a-z]?(?![\w'’])"
    r"|\A\W{0,3}(?:its\s{1,3}|it['’]s\s{1,3})?\d{1,5}[a-z]?\s{1,3}[^\W\d_]{2,}(?:\s{1,3}[^\W\d_]{2,}){0,3}\W{0,3}\Z",
    re.IGNORECASE,
)
#: A landmark a place is told by: "by the garage", "past the chipper", "the main one".
BY_LANDMARK = re.compile(
    r"(?<![\w'’])(?:(?:by|beside|near|next\s{1,3}to|behind|opposite|past|across\s{1,3}from)\s{1,3}the\s{1,3}[\w'’-]{2,20}"
    r"|the\s{1,3}(?:main|big|[\w'’]{2,12}\s{1,3})?\s{0,3}one)(?![\w'’])",
    re.IGNORECASE,
)
#: A house told by its look, not counted among a town message's words: "the house with the pool",
#: "the green one", "the flat above the bakery" (it says which house, not a longer sentence).
HOUSE_LOOK = re.compile(
    r"(?<![\w'’])the\s{1,3}(?:[^\W\d_]{3,10}\s{1,3})?(?:house|one|place|flat|unit|bungalow|cottage)"
    r"(?:\s{1,3}(?:with|above|next\s{1,3}to)\s{1,3}(?:the|a|an)\s{1,3}[^\W\d_]{2,15})?(?![\w'’])",
    re.IGNORECASE,
)
#: A postcode after a town: "tauranga 3110", "pune 411052".
POSTCODE = re.compile(r"\s{1,3}\d{4,6}(?![\w])")


def _birthday_age(
    message: Message,
    previous: Sequence[Message],
    own: list[Finding],
    found: list[Finding],
    ranges: list[tuple[int, int, Any]],
    out: list[Finding],
) -> list[Finding]:
    """A birthday's day and month in one of the child's messages and the age they are turning in
    another ("june 30" ... "turning 12 this year"): the birth year follows, so the two make a whole
    birthday, a DATE_OF_BIRTH on the checked message's piece, whose ``parts`` is the other one."""
    if any(f.kind is Kind.DATE_OF_BIRTH for f in out):
        return []
    day = BARE_DAY.match(message.text)
    if day is not None:  # the day here, the age and the month before it ("12 in april" ... "the 27th lol")
        months = [m.ref for m in previous[-2:] if AGE_MONTH.match(m.text) and not OTHERS_AGE.search(m.text)]
        match = re.search(DAY, message.text, re.IGNORECASE)
        if not months or match is None:
            return []
        return _completed(message, Kind.DATE_OF_BIRTH, *match.span(), (months[-1],), scanner="age", confidence=0.8)
    date = BARE_DAY_MONTH.match(message.text)
    if date is None:  # the age here, the date before it
        ages = [f for f in own if f.kind is Kind.AGE and f.is_span]
        dated = [m.ref for m in previous if BARE_DAY_MONTH.match(m.text) or OWN_DAY_MONTH.search(m.text)]
        if not ages or not dated or OTHERS_AGE.search(message.text):
            return []
        age = ages[0]
        return [age.with_(kind=Kind.DATE_OF_BIRTH, parts=(dated[-1],))]
    # the date here, the age before it
    aged = [
        ref
        for lo, hi, ref in ranges
        for f in found
        if f.kind is Kind.AGE
        and f.is_span
        and lo <= f.start < hi  # type: ignore[operator]
        and not OTHERS_AGE.search(next(m.text for m in previous if m.ref == ref))
    ]
    if not aged:
        return []
    start, end = _trimmed(message.text, date.start(), date.end())
    while end > start and not message.text[end - 1].isalnum():
        end -= 1
    return _completed(message, Kind.DATE_OF_BIRTH, start, end, (aged[-1],), scanner="age", confidence=0.8)


def _street_town(
    message: Message,
    own: list[Finding],
    found: list[Finding],
    ranges: list[tuple[int, int, Any]],
    out: list[Finding],
    previous: Sequence[Message] = (),
    earlier: Sequence[Message] = (),
) -> list[Finding]:
    """A street address in one of the child's last two messages and the town it is in, in the
    checked one ("41 ash grove" ... "in bendigo now", "pune 411052"): an ADDRESS on the town (and
    its postcode), whose ``parts`` are the messages since the street; ``out`` with it. (Its scanner
    is "towns": an answer to an ask read over the same messages stands for it.) In talk of homes,
    a house number with a name is a street too ("its 14 ard na gréine" ... "blackrock co louth")."""
    # (a landmark the house is near is no more talk than its look: "its out in oakbury, near the old mill")
    if (
        any(f.kind is Kind.ADDRESS for f in out)
        or len(NEAR_LANDMARK.sub(" ", HOUSE_LOOK.sub(" ", message.text)).split()) > 6
    ):
        return out
    streets = [lo for lo, hi, _ in ranges[-2:] for f in found if f.kind is Kind.ADDRESS and lo <= f.start < hi]  # type: ignore[operator]
    if not streets and any(HOME_TALK.search(m.text) for m in earlier[-6:]):
        streets = [lo for (lo, _, _), m in zip(ranges[-2:], previous[-2:], strict=False) if STREET_GIVEN.search(m.text)]
    if not streets:
        return out
    places = [f for f in [*own, *out] if f.kind is Kind.LOCATION and f.is_span] + towns(message.text)
    if not places:
        return out
    start = min(p.start for p in places)  # type: ignore[type-var]
    end = max(p.end for p in places)  # type: ignore[type-var]
    code = POSTCODE.match(message.text, end)
    end = code.end() if code else end
    parts = tuple(ref for lo, _, ref in ranges if lo >= streets[0])
    street = Finding(
        kind=Kind.ADDRESS,
        text=message.text[start:end],
        start=start,
        end=end,
        confidence=0.8,
        scanner="towns",
        parts=parts,
    )
    return [f for f in out if not (f.kind is Kind.LOCATION and f.parts)] + [street]


def by_landmark(finding: Finding, message: Message, previous: Sequence[Message]) -> Finding:
    """``finding`` as a LOCATION when it is an address completed over messages that give no
    house number and tell the place by a landmark (:data:`BY_LANDMARK`: "the main one, rivonia
    road" ... "by the garage in sandton"): where a place is, not a home's address."""
    if finding.kind is not Kind.ADDRESS or not finding.parts:
        return finding
    told = [m.text for m in previous if m.ref in finding.parts] + [message.text]
    if any(c.isdigit() for t in told for c in t) or not any(BY_LANDMARK.search(t) for t in told):
        return finding
    return finding.with_(kind=Kind.LOCATION)


#: An answer to "which one": "the one by the co-op", "the big one near the servo".
WHICH_ONE = re.compile(
    r"\W{0,3}(?:(?:ya|yeah|yes|its|it['’]s|prob|probably)[\s,]{1,3})*the\s{1,3}(?:[a-z]{2,12}\s{1,3})?one\b", re.I
)


def _narrowed(
    message: Message, previous: Sequence[Message], own: list[Finding], earlier: Sequence[Message] = ()
) -> list[Finding]:
    """Where in the place the child just named or is at ("dunedin" ... "we live near the botanic
    garden"; "im at the skate park" ... "next to the library"; "ohio" ... "cool what part" ...
    "kinda near columbus" ... "by the kroger"): a LOCATION on the landmark, whose ``parts`` are the
    messages with the place. The two together find the child; neither alone. After a question for
    which part ("andheri west" ... "near which building" ... "lake view apts"), the place the
    message names is the narrower one."""
    match = NEAR_LANDMARK.search(message.text[:LEAK_HEAD])
    which = WHICH_ONE.match(message.text)
    # "the one by the co-op" tells which one of the landmarks, not yet where the child is; "the one
    # beside the lidl in ashfort" names the town too
    town = TOWN_AFTER.match(message.text, match.end()) if match else None
    if which and match and (town is None or everyday(town.group("t"))):
        return []
    span = match.span() if match else None
    if span is None and earlier and not earlier[-1].from_child and WHICH_PART.search(earlier[-1].text):
        places = [o for o in own if o.kind is Kind.LOCATION and o.is_span]
        span = (places[0].start, places[0].end) if places else None  # type: ignore[assignment]
    if span is None or any(overlaps(o, Kind.LOCATION, span[0], span[1]) and o.parts for o in own):
        return []
    places = [m for m in previous if not question(m.text) and _a_place(m, earlier)]
    # a landmark told of by its kind is no piece beside its name ("at the beach" ... "which beach" ...
    # "mt maunganui" ... "by the surf club"; "its snowing here" ... "canada" ... "kelowna")
    named = [m for m in places if not _unnamed(m, earlier)]
    parts = tuple(m.ref for m in named or places)
    if not parts:
        return []
    return _completed(message, Kind.LOCATION, *span, parts, scanner="towns")


#: "in <town>" after a landmark: "the one beside the lidl in ashfort" (not "in town").
TOWN_AFTER = re.compile(r"[^\n.!?]{0,20}?\s{1,3}in\s{1,3}(?P<t>[^\W\d_]{3,})", re.IGNORECASE)
#: A question for where the child is, or which part of a place: "whereabouts", "cool what part",
#: "near which building", "tell ur location" (not "which one", "which park": which landmark, not where).
WHICH_PART = re.compile(
    r"(?<![\w'’])(?:where|wher|wheres|where['’]s|whereabouts|(?:what|which|wat|wich)\s{1,3}(?:part|area|bit|side|end"
    r"|suburb|building|block|street|road)|near\s{1,3}(?:what|which|wat|wich)"
    r"|(?:ur|your|ya)\s{1,3}(?:location|area|suburb|city|town))(?![\w'’])",
    re.IGNORECASE,
)


#: A short message that names the town a child is in or near: "in hollowmere", "just outside
#: thornholme", "ye in ngaruru" (a name, not an everyday word: "in town", "at home", "in bed").
IN_TOWN = re.compile(
    r"\A\W{0,3}(?:(?:ya|yeah|yh|ye|yep|its|it['’]s|just|like|kinda|um)[\s,]{1,3}){0,2}(?:in|outside|near|around)\s{1,3}"
    r"(?P<t>[^\W\d_]{3,20}(?:\s{1,3}[^\W\d_]{3,20})?)\W{0,5}\Z",
    re.IGNORECASE,
)
#: A landmark the child is at or goes to, told of without its town: "the one behind the leisure
#: centre", "next to the library on king st", "at the skatepark".
LANDMARK_TOLD = re.compile(
    r"(?<![\w'’])the\s{1,3}one\s{1,3}(?:by|near|behind|next\s{1,3}to|opposite|beside|at|on)(?![\w'’])", re.I
)


def _in_town(text: str) -> bool:
    """Whether ``text`` is a short message naming a town (:data:`IN_TOWN`)."""
    match = IN_TOWN.match(text)
    return match is not None and not all(everyday(w) for w in match.group("t").split())


def _town_after(message: Message, previous: Sequence[Message], own: list[Finding]) -> list[Finding]:
    """The town after a landmark the child told of in one of their last two messages ("the one
    behind the leisure centre" ... "in hollowmere"; "next to the library on king st" ... "in port
    halden"): a LOCATION on the town, whose ``parts`` are the messages with the landmark. The
    landmark alone is one of many; with its town it finds the child."""
    if not _in_town(message.text):
        return []
    told = [
        i
        for i, m in enumerate(previous)
        if not question(m.text)
        and (PLACE_AT.search(m.text) or NEAR_LANDMARK.search(m.text) or LANDMARK_TOLD.search(m.text))
        and not _in_town(m.text)
    ]
    if not told:
        return []
    # (and what the child said after the landmark: its street, "the aquatic centre on" ... "ferris st")
    parts = tuple(m.ref for m in previous[told[0] :])
    match = IN_TOWN.match(message.text)
    return _completed(message, Kind.LOCATION, *match.span("t"), parts, scanner="towns")  # type: ignore[union-attr]


def _completed(
    message: Message, kind: Kind, start: int, end: int, parts: tuple[Any, ...], *, scanner: str, confidence: float = 0.7
) -> list[Finding]:
    """The leak of ``kind`` that ``message[start:end]`` completes over the sender's earlier messages ``parts``."""
    return [
        Finding(
            kind=kind,
            text=message.text[start:end],
            start=start,
            end=end,
            confidence=confidence,
            scanner=scanner,
            parts=parts,
        )
    ]


def _unnamed(message: Message, earlier: Sequence[Message]) -> bool:
    """Whether the child's ``message`` tells of where they are by a landmark's kind only ("im at
    the beach", "its snowing here"): no town in it, and no answer to the others' question."""
    return bool(UNNAMED_AT.search(message.text)) and not towns(message.text) and not _answers_where(message, earlier)


def _asked_before(message: Message, earlier: Sequence[Message]) -> Message | None:
    """The message just before ``message`` in ``earlier``, or the one before that when the sender's
    own few words sit between them, the start of their answer ("what side of town" ... "haha nearly"
    ... "kloofhaven": the place answers the question)."""
    at = next((i for i, m in enumerate(earlier) if m is message), None)
    if not at:
        return None
    before = earlier[at - 1]
    # (a number is a piece of an address, no word before the answer: "where do i post it" ... "62" ... "alder rd")
    short = len(before.text.split()) <= 3 and not _DIGIT.search(before.text)
    if before.sender == message.sender and at >= 2 and short:
        return earlier[at - 2]
    return before


def _answers_where(message: Message, earlier: Sequence[Message]) -> bool:
    """Whether the others' message before the child's ``message`` (:func:`_asked_before`) asked
    where, which part or which landmark ("cool what part", "which beach")."""
    before = _asked_before(message, earlier)
    return (
        before is not None
        and not before.from_child
        and bool(WHICH_PART.search(before.text) or WHICH_LANDMARK.search(before.text))
    )


def _a_place(message: Message, earlier: Sequence[Message]) -> bool:
    """Whether the child's ``message`` names a place: a town of the lexicon, a landmark the child
    is at, or the answer to the others' question for where ("cool what part" ... "kinda near
    columbus"; "u at the mall?" ... "ja menlyn")."""
    if towns(message.text) or PLACE_AT.search(message.text) or _in_town(message.text):
        return True
    before = _asked_before(message, earlier)
    return (
        before is not None
        and not before.from_child
        and bool(WHICH_PART.search(before.text) or PLACE_AT.search(before.text) or WHICH_LANDMARK.search(before.text))
        and len(message.text.split()) <= 5
        # a name in it, not game talk ("what part r u on" ... "level 3")
        and any(not everyday(w) for w in re.findall(r"(?<![\w'’])[^\W\d_]{3,}(?![\w'’])", message.text))
    )


def _school_place(
    message: Message, schools: list[Finding], ranges: list[tuple[int, int, Any]], previous: Sequence[Message]
) -> list[Finding]:
    """Where the school the sender just named is ("st brigid's" ... "the primary one in kilmore"):
    a SCHOOL finding on the place, whose ``parts`` is the message with the school's name."""
    match = NAMED_SCHOOL_PLACE.match(message.text[:LEAK_HEAD])
    if not schools or match is None:
        return []
    group = next(g for g in ("a", "b", "c", "d", "e") if match.group(g))
    start, end = _trimmed(message.text, match.start(group), match.end(group))
    school = schools[-1]
    parts = tuple(ref for lo, hi, ref in ranges if lo < school.end and school.start < hi)  # type: ignore[operator]
    # and the sender's messages since the name that said which one ("st aldric's" ... "the c of e one")
    parts += tuple(
        ref for (lo, _, ref), m in zip(ranges, previous, strict=True) if lo >= school.end and says_which(m.text)
    )  # type: ignore[operator]
    return _completed(message, Kind.SCHOOL, start, end, parts, scanner="school")


#: A message starting with one of these goes on with the previous one's last word
#: ("shadowfox" ... "#4412", "jakey" ... "_b11", "mia" ... ".dances"), and one ending with the
#: first two goes on into the next ("xX_" ... "wolfie22"; a full stop there ends a sentence).
JOINERS = ("#", "_", ".")


#: A word that puts a piece right before the piece goes on with a symbol ("no @hotmail.ie", "sorry _22",
#: "wait .k").
PUT_RIGHT = re.compile(r"\A\W{0,3}(?:no|nah|nope|sorry|soz|oops|wait|oh|i mean)[\s,]{1,3}(?=[@#_.])", re.IGNORECASE)


def _separator(before: str, piece: str) -> str:
    """What goes between two messages joined: nothing before a joiner, else one space, so that
    the pieces of a number or an address read as one line would."""
    if not before or before[-1:].isspace():
        return ""
    # (an e-mail cut after its "@" goes on into the provider: "2012@" ... "yahoo.ca"; not "drop ur @")
    mail_cut = before.endswith("@") and before[-2:-1].isalnum()
    return "" if piece.startswith(JOINERS) or before.endswith(JOINERS[:2]) or mail_cut else " "


def _tail(text: str) -> str:
    """The end of an earlier message, cut after a blank so that no word is halved."""
    if len(text) <= LEAK_TAIL:
        return text
    cut = text.find(" ", len(text) - LEAK_TAIL)
    return text[cut + 1 :] if cut >= 0 else text[-LEAK_TAIL:]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
