"""Photos of physical things that carry a child's details."""
import math

import numpy as np
from PIL import ImageDraw, ImageFilter

from common import (INKS, hand_font, photo_canvas, photo_placeholder, photo_result, photo_size, place,
                    scribble)
from content import People, qr_payload
from core import (ALL, F, MONO, SANS, SERIF, Affine, Cylinder, Persp, Sheet, Wave, clutter, rect_pts, rgba,
                  texture, warp_sheet)

BRIGHT = [(231, 76, 60), (52, 152, 219), (155, 89, 182), (46, 204, 113), (241, 196, 15), (230, 126, 34),
          (236, 64, 122), (26, 188, 156), (63, 81, 181), (255, 112, 67)]


def obj(w, h, fill, radius=0, outline=None, width=0):
    sh = Sheet(int(w), int(h), (0, 0, 0, 0))
    if radius:
        sh.d.rounded_rectangle((0, 0, sh.w - 1, sh.h - 1), radius=int(radius), fill=rgba(fill),
                               outline=rgba(outline) if outline else None, width=int(width))
    else:
        sh.d.rectangle((0, 0, sh.w - 1, sh.h - 1), fill=rgba(fill), outline=rgba(outline) if outline else None,
                       width=int(width))
    return sh


def fit_font(fam, style, text, maxw, size):
    f = F(fam, size, style)
    L = f.getlength(text)
    if L > maxw:
        f = F(fam, size * maxw / L * 0.98, style)
    return f


def rot_text(sh, cx, cy, text, font, fill, angle, kind=None, parts=None):
    """Text rotated by `angle` degrees about its centre, pasted on sh."""
    parts = parts or [(text, kind)]
    full = "".join(p[0] for p in parts)
    l, t, r, b = font.getbbox(full)
    tmp = Sheet(int(r - l) + 8, int(b - t) + 8, (0, 0, 0, 0))
    tmp.line(4 - l, 4 - t, parts, font, fill)
    sh.paste(tmp, Affine.make(angle, 1.0, tmp.w / 2, tmp.h / 2, cx, cy))


def contrast_fg(bg):
    return (20, 20, 25) if sum(bg) > 420 else (255, 255, 255)


def choose_text_color(rng, bg):
    if sum(bg) > 420:
        return rng.choice([(20, 20, 25), (30, 40, 110), (120, 20, 40), (20, 80, 40)])
    return rng.choice([(255, 255, 255), (255, 250, 220)])


# ----------------------------------------------------------------- birthday
def birthday_banner(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    me = pp.me
    W, H = photo_size(ctx, "l" if rng.random() < 0.75 else "p")
    photo = photo_canvas(ctx, W, H, "wall")
    # balloons in the lower part
    for _ in range(rng.randint(4, 9)):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.55, H * 0.95)
        r = rng.uniform(0.04, 0.07) * W
        col = rng.choice(BRIGHT)
        photo.d.line((x, y + r * 1.2, x + rng.uniform(-40, 40), H), fill=(230, 230, 230, 255), width=4)
        photo.d.ellipse((x - r, y - r * 1.2, x + r, y + r * 1.2), fill=rgba(col))
        photo.d.ellipse((x - r * 0.5, y - r * 0.9, x - r * 0.2, y - r * 0.5), fill=rgba(tuple(min(255, c + 60) for c in col)))
    bw = 3000
    bh = int(bw * rng.uniform(0.2, 0.3))
    bg = rng.choice(BRIGHT + [(255, 255, 255), (20, 20, 30)])
    ban = obj(bw, bh, bg)
    for i in range(0, bw, 150):
        ban.d.polygon([(i, 0), (i + 150, 0), (i + 75, bh * 0.18)], fill=rgba(rng.choice(BRIGHT)))
    fg = choose_text_color(rng, bg)
    fam = rng.choice(["dejavu", "free_sans", "lib_sans", "dejavu_serif", "free_serif", "lib_serif"])
    age = me["age"] if rng.random() < 0.6 else rng.randint(4, 12)
    style = rng.randrange(4)
    name = me["first"] if rng.random() < 0.75 else g.full(me)
    if style == 0:
        l1 = ["HAPPY ", (g_ord(age), "AGE"), " BIRTHDAY"]
        l2 = [(name.upper(), "PERSON")]
    elif style == 1:
        l1 = ["Happy Birthday"]
        l2 = [(name, "PERSON"), "!"]
    elif style == 2:
        l1 = [(name, "PERSON"), " is ", (str(age), "AGE"), "!"]
        l2 = ["Happy Birthday"]
    else:
        l1 = ["Happy ", (g_ord(age), "AGE"), " Birthday"]
        l2 = [(name, "PERSON")]
    f1 = fit_font(fam, 1, "".join(p if isinstance(p, str) else p[0] for p in l1), bw * 0.85, bh * 0.28)
    f2 = fit_font(fam, 1, "".join(p if isinstance(p, str) else p[0] for p in l2), bw * 0.85, bh * 0.42)
    sk = rng.choice([0, 0, 4])
    ban.line(bw / 2, bh * 0.2, l1, f1, fg, align="c", stroke=sk, stroke_fill=(0, 0, 0) if sk else None)
    ban.line(bw / 2, bh * 0.5, l2, f2, fg, align="c", stroke=sk, stroke_fill=(0, 0, 0) if sk else None)
    wave = Wave(bw, bh, ay=rng.uniform(5, 25), lx=rng.uniform(700, 1400), py=rng.uniform(0, 6.28),
                sag=rng.uniform(20, 90), shade=0.06)
    place(ctx, photo, ban, rng.uniform(0.65, 0.92), rot=rng.uniform(-5, 5), persp=rng.uniform(0.02, 0.15),
          curve=wave, center=(W / 2, H * 0.28), shadow=True)
    # gift with a tag
    if rng.random() < 0.55:
        tag = obj(900, 520, (255, 252, 240), radius=40)
        tag.d.ellipse((40, 230, 100, 290), outline=(150, 150, 150, 255), width=6)
        hf = hand_font(rng, 80)
        ink = rng.choice(INKS)
        tag.line(140, 80, ["To ", (me["first"], "PERSON")], hf, ink)
        giver = g.person()
        tag.line(140, 260, ["Love from ", (g.full(giver) if rng.random() < 0.5 else giver["first"], "PERSON")],
                 fit_font_obj(hf, "Love from " + g.full(giver), 740), ink)
        place(ctx, photo, tag, rng.uniform(0.18, 0.26), rot=rng.uniform(-20, 20), persp=0.1,
              center=(rng.uniform(W * 0.25, W * 0.75), H * 0.78))
    return photo_result(ctx, photo)


def g_ord(n):
    from data import ordinal
    return ordinal(n)


def fit_font_obj(f, text, maxw):
    L = f.getlength(text)
    if L > maxw:
        return f.font_variant(size=max(8, int(f.size * maxw / L * 0.98)))
    return f


