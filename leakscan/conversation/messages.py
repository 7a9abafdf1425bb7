"""A chat's messages: who sent them and how a finding names them, checked as they come in
(:func:`messages_of`), and the recent messages of many chats at once (:class:`Threads`)."""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, LimitError
from ..settings import Settings

#: The sender of the child's own messages (``from``); anything else is someone else.
CHILD = "child"
#: The most earlier messages read: older ones are ignored.
LOOKBACK = 20
#: Parents and siblings, grandparents, and grandparents in Afrikaans and isiZulu (what
#: :data:`FAMILY` and :data:`HOUSEHOLD` share).
_PARENTS = (
    r"mum|mom|mummy|mommy|mam|mama|mother|dad|daddy|papa|father|parents?|stepmum|stepmom|stepdad|sister|brother|sis|bro"
)
_GRANDPARENTS = r"grandma|grandpa|grandad|granddad|grandmother|grandfather|granny|gran|nan|nana|nanna|nani|dadi"
_GRANDPARENTS_WORLD = r"gramps|grampa|ouma|oupa|gogo|mkhulu"
#: A sender named as the child's family: "mum", "dad", "nan", "aunt_reena", "grandpa joe" (a
#: relative's words may follow the role; "bro" and "sis" only alone: "bro_jake" is a friend).
FAMILY = re.compile(
    rf"(?:{_PARENTS}|(?:aunt|auntie|aunty|uncle|cousin|{_GRANDPARENTS})(?:[ _.-]?[a-z]{{1,12}})?"
    # (Afrikaans, Zulu, Hindi and Tagalog words for a grandparent, an aunt or uncle, an elder sibling;
    # words after them apart only: "ateeq" is a name)
    rf"|(?:{_GRANDPARENTS_WORLD}|bua|mamaji|chacha|chachi|mausi|bhaiya|didi|kuya|ate|tita|tito)(?:[ _.-][a-z]{{1,12}})?)",
    re.IGNORECASE,
)

#: The child's household among :data:`FAMILY`: parents, grandparents, brothers and sisters (an uncle,
#: an aunt or a cousin is left out: writers label a lift from one a move).
HOUSEHOLD = re.compile(
    rf"(?:{_PARENTS}|(?:{_GRANDPARENTS})(?:[ _.-]?[a-z]{{1,12}})?|(?:{_GRANDPARENTS_WORLD})(?:[ _.-][a-z]{{1,12}})?)",
    re.IGNORECASE,
)

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
