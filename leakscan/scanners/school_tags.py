"""School names in run-together hashtags (:mod:`leakscan.scanners.school`, issue 10 family 3):
a name and a school word ("#hazelwoodprimary", "#GreenValleyConvent", "#StBrigidsNS",
"#hollybrookjuniors"), a school word of another language or a chain's acronym before a name
("#laerskooldoringkloof", "#dpsvasantkunj"), a saint run together with "st" ("#stmonicas"), a
school's cheer ("#GoWestbrookFalcons"). The hashtag's body is split into words with the names
lexicon (:func:`segment`).

A school tag may carry a trailing word of pride or an event ("#HazelMiddleStrong",
"#OakfieldAcademySportsDay", "#StKevinsFest", "#KHSSwimming"): the span is the school part. A
name alone before "pride", "proud", "strong" or "spirit" ("#KorimakoProud") and a name with a
school mascot ("#BrookdaleOtters") are schools only in a post about a school event (a relay, a
debate, a sport, a spirit week) and when the name is no big city's or famous team's. A name tag
right before "spirit week" or "spirit day", or before an athletics, sports or swimming day, is the
school's ("#pinecrestnorth spirit week", "#kauriwood 🐝 athletics day"), unless it is the day's theme
("#pajamaday").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..truecase import FIRST, MAJOR, PLACE, WORD, lexicon
from .base import words
from .ner_words import common
from .school_names import GENERIC, STOP
from .school_world import NOT_SCHOOL, Span

_HASHTAG = re.compile(r"(?<![\w#])#(?P<body>[^\W_]{4,40})(?![\w])")
#: A class's or an event's year closing a tag ("#elmwoodleavers2024", "#KHSprom25"): read without it.
_YEAR_END = re.compile(r"(?<=[^\W\d_]{4})(?:20)?\d\d$")
#: School words a hashtag can end with.
_TAG_HEADS = words(
    "primary elementary school high middle academy college ps ss hs intermediate grammar prep juniors infants"
    # Ontario's secondary schools by their letters ("#holyspiritCSS": Catholic SS; "CHSS", "CVI": collegiate)
    " css chss cvi"
)
#: Tag heads that are other things' too in lower case ("#tailwindcss" is a web page's style sheet):
#: a school's only in capitals after a name in lower case or capitalised ("#HolySpiritCSS").
_CAPITAL_HEADS = words("css chss cvi")
#: Tag heads that are a club's teams as well ("#carltonjuniors under 11s").
_GROUP_HEADS = words("juniors infants")
#: Heads that need a name of a place or an unknown one before them ("#kilimagirls"; not "#goodgirls").
_TAG_GENDERED = words("girls boys")


def hashtag_schools(text: str) -> Iterator[Span]:
    """A hashtag that is a name and a school word run together ("#hazelwoodprimary",
    "#GreenValleyConvent", "#StBrigidsNS") or a school word of another language or a chain's
    acronym before a name ("#laerskooldoringkloof", "#dpsvasantkunj"): the span is the tag's body."""
    if "#" not in text:
        return
    for m in _SHORT_TAG.finditer(text):
        low = m.group("body").lower()
        if not _initials(low):
            continue
        if _SCHOOL_DAY.match(text, m.end()):
            yield m.start("body"), m.end("body"), 0.6  # "#kgc athletics day"
        elif _HS_INITIALS.fullmatch(low) and _next_word(text, m.end()) in wl.entries("school_sports"):
            yield m.start("body"), m.end("body"), 0.6  # "#kghs netball": a high school's initials, its sport
        elif _HS_INITIALS.fullmatch(low) and _SCHOOLS_DAY_IN_POST.search(text):
            yield m.start("body"), m.end("body"), 0.6  # "derby day 🏉 #tbhs": the school's day anywhere in the post
        elif (
            _HS_INITIALS.fullmatch(low)
            and low not in wl.entries("acronyms")
            and (_sport_in_post(text) or _town_tag_beside(text, m.end()))
        ):
            # "first netball game of the term #wghs", "#rbhs #timaru": a high school's initials in a post
            # about one of its sports, or tagged with its town as schools' teams and pupils do
            yield m.start("body"), m.end("body"), 0.6
    for m in _HASHTAG.finditer(text):
        body = m.group("body")
        if (year := _YEAR_END.search(body)) is not None:
            body = body[: year.start()]  # "#oakfieldleavers2024": the year of a class or an event
        tag_end = m.start("body") + len(body)
        if _cheer(body):
            yield m.start("body"), tag_end, 0.6  # "#GoWestbrookFalcons"
            continue
        if (_saint_tag(body) or _saint_town(body)) and _next_word(text, m.end()) not in NOT_SCHOOL:
            yield m.start("body"), tag_end, 0.6  # "#stmonicas", "#StJohns", "#stmaryskochi"
            continue
        parts = _tag_parts(body)
        if len(parts) < 2 or any(p.isdigit() for p in parts):
            continue
        if parts[-1] in _TAG_GENDERED:
            name = "".join(parts[:-1])  # one name, however the lexicon split it ("park town")
            if _names_alone(name) and " ".join([name, parts[-1]]) not in wl.entries("famous"):
                yield m.start("body"), tag_end, 0.6  # "#kilimagirls", "#HiltonBoys"
        elif parts[-1] in _tag_heads() and (
            parts[-1] not in _CAPITAL_HEADS or (body.endswith(parts[-1].upper()) and not body.isupper())
        ):
            if parts[-1] in _GROUP_HEADS and re.match(r"\s{1,2}(?:under|u\d)", text[m.end() : m.end() + 10], re.I):
                continue  # "#carltonjuniors under 11s": a club's team
            name = parts[:-1]
            saint = len(name) > 1 and name[0] in ("st", "saint", "ste")  # "#StPatsPS": a saint's school
            if saint or not all(p in _tag_heads() or p in STOP or p in GENERIC or _everyday(p) for p in name):
                # not "#backtoschool", "#summerschool"
                yield m.start("body"), tag_end, 0.7
        elif _town_closed(parts):
            yield m.start("body"), tag_end, 0.6  # "#hillcresthighdurban": the school's town closes the tag
        elif (k := _opener_length(parts)) and _name_rest(parts[k:], short=len("".join(parts[:k])) >= 6):
            yield m.start("body"), tag_end, 0.7  # "#laerskoolwitfontein"; not "#dpsgaming"
        elif (n := _tailed(body, text)) is not None:
            yield m.start("body"), m.start("body") + n, 0.6  # "#HazelMiddleStrong": "HazelMiddle"
        elif _day_after(text, m.end()) and _small_name(body.lower()) and not _THEME.search(body):
            yield m.start("body"), tag_end, 0.6  # "#pinelandsnorth spirit week", "#kauriwood 🐝 athletics day"


