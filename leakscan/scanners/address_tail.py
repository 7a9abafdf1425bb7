"""What may follow a street in an address (:mod:`leakscan.scanners.address`): a unit, a town,
a region, a postcode and a country, on the same line or on the next lines of a block.

:func:`tail` extends an address over them and says how strong the evidence it found is.
Linear time: small regular expressions with bounded repetition, a bounded window after the street.
"""

from __future__ import annotations

import re

from .. import lexicon as wl
from ..truecase import PLACE, WORD, lexicon
from .address_words import (
    COUNTRIES,
    NAME_GLUE,
    PARTICLES,
    REGION_CODES,
    REGION_NAMES,
    REGION_PHRASES,
    STOP,
    TOWN_PREFIXES,
)

_SEP = re.compile(
    r"(?:\.(?=[ \t]{0,3}[\n,]))?[ \t]{0,3}(?:[,;][ \t]{0,3}|\r?\n[ \t>?*•·|,-]{0,8}(?:\r?\n[ \t>?*•·|,-]{0,8})?|[ \t]{1,3}|-[ \t]{1,2})"
)


_UNIT = re.compile(
    r"(?:(?:apt|apartment|suite|ste|unit|flat|fl|floor|room|rm|bldg|building|box)\.?[ \t]{0,2}(?:no\.?[ \t]?)?#?"
    r"[ \t]?(?:[a-z]{0,2}\d[a-z\d]{0,4}|[a-z])|#[ \t]?\d[a-z\d]{0,4})(?:-[a-z\d]{1,4})?(?![\w-])"
)


UK_POSTCODE = r"[a-z]{1,2}\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{2}"


CA_POSTCODE = r"[abceghj-nprstvxy]\d[abceghj-nprstv-z][ \t-]?\d[abceghj-nprstv-z]\d"


_POSTCODE = re.compile(
    r"(?:\d{5}(?:-\d{3,4})?|\d{4}-\d{3}|"
    + UK_POSTCODE
    + "|"
    + CA_POSTCODE
    + r"|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,6}|\d{3})(?![\w-])"
)


_WORD = re.compile(r"[^\W\d_][\w'’.-]{0,30}")


_TOWN = re.compile(r"[^\W\d_][\w'’.-]{1,30}(?:[ \t]{1,2}[^\W\d_][\w'’.-]{0,30}){0,3}")


_SENTENCE_END = re.compile(r"[ \t]{0,3}(?:$|[.!?](?:\s|$)|\r?\n)")


LINE_WORD = re.compile(r"[^\s,;:()\"“”]+")


