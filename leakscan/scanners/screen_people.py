"""Who a picture's text names by its layout alone: names with an initial, a chat's senders, a
list of names, an owner's label, who to call, a birthday list, a device's owner, a name beside a
handle (gamer tags and handles are :mod:`.screen_tags`', where a child lives or is from
:mod:`.screen_places`', ages alone :mod:`.screen_ages`').

:func:`~.screen_text.laid_out` asks these rules about a picture's assembled text as it shows
it (capitals kept), beside those of :mod:`.screen_printed_names`:

* :func:`initialled`: a given name and an initial ("Tane K.", a class list, a match report) or an
  initial and a surname ("Signed: R. Okonjo");
* :func:`senders`: a given name alone heading a chat message ("Aroha lol same 16:04"), or a
  game chat's before its ":" ("Naledi: my mum is...");
* :func:`listed`: a given name alone on its line in a picture that already names a person (a
  video call's tiles, a tournament's draw);
* :func:`owners`: the name on an owner's label ("This belongs to Wiremu");
* :func:`called`: a name to call or answer, after a grown-up's role, before a birthday, whose
  party a calendar shows ("Party for Santiago");
* :func:`phone_owner`: the name before a phone number (one name after "RSVP:" or "call");
* :func:`birthday_list`: a birthday list's names and days ("Aroha - 12/3");
* :func:`birthday_ages`: a name and an age ending a birthday's greeting ("Happy Birthday Aroha 9");
* :func:`comma_ages`: a given name, a comma and an age (a friend list's "Zoe, 13");
* :func:`chat_partners`: the name heading a chat before its status ("Mia Active now");
* :func:`shirt_rows`: the names on team shirts side by side, over their numbers;
* :func:`device_owners`: the name a device or a child's page is called by ("Tane's iPad");
* :func:`planned`: a name heading a family planner's line ("Tui - swimming Wed");
* :func:`handle_names`: a given name beside a handle that starts with it (a profile's owner);
* :func:`bracketed_names`: a name in brackets after a handle (a friend list's real name).

:func:`spans_of` gives the rules that read beside another finding (a handle, a birth date) the
spans of a kind the scanners or the layout found.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..findings import Finding, Kind
from .base import words as word_set
from .ner_words import given_name, unheard

if TYPE_CHECKING:
    from ..truecase import Lexicon

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
#: A given name and an initial ("Tane K.", "Wiremu P. (2)"), or one without its dot ending its
#: line or before a chat's status (a video call's tile "Poppy B", "Tane K last seen today").
_NAME_INITIAL = re.compile(
    rf"(?m)(?<![\w'’.])(?P<name>[{_UP}][{_LOW}]{{1,20}}) [{_UP}]"
    r"(?:\.(?![\w])|[ \t]{0,2}$|(?=[ \t]{1,2}(?:last seen|online|active now|typing)\b))"
)
#: Two capitals, then a name and an initial ("NC Nikolai C."): an avatar's initials before its name.
_AVATAR_NAME = re.compile(
    rf"(?<![\w'’.])(?P<ini>[{_UP}]{{2}})[ \t]{{1,2}}(?P<name>[{_UP}][{_LOW}]{{1,20}}) (?P<i>[{_UP}])\.(?!\w)"
)
#: An initial and a surname ("R. Okonjo", "M. Ngata").
_INITIAL_NAME = re.compile(
    rf"(?<![\w'’.])[{_UP}]\.[ \t]?(?P<surname>[{_UP}][{_LOW}]{{2,20}}(?:-[{_UP}][{_LOW}]{{2,20}})?)(?![\w'’-])"
)


def initialled(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name and an initial (one that is also an everyday word too:
    "Poppy H." is laid out as a name; no month: "May I."), and of an initial and a surname (a
    surname or a word no list knows; no everyday word, big place or famous one: "A. Level")."""
    from .. import lexicon as lists
    from ..truecase import LAST, MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _NAME_INITIAL.finditer(text):
        name = m.group("name").lower()
        if _namey(name, lex, everyday=True) and name not in FULL_CALENDAR:
            yield m.span()
    # a chat header's avatar initials agreeing with the name and its initial after them ("NC
    # Nikolai C."): a name even where the lists know it as no given name
    for m in _AVATAR_NAME.finditer(text):
        low = m.group("name").lower()
        agree = m.group("ini") == m.group("name")[0] + m.group("i")
        # (a given name or an unknown word was yielded above)
        if agree and not lex.classes(low) & (WORD | MAJOR) and not _namey(low, lex, everyday=True):
            yield m.start("name"), m.end()
    for m in _INITIAL_NAME.finditer(text):
        low = m.group("surname").lower()
        bits = lex.classes(low)
        if (not bits or bits & LAST) and not bits & (WORD | MAJOR) and low not in lists.entries("famous"):
            yield m.span()


