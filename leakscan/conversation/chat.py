"""A message read in its chat (:func:`conversation_findings`): the conversation scanners on it
(:func:`said_in`, kept by text), the leaks it completes, and for a child's message the asks
and moves it may be answering, carried in."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from .. import lexicon
from ..findings import Finding, Kind
from ..scanners import conversation_scanners
from ..scanners.asks import HINTS, QUIET
from ..scanners.chat_model import RULE_CONFIDENCE
from ..scanners.chat_words import DATE_PIECE, FOLLOW_UP, GO_ON, MOMENT, WHERE, handle_asked, pattern
from ..scanners.detect import detect_text
from ..scanners.off_platform import HAS_APP, OWN_CONTACT
from ..scanners.off_platform_rules import LEAVING
from ..settings import Settings
from .across import by_landmark, leaks_across
from .answers import ANSWERS, answer_findings, opened
from .dates import birthday_pieces
from .email_end import email_ended
from .guesses import SOMEONE_ELSE, guessed
from .guesses import ask as _ask
from .held import inbox_delivery, piece_so_far, street_held, thing_part
from .meeting import added_there, meeting_after_place
from .messages import FAMILY, HOUSEHOLD, LOOKBACK, Message
from .pieces import LEAK_KINDS, LEAK_MESSAGES, PLACE_AT, STREETISH, inside, overlaps, towns
from .told_on import dangling, remember, told_on

#: A child's message answers the other people's messages among the last this many.
ANSWER_WINDOW = 6
#: A question is read as answered by the child's next this many messages together (a handle
#: spelled out: "whats ur snap" ... "ya" ... "mila" ... "_rides07"); its ask is carried into the next two.
ANSWER_REPLIES = 5


def conversation_findings(
    message: Message, earlier: Sequence[Message], settings: Settings, *, own: Iterable[Finding] = ()
) -> tuple[list[Finding], list[str]]:
    """What ``message`` holds as part of its chat, beyond its own text's findings ``own``:
    leaks completed across messages, the conversation scanners' findings, and (for a child's
    message) the others' recent asks and moves. Returns the findings and the names of
    scanners that failed (the message is then not fully checked)."""
    earlier = earlier[-LOOKBACK:]
    own = list(own)
    said, failed = said_in(message.text, message.from_child, settings)
    found = list(said)
    if not message.from_child and not any(f.kind is Kind.ASKS_PII and f.detail for f in said):
        # A bare follow-up ("which one") asks what the talk was about, or nothing: not what its
        # few words seem to ask alone.
        more_asks = follow_up(message, earlier, settings) or guessed(message, own)
        if more_asks or FOLLOW_UP.fullmatch(message.text):
            found = [f for f in found if f.kind is not Kind.ASKS_PII] + more_asks
    if not message.from_child and _date_told(message, earlier):
        # The child gave a piece of the date unasked ("my bday is the 14th" ... "of?"): the short
        # question after it is talk, not an ask (four writers of four; the pieces are the leak).
        found = [f for f in found if f.kind is not Kind.ASKS_PII or f.detail != "birthday"]
    if WHICH_PART.fullmatch(message.text.strip()) and thing_part(message, earlier):  # "the quiz" ... "which part"
        found = [f for f in found if f.kind is not Kind.ASKS_PII]
    if not message.from_child and GO_ON.fullmatch(message.text):
        # A push to go on ("go on", "and?", "keep going") while the child gives a detail in pieces
        # asks for nothing new: the ask came before it, the pieces are the leak (one writer of
        # fourteen labels it an ask, all the others never).
        found = [f for f in found if f.kind is not Kind.ASKS_PII]
    if earlier and TEACHER.search(earlier[-1].text) and not PARENT.search(earlier[-1].text):
        # "mrs k said no calcs" ... "she wont know": the teacher, about homework, not a parent kept from the chat
        found = [f for f in found if f.kind is not Kind.OFF_PLATFORM or not THEY_WONT_KNOW.fullmatch(f.text)]
    if FAMILY.fullmatch(message.sender):
        # A parent's or relative's question ("where are you love" ... "which one") is family
        # looking after the child, not a stranger gathering details (no writer labels one an ask).
        found = [f for f in found if f.kind is not Kind.ASKS_PII]
    if HOUSEHOLD.fullmatch(message.sender):
        # A parent's, grandparent's or sibling's pick-up, call or visit ("ill grab u at 4", "the video
        # call sunday", "can maddy come to ours") is the family's own plan; only their keeping something
        # from the other grown-ups or deleting it still counts (writers label an uncle's lift, not these).
        found = [f for f in found if f.kind is not Kind.OFF_PLATFORM or f.detail in ("secret", "delete")]
    if not any(f.kind is Kind.OFF_PLATFORM for f in found):
        found.extend(meeting_after_place(message, earlier))  # "the one in" ... "albany" ... "ill look for u"
        found.extend(added_there(message, earlier, functools.partial(_moves, settings=settings)))
    across, more = leaks_across(message, earlier, settings, own)
    if not message.from_child:
        # Someone else's place or school put as a question ("westbrook high?", "st aidans? i know
        # it") is a guess for the child to confirm (an ask, :func:`guessed`), not a leak of theirs.
        across = [f for f in across if f.end is None or not PUT_AS_QUESTION.match(message.text, f.end)]
    found.extend(across)
    problems = [*failed, *more]
    asked: dict[str, int] = {}  # what was asked: the index in ``earlier`` of its latest ask
    opens = opened(message, earlier)
    if message.from_child:
        for other in _answered(earlier):
            said, failed = said_in(other.text, False, settings)
            found.extend(f.with_(start=None, end=None, field=None, parts=(other.ref,)) for f in said)
            problems.extend(f"{name} (on an earlier message)" for name in failed)
        named = [i for i in _answered_at(earlier, ANSWER_REPLIES) if handle_asked(earlier[i].text)]
        for index in _answered_at(earlier, ANSWER_REPLIES):
            said, _ = said_in(earlier[index].text, False, settings)  # (kept: read above or before)
            asks = [f for f in said if f.kind is Kind.ASKS_PII]
            asked.update((f.detail, index) for f in asks if f.detail in ANSWERS)
            if not any(f.detail for f in asks):
                # "which one" after the child told of their school: an ask, unless the same detail was
                # asked before or opened by the child's own words ("i was born 2013" ... "when tho"),
                # whose answer it goes on with ("when is ur bday" ... "october" ... "what day" ... "13")
                for f in follow_up(earlier[index], earlier[:index], settings):
                    if f.detail in ANSWERS and f.detail not in opens and PUSH.search(earlier[index].text):
                        asked[f.detail] = index  # a push to tell ("ya tell na"): the answer starts after it
                    elif f.detail in ANSWERS and f.detail not in opens:
                        asked.setdefault(f.detail, index)
        if named:
            asked.setdefault("handle", named[-1])  # "gamertag?" ... "FoxKit" ... "4410" (no ask counted)
    for detail, index in opens.items():
        asked[detail] = max(index, asked.get(detail, -1))
    if "home" in asked and POSTCODE_ASKED.search(earlier[asked["home"]].text):
        # a postcode in halves reads as one only after words that say it is one ("LS27" ... "9QX")
        asked["postcode"] = asked["home"]
    if "email" not in asked:
        asked.update(email_ended(message, earlier))
    # (an e-mail asked for is given in pieces as well: "its maya.k" ... "2012" ... "at hotmail")
    given = None if {"handle", "email"} & asked.keys() else handle_given(message, earlier)
    if given is not None:
        # "ya its @moth" ... "underscore draws 7": a handle given in talk of accounts, continued
        asked["handle"] = given
    if message.from_child and "birthday" not in asked:
        # Birthdays talked of ("i just turned 12 last week", "doing a horoscope thing"): the
        # child's dates given after it are their birthday ("mines in august" ... "the 30th").
        talk = _birthday_talk(earlier)
        if talk is not None:
            asked["birthday"] = talk
    answers, failed = answer_findings(message, earlier, asked, settings, [*own, *found])
    if given is not None:
        # Unasked, a handle goes on until its digits come ("its kiri" ... ".edits" ... "_22"): a
        # piece with none may be the middle of it.
        answers = [a for a in answers if a.kind is not Kind.HANDLE or not a.parts or DIGIT.search(a.text)]
    if "phone" in asked:
        # Digits after a number was asked are its pieces, not a handle ("its 555" ... "014" ... "7721 lol").
        phones = [a for a in answers if a.kind is Kind.PHONE and a.parts]
        answers = [
            a
            for a in answers
            if a.kind is not Kind.HANDLE
            or not a.parts
            or not (a.text.strip(" -.").isdigit() or any(overlaps(p, Kind.PHONE, a.start, a.end) for p in phones))
        ]
    if (
        "birthday" in asked
        and message.from_child
        and not any(f.kind is Kind.DATE_OF_BIRTH and f.parts for f in [*found, *answers])
    ):
        # a day, a month and a year over the child's messages, in any order ("its the 9th lol" ... "june silly")
        answers.extend(birthday_pieces(message, earlier))
    # A provider is no place: "which address must she use" ... "its thandi" ... "at webmail" is an e-mail.
    mails = [a for a in answers if a.kind is Kind.EMAIL and a.parts]
    answers = [
        a
        for a in answers
        if a.kind is not Kind.LOCATION or not any(overlaps(m, Kind.EMAIL, a.start, a.end) for m in mails)
    ]  # type: ignore[arg-type]
    # The town after a street given ("unit 2" ... "14 kauri st" ... "mount eden") completes the address.
    answers = [_address_town(a, earlier, message) for a in answers]
    answers = [by_landmark(a, message, earlier) for a in answers]  # (no house number, a landmark: a place)
    # A handle read whole over its pieces outgrows the first piece found alone ("nightowl" ... "nightowl 77").
    # (and an answer's leak naming the ask stands for the same leak found across messages without it)
    # (a leak completed across messages stays beside an answer found whole in this message alone)
    found = [
        f for f in found if not any((inside(f, a) and (a.parts or not f.parts)) or _same_leak(f, a) for a in answers)
    ] + answers
    # ("41" ... "kestrel": its type comes; "ok check ur inbox" after an e-mail given: a delivery)
    found = [f for f in found if not street_held(f, message, earlier) and not inbox_delivery(f, message, earlier)]
    problems.extend(failed)
    if message.from_child and dangling(message.text):
        # "the high school on": a piece going on into the next message, whose leak it is (a street
        # named is an address before its town: "which street u on" ... "wattle" ... "street in")
        found = [f for f in found if not (f.parts and f.is_span and f.kind in LEAK_KINDS - {Kind.ADDRESS})]
    else:  # (someone else's own contact given in pieces too: :data:`.told_on.CONTACT`)
        read = functools.partial(_read, settings=settings)
        found.extend(told_on(message, earlier, found, own, read, functools.partial(_asks, settings=settings)))
    # A piece so far ("the 8th" ... "of april", its year to come): the message's own finding, no leak
    # yet; kept as the leak it makes so far, so the next piece tells on it.
    so_far = [f for f in found if piece_so_far(f, message, earlier)]
    # A handle's look after an e-mail was asked, no account: the e-mail's name so far, its end to come.
    email_only = "email" in asked and "handle" not in asked
    mail_name = [f for f in found if email_only and f.kind is Kind.HANDLE and f.parts and f.is_span]
    held = [*so_far, *(f for f in mail_name if f not in so_far)]
    found = [f for f in found if f not in held and not _read_as_place(f, so_far)]
    for f in held:  # (once: the answer and the leak across messages may both have read it)
        if not any(overlaps(o, f.kind, f.start, f.end) for o in [*own, *found]):  # type: ignore[arg-type]
            found.append(f.with_(parts=None))
    remember(message, earlier, [*found, *so_far])
    return found, list(dict.fromkeys(problems))


def _read_as_place(found: Finding, so_far: Sequence[Finding]) -> bool:
    """Whether ``found`` is a place over the same messages and words as a street held as a piece so
    far ("42 tamsin" ... "street" read as a place too): no leak across messages yet either."""
    return bool(found.parts) and any(
        held.kind is Kind.ADDRESS
        and overlaps(found, Kind.LOCATION, held.start, held.end)  # type: ignore[arg-type]
        and set(found.parts or ()) <= set(held.parts or ())
        for held in so_far
    )


def _asks(message: Message, settings: Settings) -> set[str | None]:
    """The details the others' ``message`` asks for."""
    return {f.detail for f in said_in(message.text, False, settings)[0] if f.kind is Kind.ASKS_PII}


