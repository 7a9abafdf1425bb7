#!/usr/bin/env python3
"""Deterministic renderer for the picture test set (180 leaky + 60 clean images).

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

SEED = 20240611
PREFIX = 'p'
N_LEAKY, N_CLEAN = 180, 60

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

LEAKY_PLAN = [
    # screens (72)
    ('chat_whatsapp', 9), ('chat_imessage', 8), ('chat_instagram', 8), ('chat_discord', 7), ('chat_sms', 8),
    ('game_profile', 8), ('friend_list', 7), ('game_lobby', 6), ('lock_screen', 5), ('signup_form', 6),
    # photos (72)
    ('birthday_banner', 4), ('birthday_cake', 4), ('parcel', 4), ('envelope', 4), ('school_sign_near', 4),
    ('school_sign_far', 4), ('lunchbox_label', 4), ('bottle_label', 4), ('bag_tag', 4), ('team_shirt_bib', 4),
    ('certificate', 4), ('trophy', 3), ('house_number_street_sign', 4), ('noticeboard', 4), ('whiteboard', 3),
    ('fridge_note', 4), ('id_card', 3), ('library_card', 3), ('lost_pet_poster', 4),
    # documents (36)
    ('doc_permission_slip', 6), ('doc_form', 6), ('doc_report_card', 6), ('doc_timetable', 6), ('doc_club_flyer', 6),
    ('doc_invitation', 6),
]
CLEAN_PLAN = [
    ('clean_league_table', 4), ('clean_scoreboard', 4), ('clean_celebrity_poster', 4), ('clean_movie_poster', 4),
    ('clean_book_cover', 4), ('clean_packaging', 4), ('clean_public_website', 4), ('clean_weather_app', 4),
    ('clean_game_hud', 4), ('clean_menu', 3), ('clean_recipe', 3), ('clean_road_sign', 3), ('clean_shop_sign', 3),
    ('clean_museum_sign', 3), ('clean_ticket', 3), ('clean_bus_timetable', 3), ('clean_worksheet', 3),
]
# scenes that may carry a QR code, with the payload kinds they use
LEAKY_QR = {
    'lost_pet_poster': ['tel', 'sms', 'plain'], 'doc_club_flyer': ['wa', 'tme', 'mailto', 'discord'],
    'doc_invitation': ['geo', 'sms', 'tel'], 'bag_tag': ['plain', 'tel', 'mecard'], 'id_card': ['vcard', 'mecard'],
    'fridge_note': ['wifi', 'vcard'], 'game_profile': ['discord', 'snap', 'tme'], 'lock_screen': ['plain', 'tel'],
    'chat_whatsapp': ['wa', 'vcard'], 'chat_discord': ['discord', 'snap'], 'parcel': ['plain', 'tel'],
    'doc_permission_slip': ['mailto', 'tel'], 'doc_form': ['mailto', 'geo'],
}
N_LEAKY_QR, N_CLEAN_QR = 30, 10
CLEAN_QR_SCENES = ['clean_packaging', 'clean_ticket', 'clean_menu', 'clean_museum_sign']

SCREENS = ('chat_', 'game_', 'friend_list', 'lock_screen', 'signup_form', 'clean_league_table',
           'clean_public_website', 'clean_weather_app', 'clean_game_hud')


def family_of(scene):
    if scene.startswith(SCREENS):
        return 'screenshot'
    if scene.startswith('doc_') or scene in ('clean_menu', 'clean_recipe', 'clean_worksheet'):
        return 'document'
    return 'photo'


def build_plan():
    r = random.Random(SEED)
    leaky = [s for s, n in LEAKY_PLAN for _ in range(n)]
    clean = [s for s, n in CLEAN_PLAN for _ in range(n)]
    assert len(leaky) == N_LEAKY and len(clean) == N_CLEAN, (len(leaky), len(clean))
    items = [{'scene': s, 'clean': False, 'qr': None} for s in leaky] + \
            [{'scene': s, 'clean': True, 'qr': None} for s in clean]
    r.shuffle(items)
    # QR allocation: spread over the candidate scenes round-robin, payload kinds cycled
    kinds = ['tel', 'sms', 'mailto', 'geo', 'mecard', 'vcard', 'wifi', 'wa', 'tme', 'snap', 'discord', 'plain']
    cand = [i for i, it in enumerate(items) if not it['clean'] and it['scene'] in LEAKY_QR]
    r.shuffle(cand)
    byscene = {}
    for i in cand:
        byscene.setdefault(items[i]['scene'], []).append(i)
    chosen = []
    while len(chosen) < N_LEAKY_QR:
        for s in sorted(byscene):
            if byscene[s] and len(chosen) < N_LEAKY_QR:
                chosen.append(byscene[s].pop())
    need = {k: 0 for k in kinds}
    for j, i in enumerate(chosen):
        allowed = LEAKY_QR[items[i]['scene']]
        k = min(allowed, key=lambda x: (need[x], kinds.index(x)))
        need[k] += 1
        items[i]['qr'] = k
    ccand = [i for i, it in enumerate(items) if it['clean'] and it['scene'] in CLEAN_QR_SCENES]
    r.shuffle(ccand)
    for i in ccand[:N_CLEAN_QR]:
        items[i]['qr'] = 'brand'
    # formats: ~60% JPEG, 20% PNG, 20% WEBP; PNG mostly screenshots
    idx = list(range(len(items)))
    r.shuffle(idx)
    scr = [i for i in idx if family_of(items[i]['scene']) == 'screenshot']
    oth = [i for i in idx if family_of(items[i]['scene']) != 'screenshot']
    png = scr[:48]
    rest = [i for i in idx if i not in png]
    webp = rest[:48]
    for i, it in enumerate(items):
        it['format'] = 'png' if i in png else ('webp' if i in webp else 'jpeg')
        it['index'] = i + 1
    return items


class Ctx:
    pass


def render_one(it):
    import scenes as S
    import clean as C
    from data import Persona
    from core import boxes, effects
    i = it['index']
    r = random.Random(SEED * 1000 + i)
    ctx = Ctx()
    ctx.r = r
    ctx.p = Persona(r)
    ctx.qr = it['qr']
    ctx.clean = it['clean']
    sc = it['scene']
    fn = {
        'chat_whatsapp': lambda c: S.chat(c, 'whatsapp'), 'chat_imessage': lambda c: S.chat(c, 'imessage'),
        'chat_instagram': lambda c: S.chat(c, 'instagram'), 'chat_discord': lambda c: S.chat(c, 'discord'),
        'chat_sms': lambda c: S.chat(c, 'sms'), 'game_profile': S.game_profile, 'friend_list': S.friend_list,
        'game_lobby': S.lobby, 'lock_screen': S.lock_screen, 'signup_form': S.signup,
        'birthday_banner': S.banner, 'birthday_cake': S.cake, 'parcel': S.parcel, 'envelope': S.envelope,
        'school_sign_near': lambda c: S.school_sign(c, False), 'school_sign_far': lambda c: S.school_sign(c, True),
        'lunchbox_label': S.lunchbox, 'bottle_label': S.bottle, 'bag_tag': S.bag_tag, 'team_shirt_bib': S.shirt,
        'certificate': S.certificate, 'trophy': S.trophy, 'house_number_street_sign': S.house_number,
        'noticeboard': S.noticeboard, 'whiteboard': S.whiteboard, 'fridge_note': S.fridge_note,
        'id_card': lambda c: S.id_card(c, False), 'library_card': lambda c: S.id_card(c, True),
        'lost_pet_poster': S.lost_pet,
        'doc_permission_slip': S.permission_slip, 'doc_form': S.form, 'doc_report_card': S.report_card,
        'doc_timetable': S.timetable, 'doc_club_flyer': S.club_flyer, 'doc_invitation': S.invitation,
        'clean_league_table': C.league_table, 'clean_scoreboard': C.scoreboard, 'clean_celebrity_poster': C.celeb_poster,
        'clean_movie_poster': C.movie_poster, 'clean_book_cover': C.book_cover, 'clean_packaging': C.packaging,
        'clean_public_website': C.public_website, 'clean_weather_app': C.weather_app, 'clean_game_hud': C.game_hud,
        'clean_menu': C.menu, 'clean_recipe': C.recipe, 'clean_road_sign': C.road_sign, 'clean_shop_sign': C.shop_sign,
        'clean_museum_sign': C.museum_sign, 'clean_ticket': C.ticket, 'clean_bus_timetable': C.bus_timetable,
        'clean_worksheet': C.worksheet,
    }[sc]
    res = fn(ctx)
    L = res['layer']
    leaks, qrs = boxes(L)
    if it['clean']:
        leaks = []
    img = L.img.convert('RGB') if L.img.mode == 'RGB' else _flatten(L.img)
    fx = res['fx']
    if DRY:
        return f'out/img_{PREFIX}{i:03d}.x', b'', {'file': '', 'clean': it['clean'], 'leaks': leaks, 'faces': None}, \
            {'file': '', 'scene': sc, 'family': family_of(sc), 'format': it['format'], 'width': img.width,
             'height': img.height, 'qr': qrs}
    if fx:
        nrng = np.random.default_rng([SEED, i])
        img = effects(img, r, nrng, **fx)
    fmt = it['format']
    ext = {'jpeg': 'jpg', 'png': 'png', 'webp': 'webp'}[fmt]
    name = f'out/img_{PREFIX}{i:03d}.{ext}'
    buf = io.BytesIO()
    if fmt == 'jpeg':
        img.save(buf, 'JPEG', quality=r.randint(60, 92), optimize=False, subsampling=r.choice([0, 2]))
    elif fmt == 'png':
        img.save(buf, 'PNG', compress_level=6)
    else:
        img.save(buf, 'WEBP', quality=r.randint(70, 92), method=4)
    data = buf.getvalue()
    exp = {'file': name, 'clean': it['clean'], 'leaks': leaks, 'faces': None}
    meta = {'file': name, 'scene': sc, 'family': family_of(sc), 'format': fmt, 'width': img.width,
            'height': img.height, 'qr': qrs}
    return name, data, exp, meta


def _flatten(im):
    from PIL import Image
    bg = Image.new('RGBA', im.size, (255, 255, 255, 255))
    bg.alpha_composite(im)
    return bg.convert('RGB')


DRY = False


def _work(args):
    it, root = args
    name, data, exp, meta = render_one(it)
    if DRY:
        return it['index'], name, '', exp, meta
    with open(os.path.join(root, name), 'wb') as f:
        f.write(data)
    return it['index'], name, hashlib.sha256(data).hexdigest(), exp, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--only', type=str, default='', help='comma list of indices (debug)')
    ap.add_argument('--dry', action='store_true', help='layout only, no image files (debug)')
    a = ap.parse_args()
    global DRY
    DRY = a.dry
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, 'out'), exist_ok=True)
    plan = build_plan()
    if a.only:
        keep = set(int(x) for x in a.only.split(','))
        plan = [it for it in plan if it['index'] in keep]
    jobs = [(it, root) for it in plan]
    results = []
    total = len(jobs)
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context('fork').Pool(a.jobs, maxtasksperchild=20) as pool:
            for n, res in enumerate(pool.imap_unordered(_work, jobs, chunksize=1), 1):
                results.append(res)
                if n % 20 == 0 or n == total:
                    print(f'{n}/{total}', flush=True)
    else:
        for n, j in enumerate(jobs, 1):
            results.append(_work(j))
            if n % 20 == 0 or n == total:
                print(f'{n}/{total}', flush=True)
    results.sort(key=lambda x: x[0])
    with open(os.path.join(root, 'expected.jsonl'), 'w') as f:
        for r_ in results:
            f.write(json.dumps(r_[3], ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'meta.jsonl'), 'w') as f:
        for r_ in results:
            f.write(json.dumps(r_[4], ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'SHA256SUMS'), 'w') as f:
        for r_ in results:
            f.write(f'{r_[2]}  {r_[1]}\n')


if __name__ == '__main__':
    main()
