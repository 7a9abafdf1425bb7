"""Worldwide word lists the text scanners read: one folder per family, one file per language or
region, so that adding a language is adding files, not editing scanners.

Layout: ``leakscan/lexicon/data/<family>/<language-or-region>.txt``, one entry per line, lower
case, ``#`` starts a comment. Every file of a family is read and merged. The families:

================  ====================================================================
famous            famous people, fictional characters, shows, games, pro teams, brands and chains
famous_alone      famous one-word names that are given names only rarely ("santa", "kirby"): the famous one alone
famous_places     world-famous sights, theme parks, holidays and events (places when the child is at them)
famous_context    words near a famous name that say the post is about the famous one
world_cities      cities known the world over ("<city> is so big": the city as a topic, not the child's place)
countries         countries and world regions (too coarse to locate a child by themselves)
nationalities     nationalities and languages no English list holds ("thai", "samoan"): never a name, no other language's chat
age_idioms        sayings with a number that are no age ("feel like a N year old"; N = a number)
age_units         school-year words before a number ("std 4", "class 9", "gr 5", "form 2")
age_stages        school stages without a number ("second year", "transition year", "matric")
age_shouts        words before a bare number in a birthday shout ("officially 12!!", "🎂 10 today")
filler_words      chat filler of Hinglish, Afrikaans, isiZulu, te reo Māori, Spanish...: never a name
first_names       given names the English name lists lack (Māori, Pacific, South African, Irish, Indian...)
surnames          surnames said with an honorific ("verma sir", "kapoor ma'am")
titles            words before a name in other languages ("meneer van wyk", "mwalimu otieno", "mdm tan")
school_prefix     school words before the name ("scoil", "gaelscoil", "laerskool", "kura kaupapa o")
school_suffix     school words after the name ("vidyalaya", "convent", "public school", "ps", "ss")
school_head       school words that end a name only after an unknown or place word ("rangitoto college")
school_acronym    school chains written as an acronym before a place ("dps", "dav", "kv")
school_numbered   school words before a school's number ("secu 42", "liceo 7", "sp nr 12")
school_saints     saints schools are named after ("st bridgid's", "st pat's")
school_type       school types written short after a person's or a place's name ("brannock ms", "oak hollow elem", "sta. rosa nhs")
school_patrons    patrons schools are named after without "st" ("sacred heart", "holy cross", "our lady")
school_sports     sports of school fixtures, per language ("netball", "hurling", Afrikaans "hokkie")
school_mascots    mascots school teams are called by ("pinecrest eagles vs lakeshore tigers")
school_known      schools known nationwide by a short name ("mags", "campion", "achimota"): read with a word of attending or of pupils
school_not_name   Spanish and French words after "escuela"/"colegio"/"école" that name no school ("mañana", "empieza")
acronyms          everyday acronyms that are no school ("kfc", "nasa", "gps", "pe"): brands, agencies, tech, subjects
handle_platforms  platforms and games before a username or game ID ("bgmi", "free fire", "uid")
handle_cues       words between a platform and a username ("snap me X")
address_units     words before a house, flat, plot or stand number ("flat no 302", "h.no", "erf 2291")
address_areas     words ending a neighbourhood, society, complex or estate ("shastri colony")
towns             towns and suburbs, one file a country (built from GeoNames by models/build_towns.py)
places            malls, venues, beaches, neighbourhoods and city nicknames ("chadstone", "the big smoke")
place_codes       city codes and nicknames that are other things alone ("kl", "hyd"): shouted out, spaced out, tagged
club_suffix       words ending a club's, group's or place of worship's name ("swim club", "scouts", "church")
club_prefix       words starting a place of worship's name ("gurdwara", "masjid", "first baptist")
club_styles       martial-arts and dance styles, arts chains before a branch's town ("tkd riverton", "stagecoach geelong")
workplace_cues    words before a parent's workplace or a class's venue ("works at", "shift at", "class at")
workplace_names   workplaces known by a nickname of everyday words, after a workplace cue ("sick kids")
place_suffix      venue words of the regions after a name ("kowhai reserve", "rajouri chowk")
birthday_days     holidays a birthday falls on ("born on waitangi day", "bday is on diwali")
public_sites      public websites by name ("wikipedia", "bbc", "lego"): a link to one leads to no child
================  ====================================================================

Everything is loaded on first use and cached (``functools.cache``); :func:`phrases` answers "which
entries start at this word" for matching multi-word entries over a list of words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: The families a caller may ask for (a typo is an error, not an empty list).
FAMILIES = frozenset(
    {
        "famous",
        "famous_alone",
        "famous_places",
        "famous_context",
        "world_cities",
        "countries",
        "nationalities",
        "age_idioms",
        "age_units",
        "age_stages",
        "age_shouts",
        "filler_words",
        "first_names",
        "surnames",
        "titles",
        "school_prefix",
        "school_suffix",
        "school_head",
        "school_acronym",
        "school_numbered",
        "school_saints",
        "school_type",
        "school_patrons",
        "school_sports",
        "school_mascots",
        "school_known",
        "school_not_name",
        "acronyms",
        "handle_platforms",
        "handle_cues",
        "address_units",
        "address_areas",
        "towns",
        "places",
        "place_codes",
        "club_suffix",
        "club_prefix",
        "club_styles",
        "workplace_cues",
        "workplace_names",
        "birthday_days",
        "place_suffix",
        "public_sites",
    }
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
#: A word of an entry or of a text: letters and digits, inner apostrophes kept ("bridgid's").
WORD_RE = re.compile(r"[^\W_]{1,60}(?:['’`][^\W_]{1,60}){0,3}")

#: A word of a text: ``(start, end, normalised word)``.
Word = tuple[int, int, str]


def norm(text: str) -> str:
    """An entry or a piece of text as the lists are written: lower case, straight apostrophes,
    single spaces."""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


def unaccented(text: str) -> str:
    """``text`` without its accents ("coláiste" -> "colaiste", "hoërskool" -> "hoerskool")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def entries(family: str) -> frozenset[str]:
    """Every entry of ``family`` from all its files, normalised, with unaccented twins."""
    if family not in FAMILIES:
        raise ValueError(f"unknown lexicon family: {family}")
    folder = resources.files(__name__) / "data" / family
    found: set[str] = set()
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            found.update(_file_entries(item))
    found.update([unaccented(entry) for entry in found if not entry.isascii()])
    return frozenset(found)


