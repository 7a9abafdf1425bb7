"""Camera-photo scenes (3000x2000 and larger): objects drawn flat, then placed with perspective,
rotation and curvature onto textured backgrounds, then lit, blurred and noised."""
import math

import numpy as np
from PIL import Image, ImageDraw

import data as D
from common import (DISPLAY_FONTS, HAND_FONTS, PRINT_FONTS, Bend, Chain, Cyl, F, Layer, Wave, darker,
                    fit_font, homog_quad, keystone_quad, fit_quad, lighter, paste_quad, photo_finish, rgba,
                    rotate_about, texture, translate, wrap_parts)

PHOTO_SIZES_L = [(3000, 2000), (4032, 3024), (4000, 3000), (3264, 2448), (4000, 2250), (3600, 2400), (3200, 2400)]


def photo_size(rng, orient=None):
    w, h = rng.pick(PHOTO_SIZES_L)
    if orient is None:
        orient = "L" if rng.chance(0.55) else "P"
    return (w, h) if orient == "L" else (h, w)


def canvas(ctx, kind, orient=None, color=None, size=None):
    W, H = size or photo_size(ctx.rng, orient)
    L = Layer(W, H, im=texture(kind, W, H, ctx.nr, ctx.rng, color))
    return L


def finish(ctx, L, soft=False):
    rng = ctx.rng
    easy = ctx.easy or soft or ctx.qr is not None
    k = max(L.w, L.h) / 3000.0
    low = rng.chance(0.2) and not easy
    im = photo_finish(
        L.im.convert("RGB"), ctx.nr,
        light=rng.uni(0.03, 0.3 if not easy else 0.15),
        vignette=rng.uni(0.0, 0.35 if not easy else 0.15),
        contrast=rng.uni(0.55, 0.75) if low else rng.uni(0.85, 1.05),
        blur=(rng.uni(0.0, 1.9) if not easy else rng.uni(0.0, 0.6)) * k,
        noise=rng.uni(2.0, 9.0) if not easy else rng.uni(1.5, 4.0),
        cast=(rng.uni(0.95, 1.06), rng.uni(0.97, 1.03), rng.uni(0.92, 1.05)),
        lift=rng.uni(10, 35) if low else 0.0)
    L.set_im(im)
    return L


def place(ctx, L, obj, cx=None, cy=None, rot=None, tilt=None, jitter=0.02, curve=None, shadow=True,
          margin=None):
    rng = ctx.rng
    W, H = L.w, L.h
    cx = W / 2 + rng.uni(-0.06, 0.06) * W if cx is None else cx
    cy = H / 2 + rng.uni(-0.06, 0.06) * H if cy is None else cy
    if rot is None:
        rot = rng.uni(-10, 10)
    if tilt is None:
        tilt = (rng.uni(-0.1, 0.1), rng.uni(-0.14, 0.14))
    q = keystone_quad(rng, obj.w, obj.h, cx, cy, rot, tilt[0], tilt[1])
    q = [(x + rng.uni(-jitter, jitter) * obj.w, y + rng.uni(-jitter, jitter) * obj.h) for x, y in q]
    q = fit_quad(q, W, H, margin if margin is not None else 0.03 * min(W, H))
    return paste_quad(L, obj, q, shadow=shadow, curve=curve)


def obj_size(L, frac, aspect, limit_h=0.9):
    """Object pixel size whose width is frac of the frame width (height limited)."""
    ow = L.w * frac
    oh = ow / aspect
    if oh > L.h * limit_h:
        oh = L.h * limit_h
        ow = oh * aspect
    return int(ow), int(oh)


def paper(w, h, color=(252, 251, 247), nr=None):
    return Layer(w, h, rgba(color))


def hand(rng):
    return rng.pick(HAND_FONTS)


def ink(rng):
    return rgba(rng.pick([(20, 30, 110), (15, 15, 20), (30, 60, 150), (40, 40, 45), (120, 20, 30)]))


def draw_lines(O, x, y, lines, font, fill, lh=1.3):
    """lines: list of parts lists; returns y after."""
    asc = font.getmetrics()[0]
    for parts in lines:
        if parts:
            O.runs(x, y + asc, parts, font, fill)
        y += font.size * lh
    return y


def tagged_block(O, x, y, lines, kind, font, fill, ctx, lh=1.25, anchor="la"):
    g = ctx.gid()
    for ln in lines:
        O.text(x, y, ln, font, fill, kind=kind, group=g, anchor=anchor)
        y += font.size * lh
    return y


# ---------------------------------------------------------------------------
# Birthday banner and cake
# ---------------------------------------------------------------------------
PARTY_COLS = [(230, 57, 70), (255, 183, 3), (42, 157, 143), (69, 123, 157), (155, 93, 229), (241, 91, 181),
              (0, 187, 249), (254, 228, 64)]


def birthday_banner(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wall", "wall", "brick"]), orient="L")
    W, H = L.w, L.h
    name = p.first.upper()
    nth = D.ordinal(p.age).upper()
    if rng.chance(0.5):
        # bunting: one letter per pennant
        words = ["HAPPY", "BIRTHDAY"]
        row2 = [name] + ([f"{nth}"] if rng.chance(0.6) else [])
        rows = [words, row2] if len(name) > 0 else [words]
        y = H * 0.2
        for ri, row in enumerate(rows):
            chars = []
            for wi, wd in enumerate(row):
                kind = None
                if ri == 1 and wi == 0:
                    kind = "PERSON"
                elif ri == 1 and wi == 1:
                    kind = "AGE"
                chars.append((wd, kind))
            n = sum(len(wd) for wd, _ in chars) + len(chars) - 1
            pw = min(W * 0.85 / max(n, 1), H * 0.14)
            ph = pw * 1.35
            BW = int(pw * n + pw * 0.4)
            BH = int(ph + pw * 0.5)
            O = Layer(BW, BH, (0, 0, 0, 0))
            O.line([(0, pw * 0.15), (BW, pw * 0.15)], (240, 240, 240, 255), max(2, pw * 0.04))
            x = pw * 0.2
            fnt = F(rng.pick(DISPLAY_FONTS), pw * 0.62)
            ci = rng.ri(0, 7)
            for wd, kind in chars:
                g = ctx.gid()
                for ch in wd:
                    col = PARTY_COLS[ci % 8]
                    ci += 1
                    O.poly([(x + pw * 0.04, pw * 0.15), (x + pw * 0.96, pw * 0.15), (x + pw / 2, pw * 0.15 + ph)],
                           fill=rgba(col))
                    O.text(x + pw / 2, pw * 0.15 + ph * 0.33, ch, fnt, (255, 255, 255, 255), kind=kind, group=g,
                           joiner="", anchor="mm", stroke=max(1, int(pw * 0.03)), stroke_fill=rgba(darker(col, 0.6)))
                    x += pw
                x += pw
            sag = -rng.uni(0.04, 0.1) * BH / (BW / 2) ** 2 * 4
            cx = W / 2 + rng.uni(-0.04, 0.04) * W
            place(ctx, L, O, cx=cx, cy=y + BH / 2, rot=rng.uni(-3, 3), tilt=(rng.uni(-0.04, 0.04), rng.uni(-0.06, 0.06)),
                  curve=Bend(BW / 2, sag), shadow=False, jitter=0.005)
            y += BH * 1.25
    else:
        BW, BH = obj_size(L, rng.uni(0.7, 0.88), rng.uni(3.2, 4.5))
        col = rng.pick(PARTY_COLS)
        O = Layer(BW, BH, rgba(col))
        O.rect((BH * 0.05, BH * 0.05, BW - BH * 0.05, BH * 0.95), outline=(255, 255, 255, 255), width=max(3, BH * 0.02))
        fam = rng.pick(DISPLAY_FONTS)
        style = rng.ri(0, 2)
        if style == 0:
            parts = [("HAPPY ", None), (nth, "AGE"), (" BIRTHDAY", None)]
            parts2 = [(name, "PERSON"), ("!", None)]
        elif style == 1:
            parts = [("Happy Birthday ", None), (p.first, "PERSON"), ("!", None)]
            parts2 = [("You are ", None), (str(p.age), "AGE"), ("!", None)]
        else:
            parts = [(name, "PERSON"), (" IS ", None), (str(p.age), "AGE"), ("!", None)]
            parts2 = [("Happy Birthday", None)]
        f1 = fit_font(fam, "".join(t for t, _ in parts), BW * 0.86, BH * 0.34)
        f2 = fit_font(fam, "".join(t for t, _ in parts2), BW * 0.8, BH * 0.28)
        w1 = sum(f1.getlength(t) for t, _ in parts)
        w2 = sum(f2.getlength(t) for t, _ in parts2)
        O.runs((BW - w1) / 2, BH * 0.46, parts, f1, (255, 255, 255, 255))
        O.runs((BW - w2) / 2, BH * 0.82, parts2, f2, rgba(lighter(col, 0.8)))
        sag = -rng.uni(0.03, 0.08) * BH / (BW / 2) ** 2 * 4
        place(ctx, L, O, cy=H * rng.uni(0.35, 0.5), rot=rng.uni(-4, 4), curve=Bend(BW / 2, sag), jitter=0.01,
              tilt=(rng.uni(-0.06, 0.06), rng.uni(-0.1, 0.1)))
    # balloons
    for _ in range(rng.ri(3, 7)):
        r = H * rng.uni(0.06, 0.1)
        bx, by = rng.uni(0.05, 0.95) * W, rng.uni(0.6, 0.9) * H
        col = rgba(rng.pick(PARTY_COLS))
        L.line([(bx, by + r * 1.2), (bx + rng.uni(-20, 20), H)], (230, 230, 230, 255), 3)
        L.ellipse((bx - r, by - r * 1.2, bx + r, by + r * 1.2), fill=col)
        L.ellipse((bx - r * 0.5, by - r * 0.9, bx - r * 0.2, by - r * 0.5), fill=rgba(lighter(col, 0.5)))
    return finish(ctx, L)


def _hull(pts):
    pts = sorted(set((round(x, 2), round(y, 2)) for x, y in pts))
    if len(pts) < 3:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lo, up = [], []
    for pt in pts:
        while len(lo) >= 2 and cross(lo[-2], lo[-1], pt) <= 0:
            lo.pop()
        lo.append(pt)
    for pt in reversed(pts):
        while len(up) >= 2 and cross(up[-2], up[-1], pt) <= 0:
            up.pop()
        up.append(pt)
    return lo[:-1] + up[:-1]


def birthday_cake(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "fabric", "wall"]), orient=rng.pick(["L", "L", "P"]))
    W, H = L.w, L.h
    S = int(min(W, H) * rng.uni(0.8, 0.95))
    icing = rng.pick([(252, 240, 245), (250, 246, 235), (255, 214, 224), (200, 230, 250), (90, 55, 40),
                      (235, 250, 235)])
    top = Layer(S, S, (0, 0, 0, 0))
    top.ellipse((2, 2, S - 2, S - 2), fill=rgba(icing))
    # piped border
    for k in range(36):
        a = 2 * math.pi * k / 36
        r = S * 0.47
        cx, cy = S / 2 + r * math.cos(a), S / 2 + r * math.sin(a)
        top.ellipse((cx - S * 0.03, cy - S * 0.03, cx + S * 0.03, cy + S * 0.03), fill=rgba(darker(icing, 0.92)))
    pipe = rgba(rng.pick([(200, 30, 90), (40, 90, 200), (120, 60, 160), (30, 140, 90), (90, 50, 30)])
                if sum(icing) > 400 else (250, 240, 250))
    fam = rng.pick(HAND_FONTS + ["fserif_bi", "lserif_bi"])
    T = Layer(S, S, (0, 0, 0, 0))
    style = rng.ri(0, 2)
    f1 = fit_font(fam, "Happy Birthday", S * 0.7, S * 0.11)
    f2 = fit_font(fam, p.first + "!", S * 0.6, S * 0.15)
    T.text(S / 2, S * 0.36, "Happy Birthday" if style != 2 else "Happy", f1, pipe, anchor="mm")
    T.text(S / 2, S * 0.53, p.first, f2, pipe, kind="PERSON", anchor="mm")
    if style == 0:
        T.text(S / 2, S * 0.69, D.ordinal(p.age), fit_font(fam, "00th", S * 0.3, S * 0.13), pipe, kind="AGE",
               anchor="mm")
    elif style == 1:
        T.runs(S * 0.33, S * 0.73, [("you're ", None), (str(p.age), "AGE"), ("!", None)],
               fit_font(fam, "you're 10!", S * 0.34, S * 0.09), pipe)
    else:
        T.text(S / 2, S * 0.69, D.age_text(rng, p.age), fit_font(fam, "10 years old", S * 0.5, S * 0.1), pipe,
               kind="AGE", anchor="mm")
    top.paste(T, Chain(Bend(S / 2, rng.uni(-1.0, 1.0) * 0.25 / S), translate(0, 0)))
    # candles
    for k in range(min(p.age, 10)):
        a = 2 * math.pi * (k + 0.5) / min(p.age, 10) + rng.uni(-0.1, 0.1)
        r = S * 0.4
        cx, cy = S / 2 + r * math.cos(a), S / 2 + r * math.sin(a) * 0.98
        top.ellipse((cx - S * 0.015, cy - S * 0.015, cx + S * 0.015, cy + S * 0.015),
                    fill=rgba(rng.pick(PARTY_COLS)))
    cx, cy = W / 2 + rng.uni(-0.05, 0.05) * W, H * rng.uni(0.42, 0.5)
    tilt = rng.uni(0.28, 0.5)
    rot = rng.uni(-12, 12)
    q = keystone_quad(rng, S, S * (1 - tilt), cx, cy, rot, rng.uni(-0.05, 0.05), rng.uni(0.08, 0.2))
    q = fit_quad(q, W, H, 0.05 * min(W, H) + S * 0.25)
    Hm = homog_quad([(0, 0), (S, 0), (S, S), (0, S)], q)
    circ = np.array([(S / 2 + S / 2 * math.cos(a), S / 2 + S / 2 * math.sin(a))
                     for a in np.linspace(0, 2 * math.pi, 120)])
    cp = Hm.fwd(circ)
    side = S * rng.uni(0.16, 0.24)
    # plate
    plate = Hm.fwd((circ - S / 2) * 1.18 + S / 2) + [0, side * 1.05]
    L.poly([tuple(v) for v in plate], fill=(238, 238, 240, 255))
    hull = _hull([tuple(v) for v in cp] + [tuple(v + [0, side]) for v in cp])
    L.poly(hull, fill=rgba(darker(icing, 0.85)))
    for k in range(3):
        band = cp + [0, side * (0.3 + 0.3 * k)]
        L.line([tuple(v) for v in band[30:91]], rgba(darker(icing, 0.75)), max(2, int(S * 0.006)))
    L.paste(top, Hm)
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Parcel and envelope
# ---------------------------------------------------------------------------
COURIERS = ["SwiftPost", "ParcelGo", "RoadRunner Express", "FastFreight", "QuickShip", "Courier Plus", "PostNow"]
SHOPS = ["ToyWorld Online", "BookNook Ltd", "GadgetHub", "KidzWear Direct", "CraftBox Co.", "GameZone Store"]


