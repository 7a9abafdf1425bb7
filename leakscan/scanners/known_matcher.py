"""What the known facts of :class:`~leakscan.settings.KnownFacts` compile to, for the
known-facts scanner (:mod:`leakscan.scanners.known`): how words are compared (look-alike
letters, case, accents, apostrophes, abbreviations, small typos, everyday words), the ways
each fact can be written (:class:`Matcher`: word sequences by their first word, e-mail and
handle patterns, phone keys), built once per set of facts (:func:`matcher_for`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..findings import Kind
from .base import TextContext, fold

if TYPE_CHECKING:
    from ..settings import KnownFacts


# -- words -------------------------------------------------------------------------------------

#: Combining marks (the combining diacritical mark blocks) that may sit on a word's letters:
#: "e̲m̲m̲a̲" is one word (the view already drops overlays and marks on digits).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: A word: letters/digits (each with its marks), with inner apostrophes ("o'brien"); a
#: possessive "'s" is left out. Letters and marks are disjoint classes: linear time.
_LETTERS = f"(?:[^\\W_][{_MARKS}]*){{1,40}}"
TOKEN = re.compile(f"{_LETTERS}(?:['’ʼ`](?![sS](?![^\\W_])){_LETTERS}){{0,3}}")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
#: Spellings folded to one form on both sides (street types, school words, saints).
_CANON: dict[str, str] = {
    "street": "st",
    "str": "st",
    "saint": "st",
    "road": "rd",
    "avenue": "ave",
    "av": "ave",
    "drive": "dr",
    "drv": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "boulevard": "blvd",
    "crescent": "cres",
    "terrace": "ter",
    "terr": "ter",
    "tce": "ter",
    "square": "sq",
    "highway": "hwy",
    "parkway": "pkwy",
    "circle": "cir",
    "mount": "mt",
    "fort": "ft",
    "elementary": "elem",
    "centre": "center",
    "junior": "jr",
    "senior": "sr",
    "and": "&",
}
#: School words that may be left out ("Lincoln Elementary School" -> "lincoln elementary").
_SCHOOL_TAIL = frozenset({"school", "sch", "academy", "college"})
#: School type words: without them only a two-word-or-longer name still identifies a school.
_SCHOOL_TYPE = frozenset(
    {
        "elem",
        "primary",
        "middle",
        "high",
        "jr",
        "sr",
        "infant",
        "infants",
        "secondary",
        "school",
        "sch",
        "academy",
        "college",
        "community",
        "public",
        "the",
        "of",
        "grammar",
        "prep",
        "preparatory",
        "intermediate",
        "ms",
        "hs",
        "es",
        "ps",
        "is",
    }
)
#: Words before a house number ("flat 3, 27 victoria road").
_ADDRESS_LEAD = frozenset({"flat", "apt", "apartment", "unit", "suite", "no", "number", "house", "#"})
#: Most characters allowed between two words of one value ("emma  johnson", "emma - johnson").
MAX_GAP = 3
POSSESSIVE = frozenset({"'s", "’s", "ʼs", "`s"})
_EMAIL_AT = r"\s{0,2}(?:@|\(at\)|\[at\]|(?<![a-z])at(?![a-z]))\s{0,2}"
_EMAIL_DOT = r"\s{0,2}(?:\.|\(dot\)|\[dot\]|(?<![a-z])dot(?![a-z]))\s{0,2}"


@cache
def _lookalikes() -> dict[int, str]:
    """Letters of other scripts that look like a Latin letter -> that letter, lower case
    (``models/confusables_latin.tsv``, from Unicode's confusables data)."""
    from importlib.resources import files

    table: dict[int, str] = {}
    for line in (files("leakscan.models") / "confusables_latin.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cp, letter = line.split("\t")
            table[int(cp, 16)] = letter
    return table


def skeleton(text: str) -> str:
    """``text`` as matched: look-alike letters of other scripts read as the Latin letter they
    look like (``zаra`` with a Cyrillic ``а`` is ``zara``, ``ЕММА`` is ``emma``), then folded
    (:func:`~leakscan.scanners.base.fold`). Same length as ``text``: offsets carry over."""
    if text.isascii():
        return fold(text)
    return fold(text.translate(_lookalikes()))


def _norm(word: str) -> str:
    """One word as compared: lower case, no accents or apostrophes, abbreviations folded."""
    w = word.lower().translate(_APOSTROPHES)
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return _CANON.get(w, w)


class _Tok(NamedTuple):
    start: int
    end: int
    norm: str


def _tokens(text: str) -> list[_Tok]:
    """The words of ``text`` with their offsets and normalised forms (a possessive "'s" is skipped)."""
    out = []
    for m in TOKEN.finditer(text):
        start = m.start()
        if start and m.end() - start == 1 and text[start] in "sS" and text[start - 1] in "'’ʼ`":
            continue
        out.append(_Tok(start, m.end(), _norm(m.group())))
    return out


def _value_tokens(value: str) -> tuple[str, ...]:
    return tuple(t.norm for t in _tokens(value))


def _max_typos(word: str) -> int:
    """How many edits a known word tolerates: 0 below 5 letters, 1 for 5-8, 2 for 9+."""
    if word.isdigit() or len(word) < 5:
        return 0
    return 1 if len(word) < 9 else 2


def _close(a: str, b: str, k: int) -> bool:
    """True when ``a`` and ``b`` are within ``k`` edits (optimal string alignment distance).

    Common prefixes and suffixes are cut first; the branching is at most 4**k, so for k <= 2
    this is linear in the word length.
    """
    i, n = 0, min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a and not b:
        return True
    if k <= 0 or abs(len(a) - len(b)) > k:
        return False
    if a and b and _close(a[1:], b[1:], k - 1):
        return True
    if a and _close(a[1:], b, k - 1):
        return True
    if b and _close(a, b[1:], k - 1):
        return True
    return len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0] and _close(a[2:], b[2:], k - 1)


# -- everyday words (the truecasing lexicon, loaded only when a match needs it) ----------------

_common_cache: dict[str, bool] = {}


def everyday(word: str) -> bool:
    """True for an everyday English word usually written in lower case ("will", "grade", not "mia")."""
    hit = _common_cache.get(word)
    if hit is None:
        from ..truecase import WORD, lexicon

        info = lexicon().words.get(word)
        hit = info is not None and bool(info[0] & WORD) and info[1] < 0.5
        if len(_common_cache) < 50_000:
            _common_cache[word] = hit
    return hit


# -- the compiled matcher ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Variant:
    """One way a known value can be written: a word sequence and what a match means."""

    words: tuple[str, ...]
    kind: Kind
    confidence: float
    #: A single word that only counts when it is not an everyday word or is capitalised.
    guarded: bool = False


@dataclass
class Matcher:
    """Everything prepared from one :class:`KnownFacts`."""

    #: first word -> variants starting with it (longest first).
    by_first: dict[str, list[_Variant]] = field(default_factory=dict)
    #: every word of every variant.
    words: set[str] = field(default_factory=set)
    #: every known word that tolerates typos, bucketed by length.
    fuzzy_by_len: dict[int, list[str]] = field(default_factory=dict)
    #: (regex, kind, confidence) for e-mail addresses and handles.
    patterns: list[tuple[re.Pattern[str], Kind, float, str]] = field(default_factory=list)
    #: (national significant number, key = its last 7+ digits) for each known phone.
    phones: list[tuple[str, str]] = field(default_factory=list)
    #: digit strings that may precede a national number (trunk prefix, country codes).
    phone_prefixes: frozenset[str] = frozenset()
    #: text word (folded) -> the known words it can stand for (bounded memo).
    reading_memo: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)

    def add(self, variant: _Variant) -> None:
        if not variant.words:
            return
        bucket = self.by_first.setdefault(variant.words[0], [])
        if any(v.words == variant.words and v.kind is variant.kind for v in bucket):
            return
        bucket.append(variant)
        bucket.sort(key=lambda v: (-len(v.words), -v.confidence))
        self.words.update(variant.words)
        for w in variant.words:
            if _max_typos(w) and w not in self.fuzzy_by_len.get(len(w), ()):
                self.fuzzy_by_len.setdefault(len(w), []).append(w)

    def readings(self, word: str) -> tuple[str, tuple[str, ...]]:
        """``(normalised word, known words it stands for)`` for one folded text word.

        The known words are the word itself, its possessive written without an apostrophe
        ("marys" for "mary's"), and known words it is a small typo of (never for everyday
        words). Empty when the word matters for no known value.
        """
        hit = self.reading_memo.get(word)
        if hit is not None:
            return hit
        norm = _norm(word)
        options: list[str] = []
        words = self.words
        if norm in words:
            options.append(norm)
        if norm.endswith("s") and norm[:-1] in words:
            options.append(norm[:-1])
        elif norm + "s" in words:
            options.append(norm + "s")
        if len(norm) >= 4 and not norm.isdigit() and norm not in words:
            typos = [
                known
                for length in range(len(norm) - 2, len(norm) + 3)
                for known in self.fuzzy_by_len.get(length, ())
                if abs(length - len(norm)) <= _max_typos(known) and _close(norm, known, _max_typos(known))
            ]
            if typos and not everyday(norm):
                options.extend(typos)
        result = (norm, tuple(options))
        if len(self.reading_memo) >= 50_000:
            self.reading_memo.clear()
        self.reading_memo[word] = result
        return result


