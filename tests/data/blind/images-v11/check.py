#!/usr/bin/env python3
"""Verify a rendered set: boxes inside images, QR codes decode to their payloads, and print counts.
usage: python check.py --root DIR"""
import argparse
import collections
import hashlib
import json
import os

import zxingcpp
from PIL import Image

KINDS = ["PERSON", "HANDLE", "AGE", "PHONE", "ADDRESS", "SCHOOL", "ORG", "LOCATION", "DATE_OF_BIRTH", "EMAIL", "URL"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    exp = [json.loads(l) for l in open(os.path.join(a.root, "expected.jsonl"), encoding="utf-8")]
    meta = {m["file"]: m for m in (json.loads(l) for l in open(os.path.join(a.root, "meta.jsonl"), encoding="utf-8"))}
    sums = dict(reversed(l.split("  ", 1)) for l in open(os.path.join(a.root, "SHA256SUMS")).read().split("\n") if l)
    errors = []
    kinds = collections.Counter()
    fmts = collections.Counter()
    sizes = collections.Counter()
    nleaks = collections.Counter()
    qr_total = qr_leak = qr_clean = qr_ok = 0
    big = 0
    for e in exp:
        f = e["file"]
        path = os.path.join(a.root, f)
        blob = open(path, "rb").read()
        if hashlib.sha256(blob).hexdigest() != sums.get(f):
            errors.append(f"{f}: sha256 mismatch")
        im = Image.open(path)
        im.load()
        W, H = im.size
        m = meta[f]
        if (W, H) != (m["width"], m["height"]):
            errors.append(f"{f}: size mismatch")
        fmts[m["format"]] += 1
        sizes[f"{W}x{H}"] += 1
        if W * H >= 3000 * 2000:
            big += 1
        if e["clean"] != (len(e["leaks"]) == 0):
            errors.append(f"{f}: clean flag inconsistent")
        if not e["clean"] and not (1 <= len(e["leaks"]) <= 8):
            errors.append(f"{f}: {len(e['leaks'])} leaks")
        if e.get("faces", "x") is not None:
            errors.append(f"{f}: faces not null")
        nleaks[len(e["leaks"])] += 1
        for l in e["leaks"]:
            kinds[l["kind"]] += 1
            if l["kind"] not in KINDS:
                errors.append(f"{f}: bad kind {l['kind']}")
            x, y, w, h = l["box"]
            if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append(f"{f}: box outside image {l['box']}")
            if not l["text"]:
                errors.append(f"{f}: empty text")
        if m["qr"]:
            rgb = im.convert("RGB")
            found = set()
            for q in m["qr"]:
                qr_total += 1
                if any(q["box"] == l["box"] for l in e["leaks"]):
                    qr_leak += 1
                else:
                    qr_clean += 1
                x, y, w, h = q["box"]
                pad = int(max(w, h) * 0.25)
                crop = rgb.crop((max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)))
                res = [r.text for r in zxingcpp.read_barcodes(crop)]
                if q["payload"] not in res:
                    if crop.width > 1600:
                        sc = 1600 / crop.width
                        res += [r.text for r in zxingcpp.read_barcodes(crop.resize((int(crop.width * sc), int(crop.height * sc)), Image.LANCZOS))]
                if q["payload"] not in res:
                    res += [r.text for r in zxingcpp.read_barcodes(rgb)]
                if q["payload"] in res:
                    qr_ok += 1
                else:
                    errors.append(f"{f}: QR did not decode to payload")
    print(f"images: {len(exp)}  clean: {sum(e['clean'] for e in exp)}  leaky: {sum(not e['clean'] for e in exp)}")
    print(f"leaks: {sum(kinds.values())}")
    for k in KINDS:
        print(f"  {k:14s} {kinds[k]}")
    print("leaks per image:", dict(sorted(nleaks.items())))
    print("formats:", dict(fmts))
    print(f"QR codes: {qr_total} (leak {qr_leak}, clean {qr_clean}), decoded {qr_ok}/{qr_total}")
    print(f">= 3000x2000 pixels: {big}")
    print("sizes:", dict(sorted(sizes.items(), key=lambda kv: -kv[1])))
    print(f"errors: {len(errors)}")
    for er in errors[:50]:
        print("  ", er)


if __name__ == "__main__":
    main()