def parcel(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "carpet", "asphalt", "plain"]), orient=rng.pick(["L", "P"]))
    W, H = L.w, L.h
    bw, bh = obj_size(L, rng.uni(0.75, 0.9), rng.uni(1.1, 1.5) if W > H else rng.uni(0.7, 0.9), 0.85)
    box = Layer(bw, bh, im=texture("cardboard", bw, bh, ctx.nr, rng))
    # tape
    tw = bh * 0.12
    box.rect((0, bh / 2 - tw / 2, bw, bh / 2 + tw / 2), fill=(205, 175, 125, 255))
    lw, lh = int(bw * rng.uni(0.55, 0.68)), int(bh * rng.uni(0.55, 0.7))
    lab = Layer(lw, lh, (250, 250, 248, 255))
    fam = rng.pick(PRINT_FONTS)
    fb = F(rng.pick(DISPLAY_FONTS), lh * 0.065)
    u = lh / 100.0
    lab.rect((0, 0, lw, 12 * u), fill=(20, 20, 20, 255))
    lab.text(3 * u, 6 * u, rng.pick(COURIERS).upper(), fb, (255, 255, 255, 255), anchor="lm")
    lab.text(lw - 3 * u, 6 * u, rng.pick(["PRIORITY", "STANDARD", "EXPRESS", "TRACKED"]), F(fam, 4.5 * u),
             (255, 255, 255, 255), anchor="rm")
    y = 15 * u
    lab.text(3 * u, y, "FROM: " + rng.pick(SHOPS) + ", Unit " + str(rng.ri(2, 40)) + " Distribution Park",
             F(fam, 3.3 * u), (60, 60, 60, 255))
    y += 7 * u
    lab.text(3 * u, y, "SHIP TO:", F(fam, 4 * u), (0, 0, 0, 255))
    y += 6 * u
    f = F(rng.pick(["lsans_b", "sans_b", "fsans_b", "lmono_b"]), 5.6 * u)
    lab.text(3 * u, y, (p.full if rng.chance(0.7) else p.parent_full).upper(), f, (0, 0, 0, 255), kind="PERSON")
    y += 7.5 * u
    lines = [ln.upper() for ln in p.addr["lines"]]
    f2 = fit_font(rng.pick(["lsans", "sans", "fsans", "lmono"]), max(lines, key=len), lw - 8 * u, 5.0 * u)
    y = tagged_block(lab, 3 * u, y, lines, "ADDRESS", f2, (0, 0, 0, 255), ctx, lh=1.25)
    if rng.chance(0.7):
        lab.runs(3 * u, y + f2.getmetrics()[0], [("TEL: ", None), (p.parent_phone, "PHONE")], f2, (0, 0, 0, 255))
        y += f2.size * 1.3
    y += 2 * u
    lab.barcode((3 * u, y, lw * 0.62, min(lh - 10 * u, y + 16 * u)), rng)
    lab.text(3 * u, lh - 4 * u, f"{rng.pick(['TRK', 'AWB', 'CN'])} {rng.ri(10 ** 9, 10 ** 10 - 1)}", F("lmono", 3.3 * u),
             (0, 0, 0, 255), anchor="lm")
    if ctx.qr is not None:
        payload, leaks = ctx.qr_payload()
        n = Layer.qr_modules(payload)
        mod = max(6, int(min(lw * 0.3, lh * 0.4) / (n + 8)))
        qs = n * mod
        lab.qr(lw - qs - 4 * mod, lh - qs - 4 * mod, payload, mod, leaks)
    else:
        lab.text(lw - 4 * u, lh - 12 * u, f"{rng.uni(0.3, 9.5):.1f} kg", F(fam, 6 * u), (0, 0, 0, 255), anchor="rm")
    box.paste(lab, translate((bw - lw) / 2 + rng.uni(-0.05, 0.05) * bw, (bh - lh) / 2 + rng.uni(-0.05, 0.05) * bh)
              @ rotate_about(rng.uni(-4, 4), lw / 2, lh / 2))
    place(ctx, L, box, rot=rng.uni(-12, 12), tilt=(rng.uni(-0.08, 0.08), rng.uni(0.0, 0.12)))
    return finish(ctx, L)


def envelope(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "wood", "plain", "fabric"]), orient="L")
    W, H = L.w, L.h
    ew, eh = obj_size(L, rng.uni(0.72, 0.86), rng.uni(1.45, 2.0))
    col = rng.pick([(250, 249, 244), (246, 240, 226), (214, 184, 140), (235, 235, 240), (252, 236, 240)])
    E = Layer(ew, eh, rgba(col))
    u = eh / 100.0
    # stamp
    sx, sy = ew - 22 * u, 6 * u
    E.rect((sx, sy, sx + 15 * u, sy + 19 * u), fill=rgba(rng.pick(PARTY_COLS)), outline=(255, 255, 255, 255),
           width=max(2, int(u * 0.8)))
    E.text(sx + 7.5 * u, sy + 9.5 * u, rng.pick({"UK": ["1st", "2nd"], "IE": ["N", "€1.65"], "US": ["FOREVER", "73c"],
                                                  "CA": ["P", "$1.24"], "AU": ["$1.70", "$1.50"], "NZ": ["$3.10", "$2.90"],
                                                  "IN": ["₹5", "₹10"], "ZA": ["R8", "Standard"]}[p.region]),
           F("sans_b", 3.5 * u), (255, 255, 255, 255), anchor="mm")
    for k in range(3):
        E.ellipse((sx - 18 * u + k * 2, sy + 2 * u, sx - 2 * u + k * 2, sy + 18 * u), outline=(70, 70, 90, 180),
                  width=max(1, int(u * 0.4)))
    handwritten = rng.chance(0.65)
    fam = hand(rng) if handwritten else rng.pick(PRINT_FONTS)
    col_ink = ink(rng) if handwritten else (25, 25, 25, 255)
    # return address
    if True:  # return address of the (invented) sender
        rf = F(fam, 3.6 * u)
        g = ctx.gid()
        gp = D.gen_name(rng, p.region)
        E.runs(6 * u, 10 * u, [("From: ", None), (f"{gp[0]} {gp[1]}", "PERSON")], rf, col_ink)
        y = 11.5 * u
        for ln in D.make_address(rng, p.region)["lines"][:2]:
            E.text(6 * u, y, ln, rf, col_ink, kind="ADDRESS", group=g)
            y += 4.6 * u
    ff = F(fam, rng.uni(6.0, 7.5) * u)
    x0 = ew * rng.uni(0.3, 0.4)
    y = eh * rng.uni(0.38, 0.45)
    title = rng.pick(["", "", "Miss ", "Master ", "Ms ", "Mr "])
    nm = p.full
    lines = list(p.addr["lines"])
    longest = max([title + nm] + lines, key=lambda s: ff.getlength(s))
    if x0 + ff.getlength(longest) > ew * 0.95:
        ff = fit_font(fam, longest, ew * 0.95 - x0, ff.size)
    E.runs(x0, y + ff.getmetrics()[0], [(title, None), (nm, "PERSON")], ff, col_ink)
    y += ff.size * 1.3
    tagged_block(E, x0, y, lines, "ADDRESS", ff, col_ink, ctx, lh=1.3)
    place(ctx, L, E, rot=rng.uni(-14, 14), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.12, 0.12)))
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Outdoor: school sign, house number + street sign
# ---------------------------------------------------------------------------
def outdoor_bg(ctx, orient="L"):
    rng = ctx.rng
    W, H = photo_size(rng, orient)
    L = Layer(W, H, im=texture("sky", W, H, ctx.nr, rng))
    hz = H * rng.uni(0.55, 0.68)
    g = texture("grass", W, int(H - hz) + 1, ctx.nr, rng)
    L.im.paste(g.convert("RGBA"), (0, int(hz)))
    return L, hz


