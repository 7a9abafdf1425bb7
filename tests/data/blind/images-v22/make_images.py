#!/usr/bin/env python3
"""Deterministic generator of a test set of images showing children's personal information.

Usage: python make_images.py --root ROOT [--jobs N]
"""
import argparse
import hashlib
import io
import json
import os
import random
import sys

import numpy as np
from PIL import Image
import zxingcpp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import Region, REGIONS  # noqa: E402
import scenes_screen as SS  # noqa: E402
import scenes_photo as SP  # noqa: E402
import scenes_doc as SD  # noqa: E402
import scenes_clean as SC  # noqa: E402

SEED = 22022
PREFIX = "d"
N_IMAGES = 240
MIN_CAP = {"photo": 12.0, "screen": 9.0, "scan": 9.0}

# name: (function, family or None for "doc" (scan or photo), count, clean)
SCENES = {
    # leaky screenshots (63)
    "chat_whatsapp": (lambda c: SS.chat(c, "whatsapp"), "screen", 10, False),
    "chat_imessage": (lambda c: SS.chat(c, "imessage"), "screen", 7, False),
    "chat_instagram": (lambda c: SS.chat(c, "instagram"), "screen", 6, False),
    "chat_discord": (lambda c: SS.chat(c, "discord"), "screen", 7, False),
    "chat_sms": (lambda c: SS.chat(c, "sms"), "screen", 6, False),
    "game_profile": (SS.game_profile, "screen", 6, False),
    "friend_list": (SS.friend_list, "screen", 5, False),
    "game_lobby": (SS.game_lobby, "screen", 5, False),
    "lock_screen": (SS.lock_screen, "screen", 5, False),
    "signup_form": (SS.signup_form, "screen", 6, False),
    # leaky photos (77)
    "birthday_banner": (SP.birthday_banner, "photo", 5, False),
    "birthday_cake": (SP.birthday_cake, "photo", 5, False),
    "parcel_label": (SP.parcel_label, "photo", 5, False),
    "envelope": (SP.envelope, "photo", 5, False),
    "school_sign_near": (lambda c: SP.school_sign(c, False), "photo", 4, False),
    "school_sign_far": (lambda c: SP.school_sign(c, True), "photo", 3, False),
    "lunchbox_label": (SP.lunchbox_label, "photo", 3, False),
    "bottle_label": (SP.bottle_label, "photo", 4, False),
    "bag_tag": (SP.bag_tag, "photo", 3, False),
    "team_shirt": (SP.team_shirt, "photo", 4, False),
    "race_bib": (SP.race_bib, "photo", 3, False),
    "certificate_photo": (SP.certificate_photo, "photo", 3, False),
    "trophy": (SP.trophy, "photo", 3, False),
    "house_number": (SP.house_number, "photo", 4, False),
    "noticeboard": (SP.noticeboard, "photo", 4, False),
    "whiteboard": (SP.whiteboard, "photo", 4, False),
    "fridge_note": (SP.fridge_note, "photo", 4, False),
    "id_card": (SP.id_card, "photo", 4, False),
    "library_card": (SP.library_card, "photo", 3, False),
    "lost_pet_poster": (SP.lost_pet_poster, "photo", 4, False),
    # leaky documents (40), scanned or photographed
    "doc_permission_slip": (lambda c: SD.document(c, "permission_slip"), None, 7, False),
    "doc_form": (lambda c: SD.document(c, "form"), None, 7, False),
    "doc_report_card": (lambda c: SD.document(c, "report_card"), None, 7, False),
    "doc_timetable": (lambda c: SD.document(c, "timetable"), None, 6, False),
    "doc_club_flyer": (lambda c: SD.document(c, "club_flyer"), None, 6, False),
    "doc_invitation": (lambda c: SD.document(c, "invitation"), None, 7, False),
    # clean (60)
    "clean_league_table": (SC.league_table, None, 4, True),
    "clean_scoreboard": (SC.scoreboard, "photo", 3, True),
    "clean_celebrity_poster": (SC.celebrity_poster, "photo", 4, True),
    "clean_movie_poster": (SC.movie_poster, "photo", 4, True),
    "clean_book_cover": (SC.book_cover, "photo", 4, True),
    "clean_packaging": (SC.packaging, "photo", 5, True),
    "clean_public_website": (SC.public_website, "screen", 4, True),
    "clean_weather_app": (SC.weather_app, "screen", 4, True),
    "clean_game_hud": (SC.game_hud, "screen", 4, True),
    "clean_menu": (SC.menu, None, 4, True),
    "clean_recipe": (SC.recipe, None, 3, True),
    "clean_road_sign": (SC.road_sign, "photo", 3, True),
    "clean_shop_sign": (SC.shop_sign, "photo", 3, True),
    "clean_museum_sign": (SC.museum_sign, "photo", 3, True),
    "clean_ticket": (SC.ticket, "photo", 3, True),
    "clean_bus_timetable": (SC.bus_timetable, None, 3, True),
    "clean_worksheet": (SC.worksheet, None, 2, True),
}


