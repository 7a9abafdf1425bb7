"""A school's name as a picture lays it out, where the school scanner reading the typed text misses it.

A school's sign breaks its name over two lines ("HILLCREST" over "MIDDLE SCHOOL"), a bus pass
or a contact card writes it in the language of the country ("Westbrook Basisschool", "Laerskool
Mooihoek"), a form puts it after its "School:" label, and a street's name may open it ("Clover
Lane Primary School"). :func:`~.screen_text.laid_out` asks :func:`school_names` about the text
as the picture shows it (capitals kept): each rule needs a name's capitals, so a sentence's
"what school u go to" names no school.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .base import words as word_set

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
#: A word of a school's name, capitalised or in capitals ("Hillcrest", "BRIGID'S", "St.").
_WORD = rf"(?:[{_UP}][{_LOW}]{{1,20}}|[{_UP}]{{2,20}})(?:['’][sS])?\.?"
#: A name's words, all capitalised or all in capitals (a pass's "NAME Sione Vake SCHOOL" is a
#: label between two names).
_TITLE_RUN = rf"(?:[{_UP}][{_LOW}]{{1,20}}(?:['’]s)?\.?[ \t]{{1,2}}){{1,4}}"
_CAPS_RUN = rf"(?:[{_UP}]{{2,20}}(?:['’]S)?\.?[ \t]{{1,2}}){{1,4}}"
#: Words no school's name is made of: a sentence's ("Back To High School", "My Middle School"), a
#: list's span of years ("Grades K-8 School supplies").
_NOT_NAME = frozenset(
    {"the", "to", "of", "for", "at", "my", "our", "your", "his", "her", "back", "day", "new", "and", "grades", "years"}
)
#: A school's kind after its name, in English: a level is needed ("High School"; "Day Of School"
#: names none), maybe a church's "C of E" before it; or the span of years it teaches ("K-8
#: School", "P-12 School", "R-7 School": kindergarten, prep, reception or foundation to a year).
_LEVEL = (
    r"(?:primary|middle|junior|infant|infants|high|preparatory|prep|secondary|grammar|elementary|intermediate"
    r"|public|community|state|[kprf][ \t]?[-–][ \t]?(?:[1-9]|1[0-2]))"
)
_ENGLISH = rf"(?i:(?:c[ \t]of[ \t]e[ \t]{{1,2}})?{_LEVEL}[ \t]{{1,2}}school)\b"
#: A school's kind after its name in another language ("Westbrook Grundschule", "Clover Lane
#: Escola Municipal").
_AFTER = (
    r"(?i:grundschule|volksschule|realschule|gesamtschule|basisschool|escola[ \t]municipal|escola[ \t]estadual"
    r"|prim[eê]re[ \t]skool|prim[eê]r|ho[eë]r[ \t]skool)(?![\w'’])"
)
#: ... or before it ("Laerskool Mooihoek", "Ecole Larkhurst", "Colegio San Marcos").
_BEFORE = r"(?i:laerskool|ho[eë]rskool|[eé]cole|escuela|colegio|scuola|lyc[eé]e)"
_NAMED = re.compile(
    rf"(?<![\w'’])(?P<name>{_TITLE_RUN}|{_CAPS_RUN})(?:{_ENGLISH}|{_AFTER})"
    rf"|(?<![\w'’]){_BEFORE}[ \t]{{1,2}}(?P<after>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,2}})"
)
#: A form's "School:" label and the name after it ("School: Kingfisher", "School: Bramblewood C":
#: the OCR may cut the name's last word to its capital).
_LABELLED = re.compile(
    rf"(?<![\w'’])(?i:school)[ \t]{{0,2}}:[ \t]{{0,3}}(?P<name>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,4}}(?:[ \t][{_UP}](?!\w))?)"
)
#: A sign's line of a name alone: one to three words.
_SIGN_LINE = re.compile(rf"[ \t]{{0,3}}{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,2}}[ \t]{{0,3}}")
#: A line that starts with a school's kind: the second line of a sign ("MIDDLE SCHOOL").
_KIND_LINE = re.compile(rf"[ \t]{{0,3}}(?:{_ENGLISH}|{_AFTER})")


#: One or two capitalised words, then "School" with no level ("Kaurivale School", "KOWHAI SCHOOL").
_PLAIN = re.compile(
    rf"(?<![\w'’.-])(?P<name>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}})?[ \t]{{1,2}})School(?![\w'’])"
    rf"|(?<![\w'’.-])(?P<caps>[{_UP}]{{3,20}}(?:[ \t][{_UP}]{{3,20}})?[ \t]{{1,2}})SCHOOL(?![\w'’])"
)


def _plain_named(words: str) -> bool:
    """Whether ``words`` before a bare "School" name one: no everyday word among them (a
    place's, a surname's or one no list knows: "Kaurivale School"; never "Summer School",
    "Driving School", "Music School") and no famous name."""
    from .. import lexicon as lists
    from ..truecase import WORD, lexicon

    lex = lexicon()
    lows = [w.lower() for w in words.split()]
    return (
        " ".join(lows) not in lists.entries("famous")
        and all(not lex.classes(w) & WORD for w in lows)
        and not any(w in _NOT_NAME for w in lows)
    )


def school_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each school's name in ``text`` (as the picture shows it, capitals
    kept): capitalised words before a school's kind ("Clover Lane Primary School", "Westbrook
    Grundschule") or after one that comes first ("Laerskool Mooihoek"); a sign's name alone on
    its line over the line its kind starts ("HILLCREST" over "MIDDLE SCHOOL"); a name of no
    everyday word before "School" alone ("Kaurivale School"); and the name after a form's
    "School:" label. No sentence's words make a name ("Back To High School")."""
    for m in _NAMED.finditer(text):
        if _named(m.group("name") or m.group("after")):
            yield m.span()
    for m in _PLAIN.finditer(text):
        if _plain_named(m.group("name") or m.group("caps")):
            yield m.span()
    for m in _LABELLED.finditer(text):
        if _named(m.group("name")):
            yield m.span("name")
    for m in _LEVEL_ONLY.finditer(text):
        if _named(m.group("name")) and _own_name(m.group("name")):
            yield m.span()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]{1,400}", text)]
    for (a, b), (c, d) in pairwise(lines):
        kind = _KIND_LINE.match(text, c, d)
        if kind and _SIGN_LINE.fullmatch(text, a, b) and _named(text[a:b]):
            start = a + len(text[a:b]) - len(text[a:b].lstrip())
            yield start, kind.end()