def trees(ctx, L, hz, n):
    rng = ctx.rng
    for _ in range(n):
        x = rng.uni(0, L.w)
        r = L.h * rng.uni(0.06, 0.14)
        L.rect((x - r * 0.08, hz - r * 0.4, x + r * 0.08, hz + r * 0.1), fill=(90, 65, 45, 255))
        col = rng.pick([(50, 100, 50), (70, 120, 60), (40, 85, 45), (90, 130, 70)])
        for k in range(5):
            ox, oy = rng.uni(-0.5, 0.5) * r, rng.uni(-1.4, -0.6) * r
            L.ellipse((x + ox - r * 0.6, hz + oy - r * 0.6, x + ox + r * 0.6, hz + oy + r * 0.6),
                      fill=rgba(darker(col, rng.uni(0.85, 1.0))))


def building(ctx, L, x0, x1, top, hz, kind="brick"):
    rng = ctx.rng
    bw, bh = int(x1 - x0), int(hz - top)
    tex = texture(kind, bw, bh, ctx.nr, rng)
    L.im.paste(tex.convert("RGBA"), (int(x0), int(top)))
    L.rect((x0 - bw * 0.02, top - bh * 0.06, x1 + bw * 0.02, top), fill=(80, 80, 90, 255))
    nwin = max(3, int(bw / (bh * 0.35)))
    for i in range(nwin):
        wx = x0 + (i + 0.25) * bw / nwin
        for row in range(2):
            wy = top + bh * (0.15 + 0.42 * row)
            L.rect((wx, wy, wx + bw / nwin * 0.5, wy + bh * 0.25), fill=(160, 190, 210, 255),
                   outline=(240, 240, 240, 255), width=max(2, int(bh * 0.01)))


SIGN_COLS = [((20, 60, 120), (255, 255, 255)), ((0, 100, 60), (255, 255, 255)), ((130, 20, 40), (255, 240, 200)),
             ((250, 250, 250), (20, 40, 100)), ((30, 30, 30), (255, 210, 0)), ((70, 40, 110), (255, 255, 255))]


def school_sign_layer(ctx, sw, sh):
    rng, p = ctx.rng, ctx.p
    bg, fg = rng.pick(SIGN_COLS)
    O = Layer(sw, sh, rgba(bg))
    O.rect((sh * 0.03, sh * 0.03, sw - sh * 0.03, sh * 0.97), outline=rgba(fg), width=max(3, int(sh * 0.015)))
    fam = rng.pick(DISPLAY_FONTS)
    O.text(sw / 2, sh * 0.12, rng.pick(["Welcome to", "WELCOME TO", "Haere mai ki", "Fáilte go"])
           if p.region in ("NZ", "IE") else rng.pick(["Welcome to", "WELCOME TO", ""]),
           F(rng.pick(["sans", "lsans", "fsans", "serif", "lserif_i"]), sh * 0.08), rgba(fg), anchor="ma")
    nm = p.school
    f = fit_font(fam, nm, sw * 0.9, sh * 0.2)
    if f.size < sh * 0.12 and " " in nm:
        words = nm.split(" ")
        half = len(words) // 2 + (1 if len(words) % 2 else 0)
        l1, l2 = " ".join(words[:half]), " ".join(words[half:])
        f = fit_font(fam, max(l1, l2, key=len), sw * 0.9, sh * 0.19)
        g = ctx.gid()
        O.text(sw / 2, sh * 0.26, l1, f, rgba(fg), kind="SCHOOL", group=g, joiner=" ", anchor="ma")
        O.text(sw / 2, sh * 0.26 + f.size * 1.15, l2, f, rgba(fg), kind="SCHOOL", group=g, joiner=" ", anchor="ma")
        y = sh * 0.26 + f.size * 2.4
    else:
        O.text(sw / 2, sh * 0.28, nm, f, rgba(fg), kind="SCHOOL", anchor="ma")
        y = sh * 0.28 + f.size * 1.4
    sub = F(rng.pick(PRINT_FONTS), sh * 0.075)
    if rng.chance(0.45):
        O.text(sw / 2, y, f"{p.street}, {p.suburb}", sub, rgba(fg), kind="LOCATION", anchor="ma")
        y += sub.size * 1.5
    if rng.chance(0.4) and y < sh * 0.78:
        O.text(sw / 2, y, rng.pick(["Learning together", "Strive for excellence", "Kia kaha, kia maia",
                                     "Respect · Courage · Kindness", "Est. 1962"]), F("serif_i", sh * 0.065),
               rgba(fg), anchor="ma")
    return O


def school_sign(ctx, far=False):
    rng, p = ctx.rng, ctx.p
    L, hz = outdoor_bg(ctx, "L")
    W, H = L.w, L.h
    if far:
        # building in the distance with the name on the facade
        x0, x1 = W * rng.uni(0.1, 0.3), W * rng.uni(0.7, 0.9)
        top = hz - H * rng.uni(0.18, 0.28)
        building(ctx, L, x0, x1, top, hz, rng.pick(["brick", "wall"]))
        trees(ctx, L, hz + H * 0.02, rng.ri(2, 5))
        sw = int((x1 - x0) * rng.uni(0.55, 0.8))
        sh = int(sw / rng.uni(4.5, 6.5))
        bg, fg = rng.pick(SIGN_COLS)
        O = Layer(sw, sh, rgba(bg))
        f = fit_font(rng.pick(DISPLAY_FONTS), p.school, sw * 0.92, sh * 0.6)
        O.text(sw / 2, sh / 2, p.school, f, rgba(fg), kind="SCHOOL", anchor="mm")
        q = keystone_quad(rng, sw, sh, (x0 + x1) / 2, top + sh * 0.3, rng.uni(-1.5, 1.5), 0, rng.uni(-0.03, 0.03))
        paste_quad(L, O, q, shadow=False)
        # small gate sign with suburb
        if rng.chance(0.5):
            gw = int(W * 0.12)
            gh = int(gw / 2.2)
            G = Layer(gw, gh, (245, 245, 245, 255))
            G.text(gw / 2, gh * 0.35, p.suburb, fit_font("sans_b", p.suburb, gw * 0.9, gh * 0.3), (20, 20, 20, 255),
                   kind="LOCATION", anchor="mm")
            G.text(gw / 2, gh * 0.72, rng.pick(["School Zone", "Drop-off only", "Slow down"]),
                   fit_font("sans", "School Zone", gw * 0.8, gh * 0.2), (20, 20, 20, 255), anchor="mm")
            gx = W * rng.uni(0.05, 0.2)
            L.rect((gx - 6, hz - gh * 1.2, gx + 6, hz + H * 0.08), fill=(120, 120, 120, 255))
            paste_quad(L, G, keystone_quad(rng, gw, gh, gx, hz - gh * 1.2, rng.uni(-2, 2), 0, rng.uni(-0.05, 0.05)),
                       shadow=False)
    else:
        trees(ctx, L, hz, rng.ri(2, 5))
        if rng.chance(0.6):
            building(ctx, L, W * 0.05, W * 0.95, hz - H * 0.2, hz, rng.pick(["brick", "wall"]))
        sw, sh = obj_size(L, rng.uni(0.6, 0.78), rng.uni(2.0, 2.8), 0.5)
        O = school_sign_layer(ctx, sw, sh)
        cx, cy = W / 2 + rng.uni(-0.08, 0.08) * W, hz - sh * 0.45
        tilt = (rng.uni(-0.1, 0.1), rng.uni(-0.04, 0.04))
        q = keystone_quad(rng, sw, sh, cx, cy, rng.uni(-2.5, 2.5), tilt[0], tilt[1])
        q = fit_quad(q, W, H, 0.03 * H)
        # posts
        for px in (q[3][0] + sw * 0.1, q[2][0] - sw * 0.1):
            L.rect((px - sw * 0.015, (q[3][1] + q[2][1]) / 2 - 10, px + sw * 0.015, hz + H * 0.12),
                   fill=(110, 100, 95, 255))
        paste_quad(L, O, q, shadow=False)
    return finish(ctx, L)


STREET_SIGN_STYLE = {
    "US": ((0, 110, 60), (255, 255, 255)), "CA": ((0, 70, 150), (255, 255, 255)), "UK": ((255, 255, 255), (20, 20, 20)),
    "IE": ((255, 255, 255), (20, 20, 20)), "AU": ((0, 60, 140), (255, 255, 255)), "NZ": ((0, 60, 130), (255, 255, 255)),
    "IN": ((0, 80, 160), (255, 255, 255)), "ZA": ((255, 255, 255), (20, 20, 20)),
}


