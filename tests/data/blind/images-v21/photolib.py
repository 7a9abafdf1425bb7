"""Helpers for photographed scenes: backgrounds, placement quads, camera finishing."""
import math

import numpy as np

from gfx import Canvas, texture, finish_photo, rot_quad

SIZES_L = [(3000, 2000), (3264, 2448), (3600, 2400), (4000, 3000), (4032, 3024)]
SURF = {
    "wood": ((150, 105, 70), 22, (40, 6, False)), "table": ((205, 190, 170), 12, None), "wall": ((226, 220, 206), 10, None),
    "bluewall": ((170, 196, 214), 10, None), "carpet": ((120, 110, 130), 16, None), "cork": ((190, 146, 98), 20, None),
    "fridge": ((236, 238, 240), 5, None), "steel": ((196, 200, 204), 8, (20, 5, True)), "grass": ((86, 140, 64), 24, None),
    "brick": ((160, 82, 60), 20, None), "fabric": ((40, 60, 110), 14, None), "concrete": ((165, 165, 160), 14, None),
    "darkwood": ((92, 62, 44), 16, (30, 6, False)),
}


def photo_size(rng, portrait=None):
    w, h = rng.choice(SIZES_L)
    if portrait is None:
        portrait = rng.random() < 0.45
    return (h, w) if portrait else (w, h)


def surface(rng, W, H, name):
    base, var, stripes = SURF[name]
    base = tuple(int(np.clip(c + rng.randint(-14, 14), 0, 255)) for c in base)
    return texture(np.random.default_rng(rng.getrandbits(32)), W, H, base, var=var, stripes=stripes)


def brick(cv, rng, box, color=(158, 80, 58), mortar=(200, 195, 185)):
    x0, y0, x1, y1 = [int(v) for v in box]
    cv.d.rectangle([x0, y0, x1, y1], fill=mortar)
    bh = max(12, (x1 - x0) // 40)
    bw = bh * 3
    r = 0
    for y in range(y0, y1, bh):
        off = (bw // 2) if r % 2 else 0
        for x in range(x0 - off, x1, bw):
            c = tuple(int(np.clip(v + rng.randint(-18, 18), 0, 255)) for v in color)
            cv.d.rectangle([max(x0, x + 2), y + 2, min(x1, x + bw - 2), min(y1, y + bh - 2)], fill=c)
        r += 1


def quad(rng, cx, cy, w, h, rot=0.0, persp=0.0, axis=None):
    """Rectangle w*h at centre, rotated (deg), with keystone perspective (fraction)."""
    q = rot_quad(cx, cy, w, h, rot)
    if persp:
        axis = axis if axis is not None else rng.choice(["top", "bottom", "left", "right"])
        (a, b, c, d) = [list(p) for p in q]
        def pull(p1, p2, f):
            mx, my = (p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2
            p1[0] += (mx - p1[0]) * f; p1[1] += (my - p1[1]) * f
            p2[0] += (mx - p2[0]) * f; p2[1] += (my - p2[1]) * f
        if axis == "top":
            pull(a, b, persp)
        elif axis == "bottom":
            pull(d, c, persp)
        elif axis == "left":
            pull(a, d, persp)
        else:
            pull(b, c, persp)
        q = [tuple(a), tuple(b), tuple(c), tuple(d)]
    return q


def fit(cw, ch, maxw, maxh):
    s = min(maxw / cw, maxh / ch)
    return cw * s, ch * s


def finish(rng, cv, level=None):
    """Camera-ish finishing: blur, noise, uneven light, sometimes low contrast."""
    W = max(cv.w, cv.h)
    level = level if level is not None else rng.choice([0, 1, 1, 2, 2, 3])
    k = W / 3600
    blur = [0.0, 0.8, 1.5, 2.3][level] * k
    noise = rng.uniform(2.0, 4.0) + level * 1.5
    contrast = rng.choice([1.0, 1.0, 0.9, 0.78, 0.68])
    tint = rng.choice([(1, 1, 1), (1.06, 1.0, 0.9), (0.93, 0.98, 1.07), (1.03, 1.0, 0.96)])
    light = rng.choice([(0.8, 1.08), (0.6, 1.1), (0.9, 1.05), (0.55, 1.0)])
    img = cv.rgb()
    return finish_photo(img, np.random.default_rng(rng.getrandbits(32)), blur=blur, noise=noise, light=light,
                        contrast=contrast, tint=tint, vignette=rng.choice([0, 0.15, 0.3]))


def jitter(rng, v, f):
    return v * (1 + rng.uniform(-f, f))
