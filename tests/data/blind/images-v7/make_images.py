#!/usr/bin/env python3
"""Deterministic generator of an image evaluation set (children's over-sharing vs clean).

usage: nice -n 10 python3 make_images.py --root DIR [--jobs 2] [--only N,N]
Writes DIR/out/img_NNN.{png,jpg,webp}, DIR/expected.jsonl, DIR/meta.jsonl, DIR/out/SHA256SUMS.
"""
import argparse
import hashlib
import importlib
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PIL import Image  # noqa: E402
import photo  # noqa: E402
from people import Persona  # noqa: E402

SEED = "kids-overshare-v1"

LEAKY = [
    ("scenes_a.chat_light", 8), ("scenes_a.chat_dark", 8), ("scenes_a.group_chat", 8), ("scenes_a.lock_notifications", 6),
    ("scenes_a.calendar_events", 5), ("scenes_a.video_call_tiles", 5), ("scenes_a.social_bio", 6),
    ("scenes_b.game_profile", 6), ("scenes_b.game_lobby", 5), ("scenes_b.leaderboard", 5), ("scenes_b.friend_list", 5),
    ("scenes_c.parcel_label", 5), ("scenes_c.envelope", 4), ("scenes_c.birthday_banner", 4), ("scenes_c.birthday_cake", 4),
    ("scenes_c.invitation", 5), ("scenes_c.lunchbox_label", 5), ("scenes_c.bag_tag", 4), ("scenes_c.team_shirt", 5), ("scenes_c.medal_ribbon", 4),
    ("scenes_d.certificate", 4), ("scenes_d.permission_form", 5), ("scenes_d.class_report", 4), ("scenes_d.homework_sheet", 4),
    ("scenes_d.exercise_book", 4), ("scenes_d.whiteboard", 4), ("scenes_d.club_flyer", 4), ("scenes_d.library_card", 3), ("scenes_d.bus_pass", 3),
    ("scenes_e.school_sign", 4), ("scenes_e.school_bus", 3), ("scenes_e.house_street_sign", 4), ("scenes_e.door_number", 3),
    ("scenes_e.mailbox", 3), ("scenes_e.lost_pet_poster", 4),
    ("scenes_f.qr_leaky", 17),
]
CLEAN = [
    ("scenes_b.game_hud", 4), ("scenes_e.road_sign", 4), ("scenes_e.shop_sign", 3),
    ("scenes_f.sports_scores", 3), ("scenes_f.league_table", 3), ("scenes_f.menu", 3), ("scenes_f.book_cover", 3), ("scenes_f.movie_cover", 2),
    ("scenes_f.famous_poster", 3), ("scenes_f.brand_ad", 3), ("scenes_f.weather", 3), ("scenes_f.recipe", 3), ("scenes_f.meme", 3),
    ("scenes_f.holiday_calendar", 3), ("scenes_f.worksheet", 3), ("scenes_f.timetable", 2), ("scenes_f.museum_ticket", 3),
    ("scenes_f.capitals_quiz", 3), ("scenes_f.clock", 2), ("scenes_f.brand_qr", 4),
]


def plan():
    items = []
    for fam, n in LEAKY:
        items += [(fam, k, False) for k in range(n)]
    for fam, n in CLEAN:
        items += [(fam, k, True) for k in range(n)]
    random.Random(SEED + "-order").shuffle(items)
    return items


def choose_format(rng, kind, w, h):
    r = rng.random()
    big = w * h >= 6_000_000
    if kind in ("screen", "desktop"):
        fmt = "PNG" if r < 0.6 else ("JPEG" if r < 0.85 else "WEBP")
    elif kind == "scan":
        fmt = "PNG" if r < 0.45 else ("JPEG" if r < 0.9 else "WEBP")
    else:
        fmt = ("PNG" if r < 0.12 else "JPEG" if r < 0.75 else "WEBP") if not big else ("PNG" if r < 0.06 else "JPEG" if r < 0.8 else "WEBP")
    q = None
    if fmt == "JPEG":
        q = rng.choice([55, 65, 72, 80, 85, 90, 95])
    elif fmt == "WEBP":
        q = rng.choice([60, 70, 80, 88, 92])
    return fmt, q


def effects(rng, c, kind):
    if kind == "photo":
        if rng.random() < 0.2:
            photo.contrast(c, rng.uniform(0.6, 0.8), rng.uniform(0.9, 1.1))
        photo.camera(rng, c)
    elif kind == "photo_qr":
        photo.camera(rng, c, blur_max=0.5, noise_max=4)
    elif kind == "scan":
        photo.scan(rng, c)
    elif kind == "asis":
        if rng.random() < 0.5:
            photo.noise(rng, c, rng.uniform(0.5, 2.5))
    else:
        if rng.random() < 0.15:
            photo.blur(c, 0.6)


