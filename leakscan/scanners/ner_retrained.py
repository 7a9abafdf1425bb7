"""Places and people the kid-text model retrained as candidate C19 (models/NER.md) misses or
mislabels, read by rules for :mod:`~leakscan.scanners.ner` whatever the model says (each model
build errs differently):

* **named halls and lodges** — "<name> community hall", "<name> sports hall", "<name> lodge": a
  venue the child is at. A hall every town has, after a town of the lists ("<suburb> sports hall"),
  is the town's; a hall after a name no town list has is the venue's own name, an org (as
  "<name> community centre" is); a lodge (a camp site) is a place by its whole name;
* **a meeting point at a chain** — "meet outside <chain>", "meet u at <chain>": the branch
  children meet at, though the chain is famous (a fan's "going greggs" stays quiet, ner_public);
* **a city visited as a routine** — "we go to <city> once a week", "... every weekend": where the
  child often is (a trip once, long ago, is no one's routine: "been to paris once");
* **public people** — a singer's given name the model cut off before the surname, then the
  singer's records ("<given> <surname> songs make me cry"), as the full name before them is;
* **no person** — a name ending in a company word ("<name> Company", "<name> Ltd"): a firm, as a
  photo's copyright credit names one; a month or a season opening a post ("<Summer> come back pls"): a time the child
  speaks to, though a given name too (a name cue before or after it still reads a friend).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import LAST, WORD, Lexicon
from .ner_elsewhere import FIRST_PERSON, big_city
from .ner_places import NOT_NAME, longest_town
from .ner_words import CALENDAR, JUNK, Cand, common

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

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
#: "we go to <city> once a week", "i go to <city> every weekend": a city the child often is in.
_ROUTINE = re.compile(
    r"\b(?:go|goes|drive|fly|travel|commute|visit|visits)\s{1,3}(?:to\s{1,3})?(?P<city>[a-z]{3,20}(?:\s[a-z]{3,20})?)"
    r"\s{1,3}(?:(?:once|twice|three\s{1,3}times)\s{1,3}a|every|each)\s{1,3}"
    r"(?:week|weekend|month|fortnight|day|summer|holidays?|term|saturday|sunday|friday)\b"
)


def venue_places(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Named halls and lodges, chains met at and cities visited as a routine (the forms above)."""
    low = text.lower()
    if "hall" in low or "lodge" in low:
        yield from _venues(text, lex)
    if "meet" in low:
        words = wl.text_words(text)
        for i, j, s, e in wl.find("famous", words):
            if _MEET_AT.search(low, max(0, s - 40), s) and j - i <= 2:
                yield s, e, Kind.LOCATION, 0.75, 2  # "meet outside <chain> on the high st"
    if " every " in low or " once " in low or " twice " in low or " each " in low:
        for m in _ROUTINE.finditer(low):
            city = m.group("city")
            if FIRST_PERSON.search(low, 0, m.start()) and (city in wl.entries("world_cities") or big_city(city, lex)):
                yield m.start("city"), m.end("city"), Kind.LOCATION, 0.75, 2  # "we go to <city> once a week"


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


def season_opening(doc: Toks, tokens: Sequence[Token]) -> bool:
    """The model's person is one month or season word opening the post ("Summer come back pls"): a
    time, though a given name too; "and" after it ("june and me") is left to the name cues."""
    if len(tokens) != 1 or tokens[0].i != 0 or tokens[0].lower_ not in CALENDAR:
        return False
    return not (len(doc) > 1 and doc[1].lower_ in ("and", "&", "n", "is", "was", "said", "says"))


#: After a full name: the artist's records ("... new song on repeat", "... songs make my mam
#: cry", "... album dropped"): someone with records out, not a child near the poster (a friend's
#: show, concert or video stays).
_RECORDS_AFTER = re.compile(
    r"(?:['’]?s)?\s{1,3}(?:new\s{1,3}|latest\s{1,3}|old\s{1,3})?(?:songs?|albums?|lyrics|discography|mixtape|ep)\b"
)
#: The word right after a name, with only spaces between.
_NEXT_WORD = re.compile(r"\s{1,3}([a-z'’-]{2,20})")


def artist_records(lows: str, end: int, names: int, lex: Lexicon) -> bool:
    """A full name (``names`` words ending at ``end`` of the lower-case post) before the artist's
    records; or one name whose surname the model left out before them ("<given> <surname> songs")."""
    if names > 1:
        return _RECORDS_AFTER.match(lows, end) is not None
    nxt = _NEXT_WORD.match(lows, end)
    if nxt is None:
        return False
    info = lex.words.get(nxt.group(1))
    surname = nxt.group(1) in wl.entries("surnames") or (info is not None and bool(info[0] & LAST))
    return surname and not (info is not None and info[0] & WORD) and _RECORDS_AFTER.match(lows, nxt.end()) is not None


#: A company's last word ("<name> Company", "<name> Inc.", "<name> GmbH"): a firm, never a person.
COMPANY_WORDS = frozenset({"company", "inc", "ltd", "llc", "plc", "corp", "corporation", "gmbh", "co"})


def company_name(tokens: Sequence[Token]) -> bool:
    """The model's person ends in a company word ("Copyright <name> Company"): a firm that made a
    camera profile or a font, no one near the child."""
    words = [t.lower_.rstrip(".") for t in tokens if any(ch.isalpha() for ch in t.text)]
    return bool(words) and words[-1] in COMPANY_WORDS