class Ctx:
    def __init__(self, idx, attempt, region, family, scene):
        self.idx = idx
        self.scene = scene
        self.rng = random.Random(SEED * 1000003 + idx * 1009 + attempt)
        self.nrng = np.random.default_rng([SEED, idx, attempt])
        self.R = Region(region, self.rng)
        self.family = family
        self.qr_leaky = False   # set by plan: this image must carry a leaky QR
        self.qr_clean = False   # set by plan: this image must carry a public QR


def build_plan():
    rng = random.Random(SEED)
    items = []
    for name in SCENES:
        fn, fam, cnt, clean = SCENES[name]
        for k in range(cnt):
            items.append([name, fam, clean])
    assert len(items) == N_IMAGES, len(items)
    rng.shuffle(items)
    # documents and some clean scenes: scan (or screen) vs photo
    for it in items:
        if it[1] is None:
            if it[0] == "clean_league_table":
                it[1] = rng.choice(["screen", "photo"])
            else:
                it[1] = "scan" if rng.random() < 0.6 else "photo"
    # regions, balanced
    regs = [REGIONS[i % len(REGIONS)] for i in range(N_IMAGES)]
    rng.shuffle(regs)
    # formats: 60% jpeg, 20% png, 20% webp; PNG preferred for screenshots and scans
    order = list(range(N_IMAGES))
    fam_rank = {"screen": 0, "scan": 1, "photo": 2}
    rng.shuffle(order)
    fmts = [None] * N_IMAGES
    screens = [i for i in order if items[i][1] == "screen"]
    scans = [i for i in order if items[i][1] == "scan"]
    photos = [i for i in order if items[i][1] == "photo"]
    png = screens[:36] + scans[:12]
    webp = screens[36:50] + scans[12:18] + photos[:28]
    for i in png:
        fmts[i] = "png"
    for i in webp:
        fmts[i] = "webp"
    for i in range(N_IMAGES):
        if fmts[i] is None:
            fmts[i] = "jpeg"
    qual = [rng.randint(60, 92) for _ in range(N_IMAGES)]
    # QR assignment: 30 on leaky images, 10 on clean ones, on scenes where a code is natural
    leaky_qr_ok = {"chat_whatsapp", "lock_screen", "game_profile", "signup_form", "birthday_banner", "parcel_label",
                   "bag_tag", "lunchbox_label", "id_card", "library_card", "lost_pet_poster", "noticeboard",
                   "fridge_note", "doc_permission_slip", "doc_club_flyer", "doc_invitation", "doc_form",
                   "envelope", "team_shirt", "race_bib", "certificate_photo", "chat_discord", "friend_list",
                   "whiteboard", "doc_timetable"}
    clean_qr_ok = {"clean_packaging", "clean_menu", "clean_ticket", "clean_movie_poster", "clean_bus_timetable",
                   "clean_public_website", "clean_museum_sign", "clean_celebrity_poster"}
    cand_l = [i for i in order if items[i][0] in leaky_qr_ok]
    cand_c = [i for i in order if items[i][0] in clean_qr_ok]
    # spread leaky QR over scene types: round robin by scene name
    by = {}
    for i in cand_l:
        by.setdefault(items[i][0], []).append(i)
    ql = []
    names = sorted(by)
    k = 0
    while len(ql) < 30:
        nm = names[k % len(names)]
        if by[nm]:
            ql.append(by[nm].pop(0))
        k += 1
    byc = {}
    for i in cand_c:
        byc.setdefault(items[i][0], []).append(i)
    qc = []
    names = sorted(byc)
    k = 0
    while len(qc) < 10:
        nm = names[k % len(names)]
        if byc[nm]:
            qc.append(byc[nm].pop(0))
        k += 1
    plan = []
    for i in range(N_IMAGES):
        ext = {"jpeg": "jpg", "png": "png", "webp": "webp"}[fmts[i]]
        plan.append(dict(idx=i, scene=items[i][0], family=items[i][1], clean=items[i][2], region=regs[i],
                         fmt=fmts[i], quality=qual[i], file=f"out/img_{PREFIX}{i + 1:03d}.{ext}",
                         qr_leaky=i in ql, qr_clean=i in qc))
    return plan


def encode(img, fmt, q):
    buf = io.BytesIO()
    if fmt == "jpeg":
        img.save(buf, "JPEG", quality=q, optimize=False, progressive=False)
    elif fmt == "png":
        img.save(buf, "PNG", compress_level=6)
    else:
        img.save(buf, "WEBP", quality=q, method=4)
    return buf.getvalue()


