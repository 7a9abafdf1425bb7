"""School names in other countries' forms (:mod:`leakscan.scanners.school`, issue 10 family 2),
read from the word lists of :mod:`leakscan.lexicon`:

* a school word before the name: Irish "Scoil Mhuire", "Gaelscoil na Fuinseoige", "Coláiste
  Bríde"; Afrikaans "Laerskool Waterkloof", "Hoërskool Menlopark"; te reo Māori "Kura Kaupapa o
  Manawa" (family ``school_prefix``);
* a chain's acronym before a place: "DPS RK Puram", "DAV Pushpanjali" (``school_acronym``);
* a lower-case name before a school word the English lists lack, or a short one: "saraswati
  vidyalaya", "carmel convent", "dav public school", "banksia ps", "riverside ss"
  (``school_suffix``);
* a saint's name with a possessive: "st bridgid's", "St Pat's" (``school_saints``), unless a
  church, a hospital or a feast day follows;
* a school word and the school's number: "secu 42", "liceo 7", "sp nr 12" (``school_numbered``,
  :mod:`~leakscan.scanners.school_numbers`).

The name words after a prefix are the next one to three words that are no everyday English
word (a capitalised or accented word always counts), so "scoil mhuire was grand" is "scoil mhuire".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import takewhile
from typing import Protocol

from .. import lexicon as wl
from ..truecase import FIRST, PLACE, WORD, lexicon
from .base import words
from .ner_words import JUNK, common
from .school_names import HEAD_COMPOUND_NEXT, SCHOOL_COMPOUND_NEXT, STOP, gazetteer
from .school_numbers import numbered_schools

#: Little words inside Irish, Māori and Afrikaans school names ("Gaelscoil na Fuinseoige", "Kura o ...",
#: "kura kaupapa o te rawhiti": Māori "te" is "the").
_INNER = words("na an o te de ni nic mhic naomh naofa van der die en")
#: Words after "st X's" that make it a church, a hospital, a feast day... not a school.
NOT_SCHOOL = words(
    """church chapel cathedral parish hospital hospice day night eve ambulance park road street st
    avenue lane close square place well wood green hall house court centre center clinic
    gaa club clubs fc afc rfc gfc slsc scouts cubs guides brownies beavers wort"""
    # a care home and a denomination's church ("st anne's nursing home", "st mark's apostolic")
    """ nursing care retirement apostolic anglican methodist pentecostal presbyterian lutheran baptist"""
)
#: Words up to three words after "st X's" that make it a church or its groups, not a school.
_CHURCH_AFTER = words(
    """church chapel cathedral parish choir anglican methodist presbyterian orthodox coptic lutheran
    baptist uniting marthoma pentecostal fellowship congregation band youth cyc"""
)
#: Words after "X high", "X college"... that make it something else than a school.
_NOT_HEAD_NEXT = NOT_SCHOOL | words("camp camps rise rises rising jump score speed tea fives five tide altitude")
#: Clipped heads that are a school year before its number ("sec 2", "pri 5").
_YEAR_HEADS = words("sec pri")
#: Short suffixes that also end a sentence as chat ("ps" = postscript): the name must be no word.
_SHORT = words("ps ss hs gs ns cs sc int")

Span = tuple[int, int, float]


class Tok(Protocol):
    """A word of the text as the school scanner reads it."""

    start: int
    end: int
    word: str  # folded, apostrophes dropped
    title: bool


@cache
def _first_words() -> frozenset[str]:
    """Every word that can start or end one of these forms."""
    out = {"st", "saint", "ste", "mt", "mount"} | _GENDERED
    for family in ("school_prefix", "school_acronym", "school_suffix", "school_head", "school_numbered"):
        out.update(wl.phrases(family))
        out.update(parts[-1] for group in wl.phrases(family).values() for parts in group)
    return frozenset(out)


def world_triggered(folded: str) -> bool:
    """True when ``folded`` holds a word one of these forms needs (cheap pre-check)."""
    return not _first_words().isdisjoint(wl.unaccented(w) for w in wl.WORD_RE.findall(folded))


def world_schools(toks: Sequence[Tok], text: str) -> Iterator[Span]:
    """School names in the forms of the module docstring: ``(start, end, confidence)``."""
    lows = [wl.unaccented(t.word) for t in toks]
    yield from _prefixed(toks, lows, text)
    yield from _suffixed(toks, lows, text)
    yield from _saints(toks, lows, text)
    yield from _headed(toks, lows, text)
    yield from _gendered(toks, lows, text)
    yield from _national(toks, lows, text)
    yield from numbered_schools(text)  # "secu 42", "liceo 7", "sp nr 12"


def club_school(span: str) -> bool:
    """A dance, stage, sports or music school ("shine stars dance school", "young stars cricket
    academy", "scoil rince ni bhriain"): a club of the ``club_suffix`` words of two or more, or
    of ``club_prefix`` ("scoil rince"), is a local group the NER scanner reports, not a school."""
    found = wl.text_words(span)
    lows = [w for _s, _e, w in found]
    if bool(found) and (wl.longest_at("club_prefix", lows, 0) > 1 or any(map(_YOUTH_AGE.fullmatch, lows))):
        return True  # "scoil rince ...", "u13 academy": a dance school, a club's youth academy
    if any(wl.longest_at("school_prefix", lows, i) for i in range(min(2, len(lows)))):
        return False  # "te kura o rangiuru kapa haka": the school's own group names the school
    return any(j - i > 1 for i, j, _s, _e in wl.find("club_suffix", found))


#: A youth team's age group ("u13", "u9s"): an academy after it is a club's, not a school.
_YOUTH_AGE = re.compile(r"u\d{1,2}s?")


#: An arts school's subject after its name ("Northside Academy of Ballet", "... School of Dance").
_ARTS_AFTER = re.compile(
    r"\s{1,3}of\s(?:irish\s|classical\s|modern\s)?(?:dance|dancing|ballet|music|performing\sarts|arts|drama"
    r"|theatre|theater|speech)\b",
    re.IGNORECASE,
)
#: Words of a post about a martial art: an "academy" or "studio" in it is a club ("yellow belt grading at ...").
_MARTIAL = words("belt belts grading dojo sensei kata sparring")
#: ... or about dancing: an "academy" in it is a dance school ("dance comp with <name> academy", "irish
#: dancing at the <name> academy", "<name> academy eisteddfod").
_DANCING = words("dance dancing dancer dancers ballet feis eisteddfod recital pointe tutu")


def arts_school(text: str, start: int, end: int) -> bool:
    """The school name at ``text[start:end]`` is an arts school or a martial-arts club, which the
    NER scanner reports as a local group: a subject of the arts after it ("Miss Priya's School of
    Dance"), or an academy or studio in a post about belts and gradings or about dancing."""
    if _ARTS_AFTER.match(text, end):
        return True
    if not text[start:end].lower().endswith(("academy", "studio")):
        return False
    found = {w for _s, _e, w in wl.text_words(text)}
    return not (_MARTIAL.isdisjoint(found) and _DANCING.isdisjoint(found)) or not wl.entries("club_styles").isdisjoint(
        found
    )


def _namey(tok: Tok, low: str, text: str) -> bool:
    """A word that can be part of a school's name: no stop word, and capitalised, accented or no
    everyday English word."""
    if low in STOP or low.isdigit() or low in wl.entries("filler_words") or low in wl.entries("school_not_name"):
        return False  # "kv 2 rampur wale": the particles after a name are no part of it; "escuela mañana"
    if tok.title or not text[tok.start : tok.end].isascii():
        return True
    return not common(low, lexicon())


def _name_after(toks: Sequence[Tok], lows: list[str], text: str, i: int) -> int:
    """End index of the name words from ``i`` (up to three, little inner words allowed); ``i`` if none."""
    j = i
    taken = 0
    while j < len(toks) and taken < 3 and _adjacent(toks, j - 1, text):
        if lows[j] in _LITTLE:
            # one or two little words before a name ("polyvalente de la <name>", "escola básica da <name>")
            k = j + 1 if j + 1 < len(toks) and lows[j + 1] in _LITTLE and _adjacent(toks, j, text) else j
            if k + 1 < len(toks) and _adjacent(toks, k, text) and _namey(toks[k + 1], lows[k + 1], text):
                j = k + 1
                continue
        if lows[j] in _SAINTS and j + 1 < len(toks) and _hyphened(toks, j, text):
            j += 2  # "collège saint-rémi": a saint's hyphened name, the whole name
            break
        if not _namey(toks[j], lows[j], text):
            break
        j += 1
        taken += 1
    while j > i and lows[j - 1] in _LITTLE:
        j -= 1
    return j


#: Articles and "of the" of French, Spanish and Portuguese inside a school's name ("de la", "del", "da", "dos").
_ARTICLES = words("la le les del da do dos das des du")
_LITTLE = _INNER | _ARTICLES
#: "my", "your", "his" of Spanish, Portuguese and French after "of": someone's school, no name ("colegio de mi primo").
_POSSESSIVES = words("mi mis tu tus su sus meu minha meus seu sua mon ma mes ton ta son sa")


#: Saints' titles that open a hyphened name after a school word ("collège saint-rémi", "école ste-marie").
_SAINTS = words("saint sainte st ste san santa")


def _hyphened(toks: Sequence[Tok], i: int, text: str) -> bool:
    """``toks[i]`` and the next word are joined by a hyphen alone ("saint-rémi")."""
    return text[toks[i].end : toks[i + 1].start] == "-" and toks[i + 1].word.isalpha()


def _adjacent(toks: Sequence[Tok], i: int, text: str) -> bool:
    """``toks[i]`` and the next word belong to one name: only a space or two (or a dot) between."""
    if i < 0:
        return True
    gap = text[toks[i].end : toks[i + 1].start]
    return 0 < len(gap) <= 3 and gap.strip(" .") == ""


def _prefixed(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    i = 0
    while i < len(toks):
        n = wl.longest_at("school_prefix", lows, i)
        family = "school_prefix"
        written = text[toks[i].start : toks[i].end]
        if n == 1 and written.isascii() and common(lows[i], lexicon()):
            n = 0  # "college" is English: only "collège" is the French school word
        if not n:
            n = wl.longest_at("school_acronym", lows, i)
            family = "school_acronym"
        if not n:
            i += 1
            continue
        j = i + n
        numbered = False
        if j + 1 < len(toks) and lows[j] == "no" and lows[j + 1].isdigit():
            j += 2  # "kv no 2 delhi cantt": the branch's number, then its place
            numbered = family == "school_acronym"  # "kv no. 2 annual day": the number names the branch
        elif family == "school_acronym" and j < len(toks) and _branch_number(toks, lows, j, text):
            j += 1  # "kv 2 rampur", "gmsss 16": a state school's or a chain's branch number
            numbered = True
        elif family == "school_acronym" and _sector_after(toks, lows, j, text):
            j += 2  # "dav sector 38": a chain's branch told by the city sector it stands in
            numbered = True
        elif lows[j - 1] in _NUMBERED_PREFIX and j < len(toks) and _numbered_state(toks, lows, j, text):
            j += 1  # "sd negeri 4 depok": Indonesian state schools are numbered before their town
            numbered = True
        end = _name_after(toks, lows, text, j)
        if family == "school_acronym" and end == j < len(toks) and lows[j] == "public" and _adjacent(toks, j - 1, text):
            end = j + 1  # "DAV public sports day": India's "<chain> Public School", its last word dropped
        if (
            lows[j - 1] in _NUMBERED_PREFIX
            and not numbered
            and j < end < len(toks)
            and _numbered_state(toks, lows, end, text)
        ):
            end += 1  # "sdn kebon jeruk 03": the state school's number after its town
        if lows[i] in _ONE_NAME:
            end = min(end, j + 1)  # "hato paora haka": the saint's one name, then the haka
        if numbered and end == j and _branch_alone(toks, lows, j, text):
            yield toks[i].start, toks[j - 1].end, 0.6  # the number alone names the branch ("kv 3 gang")
            i = j
            continue
        # a word that names the school, though English has it too ("colaiste bride", Brigid): a
        # school word of another language (not "college") says a name follows
        # ... and so does one ending in "of" ("kura kaupapa māori o te rito": Māori "o te" is "of the")
        k = j
        while k + 1 < len(toks) and lows[k] in _LITTLE and _adjacent(toks, k, text):
            k += 1  # ... and the little words before the name are skipped ("école de la <name>")
        if (
            end == j < len(toks)
            and family == "school_prefix"
            and (lows[j - 1] in _INNER or not common(lows[j - 1], lexicon()))
            and _adjacent(toks, j - 1, text)
            and lows[k].isalpha()
            and lows[k] not in STOP
            and lows[k] not in _LITTLE | _POSSESSIVES  # "colegio de mi ...", "escuela del ...": no name
            and lows[k] not in wl.entries("school_not_name")  # "el colegio empieza": a verb, no name
        ):
            end = k + 1
        branch = end > j and family == "school_acronym" and end < len(toks) and lows[end] in _BRANCH_WORDS
        if branch and _adjacent(toks, end - 1, text):
            end += 1  # "beaconhouse gulberg campus": the branch's own word is part of its name
        if end > j:
            yield toks[i].start, toks[end - 1].end, 0.8 if family == "school_prefix" else 0.65
            i = end
        else:
            i += n


def _branch_number(toks: Sequence[Tok], lows: list[str], j: int, text: str) -> bool:
    """``toks[j]`` is a branch's number right after an acronym of no vowel or in capitals ("kv 2",
    "gmsss 16", "DAV 2"): one to three digits, not a count or a time ("dps 2 hours", "kv 3 pm")."""
    acronym = lows[j - 1]
    written = text[toks[j - 1].start : toks[j - 1].end]
    shaped = not set(acronym) & set("aeiou") or (written.isupper() and len(written) >= 2)
    if not (acronym.isalpha() and shaped) or not _adjacent(toks, j - 1, text):
        return False
    if not (lows[j].isdigit() and len(lows[j]) <= 3):
        return False
    after = lows[j + 1] if j + 1 < len(toks) and _adjacent(toks, j, text) else ""
    return after not in _NOT_AFTER_NUMBER


def _branch_alone(toks: Sequence[Tok], lows: list[str], j: int, text: str) -> bool:
    """After "<acronym> <number>" ending before ``toks[j]``: the end of the text, a particle, a
    word no list knows, or the branch's pupils or events ("kv 3 gang", "GMSSS 16 ke bachhe");
    not an everyday thing ("kv no 2 pencils")."""
    if j >= len(toks) or not _adjacent(toks, j - 1, text):
        return True
    after = lows[j]
    return after in _BRANCH_NEXT or after in wl.entries("filler_words") or not common(after, lexicon())


def _sector_after(toks: Sequence[Tok], lows: list[str], j: int, text: str) -> bool:
    """``toks[j:j + 2]`` is "sector <number>" right after a chain's acronym ("dps sector 12")."""
    return (
        j + 1 < len(toks)
        and lows[j] == "sector"
        and lows[j + 1].isdigit()
        and len(lows[j + 1]) <= 3
        and _adjacent(toks, j - 1, text)
        and _adjacent(toks, j, text)
    )


def _numbered_state(toks: Sequence[Tok], lows: list[str], j: int, text: str) -> bool:
    """``toks[j]`` is a state school's number after its word ("smp negeri 12"): one to three digits."""
    return lows[j].isdigit() and len(lows[j]) <= 3 and _adjacent(toks, j - 1, text)


#: Last words of school prefixes whose schools are numbered ("SD Negeri 3", "SMA Negeri 70").
_NUMBERED_PREFIX = words("negeri sdn smpn sman smkn")
#: School words before a single name: Māori "hato" (saint) and the saint's name ("hato petera").
_ONE_NAME = words("hato")
#: Words after a chain's branch that name it with its place ("beaconhouse gulberg campus").
_BRANCH_WORDS = words("campus branch")
#: Words after "kv 3" that are the branch's pupils or events.
_BRANCH_NEXT = words(
    "gang squad batch kids students teachers annual sports bus canteen wale wala wali"
    " vs v won beat team"  # the branch in a fixture ("kv no 2 vs dps", "kv 3 won the final")
    " here there too"  # the branch's pupils called ("who else went to kv no 3 here", "kv 5 gang too")
)
#: Words after "<acronym> <number>" that make the number a count, a time or a price.
_NOT_AFTER_NUMBER = words(
    """am pm hours hour hrs hr mins min minutes days day weeks years yrs months times kg km rs
    rupees percent marks points pts"""
)


def _suffixed(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    for i in range(1, len(toks)):
        n = wl.longest_at("school_suffix", lows, i)
        if not n:
            continue
        short = n == 1 and lows[i] in _SHORT
        # The name: one or two words right before the suffix.
        k = i
        while k > 0 and i - k < 2 and _adjacent(toks, k - 1, text) and _namey(toks[k - 1], lows[k - 1], text):
            if lows[k - 1] in _INNER:
                break
            k -= 1
        if k == i or (short and ((k == i - 1 and bare_given(lows[k])) or any(refused(w) for w in lows[k:i]))):
            continue  # "thanks jess ps", "sarah hs graduation": a postscript, her high school
        yield toks[k].start, toks[i + n - 1].end, 0.6 if short else 0.7


def refused(low: str) -> bool:
    """A word that is never part of a school's name: a brand, a game, a country, an everyday
    acronym, chat ("fortnite hs", "sm hs", "uk nhs")."""
    return low in not_schools()


@cache
def not_schools() -> frozenset[str]:
    """Acronyms and short words that are never a school's name or acronym."""
    return (
        wl.entries("acronyms")
        | JUNK
        | wl.entries("filler_words")
        | wl.entries("famous")
        | wl.entries("countries")
        | wl.entries("public_sites")
    )


def bare_given(low: str) -> bool:
    """A given name ("sarah", "jess") that no school of the gazetteer and no town is named after
    ("mckinley", "lincoln" are)."""
    info = lexicon().words.get(low)
    if not (low in wl.entries("first_names") or (info is not None and info[0] & FIRST)):
        return False
    return gazetteer().flags(low) is None and low not in wl.entries("towns")


#: Words that may open a school's name though they are everyday words ("holy cross", "sacred heart").
_NAME_OPENERS = words("holy sacred lady st saint mount mt christ blessed immaculate")


#: A suburb's second word: with it a given name or an everyday word opens a school's name too
#: ("kelvin grove state college", "forest hill high"), as suburbs are named.
_SUBURB_WORDS = words("grove park hill hills heights vale valley ridge downs glen creek springs meadows")

#: Words before a school stage that make it a time of life ("til secondary", "before high school").
_STAGE_BEFORE = words("til till until til' before after since starting start starts")


def _headed(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    """A lower-case name before a school word of ``school_head`` ("rangitoto college", "pretoria
    boys high"): the first name word is unknown, a place or an opener ("holy cross ns"), never an
    everyday word or a given name; a word after that makes it a compound ("high five") stops it."""
    for i in range(1, len(toks)):
        n = wl.longest_at("school_head", lows, i)
        if not n or not _adjacent(toks, i - 1, text):
            continue
        end = i + n
        if end < len(toks) and (lows[end] in HEAD_COMPOUND_NEXT.get(lows[end - 1], ()) or lows[end] in _NOT_HEAD_NEXT):
            continue  # "jordan high fived me", "everest high camp", "brisbane high rises"
        if n == 1 and lows[i] in _YEAR_HEADS and end < len(toks) and lows[end].isdigit() and len(lows[end]) == 1:
            continue  # "en sec 2", "in pri 5": Singapore's and Quebec's school years, no school's name
        if lows[i] == "ms" and end < len(toks) and _adjacent(toks, end - 1, text) and not common(lows[end], lexicon()):
            continue  # "priyanka ms huang": Ms Huang, a teacher
        if lows[i - 1] in _DEGREE:
            continue  # "... pas normal", "so high": the head word is an adjective after a negation or a degree
        k = i
        while k > 0 and i - k < 4 and _adjacent(toks, k - 1, text):
            word = lows[k - 1]
            if word in _STAGE_BEFORE or (word == "of" and k == i):
                break  # "scared of middle school", "no phone til secondary": the stage, no school's name
            if word in STOP and word != "of" and not (word == "our" and lows[k] == "lady"):
                break
            k -= 1
        while k < i and not (
            _opener(toks[k], lows[k], text)
            or (lows[k] == "our" and lows[k + 1] == "lady")
            or (k + 1 < i and lows[k].isalpha() and lows[k] not in STOP and lows[k + 1] in _SUBURB_WORDS)
        ):
            k += 1  # the name starts at its first name-like word ("our lady of lourdes", "bellbird park")
        if k < i:
            yield toks[k].start, toks[end - 1].end, 0.65


#: Negations and degrees before an adjective that is also a school word ("pas normal": French and Creole
#: "not normal"; "so high", "too primary"): no name ends there.
_DEGREE = words("pas not so very too super totally quite kinda completely perfectly")


#: "achimota girls", "hilton boys": a single-sex school named by its place or founder alone.
_GENDERED = words("girls boys")
#: Words before "<name> girls" that say a place the child goes to ("from", "at", Pidgin "dey",
#: Swahili "ya"), and after it that say an institution ("has", "principal", "interhouse").
_GENDERED_BEFORE = words("from at to ya dey attend attends attended attending leaving left joined join vs")
_GENDERED_AFTER = words(
    """has is was won beat beats choir interhouse assembly uniform sweater blazer principal
    headmaster headmistress teacher teachers prizegiving matric"""
)
#: Words after it that make it a team or a crowd: the club's own (lexicon ``club_suffix``) and these.
_GENDERED_NOT_NEXT = words("represent gang squad crew night nights trip team hockey ringette rugby football soccer")


def _gendered(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    """ "<name> girls" or "<name> boys" with a school cue before or after it ("from hilton boys",
    "kilima girls has a new principal"): the name is one or two name-like words, not written as a
    possessive ("mrs brown's boys"), and the whole is no famous title ("derry girls")."""
    for i in range(1, len(toks)):
        if lows[i] not in _GENDERED or not _adjacent(toks, i - 1, text):
            continue
        k = i
        while k > 0 and i - k < 2 and _adjacent(toks, k - 1, text) and _namey(toks[k - 1], lows[k - 1], text):
            written = text[toks[k - 1].start : toks[k - 1].end]
            if lows[k - 1] in _INNER or not lows[k - 1].isalpha() or "'" in written or "’" in written:
                break  # "hawks u12 girls" is a team, "mrs brown's boys" a show
            if lows[k - 1] in wl.entries("school_sports"):
                break  # "KPHS netball girls": the school's team, the name is before the sport
            k -= 1
        if k == i or " ".join(lows[k : i + 1]) in wl.entries("famous"):
            continue
        after = lows[i + 1] if i + 1 < len(toks) else ""
        if after in _GENDERED_NOT_NEXT or after in wl.entries("club_suffix") or re.fullmatch(r"u\d{1,2}s?", after):
            continue
        before = lows[k - 1] if k > 0 else ""
        if before in _GENDERED_BEFORE or after in _GENDERED_AFTER:
            yield toks[k].start, toks[i].end, 0.6


def _opener(tok: Tok, low: str, text: str) -> bool:
    """The first word of a school's name: unknown, a place or an opener; no everyday word, no given name."""
    if low in _NAME_OPENERS:
        return True
    if low in STOP or low.isdigit() or tok.title:
        return False  # capitalised names are the school scanner's own (and its tests' negatives)
    if refused(low):
        return False  # chat, a brand or an app opens no school's name ("lowkey scared of ...", "no tiktok til ...")
    info = lexicon().words.get(low)
    return info is None or (bool(info[0] & PLACE) and not info[0] & (WORD | FIRST))


#: Words that make a post about school things: a saint's or a mount's name alone after "at",
#: "from", "for" is then the school ("anyone from st agatha got the maths homework").
SCHOOL_THINGS = words(
    """homework packet worksheet maths teacher teachers principal assembly carnival athletics uniform
    excursion tuckshop canteen recess detention exams classmates year yr grade"""
)
_SCHOOL_PLACE_CUE = words("at from for to")
#: Words right before a saint's name that make it a church ("our parish st X").
_CHURCH_BEFORE = words("parish church chapel cathedral")
#: Groups "of st X" that are a parish's or a scouts' ("the flock of st annes", "the choir of st X").
_GROUP_OF = words("flock pack troop unit company guild sodality choir parish congregation")
#: Carers "at st X": a hospital ("a nurse at st marys", "doctor at st vincents").
_CARERS = words("nurse nurses doctor doctors midwife midwives surgeon patient patients ward")
_AGE_GROUP = re.compile(r"u\d{1,2}s?|under")
#: Going to a place as a habit, right before a saint's name: "anyone else who goes to st cuthbert" (the school);
#: in a post of worship ("goes to st anthony for mass") it is the church.
_ATTENDS = frozenset({("go", "to"), ("goes", "to"), ("attend",), ("attends",)})
_WORSHIP = words("mass sunday sundays church parish pray prayers service choir novena confession")


def _saints(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    saints = wl.entries("school_saints")
    school_things = not SCHOOL_THINGS.isdisjoint(lows)
    for i in range(len(toks) - 1):
        if lows[i] not in ("st", "saint", "ste", "mt", "mount"):
            continue
        name = lows[i + 1]
        written = text[toks[i + 1].start : toks[i + 1].end].lower()
        apostrophe = written.endswith(("'s", "’s", "s'"))
        # "st bridgid's", "st pats": a saint of the list; "st kilian's": any name with its apostrophe;
        # "at st columba" or "for mt sinai" in a post about school things.
        attends = tuple(lows[max(0, i - 2) : i]) in _ATTENDS or (i > 0 and (lows[i - 1],) in _ATTENDS)
        attends = attends and _WORSHIP.isdisjoint(lows)
        known = name in saints and (apostrophe or name.endswith("s") or attends)
        # "in" only before a saint's name that is no town's ("we live in st albans")
        town = f"st {name}" in wl.entries("towns") or f"st {name}" in wl.entries("places")
        inside = i > 0 and lows[i - 1] == "in" and lows[i] in ("st", "saint") and not town
        cue = i > 0 and (lows[i - 1] in _SCHOOL_PLACE_CUE or inside)
        cued = school_things and cue and _namey(toks[i + 1], name, text)  # "first year in st colmans"
        if lows[i] in ("mt", "mount") and not cued:
            continue
        if not (known or cued or (apostrophe and name not in STOP)) or not _adjacent(toks, i, text):
            continue
        if _church_before(lows, i):
            continue  # "our parish st fintan's", "the flock of st annes", "a nurse at st marys"
        if i + 2 < len(toks) and lows[i + 2] in NOT_SCHOOL:
            continue
        if any(_AGE_GROUP.fullmatch(w) for w in lows[i + 2 : i + 5]):
            continue  # "st judes u12s", "st kevins hawks u10s": a club's team
        after = list(takewhile(str.isalpha, lows[i + 2 : i + 5]))  # "st bernadettes 5th grade choir" stops at 5th
        if not _CHURCH_AFTER.isdisjoint(after):
            continue  # "st johns greek orthodox", "st marys anglican choir": a church and its groups
        yield toks[i].start, toks[i + 1].end, 0.6


#: Nationalities that name an international school abroad ("the english school", "the british
#: school of lome", "the american school"): with "the" and a place cue before, a school's name.
_NATIONS = words(
    """english british american french german indian japanese australian canadian swiss dutch
    italian spanish korean chinese european scottish irish welsh"""
)
#: Words before "the <nationality> school" that place the child at it.
_NATIONAL_CUE = words("at from to attend attends attended attending")


def _national(toks: Sequence[Tok], lows: list[str], text: str) -> Iterator[Span]:
    """ "at the english school", "from the british school of X", "year 6 at the english school
    nicosia": the span is "the", the nationality, "school" and the town after it (a town of the
    list or a word no list knows), or "of" and a name; never a compound ("the english school
    system")."""
    for i in range(1, len(toks) - 2):
        if lows[i] != "the" or lows[i + 1] not in _NATIONS or lows[i + 2] != "school":
            continue
        if lows[i - 1] not in _NATIONAL_CUE or not all(_adjacent(toks, k, text) for k in range(i - 1, i + 2)):
            continue
        end = i + 3
        after = lows[end] if end < len(toks) and _adjacent(toks, end - 1, text) else ""
        if after in SCHOOL_COMPOUND_NEXT:
            continue  # "at the english school year", "at the british school gate"
        if after == "of" and end + 1 < len(toks) and _adjacent(toks, end, text):
            if _namey(toks[end + 1], lows[end + 1], text):
                end += 2  # "the british school of lome"
        elif _town_word(after):
            end += 1  # "the english school nicosia"
        yield toks[i].start, toks[end - 1].end, 0.6


def _town_word(low: str) -> bool:
    """A town of the list or a word no list knows (no stop word, no chat): a place after a name."""
    if not low.isalpha() or low in STOP or refused(low):
        return False
    return low in wl.entries("towns") or not common(low, lexicon())


def _church_before(lows: list[str], i: int) -> bool:
    """The words before the saint at ``lows[i]`` make it a church, a parish's group or a hospital."""
    before = lows[max(0, i - 3) : i]
    if before and before[-1] in _CHURCH_BEFORE:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _GROUP_OF:
        return True
    return bool(before) and before[-1] in ("at", "in") and not _CARERS.isdisjoint(before[:-1])
