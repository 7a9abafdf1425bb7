#!/usr/bin/env python3
"""Check a rendered image set: files exist, hashes match SHA256SUMS, sizes match meta.jsonl, every leak box and QR
box lies inside its image, every QR decodes with zxing-cpp to its payload. Prints counts.

Usage: python check_images.py --root ROOT
"""
import argparse
import hashlib
import json
import os
import sys
from collections import Counter

from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qrcheck import qr_found  # noqa: E402

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}


SCREEN = ("chat_", "game_profile", "friend_list", "game_lobby", "lock_screen", "signup_form")
CLEAN_SCREEN = ("league_table", "public_website", "weather_app", "game_hud")


def family(scene, clean):
    if clean:
        if scene.startswith(CLEAN_SCREEN):
            return "clean screenshot"
        if scene.endswith("_scan"):
            return "clean scan"
        return "clean photo"
    if scene.startswith(SCREEN):
        return "leaky screenshot"
    if scene.endswith("_scan"):
        return "leaky document (scan)"
    if scene.endswith("_photo"):
        return "leaky document (photo)"
    return "leaky photo"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    a = ap.parse_args()
    root = a.root
    errors = []
    exp = [json.loads(l) for l in open(os.path.join(root, "expected.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(root, "meta.jsonl"), encoding="utf-8")]
    sums = {}
    for line in open(os.path.join(root, "SHA256SUMS")):
        h, p = line.rstrip("\n").split("  ", 1)
        sums[p] = h
    if len(exp) != len(meta):
        errors.append("expected/meta length differ")
    for p, h in sorted(sums.items()):
        fp = os.path.join(root, p)
        if not os.path.exists(fp):
            errors.append("missing %s" % p)
            continue
        if hashlib.sha256(open(fp, "rb").read()).hexdigest() != h:
            errors.append("hash mismatch %s" % p)
    fmt, fam, kinds = Counter(), Counter(), Counter()
    famg = {}
    from collections import defaultdict
    famg = defaultdict(Counter)
    n_qr = n_qr_ok = n_qr_leak = 0
    clean = leaky = 0
    for e, m in zip(exp, meta):
        if e["file"] != m["file"]:
            errors.append("order mismatch %s" % e["file"])
        if e["file"] not in sums:
            errors.append("not in SHA256SUMS: %s" % e["file"])
        fp = os.path.join(root, e["file"])
        if not os.path.exists(fp):
            continue
        im = Image.open(fp)
        im.load()
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            errors.append("size mismatch %s" % e["file"])
        fmt[m["format"]] += 1
        if e["faces"] is not None:
            errors.append("faces not null %s" % e["file"])
        if e["clean"]:
            clean += 1
            if e["leaks"]:
                errors.append("clean image with leaks %s" % e["file"])
        else:
            leaky += 1
            if not e["leaks"]:
                errors.append("leaky image without leaks %s" % e["file"])
        for lk in e["leaks"]:
            kinds[lk["kind"]] += 1
            if lk["kind"] not in KINDS:
                errors.append("bad kind %s in %s" % (lk["kind"], e["file"]))
            x, y, w, h = lk["box"]
            if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append("leak box outside %s %s" % (e["file"], lk["box"]))
            if not lk["text"]:
                errors.append("empty leak text %s" % e["file"])
        qrs = [(q["payload"], q["box"]) for q in m["qr"]]
        for _, (x, y, w, h) in qrs:
            if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H):
                errors.append("qr box outside %s" % e["file"])
        if qrs:
            res = qr_found(im.convert("RGB"), qrs)
            n_qr += len(qrs)
            n_qr_ok += sum(res)
            for (p, b), ok in zip(qrs, res):
                if not ok:
                    errors.append("QR not decoded in %s" % e["file"])
                if any(l["box"] == b for l in e["leaks"]):
                    n_qr_leak += 1
        s = m["scene"]
        fam[s] += 1
        famg[family(s, e["clean"])][m["format"]] += 1
    print("images: %d (leaky %d, clean %d)" % (len(exp), leaky, clean))
    print("formats: " + ", ".join("%s=%d" % kv for kv in sorted(fmt.items())))
    print("leaks: %d" % sum(kinds.values()))
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print("  %-14s %d" % (k, v))
    print("QR codes: %d (decoded %d, carrying personal data %d, on clean images %d)" % (
        n_qr, n_qr_ok, n_qr_leak, sum(len(m["qr"]) for e, m in zip(exp, meta) if e["clean"])))
    print("families (images by format):")
    for k in sorted(famg):
        c = famg[k]
        print("  %-24s %3d  (%s)" % (k, sum(c.values()), ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print("scenes: %d kinds" % len(fam))
    for k, v in sorted(fam.items()):
        print("  %-26s %d" % (k, v))
    if errors:
        print("ERRORS: %d" % len(errors))
        for er in errors[:50]:
            print("  " + er)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
