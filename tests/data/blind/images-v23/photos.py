"""Photographed objects (leaky): surfaces drawn at roughly image scale, then warped into a photo."""
import math

from PIL import ImageDraw

import data as D
from common import (ADDRESS, AGE, DOB, EMAIL, HANDLE, LOCATION, ORG, PERSON, PHONE, PHOTO_RES, SCHOOL, URL, Persona,
                    hsv, rand_color)
from core import (HAND, HAND_B, SANS, SANS_B, SERIF, SERIF_B, Canvas, Curve, LayoutError, Surface, cap_height, clutter,
                  font, make_quad, texture)


def photo_canvas(ctx, bgkind, res=None, props=0):
    W, H = res or ctx.pick(PHOTO_RES)
    base = texture(ctx.nrng, ctx.rng, W, H, bgkind)
    if props:
        clutter(base, ctx.rng, props)
    return Canvas(W, H, "photo", base)


def put(c, ctx, surf, cell, fill=(0.7, 0.92), rot=(-6, 6), tilt=0.12, squash=(0.85, 1.0), curve=None, shadow=0.3):
    x0, y0, x1, y1 = cell
    sw, sh = (curve.W2, curve.H2) if curve else (surf.w, surf.h)
    f = ctx.uni(*fill)
    r = ctx.uni(*rot)
    tx, ty = ctx.uni(-tilt, tilt), ctx.uni(-tilt, tilt)
    sq = ctx.uni(*squash)
    for _ in range(30):
        sc = min((x1 - x0) * f / sw, (y1 - y0) * f / (sh * sq))
        q = make_quad(sw, sh, 0, 0, sc, r, tx, ty, sq)
        qw = q[:, 0].max() - q[:, 0].min()
        qh = q[:, 1].max() - q[:, 1].min()
        if qw < (x1 - x0) - 8 and qh < (y1 - y0) - 8:
            cx = ctx.uni(x0 - q[:, 0].min() + 4, x1 - q[:, 0].max() - 4)
            cy = ctx.uni(y0 - q[:, 1].min() + 4, y1 - q[:, 1].max() - 4)
            q[:, 0] += cx
            q[:, 1] += cy
            return c.place(surf, q, curve=curve, shadow=shadow)
        f *= 0.95
    raise LayoutError("cannot fit surface")


def ink_pair(ctx, light_bg=True):
    if light_bg:
        return ctx.pick([(20, 20, 25), (25, 45, 110), (120, 20, 25), (15, 70, 40), (60, 30, 90), (40, 40, 40)])
    return ctx.pick([(255, 255, 255), (255, 235, 120), (240, 240, 230), (200, 240, 255)])


def paper(ctx):
    return ctx.pick([(250, 250, 246), (255, 253, 240), (244, 246, 250), (255, 250, 235)])


def fit(fkey, text, maxw, size, minsize):
    while size > minsize and font(fkey, size).getlength(text) > maxw:
        size *= 0.94
    if font(fkey, size).getlength(text) > maxw:
        raise LayoutError("text too wide")
    return font(fkey, size)


