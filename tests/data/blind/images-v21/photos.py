"""Photographed objects that show a child's details (leaky)."""
import math

import numpy as np

from gfx import scale_canvas, Canvas, F, HAND_FONTS, MARKER_FONTS, PRINT_FONTS, bold_of, cylinder, sag, layout, draw_layout
from gdata import Person, MONTHS, _ord, digits, ascii_fold
from photolib import photo_size, surface, quad, finish, brick, fit

BRIGHT = [(230, 57, 70), (29, 53, 87), (42, 157, 143), (233, 196, 106), (244, 162, 97), (131, 56, 236), (58, 134, 255), (255, 0, 110), (6, 214, 160)]


def fsize(text, fname, maxw, start):
    s = start
    while s > 8 and F(fname, s).getlength(text) > maxw:
        s = int(s * 0.92)
    return F(fname, s)


def runs_fit(cv, x, y, runs, fname, maxw, start, fill, anchor_center=False):
    full = "".join(t for t, _ in runs)
    f = fsize(full, fname, maxw, start)
    if anchor_center:
        x = x - f.getlength(full) / 2
    cv.runs(x, y, runs, f, fill)
    return f


def place_obj(rng, scene, obj, frac, cx=None, cy=None, rot=None, persp=None, shadow=0.45, maxh=0.85):
    W, H = scene.w, scene.h
    w, h = fit(obj.w, obj.h, W * frac, H * maxh)
    cx = cx if cx is not None else W / 2 + rng.uniform(-0.08, 0.08) * W
    cy = cy if cy is not None else H / 2 + rng.uniform(-0.08, 0.08) * H
    rot = rot if rot is not None else rng.uniform(-8, 8)
    persp = persp if persp is not None else rng.uniform(0.0, 0.14)
    q = quad(rng, cx, cy, w, h, rot, persp)
    scene.place(obj, q, shadow=shadow)
    return q


