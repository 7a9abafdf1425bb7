#!/usr/bin/env python3
"""Deterministic renderer of the 'b' test set: 180 leaky + 60 clean images.

Usage: python make_images.py --root ROOT [--jobs N]
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
import zxingcpp  # noqa: E402

PREFIX = "b"
SEED = 21_2024
N = 240

# (scene, count, family) -- family in {"screen", "photo", "doc"}
LEAKY = [
    ("chat_whatsapp", 7, "screen"), ("chat_imessage", 6, "screen"), ("chat_instagram", 6, "screen"), ("chat_discord", 6, "screen"),
    ("chat_sms", 5, "screen"), ("game_profile", 8, "screen"), ("friend_list", 7, "screen"), ("game_lobby", 6, "screen"),
    ("lock_screen", 7, "screen"), ("signup_form", 7, "screen"),
    ("birthday_banner", 5, "photo"), ("cake", 5, "photo"), ("parcel", 5, "photo"), ("envelope", 5, "photo"), ("school_sign", 6, "photo"),
    ("lunchbox", 3, "photo"), ("bottle", 3, "photo"), ("bag_tag", 3, "photo"), ("team_shirt", 3, "photo"), ("race_bib", 3, "photo"),
    ("certificate", 4, "photo"), ("trophy", 3, "photo"), ("house_number", 5, "photo"), ("noticeboard", 4, "photo"),
    ("whiteboard", 4, "photo"), ("fridge_note", 4, "photo"), ("id_card", 3, "photo"), ("library_card", 3, "photo"), ("lost_pet", 4, "photo"),
    ("permission_slip", 7, "doc"), ("reg_form", 7, "doc"), ("report_card", 7, "doc"), ("timetable", 6, "doc"), ("club_flyer", 7, "doc"),
    ("invitation", 6, "doc"),
]
CLEAN = [
    ("league_table", 4, "screen"), ("scoreboard", 3, "photo"), ("celeb_poster", 4, "photo"), ("movie_poster", 4, "photo"),
    ("book_cover", 4, "photo"), ("packaging", 4, "photo"), ("public_website", 4, "screen"), ("weather_app", 4, "screen"),
    ("game_hud", 4, "screen"), ("menu", 4, "doc"), ("recipe", 3, "doc"), ("road_sign", 3, "photo"), ("shop_sign", 3, "photo"),
    ("museum_sign", 3, "photo"), ("ticket", 3, "photo"), ("bus_timetable", 3, "photo"), ("worksheet", 3, "doc"),
]
FMT_SHARE = {"screen": (0.45, 0.35, 0.20), "doc": (0.60, 0.25, 0.15), "photo": (0.72, 0.07, 0.21)}  # jpg, png, webp


def build_plan():
    items = []
    for lst, clean in ((LEAKY, False), (CLEAN, True)):
        for scene, cnt, fam in lst:
            for k in range(cnt):
                items.append({"scene": scene, "k": k, "family": fam, "clean": clean})
    assert len(items) == N, len(items)
    r = random.Random(SEED)
    r.shuffle(items)
    # formats: per family quota, shuffled deterministically
    for fam, (fj, fp, fw) in FMT_SHARE.items():
        idx = [i for i, it in enumerate(items) if it["family"] == fam]
        n = len(idx)
        npng, nweb = round(n * fp), round(n * fw)
        fmts = ["png"] * npng + ["webp"] * nweb + ["jpg"] * (n - npng - nweb)
        random.Random(SEED + len(fam)).shuffle(fmts)
        for i, f in zip(idx, fmts):
            items[i]["format"] = f
    for i, it in enumerate(items):
        it["index"] = i + 1
        it["file"] = f"out/img_{PREFIX}{i + 1:03d}.{it['format']}"
    return items


def scene_table():
    import screens, photos, docs, cleanscenes
    t = {}
    for m in (screens, photos, docs, cleanscenes):
        t.update(m.SCENES)
    return t


def box_of(pts, W, H):
    x0, y0 = float(np.min(pts[:, 0])), float(np.min(pts[:, 1]))
    x1, y1 = float(np.max(pts[:, 0])), float(np.max(pts[:, 1]))
    inside = x0 >= -0.5 and y0 >= -0.5 and x1 <= W + 0.5 and y1 <= H + 0.5
    bx0, by0 = max(0, int(math.floor(x0))), max(0, int(math.floor(y0)))
    bx1, by1 = min(W, int(math.ceil(x1))), min(H, int(math.ceil(y1)))
    return [bx0, by0, bx1 - bx0, by1 - by0], inside


def decode_qr(img, box, payload):
    W, H = img.size
    x, y, w, h = box
    for mfrac, scale in ((0.25, 1.0), (0.6, 1.0), (0.25, 0.5), (0.25, 2.0)):
        m = int(max(w, h) * mfrac) + 8
        crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
        if scale != 1.0:
            crop = crop.resize((max(8, int(crop.width * scale)), max(8, int(crop.height * scale))), Image.LANCZOS)
        for res in zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode):
            if res.text == payload:
                return True
    return False


def encode(img, fmt, rng):
    bio = io.BytesIO()
    if fmt == "jpg":
        img.save(bio, "JPEG", quality=rng.randint(60, 92), optimize=False, progressive=False)
    elif fmt == "png":
        img.save(bio, "PNG", compress_level=6)
    else:
        img.save(bio, "WEBP", quality=rng.randint(72, 92), method=4)
    return bio.getvalue()


def render(item, root=None, attempts=6):
    table = scene_table()
    fn = table[item["scene"]]
    last = None
    for att in range(attempts):
        rng = random.Random(f"{PREFIX}|{SEED}|{item['index']}|{att}")
        img, cv = fn(rng, item["k"])
        W, H = img.size
        data = encode(img, item["format"], random.Random(f"enc|{item['index']}|{att}"))
        dec = Image.open(io.BytesIO(data)).convert("RGB")
        ok = True
        leaks, qrs = [], []
        for lk in cv.leaks:
            if len(lk["pts"]) == 0:
                continue
            box, inside = box_of(lk["pts"], W, H)
            if not inside or box[2] < 2 or box[3] < 2:
                ok = False
                continue
            leaks.append({"kind": lk["kind"], "text": lk["text"], "box": box})
        for q in cv.qrs:
            box, inside = box_of(q["pts"], W, H)
            if not inside or not decode_qr(dec, box, q["payload"]):
                ok = False
            qrs.append({"payload": q["payload"], "box": box})
        if item["clean"]:
            leaks = []
        last = (data, leaks, qrs, W, H)
        if ok:
            break
    data, leaks, qrs, W, H = last
    if root:
        with open(os.path.join(root, item["file"]), "wb") as f:
            f.write(data)
    exp = {"file": item["file"], "clean": item["clean"], "leaks": leaks, "faces": None}
    meta = {"file": item["file"], "scene": item["scene"], "format": item["format"], "width": W, "height": H, "qr": qrs}
    return exp, meta, hashlib.sha256(data).hexdigest()


def _work(args):
    item, root = args
    return render(item, root)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=str, default="", help="debug: comma-separated 1-based indices")
    a = ap.parse_args()
    os.makedirs(os.path.join(a.root, "out"), exist_ok=True)
    plan = build_plan()
    if a.only:
        want = {int(x) for x in a.only.split(",")}
        plan = [p for p in plan if p["index"] in want]
    jobs = [(it, a.root) for it in plan]
    results = []
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs) as pool:
            for n, r in enumerate(pool.imap(_work, jobs, chunksize=1), 1):
                results.append(r)
                if n % 20 == 0 or n == len(jobs):
                    print(f"{n}/{len(jobs)}", flush=True)
    else:
        for n, j in enumerate(jobs, 1):
            results.append(_work(j))
            if n % 20 == 0 or n == len(jobs):
                print(f"{n}/{len(jobs)}", flush=True)
    with open(os.path.join(a.root, "expected.jsonl"), "w", encoding="utf-8") as f:
        for exp, _, _ in results:
            f.write(json.dumps(exp, ensure_ascii=False) + "\n")
    with open(os.path.join(a.root, "meta.jsonl"), "w", encoding="utf-8") as f:
        for _, meta, _ in results:
            f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    lines = [f"{h}  {m['file']}" for _, m, h in results]
    for name in ("expected.jsonl", "meta.jsonl"):
        with open(os.path.join(a.root, name), "rb") as f:
            lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {name}")
    with open(os.path.join(a.root, "SHA256SUMS"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
