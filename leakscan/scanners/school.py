"""SCHOOL scanner: the name of the school a child goes to.

What it finds:

* a name followed by a school-type suffix: "Lincoln Elementary", "Maple Grove Middle School",
  "St. Mary's C of E Primary", "Westfield High", "Hillcrest Academy", "Oakwood Montessori",
  and the lower-case, clipped forms kids type ("lincoln elem", "st marys primary");
* numbered New York style schools: "PS 321", "P.S. 321", "MS 51", "IS 318", "JHS 189", "HS 123";
* prefix forms: "Lycée Victor Hugo", "KV Saharsa", "Kendriya Vidyalaya No. 2";
* a known school's distinctive name after a strong cue, without a suffix: "I go to Hillcrest",
  "my school is Oakridge", "Brookfield is my school";
* both sides of a school fixture: "Kingsmead vs Oakfield netball tmrw"
  (:mod:`~leakscan.scanners.school_fixtures`);
* other countries' forms and hashtags (:mod:`~leakscan.scanners.school_world`), acronyms and
  clipped names (:mod:`~leakscan.scanners.school_short`);
* a person's or a place's name before a school type written short ("brannock ms", "oak hollow
  elem", "sta. rosa nhs": :mod:`~leakscan.scanners.school_types`);
* a patron, a saint or a chain's acronym before the school's pupils or things ("sacred heart
  kids", "st declans lads": :mod:`~leakscan.scanners.school_groups`);
* a bare name beside a teacher, a class, a school year or the school's things ("teacher at
  parkview", "westbrook teachers": :mod:`~leakscan.scanners.school_cues`).

How: a cheap pre-check, then a walk over word tokens. A run of school-type words ("high
school", "catholic primary school", "c of e") anchors a candidate; the name is the words just
before it. A candidate is confirmed by its form (a capitalised name before a strong suffix), by a
cue ("I go to ...", "at ..."), or by the gazetteer of ~80k real school names shipped in
``leakscan.models`` (``schools.tsv.gz``, built by ``models/build_schools.py``), looked up by hash
on the normalised name. The gazetteer is loaded lazily, once per process.

The span covers the name and its suffix ("Lincoln Elementary", "PS 321"), never the cue words.
The words of school names, their normalisation and the gazetteer are in
:mod:`~leakscan.scanners.school_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, Kind
from ..spans import joined_scores, unite
from ..truecase import lexicon
from .base import TextContext, words
from .ner_elsewhere import storybook
from .ner_words import common
from .school_cheers import cheer_schools, cheers_triggered
from .school_cues import cued_schools, cues_triggered
from .school_edges import with_edges
from .school_fixtures import fixture_schools, fixture_triggered
from .school_games import VERSUS_PRE, game_schools, games_triggered, opponents
from .school_groups import group_schools, groups_triggered
from .school_known import known_schools
from .school_names import (
    FICTION,
    FLAG_COMMON,
    FLAG_DISTINCT,
    GENERIC,
    HEAD_COMPOUND_NEXT,
    RAW_SUFFIX_WORDS,
    SCHOOL_COMPOUND_NEXT,
    STOP,
    STRONG_HEADS,
    SUFFIX_WORDS,
    WORD_RE,
    Gazetteer,
    canon_words,
    ends_with_head,
    fold_word,
    gazetteer,
)
from .school_short import hospital, parish, short_schools, short_triggered
from .school_strong import STRONG_CUE, STRONG_CUE_AFTER
from .school_tags import hashtag_schools
from .school_towns import with_town
from .school_types import typed_schools, typed_triggered
from .school_world import arts_school, club_school, world_schools, world_triggered
from .school_years import without_year, year_schools, years_triggered
from .situation import place_detail
from .tag_echo import with_echoes

#: Words after which a capitalised word is not necessarily a name (sentence starts).
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“”()\[\]]|[\U0001F000-\U0001FFFF])\s*$")

# --------------------------------------------------------------------------------------------
# Regular expressions (all linear: bounded repetition, no nested unbounded quantifiers)
# --------------------------------------------------------------------------------------------

#: Quick pre-check on the folded text: skip posts that cannot hold a school (substring tests are cheaper than a regex).
_TRIGGER_WORDS = (
    "school", "elem", "primary", "middle", "high", "secondary", "academ", "prep", "montessori",
    "catholic", "infant", "junior", "grammar", "college", "vidyala", "lyc", "kendriya", "cole",
    "escuela", "colegio", " of e", "go to", "goto", "attend", "student", "pupil", "study",
    "is my", "i'm at", "im at", "i am at", "not at", "longer at",
)  # fmt: skip
_TRIGGER_RE = re.compile(
    r"\b(?:ce|hs|kv|jr|sr|jnr|shs|jhs|jshs|rc|sch|acad|[pmi]\.?\s?s\.?\s?\d{1,3}|j\.?\s?h\.?\s?s"
    r"|h\.\s?s|[mkp]\.\s?v|c\.\s?e|(?:mi|wi)\s(?:[a-z]{1,5}\s)?go)\b"
)


def _triggered(folded: str) -> bool:
    """True when the text may hold a school name (cheap pre-check)."""
    return any(w in folded for w in _TRIGGER_WORDS) or _TRIGGER_RE.search(folded) is not None


#: A cue right before a name: "I go to ", "at ", "we attend ", "student at "...
_CUE_BEFORE = re.compile(
    r"(?:\b(?:go|goes|going|went|gone|attend|attends|attending|attended|study|studies|studying|"
    r"enrolled|transferr?(?:ed|ing)?|switch(?:ed|ing)?|moved?|moving|teach(?:es|ing)?|teacher|"
    r"student|students|pupil|pupils|kids?|child(?:ren)?|start(?:ed|ing)?|starts|year\s\d{1,2}|"
    r"grade\s\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s{1,3}grade|[a-z]{1,12}(?:st|nd|rd|th)\s{1,3}grade)"
    r"(?:\s(?:to|2|at|in|from|for))?|\b(?:at|from|in)|\bi'?m\s(?:at|in)|\bi\sam\s(?:at|in))\s{1,3}$"
)

#: Numbered New York schools: "PS 321", "P.S. 321", "MS 51", "IS 318", "JHS 189", "HS 123".
_NUMBERED = re.compile(
    r"(?<![\w.])(?P<pre>P\.\s?S\.|PS|M\.\s?S\.|MS|I\.\s?S\.|IS|J\.\s?H\.\s?S\.|JHS|H\.\s?S\.|HS)"
    r"\s?(?P<num>\d{1,3})(?P<b>[A-Z]?)(?![\w.,:/-]|\.\d)",
    re.IGNORECASE,
)
#: Words after "PS 4" that show it is the console, a price or a count, not a school.
_NUMBERED_BAD_NEXT = re.compile(
    r"\s{0,2}(?:pro\b|slim\b|vita\b|games?\b|controllers?\b|console\b|gb\b|tb\b|points?\b|pts\b|"
    r"more\b|days?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|years?\b|x\b|%|\$|£|€)",
    re.IGNORECASE,
)
_SOFT_CUE_RE = re.compile(r"(?:\b(?:go|goes|went|attend|attends|attended|at|from|to)\s{1,3})$")


# --------------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str  # folded, apostrophes dropped
    title: bool  # starts with an upper-case letter in the original text


class SchoolScanner:
    """Find school names (see the module docstring)."""

    name = "school"
    kinds = frozenset({Kind.SCHOOL, Kind.ORG})  # ORG: a saint's school name that is the parish

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one SCHOOL finding per school name in ``ctx.text``."""
        folded = ctx.folded
        text = ctx.text
        spans: list[tuple[int, int, float]] = list(hashtag_schools(text))  # "#hazelwoodprimary"
        spans.extend(known_schools(folded))  # "yr 9 at mags", "achimota boys"
        if years_triggered(folded):
            spans.extend(year_schools(folded))  # "tamarind college year 10", "kibera girls represent"
        world = world_triggered(folded)
        short = short_triggered(text)
        typed = typed_triggered(folded)
        grouped = groups_triggered(folded)
        cued = cues_triggered(folded)
        if fixture_triggered(folded):
            spans.extend(fixture_schools(text))  # "Kingsmead vs Oakfield netball tmrw"
        if games_triggered(folded):
            spans.extend(game_schools(text))  # "we beat belvedere in rugby"
        if cheers_triggered(folded):
            spans.extend(cheer_schools(text))  # "go ridgemont hawks!!"
        if not (world or short or typed or grouped or cued or spans) and not _triggered(folded):
            return
        spans.extend(self._numbered(text, folded))
        toks = _tokens(text, folded)
        if toks:
            spans.extend(self._suffixed(toks, text, folded))
            spans.extend(self._prefixed(toks, text, folded))
            spans.extend(self._cued(toks, text, folded))
            if world:
                spans.extend(world_schools(toks, text))  # "scoil mhuire", "dps rk puram", "st bridgid's"
            if short:
                spans.extend(short_schools(toks, text))  # "bored at KLPS", "year 7 at Maple Public"
            if typed:
                spans.extend(typed_schools(toks, text))  # "brannock ms", "oak hollow elem", "sta. rosa nhs"
            if grouped:
                spans.extend(group_schools(toks, text))  # "sacred heart kids", "st declans lads", "the DPS bus"
            if cued:
                spans.extend(cued_schools(toks, text))  # "teacher at parkview", "westbrook teachers"
        if spans and VERSUS_PRE.search(folded):
            spans.extend(opponents(text, spans))  # "st brendans ridgeway vs st columbas derby"
        found = [
            (start, end, conf)
            for start, end, conf in unite(spans, joined_scores)
            # "shine stars dance school", "Miss Priya's School of Dance": the NER scanner's ORG; an old
            # college likened to a story's ("<college> looks like hogwarts"): a sight, no child's school
            if not (club_school(text[start:end]) or arts_school(text, start, end) or storybook(text, start, end))
        ]
        if "#" in text:
            found = with_echoes(found, text)  # "laerskool waterkloof #waterklooftrots"
        found = with_edges(found, text)  # "sir <name> ps", "école <given>-<given>": the writers' whole name
        for start, end, conf in found:
            start, end = without_year(text, *with_town(folded, start, end))  # year: AGE; next town: ours
            detail = place_detail(folded, start, end)  # "come find me at ...", "my mum works at ..."
            # "mass at st ultans": the parish church; "works nights at st aidan's": a hospital
            kind = Kind.ORG if parish(text, start, end) or hospital(text, start, end) else Kind.SCHOOL
            yield ctx.finding(kind, start, end, scanner=self.name, confidence=conf, detail=detail)

    # -- numbered ("PS 321") ------------------------------------------------------------------

    def _numbered(self, text: str, folded: str) -> Iterator[tuple[int, int, float]]:
        for m in _NUMBERED.finditer(text):
            pre = m.group("pre")
            num = m.group("num")
            dotted = "." in pre
            upper = pre.upper() == pre
            cue = bool(_SOFT_CUE_RE.search(folded, max(0, m.start() - 20), m.start()))
            if _NUMBERED_BAD_NEXT.match(text, m.end()):
                continue
            letters = pre.replace(".", "").replace(" ", "").upper()
            if not upper and not cue:
                continue
            spaced = m.start("num") > m.end("pre")
            if len(num) == 1 and not dotted and not spaced:
                continue  # "PS4", "HS2": a console, a railway
            if letters == "PS" and not dotted and len(num) == 1 and not cue:
                continue  # "PS4", "PS 5": the console
            if letters in {"IS", "MS", "HS"} and not dotted and not cue and _prev_word_all_caps(text, m.start()):
                continue  # "THIS IS 100 PERCENT"
            if letters == "MS" and num == "365":
                continue
            if letters == "JHS" and len(num) == 1 and not dotted:
                continue  # "JHS 2 exams": Ghana's junior high years 1-3, not New York's numbered schools
            yield m.start(), m.end(), 0.9 if (dotted or cue) else 0.75

    # -- name + suffix chain ------------------------------------------------------------------

    def _suffixed(self, toks: list[_Tok], text: str, folded: str) -> Iterator[tuple[int, int, float]]:
        n = len(toks)
        i = 0
        while i < n:
            if toks[i].word not in RAW_SUFFIX_WORDS and not _suffix_seq_len(toks, i, text):
                i += 1
                continue
            # Maximal run of adjacent suffix words starting at i.
            j = i
            while j < n and j - i < _MAX_CHAIN:
                seq = _suffix_seq_len(toks, j, text)
                if seq:
                    j += seq
                elif toks[j].word in RAW_SUFFIX_WORDS or (
                    toks[j].word == "and" and j + 1 < n and toks[j + 1].word in RAW_SUFFIX_WORDS and j > i
                ):
                    j += 1
                else:
                    break
                if j < n and not _adjacent(text, toks[j - 1], toks[j]):
                    break
            run_end = j
            words = canon_words([t.word for t in toks[i:run_end]])
            k = len(words)
            # Trim the run from the right until it ends with a head word.
            end_tok = run_end
            while end_tok > i and not ends_with_head(canon_words([t.word for t in toks[i:end_tok]]), k):
                end_tok -= 1
                k = len(canon_words([t.word for t in toks[i:end_tok]]))
            if end_tok == i:
                i = run_end
                continue
            found = self._judge(toks, i, end_tok, text, folded)
            if found:
                yield found
            i = run_end

    def _judge(self, toks: list[_Tok], cs: int, ce: int, text: str, folded: str) -> tuple[int, int, float] | None:
        """Judge the candidate whose suffix chain is ``toks[cs:ce]``; None to reject."""
        chain = canon_words([t.word for t in toks[cs:ce]])
        strong = len(chain) >= 2 or chain[-1] in STRONG_HEADS or chain == ["c", "of", "e"]
        # Walk back over the name.
        name: list[int] = []
        k = cs - 1
        mode: bool | None = None  # True = capitalised name, False = lower-case
        while k >= 0 and len(name) < 5:
            t = toks[k]
            nxt = toks[k + 1]
            if not _adjacent(text, t, nxt):
                break
            w = t.word
            if w in _CONNECTORS and name:
                name.insert(0, k)
                k -= 1
                continue
            if w.isdigit() or (w in STOP and not (w == "our" and name and toks[name[0]].word == "lady")):
                break
            title = t.title
            if mode is None:
                mode = title
            elif title != mode:
                break
            name.insert(0, k)
            k -= 1
        while name and toks[name[0]].word in _CONNECTORS:
            name.pop(0)
        if not name:
            return None
        name_words = canon_words([toks[x].word for x in name])
        if all(w in GENERIC or w in SUFFIX_WORDS for w in name_words):
            return None
        gaz = gazetteer()
        # Longest tail of the name that the gazetteer knows.
        hit: int | None = None
        hit_flags = 0
        for s in range(len(name)):
            stem = " ".join(canon_words([toks[x].word for x in name[s:]]))
            f = gaz.flags(stem)
            if f is not None:
                hit, hit_flags = s, f
                break
        if hit is not None:
            name = name[hit:]
            name_words = canon_words([toks[x].word for x in name])
        start, end = toks[name[0]].start, toks[ce - 1].end
        if text[end : end + 1] == "." and len(toks[ce - 1].word) == 1 and text[end - 2 : end - 1] == ".":
            end += 1  # the last dot of "H.S.", "C.E."
        full = " ".join(name_words + chain)
        nxt_word = toks[ce].word if ce < len(toks) and _adjacent(text, toks[ce - 1], toks[ce]) else ""
        if full in FICTION or f"{full} {nxt_word}".strip() in FICTION or " ".join(name_words) in FICTION:
            return None
        if chain[-1] in {"school", "schools"} and nxt_word in SCHOOL_COMPOUND_NEXT and hit is None:
            return None
        if len(chain) == 1 and nxt_word in HEAD_COMPOUND_NEXT.get(chain[0], ()):
            return None  # "jordan high fived me", "the middle finger", "primary colours"
        cue = bool(_CUE_BEFORE.search(folded, max(0, start - 40), start))
        if chain in (["junior"], ["senior"]) and not cue:
            return None  # "Robert Downey Jr", "Sammy Davis Junior"
        title = bool(mode)
        single_start = len(name) == 1 and _at_sentence_start(text, start)
        if hit is not None:
            common = bool(hit_flags & FLAG_COMMON)
            if title:
                if common and not strong and not cue:
                    # "Central High" is a school; "Record High" at the start of a headline is not.
                    return None if single_start else (start, end, 0.7)
                return start, end, 0.95 if strong or cue else 0.85
            # lower-case
            if common and not cue:
                return None
            return start, end, 0.85 if (strong or cue) else 0.75
        # Not in the gazetteer: judge by form.
        if any(w in STOP for w in name_words):
            return None
        if title:
            if single_start and name_words[0] not in gaz.vocab and not cue:
                return (start, end, 0.65) if _kid_post(chain, toks, ce, name_words) else None
            if strong:
                return start, end, 0.8
            if cue and len(name) <= 4:
                return start, end, 0.65
            return None
        # lower-case, unknown name: only after a cue, short, not generic.
        if cue and len(name) <= 3 and name_words[-1] not in GENERIC and all(len(w) > 1 for w in name_words):
            return start, end, 0.6
        return None

    # -- prefix forms ("Lycée Victor Hugo", "KV Saharsa") -----------------------------------

    def _prefixed(self, toks: list[_Tok], text: str, folded: str) -> Iterator[tuple[int, int, float]]:
        n = len(toks)
        for i, t in enumerate(toks):
            w = t.word
            plen = 1
            if w == "kendriya" and i + 1 < n and toks[i + 1].word == "vidyalaya":
                plen = 2
            elif w not in {"lycee", "kv", "ecole", "escuela", "colegio"}:
                continue
            if not t.title and w != "kv":
                continue
            if w == "kv" and text[t.start : t.end] != "KV":
                continue
            j = i + plen
            name: list[int] = []
            while j < n and len(name) < 5 and _adjacent(text, toks[j - 1], toks[j]):
                tj = toks[j]
                if tj.title or tj.word.isdigit() or (tj.word in _CONNECTORS | {"no"} and j + 1 < n):
                    if tj.word in STOP and tj.word not in _CONNECTORS:
                        break
                    name.append(j)
                    j += 1
                else:
                    break
            while name and toks[name[-1]].word in _CONNECTORS | {"no"}:
                name.pop()
            if not name:
                continue
            prefix = "kv" if w in {"kv", "kendriya"} else w
            full = prefix + " " + " ".join(canon_words([toks[x].word for x in name]))
            gaz = gazetteer()
            conf = 0.9 if full in gaz.prefixed else 0.7
            yield t.start, toks[name[-1]].end, conf

    # -- a known name after a strong cue ("I go to Hillcrest") --------------------------------

    def _cued(self, toks: list[_Tok], text: str, folded: str) -> Iterator[tuple[int, int, float]]:
        starts: dict[int, int] | None = None
        ends: dict[int, int] | None = None
        for m in STRONG_CUE.finditer(folded):
            if starts is None:
                starts = {t.start: i for i, t in enumerate(toks)}
            i = starts.get(m.end())
            if i is None:
                continue
            conf = 0.7 if m.group("my") else 0.5 if m.group("at") else 0.6
            found = self._cued_after(toks, i, text, gazetteer(), conf=conf, my_school=bool(m.group("my")))
            if found:
                yield found
        for m in STRONG_CUE_AFTER.finditer(folded):
            if ends is None:
                ends = {t.end: i for i, t in enumerate(toks)}
            i = ends.get(m.start())
            if i is not None:
                found = self._cued_before(toks, i, text, gazetteer())
                if found:
                    yield found

    def _cued_after(
        self, toks: list[_Tok], i: int, text: str, gaz: Gazetteer, *, conf: float, my_school: bool
    ) -> tuple[int, int, float] | None:
        """A name starting at ``toks[i]`` right after a strong cue."""
        n = len(toks)
        best: tuple[int, int, float] | None = None
        j = i
        words: list[str] = []
        while j < n and j - i < 4:
            if j > i and not _adjacent(text, toks[j - 1], toks[j]):
                break
            w = toks[j].word
            if j == i and (w in STOP or w in GENERIC or w.isdigit()):
                return None
            words.append(w)
            stem = " ".join(canon_words(words))
            f = gaz.flags(stem)
            if f is not None and f & FLAG_DISTINCT and not _name_goes_on(toks, j, text):
                best = (toks[i].start, toks[j].end, conf)
            j += 1
        if best is None and my_school:
            # "my school is Oakridge": a capitalised name, even unknown.
            j = i
            while j < n and j - i < 4 and toks[j].title and toks[j].word not in STOP:
                if j > i and not _adjacent(text, toks[j - 1], toks[j]):
                    break
                j += 1
            if j > i:
                best = (toks[i].start, toks[j - 1].end, 0.6)
            elif _saint_named(toks, i, text):
                best = (toks[i].start, toks[i + 1].end, 0.6)  # "my school is st joeys": a saint, in lower case
        return best

    def _cued_before(self, toks: list[_Tok], i: int, text: str, gaz: Gazetteer) -> tuple[int, int, float] | None:
        """A name ending at ``toks[i]`` right before "is my school"."""
        words: list[str] = []
        best: tuple[int, int, float] | None = None
        j = i
        while j >= 0 and i - j < 4:
            if j < i and not _adjacent(text, toks[j], toks[j + 1]):
                break
            w = toks[j].word
            if w in STOP or w.isdigit():
                break
            words.insert(0, w)
            stem = " ".join(canon_words(words))
            f = gaz.flags(stem)
            if f is not None and f & FLAG_DISTINCT:
                best = (toks[j].start, toks[i].end, 0.7)
            j -= 1
        if best is None:
            j = i
            while j >= 0 and i - j < 4 and toks[j].title and toks[j].word not in STOP:
                if j < i and not _adjacent(text, toks[j], toks[j + 1]):
                    break
                j -= 1
            if j < i:
                best = (toks[j + 1].start, toks[i].end, 0.6)
        return best


