"""What a message's words leave for later, or ask of something other than the child's place:
findings :func:`.chat.conversation_findings` drops before the policy sees them.

* **A street name without its type after a bare house number** ("41" ... "kestrel" ... "drive,
  ashby"): the writer is still typing the address; its street type and town come next. The leak
  is flagged on the message that completes the street (:func:`street_held`), not on the bare
  name: writers label the later message, and the earlier one flagged alone is a false alarm.
* **A piece so far** (:func:`piece_so_far`): a birthday's day and month with no year yet ("the
  8th" ... "of april"), a street with its type after a bare house number and no town yet ("62" ...
  "quarry lane"), or its type after the number and the name ("58 tamsin" ... "grove"), a name's
  last word after its joining word ("14 cnoc na" ... "coille"), a handle's name and one joined
  word with no digits yet ("its nova" ... ".sketches", "_.hoops", "underscore fox"). The child is still typing the detail: the recent writers (all ten sets since
  chats-dev13 but two birthdays and one street) label the message that adds the year, the town
  or the digits as the one completing it, and this one a piece. The finding stays the message's
  own (it still blocks, as "0412" ... "334" does) without ``parts``; the leak across messages is
  flagged when the rest comes.
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
from ..scanners.birthdays import MONTH
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


#: A birth year ("2013"), or the age being turned, which says it ("turning 12", "ill be 11", "11 in october").
YEAR_OR_AGE = re.compile(
    r"(?<![\w.@£$€#])(?:19|20)\d\d(?![\w@])"
    r"|(?<![\w'’])(?:turn(?:ing|s|ed)?|be|i['’]?m|im|aged?)\s{1,3}(?:1[0-9]|[5-9])(?![\w'’])"
    rf"|(?<![\w'’])(?:1[0-9]|[5-9])\s{{1,3}}(?:in|on)\s{{1,3}}(?:{MONTH})",
    re.IGNORECASE,
)
#: A street's name and its type, the whole message: "quarry lane", "n elm ave", "maple crest drive";
#: or its type alone after a house number with the name ("27 heron" ... "close").
BARE_STREET = re.compile(r"\W{0,3}(?:[a-z'’]{1,20}\s{1,3}){0,3}([a-z]{2,10})\.?\W{0,3}", re.IGNORECASE)
#: A house number and a street's name without its type, the whole message: "27 heron", "its 9 rowan".
NUMBER_NAME = re.compile(
    r"\W{0,3}(?:(?:its|it's|no\.?|number|unit|flat|house)\s{1,3})?\d{1,4}[a-z]?(?:\s{1,3}[a-z'’]{2,20}){1,2}\W{0,3}",
    re.IGNORECASE,
)
#: A street's name cut after its joining word ("14 cnoc na" ... "coille"): its last word comes next.
JOINING_END = re.compile(r"(?<![\w'’])(?:na|an|de|du|des|la|le|del|van|von|der|of)\W{0,3}$", re.IGNORECASE)
#: One word of letters of any alphabet, the whole message: a name's last word ("gréine").
LAST_WORD = re.compile(r"\W{0,3}[^\W\d_]{2,20}\W{0,3}")
#: A handle's next word joined on, the whole message, no digits: ".sketches", "_moon", "_.moon",
#: "underscore moon" (the joining mark spelled out).
JOINED_WORD = re.compile(
    r"\W{0,3}(?:[._]{1,3}|(?:underscore|dot)\s{1,3})[a-z]{2,20}\W{0,3}",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")


def piece_so_far(finding: Finding, message: Message, earlier: Sequence[Message]) -> bool:
    """Whether ``finding`` (a leak across messages completed in ``message``) is a piece so far of
    a detail the sender is still giving: a birthday with no year or age in its pieces (the day and
    the month given), a bare street with its type after a bare house number alone, or a handle's
    name and a joined word with no digits in either. The caller keeps it as the message's own
    finding, without ``parts``."""
    if not finding.parts or not finding.is_span:
        return False
    refs = set(finding.parts)
    pieces = [m for m in earlier if m.ref in refs]
    if not pieces:
        return False
    texts = [m.text for m in pieces] + [message.text]
    if finding.kind is Kind.DATE_OF_BIRTH:
        return not any(YEAR_OR_AGE.search(t) for t in texts)
    if finding.kind is Kind.ADDRESS:
        if len(pieces) != 1:
            return False
        before, text = pieces[0].text.strip(), message.text.strip()
        street = BARE_STREET.fullmatch(text)
        if street is not None and street.group(1).lower() in STREET_TYPES:
            # (a number alone, "62" ... "quarry lane"; or with the name, "27 heron" ... "close")
            named = NUMBER_NAME.fullmatch(before)
            if named is not None and any(w.lower() in STREET_TYPES for w in before.split()):
                return False  # (the type said already: what comes now is more than the street)
            return BARE_NUMBER.fullmatch(before) is not None or named is not None
        # A name cut after its joining word, its last word now: "14 cnoc na" ... "coille".
        return (
            NUMBER_NAME.fullmatch(before) is not None
            and JOINING_END.search(before) is not None
            and LAST_WORD.fullmatch(text) is not None
        )
    if finding.kind is Kind.HANDLE:
        return (
            len(pieces) == 1
            and JOINED_WORD.fullmatch(message.text.strip()) is not None
            and not any(DIGIT.search(t) for t in texts)
        )
    return False


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
    "BARE_STREET",
    "EMAIL_GIVEN",
    "INBOX",
    "INBOX_END",
    "JOINED_WORD",
    "JOINING_END",
    "LAST_WORD",
    "NUMBER_NAME",
    "THINGS",
    "YEAR_OR_AGE",
    "inbox_delivery",
    "piece_so_far",
    "street_held",
    "thing_part",
]