#: A name label's school after the child's year or class and a dot ("Year 6·Kowhai", "4B • Rata
#: Hill"), ending the line.
_AFTER_CLASS = re.compile(
    rf"[ \t]{{1,3}}(?:(?i:year|yr|grade|class)[ \t]?\d{{1,2}}|\d{{1,2}}[{_UP}])[ \t]{{0,2}}[·•|][ \t]{{0,2}}"
    rf"(?P<school>[{_UP}][{_LOW}]{{2,20}}(?:[ \t][{_UP}][{_LOW}]{{2,20}}){{0,2}})[ \t]{{0,3}}(?=\n|$)"
)


def labelled_schools(text: str, names: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the school a name label gives after the child's name (``names``: the
    spans of the persons found) and year, set apart by a dot ("Tui Kake Year 6·Kowhai"): no
    word of a sentence."""
    for _start, end in names:
        m = _AFTER_CLASS.match(text, end)
        if m and _named(m.group("school")):
            yield m.span("school")


#: Capitalised words before a level that names a school alone, with no "School" after it
#: ("Kowhai Bay Intermediate", "Ashgrove Preparatory": the way NZ, AU and UK schools are called).
_LEVEL_ONLY = re.compile(
    rf"(?<![\w'’])(?P<name>{_TITLE_RUN})(?:Intermediate|Preparatory|Primary|Elementary)(?![\w'’]|[ \t]{{1,2}}(?i:school))"
)


def _own_name(words: str) -> bool:
    """Whether ``words`` before a bare level are a name of their own: two words or more, or one
    that is no everyday word ("Ashgrove"; never "Maths Primary"), and no famous name."""
    from .. import lexicon as lists
    from ..truecase import WORD, lexicon

    lows = [w.strip(".").lower() for w in words.split()]
    if " ".join(lows) in lists.entries("famous"):
        return False
    return len(lows) >= 2 or not lexicon().classes(lows[0]) & WORD


def _named(words: str) -> bool:
    """Whether ``words`` may be a school's name: none of them a sentence's (:data:`_NOT_NAME`)."""
    return not any(w.strip(".").lower() in _NOT_NAME for w in words.split())


#: A club's or a group's name heading its own form on the same line ("Kelso Rovers FC Player
#: Registration Form 2025", "Tinwald Scouts Membership Form").
_FORM_HEADING = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<org>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{1,4}}?)[ \t]{{1,3}}"
    r"(?i:(?:player|member|junior|new[ \t]member|club)[ \t]{1,2})?"
    r"(?i:registration|enrolment|enrollment|membership|sign-?up)[ \t]{1,2}(?i:form)\b"
)


def form_clubs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a club's or a group's name of two words or more heading its own
    registration form on the line (``text`` as the picture shows it): the child's club, as the
    form filled in for the child says (a form with no name before its title gives none)."""
    for m in _FORM_HEADING.finditer(text):
        if not {w.lower() for w in m.group("org").split()} & _FORM_WORDS:
            yield m.span("org")