def house_number(ctx):
    rng, p = ctx.rng, ctx.p
    W, H = photo_size(rng, rng.pick(["L", "L", "P"]))
    L = Layer(W, H, im=texture(rng.pick(["brick", "wall", "wood"]), W, H, ctx.nr, rng))
    # lawn/path strip at the bottom
    gh = int(H * rng.uni(0.12, 0.22))
    L.im.paste(texture("grass", W, gh, ctx.nr, rng).convert("RGBA"), (0, H - gh))
    # door
    dx = W * rng.uni(0.45, 0.65)
    L.rect((dx, H * 0.2, dx + W * 0.18, H - gh), fill=rgba(rng.pick([(120, 30, 40), (30, 60, 100), (40, 40, 40),
                                                                    (200, 180, 140), (20, 90, 70)])),
           outline=(240, 240, 240, 255), width=int(W * 0.01))
    # number plaque
    num = p.addr["num"]
    pw = int(W * rng.uni(0.14, 0.2))
    ph = int(pw * rng.uni(0.55, 0.8))
    bg = rng.pick([(250, 250, 250), (30, 30, 30), (200, 160, 60), (40, 70, 120), (230, 220, 200)])
    fg = (20, 20, 20) if sum(bg) > 450 else (250, 250, 250)
    O = Layer(pw, ph, rgba(bg))
    O.rect((ph * 0.05, ph * 0.05, pw - ph * 0.05, ph * 0.95), outline=rgba(fg), width=max(2, int(ph * 0.03)))
    O.text(pw / 2, ph / 2, num, fit_font(rng.pick(DISPLAY_FONTS + ["serif_b", "lserif_b"]), num, pw * 0.8, ph * 0.7),
           rgba(fg), kind="ADDRESS", anchor="mm")
    place(ctx, L, O, cx=dx - W * rng.uni(0.1, 0.16), cy=H * rng.uni(0.3, 0.45), rot=rng.uni(-3, 3),
          tilt=(rng.uni(-0.06, 0.06), rng.uni(-0.08, 0.08)))
    # letterbox with family name
    if rng.chance(0.6):
        mw, mh = int(W * 0.2), int(W * 0.11)
        M = Layer(mw, mh, rgba(rng.pick([(60, 60, 65), (180, 40, 40), (230, 230, 230), (40, 90, 60)])))
        mc = (250, 250, 250, 255) if M.im.getpixel((1, 1))[0] < 150 else (20, 20, 20, 255)
        parts = rng.pick([[("The ", None), (p.last, "PERSON"), ("s", None)], [(p.last, "PERSON"), (" Family", None)],
                          [(p.last, "PERSON")], [("The ", None), (p.last, "PERSON"), (" Family", None)],
                          [(p.parent_full, "PERSON")]])
        name = "".join(t for t, _ in parts)
        f = fit_font(rng.pick(PRINT_FONTS), name, mw * 0.85, mh * 0.3)
        tw = sum(f.getlength(t) for t, _ in parts)
        M.runs((mw - tw) / 2, mh * 0.55, parts, f, mc)
        M.text(mw / 2, mh * 0.8, num, F("sans_b", mh * 0.16), mc, kind="ADDRESS", anchor="mm")
        place(ctx, L, M, cx=W * rng.uni(0.15, 0.3), cy=H * rng.uni(0.65, 0.75), rot=rng.uni(-2, 2))
    # street sign on a pole
    bg, fg = STREET_SIGN_STYLE[p.region]
    st = p.street
    sw = int(W * rng.uni(0.3, 0.42))
    sh = int(sw * rng.uni(0.2, 0.28))
    S = Layer(sw, sh, rgba(bg))
    S.rect((sh * 0.06, sh * 0.06, sw - sh * 0.06, sh * 0.94), outline=rgba(fg), width=max(2, int(sh * 0.03)))
    txt = st.upper() if p.region in ("UK", "IE", "ZA", "US") and rng.chance(0.6) else st
    has_sub = rng.chance(0.25)
    f = fit_font(rng.pick(["sans_b", "lsans_b", "fsans_b", "cond_b", "narrow_b"]), txt, sw * 0.85,
                 sh * (0.45 if has_sub else 0.6))
    S.text(sw / 2, sh * (0.4 if has_sub else 0.5), txt, f, rgba(fg), kind="LOCATION", anchor="mm")
    if has_sub:
        sub = p.suburb + ("  " + p.addr["postcode"].split(" ")[0] if p.region == "UK" else "")
        S.text(sw / 2, sh * 0.77, sub, fit_font("sans", sub, sw * 0.7, sh * 0.2), rgba(fg), kind="LOCATION",
               anchor="mm")
    px = W * rng.uni(0.72, 0.85)
    py = H * rng.uni(0.15, 0.3)
    L.rect((px - W * 0.008, py, px + W * 0.008, H), fill=(150, 150, 155, 255))
    paste_quad(L, S, fit_quad(keystone_quad(rng, sw, sh, px, py, rng.uni(-4, 4), rng.uni(-0.1, 0.1), rng.uni(-0.05, 0.05)),
                              W, H, 0.02 * W), shadow=False)
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Name labels: lunch box, bag tag, bottle
# ---------------------------------------------------------------------------
def name_label(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "carpet", "fabric", "plain"]), orient=rng.pick(["L", "P"]))
    W, H = L.w, L.h
    kind = "tag" if (ctx.qr is not None or rng.chance(0.45)) else "box"
    if kind == "box":
        bw, bh = obj_size(L, rng.uni(0.7, 0.85), rng.uni(1.3, 1.7), 0.8)
        col = rng.pick(PARTY_COLS)
        B = Layer(bw, bh, (0, 0, 0, 0))
        B.rect((0, 0, bw, bh), fill=rgba(col), radius=bh * 0.12)
        B.rect((0, 0, bw, bh * 0.22), fill=rgba(darker(col, 0.85)), radius=bh * 0.1)
        for cx in (bw * 0.25, bw * 0.75):
            B.rect((cx - bw * 0.06, bh * 0.12, cx + bw * 0.06, bh * 0.3), fill=rgba(lighter(col, 0.4)), radius=bh * 0.03)
        lw, lh = int(bw * 0.62), int(bh * 0.36)
        Lb = Layer(lw, lh, (0, 0, 0, 0))
        Lb.rect((0, 0, lw, lh), fill=rgba(rng.pick([(255, 255, 255), (255, 245, 200), (220, 240, 255)])),
                radius=lh * 0.25, outline=rgba(darker(col, 0.6)), width=max(3, int(lh * 0.03)))
        fam = rng.pick(DISPLAY_FONTS + ["fsans_b", "lsans_bi"])
        nm = rng.pick([p.full, p.first, f"{p.first} {p.last[0]}."])
        f = fit_font(fam, nm, lw * 0.85, lh * 0.38)
        Lb.text(lw / 2, lh * 0.38, nm, f, rgba(darker(col, 0.5)), kind="PERSON", anchor="mm")
        sub_parts = rng.pick([[(p.year, "AGE")], [(p.year, "AGE"), (" · ", None), (D.school_short(p.school), None)],
                              [(p.school, "SCHOOL")], [("Room " + str(rng.ri(1, 24)), None)], [(p.cls, None)]])
        sf = fit_font("sans", "".join(t for t, _ in sub_parts), lw * 0.85, lh * 0.18)
        tw = sum(sf.getlength(t) for t, _ in sub_parts)
        Lb.runs((lw - tw) / 2, lh * 0.82, sub_parts, sf, (40, 40, 40, 255))
        B.paste(Lb, translate((bw - lw) / 2, bh * 0.45))
        place(ctx, L, B, rot=rng.uni(-15, 15), tilt=(rng.uni(-0.1, 0.1), rng.uni(0.02, 0.18)))
    else:
        tw_, th_ = obj_size(L, rng.uni(0.55, 0.7), rng.uni(0.62, 0.75) if ctx.qr is not None else rng.uni(1.4, 1.7), 0.85)
        col = rng.pick(PARTY_COLS + [(30, 30, 30)])
        T = Layer(tw_, th_, (0, 0, 0, 0))
        T.rect((0, 0, tw_, th_), fill=rgba(col), radius=min(tw_, th_) * 0.08)
        inner = (tw_ * 0.05, th_ * 0.05, tw_ * 0.95, th_ * 0.95)
        T.rect(inner, fill=(252, 252, 250, 255), radius=min(tw_, th_) * 0.06)
        T.ellipse((tw_ * 0.5 - th_ * 0.04, th_ * 0.07, tw_ * 0.5 + th_ * 0.04, th_ * 0.15), fill=(60, 60, 60, 255))
        u = th_ / 100.0 if ctx.qr is None else th_ / 100.0 * 0.8
        fam = rng.pick(PRINT_FONTS)
        hf = hand(rng)
        ic = ink(rng)
        y = th_ * 0.2
        head = rng.pick(["THIS BAG BELONGS TO:", "If found, please return to:", "NAME TAG"])
        T.text(tw_ * 0.1, y, head, fit_font(fam, head, tw_ * 0.8, 6 * u), (60, 60, 60, 255))
        y += 10 * u
        rows = [("Name: ", p.full, "PERSON"), ("School: ", p.school, "SCHOOL"),
                ({"US": "Grade: ", "CA": "Grade: ", "ZA": "Grade: "}.get(p.region, "Class: "), p.year, "AGE"),
                ("Phone: ", p.parent_phone, "PHONE")]
        if rng.chance(0.35):
            rows.pop()
        if ctx.qr is None and rng.chance(0.6):
            rows.append(("Address: ", p.addr["short"], "ADDRESS"))
        maxw = tw_ * 0.82
        for lab, val, k in rows:
            lf = F(fam, 5.2 * u)
            vf = fit_font(hf, val, maxw - lf.getlength(lab), 7 * u)
            T.text(tw_ * 0.1, y + 7 * u, lab, lf, (70, 70, 70, 255), anchor="ls")
            T.text(tw_ * 0.1 + lf.getlength(lab), y + 7 * u, val, vf, ic, kind=k, anchor="ls")
            T.line([(tw_ * 0.1 + lf.getlength(lab), y + 8.5 * u), (tw_ * 0.1 + maxw, y + 8.5 * u)], (170, 170, 170, 255),
                   max(1, int(u * 0.3)))
            y += 11.5 * u
        if ctx.qr is not None:
            payload, leaks = ctx.qr_payload()
            n = Layer.qr_modules(payload)
            mod = max(6, int(min(tw_ * 0.55, th_ * 0.3) / (n + 8)))
            qs = n * mod
            T.qr((tw_ - qs) / 2, th_ * 0.95 - qs - 4 * mod, payload, mod, leaks)
        place(ctx, L, T, rot=rng.uni(-12, 12), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.1, 0.1)))
    return finish(ctx, L)


