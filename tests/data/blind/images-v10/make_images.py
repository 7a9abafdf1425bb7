#!/usr/bin/env python3
"""Render the test image set.

    python make_images.py --root DIR [--only N[,N...]]

Writes DIR/out/img_tNNN.{jpg,png,webp}, DIR/expected.jsonl, DIR/meta.jsonl, DIR/SHA256SUMS.
Deterministic: every image has its own seeded RNGs derived from its index.
"""
import argparse
import hashlib
import io
import json
import os
import random
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402
import scenes_screens as SS  # noqa: E402
import scenes_docs as SD  # noqa: E402
import scenes_photos as SP  # noqa: E402
import scenes_clean as SC  # noqa: E402

VERSION = "images-v10"

# (module, function, count, category, leaky)
PLAN = [
    # ---- leaky screenshots (64)
    (SS, "scene_group_chat", 14, "screen", True),
    (SS, "scene_dm_chat", 9, "screen", True),
    (SS, "scene_profile", 8, "screen", True),
    (SS, "scene_profile_qr", 6, "screen", True),
    (SS, "scene_game_lobby", 8, "screen", True),
    (SS, "scene_video_call", 5, "screen", True),
    (SS, "scene_lock_screen", 7, "screen", True),
    (SS, "scene_maps", 4, "screen", True),
    (SS, "scene_signup_form", 4, "screen", True),
    # ---- leaky documents (scan or photo of paper) (46)
    (SD, "scene_permission_slip", 6, "doc", True),
    (SD, "scene_registration_form", 7, "doc", True),
    (SD, "scene_report_card", 5, "doc", True),
    (SD, "scene_timetable", 3, "doc", True),
    (SD, "scene_yearbook", 3, "doc", True),
    (SD, "scene_certificate", 5, "doc", True),
    (SD, "scene_invitation", 6, "doc", True),
    (SD, "scene_flyer", 5, "doc", True),
    (SD, "scene_lost_pet", 5, "photo", True),
    # ---- leaky photos (70)
    (SP, "scene_id_card", 8, "photo", True),
    (SP, "scene_parcel", 7, "photo", True),
    (SP, "scene_name_label", 9, "photo", True),
    (SP, "scene_shirt", 7, "photo", True),
    (SP, "scene_school_sign", 7, "photo", True),
    (SP, "scene_house_sign", 6, "photo", True),
    (SP, "scene_banner_cake", 8, "photo", True),
    (SP, "scene_trophy", 5, "photo", True),
    (SP, "scene_whiteboard", 7, "photo", True),
    (SP, "scene_fridge_note", 6, "photo", True),
    # ---- clean (60)
    (SC, "clean_league_table", 5, "screen", False),
    (SC, "clean_weather", 5, "screen", False),
    (SC, "clean_game_hud", 4, "screen", False),
    (SC, "clean_poster", 6, "photo", False),
    (SC, "clean_book_cover", 5, "photo", False),
    (SC, "clean_menu", 5, "photo", False),
    (SC, "clean_ticket", 4, "photo", False),
    (SC, "clean_product", 5, "photo", False),
    (SC, "clean_timetable", 4, "doc", False),
    (SC, "clean_public_sign", 5, "photo", False),
    (SC, "clean_worksheet", 4, "doc", False),
    (SC, "clean_quote", 4, "photo", False),
    (SC, "clean_recipe", 4, "doc", False),
]

SCREEN_SIZES = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400), (1170, 2532)]
PHOTO_SIZES = [(3000, 2000), (4032, 3024), (4000, 3000), (3264, 2448), (2000, 3000), (3024, 4032), (3000, 4000), (2448, 3264)]
SCAN_DPI = [150, 150, 175, 200, 200]
LEAK_W = [2, 3, 5, 8, 12, 16, 21, 26]


