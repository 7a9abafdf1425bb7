"""The lexicon matches of one post, looked up by offset, for :mod:`.ner_public`.

:class:`Post` finds a post's famous names, sights, countries and chat filler once (the lists of
:mod:`leakscan.lexicon`) and answers the questions :func:`~.ner_public.not_public` asks of each
candidate by binary search on the offsets: is it inside a famous name, does the post speak of
the famous one (a famous-context word, a score, a famous name that is no one's name), is it a
star's surname, a team's other word, a chain's aisle. It is apart from the rules because it is
the post-level index they share, not a rule of its own.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from itertools import islice, pairwise, takewhile

from .. import lexicon as wl
from ..truecase import FIRST, LAST, PLACE, WORD, Lexicon
from .base import words
from .ner_words import ORG_SUFFIXES, PLACE_SUFFIXES, RELATIONS, STREET_SUFFIXES

#: At most this many words between a famous side and its score ("arsenal threw it late again 2-1").
_SCORE_WORDS = 4
#: A lexicon match: (first word, word after the last, start offset, end offset).
Match = tuple[int, int, int, int]
#: The last word of a named ground (:meth:`Post.ground`), in the languages of the lists.
_GROUNDS = words("stadium stadio stadion estadio arena")
#: "from" right before a place, maybe with its hashtag: where a greeting is sent from.
_FROM_END = re.compile(r"(?<![\w'’])from\s{1,3}#?\Z")
#: Venue words after a sight's name that name a part of it ("<mall> aquarium", "<park> playground"), not a street.
_SIGHT_PARTS = PLACE_SUFFIXES - STREET_SUFFIXES
#: Verbs before "as" and a famous name that make it a costume ("going as", "dressed up as", "went as").
_COSTUME_VERBS = words("going go goes went dressed dressing dress up came coming come")
#: Words that make a ground a school's (its grounds name the school).
_SCHOOL_WORDS = words("school college academy high primary grammar")


class Post:
    """The lexicon matches of one post, looked up by offset."""

    def __init__(self, toks: list[wl.Word], lex: Lexicon, text: str = "") -> None:
        self.toks = toks
        self.lex = lex
        self.text = text
        self.starts = [t[0] for t in toks]
        # a famous team's name before an age group is a children's club's ("oakville rangers u12")
        self.famous = [m for m in wl.find("famous", toks) if not _age_group_at(toks, m[1])]
        self.sights = wl.find("famous_places", toks)
        self.countries = wl.find("countries", toks)
        self.fillers = wl.find("filler_words", toks)
        self.filler = wl.entries("filler_words")
        self.context = wl.entries("famous_context")
        self.famous_starts = {m[2] for m in self.famous}
        # A famous name that is no one's name ("bluey", "real madrid") makes the post about the famous.
        self.unambiguous = any(m[1] - m[0] > 1 or not _everyday_or_name(toks[m[0]][2], lex) for m in self.famous)
        self._said: dict[re.Pattern[str], bool] = {}

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` is found anywhere in the post (lower case). Looked for once per post:
        the rules ask it of every place a post names, and a long post names many."""
        said = self._said.get(pattern)
        if said is None:
            said = self._said[pattern] = pattern.search(self._lower) is not None
        return said

    @functools.cached_property
    def _lower(self) -> str:
        return self.text.lower()

    @functools.cached_property
    def followers(self) -> dict[str, set[str]]:
        """Each word of the post (lower case) -> the words right after it anywhere in the post
        (made once: a rule asking it of every name would otherwise walk the post each time)."""
        out: dict[str, set[str]] = {}
        for a, b in pairwise(self.toks):
            out.setdefault(a[2], set()).add(b[2])
        return out

    def words_in(self, start: int, end: int) -> list[wl.Word]:
        """The post's words that start at or after ``start`` and end by ``end``."""
        i = bisect_left(self.starts, start)
        return list(takewhile(lambda t: t[1] <= end, islice(self.toks, i, None)))  # no copy of the rest

    def covering(
        self, matches: list[Match], start: int, end: int, *, context: bool = True, parts: bool = False
    ) -> Match | None:
        """The match the candidate lies in, or starts in when the rest are famous-context words,
        numbers or chat filler of other languages ("drake album", "kohli century", "paddington 2",
        "<star> jogando muito"; not "hawthorn lane"); with ``parts``, a venue word of a sight of two
        words or more too ("<sight's two words> aquarium": a part of the sight, no street)."""
        m = match_at(matches, start)
        if m is None or end <= m[3]:
            return m
        rest = [w for _s, _e, w in takewhile(lambda t: t[0] < end, self.toks[m[1] :])]
        if parts and m[1] - m[0] > 1 and all(w in _SIGHT_PARTS for w in rest):
            return m
        return m if context and all(w in self.context or w.isdigit() or w in self.filler for w in rest) else None

    def famous_here(self, hit: Match) -> bool:
        """Is the famous match ``hit`` about the famous one? A one-word famous name that is also a
        person's name ("chelsea", "drake", "raven") needs a famous-context word within four words
        ("drake album", "messi is the goat"), or a famous name that is no one's name in the post."""
        word = self.toks[hit[0]][2]
        if (
            hit[1] - hit[0] > 1
            or not namelike(word, self.lex)
            or self.unambiguous
            or word in wl.entries("famous_alone")
        ):
            return True  # "santa came early": a character's name that is hardly a child's
        i, j = hit[0], hit[1]
        if i >= 2 and self.toks[i - 1][2] == "as" and self.toks[i - 2][2] in _COSTUME_VERBS:
            return True  # "my sister is going as <character> for halloween", "dressed up as": a costume
        near = self.toks[max(0, i - 4) : i] + self.toks[j : j + 4]
        return any(w in self.context for _s, _e, w in near) or self._score_line(hit) or self._score_after(hit)

    def _score_after(self, hit: Match) -> bool:
        """A score right after the name or a few words on ("liverpool 4 0", "4-0", "chelsea bottled
        it again 3-0"): the side, not a person or place."""
        after = self.toks[hit[1] : hit[1] + 2]
        if len(after) == 2 and all(w.isdigit() and len(w) <= 2 for *_o, w in after):
            return True
        # a few words on, only a score written with its dash ("3-0"; "at 3 30" is a time)
        after = self.toks[hit[1] : hit[1] + _SCORE_WORDS + 2]
        return any(
            a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2 and self.text[e:s2] in ("-", "–")
            for (_s, e, a), (s2, _e2, b) in pairwise(after)
        )

    def split_team(self, start: int, end: int) -> bool:
        """A word of a two-word famous team whose other word is elsewhere in the post ("go the
        phoenix ... wellington is so back", "the knicks won, new york is loud")."""
        inside = self.words_in(start, end)
        if len(inside) != 1:
            return False
        word = inside[0][2]
        others = {w for s, _e, w in self.toks if s != start}
        return any(other in others for other in _two_word_famous().get(word, ()))

    def famous_inside(self, start: int, end: int) -> bool:
        """A famous name of two words or more ends the candidate and only everyday lower-case words
        or another language's chat come before it ("watching shortland street", German "ich liebe
        <club>"; not "emma shortland street")."""
        i = bisect_left(self.starts, start)
        for m in self.famous:
            if m[2] > start and m[3] == end and m[1] - m[0] > 1:
                lead = self.toks[i : m[0]]
                return bool(lead) and all(_everyday_only(w, self.lex) or w in self.filler for _s, _e, w in lead)
        return False

    def famous_then_everyday(self, start: int, end: int) -> Match | None:
        """The famous match the candidate starts with when only everyday words, or "vs" and another
        famous name, follow it: a chain's aisle or counter ("tesco bakery", "aldi middle aisle") or
        a fixture ("orlando pirates vs chiefs"). A business word after a name that is also a
        person's ("chelsea academy", "taylor studio") stays: that may be the child's club."""
        m = match_at(self.famous, start)
        if m is None or m[2] != start:
            return None
        brand = m[1] - m[0] > 1 or not namelike(self.toks[m[0]][2], self.lex)
        rest = list(takewhile(lambda t: t[0] < end, self.toks[m[1] :]))
        for s, _e, w in rest:
            if (
                inside_match(self.famous, s, _e) or inside_match(self.fillers, s, _e) or w in _VERSUS
            ):  # "nandos peri peri"
                continue
            if not _everyday_only(w, self.lex) or w in _OWN_PLACE or (not brand and w in ORG_SUFFIXES):
                return None
        return m if rest else None

    def star_surname(self, start: int, end: int) -> bool:
        """One word, the last word of a famous two-word person and nobody's given name, with
        another famous name in the post ("mumbai indians lost again, pandya what")."""
        inside = self.words_in(start, end)
        if len(inside) != 1 or not self.famous:
            return False
        word = inside[0][2]
        info = self.lex.words.get(word)
        if (info is not None and info[0] & (FIRST | WORD)) or word in wl.entries("first_names"):
            return False
        return any(f"{first} {word}" in wl.entries("famous") for first in _two_word_famous().get(word, ()))

    def surname_only(self, hit: Match) -> bool:
        """A one-word famous name that is a surname or nickname and nobody's given name ("lebron",
        "kohli", "saka"): children call friends by given names, so it names the star."""
        if hit[1] - hit[0] > 1:
            return False
        word = self.toks[hit[0]][2]
        info = self.lex.words.get(word)
        return info is not None and not info[0] & (FIRST | WORD) and word not in wl.entries("first_names")

    def _score_line(self, hit: Match) -> bool:
        """Two famous names with a score between them ("liverpool 3 1 everton", "3-1")."""
        k = bisect_left(self.famous, hit)
        for lo, hi in (
            (self.famous[k - 1][1] if k else -1, hit[0]),
            (hit[1], self.famous[k + 1][0] if k + 1 < len(self.famous) else -1),
        ):
            between = self.toks[lo:hi] if lo >= 0 and hi >= 0 else []
            if 1 <= len(between) <= 2 and all(w.isdigit() and len(w) <= 2 for *_o, w in between):
                return True
        return False

    def filler_named(self, start: int, end: int, people: set[int]) -> bool:
        """One word of chat filler that is a given name too, said of a friend: right after a word of
        kin ("my little brother <name>"), or joined by "and" to "me" or to another person's name
        (``people``: where the post's other names start) -- "kai" is food in te reo Māori and a
        boy's name the world over; "kai time" stays filler."""
        inside = self.words_in(start, end)
        if len(inside) != 1 or len(inside[0][2]) < 3 or not _given(inside[0][2], self.lex):
            return False  # Hindi "ka", "ji" after "uncle", "nana": particles, no names
        i = bisect_left(self.starts, start)
        before = [w for _s, _e, w in self.toks[max(0, i - 3) : i]]
        if before and before[-1] in RELATIONS and _MINE.intersection(before[:-1]):
            return True
        return any(
            0 <= other < len(self.toks)
            and self.toks[join][2] in _JOINS
            and (self.toks[other][2] == "me" or self.toks[other][0] in people)
            for join, other in ((i - 1, i - 2), (i + 1, i + 2))
        )  # not "i": "<Hindi filler> and i havent studied"

    def ground(self, toks: list[wl.Word]) -> Match | None:
        """A named ground: a place's words ending in a stadium or arena word after a name ("<sponsor> stadium",
        "<city> arena"), not a school's. A big public venue like the famous sights, whatever its name: judged
        or seen it tells no one's spot ("<name> stadium is massive"); "at <name> stadium" stays a place."""
        if len(toks) < 2 or toks[-1][2] not in _GROUNDS or any(t[2] in _SCHOOL_WORDS for t in toks):
            return None
        i = bisect_left(self.starts, toks[0][0])
        return (i, i + len(toks), toks[0][0], toks[-1][1])

    def famous_before(self, start: int) -> bool:
        """A famous name or sight ends shortly (40 characters at most) before ``start``; not a chain
        right before "in" or "on" and the place: "<chain> in <town>" is the branch the child goes to
        ("bowling at <chain> in <suburb>", "mum works at <supermarket> in <town>"), no star's stage."""
        if self._branch_town(start):
            return False
        # a holiday is no one's stage: "happy diwali from #<town>" greets from the child's town
        sights = self.sights
        if _FROM_END.search(self._lower, max(0, start - 8), start):
            sights = [m for m in sights if self._words(m) not in wl.entries("birthday_days")]
        return any(0 <= start - m[3] <= 40 for m in (*self.famous, *sights))

    def _words(self, m: Match) -> str:
        """The words of match ``m``, one space between."""
        return " ".join(w for _s, _e, w in self.toks[m[0] : m[1]])

    def _branch_town(self, start: int) -> bool:
        """The words right before ``start`` are a chain of the brands or venue lists, then "in" or "on"."""
        i = bisect_left(self.starts, start)
        if i < 2 or self.starts[i] != start or self.toks[i - 1][2] not in _BRANCH_LINKS:
            return False
        end = self.toks[i - 2][1]  # where the chain's name must end
        chain = any(m[3] == end and _brand(self.toks, m) for m in self.famous)
        return chain or any(m[3] == end for m in wl.find("places", self.toks[: i - 1]))

    def star_before(self, start: int, place: list[wl.Word] | None = None) -> bool:
        """A famous person's full name ends shortly (40 characters at most) before ``start``: two
        words or more, the first a given name ("justin bieber", "sabrina carpenter"; not a chain
        such as "pick n pay" or a lone "matilda"). Before a ``place`` that is a street, only one of the
        famous people's list: "<singer> was busking on <name> street" is the star's spot; a chain named
        like a person ("<chain> on ridge rd") is the branch the child goes to."""
        street = bool(place) and place[-1][2] in STREET_SUFFIXES
        for m in self.famous:
            if street and self._words(m) not in wl.file_entries("famous", "people.txt"):
                continue
            if 0 <= start - m[3] <= 40 and m[1] - m[0] > 1:
                first = self.toks[m[0]][2]
                info = self.lex.words.get(first)
                if (info is not None and info[0] & FIRST) or first in wl.entries("first_names"):
                    return True
            elif 0 <= start - m[3] <= 40 and _stage_name(self.toks[m[0]][2], self.lex):
                return True  # "<rapper's one-word name> at <festival town>": the star's stage
        return False

    def sporty(self, spot: Match) -> bool:
        """A country as a national side or beside a famous name: a famous-context word within
        three words ("ireland beat", "india vs australia", "the japan game") or a famous name
        in the post ("justin bieber was born in canada")."""
        if self.famous or self.sights:
            return True
        i, j = spot[0], spot[1]
        near = self.toks[max(0, i - 3) : i] + self.toks[j : j + 3]
        return any(w in self.context or w in _SIDES for _s, _e, w in near)