def birthday_cake(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    me = pp.me
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "table")
    D = 1400
    icing = rng.choice([(255, 240, 245), (250, 245, 230), (200, 230, 255), (255, 220, 235), (90, 60, 45), (235, 250, 225)])
    top = Sheet(D, D, (0, 0, 0, 0))
    top.d.ellipse((0, 0, D - 1, D - 1), fill=rgba(icing))
    pc = rng.choice(BRIGHT)
    for k in range(48):
        a = 2 * math.pi * k / 48
        x, y = D / 2 + 0.46 * D * math.cos(a), D / 2 + 0.46 * D * math.sin(a)
        top.d.ellipse((x - 22, y - 22, x + 22, y + 22), fill=rgba(pc))
    ink = rng.choice([(200, 30, 90), (40, 90, 200), (30, 140, 60), (120, 40, 160), (255, 255, 255) if sum(icing) < 300 else (60, 30, 20)])
    fam, st = rng.choice([("free_serif", 3), ("dejavu_serif", 3), ("free_serif", 2), ("lib_serif", 3), ("dejavu", 1)])
    f1 = F(fam, 120, st)
    top.line(D / 2, D * 0.22, ["Happy Birthday"], fit_font_obj(f1, "Happy Birthday", D * 0.7), ink, align="c")
    nm = me["first"]
    f2 = fit_font_obj(F(fam, 230, st), nm, D * 0.7)
    top.line(D / 2, D * 0.4, [(nm, "PERSON")], f2, ink, align="c")
    if rng.random() < 0.75:
        age = me["age"]
        parts = rng.choice([[(str(age), "AGE"), " today!"], [(g_ord(age), "AGE")], ["You're ", (str(age), "AGE"), "!"]])
        top.line(D / 2, D * 0.66, parts, F(fam, 140, st), ink, align="c")
    # geometry: squashed disc, side band, plate
    frac = rng.uniform(0.35, 0.55) if W > H else rng.uniform(0.55, 0.75)
    S = frac * W / D
    k = rng.uniform(0.6, 0.85) if ctx.safe == 0 else 0.9
    rx, ry = D * S / 2, D * S * k / 2
    depth = rx * rng.uniform(0.25, 0.4)
    cx = W / 2 + rng.uniform(-0.1, 0.1) * W
    cy = H * 0.45
    cy = min(max(cy, ry * 1.6 + 0.05 * H), H - ry * 1.3 - depth - 0.05 * H)
    side = tuple(max(0, c - 25) for c in icing)
    prx, pry = rx * 1.3, ry * 1.3
    photo.d.ellipse((cx - prx, cy + depth - pry, cx + prx, cy + depth + pry), fill=(248, 248, 250, 255),
                    outline=(210, 210, 215, 255), width=6)
    photo.d.ellipse((cx - rx, cy + depth - ry, cx + rx, cy + depth + ry), fill=rgba(tuple(max(0, c - 45) for c in icing)))
    photo.d.rectangle((cx - rx, cy, cx + rx, cy + depth), fill=rgba(side))
    for j in range(14):
        a = math.pi * (j + 0.5) / 14
        x = cx - rx * math.cos(a)
        photo.d.ellipse((x - 18, cy + depth - 18 + ry * math.sin(a), x + 18, cy + depth + 18 + ry * math.sin(a)), fill=rgba(pc))
    T = Affine.make(0, 1.0, D / 2, D / 2, cx, cy, sx=S, sy=S * k)
    photo.paste(top, T)
    # candles along the back rim
    for j in range(rng.randint(3, 9)):
        a = math.pi + math.pi * (j + 0.5) / 9.5
        x = cx + rx * 0.82 * math.cos(a)
        y = cy + ry * 0.82 * math.sin(a)
        hgt = rx * 0.28
        cc = rng.choice(BRIGHT)
        photo.d.rectangle((x - rx * 0.02, y - hgt, x + rx * 0.02, y), fill=rgba(cc))
        photo.d.ellipse((x - rx * 0.025, y - hgt - rx * 0.08, x + rx * 0.025, y - hgt), fill=(255, 190, 40, 255))
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- mail
CARRIERS = ["SwiftPost", "ParcelJet", "QuickShip Express", "CourierLink", "BoxDrop", "Parcel Plus", "RapidFreight"]
SHOPS = ["Bookworm Online", "ToyBarn Direct", "Crafty Kids Co.", "Gadget Garage", "Lego-ish Bricks Ltd", "Kidswear Warehouse"]


def barcode(sh, rng, x, y, w, h):
    xx = x
    while xx < x + w:
        bw = rng.choice([2, 3, 4, 6, 8])
        if rng.random() < 0.55:
            sh.d.rectangle((xx, y, xx + bw, y + h), fill=(0, 0, 0, 255))
        xx += bw


def parcel(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, rng.choice(["table", "wood", "fabric"]))
    bw, bh = 2400, int(2400 * rng.uniform(0.55, 0.8))
    card = rng.choice([(196, 154, 108), (205, 170, 125), (180, 140, 95)])
    box = obj(bw, bh, card)
    arr = np.asarray(box.img).astype(np.float32)
    n = ctx.nr.standard_normal((bh, 1, 1)).astype(np.float32) * 4
    arr[..., :3] += n
    from PIL import Image
    box.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGBA")
    box.d = ImageDraw.Draw(box.img)
    box.d.rectangle((0, bh * 0.42, bw, bh * 0.55), fill=(210, 185, 140, 230))
    lw, lh = 1300, 1000
    lab = obj(lw, lh, (252, 252, 250))
    fam = rng.choice(MONO + SANS)
    x, y = 50, 40
    lab.text(x, y, rng.choice(CARRIERS), F(fam, 70, 1), (20, 20, 20))
    y += 110
    lab.d.line((30, y, lw - 30, y), fill=(0, 0, 0, 255), width=5)
    y += 25
    lab.text(x, y, rng.choice(["DELIVER TO:", "SHIP TO:", "TO:"]), F(fam, 40, 1), (0, 0, 0))
    y += 60
    fb = F(fam, 56, 1)
    lab.line(x, y, [(g.full(pp.me) if rng.random() < 0.7 else g.full(pp.parent), "PERSON")], fb, (0, 0, 0))
    y += 72
    fa = F(fam, 48)
    lines = [l.upper() for l in pp.addr["lines"]] if rng.random() < 0.4 else pp.addr["lines"]
    y = lab.block(x, y, lines, fa, (0, 0, 0), "ADDRESS", lh=60)
    if rng.random() < 0.6:
        lab.line(x, y + 5, ["Ph: ", (g.phone(t=pp.town), "PHONE")], fa, (0, 0, 0))
        y += 70
    y += 15
    lab.d.line((30, y, lw - 30, y), fill=(0, 0, 0, 255), width=3)
    y += 20
    fs = F(fam, 34)
    if rng.random() < 0.3:
        lab.text(x, y, "FROM: " + rng.choice(SHOPS), fs, (0, 0, 0))
        y += 50
    else:
        gp = g.person()
        a2 = g.address()
        lab.line(x, y, ["FROM: ", (g.full(gp), "PERSON")], fs, (0, 0, 0))
        y += 44
        y = lab.block(x + 120, y, [a2["one"]] if fs.getlength(a2["one"]) < lw - 200 else a2["lines"][:2], fs, (0, 0, 0),
                      "ADDRESS", lh=44)
    y += 10
    if y + 130 < lh:
        barcode(lab, rng, x, y, lw - 2 * x, min(110, lh - y - 60))
        lab.text(x, min(lh - 50, y + 120), "TRK %s" % g.digits(12), F("dejavu_mono", 30), (0, 0, 0))
    box.paste(lab, Affine.make(rng.uniform(-4, 4), 1.0, lw / 2, lh / 2, bw * rng.uniform(0.4, 0.6), bh * 0.5))
    if rng.random() < 0.5:
        st = obj(500, 140, (220, 40, 40))
        st.text(250, 70, "FRAGILE", F("dejavu", 80, 1), (255, 255, 255), anchor="mm")
        box.paste(st, Affine.make(rng.uniform(-10, 10), 1.0, 250, 70, bw * 0.18, bh * 0.12))
    quad = place(ctx, photo, box, rng.uniform(0.55, 0.85), rot=rng.uniform(-10, 10), persp=rng.uniform(0.05, 0.25))
    # top face
    (x0, y0), (x1, y1) = quad[0], quad[1]
    dx, dy = -(y1 - y0) * 0.0, -abs(x1 - x0) * rng.uniform(0.08, 0.18)
    topc = tuple(min(255, c + 25) for c in card) + (255,)
    if min(y0, y1) + dy > 0:
        photo.d.polygon([(x0, y0), (x1, y1), (x1 + abs(x1 - x0) * 0.06, y1 + dy), (x0 + abs(x1 - x0) * 0.06, y0 + dy)], fill=topc)
    return photo_result(ctx, photo)


