"""Detection in conversations: one message, in the context of the earlier messages of its chat.

A message is ``{"from": "child" | anyone else, "text": ...}`` (an ``id`` too, in chat files),
or a plain string: the child's own. Three things are found for a message beyond what its own
text holds (:func:`conversation_findings`); the policy decides on them with the rest
(:func:`leakscan.posts.with_conversation`), nothing here decides or redacts:

* **leaks across messages**: a phone number, an e-mail, an address, a handle, a birthday, a
  school or a town given in pieces over consecutive messages of one sender ("my cell is 917" ...
  "555" ... "0138"), with other people's messages in between. The text scanners of those kinds
  run over the sender's last few messages joined (the named-entity model only after words that
  say a place comes: :data:`PLACE_CUE`); a finding that ends in this message and starts in an
  earlier one (or that the earlier words made: "my snap is" ... "jakeyboi11") is this
  message's, with its usual kind, cut to the part in this message, and ``parts`` names the
  earlier messages that hold the rest.
* **the conversation scanners** (:func:`leakscan.scanners.conversation_scanners`) on the
  message itself: ``ASKS_PII`` on messages not from the child, ``OFF_PLATFORM`` on every
  message. They never run on ordinary single posts.
* for a **child's message**, the asks and moves off the platform in the other people's
  messages it may be answering (:func:`_answered`): carried in as findings of an earlier
  message (no offsets, ``parts`` = that message), so the policy sees what the child answers;
  and what the answer gives away read as the answer to that question (:data:`ANSWERS`:
  "whats ur snap" ... "jakeyboi11" is a HANDLE, which "jakeyboi11" alone is not), over the
  child's messages since the question, as the child would say them whole (:func:`_answer_text`:
  filler words left out, a handle's pieces run together, symbols spelled out read as symbols).
  The sender's own words open such a question too (:data:`~leakscan.scanners.chat_words.OPENERS`: "my user is" ... "xX_" ...
  "wolfie22", "i was born 2013" ... "june 3").

The work is bounded: only the last :data:`LOOKBACK` messages are read, a leak is looked for
over :data:`LEAK_MESSAGES` messages of one sender and their ends (:data:`LEAK_TAIL`), and
what the conversation scanners find in a message is kept (:func:`_said`, by text), so a chat
sent again with one more message costs one message's work.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import lexicon, truecase
from .errors import InputError, LimitError
from .findings import Finding, Kind
from .scanners import TextScanner, conversation_scanners, text_scanners
from .scanners.chat_words import (
    EMAIL_LOCAL,
    FILLER,
    HANDLE_PIECE,
    OPENERS,
    PLACE_CUE,
    PROVIDER,
    PROVIDER_LAST,
    REFUSAL,
    SPELLED,
    question,
    whole,
)
from .scanners.detect import detect_text
from .scanners.off_platform import OWN_CONTACT
from .settings import Settings

#: The sender of the child's own messages (``from``); anything else is someone else.
CHILD = "child"
#: The most earlier messages read: older ones are ignored.
LOOKBACK = 20
#: Messages of one sender read together for a leak across them (the checked one included).
LEAK_MESSAGES = 4
#: Characters read from the end of an earlier message (where a cut-off piece is) and from the
#: start of the checked one (where the rest is), when looking for a leak across them.
LEAK_TAIL = 120
LEAK_HEAD = 240
#: The scanners of the kinds children give in pieces, and those kinds.
LEAK_SCANNERS = frozenset({"phone", "email", "handle", "address", "age", "school"})
LEAK_KINDS = frozenset(
    {Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.ADDRESS, Kind.DATE_OF_BIRTH, Kind.SCHOOL, Kind.LOCATION}
)
#: A child's message answers the other people's messages among the last this many.
ANSWER_WINDOW = 6
#: A question is read as answered by the child's next this many messages together (a handle
#: spelled out: "whats ur snap" ... "ya" ... "mila" ... "_rides07"); its ask is carried into the next two.
ANSWER_REPLIES = 3
#: Keys of a context message given as a mapping.
MESSAGE_KEYS = frozenset({"from", "text", "id"})


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a chat: its text, who sent it, and how findings name it (``ref``: its
    ``id``, or its index in the context)."""

    text: str
    sender: str = CHILD
    ref: Any = None

    @property
    def from_child(self) -> bool:
        """True for the child's own message."""
        return self.sender == CHILD


