#!/usr/bin/env python3
"""Check a rendered set: boxes inside images, QR codes decode to their payloads, counts.

    python check_images.py --root DIR
"""
import argparse
import collections
import hashlib
import json
import os
import sys

import zxingcpp
from PIL import Image


def decode_all(img):
    out = []
    for im in (img, img.convert("L")):
        try:
            out += [r.text for r in zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)]
        except Exception:
            pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--expected", default="expected.jsonl")
    ap.add_argument("--meta", default="meta.jsonl")
    a = ap.parse_args()
    exp = [json.loads(l) for l in open(os.path.join(a.root, a.expected))]
    meta = {m["file"]: m for m in (json.loads(l) for l in open(os.path.join(a.root, a.meta)))}
    problems = []
    kinds = collections.Counter()
    fmts = collections.Counter()
    sizes = collections.Counter()
    per_img = collections.Counter()
    n_clean = 0
    n_big = 0
    qr_total = qr_ok = qr_leaky = qr_clean = 0
    for e in exp:
        m = meta[e["file"]]
        path = os.path.join(a.root, e["file"])
        img = Image.open(path)
        img.load()
        W, H = img.size
        if (W, H) != (m["width"], m["height"]):
            problems.append(f"{e['file']}: size mismatch")
        fmts[m["format"]] += 1
        sizes[f"{W}x{H}"] += 1
        if W * H >= 3000 * 2000:
            n_big += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                problems.append(f"{e['file']}: clean image with leaks")
        else:
            per_img[len(e["leaks"])] += 1
            if not 1 <= len(e["leaks"]) <= 8:
                problems.append(f"{e['file']}: {len(e['leaks'])} leaks")
        for l in e["leaks"]:
            kinds[l["kind"]] += 1
            x, y, w, h = l["box"]
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > W or y + h > H:
                problems.append(f"{e['file']}: box outside image {l['box']}")
        if m["qr"]:
            rgb = img.convert("RGB")
            found = decode_all(rgb)
            for q in m["qr"]:
                qr_total += 1
                if e["clean"]:
                    qr_clean += 1
                else:
                    qr_leaky += 1
                ok = q["payload"] in found or q["payload"].replace("\n", "\r\n") in found
                if not ok:
                    x, y, w, h = q["box"]
                    pad = int(max(w, h) * 0.35)
                    crop = rgb.crop((max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)))
                    for sc in (1.0, 0.5, 2.0):
                        c2 = crop if sc == 1.0 else crop.resize((max(1, int(crop.width * sc)), max(1, int(crop.height * sc))), Image.LANCZOS)
                        f2 = decode_all(c2)
                        if q["payload"] in f2 or q["payload"].replace("\n", "\r\n") in f2:
                            ok = True
                            break
                if ok:
                    qr_ok += 1
                else:
                    problems.append(f"{e['file']}: QR did not decode to its payload")
    # checksums
    sums = os.path.join(a.root, "SHA256SUMS")
    if os.path.exists(sums):
        for line in open(sums):
            h, name = line.rstrip("\n").split("  ", 1)
            if hashlib.sha256(open(os.path.join(a.root, name), "rb").read()).hexdigest() != h:
                problems.append(f"{name}: checksum mismatch")
    print(f"images: {len(exp)}  clean: {n_clean}  leaky: {len(exp) - n_clean}  leaks: {sum(kinds.values())}")
    print("leaks per kind:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("leaks per image:", ", ".join(f"{k}:{per_img[k]}" for k in sorted(per_img)))
    print("formats:", ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    print(f"images >= 3000x2000 pixels: {n_big}")
    print("sizes:", ", ".join(f"{k} {v}" for k, v in sorted(sizes.items(), key=lambda kv: -kv[1])))
    print(f"QR codes: {qr_total} (on leaky images {qr_leaky}, on clean {qr_clean}), decoded to payload: {qr_ok}")
    print(f"problems: {len(problems)}")
    for p in problems[:50]:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
