"""Procedural backgrounds: paper, wood, fabric, brick, plaster, sky, gradients."""
import numpy as np
from PIL import Image, ImageFilter


def _lowfreq(nrng, w, h, cells, amp):
    cw, chh = max(2, cells), max(2, int(cells * h / max(1, w)) + 1)
    small = nrng.normal(0, 1, (chh, cw)).astype(np.float32)
    im = Image.fromarray(np.clip(small * 40 + 128, 0, 255).astype(np.uint8), 'L').resize((w, h), Image.BICUBIC)
    return (np.asarray(im, dtype=np.int16) - 128) * amp // 40


def solid(w, h, color):
    return Image.new('RGB', (w, h), tuple(color))


def gradient(w, h, c1, c2, vertical=True):
    if vertical:
        t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
        t = np.broadcast_to(t, (h, 1, 1))
        col = (np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t).astype(np.uint8)
        return Image.fromarray(col, 'RGB').resize((w, h), Image.NEAREST)
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    col = (np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t).astype(np.uint8)
    return Image.fromarray(col, 'RGB').resize((w, h), Image.NEAREST)


def _finish(base, add):
    a = base.astype(np.int16) + add
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')


def paper(w, h, nrng, color=(246, 244, 238), grain=4, blotch=6):
    base = np.empty((h, w, 3), np.int16)
    base[:] = color
    add = _lowfreq(nrng, w, h, 12, blotch)[:, :, None] + (nrng.standard_normal((h, w), dtype=np.float32) * (grain)).astype(np.int16)[:, :, None]
    return _finish(base, add)


def wood(w, h, nrng, color=None):
    color = color or tuple(int(c) for c in nrng.choice([[150, 105, 65], [186, 140, 96], [110, 72, 45], [205, 170, 125], [90, 60, 40]]))
    sw, sh = max(8, w // 6), max(8, h // 6)
    y = np.arange(sh, dtype=np.float32)[:, None]
    x = np.arange(sw, dtype=np.float32)[None, :]
    warp = np.asarray(Image.fromarray(np.clip(nrng.normal(128, 40, (8, 8)), 0, 255).astype(np.uint8)).resize((sw, sh), Image.BICUBIC), np.float32)
    f = np.sin((y * 0.35 + warp * 0.05 + x * 0.01) * 0.9) * 0.5 + 0.5
    f = f + np.sin(y * 2.3 + warp * 0.02) * 0.15
    im = Image.fromarray(np.clip(f * 120, 0, 255).astype(np.uint8), 'L').resize((w, h), Image.BICUBIC)
    fa = np.asarray(im, np.int16) - 60
    base = np.empty((h, w, 3), np.int16)
    base[:] = color
    add = (fa // 3)[:, :, None] + (nrng.standard_normal((h, w), dtype=np.float32) * (3)).astype(np.int16)[:, :, None]
    return _finish(base, add)


def fabric(w, h, nrng, color):
    yy = (np.arange(h) % 4 < 2)[:, None]
    xx = (np.arange(w) % 4 < 2)[None, :]
    pat = np.where(yy ^ xx, 8, -8).astype(np.int16)
    base = np.empty((h, w, 3), np.int16)
    base[:] = color
    add = pat[:, :, None] + _lowfreq(nrng, w, h, 10, 10)[:, :, None] + (nrng.standard_normal((h, w), dtype=np.float32) * (3)).astype(np.int16)[:, :, None]
    return _finish(base, add)


def brick(w, h, nrng, color=(150, 72, 52), mortar=(200, 195, 185), bh=None):
    bh = bh or max(20, h // 30)
    bw = bh * 3
    img = Image.new('RGB', (w, h), mortar)
    a = np.asarray(img, np.int16).copy()
    rows = h // bh + 1
    for r in range(rows):
        off = (bw // 2) * (r % 2)
        for cx in range(-off, w, bw):
            c = np.array(color, np.int16) + nrng.integers(-25, 25, 3).astype(np.int16)
            y0, y1 = r * bh + 2, min(h, (r + 1) * bh - 2)
            x0, x1 = max(0, cx + 2), min(w, cx + bw - 2)
            if y1 > y0 and x1 > x0:
                a[y0:y1, x0:x1] = c
    add = (nrng.standard_normal((h, w), dtype=np.float32) * (6)).astype(np.int16)[:, :, None]
    return _finish(a, add)


def plaster(w, h, nrng, color=(225, 220, 208)):
    base = np.empty((h, w, 3), np.int16)
    base[:] = color
    add = _lowfreq(nrng, w, h, 40, 8)[:, :, None] + (nrng.standard_normal((h, w), dtype=np.float32) * (4)).astype(np.int16)[:, :, None]
    return _finish(base, add)


def sky(w, h, nrng):
    top = (95 + int(nrng.integers(0, 40)), 150 + int(nrng.integers(0, 30)), 215 + int(nrng.integers(0, 30)))
    return gradient(w, h, top, (210, 225, 240))


def speckle(w, h, nrng, color, amt=10):
    base = np.empty((h, w, 3), np.int16)
    base[:] = color
    add = (nrng.standard_normal((h, w), dtype=np.float32) * (amt)).astype(np.int16)[:, :, None] + _lowfreq(nrng, w, h, 20, amt)[:, :, None]
    return _finish(base, add)


def table(w, h, nrng):
    k = int(nrng.integers(0, 4))
    if k == 0:
        return wood(w, h, nrng)
    if k == 1:
        return speckle(w, h, nrng, tuple(int(c) for c in nrng.choice([[200, 200, 195], [60, 62, 66], [225, 215, 200]])), 8)
    if k == 2:
        return fabric(w, h, nrng, tuple(int(c) for c in nrng.choice([[70, 90, 130], [150, 60, 60], [90, 120, 90], [180, 170, 150]])))
    return wood(w, h, nrng, (200, 160, 115))
