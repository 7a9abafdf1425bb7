"""A meeting in person proposed right after the child told where they are (:func:`meeting_after_place`),
and an "add me" right after its sender moved the chat to another app (:func:`added_there`).

Alone, "ill look for u", "maybe ill see u at pickup", "i'll say hi" or "perfect, saturday?" are
everyday chat; after the child said where they go ("the one in" ... "albany" ... "we r there
most sat"; "the leisure centre on" ... "king st"), they are someone setting out to find the
child there: a move off the platform (OFF_PLATFORM, a meeting), which the child should hear of.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..findings import Finding, Kind
from ..scanners.chat_words import pattern
from .messages import HOUSEHOLD, Message
from .pieces import PLACE_AT, towns

#: Words that set out to find the child or propose when: "ill look for u", "maybe ill see u at
#: pickup", "i'll say hi", "ill come watch", "ill swing by", and a day put as a question ("perfect, saturday?").
MEET_SOON = re.compile(
    r"(?<![\w'’])(?:i['’]?ll|ill|i will|i might|i can|gonna|i['’]?m gonna|im gonna)\s{1,3}(?:prob\s{1,3}|maybe\s{1,3})?"
    r"(?:see\s{1,3}(?:u|you|ya)\s{1,3}(?:there|at|then)|look\s{1,3}(?:out\s{1,3})?for\s{1,3}(?:u|you|ya)"
    r"|find\s{1,3}(?:u|you|ya)|spot\s{1,3}(?:u|you|ya)|say\s{1,3}hi|come\s{1,3}(?:and\s{1,3})?(?:watch|see|find|say hi)"
    r"|be\s{1,3}there"
    # dropping in where the child is: "ill swing by", "ill pop over", "ill rock up"
    r"|(?:swing|pop|drop|stop|come)\s{1,3}(?:by|over|round|around)|rock\s{1,3}up|pull\s{1,3}up)(?![\w'’])"
    # ... or standing somewhere there: "ill be by the bike racks", "i'll be outside the canteen"
    r"|(?<![\w'’])(?:i['’]?ll|ill|i will)\s{1,3}be\s{1,3}(?:by|at|near|outside)\s{1,3}the(?![\w'’])"
    # ... or on the way: "be there in 5", "be there in a sec on the scooter"
    r"|(?<![\w'’])be\s{1,3}there\s{1,3}in\s{1,3}(?:\d{1,2}|a\s{1,3}(?:sec|min|bit)|five|ten|two|twenty)(?![\w'’])"
    # ... Hinglish, the sender coming: "mai bhi aata hu" ("i'm coming as well"), "main aa jaunga"
    r"|(?<![\w'’])(?:main|mai|mein)\s{1,3}(?:bhi\s{1,3})?(?:aa\s{1,3}(?:raha|rahi)|aata|aati|aa\s{1,3}jaunga|aa\s{1,3}jaungi)(?![\w'’])"
    r"|\A\W{0,3}(?:(?:perfect|ok|okay|cool|nice|great|sweet|kk)[\s,.!]{1,3})?"
    r"(?:this\s{1,3})?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s{0,3}\?",
    re.IGNORECASE,
)
#: Where a child's message tells they are or go: by, near, at or in a name ("in parramatta",
#: "by bondi"), a street ("king st"), "the one in".
PLACE_WORDS = re.compile(
    r"(?<![\w'’])(?:by|near|at|in|on)\s{1,3}(?:the\s{1,3}(?=[a-z]))?(?!the\b)"
    r"(?!(?:game|server|lobby|map|school|class|bed|my room|weekend|way|phone)\b)[a-z]{3,}"
    r"|(?<![\w'’])[a-z'’]{2,20}\s{1,3}(?:st|rd|road|street|ave|avenue|pde|lane|drive|dr)(?![\w'’])"
    r"|(?<![\w'’])the one (?:in|on|by|near)(?![\w'’])",
    re.IGNORECASE,
)
#: The child's messages read back for the place (since the others' message before this one).
PLACE_BACK = 4


def meeting_after_place(message: Message, earlier: Sequence[Message]) -> list[Finding]:
    """``message`` (someone else's) as a meeting proposed right after the child told where they are:
    an OFF_PLATFORM finding ("meet") on the words that propose it, or none."""
    if message.from_child or HOUSEHOLD.fullmatch(message.sender):
        return []  # (a grandparent's "ill come watch with ur dad" is the family's own plan)
    match = MEET_SOON.search(message.text)
    if match is None:
        return []
    child = []
    for m in reversed(earlier[-PLACE_BACK:]):
        if not m.from_child:
            break
        child.append(m)
    if not any(towns(m.text) or PLACE_AT.search(m.text) or PLACE_WORDS.search(m.text) for m in child):
        return []
    start, end = match.span()
    while end > start and not message.text[end - 1].isalnum():
        end -= 1
    return [_move(message, start, end, "meet")]


#: "add me", "follow me", "friend me": in the same game, a friend request there; said right after
#: its sender praised or named another app ("this chat lags, snap is way better" ... "its x add me"),
#: the request is there.
ADD_ME = pattern(r"(?:add|follow|friend|req|request) (?:<me>|me back)(?: (?:there|on there|pls|plz|now|rn))?")
#: An app named.
APP = pattern(r"<app>")
#: The sender's own earlier messages read back for the move.
MOVE_BACK = 2


def added_there(message: Message, earlier: Sequence[Message], moves: Callable[[Message], bool]) -> list[Finding]:
    """``message`` (someone else's) as an "add me" (:data:`ADD_ME`) right after one of its sender's last
    :data:`MOVE_BACK` messages moved the chat to an app it named (``moves`` says whether a message moves
    the chat): an OFF_PLATFORM finding ("move") on those words, or none."""
    match = None if message.from_child else ADD_ME.search(message.text)
    if match is None:
        return []
    mine = [m for m in earlier[-2 * MOVE_BACK :] if m.sender == message.sender][-MOVE_BACK:]
    if not any(APP.search(m.text) and moves(m) for m in mine):
        return []
    return [_move(message, *match.span(), "move")]


def _move(message: Message, start: int, end: int, detail: str) -> Finding:
    """An OFF_PLATFORM finding (``detail``: "meet", "move") on ``message``'s words from ``start`` to ``end``."""
    return Finding(
        kind=Kind.OFF_PLATFORM,
        text=message.text[start:end],
        start=start,
        end=end,
        confidence=0.7,
        scanner="off_platform",
        detail=detail,
    )