#: Months and days in full: a calendar's words, no one's name.
FULL_CALENDAR = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)

#: A chat message: a capitalised word heading a line or following a time stamp, lower-case words
#: after it, and a time stamp later on its line or heading the next (a bubble's corner: "Aroha lol\n4:06").
SENDER = re.compile(
    rf"(?m)(?:^[ \t]{{0,3}}|(?<=\d:\d\d ))(?P<name>[{_UP}][{_LOW}]{{1,20}})(?=[ \t]{{1,3}}[a-z][^\n]{{0,80}}?(?:\b|\n[ \t]{{0,3}})\d{{1,2}}:\d{{2}}\b)"
)


#: A name heading its line before a ":" and a message in lower case.
_SPEAKER = re.compile(rf"(?m)^[ \t]{{0,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}}):[ \t]{{1,2}}(?=[a-z])")


def senders(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name (or a word no list knows) alone heading a chat message in
    ``text`` (a group chat's sender; a name that is also an everyday word is left out: "Hope
    you're ok 09:12")."""
    from ..truecase import MAJOR, lexicon

    lex = lexicon()
    for m in SENDER.finditer(text):
        if _namey(m.group("name").lower(), lex, everyday=False):
            yield m.span("name")
    # a game chat's speaker: a given name before its ":" ("Naledi: my mum is..."), never a
    # label's word ("Note:") or a big city's ("Sydney: sunny")
    for m in _SPEAKER.finditer(text):
        low = m.group("name").lower()
        if given_name(low, lex) and not lex.classes(low) & MAJOR and low not in FULL_CALENDAR:
            yield m.span("name")


#: A line that is one capitalised word, maybe with a class or a year after it in brackets.
_ALONE = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{0,3}}(?:\([^\n)]{{1,20}}\))?[ \t]{{0,3}}$"
)