# ------------------------------------------------------------------ scenes
def birthday_banner(ctx):
    c = photo_canvas(ctx, ctx.pick(["wall", "wall", "brick"]), res=ctx.pick([(3000, 2000), (4000, 3000), (3264, 2448)]))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(3, 12))
    sw = int(W * ctx.uni(0.72, 0.86))
    sh = int(sw * ctx.uni(0.16, 0.2))
    bg = rand_color(ctx, s=(0.5, 0.8), v=(0.75, 0.95))
    surf = Surface(sw, sh, bg)
    for i in range(0, sw, sh // 3):
        surf.d.polygon([(i, 0), (i + sh // 3, 0), (i + sh // 6, sh // 5)], fill=rand_color(ctx, v=(0.5, 0.9)))
    fk = ctx.pick(SANS_B + SERIF_B + HAND_B)
    segs = ctx.pick([
        [("HAPPY ", None), (D.ordinal(p.age).upper(), AGE), (" BIRTHDAY ", None), (p.first.upper(), PERSON), ("!", None)],
        [("Happy ", None), (D.ordinal(p.age), AGE), (" Birthday ", None), (p.first, PERSON)],
        [("HAPPY BIRTHDAY ", None), (p.first.upper(), PERSON), (" - ", None), (f"{p.age} TODAY!", AGE)],
    ])
    full = "".join(t for t, _ in segs)
    f = fit(fk, full, sw * 0.92, sh * 0.42, sh * 0.22)
    fgc = ctx.pick([(255, 255, 255), (40, 20, 80), (200, 20, 60), (20, 60, 140)])
    f = fit(fk, full, sw * 0.88, f.size, sh * 0.2)
    surf.rich(sw * 0.02, sh * 0.72, sw * 0.96, segs, f, fgc, align="c", max_lines=1)
    curve = Curve(sw, sh, "bow", k=ctx.uni(-0.12, 0.12) * sh)
    put(c, ctx, surf, (W * 0.04, H * 0.05, W * 0.96, H * 0.45), curve=curve, rot=(-3, 3), tilt=0.08)
    # balloons
    d = ImageDraw.Draw(c.img)
    for _ in range(ctx.ri(4, 9)):
        x, y, r = ctx.uni(0, W), ctx.uni(H * 0.5, H), ctx.uni(0.04, 0.08) * W
        d.ellipse([x - r, y - r * 1.2, x + r, y + r * 1.2], fill=rand_color(ctx, v=(0.6, 0.95)))
    if ctx.chance(0.6):
        card = Surface(int(W * 0.3), int(W * 0.2), paper(ctx))
        fh = font(ctx.pick(HAND), card.h * 0.13)
        card.text(card.w / 2, card.h * 0.32, "Welcome to", fh, (60, 60, 60), anchor="ms", hand=0.6, rng=ctx.rng)
        card.rich(card.w * 0.05, card.h * 0.58, card.w * 0.9, [(f"{p.first} {p.last}", PERSON), ("'s party", None)],
                  fit(fk, f"{p.first} {p.last}'s party", card.w * 0.8, card.h * 0.16, card.h * 0.09), (150, 30, 90),
                  align="c", hand=0.5, rng=ctx.rng, max_lines=1)
        card.text(card.w / 2, card.h * 0.85, ctx.pick(["Games at 3pm", "Cake at 4!", "Presents on the table"]),
                  fh, (60, 60, 60), anchor="ms", hand=0.6, rng=ctx.rng)
        put(c, ctx, card, (W * 0.55, H * 0.52, W * 0.97, H * 0.97), rot=(-8, 8))
    return c


def birthday_cake(ctx):
    c = photo_canvas(ctx, ctx.pick(["wood", "table"]), props=ctx.ri(0, 3))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(2, 12))
    Dm = int(min(W, H) * ctx.uni(0.7, 0.82))
    side = int(Dm * ctx.uni(0.3, 0.45))
    surf = Surface(Dm, Dm + side, (0, 0, 0, 0))
    icing = ctx.pick([(255, 240, 245), (255, 255, 250), (250, 225, 180), (200, 230, 255), (235, 255, 225)])
    sidec = tuple(int(v * 0.86) for v in icing)
    surf.d.rectangle([0, Dm / 2, Dm - 1, Dm / 2 + side], fill=sidec + (255,))
    surf.d.ellipse([0, side, Dm - 1, Dm + side - 1], fill=sidec + (255,))
    for i in range(16):
        x = Dm * (0.05 + 0.9 * i / 15)
        yb = Dm / 2 + side + (Dm / 2) * (1 - ((x - Dm / 2) / (Dm / 2)) ** 2) ** 0.5 - Dm * 0.03
        surf.d.ellipse([x - Dm * 0.02, yb - Dm * 0.02, x + Dm * 0.02, yb + Dm * 0.02], fill=rand_color(ctx) + (255,))
    surf.d.ellipse([0, 0, Dm - 1, Dm - 1], fill=icing + (255,))
    surf.d.ellipse([Dm * 0.03, Dm * 0.03, Dm * 0.97, Dm * 0.97], outline=rand_color(ctx) + (255,), width=int(Dm * 0.02))
    ink = ctx.pick([(200, 30, 90), (40, 90, 200), (120, 50, 160), (30, 140, 80), (230, 110, 20)])
    fk = ctx.pick(HAND_B)
    f1 = font(fk, Dm * 0.075)
    surf.text(Dm / 2, Dm * 0.34, "Happy Birthday", f1, ink, anchor="ms", hand=0.7, rng=ctx.rng)
    fn = fit(fk, p.first, Dm * 0.6, Dm * 0.13, Dm * 0.07)
    surf.text(Dm / 2, Dm * 0.55, p.first, fn, ink, anchor="ms", hand=0.7, rng=ctx.rng, kind=PERSON)
    surf.text(Dm / 2, Dm * 0.8, str(p.age), font(fk, Dm * 0.17), ink, anchor="ms", hand=0.4, rng=ctx.rng, kind=AGE)
    for i in range(14):
        a = i / 14 * 2 * math.pi
        x, y = Dm / 2 + Dm * 0.44 * math.cos(a), Dm / 2 + Dm * 0.44 * math.sin(a)
        surf.d.ellipse([x - Dm * 0.015, y - Dm * 0.015, x + Dm * 0.015, y + Dm * 0.015], fill=rand_color(ctx) + (255,))
    # cake body on the photo (plain), top surface placed with foreshortening
    put(c, ctx, surf, (W * 0.05, H * 0.03, W * 0.95, H * 0.97), squash=(0.62, 0.8), rot=(-5, 5), tilt=0.06, shadow=0.2,
        fill=(0.85, 0.95))
    return c


def parcel(ctx, with_qr=False):
    c = photo_canvas(ctx, ctx.pick(["carpet", "wood", "table"]), props=ctx.ri(0, 2))
    W, H = c.w, c.h
    p = Persona(ctx)
    sw = int(min(W, H) * ctx.uni(0.8, 0.95))
    sh = int(sw * ctx.uni(0.7, 0.85))
    surf = Surface(sw, sh, (180, 135, 85))
    surf.d.rectangle([sw * 0.46, 0, sw * 0.54, sh], fill=(190, 160, 110))
    lx0, ly0, lx1, ly1 = sw * 0.1, sh * 0.12, sw * 0.9, sh * 0.88
    surf.d.rectangle([lx0, ly0, lx1, ly1], fill=(252, 252, 250))
    fk = ctx.pick(SANS + MONO_OR_SANS)
    fb = ctx.pick(SANS_B)
    lw = lx1 - lx0
    y = ly0 + sh * 0.09
    surf.text(lx0 + lw * 0.05, y, ctx.pick(["SHIP TO:", "DELIVER TO:", "TO:"]), font(fb, sh * 0.045), (0, 0, 0))
    y += sh * 0.085
    fs = sh * 0.055
    name = p.parent if ctx.chance(0.4) else p.full
    for txt, kind in [(name, PERSON), (p.addr["street"], ADDRESS), (p.addr["locality"], ADDRESS)]:
        f = fit(fk, txt, lw * 0.9, fs, sh * 0.03)
        surf.text(lx0 + lw * 0.05, y, txt, f, (0, 0, 0), kind=kind)
        y += sh * 0.075
    if ctx.chance(0.7):
        surf.rich(lx0 + lw * 0.05, y, lw * 0.9, [("Tel: ", None), (p.parent_phone if name == p.parent else p.phone, PHONE)],
                  font(fk, fs * 0.85), (0, 0, 0))
    y += sh * 0.06
    surf.d.line([lx0, y, lx1, y], fill=(0, 0, 0), width=max(2, int(sh * 0.005)))
    bx = lx0 + lw * 0.05
    for i in range(60):
        wbar = ctx.ri(1, 4) * sh * 0.0035
        if bx + wbar > lx0 + lw * (0.6 if with_qr else 0.95):
            break
        if ctx.chance(0.6):
            surf.d.rectangle([bx, y + sh * 0.04, bx + wbar, y + sh * 0.16], fill=(0, 0, 0))
        bx += wbar + sh * 0.004
    surf.text(lx0 + lw * 0.05, ly1 - sh * 0.03, f"TRK {ctx.ri(10**9, 10**10 - 1)}GB", font("dvm", sh * 0.03), (0, 0, 0))
    if with_qr:
        payload = f"{p.full}\n{p.addr['street']}\n{p.addr['locality']}"
        mod = max(5, int(sh * 0.0075))
        nmod = Surface.qr_size(payload, 1)
        mod = min(mod, int((ly1 - y - 10) * 0.95 / nmod))
        if mod < 4:
            raise LayoutError("qr too big")
        size = Surface.qr_size(payload, mod)
        surf.qr(lx1 - size - lw * 0.02, ly1 - size - 4, payload, mod,
                leaks=[(PERSON, p.full), (ADDRESS, p.addr["street"]), (ADDRESS, p.addr["locality"])])
    put(c, ctx, surf, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-10, 10), tilt=0.1, squash=(0.8, 1.0), fill=(0.85, 0.95))
    return c


MONO_OR_SANS = ["dvm", "lm", "dvc"]


def envelope(ctx):
    c = photo_canvas(ctx, ctx.pick(["wood", "table", "carpet"]), props=ctx.ri(0, 3))
    W, H = c.w, c.h
    p = Persona(ctx)
    sw = int(max(W, H) * ctx.uni(0.6, 0.75))
    sh = int(sw * ctx.uni(0.48, 0.58))
    if sw > W * 0.95:
        sw = int(W * 0.92)
        sh = int(sw * 0.52)
    surf = Surface(sw, sh, ctx.pick([(250, 248, 240), (245, 235, 215), (235, 240, 250)]))
    surf.d.rectangle([sw * 0.82, sh * 0.07, sw * 0.95, sh * 0.3], fill=rand_color(ctx))
    for k in range(3):
        surf.d.arc([sw * 0.62 + k * 8, sh * 0.06 + k * 8, sw * 0.84 - k * 8, sh * 0.32 - k * 8], 0, 360, fill=(90, 90, 110),
                   width=3)
    hand = ctx.chance(0.6)
    fk = ctx.pick(HAND) if hand else ctx.pick(SANS + SERIF)
    ink = ctx.pick([(20, 30, 110), (15, 15, 15), (40, 40, 60)])
    fs = sh * ctx.uni(0.065, 0.08)
    x = sw * ctx.uni(0.28, 0.36)
    y = sh * 0.5
    who = ctx.pick([p.full, f"{p.first} {p.last}", f"Master {p.full}" if ctx.chance(0.5) else f"Miss {p.full}"])
    lines = [(who, PERSON), (p.addr["street"], ADDRESS), (p.addr["locality"], ADDRESS)]
    if ctx.chance(0.3):
        lines.append(({"US": "USA", "UK": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
                       "NZ": "New Zealand", "IN": "India", "ZA": "South Africa"}[ctx.region], None))
    for txt, kind in lines:
        f = fit(fk, txt, sw * 0.95 - x, fs, sh * 0.045)
        surf.text(x, y, txt, f, ink, kind=kind, hand=0.5 if hand else 0, rng=ctx.rng)
        y += fs * 1.45
    if ctx.chance(0.4):
        sender = D.full_name(ctx.rng)
        fr = font(fk, max(sh * 0.045, 30))
        surf.text(sw * 0.05, sh * 0.12, sender, fr, ink, kind=PERSON, hand=0.4 if hand else 0,
                  rng=ctx.rng)
    put(c, ctx, surf, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-12, 12), tilt=0.1, squash=(0.8, 1.0), fill=(0.85, 0.95))
    return c


def school_sign(ctx, far=False):
    W, H = ctx.pick([(4000, 3000), (3264, 2448), (3000, 2000), (4032, 3024)])
    c = photo_canvas(ctx, "sky", res=(W, H))
    p = Persona(ctx)
    d = ImageDraw.Draw(c.img)
    horizon = H * ctx.uni(0.45, 0.6)
    d.rectangle([0, horizon, W, H], fill=(80, 130, 60))
    if far:
        bx0, bx1 = W * ctx.uni(0.05, 0.3), W * ctx.uni(0.65, 0.95)
        by0 = horizon - H * ctx.uni(0.18, 0.3)
        d.rectangle([bx0, by0, bx1, horizon], fill=ctx.pick([(170, 90, 70), (200, 190, 170), (150, 150, 160)]))
        for i in range(int((bx1 - bx0) / (W * 0.05))):
            for j in range(2):
                wx = bx0 + W * 0.02 + i * W * 0.05
                wy = by0 + (horizon - by0) * (0.15 + j * 0.42)
                d.rectangle([wx, wy, wx + W * 0.028, wy + (horizon - by0) * 0.28], fill=(120, 160, 200))
        for _ in range(5):
            tx = ctx.uni(0, W)
            d.ellipse([tx - W * 0.05, horizon - H * 0.2, tx + W * 0.05, horizon + H * 0.02], fill=(40, 100, 45))
        sw = int(W * ctx.uni(0.2, 0.3))
        sh = int(sw * ctx.uni(0.3, 0.4))
    else:
        sw = int(W * ctx.uni(0.7, 0.85))
        sh = int(sw * ctx.uni(0.4, 0.52))
    bgc = ctx.pick([(20, 60, 40), (20, 40, 100), (120, 20, 30), (250, 250, 250), (60, 30, 80)])
    fg = (255, 255, 255) if sum(bgc) < 400 else (20, 40, 100)
    surf = Surface(sw, sh, bgc)
    surf.d.rectangle([sh * 0.04, sh * 0.04, sw - sh * 0.04, sh - sh * 0.04], outline=fg, width=max(3, int(sh * 0.015)))
    fk = ctx.pick(SANS_B + SERIF_B)
    if far:
        f = fit(fk, p.school, sw * 0.88, sh * 0.3, 17)
        surf.text(sw / 2, sh * 0.52, p.school, f, fg, anchor="ms", kind=SCHOOL)
        if ctx.chance(0.6):
            f2 = fit(ctx.pick(SANS), p.town, sw * 0.8, max(18, sh * 0.16), 18)
            surf.text(sw / 2, sh * 0.82, p.town, f2, fg, anchor="ms", kind=LOCATION)
    else:
        f = fit(fk, p.school, sw * 0.88, sh * 0.16, sh * 0.07)
        surf.text(sw / 2, sh * 0.26, p.school, f, fg, anchor="ms", kind=SCHOOL)
        fs = font(ctx.pick(SANS), sh * 0.065)
        rows = [[("Principal: " if ctx.region in ("US", "CA", "AU", "NZ", "IE", "ZA", "IN") else "Headteacher: ", None),
                 (f"{ctx.pick(['Mrs', 'Mr', 'Ms', 'Dr'])} {D.first(ctx.rng)[0]}. {D.surname(ctx.rng)}", PERSON)],
                [(p.addr["street"], ADDRESS), (", ", None), (p.town, LOCATION)],
                [("Tel: ", None), (D.phone(ctx.rng, ctx.region, mobile=False), PHONE)],
                [("Website: ", None), ("www." + p.school.lower().replace(" ", "").replace("'", "")[:18] + ".school", None)]]
        y = sh * 0.45
        for segs in rows[:ctx.ri(2, 4)]:
            surf.rich(sw * 0.06, y, sw * 0.88, segs, fs, fg, align="c", max_lines=1)
            y += sh * 0.13
        if ctx.chance(0.4):
            surf.text(sw / 2, sh * 0.92, ctx.pick(["Learning together", "Be kind, be brave", "Ka mua, ka muri",
                                                     "Excellence & care"]), font(ctx.pick(SERIF), sh * 0.05), fg,
                      anchor="ms")
    if far:
        cell = (W * 0.08, horizon - sh * 2.2, W * 0.92, horizon + H * 0.25)
        put(c, ctx, surf, cell, fill=(0.2, 0.3), rot=(-2, 2), tilt=0.15, shadow=0.0)
    else:
        put(c, ctx, surf, (W * 0.03, H * 0.05, W * 0.97, H * 0.8), rot=(-3, 3), tilt=0.2, shadow=0.15, fill=(0.85, 0.95))
    return c


def name_label(ctx, thing, with_qr=False):
    """lunchbox / bottle / bag tag"""
    c = photo_canvas(ctx, ctx.pick(["table", "wood", "fabric", "carpet"]), props=ctx.ri(0, 2))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(4, 12))
    d = ImageDraw.Draw(c.img)
    bgc = ctx.pick([(255, 255, 255), (255, 240, 120), (200, 235, 255), (255, 210, 225), (220, 255, 220)])
    ink = ctx.pick([(20, 20, 30), (30, 40, 140), (160, 20, 60), (10, 90, 50)])
    hand = ctx.chance(0.35)
    fk = ctx.pick(HAND_B) if hand else ctx.pick(SANS_B + ["lnb", "dvsb"])
    fk2 = ctx.pick(HAND) if hand else ctx.pick(SANS)
    curve = None
    if thing == "bottle":
        bw = min(W, H) * ctx.uni(0.35, 0.45)
        bx = W / 2 + ctx.uni(-0.15, 0.15) * W
        bcol = rand_color(ctx)
        d.rounded_rectangle([bx - bw * 0.22, H * 0.02, bx + bw * 0.22, H * 0.12], radius=int(bw * 0.05), fill=(40, 40, 45))
        for k in range(14):
            f_ = k / 14.0 * 0.7
            col_ = tuple(min(255, int(v * (0.6 + 0.55 * f_))) for v in bcol)
            d.rounded_rectangle([bx - bw / 2 * (1 - f_), H * 0.08 + bw * 0.1 * f_, bx + bw / 2 * (1 - f_) - bw * 0.15 * f_,
                                 H * 0.97 - bw * 0.1 * f_], radius=int(bw * 0.25 * (1 - f_) + 2), fill=col_)
        sw = int(bw * 1.6)
        sh = int(bw * ctx.uni(0.55, 0.7))
        curve_amt = ctx.uni(0.75, 1.0)
    elif thing == "lunchbox":
        lw, lh = W * ctx.uni(0.7, 0.85), H * ctx.uni(0.55, 0.7)
        x0, y0 = (W - lw) / 2, (H - lh) / 2
        d.rounded_rectangle([x0, y0, x0 + lw, y0 + lh], radius=int(lh * 0.08), fill=rand_color(ctx))
        sw = int(lw * ctx.uni(0.6, 0.75))
        sh = int(sw * ctx.uni(0.42, 0.55))
    else:
        sw = int(min(W, H) * ctx.uni(0.8, 0.95))
        sh = int(sw * ctx.uni(0.6, 0.7))
    surf = Surface(sw, sh, bgc + (255,) if thing != "tag" else (0, 0, 0, 0))
    if thing == "tag":
        surf.rrect([0, 0, sw - 1, sh - 1], sh * 0.12, (30, 30, 30))
        surf.rrect([sh * 0.04, sh * 0.04, sw - sh * 0.04, sh - sh * 0.04], sh * 0.1, bgc)
        surf.d.ellipse([sw * 0.04, sh * 0.42, sw * 0.04 + sh * 0.16, sh * 0.58], fill=(0, 0, 0, 0))
    xl = sw * (0.16 if thing == "tag" else 0.22 if thing == "bottle" else 0.07)
    xr = sw * (0.96 if thing != "bottle" else 0.78)
    avail = xr - xl
    y = sh * 0.22
    if with_qr:
        avail = avail * 0.55
    if ctx.chance(0.6):
        surf.text(xl, y, ctx.pick(["This belongs to:", "Name:", "Please return to:", "I belong to"]),
                  font(fk2, sh * 0.075), ink, hand=0.5 if hand else 0, rng=ctx.rng)
        y += sh * 0.2
    else:
        y += sh * 0.08
    nm = p.full if ctx.chance(0.6) else p.first + " " + p.last[0] + "."
    f = fit(fk, nm, avail, sh * 0.17, sh * 0.08)
    surf.text(xl, y, nm, f, ink, kind=PERSON, hand=0.5 if hand else 0, rng=ctx.rng)
    y += sh * 0.17
    rows = [[(p.year, AGE), (" - ", None), (p.teacher, PERSON)] if ctx.chance(0.5) else [("Class: ", None), (p.year, AGE)],
            [(p.school, SCHOOL)], [("Tel: ", None), (p.parent_phone, PHONE)]]
    ctx.rng.shuffle(rows)
    qr_space = 0
    payload = None
    if with_qr:
        if thing == "tag":
            if ctx.chance(0.5):
                payload = f"MECARD:N:{p.last},{p.first};TEL:{D.digits_only(p.parent_phone)};EMAIL:{p.parent_email};;"
                qleaks = [(PERSON, f"{p.last},{p.first}"), (PHONE, D.digits_only(p.parent_phone)), (EMAIL, p.parent_email)]
            else:
                payload = (f"BEGIN:VCARD\nVERSION:3.0\nFN:{p.full}\nTEL:{p.parent_phone}\n"
                           f"ADR:;;{p.addr['street']};{p.town};;;\nEND:VCARD")
                qleaks = [(PERSON, p.full), (PHONE, p.parent_phone), (ADDRESS, p.addr["street"])]
        else:
            payload = f"tel:{D.digits_only(p.parent_phone)}"
            qleaks = [(PHONE, D.digits_only(p.parent_phone))]
        nmod = Surface.qr_size(payload, 1)
        mod = max(4, min(int(sh * 0.012), int(0.34 * sw / nmod)))
        qs = Surface.qr_size(payload, mod)
        qr_space = qs + sw * 0.02
        if qs > sh * 0.95:
            raise LayoutError("qr too big for tag")
    fs = sh * 0.085
    for segs in rows[:ctx.ri(1, 3)]:
        if y + fs > sh * 0.94:
            break
        fnt = font(fk2, fs)
        try:
            surf.rich(xl, y, avail, segs, fnt, ink, hand=0.5 if hand else 0, rng=ctx.rng, max_lines=1)
        except LayoutError:
            continue
        y += fs * 1.5
    if payload:
        surf.qr(xr - qs, (sh - qs) / 2, payload, mod, leaks=qleaks)
    if thing == "bottle":
        curve = Curve(sw, sh, "cyl", amount=curve_amt, k=ctx.uni(-0.05, 0.05) * sh, shade=0.3)
        cell = (bx - bw * 0.52, H * 0.2, bx + bw * 0.52, H * 0.85)
        put(c, ctx, surf, cell, curve=curve, rot=(-1, 1), tilt=0.0, squash=(0.97, 1.0), fill=(0.985, 0.995), shadow=0.0)
    elif thing == "lunchbox":
        put(c, ctx, surf, (x0 + lw * 0.05, y0 + lh * 0.05, x0 + lw * 0.95, y0 + lh * 0.95), rot=(-5, 5), tilt=0.06,
            shadow=0.1, fill=(0.8, 0.95))
    else:
        put(c, ctx, surf, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-18, 18), tilt=0.1, fill=(0.85, 0.95))
    return c


