"""Build ``leakscan/lexicon/data/towns/<cc>.txt``: towns and suburbs of the eight regions the
kid-text scanners are measured on (US, GB, IE, CA, AU, NZ, IN, ZA), read by
``leakscan/scanners/ner_places.py`` after a place word ("moved to kelowna", "at papatoetoe").

Source: ``models/geo_cities.bin.gz`` (GeoNames cities1000, CC BY 4.0; see ``models/GEO.md``).
Left out: names shorter than four letters, names that are everyday English words or given names
in ``models/names_places.tsv.gz`` (``leakscan.truecase``: "hope", "march", "tyler" - after
"to"/"at" those are a word or a person more often than a town) or given names, surnames, chat
filler, area words, characters or famous people of the word lists ("lebohang", "moana"), and US places under 5,000 people
(17,000 of them, mostly villages a child names with a stronger cue the NER cues already read),
and "the" with everyday words ("the village", "the gap").
Deterministic: ``python models/build_towns.py``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from leakscan import geo
from leakscan.lexicon import entries, norm, unaccented
from leakscan.truecase import FIRST, WORD, lexicon

ROOT = Path(__file__).resolve().parent.parent
REGIONS = {"US": "us", "GB": "gb", "IE": "ie", "CA": "ca", "AU": "au", "NZ": "nz", "IN": "in", "ZA": "za"}
MIN_POP = {"US": 5000}
#: Countries beyond the eight regions that children of the blind sets write from (Africa, Asia,
#: the Pacific, the Caribbean, Europe): their cities of 20,000 people or more, and of 5,000 or
#: more in small island states, go to ``towns/world.txt`` ("heat in kumasi", "festa in zebbug").
WORLD = [
    "NG",
    "KE",
    "GH",
    "UG",
    "TZ",
    "ZM",
    "ZW",
    "BW",
    "MW",
    "NA",
    "LS",
    "SZ",
    "RW",
    "ET",
    "EG",
    "MA",
    "SN",
    "CM",
    "MU",
    "PH",
    "MY",
    "SG",
    "ID",
    "TH",
    "VN",
    "PK",
    "LK",
    "BD",
    "NP",
    "AE",
    "SA",
    "QA",
    "KW",
    "OM",
    "LB",
    "JO",
    "HK",
    "TW",
    "KR",
    "JP",
    "MT",
    "CY",
    "PL",
    "NL",
    "DE",
    "FR",
    "ES",
    "PT",
    "IT",
    "GR",
    "TR",
    "SE",
    "NO",
    "DK",
    "FI",
    "MX",
    "BR",
    "AR",
    "CO",
    "CL",
    "PE",
    "JM",
    "TT",
    "BB",
    "BS",
    "GY",
    "BZ",
    "LC",
    "GD",
    "FJ",
    "WS",
    "TO",
    "VU",
    "PG",
    "SB",
]
_SMALL = frozenset(
    ["MT", "CY", "MU", "JM", "TT", "BB", "BS", "GY", "BZ", "LC", "GD", "FJ", "WS", "TO", "VU", "PG", "SB"]
)
for _cc in WORLD:
    REGIONS[_cc] = "world"
    MIN_POP[_cc] = 5000 if _cc in _SMALL else 20000


def _everyday(word: str, words: dict[str, tuple[int, float]]) -> bool:
    info = words.get(word)
    return word == "the" or (info is not None and bool(info[0] & WORD))


def main() -> None:
    table = geo._load()
    names, ccs, pops = table.names[:], table.ccs[:], list(table.pops)
    words = lexicon().words
    # given names, surnames and chat filler of the word lists ("lebohang", "mera"), characters and
    # famous people ("moana", "hercules"), area words ("nagar"): a person or a word after "to"/"in"
    data = ROOT / "leakscan" / "lexicon" / "data"
    skip = set().union(*(entries(f) for f in ("first_names", "surnames", "filler_words", "address_areas")))
    for name in ("fiction.txt", "people.txt"):
        skip |= {norm(ln) for ln in (data / "famous" / name).read_text(encoding="utf-8").splitlines() if ln[:1] != "#"}
    out: dict[str, set[str]] = defaultdict(set)
    for name, cc, pop in zip(names, ccs, pops, strict=True):
        if cc not in REGIONS or pop < MIN_POP.get(cc, 0):
            continue
        entry = unaccented(norm(name))
        if len(entry) < 4 or not all(ch.isalpha() or ch in " '-." for ch in entry):
            continue
        info = words.get(entry)
        if (info is not None and info[0] & (WORD | FIRST)) or entry in skip:
            continue
        if entry.startswith("the ") and all(_everyday(w, words) for w in entry.split()):
            continue  # "the village", "the gap": said of any village or gap
        out[cc].add(entry)
    folder = ROOT / "leakscan" / "lexicon" / "data" / "towns"
    folder.mkdir(exist_ok=True)
    files: dict[str, set[str]] = defaultdict(set)
    for cc, found in out.items():
        files[REGIONS[cc]] |= found
    for stem, found in sorted(files.items()):
        what = "the countries of WORLD" if stem == "world" else stem.upper()
        head = (
            f"# Towns and suburbs of {what} from GeoNames cities1000 (CC BY 4.0, geonames.org), built by\n"
            "# models/build_towns.py (everyday words and given names left out). Do not edit by hand.\n"
        )
        (folder / f"{stem}.txt").write_text(head + "\n".join(sorted(found)) + "\n", encoding="utf-8")
        print(stem, len(found))


if __name__ == "__main__":
    main()
