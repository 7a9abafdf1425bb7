"""Schools written short (:mod:`leakscan.scanners.school`, issue 10 family 1), which the name
forms of :mod:`~leakscan.scanners.school_world` miss:

* an acronym in capitals ("NBHS", "KLPS"): after "at", "from", "in", "to" in a post about school things, or ending in a school's letters
  ("-PS", "-HS", "-GS", "-SS"); or before "school", "students", "uniform", "girls", a grade
  ("TKC grade 10s", "ODC girls");
* a capitalised name ending in "College", "Public", "Campus" or "Academy" that the post shows to
  be a school: school things around it ("year 7 at Maple Public"), or its pupils after it
  ("Rata College kids").

* a name no list knows after a school year and "at" ("in year 6 at Fernbrook");
* a school chain's or order's name alone after going to it ("goes to mercy", "go to pres");
* a school's nickname of the table below ("the pres", "king eds", "sir john a") after going to
  it, or after "in", "at", "from" in a post about school or its first day;
* a school called by its founder's or patron's nickname: a royal or church title and a name
  with its "s" ("i go to king eddies", "goes to bishop cottons", "at prince alberts" in a post
  about school), not before a street, park or hospital.

Acronyms that are brands, agencies, leagues, tech or school subjects (the ``acronyms`` word
list), chat words, famous names and countries are never a school.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from .. import lexicon as wl
from ..truecase import FIRST, lexicon
from .base import words
from .school_names import GENERIC, HEAD_COMPOUND_NEXT, STOP, SUFFIX_WORDS
from .school_world import SCHOOL_THINGS, Span, Tok, not_schools

#: More words that make a post about school (beside those of school_world's saints rule).
_MORE_SCHOOL_THINGS = words(
    """school skool sch teacher principal class classes lesson lessons exam test tests students
    pupils freshman sophomore semester term timetable uniforms lunchtime playground polyfest"""
)  # "polyfest": Auckland's secondary schools' Pacific festival, where every group is a school
_YEAR_WORD = r"\b(?:year|yr|y|grade|gr|form|std|class|standard|sec)\s?\d{1,2}"  # "sec 2": Quebec's secondaire
#: A school year written with its number ("year 7", "yr 9", "grade 10", "form 2").
_YEAR = re.compile(_YEAR_WORD, re.IGNORECASE)
#: A school year just before "at" ("in year 6 at ...", "grade 4 at ..."): a school's name follows.
_YEAR_AT = re.compile(_YEAR_WORD + r"s?\s{1,3}$", re.IGNORECASE)
#: Words before an acronym that place the child at it.
_CUE_BEFORE = words("at from in to attend attends attending attended")
#: Words after a school's name that are its pupils or its things ("ODC girls", "NBHS students").
_PUPILS = words("school sch skool students pupils uniform uniforms teachers teacher principal kids girls boys lot")
#: Pupils' words that need the acronym in capitals ("mlc girls" may be anything).
_PUPILS_CAPS = words("kids girls boys lot")  # "the QEGS lot": British and NZ for a school's crowd
#: The school letters an acronym can end with: primary, high, girls'/grammar, secondary, middle school.
_SCHOOL_LETTERS = ("ps", "hs", "gs", "ss", "ms")
#: A school's activities after its acronym ("GHS band concert"); its sports are the lexicon's ``school_sports``.
_ACTIVITIES = words("band choir orchestra concert musical assembly carnival formal prom")
#: Arts whose grades are exams of a dance or music school ("grade 3 at X irish dance").
_ARTS = words("dance dancing ballet music piano violin guitar singing drama")
#: Titles a school's founder or patron bears ("king eddies", "bishop cottons", "prince alberts").
_PATRONS = words("king queen prince princess bishop archbishop sir lady duke")
#: Words after "king freds" that make it a street, a park, a hospital... ("king georges hospital").
_NOT_AFTER_PATRON = words(
    """street st road rd avenue ave lane way square park cross hospital church chapel cathedral
    cinema theatre hall court house bridge station mall centre center gardens hotel pub beach"""
)
#: A team's age group ("12u", "u12s").
_TEAM_AGE = re.compile(r"\d{1,2}u|u\d{1,2}s?")
#: Going to or attending a place, just before it ("i go to", "she attends", "goes to").
_GOING = re.compile(r"\b(?:go|goes|going|went|attend|attends|attended|attending)(?:\sto)?$")
#: Schools' nicknames, which name no other thing where a child goes or is (a school year or
#: "i go" must say so: "the grange" is a pub's name too).
_NICKNAMES = (
    ("the", "pres"),  # a Presentation school (Ireland)
    ("the", "grange"),  # Grange schools (England, Scotland)
    ("the", "tech"),  # a vocational or community school (Ireland: "in 2nd year in the tech")
    ("king", "eds"),  # King Edward's schools (England)
    ("king", "eddies"),
    ("sir", "john", "a"),  # Sir John A. Macdonald schools (Canada)
)
_NICKNAME_ENDS = frozenset(n[-1] for n in _NICKNAMES)
#: Words after "the tech" that make it a room, a trade or a crew, not the school ("in the tech room").
_TECH_THINGS = words(
    "room rooms lab labs class classes industry support team teams guy guys department deck week club crew"
)
#: Going to a school as a habit ("i go the grange", "she goes to the pres"); not "went", a visit.
_ATTENDING = re.compile(r"\b(?:go|goes|attend|attends)(?:\sto)?$")
#: A school's first or last day ("first day in the pres tomorrow").
_SCHOOL_DAY = re.compile(r"\b(?:first|last)\s(?:day|week)\b", re.IGNORECASE)
#: Heads that end a school's name only when the post shows it is one.
_HEADS = words("college public campus academy")
#: Words after such a head that make it something else ("Academy Awards", "Academy of Arts").
_NOT_AFTER_HEAD = words("of awards award players player fc team squad")


#: The shapes one of these forms needs (a cheap pre-check on the text as written): an acronym,
#: a capitalised head, a patron's title.
_SHAPES = re.compile(
    r"\b(?:[A-Z]{2,5}|" + "|".join(sorted(h.capitalize() for h in _HEADS)) + r")\b"
    r"|\b(?i:" + "|".join(sorted(_PATRONS)) + r")\s"
)


def short_triggered(text: str) -> bool:
    """True when ``text`` holds an acronym, a capitalised head, a school year or a chain's name these forms need."""
    return (
        _SHAPES.search(text) is not None
        or _YEAR.search(text) is not None
        or not _chains().isdisjoint(wl.WORD_RE.findall(text.lower()))
        or _VOWELLESS.search(text) is not None
        or _UNI_GATE.search(text) is not None
        or not _NICKNAME_ENDS.isdisjoint(wl.WORD_RE.findall(text.lower()))
    )


