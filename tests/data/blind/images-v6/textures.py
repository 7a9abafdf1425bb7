"""Photo-like backgrounds made from smooth noise (no real photos)."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import BICUBIC, BILINEAR


def smooth(nrng, w, h, cells=8, octaves=3):
    """Smooth noise in about [0, 1]."""
    acc = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    c = cells
    for _ in range(octaves):
        cw, ch = max(2, int(c)), max(2, int(c * h / w) + 1)
        small = nrng.random((ch, cw)).astype(np.float32)
        big = Image.fromarray(small, "F").resize((w, h), BICUBIC)
        acc += np.asarray(big, np.float32) * amp
        tot += amp
        amp *= 0.5
        c *= 2.3
    return acc / tot


def _img(a):
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "RGB")


def tint(base, field, amount):
    base = np.array(base, np.float32)
    return base[None, None, :] * (1 + amount * (field[..., None] - 0.5))


def paint(nrng, w, h, base, amount=0.18):
    return _img(tint(base, smooth(nrng, w, h, 5, 4), amount))


def paper(nrng, w, h, base=(246, 244, 236), amount=0.06):
    f = smooth(nrng, w, h, 6, 3)
    return _img(tint(base, f, amount))


def wood(nrng, w, h, base=(150, 100, 60), horizontal=True, amount=0.35):
    sw, sh = max(2, w // 4), max(2, h // 4)
    f = smooth(nrng, sw, sh, 4, 2)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    coord = yy if horizontal else xx
    period = nrng.uniform(6, 14)
    grain = np.sin((coord + f * 60) / period * 2 * np.pi) * 0.5 + 0.5
    grain = grain ** 3
    planks = nrng.integers(3, 7)
    field = 0.6 * grain + 0.4 * f
    img = _img(tint(base, field, amount)).resize((w, h), BICUBIC)
    d = ImageDraw.Draw(img)
    for i in range(1, planks):
        p = int(i * (h if horizontal else w) / planks)
        col = tuple(int(v * 0.55) for v in base)
        if horizontal:
            d.line([(0, p), (w, p)], fill=col, width=max(2, h // 500))
        else:
            d.line([(p, 0), (p, h)], fill=col, width=max(2, w // 500))
    return img


def fabric(nrng, w, h, base=(60, 90, 160), amount=0.25):
    sw, sh = max(2, w // 2), max(2, h // 2)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7)) * 0.5 + 0.5
    f = smooth(nrng, sw, sh, 4, 3)
    field = 0.35 * weave + 0.65 * f
    return _img(tint(base, field, amount)).resize((w, h), BILINEAR)


def brick(nrng, w, h, base=(150, 70, 50), mortar=(190, 185, 175)):
    img = Image.new("RGB", (w, h), mortar)
    d = ImageDraw.Draw(img)
    bh = max(20, h // int(nrng.integers(14, 24)))
    bw = int(bh * 2.6)
    gap = max(2, bh // 8)
    row = 0
    for y in range(0, h + bh, bh):
        off = (bw // 2) * (row % 2)
        for x in range(-off, w + bw, bw):
            v = nrng.uniform(0.8, 1.15)
            col = tuple(int(min(255, c * v)) for c in base)
            d.rectangle([x + gap // 2, y + gap // 2, x + bw - gap // 2, y + bh - gap // 2], fill=col)
        row += 1
    a = np.asarray(img, np.float32)
    f = smooth(nrng, w, h, 10, 3)
    a = a * (0.85 + 0.3 * f[..., None])
    return _img(a)


def outdoor(nrng, w, h, horizon=0.55, sky=(150, 190, 230), ground=(90, 130, 70)):
    """Sky gradient over a textured ground (grass or pavement)."""
    a = np.zeros((h, w, 3), np.float32)
    hy = max(2, int(h * horizon))
    t = np.linspace(0, 1, hy, dtype=np.float32)[:, None, None]
    top = np.array(sky, np.float32) * 0.85
    bot = np.minimum(255, np.array(sky, np.float32) * 1.15)
    a[:hy] = top * (1 - t) + bot * t
    f = smooth(nrng, w, h - hy, 12, 4)
    a[hy:] = tint(ground, f, 0.5)
    cl = smooth(nrng, w, hy, 4, 3)
    cloud = np.clip((cl - 0.55) * 3, 0, 1)[..., None]
    a[:hy] = a[:hy] * (1 - cloud) + 245 * cloud
    return _img(a)


def carpet(nrng, w, h, base=(120, 110, 100)):
    return _img(tint(base, smooth(nrng, w, h, 30, 3), 0.35))


def table(nrng, w, h, kind=None):
    """A random table/desk/floor surface."""
    kinds = ["wood", "wood_light", "laminate", "fabric", "carpet"]
    kind = kind or kinds[int(nrng.integers(0, len(kinds)))]
    if kind == "wood":
        return wood(nrng, w, h, (130, 85, 50))
    if kind == "wood_light":
        return wood(nrng, w, h, (200, 165, 120), horizontal=False, amount=0.2)
    if kind == "laminate":
        return paint(nrng, w, h, (205, 205, 200), 0.12)
    if kind == "fabric":
        cols = [(60, 90, 160), (160, 60, 70), (70, 120, 90), (110, 110, 115)]
        return fabric(nrng, w, h, cols[int(nrng.integers(0, 4))])
    return carpet(nrng, w, h)
