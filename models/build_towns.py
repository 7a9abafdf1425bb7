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
    for cc, found in sorted(out.items()):
        head = (
            f"# Towns and suburbs of {cc} from GeoNames cities1000 (CC BY 4.0, geonames.org), built by\n"
            "# models/build_towns.py (everyday words and given names left out). Do not edit by hand.\n"
        )
        (folder / f"{REGIONS[cc]}.txt").write_text(head + "\n".join(sorted(found)) + "\n", encoding="utf-8")
        print(cc, len(found))


if __name__ == "__main__":
    main()
