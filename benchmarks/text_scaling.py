"""Does scan time grow linearly with the length of a post? Adversarial patterns at 10 KB, 100 KB, 1 MB.

Each pattern is a short unit repeated to the target length (in characters), built to hit
one scanner's regular expressions or loops where they could backtrack or go quadratic:
digit runs and spelled digits (phone), "at"/"dot" soup (e-mail), @mentions, tags and
link-like text (handle), house numbers and street words (address), school words and cues
(school), ages, grades and dates (age, birthday), the child's own facts (known), capitalised
names (NER), and Unicode the folding step has to walk (combining marks, bidi controls,
zero-width characters, emoji ZWJ sequences, fullwidth digits, lone surrogates).

Each scanner is timed on its own (CPU time, the best of two runs below 1 MB; same shared
context as the engine: the text view is timed as ``view``, the spaCy ``Doc`` as ``spacy``),
then the merge (with the map back to the text), the policy and the redaction.
The ratio between steps is reported: linear is about 10x per step; anything worse than
``--flag`` (default 15x) on the total or on one scanner is flagged. Texts are scanned with
``max_text_chars`` raised to fit (``Settings``).

Run: ``python benchmarks/text_scaling.py`` (``--sizes 10000 100000`` for a quicker pass,
``--only phone`` to run the patterns whose name starts with ``phone``). A size whose time,
projected from the size before (linear, or quadratic after a step that grew more than
``--flag``), is over ``--budget`` seconds
(default 600) is not run (and the pattern is flagged).
Prints a table and writes ``benchmarks/out/text_scaling.json``.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import md_table, write_json

#: name -> repeated unit. Names start with the scanner they target.
PATTERNS: dict[str, str] = {
    # phone
    "phone-digit-run": "1234567890",
    "phone-spaced-digits": "1 2 3 4 5 6 7 8 9 0 ",
    "phone-groups": "555 0134 ",
    "phone-dashed": "217-555-0134-",
    "phone-spelled": "five five five oh one two three four ",
    "phone-double": "double ",
    "phone-o-l": "5o5l0l ",
    "phone-plus": "+44 ",
    "phone-cue-digits": "call me 2175550134 ",
    "phone-comma-digits": "5, 5, ",
    "phone-dots": "1.2.3.4.5.6.7.",
    "phone-hundred": "eight hundred ",
    "phone-tens": "twenty one ",
    # email
    "email-at-soup": "a at b dot c ",
    "email-at-words": " at ",
    "email-bracket-at": "[at] ",
    "email-at-signs": "@",
    "email-at-dotted": "x@a.",
    "email-dot-words": " dot ",
    "email-local-long": "abcdefghij",
    "email-addresses": "emma.j2013@gmail.com ",
    "email-spelled": "jakey11 at hotmail dot com ",
    # handle / url
    "handle-mentions": "@a ",
    "handle-mention-dots": "@a.b.c.d.e.f.g.h ",
    "handle-tags": "a#1234 ",
    "handle-platform": "snap: jake ",
    "handle-platform-words": "snap insta tiktok ",
    "handle-add-me": "add me on ",
    "handle-urls": "http://a.com/",
    "handle-www": "www.",
    "handle-dot-com": "a.com ",
    "handle-tld-soup": ".com",
    "handle-hyphens": "a-",
    "handle-path": "x.com/a/b/c/",
    "handle-reverse": "jake on ",
    # address
    "address-street": "12 oak street ",
    "address-numbers": "12 ",
    "address-number-words": "12 a b c d ",
    "address-caps": "Oak Elm Ash ",
    "address-flat": "flat 3, ",
    "address-apt": "apt 4 ",
    "address-live-on": "i live on ",
    "address-postcode": "LS6 2AB ",
    "address-zip": "zip ",
    "address-block-line": "AALBORG NO 9100\n",
    "address-newlines": "\n",
    "address-commas": ", ",
    "address-prefix": "12 rue du ",
    "address-box": "po box 12 ",
    # school
    "school-name": "lincoln elementary ",
    "school-word": "school ",
    "school-saint": "st. ",
    "school-cue": "i go to ",
    "school-ps": "PS 321 ",
    "school-high": "high ",
    "school-caps": "Maple Grove Middle ",
    # age / birthday
    "age-im": "i'm 11 ",
    "age-yo": "11 yo ",
    "age-year": "year 6 ",
    "age-grade": "grade ",
    "age-born": "born 14/02/2013 ",
    "age-birthday": "birthday ",
    "age-month": "march 3rd ",
    "age-im-repeat": "i'm ",
    "age-bio": "11 | ",
    "age-filler": "is was on ",
    # known facts (run with Settings.known)
    "known-name": "emma jonson ",
    "known-words": "emma ",
    "known-street": "victoria road ",
    # NER
    "ner-names": "Emma Johnson ",
    "ner-caps": "Aaaa ",
    "ner-sentence": "me and jake went to riverside park with lily. ",
    # unicode
    "uni-combining": "e\u0301\u0302\u0303",
    "uni-zero-width": "a\u200b\u200c\u200d\u2060",
    "uni-bidi": "\u202eabc\u202c\u2066x\u2069 ",
    "uni-emoji-zwj": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466\U0001f44d\U0001f3fd ",
    "uni-fullwidth-digits": "\uff11\uff12\uff13\uff14\uff15\uff16\uff17",
    "uni-surrogates": "\udc80\udcff a",
    "uni-math-digits": "\U0001d7ce\U0001d7cf\U0001d7d0 ",
    "uni-arabic-digits": "\u0661\u0662\u0663 ",
    "uni-keycap": "2\ufe0f\u20e3",
    "uni-digit-marks": "2\u0336\u0332 ",
    "uni-tags": "a\U000e0041\U000e007f",
    "uni-rlo-one-run": "\u202e4310 555 712 e\u0301 (x) ",
    "uni-rlo-many-runs": "\u202e4310 555 712\u202c ",
    "phone-emoji-gaps": "2\U0001f525",
    "phone-line-gaps": "217\n",
    "phone-mid-dots": "217\u00b7555\u2022",
    "phone-links": "wa.me/12175550134 t.me/+1217 tel:+1-217-555-0134 ",
    "phone-link-query": "api.whatsapp.com/send?a=1&b=2&phone=",
    "uni-blanks": "217\u2028555\u00a0\u2800\u1680\r",
    "uni-controls": "2\x001\x1f7\U00013430\x7f",
    "uni-overlays": "Z\u0335a\u0336r\u0338a ",
    "known-lookalikes": "\u0435mm\u0430 j\u043ehns\u043en \u0415\u041c\u041c\u0410 ",
    "known-marks": "e\u0332m\u0332m\u0332a\u0332 ",
    "situation-home-alone": "im home alone till mum gets back ",
    "situation-invite": "we're at riverside park rn come say hi ",
    # the units the scanners' own tests once timed (the tests keep them for correctness)
    "age-unit-test-0": "i am ",
    "age-unit-test-1": "im 1 ",
    "age-unit-test-2": "11 ",
    "age-unit-test-3": "birthday is ",
    "age-unit-test-4": "born on the ",
    "age-unit-test-5": "| 12 ",
    "age-unit-test-6": "my little little sister ",
    "known-unit-test-1": "emma johnson ",
    "known-unit-test-2": "johnsen ",
    "known-unit-test-3": "x ",
    "known-unit-test-4": "é",
    "email-unit-test-0": "a.a.a.a@",
    "email-unit-test-1": "x at ",
    "email-unit-test-2": "a.a.a.a@a.a.a.a.",
    "email-unit-test-3": "jakey11 at hotmail dot ",
    "email-unit-test-4": "a dot ",
    "handle-unit-test-0": "@a",
    "handle-unit-test-1": "a.",
    "handle-unit-test-3": "http://",
    "handle-unit-test-5": "tiktok.com/",
    "handle-unit-test-6": "snap: ",
    "handle-unit-test-7": "add me on snap ",
    "handle-unit-test-8": "a#1234",
    "handle-unit-test-9": "my insta is ",
    "handle-unit-test-10": "(((http://x.com/)))",
    # generic
    "gen-spaces": " ",
    "gen-one-word": "a",
    "gen-dots": ".",
    "gen-dashes": "-",
    "gen-english": "hey guys we had so much fun today at the beach lol ",
}

#: The child's facts used for the known-facts patterns (and for every pattern, so that scanner runs too).
KNOWN = {
    "names": ["Emma Johnson"],
    "schools": ["St Mary's Primary"],
    "streets": ["Victoria Road"],
    "towns": ["Leeds"],
    "phones": ["07700 900123"],
}


def build(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def measure_best(text: str, settings: Any, errors: list[str], runs: int) -> dict[str, float]:
    """:func:`measure` ``runs`` times; the fastest time of each step (CPU time still has noise)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        for k, v in measure(text, settings, errors).items():
            best[k] = min(best.get(k, v), v)
    return best