def _name_variants(value: str) -> Iterator[_Variant]:
    words = _value_tokens(value)
    if not words:
        return
    person = Kind.PERSON
    yield _Variant(words, person, 1.0, guarded=len(words) == 1)
    if len(words) == 1:
        return
    yield _Variant(("".join(words),), person, 0.95)  # "emmajohnson"
    yield _Variant((words[-1], *words[:-1]), person, 0.9)  # "johnson, emma"
    if len(words[-1]) >= 2:
        yield _Variant((words[-1],), person, 0.8, guarded=True)  # the surname
    if len(words[0]) >= 2:
        yield _Variant((words[0],), person, 0.6, guarded=True)  # the first name
    for middle in words[1:-1]:
        if len(middle) >= 3:
            yield _Variant((middle,), person, 0.5, guarded=True)
    if len(words) > 2:
        yield _Variant((words[0], words[-1]), person, 0.95)  # without the middle name


def _school_variants(value: str) -> Iterator[_Variant]:
    words = _value_tokens(value)
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return
    school = Kind.SCHOOL
    yield _Variant(words, school, 1.0, guarded=len(words) == 1)
    if len(words) > 1:
        yield _Variant(("".join(words),), school, 0.9)
    short = words
    while len(short) > 2 and short[-1] in _SCHOOL_TAIL:
        short = short[:-1]
    if short != words:
        yield _Variant(short, school, 0.95)
    for long_form, abbrev in ((("high", "school"), "hs"), (("middle", "school"), "ms"), (("elem", "school"), "es")):
        if len(words) > 2 and words[-2:] == long_form:
            yield _Variant((*words[:-2], abbrev), school, 0.9)
    core = tuple(w for w in words if w not in _SCHOOL_TYPE)
    if len(core) >= 2 and core != words:
        yield _Variant(core, school, 0.7)


