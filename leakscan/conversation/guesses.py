"""A guess at where the child lives or goes to school, for the child to confirm
(:func:`guessed`): put as a question ("toronto?", "st aidan's??", "thats ridgeview right") or
as a bet ("bet its bellview primary 😂"). An ask for that detail (ASKS_PII): the child's
"close lol its bellridge" gives it away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..findings import Finding, Kind
from ..scanners.asks import QUIET
from ..scanners.chat_words import QUESTION
from .messages import Message
from .pieces import towns

#: A guess put as a question: "toronto?", "in dublin?", "st aidan's??", "thats ridgeview right".
GUESS = re.compile(r"\?\W{0,3}\Z|(?<![\w'’])(?:right|yeah|innit|ya)\W{0,3}\Z", re.IGNORECASE)
#: ... not a question going on with the sender's own ("and the magna carta?" after a history quiz).
GOES_ON = re.compile(r"\W{0,3}(?:and|n|what about|how about|wbu|or)(?![\w'’])", re.IGNORECASE)
#: A question of its own after the first: "brazil or argentina? whos gonna win" is no guess.
ASKS_ON = re.compile(
    r"\W{0,3}(?:who|whos|who['’]s|what|whats|which|where|when|how|why|wanna|u think|do u)(?![\w'’])", re.I
)
#: The words before a guess: "ok and its", "is it the one on" (grove road?).
GUESS_LEAD = re.compile(
    r"\W{0,3}(?:(?:ok|okay|and|n|so|oh|hmm+)[\s,]{1,3}){0,2}(?:(?:is it|its|it['’]s)\s{1,3})?"
    r"(?:the one (?:on|in|by|near|at|off)\s{1,3})?",
    re.IGNORECASE,
)
#: A guess put as a bet, opening the message or a sentence of it: "fair. bet its bellview primary",
#: "i bet ur at st marys", "bet u live in ponsonby lol" (no question mark: the child is dared to
#: put it right).
BET = re.compile(
    r"(?:\A|(?<=[.!?,])\s{1,3})\W{0,3}(?:i\s{1,3})?bet\s{1,3}(?:its|it['’]s|ur\s{1,3}at|u\s{1,3}go\s{1,3}to|you\s{1,3}go\s{1,3}to"
    r"|u\s{1,3}live\s{1,3}in|ur\s{1,3}from)\s{1,3}",
    re.IGNORECASE,
)
#: At most this many words: a guess for the child to confirm is short.
GUESS_WORDS = 5
#: Someone else named in the question ("is her mom home?", "is his school far"): a question about
#: them, not a guess at the child's place.
SOMEONE_ELSE = re.compile(r"(?<![\w'’])(?:her|his|their|she|he|they|she['’]s|he['’]s)(?![\w'’])", re.IGNORECASE)


def guessed(message: Message, own: Sequence[Finding]) -> list[Finding]:
    """``message`` as someone's short guess at where the child lives or goes to school, put as a
    question for the child to confirm ("toronto?", "like brisbane?", "st aidan's??") or as a bet
    (:data:`BET`): its own findings (``own``) or the lexicon's towns name the place. An
    ``ASKS_PII`` finding, or none."""
    if message.from_child:
        return []
    text = message.text.strip()
    bet = BET.search(text)
    if bet is not None:
        guess = text[bet.end() :]
        if len(guess.split()) > GUESS_WORDS or QUIET.search(guess.lower()) or SOMEONE_ELSE.search(guess):
            return []
        at = len(message.text) - len(message.text.lstrip()) + bet.end()  # (``own``'s offsets are the message's)
        kinds = {f.kind for f in own if f.is_span and f.start >= at} | ({Kind.LOCATION} if towns(guess) else set())
        return _asked(message, kinds)
    first = re.match(r"[^?]*\?+", text)
    rest = text[first.end() :] if first else ""
    if first and rest and len(first.group().split()) <= 3 and not (QUESTION.match(text) or ASKS_ON.match(rest)):
        text = first.group()  # the guess first, more after it: "napier? u sound like a hawkes bay kid"
    words = len(text[GUESS_LEAD.match(text).end() :].split())  # (the guess, not its lead: "is it the one on")
    if words > GUESS_WORDS or not GUESS.search(text) or GOES_ON.match(text):
        return []
    if QUIET.search(text.lower()) or SOMEONE_ELSE.search(text):
        return []
    kinds = {f.kind for f in own if f.is_span and f.end <= len(text)} | ({Kind.LOCATION} if towns(text) else set())
    return _asked(message, kinds)


def _asked(message: Message, kinds: set[Kind]) -> list[Finding]:
    """The ask a guess naming places of ``kinds`` makes: for the school, or for home."""
    if Kind.SCHOOL in kinds:
        return [ask(message, "school")]
    if kinds & {Kind.LOCATION, Kind.ADDRESS}:  # (a street guessed: "ok and its oak st right")
        return [ask(message, "home")]
    return []


def ask(message: Message, detail: str) -> Finding:
    """An ``ASKS_PII`` finding of ``detail`` on the whole of ``message`` (its blanks left out)."""
    start, end = len(message.text) - len(message.text.lstrip()), len(message.text.rstrip())
    return Finding(
        kind=Kind.ASKS_PII,
        text=message.text[start:end],
        start=start,
        end=end,
        confidence=0.7,
        scanner="asks",
        detail=detail,
    )


__all__ = ["BET", "GUESS", "GUESS_WORDS", "SOMEONE_ELSE", "ask", "guessed"]