def _moves(message: Message, settings: Settings) -> bool:
    """Whether ``message`` moves the chat to another app (an OFF_PLATFORM ``move``) without asking for the
    child's account there: once that is asked ("send me ur snap"), an "add me back" after it follows
    through (as "ill text u" after a number given), no new move."""
    said = said_in(message.text, message.from_child, settings)[0]
    return any(f.kind is Kind.OFF_PLATFORM and f.detail == "move" for f in said) and not any(
        f.kind is Kind.ASKS_PII for f in said
    )


def _read(message: Message, earlier: Sequence[Message], settings: Settings) -> list[Finding]:
    """An earlier message's findings read in its chat, as :func:`leakscan.posts.with_conversation` reads them."""
    own = [f for f in detect_text(message.text, settings)[0] if settings.reports(f)]
    return conversation_findings(message, earlier, settings, own=own)[0]


#: A push to tell what was asked, the whole of it again: "ya tell na", "pls tell", "tell meee".
PUSH = re.compile(r"(?<![\w'’])tell(?:\s{1,3}(?:na+|me+|pls|plz|already))?\W{0,5}\Z", re.IGNORECASE)
#: An ask for a postcode: "whats ur postcode", "and the eircode?", "zip?", "pin code batao".
POSTCODE_ASKED = re.compile(r"(?<![\w'’])(?:post ?code|zip(?: ?code)?|eircode|pin ?code)(?![\w'’])", re.IGNORECASE)


