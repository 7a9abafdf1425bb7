#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, QR codes decode, boxes inside images.

Usage: python check_images.py --root ROOT
"""
import argparse
import hashlib
import json
import os
import sys
from collections import Counter

from PIL import Image
import zxingcpp

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}


def decode_qr(img, box, payload):
    W, H = img.size
    x, y, w, h = box
    for mfrac, scale in ((0.25, 1.0), (0.6, 1.0), (0.25, 0.5), (0.25, 2.0)):
        m = int(max(w, h) * mfrac) + 8
        crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
        if scale != 1.0:
            crop = crop.resize((max(8, int(crop.width * scale)), max(8, int(crop.height * scale))), Image.LANCZOS)
        for r in zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode):
            if r.text == payload:
                return True
    return False


def inside(box, W, H):
    x, y, w, h = box
    return x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = a.root
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"), encoding="utf-8")]
    if len(exp) != len(meta):
        errors.append("expected/meta length mismatch")
    sums = {}
    for line in open(os.path.join(root, "SHA256SUMS")):
        h, p = line.rstrip("\n").split("  ", 1)
        sums[p] = h
    for p, h in sums.items():
        fp = os.path.join(root, p)
        if not os.path.exists(fp):
            errors.append(f"missing {p}")
            continue
        if hashlib.sha256(open(fp, "rb").read()).hexdigest() != h:
            errors.append(f"hash mismatch {p}")
    fmt, scenes, kinds = Counter(), Counter(), Counter()
    nclean = nleaky = nqr = qr_ok = qr_leak = 0
    for e, m in zip(exp, meta):
        if e["file"] != m["file"]:
            errors.append(f"order mismatch {e['file']}")
        fp = os.path.join(root, e["file"])
        if e["file"] not in sums:
            errors.append(f"{e['file']} not in SHA256SUMS")
        if not os.path.exists(fp):
            continue
        img = Image.open(fp)
        W, H = img.size
        if (W, H) != (m["width"], m["height"]):
            errors.append(f"size mismatch {e['file']}")
        img = img.convert("RGB")
        fmt[m["format"]] += 1
        scenes[m["scene"]] += 1
        if e["clean"]:
            nclean += 1
            if e["leaks"]:
                errors.append(f"clean image with leaks {e['file']}")
        else:
            nleaky += 1
            if not e["leaks"]:
                errors.append(f"leaky image without leaks {e['file']}")
        for lk in e["leaks"]:
            kinds[lk["kind"]] += 1
            if lk["kind"] not in KINDS:
                errors.append(f"bad kind {lk['kind']} in {e['file']}")
            if not lk["text"]:
                errors.append(f"empty leak text in {e['file']}")
            if not inside(lk["box"], W, H):
                errors.append(f"leak box outside image in {e['file']}")
        qboxes = {tuple(q["box"]) for q in m["qr"]}
        qr_leak += sum(1 for q in m["qr"] if any(tuple(lk["box"]) == tuple(q["box"]) for lk in e["leaks"]))
        for q in m["qr"]:
            nqr += 1
            if not inside(q["box"], W, H):
                errors.append(f"qr box outside image in {e['file']}")
            elif decode_qr(img, q["box"], q["payload"]):
                qr_ok += 1
            else:
                errors.append(f"QR does not decode in {e['file']}")
    print(f"images: {len(exp)} (leaky {nleaky}, clean {nclean})")
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    print(f"leaks: {sum(kinds.values())}")
    for k, v in kinds.most_common():
        print(f"  {k:14s} {v}")
    print(f"QR codes: {nqr} (decoded {qr_ok}; on leaky images carrying leaks {qr_leak}, other {nqr - qr_leak})")
    print("scenes: " + ", ".join(f"{k} {v}" for k, v in sorted(scenes.items())))
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
