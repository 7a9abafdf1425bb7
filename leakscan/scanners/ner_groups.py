"""Local clubs, groups and workplaces (issue 10, family 4), read from the word lists of
:mod:`leakscan.lexicon` for :mod:`~leakscan.scanners.ner` (ORG):

* **clubs and groups** — one to three name words before a club word ("dolphin bay swim club",
  "3rd kingsbury scouts", "hillsong church"), a place of worship before its name ("gurdwara
  singh sabha", "masjid al noor"), a town's team ("ringwood hawks") and a style's branch
  ("tkd parramatta");
* **a parent's workplace** after "works at", "shift at"... ("fonterra", "st vincents hospital"),
  or known by a nickname of everyday words ("sick kids": ``workplace_names``).

A general word alone ("works at night", "the scouts", "a bank") is no name. The places these
names are built on are :mod:`~leakscan.scanners.ner_places`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, WORD, Lexicon
from .base import words as word_set
from .ner_places import NOT_NAME, adjoining, longest_town
from .ner_sides import COUNTIES
from .ner_words import STREET_SUFFIXES, TEAM_WORDS, Cand, common

#: Club words that make a name of any one word before them ("seals slsc"); the others need an
#: unusual or capitalised word, an ordinal or two words ("the scouts", "love karate" are none).
_STRONG_SINGLE = frozenset({"slsc", "gaa", "dojo", "nippers"})
#: Words a congregation ends its name with ("grace fellowship", "hope church", "bethel tabernacle").
_WORSHIP = word_set(
    "church chapel fellowship tabernacle ministries kerk gemeente cathedral"
    # a denomination after the congregation's name: "hope baptist", "new life pentecostal"
    " baptist methodist pentecostal presbyterian lutheran adventist anglican"
)
#: Virtues and Bible words that name a church by themselves, though everyday words or given names.
_CHURCH_NAMES = word_set(
    "grace hope faith victory harvest life calvary bethel zion bethany emmanuel immanuel trinity redeemer"
    " cornerstone lighthouse gateway shiloh rhema elim hosanna hillsong hillside vineyard kingdom covenant"
)
#: Words between a town and its team word ("werribee districts fc", "cork city fc").
_TEAM_MIDDLE = word_set("districts district junior juniors youth city town united")
#: Age levels after a team's name ("brampton blazers peewee").
_AGE_LEVELS = word_set("peewee bantam midget atom novice juniors youth academy minis")
#: Titles before the teacher a dance or music school is named after ("miss priya's school of dance").
_TEACHERS = word_set("miss mrs ms mr madame mme sir")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: Temples, gurdwaras and mosques by the word of their faith: any one word before it is its name.
_TEMPLES = word_set("mandir gurdwara gurudwara masjid")


def local_groups(text: str, lex: Lexicon) -> Iterator[Cand]:
    """ORG candidates: clubs, groups and places of worship with their names, a parent's workplace."""
    words = wl.text_words(text)
    lows = [w for _s, _e, w in words]
    famous: list[tuple[int, int, int, int]] | None = None
    for i, j, _s, e in wl.find("club_suffix", words):
        famous = wl.find("famous", words) if famous is None else famous
        if any(m[0] <= i and j < m[1] for m in famous):
            continue  # "gonna play fc 26": the suffix starts a famous name (EA's game), no club's
        # "grace fellowship", "hope church": a church's name is often a virtue or a Bible word alone
        named_church = i > 0 and lows[i] in _WORSHIP and lows[i - 1] in _CHURCH_NAMES
        # "shiv mandir", "central gurdwara": a temple's one word of name is a god's or an everyday word;
        # Hindi and Punjabi words before it ("gaon ka mandir") are the sentence
        temple = j - i == 1 and lows[i] in _TEMPLES
        strong = j - i > 1 or lows[i] in _STRONG_SINGLE or named_church or temple
        start = _name_before(
            text, words, lows, i, lex, strong=strong, stop=wl.entries("filler_words") if temple else frozenset()
        )
        if temple and start == i - 1 and lows[start] == "main" and (start == 0 or lows[start - 1] != "the"):
            continue  # Hindi "main gurdwara ja rahi": "I", not "the main gurdwara"
        if named_church and start == i - 1 and i > 1 and lows[i - 2] == "new" and adjoining(text, words, i - 2):
            start = i - 2  # "new hope baptist", "new life church": "new" is part of the name
        if start is not None and lows[i] == "tuition" and j - i == 1 and lows[i - 1] in wl.entries("filler_words"):
            continue  # "hindi tuition", "maths tuition": a subject's lessons ("tamil sangam" is a group)
        if start is not None:
            end = e
            if (
                j < len(words)
                and adjoining(text, words, j - 1)
                and _unusual(lows[j], lex)
                and lows[j] not in wl.entries("filler_words")  # "aakash tuition wale sir": Hindi "the ones of"
            ):
                end = words[j][1]  # "tigers dojo westgate": the branch's town
            yield words[start][0], end, Kind.ORG, 0.75, 2.5
    for i, j, s, e in wl.find("club_prefix", words):
        # "mandir mein aarti thi": the Hindi or Punjabi words after a temple's word are the sentence
        k = _name_after(text, words, lows, j, stop=wl.entries("filler_words"))
        if k > j and _named(text, words, lows, j, k, lex, few=1):
            yield s, words[k - 1][1], Kind.ORG, 0.75, 2.5  # "masjid al noor"
        elif j - i > 1:
            yield s, e, Kind.ORG, 0.75, 2.5  # "first baptist"
    yield from _town_teams(text, words, lows)
    if "st" in lows:
        yield from _saint_clubs(text, words, lows, lex)
    if "at" in lows:
        yield from _programs_at(text, words, lows)
    if "on" in lows:
        yield from _worship_on_street(text, words, lows, lex)
    yield from _styled_clubs(text, words, lows)
    if "#" in text:
        yield from _tag_clubs(text, lex)
        yield from _initials_tags(text, words, lows)
    for _i, j, _s, _e in wl.find("workplace_cues", words):
        if j < len(words) and lows[j] in ("at", "in", "for") and lows[j - 1] == "work":
            j += 1  # "my dads work at kroger": "dads work" took the "work" of "work at"
        cue_end = j
        if j < len(words) and lows[j] == "the" and adjoining(text, words, j):
            j += 1  # "works at the royal infirmary"
        k = _name_after(text, words, lows, j)
        # "... for my mums work": the cue may end the post, no word after it to look up
        nickname = wl.longest_at("workplace_names", lows, j) if j < len(words) else 0
        if nickname:  # "a nurse at sick kids": a children's hospital by its nickname, everyday words
            yield words[j][0], words[j + nickname - 1][1], Kind.ORG, 0.75, 2.5
            continue
        name = " ".join(lows[j:k])
        if lows[cue_end - 1] == "in" and (name in wl.entries("towns") or name in wl.entries("places")):
            continue  # "works in leeds": a place
        if k > j and (_named(text, words, lows, j, k, lex, few=1) or name in wl.entries("famous")):
            # a chain's branch names where the parent is ("works at spar"); the town after it
            # ("fonterra in edendale") is a LOCATION of its own
            yield words[j][0], words[k - 1][1], Kind.ORG, 0.75, 2.5