#: An emoji or two between a tag and the words after it ("#elmfield 🦉 spirit week").
_EMOJI_GAP = re.compile(r"\s{0,2}[^\w\s#@]{1,6}(?=\s)")


def _day_after(text: str, end: int) -> bool:
    """A day only a school holds right after the tag at ``end``, an emoji or two between allowed: a spirit week
    or day, an athletics, sports or swimming day or carnival ("#kauriwood athletics day")."""
    if (gap := _EMOJI_GAP.match(text, end)) is not None:
        end = gap.end()
    return _SPIRIT.match(text, end) is not None or _SCHOOL_DAY.match(text, end) is not None


def _town_closed(parts: list[str]) -> bool:
    """A name, a school word, then a town ("#mercyvalecollegenairobi", "#hillcresthighdurban"): schools of the same
    name stand in many towns, so children tag the town; not "#backtoschoolmanila" (no name of its own)."""
    if len(parts) < 3 or (parts[-1] not in wl.entries("towns") and parts[-1] not in wl.entries("world_cities")):
        return False
    head, name = parts[-2], parts[:-2]
    if head not in _tag_heads() or head in _CAPITAL_HEADS or head in _GROUP_HEADS:
        return False
    saint = len(name) > 1 and name[0] in ("st", "saint", "ste")
    return saint or not all(p in _tag_heads() or p in STOP or p in GENERIC or _everyday(p) for p in name)