def listed(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name alone on its line (one that is also an everyday word too:
    "Ruby" in a list of names is a name; no month). Only where the picture already names a
    person: a video call's tiles, a tournament's draw, a class list (the caller asks)."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _ALONE.finditer(text):
        if given_name(m.group("name").lower(), lex, everyday=True) and m.group("name").lower() not in FULL_CALENDAR:
            yield m.span("name")


#: An owner's label or a certificate's ("This belongs to Wiremu", "Property of: Mia Tane", a lock
#: screen's "Owner: Mia Tane", "presented to Aroha Ngata", the name maybe on the next line).
_OWNER = re.compile(
    rf"\b(?i:belongs to|property of|presented to|awarded to|owner(?=:))[ \t]{{0,2}}:?(?:[ \t]{{1,3}}|[ \t]{{0,3}}\n[ \t]{{0,3}})(?P<name>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}})?)"
)


def owners(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name on an owner's label or a certificate: a given name, or a word
    no list knows (a lunch box's, a book's, a bag's: "This belongs to Wiremu")."""
    from ..truecase import WORD, lexicon

    lex = lexicon()
    for m in _OWNER.finditer(text):
        first = m.group("name").split()[0].lower()
        if given_name(first, lex) or not lex.classes(first) & WORD:
            yield m.span("name")


def _namey(low: str, lex: object, *, everyday: bool) -> bool:
    """A given name (one that is also an everyday word only when ``everyday``), or a word no list
    knows ("Idris": the lists lack many names)."""
    return given_name(low, lex, everyday=everyday) or unheard(low, lex)  # type: ignore[arg-type]


#: Who to call or to answer, or a grown-up's role before a name ("RSVP to Aroha on …", "call
#: coach Tane at …", "Coach Mere moved training").
_CALLED = re.compile(
    rf"\b(?i:rsvp to|call|text|ring|contact|ask for)[ \t]{{1,2}}"
    rf"(?:(?i:coach|auntie|aunty|uncle|nan|nana|grandma|grandpa)[ \t]{{1,2}})?"
    # then "on"/"at" and a number, or nothing more: a flyer's "Contact Aroha" ending its line
    rf"(?P<a>[{_UP}][{_LOW}]{{1,20}})(?=[ \t]{{1,2}}(?:on|at)\b|[ \t]{{0,2}}(?:[.!]|\n|$))"
    rf"|\b(?:Coach|Auntie|Aunty|Uncle|Nana|Grandma|Grandpa)[ \t](?P<b>[{_UP}][{_LOW}]{{1,20}})(?![\w'’])"
)
#: A name right before "on" and a phone number: who to call ("… Aroha on 021 555 0100").
_ON_NUMBER = re.compile(rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]on[ \t]{{1,2}}(?=[+(]?\d[\d ()-]{{6,}}\d)")
#: A form's name fields without a ":" ("First name Aroha Surname Ngata-Hale").
_NAME_FIELD = re.compile(
    rf"\b(?i:first name|given name|surname|last name|family name)[ \t]{{0,2}}:?[ \t]{{1,2}}"
    rf"(?P<name>(?:O['’]|Mc)?[{_UP}][{_LOW}]{{1,20}}(?:-[{_UP}][{_LOW}]{{1,20}})?)"
)
#: A child introducing themself on a flyer or a card ("Hi I'm Aroha!", "Hi, I'm Tane, 12").
_INTRO = re.compile(
    rf"\b(?i:hi|hey|hello)[ \t,]{{1,3}}(?i:i['’]m|i am)[ \t]{{1,2}}(?P<name>[{_UP}][{_LOW}]{{1,20}})(?=[ \t]{{0,2}}[!,.]|[ \t]{{0,3}}(?:\n|$))"
)
#: A name before its birthday or party ("Aroha's 9th birthday", "it's Tane's party").
_BIRTHDAY_OF = re.compile(
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})['’]s[ \t](?:\d{{1,2}}(?:st|nd|rd|th)[ \t])?(?i:birthday|bday|party|sleepover)\b"
)
#: Whose party a calendar's entry is ("Party for Santiago", "sleepover for Kiri").
_PARTY_FOR = re.compile(rf"\b(?i:party|sleepover|birthday)[ \t]for[ \t](?P<name>[{_UP}][{_LOW}]{{1,20}})\b(?!['’])")


def called(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name to call or answer ("RSVP to Aroha on 021 …", "call coach Tane
    at 5", "… Aroha on 021 555 0100", a flyer's "Contact Aroha" ending its line), after a grown-up's
    role ("Coach Mere"), before a birthday or a party ("Tane's 9th birthday"), introducing
    themself ("Hi I'm Aroha!"), or in a form's name field ("First name Aroha", "Last name
    O'Brien"): a given name, or a word no list knows."""
    from ..truecase import WORD, lexicon

    lex = lexicon()
    seen: set[tuple[int, int]] = set()  # a name two rules find ("RSVP to Aroha on 021 …") once
    for m in _CALLED.finditer(text):
        group = "a" if m.group("a") else "b"
        if _namey(m.group(group).lower(), lex, everyday=True) and m.group(group).lower() not in FULL_CALENDAR:
            seen.add(m.span(group))
            yield m.span(group)
    for m in (m for rule in (_BIRTHDAY_OF, _ON_NUMBER, _PARTY_FOR, _INTRO) for m in rule.finditer(text)):
        low = m.group("name").lower()
        if m.span("name") not in seen and _namey(low, lex, everyday=True) and low not in FULL_CALENDAR:
            seen.add(m.span("name"))
            yield m.span("name")
    for m in _NAME_FIELD.finditer(text):
        if not lex.classes(m.group("name").lower()) & WORD or given_name(m.group("name").lower(), lex, everyday=True):
            yield m.span("name")


_DAY_MONTH = (
    # (a day's ordinal may come with "of": "20th of May")
    r"(?:\d{1,2}/\d{1,2}(?![\d/])|\d{1,2}(?:st|nd|rd|th)?[ \t](?:of[ \t])?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)[ \t]\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    # a month cut short before its day ("Jul 28th", "Sept 3")
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]\d{1,2}(?:st|nd|rd|th)?(?!\d))"
)
#: A birthday list's entry: a name, a dash or a bracket, a day ("Aroha - 12/3", "Tane - 4 June",
#: "Mia (4th June)"), or the whole date of birth ("Tane Ruru - 4/6/2015", "Mia Hale - 4.6.15").
_BIRTHDAY_ENTRY = re.compile(
    # (the name may carry its surname, or its initial: "Aroha K. - 20th of May")
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}]\.|[ \t][{_UP}](?:['’][{_UP}])?[{_LOW}]{{1,20}})?)"
    rf"[ \t]{{0,2}}(?:[-–:]|(?=\())[ \t]{{0,2}}\(?(?P<date>\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep)(?:\d{{4}}|\d\d)(?![\d/.])|{_DAY_MONTH})"
)
_BIRTHDAYS = re.compile(r"(?i)\bbirthdays?\b")


def birthday_list(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (date start, end))`` of each entry of a birthday list ("Birthdays
    this month: Aroha - 12/3, Tane - 4 June"): a given name or a word no list knows, then its day;
    or the name's last word alone when the first is the end of a line before it ("... School Tane - 4 June")."""
    from ..truecase import lexicon

    if not _BIRTHDAYS.search(text):
        return
    lex = lexicon()
    for m in _BIRTHDAY_ENTRY.finditer(text):
        (a, b), last = m.span("name"), max(text.rfind(" ", *m.span("name")), text.rfind("\t", *m.span("name"))) + 1
        for start in (a, last) if last > a and not text[a:b].endswith(".") else (a,):
            if _namey(given := text[start:b].split()[0].lower(), lex, everyday=True) and given not in FULL_CALENDAR:
                yield (start, b), m.span("date")
                break


#: A birthday's greeting, then a name and an age ending the line ("Happy Birthday Aroha 9"; the
#: OCR may cut the greeting: "Birthda").
_BIRTHDAY_AGE = re.compile(
    # (or "Happy" right before the name: a cake's icing whose "Birthday" the OCR lost, "Happy Aroha 9")
    rf"(?m)(?:(?i:birthda|bday|b-day)[^\n]{{0,20}}?|(?P<happy>\b(?i:happy)[ \t]{{1,2}}))(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{1,3}}"
    rf"(?P<age>(?:[1-9]|1[0-8])(?:st|nd|rd|th)?)[ \t!]{{0,3}}$"
)


#: ... or a number alone on the line over or under the greeting and its name (a cake's topper
#: over its icing: "13" over "Happy Birthday Aroha"); the name may have a line of its own under
#: the greeting, and the age its ordinal (a banner's "Happy Birthday / Aroha / 9th").
_GREETING = (
    rf"[ \t]{{0,3}}(?i:happy)[ \t]{{1,2}}(?i:birthday|bday)[ \t,!]{{0,3}}\n?[ \t]{{0,3}}"
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t!]{{0,3}}"
)
_AGE_BY_GREETING = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<age>[1-9]|1[0-8])[ \t]{{0,3}}\n{_GREETING}$"
    rf"|^{_GREETING.replace('(?P<name>', '(?P<name2>')}\n[ \t]{{0,3}}(?P<age2>(?:[1-9]|1[0-8])(?:st|nd|rd|th)?)"
    r"[ \t!]{0,3}$"
)


#: A profile's "about me" and its bio after it, to the line's end.
_ABOUT_ME = re.compile(r"(?i:about me)[ \t:]{1,3}(?P<bio>[^\n]{1,300})")
#: A bio's part that is a name alone, maybe before a link ("Aroha", "Tane wa.me/6421...").
_BIO_NAME = re.compile(
    rf"[ \t]{{0,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{0,3}}(?:[^\s|]{{0,60}}[./@][^\s|]{{0,60}}[ \t]{{0,2}})?"
)
#: A bio's part that is an age ("9 yo", "12 y/o", "10 yrs old").
_BIO_AGE = re.compile(r"[ \t]{0,3}(?P<age>(?:[4-9]|1[0-8])[ \t]?(?:yo|y/o|yrs?(?:[ \t]old)?|years[ \t]old))[ \t]{0,3}")


def bio_parts(text: str) -> Iterator[tuple[Kind, tuple[int, int]]]:
    """``(kind, (start, end))`` of a name or an age that is a part of its own in a profile's
    bio, the parts set apart by bars ("About me Aroha | bday 3 May | Year 7", "| 9 yo |"): a
    child tells who they are: a given name, a word no list knows, or a name the lists know only as
    a surname or a small place ("Hao"), never another everyday word, a big place or a month."""
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _ABOUT_ME.finditer(text):
        bio = m.group("bio")
        if "|" not in bio:
            continue
        at = m.start("bio")
        for part in bio.split("|"):
            low = name.group("name").lower() if (name := _BIO_NAME.fullmatch(part)) else ""
            if (
                name
                and (_namey(low, lex, everyday=True) or not lex.classes(low) & WORD)
                and not lex.classes(low) & MAJOR  # a big place, a famous name: a fan's bio
                and low not in FULL_CALENDAR
            ):
                yield Kind.PERSON, (at + name.start("name"), at + name.end("name"))
            # an age opening its part, whatever the OCR ran on after it ("9 yo 771 wins")
            elif (age := _BIO_AGE.match(part)) and (age.end() == len(part) or not part[age.end() - 1].isalnum()):
                yield Kind.AGE, (at + age.start("age"), at + age.end("age"))
            at += len(part) + 1


def birthday_ages(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (age start, end))`` of a name and an age ending a birthday's
    greeting on its line (a banner, a cake: "Happy Birthday Aroha 9") or alone on the line
    over or under it ("13" over "Happy Birthday Aroha"): a given name, a word no
    list knows, or a name the lists know only as a surname or a small place ("Abdi"): the
    greeting's place says it is a child's, unless it is an everyday word or a big place."""
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    # after "Happy" alone, a given name only ("Happy Aroha 9"; a film's "Happy <surname> 2" is none)
    pairs = [
        (m.span("name"), m.span("age"))
        for m in _BIRTHDAY_AGE.finditer(text)
        if not m.group("happy") or given_name(m.group("name").lower(), lex, everyday=True)
    ]
    for m in _AGE_BY_GREETING.finditer(text):
        name = "name" if m.group("name") else "name2"
        pairs.append((m.span(name), m.span("age" if name == "name" else "age2")))
    for name, age in pairs:
        low = text[name[0] : name[1]].lower()
        if (_namey(low, lex, everyday=True) or not lex.classes(low) & (WORD | MAJOR)) and low not in FULL_CALENDAR:
            yield name, age


#: A given name, a comma and an age, with no word after it in lower case ("Zoe, 13" in a friend
#: list; not "Grace, 3 eggs").
_COMMA_AGE = re.compile(
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}}),[ \t]{{1,2}}(?P<age>[4-9]|1[0-8])(?![\d:.,/%]|[ \t]{{0,2}}[a-z%])"
)


def comma_ages(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """``((name start, end), (age start, end))`` of a given name and an age after a comma (a
    friend list's or a bio's "Zoe, 13"); no month ("June, 12")."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _COMMA_AGE.finditer(text):
        name = m.group("name").lower()
        if given_name(name, lex, everyday=True) and name not in FULL_CALENDAR:
            yield m.span("name"), m.span("age")


#: Capitalised words before a phone number, maybe with "on" or a colon between ("Tutor Mia Tane
#: 021 555 0100", "RSVP to Aroha Ngata on 021 ..."): who answers it.
_BEFORE_PHONE = re.compile(
    rf"(?<![\w'’])(?P<run>[{_UP}][{_LOW}]{{1,20}}(?:[ \t][{_UP}][{_LOW}]{{1,20}}){{0,3}})[ \t]{{1,2}}(?:on[ \t]{{1,2}}|[:-][ \t]{{0,2}})?$"
)


#: What asks to call a name before its number.
_CUE = re.compile(r"(?i:rsvp|call|text|ring|contact)[ \t]{0,2}[:-]?[ \t]{1,2}$")


def phone_owner(text: str, start: int) -> tuple[int, int] | None:
    """``(start, end)`` of a person's name right before a phone number that starts at ``start``
    (everyday words heading the run are left out: "Tutor Mia Tane"); its first word a given name
    or a word no list knows, the others no everyday word or big place ("Call Now", "Pizza Hut")."""
    from ..truecase import MAJOR, WORD, lexicon

    m = _BEFORE_PHONE.search(text, max(0, start - 80), start)
    if not m:
        return None
    lex = lexicon()
    words = list(re.finditer(r"\S+", m.group("run")))
    while words and lex.classes(words[0].group().lower()) & WORD and not given_name(words[0].group().lower(), lex):
        words = words[1:]
    first, *rest = (w.group().lower() for w in words) if words else ("",)
    if not rest:
        # one name after an invitation's "RSVP:" or a "call" ("RSVP: Siobhán 608-555-0172")
        cued = _CUE.search(text, max(0, start - 100), m.start("run") + (words[0].start() if words else 0))
        if cued and (given_name(first, lex) or unheard(first, lex)):
            return m.start("run") + words[0].start(), m.start("run") + words[0].end()
        return None
    if any(lex.classes(w) & (WORD | MAJOR) for w in rest) or not (
        given_name(first, lex, everyday=True) or unheard(first, lex)
    ):
        return None
    return m.start("run") + words[0].start(), m.start("run") + words[-1].end()


#: A chat's header: a name heading its line (after the clock, a back arrow and the avatar's initials,
#: "9:41 < MT Mia Tane") before the other's status, on its line or under it ("Mia Active now", "Aroha typing...").
_STATUS = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?:\d{{1,2}}:\d{{2}}[ \t]{{1,3}}(?:\S[ \t]{{1,3}})?)?(?:(?P<ini>[{_UP}])[{_UP}]?[ \t]{{1,3}}(?=(?i:(?P=ini))))?"
    rf"(?P<name>[{_UP}{_LOW}][{_LOW}]{{1,20}}(?:[ \t][{_UP}{_LOW}][{_LOW}]{{1,20}}){{0,2}})(?:[ \t]{{1,3}}|[ \t]{{0,3}}\n[ \t]{{0,3}})"
    r"(?i:active now|active \d{1,2} ?(?:m|min|h) ago|typi?n?g\b|online|last seen"  # "typig": a letter lost
    r"|[•·][ \t]{0,2}(?:playing|away|offline|idle|in a party|in game)\b)"  # a friend list's row's status
)


