"""Render all test images into out/ and write expected.jsonl (deterministic)."""
import json
import os
import random
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scenes_a  # noqa: E402
import scenes_b  # noqa: E402
import scenes_c  # noqa: E402
import scenes_q  # noqa: E402
import scenes_d  # noqa: E402
import scenes_e  # noqa: E402

OUT = os.path.join(HERE, 'out')
EXT = {'jpg': 'jpg', 'png': 'png', 'webp': 'webp'}


def all_scenes():
    jobs = []
    for mod in (scenes_a, scenes_b, scenes_c, scenes_q, scenes_d, scenes_e):
        for name, fn, kw in mod.SCENES:
            jobs.append((mod.__name__, name, kw))
    return jobs


def _lookup(modname, idx):
    mod = sys.modules[modname]
    return mod.SCENES[idx]


def render(job):
    num, modname, midx, seed = job
    name, fn, kw = _lookup(modname, midx)
    r = fn(seed, **kw)
    img = r['img']
    fname = 'img_%03d.%s' % (num, EXT[r['fmt']])
    path = os.path.join(OUT, fname)
    if r['fmt'] == 'jpg':
        img.save(path, 'JPEG', quality=int(r['quality']))
    elif r['fmt'] == 'png':
        img.save(path, 'PNG')
    else:
        img.save(path, 'WEBP', quality=int(r['quality']), method=4)
    W, H = img.size
    for lk in r['leaks']:
        x, y, w, h = lk['box']
        assert w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= W and y + h <= H, (fname, lk)
    return {'file': 'out/' + fname, 'clean': bool(r['clean']),
            'leaks': [{'kind': l['kind'], 'text': l['text'], 'box': [int(v) for v in l['box']]} for l in r['leaks']],
            'faces': None, 'notes': r['notes']}


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in sorted(os.listdir(OUT)):
        os.remove(os.path.join(OUT, f))
    jobs = []
    counters = {}
    for gi, (modname, name, kw) in enumerate(all_scenes()):
        midx = counters.get(modname, 0)
        counters[modname] = midx + 1
        jobs.append((modname, midx, 1000 + 37 * gi))
    order = list(range(len(jobs)))
    random.Random(20240611).shuffle(order)
    work = [(num, jobs[j][0], jobs[j][1], jobs[j][2]) for num, j in enumerate(order)]
    procs = int(os.environ.get('PROCS', '2'))
    if procs > 1:
        with Pool(procs) as pool:
            rows = list(pool.imap(render, work, chunksize=1))
    else:
        rows = [render(w) for w in work]
    with open(os.path.join(HERE, 'expected.jsonl'), 'w') as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote %d images' % len(rows))


if __name__ == '__main__':
    main()