#: Words that make a country a national side ("ireland beat", "won against england").
_SIDES = frozenset({"beat", "beats", "beating", "against", "vs", "v", "won", "lost", "draw", "drew", "play", "plays"})


#: Words joining two friends' names ("<name> and me", "<name> n <name>").
_JOINS = words("and n &")
#: Possessives before a word of kin ("my little brother <name>").
_MINE = words("my our his her ur")
#: Between a chain and the town of its branch ("<chain> in <town>", "<chain> on <high street>").
_BRANCH_LINKS = frozenset({"in", "on"})


@functools.cache
def _brands() -> frozenset[str]:
    """The brands, chains and shops of the famous lists (their file ``brands.txt`` only): a chain has
    branches in towns, a star or a show has none."""
    return wl.file_entries("famous", "brands.txt")


def _brand(toks: list[wl.Word], m: Match) -> bool:
    """The famous match ``m`` is a brand or a chain of ``brands.txt``."""
    return " ".join(w for _s, _e, w in toks[m[0] : m[1]]) in _brands()


#: Between two famous sides ("pirates vs chiefs").
_VERSUS = frozenset({"vs", "v", "versus", "and", "&"})
#: Words after a famous name that make a place or a school of it ("tesco car park" is a place).
_OWN_PLACE = STREET_SUFFIXES | PLACE_SUFFIXES | words("school college primary secondary high")


