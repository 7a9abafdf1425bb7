#!/usr/bin/env python3
"""Render the deterministic privacy test set (240 images, file prefix "q").

usage: python make_images.py --root ROOT [--jobs N]

Writes ROOT/out/img_qNNN.<ext>, ROOT/expected.jsonl, ROOT/meta.jsonl, ROOT/SHA256SUMS.
Only progress counts are printed.
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

PREFIX = 'q'
N_IMAGES = 240
PLAN_SEED = 16_0417
MAX_ATTEMPTS = 10
KINDS = {'PERSON', 'HANDLE', 'PHONE', 'EMAIL', 'ADDRESS', 'LOCATION', 'SCHOOL', 'ORG', 'AGE', 'DATE_OF_BIRTH', 'URL'}

# (scene, count, family)
LEAKY = [
    ('chat_whatsapp', 8, 'screen'), ('chat_imessage', 8, 'screen'), ('chat_instagram', 7, 'screen'),
    ('chat_discord', 7, 'screen'), ('chat_sms', 8, 'screen'), ('game_profile', 7, 'screen'),
    ('friend_list', 6, 'screen'), ('game_lobby', 6, 'screen'), ('lock_screen', 7, 'screen'),
    ('signup_form', 6, 'screen'),
    ('birthday_banner', 5, 'photo'), ('birthday_cake', 5, 'photo'), ('parcel', 6, 'photo'), ('envelope', 5, 'photo'),
    ('school_sign_near', 4, 'photo'), ('school_sign_far', 4, 'photo'), ('lunchbox', 3, 'photo'),
    ('bottle', 4, 'photo'), ('bag_tag', 3, 'photo'), ('team_shirt', 4, 'photo'), ('race_bib', 3, 'photo'),
    ('certificate', 4, 'photo'), ('trophy', 3, 'photo'), ('house_number', 4, 'photo'), ('noticeboard', 4, 'photo'),
    ('whiteboard', 4, 'photo'), ('fridge_note', 4, 'photo'), ('id_card', 3, 'photo'), ('library_card', 3, 'photo'),
    ('lost_pet', 5, 'photo'),
    ('permission_slip', 5, 'doc'), ('reg_form', 5, 'doc'), ('report_card', 5, 'doc'), ('timetable', 5, 'doc'),
    ('club_flyer', 5, 'doc'), ('invitation', 5, 'doc'),
]
CLEAN = [
    ('league_table', 4, 'screen'), ('public_website', 4, 'screen'), ('weather_app', 4, 'screen'),
    ('game_hud', 4, 'screen'),
    ('scoreboard', 3, 'photo'), ('celeb_poster', 3, 'photo'), ('movie_poster', 3, 'photo'), ('book_cover', 4, 'photo'),
    ('packaging', 6, 'photo'), ('menu', 4, 'photo'), ('road_sign', 3, 'photo'), ('shop_sign', 3, 'photo'),
    ('museum_sign', 3, 'photo'), ('ticket', 3, 'photo'), ('bus_timetable', 3, 'photo'),
    ('recipe', 3, 'doc'), ('worksheet', 3, 'doc'),
]
# personal QR payload types given to leaky scenes (30 in all)
QR_LEAKY = {
    'lost_pet': ['tel', 'tel', 'sms'], 'bag_tag': ['mecard', 'tel', 'vcard'],
    'invitation': ['geo', 'geo', 'sms', 'mailto'], 'club_flyer': ['wa', 'discord', 'mailto', 'tme'],
    'fridge_note': ['wifi', 'wifi', 'vcard'], 'game_profile': ['discord', 'text', 'snap'],
    'lock_screen': ['vcard', 'mecard'], 'permission_slip': ['mailto', 'tel'], 'noticeboard': ['sms', 'wa'],
    'chat_instagram': ['snap'], 'chat_discord': ['text'], 'id_card': ['mecard'], 'library_card': ['text'],
}
QR_CLEAN = {'packaging': 6, 'menu': 2, 'ticket': 2}


def scene_fn(name):
    import screens
    import photos
    import docs
    import clean
    for mod in (screens, photos, docs, clean):
        if hasattr(mod, name):
            return getattr(mod, name)
    raise KeyError(name)


def build_plan():
    import data as D
    specs = []
    k = 0
    for group, clean in ((LEAKY, False), (CLEAN, True)):
        for scene, n, fam in group:
            qrs = (QR_LEAKY.get(scene, []) if not clean else ['brand' if scene == 'packaging' else scene] * QR_CLEAN.get(scene, 0))
            for v in range(n):
                spec = {'scene': scene, 'family': fam, 'clean': clean, 'region': D.REGIONS[k % len(D.REGIONS)],
                        'variant': v, 'qr': qrs[v] if v < len(qrs) else None}
                if fam == 'doc':
                    spec['mode'] = 'scan' if v % 5 in (0, 2, 4) else 'photo'
                specs.append(spec)
                k += 1
    assert len(specs) == N_IMAGES, len(specs)
    rng = random.Random(PLAN_SEED)
    rng.shuffle(specs)
    # formats: 60% JPEG, 20% PNG, 20% WEBP, screenshots and scans get most PNGs
    cat = {'screen': [], 'scan': [], 'photo': []}
    for i, s in enumerate(specs):
        if s['family'] == 'screen':
            cat['screen'].append(i)
        elif s['family'] == 'doc' and s.get('mode') == 'scan':
            cat['scan'].append(i)
        else:
            cat['photo'].append(i)
    quotas = {'screen': (36, 20), 'scan': (12, 4), 'photo': (0, 24)}
    for c, idxs in cat.items():
        idxs = list(idxs)
        rng.shuffle(idxs)
        n_png, n_webp = quotas[c]
        for j, i in enumerate(idxs):
            f = 'png' if j < n_png else ('webp' if j < n_png + n_webp else 'jpeg')
            specs[i]['format'] = f
            specs[i]['quality'] = None if f == 'png' else rng.randint(60, 92)
    for i, s in enumerate(specs):
        s['index'] = i + 1
        s['file'] = 'out/img_%s%03d.%s' % (PREFIX, i + 1, {'jpeg': 'jpg', 'png': 'png', 'webp': 'webp'}[s['format']])
    return specs


def apply_fx(img, prof, ctx):
    import fx
    kind = prof.get('fx')
    if kind == 'photo':
        out = fx.photo_fx(img, ctx, blur_max=prof.get('blur_max', 1.6))
        if prof.get('glare'):
            W, H = out.size
            a = np.asarray(out, dtype=np.float32)
            gx, gy = ctx.r(0.2, 0.8) * W, ctx.r(0.2, 0.6) * H
            rr = ctx.r(0.1, 0.25) * max(W, H)
            yy, xx = np.ogrid[0:H, 0:W]
            g = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * rr * rr))).astype(np.float32)[..., None]
            a = a + (255 - a) * g * ctx.r(0.2, 0.45)
            out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')
        return out
    if kind == 'scan':
        return fx.scan_fx(img, ctx)
    return img


def render(spec):
    from base import Ctx
    from common import LayoutError, leak_boxes, qr_boxes, encode, decode_qr_ok
    fn = scene_fn(spec['scene'])
    last = None
    for attempt in range(MAX_ATTEMPTS):
        ctx = Ctx(spec['index'], spec, attempt)
        try:
            L, prof = fn(ctx)
            leaks = leak_boxes(L)
            qrs = qr_boxes(L)
            if spec['clean'] and leaks:
                raise RuntimeError('clean scene produced leaks: %s' % spec['scene'])
            if not spec['clean'] and not leaks:
                raise LayoutError('no leaks')
            if spec.get('qr') and not qrs:
                raise LayoutError('qr missing')
            for lk in leaks:
                if lk['kind'] not in KINDS or not lk['text'] or lk['text'] != lk['text'].strip():
                    raise RuntimeError('bad leak %r in %s' % (lk['kind'], spec['scene']))
            img = L.img.convert('RGB')
            img = apply_fx(img, prof, ctx)
            data = encode(img, spec['format'] if spec['format'] != 'jpeg' else 'jpg', spec['quality'], dpi=ctx.dpi)
            dec = Image.open(io.BytesIO(data)).convert('RGB')
            for q in qrs:
                if not decode_qr_ok(dec, q['box'], q['payload']):
                    raise LayoutError('qr does not decode')
            return data, leaks, qrs, img.size, attempt
        except LayoutError as e:
            last = e
            continue
    raise RuntimeError('image %d (%s) failed after %d attempts: %s' % (spec['index'], spec['scene'], MAX_ATTEMPTS, last))


def work(args):
    spec, root = args
    data, leaks, qrs, size, attempt = render(spec)
    path = os.path.join(root, spec['file'])
    with open(path, 'wb') as f:
        f.write(data)
    exp = {'file': spec['file'], 'clean': spec['clean'], 'leaks': leaks, 'faces': None}
    meta = {'file': spec['file'], 'scene': spec['scene'], 'format': spec['format'], 'width': size[0],
            'height': size[1], 'qr': qrs}
    return spec['index'], exp, meta, hashlib.sha256(data).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--root', required=True)
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--only', default=None, help='comma separated 1-based indices (debugging; skips index files)')
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    os.makedirs(os.path.join(root, 'out'), exist_ok=True)
    specs = build_plan()
    todo = specs
    if a.only:
        want = {int(x) for x in a.only.split(',') if x.strip()}
        todo = [s for s in specs if s['index'] in want]
    jobs = [(s, root) for s in todo]
    results = {}
    n = len(jobs)
    done = 0
    step = 10 if n >= 50 else 1
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context('fork').Pool(a.jobs, maxtasksperchild=20) as pool:
            for r in pool.imap_unordered(work, jobs, chunksize=1):
                results[r[0]] = r
                done += 1
                if done % step == 0 or done == n:
                    print('%d/%d' % (done, n), flush=True)
    else:
        for j in jobs:
            r = work(j)
            results[r[0]] = r
            done += 1
            if done % step == 0 or done == n:
                print('%d/%d' % (done, n), flush=True)
    if a.only:
        return
    order = sorted(results)
    with open(os.path.join(root, 'expected.jsonl'), 'w', encoding='utf-8') as f:
        for i in order:
            f.write(json.dumps(results[i][1], ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'meta.jsonl'), 'w', encoding='utf-8') as f:
        for i in order:
            f.write(json.dumps(results[i][2], ensure_ascii=False) + '\n')
    with open(os.path.join(root, 'SHA256SUMS'), 'w', encoding='utf-8') as f:
        for i in order:
            f.write('%s  %s\n' % (results[i][3], results[i][1]['file']))


if __name__ == '__main__':
    main()
