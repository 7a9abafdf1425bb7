"""Schools named beside a school year or a cheer, with no school word of their own
(:mod:`leakscan.scanners.school`):

* a name right before the child's school year: "tamarind college year 10", "oloolua girls form 3",
  "zuidpark lyceum brugklas";
* a name right after it, ending the phrase: "class 6 greenhillz", "grade 4 ashbury 🎒", or before
  a particle of Bengali or Hindi ("class 8 rosewood er bondhura");
* a name before a cheer of pride: "kibera girls represent", "thabo mokoena represent" (a school named
  after a person: a person is not cheered so), "st aloysius represent"; never a place alone or with
  "boys" ("khayelitsha represent", "bankstown boys represent": the child's home);
* "<name> girls" / "<name> boys" in a post that tells a school year ("gr 8 camp ... umhlali boys");
* Korean and Japanese school names: "목동중 2학년", "桜丘中学校" (no spaces between the words);
* a Dutch school after the child's year: "groep 6 op de <name>", "groep 3 bij obs <name>".

A name is one to three words none of which is a stop word, an everyday word, a brand, a game, a
country or a famous one; beside a school year it is no given name and no big city either ("year 7
emma", "year 6 london trip"); before a cheer, no place alone ("soweto represent" is the child's
township). "girls", "boys", "college", "grammar", "high" and "academy" after the name make it a
school's name by themselves ("tuvalu college year 9": the country is the school's name then).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as wl
from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, lexicon
from .base import words
from .ner_words import common
from .school_names import STOP
from .school_world import NOT_SCHOOL, Span, bare_given, refused

#: A school year as a child writes it (English and the forms of other countries the AGE scanner reads).
_YEAR = (
    r"(?:(?:year|yr|grade|gr|class|std|form|standard|jss|sss|grd)\s?\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th)\s(?:grade|class|year|std)|brugklas|l[oớ]p\s?\d{1,2}|[1-6]\s?학년)"
)
#: A name word: Latin letters (accents too, Vietnamese's), maybe initials with dots ("r.h.").
_L = r"[a-z\u00c0-\u024f\u1e00-\u1eff]"
_WORD = rf"{_L}(?:{_L}|\.(?={_L}))*\.?"
_NAME = rf"(?P<name>{_WORD}(?:\s{{1,2}}{_WORD}){{0,2}})"
#: A name right before a school year: "tamarind college year 10".
_BEFORE_YEAR = re.compile(rf"(?<![\w'’@#]){_NAME}\s{{1,2}}{_YEAR}(?![\w'’])")
#: A school year, then a name ending the phrase: "class 6 greenhillz 🎒".
_AFTER_YEAR = re.compile(
    rf"(?<![\w'’@#]){_YEAR}\s{{1,2}}(?P<school>trường\s{{1,2}})?{_NAME}(?P<end>\s{{0,2}}(?:$|[!.,?;:)\n]|[^\x00-\x7f])|\s(?:er|ka|ki|ke|ko|wale|wali)(?![\w'’]))"
)
#: A cheer of pride after a school's name: "kibera girls represent".
_CHEER = re.compile(rf"(?<![\w'’@#]){_NAME}\s{{1,2}}(?:represent|representing|reppin|repping)(?![\w'’])")
#: A school year, maybe its day or trip, then "at" and the school: "grade 8 at p.j. ellory", "grade 4 field
#: trip at tarbeck hill ps", "year 5 at the wendle school" (the name is read word by word after it).
_YEAR_AT = re.compile(
    rf"(?<![\w'’@#]){_YEAR}(?P<gap>(?:\s{{1,2}}[a-z]{{2,12}}){{0,2}})\s{{1,2}}(?:at|@)\s{{1,2}}(?:the\s{{1,2}})?"
)
#: A year's own event a school holds on its grounds ("grade 8 formal at ...", "year 6 disco at ...").
_YEAR_EVENTS = words("grad graduation formal dance social disco assembly")
#: Words of a venue other than a school, in or right after the name read ("... town hall", "... park").
_VENUES = NOT_SCHOOL | words("hotel theatre theater arena stadium pool library casino ballroom rink bowl town")


def _venue(folded: str, span: tuple[int, int]) -> bool:
    """The name read, or the word right after it, is a venue's ("the town hall", "<name> park")."""
    after = _NAME_WORD.match(folded, span[1])
    read = folded[span[0] : span[1]].split() + ([after.group(1)] if after else [])
    return any(w in _VENUES for w in read)


