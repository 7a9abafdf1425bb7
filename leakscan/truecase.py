"""Length-preserving truecasing for posts written in lower case (or in capitals).

spaCy's statistical NER leans heavily on capital letters: "me and jake at riverside park"
yields nothing, "me and Jake at Riverside Park" yields a PERSON and a place. Children
rarely press shift, so :func:`truecase` capitalises the words that are known first names,
surnames and place names *and* are written capitalised far more often than not in English
text (so "jake", "springfield" and "new york" are capitalised but "will", "may", "grace",
"summer", "reading", "mobile", "nice" and "bath" are not).

The result always has exactly the length of the input, character for character, so entity
offsets computed on it are offsets into the original text.

The word lists live in ``models/names_places.tsv.gz`` (built by ``models/build_names.py``;
sources and licences in ``models/NAMES-PLACES.md``) and are loaded lazily, once.
"""

from __future__ import annotations

import functools
import gzip
import re
from bisect import bisect_left
from importlib import resources
from typing import Any

#: The lexicon file inside the ``leakscan.models`` package.
LEXICON_FILE = "names_places.tsv.gz"

FIRST, LAST, PLACE, WORD, MAJOR = 1, 2, 4, 8, 16
#: Keys whose lexicon entry (or its absence) is kept after a lookup, the most recently used.
KEYS_KEPT = 1 << 16
_CLASS_BITS = {"f": FIRST, "l": LAST, "p": PLACE, "w": WORD, "c": MAJOR}

#: In a mostly lower-case text, a word is capitalised when its score reaches the threshold
#: of one of its classes (score = log P(Word) - log P(word), see the build script).
LOWER_THRESHOLD = {FIRST: 0.3, PLACE: 1.0, LAST: 1.5}
#: A multi-word place ("new york", "salt lake city") is rarer by accident: lower bar.
PHRASE_THRESHOLD = 0.5
#: A surname right after a capitalised first name ("emma johnson").
AFTER_FIRST_THRESHOLD = -0.5
#: A text with more than this share of its letters in capitals is read as shouting.
CAPS_RATIO = 0.65
#: In an otherwise capitalised text a lower-case word is left alone unless it is very
#: clearly a name ("i went with jake" inside a cased post).
CASED_THRESHOLD = 2.0

#: Words after which a following surname is capitalised ("mrs patterson").
TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr"})
#: Place words capitalised after a capitalised name ("Riverside park" -> "Riverside Park").
PLACE_SUFFIXES = frozenset(
    {
        "park",
        "mall",
        "beach",
        "lake",
        "woods",
        "playground",
        "skatepark",
        "plaza",
        "zoo",
        "pool",
        "library",
        "stadium",
        "arena",
        "rink",
        "centre",
        "center",
        "street",
        "road",
        "avenue",
        "lane",
        "drive",
        "square",
        "gardens",
        "heights",
        "hills",
        "valley",
        "river",
        "creek",
        "bay",
        "island",
        "county",
        "city",
        "town",
    }
)
#: Words kept lower case inside a capitalised multi-word place ("Bay of Plenty").
_SMALL = frozenset({"of", "and", "the", "upon", "on", "de", "la", "le", "do", "da", "del", "des", "du", "y", "en"})

_WORD = re.compile(r"[^\W\d_]{1,40}")
#: After these a word is a common noun, not a name ("a hunter", "the reading").
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "another", "every", "each", "some"})
_SENT_START = re.compile(r"(?:^|[.!?\n])[^\w\n]{0,5}[A-Z]")
_DOTTED = re.compile(r"\w\.\w")
# Sentence-ish boundary before a word (for counting capitals that are not just sentence starts).
_SENT_END = frozenset(".!?\n")


class Lexicon:
    """Known names and places: ``words[w] = (class bits, score)`` for single words, and
    ``phrases[first word] = ((phrase, class bits, score), ...)``, longest phrase first.

    Both are read-only mappings (``get``, ``in``, ``[]``) over the lexicon file's lines, which
    the build script writes sorted by entry: a word is found by binary search. Loading is then a
    decompression and a split (~20 ms); building a table of its 173,000 entries took ten times
    longer, most of it in the garbage collector walking the spaCy objects already in memory.
    """

    def __init__(self, lines: list[str]) -> None:
        self.words = _Words(lines)
        self.phrases = _Phrases(lines)

    def classes(self, word: str) -> int:
        """Class bits of a single lower-case word (0 when unknown)."""
        info = self.words.get(word)
        return info[0] if info else 0

    def is_common(self, word: str) -> bool:
        """True for an everyday lower-case English word ("park", "will", "button")."""
        info = self.words.get(word)
        return info is not None and bool(info[0] & WORD)

    def score(self, word: str) -> float | None:
        """The properness score of a single lower-case word, or None when unknown."""
        info = self.words.get(word)
        return info[1] if info else None


