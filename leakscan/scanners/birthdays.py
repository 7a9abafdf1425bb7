"""DATE_OF_BIRTH for the AGE scanner (:mod:`leakscan.scanners.age`): a birthday cue
("birthday", "bday", "born", "DOB", "b.") and a date next to it, after it ("my birthday is
march 3rd") or before it ("march 3rd is my birthday"); full dates, holidays of the lexicon
("born on waitangi day"), and partial ones (a month, a year, a day) when the cue is about someone
in particular; a full date an age is turned on ("turning 11 on the 4th of may", "turning 9 tmrw 2nd
march"); a bio's birth date set off by decoration ("♡ 04.11.12 ♡", :func:`bio_dates`). All on the
folded text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from functools import cache

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import lexicon
from .age_numbers import APOS, ORD_VALUE, WORD, WORD_VALUE, clause_before
from .ner_words import common, given_name

_MONTH = (
    r"(?:january|jan|february|febuary|feburary|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
    r"|september|sept|sep|october|oct|november|nov|december|dec)(?![a-z])\.?"
)
_DAY_ORD_WORDS = sorted(
    [w for w in ORD_VALUE if ORD_VALUE[w] <= 31],
    key=len,
    reverse=True,
)
_DAY = (
    r"(?:(?<![\w.,/:$£€#+-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])|(?<![a-z-])(?:"
    + "|".join(re.escape(w) for w in _DAY_ORD_WORDS)
    + r")(?![a-z]))"
)
_DAY_ORD = (
    r"(?:(?<![\w.,/:$£€#+-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w])|(?<![a-z-])(?:"
    + "|".join(re.escape(w) for w in _DAY_ORD_WORDS)
    + r")(?![a-z]))"
)
#: Public patterns of a month's name and of a day of the month, for other readers of dates.
MONTH, DAY = _MONTH, _DAY
#: Months of the other languages children in the eight regions write a birth date in (Afrikaans,
#: Spanish, French, Malay/Indonesian), read only next to a birthday cue. Not French "mai": in
#: Hinglish "mai"/"mei" is "in" ("8th mai"), so "mei" needs a year after it ("3 mei 2012").
_MONTH_WORLD = (
    r"(?:januarie|februarie|maart|junie|julie|augustus|oktober|desember|januari|februari|maret|agustus"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|janvier|f[eé]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre"
    r"|julai|ogos|disember"  # Malay months unlike the English ones ("birthday 5 ogos")
    # Dutch, German and Indonesian months unlike the ones above ("verjaardag 3 juni")
    r"|juni|juli|januar|februar|m[aä]rz|dezember"
    # Italian and Portuguese ("buon compleanno 4 maggio", "feliz aniversário 9 de março")
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|dezembro"
    # Polish months as a date writes them ("8 marca", "12 października")
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia"
    # Turkish ("doğum günüm 5 nisan")
    r"|ocak|[sş]ubat|nisan|may[iı]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|ekim|kas[iı]m|aral[iı]k"
    r"|mei(?=,?\s{1,2}(?:19|20)\d\d))(?![a-z])"
)
_ANY_MONTH = rf"(?:{_MONTH}|{_MONTH_WORLD})"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_YEAR_OPT = rf"(?:(?:,?\s{{0,2}}|[/-])(?:{_YEAR}|{APOS}\d\d(?!\d)))?"

#: A month and a day in Chinese, Japanese or Korean figures; what follows is not checked (no spaces
#: between words there).
_CJK_DATE = r"(?<!\d)(?:(?:19|20)\d\d\s?[年년]\s?)?(?:1[0-2]|0?[1-9])\s?[月월]\s?(?:[12]\d|3[01]|0?[1-9])\s?[日일](?=\W|\d|\Z|[^\x00-\x7f])"

#: Full dates (day and month, maybe a year), in the order tried; then holidays (:data:`_FULL_DATE`).
_DAY_MONTH = (
    # ISO 2013-02-14
    rf"(?<![\d/.-]){_YEAR}(?P<isep>[/.-])\d{{1,2}}(?P=isep)\d{{1,2}}(?![\d])"
    # 14/02/2013, 02-14-13, 14.02
    r"|(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<c>(?:19|20)\d\d|\d\d))?(?![\d/]|[.-]\d)"
    # march 3rd, mar. 3, march the 3rd, march 3rd 2013
    rf"|{_MONTH}\s{{0,2}}(?:the\s{{1,3}})?{_DAY}{_YEAR_OPT}"
    # 3rd march, 3 march 2013, 12th of june, 3 de mayo, 3 Mei 2012, 14-feb-2013, 14.feb.13
    rf"|{_DAY}(?:\s{{0,2}}(?:(?:of|de)\s{{1,3}})?|[./-]){_ANY_MONTH}{_YEAR_OPT}"
    # Chinese and Japanese 5月3日, Korean 5월 3일 (a year first: 2013年5月3日)
    rf"|{_CJK_DATE}"
)
_FULL_DATE = (
    _DAY_MONTH
    # holidays
    + r"|(?:christmas|xmas)(?:\s{1,3}(?:day|eve))?|new\s{1,3}year(?:['’]?s)?\s{1,3}(?:day|eve)"
    rf"|valentine{APOS}?s\s{{1,3}}day|valentines|halloween|(?:4th|fourth)\s{{1,3}}of\s{{1,3}}july"
    rf"|st\.?\s{{1,3}}patrick{APOS}?s\s{{1,3}}day|boxing\s{{1,3}}day|leap\s{{1,3}}day"
    rf"|april\s{{1,3}}fool{APOS}?s(?:\s{{1,3}}day)?"
)
_FULL_DATE_RE = re.compile(rf"(?:{_FULL_DATE})(?![\w])")
_DAY_MONTH_RE = re.compile(rf"(?:{_DAY_MONTH})(?![\w])")
_MONTH_YEAR_RE = re.compile(rf"{_MONTH}(?:,?\s{{0,2}}(?P<y>{_YEAR}|{APOS}\d\d(?!\d)))")
#: A month and year in digits after a cue: "born 03/2013", "dob 3.2014".
_NUM_MONTH_YEAR_RE = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d(?![\d/]|[.-]\d)")
_MONTH_ONLY_RE = re.compile(rf"{_MONTH}(?![\w])")
#: A date with a year: four digits, an apostrophe year ('13) or a three-part numeric date.
_HAS_YEAR = re.compile(r"(?:19|20)\d\d|['’ʼ`]\d\d\b|\d([/.-])\d{1,2}\1\d")
#: "I'm a 2013 baby", "a 2014 kid": the birth year (a gate word, "baby"/"kid", is checked first).
#: A birth year as children also write it: "2013", "2k13".
_KID_YEAR = r"(?:(?:19|20)\d\d|2k\d\d)(?!\d)"
_YEAR_BABY = re.compile(rf"(?<![\w'’])an?\s{{1,3}}(?P<y>{_KID_YEAR})\s{{0,2}}(?:baby|bby|kid|born)(?![a-z])")
_YEAR_ONLY_RE = re.compile(rf"(?<![\w.,/:-]){_KID_YEAR}(?![\w/]|[.-]\d)")
_DAY_ONLY_RE = re.compile(rf"(?P<d>{_DAY_ORD})(?!\s{{0,3}}(?:of\s{{1,3}})?(?:grade|form|class))")

_BDAY = (
    rf"(?:birthday|birthdays|birfday|bday|b-day|b{APOS}day|b\s{{1,2}}day|bdae|birth\s{{0,2}}day|birthdate|birth\s{{1,3}}date"
    r"|date\s{1,3}of\s{1,3}birth|d\.?o\.?b\.?"
    # the word "birthday" in Hindi/Urdu, Afrikaans, Spanish, French, Tagalog, Malay
    r"|janam\s{0,2}din|janmdin|saa?lgirah|verjaarsdag|cumplea[ñn]os|cumple|anniversaire|kaarawan|hari\s{1,3}jadi"
    # ... in Dutch, German, Italian, Portuguese, Polish, Indonesian, Turkish, Vietnamese
    r"|verjaardag|geburtstag|compleanno|anivers[aá]rio|urodziny|urodzin|ulang\s{1,3}tahun|do[gğ]um\s{1,3}g[uü]n[uü]m?"
    r"|sinh\s{1,3}nh[aậ]t"
    # "happy birthday" in two or three letters
    r"|hbd|hbday)"
)
#: "born" in Afrikaans and Dutch, Hindi ("paida hua/hui"), Spanish, Malay, Tagalog.
_BORN = r"born|gebore|geboren|paida\s{1,3}hu[aei]|nac[ií]|nacid[oa]|lahir|ipinanganak"
#: A birthday cue; "born" and "b." separately (they allow a bare year).
_DOB_CUE = re.compile(rf"(?<![\w'’])(?:(?P<bday>{_BDAY})|(?P<born>{_BORN})|(?P<b>(?<![\w.])b\.)|(?P<cake>🎂))(?![\w])")
#: Linking words between a cue and the date that follows it.
_FWD_FILLER = re.compile(
    rf"(?:[\s:=,.\-–—]|(?:is|was|s|{APOS}s|on|in|it{APOS}?s|its|it\s{{1,3}}is|will\s{{1,3}}be|gonna\s{{1,3}}be|to\s{{1,3}}me"
    r"|falls\s{1,3}on|coming\s{1,3}up|at|=|of|me|mine['’]?s|mine|was\s{1,3}on|this\s{1,3}year|today|tomorrow|tmrw|tmr|2day"
    # linking words of the other languages: Spanish "es el", French "est le", Afrikaans "op", Malay "pada"
    r"|es|el|est|le|op|pada|tanggal|noong"
    # Italian "è il", Portuguese "é dia", German "ist am", Polish "jest"
    r"|è|il|é|dia|ist|am|jest"
    # Hindi "hai" (is): "mera bday hai 15 august"; Tagalog "ko" (my), "sa" (on), "ay" (is): "birthday ko ay oct 2"
    r"|hai|ko|sa|ay"
    # a question mark after the cue, then the answer ("bday?? mine's ...")
    r"|[!?()])(?![\w'’])){0,10}"
)
#: A date right before its cue, a few linking words between: "march 3rd is my birthday", "14/02 = my bday",
#: "party on may 9th, that's my birthday", "june 3rd cuz its my bday"; the holiday on the date may follow
#: it ("24 september heritage day is my birthday").
_BACK = re.compile(
    rf"(?P<date>{_FULL_DATE})(?:\s{{1,3}}[a-z]{{3,14}}\s{{1,3}}day)?(?:[\s:=\-–(,]|(?:is|s|{APOS}s|was|will|be|its|it{APOS}?s|it|my|his|her|our|your|ur"
    rf"|their|the|i|also|day|when|big|special|that|that{APOS}?s|which|whichs|cuz|coz|cos|because|bc|cause"
    # the day named as near, then "aka": "its aug 21 next week aka my bday"
    r"|aka|tomorrow|tmrw|tmr|today|for"  # "braai on 3 may for my birthday"
    # Hindi "ko" (on) and "mera" (my): "5th november ko paida hua", "12 august mera janamdin"; "my" as Irish, Scottish and
    # Caribbean children write it: "3rd of may is me bday", "ma birthday", "mi birthday"
    r"|ko|mera|meri|me|ma|mi|mah)(?![\w'’])|['’])"
    r"{0,12}\Z"
)
#: After the cue: the thing is a birthday *present* (or money, a card...), not the day it falls on.
_NOT_THE_DAY = re.compile(r"\s{0,2}(?:presents?|gifts?|money|cards?|list|wish|wishlist|vouchers?|shopping)(?![\w])")
#: Cheap gate: every birthday cue (and "2013 baby", "turning 11 on", "ill be 11 on", "3rd march gang",
#: "12 on paddy's day 🎂") contains one of these (literal alternatives: fast to scan for).
DOB_PRECHECK = re.compile(
    r"b(?:irth|irf|day|-day|['’ʼ`]day|\sday|dae|orn|\.|ab|by)|(?:ll|will|nna|to)\sbe\s|dob|d\.o\.b|date|kid|turn|gang|janam|janm"
    r"|saa?lgirah"
    r"|verjaar|gebore|paida|cumple|anniv|kaarawan|jadi|nac|lahir|ipinanganak|🎂|🥳|🎈|[♈-♓]"  # a star sign
    r"|hbd|geburtstag|compleanno|aniver|urodzin|najlepszego|sto\slat|tahun|g[uü]n[uü]|sinh\snh|誕生日|生日|생일"
    r"|\d\son\s"  # an age on its day: "mia is 11 on 2 june", "11 on the 16th of march"
    r"|\stoday\s"  # an age today and the day: "we are ten today june 2"
    r"|happy\s"  # a wish with the day in it: "happy nov 14 to me"
    r"|\ssaal\s"  # Hindi "12 saal ki ho gayi" (has become 12 years old) and the day after it
    r"|when\si"  # the age waited for, then its day: "when im 12 🎉 <day> hurry up"
)
#: A number a child writes an age with: "11", "eleven", "twenty-one".
_AGE_N = (
    r"(?:1?\d|"
    + "|".join(sorted(WORD_VALUE, key=len, reverse=True))
    + r")(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?"
)
#: An age turned on a day: "turning 11 on the 4th of may", "i turn twelve on 3 june", "turning 9 tmrw 2nd
#: march", "ill be 10 on oct 17", "gonna be 13 on the 9th of july", "priya is 9 on the 2nd of april",
#: "im 12 today 3rd of may", "we are ten today june 2" (the date follows; after "is" only a date, never a
#: named day, unless someone is named before).
_TURNING = re.compile(
    rf"(?<![\w'’])(?:turn|turns|turning|turned|is|i{APOS}?m|i\s{{1,3}}am|we{APOS}?re|we\s{{1,3}}are|(?:s?he){APOS}?s"
    rf"|(?:i{APOS}?ll|will|gonna|going\s{{1,3}}to)\s{{1,3}}be)\s{{1,3}}{_AGE_N}\s{{1,3}}"
    # an emoji or two may cheer the age before its day: "turning 10 🎉 on 3 may"
    r"(?:[^\x00-\x7f]{1,4}\s{1,3})?"
    # ... or when it comes, before its day: "turning 12 next month on the 3rd of june", "ill be 10 in 2 weeks on may 4"
    r"(?:(?:next|this)\s{1,3}(?:week|month|year|term)\s{1,3}|in\s{1,3}(?:\d|a|two|three|four)\s{1,3}(?:days?|weeks?)\s{1,3})?"
    r"(?:(?:on|tmrw|tmr|tomorrow|2moro|2morrow|today|2day)\s{1,3}){1,2}(?:the\s{1,3})?"
)
#: Someone who turns an age, in the words before the cue ("i", "my sister", "ill"; not "the page").
_SOMEONE = re.compile(
    rf"(?:^|(?<![\w'’]))(?:i|im|i{APOS}m|ill|i{APOS}ll|he|she|we|u|you|ur|my|sis|bro)(?![\w'’])|^\W*$"
)
#: A post opening on a new age and its day, with a birthday sign in the post: "12 on paddy's day!!! 🎂"
#: (the number is an AGE, the day a DATE_OF_BIRTH).
_OPENING_AGE_ON = re.compile(r"\W{0,6}(?P<n>1?\d)\s{1,3}on\s{1,3}(?:the\s{1,3})?")
#: A day and a month by its name, for an opening age without a birthday sign ("11 on the 16th of march";
#: not "10 on 5/6", a score).
_NAMED_MONTH_DATE_RE = re.compile(
    rf"(?:{_MONTH}\s{{0,2}}(?:the\s{{1,3}})?{_DAY}|{_DAY}\s{{0,2}}(?:of\s{{1,3}})?{_MONTH})(?![\w])"
)
#: A birthday wish that names the day: "happy nov 14 to meee", "happy 3rd of june to my sis" (a day and a
#: month by name; not "happy 4th of july", a holiday: to no one).
_HAPPY_DATE = re.compile(
    r"(?<![\w'’])happy\s{1,3}(?P<date>"
    + _NAMED_MONTH_DATE_RE.pattern
    + r")\s{1,3}to\s{1,3}(?:me+|u+|you|my\s{1,3}[a-z]{2,14})(?![\w'’])"
)
#: Who is wished a happy birthday, between the wish and the day: "happy birthday kaitlyn! feb 14".
#: An emoji may close the wish as "!" does ("happy 13th birthday simran 💖 17 august").
_WISHED_NAME = re.compile(r"\s{1,3}[^\W\d_]{2,14}(?:\s{0,2}(?:[!,.]{1,4}|[^\x00-\x7f]{1,4})){1,3}\s{0,3}")
_WISH_MARKS = re.compile(r"\s{0,3}(?:[!,.]{1,4}|[^\x00-\x7f]{1,6})\s{0,3}")
#: Or who is wished in a few words, with no mark before the day: "happy birthday to my cuz sione 2
#: april", "happy birthday ishaan bhai 🎂🎉 15 aug" (at most five words, then maybe emoji).
_WISHED_WORDS = re.compile(r"(?:\s{1,3}[a-z]{2,14}){1,5}\s{0,2}(?:[!,.]{1,4}|[^\x00-\x7f]{1,6})?\s{0,3}")
#: The one a birthday is for, named after the cue as its girl or boy: "bday girl ruby 🥳 4th june".
_BDAY_PERSON = re.compile(
    r"\s{1,3}(?:girl|gurl|boy|queen|king)\s{1,3}(?P<name>[a-z]{2,14})\s{0,3}(?:[!,.]{1,4}|[^\x00-\x7f]{1,4})?\s{0,3}"
)
#: "happy" right before the birthday cue, maybe with the birthday's ordinal ("happy 13th birthday"), or
#: its word in Spanish, Portuguese, French, Italian, German, Dutch, Indonesian, Vietnamese ("feliz cumple").
_HAPPY_BEFORE = re.compile(
    r"(?<![\w'’])(?:happy|feliz|joyeux|bon|buon|alles\s{1,3}gute\s{1,3}zum|fijne|selamat|ch[uú]c\s{1,3}m[uừ]ng)"
    r"\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)\s{1,3})?\Z"
)
#: A birthday wish with no birthday word: Polish "wszystkiego najlepszego", "sto lat"; Japanese and
#: Chinese "お誕生日おめでとう", "生日快乐", Korean "생일 축하해".
_WISH_ALONE = re.compile(
    r"(?<![\w'’])(?:wszystkiego\s{1,3}najlepszego|sto\s{1,3}lat)(?![\w'’])|お?誕生日おめでとう\S{0,3}|生日快[乐樂]|생일\s?축하\S{0,3}"
)
#: Someone's new age between the one wished and their day: "12 today!!", "shes 13 today 🥳", "12 añitos!!",
#: "12 lat!!", "12 years of chaos!!" (the date after it is the day of the birthday wished).
_AGE_TODAY = re.compile(
    rf"(?:(?:she|he){APOS}?s\s{{1,3}}|turn(?:s|ed|ing)?\s{{1,3}})?(?:1?\d)\s{{0,2}}"
    r"(?:today|2day|now|y/?o|(?:years?|yrs?)(?:\s{1,3}(?:old|young|of\s{1,3}[a-z]{2,12}))?|a[ñn]itos|a[ñn]os|anos|ans|lat|jahre|anni|tahun|さい|歳|살)?"
    r"(?:\s{0,2}(?:[!.,]{1,4}|[^\x00-\x7f]{1,6})){1,3}\s{0,3}"
)
_BIRTHDAY_SIGN = re.compile(r"🎂|🥳|🎈|🎁|(?<![\w'’])(?:b(?:irth)?day|b-day|party)(?![\w'’])")
#: A date and what marks it as a birth date right after it: "3rd march gang", "2nd feb 2014 gang",
#: not a holiday ("so im a valentines baby" after the date) nor a month alone ("march gang" may be anything).
_GANG = re.compile(r"(?<![\w'’])(?:gang|babies|baby|bby)(?![\w'’])")
#: ... maybe with the holiday on the date between ("<date> <holiday> day baby": born on it).
_DATE_BEFORE = re.compile(rf"(?P<date>{_DAY_MONTH})(?:(?:\s{{1,3}}[a-z]{{2,14}}){{1,2}}\s{{1,3}}day)?\s{{1,3}}\Z")


def dates_of_birth(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """DATE_OF_BIRTH spans in the folded text (a birthday cue and a date next to it)."""
    dob = Kind.DATE_OF_BIRTH
    for cue in _DOB_CUE.finditer(folded):
        if _famous_before(folded, cue.start()):
            continue  # "the queen was born in 1926": a star's birthday is public
        if _famous_wished(folded, cue.end()):
            continue  # "hbd to <band> 🎉 <day>": a fan's wish to a star, a public date
        # The date after the cue: "my birthday is on march 3rd", "born 14/02/2013".
        filler = _FWD_FILLER.match(folded, cue.end())
        pos = filler.end() if filler else cue.end()
        born = cue.lastgroup == "born" or cue.group().startswith("d")  # born / dob / date of birth
        personal = _personal(folded, cue.start())
        if cue.lastgroup == "cake":  # a bio's "🎂 14.02" or "🎂: 3rd march": a full date only
            date = _DAY_MONTH_RE.match(folded, pos)
            if date and _valid_numeric(date.group()):
                yield date.start(), date.end(), dob, 0.8
            continue
        found = _date_at(folded, pos, born=born, personal=personal, filler=folded[cue.end() : pos])
        wish = cue.group().startswith("hb") or _HAPPY_BEFORE.search(folded, max(0, cue.start() - 24), cue.start())
        if found is None and wish:
            found = _wished_day(folded, cue.end())
        if found is None and wish:
            # "happy birthday kaitlyn! feb 14": the day after the one wished, by its month's name
            one = _WISHED_NAME.match(folded, cue.end())
            # ... or right after the wish's own marks: "happy birthday 🎉 9 june", "hbd!! oct 3"
            name = one or _WISHED_WORDS.match(folded, cue.end()) or _WISH_MARKS.match(folded, cue.end())
            date = _NAMED_MONTH_DATE_RE.match(folded, name.end()) if name else None
            if date is None and one is not None:
                date = _wished_numeric(folded, one.end())  # in figures only after one name and its marks
            if date:
                found = (date.start(), date.end(), dob, 0.75)
        if found is None and (one := _BDAY_PERSON.match(folded, cue.end())):
            # "bday girl ruby 4th june": the one the day is for, then the day by its month's name
            date = _NAMED_MONTH_DATE_RE.match(folded, one.end())
            name = one.group("name")
            if date and (given_name(name, lexicon(), everyday=True) or not common(name, lexicon())):  # not "said"
                found = (date.start(), date.end(), dob, 0.75)
        if found:
            yield found
        elif cue.lastgroup != "b" and not _NOT_THE_DAY.match(folded, cue.end()):
            # The date before the cue: "march 3rd is my birthday".
            lo = max(0, cue.start() - 48)
            back = _BACK.search(folded[lo : cue.start()])
            if back:
                s, e = back.span("date")
                if _valid_numeric(folded[lo + s : lo + e]):
                    yield lo + s, lo + e, dob, 0.9
    turning = ("turn", "be ", "is ", "m ", "re ", "s ")  # the verbs of :data:`_TURNING`, cheaply
    for m in _TURNING.finditer(folded) if any(v in folded for v in turning) else ():
        # a named day only when someone turns the age on it ("i'll be 12 on paddy's day"; not "the
        # page will turn 3 on may day")
        found = _day_at(folded, m.end(), named=bool(_SOMEONE.search(clause_before(folded, m.start(), 24))))
        if found:
            yield found[0], found[1], dob, 0.85
    for m in _WISH_ALONE.finditer(folded) if "lat" in folded or "najlep" in folded or not folded.isascii() else ():
        found = _wished_day(folded, m.end())
        gap = re.match(r"(?:\s|[!,.]|[^\w\s]){0,8}", folded[m.end() : m.end() + 16])
        date = _DAY_MONTH_RE.match(folded, m.end() + gap.end()) if gap else None
        if found is None and date and not re.fullmatch(r"[\d/.-]+", date.group()):
            found = date.start(), date.end(), Kind.DATE_OF_BIRTH, 0.75  # the day right after the wish
        if found:
            yield found
    m = _OPENING_AGE_ON.match(folded)
    if m and 5 <= int(m.group("n")) <= 19:
        # a birthday sign in the post, or a day and month right there ("11 on the 16th of march")
        found = _day_at(folded, m.end()) if _BIRTHDAY_SIGN.search(folded) else None
        if found is None and (named := _NAMED_MONTH_DATE_RE.match(folded, m.end())):
            found = named.span()
        if found:
            yield m.start("n"), m.end("n"), Kind.AGE, 0.75
            yield found[0], found[1], dob, 0.8
    if "happy" in folded:
        for m in _HAPPY_DATE.finditer(folded):
            yield m.start("date"), m.end("date"), dob, 0.75
    if "gang" in folded or "bab" in folded or "bby" in folded:
        for m in _GANG.finditer(folded):
            date = _DATE_BEFORE.search(folded, max(0, m.start() - 32), m.start())
            if date and _valid_numeric(date.group("date")):
                yield date.start("date"), date.end("date"), dob, 0.8
    if "bab" in folded or "kid" in folded or "bby" in folded:
        for m in _YEAR_BABY.finditer(folded):
            yield m.start("y"), m.end("y"), dob, 0.6


def _wished_day(folded: str, pos: int) -> tuple[int, int, Kind, float] | None:
    """The day of a birthday wished, after the one wished and their new age: "happy birthday to my
    bestie ana 🎂 12 today!! 3rd of may", "feliz cumple sofi 🎂 12 añitos!! 24/6", "wszystkiego
    najlepszego ola 🎂 12 lat!! 8 marca". ``pos`` is the wish's end. Without an age between, only
    "<name> <marks> <day in figures>" ("hbd róisín 🥳 17/3"; the rest is read by the caller)."""
    one = _WISHED_NAME.match(folded, pos)
    starts = [m.end() for m in (one, _WISHED_WORDS.match(folded, pos)) if m] + [pos]
    for start in starts:
        gap = re.match(r"\s{0,3}(?:[!,.]{1,4}|[^\x00-\x7f]{1,6})?\s{0,3}", folded[start : start + 12])
        age = _AGE_TODAY.match(folded, start + (gap.end() if gap else 0))
        if age is None:
            continue
        date = _DAY_MONTH_RE.match(folded, age.end())
        if date is None or not _valid_numeric(date.group()):
            continue
        if re.fullmatch(r"[\d/.-]+", date.group()) and not _HAS_YEAR.search(date.group()):
            # in figures, a day and month with a slash only, no rating ("7.30" is a time, "2-1" a score)
            date = _wished_numeric(folded, age.end())
        if date:
            return date.start(), date.end(), Kind.DATE_OF_BIRTH, 0.75
    if one is not None and folded[pos : one.end()].strip() and (d := _wished_numeric(folded, one.end())):
        return d.start(), d.end(), Kind.DATE_OF_BIRTH, 0.7
    return None


#: Words between a star's name and the birthday cue ("messi was born", "shakira's birthday"),
#: with the possessives of Hindi, Urdu and Punjabi ("<star> ka birthday", "<star> di birthday").
_LINKS_TO_CUE = frozenset({"was", "is", "s", "whose", "the", "real", "actual", "ka", "ki", "ke", "da", "di"})


def _famous_before(folded: str, cue_start: int, links: frozenset[str] = _LINKS_TO_CUE) -> bool:
    """True when the birthday cue follows a name of the famous list ("lionel messi was born on",
    "taylor swift birthday"): a star's birth date is public. A one-word star's name that is also a
    given name ("drake", "chelsea") does not count: it may be a friend's. ``links`` are the words
    that may stand between the name and the cue."""
    clause = clause_before(folded, cue_start, 40)
    if not clause.strip():
        return False
    toks = wl.text_words(clause)
    end = len(toks)
    while end and toks[end - 1][2] in links:
        end -= 1
    for m in wl.find("famous", toks[:end]):
        if m[1] == end:
            return m[1] - m[0] > 1 or toks[m[0]][2] not in wl.entries("first_names")
    return False


#: Between a birthday cue and the one wished: "to" and an article ("happy birthday to the <band>").
_TO_WISHED = re.compile(r"\s{1,3}(?:to\s{1,3})?(?:the\s{1,3})?")


def _famous_wished(folded: str, cue_end: int) -> bool:
    """True when the one a birthday wish names right after its cue is famous ("many happy
    returns to <singer>", "hbd to <band>") or a country: a fan's wish, the star's birth date or the
    nation's day public. A one-word famous name or country that is also a given name ("drake",
    "chelsea", "india") does not count: it may be a friend."""
    to = _TO_WISHED.match(folded, cue_end)
    if to is None:
        return False
    start = to.end()
    toks = wl.text_words(folded[start : start + 60])
    # a country's birthday is its national day ("happy birthday <country> 🎆 <day>"): no child's
    for family in ("famous", "countries"):
        for m in wl.find(family, toks):
            if m[0] == 0:
                return m[1] - m[0] > 1 or not given_name(toks[0][2], lexicon(), everyday=True)
            break
    return False


#: Words between a famous one and its age ("<cartoon> must be like 30 years old by now", "<game> was already 10").
_LINKS_TO_AGE = _LINKS_TO_CUE | frozenset({"like", "now", "already", "literally", "basically", "nearly", "almost"})


def famous_age(folded: str, start: int) -> bool:
    """True when the age at ``start`` is a famous one's, said right after its name ("<cartoon
    character> is 25 years old", "<show> is like 20 years old"): a character's, a show's or a
    star's age tells nothing about the child (a one-word star that is also a given name still counts)."""
    return _famous_before(folded, start, _LINKS_TO_AGE)


