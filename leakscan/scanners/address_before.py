"""What stands before a house number or a street on its line, for the ADDRESS scanner
(:mod:`~leakscan.scanners.address`; :mod:`~leakscan.scanners.address_tail` reads what follows):
the words before it, a cue phrase ending right before it ("we live at", "address:" on the line
above), and a house number spelled out ("twenty two maple ave").
"""

from __future__ import annotations

import re

from .address_tail import LINE_WORD
from .address_words import CUES

#: Spelled-out house numbers ("twenty two maple ave").
_SPELLED = (
    r"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)(?:[ \t]hundred(?:[ \t](?:and[ \t])?[a-z]{3,9}(?:[ -][a-z]{3,5})?)?)?"
)
_SPELLED_RE = re.compile(r"^" + _SPELLED + r"$")


def line_words_before(folded: str, pos: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` words before ``pos`` on the same line (or on the line before a line ending in ':')."""
    lo = max(0, pos - 90)
    window = folded[lo:pos]
    nl = window.rfind("\n")
    if nl >= 0:
        line = window[nl + 1 :]
        if line.strip(" \t>?*•·|-") or not window[:nl].rstrip().endswith(":"):
            lo, window = lo + nl + 1, line
    out = [(m.group().strip(".,!?;:'’\""), lo + m.start()) for m in LINE_WORD.finditer(window)]
    return [(w, p) for w, p in out if w][-n:]


def cue_before(folded: str, pos: int) -> str | None:
    """The cue phrase ("live at", "address") that ends right before ``pos``, if any."""
    if last_word(folded, pos) not in _CUE_LAST:
        return None  # cheap test first: most numbers have no cue before them
    window = folded[max(0, pos - 60) : pos]
    nl = window.rfind("\n")
    if nl >= 0:
        line = window[nl + 1 :]
        if not line.strip(" \t>?*•·|-") and window[:nl].rstrip().endswith(":"):
            # "address:" then a line break puts the cue on the line before.
            window = window[:nl]
            window = window[window.rfind("\n") + 1 :]
        else:
            window = line
    words = [w.strip(".,!?;:'’\"") for w in window.split()[-5:]]
    words = [w for w in words if w]
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            if phrase in CUES:
                return phrase
    return None


def last_word(folded: str, pos: int) -> str:
    """The word that ends before ``pos`` (skipping spaces, ':' and line-break markers), cheaply."""
    j = pos
    lo = max(0, pos - 12)
    while j > lo and folded[j - 1] in _SKIP_BACK:
        j -= 1
    k = j
    while k > 0 and j - k < 20 and (folded[k - 1].isalnum() or folded[k - 1] in "'’"):
        k -= 1
    return folded[k:j]


_SKIP_BACK = frozenset(" \t\r\n:>?*•·|-")
_CUE_LAST = frozenset(c.split()[-1] for c in CUES)


def spelled_before(words: list[str]) -> int:
    """How many of the last words form a spelled-out number ("twenty two" -> 2), or 0."""
    for k in (4, 3, 2, 1):
        if len(words) >= k and _SPELLED_RE.match(" ".join(words[-k:])):
            return k
    return 0


__all__ = ["cue_before", "last_word", "line_words_before", "spelled_before"]
