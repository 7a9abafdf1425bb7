#!/usr/bin/env python3
"""Verify expected.jsonl against out/ and print counts."""
import collections
import json
import os
import re
import sys

from PIL import Image

BASE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "PHONE", "EMAIL", "HANDLE", "URL"}
QR_TEXT = ("If found please return to", "Hi I'm")
QR_PREFIX = ("tel:", "sms:", "mailto:", "geo:", "MECARD:", "BEGIN:VCARD", "WIFI:", "http://", "https://")

errors = []
recs = [json.loads(l) for l in open(os.path.join(BASE, "expected.jsonl"), encoding="utf-8") if l.strip()]
files = set()
kinds = collections.Counter()
fmts = collections.Counter()
n_clean = n_leaky = n_qr = n_qr_leak = n_leaks = 0
sizes = []
for r in recs:
    f = r["file"]
    if f in files:
        errors.append(f"duplicate entry {f}")
    files.add(f)
    for key in ("file", "clean", "leaks", "faces", "notes"):
        if key not in r:
            errors.append(f"{f}: missing key {key}")
    p = os.path.join(BASE, f)
    if not os.path.isfile(p):
        errors.append(f"{f}: missing file")
        continue
    with Image.open(p) as im:
        W, H = im.size
        fmts[im.format] += 1
    sizes.append((W, H))
    if r["clean"] != (len(r["leaks"]) == 0):
        errors.append(f"{f}: clean flag disagrees with leaks")
    n_clean += r["clean"]
    n_leaky += not r["clean"]
    m = re.search(r"qr=(\d+)", r["notes"])
    n_qr += int(m.group(1)) if m else 0
    for lk in r["leaks"]:
        n_leaks += 1
        if lk["kind"] not in KINDS:
            errors.append(f"{f}: bad kind {lk['kind']}")
        kinds[lk["kind"]] += 1
        if not lk.get("text"):
            errors.append(f"{f}: empty text")
        if lk["text"] != lk["text"].strip():
            errors.append(f"{f}: leak text has surrounding spaces {lk['text']!r}")
        if lk["text"].startswith(QR_PREFIX + QR_TEXT):
            n_qr_leak += 1
        x, y, w, h = lk["box"]
        if not (all(isinstance(v, int) for v in (x, y, w, h)) and w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= W and y + h <= H):
            errors.append(f"{f}: box {lk['box']} outside {W}x{H} ({lk['kind']} {lk['text']!r})")
on_disk = {"out/" + n for n in os.listdir(os.path.join(BASE, "out"))}
for extra in sorted(on_disk - files):
    errors.append(f"{extra}: on disk but not in expected.jsonl")

for e in errors:
    print("ERROR", e)
print(f"images: {len(recs)}  (PNG {fmts['PNG']}, JPEG {fmts['JPEG']}, WEBP {fmts['WEBP']})")
print(f"clean: {n_clean}  leaky: {n_leaky}")
print(f"leaks: {n_leaks}")
for k in sorted(KINDS):
    print(f"  {k}: {kinds[k]}")
print(f"QR codes: {n_qr}  (carrying a leak: {n_qr_leak}, clean brand codes: {n_qr - n_qr_leak})")
print(f"sizes: {min(w*h for w,h in sizes)} to {max(w*h for w,h in sizes)} px; smallest {min(sizes, key=lambda s: s[0]*s[1])}, largest {max(sizes, key=lambda s: s[0]*s[1])}")
print("errors:", len(errors))
sys.exit(1 if errors else 0)
