"""Procedural textures (numpy, seeded) rendered at low resolution then upscaled."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def smooth(nr, w, h, cells):
    """Smooth value noise in [0,1] of size (h,w)."""
    cw = max(2, int(cells)); ch = max(2, int(cells * h / max(w, 1)))
    a = nr.rand(ch, cw).astype(np.float32)
    im = Image.fromarray(a, "F").resize((w, h), Image.BICUBIC)
    return np.clip(np.asarray(im), 0, 1)


def fbm(nr, w, h, base=4, oct=4):
    out = np.zeros((h, w), np.float32); amp = 1.0; tot = 0
    for i in range(oct):
        out += amp * smooth(nr, w, h, base * 2 ** i); tot += amp; amp *= 0.5
    return out / tot


def colorize(v, c0, c1):
    v = v[..., None]
    return (np.array(c0, np.float32) * (1 - v) + np.array(c1, np.float32) * v)


def to_img(arr, W, H):
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return im.resize((W, H), Image.BICUBIC) if im.size != (W, H) else im


def wood(nr, W, H, c=(150, 100, 60)):
    w, h = W // 4, H // 4
    n = fbm(nr, w, h, 3, 4)
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    g = np.sin((y * (20 + nr.rand() * 30) + n * 6) * np.pi) * 0.5 + 0.5
    g = 0.6 * g + 0.4 * fbm(nr, w, h, 40, 2)
    c = np.array(c, np.float32)
    return to_img(colorize(g, c * 0.65, np.minimum(c * 1.25, 255)), W, H)


def fabric(nr, W, H, c=(60, 80, 140)):
    w, h = W // 2, H // 2
    yy, xx = np.mgrid[0:h, 0:w]
    p = ((np.sin(xx * 1.3) * np.sin(yy * 1.3)) * 0.5 + 0.5).astype(np.float32)
    v = 0.5 * p + 0.5 * fbm(nr, w, h, 30, 3)
    c = np.array(c, np.float32)
    return to_img(colorize(v, c * 0.75, np.minimum(c * 1.2, 255)), W, H)


def paper(nr, W, H, c=(246, 244, 236)):
    w, h = W // 4, H // 4
    v = fbm(nr, w, h, 8, 4)
    c = np.array(c, np.float32)
    return to_img(colorize(v, c - 12, np.minimum(c + 6, 255)), W, H)


def brick(nr, W, H, c=(150, 70, 50)):
    w, h = W // 3, H // 3
    im = Image.new("RGB", (w, h), (190, 185, 175))
    d = ImageDraw.Draw(im)
    bh = max(8, h // 18); bw = bh * 3
    for row in range(h // bh + 2):
        off = (row % 2) * bw // 2
        for col in range(-1, w // bw + 2):
            k = nr.rand() * 0.35 + 0.8
            cc = tuple(int(min(255, x * k)) for x in c)
            x0 = col * bw + off
            d.rectangle([x0 + 1, row * bh + 1, x0 + bw - 2, row * bh + bh - 2], fill=cc)
    a = np.asarray(im).astype(np.float32)
    a *= (0.85 + 0.3 * fbm(nr, w, h, 30, 2))[..., None]
    return to_img(a, W, H)


def grass(nr, W, H):
    w, h = W // 3, H // 3
    v = fbm(nr, w, h, 60, 2) * 0.6 + fbm(nr, w, h, 4, 2) * 0.4
    return to_img(colorize(v, (40, 80, 25), (120, 170, 60)), W, H)


def asphalt(nr, W, H):
    w, h = W // 2, H // 2
    v = 0.5 * nr.rand(h, w).astype(np.float32) + 0.5 * fbm(nr, w, h, 6, 3)
    return to_img(colorize(v, (60, 60, 62), (130, 128, 125)), W, H)


def carpet(nr, W, H, c=(120, 60, 70)):
    w, h = W // 2, H // 2
    v = 0.6 * nr.rand(h, w).astype(np.float32) + 0.4 * fbm(nr, w, h, 10, 2)
    c = np.array(c, np.float32)
    return to_img(colorize(v, c * 0.6, np.minimum(c * 1.3, 255)), W, H)


def sky(nr, W, H):
    w, h = W // 8, H // 8
    y = np.linspace(0, 1, h, dtype=np.float32)[:, None] * np.ones((1, w), np.float32)
    top = np.array([70 + nr.rand() * 40, 120 + nr.rand() * 40, 200 + nr.rand() * 40], np.float32)
    base = colorize(y, top, (200, 220, 240))
    cl = np.clip(fbm(nr, w, h, 4, 4) * 1.8 - 0.8, 0, 1)[..., None]
    return to_img(base * (1 - cl) + 250 * cl, W, H)


def wall(nr, W, H, c=(225, 215, 195)):
    w, h = W // 8, H // 8
    v = fbm(nr, w, h, 5, 3)
    c = np.array(c, np.float32)
    return to_img(colorize(v, c * 0.9, np.minimum(c * 1.05, 255)), W, H)


def cork(nr, W, H):
    w, h = W // 2, H // 2
    v = 0.7 * nr.rand(h, w).astype(np.float32) + 0.3 * fbm(nr, w, h, 20, 2)
    return to_img(colorize(v, (140, 95, 55), (215, 170, 115)), W, H)


def checker(nr, W, H, c1=(200, 40, 40), c2=(245, 240, 235)):
    w, h = W // 4, H // 4
    s = max(6, w // 14)
    yy, xx = np.mgrid[0:h, 0:w]
    a = ((xx // s) % 2).astype(np.float32) * 0.5 + ((yy // s) % 2).astype(np.float32) * 0.5
    arr = colorize(a, c2, c1) * (0.9 + 0.15 * fbm(nr, w, h, 30, 2))[..., None]
    return to_img(arr, W, H)


def metal(nr, W, H, c=(170, 172, 178)):
    w, h = W // 4, H // 4
    v = smooth(nr, w, h, 200) * 0.3 + np.linspace(0, 1, w, dtype=np.float32)[None, :] * 0.7
    c = np.array(c, np.float32)
    return to_img(colorize(v, c * 0.8, np.minimum(c * 1.15, 255)), W, H)


KINDS = ["wood", "fabric", "brick", "grass", "asphalt", "carpet", "wall", "cork", "checker", "metal", "paper"]


def make(nr, kind, W, H, color=None):
    f = globals()[kind]
    if color is not None and kind in ("wood", "fabric", "brick", "carpet", "wall", "paper", "metal"):
        return f(nr, W, H, color)
    return f(nr, W, H)