#: A name word, for the forward read after "at".
_NAME_WORD = re.compile(rf"\s{{0,2}}({_WORD})")
#: School words that end a name read after "at" ("... ps", "... school").
_SCHOOL_END = words("ps hs ms school primary high college academy grammar elementary elem middle secondary")
#: Words after a patron that make it a place's or a church's ("prince edward island", "holy cross church").
_NOT_PATRONS = NOT_SCHOOL | words("island county hotel bridge cathedral")
#: Little words inside a school's name ("duke of york ps").
_INNER = words("of de la du")
#: Words before a grade that make it an exam passed (music, dance): "got her grade 4 at ...".
_EXAM_BEFORE = re.compile(
    r"(?:passed|pass|got|get|getting|achieved|took|taking|sat)\s{1,3}(?:(?:my|her|his|their)\s{1,3})?\Z"
)
#: "<name> girls" / "<name> boys" anywhere.
_GIRLS_BOYS = re.compile(rf"(?<![\w'’@#]){_NAME}\s{{1,2}}(?:girls|boys)(?![\w'’])")
#: A school year anywhere (shared with :mod:`~leakscan.scanners.school_known`).
SCHOOL_YEAR = re.compile(rf"(?<![\w'’]){_YEAR}(?![\w'’])")
#: Korean and Japanese school names: a place's name glued to the school word ("목동중 2학년",
#: "桜丘中学校"); the short Korean forms only before a school year.
_CJK_SCHOOL = re.compile(
    r"[가-힣]{1,6}(?:초등학교|중학교|고등학교)|[가-힣]{2,4}(?:여중|여고|초|중|고)(?=\s{0,2}[1-6]\s?학년)"
    r"|[一-龥ァ-ヶー]{1,8}(?:小学校|中学校|高等学校|高校)"
)
#: Words after the name that make it a school's by themselves.
_HEADS = words("girls boys college grammar high academy lyceum")
#: The cheap gate: a school year, a cheer, or "girls"/"boys".
_GATE = re.compile(
    r"year|yr|grade|gr|class|std|form|standard|jss|sss|brugklas|l[oớ]p|학년|repp|represent|girls|boys|学校|高校|학교"
    r"|-gymnas|schule|-lyzeum"
)
#: German, Austrian and Swiss schools named after a person or a place and joined to their type by a hyphen
#: ("<name>-gymnasium", "<name>-realschule", "<first>-<last>-schule"): the hyphen makes even "gymnasium"
#: (a sports hall in English) a school's name.
_EN_PREFIXES = words("multi mini mega super non pre post sub semi inter mid anti pro main new old big school")
_DE_SCHOOL = re.compile(
    r"(?<![\w'’@#-])[a-zäöüß]{3,20}(?:-[a-zäöüß]{2,20}){0,2}-(?:gymnasium|realschule|grundschule|gesamtschule"
    r"|oberschule|hauptschule|mittelschule|volksschule|sekundarschule|gemeinschaftsschule|schule|lyzeum)(?![\w'’-])"
)


#: A Dutch primary school after the child's "groep" (year) and "op"/"bij": "groep 6 op de <name>", "groep 3 bij obs
#: <name>"; Dutch schools are mostly "de/het <word>" (a tree, a bird, a rainbow): no photo, camp, bike or time.
_NL_SCHOOL = re.compile(
    r"(?<![\w'’])groep\s{1,3}[1-8]\s{1,3}(?:op|bij)\s{1,3}"
    r"(?P<name>(?:(?:obs|cbs|rkbs|pcbs|ikc|basisschool)\s{1,3})?(?:(?:de|het|t)\s{1,3})?(?P<word>[a-zà-ÿ]{3,20}))(?![\w'’])"
)
_NL_NOT_SCHOOL = words("foto kamp camping tijd app tv fiets bank trein bus markt zolder bezoek vakantie")


