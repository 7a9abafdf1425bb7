"""Photo scenes (leaky): objects carrying children's details, photographed at 3000 px+."""
import math

import numpy as np
from PIL import Image, ImageFilter

from common import PALETTE, PAPER, PEN, PHOTO_SIZES, DARK_INKS, initials, personal_qr
from gfx import Layer, font, homography, place_quad, quad_h, texture, tok

MIN_PX = 40  # smallest leak font size (px) after placement in a photo


def new_photo(ctx, kinds=("wood", "plain"), bases=None, size=None):
    r = ctx.rng
    W, H = size or r.choice(PHOTO_SIZES)
    kind = r.choice(kinds)
    base = r.choice(bases or {"wood": [(150, 105, 65), (185, 140, 95), (110, 80, 55)], "plain": [(210, 205, 195), (190, 200, 210), (225, 215, 200)],
                              "brick": [(150, 70, 55), (170, 110, 80)], "grass": [(70, 120, 50), (90, 130, 60)], "cork": [(190, 140, 90)]}[kind])
    return texture(ctx.nrng, W, H, kind, base)


def put(ctx, bg, layer, cx, cy, frac, rot=6, persp=0.04, tilt=0.0, min_px=MIN_PX, shadow=True, squash=1.0):
    r = ctx.rng
    tw = frac * bg.w
    if layer.min_font:
        tw = max(tw, min_px * layer.w / layer.min_font / max(0.3, squash))
    if layer.min_mod:
        tw = max(tw, 7.0 * layer.w / layer.min_mod)
    q = place_quad(r, layer.w, layer.h, cx, cy, tw, rot_deg=r.uniform(-rot, rot), persp=persp, tilt=tilt)
    if squash != 1.0:
        q = [(cx + (x - cx), cy + (y - cy) * squash) for x, y in q]
    if shadow:
        off = tw * 0.012
        bg.d.polygon([(x + off, y + off * 1.3) for x, y in q], fill=(45, 40, 38, 255))
    bg.paste_layer(layer, quad_h(layer.w, layer.h, q))
    return q


def soften_shadow(bg):
    pass


def stack(L, items, x0, y0, w, gap=0.25):
    """items: (tokens, font, fill[, align]) drawn line by line, wrapped, centred by default."""
    y = y0
    for it in items:
        toks, f, fill = it[0], it[1], it[2]
        al = it[3] if len(it) > 3 else "m"
        if isinstance(toks, str):
            toks = [(toks, None)]
        y = L.para(x0, y, toks, f, fill, w, line_h=f.size * 1.22, align=al)
        y += f.size * gap
    return y


def stack_height(items, w, gap=0.25):
    from gfx import wrap
    h = 0
    for it in items:
        toks = it[0] if not isinstance(it[0], str) else [(it[0], None)]
        h += len(wrap(toks, it[1], w)) * it[1].size * 1.22 + it[1].size * gap
    return h