def _personal(folded: str, cue_start: int) -> bool:
    """True when a birthday cue is about someone in particular ("my birthday", "i was born").

    Partial dates (a month, a year, a day) are only reported then: "students born in july"
    is a statement about many people.
    """
    clause = clause_before(folded, cue_start, 32)
    words = WORD.findall(clause)[-3:]
    return not words or any(w in _PERSONAL_WORDS for w in words)


_PERSONAL_WORDS = frozenset(
    [
        "my",
        "his",
        "her",
        "our",
        "your",
        "ur",
        "their",
        "i",
        "im",
        "me",
        "was",
        "were",
        "been",
        "we",
        "she",
        "he",
        "u",
        "you",
        "s",
        "its",
        "it",
        "hes",
        "shes",
        "whens",
        "when",
    ]
)


def _date_at(folded: str, pos: int, *, born: bool, personal: bool, filler: str) -> tuple[int, int, Kind, float] | None:
    """The date that starts at ``pos`` (just after a cue and its linking words), if any.

    ``born``: the cue allows a bare year ("born in 2013"); ``personal``: the cue is about
    someone in particular, so partial dates (month, year or day only) count too.
    """
    dob = Kind.DATE_OF_BIRTH
    the = re.match(r"the\s{1,3}", folded[pos : pos + 8])
    if the:  # "on the 12th of june": the span starts at the day
        pos += the.end()
        filler += " the"
    m = _FULL_DATE_RE.match(folded, pos)
    if m and _valid_numeric(m.group()):
        year = bool(_HAS_YEAR.search(m.group()))
        return m.start(), m.end(), dob, 0.95 if year else 0.9
    m = _MONTH_YEAR_RE.match(folded, pos) or _NUM_MONTH_YEAR_RE.match(folded, pos)
    if m:
        return m.start(), m.end(), dob, 0.8
    m = _named_day_re().match(folded, pos)
    if m:  # "born on waitangi day", "my bday is on diwali 2013"
        # ... and its date right after it: "on independence day 15 august" (the date is what to hide)
        gap = _GAP.match(folded, m.end())
        date_after = _FULL_DATE_RE.match(folded, gap.end()) if gap else None
        if date_after and _valid_numeric(date_after.group()):
            return date_after.start(), date_after.end(), dob, 0.9
        return m.start(), m.end(), dob, 0.8
    if not personal:
        return None
    words = filler.split()
    if words and words[-1] == "in":
        m = _MONTH_ONLY_RE.match(folded, pos)
        if m and m.group() not in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "apr", "feb"):
            return m.start(), m.end(), dob, 0.5
    if born:
        m = _YEAR_ONLY_RE.match(folded, pos)
        if m:
            return m.start(), m.end(), dob, 0.6
    m = _DAY_ONLY_RE.match(folded, pos)
    if m and words and words[-1] in ("the", "on", "is", "s", "'s", "’s", ":", "="):
        return m.start("d"), m.end("d"), dob, 0.5
    return None


