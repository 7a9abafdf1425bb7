"""Render every scene into out/ and write expected.jsonl and meta.jsonl.

    python3 make_images.py                 # everything
    python3 make_images.py --only a,c      # some scene modules (for testing)
    python3 make_images.py --out other_dir --jobs 2
"""
import argparse
import importlib
import json
import os
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import seeds, save_image, poly_box, poly_inside_frac  # noqa: E402

MODULES = ["a", "b", "c", "d", "e", "f"]
EXT = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def all_jobs(only):
    jobs = []
    for m in MODULES:
        if only and m not in only:
            continue
        mod = importlib.import_module("scenes_" + m)
        for i, job in enumerate(mod.JOBS, 1):
            name, fn, params, clean = job
            jobs.append((m, i, name, clean, params))
    return jobs


def render(args):
    m, i, name, clean, params, outdir = args
    mod = importlib.import_module("scenes_" + m)
    jname, fn, _, _ = mod.JOBS[i - 1]
    assert jname == name
    key = "img6:{}:{:03d}:{}".format(m, i, name)
    r, nr = seeds(key)
    res = fn(r, nr, **params)
    img = res.img
    w, h = img.size
    fname = "img_{}{:03d}.{}".format(m, i, EXT[res.fmt])
    save_image(img, os.path.join(outdir, fname), res.fmt, res.quality)
    leaks, problems = [], []
    for lk in res.panel.leaks:
        frac = poly_inside_frac(lk["poly"], w, h)
        if frac < 0.97:
            problems.append("leak outside image ({:.2f}): {} {}".format(frac, lk["kind"], lk["text"]))
        leaks.append({"kind": lk["kind"], "text": lk["text"], "box": poly_box(lk["poly"], w, h)})
    qrs = []
    for q in res.panel.qrs:
        if poly_inside_frac(q["poly"], w, h) < 0.999:
            problems.append("qr outside image")
        qrs.append({"payload": q["payload"], "box": poly_box(q["poly"], w, h)})
    is_clean = len(leaks) == 0
    if is_clean != clean:
        problems.append("clean flag mismatch: declared {} got {}".format(clean, is_clean))
    exp = {"file": fname, "clean": is_clean, "leaks": leaks, "faces": None}
    meta = {"file": fname, "scene": name, "module": "scenes_" + m, "format": res.fmt,
            "width": w, "height": h, "quality": res.quality if res.fmt != "PNG" else None,
            "qr": qrs}
    return exp, meta, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--exp", default=None, help="expected.jsonl path (default next to out/)")
    a = ap.parse_args()
    only = [x for x in a.only.split(",") if x]
    os.makedirs(a.out, exist_ok=True)
    jobs = [j + (a.out,) for j in all_jobs(only)]
    if a.jobs > 1:
        with Pool(a.jobs) as pool:
            results = pool.map(render, jobs, chunksize=1)
    else:
        results = [render(j) for j in jobs]
    base = os.path.dirname(os.path.abspath(a.out))
    exp_path = a.exp or os.path.join(base, "expected.jsonl")
    meta_path = os.path.join(os.path.dirname(exp_path), "meta.jsonl")
    bad = 0
    with open(exp_path, "w") as fe, open(meta_path, "w") as fm:
        for exp, meta, problems in results:
            fe.write(json.dumps(exp, ensure_ascii=False) + "\n")
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            for p in problems:
                bad += 1
                print("PROBLEM", exp["file"], meta["scene"], p)
    n = len(results)
    nc = sum(1 for e, _, _ in results if e["clean"])
    print("rendered {} images ({} clean) into {}".format(n, nc, a.out))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
