"""Digits as a reader reads them: written, spaced, spelled out or disguised, in one pass.

One regular-expression pass over :attr:`TextContext.folded` (lower-cased, Unicode digit
look-alikes such as ``１２３`` / ``𝟐`` / ``٢`` made ASCII, same length as the text) finds
*digit tokens*: runs of digits (letters ``o``/``l`` allowed inside a run for 0/1, e.g.
``555-0l34``), digit words (``zero oh o one … nine``), teens and tens (``twenty-one`` = 21),
``double``/``triple`` (``double 7`` = 77) and ``hundred`` (``eight hundred`` = 800), and an
extension (``555-0134x12``). Tokens separated by at most four spaces, dots, dashes or
brackets, by emoji or one line break (``217🔥555🔥0134``, a group a line), or by a spoken
separator ("dash", "dot"), join into one *sequence*; commas join only spelled or single
digits (``five, five, five``), and single written digits joined so are a *list*
(``3,1,4,1,5,9,2,6``); a sentence end (``". "``) always splits. Digits glued to a word by an
underscore are the word's (``jake_2175550134``, ``IMG_1234``); after digits, a new number may
start there (``IMG_1234_217-555-0134``). Invisible characters and marks on digits
(``2️⃣1️⃣7️⃣``, ``2<ZWSP>1<ZWSP>7``) never get here: callers read the engine's text view
(:mod:`leakscan.textview`).

The phone scanner confirms sequences as phone numbers (:mod:`.phone`); the known-facts
scanner matches a child's own number against them (:func:`digit_sequences`). Every step is
linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .base import TextContext, fold

# -- vocabulary ---------------------------------------------------------------------------

_ONES = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    # Afrikaans digit words, as South African children read a number out ("nul agt twee ...")
    "nul": "0",
    "een": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vyf": "5",
    "ses": "6",
    "sewe": "7",
    "agt": "8",
    "nege": "9",
}
_TEENS = {
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
}
_TENS = {
    "twenty": "2",
    "thirty": "3",
    "forty": "4",
    "fourty": "4",
    "fifty": "5",
    "sixty": "6",
    "seventy": "7",
    "eighty": "8",
    "ninety": "9",
}
_MULT = {"double": 2, "triple": 3}
#: Words children type instead of separators ("555 dash oh one...").
_SEP_WORDS = frozenset({"dash", "hyphen", "dot", "space"})
_ALL_WORDS = sorted([*_ONES, *_TEENS, *_TENS, *_MULT, *_SEP_WORDS, "hundred", "plus"], key=len, reverse=True)

# A digit token: a run of digits (o/l allowed inside, possessive so it never backtracks), or
# a number word; never glued to other letters or digits ("v10", "5th", "1z999aa" are skipped).
# An underscore joins the words of a name: digits it glues to a word are the name's
# ("jake_2175550134", "IMG_1234"), but after digits a new number may start there
# ("IMG_1234_217-555-0134": a camera's counter, then a number).
_TOKEN_RE = re.compile(
    # The leading character class lets the engine skip most positions quickly.
    r"(?=[0-9ol"
    + "".join(sorted({w[0] for w in _ALL_WORDS}))
    + r"])(?<![^\W_])(?<![^\W\d_]_)(?:(?P<num>[0-9][0-9ol]*+|[ol]++[0-9][0-9ol]*+)(?P<ext>x[0-9]{1,6}+)?|(?P<word>"
    + "|".join(_ALL_WORDS)
    + r"))(?!\w)"
)
_SUB_RE = re.compile(r"[0-9][ol]|[ol][0-9]")
#: Three letters in a row in a token of digits and o/l letters: a word with a digit ("lol1", "lool2"), not
#: zeros typed as o's ("o77oo", "9oo": no more than two o's between digits).
_LETTER_RUN = re.compile(r"[ol]{3}")
_WORD_RE = re.compile(r"[a-z]+")
_WORD_SET = frozenset(_ALL_WORDS)

#: Dots drawn at mid height, as between the groups of "217·555·0134": the middle dots
#: (Latin, Greek ano teleia, Katakana and its half-width form, the word separator), the
#: bullets and the dot and bullet operators, the hyphenation point.
_MID_DOTS = "\u00b7\u0387\u2022\u2027\u2219\u22c5\u2e31\u30fb\uff65"
#: Characters that may separate two digit tokens of one number (at most four of them;
#: a comma only between spelled or single digits: "five, five, five"). Other blanks are
#: plain spaces or line breaks in the text view the scanner reads.
_GAP_RE = re.compile("[ \t.,\\-\u2010-\u2015\u2212\u30fc\uff0d\uff0e()\\[\\]\uff08\uff09" + _MID_DOTS + "]{1,4}")
#: Emoji and pictographs (arrows, dingbats, symbols; not the circled digits, which fold to digits).
_EMOJI = "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff"
#: A decorated gap: emoji, or one line break, with spaces ("217🔥555🔥0134", "217 📞 555", a group a line).
_DECORATED_GAP_RE = re.compile(f"[ \\t\\u00a0]{{0,2}}(?:\\r?\\n|[{_EMOJI}]{{1,4}})[ \\t\\u00a0]{{0,2}}")

_MIN_SEQUENCE_DIGITS = 6


# -- the digit stream ----------------------------------------------------------------------


class Unit(NamedTuple):
    """One digit token in the folded text, and the digits it reads as."""

    start: int
    end: int
    digits: str
    #: "num" (written digits), "sub" (digits with o/l letters), "word" (spelled), "tens".
    kind: str


@dataclass(slots=True)
class DigitSequence:
    """Digit tokens that read as one run of digits (maybe several numbers, or none)."""

    units: list[Unit] = field(default_factory=list)
    #: Offset of a "+" sign or the word "plus" that opens the sequence, if any.
    plus: int | None = None
    #: Written single digits separated by commas ("3,1,4,1,5,9,2,6"): a list of small
    #: numbers unless it is a number as a whole (see :class:`.phone.PhoneScanner`).
    listed: bool = False

    @property
    def digits(self) -> str:
        return "".join(u.digits for u in self.units)


def _gap_ok(gap: str, prev_small: bool, cur_small: bool, mixed: bool = False) -> bool:
    """May ``gap`` separate two digit tokens of one number? ``mixed``: spelled digits on one side and a
    written group of 3-4 digits on the other ("oh two one, 555, one two three four")."""
    if gap == " ":
        return True
    if _GAP_RE.fullmatch(gap) is None:
        return len(gap) <= 8 and _DECORATED_GAP_RE.fullmatch(gap) is not None
    if "." in gap and (". " in gap or ".\t" in gap or ".\u00a0" in gap):
        return False  # a sentence ends: "i'm 12. 2175550134"
    if "," in gap:
        return gap.count(",") == 1 and ((prev_small and cur_small) or mixed)
    return True


def sequences(folded: str) -> list[DigitSequence]:
    """Every run of digit tokens in ``folded`` (see the module docstring), in text order."""
    out: list[DigitSequence] = []
    seq = DigitSequence()
    pending_mult: tuple[int, int] | None = None  # (start, times) of "double"/"triple"
    prev_end = -1
    prev_small = False
    prev_spelled = prev_group = False  # the last token: a spelled digit, a written group of 3-4

    def close() -> None:
        nonlocal seq, pending_mult
        if seq.units:
            out.append(seq)
        seq = DigitSequence()
        pending_mult = None

    for m in _TOKEN_RE.finditer(folded):
        start, end = m.span()
        num, ext, word = m.groups()
        small = word is not None or len(num) == 1
        group = num is not None and 3 <= len(num) <= 4 and num.isdigit()
        # a written group between spelled digits, or spelled digits after one ("one, 555, two")
        mixed = (prev_spelled and group) or (prev_group and word in _ONES)
        prev_spelled, prev_group = word in _ONES, group
        gap = folded[prev_end:start] if prev_end >= 0 else None
        if gap is not None and not _gap_ok(gap, prev_small, small, mixed):
            close()
            gap = None
        if word in _SEP_WORDS:
            # A spoken separator joins what is around it, like "-" does; never starts a number.
            prev_end = end if seq.units else -1
            continue
        prev_end, prev_small = end, small
        if num is not None:
            if ext and (len(num) < 3 or not num.isdigit()):
                close()  # "2x3", "1920x1080"-ish: not a number with an extension
                prev_end = -1
                continue
            if num.isdigit():
                unit = Unit(start, end, num, "num")
            else:
                n_digits = sum(ch.isdigit() for ch in num)
                # "lol1" is a word; "9oo" right after a written group of the same number is digits
                inside = gap is not None and seq.units and seq.units[-1].kind in ("num", "sub")
                if n_digits < len(num) - n_digits and not inside and _LETTER_RUN.search(num):
                    close()  # "lol1": a word, not a number ("o77oo", "9oo": zeros typed as o's)
                    prev_end = -1
                    continue
                unit = Unit(start, end, num.replace("o", "0").replace("l", "1"), "sub")
        elif word == "plus":
            close()
            seq.plus = start
            continue
        elif word in _MULT:
            if pending_mult is not None:
                close()
            pending_mult = (start, _MULT[word])
            continue
        elif word == "hundred":
            last = seq.units[-1] if seq.units else None
            if pending_mult is None and last is not None and last.kind == "word" and len(last.digits) == 1:
                seq.units[-1] = Unit(last.start, end, last.digits + "00", "word")
            else:
                close()
            continue
        elif word in _TENS:
            unit = Unit(start, end, _TENS[word] + "0", "tens")
        elif word in _TEENS:
            unit = Unit(start, end, _TEENS[word], "word")
        else:
            digit = _ONES[word]
            last = seq.units[-1] if seq.units else None
            if (
                pending_mult is None
                and last is not None
                and last.kind == "tens"
                and digit != "0"
                and folded[last.end : start] in (" ", "-")
            ):
                seq.units[-1] = Unit(last.start, end, last.digits[0] + digit, "word")
                continue
            unit = Unit(start, end, digit, "word")
        if pending_mult is not None:
            mstart, times = pending_mult
            pending_mult = None
            unit = Unit(mstart, unit.end, unit.digits[0] * times + unit.digits[1:], "word")
        if not seq.units and seq.plus is None:
            seq.plus = _plus_before(folded, unit.start)
        if gap is not None and "," in gap and seq.units and _written_digit(unit) and _written_digit(seq.units[-1]):
            seq.listed = True
        seq.units.append(unit)
        if ext:
            close()  # "555-0134x12": an extension ends the number
            prev_end = -1
    close()
    return out


def _written_digit(unit: Unit) -> bool:
    return unit.kind == "num" and len(unit.digits) == 1


def _plus_before(folded: str, start: int) -> int | None:
    """Offset of a "+" just before ``start`` ("+44", "+ 44", "(+44"), if any."""
    i = start - 1
    if i >= 0 and folded[i] == " ":
        i -= 1
    if i >= 0 and folded[i] == "+" and (i == 0 or not folded[i - 1].isalnum()):
        return i
    return None


def digit_sequences(ctx_or_text: TextContext | str) -> list[tuple[int, int, str]]:
    """Every digit sequence of 6+ digits in a text, written or disguised, with its offsets.

    ``ctx_or_text`` is a :class:`TextContext` (its cached ``folded`` text is reused) or a
    plain string. Returns ``(start, end, digits)`` tuples in text order: ``text[start:end]``
    is the stretch of the *original* text that spells the digits (from the first digit
    token to the last, e.g. ``"five five five 0 1 3 4"`` or ``"(217) 555-0134"`` without
    the opening bracket), and ``digits`` is the ASCII digit string it reads as
    (``"5550134"``). Recognised forms: digit runs (Unicode look-alikes folded), spelled
    digits including "oh"/"o" for zero, teens and tens ("twenty-one"), "double"/"triple",
    "hundred", o/l letters inside digit runs, separated by spaces, dots, dashes, brackets,
    emoji or a line break. A "+" sign is not part of ``digits``. Pass the context (or the
    view's text, :class:`~leakscan.textview.TextView`): invisible characters and marks on
    digits are the view's to drop.

    Sequences are not confirmed as phone numbers (no validity or context checks) and may
    hold more than one number or extra digits: search *inside* ``digits`` for a known value.
    Runs in linear time in the length of the text.
    """
    folded = ctx_or_text.folded if isinstance(ctx_or_text, TextContext) else fold(ctx_or_text)
    if not worth_a_look(folded, _MIN_SEQUENCE_DIGITS):
        return []
    out = []
    for seq in sequences(folded):
        digits = seq.digits
        if len(digits) >= _MIN_SEQUENCE_DIGITS:
            out.append((seq.units[0].start, seq.units[-1].end, digits))
    return out


def worth_a_look(folded: str, min_digits: int) -> bool:
    """Cheap pre-check: enough digits, o/l letters inside digit runs, or any number word."""
    count = 0
    for d in "0123456789":
        count += folded.count(d)
        if count >= min_digits:
            return True
    # "555-O1-44": with o/l letters for digits, at least half of the run is real digits.
    if count >= min_digits // 2 and _SUB_RE.search(folded) is not None:
        return True
    return not _WORD_SET.isdisjoint(_WORD_RE.findall(folded))


__all__ = ["DigitSequence", "Unit", "digit_sequences", "sequences", "worth_a_look"]