def _same_leak(found: Finding, answer: Finding) -> bool:
    """Whether ``found`` is a town after a street (``leaks_across``, scanner "towns") that
    ``answer`` reads as the answer to an ask, naming the ask too: the same leak."""
    return (
        found.kind is Kind.ADDRESS
        and found.scanner == "towns"
        and bool(answer.parts)
        and overlaps(found, answer.kind, answer.start, answer.end)  # type: ignore[arg-type]
    )


def _address_town(found: Finding, earlier: Sequence[Message], message: Message) -> Finding:
    """``found`` as an ADDRESS when it is a town read as the answer over pieces of which one (the
    sender's) gave the street ("14 kauri st" ... "mount eden"): the town completes the address."""
    if found.kind is not Kind.LOCATION or not found.parts:
        return found
    pieces = [m for m in earlier if m.ref in found.parts and m.sender == message.sender]
    return found.with_(kind=Kind.ADDRESS) if any(STREETISH.search(m.text) for m in pieces) else found


#: How many of the sender's own earlier messages a follow-up question reaches back to.
FOLLOW_BACK = 2


def follow_up(message: Message, earlier: Sequence[Message], settings: Settings, *, chain: int = 1) -> list[Finding]:
    """``message`` as a short follow-up question (:data:`FOLLOW_UP`: "when's yours", "what
    date") asking what its sender's recent words were about: their own ask ("when is ur
    birthday" ... "may" ... "what date") or a detail they told ("my bday is next week!!" ...
    "when's yours"), itself a follow-up (``chain`` levels back: "where r u" ... "canada" ... "where
    in canada"). An ``ASKS_PII`` finding with that detail, or none."""
    if message.from_child:
        return []
    told = _told(message, earlier)
    if told:
        return [_ask(message, told)]
    prompt = FOLLOW_UP.fullmatch(message.text) is not None
    if not prompt and not _further(message.text):
        return []
    mine = [i for i, m in enumerate(earlier) if m.sender == message.sender][-FOLLOW_BACK:][::-1]
    for i in mine:
        before = earlier[i]
        asks = [f for f in said_in(before.text, False, settings)[0] if f.kind is Kind.ASKS_PII]
        if not asks and chain:
            asks = follow_up(before, earlier[:i], settings, chain=chain - 1)
        detail = asks[0].detail if asks else None
        if detail:
            # the further piece named is what is asked ("ur mobile n ur email" ... "0413" ... "and ur email then")
            detail = next((d for d, rx in NAMED_PIECE if rx.search(message.text)), detail)
        if detail is None and (prompt or TO_THE_CHILD.search(before.text)):
            # (a further piece asked after words to the child that asked nothing yet: "ur the kid from
            # the swim club photo right?" ... "nice what days")
            detail = next((d for d, rx in HINTS if rx.search(before.text.lower())), None)
        if detail:
            return [_ask(message, detail)]
    if prompt and handle_given(message, earlier) is not None:
        return [_ask(message, "handle")]  # their own account given ("its jonno_b04" ... "cool. whats urs")
    return []