def team_shirt(ctx, bib=False):
    c = photo_canvas(ctx, ctx.pick(["grass", "wall", "fabric"]), res=ctx.pick([(3000, 4000), (2448, 3264), (3024, 4032),
                                                                               (3000, 2000), (4000, 3000)]))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(6, 13))
    col = rand_color(ctx, v=(0.45, 0.9))
    fg = (255, 255, 255) if sum(col) < 450 else (15, 15, 40)
    if not bib:
        sw = int(min(W, H) * 0.8)
        sh = int(sw * 1.05)
        surf = Surface(sw, sh, (0, 0, 0, 0))
        surf.d.polygon([(sw * 0.25, 0), (sw * 0.75, 0), (sw, sh * 0.18), (sw * 0.88, sh * 0.32), (sw * 0.8, sh * 0.27),
                        (sw * 0.8, sh), (sw * 0.2, sh), (sw * 0.2, sh * 0.27), (sw * 0.12, sh * 0.32), (0, sh * 0.18)],
                       fill=col + (255,))
        fk = ctx.pick(SANS_B + ["lnb", "dvcb"])
        nm = p.last.upper() if ctx.chance(0.6) else p.first.upper()
        f = fit(fk, nm, sw * 0.55, sh * 0.1, sh * 0.05)
        surf.text(sw / 2, sh * 0.3, nm, f, fg, anchor="ms", kind=PERSON)
        surf.text(sw / 2, sh * 0.7, str(ctx.ri(1, 23)), font(fk, sh * 0.32), fg, anchor="ms")
        tm = p.team
        f2 = fit(ctx.pick(SANS_B), tm, sw * 0.55, sh * 0.045, 30)
        surf.text(sw / 2, sh * 0.86, tm, f2, fg, anchor="ms", kind=ORG)
        curve = Curve(sw, sh, "bow", k=ctx.uni(-0.03, 0.03) * sh)
    else:
        sw = int(min(W, H) * 0.75)
        sh = int(sw * 0.75)
        surf = Surface(sw, sh, (252, 252, 252))
        surf.d.rectangle([0, 0, sw, sh * 0.2], fill=col)
        ev = ctx.pick([[(p.school, SCHOOL), (" Fun Run", None)], [(p.town, LOCATION), (" Junior Parkrun", None)],
                       [(p.school, SCHOOL), (" Cross Country", None)], [(p.team, ORG), (" 5K", None)]])
        fev = fit(ctx.pick(SANS_B), "".join(t for t, _ in ev), sw * 0.9, sh * 0.08, 28)
        surf.rich(sw * 0.05, sh * 0.13, sw * 0.9, ev, fev, fg, align="c", max_lines=1)
        surf.text(sw / 2, sh * 0.62, str(ctx.ri(1, 999)), font(ctx.pick(SANS_B), sh * 0.38), (15, 15, 15), anchor="ms")
        fk = ctx.pick(SANS_B)
        f = fit(fk, p.full.upper(), sw * 0.8, sh * 0.09, 30)
        surf.text(sw / 2, sh * 0.78, p.full.upper(), f, (15, 15, 15), anchor="ms", kind=PERSON)
        cat = ctx.pick([f"U{p.age + 1} {ctx.pick(['Girls', 'Boys', 'Mixed'])}", D.age_str(ctx.rng, p.age), p.year])
        surf.text(sw / 2, sh * 0.91, cat, font(ctx.pick(SANS), sh * 0.065), (60, 60, 60), anchor="ms", kind=AGE)
        for (x, y) in [(0.04, 0.25), (0.96, 0.25), (0.04, 0.95), (0.96, 0.95)]:
            surf.d.ellipse([sw * x - 8, sh * y - 8, sw * x + 8, sh * y + 8], fill=(170, 170, 180))
        curve = Curve(sw, sh, "bow", k=ctx.uni(-0.04, 0.04) * sh)
    put(c, ctx, surf, (W * 0.05, H * 0.05, W * 0.95, H * 0.95), curve=curve, rot=(-6, 6), tilt=0.08, fill=(0.85, 0.95),
        shadow=0.15)
    return c