def _town_teams(text: str, words: list[wl.Word], lows: list[str]) -> Iterator[Cand]:
    """A local team named after its town or suburb: "ringwood hawks", "werribee tigers",
    "brampton blazers peewee" (a town of the lists, a team word, maybe an age level); a town's club
    by its sport before what its members do ("taupo rugby training", "nanaimo ringette tryouts")."""
    sports = wl.entries("school_sports")
    if TEAM_WORDS.isdisjoint(lows) and (sports.isdisjoint(lows) or _CLUB_DOINGS.isdisjoint(lows)):
        return  # no team word, no team: the towns are not looked up at every word
    for j in range(len(words) - 1):
        n = max(wl.longest_at("places", lows, j), longest_town(lows, j)) if lows[j].isalpha() else 0
        k = j + n
        while n and k < len(words) and lows[k] in _TEAM_MIDDLE and adjoining(text, words, k - 1):
            k += 1
        if n and k < len(words) and lows[k] in TEAM_WORDS and adjoining(text, words, k - 1):
            end = k + 2 if k + 1 < len(words) and lows[k + 1] in _AGE_LEVELS and adjoining(text, words, k) else k + 1
            yield words[j][0], words[end - 1][1], Kind.ORG, 0.75, 2.5
        elif n and k + 1 < len(words) and lows[k] in sports and lows[k + 1] in _CLUB_DOINGS:
            # not a county's side ("cork hurling team") nor a place the child is at ("in dunedin rugby training")
            placed = j > 0 and lows[j - 1] in _PLACE_WORDS
            if adjoining(text, words, k - 1) and adjoining(text, words, k) and not placed and lows[j] not in COUNTIES:
                yield words[j][0], words[k][1], Kind.ORG, 0.75, 2.5