#: What a short question after an ask may ask for as a further piece of the same detail: "year?",
#: "city and zip?", "which bit of leeds is that", "what day tho" (not "what?", "why", "lol ok?").
FURTHER = re.compile(
    # (after a lead: "ik but the number"; "nice what days", not "nice number": a compliment)
    # ("wait what year": the sender's surprise first)
    # ("ok aur yr?": Hindi "and")
    # ("curious, what end": a reason given first; "by which side": the place's preposition first)
    r"\W{0,3}(?:(?:and|n|aur|so|ok|okay|hmm+|but|i know|ik|wait|oh|ooh|omg|ya|yeah|just curious|curious|(?:i )?(?:just )?need)"
    r"[\s,]{1,3}){0,2}"
    r"(?:(?:nice|cool)[\s,]{1,3}(?=w))?(?:(?:by|near|in|on) (?=wh))?(?:(?:which|wich|what|wat|whats|wats)(?:['’]?s)?[\s,]{1,3})?"
    r"(?:the[\s,]{1,3}|ur[\s,]{1,3}|an?[\s,]{1,3})?(?:year|yr|days?|date|month|times?|city|town|suburb|zip|zip ?code|post ?code"
    r"|pin ?code|eircode|street|road|rd|st|area|county|country|state|province|bit|part|end|side|surname|last name|number"
    # the next piece of a contact or a home after the first ("and ur email then" after the phone, "k, house # pls"
    # after the street), or which of a school's sites ("which campus"); not "road or street" (a kind asked:
    # writers disagree)
    r"|house (?:number|no\.?|num|#)|house ?#|flat|unit|e-?mail|email address|cell|mobile|branch|campus"
    r"|provider|domain|password|passcode|pin"
    # a phone's area code after its last digits ("555" ... "0148" ... "area code?"); a chart's birth time and place
    r"|area ?code|(?:time|place|city) of birth|birth (?:time|place|city))"
    r"(?:[\s,]{1,3}(?:and|n|&|\+|/|aur)[\s,]{1,3}(?:the[\s,]{1,3})?[\w'’]{2,12})?"
    r"(?:[\s,]{1,3}(?:of|in)[\s,]{1,3}[\w'’]{2,15})?"
    r"(?:[\s,]{1,3}(?:is (?:it|that)|tho|though|then|exactly|lol|pls|please|yaar|eh|bro|too|bhi))?(?:[\s,]{1,3}chahiye)?"
    # (the child's place asked in full: "which side r u on", "what part do u live in")
    r"(?:[\s,]{1,3}(?:r|are|do) (?:u|you)(?: (?:on|in|from|at|live in|stay in|live|stay))?)?"
    r"\W{0,5}",
    re.IGNORECASE,
)


