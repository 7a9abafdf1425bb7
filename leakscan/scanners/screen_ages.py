"""Ages and birth dates a picture prints, with no "I am" before them.

A birthday banner says "Archie is 11", a certificate or a name label "Mia Tane Year 12", a
registration form's row "07/11/2012 U15": the layout ties the age to the child named or born
beside it (:func:`birthday_is`, :func:`named_years`, :func:`dated_groups`). A cake or a form
shows a birth date in a picture about a birthday (:func:`birth_dates`), a shirt or a club's
flyer a team's age group, a class or a school year (:func:`age_groups`), a chat the number
answering "how old r u" (:func:`answered_ages`) and a form the age right after a birth date it
agrees with (:func:`dated_ages`). :func:`~.screen_text.laid_out` asks these rules about a
picture's assembled text.

Every regular expression uses bounded repetition and runs in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from ..findings import Finding, Kind
from .screen_people import spans_of

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
#: (a form's short "Gr. 6" and "Y8" too: "Y" in capitals, glued to its number)
_YEAR = re.compile(
    rf"[ \t,|–-]{{1,4}}(?P<year>(?i:year|yr|grade|gr\.|std|standard|class|form)[ \t]?{_AGE}|Y{_AGE}(?![A-Za-z]))(?![\d:.,/])"
)


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


#: A class in Roman numerals after a school's name ("Class VII", "Std IX"; the OCR may read a
#: numeral's last I as an l: "VIl").
_ROMAN_CLASS = re.compile(r"[ \t,|–-]{1,4}(?P<year>(?i:class|std|standard)[ \t][IVX][IVXl]{0,3})(?![\w'’])")


def school_years(text: str, schools: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a school year right after a school's name (``schools``: the spans of
    the schools found): "<school> Year 8 trip forms due Friday" in a school app's notification,
    "<school> Class VII": the reader's class at that school, so their age."""
    for _start, end in schools:
        if m := _YEAR.match(text, end) or _ROMAN_CLASS.match(text, end):
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


#: A birthday's words anywhere in a picture: a cake, an invitation, a form's "DOB" column, a
#: chat's "when is ur birthday"; a form's "date of birth" with a letter the OCR lost ("date of bith").
_BIRTH_CUE = re.compile(r"\b(?:birthday|bday|b-day|born|dob|d\.o\.b|date of (?:birth|bith|brth|birh))\b")
_MONTHS = (
    r"(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september"
    r"|oct|october|nov|november|dec|december)"
)
#: A child's birth year: someone 4 to 20 years old this year (counted from the clock, so the
#: rule does not age: in 2026, 2006-2022).
_BIRTH_YEAR = "(?:" + "|".join(str(y) for y in range(date.today().year - 20, date.today().year - 3)) + ")"
#: A full date in such a year: "14.03.2016", "07/13/2017", "2017-04-22", "2017/04/22", "9 march 2018".
_BIRTH_DATE = re.compile(
    rf"(?<![\w/.-])(?:\d{{1,2}}([/.-])\d{{1,2}}\1{_BIRTH_YEAR}|{_BIRTH_YEAR}([/.-])\d{{2}}\2\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}{_MONTHS}\.?,?[ \t]{{1,2}}{_BIRTH_YEAR}"
    rf"|{_MONTHS}\.?[ \t]{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]{{1,2}}{_BIRTH_YEAR})(?![\w/-]|\.\d)"
)


#: A social profile's counts ("1,204 followers 310 following"): the page of one person.
_PROFILE = re.compile(r"\bfollowers\b[^\n]{0,40}\bfollowing\b|\bfollowing\b[^\n]{0,40}\bfollowers\b")
#: What dates something else on a profile ("joined 3 march 2019", "member since 2017-05-02").
_NOT_BORN = re.compile(r"\b(?:joined|since|posted|created|updated|edited)[ \t:]{1,3}$")


