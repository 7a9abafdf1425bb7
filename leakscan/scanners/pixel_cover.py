"""How much of a picture's line to cover for a finding read in it (used by :mod:`.pixel_text`).

The text scanners find the part of a field they are sure of: a teacher's surname without
the "Mrs" before it, a street without the town and postcode after it on the same line, a
birthday without its year, a school's name without its first word. The finding stays what
was found; its ``box`` (what a covered copy hides) grows over the rest of the SAME field on
the SAME line, one neighbouring token at a time, while each token is the kind a field of
that kind is made of:

* a person: a title and initials before the name ("Mrs N."), an initial after it ("Noah H."),
  a surname's particle and its word ("De Souza"), and a capitalised neighbour that a name
  list knows as a name more than as an everyday word, or that no list knows;
* an address or a place: a house or flat number before a street, a postcode, a county
  ("Co. Cork") or a region's letters ("NS", "VIC") after it, and a town's words across a comma
  (", Cape Town"), up to the line's end, a comma or a postcode (", Glenelg Please" grows by
  "Glenelg" only);
* a date of birth: its year;
* a school or a club: up to two neighbours either side that read as names, not as everyday
  words ("Sri" before "Sai Vidyalaya", "Valley" after "Rimu"; never "Principal", "Address").

Nothing grows across a line's end or over a lower-case word (but a surname's particle), so
prose and the labels beside a field stay uncovered, and so does the rest of the picture.
"""

from __future__ import annotations

import re

from ..findings import Kind

#: A title before a name, and the initials after it ("Mrs", "Dr.", "Coach", "Mr G.").
_TITLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Coach|Mme|Mlle|Sr|Sra|Rev)\.?[ \t]+(?:[A-Z]\.[ \t]*){0,2}$"
)
#: One initial and its full stop right after a name ("Noah H.").
_INITIAL_AFTER = re.compile(r"[ \t]+[A-Z]\.(?![^\W\d_])")
#: A surname's particle and the word after it ("De Souza", "van der Merwe").
_PARTICLE_AFTER = re.compile(
    r"[ \t]+(?:[Dd]e|[Dd]a|[Dd]os|[Dd]el|[Dd]i|[Dd]u|[Vv]an(?:[ \t]+der)?|[Vv]on|[Ll]e|[Ll]a|[Aa]l|bin)"
    r"[ \t]+[A-Z][^\W\d_]+(?:['’-][A-Z][^\W\d_]+)*(?![^\W\d_])"
)
#: A word (letters, apostrophes, hyphens, a full stop for "St.") right before / after, on the line.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*)(?![\w'’-])")
#: A proper name's shape: "Kamau", "O'Callaghan", "Haddad-Young" (not "I'm", "Don't", "Pick-up").
_PROPER = re.compile(r"[A-Z](?:[^\W\d_A-Z]+|(?=['’]))(?:['’-][A-Z][^\W\d_A-Z]+)*")

#: Postcodes: British, Irish (Eircode), Canadian, and all-digit ones (4 to 6 digits).
_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[\dW][ ]?[A-Z\d]{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4,6})"
_COUNTY = r"(?:Co\.?[ ]+[A-Z][^\W\d_]+)"
#: A postcode, a county or a region's letters after an address (after a comma, a dash or a space).
_CODE_AFTER = re.compile(rf"(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?:{_POSTCODE}|{_COUNTY}|(?P<region>[A-Z]{{2,3}}))(?!\w)")
#: A town's words after a comma: capitalised words, "upon" or "de" between them.
_TOWN_AFTER = re.compile(
    r"[ \t]*,[ \t]*((?:[A-Z][^\W\d_'’.]*(?:['’][^\W\d_]+)?(?:[ ]+(?:upon|on|de|la)(?=[ ]+[A-Z]))?[ ]*)+)"
)
#: Where a town's words end well: the line's end, a comma, a dash, a postcode or a region.
_TOWN_END = re.compile(rf"[ \t]*(?:$|[,\-–]|(?:{_POSTCODE}|[A-Z]{{2,3}})(?!\w))", re.M)
#: Before a street: its house or flat number ("Flat 47, ", "92 ", "3/4 ", "No. 138, ").
_NUMBER_BEFORE = re.compile(r"(?<![\w/])(?:(?:Flat|Unit|Apt|No\.?|House)[ ]+)?\d{1,5}[A-Za-z]?(?:/\d{1,5})?,?[ ]+$")
#: Before a postcode or a town: a county or a region, then maybe a comma ("Co. Meath ").
_COUNTY_BEFORE = re.compile(rf"(?<!\w){_COUNTY}[ \t]*[,\-–]?[ \t]*$")
#: Before a town or a postcode: place words and a comma ("Lakeview Avenue, ", "Athlone, ").
_PLACE_BEFORE = re.compile(
    r"(?<![^\W\d_'’.-])((?:[A-Z][^\W\d_'’.]*(?:['’][^\W\d_]+)?[ ]+){0,2}[A-Z][^\W\d_'’.]*),[ \t]*$"
)
#: A birthday's year after it ("April 24, 2010", "9 July 2009").
_YEAR_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:19|20)\d{2}(?!\d)")

#: How many neighbouring tokens a cover grows over on each side (a line is short; this bounds it).
MAX_STEPS = 4