#: Longest suffix chain looked at (words); "Holy Trinity C of E Voluntary Aided Junior and Infant School" is 9.
_MAX_CHAIN = 10

_CONNECTORS = frozenset({"of", "and", "de", "la", "le", "du", "des", "del", "van", "von", "der", "da", "do"})


def _tokens(text: str, folded: str) -> list[_Tok]:
    """The words of the text: offsets, folded form, and whether the original is capitalised."""
    out: list[_Tok] = []
    for m in WORD_RE.finditer(folded):
        s, e = m.span()
        first = text[s]
        word = m.group()
        if not word.isascii() or "'" in word or "’" in word or "`" in word:
            word = fold_word(word)
        out.append(_Tok(s, e, word, first.isupper()))
    return out


#: Words after a name that show it is another kind of place ("St Luke's Church").
_NOT_SCHOOL_NEXT = words(
    """church chapel cathedral mosque temple synagogue parish hospital clinic park mall centre
    center club camp gym library museum zoo pool beach stadium arena store shop cafe restaurant
    street st road rd avenue ave lane drive way close court hotel farm lake river hill hills
    woods forest field fields house hall"""
)


def _name_goes_on(toks: list[_Tok], j: int, text: str) -> bool:
    """True when the name ending at ``toks[j]`` goes on: a capitalised word or a place word follows."""
    if j + 1 >= len(toks) or not _adjacent(text, toks[j], toks[j + 1]):
        return False
    nxt = toks[j + 1]
    return nxt.word in _NOT_SCHOOL_NEXT or (nxt.title and toks[j].title)