def envelope(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "table")
    ew = 2200
    eh = int(ew / rng.choice([2.0, 1.41, 1.6]))
    col = rng.choice([(250, 250, 246), (244, 236, 214), (215, 190, 140), (255, 225, 230), (220, 235, 250)])
    env = obj(ew, eh, col)
    # stamp + postmark
    sx0, sy0 = ew - 330, 50
    env.d.rectangle((sx0, sy0, sx0 + 240, sy0 + 290), fill=rgba(rng.choice(BRIGHT)))
    for k in range(0, 290, 24):
        env.d.ellipse((sx0 - 8, sy0 + k - 8, sx0 + 8, sy0 + k + 8), fill=rgba(col))
        env.d.ellipse((sx0 + 232, sy0 + k - 8, sx0 + 248, sy0 + k + 8), fill=rgba(col))
    env.d.ellipse((sx0 + 50, sy0 + 60, sx0 + 190, sy0 + 200), fill=(255, 255, 255, 160))
    env.d.ellipse((sx0 - 260, sy0 + 40, sx0 - 40, sy0 + 260), outline=(60, 60, 70, 200), width=6)
    for k in range(4):
        env.d.line((sx0 - 40, sy0 + 90 + k * 30, sx0 + 200, sy0 + 90 + k * 30), fill=(60, 60, 70, 180), width=5)
    ink = rng.choice(INKS)
    hs = rng.uniform(80, 105)
    hf = hand_font(rng, hs)
    me = pp.me
    x = ew * rng.uniform(0.3, 0.4)
    y = eh * 0.42
    title = rng.choice(["", "", "Miss ", "Master ", "Ms ", "Mr "]) if g.region in ("UK", "IE", "IN", "ZA", "NZ", "AU") else ""
    r = rng.random()
    if r < 0.8:
        env.line(x, y, [title, (g.full(me), "PERSON")], hf, ink)
    else:
        env.line(x, y, ["The ", (me["last"], "PERSON"), " Family"], hf, ink)
    y += hs * 1.3
    lines = pp.addr["lines"]
    maxw = ew - x - 60
    f2 = hf
    for l in lines:
        f2 = fit_font_obj(f2, l, maxw)
    env.block(x, y, lines, f2, ink, "ADDRESS", lh=int(hs * 1.25))
    if rng.random() < 0.8:
        sf = hand_font(rng, 46)
        sender = g.person()
        a2 = g.address()
        env.line(60, 60, ["From: ", (g.full(sender), "PERSON")], sf, ink)
        env.block(60, 120, a2["lines"][:3], fit_font_obj(sf, max(a2["lines"][:3], key=len), ew * 0.4), ink, "ADDRESS", lh=56)
    place(ctx, photo, env, rng.uniform(0.55, 0.85), rot=rng.uniform(-15, 15), persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- schools & signs
def crest(sh, cx, cy, r, c1, c2):
    sh.d.polygon([(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r * 0.2), (cx, cy + r * 1.2), (cx - r, cy + r * 0.2)],
                 fill=rgba(c1), outline=rgba(c2), width=max(2, int(r * 0.08)))
    sh.d.polygon([(cx - r * 0.6, cy + r * 0.1), (cx, cy - r * 0.6), (cx + r * 0.6, cy + r * 0.1)], fill=rgba(c2))
    sh.d.ellipse((cx - r * 0.2, cy + r * 0.2, cx + r * 0.2, cy + r * 0.6), fill=rgba(c2))


MOTTOS = ["Learning Together", "Ad Astra", "Be Kind, Be Brave", "Growing Minds", "Excellence and Care",
          "Ko te ako te waka", "Reach for the Stars", "Kindness Counts", "Strive to Excel", "Knowledge is Light"]


def school_sign(ctx, far=False):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "outdoor")
    hy = H * 0.5
    if far:
        # a building behind
        bx0, bx1 = W * rng.uniform(0.05, 0.3), W * rng.uniform(0.7, 0.95)
        by0 = H * rng.uniform(0.15, 0.25)
        bc = rng.choice([(200, 180, 160), (170, 90, 70), (220, 220, 210), (190, 200, 210)])
        photo.d.rectangle((bx0, by0, bx1, hy), fill=rgba(bc))
        photo.d.polygon([(bx0 - 40, by0), (bx1 + 40, by0), ((bx0 + bx1) / 2, by0 - H * 0.08)], fill=(90, 60, 50, 255))
        for wx in np.arange(bx0 + 60, bx1 - 120, 220):
            for wy in np.arange(by0 + 60, hy - 160, 200):
                photo.d.rectangle((wx, wy, wx + 120, wy + 110), fill=(120, 150, 180, 255), outline=(240, 240, 240, 255), width=8)
        # fence
        for fx in np.arange(0, W, 60):
            photo.d.rectangle((fx, hy - 60, fx + 10, hy + 80), fill=(60, 70, 60, 255))
        photo.d.rectangle((0, hy - 50, W, hy - 40), fill=(60, 70, 60, 255))
    sw, shh = 2400, int(2400 * rng.uniform(0.5, 0.62))
    post = int(shh * 0.5)
    col = rng.choice([(20, 40, 100), (20, 90, 50), (110, 20, 40), (245, 245, 245), (30, 30, 30), (0, 100, 120)])
    fg = contrast_fg(col)
    acc = rng.choice([(240, 190, 40), (255, 255, 255), (200, 40, 40), (40, 120, 200)])
    sign = Sheet(sw, shh + post, (0, 0, 0, 0))
    sign.d.rectangle((sw * 0.15, shh - 10, sw * 0.15 + 70, shh + post), fill=(90, 90, 95, 255))
    sign.d.rectangle((sw * 0.85 - 70, shh - 10, sw * 0.85, shh + post), fill=(90, 90, 95, 255))
    sign.d.rounded_rectangle((0, 0, sw - 1, shh), radius=30, fill=rgba(col), outline=rgba(acc), width=22)
    crest(sign, 230, 260, 150, acc, fg)
    school = pp.school
    fam = rng.choice(SERIF + SANS)
    tx = 450
    maxw = sw - tx - 80
    f = F(fam, 190, 1)
    if f.getlength(school) <= maxw:
        sign.line(tx, 110, [(school, "SCHOOL")], f, fg)
        y = 330
    else:
        words = school.split()
        best = None
        for k in range(1, len(words)):
            a, b = " ".join(words[:k]), " ".join(words[k:])
            m = max(f.getlength(a), f.getlength(b))
            if best is None or m < best[0]:
                best = (m, a, b)
        ff = f if best[0] <= maxw else F(fam, 190 * maxw / best[0], 1)
        sign.block(tx, 70, [best[1], best[2]], ff, fg, "SCHOOL", lh=int(ff.size * 1.15))
        y = 70 + 2 * int(ff.size * 1.15) + 20
    sign.text(tx, y, rng.choice(MOTTOS), F(fam, 80, 2), acc if acc != col else fg)
    y += 130
    sf = F(rng.choice(SANS), 70)
    items = []
    if rng.random() < 0.6:
        items.append(["Principal: ", (g.rng.choice(["Mrs ", "Mr ", "Ms ", "Dr "]) + g.person()["first"][0] + ". " + g.person()["last"], "PERSON")])
    if rng.random() < 0.75:
        items.append(["Office: ", (g.phone(mobile=False, t=pp.town), "PHONE")])
    if rng.random() < 0.5:
        items.append([(g.street_name() + ", " + pp.town[0], "LOCATION")])
    if rng.random() < 0.3:
        items.append(["Enrolments now open for 2025"])
    for it in items:
        if y + 90 > shh - 30:
            break
        sign.line(tx, y, it, sf, fg)
        y += 95
    frac = rng.uniform(0.2, 0.3) if far else rng.uniform(0.55, 0.8)
    cy = hy + (H * 0.05 if far else 0)
    place(ctx, photo, sign, frac, rot=rng.uniform(-3, 3), persp=rng.uniform(0.05, 0.3), center=(rng.uniform(0.3, 0.7) * W, cy),
          shadow=False)
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- name labels
def name_label_sheet(ctx, pp, w, h, extra=None, bg=None):
    rng, g = ctx.rng, ctx.g
    bg = bg or rng.choice([(255, 255, 255), (255, 245, 200), (220, 240, 255), (255, 225, 235)])
    lab = obj(w, h, bg, radius=h * 0.2)
    fg = rng.choice([(20, 20, 30), (30, 60, 160), (180, 30, 60), (20, 110, 60)])
    fam = rng.choice(ALL)
    nm = g.full(pp.me) if rng.random() < 0.6 else ("%s %s." % (pp.me["first"], pp.me["last"][0]))
    rows = [[(nm, "PERSON")]]
    if extra:
        rows.append(extra)
    if len(rows) == 1:
        f = fit_font(fam, 1, nm, w * 0.85, h * 0.45)
        lab.line(w / 2, h / 2 - f.size * 0.6, rows[0], f, fg, align="c")
    else:
        f = fit_font(fam, 1, nm, w * 0.85, h * 0.34)
        lab.line(w / 2, h * 0.12, rows[0], f, fg, align="c")
        t2 = "".join(p if isinstance(p, str) else p[0] for p in rows[1])
        f2 = fit_font(fam, 0, t2, w * 0.85, h * 0.22)
        lab.line(w / 2, h * 0.6, rows[1], f2, fg, align="c")
    lab.d.rounded_rectangle((h * 0.06, h * 0.06, w - h * 0.06, h - h * 0.06), radius=h * 0.15,
                            outline=rgba(rng.choice(BRIGHT)), width=max(4, int(h * 0.02)))
    return lab


def label_extra(ctx, pp, opts=("AGE", "PHONE", "SCHOOL", "SCHOOL", None)):
    g = ctx.g
    k = ctx.rng.choice(opts)
    if k == "AGE":
        return [(g.school_year(pp.me["age"]), "AGE")] if ctx.rng.random() < 0.6 else ["Room %d" % ctx.rng.randint(1, 24)]
    if k == "PHONE":
        return [(g.phone(mobile=True, t=pp.town), "PHONE")]
    if k == "SCHOOL":
        return [(pp.school, "SCHOOL")]
    return None


