"""Deterministic generator of 240 test images (screenshots, photos, scans) with expected leaks.

usage: python make_images.py --root DIR   -> DIR/out/*, DIR/expected.jsonl, DIR/meta.jsonl, DIR/SHA256SUMS
"""
import argparse
import hashlib
import importlib
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import encode, poly_box, poly_inside, rng_for  # noqa: E402

PLAN = [("scenes_chat", 36), ("scenes_games", 36), ("scenes_school", 36), ("scenes_home", 36),
        ("scenes_outdoor", 36), ("scenes_clean_a", 30), ("scenes_clean_b", 30)]
EXT = {"png": "png", "jpg": "jpg", "webp": "webp"}


def plan():
    items = [(m, i) for m, n in PLAN for i in range(n)]
    rng_for("plan-v8").shuffle(items)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--only", type=int, default=0, help="render only the first N (debug)")
    a = ap.parse_args()
    out_dir = os.path.join(a.root, "out")
    os.makedirs(out_dir, exist_ok=True)
    t0 = time.time()
    exp, meta, sums = [], [], []
    items = plan()
    if a.only:
        items = items[:a.only]
    problems = 0
    for n, (mname, i) in enumerate(items, 1):
        mod = importlib.import_module(mname)
        rng = rng_for(f"{mname}:{i}")
        o = mod.render(i, rng)
        sc = o.sc
        W, H = sc.img.size
        if o.fmt == "png" and W * H > 5e6:
            o.fmt, o.quality = "jpg", 88  # big noisy PNGs are slow to encode; photos are JPEG anyway
        name = f"img_a{n:03d}.{EXT[o.fmt]}"
        leaks = []
        for k, t, p in sc.leaks:
            if not poly_inside(p, W, H):
                problems += 1
                print(f"WARN {name} {mname}:{i} {o.scene} leak outside image: {k}", file=sys.stderr)
            b = poly_box(p, W, H)
            if b[2] <= 0 or b[3] <= 0:
                continue
            leaks.append({"kind": k, "text": t, "box": b})
        qrs = []
        for pl, p in sc.qrs:
            if not poly_inside(p, W, H):
                problems += 1
                print(f"WARN {name} qr outside image", file=sys.stderr)
            qrs.append({"payload": pl, "box": poly_box(p, W, H)})
        if o.clean and leaks:
            raise SystemExit(f"clean scene {o.scene} produced leaks")
        if not o.clean and not leaks:
            raise SystemExit(f"leaky scene {mname}:{i} {o.scene} produced no leaks")
        data = encode(sc.img, o.fmt, o.quality)
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  out/{name}")
        exp.append({"file": name, "clean": bool(o.clean), "leaks": leaks, "faces": None})
        meta.append({"file": name, "scene": o.scene, "module": mname, "format": o.fmt, "width": W, "height": H,
                     "quality": o.quality, "qr": qrs})
        if n % 20 == 0:
            print(f"{n} images, {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    for fn, rows in (("expected.jsonl", exp), ("meta.jsonl", meta)):
        with open(os.path.join(a.root, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(a.root, "SHA256SUMS"), "w") as fh:
        fh.write("\n".join(sums) + "\n")
    print(f"done {len(items)} images in {time.time() - t0:.1f}s, problems={problems}", file=sys.stderr)


if __name__ == "__main__":
    main()
