"""Given names of the worldwide lists, and the shapes a name takes with no cue phrase around
it, for :mod:`leakscan.scanners.ner_world` (issue 10, families 1 and 3): friends listed side by
side ("ayaan mehak gurleen"), a double-barrelled or East Asian given name ("mia-rose",
"jin-woo", "wei ling"), a profile line's name, age and town ("saoirse 🌈 10 galway"), a friend's
name inside a hashtag ("#HappyBirthdayKiri"). These rules read the name's own shape and the
lists, not the words around it, so they sit apart from the cues of :mod:`.ner_world`, which
asks them (and :func:`world_given`, the test of a given name they share).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from .. import lexicon as world
from ..findings import Kind
from ..truecase import FIRST, LAST, MAJOR, WORD, Lexicon
from .base import words
from .ner_words import JUNK, MONTHS, NAME_SCORE, Cand, common, inflected, token_cand, unheard

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    Toks = Sequence[Token]

#: Words joining two names ("aroha and mere").
AND = words("and & n n' an")


#: Lexicon score above which an everyday word that is also a first name stands in a list of names.
LOOSE_NAME_SCORE = -2.5
#: Words between the names of a list ("ayaan, mehak and gurleen").
_LIST_JOINS = AND | {","}
#: Words before a list of friends in a photo's caption ("ft destiny ximena and jo").
_FEATURING = words("ft ft. feat feat. featuring")


def name_runs(doc: Toks, lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """Friends listed side by side ("ayaan mehak gurleen come over", "nithya anjali and deepika"):
    three names or more, each a given name or a word no list knows, two of them clear given names
    and one at most unknown; after "ft" two names will do."""
    n = len(doc)
    i = 0
    while i < n:
        featured = i > 0 and lows[i - 1] in _FEATURING
        run: list[int] = []
        j = i
        while j < n and _listed_name(lows[j], lex):
            run.append(j)
            j += 1
            if j + 1 < n and lows[j] in _LIST_JOINS and _listed_name(lows[j + 1], lex):
                j += 1
                if lows[j - 1] != ",":
                    run.append(j)  # "and" comes before the last name: "gurleen and manvir bhangra"
                    j += 1
                    break
        names = [lows[k] for k in run]
        if len(set(names)) < len(names) or any(
            " ".join(p) in world.entries("famous") or " ".join(p) in world.entries("filler_words")
            for p in pairwise(names)
        ):
            run = []  # "bula bula" is a greeting, "celine dion sang" a star, "tara gala tayo" Tagalog chat
        given = sum(world_given(lows[k], lex) for k in run)
        unknown = sum(unheard(lows[k], lex) for k in run)
        # a sentence of a language the lists lack is mostly words no list knows: one at most
        if (len(run) >= 3 and given >= 2 and unknown <= 1) or (featured and len(run) >= 2 and given + unknown >= 1):
            for k in run:
                if not inflected(lows[k], lex):  # "<name> fancies <name>": the verb between two names is no third
                    yield token_cand(doc, k, 0.65)
        i = max(j, i + 1)


#: Little words of Tagalog, Hindi, Malay and Samoan chat the filler lists leave out (short or names
#: elsewhere): a post with one is in a language where a listed name may be a word ("ang ganda").
_OTHER_TONGUE = words("ang ng mga po nyo nahi hai ne itna kabhi lah aso")
#: Words before a lone listed name that make it a place or a thing of that name ("in kiran", "#diya").
_NOT_BEFORE_LONE = words("in from to near at outside around visiting towards toward @ # the a an of")


def lone_listed_names(doc: Toks, lows: list[str], text: str, lex: Lexicon) -> Iterator[Cand]:
    """A given name of the worldwide lists written in lower case anywhere, with no cue around it
    ("mrs lee caught tanvir cheating", "worst day ever thabo"): the lists hold given names of the
    regions' families that are no everyday English word, so such a word is a person wherever it
    stands. Four letters at least, no chat, famous or place word, not after "in", "at", "the"...;
    the lowest priority: any other finding over it wins. Not in a post with chat of another
    language (a word of ``filler_words`` that is no everyday English word: "ang", "nahi", "lah"),
    where a name of the lists is as often a word of that language ("kain tayo", "homework diya")."""
    if any((w in world.entries("filler_words") and not common(w, lex)) or w in _OTHER_TONGUE for w in lows):
        return
    for i, tok in enumerate(doc):
        low = lows[i]
        if len(low) < 4 or not tok.is_alpha or tok.ent_type_ or tok.is_stop:
            continue
        if not text[tok.idx : tok.idx + len(tok)].islower() or low not in world.entries("first_names"):
            continue
        if low in JUNK or low in world.entries("filler_words") or low in world.entries("famous") or common(low, lex):
            continue
        info = lex.words.get(low)
        if info is not None and info[0] & MAJOR:
            continue
        if i > 0 and lows[i - 1] in _NOT_BEFORE_LONE:
            continue
        if i + 1 < len(lows) and f"{low} {lows[i + 1]}" in world.entries("famous"):
            continue  # "sinead o'connor on the radio": a star's full name
        yield token_cand(doc, i, 0.55, 0)


#: Words whose tests below are kept: pure functions of a word and the fixed lists, asked for
#: nearly every word of every post, most often for the same everyday words (~2% of a post's scan).
WORDS_KEPT = 1 << 14


@world.kept_for_short_words(WORDS_KEPT)
def _listed_name(low: str, lex: Lexicon) -> bool:
    """A word that can stand in a list of friends: a given name (one that is an everyday word too,
    "mia", "hunter"), or a word no list knows."""
    if world_given(low, lex) or (unheard(low, lex) and not low.endswith(("in", "ing"))):  # not "hoopin"
        return True
    info = lex.words.get(low)
    # an everyday word that is now and then a name ("mia", "destiny"), not one that hardly ever is ("see")
    return info is not None and bool(info[0] & FIRST) and info[1] > LOOSE_NAME_SCORE and low not in JUNK | MONTHS


#: After the first word of a profile line: a separator (a bar, a bullet, one to three emoji or
#: symbols), an age from 5 to 19, and a separator again ("tomasz | 12 | gdansk").
_BIO_SEP = r"\s{0,3}(?:[|•·~/\-]|[^\w\s]{1,3})\s{0,3}"
_BIO_AGE = re.compile(_BIO_SEP + r"(?:[5-9]|1[0-9])" + _BIO_SEP)


#: After a profile line's age: its town, the age's last separator maybe missing ("zinhle 🌻 12 pmb").
_BIO_AGE_OPEN = re.compile(_BIO_SEP + r"(?:[5-9]|1[0-9])\s{1,3}")


#: Second halves of double-barrelled given names ("mia-rose", "lily-mae", "ella-grace", "billie-jo").
_SECOND_NAMES = words("mae may rose grace jane lou louise marie belle leigh lee ann anne jo jay lily rae ray sue beth")
_DOUBLE_NAME = re.compile(r"(?<![\w-])(?P<a>[^\W\d_]{2,12})-(?P<b>[^\W\d_]{2,9})(?![\w-])")
#: First halves of French compound given names ("marc-andré", "jean-luc", "marie-ève", "anne-sophie"):
#: with any given name of the lists after the hyphen, one child's name.
_FRENCH_FIRST = words("jean marc marie anne pierre louis")


#: Syllables of Korean given names and of Taiwanese ones as romanised with a hyphen ("jun-ho", "seo-yeon",
#: "jae-won", "yu-ting", "chia-hao"): two of them, joined by a hyphen, are a given name.
_EAST_ASIAN = words(
    """ji jin jun joon jae min seo soo su hye hyun hyo yeon yoon woo won ho hoon young yeong eun bin seung sung
    dong hee jung jeong kyung rin han hae tae kyu sang ye yun gyu geon chan chul cheol sol sun hwa hwan kang
    kwang nam seok sook wook yeol yong ah hyuk
    wei ting mei ling xiao jia hui chen hao chia pei shan hsin yi yu zhi hong chun qing xin jing lin fang"""
)


#: Syllables of Chinese given names of Singapore, Malaysia and Taiwan; two of them written apart are
#: a given name too ("wei ling", "jia hui", "xiao mei"). Syllables that are everyday words alone
#: ("yi", "li", "han") are left out: "han solo".
_CHINESE = words(
    "wei ling mei xiao jia hui chen hao chia pei shan hsin zhi qing xin jing ting xue jun ming hong xuan jie rui yue"
)
_TWO_SYLLABLES = re.compile(r"(?<![\w-])(?P<a>[a-z]{2,5}) (?P<b>[a-z]{2,5})(?![\w-])", re.IGNORECASE)


def double_names(text: str, lex: Lexicon) -> Iterator[Cand]:
    """A double-barrelled given name ("mia-rose left the chat"): a given name (one that is an
    everyday word too, "mia", "summer"), a hyphen and a usual second half; a French first half and
    a given name ("marc-andré"); or two syllables of East Asian given names (:data:`_EAST_ASIAN`,
    "jin-woo"), not one said twice ("yu-yu")."""
    for m in _DOUBLE_NAME.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        if (
            (b in _SECOND_NAMES and (world_given(a, lex) or _listed_name(a, lex)) and a not in MONTHS)
            or (a in _EAST_ASIAN and b in _EAST_ASIAN and a != b)
            or (a in _FRENCH_FIRST and a != b and (world_given(b, lex) or _listed_name(b, lex)))
        ):
            yield m.start(), m.end(), Kind.PERSON, 0.7, 2
    for m in _TWO_SYLLABLES.finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower()
        if a in _CHINESE and b in _CHINESE and a != b:
            yield m.start(), m.end(), Kind.PERSON, 0.7, 2  # "wei ling got me bubble tea"


def bio_fields(doc: Toks, lows: list[str], i: int, text: str) -> list[Cand] | None:
    """Token ``i`` opens a profile line: an age follows it between separators (then the town after,
    if any), or after a separator with a town of the lists right after it ("zinhle 🌻 12 pmb")."""
    end = doc[i].idx + len(doc[i])
    m = _BIO_AGE.match(text, end)
    if m is not None:
        return list(_bio_place(doc, lows, i, m.end()))
    m = _BIO_AGE_OPEN.match(text, end)
    places = list(_bio_place(doc, lows, i, m.end())) if m is not None else []
    return places or None


def _bio_place(doc: Toks, lows: list[str], i: int, end: int) -> Iterator[Cand]:
    """The town of a profile line, the field right after its age ("saoirse 🌈 10 galway"): a town or
    place of the lists, one to three words."""
    j = next((k for k in range(i + 1, len(doc)) if doc[k].idx >= end), None)
    if j is None or not doc[j].is_alpha:
        return
    n = max(world.longest_at("towns", lows, j), world.longest_at("places", lows, j))
    if n and all(doc[k].is_alpha for k in range(j, j + n)):
        yield doc[j].idx, doc[j + n - 1].idx + len(doc[j + n - 1]), Kind.LOCATION, 0.7, 2


def bio_name(low: str, lex: Lexicon) -> bool:
    """The first word of a profile line can be the child's name: no everyday or chat word, no famous name."""
    return (
        low.isalpha()
        and len(low) >= 3
        and not common(low, lex)
        and low not in JUNK
        and low not in world.entries("filler_words")
        and low not in world.entries("famous")
    )


