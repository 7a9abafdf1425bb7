"""What the readers of a chat share: the kinds children give in pieces and the scanners of
those kinds, pieces of messages read as one text (:class:`Joined`), and how two findings overlap."""

from __future__ import annotations

import re

from .. import lexicon, truecase
from ..findings import Finding, Kind
from ..scanners import TextScanner, text_scanners
from ..scanners.ner_words import JUNK
from ..settings import Settings

#: Messages of one sender read together for a leak across them (the checked one included).
LEAK_MESSAGES = 5
#: Characters read from the end of an earlier message (where a cut-off piece is) and from the
#: start of the checked one (where the rest is), when looking for a leak across them.
LEAK_TAIL = 120
LEAK_HEAD = 240
#: The scanners of the kinds children give in pieces, and those kinds.
LEAK_SCANNERS = frozenset({"phone", "email", "handle", "address", "age", "school"})
LEAK_KINDS = frozenset(
    {Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.ADDRESS, Kind.DATE_OF_BIRTH, Kind.SCHOOL, Kind.LOCATION}
)


#: Landmarks a child is at or near: "at the skate park", "by the river", "next to a lake".
LANDMARK_WORDS = (
    r"(?:park|mall|beach|lake|river|church|mosque|temple|shops?|store|station|library|pool|cinema|movies|field|oval|gym"
    r"|cafe|market|playground|harbou?r|bridge|farm|creek|forest|woods|hill|square|plaza|centre|center|stadium|arcade"
    # (a town's green or common: "we'll be at the green" ... "which green")
    r"|rink|skatepark|green|common)"
)
#: Where the child told they are: at or by a landmark ("im at the skate park", "by the river"), a
#: named one ("phoenix mall"), or "here" in the weather ("its freezing here").
PLACE_AT = re.compile(
    rf"(?<![\w'’])(?:(?:at|by|near|next to|outside|in|behind|opposite|to) (?:the|a|an|this|our|my) (?:[\w'’]+ )?{LANDMARK_WORDS}"
    r"|[a-z'’]{3,20} (?:mall|centre|center|plaza|shopping centre)"
    rf"|\A\W{{0,3}}(?:a|an|the) (?:[\w'’]+ )?{LANDMARK_WORDS}\W{{0,3}}\Z"  # named bare: "a church"
    r"|(?:snow|snowing|rain|raining|pouring|lashing|sunny|hot|boiling|cold|freezing|windy|stormy|humid|dark|night"
    r"|morning|late)\b[^.!?\n]{0,20}\bhere)(?![\w'’])",
    re.IGNORECASE,
)
#: A landmark told of by its kind, not named: "at the mall", "on holiday at the beach", "its
#: snowing here" (where the child is, but less than a name says: "eaton centre", "durban").
UNNAMED_AT = re.compile(
    rf"(?<![\w'’])(?:(?:at|by|near|next to|outside|in|behind|opposite|to) (?:the|a|an|this|our|my) (?:[\w'’]+ )?{LANDMARK_WORDS}"
    r"|(?:snow|snowing|rain|raining|pouring|lashing|sunny|hot|boiling|cold|freezing|windy|stormy|humid|dark|night"
    r"|morning|late)\b[^.!?\n]{0,20}\bhere)(?![\w'’])",
    re.IGNORECASE,
)
#: A question for which landmark: "which beach", "which mall lol", "what shopping centre".
WHICH_LANDMARK = re.compile(
    rf"(?<![\w'’])(?:which|wich|what|wat)\s{{1,3}}(?:[\w'’]+\s{{1,3}})?(?:{LANDMARK_WORDS}|shopping centre|shopping center)(?![\w'’])",
    re.IGNORECASE,
)
#: A landmark that narrows down a place just named: "near the botanic garden", "by the cinema"
#: (not "by the way", "near the end", "near the game", but "near the game zone"; not "by the sea"
#: or "near the coast": a coast runs along the whole town, so it narrows nothing).
NEAR_LANDMARK = re.compile(
    r"(?<![\w'’])(?:by|near|next to|opposite|behind|across from|outside|beside|close to|down by|round the corner from)"
    r"\s{1,3}the\s{1,3}(?!(?:way|time|end|start|weekend|moment|looks|sound|sounds|game(?!\s{1,3}(?:zone|store|shop|centre|center))|lobby|map|spawn|base|portal|server"
    r"|door|window|tv|pool table|bed|sea|seaside|coast|ocean)(?![\w'’]))[a-z'’&-]{2,20}(?:\s{1,3}(?!(?:and|with|but|lol|rn|now|tho|so|or|in|on|at"
    r"|for)(?![\w'’]))[a-z'’&-]{2,20}){0,2}",
    re.IGNORECASE,
)


