#!/usr/bin/env python3
"""Deterministic renderer for the children's-privacy image test set (set "m", 240 images).

Usage: python make_images.py --root ROOT [--jobs N]
Writes ROOT/out/img_m001.<ext> ... img_m240.<ext>, ROOT/expected.jsonl, ROOT/meta.jsonl, ROOT/SHA256SUMS.
Only progress counts are printed.
"""
import argparse
import hashlib
import io
import json
import os
import random
import sys
from multiprocessing import Pool

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data as D  # noqa: E402
import core  # noqa: E402
import scenes_screen as SS  # noqa: E402
import scenes_photo as SP  # noqa: E402
import scenes_doc as SD  # noqa: E402
import scenes_clean as SC  # noqa: E402
from qrcheck import qr_found  # noqa: E402

PREFIX = "m"
SEED = 20261206
N = 240

# (scene, family, count, qr_count, clean)
LEAKY = [
    ("chat_whatsapp", "screen", 11, 0), ("chat_imessage", "screen", 8, 0), ("chat_instagram", "screen", 7, 0),
    ("chat_discord", "screen", 7, 0), ("chat_sms", "screen", 6, 0), ("game_profile", "screen", 7, 3),
    ("friend_list", "screen", 6, 0), ("game_lobby", "screen", 6, 0), ("lock_screen", "screen", 6, 0),
    ("signup_form", "screen", 6, 2),
    ("birthday_banner", "photo", 5, 0), ("birthday_cake", "photo", 5, 0), ("parcel", "photo", 5, 0),
    ("envelope", "photo", 5, 0), ("school_sign_near", "photo", 4, 0), ("school_sign_far", "photo", 4, 0),
    ("lunchbox_label", "photo", 3, 3), ("bottle_label", "photo", 4, 0), ("bag_tag", "photo", 3, 3),
    ("team_shirt", "photo", 5, 0), ("certificate", "photo", 4, 0), ("trophy", "photo", 3, 0),
    ("house_number", "photo", 5, 0), ("noticeboard", "photo", 4, 3), ("whiteboard", "photo", 4, 0),
    ("fridge_note", "photo", 4, 3), ("id_card", "photo", 5, 2), ("lost_pet_poster", "photo", 4, 3),
    ("permission_slip", "doc", 6, 2), ("club_form", "doc", 6, 0), ("report_card", "doc", 6, 0),
    ("timetable", "doc", 5, 0), ("club_flyer", "doc", 5, 3), ("invitation", "doc", 6, 3),
]
CLEAN = [
    ("league_table", "screen", 3, 0), ("scoreboard", "photo", 3, 0), ("celebrity_poster", "photo", 3, 0),
    ("movie_poster", "photo", 4, 0), ("book_cover", "photo", 4, 0), ("packaging", "photo", 6, 6),
    ("public_website", "screen", 4, 0), ("weather_app", "screen", 4, 0), ("game_hud", "screen", 4, 0),
    ("menu", "photo", 4, 1), ("recipe", "scan", 3, 0), ("road_sign", "photo", 3, 0), ("shop_sign", "photo", 3, 0),
    ("museum_sign", "photo", 3, 1), ("ticket", "photo", 3, 2), ("bus_timetable", "photo", 3, 0),
    ("worksheet", "scan", 3, 0),
]


def schedule():
    items = []
    for lst, clean in ((LEAKY, False), (CLEAN, True)):
        for scene, fam, n, nq in lst:
            for k in range(n):
                items.append({"scene": scene, "family": fam, "clean": clean, "qr": k < nq, "k": k})
    assert len(items) == N, len(items)
    r = random.Random(SEED)
    r.shuffle(items)
    regions = [D.REGIONS[i % len(D.REGIONS)] for i in range(N)]
    r.shuffle(regions)
    for it, reg in zip(items, regions):
        it["region"] = reg
    # documents: scanned or photographed
    for it in items:
        if it["family"] == "doc":
            it["mode"] = "scan" if r.random() < 0.6 else "photo"
    # formats: 48 PNG (mostly screenshots, some scans), 48 WEBP, rest JPEG
    idx = list(range(N))
    screens = [i for i in idx if items[i]["family"] == "screen"]
    scans = [i for i in idx if items[i]["family"] == "scan" or items[i].get("mode") == "scan"]
    r.shuffle(screens)
    r.shuffle(scans)
    png = set(screens[:40] + scans[:8])
    rest = [i for i in idx if i not in png]
    r.shuffle(rest)
    webp = set(rest[:48])
    for i in idx:
        items[i]["format"] = "png" if i in png else ("webp" if i in webp else "jpg")
    return items


