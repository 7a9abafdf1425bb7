#!/usr/bin/env python3
"""Check a rendered set: files exist, SHA256SUMS match, image sizes/formats match meta.jsonl,
every box lies inside its image, every QR decodes with zxing-cpp to its payload, clean images
carry no leaks. Prints counts. Exit status 0 when everything passes.

Usage: python check_images.py --root ROOT
"""
import argparse
import collections
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from PIL import Image  # noqa: E402

from qrcheck import decode_near  # noqa: E402

KINDS = ["PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"]
PIL_FMT = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}


def family_of(scene):
    try:
        from make_images import SCENES
        return SCENES[scene][0]
    except Exception:
        return "?"


def box_ok(b, W, H):
    return (isinstance(b, list) and len(b) == 4 and all(isinstance(v, int) for v in b) and b[0] >= 0 and b[1] >= 0
            and b[2] > 0 and b[3] > 0 and b[0] + b[2] <= W and b[1] + b[3] <= H)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    errors = []

    def err(msg):
        errors.append(msg)
        if len(errors) <= 30:
            print("ERROR:", msg)

    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"), encoding="utf-8")]
    if len(exp) != len(meta):
        err("expected.jsonl and meta.jsonl differ in length")
    # hashes
    sums = {}
    for line in open(os.path.join(root, "SHA256SUMS"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        h, path = line.split("  ", 1)
        sums[path] = h
    for path, h in sums.items():
        fp = os.path.join(root, path)
        if not os.path.exists(fp):
            err(f"missing file {path}")
            continue
        with open(fp, "rb") as fh:
            if hashlib.sha256(fh.read()).hexdigest() != h:
                err(f"hash mismatch {path}")
    fmt_c = collections.Counter()
    fam_c = collections.Counter()
    scene_c = collections.Counter()
    kind_c = collections.Counter()
    qr_total = qr_ok = qr_clean = 0
    n_clean = 0
    for i, (e, m) in enumerate(zip(exp, meta)):
        f = e["file"]
        if m["file"] != f:
            err(f"line {i + 1}: expected/meta file mismatch")
        if f not in sums:
            err(f"{f} not listed in SHA256SUMS")
        fp = os.path.join(root, f)
        if not os.path.exists(fp):
            err(f"missing {f}")
            continue
        im = Image.open(fp)
        im.load()
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            err(f"{f}: size {W}x{H} != meta")
        if im.format != PIL_FMT.get(m["format"]):
            err(f"{f}: format {im.format} != {m['format']}")
        if e.get("faces", "x") is not None:
            err(f"{f}: faces should be null")
        fmt_c[m["format"]] += 1
        fam_c[family_of(m["scene"])] += 1
        scene_c[m["scene"]] += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                err(f"{f}: clean image with leaks")
        elif not e["leaks"]:
            err(f"{f}: leaky image without leaks")
        for lk in e["leaks"]:
            if lk["kind"] not in KINDS:
                err(f"{f}: bad kind {lk['kind']}")
            if not lk["text"]:
                err(f"{f}: empty leak text")
            if not box_ok(lk["box"], W, H):
                err(f"{f}: leak box outside image {lk['box']}")
            kind_c[lk["kind"]] += 1
        rgb = None
        for q in m["qr"]:
            qr_total += 1
            if e["clean"]:
                qr_clean += 1
            if not box_ok(q["box"], W, H):
                err(f"{f}: qr box outside image")
                continue
            if rgb is None:
                rgb = im.convert("RGB")
            if q["payload"] in decode_near(rgb, q["box"]):
                qr_ok += 1
            else:
                err(f"{f}: QR does not decode to its payload")
            if not e["clean"] and not any(lk["box"] == q["box"] for lk in e["leaks"]):
                err(f"{f}: leaky QR has no leak with its box")
    print(f"images: {len(exp)} ({len(exp) - n_clean} leaky, {n_clean} clean)")
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt_c.items())))
    print("families: " + ", ".join(f"{k} {v}" for k, v in sorted(fam_c.items())))
    print(f"scenes: {len(scene_c)} distinct")
    print(f"leaks: {sum(kind_c.values())}")
    for k in KINDS:
        print(f"  {k:14s} {kind_c[k]}")
    print(f"qr codes: {qr_total} ({qr_total - qr_clean} on leaky images, {qr_clean} on clean), decoded {qr_ok}/{qr_total}")
    print(f"hash entries checked: {len(sums)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
