"""A child's reply read as the answer to what was asked (:func:`answer_findings`): "whats ur
snap" ... "jakeyboi11" reads as "my snap is jakeyboi11", a HANDLE, which "jakeyboi11" alone is
not; and what the sender's own words opened (:func:`opened`: "my user is" ... "xX_" ...
"wolfie22")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import permutations
from typing import Any

from ..findings import Finding, Kind
from ..scanners import TextScanner, text_scanners
from ..scanners.chat_words import (
    EMAIL_LOCAL,
    FILLER,
    HANDLE_SPELLED,
    MOMENT,
    OPENERS,
    PROVIDER,
    PROVIDER_LAST,
    REFUSAL,
    SPELLED,
    question,
    whole,
)
from ..scanners.detect import deciding, detect_text
from ..settings import Settings
from .dates import a_date, date_piece
from .handle_pieces import handle_words, marked, name_piece, no_handle_piece, opener_only, talk_before
from .messages import Message
from .pieces import (
    LEAK_HEAD,
    LEAK_KINDS,
    LEAK_MESSAGES,
    LEAK_TAIL,
    STREETISH,
    UNNAMED_AT,
    Joined,
    everyday,
    inside,
    leak_scanners,
    overlaps,
    towns,
)

#: What the child's answer to an ask is, by the ask's detail: the words a child would have said
#: before it, and the kind they make of it ("whats ur snap" ... "jakeyboi11" reads as "my snap
#: is jakeyboi11": a HANDLE, which "jakeyboi11" alone is not; "what town u in?" ... "ballarat"
#: reads as "i live in ballarat": a LOCATION).
ANSWERS: dict[str, tuple[tuple[str, Kind], ...]] = {
    "phone": (("my number is", Kind.PHONE),),
    "email": (("my email is", Kind.EMAIL),),
    "handle": (("my snap is", Kind.HANDLE),),
    "age": (("i am", Kind.AGE),),
    "birthday": (("my birthday is", Kind.DATE_OF_BIRTH), ("i was born in", Kind.DATE_OF_BIRTH)),
    "home": (("i live at", Kind.ADDRESS), ("i live on", Kind.ADDRESS), ("i live in", Kind.LOCATION)),
    "postcode": (("my postcode is", Kind.ADDRESS),),  # (a home asked for by its postcode: "LS27" ... "9QX")
    "where": (("i live in", Kind.LOCATION),),
    "school": (("i go to", Kind.SCHOOL),),
}


#: The end of an answer's opening words ("its on", "i live in", "its called"): the answer has begun.
OPENING = re.compile(r"(?<![\w'’])(?:on|in|at|is|called|named|near)\W{0,3}\Z", re.IGNORECASE)

#: Kinds whose pieces a child may give in the other order than they are written.
LAST_FIRST = frozenset({Kind.DATE_OF_BIRTH, Kind.ADDRESS})

#: Interjections after an answer's piece, and what ends it: "lol", "silly", "haha", "!!", an emoji.
TRAILER = re.compile(
    r"(?:[\s,.!?~]+(?:lol+|lmao|haha+|hehe+|silly|xd|jk|ikr|omg|bro|sis|mate|bru|yaar|tho|though))+[^\w]*\Z"
    r"|(?<=\w)[^\w\s]*\s*[^\w\s)\]]+\Z",
    re.IGNORECASE,
)
#: A phone number's piece with words about it, and nothing else: "oh sorry 8840", "and then 3907",
#: "oh area code 614 first" (not "5 july": a date, no piece of a number).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMBER_TALK = re.compile(
    # ("area code is 312": the code named before its digits)
    r"\W{0,3}(?:(?:oh|sorry|oops|wait|no|and|then|its|it['’]s|area|code|is|first|last|before|after|at|the|start|end|front"
    r"|actually|lol|my bad|forgot)[\s,.!]{1,3})*"
    rf"(?:\d[\d\s().-]{{0,14}}\d|\d|{_DIGIT_WORD}(?:[\s-]{{1,2}}{_DIGIT_WORD})+)"
    r"(?:[\s,.!]{1,3}(?:first|last|before|after|at the (?:start|end|front)|in front|lol|sorry|oops))*\W{0,3}",
    re.IGNORECASE,
)
#: The digits of a number, typed or spelled ("six one two"; a lone "oh" is a word, no zero).
NUMBER_RUN = re.compile(rf"\(?\d[\d\s().-]{{0,14}}\d\)?|\d|{_DIGIT_WORD}(?:[\s-]{{1,2}}{_DIGIT_WORD})+", re.IGNORECASE)
#: Words saying the piece goes before the others: "area code 614 first", "0 at the start".
AREA_FIRST = re.compile(
    r"(?<![\w'’])(?:area code|first|before|at the (?:start|front)|in front)(?![\w'’])", re.IGNORECASE
)
#: A handle's piece ending in one of these goes on in the next message ("bug_" ... "11").
OPEN_END = ("_", ".", "-")
#: ... and a piece ending in a word that leads another ("anshu" ... "_the" ... "_memer"; "_mr"): so does it.
OPEN_WORD = re.compile(r"[_.-](?:the|of|and|n|a|an|el|la|le|da|de|mr|mrs|ms|lil|little|big)\W{0,3}\Z", re.IGNORECASE)
#: An e-mail's "at", typed or spelled.
AT = re.compile(r"@|(?<![\w])at(?![\w])", re.IGNORECASE)
#: An "at" (or a provider after it) just said: digits after it are no part of the name.
AT_END = re.compile(r"(?:@|(?<![\w])at)(?:\s?\w+)?\s*\Z", re.IGNORECASE)
#: What marks an e-mail's name as given (a digit, a dot, an underscore): "tyler" alone may be
#: the start of "tyler.james11", so the provider named before it makes no address of it yet.
NAME_MARK = re.compile(r"[\d._-]|(?<![\w])(?:dot|underscore|dash)(?![\w])", re.IGNORECASE)


#: A thank-you, in its chat spellings ("tanx ur a legend", "cheers!!", "ty so much"): the answer is over, no
#: piece of it (a name-like spelling is no town).
THANKS = re.compile(
    r"\W{0,3}(?:thanks|thank (?:u|you|ya)|thanx|thanxx|tanx|tanks|thnx|thnks|thx|tnx|tx|ty|tysm|tyvm|cheers|ta|merci"
    r"|dankie|shukriya|ngiyabonga|enkosi)(?![\w'’])",
    re.IGNORECASE,
)


def answer_findings(
    message: Message, earlier: Sequence[Message], asked: Mapping[str, int], settings: Settings, known: list[Finding]
) -> tuple[list[Finding], list[str]]:
    """What the child's message gives away as the answer to what was asked (``asked``: the
    asks' details and where the ask is in ``earlier``), beyond the findings already ``known``:
    the child's messages since the ask and this one, read after the words of the answer
    ("whats ur snap" ... "its shadow" ... "fox 4412" reads as "my snap is shadowfox4412").
    An answer's ``parts`` are the child's earlier messages with a piece of it (never the ask,
    someone else's: it is carried in as its own finding); an answer
    whole in one message names none (no leak across messages: the message's own finding)."""
    if not asked or not message.text.strip() or REFUSAL.match(message.text) or THANKS.match(message.text):
        return [], []
    out: list[Finding] = []
    problems: list[str] = []
    for detail, at in sorted(asked.items()):
        since = [m for m in earlier[at + 1 :] if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
        opener = earlier[at] if earlier[at].sender == message.sender else None
        if opener is not None:
            since.insert(0, opener)  # the sender's own words opened it: "my discord is shadowfox" ... "#4412"
        if detail == "handle":
            # a yes, the app's name or a word about it holds nothing of the handle ("u got insta?"
            # ... "ja" ... "its naledi"; "add me on snap its easier")
            since = [m for m in since if not no_handle_piece(m.text, opener=m is opener)]
            if opener in since and opener_only(opener.text):
                since.remove(opener)  # "follow mine back lol its" ... "koala": what says a name comes, no piece of it
            while since and since[0] is not opener and talk_before(since[0].text, (since[1:] or [message])[0].text):
                since = since[1:]  # "its not under my real name" ... "_sunny" ... "day_": talk before the pieces
        pieces = [*since, message]
        for cue, kind in ANSWERS[detail]:
            if kind in (Kind.PHONE, Kind.HANDLE) and len(pieces) > 1 and a_date(message.text):
                continue  # "021" ... "483 3170" ... "5 july": a date (a birthday asked since), not more digits
            squeeze = kind is Kind.HANDLE and (len(pieces) > 1 or " " in message.text.strip())
            joined = (squeeze and _answer_text(cue, pieces, squeeze=True)) or _answer_text(
                cue, pieces, squeeze=False, spelled=kind is Kind.EMAIL
            )
            if joined is None:
                continue
            found, failed = detect_text(joined.text, settings, scanners=answer_scanners(kind, settings))
            if (
                kind is Kind.PHONE
                and len(pieces) > 1
                and NUMBER_TALK.fullmatch(message.text)
                and not any(_reaches(joined, f, len(pieces) - 1) for f in found if f.kind is kind)
            ):
                # the last piece with words about it: "oh sorry 8840", "oh area code 614 first" (put first)
                order = (len(pieces) - 1, *range(len(pieces) - 1)) if AREA_FIRST.search(message.text) else None
                joined = _answer_text(cue, pieces, squeeze=False, order=order, numbers=True)
                found, more = detect_text(joined.text, settings, scanners=answer_scanners(kind, settings))  # type: ignore[union-attr]
                failed = [*failed, *more]
            if kind in LAST_FIRST and len(pieces) > 1 and not any(f.kind is kind for f in found):
                # The pieces in another order than given: the year first, the day after ("born 2013"
                # ... "june 3": "june 3 2013"); the street first, the number after ("station rd" ...
                # "12": "12 station rd"); a birthday's year, month and day in any order ("2012" ...
                # "jan" ... "the 7th": "the 7th jan 2012").
                for order in _orders(kind, len(pieces)):
                    joined = _answer_text(cue, pieces, squeeze=False, order=order)
                    found, more = detect_text(joined.text, settings, scanners=answer_scanners(kind, settings))  # type: ignore[union-attr]
                    failed = [*failed, *more]
                    if any(f.kind is kind for f in found):
                        break
            if kind is Kind.LOCATION:
                # a town the model did not take for one ("originally cork but now limerick"), or a
                # suburb after the town ("leeds" ... "headingley bit")
                found = [
                    *found,
                    *(t for t in towns(joined.text) if not any(overlaps(f, kind, t.start, t.end) for f in found)),
                ]  # type: ignore[arg-type]
                before = pieces[:-1]
                if (
                    detail == "home"
                    and any(STREETISH.search(m.text) for m in before)
                    and any(c.isdigit() for m in before for c in m.text)
                ):
                    # the town after the street and its number, a name no list knows ("53" ... "elm road" ...
                    # "ballymore"; not after "first year in st": a saint's name, no street)
                    named = _town_named(joined, len(pieces) - 1, message.text)
                    found = [*found, *(t for t in named if not any(overlaps(f, kind, t.start, t.end) for f in found))]  # type: ignore[arg-type]
            problems.extend(failed)
            if kind is Kind.PHONE:
                found = [_run_on(f, joined.text) for f in found]
            for f in found:
                span = joined.where(f.start, f.end) if f.kind is kind and f.is_span else None  # type: ignore[arg-type]
                if span is None or len(pieces) - 1 not in span[0] or f.start < len(cue):  # type: ignore[operator]
                    continue
                _, start, end = span
                found_here = Finding(kind=kind, text=message.text[start:end], start=start, end=end)
                # (the message's own finding of it is replaced: read as the answer, it is linked to the ask)
                if any(
                    (o.parts or kind not in LEAK_KINDS) and overlaps(o, kind, start, end) and not inside(o, found_here)
                    for o in [*known, *out]
                ):
                    continue
                if kind is Kind.HANDLE and sum(c.isalnum() for c in joined.text[f.start : f.end]) < 4:  # type: ignore[misc]
                    continue  # a piece cut off ("xX_"), not a handle yet; its last piece may be short ("tilly" ... "_08")
                if kind in (Kind.HANDLE, Kind.LOCATION) and everyday(joined.text[f.start : f.end]):  # type: ignore[misc]
                    continue  # a dodge ("guess", "cool"), not a name
                earlier_pieces = [pieces[i].ref for i in sorted(span[0]) if i < len(pieces) - 1]
                if kind in (Kind.EMAIL, Kind.HANDLE) and earlier_pieces:
                    # a name's first word given alone, before what the span reads ("its sky" ... "lar2013"
                    # ... "at outlook dot com")
                    first = min(span[0])
                    while first > 0 and pieces[first - 1] is not opener and name_piece(pieces[first - 1].text):
                        first -= 1
                        earlier_pieces.insert(0, pieces[first].ref)
                # An answer of the kinds given in pieces is a leak across messages, linked to the ask,
                # once it is whole and spread over the child's messages: its span reaches into an
                # earlier one ("22nd" ... "of march"), or an earlier one since the ask gave a piece
                # of it ("leeds" ... "headingley bit"). A whole answer in one message ("galway"),
                # a piece so far ("22nd"), or an age is the message's own finding (it still
                # answers the ask, and the policy blocks it as such).
                given = [m.ref for m in since if m.sender == message.sender and _gives(m.text)]
                complete = (
                    kind in LEAK_KINDS and bool(earlier_pieces or given) and whole(kind, joined.text[f.start : f.end])  # type: ignore[misc]
                )
                if kind is Kind.HANDLE and (message.text.rstrip().endswith(OPEN_END) or OPEN_WORD.search(message.text)):
                    complete = False  # "its moss" ... "bug_", "_the": more to come after the joiner
                # The parts are the sender's earlier messages that hold a piece: those the answer's span
                # reaches into, and those since the ask with a piece of it beside the span ("leeds" ...
                # "headingley bit"), and the sender's own words that opened it; never the ask (someone
                # else's) nor talk between the pieces ("ja its").
                held = {*earlier_pieces, *(m.ref for m in since if m.ref in given and kind in PIECED_KINDS)}
                if opener is not None and opener in since:
                    held.add(opener.ref)  # the words that say what comes ("my user is" ... "xX_" ... "wolfie22")
                parts = tuple(m.ref for m in earlier if m.ref in held) or tuple(
                    m.ref for m in earlier if m.ref in given
                )
                if not complete and any(o.kind is kind and (o.start, o.end) == (start, end) for o in [*known, *out]):
                    continue  # the message's own finding already says it
                answer = f.with_(start=start, end=end, text=message.text[start:end], parts=parts if complete else None)
                if complete:
                    # a piece given before the ask ("omg im at westbrook too" ... "where exactly" ...;
                    # "2012" ... "month?" ... "jan" ... "the 7th")
                    mine = [m for m in earlier if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
                    answer = pieces_before(answer, mine, earlier, settings)
                out.append(answer)
    return out, problems


#: Groups of digits and nothing else, to the end of the pieces: " 21", " 543 21".
DIGITS_ON = re.compile(r"(?:[\s.-]{1,3}\d{1,5})+\W{0,3}\Z")


def _run_on(found: Finding, text: str) -> Finding:
    """A phone number's span read on over the groups of digits after it to the end of the pieces
    ("093 67 842" of "093 67 842 15": the scanner reads three groups, the last piece is the fourth)."""
    if found.kind is not Kind.PHONE or not found.is_span or whole(Kind.PHONE, found.text):
        return found  # (a whole number's digits after it are something else: "085 412 3390" ... "12", an age)
    more = DIGITS_ON.match(text, found.end)  # type: ignore[arg-type]
    if more is None:
        return found
    end = more.end()
    while not text[end - 1].isdigit():
        end -= 1
    return found.with_(end=end, text=text[found.start : end])


#: A message that is a place's name alone, one or two words, maybe with what the place is like after a
#: comma ("ballymore", "in kenwood, the house with the red door").
TOWN_NAMED = re.compile(
    r"\W{0,3}(?:in\s{1,3})?([^\W\d_][\w'’-]{2,20}(?:\s[^\W\d_][\w'’-]{2,20})?)(?:\s{0,3},.{0,60})?\W{0,3}",
    re.IGNORECASE | re.DOTALL,
)


def _town_named(joined: Joined, last: int, text: str) -> list[Finding]:
    """The place named alone in ``text`` (:data:`TOWN_NAMED`, no everyday word, no thanks), the
    piece ``last`` of ``joined``, as a LOCATION of ``joined``: the town after a street given."""
    named = TOWN_NAMED.fullmatch(text)
    if not named or THANKS.match(text) or any(everyday(w) for w in named.group(1).split()):
        return []
    if re.search(r"['’]s?\Z", named.group(1)):
        return []  # a possessive names a school or a church ("colman's"), no town
    try:
        start = joined.origin.index((last, named.start(1)))
    except ValueError:
        return []  # (the words were taken as filler)
    end = start + len(named.group(1))
    return [Finding(kind=Kind.LOCATION, text=joined.text[start:end], start=start, end=end, scanner="towns")]


def _reaches(joined: Joined, found: Finding, last: int) -> bool:
    """Whether ``found`` (in ``joined``) takes in something of the piece ``last``."""
    span = joined.where(found.start, found.end) if found.is_span else None  # type: ignore[arg-type]
    return span is not None and last in span[0]


def _gives(text: str) -> bool:
    """Whether a child's message after an ask gives something of the answer: a piece ("leeds",
    "22 maple") or its opening words ("its on"), not a refusal, a moment, a question or a
    bare "hmm"."""
    text = text.strip()
    if not text or MOMENT.fullmatch(text) or question(text):
        return False
    skip = FILLER.match(text)
    rest = text[skip.end() :] if skip else text  # "lol why": a refusal after the filler
    if rest:
        return not (REFUSAL.match(rest) or question(rest))
    return OPENING.search(text) is not None


#: At most this many more of the child's messages before a leak's parts, at most this many
#: messages apart, are read for a piece given first (the wider place, a birthday's year).
PIECES_BEFORE = 2
PIECES_APART = 3


#: A house number alone, a piece of a home's address: "its 27", "number 9". (A street told of
#: before is not always the child's: "its the one off the high street".)
HOME_PIECE = re.compile(
    r"\A\W{0,3}(?:(?:its|it['’]s|number|no\.?|house|flat|unit)\s{1,3})?\d{1,5}[a-z]?\W{0,3}\Z", re.IGNORECASE
)


def pieces_before(
    found: Finding, previous: Sequence[Message], earlier: Sequence[Message], settings: Settings
) -> Finding:
    """``found`` (a leak completed across messages) with the child's messages just before its
    ``parts`` (among ``previous``) that gave a piece of it first: for a place, the wider place it
    is in ("im in ohio lol" ... "near columbus" ... "its hilliard"; "omg im at westbrook too" ...
    "where exactly" ... "by the fountain"); for a birthday, a day, a month or a year ("2012" ...
    "month?" ... "jan" ... "the 7th"); for an address, a house number ("its 27" ...
    "and postcode is LS6" ... "2PQ"). The chain ends at a question, a long message or
    one with no such piece (a landmark told of by its kind, "at the mall", is none)."""
    if found.kind is Kind.LOCATION:
        holds = lambda text: not UNNAMED_AT.search(text) and _names_place(text, settings)  # noqa: E731
    elif found.kind is Kind.DATE_OF_BIRTH:
        holds = date_piece
    elif found.kind is Kind.ADDRESS:
        holds = HOME_PIECE.search
    else:
        return found
    more = walk_back(
        found.parts[0],  # type: ignore[index]
        previous,
        earlier,
        lambda text: not question(text) and len(text.split()) <= 8 and bool(holds(text)),
        apart=PIECES_APART,
        most=PIECES_BEFORE,
    )
    return found.with_(parts=(*more, *found.parts)) if more else found  # type: ignore[misc]


def walk_back(
    first_ref: Any,
    previous: Sequence[Message],
    earlier: Sequence[Message],
    holds: Callable[[str], bool],
    *,
    apart: int,
    most: int,
) -> tuple[Any, ...]:
    """The refs of the sender's messages (``previous``) just before the one whose ref is
    ``first_ref``, oldest first, that each ``holds`` a piece: at most ``most`` of them, each at
    most ``apart`` messages of the chat (``earlier``) before the next; the first that holds none
    ends the walk."""
    at = {id(m): i for i, m in enumerate(earlier)}
    mine = [m for m in previous if id(m) in at]
    first = next((i for i, m in enumerate(mine) if m.ref == first_ref), None)
    more: list[Any] = []
    while first and len(more) < most and at[id(mine[first])] - at[id(mine[first - 1])] <= apart:
        if not holds(mine[first - 1].text):
            break
        first -= 1
        more.insert(0, mine[first].ref)
    return tuple(more)


def _names_place(text: str, settings: Settings) -> bool:
    """Whether ``text`` names a town, a region or a country: the lexicon's towns, or the
    named-entity model's places."""
    if towns(text):
        return True
    places, _ = detect_text(text, settings, scanners=answer_scanners(Kind.LOCATION, settings))
    return any(f.kind is Kind.LOCATION and f.is_span for f in places)


#: The kinds whose pieces a sender's messages since the ask hold though the answer's span does
#: not reach them: a place named before the part of it ("leeds" ... "headingley bit").
PIECED_KINDS = frozenset({Kind.LOCATION, Kind.ADDRESS, Kind.SCHOOL, Kind.DATE_OF_BIRTH})


def _orders(kind: Kind, n: int) -> list[tuple[int, ...]]:
    """Other orders to read ``n`` pieces of a ``kind`` in: the last first (a number after its
    street, a day after its year), and for a birthday of up to three pieces, every order."""
    last_first = (n - 1, *range(n - 1))
    if kind is not Kind.DATE_OF_BIRTH or n > 3:
        return [last_first]
    return [last_first, *(p for p in permutations(range(n)) if p not in (last_first, tuple(range(n))))]


def opened(message: Message, earlier: Sequence[Message]) -> dict[str, int]:
    """What the sender's own recent words opened (:data:`OPENERS`), by detail: the index in
    ``earlier`` of the latest message that did."""
    mine = [i for i, m in enumerate(earlier) if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    return {detail: i for i in mine for detail, opener in OPENERS if opener.search(earlier[i].text[-LEAK_TAIL:])}


def _answer_text(
    cue: str,
    pieces: Sequence[Message],
    *,
    squeeze: bool,
    order: Sequence[int] | None = None,
    spelled: bool = False,
    numbers: bool = False,
) -> Joined | None:
    """The cue, then what the pieces say past their filler words (in ``order``, their indexes
    in the order read, when given: a date's day given after its year; symbols spelled out read
    as symbols and the provider's "at" supplied when ``spelled``: an e-mail's; only the digits,
    typed or spelled, when ``numbers``: a phone's). None when a
    handle's pieces are no handle (a long piece, or nothing but letters: "idk" ... "maybe later")."""
    joined = Joined(cue + " ")
    named = None  # a provider named in the words before the name ("my hotmail is" ... "ruby" ... "dot b 12")
    given = list(enumerate(pieces))
    for index, m in given if order is None else [given[i] for i in order]:
        text = m.text[:LEAK_HEAD].rstrip()
        skip = FILLER.match(text)
        start = skip.end() if skip else 0
        named = named or (spelled and skip and PROVIDER.search(skip.group()))
        if start >= len(text):
            continue
        if squeeze:
            words = handle_words(text, start)
            if words is None:
                return None
            if (
                index == len(pieces) - 1
                and marked(joined.text[len(cue) :])
                and not marked(text[start:])
                and not joined.text.rstrip().endswith(OPEN_END)
            ):
                # a word after a handle given ("kangaroo_09" ... "qld"): no more of it (unless the piece before
                # ended on a joiner, "netty" ... ".girl." ... "xo": the handle goes on)
                return None
            for word, offset in words:
                symbol = HANDLE_SPELLED.get(word.lower())
                if symbol:  # "megsxo" ... "dot slay": megsxo.slay
                    joined.glue(index, symbol, offset)
                else:
                    joined.add(index, word, offset, squeeze=True)
            continue
        if (
            spelled
            and index == len(pieces) - 1
            and PROVIDER.match(text, start)
            and EMAIL_LOCAL.fullmatch(joined.text, len(cue))
        ):
            joined.add(None, "at")  # "emmak11" ... "gmail": the provider named after the name
        if numbers:  # a number's digits only: "oh sorry 8840" is 8840
            for run in NUMBER_RUN.finditer(text, start):
                joined.add(index, run.group(), run.start())
            continue
        if not spelled:
            # words after the piece are no part of it: "its the 9th lol" ... "june silly"
            end = TRAILER.search(text, start)
            joined.add(index, text[start : end.start() if end else len(text)], start, squeeze=squeeze)
            continue
        words = list(re.finditer(r"\S+", text[start:]))
        for k, word in enumerate(words):
            if _provider_told(words, k):
                continue  # "@ the yahoo one": yahoo
            if word.group().lower() in ("then", "and") and (
                k == 0 or (k + 1 < len(words) and AT.fullmatch(words[k + 1].group()))
            ):
                continue  # words that join the pieces: "2011 then @ outlook", "then 12"
            # "liam" ... "underscore" ... "2013": liam_2013; an "@" or a dot typed apart, after a name marked as
            # one ("cat.lane2011 @ outlook . com"; not "idk i never use it" ... "@ the gmail one")
            typed = word.group() in ("@", ".") and NAME_MARK.search(joined.text.rsplit(" ", 1)[-1]) is not None
            symbol = SPELLED.get(word.group().lower()) or (word.group() if typed else None)
            if symbol:
                joined.glue(index, symbol, start + word.start())
            else:
                # the digits of a name typed apart: "noah underscore p 12" is noah_p12
                digits = word.group().isdigit() and joined.text[-1:].isalnum() and not AT_END.search(joined.text)
                # ... and a piece that starts or ends on a joiner: "benny" ... "_rt2013" is benny_rt2013
                joiner = (len(word.group()) > 1 and word.group()[0] in "_.-@") or joined.text[-1:] in ("_", ".", "-")
                # ... and the name's end with the "@" in a new message: "lily.b.rocket" ... "14@gmail.com"
                rest = (
                    k == 0
                    and index > 0
                    and "@" in word.group()[1:]
                    and NAME_MARK.search(joined.text.rsplit(" ", 1)[-1])
                )
                joined.add(index, word.group(), start + word.start(), squeeze=digits or joiner or bool(rest))
    if named and not AT.search(joined.text, len(cue)) and NAME_MARK.search(joined.text, len(cue)):
        joined.add(None, f"at {named.group().lower()}")
    if spelled and PROVIDER_LAST.search(joined.text):
        joined.add(None, "dot com")  # "at yahoo": the provider's own domain
    if squeeze and not any(c.isdigit() or c in "_.#" for c in joined.text[len(cue) :]):
        return None
    return joined


def answer_scanners(kind: Kind, settings: Settings) -> tuple[TextScanner, ...]:
    """The scanners that read an answer of ``kind``: a place is the named-entity model's; the
    others are the leak scanners that decide ``kind``'s findings (:func:`deciding`: an answer
    keeps only findings of its kind, so a phone number's pieces, read up to ~7 times in
    different orders, skip the school and age rules, with the same findings)."""
    if kind is Kind.LOCATION:
        return tuple(s for s in text_scanners(settings) if s.name == "ner")
    return deciding(kind, leak_scanners(settings))


def _provider_told(words: list[re.Match[str]], k: int) -> bool:
    """Whether ``words[k]`` is the "the" or the "one" around a provider told of as a thing ("@ the
    yahoo one", "the gmail one"): no part of the e-mail."""
    word = words[k].group().lower()
    if word == "the":
        return k + 1 < len(words) and PROVIDER.fullmatch(words[k + 1].group()) is not None
    return word == "one" and k > 0 and PROVIDER.fullmatch(words[k - 1].group()) is not None