def tail(text: str, folded: str, pos: int) -> tuple[int, int]:
    """Extend an address over a unit, a town, a region, a postcode and a country after ``pos``.

    Returns the new end and the evidence found: 0 none, 1 weak (a short number after a town
    or region), 2 strong (a unit, a full postcode, a country closing a block). A town is taken when more address follows it, or at the
    end of a line or sentence. After a line break the next line is judged as a whole.
    """
    end = pos
    strong = 0
    limit = min(len(folded), pos + 240)
    p = pos
    pending = False  # a town (or town line) not yet confirmed by what follows
    newlines = 0
    for _ in range(10):
        sep = _SEP.match(folded, p, limit)
        if not sep or sep.end() == p:
            break
        gap = sep.group()
        q = sep.end()
        if q >= limit:
            break
        if "\n" in gap:
            newlines += 1
            if newlines > 5:
                break
            line_end = folded.find("\n", q, limit)
            if line_end < 0:
                line_end = limit
            kind, stop = _line_kind(text, folded, q, line_end, pending or end > pos)
            if kind in (1, 2):
                end = p = stop
                strong = max(strong, kind)
                pending = False
                continue
            if kind == -1:
                p = stop
                pending = True
                continue
            break
        m = _UNIT.match(folded, q, limit)
        if m and folded[q : q + 3] == "box" and not _BOX_NUM.match(folded, q, limit):
            m = None
        if m:
            end = p = m.end()
            strong = 2
            pending = False
            continue
        m = _POSTCODE.match(folded, q, limit)
        if m:
            code = m.group()
            if code.isdigit() and len(code) <= 4 and not (pending or _region_before(folded, p)):
                break
            end = p = m.end()
            strong = max(strong, _code_level(code))
            pending = False
            continue
        m = _WORD.match(folded, q, limit)
        if not m:
            break
        w = m.group().rstrip(".,")
        if w in REGION_CODES:
            pc = _POSTCODE.match(folded, _skip_ws(folded, m.end()), limit)
            upper = text[q : q + len(w)].isupper()
            if pc or (upper and (pending or "," in gap)):
                end = p = m.end()
                pending = False
                continue
            break
        m = _TOWN.match(folded, q, limit)
        if not m:
            break
        words_end = _town_end(text, folded, q, m.end())
        if words_end <= q:
            break
        phrase = folded[q:words_end].rstrip(".,")
        pc = _POSTCODE.match(folded, _skip_ws(folded, words_end), limit)
        if phrase in COUNTRIES or phrase in REGION_NAMES or phrase in REGION_PHRASES:
            end = p = words_end
            if pc:
                end = p = pc.end()
            if pc or "," in gap:
                strong = 2
            pending = False
            continue
        capital = text[q].isupper()
        if pc and (capital or "," in gap):
            end = p = pc.end()
            strong = max(strong, _code_level(pc.group()))
            pending = False
            continue
        known = known_town(folded, q, words_end)
        if known > q and not pending:
            if "," not in gap and not _code_after(folded, known):
                # "42 oak street springfield": a town after the street with no comma nor postcode is a place
                # of its own to the writers (a LOCATION, :func:`town_after`), not part of the address.
                break
            # After a comma ("42 oak street, springfield") the town is one line of the postal address.
            end = p = known
            pending = False
            continue
        if capital:
            if _SENTENCE_END.match(folded, words_end) and "," in gap:
                end = p = words_end
                pending = False
                continue
            pending = True
            p = words_end
            continue
        break
    return end, strong


_LINE_POSTCODE_END = re.compile(r"[ \t,]{1,3}(?:" + _POSTCODE.pattern + r")[ \t]{0,3}$")


_BAD_LINE = re.compile(r"[?!:@=]|https?|www\.|\d{3}\)?[ .-]\d{3}[ .-]\d{3,4}|\.[ \t]+[a-z]")


def _code_level(code: str) -> int:
    """Evidence of a postcode: 2 for a full one (5+ characters, or letters and digits), else 1."""
    return 2 if len(code) >= 5 or not code.isdigit() else 1


def _line_kind(text: str, folded: str, q: int, e: int, follows: bool) -> tuple[int, int]:
    """Judge one line of an address block: (evidence 1/2, a town line -1, or 0 for no; end to keep)."""
    line = folded[q:e].rstrip(" \t\r")
    stop = q + len(line)
    if not line or len(line) > 60:
        return 0, q
    if _UNIT.fullmatch(line):
        return 2, stop
    if _POSTCODE.fullmatch(line):
        return (_code_level(line), stop) if follows or len(line) >= 5 else (0, q)
    if _BAD_LINE.search(line):
        return 0, q
    words = line.split()
    if len(words) > 6:
        return 0, q
    bare = line.rstrip(".,")
    if bare in COUNTRIES or bare in REGION_NAMES or bare in REGION_PHRASES:
        return 2, stop
    # Stop words make a line a sentence, unless written in capitals ("AALBORG NO", "KINGSTON NEAR LEWES").
    raw = text[q:stop].split()
    stops = [
        w in STOP and w not in PARTICLES and w not in NAME_GLUE and not r.isupper()
        for w, r in zip(words, raw, strict=False)
    ]
    m = _LINE_POSTCODE_END.search(line)
    if m and not any(stops[:-1]):
        return _code_level(m.group().strip(" \t,")), stop
    if any(stops):
        return 0, q
    if not any(ch.isalpha() for ch in line):
        return 0, q
    return -1, stop