def _street_variants(value: str) -> Iterator[_Variant]:
    words = _value_tokens(value)
    if not words:
        return
    address = Kind.ADDRESS
    yield _Variant(words, address, 1.0, guarded=len(words) == 1)
    rest = words
    while rest and (rest[0] in _ADDRESS_LEAD or any(c.isdigit() for c in rest[0])):
        rest = rest[1:]
    if rest != words and len(rest) >= 2:
        yield _Variant(rest, address, 0.9)


def _town_variants(value: str) -> Iterator[_Variant]:
    words = _value_tokens(value)
    if words:
        yield _Variant(words, Kind.LOCATION, 1.0, guarded=len(words) == 1)
        if len(words) > 1:
            yield _Variant(("".join(words),), Kind.LOCATION, 0.9)


def _email_pattern(value: str) -> tuple[re.Pattern[str], float, str] | None:
    value = value.strip().lower()
    local, sep, domain = value.partition("@")
    if not local:
        return None
    dom = ""
    if sep and domain:
        dom = _EMAIL_DOT.join(re.escape(part) for part in domain.split(".") if part)
    literal = re.escape(local)
    distinctive = len(local) >= 6 or any(not c.isalpha() for c in local)
    if dom and distinctive:
        body = rf"{literal}(?P<dom>{_EMAIL_AT}{dom})?"
    elif dom:
        body = rf"{literal}(?P<dom>{_EMAIL_AT}{dom})"
    elif distinctive:
        body = literal
    else:
        return None
    return re.compile(rf"(?<![\w.+-]){body}(?![\w@-]|\.\w)"), 1.0, local