def birth_dates(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each full date of a child's birth year in a picture that speaks of a
    birthday anywhere (``text`` lower case): a cake's "14.03.2016", a form's value under its
    "DOB" column, a chat's answer to "when is ur birthday" in a bubble of its own; or on a social
    profile (its followers and following), where a bio's bare full date of a child's birth
    year is the child's birthday (not one after "joined" or "since"); or given for a form on its
    line ("its <date> put it in the form"). A date of this year (an
    invitation's, a certificate's) is no birth date."""
    cue = _BIRTH_CUE.search(text) is not None
    profile = not cue and _PROFILE.search(text) is not None
    if cue or profile:
        for m in _BIRTH_DATE.finditer(text):
            if not (profile and _NOT_BORN.search(text, max(0, m.start() - 12), m.start())):
                yield m.span()
        return
    # a chat's date of a child's birth year given for a form on its line ("its <date> put it in
    # the form"): the one date every form asks a child for
    for m in _BIRTH_DATE.finditer(text):
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if _FOR_FORM.search(text[line_start : len(text) if line_end < 0 else line_end]):
            yield m.span()


#: A form to fill in, on a chat's line ("put it in the form", "for ur form").
_FOR_FORM = re.compile(r"\b(?:the|ur|your|my|this|that)[ \t]{1,2}(?:form|application|sign-?up)\b")


#: A team's age group alone on its line (maybe after the shirt's number) or between dashes, as a
#: shirt, a kit bag or a certificate prints it ("U11", "Under 12s", "Dragons - Under 11s - 2025").
_AGE_GROUP = re.compile(
    r"(?m)(?:^[ \t]{0,3}(?:\d{1,2}[ \t])?|[ \t][-–|][ \t])(?P<g>(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s?)"
    r"(?=[ \t]{0,3}$|[ \t][-–|][ \t])"
)


def age_groups(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a team's age group alone on a line of ``text`` (lower case) or set
    apart by dashes: under a shirt's name and number, on a team's certificate, it says how old
    the child is; of one in the plural anywhere ("first game for the u9s": a team's players,
    never a band's or a film's "U2"); before what a club does with it ("u9 training"); of a
    club's ages ("ages 9-12", "aged 8-12"); a school class with its
    section ("class 7c"), a form's short year ("year: y10") or India's "std iii"; a birthday's "turns 13"."""
    yield from dict.fromkeys(_age_groups(text))  # each once, whichever rules found it


def _age_groups(text: str) -> Iterator[tuple[int, int]]:
    """:func:`age_groups`, each rule's spans in turn (one span may come twice)."""
    alone = [m.span("g") for m in _AGE_GROUP.finditer(text)]
    yield from alone
    yield from (m.span() for m in _AGE_GROUP_PLURAL.finditer(text) if m.span() not in alone)
    yield from (
        m.span("g")
        for m in _AGE_GROUP_TEAM.finditer(text)
        if m.span("g") not in alone and not m.group("g").endswith("s")
    )
    yield from (m.span("g") for m in _AGE_RANGE.finditer(text))
    yield from (m.span() for m in _CLASS.finditer(text))
    yield from (m.span() for m in _ORDINAL_YEAR.finditer(text))
    yield from (m.span("g") if m.group("g") else m.span("g2") for m in _CLASS_FIELD.finditer(text))
    yield from (m.span("g") if m.group("g") else m.span("g2") for m in _CLASS_SECTION.finditer(text))
    yield from (m.span() for m in _STD_YEAR.finditer(text))
    yield from (m.span("g") for m in _Y_FIELD.finditer(text))
    yield from (m.span("g") for m in _GROUP_FIELD.finditer(text))
    yield from (m.span("age") for m in _TURNS.finditer(text))


#: A school class: its year and its section ("class 7c", "class v-c", "class iii-a", "grade 4b"), the child's age
#: within a year (a section's letter is needed: "class 5" may be a room).
_CLASS = re.compile(
    r"\bclass[ \t]{1,2}(?:(?:[1-9]|1[0-2])-?[a-z]|(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi|xii)[ \t]?-[ \t]?[a-z]"
    # or a year of two Roman letters or more alone ("class viii"; "class v" may be a word)
    r"|(?:viii|vii|iii|xii|ix|iv|vi|xi|ii)(?![ \t]?-))(?!\w)"
    # or a grade's or a year's number and its section ("grade 4b", "year 9c": a form's, a label's;
    # never a plural's "s": "year 7s")
    r"|\b(?:grade|year|yr)[ \t]{1,2}(?:[1-9]|1[0-3])[a-rt-z](?!\w)"
)
#: A form's "Class:" label and its value: a year with or without its section, maybe after "class"
#: again ("class: 6b", "class: class v").
_ROMAN_YEAR = r"(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi|xii)"
_CLASS_FIELD = re.compile(
    rf"\bclass[ \t]{{0,2}}:[ \t]{{1,3}}(?P<g>(?:class[ \t]{{1,2}})?(?:(?:[1-9]|1[0-2])(?:-?[a-z])?|{_ROMAN_YEAR}(?:[ \t]?-[ \t]?[a-z])?))"
    r"(?![\w/.:-])"
    # ... or after a form's column of two labels, without its ":" ("year / grade y7", "year/class 6b")
    r"|\b(?:year|grade|class)[ \t]?/[ \t]?(?:year|grade|class)[ \t]{0,2}:?[ \t]{1,3}"
    # (the class may follow the year after a slash: "year 8/8s"; or India's class in Roman
    # numerals, maybe after "class" again: "class / year: class v")
    r"(?P<g2>(?:y|yr|year|grade)?[ \t]?(?:[1-9]|1[0-3])[a-z]?(?:[ \t]?/[ \t]?(?:[1-9]|1[0-3])[a-z])?"
    rf"|(?:class[ \t]{{1,2}})?{_ROMAN_YEAR})(?![\w/.:-])"
)
#: A form's class or year label and a school year written short ("class: y9", "year: y10", "form: yr 8").
_Y_FIELD = re.compile(r"\b(?:class|year|form|yr)[ \t]{0,2}:[ \t]{1,3}(?P<g>yr?[ \t]?(?:[1-9]|1[0-3]))(?![\w/.:-])")
#: A form's age group field ("age group: under 15", "age group: u15"): the child's team's ages.
_GROUP_FIELD = re.compile(
    r"\bage[ \t]?group[ \t]{0,2}:[ \t]{0,3}(?P<g>(?:u-?|under[ \t-]{1,2})(?:[4-9]|1[0-8])s?)(?![\w/.:-])"
)
#: A class's year in Roman numerals and its section set apart by dashes, as a timetable's or a
#: label's title gives it after the child's name ("timetable – tui k – ix-c", "vii-a"); or a
#: year and its section after "I'm in" ("we're in 5c this year") or a class's timetable ("class
#: timetable 7k").
_CLASS_SECTION = re.compile(
    rf"[ \t][-–|][ \t](?P<g>{_ROMAN_YEAR}-[a-z])(?=[ \t]{{0,3}}(?:\n|$)|[ \t][-–|][ \t])"
    r"|\b(?:(?:i'?m|we'?re|you'?re|u'?re|ur|u r|he'?s|she'?s)[ \t]{1,2}in|timetable|homeroom)[ \t]{1,2}(?P<g2>(?:[1-9]|1[0-2])[a-z])\b(?![ \t]?(?:print|model|movie|film|glasses))"
)
#: A school year by its ordinal ("2nd year", "1st-grade", "5th class": a class board's, a chat
#: channel's); never a firm's or a university's ("5th year in business", "2nd year uni"), a year
#: "of" something, or a train's "1st class".
_ORDINAL_YEAR = re.compile(
    r"(?<![\w-])(?:(?:[1-9]|1[0-3])(?:st|nd|rd|th)[ \t-](?:year|grade|form)|[3-6](?:rd|th)[ \t-]class)(?!\w)"
    r"(?![ \t]{1,2}(?:anniversary|in[ \t]business|running|of|uni|university|college|student|apprentice))"
)
#: India's school year in Roman numerals after "std" ("std iii", "std. vii"), as a name label or a
#: form's "class:" prints it; a numeral of one letter is left out ("std v", "std x": a word, a variable).
_STD_YEAR = re.compile(r"(?<![\w'’])std\.?[ \t]{1,2}(?:viii|vii|iii|xii|ix|iv|vi|xi|ii)(?![\w'’])")
#: A birthday's "turns 13" with no name before it (a calendar's "birthday! turns 13").
_TURNS = re.compile(r"\b(?:birthday|bday)\b[^\n\d]{0,12}?\bturns[ \t]{1,2}(?P<age>[1-9]|1[0-8])(?!\d)")
#: An age group in the plural ("the u9s", "under 12s").
#: A club's ages ("ages 9-12", "age: 13–16", "for kids aged 8-12"): the children it is for.
_AGE_RANGE = re.compile(r"\b(?:ages?|aged)[ \t:]{1,3}(?P<g>(?:[4-9]|1[0-7])[ \t]?[-–][ \t]?(?:[5-9]|1[0-8]))(?![\d+])")
#: An age group before what a club does with it ("u9 training", "under 11 girls", "u12 squad"):
#: the children a flyer or a team's page is about.
_AGE_GROUP_TEAM = re.compile(
    r"(?<![\w-])(?P<g>(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s?)[ \t]{1,2}"
    r"(?:training|trials?|squad|team|players|girls|boys|practice|sessions?)\b"
)
_AGE_GROUP_PLURAL = re.compile(r"(?<![\w-])(?:u-?|under[ \t-]{1,2})(?:[5-9]|1[0-8])s(?![\w])")


#: A chat's "how old r u", then (past a time stamp or the next speaker's "name:") a message
#: starting with a number from 1 to 18: the answer ("how old r u gonna be 19:43\n10 lol").
_HOW_OLD = re.compile(
    r"\bhow old (?:r|are) (?:u|you|ya)\b[^\d\n?]{0,20}\??(?:[ \t\n]{1,3}\d{1,2}:\d{2})?"
    r"(?:[ \t\n]{1,3}[\w.]{1,30}:)?[ \t\n]{1,3}(?:(?:i'?m|i am)[ \t]{1,2})?(?P<age>[1-9]|1[0-8])(?![\d:]|[.,]\d)"
)


def answered_ages(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the age a chat answers "how old r u" with (``typed`` in lower case)."""
    for m in _HOW_OLD.finditer(typed):
        yield m.span("age")


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)"
)
#: A chat's question for a birthday, then the day and month opening the answer ("when's ur
#: bday?" over "12th of march !!", "9/24"), maybe after the bubble's time or its sender's name.
_BDAY_ANSWER = re.compile(
    r"\bwhen(?:['’]?s|[ \t]is|[ \t]r)[ \t]{1,2}(?:ur|your|u)[ \t]{1,2}(?:bday|birthday|b-day)\b[ \t]{0,3}\??"
    r"(?:[ \t\n]{1,3}\d{1,2}:\d{2})?(?:[ \t\n]{1,3}[\w.]{1,30}:)?[ \t\n]{1,3}(?:(?:it['’]?s|on)[ \t]{1,2})?"
    rf"(?P<date>\d{{1,2}}/\d{{1,2}}(?![\d/:])|\d{{1,2}}(?:st|nd|rd|th)?[ \t](?:of[ \t])?{_MONTHS}\b"
    rf"|{_MONTHS}[ \t]\d{{1,2}}(?:st|nd|rd|th)?(?!\d))"
)


#: A child saying their age with its unit, in a chat or a lobby ("im 6 yrs", "i'm 14 y/o").
_STATED_AGE = re.compile(
    r"\b(?:i['’]?m|i[ \t]am)[ \t]{1,2}(?P<age>(?:[4-9]|1[0-8])[ \t]?(?:yrs?|yo|y/o|years))(?![\w/])"
)


#: A game chat's speaker saying their age as the message's start, then nothing that counts
#: something: the line's end, a mark or a chat's filler ("kiri.moa7: im 11 gg all"; never "im 10
#: mins away", "im 12 kills behind").
_SPOKEN_AGE = re.compile(
    r"(?m)(?:^[ \t]{0,3}|[\w.]{3,30}:[ \t]{1,2})(?:i['’]?m|i[ \t]am)[ \t]{1,2}(?P<age>[4-9]|1[0-8])"
    r"(?=[ \t]{0,2}(?:[!?.,]|$)|[ \t]{1,2}(?:gg|lol|lmao|haha|btw|tho|rn|and|but|so|pls|ok|omg|xd|not|bro|wbu|hbu"
    r"|ngl|tbh)\b)"
)
#: An age with its unit before a school year, a profile's "about me" pair ("12 y/o - year 8").
_AGE_AND_YEAR = re.compile(
    r"(?<![\w/.:-])(?<![-–][ \t])(?P<age>(?:[4-9]|1[0-8])[ \t]?(?:y/o|yo|yrs?[ \t]old|years[ \t]old))"
    r"(?=[ \t]{0,2}[-–·|,/][ \t]{0,2}(?:grade|gr|year|yr|class|form|std)[ \t]?\d)"
)


def stated_ages(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of an age a child states with its unit ("me lol im 6 yrs"; ``typed`` in
    lower case): an age, not a count, as the unit says years; or with nothing after it that counts
    something, opening a game chat's message ("kiri.moa7: im 11 gg"); or a profile's age with its
    unit paired with a school year ("12 y/o - year 8")."""
    for m in _STATED_AGE.finditer(typed):
        yield m.span("age")
    for m in _SPOKEN_AGE.finditer(typed):
        yield m.span("age")
    for m in _AGE_AND_YEAR.finditer(typed):
        yield m.span("age")


def answered_birthdays(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the day and month a chat answers "when's your bday" with (``typed``
    in lower case): the child's birthday, given to whoever asked."""
    for m in _BDAY_ANSWER.finditer(typed):
        yield m.span("date")


#: A number right after a birth date, alone before the line's next word or its end ("22 january
#: 2014 12": a form's "date of birth" and "age" columns read on one line).
_AGE_AFTER = re.compile(r"[ \t]{1,3}(?P<age>[4-9]|1[0-8])(?=[ \t]{1,3}\S|[ \t]{0,3}(?:\n|$))")
#: A birth date's year: four digits, or two after a "." or "/" ("08.01.14").
_DATE_YEAR = re.compile(r"(?<!\d)(?:(?P<full>(?:19|20)\d\d)|(?<=[./])(?P<short>\d\d))$")
#: ... or four digits first ("2014/01/22", "2014-01-22").
_YEAR_FIRST = re.compile(r"(?P<full>(?:19|20)\d\d)(?P<short>)[/.-]\d{1,2}[/.-]\d{1,2}")


def dated_ages(typed: str, found: list[Finding], spans: list[tuple[int, int, Kind, str]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the age right after a birth date in ``typed`` (one the scanners
    ``found`` or the layout's ``spans`` hold) when the two agree: a form's date of birth and age
    read on one line ("22 january 2014 12"). The date's year makes the number an age, not a
    class's or a page's."""
    this_year = date.today().year
    births = spans_of(Kind.DATE_OF_BIRTH, found, spans)
    for start, end in births:
        m = _AGE_AFTER.match(typed, end)
        year = _YEAR_FIRST.fullmatch(typed, start, end) or _DATE_YEAR.search(typed, start, end)
        if not m or not year:
            continue
        born = int(year.group("full") or 2000 + int(year.group("short")))
        if this_year - born - 1 <= int(m.group("age")) <= this_year - born:
            yield m.span("age")


#: A birthday's greeting, then the age it turns alone, ending the message or before a cheer
#: ("happy bday!! 8 woo", "happy birthday 10!!"; the OCR may read a cheer's o as 0). A cake or a
#: card may put the child's name between them and the age on the next line, as a number or an
#: ordinal before its "love from" ("happy birthday <name> 6 today", "happy birthday <name>" over
#: "10th - love from <name>"; the OCR may lose the greeting's y: "happ birthday").
_GREETED_AGE = re.compile(
    r"(?m)\bhappy?[ \t]{1,2}(?:birthday|bday|b-day)(?:[ \t!.,]{1,6}[a-z][a-z'-]{1,14})?[ \t!.,\n]{0,6}(?<![\w])"
    r"(?P<age>(?:[1-9]|1[0-7])(?:st|nd|rd|th)?)(?![\w:.,/])"
    r"(?=[ \t]{0,2}!{0,3}[ \t]{0,2}(?:$|w+[o0]{1,6}\b|y+a+y+\b|today\b|[🎉🎂🥳🎈]|[-–][ \t]{0,2}love\b|love\b))"
)


#: An invitation's "celebrate <name>'s 12th": the ordinal after the child's possessive is the
#: birthday's age (a date has no one's "'s" before it).
_CELEBRATED_AGE = re.compile(
    r"\bcelebrat(?:e|ing)[ \t]{1,2}[a-z][a-z-]{1,20}['’]s[ \t]{1,2}(?P<age>(?:[1-9]|1[0-7])(?:st|nd|rd|th))(?!\w)"
)


def greeted_ages(typed: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the age a birthday's greeting gives with no name ("happy bday!! 8 woo"
    in a chat; ``typed`` in lower case), or an invitation's "celebrate <name>'s 12th": never a
    count the greeting goes on about ("happy bday 2 more days", "happy birthday 5 min late")."""
    for m in _GREETED_AGE.finditer(typed):
        yield m.span("age")
    for m in _CELEBRATED_AGE.finditer(typed):
        yield m.span("age")


#: A banner's age: an ordinal alone on its line (the banner's flags read one by one around it), or
#: after a greeting's "happy" whose "birthday" the OCR cut short ("happ 13th b"); never a date's
#: "4th of ...".
_BANNER_ORDINAL = re.compile(
    r"(?m)(?:^[ \t]{0,3}|\bhapp?y?[ \t]{1,2})(?P<age>(?:[1-9]|1[0-8])(?:st|nd|rd|th))"
    r"(?=[ \t]{0,3}$|[ \t]{1,2}b[a-z]{0,7}[ \t]{0,3}$)"
)
#: A birthday's or a party's words anywhere in the picture.
_PARTY = re.compile(r"\b(?:birthday|bday|b-day|party)\b")
#: A date's month or weekday, on a line beside an ordinal: the ordinal is the date's day.
_DAY_WORDS = re.compile(
    rf"\b(?:{_MONTHS}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:of|on|the)[ \t]{{0,3}}$"
)
#: The age's number alone on a line (a balloon's, a cake's candles: "13").
_NUMBER_ALONE = r"(?m)^[ \t]{{0,3}}{n}[ \t]{{0,3}}$"


def banner_ages(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of a birthday banner's age in ``text`` (as the picture shows it: its lines
    as they stand), in a picture of a birthday or a party: its ordinal alone on its line, no month
    or weekday on the lines beside it ("8th" between two flags read alone), or after a greeting
    the OCR cut short ("happ 13th b"); and that age's number alone on a line elsewhere (the
    balloons' "13")."""
    from ..truecase import lower_same_length

    typed = lower_same_length(text)
    if not _PARTY.search(typed):
        return
    ages = set()
    for m in _BANNER_ORDINAL.finditer(typed):
        line_start = typed.rfind("\n", 0, m.start()) + 1
        before = typed[typed.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        after_end = typed.find("\n", m.end() + 1)
        after = typed[m.end() : len(typed) if after_end < 0 else after_end]
        if _DAY_WORDS.search(before) or _DAY_WORDS.search(after) or _DAY_WORDS.search(typed, line_start, m.start()):
            continue
        ages.add(m.group("age")[:-2])
        yield m.span("age")
    for age in ages:
        for m in re.finditer(_NUMBER_ALONE.format(n=age), typed):
            yield m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip())