def tiny_sticker(rng, c, p):
    """Add a small sticker with 12-16 px text (fine print) somewhere free of other leaks."""
    from common import Canvas, font, REGULAR, pick
    parts = pick(rng, [[("Property of ", None), (p.full, "PERSON")], [("If found call ", None), (p.parent_phone, "PHONE")],
                       [("Return to ", None), (p.addr1, "ADDRESS")], [(p.school, "SCHOOL"), (" lost property", None)],
                       [("snap: ", None), (p.handle, "HANDLE")], [(p.first, "PERSON"), (" ", None), (p.year, "AGE")]])
    f = font(pick(rng, REGULAR), rng.randint(12, 16))
    full = "".join(x[0] for x in parts)
    w, h = int(f.getlength(full)) + 14, f.size + 14
    st = Canvas(w, h, pick(rng, [(255, 255, 255), (255, 245, 170), (220, 240, 255)]))
    st.spans((7, 5), parts, f, (15, 15, 15))
    occ = []
    for L in c.leaks:
        xs = [x for x, _ in L["pts"]]; ys = [y for _, y in L["pts"]]
        occ.append((min(xs) - 20, min(ys) - 20, max(xs) + 20, max(ys) + 20))
    for _ in range(40):
        x, y = rng.uniform(0.05, 0.95) * c.w, rng.uniform(0.05, 0.95) * c.h
        b = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
        if all(b[2] < o[0] or b[0] > o[2] or b[3] < o[1] or b[1] > o[3] for o in occ):
            c.place(st, x, y, 0)
            return


def boxes(c):
    out = []
    W, H = c.img.size
    for L in c.leaks:
        xs = [x for x, _ in L["pts"]]; ys = [y for _, y in L["pts"]]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        area = max(1e-6, (x1 - x0) * (y1 - y0))
        cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        if cx1 - cx0 < 2 or cy1 - cy0 < 2 or (cx1 - cx0) * (cy1 - cy0) < 0.6 * area:
            continue
        bx, by = int(cx0), int(cy0)
        bw, bh = int(round(cx1)) - bx, int(round(cy1)) - by
        out.append({"kind": L["kind"], "text": L["text"], "box": [bx, by, bw, bh]})
    return out


def render(args):
    i, fam, variant, clean, outdir = args
    rng = random.Random("%s-%d" % (SEED, i))
    mod, fn = fam.split(".")
    f = getattr(importlib.import_module(mod), fn)
    p = Persona(rng)
    p.variant = variant
    t0 = time.time()
    c, kind, notes = f(rng, p)
    if c.img.mode != "RGB":
        bgc = (rng.randint(225, 255),) * 3
        base = Image.new("RGB", c.img.size, bgc)
        base.paste(c.img, (0, 0), c.img)
        c.set_img(base)
    if not clean and kind == "photo" and c.w * c.h >= 6_000_000 and rng.random() < 0.45:
        tiny_sticker(rng, c, p)
        kind = "photo_qr"  # gentle camera effects so 12-16 px text survives
    effects(rng, c, kind)
    w, h = c.img.size
    fmt, q = choose_format(rng, kind, w, h)
    ext = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}[fmt]
    name = "img_%03d.%s" % (i, ext)
    path = os.path.join(outdir, name)
    if fmt == "PNG":
        c.img.save(path, "PNG", compress_level=6 if w * h < 5_000_000 else 4)
    elif fmt == "JPEG":
        c.img.save(path, "JPEG", quality=q, optimize=False, progressive=False)
    else:
        c.img.save(path, "WEBP", quality=q, method=4)
    leaks = [] if clean else boxes(c)
    if not clean and not leaks:
        notes += " [no visible leak]"
    exp = {"file": "out/" + name, "clean": bool(clean), "leaks": leaks, "faces": None, "notes": notes}
    meta = {"scene": fam, "w": w, "h": h, "fmt": fmt, "quality": q, "qrs": len(c.qrs), "qr_list": c.qrs, "file": "out/" + name,
            "region": p.reg, "render_s": round(time.time() - t0, 2)}
    return i, exp, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "render"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    outdir = os.path.join(a.root, "out")
    os.makedirs(outdir, exist_ok=True)
    items = plan()
    todo = [(i, fam, k, cl, outdir) for i, (fam, k, cl) in enumerate(items)]
    if a.only:
        keep = set(int(x) for x in a.only.split(","))
        todo = [t for t in todo if t[0] in keep]
    t0 = time.time()
    res = []
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(min(2, a.jobs)) as pool:
            for r in pool.imap_unordered(render, todo, chunksize=1):
                res.append(r)
    else:
        res = [render(t) for t in todo]
    res.sort(key=lambda r: r[0])
    with open(os.path.join(a.root, "expected.jsonl"), "w") as fe, open(os.path.join(a.root, "meta.jsonl"), "w") as fm:
        for _, e, m in res:
            fe.write(json.dumps(e, ensure_ascii=False) + "\n")
            m = dict(m)
            m.pop("render_s")
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")
    if not a.only:
        names = sorted(n for n in os.listdir(outdir) if n.startswith("img_"))
        with open(os.path.join(outdir, "SHA256SUMS"), "w") as fs:
            for n in names:
                with open(os.path.join(outdir, n), "rb") as fh:
                    fs.write("%s  %s\n" % (hashlib.sha256(fh.read()).hexdigest(), n))
    print("rendered %d images in %.1fs" % (len(res), time.time() - t0))


if __name__ == "__main__":
    main()
