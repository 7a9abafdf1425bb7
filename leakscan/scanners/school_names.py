"""School names (:mod:`leakscan.scanners.school`): the words they are made of (school-type
suffix chains, stop and generic words, titles of fiction), how a name is normalised and split
into prefix, stem and suffix (``models/build_schools.py`` builds the gazetteer with the same
rules), and the gazetteer of ~80k real school names, loaded once, on first use.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .base import words


def _split_bars(names: str) -> list[str]:
    """The ``|``-separated entries of ``names``."""
    return names.split("|")


# --------------------------------------------------------------------------------------------
# Normalisation (shared with models/build_schools.py: the gazetteer is built with these rules)
# --------------------------------------------------------------------------------------------

#: A word: letters/digits with inner apostrophes ("mary's", "o'neill"), or "&".
WORD_RE = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*|&")


#: One normalised word -> the canonical words it stands for.
CANON: dict[str, tuple[str, ...]] = {
    "saint": ("st",),
    "mt": ("mount",),
    "jr": ("junior",),
    "jnr": ("junior",),
    "sr": ("senior",),
    "snr": ("senior",),
    "elem": ("elementary",),
    "elementry": ("elementary",),
    "hs": ("high", "school"),
    "shs": ("senior", "high", "school"),
    "jhs": ("junior", "high", "school"),
    "jshs": ("junior", "senior", "high", "school"),
    "preparatory": ("prep",),
    "infants": ("infant",),
    "cofe": ("c", "of", "e"),
    "ce": ("c", "of", "e"),
    "rc": ("catholic",),
    "sch": ("school",),
    "acad": ("academy",),
    "schl": ("school",),
    "vidyalayam": ("vidyalaya",),
    "&": ("and",),
    "lycée": ("lycee",),
}


#: Multi-word spellings folded to one canonical sequence (matched on normalised words).
CANON_SEQS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("church", "of", "england"), ("c", "of", "e")),
    (("h", "s"), ("high", "school")),
    (("c", "e"), ("c", "of", "e")),
    (("roman", "catholic"), ("catholic",)),
    (("kendriya", "vidyalaya"), ("kv",)),
    (("m", "m", "v"), ("madhya", "maha", "vidyalaya")),
    (("m", "v"), ("maha", "vidyalaya")),
    (("k", "v"), ("kanishta", "vidyalaya")),
    (("p", "v"), ("prathamika", "vidyalaya")),
    (("t", "v"), ("tamil", "vidyalaya")),
)


#: Words that make up a school-type suffix chain ("catholic primary school", "junior high").
SUFFIX_WORDS = words(
    """school schools elementary primary middle high secondary academy prep montessori catholic
    infant junior senior grammar college nursery first intermediate community charter christian
    lutheran baptist anglican methodist adventist islamic jewish girls boys technical magnet
    district area regional international public independent free day boarding early upper lower
    vidyalaya maha kanishta madhya prathamika tamil sinhala muslim hindu kindergarten preschool
    voluntary controlled aided church parish parochial endowed foundation special sixth form
    trust"""
)


#: Chain words that can end a suffix chain (the last word of "Lincoln High School").
HEAD_WORDS = words(
    """school elementary primary middle high secondary academy prep montessori catholic
    infant junior grammar college vidyalaya intermediate"""
)


#: A chain of one of these alone is a strong suffix ("Hillcrest School", "Lincoln Elementary").
STRONG_HEADS = frozenset({"school", "elementary", "montessori", "vidyalaya"})


#: Raw (folded) words that start or continue a suffix chain, abbreviations included ("elem", "ce").
RAW_SUFFIX_WORDS = SUFFIX_WORDS | frozenset(
    k for k, v in CANON.items() if all(x in SUFFIX_WORDS or x in {"c", "of", "e"} for x in v)
)


#: Prefix words: "Lycée X", "KV X" (canonical forms).
PREFIX_WORDS = frozenset({"lycee", "kv", "ecole", "escuela", "colegio"})


def fold_word(word: str) -> str:
    """One word lower-cased, accents removed and apostrophes dropped ("Mary’s" -> "marys")."""
    word = word.lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    for ch in "'’`":
        if ch in word:
            word = word.replace(ch, "")
    return word


def canon_words(words: list[str]) -> list[str]:
    """Folded words -> canonical words (abbreviations expanded, multi-word spellings unified)."""
    out: list[str] = []
    for w in words:
        out.extend(CANON.get(w, (w,)))
    for seq, rep in CANON_SEQS:
        if seq[0] not in out:
            continue
        n = len(seq)
        res: list[str] = []
        i = 0
        while i < len(out):
            if out[i] == seq[0] and tuple(out[i : i + n]) == seq:
                res.extend(rep)
                i += n
            else:
                res.append(out[i])
                i += 1
        out = res
    return out


def norm_words(text: str) -> list[str]:
    """The canonical normalised words of a name ("St. Mary's C of E Primary" -> st marys c of e primary)."""
    return canon_words([fold_word(m.group()) for m in WORD_RE.finditer(text)])


def chain_start(words: list[str]) -> int:
    """Index where the trailing suffix chain of ``words`` starts (len(words) when there is none).

    The chain must end with a head word ("high", "school", "c of e"...); it may hold other
    suffix words before it ("community", "christian") and "and" between two suffix words
    ("infant and nursery school").
    """
    i = len(words)
    if not ends_with_head(words, i):
        return i
    while i > 0:
        w = words[i - 1]
        if i >= 3 and words[i - 3 : i] == ["c", "of", "e"]:
            i -= 3
        elif w in SUFFIX_WORDS or (w == "and" and i >= 2 and words[i - 2] in SUFFIX_WORDS and i < len(words)):
            i -= 1
        else:
            break
    return i


def ends_with_head(words: list[str], i: int) -> bool:
    """Whether ``words[:i]`` ends in a school's head word (:data:`HEAD_WORDS`: "... high",
    "... primary") or in "c of e"."""
    if i == 0:
        return False
    if words[i - 1] in HEAD_WORDS:
        return True
    return i >= 3 and words[i - 3 : i] == ["c", "of", "e"]


def split_name(words: list[str]) -> tuple[str, str, str]:
    """``(prefix, stem, suffix)`` of a canonical school name: the distinctive part is ``stem``.

    "lincoln high school" -> ("", "lincoln", "high school"); "lycee victor hugo" ->
    ("lycee", "victor hugo", ""); "ps 321 william penn" -> ("ps 321", "william penn", "").
    """
    words = list(words)
    if words and words[0] == "the":
        words = words[1:]
    prefix: list[str] = []
    if words and words[0] in PREFIX_WORDS:
        prefix, words = words[:1], words[1:]
    elif len(words) >= 2 and words[0] in _NUMBERED_WORDS and words[1][:1].isdigit():
        prefix, words = words[:2], words[2:]
    k = chain_start(words)
    return " ".join(prefix), " ".join(words[:k]), " ".join(words[k:])


_NUMBERED_WORDS = frozenset({"ps", "is", "ms", "jhs", "hs", "ips"})


# --------------------------------------------------------------------------------------------
# The gazetteer
# --------------------------------------------------------------------------------------------

#: Flag letters in ``schools.tsv.gz``: C = the stem is made of common English words
#: ("central", "new hope"); D = distinctive enough to mean the school without a suffix
#: after a strong cue (not a common word, not a town name).
FLAG_COMMON = 1
FLAG_DISTINCT = 2


@dataclass(frozen=True)
class Gazetteer:
    """Hash lookups over normalised school names."""

    #: stem -> flags (FLAG_*) for every distinctive name part ("lincoln", "st marys").
    stems: dict[str, int]
    #: Every word that occurs in some stem (a cheap "could be a school name word" test).
    vocab: frozenset[str]
    #: Full names whose school type is a prefix ("lycee victor hugo", "kv saharsa").
    prefixed: frozenset[str]

    def flags(self, stem: str) -> int | None:
        """The stem's flags, or None when no known school has this name part."""
        return self.stems.get(stem)


