"""What a reader sees: the text every scanner reads, with a map back to the text as given.

Characters a screen shows as nothing can hide a leak from a pattern and still leave it
perfectly readable: ``em<ZWSP>ma@gmail.com``, a soft hyphen inside a name, a variation
selector or a tag character after every digit, ``2<U+0336>1<U+0336>7`` (a digit struck
through is still a digit), a number stored backwards behind a right-to-left override
(``<RLO>4310 555 712`` shows as ``217 555 0134``), or a blank that is not a space
(``217<U+2028>555``, ``217<U+2800>555``). :meth:`TextView.of` builds, once per text, the
text a reader sees. It thinks in classes of characters, not in lists of tricks:

* shown as nothing, dropped: every *default-ignorable* character (Unicode's
  ``Default_Ignorable_Code_Point``: soft hyphen, zero-width space/joiners, word joiner,
  invisible operators U+2061-2064, bidi marks and controls, the combining grapheme joiner,
  variation selectors, tag characters, Hangul fillers, the BOM...), every other *format*
  character (general category Cf: the Egyptian hieroglyph format controls, the interlinear
  annotation anchors, the Arabic number signs...), and every *overlay* mark (canonical
  combining class 1: a stroke or slash drawn through a letter or digit, ``Z<U+0335>ara``
  reads as ``Zara``);
* combining marks on a digit are dropped (``2️⃣`` reads as ``2``);
* white space of every kind is shown as what it is: every space separator (Zs: no-break,
  en/em, ideographic, Ogham space mark...), the Braille blank U+2800 (a symbol drawn as an
  empty cell) and every *control* character (Cc) but tab and those that end a line (NUL, ESC,
  U+001F, DEL, the C1 controls...: not text, shown as a gap or a box, and most often where a
  separator was, as in a C string or ``call<NUL>me<NUL>on<NUL>217...``) become a plain space;
  every line break (Zl U+2028, Zp U+2029, NEL, VT, FF, the information separators
  U+001C-001E, a lone CR) becomes ``"\\n"`` (CRLF stays as it is). Digit groups split by
  blanks still join into one number;
* the characters of a right-to-left override run (U+202E up to its PDF, the end of the
  paragraph or a PDI) are put in display order: reversed, mirrored brackets swapped, a
  letter's combining marks kept after it.

Everything else is kept as it is (the scanners fold case and look-alike digits themselves;
accents on letters stay, they are part of the word). :meth:`TextView.span` maps a span of the
view back to the original text, so findings keep the contract ``text[start:end] ==
finding.text`` on the text as given, and a redaction covers the invisible characters inside
the span as well.

A text without any of these characters (nearly every post) costs one C-level scan, and its
view *is* the text: the same object, with an identity map. A text whose only oddity is a
blank keeps its offsets (the view has the same length) and costs one substitution pass.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .findings import Finding

#: Default_Ignorable_Code_Point (Unicode DerivedCoreProperties.txt): shown as nothing.
IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
#: Format characters (general category Cf, Unicode 17) that are not default-ignorable.
#: tests/test_evasions.py checks that this and the classes below hold every such character
#: of the running Python's Unicode database.
FORMAT = "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
#: Control characters (Cc) other than tab and the ones that end a line: shown as a gap.
CONTROLS = "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
#: Overlay marks (canonical combining class 1), drawn through the character they follow.
OVERLAYS = (
    "\u0334-\u0338\u1cd4\u1ce2-\u1ce8\u20d2\u20d3\u20d8-\u20da\u20e5\u20e6\u20ea\u20eb"
    "\U00010a39\U00016af0-\U00016af4\U0001bc9e\U0001d167-\U0001d169"
)
#: Everything the view drops wherever it stands.
HIDDEN = IGNORABLE + FORMAT + OVERLAYS
#: Shown as a plain space: the space separators (Zs), the Braille blank (an empty cell), controls.
SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2800" + CONTROLS
#: Shown as a line break: Zl, Zp, and the controls that end a line (a lone CR: see _SHOWN_RE).
BREAKS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_HIDDEN_RUN = re.compile(f"[{HIDDEN}]+")
#: What the view shows in place of a blank (same length: offsets do not move).
_SHOWN_RE = re.compile(f"(?P<space>[{SPACES}])|[{BREAKS}]|\\r(?!\\n)")
#: What the view drops: a run of hidden characters, or a digit followed by anything that could
#: be a combining mark (every mark is at U+0300 or above).
_DROP = re.compile(f"(?P<ign>[{HIDDEN}]+)|\\d(?=[^\\x00-\\u02ff])")
#: Whether the slow path is needed at all: something to drop, or a blank to show plain.
_TRIGGER = re.compile(f"{_DROP.pattern}|[{SPACES}{BREAKS}]|\\r(?!\\n)")
#: The same for a text that is all ASCII (a fast first check).
_ASCII_TRIGGER = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]|\\r(?!\\n)")
_MARKS = frozenset({"Mn", "Me"})
_RLO, _PDF = "\u202e", "\u202c"
#: Controls whose effect reaches over the text after them (embeddings, overrides, isolates):
#: a span never swallows one on its own, or the text after it would be displayed differently.
_SCOPED = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: What ends an override run: its PDF (at depth 0), a PDI, or the end of the paragraph.
_RUN_END = re.compile("[\u202a-\u202e\u2069\n\r\x1c-\x1e\x85\u2029]")
_OPENERS = frozenset("\u202a\u202b\u202d\u202e")
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


@dataclass(frozen=True, slots=True)
class _Map:
    """How a changed view maps back: its pieces, and what was dropped."""

    #: ``(a, b)``: the view shows ``original[a:b]`` (inside an override run: one character,
    #: possibly a mirrored bracket), in view order.
    pieces: list[tuple[int, int]]
    #: The view offset at which each piece starts.
    starts: list[int]
    #: One byte per original character: 1 when the view does not show it.
    dropped: bytearray
    #: ``(opener, first kept, one past the last kept, end)`` of each override run with content.
    runs: list[tuple[int, int, int, int]]


class TextView:
    """The text the scanners read (:attr:`text`) and the way back to :attr:`original`.

    Build it with :meth:`of`.
    """

    __slots__ = ("_map", "original", "text")

    def __init__(self, original: str, text: str, map_: _Map | None = None):
        self.original = original
        #: What a reader sees; what every scanner reads.
        self.text = text
        self._map = map_

    @property
    def changed(self) -> bool:
        """True when the view differs from the original (then it is the same length or shorter)."""
        return self.text is not self.original

    @classmethod
    def of(cls, text: str) -> TextView:
        """The view of ``text``; ``text`` itself (identity map) when nothing hides in it."""
        if (_ASCII_TRIGGER if text.isascii() else _TRIGGER).search(text) is None:
            return cls(text, text)
        shown = as_shown(text)  # blanks in place (same length): a plain space or line break
        n = len(text)
        dropped = bytearray(n)
        pos = 0
        while (m := _DROP.search(text, pos)) is not None:
            if m.group("ign") is not None:
                dropped[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                pos = m.end()
                continue
            # A digit: drop the marks (and invisible characters) that follow it.
            j = m.end()
            while j < n:
                run = _HIDDEN_RUN.match(text, j)
                if run is not None:
                    j = run.end()
                elif unicodedata.category(text[j]) in _MARKS:
                    j += 1
                else:
                    break
            dropped[m.end() : j] = b"\x01" * (j - m.end())
            pos = j
        if dropped.find(1) < 0:
            # A digit before a symbol, an accent on a letter: nothing hidden (blanks: same offsets).
            return cls(text, shown if shown != text else text)
        runs = _override_runs(text) if _RLO in text else []
        pieces: list[tuple[int, int]] = []
        parts: list[str] = []
        at = 0
        for opener, lo, hi, _close_end in runs:
            _plain(shown, dropped, at, opener, pieces, parts)
            _reversed(shown, dropped, lo, hi, pieces, parts)
            at = hi
        _plain(shown, dropped, at, n, pieces, parts)
        starts: list[int] = []
        length = 0
        for a, b in pieces:
            starts.append(length)
            length += b - a
        kept_runs = [(op, *_kept_bounds(dropped, lo, hi), end) for op, lo, hi, end in runs]
        return cls(text, "".join(parts), _Map(pieces, starts, dropped, [r for r in kept_runs if r[1] < r[2]]))

    # -- back to the original ---------------------------------------------------------------

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[start, end)`` of the view's ``text[start:end]``.

        It covers every original character shown in the view's span, the invisible ones
        between them, and the marks and invisible characters right after its last one (so a
        redaction leaves no keycap or variation selector behind). A span that covers a whole
        override run takes the run's controls too, so nothing after it changes direction.
        """
        if self._map is None:
            return start, end
        starts, pieces = self._map.starts, self._map.pieces
        k = max(bisect_right(starts, start) - 1, 0)
        if start >= end:  # an empty span stays empty, before the character it points at
            pos = pieces[k][0] + start - starts[k] if start < len(self.text) else len(self.original)
            return pos, pos
        lo, hi = len(self.original), 0
        while k < len(pieces) and starts[k] < end:
            a, b = pieces[k]
            lo = min(lo, a + max(0, start - starts[k]))
            hi = max(hi, a + min(b - a, end - starts[k]))
            k += 1
        original, dropped, n = self.original, self._map.dropped, len(self.original)
        while hi < n and dropped[hi] and original[hi] not in _SCOPED:
            hi += 1
        runs = self._map.runs
        r = max(bisect_right(runs, (lo,)) - 1, 0)  # the last run opening before the span, then on
        while r < len(runs) and runs[r][0] < hi:
            opener, kept_lo, kept_hi, close_end = runs[r]
            if lo <= kept_lo and kept_hi <= hi:
                lo, hi = min(lo, opener), max(hi, close_end)
            r += 1
        return lo, hi

    def findings(self, findings: Iterable[Finding]) -> list[Finding]:
        """Findings on the view, mapped back onto the original text (in text order)."""
        if not self.changed:
            return list(findings)
        if self._map is None:  # blanks shown plain, same offsets: the text is cut from the original
            return [f.with_(text=self.original[f.start : f.end]) if f.is_span else f for f in findings]
        out = []
        for f in findings:
            if f.is_span:
                start, end = self.span(f.start, f.end)  # type: ignore[arg-type]
                f = f.with_(start=start, end=end, text=self.original[start:end])
            out.append(f)
        out.sort(key=lambda f: (f.start is None, f.start or 0, f.end or 0))
        return out