def build_plan():
    items = []
    for mod, fn, cnt, cat, leaky in PLAN:
        for j in range(cnt):
            items.append((mod.__name__, fn, cat, leaky, j))
    r = random.Random(f"{VERSION}-order")
    r.shuffle(items)
    # formats: ~60% jpeg, 20% png, 20% webp; photos mostly jpeg
    n = len(items)
    as_photo = {}
    for i, it in enumerate(items):
        as_photo[i] = it[2] == "photo" or (it[2] == "doc" and random.Random(f"{VERSION}-docphoto-{i}").random() < 0.45)
    photos = [i for i in range(n) if as_photo[i]]
    others = [i for i in range(n) if not as_photo[i]]
    fmts = {}
    rp = random.Random(f"{VERSION}-fmt")
    n_jpg, n_png = round(n * 0.6), round(n * 0.2)
    n_webp = n - n_jpg - n_png
    ph_webp = min(len(photos) // 6, n_webp)
    ph = photos[:]
    rp.shuffle(ph)
    for i in ph[:ph_webp]:
        fmts[i] = "webp"
    for i in ph[ph_webp:]:
        fmts[i] = "jpeg"
    ot = others[:]
    rp.shuffle(ot)
    left_jpg = n_jpg - (len(ph) - ph_webp)
    pool = ["png"] * n_png + ["webp"] * (n_webp - ph_webp) + ["jpeg"] * max(0, left_jpg)
    pool = (pool + ["jpeg"] * len(ot))[:len(ot)]
    rp.shuffle(pool)
    for i, f in zip(ot, pool):
        fmts[i] = f
    out = []
    for i, it in enumerate(items):
        out.append(dict(idx=i + 1, module=it[0], scene=it[1], cat=it[2], leaky=it[3], fmt=fmts[i], as_photo=as_photo[i]))
    return out


def render_one(p):
    idx = p["idx"]
    rng = random.Random(f"{VERSION}-img-{idx}")
    rnp = np.random.default_rng(C.seed_of(VERSION, "np", idx))
    cat = p["cat"]
    n = rng.choices(range(1, 9), weights=LEAK_W)[0] if p["leaky"] else 0
    if cat == "screen":
        size = rng.choice(SCREEN_SIZES)
        as_photo = False
    else:
        as_photo = p["as_photo"]
        if as_photo:
            size = rng.choice(PHOTO_SIZES)
        else:
            dpi = rng.choice(SCAN_DPI)
            size = (round(8.27 * dpi), round(11.69 * dpi))
    mod = {"scenes_screens": SS, "scenes_docs": SD, "scenes_photos": SP, "scenes_clean": SC}[p["module"]]
    for attempt in range(6):
        # a scene may overshoot its leak budget (e.g. a leak wrapped over two lines): retry deterministically
        srng = rng if attempt == 0 else random.Random(f"{VERSION}-img-{idx}-retry{attempt}")
        snp = rnp if attempt == 0 else np.random.default_rng(C.seed_of(VERSION, "np", idx, attempt))
        ctx = C.Ctx(idx, p["scene"], size, srng, snp, max(1, n - attempt) if n else 0)
        ctx.as_photo = as_photo
        ctx.cat = cat
        ph = getattr(mod, p["scene"])(ctx)
        img = ph.img.convert("RGB")
        W, H = img.size
        leaks = C.finalize_boxes(ph.leaks, W, H)
        if not p["leaky"] or 1 <= len(leaks) <= 8:
            break
    qrs = C.qr_boxes(ph.qrs, W, H)
    fmt = p["fmt"]
    q = None
    buf = io.BytesIO()
    if fmt == "jpeg":
        q = rng.randint(55, 92)
        img.save(buf, "JPEG", quality=q, subsampling=2 if q < 80 else 0)
        ext = "jpg"
    elif fmt == "webp":
        q = rng.randint(60, 90)
        img.save(buf, "WEBP", quality=q, method=4)
        ext = "webp"
    else:
        img.save(buf, "PNG", compress_level=6)
        ext = "png"
    name = f"out/img_t{idx:03d}.{ext}"
    exp = {"file": name, "clean": not p["leaky"], "leaks": leaks if p["leaky"] else [], "faces": None}
    meta = {"file": name, "scene": p["scene"], "module": p["module"], "format": fmt, "width": W, "height": H,
            "quality": q, "qr": qrs}
    return name, buf.getvalue(), exp, meta


def _render_timed(p):
    t = time.time()
    r = render_one(p)
    return r + (time.time() - t,)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--only", default="", help="comma-separated image numbers (debug)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (output is identical for any value)")
    a = ap.parse_args()
    root = a.root
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    plan = build_plan()
    only = {int(x) for x in a.only.split(",") if x.strip()}
    exps, metas, sums = [], [], []
    t0 = time.time()
    todo = [p for p in plan if not only or p["idx"] in only]
    if a.jobs > 1:
        import multiprocessing as mp
        pool = mp.Pool(a.jobs)
        results = pool.imap(_render_timed, todo)
    else:
        results = map(_render_timed, todo)
    for p, (name, blob, exp, meta, dt) in zip(todo, results):
        t1 = time.time() - dt
        with open(os.path.join(root, name), "wb") as f:
            f.write(blob)
        exps.append(exp)
        metas.append(meta)
        sums.append(f"{hashlib.sha256(blob).hexdigest()}  {name}")
        nl = len(exp["leaks"])
        warn = ""
        if p["leaky"] and not (1 <= nl <= 8):
            warn = "  !! leak count out of range"
        print(f"{name} {p['scene']:<28} {meta['width']}x{meta['height']} {meta['format']:<4} leaks={nl} {time.time() - t1:.1f}s{warn}", flush=True)
    if not only:
        with open(os.path.join(root, "expected.jsonl"), "w") as f:
            for e in exps:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(root, "meta.jsonl"), "w") as f:
            for m in metas:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        with open(os.path.join(root, "SHA256SUMS"), "w") as f:
            f.write("\n".join(sums) + "\n")
    else:
        with open(os.path.join(root, "expected.debug.jsonl"), "w") as f:
            for e in exps:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(root, "meta.debug.jsonl"), "w") as f:
            for m in metas:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"rendered {len(exps)} images in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