ContextMessage = str | Mapping[str, Any] | Message


def messages_of(context: Sequence[ContextMessage], settings: Settings) -> tuple[Message, ...]:
    """The last :data:`LOOKBACK` messages of ``context`` (oldest first), checked.

    Raises :class:`~leakscan.errors.InputError` naming the message (``context[3]``) when one is
    not a string or a ``{"from", "text", "id"}`` mapping, and
    :class:`~leakscan.errors.LimitError` when one is over ``max_text_chars``; never with its text.
    """
    if isinstance(context, (str, bytes, Mapping)) or not isinstance(context, Sequence):
        raise InputError("context must be a list of earlier messages (oldest first)")
    first = max(0, len(context) - LOOKBACK)
    return tuple(_message(item, index, settings) for index, item in enumerate(context[first:], first))


def _message(item: ContextMessage, index: int, settings: Settings) -> Message:
    where = f"context[{index}]"
    if isinstance(item, Message):
        message = item
    elif isinstance(item, str):
        message = Message(item, CHILD, index)
    elif isinstance(item, Mapping):
        unknown = [k for k in item if k not in MESSAGE_KEYS]
        if unknown:
            raise InputError(f"{where} has a key leakscan does not know (expected 'from', 'text' and 'id')")
        text, sender = item.get("text"), item.get("from", CHILD)
        if not isinstance(text, str):
            raise InputError(f"{where} has no 'text' string")
        if not isinstance(sender, str):
            raise InputError(f"{where}: 'from' must be a string ('child' for the child's own message)")
        ident = item.get("id")
        message = Message(text, sender, index if ident is None else ident)
    else:
        raise InputError(f"{where} must be a string or an object with 'from' and 'text'")
    if len(message.text) > settings.max_text_chars:
        raise LimitError(
            f"{where} is {len(message.text):,} characters, over the limit of {settings.max_text_chars:,}"
            " (setting max_text_chars)"
        )
    return message


def conversation_findings(
    message: Message, earlier: Sequence[Message], settings: Settings, *, own: Iterable[Finding] = ()
) -> tuple[list[Finding], list[str]]:
    """What ``message`` holds as part of its chat, beyond its own text's findings ``own``:
    leaks completed across messages, the conversation scanners' findings, and (for a child's
    message) the others' recent asks and moves. Returns the findings and the names of
    scanners that failed (the message is then not fully checked)."""
    earlier = earlier[-LOOKBACK:]
    said, failed = _said(message.text, message.from_child, settings)
    found = list(said)
    across, more = _across(message, earlier, settings, list(own))
    found.extend(across)
    problems = [*failed, *more]
    asked: dict[str, int] = {}  # what was asked: the index in ``earlier`` of its latest ask
    if message.from_child:
        for other in _answered(earlier):
            said, failed = _said(other.text, False, settings)
            found.extend(f.with_(start=None, end=None, field=None, parts=(other.ref,)) for f in said)
            problems.extend(f"{name} (on an earlier message)" for name in failed)
        for index in _answered_at(earlier, ANSWER_REPLIES):
            said, _ = _said(earlier[index].text, False, settings)  # (kept: read above or before)
            asked.update((f.detail, index) for f in said if f.kind is Kind.ASKS_PII and f.detail in ANSWERS)
    for detail, index in _opened(message, earlier).items():
        asked[detail] = max(index, asked.get(detail, -1))
    answers, failed = _answers(message, earlier, asked, settings, [*own, *found])
    # A handle read whole over its pieces outgrows the first piece found alone ("nightowl" ... "nightowl 77").
    found = [f for f in found if not any(_inside(f, a) for a in answers)] + answers
    problems.extend(failed)
    return found, list(dict.fromkeys(problems))


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
    "where": (("i live in", Kind.LOCATION),),
    "school": (("i go to", Kind.SCHOOL),),
}