GAZETTEER_FILE = "schools.tsv.gz"


@cache
def gazetteer() -> Gazetteer:
    """The school gazetteer, loaded once; an empty one if the data file is missing."""
    try:
        raw = (resources.files("leakscan.models") / GAZETTEER_FILE).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return Gazetteer({}, frozenset(), frozenset())
    stems: dict[str, int] = {}
    prefixed: set[str] = set()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        stem, flags, prefixes, _suffixes = line.split("\t", 3)
        f = 0
        if "C" in flags:
            f |= FLAG_COMMON
        if "D" in flags:
            f |= FLAG_DISTINCT
        stems[stem] = f
        if prefixes:
            for p in prefixes.split("|"):
                prefixed.add(f"{p} {stem}")
    vocab = frozenset(" ".join(stems).split())  # one split of all stems: faster than word by word
    return Gazetteer(stems, vocab, frozenset(prefixed))


# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

#: Words that end a name going backwards (determiners, pronouns, prepositions, fillers).
STOP = words(
    """a an the this that these those my our your his her their its whose which what who whom
    at to from in into on onto of off for with by about after before during since until till
    than then there here where when why how while as if so because but or and nor not no yes
    i im i'm ive id ill me we us you u ya he she they them it is was are were be been being am
    do does did done go goes went going gone get got gets getting attend attends attending
    attended study studies studying at all any some every each either neither both other another
    such same very really just also still even only too much many more most less least lol omg
    lmao ugh yay wow ok okay like love loved hate hated miss missed new old next last first
    second third final finally back off out up down over under again always never ever today
    tomorrow yesterday tonight now soon later year years day days week weeks month months time
    grade grades class classes started starting start starts finished finishing finish
    graduated graduating graduate survived surviving leaving left leave joined joining join
    moving moved move transferred transferring switch switched switching visiting visited visit
    watching watched watch rewatching playing played play welcome goodbye bye hello hi hey
    dear senior freshman sophomore sixth seventh eighth ninth tenth eleventh twelfth fifth
    fourth kindergarten preschool go-to vs versus"""
)