def _plain_blank(m: re.Match[str]) -> str:
    """What a blank shows as: a plain space, or a line break."""
    return " " if m.group("space") is not None else "\n"


def as_shown(text: str) -> str:
    """``text`` with every blank as the plain space or line break it shows as (same length)."""
    return _SHOWN_RE.sub(_plain_blank, text)


def _plain(text: str, dropped: bytearray, lo: int, hi: int, pieces: list[tuple[int, int]], parts: list[str]) -> None:
    """The kept stretches of ``[lo, hi)`` as pieces, in text order (found at C speed)."""
    i = lo
    while i < hi:
        a = dropped.find(0, i, hi)
        if a < 0:
            return
        b = dropped.find(1, a, hi)
        b = hi if b < 0 else b
        pieces.append((a, b))
        parts.append(text[a:b])
        i = b


def _reversed(text: str, dropped: bytearray, lo: int, hi: int, pieces: list[tuple[int, int]], parts: list[str]) -> None:
    """The kept characters of an override run in display order: one piece per character.

    A combining mark stays after its base letter (the cluster moves as one), and a bracket
    is mirrored as the display mirrors it at a right-to-left level.
    """
    clusters: list[list[int]] = []
    for i in range(lo, hi):
        if dropped[i]:
            continue
        if clusters and unicodedata.category(text[i]) in _MARKS:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    for cluster in reversed(clusters):
        for i in cluster:
            pieces.append((i, i + 1))
            parts.append(text[i].translate(_MIRROR))