def certificate(ctx, with_qr=False):
    c = photo_canvas(ctx, ctx.pick(["table", "wood", "wall"]), res=ctx.pick([(4000, 3000), (3264, 2448), (4032, 3024)]))
    W, H = c.w, c.h
    p = Persona(ctx)
    sw = int(W * 0.82)
    sh = int(sw * 0.707)
    surf = Surface(sw, sh, ctx.pick([(255, 253, 245), (250, 250, 255), (255, 250, 235)]))
    bc = rand_color(ctx)
    surf.d.rectangle([sh * 0.03, sh * 0.03, sw - sh * 0.03, sh - sh * 0.03], outline=bc, width=int(sh * 0.02))
    surf.d.rectangle([sh * 0.06, sh * 0.06, sw - sh * 0.06, sh - sh * 0.06], outline=bc, width=int(sh * 0.005))
    fs = ctx.pick(SERIF_B)
    surf.text(sw / 2, sh * 0.2, ctx.pick(["Certificate of Achievement", "Star of the Week", "Certificate of Merit",
                                           "Swimming Award", "Reading Champion"]), font(fs, sh * 0.075), bc, anchor="ms")
    surf.text(sw / 2, sh * 0.3, "This certificate is proudly presented to", font(ctx.pick(SERIF), sh * 0.035), (60, 60, 60),
              anchor="ms")
    fn = fit(ctx.pick(["dvsbi", "lrbi", "frbi", "fri"]), p.full, sw * 0.7, sh * 0.09, sh * 0.05)
    surf.text(sw / 2, sh * 0.44, p.full, fn, (20, 20, 20), anchor="ms", kind=PERSON)
    fb = font(ctx.pick(SERIF), sh * 0.036)
    segs = ctx.pick([[("of ", None), (p.year, AGE), (" at ", None), (p.school, SCHOOL)],
                     [("for outstanding effort in ", None), (p.year, AGE), (" maths", None)],
                     [("member of ", None), (p.org, ORG), (" - ", None), (D.age_str(ctx.rng, p.age), AGE)]])
    surf.rich(sw * 0.12, sh * 0.54, sw * 0.76, segs, fb, (40, 40, 40), align="c", max_lines=2)
    if ctx.chance(0.6):
        surf.rich(sw * 0.12, sh * 0.64, sw * 0.76, [("Presented at ", None), (p.school, SCHOOL)], fb, (40, 40, 40), align="c",
                  max_lines=1)
    sx = sw * 0.12
    surf.d.line([sx, sh * 0.82, sx + sw * 0.25, sh * 0.82], fill=(40, 40, 40), width=3)
    surf.text(sx, sh * 0.87, p.teacher, font(ctx.pick(SERIF), sh * 0.035), (40, 40, 40), kind=PERSON)
    surf.text(sw * 0.88, sh * 0.87, D.short_date(ctx.rng, ctx.region), font(ctx.pick(SERIF), sh * 0.035), (40, 40, 40),
              anchor="rs")
    if with_qr:
        payload = f"Awarded to {p.full}, {p.year}, {p.school}"
        mod = max(5, int(sh * 0.006))
        qs = Surface.qr_size(payload, mod)
        surf.qr(sw / 2 - qs / 2 + sw * 0.12, sh * 0.94 - qs, payload, mod,
                leaks=[(PERSON, p.full), (AGE, p.year), (SCHOOL, p.school)])
    put(c, ctx, surf, (W * 0.02, H * 0.02, W * 0.98, H * 0.98), rot=(-5, 5), tilt=0.08, fill=(0.9, 0.97))
    return c