#: Between a named day and its date: "independence day, 15 august", "diwali (3 nov)".
_GAP = re.compile(r"[\s,(-]{1,3}")


def _day_at(folded: str, pos: int, *, named: bool = True) -> tuple[int, int] | None:
    """The span of a full date or (``named``) a named day ("paddy's day") that starts at ``pos``."""
    m = _FULL_DATE_RE.match(folded, pos)
    if m and _valid_numeric(m.group()):
        return m.span()
    m = _named_day_re().match(folded, pos) if named else None
    return m.span() if m else None


@cache
def _named_day_re() -> re.Pattern[str]:
    """A holiday or named day of the lexicon (``birthday_days``), maybe with a year."""
    alts = sorted(wl.entries("birthday_days"), key=len, reverse=True)
    days = "|".join(re.escape(a).replace(r"\ ", r"\s{1,3}").replace("'", APOS + "?") for a in alts)
    return re.compile(rf"(?:{days})(?:,?\s{{1,2}}{_YEAR})?(?![\w'’])")


#: A day and a month in figures with a slash ("31/08"); a dash is a score's ("2-1"), a dot a time's ("7.30").
_SLASH_DATE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.%])")


def _wished_numeric(folded: str, pos: int) -> re.Match[str] | None:
    """A day and month in figures right after the one wished a happy birthday ("happy bday
    kenzo!! 🎉 14/07"); not a rating out of ten or five ("10/10", "5/5") nor a time."""
    m = _SLASH_DATE.match(folded, pos)
    if m is None or not _valid_numeric(m.group()):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return None if b in (5, 10) and a <= b else m