def birthday_banner(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wall", "bluewall"]))
    for _ in range(rng.randint(4, 8)):
        r = rng.randint(int(W * 0.03), int(W * 0.06)); x = rng.randint(0, W); y = rng.randint(int(H * 0.45), H)
        sc.d.ellipse([x - r, y - r * 1.2, x + r, y + r * 1.2], fill=rng.choice(BRIGHT))
    p = Person(rng)
    bw, bh = int(W * 0.8), int(W * 0.12)
    ban = Canvas(bw, bh, rng.choice([(255, 240, 250), (255, 250, 225), (230, 245, 255), (30, 30, 60)]))
    fg = rng.choice(BRIGHT)
    n = 14
    for i in range(n):
        x0 = i * bw / n
        ban.d.polygon([(x0, bh * 0.82), (x0 + bw / n, bh * 0.82), (x0 + bw / (2 * n), bh)], fill=BRIGHT[i % len(BRIGHT)])
    fn = rng.choice(MARKER_FONTS)
    style = k % 3
    if style == 0:
        runs = [("HAPPY ", None), (_ord(p.age).upper(), "AGE"), (" BIRTHDAY ", None), (p.first.upper(), "PERSON"), ("!", None)]
    elif style == 1:
        runs = [("Happy Birthday ", None), (p.first, "PERSON"), (" - ", None), (f"{p.age} today", "AGE"), ("!", None)]
    else:
        runs = [(p.first, "PERSON"), (" is ", None), (f"{p.age}", "AGE"), ("! Happy Birthday", None)]
    runs_fit(ban, bw / 2, bh * 0.14, runs, fn, bw * 0.92, int(bh * 0.55), fg, anchor_center=True)
    ban = sag(ban, rng.uniform(0.05, 0.12) * bh * 3)
    place_obj(rng, sc, ban, 0.86, cy=H * rng.uniform(0.25, 0.4), rot=rng.uniform(-3, 3), persp=rng.uniform(0, 0.1), shadow=0.25)
    if True:
        card = Canvas(900, 600, (255, 255, 255))
        card.text(450, 150, "Party at", F("freeserifi", 80), (60, 60, 60), anchor="mm")
        f = fsize(p.street_line(), "freeserifbi", 820, 90)
        card.text(450, 300, p.street_line(), f, (120, 30, 60), kind="ADDRESS", anchor="mm")
        card.text(450, 440, "2pm - 5pm, bring swimmers!", F("freeserifi", 60), (60, 60, 60), anchor="mm")
        place_obj(rng, sc, card, 0.25, cx=W * 0.75, cy=H * 0.72, rot=rng.uniform(-12, 12), persp=0.05)
    return finish(rng, sc), sc


def cake(rng, k):
    W, H = photo_size(rng, portrait=k % 2 == 1)
    sc = surface(rng, W, H, rng.choice(["table", "wood", "darkwood"]))
    p = Person(rng)
    cx, a = W / 2 + rng.uniform(-0.05, 0.05) * W, min(W, H) * rng.uniform(0.36, 0.44)
    b = a * rng.uniform(0.38, 0.55)
    cy = H * 0.42
    hs = a * 0.45
    icing = rng.choice([(250, 230, 240), (255, 250, 240), (200, 230, 255), (250, 240, 200), (110, 70, 50)])
    side = tuple(int(c * 0.9) for c in icing)
    sc.d.ellipse([cx - a * 1.15, cy + hs - b * 1.15, cx + a * 1.15, cy + hs + b * 1.15], fill=(245, 245, 245))
    sc.d.ellipse([cx - a, cy + hs - b, cx + a, cy + hs + b], fill=side)
    sc.d.rectangle([cx - a, cy, cx + a, cy + hs], fill=side)
    D = int(2 * a)
    top = Canvas(D, D, (0, 0, 0, 0))
    top.d.ellipse([0, 0, D - 1, D - 1], fill=icing)
    dark = sum(icing) < 400
    ink = rng.choice([(200, 30, 90), (40, 90, 200), (30, 140, 80), (120, 50, 170)]) if not dark else (255, 240, 250)
    for i in range(36):
        t = i / 36 * 2 * math.pi
        x, y = D / 2 + math.cos(t) * D * 0.45, D / 2 + math.sin(t) * D * 0.45
        top.d.ellipse([x - D * 0.025, y - D * 0.025, x + D * 0.025, y + D * 0.025], fill=rng.choice(BRIGHT))
    fn = rng.choice(["freeserifbi", "serifbi", "libbi", "freeserifi", "sansb"])
    top.text(D / 2, D * 0.3, "Happy Birthday", fsize("Happy Birthday", fn, D * 0.7, int(D * 0.11)), ink, anchor="mm")
    top.text(D / 2, D * 0.5, p.first, fsize(p.first, fn, D * 0.66, int(D * 0.17)), ink, kind="PERSON", anchor="mm")
    if k % 2 == 0:
        top.text(D / 2, D * 0.7, f"{p.age} today", fsize("10 today", fn, D * 0.5, int(D * 0.1)), ink, kind="AGE", anchor="mm")
    q = [(cx - a * 0.97, cy - b), (cx + a * 0.97, cy - b), (cx + a, cy + b), (cx - a, cy + b)]
    sc.place(top, q, shadow=0)
    # side band, wrapped round the cake
    lab_h = int(hs * 0.55)
    side_txt = [(f"{_ord(p.age).upper()}", "AGE"), (" - LOVE FROM ", None), (p.sibling.upper(), "PERSON")] if k % 2 else \
        [("TEAM ", None), (p.club.upper(), "ORG")]
    lw = int(2 * a * 0.8 * 1.2 / math.sin(1.2) / 2 * 2)
    lab = Canvas(lw, lab_h, (0, 0, 0, 0))
    runs_fit(lab, lw / 2, lab_h * 0.12, side_txt, rng.choice(MARKER_FONTS), lw * 0.7, int(lab_h * 0.7), ink if not dark else (255, 255, 255), anchor_center=True)
    cyl = cylinder(lab, max_theta=1.2, bow=-b / lab_h * 0.9, shade=0.2)
    sc.paste(cyl, int(cx - cyl.w / 2), int(cy + b * 0.1 + hs * 0.15))
    for i in range(min(p.age, 10)):
        t = math.pi * (0.15 + 0.7 * i / max(1, min(p.age, 10) - 1))
        x, y = cx + math.cos(t) * a * 0.86, cy - math.sin(t) * b * 0.86
        sc.d.rectangle([x - a * 0.012, y - a * 0.16, x + a * 0.012, y], fill=rng.choice(BRIGHT))
        sc.d.ellipse([x - a * 0.014, y - a * 0.21, x + a * 0.014, y - a * 0.16], fill=(255, 200, 60))
    return finish(rng, sc), sc


def shipping_label(rng, p, k, qr=False):
    w, h = 1500, 1050
    lab = Canvas(w, h, (252, 252, 250))
    fn = rng.choice(["sans", "lib", "free", "cond", "mono"])
    fb = bold_of(fn)
    lab.d.rectangle([10, 10, w - 10, h - 10], outline=(0, 0, 0), width=6)
    lab.text(40, 40, rng.choice(["PARCEL EXPRESS", "QUICKPOST", "AIRLINK COURIER", "POST - STANDARD"]), F(fb, 60), (0, 0, 0))
    lab.d.line([10, 130, w - 10, 130], fill=(0, 0, 0), width=4)
    lab.text(40, 160, "SHIP TO:", F(fb, 40), (0, 0, 0))
    lab.text(40, 215, p.full if k % 2 == 0 else p.parent, F(fb, 58), (0, 0, 0), kind="PERSON")
    lines = p.addr_lines()
    y = lab.block(40, 295, lines, F(fn, 50), (0, 0, 0), "ADDRESS", line_h=62)
    if rng.random() < 0.7:
        lab.runs(40, y + 10, [("Tel: ", None), (p.parent_phone, "PHONE")], F(fn, 44), (0, 0, 0))
    by = h - 250
    x = 40
    r = np.random.default_rng(rng.getrandbits(32))
    while x < w - 460:
        bwid = int(r.integers(3, 12))
        lab.d.rectangle([x, by, x + bwid, by + 150], fill=(0, 0, 0))
        x += bwid + int(r.integers(3, 10))
    lab.text(40, by + 165, f"TRK {rng.randint(10**11, 10**12 - 1)}", F("mono", 36), (0, 0, 0))
    if qr:
        payload = p.vcard()
        mod = 7
        s = Canvas.qr_size(payload, mod)
        lab.qr(payload, w - s - 20, h - s - 20, mod, leaks=[("PERSON", p.full), ("PHONE", p.parent_phone), ("EMAIL", p.parent_email)])
    return lab


def parcel(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["carpet", "wood", "concrete"]))
    p = Person(rng)
    box = Canvas(2400, 1800, (196, 152, 102))
    box.d.rectangle([0, 800, 2400, 1000], fill=(170, 130, 85))
    lab = shipping_label(rng, p, k, qr=(k < 2))
    box.paste(lab, 200 + rng.randint(0, 500), 120 + rng.randint(0, 500))
    place_obj(rng, sc, box, 0.85, persp=rng.uniform(0.05, 0.16), maxh=0.9)
    return finish(rng, sc), sc