def cyl_shade(layer, x0, x1, strength=0.35):
    a = np.asarray(layer.im).astype(np.float32)
    xs = np.arange(layer.w, dtype=np.float32)
    t = np.clip((xs - x0) / max(1, (x1 - x0)), 0, 1)
    prof = 1 - strength * (np.abs(t - 0.4) * 2) ** 2
    prof += 0.15 * np.exp(-((t - 0.3) / 0.06) ** 2)
    a[..., :3] *= prof[None, :, None]
    layer.set_im(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGBA"))


def bottle(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "plain", "wall"]), orient=rng.pick(["P", "P", "L"]))
    W, H = L.w, L.h
    bh = int(H * rng.uni(0.78, 0.88))
    bw = int(bh * rng.uni(0.3, 0.38))
    col = rng.pick([(40, 120, 200), (220, 60, 90), (60, 170, 120), (250, 180, 40), (140, 90, 200), (200, 200, 210)])
    B = Layer(bw, bh, (0, 0, 0, 0))
    B.rect((0, bh * 0.16, bw, bh), fill=rgba(col), radius=bw * 0.18)
    B.rect((bw * 0.25, bh * 0.04, bw * 0.75, bh * 0.2), fill=rgba(darker(col, 0.8)), radius=bw * 0.08)
    B.rect((bw * 0.32, 0, bw * 0.68, bh * 0.07), fill=(40, 40, 40, 255), radius=bw * 0.05)
    # label wrapped around the cylinder
    R = bw / 2
    lw = int(bw * rng.uni(1.05, 1.35))
    lh = int(bh * rng.uni(0.2, 0.28))
    lab = Layer(lw, lh, (0, 0, 0, 0))
    lc = rng.pick([(255, 255, 255), (255, 248, 220), (30, 30, 30)])
    lab.rect((0, 0, lw, lh), fill=rgba(lc), radius=lh * 0.12)
    tc = (20, 20, 20, 255) if sum(lc) > 400 else (250, 250, 250, 255)
    fam = rng.pick(DISPLAY_FONTS + HAND_FONTS[:3])
    nm = rng.pick([p.first, p.full, p.first.upper()])
    f = fit_font(fam, nm, lw * 0.7, lh * 0.42)
    lab.text(lw / 2, lh * 0.4, nm, f, tc, kind="PERSON", anchor="mm")
    subs = rng.pick([[(p.year, "AGE")], [(p.cls, None)], [(D.school_short(p.school) + " · ", None), (p.year, "AGE")],
                     [("Room " + str(rng.ri(1, 30)), None)], [(p.school, "SCHOOL")]])
    sf = fit_font("sans_b", "".join(t for t, _ in subs), lw * 0.62, lh * 0.18)
    tw = sum(sf.getlength(t) for t, _ in subs)
    lab.runs((lw - tw) / 2, lh * 0.82, subs, sf, tc)
    cy = bh * rng.uni(0.45, 0.6)
    B.paste(lab, Chain(translate(bw / 2 - lw / 2, cy - lh / 2), Cyl(bw / 2, R * 1.0, b=lh * rng.uni(0.04, 0.1))),
            step=6)
    cyl_shade(B, 0, bw, 0.35)
    cx = W / 2 + rng.uni(-0.15, 0.15) * W
    place(ctx, L, B, cx=cx, cy=H / 2 + rng.uni(-0.02, 0.04) * H, rot=rng.uni(-6, 6),
          tilt=(rng.uni(-0.03, 0.03), rng.uni(-0.05, 0.05)), jitter=0.005)
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Team shirt / bib
# ---------------------------------------------------------------------------
def team_shirt(ctx):
    rng, p = ctx.rng, ctx.p
    if rng.chance(0.55):
        L = canvas(ctx, rng.pick(["wood", "carpet", "plain"]), orient=rng.pick(["P", "L"]))
        W, H = L.w, L.h
        sw, sh = obj_size(L, 0.8 if W < H else 0.55, 1.05, 0.85)
        col = rng.pick([(200, 30, 40), (20, 60, 150), (250, 200, 0), (20, 120, 60), (240, 240, 240), (30, 30, 30),
                        (100, 40, 130)])
        S = Layer(sw, sh, (0, 0, 0, 0))
        fab = Layer(sw, sh, im=texture("fabric", sw, sh, ctx.nr, rng, col))
        mask = Image.new("L", (sw, sh), 0)
        md = ImageDraw.Draw(mask)
        md.polygon([(sw * 0.3, 0), (sw * 0.7, 0), (sw, sh * 0.18), (sw * 0.9, sh * 0.38), (sw * 0.8, sh * 0.32),
                    (sw * 0.8, sh), (sw * 0.2, sh), (sw * 0.2, sh * 0.32), (sw * 0.1, sh * 0.38), (0, sh * 0.18)], fill=255)
        S.im.paste(fab.im, (0, 0), mask)
        S.d = ImageDraw.Draw(S.im)
        tc = (255, 255, 255, 255) if sum(col) < 450 else (20, 20, 20, 255)
        fam = rng.pick(["sans_b", "lsans_b", "fsans_b", "cond_b", "narrow_b", "serif_b"])
        sur = p.last.upper()
        f = fit_font(fam, sur, sw * 0.52, sh * 0.1)
        T = Layer(sw, sh, (0, 0, 0, 0))
        T.text(sw / 2, sh * 0.2, sur, f, tc, kind="PERSON", anchor="ma")
        T.text(sw / 2, sh * 0.2 + f.size * 1.3, str(rng.ri(1, 30)), F(fam, sh * 0.28), tc, anchor="ma")
        if rng.chance(0.7):
            club = p.club
            T.text(sw / 2, sh * 0.8, club, fit_font(fam, club, sw * 0.5, sh * 0.045), tc, kind="ORG", anchor="ma")
        if rng.chance(0.4):
            sp = rng.pick(D.WORKPLACES).format(s=p.friend(2)[1])
            T.text(sw / 2, sh * 0.88, sp, fit_font("sans", sp, sw * 0.5, sh * 0.035), tc, kind="ORG", anchor="ma")
        S.paste(T, Wave(sh * rng.uni(0.004, 0.01), sw * rng.uni(0.4, 0.8), rng.uni(0, 6)), step=6)
        place(ctx, L, S, rot=rng.uni(-10, 10), tilt=(rng.uni(-0.06, 0.06), rng.uni(-0.06, 0.06)))
    else:
        L = canvas(ctx, "fabric", orient=rng.pick(["P", "L"]))
        W, H = L.w, L.h
        bw, bh = obj_size(L, rng.uni(0.6, 0.78), rng.uni(1.25, 1.5), 0.8)
        B = Layer(bw, bh, (250, 250, 250, 255))
        u = bh / 100.0
        col = rgba(rng.pick(PARTY_COLS[:6]))
        B.rect((0, 0, bw, 18 * u), fill=col)
        ev = rng.pick(["Junior Fun Run", "Kids Triathlon", "Schools Cross Country", "Colour Run", "Park Run Juniors",
                       "Inter-school Athletics"])
        B.text(bw / 2, 9 * u, ev, fit_font("sans_b", ev, bw * 0.9, 9 * u), (255, 255, 255, 255), anchor="mm")
        B.text(bw / 2, 52 * u, str(rng.ri(1, 999)), fit_font("sans_b", "999", bw * 0.75, 40 * u), (20, 20, 20, 255), anchor="mm")
        nm = p.first.upper()
        B.text(bw / 2, 80 * u, nm, fit_font(rng.pick(DISPLAY_FONTS), nm, bw * 0.6, 11 * u), rgba(darker(col[:3], 0.8)),
               kind="PERSON", anchor="mm")
        parts = rng.pick([[(p.age_group, "AGE")], [(p.age_group, "AGE"), ("  ·  ", None), (p.club, "ORG")],
                          [(p.school, "SCHOOL")]])
        f = fit_font("sans", "".join(t for t, _ in parts), bw * 0.85, 6 * u)
        tw = sum(f.getlength(t) for t, _ in parts)
        B.runs((bw - tw) / 2, 94 * u, parts, f, (40, 40, 40, 255))
        for cx, cy in [(4, 4), (96, 4), (4, 96), (96, 96)]:
            B.ellipse((cx * bw / 100 - 1.5 * u, cy * u - 1.5 * u, cx * bw / 100 + 1.5 * u, cy * u + 1.5 * u),
                      fill=(180, 180, 185, 255))
        place(ctx, L, B, rot=rng.uni(-8, 8), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.08, 0.08)),
              curve=Wave(bh * rng.uni(0.004, 0.01), bw * rng.uni(0.5, 1.0), rng.uni(0, 6)))
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Certificate and trophy
# ---------------------------------------------------------------------------
AWARDS = ["for outstanding effort in Mathematics", "for being a kind and helpful friend", "Star of the Week",
          "for excellent reading", "for 100% attendance", "for creative writing", "Swimming — 50 m Freestyle",
          "for great progress in Science", "Student of the Month"]


def certificate_layer(ctx, cw, ch):
    rng, p = ctx.rng, ctx.p
    col = rgba(rng.pick([(30, 60, 130), (130, 30, 50), (20, 100, 70), (150, 110, 20), (90, 40, 120)]))
    C = Layer(cw, ch, rgba(rng.pick([(253, 251, 245), (250, 247, 235), (255, 255, 255)])))
    u = ch / 100.0
    C.rect((3 * u, 3 * u, cw - 3 * u, ch - 3 * u), outline=col, width=max(4, int(1.4 * u)))
    C.rect((5 * u, 5 * u, cw - 5 * u, ch - 5 * u), outline=col, width=max(1, int(0.4 * u)))
    tf = rng.pick(["serif_b", "lserif_b", "fserif_b", "serif_bi"])
    C.text(cw / 2, 14 * u, rng.pick(["Certificate of Achievement", "CERTIFICATE OF MERIT", "Award Certificate",
                                      "Certificate of Excellence"]), fit_font(tf, "Certificate of Achievement", cw * 0.8, 9 * u),
           col, anchor="ma")
    C.text(cw / 2, 30 * u, rng.pick(["This certificate is proudly presented to", "awarded to", "is presented to"]),
           F(rng.pick(["serif_i", "lserif_i", "fserif_i"]), 4.2 * u), (60, 60, 60, 255), anchor="ma")
    nf = fit_font(rng.pick(["fserif_bi", "lserif_bi", "serif_bi", "fserif_i"]), p.full, cw * 0.7, 11 * u)
    C.text(cw / 2, 39 * u, p.full, nf, (20, 20, 20, 255), kind="PERSON", anchor="ma")
    C.line([(cw * 0.2, 53 * u), (cw * 0.8, 53 * u)], (120, 120, 120, 255), max(1, int(0.3 * u)))
    aw = rng.pick(AWARDS)
    C.text(cw / 2, 57 * u, aw, fit_font("serif", aw, cw * 0.75, 4.6 * u), (50, 50, 50, 255), anchor="ma")
    parts = [(p.year, "AGE"), ("  ·  ", None), (p.school, "SCHOOL")] if rng.chance(0.7) else [(p.club, "ORG")]
    f = fit_font("serif", "".join(t for t, _ in parts), cw * 0.8, 4.2 * u)
    tw = sum(f.getlength(t) for t, _ in parts)
    C.runs((cw - tw) / 2, 70 * u, parts, f, (50, 50, 50, 255))
    # signatures
    sf = F(hand(rng), 4.5 * u)
    lf = F("sans", 2.8 * u)
    for i, (who, role) in enumerate([(p.teacher_str, "Class Teacher" if rng.chance(0.7) else "Coach"),
                                     (rng.pick(["Mrs", "Mr", "Dr", "Ms"]) + " " + D.gen_name(rng, p.region)[1], "Principal")]):
        x = cw * (0.3 if i == 0 else 0.7)
        if i == 0 or rng.chance(0.5):
            C.text(x, 83 * u, who, sf, ink(rng), kind="PERSON", anchor="ms")
        C.line([(x - cw * 0.14, 84.5 * u), (x + cw * 0.14, 84.5 * u)], (90, 90, 90, 255), max(1, int(0.25 * u)))
        C.text(x, 86 * u, role, lf, (80, 80, 80, 255), anchor="ma")
    C.text(cw / 2, 92 * u, D.fmt_date(rng, p.region, 2025, rng.ri(1, 12), rng.ri(1, 28)), F("serif", 3 * u),
           (80, 80, 80, 255), anchor="ma")
    # seal
    C.ellipse((cw * 0.45, 74 * u, cw * 0.55, 74 * u + cw * 0.1), fill=(200, 160, 40, 255))
    return C