def trophy(ctx):
    c = photo_canvas(ctx, ctx.pick(["wall", "wood", "dark"]), res=ctx.pick([(3000, 4000), (3024, 4032), (4000, 3000)]))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(6, 14))
    d = ImageDraw.Draw(c.img)
    gold = (212, 175, 55)
    cx = W / 2
    tw = min(W, H) * 0.55
    top = H * 0.1
    d.ellipse([cx - tw / 2, top, cx + tw / 2, top + tw * 0.25], fill=(235, 200, 80))
    d.polygon([(cx - tw / 2, top + tw * 0.12), (cx + tw / 2, top + tw * 0.12), (cx + tw * 0.2, top + tw * 0.8),
               (cx - tw * 0.2, top + tw * 0.8)], fill=gold)
    d.rectangle([cx - tw * 0.06, top + tw * 0.8, cx + tw * 0.06, top + tw * 1.05], fill=gold)
    by0 = top + tw * 1.05
    d.rectangle([cx - tw * 0.55, by0, cx + tw * 0.55, H * 0.95], fill=(40, 30, 25))
    sw = int(tw * 1.0)
    sh = int(min(sw * 0.5, (H * 0.95 - by0) * 0.85))
    surf = Surface(sw, sh, ctx.pick([(220, 185, 70), (200, 200, 205), (30, 30, 30)]))
    fg = (20, 20, 20) if surf.img.getpixel((1, 1))[0] > 100 else (230, 200, 100)
    fk = ctx.pick(SERIF_B + SANS_B)
    surf.text(sw / 2, sh * 0.24, ctx.pick(["PLAYER OF THE SEASON", "MOST IMPROVED", "TOP SCORER", "COACH'S AWARD",
                                            "SPELLING BEE WINNER"]), fit(fk, "SPELLING BEE WINNER", sw * 0.9, sh * 0.12, 20), fg,
              anchor="ms")
    f = fit(fk, p.full, sw * 0.9, sh * 0.16, 26)
    surf.text(sw / 2, sh * 0.48, p.full, f, fg, anchor="ms", kind=PERSON)
    f2 = fit(ctx.pick(SERIF + SANS), p.team, sw * 0.9, sh * 0.1, 24)
    surf.text(sw / 2, sh * 0.7, p.team, f2, fg, anchor="ms", kind=ORG)
    f3 = font(ctx.pick(SERIF + SANS), max(24, sh * 0.09))
    surf.rich(sw * 0.05, sh * 0.9, sw * 0.9, [(f"U{p.age + 1}", AGE), (f"  Season {ctx.ri(2022, 2025)}", None)], f3, fg,
              align="c")
    put(c, ctx, surf, (cx - tw * 0.55, by0, cx + tw * 0.55, H * 0.95), rot=(-2, 2), tilt=0.05, shadow=0.0,
        fill=(0.9, 0.97))
    return c


