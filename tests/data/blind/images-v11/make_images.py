#!/usr/bin/env python3
"""Render the image test set: python make_images.py --root DIR [--only N ...]"""
import argparse
import hashlib
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import docs  # noqa: E402
import photos  # noqa: E402
import screens  # noqa: E402

SEED = 20261206

# (scene name, module, function, clean, count)
LEAKY = [
    ("chat_group", screens, lambda r: screens.chat(r, style=common.pick(r, ["wa", "discord", "wa"])), 10),
    ("chat_dm", screens, lambda r: screens.chat(r, style=common.pick(r, ["imsg", "insta", "sms"])), 10),
    ("social_profile", screens, screens.profile, 10),
    ("game_lobby", screens, screens.game_lobby, 7),
    ("friend_list", screens, screens.friend_list, 5),
    ("video_call", screens, screens.video_call, 6),
    ("lock_screen", screens, screens.lock_screen, 7),
    ("maps_app", screens, screens.maps_app, 6),
    ("signup_app", screens, screens.signup_app, 5),
    ("permission_slip", docs, docs.permission_slip, 6),
    ("registration_form", docs, docs.registration_form, 7),
    ("report_card", docs, docs.report_card, 6),
    ("timetable", docs, docs.timetable, 4),
    ("yearbook", docs, docs.yearbook, 4),
    ("club_flyer", docs, docs.club_flyer, 5),
    ("certificate", docs, docs.certificate, 5),
    ("invitation", docs, docs.invitation, 5),
    ("birthday_banner", photos, photos.birthday_banner, 5),
    ("cake", photos, photos.cake, 4),
    ("parcel_label", photos, photos.parcel_label, 6),
    ("envelope", photos, photos.envelope, 4),
    ("name_label", photos, photos.name_label, 7),
    ("team_shirt", photos, photos.team_shirt, 4),
    ("race_bib", photos, photos.race_bib, 3),
    ("school_sign", photos, photos.school_sign, 5),
    ("uniform_crest", photos, photos.uniform_crest, 3),
    ("noticeboard", photos, photos.noticeboard, 4),
    ("lost_pet", photos, photos.lost_pet, 4),
    ("house_sign", photos, photos.house_sign, 4),
    ("trophy_medal", photos, photos.trophy_medal, 4),
    ("calendar_board", photos, photos.calendar_board, 5),
    ("fridge_note", photos, photos.fridge_note, 4),
    ("id_card", photos, photos.id_card, 6),
]
CLEAN = [
    ("league_table", screens, screens.league_table, 4),
    ("weather_app", screens, screens.weather, 4),
    ("game_hud", screens, screens.game_hud, 5),
    ("transit_app", screens, screens.transit_app, 3),
    ("music_player", screens, screens.music_player, 3),
    ("quote_app", screens, screens.quote_app, 3),
    ("worksheet", docs, docs.worksheet, 5),
    ("recipe_card", docs, docs.recipe_card, 3),
    ("menu", docs, docs.menu, 2),
    ("public_timetable", docs, docs.public_timetable, 2),
    ("movie_poster", photos, photos.movie_poster, 4),
    ("book_cover", photos, photos.book_cover, 3),
    ("packaging", photos, photos.packaging, 4),
    ("road_sign", photos, photos.road_sign, 3),
    ("store_sign", photos, photos.store_sign, 2),
    ("museum_sign", photos, photos.museum_sign, 3),
    ("event_ticket", photos, photos.event_ticket, 3),
    ("slogan_poster", photos, photos.slogan_poster, 2),
    ("stadium_score", photos, photos.stadium_score, 2),
]


def plan():
    items = []
    for name, mod, fn, n in LEAKY:
        items += [(name, mod.__name__, fn, False)] * n
    for name, mod, fn, n in CLEAN:
        items += [(name, mod.__name__, fn, True)] * n
    assert len(items) == 240, len(items)
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(items))
    items = [items[i] for i in order]
    fmts = ["jpg"] * 144 + ["png"] * 48 + ["webp"] * 48
    fmts = [fmts[i] for i in np.random.default_rng(SEED + 1).permutation(240)]
    return items, fmts


def render_one(i, item, fmt):
    name, modname, fn, clean = item
    last = None
    for attempt in range(8):
        rng = np.random.default_rng([SEED, i, attempt])
        try:
            cv = fn(rng)
        except RuntimeError as e:  # placement failed: deterministic retry
            last = e
            continue
        if clean and cv.leaks:
            raise AssertionError(f"clean scene {name} produced leaks")
        if not clean and not (1 <= len(cv.leaks) <= 8):
            last = RuntimeError(f"{len(cv.leaks)} leaks")
            continue
        break
    else:
        raise RuntimeError(f"image {i + 1} {name}: {last}")
    qrng = np.random.default_rng([SEED, i, 99])
    if fmt == "jpg":
        q = int(qrng.integers(55, 93))
    elif fmt == "webp":
        q = int(qrng.integers(62, 91))
    else:
        q = None
    blob = common.encode(cv.img, fmt, q)
    return cv, blob, q


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--only", type=int, nargs="*", help="1-based image numbers to render (debug)")
    a = ap.parse_args()
    items, fmts = plan()
    os.makedirs(os.path.join(a.root, "out"), exist_ok=True)
    exp, meta, sums = [], [], []
    t0 = time.time()
    for i, (item, fmt) in enumerate(zip(items, fmts)):
        if a.only and (i + 1) not in a.only:
            continue
        fname = f"out/img_u{i + 1:03d}.{fmt}"
        cv, blob, q = render_one(i, item, fmt)
        with open(os.path.join(a.root, fname), "wb") as f:
            f.write(blob)
        leaks = [dict(kind=l["kind"], text=l["text"], box=l["box"]) for l in cv.leaks]
        exp.append(dict(file=fname, clean=bool(item[3]), leaks=leaks, faces=None))
        meta.append(dict(file=fname, scene=item[0], module=item[1], format=fmt, width=cv.W, height=cv.H, quality=q,
                         qr=[dict(payload=x["payload"], box=x["box"]) for x in cv.qrs]))
        sums.append(f"{hashlib.sha256(blob).hexdigest()}  {fname}")
        print(f"{fname} {item[0]} {cv.W}x{cv.H} leaks={len(leaks)} qr={len(cv.qrs)} t={time.time() - t0:.1f}s", flush=True)
    with open(os.path.join(a.root, "expected.jsonl"), "w", encoding="utf-8") as f:
        for e in exp:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(a.root, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(a.root, "SHA256SUMS"), "w") as f:
        f.write("\n".join(sums) + "\n")
    print(f"done {len(exp)} images in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
