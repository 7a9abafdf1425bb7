#!/usr/bin/env python3
"""Check a rendered v13 image set.

    python check_images.py --root ROOT

Checks: index files line up; every file exists and matches SHA256SUMS; image format and size match
meta.jsonl; every leak/QR box lies inside its image; leak kinds are valid; clean images have no leaks;
every QR code decodes with zxing-cpp to its payload; QR-leak texts are parts of their payload.
Prints counts and exits non-zero on any error.
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
SCREEN_PREFIX = ("chat_", "game_", "friend_", "lock_", "signup_")


def family(scene):
    if scene.startswith("clean_"):
        return "clean"
    if scene.startswith("doc_"):
        return "document"
    if scene.startswith(SCREEN_PREFIX):
        return "screenshot"
    return "photo"


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def box_ok(b, W, H):
    x, y, w, h = b
    return all(isinstance(v, int) for v in b) and w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= W and y + h <= H


def decode(im, box, payload):
    W, H = im.size
    x, y, w, h = box
    for mf in (0.25, 0.6):
        m = int(max(w, h) * mf) + 12
        crop = im.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
        if any(r.text == payload for r in zxingcpp.read_barcodes(crop)):
            return True
    return any(r.text == payload for r in zxingcpp.read_barcodes(im))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--no-qr", action="store_true", help="skip QR decoding")
    args = ap.parse_args()
    root = args.root
    errors = []

    def err(msg):
        errors.append(msg)
        if len(errors) <= 40:
            print("ERROR:", msg)

    exp = load_jsonl(os.path.join(root, "expected.jsonl"))
    meta = load_jsonl(os.path.join(root, "meta.jsonl"))
    sums = {}
    with open(os.path.join(root, "SHA256SUMS"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                h, p = line.rstrip("\n").split("  ", 1)
                sums[p] = h
    if len(exp) != len(meta):
        err("expected.jsonl has %d lines, meta.jsonl %d" % (len(exp), len(meta)))
    if len(sums) != len(exp):
        err("SHA256SUMS has %d entries, expected.jsonl %d" % (len(sums), len(exp)))

    n_fmt = collections.Counter()
    n_fam = collections.Counter()
    n_scene = collections.Counter()
    n_kind = collections.Counter()
    n_qr = collections.Counter()
    n_qr_kind = collections.Counter()
    n_leaky = n_clean = 0
    sizes = collections.Counter()
    for i, (e, m) in enumerate(zip(exp, meta)):
        fn = e["file"]
        want = "out/img_z%03d." % (i + 1)
        if not fn.startswith(want) or m["file"] != fn:
            err("line %d: file name/order mismatch %s / %s" % (i + 1, fn, m.get("file")))
        path = os.path.join(root, fn)
        if not os.path.exists(path):
            err("%s missing" % fn)
            continue
        with open(path, "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != sums.get(fn):
            err("%s: sha256 mismatch" % fn)
        ext = fn.rsplit(".", 1)[1]
        im = Image.open(path)
        if im.format != PIL_FMT.get(ext) or m["format"] != ext:
            err("%s: format %s vs ext %s / meta %s" % (fn, im.format, ext, m["format"]))
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            err("%s: size %dx%d vs meta %dx%d" % (fn, W, H, m["width"], m["height"]))
        if e.get("faces", "missing") is not None:
            err("%s: faces should be null" % fn)
        n_fmt[ext] += 1
        fam = family(m["scene"])
        n_fam[fam] += 1
        n_scene[m["scene"]] += 1
        sizes["%dx%d" % (W, H)] += 1
        if e["clean"]:
            n_clean += 1
            if e["leaks"]:
                err("%s: clean image has leaks" % fn)
        else:
            n_leaky += 1
            if not e["leaks"]:
                err("%s: leaky image without leaks" % fn)
        qr_boxes = {tuple(q["box"]): q["payload"] for q in m["qr"]}
        for lk in e["leaks"]:
            if lk["kind"] not in KINDS:
                err("%s: bad kind %s" % (fn, lk["kind"]))
            if not lk["text"]:
                err("%s: empty leak text" % fn)
            if not box_ok(lk["box"], W, H):
                err("%s: leak box outside image %r" % (fn, lk["box"]))
            n_kind[lk["kind"]] += 1
            if tuple(lk["box"]) in qr_boxes:
                n_qr_kind[lk["kind"]] += 1
                if lk["text"] not in qr_boxes[tuple(lk["box"])]:
                    err("%s: QR leak text not in payload" % fn)
        if m["qr"]:
            rgb = im.convert("L")
            for q in m["qr"]:
                n_qr["clean" if e["clean"] else "leaky"] += 1
                if not box_ok(q["box"], W, H):
                    err("%s: QR box outside image %r" % (fn, q["box"]))
                elif not args.no_qr and not decode(rgb, q["box"], q["payload"]):
                    err("%s: QR does not decode to its payload" % fn)
                if not e["clean"] and tuple(q["box"]) not in {tuple(l["box"]) for l in e["leaks"]}:
                    err("%s: personal QR without a leak" % fn)
    print("images: %d (leaky %d, clean %d)" % (len(exp), n_leaky, n_clean))
    print("formats: " + ", ".join("%s %d" % kv for kv in sorted(n_fmt.items())))
    print("families: " + ", ".join("%s %d" % kv for kv in sorted(n_fam.items())))
    print("scenes:")
    for k, v in sorted(n_scene.items()):
        print("  %-34s %d" % (k, v))
    print("leaks: %d" % sum(n_kind.values()))
    for k, v in n_kind.most_common():
        print("  %-14s %d" % (k, v))
    print("QR codes: %d (on leaky images %d, on clean images %d)" % (sum(n_qr.values()), n_qr["leaky"], n_qr["clean"]))
    print("QR leak entries by kind: " + ", ".join("%s %d" % kv for kv in n_qr_kind.most_common()))
    print("distinct image sizes: %d" % len(sizes))
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
