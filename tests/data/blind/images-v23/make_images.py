#!/usr/bin/env python3
"""Deterministic renderer of the child-privacy image test set.

Usage: python make_images.py --root ROOT [--jobs N] [--only 1,2,3]
Writes ROOT/out/img_c001.<ext> .. img_c240.<ext>, ROOT/expected.jsonl, ROOT/meta.jsonl, ROOT/SHA256SUMS.
"""
import argparse
import hashlib
import io
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
import zxingcpp  # noqa: E402
from PIL import Image  # noqa: E402

import clean  # noqa: E402
import docs  # noqa: E402
import photos  # noqa: E402
import screens  # noqa: E402
from common import Ctx  # noqa: E402
from core import LayoutError, encode, finish_photo, finish_scan  # noqa: E402
from data import REGIONS  # noqa: E402

PREFIX = "c"
N_IMAGES = 240
SEED = 20240923
MAX_ATTEMPTS = 16
MIN_CAP = {"photo": 12.5, "photo_doc": 12.5, "screen": 9.5, "scan": 9.5}


def doc(fn, **kw):
    return lambda ctx, k: fn(ctx, "scan" if k % 2 == 0 else "photo", **kw)


def doc_q(fn, nq):
    return lambda ctx, k: fn(ctx, "scan" if k % 2 == 0 else "photo", with_qr=k < nq)


# (scene, group, count, clean, builder(ctx, k) where k = instance number within the scene)
SCENES = [
    # ---- leaky screenshots (66)
    ("chat_whatsapp_light", "screen", 5, False, lambda c, k: screens.chat(c, "whatsapp", False)),
    ("chat_whatsapp_dark", "screen", 4, False, lambda c, k: screens.chat(c, "whatsapp", True)),
    ("chat_imessage_light", "screen", 4, False, lambda c, k: screens.chat(c, "imessage", False)),
    ("chat_imessage_dark", "screen", 3, False, lambda c, k: screens.chat(c, "imessage", True)),
    ("chat_instagram", "screen", 5, False, lambda c, k: screens.chat(c, "instagram", k % 2 == 0)),
    ("chat_discord", "screen", 5, False, lambda c, k: screens.discord(c, k % 3 != 2)),
    ("chat_sms", "screen", 4, False, lambda c, k: screens.chat(c, "sms", k % 2 == 1)),
    ("game_profile", "screen", 8, False, lambda c, k: screens.game_profile(c, with_qr=k < 3)),
    ("friend_list", "screen", 7, False, lambda c, k: screens.friend_list(c)),
    ("game_lobby", "screen", 6, False, lambda c, k: screens.lobby(c)),
    ("lock_screen", "screen", 7, False, lambda c, k: screens.lock_screen(c, with_qr=k < 2)),
    ("signup_form", "screen", 8, False, lambda c, k: screens.signup_form(c)),
    # ---- leaky photos (80)
    ("birthday_banner", "photo", 5, False, lambda c, k: photos.birthday_banner(c)),
    ("birthday_cake", "photo", 5, False, lambda c, k: photos.birthday_cake(c)),
    ("parcel", "photo", 5, False, lambda c, k: photos.parcel(c, with_qr=k < 1)),
    ("envelope", "photo", 5, False, lambda c, k: photos.envelope(c)),
    ("school_sign_near", "photo", 4, False, lambda c, k: photos.school_sign(c, far=False)),
    ("school_sign_far", "photo", 3, False, lambda c, k: photos.school_sign(c, far=True)),
    ("lunchbox_label", "photo", 4, False, lambda c, k: photos.name_label(c, "lunchbox", with_qr=k < 1)),
    ("bottle_label", "photo", 4, False, lambda c, k: photos.name_label(c, "bottle")),
    ("bag_tag", "photo", 3, False, lambda c, k: photos.name_label(c, "tag", with_qr=True)),
    ("team_shirt", "photo", 4, False, lambda c, k: photos.team_shirt(c, bib=False)),
    ("race_bib", "photo", 4, False, lambda c, k: photos.team_shirt(c, bib=True)),
    ("certificate", "photo", 4, False, lambda c, k: photos.certificate(c, with_qr=k < 1)),
    ("trophy", "photo", 3, False, lambda c, k: photos.trophy(c)),
    ("house_number", "photo", 4, False, lambda c, k: photos.house_number(c)),
    ("noticeboard", "photo", 4, False, lambda c, k: photos.noticeboard(c, with_qr=k < 2)),
    ("whiteboard", "photo", 4, False, lambda c, k: photos.whiteboard(c)),
    ("fridge_note", "photo", 4, False, lambda c, k: photos.fridge_note(c, with_qr=k < 2)),
    ("id_card", "photo", 4, False, lambda c, k: photos.id_card(c, library=False, with_qr=k < 2)),
    ("library_card", "photo", 3, False, lambda c, k: photos.id_card(c, library=True)),
    ("lost_pet_poster", "photo", 4, False, lambda c, k: photos.lost_pet(c, with_qr=k < 3)),
    # ---- leaky documents (34), alternating scan / photo
    ("permission_slip", "doc", 6, False, doc_q(docs.permission_slip, 2)),
    ("registration_form", "doc", 6, False, doc(docs.reg_form)),
    ("report_card", "doc", 6, False, doc_q(docs.report_card, 1)),
    ("timetable", "doc", 5, False, doc(docs.timetable)),
    ("club_flyer", "doc", 6, False, doc_q(docs.club_flyer, 4)),
    ("invitation", "doc", 5, False, doc_q(docs.invitation, 3)),
    # ---- clean screenshots (18)
    ("public_website", "screen", 5, True, lambda c, k: screens.website(c)),
    ("weather_app", "screen", 5, True, lambda c, k: screens.weather_app(c)),
    ("game_hud", "screen", 5, True, lambda c, k: screens.game_hud(c)),
    ("league_table", "screen", 3, True, lambda c, k: screens.league_table(c)),
    # ---- clean photos (34)
    ("scoreboard", "photo", 3, True, lambda c, k: clean.scoreboard(c)),
    ("celebrity_poster", "photo", 4, True, lambda c, k: clean.poster(c, "celeb")),
    ("movie_poster", "photo", 3, True, lambda c, k: clean.poster(c, "movie", with_qr=k < 2)),
    ("book_cover", "photo", 4, True, lambda c, k: clean.poster(c, "book")),
    ("packaging", "photo", 5, True, lambda c, k: clean.packaging(c, with_qr=True)),
    ("menu_board", "photo", 3, True, lambda c, k: clean.board_sign(c, "menu")),
    ("recipe_card", "photo", 3, True, lambda c, k: clean.board_sign(c, "recipe")),
    ("road_sign", "photo", 3, True, lambda c, k: clean.board_sign(c, "road")),
    ("shop_sign", "photo", 3, True, lambda c, k: clean.board_sign(c, "shop")),
    ("museum_sign", "photo", 3, True, lambda c, k: clean.board_sign(c, "museum", with_qr=k < 1)),
    # ---- clean documents (8)
    ("ticket", "doc", 3, True, doc_q(docs.ticket, 2)),
    ("bus_timetable", "doc", 2, True, doc(docs.bus_timetable)),
    ("worksheet", "doc", 3, True, doc(docs.worksheet)),
]

