"""Procedural backgrounds and camera / scanner effects (numpy + Pillow only)."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import Layer

PHOTO_SIZES = [(3000, 2000), (4000, 3000), (3264, 2448), (3600, 2400), (4032, 3024), (3200, 2400)]


def photo_size(rng, orient=None):
    w, h = PHOTO_SIZES[rng.randrange(len(PHOTO_SIZES))]
    if orient is None:
        orient = 'land' if rng.random() < 0.5 else 'port'
    return (w, h) if orient == 'land' else (h, w)


def smooth_field(nrng, w, h, cells=6):
    gw, gh = max(2, int(cells * w / max(w, h)) + 2), max(2, int(cells * h / max(w, h)) + 2)
    g = nrng.random((gh, gw)).astype(np.float32)
    im = Image.fromarray(g, 'F').resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32)


def _up(arr, W, H):
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, 'RGB').resize((W, H), Image.BICUBIC)


def background(ctx, W, H, kind):
    """Return an opaque Layer with a procedural texture of the given kind."""
    rng, nr = ctx.rng, ctx.np
    w, h = max(8, W // 4), max(8, H // 4)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = smooth_field(nr, w, h, 5)[..., None]
    fine = nr.random((h, w, 1)).astype(np.float32)

    def tint(base, var):
        return np.array(base, np.float32) * (1 + var * (rng.random() - 0.5))

    if kind == 'wood':
        base = tint(rng.choice([(150, 105, 65), (181, 136, 92), (120, 80, 50), (200, 165, 120), (95, 62, 40)]), 0.2)
        warp = smooth_field(nr, w, h, 4) * 40
        ang = rng.uniform(-0.3, 0.3)
        t = (yy * math.cos(ang) + xx * math.sin(ang)) + warp
        grain = (np.sin(t * rng.uniform(0.15, 0.4)) * 0.5 + 0.5)[..., None]
        arr = base * (0.8 + 0.25 * grain + 0.1 * f) + (fine - 0.5) * 12
    elif kind == 'table':
        base = tint(rng.choice([(235, 235, 230), (210, 200, 185), (60, 62, 66), (190, 200, 205), (245, 240, 228)]), 0.1)
        arr = base * (0.92 + 0.12 * f) + (fine - 0.5) * 8
    elif kind == 'fabric':
        base = tint(rng.choice([(40, 70, 140), (150, 30, 40), (30, 110, 60), (220, 220, 225), (20, 20, 24), (240, 200, 40)]), 0.15)
        pat = ((np.sin(xx * 1.8) + np.sin(yy * 1.8)) * 0.5)[..., None]
        arr = base * (0.88 + 0.06 * pat + 0.14 * f) + (fine - 0.5) * 10
    elif kind == 'carpet':
        base = tint(rng.choice([(120, 110, 100), (90, 100, 120), (160, 140, 120)]), 0.2)
        arr = base * (0.85 + 0.2 * fine + 0.1 * f)
    elif kind == 'wall':
        base = tint(rng.choice([(236, 230, 218), (214, 226, 236), (240, 220, 225), (220, 232, 214), (250, 248, 240)]), 0.06)
        arr = base * (0.94 + 0.08 * f) + (fine - 0.5) * 6
    elif kind == 'brick':
        base = np.array(rng.choice([(150, 70, 55), (170, 95, 70), (120, 60, 50), (185, 150, 120)]), np.float32)
        img = Image.new('RGB', (w, h), (190, 185, 175))
        d = ImageDraw.Draw(img)
        bh = max(4, h // rng.randrange(14, 26))
        bw = bh * 3
        for r in range(0, h // bh + 2):
            off = (bw // 2) * (r % 2)
            for c in range(-1, w // bw + 2):
                col = tuple(int(v * (0.8 + 0.35 * rng.random())) for v in base)
                x0 = c * bw + off
                d.rectangle([x0 + 1, r * bh + 1, x0 + bw - 1, r * bh + bh - 1], fill=col)
        arr = np.asarray(img, np.float32) * (0.9 + 0.15 * f) + (fine - 0.5) * 10
    elif kind == 'cork':
        base = tint((190, 145, 95), 0.15)
        arr = base * (0.8 + 0.3 * fine + 0.1 * f)
    elif kind == 'grass':
        base = tint((70, 130, 55), 0.3)
        arr = base * (0.7 + 0.4 * fine + 0.2 * f)
    elif kind == 'asphalt':
        base = tint((95, 95, 98), 0.2)
        arr = base * (0.8 + 0.35 * fine + 0.1 * f)
    elif kind == 'fridge':
        base = tint(rng.choice([(238, 240, 242), (205, 208, 212), (250, 250, 250), (40, 42, 46)]), 0.04)
        g = (xx / w)[..., None]
        arr = base * (0.9 + 0.12 * g + 0.05 * f)
    elif kind == 'whiteboard':
        base = tint((246, 247, 248), 0.02)
        arr = base * (0.95 + 0.06 * f) + (fine - 0.5) * 3
    elif kind == 'concrete':
        base = tint((175, 172, 165), 0.15)
        arr = base * (0.85 + 0.2 * f + 0.1 * fine)
    else:  # paper-ish
        arr = np.array((240, 238, 232), np.float32) * (0.96 + 0.04 * f)
    img = _up(arr, W, H).convert('RGBA')
    return Layer(img=img)


def street_scene(ctx, W, H):
    """Simple far-view street: sky, buildings, pavement, grass."""
    rng, nr = ctx.rng, ctx.np
    L = background(ctx, W, H, 'asphalt')
    d = L.d
    hz = int(H * rng.uniform(0.35, 0.5))
    top = np.array(rng.choice([(120, 170, 230), (160, 190, 220), (200, 205, 215), (110, 150, 210)]), np.float32)
    bot = np.array((225, 235, 245), np.float32)
    t = np.linspace(0, 1, hz)[:, None, None]
    sky = (top * (1 - t) + bot * t) * np.ones((1, W, 1), np.float32)
    L.img.paste(Image.fromarray(sky.astype(np.uint8), 'RGB').convert('RGBA'), (0, 0))
    # distant trees / buildings
    x = 0
    while x < W:
        bw = int(W * rng.uniform(0.08, 0.2))
        bh = int(H * rng.uniform(0.08, 0.22))
        col = rng.choice([(170, 160, 150), (200, 190, 170), (150, 150, 160), (90, 120, 80), (70, 110, 70)])
        d.rectangle([x, hz - bh, x + bw, hz + 4], fill=col + (255,))
        for wy in range(hz - bh + 20, hz - 20, 60):
            for wx in range(x + 15, x + bw - 30, 70):
                if rng.random() < 0.7:
                    d.rectangle([wx, wy, wx + 30, wy + 30], fill=(90, 100, 120, 255))
        x += bw + int(W * rng.uniform(0, 0.05))
    # grass verge and footpath
    g = int(H * rng.uniform(0.08, 0.15))
    d.rectangle([0, hz, W, hz + g], fill=(80, 135, 60, 255))
    d.rectangle([0, hz + g, W, hz + g + int(H * 0.06)], fill=(185, 182, 175, 255))
    return L, hz


def photo_fx(img, ctx, strength=1.0, blur_max=1.6, allow_low_contrast=True):
    """Lighting, colour cast, low contrast, blur and sensor noise."""
    rng, nr = ctx.rng, ctx.np
    if ctx.attempt >= 2:
        strength *= 0.5
        blur_max *= 0.5
    W, H = img.size
    a = np.asarray(img, dtype=np.float32)
    # lighting: smooth field + directional gradient + vignette, computed at low res then upscaled
    lw, lh = max(8, W // 16), max(8, H // 16)
    f = smooth_field(nr, lw, lh, 3)
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = ((xx / lw - 0.5) * math.cos(ang) + (yy / lh - 0.5) * math.sin(ang))
    r2 = ((xx / lw - 0.5) ** 2 + (yy / lh - 0.5) ** 2)
    light = 1.0 + strength * (0.18 * (f - 0.5) + rng.uniform(0.05, 0.25) * grad - rng.uniform(0.1, 0.5) * r2)
    light *= rng.uniform(0.85, 1.08)
    light = np.asarray(Image.fromarray(light.astype(np.float32), 'F').resize((W, H), Image.BILINEAR))
    cast = np.array([1 + strength * rng.uniform(-0.06, 0.06) for _ in range(3)], np.float32)
    a *= light[..., None]
    a *= cast
    if allow_low_contrast and rng.random() < 0.3 * strength:
        c = rng.uniform(0.62, 0.85)
        m = float(a[::8, ::8].mean())
        a -= m
        a *= c
        a += m
    np.clip(a, 0, 255, out=a)
    out = Image.fromarray(a.astype(np.uint8), 'RGB')
    del a
    r = rng.uniform(0.3, blur_max) * strength
    if r > 0.35:
        out = out.filter(ImageFilter.GaussianBlur(r))
    sd = rng.uniform(1.5, 6.0) * strength
    if sd > 0.5:
        n = nr.standard_normal((H, W), dtype=np.float32)
        n *= sd
        b = np.asarray(out, dtype=np.float32)
        b += n[..., None]
        np.clip(b, 0, 255, out=b)
        out = Image.fromarray(b.astype(np.uint8), 'RGB')
    return out


def scan_fx(img, ctx):
    rng, nr = ctx.rng, ctx.np
    W, H = img.size
    a = np.asarray(img, dtype=np.float32)
    tone = np.array([rng.uniform(0.94, 1.0), rng.uniform(0.94, 1.0), rng.uniform(0.9, 0.99)], np.float32)
    a = a * tone
    if rng.random() < 0.4:
        g = a.mean(axis=2, keepdims=True)
        a = np.repeat(g, 3, axis=2)
    n = nr.standard_normal((H, W, 1), dtype=np.float32) * rng.uniform(2, 6)
    a = a + n
    if rng.random() < 0.5:  # speckles
        k = int(W * H * rng.uniform(0.00002, 0.0001))
        ys = nr.integers(0, H, k)
        xs = nr.integers(0, W, k)
        a[ys, xs] = rng.uniform(20, 90)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')
    r = rng.uniform(0.0, 0.8)
    if r > 0.3:
        out = out.filter(ImageFilter.GaussianBlur(r))
    return out


def screen_fx(img, ctx):
    return img
