"""Shared scene plumbing: per-image context, screens, photos, documents."""
import math
import random

import numpy as np
from PIL import ImageDraw

from core import (ALL, F, HAND, MONO, SANS, SERIF, Affine, Persp, Sheet, clutter, finish_photo, finish_scan,
                  rand_quad, rgba, texture, warp_sheet, outdoor_bg)
from data import Gen

BASE_SEED = 20240915

PHONE_RES = [(540, 960), (640, 1136), (720, 1280), (720, 1600), (750, 1334), (828, 1792), (1080, 1920),
             (1080, 2340), (1080, 2400), (1125, 2436), (1170, 2532)]
PHOTO_RES = [(3000, 2000), (3000, 2000), (3000, 2000), (3264, 2448), (3264, 2448), (3456, 2304), (3456, 2304),
             (4032, 3024), (4032, 3024), (4000, 3000), (3840, 2160), (4608, 3456), (3024, 3024)]


class Ctx:
    def __init__(self, index, spec, attempt=0):
        self.index = index
        self.spec = spec
        self.attempt = attempt
        self.rng = random.Random(BASE_SEED * 1000 + index * 37 + attempt)
        self.nr = np.random.default_rng([BASE_SEED, index, attempt])
        self.region = spec["region"]
        self.g = Gen(self.rng, self.region)
        self.safe = min(2, attempt)
        self.qr = spec.get("qr")
        self.kind = None  # "screen" | "photo" | "scan"


class Result:
    def __init__(self, img, sheet, kind):
        self.img = img  # RGB PIL image
        self.leaks = sheet.leaks
        self.qrs = sheet.qrs
        self.kind = kind


# ----------------------------------------------------------------- screens
def new_screen(ctx, landscape=False, bg=(255, 255, 255), res=None):
    rng = ctx.rng
    w, h = res or rng.choice(PHONE_RES)
    if landscape:
        w, h = h, w
    sh = Sheet(w, h, bg)
    s = min(w, h) / 360.0
    return sh, s


def status_bar(sh, s, fg, bg=None, ios=None, rng=None, time_str=None):
    rng = rng or random.Random(0)
    ios = rng.random() < 0.5 if ios is None else ios
    hgt = int((44 if ios and sh.h > sh.w * 2 else 24) * s)
    if bg is not None:
        sh.d.rectangle((0, 0, sh.w, hgt), fill=rgba(bg))
    t = time_str or "%d:%02d" % (rng.randint(1, 12), rng.randrange(60))
    f = F("lib_sans" if ios else "dejavu", 13 * s, 1 if ios else 0)
    y = int(hgt / 2 - 7 * s)
    if ios:
        sh.text(int(28 * s), y, t, f, fg)
    else:
        sh.text(int(12 * s), y, t, f, fg)
    # battery, wifi and signal glyphs
    x = sh.w - int(14 * s)
    bw, bh = int(22 * s), int(11 * s)
    sh.d.rounded_rectangle((x - bw, y + 2 * s, x, y + 2 * s + bh), radius=int(3 * s), outline=rgba(fg), width=max(1, int(s)))
    lvl = rng.uniform(0.2, 0.95)
    sh.d.rectangle((x - bw + 2 * s, y + 4 * s, x - bw + 2 * s + (bw - 4 * s) * lvl, y + bh), fill=rgba(fg))
    x -= bw + int(8 * s)
    for i in range(4):
        hh = (i + 1) * 2.5 * s
        sh.d.rectangle((x - (4 - i) * 4 * s, y + 2 * s + bh - hh, x - (4 - i) * 4 * s + 2.5 * s, y + 2 * s + bh), fill=rgba(fg))
    return hgt


def avatar(sh, cx, cy, r, initials, color, fg=(255, 255, 255), fam="dejavu"):
    """Circle with initials - never a face."""
    sh.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rgba(color))
    if initials:
        f = F(fam, r * 0.8, 1)
        sh.d.text((cx, cy), initials, font=f, fill=rgba(fg), anchor="mm")


