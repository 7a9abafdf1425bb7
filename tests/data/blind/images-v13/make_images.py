#!/usr/bin/env python3
"""Render the v13 image test set (240 images) deterministically.

    python make_images.py --root ROOT [--jobs N] [--only 1,2,3]

Writes ROOT/out/img_zNNN.<ext>, ROOT/expected.jsonl, ROOT/meta.jsonl, ROOT/SHA256SUMS.
"""
import argparse
import hashlib
import io
import json
import os
import sys
import time
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import zxingcpp  # noqa: E402
from PIL import Image  # noqa: E402

from common import Rng, finalize_boxes, photo_finish, scan_finish  # noqa: E402
import sc_screens as S  # noqa: E402
import sc_photos as P  # noqa: E402
import sc_docs as D  # noqa: E402
import sc_clean as C  # noqa: E402
from qrdata import PERSONAL_TYPES  # noqa: E402

N_IMAGES = 240

# key: (function, family, modality, count, extra ctx)
LEAKY = [
    ("chat_whatsapp", S.scene_chat, "screen", 9, {"app": "whatsapp"}),
    ("chat_imessage", S.scene_chat, "screen", 8, {"app": "imessage"}),
    ("chat_instagram", S.scene_chat, "screen", 7, {"app": "instagram"}),
    ("chat_discord", S.scene_discord, "screen", 7, {}),
    ("chat_sms", S.scene_chat, "screen", 7, {"app": "sms"}),
    ("game_profile", S.scene_game_profile, "screen", 7, {}),
    ("friend_list", S.scene_friend_list, "screen", 5, {}),
    ("game_lobby", S.scene_lobby, "screen", 5, {}),
    ("lock_screen", S.scene_lock, "screen", 6, {}),
    ("signup_form", S.scene_signup, "screen", 8, {}),
    ("birthday_banner", P.scene_banner, "photo", 5, {}),
    ("birthday_cake", P.scene_cake, "photo", 5, {}),
    ("parcel_label", P.scene_parcel, "photo", 5, {}),
    ("envelope", P.scene_envelope, "photo", 5, {}),
    ("school_sign_near", P.scene_school_sign, "photo", 4, {"far": False}),
    ("school_sign_far", P.scene_school_sign, "photo", 3, {"far": True}),
    ("lunchbox_label", P.scene_lunchbox, "photo", 3, {}),
    ("bottle_label", P.scene_bottle, "photo", 4, {}),
    ("bag_tag", P.scene_bagtag, "photo", 4, {}),
    ("team_shirt", P.scene_shirt, "photo", 3, {}),
    ("race_bib", P.scene_bib, "photo", 2, {}),
    ("certificate", P.scene_certificate, "photo", 4, {}),
    ("trophy", P.scene_trophy, "photo", 3, {}),
    ("house_number", P.scene_house, "photo", 4, {}),
    ("noticeboard", P.scene_noticeboard, "photo", 5, {}),
    ("whiteboard", P.scene_whiteboard, "photo", 4, {}),
    ("fridge_notes", P.scene_fridge, "photo", 5, {}),
    ("id_card", P.scene_idcard, "photo", 3, {}),
    ("library_card", P.scene_librarycard, "photo", 3, {}),
    ("lost_pet_poster", P.scene_lostpet, "photo", 5, {}),
    ("doc_permission_slip", D.scene_permission, "doc", 6, {}),
    ("doc_form", D.scene_form, "doc", 5, {}),
    ("doc_report_card", D.scene_report, "doc", 6, {}),
    ("doc_timetable", D.scene_timetable, "doc", 5, {}),
    ("doc_club_flyer", D.scene_flyer, "doc", 5, {}),
    ("doc_invitation", D.scene_invitation, "doc", 5, {}),
]

CLEAN = [
    ("clean_league_table", C.scene_league, "screen", 4, {}),
    ("clean_scoreboard", C.scene_scoreboard, "photo", 3, {}),
    ("clean_celebrity_poster", C.scene_poster, "photo", 3, {"kind": "celeb"}),
    ("clean_movie_poster", C.scene_poster, "photo", 4, {"kind": "movie"}),
    ("clean_book_cover", C.scene_book, "photo", 4, {}),
    ("clean_packaging", C.scene_packaging, "photo", 5, {}),
    ("clean_website", C.scene_website, "screen", 4, {}),
    ("clean_weather_app", C.scene_weather, "screen", 4, {}),
    ("clean_game_hud", C.scene_hud, "screen", 4, {}),
    ("clean_menu", C.scene_menu, "photo", 4, {}),
    ("clean_recipe", C.scene_recipe, "photo", 3, {}),
    ("clean_road_sign", C.scene_roadsign, "photo", 3, {}),
    ("clean_shop_sign", C.scene_shopsign, "photo", 3, {}),
    ("clean_museum_sign", C.scene_museum, "photo", 3, {}),
    ("clean_ticket", C.scene_ticket, "photo", 3, {}),
    ("clean_bus_timetable", C.scene_bus, "photo", 3, {}),
    ("clean_worksheet", C.scene_worksheet, "doc", 3, {}),
]

