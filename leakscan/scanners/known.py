"""Known private facts: the child's own names, school, street, town, phone, e-mail and handles.

A parent or an app lists them in ``Settings.known`` (:class:`~leakscan.settings.KnownFacts`);
this scanner finds them however the child writes them and reports each as its own kind
with ``detail="known"`` (the policy makes those high severity):

=========  ==========  ===========================================================
setting    kind        matched as
=========  ==========  ===========================================================
names      PERSON      the full name; surname alone (0.8); first name alone (0.6)
schools    SCHOOL      the full name; without "school"/"academy"; the name without
                       its type words when two or more words remain (0.7)
streets    ADDRESS     the full value; the street without its house/flat number (0.9)
towns      LOCATION    the full name
phones     PHONE       the national significant number (or its last 7+ digits) inside
                       any digit sequence, spelled-out digits included
emails     EMAIL       the address, also written "name at domain dot com"; the part
                       before the @ alone when it is distinctive (0.7)
handles    HANDLE      with or without "@" ("@" needed for a short plain word such as
                       "@jake"), "." / "_" / "-" written or left out
=========  ==========  ===========================================================

Words are compared case-insensitively, accents and apostrophes ignored ("Zoë" = "zoe",
"St. Mary's" = "st marys"), with street and school abbreviations folded ("Street" = "St",
"Road" = "Rd", "Elementary" = "Elem", "Saint" = "St"), across any short run of spaces or
punctuation between words ("Emma  Johnson", "emma-johnson", "emma_johnson"), and joined
("emmajohnson"). Small typos are allowed in words of 5+ letters: one edit (a substitution,
insertion, deletion or swap of neighbours) for 5-8 letters, two for 9+; shorter words and
numbers must be exact. A typo that turns the word into an everyday English word ("grace"
-> "grade") does not count, and a single-word match on a word that is also an everyday
word ("Will", "Rose", "Reading") counts only when written with a capital.

Everything is prepared once per :class:`KnownFacts` (cached); with no known facts the
scanner does nothing. Matching tokenises the text once and looks each word up in a hash
table (exact) and in a small length-bucketed list (typos), so the cost is linear in the
length of the text. The facts are compiled by :mod:`~leakscan.scanners.known_matcher`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..findings import Finding, Kind
from ..spans import first_fit
from .base import TextContext
from .digits import digit_sequences
from .known_matcher import MAX_GAP, POSSESSIVE, TOKEN, Matcher, everyday, matcher_for, skeleton

# -- the scanner ------------------------------------------------------------------------------

_Cand = tuple[int, int, Kind, float, int]  # start, end, kind, confidence, words matched


class KnownFactsScanner:
    """Finds the child's own known facts (``Settings.known``) in a text."""

    name = "known"
    kinds = frozenset({Kind.PERSON, Kind.SCHOOL, Kind.ADDRESS, Kind.LOCATION, Kind.PHONE, Kind.EMAIL, Kind.HANDLE})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one finding per known fact written in ``ctx.text`` (``detail="known"``)."""
        m = matcher_for(ctx)
        if m is None:
            return
        cands: list[_Cand] = []
        # Words, e-mails and handles are matched on the skeleton (look-alike letters read as
        # Latin); phone numbers on the digit sequences (look-alike digits folded already).
        folded = ctx.folded if ctx.text.isascii() else skeleton(ctx.text)
        if m.by_first:
            cands.extend(_word_matches(ctx.text, folded, m))
        if m.patterns:
            cands.extend(_pattern_matches(folded, m))
        if m.phones:
            cands.extend(_phone_matches(ctx, m))
        for start, end, kind, confidence, _ in _resolve(cands):
            yield ctx.finding(kind, start, end, scanner=self.name, confidence=confidence, detail="known")


class _Hit(NamedTuple):
    """A text word that stands for at least one known word."""

    start: int
    end: int
    norm: str
    readings: tuple[str, ...]


def _word_matches(text: str, folded: str, m: Matcher) -> Iterator[_Cand]:
    """Known names, schools, streets and towns, word by word (one pass over the text)."""
    memo, readings_of = m.reading_memo, m.readings
    # Most posts hold none of the known words: find that out from the distinct words first.
    for word in set(TOKEN.findall(folded)):
        hit = memo.get(word)
        if (hit or readings_of(word))[1]:
            break
    else:
        return
    hits: list[_Hit] = []
    for t in TOKEN.finditer(folded):
        word = t.group()
        norm, readings = memo.get(word) or readings_of(word)
        if readings:
            hits.append(_Hit(t.start(), t.end(), norm, readings))
    for i, hit in enumerate(hits):
        for first in hit.readings:
            for variant in m.by_first.get(first, ()):
                j = _match_from(folded, hits, i, variant.words)
                if j is None:
                    continue
                exact = all(hits[i + k].norm.rstrip("s") == w.rstrip("s") for k, w in enumerate(variant.words))
                if variant.guarded and not _guard_ok(text, hit, exact):
                    continue
                confidence = variant.confidence if exact else round(variant.confidence * 0.9, 3)
                yield hit.start, hits[j].end, variant.kind, confidence, len(variant.words)


def _match_from(folded: str, hits: list[_Hit], i: int, words: tuple[str, ...]) -> int | None:
    """Index of the last hit when ``words`` are read at consecutive text words from hit ``i``."""
    j = i
    for k in range(1, len(words)):
        j = i + k
        if j >= len(hits) or words[k] not in hits[j].readings:
            return None
        gap = folded[hits[j - 1].end : hits[j].start]
        if gap[:2] in POSSESSIVE:
            gap = gap[2:]  # "st mary's primary"
        if len(gap) > MAX_GAP or any(c.isalnum() for c in gap):
            return None  # another word in between, or too far apart
    return j


def _guard_ok(text: str, tok: _Hit, exact: bool) -> bool:
    """A single-word match on an everyday word ("will", "rose") needs a capital letter."""
    if not exact:
        return True  # readings() already refused typos that are everyday words
    if not everyday(tok.norm):
        return True
    word = text[tok.start : tok.end]
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _pattern_matches(folded: str, m: Matcher) -> Iterator[_Cand]:
    """Known e-mail addresses and handles."""
    for rx, kind, confidence, literal in m.patterns:
        if literal not in folded:
            continue
        for hit in rx.finditer(folded):
            conf = confidence
            if kind is Kind.EMAIL and not (rx.groupindex and hit.group("dom")):
                conf = 0.7  # the part before the @ alone
            yield hit.start(), hit.end(), kind, conf, 100


def _phone_matches(ctx: TextContext, m: Matcher) -> Iterator[_Cand]:
    """A known phone number inside any digit sequence of the text (spelled digits too)."""
    folded = ctx.folded
    for start, end, digits in digit_sequences(ctx):
        for nsn, key in m.phones:
            for needle, confidence in ((nsn, 1.0), (key, 0.9)):
                idx = digits.find(needle)
                if idx < 0:
                    continue
                yield (*_phone_span(folded, start, end, digits, idx, len(needle), m), Kind.PHONE, confidence, 100)
                break
            else:
                continue
            break


def _phone_span(folded: str, start: int, end: int, digits: str, idx: int, size: int, m: Matcher) -> tuple[int, int]:
    """The characters of the matched digits (the whole sequence when it is one number)."""
    if digits[:idx] in m.phone_prefixes and idx + size == len(digits):
        if start and folded[start - 1] == "+":
            start -= 1  # "+44 7700 900123": the plus belongs to the number
        return start, end
    positions = [p for p in range(start, end) if folded[p].isascii() and folded[p].isdigit()]
    if len(positions) != len(digits):
        return start, end  # spelled-out digits: report the whole sequence
    return positions[idx], positions[idx + size - 1] + 1


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping matches: more words first, then higher confidence, then longer."""
    cands.sort(key=lambda c: (-c[4], -c[3], -(c[1] - c[0]), c[0]))
    return sorted(first_fit(cands))