def build(it, rng, rn):
    """Returns (PIL image, leaks [(kind, text, box)], qrs [(payload, box)], scene_name)."""
    ctx = {"region": it["region"], "qr": it["qr"], "k": it["k"]}
    sc = it["scene"]
    fam = it["family"]
    sf = ph = None
    name = sc
    if sc.startswith("chat_"):
        app = sc[5:]
        sf = SS.scene_discord(rng, ctx) if app == "discord" else SS.scene_chat(rng, ctx, app)
    elif sc == "game_profile":
        sf = SS.scene_game_profile(rng, ctx)
    elif sc == "friend_list":
        sf = SS.scene_friend_list(rng, ctx)
    elif sc == "game_lobby":
        sf = SS.scene_lobby(rng, ctx)
    elif sc == "lock_screen":
        sf = SS.scene_lock_screen(rng, ctx)
    elif sc == "signup_form":
        sf = SS.scene_signup(rng, ctx)
    elif sc == "birthday_banner":
        ph = SP.scene_birthday_banner(rng, rn, ctx)
    elif sc == "birthday_cake":
        ph = SP.scene_birthday_cake(rng, rn, ctx)
    elif sc == "parcel":
        ph = SP.scene_parcel(rng, rn, ctx)
    elif sc == "envelope":
        ph = SP.scene_envelope(rng, rn, ctx)
    elif sc.startswith("school_sign"):
        ph = SP.scene_school_sign(rng, rn, ctx, far=sc.endswith("far"))
    elif sc in ("lunchbox_label", "bottle_label", "bag_tag"):
        ph = SP.scene_name_label(rng, rn, ctx, {"lunchbox_label": "lunchbox", "bottle_label": "bottle", "bag_tag": "tag"}[sc])
    elif sc == "team_shirt":
        ph = SP.scene_team_shirt(rng, rn, ctx)
    elif sc == "certificate":
        ph = SP.scene_certificate(rng, rn, ctx)
    elif sc == "trophy":
        ph = SP.scene_trophy(rng, rn, ctx)
    elif sc == "house_number":
        ph = SP.scene_house_number(rng, rn, ctx)
    elif sc == "noticeboard":
        ph = SP.scene_noticeboard(rng, rn, ctx)
    elif sc == "whiteboard":
        ph = SP.scene_whiteboard(rng, rn, ctx)
    elif sc == "fridge_note":
        ph = SP.scene_fridge(rng, rn, ctx)
    elif sc == "id_card":
        ph = SP.scene_id_card(rng, rn, ctx)
    elif sc == "lost_pet_poster":
        ph = SP.scene_lost_pet(rng, rn, ctx)
    elif fam == "doc" or fam == "scan":
        if fam == "doc":
            doc = SD.DOCS[sc](rng, ctx)
            mode = it["mode"]
        else:
            doc = SC.printed_sheet(rng, ctx, sc)
            mode = "scan"
        name = "%s_%s" % (sc, mode)
        if mode == "scan":
            img, H = core.scan_finish(doc.im, rng, rn, rng.uniform(-1.8, 1.8), gray=rng.random() < 0.25)
            leaks = [(lk.kind, lk.text, core.pts_box(core.apply_h(H, lk.points()), img.width, img.height)) for lk in doc.leaks]
            qrs = [(p, core.pts_box(core.apply_h(H, c), img.width, img.height)) for p, c in doc.qrs]
            return img, leaks, qrs, name
        W, Hh = SP.photo_size(rng, "P" if rng.random() < 0.7 else "L")
        ph = core.Photo(W, Hh, SP.bg_any_indoor(rng, rn, W, Hh))
        _, q = SP.fit_quad(ph, rng, doc.h / doc.w, 0.9, angle=8, persp=0.05, tilt=0.12)
        ph.place(doc, q, shadow=0.2)
    elif sc == "league_table":
        sf = SC.league_table(rng, ctx)
    elif sc == "scoreboard":
        ph = SC.scoreboard(rng, rn, ctx)
    elif sc == "celebrity_poster":
        ph = SC.poster(rng, rn, ctx, "celebrity")
    elif sc == "movie_poster":
        ph = SC.poster(rng, rn, ctx, "movie")
    elif sc == "book_cover":
        ph = SC.book_cover(rng, rn, ctx)
    elif sc == "packaging":
        ph = SC.packaging(rng, rn, ctx)
    elif sc == "public_website":
        sf = SC.website(rng, ctx)
    elif sc == "weather_app":
        sf = SC.weather(rng, ctx)
    elif sc == "game_hud":
        sf = SC.game_hud(rng, ctx)
    elif sc in ("menu", "road_sign", "shop_sign", "museum_sign", "ticket", "bus_timetable"):
        ph = SC.sign_photo(rng, rn, ctx, {"menu": "menu", "road_sign": "road", "shop_sign": "shop", "museum_sign": "museum",
                                          "ticket": "ticket", "bus_timetable": "bus"}[sc])
    else:
        raise ValueError(sc)
    if sf is not None:
        img = sf.im
        leaks = [(lk.kind, lk.text, core.pts_box(lk.points(), sf.w, sf.h)) for lk in sf.leaks if len(lk.points())]
        qrs = [(p, core.pts_box(c, sf.w, sf.h)) for p, c in sf.qrs]
        return img, leaks, qrs, name
    img = core.photo_finish(ph.im, rng, rn, strength=rng.uniform(0.5, 1.0))
    leaks, qrs = ph.boxes()
    return img, leaks, qrs, name