#: A further piece named for itself in a follow-up question: its detail, whatever was asked before.
NAMED_PIECE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"(?<![\w'’])e-?mail(?![\w'’])", re.IGNORECASE)),
    ("phone", re.compile(r"(?<![\w'’])(?:cell|mobile)(?![\w'’])", re.IGNORECASE)),
)


#: Why the further piece is wanted, after the question: "and the year pls, for the star chart",
#: "wat day tho gotta know for the list".
REASON = re.compile(r"[\s,]{1,3}(?:for|gotta|got to|need|i need|it matters|so|cuz|coz|bc|because|to)\b.{0,60}\Z", re.I)


def _further(text: str) -> bool:
    """Whether ``text`` is a short question for a further piece of a detail (:data:`FURTHER`),
    alone or as one of its sentences ("ooh taurus. what date"), a reason after it or not."""
    for part in re.split(r"(?<=[.!?,])\s+", text.strip()):
        if QUIET.search(part.lower()) and not WHICH_PART.fullmatch(part):
            # (game talk; a secret told in another sentence leaves "and password?" a question; "which
            # side" after the sender asked the child's town asks which part of it)
            continue
        reason = REASON.search(part)
        if FURTHER.fullmatch(part) or (reason and FURTHER.fullmatch(part[: reason.start()])):
            return True
    return False


