"""Local places of the eight regions (issue 10, family 6), read from
the word lists of :mod:`leakscan.lexicon` for :mod:`~leakscan.scanners.ner`:

* **places** — a town or suburb (``towns``, built from GeoNames) right after a place word:
  "moved to kelowna", "back in brum". Only after a place word, so "in a minute", "at lunch" or
  "in fortnite" are never read, and a town that is also an everyday word or a given name is not
  in the lists at all. A mall, venue, beach, neighbourhood or city nickname of the hand-written
  ``places`` lists is a place wherever it stands ("welly wind is crazy", "menlyn movies"), except
  in a post about the famous or after a title ("mr menlyn");
* **letters spaced out** — "l e e d s", "p e r t h": the letters joined make a known place;
* **streets, sectors, bios and shout-outs** — a shop's street ("at kroger on elm"), a numbered
  sector, a town field of a profile line, a home turf shouted out ("skeggy massive represent").

The clubs, groups and workplaces named after these places are :mod:`~leakscan.scanners.ner_groups`'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import takewhile

from .. import lexicon as wl
from ..findings import Kind
from ..truecase import FIRST, LAST, MAJOR, PLACE, WORD, Lexicon
from .address_words import STOP
from .base import words as word_set
from .ner_sides import COUNTIES
from .ner_words import (
    CALENDAR,
    GENERIC_MODIFIERS,
    JUNK,
    MONTHS,
    PLACE_SCORE,
    STREET_SUFFIXES,
    TITLES,
    WEAK_TITLES,
    Cand,
    unheard,
)

#: Words right before a place ("at", "to", "moved to" ends in "to", "shifted to", "down the rec",
#: "going bluewater").
_PLACE_WORDS = word_set(
    "in at to from near into round around outside visiting visit visited towards toward past via down up leave leaving left"
    " going goin heading di ke"  # Malay and Indonesian "di" (at), "ke" (to), before a town of the lists
)
#: Tagalog "here": "dito sa <town>" (here in), where "sa" alone is too often no place's word.
_HERE_TL = word_set("dito andito nandito")
#: Words after a town that say the child's people or way are there: "papakura gang", "bankstown
#: boys represent", "woy woy kids wya"; Hindi and Afrikaans postpositions ("kothrud mein",
#: "hartbeespoort toe"), Nepali "went" ("pokhara gako").
_PLACE_AFTER = word_set(
    "gang crew represent repping kids lads boys girls massive mandem wya mein me toe se wale wala waale"
    # Nepali "went (to)" after the place ("pokhara gako hijo")
    " gako gayeko"
)
#: Sports and team words after "<town> girls/boys": a team, not the town's kids.
_SPORTS = word_set(
    "hockey soccer football footy rugby netball basketball cricket team club softball baseball volleyball lacrosse"
)
#: Venues of the lists whose names are sayings or words too ("back to square one", "what timezone"): a
#: place only right after a place word, and not after "back to" or "from" nor before "again" ("going to
#: square one after school").
_SAYINGS = frozenset({"square one", "the banner", "timezone"})  # "the banner at school says welcome": a banner
#: Words a child puts between the place word and the town ("in sunny bournemouth").
PLACE_ADJECTIVES = word_set("sunny rainy windy cold freezing hot boring beautiful lovely good old little")
#: Words of time: never part of a club's or a workplace's name ("gurdwara today", "works at night").
_TIME = word_set(
    """today tonight tomorrow tmrw tmr yesterday later now soon morning mornings evening evenings
    night nights weekend weekends week day days arvo afternoon noon midnight early late after
    before sunday sundays monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays
    friday fridays saturday saturdays
    vanoggend vanaand vanmiddag vandag gister"""  # Afrikaans: this morning, tonight, this afternoon, today, yesterday
)
#: Words of time, for the model's spans (ner_trim).
TIME_WORDS = _TIME
#: What a club's or a workplace's name never holds.
NOT_NAME = STOP | _TIME | GENERIC_MODIFIERS | MONTHS | word_set("home work school class there here best fav")
#: Most words in a listed town's name ("palmerston north", "st kilda east").
_TOWN_WORDS = 4
#: Letters spaced out: "l e e d s", "h y d" (three letters or more).
_SPACED = re.compile(
    r"(?<![\w.-])[a-z](?:(?P<sep>[ ]{1,2}|[.-])[a-z](?:(?P=sep)[a-z]){1,24})\.?(?![\w-])", re.IGNORECASE
)
#: A home turf's shout after its name: "(gang|kids...) where u at", "represent", "stand up".
_SHOUT = re.compile(
    r"\s{1,3}(?:(?:gang|crew|kids|lads|girls|boys|gyals|massive|mandem|fam|peeps|squad|side)\s{1,3})?"
    # "ye", "yez", "yous", "youse": the plural "you" of Irish, Scottish, Australian children ("where ye at")
    r"(?:where\s{1,3}(?:u|ya|you|yall|y'all|ye|yez|yiz|yous|youse)\s{1,3}(?:at|@)|wya|represent|repping|stand\s{1,3}up)\b",
    re.IGNORECASE,
)
#: A mall named "of" a region or a country, a form of shopping centres' names the world over
#: ("mall of the north", "mall of <country>"): where the child is, though its name is no town's.
_MALL_OF = re.compile(
    r"(?<![\w-])mall[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(?P<name>[^\W\d_]{3,20})(?![\w'’-])", re.IGNORECASE
)
#: A Turkish place with its case ending after an apostrophe, which Turkish writes only after a proper
#: name: "at" ('de/'da/'te/'ta) or "from" ('den/'dan/'ten/'tan): "bodrum'da", "izmir'den". A given name
#: so inflected ("at <friend>'s") is left to the name scanners.
_TR_PLACE_CASE = re.compile(r"(?<![\w'’])(?P<name>[^\W\d_]{3,20})['’](?:d|t)(?:e|a)n?(?![\w'’])")
#: Words after "mall of" in a saying, not a mall's name ("biggest mall of the world"; "of my dreams" is
#: left by "my").
_MALL_NOT = word_set(
    "dreams dream doom shame fame all everything horror horrors death year month decade century world planet"
)
#: A hashtag of a city's code, digits allowed: "#the6ix", "#atx".
_TAG_CODE = re.compile(r"(?<![\w#])#(?P<body>[^\W_]{2,12})(?![\w])")
#: A hashtag: "#cronulla" (the tag's body is looked up as a whole).
_HASHTAG = re.compile(r"(?<![\w#])#(?P<body>[^\W\d_]{4,30}(?:4(?:life|lyf|lyfe|ever|eva))?)(?![\w])")


def saying_at(lows: list[str], i: int, j: int) -> bool:
    """``lows[i:j]`` is a venue of the lists that is a saying too ("square one"), said as the saying
    there: not right after a place word, or after "from" or "back to", or before "again"."""
    if " ".join(lows[i:j]) not in _SAYINGS:
        return False
    prev = lows[i - 1] if i else ""
    back = i > 1 and lows[i - 2] == "back"
    return prev not in _PLACE_WORDS or prev == "from" or back or (j < len(lows) and lows[j] == "again")


def local_places(text: str, lex: Lexicon) -> Iterator[Cand]:
    """LOCATION candidates: a listed town, venue or nickname after a place word; a known place
    spelled with its letters apart."""
    words = wl.text_words(text)
    lows = [w for _s, _e, w in words]
    for i in range(len(words) - 1):
        here = lows[i] == "sa" and i > 0 and lows[i - 1] in _HERE_TL
        if (lows[i] not in _PLACE_WORDS and not here) or not adjoining(text, words, i):
            continue
        j = i + 1
        if lows[j] in PLACE_ADJECTIVES and adjoining(text, words, j):
            j += 1
        if j < len(words) and lows[j - 1] == "little" and j == i + 2 and _homeland(lows[j], lex):
            yield words[j - 1][0], words[j][1], Kind.LOCATION, 0.8, 2  # "in little hanoi": a neighbourhood
            continue
        n = max(wl.longest_at("places", lows, j), longest_town(lows, j))
        again = j + n < len(lows) and lows[j + n] == "again"
        if (
            n
            and " ".join(lows[j : j + n]) in _SAYINGS
            and (lows[i] == "from" or (i and lows[i - 1] == "back") or again)
        ):
            continue  # "back to square one", "start from square one", "at square one again"
        if n:
            yield words[j][0], words[j + n - 1][1], Kind.LOCATION, 0.8, 2
    # "papakura gang", "bankstown boys represent", "kothrud mein", "hartbeespoort toe": a town of
    # the lists before a word that says the child's people or way are there
    for j in range(len(words) - 1):
        if (
            lows[j + 1] in _PLACE_AFTER
            and adjoining(text, words, j)
            and (j == 0 or lows[j - 1] not in _PLACE_WORDS)
            and (j + 2 >= len(words) or lows[j + 2] not in _SPORTS)  # "kanata girls hockey" is a team
        ):
            k = j
            while k > 0 and j - k < _TOWN_WORDS - 1 and adjoining(text, words, k - 1) and lows[k - 1].isalpha():
                k -= 1  # the town's first word: "woy woy", "bondi junction"
            for i in range(k, j + 1):
                town = " ".join(lows[i : j + 1])
                if (
                    longest_town(lows, i) == j + 1 - i
                    and lows[i] not in wl.entries("first_names")
                    and town not in wl.entries("filler_words")  # "<lunchbox word> mein": a lunchbox, no town
                ):
                    yield words[i][0], words[j][1], Kind.LOCATION, 0.75, 2
                    break
    # A venue, suburb or nickname of the hand-written lists is local wherever it stands ("welly
    # wind is crazy", "menlyn movies tonight") -- unless the post speaks of the famous ("eagles
    # won the super bowl!! philly stand up"): a fan names a team's town, not where they are.
    places = wl.find("places", words)
    if places and not wl.find("famous", words):
        for i, j, s, e in places:
            if " ".join(lows[i:j]) in _SAYINGS:
                continue  # a saying too: only after a place word (above)
            if i == 0 or (lows[i - 1] not in TITLES and lows[i - 1] not in WEAK_TITLES):  # "ms henderson" is a teacher
                yield s, e, Kind.LOCATION, 0.8, 2
    if " " in text or "." in text or "-" in text:
        for m in _SPACED.finditer(text):
            end = m.end() - (m.group().endswith(".") and m.group("sep") != ".")
            joined = re.sub(r"[ .-]", "", m.group()).lower()
            shout = _SHOUT.match(text, end) is not None
            start = m.start()
            if joined[:1] == "x" and m.group("sep").isspace() and not _known_place(joined, lex):
                # "11 x l e e d s": a bio's "x" (a kiss) before the place
                joined, start = joined[1:], m.start() + 1 + len(m.group("sep"))
            if (
                len(joined) > 4
                and joined[-1] in "ia"
                and not _known_place(joined, lex)
                and _known_place(joined[:-1], lex)
            ):
                # "from p e r t h i love it": the word "i" (or "a") after the place ran on
                joined, end = joined[:-1], end - 1 - len(m.group("sep"))
            # "c o r k": a city, though a word too; a country spelled out finds no one ("i n d i a")
            major = bool(lex.words.get(joined, (0,))[0] & MAJOR) and joined not in wl.entries("countries")
            if (
                _known_place(joined, lex)
                or major
                or _spelled_after_prep(text, start, joined, lex)
                or joined in wl.entries("place_codes")
                or (shout and _nickname(joined, lex))
            ):
                yield start, end, Kind.LOCATION, 0.8, 2  # "l e e d s", "h y d", "s k e g g y represent"
    if "#" in text:
        for m in _HASHTAG.finditer(text):
            if _tag_place(m.group("body").lower(), lex):
                yield m.start("body"), m.end("body"), Kind.LOCATION, 0.75, 2
        for m in _TAG_CODE.finditer(text):
            if m.group("body").lower() in wl.entries("place_codes"):
                yield m.start("body"), m.end("body"), Kind.LOCATION, 0.75, 2  # "#the6ix", "#htx"
    if "sector" in text.lower():
        for m in _SECTOR.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            # only where it opens a phrase ("momos at sector 15", "? sector 15 park at 5"): after a name it is
            # part of a school's, a temple's or a town's name ("model school sector 16", "salt lake sector 5")
            if before is None or before.group(1).lower() in STOP or _SECTOR_SPOT.match(text, m.end()):
                yield m.start(), m.end(), Kind.LOCATION, 0.75, 2
    yield from _shouted(text, words, lows, lex)
    yield from _town_today(text, words, lows, lex)
    if _LIVE_GATE.search(text):
        for m in _LIVE_IN_WORLD.finditer(text):
            group = m.lastgroup or ""
            place = m.group(group).lower().split()
            if not all(not _everyday_word(w, lex) and w not in JUNK for w in place[:1]):
                continue
            if all(not _everyday_word(w, lex) and w not in JUNK for w in place):
                yield m.start(group), m.end(group), Kind.LOCATION, 0.75, 2
            else:  # "abito a mestre con la nonna": the place, then a word of the sentence
                yield m.start(group), m.start(group) + len(m.group(group).split()[0]), Kind.LOCATION, 0.75, 2
    if _FIELD_SEP.search(text):
        yield from _bio_towns(text)
    if " on " in text:
        yield from _branch_streets(text, words, lows, lex)
    if "'" in text or "’" in text:
        for m in _TR_PLACE_CASE.finditer(text):
            name = m.group("name").lower()
            if not _everyday_word(name, lex) and name not in wl.entries("first_names") and name not in JUNK:
                yield m.start("name"), m.end("name"), Kind.LOCATION, 0.75, 2
    if "the" in text.lower():
        yield from _landmarks(text)
    if _ROMANCE_GATE.search(text):
        yield from _romance_places(text)
    if "mall" in text.lower():
        for m in _MALL_OF.finditer(text):
            if m.group("name").lower() not in NOT_NAME | _MALL_NOT:
                yield m.start(), m.end("name"), Kind.LOCATION, 0.8, 2


#: "I live in X" of the regions' languages, X any place, listed or not: Bengali "ami X te thaki", Hindi/Urdu
#: "main X mein rehta hoon", Swahili "naishi X", Tagalog "nakatira ako sa X", Polish "mieszkam w X", Italian
#: "abito a X".
_PLACE_NAME = r"[^\W\d_]{3,20}(?:\s[^\W\d_]{3,20})?"
_LIVE_IN_WORLD = re.compile(
    rf"(?<![\w'’])(?:ami|amra)\s{{1,3}}(?P<bn>{_PLACE_NAME})-?\s{{0,2}}(?:te|e|y)\s{{1,3}}thak(?:i|e|tam)(?![\w'’])"
    rf"|(?<![\w'’])(?:main|mai|hum)\s{{1,3}}(?P<hi>{_PLACE_NAME})\s{{1,3}}(?:mein|me|mai)\s{{1,3}}(?:reh|rah)(?:ta|ti|te)(?![\w'’])"
    rf"|(?<![\w'’])(?:naishi|ninaishi|tunaishi|anaishi)\s{{1,3}}(?P<sw>[^\W\d_]{{3,20}})(?![\w'’])"
    rf"|(?<![\w'’])nakatira\s{{1,3}}(?:ako|kami)\s{{1,3}}sa\s{{1,3}}(?P<tl>{_PLACE_NAME})(?![\w'’])"
    # Polish "mieszkam w X" (I live in X), Italian "abito a X" (their "in" is no English word)
    rf"|(?<![\w'’])mieszka(?:m|my)?\s{{1,3}}we?\s{{1,3}}(?P<pl>{_PLACE_NAME})(?![\w'’])"
    rf"|(?<![\w'’])abit(?:o|iamo)\s{{1,3}}(?:a|ad|in)\s{{1,3}}(?P<it>{_PLACE_NAME})(?![\w'’])",
    re.IGNORECASE,
)
_LIVE_GATE = re.compile(r"thak|reh|rah|naishi|nakatira|mieszka|abit", re.IGNORECASE)


#: "The" and a landmark every town has one of, right after a word of going, meeting or living
#: ("meet at the square", "down the bay after school", "moved to the heights", "by the spire"), then
#: the end, a mark, a town or a word of time or company: the local one, the child's. Not "to the point",
#: "the base of", "in the square" (a sum): "in" only after a word of living.
_LANDMARK = re.compile(
    r"(?<![\w'’])(?:(?P<go>at|to|by|near|down|from|outside|round|around|past|behind)|(?:live|lives|living|lived|moved"
    r"|grew\s{1,3}up)\s{1,3}in)\s{1,3}(?P<place>the\s{1,3}(?P<noun>square|junction|glen|domain|heights|annex"
    r"|liberties|esplanade|boardwalk|shire|civic|spire|base|point|bay|plaza|crescent|strand|quays))"
    r"(?=\s{0,3}(?:$|[.,!?)]|[^\x00-\x7f])|\s{1,3}(?:in|on|at|after|before|for|with|and|n|today|tonight|tmrw|tomorrow"
    r"|rn|later|lol|saturday|sunday|friday|sat|sun|fri|this|every|its|it's|is|was|right|near|next|close|across"
    r"|so|but|bc|now|last|because)(?![\w'’]))",  # "skating down the esplanade so we ...", "... last year"
    re.IGNORECASE,
)


def _landmarks(text: str) -> Iterator[Cand]:
    """A landmark every town has one of, said as the local one (:data:`_LANDMARK`)."""
    for m in _LANDMARK.finditer(text):
        if (m.group("go") or "").lower() == "to" and m.group("noun").lower() == "point":
            continue  # "get to the point"
        yield m.start("place"), m.end("place"), Kind.LOCATION, 0.75, 2


#: A park, square, beach or mall of Spanish, French, Portuguese or Italian, maybe "de"/"del"/"da"... and
#: an article, then its name of one or two words ("parque del <name>", "parc de la <name>", "plaza <name>",
#: "praça da <name>"): a place the child goes to, though its name is no town of the lists.
_ROMANCE_PLACE = re.compile(
    r"(?<![\w'’])(?P<place>(?:parque|parc|plaza|praça|praca|piazza|jardin|jardín|paseo|playa|plage|praia"
    r"|centro\s{1,3}comercial)\s{1,3}(?:(?:de|del|da|do|dos|das|di|della|du|des)\s{1,3})?(?:(?:la|el|le|les|los|las)\s{1,3}|l['’]\s{0,3})?"
    r"(?P<name>[^\W\d_][\w'’-]{1,20}(?:\s{1,3}[^\W\d_][\w'’-]{1,20})?))",
    re.IGNORECASE,
)
_ROMANCE_GATE = re.compile(
    r"par(?:que|c)\b|pla(?:za|ya|ge)\b|pra(?:ça|ca|ia)\b|piazza|jard[ií]n|paseo|comercial", re.IGNORECASE
)
#: Words that end such a name: the sentence goes on ("a las 5", "con mis primos", "avec léa", "depois da escola").
_ROMANCE_STOP = word_set(
    "a al las los con y e et avec ou o para pour por depois después despues après apres hoy mañana manana demain"
    " hoje amanhã amanha ce este esta this after with and at on in to for lol today tonight tmrw tomorrow rn"
    " el la le les de del da do en no na um una un une is was"
    # a time or "this" right after the word ("au parc cet aprem", "al parque later")
    " cet cette ces ese esa eso aquel later soon now then tarde noche soir matin aprem aprèm luego ahora ahorita"
    " jaja jajaja jajajaja jsjs mdr ptdr kkk kkkk rsrs"  # laughter of Spanish, French, Portuguese chat
)


def _romance_places(text: str) -> Iterator[Cand]:
    """A park, square, beach or mall named in Spanish, French, Portuguese or Italian (:data:`_ROMANCE_PLACE`),
    its name cut at the first word that goes on with the sentence ("plaza <name> a las 5")."""
    for m in _ROMANCE_PLACE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        keep = [w for w in takewhile(lambda w: w.group().lower() not in _ROMANCE_STOP, words)]
        if keep:
            yield m.start("place"), m.start("name") + keep[-1].end(), Kind.LOCATION, 0.75, 2


#: A town's weather or crowd, then a word of now later in the post: the child is there.
_TOWN_NOW_NEXT = word_set("weather wind traffic rain heat")
#: ... or "is"/"was" and how it is there ("is so", "was packed"; not "was robbed": a team's result).
_TOWN_NOW_IS = re.compile(
    r"\s{1,3}(?:is|was)\s{1,3}(?:so+|sooo+|hot|cold|humid|crowded|busy|packed|windy|rainy|freezing|boiling)\b"
)
_NOW = re.compile(r"\b(?:today|tonight|tonite|rn|right\s{1,3}now|this\s{1,3}morning|atm)\b")


def _town_today(text: str, words: list[wl.Word], lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """A town of the lists or a city's code opening the post, its weather or crowd, and a word of now
    ("oban wind is mad today", "durban is so humid rn"): where the child is. Not a country, nor beside a
    famous name."""
    # a city's code too ("<code> traffic is so bad today"): it opens the post as the town would
    known = lows and (_known_place(lows[0], lex) or lows[0] in wl.entries("place_codes"))
    n = longest_town(lows, 0) or (1 if known else 0)
    if not n or n >= len(lows) or not adjoining(text, words, n - 1):
        return
    low = text.lower()
    if lows[n] not in _TOWN_NOW_NEXT and not _TOWN_NOW_IS.match(low, words[n - 1][1]):
        return
    if " ".join(lows[:n]) in wl.entries("countries") or not _NOW.search(low) or wl.find("famous", words):
        return
    yield words[0][0], words[n - 1][1], Kind.LOCATION, 0.75, 2


#: What separates a profile line's fields: a bullet, a bar, a slash, or a run of emoji and symbols
#: (the blanks around it are stripped from the fields: matched here they made a search over a long
#: run of blanks quadratic).
_FIELD_SEP = re.compile(r"[•|/·]|[^\w\s'’.,!?&@#:-]+")
#: A field that is an age alone ("12"): it makes the line a profile's.
_AGE_FIELD = re.compile(r"\d{1,2}")


#: Counties whose names are a mood or a fans' word in a bio ("13 | down | ..."): no county there.
_MOOD_COUNTIES = word_set("down dubs")


def _bio_towns(text: str) -> Iterator[Cand]:
    """A profile line's town: a field that is a town, a place or a city's short code of the lists
    ("bio: 12 ☘️ galway 🌊 gaa", "13 • pta 🏙️ • netball"), in a line of three fields or more, one of
    them an age alone."""
    body = text.split(":", 1)[1] if text.lower().startswith(("bio:", "bio :")) else text
    offset = len(text) - len(body)
    fields = []
    pos = 0
    for m in _FIELD_SEP.finditer(body):
        fields.append((pos, m.start()))
        pos = m.end()
    fields.append((pos, len(body)))
    fields = [(s, e) for s, e in fields if body[s:e].strip()]
    if len(fields) < 3 or not any(_AGE_FIELD.fullmatch(body[s:e].strip()) for s, e in fields):
        return
    for s, e in fields:
        field = body[s:e].strip()
        low = " ".join(field.lower().split())
        # an Irish county too ("12 • mayo • camogie"), though an everyday word the towns lists leave out
        listed = low in wl.entries("towns") or low in wl.entries("places") or low in wl.entries("place_codes")
        if listed or (low in COUNTIES and low not in _MOOD_COUNTIES):
            start = offset + s + body[s:e].index(field)
            yield start, start + len(field), Kind.LOCATION, 0.75, 2.5  # over a bio's opening name ("akl")


#: A numbered sector of an Indian planned city ("sector 15", "sector 62"): the part of town where the
#: child is, as a suburb's name elsewhere (with a house number or its town after it, an address).
_SECTOR = re.compile(r"(?<![\w-])sector[ \t]{1,2}\d{1,3}[a-z]?(?![\w-])", re.IGNORECASE)
#: ... or a spot of the sector children meet at right after it, whatever word is before ("kal sector 21 ground pe").
_SECTOR_SPOT = re.compile(r"[ \t]{1,2}(?:ground|park|market|mkt|chowk)(?![\w-])", re.IGNORECASE)
#: The word right before a match, with only spaces between.
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+\Z")
#: A numbered road ("route 9", "highway 7", "hwy 401").
_ROUTE = re.compile(r"(?:route|rte|highway|hwy)\s{1,3}\d{1,4}\b", re.IGNORECASE)


def _branch_streets(text: str, words: list[wl.Word], lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """The street of a shop or venue the child or a parent is at: "at kroger on elm", "works at the
    canadian tire on yonge", "at dairy queen on route 9" (one to three words after "at", then "on"
    and a numbered road or one word that is no everyday, time, chat, famous or given name word);
    a street with its suffix ("on market st") is the address rules'."""
    work_ends = {j for _i, j, _s, _e in wl.find("workplace_cues", words)}
    for k in range(2, len(words) - 1):
        if lows[k] != "on":
            continue
        at = next((i for i in range(k - 1, max(-1, k - 5), -1) if lows[i] in ("at", "@")), None)
        if at is None or at == k - 1 or (lows[at + 1] == "the" and at + 1 == k - 1):
            continue
        if any(w in NOT_NAME - {"the"} for w in lows[at + 1 : k]):
            continue  # "at home on my phone", "at school on monday"
        route = _ROUTE.match(text, words[k + 1][0])
        if route is not None:
            yield words[k + 1][0], route.end(), Kind.LOCATION, 0.7, 2
        elif (
            at + 1 not in work_ends  # "works at walgreens on elm": the branch, one ORG (local_groups)
            and _street_word(lows[k + 1], lex)
            and (k + 2 >= len(words) or lows[k + 2] not in STREET_SUFFIXES)
        ):
            yield words[k + 1][0], words[k + 1][1], Kind.LOCATION, 0.7, 2