def years_triggered(folded: str) -> bool:
    """True when ``folded`` may hold one of these forms (cheap pre-check)."""
    return _GATE.search(folded) is not None


def year_schools(folded: str) -> Iterator[Span]:
    """``(start, end, confidence)`` of each school of the module docstring."""
    for m in _BEFORE_YEAR.finditer(folded):
        span = _named(folded, m.start("name"), m.end("name"), beside_year=True)
        if span and _SOMEONE_BEFORE.search(folded, max(0, span[0] - 16), span[0]):
            continue  # "im oriel grade 5", "mr. dunmore coolest 3rd grade teacher": a person
        if span:
            yield (*span, 0.6)
    for m in _AFTER_YEAR.finditer(folded):
        name = m.group("name").split()
        if m.group("school") and not any(w in STOP for w in name):
            # Vietnamese "lớp 6 trường <name>": the word "school" (with its accents) before the name
            yield m.start("name"), m.end("name"), 0.6
            continue
        # after a year, a name with no head word only when no list knows its words ("class 6 greenhillz"),
        # not "year 7 maths"
        if (len(name) == 1 or not any(w in _HEADS for w in name)) and any(lexicon().words.get(w) for w in name):
            continue
        span = _named(folded, m.start("name"), m.end("name"), beside_year=True)
        if span and span[0] == m.start("name"):  # the name right after the year ("lớp 8 vui lắm": chat)
            yield (*span, 0.55)
    for m in _CHEER.finditer(folded):
        span = _named(folded, m.start("name"), m.end("name"), beside_year=False)
        saint = span and re.search(r"(?<![\w'’])(?:st|saint)\.?\s{1,2}\Z", folded[max(0, span[0] - 8) : span[0]])
        if span and (saint or _cheered(folded[span[0] : span[1]].split())):
            yield (*span, 0.55)  # "st aloysius represent": a saint's school
    for m in _YEAR_AT.finditer(folded):
        if _EXAM_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            continue  # "got her grade 4 at <dance school>": an exam's grade
        gap = m.group("gap").split()
        # a graduation, a dance or an assembly a school holds for a year: its venue is the school ("grade 8 grad
        # at <name>", "7th grade social at <name>")
        grad = len(gap) == 1 and gap[0] in _YEAR_EVENTS
        span = _name_at(folded, m.end(), gap=bool(gap) and not grad, grad=grad)
        if span and grad and _venue(folded, span):
            continue  # "year 10 formal at <name> hotel": a dance held at a venue
        if span:
            yield (*span, 0.55)
    if SCHOOL_YEAR.search(folded):
        for m in _GIRLS_BOYS.finditer(folded):
            span = _named(folded, m.start("name"), m.end(), beside_year=True)
            if span:
                yield (*span, 0.55)
    if "groep" in folded:
        for m in _NL_SCHOOL.finditer(folded):
            if m.group("word") not in _NL_NOT_SCHOOL and not common(m.group("word"), lexicon()):
                yield m.start("name"), m.end("name"), 0.6  # "groep 6 op de <name>"
    if not folded.isascii():
        for m in _CJK_SCHOOL.finditer(folded):
            yield m.start(), m.end(), 0.6
    if "-" in folded:
        for m in _DE_SCHOOL.finditer(folded):
            if m.group().split("-", 1)[0] not in _EN_PREFIXES:  # "the multi-gymnasium": an English hall
                yield m.start(), m.end(), 0.6


