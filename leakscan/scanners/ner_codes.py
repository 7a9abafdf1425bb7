"""Places a post names by a code, for :mod:`~leakscan.scanners.ner`: a city's code or nickname right
after "in", "from", "to"... ("so hot in pta today", "moving to akl"), and the place a post names right
after its own postal code ("postcode 2145 so westmead lol"). Split out of ner.py by family (issue 14).
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import Lexicon
from .handle_words import stop_words
from .ner_elsewhere import star_home_before

#: A word every postal-code cue below holds (a cheap gate).
POSTCODE_CUE = "code"
#: A postal code, then the place it is, as the child says it ("post code 2145 so westmead, the
#: hospital side", "pin code 560034 so koramangala side", "postcode 4217 thats gold coast lol"):
#: one to three words up to a closing word, a mark or the end.
_POSTCODE_PLACE = re.compile(
    r"(?<![\w'’])(?:post\s?code|postal\s?code|pin\s?code|zip\s?code|area\s?code)\s{1,3}(?:is\s{1,3}|[:=]\s{0,3})?"
    r"[a-z0-9]{1,4}\s?[a-z0-9]{2,4}\s{0,3}[,.]?\s{1,3}(?:so|thats|that's|that’s|its|it's|aka|=|which\s{1,3}is)\s{1,3}"
    r"(?:the\s{1,3})?(?P<place>[a-z][a-z'’]{1,15}(?:\s[a-z][a-z'’]{1,15}){0,2}?)"
    r"(?=\s{0,3}(?:$|[.,!?)]|[^\x00-\x7f])|\s{1,3}(?:side|area|lol|lmao|haha|not|btw|way|innit|ya|yeah)(?![\w'’]))"
)


#: City codes that after "in", "to"... are something else: a win ("get the dub"), life force.
_CODES_NOT_AFTER = frozenset({"dub", "chi"})


@cache
def _code_after() -> re.Pattern[str]:
    """A city's code or nickname of three letters or more right after "in", "from", "to"... ("in
    pta", "moving to akl"); the codes spelled out in the pattern (one scan, ~1.4 us a post)."""
    codes = sorted(
        (c for c in wl.entries("place_codes") if len(c) > 2 and c not in _CODES_NOT_AFTER), key=len, reverse=True
    )
    alternation = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"\b(?:in|from|to|around|near|outta|visiting)\s{{1,3}}(?P<code>{alternation})(?![\w'’@])")


def with_coded_places(
    kept: list[tuple[int, int, Kind, float]], folded: str, lex: Lexicon
) -> list[tuple[int, int, Kind, float]]:
    """``kept`` and a city's code or nickname right after "in", "from", "to"... ("so hot in pta today",
    "moving to akl"): the place, though the code alone may be other things ("the pta meeting" has
    "the" before it); two-letter state codes are words too. Not a star's home town ("<player> is
    from <nickname>"): public, as the public filter leaves the town's full name."""
    out = kept
    for m in _code_after().finditer(folded):
        s, e = m.span("code")
        if not any(k[0] < e and s < k[1] for k in out) and not star_home_before(folded, s, lex):
            out = sorted([*out, (s, e, Kind.LOCATION, 0.7)])
    return out


def with_postcode_places(kept: list[tuple[int, int, Kind, float]], folded: str) -> list[tuple[int, int, Kind, float]]:
    """``kept`` and the place a post names right after its own postal code, where nothing was
    found yet: the child places the code, so even a famous name is the child's suburb there."""
    out = list(kept)
    for m in _POSTCODE_PLACE.finditer(folded):
        s, e = m.span("place")
        if m.group("place").split()[0] in stop_words():
            continue  # "my postcode is 2000 so what", "... thats the one from tv"
        if not any(k[0] < e and s < k[1] for k in out):
            out.append((s, e, Kind.LOCATION, 0.7))
    return sorted(out)