def _street_word(word: str, lex: Lexicon) -> bool:
    """A word that can name a street by itself ("elm", "yonge"): no everyday, time, chat, famous or
    given name word."""
    if not word.isalpha() or len(word) < 3 or word in NOT_NAME or word in JUNK or word in CALENDAR:
        return False
    if word in wl.entries("filler_words") or word in wl.entries("famous") or word in wl.entries("first_names"):
        return False
    info = lex.words.get(word)
    return info is None or not info[0] & (WORD | FIRST)


def _shouted(text: str, words: list[wl.Word], lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """A home turf shouted out: a city's code or a nickname no list knows before "(gang) where u
    at" or "represent" ("kl gang where u at", "skeggy massive represent"); a fandom is no place, and
    a fan shouting out a famous team's town ("eagles won!! philly stand up") is not at home there."""
    if not _SHOUT.search(text) or wl.find("famous", words):
        return  # (most posts shout nothing out: one search says so before the famous names are looked up)
    for j, (s, e, low) in enumerate(words):
        # a nickname is one word: after another unknown word it ends a name ("hato petera" is a school's)
        nickname = _nickname(low, lex) and (j == 0 or not _nickname(lows[j - 1], lex))
        turf = low in wl.entries("place_codes") or nickname
        if turf and _SHOUT.match(text, e) and (j == 0 or lows[j - 1] not in ("the", "my", "our", "team")):
            yield s, e, Kind.LOCATION, 0.7, 2


#: Plural endings of words for people ("toppers", "students", "finalists", "entrants"): a shout-out
#: to a group, not to a place.
_PEOPLE_ENDINGS = ("ants", "ents", "ers", "ists")


def _nickname(word: str, lex: Lexicon) -> bool:
    """A word no list knows that can be a place's nickname: no everyday, chat or famous word, no name,
    nor the plural of an everyday word ("toppers where u at", "gamers represent": people, no place)."""
    if word.endswith(_PEOPLE_ENDINGS) or (
        word.endswith("s") and not word.endswith("ss") and _everyday_word(word[:-1], lex)
    ):
        return False
    return unheard(word, lex) and word not in wl.entries("first_names")


def _homeland(word: str, lex: Lexicon) -> bool:
    """A country or a city after "little", as the neighbourhoods of the people from there are called
    ("little hanoi", "little india", "little havana"): a country, a city, or a word no list knows that
    is no possessive of a shop's ("little caesars")."""
    info = lex.words.get(word)
    if word in wl.entries("countries") or word in wl.entries("world_cities"):
        return True
    if unheard(word, lex):
        return not word.endswith("s") and word not in wl.entries("filler_words")
    return info is not None and bool(info[0] & (PLACE | MAJOR)) and not info[0] & (WORD | FIRST)


def _everyday_word(word: str, lex: Lexicon) -> bool:
    info = lex.words.get(word)
    return info is not None and bool(info[0] & WORD) and not info[0] & (FIRST | MAJOR)


def given_not_town(span: str) -> bool:
    """One word, a given name of the world lists ("lebohang") and no town or venue of the lists."""
    word = wl.norm(span)
    listed = word in wl.entries("towns") or word in wl.entries("places")
    return " " not in word and word in wl.entries("first_names") and not listed


#: Lexicon score a town needs to beat the model's PERSON label: a town written capitalised far
#: more often than not ("yellowknife"); Pacific given names are villages too ("manu", "ratu").
_TOWN_OVER_NAME = 2.0


def person_or_town(kind: Kind, span: str, lex: Lexicon, *, cued: bool, after_prep: bool = False) -> Kind:
    """A place read as a person or the other way round, by the lists: a given name of the world lists
    that is no town is a person ("talking to lebohang"); one word that is a town of the lists and
    no one's name is a place ("yellowknife got no malls") unless a name cue read it (``cued``). Right
    after a place preposition (``after_prep``: "from <village>", "i miss <town>") a place of the lexicon
    that is no given name is one too, though a surname or missing from the town lists."""
    if kind is Kind.LOCATION and given_not_town(span):
        return Kind.PERSON
    word = wl.norm(span)
    if kind is not Kind.PERSON or cued or " " in word or word in wl.entries("first_names"):
        return kind
    info = lex.words.get(word)
    if info is None or not info[0] & PLACE or info[0] & (FIRST | WORD):
        return kind
    listed = word in wl.entries("towns")
    if listed and not info[0] & LAST and info[1] >= _TOWN_OVER_NAME:
        return Kind.LOCATION
    return Kind.LOCATION if after_prep and (listed or info[1] >= _TOWN_OVER_NAME) else kind


def listed_place(span: str) -> bool:
    """A town or venue of the lists that is no given name of the world lists."""
    word = wl.norm(span)
    towns = wl.entries("towns")
    listed = word in towns or wl.unaccented(word) in towns or word in wl.entries("places")
    return listed and word not in wl.entries("first_names")


#: A place preposition right before a word spelled out ("nan lives near r e a d i n g").
_PREP_BEFORE = re.compile(r"(?:^|\s)(?:in|from|to|near)\s{1,3}$", re.IGNORECASE)


def _spelled_after_prep(text: str, start: int, joined: str, lex: Lexicon) -> bool:
    """A word spelled out letter by letter right after "in", "from", "to" or "near" that is a place
    name of any standing in the lexicon, though an everyday word too ("my cousin is from r e a d i n g"): a
    child spells out what they mean to hide; "to s k a t e" has no place."""
    if len(joined) < 4 or not _PREP_BEFORE.search(text, max(0, start - 8), start):
        return False
    info = lex.words.get(joined)
    return info is not None and bool(info[0] & PLACE)


def _known_place(word: str, lex: Lexicon, *, lexicon_only: bool = False) -> bool:
    """A town or venue of the lists, or (unless ``lexicon_only``) a well-known place name."""
    if word in wl.entries("towns") or word in wl.entries("places"):
        return True
    info = lex.words.get(word)
    return not lexicon_only and info is not None and bool(info[0] & PLACE) and info[1] >= PLACE_SCORE


#: Words a child runs onto a place in a hashtag ("#corkcity", "#raglanlife", "#aldingabeach").
_TAG_TAILS = (
    *("city", "life", "beach", "local", "locals", "gang", "vibes", "born", "side"),
    # pride in one's own town ("#sowetopride", "#otaragirl", "#papakurastrong")
    *("pride", "girl", "girls", "boy", "boys", "strong", "raised", "represent", "massive", "kids", "lads"),
    *("4life", "4lyf", "4lyfe", "4ever", "4eva"),  # "#cabra4life"
)
#: Tails that say the words before them are a place, whatever else they are ("#corkcity", "#corkgirl";
#: "#readinglife" may be a reader's): a big city or a nickname of the lists is then the child's town.
_PLACE_TAILS = frozenset(
    {"city", "girl", "girls", "boy", "boys", "born", "raised", "represent", "massive", "pride", "4life", "4lyf"}
)


def _tag_place(body: str, lex: Lexicon) -> bool:
    """A hashtag's body is a town or venue of the lists, its words run together ("#whitleybay")
    or with a tail word ("#shirelife", "#<town>4life"); a city's nickname or a big city with one
    ("#gonglife", "#corkcity")."""
    if _known_place(body, lex, lexicon_only=True) or body in _joined_places():
        return True
    for tail in _TAG_TAILS:
        head = body[: -len(tail)]
        if not body.endswith(tail) or len(head) < 4:
            continue
        if _tag_place(head, lex) or f"the {head}" in wl.entries("places"):  # "#gonglife": "the gong"
            return True
        info = lex.words.get(head)
        if info is not None and info[0] & MAJOR and info[0] & PLACE and (tail in _PLACE_TAILS or not info[0] & WORD):
            # "#corkcity": a big city before a tail of pride; "#sydneylife": one that is no everyday word
            return True
    return False


@functools.cache
def _joined_places() -> frozenset[str]:
    """The towns and venues of two words or more, their spaces and hyphens dropped ("whitleybay",
    "southend-on-sea" -> "southendonsea")."""
    joined = (
        "".join(p.replace("-", " ").split()) for p in wl.entries("towns") | wl.entries("places") if " " in p or "-" in p
    )
    return frozenset(j for j in joined if j.isalpha())


def longest_town(lows: list[str], i: int) -> int:
    """How many words from ``i`` make a town of the list (0: none). The list is large (~24,000
    towns): looked up as a set, without the by-first-word table of :func:`wl.phrases`."""
    towns = wl.entries("towns")
    for n in range(min(_TOWN_WORDS, len(lows) - i), 0, -1):
        if wl.unaccented(" ".join(lows[i : i + n])) in towns:
            return n
    return 0


def adjoining(text: str, words: list[wl.Word], i: int) -> bool:
    """Word ``i`` and the next one stand apart only by spaces, on one line (a results table's
    "fulham" over "wolves" is two teams)."""
    gap = text[words[i][1] : words[i + 1][0]] if i + 1 < len(words) else "x"
    return not gap.strip() and "\n" not in gap
