"""A school cheered by its team's mascot, for the SCHOOL scanner: "go <name> <mascot>".

"go Ridgemont Hawks!!", "lets go harlow cougars", "go st benedict panthers beat them": a cheer
for a team called by a school mascot of the ``school_mascots`` list ("eagles", "panthers") names the
school before the mascot; the name alone is the school (the writers' convention). A pro team of the
same mascot is famous ("go philadelphia eagles": the famous list), and a cheer with no name, an
everyday word or a person before the mascot is none ("go little tigers", "go see the hawks").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as wl
from .school_fixtures import SIDE_OPEN, joined, school_side
from .school_types import everyday, name_like, proper
from .school_world import bare_given

Span = tuple[int, int, float]

#: Cheap pre-check on the folded text: a cheer's "go" before up to four words and a word.
_PRE = re.compile(r"\bgo\s")
#: Words that may stand before the cheer's "go" ("lets go", "come on go"); else it opens a sentence.
_LEAD = frozenset({"lets", "let's", "come", "on", "and"})
#: Words that open a school's name before a name ("st", "lord tweedsmuir", "sir john a").
_OPEN = SIDE_OPEN | frozenset({"lord", "sir", "bishop", "cardinal", "mount", "saint"})
#: An age group after the mascot ("... wildcats u12", "... hornets 12U"): a club's team, not a school's.
_AGE_GROUP = re.compile(r"\s{1,3}(?:u\d{1,2}s?|\d{1,2}u|under\s?\d{1,2}s?)\b", re.IGNORECASE)
#: A town's side named alone ("eastside", "northside"): a club's or a district's team as often as a school's.
_DISTRICTS = frozenset({"eastside", "westside", "northside", "southside"})
#: Most words of a school's name before its mascot ("lord tweedsmuir", "st mary star").
_MAX_NAME = 3


def cheers_triggered(folded: str) -> bool:
    """True when ``folded`` may hold a cheer (cheap pre-check)."""
    return _PRE.search(folded) is not None


def cheer_schools(text: str) -> Iterator[Span]:
    """The school's name of each "go <name> <mascot>" cheer in ``text``: ``(start, end, confidence)``."""
    toks = wl.text_words(text)
    mascots = wl.entries("school_mascots")
    for k, (_s, _e, w) in enumerate(toks):
        if w != "go" or not _opens(text, toks, k):
            continue
        m = next((j for j in range(k + 2, min(k + 2 + _MAX_NAME, len(toks))) if toks[j][2] in mascots), None)
        if m is None or not joined(text, toks, k + 1, m + 1) or _AGE_GROUP.match(text, toks[m][1]):
            continue
        if _named(text, toks, k + 1, m):
            yield toks[k + 1][0], toks[m - 1][1], 0.6


def _opens(text: str, toks: list[wl.Word], k: int) -> bool:
    """``toks[k]`` ("go") opens a cheer: the post's or a sentence's start, or after "lets"."""
    if k == 0 or toks[k - 1][2] in _LEAD:
        return True
    return text[toks[k - 1][1] : toks[k][0]].strip() != ""  # a stop, a comma or an emoji before it


def _named(text: str, toks: list[wl.Word], i: int, j: int) -> bool:
    """``toks[i:j]`` is a school's name: a saint or patron, or words that are names (no everyday word
    but as a name's part), the last a name, and no pro team, country or big city."""
    name = [w for _s, _e, w in toks[i:j]]
    team = " ".join(w for _s, _e, w in toks[i : j + 1])
    if team in wl.entries("famous") or name[-1] in _DISTRICTS:
        return False
    if wl.longest_at("school_patrons", [w for _s, _e, w in toks], i) == j - i:
        return True  # "go holy cross hawks"
    if not name_like(name[-1]) or everyday(name[-1]) or (len(name) == 1 and bare_given(name[0])):
        return False  # "go sarah tigers": a friend's team (no school is named after her)
    if not all(name_like(w) or proper(w) or w in _OPEN for w in name):
        return False
    return school_side(text, toks, i, j)
