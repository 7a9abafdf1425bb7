"""Detection in conversations: one message, in the context of the earlier messages of its chat.

A message is ``{"from": "child" | anyone else, "text": ...}`` (an ``id`` too, in chat files),
or a plain string: the child's own. Three things are found for a message beyond what its own
text holds (:func:`conversation_findings`); the policy decides on them with the rest
(:func:`leakscan.posts.with_conversation`), nothing here decides or redacts:

* **leaks across messages**: a phone number, an e-mail, an address, a handle, a birthday or
  a school given in pieces over consecutive messages of one sender ("my cell is 917" ... "555" ...
  "0138"), with other people's messages in between. The text scanners of those kinds run over
  the sender's last few messages joined; a finding that ends in this message and starts in an
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
  "whats ur snap" ... "jakeyboi11" is a HANDLE, which "jakeyboi11" alone is not).

The work is bounded: only the last :data:`LOOKBACK` messages are read, a leak is looked for
over :data:`LEAK_MESSAGES` messages of one sender and their ends (:data:`LEAK_TAIL`), and
what the conversation scanners find in a message is kept (:func:`_said`, by text), so a chat
sent again with one more message costs one message's work.
"""

from __future__ import annotations

import functools
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import InputError, LimitError
from .findings import Finding, Kind
from .scanners import TextScanner, conversation_scanners, text_scanners
from .scanners.detect import detect_text
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
LEAK_KINDS = frozenset({Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.ADDRESS, Kind.DATE_OF_BIRTH, Kind.SCHOOL})
#: A child's message answers the other people's messages among the last this many.
ANSWER_WINDOW = 6
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
    if message.from_child:
        asked: set[str] = set()
        for other in _answered(earlier):
            said, failed = _said(other.text, False, settings)
            found.extend(f.with_(start=None, end=None, field=None, parts=(other.ref,)) for f in said)
            problems.extend(f"{name} (on an earlier message)" for name in failed)
            asked.update(f.detail for f in said if f.kind is Kind.ASKS_PII and f.detail in ANSWERS)
        answers, failed = _answers(message, sorted(asked), settings, [*own, *found])
        found.extend(answers)
        problems.extend(failed)
    return found, list(dict.fromkeys(problems))


#: What the child's answer to an ask is, by the ask's detail: the words a child would have said
#: before it, and the kind they make of it ("whats ur snap" ... "jakeyboi11" reads as "my snap
#: is jakeyboi11": a HANDLE, which "jakeyboi11" alone is not).
ANSWERS: dict[str, tuple[str, Kind]] = {
    "phone": ("my number is", Kind.PHONE),
    "email": ("my email is", Kind.EMAIL),
    "handle": ("my snap is", Kind.HANDLE),
    "age": ("i am", Kind.AGE),
    "birthday": ("my birthday is", Kind.DATE_OF_BIRTH),
    "home": ("i live at", Kind.ADDRESS),
    "school": ("i go to", Kind.SCHOOL),
}


def _answers(
    message: Message, asked: Sequence[str], settings: Settings, known: list[Finding]
) -> tuple[list[Finding], list[str]]:
    """What the child's message gives away as the answer to what was asked (``asked``: the
    asks' details), beyond the findings already ``known``: ordinary findings of the message."""
    if not asked or not message.text.strip():
        return [], []
    head = message.text[:LEAK_HEAD]
    out: list[Finding] = []
    problems: list[str] = []
    for detail in asked:
        cue, kind = ANSWERS[detail]
        found, failed = detect_text(f"{cue} {head}", settings, scanners=_leak_scanners(settings))
        problems.extend(failed)
        shift = len(cue) + 1
        for f in found:
            if f.kind is not kind or not f.is_span or f.start < shift:  # type: ignore[operator]
                continue
            start, end = f.start - shift, f.end - shift  # type: ignore[operator]
            if not any(o.kind is kind and o.is_span and o.start < end and start < o.end for o in [*known, *out]):  # type: ignore[operator]
                out.append(f.with_(start=start, end=end, text=message.text[start:end]))
    return out, problems


def _answered(earlier: Sequence[Message]) -> list[Message]:
    """The others' messages a child's next message may be answering: those among the last
    :data:`ANSWER_WINDOW` since the child's last-but-one message (an ask stays open for the
    child's next two messages: "where do u live" ... "hmm" ... "springfield")."""
    window = earlier[-ANSWER_WINDOW:]
    own = [i for i, m in enumerate(window) if m.from_child]
    since = own[-2] + 1 if len(own) >= 2 else 0
    return [m for m in window[since:] if not m.from_child]


@functools.lru_cache(maxsize=2048)
def _said(text: str, from_child: bool, settings: Settings) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """The conversation scanners' findings in one message (kept: a chat comes back with each new message)."""
    scanners = tuple(s for s in conversation_scanners(settings) if not from_child or s.kinds - {Kind.ASKS_PII})
    if not scanners:
        return (), ()
    found, failed = detect_text(text, settings, scanners=scanners)
    # The child is never the one asking (a scanner that reports both kinds is filtered here).
    return tuple(f for f in found if not from_child or f.kind is not Kind.ASKS_PII), tuple(failed)


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
    found, failed = detect_text(joined, settings, scanners=_leak_scanners(settings))
    out = []
    for f in found:
        if f.kind not in LEAK_KINDS or not f.is_span or f.end <= pos:  # type: ignore[operator]
            continue
        start, end = _trimmed(message.text, max(f.start, pos) - pos, f.end - pos)  # type: ignore[arg-type,operator]
        if start >= end:
            continue
        if f.start < pos:  # type: ignore[operator]
            parts = tuple(ref for _, hi, ref in ranges if hi > f.start)  # type: ignore[operator]
        elif not any(o.kind is f.kind and o.is_span and o.start < end and start < o.end for o in own):  # type: ignore[operator]
            # Found only with the earlier words before it ("my snap is" ... "jakeyboi11").
            parts = (previous[-1].ref,)
        else:
            continue
        out.append(f.with_(start=start, end=end, text=message.text[start:end], parts=parts))
    return out, failed


#: A message starting with one of these goes on with the previous one's last word
#: ("shadowfox" ... "#4412", "jakey" ... "_b11", "mia" ... ".dances").
JOINERS = ("#", "_", ".")


def _separator(before: str, piece: str) -> str:
    """What goes between two messages joined: nothing before a joiner, else one space, so that
    the pieces of a number or an address read as one line would."""
    if not before:
        return ""
    return "" if piece.startswith(JOINERS) and not before[-1:].isspace() else " "


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
