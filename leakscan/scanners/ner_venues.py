"""Named venues the child is at, read by rules for :mod:`~leakscan.scanners.ner` whatever the
model says (each model build errs differently on them):

* **named halls and lodges** — "<name> community hall", "<name> sports hall", "<name> lodge": a
  venue the child is at. A hall every town has, after a town of the lists ("<suburb> sports hall"),
  is the town's; a hall after a name no town list has is the venue's own name, an org (as
  "<name> community centre" is); a lodge (a camp site) is a place by its whole name;
* **a summer camp by its name** — "camp <name>": an org the child is at (a name no list knows as an
  everyday word: "camp tomorrow", "camp fire" name none);
* **a meeting point at a chain** — "meet outside <chain>", "meet u at <chain>": the branch
  children meet at, though the chain is famous (a fan's "going greggs" stays quiet, ner_public).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import Lexicon
from .ner_places import NOT_NAME, longest_town
from .ner_words import JUNK, Cand, common, given_name

#: What a hall is for, right before "hall": a hall every town or parish has ("community hall").
HALL_KINDS = frozenset({"community", "sports", "village", "church", "scout", "scouts", "memorial", "parish", "civic"})
#: A camp site's or a club's house by its name ("<name> lodge").
_LODGES = frozenset({"lodge"})
#: Most words of a venue's name before its kind.
_NAME_WORDS = 2
#: "meet outside <chain>", "meet me at <chain>", "meet u in front of <chain>": a meeting point ("by" or
#: "near" a chain is only near it: in studied sets such a chain was no place the child named).
_MEET_AT = re.compile(
    r"\bmeet(?:\s{1,3}(?:me|u|you|us|ya|up))?\s{1,3}(?:outside|at|in\s{1,3}front\s{1,3}of)\s{1,3}(?:the\s{1,3})?$"
)


#: A summer camp by its name after "camp" ("camp <name>", "camp <name> <name>"): an org the child is at.
_CAMP = re.compile(r"(?<![\w'’#@])camp\s{1,3}(?P<a>[^\W\d_]{3,20})(?:\s{1,3}(?P<b>[^\W\d_]{3,20}))?(?![\w'’])")


def _camps(text: str, lex: Lexicon) -> Iterator[Cand]:
    """ "camp <name>": the name's words no everyday word, stop or time word ("camp tomorrow", "camp was
    fun", "camp fire" are no camp's name), and the whole no famous name or sight ("camp nou")."""
    low = text.lower()
    for m in _CAMP.finditer(low):
        if not _camp_word(m.group("a"), lex):
            continue
        end = m.end("b") if m.group("b") and _camp_word(m.group("b"), lex) else m.end("a")
        name = wl.norm(low[m.start() : end])
        if name in wl.entries("famous") or name in wl.entries("famous_places") or name in wl.entries("towns"):
            continue  # "camp nou", a stadium; "camp hill", a town (the place rules read it)
        yield m.start(), end, Kind.ORG, 0.75, 2


def _camp_word(word: str, lex: Lexicon) -> bool:
    """A word of a camp's name: no everyday, stop, time or chat word, nor a given name ("at camp sarah was
    so mean": a friend at camp)."""
    return _name_word(word, lex) and not common(word, lex) and not given_name(word, lex, everyday=True)


def venue_places(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Named halls and lodges, camps by their names, and chains met at (the forms above)."""
    low = text.lower()
    if "camp " in low:
        yield from _camps(text, lex)
    if "hall" in low or "lodge" in low:
        yield from _venues(text, lex)
    if "meet" in low:
        words = wl.text_words(text)
        for i, j, s, e in wl.find("famous", words):
            if _MEET_AT.search(low, max(0, s - 40), s) and j - i <= 2:
                yield s, e, Kind.LOCATION, 0.75, 2  # "meet outside <chain> on the high st"


def _venues(text: str, lex: Lexicon) -> Iterator[Cand]:
    """ "<town> sports hall" (the town), "<name> community hall" (an org), "<name> lodge" (a place)."""
    words = wl.text_words(text)
    lows = [w for _s, _e, w in words]
    for k, low in enumerate(lows):
        hall = low in ("hall", "halls") and k > 1 and lows[k - 1] in HALL_KINDS
        if not hall and low not in _LODGES:
            continue
        end = k - 1 if hall else k  # the kind's first word: "community" of "community hall"
        first = end
        while first > 0 and end - first < _NAME_WORDS and _name_word(lows[first - 1], lex):
            first -= 1
        if first == end:
            continue  # "the community hall", "a ski lodge": a kind of venue, no name
        town = next((i for i in range(first, end) if longest_town(lows, i) == end - i), None)
        if hall and town is not None:
            yield words[town][0], words[end - 1][1], Kind.LOCATION, 0.8, 2  # "<suburb> sports hall": the suburb's
        elif hall and all(longest_town(lows, i) == 0 for i in range(first, end)):
            yield words[first][0], words[k][1], Kind.ORG, 0.8, 2  # "<name> community hall"
        elif not hall:
            yield words[first][0], words[k][1], Kind.LOCATION, 0.8, 2  # "<town> lodge", "<name> lodge"


def _name_word(word: str, lex: Lexicon) -> bool:
    """A word that may name a venue: no stop, time, chat or kind word, no everyday word but a town's."""
    if not word.isalpha() or len(word) < 3 or word in NOT_NAME or word in JUNK or word in HALL_KINDS:
        return False
    if word in wl.entries("filler_words"):
        return False
    return not common(word, lex) or longest_town([word], 0) == 1