#: School words that name a school after a capitalised name no list knows opening the post, when the
#: post goes on in lower case ("Tamaki Primary kapa haka won", "Narrabundah Primary fete"): a headline
#: goes on capitalised ("Record High Temperatures"), and these are no everyday heads ("high").
_KID_HEADS = words("primary elementary intermediate montessori")


def _kid_post(chain: list[str], toks: list[_Tok], ce: int, name_words: list[str]) -> bool:
    """A one-word capitalised name and a school word of :data:`_KID_HEADS` opening a post written in
    lower case after it; the name is no everyday word ("Democratic Primary")."""
    if chain[-1] not in _KID_HEADS or common(name_words[0], lexicon()):
        return False
    return ce >= len(toks) or (not toks[ce].title and toks[ce].word.isalpha())


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    """True when two tokens belong to one name: only a space, a hyphen or an abbreviation dot between."""
    gap = text[a.end : b.start]
    if not gap:
        return False
    if len(gap) > 3:
        return False
    if gap.isspace():
        return "\n" not in gap
    stripped = gap.strip(" ")
    return stripped in {"-", ".", "'", "’"} and ("\n" not in gap)


#: Multi-word suffix spellings in text (folded words) -> must the words be joined by dots?
_SUFFIX_SEQS: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("church", "of", "england"), False),
    (("c", "of", "e"), False),
    (("c", "e"), True),
    (("h", "s"), True),
    (("m", "m", "v"), True),
    (("m", "v"), True),
    (("k", "v"), True),
    (("p", "v"), True),
)