FORMATS = {"screen": {"png": 36, "webp": 16, "jpg": 32}, "photo": {"png": 0, "webp": 26, "jpg": 88},
           "doc": {"png": 12, "webp": 6, "jpg": 24}}
EXT = {"jpg": "jpg", "png": "png", "webp": "webp"}


def build_plan():
    entries = []
    for name, group, count, is_clean, fn in SCENES:
        for k in range(count):
            entries.append({"scene": name, "group": group, "k": k, "clean": is_clean, "fn": fn})
    assert len(entries) == N_IMAGES, len(entries)
    r = random.Random(SEED)
    r.shuffle(entries)
    # formats per group
    for group, fm in FORMATS.items():
        idx = [i for i, e in enumerate(entries) if e["group"] == group]
        fl = []
        for f in ("jpg", "png", "webp"):
            fl += [f] * fm[f]
        assert len(fl) == len(idx), (group, len(fl), len(idx))
        r.shuffle(fl)
        for i, f in zip(idx, fl):
            entries[i]["format"] = f
    regions = [REGIONS[i % len(REGIONS)] for i in range(N_IMAGES)]
    r.shuffle(regions)
    for i, e in enumerate(entries):
        e["region"] = regions[i]
        e["quality"] = r.randint(60, 92) if e["format"] == "jpg" else (r.randint(62, 90) if e["format"] == "webp" else None)
        e["index"] = i + 1
        e["file"] = f"out/img_{PREFIX}{i + 1:03d}.{EXT[e['format']]}"
    return entries


PLAN = build_plan()


def boxes_overlap(a, b):
    ix = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    iy = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0, ix) * max(0, iy)