#: A friend's name inside a hashtag (issue 10 family 3): after a birthday wish or "team"
#: ("#HappyBirthdayKiri", "#TeamAnaya"), or before "turns N" or a birthday ("#TomaszTurns12", "#ishasbday").
_TAG_NAME = re.compile(
    r"(?<![\w#])#(?:(?:happy)?(?:birthday|bday)|hbd|team)(?P<a>[A-Za-z]?[a-z]{1,19})(?![A-Za-z])"
    r"|(?<![\w#])#(?P<b>[A-Za-z]?[a-z]{1,19}?)(?:'?s)?(?:turns?\d{1,2}|bday|birthday)(?![a-z])",
    re.IGNORECASE,
)


def tag_names(text: str, lex: Lexicon) -> Iterator[Cand]:
    """Names in hashtags (see :data:`_TAG_NAME`): a given name or a word no list knows, written as one
    word ("#HappyBirthdayTaylorSwift" is two, "#HappyBirthdayToMe" no name)."""
    for m in _TAG_NAME.finditer(text):
        group = "a" if m.group("a") else "b"
        name = m.group(group)
        if any(c.isupper() for c in name[1:]):
            continue
        low = name.lower()
        if low in world.entries("countries") or low in world.entries("famous"):
            continue  # "#HappyBirthdayAmerica"
        if world_given(low, lex) or unheard(low, lex):
            yield m.start(group), m.end(group), Kind.PERSON, 0.7, 2