def _kept_bounds(dropped: bytearray, lo: int, hi: int) -> tuple[int, int]:
    """First kept index and one past the last kept index of ``[lo, hi)`` (``lo == hi`` if none)."""
    first = dropped.find(0, lo, hi)
    if first < 0:
        return lo, lo
    last = hi
    while dropped[last - 1]:
        last -= 1
    return first, last


def _override_runs(text: str) -> list[tuple[int, int, int, int]]:
    """Every right-to-left override run: ``(opener, content start, content end, end)``.

    ``end`` is past the closing PDF when the run has one, else the content's end. Nested
    embeddings inside a run are counted so that the PDF that closes the run is found; their
    content is displayed with the run (a simplification: nesting is not an evasion we know).
    """
    runs = []
    pos = 0
    while (rlo := text.find(_RLO, pos)) >= 0:
        depth, end, close_end = 1, len(text), len(text)
        for m in _RUN_END.finditer(text, rlo + 1):
            ch = m.group()
            if ch in _OPENERS:
                depth += 1
                continue
            if ch == _PDF:
                depth -= 1
                if depth:
                    continue
                end, close_end = m.start(), m.end()
            else:
                end = close_end = m.start()
            break
        runs.append((rlo, rlo + 1, end, close_end))
        pos = max(close_end, rlo + 1)
    return runs


__all__ = ["BREAKS", "CONTROLS", "FORMAT", "HIDDEN", "IGNORABLE", "OVERLAYS", "SPACES", "TextView", "as_shown"]