#: An age group after a team's name: "u12", "u9s", "under" ("under 11s").
_AGE_GROUP = re.compile(r"u\d{1,2}s?|under")


def _age_group_at(toks: list[wl.Word], i: int) -> bool:
    """The word at index ``i`` is an age group ("rangers u12": a youth team, not the famous one)."""
    return i < len(toks) and _AGE_GROUP.fullmatch(toks[i][2]) is not None


def match_at(matches: list[Match], start: int) -> Match | None:
    """The match (sorted, not overlapping) that holds offset ``start``."""
    i = bisect_right(matches, start, key=lambda m: m[2]) - 1
    return matches[i] if i >= 0 and matches[i][2] <= start < matches[i][3] else None


def inside_match(matches: list[Match], start: int, end: int) -> bool:
    m = match_at(matches, start)
    return m is not None and end <= m[3]


def namelike(word: str, lex: Lexicon) -> bool:
    """A word that is also somebody's first name or surname."""
    info = lex.words.get(word)
    return (info is not None and bool(info[0] & (FIRST | LAST))) or word in wl.entries("first_names")


def _given(word: str, lex: Lexicon) -> bool:
    """A word that is somebody's given name (not only a surname: Hindi "ke" is one)."""
    info = lex.words.get(word)
    return (info is not None and bool(info[0] & FIRST)) or word in wl.entries("first_names")