def house_number(ctx):
    W, H = ctx.pick([(3000, 4000), (4000, 3000), (3024, 4032), (3264, 2448)])
    c = photo_canvas(ctx, ctx.pick(["brick", "wall"]), res=(W, H))
    p = Persona(ctx)
    num = p.addr["num"]
    # number plate
    pw = int(min(W, H) * ctx.uni(0.25, 0.35))
    ph = int(pw * 0.7)
    bgc = ctx.pick([(250, 250, 245), (20, 20, 20), (30, 60, 120), (180, 150, 100)])
    fg = (20, 20, 20) if sum(bgc) > 400 else (245, 245, 245)
    plate = Surface(pw, ph, bgc)
    plate.d.rectangle([6, 6, pw - 6, ph - 6], outline=fg, width=max(3, int(ph * 0.02)))
    f = fit(ctx.pick(SANS_B + SERIF_B), num, pw * 0.8, ph * 0.6, 40)
    plate.text(pw / 2, ph * 0.78, num, f, fg, anchor="ms", kind=ADDRESS)
    # street sign
    sw = int(min(W, H) * ctx.uni(0.7, 0.9))
    sh = int(sw * ctx.uni(0.22, 0.3))
    sbg = ctx.pick([(255, 255, 255), (20, 90, 50), (20, 40, 120)])
    sfg = (20, 20, 20) if sum(sbg) > 400 else (255, 255, 255)
    sign = Surface(sw, sh, sbg)
    sign.d.rectangle([8, 8, sw - 8, sh - 8], outline=(200, 30, 30) if sum(sbg) > 400 else sfg, width=max(4, int(sh * 0.03)))
    st = p.addr["street_name"].upper() if ctx.region != "IN" else p.addr["street"].split(",")[1].strip().upper()
    f = fit(ctx.pick(SANS_B + ["lnb", "dvcb"]), st, sw * 0.86, sh * 0.38, 30)
    sign.text(sw / 2, sh * (0.6 if ctx.chance(0.5) else 0.55), st, f, sfg, anchor="ms", kind=LOCATION)
    if ctx.chance(0.2):
        sub = p.town.upper() if ctx.region not in ("UK",) else p.addr["locality"].split(" ")[0].upper() + " " + \
            p.addr["locality"].split(" ")[-2]
        f2 = fit(ctx.pick(SANS), sub, sw * 0.8, sh * 0.14, 26)
        sign.text(sw / 2, sh * 0.86, sub, f2, sfg, anchor="ms", kind=LOCATION)
    if H > W:
        put(c, ctx, sign, (W * 0.03, H * 0.03, W * 0.97, H * 0.45), rot=(-4, 4), tilt=0.15)
        put(c, ctx, plate, (W * 0.1, H * 0.5, W * 0.9, H * 0.95), rot=(-4, 4), tilt=0.15, fill=(0.5, 0.8))
    else:
        put(c, ctx, sign, (W * 0.02, H * 0.05, W * 0.6, H * 0.95), rot=(-4, 4), tilt=0.15, fill=(0.8, 0.95))
        put(c, ctx, plate, (W * 0.62, H * 0.1, W * 0.98, H * 0.9), rot=(-4, 4), tilt=0.15, fill=(0.6, 0.9))
    return c


def note_surface(ctx, w, h, segs_list, hand=True, bg=None, title=None, qr=None):
    bgc = bg or ctx.pick([(255, 245, 150), (255, 255, 255), (255, 210, 230), (200, 240, 255), (210, 255, 200)])
    s = Surface(w, h, bgc)
    ink = ctx.pick([(20, 20, 30), (30, 40, 150), (150, 20, 40), (20, 100, 40)])
    fk = ctx.pick(HAND) if hand else ctx.pick(SANS + SERIF)
    fs = h * 0.072
    longest = max([fnt_t for segs in segs_list for fnt_t, k in segs if k] or [""], key=len)
    while fs > 30 and font(fk, fs).getlength(longest) * 1.1 > w * 0.86:
        fs *= 0.93
    fnt = font(fk, max(fs, 30))
    y = h * 0.16
    if title:
        tf = fit(ctx.pick(SANS_B) if not hand else ctx.pick(HAND_B), title, w * 0.9, h * 0.11, 30)
        s.text(w / 2, y, title, tf, ink, anchor="ms", hand=0.4 if hand else 0, rng=ctx.rng)
        y += h * 0.14
    qx = None
    if qr:
        payload, leaks, mod = qr
        qs = Surface.qr_size(payload, mod)
        qx = w - qs - w * 0.03
        if qs > h * 0.6 or qs > w * 0.6:
            raise LayoutError("qr big")
        s.qr(qx, h - qs - h * 0.03, payload, mod, leaks=leaks)
        qtop = h - qs - h * 0.03
    for segs in segs_list:
        width = w * 0.88
        lines_y_limit = h * 0.95
        if qr:
            lines_y_limit = qtop - fnt.size * 0.3
        y = s.rich(w * 0.06, y, width, segs, fnt, ink, lh=1.3, hand=0.5 if hand else 0, rng=ctx.rng)
        if y > lines_y_limit:
            raise LayoutError("note overflow")
        y += fnt.size * 1.45
    return s