def lunchbox(ctx):
    rng = ctx.rng
    pp = People(ctx.g)
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "table")
    clutter(photo, rng, rng.randint(1, 3))
    bw, bh = 2000, int(2000 * rng.uniform(0.6, 0.75))
    col = rng.choice(BRIGHT + [(60, 60, 70)])
    box = obj(bw, bh, col, radius=160)
    light = tuple(min(255, c + 35) for c in col)
    box.d.rounded_rectangle((60, 60, bw - 60, bh - 60), radius=120, outline=rgba(light), width=18)
    box.d.rectangle((bw * 0.42, 0, bw * 0.58, 50), fill=rgba(light))
    lab = name_label_sheet(ctx, pp, 1300, 420 if rng.random() < 0.5 else 520, label_extra(ctx, pp))
    box.paste(lab, Affine.make(rng.uniform(-5, 5), 1.0, lab.w / 2, lab.h / 2, bw / 2, bh / 2))
    place(ctx, photo, box, rng.uniform(0.5, 0.8), rot=rng.uniform(-20, 20), persp=rng.uniform(0.1, 0.3))
    return photo_result(ctx, photo)


def bottle(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "p" if rng.random() < 0.7 else "l")
    photo = photo_canvas(ctx, W, H, rng.choice(["table", "wall"]))
    bw = 1800
    bh = int(bw * rng.uniform(1.5, 2.0))
    col = rng.choice(BRIGHT + [(200, 210, 220), (40, 40, 45)])
    body = obj(bw, bh, col)
    for k in range(0, bh, 180):
        body.d.rectangle((0, k, bw, k + 20), fill=rgba(tuple(min(255, c + 25) for c in col)))
    labh = int(bh * 0.28)
    extra = label_extra(ctx, pp, ("AGE", "PHONE", "SCHOOL", None))
    lab = name_label_sheet(ctx, pp, int(bw * 0.52), labh, extra)
    body.paste(lab, (int(bw * 0.24), int(bh * 0.38)))
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(6, int(bw * 0.3 / n))
        body.qr(bw / 2 - n * mod / 2, bh * 0.72, pl, mod, lk)
    cyl = Cylinder(bw, bh, span_deg=rng.uniform(140, 170) if ctx.safe == 0 else 120, bow=rng.uniform(0, 40), light=0.4, hl=0.3)
    cur, _ = warp_sheet(body, cyl)
    # cap on top
    capw = cur.w * 0.7
    capped = Sheet(cur.w, cur.h + int(cur.w * 0.35), (0, 0, 0, 0))
    capc = rng.choice([(40, 40, 45), (230, 230, 230), (0, 120, 200), (230, 60, 60)])
    capped.d.rounded_rectangle(((cur.w - capw) / 2, 0, (cur.w + capw) / 2, cur.w * 0.38), radius=int(cur.w * 0.06), fill=rgba(capc))
    capped.paste(cur, (0, int(cur.w * 0.35)))
    frac = rng.uniform(0.3, 0.45) if W < H else rng.uniform(0.2, 0.3)
    place(ctx, photo, capped, frac, rot=rng.uniform(-8, 8), persp=rng.uniform(0.02, 0.1))
    return photo_result(ctx, photo)


def bag_tag(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "fabric")
    # backpack strap
    sc = rng.choice([(30, 30, 35), (60, 20, 20), (20, 40, 80)])
    x = rng.uniform(0.1, 0.3) * W
    photo.d.rectangle((x, 0, x + W * 0.08, H), fill=rgba(sc))
    tw, th = 1100, 1600
    tc = rng.choice([(255, 255, 255), (255, 240, 180), (200, 230, 255), (255, 210, 225)])
    tag = obj(tw, th, tc, radius=90, outline=rgba(rng.choice(BRIGHT)), width=20)
    tag.d.ellipse((tw / 2 - 60, 50, tw / 2 + 60, 170), fill=(0, 0, 0, 0), outline=(150, 150, 150, 255), width=14)
    fam = rng.choice(ALL)
    fl = F(fam, 46, 1)
    hand = rng.random() < 0.5
    fv = hand_font(rng, 76) if hand else F(fam, 66)
    ink = rng.choice(INKS) if hand else (20, 20, 20)
    y = 240
    rows = [("NAME", [(g.full(pp.me), "PERSON")])]
    if rng.random() < 0.7:
        rows.append(("SCHOOL", [(pp.school, "SCHOOL")]))
    rows.append(("PHONE", [(g.phone(mobile=True, t=pp.town), "PHONE")]))
    if rng.random() < 0.4:
        rows.append(("CLASS", [(g.school_year(pp.me["age"]), "AGE")]))
    qr = ctx.qr
    if rng.random() < (0.8 if qr is None else 0.5):
        rows.append(("ADDRESS", [(pp.addr["lines"][0], "ADDRESS")]))
    for lbl, val in rows:
        tag.text(80, y, lbl, fl, (90, 90, 100))
        y += 60
        t = val[0][0]
        tag.line(80, y, val, fit_font_obj(fv, t, tw - 160), ink)
        tag.d.line((80, y + fv.size * 1.15, tw - 80, y + fv.size * 1.15), fill=(170, 170, 170, 255), width=3)
        y += int(fv.size * 1.5)
    if qr:
        pl, lk = qr_payload(g, qr, pp)
        n = Sheet.qr_size(pl, 1)
        avail = min(th - y - 60, tw - 200)
        mod = max(8, int(avail / n))
        if n * mod > avail:
            mod = max(6, int(avail / n))
        tag.qr(tw / 2 - n * mod / 2, y + 10, pl, mod, lk)
    wave = Wave(tw, th, ax=rng.uniform(0, 15), ly=rng.uniform(900, 1600), px=rng.uniform(0, 6), shade=0.04)
    place(ctx, photo, tag, rng.uniform(0.3, 0.45) if W > H else rng.uniform(0.45, 0.6), rot=rng.uniform(-25, 25),
          persp=rng.uniform(0.05, 0.25), curve=wave if ctx.safe == 0 else None)
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- sport
def team_shirt(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, rng.choice(["grass", "wall", "fabric"]))
    sw, shh = 2200, 2400
    col = rng.choice(BRIGHT + [(20, 20, 30), (250, 250, 250)])
    fg = choose_text_color(rng, col)
    shirt = Sheet(sw, shh, (0, 0, 0, 0))
    poly = [(sw * 0.3, 0), (sw * 0.7, 0), (sw, sw * 0.18), (sw * 0.88, sw * 0.42), (sw * 0.78, sw * 0.36), (sw * 0.78, shh),
            (sw * 0.22, shh), (sw * 0.22, sw * 0.36), (sw * 0.12, sw * 0.42), (0, sw * 0.18)]
    shirt.d.polygon(poly, fill=rgba(col))
    shirt.d.polygon([(sw * 0.4, 0), (sw * 0.6, 0), (sw * 0.5, sw * 0.04)], fill=rgba(tuple(max(0, c - 40) for c in col)))
    fam = rng.choice(["dejavu", "dejavu_cond", "lib_narrow", "free_sans", "lib_sans"])
    nm = pp.me["last"].upper() if rng.random() < 0.6 else pp.me["first"].upper()
    f = fit_font(fam, 1, nm, sw * 0.5, 230)
    shirt.line(sw / 2, sw * 0.2, [(nm, "PERSON")], f, fg, align="c")
    shirt.text(sw / 2, sw * 0.2 + f.size * 1.25, str(rng.randint(1, 99)), F(fam, 620, 1), fg, anchor="ma")
    if rng.random() < 0.8:
        org = g.org("sport", pp.me["age"])
        fo = fit_font(fam, 1, org.upper(), sw * 0.52, 90)
        shirt.line(sw / 2, shh - 240, [(org.upper(), "ORG")], fo, fg, align="c")
    wave = Wave(sw, shh, ax=rng.uniform(10, 30), ly=rng.uniform(700, 1200), px=rng.uniform(0, 6),
                ay=rng.uniform(5, 25), lx=rng.uniform(700, 1200), py=rng.uniform(0, 6), shade=0.12)
    place(ctx, photo, shirt, rng.uniform(0.45, 0.6) if W > H else rng.uniform(0.65, 0.8), rot=rng.uniform(-10, 10),
          persp=rng.uniform(0.02, 0.15), curve=wave)
    return photo_result(ctx, photo)


