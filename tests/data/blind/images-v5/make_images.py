"""Render all scenes into out/ and write expected.jsonl (deterministic)."""
import json
import os
import random
import sys
from multiprocessing import Pool

from PIL import ImageDraw

from common import Ctx, intbox
from people import REGIONS

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = ['scenes_a', 'scenes_b', 'scenes_c', 'scenes_d', 'scenes_e', 'scenes_f']


def all_scenes(mods=None):
    import importlib
    out = []
    for m in (mods or MODULES):
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        for i, fn in enumerate(mod.SCENES):
            out.append((m, fn.__name__, i))
    return out


def plan(mods=None):
    sc = all_scenes(mods)
    order = list(range(len(sc)))
    random.Random(20250611).shuffle(order)
    jobs = []
    for n, k in enumerate(order):
        m, name, i = sc[k]
        jobs.append(dict(n=n, mod=m, name=name, pos=i))
    return jobs


def choose_format(rng, photo, w, h):
    r = rng.random()
    big = w * h >= 5_000_000
    if photo:
        fmt = 'jpg' if r < 0.62 else ('webp' if r < 0.85 or big else 'png')
    else:
        fmt = 'png' if r < 0.42 else ('jpg' if r < 0.72 else 'webp')
    return fmt, rng.randint(60, 95)


def render(job, outdir='out', dev=False):
    import importlib
    mod = importlib.import_module(job['mod'])
    fn = mod.SCENES[job['pos']]
    assert fn.__name__ == job['name']
    seed = 100003 + job['pos'] * 7919 + MODULES.index(job['mod']) * 1000003
    region = fn.meta.get('region') or REGIONS[(job['pos'] * 3 + MODULES.index(job['mod'])) % len(REGIONS)]
    ctx = Ctx(job['n'], seed, region)
    res = fn(ctx)
    img = res['img']
    W, H = img.size
    leaks = []
    for lk in res['leaks']:
        b = intbox(lk['box'])
        if b[0] < 0 or b[1] < 0 or b[0] + b[2] > W or b[1] + b[3] > H or b[2] <= 0 or b[3] <= 0:
            raise ValueError('%s.%s: box %s outside %dx%d for %r' % (job['mod'], job['name'], b, W, H, lk['text']))
        if not lk['text'].strip():
            raise ValueError('%s.%s: empty leak text' % (job['mod'], job['name']))
        leaks.append({'kind': lk['kind'], 'text': lk['text'], 'box': b})
    clean = fn.meta['clean']
    if clean and leaks:
        raise ValueError('%s.%s: clean scene has leaks' % (job['mod'], job['name']))
    if not clean and not leaks:
        raise ValueError('%s.%s: leaky scene has no leaks' % (job['mod'], job['name']))
    frng = random.Random(seed + 17)
    fmt, q = choose_format(frng, res.get('photo', False), W, H)
    name = 'img_%03d.%s' % (job['n'], fmt)
    path = os.path.join(HERE, outdir, name)
    if dev:
        im = img.copy()
        d = ImageDraw.Draw(im)
        for lk in leaks:
            x, y, w, h = lk['box']
            d.rectangle([x, y, x + w, y + h], outline=(255, 0, 0), width=max(2, W // 500))
        im.thumbnail((1400, 1400))
        im.save(os.path.join(HERE, outdir, '%s_%s.png' % (job['mod'], job['name'])))
    else:
        if fmt == 'jpg':
            img.save(path, 'JPEG', quality=q, optimize=False)
        elif fmt == 'webp':
            img.save(path, 'WEBP', quality=q, method=4)
        else:
            img.save(path, 'PNG', compress_level=6)
    rec = {'file': '%s/%s' % (outdir, name), 'clean': clean, 'leaks': leaks, 'faces': None,
           'notes': res['notes']}
    return rec, dict(scene='%s.%s' % (job['mod'], job['name']), w=W, h=H, fmt=fmt, qrs=res['qrs'], quality=q,
                     qr_list=res['qr_list'])


def _render(job):
    return render(job)


def _render_dev(job):
    try:
        return render(job, outdir='dev', dev=True)
    except Exception as e:  # report and continue in dev mode
        import traceback
        return ({'leaks': [], 'notes': 'ERROR ' + repr(e) + traceback.format_exc()[-600:]},
                dict(scene='%s.%s' % (job['mod'], job['name']), w=0, h=0, fmt='', qrs=0))


def main():
    args = sys.argv[1:]
    dev = '--dev' in args
    mods = [a for a in args if a.startswith('scenes_')] or None
    names = [a.split('=', 1)[1] for a in args if a.startswith('--only=')]
    jobs = plan(mods)
    if names:
        jobs = [j for j in jobs if j['name'] in names]
    os.makedirs(os.path.join(HERE, 'dev' if dev else 'out'), exist_ok=True)
    if not dev:
        for f in os.listdir(os.path.join(HERE, 'out')):
            os.remove(os.path.join(HERE, 'out', f))
    with Pool(2) as pool:
        res = pool.map(_render_dev if dev else _render, jobs, chunksize=1)
    if dev:
        for rec, meta in res:
            print(meta['scene'], meta['w'], meta['h'], len(rec['leaks']), rec['notes'])
        return
    with open(os.path.join(HERE, 'expected.jsonl'), 'w') as fh:
        for rec, meta in res:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'meta.jsonl'), 'w') as fh:
        for rec, meta in res:
            fh.write(json.dumps(dict(meta, file=rec['file'])) + '\n')
    print('wrote', len(res), 'images')


if __name__ == '__main__':
    main()