class _Lines:
    """The lexicon's ``entry<TAB>classes<TAB>score`` lines (sorted by entry) as a read-only
    mapping: :meth:`_search` finds a key's value by binary search, and the values of the keys
    looked up most recently are kept (the scanners look up every token)."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._find = functools.lru_cache(maxsize=KEYS_KEPT)(self._search)

    def get(self, key: str, default: Any = None) -> Any:
        found = self._find(key)
        return default if found is None else found

    def __getitem__(self, key: str) -> Any:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def _first(self, prefix: str) -> int:
        """Index of the first line that starts with ``prefix``, or -1."""
        i = bisect_left(self._lines, prefix)
        return i if i < len(self._lines) and self._lines[i].startswith(prefix) else -1

    def _search(self, key: str) -> Any:
        raise NotImplementedError


class _Words(_Lines):
    """Single words: ``word -> (class bits, score)``."""

    def _search(self, key: str) -> tuple[int, float] | None:
        prefix = key + "\t"
        i = -1 if " " in key else self._first(prefix)  # a phrase is no word
        return _value(self._lines[i][len(prefix) :]) if i >= 0 else None


class _Phrases(_Lines):
    """Multi-word entries by first word: ``word -> ((phrase, class bits, score), ...)``, longest first."""

    def _search(self, key: str) -> tuple[tuple[str, int, float], ...] | None:
        prefix = key + " "
        i = -1 if " " in key else self._first(prefix)
        if i < 0:
            return None
        block = []
        while i < len(self._lines) and self._lines[i].startswith(prefix):
            entry, rest = self._lines[i].split("\t", 1)
            block.append((entry, *_value(rest)))
            i += 1
        return tuple(sorted(block, key=lambda p: -len(p[0])))


@functools.cache
def _value(rest: str) -> tuple[int, float]:
    """``(class bits, score)`` of a line's ``classes<TAB>score`` (a few hundred distinct ones)."""
    cls, score = rest.split("\t")
    bits = 0
    for c in cls:
        bits |= _CLASS_BITS.get(c, 0)
    return bits, float(score)


@functools.cache
def lexicon() -> Lexicon:
    """The names-and-places lexicon (loaded on first use, then cached)."""
    path = resources.files("leakscan.models") / LEXICON_FILE
    with path.open("rb") as raw:
        data = gzip.decompress(raw.read()).decode("utf-8")
    lines = [line for line in data.split("\n") if line and line[0] != "#"]
    return Lexicon(_with_world_names(lines))


#: Score given to a first name or surname of the worldwide lists (:mod:`leakscan.lexicon`) that
#: the English lists lack: capitalised in lower-case text, too weak to be reported on its own.
WORLD_NAME_SCORE = 1.0


def _with_world_names(lines: list[str]) -> list[str]:
    """The lexicon's sorted lines plus the worldwide names it does not hold yet ("thandeka", "aroha")."""
    from . import lexicon as world

    known = _Words(lines)
    extra = [
        f"{name}\t{cls}\t{WORLD_NAME_SCORE}"
        for family, cls in (("first_names", "f"), ("surnames", "l"))
        for name in world.entries(family)
        if " " not in name and name not in known
    ]
    lines.extend(sorted(set(extra)))
    lines.sort()  # two sorted runs: merged in linear time
    return lines


