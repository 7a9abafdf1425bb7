#!/usr/bin/env python3
"""Convert /work/blind/text-v1.txt (REGION<TAB>marked-up post) to text-v1.jsonl and validate.

Markup: [[LABEL|text]] marks a personal-information span. Offsets are Python str
indices into the plain text, end exclusive.
"""
import json, re, sys, collections, pathlib

HERE = pathlib.Path(__file__).parent
SRC = HERE / "text-v1.txt"
DST = HERE / "text-v1.jsonl"
LABELS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH",
          "PHONE", "EMAIL", "HANDLE", "URL"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def parse(marked):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        out_len += len(before)
        label, inner = m.group(1), m.group(2)
        spans.append({"start": out_len, "end": out_len + len(inner), "label": label, "_text": inner})
        text.append(inner)
        out_len += len(inner)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def main():
    errors, records, seen_ids, seen_texts = [], [], set(), {}
    for n, raw in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if "\t" not in raw:
            errors.append(f"line {n}: no region tab")
            continue
        region, marked = raw.split("\t", 1)
        if not re.fullmatch(r"[A-Z]{2}", region):
            errors.append(f"line {n}: bad region {region!r}")
        text, spans = parse(marked)
        rid = f"blind1-{len(records) + 1:04d}"
        if rid in seen_ids:
            errors.append(f"line {n}: duplicate id {rid}")
        seen_ids.add(rid)
        if "[[" in text or "]]" in text:
            errors.append(f"line {n}: leftover markup: {text!r}")
        for s in spans:
            if s["label"] not in LABELS:
                errors.append(f"line {n}: bad label {s['label']}")
            if text[s["start"]:s["end"]] != s["_text"]:
                errors.append(f"line {n}: offset mismatch {s}")
            if not s["_text"] or s["_text"] != s["_text"].strip():
                errors.append(f"line {n}: empty or padded span {s['_text']!r}")
            if s["_text"].startswith(("@", "#")):
                errors.append(f"line {n}: span includes leading @/#: {s['_text']!r}")
        key = text.strip().lower()
        if key in seen_texts:
            errors.append(f"line {n}: duplicate post (also line {seen_texts[key]})")
        seen_texts[key] = n
        clean = not spans
        rec = {"id": rid, "region": region, "text": text,
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans],
               "clean": clean}
        if rec["clean"] and rec["spans"]:
            errors.append(f"line {n}: clean post with spans")
        records.append(rec)

    with DST.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and re-validate the written file
    for line in DST.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), r["id"]
        assert r["clean"] == (not r["spans"]), r["id"]

    n = len(records)
    clean = sum(r["clean"] for r in records)
    print(f"posts: {n}")
    print(f"clean: {clean} ({clean / n:.1%})")
    print("per region:", dict(collections.Counter(r["region"] for r in records).most_common()))
    print("spans per label:", dict(collections.Counter(s["label"] for r in records for s in r["spans"]).most_common()))
    if errors:
        print("ERRORS:", *errors, sep="\n  ")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