#: A vowelless lower-case word after "at", "in", "from" ("in svks"), for :func:`_vowelless`.
_VOWELLESS = re.compile(r"\b(?:at|in|from|to|go|goes)\s[b-df-hj-np-tv-xz]{3,5}\b")
#: Verbs of going to school with no "to" before a vowelless acronym ("who else goes mbhs").
_GO = words("go goes")
#: A university's letters in lower case: "u" and two or three consonants ("ucd", "unsw"), after going
#: to it or attending it ("my brother goes to ucd"); never "ukg"/"ufc" (a class, a league).
_UNI = re.compile(r"u[b-df-hj-np-tv-z]{2,3}")
_UNI_GATE = re.compile(r"\b(?:to|attends?|attending)\su[b-df-hj-np-tv-z]{2,3}\b")
_UNI_GO = words("go goes going went attend attends attending")
_NOT_UNI = words("ukg lkg umm ummm uhh uhhh uhm ugh ughh")  # classes, a league, sounds of doubt


def school_post(lows: Sequence[str], text: str) -> bool:
    """Is the post about school things (a teacher, homework, a school year...)?"""
    return not SCHOOL_THINGS.isdisjoint(lows) or not _MORE_SCHOOL_THINGS.isdisjoint(lows) or bool(_YEAR.search(text))