#: What says a message gives a street address: a street's name with its type ("kauri st"), a
#: flat's or a house's number ("unit 4", "no 12"), or a house number alone ("like 17").
STREETISH = re.compile(
    r"(?<![\w'’])[a-z'’]{2,20} (?:road|rd|street|st|lane|ln|avenue|ave|terrace|tce|parade|pde|crescent|cres|close|drive|dr"
    r"|grove|boulevard|blvd|highway|hwy|court|ct)(?![\w'’])"
    r"|(?<![\w'’])(?:unit|flat|apt|apartment|house|number|no\.?|sector)\s?\d{1,5}"
    r"|\A\W{0,3}(?:like |its |it['’]s )?\d{1,5}[a-z]?\W{0,3}\Z",
    re.IGNORECASE,
)


class Joined:
    """Pieces of messages read as one text, each character mapped back to its message and offset."""

    def __init__(self, prefix: str = "") -> None:
        self.text = prefix
        self.origin: list[tuple[int, int] | None] = [None] * len(prefix)
        self._glued = False

    def glue(self, message: int, symbol: str, offset: int) -> None:
        """Append ``symbol`` (a spelled-out one, "underscore" at ``offset``) joined to the words
        on both sides."""
        if self.text.endswith(" ") and self.origin[-1] is None:
            self.text, self.origin = self.text[:-1], self.origin[:-1]
        self.text += symbol
        self.origin.append((message, offset))
        self._glued = True

    def add(self, message: int | None, text: str, offset: int = 0, *, squeeze: bool = False) -> None:
        """Append ``text`` (found at ``offset`` in message ``message``; None: words leakscan
        supplies): after one blank, or with no blank at all and its own blanks left out
        (``squeeze``: a handle's pieces)."""
        if not squeeze and not self._glued and self.text and not self.text[-1].isspace():
            self.text += " "
            self.origin.append(None)
        self._glued = False
        if message is None:
            self.text += text
            self.origin.extend([None] * len(text))
            return
        for i, char in enumerate(text):
            if squeeze and char.isspace():
                continue
            self.text += char
            self.origin.append((message, offset + i))

    def where(self, start: int, end: int) -> tuple[set[int], int, int] | None:
        """The messages ``[start, end)`` touches and the span it covers in the last of them."""
        spots = [o for o in self.origin[start:end] if o is not None]
        if not spots:
            return None
        last = max(m for m, _ in spots)
        offsets = [i for m, i in spots if m == last]
        return {m for m, _ in spots}, min(offsets), max(offsets) + 1


def leak_scanners(settings: Settings) -> tuple[TextScanner, ...]:
    """The enabled text scanners of the kinds children give in pieces (:data:`LEAK_SCANNERS`)."""
    return tuple(s for s in text_scanners(settings) if s.name in LEAK_SCANNERS)


def overlaps(finding: Finding, kind: Kind, start: int, end: int) -> bool:
    """Whether ``finding`` is a span of ``kind`` overlapping ``[start, end)``."""
    return finding.kind is kind and finding.is_span and finding.start < end and start < finding.end  # type: ignore[operator]


def inside(finding: Finding, other: Finding) -> bool:
    """Whether ``finding`` is a span of ``other``'s kind strictly inside ``other``'s span."""
    return (
        finding.kind is other.kind
        and finding.is_span
        and other.is_span
        and other.start <= finding.start  # type: ignore[operator]
        and finding.end <= other.end  # type: ignore[operator]
        and (finding.end - finding.start) < (other.end - other.start)  # type: ignore[operator]
    )


def towns(text: str) -> list[Finding]:
    """The towns and suburbs of the lexicon (GeoNames: the eight regions and 18 more countries) named in ``text``:
    a place the named-entity model did not take for one ("originally cork but now limerick")."""
    return [
        Finding(kind=Kind.LOCATION, text=text[start:end], start=start, end=end, confidence=0.8, scanner="towns")
        for _, _, start, end in lexicon.find("towns", lexicon.text_words(text))
    ]


def everyday(text: str) -> bool:
    """Whether ``text`` is one everyday English word ("cool", "guess", "near"), which a child
    says instead of an answer; a town or place of the lexicon never is."""
    word = text.strip().lower()
    if word in JUNK:
        return True  # chat filler: "rlly?", "ngl"
    if not word.isalpha() or word in lexicon.entries("towns") or word in lexicon.entries("places"):
        return False
    info = truecase.lexicon().words.get(word)
    return info is not None and bool(info[0] & truecase.WORD)
