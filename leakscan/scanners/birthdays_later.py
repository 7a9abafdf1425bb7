"""DATE_OF_BIRTH further on in a birthday post (:mod:`leakscan.scanners.birthdays`' rules read a date
right next to its cue): a post that says it is someone's birthday ("happy birthday", "bday", 🎂, "turned
12", "11 today") and holds one date, a few words after: "happy bday to my cousin omar 🎉 he turned 8!!
june 3rd", "12 today and 14 february is the best day", "officially 10 🎈 4/9". Writers of every region
put the day at the end of the wish, after the age or a remark; the one date of such a post is the
birthday's. A post with two dates or more is left to the rules next to the cue (a party's day and the
birthday's cannot be told apart), and the day stands apart, after a mark, an emoji or "and" ("see u on 3
may" is a day to meet). In figures only a day and month with a slash set off by an emoji or
a mark ("... 🎉 4/9"), never a rating out of five or ten ("cake was 9/10").

A day and month by name before a star sign's symbol is a birth date in any post ("3 july 2013 ♋").

Also the AGE of a new age and its weekday ("12 on friday cant wait", :func:`ages_on_day`) and of a new age after
any emoji in a birthday post ("... 🇿🇦 12 now", :func:`emoji_ages`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..findings import Kind
from .age_numbers import APOS, WORD_VALUE
from .birthdays import BDAY, BIRTHDAY_SIGN, DAY, MONTH_WORLD, NAMED_MONTH_DATE_RE, famous_cue, valid_numeric

#: Someone's birthday said in the post: the word, the cake, or an age just turned ("turned 12", "11 today", Hindi
#: and Urdu "12 saal ki ho gayi": has become 12 years old),.
_SIGNAL = re.compile(
    rf"(?<![\w'’])(?:{BDAY}|turn(?:ed|s)\s{{1,3}}(?P<n>1?\d|[a-z]{{3,9}})|(?P<m>1?\d|[a-z]{{3,9}})\s{{1,3}}(?:today|2day)"
    r"|1?\d\s{1,3}saal\s{1,3}k[aie]\s{1,3}ho\s{1,3}gay[aie])(?![\w'’])|🎂"
)
#: A day before a month of the other languages ("4 octobre", "9 de marzo", "3 juni").
_WORLD_DATE = re.compile(rf"{DAY}\s{{0,2}}(?:de\s{{1,3}})?{MONTH_WORLD}")
#: What stands right before the day of the birthday: the post's start, an emoji or a mark, "and" ("12 today
#: and 3 may is the best day"), a date's article in French, Spanish, Italian ("le 4 octobre"), or the birthday's party
#: ("bday party 14 may"); a day after another word is another's ("see u on 3 may", "said 2nd april was fun").
_SET_OFF = re.compile(
    r"(?:^|[^\x00-\x7f]|[!.,~)]|(?<![\w'’])(?:and|le|el|il|(?:bday|birthday|b'?day)\s{1,3}party"
    # ... or "on" after the birthday's party or cake and whom it is for ("bday party for <name> on", "birthday cake on")
    r"|(?:bday|birthday|b'?day)(?:\s{1,3}(?:party|cake|sleepover|dinner|picnic|bash))?(?:\s{1,3}for\s{1,3}[a-z]{2,14})?"
    r"\s{1,3}on(?:\s{1,3}the)?))\s{0,3}\Z"
)
#: A day and month with a slash, set off by an emoji or a mark before it and nothing but marks after it.
_SLASH_APART = re.compile(
    r"(?:(?<=[^\x00-\x7f])|(?<=[!.?~)]))\s{0,3}(?P<d>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?=\s{0,3}(?:$|[!.?~]|[^\x00-\x7f]))"
)


#: A day and month by name, maybe its year, then a star sign's symbol ("3 july 2013 ♋", "oct 2 ♎"): children put
#: their sign after their own birth date, in a bio or a post about them.
_STAR_SIGN_DATE = re.compile(
    rf"(?P<d>{NAMED_MONTH_DATE_RE.pattern}(?:,?\s{{1,2}}(?:19|20)\d\d(?!\d))?)\s{{0,3}}[♈-♓]"
)


#: The age the child waits for ("when im 12", "when i am 10") and, right after the day, the wait ("... cant come
#: soon enough", "hurry up"): the day the age comes, the birthday, though no birthday word is said.
_AWAITED_AGE = re.compile(rf"(?<![\w'’])when\s{{1,3}}i(?:{APOS}?m|\s{{1,3}}am)\s{{1,3}}1?\d(?![\w'’])")
_WAIT_AFTER = re.compile(
    rf"\s{{1,3}}(?:can{APOS}?t|cannot)\s{{1,3}}come\s{{1,3}}(?:soon|quick|fast)(?:er|ly)?\s{{1,3}}enough|\s{{1,3}}hurry\s{{1,3}}up"
)


def later_dates(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """The one date of a birthday post, wherever it stands (see the module docstring); a date before a star sign in
    any post."""
    for m in _STAR_SIGN_DATE.finditer(folded):
        yield m.start("d"), m.end("d"), Kind.DATE_OF_BIRTH, 0.7
    signal = next((m for m in _SIGNAL.finditer(folded) if _is_signal(m)), None)
    if signal is None and _AWAITED_AGE.search(folded):
        dates = [m.span() for m in NAMED_MONTH_DATE_RE.finditer(folded)]
        if len(dates) == 1 and _SET_OFF.search(folded, 0, dates[0][0]) and _WAIT_AFTER.match(folded, dates[0][1]):
            yield dates[0][0], dates[0][1], Kind.DATE_OF_BIRTH, 0.7  # "when i am 11 🎉 <day> hurry up"
        return
    if signal is None or famous_cue(folded, signal.start(), signal.end()):
        return
    dates = [m.span() for m in NAMED_MONTH_DATE_RE.finditer(folded)]
    dates += [m.span() for m in _WORLD_DATE.finditer(folded)]
    for m in _SLASH_APART.finditer(folded):
        a, b = int(m.group("a")), int(m.group("b"))
        if valid_numeric(m.group("d")) and not (b in (5, 10) and a <= b):
            dates.append(m.span("d"))
    if len(dates) == 1 and _SET_OFF.search(folded, 0, dates[0][0]):
        yield dates[0][0], dates[0][1], Kind.DATE_OF_BIRTH, 0.7


def _is_signal(m: re.Match[str]) -> bool:
    """A birthday word or cake, or an age in figures or in number words ("turned nine", not "turned around")."""
    number = m.group("n") or m.group("m")
    return number is None or number.isdigit() or 1 <= WORD_VALUE.get(number, 0) <= 19


#: A new age and the weekday it comes on: "12 on friday cant wait", "13 on sat 🥳" (not a time: "at 7 on friday").
_AGE_ON_DAY = re.compile(
    r"(?<![\w'’.:/$£€@-])(?<!at\s)(?<!by\s)(?<!till\s)(?<!from\s)(?P<n>1?\d)\s{1,3}on\s{1,3}(?:this\s{1,3}|next\s{1,3})?"
    r"(?:mon|tues?|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?(?![\w'’])"
)


def ages_on_day(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """The age of "N on <weekday>" opening the post, or anywhere in a post with a birthday sign (a birthday
    word, the cake, balloons, a party): the child's next birthday."""
    sign = BIRTHDAY_SIGN.search(folded) is not None
    for m in _AGE_ON_DAY.finditer(folded):
        opening = not re.search(r"\w", folded[: m.start()])
        if 5 <= int(m.group("n")) <= 19 and (opening or sign):
            yield m.start("n"), m.end("n"), Kind.AGE, 0.7


