#!/usr/bin/env python3
"""Deterministic renderer of the 240-image personal-information test set (prefix "h").

Usage: python make_images.py --root ROOT [--jobs N] [--only 1,5,9]
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SEED = 19190719
PREFIX = "h"
N = 240

LEAKY = {  # scene: count (180)
    "chat_whatsapp": 8, "chat_imessage": 7, "chat_instagram": 6, "chat_discord": 6, "chat_sms": 6,
    "game_profile": 7, "friend_list": 6, "game_lobby": 6, "lock_screen": 6, "signup_form": 8,
    "birthday_banner": 5, "cake": 5, "parcel": 5, "envelope": 5, "school_sign_near": 4, "school_sign_far": 4,
    "lunchbox_label": 4, "bottle_label": 4, "bag_tag": 4, "team_shirt": 4, "race_bib": 4, "certificate": 4,
    "trophy": 4, "house_number": 4, "noticeboard": 4, "whiteboard": 4, "fridge_note": 4, "id_card": 4,
    "library_card": 4, "lost_pet_poster": 4,
    "permission_slip": 5, "form": 5, "report_card": 5, "timetable": 5, "club_flyer": 5, "invitation": 5,
}
CLEAN = {  # scene: count (60)
    "league_table": 4, "scoreboard": 4, "celeb_poster": 4, "movie_poster": 4, "book_cover": 4, "packaging": 4,
    "public_website": 4, "weather_app": 4, "game_hud": 4, "menu": 4, "recipe": 3, "road_sign": 3, "shop_sign": 3,
    "museum_sign": 3, "ticket": 3, "bus_timetable": 3, "worksheet": 2,
}
QR_LEAKY = [("lost_pet_poster", "tel"), ("lost_pet_poster", "sms"), ("lost_pet_poster", "tel"), ("lost_pet_poster", "text"),
            ("fridge_note", "wifi"), ("fridge_note", "wifi"), ("fridge_note", "mecard"),
            ("bag_tag", "text"), ("bag_tag", "mecard"),
            ("invitation", "geo"), ("invitation", "geo"), ("invitation", "geo"), ("invitation", "sms"),
            ("club_flyer", "wa"), ("club_flyer", "wa"), ("club_flyer", "mailto"),
            ("game_profile", "snap"), ("game_profile", "tg"), ("game_profile", "discord"), ("game_profile", "snap"),
            ("friend_list", "discord"), ("chat_discord", "discord"), ("id_card", "vcard"), ("id_card", "vcard"),
            ("form", "mailto"), ("form", "mailto"), ("noticeboard", "tg"), ("noticeboard", "vcard"),
            ("parcel", "tel"), ("lock_screen", "tel")]
QR_CLEAN = ["packaging"] * 4 + ["menu"] * 2 + ["ticket"] * 2 + ["museum_sign", "bus_timetable"]

SCREEN = {"chat_whatsapp", "chat_imessage", "chat_instagram", "chat_discord", "chat_sms", "game_profile", "friend_list",
          "game_lobby", "lock_screen", "signup_form", "league_table", "public_website", "weather_app", "game_hud"}
DOC = {"permission_slip", "form", "report_card", "timetable", "club_flyer", "invitation", "recipe", "worksheet"}


def family(scene):
    return "screenshot" if scene in SCREEN else "document" if scene in DOC else "photo"


def plan():
    """Deterministic list of per-image jobs."""
    r = random.Random("plan-%d" % SEED)
    slots = []
    for sc in sorted(LEAKY):
        slots += [(sc, False)] * LEAKY[sc]
    for sc in sorted(CLEAN):
        slots += [(sc, True)] * CLEAN[sc]
    r.shuffle(slots)
    jobs = [{"idx": i + 1, "scene": sc, "clean": cl, "qr": None} for i, (sc, cl) in enumerate(slots)]
    used = set()
    for sc, kind in QR_LEAKY + [(s, "clean") for s in QR_CLEAN]:
        for j in jobs:
            if j["scene"] == sc and j["idx"] not in used:
                j["qr"] = kind
                used.add(j["idx"])
                break
        else:
            raise RuntimeError("no slot for QR " + sc)
    fmts = ["jpg"] * 144 + ["png"] * 48 + ["webp"] * 48
    r.shuffle(fmts)
    for j, f in zip(jobs, fmts):
        j["format"] = f
        j["quality"] = r.randrange(60, 93) if f == "jpg" else (r.randrange(70, 95) if f == "webp" else None)
        j["region"] = r.choice(["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"])
    return jobs


class Ctx:
    pass


def render(job, root):
    import numpy as np
    from data import Gen
    from common import save
    from screens import SCREEN_SCENES
    from photos import PHOTO_SCENES
    from docs import DOC_SCENES
    from clean import CLEAN_SCENES
    scenes = {}
    for d in (SCREEN_SCENES, PHOTO_SCENES, DOC_SCENES, CLEAN_SCENES):
        scenes.update(d)
    idx = job["idx"]
    ctx = Ctx()
    ctx.idx = idx
    ctx.rnd = random.Random("%d-%s-%d" % (SEED, PREFIX, idx))
    ctx.nrng = np.random.default_rng([SEED, idx])
    ctx.g = Gen(ctx.rnd, job["region"])
    ctx.qr = job["qr"] if job["qr"] not in (None,) else None
    ctx.clean = job["clean"]
    ctx.scene_variant = None
    ph = scenes[job["scene"]](ctx)
    leaks, qrs = ph.finish()
    if job["clean"]:
        assert not leaks, job["scene"]
    fn = "out/img_%s%03d.%s" % (PREFIX, idx, job["format"])
    save(ph.im, os.path.join(root, fn), job["format"], job["quality"])
    exp = {"file": fn, "clean": bool(job["clean"]), "leaks": leaks, "faces": None}
    meta = {"file": fn, "scene": job["scene"], "format": job["format"], "width": ph.w, "height": ph.h,
            "qr": qrs}
    if ctx.scene_variant:
        meta["variant"] = ctx.scene_variant
    with open(os.path.join(root, fn), "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    return idx, exp, meta, sha


def _work(args):
    return render(*args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    jobs = plan()
    if a.only:
        keep = {int(x) for x in a.only.split(",")}
        jobs = [j for j in jobs if j["idx"] in keep]
    t0 = time.time()
    results = {}
    args = [(j, root) for j in jobs]
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=20) as pool:
            for n, res in enumerate(pool.imap_unordered(_work, args, chunksize=1), 1):
                results[res[0]] = res
                if n % 10 == 0 or n == len(jobs):
                    print("%d/%d" % (n, len(jobs)), flush=True)
    else:
        for n, ar in enumerate(args, 1):
            res = _work(ar)
            results[res[0]] = res
            if n % 10 == 0 or n == len(jobs):
                print("%d/%d" % (n, len(jobs)), flush=True)
    order = sorted(results)
    with open(os.path.join(root, "expected.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(root, "meta.jsonl"), "w", encoding="utf-8") as fm, \
            open(os.path.join(root, "SHA256SUMS"), "w", encoding="utf-8") as fs:
        for i in order:
            _, exp, meta, sha = results[i]
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fs.write("%s  %s\n" % (sha, exp["file"]))
    print("done %d images in %.0fs" % (len(order), time.time() - t0), flush=True)


if __name__ == "__main__":
    main()
