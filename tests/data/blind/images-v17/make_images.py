#!/usr/bin/env python3
"""Deterministic renderer for the children's-privacy image test set (set "r").

Usage: python make_images.py --root ROOT [--jobs N]

Writes ROOT/out/img_r001.<ext> ... img_r240.<ext>, ROOT/expected.jsonl, ROOT/meta.jsonl
and ROOT/SHA256SUMS. Every image is rendered from a random generator seeded only by the
fixed SEED and the image index, so repeated runs (with any --jobs) are byte-identical.
"""
import argparse
import hashlib
import io
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

import clean as C  # noqa: E402
import docs as DC  # noqa: E402
import photos as P  # noqa: E402
import screens as S  # noqa: E402
from common import Rng  # noqa: E402
from data import REGIONS, Persona  # noqa: E402
from qrcheck import qr_ok  # noqa: E402
from qrpay import clean_qr, leak_qr  # noqa: E402

SEED = 20250917
PREFIX = "r"
N_IMAGES = 240
KINDS = ["PERSON", "HANDLE", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "SCHOOL", "ORG", "AGE", "DATE_OF_BIRTH", "URL"]

# scene name -> (family, render function, clean?, count, [qr types for the first images of the scene])
SCENES = {
    # ---- leaky phone screenshots (72)
    "chat_whatsapp": ("screenshot", lambda c: S.chat(c, "whatsapp"), False, 9, ["wa", "snap"]),
    "chat_imessage": ("screenshot", lambda c: S.chat(c, "imessage"), False, 9, []),
    "chat_instagram": ("screenshot", lambda c: S.chat(c, "instagram"), False, 7, ["snap"]),
    "chat_discord": ("screenshot", lambda c: S.chat(c, "discord"), False, 6, ["discord"]),
    "chat_sms": ("screenshot", lambda c: S.chat(c, "sms"), False, 7, ["sms"]),
    "game_profile": ("screenshot", S.game_profile, False, 8, ["discord", "tg"]),
    "friend_list": ("screenshot", S.friend_list, False, 5, []),
    "game_lobby": ("screenshot", S.game_lobby, False, 3, []),
    "lock_screen": ("screenshot", S.lock_screen, False, 7, []),
    "signup_form": ("screenshot", S.signup, False, 11, []),
    # ---- leaky photos (72)
    "birthday_banner": ("photo", P.birthday_banner, False, 5, []),
    "birthday_cake": ("photo", P.birthday_cake, False, 4, []),
    "parcel": ("photo", P.parcel, False, 4, ["geo", "tel"]),
    "envelope": ("photo", P.envelope, False, 4, []),
    "school_sign_near": ("photo", lambda c: P.school_sign(c, far=False), False, 4, []),
    "school_sign_far": ("photo", lambda c: P.school_sign(c, far=True), False, 3, []),
    "name_label": ("photo", P.name_label, False, 6, ["vcard", "text", "mecard"]),
    "bottle_label": ("photo", P.bottle, False, 5, []),
    "team_shirt_bib": ("photo", P.team_shirt, False, 5, []),
    "certificate": ("photo", P.certificate, False, 4, []),
    "trophy": ("photo", P.trophy, False, 3, []),
    "house_number_street_sign": ("photo", P.house_number, False, 4, []),
    "noticeboard": ("photo", P.noticeboard, False, 4, ["wa", "tel"]),
    "whiteboard": ("photo", P.whiteboard, False, 4, []),
    "fridge_note": ("photo", P.fridge, False, 4, ["wifi", "wifi"]),
    "id_card": ("photo", P.id_card, False, 4, ["mecard", "vcard"]),
    "library_card": ("photo", P.library_card, False, 3, []),
    "lost_pet_poster": ("photo", P.lost_pet, False, 4, ["tel", "sms", "text"]),
    # ---- leaky documents (36)
    "permission_slip": ("document", DC.permission_slip, False, 6, ["mailto", "mailto"]),
    "form": ("document", DC.form, False, 6, ["vcard"]),
    "report_card": ("document", DC.report_card, False, 6, []),
    "timetable": ("document", DC.timetable, False, 5, []),
    "club_flyer": ("document", DC.club_flyer, False, 5, ["wa", "tg", "mailto"]),
    "invitation": ("document", DC.invitation, False, 6, ["sms", "geo", "tel"]),
    # ---- clean (60)
    "league_table": ("screenshot", S.league_table_screen, True, 4, []),
    "public_website": ("screenshot", S.public_website, True, 4, []),
    "weather_app": ("screenshot", S.weather_app, True, 4, []),
    "game_hud": ("screenshot", S.game_hud, True, 4, []),
    "scoreboard": ("photo", C.scoreboard, True, 4, []),
    "celebrity_poster": ("photo", C.celebrity_poster, True, 3, []),
    "movie_poster": ("photo", C.movie_poster, True, 4, ["trailer"]),
    "book_cover": ("photo", C.book_cover, True, 4, []),
    "packaging": ("photo", C.packaging, True, 5, ["brand"] * 5),
    "menu": ("photo", C.menu, True, 4, []),
    "recipe": ("document", DC.recipe, True, 3, []),
    "road_sign": ("photo", C.road_sign, True, 3, []),
    "shop_sign": ("photo", C.shop_sign, True, 3, []),
    "museum_sign": ("photo", C.museum_sign, True, 3, ["museum"]),
    "ticket": ("photo", C.ticket, True, 3, ["ticket"] * 3),
    "bus_timetable": ("photo", C.bus_timetable, True, 3, []),
    "worksheet": ("document", DC.worksheet, True, 2, []),
}