def measure(text: str, settings: Any, errors: list[str]) -> dict[str, float]:
    """CPU seconds per step for one text (each scanner, spaCy, merge + policy + redaction).

    A step that raises is timed, skipped and named in ``errors``.
    """
    from leakscan import nlp, policy
    from leakscan.redact.text import mask_findings
    from leakscan.scanners import text_scanners
    from leakscan.scanners.base import TextContext
    from leakscan.scanners.detect import merge
    from leakscan.textview import TextView

    times: dict[str, float] = {}
    gc.collect()
    t = time.process_time()
    view = TextView.of(text)  # what the scanners read, as in the engine
    times["view"] = time.process_time() - t
    ctx = TextContext(view.text, settings)
    t = time.process_time()
    try:
        ctx.__dict__["doc"] = nlp.make_doc(view.text, settings.model)
    except Exception as exc:  # reported, and the NER scanner is skipped (as the engine would)
        errors.append(f"spacy: {type(exc).__name__}")
    times["spacy"] = time.process_time() - t
    t = time.process_time()
    _ = ctx.folded
    times["fold"] = time.process_time() - t
    found = []
    for scanner in text_scanners(settings):
        t = time.process_time()
        try:
            if scanner.name != "ner" or "doc" in ctx.__dict__:
                found.extend(scanner.scan(ctx))
        except Exception as exc:
            errors.append(f"{scanner.name}: {type(exc).__name__}")
        times[scanner.name] = time.process_time() - t
    t = time.process_time()
    merged = view.findings(merge(found))
    decided, _verdict = policy.decide(merged, settings)
    mask_findings(text, decided)
    times["merge+redact"] = time.process_time() - t
    times["total"] = sum(times.values())
    return times