def noticeboard(ctx, with_qr=False):
    W, H = ctx.pick([(4000, 3000), (4032, 3024), (3264, 2448)])
    c = photo_canvas(ctx, "wall", res=(W, H))
    d = ImageDraw.Draw(c.img)
    bx0, by0, bx1, by1 = W * 0.03, H * 0.04, W * 0.97, H * 0.96
    d.rectangle([bx0, by0, bx1, by1], fill=(120, 85, 50))
    d.rectangle([bx0 + 25, by0 + 25, bx1 - 25, by1 - 25], fill=(190, 150, 100))
    for _ in range(3000):
        x, y = ctx.uni(bx0 + 30, bx1 - 30), ctx.uni(by0 + 30, by1 - 30)
        d.point((x, y), fill=(140, 100, 60))
    p = Persona(ctx)
    q = Persona(ctx)
    notes = [
        ("LOST!", [[("Blue jumper, belongs to ", None), (p.full, PERSON), (", ", None), (p.year, AGE)]]),
        ("School fair", [[("Volunteers needed at ", None), (p.school, SCHOOL), (" - sign below", None)]]),
        ("Babysitter", [[("Responsible 16yo, ", None), (q.first, PERSON), (" - call ", None), (q.phone, PHONE)]]),
        ("Lift share", [[("Driving from ", None), (p.town, LOCATION), (" every morning", None)],
                        [("email ", None), (p.parent_email, EMAIL)]]),
        ("Chess club", [[("Tuesdays, Room 12. Ask ", None), (p.teacher, PERSON)]]),
        ("Well done!", [[("", None), (q.full, PERSON), (" of ", None), (q.year, AGE), (" won the art prize", None)]]),
        ("Tutor", [[("Maths help for ", None), (p.year, AGE), (" - ", None), (D.parent_name(ctx.rng), PERSON), (" ", None),
                    (D.phone(ctx.rng, ctx.region), PHONE)]]),
        ("Team news", [[("", None), (p.team, ORG), (" trials Saturday 10am", None)]]),
    ]
    ctx.rng.shuffle(notes)
    cols, rows = 3, 2
    cw, ch = (bx1 - bx0 - 60) / cols, (by1 - by0 - 60) / rows
    cells = [(bx0 + 30 + i * cw, by0 + 30 + j * ch, bx0 + 30 + (i + 1) * cw, by0 + 30 + (j + 1) * ch)
             for j in range(rows) for i in range(cols)]
    ctx.rng.shuffle(cells)
    nq = 1 if with_qr else 0
    for k in range(ctx.ri(4, 6)):
        cell = cells[k]
        w, h = int(cw * 0.85), int(ch * 0.85)
        qr = None
        if k < nq:
            link = ctx.pick([f"https://t.me/{p.handle}", f"Contact {p.parent}: {p.parent_phone}"])
            if link.startswith("https"):
                leaks = [(URL, link)]
            else:
                leaks = [(PERSON, p.parent), (PHONE, p.parent_phone)]
            qr = (link, leaks, max(6, int(h * 0.012)))
            title, segs = ("Join our group!", [[("Parents of ", None), (p.year, AGE), (" - scan me", None)]])
        else:
            title, segs = notes[k]
        surf = note_surface(ctx, w, h, segs, hand=ctx.chance(0.5), title=title, qr=qr)
        put(c, ctx, surf, cell, rot=(-6, 6), tilt=0.02, fill=(0.85, 0.95), shadow=0.25)
    return c


def whiteboard(ctx):
    W, H = ctx.pick([(4000, 3000), (4032, 3024), (3264, 2448), (3000, 2000)])
    c = photo_canvas(ctx, "wall", res=(W, H))
    p = Persona(ctx, age=ctx.ri(6, 12))
    sw, sh = int(W * 0.9), int(H * 0.8)
    surf = Surface(sw, sh, (250, 250, 250))
    surf.d.rectangle([0, 0, sw - 1, sh - 1], outline=(170, 170, 175), width=int(sh * 0.02))
    cols = [(20, 40, 160), (20, 20, 20), (180, 20, 30), (20, 120, 50)]
    fk = ctx.pick(HAND + HAND_B)
    fs = sh * ctx.uni(0.055, 0.07)
    f = font(fk, fs)
    kids = [D.first(ctx.rng) for _ in range(4)]
    lines = [
        [(p.year, AGE), (" - ", None), (p.teacher, PERSON)],
        [("Helper today: ", None), (kids[0], PERSON)],
        [("Welcome to ", None), (p.school, SCHOOL), ("!", None)],
        [("Sports day at ", None), (p.school, SCHOOL), (" field - Tues", None)],
        [("Birthday this week: ", None), (kids[2], PERSON), (" (", None), (f"{p.age}", AGE), (")", None)],
        [("Trip to the museum Friday - bring slips!", None)],
        [("Reading group leader: ", None), (p.full, PERSON)],
        [("Swimming at ", None), (f"{p.town} Leisure Centre", LOCATION)],
        [("Don't forget: spelling test Thursday", None)],
    ]
    keep = [lines[0]] + ctx.rng.sample(lines[1:], ctx.ri(3, 5))
    y = sh * 0.14
    for segs in keep:
        y = surf.rich(sw * 0.05, y, sw * 0.9, segs, f, ctx.pick(cols), hand=0.8, rng=ctx.rng, lh=1.25)
        y += fs * 1.6
        if y > sh * 0.95:
            raise LayoutError("board overflow")
    put(c, ctx, surf, (W * 0.02, H * 0.02, W * 0.98, H * 0.98), rot=(-3, 3), tilt=0.12, fill=(0.9, 0.97), shadow=0.1)
    return c


def fridge_note(ctx, with_qr=False):
    W, H = ctx.pick([(3000, 4000), (3024, 4032), (2448, 3264), (4000, 3000)])
    c = photo_canvas(ctx, "fridge", res=(W, H))
    p = Persona(ctx)
    notes = [
        [[("Pick up ", None), (p.first, PERSON), (" from ", None), (p.school, SCHOOL), (" 3:15", None)]],
        [[("Grandma: ", None), (D.phone(ctx.rng, ctx.region, mobile=False), PHONE)]],
        [[("", None), (p.first, PERSON), (" dentist Thu 4pm", None)]],
        [[("Swim club - ", None), (p.org, ORG), (" - Sat 9am", None)]],
        [[("", None), (p.parent_first, PERSON), (" work: ", None), (p.work, ORG)]],
        [[("Emergency: ", None), (p.parent_phone, PHONE)]],
        [[("Spellings for ", None), (p.year, AGE), (": because, friend, school", None)]],
    ]
    ctx.rng.shuffle(notes)
    n = ctx.ri(2, 3) + (1 if with_qr else 0)
    if H > W:
        cells = [(W * 0.04, H * (0.03 + i * 0.94 / n), W * 0.96, H * (0.03 + (i + 1) * 0.94 / n)) for i in range(n)]
    else:
        cells = [(W * (0.03 + i * 0.94 / n), H * 0.04, W * (0.03 + (i + 1) * 0.94 / n), H * 0.96) for i in range(n)]
    for k in range(n):
        x0, y0, x1, y1 = cells[k]
        w = int((x1 - x0) * 0.85)
        h = int(min((y1 - y0) * 0.85, w * 0.8))
        if with_qr and k == n - 1:
            ssid = f"{p.last} Family"
            payload = f"WIFI:T:WPA;S:{ssid};P:{ctx.pick(['sunshine', 'biscuit', 'rainbow'])}{ctx.ri(10, 99)};;"
            surf = note_surface(ctx, w, h, [[("Guest wifi - scan", None)]], hand=False, bg=(255, 255, 255),
                                title="WiFi", qr=(payload, [(PERSON, ssid)], max(6, int(h * 0.014))))
        else:
            surf = note_surface(ctx, w, h, notes[k], hand=ctx.chance(0.7))
        # magnet
        surf.d.ellipse([w * 0.9 - h * 0.035, h * 0.01, w * 0.9 + h * 0.035, h * 0.08], fill=rand_color(ctx))
        put(c, ctx, surf, cells[k], rot=(-8, 8), tilt=0.05, fill=(0.85, 0.95), shadow=0.2)
    return c