def certificate(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wood", "wall", "plain"]), orient="L")
    cw, ch = obj_size(L, rng.uni(0.72, 0.86), 1.414)
    C = certificate_layer(ctx, cw, ch)
    place(ctx, L, C, rot=rng.uni(-8, 8), tilt=(rng.uni(-0.1, 0.1), rng.uni(-0.12, 0.12)))
    return finish(ctx, L)


def trophy(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wall", "wood"]), orient=rng.pick(["P", "L"]))
    W, H = L.w, L.h
    th = int(H * 0.85)
    tw = int(th * 0.55)
    T = Layer(tw, th, (0, 0, 0, 0))
    gold = rng.pick([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    # cup
    T.poly([(tw * 0.15, th * 0.05), (tw * 0.85, th * 0.05), (tw * 0.7, th * 0.35), (tw * 0.3, th * 0.35)], fill=rgba(gold))
    T.ellipse((tw * 0.15, th * 0.02, tw * 0.85, th * 0.08), fill=rgba(lighter(gold, 0.3)))
    T.rect((tw * 0.45, th * 0.35, tw * 0.55, th * 0.5), fill=rgba(darker(gold, 0.85)))
    T.rect((tw * 0.3, th * 0.48, tw * 0.7, th * 0.53), fill=rgba(gold))
    # handles
    for sgn in (-1, 1):
        cx = tw / 2 + sgn * tw * 0.36
        T.d.arc((cx - tw * 0.12, th * 0.08, cx + tw * 0.12, th * 0.26), 0, 360, fill=rgba(gold), width=int(tw * 0.03))
    # base
    T.rect((tw * 0.05, th * 0.53, tw * 0.95, th), fill=rgba(rng.pick([(60, 35, 20), (25, 25, 28), (240, 240, 240)])))
    pw, ph = int(tw * 0.8), int(th * 0.36)
    P = Layer(pw, ph, rgba(lighter(gold, 0.15)))
    u = ph / 100.0
    P.rect((2 * u, 2 * u, pw - 2 * u, ph - 2 * u), outline=rgba(darker(gold, 0.6)), width=max(2, int(u)))
    ec = rgba(darker(gold, 0.3))
    fam = rng.pick(["serif_b", "lserif_b", "sans_b", "fserif_b"])
    rows = [[(p.club, "ORG")], [(p.age_group, "AGE"), (" " + rng.pick(["Player of the Year", "Most Improved",
                                                                          "Best & Fairest", "Champion", "Coach's Award"]), None)],
            [(p.full, "PERSON")], [(str(rng.ri(2021, 2025)), None)]]
    y = 14 * u
    for parts in rows:
        txt = "".join(t for t, _ in parts)
        f = fit_font(fam, txt, pw * 0.86, 15 * u)
        w_ = sum(f.getlength(t) for t, _ in parts)
        P.runs((pw - w_) / 2, y + f.getmetrics()[0], parts, f, ec)
        y += 21 * u
    T.paste(P, translate((tw - pw) / 2, th * 0.59))
    cyl_shade(T, tw * 0.15, tw * 0.85, 0.2)
    place(ctx, L, T, cx=W / 2 + rng.uni(-0.1, 0.1) * W, cy=H * 0.52, rot=rng.uni(-4, 4),
          tilt=(rng.uni(-0.05, 0.05), rng.uni(-0.06, 0.06)), jitter=0.01)
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Boards: noticeboard, whiteboard, fridge
# ---------------------------------------------------------------------------
NOTE_COLS = [(255, 250, 160), (255, 200, 220), (200, 235, 255), (210, 250, 200), (255, 255, 255), (255, 220, 170)]


def note_layer(ctx, nw, nh, content, color=None, tabs=None, title=None):
    """content: list of parts lists. tabs: text for tear-off strips (PHONE)."""
    rng = ctx.rng
    N = Layer(nw, nh, rgba(color or rng.pick(NOTE_COLS)))
    u = nh / 100.0
    fam = rng.pick(PRINT_FONTS + HAND_FONTS[:4])
    y = 6 * u
    if title:
        tf = fit_font(rng.pick(DISPLAY_FONTS), title, nw * 0.9, 11 * u)
        N.text(nw / 2, y, title, tf, rgba(rng.pick([(200, 20, 30), (20, 20, 20), (20, 60, 160)])), anchor="ma")
        y += tf.size * 1.35
    bottom = nh * (0.72 if tabs else 0.95)
    f = F(fam, 6.0 * u)
    while True:
        lines = []
        for parts in content:
            lines += wrap_parts(parts, f, nw * 0.88)
        if y + len(lines) * f.size * 1.3 <= bottom or f.size < 3 * u:
            break
        f = F(fam, f.size * 0.92)
    for ln in lines:
        if y + f.size * 1.3 > bottom + f.size * 0.3:
            break
        N.runs(nw * 0.06, y + f.getmetrics()[0], ln, f, (25, 25, 30, 255))
        y += f.size * 1.3
    if tabs:
        n = len(tabs)
        tw = nw / n
        for i, t in enumerate(tabs):
            x0 = i * tw
            N.line([(x0, nh * 0.74), (x0, nh)], (120, 120, 120, 255), max(1, int(0.3 * u)))
            S = Layer(int(nh * 0.25), int(tw * 0.9), (0, 0, 0, 0))
            sf = fit_font(fam, t, S.w * 0.94, S.h * 0.55)
            S.text(S.w / 2, S.h / 2, t, sf, (25, 25, 30, 255), kind="PHONE", anchor="mm")
            # rotate 90 degrees: strip reads bottom-to-top
            N.paste(S, Chain(rotate_about(-90, 0, 0), translate(x0 + tw * 0.05, nh * 0.99)))
        N.line([(0, nh * 0.74), (nw, nh * 0.74)], (120, 120, 120, 255), max(1, int(0.3 * u)))
    return N


def pin(L, x, y, r, col):
    L.ellipse((x - r, y - r, x + r, y + r), fill=rgba(col))
    L.ellipse((x - r * 0.4, y - r * 0.6, x, y - r * 0.2), fill=rgba(lighter(col, 0.6)))


def _board_notes(ctx, p):
    rng = ctx.rng
    f1, l1, full1 = p.friend(1)
    coach = D.gen_name(rng, p.region)
    notes = [
        ("BABYSITTER", [[("Hi! I'm ", None), (p.first, "PERSON"), (", ", None), (D.age_text(rng, max(p.age, 13) + 2), "AGE"),
                         (", first aid trained. ", None)], [("Call or text ", None), (p.phone, "PHONE")]], "tabs"),
        ("LOST SCOOTER", [[("Purple scooter with stickers. Belongs to ", None), (full1, "PERSON"), (" in ", None),
                           (p.year, "AGE"), (".", None)], [("Please return to ", None), (p.addr["short"], "ADDRESS")]], None),
        ("FOR SALE", [[("Kids bike, 20 inch, good condition. Ask for ", None), (p.parent_full, "PERSON")],
                      [(p.parent_phone, "PHONE")]], "tabs"),
        ("JOIN US!", [[(p.club, "ORG"), (" new players welcome ", None), (p.age_group, "AGE")],
                      [("Coach ", None), (f"{coach[0]} {coach[1]}", "PERSON"), (" ", None), (D.phone(rng, p.region)[0], "PHONE")]], None),
        ("SUMMER FAIR", [[(p.school, "SCHOOL"), (" Summer Fair, Saturday 10am-2pm. Cakes, games, raffle!", None)]], None),
        ("PIANO LESSONS", [[("Taught by ", None), (f"{D.gen_name(rng, p.region)[0]} {l1}", "PERSON"), (" in ", None),
                            (p.suburb, "LOCATION"), (". Email ", None), (p.parent_email, "EMAIL")]], None),
        ("DOG WALKER", [[("I'm ", None), (f1, "PERSON"), (", I love dogs! Around ", None), (p.street, "LOCATION"),
                         (" only.", None)], [("Text ", None), (D.phone(rng, p.region)[0], "PHONE")]], None),
        ("CARPOOL", [[("Looking for a carpool to ", None), (p.school, "SCHOOL"), (" from ", None), (p.suburb, "LOCATION")],
                     [("Message ", None), (p.parent[0], "PERSON"), (" on ", None), (p.parent_phone, "PHONE")]], None),
    ]
    return notes


def noticeboard(ctx):
    rng, p = ctx.rng, ctx.p
    W, H = photo_size(rng, "L")
    L = Layer(W, H, im=texture("wall", W, H, ctx.nr, rng))
    m = int(min(W, H) * 0.04)
    cork = Layer(W - 2 * m, H - 2 * m, im=texture("cork", W - 2 * m, H - 2 * m, ctx.nr, rng))
    cork.rect((0, 0, cork.w - 1, cork.h - 1), outline=(120, 80, 45, 255), width=int(m * 0.6))
    notes = _board_notes(ctx, p)
    chosen = rng.some(notes, 3)
    seen_tabs = False
    for i, (t_, c_, tb_) in enumerate(chosen):
        if tb_ and seen_tabs:
            chosen[i] = (t_, c_, None)
        seen_tabs = seen_tabs or bool(tb_)
    cols, rows = 3, 2
    cw, chh = cork.w / cols, cork.h / rows
    cells = rng.some([(c, r) for c in range(cols) for r in range(rows)], len(chosen) + (1 if ctx.qr is not None else 0))
    for (title, content, tabs), (c, r) in zip(chosen, cells):
        nw, nh = int(cw * rng.uni(0.72, 0.86)), int(chh * rng.uni(0.78, 0.9))
        tabtxt = None
        if tabs:
            ph = [t for parts in content for t, k in parts if k == "PHONE"][0]
            tabtxt = [ph] * rng.ri(2, 3)
        N = note_layer(ctx, nw, nh, content, title=title, tabs=tabtxt)
        cx, cy = (c + 0.5) * cw + rng.uni(-0.05, 0.05) * cw, (r + 0.5) * chh + rng.uni(-0.04, 0.04) * chh
        q = keystone_quad(rng, nw, nh, cx, cy, rng.uni(-6, 6), 0, 0)
        paste_quad(cork, N, fit_quad(q, cork.w, cork.h, m * 0.6), shadow=True)
        pin(cork, q[0][0] * 0.5 + q[1][0] * 0.5, q[0][1] * 0.5 + q[1][1] * 0.5 + nh * 0.03, nh * 0.03, rng.pick(PARTY_COLS))
    if ctx.qr is not None:
        c, r = cells[-1]
        payload, leaks = ctx.qr_payload()
        n = Layer.qr_modules(payload)
        mod = max(7, int(min(cw, chh) * 0.55 / (n + 8)))
        qs = n * mod
        nw, nh = int(qs + 8 * mod + 4 * mod), int(qs + 8 * mod + 14 * mod)
        N = Layer(nw, nh, (255, 255, 255, 255))
        N.text(nw / 2, 3 * mod, rng.pick(["Scan to contact us", "Join the group chat", "Scan me!"]),
               fit_font("sans_b", "Join the group chat", nw * 0.9, 5 * mod), (20, 20, 20, 255), anchor="ma")
        N.qr((nw - qs) / 2, 10 * mod + 4 * mod, payload, mod, leaks)
        q = keystone_quad(rng, nw, nh, (c + 0.5) * cw, (r + 0.5) * chh, rng.uni(-4, 4), 0, 0)
        paste_quad(cork, N, fit_quad(q, cork.w, cork.h, m * 0.6), shadow=True)
    place(ctx, L, cork, cx=W / 2, cy=H / 2, rot=rng.uni(-2, 2), tilt=(rng.uni(-0.05, 0.05), rng.uni(-0.06, 0.06)),
          jitter=0.005, shadow=False, margin=0.01 * min(W, H))
    return finish(ctx, L)


def whiteboard(ctx):
    rng, p = ctx.rng, ctx.p
    W, H = photo_size(rng, "L")
    L = Layer(W, H, im=texture("wall", W, H, ctx.nr, rng))
    bw, bh = obj_size(L, rng.uni(0.82, 0.92), rng.uni(1.35, 1.6), 0.88)
    B = Layer(bw, bh, (246, 247, 248, 255))
    B.rect((0, 0, bw - 1, bh - 1), outline=(180, 182, 186, 255), width=int(bh * 0.02))
    u = bh / 100.0
    fam = rng.pick(HAND_FONTS)
    markers = [(20, 40, 160), (200, 30, 40), (20, 120, 60), (20, 20, 20)]
    f1, l1, full1 = p.friend(1)
    sib = D.gen_name(rng, p.region)[0]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    items = [
        [(p.first, "PERSON"), (" swim @ ", None), (p.club, "ORG"), (" 4:30", None)],
        [(sib, "PERSON"), (" - ", None), (p.year, "AGE"), (" trip, bring lunch", None)],
        [("pick up ", None), (p.first, "PERSON"), (" from ", None), (p.school, "SCHOOL"), (" 3pm", None)],
        [("Nana's mobile ", None), (p.other_phone, "PHONE")],
        [("dentist 10am", None)],
        [(full1, "PERSON"), ("'s party ", None), (D.phone(rng, p.region)[0], "PHONE")],
        [(p.org2, "ORG"), (" 7pm", None)],
        [("Dad late - work", None)],
        [("bins out!!", None)],
        [("playdate at ", None), (f1, "PERSON"), ("'s, ", None), (D.make_address(rng, p.region)["l1"], "ADDRESS")],
    ]
    chosen = rng.some(items, rng.ri(4, 6))
    B.text(6 * u, 5 * u, rng.pick(["This week", "WEEK PLAN", "Family Planner", "TO DO"]), F(fam, 9 * u),
           rgba(markers[0]))
    y = 18 * u
    for i, parts in enumerate(chosen):
        col = rgba(rng.pick(markers))
        f = F(fam, rng.uni(6.0, 7.2) * u)
        txt = days[i % 6] + ": "
        parts2 = [(txt, None)] + parts
        tot = sum(f.getlength(t) for t, _ in parts2)
        if tot > bw * 0.9:
            f = F(fam, f.size * bw * 0.9 / tot)
        lh = int(f.size * 1.5)
        S = Layer(bw, lh, (0, 0, 0, 0))
        S.runs(6 * u, f.getmetrics()[0] + f.size * 0.2, parts2, f, col)
        B.paste(S, Chain(Bend(bw / 2, rng.uni(-0.5, 0.5) * lh * 0.3 / (bw / 2) ** 2),
                         rotate_about(rng.uni(-1.2, 1.2), bw / 2, lh / 2), translate(0, y)), step=8)
        y += lh * 1.05
        if y > bh - 12 * u:
            break
    # magnets
    for _ in range(3):
        x, yy = rng.uni(0.05, 0.95) * bw, rng.uni(0.05, 0.95) * bh
        B.ellipse((x - 2 * u, yy - 2 * u, x + 2 * u, yy + 2 * u), fill=rgba(rng.pick(PARTY_COLS)))
    place(ctx, L, B, rot=rng.uni(-4, 4), tilt=(rng.uni(-0.1, 0.1), rng.uni(-0.08, 0.08)), jitter=0.01)
    return finish(ctx, L)


def fridge(ctx):
    rng, p = ctx.rng, ctx.p
    W, H = photo_size(rng, rng.pick(["P", "P", "L"]))
    L = Layer(W, H, im=texture("metal", W, H, ctx.nr, rng, rng.pick([(235, 236, 238), (200, 202, 205), (250, 250, 250)])))
    # handle
    L.rect((W * 0.92, H * 0.1, W * 0.95, H * 0.9), fill=(170, 172, 176, 255), radius=W * 0.01)
    nw, nh = obj_size(L, 0.62 if W < H else 0.42, 0.72, 0.85)
    N = Layer(nw, nh, (253, 253, 250, 255))
    u = nh / 100.0
    hf = rng.pick(PRINT_FONTS)
    N.text(nw / 2, 4 * u, rng.pick(["EMERGENCY CONTACTS", "Important Numbers", "IN CASE OF EMERGENCY"]),
           fit_font(rng.pick(DISPLAY_FONTS), "EMERGENCY CONTACTS", nw * 0.9, 6 * u), (180, 20, 30, 255), anchor="ma")
    y = 14 * u
    nb = D.gen_name(rng, p.region)
    rows = [("Mum", [(p.mum[0] + " " + p.mum[1], "PERSON")], p.parent_phone)]
    if rng.chance(0.5):
        rows.append(("Dad", [(p.dad[0] + " " + p.dad[1], "PERSON")], p.other_phone))
    if rng.chance(0.5):
        rows.append(("Neighbour", [(f"{nb[0]} {nb[1]}", "PERSON")], D.phone(rng, p.region)[0]))
    rows.append(("School", [(p.school, "SCHOOL")], p.school_phone))
    if rng.chance(0.5):
        rows.append(("Home", [], p.landline))
    lf = F(hf, 3.8 * u)
    vfam = rng.pick(HAND_FONTS)
    vf = F(vfam, 4.3 * u)
    for lab, parts, ph in rows:
        N.text(5 * u, y, lab + ":", lf, (60, 60, 60, 255))
        if parts:
            t = parts[0][0]
            f = fit_font(vfam, t, nw * 0.86 - 24 * u, vf.size)
            N.text(24 * u, y, t, f, ink(rng), kind=parts[0][1])
            y += 5.3 * u
        N.text(24 * u, y, ph, vf, ink(rng), kind="PHONE")
        y += 6.8 * u
    y += 1 * u
    N.text(5 * u, y, "Our address:", lf, (60, 60, 60, 255))
    y += 5 * u
    af = fit_font(rng.pick(HAND_FONTS), max(p.addr["lines"], key=len), nw * 0.85, 4.3 * u)
    tagged_block(N, 8 * u, y, p.addr["lines"], "ADDRESS", af, ink(rng), ctx, lh=1.25)
    cx = W * (0.42 if W < H else 0.35)
    place(ctx, L, N, cx=cx, cy=H * 0.5, rot=rng.uni(-5, 5), tilt=(rng.uni(-0.06, 0.06), rng.uni(-0.08, 0.08)), jitter=0.005)
    for _ in range(3):
        x, yy = cx + rng.uni(-0.25, 0.25) * nw, H * 0.5 - nh * 0.48
        r = nh * 0.025
        L.ellipse((x - r, yy - r, x + r, yy + r), fill=rgba(rng.pick(PARTY_COLS)))
    # sticky note / wifi card
    sx = W * (0.78 if W > H else 0.75)
    sw = int(min(W, H) * 0.26)
    if ctx.qr is not None:
        payload, leaks = ctx.qr_payload()
        n = Layer.qr_modules(payload)
        mod = max(7, int(sw * 0.8 / (n + 8)))
        qs = n * mod
        cw_, ch_ = qs + 8 * mod, qs + 8 * mod + 10 * mod
        C = Layer(cw_, ch_, (255, 255, 255, 255))
        C.text(cw_ / 2, 2 * mod, rng.pick(["Guest WiFi", "WiFi - scan me", "Scan to connect"]),
               fit_font("sans_b", "WiFi - scan me", cw_ * 0.9, 6 * mod), (20, 20, 20, 255), anchor="ma")
        C.qr(4 * mod, 14 * mod, payload, mod, leaks)
        place(ctx, L, C, cx=sx, cy=H * 0.72, rot=rng.uni(-5, 5), tilt=(rng.uni(-0.04, 0.04), rng.uni(-0.04, 0.04)),
              jitter=0.003)
    else:
        S = Layer(sw, sw, rgba(NOTE_COLS[0]))
        f1 = p.friend(2)[0]
        parts_opts = [[("Pick up ", None), (p.first, "PERSON"), (" from ", None), (p.club, "ORG"), (" 5pm", None)],
                      [(f1, "PERSON"), ("'s mum ", None), (D.phone(rng, p.region)[0], "PHONE")],
                      [("Book fair at ", None), (p.school, "SCHOOL"), (" Thurs!", None)]]
        parts = rng.pick(parts_opts)
        sfam = rng.pick(HAND_FONTS)
        f = F(sfam, sw * 0.1)
        lines = wrap_parts(parts, f, sw * 0.86)
        while len(lines) * f.size * 1.3 > sw * 0.85 or max(sum(f.getlength(t) for t, _ in ln) for ln in lines) > sw * 0.9:
            f = F(sfam, f.size * 0.9)
            lines = wrap_parts(parts, f, sw * 0.86)
        yy = sw * 0.08
        for ln in lines:
            S.runs(sw * 0.07, yy + f.getmetrics()[0], ln, f, ink(rng))
            yy += f.size * 1.3
        place(ctx, L, S, cx=sx, cy=H * 0.72, rot=rng.uni(-8, 8), tilt=(0.0, 0.0), jitter=0.01)
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Cards: student ID, library card
# ---------------------------------------------------------------------------
def id_card(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "fabric", "plain", "carpet"]), orient="L")
    cw, ch = obj_size(L, rng.uni(0.66, 0.8), 1.586)
    col = rgba(rng.pick([(20, 60, 140), (150, 20, 40), (10, 110, 80), (90, 40, 130), (220, 120, 20)]))
    C = Layer(cw, ch, (0, 0, 0, 0))
    C.rect((0, 0, cw, ch), fill=(250, 250, 252, 255), radius=ch * 0.06)
    u = ch / 100.0
    C.rect((0, 0, cw, 20 * u), fill=col, radius=ch * 0.06)
    C.rect((0, 12 * u, cw, 20 * u), fill=col)
    sf = fit_font(rng.pick(DISPLAY_FONTS), p.school, cw * 0.9, 8 * u)
    C.text(cw / 2, 10 * u, p.school, sf, (255, 255, 255, 255), kind="SCHOOL", anchor="mm")
    C.placeholder((5 * u, 26 * u, 5 * u + 44 * u * 0.8, 26 * u + 44 * u), (205, 210, 218, 255), "PHOTO")
    x = 50 * u
    lf = F("sans", 4 * u)
    vfam = rng.pick(["sans_b", "lsans_b", "fsans_b", "cond_b"])
    vf = F(vfam, 6 * u)
    fields = [("STUDENT", p.full, "PERSON"), ("DATE OF BIRTH", p.dob_str, "DATE_OF_BIRTH"),
              ({"US": "GRADE", "CA": "GRADE", "ZA": "GRADE", "IN": "CLASS"}.get(p.region, "YEAR"), p.year, "AGE"),
              ("STUDENT NO.", str(rng.ri(100000, 999999)), None)]
    if ctx.qr is None and rng.chance(0.7):
        fields.insert(3, ("ADDRESS", p.addr["short"], "ADDRESS"))
    y = 25 * u
    maxw = cw - x - (30 * u if ctx.qr is not None else 5 * u)
    for lab, val, k in fields:
        C.text(x, y, lab, lf, (110, 110, 120, 255))
        C.text(x, y + 5 * u, val, fit_font(vfam, val, maxw, vf.size), (20, 20, 25, 255), kind=k)
        y += 13 * u
    C.barcode((5 * u, 78 * u, 48 * u, 93 * u), rng)
    C.text(cw - 5 * u, ch - 4 * u, f"Valid until {rng.pick(['06', '07', '12'])}/{rng.ri(2025, 2028)}", F("sans", 3.5 * u),
           (90, 90, 100, 255), anchor="rs")
    if ctx.qr is not None:
        payload, leaks = ctx.qr_payload()
        n = Layer.qr_modules(payload)
        mod = max(5, int(30 * u / (n + 6)))
        qs = n * mod
        C.qr(cw - qs - 3 * mod, ch - qs - 10 * u, payload, mod, leaks, border=3)
    place(ctx, L, C, rot=rng.uni(-15, 15), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.12, 0.12)))
    return finish(ctx, L)