#: A school's spirit week or day right after a tag: North American schools' dress-up days, which
#: only a school holds ("#ridgeviewpride spirit week", "#maplecrest spirit day").
_SPIRIT = re.compile(r"\s{1,2}spirit\s(?:week|wk|day)\b", re.IGNORECASE)
#: A day only a school holds right after a tag ("#kgc athletics day", "#bhs swimming carnival",
#: "#pbhs inter schools").
_SCHOOL_DAY = re.compile(
    r"\s{1,2}(?:(?:athletics|sports|swimming|swim|cross\s(?:country|c))\s(?:day|carnival)|spirit\s(?:week|wk|day)"
    # a contest between schools ("#kes inter schools", "#bhs interschools")
    r"|inter[\s-]?schools?)\b",
    re.IGNORECASE,
)
#: A high or grammar school's initials ("#kghs": King's Girls' High School, "#rbhs", "#hgs"), before one of its sports.
_HS_INITIALS = re.compile(r"[a-z]{1,2}[hg]s")
#: A day only schools hold, anywhere in the post ("sports day was fun #kbhs", "#rbhs derby day vs ..."): a
#: school's initials tag in it is that school's (a derby day is two rival schools' big rugby day).
_SCHOOLS_DAY_IN_POST = re.compile(
    r"(?<![\w#])(?:(?:sports|athletics|swimming|swim|derby|field|spirit|house)\s(?:day|carnival|week)|inter[\s-]?schools?)(?![\w])",
    re.IGNORECASE,
)
_SHORT_TAG = re.compile(r"(?<![\w#])#(?P<body>[^\W\d_]{2,4})(?![\w])")
#: A school's initials: two to four letters, at most one of them a vowel ("kgc", "bhs", "rgs", "sacs").
_INITIALS = re.compile(
    r"[b-df-hj-np-tv-z]{2,4}|[a-z][b-df-hj-np-tv-z]{1,3}|[b-df-hj-np-tv-z]{1,3}[a-z]|[b-df-hj-np-tv-z][a-z][b-df-hj-np-tv-z]{2}"
)


#: A hashtag right after another, with only spaces between ("#rbhs #timaru").
_NEXT_TAG = re.compile(r"\s{1,3}#([^\W\d_]{3,30})(?![\w])")


def _sport_in_post(text: str) -> bool:
    """A school sport of the lists anywhere in the post ("first rugby match of the season")."""
    return not wl.entries("school_sports").isdisjoint(w for _s, _e, w in wl.text_words(text))


def _town_tag_beside(text: str, end: int) -> bool:
    """The next hashtag after ``end`` is a town of the lists or a place of the lexicon ("#timaru")."""
    m = _NEXT_TAG.match(text, end)
    if m is None:
        return False
    town = m.group(1).lower()
    return town in wl.entries("towns") or bool(lexicon().classes(town) & (PLACE | MAJOR))


def _initials(body: str) -> bool:
    """A tag that is a school's initials, not a word or a famous one's ("#afl", "#nrl")."""
    return (
        _INITIALS.fullmatch(body) is not None
        and body not in wl.entries("famous")
        and body not in wl.entries("filler_words")
        and not common(body, lexicon())
    )


#: A spirit day's theme is a tag too, not the school's ("#pajamaday", "#throwbackthursday", "#twinning").
_THEME = re.compile(
    r"day$|week$|wk$|spirit|school|twin|pajama|pyjama|jersey|throwback|crazy|wacky|dress", re.IGNORECASE
)


#: Words of pride a school tag may end with ("#OakfieldPride", "#HazelMiddleStrong").
_PRIDE = words("pride proud strong spirit trots")  # "trots": Afrikaans "proud" ("#rietvalleitrots")
#: Events and other words a school tag may end with ("#StKevinsFest", "#ElmAcademySportsDay");
#: the lexicon's ``school_sports`` are some too ("#KHSSwimming").
_EVENT_TAILS = words(
    "fest festival sportsday sports day relay relays gala carnival debate fete fair concert family"
    " leavers leaver graduation grads prom"  # a final year's send-off ("#elmwoodprimaryleavers")
    " formal ball valentines"  # a school dance ("#KHSvalentinesball", "#elmwoodformal")
)
#: Events only a school holds: after a name of its own ("#parksideprom"; not "#zombieprom", an everyday
#: word, nor "#ellasprom", a given name's).
_SCHOOL_EVENTS = words("prom leavers formal graduation grads matric")
#: Words of a post about a school event, for a name alone before a word of pride or a mascot.
_EVENT_WORDS = words(
    """relay relays debate debating drive carnival gala sportsday sports tournament competition quiz
    concert assembly fete won win winning champs champions trophy medal medals house spirit"""
)
#: An acronym of a school written in capitals ("KHS", "RGS", "PBHS").
_ACRONYM = re.compile(r"[A-Z]{1,3}(?:HS|PS|GS)")
#: Acronyms of that form that are no school's.
_NOT_ACRONYMS = words("gps nhs")


