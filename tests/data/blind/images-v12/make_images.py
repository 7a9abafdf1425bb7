#!/usr/bin/env python3
"""Deterministic generator of 240 test images (children's PII in pictures).

usage: python make_images.py --root DIR [--only N[,N...]]
"""
import argparse
import hashlib
import io
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Occluded, finalize, seed_of  # noqa: E402
import scenes_screen  # noqa: E402
import scenes_docs  # noqa: E402
import scenes_photo  # noqa: E402

MODS = {'scenes_screen': scenes_screen, 'scenes_docs': scenes_docs, 'scenes_photo': scenes_photo}

# (module, scene, count, category, leaky_qr_count)
PLAN = [
    ('scenes_screen', 'chat_whatsapp', 15, 'screen', 0),
    ('scenes_screen', 'chat_imessage', 8, 'screen', 0),
    ('scenes_screen', 'chat_discord', 8, 'screen', 3),
    ('scenes_screen', 'profile', 10, 'screen', 4),
    ('scenes_screen', 'game_lobby', 10, 'screen', 0),
    ('scenes_screen', 'video_call', 6, 'screen', 0),
    ('scenes_screen', 'lock_screen', 8, 'screen', 0),
    ('scenes_screen', 'maps_app', 6, 'screen', 0),
    ('scenes_docs', 'form', 17, 'scan', 4),
    ('scenes_docs', 'report_card', 8, 'scan', 0),
    ('scenes_docs', 'yearbook', 5, 'scan', 0),
    ('scenes_photo', 'id_card', 11, 'photo', 4),
    ('scenes_photo', 'invitation', 6, 'photo', 3),
    ('scenes_photo', 'banner_cake', 6, 'photo', 0),
    ('scenes_photo', 'parcel', 8, 'photo', 3),
    ('scenes_photo', 'name_label', 8, 'photo', 0),
    ('scenes_photo', 'shirt_bib', 7, 'photo', 0),
    ('scenes_photo', 'school_sign', 6, 'photo', 0),
    ('scenes_photo', 'street_house', 5, 'photo', 0),
    ('scenes_photo', 'poster_flyer', 8, 'photo', 5),
    ('scenes_photo', 'award', 6, 'photo', 0),
    ('scenes_photo', 'home_notes', 8, 'photo', 4),
    # clean
    ('scenes_screen', 'clean_league', 5, 'screen', 0),
    ('scenes_screen', 'clean_weather', 4, 'screen', 0),
    ('scenes_screen', 'clean_game_hud', 4, 'screen', 0),
    ('scenes_screen', 'clean_transit', 3, 'screen', 0),
    ('scenes_docs', 'clean_worksheet', 6, 'scan', 0),
    ('scenes_photo', 'clean_menu_recipe', 8, 'photo', 0),
    ('scenes_photo', 'clean_poster_cover', 10, 'photo', 1),
    ('scenes_photo', 'clean_ticket', 4, 'photo', 4),
    ('scenes_photo', 'clean_packaging', 5, 'photo', 5),
    ('scenes_photo', 'clean_signs', 8, 'photo', 0),
    ('scenes_photo', 'clean_quote', 3, 'photo', 0),
]

BUDGET_W = [2, 3, 5, 8, 12, 14, 15, 14]