def render_one(i):
    it = SCHED[i]
    fname = "out/img_%s%03d.%s" % (PREFIX, i + 1, it["format"])
    for attempt in range(8):
        rng = random.Random(SEED * 1000 + i * 17 + attempt * 100003)
        rn = np.random.default_rng([SEED, i, attempt])
        img, leaks, qrs, name = build(it, rng, rn)
        data = core.encode(img.convert("RGB"), it["format"], rng)
        back = Image.open(io.BytesIO(data)).convert("RGB")
        W, H = back.size
        ok = all(b[2] > 0 and b[3] > 0 and b[0] >= 0 and b[1] >= 0 and b[0] + b[2] <= W and b[1] + b[3] <= H
                 for _, _, b in leaks)
        ok = ok and all(qr_found(back, qrs))
        ok = ok and (it["clean"] == (len(leaks) == 0))
        ok = ok and len(qrs) == (1 if it["qr"] else 0)
        if ok:
            break
    else:
        raise RuntimeError("render failed for image %d" % (i + 1))
    exp = {"file": fname, "clean": it["clean"],
           "leaks": [{"kind": k, "text": t, "box": [int(v) for v in b]} for k, t, b in leaks], "faces": None}
    meta = {"file": fname, "scene": name, "format": it["format"], "width": W, "height": H,
            "qr": [{"payload": p, "box": [int(v) for v in b]} for p, b in qrs]}
    return i, fname, data, exp, meta


SCHED = schedule()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args()
    root = a.root
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    exps, metas, sums = [None] * N, [None] * N, [None] * N
    done = 0
    if a.jobs > 1:
        pool = Pool(a.jobs, maxtasksperchild=20)
        it = pool.imap_unordered(render_one, range(N))
    else:
        pool = None
        it = map(render_one, range(N))
    for i, fname, data, exp, meta in it:
        with open(os.path.join(root, fname), "wb") as f:
            f.write(data)
        exps[i], metas[i] = exp, meta
        sums[i] = (hashlib.sha256(data).hexdigest(), fname)
        done += 1
        if done % 10 == 0 or done == N:
            print("%d/%d" % (done, N), flush=True)
    if pool is not None:
        pool.close()
        pool.join()
    lines = {}
    for nm, rows in (("expected.jsonl", exps), ("meta.jsonl", metas)):
        txt = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows).encode("utf-8")
        with open(os.path.join(root, nm), "wb") as f:
            f.write(txt)
        lines[nm] = hashlib.sha256(txt).hexdigest()
    with open(os.path.join(root, "SHA256SUMS"), "w") as f:
        for h, fn in sums:
            f.write("%s  %s\n" % (h, fn))
        for nm in ("expected.jsonl", "meta.jsonl"):
            f.write("%s  %s\n" % (lines[nm], nm))


if __name__ == "__main__":
    main()
