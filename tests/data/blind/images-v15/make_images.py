#!/usr/bin/env python3
"""Render the deterministic test set of 240 images (PREFIX "k").

Usage: python make_images.py --root ROOT [--jobs N]

Writes ROOT/out/img_k001.<ext> ... img_k240.<ext>, ROOT/expected.jsonl,
ROOT/meta.jsonl and ROOT/SHA256SUMS.  Prints only progress counts.
"""
import argparse
import hashlib
import io
import json
import math
import os
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import zxingcpp  # noqa: E402
from PIL import Image  # noqa: E402

import plan as PLAN  # noqa: E402
from common import Ctx  # noqa: E402
from core import encode  # noqa: E402
from scenes_clean import CLEAN_SCENES  # noqa: E402
from scenes_doc import DOC_SCENES  # noqa: E402
from scenes_photo import PHOTO_SCENES  # noqa: E402
from scenes_screen import SCREEN_SCENES  # noqa: E402

SCENES = {}
for d in (SCREEN_SCENES, PHOTO_SCENES, DOC_SCENES, CLEAN_SCENES):
    SCENES.update(d)

KINDS = {"PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"}
MAX_ATTEMPTS = 5
MIN_LEAK_PX = 7


def box_of(P, W, H):
    x0, y0 = float(P[:, 0].min()), float(P[:, 1].min())
    x1, y1 = float(P[:, 0].max()), float(P[:, 1].max())
    if x0 < -1.0 or y0 < -1.0 or x1 > W + 1.0 or y1 > H + 1.0:
        return None
    bx0, by0 = max(0, int(math.floor(x0))), max(0, int(math.floor(y0)))
    bx1, by1 = min(W, int(math.ceil(x1))), min(H, int(math.ceil(y1)))
    return [bx0, by0, bx1 - bx0, by1 - by0]


def decode_payloads(data):
    im = Image.open(io.BytesIO(data))
    im.load()
    res = zxingcpp.read_barcodes(im.convert("RGB"), formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in res]


def attempt(spec, att):
    ctx = Ctx(spec["index"], spec, att)
    res = SCENES[spec["scene"]](ctx)
    img = res.img
    W, H = img.size
    leaks = []
    for L in res.leaks:
        assert L["kind"] in KINDS, L["kind"]
        b = box_of(L["pts"], W, H)
        if b is None or min(b[2], b[3]) < MIN_LEAK_PX:
            return None, "leak box"
        leaks.append({"kind": L["kind"], "text": L["text"], "box": b})
    qrs = []
    for q in res.qrs:
        b = box_of(q["pts"], W, H)
        if b is None:
            return None, "qr box"
        qrs.append({"payload": q["payload"], "box": b})
        for kind, text in q["leaks"]:
            assert kind in KINDS and text in q["payload"], (kind, text)
            leaks.append({"kind": kind, "text": text, "box": list(b)})
    if spec["clean"] and leaks:
        raise RuntimeError("clean image with leaks: %s" % spec["scene"])
    data = encode(img, spec["format"], spec["quality"])
    if qrs:
        got = decode_payloads(data)
        for q in qrs:
            if q["payload"] not in got:
                return None, "qr decode"
    leaks.sort(key=lambda L: (L["box"][1], L["box"][0]))
    return (data, leaks, qrs, W, H), None


def render_one(args):
    spec, root = args
    last = None
    for att in range(MAX_ATTEMPTS):
        out, why = attempt(spec, att)
        if out is not None:
            break
        last = why
    else:
        raise RuntimeError("image %d (%s) failed: %s" % (spec["index"], spec["scene"], last))
    data, leaks, qrs, W, H = out
    path = os.path.join(root, spec["file"])
    with open(path, "wb") as fh:
        fh.write(data)
    exp = {"file": spec["file"], "clean": spec["clean"], "leaks": leaks, "faces": None}
    meta = {"file": spec["file"], "scene": spec["scene"], "format": spec["format"], "width": W, "height": H,
            "qr": qrs, "region": spec["region"], "capture": spec["capture"]}
    return spec["index"], exp, meta, hashlib.sha256(data).hexdigest(), att


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=str, default=None, help="comma-separated 1-based indices (debugging)")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    items = PLAN.build_plan()
    if a.only:
        keep = {int(x) for x in a.only.split(",")}
        items = [it for it in items if it["index"] in keep]
    n = len(items)
    results = {}
    jobs = [(it, root) for it in items]
    done = 0
    if a.jobs > 1:
        with Pool(a.jobs, maxtasksperchild=20) as pool:
            for r in pool.imap_unordered(render_one, jobs, chunksize=1):
                results[r[0]] = r
                done += 1
                if done % 10 == 0 or done == n:
                    print("%d/%d" % (done, n), flush=True)
    else:
        for j in jobs:
            r = render_one(j)
            results[r[0]] = r
            done += 1
            if done % 10 == 0 or done == n:
                print("%d/%d" % (done, n), flush=True)
    if a.only:
        return
    order = sorted(results)
    with open(os.path.join(root, "expected.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(root, "meta.jsonl"), "w", encoding="utf-8") as fm:
        for i in order:
            fe.write(json.dumps(results[i][1], ensure_ascii=False) + "\n")
            fm.write(json.dumps(results[i][2], ensure_ascii=False) + "\n")
    lines = ["%s  %s" % (results[i][3], results[i][1]["file"]) for i in order]
    for name in ("expected.jsonl", "meta.jsonl"):
        with open(os.path.join(root, name), "rb") as fh:
            lines.append("%s  %s" % (hashlib.sha256(fh.read()).hexdigest(), name))
    with open(os.path.join(root, "SHA256SUMS"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
