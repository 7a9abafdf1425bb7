"""Addresses in the forms of other regions (issue 10, family 8), read by
:class:`~leakscan.scanners.address.AddressScanner` on the folded text:

* Irish Eircodes ("A65 F4E2", "t12 xy34"), with or without a cue: a routing key, a space and a
  four-character identifier mixing letters and digits;
* Canadian postal codes written alone, with their space ("M5V 2T6");
* a unit word and a number, then the name of a neighbourhood, society, complex or estate
  ("flat no 302, sai krupa society", "house no. 17 shastri colony", "unit 14 protea gardens
  complex", "no 6 silver oaks estate"); with "no" after an Indian unit word the number is an
  address by itself and takes one unusual word after it ("h.no 9-4-12 tolichowki");
* a block letter and a number before such a name ("c-11 vasant vihar"), a sector with its
  town ("sector 62 noida"), a South African erf ("erf 2291") or a stand someone lives on ("we stay
  at stand 4410"), a township's stand and zone ("stand 4471 zone 3");
* the tower or wing between a flat and its society ("flat 402, tower b, green valley society");
* a full UK postcode alone, in capitals ("order it to BS3 4TQ"); an Australian postcode after its
  state ("indooroopilly qld 4068");
* a house in Bengaluru's grid: its number, then the cross or main road by its ordinal ("no. 14,
  3rd cross", "#12 2nd main road").

The unit words and the area words are lexicon families (``address_units``, ``address_areas``),
one file per region, so a region's forms are added as files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..truecase import lexicon
from .address_words import STOP
from .ner_words import common

Span = tuple[int, int, float]

#: An Australian state and a postcode after a suburb ("indooroopilly qld 4068", "..., ringwood vic 3134"):
#: the postcode tells where the child lives. Only a postcode of the state's own range counts, so "wa"
#: (WhatsApp) and "sa" (Tagalog "at") before a count stay quiet.
_AU_STATE_POSTCODE = re.compile(r"(?<![\w-])(?P<state>nsw|vic|qld|tas|act|nt|sa|wa)[ \t]{1,2}(?P<pc>\d{4})(?![\w-])")
_AU_FIRST_DIGITS = {"nsw": "2", "act": "2", "vic": "3", "qld": "4", "sa": "5", "wa": "6", "tas": "7", "nt": "0"}
#: With its space: run together, "p7000v1" (a camera's firmware) or "t686hf2" (a maker note) would read as one.
_EIRCODE = re.compile(r"(?<![\w-])(?:[ac-fhknprtv-y]\d{2}|d6w)[ \t](?P<id>[0-9ac-fhknprtv-y]{4})(?![\w-])")
_CA_ALONE = re.compile(r"(?<![\w-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ \t]\d[abceghj-nprstv-z]\d(?![\w-])")
_ERF = re.compile(r"(?<![\w-])erf[ \t]{0,2}(?:no\.?[ \t]{0,2})?\d{1,6}(?![\w-])")
#: A stand number where someone lives ("we stay at stand 4410"): "stand 3" alone is a seat.
_STAND = re.compile(
    r"\b(?:live|lives|living|stay|stays|staying)[ \t]{1,3}(?:in|at|on)[ \t]{1,3}(?P<stand>stand[ \t]{0,2}(?:no\.?[ \t]{0,2})?\d{1,6})(?![\w-])"
)
#: A place of worship right before a sector: the sector is part of its name, where people gather, not
#: a home ("gurudwara singh sabha sector 22 langar", "shree ganesh mandir sector 15 aarti").
_WORSHIP_BEFORE = re.compile(
    r"(?<![\w-])(?:gurudwara|gurdwara|mandir|masjid|mosque|temple|church|sabha|dham|ashram)[ \t,]{1,3}(?:[a-z]{2,20}[ \t,]{1,3}){0,1}\Z"
)
_SECTOR = re.compile(r"(?<![\w-])sector[ \t]{0,2}\d{1,3}[a-z]?(?:[ \t]{1,3}|,[ \t]{0,2})(?P<town>[a-z]{3,20})(?![\w-])")
#: A house or flat number: "302", "9-4-12", "b-204", "4/12", "17a".
_NUMBER = r"(?:[a-z]{1,2}-)?\d{1,5}(?:[-/]\d{1,5}){0,3}[a-z]?"
_BLOCK = re.compile(r"(?<![\w-])[a-z]{1,2}-\d{1,4}(?![\w-])")
_NO = r"(?:(?P<no>no|number|nr)\.?[ \t]{0,2}|#[ \t]?|:[ \t]?)"
#: A word after a number ("tolichowki"), and the words of an area name ("sai krupa society").
_WORD_AFTER = re.compile(r"[ \t]{1,3}([a-z]{3,30})(?![\w'-])")
_WORDS_AFTER = re.compile(r"(?<![\w'-])([a-z]{2,30})(?![\w'-])")
#: Unit words that are an address only with an area name after them ("no 6 silver oaks estate").
_NEED_AREA = frozenset({"no", "number", "unit", "stand", "erf"})
_AFTER_SECTOR = re.compile(r"[ \t]{0,2},?[ \t]{0,2}sector[ \t]{0,2}\d{1,3}[a-z]?(?![\w-])")
#: The tower or wing of a flat in an Indian housing society, between the flat and the society's name
#: ("flat 402, tower b, green valley society", "flat 507 c wing shanti kunj apartments").
_WING = re.compile(
    r"[ \t]{0,2},?[ \t]{0,3}(?:(?:tower|wing|block|bldg|building)[ \t]{1,2}[a-z0-9]{1,2}|[a-z0-9]{1,2}[ \t-]{1,2}"
    r"(?:wing|tower|block))(?![\w-])[ \t]{0,2},?"
)
#: A South African township address: a stand or house number and its zone, extension or section
#: ("stand 4471 zone 3", "house 3476 zone 6", "no 12 ext 4"): the zone makes the number a
#: home, not a seat or a count.
_TOWNSHIP = re.compile(
    r"(?<![\w-])(?:stand|house|erf|plot|no\.?|number)[ \t]{0,2}(?:no\.?[ \t]{0,2})?\d{1,6}[a-z]?[ \t]{0,2},?[ \t]{0,2}"
    r"(?:zone|ext\.?|extension|section)[ \t]{0,2}\d{1,3}[a-z]?(?![\w-])"
)
#: The postcode areas of the UK, Channel Islands and Isle of Man (a code of another two letters, "XK4
#: 9PQ", is a game's lobby code or a serial number).
_UK_AREAS = (
    (
        "ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex"
        " fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n"
        " ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn"
        " tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze"
    )
    .upper()
    .split()
)
#: A full UK postcode written alone, as the post writes it: outward code, space, inward code, in capitals
#: ("BS3 4TQ"; not "ps4 2nd": an ordinal is no inward code, and lower case is a chat word's). After a
#: district of two characters ("B23 6TH", "SW1A 1ST") an ordinal-looking inward code is a postcode still:
#: a year or a round is short ("S2 2ND").
_UK_ALONE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(_UK_AREAS, key=len, reverse=True))
    + r")(?:\d[A-Z\d][ \t]\d|\d[ \t]\d(?!ST|ND|RD|TH))[ABD-HJLNP-UW-Z]{2}(?![\w-])"
)


#: A house number ("no. 14", "#12"), then a cross or a main road by its ordinal: Bengaluru's grid of
#: streets, where "3rd cross" and "2nd main" are a street's name.
_CROSS_MAIN = re.compile(
    r"(?<![\w-])(?:no\.?|#)[ \t]{0,2}\d{1,4}[a-z]?[ \t]{0,2},?[ \t]{0,2}\d{1,2}(?:st|nd|rd|th)[ \t]{1,2}(?:cross|main)"
    r"(?:[ \t]{1,2}(?:road|rd))?(?![\w-])"
)


@cache
def _units() -> re.Pattern[str]:
    """A unit word of any region, an optional "no", then a number."""
    alts = sorted(wl.entries("address_units"), key=len, reverse=True)
    return re.compile(
        r"(?<![\w.-])(?P<unit>" + "|".join(re.escape(a) for a in alts) + r")\.?[ \t]{0,2}"
        r"(?:" + _NO + r")?(?P<n>" + _NUMBER + r")(?![\w-])"
    )


def world_addresses(folded: str, text: str = "") -> Iterator[Span]:
    """Addresses of the forms above in ``folded`` (lower-cased ``text``, same offsets)."""
    for m in _UK_ALONE.finditer(text):
        yield m.start(), m.end(), 0.75
    for m in _AU_STATE_POSTCODE.finditer(folded):
        if m.group("pc")[0] in _AU_FIRST_DIGITS[m.group("state")]:
            yield m.start("pc"), m.end("pc"), 0.8  # the suburb before it is a place of its own
    if "zone" in folded or "ext" in folded or "section" in folded:
        for m in _TOWNSHIP.finditer(folded):
            yield m.start(), m.end(), 0.8  # the township after it is a place of its own ("... zone 6 soweto")
    if "cross" in folded or "main" in folded:
        for m in _CROSS_MAIN.finditer(folded):
            yield m.start(), m.end(), 0.8
    for m in _EIRCODE.finditer(folded):
        ident = m.group("id")
        if any(c.isdigit() for c in ident) and any(c.isalpha() for c in ident):
            yield m.start(), m.end(), 0.8
    for m in _CA_ALONE.finditer(folded):
        yield m.start(), m.end(), 0.8
    if "erf" in folded:
        for m in _ERF.finditer(folded):
            yield m.start(), m.end(), 0.85
    if "stand" in folded:
        for m in _STAND.finditer(folded):
            yield m.start("stand"), m.end("stand"), 0.8
    if "sector" in folded:
        for m in _SECTOR.finditer(folded):
            if _unusual(m.group("town")) and not _WORSHIP_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
                yield m.start(), m.end(), 0.75
    for m in _units().finditer(folded):
        wing = _WING.match(folded, m.end())
        area = _area_end(folded, wing.end() if wing is not None else m.end())
        if area is not None:
            yield m.start(), suburb_end(folded, area), 0.85
        elif m.group("no") and m.group("unit") not in _NEED_AREA:
            # "house no 45", "h.no 9-4-12 tolichowki": the number is the address by itself.
            nxt = _WORD_AFTER.match(folded, m.end())
            end = nxt.end() if nxt is not None and _unusual(nxt.group(1)) else m.end()
            yield m.start(), end, 0.8
    if "-" in folded:
        for m in _BLOCK.finditer(folded):
            area = _area_end(folded, m.end())
            if area is not None:
                yield m.start(), area, 0.8


#: After a housing society's name: a comma, maybe a cross or main road of Bengaluru's grid, then the
#: suburb's one or two words ("..., andheri west", "..., 4th cross, indiranagar").
_SUBURB = re.compile(
    r",[ \t]{0,2}(?:\d{1,2}(?:st|nd|rd|th)[ \t]{1,2}(?:cross|main)[ \t]{0,2},[ \t]{0,2})?"
    r"(?P<one>[a-z]{3,20})(?:[ \t]{1,2}(?P<two>[a-z]{2,20}))?(?![\w-])"
)
_QUARTERS = frozenset({"east", "west", "north", "south", "nagar"})
#: A city and its six-digit PIN code after the suburb (", pune 411038").
_CITY_PIN = re.compile(r",[ \t]{0,2}(?P<city>[a-z]{3,20})[ \t]{1,2}\d{6}(?![\w-])")


def suburb_end(folded: str, pos: int) -> int:
    """End of the suburb after a comma that closes a society's address at ``pos`` (else ``pos``):
    writers keep "flat 508, neel kamal apartments, borivali east" one ADDRESS (a word of chat or of
    everyday English is no suburb: "..., bhai come")."""
    m = _SUBURB.match(folded, pos)
    if m is None or not _suburb_word(m.group("one")):
        return pos
    end = m.end("one")
    two = m.group("two")
    if two is not None and (two in _QUARTERS or _suburb_word(two)):
        end = m.end("two")
    pin = _CITY_PIN.match(folded, end)
    return pin.end() if pin is not None and _suburb_word(pin.group("city")) else end


def _suburb_word(word: str) -> bool:
    return _unusual(word) and word not in wl.entries("filler_words")


def _area_end(folded: str, pos: int) -> int | None:
    """End of "<one to three name words> <area word>" right after ``pos`` (and of a sector
    after it), or None."""
    words = []
    for m in _WORDS_AFTER.finditer(folded, pos, min(len(folded), pos + 120)):
        gap = folded[words[-1].end() if words else pos : m.start()]
        if len(gap) > 4 or gap.strip(" \t,") or m.group(1) in STOP:
            break
        words.append(m)
        if len(words) > 1 and wl.longest_at("address_areas", [m.group(1)], 0):
            end = m.end()
            nxt = _WORD_AFTER.match(folded, end)
            if nxt is not None and wl.longest_at("address_areas", [nxt.group(1)], 0):
                end = nxt.end()  # "protea gardens complex", "kestrel house flats"
            sector = _AFTER_SECTOR.match(folded, end)
            return sector.end() if sector is not None else end
        if len(words) == 4:
            break
    return None


def _unusual(word: str) -> bool:
    """A word that is no everyday English word nor a function word ("noida", "tolichowki")."""
    if word in STOP:
        return False
    return not common(word, lexicon())
