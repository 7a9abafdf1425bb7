#!/usr/bin/env python3
"""Check a rendered set: files exist, SHA256SUMS match, every QR decodes (zxing-cpp) to its
payload inside its box, every leak box lies inside the image; print counts.

Usage: python check_images.py --root ROOT
"""
import argparse
import hashlib
import json
import os
import sys
from collections import Counter

import numpy as np
import zxingcpp
from PIL import Image

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = a.root
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"))]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"))]
    sums = {}
    for line in open(os.path.join(root, "SHA256SUMS")):
        h, fn = line.rstrip("\n").split("  ", 1)
        sums[fn] = h
    if len(exp) != len(meta):
        errors.append("expected/meta length differ")
    fmt, fam, kinds, scenes = Counter(), Counter(), Counter(), Counter()
    n_qr = n_qr_ok = 0
    n_clean = 0
    for e, m in zip(exp, meta):
        fn = e["file"]
        if m["file"] != fn:
            errors.append(f"{fn}: meta order")
        p = os.path.join(root, fn)
        if not os.path.exists(p):
            errors.append(f"{fn}: missing")
            continue
        data = open(p, "rb").read()
        if sums.get(fn) != hashlib.sha256(data).hexdigest():
            errors.append(f"{fn}: hash mismatch")
        im = Image.open(p)
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            errors.append(f"{fn}: size mismatch")
        fmt[m["format"]] += 1
        scenes[m["scene"]] += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                errors.append(f"{fn}: clean image with leaks")
        elif not e["leaks"]:
            errors.append(f"{fn}: leaky image without leaks")
        if e.get("faces", 0) is not None:
            errors.append(f"{fn}: faces not null")
        for lk in e["leaks"]:
            kinds[lk["kind"]] += 1
            if lk["kind"] not in KINDS:
                errors.append(f"{fn}: bad kind")
            x, y, w, h = lk["box"]
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
                errors.append(f"{fn}: box outside image")
        if m["qr"]:
            arr = np.asarray(im.convert("RGB"))
            found = zxingcpp.read_barcodes(arr)
            for q in m["qr"]:
                n_qr += 1
                x, y, w, h = q["box"]
                ok = False
                for b in found:
                    if b.text != q["payload"]:
                        continue
                    pos = b.position
                    cx = (pos.top_left.x + pos.top_right.x + pos.bottom_left.x + pos.bottom_right.x) / 4
                    cy = (pos.top_left.y + pos.top_right.y + pos.bottom_left.y + pos.bottom_right.y) / 4
                    if x <= cx <= x + w and y <= cy <= y + h:
                        ok = True
                if ok:
                    n_qr_ok += 1
                else:
                    errors.append(f"{fn}: QR not decoded")
                if x < 0 or y < 0 or x + w > W or y + h > H:
                    errors.append(f"{fn}: QR box outside image")
    print(f"images: {len(exp)} (leaky {len(exp) - n_clean}, clean {n_clean})")
    print("formats:", dict(sorted(fmt.items())))
    print("leaks:", sum(kinds.values()), dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
    print(f"qr codes: {n_qr} decoded {n_qr_ok} (on leaky images {sum(1 for e, m in zip(exp, meta) if m['qr'] and not e['clean'])}, clean {sum(1 for e, m in zip(exp, meta) if m['qr'] and e['clean'])})")
    print("scenes:", len(scenes))
    if errors:
        print(f"ERRORS: {len(errors)}")
        for x in errors[:30]:
            print("  ", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
