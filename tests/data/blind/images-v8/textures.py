"""Photo-like textured backgrounds, generated cheaply at low resolution and upscaled."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import np_rng


def _field(g, w, h, cell):
    sw, sh = max(2, w // cell), max(2, h // cell)
    a = g.random((sh, sw)).astype(np.float32)
    im = Image.fromarray((a * 255).astype(np.uint8), "L").resize((w, h), Image.Resampling.BICUBIC)
    return np.asarray(im).astype(np.float32) / 255.0


def _grain(g, w, h, amp):
    return g.integers(-amp, amp + 1, size=(h, w, 1), dtype=np.int16) if amp else 0


def _to_img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def mottled(rng, w, h, base, var=18, cell=64, grain=5):
    if w * h > 3e6:
        return mottled(rng, (w + 1) // 2, (h + 1) // 2, base, var, max(4, cell // 2), grain).resize(
            (w, h), Image.Resampling.BILINEAR)
    g = np_rng(rng)
    f1 = _field(g, w, h, cell) - 0.5
    f2 = _field(g, w, h, max(8, cell // 6)) - 0.5
    v = (f1 * (var * 2) + f2 * (var * 0.6)).astype(np.int16)
    if grain:
        v += g.integers(-grain, grain + 1, size=(h, w), dtype=np.int16)
    a = np.array(base, np.int16)[None, None, :] + v[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def gradient(rng, w, h, c1, c2, vertical=True, grain=3):
    if w * h > 3e6:
        return gradient(rng, (w + 1) // 2, (h + 1) // 2, c1, c2, vertical, grain).resize((w, h), Image.Resampling.BILINEAR)
    g = np_rng(rng)
    t = np.linspace(0, 1, h if vertical else w, dtype=np.float32)
    t = t[:, None] if vertical else t[None, :]
    c1, c2 = np.array(c1, np.float32), np.array(c2, np.float32)
    a = c1[None, None, :] * (1 - t[..., None]) + c2[None, None, :] * t[..., None]
    a = np.broadcast_to(a, (h, w, 3)) + _grain(g, w, h, grain)
    return _to_img(a)


def wood(rng, w, h, base=(150, 104, 64), grain=4):
    if w * h > 3e6:
        return wood(rng, (w + 1) // 2, (h + 1) // 2, base, grain).resize((w, h), Image.Resampling.BILINEAR)
    g = np_rng(rng)
    warp = _field(g, w, h, 160) * 30
    y = np.arange(h, dtype=np.float32)[:, None]
    freq = rng.uniform(0.03, 0.07)
    rings = np.sin((y + warp) * freq + _field(g, w, h, 400) * 6) * 0.5 + 0.5
    v = (rings * 0.22 + _field(g, w, h, 24) * 0.08 - 0.15)
    a = np.array(base, np.float32)[None, None, :] * (1 + v[..., None])
    return _to_img(a + _grain(g, w, h, grain))


def fabric(rng, w, h, base=(60, 90, 160), grain=6):
    if w * h > 3e6:
        return fabric(rng, (w + 1) // 2, (h + 1) // 2, base, grain).resize((w, h), Image.Resampling.BILINEAR)
    g = np_rng(rng)
    p = rng.uniform(3, 7)
    xs = np.sin(np.arange(w, dtype=np.float32) * (6.283 / p))[None, :]
    ys = np.sin(np.arange(h, dtype=np.float32) * (6.283 / p))[:, None]
    weave = (xs * ys) * 10 + _field(g, w, h, 90) * 16 - 8
    a = np.array(base, np.float32)[None, None, :] + weave[..., None]
    return _to_img(a + _grain(g, w, h, grain))


def brick(rng, w, h, base=(150, 70, 50), mortar=(190, 185, 175)):
    img = mottled(rng, w, h, mortar, var=10, cell=40)
    d = ImageDraw.Draw(img)
    bw, bh = rng.randint(w // 14, w // 9), rng.randint(h // 30, h // 20)
    gap = max(3, bh // 8)
    for r, y in enumerate(range(0, h, bh)):
        off = (bw // 2) * (r % 2)
        for x in range(-off, w, bw):
            f = rng.uniform(0.8, 1.15)
            c = tuple(int(v * f) for v in base)
            d.rectangle([x + gap, y + gap, x + bw - gap, y + bh - gap], fill=c)
    return img


def paper(rng, w, h, base=(246, 244, 238), grain=3, lines=None):
    img = mottled(rng, w, h, base, var=4, cell=120, grain=grain)
    if lines:
        d = ImageDraw.Draw(img)
        step, col = lines
        for y in range(int(step * 3), h, int(step)):
            d.line([(0, y), (w, y)], fill=col, width=max(1, w // 900))
    return img


def grass(rng, w, h):
    return mottled(rng, w, h, (70, 120, 50), var=26, cell=16, grain=14)


def concrete(rng, w, h):
    return mottled(rng, w, h, (150, 148, 142), var=14, cell=30, grain=16)


def sky_and_ground(rng, w, h, horizon=0.5):
    top = gradient(rng, w, int(h * horizon), (120, 165, 215), (200, 220, 235))
    bot = rng.choice([grass, concrete])(rng, w, h - int(h * horizon))
    img = Image.new("RGB", (w, h))
    img.paste(top, (0, 0))
    img.paste(bot, (0, int(h * horizon)))
    return img


def table(rng, w, h):
    kind = rng.randrange(4)
    if kind == 0:
        return wood(rng, w, h, (rng.randint(120, 180), rng.randint(80, 120), rng.randint(40, 80)))
    if kind == 1:
        return mottled(rng, w, h, (rng.randint(200, 235),) * 3, var=8, cell=50)
    if kind == 2:
        return fabric(rng, w, h, (rng.randint(40, 200), rng.randint(40, 200), rng.randint(40, 200)))
    return concrete(rng, w, h)


def vignette(img, strength=0.35):
    w, h = img.size
    sw, sh = 64, 48
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    r = np.sqrt(((x - sw / 2) / (sw / 2)) ** 2 + ((y - sh / 2) / (sh / 2)) ** 2)
    m = np.clip(1 - strength * (r ** 2) / 2, 0, 1)
    mi = Image.fromarray((m * 255).astype(np.uint8), "L").resize((w, h), Image.Resampling.BILINEAR)
    black = Image.new("RGB", (w, h), (0, 0, 0))
    return Image.composite(img, black, mi)


def shadow_rect(img, box, radius=0, blur=20, off=(12, 16), alpha=110):
    w, h = img.size
    sc = 8
    m = Image.new("L", (w // sc + 1, h // sc + 1), 0)
    d = ImageDraw.Draw(m)
    x0, y0, x1, y1 = box
    d.rounded_rectangle([(x0 + off[0]) / sc, (y0 + off[1]) / sc, (x1 + off[0]) / sc, (y1 + off[1]) / sc],
                        radius=radius / sc, fill=alpha)
    m = m.filter(ImageFilter.GaussianBlur(blur / sc)).resize((w, h), Image.Resampling.BILINEAR)
    img.paste((0, 0, 0), (0, 0), m)


def photo_with(rng, layer, W, H, bgfn=None, frac=0.8, max_angle=12, shadow=True, shear=0.0):
    """Place an RGBA layer Scene onto a photo background of W x H, rotated, fitting inside."""
    import math
    from common import Scene, mat
    bg = (bgfn or table)(rng, W, H)
    ph = Scene(W, H, img=bg)
    ang = rng.uniform(-max_angle, max_angle)
    a = math.radians(abs(ang))
    rw = layer.w * math.cos(a) + layer.h * math.sin(a) + abs(shear) * layer.h
    rh = layer.w * math.sin(a) + layer.h * math.cos(a)
    sc = min(W * frac / rw, H * frac / rh)
    mx, my = (W - rw * sc) / 2 * 0.5, (H - rh * sc) / 2 * 0.5
    cx, cy = W / 2 + rng.uniform(-mx, mx), H / 2 + rng.uniform(-my, my)
    if shadow:
        shadow_rect(ph.img, [cx - rw * sc / 2, cy - rh * sc / 2, cx + rw * sc / 2, cy + rh * sc / 2],
                    radius=20, blur=50, off=(25, 35), alpha=90)
    ph.place(layer, mat(tx=cx, ty=cy, angle=ang, sx=sc, shx=shear, cx=layer.w / 2, cy=layer.h / 2))
    return ph
