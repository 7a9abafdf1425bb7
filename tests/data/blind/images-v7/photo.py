"""Photo-like backgrounds, placement of cards in a 'photo', and camera effects."""
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageEnhance
import textures
from common import Canvas, mat_quad, pick, box_pts


def nrs(rng):
    return np.random.RandomState(rng.randint(0, 2 ** 31 - 1))


def background(rng, W, H, kinds=None, color=None):
    kind = pick(rng, kinds or textures.KINDS)
    img = textures.make(nrs(rng), kind, W, H, color)
    c = Canvas(W, H, img=img)
    return c, kind


def bokeh(rng, c, n=12):
    lay = Image.new("RGBA", c.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    for _ in range(n):
        r = rng.randint(c.w // 40, c.w // 10)
        x, y = rng.randint(0, c.w), rng.randint(0, c.h)
        col = (rng.randint(150, 255), rng.randint(150, 255), rng.randint(120, 255), rng.randint(30, 80))
        d.ellipse([x - r, y - r, x + r, y + r], fill=col)
    lay = lay.filter(ImageFilter.GaussianBlur(c.w / 300))
    c.set_img(Image.alpha_composite(c.img.convert("RGBA"), lay).convert("RGB"))


def shadow(c, quad, blur, off, alpha=110):
    lay = Image.new("L", c.img.size, 0)
    d = ImageDraw.Draw(lay)
    d.polygon([(x + off, y + off) for x, y in quad], fill=alpha)
    lay = lay.filter(ImageFilter.GaussianBlur(blur))
    dark = Image.new("RGB", c.img.size, (0, 0, 0))
    c.img.paste(dark, (0, 0), lay)


def place_card(rng, bg, card, frac=0.6, angle=None, persp=0.08, cx=None, cy=None, shadow_on=True):
    """Put card on bg occupying about frac of the smaller side, with rotation and perspective."""
    W, H = bg.w, bg.h
    s = frac * min(W / card.w, H / card.h)
    cw, ch = card.w * s, card.h * s
    if angle is None:
        angle = rng.uniform(-12, 12)
    cx = W / 2 + rng.uniform(-0.1, 0.1) * W if cx is None else cx
    cy = H / 2 + rng.uniform(-0.1, 0.1) * H if cy is None else cy
    a = math.radians(angle)
    pts = []
    for dx, dy in [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]:
        jx = rng.uniform(-persp, persp) * cw; jy = rng.uniform(-persp, persp) * ch
        x = dx + jx * 0.5; y = dy + jy * 0.5
        pts.append((cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)))
    if shadow_on and card.img.mode != "RGBA":
        shadow(bg, pts, max(2, min(W, H) / 150), max(2, min(W, H) / 200))
    H_ = mat_quad(card.w, card.h, pts)
    bg.paste(card, H_)
    return pts


def lighting(rng, c, strength=0.35):
    W, H = c.img.size
    w, h = max(8, W // 16), max(8, H // 16)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = rng.uniform(0, w), rng.uniform(0, h)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(w, h)
    g = 1.0 - strength * np.clip(d, 0, 1.2)
    m = Image.fromarray((g * 255).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
    tint = tuple(int(x) for x in (rng.uniform(240, 255), rng.uniform(230, 250), rng.uniform(205, 240)))
    base = Image.new("RGB", (W, H), (0, 0, 0))
    img = Image.composite(c.img, base, m)
    img = Image.blend(img, Image.new("RGB", (W, H), tint), 0.06)
    c.set_img(img)


def noise(rng, c, sigma):
    if sigma <= 0:
        return
    nr = np.random.RandomState(rng.randint(0, 2 ** 31 - 1))
    a = np.asarray(c.img).astype(np.int16)
    n = (nr.standard_normal(a.shape[:2]) * sigma).astype(np.int16)
    a = a + n[..., None]
    c.set_img(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB"))


def blur(c, r):
    if r > 0:
        c.set_img(c.img.filter(ImageFilter.GaussianBlur(r)))


def contrast(c, f, b=1.0):
    img = ImageEnhance.Contrast(c.img).enhance(f)
    c.set_img(ImageEnhance.Brightness(img).enhance(b))


def camera(rng, c, blur_max=1.6, noise_max=7):
    lighting(rng, c, rng.uniform(0.1, 0.45))
    blur(c, rng.choice([0, 0, 0.6, 1.0, blur_max]) * max(1, c.w / 3000))
    noise(rng, c, rng.uniform(1.5, noise_max))


def scan(rng, c):
    contrast(c, rng.uniform(0.85, 1.1), rng.uniform(0.97, 1.04))
    noise(rng, c, rng.uniform(0.5, 3))


def stage(rng, card, kinds=None, frac=(0.45, 0.8), portrait=None, color=None, angle=None, persp=0.08, big_p=0.75):
    """Photo of a card lying on / fixed to a textured background."""
    from common import pick_size
    W, H = pick_size(rng, "photo", portrait, big_p)
    bg, _ = background(rng, W, H, kinds, color)
    if rng.random() < 0.3:
        bokeh(rng, bg, rng.randint(4, 14))
    place_card(rng, bg, card, rng.uniform(*frac), angle, persp)
    return bg