def id_card(ctx, library=False, with_qr=False):
    c = photo_canvas(ctx, ctx.pick(["table", "wood", "fabric"]), res=ctx.pick([(4000, 3000), (3000, 2000), (4032, 3024)]),
                     props=ctx.ri(0, 2))
    W, H = c.w, c.h
    p = Persona(ctx, age=ctx.ri(8, 16))
    sw = int(W * ctx.uni(0.62, 0.75))
    sh = int(sw / 1.586)
    acc = rand_color(ctx, v=(0.35, 0.7))
    surf = Surface(sw, sh, (0, 0, 0, 0))
    surf.rrect([0, 0, sw - 1, sh - 1], sh * 0.06, (250, 250, 252))
    surf.d.rectangle([sh * 0.06, 0, sw - sh * 0.06, sh * 0.2], fill=acc)
    surf.d.rounded_rectangle([0, 0, sw - 1, sh * 0.2], radius=int(sh * 0.06), fill=acc)
    fg = (255, 255, 255)
    if library:
        head = f"{p.town} {ctx.pick(['Public Library', 'Libraries', 'Library Service'])}"
        f = fit("dvb", head, sw * 0.9, sh * 0.08, 28)
        surf.text(sw * 0.05, sh * 0.13, head, f, fg)
    else:
        f = fit(ctx.pick(SANS_B), p.school, sw * 0.9, sh * 0.08, 28)
        surf.text(sw * 0.05, sh * 0.13, p.school, f, fg, kind=SCHOOL)
    # photo placeholder
    if not library:
        surf.d.rectangle([sw * 0.05, sh * 0.28, sw * 0.3, sh * 0.86], fill=(200, 205, 215))
        surf.text(sw * 0.175, sh * 0.6, "PHOTO", font("dv", sh * 0.04), (150, 150, 160), anchor="ms")
        x = sw * 0.35
    else:
        x = sw * 0.06
    fl = font("dv", max(24, sh * 0.035))
    fvk = ctx.pick(SANS_B)
    fv = font(fvk, max(30, sh * 0.06))
    rows = [("NAME", p.full, PERSON)]
    if library:
        rows += [("ADDRESS", p.addr["street"], ADDRESS), ("MEMBER", ctx.pick(["Junior", "Junior (under 12)", "Child"]), None),
                 ("AGE", D.age_str(ctx.rng, p.age), AGE)]
    else:
        rows += [("DATE OF BIRTH", p.dob, DOB), (ctx.pick(["YEAR", "GRADE", "CLASS"]), p.year, AGE),
                 ("STUDENT ID", f"{ctx.ri(100000, 999999)}", None)]
    y = sh * 0.31
    qs = 0
    if with_qr:
        payload = (f"BEGIN:VCARD\nVERSION:3.0\nN:{p.last};{p.first}\nTEL:{p.parent_phone}\nEMAIL:{p.parent_email}\nEND:VCARD")
        mod = max(5, int(sh * 0.009))
        qs = Surface.qr_size(payload, mod)
        surf.qr(sw - qs - sw * 0.03, sh - qs - sh * 0.04, payload, mod,
                leaks=[(PERSON, f"{p.last};{p.first}"), (PHONE, p.parent_phone), (EMAIL, p.parent_email)])
    for lab, val, kind in rows:
        surf.text(x, y, lab, fl, (110, 110, 120))
        maxw = sw * 0.95 - x - (qs if (with_qr and y > sh - qs - sh * 0.1) else 0)
        fvv = fit(fvk, val, maxw, fv.size, 30)
        surf.text(x, y + sh * 0.075, val, fvv, (20, 20, 25), kind=kind)
        y += sh * 0.155
    if not with_qr:
        bx = sw * 0.55
        for i in range(80):
            wbar = ctx.ri(1, 3) * 4
            if bx + wbar > sw * 0.95:
                break
            if ctx.chance(0.6):
                surf.d.rectangle([bx, sh * 0.9, bx + wbar, sh * 0.97], fill=(0, 0, 0))
            bx += wbar + 3
    put(c, ctx, surf, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-15, 15), tilt=0.12, squash=(0.8, 1.0), fill=(0.85, 0.95))
    return c


def lost_pet(ctx, with_qr=False):
    W, H = ctx.pick([(3000, 4000), (3024, 4032), (2448, 3264)])
    c = photo_canvas(ctx, ctx.pick(["wood", "brick", "wall"]), res=(W, H))
    p = Persona(ctx)
    sw = int(W * 0.82)
    sh = int(sw * 1.35)
    if sh > H * 0.93:
        sh = int(H * 0.9)
    surf = Surface(sw, sh, ctx.pick([(255, 255, 255), (255, 250, 200), (250, 250, 245)]))
    red = (200, 20, 20)
    animal = ctx.pick(["CAT", "DOG", "RABBIT", "TORTOISE", "PARROT"])
    surf.text(sw / 2, sh * 0.12, f"LOST {animal}", font(ctx.pick(SANS_B), sh * 0.09), red, anchor="ms")
    surf.d.rectangle([sw * 0.15, sh * 0.17, sw * 0.85, sh * 0.5], fill=(215, 215, 220))
    surf.text(sw / 2, sh * 0.34, "photo", font("dv", sh * 0.03), (150, 150, 160), anchor="ms")
    pet = ctx.pick(D.PETS)
    surf.text(sw / 2, sh * 0.58, f"\"{pet}\"", font(ctx.pick(SANS_B), sh * 0.055), (20, 20, 20), anchor="ms")
    fb = font(ctx.pick(SANS + SERIF), sh * 0.032)
    y = surf.rich(sw * 0.08, sh * 0.65, sw * 0.84, [("Last seen near ", None), (p.addr["street_name"] + ", " + p.town, LOCATION)], fb, (20, 20, 20), align="c")
    y = surf.rich(sw * 0.08, y + fb.size * 1.4, sw * 0.84, [("Please call ", None), (p.parent, PERSON), (" on", None)], fb,
                  (20, 20, 20), align="c")
    qs = 0
    if with_qr:
        payload = ctx.pick([f"tel:{D.digits_only(p.parent_phone)}", f"sms:{D.digits_only(p.parent_phone)}"])
        mod = max(6, int(sh * 0.006))
        qs = Surface.qr_size(payload, mod)
    fph = fit(ctx.pick(SANS_B), p.parent_phone, sw * 0.84, sh * 0.05, 30)
    y += fph.size * 1.3
    surf.text(sw / 2, y, p.parent_phone, fph, red, anchor="ms", kind=PHONE)
    if ctx.chance(0.5):
        y = surf.rich(sw * 0.08, y + fb.size * 1.4, sw * 0.84, [("or ", None), (p.parent_email, EMAIL)], fb, (20, 20, 20),
                      align="c")
    if with_qr:
        if y + qs + 20 > sh:
            raise LayoutError("no room for qr")
        surf.qr(sw / 2 - qs / 2, sh - qs - 10, payload, mod, leaks=[(PHONE, payload.split(":")[1])])
    else:
        surf.text(sw / 2, sh * 0.95, "REWARD OFFERED", font(ctx.pick(SANS_B), sh * 0.035), red, anchor="ms")
    put(c, ctx, surf, (W * 0.03, H * 0.03, W * 0.97, H * 0.97), rot=(-4, 4), tilt=0.1, fill=(0.9, 0.97))
    return c