def _suffix_seq_len(toks: list[_Tok], i: int, text: str) -> int:
    """Length of a multi-word suffix spelling ("C of E", "C.E.", "H.S.") starting at ``toks[i]``, or 0."""
    first = toks[i].word
    if first not in {"church", "c", "h", "m", "k", "p"}:
        return 0
    for seq, dotted in _SUFFIX_SEQS:
        n = len(seq)
        if i + n > len(toks) or tuple(t.word for t in toks[i : i + n]) != seq:
            continue
        ok = True
        for a, b in zip(toks[i : i + n - 1], toks[i + 1 : i + n], strict=True):
            gap = text[a.end : b.start]
            if (dotted and gap not in {".", ". "}) or (not dotted and gap != " "):
                ok = False
        if ok:
            return n
    return 0


def _prev_word_all_caps(text: str, pos: int) -> bool:
    m = re.search(r"([A-Za-z]{2,})[^A-Za-z\n]{0,3}$", text[max(0, pos - 30) : pos])
    return bool(m) and m.group(1).isupper()


def _at_sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, pos - 4), pos))


def _saint_named(toks: list[_Tok], i: int, text: str) -> bool:
    """``toks[i]`` is a saint's title ("st", "saint") and a name is written right after it."""
    if toks[i].word not in ("st", "saint") or i + 1 >= len(toks):
        return False
    after = toks[i + 1].word
    return after.isalpha() and after not in STOP and _adjacent(text, toks[i], toks[i + 1])