def race_bib(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "fabric")
    bw, bh = 2000, 1400
    bib = obj(bw, bh, (252, 252, 252))
    band = rng.choice(BRIGHT)
    bib.d.rectangle((0, 0, bw, 300), fill=rgba(band))
    fam = rng.choice(SANS)
    ev = rng.choice(["Cross Country", "Athletics Day", "Fun Run", "Swimming Sports", "Colour Run"])
    r = rng.random()
    if r < 0.75:
        txt = [(pp.school, "SCHOOL"), " %s %d" % (ev, 2024)]
    else:
        txt = [(g.org("sport", pp.me["age"]), "ORG"), " " + ev]
    full = "".join(p if isinstance(p, str) else p[0] for p in txt)
    f = fit_font(fam, 1, full, bw * 0.92, 95)
    bib.line(bw / 2, 150 - f.size * 0.6, txt, f, (255, 255, 255), align="c")
    bib.text(bw / 2, 340, str(rng.randint(1, 999)), F(fam, 620, 1), (15, 15, 15), anchor="ma")
    nm = pp.me["first"].upper()
    bib.line(bw / 2, bh - 300, [(nm, "PERSON")], fit_font(fam, 1, nm, bw * 0.6, 150), band, align="c")
    if rng.random() < 0.6:
        cat = [(g.school_year(pp.me["age"]), "AGE"), rng.choice([" Girls", " Boys", " Mixed"])]
        bib.line(bw / 2, bh - 120, cat, F(fam, 70), (60, 60, 60), align="c")
    for (x, y) in [(60, 60), (bw - 60, 60), (60, bh - 60), (bw - 60, bh - 60)]:
        bib.d.ellipse((x - 25, y - 25, x + 25, y + 25), fill=(200, 200, 205, 255), outline=(120, 120, 125, 255), width=4)
    wave = Wave(bw, bh, ax=rng.uniform(5, 15), ly=rng.uniform(900, 1500), ay=rng.uniform(5, 20), lx=rng.uniform(900, 1500),
                px=rng.uniform(0, 6), py=rng.uniform(0, 6), shade=0.08)
    place(ctx, photo, bib, rng.uniform(0.5, 0.7) if W > H else rng.uniform(0.7, 0.85), rot=rng.uniform(-10, 10),
          persp=rng.uniform(0.03, 0.2), curve=wave)
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- achievements
def certificate_sheet(ctx, pp):
    rng, g = ctx.rng, ctx.g
    cw, ch = 2800, 1980
    paper = rng.choice([(255, 255, 250), (252, 246, 230), (245, 250, 255)])
    c = obj(cw, ch, paper)
    bc = rng.choice([(180, 140, 40), (30, 60, 130), (130, 30, 50), (30, 110, 70)])
    c.d.rectangle((40, 40, cw - 40, ch - 40), outline=rgba(bc), width=26)
    c.d.rectangle((90, 90, cw - 90, ch - 90), outline=rgba(bc), width=6)
    for (x, y) in [(90, 90), (cw - 90, 90), (90, ch - 90), (cw - 90, ch - 90)]:
        c.d.ellipse((x - 50, y - 50, x + 50, y + 50), fill=rgba(bc))
    fam = rng.choice(SERIF)
    c.text(cw / 2, 210, rng.choice(["Certificate of Achievement", "Certificate of Merit", "Award Certificate",
                                    "Star of the Week", "Principal's Award"]), F(fam, 150, 1), bc, anchor="ma")
    c.text(cw / 2, 470, rng.choice(["This certificate is presented to", "Awarded to", "Congratulations to"]),
           F(fam, 70, 2), (60, 60, 60), anchor="ma")
    nf = F(rng.choice(["free_serif", "dejavu_serif", "lib_serif"]), 190, 3)
    nm = g.full(pp.me)
    c.line(cw / 2, 590, [(nm, "PERSON")], fit_font_obj(nf, nm, cw * 0.7), (20, 20, 30), align="c")
    c.d.line((cw * 0.2, 830, cw * 0.8, 830), fill=rgba(bc), width=5)
    why = rng.choice(["for outstanding effort in Mathematics", "for being a kind and helpful friend",
                      "for excellent reading progress", "for 100% attendance", "for creative writing"])
    c.text(cw / 2, 880, why, F(fam, 72), (50, 50, 50), anchor="ma")
    parts = []
    if rng.random() < 0.8:
        parts += [(g.school_year(pp.me["age"]), "AGE"), "  \u2022  "]
    parts += [(pp.school, "SCHOOL")]
    c.line(cw / 2, 1040, parts, fit_font(fam, 0, "".join(p if isinstance(p, str) else p[0] for p in parts), cw * 0.8, 76),
           (50, 50, 50), align="c")
    # signatures
    ink = rng.choice(INKS)
    for i, role in enumerate(["Principal", "Class Teacher"]):
        x0 = 350 + i * 1250
        scribble(c, rng, x0 + 60, 1380, 600, 90, ink)
        c.d.line((x0, 1500, x0 + 800, 1500), fill=(80, 80, 80, 255), width=4)
        p = g.person()
        nm = rng.choice(["Mrs ", "Mr ", "Ms ", "Miss "]) + p["first"][0] + ". " + p["last"]
        if rng.random() < 0.55:
            c.line(x0 + 400, 1530, [(nm, "PERSON"), ", " + role], F(fam, 56), (60, 60, 60), align="c")
        else:
            c.line(x0 + 400, 1530, [role], F(fam, 56), (60, 60, 60), align="c")
    c.text(cw / 2, 1730, g.fmt_date(g.event_date(-20 % 28)), F(fam, 56), (90, 90, 90), anchor="ma")
    return c


def certificate(ctx):
    rng = ctx.rng
    pp = People(ctx.g)
    W, H = photo_size(ctx, "l" if rng.random() < 0.7 else "p")
    photo = photo_canvas(ctx, W, H, rng.choice(["table", "wall", "fridge"]))
    c = certificate_sheet(ctx, pp)
    place(ctx, photo, c, rng.uniform(0.6, 0.85) if W > H else rng.uniform(0.8, 0.9), rot=rng.uniform(-8, 8),
          persp=rng.uniform(0.05, 0.3))
    if rng.random() < 0.5:
        for _ in range(rng.randint(2, 4)):
            x, y = rng.uniform(0, W), rng.uniform(0, H)
            photo.d.ellipse((x - 40, y - 40, x + 40, y + 40), fill=rgba(rng.choice(BRIGHT)))
    return photo_result(ctx, photo)


def trophy(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "p" if rng.random() < 0.5 else "l")
    photo = photo_canvas(ctx, W, H, "wall")
    shelf_y = H * rng.uniform(0.78, 0.88)
    photo.d.rectangle((0, shelf_y, W, H), fill=rgba(rng.choice([(120, 80, 50), (230, 230, 230), (60, 45, 35)])))
    tw, th = 1400, 2400
    t = Sheet(tw, th, (0, 0, 0, 0))
    gold = rng.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    hi = tuple(min(255, c + 50) for c in gold)
    lo = tuple(max(0, c - 50) for c in gold)
    t.d.polygon([(tw * 0.2, 0), (tw * 0.8, 0), (tw * 0.72, th * 0.3), (tw * 0.56, th * 0.42), (tw * 0.44, th * 0.42),
                 (tw * 0.28, th * 0.3)], fill=rgba(gold))
    t.d.polygon([(tw * 0.3, 0), (tw * 0.38, 0), (tw * 0.4, th * 0.3), (tw * 0.35, th * 0.3)], fill=rgba(hi))
    t.d.arc((tw * 0.02, th * 0.03, tw * 0.32, th * 0.22), 90, 270, fill=rgba(gold), width=40)
    t.d.arc((tw * 0.68, th * 0.03, tw * 0.98, th * 0.22), 270, 90, fill=rgba(gold), width=40)
    t.d.rectangle((tw * 0.45, th * 0.42, tw * 0.55, th * 0.58), fill=rgba(lo))
    t.d.rectangle((tw * 0.3, th * 0.58, tw * 0.7, th * 0.62), fill=rgba(gold))
    base = rng.choice([(30, 30, 30), (80, 50, 30), (240, 240, 240)])
    t.d.rectangle((tw * 0.05, th * 0.62, tw * 0.95, th), fill=rgba(base))
    pw, ph = int(tw * 0.8), int(th * 0.3)
    plq = obj(pw, ph, hi, radius=20, outline=lo, width=8)
    fam = rng.choice(SERIF + SANS)
    y = 40
    org = g.org("sport", pp.me["age"]) if rng.random() < 0.65 else pp.school
    kind = "ORG" if org != pp.school else "SCHOOL"
    plq.line(pw / 2, y, [(org, kind)], fit_font(fam, 1, org, pw * 0.9, 80), (30, 25, 10), align="c")
    y += 130
    aw = rng.choice(["Player of the Season", "Most Improved Player", "Coach's Award", "Best & Fairest", "Golden Boot"])
    plq.text(pw / 2, y, aw + " %d" % rng.randint(2021, 2024), fit_font(fam, 0, aw + " 2024", pw * 0.9, 64), (30, 25, 10), anchor="ma")
    y += 120
    nm = g.full(pp.me)
    plq.line(pw / 2, y, [(nm, "PERSON")], fit_font(fam, 3 if fam in SERIF else 1, nm, pw * 0.9, 110), (30, 25, 10), align="c")
    y += 160
    if y + 70 < ph and rng.random() < 0.5:
        plq.line(pw / 2, y, [(g.under(pp.me["age"]), "AGE")], F(fam, 60), (30, 25, 10), align="c")
    t.paste(plq, (int(tw * 0.1), int(th * 0.66)))
    frac = rng.uniform(0.3, 0.42) if W > H else rng.uniform(0.5, 0.62)
    place(ctx, photo, t, frac, rot=rng.uniform(-3, 3), persp=rng.uniform(0.02, 0.12), center=(W * rng.uniform(0.35, 0.65), shelf_y - H * 0.3))
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- street
SIGN_STYLE = {"UK": ((255, 255, 255), (0, 0, 0)), "IE": ((255, 255, 255), (0, 0, 0)), "US": ((0, 110, 60), (255, 255, 255)),
              "CA": ((0, 80, 160), (255, 255, 255)), "AU": ((0, 60, 140), (255, 255, 255)), "NZ": ((0, 60, 140), (255, 255, 255)),
              "IN": ((0, 110, 60), (255, 255, 255)), "ZA": ((255, 255, 255), (0, 0, 0))}


