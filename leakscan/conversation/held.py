"""What a message's words leave for later, or ask of something other than the child's place:
findings :func:`.chat.conversation_findings` drops before the policy sees them.

* **A street name without its type after a bare house number** ("41" ... "kestrel" ... "drive,
  ashby"): the writer is still typing the address; its street type and town come next. The leak
  is flagged on the message that completes the street (:func:`street_held`), not on the bare
  name: writers label the later message, and the earlier one flagged alone is a false alarm.
* **"check ur inbox" right after the child gave an e-mail** (... "at swiftpost dot com" ... "ok
  check ur inbox"): what was asked for is sent to it, a delivery, no new move off the platform
  (:func:`inbox_delivery`; four writers of five label it nothing).
* **"which part" about a thing** ("the maths test was brutal" ... "which part"): a part of the
  homework, a song or a level asked, not a part of town (:func:`thing_part`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..findings import Finding, Kind
from ..scanners.address_words import MEDIUM_SUFFIXES, STRONG_SUFFIXES
from ..scanners.chat_words import PROVIDER
from .messages import Message

#: A bare name, one or two words of letters: a street's name with nothing after it yet.
BARE_NAME = re.compile(r"\W{0,3}([a-z'’]{3,20})(?: ([a-z'’]{3,20}))?\W{0,3}", re.IGNORECASE)
#: A bare house or flat number, alone in its message: "41", "no. 7", "unit 3b".
BARE_NUMBER = re.compile(r"\W{0,3}(?:(?:its|it's|no\.?|number|unit|flat|house)\s{1,3})?\d{1,4}[a-z]?\W{0,3}", re.I)
#: Street types whose word after a name says the street is whole (a "drive", a "close").
STREET_TYPES = STRONG_SUFFIXES | MEDIUM_SUFFIXES

#: Things that have parts other than a town's (one-line reasons): what a bare "which part" is about
#: when the child's message just before names one.
THINGS = re.compile(
    r"(?<![\w'’])(?:homework|hw|test|exam|quiz|essay|project|worksheet|assignment|maths?|science|english|history"
    r"|geography|afrikaans|french|spanish|irish|hindi|german|lesson|chapter|book|novel|song|lyrics|film|movie|show"
    r"|episode|level|boss|video|vid|story|poem|question|dance|routine|track)(?![\w'’])",
    re.IGNORECASE,
)

#: A move that is only the inbox to look in: "check ur inbox", "ok check inbox".
INBOX = re.compile(r"(?:check|open) (?:ur |your |yr |the )?(?:inbox|e-?mails?|mail)", re.IGNORECASE)
#: An e-mail's end in the child's words: an "@", a domain ("dot com", ".co.uk") or a provider.
EMAIL_GIVEN = re.compile(
    rf"@|(?<![\w'’])(?:at|dot)\s{{1,3}}[a-z]{{2,20}}\s{{1,3}}dot\s{{1,3}}[a-z]{{2,3}}(?![\w'’])"
    rf"|(?<![\w'’])dot\s{{1,3}}(?:com|net|org)(?![\w'’])|\.(?:com|net|org)(?![\w'’])|(?<![\w'’])(?!live\b)(?:{PROVIDER.pattern})",  # ("live": a verb too)
    re.IGNORECASE,
)
#: What may follow the inbox in a bare delivery: "now now", "x", an emoji (not "n reply there, not here").
INBOX_END = re.compile(r"(?:[\W_]{0,3}(?:now|x+|xo|pls|plz|lol|rn|tonight))*[\W_]{0,5}", re.IGNORECASE)
#: The child's e-mail is looked for in their messages among the last this many.
EMAIL_BACK = 3


def inbox_delivery(finding: Finding, message: Message, earlier: Sequence[Message]) -> bool:
    """Whether ``finding`` (someone else's move) is only an inbox to check right after the child gave
    an e-mail in one of the last :data:`EMAIL_BACK` messages, nothing after it but filler (:data:`INBOX_END`):
    what they asked for is sent there."""
    if finding.kind is not Kind.OFF_PLATFORM or message.from_child or not INBOX.fullmatch(finding.text):
        return False
    if finding.end is None or not INBOX_END.fullmatch(message.text[finding.end :]):
        return False  # more asked of the child after it: "have a look in ur inbox, answer me there"
    return any(m.from_child and EMAIL_GIVEN.search(m.text) for m in earlier[-EMAIL_BACK:])


def street_held(finding: Finding, message: Message, earlier: Sequence[Message]) -> bool:
    """Whether ``finding`` (an address completed in the child's ``message``) is a street's bare name
    just after a bare house number, its street type not yet said: more of the address comes."""
    if finding.kind is not Kind.ADDRESS or not finding.parts or not message.from_child:
        return False
    named = BARE_NAME.fullmatch(message.text.strip())
    if named is None or any(w and w.lower() in STREET_TYPES for w in named.groups()):
        return False
    refs = set(finding.parts)
    pieces = [m for m in earlier if m.ref in refs]
    return bool(pieces) and all(BARE_NUMBER.fullmatch(m.text.strip()) for m in pieces)


def thing_part(message: Message, earlier: Sequence[Message]) -> bool:
    """Whether ``message`` (someone else's, a bare "which part": :data:`.chat.WHICH_PART`) comes right
    after the child talked of a thing with parts (:data:`THINGS`): it asks which part of that thing,
    not of a town."""
    if message.from_child or not earlier:
        return False
    before = earlier[-1]
    return before.from_child and THINGS.search(before.text) is not None


__all__ = [
    "BARE_NAME",
    "BARE_NUMBER",
    "EMAIL_GIVEN",
    "INBOX",
    "INBOX_END",
    "THINGS",
    "inbox_delivery",
    "street_held",
    "thing_part",
]
