"""The chat vocabulary the conversation scanners share (:mod:`.asks`, :mod:`.off_platform`).

Chat is written in many spellings ("where do u live", "wher r yu from", "whats ur snap"): the
pieces here are regular-expression alternations for those spellings, and :func:`pattern`
builds a bounded expression from a template that names them in angle brackets
(``"<where> <do> <you> live"``). A space in a template stands for one to three blanks (or a
comma), so every expression runs in linear time.

:func:`clauses` cuts a message into the clauses the trained model reads, so a finding the
model makes spans one clause, not the whole message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

_A = "['’ʼ`]"

#: Named pieces a template can use as ``<name>``.
PIECES: dict[str, str] = {
    "you": r"(?:you|u|ya|yu|yuo|yoi|chu|youu|uu|ye)",
    "your": rf"(?:your|ur|yr|yor|yur|youre|you{_A}re|ure|yo)",
    "are": r"(?:are|r|re)",
    "do": r"(?:do|d|does|did)",
    "is": rf"(?:is|s|{_A}s)",
    "where": rf"(?:where|wher|whr|were|wer|whre|wear|where{_A}?s|wheres|whereabouts)",
    "what": rf"(?:what|wat|wot|wut|wht|whta|wha|what{_A}?s|wats|wuts|wots|whats|wat{_A}s|wut{_A}s)",
    "which": r"(?:which|wich|witch|whitch|what|wat|wot|wut)",
    "whats": rf"(?:(?:what|wat|wot|wut|wht|whta){_A}?s|wuts|(?:what|wat|wut|wot)\s{{1,3}}is)",
    "give": r"(?:give|gimme|giv|send|share|tell|drop|pass|dm|text|message|msg|post)",
    "me": r"(?:me|us|meh|mi)",
    # Asking for a detail as if a form needed it: "to claim it i need ur full name", "reply with ur dob".
    "want": r"(?:i\s{1,3}need|need|i\s{1,3}want|want|reply\s{1,3}with|type|enter|confirm|verify|fill\s{1,3}in|write)",
    "can": rf"(?:can|could|cud|may|cn|can{_A}?t)",
    "parent": r"(?:parents?|mum|mom|mummy|mommy|mam|ma|dad|daddy|folks|step\s?(?:mum|mom|dad)|mother|father"
    r"|grown\s?-?ups?|adults?|nan|nana|gran|granny|grandma|grandpa|carer|guardian|sister|brother|sis|bro)",
    # Apps and services outside the game or site the chat is on (consoles' networks are left out:
    # "add me on xbox" is how friends who play together talk).
    "app": r"(?:snap\s?chat|snap|sc|insta(?:gram)?|ig|tik\s?tok|tt|discord|dc|whats\s?app|wa|kik|telegram|tg"
    r"|signal|skype|zoom|messenger|facebook|fb|we\s?chat|viber|imessage|i\s?message|omegle|twitter|reddit"
    r"|line app|google\s?chat|hangouts|threads|bereal|be\s?real|wink|yubo|hoop|monkey|ome\s?tv|ms\s?teams)",
    # Private channels: direct messages, a phone, e-mail.
    "private": r"(?:dms?|pms?|private\s?(?:messages?|msgs?|chat|chats)|inbox|text|texts|sms|e-?mail|gmail|phone|cell|mobile"
    r"|face\s?time|video\s?call|vc)",
    "pic": r"(?:pic|pics|picture|pictures|photo|photos|foto|fotos|selfie|selfies|pik|pix|vid|video|image)",
    "now": r"(?:rn|right\s{1,3}now|now|atm|at\s{1,3}the\s{1,3}moment)",
    # "i'll", "ill", "i will", "i can"...: the speaker offering to do something.
    "i_will": rf"i(?:{_A}?ll|[\s,]{{1,3}}(?:will|can|could|wanna|gonna|would|want[\s,]{{1,3}}to|am[\s,]{{1,3}}going[\s,]{{1,3}}to))",
    # Not in the game (within the next 40 characters): "meet me at the shop in game" is play.
    "not_in_game": r"(?![^.!?\n]{0,40}?(?<![\w'’])(?:in|on|at)[\s,]{1,3}(?:the[\s,]{1,3})?(?:game|map|server|roblox|brookhaven"
    r"|bloxburg|minecraft|fortnite|adopt[\s,]me|sims|world|lobby|animal[\s,]crossing|hogwarts)(?![\w]))",
}

_PIECE = re.compile(r"<(\w+)>")


class Phrases:
    """A case-insensitive expression made from templates (:func:`pattern`), compiled on first use:
    the rules are long alternations, and a process that never reads a chat never pays for them."""

    def __init__(self, source: str) -> None:
        self.source = source

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, as :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, as :meth:`re.Pattern.search`."""
        return self.compiled.search(text)


def pattern(*templates: str) -> Phrases:
    """One expression matching any of ``templates`` as whole words (compiled when first used).

    In a template ``<name>`` is a :data:`PIECES` alternation and a space is one to three blanks
    or commas (`` ?``: an optional blank); `` ~ `` is a gap of up to three words ("what ~ school"
    matches "what primary school" and "what school").
    """
    alts = []
    for t in templates:
        body = _PIECE.sub(lambda m: PIECES[m.group(1)], t)
        body = body.replace(" ~ ", r"(?:[\s,]{1,3}[\w'’-]{1,20}){0,3}[\s,]{1,3}")
        body = body.replace(" ?", r"\s?").replace(" ", r"[\s,]{1,3}")
        alts.append(body)
    return Phrases(rf"(?<![\w'’])(?:{'|'.join(alts)})(?![\w])")


#: A clause ends at . ! ? ; followed by a blank or the end ("@jake.s" and "3.30" stay whole), or a line break.
_CLAUSE_RE = re.compile(r"(?:[^.!?;\n]|[.!?;](?![.!?;]{0,8}(?:\s|\Z))){1,400}[.!?;]{0,3}")


def clauses(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each clause of ``text`` with a letter in it (cut at . ! ? ; before a blank, and
    at line breaks)."""
    for m in _CLAUSE_RE.finditer(text):
        chunk = m.group()
        if any(c.isalpha() for c in chunk):
            yield m.start(), m.end()


__all__ = ["PIECES", "Phrases", "clauses", "pattern"]