def house_street(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "l" if rng.random() < 0.7 else "p")
    photo = photo_canvas(ctx, W, H, "outdoor")
    street = pp.addr["street"]
    num = street.split()[0].split("/")[-1] if street[0].isdigit() else str(rng.randint(1, 99))
    sname = g.street_name() if g.region == "IN" else " ".join(street.split()[1:]) if street[0].isdigit() else g.street_name()
    # street sign on pole
    bg, fg = SIGN_STYLE[g.region]
    fam = rng.choice(["dejavu", "lib_sans", "free_sans", "dejavu_cond"])
    f = F(fam, 160, 1)
    sw = int(f.getlength(sname) + 260)
    shh = 300 if g.region != "UK" else 380
    sign = Sheet(sw, shh + 1400, (0, 0, 0, 0))
    sign.d.rectangle((sw / 2 - 35, shh, sw / 2 + 35, shh + 1400), fill=(110, 110, 115, 255))
    sign.d.rounded_rectangle((0, 0, sw - 1, shh), radius=30, fill=rgba(bg), outline=rgba(fg if bg != (255, 255, 255) else (0, 0, 0)), width=14)
    sign.line(sw / 2, 60, [(sname, "LOCATION")], f, fg, align="c")
    if g.region == "UK" and rng.random() < 0.7:
        pc = pp.addr["lines"][-1].split()[-2] if len(pp.addr["lines"][-1].split()) >= 2 else pp.town[2]
        sign.line(sw - 40, shh - 95, [(pp.town[2], "LOCATION")], F(fam, 70, 1), (200, 30, 30), align="r")
    place(ctx, photo, sign, rng.uniform(0.3, 0.45) if W > H else rng.uniform(0.5, 0.65), rot=rng.uniform(-3, 3),
          persp=rng.uniform(0.05, 0.2), center=(W * rng.choice([0.25, 0.75]), H * 0.45), shadow=False)
    # letterbox / house plaque
    pw, ph = 1600, 900
    pc = rng.choice([(40, 40, 45), (240, 240, 235), (160, 40, 40), (30, 70, 50), (200, 170, 120)])
    plq = obj(pw, ph, pc, radius=60)
    pf = contrast_fg(pc)
    pfam = rng.choice(SERIF + SANS)
    plq.text(pw / 2, 40, num, F(pfam, 430, 1), pf, anchor="ma")
    r = rng.random()
    if r < 0.6:
        txt = "%s %s" % (num, sname)
        plq.line(pw / 2, 560, [(txt, "ADDRESS")], fit_font(pfam, 0, txt, pw * 0.9, 130), pf, align="c")
    elif r < 0.85:
        plq.line(pw / 2, 560, ["The ", (pp.me["last"], "PERSON"), "s"], fit_font(pfam, 2, "The %ss" % pp.me["last"], pw * 0.9, 140), pf, align="c")
    else:
        txt = "%s %s, %s" % (num, sname, pp.town[0])
        plq.line(pw / 2, 580, [(txt, "ADDRESS")], fit_font(pfam, 0, txt, pw * 0.9, 110), pf, align="c")
    side = rng.choice([0.3, 0.7])
    place(ctx, photo, plq, rng.uniform(0.25, 0.32) if W > H else rng.uniform(0.38, 0.46), rot=rng.uniform(-4, 4),
          persp=rng.uniform(0.05, 0.25), center=(W * side, H * 0.72), margin=0.03)
    if rng.random() < 0.7:
        bc = rng.choice([(40, 90, 50), (30, 30, 35), (60, 60, 130), (110, 110, 110)])
        bin_ = obj(900, 1300, bc, radius=40)
        bin_.d.rectangle((0, 0, 900, 160), fill=rgba(tuple(max(0, c - 20) for c in bc)))
        txt = ("%s %s" % (num, sname)).upper()
        bin_.line(450, 420, [(txt, "ADDRESS")], fit_font(rng.choice(SANS), 1, txt, 800, 140), (255, 255, 255), align="c")
        place(ctx, photo, bin_, rng.uniform(0.16, 0.2) if W > H else rng.uniform(0.25, 0.3), rot=rng.uniform(-3, 3),
              persp=rng.uniform(0.03, 0.15), center=(W * (1.3 - side) if side == 0.3 else W * 0.22, H * 0.7), margin=0.03)
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- boards
NOTE_COLORS = [(255, 245, 150), (255, 255, 255), (200, 240, 255), (255, 210, 230), (210, 255, 210), (255, 225, 190)]


def note_sheet(ctx, pp, kind, w=900):
    """A pinned note; returns Sheet."""
    rng, g = ctx.rng, ctx.g
    col = rng.choice(NOTE_COLORS)
    hand = rng.random() < 0.5
    fam = rng.choice(ALL)
    ft = F(fam, 70, 1) if not hand else hand_font(rng, 80)
    fb = F(fam, 46) if not hand else hand_font(rng, 56)
    ink = rng.choice(INKS) if hand else (25, 25, 30)
    lines = []
    if kind == "babysit":
        kid = g.child(14, 17)
        title = "BABYSITTER AVAILABLE"
        body = ["Hi! I'm ", (kid["first"], "PERSON"), ", ", (str(kid["age"]), "AGE"),
                ", first aid trained. Call or text ", (g.phone(mobile=True, t=pp.town), "PHONE")]
    elif kind == "lost":
        title = "LOST"
        body = ["Blue hoodie with name tag ", (g.full(pp.me), "PERSON"), " - ", (g.school_year(pp.me["age"]), "AGE"),
                ". Please return to the ", (pp.school, "SCHOOL"), " office."]
    elif kind == "club":
        org = g.org(rng.choice(["sport", "youth", "arts"]), pp.me["age"])
        coach = g.person()
        title = "NEW MEMBERS WELCOME"
        body = [(org, "ORG"), " meets Thursdays 4pm. Contact ", (g.full(coach), "PERSON"), " ",
                (g.email(coach, kid=False), "EMAIL")]
    elif kind == "team":
        title = rng.choice(["Netball Team", "Reading Group", "Choir", "Chess Squad"]) + " "
        title = title.strip()
        body = [(g.school_year(pp.me["age"]), "AGE"), " team: "]
        for i in range(rng.randint(2, 3)):
            p = g.person()
            body += [(g.full(p) if rng.random() < 0.5 else "%s %s." % (p["first"], p["last"][0]), "PERSON"), ", "]
        body[-1] = ""
    elif kind == "shop":
        title = rng.choice(["SLIME FOR SALE!", "FRIENDSHIP BRACELETS", "CUPCAKES $2"])
        body = ["Made by ", (pp.me["first"], "PERSON"), " (", (g.age_phrase(pp.me["age"]), "AGE"), "). Order at ",
                (g.url(g.handle(pp.me), rng.choice(["ig", "tt", "lt"])), "URL")]
    elif kind == "sale":
        title = "FOR SALE"
        body = ["Kids bike, good condition $40. Ring ", (g.full(pp.parent), "PERSON"), " on ",
                (g.phone(t=pp.town), "PHONE"), " or drop by ", (pp.addr["lines"][0], "ADDRESS")]
    elif kind == "sale2":
        title = "GARAGE SALE"
        body = ["Saturday 8am - 1pm at ", (pp.addr["lines"][0] + (", " + pp.town[0] if g.region != "IN" else ""), "ADDRESS"),
                ". Toys, books, bikes and kids clothes!"]
    else:  # public decoys
        title = rng.choice(["BAKE SALE", "LIBRARY NEWS", "SPORTS DAY", "REMINDER"])
        body = [rng.choice(["Friday 3pm in the hall. All welcome!", "Books due back by the end of term.",
                            "Bring a hat and water bottle.", "Lost property will be donated on Friday."])]
    lines = body
    from core import wrap as _wrap
    wl = _wrap(lines, fb, w - 80)
    hgt = int(60 + ft.size * 1.4 + len(wl) * fb.size * 1.3 + 60)
    if ctx.qr and kind in ("club", "sale", "babysit"):
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(8, int(w * 0.4 / n))
        hgt += n * mod + 20
    else:
        pl = None
    sh = obj(w, hgt, col)
    sh.text(40, 40, title, fit_font_obj(ft, title, w - 80), ink)
    y = 40 + ft.size * 1.4
    for ln in wl:
        sh.line(40, y, ln, fb, ink)
        y += fb.size * 1.3
    if pl:
        sh.qr(w / 2 - n * mod / 2, y + 10, pl, mod, lk)
        ctx.qr = None
    return sh