#: Children's sport and youth programmes a town's centre runs under one name ("auskick", "nippers"): the
#: programme at a town is that centre, its club.
_PROGRAMS = word_set("auskick nippers scouts cubs joeys brownies guides beavers keas rainbows")
_PROGRAM_PAIRS = frozenset({("little", "athletics"), ("little", "aths")})


def _programs_at(text: str, words: list[wl.Word], lows: list[str]) -> Iterator[Cand]:
    """A programme's centre by its town: "auskick at <town>", "little athletics at <town> oval" (a town or
    venue of the lists, maybe a venue word after it)."""
    for k in range(1, len(words) - 1):
        if lows[k] != "at" or not adjoining(text, words, k - 1) or not adjoining(text, words, k):
            continue
        pair = k > 1 and (lows[k - 2], lows[k - 1]) in _PROGRAM_PAIRS and adjoining(text, words, k - 2)
        if not (pair or lows[k - 1] in _PROGRAMS):
            continue
        n = max(wl.longest_at("places", lows, k + 1), longest_town(lows, k + 1))
        if not n:
            continue
        end = k + n
        if end + 1 < len(words) and lows[end + 1] in wl.entries("place_suffix") and adjoining(text, words, end):
            end += 1  # "at <town> oval"
        yield words[k - 2 if pair else k - 1][0], words[end][1], Kind.ORG, 0.75, 2.5


#: Places of worship a post may name by their street ("the masjid on <street>", "the kingdom hall on <road>").
_WORSHIP_PLACES = word_set("masjid mosque mandir gurdwara gurudwara temple church chapel synagogue shul")