def _handle_pattern(value: str) -> tuple[re.Pattern[str], float, str] | None:
    value = value.strip().lower().lstrip("@")
    runs = re.findall(r"[^\W_]+", value)
    if not runs or sum(len(r) for r in runs) < 3:
        return None
    body = r"[._#-]?".join(re.escape(r) for r in runs)
    # A plain-word handle ("jake") is only its handle with the "@"; "jakeyboi11" is one anyway.
    distinctive = len(runs) > 1 or len(runs[0]) >= 6 or any(c.isdigit() for c in runs[0])
    at = "@?" if distinctive else "@"
    return re.compile(rf"(?<![\w.@#-]){at}{body}(?![^\W_])"), 1.0, runs[0]


def _phone_keys(value: str, regions: Iterable[str]) -> list[str]:
    """National significant numbers a known phone can be written as."""
    import phonenumbers

    out: list[str] = []
    for region in regions:
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            nsn = phonenumbers.national_significant_number(num)
            if nsn not in out:
                out.append(nsn)
    if not out:
        digits = "".join(c for c in value if c.isdigit())
        if len(digits) >= 6:
            out.append(digits.lstrip("0") or digits)
    return out


@lru_cache(maxsize=32)
def _matcher(known: KnownFacts, regions: tuple[str, ...]) -> Matcher:
    """The matcher for one set of known facts (built once per settings, then cached)."""
    m = Matcher()
    for values, variants in (
        (known.names, _name_variants),
        (known.schools, _school_variants),
        (known.streets, _street_variants),
        (known.towns, _town_variants),
    ):
        for value in values:
            for v in variants(value):
                m.add(v)
    for values, kind, pattern in (
        (known.emails, Kind.EMAIL, _email_pattern),
        (known.handles, Kind.HANDLE, _handle_pattern),
    ):
        for value in values:
            p = pattern(value)
            if p:
                m.patterns.append((p[0], kind, p[1], p[2]))
    if known.phones:
        import phonenumbers

        for value in known.phones:
            for nsn in _phone_keys(value, regions):
                key = nsn[-7:] if len(nsn) >= 7 else nsn
                if (nsn, key) not in m.phones:
                    m.phones.append((nsn, key))
        prefixes = {"", "0", "1"}
        for region in regions:
            cc = str(phonenumbers.country_code_for_region(region))
            prefixes |= {cc, "00" + cc, "011" + cc, cc + "0"}
        m.phone_prefixes = frozenset(prefixes)
    return m


_last: tuple[object, object, Matcher | None] = (None, None, None)


def matcher_for(ctx: TextContext) -> Matcher | None:
    """The matcher for ``ctx.settings`` (None when there are no known facts), ~free when unchanged."""
    global _last
    settings = ctx.settings
    known, regions, matcher = _last
    if settings.known is known and settings.regions is regions:
        return matcher
    matcher = _matcher(settings.known, settings.regions) if settings.known else None
    _last = (settings.known, settings.regions, matcher)
    return matcher