#: "My name is" and "I am" of the regions' languages, the name right after: Bengali "amar nam", Hindi/Urdu
#: "mera naam", Swahili "jina langu ni", isiXhosa/isiZulu "ndingu"/"ngingu", Tagalog "ako si", Malay
#: "nama saya", Afrikaans "my naam is", Spanish "me llamo", Portuguese "me chamo".
_MY_NAME_IS = frozenset(
    {
        *(("amar", "nam"), ("amar", "naam"), ("mera", "naam"), ("mera", "nam"), ("jina", "langu", "ni")),
        *(("ndingu",), ("ngingu",), ("igama", "lam", "ngu"), ("ako", "si"), ("nama", "saya"), ("nama", "aku")),
        *(("my", "naam", "is"), ("me", "llamo"), ("me", "chamo"), ("mi", "nombre", "es")),
    }
)
#: "I am" of European languages a child introduces themself with (Spanish "soy", Portuguese "sou", Italian
#: "sono", Polish "jestem", Czech "jsem", German "ich bin", Dutch "ik ben", French "je suis"): "soy feliz" is
#: no name, so only a given name of the lists counts after them.
_I_AM = frozenset(
    {
        *(("soy",), ("sou",), ("sono",), ("jestem",), ("jsem",)),
        *(("ich", "bin"), ("ik", "ben"), ("je", "suis")),
    }
)
_MY_NAME_FIRST = frozenset(cue[0] for cue in _MY_NAME_IS | _I_AM)