#: A new age right after an emoji, in digits or in words, then "now", "today" or "finally" ("🇿🇦 12 now", "✨ eleven
#: today", "🎈 10 finally"): read in a birthday post only.
_EMOJI_AGE = re.compile(
    r"(?P<mark>[^\x00-\x7f])\s{0,3}(?P<n>1?\d|"
    + "|".join(sorted((w for w, v in WORD_VALUE.items() if 5 <= v <= 19), key=len, reverse=True))
    + r")\s{1,3}(?:now|today|2day|finally)(?![\w'’])"
)


#: A new age opening a sentence, in digits or in words, then "now" or "today" ending it ("thanks for the wishes!!
#: twelve now", "best day ever. 11 today 🎂"): read in a birthday post only, as after an emoji.
_STOP_AGE = re.compile(
    r"(?:^|[!?.,]\s{0,3})(?P<n>1?\d|"
    + "|".join(sorted((w for w, v in WORD_VALUE.items() if 5 <= v <= 19), key=len, reverse=True))
    + r")\s{1,3}(?:now|today|2day)(?=\s{0,3}(?:$|[!?.,]|[^\x00-\x7f]))"  # the sentence ends: "five now in the car" is none
)


def emoji_ages(folded: str) -> Iterator[tuple[int, int, Kind, float]]:
    """The age after any emoji or a sentence's stop in a post with a birthday sign ("happy bday ... 🇿🇦 12 now",
    "ty for the wishes!! twelve now"): the lexicon's shouts (``age_shouts``) list the common emoji only, and a
    flag or any other may stand before the age."""
    if BIRTHDAY_SIGN.search(folded) is None:
        return
    for m in _EMOJI_AGE.finditer(folded):
        n = m.group("n")
        if (
            unicodedata.category(m.group("mark")).startswith("S")
            and 5 <= (int(n) if n.isdigit() else WORD_VALUE[n]) <= 19
        ):
            yield m.start("n"), m.end("n"), Kind.AGE, 0.7
    for m in _STOP_AGE.finditer(folded):
        n = m.group("n")
        if 5 <= (int(n) if n.isdigit() else WORD_VALUE[n]) <= 19:
            yield m.start("n"), m.end("n"), Kind.AGE, 0.7
