"""ADDRESS scanner: a street address or a postal code that locates a child's home.

What it finds:

* a house number, a street name and a street type: "42 Oak Street", "1600 N Maple Ave",
  "27 Victoria Road", "12 The Crescent"; with a unit before or after ("flat 3, 27 Victoria
  Road", "42 Oak St Apt 4B"), and then the town, state/county and postcode on the same line or
  the next lines ("..., Springfield, IL 62704", "...\\nLeeds\\nLS6 2AB");
* lower-case forms ("we live at 42 oak street");
* the common non-English forms: "Rue du Centre 12", "12 rue du Centre", "Via Roma 5",
  "Calle Mayor 3", "Mellemvej 32", "Schillerstraße 7", "Rákóczi út 13";
* a street name without a number after "I live on" ("I live on Maple Street") or after a preposition
  when written as a name ("the party is on Oak Avenue"); a town right after a street is a LOCATION;
* postal codes after a cue ("my zip is 62704", "postcode LS6 2AB", "our post code is K1A 0B1"):
  US ZIP / ZIP+4, UK, Canadian, and 3-6 digit codes (never a bare number without a cue);
* what follows a strong cue and starts with a house number ("my address is 12 Calle 5",
  "we live at 5521 119 Countess Close"), P.O. boxes and military addresses.

What it leaves alone: "level 42", "chapter 12 street fighter", "we won 42-12", "Route 66",
"3 main reasons", "the 5 ways", "a 5 min drive", prices and times.

How: a quick pre-check (a digit, a street word or a cue must be there), then work anchored on
the few numbers and street words of the text, with small linear-time regular expressions
(bounded repetition only). Offsets are into ``ctx.text``; matching runs on ``ctx.folded``.
The word lists are in :mod:`~leakscan.scanners.address_words`; what stands before a number (a
cue, words on its line, a number spelled out) is read by :mod:`~leakscan.scanners.address_before`,
what may follow a street (a unit, a town, a region, a postcode, a country) by
:mod:`~leakscan.scanners.address_tail`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..findings import Finding, Kind
from ..lexicon import entries
from ..spans import joined_scores, unite
from .address_before import cue_before, last_word, line_words_before, spelled_before
from .address_public import public_code
from .address_tail import CA_POSTCODE, LINE_WORD, UK_POSTCODE, tail, town_after
from .address_words import (
    ABBREV_SUFFIXES,
    ALL_SUFFIXES,
    AMBIGUOUS_PREFIX_TYPES,
    CHUNK_STOP,
    COMPOUND_ENDINGS,
    FAMOUS_ADDRESSES,
    FAMOUS_STREETS,
    JUNK,
    LIVE_CUES,
    MEDIUM_SUFFIXES,
    NAMED_SUFFIXES,
    NOT_STREET_WORDS,
    NUMBER_WORDS,
    PARTICLES,
    PREFIX_TYPES,
    PREPS,
    SEPARATE_TYPES,
    SHORT_RISKY_ENDINGS,
    STOP,
    STREET_WORD_TRIGGERS,
    STRONG_SUFFIXES,
    WEAK_CUES,
)
from .address_world import world_addresses
from .base import TextContext
from .ner_words import MONTHS


def _alt(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first (so "st" never shadows "street")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------------------------
# Regular expressions (linear time: bounded repetition, no nested unbounded quantifiers)
# --------------------------------------------------------------------------------------------

_DIGIT = re.compile(r"[0-9]")

#: One word of a street name (letters first; or an ordinal such as "5th", "21st").
_NT = r"(?:(?!(?:" + _alt(STOP) + r")(?![\w'’]))[^\W\d_][\w'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th))"
_DIR = r"(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)"

#: A house number standing on its own (not part of a price, a score, a time or a decimal).
_HOUSE_NUM = re.compile(r"(?<![\w.,:/$£€#+'’-])\d{1,6}[a-z]?(?:[-/]\d{1,5}[a-z]?)?(?![\w%°:/$€£'’-]|[.,]\d)")


#: After a house number: [second number] [direction] name (1-4 words) street-type [direction].
@cache
def _en_core(min_extra: int) -> re.Pattern[str]:
    """After a house number: [second number] [direction] name (1-4 words) street-type [direction].

    ``min_extra`` is the least number of name words after the first (0-3): when a short reading
    is refused ("400 lake shore" + "dr"), a longer one is tried. Each is compiled when first
    needed (~10 ms each; most texts never need the longer ones).
    """
    return re.compile(
        r"(?P<num2>[ \t]{1,2}\d{1,5}[a-z]?)?"
        r"[ \t]{1,3}(?:(?P<dir>" + _DIR + r")\.?[ \t]{1,3})?"
        r"(?P<name>(?:the[ \t]{1,3})?" + _NT + r"(?:[ \t]{1,3}" + _NT + r"){" + str(min_extra) + r",3}?)"
        r"[ \t]{1,3}(?P<suf>" + _alt(ALL_SUFFIXES) + r")(?P<dot>\.)?(?![\w'’-])"
        r"(?:[ \t]{1,2}(?P<dir2>" + _DIR + r")(?![\w'’-])\.?)?"
    )


#: A second street type right after the first ("Benson Park Drive").
_NEXT_SUFFIX = re.compile(r"[ \t]{1,2}(" + _alt(STRONG_SUFFIXES | MEDIUM_SUFFIXES) + r")(\.)?(?![\w'’-])")
#: "The Crescent", "The Green" (a house number then "the" and a street type).
_THE_CORE = re.compile(r"[ \t]{1,3}the[ \t]{1,3}(?P<suf>" + _alt(MEDIUM_SUFFIXES | STRONG_SUFFIXES) + r")(?![\w'’-])")
#: After a house number: a prefix street type and its name ("12 rue du Centre").
_PREFIX_CORE = re.compile(
    r"(?:[ \t]{1,2}\d{1,5}[a-z]?)?[ \t]{0,2},?[ \t]{1,3}(?P<pre>" + _alt(PREFIX_TYPES) + r")\.?[ \t]{1,3}"
    r"(?P<name>[^\W_][\w'’.-]{0,30}(?:[ \t]{1,3}[^\W_][\w'’.-]{0,30}){0,5})"
)
#: After a house number: a name of 1-4 words then a second number ("1593 Pagari 18").
_NUM_NAME_NUM = re.compile(
    r"[ \t]{1,3}(?P<name>" + _NT + r"(?:[ \t]{1,3}" + _NT + r"){0,3})[ \t]{1,3}(?P<num2>\d{1,5}[a-z]?)(?![\w/:-])"
    r"(?:\.?[ \t]{1,2}(?P<suf>st|street|rd|road)(?![\w'’-])\.?)?"
)

#: A unit before the street ("flat 3, ", "Apt. 722 ", "Suite 541 ").
_UNIT_BEFORE = re.compile(
    r"(?:apt|apartment|flat|unit|suite|ste)\.?[ \t]{0,2}(?:#?[ \t]?[a-z]?\d{1,5}[a-z]?[ \t]{0,2},?[ \t]{1,3})?$"
)
#: A unit on its own ("apt 4B", "Suite 541"); flats and units need a street next to them.
_UNIT_ALONE = re.compile(
    r"(?<![\w])(?:apt|apartment|suite)\.?[ \t]{0,2}(?:no\.?[ \t]?|#[ \t]?)?(?P<n>\d{1,5}[a-z]?|[a-z]\d{1,4})(?![\w-])"
)


#: A cue then a postal code: "my zip is 62704", "postcode LS6 2AB", "post code: K1A 0B1".
_ZIP = re.compile(
    r"\b(?P<cue>zip[ \t]?code|zipcode|zip|post[ \t]?code|postal[ \t]?code|pin[ \t]?code|pincode|eircode)s?"
    r"(?:[ \t]{0,3}(?:is|was|its|it['’]s|=|:|-|#|no\.?|number|of[ \t]\w{1,20}[ \t]is"
    # a laugh or an emoji before the linking word: "why does it want my zip code lol its 12345", "... 😂 its
    # 12345"; the form it is for, then whose it is: "postal code for the form mine is 2040"
    r"|(?:lol|lmao|haha|ngl|tbh|bruh|idk|[^\x00-\x7f]{1,4})[ \t]{1,3}(?:is|its|it['’]s|mine[ \t]{1,3}is)"
    r"|for[ \t]{1,3}(?:the|a|my|this)[ \t]{1,3}[a-z]{2,12}[ \t]{1,3}mine[ \t]{1,3}is))?[ \t]{0,3}(?:is[ \t]{1,3})?"
    r"(?P<code>\d{5}(?:-\d{3,4})?|\d{4}-\d{3}|"
    + UK_POSTCODE
    + "|"
    + CA_POSTCODE
    + r"|\d{3}[ \t]\d{2}|\d{3,6})(?![\w-])"
)

#: A postal code written into a form's field named after it: "put 30318 for the zip", "write 60614
#: as our zip code" (a verb of filling in first: "paid 2500 for the zip hoodie" is a price).
_ZIP_AFTER = re.compile(
    r"(?<![\w'’])(?:put|putting|write|wrote|writing|type|typed|enter|entered|use|used|fill|filled|gave|give)"
    r"[ \t]{1,3}(?:in[ \t]{1,3})?(?P<code>\d{5}(?:-\d{4})?|\d{4}|\d{6})[ \t]{1,3}(?:for|as|in)[ \t]{1,3}(?:the|my|our|ur|your)[ \t]{1,3}"
    r"(?:zip[ \t]?code|zipcode|zip|post[ \t]?code|postal[ \t]?code|pin[ \t]?code|pincode|eircode)(?![\w-])(?![ \t]{1,3}(?:hoodie|jacket|bag|pocket|line|tie|lock)s?(?![\w]))"
)

#: A US ZIP code named as the area one lives or goes in: "anyone in the 30318 zip", "kids from our 60614
#: zip code" (a place word before it: "the 5000 zip ties" is a count of things).
_ZIP_AREA = re.compile(
    r"(?<![\w'’])(?:in|from|near|around|round)[ \t]{1,3}(?:the|my|our|ur|your)[ \t]{1,3}(?P<code>\d{5})[ \t]{1,3}"
    r"(?:zip[ \t]?code|zipcode|zip)s?(?![\w-])(?![ \t]{1,3}(?:ties?|lock|bags?|hoodie|jacket|pocket|line)(?![\w]))"
)

#: A street-type word (for street names without a house number).
_STREET_WORD = re.compile(
    r"\b(?P<suf>street|road|avenue|ave|lane|boulevard|blvd|st|rd|drive|crescent|terrace|close|court|way|place"
    r"|grove|gardens|circle|parkway|highway|hwy|square|trail|row|mews|walk|ln|dr|ct|pl)(?P<dot>\.)?(?![\w'’-])"
)
_LIVE_CUE_LAST = frozenset(c.split()[-1] for c in LIVE_CUES)
#: P.O. boxes and US military addresses.
_PO_BOX = re.compile(r"\bp\.?[ \t]?o\.?[ \t]?box[ \t]{0,2}#?[ \t]?\d{1,6}\b|\bpost[ \t]office[ \t]box[ \t]\d{1,6}\b")
_MILITARY = re.compile(
    r"\b(?:(?:psc|unit|cmr)[ \t]\d{1,5},?[ \t]box[ \t]\d{1,5}|(?:uss|usns|usnv|usnh|uscgc)[ \t][^\W\d_][\w'-]{1,30})"
    r"(?:[ \t]{0,3}[,\n][ \t]{0,3}|[ \t]{1,3})(?:apo|fpo|dpo)[ \t](?:aa|ae|ap)[ \t]\d{5}\b"
    r"|\b(?:apo|fpo|dpo)[ \t](?:aa|ae|ap)[ \t]\d{5}\b"
)

# --------------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------------

Span = tuple[int, int, float]
_NUM_AFTER = re.compile(r"[ \t]{1,3}\d{1,5}[a-z]?(?![\w-])")
_NEXT_WORD = re.compile(r"[ \t]{1,3}([^\W_][\w'’.-]{0,30})")
#: Words that name the number after a street as its house number ("Birch Lane no 18").
_NUMBERING = frozenset({"no", "nr", "number", "num", "house"})


class AddressScanner:
    """Find street addresses and postal codes (see the module docstring)."""

    name = "address"
    kinds = frozenset({Kind.ADDRESS, Kind.LOCATION})  # LOCATION: a town right after a street

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one ADDRESS finding per address (pieces that touch are merged)."""
        folded = ctx.folded
        text = ctx.text
        has_digit = _DIGIT.search(folded) is not None
        street_word = any(t in folded for t in STREET_WORD_TRIGGERS)
        if not has_digit and not street_word:
            return
        spans: list[Span] = []
        places: list[Span] = []  # a town right after a street ("12 wattle st bankstown"): a LOCATION
        if has_digit:
            spans.extend(self._numbered(text, folded))
            if "zip" in folded or "post" in folded or "pin" in folded or "eircode" in folded:
                spans.extend(self._zip(folded))
            if "box" in folded or "apo" in folded or "fpo" in folded or "dpo" in folded:
                spans.extend((m.start(), m.end(), 0.9) for m in _PO_BOX.finditer(folded))
                spans.extend((m.start(), m.end(), 0.9) for m in _MILITARY.finditer(folded))
            if "apt" in folded or "apartment" in folded or "suite" in folded:
                spans.extend(self._units(folded))
            spans.extend(world_addresses(folded, text))
        if street_word:
            spans.extend(self._named_streets(text, folded))
        for start, end, conf in unite(spans, joined_scores):
            if " ".join(folded[start:end].split()) in FAMOUS_ADDRESSES or public_code(folded, start, end):
                continue  # "221b baker street", "8 rainbow road", the white house's zip: no one's home
            yield ctx.finding(Kind.ADDRESS, start, end, scanner=self.name, confidence=conf)
            town = town_after(text, folded, end)
            if town is not None:
                places.append((*town, conf))
        for start, end, conf in unite(places, joined_scores):
            if not any(s < end and start < e for s, e, _ in spans):  # a town inside another address stays in it
                yield ctx.finding(Kind.LOCATION, start, end, scanner=self.name, confidence=conf)

    # -- anchored on house numbers ------------------------------------------------------------

    def _numbered(self, text: str, folded: str) -> Iterator[Span]:
        taken = 0  # end of the last accepted span: numbers inside it are skipped
        for m in _HOUSE_NUM.finditer(folded):
            s = m.start()
            if s < taken:
                continue
            found = self._at_number(text, folded, s, m.end())
            if found:
                taken = found[1]
                yield found

    def _at_number(self, text: str, folded: str, s: int, e: int) -> Span | None:
        """An address that starts (or ends) with the house number ``folded[s:e]``."""
        start = s
        pre = _UNIT_BEFORE.search(folded, max(0, s - 24), s) if s else None
        if pre and (pre.group().rstrip(" \t,")[-1:].isdigit() or "/" in folded[s:e]):
            start = pre.start()
        else:
            pre = None
        nxt = _NEXT_WORD.match(folded, e)
        month = nxt is not None and _day_month(folded[s:e], nxt.group(1), folded[nxt.end() : nxt.end() + 40])
        if nxt is not None and nxt.group(1).rstrip(".") not in JUNK and not month:
            found = self._number_first(text, folded, s, e, start, pre is not None)
            if found:
                return found
        # The number ends the street: "Mellemvej 32", "Rua Cidade de Maracajá 468".
        if s and folded[s - 1] in " \t":
            return self._number_after_name(text, folded, s, e)
        return None

    def _number_first(self, text: str, folded: str, s: int, e: int, start: int, unit: bool) -> Span | None:
        """An address that starts with the house number ``folded[s:e]`` (and a word after it)."""
        cue_words = cue_before(folded, start)
        cue = cue_words is not None and cue_words not in WEAK_CUES
        # 1. English: "42 Oak Street", "12 the crescent".
        extra = 0
        while extra < 4:
            m = _en_core(extra).match(folded, e)
            if not m:
                break
            end = m.end()
            if m.group("dot") and m.group("suf") not in ABBREV_SUFFIXES:
                end -= 1
            if m.group("suf") not in STRONG_SUFFIXES:
                # "Benson Park Drive", "New Creek Road": the real street type comes next.
                nxt = _NEXT_SUFFIX.match(folded, m.end())
                if nxt and not m.group("dot"):
                    end = nxt.end() if nxt.group(1) in ABBREV_SUFFIXES or not nxt.group(2) else nxt.end(1)
            ok, conf, end = self._judge_core(text, folded, m, s, e, end, cue or unit, cue_words is not None)
            if ok:
                return start, end, conf
            extra = len(m.group("name").split())  # try a longer name
        m = _THE_CORE.match(folded, e)
        if m and (text[m.start("suf")].isupper() or cue):
            return start, tail(text, folded, m.end())[0], 0.8
        # 2. Prefix types after the number: "12 rue du Centre", "95 Avenue des Tuileries".
        m = _PREFIX_CORE.match(folded, e)
        if m:
            name_end = _trim_name(folded, m.start("name"), m.end("name"))
            if name_end > m.start("name") and (
                m.group("pre") not in AMBIGUOUS_PREFIX_TYPES
                or text[m.start("pre")].isupper()
                or text[m.start("name")].isupper()
                or cue
            ):
                end = name_end
                m2 = _NUM_AFTER.match(folded, end)
                if m2:
                    end = m2.end()
                return start, tail(text, folded, end)[0], 0.8
        # 3. Number, name, number: "255 hersnapvej 18", "1593 Pagari 18".
        m = _NUM_NAME_NUM.match(folded, e)
        if m:
            words = m.group("name").split()
            if not any(w in JUNK for w in words):
                last = words[-1].rstrip(".")
                street_like = _is_compound_street(last) or (
                    len(words) >= 2 and (last in SEPARATE_TYPES or words[-1] == "u.")
                )
                tail_end, level = tail(text, folded, m.end())
                if street_like or cue or unit or level >= 2 or m.group("suf"):
                    return start, tail_end, 0.85 if street_like else 0.7
        # 4. After a strong cue: whatever starts with the number ("my address is 12 Calle 5").
        if cue or unit:
            return self._cue_chunk(text, folded, start, e)
        return None

    def _judge_core(
        self, text: str, folded: str, m: re.Match[str], s: int, e: int, end: int, context: bool, weak: bool
    ) -> tuple[bool, float, int]:
        """Is the English core match ``m`` an address? ``(accept, confidence, end)``."""
        suf = m.group("suf")
        name = m.group("name")
        words = [w.strip(".") for w in name.split()]
        if any(w in JUNK for w in words):
            return False, 0.0, end
        if suf == "st" and _saint_after(folded, m.end()):
            # "won 4 nil vs st. gerards", "grade 7 at st bedes": "st" before a saint's possessive is a
            # school's or a church's "Saint", no street type
            return False, 0.0, end
        ns = m.start("name")
        raw_words = text[ns : m.end("name")].split()
        title = all(w[:1].isupper() or w[:1].isdigit() for w in raw_words if w.lower() != "the")
        title = title and text[m.start("suf")].isupper()
        tail_end, strong_tail = tail(text, folded, end)
        if suf not in STRONG_SUFFIXES and not (context or strong_tail):
            # "2014 4th Estate": a year, or a name that is only an ordinal, needs more evidence.
            num = folded[s:e]
            if all(w[:1].isdigit() for w in words) or (len(num) == 4 and num[:2] in {"19", "20"}):
                return False, 0.0, end
        if suf in STRONG_SUFFIXES:
            return True, 0.9 if title or context else 0.85, tail_end
        if suf in MEDIUM_SUFFIXES:
            if title or context or strong_tail:
                return True, 0.85 if title else 0.75, tail_end
            if weak or _plausible_lower(folded, s, e, words, end):
                return True, 0.6, tail_end
            return False, 0.0, end
        if context or strong_tail:
            return True, 0.7, tail_end
        return False, 0.0, end

    def _number_after_name(self, text: str, folded: str, s: int, e: int) -> Span | None:
        """A street whose number comes after the name ("Mellemvej 32", "Via Roma 5")."""
        k = s - 1
        while k > 0 and s - k < 40 and folded[k - 1] not in " \t\n":
            k -= 1
        last_raw = folded[k : s - 1].strip(".,;:!?'\"")
        if last_raw in _NUMBERING and k > 0:  # "birch lane no 18": the number said to be one
            return self._street_numbered(text, folded, k, e)
        if (
            not last_raw
            or last_raw[-1].isdigit()
            or last_raw in JUNK
            or last_raw in STOP
            or last_raw in NOT_STREET_WORDS
        ):
            return None
        if folded[k : k + 1] in "@#":
            return None  # "@kaaaatie 4", "#nexus 6": a handle or a tag
        if not (
            text[k : k + 1].isupper()
            or _is_compound_street(last_raw)
            or last_raw in SEPARATE_TYPES
            or folded[s - 3 : s - 1] == "u."
            or _PREFIX_WORD.search(folded, max(0, k - 60), k)
        ):
            return None
        before = line_words_before(folded, s, 6)
        if not before:
            return None
        # Keep the words after the last stop word ("we live on mellemvej 32" -> "mellemvej").
        first = 0
        for i, (w, _) in enumerate(before):
            if (w in STOP and w not in PARTICLES) or w.isdigit():
                first = i + 1
        cue_words = cue_before(folded, before[first][1]) if first < len(before) else None
        cue = cue_words is not None and cue_words not in WEAK_CUES
        before = before[first:]
        if not before:
            return None
        words = [w for w, _ in before]
        starts = [p for _, p in before]
        last = words[-1]
        if last in JUNK or last in STOP:
            return None
        # a) a compound street word right before the number: "Mellemvej 32", "Paul-Nevermann-Platz 47"
        if _is_compound_street(last) and (not _risky_compound(last) or cue or tail(text, folded, e)[1]):
            return _extend_back(text, starts, len(words) - 1), tail(text, folded, e)[0], 0.85
        # b) a separate street type: "Rákóczi út 13", "Luite tee 71", "Király u. 15"
        if len(words) >= 2 and (last in SEPARATE_TYPES or (last == "u" and folded[s - 3 : s - 1] == "u.")):
            return _extend_back(text, starts, len(words) - 2), tail(text, folded, e)[0], 0.85
        # c) a prefix type in the last words: "Via delle Coste 41", "Calle Mayor 3"
        for i, w in enumerate(words[:-1]):
            if w in PREFIX_TYPES:
                if w in AMBIGUOUS_PREFIX_TYPES and not (text[starts[i + 1]].isupper() or cue):
                    continue
                if any(x in JUNK for x in words[i + 1 :]):
                    continue
                return starts[i], tail(text, folded, e)[0], 0.8
        end, level = tail(text, folded, e)
        # d) an English street type then the number ("Oak Street 12"), after a cue.
        if cue and last in ALL_SUFFIXES and len(words) >= 2:
            return _extend_back(text, starts, len(words) - 2), end, 0.7
        # e) a capitalised word and a number, after a cue or before a unit/postcode ("Brisas 6802").
        if (cue or level >= 2) and text[starts[-1]].isupper():
            return _extend_back(text, starts, len(words) - 1), end, 0.6
        return None

    def _street_numbered(self, text: str, folded: str, k: int, e: int) -> Span | None:
        """An English street type, "no"/"number", a number ("Birch Lane no 18"): an address, cue or not."""
        before = line_words_before(folded, k, 5)
        first = max((i + 1 for i, (w, _) in enumerate(before) if w in STOP or w.isdigit()), default=0)
        words, starts = [w for w, _ in before[first:]], [p for _, p in before[first:]]
        if len(words) < 2 or words[-1] not in ALL_SUFFIXES or any(w in JUNK for w in words):
            return None
        return _extend_back(text, starts, len(words) - 2), tail(text, folded, e)[0], 0.75

    def _cue_chunk(self, text: str, folded: str, start: int, e: int) -> Span | None:
        """After a strong cue: the house number and the words after it, up to a stop."""
        pos = e
        good = 0
        end = e
        for _ in range(8):
            m = _NEXT_WORD.match(folded, pos)
            if not m:
                break
            w = m.group(1).rstrip(".")
            if w in CHUNK_STOP or w in JUNK:
                break
            if not w.isdigit():
                good += 1
            pos = m.end()
            end = m.end() if not m.group(1).endswith(".") or w in ABBREV_SUFFIXES else m.end() - 1
        if good == 0:
            return None
        return start, tail(text, folded, end)[0], 0.7

    # -- postal codes after a cue -------------------------------------------------------------

    def _zip(self, folded: str) -> Iterator[Span]:
        for m in _ZIP.finditer(folded):
            code = m.group("code")
            if "pin" in m.group("cue") and not (len(code) == 6 and code.isdigit()):
                continue  # a PIN is a password unless it is an Indian 6-digit PIN code
            yield m.start("code"), m.end("code"), 0.85
        for m in _ZIP_AFTER.finditer(folded):
            yield m.start("code"), m.end("code"), 0.8
        for m in _ZIP_AREA.finditer(folded):
            yield m.start("code"), m.end("code"), 0.8

    def _units(self, folded: str) -> Iterator[Span]:
        for m in _UNIT_ALONE.finditer(folded):
            after = folded[m.end() : m.end() + 12].split()
            if after and after[0].strip(".,!?") in JUNK:
                continue
            yield m.start(), m.end(), 0.6

    # -- street names without a house number --------------------------------------------------

    def _named_streets(self, text: str, folded: str) -> Iterator[Span]:
        for m in _STREET_WORD.finditer(folded):
            a = m.start()
            prev = last_word(folded, a)
            if not prev or prev[-1].isdigit() or prev in STOP or prev in JUNK or prev in STRONG_SUFFIXES:
                continue  # cheap test first: no name right before the street word
            before = line_words_before(folded, a, 8)
            if not before:
                continue
            suf = m.group("suf")
            end = m.end() if m.group("dot") and suf in ABBREV_SUFFIXES else m.end("suf")
            suf_title = text[a].isupper()
            words = [w for w, _ in before]
            # The name is 1-4 words right before the street word.
            for k in range(1, min(4, len(words)) + 1):
                name = words[-k:]
                if name[0] in STOP or name[0] in JUNK or name[0].isdigit():
                    break
                rest = words[:-k]
                # "I live on maple street"
                if (
                    rest
                    and rest[-1] in _LIVE_CUE_LAST
                    and any(" ".join(rest[-j:]) in LIVE_CUES for j in range(2, min(5, len(rest) + 1)))
                ):
                    if not any(w in JUNK for w in name) and " ".join([*name, suf]) not in entries("towns"):
                        yield before[-k][1], tail(text, folded, end)[0], 0.8  # not "moved to elk grove"
                    break
                # "twenty two maple ave"
                num = spelled_before(rest) if rest and rest[-1] in NUMBER_WORDS else 0
                if num and not any(w in JUNK or w in ALL_SUFFIXES for w in name):
                    yield before[-k - num][1], tail(text, folded, end)[0], 0.7
                    break
                # "on Oak Avenue" (capitalised)
                if rest and rest[-1] in PREPS:
                    if suf_title and suf in NAMED_SUFFIXES and self._named_ok(text, before[-k:], name, suf):
                        yield before[-k][1], end, 0.6
                    break

    @staticmethod
    def _named_ok(text: str, name_words: list[tuple[str, int]], name: list[str], suf: str) -> bool:
        """A capitalised street name that is not a famous title ("Sesame Street")."""
        if not all(text[p : p + 1].isupper() or text[p : p + 1].isdigit() for _, p in name_words):
            return False
        return " ".join([*name, suf]) not in FAMOUS_STREETS and not any(w in JUNK for w in name)