@cache
def file_entries(family: str, name: str) -> frozenset[str]:
    """The entries of one file of ``family`` (``"teams.txt"`` of ``"famous"``), normalised, without
    accentless twins: for a rule that needs one kind of a family (a chain, not a star)."""
    if family not in FAMILIES:
        raise ValueError(f"unknown lexicon family: {family}")
    return _file_entries(resources.files(__name__) / "data" / family / name)


def _file_entries(item: Traversable) -> frozenset[str]:
    # norm() over the whole file at once, then per line only what a line needs (a comment
    # cut, spaces joined): ~30,000 entries load at the first text, in every process
    lines = item.read_text(encoding="utf-8").translate(_APOSTROPHES).lower().splitlines()
    return frozenset(" ".join(line.split("#", 1)[0].split()) for line in lines) - {""}


@cache
def phrases(family: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``family``'s entries by first word: ``word -> (entry words, ...)``, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries(family):
        parts = tuple(_key(w) for w in WORD_RE.findall(entry))
        if parts:
            table.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def text_words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets, normalised as the entries are (accents kept)."""
    if len(text) > KEPT_CHARS:  # a long text's words are not kept: sixteen of them would hold ~0.5 GB
        return list(_words_of(text))
    return list(_text_words(text))


#: Texts whose words are kept: several scanners ask for the words of the same post in turn (3 times
#: a post on average; the list was 2-3% of a post's scan), and the last few are all they ask again.
WORDS_KEPT = 16
#: ...if they are no longer than this (a post, a bio, a picture's text; not a million-character paste).
KEPT_CHARS = 20_000


@lru_cache(maxsize=WORDS_KEPT)
def _text_words(text: str) -> tuple[Word, ...]:
    return _words_of(text)


def _words_of(text: str) -> tuple[Word, ...]:
    # A word holds no white space: norm() is its lower case with straight apostrophes.
    return tuple((m.start(), m.end(), _key(m.group().translate(_APOSTROPHES).lower())) for m in WORD_RE.finditer(text))


#: Longest word a word cache keeps (:func:`kept_for_short_words`).
KEPT_WORD_CHARS = 64
_R = TypeVar("_R")


def kept_for_short_words(maxsize: int) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """``functools.lru_cache(maxsize)`` for a function of a word (its first argument), keeping
    the answers for words of at most :data:`KEPT_WORD_CHARS` characters: a longer one is worked
    out each time, so a few thousand pasted walls of text (a "word" of a million characters) never
    sit in the cache."""

    def decorate(func: Callable[..., _R]) -> Callable[..., _R]:
        kept = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def answer(word: str, *args: Any) -> _R:
            return kept(word, *args) if len(word) <= KEPT_WORD_CHARS else func(word, *args)

        return answer

    return decorate


def _key(word: str) -> str:
    """A word as entries and texts are matched: without a possessive "'s" ("saka's" -> "saka")."""
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word


def find(family: str, words: list[Word]) -> list[tuple[int, int, int, int]]:
    """The entries of ``family`` in ``words``, longest first, left to right, not overlapping:
    ``(first word index, end word index, start offset, end offset)``. Entries match with or
    without their accents."""
    table = phrases(family)
    plain = [w for _s, _e, w in words]
    # Most posts hold no entry of most families: one pass in C says so. Past it, only a word an
    # entry starts with (or an accented one) is looked at; a word inside a match is skipped.
    ascii_only = all(map(str.isascii, plain))
    if ascii_only and table.keys().isdisjoint(plain):
        return []
    bare: list[str] | None = None
    out = []
    after = 0  # the first word not inside a match
    for i, word in enumerate(plain):
        if i < after or (word not in table and word.isascii()):
            continue
        n = _longest(table, plain, i)
        if not n and not ascii_only:
            # an accent on any word of the entry, not only its first ("te atatū" is "te atatu")
            bare = bare if bare is not None else [unaccented(w) for w in plain]
            n = _longest(table, bare, i)
        if n:
            out.append((i, i + n, words[i][0], words[i + n - 1][1]))
            after = i + n
    return out


def _longest(table: dict[str, tuple[tuple[str, ...], ...]], words: list[str], i: int) -> int:
    """How many words from index ``i`` make the longest entry of ``table`` (:func:`phrases`), or 0."""
    for parts in table.get(words[i], ()):
        n = len(parts)
        if tuple(words[i : i + n]) == parts:
            return n
    return 0


def longest_at(family: str, words: list[str], i: int) -> int:
    """How many words of ``words`` (normalised, lower case) from index ``i`` make the longest
    entry of ``family``; 0 when none starts there (or ``i`` is past the last word)."""
    return _longest(phrases(family), words, i) if 0 <= i < len(words) else 0


__all__ = [
    "FAMILIES",
    "WORD_RE",
    "Word",
    "entries",
    "find",
    "longest_at",
    "norm",
    "phrases",
    "text_words",
    "unaccented",
]
