"""Build ``leakscan/lexicon/data/first_names/faker-world.txt``: given names of the regions children
write from (issue 10, family 1), read by the NER scanner wherever a given name of the word lists
counts ("hayibo sipho stole my chips", "nethmi my number is ...").

Source: the given names of Faker's person providers (MIT) for the Latin-script locales of the
regions the kid-text sets come from: South Asia in English (en_IN, en_PK), Sri Lanka (si_LK), West
and East Africa (en_NG, yo_NG, ig_NG, ha_NG, tw_GH, en_KE, sw), South Africa (zu_ZA), Ireland
(ga_IE, en_IE), New Zealand (en_NZ), Malaysia and Indonesia (id_ID), and the languages of
children's families in the English-speaking regions (fr_CA, es_MX, pt_BR, it_IT, pl_PL, tr_TR).

Left out, so that no word a post says is taken for a name: names that are everyday English words,
major places or countries in ``models/names_places.tsv.gz`` (``leakscan.truecase``: "angel",
"precious", "india"), names already in the lexicon's own name lists, towns, chat filler,
famous names and titles of the word lists ("sipho" is already listed; "mera" is Hindi for "my"),
names shorter than five letters (they run through hashtags: "#bellarinesc" is no "arin"), and
names that are not one plain word.
Deterministic (Faker's lists are sorted and deduplicated): ``python models/build_first_names.py``.
"""

from __future__ import annotations

import importlib
from importlib.metadata import version
from pathlib import Path

from leakscan.lexicon import entries, norm, unaccented
from leakscan.truecase import FIRST, MAJOR, WORD, lexicon

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "leakscan" / "lexicon" / "data" / "first_names" / "faker-world.txt"
LOCALES = [
    "en_IN",
    "en_PK",
    "si_LK",
    "en_NG",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "en_KE",
    "sw",
    "zu_ZA",
    "ga_IE",
    "en_IE",
    "en_NZ",
    "id_ID",
    "fr_CA",
    "es_MX",
    "pt_BR",
    "it_IT",
    "pl_PL",
    "tr_TR",
]
#: Word-list families whose words are no given name to add.
NOT_NAMES = ("towns", "filler_words", "famous", "countries", "titles", "places")


def _given_names(locale: str) -> set[str]:
    """The given names of one Faker locale, lower case."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        names = getattr(provider, attr, ())
        out.update(norm(n) for n in names)
    return out


def _known(name: str, words: dict[str, tuple[int, float]]) -> bool:
    """An everyday word, a big place, or a census given name (known already) of the names lexicon."""
    info = words.get(name)
    return info is not None and bool(info[0] & (WORD | MAJOR | FIRST))


def main() -> None:
    OUT.unlink(missing_ok=True)  # the lists and the lexicon are read without this file's last build
    words = lexicon().words
    taken = set().union(*(entries(f) for f in NOT_NAMES))
    listed = entries("first_names")
    names: set[str] = set()
    for locale in LOCALES:
        names |= _given_names(locale)
    keep = []
    for name in sorted(names):
        if len(name) < 5 or not name.isalpha():
            continue
        bare = unaccented(name)  # "óscar" is read as "oscar" too: judged as both
        if any(_known(w, words) for w in {name, bare}) or {name, bare} & (taken | listed):
            continue
        keep.append(name)
    header = (
        "# Given names of the regions children write from, from Faker's person providers (MIT) for the\n"
        f"# locales {', '.join(LOCALES)} (Faker {version('faker')}), built by models/build_first_names.py\n"
        "# (everyday words, places, towns, chat filler and famous names left out). Do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