def envelope(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wood", "table", "darkwood"]))
    p = Person(rng)
    ew, eh = 2200, 1250
    env = Canvas(ew, eh, rng.choice([(250, 248, 240), (240, 230, 205), (255, 255, 255), (230, 240, 250)]))
    env.d.rectangle([ew - 330, 40, ew - 60, 360], fill=rng.choice(BRIGHT))
    env.d.rectangle([ew - 300, 70, ew - 90, 330], outline=(255, 255, 255), width=6)
    for r in (150, 175):
        env.d.ellipse([ew - 560 - r, 200 - r, ew - 560 + r, 200 + r], outline=(90, 90, 110), width=5)
    fn = rng.choice(HAND_FONTS)
    ink = rng.choice([(20, 30, 90), (10, 10, 10), (60, 20, 80)])
    if k % 2 == 0:
        env.runs(80, 60, [("From: ", None), (p.parent, "PERSON")], F(fn, 48), ink)
        env.text(80 + F(fn, 48).getlength("From: "), 125, p.short_addr(), F(fn, 40), ink, kind="ADDRESS")
    x0 = 640
    nm = rng.choice([p.full, f"Miss {p.full}" if k % 3 else f"Master {p.full}", p.full.upper()])
    f = F(fn, 86)
    env.text(x0, 520, nm, f, ink, kind="PERSON")
    env.block(x0, 630, p.addr_lines(), f, ink, "ADDRESS", line_h=108)
    env.d.rectangle([0, 0, ew, eh], outline=(200, 190, 170), width=4)
    place_obj(rng, sc, env, 0.82, persp=rng.uniform(0.02, 0.15))
    return finish(rng, sc), sc


def school_sign(rng, k):
    far = k % 2 == 1
    W, H = photo_size(rng, portrait=False)
    sc = Canvas(W, H, (150, 190, 230))
    hz = int(H * rng.uniform(0.55, 0.7))
    sky = np.linspace(0, 1, hz)[:, None]
    c1, c2 = np.array([120, 170, 225]), np.array([210, 230, 245])
    from PIL import Image
    arr = (c1 * (1 - sky) + c2 * sky)[:, None, :] * np.ones((1, W, 1))
    sc.img.paste(Image.fromarray(arr.astype(np.uint8), "RGB"), (0, 0))
    bx0, bx1 = int(W * rng.uniform(0.0, 0.15)), int(W * rng.uniform(0.8, 1.0))
    by0 = int(H * rng.uniform(0.15, 0.3))
    brick(sc, rng, [bx0, by0, bx1, hz])
    for i in range(5):
        wx = bx0 + (bx1 - bx0) * (0.06 + i * 0.19)
        sc.d.rectangle([wx, by0 + (hz - by0) * 0.15, wx + (bx1 - bx0) * 0.12, by0 + (hz - by0) * 0.45], fill=(70, 90, 110), outline=(240, 240, 240), width=8)
    ground = surface(rng, W, H - hz, rng.choice(["grass", "concrete"]))
    sc.paste(ground, 0, hz)
    p = Person(rng)
    sw, sh = 2600, 1000
    col = rng.choice([(20, 60, 120), (120, 20, 40), (20, 90, 50), (245, 245, 245), (60, 30, 90)])
    txt = (255, 255, 255) if sum(col) < 400 else (20, 40, 90)
    sign = Canvas(sw, sh, col)
    sign.d.rectangle([20, 20, sw - 20, sh - 20], outline=txt, width=12)
    fn = rng.choice(["serifb", "libserifb", "sansb", "freeb", "condb"])
    f = fsize(p.school, fn, sw * 0.88, 190)
    sign.text(sw / 2, sh * 0.3, p.school, f, txt, kind="SCHOOL", anchor="mm")
    sub = rng.choice([0, 1, 2, 3])
    f2 = F({"serifb": "serif", "sansb": "sans", "freeb": "free", "condb": "cond", "libserifb": "libserif"}[fn], 80)
    if sub == 0:
        sign.runs(sw * 0.08, sh * 0.55, [("Principal: ", None), (p.teacher, "PERSON")], f2, txt)
    elif sub == 1:
        sign.runs(sw * 0.08, sh * 0.55, [(p.street_line(), "ADDRESS"), (", ", None), (p.suburb, "LOCATION")], fsize(p.short_addr(), "sans", sw * 0.84, 80), txt)
    elif sub == 2:
        sign.text(sw / 2, sh * 0.62, "Welcome back! Term 1 starts Monday", f2, txt, anchor="mm")
    else:
        sign.runs(sw * 0.08, sh * 0.55, [("Well done ", None), (p.full, "PERSON"), (" - spelling champion!", None)], fsize(f"Well done {p.full} - spelling champion!", "sans", sw * 0.84, 80), txt)
    sign.text(sw / 2, sh * 0.85, rng.choice(["Learning together", "Est. 1962", "Be kind, be brave", "Respect - Resilience - Curiosity"]), F("freeserifi", 60), txt, anchor="mm")
    post = (90, 90, 95)
    frac = rng.uniform(0.62, 0.8) if not far else rng.uniform(0.24, 0.32)
    cx = W * (0.5 if not far else rng.uniform(0.3, 0.7))
    sgw = W * frac
    cy = hz - sgw * sh / sw * 0.2 if far else H * 0.5
    for dx in (-0.35, 0.35):
        sc.d.rectangle([cx + dx * sgw - sgw * 0.015, cy, cx + dx * sgw + sgw * 0.015, min(H, cy + sgw * 0.6)], fill=post)
    place_obj(rng, sc, sign, frac, cx=cx, cy=cy, rot=rng.uniform(-2, 2), persp=rng.uniform(0.02, 0.15), shadow=0.2)
    return finish(rng, sc, level=rng.choice([0, 1, 2]) if not far else rng.choice([0, 1])), sc


def name_sticker(rng, p, k, w=1300, h=560):
    lab = Canvas(w, h, rng.choice([(255, 255, 255), (255, 248, 220), (230, 246, 255)]))
    lab.rrect([8, 8, w - 8, h - 8], 40, outline=rng.choice(BRIGHT), width=14)
    fn = rng.choice(MARKER_FONTS + ["freeserifbi", "libbi"])
    ink = rng.choice([(20, 20, 20), (200, 20, 60), (20, 60, 160)])
    lab.text(w / 2, h * 0.3, p.full, fsize(p.full, fn, w * 0.86, int(h * 0.28)), ink, kind="PERSON", anchor="mm")
    opt = k % 3
    f2 = F(bold_of("sans"), int(h * 0.13))
    if opt == 0:
        lab.text(w / 2, h * 0.6, p.year, f2, ink, kind="AGE", anchor="mm")
        lab.text(w / 2, h * 0.82, p.school, fsize(p.school, "sans", w * 0.86, int(h * 0.11)), ink, kind="SCHOOL", anchor="mm")
    elif opt == 1:
        lab.text(w / 2, h * 0.62, p.phone, f2, ink, kind="PHONE", anchor="mm")
        lab.text(w / 2, h * 0.82, "Room " + str(rng.randint(1, 20)), F("sans", int(h * 0.1)), ink, anchor="mm")
    else:
        lab.text(w / 2, h * 0.62, p.school, fsize(p.school, "sans", w * 0.86, int(h * 0.12)), ink, kind="SCHOOL", anchor="mm")
        lab.text(w / 2, h * 0.82, p.year, F("sans", int(h * 0.11)), ink, kind="AGE", anchor="mm")
    return lab


def lunchbox(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["table", "wood", "fabric"]))
    p = Person(rng)
    box = Canvas(2400, 1600, (0, 0, 0, 0))
    col = rng.choice(BRIGHT)
    box.rrect([0, 0, 2399, 1599], 160, fill=col)
    box.rrect([60, 60, 2339, 1539], 120, outline=tuple(min(255, c + 40) for c in col), width=20)
    box.d.rectangle([1000, 0, 1400, 120], fill=tuple(max(0, c - 50) for c in col))
    box.paste(name_sticker(rng, p, k), 550, 520)
    place_obj(rng, sc, box, 0.8, persp=rng.uniform(0.05, 0.2))
    return finish(rng, sc), sc