def chat_partners(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name heading a chat before its status ("Mia Active now"): any
    name, even one no list knows, but no everyday word or big place ("Friends online"). A
    contact saved in lower case ("leo tane last seen today") needs a given name first: a
    sentence's words before "online" are no header."""
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    for m in _STATUS.finditer(text):
        name = m.group("name")
        words = name.lower().split()
        # the header makes a given name that is also a word a name ("jack", "ruby")
        if name.islower() and not given_name(words[0], lex, everyday=True):
            continue
        # only a person types: a given name that is also a big city is theirs ("Sofia typing...")
        person = re.match(r"[ \t\n]{0,7}(?i:typi?n?g)", text[m.end("name") : m.end("name") + 16])
        if not any(
            (lex.classes(w) & MAJOR and not (person and given_name(w, lex)))
            or (lex.classes(w) & WORD and not given_name(w, lex, everyday=True))
            for w in words
        ):
            yield m.span("name")


#: Team shirts side by side: their names in capitals on lines of their own, then their numbers
#: (each alone on its line or together on one: "KEREAMA\nTUILAGI\n7\n12", "... 7 12").
_SHIRT_NAMES = re.compile(rf"(?m)(?:^[ \t]{{0,3}}[{_UP}]{{3,15}}[ \t]{{0,3}}\n){{2,4}}")
_SHIRT_NUMBERS = re.compile(r"(?:[ \t]{0,3}\d{1,2}(?:[ \t]{1,3}\d{1,2}){0,3}[ \t]{0,3}(?:\n|$)){1,4}")


def shirt_rows(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each name on team shirts photographed side by side ("KEREAMA" and
    "TUILAGI" over "7 12"): as many numbers follow as names, and no name is an everyday word, a
    big place, a country, a month or a famous name ("HOME" and "AWAY" over "3 1" are a
    scoreboard's)."""
    from .. import lexicon as lists
    from ..truecase import MAJOR, WORD, lexicon

    lex = lexicon()
    public = lists.entries("famous") | lists.entries("countries")
    for m in _SHIRT_NAMES.finditer(text):
        numbers = _SHIRT_NUMBERS.match(text, m.end())
        names = list(re.finditer(rf"[{_UP}]{{3,15}}", m.group()))
        if not numbers or len(numbers.group().split()) != len(names):
            continue
        for name in names:
            low = name.group().lower()
            plain = not lex.classes(low) & (WORD | MAJOR) or given_name(low, lex, everyday=True)
            if plain and low not in FULL_CALENDAR and low not in public:
                yield m.start() + name.start(), m.start() + name.end()


#: A device named by its owner ("Tane's iPad", a video call's tile; "Mia's phone").
_DEVICE = re.compile(
    rf"(?<![\w'’])(?P<name>[{_UP}][{_LOW}]{{1,20}})['’]s[ \t]{{1,2}}"
    r"(?i:ipad|iphone|phone|tablet|laptop|chromebook|macbook|galaxy|pixel|kindle|switch|computer|pc"
    # ... or a child's own page: a timetable, a chore chart, a reading log
    r"|timetable|schedule|planner|chores|chore[ \t]chart|reading[ \t]log|report[ \t]card|lunchbox|locker)\b"
)


#: A child's own page by its label, then the child's name after a ":", "for" or a dash ("Timetable:
#: Tane Ruru", "Reading log for Mia", "Weekly planner - Mia"), the surname maybe with an apostrophe or a hyphen.
_PAGE_OF = re.compile(
    r"\b(?i:timetable|schedule|planner|chore[ \t]chart|reading[ \t]log|report[ \t]card)[ \t]{0,2}(?::|[ \t]for|[ \t][-–])[ \t]{1,2}"
    rf"(?P<name>(?P<first>[{_UP}][{_LOW}]{{1,20}})"
    rf"(?:[ \t][{_UP}](?:['’][{_UP}])?[{_LOW}]{{1,20}}(?:-[{_UP}][{_LOW}]{{1,20}})?)?)(?![\w'’])"
)


def device_owners(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the name a device or a child's page is called by ("Tane's iPad" on a
    video call's tile, "Tane's timetable", "Timetable: Tane Ruru"): its owner's given name, or a
    name no list knows; no everyday word ("Family's iPad") nor a day ("Timetable: Monday")."""
    from ..truecase import lexicon

    lex = lexicon()
    for m in _DEVICE.finditer(text):
        low = m.group("name").lower()
        if given_name(low, lex, everyday=True) or unheard(low, lex):
            yield m.span("name")
    # the page's label first, then whose it is ("Timetable: Tane Ruru", "Reading log for Mia")
    yield from _named(_PAGE_OF.finditer(text), "first", lex)


def _named(matches: Iterable[re.Match[str]], group: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The ``name`` group's span of each match whose ``group`` word is a given name (even one that is an
    everyday word too: "Willow", "Grace") or a name no list knows, never a day or a month."""
    for m in matches:
        low = m.group(group).lower()
        if low not in FULL_CALENDAR and (given_name(low, lex, everyday=True) or unheard(low, lex)):
            yield m.span("name")


#: A certificate's recipient: its award's title, a given name and a surname, then what it is
#: for ("Principal's Award Tane Ruru for being kind", "Certificate of Merit Mia Hale for ...").
_AWARDED = re.compile(
    r"\b(?i:award|certificate(?:[ \t]of[ \t](?:achievement|merit|excellence))?|presented[ \t]to|awarded[ \t]to)"
    rf"[ \t:]{{1,3}}(?P<name>(?P<first>[{_UP}][{_LOW}]{{1,20}})[ \t][{_UP}](?:['’][{_UP}])?[{_LOW}]{{1,20}}"
    rf"(?:-[{_UP}][{_LOW}]{{1,20}})?)[ \t]{{1,2}}for[ \t]"
)


def awarded(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a certificate's recipient between its award's title and what it is for
    ("Principal's Award Tane Ruru for being kind"): a given name, even one that is an everyday
    word too ("Willow", "Grace"), or one no list knows; never a day or a month."""
    from ..truecase import lexicon

    lex = lexicon()
    yield from _named(_AWARDED.finditer(text), "first", lex)


#: A family planner's line: a given name, a dash, what they do in lower case and its day ("Tui -
#: swimming Wed", "Kaia: dentist tues 4pm").
_PLANNED = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<name>[{_UP}][{_LOW}]{{1,20}})[ \t]{{0,2}}[-–:][ \t]{{0,2}}[a-z][a-z' ]{{1,30}}?[ \t]"
    r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b"
)


def planned(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a child's name heading a family planner's line ("Tui - swimming Wed"
    on a fridge's note): a given name or a name no list knows, never a day or a month."""
    from ..truecase import lexicon

    lex = lexicon()
    yield from _named(_PLANNED.finditer(text), "name", lex)


#: A capitalised word: a profile's display name.
_DISPLAY = re.compile(rf"(?<![\w'’@.])[{_UP}][{_LOW}]{{2,20}}(?![\w'’])")


def handle_names(text: str, found: list[Finding], spans: list[tuple[int, int, Kind, str]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a given name the picture shows beside a handle (one the scanners
    ``found`` or the layout's ``spans`` hold) that starts with it ("Nila" on a profile whose
    handle is "nila_ram_14", "Meera" by "meeramenon714"): the account's owner (no everyday word:
    "Moon" by "moonpie_7" is none); or a given name right before a handle that holds it as a
    word of its own ("Tui tui_koru23": one that is also an everyday word too)."""
    from ..truecase import lexicon

    lex = lexicon()
    tags = spans_of(Kind.HANDLE, found, spans)
    starts = [text[a:b].lower().lstrip("@") for a, b in tags]
    # the handle right after the name, on its line ("Tui tui_koru23": a profile's header)
    beside = {a: set(re.findall(r"[a-z]+", text[a:b].lower())) for a, b in tags}
    for m in _DISPLAY.finditer(text):
        low = m.group().lower()
        starts_one = any(h.startswith(low) and h != low for h in starts) and given_name(low, lex)
        heads_one = low in beside.get(_after_gap(text, m.end()), ()) and given_name(low, lex, everyday=True)
        if starts_one or heads_one:
            yield m.span()


#: A person's name in brackets right after a handle, or on the row under it: a friend list's or a
#: contact's real name ("ninja_kiri7 (Kiri Ngata)").
_BRACKETED = re.compile(
    rf"(?:[ \t]{{1,2}}|[ \t]{{0,2}}\n[ \t]{{0,2}})\((?P<name>[{_UP}][{_LOW}]{{1,20}}(?:[ \t-]{{1,2}}[{_UP}][{_LOW}]{{1,20}}){{0,3}})\)"
)


def bracketed_names(
    text: str, found: list[Finding], spans: list[tuple[int, int, Kind, str]]
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a name in brackets right after a handle the scanners ``found`` or the
    layout's ``spans`` hold: the account's owner, whose given name (or a word no list knows,
    never an everyday word: "(Away)", "(Online)") comes first."""
    from ..truecase import lexicon

    lex = lexicon()
    for _a, b in spans_of(Kind.HANDLE, found, spans):
        m = _BRACKETED.match(text, b)
        if m is None:
            continue
        first = re.split(r"[ \t-]", m.group("name"), maxsplit=1)[0].lower()
        if given_name(first, lex, everyday=True) or unheard(first, lex):
            yield m.span("name")


def _after_gap(text: str, end: int) -> int:
    """Where the next word starts after ``end``, across one to three spaces on its line (-1: none)."""
    gap = re.match(r"[ \t]{1,3}", text[end : end + 4])
    return end + gap.end() if gap else -1


def spans_of(kind: Kind, found: list[Finding], spans: list[tuple[int, int, Kind, str]]) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``kind`` the scanners ``found`` or the layout's ``spans`` hold."""
    return [(f.start or 0, f.end or 0) for f in found if f.kind is kind] + [
        (a, b) for a, b, k, _scanner in spans if k is kind
    ]