def short_schools(toks: Sequence[Tok], text: str) -> Iterator[Span]:
    """The schools of the module docstring: ``(start, end, confidence)``."""
    lows = [wl.unaccented(t.word) for t in toks]
    about_school = school_post(lows, text)
    shouting = _shouting(text)
    for i, tok in enumerate(toks):
        written = text[tok.start : tok.end]
        if lows[i] in _HEADS and tok.title:
            found = _headed(toks, lows, i, text, about_school)
            if found:
                yield found
        elif (
            _acronym(written, lows[i], shouting)
            and not _masked(text, tok.start, tok.end)
            and _headed_acronym(toks, lows, i, text)
        ):
            yield tok.start, toks[i + 1].end, 0.6  # "QE grammar", "KGV college"
        elif (
            _acronym(written, lows[i], shouting)
            and not _masked(text, tok.start, tok.end)
            and _placed(toks, lows, i, text, about_school)
        ):
            yield tok.start, tok.end, 0.6
        elif _vowelless(toks, lows, i, text, about_school):
            yield tok.start, tok.end, 0.55  # "maths in svks"
        elif n := _nickname(toks, lows, i, text, about_school):
            yield tok.start, toks[i + n - 1].end, 0.6  # "year 7 at king eds", "i go the grange"
        elif lows[i] in _PATRONS and _patron(toks, lows, i, text, about_school):
            yield tok.start, toks[i + 1].end, 0.6
        elif lows[i] in _chains() and _chain_alone(toks, lows, i, text, about_school):
            yield tok.start, tok.end, 0.6
        elif i > 0 and _at(toks, lows, i - 1, text) and _YEAR_AT.search(text, 0, toks[i - 1].start):
            j = i
            while j < len(toks) and j - i < 3 and (j == i or _adjacent(toks, j - 1, text)) and _unheard(lows[j]):
                j += 1
            styles = wl.entries("club_styles")
            if j > i and not any(w in styles or w in _ARTS for w in lows[j : j + 2]):
                yield tok.start, toks[j - 1].end, 0.6  # "in year 6 at Fernbrook"; not "grade 3 at X irish dance"


