#!/usr/bin/env python3
"""Deterministic generator of a privacy test set: 240 images (180 leaky, 60 clean).

Usage: python make_images.py --root ROOT [--jobs N] [--only 1,2,3]
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import sys

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zxingcpp  # noqa: E402

from common import Ctx, PHOTO_SIZES, PAPER  # noqa: E402
from gfx import Layer, Overlap, box_of, encode, photo_effects, place_quad, quad_h, texture  # noqa: E402
from pdata import Gen  # noqa: E402
import scenes_screen  # noqa: E402
import scenes_photo  # noqa: E402
import scenes_doc  # noqa: E402
import scenes_clean  # noqa: E402

SEED = "kidsleak-g-v1"
PREFIX = "g"
N = 240

# scene -> (function, family, qr capable, count)
LEAKY = [
    ("chat", scenes_screen.chat, "screen", True, 30),
    ("game_profile", scenes_screen.game_profile, "screen", True, 8),
    ("friend_list", scenes_screen.friend_list, "screen", False, 6),
    ("game_lobby", scenes_screen.lobby, "screen", False, 5),
    ("leaderboard", scenes_screen.leaderboard, "screen", False, 5),
    ("lock_screen", scenes_screen.lock_screen, "screen", False, 5),
    ("signup_form", scenes_screen.signup_form, "screen", False, 6),
    ("contact_card", scenes_screen.contact_card, "screen", True, 5),
] + scenes_photo.LEAKY + scenes_doc.LEAKY
CLEAN = scenes_clean.CLEAN
QR_TYPES = ["tel", "sms", "mailto", "geo", "mecard", "vcard", "wifi", "wa", "tme", "snap", "discord", "text"]


def build_plan():
    r = random.Random(SEED + "-plan")
    slots = []
    for name, fn, fam, qrc, n in LEAKY:
        for k in range(n):
            slots.append({"scene": name, "fam": fam, "qrc": qrc, "clean": False})
    for name, fn, fam, qrc, n in CLEAN:
        for k in range(n):
            slots.append({"scene": name, "fam": fam, "qrc": qrc, "clean": True})
    assert len(slots) == N, len(slots)
    r.shuffle(slots)
    # QR codes: 30 on leaky, 10 on clean
    lq = [i for i, s in enumerate(slots) if s["qrc"] and not s["clean"]]
    cq = [i for i, s in enumerate(slots) if s["qrc"] and s["clean"]]
    # spread leaky QR across capable scenes round-robin
    byscene = {}
    for i in lq:
        byscene.setdefault(slots[i]["scene"], []).append(i)
    order = []
    names = sorted(byscene)
    while any(byscene[n] for n in names):
        for n in names:
            if byscene[n]:
                order.append(byscene[n].pop(0))
    for k, i in enumerate(order[:30]):
        slots[i]["qr"] = QR_TYPES[k % len(QR_TYPES)]
    byscene = {}
    for i in cq:
        byscene.setdefault(slots[i]["scene"], []).append(i)
    order = []
    names = sorted(byscene)
    while any(byscene[n] for n in names):
        for n in names:
            if byscene[n]:
                order.append(byscene[n].pop(0))
    for i in order[:10]:
        slots[i]["qr"] = "brand"
    # formats: ~60% jpg, 20% png, 20% webp
    fams = {}
    for i, s in enumerate(slots):
        fams.setdefault(s["fam"], []).append(i)
    for f in fams:
        r.shuffle(fams[f])
    ph, sc, dc = fams.get("photo", []), fams.get("screen", []), fams.get("doc", [])
    n_ph_webp = round(0.24 * len(ph))
    n_sc_png, n_sc_webp = round(0.42 * len(sc)), round(0.18 * len(sc))
    n_dc_png = max(0, 48 - n_sc_png)
    n_dc_webp = max(0, 48 - n_ph_webp - n_sc_webp)
    for k, i in enumerate(ph):
        slots[i]["fmt"] = "webp" if k < n_ph_webp else "jpg"
    for k, i in enumerate(sc):
        slots[i]["fmt"] = "png" if k < n_sc_png else ("webp" if k < n_sc_png + n_sc_webp else "jpg")
    for k, i in enumerate(dc):
        slots[i]["fmt"] = "png" if k < n_dc_png else ("webp" if k < n_dc_png + n_dc_webp else "jpg")
    for i, s in enumerate(slots):
        s["idx"] = i + 1
        s["q"] = r.randint(60, 92) if s["fmt"] == "jpg" else r.randint(72, 92)
    return slots


FUNCS = {name: fn for name, fn, *_ in LEAKY + CLEAN}


class Retry(Exception):
    pass


def finish_doc(ctx, page):
    """A flat document page -> scanned (skew, noise) or photographed (perspective on a table)."""
    r = ctx.rng
    if r.random() < 0.6:
        W, H = page.w, page.h
        out = Layer(W, H, bg=r.choice([(250, 250, 250), (242, 242, 238), (236, 238, 240)]))
        a = math.radians(r.uniform(-1.6, 1.6))
        sc = r.uniform(0.955, 0.985)
        cx, cy = W / 2 + r.uniform(-8, 8), H / 2 + r.uniform(-8, 8)
        ca, sa = math.cos(a) * sc, math.sin(a) * sc
        Hm = np.array([[ca, -sa, cx - ca * W / 2 + sa * H / 2], [sa, ca, cy - sa * W / 2 - ca * H / 2], [0, 0, 1]])
        out.paste_layer(page, Hm, check=False)
        im = out.im.convert("RGB")
        im = photo_effects(im, r, ctx.nrng, strength=0.25, blur=r.uniform(0.0, 0.7), noise=r.uniform(1.5, 5))
        return out, im, "scan"
    W, H = r.choice([(2250, 3000), (2448, 3264), (2400, 3600), (3000, 2250)])
    bg = texture(ctx.nrng, W, H, r.choice(["wood", "plain"]), r.choice([(150, 110, 70), (200, 200, 195), (120, 90, 60), (90, 95, 100)]))
    tw = min(W * r.uniform(0.72, 0.86), H * 0.86 * page.w / page.h)
    q = place_quad(r, page.w, page.h, W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.03, 0.03) * H, tw,
                   rot_deg=r.uniform(-6, 6), persp=r.uniform(0.01, 0.05), tilt=r.uniform(0, 0.08))
    bg.paste_layer(page, quad_h(page.w, page.h, q), check=False)
    im = photo_effects(bg.im.convert("RGB"), r, ctx.nrng, strength=r.uniform(0.5, 0.9))
    return bg, im, "photo_doc"


def render_one(slot):
    i = slot["idx"]
    last_err = None
    for attempt in range(8):
        rng = random.Random(f"{SEED}-{i}-{attempt}")
        nrng = np.random.default_rng([20, i, attempt])
        gen = Gen(rng)
        qt = slot.get("qr")
        ctx = Ctx(i, rng, nrng, gen, qr_type=qt, attempt=attempt)
        try:
            L, scene = FUNCS[slot["scene"]](ctx)
            fam = slot["fam"]
            if fam == "doc":
                L, im, sub = finish_doc(ctx, L)
            elif fam == "photo":
                im = photo_effects(L.im.convert("RGB"), rng, nrng, strength=rng.uniform(0.6, 1.0) / (1 + attempt * 0.3))
                sub = "photo"
            else:
                im = L.im.convert("RGB")
                sub = "screen"
            W, H = im.size
            leaks = []
            min_h = {"screen": 14, "scan": 16, "photo": 22, "photo_doc": 22}[sub]
            for lk in L.leaks:
                b = box_of(lk["pts"], W, H)
                if b[0] < 0 or b[1] < 0 or b[0] + b[2] > W or b[1] + b[3] > H:
                    raise Retry(f"leak outside {b}")
                if b[3] < min_h:
                    raise Retry(f"leak too small {b}")
                leaks.append({"kind": lk["kind"], "text": lk["text"], "box": b})
            qrs = []
            for q in L.qrs:
                b = box_of(q["pts"], W, H, edges=True)
                if b[0] < 0 or b[1] < 0 or b[0] + b[2] > W or b[1] + b[3] > H:
                    raise Retry("qr outside")
                qrs.append({"payload": q["payload"], "box": b})
                for kind, text in q["parts"]:
                    leaks.append({"kind": kind, "text": text, "box": b})
            if slot["clean"] and leaks:
                raise RuntimeError("clean image has leaks")
            if qt and not qrs:
                raise Retry("qr missing")
            data = encode(im, slot["fmt"], slot["q"])
            if qrs:
                dec = Image.open(io.BytesIO(data)).convert("RGB")
                found = {b.text for b in zxingcpp.read_barcodes(np.asarray(dec))}
                for q in qrs:
                    if q["payload"] not in found:
                        raise Retry("qr not decodable")
            fn = f"out/img_{PREFIX}{i:03d}.{slot['fmt']}"
            exp = {"file": fn, "clean": slot["clean"], "leaks": leaks, "faces": None}
            meta = {"file": fn, "scene": scene, "format": slot["fmt"], "width": W, "height": H, "qr": qrs}
            return fn, data, exp, meta, attempt
        except (Overlap, Retry) as e:
            last_err = e
            continue
    raise RuntimeError(f"image {i} failed: {last_err}")


def work(args):
    slot, root = args
    fn, data, exp, meta, attempt = render_one(slot)
    with open(os.path.join(root, fn), "wb") as fh:
        fh.write(data)
    return slot["idx"], fn, hashlib.sha256(data).hexdigest(), exp, meta, attempt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    root = a.root
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    plan = build_plan()
    todo = plan
    if a.only:
        want = {int(x) for x in a.only.split(",")}
        todo = [s for s in plan if s["idx"] in want]
    results = {}
    jobs = [(s, root) for s in todo]
    done = 0
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=20) as pool:
            for res in pool.imap_unordered(work, jobs, chunksize=1):
                results[res[0]] = res
                done += 1
                if done % 10 == 0 or done == len(jobs):
                    print(f"{done}/{len(jobs)}", flush=True)
    else:
        for j in jobs:
            res = work(j)
            results[res[0]] = res
            done += 1
            if done % 10 == 0 or done == len(jobs):
                print(f"{done}/{len(jobs)}", flush=True)
    order = sorted(results)
    with open(os.path.join(root, "expected.jsonl"), "w") as fe, open(os.path.join(root, "meta.jsonl"), "w") as fm, \
            open(os.path.join(root, "SHA256SUMS"), "w") as fs:
        for k in order:
            _, fn, h, exp, meta, attempt = results[k]
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fs.write(f"{h}  {fn}\n")
    if os.environ.get("GEN_DEBUG"):
        retr = sum(results[k][5] for k in order)
        print(f"retries: {retr}", file=sys.stderr)


if __name__ == "__main__":
    main()