def _tailed(body: str, text: str) -> int | None:
    """Length of the school part of a tag with a trailing word of pride or an event (see the
    module docstring), or None."""
    spans = _part_spans(body)
    if len(spans) < 2:
        return None
    lows = [body[a:b].lower() for a, b in spans]
    tails = _event_tails()
    k = len(lows)
    while k > 1 and (lows[k - 1] in _PRIDE or lows[k - 1] in tails or lows[k - 2 : k] == ["sports", "day"]):
        k -= 2 if lows[k - 2 : k] == ["sports", "day"] else 1
    if k == len(lows) or k < 1:
        return _mascot_tag(body, lows, text)
    end = spans[k - 1][1]
    head = body[:end]
    name = lows[:k]
    if len(name) >= 2 and name[-1] in _tag_heads():
        everyday = all(p in _tag_heads() or p in STOP or p in GENERIC or _everyday(p) for p in name[:-1])
        return end if not everyday or name[0] in ("st", "saint") else None  # not "#SummerSchoolFest"
    if _saint_tag(head):
        return end  # "#StKevinsFest"
    if _ACRONYM.fullmatch(head) and lows[k] in tails and head.lower() not in _NOT_ACRONYMS:
        return end  # "#KHSSwimming", "#BHSprom"; not "#GPSFest"
    if lows[k] in _SCHOOL_EVENTS and _small_name("".join(name)) and not _given("".join(name)):
        return end  # "#parksideprom"
    if lows[k] in _PRIDE and _small_name("".join(name)) and _about_event(text):
        return end  # "#KorimakoProud we won the debate"
    if lows[k] in _PRIDE and len(name) == 2 and name[0] in _NAMESAKE_TITLES and _namesake(name):
        return end  # "#lordselkirkpride": a school named after a lord, a sir or a bishop, and its pride
    return None


#: Titles of the namesakes schools are called after ("Lord Byng", "Sir John A", "Bishop Moore"): before a
#: surname and a word of pride in a tag, the school's (a royal's title is left out: "#kingcharlespride").
_NAMESAKE_TITLES = words("lord sir dame bishop archbishop cardinal")


def _namesake(name: list[str]) -> bool:
    """A title and a surname that is no everyday word nor, with its title, a famous one."""
    word = name[1]
    return (
        len(word) >= 3
        and not _everyday(word)
        and not common(word, lexicon())
        and " ".join(name) not in wl.entries("famous")
    )


def _mascot_tag(body: str, lows: list[str], text: str) -> int | None:
    """The whole tag when it is a name (or a school's acronym, "#khscougars") and a school mascot
    ("#BrookdaleOtters") in a post about a school event or with a cheer; not a famous team's
    ("#DetroitLions")."""
    joined = "".join(lows)
    mascot = next((m for m in wl.entries("school_mascots") if joined.endswith(m) and len(joined) - len(m) >= 4), None)
    if mascot is None:
        return None
    name = joined[: -len(mascot)]
    if segment(name)[0] in _famous_openers() or f"{' '.join(segment(name))} {mascot}" in wl.entries("famous"):
        return None
    school_acronym = _ACRONYM.fullmatch(name.upper()) is not None and name not in _NOT_ACRONYMS
    cheered = _about_event(text) or _CHEER.search(text) is not None
    return len(body) if (_small_name(name) or school_acronym) and cheered else None


#: A cheer or pride in a post with a mascot tag ("#westdalewolves pride", "#khscougars lets goo"):
#: a school's fans cheer like this, a lone tag of an animal does not.
_CHEER = re.compile(r"(?<![\w#])(?:pride|proud|let'?s\s{1,2}go+)\b", re.IGNORECASE)


def _small_name(name: str) -> bool:
    """A name that can be a school's on its own: no everyday word, no big city's or country's
    ("boston", "texas"), no famous one."""
    info = lexicon().words.get(name)
    return (
        _names_alone(name)
        and (info is None or not info[0] & MAJOR)
        and name not in wl.entries("places")
        and name not in wl.entries("famous")
        and name not in _famous_openers()
    )


def _about_event(text: str) -> bool:
    """The post tells of a school event or a win ("won the relay", "hockey girls")."""
    found = set(wl.WORD_RE.findall(text.lower()))
    return not found.isdisjoint(_EVENT_WORDS) or not found.isdisjoint(wl.entries("school_sports"))


@cache
def _event_tails() -> frozenset[str]:
    """Words a school tag may end with after its name: events and the school sports."""
    return _EVENT_TAILS | frozenset(wl.entries("school_sports"))


