"""Helpers for photographed scenes: sizes, backgrounds, object placement, small props."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import (F, Canvas, place_planar, quad_rect, jitter_quad, noise_texture, wood_texture,
                    brick_texture, gradient, smooth_field, hexc, mix)

PHOTO_SIZES = [(3000, 2000), (4000, 3000), (3264, 2448), (4032, 3024), (3456, 2304), (3600, 2400), (4000, 2250),
               (3840, 2160)]


def photo_size(rng, orient=None):
    w, h = rng.choice(PHOTO_SIZES)
    if orient is None:
        orient = "land" if rng.chance(0.5) else "port"
    return (w, h) if orient == "land" else (h, w)


def fit_font(name, text, maxw, size, minsize=6):
    from common import F as _F
    while size > minsize and _F(name, size).getlength(text) > maxw:
        size *= 0.95
    return _F(name, size)


def fit_quad(q, W, H, margin=0.03):
    xs = [p[0] for p in q]
    ys = [p[1] for p in q]
    mx, my = W * margin, H * margin
    cx, cy = sum(xs) / 4, sum(ys) / 4
    bw, bh = max(xs) - min(xs), max(ys) - min(ys)
    f = min(1.0, (W - 2 * mx) / bw, (H - 2 * my) / bh)
    q = [(cx + (x - cx) * f, cy + (y - cy) * f) for x, y in q]
    xs = [p[0] for p in q]
    ys = [p[1] for p in q]
    dx = max(0, mx - min(xs)) - max(0, max(xs) - (W - mx))
    dy = max(0, my - min(ys)) - max(0, max(ys) - (H - my))
    return [(x + dx, y + dy) for x, y in q]


def put(scene, tex, cx, cy, width, angle=0.0, persp=(0.0, 0.0), rng=None, jitter=0.0, shadow=True,
        shadow_op=0.4):
    h = width * tex.h / tex.w
    q = quad_rect(cx, cy, width, h, angle, persp)
    if jitter and rng is not None:
        q = jitter_quad(q, rng, jitter * width)
    q = fit_quad(q, scene.w, scene.h)
    sh = None
    if shadow:
        sh = dict(offset=(width * 0.012, width * 0.018), blur=width * 0.012 + 4, opacity=shadow_op)
    place_planar(scene, tex, q, shadow=sh)
    return q


def tex_width(rng, scene_width_px):
    """Texture pixel width for an object that will be scene_width_px wide in the photo."""
    return int(scene_width_px * rng.uniform(1.0, 1.25))


# ------------------------------------------------------------ backgrounds

TABLE_COLS = [(150, 105, 62), (190, 150, 105), (120, 80, 50), (200, 170, 130), (95, 65, 45)]
WALL_COLS = [(232, 226, 214), (210, 222, 230), (236, 230, 200), (200, 215, 200), (240, 240, 236),
             (225, 205, 200), (180, 190, 205)]


def bg_table(rng, W, H):
    if rng.chance(0.7):
        return wood_texture(rng, W, H, rng.choice(TABLE_COLS), vertical=rng.chance(0.5))
    return noise_texture(rng, W, H, rng.choice([(235, 235, 232), (60, 62, 66), (200, 200, 196), (170, 190, 200)]),
                         amp=5, lowamp=14)


def bg_wall(rng, W, H):
    return noise_texture(rng, W, H, rng.choice(WALL_COLS), amp=4, lowamp=10, cells=3)


def bg_fabric(rng, W, H, col=None):
    col = col or rng.choice([(40, 60, 120), (150, 30, 40), (30, 30, 35), (60, 110, 70), (200, 120, 40),
                             (120, 60, 140)])
    im = noise_texture(rng, W, H, col, amp=14, scale=2, lowamp=16)
    return im


def bg_carpet(rng, W, H):
    return noise_texture(rng, W, H, rng.choice([(120, 100, 90), (90, 95, 110), (150, 140, 120), (70, 60, 55)]),
                         amp=22, scale=2, lowamp=12)


def bg_outdoor(rng, W, H, horizon=None):
    horizon = horizon or rng.uniform(0.35, 0.55)
    hy = int(H * horizon)
    sky = gradient(W, hy, rng.choice([(120, 170, 230), (170, 200, 235), (200, 210, 220)]),
                   rng.choice([(210, 230, 245), (230, 235, 240)]))
    ground = noise_texture(rng, W, H - hy, rng.choice([(90, 140, 70), (110, 150, 80), (80, 120, 60)]),
                           amp=16, scale=3, lowamp=18)
    im = Image.new("RGB", (W, H))
    im.paste(sky, (0, 0))
    im.paste(ground, (0, hy))
    d = ImageDraw.Draw(im)
    # trees / hedges along the horizon
    for _ in range(rng.randint(6, 14)):
        r = rng.uniform(0.04, 0.12) * W
        x = rng.uniform(0, W)
        y = hy - r * rng.uniform(0.2, 0.8)
        col = (rng.randint(30, 70), rng.randint(80, 120), rng.randint(30, 60))
        d.ellipse([x - r, y - r, x + r, y + r], fill=col)
        d.rectangle([x - r * 0.08, y, x + r * 0.08, hy + r * 0.1], fill=(90, 70, 50))
    # path / road
    if rng.chance(0.6):
        d.polygon([(W * 0.3, H), (W * 0.48, hy), (W * 0.55, hy), (W * 0.9, H)], fill=(150, 148, 140))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def bg_street(rng, W, H):
    """House front: brick or weatherboard wall with a strip of garden."""
    if rng.chance(0.5):
        im = brick_texture(rng, W, H, base=rng.choice([(150, 70, 50), (170, 100, 70), (120, 60, 45)]))
    else:
        im = noise_texture(rng, W, H, rng.choice([(235, 235, 228), (200, 215, 225), (225, 215, 190)]), amp=4)
        d = ImageDraw.Draw(im)
        step = int(H / rng.uniform(14, 22))
        for y in range(0, H, step):
            d.line([(0, y), (W, y)], fill=(150, 150, 145), width=max(2, step // 14))
    d = ImageDraw.Draw(im)
    gy = int(H * rng.uniform(0.82, 0.92))
    d.rectangle([0, gy, W, H], fill=(70, 110, 55))
    for _ in range(60):
        x = rng.uniform(0, W)
        r = rng.uniform(0.01, 0.04) * W
        d.ellipse([x - r, gy - r * 0.6, x + r, gy + r * 0.8], fill=(rng.randint(40, 70), rng.randint(90, 130), 45))
    return im


def bg_cork(rng, W, H):
    im = noise_texture(rng, W, H, (176, 130, 85), amp=26, scale=2, lowamp=10)
    return im


def bg_fridge(rng, W, H):
    if rng.chance(0.5):
        im = gradient(W, H, (240, 240, 238), (215, 218, 220), vertical=False)
    else:
        im = gradient(W, H, (200, 203, 206), (160, 165, 170), vertical=False)
        a = np.asarray(im).astype(np.float32)
        streak = smooth_field(rng, W // 8, 8, 30, -6, 6)
        streak = np.asarray(Image.fromarray(streak, "F").resize((W, H), Image.BILINEAR))
        im = Image.fromarray(np.clip(a + streak[..., None], 0, 255).astype(np.uint8))
    return im


# ------------------------------------------------------------ props


def pushpin(cv, x, y, r, col):
    d = cv.d
    d.ellipse([x - r + r * 0.3, y - r + r * 0.4, x + r + r * 0.3, y + r + r * 0.4], fill=cv._col((60, 40, 30)))
    d.ellipse([x - r, y - r, x + r, y + r], fill=cv._col(col))
    d.ellipse([x - r * 0.45, y - r * 0.55, x - r * 0.05, y - r * 0.15], fill=cv._col(mix(col, (255, 255, 255), 0.6)))


def magnet(cv, x, y, r, col):
    pushpin(cv, x, y, r, col)


def barcode(cv, x, y, w, h, rng, col=(0, 0, 0)):
    d = cv.d
    xx = x
    while xx < x + w:
        bw = rng.choice([1, 1, 2, 3]) * max(1, w / 160)
        if rng.chance(0.55):
            d.rectangle([xx, y, xx + bw - 1, y + h], fill=cv._col(col))
        xx += bw


def paper_texture(rng, w, h, base=(250, 249, 245), amp=3):
    im = noise_texture(rng, w, h, base, amp=amp, lowamp=4, scale=2)
    return im


def star(d, cx, cy, r, col):
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
    d.polygon(pts, fill=col)


def balloon(d, cx, cy, r, col):
    d.ellipse([cx - r * 0.85, cy - r, cx + r * 0.85, cy + r], fill=col)
    d.polygon([(cx, cy + r), (cx - r * 0.1, cy + r * 1.12), (cx + r * 0.1, cy + r * 1.12)], fill=col)
    d.line([(cx, cy + r * 1.12), (cx + r * 0.2, cy + r * 2.5)], fill=(90, 90, 90), width=max(2, int(r * 0.02)))
    d.ellipse([cx - r * 0.5, cy - r * 0.7, cx - r * 0.2, cy - r * 0.3], fill=mix(col, (255, 255, 255), 0.5))
