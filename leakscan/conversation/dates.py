"""Birthdays given in pieces (:func:`birthday_pieces`): a day in one of the child's messages and
the month in another ("its the 9th lol" ... "june silly"), or a year added to a day and a month
("july 3" ... "no 12, born 2013"), in talk of birthdays. Neither piece alone is a birthday."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..findings import Finding, Kind
from ..scanners.birthdays import MONTH
from ..scanners.chat_words import question
from .messages import Message

#: The sender's messages read for pieces (the checked one not counted), among the last this many.
DATE_MESSAGES = 3
DATE_WINDOW = 6
#: A piece is said in few words: a longer message is talk about something else.
PIECE_WORDS = 8

#: A day of the month said as one: "the 9th", "21st", "the twelfth" (a bare number is a day only
#: when a day was just asked for: "what day" ... "27").
DAY = re.compile(
    r"(?:(?<![\w.,/:$£€#+-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w])"
    r"|(?<![\w'’])the\s{1,3}(?:[12]\d|3[01]|0?[1-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[- ]\w+|thirtieth|thirty[- ]first)(?=\W*\Z|\s{1,3}of\s|[\s,.!]{1,3}(?:lol|haha|silly|tho|actually|i think)))"
    # a day is no grade, class or place: "5th class", "the 2nd floor", "3rd in the race"
    r"(?!\s{1,3}(?:grade|class|form|year|std|standard|block|floor|period|place|try|time|one|in\s))",
    re.IGNORECASE,
)
#: A number next to a month's name: "july 3", "12 aug", "3 of june".
DAY_BY_MONTH = re.compile(
    rf"(?<![\w'’])(?:{MONTH})\s{{1,3}}(?P<a>[12]\d|3[01]|0?[1-9])(?![\w:.]|\.\d)"
    rf"|(?<![\w.,/:$£€#+-])(?P<b>[12]\d|3[01]|0?[1-9])\s{{1,3}}(?:of\s{{1,3}})?(?:{MONTH})",
    re.IGNORECASE,
)
#: A number alone, the answer to "what day".
BARE_DAY = re.compile(r"\A\W{0,3}(?:its\s{1,3}|so\s{1,3})?(?P<d>[12]\d|3[01]|0?[1-9])\W{0,3}\Z", re.IGNORECASE)
#: The question a bare number answers.
DAY_ASKED = re.compile(r"(?<![\w'’])(?:day|date|which one|what number)(?![\w'’])", re.IGNORECASE)
#: A month's name ("may" not after a subject, where it is the verb: "i may go", "it may be").
MONTH_PIECE = re.compile(
    rf"(?<![\w'’])(?!(?<=\bi )may|(?<=\bu )may|(?<=we )may|(?<=you )may|(?<=\bit )may|(?<=they )may|(?<=\bhe )may"
    rf"|(?<=she )may|(?<=that )may|(?<=this )may)(?:{MONTH})",
    re.IGNORECASE,
)
#: A star sign says the month (give or take a few days): "im a scorpio" ... "the 12th".
STAR_SIGN = re.compile(
    r"(?<![\w'’])(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)(?![\w'’])",
    re.IGNORECASE,
)
#: Days with a name, a day and a month in one: "born on christmas eve", "the day after halloween".
HOLIDAY = re.compile(
    r"(?<![\w'’])(?:christmas(?:\s(?:eve|day))?|xmas(?:\seve)?|new\syear['’]?s(?:\s(?:eve|day))|halloween"
    r"|valentine['’]?s(?:\sday)?|canada\sday|boxing\sday|st\.?\spatrick['’]?s(?:\sday)?|paddy['’]?s\sday"
    r"|bonfire\snight|guy\sfawkes|anzac\sday|waitangi\sday|australia\sday|april\sfools?(?:['’]?\sday)?"
    r"|fourth\sof\sjuly|4th\sof\sjuly)(?![\w'’])",
    re.IGNORECASE,
)
#: A birth year: "2013", "born 2013", "2014 kid" (not in an e-mail's end, "2014 at gmail").
YEAR = re.compile(r"(?<![\w.@£$€#])(?:19|20)\d\d(?![\w@])", re.IGNORECASE)
NOT_A_YEAR = re.compile(r"@|(?<![\w])(?:at|dot)(?![\w])|[£$€]", re.IGNORECASE)
#: A birth year said of oneself, which a longer message may hold ("and im 2013 so im the youngest in my year"):
#: read as a piece whatever else the message says of it.
OWN_YEAR = re.compile(
    r"(?<![\w'’])(?:i['’]?m|i am|born(?: in)?|i was born(?: in)?)\s{1,3}(?P<y>(?:19|20)\d\d)(?![\w@])", re.IGNORECASE
)
#: Words saying a date is someone else's or something else's: "my sis is june", "the match is the 9th".
OTHERS = re.compile(
    r"(?<![\w'’])(?:he|she|they|his|her|their|sis|sister|bro|brother|cousin|mum|mom|dad|nan|gran|match|game|party"
    r"|trip|exam|test|holiday|holidays|concert|tournament|release|update|season)(?![\w'’])",
    re.IGNORECASE,
)


def _pieces(text: str, day_asked: bool, *, said_before: bool = False) -> list[tuple[str, int, int]]:
    """The birthday's pieces in one short message: (what, start, end), what one of "day",
    "month", "year"; a holiday is a day and a month, and a star sign (in a message before the
    checked one, ``said_before``) the month."""
    # (an emoji is no word: "of august lol, ill be 12, 2014 baby 😎" is a piece)
    if sum(any(c.isalnum() for c in w) for w in text.split()) > PIECE_WORDS or question(text) or OTHERS.search(text):
        own = OWN_YEAR.search(text)
        return (
            [("year", own.start("y"), own.end("y"))] if own and not question(text) and not OTHERS.search(text) else []
        )
    out = [(what, m.start(), m.end()) for what, rx in (("day", DAY), ("month", MONTH_PIECE)) for m in rx.finditer(text)]
    out += [("day", m.start(g), m.end(g)) for m in DAY_BY_MONTH.finditer(text) for g in "ab" if m.group(g)]
    if not out:  # (a holiday after a day is where the day is: "the 30th, day before halloween")
        out = [(what, m.start(), m.end()) for m in HOLIDAY.finditer(text) for what in ("day", "month")]
    if said_before and len(text.split()) <= 4:  # (not a sign put right: "23rd" ... "november" ... "scorpio actually")
        out += [("month", m.start(), m.end()) for m in STAR_SIGN.finditer(text)]
    if not NOT_A_YEAR.search(text):
        out += [("year", m.start(), m.end()) for m in YEAR.finditer(text)]
    bare = BARE_DAY.match(text)
    if bare and day_asked:
        out.append(("day", bare.start("d"), bare.end("d")))
    return out


def date_piece(text: str) -> bool:
    """Whether ``text``, a short message, gives a piece of a birthday: a day, a month, a year or a
    holiday ("2012", "the 9th"; not "my sis is june"). A star sign, which only comes near the
    month, is none beside the month said ("pisces" ... "12th" ... "of march")."""
    return bool(_pieces(text, False))


def a_date(text: str) -> bool:
    """Whether ``text`` says a day of a month ("5 july", "the 3rd of may", "june 12th"): no piece of
    a number or a handle, however many digits came before it."""
    return bool(DAY_BY_MONTH.search(text) or (MONTH_PIECE.search(text) and DAY.search(text)))


def birthday_pieces(message: Message, earlier: Sequence[Message]) -> list[Finding]:
    """A birthday the child's message completes with pieces of their last few messages, in talk
    of birthdays (the caller's to say): a DATE_OF_BIRTH on this message's pieces, whose
    ``parts`` are the messages with the others. The day and the month make it; a year adds to
    them. Empty when this message gives no piece, or the pieces together are no day and month."""
    window = earlier[-DATE_WINDOW:]
    others = [m for m in window if m.sender != message.sender]
    asked = bool(others) and DAY_ASKED.search(others[-1].text) is not None
    here = _pieces(message.text, asked and window[-1].sender != message.sender)
    if not here:
        return []
    mine = [m for m in window if m.sender == message.sender][-DATE_MESSAGES:]
    before: dict[str, Any] = {}  # each piece's latest message
    said = set()  # the pieces said before, as said
    for m in mine:
        # (a bare number answered a day asked for before it too: "enter ur bday day 1-31" ... "27" ... "sept")
        at = window.index(m)
        prompt = next((o for o in window[:at][::-1] if o.sender != message.sender), None)
        day_before = at > 0 and window[at - 1] is prompt and DAY_ASKED.search(prompt.text) is not None
        for what, start, end in _pieces(m.text, day_before, said_before=True):
            before[what] = m.ref
            said.add(m.text[start:end].lower().removeprefix("the "))
    kinds = {what for what, _, _ in here}
    given = kinds | before.keys()
    # something new here (another piece, or the day put right: "its march but not the 15th" ...
    # "nope the 21st"), and a day and a month in all (a year is the birthday's only with them)
    new = kinds - before.keys() or {message.text[s:e].lower().removeprefix("the ") for _, s, e in here} - said
    if not before or not {"day", "month"} <= given or not new:
        return []
    if not before.keys() - kinds:
        return []  # the whole date here ("3 june 2012"): the message's own finding, if a birthday
    start = min(s for _, s, _ in here)
    end = max(e for _, _, e in here)
    parts = tuple(dict.fromkeys(m.ref for m in mine if m.ref in before.values()))
    return [
        Finding(
            kind=Kind.DATE_OF_BIRTH,
            text=message.text[start:end],
            start=start,
            end=end,
            confidence=0.8,
            scanner="age",
            parts=parts,
        )
    ]