#: Words said to the child.
TO_THE_CHILD = re.compile(r"(?<![\w'’])(?:u|ur|you|your|ya|youre|you['’]re)(?![\w'’])", re.IGNORECASE)
#: A question mark right after a span: the span put as a question.
PUT_AS_QUESTION = re.compile(r"\s{0,3}\?")
#: What a child's message tells about, by the detail a short question after it asks for ("my
#: birthday is soon!!" ... "when"; "my steam is different" ... "whats there"). A handle before a
#: home ("my steam is different from here").
TOLD: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (detail, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))
    for detail, words in (
        # a star sign says the month: "im a leo" ... "when exactly"
        (
            "birthday",
            r"birthday|bday|b-day|born|turning|aries|taurus|gemini|leo|virgo|libra|scorpio|sagittarius"
            r"|capricorn|aquarius|pisces",
        ),
        ("email", r"e-?mail|gmail|hotmail|outlook|icloud"),
        ("handle", r"snap|snapchat|insta|instagram|tiktok|discord|username|user|ign|gamertag|psn|steam|xbox|spotify"),
        ("phone", r"number|phone|cell|mobile|sim|digits"),
        ("school", r"school|skool|uniform|teacher|college|kv"),
        ("home", r"live|lives|living|house|street|road|address|postcode|town|city|suburb|moved|village|neighbou?rhood"),
        # where the child is: at or by a landmark ("at the skate park", "by the river"), or "here" in
        # the weather ("its freezing here")
        ("home", PLACE_AT.pattern),
    )
)
#: A short question after what the child told: "which one", "when", "where in fl", "name?".
SHORT_QUESTION = re.compile(
    r"\W{0,3}(?:\w+\W{1,3}){0,2}?(?:which|wich|what|wat|whats|when|whens|where|wheres|whereabouts|name|month|day|year)\b.{0,30}"
    r"|.{1,25}\?+\W{0,3}"
    r"|\W{0,3}(?:try me|tell me+|go on then|spill)\W{0,5}",  # a dare to tell: "my town is tiny u wont know it" ... "try me"
    re.IGNORECASE,
)


def _told(message: Message, earlier: Sequence[Message]) -> str | None:
    """The detail ``message`` asks for as a short question right after the child told of it
    (:data:`TOLD`; the child's message one of the last two): "my school has the best tuck shop"
    ... "which one". Game talk stays quiet ("which server")."""
    text = message.text.strip()
    # (a "which" question may say more: "wich park lol there like 50"; so may one naming what the
    # child told of: "lol what school has that")
    words = len(text.split())
    if words > 6 or not SHORT_QUESTION.fullmatch(text) or SOMEONE_ELSE.search(text):
        return None  # (nor one of someone else: "is her mom home?" after "can i go to lilys after school")
    # (a bare "where r u" is game talk, but not right after the child told where they are)
    if QUIET.search(text.lower()) and not WHERE_ARE_YOU.fullmatch(text):
        return None
    child = next((m for m in earlier[-2:][::-1] if m.from_child), None)
    if child is None:
        return None
    for detail, rx in TOLD:
        if not rx.search(child.text):
            continue
        if words > 4 and not (WHICH.match(text) or rx.search(text)):
            return None
        if rx is TOLD[-1][1] and not WHERE_NOW.match(text):
            return None  # "at the cinema" ... "what film": not where the child is
        return detail
    # a town or a region the child named ("ottawa" ... "where in ottawa")
    named = towns(child.text) or child.text.strip(" .!?").lower() in lexicon.entries("countries")
    return "home" if words <= 4 and PLACE_QUESTION.match(text) and named else None


#: A child's message telling of their birthday (:data:`TOLD`'s row for it).
_BIRTHDAY_TOLD = next(rx for detail, rx in TOLD if detail == "birthday")


def _date_told(message: Message, earlier: Sequence[Message]) -> bool:
    """Whether ``message`` is a short question (not a "where") right after the child, unasked by
    its sender, told of their birthday with a piece of its date (:data:`DATE_PIECE`)."""
    text = message.text.strip()
    if len(text.split()) > 6 or not SHORT_QUESTION.fullmatch(text) or WHERE.match(text):
        return False
    child = next((m for m in earlier[-2:][::-1] if m.from_child), None)
    if child is None or not DATE_PIECE.search(child.text) or not _BIRTHDAY_TOLD.search(child.text):
        return False
    at = max(i for i, m in enumerate(earlier) if m is child)
    # (asked before by the sender, the date's pieces answer that ask: "whens ur bday" ... "14th" ... "of?")
    return not any(m.sender == message.sender and _BIRTHDAY_TOLD.search(m.text) for m in earlier[max(0, at - 3) : at])


