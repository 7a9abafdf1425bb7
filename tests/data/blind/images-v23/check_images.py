#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, sizes/formats match meta, boxes inside the image,
every QR decodes with zxing-cpp to its payload. Prints counts; exit status 1 on any problem.

Usage: python check_images.py --root ROOT
"""
import argparse
import collections
import hashlib
import json
import os
import sys

import zxingcpp
from PIL import Image

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}
PIL_FMT = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP"}


def decode(img, box, payload):
    W, H = img.size
    x, y, w, h = box
    m = int(max(w, h) * 0.35) + 8
    crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
    tries = [crop]
    if max(crop.size) > 1400:
        s = 1000.0 / max(crop.size)
        tries.append(crop.resize((int(crop.width * s), int(crop.height * s)), Image.LANCZOS))
    tries.append(img)
    for im in tries:
        if any(r.text == payload for r in zxingcpp.read_barcodes(im)):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--no-qr", action="store_true", help="skip QR decoding")
    a = ap.parse_args()
    root = a.root
    problems = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"))]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"))]
    sums = {}
    for line in open(os.path.join(root, "SHA256SUMS")):
        h, f = line.rstrip("\n").split("  ", 1)
        sums[f] = h
    if len(exp) != len(meta) or len(exp) != len(sums):
        problems.append(f"line counts differ: expected {len(exp)} meta {len(meta)} sums {len(sums)}")
    fmt_c, fam_c, scene_c, kind_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    fam_fmt = collections.Counter()
    n_clean = n_leaky = qr_leaky = qr_clean = qr_ok = 0
    for i, (e, m) in enumerate(zip(exp, meta), 1):
        f = e["file"]
        want = f"out/img_c{i:03d}."
        if not f.startswith(want) or f != m["file"]:
            problems.append(f"{f}: bad name/order")
        path = os.path.join(root, f)
        if not os.path.exists(path):
            problems.append(f"{f}: missing")
            continue
        blob = open(path, "rb").read()
        if hashlib.sha256(blob).hexdigest() != sums.get(f):
            problems.append(f"{f}: sha256 mismatch")
        img = Image.open(path)
        if img.format != PIL_FMT[m["format"]] or not f.endswith("." + m["format"]):
            problems.append(f"{f}: format {img.format} vs {m['format']}")
        W, H = img.size
        if (W, H) != (m["width"], m["height"]):
            problems.append(f"{f}: size mismatch")
        fmt_c[m["format"]] += 1
        fam_c[m["family"]] += 1
        fam_fmt[(m["family"], m["format"])] += 1
        scene_c[m["scene"]] += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                problems.append(f"{f}: clean image with leaks")
        else:
            n_leaky += 1
            if not e["leaks"]:
                problems.append(f"{f}: leaky image without leaks")
        if e.get("faces", "x") is not None:
            problems.append(f"{f}: faces must be null")
        qboxes = [tuple(q["box"]) for q in m["qr"]]
        for lk in e["leaks"]:
            kind_c[lk["kind"]] += 1
            x, y, w, h = lk["box"]
            if lk["kind"] not in KINDS:
                problems.append(f"{f}: bad kind")
            if not lk["text"]:
                problems.append(f"{f}: empty leak text")
            if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > W or y + h > H:
                problems.append(f"{f}: leak box outside image")
        for q in m["qr"]:
            x, y, w, h = q["box"]
            if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > W or y + h > H:
                problems.append(f"{f}: qr box outside image")
            if e["clean"]:
                qr_clean += 1
            else:
                qr_leaky += 1
                if not any(tuple(lk["box"]) == tuple(q["box"]) for lk in e["leaks"]):
                    problems.append(f"{f}: leaky-image QR without a leak entry")
            if not a.no_qr:
                rgb = img.convert("RGB")
                if decode(rgb, q["box"], q["payload"]):
                    qr_ok += 1
                else:
                    problems.append(f"{f}: QR does not decode to its payload")
    print(f"images: {len(exp)} (leaky {n_leaky}, clean {n_clean})")
    print("formats:", dict(sorted(fmt_c.items())))
    print("families:", dict(sorted(fam_c.items())))
    print("family x format:", {f"{k[0]}/{k[1]}": v for k, v in sorted(fam_fmt.items())})
    print("scenes:", dict(sorted(scene_c.items())))
    print(f"leaks: {sum(kind_c.values())}", dict(kind_c.most_common()))
    print(f"qr codes: {qr_leaky + qr_clean} (on leaky {qr_leaky}, on clean {qr_clean}); decoded ok: "
          f"{'skipped' if a.no_qr else qr_ok}")
    if problems:
        print(f"PROBLEMS: {len(problems)}")
        for p in problems[:50]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