EXT = {"jpeg": "jpg", "png": "png", "webp": "webp"}


def build_plan():
    rng = Rng(SEED)
    items = []
    for name in SCENES:  # dict order is insertion order: deterministic
        fam, _, is_clean, count, qrs = SCENES[name]
        for k in range(count):
            items.append({"scene": name, "family": fam, "clean": is_clean, "qr": qrs[k] if k < len(qrs) else None})
    assert len(items) == N_IMAGES, len(items)
    rng.shuffle(items)
    regions = [REGIONS[i % len(REGIONS)] for i in range(N_IMAGES)]
    rng.shuffle(regions)
    # formats: 60% JPEG, 20% PNG, 20% WEBP; screenshots lean PNG, photos lean JPEG
    prior = {"screenshot": 2.0, "document": 0.9, "photo": 0.0}
    score = [prior[it["family"]] + rng.uniform(0, 1.6) for it in items]
    order = sorted(range(N_IMAGES), key=lambda i: (-score[i], i))
    fmt = ["jpeg"] * N_IMAGES
    for i in order[:48]:
        fmt[i] = "png"
    rest = [i for i in range(N_IMAGES) if fmt[i] != "png"]
    rng.shuffle(rest)
    for i in rest[:48]:
        fmt[i] = "webp"
    plan = []
    for i, it in enumerate(items):
        idx = i + 1
        q = rng.randint(60, 92)
        plan.append(dict(it, idx=idx, region=regions[i], format=fmt[i], quality=q,
                         file=f"out/img_{PREFIX}{idx:03d}.{EXT[fmt[i]]}"))
    return plan


class Ctx:
    def __init__(self, spec, attempt=0):
        self.idx = spec["idx"]
        self.scene = spec["scene"]
        self.region = spec["region"]
        self.clean = spec["clean"]
        self.qr = spec["qr"]
        self.attempt = attempt
        seed = SEED * 1000003 + self.idx * 7919 + attempt * 104729
        self.rng = Rng(seed)
        self.nr = np.random.default_rng([SEED, self.idx, attempt])
        # the persona depends only on the image index, not on the attempt
        self.p = Persona(Rng(SEED * 31 + self.idx * 131), self.region)
        self.easy = attempt > 0
        self._qr = None
        self._g = 0

    def qr_payload(self):
        if self._qr is None:
            if self.clean:
                self._qr = (clean_qr(self.rng, self.qr), [])
            else:
                self._qr = leak_qr(self.rng, self.p, self.qr)
        return self._qr

    def gid(self):
        self._g += 1
        return f"g{self._g}"