def _worship_on_street(text: str, words: list[wl.Word], lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """A place of worship by its street: "the <masjid> on <a town or venue of the lists>", "... on <one or two
    words> <street word>" ("road", "st") or "... on <a word that is no everyday word nor given name>" (a
    street known by its name alone): the congregation the family goes to, an ORG."""
    for k in range(2, len(words) - 1):
        if lows[k] != "on" or not adjoining(text, words, k - 1) or not adjoining(text, words, k):
            continue
        hall = k > 2 and lows[k - 2 : k] == ["kingdom", "hall"]
        first = k - 2 if hall else k - 1
        if not (hall or lows[k - 1] in _WORSHIP_PLACES) or lows[first - 1] != "the":
            continue
        end = k + max(wl.longest_at("places", lows, k + 1), longest_town(lows, k + 1), int(_unusual(lows[k + 1], lex)))
        for x in range(k + 1, min(k + 3, len(words) - 1)):
            if lows[x + 1] in STREET_SUFFIXES and all(adjoining(text, words, y) for y in range(k, x + 1)):
                end = max(end, x + 1)
                break
        if end > k:
            yield words[first - 1][0], words[end][1], Kind.ORG, 0.75, 2.5


def _saint_clubs(text: str, words: list[wl.Word], lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """An Irish club named by its parish's town and its saint: "<town> st <saint>s" (a saint of the lists, or a
    word that is no everyday word ending in "s"), as many GAA clubs are; a street is "<town> st" alone."""
    for k in range(1, len(words) - 1):
        saint = lows[k + 1]
        if lows[k] != "st" or text[words[k][1] : words[k + 1][0]].strip() not in ("", "."):
            continue
        if not (saint in wl.entries("school_saints") or (saint.endswith("s") and _unusual(saint, lex))):
            continue
        for j in range(max(0, k - 3), k):
            n = longest_town(lows, j)
            if n and j + n == k and adjoining(text, words, k - 1):
                yield words[j][0], words[k + 1][1], Kind.ORG, 0.75, 2.5
                break


#: A hashtag run together of a name and a club word ("#bouncepeakgymnastics", "#harbourviewswimclub"), maybe
#: after a scout group's number ("#3rdelmwoodscouts").
_HASHTAG = re.compile(r"(?<![\w#])#(?P<ord>\d{1,2}(?:st|nd|rd|th))?(?P<body>[^\W\d_]{6,40})(?![\w])")
#: Tag openings of a fan's or a learner's cheer or of a sport's big stage, not a club's name ("#ilovegymnastics",
#: "#teamkarate", "#olympicgymnastics").
_CHEER_OPENINGS = tuple(word_set("ilove iluv love luv my we our go team the best just pure fun olympic world national"))
#: Short team and club words a tag may end with after a town or a saint ("#westdalewolves", "#stfinbarsgaa"):
#: too short to make a club of any name, so the name must be a town of the lists, a saint's, or follow a number.
_TAG_TEAM_HEADS = (TEAM_WORDS - word_set("fc afc")) | word_set(
    "gaa gaels gfc scouts cubs guides beavers brownies nippers slsc auskick harriers"
)


def _tag_clubs(text: str, lex: Lexicon) -> Iterator[Cand]:
    """A club's name run together with its club word in a hashtag: a club word of eight letters or more after
    a name of four letters or more (short ones, "fc", "club", are too often a famous team's or a word's end),
    the name no everyday, famous or country's word; or a short team word after a town of the lists, "st" and a
    saint, or a scout group's number ("#westdalewolves", "#stfinbarsgaa", "#2ndkilbrackscouts")."""
    heads = sorted((e.replace(" ", "") for e in wl.entries("club_suffix") if len(e.replace(" ", "")) >= 8), key=len)
    for m in _HASHTAG.finditer(text):
        body = m.group("body").lower()
        head = next((h for h in reversed(heads) if body.endswith(h) and len(body) - len(h) >= 4), None)
        if head is not None and len(body) >= 10 and not m.group("ord"):
            name = body[: -len(head)]
            if not (_known(name) or common(name, lex) or name.startswith(_CHEER_OPENINGS)):
                yield m.start("body"), m.end("body"), Kind.ORG, 0.7, 2.5
        elif _town_team_tag(body, bool(m.group("ord")), lex):
            yield m.start("ord") if m.group("ord") else m.start("body"), m.end("body"), Kind.ORG, 0.7, 2.5


#: A hashtag of letters only that may spell a club's initials ("#tvstorm", "#rhac").
_LETTER_TAG = re.compile(r"(?<![\w#])#(?P<body>[^\W\d_]{3,24})(?![\w])")


def _initials_tags(text: str, words: list[wl.Word], lows: list[str]) -> Iterator[Cand]:
    """A tag of a club's initials whose name the post writes in full: the initials of two words or more
    and a later word of the name ("tri-valley storm ... #tvstorm"), or the initials of three words or more
    with a club or team word among them ("riverbend harriers athletics club ... #rhac")."""
    for m in _LETTER_TAG.finditer(text):
        body = m.group("body").lower()
        for i in range(len(words)):
            if not lows[i].startswith(body[0]) or text[words[i][0] - 1 : words[i][0]] == "#":
                continue
            if _spells_initials(text, words, lows, i, body):
                yield m.start("body"), m.end("body"), Kind.ORG, 0.7, 2.5
                break


def _spells_initials(text: str, words: list[wl.Word], lows: list[str], i: int, body: str) -> bool:
    """``body`` spells the initials of words from ``i`` (joined by spaces or a hyphen) and then the whole of one
    of the next three words, or is the initials of a club's three words or more."""
    n = 0  # words whose initials the tag spells
    while i + n < len(words) and n < len(body) and _initial(lows[i + n], body[n]):
        n += 1
        rest = body[n:]
        if n >= 2 and not rest:
            return n >= 3 and any(w in TEAM_WORDS or group_word(w) for w in lows[i : i + n])
        if n >= 2 and len(rest) >= 4 and rest not in wl.entries("filler_words"):
            for x in range(i + n, min(i + n + 3, len(words))):
                if lows[x] == rest and all(_joined(text, words, y) for y in range(i + n - 1, x)):
                    return True
        if not _joined(text, words, i + n - 1):
            break
    return False


def _initial(word: str, letter: str) -> bool:
    """``word`` is a name's word that starts with ``letter`` (no "the", "my", "and" of the sentence)."""
    return word.isalpha() and word[0] == letter and word not in NOT_NAME


def _joined(text: str, words: list[wl.Word], i: int) -> bool:
    """Word ``i`` and the next are parts of one name: spaces or a hyphen between them, on one line."""
    gap = text[words[i][1] : words[i + 1][0]] if i + 1 < len(words) else "x"
    return gap.strip() in ("", "-") and "\n" not in gap


def _town_team_tag(body: str, numbered: bool, lex: Lexicon) -> bool:
    """``body`` is a town's, a saint's or a numbered group's name and a short team word, no famous team's."""
    for head in _TAG_TEAM_HEADS:
        name = body.removesuffix(head)
        if name == body or len(name) < 4 or _known(name) or body in _famous_run_together():
            continue
        saint = name.startswith("st") and name[2:] in wl.entries("school_saints")
        town = (name in wl.entries("towns") or name in wl.entries("places")) and not common(name, lex)
        if saint or town or (numbered and not common(name, lex)):
            return True
    return False


def _known(name: str) -> bool:
    """A famous name, a country or a world city ("#miamidolphins" is no local team)."""
    return name in wl.entries("famous") or name in wl.entries("countries") or name in wl.entries("world_cities")


@cache
def _famous_run_together() -> frozenset[str]:
    """Famous names written without their spaces ("penrithpanthers")."""
    return frozenset(e.replace(" ", "") for e in wl.entries("famous"))


#: What a town's club does, after the town and its sport ("taupo rugby training"); a town's sport alone
#: ("leeds netball is fun") may be the sport played there.
_CLUB_DOINGS = word_set("trials tryouts training trainings practice prac squad club team rego registration")
_PLACE_WORDS = word_set("in at from near to")
#: Club words between a style and its branch's town ("karate do federation pune").
_STYLE_MIDDLE = word_set("academy federation association club studio studios school dojo")


def _styled_clubs(text: str, words: list[wl.Word], lows: list[str]) -> Iterator[Cand]:
    """A martial-arts or dance club, or an arts chain's branch, named by its style and town:
    "tkd parramatta", "zen do kai penrith", "karate do federation pune" (``club_styles``, maybe
    a club word, then a town or venue of the lists)."""
    for _i, j, s, _e in wl.find("club_styles", words):
        k = j
        while k < len(words) and k - j < 2 and lows[k] in _STYLE_MIDDLE and adjoining(text, words, k - 1):
            k += 1
        if k >= len(words) or not adjoining(text, words, k - 1):
            continue
        n = max(wl.longest_at("places", lows, k), longest_town(lows, k))
        if n:
            yield s, words[k + n - 1][1], Kind.ORG, 0.75, 2.5


def group_word(word: str) -> bool:
    """A club or worship word by itself ("masjid", "gurdwara", "scouts")."""
    return word in wl.entries("club_suffix") or word in wl.entries("club_prefix")


def only_group_words(span: str) -> bool:
    """Club and worship words only ("masjid", "church youth group"): no one's name, no club's."""
    words = wl.text_words(span)
    covered = sum(j - i for i, j, _s, _e in wl.find("club_suffix", words))
    return (bool(words) and covered == len(words)) or (len(words) == 1 and group_word(words[0][2]))


def _named(text: str, words: list[wl.Word], lows: list[str], j: int, k: int, lex: Lexicon, *, few: int) -> bool:
    """Words ``j:k`` make a name: ``few`` words or more, or one unusual or capitalised word."""
    return k - j > few or any(_unusual(w, lex) or _capital(text, words[x]) for x, w in enumerate(lows[j:k], j))


def _name_before(
    text: str, words: list[wl.Word], lows: list[str], i: int, lex: Lexicon, *, strong: bool, stop: frozenset[str]
) -> int | None:
    """First word of the one to three name words before the club word at ``i``, or None. Another
    club word may be inside the name ("lightning gymnastics academy") but is no name by itself
    ("church youth group")."""
    j = i
    ordinal = False
    while j > 0 and i - j < 3 and adjoining(text, words, j - 1):
        w = lows[j - 1]
        if w in _CITY_WORDS and j > 1 and _name_word(lows[j - 2]) and adjoining(text, words, j - 2):
            j -= 2  # "royal city skating club", "cork city fc": "city" is no name alone, but is part of one
            continue
        if _ORDINAL.fullmatch(w):
            j -= 1
            ordinal = True
            break
        if not _bare(w).isalpha() or w in NOT_NAME or w in stop or _doing(w, lex):
            break
        j -= 1
        if _bare(w) != w:  # "miss priya's school of dance": the teacher's name, and her title
            if j > 0 and lows[j - 1] in _TEACHERS and adjoining(text, words, j - 1):
                j -= 1
            break
    while j < i and group_word(lows[j]):
        j += 1
    if j == i:
        return None
    names = lows[j:i]
    if (
        ordinal
        or strong
        or len(names) > 1
        or any(_unusual(w, lex) or _capital(text, words[x]) for x, w in enumerate(names, j))
    ):
        return j
    return None


#: Words of a club's name that name nothing alone ("the city swim club").
_CITY_WORDS = word_set("city town")


def _name_word(word: str) -> bool:
    """A word that may be a name's (letters, no stop, generic or time word)."""
    return word.isalpha() and word not in NOT_NAME


def _doing(word: str, lex: Lexicon) -> bool:
    """A verb in "-ing" that is only an everyday word ("doing", "joining"): the sentence, not the name."""
    info = lex.words.get(word)
    return word.endswith("ing") and info is not None and info[0] == WORD


def _bare(word: str) -> str:
    """The word without its possessive ("priya's" -> "priya")."""
    return word.removesuffix("'s").removesuffix("’s")


def _name_after(
    text: str, words: list[wl.Word], lows: list[str], j: int, limit: int = 3, stop: frozenset[str] = frozenset()
) -> int:
    """End (exclusive) of the name words from ``j`` (``j`` itself when there are none), up to a word of ``stop``."""
    k = j
    while (
        k < len(words)
        and k - j < limit
        and (k == j or adjoining(text, words, k - 1) or _article(text, words, lows, k - 1))
    ):
        w = lows[k]
        glued = k > 0 and text[words[k - 1][1] : words[k][0]] == "-"  # "masjid-e-noor": Urdu's "of", no filler
        if w in NOT_NAME or (w in stop and not glued) or not (_gaelic(w).isalpha() or w in ("st",)):
            break
        k += 1
    return k


def _gaelic(word: str) -> str:
    """An Irish surname without its "O'" ("o'faolain" -> "faolain"): a family's business is
    often named so ("o'connors pharmacy", "o'neills hardware")."""
    for prefix in ("o'", "o’"):
        if word.startswith(prefix) and len(word) > 4:
            return word[2:]
    return word


def _article(text: str, words: list[wl.Word], lows: list[str], i: int) -> bool:
    """Word ``i`` is an Arabic article glued to the next by a hyphen ("masjid al-huda", "ar-rahman")."""
    return lows[i] in _ARABIC_ARTICLES and text[words[i][1] : words[i + 1][0]] == "-"


#: Arabic articles as a mosque's or an academy's name writes them ("al-", "ar-", "an-", "as-"), and Urdu's
#: "of" between a mosque's word and its name ("masjid-e-noor").
_ARABIC_ARTICLES = frozenset({"al", "ar", "an", "as", "ash", "ad", "at", "az", "el", "ul", "un", "e"})


def _unusual(word: str, lex: Lexicon) -> bool:
    """No everyday word and no given name ("fonterra", "hillsong", "westgate")."""
    word = _gaelic(word)
    info = lex.words.get(word)
    return word.isalpha() and len(word) > 2 and word not in NOT_NAME and (info is None or not info[0] & (WORD | FIRST))


def _capital(text: str, word: wl.Word) -> bool:
    written = text[word[0] : word[1]]
    return written[:1].isupper() and not written.isupper()