#: Words of a form's instruction, not of a club's name ("Fill In The Registration Form").
_FORM_WORDS = word_set("the a an your our this fill in out complete please return download print online new")


#: A chat server's header: the channel after "#", then the server's name ending the line
#: ("# homework-help Kelso Rovers FC"), on a screen whose message box names a channel.
_SERVER_HEADER = re.compile(
    rf"(?m)^[ \t]{{0,3}}#[ \t]?[a-z0-9][a-z0-9_-]{{1,30}}[ \t]{{1,3}}(?P<server>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,4}})[ \t]*$"
)
_CHANNEL_BOX = re.compile(r"(?i:message)[ \t]{1,2}#[a-z0-9_-]{2,30}")


def server_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a chat server's name after its channel in the header ("# general
    Kelso Rovers FC"), where the message box names a channel ("Message #general"): the
    child's club's or class's server, as the child's own screen shows it."""
    if _CHANNEL_BOX.search(text):
        for m in _SERVER_HEADER.finditer(text):
            yield m.span("server")


#: A club's or a group's name ending in its kind, then the day it meets every week ("Kelso
#: Robotics Team Tuesdays 4pm", "Tinwald Chess Club - Mondays").
_MEETS_WEEKLY = re.compile(
    rf"(?P<group>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,3}}[ \t]{{1,2}}"
    r"(?:Team|Club|Squad|Scouts|Guides|Brownies|Cubs|Choir|Band|Crew|Academy|Troupe|Society))"
    r"[ \t]{1,3}(?:[-–:][ \t]{1,3})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"
)


def weekly_groups(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a club's or a group's name ending in its kind ("... Team", "...
    Club") right before the weekday it meets on, in the plural ("Tuesdays"): a local group on a
    noticeboard's card, the child's own (one word before its kind, "Chess Club", is what it
    does, no group's name; nor "The Chess Club")."""
    for m in _MEETS_WEEKLY.finditer(text):
        words = m.group("group").split()
        if len(words) >= 3 and words[0].lower() not in _FORM_WORDS:
            yield m.span("group")


#: A club's name ending in its kind, then its junior side's age group ("Kelso Rugby Club U9",
#: "Tinwald Rovers FC U-12"): a children's team, named as a card or a form names it.
_JUNIOR_SIDE = re.compile(
    rf"(?P<side>{_WORD}(?:[ \t]{{1,2}}{_WORD}){{0,3}}[ \t]{{1,2}}(?:Club|CLUB|FC|RFC|AFC|GAA)[ \t]{{1,2}}[Uu]-?(?:[5-9]|1[0-8]))(?![\w+])"
)


def junior_sides(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a club's junior side, its name of two words or more ending in its
    kind and its age group ("Kelso Rugby Club U9" on a noticeboard's card): the child's team
    (one word before its kind, "Rugby Club U9", names no club; nor "The Rugby Club U9")."""
    for m in _JUNIOR_SIDE.finditer(text):
        words = m.group("side").split()
        if len(words) >= 4 and words[0].lower() not in _FORM_WORDS:
            yield m.span("side")
