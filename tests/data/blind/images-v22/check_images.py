#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, QR codes decode to their payloads, boxes inside the image.

Usage: python check_images.py --root ROOT
Prints counts only (no leak texts).
"""
import argparse
import collections
import hashlib
import json
import os
import sys

from PIL import Image
import zxingcpp

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = a.root
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"), encoding="utf-8")]
    sums = {}
    for l in open(os.path.join(root, "SHA256SUMS")):
        h, p = l.rstrip("\n").split("  ", 1)
        sums[p] = h
    if len(exp) != len(meta):
        errors.append("expected/meta length mismatch")
    fmt_c, fam_c, kind_c, scene_c = (collections.Counter() for _ in range(4))
    n_qr = n_qr_leaky = n_qr_clean = 0
    n_clean = n_leaky = 0
    for i, (e, m) in enumerate(zip(exp, meta)):
        f = e["file"]
        if m["file"] != f:
            errors.append(f"line {i + 1}: file mismatch")
        path = os.path.join(root, f)
        if not os.path.exists(path):
            errors.append(f"{f}: missing")
            continue
        data = open(path, "rb").read()
        if hashlib.sha256(data).hexdigest() != sums.get(f):
            errors.append(f"{f}: sha256 mismatch")
        im = Image.open(path)
        fmt = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}.get(im.format, im.format)
        if fmt != m["format"]:
            errors.append(f"{f}: format {fmt} != {m['format']}")
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            errors.append(f"{f}: size mismatch")
        fmt_c[fmt] += 1
        scene_c[m["scene"]] += 1
        if e["faces"] is not None:
            errors.append(f"{f}: faces not null")
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                errors.append(f"{f}: clean image has leaks")
        else:
            n_leaky += 1
            if not e["leaks"]:
                errors.append(f"{f}: leaky image without leaks")
        for lk in e["leaks"]:
            if lk["kind"] not in KINDS:
                errors.append(f"{f}: bad kind")
            kind_c[lk["kind"]] += 1
            x, y, w, h = lk["box"]
            if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append(f"{f}: leak box outside image")
            if not lk["text"]:
                errors.append(f"{f}: empty leak text")
        if m["qr"]:
            rgb = im.convert("RGB")
            found = [r.text for r in zxingcpp.read_barcodes(rgb)]
            for q in m["qr"]:
                n_qr += 1
                x, y, w, h = q["box"]
                if not (x >= 0 and y >= 0 and x + w <= W and y + h <= H):
                    errors.append(f"{f}: qr box outside image")
                if q["payload"] not in found:
                    errors.append(f"{f}: qr does not decode to its payload")
                if any(lk["box"] == q["box"] for lk in e["leaks"]):
                    n_qr_leaky += 1
                else:
                    n_qr_clean += 1
    print(f"images: {len(exp)}  leaky: {n_leaky}  clean: {n_clean}")
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt_c.items())))
    fam = collections.Counter()
    for s, n in scene_c.items():
        fam[s.split("_")[0] if s.startswith(("chat", "doc", "clean")) else s] += n
    print("scene families: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())))
    print(f"leaks: {sum(kind_c.values())}  " + ", ".join(f"{k} {v}" for k, v in kind_c.most_common()))
    print(f"qr codes: {n_qr} (on leaky images as leaks: {n_qr_leaky}, public: {n_qr_clean})")
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