#: A prefix street type somewhere before (a quick test for "rua das pedras 930").
_PREFIX_WORD = re.compile(r"(?<![\w])(?:" + _alt(PREFIX_TYPES - AMBIGUOUS_PREFIX_TYPES) + r")\.?[ \t]")


#: The word after "st", with its possessive "'s" if any.
_WORD_AFTER = re.compile(r"[ \t]{1,3}([a-z]+)(['’]s)?(?![\w'’-])")


def _saint_after(folded: str, at: int) -> bool:
    """A saint's name as a possessive ("gerards", "anne's"; the ``school_saints`` lexicon) right
    at ``at``: the "st" before it is "Saint". Only the possessive: "12 main st james" may be a
    street and then a boy."""
    m = _WORD_AFTER.match(folded, at)
    if m is None:
        return False
    word = m.group(1)
    saints = entries("school_saints")
    if m.group(2):
        return word in saints
    return word.endswith("s") and word in saints and word[:-1] in saints


def _plausible_lower(folded: str, s: int, e: int, words: list[str], end: int) -> bool:
    """A lower-case "3 kingfisher close": a number (not 1) then singular words, not "close to"."""
    num = folded[s:e]
    if num in {"1", "0"} or not num[:1].isdigit():
        return False
    if any(w.endswith("s") and not w.endswith("ss") for w in words):
        return False  # "2 dogs close": a count of things
    nxt = _NEXT_WORD.match(folded, end)
    return not (nxt and nxt.group(1) in {"to", "by", "enough", "up", "out", "of", "with", "from", "for", "as", "than"})