def build_jobs():
    jobs = []
    for mod, scene, n, cat, nqr in PLAN:
        for k in range(n):
            jobs.append({'module': mod, 'scene': scene, 'k': k, 'cat': cat, 'qr': k < nqr,
                         'clean': scene.startswith('clean_')})
    assert len(jobs) == 240, len(jobs)
    r = random.Random(20261206)
    # formats per category
    photos = [j for j in jobs if j['cat'] == 'photo']
    others = [j for j in jobs if j['cat'] != 'photo']
    fp = ['webp'] * 24 + ['jpg'] * (len(photos) - 24)
    fo = ['png'] * 48 + ['webp'] * 24 + ['jpg'] * (len(others) - 72)
    r.shuffle(fp)
    r.shuffle(fo)
    for j, f in zip(photos, fp):
        j['fmt'] = f
    for j, f in zip(others, fo):
        j['fmt'] = f
    for j in jobs:
        j['quality'] = None if j['fmt'] == 'png' else (r.randint(55, 92) if j['fmt'] == 'jpg' else r.randint(60, 90))
        j['budget'] = 0 if j['clean'] else r.choices(range(1, 9), weights=BUDGET_W)[0]
    order = list(range(240))
    r.shuffle(order)
    for num, ji in enumerate(order, 1):
        jobs[ji]['file'] = f"out/img_y{num:03d}.{jobs[ji]['fmt']}"
        jobs[ji]['num'] = num
    jobs.sort(key=lambda j: j['num'])
    return jobs


def encode(img, fmt, q):
    b = io.BytesIO()
    if fmt == 'jpg':
        img.save(b, 'JPEG', quality=q, subsampling=2 if q < 85 else 0, optimize=False)
    elif fmt == 'png':
        img.save(b, 'PNG', compress_level=6)
    else:
        img.save(b, 'WEBP', quality=q, method=4)
    return b.getvalue()


def render(job):
    fn = getattr(MODS[job['module']], job['scene'])
    last = None
    for attempt in range(8):
        rng = random.Random(seed_of('y12', job['scene'], job['k'], attempt))
        spec = dict(job)
        spec['attempt'] = attempt
        try:
            Lr = fn(rng, spec)
        except Occluded:
            continue
        img = Lr.img.convert('RGB')
        W, H = img.size
        leaks, qrs = finalize(Lr, W, H)
        last = (img, leaks, qrs)
        if job['clean'] and not leaks:
            return last
        if not job['clean'] and 1 <= len(leaks) <= 8:
            return last
    raise RuntimeError(f"cannot satisfy constraints for {job['file']} {job['scene']} ({len(last[1]) if last else None} leaks)")


def work(job):
    img, leaks, qrs = render(job)
    data = encode(img, job['fmt'], job['quality'])
    return img.size and _Small(img.size), leaks, qrs, data


class _Small:
    """only the size of the image travels back from workers."""
    def __init__(self, size):
        self.size = size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    ap.add_argument('--only', default='')
    ap.add_argument('--jobs', type=int, default=1, help='worker processes (output is identical for any value)')
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(',') if x.strip()}
    os.makedirs(os.path.join(a.root, 'out'), exist_ok=True)
    exp, meta, sums = [], [], []
    todo = [j for j in build_jobs() if not only or j['num'] in only]
    if a.jobs > 1:
        import multiprocessing as mp
        pool = mp.Pool(a.jobs)
        results = pool.imap(work, todo)
    else:
        results = map(work, todo)
    for job, (img, leaks, qrs, data) in zip(todo, results):
        with open(os.path.join(a.root, job['file']), 'wb') as fh:
            fh.write(data)
        exp.append({'file': job['file'], 'clean': job['clean'], 'leaks': leaks, 'faces': None})
        meta.append({'file': job['file'], 'scene': job['scene'], 'module': job['module'],
                     'format': {'jpg': 'JPEG', 'png': 'PNG', 'webp': 'WEBP'}[job['fmt']],
                     'width': img.size[0], 'height': img.size[1], 'quality': job['quality'], 'qr': qrs})
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {job['file']}")
        print(job['file'], job['scene'], img.size, len(leaks), flush=True)
    with open(os.path.join(a.root, 'expected.jsonl'), 'w') as fh:
        for e in exp:
            fh.write(json.dumps(e, ensure_ascii=False) + '\n')
    with open(os.path.join(a.root, 'meta.jsonl'), 'w') as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False) + '\n')
    with open(os.path.join(a.root, 'SHA256SUMS'), 'w') as fh:
        fh.write('\n'.join(sums) + '\n')


if __name__ == '__main__':
    main()