def _part_spans(body: str) -> list[tuple[int, int]]:
    """Where a tag's words are in ``body``: its camelCase words (a capital run split before a
    capitalised word: "MHSSwimming" is "MHS", "Swimming"), or the pieces of :func:`segment`."""
    caps = _CAPS_THEN_LOWER.fullmatch(body)
    if caps is not None and (caps.group(1)[-1] + caps.group(2)).lower() not in lexicon().words:
        # "KHSprom": the acronym, then the words of its lower-case rest (not "MHSSwimming": "Swimming")
        return [(0, caps.end(1))] + [(a + caps.end(1), b + caps.end(1)) for a, b in _part_spans(caps.group(2))]
    if body.islower() or body.isupper():
        spans, pos = [], 0
        for piece in segment(wl.unaccented(body).lower()):
            spans.append((pos, pos + len(piece)))
            pos += len(piece)
        return spans
    return [m.span() for m in re.finditer(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+", body)]


#: An acronym in capitals run together with words in lower case ("KHSprom", "BHSvalentinesball").
_CAPS_THEN_LOWER = re.compile(r"([A-Z]{3,4})([a-z]{4,})")


def _given(name: str) -> bool:
    """A given name of the lists ("ella", "james")."""
    info = lexicon().words.get(name)
    return name in wl.entries("first_names") or (info is not None and bool(info[0] & FIRST))


def _saint_town(body: str) -> bool:
    """A saint's school tag (:func:`_saint_tag`) run together with its town: "#stmaryskochi",
    "#StJosephsDelhi" (the town of the ``towns`` list, four letters at least)."""
    low = body.lower()
    if not low.startswith("st"):
        return False
    towns = wl.entries("towns")
    return any(low[i - 1] == "s" and low[i:] in towns and _saint_tag(low[:i]) for i in range(6, len(low) - 3))


def _next_word(text: str, pos: int) -> str:
    """The word right after ``pos`` (lower case), or ""."""
    m = re.match(r"\s{1,2}([^\W\d_]+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def _saint_tag(body: str) -> bool:
    """ "st" or "saint" run together with a saint's name of the ``school_saints`` list and its
    "s" ("#stmonicas", "#SaintPatricks"); not "#stress", "#stars" (no saint's name)."""
    low = body.lower()
    for opener in ("saint", "st"):
        rest = low.removeprefix(opener)
        if rest != low and rest.endswith("s") and len(rest) >= 4:
            saints = wl.entries("school_saints")
            name = rest[:-1]
            if rest in saints or name in saints:
                return True
            # a given name no everyday word ("#stdeclans", "#stjoes"), not a town ("#stalbans")
            info = lexicon().words.get(name)
            given = name in wl.entries("first_names") or (info is not None and info[0] & FIRST)
            return (
                bool(given)
                and len(name) >= 3
                and not common(name, lexicon())
                and f"st {rest}" not in wl.entries("towns")
            )
    return False


#: Where a camelCase tag splits: "GreenValleyConvent", "StBrigidsNS" (a capital run before a word).
_CAMEL = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+")


def _tag_parts(body: str) -> list[str]:
    """A tag's words: its camelCase words when it has them, each split further by :func:`segment`.
    Accents are dropped first so "HoërskoolX" and "ÉcoleX" split like "HoerskoolX" (the lexicon
    lists both spellings; only the parts are read, the span stays the tag's own body)."""
    body = wl.unaccented(body)
    camel = _CAMEL.findall(body) if not body.islower() and not body.isupper() else [body]
    return [part for word in camel for part in _split_head(word.lower())]


def _split_head(word: str) -> list[str]:
    """:func:`segment` of ``word``, but a long school word at its end stays whole and is cut off
    first ("ngataprimary" is ngata primary, not "nga tap rim ary"); short ones ("ps", "hs") end
    too many words ("friendships") to be cut off so."""
    head = next((h for h in _long_tag_heads() if word.endswith(h) and len(word) - len(h) >= 4), None)
    if head is None:
        return segment(word)
    return [*segment(word[: -len(head)]), head]


@cache
def _long_tag_heads() -> tuple[str, ...]:
    """The tag heads of five letters or more, longest first."""
    return tuple(sorted((h for h in _tag_heads() if len(h) >= 5), key=len, reverse=True))


@cache
def _tag_heads() -> frozenset[str]:
    """School words a hashtag can end with: the English ones and the one-word entries of the
    ``school_suffix`` and ``school_head`` lists ("convent", "vidyalaya", "ns", "collegiate")."""
    listed = {e for f in ("school_suffix", "school_head") for e in wl.entries(f) if e.isalpha()}
    return _TAG_HEADS | listed


@cache
def _tag_openers() -> frozenset[str]:
    """School words and chains' acronyms a hashtag can start with ("laerskool", "gaelscoil", "dps")."""
    return frozenset(e for f in ("school_prefix", "school_acronym") for e in wl.entries(f) if e.isalpha())


@cache
def _run_together_openers() -> frozenset[str]:
    """Those of several words too, run together as a tag writes them ("kurakaupapa", "tekura").
    Kept out of :func:`segment`, which would swallow a whole name ("ryan international")."""
    entries = (e.replace(" ", "") for f in ("school_prefix", "school_acronym") for e in wl.entries(f))
    return frozenset(e for e in entries if e.isalpha())


def _cheer(body: str) -> bool:
    """A school's cheer: "go", a name and its mascot in the plural ("#GoWestbrookFalcons"). Not a
    pro or famous team's ("#GoSeattleSeahawks", "#GoBlueJays"): neither the pair nor the name is
    famous and the name does not open a famous name (a team's city: "seattle", "boston", "la")."""
    camel = _CAMEL.findall(wl.unaccented(body)) if not body.islower() and not body.isupper() else []
    words = [w.lower() for w in camel] or segment(wl.unaccented(body).lower())
    if len(words) not in (3, 4) or words[0] != "go" or any(w.isdigit() for w in words):
        return False
    name, mascot = words[1:-1], words[-1]
    joined = "".join(name)
    famous = wl.entries("famous")
    return (
        len(mascot) >= 4
        and mascot.endswith("s")
        and _names_alone(joined)
        and name[0] not in _famous_openers()
        and joined not in wl.entries("places")  # a city's slang name: "#GoPhillyEagles"
        and joined not in famous
        and " ".join([*name, mascot]) not in famous
    )


@cache
def _famous_openers() -> frozenset[str]:
    """First words of famous names of several words: teams' cities, stars' first names."""
    return frozenset(e.split()[0] for e in wl.entries("famous") if " " in e)


def _opener_length(parts: list[str]) -> int:
    """How many of a tag's first parts make a school word or acronym ("KuraKaupapa" is two), 0 if none."""
    return next((k for k in range(len(parts) - 1, 0, -1) if "".join(parts[:k]) in _run_together_openers()), 0)


def _name_rest(parts: list[str], *, short: bool = False) -> bool:
    """The rest of a tag after a school word is a name: five letters or more (three after a long
    school word, ``short``: "#ardscoilnia"), not everyday words run together ("gaming",
    "gamingclips"); a town's name is one ("rietvlei"), and an unknown name is cut by
    :func:`segment` into short or unknown pieces ("wit font ein")."""
    rest = "".join(parts)
    if len(rest) >= 4 and rest in wl.entries("towns"):
        return True  # "#presbray": a chain's or a school word's short form and the school's town
    return (
        len(rest) >= (3 if short else 5)
        and not _everyday(rest)
        and not all(len(p) >= 4 and _everyday(p) for p in parts)
    )


def _names_alone(word: str) -> bool:
    """A run-together name that can name a school on its own ("kilima", "parktown", "hilton"):
    unknown, or a name of the lexicon that is no everyday word."""
    return len(word) >= 4 and word not in STOP and not common(word, lexicon())


def _everyday(word: str) -> bool:
    info = lexicon().words.get(word)
    return info is not None and info[0] == WORD


def segment(body: str) -> list[str]:
    """Split a run-together lower-case word into the fewest known words ("wattleparkprimary" ->
    wattle park primary); an unknown stretch stays one piece. Quadratic in a body of at most 40."""
    lex = lexicon().words
    n = len(body)
    best: list[tuple[int, int]] = [(0, 0)] + [(10**6, 0)] * n  # (cost, start of the last piece)
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            piece = body[start:end]
            known = (
                piece in _tag_heads()
                or piece in _tag_openers()
                or (len(piece) >= 3 and piece in lex)
                or piece.isdigit()
            )
            cost = best[start][0] + (1 if known else 3 + len(piece))
            if cost < best[end][0]:
                best[end] = (cost, start)
    parts = []
    end = n
    while end > 0:
        start = best[end][1]
        parts.append(body[start:end])
        end = start
    return parts[::-1]