QR_HOSTS = {
    "tel": ["lock_screen", "bag_tag", "lost_pet_poster", "fridge_notes", "noticeboard", "doc_club_flyer"],
    "sms": ["lost_pet_poster", "noticeboard", "bag_tag"],
    "mailto": ["doc_invitation", "doc_club_flyer", "doc_form"],
    "geo": ["doc_invitation", "parcel_label"],
    "mecard": ["lock_screen", "id_card", "fridge_notes"],
    "vcard": ["id_card", "bag_tag", "lock_screen"],
    "wifi": ["fridge_notes"],
    "wa": ["doc_club_flyer", "lost_pet_poster", "noticeboard"],
    "tme": ["game_profile", "doc_club_flyer"],
    "snap": ["game_profile"],
    "discord": ["game_profile"],
    "text": ["bag_tag", "lock_screen"],
}
CLEAN_QR = [("clean_packaging", 5), ("clean_menu", 2), ("clean_ticket", 2), ("clean_museum_sign", 1)]

FUNCS = {k: f for k, f, m, n, c in LEAKY + CLEAN}


def build_plan():
    entries = []
    for key, fn, mod, n, ctx in LEAKY:
        for i in range(n):
            entries.append({"key": key, "modality": mod, "clean": False, "ctx": dict(ctx)})
    for key, fn, mod, n, ctx in CLEAN:
        for i in range(n):
            entries.append({"key": key, "modality": mod, "clean": True, "ctx": dict(ctx)})
    assert len(entries) == N_IMAGES, len(entries)
    rng = Rng("plan-v13")
    rng.shuffle(entries)
    # chats: alternate light / dark
    seen = {}
    for e in entries:
        if e["key"].startswith("chat_"):
            c = seen.get(e["key"], 0)
            e["ctx"]["dark"] = (c % 2 == 1)
            seen[e["key"]] = c + 1
    # personal QR codes
    used = set()
    for qt in PERSONAL_TYPES:
        cands = [i for i, e in enumerate(entries) if e["key"] in QR_HOSTS[qt] and i not in used]
        # prefer scenes that have few QRs so far
        load = {}
        for i in used:
            load[entries[i]["key"]] = load.get(entries[i]["key"], 0) + 1
        best = min(load.get(entries[i]["key"], 0) for i in cands)
        cands = [i for i in cands if load.get(entries[i]["key"], 0) == best]
        i = rng.choice(cands)
        entries[i]["ctx"]["qr"] = qt
        used.add(i)
    for key, n in CLEAN_QR:
        cands = [i for i, e in enumerate(entries) if e["key"] == key]
        for i in rng.sample(cands, n):
            entries[i]["ctx"]["qr"] = "brand"
    # formats
    by_mod = {"screen": [], "photo": [], "doc": []}
    for i, e in enumerate(entries):
        by_mod[e["modality"]].append(i)
    fmt = {}
    quota = {"screen": [("png", 40), ("webp", 20)], "doc": [("png", 8), ("webp", 8)], "photo": [("webp", 20)]}
    for mod, idxs in by_mod.items():
        idxs = rng.shuffle(list(idxs))
        k = 0
        for f, n in quota[mod]:
            for i in idxs[k:k + n]:
                fmt[i] = f
            k += n
        for i in idxs[k:]:
            fmt[i] = "jpg"
    for i, e in enumerate(entries):
        e["format"] = fmt[i]
        e["index"] = i + 1
        e["file"] = "out/img_z%03d.%s" % (i + 1, fmt[i])
        if fmt[i] == "jpg":
            e["quality"] = rng.randint(60, 92)
        elif fmt[i] == "webp":
            e["quality"] = rng.randint(70, 90)
        else:
            e["quality"] = None
    return entries