def noticeboard(ctx):
    rng = ctx.rng
    pp = People(ctx.g)
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "wall")
    bw, bh = 3000, 2000
    board = Sheet(bw, bh, (0, 0, 0, 0))
    import random as _r
    cork = texture(ctx.nr, _r.Random(rng.getrandbits(64)), "cork", bw, bh)
    board.img.paste(cork, (0, 0))
    board.d = ImageDraw.Draw(board.img)
    board.d.rectangle((0, 0, bw - 1, bh - 1), outline=(120, 80, 40, 255), width=40)
    kinds = ["babysit", "lost", "club", "team", "sale", "sale2", "shop", "public"]
    chosen = rng.sample(kinds, 4)
    if ctx.qr and not any(k in ("club", "sale", "babysit") for k in chosen):
        chosen[0] = "club"
    cells = [(0.05, 0.06), (0.53, 0.06), (0.05, 0.52), (0.53, 0.52)]
    rng.shuffle(cells)
    for k, (cx, cy) in zip(chosen, cells):
        n = note_sheet(ctx, pp, k, w=rng.randint(1050, 1250))
        s = min(1.0, (bh * 0.42) / n.h, (bw * 0.42) / n.w)
        ang = rng.uniform(-5, 5) * [1, 0.5, 0.2][ctx.safe]
        T = Affine.make(ang, s, n.w / 2, n.h / 2, bw * cx + n.w * s / 2 + 20, bh * cy + n.h * s / 2 + 10)
        board.paste(n, T, shadow=(8, 10, 10, 0.35))
        px, py = bw * cx + n.w * s / 2 + 20, bh * cy + 30
        board.d.ellipse((px - 22, py - 22, px + 22, py + 22), fill=rgba(rng.choice(BRIGHT)))
    place(ctx, photo, board, rng.uniform(0.7, 0.9), rot=rng.uniform(-4, 4), persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


def whiteboard(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "wall")
    bw, bh = 3000, 1900
    wb = obj(bw, bh, (248, 249, 250), outline=(170, 175, 180), width=40)
    cols = [(20, 60, 170), (200, 30, 40), (20, 20, 20), (20, 130, 60)]
    y = 120
    hs = rng.uniform(130, 165)
    kid = pp.me
    lines = []
    yr = g.school_year(kid["age"])
    lines.append(rng.choice([["Welcome back ", (yr, "AGE"), "!"], ["Good morning ", (yr, "AGE")],
                             [(yr, "AGE"), " - ", (pp.school, "SCHOOL")], [(yr, "AGE"), " - ", (pp.school, "SCHOOL")]]))
    helpers = ["Helpers today: "]
    for i in range(rng.randint(1, 2)):
        helpers += [(g.person()["first"], "PERSON"), " & " if i == 0 else ", "]
    helpers[-1] = ""
    lines.append(helpers)
    lines.append(rng.choice([["Happy birthday ", (g.full(g.person()) if rng.random() < 0.4 else g.person()["first"], "PERSON"), "!!"],
                             ["Spelling test Friday"], ["Library books due Thursday"], ["Sports day - bring a hat"]]))
    if rng.random() < 0.5:
        p = g.person()
        lines.append(["Pick-up: ", (p["first"], "PERSON"), "'s mum ", (g.phone(mobile=True, t=pp.town), "PHONE")])
    if rng.random() < 0.4:
        lines.append(["Trip to ", (g.location(pp.town), "LOCATION"), " on Tuesday"])
    lines.append([rng.choice(["Homework: p. 42 Q1-8", "Reading: 20 mins", "Maths: times tables x7", "Bring a hat!"])])
    for ln in lines:
        f = hand_font(rng, hs)
        full = "".join(p if isinstance(p, str) else p[0] for p in ln)
        f = fit_font_obj(f, full, bw - 260)
        if y + hs * 1.4 > bh - 80:
            break
        wb.line(130 + rng.uniform(0, 60), y, ln, f, rng.choice(cols))
        y += hs * 1.45
    # tray
    wb.d.rectangle((bw * 0.3, bh - 60, bw * 0.7, bh - 30), fill=(150, 150, 155, 255))
    place(ctx, photo, wb, rng.uniform(0.7, 0.9), rot=rng.uniform(-4, 4), persp=rng.uniform(0.05, 0.3))
    # glare
    gl = photo.img.copy()
    gd = ImageDraw.Draw(gl)
    gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.6) * H
    gd.ellipse((gx - W * 0.12, gy - H * 0.06, gx + W * 0.12, gy + H * 0.06), fill=(255, 255, 255, 255))
    gl = gl.filter(ImageFilter.GaussianBlur(W * 0.02))
    from PIL import Image
    photo.img = Image.blend(photo.img, gl, 0.22)
    photo.d = ImageDraw.Draw(photo.img)
    return photo_result(ctx, photo)