_BOX_NUM = re.compile(r"box[ \t]{0,2}#?\d")


def _town_end(text: str, folded: str, s: int, e: int) -> int:
    """End of a run of town words starting at ``s`` (stop words and a change of case end it)."""
    end = s
    capital_run = text[s].isupper()
    for m in LINE_WORD.finditer(folded, s, e):
        w = m.group().rstrip(".,")
        ws = m.start()
        if w in STOP and w not in PARTICLES and w not in {"and", "of", "the"}:
            break
        if capital_run and not (text[ws].isupper() or w in PARTICLES or w in {"and", "of", "the"}):
            break
        if w in REGION_CODES and end > s and text[ws : ws + 2].isupper():
            break
        if end > s and any(c.isdigit() for c in w) and _POSTCODE.match(folded, ws):
            break  # "Bristol BS8 1AB": the postcode is not part of the town
        end = ws + len(m.group().rstrip(","))
    return end


def known_town(folded: str, s: int, e: int) -> int:
    """End of the leading words of ``folded[s:e]`` that name a known town, else ``s``.

    Known: in the place gazetteer and not an everyday word ("springfield", not "home"), or a
    town or suburb of the word lists ("te atatu", "mission bay").
    """
    lex = lexicon()
    end = s
    found = list(LINE_WORD.finditer(folded, s, e))
    lows = [m.group().rstrip(".,") for m in found]
    listed = wl.longest_at("places", lows, 0) if lows else 0
    if listed:
        end = found[listed - 1].start() + len(lows[listed - 1])
    for m, w in zip(found[listed:], lows[listed:], strict=True):
        info = lex.words.get(w)
        if info is not None and info[0] & PLACE and not info[0] & WORD:
            end = m.start() + len(w)
        elif w not in TOWN_PREFIXES:
            break
    return end


#: The space between an address and a town after it: no comma, no line break.
_SPACE = re.compile(r"[ \t]{1,3}")


def town_after(text: str, folded: str, pos: int) -> tuple[int, int] | None:
    """A known town right after an address ending at ``pos``, with a space between (no comma) and no
    postcode after it, or None.

    Writers mark "12 wattle st bankstown" as the street (ADDRESS) and the suburb (LOCATION); a town
    after a comma ("12 wattle st, bankstown") or before a postcode ("... leeds LS6 3QT") stays in
    the postal address (:func:`tail` takes it there).
    """
    gap = _SPACE.match(folded, pos)
    if gap is None:
        return None
    q = gap.end()
    m = _TOWN.match(folded, q, min(len(folded), q + 80))
    if m is None:
        return None
    known = known_town(folded, q, _town_end(text, folded, q, m.end()))
    if known <= q or _code_after(folded, known):
        return None
    return q, known


def _code_after(folded: str, pos: int) -> bool:
    """A postcode, or a region code and a postcode, right after ``pos`` ("leeds LS6 3QT", "blacktown nsw 2150")."""
    after = _skip_ws(folded, pos)
    if after == pos:
        return False
    region = _WORD.match(folded, after)
    at = _skip_ws(folded, region.end()) if region is not None and region.group() in REGION_CODES else after
    pc = _POSTCODE.match(folded, at)
    return pc is not None and (at > after or _code_level(pc.group()) == 2)


def _skip_ws(folded: str, p: int) -> int:
    n = len(folded)
    q = p
    while q < n and q - p < 4 and folded[q] in " \t,":
        q += 1
    return q


_REGION_END = re.compile(r"([a-z]{2,3})[ \t,]{0,2}$")


def _region_before(folded: str, p: int) -> bool:
    """True when a region code ends at ``p`` ("NSW 2000", "VIC 3000")."""
    m = _REGION_END.search(folded, max(0, p - 6), p)
    return bool(m) and m.group(1) in REGION_CODES
