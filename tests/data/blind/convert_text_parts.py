#!/usr/bin/env python3
"""Convert a blind text set's part files (REGION<TAB>marked-up post) to text-vN.jsonl and validate.

Usage: python convert_text_parts.py VERSION PARTS_DIR (text-v2: 2, text-v3: 3; the writer's part files).

Markup: [[LABEL|text]] inline. Output records:
{"id": "blind2-0001", "region": ..., "text": ..., "spans": [{"start","end","label"}], "clean": bool}
Span indices are Python str indices, end exclusive.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH",
          "PHONE", "EMAIL", "HANDLE", "URL"}
MAIN_REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]
MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+)\]\]")


def parse(marked, where, errors):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        out_len += len(before)
        label, inner = m.group(1), m.group(2)
        if label not in LABELS:
            errors.append(f"{where}: unknown label {label}")
        if inner != inner.strip() or not inner:
            errors.append(f"{where}: span text has outer whitespace or is empty: {inner!r}")
        spans.append({"start": out_len, "end": out_len + len(inner), "label": label, "_t": inner})
        text.append(inner)
        out_len += len(inner)
        pos = m.end()
    text.append(marked[pos:])
    text = "".join(text)
    # leftover markup = malformed / nested / overlapping markup
    for tok in ("[[", "]]"):
        if tok in text:
            errors.append(f"{where}: leftover or nested markup {tok!r}")
    return text, spans


def main():
    version, parts = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(parts, "part*.txt")),
                   key=lambda p: int(re.search(r"part(\d+)", p).group(1)))
    errors, records, seen = [], [], {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                where = f"{os.path.basename(path)}:{ln}"
                if line.count("\t") != 1:
                    errors.append(f"{where}: expected exactly one TAB")
                    continue
                region, marked = line.split("\t")
                region = region.strip()
                if not re.fullmatch(r"[A-Z]{2}", region):
                    errors.append(f"{where}: bad region {region!r}")
                text, spans = parse(marked, where, errors)
                for s in spans:
                    if text[s["start"]:s["end"]] != s.pop("_t"):
                        errors.append(f"{where}: span text mismatch")
                for a, b in zip(spans, spans[1:]):
                    if b["start"] < a["end"]:
                        errors.append(f"{where}: overlapping spans")
                key = re.sub(r"\s+", " ", text.strip().lower())
                if key in seen:
                    errors.append(f"{where}: duplicate post (first at {seen[key]})")
                seen[key] = where
                records.append({"region": region, "text": text, "spans": spans,
                                "clean": not spans})
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"blind{version}-{i:04d}", **r})
    out_path = os.path.join(HERE, f"text-v{version}.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-validate from the written file
    with open(out_path, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert len(back) == len(out)

    n = len(out)
    clean = sum(r["clean"] for r in out)
    regions = Counter(r["region"] for r in out)
    labels = Counter(s["label"] for r in out for s in r["spans"])
    print(f"posts: {n}")
    print(f"clean: {clean} ({clean / n:.1%})  leaky: {n - clean}")
    print("per region (total / clean):")
    for reg in MAIN_REGIONS + sorted(set(regions) - set(MAIN_REGIONS)):
        c = sum(1 for r in out if r["region"] == reg and r["clean"])
        flag = "" if reg not in MAIN_REGIONS or regions[reg] >= 70 else "  <70!"
        print(f"  {reg}: {regions[reg]} / {c}{flag}")
    other = sum(v for k, v in regions.items() if k not in MAIN_REGIONS)
    print(f"  other regions total: {other}")
    print(f"spans: {sum(labels.values())}")
    for lab in sorted(LABELS):
        print(f"  {lab}: {labels[lab]}")
    if clean / n < 0.38:
        errors.append(f"clean share {clean / n:.1%} below 38%")
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation: OK")
    print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