def fridge(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "p" if rng.random() < 0.6 else "l")
    photo = photo_canvas(ctx, W, H, "fridge")
    items = []
    # emergency contacts
    n1 = obj(1200, 1100, rng.choice(NOTE_COLORS))
    hf = hand_font(rng, 78)
    ink = rng.choice(INKS)
    n1.text(60, 50, rng.choice(["Emergency contacts", "Important numbers", "PHONE LIST"]), fit_font_obj(hand_font(rng, 90), "Emergency contacts", 1080), ink)
    y = 200
    who = rng.sample(["Mum", "Dad", "Nana", "Grandad", "Aunty " + g.person()["first"], "Neighbour"], 2)
    for w_ in who:
        ph = g.phone(t=pp.town)
        ln = [w_ + " - ", (ph, "PHONE")] if not w_.startswith("Aunty") else ["Aunty ", (w_.split()[1], "PERSON"), " - ", (ph, "PHONE")]
        n1.line(60, y, ln, fit_font_obj(hf, w_ + " - " + ph, 1080), ink)
        y += 140
    if rng.random() < 0.3:
        n1.line(60, y, ["School: ", (g.phone(mobile=False, t=pp.town), "PHONE")], fit_font_obj(hf, "School: 000 000 0000", 1080), ink)
        y += 140
    if rng.random() < 0.75:
        ad = pp.addr["lines"][0] + (", " + pp.town[0] if g.region != "IN" else "")
        n1.line(60, y, ["Our address: "], fit_font_obj(hf, "Our address:", 1080), ink)
        n1.line(60, y + 110, [(ad, "ADDRESS")], fit_font_obj(hf, ad, 1080), ink)
    items.append(n1)
    # schedule note
    n2 = obj(1100, 800, rng.choice(NOTE_COLORS))
    hf2 = hand_font(rng, 70)
    ink2 = rng.choice(INKS)
    y = 60
    for ln in [[(pp.me["first"], "PERSON"), " - ", rng.choice(["swimming", "football", "piano", "netball"]), " Tues 4pm"],
               ["@ ", (g.org(rng.choice(["sport", "arts"]), pp.me["age"]), "ORG")],
               ["pick up 3pm from ", (pp.school, "SCHOOL")]]:
        full = "".join(p if isinstance(p, str) else p[0] for p in ln)
        f = fit_font_obj(hf2, full, 1000)
        n2.line(50, y, ln, f, ink2)
        y += 180
    items.append(n2)
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = 24
        cw_ = n * mod + 160
        card = obj(cw_, n * mod + 330, (255, 255, 255), radius=30)
        card.text(cw_ / 2, 50, "Guest WiFi" if ctx.qr == "wifi" else "Scan me", F("dejavu", 80, 1), (30, 30, 30), anchor="ma")
        card.qr(80, 180, pl, mod, lk)
        items.append(card)
    else:
        items.append(None)
    # layout: columns
    rng.shuffle(items)
    slots = [(0.27, 0.27), (0.73, 0.4), (0.4, 0.75)] if W < H else [(0.18, 0.4), (0.5, 0.6), (0.82, 0.4)]
    boxes = []
    for it, (sx, sy) in zip(items, slots):
        if it is None:
            continue
        frac = 0.44 if W < H else 0.3
        s = frac * W / max(it.w, it.h)
        ang = rng.uniform(-8, 8) * [1, 0.5, 0.1][ctx.safe]
        for _try in range(25):
            T = Affine.make(ang, s, it.w / 2, it.h / 2, sx * W, sy * H)
            B = T.fwd(rect_pts(0, 0, it.w, it.h))
            dx = max(0, 0.03 * W - B[:, 0].min()) - max(0, B[:, 0].max() - 0.97 * W)
            dy = max(0, 0.03 * H - B[:, 1].min()) - max(0, B[:, 1].max() - 0.97 * H)
            T = Affine.make(ang, s, it.w / 2, it.h / 2, sx * W + dx, sy * H + dy)
            B = T.fwd(rect_pts(0, 0, it.w, it.h))
            bb = (B[:, 0].min(), B[:, 1].min(), B[:, 0].max(), B[:, 1].max())
            if not any(bb[0] < o[2] and o[0] < bb[2] and bb[1] < o[3] and o[1] < bb[3] for o in boxes):
                break
            s *= 0.92
        boxes.append(bb)
        photo.paste(it, T, shadow=(10, 14, 18, 0.3))
        mx, my = T.fwd(np.array([[it.w / 2, -5]]))[0]
        r = W * 0.013
        photo.d.ellipse((mx - r, my - r, mx + r, my + r), fill=rgba(rng.choice(BRIGHT)))
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- cards
def id_card(ctx, library=False):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "l" if rng.random() < 0.7 else "p")
    photo = photo_canvas(ctx, W, H, "table")
    clutter(photo, rng, rng.randint(0, 2))
    cw, ch = 1712, 1080
    col = rng.choice(BRIGHT + [(20, 40, 100), (20, 90, 50)])
    card = obj(cw, ch, (250, 250, 252), radius=70)
    card.d.rounded_rectangle((0, 0, cw - 1, 240), radius=70, fill=rgba(col))
    card.d.rectangle((0, 170, cw - 1, 240), fill=rgba(col))
    fg = contrast_fg(col)
    fam = rng.choice(SANS)
    if library:
        lib = rng.choice(["%s Library" % pp.town[0], "%s Libraries" % pp.town[1], "%s Public Library" % pp.town[0]])
        card.line(60, 50, [(lib, "LOCATION")], fit_font(fam, 1, lib, cw - 400, 90), fg)
        card.text(60, 160, "JUNIOR MEMBER", F(fam, 50), fg)
    else:
        crest(card, 130, 110, 70, fg, col)
        card.line(240, 50, [(pp.school, "SCHOOL")], fit_font(fam, 1, pp.school, cw - 300, 80), fg)
        card.text(240, 160, "STUDENT ID CARD", F(fam, 50), fg)
    photo_placeholder(card, 60, 300, 460, 800, label="PHOTO")
    x = 520
    y = 300
    fl = F(fam, 40)
    fv = F(fam, 66, 1)
    rows = [("Name", [(g.full(pp.me), "PERSON")])]
    if library:
        rows.append(("Card no.", ["%s %s %s" % (g.digits(4), g.digits(4), g.digits(4))]))
        if rng.random() < 0.6:
            rows.append(("Phone", [(g.phone(t=pp.town), "PHONE")]))
        if rng.random() < 0.5:
            rows.append(("Address", [(pp.addr["lines"][0], "ADDRESS")]))
        elif rng.random() < 0.4:
            rows.append(("Expires", [g.fmt_date((2026, rng.randint(1, 12), rng.randint(1, 28)))]))
    else:
        rows.append(("Year" if g.region not in ("US", "CA", "ZA") else "Grade", [(g.school_year(pp.me["age"]), "AGE")]))
        rows.append(("Date of birth", [(g.fmt_date(pp.me["dob"]), "DATE_OF_BIRTH")]))
        if rng.random() < 0.4:
            rows.append(("Address", [(pp.addr["lines"][0], "ADDRESS")]))
        elif rng.random() < 0.5:
            rows.append(("Student no.", [g.digits(7)]))
    for lbl, val in rows:
        if y + 140 > ch - 60:
            break
        card.text(x, y, lbl, fl, (110, 110, 120))
        t = "".join(p if isinstance(p, str) else p[0] for p in val)
        card.line(x, y + 48, val, fit_font_obj(fv, t, cw - x - 60 - (340 if ctx.qr else 0)), (20, 20, 25))
        y += 135
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(6, int(300 / n))
        card.qr(cw - 60 - n * mod, ch - 60 - n * mod, pl, mod, lk)
    else:
        barcode(card, rng, 520, ch - 160, 700, 100)
    frac = rng.uniform(0.4, 0.6) if W > H else rng.uniform(0.6, 0.8)
    place(ctx, photo, card, frac, rot=rng.uniform(-20, 20), persp=rng.uniform(0.05, 0.3))
    return photo_result(ctx, photo)


# ----------------------------------------------------------------- lost pet
PETS = [("CAT", ["Biscuit", "Mittens", "Luna", "Oreo", "Tiger", "Pepper", "Smudge"]),
        ("DOG", ["Max", "Bella", "Rocky", "Daisy", "Buddy", "Milo", "Coco"]),
        ("RABBIT", ["Thumper", "Snowball", "Clover"]), ("TORTOISE", ["Speedy", "Shelly"])]


def lost_pet(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    W, H = photo_size(ctx, "p" if rng.random() < 0.6 else "l")
    photo = photo_canvas(ctx, W, H, rng.choice(["wall", "wood", "brick"]))
    pw, ph = 1650, 2330
    paper = rng.choice([(255, 255, 255), (255, 250, 200), (250, 250, 245)])
    p = obj(pw, ph, paper)
    animal, names = rng.choice(PETS)
    red = rng.choice([(210, 20, 30), (20, 20, 20), (0, 70, 160)])
    fam = rng.choice(SANS)
    p.text(pw / 2, 60, "LOST " + animal, fit_font(fam, 1, "LOST " + animal, pw * 0.9, 260), red, anchor="ma")
    photo_placeholder(p, 200, 380, pw - 200, 1080, col=(215, 215, 210))
    pet = rng.choice(names)
    fb = F(fam, 62)
    y = 1120
    p.text(pw / 2, y, 'Answers to "%s"' % pet, F(fam, 80, 1), (20, 20, 20), anchor="ma")
    y += 120
    body = ["Last seen near ", (g.location(pp.town), "LOCATION"), " on ", g.day_text(g.event_date(0)),
            ". Very friendly. Please check your sheds and garages."]
    y = p.para(100, y, body, fb, (30, 30, 30), pw - 200, lh=80)
    y += 20
    ph_ = g.phone(mobile=True, t=pp.town)
    owner = pp.me if rng.random() < 0.5 else pp.parent
    y = p.para(100, y, ["Please call ", (owner["first"] if rng.random() < 0.5 else g.full(owner), "PERSON"), " on ",
                        (ph_, "PHONE")], F(fam, 72, 1), (20, 20, 20), pw - 200, lh=90)
    if rng.random() < 0.75:
        y = p.para(100, y + 10, ["or bring to ", (pp.addr["lines"][0], "ADDRESS")], fb, (30, 30, 30), pw - 200, lh=80)
    qr_w = 0
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(8, int(340 / n))
        qr_w = n * mod
    tabs_y = ph - 430
    if qr_w:
        p.qr(pw - 80 - qr_w, max(y + 20, tabs_y - qr_w - 20), pl, mod, lk)
    ntabs = rng.randint(2, 3)
    tw = (pw - 100) / 8
    ft = F(fam, 40)
    for i in range(ntabs):
        x0 = 50 + i * tw
        p.d.line((x0, tabs_y, x0, ph), fill=(150, 150, 150, 255), width=3)
        rot_text(p, x0 + tw / 2, tabs_y + 210, ph_, ft, (20, 20, 20), 90, "PHONE")
    p.d.line((50, tabs_y, 50 + ntabs * tw, tabs_y), fill=(150, 150, 150, 255), width=3)
    wave = Wave(pw, ph, ax=rng.uniform(0, 10), ly=rng.uniform(1200, 2000), px=rng.uniform(0, 6), shade=0.03)
    place(ctx, photo, p, rng.uniform(0.5, 0.62) if W < H else rng.uniform(0.3, 0.4), rot=rng.uniform(-6, 6),
          persp=rng.uniform(0.05, 0.25), curve=wave if ctx.safe == 0 else None)
    return photo_result(ctx, photo)


PHOTO_SCENES = {
    "birthday_banner": birthday_banner, "birthday_cake": birthday_cake, "parcel_label": parcel, "envelope": envelope,
    "school_sign_near": lambda c: school_sign(c, False), "school_sign_far": lambda c: school_sign(c, True),
    "lunchbox_label": lunchbox, "bottle_label": bottle, "bag_tag": bag_tag, "team_shirt": team_shirt,
    "race_bib": race_bib, "certificate": certificate, "trophy": trophy, "house_street_sign": house_street,
    "noticeboard": noticeboard, "whiteboard": whiteboard, "fridge_notes": fridge, "id_card": id_card,
    "library_card": lambda c: id_card(c, True), "lost_pet_poster": lost_pet,
}