class Reject(Exception):
    pass


def finalize(c, it):
    img = c.img.convert("RGB")
    W, H = img.size
    fam = it["family"]
    leaks = []
    for lk in c.leaks:
        if not lk.pts:
            continue
        x0, y0, x1, y1 = lk.bbox()
        if x0 < 0 or y0 < 0 or x1 > W or y1 > H:
            raise Reject(f"leak outside image {lk.kind} {[x0, y0, x1, y1]} {W}x{H}")
        if lk.min_cap() < MIN_CAP[fam]:
            raise Reject(f"leak too small {lk.min_cap():.1f}")
        leaks.append({"kind": lk.kind, "text": lk.text, "box": [x0, y0, x1 - x0, y1 - y0]})
    qrs = []
    for q in c.qrs:
        x0, y0, x1, y1 = q.bbox()
        if x0 < 0 or y0 < 0 or x1 > W or y1 > H:
            raise Reject("qr outside image")
        box = [x0, y0, x1 - x0, y1 - y0]
        qrs.append({"payload": q.payload, "box": box})
        for kind, text in q.leaks:
            leaks.append({"kind": kind, "text": text, "box": box})
    if it["qr_leaky"] and not any(q.leaks for q in c.qrs):
        raise Reject("planned leaky qr missing")
    if it["qr_clean"] and not any(not q.leaks for q in c.qrs):
        raise Reject("planned clean qr missing")
    if not it["qr_leaky"] and not it["qr_clean"] and c.qrs:
        raise RuntimeError("unplanned qr")
    if it["clean"] and leaks:
        raise RuntimeError("clean image with leaks: " + it["scene"])
    if not it["clean"] and not leaks:
        raise Reject("no leaks")
    data = encode(img, it["fmt"], it["quality"])
    if qrs:
        dec = Image.open(io.BytesIO(data)).convert("RGB")
        found = [r.text for r in zxingcpp.read_barcodes(dec)]
        for q in qrs:
            if q["payload"] not in found:
                raise Reject("qr not decodable")
    exp = {"file": it["file"], "clean": it["clean"], "leaks": leaks, "faces": None}
    meta = {"file": it["file"], "scene": it["scene"], "format": it["fmt"], "width": W, "height": H, "qr": qrs}
    return data, exp, meta


def render_one(it):
    fn = SCENES[it["scene"]][0]
    last = None
    for attempt in range(16):
        ctx = Ctx(it["idx"], attempt, it["region"], it["family"], it["scene"])
        ctx.qr_leaky = it["qr_leaky"]
        ctx.qr_clean = it["qr_clean"]
        c = fn(ctx)
        try:
            return finalize(c, it)
        except Reject as e:
            last = e
            if os.environ.get("I22_DEBUG"):
                print(f"  reject {it['idx'] + 1} {it['scene']} attempt {attempt}: {e}", file=sys.stderr)
    raise RuntimeError(f"image {it['idx'] + 1} ({it['scene']}) failed: {last}")


def work(args):
    root, it = args
    data, exp, meta = render_one(it)
    path = os.path.join(root, it["file"])
    with open(path, "wb") as fh:
        fh.write(data)
    return it["idx"], exp, meta, hashlib.sha256(data).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=str, default="", help="comma separated 1-based indices (debug)")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    plan = build_plan()
    todo = plan
    if a.only:
        want = {int(x) - 1 for x in a.only.split(",")}
        todo = [p for p in plan if p["idx"] in want]
    res = {}
    tasks = [(root, it) for it in todo]
    done = 0
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=20) as pool:
            for r in pool.imap_unordered(work, tasks, chunksize=1):
                res[r[0]] = r
                done += 1
                if done % 10 == 0 or done == len(tasks):
                    print(f"{done}/{len(tasks)}", flush=True)
    else:
        for t in tasks:
            r = work(t)
            res[r[0]] = r
            done += 1
            if done % 10 == 0 or done == len(tasks):
                print(f"{done}/{len(tasks)}", flush=True)
    if a.only:
        with open(os.path.join(root, "expected_only.jsonl"), "w") as fe:
            for i in sorted(res):
                fe.write(json.dumps(res[i][1], ensure_ascii=False) + "\n")
        return
    with open(os.path.join(root, "expected.jsonl"), "w") as fe, \
            open(os.path.join(root, "meta.jsonl"), "w") as fm, \
            open(os.path.join(root, "SHA256SUMS"), "w") as fs:
        for i in range(len(plan)):
            _, exp, meta, h = res[i]
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fs.write(f"{h}  {plan[i]['file']}\n")


if __name__ == "__main__":
    main()