#: A question for where the child is now, after they told of a landmark: "which one", "whereabouts",
#: "where r u" (not "what film" after "at the cinema", "where'd u get the cape" after "from the shop").
WHERE_NOW = re.compile(
    r"\W{0,3}(?:\w+\W{1,3})?(?:which|wich|whereabouts|where(?!['’]?d\b| did\b)|wheres|where['’]s)\b", re.I
)
#: Which part of a town: "which side", "what end tho", "which part?".
WHICH_PART = re.compile(
    r"\W{0,3}(?:\w+\W{1,3}){0,2}(?:which|wich|what|wat) (?:side|part|end|bit)(?: tho| of it| lol)?"
    r"(?: (?:r|are|do) (?:u|you)(?: (?:on|in|from|at))?)?\W{0,5}",
    re.I,
)
#: A question for which one of them: "which church", "wich park lol there like 50".
WHICH = re.compile(r"\W{0,3}(?:which|wich|witch)\b", re.I)
#: "where r u" alone: players looking for each other in a game, unless the child just told where they are.
WHERE_ARE_YOU = re.compile(r"\W{0,3}(?:where|wher|whr) ?(?:r|are) ?(?:u|you|ya)(?: at| now| rn| lol)?\W{0,5}", re.I)
#: A short question for a place: "where in ottawa", "which part", "whereabouts".
PLACE_QUESTION = re.compile(
    r"\W{0,3}(?:\w+\W{1,3})?(?:where|wher|whr|wheres|where['’]s|whereabouts|which|wich)\b", re.I
)


#: Talk of accounts: an app, a handle's words, following or posting.
ACCOUNT_TALK = re.compile(
    rf"(?:{dict(TOLD)['handle'].pattern})|(?<![\w'’])(?:@|acc|account|follow|post|edits|page|channel|youtube|yt|roblox|twitch"
    r"|ig|tt|kik|telegram|id|handle|tag)(?![\w'’])",
    re.IGNORECASE,
)
#: A name given short, "its X": "ya its @moth", "on tiktok its kiri", "id is jonno_b"; or about to be, the
#: name in the next message: "no its" ... "mira_paints" ... "_12".
GIVEN_NAME = re.compile(
    r"(?:\A|(?<=\W))(?:its|it['’]s|mine is|mines|mine['’]s|id is|user is|name is)(?:\s{1,3}@?[\w.#@-]{2,20})?\W{0,3}\Z",
    re.I,
)
DIGIT = re.compile(r"\d")
#: At most this many words in such a message.
GIVEN_WORDS = 6