def _at(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> bool:
    """``toks[i]`` is "at", or French "à" ("en sec 2 à Brébeuf")."""
    return lows[i] == "at" or text[toks[i].start : toks[i].end] == "à"


def _acronym(written: str, low: str, shouting: bool) -> bool:
    """An acronym that may be a school: capitals (not in a shouted post); never a listed everyday
    acronym, a chat word, a famous name or a country."""
    if not written.isalpha() or not 2 <= len(written) <= 5 or not written.isupper() or shouting:
        return False
    return low not in not_schools()


def _masked(text: str, start: int, end: int) -> bool:
    """Capitals in square brackets are a redaction's mask ("im in [AGE] at [SCHOOL]"), not a school."""
    return text[start - 1 : start] == "[" and text[end : end + 1] == "]"


def _placed(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> bool:
    """The acronym at ``toks[i]`` stands where a school does (see the module docstring)."""
    before = lows[i - 1] if i > 0 else ""
    if before in _CUE_BEFORE and (about_school or (len(lows[i]) >= 3 and lows[i].endswith(_SCHOOL_LETTERS))):
        return True
    after = lows[i + 1] if i + 1 < len(toks) else ""
    if after in _PUPILS and (after not in _PUPILS_CAPS or text[toks[i].start : toks[i].end].isupper()):
        return True
    if len(lows[i]) >= 3 and lows[i].endswith(_SCHOOL_LETTERS) and _activity(after):
        return True  # "RGHS netball girls", "GHS band concert": a school's team or band
    return bool(after) and _YEAR.match(text, toks[i + 1].start) is not None  # "TKC grade 10s"


#: School words after an acronym that make the two a school's name ("QE grammar", "KGV college").
_ACRONYM_HEADS = words("grammar college academy high primary elementary elem")
#: Words after such a head that make it something else ("PE college applications", "UK high street").
_NOT_AFTER_ACRONYM_HEAD = words(
    "street streets applications application fees degree course courses student students fund"
)


def _headed_acronym(toks: Sequence[Tok], lows: list[str], i: int, text: str) -> bool:
    """The acronym at ``toks[i]`` and a school word right after it ("QE grammar"): never a compound
    ("... high five", "... grammar check")."""
    if i + 1 >= len(toks) or not _adjacent(toks, i, text) or lows[i + 1] not in _ACRONYM_HEADS:
        return False
    after = lows[i + 2] if i + 2 < len(toks) else ""
    return after not in _NOT_AFTER_ACRONYM_HEAD and after not in HEAD_COMPOUND_NEXT.get(lows[i + 1], ())


def _activity(low: str) -> bool:
    """A school's sport or activity ("netball", "band", "choir")."""
    return low in _ACTIVITIES or low in wl.entries("school_sports")


def _vowelless(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> bool:
    """A lower-case acronym of three to five letters and no vowel after "at", "in", "from" in a post
    about school ("8th std maths in svks"), or ending in a school's letters after those words or
    "go(es)" in any post ("who else goes mbhs"): no word of any language has that shape; never an
    acronym or chat word of the lists ("in brb")."""
    low = lows[i]
    if not (i > 0 and low.isalpha() and 3 <= len(low) <= 5):
        return False
    went = lows[i - 1] in _UNI_GO or (lows[i - 1] == "to" and i > 1 and lows[i - 2] in _UNI_GO)
    if went and _UNI.fullmatch(low) and low not in _NOT_UNI and low not in wl.entries("famous"):
        return low not in not_schools() and text[toks[i].start : toks[i].end].islower()  # "goes to ucd"
    # a school's own letters at its end ("mbhs", "kgps") say school in any post
    lettered = low.endswith(_SCHOOL_LETTERS)
    if not ((lows[i - 1] in _CUE_BEFORE and (about_school or lettered)) or (lows[i - 1] in _GO and lettered)):
        return False
    written = text[toks[i].start : toks[i].end]
    if i + 1 < len(toks) and lows[i + 1][:1].isdigit():
        return False  # "in std 6": a school year
    if text[toks[i - 1].end : toks[i].start] != " " or text[toks[i].end : toks[i].end + 1] in (":", "/", "."):
        return False  # "at http://...": a link
    return (
        written.islower()
        and not set(low) & set("aeiouy")
        and low not in not_schools()
        and low not in wl.entries("age_units")
    )


def _patron(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> bool:
    """``toks[i]`` is a title and the next word a name with its "s" ("king eddies"), after going
    to, attending, or (in a post about school) at or from; never a famous name, nor a street's."""
    if i + 1 >= len(toks) or not _adjacent(toks, i, text):
        return False
    name = lows[i + 1]
    if not (name.isalpha() and len(name) >= 4 and name.endswith("s")) or name in STOP:
        return False
    famous = wl.entries("famous")
    bare = {name[:-1], name.removesuffix("ies") + "y"}  # "gagas", "eddies"
    if any(b in famous or f"{lows[i]} {b}" in famous for b in bare):
        return False  # "lady gagas concert"
    after = lows[i + 2] if i + 2 < len(toks) else ""
    if after in _NOT_AFTER_PATRON or _TEAM_AGE.fullmatch(after):
        return False  # "go lady hornets 12u": a club's team by its age group
    if after in _CHAIN_PUPILS and (i == 0 or lows[i - 1] in _CHAIN_PUPILS_BEFORE) and not _given(lows[i]):
        return True  # "pres girls are loud", "loreto kids": the chain's school; not "Mercy kids" (hers)
    before = " ".join(lows[max(0, i - 2) : i])
    return bool(_GOING.search(before)) or (about_school and i > 0 and lows[i - 1] in ("at", "from"))


def _nickname(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> int:
    """Number of words of a school's nickname (:data:`_NICKNAMES`) at ``toks[i]``, after going to
    it, or after "in", "at", "from" in a post about school or its first day; else 0."""
    if i == 0:
        return 0
    for nick in _NICKNAMES:
        n = len(nick)
        if tuple(lows[i : i + n]) != nick or not all(_adjacent(toks, k, text) for k in range(i, i + n - 1)):
            continue
        if i + n < len(toks) and (
            lows[i + n] in _NOT_AFTER_PATRON or (nick[-1] == "tech" and lows[i + n] in _TECH_THINGS)
        ):
            return 0  # "the grange hotel", "in the tech room"
        if _ATTENDING.search(" ".join(lows[max(0, i - 2) : i])):
            return n
        school = about_school or _SCHOOL_DAY.search(text) is not None
        return n if school and lows[i - 1] in ("in", "at", "from") else 0
    return 0


def _unheard(low: str) -> bool:
    """A word no list knows: no everyday word, name, town, famous place or country."""
    return (
        low.isalpha()
        and len(low) >= 4
        and low not in lexicon().words
        and low not in not_schools()
        and low not in wl.entries("towns")
        and low not in wl.entries("places")
        and low not in wl.entries("famous_places")
    )


def _chain_alone(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> bool:
    """A school chain's or order's name alone ("goes to mercy", "we both go to pres"): after going
    to or attending it, or at/from/in it in a post about school; not before a hospital or a beach."""
    after = lows[i + 1] if i + 1 < len(toks) else ""
    if after in _NOT_AFTER_PATRON:
        return False
    if after in _CHAIN_PUPILS and (i == 0 or lows[i - 1] in _CHAIN_PUPILS_BEFORE) and not _given(lows[i]):
        return True  # "pres girls are loud", "loreto kids": the chain's school; not "Mercy kids" (hers)
    before = " ".join(lows[max(0, i - 2) : i])
    return bool(_GOING.search(before)) or (about_school and i > 0 and lows[i - 1] in ("at", "from", "in"))


#: A school's pupils right after a chain's or order's name ("pres girls", "dps kids").
_CHAIN_PUPILS = words("girls boys kids students pupils lot")
#: What may come before "<chain> girls": the post's start or a pointing word, not a verb ("have mercy girls").
_CHAIN_PUPILS_BEFORE = words("the those them all our vs v and")


def _given(low: str) -> bool:
    """A given name of the lists ("mercy", "grace"): "<name> kids" may be her children."""
    info = lexicon().words.get(low)
    return low in wl.entries("first_names") or (info is not None and bool(info[0] & FIRST))


@cache
def _chains() -> frozenset[str]:
    """The one-word names of school chains and orders (``school_acronym``: "dps", "loreto", "pres")."""
    return frozenset(w for w in wl.entries("school_acronym") if " " not in w)


def _headed(toks: Sequence[Tok], lows: list[str], i: int, text: str, about_school: bool) -> Span | None:
    """A capitalised name of one to three words before the head at ``toks[i]``, in a post about
    school or before its pupils; None when it is no school."""
    after = lows[i + 1] if i + 1 < len(toks) and _adjacent(toks, i, text) else ""
    if after in _NOT_AFTER_HEAD or not (about_school or after in _PUPILS):
        return None
    k = i
    while k > 0 and i - k < 3 and _adjacent(toks, k - 1, text) and toks[k - 1].title:
        low = lows[k - 1]
        if low in STOP or low in GENERIC or low in _HEADS or low in wl.entries("famous"):
            break
        k -= 1
    if k == i:
        return None
    return toks[k].start, toks[i].end, 0.6


def _adjacent(toks: Sequence[Tok], i: int, text: str) -> bool:
    """``toks[i]`` and the next word belong to one name: one space between."""
    return text[toks[i].end : toks[i + 1].start] == " "


def _shouting(text: str) -> bool:
    """Most letters of the post are capitals: a capitalised word is no acronym then."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


#: Words of a church's rites and clergy: a saint's name in a post about them is the parish.
_RITES = words("mass masses communion confirmation christening baptism novena priest fr parish")


def parish(text: str, start: int, end: int) -> bool:
    """The school name at ``text[start:end]`` is a saint's ("st ultans", "our lady of knock") in a
    post about mass or a sacrament and not about school ("first communion at st malachys"): the
    parish church, a local group (ORG) that names where the child is, not the child's school."""
    name = [w for _s, _e, w in wl.text_words(text[start:end])]
    if not name or not (name[0] in ("st", "saint", "ste", "sts") or name[:2] == ["our", "lady"]):
        return False
    lows = [w for _s, _e, w in wl.text_words(text)]
    return not _RITES.isdisjoint(lows) and not school_post(lows, text)


#: A parent's night shift or a ward's job right before a saint's name ("my dad works nights at st
#: aidan's", "mum is a nurse at st james's"): a hospital, a workplace (ORG), not a school.
_WARD_CUE = re.compile(
    r"(?<![\w'’])(?:nights|shifts?|nurse|doctor|paramedic|porter|midwife|carer|surgeon|physio)\s{1,3}(?:at|in)\s{1,3}\Z"
)


def hospital(text: str, start: int, end: int) -> bool:
    """The saint's name at ``text[start:end]`` ("st aidan's") follows a hospital job or shift
    (:data:`_WARD_CUE`) and holds no school word: the parent's workplace (ORG)."""
    name = [w for _s, _e, w in wl.text_words(text[start:end])]
    if not name or name[0] not in ("st", "saint", "ste", "sts") or not SUFFIX_WORDS.isdisjoint(name):
        return False
    return _WARD_CUE.search(text[max(0, start - 24) : start].lower()) is not None