def initials(name):
    parts = [p for p in name.replace(".", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


def photo_placeholder(sh, x0, y0, x1, y1, col=(200, 200, 205), label=None, fam="dejavu"):
    """Plain placeholder for a photo slot (mountain + sun icon), never a face."""
    sh.d.rectangle((x0, y0, x1, y1), fill=rgba(col))
    w, h = x1 - x0, y1 - y0
    dark = tuple(max(0, c - 45) for c in col)
    sh.d.polygon([(x0 + w * 0.15, y0 + h * 0.8), (x0 + w * 0.42, y0 + h * 0.42), (x0 + w * 0.62, y0 + h * 0.8)], fill=rgba(dark))
    sh.d.polygon([(x0 + w * 0.45, y0 + h * 0.8), (x0 + w * 0.66, y0 + h * 0.55), (x0 + w * 0.87, y0 + h * 0.8)], fill=rgba(dark))
    r = min(w, h) * 0.08
    sh.d.ellipse((x0 + w * 0.72 - r, y0 + h * 0.28 - r, x0 + w * 0.72 + r, y0 + h * 0.28 + r), fill=rgba(dark))
    if label:
        f = F(fam, max(8, h * 0.08))
        sh.d.text(((x0 + x1) / 2, y0 + h * 0.9), label, font=f, fill=rgba(dark), anchor="mm")


AV_COLORS = [(229, 115, 115), (186, 104, 200), (121, 134, 203), (79, 195, 247), (77, 182, 172), (174, 213, 129),
             (255, 183, 77), (161, 136, 127), (144, 164, 174), (240, 98, 146), (255, 138, 101), (100, 181, 246)]


def screen_result(ctx, sh):
    ctx.kind = "screen"
    return Result(sh.img.convert("RGB"), sh, "screen")


# ----------------------------------------------------------------- photos
def photo_size(ctx, orient=None):
    w, h = ctx.rng.choice(PHOTO_RES)
    if orient is None:
        orient = "p" if ctx.rng.random() < 0.4 else "l"
    if orient == "p":
        w, h = min(w, h), max(w, h)
    else:
        w, h = max(w, h), min(w, h)
    return w, h


def photo_canvas(ctx, W, H, bg="table"):
    rng, nr = random.Random(ctx.rng.getrandbits(64)), ctx.nr
    sh = Sheet(W, H)
    if bg == "outdoor":
        sh.img = outdoor_bg(nr, rng, W, H, horizon=rng.uniform(0.4, 0.6), wall=rng.choice(["brick", "plain", None]))
    elif bg == "table":
        kind = rng.choice(["wood", "wood", "plain", "fabric"])
        base = None if kind != "plain" else rng.choice([(235, 232, 225), (210, 210, 215), (180, 200, 210), (245, 245, 240)])
        sh.img = texture(nr, rng, kind, W, H, base)
    elif bg == "wall":
        kind = rng.choice(["plain", "plain", "brick"])
        base = rng.choice([(236, 232, 220), (220, 226, 232), (240, 236, 230), (214, 230, 220), (245, 225, 215)])
        sh.img = texture(nr, rng, kind, W, H, base if kind == "plain" else None)
    else:
        sh.img = texture(nr, rng, bg, W, H)
    sh.d = ImageDraw.Draw(sh.img)
    return sh


def place(ctx, photo, obj, width_frac, rot=None, persp=None, curve=None, shadow=True, center=None, margin=0.05):
    """Put an object sheet into the photo with rotation + perspective (+ optional curve first)."""
    rng = ctx.rng
    k = [1.0, 0.5, 0.2][ctx.safe]
    if rot is None:
        rot = rng.uniform(-12, 12)
    if persp is None:
        persp = rng.uniform(0.05, 0.3)
    rot *= k
    persp *= k
    cur = obj
    if curve is not None:
        cur, _ = warp_sheet(obj, curve)
    quad = rand_quad(rng, cur.w, cur.h, photo.w, photo.h, width_frac, rot, persp, margin, center)
    T = Persp.quad(cur.w, cur.h, quad)
    sd = None
    if shadow:
        L = min(photo.w, photo.h)
        sd = (int(L * 0.006), int(L * 0.01), L * 0.012, rng.uniform(0.25, 0.5))
    photo.paste(cur, T, shadow=sd)
    return quad


def min_leak_height(sheet):
    hs = []
    for L in sheet.leaks:
        P = L["pts"]
        hs.append(min(P[:, 1].max() - P[:, 1].min(), P[:, 0].max() - P[:, 0].min()))
    return min(hs) if hs else 100.0


def photo_result(ctx, photo, low_contrast=None):
    ctx.kind = "photo"
    mh = min_leak_height(photo)
    qmod = 100.0
    for q in photo.qrs:
        P = q["pts"]
        qmod = min(qmod, (P[:, 0].max() - P[:, 0].min()) / 40.0)
    max_blur = float(max(0.3, min(mh / 16.0, qmod / 3.0, 2.5)))
    img = finish_photo(photo.img, ctx.nr, random.Random(ctx.rng.getrandbits(64)), max_blur=max_blur, safe=ctx.safe,
                       low_contrast=low_contrast)
    return Result(img, photo, "photo")


# ----------------------------------------------------------------- documents
def page_sheet(ctx, landscape=False):
    rng = ctx.rng
    dpi = rng.choice([150, 150, 200, 200, 175, 180])
    letter = ctx.region in ("US", "CA")
    wi, hi = (8.5, 11.0) if letter else (8.27, 11.69)
    w, h = int(round(wi * dpi)), int(round(hi * dpi))
    if landscape:
        w, h = h, w
    paper = rng.choice([(255, 255, 255), (252, 252, 248), (250, 249, 244), (255, 254, 250)])
    sh = Sheet(w, h, paper)
    sh.dpi = dpi
    return sh, dpi


def doc_output(ctx, page, photographed=None):
    rng = ctx.rng
    if photographed is None:
        photographed = ctx.spec.get("doc_mode") == "photo"
    if not photographed:
        ctx.kind = "scan"
        ang = rng.uniform(-1.5, 1.5) * [1, 0.5, 0.1][ctx.safe]
        out = Sheet(page.w, page.h, (rng.randint(235, 250),) * 3)
        T = Affine.make(ang, 1.0, page.w / 2, page.h / 2, page.w / 2 + rng.uniform(-8, 8), page.h / 2 + rng.uniform(-8, 8))
        out.paste(page, T)
        img = finish_scan(out.img, ctx.nr, random.Random(rng.getrandbits(64)), safe=ctx.safe)
        return Result(img, out, "scan")
    W, H = photo_size(ctx, "p" if page.h > page.w and rng.random() < 0.7 else "l")
    photo = photo_canvas(ctx, W, H, "table")
    clutter(photo, rng, rng.randint(0, 3))
    frac = rng.uniform(0.75, 0.92) if W < H else rng.uniform(0.45, 0.62)
    if page.w > page.h:
        frac = rng.uniform(0.7, 0.9)
    place(ctx, photo, page, frac, rot=rng.uniform(-8, 8), persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


def hand_font(rng, size):
    fam, st = rng.choice(HAND)
    return F(fam, size, st)


INKS = [(20, 40, 140), (15, 15, 20), (30, 30, 90), (10, 60, 150), (40, 40, 40)]


def scribble(sh, rng, x, y, w, h, col):
    pts = []
    n = rng.randint(6, 12)
    for i in range(n):
        pts.append((x + w * i / (n - 1) + rng.uniform(-w * 0.04, w * 0.04), y + rng.uniform(0, h)))
    sh.d.line(pts, fill=rgba(col), width=max(2, int(h / 12)), joint="curve")


def pick_font(rng, group=None, size=20, style=None):
    fams = {"sans": SANS, "serif": SERIF, "mono": MONO, None: ALL}[group]
    fam = rng.choice(fams)
    st = style if style is not None else rng.choice([0, 0, 1])
    return F(fam, size, st), fam