def bottle(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["table", "wall", "bluewall"]))
    p = Person(rng)
    bw, bh = 1200, 3000
    bot = Canvas(bw, bh, (0, 0, 0, 0))
    col = rng.choice(BRIGHT)
    bot.rrect([0, 300, bw - 1, bh - 1], 200, fill=col)
    bot.rrect([300, 0, bw - 300, 360], 60, fill=(40, 40, 40))
    for i in range(bw):
        pass
    lab = Canvas(1500, 900, (255, 255, 255))
    fn = rng.choice(MARKER_FONTS)
    ink = rng.choice([(20, 20, 20), (20, 60, 160), (180, 20, 60)])
    lab.text(750, 260, p.first.upper(), fsize(p.first.upper(), fn, 1000, 300), ink, kind="PERSON", anchor="mm")
    lab.text(750, 520, p.last.upper(), fsize(p.last.upper(), fn, 1000, 170), ink, kind="PERSON", anchor="mm")
    if k == 2:
        lab.text(750, 720, p.school, fsize(p.school, "sansb", 1000, 100), ink, kind="SCHOOL", anchor="mm")
    elif k % 2 == 0:
        lab.text(750, 720, p.year, F("sansb", 110), ink, kind="AGE", anchor="mm")
    else:
        lab.text(750, 720, p.phone, fsize(p.phone, "sansb", 950, 100), ink, kind="PHONE", anchor="mm")
    cyl = cylinder(lab, max_theta=0.75, bow=0.05, shade=0.3)
    bot.paste(cyl, int((bw - cyl.w) / 2), 1100)
    # shading across the bottle
    shade = Canvas(bw, bh, (0, 0, 0, 0))
    for i in range(0, bw, 6):
        u = (i / bw) * 2 - 1
        a = int(110 * (abs(u) ** 2.5))
        shade.d.rectangle([i, 300, i + 5, bh], fill=(0, 0, 0, a))
    mask = bot.img.getchannel("A")
    sh = shade.img
    sh.putalpha(Image_min(sh.getchannel("A"), mask))
    bot.img.alpha_composite(sh)
    bot.redraw()
    place_obj(rng, sc, bot, 0.5, rot=rng.uniform(-10, 10), persp=rng.uniform(0, 0.06), maxh=0.85)
    return finish(rng, sc), sc


def Image_min(a, b):
    from PIL import ImageChops
    return ImageChops.darker(a, b)


def bag_tag(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, "fabric")
    p = Person(rng)
    tw, th = 1400, 900
    tag = Canvas(tw, th, (0, 0, 0, 0))
    col = rng.choice(BRIGHT)
    tag.rrect([0, 0, tw - 1, th - 1], 70, fill=col)
    tag.rrect([50, 50, tw - 50, th - 50], 40, fill=(255, 255, 255))
    tag.d.ellipse([tw / 2 - 40, 8, tw / 2 + 40, 48], fill=(60, 60, 60))
    fn = rng.choice(["sans", "lib", "free", "cond"])
    hf = rng.choice(HAND_FONTS)
    ink = (20, 20, 60)
    y = 90
    for lab, val, kd in [("Name", p.full, "PERSON"), ("School", p.school, "SCHOOL"), ("Phone", p.parent_phone, "PHONE")]:
        tag.text(90, y, lab + ":", F(fn, 44), (100, 100, 100))
        tag.text(340, y - 6, val, fsize(val, hf, 560 if k < 3 else 900, 64), ink, kind=kd)
        tag.d.line([340, y + 66, tw - 90, y + 66], fill=(170, 170, 170), width=3)
        y += 130
    payload = p.vcard()
    mod = 5
    s = Canvas.qr_size(payload, mod)
    tag.qr(payload, tw - s - 60, th - s - 60, mod, leaks=[("PERSON", p.full), ("PHONE", p.parent_phone), ("EMAIL", p.parent_email)])
    sc.d.line([W * 0.5, 0, W * 0.5, H * 0.3], fill=(30, 30, 30), width=int(W * 0.01))
    place_obj(rng, sc, tag, 0.6, rot=rng.uniform(-14, 14), persp=rng.uniform(0, 0.1))
    return finish(rng, sc, level=rng.choice([0, 1])), sc


def team_shirt(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["grass", "wall", "wood"]))
    p = Person(rng)
    sw, sh = 2400, 2600
    sh_ = Canvas(sw, sh, (0, 0, 0, 0))
    col = rng.choice(BRIGHT)
    sh_.d.polygon([(600, 0), (1800, 0), (2400, 500), (2100, 900), (1900, 760), (1900, 2600), (500, 2600), (500, 760), (300, 900), (0, 500)], fill=col)
    sh_.d.ellipse([950, -120, 1450, 180], fill=(0, 0, 0, 0))
    txt = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
    sh_.text(1200, 420, p.club.upper(), fsize(p.club.upper(), "condb", 1200, 90), txt, kind="ORG", anchor="mm")
    sh_.text(1200, 700, p.last.upper(), fsize(p.last.upper(), rng.choice(["sansb", "libb", "freeb", "condb"]), 1300, 230), txt, kind="PERSON", anchor="mm")
    sh_.text(1200, 1400, str(rng.randint(1, 99)), F("sansb", 800), txt, anchor="mm")
    sh_.text(1200, 2150, f"U{p.age + 1}", F("condb", 150), txt, kind="AGE", anchor="mm")
    sh_ = cylinder(scale_canvas(sh_, 0.6), max_theta=0.5, bow=0.02, shade=0.2)
    place_obj(rng, sc, sh_, 0.8, rot=rng.uniform(-6, 6), persp=rng.uniform(0, 0.08), shadow=0.3)
    return finish(rng, sc), sc


