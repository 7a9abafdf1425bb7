"""Ages a picture prints beside a name or a birth date, with no "I am" before them.

A birthday banner says "Archie is 11", a certificate or a name label "Mia Tane Year 12", a
registration form's row "07/11/2012 U15": the layout ties the age to the child named or born
beside it. :func:`~.screen_text.laid_out` asks these rules about a picture's assembled text.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

#: A child's age (a birthday's, a school's), one to eighteen.
_AGE = r"(?:[1-9]|1[0-8])"
#: A birthday's words anywhere in the picture: a banner, a cake, an invitation.
_BIRTHDAY = re.compile(r"\b(?i:birthday|bday|b-day|party)\b")
#: A capitalised name, then "is" and an age that ends there ("Archie is 11", "Liam is 9!"): no
#: time, count or score after it ("is 11 am", "is 11:30", "is 11 points").
_NAME_IS = re.compile(
    rf"(?<![\w'’])[A-Z][A-Za-z'’-]{{1,20}}[ \t]{{1,2}}is[ \t]{{1,2}}(?:now[ \t]{{1,2}}|turning[ \t]{{1,2}})?"
    rf"(?P<age>{_AGE})(?![\d:.,]|[ \t]{{0,2}}(?i:am|pm|o'clock|points|pts|mins?|minutes|hours|days|km|kg|%|x)\b)"
)


def birthday_is(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the age in "<Name> is <age>" in a picture about a birthday ("ARCHIE is
    11" on a banner), in ``text`` as the picture shows it: the child's age."""
    if not _BIRTHDAY.search(text):
        return
    for m in _NAME_IS.finditer(text):
        yield m.span("age")


#: A school year, grade or class right after a name ("Year 12", "Grade 7", "Std 9", "Class 5").
_YEAR = re.compile(rf"[ \t,|–-]{{1,4}}(?P<year>(?i:year|yr|grade|std|standard|class|form)[ \t]?{_AGE})(?![\d:.,/])")


#: ... or a class's year and section alone on the line under the name ending its line ("Tui
#: Kake" over "4B": a name label).
_CLASS_UNDER = re.compile(r"[ \t]{0,3}\n[ \t]{0,3}(?P<year>(?:[1-9]|1[0-3])[A-Z])[ \t]{0,3}(?=\n|$)")
#: ... or a class code after the name on its line, before a label's dot or the line's end ("Tui
#: Kake 4B·Kowhai"), or after "in" ("ask Tui in 4B").
_CLASS_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?:is[ \t]{1,2})?in[ \t]{1,2})?(?P<year>(?:[1-9]|1[0-3])[A-Z])(?=[ \t]{0,2}[·•|]|[ \t]{0,3}(?:\n|$)|[ \t](?![A-Z]))"
)


def named_years(text: str, names: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a school year right after a name the picture shows (``names``: the
    spans of the persons found), on its line ("Viliami Fifta Year 12" on a certificate or a
    name label), a class code after it ("Tui Kake 4B·Kowhai", "Tui in 4B") or alone on the line
    under it ("4B"): the named child's class, so their age."""
    for _start, end in names:
        if m := _YEAR.match(text, end) or _CLASS_UNDER.match(text, end) or _CLASS_AFTER.match(text, end):
            yield m.span("year")


#: A birth date, then a team's age group on its line ("07/11/2012 U15"): a registration form's row
#: (teams start at under 5: "U2" is a band).
_DATED_GROUP = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[ \t]{1,4}(?P<group>(?:[Uu]-?|(?i:under)[ \t-]{1,2})(?:[5-9]|1[0-8]))\b"
)


def dated_groups(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a team's age group right after a birth date ("07/11/2012 U15"): a
    form's row says the child's age group beside their birth date."""
    for m in _DATED_GROUP.finditer(text):
        yield m.span("group")