def _named(folded: str, start: int, end: int, *, beside_year: bool) -> tuple[int, int] | None:
    """The span of the school's name inside ``folded[start:end]`` (its last one to three words that
    can be a school's name), or None."""
    toks = [(m.start() + start, m.end() + start, m.group()) for m in re.finditer(r"\S+", folded[start:end])]
    # keep the longest tail of name words: "we won at kibera girls" -> "kibera girls"
    k = len(toks)
    while k > 0 and _name_word(toks[k - 1][2], head=toks[k - 1][2] in _HEADS and k == len(toks)):
        k -= 1
    tail = [t[2] for t in toks[k:]]
    if not tail:
        return None
    headed = tail[-1] in _HEADS
    body = tail[:-1] if headed else tail
    if not body or " ".join(tail) in wl.entries("famous"):
        return None  # "spice girls": a band
    city_school = beside_year and body[0] not in wl.entries("countries")
    if tail[-1] in ("girls", "boys") and len(body) == 1 and _big_place(body[0]) and not city_school:
        # "durban boys": the city's boys (a school's name has more than the city's); right before a
        # school year the city's girls' or boys' school ("<city> girls year 10"), but not a country's team
        return None
    if not headed and not _stands(body, beside_year=beside_year):
        return None
    return toks[k][0], toks[-1][1]


def _name_at(folded: str, pos: int, *, gap: bool, grad: bool = False) -> tuple[int, int] | None:
    """The school's name read forward from ``pos`` (after "<school year> at"): up to four name words,
    little inner words and the school word that ends it; after a year's day or trip ("sports day at")
    only a name ending in a school word (the day may be at a park, a camp, a pool). After a year's
    graduation (``grad``) a suburb's name too: schools are named after theirs ("gr 8 grad at <suburb>")."""
    # a patron schools are named after, its words everyday ones ("form 1 at prince edward", "at holy cross ps")
    ahead = wl.text_words(folded[pos : pos + 60])
    n = wl.longest_at("school_patrons", [w for _s, _e, w in ahead], 0)
    words_read = [(s + pos, e + pos, w) for s, e, w in ahead[:n]]
    at = words_read[-1][1] if words_read else pos
    if n and (m := _NAME_WORD.match(folded, at)):
        if m.group(1) in _NOT_PATRONS:
            return None  # "at prince edward island", "at sacred heart church": a place, a church
        if m.group(1) in _SCHOOL_END:
            words_read.append((m.start(1), m.end(1), m.group(1)))  # "... at prince of wales ps"
    while not n and len(words_read) < 5 and (m := _NAME_WORD.match(folded, at)):
        word = m.group(1)
        if word in _SCHOOL_END and words_read:
            words_read.append((m.start(1), m.end(1), word))
            break
        if not ((word in _INNER and words_read) or _name_word(word, head=False)):
            break
        words_read.append((m.start(1), m.end(1), word))
        at = m.end()
    while words_read and words_read[-1][2] in _INNER:
        words_read.pop()
    if not words_read:
        return None
    ended = words_read[-1][2] in _SCHOOL_END
    body = [w for _s, _e, w in words_read if w not in _INNER and w not in _SCHOOL_END]
    if not body or (gap and not ended) or " ".join(w for _s, _e, w in words_read) in wl.entries("famous"):
        return None
    if not ended and not n and not _stands(body, beside_year=True) and not (grad and _suburb(body)):
        return None
    return words_read[0][0], words_read[-1][1]


def _suburb(body: list[str]) -> bool:
    """One word that is a town or suburb of the lists, no big city and no given name."""
    return len(body) == 1 and body[0] in wl.entries("towns") and not _big_place(body[0]) and not bare_given(body[0])


def _name_word(word: str, *, head: bool) -> bool:
    """A word that can be part of a school's name (or its head word at the end)."""
    if head:
        return True
    low = word.strip(".")
    if not low or low in STOP or low in _NEVER or low in wl.entries("filler_words"):
        return False
    if any(low in wl.entries(family) for family in ("famous", "famous_places", "acronyms", "public_sites")):
        return False  # "year 4 at disneyland"
    info = lexicon().words.get(low)
    return info is None or info[0] != WORD  # an everyday word is no name ("my", "maths", "camp")


def _stands(body: list[str], *, beside_year: bool) -> bool:
    """A name with no head word: a school's name, not a person's or a place's alone."""
    if any(refused(w) for w in body):
        return False  # a country, a brand, a game
    if len(body) == 1:
        low = body[0].strip(".")
        info = lexicon().words.get(low)
        bits = info[0] if info else 0
        if bare_given(low) or bits & MAJOR or low in wl.entries("towns") or low in wl.entries("countries"):
            return False  # "year 7 emma", "year 6 london", "soweto represent"
        return not (bits & PLACE) or not beside_year
    if beside_year:
        return not any(bare_given(w) for w in body) and not _person(body)
    return True