def race_bib(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, "fabric")
    p = Person(rng)
    bw, bh = 2000, 1500
    bib = Canvas(bw, bh, (250, 250, 250))
    band = rng.choice(BRIGHT)
    bib.d.rectangle([0, 0, bw, 260], fill=band)
    bib.text(bw / 2, 130, rng.choice(["CITY FUN RUN 2024", "PARKRUN JUNIOR 2K", "SCHOOLS CROSS COUNTRY", "COLOUR DASH 5K"]), F("sansb", 110), (255, 255, 255), anchor="mm")
    bib.text(bw / 2, 640, str(rng.randint(100, 9999)), F("sansb", 520), (10, 10, 10), anchor="mm")
    bib.text(bw / 2, 1080, p.first.upper(), fsize(p.first.upper(), "condb", 1700, 200), band, kind="PERSON", anchor="mm")
    bib.d.rectangle([0, bh - 230, bw, bh], fill=(230, 230, 230))
    cat = f"U{p.age + 1} {rng.choice(['Girls', 'Boys', 'Mixed'])}"
    bib.runs(60, bh - 170, [(f"U{p.age + 1}", "AGE"), (cat[len(f'U{p.age + 1}'):], None), ("  |  ", None), (p.club, "ORG")], fsize(cat + "  |  " + p.club, "sans", bw - 120, 90), (30, 30, 30))
    for x, y in ((60, 320), (bw - 60, 320), (60, bh - 280), (bw - 60, bh - 280)):
        bib.d.ellipse([x - 20, y - 20, x + 20, y + 20], fill=(170, 170, 170))
    bib = cylinder(scale_canvas(bib, 0.75), max_theta=0.45, bow=0.02, shade=0.15)
    place_obj(rng, sc, bib, 0.72, rot=rng.uniform(-8, 8), persp=rng.uniform(0, 0.1), shadow=0.2)
    return finish(rng, sc), sc


def certificate(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wood", "wall", "table"]))
    p = Person(rng)
    cw, ch = 2970, 2100
    c = Canvas(cw, ch, rng.choice([(255, 253, 245), (250, 250, 255), (255, 255, 255)]))
    col = rng.choice([(160, 120, 30), (30, 60, 130), (120, 30, 50), (30, 110, 70)])
    c.d.rectangle([40, 40, cw - 40, ch - 40], outline=col, width=24)
    c.d.rectangle([90, 90, cw - 90, ch - 90], outline=col, width=6)
    fs = rng.choice(["freeserifb", "serifb", "libserifb"])
    c.text(cw / 2, 300, rng.choice(["Certificate of Achievement", "Star of the Week", "Award of Excellence", "Certificate of Merit"]), F(fs, 150), col, anchor="mm")
    c.text(cw / 2, 520, "This certificate is proudly presented to", F("freeserifi", 80), (60, 60, 60), anchor="mm")
    c.text(cw / 2, 760, p.full, fsize(p.full, rng.choice(["freeserifbi", "serifbi", "libserifi"]), cw * 0.7, 220), (20, 20, 20), kind="PERSON", anchor="mm")
    c.d.line([cw * 0.2, 900, cw * 0.8, 900], fill=col, width=5)
    reason = rng.choice(["for outstanding effort in Maths", "for kindness to others", "for brilliant reading", "for 100% attendance"])
    c.text(cw / 2, 1030, reason, F("freeserif", 90), (50, 50, 50), anchor="mm")
    fl = F("freeserif", 80)
    line = [(p.year, "AGE"), ("  -  ", None), (p.school, "SCHOOL")]
    x = cw / 2 - fl.getlength("".join(t for t, _ in line)) / 2
    c.runs(x, 1140, line, fl, (50, 50, 50))
    c.d.line([300, 1700, 1100, 1700], fill=(80, 80, 80), width=4)
    c.text(700, 1740, p.teacher, F("freeserif", 70), (50, 50, 50), kind="PERSON", anchor="ma")
    c.text(cw - 700, 1640, f"{rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} 2024", F("freeserif", 70), (50, 50, 50), anchor="ma")
    c.d.ellipse([cw / 2 - 160, 1450, cw / 2 + 160, 1770], fill=(210, 170, 50))
    place_obj(rng, sc, c, 0.8, persp=rng.uniform(0.02, 0.15))
    return finish(rng, sc), sc


def trophy(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["wall", "bluewall", "darkwood"]))
    p = Person(rng)
    cx = W / 2
    gold = (212, 175, 55)
    s = W / 3000
    sc.d.rectangle([0, H * 0.78, W, H], fill=(120, 85, 60))
    sc.d.pieslice([cx - 700 * s, H * 0.1 - 500 * s, cx + 700 * s, H * 0.1 + 900 * s], 0, 180, fill=gold)
    sc.d.ellipse([cx - 1000 * s, H * 0.1 + 80 * s, cx - 550 * s, H * 0.1 + 500 * s], outline=gold, width=int(70 * s))
    sc.d.ellipse([cx + 550 * s, H * 0.1 + 80 * s, cx + 1000 * s, H * 0.1 + 500 * s], outline=gold, width=int(70 * s))
    sc.d.rectangle([cx - 120 * s, H * 0.1 + 880 * s, cx + 120 * s, H * 0.45], fill=gold)
    base_top, base_bot = H * 0.45, H * 0.8
    sc.d.polygon([(cx - 950 * s, base_top), (cx + 950 * s, base_top), (cx + 1100 * s, base_bot), (cx - 1100 * s, base_bot)], fill=(40, 30, 28))
    pw, ph = 1600, 900
    pl = Canvas(pw, ph, (230, 200, 110))
    pl.d.rectangle([20, 20, pw - 20, ph - 20], outline=(150, 120, 40), width=10)
    fe = rng.choice(["serifb", "libserifb", "freeserifb", "sansb"])
    ink = (40, 30, 10)
    pl.text(pw / 2, 130, p.club, fsize(p.club, fe, pw * 0.86, 90), ink, kind="ORG", anchor="mm")
    pl.text(pw / 2, 300, rng.choice(["Player of the Year", "Most Improved", "Coach's Award", "Golden Boot"]), F(fe, 100), ink, anchor="mm")
    pl.text(pw / 2, 500, p.full, fsize(p.full, fe, pw * 0.86, 130), ink, kind="PERSON", anchor="mm")
    pl.runs(pw / 2 - F(fe, 90).getlength(f"U{p.age + 1}s  2024") / 2, 640, [(f"U{p.age + 1}s", "AGE"), ("  2024", None)], F(fe, 90), ink)
    pq = [(cx - 750 * s, base_top + (base_bot - base_top) * 0.15), (cx + 750 * s, base_top + (base_bot - base_top) * 0.15),
          (cx + 800 * s, base_top + (base_bot - base_top) * 0.85), (cx - 800 * s, base_top + (base_bot - base_top) * 0.85)]
    sc.place(pl, pq)
    return finish(rng, sc), sc