#: Words that make a school generic when they are the whole name ("summer school", "art school", a family
#: member's: "my sister's school").
GENERIC = words(
    """summer sunday saturday night evening weekend art arts dance music film drama acting
    ballet theatre theater cooking culinary driving swim swimming flight flying language
    languages bible hebrew religious law med medical nursing business beauty cosmetology
    martial karate ninja police military naval army navy air space home online virtual remote
    grad graduate boarding private public state local secondary regular normal traditional
    special alternative magnet charter catholic christian international independent free big
    little small best worst favorite favourite fav whole entire different real actual fancy
    rich posh nearby elite top good bad great cool boring stupid dumb weird hard easy tough
    strict nice lovely amazing awesome old new current previous former future dream same
    other main regional district county city town village community neighborhood
    neighbourhood finishing trade vocational technical tech coding computer flight magic
    wizard wizarding witch witchcraft monster hero heroes villain superhero vampire zombie
    ghost pirate princess fairy dragon demon anime cartoon fake pretend mock model sample
    example test grammar english math maths science history spanish french german chinese
    japanese korean italian latin prep charm finishing obedience dog puppy journalism
    engineering design architecture dental veterinary vet divinity pharmacy nurse nursery
    news sports sport football soccer tennis golf riding surf ski skate circus clown spy
    assassin selective sister sisters sis cousin cousins cuz mum mums mom moms mam mams dad dads
    nan nans aunt aunts auntie aunties uncle uncles bestie besties bff bffs"""
)


#: Fictional and famous names that look like schools (normalised stem + suffix).
FICTION = frozenset(
    " ".join(name.split())
    for name in _split_bars(
        """high school musical|monster high|sky high|east high|north shore high|rydell high|
    bayside high|sunnydale high|west beverly high|hill valley high|shermer high|sweet valley high|
    ouran high school|ouran academy|grange hill|degrassi|umbrella academy|police academy|
    nevermore academy|jedi academy|starfleet academy|ninja academy|pokemon academy|beacon academy|
    hopes peak academy|ua high|ua high school|kunugigaoka junior high|hogwarts school|
    xaviers school|shiketsu high|seirin high|karasuno high|karasuno high school|aobajohsai high|
    shujin academy|gekkoukan high|yasogami high|kings landing academy|khan academy|mile high|
    knee high|all time high|record high|junior high|junior high school|magic school|
    school of rock|riverdale high|spirit academy|academy awards|lincoln high school musical|
    alfea college|st trinians|hogwarts|total drama academy|vampire academy|cross academy"""
    )
)


#: A word right after "school" that makes it part of a compound ("the Magic School Bus").
SCHOOL_COMPOUND_NEXT = words(
    """bus buses bag bags backpack uniform uniforms supplies work homework year years day days
    trip trips shooting shootings zone board boards district nurse lunch lunches friends
    friend holidays holiday run runs play plays musical dxd dance dances disco picture
    pictures photo photos project projects shoes shoe clothes stuff things thing rules rule
    night nights term terms books book life kids kid girl girls boy boys teacher teachers
    system systems week weeks gate gates yard playground hall canteen cafeteria library
    bell bells"""
)


#: Words after a one-word suffix that make it an ordinary compound ("high five", "middle finger").
HEAD_COMPOUND_NEXT: dict[str, frozenset[str]] = {
    "high": words(
        """five fived fives fiving score scores key heels heel tops top waisted quality res
        resolution def definition tech speed light lights jump jumps ground noon tide chair heat
        fever level levels end pitched pitch street road way rise rises ceiling ceilings table
        hopes expectations blood pressure temperature temp temps wind winds winds gear mode"""
    ),
    "middle": words(
        """name names finger fingers child children ages east ground class part aged earth age
        row seat school-aged man men management aisle aisles lane lanes"""
    ),
    "public": words(
        """transport holiday holidays toilet toilets loo library libraries pool pools speaking park
        parks figure figures service services health hospital opinion domain beach garden gardens"""
    ),
    "international": words("airport flight flights students student day break match matches cricket games"),
    "primary": words("colors colours color colour source sources care election elections season vote votes"),
    "junior": words("year varsity olympics league mints"),
    "college": words(
        """student students football basketball tuition fund funds applications application degree
        essay essays kids kid life town ruled"""
    ),
    "academy": words("award awards"),
    "catholic": words("church churches priest priests guilt"),
    "grammar": words("check checker error errors mistake mistakes nazi police"),
}
