"""Detection in conversations: one message, in the context of the earlier messages of its chat.

A message is ``{"from": "child" | anyone else, "text": ...}`` (an ``id`` too, in chat files),
or a plain string: the child's own. Three things are found for a message beyond what its own
text holds (:func:`conversation_findings`); the policy decides on them with the rest
(:func:`leakscan.posts.with_conversation`), nothing here decides or redacts:

* **leaks across messages**: a phone number, an e-mail, an address, a handle, a birthday, a
  school or a town given in pieces over consecutive messages of one sender ("my cell is 917" ...
  "555" ... "0138"), with other people's messages in between. The text scanners of those kinds
  run over the sender's last few messages joined (the named-entity model only after words that
  say a place comes: :data:`~leakscan.scanners.chat_words.PLACE_CUE`); a finding that ends in this message and starts in an
  earlier one (or that the earlier words made: "my snap is" ... "jakeyboi11") is this
  message's, with its usual kind, cut to the part in this message, and ``parts`` names the
  earlier messages that hold the rest.
* **the conversation scanners** (:func:`leakscan.scanners.conversation_scanners`) on the
  message itself: ``ASKS_PII`` on messages not from the child, ``OFF_PLATFORM`` on every
  message. They never run on ordinary single posts.
* for a **child's message**, the asks and moves off the platform in the other people's
  messages it may be answering: carried in as findings of an earlier
  message (no offsets, ``parts`` = that message), so the policy sees what the child answers;
  and what the answer gives away read as the answer to that question (:data:`ANSWERS`:
  "whats ur snap" ... "jakeyboi11" is a HANDLE, which "jakeyboi11" alone is not), over the
  child's messages since the question, as the child would say them whole (filler words left out, a handle's pieces run together, symbols spelled out read as symbols).
  The sender's own words open such a question too
  (:data:`~leakscan.scanners.chat_words.OPENERS`: "my user is" ... "xX_" ... "wolfie22",
  "i was born 2013" ... "june 3").

The work is bounded: only the last :data:`LOOKBACK` messages are read, a leak is looked for
over :data:`LEAK_MESSAGES` messages of one sender and their ends (:data:`LEAK_TAIL`), and
what the conversation scanners find in a message is kept (:func:`said_in`, by text), so a chat
sent again with one more message costs one message's work.

One module per job: :mod:`.messages` (a chat's messages, checked; :class:`Threads`),
:mod:`.chat` (a message read in its chat), :mod:`.email_end` (an e-mail's end given unasked),
:mod:`.across` (leaks across messages),
:mod:`.answers` (a reply read as the answer to an ask), :mod:`.dates` (a birthday given in
pieces), :mod:`.schools` (a school named in pieces), :mod:`.told_on` (a leak the child tells on over the
next messages, a piece dangling on a joining word), :mod:`.meeting` (a meeting proposed right
after the child told where they are), :mod:`.landmark_town` (a town named bare after a landmark told
in answer to which part), :mod:`.pieces` (what they share).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .messages import CHILD, LOOKBACK, MAX_THREADS, MESSAGE_KEYS, ContextMessage, Message, Threads, messages_of

if TYPE_CHECKING:
    from .chat import ANSWER_REPLIES, ANSWER_WINDOW, conversation_findings, said_in
    from .pieces import LEAK_HEAD, LEAK_KINDS, LEAK_MESSAGES, LEAK_SCANNERS, LEAK_TAIL

#: Names imported when first used: reading a conversation needs its scanners and phrase tables
#: (~40 ms to import), which a run over posts or photos alone never does.
_LAZY = {
    **dict.fromkeys(("ANSWER_REPLIES", "ANSWER_WINDOW", "conversation_findings", "said_in"), "chat"),
    **dict.fromkeys(("LEAK_HEAD", "LEAK_KINDS", "LEAK_MESSAGES", "LEAK_SCANNERS", "LEAK_TAIL"), "pieces"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ANSWER_REPLIES",
    "ANSWER_WINDOW",
    "CHILD",
    "LEAK_HEAD",
    "LEAK_KINDS",
    "LEAK_MESSAGES",
    "LEAK_SCANNERS",
    "LEAK_TAIL",
    "LOOKBACK",
    "MAX_THREADS",
    "MESSAGE_KEYS",
    "ContextMessage",
    "Message",
    "Threads",
    "conversation_findings",
    "messages_of",
    "said_in",
]