def _cheered(name: list[str]) -> bool:
    """A name cheered as a school's: a school word after a name that is no place ("kibera girls"), or
    a given name and a surname ("thabo mokoena": a school named after a person). A place cheered is
    the child's home ("khayelitsha represent", "bankstown boys represent")."""
    if name[-1] in _HEADS:
        return not any(_place(w) for w in name[:-1])
    last = lexicon().words.get(name[-1])
    if " ".join(name) in wl.entries("towns") or (last is not None and last[0] & WORD):
        return False  # "mitchells plain represent": a place's everyday word
    return len(name) > 1 and not any(_place(w) for w in name[1:]) and (not _place(name[0]) or _person(name))


def _place(low: str) -> bool:
    """A town, a suburb or a country of the lists."""
    info = lexicon().words.get(low)
    return bool(info and info[0] & PLACE) or low in wl.entries("towns") or low in wl.entries("countries")


def _big_place(low: str) -> bool:
    """A big city or a country ("durban", "kenya")."""
    info = lexicon().words.get(low)
    return bool(info and info[0] & MAJOR) or low in wl.entries("countries")


def _person(body: list[str]) -> bool:
    """A given name and a surname ("jayden smith year 7"): a classmate, not a school."""
    first = lexicon().words.get(body[0])
    last = lexicon().words.get(body[-1])
    return bool(first and first[0] & FIRST and last and last[0] & LAST)


#: Words that are no school's name whatever the lists say: time words, months, chat, friends, the
#: "is" of Pidgin, Swahili and Tagalog ("she dey form 1", "mimi ni class 6"), a best or a new one,
#: an instrument's or a sport's grade or venue ("piano grade 2", "netball centre yr 8").
_NEVER = words(
    """today tomorrow tmrw yesterday tonight week weekend january february march april may june july
    august september october november december monday tuesday wednesday thursday friday saturday sunday
    lol omg ngl tbh fr rn pls plz lmao besties bestie bffs bff squad crew gang fam dey don na ni sa po
    wey sef abi best worst new old first last fav favourite favorite piano violin guitar cello flute
    drums ballet dance music singing theory centre center club netball football soccer rugby hockey
    cricket basketball swimming"""
)
#: Right before a name and its school year: a person ("im jhuzelle grade 6", "ms. ramirez best 4th grade").
_SOMEONE_BEFORE = re.compile(
    r"(?<![\w'’])(?:i'?m|i’m|i\s{1,3}am|name\s{1,3}is|names|name's|ms|mr|mrs|miss|sir|madam|mme)\.?\s{1,3}\Z"
)


#: A school year at the end of a school's span: a prefix form's walk over the name words ("scoil bhride
#: 5th", "hoërskool waterpark graad") takes the child's year for a word of the name.
_YEAR_TAIL = re.compile(
    r"\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)|(?:graad|grade|class|std)|(?:graad|grade|gr|class|year|yr|form|std|standard)\s?\d{1,2})\Z"
)
#: ... and at its start: a suffix form's walk back over "jss1 greenfield academy", or a French year and
#: its "at" before the school ("4ème au collège ...").
_YEAR_HEAD = re.compile(
    r"(?:(?:jss|sss|ss|jhs|shs|std|form|gr|grade|graad|year|yr|p)\s?\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|e|ème|eme)(?:\s{1,3}(?:au|à|a|at|in))?)\s{1,3}(?=\w)"
)


def without_year(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a school's name without a school year at its edges, which is the child's AGE."""
    span = text[start:end].lower()
    tail = _YEAR_TAIL.search(span)
    if tail and tail.start() > 0:
        end = start + tail.start()
        span = span[: tail.start()]
    head = _YEAR_HEAD.match(span)
    if head and head.end() < len(span):
        start += head.end()
    return start, end
