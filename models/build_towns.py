"""Build ``leakscan/lexicon/data/towns/<cc>.txt``: towns and suburbs of the eight regions the
kid-text scanners are measured on (US, GB, IE, CA, AU, NZ, IN, ZA) and of the countries children
write from next (``MORE``: Nepal, Korea, Thailand, Egypt, Bangladesh, Ghana, Uganda, Kenya,
Nigeria, the Philippines, Malaysia, Pakistan, Jamaica, Fiji, Samoa, Tonga, Brazil, the
Netherlands), one file a country (adding a country is adding its code to ``MORE``), read by
``leakscan/scanners/ner_places.py`` after a place word ("moved to kelowna", "at papatoetoe").

Source: ``models/geo_cities.bin.gz`` (GeoNames cities1000, CC BY 4.0; see ``models/GEO.md``).
Left out: names shorter than four letters, names that are everyday English words or given names
in ``models/names_places.tsv.gz`` (``leakscan.truecase``: "hope", "march", "tyler" - after
"to"/"at" those are a word or a person more often than a town) or given names, surnames, chat
filler, area words, characters or famous people of the word lists ("lebohang", "moana"), and US places under 5,000 people
(17,000 of them, mostly villages a child names with a stronger cue the NER cues already read),
places under 5,000 people where a country has more than 500 places in the table (``MIN_POP``:
Brazil, the Philippines, the Netherlands, Thailand, Nigeria, Malaysia, Pakistan, as for the US),
and "the" with everyday words ("the village", "the gap").
Deterministic: ``python models/build_towns.py`` (all countries) or ``python models/build_towns.py NP KR``
(only those countries' files).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from leakscan import geo
from leakscan.lexicon import entries, norm, unaccented
from leakscan.truecase import FIRST, WORD, lexicon

ROOT = Path(__file__).resolve().parent.parent
MAIN = ("US", "GB", "IE", "CA", "AU", "NZ", "IN", "ZA")
MORE = ("NP", "KR", "TH", "EG", "BD", "GH", "UG", "KE", "NG", "PH", "MY", "PK", "JM", "FJ", "WS", "TO", "BR", "NL")
REGIONS = {cc: cc.lower() for cc in (*MAIN, *MORE)}
#: Towns of the added countries that are a word of the country's own chat (Portuguese, Tagalog,
#: Malay, Urdu/Hindi, Bengali, Swahili, Pidgin, Dutch, Tongan: "mashi" an aunt, "siasi" a church), a surname, a famous sight or another country:
#: after "to"/"in" or as a whole answer those are a word or a person more often than a town.
LOCAL_WORDS = frozenset(
    """
    areia barra barro canta capim cedro choro datas graca joia lagoa lapa leme limao moeda ouro
    patos pavao pedra peixe perus pote prado prata porto salto saude seara serra malta natal
    bato bulan dapa gamay hala ilog lunas oras pulo putol sagay salay sulit tago tala tapon bago
    tubod jones lopez ramos hayes orion moog taal rizal kuah kuang paka parit pekan teras titi
    bhag chak dayal khar lakhi mehar thal topi kinna kumi lira moyo ramu sega wote beek goor
    heer leek elst mashi siasi
    """.split()  # noqa: SIM905 - a word list is read as a list of words
) | {"na wa", "na di"}

#: Countries whose chartered cities GeoNames names with "City" ("Marikina City", "Pasig City"), which children
#: write without it ("sa marikina"): the bare name is kept too, under the same filters.
CITY_SUFFIXED = frozenset({"PH"})

#: Countries with thousands of villages in cities1000: only places of 5,000 people or more.
MIN_POP = {cc: 5000 for cc in ("US", "BR", "PH", "NL", "TH", "NG", "MY", "PK")}


def _everyday(word: str, words: dict[str, tuple[int, float]]) -> bool:
    info = words.get(word)
    return word == "the" or (info is not None and bool(info[0] & WORD))


def main(only: frozenset[str] = frozenset()) -> None:
    table = geo._load()
    names, ccs, pops = table.names[:], table.ccs[:], list(table.pops)
    # a chartered city's name without its "City" too, read in its turn under the same filters
    bare = [
        (n[:-5], cc, p)
        for n, cc, p in zip(names, ccs, pops, strict=True)
        if cc in CITY_SUFFIXED and n.lower().endswith(" city")
    ]
    for name, cc, pop in bare:
        names.append(name)
        ccs.append(cc)
        pops.append(pop)
    words = lexicon().words
    # given names, surnames and chat filler of the word lists ("lebohang", "mera"), characters and
    # famous people ("moana", "hercules"), area words ("nagar"): a person or a word after "to"/"in"
    data = ROOT / "leakscan" / "lexicon" / "data"
    skip = set().union(*(entries(f) for f in ("first_names", "surnames", "filler_words", "address_areas")))
    for name in ("fiction.txt", "people.txt"):
        skip |= {norm(ln) for ln in (data / "famous" / name).read_text(encoding="utf-8").splitlines() if ln[:1] != "#"}
    out: dict[str, set[str]] = defaultdict(set)
    for name, cc, pop in zip(names, ccs, pops, strict=True):
        if cc not in REGIONS or pop < MIN_POP.get(cc, 0) or (only and cc not in only):
            continue
        entry = unaccented(norm(name))
        if len(entry) < 4 or not all(ch.isalpha() or ch in " '-." for ch in entry):
            continue
        info = words.get(entry)
        if (info is not None and info[0] & (WORD | FIRST)) or entry in skip or entry in LOCAL_WORDS:
            continue
        if entry[-1] == "s" and (((n := words.get(entry[:-1])) is not None and n[0] & FIRST) or entry[:-1] in skip):
            continue  # a given name's possessive without its apostrophe ("amas party": ama's)
        if entry.startswith("the ") and all(_everyday(w, words) for w in entry.split()):
            continue  # "the village", "the gap": said of any village or gap
        out[cc].add(entry)
    folder = ROOT / "leakscan" / "lexicon" / "data" / "towns"
    folder.mkdir(exist_ok=True)
    for cc, found in sorted(out.items()):
        head = (
            f"# Towns and suburbs of {cc} from GeoNames cities1000 (CC BY 4.0, geonames.org), built by\n"
            "# models/build_towns.py (everyday words and given names left out). Do not edit by hand.\n"
        )
        (folder / f"{REGIONS[cc]}.txt").write_text(head + "\n".join(sorted(found)) + "\n", encoding="utf-8")
        print(cc, len(found))


if __name__ == "__main__":
    main(frozenset(a.upper() for a in sys.argv[1:]))
