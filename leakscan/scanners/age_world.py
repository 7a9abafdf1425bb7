"""Ages and school years in other countries' forms, and sayings that are no age
(:mod:`leakscan.scanners.age`, issue 10 family 5), read from the lists of :mod:`leakscan.lexicon`:

* school-year words before a number: "std 4", "standard 6", "class 9", "form 2", "gr 5" (``age_units``);
* stages without a number after "in"/"starting"/"i'm in": "in second year", "in matric" (``age_stages``);
* Quebec's school years: "4e année", "3e secondaire", "secondaire 2" (``_QUEBEC_YEARS``);
* birthday shouts: "officially 12!!", "finally 13", "🎂 10 today" (``age_shouts``);
* sayings with a number that tell no age: "i feel like a 5 year old", "feel like im 100 years old"
  (``age_idioms``; N in an entry stands for any number).

All patterns are built once, on first use, from the lists; every one runs in linear time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..truecase import lexicon
from .age_languages import afrikaans_ages
from .age_numbers import AND_STILL, AT_LAST, OPENER, TEEN_WORDS, UNIT_WORDS, WORD_VALUE
from .base import words
from .ner_words import common, given_name

Span = tuple[int, int, float]

#: Units the age scanner's own pattern reads already ("grade 5", "yr 7", "p5", "year 6").
_KNOWN_UNITS = frozenset({"grade", "year", "yr", "yr.", "y", "p", "primary"})
#: Words after "class N" / "form N" that make it something else ("class 2 of 5", "form 2 pages").
_NOT_AFTER = re.compile(r"\s{0,3}(?:(?:of|out|pages?|dev|deviation|deviations|x)(?![\w'’])|%|/|-\s{0,2}\d)")
#: Around "chu N" (Japan's junior-high year): a title before it makes Chu a surname, a count after it
#: ("chu 2 days") a number of something.
_CHU_NOT_A_YEAR = re.compile(
    r"(?:(?<![\w'’])(?:mr|mrs|ms|miss|mx|dr|sir|coach|aunty|auntie|uncle)\.?\s{1,3}chuu?\s{0,3}\d"
    r"|\d\s{1,3}(?:days?|weeks?|months?|hours?|hrs?|mins?|minutes?|times?|more|left)(?![\w'’]))"
)
#: ... and after "class N" / "form N" only: a music grade or a test ("std 7 exams" is a school year's).
_NOT_AFTER_CLASS = re.compile(r"\s{0,3}(?:piano|guitar|violin|music|exam(?!s)|test|tests)")
#: Words before "class N" / "form N" that make it a lesson, a paper, a world... not a school year.
_NOT_BEFORE = re.compile(
    # whole words only: "mera std 6" (Hindi "my") does not end in "a"
    r"(?<![\w'’])(?:the|this|that|than|a|fill|fill\s{1,3}in|consent|application|tax|lesson|period|world|top|level|first|last|next|per)"
    r"\s{1,3}$"
)
#: What may follow a shouted age: end, punctuation, an emoji, "today", "now".
_SHOUT_END = re.compile(r"\s{0,3}(?:$|[!.?~)]|[^\x00-\x7f]|(?:today|2day|now|hoy|hoje)\b|yay|woo|let'?s\s{1,3}go)")
_STAGE_CUE = (
    r"(?:in|into|starting|start|started|entering|doing|i'm\s{1,3}in|im\s{1,3}in|i\s{1,3}am\s{1,3}in|niko|yuko"  # Swahili "I am", "s/he is"
    # the year the child is about to start: "cant wait for transition year", "nervous for first year"; a bare
    # "for" only before a year's ordinal ("a phone for 1st year"; "for reception" may be a wedding's)
    r"|(?:(?:wait|ready|excited|nervous|scared)\s{1,3}|(?=for\s{1,3}(?:1st|2nd|3rd|first|second|third)\s))for"
    r"|(?:first|1st|last)\s{1,3}day\s{1,3}of)"  # its first or last day
)
_COPULA = r"(?:i['’]?m|i\s{1,3}am|(?:she|he)['’]?s|(?:she|he)\s{1,3}is)"


def _alternation(entries: list[str]) -> str:
    """Entries as one alternation, longest first, spaces as bounded runs of blanks."""
    parts = sorted({re.escape(e).replace(r"\ ", r"\s{1,3}") for e in entries}, key=len, reverse=True)
    return "|".join(parts)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units = [u for u in wl.entries("age_units") if u not in _KNOWN_UNITS]
    unit_re = re.compile(
        rf"(?<![\w'’@-])(?P<unit>{_alternation(units)})\s{{0,2}}(?P<n>\d{{1,2}})(?![\w.:/%+'’-]|\.\d|,\s{{0,2}}\d)"
    )
    stages = list(wl.entries("age_stages"))
    # ... or right after a copula ("im first year in secondary"), but not "ty": "im ty" is a name
    copula = _alternation([e for e in stages if e != "ty"])
    # ... or the year the child goes in as ("as a form one"): a school's year only, not "as a reception
    # teacher", "as a prep cook"
    years = _alternation([e for e in stages if e not in _NOT_ONLY_YEARS])
    stage_re = re.compile(
        rf"(?<![\w'’])(?:{_STAGE_CUE}\s{{1,3}}(?:my\s{{1,3}})?(?P<stage>{_alternation(stages)})"  # "doing my junior cert"
        rf"|{_COPULA}\s{{1,3}}(?P<cstage>{copula})|as\s{{1,3}}an?\s{{1,3}}(?P<astage>{years}))"
        # not a row of wins, a year of something ("first year of dance"), nor getting ready ("in prep for exams")
        r"(?![\w'’])(?!\s{1,3}a\s{1,3}row)(?!\s{1,3}(?:for|mode|of)(?![\w'’]))"
    )
    before = list(wl.entries("age_shouts"))
    shout_re = re.compile(
        rf"(?:(?<![\w'’])|(?<=[^\x00-\x7f]))(?:{_alternation(before)})\s{{0,3}}(?P<n>\d{{1,2}})(?!\d)"
    )
    idioms = []
    for entry in wl.entries("age_idioms"):
        number = r"(?:\d{1,3}|[a-z]{3,9})"  # "N" in an entry (lists are lower-cased: "n")
        idioms.append(r"\s{1,3}".join(number if w == "n" else re.escape(w) for w in entry.split()))
    idiom_re = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(idioms, key=len, reverse=True))})(?![\w'’])")
    return unit_re, stage_re, shout_re, idiom_re


#: Stages that are also everyday words: only the forms above place them.
_NOT_ONLY_YEARS = frozenset({"reception", "nursery", "ty", "prep"})
#: How a school year goes for the one in it ("5th year is killing me", "matric is next year").
_HOW_THE_YEAR_GOES = (
    r"(?:killing|next\s{1,3}year|this\s{1,3}year|nearly\s{1,3}over|almost\s{1,3}over|stressful|hectic|brutal)"
)


@cache
def _stage_first() -> re.Pattern[str]:
    """A stage opening the post (or after a school's tag) before "in", "at", its leavers' day or a word of how it goes
    ("first year in ...", "#elmhigh ty trip", "2nd year has way more homework"; not "second year in a row")."""
    stages = _alternation(list(wl.entries("age_stages")))
    # a school's year only (not "reception", "nursery", "ty": a phone's signal, a shop, thanks)
    years = _alternation([e for e in wl.entries("age_stages") if e not in _NOT_ONLY_YEARS])
    return re.compile(
        rf"\W{{0,3}}(?:#[^\W_]{{2,40}}\s{{1,3}})?(?:(?P<year>{years})\s{{1,3}}(?:is|was)\s{{1,3}}{_HOW_THE_YEAR_GOES}"
        rf"|(?P<stage>{stages})\s{{1,3}}(?:in|at|graduation|grad|leavers|trip|musical|camp|tour|formal|retreat|mocks|(?<=year\s)exams|(?<=yr\s)exams"
        r"|(?:starts|started)\s{1,3}(?:next|tomorrow|this|today|monday|tuesday|wednesday|thursday|friday)"  # its start
        r"|(?:is|was)\s{1,3}(?:so+|way|hard|harder|tough|easy|fun|boring|grand|class|deadly|savage|unreal|brutal"
        r"|the\s{1,3}(?:best|worst))"
        # the year's state exam after it: "3rd year and the junior cert is tomorrow"
        r"|and\s{1,3}(?:the\s{1,3}|my\s{1,3})?(?:junior\s{1,3}cert|leaving\s{1,3}cert|jc|lc|mocks|gcses?|boards|matric)))"
        r"(?![\w'’])(?!\s{1,3}a\s{1,3}row)"
    )


#: A school year told in Hindi/Urdu opening the post: "8th me" ("in 8th", the grade the child is in),
#: maybe after "main"/"hum" (I, we). Only the fourth to twelfth.
_IN_GRADE_HINDI = re.compile(
    r"\W{0,3}(?:(?:main|mai|hum)\s{1,3})?(?P<y>[4-9]th|1[0-2]th)\s{1,3}(?:me|mein|mai)(?![\w'’])"
)


#: A birthday called by its ordinal alone after "for/at my" ("roller skates for my 11th 🛼", "at her 9th!"), the post's
#: end, a mark or "party" after it: the age the birthday brings (not "for my 3rd try", "my 1st").
_FOR_MY_NTH = re.compile(
    r"(?<![\w'’])(?:for|at|since|after|before)\s{1,3}(?:my|his|her|me|ma)\s{1,3}(?P<n>(?:1\d|[3-9])(?:st|nd|rd|th))"
    r"(?=\s{0,3}(?:$|[^\w\s'’]|(?:party|b-?day|lol)(?![\w'’])))"
)


def world_ages(folded: str) -> Iterator[Span]:
    """School years, stages and birthday shouts in the forms of the module docstring."""
    unit_re, stage_re, shout_re, _idiom = _patterns()
    for m in unit_re.finditer(folded):
        value = int(m.group("n"))
        unit = m.group("unit").rstrip(".")
        tagged = unit == "form" and folded[max(0, m.start() - 1) : m.start()] == "#"  # "#form2": a year's tag
        if m.end("unit") == m.start("n") and unit not in _GLUED and not tagged:
            continue  # "gr8" is "great", "class1" a code: only "std4", "jss2", "sss1" are written glued
        if not 1 <= value <= (7 if unit == "form" else 3 if unit.startswith("chu") else 12):  # junior high: 3 years
            continue
        if unit.startswith("chu") and _CHU_NOT_A_YEAR.search(folded[max(0, m.start() - 12) : m.end() + 10]):
            continue  # "mr chu 2 days ago": Chu is a surname too, and a count of days after it no year
        before = folded[max(0, m.start() - 24) : m.start()]
        after = _NOT_AFTER.match(folded, m.end()) or (
            unit not in _SCHOOL_ONLY and _NOT_AFTER_CLASS.match(folded, m.end())
        )
        blocked = _NOT_BEFORE.search(before)
        if blocked and unit in _SCHOOL_ONLY and blocked.group().split()[0] in ("this", "that", "the", "a"):
            blocked = None  # "this jhs 2 paper": a school-only word is a school year after an article
        if after or blocked:
            continue
        yield m.start(), m.end(), 0.8
    for m in stage_re.finditer(folded):
        group = "stage" if m.group("stage") else "cstage" if m.group("cstage") else "astage"
        yield m.start(group), m.end(group), 0.7
    m = _stage_first().match(folded)  # "1st year in colaiste eanna", "2nd year has way more homework"
    if m:
        group = "stage" if m.group("stage") else "year"
        yield m.start(group), m.end(group), 0.7
    for m in _FOR_MY_NTH.finditer(folded) if any(w in folded for w in ("my ", "his ", "her ", "me ", "ma ")) else ():
        yield m.start("n"), m.end("n"), 0.75
    yield from hashtag_ages(folded)
    for m in _OTHER_YEARS.finditer(folded):
        group = "s" if m.group("s") else "o"
        yield m.start(group), m.end(group), 0.75
    m = _S_OPENING.match(folded)
    if m:
        yield m.start("y"), m.end("y"), 0.75
    for m in _QUEBEC_YEARS.finditer(folded):
        yield m.start(), m.end(), 0.75
    m = _IN_GRADE_HINDI.match(folded)  # "8th me science tough hai"
    if m:
        yield m.start("y"), m.end("y"), 0.75
    for m in shout_re.finditer(folded):
        value = int(m.group("n"))
        if 1 <= value <= 19 and _SHOUT_END.match(folded, m.end()):
            yield m.start("n"), m.end("n"), 0.8
    yield from _wished(folded)
    if "yr" in folded or "years" in folded:
        yield from _bio_years(folded)  # a bio's "💚 11 yrs 🐴"
    if "day" in folded:
        yield from _thanked(folded)
    yield from named_ages(folded, everyday=False)
    if "m " in folded or "name" in folded:
        yield from intro_ages(folded)
    for pattern in _BIRTHDAY:
        for m in pattern.finditer(folded):
            n = m.group("n")
            value = int(n.rstrip("stndrh")) if n[0].isdigit() else WORD_VALUE[n]
            before = folded[max(0, m.start() - 16) : m.start()]
            if not (5 if n[0].isdigit() and not n[-1].isalpha() else 1) <= value <= 19 or _NOT_SOMEONE.search(before):
                continue
            prev = _LAST_WORD.search(before)
            if prev and prev.group() in wl.entries("famous"):
                continue  # "minecraft turns 15 today": a game's, a show's, a brand's age
            yield m.start("n"), m.end("n"), 0.75
    m = _NAME_TODAY.match(folded)
    if m and m.group("n").isdigit() and 5 <= int(m.group("n")) <= 19:
        name = m.group("name")
        counted = name in _COUNTED or _NOT_SOMEONE.search(name + " ") is not None  # "uv 9 today", "lvl 12 today"
        if (
            (given_name(name, lexicon()) or not common(name, lexicon()))
            and name not in wl.entries("famous")
            and not counted
        ):
            yield m.start("n"), m.end("n"), 0.75
    if _RARE_GATE.search(folded):  # most posts have none of the rarer forms' words
        yield from _rare_ages(folded)


#: One cheap search for the words every rarer form needs (the gates of :func:`_rare_ages`' parts).
_RARE_GATE = re.compile(
    r"into|starting|entering| me[ia]|mai|ek |sy |hy |ons |\(|,\s{0,2}\d|class|std|standard| ans|a[ñn]o|cumpl|taon|tahun|thn|board"
)


def _rare_ages(folded: str) -> Iterator[Span]:
    """The forms behind :data:`_RARE_GATE`: other years, Afrikaans, brackets and bios, Roman
    numerals, ages in other languages."""
    for pattern, gates in _MORE_YEARS:
        if any(gate in folded for gate in gates):
            for m in pattern.finditer(folded):
                yield m.start("y"), m.end("y"), 0.75
    yield from afrikaans_ages(folded)
    yield from listed_ages(folded)
    yield from roman_years(folded)
    for m in _OTHER_LANGUAGES.finditer(folded) if any(w in folded for w in _LANGUAGE_GATES) else ():
        group = next(g for g in ("fr", "es", "es2", "tl", "ms") if m.group(g))
        if 1 <= int(m.group(group)) <= 19:
            yield m.start(group), m.end(group), 0.8


#: Number words a child writes an age with ("twelve and still no phone"): one to nineteen.
_WORD_VALUES = (*UNIT_WORDS, *TEEN_WORDS)
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + ")"
_TODAY = r"(?:toda+y+|2da+y+|vandag|aaj)(?![\w'’])"  # stretched out in a shout too ("todayyy")
#: How soon the new age comes, after a number opening the post: "13 in 3 days!!", "10 in 2 weeks", "12 tmrw!!!", "9 next
#: week, ..." (at the end or before "!", an emoji, a comma after "next week": "12 tmrw at the park" is a time).
_SOON = (
    r"(?:in\s{1,3}(?:\d{1,2}|a|one|two|three|four|five|six|seven)\s{1,3}(?:days?|weeks?|sleeps?)"
    r"|tmrw|tmr|tomorrow|2moro|2morrow|next\s{1,3}(?:week|month))(?=\s{0,3}(?:$|!|[^\x00-\x7f])|(?<=week|onth),)"
)
#: A name opening the post before its new age ("fiadh 9 today 🦄", "bday girl aoife 10 today"): the
#: name is a given name or a word no list knows (not "level 12 today", "got 10 today").
_NAME_TODAY = re.compile(
    rf"^\W{{0,6}}(?:(?:bday|birthday|b['’]day)\s{{1,3}}(?:girl|boy|queen|king)\s{{1,3}})?(?P<name>[a-z]{{2,14}})\s{{1,3}}{_N}"
    rf"\s{{1,3}}{_TODAY}"
)
#: Short words of what is counted, which no list may know, before "N today": "lvl 12 today", "streak 15 today".
_COUNTED = words("lvl lv lvls level rank ep eps episode ch chapter day wk week streak pts xp hp gpa wpm bpm rep reps")
#: Birthday and age shouts around a bare number: "11 today!!", "twelve and still no phone" (at the
#: start of the post), "rawiri is 10 today", "12 looks good on u", "happy 12th mia" (not "happy 4th
#: of july": a date), "13 saal ka ho gaya" (Hindi: "has turned 13 years"; not "5 saal ka bachcha
#: lagta hoon", "I feel like a 5 year old"). The number is the span.
_BIRTHDAY = tuple(
    re.compile(p)
    for p in (
        rf"^\W{{0,6}}{OPENER}{_N}\s{{1,3}}(?:{_TODAY}|and\s{{1,3}}(?:{AND_STILL})\b|{_SOON})",
        rf"(?<![\w'’])(?:is|turns|turned)\s{{1,3}}{_N}\s{{1,3}}{_TODAY}",
        rf"(?<![\w'’]){_N}\s{{1,3}}looks\s{{1,3}}(?:good|great|cute)\s{{1,3}}on\s{{1,3}}(?:u|you|ya|her|him)(?![\w'’])",
        r"(?<![\w'’])happy\s{1,3}(?P<n>\d{1,2}(?:st|nd|rd|th))(?![\w'’])(?!\s{0,3}(?:anniversary|anniv|year|week|month|day|of(?![\w'’])))",
        rf"(?<![\w'’]){_N}\s{{1,3}}saal\s{{1,3}}k[aie]\s{{1,3}}(?:ho\s{{1,3}}gay[aie]|hoon|hun|hu|hai)(?![\w'’])",
        # Hindi "going to be N": "<N> ki hone wali hai", "<N> ka hone wala hoon"
        rf"(?<![\w'’]){_N}\s{{1,3}}k[aie]\s{{1,3}}hone\s{{1,3}}wal[aie](?![\w'’])",
        # Hindi "my age is 12 years": "meri umar 12 saal hai", "umr 11 sal"
        rf"(?<![\w'’])(?:umar|umr|umra|umer)\s{{1,3}}(?:hai\s{{1,3}})?{_N}\s{{1,3}}(?:saal|sal|years?|yrs?)(?![\w'’])",
    )
)
#: An age said in French (Quebec), Spanish, Tagalog, Malay/Indonesian: "j'ai 12 ans", "elle a 9 ans aujourd'hui",
#: "tengo 11 años", "12 taong gulang", "umur saya 12 tahun" (not "j'ai 3 ans d'expérience", "tengo 5 años jugando").
_OTHER_LANGUAGES = re.compile(
    r"(?<![\w'’])(?:(?:j['’]?ai|il\s{1,3}a|elle\s{1,3}a)\s{1,3}(?P<fr>\d{1,2})\s{1,3}ans(?!\s{1,3}(?:de(?![\w'’])|d['’]))"
    r"|(?:tengo|tiene|tienes|cumplo|cumple|cumpl[ií])\s{1,3}(?P<es>\d{1,2})\s{1,3}a[ñn]os?"
    r"(?!\s{1,3}(?:de|jugando|haciendo|en)(?![\w'’]))"
    # "turns N" without "años" before the day it falls on ("cumple 9 el sábado", "cumplo 10 mañana")
    r"|(?:cumplo|cumple|cumples|cumpl[ií]|cumplir[áa])\s{1,3}(?P<es2>\d{1,2})(?=\s{1,3}(?:el|este|hoy|ma[ñn]ana|pronto)(?![\w'’]))"
    r"|(?P<tl>\d{1,2})\s{1,3}(?:taong\s{1,3}gulang|taon\s{1,3}na)"
    r"|(?:umur|usia)\s{1,3}(?:saya\s{1,3}|aku\s{1,3}|ku\s{1,3})?(?P<ms>\d{1,2})\s{1,3}(?:tahun|thn))(?![\w'’])"
)
_LANGUAGE_GATES = (" ans", "año", "ano", "cumpl", "taon", "tahun", "thn")
#: An age in brackets after who it is ("me (12) and my bro (9)", "ava (11)"), and a bio line's "name, age, place"
#: ("ava, 12, leeds", "im seán, 11, from tuam": accents too; a profile's "about me ava, 9 yrs."): the number is the span.
_BRACKET_AGE = re.compile(r"\((?P<n>\d{1,2})\)")
_WHO_BEFORE = re.compile(r"(?<![\w'’@#])[a-z]{1,14}(?=\s{0,2}$)")
_COMMA_DIGIT = re.compile(r",\s{0,2}\d")
_COMMA_BIO = re.compile(
    r"(?:^|\n|(?<![\w'’])(?:i'?m|i\s{1,3}am|its|it's|this\s{1,3}is|about\s{1,3}me\s{0,2}[:\-~|]?)\s{1,3})\W{0,3}"
    r"(?P<who>[^\W\d_]{2,14})\s{0,2},\s{0,2}(?P<n>\d{1,2})"
    # the years' unit and the field's full stop ("about me: ava, 9 yrs. kelso school")
    r"(?:\s{0,2}(?:yrs?|years?)\.?(?!\w))?\s{0,2}(?=,|\||$|\n|\.(?!\d)|[^\x00-\x7f])"
)
#: Who an age in brackets may be said of, besides a given name.
_WHO = words("me i myself sister brother sis bro cousin cuz bestie bff twin son daughter niece nephew baby")


#: "11 yrs" set off by a bio's decoration on both sides ("girl 💚 11 yrs 🐴", "| 12 years |"): the
#: child's age as a bio shows it; in a sentence ("been dancing 11 yrs") it is a time spent.
_BIO_YEARS = re.compile(r"(?<![\w'’.,:/-])(?P<n>\d{1,2})\s{0,2}(?:yrs|years|yr)(?![\w'’])")
_BIO_DECOR = frozenset("|•·~*/\\")


def _decor(char: str) -> bool:
    """A symbol or emoji that decorates a bio's line ("💚", "|", "•"), not a word or prose's punctuation."""
    return char in _BIO_DECOR or unicodedata.category(char) in ("So", "Sm", "Sk", "Cs")


#: A post that counts years of something ("💕 10 yrs 💕 best friends", "5 yrs together"): no age.
_YEARS_OF = re.compile(r"friend|bff|bestie|anniversary|together|married|dating|(?<![\w'’])(?:ago|since|of)(?![\w'’])")


def _bio_years(folded: str) -> Iterator[Span]:
    """Ages of :data:`_BIO_YEARS`: a number from 5 to 19 with decoration or a line's end on both sides."""
    if _YEARS_OF.search(folded):
        return
    for m in _BIO_YEARS.finditer(folded):
        if not 5 <= int(m.group("n")) <= 19:
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        left = folded[line_start : m.start()].rstrip()
        right = folded[m.end() : m.end() + 8].split("\n", 1)[0].lstrip()
        if left and _decor(left[-1]) and (not right or _decor(right[0])):
            yield m.start("n"), m.end(), 0.7


def listed_ages(folded: str) -> Iterator[Span]:
    """Ages in brackets after a person and in a bio's "name, age, place" (:data:`_BRACKET_AGE`)."""
    if "(" in folded:
        found = list(_BRACKET_AGE.finditer(folded))
        for m in found:
            who = _WHO_BEFORE.search(folded, max(0, m.start() - 16), m.start())
            if who is None or not 1 <= int(m.group("n")) <= 19:
                continue
            # names only in a short list: "artists: x (13), y (10), z (9)" are counts
            named = len(found) <= 2 and given_name(who.group(), lexicon())  # not "page (3)"
            if who.group() in _WHO or named:
                yield m.start("n"), m.end("n"), 0.7
    if "," in folded and _COMMA_DIGIT.search(folded):
        for m in _COMMA_BIO.finditer(folded):
            if 5 <= int(m.group("n")) <= 19 and given_name(m.group("who"), lexicon(), everyday=True):
                yield m.start("n"), m.end("n"), 0.65


#: A school year in Roman numerals, as India writes it: "class vii", "std viii", "in standard ix" (not
#: "class iv laser": a school word after it or "in"/"my" before it; "class x" only before its exams).
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
_ROMAN_YEAR = re.compile(
    r"(?<![\w'’])(?:class|std\.?|standard)\s{0,2}(?P<r>viii|vii|iii|xii|ix|iv|vi|xi|ii|x|v)(?![\w'’])"
)
_ROMAN_BEFORE = re.compile(r"(?<![\w'’])(?:in|my|our|of|from)\s{1,3}$")
_ROMAN_AFTER = re.compile(
    r"\s{1,3}(?:student|students|exams?|boards?|syllabus|maths|science|results?|topper|section|textbook|books?|kids"
    r"|girls|boys)(?![\w'’])"
)


def roman_years(folded: str) -> Iterator[Span]:
    """School years in Roman numerals (:data:`_ROMAN_YEAR`)."""
    if "class" not in folded and "std" not in folded and "standard" not in folded:
        return
    for m in _ROMAN_YEAR.finditer(folded):
        single = len(m.group("r")) == 1  # "class x", "class v": also a variable, a type
        before = not single and _ROMAN_BEFORE.search(folded, max(0, m.start() - 8), m.start())
        if before or _ROMAN_AFTER.match(folded, m.end()):
            yield m.start(), m.end(), 0.75


#: A friend's or sibling's age after their name: "mia is 12 we r besties", "and tui is 9!!", "my bestie
#: akosua turns 12 next week" (the name must be a given name of the lists, or for "turns" a word no
#: list knows; what follows, as after any bare age). A teen age may be spelled: "cian is thirteen".
_TEENS = "|".join(sorted(TEEN_WORDS, key=len, reverse=True))
_NAME_IS = re.compile(
    rf"(?<![\w'’@#])(?P<name>[a-z]{{2,14}})\s{{1,3}}(?P<verb>is|turns|turned)\s{{1,3}}(?P<n>\d{{1,2}}|{_TEENS}|five|six|seven|eight|nine)"
    r"(?=\s{0,3}(?:$|[!.,?)]|[^\x00-\x7f]|(?:and|n|&|but|we|she|he|they|lol|too|now|btw|already|yrs?|years?|na|today"
    r"|tomorrow|tmrw|next|this|on)(?![\w'’])))"
)
#: Who else a sibling's or friend's age is said of: "my cousin turns 12 next week".
_KIN = words(
    "sister brother sis bro cousin cuz bestie bff friend twin son daughter niece nephew"
    " didi bhaiya bhaiyya bhai behen ate kuya akka thambi"  # "vikram bhaiya is 15", "ate joy turns 12"
)


def named_ages(folded: str, *, everyday: bool) -> Iterator[Span]:
    """Ages said of someone by name: "mia is 12", "akosua turns 12 next week".

    ``everyday``: a name that is also an everyday word ("mia", "ruby") counts too; the caller says
    so when the post already tells another age ("im 11 and mia is 12": a list of ages).
    """
    for m in _NAME_IS.finditer(folded):
        name, value = m.group("name"), WORD_VALUE.get(m.group("n")) or int(m.group("n"))
        if not 3 <= value <= 19 or name in _NOT_NAME:
            continue
        if _PET_BEFORE.search(folded, max(0, m.start() - 16), m.start()):
            continue  # "my dog rex is 7": a pet's name
        named = given_name(name, lexicon(), everyday=everyday) or name in _KIN
        if not named and m.group("verb") != "is":
            # "ayanda turns 12": a rare word before "turns" is a name (not "roblox turns 19": famous)
            named = not common(name, lexicon()) and name not in wl.entries("famous")
        if named:
            yield m.start("n"), m.end("n"), 0.7


#: A pet's word right before the name ("my dog rex is 7", "our kitten, luna, turned 3"): the pet's age.
_PET_BEFORE = re.compile(
    r"(?<![\w'’])(?:dogs?|doggo|pupp?y|pup|cats?|kitten|kitty|hamster|rabbit|bunny|guinea\s{1,2}pig|parrot|budgie"
    r"|horse|pony|tortoise|turtle|goldfish|fish|gecko|lizard|snake)[\s,]{1,3}$"
)


#: A self-introduction with the age right after the name: "hi im zara 11 from leeds", "my name is
#: tomas 13 and ..." (the name must be a given name of the lists; then a place, a list or the end).
_INTRO = re.compile(
    r"(?<![\w'’])(?:i'?m|i’m|i\s{1,3}am|my\s{1,3}name\s{1,3}is|name'?s)\s{1,3}(?P<name>[^\W\d_]{2,14})[\s,]{1,3}(?P<n>\d{1,2})"
    r"(?=\s{0,3}(?:$|[!.,?)|]|[^\x00-\x7f]|(?:from|frm|and|n|&|yrs?|years?|lol|living|in)(?![\w'’])))"
)


def intro_ages(folded: str) -> Iterator[Span]:
    """The age in a self-introduction after the child's given name (:data:`_INTRO`), five to nineteen."""
    for m in _INTRO.finditer(folded):
        if 5 <= int(m.group("n")) <= 19 and given_name(m.group("name"), lexicon(), everyday=True):
            yield m.start("n"), m.end("n"), 0.75


#: Words before "is N" that are no one even where names are everyday words ("it", "she": the age cues').
_NOT_NAME = words("it its this that what which who there here score level price page size time temp")

#: A birthday wish ("happy birthday", "hbd", "#TayasBday"), then a bare number later in the post: the new age in
#: whatever words surround it ("umetimia 11 sasa", "you don reach 14 oo", "#12"). A post about one's own or a kin's
#: birthday today, or thanks for the wishes, counts as a wish: the number after it is the new age ("birthday today o 🎂
#: she don reach 11", "thanks for the birthday wishes 🥹 13 finally").
_WISH = re.compile(
    r"(?<![\w'’])(?:happy\s{1,3}(?:birthday|bday|b'?day|b-day)|hbd|#[a-z]{0,20}bday"
    r"|(?:birthday|bday|b'?day|b-day)\s{1,3}(?:wishes|today|2day)"
    # the wish in other languages: Spanish, Portuguese, French, Polish ("sto lat", "urodziny"),
    # Malay/Indonesian, Afrikaans, Hindi/Urdu, Swahili, Tagalog, German, Italian
    r"|feliz\s{1,3}(?:cumple(?:a[ñn]os)?|aniversario|anivers[áa]rio)|parab[ée]ns|(?:joyeux|bon)\s{1,3}anniversaire"
    r"|sto\s{1,3}lat|urodziny|wszystkiego\s{1,3}najlepszego|selamat\s{1,3}(?:ulang\s{1,3}tahun|hari\s{1,3}jadi)|baie\s{1,3}geluk"
    r"|(?:janam\s{0,2}din|saa?lgirah)\s{1,3}mubarak|heri\s{1,3}ya\s{1,3}kuzaliwa|maligayang\s{1,3}kaarawan"
    r"|alles\s{1,3}gute|buon\s{1,3}compleanno)(?![\w'’])"
)
_WISHED_N = re.compile(r"(?<![\w'’:.,$£€¥₹₩₦₱₽₵/@+-])#?(?P<n>\d{1,2})(?![\w'’:/%+-]|[.,]\d)")
#: What a time, a count or an amount has before it ("party at 5", "my 5 besties", "starts 6").
_NOT_AGE_BEFORE = re.compile(
    r"(?:at|@|by|till|until|from|to|before|after|around|about|starts?|my|the|x|of|over|under)\s{1,3}$"
)
#: The word right after the number, "at last" as one ("13 at last"; not "at last count"), Tongan "ta'u" whole.
_WORD_AFTER = re.compile(rf"\s{{0,3}}({AT_LAST}|[^\W\d_]{{1,20}}(?:['’][^\W\d_]{{1,8}})?)")
#: Words that may follow the age ("12 today", "13 already", Pidgin "14 oo"), besides the chat
#: filler of the lexicon (Tagalog "na", Hindi "ka"); any other English word makes it a count.
_AGE_NEXT = words(
    "today 2day now already finally again years yrs yo and n still lol omg yay tomorrow tmrw bro sis oo o"
    " ho"  # Hindi "ho gayi" (has become): "15 ho gayi finally"
    # "years" in other languages: Polish, Afrikaans, French, Spanish, Portuguese, Hindi, Malay, Tagalog, Tongan
    " lat jaar ans años anos añitos anitos saal sal tahun taon ta'u"
)
#: Words right before the number that make it the new age whatever follows: "ur finally 11 love u".
_SHOUT_BEFORE = re.compile(r"(?<![\w'’])(?:finally|officially|now|turned|turning|turns|ur|you're|youre)\s{1,3}$")


def _wished(folded: str) -> Iterator[Span]:
    """The new age after a birthday wish: a number from 5 to 19, no time, count or amount."""
    wish = _WISH.search(folded)
    if wish is None:
        return
    for m in _WISHED_N.finditer(folded, wish.end(), min(len(folded), wish.end() + 80)):
        if not 5 <= int(m.group("n")) <= 19 or _NOT_AGE_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            continue
        after = _WORD_AFTER.match(folded[m.end() : m.end() + 24])
        shout = _SHOUT_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        if after and not shout and common(after.group(1), lexicon()) and not _may_follow_age(after.group(1)):
            continue  # "10 degrees", "5 besties"
        yield m.start("n"), m.end("n"), 0.7
        return


#: Thanks for the birthday wishes, then the new age alone ("thanks for all the bday msgs 🤍 10 now").
_THANKS = re.compile(r"(?<![\w'’])(?:thanks|thank\s{1,3}(?:you|u)|thx|ty|tysm|chur|cheers)(?![\w'’])")
_BIRTHDAYS = re.compile(r"(?<![\w'’])(?:birthday|bday|b'?day|b-day)s?(?![\w'’])")
#: A number standing alone at the end of its phrase, maybe with "now" or "today" after it.
_ALONE_N = re.compile(
    r"(?<![\w'’:.,$£€¥₹₩₦₱₽₵/@#+-])(?P<n>\d{1,2})(?=\s{0,3}(?:(?:now|today|2day)\s{0,3})?(?:$|[!.~]|[^\x00-\x7f]))"
)


#: What a price, a score or a count has before it ("it cost 15", "we scored 12").
_AMOUNT_BEFORE = re.compile(r"(?:cost|costs|paid|only|just|was|scored|got|like|for)\s{1,3}$")


def _thanked(folded: str) -> Iterator[Span]:
    """The new age after thanks for birthday wishes: a number from 5 to 19 alone at the end of its
    phrase ("thank u for the birthday wishes!! 11 ✨"), no time, count or amount."""
    if _THANKS.search(folded) is None or _BIRTHDAYS.search(folded) is None:
        return
    for m in _ALONE_N.finditer(folded):
        before = folded[max(0, m.start() - 12) : m.start()]
        if 5 <= int(m.group("n")) <= 19 and not _NOT_AGE_BEFORE.search(before) and not _AMOUNT_BEFORE.search(before):
            yield m.start("n"), m.end("n"), 0.7
            return


def _may_follow_age(word: str) -> bool:
    """An everyday word that may still follow an age (:data:`_AGE_NEXT`, chat filler)."""
    return word in _AGE_NEXT or word in wl.entries("filler_words")


_LAST_WORD = re.compile(r"[a-z]+(?=\s{1,3}$)")
#: What is no one right before "is N today" ("it is 12 today", "the temp is 15 today").
_NOT_SOMEONE = re.compile(r"(?:it|temp|temperature|weather|score|price|it's|its|high|low|uv|wind)\s{1,3}$")
#: School-year words that name nothing else: "jss3 exams" is still a school year ("class 3 exam" no).
_SCHOOL_ONLY = frozenset(
    {"std", "standard", "jss", "sss", "js", "jhs", "shs", "rang", "graad", "darjah", "tingkatan", "kelas"}
)
#: School-year words written glued to their number ("std4", "jss2", "sss1").
_GLUED = frozenset({"std", "jss", "sss", "js", "ss", "jhs", "shs", "ks"})


#: Scottish secondary years and a bare ordinal after "(i'm) in" ("im in S2", "hes in 8th"; not "in 6th
#: place", nor a scout group "in 2nd kelso scouts"), and an ordinal before "std"/"standard"/"class" ("10th std", "5th class"; not "1st class stamp").
#: A French ordinal: "1re", "1er", "2e", "3ème", "5ième".
_FR_ORDINAL = r"(?:1(?:re|er|[eè]re)|{n}(?:e|[eè]me|i[eè]me))"
#: Quebec's school years: "4e année" of primary (1-6), "3e secondaire", "2e sec", "secondaire 2" (1-5); not a year of
#: something else ("2e année de suite", "3e année consécutive"), nor a number running on ("secondaire 2 000 vues").
_QUEBEC_YEARS = re.compile(
    rf"(?<![\w'’])(?:{_FR_ORDINAL.format(n='[2-6]')}\s{{1,2}}ann[eé]e(?!\s{{1,3}}(?:de\s{{1,3}}suite|cons[eé]cutive|d'affil[eé]e))"
    rf"|{_FR_ORDINAL.format(n='[2-5]')}\s{{1,2}}(?:secondaire|sec)"
    r"|secondaire\s{1,2}[1-5](?!\s?\d))(?![\w'’])"
)
_OTHER_YEARS = re.compile(
    r"(?:^|(?<![\w'’])(?:i'?m|i\s{1,3}am|we'?re|we\s{1,3}are|(?:he|she)'?s|is|are|now|starting|anyone|anybody|who|whos|who's)\s{1,3})"
    r"in\s{1,3}(?P<s>s[1-6]|(?:1[0-2]|[1-9])(?:st|nd|rd|th))(?![\w'’])"
    r"(?!\s{0,3}(?:place|position|row|period|lane|round|gear|spot|floor|inning|innings|minute|min|lap|line|queue|seat))"
    # a numbered scout or guide group, not a year ("im in 2nd glenhaven scouts", "in 1st ardee girl guides")
    r"(?!\s{1,3}(?:[a-z'’-]{2,20}\s{1,3}){1,3}(?:scouts?|guides|brownies|cubs|beavers|rainbows|venturers|explorers|brigade)\b)"
    r"|(?<![\w'’])(?P<o>(?:1[0-2]|[1-9])(?:st|nd|rd|th)\s{0,2}(?:std|standard|class)\.?)(?![\w'’])"
    r"(?!\s{0,3}(?:stamps?|tickets?|honou?rs|degree|seats?|post|mail|citizens?|flights?|service|cabin|carriage))"
)
#: A Scottish or Ugandan secondary year opening the post, before what it does: "S1 at ... starts", "S2 holiday work".
_S_OPENING = re.compile(
    r"\W{0,3}(?P<y>s[1-6])\s{1,3}(?=(?:at|start(?:s|ing)?|exams?|prelims|camp|trips?|disco|holiday\s{1,3}(?:home)?work)(?![\w'’]))"
)
#: A bare ordinal the child moves into, ending the clause: "going into 6th!!", "starting 7th in sept".
_INTO_YEAR = re.compile(
    r"(?<![\w'’])(?:going\s{1,3}into|moving\s{1,3}(?:up\s{1,3})?(?:in)?to|starting|entering)\s{1,3}"
    r"(?P<y>(?:1[0-2]|[1-9])(?:st|nd|rd|th))"
    r"(?=\s{0,3}(?:$|[!.?,)]|[^\x00-\x7f]|(?:next|this|in|after|tomorrow|tmrw|soon|and)(?![\w'’])))"
)
#: Hinglish "in 8th": "8th mein maths itna tough", "5th mai hu".
_HINGLISH_YEAR = re.compile(r"(?<![\w'’])(?P<y>(?:1[0-2]|[1-9])(?:st|nd|rd|th))\s{1,3}(?=(?:mein|mai|mei)(?![\w'’]))")
#: India's board-exam years: "10th boards next year", "12th board exams" (the year the child is in).
_BOARDS_YEAR = re.compile(
    r"(?<![\w'’])(?P<y>10th|12th|tenth|twelfth)\s{1,3}(?=(?:boards|board\s{1,3}exams?)(?![\w'’]))"
)
#: Each of the three above, and substrings one of which a post has when it can match (cheap gates).
_MORE_YEARS = (
    (_INTO_YEAR, ("into", "starting", "entering")),
    (_HINGLISH_YEAR, (" mein", " mai", " mei")),
    (_BOARDS_YEAR, ("board",)),
)
#: A school year as a hashtag: "#yr4", "#year6", "#gr5", "#class9", "#p5" (not "#y3": a campaign, a code).
_HASHTAG_YEAR = re.compile(
    r"(?<![\w#])#(?P<tag>(?:yr|year|gr|grade|class|std|p|(?P<y>y))(?P<n>\d{1,2})|(?P<n2>\d{1,2})(?:st|nd|rd|th)grader?)"
    r"(?![\w])"
)
#: Words of school that make "#y6" a school year ("y6 sats are done #y6"; alone "#y3" is a campaign, a code).
_SCHOOL_WORDS = ("school", "primary", "sats", "class", "teacher", "year", "yr")
#: An age as a hashtag: "#9yearsold", "#rubyis10", "#mayaturns12" (the span is the number).
_HASHTAG_AGE = re.compile(
    r"(?<![\w#])#(?:(?P<n>\d{1,2})(?:yearsold|yearold|yrsold|yrs|yo)|[a-z]{0,20}?(?:is|turns|turned|turning)(?P<n2>\d{1,2}))"
    r"(?![\w])"
)


def hashtag_ages(folded: str) -> Iterator[Span]:
    """School years and ages written as a hashtag: "#year6", "#5thgrade" (the tag without its "#"),
    "#9yearsold", "#mayaturns12" (the number)."""
    if "#" not in folded:
        return
    for m in _HASHTAG_YEAR.finditer(folded):
        if m.group("y") and not any(word in folded for word in _SCHOOL_WORDS):
            continue
        if 1 <= int(m.group("n") or m.group("n2")) <= 13:
            yield m.start("tag"), m.end("tag"), 0.7
    for m in _HASHTAG_AGE.finditer(folded):
        group = "n" if m.group("n") else "n2"
        if 1 <= int(m.group(group)) <= 19:
            yield m.start(group), m.end(group), 0.7


def idioms(folded: str) -> list[tuple[int, int]]:
    """Spans of sayings with a number that tell no age ("i feel like a 5 year old")."""
    return [m.span() for m in _patterns()[3].finditer(folded)]