def intro_names(doc: Toks, lows: list[str], lex: Lexicon) -> Iterator[Cand]:
    """The name after "my name is" in another language ("amar nam X", "ndingu X"): a given name of the lists or
    a word no list knows."""
    for i, low in enumerate(lows):
        if low not in _MY_NAME_FIRST:
            continue
        for size in (1, 2, 3):
            k = i + size
            if k < len(lows) and tuple(lows[i:k]) in _MY_NAME_IS:
                name = lows[k]
                if doc[k].is_alpha and (world_given(name, lex) or unheard(name, lex)):
                    yield token_cand(doc, k, 0.8)
                break
            if k < len(lows) and tuple(lows[i:k]) in _I_AM:
                if doc[k].is_alpha and world_given(lows[k], lex):
                    yield token_cand(doc, k, 0.8)
                break


@world.kept_for_short_words(WORDS_KEPT)
def world_given(low: str, lex: Lexicon) -> bool:
    """A given name: a clear English one, or one of the worldwide lists; never a chat word."""
    if low in JUNK or len(low) < 2 or not low.isalpha():
        return False
    if low in world.entries("first_names"):
        return low not in world.entries("filler_words")
    if not low.isascii() and low not in lex.words:
        low = world.unaccented(low)  # "séan", "zoë": an accent the lists do not spell
        if low in world.entries("first_names"):
            return low not in world.entries("filler_words")
    info = lex.words.get(low)
    return info is not None and bool(info[0] & FIRST) and not info[0] & (WORD | MAJOR) and info[1] >= NAME_SCORE


#: Words after a "given name + surname" pair that make it a place or a venue ("Priya Nagar road",
#: "Kevin Walsh Park"): the pair names a street or a park after a person.
_PLACE_AFTER = words("road rd street st avenue ave lane drive nagar colony park hall school college station")


def full_names(doc: Toks, lows: list[str], text: str, lex: Lexicon) -> Iterator[Cand]:
    """A given name of the lists and a surname right after it, outside every entity (but an ORG of
    just the two words), in one case
    ("Priyanka Raghunathan you owe me", "nethra balasubramanian"): spaCy misses many surnames of
    the world. The surname is one of the lists (never an everyday word or a big place), or, when
    both words are capitalised, a word no list knows. A famous pair is left to the public check."""
    for i in range(len(doc) - 1):
        first, last = doc[i], doc[i + 1]
        if _in_entity(doc, i) or text[first.idx + len(first) : last.idx] != " ":
            continue
        if i > 0 and doc[i - 1].text in ("@", "#"):
            continue
        titled = first.text.istitle() and last.text.istitle()
        if not titled and not (first.text.islower() and last.text.islower()):
            continue  # "Priya SHARMA", "priya Sharma": no name's shape
        if not world_given(lows[i], lex) or not _surname(lows[i + 1], lex, titled):
            continue
        if i + 2 < len(doc) and lows[i + 2] in _PLACE_AFTER:
            continue
        if lows[i + 1] in world.entries("famous") or f"{lows[i]} {lows[i + 1]}" in world.entries("famous"):
            continue  # "leo saka ni mnoma": a star known by his surname ("leo" is Swahili "today")
        yield first.idx, last.idx + len(last), Kind.PERSON, 0.7, 2


def _in_entity(doc: Toks, i: int) -> bool:
    """The pair at ``doc[i]`` is inside one of spaCy's entities, but an ORG of exactly these two
    words ("Ishani Venkataraman" read as a firm) or a person of the surname alone, which the pair's
    shape outweighs."""
    first, last = doc[i], doc[i + 1]
    if not first.ent_type_ and not last.ent_type_:
        return False
    if not first.ent_type_ and last.ent_type_ == "PERSON" and last.ent_iob_ == "B":
        # "Tomasz [Nowak]": a model that tagged the surname alone; the pair's shape reads the given name too
        return i + 2 < len(doc) and doc[i + 2].ent_iob_ == "I"
    whole = first.ent_iob_ == "B" and last.ent_iob_ == "I" and (i + 2 >= len(doc) or doc[i + 2].ent_iob_ != "I")
    return not (whole and first.ent_type_ == "ORG")


def _surname(low: str, lex: Lexicon, titled: bool) -> bool:
    """A surname of the lists and nothing else, or (capitalised) a word no list knows."""
    if low in JUNK or low in world.entries("filler_words") or low in world.entries("countries"):
        return False
    info = lex.words.get(low)
    if info is None:
        return titled and unheard(low, lex)
    return bool(info[0] & LAST) and not info[0] & (WORD | MAJOR | FIRST)
