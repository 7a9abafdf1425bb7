"""People a picture names by where their name stands: more of a group chat's senders, the person
a letter is sent in care of, a teacher signing under a certificate.

:mod:`.screen_people` finds a chat's sender by a given name heading a bubble; a group chat's
other senders may have names the lists know only as a surname or a small place ("Hao", a
name of a language the lists lack). A letter's "c/o" names the grown-up it reaches the child
through, and a certificate's signature line a teacher's surname over or before their role.
:func:`~.screen_text.laid_out` asks these rules about the picture's text as it shows it
(capitals kept).

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ner_words import given_name
from .screen_people import FULL_CALENDAR, SENDER, senders

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"


#: A group chat's header: how many take part ("5 participants", "12 members").
_GROUP = re.compile(r"\b\d{1,3}[ \t](?:participants|members)\b")


def more_senders(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a word heading a chat message that the lists know only as a surname or
    a small place (never an everyday word, a big place, a month or a famous name), in a chat
    where a given name already heads a message (:func:`.screen_people.senders`, or one that is
    also an everyday word): a group chat's other sender ("Hao see u tmrw 9:45" beside "Mere lol
    9:40"); in a chat whose header counts its members, a given name that is an everyday word too."""
    from .. import lexicon as lists
    from ..truecase import LAST, MAJOR, PLACE, WORD, lexicon

    lex = lexicon()
    known = set(senders(text))
    # (a given name that is also an everyday word heading a bubble says as much: "Grace r u coming")
    named = known or any(given_name(m.group("name").lower(), lex, everyday=True) for m in SENDER.finditer(text))
    if not named:
        return
    # a group chat's header counts its members ("5 participants"): every bubble there opens with
    # its sender, a given name that is an everyday word too among them ("Poppy brb 9:40")
    group = _GROUP.search(text) is not None
    for m in SENDER.finditer(text):
        low = m.group("name").lower()
        bits = lex.classes(low)
        surname = bits & (LAST | PLACE) and not bits & (WORD | MAJOR)
        everyday = group and given_name(low, lex, everyday=True) and not bits & MAJOR
        if (
            m.span("name") not in known
            and (surname or everyday)
            and low not in FULL_CALENDAR
            and low not in lists.entries("famous")
        ):
            yield m.span("name")


#: A name's word: capitalised, maybe with an apostrophe or a hyphen inside ("O'Neill", "Ngata-Hale").
_NAME_WORD = rf"[{_UP}][{_LOW}'’]{{0,3}}[{_UP}]?[{_LOW}]{{1,20}}(?:-[{_UP}][{_LOW}]{{1,20}})?"
#: Small words inside a surname ("Ní Bhriain", "van der Berg", "de la Cruz", "Mac Giolla").
_PARTICLE = r"(?:Ní|Ni|Nic|Mac|Mc|Ó|O|Ua|van|von|der|den|de|la|le|du|del|da|dos|das|al|bin|binti|ter)"
#: A letter sent in care of someone ("c/o Aoife Ní Bhriain"): two to four words of a name.
_CARE_OF = re.compile(
    rf"\b(?i:c/o|c\.o\.|care[ \t]of)[ \t:]{{1,3}}(?P<name>{_NAME_WORD}(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}}){{0,2}}{_NAME_WORD}){{1,3}})"
)


def cared_for(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name after a letter's "c/o" (care of): the grown-up the child's
    post reaches, a family's name and so where the child lives; the name's particles kept
    ("c/o Aoife Ní Bhriain"). A business's "c/o" (a firm's words after it) is none: every word
    must be no everyday word, or a given name."""
    from ..truecase import WORD, lexicon

    lex = lexicon()
    for m in _CARE_OF.finditer(text):
        words = [w.lower() for w in m.group("name").split() if not re.fullmatch(_PARTICLE, w)]
        if all(not lex.classes(w) & WORD or given_name(w, lex, everyday=True) for w in words):
            yield m.span("name")


#: A certificate's or a letter's signature line: a surname (maybe a title and an initial before it)
#: then the signer's role, alone on the line ("Okonjo Teacher", "Mrs R. Okonjo, Principal").
_SIGNED = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]{{1,2}})?(?:[{_UP}]\.[ \t]{{0,2}})?(?P<name>{_NAME_WORD})"
    r"[ \t]{0,2},?[ \t]{1,2}(?:Class[ \t]Teacher|Teacher|Principal|Headteacher|Head[ \t]Teacher|Coach|Head[ \t]of[ \t]School)"
    r"[ \t]{0,3}$"
)


def signed_roles(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name alone on its line before a school's role ("Okonjo Teacher",
    "Ms T. Okonjo, Principal"): the teacher who signed the child's certificate or letter. The
    name must be no everyday word ("Science Teacher", "Head Teacher" are roles), nor a big place."""
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _SIGNED.finditer(text):
        if not lex.classes(m.group("name").lower()) & (WORD | MAJOR):
            yield m.span("name")


#: A friend list's or a contact list's name before who the person is to the child, in brackets
#: ("Rua (irl)", "Kiri Tane (cousin)", "Hana (school)").
_RELATED = re.compile(
    rf"(?<![\w@#./'’-])(?P<name>{_NAME_WORD}(?:[ \t]{{1,2}}{_NAME_WORD})?)[ \t]{{1,2}}"
    r"\((?i:irl|in real life|cousin|bro|brother|sis|sister|bestie|bff|best friend|school|class|classmate|neighbou?r"
    r"|friend|mum|mom|dad|nan|nana|aunty|auntie|uncle|grandma|grandpa)\)"
)


def related_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name right before who the person is to the child, in brackets ("Rua
    (irl)", "Kiri Tane (cousin)"): a friend list's real-life friend or relative. The name's first
    word is a given name (an everyday word too: the brackets make it a name) or no everyday word."""
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _RELATED.finditer(text):
        first = m.group("name").split()[0].lower()
        bits = lex.classes(first)
        if (given_name(first, lex, everyday=True) or not bits & WORD) and not bits & MAJOR:
            yield m.span("name")