def house_number(rng, k):
    W, H = photo_size(rng)
    sc = Canvas(W, H)
    brick(sc, rng, [0, 0, W, H], color=rng.choice([(158, 80, 58), (190, 150, 110), (120, 110, 100)]))
    p = Person(rng)
    hn = Canvas(1000, 800, rng.choice([(30, 30, 30), (240, 240, 235), (20, 50, 100)]))
    inkc = (255, 255, 255) if hn.img.getpixel((5, 5))[0] < 100 else (20, 20, 20)
    hn.d.rectangle([20, 20, 980, 780], outline=inkc, width=10)
    fn = rng.choice(["serifb", "sansb", "libserifb", "freeserifb"])
    hn.text(500, 400, p.house, F(fn, 520), inkc, kind="ADDRESS", anchor="mm")
    place_obj(rng, sc, hn, 0.25, cx=W * rng.uniform(0.2, 0.35), cy=H * rng.uniform(0.35, 0.6), rot=rng.uniform(-3, 3), persp=rng.uniform(0, 0.12))
    reg = p.region
    col = {"UK": (255, 255, 255), "IE": (255, 255, 255), "US": (0, 110, 60), "CA": (0, 80, 160), "AU": (0, 100, 60), "NZ": (20, 80, 140), "IN": (0, 80, 150), "ZA": (20, 20, 20)}[reg]
    ink = (20, 20, 20) if col == (255, 255, 255) else (255, 255, 255)
    ss = Canvas(2200, 650 if k % 2 else 450, col)
    ss.d.rectangle([14, 14, ss.w - 14, ss.h - 14], outline=ink, width=10)
    street = p.street.split(",")[0]
    ss.text(ss.w / 2, 230, street, fsize(street, rng.choice(["sansb", "condb", "libb", "narrowb"]), 2000, 260), ink, kind="LOCATION", anchor="mm")
    if k % 2:
        ss.text(ss.w / 2, 520, p.suburb, fsize(p.suburb, "sans", 1600, 130), ink, kind="LOCATION", anchor="mm")
    place_obj(rng, sc, ss, 0.5, cx=W * rng.uniform(0.58, 0.7), cy=H * rng.uniform(0.25, 0.45), rot=rng.uniform(-4, 4), persp=rng.uniform(0, 0.12))
    if k % 3 == 0:
        mb = Canvas(900, 350, (240, 240, 240))
        mb.text(450, 175, f"The {p.last}s", fsize(f"The {p.last}s", "freeserifbi", 820, 140), (30, 30, 30), anchor="mm")
        mb.leaks.clear()
        mb2 = Canvas(900, 350, (240, 240, 240))
        f = fsize(f"The {p.last}s", "freeserifbi", 820, 140)
        x = 450 - f.getlength(f"The {p.last}s") / 2
        mb2.runs(x, 175 - f.size * 0.6, [("The ", None), (p.last, "PERSON"), ("s", None)], f, (30, 30, 30))
        place_obj(rng, sc, mb2, 0.2, cx=W * 0.3, cy=H * 0.82, rot=rng.uniform(-3, 3), persp=0.05)
    return finish(rng, sc), sc


def sticky(rng, runs_list, w=900, h=900, col=None, font=None):
    col = col or rng.choice([(255, 240, 120), (255, 190, 210), (180, 230, 255), (200, 255, 190), (255, 210, 150)])
    n = Canvas(w, h, col)
    fn = font or rng.choice(HAND_FONTS)
    ink = rng.choice([(20, 20, 20), (20, 40, 120), (140, 20, 40)])
    size = int(w * 0.11)
    while size > 20:
        f = F(fn, size)
        widest = max(f.getlength(t) for runs in runs_list for t, k in runs if k) if any(k for r in runs_list for _, k in r) else 0
        tot = sum(len(layout(r, f, w - 120)) for r in runs_list) * size * 1.25 + 30 * len(runs_list)
        if widest <= w - 120 and tot <= h - 120:
            break
        size = int(size * 0.92)
    f = F(fn, size)
    y = 70
    for runs in runs_list:
        y = draw_layout(n, 60, y, layout(runs, f, w - 120), f, ink, size * 1.25) + 30
    return n