class _Joined:
    """Pieces of messages read as one text, each character mapped back to its message and offset."""

    def __init__(self, prefix: str = "") -> None:
        self.text = prefix
        self.origin: list[tuple[int, int] | None] = [None] * len(prefix)
        self._glued = False

    def glue(self, message: int, symbol: str, offset: int) -> None:
        """Append ``symbol`` (a spelled-out one, "underscore" at ``offset``) joined to the words
        on both sides."""
        if self.text.endswith(" ") and self.origin[-1] is None:
            self.text, self.origin = self.text[:-1], self.origin[:-1]
        self.text += symbol
        self.origin.append((message, offset))
        self._glued = True

    def add(self, message: int | None, text: str, offset: int = 0, *, squeeze: bool = False) -> None:
        """Append ``text`` (found at ``offset`` in message ``message``; None: words leakscan
        supplies): after one blank, or with no blank at all and its own blanks left out
        (``squeeze``: a handle's pieces)."""
        if not squeeze and not self._glued and self.text and not self.text[-1].isspace():
            self.text += " "
            self.origin.append(None)
        self._glued = False
        if message is None:
            self.text += text
            self.origin.extend([None] * len(text))
            return
        for i, char in enumerate(text):
            if squeeze and char.isspace():
                continue
            self.text += char
            self.origin.append((message, offset + i))

    def where(self, start: int, end: int) -> tuple[set[int], int, int] | None:
        """The messages ``[start, end)`` touches and the span it covers in the last of them."""
        spots = [o for o in self.origin[start:end] if o is not None]
        if not spots:
            return None
        last = max(m for m, _ in spots)
        offsets = [i for m, i in spots if m == last]
        return {m for m, _ in spots}, min(offsets), max(offsets) + 1