def card(ctx, w, items, bg=(255, 255, 255), pad=0.08, border=None, r_=0, extra_h=0, minh=0):
    h = int(stack_height(items, w * (1 - 2 * pad)) + w * pad * 2 + extra_h)
    h = max(h, minh)
    L = Layer(w, h, bg=None)
    L.rect((0, 0, w - 1, h - 1), fill=bg, outline=border, width=max(2, w // 150) if border else 1, r=r_)
    stack(L, items, w * pad, w * pad, w * (1 - 2 * pad))
    return L


def pi(g):
    return g.child()


# ------------------------------------------------------------------ scenes
def birthday_banner(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("plain", "brick"))
    p = g.child()
    W = 2600
    col = PALETTE[r.randrange(len(PALETTE))]
    L = Layer(W, 760, bg=None)
    L.rect((0, 120, W, 740), fill=r.choice([(255, 250, 240), (255, 230, 240), (230, 245, 255), (255, 248, 200)]))
    for k in range(14):
        x = k * W / 14
        L.d.polygon([(x, 0), (x + W / 14, 0), (x + W / 28, 110)], fill=PALETTE[(k + r.randrange(3)) % len(PALETTE)])
    f1 = ctx.f("sansb", 170)
    age = r.choice([str(p.age), g.ordinal(p.age)])
    if age.isdigit():
        parts = [("HAPPY BIRTHDAY ", None), (p.first.upper(), "PERSON")]
        L.runs((W / 2, 330), parts, ctx.f("sansb", 150), col, anchor="ms")
        L.runs((W / 2, 600), [("YOU ARE ", None), (age, "AGE"), ("!", None)], ctx.f("serifb", 200), PALETTE[(PALETTE.index(col) + 3) % len(PALETTE)], anchor="ms")
    else:
        L.runs((W / 2, 330), [("HAPPY ", None), (age.upper(), "AGE"), (" BIRTHDAY", None)], f1, col, anchor="ms")
        nm = p.name if r.random() < 0.4 else p.first
        L.runs((W / 2, 620), [(nm, "PERSON")], ctx.f("serifb", 210), PALETTE[(PALETTE.index(col) + 3) % len(PALETTE)], anchor="ms")
    L2 = L.cylinder(bend=r.uniform(0.3, 0.6), sag=-r.uniform(20, 60))
    put(ctx, bg, L2, bg.w / 2, bg.h * r.uniform(0.3, 0.45), r.uniform(0.75, 0.9), rot=3, persp=0.03, shadow=False)
    for _ in range(r.randint(3, 7)):
        x, y, rr = r.uniform(0, bg.w), r.uniform(bg.h * 0.7, bg.h), r.uniform(0.05, 0.09) * bg.w
        if abs(y - bg.h * 0.4) > rr + 0.25 * bg.h:
            bg.d.ellipse((x - rr, y - rr * 1.2, x + rr, y + rr * 1.2), fill=PALETTE[r.randrange(len(PALETTE))])
    return bg, "birthday_banner"


def cake(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("wood", "plain"))
    p = g.child()
    W, H = bg.w, bg.h
    cx, cy = W / 2, H * 0.5
    rx = min(W, H) * r.uniform(0.38, 0.44)
    ry = rx * r.uniform(0.38, 0.5)
    side = rx * 0.55
    body = r.choice([(250, 240, 230), (255, 215, 230), (210, 235, 255), (120, 75, 50), (255, 250, 210)])
    dark = tuple(int(c * 0.8) for c in body)
    bg.d.ellipse((cx - rx * 1.25, cy + side - ry * 1.25, cx + rx * 1.25, cy + side + ry * 1.25), fill=(235, 235, 235))
    bg.d.rectangle((cx - rx, cy, cx + rx, cy + side), fill=dark)
    bg.d.ellipse((cx - rx, cy + side - ry, cx + rx, cy + side + ry), fill=dark)
    bg.d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=body)
    icing = r.choice([(200, 30, 90), (30, 90, 200), (90, 40, 20), (20, 130, 70), (150, 40, 170)])
    if body[0] < 150:
        icing = (255, 240, 250)
    # top writing
    T = Layer(1600, 800, bg=None)
    T.text((800, 200), "Happy Birthday", ctx.f("handb", 150), icing, anchor="mm")
    nm = p.first
    T.text((800, 440), nm, ctx.f("handb", 220), icing, kind="PERSON", anchor="mm")
    if r.random() < 0.6:
        T.runs((800, 720), [(g.ordinal(p.age) if r.random() < 0.5 else str(p.age), "AGE")], ctx.f("serifb", 200), icing, anchor="ms")
    tw = rx * 1.5
    q = [(cx - tw / 2 * 0.86, cy - ry * 0.7), (cx + tw / 2 * 0.86, cy - ry * 0.7), (cx + tw / 2, cy + ry * 0.75), (cx - tw / 2, cy + ry * 0.75)]
    for k in range(min(p.age, 10)):
        a = 2 * math.pi * k / min(p.age, 10)
        x, y = cx + math.cos(a) * rx * 0.85, cy + math.sin(a) * ry * 0.85 - rx * 0.25
        if abs(x - cx) < tw * 0.56 or math.sin(a) > 0.3:
            continue
        bg.d.rectangle((x - 12, y, x + 12, y + rx * 0.25), fill=PALETTE[k % len(PALETTE)])
        bg.d.ellipse((x - 14, y - 50, x + 14, y - 5), fill=(255, 200, 60))
    bg.paste_layer(T, homography([(0, 0), (1600, 0), (1600, 800), (0, 800)], q))
    # side ribbon with curved name
    if r.random() < 0.5:
        S = Layer(2400, 260, bg=None)
        S.rect((0, 20, 2400, 240), fill=PALETTE[r.randrange(len(PALETTE))])
        S.text((1200, 130), f"{p.first.upper()}", ctx.f("sansb", 150), (255, 255, 255), kind="PERSON", anchor="mm")
        S2 = S.cylinder(bend=1.15, sag=r.uniform(30, 60))
        sc = (2 * rx) / S2.w
        Hs = np.array([[sc, 0, cx - rx], [0, sc, cy + side * 0.35], [0, 0, 1]])
        bg.paste_layer(S2, Hs)
    return bg, "cake"


def parcel(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("wood", "plain", "brick"))
    p = g.child()
    a1, a2, town = g.address()
    W = 1400
    env = r.random() < 0.4
    if env:
        L = Layer(2200, 1300, bg=r.choice([(250, 248, 240), (240, 230, 210), (255, 255, 255)]))
        ink = r.choice(PEN)
        fh = ctx.f("hand", 92)
        x0 = 780
        y = 560
        for t, k in [(p.name if r.random() < 0.6 else f"The {p.last} Family", "PERSON"), (a1, "ADDRESS"), (a2, "ADDRESS")]:
            L.text((x0, y), t, fh, ink, kind=k)
            y += 150
        L.rect((1880, 60, 2140, 360), fill=PALETTE[r.randrange(len(PALETTE))], outline=(255, 255, 255), width=12)
        if r.random() < 0.6:
            b1, b2, _ = g.address()
            fs = ctx.f("hand", 56)
            L.text((80, 80), g.full(), fs, ink, kind="PERSON")
            L.text((80, 160), b1, fs, ink, kind="ADDRESS")
        put(ctx, bg, L, bg.w / 2, bg.h / 2, r.uniform(0.7, 0.85), rot=10, persp=0.05)
        return bg, "envelope"
    # box + shipping label
    bw = bg.w * r.uniform(0.75, 0.9)
    bh = bw * r.uniform(0.55, 0.75)
    bx, by = (bg.w - bw) / 2, (bg.h - bh) / 2
    bg.d.polygon([(bx, by), (bx + bw, by + 20), (bx + bw * 0.98, by + bh), (bx + 10, by + bh - 20)], fill=(190, 150, 100))
    bg.d.rectangle((bx, by + bh * 0.45, bx + bw, by + bh * 0.52), fill=(200, 170, 120))
    L = Layer(W, 1000, bg=(255, 255, 255))
    L.rect((0, 0, W - 1, 999), outline=(0, 0, 0), width=6)
    L.text((40, 40), r.choice(["PRIORITY", "STANDARD POST", "EXPRESS", "TRACKED 48"]), ctx.f("sansb", 60), (0, 0, 0))
    L.rect((0, 130, W, 136), fill=(0, 0, 0))
    L.text((40, 170), "SHIP TO:", ctx.f("sansb", 44), (0, 0, 0))
    f = ctx.f("sans", 62)
    y = 240
    rows = [(p.name, "PERSON"), (a1, "ADDRESS"), (a2, "ADDRESS")]
    if r.random() < 0.5:
        rows.append((g.phone(), "PHONE"))
    for t, k in rows:
        L.text((60, y), t, f, (0, 0, 0), kind=k)
        y += 86
    for k in range(60):
        x = 60 + k * 14
        if r.random() < 0.6:
            L.rect((x, 820, x + r.choice([4, 6, 9]), 960), fill=(0, 0, 0))
    L.text((980, 900), f"{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randint(10**8, 10**9 - 1)}GB", ctx.f("mono", 34), (0, 0, 0), anchor="mm")
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = 9
        qs = Layer.qr_size(pay, mod)
        L2 = Layer(W, 1000 + qs, bg=(255, 255, 255))
        L2.paste_layer(L, check=False)
        L2.qr(W - qs - 20, 990, pay, mod, parts)
        L = L2
    put(ctx, bg, L, bg.w / 2, bg.h / 2, r.uniform(0.35, 0.45), rot=12, persp=0.04, shadow=False)
    return bg, "parcel_label"


def school_sign(ctx):
    r, g = ctx.rng, ctx.gen
    W, H = r.choice(PHOTO_SIZES)
    bg = Layer(W, H)
    sky = np.linspace(0, 1, H // 2)[:, None, None] * np.array([60, 40, 0]) + np.array([140, 185, 235])
    bg.im.paste(Image.fromarray(np.broadcast_to(sky, (H // 2, W, 3)).astype(np.uint8)).convert("RGBA"), (0, 0))
    gr = texture(ctx.nrng, W, H - H // 2, "grass", (80, 125, 55))
    bg.im.paste(gr.im, (0, H // 2))
    bg.rect((0, H * 0.42, W, H * 0.5), fill=(170, 160, 150))
    for x in range(0, W, W // 10):
        bg.rect((x + 20, H * 0.3, x + 60, H * 0.5), fill=(200, 195, 190))
    far = r.random() < 0.4
    school = g.school()
    col = r.choice([(20, 60, 120), (0, 90, 60), (120, 20, 30), (30, 30, 30), (80, 40, 110)])
    items = [(tok("{SCHOOL:s}", s=school), ctx.f("serifb", 120), (255, 255, 255))]
    if r.random() < 0.6:
        items.append((tok("Principal: {PERSON:p}", p=g.adult() if r.random() < 0.5 else g.full()), ctx.f("sans", 70), (240, 240, 240)))
    if r.random() < 0.5:
        items.append((tok("Welcome back {AGE:y}!", y=g.school_year(r.randint(6, 12))), ctx.f("sansb", 80), (255, 230, 120)))
    else:
        a1, a2, town = g.address()
        items.append((tok("{LOCATION:t}", t=g.street() + ", " + town), ctx.f("sans", 70), (230, 230, 230)))
    S = card(ctx, 2000, items, bg=col, border=(255, 255, 255), r_=30)
    cx = W * r.uniform(0.35, 0.65)
    frac = r.uniform(0.22, 0.3) if far else r.uniform(0.6, 0.8)
    q = put(ctx, bg, S, cx, H * (0.42 if far else 0.4), frac, rot=2, persp=0.05 if not far else 0.02,
            min_px=36 if far else MIN_PX, shadow=False)
    ys = max(y for _, y in q)
    bg.rect((cx - frac * W * 0.35, ys, cx - frac * W * 0.3, H * 0.62), fill=(90, 90, 90))
    bg.rect((cx + frac * W * 0.3, ys, cx + frac * W * 0.35, H * 0.62), fill=(90, 90, 90))
    return bg, "school_sign_far" if far else "school_sign_near"


def name_label(ctx):
    r, g = ctx.rng, ctx.gen
    sub = r.choice(["lunchbox", "bottle", "pencil_case", "bag_tag", "bottle", "bag_tag"]) if not ctx.qr_type else "bag_tag"
    p = g.child()
    bg = new_photo(ctx, kinds=("wood", "plain"))
    if sub == "bottle":
        W, H = bg.w, bg.h
        bwid = min(W, H) * 0.42
        cx, cy = W / 2, H / 2
        col = PALETTE[r.randrange(len(PALETTE))]
        bh = H * 0.8 if H > W else H * 0.86
        bg.rect((cx - bwid / 2, cy - bh / 2 + bwid * 0.4, cx + bwid / 2, cy + bh / 2), fill=col, r=int(bwid * 0.2))
        bg.rect((cx - bwid * 0.25, cy - bh / 2, cx + bwid * 0.25, cy - bh / 2 + bwid * 0.5), fill=(60, 60, 60), r=int(bwid * 0.08))
        L = Layer(1800, 640, bg=(255, 255, 255))
        L.text((900, 210), p.name if r.random() < 0.6 else p.first.upper(), ctx.f("sansb", 170), (20, 20, 20), kind="PERSON", anchor="mm")
        opt = r.choice([[(g.school_year(p.age), "AGE"), ("  ", None), (g.class_code(p.age), None)], [(g.school(), "SCHOOL")], [(g.phone(), "PHONE")]])
        L.runs((900, 480), opt, ctx.f("sans", 95), (40, 40, 40), anchor="ms")
        L2 = L.cylinder(bend=r.uniform(0.9, 1.2), sag=r.uniform(-40, 40))
        sc = bwid / L2.w
        if L.min_font * sc * 0.7 < MIN_PX:
            pass
        Hm = np.array([[sc, 0, cx - bwid / 2], [0, sc, cy - L2.h * sc / 2 + bh * 0.05], [0, 0, 1]])
        bg.paste_layer(L2, Hm)
        return bg, "label_bottle"
    if sub == "lunchbox":
        col = PALETTE[r.randrange(len(PALETTE))]
        bw, bh = bg.w * 0.78, bg.h * 0.6
        bg.rect((bg.w / 2 - bw / 2, bg.h / 2 - bh / 2, bg.w / 2 + bw / 2, bg.h / 2 + bh / 2), fill=col, r=int(bh * 0.12))
        items = [(tok("{PERSON:n}", n=r.choice([p.name, f"{p.first.upper()} {p.last[0]}.", p.first])), ctx.f("sansb", 130), (20, 20, 20))]
        if r.random() < 0.6:
            items.append((tok("{AGE:c}", c=g.school_year(p.age)), ctx.f("sans", 80), (60, 60, 60)))
        L = card(ctx, 1400, items, bg=(255, 255, 240), r_=60, border=col)
        put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.4, rot=8, persp=0.04)
        return bg, "label_lunchbox"
    if sub == "pencil_case":
        col = PALETTE[r.randrange(len(PALETTE))]
        bw, bh = bg.w * 0.85, bg.h * 0.35
        fab = texture(ctx.nrng, int(bw), int(bh), "plain", col)
        bg.paste_layer(fab, np.array([[1, 0, int(bg.w / 2 - bw / 2)], [0, 1, int(bg.h / 2 - bh / 2)], [0, 0, 1]], float), check=False)
        bg.rect((bg.w / 2 - bw / 2, bg.h / 2 - bh / 2, bg.w / 2 + bw / 2, bg.h / 2 - bh / 2 + 40), fill=(40, 40, 40))
        ink = r.choice(PEN)
        items = [(tok("{PERSON:n}", n=p.name), ctx.f("handb", 120), ink),
                 (tok("{AGE:c}", c=f"Class {g.class_code(p.age)}" if g.region in ("IN", "UK", "IE") else g.school_year(p.age)), ctx.f("hand", 90), ink)]
        L = card(ctx, 1500, items, bg=(255, 255, 255), border=(30, 30, 30))
        put(ctx, bg, L, bg.w / 2, bg.h / 2 + 20, 0.4, rot=4, persp=0.03)
        return bg, "label_pencil_case"
    # bag tag
    col = PALETTE[r.randrange(len(PALETTE))]
    bg.rect((0, 0, bg.w, bg.h * 0.35), fill=tuple(int(c * 0.6) for c in col))
    items = [("NAME", ctx.f("sansb", 50), (90, 90, 90), "l"), (tok("{PERSON:n}", n=p.name), ctx.f("hand", 100), (20, 20, 120), "l"),
             ("SCHOOL", ctx.f("sansb", 50), (90, 90, 90), "l"), (tok("{SCHOOL:s}", s=g.school()), ctx.f("hand", 84), (20, 20, 120), "l"),
             ("PHONE", ctx.f("sansb", 50), (90, 90, 90), "l"), (tok("{PHONE:ph}", ph=g.phone()), ctx.f("hand", 84), (20, 20, 120), "l")]
    if r.random() < 0.6:
        items[4:4] = [("CLASS", ctx.f("sansb", 50), (90, 90, 90), "l"), (tok("{AGE:y}", y=g.school_year(p.age)), ctx.f("hand", 84), (20, 20, 120), "l")]
    extra = 0
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        extra = Layer.qr_size(pay, 10) + 40
    L = card(ctx, 1500, items, bg=(255, 255, 255), border=col, r_=50, extra_h=extra)
    if ctx.qr_type:
        qs = Layer.qr_size(pay, 10)
        L.qr((L.w - qs) / 2, L.h - extra, pay, 10, parts)
    L.d.ellipse((L.w / 2 - 40, 20, L.w / 2 + 40, 100), fill=(0, 0, 0, 0))
    put(ctx, bg, L, bg.w / 2, bg.h * 0.55, 0.36, rot=10 if not ctx.qr_type else 4, persp=0.05 if not ctx.qr_type else 0.02)
    return bg, "label_bag_tag"


def team_shirt(ctx):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    bg = new_photo(ctx, kinds=("plain", "grass", "wood"))
    W, H = bg.w, bg.h
    if r.random() < 0.55:
        col = PALETTE[r.randrange(len(PALETTE))]
        cx, cy, s = W / 2, H / 2, min(W, H) * 0.42
        poly = [(-0.55, -0.9), (-0.2, -1), (0.2, -1), (0.55, -0.9), (1.0, -0.45), (0.75, -0.2), (0.6, -0.35), (0.6, 1), (-0.6, 1), (-0.6, -0.35), (-0.75, -0.2), (-1.0, -0.45)]
        bg.d.polygon([(cx + x * s, cy + y * s) for x, y in poly], fill=col)
        fg = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
        L = Layer(1200, 1300, bg=None)
        L.text((600, 120), p.last.upper(), ctx.f("sansb", 150), fg, kind="PERSON", anchor="mm")
        L.text((600, 640), str(r.randint(1, 99)), ctx.f("sansb", 700), fg, anchor="mm")
        if r.random() < 0.7:
            L.text((600, 1160), g.org(), ctx.f("sansb", 80), fg, kind="ORG", anchor="mm")
        q = [(cx - 0.5 * s, cy - 0.8 * s), (cx + 0.5 * s, cy - 0.8 * s), (cx + 0.5 * s, cy + 0.9 * s), (cx - 0.5 * s, cy + 0.9 * s)]
        bg.paste_layer(L, homography([(0, 0), (1200, 0), (1200, 1300), (0, 1300)], q))
        return bg, "team_shirt"
    ev = r.choice(["City Fun Run", "Junior Parkrun", "Schools Cross Country", "Colour Run", "Kids Triathlon"])
    items = [(f"{ev} {r.randint(2022, 2025)}", ctx.f("sansb", 80), (200, 30, 40)), (str(r.randint(100, 2999)), ctx.f("sansb", 360), (10, 10, 10)),
             (tok("{PERSON:n}", n=p.first.upper() if r.random() < 0.5 else p.name), ctx.f("sansb", 120), (10, 10, 10))]
    if r.random() < 0.7:
        items.append((tok("{ORG:o}  {AGE:a}", o=g.org(), a=f"U{p.age + 1}"), ctx.f("sans", 70), (40, 40, 40)))
    L = card(ctx, 2000, items, bg=(255, 255, 255))
    bg.rect((W * 0.1, 0, W * 0.9, H), fill=PALETTE[r.randrange(len(PALETTE))])
    put(ctx, bg, L, W / 2, H / 2, 0.6, rot=5, persp=0.05)
    return bg, "race_bib"


def award(ctx):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    sub = r.choice(["certificate", "medal", "trophy"])
    bg = new_photo(ctx, kinds=("wood", "plain"))
    if sub == "certificate":
        gold = (170, 130, 30)
        items = [("Certificate of Achievement", ctx.f("serifb", 110), gold), ("This certificate is proudly presented to", ctx.f("serif", 60), (60, 60, 60)),
                 (tok("{PERSON:n}", n=p.name), ctx.f("handb", 150), (20, 30, 90)),
                 (r.choice(["for outstanding effort in Maths", "for Star Reader of the Term", "for kindness and helpfulness", "for 100% attendance"]), ctx.f("serif", 60), (60, 60, 60)),
                 (tok("{SCHOOL:s}  -  {AGE:y}", s=g.school(), y=g.school_year(p.age)), ctx.f("serif", 64), (40, 40, 40))]
        L = card(ctx, 2600, items, bg=(255, 252, 240), border=gold, minh=1700)
        put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.85, rot=4, persp=0.05)
        return bg, "certificate"
    if sub == "medal":
        cx, cy = bg.w / 2, bg.h * 0.55
        rr = min(bg.w, bg.h) * 0.3
        bg.d.polygon([(cx - rr * 0.5, 0), (cx + rr * 0.5, 0), (cx + rr * 0.2, cy - rr), (cx - rr * 0.2, cy - rr)], fill=PALETTE[r.randrange(len(PALETTE))])
        bg.d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=r.choice([(212, 175, 55), (192, 192, 192), (205, 127, 50)]))
        L = Layer(1400, 1000, bg=None)
        eng = (70, 50, 10)
        L.text((700, 150), r.choice(["1st PLACE", "2nd PLACE", "CHAMPION", "WINNER"]), ctx.f("serifb", 130), eng, anchor="mm")
        L.text((700, 450), p.name, ctx.f("serifb", 120), eng, kind="PERSON", anchor="mm")
        if r.random() < 0.5:
            L.text((700, 750), g.org(), ctx.f("serif", 80), eng, kind="ORG", anchor="mm")
        else:
            L.text((700, 750), g.school(), ctx.f("serif", 80), eng, kind="SCHOOL", anchor="mm")
        put(ctx, bg, L, cx, cy, 0.5 * (2 * rr) / bg.w * 1.4, rot=5, persp=0.02, shadow=False)
        return bg, "medal"
    # trophy
    cx = bg.w / 2
    s = min(bg.w, bg.h)
    gold = (212, 175, 55)
    bg.d.ellipse((cx - s * 0.25, bg.h * 0.1, cx + s * 0.25, bg.h * 0.1 + s * 0.4), fill=gold)
    bg.rect((cx - s * 0.05, bg.h * 0.1 + s * 0.35, cx + s * 0.05, bg.h * 0.1 + s * 0.55), fill=gold)
    bg.rect((cx - s * 0.32, bg.h * 0.1 + s * 0.55, cx + s * 0.32, bg.h * 0.1 + s * 0.9), fill=(40, 30, 20))
    org = g.org()
    items = [(tok("{ORG:o}", o=org), ctx.f("serifb", 90), (40, 30, 10)), (r.choice(["Player of the Season", "Most Improved", "Golden Boot", "Coaches Award"]) + f" {r.randint(2021, 2025)}", ctx.f("serif", 70), (40, 30, 10)),
             (tok("{PERSON:n}", n=p.name), ctx.f("serifb", 110), (40, 30, 10))]
    L = card(ctx, 1800, items, bg=(218, 190, 110))
    put(ctx, bg, L, cx, bg.h * 0.1 + s * 0.72, 0.5, rot=2, persp=0.02, shadow=False)
    return bg, "trophy"


def house_number(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("brick", "plain"))
    W, H = bg.w, bg.h
    a1, a2, town = g.address()
    no = a1.split()[0] if a1[0].isdigit() else str(r.randint(2, 99))
    street = g.street()
    P = Layer(900, 700, bg=None)
    P.rect((0, 0, 899, 699), fill=r.choice([(30, 30, 30), (240, 240, 235), (20, 50, 90), (120, 90, 50)]), r=60)
    P.text((450, 350), no, ctx.f(r.choice(["sansb", "serifb"]), 420), (235, 235, 235) if P.im.getpixel((450, 20))[0] < 128 else (20, 20, 20), kind="ADDRESS", anchor="mm")
    put(ctx, bg, P, W * 0.68, H * 0.4, 0.22, rot=3, persp=0.04)
    S = Layer(2000, 420, bg=None)
    scol = {"US": (0, 110, 60), "CA": (0, 110, 60), "UK": (255, 255, 255), "IE": (255, 255, 255), "AU": (0, 80, 150), "NZ": (0, 80, 150), "IN": (0, 80, 150), "ZA": (255, 255, 255)}[g.region]
    fg = (20, 20, 20) if sum(scol) > 500 else (255, 255, 255)
    S.rect((0, 0, 1999, 419), fill=scol, outline=fg, width=14, r=30)
    S.text((1000, 210), street.upper() if r.random() < 0.6 else street, ctx.f("sansb", 190), fg, kind="LOCATION", anchor="mm")
    bg.rect((W * 0.18, H * 0.15, W * 0.18 + 60, H), fill=(110, 110, 110))
    put(ctx, bg, S, W * 0.3, H * 0.2, 0.4, rot=3, persp=0.05)
    return bg, "house_number_street_sign"


def mailbox(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("grass", "brick", "plain"))
    W, H = bg.w, bg.h
    p = g.child()
    a1, a2, town = g.address()
    col = r.choice([(30, 30, 30), (200, 30, 30), (20, 60, 120), (240, 240, 240), (0, 100, 60)])
    cx = W / 2
    bg.rect((cx - 40, H * 0.55, cx + 40, H), fill=(110, 80, 50))
    bg.rect((cx - W * 0.3, H * 0.2, cx + W * 0.3, H * 0.58), fill=col, r=int(W * 0.06))
    fg = (255, 255, 255) if sum(col) < 400 else (20, 20, 20)
    L = Layer(2000, 900, bg=None)
    L.runs((1000, 300), [("The ", None), (p.last, "PERSON"), (" Family", None)], ctx.f(r.choice(["serifb", "sansb", "handb"]), 190), fg, anchor="ms")
    L.text((1000, 560), a1.split(",")[0] if g.region != "IN" else a1, ctx.f("sansb", 180), fg, kind="ADDRESS", anchor="mm")
    if r.random() < 0.4:
        L.text((1000, 790), town, ctx.f("sans", 120), fg, kind="LOCATION", anchor="mm")
    put(ctx, bg, L, cx, H * 0.39, 0.5, rot=2, persp=0.03, shadow=False)
    return bg, "mailbox"


def note_layer(ctx, kind, g, p, w=1100):
    r = ctx.rng
    ink = r.choice(DARK_INKS + PEN)
    paper = r.choice([(255, 250, 160), (255, 255, 255), (200, 240, 255), (255, 210, 230), (210, 255, 210)])
    fh = ctx.f(r.choice(["hand", "sans", "handb"]), 70)
    fb = ctx.f("sansb", 80)
    if kind == "babysit":
        items = [("BABYSITTER", fb, ink), (tok("{PERSON:n} ({AGE:a})", n=g.full(), a=f"age {r.randint(15, 17)}"), fh, ink), (tok("call {PHONE:ph}", ph=g.phone()), fh, ink)]
    elif kind == "lost":
        items = [("LOST JUMPER", fb, ink), (tok("name tag: {PERSON:n}", n=p.name), fh, ink), (tok("{AGE:c}", c=g.school_year(p.age)), fh, ink)]
    elif kind == "class":
        items = [(f"Room {r.randint(1, 24)} Reading Group", fb, ink)] + [(tok("{PERSON:n}", n=g.full()), fh, ink) for _ in range(3)]
    elif kind == "carpool":
        a1, a2, town = g.address()
        items = [("CARPOOL", fb, ink), (tok("{PERSON:a} & {PERSON:b}", a=g.first(), b=g.first()), fh, ink), (tok("from {ADDRESS:x}", x=a1), fh, ink)]
    elif kind == "club":
        items = [(tok("{ORG:o}", o=g.org()), fb, ink), ("training Tue & Thu 5pm", fh, ink), (tok("coach {PERSON:c} {PHONE:ph}", c=g.first(), ph=g.phone()), fh, ink)]
    elif kind == "party":
        items = [("PARTY!", fb, ink), (tok("{PERSON:n} turns {AGE:a}", n=p.first, a=str(p.age)), fh, ink), (tok("{ADDRESS:x}", x=g.address()[0]), fh, ink)]
    elif kind == "emergency":
        items = [("EMERGENCY", fb, (200, 0, 0)), (tok("Mum {PHONE:a}", a=g.phone()), fh, ink), (tok("Dad {PHONE:b}", b=g.phone()), fh, ink)]
    elif kind == "pickup":
        items = [("PICK UP", fb, ink), (tok("{PERSON:n} from {SCHOOL:s}", n=p.first, s=g.school()), fh, ink), ("at 3:15 Wed", fh, ink)]
    elif kind == "qr":
        pay, parts = personal_qr(ctx, p, g)
        items = [(r.choice(["Scan me!", "Class parents group", "Our WiFi", "Contact us"]), fb, ink)]
        L = card(ctx, w, items, bg=(255, 255, 255), extra_h=Layer.qr_size(pay, 10) + 20)
        qs = Layer.qr_size(pay, 10)
        L.qr((w - qs) / 2, L.h - qs - 20, pay, 10, parts)
        return L
    else:
        items = [("REMEMBER", fb, ink), ("library books Friday", fh, ink)]
    return card(ctx, w, items, bg=paper)


def board_with_notes(ctx, surface, kinds_pool, scene):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    if surface == "cork":
        bg = new_photo(ctx, kinds=("plain",), bases=[(200, 200, 195)])
        W, H = bg.w, bg.h
        cork = texture(ctx.nrng, int(W * 0.92), int(H * 0.9), "cork", (185, 135, 85))
        bg.paste_layer(cork, np.array([[1, 0, int(W * 0.04)], [0, 1, int(H * 0.05)], [0, 0, 1]], float), check=False)
    else:  # fridge
        bg = new_photo(ctx, kinds=("plain",), bases=[(235, 235, 238), (210, 212, 215), (245, 245, 240)])
        W, H = bg.w, bg.h
        bg.rect((W * 0.9, H * 0.3, W * 0.92, H * 0.7), fill=(150, 150, 155))
    kinds = list(kinds_pool)
    r.shuffle(kinds)
    cols, rows = (3, 2) if W > H else (2, 3)
    n = min(len(kinds), cols * rows, r.randint(4, 6))
    if ctx.qr_type and "qr" not in kinds[:n]:
        kinds = ["qr"] + kinds
    cells = [(c, rr) for rr in range(rows) for c in range(cols)]
    r.shuffle(cells)
    for k in range(n):
        c, rr = cells[k]
        cw, ch = W * 0.9 / cols, H * 0.88 / rows
        cx, cy = W * 0.05 + cw * (c + 0.5), H * 0.06 + ch * (rr + 0.5)
        L = note_layer(ctx, kinds[k], g, p)
        s = min(cw * 0.8 / L.w, ch * 0.8 / L.h)
        frac = L.w * s / W
        if kinds[k] == "qr":
            put(ctx, bg, L, cx, cy, frac, rot=3, persp=0.01, min_px=36)
        else:
            put(ctx, bg, L, cx, cy, frac, rot=7, persp=0.03, min_px=36)
        bg.d.ellipse((cx - 30, cy - L.h * s / 2 - 10, cx + 30, cy - L.h * s / 2 + 50), fill=PALETTE[r.randrange(len(PALETTE))]) if False else None
    return bg, scene


def noticeboard(ctx):
    return board_with_notes(ctx, "cork", ["babysit", "lost", "class", "carpool", "club", "party", "misc"], "noticeboard")


def fridge(ctx):
    r = ctx.rng
    if r.random() < 0.5 and not ctx.qr_type:
        return calendar(ctx)
    return board_with_notes(ctx, "fridge", ["emergency", "pickup", "party", "club", "misc", "lost"], "fridge_notes")


def calendar(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("plain",), bases=[(235, 235, 238), (220, 222, 225)], size=r.choice([(3000, 2000), (3600, 2400), (3264, 2448), (3000, 2250)]))
    W, H = bg.w, bg.h
    p = g.child()
    m = r.randrange(12)
    from pdata import MONTHS
    CW, CH = 2800, 2300
    L = Layer(CW, CH, bg=(255, 255, 255))
    L.text((CW / 2, 90), f"{MONTHS[m]} {r.randint(2024, 2026)}", ctx.f("serifb", 120), (40, 40, 40), anchor="mm")
    x0, y0, cw, ch = 40, 220, (CW - 80) / 7, (CH - 260) / 5
    for i, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        L.text((x0 + cw * i + cw / 2, 190), d, ctx.f("sansb", 44), (90, 90, 90), anchor="mm")
    for k in range(36):
        rr, c = divmod(k, 7)
        L.rect((x0 + c * cw, y0 + rr * ch, x0 + (c + 1) * cw, y0 + (rr + 1) * ch), outline=(150, 150, 150), width=3)
        if k < 31:
            L.text((x0 + c * cw + 14, y0 + rr * ch + 10), str(k + 1), ctx.f("sans", 40), (80, 80, 80))
    ents = [tok("{PERSON:a} swim", a=p.first), tok("{ORG:o}", o=g.org()), tok("{PERSON:a} party", a=g.first()),
            tok("{AGE:y} trip", y=g.school_year(p.age)), tok("{LOCATION:t}", t=g.town()[0]), tok("{PERSON:a} bday!", a=g.first()),
            [("Dentist", None)], [("Bin day", None)]]
    r.shuffle(ents)
    used = set()
    ink = r.choice(PEN)
    for e in ents[:r.randint(4, 6)]:
        k = r.randrange(31)
        while k in used:
            k = r.randrange(31)
        used.add(k)
        rr, c = divmod(k, 7)
        L.para(x0 + c * cw + 12, y0 + rr * ch + 60, e, ctx.f("hand", 56), ink, cw - 24, line_h=62)
    put(ctx, bg, L, W / 2, H / 2, 0.85 if W > H else 0.9, rot=3, persp=0.03)
    return bg, "fridge_calendar"


def whiteboard(ctx):
    r, g = ctx.rng, ctx.gen
    bg = new_photo(ctx, kinds=("plain",), bases=[(200, 195, 185), (180, 190, 200)])
    W, H = bg.w, bg.h
    p = g.child()
    BW, BH = 3000, 2000
    L = Layer(BW, BH, bg=(248, 248, 250))
    L.rect((0, 0, BW - 1, BH - 1), outline=(170, 170, 175), width=40)
    lines = [
        tok("Birthdays this month:", ), tok("{PERSON:a} - {DATE_OF_BIRTH:d}", a=p.name, d=g.date(y=p.year)),
        tok("{PERSON:b} turns {AGE:n} on Friday!", b=g.first(), n=str(p.age)),
        tok("Pick up: {PERSON:c} from {SCHOOL:s}", c=g.first(), s=g.school()),
        tok("Class rep: {PERSON:d} {PHONE:ph}", d=g.full(), ph=g.phone()),
        tok("Team photo @ {ORG:o}", o=g.org()), tok("Homework: p.34 Q1-10"), tok("Spelling test Thursday"),
    ]
    keep = [lines[0], lines[1]] + r.sample(lines[2:], 3)
    y = 120
    for ln in keep:
        col = r.choice([(20, 20, 160), (20, 20, 20), (180, 20, 20), (0, 110, 40)])
        y = L.para(120, y, ln, ctx.f(r.choice(["hand", "handb"]), 120), col, BW - 240, line_h=150) + 70
        if y > BH - 200:
            break
    put(ctx, bg, L, W / 2, H / 2, 0.9 if W > H else 0.94, rot=2, persp=0.04)
    return bg, "whiteboard"


def id_card(ctx):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    bg = new_photo(ctx, kinds=("wood", "plain"))
    sub = r.choice(["student", "bus", "library"])
    col = PALETTE[r.randrange(len(PALETTE))]
    CW, CH = 2140, 1350
    L = Layer(CW, CH, bg=None)
    L.rect((0, 0, CW - 1, CH - 1), fill=(255, 255, 255), r=80)
    L.rect((0, 0, CW - 1, 250), fill=col, r=80)
    L.rect((0, 170, CW - 1, 250), fill=col)
    head = {"student": "STUDENT ID", "bus": r.choice(["SCHOOL BUS PASS", "YOUTH TRAVEL CARD"]), "library": "LIBRARY CARD"}[sub]
    L.text((60, 125), head, ctx.f("sansb", 100), (255, 255, 255), anchor="lm")
    L.placeholder((60, 300, 560, 950), fill=(205, 208, 215), label="PHOTO")
    f = ctx.f("sans", 72)
    fl = ctx.f("sans", 42)
    rows = [("Name", p.name, "PERSON"), ("DOB", g.date(y=p.year), "DATE_OF_BIRTH")]
    if sub == "student":
        rows += [("School", g.school(), "SCHOOL"), ("Year", g.school_year(p.age), "AGE")]
    elif sub == "bus":
        rows += [("School", g.school(), "SCHOOL"), ("Route", f"{r.randint(1, 99)}{r.choice('ABX')} - {g.street()}", None)]
    else:
        a1, a2, town = g.address()
        rows += [("Address", a1, "ADDRESS"), ("", a2, "ADDRESS")]
    y = 300
    for lab, val, k in rows:
        if lab:
            L.text((620, y), lab.upper(), fl, (110, 110, 110))
        L.text((620, y + 50), val, f, (10, 10, 10), kind=k)
        y += 160
    L.text((60, 1020), f"No. {r.randint(10**7, 10**8 - 1)}", ctx.f("mono", 56), (30, 30, 30))
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = 12
        qs = Layer.qr_size(pay, mod)
        while qs > 620 and mod > 9:
            mod -= 1
            qs = Layer.qr_size(pay, mod)
        L2 = Layer(CW, CH + qs, bg=None)
        L2.rect((0, 0, CW - 1, CH + qs - 1), fill=(255, 255, 255), r=80)
        L2.paste_layer(L, check=False)
        L2.rect((CW - qs - 40, CH - 30, CW - 40, CH + qs - 30), fill=(255, 255, 255))
        L2.qr(CW - qs - 40, CH - 30 + 0, pay, mod, parts)
        L = L2
    else:
        for k in range(70):
            x = 700 + k * 18
            if r.random() < 0.55:
                L.rect((x, 1120, x + r.choice([5, 8, 11]), 1290), fill=(0, 0, 0))
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.5, rot=12 if not ctx.qr_type else 4, persp=0.05 if not ctx.qr_type else 0.02)
    return bg, f"{sub}_card"


def lost_pet(ctx):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    bg = new_photo(ctx, kinds=("brick", "plain", "wood"))
    from pdata import PETS, PET_KINDS
    PW, PH = 2100, 2970
    L = Layer(PW, PH, bg=r.choice(PAPER))
    red = (200, 20, 20)
    L.text((PW / 2, 200), f"LOST {r.choice(PET_KINDS)}", ctx.f("sansb", 250), red, anchor="mm")
    L.placeholder((350, 380, PW - 350, 1380), fill=(210, 210, 200), label="PET PHOTO")
    L.text((PW / 2, 1500), f"\"{r.choice(PETS)}\"", ctx.f("serifb", 150), (20, 20, 20), anchor="mm")
    y = 1620
    town = g.town()[0]
    items = [(tok("Last seen near {LOCATION:s}, {LOCATION:t}", s=g.street(), t=town), ctx.f("sans", 90), (20, 20, 20)),
             (tok("Please call {PERSON:n} on {PHONE:ph}", n=p.parent if r.random() < 0.5 else p.first, ph=g.phone()), ctx.f("sansb", 100), (20, 20, 20))]
    if r.random() < 0.5:
        items.append((tok("or return to {ADDRESS:a}", a=g.address()[0]), ctx.f("sans", 90), (20, 20, 20)))
    y = stack(L, items, 120, y, PW - 240)
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        qs = Layer.qr_size(pay, 12)
        L.qr((PW - qs) / 2, min(y + 20, PH - qs - 20), pay, 12, parts)
    else:
        L.text((PW / 2, y + 100), "REWARD", ctx.f("sansb", 160), red, anchor="mm")
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.5 if bg.w > bg.h else 0.7, rot=4 if ctx.qr_type else 6, persp=0.03)
    return bg, "lost_pet_poster"


def stall_sign(ctx):
    r, g = ctx.rng, ctx.gen
    p = g.child()
    bg = new_photo(ctx, kinds=("grass", "brick", "plain"))
    lemon = r.random() < 0.5
    ink = r.choice([(20, 20, 20), (30, 60, 160), (180, 30, 30), (20, 110, 40)])
    fh = ctx.f("handb", 150)
    items = [(("LEMONADE" if lemon else "BAKE SALE"), ctx.f("sansb", 230), (230, 180, 0) if lemon else (200, 40, 120)),
             (r.choice(["50c a cup", "$1 each", "Cupcakes £1", "R10 a slice", "Rs 20"]), ctx.f("hand", 130), ink),
             (tok("by {PERSON:a} & {PERSON:b}", a=p.first, b=g.first()), fh, ink)]
    opt = r.choice(["school", "org", "addr"])
    if opt == "school":
        items.append((tok("{SCHOOL:s} {AGE:y} fundraiser", s=g.school(), y=g.school_year(p.age)), ctx.f("hand", 100), ink))
    elif opt == "org":
        items.append((tok("for {ORG:o} camp", o=g.org()), ctx.f("hand", 100), ink))
    else:
        items.append((tok("outside {ADDRESS:a}", a=g.address()[0]), ctx.f("hand", 100), ink))
    extra = 0
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        extra = Layer.qr_size(pay, 11) + 40
    L = card(ctx, 2400, items, bg=r.choice([(215, 180, 130), (255, 255, 255), (250, 240, 200)]), extra_h=extra)
    if ctx.qr_type:
        qs = Layer.qr_size(pay, 11)
        L.rect(((L.w - qs) / 2 - 10, L.h - extra - 10, (L.w + qs) / 2 + 10, L.h - 30), fill=(255, 255, 255))
        L.qr((L.w - qs) / 2, L.h - extra, pay, 11, parts)
    put(ctx, bg, L, bg.w / 2, bg.h * 0.48, 0.6 if bg.w > bg.h else 0.8, rot=6 if not ctx.qr_type else 3, persp=0.05 if not ctx.qr_type else 0.02)
    return bg, "lemonade_stand" if lemon else "bake_sale_sign"


LEAKY = [
    ("birthday_banner", birthday_banner, "photo", False, 5),
    ("cake", cake, "photo", False, 5),
    ("parcel", parcel, "photo", True, 6),
    ("school_sign", school_sign, "photo", False, 5),
    ("name_label", name_label, "photo", True, 10),
    ("team_shirt", team_shirt, "photo", False, 5),
    ("award", award, "photo", False, 5),
    ("house_number", house_number, "photo", False, 4),
    ("mailbox", mailbox, "photo", False, 3),
    ("noticeboard", noticeboard, "photo", True, 4),
    ("whiteboard", whiteboard, "photo", False, 3),
    ("fridge", fridge, "photo", True, 4),
    ("id_card", id_card, "photo", True, 6),
    ("lost_pet", lost_pet, "photo", True, 3),
    ("stall_sign", stall_sign, "photo", True, 4),
]