def noticeboard(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, "cork")
    ps = [Person(rng) for _ in range(4)]
    notes = [
        [[("BABYSITTING", None)], [("Call ", None), (ps[0].first, "PERSON"), (" on ", None), (ps[0].phone, "PHONE")]],
        [[("FOR SALE: bike, ask ", None), (ps[1].full, "PERSON"), (" in ", None), (ps[1].year, "AGE")]],
        [[(ps[2].club, "ORG")], [("New members welcome! Ring ", None), (ps[2].parent_phone, "PHONE")]],
        [[("Lost jumper with name tag ", None), (ps[3].full, "PERSON"), (" - return to ", None), (ps[3].school, "SCHOOL")]],
        [[("Dog walking by ", None), (ps[1].first, "PERSON"), (", ", None), (ps[1].street_line(), "ADDRESS")]],
        [[("Bake sale Friday 3pm", None)], [("all welcome", None)]],
    ]
    rng.shuffle(notes)
    pos = [(0.2, 0.28), (0.5, 0.26), (0.8, 0.3), (0.22, 0.72), (0.52, 0.74), (0.8, 0.72)]
    for i, nt in enumerate(notes[:5]):
        n = sticky(rng, nt, w=1100, h=1000, col=rng.choice([(255, 255, 255), (255, 240, 120), (200, 230, 255), (255, 200, 220)]))
        q = place_obj(rng, sc, n, 0.26, cx=W * pos[i][0], cy=H * pos[i][1], rot=rng.uniform(-9, 9), persp=0.0, shadow=0.35)
        sc.d.ellipse([q[0][0] * 0.5 + q[1][0] * 0.5 - 20, q[0][1] * 0.5 + q[1][1] * 0.5 - 15, q[0][0] * 0.5 + q[1][0] * 0.5 + 20, q[0][1] * 0.5 + q[1][1] * 0.5 + 25], fill=rng.choice(BRIGHT))
    if k < 2:
        p = ps[0]
        payload = f"tel:{digits(p.phone_intl)}"
        n = Canvas(700, 800, (255, 255, 255))
        n.text(350, 60, "Scan to call", F("sansb", 60), (0, 0, 0), anchor="mm")
        n.qr(payload, 110, 120, 12, leaks=[("PHONE", digits(p.phone_intl))])
        place_obj(rng, sc, n, 0.16, cx=W * 0.82, cy=H * 0.72, rot=rng.uniform(-5, 5), persp=0.0, shadow=0.3)
    return finish(rng, sc, level=rng.choice([0, 1, 2])), sc


def whiteboard(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wall", "bluewall"]))
    p = Person(rng)
    bw, bh = 3000, 1900
    b = Canvas(bw, bh, (250, 250, 250))
    b.d.rectangle([0, 0, bw - 1, bh - 1], outline=(170, 170, 175), width=40)
    fn = rng.choice(MARKER_FONTS + ["freeserifbi"])
    cols = [(20, 60, 170), (200, 30, 30), (20, 120, 60), (20, 20, 20)]
    f = F(fn, 110)
    b.runs(120, 90, [("Welcome to ", None), (p.year, "AGE"), ("!", None)], f, cols[0])
    b.runs(120, 240, [("Teacher: ", None), (p.teacher, "PERSON"), ("  -  ", None), (p.school, "SCHOOL")], fsize(f"Teacher: {p.teacher}  -  {p.school}", fn, 2700, 90), cols[3])
    b.text(120, 420, "Birthdays this month:", F(fn, 90), cols[1])
    y = 540
    bm = rng.randint(1, 12)
    for i in range(2):
        q = Person(rng, region=p.region, age=p.age)
        q.bmonth = bm
        b.runs(180, y, [(q.first if i % 2 else q.full, "PERSON"), (" - ", None), (q.dob(rng), "DATE_OF_BIRTH")], F(fn, 85), cols[2])
        y += 120
    b.text(1700, 420, "Class rules:", F(fn, 90), cols[1])
    for i, t in enumerate(["Be kind", "Listen", "Try your best"]):
        b.text(1760, 540 + i * 120, t, F(fn, 85), cols[3])
    b.text(120, 1500, rng.choice(["Homework due Friday!", "Spelling test Thursday", "Trip to the zoo - bring lunch"]), F(fn, 90), cols[0])
    place_obj(rng, sc, b, 0.85, persp=rng.uniform(0.03, 0.18), rot=rng.uniform(-3, 3), shadow=0.3)
    return finish(rng, sc, level=rng.choice([0, 1, 2])), sc


def fridge_note(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["fridge", "steel"]))
    p = Person(rng)
    notes = [
        [[("Pick up ", None), (p.first, "PERSON"), (" from ", None), (p.school, "SCHOOL"), (" 3:15", None)]],
        [[(p.sibling, "PERSON"), (" swimming at ", None), (p.club, "ORG"), (" Tue 5pm", None)]],
        [[("Gran: ", None), (p.parent_phone, "PHONE")], [("Dad work: ", None), (p.workplace, "ORG")]],
        [[("Dentist Fri 4pm", None)], [("Taxi to ", None), (p.street_line(), "ADDRESS")]],
    ]
    rng.shuffle(notes)
    pos = [(0.3, 0.2), (0.7, 0.3), (0.3, 0.55), (0.7, 0.62)]
    for i, nt in enumerate(notes[:3]):
        n = sticky(rng, nt, w=1000, h=1000)
        q = place_obj(rng, sc, n, 0.36, cx=W * pos[i][0], cy=H * pos[i][1], rot=rng.uniform(-8, 8), persp=0.0, shadow=0.3)
        mx, my = (q[0][0] + q[1][0]) / 2, (q[0][1] + q[1][1]) / 2 - 25
        sc.d.ellipse([mx - 60, my - 60, mx + 60, my + 60], fill=rng.choice(BRIGHT))
    if k < 3:
        if k % 2 == 0:
            ssid, kind = f"{p.last} Family", "PERSON"
        else:
            ssid, kind = f"{p.house} {p.street.split(',')[0]}", "ADDRESS"
        payload = f"WIFI:T:WPA;S:{ssid};P:{p.pet.lower()}{p.house}{p.bday:02d};;"
        n = Canvas(900, 1050, (255, 255, 255))
        n.text(450, 70, "Guest WiFi", F("sansb", 70), (0, 0, 0), anchor="mm")
        n.qr(payload, 90, 140, 17 if len(payload) < 50 else 15, leaks=[(kind, ssid)])
        place_obj(rng, sc, n, 0.3, cx=W * 0.68, cy=H * 0.82, rot=rng.uniform(-4, 4), persp=0.0, shadow=0.3)
    return finish(rng, sc, level=rng.choice([0, 1])), sc