def _extend_back(text: str, starts: list[int], i: int) -> int:
    """Start of the street name whose last word starts at ``starts[i]``: capitalised words before it."""
    j = i
    while j > 0 and i - j < 3:
        w = text[starts[j - 1] : starts[j]].strip()
        if not w or not (w[:1].isupper() or w.lower() in PARTICLES):
            break
        j -= 1
    while j < i and text[starts[j] : starts[j + 1]].strip().lower() in PARTICLES:
        j += 1
    return starts[j]


#: Months after a day's number ("26 january parade", "15 august celebrations"): a date, no house
#: number; "may" is left out ("12 may st" is a street).
_DAY_MONTHS = MONTHS - {"may"}


def _day_month(number: str, word: str, rest: str = "") -> bool:
    """A day of the month (1-31) and a month's name after it: a date or a holiday, no house number;
    unless a street type follows within two words of ``rest`` ("23 jan smuts ave", "8 june street")."""
    if not (number.isdigit() and 1 <= int(number) <= 31 and word.rstrip(".") in _DAY_MONTHS):
        return False
    return not any(w.strip(".,") in STRONG_SUFFIXES for w in rest.split()[:2])


def _is_compound_street(word: str) -> bool:
    """True for one-word street names in other languages ("mellemvej", "schillerstraße")."""
    word = word.rstrip(".,")
    if len(word) < 5 or not (word.isalpha() or "-" in word):
        return False
    for end in COMPOUND_ENDINGS:
        if word.endswith(end):
            return len(word) - len(end) >= SHORT_RISKY_ENDINGS.get(end, 2)
    return False


def _risky_compound(word: str) -> bool:
    """True for compound street words whose ending is also common elsewhere ("-tie", "-ring")."""
    return any(word.endswith(end) for end in SHORT_RISKY_ENDINGS)


def _trim_name(folded: str, s: int, e: int) -> int:
    """End of a street name that starts at ``s``: it stops before a stop word or a measure."""
    end = s
    for m in LINE_WORD.finditer(folded, s, e):
        w = m.group().rstrip(".,")
        if (w in STOP and w not in PARTICLES) or w in JUNK:
            break
        end = m.end()
    return end