def _everyday_or_name(word: str, lex: Lexicon) -> bool:
    info = lex.words.get(word)
    return (info is not None and bool(info[0] & (FIRST | LAST | WORD))) or word in wl.entries("first_names")


def _everyday_only(word: str, lex: Lexicon) -> bool:
    """An everyday word that is no name or place ("watching", "love")."""
    info = lex.words.get(word)
    return info is not None and info[0] & WORD and not info[0] & (FIRST | LAST | PLACE)


@functools.cache
def _one_word_people() -> frozenset[str]:
    """The famous people known by one word ("stormzy", "rihanna"), from the famous list's people file
    only: a chain or a brand of one word ("nandos") has branches in towns, a star has none."""
    return frozenset(e for e in wl.file_entries("famous", "people.txt") if " " not in e)


def _stage_name(word: str, lex: Lexicon) -> bool:
    """A star's one-word stage name that is nobody's given name or surname ("stormzy"; not "drake")."""
    return word in _one_word_people() and not namelike(word, lex)


@functools.cache
def _two_word_famous() -> dict[str, tuple[str, ...]]:
    """Each word of a two-word famous name and the other word ("wellington" -> "phoenix")."""
    out: dict[str, list[str]] = {}
    for entry in wl.entries("famous"):
        words = entry.split(" ")
        if len(words) == 2 and all(w.isalpha() and len(w) > 3 for w in words):
            out.setdefault(words[0], []).append(words[1])
            out.setdefault(words[1], []).append(words[0])
    return {k: tuple(v) for k, v in out.items()}