def run(sizes: list[int], only: str | None, flag: float, budget: float) -> dict[str, Any]:
    from leakscan.settings import Settings

    settings = Settings(max_text_chars=max(sizes) + 1, known=KNOWN)
    measure("warm up: emma johnson, 42 oak street, call 217 555 0134 at lincoln elementary", settings, [])
    results: dict[str, Any] = {}
    for name, unit in PATTERNS.items():
        if only and not name.startswith(only):
            continue
        per_size = []
        errors: list[str] = []
        skipped = None
        for size in sizes:
            if per_size:
                # projected time of this size: linear growth, quadratic once a step grew over ``flag``
                growth = size / sizes[len(per_size) - 1]
                if len(per_size) > 1 and per_size[-1]["total"] / max(per_size[-2]["total"], 0.01) > flag:
                    growth = growth**2
                projected = per_size[-1]["total"] * growth
                if projected > budget:
                    skipped = f"{size:,} chars not run: projected {projected:.0f} s"
                    break
            times = measure_best(build(unit, size), settings, errors, runs=2 if size < 1_000_000 else 1)
            per_size.append(times)
            print(f"  {name:24} {size:>9,} chars  {times['total']:8.3f} s", file=sys.stderr, flush=True)
        ratios = {}
        for step in range(1, len(per_size)):
            a, b = per_size[step - 1], per_size[step]
            # a ratio on tiny times is noise: steps under 0.1 s at the larger size are not compared
            ratios[f"{sizes[step - 1]}->{sizes[step]}"] = {
                k: round(b[k] / max(a[k], 0.01), 1) for k in b if b[k] >= 0.1 or k == "total"
            }
        worst = max(
            ((k, r) for rs in ratios.values() for k, r in rs.items() if k != "total"), key=lambda x: x[1], default=None
        )
        total_ratios = [rs["total"] for rs in ratios.values()]
        results[name] = {
            "seconds": {str(s): {k: round(v, 4) for k, v in t.items()} for s, t in zip(sizes, per_size, strict=False)},
            "skipped": skipped,
            "ratios": ratios,
            "total_ratio_max": max(total_ratios, default=None),
            "worst_step": worst,
            "errors": sorted(set(errors)),
            "flagged": any(r > flag for r in total_ratios)
            or (worst is not None and worst[1] > flag)
            or bool(errors)
            or skipped is not None,
        }
    return results


def report(results: dict[str, Any], sizes: list[int], flag: float) -> str:
    rows = []
    for name, r in results.items():
        secs = [r["seconds"][str(s)]["total"] if str(s) in r["seconds"] else None for s in sizes]
        ratios = [rs["total"] for rs in r["ratios"].values()]
        ratios += [None] * (len(sizes) - 1 - len(ratios))
        worst = r["worst_step"]
        rows.append(
            [
                name,
                *[f"{s:.3f}" if s is not None else "not run" for s in secs],
                *[f"{x:.1f}x" if x is not None else "–" for x in ratios],
                f"{worst[0]} {worst[1]:.1f}x" if worst else "–",
                ("FLAG " if r["flagged"] else "") + "; ".join(r["errors"]),
            ]
        )
    header = ["pattern", *[f"{s:,} chars (s)" for s in sizes]]
    header += [f"{a:,}->{b:,}" for a, b in itertools.pairwise(sizes)] + ["worst step (≥ 0.1 s)", f"> {flag}x"]
    flagged = [n for n, r in results.items() if r["flagged"]]
    return md_table(header, rows) + f"\n\nflagged: {len(flagged)} of {len(results)} patterns {flagged or ''}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--only", help="run the patterns whose name starts with this")
    parser.add_argument("--flag", type=float, default=15.0, help="flag a step ratio above this")
    parser.add_argument("--budget", type=float, default=600.0, help="skip a size whose projected time is over this (s)")
    parser.add_argument("--json", default="text_scaling.json", help="file name under benchmarks/out/")
    args = parser.parse_args(argv)
    results = run(sorted(args.sizes), args.only, args.flag, args.budget)
    print(report(results, sorted(args.sizes), args.flag))
    path = write_json(args.json, {"sizes": sorted(args.sizes), "flag_ratio": args.flag, "patterns": results})
    print(f"\nJSON: {path}")
    return 1 if any(r["flagged"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