def _answers(
    message: Message, earlier: Sequence[Message], asked: Mapping[str, int], settings: Settings, known: list[Finding]
) -> tuple[list[Finding], list[str]]:
    """What the child's message gives away as the answer to what was asked (``asked``: the
    asks' details and where the ask is in ``earlier``), beyond the findings already ``known``:
    the child's messages since the ask and this one, read after the words of the answer
    ("whats ur snap" ... "its shadow" ... "fox 4412" reads as "my snap is shadowfox4412").
    An answer's ``parts`` are the ask and the child's earlier messages it holds."""
    if not asked or not message.text.strip() or REFUSAL.match(message.text):
        return [], []
    out: list[Finding] = []
    problems: list[str] = []
    for detail, at in sorted(asked.items()):
        since = [m for m in earlier[at + 1 :] if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
        if earlier[at].sender == message.sender:
            since.insert(0, earlier[at])  # the sender's own words opened it: "my discord is shadowfox" ... "#4412"
        pieces = [*since, message]
        for cue, kind in ANSWERS[detail]:
            squeeze = kind is Kind.HANDLE and (len(pieces) > 1 or " " in message.text.strip())
            joined = (squeeze and _answer_text(cue, pieces, squeeze=True)) or _answer_text(
                cue, pieces, squeeze=False, spelled=kind is Kind.EMAIL
            )
            if joined is None:
                continue
            found, failed = detect_text(joined.text, settings, scanners=_answer_scanners(kind, settings))
            if kind is Kind.DATE_OF_BIRTH and len(pieces) > 1 and not any(f.kind is kind for f in found):
                # The year first, the day after ("born 2013" ... "june 3"): read as "june 3 2013".
                joined = _answer_text(cue, pieces, squeeze=False, last_first=True)
                found, more = detect_text(joined.text, settings, scanners=_answer_scanners(kind, settings))  # type: ignore[union-attr]
                failed = [*failed, *more]
            if kind is Kind.LOCATION:
                # a town the model did not take for one ("originally cork but now limerick"), or a
                # suburb after the town ("leeds" ... "headingley bit")
                found = [
                    *found,
                    *(t for t in _towns(joined) if not any(_overlaps(f, kind, t.start, t.end) for f in found)),
                ]  # type: ignore[arg-type]
            problems.extend(failed)
            for f in found:
                span = joined.where(f.start, f.end) if f.kind is kind and f.is_span else None  # type: ignore[arg-type]
                if span is None or len(pieces) - 1 not in span[0] or f.start < len(cue):  # type: ignore[operator]
                    continue
                _, start, end = span
                found_here = Finding(kind=kind, text=message.text[start:end], start=start, end=end)
                # (the message's own finding of it is replaced: read as the answer, it is linked to the ask)
                if any(
                    (o.parts or kind not in LEAK_KINDS)
                    and _overlaps(o, kind, start, end)
                    and not _inside(o, found_here)
                    for o in [*known, *out]
                ):
                    continue
                if kind is Kind.HANDLE and sum(c.isalnum() for c in message.text[start:end]) < 4:
                    continue  # a piece cut off ("xX_"), not a handle yet
                if kind in (Kind.HANDLE, Kind.LOCATION) and _everyday(joined.text[f.start : f.end]):  # type: ignore[misc]
                    continue  # a dodge ("guess", "cool"), not a name
                earlier_pieces = [pieces[i].ref for i in sorted(span[0]) if i < len(pieces) - 1]
                parts = tuple(dict.fromkeys([earlier[at].ref, *earlier_pieces]))
                # An answer of the kinds given in pieces is linked to the ask, as a leak across
                # messages is, once it is whole; an age, or a piece so far ("22nd", "greenhill"),
                # read as the answer is the message's own finding (it still answers the ask).
                complete = kind in LEAK_KINDS and (earlier_pieces or whole(kind, joined.text[f.start : f.end]))  # type: ignore[misc]
                out.append(
                    f.with_(start=start, end=end, text=message.text[start:end], parts=parts if complete else None)
                )
    return out, problems


def _everyday(text: str) -> bool:
    """Whether ``text`` is one everyday English word ("cool", "guess", "near"), which a child
    says instead of an answer; a town or place of the lexicon never is."""
    word = text.strip().lower()
    if not word.isalpha() or word in lexicon.entries("towns") or word in lexicon.entries("places"):
        return False
    info = truecase.lexicon().words.get(word)
    return info is not None and bool(info[0] & truecase.WORD)


def _opened(message: Message, earlier: Sequence[Message]) -> dict[str, int]:
    """What the sender's own recent words opened (:data:`OPENERS`), by detail: the index in
    ``earlier`` of the latest message that did."""
    mine = [i for i, m in enumerate(earlier) if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    return {detail: i for i in mine for detail, opener in OPENERS if opener.search(earlier[i].text[-LEAK_TAIL:])}


def _answer_text(
    cue: str, pieces: Sequence[Message], *, squeeze: bool, last_first: bool = False, spelled: bool = False
) -> _Joined | None:
    """The cue, then what the pieces say past their filler words (the last piece first when
    ``last_first``: a date's day given after its year; symbols spelled out read as symbols and
    the provider's "at" supplied when ``spelled``: an e-mail's). None when a handle's pieces
    are no handle (a long piece, or nothing but letters: "idk" ... "maybe later")."""
    joined = _Joined(cue + " ")
    named = None  # a provider named in the words before the name ("my hotmail is" ... "ruby" ... "dot b 12")
    order = list(enumerate(pieces))
    for index, m in order[-1:] + order[:-1] if last_first else order:
        text = m.text[:LEAK_HEAD].rstrip()
        skip = FILLER.match(text)
        start = skip.end() if skip else 0
        named = named or (spelled and skip and PROVIDER.search(skip.group()))
        if start >= len(text):
            continue
        if squeeze and not HANDLE_PIECE.fullmatch(text[start:]):
            return None
        if (
            spelled
            and index == len(pieces) - 1
            and PROVIDER.match(text, start)
            and EMAIL_LOCAL.fullmatch(joined.text, len(cue))
        ):
            joined.add(None, "at")  # "emmak11" ... "gmail": the provider named after the name
        if not spelled:
            joined.add(index, text[start:], start, squeeze=squeeze)
            continue
        for word in re.finditer(r"\S+", text[start:]):
            symbol = SPELLED.get(word.group().lower())
            if symbol:  # "liam" ... "underscore" ... "2013": liam_2013
                joined.glue(index, symbol, start + word.start())
            else:
                joined.add(index, word.group(), start + word.start())
    if named and not AT.search(joined.text, len(cue)) and NAME_MARK.search(joined.text, len(cue)):
        joined.add(None, f"at {named.group().lower()}")
    if spelled and PROVIDER_LAST.search(joined.text):
        joined.add(None, "dot com")  # "at yahoo": the provider's own domain
    if squeeze and not any(c.isdigit() or c in "_.#" for c in joined.text[len(cue) :]):
        return None
    return joined


def _towns(joined: _Joined) -> list[Finding]:
    """The towns and suburbs of the lexicon (GeoNames, the eight regions) named in ``joined``."""
    return [
        Finding(kind=Kind.LOCATION, text=joined.text[start:end], start=start, end=end, confidence=0.8, scanner="towns")
        for _, _, start, end in lexicon.find("towns", lexicon.text_words(joined.text))
    ]


def _answer_scanners(kind: Kind, settings: Settings) -> tuple[TextScanner, ...]:
    """The scanners that read an answer of ``kind``: a place is the named-entity model's."""
    if kind is Kind.LOCATION:
        return tuple(s for s in text_scanners(settings) if s.name == "ner")
    return _leak_scanners(settings)


def _overlaps(finding: Finding, kind: Kind, start: int, end: int) -> bool:
    """Whether ``finding`` is a span of ``kind`` overlapping ``[start, end)``."""
    return finding.kind is kind and finding.is_span and finding.start < end and start < finding.end  # type: ignore[operator]


def _inside(finding: Finding, other: Finding) -> bool:
    """Whether ``finding`` is a span of ``other``'s kind strictly inside ``other``'s span."""
    return (
        finding.kind is other.kind
        and finding.is_span
        and other.is_span
        and other.start <= finding.start  # type: ignore[operator]
        and finding.end <= other.end  # type: ignore[operator]
        and (finding.end - finding.start) < (other.end - other.start)  # type: ignore[operator]
    )


def _answered(earlier: Sequence[Message]) -> list[Message]:
    """The others' messages a child's next message may be answering: those among the last
    :data:`ANSWER_WINDOW` since the child's last-but-one message (an ask stays open for the
    child's next two messages: "where do u live" ... "hmm" ... "springfield")."""
    return [earlier[i] for i in _answered_at(earlier, 2)]


def _answered_at(earlier: Sequence[Message], replies: int) -> list[int]:
    """Where the others' messages are that the child's next message may be answering, when an
    ask stays open for the child's next ``replies`` messages."""
    first = max(0, len(earlier) - ANSWER_WINDOW)
    own = [i for i in range(first, len(earlier)) if earlier[i].from_child]
    since = own[-replies] + 1 if len(own) >= replies else first
    return [i for i in range(since, len(earlier)) if not earlier[i].from_child]


@functools.lru_cache(maxsize=2048)
def _said(text: str, from_child: bool, settings: Settings) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """The conversation scanners' findings in one message (kept: a chat comes back with each new message)."""
    scanners = tuple(s for s in conversation_scanners(settings) if not from_child or s.kinds - {Kind.ASKS_PII})
    if not scanners:
        return (), ()
    found, failed = detect_text(text, settings, scanners=scanners)
    # The child is never the one asking (a scanner that reports both kinds is filtered here), and
    # the child's own number or account given is a leak, not a move ("my cell is 415").
    if from_child:
        found = [f for f in found if f.kind is not Kind.ASKS_PII and not _own_contact(f)]
    return tuple(found), tuple(failed)


def _own_contact(finding: Finding) -> bool:
    return finding.kind is Kind.OFF_PLATFORM and OWN_CONTACT.fullmatch(finding.text) is not None


def _across(
    message: Message, earlier: Sequence[Message], settings: Settings, own: list[Finding]
) -> tuple[list[Finding], list[str]]:
    """Leaks that ``message`` completes, given the sender's previous messages."""
    previous = [m for m in earlier if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    if not previous or not message.text.strip():
        return [], []
    joined = ""
    ranges: list[tuple[int, int, Any]] = []  # where each earlier message sits in the joined text
    for m in previous:
        piece = _tail(m.text)
        joined += _separator(joined, piece)
        ranges.append((len(joined), len(joined) + len(piece), m.ref))
        joined += piece
    head = message.text[:LEAK_HEAD]
    joined += _separator(joined, head)
    pos = len(joined)
    joined += head
    scanners = _leak_scanners(settings)
    cued = PLACE_CUE.search(previous[-1].text[-LEAK_TAIL:]) and not question(previous[-1].text)
    if cued:  # "i live in" ... "swindon": the named-entity model reads the place
        scanners = (*scanners, *_answer_scanners(Kind.LOCATION, settings))
    found, failed = detect_text(joined, settings, scanners=scanners)
    out = []
    for f in found:
        if f.kind not in LEAK_KINDS or not f.is_span or f.end <= pos:  # type: ignore[operator]
            continue
        start, end = _trimmed(message.text, max(f.start, pos) - pos, f.end - pos)  # type: ignore[arg-type,operator]
        if start >= end:
            continue
        if f.start < pos:  # type: ignore[operator]
            parts = tuple(ref for _, hi, ref in ranges if hi > f.start)  # type: ignore[operator]
        elif (cued and f.kind is Kind.LOCATION) or not any(_overlaps(o, f.kind, start, end) for o in own):
            # Found only with the earlier words before it ("my snap is" ... "jakeyboi11"); a
            # place after "i live in" is where the child lives, which the place alone does not say.
            parts = (previous[-1].ref,)
        else:
            continue
        out.append(f.with_(start=start, end=end, text=message.text[start:end], parts=parts))
    return out, failed


#: An e-mail's "at", typed or spelled.
AT = re.compile(r"@|(?<![\w])at(?![\w])", re.IGNORECASE)
#: What marks an e-mail's name as given (a digit, a dot, an underscore): "tyler" alone may be
#: the start of "tyler.james11", so the provider named before it makes no address of it yet.
NAME_MARK = re.compile(r"[\d._-]|(?<![\w])(?:dot|underscore|dash)(?![\w])", re.IGNORECASE)

#: A message starting with one of these goes on with the previous one's last word
#: ("shadowfox" ... "#4412", "jakey" ... "_b11", "mia" ... ".dances"), and one ending with the
#: first two goes on into the next ("xX_" ... "wolfie22"; a full stop there ends a sentence).
JOINERS = ("#", "_", ".")


def _separator(before: str, piece: str) -> str:
    """What goes between two messages joined: nothing before a joiner, else one space, so that
    the pieces of a number or an address read as one line would."""
    if not before or before[-1:].isspace():
        return ""
    return "" if piece.startswith(JOINERS) or before.endswith(JOINERS[:2]) else " "


def _leak_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The enabled text scanners of the kinds children give in pieces (:data:`LEAK_SCANNERS`)."""
    return tuple(s for s in text_scanners(settings) if s.name in LEAK_SCANNERS)


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


#: The most chats :class:`Threads` keeps at once (a file of many threads read line by line).
MAX_THREADS = 10_000


class Threads:
    """The recent messages of many chats, by thread key: the last :data:`LOOKBACK` of each, for
    at most ``limit`` threads at once (the one not heard from for longest is forgotten first:
    its next message is then read as if it started the chat)."""

    def __init__(self, limit: int = MAX_THREADS) -> None:
        self.limit = limit
        self._recent: OrderedDict[Any, deque[Message]] = OrderedDict()

    def earlier(self, key: Any) -> tuple[Message, ...]:
        """The thread's messages so far, oldest first."""
        recent = self._recent.get(key)
        return tuple(recent) if recent else ()

    def start(self, key: Any, messages: Iterable[Message]) -> None:
        """Set what the thread held before (its messages read elsewhere)."""
        self._recent.pop(key, None)
        self._remember(key, deque(messages, maxlen=LOOKBACK))

    def add(self, key: Any, message: Message) -> None:
        """One more message of the thread."""
        recent = self._recent.pop(key, None)
        if recent is None:
            recent = deque(maxlen=LOOKBACK)
        recent.append(message)
        self._remember(key, recent)

    def _remember(self, key: Any, recent: deque[Message]) -> None:
        self._recent[key] = recent
        if len(self._recent) > self.limit:
            self._recent.popitem(last=False)
