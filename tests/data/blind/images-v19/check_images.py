#!/usr/bin/env python3
"""Check a rendered set: files exist, SHA256SUMS match, boxes inside images, every QR decodes
with zxing-cpp to its payload (and lies inside its box), and print counts.

Usage: python check_images.py --root ROOT
"""
import argparse
import collections
import hashlib
import json
import os
import sys

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}


def decode_qrs(im, box=None):
    import zxingcpp
    from PIL import Image
    found = []
    tries = [im]
    if box is not None:
        x, y, w, h = box
        m = int(max(w, h) * 0.35) + 10
        crop = im.crop((max(0, x - m), max(0, y - m), min(im.size[0], x + w + m), min(im.size[1], y + h + m)))
        tries = [crop] + ([crop.resize((crop.size[0] // 2, crop.size[1] // 2), Image.BILINEAR)] if max(crop.size) > 1200 else []) + [im]
    for t in tries:
        try:
            res = zxingcpp.read_barcodes(t, formats=zxingcpp.BarcodeFormat.QRCode)
        except TypeError:
            res = zxingcpp.read_barcodes(t)
        found += [r.text for r in res]
        if found:
            break
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = a.root
    from PIL import Image
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"), encoding="utf-8")]
    sums = {}
    for l in open(os.path.join(root, "SHA256SUMS"), encoding="utf-8"):
        h, p = l.rstrip("\n").split("  ", 1)
        sums[p] = h
    if len(exp) != len(meta):
        errors.append("expected/meta line counts differ")
    fmt_c, scene_c, kind_c, fam_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    n_qr = n_qr_ok = n_clean = n_qr_clean = 0
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        from make_images import family
    except Exception:
        family = lambda s: "?"
    for e, m in zip(exp, meta):
        f = e["file"]
        if m["file"] != f:
            errors.append(f"{f}: meta order mismatch")
        p = os.path.join(root, f)
        if not os.path.exists(p):
            errors.append(f"{f}: missing")
            continue
        h = hashlib.sha256(open(p, "rb").read()).hexdigest()
        if sums.get(f) != h:
            errors.append(f"{f}: sha256 mismatch")
        im = Image.open(p)
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            errors.append(f"{f}: size differs from meta")
        fmt_c[m["format"]] += 1
        scene_c[m["scene"]] += 1
        fam_c[family(m["scene"])] += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                errors.append(f"{f}: clean image with leaks")
        elif not e["leaks"]:
            errors.append(f"{f}: leaky image without leaks")
        for lk in e["leaks"]:
            if lk["kind"] not in KINDS:
                errors.append(f"{f}: bad kind {lk['kind']}")
            x, y, w, hh = lk["box"]
            if x < 0 or y < 0 or w <= 0 or hh <= 0 or x + w > W or y + hh > H:
                errors.append(f"{f}: leak box outside image")
            if not lk["text"]:
                errors.append(f"{f}: empty leak text")
            kind_c[lk["kind"]] += 1
        if m["qr"]:
            rgb = im.convert("RGB")
            for q in m["qr"]:
                n_qr += 1
                if e["clean"]:
                    n_qr_clean += 1
                x, y, w, hh = q["box"]
                if x < 0 or y < 0 or x + w > W or y + hh > H:
                    errors.append(f"{f}: QR box outside image")
                texts = decode_qrs(rgb, q["box"])
                if q["payload"] in texts:
                    n_qr_ok += 1
                else:
                    errors.append(f"{f}: QR did not decode to its payload (got {len(texts)} codes)")
                if not e["clean"]:
                    if not any(l["box"] == q["box"] for l in e["leaks"]):
                        errors.append(f"{f}: leaky QR without leak entry")
    print("images: %d (leaky %d, clean %d)" % (len(exp), len(exp) - n_clean, n_clean))
    print("formats: " + ", ".join("%s %d" % kv for kv in sorted(fmt_c.items())))
    print("families: " + ", ".join("%s %d" % kv for kv in sorted(fam_c.items())))
    print("scenes: " + ", ".join("%s %d" % kv for kv in sorted(scene_c.items())))
    print("leaks: %d  " % sum(kind_c.values()) + ", ".join("%s %d" % kv for kv in kind_c.most_common()))
    print("qr codes: %d (on leaky %d, on clean %d), decoded OK %d" % (n_qr, n_qr - n_qr_clean, n_qr_clean, n_qr_ok))
    if errors:
        print("ERRORS: %d" % len(errors))
        for er in errors[:50]:
            print("  " + er)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