def encode(im, fmt, quality, dpi=None):
    buf = io.BytesIO()
    kw = {}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if fmt == "jpg":
        im.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, **kw)
    elif fmt == "png":
        im.save(buf, "PNG", compress_level=6, **kw)
    elif fmt == "webp":
        im.save(buf, "WEBP", quality=quality, method=3)
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def qr_decodes(data, qrs):
    if not qrs:
        return True
    im = Image.open(io.BytesIO(data)).convert("L")
    W, H = im.size
    for q in qrs:
        x, y, w, h = q["box"]
        m = int(max(w, h) * 0.25) + 12
        crop = im.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
        res = zxingcpp.read_barcodes(crop)
        if not any(r.text == q["payload"] for r in res):
            return False
    return True


def render_one(entry):
    key = entry["key"]
    fn = FUNCS[key]
    last_err = None
    for attempt in range(8):
        rng = Rng("img", entry["index"], attempt)
        ctx = dict(entry["ctx"])
        ctx["format"] = entry["format"]
        cv, info = fn(rng, ctx)
        fin = info.get("finish")
        has_qr = bool(cv.qrs)
        im = cv.im.convert("RGB")
        if fin:
            fin = dict(fin)
            if fin.pop("kind", None) == "scan":
                im = scan_finish(im, rng, **fin)
            else:
                if has_qr:
                    fin["blur"] = (0.2, min(0.7, fin.get("blur", (0, 0.7))[1]))
                    fin["noise"] = (1.5, min(4.0, fin.get("noise", (2, 4))[1]))
                    fin.pop("contrast", None)
                im = photo_finish(im, rng, **fin)
        leaks, qrs, problems = finalize_boxes(cv)
        if problems:
            last_err = "problems %r" % (problems[:3],)
            continue
        if entry["clean"] and leaks:
            raise RuntimeError("clean image with leaks: %s" % key)
        if not entry["clean"] and not leaks:
            last_err = "no leaks"
            continue
        data = encode(im, entry["format"], entry["quality"], info.get("dpi"))
        if not qr_decodes(data, qrs):
            last_err = "qr decode failed"
            continue
        if entry["ctx"].get("qr") and not qrs:
            last_err = "qr missing"
            continue
        scene = key
        if "dark" in entry["ctx"]:
            scene += "_dark" if entry["ctx"]["dark"] else "_light"
        if info.get("doc_mode"):
            scene += "_" + info["doc_mode"]
        exp = {"file": entry["file"], "clean": entry["clean"], "leaks": leaks, "faces": None}
        meta = {"file": entry["file"], "scene": scene, "format": entry["format"], "width": im.size[0],
                "height": im.size[1], "qr": qrs}
        return entry, data, exp, meta, attempt
    raise RuntimeError("image %d (%s) failed: %s" % (entry["index"], key, last_err))


def _worker(args):
    entry, root = args
    t0 = time.time()
    entry, data, exp, meta, attempt = render_one(entry)
    path = os.path.join(root, entry["file"])
    with open(path, "wb") as f:
        f.write(data)
    return entry["index"], exp, meta, hashlib.sha256(data).hexdigest(), attempt, time.time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", required=True)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", default="", help="comma-separated 1-based indices (debugging; no index files)")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    plan = build_plan()
    todo = plan
    if args.only:
        want = {int(x) for x in args.only.split(",") if x}
        todo = [e for e in plan if e["index"] in want]
    t0 = time.time()
    results = {}
    jobs = [(e, root) for e in todo]
    if args.jobs > 1:
        with Pool(args.jobs, maxtasksperchild=20) as pool:
            for r in pool.imap(_worker, jobs, chunksize=1):
                results[r[0]] = r
                print("  img %03d  %-28s %5.1fs%s" % (r[0], plan[r[0] - 1]["key"], r[5],
                                                    "  (attempt %d)" % r[4] if r[4] else ""), flush=True)
    else:
        for j in jobs:
            r = _worker(j)
            results[r[0]] = r
            print("  img %03d  %-28s %5.1fs%s" % (r[0], plan[r[0] - 1]["key"], r[5],
                                                "  (attempt %d)" % r[4] if r[4] else ""), flush=True)
    if args.only:
        print("rendered %d images (debug run, index files not written) in %.1fs" % (len(results), time.time() - t0))
        return
    with open(os.path.join(root, "expected.jsonl"), "w", encoding="utf-8") as fe, \
            open(os.path.join(root, "meta.jsonl"), "w", encoding="utf-8") as fm, \
            open(os.path.join(root, "SHA256SUMS"), "w", encoding="utf-8") as fs:
        for e in plan:
            idx, exp, meta, digest, attempt, dt = results[e["index"]]
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fs.write("%s  %s\n" % (digest, e["file"]))
    print("rendered %d images in %.1fs" % (len(results), time.time() - t0))


if __name__ == "__main__":
    main()
