#!/usr/bin/env python3
"""Check a rendered set: files exist, hashes match, sizes match meta, boxes lie
inside the image, clean images have no leaks, every QR code decodes with
zxing-cpp to its payload.  Prints counts; exit status 1 on any failure.

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

KINDS = ["PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"]
FAMILY = {}
for _n in ("chat_whatsapp chat_imessage chat_instagram chat_discord chat_sms game_profile friend_list game_lobby "
           "lock_screen signup_form").split():
    FAMILY[_n] = "screenshot"
for _n in ("permission_slip form report_card timetable club_flyer invitation").split():
    FAMILY[_n] = "document"


def family(scene):
    if scene.startswith("clean_"):
        return "clean"
    return FAMILY.get(scene, "photo")


def inside(b, W, H):
    x, y, w, h = b
    return x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= W and y + h <= H


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
        errors.append("expected/meta line counts differ")
    fmt_c, fam_c, scene_c, kind_c = (collections.Counter() for _ in range(4))
    cap_c, reg_c = collections.Counter(), collections.Counter()
    n_qr = n_qr_ok = n_qr_leaky = n_qr_clean = 0
    n_leaks = 0
    overlaps = 0
    for p, h in sums.items():
        fp = os.path.join(root, p)
        if not os.path.exists(fp):
            errors.append("missing " + p)
            continue
        with open(fp, "rb") as fh:
            if hashlib.sha256(fh.read()).hexdigest() != h:
                errors.append("hash mismatch " + p)
    for e, m in zip(exp, meta):
        f = e["file"]
        if f != m["file"]:
            errors.append("order mismatch %s %s" % (f, m["file"]))
        if f not in sums:
            errors.append("not in SHA256SUMS: " + f)
        fp = os.path.join(root, f)
        if not os.path.exists(fp):
            continue
        im = Image.open(fp)
        W, H = im.size
        if (W, H) != (m["width"], m["height"]):
            errors.append("size mismatch " + f)
        fmt_c[m["format"]] += 1
        fam_c[family(m["scene"])] += 1
        scene_c[m["scene"]] += 1
        cap_c[m.get("capture", "?")] += 1
        if not e["clean"]:
            reg_c[m.get("region", "?")] += 1
        if e["faces"] is not None:
            errors.append("faces not null " + f)
        if e["clean"] and e["leaks"]:
            errors.append("clean image with leaks " + f)
        if not e["clean"] and not e["leaks"]:
            errors.append("leaky image without leaks " + f)
        boxes = []
        for L in e["leaks"]:
            n_leaks += 1
            if L["kind"] not in KINDS:
                errors.append("bad kind %s in %s" % (L["kind"], f))
            kind_c[L["kind"]] += 1
            if not inside(L["box"], W, H):
                errors.append("leak box outside image %s %s" % (f, L["box"]))
            if not L["text"]:
                errors.append("empty leak text " + f)
            boxes.append(tuple(L["box"]))
        qboxes = {tuple(q["box"]) for q in m["qr"]}
        ub = sorted(set(b for b in boxes if b not in qboxes))
        for i in range(len(ub)):
            for j in range(i + 1, len(ub)):
                ax, ay, aw, ah = ub[i]
                bx, by, bw, bh = ub[j]
                ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
                iy = max(0, min(ay + ah, by + bh) - max(ay, by))
                if ix * iy > 0.3 * min(aw * ah, bw * bh):
                    overlaps += 1
        if m["qr"]:
            rgb = im.convert("RGB")
            got = [r.text for r in zxingcpp.read_barcodes(rgb, formats=zxingcpp.BarcodeFormat.QRCode)]
            for q in m["qr"]:
                n_qr += 1
                if e["clean"]:
                    n_qr_clean += 1
                else:
                    n_qr_leaky += 1
                if not inside(q["box"], W, H):
                    errors.append("qr box outside image " + f)
                ok = q["payload"] in got
                if not ok:
                    x, y, w, h = q["box"]
                    pad = max(w, h) // 3
                    crop = rgb.crop((max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)))
                    ok = q["payload"] in [r.text for r in zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode)]
                if ok:
                    n_qr_ok += 1
                else:
                    errors.append("QR does not decode: " + f)
                if not e["clean"]:
                    ql = [L for L in e["leaks"] if L["box"] == q["box"]]
                    if not ql:
                        errors.append("personal QR without leak entry " + f)
                    for L in ql:
                        if L["text"] not in q["payload"]:
                            errors.append("QR leak text not in payload " + f)
    n_clean = sum(1 for e in exp if e["clean"])
    print("images: %d (leaky %d, clean %d)" % (len(exp), len(exp) - n_clean, n_clean))
    print("formats: " + ", ".join("%s %d" % kv for kv in sorted(fmt_c.items())))
    print("capture: " + ", ".join("%s %d" % kv for kv in sorted(cap_c.items())))
    print("families: " + ", ".join("%s %d" % kv for kv in sorted(fam_c.items())))
    print("regions (leaky): " + ", ".join("%s %d" % kv for kv in sorted(reg_c.items())))
    print("leaks: %d" % n_leaks)
    for k in KINDS:
        print("  %-14s %d" % (k, kind_c[k]))
    print("QR codes: %d (leaky %d, clean %d), decoded %d" % (n_qr, n_qr_leaky, n_qr_clean, n_qr_ok))
    print("scenes: %d distinct" % len(scene_c))
    for s, c in sorted(scene_c.items()):
        print("  %-24s %d" % (s, c))
    print("overlapping leak boxes (pairs, >30%%): %d" % overlaps)
    if errors:
        print("ERRORS: %d" % len(errors))
        for x in errors[:50]:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
