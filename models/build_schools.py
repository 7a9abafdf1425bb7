"""Build ``schools.tsv.gz``, the school gazetteer the SCHOOL scanner loads.

Usage::

    python models/build_schools.py [CORPUS_SCHOOLS_DIR] [OUT_FILE]

Defaults: ``$LEAKSCAN_CORPUS/schools`` (``LEAKSCAN_CORPUS`` defaults to ``../shared/corpus``
next to the repository) and ``models/schools.tsv.gz``.

Input: the ``*.csv`` school lists (columns ``name,city,region,country,postcode,level,status,id``;
provenance and licences in ``models/SCHOOLS.md``). Only the ``name`` column is shipped, and
the ``city``/``region`` columns are used to tell town names apart from distinctive school names.

Output (UTF-8 text, gzip'd, deterministic): comment lines starting with ``#``, then one line
per distinctive name part ("stem"), sorted::

    stem <TAB> flags <TAB> prefixes <TAB> suffixes

* ``stem``: the normalised name without its school-type words ("st marys" for "St Mary's
  Catholic Primary School"), normalised exactly as the scanner normalises text
  (:func:`leakscan.scanners.school_names.norm_words` and :func:`~leakscan.scanners.school_names.split_name`).
* ``flags``: ``C`` when every word of the stem is a common English word ("central", "new
  hope"), ``D`` when the stem is distinctive enough to stand for the school without a suffix
  ("hillcrest": not a common word, not a town or region name), else empty.
* ``prefixes``/``suffixes``: ``|``-separated school-type words seen before/after the stem
  ("lycee", "kv", "ps 321" / "high school", "primary school"); every normalised full name in
  the lists is ``prefix + stem + suffix`` for one prefix and one suffix of its line.

Common-word flags use the ``wordfreq`` package when it is installed (build time only:
``pip install wordfreq``); without it a small built-in list is used, and the output differs
slightly. The shipped file was built with wordfreq 3.1.1.
"""

from __future__ import annotations

import csv
import gzip
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from leakscan.scanners.school_names import GENERIC, STOP, norm_words, split_name  # noqa: E402

#: Words whose zipf frequency (wordfreq, English) is at least this are "common".
COMMON_ZIPF = 4.5
#: A one-word stem is distinctive only below this zipf frequency.
DISTINCT_ZIPF = 3.4
#: A town name is still distinctive as a school name below this zipf frequency ("oakwood").
RARE_PLACE_ZIPF = 2.8

_PAREN = re.compile(r"\([^)]{0,80}\)")
#: French descriptors between "Lycée" and the name.
_FR_DESCRIPTORS = re.compile(
    r"^(?:(?:general|generale|et|technologique|technique|professionnel|professionnelle|polyvalent|"
    r"prive|privee|agricole|des|metiers|rural|d|enseignement|general|hotelier|maritime|"
    r"horticole|forestier|militaire|de|la|l|du)\s)+"
)
_NUMBERED_PREFIX = re.compile(r"^(?:ps|is|ms|jhs|hs|ips)\s[a-z]?\d{1,4}[a-z]?\s")


def _zipf_fn():
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - fallback when wordfreq is absent
        return None
    return lambda w: zipf_frequency(w, "en")


def normalise_name(raw: str) -> tuple[str, str, str] | None:
    """``(prefix, stem, suffix)`` of one school name as listed, or None to skip it."""
    name = _PAREN.sub(" ", raw)
    name = name.split(",")[0]  # "St Joseph's Catholic Primary School, Christchurch"
    words = norm_words(name)
    if not words:
        return None
    text = " ".join(words)
    # French: keep what follows the last "lycee", minus descriptors ("lycee professionnel X").
    if "lycee" in words:
        after = text.rsplit("lycee", 1)[1].strip()
        after = _FR_DESCRIPTORS.sub("", after + " ").strip()
        return ("lycee", after, "") if after else None
    # Indian Kendriya Vidyalaya: "kv X no 2" -> prefix kv, stem X.
    if words[0] == "kv":
        rest = re.sub(r"\bno\s?\d{1,2}\b", " ", " ".join(words[1:]))
        rest = re.sub(r"\bshift\s?i{1,3}\b", " ", rest)
        rest = " ".join(w for w in rest.split() if not w.isdigit())
        return ("kv", rest, "") if rest else None
    # New York: "ps 149 danny kaye" -> prefix "ps 149", stem "danny kaye".
    m = _NUMBERED_PREFIX.match(text + " ")
    if m:
        rest = text[m.end() :].strip()
        return (m.group().strip(), rest, "") if rest else None
    prefix, stem, suffix = split_name(words)
    if not stem:
        return None
    return prefix, stem, suffix


def build(src: Path, out: Path) -> dict[str, int]:
    """Read every CSV under ``src`` and write the gazetteer to ``out``; return counts."""
    zipf = _zipf_fn()
    stems: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    places: set[str] = set()
    rows = 0
    files = sorted(src.glob("*.csv"))
    if not files:
        raise SystemExit(f"no *.csv files in {src}")
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows += 1
                for col in ("city", "region"):
                    place = " ".join(norm_words(row.get(col) or ""))
                    if place:
                        places.add(place)
                        places.add(place.replace(" cedex", "").strip())
                parsed = normalise_name(row["name"])
                if parsed is None:
                    continue
                prefix, stem, suffix = parsed
                if len(stem) < 2 or stem.isdigit():
                    continue
                pre, suf = stems[stem]
                if prefix:
                    pre.add(prefix)
                suf.add(suffix)

    def common(stem: str) -> bool:
        words = stem.split()
        if zipf is None:
            return all(w in STOP or w in GENERIC for w in words)
        return all(w in STOP or zipf(w) >= COMMON_ZIPF for w in words)

    def distinct(stem: str) -> bool:
        words = stem.split()
        if len(stem) < 4 or any(w in STOP or w.isdigit() for w in words):
            return False
        if stem in places and (zipf is None or max(zipf(w) for w in words) >= RARE_PLACE_ZIPF):
            return False
        if len(words) == 1:
            if words[0] in GENERIC:
                return False
            return zipf is None or zipf(words[0]) < DISTINCT_ZIPF
        return True

    lines = []
    counts = {"rows": rows, "stems": 0, "names": 0, "common": 0, "distinct": 0}
    for stem in sorted(stems):
        pre, suf = stems[stem]
        flags = ""
        if common(stem):
            flags += "C"
            counts["common"] += 1
        elif distinct(stem):
            flags += "D"
            counts["distinct"] += 1
        counts["stems"] += 1
        counts["names"] += len(pre or {""}) * len(suf)
        lines.append(f"{stem}\t{flags}\t{'|'.join(sorted(pre))}\t{'|'.join(sorted(suf))}")
    header = [
        "# leakscan school gazetteer (built by models/build_schools.py; sources in models/SCHOOLS.md)",
        "# stem<TAB>flags(C=common words, D=distinctive)<TAB>prefixes<TAB>suffixes",
        f"# {counts['stems']} stems from {rows} listed schools",
    ]
    data = "\n".join(header + lines) + "\n"
    out.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    return counts


def main(argv: list[str]) -> int:
    corpus = Path(os.environ.get("LEAKSCAN_CORPUS", HERE.parent.parent / "shared" / "corpus"))
    src = Path(argv[1]) if len(argv) > 1 else corpus / "schools"
    out = Path(argv[2]) if len(argv) > 2 else HERE / "schools.tsv.gz"
    counts = build(src, out)
    print(f"wrote {out} ({out.stat().st_size:,} bytes): {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