def decode_qr(img, box, payload):
    W, H = img.size
    x, y, w, h = box
    m = int(max(w, h) * 0.35) + 8
    crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
    tries = [crop]
    if max(crop.size) > 1400:
        s = 1000.0 / max(crop.size)
        tries.append(crop.resize((int(crop.width * s), int(crop.height * s)), Image.LANCZOS))
    for im in tries:
        for res in zxingcpp.read_barcodes(im):
            if res.text == payload:
                return True
    return False


def render_one(e):
    fn = e["fn"]
    last_err = None
    for attempt in range(MAX_ATTEMPTS):
        seed = SEED * 7919 + e["index"] * 104729 + attempt * 13
        rng = random.Random(seed)
        nrng = np.random.default_rng(seed)
        ctx = Ctx(e["index"], rng, nrng, e["region"], e["scene"], attempt)
        try:
            canvas = fn(ctx, e["k"])
            leaks, qrs, caps = canvas.collect()
            mode = canvas.mode
            if caps and min(caps) < MIN_CAP[mode]:
                raise LayoutError(f"cap {min(caps):.1f}")
            for q in qrs:
                if q["module"] < 2.5:
                    raise LayoutError("qr modules too small")
            if e["clean"] and leaks:
                raise RuntimeError("clean scene produced leaks: " + e["scene"])
            if not e["clean"] and not leaks:
                raise LayoutError("no leaks")
            img = canvas.img
            if os.environ.get("I23_DRYRUN"):
                blob = b""
                break
            boxes = [lk["box"] for lk in leaks] + [q["box"] for q in qrs]
            if mode in ("photo", "photo_doc"):
                img = finish_photo(img, rng, nrng, boxes, level=1.0 if mode == "photo" else 0.7)
            elif mode == "scan":
                img = finish_scan(img, rng, nrng)
            blob = encode(img, e["format"], e["quality"])
            if qrs:
                dec = Image.open(io.BytesIO(blob)).convert("RGB")
                for q in qrs:
                    if not decode_qr(dec, q["box"], q["payload"]):
                        raise LayoutError("qr does not decode")
            break
        except LayoutError as err:
            last_err = err
            if os.environ.get("I23_DEBUG"):
                print(f"[{e['index']} {e['scene']} att{attempt}] {err}", file=sys.stderr)
            continue
    else:
        raise RuntimeError(f"image {e['index']} ({e['scene']}) failed: {last_err}")
    W, H = img.size
    exp = {"file": e["file"], "clean": e["clean"],
           "leaks": [{"kind": lk["kind"], "text": lk["text"], "box": lk["box"]} for lk in leaks], "faces": None}
    meta = {"file": e["file"], "scene": e["scene"], "format": e["format"], "width": W, "height": H,
            "qr": [{"payload": q["payload"], "box": q["box"]} for q in qrs],
            "family": {"screen": "screenshot", "photo": "photo", "scan": "scan", "photo_doc": "document_photo"}[mode],
            "region": e["region"], "min_leak_cap_px": round(min(caps), 1) if caps else None, "attempt": attempt}
    return e["index"], blob, exp, meta


_ROOT = None


def _work(i):
    idx, blob, exp, meta = render_one(PLAN[i])
    path = os.path.join(_ROOT, exp["file"])
    with open(path, "wb") as fh:
        fh.write(blob)
    return idx, hashlib.sha256(blob).hexdigest(), exp, meta


def _init(root):
    global _ROOT
    _ROOT = root


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default=None, help="comma list of 1-based indices (debug; skips the index files)")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    todo = list(range(N_IMAGES))
    if a.only:
        todo = [int(x) - 1 for x in a.only.split(",")]
    results = {}
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs, initializer=_init, initargs=(root,)) as pool:
            for n, r in enumerate(pool.imap_unordered(_work, todo, chunksize=1), 1):
                results[r[0]] = r
                if n % 10 == 0 or n == len(todo):
                    print(f"{n}/{len(todo)}", flush=True)
    else:
        _init(root)
        for n, i in enumerate(todo, 1):
            r = _work(i)
            results[r[0]] = r
            if n % 10 == 0 or n == len(todo):
                print(f"{n}/{len(todo)}", flush=True)
    if a.only:
        return
    with open(os.path.join(root, "expected.jsonl"), "w") as fe, open(os.path.join(root, "meta.jsonl"), "w") as fm, \
            open(os.path.join(root, "SHA256SUMS"), "w") as fs:
        for idx in sorted(results):
            _, h, exp, meta = results[idx]
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fs.write(f"{h}  {exp['file']}\n")


if __name__ == "__main__":
    main()
