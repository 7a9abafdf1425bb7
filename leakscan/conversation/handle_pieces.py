"""What a handle's piece looks like in a chat: the words around the pieces of a username a child
gives over several messages ("its", "mine is", the app's name, how to join the pieces), and a
name's first piece alone. Read by :mod:`.answers` when it puts a handle together."""

from __future__ import annotations

import re

from ..scanners.chat_words import FILLER, HANDLE_LEAD, HANDLE_PIECE, HANDLE_SPELLED, HANDLE_TAIL, PIECES, REFUSAL
from .pieces import everyday

#: What a message holds besides a handle's pieces, the whole of it after the filler words: a yes,
#: the app's name, what the child thinks of the app ("ja its", "snap", "lol its cringe").
NO_HANDLE_PIECE = re.compile(
    rf"(?:[\s,.!?]*(?:ja|ye|yeh|yah|ye+s+|ya+s+|haan|han|ha|ok|okay|sure|lol|its|it['’]s|it is|i have|i got|ive got|got it|only|just"
    rf"|{PIECES['app']}|easier|better|faster|quicker|simpler|private|cringe|dead|old|new|empty|boring)(?![\w'’]))+[\s,.!?]*",
    re.IGNORECASE,
)


def no_handle_piece(text: str, *, opener: bool = False) -> bool:
    """Whether ``text`` holds nothing of a handle (:data:`NO_HANDLE_PIECE`), nor (the sender's
    ``opener``) the words that say one comes ("my gamertag is")."""
    skip = FILLER.match(text)
    rest = text[skip.end() :] if skip else text
    if not rest.strip():
        return not opener
    return NO_HANDLE_PIECE.fullmatch(rest) is not None


def opener_only(text: str) -> bool:
    """Whether the sender's words that opened a handle (:data:`~leakscan.scanners.chat_words.OPENERS`)
    hold no piece of it, only talk past the filler ("follow mine back lol its", "my roblox name is hard
    to spell"): the pieces are the messages after it."""
    skip = FILLER.match(text)
    start = skip.end() if skip else 0
    return bool(text[start:].strip()) and handle_words(text, start) is None


#: One word that may be a name's first piece: "sky", "arjun", "kaia.m".
NAME_WORD = re.compile(r"[^\W\d_][\w.-]{1,19}")
#: The words that give a name: "its", "mine is".
NAMING = re.compile(r"(?<![\w'’])(?:its|it['’]s|is|mine)(?![\w'’])", re.IGNORECASE)


def name_piece(text: str) -> bool:
    """Whether ``text`` is a name's first piece alone: one word after the filler, given as a name
    or no everyday word ("its sky", "mine is arjun", "caleb"; not "cool", "snap", "ok")."""
    skip = FILLER.match(text)
    rest = (text[skip.end() :] if skip else text).strip(" .,!~")
    if not NAME_WORD.fullmatch(rest) or NO_HANDLE_PIECE.fullmatch(rest) or REFUSAL.match(rest):
        return False
    return bool(skip and NAMING.search(skip.group())) or not everyday(rest)


#: A name given last in a message, after "its" ("k mine changed again its mossyjay"): what goes before
#: it is talk, no piece of the handle.
GIVEN_LAST = re.compile(
    r"(?<![\w'’])(?:its|it['’]s|is|mines|mine['’]s|id is)\s{1,3}(?=@?[\w.#-]{2,20}\W{0,3}\Z)", re.IGNORECASE
)


def marked(text: str) -> bool:
    """Whether ``text`` holds what marks a handle: a digit or a symbol, typed or spelled out."""
    return any(c.isdigit() or c in "_.#@" for c in text) or any(w.lower() in HANDLE_SPELLED for w in text.split())


def handle_words(text: str, start: int) -> list[tuple[str, int]] | None:
    """The words of a handle's piece in ``text`` past ``start``, with their offsets, less the words
    around it that say how to put it together ("then", "after niamh", "at the end"); None when
    it is no piece of a handle (more than two words besides symbols spelled out, or a long one)."""
    while start > 0 and text[start - 1] in "._#@" and text[start - 2 : start - 1].isspace():
        start -= 1  # a joiner the filler words took with them ("then .sk8s_")
    given = GIVEN_LAST.search(text, start)
    start = given.end() if given else start  # "k mine changed again its mossyjay": the name after "its"
    lead = HANDLE_LEAD.match(text, start)
    start = lead.end() if lead else start
    tail = HANDLE_TAIL.search(text, start)
    end = tail.start() if tail else len(text)
    words = [(w.group(), w.start()) for w in re.finditer(r"\S+", text[:end]) if w.start() >= start]
    named = [w for w, _ in words if w.lower() not in HANDLE_SPELLED]
    if not words or len(named) > 2 or not all(HANDLE_PIECE.fullmatch(w) for w in named):
        return None
    return words


#: Talk of which account or name it is: "its not under my real name", "i have a finsta", "my spam one".
WHICH_ACCOUNT = re.compile(
    r"(?<![\w'’])(?:name|account|acc|finsta|spam|main|private|priv|real|other)(?![\w'’])", re.IGNORECASE
)


#: A sentence this long that holds no handle's piece is talk, whatever it is about, when the next
#: message gives the name ("not sure it still works, my phone got reset" ... "ok its puck").
TALK_WORDS = 5
NAMED_NEXT = re.compile(r"\W{0,3}(?:(?:ok|okay|k|ya|yeah|fine|fr)[\s,]{1,3})?(?:its|it['’]s|mine is|mines)\s", re.I)


def talk_before(text: str, then: str = "") -> bool:
    """Whether the child's ``text``, before a handle's pieces, is talk and no piece of it: three
    words or more of which account it is ("its not under my real name", "i have a finsta"), or a
    sentence of :data:`TALK_WORDS` or more before the message ``then`` that gives the name."""
    skip = FILLER.match(text)
    start = skip.end() if skip else 0
    words = len(text[start:].split())
    if words < 3 or handle_words(text, start) is not None:
        return False
    return bool(WHICH_ACCOUNT.search(text)) or (words >= TALK_WORDS and NAMED_NEXT.match(then) is not None)