def _is_lower_text(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when hardly any word is capitalised (apart from "I" and sentence starts)."""
    caps = sum(1 for s, _e in spans if text[s].isupper())
    if caps == 0:
        return True
    singles = sum(1 for s, e in spans if e - s == 1 and text[s] == "I")
    starts = len(_SENT_START.findall(text))
    return caps - singles - starts <= 0.1 * len(spans)


def _protected(text: str, pos: int) -> bool:
    """True inside a stretch left as written: @handle, #hashtag, e-mail address, link, domain."""
    lo = pos
    while lo > 0 and pos - lo < 100 and not text[lo - 1].isspace():
        lo -= 1
    hi = pos
    while hi < len(text) and hi - pos < 100 and not text[hi].isspace():
        hi += 1
    chunk = text[lo:hi]
    return any(c in chunk for c in "@#/:") or _DOTTED.search(chunk) is not None


def _compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word ("misty-eyed"), which is no name."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
    return before or after


def lower_same_length(text: str) -> str:
    """``text`` in lower case, character for character (a letter whose lower case is longer, as
    "İ", is left as it is), so offsets into it are offsets into ``text``."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _cap(chars: list[str], start: int) -> None:
    up = chars[start].upper()
    if len(up) == 1:
        chars[start] = up


def truecase(text: str) -> str:
    """``text`` with known names and places capitalised; always the same length as ``text``.

    * Mostly lower-case text: first names, places and (strong) surnames whose lexicon score
      reaches the thresholds above are capitalised, and so are multi-word places, a surname
      after a first name or a title ("mrs patterson"), a place word after a capitalised
      name ("riverside park"), and the pronoun "i". A word after "a/the/this..." ("a
      hunter") or inside a hyphenated word ("misty-eyed") is left alone.
    * Text in capitals ("OMG JAKE IS HERE") is lower-cased first, then treated as above.
    * Otherwise only lower-case words that are very clearly names are capitalised.
    * @handles, #hashtags, e-mail addresses and links are never changed.
    """
    # No length cap of its own: it is linear (~0.5 s a million characters, far below NER's cost)
    # and Settings.max_text_chars bounds a post; a cap here left long posts' names unseen by NER.
    if not text:
        return text
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return text
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    if len(spans) >= 3 and upper > CAPS_RATIO * (upper + lower):
        base = lower_same_length(text)
        lower_mode = True
    else:
        base = text
        lower_mode = _is_lower_text(text, spans)
    lex = lexicon()
    chars = list(base)
    n = len(spans)
    # capped[i]: word i is a capitalised name in the output (a sentence-initial "Went" is not).
    capped = [base[s].isupper() and (not lower_mode or base[s:e].lower() in lex.words) for s, e in spans]
    i = 0
    while i < n:
        s, e = spans[i]
        word = base[s:e]
        info = lex.words.get(word)
        plain = info is None or info[0] == WORD  # unknown, or an everyday word only
        if not word.islower() or (plain and word not in lex.phrases and word != "i"):
            if lower_mode and word in PLACE_SUFFIXES and i and capped[i - 1] and base[spans[i - 1][1] : s] == " ":
                _cap(chars, s)
                capped[i] = True
            i += 1
            continue
        if _protected(base, s) or _compound(base, s, e):
            i += 1
            continue
        # Multi-word places first ("new york", "salt lake city").
        cands = lex.phrases.get(word)
        if cands:
            low = base[s : s + 60].lower()
            hit = None
            for phrase, _bits, score in cands:
                thr = PHRASE_THRESHOLD if lower_mode else CASED_THRESHOLD
                if score >= thr and low.startswith(phrase):
                    after = s + len(phrase)
                    if after >= len(base) or not base[after].isalpha():
                        hit = after
                        break
            if hit is not None:
                j = i
                while j < n and spans[j][0] < hit:
                    ws, we = spans[j]
                    if base[ws:we] not in _SMALL or j == i:
                        _cap(chars, ws)
                        capped[j] = True
                    j += 1
                i = j
                continue
        prev_adjacent = i > 0 and base[spans[i - 1][1] : s] in (" ", ". ")
        if i and base[spans[i - 1][0] : spans[i - 1][1]] in _DETERMINERS:
            info = None  # "a hunter", "the reading": a common noun
        if info is not None:
            bits, score = info
            if lower_mode:
                ok = any(bits & k and score >= t for k, t in LOWER_THRESHOLD.items())
                if not ok and bits & LAST and prev_adjacent and capped[i - 1]:
                    prev = base[spans[i - 1][0] : spans[i - 1][1]].lower()
                    pinfo = lex.words.get(prev)
                    after_first = pinfo is not None and pinfo[0] & FIRST
                    if (after_first and score >= AFTER_FIRST_THRESHOLD) or prev in TITLES:
                        ok = True
                if not ok and bits & (LAST | FIRST) and prev_adjacent and i > 0:
                    prev = base[spans[i - 1][0] : spans[i - 1][1]].lower()
                    ok = prev in TITLES and score >= -2.0
                    if ok:
                        _cap(chars, spans[i - 1][0])
                        capped[i - 1] = True
            else:
                ok = score >= CASED_THRESHOLD and bool(bits & (FIRST | PLACE))
            if ok:
                _cap(chars, s)
                capped[i] = True
                if lower_mode and prev_adjacent and bits & (FIRST | LAST):
                    ps, pe = spans[i - 1]
                    if base[ps:pe].lower() in TITLES:
                        _cap(chars, ps)
                i += 1
                continue
        if lower_mode:
            if word == "i":
                _cap(chars, s)
            elif word in PLACE_SUFFIXES and prev_adjacent and capped[i - 1]:
                _cap(chars, s)
                capped[i] = True
        i += 1
    out = "".join(chars)
    return out if len(out) == len(text) else text