def encode(img, fmt, quality):
    buf = io.BytesIO()
    if fmt == "jpeg":
        img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2 if quality < 85 else 0)
    elif fmt == "png":
        img.save(buf, "PNG", compress_level=6)
    else:
        img.save(buf, "WEBP", quality=quality, method=4)
    return buf.getvalue()


def validate(spec, layer, img, leaks, qrs):
    W, H = img.size
    probs = []
    for lk in layer.leaks:
        p = lk["pts"]
        if p is None:
            continue
        if p[:, 0].min() < -1 or p[:, 1].min() < -1 or p[:, 0].max() > W + 1 or p[:, 1].max() > H + 1:
            probs.append("leak outside image")
    for lk in leaks:
        if not lk["text"] or lk["text"] != lk["text"].strip():
            probs.append("bad leak text")
        if lk["kind"] not in KINDS:
            probs.append("bad kind")
    if spec["clean"] and leaks:
        probs.append("clean image with leaks")
    if spec["qr"] is not None and len(qrs) != 1:
        probs.append("qr missing")
    return probs


def render_one(spec):
    warnings.simplefilter("ignore")
    last = None
    for attempt in range(8):
        ctx = Ctx(spec, attempt)
        layer = SCENES[spec["scene"]][1](ctx)
        img = layer.im.convert("RGB")
        leaks, qrs = layer.final_leaks()
        probs = validate(spec, layer, img, leaks, qrs)
        if probs:
            last = probs
            continue
        data = encode(img, spec["format"], spec["quality"])
        if qrs:
            back = Image.open(io.BytesIO(data))
            back.load()
            if not all(qr_ok(back, q["box"], q["payload"]) for q in qrs):
                last = ["qr does not decode"]
                continue
        exp = {"file": spec["file"], "clean": spec["clean"], "leaks": leaks, "faces": None}
        meta = {"file": spec["file"], "scene": spec["scene"], "format": spec["format"], "width": img.width,
                "height": img.height, "qr": qrs}
        return spec["idx"], data, exp, meta
    raise RuntimeError(f"image {spec['idx']} ({spec['scene']}) failed: {last}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=str, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    plan = build_plan()
    if a.only:
        want = set(int(x) for x in a.only.split(","))
        plan = [s for s in plan if s["idx"] in want]
    results = {}
    done = 0
    total = len(plan)
    step = 10 if total >= 50 else 1

    def handle(res):
        nonlocal done
        idx, data, exp, meta = res
        spec = plan_by_idx[idx]
        with open(os.path.join(root, spec["file"]), "wb") as fh:
            fh.write(data)
        results[idx] = (exp, meta, hashlib.sha256(data).hexdigest())
        done += 1
        if done % step == 0 or done == total:
            print(f"{done}/{total}", flush=True)

    plan_by_idx = {s["idx"]: s for s in plan}
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs) as pool:
            for res in pool.imap(render_one, plan, chunksize=1):
                handle(res)
    else:
        for spec in plan:
            handle(render_one(spec))
    if a.only:
        return
    exp_lines = [json.dumps(results[s["idx"]][0], ensure_ascii=False) for s in plan]
    meta_lines = [json.dumps(results[s["idx"]][1], ensure_ascii=False) for s in plan]
    exp_txt = "\n".join(exp_lines) + "\n"
    meta_txt = "\n".join(meta_lines) + "\n"
    with open(os.path.join(root, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(exp_txt)
    with open(os.path.join(root, "meta.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(meta_txt)
    sums = [f"{results[s['idx']][2]}  {s['file']}" for s in plan]
    sums.append(f"{hashlib.sha256(exp_txt.encode('utf-8')).hexdigest()}  expected.jsonl")
    sums.append(f"{hashlib.sha256(meta_txt.encode('utf-8')).hexdigest()}  meta.jsonl")
    with open(os.path.join(root, "SHA256SUMS"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sums) + "\n")


if __name__ == "__main__":
    main()