def library_card(ctx):
    rng, p = ctx.rng, ctx.p
    L = canvas(ctx, rng.pick(["wood", "plain", "fabric"]), orient="L")
    cw, ch = obj_size(L, rng.uni(0.66, 0.8), 1.586)
    col = rng.pick([(0, 120, 170), (200, 80, 20), (60, 140, 60), (140, 30, 90), (30, 30, 30)])
    C = Layer(cw, ch, (0, 0, 0, 0))
    C.rect((0, 0, cw, ch), fill=rgba(col), radius=ch * 0.06)
    u = ch / 100.0
    C.rect((0, 55 * u, cw, ch), fill=(250, 250, 250, 255), radius=ch * 0.06)
    C.rect((0, 55 * u, cw, 70 * u), fill=(250, 250, 250, 255))
    lib = f"{p.suburb} Library" if rng.chance(0.7) else f"{p.city} Libraries"
    f = fit_font(rng.pick(DISPLAY_FONTS), lib, cw * 0.85, 12 * u)
    C.text(6 * u, 10 * u, lib, f, (255, 255, 255, 255), kind="LOCATION")
    C.text(6 * u, 10 * u + f.size * 1.35, rng.pick(["Junior Member", "Children's Card", "Young Reader", "Library Card"]),
           F("sans", 5.5 * u), (255, 255, 255, 255))
    C.barcode((6 * u, 60 * u, cw * 0.6, 78 * u), rng)
    C.text(6 * u, 82 * u, " ".join(str(rng.ri(1000, 9999)) for _ in range(3)), F("lmono", 5 * u), (20, 20, 20, 255))
    C.text(6 * u, 90 * u, "Name:", F("sans", 4 * u), (90, 90, 90, 255))
    nm = p.full
    C.text(20 * u, 88 * u, nm, fit_font(rng.pick(HAND_FONTS), nm, cw * 0.55, 7 * u), ink(rng), kind="PERSON")
    r_ = rng.random()
    if r_ < 0.4:
        ff = F("sans", 4 * u)
        parts = [("DOB ", None), (p.dob_str, "DATE_OF_BIRTH")]
        tw = sum(ff.getlength(t) for t, _ in parts)
        C.runs(cw - 6 * u - tw, 82 * u + ff.getmetrics()[0], parts, ff, (60, 60, 60, 255))
    elif r_ < 0.7:
        C.text(cw - 6 * u, 82 * u, D.age_text(rng, p.age), F("sans", 4 * u), (60, 60, 60, 255), kind="AGE", anchor="ra")
    else:
        C.text(cw - 6 * u, 82 * u, "Expires " + str(rng.ri(2026, 2029)), F("sans", 4 * u), (60, 60, 60, 255), anchor="ra")
    place(ctx, L, C, rot=rng.uni(-18, 18), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.12, 0.12)))
    return finish(ctx, L)