def handle_given(message: Message, earlier: Sequence[Message]) -> int | None:
    """Where in ``earlier`` the sender of ``message`` last gave a name short ("its kiri",
    :data:`GIVEN_NAME`) in talk of accounts (:data:`ACCOUNT_TALK`, in it or the three messages
    before it), among their last few messages: what they send next may go on with it as a
    handle ("ya its @moth" ... "underscore draws 7"). None when there is no such message."""
    mine = [i for i, m in enumerate(earlier) if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    for i in reversed(mine):
        text = earlier[i].text
        if len(text.split()) <= GIVEN_WORDS and GIVEN_NAME.search(text):
            if any(ACCOUNT_TALK.search(m.text) for m in earlier[max(0, i - 3) : i + 1]):
                return i
            return None
    return None


#: Words of birthday talk: "i just turned 12", "my sis turns 12", "ur special day", a star sign.
BIRTHDAY_TALK = re.compile(
    rf"(?:{dict(TOLD)['birthday'].pattern})|(?<!\w)(?:turn(?:s|ed)? \d{{1,2}}|special day|star sign|zodiac|horoscope|verjaarsdag"
    r"|(?:winter|summer|spring|autumn|fall|christmas|halloween) baby"  # "its in july" ... "ooh winter baby"
    r"|janamdin)(?!\w)",
    re.IGNORECASE,
)


def _birthday_talk(earlier: Sequence[Message]) -> int | None:
    """Where the others' latest message is when one of the others' messages among the last
    :data:`ANSWER_WINDOW` talks of birthdays (:data:`BIRTHDAY_TALK`; the child's own words about
    a birthday may be anyone's: "shakespeare was born in 1564"; their own is opened by
    :data:`OPENERS`), or None. The child's dates after it are read as their birthday, from
    the others' latest word on ("how old r u turning" ... "11" ... "when" ... "in june")."""
    first = max(0, len(earlier) - ANSWER_WINDOW)
    others = [i for i in range(first, len(earlier)) if not earlier[i].from_child]
    if not any(BIRTHDAY_TALK.search(earlier[i].text) for i in others):
        return None
    return others[-1]


def _answered(earlier: Sequence[Message]) -> list[Message]:
    """The others' messages a child's next message may be answering: those among the last
    :data:`ANSWER_WINDOW` since the child's last-but-one message (an ask stays open for the
    child's next two messages: "where do u live" ... "hmm" ... "springfield")."""
    return [earlier[i] for i in _answered_at(earlier, 2)]


def _answered_at(earlier: Sequence[Message], replies: int) -> list[int]:
    """Where the others' messages are that the child's next message may be answering, when an
    ask stays open for the child's next ``replies`` messages."""
    first = max(0, len(earlier) - ANSWER_WINDOW)
    # "k", "wait" answer nothing yet: the ask stays open past them.
    own = [i for i in range(first, len(earlier)) if earlier[i].from_child and not MOMENT.fullmatch(earlier[i].text)]
    since = own[-replies] + 1 if len(own) >= replies else first
    return [i for i in range(since, len(earlier)) if not earlier[i].from_child]


@functools.lru_cache(maxsize=2048)
def said_in(text: str, from_child: bool, settings: Settings) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """The conversation scanners' findings in one message (kept: a chat comes back with each new message)."""
    scanners = tuple(s for s in conversation_scanners(settings) if not from_child or s.kinds - {Kind.ASKS_PII})
    if not scanners:
        return (), ()
    found, failed = detect_text(text, settings, scanners=scanners)
    # The child is never the one asking (a scanner that reports both kinds is filtered here), and
    # the child's own number or account given is a leak, not a move ("my cell is 415"), and the
    # apps the child has are an answer about themselves ("ya on insta").
    if from_child:
        leaving = LEAVING.search(text) is not None  # ("this app keeps kicking me out, u have snap?" moves)
        found = [f for f in found if f.kind is not Kind.ASKS_PII and not _own_contact(f, leaving)]
        if HAS_APP.fullmatch(text.strip()):  # "ya on insta": which apps the child has, not a move
            found = [f for f in found if f.kind is not Kind.OFF_PLATFORM]
        # The model learnt moves from the other side's words; on the child's own ("ill just see u
        # there", "on my insta") it reports only what it is sure of (a rule's finding stays).
        found = [
            f
            for f in found
            if f.kind is not Kind.OFF_PLATFORM or f.confidence == RULE_CONFIDENCE or f.confidence >= CHILD_MOVE_SURE
        ]
    return tuple(found), tuple(failed)


#: A teacher or a coach named, and a parent: who "she wont know" is about.
TEACHER = re.compile(r"(?<![\w'’])(?:mrs|mr|ms|miss|sir|teacher|coach|teach)(?![\w'’])", re.IGNORECASE)
PARENT = pattern(r"<parent>")
#: Someone who will not find out, alone: the whole of a ``secret`` finding.
THEY_WONT_KNOW = re.compile(
    r"(?:she|he|they) (?:wont|won['’]t|will not|will never|would never|never) (?:know|find out|notice)", re.IGNORECASE
)


#: The model's probability a move in the child's own message needs (others' need the model's threshold).
CHILD_MOVE_SURE = 0.96


#: The child asking for the other's account ("whats ur discord", "u got snap?"): the other's, no
#: move of the child's own (a finding of it whole; "whats ur discord, add me there" moves).
ASKS_APP = pattern(
    r"(?:<whats> <your>|<do> <you> (?:have|got|use)|<you> (?:got|have|on)|<are> <you> on|<your>) (?:an? )?<app>"
    r"(?: (?:name|user|username|@|id|tho|then))?\s{0,3}\??"
)


def _own_contact(finding: Finding, leaving: bool = False) -> bool:
    return finding.kind is Kind.OFF_PLATFORM and (
        OWN_CONTACT.fullmatch(finding.text) is not None
        or (not leaving and ASKS_APP.fullmatch(finding.text) is not None)
    )
