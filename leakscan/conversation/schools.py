"""A school named in pieces (:func:`school_completed`): the child gives its name in one message
and which school it is in the next, in talk of schools: its type ("westmoor" ... "no the
elementary lol", "its rose" ... "hill public"), its name again with the type ("its lincoln tho"
... "lincoln middle"), or where it is ("kv 2" ... "in jalandhar cantt"). Many schools share a
name; the name and the type or the town together find the one the child goes to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..findings import Finding, Kind
from ..scanners.chat_words import FILLER, REFUSAL, question
from .messages import Message
from .pieces import PLACE_AT, everyday

#: The others' and the child's messages read for talk of schools, and the child's own read for the name.
TALK_WINDOW = 6
NAME_MESSAGES = 2
#: A name given is short: a longer message is talk, not the name.
NAME_WORDS = 6
#: Words of talk of schools: "which school", "what grade r u in", "ur uniform", "which kv".
SCHOOL_TALK = re.compile(
    r"(?<![\w'’])(?<!after )(?<!before )(?:schools?|skool|skl|kv|elementary|middle school|primary|secondary|high school|academy|uniform|teachers?"
    r"|grade|class|college|laerskool|hoërskool|hoerskool|year \d{1,2}|std \d{1,2})(?![\w'’])",
    re.IGNORECASE,
)
#: Words only a school's kind is said in: "catholic", "national school" (a message led by one is talk of
#: schools itself: "holy cross" ... "catholic in brantwood").
_KIND_WORDS = r"catholic|national school|montessori|juniors|infants"
#: A school's type: "elementary", "middle", "public", "ms", "laerskool".
_TYPE = (
    r"(?:elementary|elem|middle|primary|secondary|high|junior|senior|intermediate|academy|public|grammar|prep|comp"
    r"|comprehensive|ms|hs|ps|jhs|laerskool|hoërskool|hoerskool|college|convent"
    # what kind of school by its faith or its founder: "holy cross" ... "catholic in brantwood", "st ita's" ...
    # "the national school in kilbeg", "the juniors on elm road"
    rf"|{_KIND_WORDS})"
)
#: A message that is the type, maybe after a word or two of the name: "no the elementary lol",
#: "the middle one not elementary", "hill public", "fenwick memorial junior" (not "the middle of
#: the map", "high key", "high five").
SCHOOL_TYPE = re.compile(
    r"\A\W{0,3}(?:(?:no|nah|nope|ya|yeah|yes|its|it['’]s|oh)[\s,]{1,3})*(?:(?:the|at|in)\s{1,3})?"
    rf"(?P<s>(?:[\w'’.-]{{2,20}}\s{{1,3}}){{0,2}}{_TYPE})(?=\W|\Z)"
    r"(?!\s{1,3}(?:of|key|five|score|scores|up|level|lvl|five|tier|rank|rated|quality|res|def|speed)(?![\w'’]))",
    re.IGNORECASE,
)
#: A message led by a school's kind: "catholic in brantwood", "the national school in kilbeg".
KIND_LED = re.compile(
    rf"\A\W{{0,3}}(?:(?:no|ya|yeah|its|it['’]s)[\s,]{{1,3}})*(?:the\s{{1,3}})?(?:{_KIND_WORDS})(?![\w'’])", re.I
)
#: A faith school's name: "holy cross", "st kevin's", "sacred heart", "our lady of lourdes".
FAITH_NAME = re.compile(
    r"(?<![\w'’])(?:st|saint|holy|sacred|our lady|blessed|christ|bishop|cardinal|mount)(?![\w'’])", re.I
)
#: Where a school is, said after its name, in pieces: "the one in cedar rapids", "die een in
#: centurion", "sector 45 wala branch", "in jalandhar cantt".
#: The words before the place: "in", "near", Afrikaans "naby".
_PLACE_WORDS = "in|at|near|by|beside|next to|naby|off"


def _place_one(gap: int, place_words: str = _PLACE_WORDS) -> str:
    """The pattern of "the <word> one ... in <place>", at most ``gap`` characters between."""
    return (
        # (a word before "one", a number after it: "the sector 21 one")
        r"\A\W{0,3}(?:(?:no|ya|yeah|yes|its|it['’]s|nah)[\s,]{1,3})*(?:(?:the|die)\s{1,3})?(?:[a-z]{2,12}\s{1,3}(?:\d{1,3}\s{1,3})?)?"
        rf"(?:one|een|branch|campus)\b[^\n?.!]{{0,{gap}}}?\b(?:{place_words})\s{{1,3}}(?P<a>[^\n?.!,]{{2,40}})"
    )


_PLACE_BRANCH = r"|\A\W{0,3}(?P<b>[^\n?.!,]{2,30}?)\s{1,3}(?:wala\s{1,3})?(?:branch|campus)\b"
_PLACE_WALA = r"|\A\W{0,3}(?P<d>[^\n?.!,]{2,30}?)\s{1,3}wala\W{0,3}\Z"  # "jayanagar wala"
_PLACE_IN = r"|\A\W{0,3}in\s{1,3}(?P<c>[^\n?.!,]{2,40})"
#: A branch told by its sector, after a word or three of the name: "sector 31 wala", "ya bharati, sector 7 branch"
#: (not where the child lives: "i live in sector 9").
_PLACE_SECTOR = (
    r"|\A\W{0,3}(?:(?!(?:live|stay|staying|house|home|flat)(?![\w'’]))[\w'’]{1,20}[\s,]{1,3}){0,3}"
    r"(?P<e>sector\s{0,3}\d{1,3}[a-z]?(?:\s{1,3}(?:wala|wali|vala|branch|campus))*)"
)
#: Which one, the place said, asked back to be sure: "the college one on halliwell st?".
_PLACE_ONE_ASKED = re.compile(_place_one(20, _PLACE_WORDS + "|on") + r"\?+\W{0,3}\Z", re.IGNORECASE)
#: ... after a bare name in talk of schools ("westmoor" ... "the one by the water tower in east fairview").
SCHOOL_PLACE = re.compile(_place_one(30) + _PLACE_BRANCH + _PLACE_IN + _PLACE_SECTOR, re.IGNORECASE)
#: ... after a school the scanners named ("st brigid's" ... "the primary one in kilmore", "jayanagar
#: wala"): read by :func:`.across.leaks_across`.
NAMED_SCHOOL_PLACE = re.compile(_place_one(20) + _PLACE_BRANCH + _PLACE_WALA + _PLACE_IN + _PLACE_SECTOR, re.IGNORECASE)

#: A school told of, not named: "its a primary school in pretoria", "middle school is so boring".
TOLD_OF = re.compile(r"(?<![\w'’])(?:school|skool|skl)(?![\w'’])", re.IGNORECASE)
#: The start of a message that names no school: an age, a grade, a class.
NO_NAME = re.compile(r"\W*(?:\d|(?:grade|year|yr|class|std|standard|form|level|lvl)(?![\w'’]))", re.IGNORECASE)
#: Words of a sentence about something, not a school's name: "lol my teacher is so mean".
TALK = re.compile(r"(?<![\w'’])(?:my|i|im|i['’]m|me|is|was|are|so|he|she|they|we|you|u|ur|hate|love)(?![\w'’])", re.I)
#: What follows "in" that is no place: a class, a grade, a while.
NO_PLACE = re.compile(
    r"(?:the|a|an|my|our|class|grade|year|yr|std|standard|form|school|bed|bit|sec|min|while|lesson|maths|math|english)(?![\w'’])",
    re.IGNORECASE,
)


def _named(message: Message, earlier: Sequence[Message], *, talk: bool = False) -> Message | None:
    """The child's recent short message that named the school, in talk of schools (``talk``:
    the checked message names a school): their latest among the last few, not a question; None
    when there is none or no talk of schools."""
    window = earlier[-TALK_WINDOW:]
    if not talk and not any(SCHOOL_TALK.search(m.text) for m in window):
        return None
    mine = [m for m in window if m.sender == message.sender][-NAME_MESSAGES:]
    for m in reversed(mine):
        if len(m.text.split()) > NAME_WORDS or question(m.text) or REFUSAL.match(m.text):
            continue
        skip = FILLER.match(m.text)
        rest = m.text[skip.end() :] if skip else m.text
        # a name, not a yes, an age or a grade ("ya", "11 actually", "ya 8th", "grade 7"), nor a school
        # told of by its type ("its a primary school in pretoria": its name is still to come), nor a
        # landmark ("the skatepark" ... "the one by the lidl": a place, not a school)
        if (
            re.search(r"(?<![\w'’])[^\W\d_]{2,}(?![\w'’])", rest)
            and not NO_NAME.match(rest)
            and not TALK.search(rest)
            and not TOLD_OF.search(rest)
            and not PLACE_AT.search(rest)
        ):
            return m
    return None


def school_completed(message: Message, earlier: Sequence[Message], own: Sequence[Finding]) -> list[Finding]:
    """A SCHOOL that ``message`` completes after the child's message with its name (its
    ``parts``): the type, the name with the type (the message's own SCHOOL, ``own``), or the
    place. Empty when nothing in ``message`` says which school, or no name came before."""
    text = message.text
    # (which one, asked back to be sure, says it as well: "the college one on halliwell st?")
    if (question(text) and not _PLACE_ONE_ASKED.match(text)) or len(text.split()) > 10:
        return []
    schools = [f for f in own if f.kind is Kind.SCHOOL and f.is_span]
    led = not schools and KIND_LED.match(text) is not None
    named = _named(message, earlier, talk=bool(schools) or led)
    if named is None or (
        led
        and not any(SCHOOL_TALK.search(m.text) for m in earlier[-TALK_WINDOW:])
        and not FAITH_NAME.search(named.text)
    ):
        # (a faith's school, no talk of schools before: the name before it is a saint's or a holy one's,
        # "holy cross" ... "catholic in brantwood", not "church lol" ... "catholic in brantwood")
        return []
    mine = {w.lower() for w in re.findall(r"[\w'’]{3,}", named.text)}
    schools = [f for f in schools if f.text.lower() not in named.text.lower()]
    span: tuple[int, int] | None = None
    for f in schools:
        first = re.match(r"[\w'’]+", f.text)
        if first and first.group().lower() in mine:  # "its lincoln tho" ... "lincoln middle"
            span = f.start, f.end  # type: ignore[assignment]
            break
    if span is None and len(text.split()) <= 6:
        match = SCHOOL_TYPE.match(text)
        if match:  # "westmoor" ... "no the elementary lol"
            span = match.span("s")
    if span is None:
        match = SCHOOL_PLACE.match(text)
        group = next((g for g in "abce" if match and match.group(g)), "")
        place = match.group(group) if match else ""
        # (a place, not a class or an everyday word: "in class rn", "in a bit")
        if match and (group != "c" or not (NO_PLACE.match(place) or everyday(place.split()[0]))):
            # (the branch with its place: "sector 45 wala branch" outreads "sector 45" as a street)
            span = (
                match.start(group),
                match.end() if group == "b" else match.end(group),
            )  # "kv 2" ... "in jalandhar cantt"
    if span is None:
        return []
    start, end = span
    while end > start and not text[end - 1].isalnum():
        end -= 1
    # the child's messages since the name that said which school too ("hollis creek" ... "the middle
    # school not the elementary" ... "in bramford"): pieces as well
    since = earlier[next(i for i, m in enumerate(earlier) if m is named) + 1 :]
    more = [m.ref for m in since if m.sender == message.sender and says_which(m.text)]
    return [
        Finding(
            kind=Kind.SCHOOL,
            text=text[start:end],
            start=start,
            end=end,
            confidence=0.7,
            scanner="school",
            parts=(named.ref, *more),
        )
    ]


#: "the c of e one", "the catholic one": which school, by a word or three before "one".
THE_ONE = re.compile(
    r"\A\W{0,3}(?:(?:no|ya|yeah|its|it['’]s)[\s,]{1,3})*the\s{1,3}(?:[\w'’.]{1,12}\s{1,3}){1,3}one\W{0,5}\Z", re.I
)


def says_which(text: str) -> bool:
    """Whether a short message says which school: its type ("the middle school not the elementary"),
    where it is ("the one in kilmore") or which one ("the c of e one")."""
    if question(text) or len(text.split()) > NAME_WORDS + 2:
        return False
    return bool(SCHOOL_TYPE.match(text) or SCHOOL_PLACE.match(text) or THE_ONE.match(text))