def cover_span(text: str, kind: Kind, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of ``text`` to cover for a finding of ``kind`` at ``text[start:end]``:
    the finding grown over the rest of its field on its line (see the module)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if kind is Kind.PERSON:
        return _person(text, start, end, line_start, line_end)
    if kind in (Kind.ADDRESS, Kind.LOCATION):
        return _address_before(text, start, line_start), _address_after(text, end, line_end)
    if kind is Kind.DATE_OF_BIRTH:
        year = _YEAR_AFTER.match(text, end, line_end)
        return start, year.end() if year else end
    if kind in (Kind.SCHOOL, Kind.ORG):
        return _names_around(text, start, end, line_start, line_end, steps=2, person=False)
    return start, end


def _person(text: str, start: int, end: int, line_start: int, line_end: int) -> tuple[int, int]:
    """A name grown by a title and initials before it, a particle's surname or an initial
    after it, and name-like neighbours."""
    for _ in range(2):  # "Mrs Ella Menon": the given name, then the title before it
        title = _TITLE_BEFORE.search(text, line_start, start)
        if title:
            start = title.start()
            break
        word = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
        if word and word.group(1)[0].isupper() and word.group(1).rstrip(".").lower() in _titles():
            start = word.start(1)  # a title of the regions' languages ("Whaea", "Meneer", "Mdm")
            break
        grown, _ = _names_around(text, start, end, line_start, line_end, steps=1, person=True, after=False)
        if grown == start:
            break
        start = grown
    for _ in range(2):
        m = _PARTICLE_AFTER.match(text, end, line_end) or _INITIAL_AFTER.match(text, end, line_end)
        if m is None:
            _, grown = _names_around(text, start, end, line_start, line_end, steps=1, person=True, before=False)
            if grown == end:
                break
            end = grown
        else:
            end = m.end()
    return start, end


def _names_around(
    text: str,
    start: int,
    end: int,
    line_start: int,
    line_end: int,
    *,
    steps: int,
    person: bool,
    before: bool = True,
    after: bool = True,
) -> tuple[int, int]:
    """The span grown by up to ``steps`` name-like words on each side (:func:`_namey`; a
    person's or, not ``person``, a school's or a club's)."""
    for _ in range(steps if before else 0):
        m = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
        if m is None or not _namey(m.group(1), person, lone=_lone(text, start, end)):
            break
        start = m.start(1)
    for _ in range(steps if after else 0):
        m = _WORD_AFTER.match(text, end, line_end)
        if m is None or not _namey(m.group(1), person, lone=_lone(text, start, end)):
            break
        end = m.end()
    return start, end


def _titles() -> frozenset[str]:
    """The titles said before a name in the regions' languages (the lexicon's ``titles``)."""
    from .. import lexicon as wl

    return wl.entries("titles")


def _lone(text: str, start: int, end: int) -> bool:
    """Whether the span is one word: a full name found needs no unknown word beside it (the
    greeting before "Congratulations Isla Brook" is no part of it)."""
    return not any(c in " \t" for c in text[start:end].strip())


def _namey(word: str, person: bool, *, lone: bool = True) -> bool:
    """A word read as part of a name. Beside a person: one a name list knows more as a given
    name or surname than as an everyday word ("Ella"; not "Guardian"), a proper name no list
    knows ("Kamau", "O'Callaghan") beside a ``lone`` word, or two capitals (an avatar's
    initials, "ZK"); an OCR's "l" for a capital "I" at a word's start ("lyer") when the "I"
    makes a known name. Beside a
    school or a club: a known name or place more than an everyday word ("Ridge", "Valley"),
    never an unknown word (the label or heading the next line starts with)."""
    from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, lexicon

    misread = person and word[:1] == "l" and word[1:2].islower()
    if misread:
        word = "I" + word[1:]
    info = lexicon().words.get(word.lower())
    if info is None:
        if misread or not person:
            return False
        return (lone and bool(_PROPER.fullmatch(word))) or (len(word) == 2 and word.isupper())
    bits, score = info[0], info[1]
    if not (word[0].isupper() and bits & ((FIRST | LAST) if person else (FIRST | LAST | PLACE | MAJOR))):
        return False
    # an everyday word too: a name far more often ("Ella" 1.0; "Guardian" 0.2 is not), or, by a
    # school, a place more often than not ("Ridge", "Valley"; "Welcome" is not)
    return not bits & WORD or score > 0.5 or (not person and bits & (PLACE | MAJOR) and score > 0)


def _address_after(text: str, end: int, line_end: int) -> int:
    """The end of an address or a place grown over the postcode, county, region and town
    after it on its line."""
    from .address_tail import REGION_CODES

    for _ in range(MAX_STEPS):
        code = _CODE_AFTER.match(text, end, line_end)
        if code and (code.group("region") is None or code.group("region").lower() in REGION_CODES):
            end = code.end()
            continue
        town = _TOWN_AFTER.match(text, end, line_end)
        if town is None:
            break
        # the longest run of its first three words that ends well; else its first word alone
        # (a town, then a new sentence: ", Glenelg Please")
        words = list(re.finditer(r"\S+", town.group(1)))[:3]
        ends = [town.start(1) + w.end() for w in words]
        good = [e for e in ends if _TOWN_END.match(text, e, line_end)]
        end = good[-1] if good else ends[0]
    return end


def _address_before(text: str, start: int, line_start: int) -> int:
    """The start of an address or a place grown over the house number before a street, and
    the county, region or town before a town or a postcode, on its line."""
    for _ in range(MAX_STEPS):
        number = _NUMBER_BEFORE.search(text, line_start, start) if text[start : start + 1].isalpha() else None
        m = number or _COUNTY_BEFORE.search(text, line_start, start) or _PLACE_BEFORE.search(text, line_start, start)
        if m is None or m.start() >= start:
            break
        if m.re is _PLACE_BEFORE and not all(_placey(w) for w in m.group(1).split()):
            break
        start = m.start()
    return start


def _placey(word: str) -> bool:
    """A word of a place's or a street's name: not an everyday word alone ("Online", "Store")."""
    from ..truecase import WORD, lexicon

    info = lexicon().words.get(word.lower())
    return info is None or bool(info[0] & ~WORD)
