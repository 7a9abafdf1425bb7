"""Photo-like scenes: objects with text warped onto textured backgrounds, lit unevenly, noisy, blurred."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import (F, qr_size, fit_font, Canvas, Surface, DISPLAY, HAND, SANS, SANSB, SERIF, SERIFB, MONO, font, gradient, paper,
                    photo_bg, photo_finish, pick, rint, runi, random_quad, texture, barcode, case_mix, emoji)
import data as D
from data import Kid

LAND = [(3000, 2000), (4032, 3024), (4000, 3000), (3264, 2448), (3000, 2250), (4032, 2268)]
PORT = [(2000, 3000), (3024, 4032), (3000, 4000), (2448, 3264), (2268, 4032)]
INK = [(20, 40, 140), (15, 15, 20), (30, 30, 90), (160, 20, 30), (20, 100, 40)]
BRIGHT = [(230, 60, 80), (40, 120, 220), (250, 190, 30), (60, 170, 90), (150, 70, 200), (250, 120, 40), (0, 170, 190)]


def new_photo(rng, orient=None, bg=None):
    orient = orient or ("land" if rng.random() < 0.6 else "port")
    W, H = pick(rng, LAND if orient == "land" else PORT)
    if bg is not None and not isinstance(bg, tuple):
        img = bg(W, H)
    else:
        img = photo_bg(rng, W, H, bg)
    return Canvas(img)


def wall_bg(rng):
    def f(W, H):
        k = rng.random()
        if k < 0.3:
            return texture(rng, W, H, "brick", pick(rng, [(160, 70, 50), (140, 90, 70), (180, 110, 80)]))
        return texture(rng, W, H, "table", pick(rng, [(230, 225, 210), (200, 215, 225), (240, 235, 200), (210, 200, 190), (190, 210, 190)]))
    return f


def outdoor_bg(rng):
    def f(W, H):
        sky = gradient(W, H, pick(rng, [(120, 170, 230), (180, 200, 220), (90, 140, 210)]), (225, 235, 245))
        hz = int(H * runi(rng, 0.55, 0.75))
        g = texture(rng, W, H - hz, pick(rng, ["grass", "table"]), pick(rng, [(80, 130, 60), (120, 120, 115), (100, 140, 70)]))
        sky.paste(g, (0, hz))
        d = ImageDraw.Draw(sky)
        for i in range(rint(rng, 3, 9)):  # trees / bushes
            x = rng.random() * W
            r = runi(rng, 0.05, 0.14) * H
            d.ellipse((x - r, hz - r * 1.6, x + r, hz + r * 0.2), fill=pick(rng, [(50, 90, 40), (70, 110, 50), (40, 70, 35)]))
        return sky
    return f


SCRAPS = ["SALE 50% OFF", "Chapter 3", "WEEKEND EDITION", "Recipe of the week", "TV GUIDE", "Crossword No. 4,812",
          "Fresh Bread Daily", "Sports Results", "Spring Collection", "Top 10 Gadgets", "Museum Late Night", "Puzzle Page"]


def edge_scrap(rng, c):
    """A harmless printed scrap partly cut by the image edge."""
    tw = c.W * runi(rng, 0.2, 0.35)
    s = Surface(int(tw), int(tw * 1.3), paper(rng, int(tw), int(tw * 1.3), pick(rng, [(245, 243, 235), (235, 240, 245), (250, 235, 220)])))
    u = tw / 1000
    s.text(60 * u, 60 * u, pick(rng, SCRAPS), fit_font(pick(rng, DISPLAY), 110 * u, "Crossword No. 4,812", 880 * u), pick(rng, INK))
    f = font(pick(rng, SERIF), 40 * u)
    y = 240 * u
    for i in range(14):
        s.d.rectangle((60 * u, y, runi(rng, 600, 940) * u, y + 16 * u), fill=(150, 150, 150))
        y += 60 * u
    side = rint(rng, 0, 3)
    cx = [runi(rng, -0.05, 0.05), runi(rng, 0.95, 1.05), runi(rng, 0.2, 0.8), runi(rng, 0.2, 0.8)][side] * c.W
    cy = [runi(rng, 0.2, 0.8), runi(rng, 0.2, 0.8), runi(rng, -0.05, 0.05), runi(rng, 0.95, 1.05)][side] * c.H
    c.place(s, random_quad(rng, cx, cy, s.w, s.h, runi(rng, -20, 20), 0.1), shadow=0.3, allow_cut=True, check_overlap=False)


def clutter(rng, c, n=None):
    if rng.random() < 0.4:
        edge_scrap(rng, c)
    d = ImageDraw.Draw(c.img)
    for _ in range(n if n is not None else rint(rng, 1, 4)):
        x, y = rng.random() * c.W, rng.random() * c.H
        s = runi(rng, 0.04, 0.12) * min(c.W, c.H)
        col = tuple(int(v) for v in rng.integers(40, 220, 3))
        k = rint(rng, 0, 2)
        if k == 0:
            d.ellipse((x, y, x + s, y + s), fill=col, outline=tuple(max(0, v - 40) for v in col), width=int(s * 0.08))
        elif k == 1:
            a = runi(rng, 0, math.pi)
            d.line((x, y, x + s * 2 * math.cos(a), y + s * 2 * math.sin(a)), fill=col, width=int(s * 0.12))
        else:
            d.rounded_rectangle((x, y, x + s * 1.5, y + s), radius=s * 0.2, fill=col)


def put(rng, c, s, tw, rot=12, persp=0.12, curve=0.0, bow=0.0, shadow=0.45, region=(0.1, 0.9, 0.1, 0.9), tries=40, aspect=None):
    """Place surface s so that its width is ~tw pixels, centre within region fractions."""
    th = tw * s.h / s.w
    for _ in range(tries):
        cx = runi(rng, region[0], region[1]) * c.W
        cy = runi(rng, region[2], region[3]) * c.H
        q = random_quad(rng, cx, cy, tw, th, runi(rng, -rot, rot), persp)
        if c.place(s, q, curve=curve, bow=bow, shadow=shadow):
            return True
        tw *= 0.97
        th *= 0.97
    raise RuntimeError("place failed")


def finish(rng, c, blur=(0.5, 1.5), noise=(2, 7), light=(0.2, 0.55)):
    c.img = photo_finish(rng, c.img, light=runi(rng, *light), noise=runi(rng, *noise), blur=runi(rng, *blur),
                         vignette=runi(rng, 0.1, 0.5))
    return c


def unit_surface(tw, aspect, color=(0, 0, 0, 0), base=1000):
    w = int(tw)
    h = int(tw * aspect)
    return Surface(w, h, color), w / base


def engraved(s, x, y, txt, f, col, kind=None, anchor="la"):
    hi = tuple(min(255, v + 60) for v in col[:3])
    s.d.text((x + max(1, f.size // 30), y + max(1, f.size // 30)), txt, font=f, fill=hi, anchor=anchor)
    return s.text(x, y, txt, f, col, kind=kind, anchor=anchor)


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ================================================================== leaky
def birthday_banner(rng):
    k = Kid(rng)
    c = new_photo(rng, "land", bg=wall_bg(rng))
    tw = c.W * runi(rng, 0.6, 0.85)
    s, u = unit_surface(tw, 0.14, pick(rng, [(255, 255, 255, 255), (250, 220, 230, 255), (255, 245, 200, 255), (210, 235, 255, 255)]))
    col = pick(rng, BRIGHT)
    age = ordinal(k.age)
    nm = k.first.upper() if rng.random() < 0.6 else k.first
    spans = pick(rng, [[("HAPPY ", None), (age.upper(), "AGE"), (" BIRTHDAY ", None), (nm, "PERSON"), ("!", None)],
                       [("Happy Birthday ", None), (nm, "PERSON"), ("!", None)],
                       [(nm, "PERSON"), (" IS ", None), (str(k.age), "AGE"), ("!", None)]])
    f = fit_font(pick(rng, DISPLAY), 78 * u, "".join(t for t, _ in spans), s.w * 0.92)
    s.spans(s.w / 2, s.h / 2, spans, f, col, anchor="mm")
    for x in np.linspace(0, s.w, 14):
        s.d.polygon([(x - 20 * u, 0), (x + 20 * u, 0), (x, 30 * u)], fill=pick(rng, BRIGHT))
    # balloons first (clutter)
    d = ImageDraw.Draw(c.img)
    for i in range(rint(rng, 4, 9)):
        x, y = rng.random() * c.W, runi(rng, 0.45, 0.95) * c.H
        r = runi(rng, 0.04, 0.08) * c.H
        bc = pick(rng, BRIGHT)
        d.ellipse((x - r, y - r * 1.2, x + r, y + r * 1.2), fill=bc)
        d.ellipse((x - r * 0.5, y - r * 0.9, x - r * 0.2, y - r * 0.5), fill=tuple(min(255, v + 70) for v in bc))
        d.line((x, y + r * 1.2, x + runi(rng, -40, 40), y + r * 4), fill=(240, 240, 240), width=4)
    put(rng, c, s, tw, rot=6, persp=0.1, bow=runi(rng, 0.1, 0.45), shadow=0.35, region=(0.4, 0.6, 0.15, 0.35))
    if rng.random() < 0.8:
        s2, u2 = unit_surface(c.W * 0.22, 0.7, (255, 255, 255, 255))
        s2.text(s2.w / 2, 150 * u2, "Welcome to", font(pick(rng, HAND), 90 * u2), (60, 60, 60), anchor="mm")
        hk = pick(rng, HAND)
        s2.spans(s2.w / 2, 330 * u2, [(k.first, "PERSON"), ("'s party", None)], fit_font(hk, 110 * u2, k.first + "'s party", 900 * u2), pick(rng, INK), anchor="mm")
        if rng.random() < 0.5:
            s2.text(s2.w / 2, 440 * u2, k.venue, fit_font(hk, 70 * u2, k.venue, 900 * u2), (60, 60, 60), kind="LOCATION", anchor="mm")
        s2.text(s2.w / 2, 570 * u2, pick(rng, ["♥ ★ ♥", "★ ★ ★"]), font("dv", 80 * u2), pick(rng, BRIGHT), anchor="mm")
        put(rng, c, s2, s2.w, rot=10, persp=0.1, region=(0.15, 0.85, 0.55, 0.85))
    return finish(rng, c)


def cake(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("table", (235, 230, 220)), ("wood", (150, 105, 70)), ("fabric", (200, 190, 170))]))
    size = min(c.W, c.H) * runi(rng, 0.55, 0.8)
    s = Surface(int(size), int(size), (0, 0, 0, 0))
    u = size / 1000
    icing = pick(rng, [(255, 240, 245), (255, 255, 250), (230, 200, 255), (200, 235, 255), (120, 70, 40)])
    s.d.ellipse((10, 10, s.w - 10, s.h - 10), fill=(240, 240, 240), outline=(210, 210, 210), width=int(20 * u))  # plate
    s.d.ellipse((80 * u, 80 * u, s.w - 80 * u, s.h - 80 * u), fill=icing)
    for i in range(36):  # piped border
        a = i / 36 * 2 * math.pi
        x, y = 500 * u + 400 * u * math.cos(a), 500 * u + 400 * u * math.sin(a)
        s.d.ellipse((x - 22 * u, y - 22 * u, x + 22 * u, y + 22 * u), fill=pick(rng, BRIGHT))
    pc = pick(rng, [(220, 40, 90), (40, 90, 200), (60, 150, 60), (120, 50, 160), (255, 255, 255)])
    fa = font(pick(rng, ["frbi", "dvsbi", "lsbi", "fsbo", "dvbo"]), 64 * u)
    s.text_arc(500 * u, 500 * u, 290 * u, "Happy Birthday", fa, pc, 0)
    nm = k.first if rng.random() < 0.6 else k.first.upper()
    s.text(500 * u, 510 * u, nm, font(pick(rng, ["frbi", "dvsbi", "lrbi", "fsbo"]), 120 * u), pc, kind="PERSON", anchor="mm")
    if rng.random() < 0.7:
        s.text_arc(500 * u, 500 * u, 300 * u, pick(rng, [f"{ordinal(k.age)}", f"you're {k.age}!", f"{k.age} today"]), font(pick(rng, ["dvb", "fsb"]), 60 * u), pc, 0, kind="AGE", bottom=True)
    for i in range(k.age if k.age < 10 else 1):
        a = i / max(1, k.age) * 2 * math.pi
        x, y = 500 * u + 200 * u * math.cos(a), 660 * u + 60 * u * math.sin(a)
        s.d.rectangle((x - 8 * u, y - 60 * u, x + 8 * u, y), fill=pick(rng, BRIGHT))
        s.d.ellipse((x - 9 * u, y - 90 * u, x + 9 * u, y - 60 * u), fill=(255, 200, 40))
    if k.age >= 10:
        s.text(500 * u, 700 * u, str(k.age), font("dvb", 110 * u), (250, 200, 40), stroke=int(4 * u), stroke_fill=(200, 120, 20), anchor="mm", kind="AGE")
    clutter(rng, c)
    # oblique view: squash vertically
    def q():
        cx, cy = c.W * runi(rng, .4, .6), c.H * runi(rng, .4, .6)
        sq = runi(rng, 0.55, 0.9)
        return random_quad(rng, cx, cy, size, size * sq, runi(rng, -12, 12), 0.08)
    for _ in range(30):
        if c.place(s, q(), shadow=0.4):
            break
    else:
        raise RuntimeError("cake")
    return finish(rng, c)


def label_block(s, rng, u, x, y, k, big=40, ink=(20, 20, 20), fonts=None, lines=None, maxw=None):
    fonts = fonts or SANS
    lines = lines or [(k.name, "PERSON"), (k.addr1, "ADDRESS"), (k.addr2, "ADDRESS")]
    longest = max((t for t, _ in lines), key=len)
    f = fit_font(pick(rng, fonts), big * u, longest, maxw or 1e9)
    f = min([f] + [fit_font(f.path and [kk for kk, v in F.items() if v == f.path][0], f.size, t, maxw or 1e9) for t, _ in lines], key=lambda ff: ff.size)
    for t, kd in lines:
        s.text(x, y, t, f, ink, kind=kd)
        y += f.size * 1.35
    return y


def parcel_label(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("carpet", (120, 110, 100)), ("wood", (150, 105, 70)), ("table", (200, 200, 195)), ("wood", (110, 75, 50))]))
    want_qr = rng.random() < 0.5
    tw = c.W * runi(rng, 0.55, 0.8) if c.W > c.H else c.W * 0.85
    if want_qr:
        tw = min(tw, c.H * 0.8)
    asp = 1.0 if want_qr else 0.7
    s = Surface(int(tw), int(tw * asp), texture(rng, int(tw), int(tw * asp), "paper", (190, 150, 100)))
    u = tw / 1000
    s.d.rectangle((0, s.h * 0.45, s.w, s.h * 0.5), fill=(200, 180, 140))  # tape
    lx, ly = runi(rng, 60, 380 if not want_qr else 120) * u, runi(rng, 50, 90) * u
    lw, lh = 560 * u, 460 * u
    s.d.rectangle((lx, ly, lx + lw, ly + lh), fill=(252, 252, 250))
    s.text(lx + 20 * u, ly + 15 * u, pick(rng, ["SHIP TO:", "DELIVER TO", "To:", "RECIPIENT"]), font("dvb", 22 * u), (0, 0, 0))
    y = label_block(s, rng, u, lx + 20 * u, ly + 50 * u, k, big=pick(rng, [30, 34, 38]), fonts=SANS + MONO + SANSB,
                    lines=[(k.name.upper() if rng.random() < .5 else k.name, "PERSON"), (k.addr1, "ADDRESS"), (k.addr2, "ADDRESS")], maxw=lw - 40 * u)
    if rng.random() < 0.85:
        s.spans(lx + 20 * u, y, [("Tel: ", None), (k.phone, "PHONE")], font(pick(rng, SANS + MONO), 26 * u), (0, 0, 0))
        y += 36 * u
    if rng.random() < 0.35:
        s.text(lx + 20 * u, y, k.email, fit_font(pick(rng, SANS), 24 * u, k.email, lw - 40 * u), (0, 0, 0), kind="EMAIL")
        y += 36 * u
    barcode(s.d, lx + 20 * u, ly + lh - 110 * u, lw - 40 * u, 70 * u, rng)
    s.text(lx + lw / 2, ly + lh - 30 * u, f"{pick(rng, ['JD', 'RM', 'AU', 'NZ', 'ZA', 'TBA'])}{D.digits(rng, 12)}", font("dvm", 20 * u), (0, 0, 0), anchor="ma")
    if rng.random() < 0.5:
        # sender sticker (public retailer)
        s.text(40 * u, s.h - 80 * u, pick(rng, ["From: BookNook Online, Unit 4 Distribution Park", "Returns: ToyWorld Fulfilment Centre", "Sender: KidsWear Direct Ltd"]),
               font("dv", 20 * u), (40, 30, 20))
    s.text_rot(850 * u, 600 * u, pick(rng, ["FRAGILE", "THIS WAY UP", "HANDLE WITH CARE"]), font("dvb", 40 * u), (200, 30, 30), runi(rng, -20, 20))
    if want_qr:
        pd = D.phone_digits(k.phone)
        pl = f"MECARD:N:{k.last},{k.first};TEL:{pd};ADR:{k.addr1}, {k.addr2};;"
        s.qr(lx, ly + lh + 30 * u, pl, max(4, int(6 * u)), leak=("ADDRESS", f"{k.addr1}, {k.addr2}"), border=3)
    clutter(rng, c)
    put(rng, c, s, tw, rot=14, persp=0.14, region=(0.35, 0.65, 0.35, 0.65))
    return finish(rng, c)


def envelope(rng):
    k = Kid(rng)
    c = new_photo(rng, "land", bg=pick(rng, [("wood", (150, 105, 70)), ("table", (215, 212, 205)), ("carpet", (70, 80, 70))]))
    tw = c.W * runi(rng, 0.5, 0.75)
    s = Surface(int(tw), int(tw * 0.55), paper(rng, int(tw), int(tw * 0.55), pick(rng, [(250, 248, 240), (230, 205, 160), (245, 245, 250)])))
    u = tw / 1000
    ink = pick(rng, INK)
    s.d.rectangle((830 * u, 30 * u, 960 * u, 180 * u), fill=pick(rng, BRIGHT))
    s.d.rectangle((845 * u, 45 * u, 945 * u, 165 * u), outline=(255, 255, 255), width=int(3 * u))
    for i in range(4):
        s.d.arc((700 * u - i * 25 * u, 40 * u - i * 25 * u, 880 * u + i * 25 * u, 170 * u + i * 25 * u), 120, 240, fill=(60, 60, 60), width=int(3 * u))
    s.text(720 * u, 100 * u, pick(rng, ["POSTAGE PAID", "2ND CLASS", "PRIORITY"]), font("dvb", 16 * u), (60, 60, 60), anchor="mm")
    y = 250 * u
    x = runi(rng, 250, 340) * u
    lines = [(k.name if rng.random() < .6 else f"{pick(rng, ['Miss', 'Master', 'Mx'])} {k.name}", "PERSON"), (k.addr1, "ADDRESS"), (k.addr2, "ADDRESS")]
    hk = pick(rng, HAND)
    hf = min([fit_font(hk, pick(rng, [40, 46, 52]) * u, t, 1000 * u - x - 50 * u) for t, _ in lines], key=lambda ff: ff.size)
    for t, kd in lines:
        s.text_rot(x + hf.getlength(t) / 2, y, t, hf, ink, runi(rng, -2.5, 2.5), kind=kd)
        y += hf.size * 1.4
    if rng.random() < 0.7:
        k2 = Kid(rng, k.c)
        sf = font(pick(rng, HAND), 24 * u)
        s.text(40 * u, 40 * u, f"From: {k2.name}" if False else "From:", sf, ink)
        s.text(40 * u + sf.getlength("From: "), 40 * u, k2.name, sf, ink, kind="PERSON")
        s.text(40 * u, 72 * u, k2.addr1, sf, ink, kind="ADDRESS")
    clutter(rng, c)
    put(rng, c, s, tw, rot=15, persp=0.15, region=(0.35, 0.65, 0.35, 0.65))
    return finish(rng, c)


def name_label(rng):
    k = Kid(rng)
    kind = pick(rng, ["bottle", "lunchbox", "bagtag", "bottle", "lunchbox"])
    c = new_photo(rng, "port" if kind == "bottle" else None, bg=pick(rng, [("table", (235, 230, 220)), ("wood", (190, 150, 110)), ("table", (180, 200, 215)), ("carpet", (120, 110, 100))]))
    if kind == "bottle":
        th = c.H * runi(rng, 0.6, 0.8)
        tw = th * 0.38
        body = pick(rng, BRIGHT + [(200, 200, 205), (40, 40, 45)])
        s = Surface(int(tw), int(th), (0, 0, 0, 0))
        u = tw / 380
        s.d.rounded_rectangle((0, 60 * u, s.w, s.h), radius=40 * u, fill=body)
        s.d.rounded_rectangle((90 * u, 0, s.w - 90 * u, 80 * u), radius=12 * u, fill=(50, 50, 50))
        s.d.rectangle((0, 300 * u, s.w, 560 * u), fill=(255, 255, 255))
        f = font(pick(rng, DISPLAY), 62 * u)
        nm = k.first.upper() if rng.random() < 0.5 else k.first
        while f.getlength(nm) > s.w * 0.8:
            f = font("dvcb", f.size * 0.9)
        s.text(s.w / 2, 380 * u, nm, f, pick(rng, INK), kind="PERSON", anchor="mm")
        extra = pick(rng, [(k.last, "PERSON"), (k.year, "AGE"), (k.phone, "PHONE"), (None, None)])
        if extra[0]:
            f2 = font(pick(rng, SANSB), 30 * u)
            while f2.getlength(extra[0]) > s.w * 0.85:
                f2 = font("dvcb", f2.size * 0.9)
            s.text(s.w / 2, 480 * u, extra[0], f2, (40, 40, 40), kind=extra[1], anchor="mm")
        for i in range(3):
            emoji(s.d, runi(rng, 60, 320) * u, runi(rng, 620, 900) * u, 24 * u, pick(rng, ["star", "heart", "smile"]))
        clutter(rng, c)
        put(rng, c, s, tw, rot=5, persp=0.05, curve=runi(rng, 0.8, 1.2), bow=runi(rng, 0.0, 0.02), region=(0.3, 0.7, 0.45, 0.55))
        return finish(rng, c)
    if kind == "lunchbox":
        tw = c.W * runi(rng, 0.5, 0.75)
        s = Surface(int(tw), int(tw * 0.65), (0, 0, 0, 0))
        u = tw / 1000
        body = pick(rng, BRIGHT)
        s.d.rounded_rectangle((0, 0, s.w, s.h), radius=80 * u, fill=body)
        s.d.rounded_rectangle((30 * u, 30 * u, s.w - 30 * u, s.h - 30 * u), radius=60 * u, outline=tuple(max(0, v - 40) for v in body), width=int(8 * u))
        lx, ly = runi(rng, 150, 350) * u, runi(rng, 150, 250) * u
        s.d.rounded_rectangle((lx, ly, lx + 500 * u, ly + 240 * u), radius=30 * u, fill=(255, 255, 255))
        fn = font(pick(rng, DISPLAY + HAND), 64 * u)
        nm = pick(rng, [k.name, k.first, k.first.upper()])
        while fn.getlength(nm) > 460 * u:
            fn = font("dvcb", fn.size * 0.9)
        s.text(lx + 250 * u, ly + 80 * u, nm, fn, (20, 20, 20), kind="PERSON", anchor="mm")
        sub = pick(rng, [[(k.year, "AGE"), (" · ", None), (k.school, "SCHOOL")], [(k.school, "SCHOOL")], [(k.year, "AGE"), (" · ", None), (k.phone, "PHONE")],
                         [("if found: ", None), (k.phone, "PHONE")]])
        f2 = font(pick(rng, SANS), 28 * u)
        while f2.getlength("".join(t for t, _ in sub)) > 470 * u:
            f2 = font("dvc", f2.size * 0.9)
        s.spans(lx + 250 * u, ly + 180 * u, sub, f2, (60, 60, 60), anchor="mm")
        clutter(rng, c)
        put(rng, c, s, tw, rot=15, persp=0.15, region=(0.35, 0.65, 0.35, 0.65))
        return finish(rng, c)
    # bag tag on a fabric bag
    c.img = texture(rng, c.W, c.H, "fabric", pick(rng, [(30, 50, 110), (160, 30, 40), (40, 90, 60), (60, 60, 65)]))
    tw = min(c.W, c.H) * runi(rng, 0.35, 0.5)
    s = Surface(int(tw), int(tw * 1.5), (0, 0, 0, 0))
    u = tw / 600
    s.d.rounded_rectangle((0, 0, s.w, s.h), radius=40 * u, fill=pick(rng, [(250, 250, 250), (255, 230, 90), (250, 200, 220)]))
    s.d.ellipse((260 * u, 30 * u, 340 * u, 110 * u), fill=(80, 80, 80))
    s.text(300 * u, 160 * u, pick(rng, ["THIS BAG BELONGS TO", "If found please return to:", "NAME"]), font("dvb", 30 * u), (60, 60, 60), anchor="ma")
    y = 240 * u
    ink = pick(rng, INK)
    hf = font(pick(rng, HAND), 46 * u)
    for t, kd in [(k.name, "PERSON"), (k.addr1, "ADDRESS"), (k.phone, "PHONE")][:rint(rng, 1, 3)]:
        while hf.getlength(t) > 540 * u:
            hf = font(pick(rng, HAND), hf.size * 0.9)
        s.text(300 * u, y, t, hf, ink, kind=kd, anchor="ma")
        y += 90 * u
    if rng.random() < 0.35:
        pd = D.phone_digits(k.phone)
        s.qr(180 * u, y + 20 * u, f"tel:{pd}", max(4, int(8 * u)), leak=("PHONE", pd), border=3)
    put(rng, c, s, tw, rot=15, persp=0.12, region=(0.3, 0.7, 0.3, 0.7))
    return finish(rng, c)


def team_shirt(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("carpet", (120, 110, 100)), ("wood", (190, 150, 110)), ("fabric", (200, 190, 170))]))
    tw = min(c.W, c.H) * runi(rng, 0.65, 0.9)
    s = Surface(int(tw), int(tw * 1.05), (0, 0, 0, 0))
    u = tw / 1000
    col = pick(rng, BRIGHT + [(20, 30, 80), (250, 250, 250)])
    fg = (255, 255, 255) if sum(col) < 500 else (20, 20, 60)
    s.d.polygon([(250 * u, 0), (380 * u, 0), (500 * u, 60 * u), (620 * u, 0), (750 * u, 0), (1000 * u, 180 * u), (900 * u, 380 * u),
                 (800 * u, 320 * u), (800 * u, 1050 * u), (200 * u, 1050 * u), (200 * u, 320 * u), (100 * u, 380 * u), (0, 180 * u)], fill=col)
    fab = texture(rng, s.w, s.h, "fabric", (128, 128, 128)).convert("L")
    arr = np.asarray(s.img).astype(np.float32)
    arr[..., :3] *= (np.asarray(fab, np.float32) / 128.0)[..., None]
    s.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGBA")
    s.d = ImageDraw.Draw(s.img)
    nm = pick(rng, [k.last.upper(), k.first.upper(), k.last])
    f = font(pick(rng, ["dvb", "lsb", "fsb", "dvcb", "lnb"]), 110 * u)
    while f.getlength(nm) > 560 * u:
        f = font("lnb", f.size * 0.9)
    s.text_arc(500 * u, 1400 * u, 1150 * u, nm, f, fg, 0, kind="PERSON")
    s.text(500 * u, 600 * u, str(rint(rng, 1, 99)), font(pick(rng, ["dvb", "lsb", "fsb"]), 360 * u), fg, anchor="mm")
    if True:
        f3 = font(pick(rng, SANSB), 34 * u)
        t = k.org
        while f3.getlength(t) > 560 * u:
            f3 = font("dvcb", f3.size * 0.9)
        s.text(500 * u, 880 * u, t, f3, fg, kind="ORG", anchor="mm")
    put(rng, c, s, tw, rot=12, persp=0.1, bow=runi(rng, -0.03, 0.03), region=(0.4, 0.6, 0.45, 0.55))
    if rng.random() < 0.75:
        lw = c.W * 0.16
        t = Surface(int(lw), int(lw * 0.6), (250, 250, 245, 255))
        tu = t.w / 500
        t.text(250 * tu, 50 * tu, pick(rng, ["IF FOUND PLEASE CALL", "This kit belongs to", "PROPERTY OF"]), font("dvb", 28 * tu), (40, 40, 40), anchor="mm")
        hk = pick(rng, HAND)
        t.text(250 * tu, 140 * tu, k.phone, fit_font(hk, 56 * tu, k.phone, 460 * tu), pick(rng, INK), kind="PHONE", anchor="mm")
        if rng.random() < 0.5:
            t.text(250 * tu, 230 * tu, k.first, fit_font(hk, 50 * tu, k.first, 460 * tu), pick(rng, INK), kind="PERSON", anchor="mm")
        put(rng, c, t, t.w, rot=15, persp=0.08, shadow=0.2, region=(0.08, 0.92, 0.08, 0.92))
    return finish(rng, c)


def race_bib(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("fabric", (60, 80, 120)), ("fabric", (170, 60, 60)), ("fabric", (40, 110, 60)), ("fabric", (230, 200, 40))]))
    tw = min(c.W, c.H) * runi(rng, 0.55, 0.8)
    s = Surface(int(tw), int(tw * 0.8), (250, 250, 250, 255))
    u = tw / 1000
    col = pick(rng, BRIGHT)
    s.d.rectangle((0, 0, s.w, 150 * u), fill=col)
    src = pick(rng, [("SCHOOL", k.school), ("ORG", k.org)])
    f = font(pick(rng, SANSB), 50 * u)
    while f.getlength(src[1]) > 900 * u:
        f = font("dvcb", f.size * 0.9)
    s.text(500 * u, 75 * u, src[1], f, (255, 255, 255), kind=src[0], anchor="mm")
    if rng.random() < 0.5:
        s.spans(500 * u, 200 * u, [(pick(rng, ["SPORTS DAY – ", "Cross Country · ", "FUN RUN @ "]), None), (k.venue, "LOCATION")],
                fit_font("dvb", 40 * u, "Cross Country · " + k.venue, 900 * u), (40, 40, 40), anchor="mm")
    else:
        s.text(500 * u, 200 * u, pick(rng, ["SPORTS DAY 2026", "Cross Country", "FUN RUN", "Athletics Carnival"]), font("dvb", 40 * u), (40, 40, 40), anchor="mm")
    s.text(500 * u, 420 * u, str(rint(rng, 1, 480)), font(pick(rng, ["dvb", "lsb", "fsb"]), 300 * u), (10, 10, 10), anchor="mm")
    s.text(500 * u, 650 * u, pick(rng, [k.first.upper(), k.name.upper(), k.name]), font(pick(rng, SANSB), 60 * u), col, kind="PERSON", anchor="mm")
    if rng.random() < 0.7:
        s.text(500 * u, 730 * u, pick(rng, [f"U{k.age + 1}", k.year, f"Age {k.age}"]), font("dvb", 40 * u), (60, 60, 60), kind="AGE", anchor="mm")
    for x, y in [(40, 40), (960, 40), (40, 760), (960, 760)]:
        s.d.ellipse(((x - 14) * u, (y - 14) * u, (x + 14) * u, (y + 14) * u), outline=(160, 160, 170), width=int(5 * u))
    put(rng, c, s, tw, rot=10, persp=0.1, bow=runi(rng, -0.04, 0.04), region=(0.4, 0.6, 0.4, 0.6))
    return finish(rng, c)


def school_sign(rng):
    k = Kid(rng)
    c = new_photo(rng, "land", bg=outdoor_bg(rng))
    tw = c.W * runi(rng, 0.18, 0.45)   # small, far away
    s = Surface(int(tw), int(tw * 0.5), pick(rng, [(20, 60, 120, 255), (30, 100, 50, 255), (120, 20, 30, 255), (250, 250, 245, 255)]))
    u = tw / 1000
    bgc = s.img.getpixel((2, 2))
    fg = (255, 255, 255) if sum(bgc[:3]) < 400 else (20, 40, 90)
    s.d.rectangle((15 * u, 15 * u, s.w - 15 * u, s.h - 15 * u), outline=fg, width=int(6 * u))
    sn = k.school.upper() if rng.random() < 0.4 else k.school
    f = fit_font(pick(rng, SERIFB + SANSB), 100 * u, sn, 920 * u)
    s.text(500 * u, 150 * u, sn, f, fg, kind="SCHOOL", anchor="mm")
    if rng.random() < 0.55:
        s.text(500 * u, 250 * u, k.suburb, font(pick(rng, SERIF), 52 * u), fg, kind="LOCATION", anchor="mm")
    else:
        s.text(500 * u, 250 * u, pick(rng, ["Learning for life", "Kia kaha", "Respect · Courage · Kindness", "Est. 1921", "Welcome – Haere mai"]),
               font(pick(rng, SERIF), 48 * u), fg, anchor="mm")
    opt = rint(rng, 0, 2)
    f2 = font(pick(rng, SANS), 36 * u)
    if opt == 0:
        s.spans(500 * u, 350 * u, [("Principal: ", None), (k.teacher, "PERSON")], f2, fg, anchor="mm")
    elif opt == 1:
        s.text(500 * u, 350 * u, f"{k.addr1}, {k.suburb}", f2, fg, kind="ADDRESS", anchor="mm")
    else:
        s.text(500 * u, 350 * u, pick(rng, ["Visitors please report to reception", "Est. 1962", "Strive · Serve · Succeed"]), f2, fg, anchor="mm")
    s.text(500 * u, 430 * u, pick(rng, ["No dogs on school grounds", "Drive slowly – children crossing", "Office open 8:15am"]), font(pick(rng, SANS), 28 * u), fg, anchor="mm")
    if s.items and s.items[-1]["text"] is None:
        pass
    # posts
    hz = c.H * 0.7
    put(rng, c, s, tw, rot=3, persp=0.25, shadow=0.0, region=(0.2, 0.8, 0.35, 0.6))
    if rng.random() < 0.8:
        bw = c.W * runi(rng, 0.25, 0.4)
        b = Surface(int(bw), int(bw * 0.28), pick(rng, [(255, 230, 0, 255), (255, 255, 255, 255), (0, 120, 200, 255)]))
        bu = b.w / 1000
        fgc = (20, 20, 20) if b.img.getpixel((1, 1))[2] < 150 or b.img.getpixel((1, 1))[0] > 200 else (255, 255, 255)
        top = pick(rng, [[(k.school, "SCHOOL"), (" Spring Fair", None)], [(k.org, "ORG"), (" – sign up now", None)], [(k.school, "SCHOOL"), (" Fun Run", None)]])
        b.spans(500 * bu, 90 * bu, top, fit_font(pick(rng, SANSB), 80 * bu, "".join(t for t, _ in top), 920 * bu), fgc, anchor="mm")
        bot = [(f"Sat {rint(rng, 1, 28)} {pick(rng, D.MONTHS)[:3]} · ", None), (k.venue, "LOCATION")]
        b.spans(500 * bu, 200 * bu, bot, fit_font(pick(rng, SANS), 60 * bu, "".join(t for t, _ in bot), 920 * bu), fgc, anchor="mm")
        put(rng, c, b, b.w, rot=4, persp=0.2, shadow=0.1, bow=runi(rng, 0, 0.05), region=(0.15, 0.85, 0.62, 0.9))
    return finish(rng, c, blur=(0.6, 1.3))


def uniform_crest(rng):
    k = Kid(rng)
    fabc = pick(rng, [(20, 30, 70), (30, 70, 40), (100, 20, 30), (60, 60, 65), (110, 80, 50)])
    c = new_photo(rng, bg=lambda W, H: texture(rng, W, H, "fabric", fabc))
    tw = min(c.W, c.H) * runi(rng, 0.45, 0.7)
    s = Surface(int(tw), int(tw * 1.1), (0, 0, 0, 0))
    u = tw / 1000
    th = pick(rng, [(230, 190, 60), (240, 240, 240), (200, 40, 40), (120, 180, 230)])
    s.d.polygon([(200 * u, 80 * u), (800 * u, 80 * u), (800 * u, 500 * u), (500 * u, 760 * u), (200 * u, 500 * u)], fill=tuple(min(255, v + 40) for v in fabc), outline=th, width=int(16 * u))
    s.d.line((200 * u, 300 * u, 800 * u, 300 * u), fill=th, width=int(10 * u))
    s.text(500 * u, 200 * u, "★", font("dv", 120 * u), th, anchor="mm")
    s.text(500 * u, 430 * u, pick(rng, ["EST 1958", "1974", "MMXII"]), font("dvsb", 50 * u), th, anchor="mm")
    sname = k.school.upper() if rng.random() < 0.6 else k.school
    f = fit_font(pick(rng, SERIFB + SANSB), 64 * u, sname, 950 * u)
    if rng.random() < 0.5:
        s.text_arc(500 * u, 420 * u, 560 * u, sname, f, th, 0, kind="SCHOOL", bottom=True)
    else:
        s.text(500 * u, 860 * u, sname, f, th, kind="SCHOOL", anchor="mm", stroke=int(2 * u), stroke_fill=tuple(max(0, v - 60) for v in th))
    put(rng, c, s, tw, rot=12, persp=0.1, bow=runi(rng, -0.03, 0.03), shadow=0.0, region=(0.4, 0.6, 0.35, 0.55))
    if rng.random() < 0.6:
        t = Surface(int(tw * 0.7), int(tw * 0.1), (250, 250, 250, 255))
        tu = t.w / 700
        t.text(t.w / 2, t.h / 2, k.name.upper(), font(pick(rng, ["dvb", "lsb", "dvsb"]), 44 * tu), (200, 20, 30) if rng.random() < .5 else (20, 20, 120), kind="PERSON", anchor="mm")
        put(rng, c, t, t.w, rot=10, persp=0.05, shadow=0.15, region=(0.3, 0.7, 0.75, 0.88))
    return finish(rng, c)


def flyer_surface(rng, tw, k, what):
    s = Surface(int(tw), int(tw * 1.3), pick(rng, [(255, 255, 255, 255), (255, 250, 200, 255), (220, 240, 255, 255), (255, 225, 235, 255)]))
    u = tw / 1000
    col = pick(rng, BRIGHT + [(20, 20, 20)])
    if what == "babysit":
        tt = pick(rng, ["BABYSITTER", "Dog walking!", "Tutoring"])
        s.text(500 * u, 120 * u, tt, fit_font(pick(rng, DISPLAY), 110 * u, tt, 900 * u), col, anchor="mm")
        y = 260 * u
        f = font(pick(rng, SANS + HAND), 56 * u)
        if rng.random() < 0.5:
            s.spans(80 * u, y, [("Hi I'm ", None), (k.first, "PERSON"), (", ", None), (str(k.age + 2), "AGE")], f, (30, 30, 30))
        else:
            s.spans(80 * u, y, [("Hi I'm ", None), (k.first, "PERSON"), ("!", None)], f, (30, 30, 30))
        if rng.random() < 0.5:
            s.spans(80 * u, y + 90 * u, [("insta ", None), ("@" + k.handle, "HANDLE")], fit_font(pick(rng, SANS), 56 * u, "insta @" + k.handle, 840 * u), (30, 30, 30))
        else:
            s.text(80 * u, y + 90 * u, "reliable + first aid trained", f, (30, 30, 30))
        # tear-off tabs with phone, rotated 90
        n = 3
        tabw = 1000 * u / n
        for i in range(n):
            x0 = i * tabw
            s.d.line((x0, 900 * u, x0, s.h), fill=(120, 120, 120), width=max(1, int(2 * u)))
        tf = font(pick(rng, SANS), 44 * u)
        tf = fit_font(pick(rng, SANS), 44 * u, k.phone, 360 * u)
        for j in range(n):
            s.text_rot(j * tabw + tabw / 2, 1100 * u, k.phone, tf, (20, 20, 20), 90, kind="PHONE")
        return s
    if what == "yoga":
        tt = pick(rng, ["YOGA", "Book Swap", "Farmers Market"])
        s.text(500 * u, 160 * u, tt, fit_font(pick(rng, DISPLAY), 140 * u, tt, 900 * u), col, anchor="mm")
        s.text(500 * u, 400 * u, "Every Tuesday 6pm", font(pick(rng, SANS), 60 * u), (30, 30, 30), anchor="mm")
        s.text(500 * u, 520 * u, "All welcome · Free entry", font(pick(rng, SANS), 56 * u), (30, 30, 30), anchor="mm")
        return s
    # club
    f = font(pick(rng, DISPLAY), 80 * u)
    t = k.org
    while f.getlength(t) > 900 * u:
        f = font("dvcb", f.size * 0.9)
    s.text(500 * u, 140 * u, t, f, col, kind="ORG", anchor="mm")
    s.text(500 * u, 300 * u, "New players wanted!", font(pick(rng, SANS), 60 * u), (30, 30, 30), anchor="mm")
    s.spans(500 * u, 420 * u, [("Contact ", None), (k.parent, "PERSON")], font(pick(rng, SANS), 56 * u), (30, 30, 30), anchor="mm")
    if rng.random() < 0.6:
        pd = D.phone_digits(k.phone)
        pl, lk = pick(rng, [(f"tel:{pd}", ("PHONE", pd)), (f"https://wa.me/{pd.lstrip('+')}", ("PHONE", pd.lstrip("+"))),
                            (f"mailto:{k.email}", ("EMAIL", k.email))])
        s.qr(300 * u, 560 * u, pl, max(4, int(10 * u)), leak=lk, border=3)
    return s


def noticeboard(rng):
    k = Kid(rng)
    c = new_photo(rng, "land", bg=lambda W, H: texture(rng, W, H, "cork", (180, 130, 80)))
    if rng.random() < 0.6:
        edge_scrap(rng, c)
    whats = ["babysit", "club", "yoga"]
    order = [whats[i] for i in rng.permutation(3)]
    cols = [(0.2, 0.33), (0.45, 0.6), (0.7, 0.82)]
    for i, what in enumerate(order):
        kk = Kid(rng, k.c) if i else k
        tw = c.W * runi(rng, 0.2, 0.26)
        s = flyer_surface(rng, tw, kk, what)
        put(rng, c, s, tw, rot=10, persp=0.06, shadow=0.4, region=(cols[i][0], cols[i][1], 0.35, 0.65))
        pin = (c.last_region[0] + c.last_region[2]) / 2, c.last_region[1] + 14
        d = ImageDraw.Draw(c.img)
        d.ellipse((pin[0] - 25, pin[1] - 25, pin[0] + 25, pin[1] + 25), fill=pick(rng, BRIGHT))
    return finish(rng, c)


def lost_pet(rng):
    k = Kid(rng)
    c = new_photo(rng, "port", bg=pick(rng, [wall_bg(rng), outdoor_bg(rng)]))
    tw = c.W * runi(rng, 0.45, 0.7)
    s = Surface(int(tw), int(tw * 1.35), paper(rng, int(tw), int(tw * 1.35), pick(rng, [(255, 255, 255), (255, 250, 180), (250, 250, 245)])))
    u = tw / 1000
    col = pick(rng, [(220, 20, 20), (10, 10, 10), (20, 60, 170)])
    pet = pick(rng, ["DOG", "CAT", "RABBIT", "PUPPY", "KITTEN"])
    s.text(500 * u, 120 * u, f"LOST {pet}", font(pick(rng, ["dvb", "lsb", "fsb", "dvcb"]), 150 * u), col, anchor="mm")
    s.d.rectangle((200 * u, 240 * u, 800 * u, 640 * u), fill=pick(rng, [(180, 140, 90), (90, 90, 90), (230, 220, 200)]))
    s.d.ellipse((380 * u, 330 * u, 620 * u, 560 * u), fill=(60, 40, 20))  # pet silhouette blob (no faces)
    s.d.ellipse((330 * u, 300 * u, 420 * u, 420 * u), fill=(60, 40, 20))
    s.d.ellipse((580 * u, 300 * u, 670 * u, 420 * u), fill=(60, 40, 20))
    f = font(pick(rng, SANS), 50 * u)
    s.text(500 * u, 700 * u, f"\"{pick(rng, ['Biscuit', 'Luna', 'Milo', 'Coco', 'Bella', 'Pepper', 'Oreo'])}\" – {pick(rng, ['brown', 'grey tabby', 'black & white', 'golden'])}", f, (20, 20, 20), anchor="mm")
    s.spans(500 * u, 790 * u, [("Last seen near ", None), (k.venue if rng.random() < .6 else k.addr1, "LOCATION" if True else None)], f, (20, 20, 20), anchor="mm")
    if s.items[-1]["text"] == k.addr1:
        s.items[-1]["kind"] = "ADDRESS"
    s.spans(500 * u, 880 * u, [("Please call ", None), (k.first, "PERSON"), (pick(rng, ["'s mum", "'s dad", ""]), None)], f, (20, 20, 20), anchor="mm")
    s.text(500 * u, 990 * u, k.phone, font(pick(rng, ["dvb", "lsb"]), 90 * u), col, kind="PHONE", anchor="mm")
    if rng.random() < 0.8:
        pd = D.phone_digits(k.phone)
        pl, lk = pick(rng, [(f"tel:{pd}", ("PHONE", pd)), (f"sms:{pd}", ("PHONE", pd)),
                            (f"{k.parent} {k.last}, {k.addr1}, {k.addr2}", ("ADDRESS", f"{k.parent} {k.last}, {k.addr1}, {k.addr2}"))])
        mod = max(4, int(6 * u))
        s.qr(s.w - qr_size(pl, mod, 3) - 60 * u, 1040 * u, pl, mod, leak=lk, border=3)
        s.text(80 * u, 1180 * u, "REWARD", font("dvb", 80 * u), col)
    else:
        s.text(500 * u, 1180 * u, "REWARD OFFERED", font("dvb", 80 * u), col, anchor="mm")
    put(rng, c, s, tw, rot=8, persp=0.12, bow=runi(rng, 0, 0.02), region=(0.4, 0.6, 0.45, 0.55))
    return finish(rng, c)


def house_sign(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=lambda W, H: texture(rng, W, H, pick(rng, ["brick", "table"]), pick(rng, [(160, 70, 50), (225, 220, 205), (150, 150, 145)])))
    num = k.addr1.split()[0] if k.addr1.split()[0].isdigit() else str(rint(rng, 2, 99))
    tw = c.W * runi(rng, 0.12, 0.2)
    s = Surface(int(tw), int(tw * 0.9), pick(rng, [(20, 20, 20, 255), (240, 240, 235, 255), (30, 60, 110, 255), (200, 170, 90, 255)]))
    u = tw / 500
    fg = (250, 250, 250) if sum(s.img.getpixel((1, 1))[:3]) < 400 else (20, 20, 20)
    s.d.rectangle((10 * u, 10 * u, s.w - 10 * u, s.h - 10 * u), outline=fg, width=int(6 * u))
    s.text(250 * u, 225 * u, num, font(pick(rng, ["dvsb", "frb", "lrb", "dvb"]), 260 * u), fg, kind="ADDRESS", anchor="mm")
    put(rng, c, s, tw, rot=5, persp=0.15, region=(0.15, 0.45, 0.3, 0.7))
    street = " ".join(k.addr1.split()[1:]) if k.c != "IN" else pick(rng, D.GEO[k.c]["streets"])
    tw2 = c.W * runi(rng, 0.3, 0.45)
    s2 = Surface(int(tw2), int(tw2 * 0.22), pick(rng, [(250, 250, 250, 255), (20, 90, 50, 255), (20, 50, 120, 255)]))
    u2 = tw2 / 1000
    fg2 = (20, 20, 20) if s2.img.getpixel((1, 1))[0] > 200 else (255, 255, 255)
    s2.d.rectangle((10 * u2, 10 * u2, s2.w - 10 * u2, s2.h - 10 * u2), outline=fg2, width=int(8 * u2))
    st = street.upper() if rng.random() < 0.7 else street
    f = font(pick(rng, ["dvb", "lsb", "fsb", "dvcb"]), 110 * u2)
    while f.getlength(st) > 900 * u2:
        f = font("dvcb", f.size * 0.92)
    s2.text(500 * u2, s2.h / 2, st, f, fg2, kind="ADDRESS", anchor="mm")
    put(rng, c, s2, tw2, rot=6, persp=0.2, region=(0.6, 0.82, 0.15, 0.4))
    if rng.random() < 0.85:
        tw3 = c.W * 0.2
        s3 = Surface(int(tw3), int(tw3 * 0.3), (180, 30, 30, 255) if rng.random() < .5 else (40, 40, 40, 255))
        u3 = tw3 / 600
        s3.text(300 * u3, s3.h / 2, pick(rng, [f"The {k.last}s", f"{k.last} Family", f"The {k.last} family"]), font(pick(rng, SERIFB), 60 * u3), (255, 255, 255), kind="PERSON", anchor="mm")
        put(rng, c, s3, tw3, rot=4, persp=0.15, region=(0.55, 0.85, 0.6, 0.85))
    return finish(rng, c)


def trophy_medal(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("wood", (110, 75, 50)), ("table", (90, 92, 96)), ("fabric", (60, 80, 120))]))
    gold = pick(rng, [(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    if rng.random() < 0.5:
        # trophy with plaque
        th = c.H * runi(rng, 0.6, 0.8)
        s = Surface(int(th * 0.7), int(th), (0, 0, 0, 0))
        u = s.w / 700
        s.d.ellipse((100 * u, 20 * u, 600 * u, 420 * u), fill=gold)
        s.d.rectangle((300 * u, 400 * u, 400 * u, 600 * u), fill=gold)
        s.d.rectangle((100 * u, 600 * u, 600 * u, 1000 * u), fill=(40, 30, 25))
        s.d.rectangle((140 * u, 660 * u, 560 * u, 940 * u), fill=gold)
        eng = tuple(max(0, v - 90) for v in gold)
        for yy, (t, kd) in zip([710, 790, 870], [(k.org if rng.random() < .6 else k.school, None), (k.name, "PERSON"),
                                                  (pick(rng, ["Player of the Year 2026", f"U{k.age + 1} Champion", "Most Improved"]), None)]):
            f = font(pick(rng, SERIFB + ["dvsbi"]), 40 * u)
            while f.getlength(t) > 400 * u:
                f = font("dvsc", f.size * 0.9)
            kd2 = kd
            if t == k.org:
                kd2 = "ORG"
            elif t == k.school:
                kd2 = "SCHOOL"
            elif t.startswith("U") and t.endswith("Champion"):
                s.spans(350 * u, yy * u, [(f"U{k.age + 1}", "AGE"), (" Champion", None)], f, eng, anchor="mm")
                continue
            engraved(s, 350 * u, yy * u, t, f, eng, kind=kd2, anchor="mm")
        put(rng, c, s, s.w, rot=4, persp=0.08, region=(0.35, 0.65, 0.45, 0.55))
    else:
        d = min(c.W, c.H) * runi(rng, 0.4, 0.6)
        s = Surface(int(d), int(d * 1.4), (0, 0, 0, 0))
        u = d / 1000
        rib = pick(rng, BRIGHT)
        s.d.polygon([(300 * u, 0), (450 * u, 0), (500 * u, 450 * u), (350 * u, 450 * u)], fill=rib)
        s.d.polygon([(700 * u, 0), (550 * u, 0), (500 * u, 450 * u), (650 * u, 450 * u)], fill=tuple(max(0, v - 40) for v in rib))
        s.d.ellipse((50 * u, 400 * u, 950 * u, 1300 * u), fill=gold, outline=tuple(max(0, v - 50) for v in gold), width=int(20 * u))
        eng = tuple(max(0, v - 100) for v in gold)
        f = font(pick(rng, SERIFB), 80 * u)
        t = k.first if rng.random() < .5 else k.name
        while f.getlength(t) > 700 * u:
            f = font("dvscb", f.size * 0.9)
        engraved(s, 500 * u, 800 * u, t, f, eng, kind="PERSON", anchor="mm")
        f2 = font(pick(rng, SERIF), 50 * u)
        t2 = pick(rng, [(k.school, "SCHOOL"), (k.org, "ORG"), ("1st Place 2026", None)])
        while f2.getlength(t2[0]) > 750 * u:
            f2 = font("dvsc", f2.size * 0.9)
        engraved(s, 500 * u, 930 * u, t2[0], f2, eng, kind=t2[1], anchor="mm")
        if rng.random() < 0.5:
            engraved(s, 500 * u, 1060 * u, k.venue, fit_font(pick(rng, SERIF), 46 * u, k.venue, 640 * u), eng, kind="LOCATION", anchor="mm")
        else:
            engraved(s, 500 * u, 1060 * u, pick(rng, ["100m Sprint", "Swimming Gala", "Spelling Bee", "Chess Open"]), font(pick(rng, SERIF), 46 * u), eng, anchor="mm")
        put(rng, c, s, s.w, rot=15, persp=0.15, region=(0.35, 0.65, 0.4, 0.6))
    return finish(rng, c)


def calendar_board(rng):
    k = Kid(rng)
    c = new_photo(rng, "land", bg=wall_bg(rng))
    tw = c.W * runi(rng, 0.6, 0.8)
    s = Surface(int(tw), int(tw * 0.62), (250, 250, 252, 255))
    u = tw / 1000
    s.d.rectangle((0, 0, s.w, s.h), outline=(170, 170, 180), width=int(14 * u))
    s.text(40 * u, 30 * u, pick(rng, ["This week", "FAMILY PLANNER", "Week of the 9th", "To do!"]), font(pick(rng, HAND), 46 * u), pick(rng, INK))
    markers = [(20, 20, 160), (200, 20, 30), (20, 120, 40), (20, 20, 20)]
    sib = Kid(rng, k.c)
    entries = [[("Mon – ", None), (k.first, "PERSON"), (" swim @ ", None), (k.venue, "LOCATION"), (" 4pm", None)],
               [("Tue – pick up ", None), (sib.first, "PERSON"), (" from ", None), (k.school, "SCHOOL"), (" 3:15", None)],
               [("Wed – ", None), (k.org, "ORG"), (" 6pm", None)],
               [("Thu – dentist 9:30", None)],
               [("Nana's number: ", None), (k.phone, "PHONE")],
               [("Fri – sleepover at ", None), (k.addr1, "ADDRESS")],
               [("Sat – ", None), (k.first, "PERSON"), ("'s party!! ", None), (f"turning {k.age}", "AGE")],
               [("Bins out Sunday night", None)],
               [("wifi pw: sunflower", None), (D.digits(rng, 2), None)],
               [(k.first, "PERSON"), ("'s bday ", None), (k.dob, "DATE_OF_BIRTH")],
               [("school login: ", None), (k.email, "EMAIL")],
               [("recital stream: ", None), (f"youtube.com/@{k.handle}", "URL")]]
    idx = sorted(rng.permutation(len(entries))[:rint(rng, 5, 7)])
    want_qr = rng.random() < 0.5
    ew = 660 * u if want_qr else 920 * u
    y = 120 * u
    hk = pick(rng, HAND)
    for i in idx:
        sp = entries[i]
        need = sum(1 for t in sp if t[1])
        if not s.room(need):
            continue
        hfi = fit_font(hk, 40 * u, "".join(t for t, _ in sp), ew)
        s.spans(50 * u, y, sp, hfi, pick(rng, markers))
        y += 70 * u
    if want_qr and s.room(1):
        pl = f"WIFI:T:WPA;S:{k.last.replace(' ', '')}Family;P:sunflower{D.digits(rng, 2)};;"
        s.qr(720 * u, 120 * u, pl, max(4, int(6 * u)), leak=("PERSON", f"{k.last.replace(' ', '')}Family"), border=3)
    put(rng, c, s, tw, rot=5, persp=0.15, region=(0.4, 0.6, 0.4, 0.6))
    return finish(rng, c)


def fridge_note(rng):
    k = Kid(rng)
    c = new_photo(rng, "port", bg=lambda W, H: gradient(W, H, pick(rng, [(225, 228, 232), (245, 245, 240), (200, 205, 210)]), (170, 175, 180), vertical=False))
    d = ImageDraw.Draw(c.img)
    for i in range(rint(rng, 3, 7)):  # magnets
        x, y = rng.random() * c.W, rng.random() * c.H
        r = runi(rng, 30, 80)
        d.ellipse((x - r, y - r, x + r, y + r), fill=pick(rng, BRIGHT))
    notes = []
    tw = c.W * runi(rng, 0.4, 0.55)
    s = Surface(int(tw), int(tw), pick(rng, [(255, 240, 120, 255), (255, 190, 220, 255), (190, 240, 255, 255), (255, 255, 255, 255)]))
    u = tw / 1000
    ink = pick(rng, INK)
    hf = font(pick(rng, HAND), 64 * u)
    lines = pick(rng, [[[(k.first, "PERSON"), (" –", None)], [("dinner in oven", None)], [("Mum's mobile:", None)], [(k.phone, "PHONE")]],
                       [[("Babysitter info", None)], [(k.first, "PERSON"), (" bed at 8", None)], [("call ", None), (k.parent, "PERSON")], [(k.phone, "PHONE")]],
                       [[("Emergency:", None)], [(k.addr1, "ADDRESS")], [(k.phone, "PHONE")]],
                       [[("School portal:", None)], [(k.email, "EMAIL")], [("pw on back", None)]],
                       [[("pick up ", None), (k.first, "PERSON")], [("from ", None), (k.school, "SCHOOL")], [("then ", None), (k.org, "ORG")], [("at ", None), (k.venue, "LOCATION")]],
                       [[(k.first, "PERSON"), ("'s DOB", None)], [(k.dob, "DATE_OF_BIRTH")], [("for the passport form", None)]]])
    y = 80 * u
    for ln in lines:
        f = hf
        while f.getlength("".join(t for t, _ in ln)) > 880 * u:
            f = font(pick(rng, HAND), f.size * 0.9)
        s.spans(60 * u, y, ln, f, ink)
        y += 120 * u
    put(rng, c, s, tw, rot=12, persp=0.08, shadow=0.25, region=(0.3, 0.7, 0.25, 0.45))
    if rng.random() < 0.75:
        tw2 = c.W * runi(rng, 0.3, 0.4)
        s2 = Surface(int(tw2), int(tw2 * 1.3), (255, 255, 255, 255))
        u2 = tw2 / 1000
        ssid = pick(rng, [f"{k.last.replace(' ', '').replace(chr(39), '')}Family", f"The{k.last.replace(' ', '').replace(chr(39), '')}s", f"{k.last.replace(' ', '').replace(chr(39), '')}_Home"])
        s2.text(500 * u2, 100 * u2, "Guest Wi-Fi", font(pick(rng, SANSB), 90 * u2), (20, 20, 20), anchor="mm")
        s2.spans(500 * u2, 220 * u2, [("Network: ", None), (ssid, "PERSON")], font(pick(rng, SANS), 60 * u2), (40, 40, 40), anchor="mm")
        pl = f"WIFI:T:WPA;S:{ssid};P:{pick(rng, ['sunflower', 'kiwi', 'biscuit', 'rainbow'])}{D.digits(rng, 3)};;"
        s2.qr(200 * u2, 320 * u2, pl, max(4, int(16 * u2)), leak=("PERSON", ssid), border=3)
        put(rng, c, s2, tw2, rot=8, persp=0.08, shadow=0.25, region=(0.3, 0.7, 0.6, 0.8))
    return finish(rng, c)


def id_card(rng):
    k = Kid(rng)
    c = new_photo(rng, bg=pick(rng, [("wood", (150, 105, 70)), ("table", (215, 212, 205)), ("fabric", (60, 80, 120)), ("carpet", (70, 80, 70))]))
    kind = pick(rng, ["student", "library", "bus", "member"])
    tw = min(c.W, c.H) * runi(rng, 0.55, 0.8)
    s = Surface(int(tw), int(tw * 0.63), (0, 0, 0, 0))
    u = tw / 1000
    col = pick(rng, BRIGHT + [(20, 50, 110)])
    s.d.rounded_rectangle((0, 0, s.w - 1, s.h - 1), radius=45 * u, fill=(250, 250, 250))
    s.d.rounded_rectangle((0, 0, s.w - 1, 150 * u), radius=45 * u, fill=col)
    s.d.rectangle((0, 100 * u, s.w - 1, 150 * u), fill=col)
    if kind == "student":
        head = (k.school, "SCHOOL")
    elif kind == "library":
        head = (f"{k.suburb} Library", "LOCATION")
    elif kind == "member":
        head = (k.org, "ORG")
    else:
        head = (pick(rng, ["Metro Transit", "City Bus", "Translink", "Go Card"]) + " · Child Concession", None)
    f = font(pick(rng, SANSB), 52 * u)
    while f.getlength(head[0]) > 900 * u:
        f = font("dvcb", f.size * 0.9)
    s.text(40 * u, 75 * u, head[0], f, (255, 255, 255), kind=head[1], anchor="lm")
    s.d.rectangle((40 * u, 190 * u, 300 * u, 520 * u), fill=(200, 205, 215))  # photo placeholder (no face)
    s.d.line((40 * u, 190 * u, 300 * u, 520 * u), fill=(170, 175, 185), width=int(4 * u))
    s.d.line((300 * u, 190 * u, 40 * u, 520 * u), fill=(170, 175, 185), width=int(4 * u))
    f1 = font(pick(rng, SANSB), 50 * u)
    f2 = font(pick(rng, SANS), 36 * u)
    y = 200 * u
    nm = k.name.upper() if rng.random() < 0.4 else k.name
    while f1.getlength(nm) > 640 * u:
        f1 = font("dvcb", f1.size * 0.9)
    s.text(340 * u, y, nm, f1, (20, 20, 20), kind="PERSON")
    y += 80 * u
    rows = [[("DOB: ", None), (k.dob, "DATE_OF_BIRTH")], [("Year: ", None), (k.year, "AGE")],
            [("Emergency: ", None), (k.phone, "PHONE")], [("ID ", None), (D.digits(rng, 8), None)]]
    if kind == "member":
        rows = [[("Junior member · ", None), (f"U{k.age + 1}", "AGE")], [("DOB: ", None), (k.dob, "DATE_OF_BIRTH")],
                [("Parent: ", None), (k.phone, "PHONE")], [("No. ", None), (D.digits(rng, 6), None)]]
    if kind == "library":
        rows = [[("DOB: ", None), (k.dob, "DATE_OF_BIRTH")], [(k.addr1, "ADDRESS")], [("Card ", None), (D.digits(rng, 10), None)]]
    if kind == "bus":
        rows = [[("Age ", None), (f"{k.age}", "AGE"), (" · valid school days", None)], [("Home stop: ", None), (k.suburb, "LOCATION")],
                [("Card ", None), (D.digits(rng, 12), None)], [("Zones 1–3", None)]]
    for r in rows[:rint(rng, 2, len(rows))]:
        s.spans(340 * u, y, r, fit_font("dv", 36 * u, "".join(t for t, _ in r), 420 * u), (50, 50, 50))
        y += 60 * u
    barcode(s.d, 340 * u, 540 * u, 400 * u, 60 * u, rng)
    if rng.random() < 0.6:
        pl, lk = pick(rng, [(f"BEGIN:VCARD\nVERSION:3.0\nN:{k.last};{k.first}\nTEL:{D.phone_digits(k.phone)}\nEND:VCARD", ("PHONE", D.phone_digits(k.phone))),
                            (f"{k.name}\n{k.school}", ("PERSON", f"{k.name}\n{k.school}"))])
        mod = max(4, int(6 * u))
        s.qr(s.w - qr_size(pl, mod, 2) - 30 * u, 190 * u, pl, mod, leak=lk, border=2)
    clutter(rng, c)
    put(rng, c, s, tw, rot=15, persp=0.15, region=(0.35, 0.65, 0.35, 0.65))
    return finish(rng, c)


# ================================================================== clean
def movie_poster(rng):
    c = new_photo(rng, "port", bg=wall_bg(rng))
    tw = c.W * runi(rng, 0.5, 0.75)
    s = Surface(int(tw), int(tw * 1.48), gradient(int(tw), int(tw * 1.48), pick(rng, [(10, 10, 30), (60, 10, 10), (10, 40, 60)]), pick(rng, [(200, 120, 40), (20, 20, 20), (90, 40, 140)])))
    u = tw / 1000
    title, tag = pick(rng, D.MOVIES)
    stars = [D.STARS[i] for i in rng.permutation(len(D.STARS))[:2]]
    s.text(500 * u, 100 * u, "   ".join(x.upper() for x in stars), font(pick(rng, SANS), 34 * u), (230, 230, 230), anchor="mm")
    for i in range(20):
        x, y = rng.random() * s.w, rng.random() * s.h * 0.6 + 200 * u
        s.d.ellipse((x, y, x + 6 * u, y + 6 * u), fill=(255, 255, 220))
    f = font(pick(rng, ["dvb", "lsb", "dvsb", "frb"]), 120 * u)
    while f.getlength(title) > 900 * u:
        f = font("dvcb", f.size * 0.9)
    s.text(500 * u, 1050 * u, title, f, (255, 230, 180), anchor="mm")
    s.text(500 * u, 1180 * u, tag.upper(), font(pick(rng, SANS), 44 * u), (220, 220, 220), anchor="mm")
    s.text(500 * u, 1400 * u, "DIRECTED BY A. STUDIO · MUSIC BY HANS ZIMMER", font("dvc", 22 * u), (180, 180, 180), anchor="mm")
    if rng.random() < 0.5:
        s.qr(820 * u, 1240 * u, pick(rng, D.PUBLIC_SITES), max(4, int(5 * u)), border=2)
    put(rng, c, s, tw, rot=4, persp=0.15, bow=runi(rng, 0, 0.01), region=(0.4, 0.6, 0.45, 0.55))
    return finish(rng, c)


def book_cover(rng):
    c = new_photo(rng, bg=pick(rng, [("wood", (150, 105, 70)), ("fabric", (200, 190, 170)), ("table", (235, 230, 220))]))
    for _ in range(rint(rng, 1, 2)):
        title, author = pick(rng, D.AUTHORS)
        tw = min(c.W, c.H) * runi(rng, 0.35, 0.5)
        s = Surface(int(tw), int(tw * 1.5), pick(rng, [(30, 60, 90, 255), (120, 30, 40, 255), (240, 230, 200, 255), (40, 90, 60, 255)]))
        u = tw / 1000
        fg = (250, 240, 220) if sum(s.img.getpixel((1, 1))[:3]) < 400 else (30, 30, 30)
        s.d.rectangle((60 * u, 60 * u, 940 * u, 1440 * u), outline=fg, width=int(6 * u))
        f = font(pick(rng, SERIFB), 100 * u)
        y = 300 * u
        for ln in [l for l in __import__("common").wrap_spans([(title, None)], f, 800 * u)]:
            s.spans(500 * u, y, ln, f, fg, anchor="ma")
            y += 120 * u
        s.text(500 * u, 1200 * u, author.upper(), font(pick(rng, SERIF), 56 * u), fg, anchor="mm")
        s.text(500 * u, 1350 * u, pick(rng, ["PENGUIN CLASSICS", "Vintage", "Puffin Books", "Oxford World's Classics"]), font("dv", 30 * u), fg, anchor="mm")
        s.items = []
        for _t in range(30):
            q = random_quad(rng, runi(rng, .25, .75) * c.W, runi(rng, .3, .7) * c.H, s.w, s.h, runi(rng, -15, 15), 0.12)
            if c.place(s, q, shadow=0.5):
                break
    return finish(rng, c)


def packaging(rng):
    c = new_photo(rng, bg=pick(rng, [("table", (235, 230, 220)), ("wood", (190, 150, 110)), ("table", (90, 92, 96))]))
    brand, prod = pick(rng, D.BRANDS)
    tw = min(c.W, c.H) * runi(rng, 0.55, 0.8)
    s = Surface(int(tw), int(tw * 1.25), gradient(int(tw), int(tw * 1.25), pick(rng, BRIGHT), pick(rng, [(255, 255, 255), (250, 240, 200)])))
    u = tw / 1000
    s.text(500 * u, 150 * u, brand, font(pick(rng, DISPLAY), 130 * u), (255, 255, 255), anchor="mm", stroke=int(5 * u), stroke_fill=(40, 40, 40))
    s.text(500 * u, 330 * u, prod, font(pick(rng, SANSB), 60 * u), (30, 30, 30), anchor="mm")
    s.d.rectangle((60 * u, 500 * u, 560 * u, 1000 * u), fill=(255, 255, 255))
    s.text(80 * u, 520 * u, "Nutrition Information", font("dvb", 30 * u), (0, 0, 0))
    for i, (a, b) in enumerate([("Energy", f"{rint(rng, 300, 1900)} kJ"), ("Protein", f"{rint(rng, 1, 15)}.{rint(rng, 0, 9)} g"), ("Fat", f"{rint(rng, 0, 30)} g"),
                                ("Sugars", f"{rint(rng, 0, 40)} g"), ("Salt", f"0.{rint(rng, 1, 9)} g"), ("Best before", f"{rint(rng, 1, 28):02d}/{rint(rng, 1, 12):02d}/27")]):
        s.text(80 * u, 580 * u + i * 64 * u, a, font("dv", 28 * u), (0, 0, 0))
        s.text(540 * u, 580 * u + i * 64 * u, b, font("dv", 28 * u), (0, 0, 0), anchor="ra")
    s.d.rectangle((600 * u, 980 * u, 940 * u, 1200 * u), fill=(255, 255, 255))
    barcode(s.d, 620 * u, 1000 * u, 300 * u, 150 * u, rng)
    s.text(770 * u, 1180 * u, f"5 {D.digits(rng, 6)} {D.digits(rng, 6)}", font("dvm", 24 * u), (0, 0, 0), anchor="mm")
    site = pick(rng, D.PUBLIC_SITES) if rng.random() < 0.3 else f"https://www.{brand.lower().replace(' ', '').replace('.', '')}.com/recycle"
    s.qr(640 * u, 560 * u, site, max(4, int(7 * u)), border=3)
    s.text(500 * u, 1240 * u, "Scan for recipes & recycling info", font("dv", 26 * u), (40, 40, 40), anchor="mm")
    clutter(rng, c)
    put(rng, c, s, tw, rot=12, persp=0.12, region=(0.4, 0.6, 0.4, 0.6))
    return finish(rng, c)


def road_sign(rng):
    c = new_photo(rng, "land", bg=outdoor_bg(rng))
    tw = c.W * runi(rng, 0.3, 0.5)
    green = pick(rng, [(0, 110, 60), (20, 60, 150), (255, 255, 255)])
    s = Surface(int(tw), int(tw * 0.6), green + (255,))
    u = tw / 1000
    fg = (255, 255, 255) if green != (255, 255, 255) else (0, 0, 0)
    s.d.rounded_rectangle((15 * u, 15 * u, s.w - 15 * u, s.h - 15 * u), radius=30 * u, outline=fg, width=int(8 * u))
    cities = [D.CITIES[i] for i in rng.permutation(len(D.CITIES))[:3]]
    for i, cty in enumerate(cities):
        s.text(60 * u, 90 * u + i * 150 * u, ["↑", "←", "→"][i] + " " + cty, font(pick(rng, ["dvb", "lsb", "fsb"]), 80 * u), fg)
        s.text(940 * u, 90 * u + i * 150 * u, f"{rint(rng, 3, 240)}", font("dvb", 80 * u), fg, anchor="ra")
    put(rng, c, s, tw, rot=3, persp=0.2, shadow=0, region=(0.3, 0.7, 0.3, 0.5))
    lim = Surface(int(tw * 0.3), int(tw * 0.3), (0, 0, 0, 0))
    lu = lim.w / 300
    lim.d.ellipse((0, 0, lim.w - 1, lim.h - 1), fill=(255, 255, 255), outline=(220, 20, 20), width=int(30 * lu))
    lim.text(150 * lu, 150 * lu, str(pick(rng, [20, 30, 40, 50, 60, 80])), font("dvb", 120 * lu), (0, 0, 0), anchor="mm")
    put(rng, c, lim, lim.w, rot=4, persp=0.15, shadow=0, region=(0.1, 0.25, 0.3, 0.55))
    return finish(rng, c)


def store_sign(rng):
    c = new_photo(rng, "land", bg=lambda W, H: texture(rng, W, H, "brick", pick(rng, [(160, 70, 50), (140, 90, 70)])))
    tw = c.W * runi(rng, 0.55, 0.8)
    name = pick(rng, ["SUBWAY", "7-ELEVEN", "BOOTS", "IKEA", "STARBUCKS COFFEE", "McDONALD'S", "WHSmith", "KFC", "TESCO Express", "Walmart"])
    bgc = pick(rng, [(0, 120, 60), (200, 20, 30), (20, 40, 120), (250, 200, 0), (20, 20, 20)])
    s = Surface(int(tw), int(tw * 0.2), bgc + (255,))
    u = tw / 1000
    f = font(pick(rng, ["dvb", "lsb", "fsb", "dvsb"]), 130 * u)
    while f.getlength(name) > 900 * u:
        f = font("dvcb", f.size * 0.92)
    s.text(500 * u, 100 * u, name, f, (255, 255, 255) if bgc != (250, 200, 0) else (20, 20, 20), anchor="mm")
    put(rng, c, s, tw, rot=3, persp=0.25, region=(0.4, 0.6, 0.2, 0.35))
    s2 = Surface(int(tw * 0.25), int(tw * 0.3), (255, 255, 255, 255))
    u2 = s2.w / 250
    s2.text(125 * u2, 40 * u2, "OPEN", font("dvb", 40 * u2), (200, 20, 20), anchor="mm")
    for i, t in enumerate(["Mon–Fri 7–22", "Sat 8–22", "Sun 9–20"]):
        s2.text(125 * u2, 100 * u2 + i * 50 * u2, t, font("dv", 26 * u2), (20, 20, 20), anchor="mm")
    put(rng, c, s2, s2.w, rot=6, persp=0.1, region=(0.2, 0.8, 0.6, 0.8))
    return finish(rng, c)


def museum_sign(rng):
    c = new_photo(rng, "land", bg=outdoor_bg(rng))
    tw = c.W * runi(rng, 0.35, 0.55)
    s = Surface(int(tw), int(tw * 0.7), texture(rng, int(tw), int(tw * 0.7), "wood", (120, 80, 50)).convert("RGBA"))
    u = tw / 1000
    fg = (250, 240, 210)
    name = pick(rng, ["Natural History Museum", "Royal Botanic Garden", "Science Centre", "City Art Gallery", "National Park Visitor Centre", "Maritime Museum"])
    f = font(pick(rng, SERIFB), 80 * u)
    while f.getlength(name) > 900 * u:
        f = font("dvscb", f.size * 0.92)
    s.text(500 * u, 110 * u, name, f, fg, anchor="mm")
    for i, t in enumerate(["→ Dinosaur Gallery", "← Café & Toilets", "↑ Rose Garden", "Open 10am – 5pm daily", "Free entry · Donations welcome"]):
        s.text(80 * u, 220 * u + i * 85 * u, t, font(pick(rng, SANS), 50 * u), fg)
    if rng.random() < 0.5:
        s.qr(790 * u, 420 * u, pick(rng, D.PUBLIC_SITES), max(4, int(5 * u)), border=2)
    put(rng, c, s, tw, rot=4, persp=0.2, shadow=0.2, region=(0.3, 0.7, 0.35, 0.55))
    return finish(rng, c)


def event_ticket(rng):
    c = new_photo(rng, bg=pick(rng, [("wood", (150, 105, 70)), ("table", (215, 212, 205)), ("fabric", (60, 80, 120))]))
    tw = c.W * runi(rng, 0.55, 0.8)
    s = Surface(int(tw), int(tw * 0.38), gradient(int(tw), int(tw * 0.38), pick(rng, BRIGHT), (30, 30, 40), vertical=False).convert("RGBA"))
    u = tw / 1000
    artist, album = pick(rng, D.MUSICIANS)
    venue = pick(rng, ["Wembley Stadium", "Madison Square Garden", "Sydney Opera House", "Croke Park", "Eden Park", "FNB Stadium", "Rogers Centre"])
    s.text(40 * u, 40 * u, artist.upper(), font(pick(rng, DISPLAY), 64 * u), (255, 255, 255))
    s.text(40 * u, 130 * u, f"{album} World Tour", font(pick(rng, SANS), 34 * u), (240, 240, 240))
    s.text(40 * u, 200 * u, venue, font(pick(rng, SANSB), 32 * u), (255, 255, 255))
    s.text(40 * u, 250 * u, f"{pick(rng, ['SAT', 'FRI', 'SUN'])} {rint(rng, 1, 28)} {pick(rng, D.MONTHS)[:3].upper()} 2027 · DOORS 18:30", font("dv", 28 * u), (240, 240, 240))
    s.text(40 * u, 310 * u, f"BLOCK {rint(rng, 100, 560)}  ROW {pick(rng, list('ABCDEFGHJK'))}  SEAT {rint(rng, 1, 40)}", font("dvmb", 26 * u), (255, 255, 255))
    s.d.line((730 * u, 0, 730 * u, s.h), fill=(255, 255, 255), width=int(3 * u))
    if rng.random() < 0.7:
        s.qr(760 * u, 60 * u, pick(rng, D.PUBLIC_SITES), max(4, int(5 * u)), border=2)
    else:
        barcode(s.d, 760 * u, 80 * u, 200 * u, 200 * u, rng, color=(255, 255, 255))
    clutter(rng, c)
    put(rng, c, s, tw, rot=15, persp=0.12, region=(0.35, 0.65, 0.35, 0.65))
    return finish(rng, c)


def slogan_poster(rng):
    c = new_photo(rng, bg=wall_bg(rng))
    tw = min(c.W, c.H) * runi(rng, 0.6, 0.8)
    s = Surface(int(tw), int(tw * 1.3), pick(rng, [(255, 255, 255, 255), (250, 240, 200, 255), (30, 30, 60, 255)]))
    u = tw / 1000
    fg = (20, 20, 20) if s.img.getpixel((1, 1))[0] > 100 else (250, 230, 120)
    y = 250 * u
    if rng.random() < 0.5:
        txt = pick(rng, D.SLOGANS)
        f = font(pick(rng, DISPLAY), 120 * u)
        for ln in __import__("common").wrap_spans([(txt, None)], f, 860 * u):
            s.spans(500 * u, y, ln, f, fg, anchor="ma")
            y += 150 * u
    else:
        q, a = pick(rng, D.QUOTES)
        f = font(pick(rng, ["dvsi", "fri", "lri"]), 80 * u)
        for ln in __import__("common").wrap_spans([(f"“{q}”", None)], f, 860 * u):
            s.spans(500 * u, y, ln, f, fg, anchor="ma")
            y += 100 * u
        s.text(500 * u, y + 60 * u, "— " + a, font(pick(rng, SERIF), 60 * u), fg, anchor="ma")
    emoji(s.d, 500 * u, 1150 * u, 60 * u, pick(rng, ["star", "heart", "smile"]))
    put(rng, c, s, tw, rot=6, persp=0.12, region=(0.4, 0.6, 0.45, 0.55))
    return finish(rng, c)


def stadium_score(rng):
    c = new_photo(rng, "land", bg=lambda W, H: gradient(W, H, (20, 25, 40), (60, 90, 60)))
    d = ImageDraw.Draw(c.img)
    for i in range(400):  # crowd dots
        x, y = rng.random() * c.W, runi(rng, 0.55, 1.0) * c.H
        d.ellipse((x, y, x + 14, y + 14), fill=tuple(int(v) for v in rng.integers(40, 230, 3)))
    tw = c.W * runi(rng, 0.35, 0.55)
    s = Surface(int(tw), int(tw * 0.45), (10, 10, 10, 255))
    u = tw / 1000
    nba = rng.random() < 0.5
    teams = [D.NBA[i] if nba else D.PRO_TEAMS[i] for i in rng.permutation(10)[:2]]
    for i, t in enumerate(teams):
        s.text(60 * u, 70 * u + i * 140 * u, t.upper(), font("dvmb", 60 * u), (255, 200, 0))
        s.text(940 * u, 70 * u + i * 140 * u, str(rint(rng, 60, 120) if nba else rint(rng, 0, 4)), font("dvmb", 90 * u), (255, 60, 40), anchor="ra")
    per = pick(rng, ["Q3", "Q4", "2ND HALF", "78'"])
    s.text(500 * u, 380 * u, f"{per}  {rint(rng, 0, 11)}:{rint(rng, 0, 59):02d}", font("dvmb", 50 * u), (255, 255, 255), anchor="mm")
    put(rng, c, s, tw, rot=2, persp=0.15, shadow=0, region=(0.35, 0.65, 0.2, 0.35))
    return finish(rng, c, blur=(0.8, 1.6))