# ---------------------------------------------------------------------------
# Lost pet poster
# ---------------------------------------------------------------------------
PETS = [("DOG", ["Biscuit", "Milo", "Bella", "Rocky", "Pepper", "Luna"], ["brown cavoodle", "black labrador puppy",
                                                                          "small white terrier", "golden retriever"]),
        ("CAT", ["Mittens", "Tiger", "Oreo", "Smokey", "Ginger", "Cleo"], ["grey tabby", "black and white cat",
                                                                          "fluffy ginger cat", "Siamese cat"]),
        ("RABBIT", ["Thumper", "Coco", "Snowy"], ["white rabbit with brown ears", "small lop-eared bunny"]),
        ("PARROT", ["Kiwi", "Sunny", "Rio"], ["green budgie", "cockatiel with orange cheeks"])]


def lost_pet(ctx):
    rng, p = ctx.rng, ctx.p
    W, H = photo_size(rng, rng.pick(["P", "P", "L"]))
    bgk = rng.pick(["brick", "wood", "wall"])
    L = Layer(W, H, im=texture(bgk, W, H, ctx.nr, rng))
    pw, ph = obj_size(L, 0.7 if W < H else 0.42, 1 / 1.414, 0.9)
    P = Layer(pw, ph, rgba(rng.pick([(255, 255, 255), (255, 250, 200), (250, 250, 245)])))
    u = ph / 100.0
    animal, names, descs = rng.pick(PETS)
    red = rgba(rng.pick([(210, 20, 30), (20, 20, 20), (200, 60, 0)]))
    P.text(pw / 2, 3 * u, f"LOST {animal}", fit_font(rng.pick(DISPLAY_FONTS), f"LOST {animal}", pw * 0.9, 12 * u), red,
           anchor="ma")
    P.placeholder((pw * 0.15, 17 * u, pw * 0.85, 42 * u), (215, 215, 215, 255), "PHOTO")
    fam = rng.pick(PRINT_FONTS)
    f = F(fam, 3.6 * u)
    nm = rng.pick(names)
    d = rng.pick(descs)
    wd = rng.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    content = [
        [(f"{nm} is a {d}. Very friendly, answers to {nm}.", None)],
        [(f"Last seen {wd} evening near ", None), (rng.pick([p.street, f"{p.street}, {p.suburb}", p.park]), "LOCATION")],
        [("Please call ", None), (p.parent[0] if rng.chance(0.5) else p.parent_full, "PERSON"), (" on ", None),
         (p.parent_phone, "PHONE")],
        [("or ", None), (p.first, "PERSON"), (" (", None), (D.age_text(rng, p.age), "AGE"), (") misses him!", None)]
        if rng.chance(0.5) else [("REWARD OFFERED", None)],
    ]
    if rng.chance(0.45):
        content.insert(3, [("Or bring him home to ", None), (p.addr["short"], "ADDRESS")])
    maxw = pw * (0.88 if ctx.qr is None else 0.6)
    while True:
        allines = [wrap_parts(parts, f, maxw) for parts in content]
        need = sum(len(a) for a in allines) * f.size * 1.3 + len(allines) * 1.5 * u
        if 45 * u + need < 79 * u or f.size < 2 * u:
            break
        f = F(fam, f.size * 0.92)
    y = 45 * u
    for lines_ in allines:
        for ln in lines_:
            P.runs(pw * 0.06, y + f.getmetrics()[0], ln, f, (20, 20, 20, 255))
            y += f.size * 1.3
        y += 1.5 * u
    if ctx.qr is not None:
        payload, leaks = ctx.qr_payload()
        n = Layer.qr_modules(payload)
        mod = max(6, int(pw * 0.26 / (n + 8)))
        qs = n * mod
        P.qr(pw * 0.95 - qs - 4 * mod, 45 * u + 4 * mod, payload, mod, leaks)
    ntab = rng.ri(2, 3)
    tabw = pw / ntab
    for i in range(ntab):
        x0 = i * tabw
        P.line([(x0, 80 * u), (x0, ph)], (120, 120, 120, 255), max(1, int(0.25 * u)))
        S = Layer(int(19 * u), int(tabw * 0.9), (0, 0, 0, 0))
        t = p.parent_phone
        S.text(S.w / 2, S.h / 2, t, fit_font(fam, t, S.w * 0.94, S.h * 0.5), (20, 20, 20, 255), kind="PHONE",
               anchor="mm")
        P.paste(S, Chain(rotate_about(-90, 0, 0), translate(x0 + tabw * 0.05, ph * 0.995)))
    P.line([(0, 80 * u), (pw, 80 * u)], (120, 120, 120, 255), max(1, int(0.25 * u)))
    if bgk != "wall" and rng.chance(0.5):
        # pole
        L.rect((W * 0.35, 0, W * 0.65, H), fill=(110, 110, 112, 255))
    place(ctx, L, P, rot=rng.uni(-6, 6), tilt=(rng.uni(-0.1, 0.1), rng.uni(-0.1, 0.1)),
          curve=Cyl(pw / 2, pw * 1.6, 0) if rng.chance(0.3) else None)
    return finish(ctx, L)