def _valid_numeric(date: str) -> bool:
    """False for numeric "dates" that cannot be a day and a month (e.g. 45/13)."""
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?", date)
    if not m:
        return True
    a, b = int(m.group(1)), int(m.group(3))
    if a == 0 or b == 0:
        return False
    return (a <= 31 and b <= 12) or (a <= 12 and b <= 31)


#: A numeric date with a year: "04.11.12", "4/11/2012".
_NUMERIC_YEAR_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d\d|\d{4})(?![\w/]|[.-]\d)")
#: Characters that decorate a profile's line without being words or prose ("♡", "|", "•", emoji).
_DECOR = frozenset("|•·~*-–—/\\")


def bio_dates(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """A child's birth date set off on its own, as a bio shows it: "♡ 04.11.12 ♡", "mia | 4/11/2012".

    A full numeric date of a child's birth year (4 to 20 years old this year, counted from the
    clock so the rule does not age) with nothing but decoration or a line's end on both sides;
    a date in a sentence ("exam on 04.11.25", "party 12/06/2012 at 3") is not one.
    """
    for m in _NUMERIC_YEAR_DATE.finditer(folded):
        year = int(m.group(4))
        year += 2000 if year < 100 else 0
        if not date.today().year - 20 <= year <= date.today().year - 4 or not _valid_numeric(m.group()):
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.end())
        left = folded[line_start : m.start()].rstrip()
        right = folded[m.end() : None if line_end < 0 else line_end].lstrip()
        if (not left or _decor(left[-1])) and (not right or _decor(right[0])):
            yield m.start(), m.end(), Kind.DATE_OF_BIRTH, 0.7


def _decor(char: str) -> bool:
    """True for a symbol or emoji that decorates a line ("♡", "✨", "|")."""
    return char in _DECOR or unicodedata.category(char) in ("So", "Sm", "Sk", "Cs")


#: Public names of the birthday cue, of a day with its month's name and of the other languages' months, for
#: :mod:`~leakscan.scanners.birthdays_later`.
BDAY, NAMED_MONTH_DATE_RE, MONTH_WORLD, BIRTHDAY_SIGN = _BDAY, _NAMED_MONTH_DATE_RE, _MONTH_WORLD, _BIRTHDAY_SIGN


def famous_cue(folded: str, start: int, end: int) -> bool:
    """Is the birthday cue at ``start:end`` a star's ("messi was born", "hbd to <band>")? Their day is public."""
    return _famous_before(folded, start) or _famous_wished(folded, end)


def valid_numeric(date: str) -> bool:
    """False for numeric "dates" that cannot be a day and a month (e.g. 45/13)."""
    return _valid_numeric(date)
