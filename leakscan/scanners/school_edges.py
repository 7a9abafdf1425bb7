"""The edges of a school's span, for the SCHOOL scanner: a title before its name, a hyphenated word, a number.

The writers of every set mark a school named after a person with the person's title ("Sir <name>
<initial> <surname> PS", "Lord <name> Secondary", "Dr. <name> CI"), and never cut a hyphenated
word ("école <given>-<given>", "collège <given>-de-<surname>", "<name>-a-<name>"). A span found
without them grows over them; so does a numbered branch's number ("kv no. 2"). A name that ran
into the school's sport or event ("<laerskool> atletiek", "<te kura ...> kapa haka") is cut before it;
a saint's name found by its first word grows whole ("st thomas" + " more").
"""

from __future__ import annotations

import re

from .. import lexicon as wl
from .school_types import name_like

Span = tuple[int, int, float]

#: A person's title before the span ("sir ", "lord ", "dr. ", "Dr "), maybe with a given name and an
#: initial ("sir <given> b " before "<surname> ss"): schools named after knights, peers and doctors.
#: "mr"/"mrs" are teachers, never a school's.
_TITLE_BEFORE = re.compile(
    r"(?<![\w.'’-])(?:sir|lord|dr\.?)\s(?:(?P<given>[^\W\d_]{2,15})\s(?:[^\W\d_]\.?\s)?)?$", re.IGNORECASE
)
#: Words before "sir" or "lord" that address a teacher or God ("thank you sir", "oh lord"), not a school's title.
_ADDRESSED = re.compile(
    r"\b(?:you|u|thank|thanks|thx|yes|yeah|no|ok|okay|hi|hello|dear|oh|my|the|our|good)\s$", re.IGNORECASE
)
#: A hyphen and a word right after the span ("-mance", "-de-brébeuf", "-lorette").
_HYPHEN_AFTER = re.compile(r"(?:-[^\W\d_]{1,15}){1,3}(?![\w-])")
#: A word and a hyphen right before the span ("maru-a-" before "pula").
_HYPHEN_BEFORE = re.compile(r"(?<![\w-])(?:[^\W\d_]{1,15}-){1,3}$")
#: A school's number right after the span ("kv" + " no. 2", "vidyalaya" + " no 3", "sp" + " nr 12"): the
#: writers keep it in the name, the numbered branch being the school; "no 1 fan" is no number's school.
_NUMBER_AFTER = re.compile(r"\s(?:no\.?|nr\.?|number)\s?\d{1,3}\b(?!\s(?:fan|fans)\b)", re.IGNORECASE)
#: Words a name may run into that are the school's doings, not its name: a school sport (the
#: ``school_sports`` list: "<laerskool> atletiek", "<school> camogie") and these events and chat words
#: ("<te kura ...> kapa haka", "<...> waiata", "<ysgol> eisteddfod", "<polyvalente ...> c'est nul").
_TAILS = frozenset({"kapa", "haka", "waiata", "eisteddfod", "carnaval", "sportdag", "interschool", "c'est", "cest"})
#: Words after a hyphen that make a compound of the school, not its name ("<name>-based", "-style").
_COMPOUND_TAILS = frozenset({"based", "style", "like", "bound", "themed", "wide", "sized", "ish", "ers", "er"})


def with_edges(found: list[Span], text: str) -> list[Span]:
    """``found`` (sorted school spans) with their titles and hyphenated words. A span never grows
    into the one before it ("sir <given> a" + "<surname> ps" stay two: one name's halves, each found)."""
    out: list[Span] = []
    for s, e, c in found:
        g = _grow(text, s, e, c)
        out.append(g if not out or out[-1][1] < g[0] else (s, e, c))
    return out


def _grow(text: str, start: int, end: int, conf: float) -> Span:
    """One span grown over a title before it, the hyphenated parts of its edge words and its number,
    and cut before a sport or an event it ran into."""
    end = _untailed(text, start, end)
    end = _saint_named(text, start, end)
    if m := _NUMBER_AFTER.match(text, end):
        end = m.end()
    m = _HYPHEN_AFTER.match(text, end)
    if m and m.group().rsplit("-", 1)[-1].lower() not in _COMPOUND_TAILS:
        end = m.end()
    m = _HYPHEN_BEFORE.search(text, max(0, start - 48), start)
    if m:
        start = m.start()
    m = _TITLE_BEFORE.search(text, max(0, start - 26), start)
    given = m.group("given") if m else None
    if m and not _ADDRESSED.search(text, max(0, m.start() - 12), m.start()) and (not given or name_like(given.lower())):
        start = m.start()  # "sir <given> a" before "<surname> ss"; never "sir from", "sir at"
    return start, end, conf


def _untailed(text: str, start: int, end: int) -> int:
    """The end of the span before an event or chat word in it (:data:`_TAILS`: "<name> c'est nul") and
    before its last words that are a sport; one word is always kept."""
    toks = wl.text_words(text[start:end])
    cut = next((k for k in range(1, len(toks)) if toks[k][2] in _TAILS), len(toks))
    if cut < len(toks):
        toks = toks[:cut]
        end = start + toks[-1][1]
    sports = wl.entries("school_sports")
    while len(toks) > 1 and (toks[-1][2] in sports or toks[-1][2] in _TAILS):
        toks.pop()
        end = start + toks[-1][1]
    return end


#: "st"/"saint" and a saint's first name closing the span ("... st thomas"), for :func:`_saint_named`.
_SAINT_END = re.compile(r"(?<![\w'])(?:st\.?|saint)\s([^\W\d_]{2,15})$", re.IGNORECASE)


def _saint_named(text: str, start: int, end: int) -> int:
    """The end of the span grown over the rest of a saint's full name (the ``full.txt`` list of
    ``school_saints``: "st thomas" + " more", "st francis" + " xavier")."""
    m = _SAINT_END.search(text, start, end)
    if not m:
        return end
    after = [w for _s, _e, w in wl.text_words(text[end : end + 40])]
    rest = wl.file_entries("school_saints", "full.txt")
    first = wl.norm(m.group(1))
    for n in (4, 3, 2, 1):
        if len(after) >= n and f"{first} {' '.join(after[:n])}" in rest:
            return end + wl.text_words(text[end : end + 40])[n - 1][1]
    return end