def id_card(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wood", "table", "darkwood", "fabric"]))
    p = Person(rng)
    cw, ch = 2140, 1350
    c = Canvas(cw, ch, (0, 0, 0, 0))
    c.rrect([0, 0, cw - 1, ch - 1], 80, fill=(250, 250, 252))
    col = rng.choice([(20, 60, 130), (130, 20, 40), (20, 100, 70), (90, 40, 130)])
    c.d.rounded_rectangle([0, 0, cw - 1, 260], radius=80, fill=col)
    c.d.rectangle([0, 180, cw - 1, 260], fill=col)
    c.text(60, 130, p.school, fsize(p.school, "sansb", cw - 120, 100), (255, 255, 255), kind="SCHOOL", anchor="lm")
    c.photo_slot([70, 330, 560, 950])
    fn = rng.choice(["sans", "lib", "free", "cond"])
    fb = bold_of(fn)
    y = 320
    rows = [("Name", p.full, "PERSON"), ("Date of birth", p.dob(rng), "DATE_OF_BIRTH"), ("Year", p.year, "AGE"),
            ("Address", p.short_addr(), "ADDRESS"), ("Emergency", p.parent_phone, "PHONE")]
    for lab, val, kd in rows:
        c.text(640, y, lab.upper(), F(fn, 46), (110, 110, 120))
        c.text(640, y + 54, val, fsize(val, fb, 900, 76), (10, 10, 20), kind=kd)
        y += 160
    c.text(70, 1020, f"Valid until 07/2025", F(fn, 46), (80, 80, 80))
    if k < 2:
        payload = p.mecard()
        mod = 6
        s = Canvas.qr_size(payload, mod)
        c.qr(payload, cw - s - 50, ch - s - 50, mod, leaks=[("PERSON", f"{ascii_fold(p.last)},{ascii_fold(p.first)}"), ("PHONE", digits(p.parent_phone)), ("ADDRESS", p.short_addr())])
    place_obj(rng, sc, c, 0.72, persp=rng.uniform(0.02, 0.14))
    return finish(rng, sc, level=rng.choice([0, 1, 2])), sc


def library_card(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = surface(rng, W, H, rng.choice(["wood", "table", "fabric"]))
    p = Person(rng)
    cw, ch = 2140, 1350
    c = Canvas(cw, ch, (0, 0, 0, 0))
    col = rng.choice([(230, 120, 40), (40, 140, 170), (110, 60, 160), (200, 40, 80)])
    c.rrect([0, 0, cw - 1, ch - 1], 80, fill=col)
    c.rrect([40, 300, cw - 40, ch - 40], 50, fill=(255, 255, 255))
    fb = rng.choice(["sansb", "libb", "freeb", "serifb"])
    f = F(fb, 110)
    c.runs(70, 90, [(p.suburb, "LOCATION"), (" Library", None)], fsize(p.suburb + " Library", fb, cw - 140, 110), (255, 255, 255))
    c.text(80, 350, "JUNIOR MEMBER", F("sansb", 60), col)
    c.text(80, 450, p.full, fsize(p.full, rng.choice(HAND_FONTS), 1300, 110), (20, 20, 60), kind="PERSON")
    c.runs(80, 610, [("Age: ", None), (f"{p.age}", "AGE")] if k % 2 else [("Class: ", None), (p.year, "AGE")], F("sans", 64), (40, 40, 40))
    if True:
        c.block(80, 720, p.addr_lines()[:2], F("sans", 54), (40, 40, 40), "ADDRESS", line_h=68)
    x = 1450
    r = np.random.default_rng(rng.getrandbits(32))
    while x < cw - 90:
        wb = int(r.integers(3, 10))
        c.d.rectangle([x, 400, x + wb, 800], fill=(0, 0, 0))
        x += wb + int(r.integers(3, 9))
    c.text(1750, 830, f"2{rng.randint(1000000000, 9999999999)}", F("mono", 40), (0, 0, 0), anchor="ma")
    place_obj(rng, sc, c, 0.7, persp=rng.uniform(0.02, 0.14))
    return finish(rng, sc, level=rng.choice([0, 1, 2])), sc


def lost_pet(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["wood", "concrete", "brick"]))
    p = Person(rng)
    pw, ph = 2100, 2970
    c = Canvas(pw, ph, (255, 255, 255))
    animal = rng.choice(["CAT", "DOG", "RABBIT"])
    c.text(pw / 2, 180, f"LOST {animal}!", F(rng.choice(["sansb", "libb", "freeb"]), 260), (200, 20, 20), anchor="mm")
    c.photo_slot([300, 360, pw - 300, 1460], color=(220, 215, 200))
    c.text(pw / 2, 1590, f'"{p.pet}"', F("serifb", 150), (20, 20, 20), anchor="mm")
    f = F("sans", 84)
    y = 1730
    runs = [("Last seen near ", None), (p.street.split(",")[0], "LOCATION"), (", ", None), (p.suburb, "LOCATION")]
    y = draw_layout(c, 120, y, layout(runs, f, pw - 240), f, (20, 20, 20), 104) + 20
    runs = [("Please call ", None), (p.parent_first, "PERSON"), (" or ", None), (p.first, "PERSON"), (" on ", None), (p.parent_phone, "PHONE")]
    y = draw_layout(c, 120, y, layout(runs, F("sansb", 88), pw - 240), F("sansb", 88), (20, 20, 20), 108) + 20
    payload = f"tel:{digits(p.phone_intl)}"
    y = draw_layout(c, 120, y, layout([("Home: ", None), (p.street_line(), "ADDRESS")], f, pw - 240), f, (20, 20, 20), 104)
    c.text(120, y + 40, "REWARD!", F("sansb", 120), (200, 20, 20))
    qs = Canvas.qr_size(payload, 14)
    c.qr(payload, pw - 100 - qs, ph - qs - 60, 14, leaks=[("PHONE", digits(p.phone_intl))])
    place_obj(rng, sc, c, 0.78, rot=rng.uniform(-4, 4), persp=rng.uniform(0.0, 0.1), maxh=0.9)
    return finish(rng, sc, level=rng.choice([0, 1])), sc


SCENES = {
    "birthday_banner": birthday_banner, "cake": cake, "parcel": parcel, "envelope": envelope, "school_sign": school_sign,
    "lunchbox": lunchbox, "bottle": bottle, "bag_tag": bag_tag, "team_shirt": team_shirt, "race_bib": race_bib,
    "certificate": certificate, "trophy": trophy, "house_number": house_number, "noticeboard": noticeboard,
    "whiteboard": whiteboard, "fridge_note": fridge_note, "id_card": id_card, "library_card": library_card, "lost_pet": lost_pet,
}
