"""Photographed scenes (leaky): banners, cakes, parcels, envelopes, signs, labels, shirts,
certificates, trophies, house numbers, noticeboards, whiteboards, fridge notes, cards, posters."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import (F, FAMILIES, Canvas, Cylinder, Sag, place_cylinder, place_planar, place_sag, quad_rect,
                    hexc, mix, lum, wrap_runs, draw_lines, line_width, fit_wrap, qr_module_count, gradient, noise_texture)
from people import make_person, dob_text, ordinal, fmt_day_month, fmt_date, name, MONTHS, ascii_fold
from photo_kit import (photo_size, put, tex_width, bg_table, bg_wall, bg_fabric, bg_carpet, bg_outdoor,
                       bg_street, bg_cork, bg_fridge, pushpin, magnet, barcode, paper_texture, star, balloon,
                       fit_font)
from qrdata import personal_qr
import ui

BRIGHT = [hexc(h) for h in ["#e63946", "#f4a261", "#2a9d8f", "#457b9d", "#8338ec", "#ff006e", "#fb8500",
                            "#06d6a0", "#118ab2", "#ef476f", "#ffd166", "#3a86ff"]]
INKS = [(20, 20, 25), (20, 40, 110), (15, 60, 30), (110, 20, 20), (40, 40, 40)]
HAND_FONTS = ["FreeSerifItalic", "LiberationSerif-Italic", "DejaVuSans-Oblique", "FreeSansOblique",
              "LiberationSans-Italic", "DejaVuSerif-Italic", "FreeSerifBoldItalic", "DejaVuSansCondensed-Oblique"]
MARKER_COLS = [(20, 20, 120), (10, 10, 10), (150, 20, 30), (10, 100, 40), (30, 60, 160)]


def _scene(rng, bgfn, orient=None):
    W, H = photo_size(rng, orient)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(bgfn(rng, W, H))
    return cv


def _fin(rng, **kw):
    f = dict(light=(rng.uniform(0.6, 0.85), rng.uniform(1.0, 1.15)), blur=(0.3, rng.uniform(0.6, 1.8)),
             noise=(2, rng.uniform(3, 9)), cast=0.07, vignette=rng.uniform(0.1, 0.45))
    if rng.chance(0.25):
        f["contrast"] = (0.55, 0.8)
    f.update(kw)
    return f


def _hand_lines(cv, rng, x, y, items, fontname, size, col, lh):
    """items: list of runs [(text, kind)]; each run is written by hand; returns y after."""
    for runs in items:
        cx = x
        for text, kind in runs:
            if not text:
                continue
            pts, cx = cv.hand((cx, y), text, fontname, size, col, rng, kind=kind)
        y += lh
    return y


def _hand_block(cv, rng, x, y, lines, fontname, size, col, lh, kind):
    allp = []
    for ln in lines:
        pts, _ = cv.hand((x, y), ln, fontname, size, col, rng)
        allp.append(pts)
        y += lh
    cv.add_leak(kind, "\n".join(lines), allp)
    return y


# ------------------------------------------------------------------ birthday banner


def scene_banner(rng, ctx):
    p = make_person(rng, age=rng.randint(4, 13))
    cv = _scene(rng, bg_wall, "land" if rng.chance(0.75) else "port")
    W, H = cv.w, cv.h
    age = p.age
    nm = p.first.upper() if rng.chance(0.6) else p.first
    bunting = rng.chance(0.5)
    if bunting:
        words = [("HAPPY", None), (ordinal(age).upper(), "AGE"), ("BIRTHDAY", None), (nm, "PERSON")]
        letters = []
        for wi, (w, k) in enumerate(words):
            for ch in w:
                letters.append((ch, wi))
            letters.append((" ", wi))
        letters = letters[:-1]
        n = len(letters)
        flag_w = W * 0.9 / n
        fw = int(flag_w * 1.2)
        tw = fw * n
        th = int(fw * 1.5)
        tex = Canvas(tw, th, (0, 0, 0, 0))
        tex.d.line([(0, 4), (tw, 4)], fill=(240, 240, 240, 255), width=max(2, fw // 30))
        fn = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSerif-Bold"])
        font = F(fn, fw * 0.55)
        word_pts = {}
        for i, (ch, wi) in enumerate(letters):
            x0 = i * fw
            if ch == " ":
                continue
            col = BRIGHT[i % len(BRIGHT)]
            tex.d.polygon([(x0 + fw * 0.05, 4), (x0 + fw * 0.95, 4), (x0 + fw * 0.5, th - 2)], fill=col + (255,))
            tc = (255, 255, 255) if lum(col) < 170 else (30, 30, 30)
            pts = tex.text((x0 + fw / 2, fw * 0.42), ch, font, tc, anchor="mm")
            word_pts.setdefault(wi, []).append(pts)
        for wi, (w, k) in enumerate(words):
            if k:
                tex.add_leak(k, w, word_pts[wi])
        s = W * 0.9 / tw
        sag = Sag(tw, th, W * 0.05, H * rng.uniform(0.08, 0.2), W * 0.9, s, H * rng.uniform(0.04, 0.12),
                  tilt=rng.uniform(-0.03, 0.03))
        place_sag(cv, tex, sag)
        below = H * 0.45
    else:
        text_runs = rng.choice([
            [("Happy ", None), (ordinal(age), "AGE"), (" Birthday ", None), (nm, "PERSON"), ("!", None)],
            [("HAPPY BIRTHDAY ", None), (nm.upper(), "PERSON")],
            [(nm, "PERSON"), (" is ", None), (str(age), "AGE"), ("!", None)],
            [("Happy Birthday ", None), (nm, "PERSON"), (" - ", None), ("%d today" % age, "AGE")],
        ])
        fn = rng.choice(["DejaVuSans-Bold", "FreeSerifBold", "LiberationSerif-BoldItalic", "FreeSansBoldOblique",
                         "DejaVuSerif-BoldItalic"])
        bw = W * rng.uniform(0.7, 0.9)
        tw = tex_width(rng, bw)
        th = int(tw * rng.uniform(0.16, 0.22))
        bgc = rng.choice(BRIGHT)
        tex = Canvas(tw, th, bgc)
        for i in range(0, tw, max(8, tw // 40)):
            tex.d.ellipse([i, th * 0.05, i + tw / 80, th * 0.05 + tw / 80], fill=rgba_w())
            tex.d.ellipse([i, th * 0.9, i + tw / 80, th * 0.9 + tw / 80], fill=rgba_w())
        font = F(fn, th * 0.45)
        total = sum(font.getlength(t) for t, k in text_runs)
        if total > tw * 0.92:
            font = F(fn, th * 0.45 * tw * 0.92 / total)
            total = sum(font.getlength(t) for t, k in text_runs)
        tc = (255, 255, 255) if lum(bgc) < 160 else (40, 20, 60)
        tex.runs((tw - total) / 2, th * 0.68, [(t, k, font, tc) for t, k in text_runs])
        s = bw / tw
        sag = Sag(tw, th, (W - bw) / 2, H * rng.uniform(0.08, 0.2), bw, s, H * rng.uniform(0.01, 0.05),
                  tilt=rng.uniform(-0.04, 0.04))
        place_sag(cv, tex, sag)
        below = H * 0.45
    # balloons and a foil number balloon
    d = cv.d
    for _ in range(rng.randint(3, 7)):
        r = W * rng.uniform(0.04, 0.08)
        x = rng.choice([rng.uniform(r, W * 0.3), rng.uniform(W * 0.7, W - r)])
        balloon(d, x, rng.uniform(below + r, H - 3 * r), r, rng.choice(BRIGHT))
    if rng.chance(0.7):
        fh = H * rng.uniform(0.22, 0.32)
        fx = W * rng.uniform(0.35, 0.65)
        fy = below + fh * 0.7
        gold = rng.choice([(212, 175, 55), (200, 200, 210), (230, 120, 160), (80, 140, 220)])
        cv.text((fx, fy), str(age), F("DejaVuSans-Bold", fh), gold, kind="AGE", anchor="mm",
                stroke=int(fh * 0.03), stroke_fill=mix(gold, (0, 0, 0), 0.3))
    return cv, dict(region=p.region, finish=_fin(rng))


def rgba_w():
    return (255, 255, 255, 230)


# ------------------------------------------------------------------ cake


def scene_cake(rng, ctx):
    p = make_person(rng, age=rng.randint(3, 13))
    cv = _scene(rng, bg_table, "land" if rng.chance(0.6) else "port")
    W, H = cv.w, cv.h
    d = cv.d
    # wall strip at the top
    wall_h = int(H * rng.uniform(0.12, 0.25))
    cv.im.paste(bg_wall(rng, W, wall_h), (0, 0))
    R = min(W, H) * rng.uniform(0.3, 0.38)
    t = rng.uniform(0.38, 0.55)  # top ellipse squash
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    top_cy = H * 0.45
    body_h = R * rng.uniform(0.55, 0.8)
    icing = rng.choice([(250, 245, 240), (255, 214, 226), (200, 230, 255), (255, 240, 200), (90, 60, 40),
                        (220, 255, 220)])
    # plate
    d.ellipse([cx - R * 1.25, top_cy + body_h - R * t * 1.25, cx + R * 1.25, top_cy + body_h + R * t * 1.25],
              fill=(235, 235, 240))
    # body with horizontal shading
    body = Canvas(int(2 * R), int(body_h + R * t), (0, 0, 0, 0))
    bd = body.d
    for i in range(int(2 * R)):
        q = (i - R) / R
        sh = 0.62 + 0.38 * math.sqrt(max(0.0, 1 - q * q))
        c = tuple(int(v * sh) for v in icing) + (255,)
        yb = body_h + R * t * math.sqrt(max(0.0, 1 - q * q))
        bd.line([(i, 0), (i, yb)], fill=c)
    cv.paste_canvas(body, cx - R, top_cy)
    # side band (cylinder)
    s = rng.uniform(0.9, 1.1)
    span = 2.2
    tw = int(R * span / s)
    bh = int(body_h * 0.6 / s)
    band = Canvas(tw, bh, (0, 0, 0, 0))
    bcol = rng.choice(BRIGHT)
    band.d.rectangle([0, bh * 0.05, tw, bh * 0.15], fill=bcol + (255,))
    band.d.rectangle([0, bh * 0.85, tw, bh * 0.95], fill=bcol + (255,))
    side_runs = rng.choice([
        [(p.first, "PERSON")],
        [(p.first.upper(), "PERSON"), ("  \u2605  ", None), (str(p.age), "AGE")],
        [("\u2605 \u2605 \u2605", None)],
        [],
    ])
    if side_runs:
        sf = F(rng.choice(["DejaVuSerif-BoldItalic", "FreeSerifBoldItalic", "DejaVuSans-Bold", "FreeSansBold"]),
               bh * 0.5)
        total = sum(sf.getlength(tx) for tx, k in side_runs)
        band.runs((tw - total) / 2, bh * 0.68, [(tx, k, sf, bcol) for tx, k in side_runs])
    else:
        for i in range(40):
            x, y = rng.uniform(0, tw), rng.uniform(bh * 0.2, bh * 0.8)
            band.d.ellipse([x, y, x + bh * 0.05, y + bh * 0.05], fill=rng.choice(BRIGHT) + (255,))
    cyl = Cylinder(tw, bh, cx, top_cy + R * t * 1.1 + body_h * 0.08, R, s, k=t)
    place_cylinder(cv, band, cyl)
    # top disc
    T = int(2 * R * rng.uniform(1.0, 1.15))
    disc = Canvas(T, T, (0, 0, 0, 0))
    disc.d.ellipse([0, 0, T - 1, T - 1], fill=mix(icing, (255, 255, 255), 0.25) + (255,))
    for a in range(0, 360, 15):
        rr = T * 0.47
        x = T / 2 + rr * math.cos(math.radians(a))
        y = T / 2 + rr * math.sin(math.radians(a))
        disc.d.ellipse([x - T * 0.025, y - T * 0.025, x + T * 0.025, y + T * 0.025], fill=bcol + (255,))
    pf = rng.choice(["FreeSerifBoldItalic", "DejaVuSerif-BoldItalic", "LiberationSerif-BoldItalic",
                     "FreeSansBoldOblique", "DejaVuSans-BoldOblique"])
    pipe = rng.choice([(200, 30, 90), (30, 90, 200), (120, 40, 160), (20, 130, 90), (230, 230, 230)])
    if lum(pipe) > 200 and lum(icing) > 180:
        pipe = (120, 40, 160)
    f1 = F(pf, T * 0.085)
    l1 = rng.choice(["Happy Birthday", "Happy %s Birthday" % ordinal(p.age), "Congratulations"])
    nmtxt = p.first
    f2 = fit_font(pf, nmtxt, T * 0.6, T * 0.15)
    y1 = T * 0.56
    if "%s" % ordinal(p.age) in l1:
        pre, post = l1.split(ordinal(p.age))
        total = f1.getlength(l1)
        disc.runs(T / 2 - total / 2, y1, [(pre, None, f1, pipe), (ordinal(p.age), "AGE", f1, pipe),
                                          (post, None, f1, pipe)])
    else:
        disc.text((T / 2, y1), l1, f1, pipe, anchor="ms")
    disc.text((T / 2, y1 + T * 0.17), nmtxt, f2, pipe, anchor="ms", kind="PERSON")
    q = quad_rect(cx, top_cy, 2 * R, 2 * R * t, rng.uniform(-2, 2), (rng.uniform(0, 0.08), 0))
    place_planar(cv, disc, q)
    # candles at the back of the top
    if rng.chance(0.65):
        cf = F("DejaVuSans-Bold", R * 0.45)
        ccol = rng.choice(BRIGHT)
        cv.text((cx, top_cy - R * t * 0.55), str(p.age), cf, ccol, kind="AGE", anchor="ms",
                stroke=int(R * 0.012) + 1, stroke_fill=(255, 255, 255))
        # flames
        for dx in ([-0.1, 0.1] if p.age >= 10 else [0.0]):
            fx = cx + dx * R
            fy = top_cy - R * t * 0.55 - R * 0.38
            d.ellipse([fx - R * 0.02, fy - R * 0.09, fx + R * 0.02, fy - R * 0.02], fill=(255, 200, 60))
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ parcel


def _label_texture(rng, p, tw, qr_payload=None, qr_leaks=()):
    th = int(tw * 1.2)
    tex = Canvas(tw, th, (252, 252, 250))
    d = tex.d
    u = tw / 100.0
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "LiberationSansNarrow-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansMono", "LiberationMono-Regular"])
    carrier = rng.choice(["SwiftPost", "ParcelGo", "FastLane Courier", "PostNow", "QuickShip", "BlueBox Express"])
    d.rectangle([0, 0, tw, 11 * u], fill=(20, 20, 20))
    tex.text((3 * u, 5.5 * u), carrier, F(fb, 6 * u), (255, 255, 255), anchor="lm")
    tex.text((tw - 3 * u, 5.5 * u), rng.choice(["STANDARD", "EXPRESS", "TRACKED 48", "PRIORITY"]), F(fb, 4.2 * u),
             (255, 255, 255), anchor="rm")
    y = 16 * u
    tex.text((3 * u, y), "DELIVER TO:" if rng.chance(0.6) else "SHIP TO", F(fb, 3.6 * u), (60, 60, 60), anchor="la")
    y += 6 * u
    who = p.full if rng.chance(0.6) else p.parent
    if rng.chance(0.3):
        who = who.upper()
    nf = fit_font(fb, who, tw * 0.9, 5.2 * u)
    tex.text((3 * u, y), who, nf, (0, 0, 0), kind="PERSON", anchor="la")
    y += 7 * u
    lines = p.addr["lines"]
    if rng.chance(0.3):
        lines = [l.upper() for l in lines]
    af = F(fr, 4.6 * u)
    if max(af.getlength(l) for l in lines) > tw * 0.92:
        af = F(fr, 4.6 * u * tw * 0.92 / max(af.getlength(l) for l in lines))
    y = tex.block(3 * u, y, lines, af, (0, 0, 0), kind="ADDRESS", spacing=1.2)
    if rng.chance(0.75):
        y += 1.5 * u
        tex.runs(3 * u, y + 4 * u, [("Tel: ", None, F(fr, 4 * u), (40, 40, 40)),
                                    (p.parent_mobile if rng.chance(0.5) else p.mobile, "PHONE", F(fr, 4 * u),
                                     (40, 40, 40))])
        y += 6 * u
    y += 3 * u
    d.line([(0, y), (tw, y)], fill=(0, 0, 0), width=max(1, int(0.4 * u)))
    barcode(tex, 3 * u, y + 3 * u, tw * 0.6, 14 * u, rng)
    trk = "%s%s%s" % (rng.choice(["JD", "TR", "PX", "1Z"]), rng.digits(10), rng.choice(["GB", "AU", "NZ", "US", ""]))
    tex.text((3 * u, y + 22 * u), trk, F("DejaVuSansMono", 3.4 * u), (0, 0, 0), anchor="ls")
    sender = rng.choice(["Toybox Online", "BookNook Ltd", "Gadget Galaxy", "Crafty Kids Co.", "ShoeStation"])
    if not qr_payload and rng.chance(0.7):
        # a gift from a relative: sender name + address
        from people import make_address, PLACES
        g = name(rng, p.region)
        ra = make_address(rng, p.region, rng.choice(PLACES[p.region]))
        sf = F(fr, 3 * u)
        tex.text((tw - 3 * u, y + 5 * u), "From:", sf, (80, 80, 80), anchor="ra")
        tex.text((tw - 3 * u, y + 9 * u), "%s %s" % g[:2], fit_font(fr, "%s %s" % g[:2], tw * 0.34, 3 * u), (80, 80, 80),
                 kind="PERSON", anchor="ra")
        ls = ra["lines"][:2]
        for j, ln in enumerate(ls):
            pts = tex.text((tw - 3 * u, y + (13 + 4 * j) * u), ln, fit_font(fr, ln, tw * 0.34, 3 * u), (80, 80, 80),
                           anchor="ra")
            if j == 0:
                allp = [pts]
            else:
                allp.append(pts)
        tex.add_leak("ADDRESS", "\n".join(ls), allp)
        tex.crop_to(int(y + 26 * u))
        return tex
    if qr_payload:
        n = qr_module_count(qr_payload)
        mod = max(3, int(30 * u / (n + 6)))
        tex.qr(tw - 2 * u - (n + 6) * mod, y + 2 * u, qr_payload, mod, leaks=qr_leaks)
        tex.crop_to(int(max(y + 26 * u, y + 4 * u + (n + 6) * mod)))
        return tex
    tex.text((tw - 3 * u, y + 5 * u), "From:", F(fr, 3 * u), (80, 80, 80), anchor="ra")
    tex.text((tw - 3 * u, y + 9 * u), sender, F(fr, 3 * u), (80, 80, 80), anchor="ra")
    tex.crop_to(int(y + 26 * u))
    return tex


def scene_parcel(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_table, bg_carpet]), None)
    W, H = cv.w, cv.h
    bw = min(W, H) * rng.uniform(0.75, 0.9)
    tw = tex_width(rng, bw)
    th = int(tw * rng.uniform(0.65, 0.85))
    top = Canvas(tw, th, (190, 150, 100))
    top.im.paste(noise_texture(rng, tw, th, rng.choice([(190, 150, 100), (175, 135, 90), (200, 165, 120)]),
                               amp=10, lowamp=10), (0, 0))
    # tape
    top.d.rectangle([0, th * 0.45, tw, th * 0.55], fill=(205, 170, 120, 255))
    lw = int(tw * rng.uniform(0.5, 0.62))
    payload, leaks = (personal_qr(rng, p, ctx["qr"]) if ctx.get("qr") else (None, ()))
    lab = _label_texture(rng, p, lw, payload, leaks)
    if lab.h > th * 0.92:
        th = int(lab.h / 0.9)
        top = Canvas(tw, th, (190, 150, 100))
        top.im.paste(noise_texture(rng, tw, th, (190, 150, 100), amp=10, lowamp=10), (0, 0))
        top.d.rectangle([0, th * 0.45, tw, th * 0.55], fill=(205, 170, 120, 255))
    lx = int(tw * rng.uniform(0.05, 0.95 - lw / tw))
    ly = int(th * rng.uniform(0.04, max(0.05, 0.96 - lab.h / th)))
    place_planar(top, lab, quad_rect(lx + lw / 2, ly + lab.h / 2, lw, lab.h, rng.uniform(-3, 3)))
    cx, cy = W / 2, H * rng.uniform(0.45, 0.55)
    put(cv, top, cx, cy, bw, angle=rng.uniform(-12, 12), persp=(rng.uniform(0, 0.12), rng.uniform(-0.05, 0.05)),
        rng=rng, jitter=0.01)
    fin = _fin(rng)
    return cv, dict(region=p.region, finish=fin)


# ------------------------------------------------------------------ envelope


def scene_envelope(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_table, bg_carpet, bg_table]), "land" if rng.chance(0.6) else "port")
    W, H = cv.w, cv.h
    ew = min(W * 0.85, H * 1.25) * rng.uniform(0.8, 0.95)
    tw = tex_width(rng, ew)
    th = int(tw * rng.choice([0.5, 0.62, 0.7]))
    base = rng.choice([(250, 250, 246), (236, 222, 190), (205, 170, 120), (240, 240, 255)])
    tex = Canvas(tw, th, base)
    tex.im.paste(paper_texture(rng, tw, th, base), (0, 0))
    u = tw / 100.0
    # stamp
    sx0, sy0 = tw - 15 * u, 4 * u
    tex.d.rectangle([sx0, sy0, sx0 + 11 * u, sy0 + 13 * u], fill=(255, 255, 255, 255))
    tex.d.rectangle([sx0 + 1 * u, sy0 + 1 * u, sx0 + 10 * u, sy0 + 12 * u], fill=rng.choice(BRIGHT) + (255,))
    for i in range(4):
        tex.d.arc([sx0 - 16 * u + i * 2 * u, sy0 + 1 * u, sx0 + 2 * u + i * 2 * u, sy0 + 14 * u], 200, 340,
                  fill=(60, 60, 60, 200), width=max(1, int(0.3 * u)))
    hf = rng.choice(HAND_FONTS)
    ink = rng.choice(INKS)
    sz = 4.8 * u * rng.uniform(0.9, 1.15)
    x = tw * rng.uniform(0.28, 0.4)
    y = th * rng.uniform(0.42, 0.5)
    title = rng.choice(["", "Miss ", "Master ", "Ms ", "Mr ", "To "]) if p.region != "IN" else rng.choice(["", "Kum. ", "Master "])
    nm = p.full
    lines = p.addr["lines"]
    maxl = max(F(hf, sz).getlength(l) for l in lines + [title + nm]) * 1.08
    if x + maxl > tw * 0.96:
        sz = sz * (tw * 0.96 - x) / maxl
    if title:
        pts0, x2 = tex.hand((x, y), title, hf, sz, ink, rng)
    else:
        x2 = x
    tex.hand((x2, y), nm, hf, sz, ink, rng, kind="PERSON")
    lh = sz * 1.35
    y_end = _hand_block(tex, rng, x, y + lh, lines, hf, sz, ink, lh, "ADDRESS")
    if y_end > th * 0.98:
        pass
    if rng.chance(0.4):
        # return address, top-left, small
        s2 = sz * 0.55
        snd = name(rng, p.region)
        tex.hand((4 * u, 6 * u), "From: ", hf, s2, ink, rng)
        tex.hand((4 * u + F(hf, s2).getlength("From: ") * 1.05, 6 * u), "%s %s" % (snd[0], snd[1]), hf, s2, ink,
                 rng, kind="PERSON")
        from people import make_address
        ra = make_address(rng, p.region, rng.choice(__import__("people").PLACES[p.region]))
        tex.hand((4 * u, 6 * u + s2 * 1.3), ra["oneline"], hf, min(s2, s2 * (tw * 0.5) / max(1, F(hf, s2).getlength(ra["oneline"]))),
                 ink, rng, kind="ADDRESS")
    q = put(cv, tex, W / 2, H / 2, ew, angle=rng.uniform(-15, 15), persp=(rng.uniform(-0.06, 0.1), rng.uniform(-0.05, 0.05)),
            rng=rng, jitter=0.01)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ school sign


def _sign_texture(rng, p, tw, far):
    th = int(tw * rng.uniform(0.42, 0.6))
    col = rng.choice([(20, 40, 90), (20, 80, 45), (110, 20, 30), (250, 250, 250), (30, 30, 30), (0, 90, 120)])
    fg = (255, 255, 255) if lum(col) < 150 else (20, 40, 90)
    acc = rng.choice([(240, 200, 40), (220, 220, 220), (200, 40, 40)])
    tex = Canvas(tw, th, col)
    u = tw / 100.0
    tex.d.rectangle([1.5 * u, 1.5 * u, tw - 1.5 * u, th - 1.5 * u], outline=acc, width=max(2, int(0.8 * u)))
    # crest
    cx, cy = 12 * u, th * 0.36
    tex.d.polygon([(cx - 7 * u, cy - 8 * u), (cx + 7 * u, cy - 8 * u), (cx + 7 * u, cy + 2 * u), (cx, cy + 9 * u),
                   (cx - 7 * u, cy + 2 * u)], fill=acc)
    star(tex.d, cx, cy - 1 * u, 4 * u, col)
    fb = rng.choice(["DejaVuSerif-Bold", "LiberationSerif-Bold", "FreeSerifBold", "DejaVuSans-Bold",
                     "LiberationSans-Bold", "FreeSansBold"])
    school = p.school if rng.chance(0.8) else p.school.upper()
    words = school.split()
    if len(words) > 2 and F(fb, 10 * u).getlength(school) > 72 * u:
        mid = (len(words) + 1) // 2
        lines = [" ".join(words[:mid]), " ".join(words[mid:])]
    else:
        lines = [school]
    sz = 10 * u
    while max(F(fb, sz).getlength(l) for l in lines) > 70 * u:
        sz *= 0.95
    f = F(fb, sz)
    y = th * (0.16 if len(lines) > 1 else 0.24)
    tex.block(23 * u, y, lines, f, fg, kind="SCHOOL", spacing=1.1)
    y2 = th * 0.62
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSerif"])
    sub = rng.choice([[(p.loc, "LOCATION")], [(p.town, "LOCATION")],
                      [("Est. %d" % rng.randint(1880, 2005), None)], [("Est. %d" % rng.randint(1880, 2005), None)],
                      [(rng.choice(["Learn \u2022 Grow \u2022 Shine", "Together we achieve", "Excellence in all"]), None)]])
    sf = F(fr, 5 * u)
    tex.runs(23 * u, y2, [(t, k, sf, fg) for t, k in sub])
    if not far and rng.chance(0.75):
        # message strip
        tex.d.rectangle([4 * u, th * 0.7, tw - 4 * u, th - 4 * u], fill=(250, 250, 250))
        winner = name(rng, p.region)[:2]
        msg = rng.choice([
            [("WELCOME BACK ", None), (p.year.upper(), "AGE"), ("!", None)],
            [("CONGRATS ", None), (("%s %s" % winner).upper(), "PERSON"), (" - SPELLING BEE CHAMP", None)],
            [("WELL DONE ", None), (p.club.upper(), "ORG")],
            [("GOOD LUCK ", None), (p.year.upper(), "AGE"), (" CAMP", None), (" - ", None),
             (("%s" % p.teacher).upper(), "PERSON")],
            [("SCHOOL DISCO FRI 6PM", None)],
        ])
        mf = F(rng.choice(["DejaVuSans-Bold", "LiberationSansNarrow-Bold", "FreeSansBold"]), 5.5 * u)
        total = sum(mf.getlength(t) for t, k in msg)
        if total > tw - 12 * u:
            mf = F(mf.path.split("/")[-1][:-4], 5.5 * u * (tw - 12 * u) / total)
            total = sum(mf.getlength(t) for t, k in msg)
        tex.runs(tw / 2 - total / 2, th - 8 * u, [(t, k, mf, (20, 20, 20)) for t, k in msg])
    return tex


def scene_school_sign(rng, ctx):
    far = ctx.get("far", False)
    p = make_person(rng)
    cv = _scene(rng, bg_outdoor, "land" if rng.chance(0.75) else "port")
    W, H = cv.w, cv.h
    sw = W * (rng.uniform(0.55, 0.8) if not far else rng.uniform(0.16, 0.26))
    tw = tex_width(rng, sw) if not far else int(sw * rng.uniform(1.0, 1.2))
    tex = _sign_texture(rng, p, tw, far)
    sh = sw * tex.h / tex.w
    cx = W * rng.uniform(0.3, 0.7) if far else W / 2 + rng.uniform(-0.08, 0.08) * W
    cy = H * rng.uniform(0.4, 0.55)
    # posts
    d = cv.d
    pw = sw * 0.03
    for px in (cx - sw * 0.38, cx + sw * 0.38):
        d.rectangle([px - pw, cy, px + pw, cy + sh * 0.5 + H * 0.08 * (1 if not far else 0.3) + sh * 0.3],
                    fill=(110, 110, 115))
    put(cv, tex, cx, cy, sw, angle=rng.uniform(-2, 2), persp=(rng.uniform(-0.03, 0.03), rng.uniform(-0.15, 0.15)),
        rng=rng, jitter=0.005, shadow=False)
    fin = _fin(rng, blur=(0.2, 0.9 if far else 1.5))
    return cv, dict(region=p.region, finish=fin)


# ------------------------------------------------------------------ name labels


def _name_label(rng, p, tw, th, with_school=False, with_phone=False):
    col = rng.choice([(255, 255, 255), (255, 240, 200), (220, 240, 255), (255, 220, 235)])
    tex = Canvas(tw, th, (0, 0, 0, 0))
    tex.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=th * 0.2, fill=col + (255,),
                            outline=rng.choice(BRIGHT) + (255,), width=max(2, int(th * 0.04)))
    fb = rng.choice(["DejaVuSans-Bold", "FreeSansBold", "LiberationSans-Bold", "DejaVuSerif-Bold",
                     "FreeSerifBoldItalic", "LiberationSansNarrow-Bold"])
    fr = rng.choice(["DejaVuSans", "FreeSans", "LiberationSans-Regular"])
    ink = rng.choice([(20, 20, 20), (30, 50, 140), (140, 20, 60), (20, 100, 60)])
    nm = rng.choice([p.full, p.full, "%s %s." % (p.first, p.last[0]), p.first.upper() + " " + p.last.upper()])
    lines = [[(nm, "PERSON")]]
    second = []
    if rng.chance(0.75):
        second.append((rng.choice([p.year, p.klass, p.klass]), "AGE"))
    if with_school:
        if second:
            second.append((" \u2022 ", None))
        second.append((p.school_short, "SCHOOL"))
    if second:
        lines.append(second)
    if with_phone:
        lines.append([(p.parent_mobile, "PHONE")])
    n = len(lines)
    f1 = fit_font(fb, nm, tw * 0.86, th * (0.38 if n == 1 else 0.3 if n == 2 else 0.24))
    f2 = F(fr, f1.size * 0.62)
    y = th / 2 - (f1.size + (n - 1) * f2.size * 1.2) / 2 + f1.size * 0.8
    for i, runs in enumerate(lines):
        f = f1 if i == 0 else f2
        total = sum(f.getlength(t) for t, k in runs)
        if total > tw * 0.9:
            f = F(fr, f.size * tw * 0.88 / total)
            total = sum(f.getlength(t) for t, k in runs)
        tex.runs(tw / 2 - total / 2, y, [(t, k, f, ink) for t, k in runs])
        y += f2.size * 1.25 if i == 0 else f2.size * 1.2
        if i == 0:
            y += f1.size * 0.15
    return tex


def scene_lunchbox(rng, ctx):
    p = make_person(rng, age=rng.randint(5, 12))
    cv = _scene(rng, bg_table, "land" if rng.chance(0.6) else "port")
    W, H = cv.w, cv.h
    bw = min(W, H) * rng.uniform(0.75, 0.95)
    tw = tex_width(rng, bw)
    th = int(tw * rng.uniform(0.6, 0.75))
    col = rng.choice(BRIGHT)
    box = Canvas(tw, th, (0, 0, 0, 0))
    box.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=tw * 0.08, fill=col + (255,))
    box.d.rounded_rectangle([tw * 0.04, th * 0.05, tw * 0.96, th * 0.95], radius=tw * 0.06,
                            fill=mix(col, (255, 255, 255), 0.15) + (255,))
    for cx in (tw * 0.12, tw * 0.88):
        box.d.rectangle([cx - tw * 0.03, th * 0.4, cx + tw * 0.03, th * 0.6], fill=mix(col, (0, 0, 0), 0.3) + (255,))
    lw, lh = int(tw * 0.62), int(th * 0.34)
    lab = _name_label(rng, p, lw, lh, with_school=rng.chance(0.6))
    place_planar(box, lab, quad_rect(tw / 2, th * 0.5, lw, lh, rng.uniform(-3, 3)))
    put(cv, box, W / 2, H / 2, bw, angle=rng.uniform(-20, 20), persp=(rng.uniform(0, 0.15), rng.uniform(-0.1, 0.1)),
        rng=rng, jitter=0.01)
    return cv, dict(region=p.region, finish=_fin(rng))


def scene_bottle(rng, ctx):
    p = make_person(rng, age=rng.randint(5, 13))
    cv = _scene(rng, rng.choice([bg_table, bg_wall]), "port" if rng.chance(0.7) else "land")
    W, H = cv.w, cv.h
    d = cv.d
    R = min(W, H) * rng.uniform(0.2, 0.28)
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    top = H * 0.12
    bot = H * 0.9
    col = rng.choice(BRIGHT + [(180, 185, 190), (40, 40, 45)])
    body = Canvas(int(2 * R), int(bot - top), (0, 0, 0, 0))
    for i in range(int(2 * R)):
        q = (i - R) / R
        sh = 0.5 + 0.5 * math.sqrt(max(0.0, 1 - q * q)) + 0.3 * math.exp(-((q + 0.35) / 0.08) ** 2)
        c = tuple(min(255, int(v * sh)) for v in col) + (255,)
        body.d.line([(i, R * 0.6), (i, body.h - R * 0.2)], fill=c)
    body.d.ellipse([0, body.h - R * 0.4, 2 * R - 1, body.h - 1], fill=tuple(int(v * 0.7) for v in col) + (255,))
    body.d.rounded_rectangle([R * 0.45, 0, R * 1.55, R * 0.7], radius=R * 0.15, fill=(60, 60, 65, 255))
    cv.paste_canvas(body, cx - R, top)
    # label: wraps around the bottle
    s = rng.uniform(0.9, 1.1)
    span = rng.uniform(2.0, 2.5)
    tw = int(R * span / s)
    th = int(tw * rng.uniform(0.5, 0.68))
    lab = _name_label(rng, p, tw, th, with_school=rng.chance(0.5), with_phone=rng.chance(0.3))
    cyl = Cylinder(tw, th, cx, top + (bot - top) * rng.uniform(0.35, 0.5), R, s, k=rng.uniform(0.05, 0.2),
                   rot=rng.uniform(-4, 4))
    place_cylinder(cv, lab, cyl)
    return cv, dict(region=p.region, finish=_fin(rng))


def scene_bagtag(rng, ctx):
    p = make_person(rng, age=rng.randint(5, 13))
    cv = _scene(rng, bg_fabric, "port" if rng.chance(0.5) else "land")
    W, H = cv.w, cv.h
    tw_s = min(W, H) * rng.uniform(0.6, 0.8)
    tw = tex_width(rng, tw_s)
    th = int(tw * rng.uniform(0.62, 0.75))
    col = rng.choice([(255, 255, 255), (250, 240, 210), (210, 235, 255)])
    tex = Canvas(tw, th, (0, 0, 0, 0))
    tex.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=tw * 0.06, fill=rng.choice(BRIGHT) + (255,))
    tex.d.rounded_rectangle([tw * 0.03, th * 0.04, tw * 0.97, th * 0.96], radius=tw * 0.05, fill=col + (255,))
    tex.d.ellipse([tw * 0.06, th * 0.42, tw * 0.12, th * 0.58], fill=(0, 0, 0, 0))
    u = tw / 100.0
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    ink = (25, 25, 30)
    x = 17 * u
    qr = ctx.get("qr")
    right = tw - (36 * u if qr else 5 * u)
    tex.text((x, 10 * u), rng.choice(["IF FOUND PLEASE RETURN TO:", "THIS BAG BELONGS TO", "NAME TAG"]),
             fit_font(fb, "IF FOUND PLEASE RETURN TO:", right - x, 4.2 * u), (120, 30, 30), anchor="la")
    y = 20 * u
    rows = [("Name", p.full, "PERSON"), ("School", p.school, "SCHOOL"), ("Class", rng.choice([p.year, p.klass]), "AGE"),
            ("Phone", p.parent_mobile, "PHONE"), ("Address", p.addr["oneline"], "ADDRESS")]
    keep = rows[:1] + rng.sample(rows[1:], rng.randint(2, 3))
    keep.sort(key=lambda r: [x[0] for x in rows].index(r[0]))
    for lab, val, k in keep:
        lf = F(fr, 3.8 * u)
        tex.text((x, y + 5 * u), lab + ":", lf, (90, 90, 90), anchor="ls")
        vx = x + lf.getlength("Address: ") + 1 * u
        vf = fit_font(rng.choice(HAND_FONTS), val, (right - vx) * 0.88, 5.5 * u)
        if rng.chance(0.5):
            tex.hand((vx, y + 5 * u), val, vf.path.split("/")[-1][:-4], vf.size, rng.choice(INKS), rng, kind=k,
                     jitter=0.04)
        else:
            tex.text((vx, y + 5 * u), val, vf, rng.choice(INKS), kind=k, anchor="ls")
        tex.d.line([(vx, y + 6.5 * u), (right, y + 6.5 * u)], fill=(190, 190, 190, 255), width=max(1, int(0.25 * u)))
        y += 11 * u
    if qr:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(4, int(30 * u / (n + 6)))
        tex.qr(tw - 4 * u - (n + 6) * mod, th * 0.5 - (n + 6) * mod / 2, payload, mod, leaks=leaks)
    # strap
    d = cv.d
    cx, cy = W / 2, H / 2
    d.rectangle([cx - tw_s * 0.6, cy - tw_s * 0.05, cx - tw_s * 0.3, cy + tw_s * 0.02], fill=(30, 30, 30))
    put(cv, tex, cx, cy, tw_s, angle=rng.uniform(-12, 12), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)),
        rng=rng, jitter=0.008)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ shirts and bibs


def scene_shirt(rng, ctx):
    p = make_person(rng, age=rng.randint(6, 14))
    cv = _scene(rng, rng.choice([bg_wall, bg_carpet, bg_outdoor]), "port" if rng.chance(0.6) else "land")
    W, H = cv.w, cv.h
    sw = min(W, H) * rng.uniform(0.8, 0.92)
    tw = tex_width(rng, sw)
    th = int(tw * 1.05)
    col = rng.choice(BRIGHT + [(20, 30, 80), (20, 20, 20), (250, 250, 250)])
    fg = (255, 255, 255) if lum(col) < 150 else (20, 20, 40)
    tex = Canvas(tw, th, (0, 0, 0, 0))
    shape = [(0.3, 0.0), (0.7, 0.0), (1.0, 0.15), (0.9, 0.33), (0.8, 0.28), (0.8, 1.0), (0.2, 1.0), (0.2, 0.28),
             (0.1, 0.33), (0.0, 0.15)]
    tex.d.polygon([(x * tw, y * th) for x, y in shape], fill=col + (255,))
    tex.d.line([(0.3 * tw, 0), (0.7 * tw, 0)], fill=mix(col, (0, 0, 0), 0.3) + (255,), width=int(tw * 0.02))
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "LiberationSansNarrow-Bold",
                     "DejaVuSansCondensed-Bold", "DejaVuSerif-Bold"])
    nm = p.last.upper() if rng.chance(0.7) else p.first.upper()
    club = p.club.upper() if rng.chance(0.5) else p.club
    cf = fit_font(fb, club, tw * 0.5, tw * 0.045)
    tex.text((tw / 2, th * 0.16), club, cf, fg, kind="ORG", anchor="ms")
    nf = fit_font(fb, nm, tw * 0.52, tw * 0.09)
    tex.text((tw / 2, th * 0.3), nm, nf, fg, kind="PERSON", anchor="ms")
    tex.text((tw / 2, th * 0.7), str(rng.randint(1, 23)), F(fb, tw * 0.3), fg, anchor="ms",
             stroke=int(tw * 0.004) + 1, stroke_fill=mix(fg, col, 0.4))
    if rng.chance(0.7):
        tex.text((tw / 2, th * 0.86), p.agegrp, F(fb, tw * 0.05), fg, kind="AGE", anchor="ms")
    # gentle fabric sag
    s = sw / tw
    sag = Sag(tw, th, W / 2 - sw / 2, H / 2 - th * s / 2 - H * 0.01, sw, s, H * rng.uniform(-0.015, 0.02),
              tilt=rng.uniform(-0.03, 0.03))
    from common import place_sag
    place_sag(cv, tex, sag)
    return cv, dict(region=p.region, finish=_fin(rng))


def scene_bib(rng, ctx):
    p = make_person(rng, age=rng.randint(6, 14))
    cv = _scene(rng, bg_fabric, "port" if rng.chance(0.5) else "land")
    W, H = cv.w, cv.h
    bw = min(W, H) * rng.uniform(0.7, 0.85)
    tw = tex_width(rng, bw)
    th = int(tw * 0.72)
    tex = Canvas(tw, th, (250, 250, 250))
    u = tw / 100.0
    band = rng.choice(BRIGHT)
    tex.d.rectangle([0, 0, tw, 14 * u], fill=band)
    tex.d.rectangle([0, th - 10 * u, tw, th], fill=band)
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "LiberationSansNarrow-Bold"])
    ev = rng.choice([[(p.town, "LOCATION"), (" Junior Fun Run %d" % 2025, None)],
                     [(p.loc, "LOCATION"), (" Kids Triathlon", None)],
                     [(p.school, "SCHOOL"), (" Cross Country", None)],
                     [(p.club, "ORG"), (" Colour Run", None)]])
    ef = F(fb, 6 * u)
    total = sum(ef.getlength(t) for t, k in ev)
    if total > tw * 0.92:
        ef = F(fb, 6 * u * tw * 0.92 / total)
        total = sum(ef.getlength(t) for t, k in ev)
    tex.runs(tw / 2 - total / 2, 9.5 * u, [(t, k, ef, (255, 255, 255)) for t, k in ev])
    tex.text((tw / 2, th * 0.62), str(rng.randint(100, 2999)), F(fb, 30 * u), (20, 20, 20), anchor="ms")
    nm = p.first.upper()
    tex.text((tw / 2, th * 0.8), nm, fit_font(fb, nm, tw * 0.7, 10 * u), band, kind="PERSON", anchor="ms")
    cat = rng.choice(["Age %d-%d" % (p.age - p.age % 2, p.age - p.age % 2 + 1), p.agegrp, "%s" % p.year])
    tex.text((tw - 4 * u, th - 3 * u), cat, F(fb, 4.5 * u), (255, 255, 255), kind="AGE", anchor="rs")
    for x, y in ((4 * u, 20 * u), (tw - 4 * u, 20 * u), (4 * u, th - 16 * u), (tw - 4 * u, th - 16 * u)):
        tex.d.ellipse([x - 1.5 * u, y - 1.5 * u, x + 1.5 * u, y + 1.5 * u], outline=(150, 150, 150), width=max(1, int(0.5 * u)))
    s = bw / tw
    sag = Sag(tw, th, W / 2 - bw / 2, H / 2 - th * s / 2, bw, s, H * rng.uniform(-0.02, 0.03), tilt=rng.uniform(-0.04, 0.04))
    from common import place_sag
    place_sag(cv, tex, sag)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ certificate / trophy


def scene_certificate(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_wall, bg_table]), "land" if rng.chance(0.7) else "port")
    W, H = cv.w, cv.h
    cw = min(W * 0.85, H * 1.2) * rng.uniform(0.85, 0.95)
    tw = tex_width(rng, cw)
    th = int(tw * 0.707)
    tex = Canvas(tw, th, (255, 253, 245))
    tex.im.paste(paper_texture(rng, tw, th, rng.choice([(255, 253, 245), (250, 246, 230), (245, 250, 255)])), (0, 0))
    u = tw / 100.0
    bc = rng.choice([(30, 60, 120), (120, 30, 40), (20, 90, 60), (150, 110, 20), (90, 40, 120)])
    tex.d.rectangle([2 * u, 2 * u, tw - 2 * u, th - 2 * u], outline=bc, width=int(1.2 * u))
    tex.d.rectangle([3.6 * u, 3.6 * u, tw - 3.6 * u, th - 3.6 * u], outline=bc, width=max(1, int(0.3 * u)))
    for cx, cy in ((6 * u, 6 * u), (tw - 6 * u, 6 * u), (6 * u, th - 6 * u), (tw - 6 * u, th - 6 * u)):
        star(tex.d, cx, cy, 2.5 * u, bc)
    sf = rng.choice(["DejaVuSerif-Bold", "FreeSerifBold", "LiberationSerif-Bold"])
    title = rng.choice(["Certificate of Achievement", "Certificate of Merit", "Star of the Week", "Award Certificate",
                        "Principal's Award", "Certificate of Participation"])
    tex.text((tw / 2, 15 * u), title, fit_font(sf, title, tw * 0.8, 6.5 * u), bc, anchor="ms")
    tex.text((tw / 2, 24 * u), "This certificate is proudly presented to", F("DejaVuSerif-Italic", 2.8 * u),
             (60, 60, 60), anchor="ms")
    nf = rng.choice(["FreeSerifBoldItalic", "LiberationSerif-BoldItalic", "DejaVuSerif-BoldItalic", "FreeSerifItalic"])
    tex.text((tw / 2, 35 * u), p.full, fit_font(nf, p.full, tw * 0.7, 7.5 * u), (20, 20, 20), kind="PERSON",
             anchor="ms")
    tex.d.line([(25 * u, 37 * u), (75 * u, 37 * u)], fill=(120, 120, 120), width=max(1, int(0.2 * u)))
    reason = rng.choice(["for outstanding effort in Mathematics", "for being a kind and helpful friend",
                         "for excellent progress in reading", "for completing the swimming program",
                         "for great teamwork", "for 100% attendance"])
    bf = F(rng.choice(["DejaVuSerif", "LiberationSerif-Regular", "FreeSerif"]), 3 * u)
    tex.text((tw / 2, 43 * u), reason, bf, (40, 40, 40), anchor="ms")
    line3 = rng.choice([
        [(p.year, "AGE"), (" \u2022 ", None), (p.school, "SCHOOL")],
        [(p.school, "SCHOOL")],
        [("Class ", None), (p.klass, "AGE"), (", ", None), (p.school, "SCHOOL")],
        [(p.club, "ORG"), (" \u2022 ", None), (p.agegrp, "AGE")],
    ])
    total = sum(bf.getlength(t) for t, k in line3)
    f3 = bf if total < tw * 0.8 else F(bf.path.split("/")[-1][:-4], 3 * u * tw * 0.8 / total)
    total = sum(f3.getlength(t) for t, k in line3)
    tex.runs(tw / 2 - total / 2, 50 * u, [(t, k, f3, (40, 40, 40)) for t, k in line3])
    date = fmt_date(rng, p.region, 2025, rng.randint(1, 11), rng.randint(1, 28))
    tex.text((20 * u, th - 12 * u), date, F("DejaVuSerif", 2.6 * u), (40, 40, 40), anchor="ms")
    tex.d.line([(10 * u, th - 10.5 * u), (30 * u, th - 10.5 * u)], fill=(80, 80, 80), width=max(1, int(0.2 * u)))
    tex.text((20 * u, th - 7.5 * u), "Date", F("DejaVuSerif", 2.2 * u), (90, 90, 90), anchor="ms")
    sig = p.teacher
    if rng.chance(0.6):
        tex.text((tw - 22 * u, th - 12 * u), sig, F(rng.choice(HAND_FONTS), 3.4 * u), (20, 40, 120), kind="PERSON",
                 anchor="ms")
    tex.d.line([(tw - 34 * u, th - 10.5 * u), (tw - 10 * u, th - 10.5 * u)], fill=(80, 80, 80),
               width=max(1, int(0.2 * u)))
    tex.text((tw - 22 * u, th - 7.5 * u), rng.choice(["Teacher", "Principal", "Coach"]), F("DejaVuSerif", 2.2 * u),
             (90, 90, 90), anchor="ms")
    # seal
    tex.d.ellipse([tw / 2 - 6 * u, th - 20 * u, tw / 2 + 6 * u, th - 8 * u], fill=(200, 160, 40))
    star(tex.d, tw / 2, th - 14 * u, 4 * u, (240, 210, 90))
    frame = rng.chance(0.5)
    if frame:
        fr = Canvas(tw + int(8 * u), th + int(8 * u), rng.choice([(40, 30, 20), (20, 20, 20), (180, 150, 90)]))
        fr.paste_canvas(tex, 4 * u, 4 * u)
        tex = fr
    put(cv, tex, W / 2, H / 2, cw, angle=rng.uniform(-6, 6), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.1, 0.1)),
        rng=rng, jitter=0.01)
    return cv, dict(region=p.region, finish=_fin(rng))


def scene_trophy(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_wall, bg_table]), "port" if rng.chance(0.6) else "land")
    W, H = cv.w, cv.h
    d = cv.d
    cx = W / 2
    gold = rng.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    cupw = min(W, H) * 0.42
    cy0 = H * 0.12
    # cup
    d.pieslice([cx - cupw / 2, cy0 - cupw * 0.4, cx + cupw / 2, cy0 + cupw * 0.9], 0, 180, fill=gold)
    d.rectangle([cx - cupw / 2, cy0, cx + cupw / 2, cy0 + cupw * 0.25], fill=gold)
    for sgn in (-1, 1):
        d.arc([cx + sgn * cupw * 0.45 - cupw * 0.15, cy0 + cupw * 0.05, cx + sgn * cupw * 0.45 + cupw * 0.15,
               cy0 + cupw * 0.45], 0, 360, fill=mix(gold, (0, 0, 0), 0.2), width=int(cupw * 0.04))
    d.rectangle([cx - cupw * 0.06, cy0 + cupw * 0.85, cx + cupw * 0.06, cy0 + cupw * 1.2], fill=gold)
    d.ellipse([cx - cupw * 0.25, cy0 + cupw * 0.2, cx - cupw * 0.1, cy0 + cupw * 0.6], fill=mix(gold, (255, 255, 255), 0.5))
    # base
    bw = cupw * rng.uniform(1.05, 1.3)
    by0 = cy0 + cupw * 1.2
    bh = H * 0.9 - by0
    d.rectangle([cx - bw / 2, by0, cx + bw / 2, by0 + bh], fill=rng.choice([(30, 25, 20), (60, 40, 25), (20, 20, 30)]))
    # plaque
    pw = bw * 0.85
    tw = tex_width(rng, pw)
    th = int(tw * rng.uniform(0.5, 0.65))
    tex = Canvas(tw, th, mix(gold, (255, 255, 255), 0.1))
    u = tw / 100.0
    tex.d.rectangle([1.5 * u, 1.5 * u, tw - 1.5 * u, th - 1.5 * u], outline=mix(gold, (0, 0, 0), 0.4), width=max(1, int(0.6 * u)))
    ef = rng.choice(["DejaVuSerif-Bold", "LiberationSerif-Bold", "FreeSerifBold", "DejaVuSans-Bold"])
    ink = (30, 25, 15)
    award = rng.choice(["PLAYER OF THE YEAR %d" % rng.randint(2022, 2025), "MOST IMPROVED", "BEST AND FAIREST",
                        "CHAMPION %d" % rng.randint(2022, 2025), "COACH'S AWARD"])
    rows = [[(award, None)], [(p.full, "PERSON")], [(p.club, "ORG")]]
    if rng.chance(0.7):
        rows.append([(rng.choice([p.agegrp, "%s Division" % p.agegrp, "Under %d" % (p.age + 1)]), "AGE")])
    n = len(rows)
    y = th * 0.2
    for i, runs in enumerate(rows):
        sz = (8 if i == 1 else 6) * u
        f = fit_font(ef, "".join(t for t, k in runs), tw * 0.88, sz)
        total = sum(f.getlength(t) for t, k in runs)
        tex.runs(tw / 2 - total / 2, y + f.size, [(t, k, f, ink) for t, k in runs])
        y += (th * 0.7) / n
    put(cv, tex, cx, by0 + bh * 0.45, pw, angle=rng.uniform(-1, 1), persp=(rng.uniform(-0.03, 0.03), rng.uniform(-0.05, 0.05)),
        rng=rng, jitter=0.003, shadow=False)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ house number + street sign


def scene_house(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, bg_street, "land" if rng.chance(0.65) else "port")
    W, H = cv.w, cv.h
    d = cv.d
    num = p.addr["street"].split(" ")[0].split(",")[0]
    if not num[0].isdigit():
        num = str(rng.randint(2, 99))
    # number plaque
    pw = min(W, H) * rng.uniform(0.28, 0.4)
    tw = tex_width(rng, pw)
    full = rng.chance(0.5) and p.region != "IN"
    th = int(tw * (0.6 if not full else 0.5))
    col = rng.choice([(250, 250, 250), (30, 30, 30), (20, 60, 110), (160, 140, 100)])
    fg = (20, 20, 20) if lum(col) > 140 else (250, 250, 250)
    tex = Canvas(tw, th, (0, 0, 0, 0))
    tex.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=tw * 0.06, fill=col + (255,))
    fb = rng.choice(["DejaVuSerif-Bold", "DejaVuSans-Bold", "LiberationSans-Bold", "FreeSerifBold"])
    if full:
        street = " ".join(p.addr["street"].split(",")[0].split(" ")[1:])
        p1 = tex.text((tw / 2, th * 0.55), num, F(fb, th * 0.5), fg, anchor="ms")
        sf = fit_font(fb, street, tw * 0.9, th * 0.18)
        p2 = tex.text((tw / 2, th * 0.85), street, sf, fg, anchor="ms")
        tex.add_leak("ADDRESS", "%s\n%s" % (num, street), [p1, p2])
    else:
        tex.text((tw / 2, th * 0.78), num, F(fb, th * 0.7), fg, kind="ADDRESS", anchor="ms")
    px, py = W * rng.uniform(0.25, 0.45), H * rng.uniform(0.3, 0.5)
    put(cv, tex, px, py, pw, angle=rng.uniform(-3, 3), persp=(rng.uniform(-0.05, 0.05), rng.uniform(-0.15, 0.15)),
        rng=rng, jitter=0.004)
    # street sign on a pole at the right
    sx = W * rng.uniform(0.68, 0.82)
    sw = min(W, H) * rng.uniform(0.35, 0.5)
    d.rectangle([sx - sw * 0.02, H * 0.25, sx + sw * 0.02, H], fill=(120, 120, 125))
    stw = tex_width(rng, sw)
    sth = int(stw * 0.3)
    style = rng.choice(["green", "blue", "white", "black"])
    bgc = {"green": (0, 110, 60), "blue": (20, 60, 150), "white": (250, 250, 250), "black": (25, 25, 25)}[style]
    fgc = (20, 20, 20) if style == "white" else (255, 255, 255)
    st = Canvas(stw, sth, bgc)
    st.d.rectangle([sth * 0.06, sth * 0.06, stw - sth * 0.06, sth - sth * 0.06], outline=fgc, width=max(2, int(sth * 0.03)))
    sname = p.addr["street_name"] if p.region != "IN" else p.addr["lines"][1].split(",")[0]
    if rng.chance(0.5):
        sname = sname.upper()
    sfn = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSansCondensed-Bold"])
    two = rng.chance(0.5) and p.loc
    sf = fit_font(sfn, sname, stw * 0.86, sth * (0.45 if two else 0.55))
    st.text((stw / 2, sth * (0.55 if two else 0.7)), sname, sf, fgc, kind="LOCATION", anchor="ms")
    if two:
        st.text((stw / 2, sth * 0.85), p.loc, F({"DejaVuSans-Bold": "DejaVuSans", "LiberationSans-Bold": "LiberationSans-Regular", "FreeSansBold": "FreeSans",
                                            "DejaVuSansCondensed-Bold": "DejaVuSansCondensed"}[sfn], sth * 0.17),
                fgc, kind="LOCATION", anchor="ms")
    put(cv, st, sx, H * rng.uniform(0.18, 0.28), sw, angle=rng.uniform(-3, 3), persp=(0, rng.uniform(-0.2, 0.2)),
        rng=rng, jitter=0.003, shadow=False)
    # letterbox with family name
    if rng.chance(0.5):
        mw = min(W, H) * 0.25
        mtw = tex_width(rng, mw)
        mth = int(mtw * 0.45)
        mb = Canvas(mtw, mth, rng.choice([(180, 30, 30), (30, 30, 30), (20, 80, 50), (230, 230, 230)]))
        fg2 = (255, 255, 255) if lum(mb.im.getpixel((1, 1))[:3]) < 140 else (20, 20, 20)
        mf = F(rng.choice(["DejaVuSerif-Bold", "FreeSerifBoldItalic", "DejaVuSans-Bold"]), mth * 0.22)
        runs = rng.choice([[("The ", None), (p.last, "PERSON"), ("s", None)],
                           [("The ", None), (p.last, "PERSON"), (" Family", None)],
                           [(p.last.upper(), "PERSON")]])
        total = sum(mf.getlength(t) for t, k in runs)
        if total > mtw * 0.9:
            mf = F(mf.path.split("/")[-1][:-4], mth * 0.22 * mtw * 0.9 / total)
            total = sum(mf.getlength(t) for t, k in runs)
        mb.runs(mtw / 2 - total / 2, mth * 0.6, [(t, k, mf, fg2) for t, k in runs])
        put(cv, mb, W * rng.uniform(0.3, 0.45), H * 0.72, mw, angle=rng.uniform(-2, 2), persp=(0, rng.uniform(-0.1, 0.1)),
            rng=rng, jitter=0.003)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ noticeboard


def _note(rng, p, tw, kind_pref):
    """A small paper note with 2-4 leaks."""
    th = int(tw * rng.uniform(0.7, 1.2))
    base = rng.choice([(255, 255, 255), (255, 250, 190), (255, 220, 235), (215, 240, 255), (220, 255, 220)])
    tex = Canvas(tw, th, base)
    u = tw / 100.0
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"] + HAND_FONTS[:3])
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSerif-Bold"])
    ink = rng.choice(INKS)
    f2 = name(rng, p.region)[:2]
    f3 = name(rng, p.region)[:2]
    templates = [
        ("PET SITTING", [("Pet & plant sitting by ", None), (p.first, "PERSON"), (" (age ", None), (str(p.age + 2), "AGE"),
                          (")! Call or text ", None), (p.mobile, "PHONE")]),
        ("FOUND", [("Blue jumper labelled ", None), ("%s %s." % (f2[0], f2[1][0]), "PERSON"), (", ", None),
                   (p.year, "AGE"), (". Ask at the office", None)]),
        ("SWIM RESULTS", [(p.club, "ORG"), (" gala: well done ", None), ("%s %s" % f2, "PERSON"),
                          (" - 1st in 50m freestyle!", None)]),
        ("FOR SALE", [("Kids bike, good condition. Ask ", None), (p.first, "PERSON"), (" in ", None), (p.klass, "AGE"),
                      (" or call ", None), (p.parent_mobile, "PHONE")]),
        ("BIRTHDAYS", [("Happy birthday this week: ", None), (f2[0], "PERSON"), (" and ", None), (p.first, "PERSON"),
                       ("!", None)]),
        ("CARPOOL", [("Need a lift to ", None), (p.club, "ORG"), (" on Saturdays from ", None), (p.addr["street"], "ADDRESS"),
                     (". Contact ", None), (p.parent_mobile, "PHONE")]),
        ("BOOK CLUB", [("Junior book club meets Tuesdays. Sign up with ", None), (p.teacher, "PERSON"),
                       (" or email ", None), (p.parent_email, "EMAIL")]),
        ("TUTORING", [("Maths help for ", None), (p.year, "AGE"), (" at ", None), (p.addr["oneline"], "ADDRESS"),
                      (" - text ", None), (p.parent_mobile, "PHONE")]),
    ]
    title, runs = templates[kind_pref % len(templates)]
    tex.text((tw / 2, 14 * u), title, fit_font(fb, title, tw * 0.85, 11 * u), rng.choice([(180, 20, 30), ink, (20, 60, 140)]),
             anchor="ms")
    bf, lines = fit_wrap(runs, fr, 7.2 * u, tw * 0.86, th - 30 * u, 1.3)
    lh = bf.size * 1.3
    draw_lines(tex, 7 * u, 26 * u, lines, lambda st: bf, lambda st: ink, lh)
    return tex


def scene_noticeboard(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, bg_wall, "land" if rng.chance(0.7) else "port")
    W, H = cv.w, cv.h
    bw = W * rng.uniform(0.8, 0.9)
    btw = tex_width(rng, bw)
    bth = int(btw * (H / W) * rng.uniform(0.8, 0.9))
    board = Canvas(btw, bth, (176, 130, 85))
    board.im.paste(bg_cork(rng, btw, bth), (0, 0))
    fw = int(bth * 0.025)
    board.d.rectangle([0, 0, btw - 1, bth - 1], outline=(110, 75, 40), width=fw)
    ncols = 3 if btw > bth else 2
    nrows = 2 if btw > bth else 3
    cellw, cellh = (btw - 2 * fw) / ncols, (bth - 2 * fw) / nrows
    order = rng.sample(range(8), 8)
    k = 0
    qr = ctx.get("qr")
    cells = [(r, c) for r in range(nrows) for c in range(ncols)]
    rng.shuffle(cells)
    nnotes = rng.randint(4, min(6, len(cells)))
    for i, (r, c) in enumerate(cells[:nnotes]):
        nw = cellw * rng.uniform(0.72, 0.85)
        if qr and i == 0:
            note = Canvas(int(nw), int(nw * 1.25), (255, 255, 255))
            u = nw / 100.0
            note.text((nw / 2, 13 * u), rng.choice(["LOST CAT", "BABYSITTER", "PET SITTER"]), F("DejaVuSans-Bold", 11 * u),
                      (180, 20, 30), anchor="ms")
            payload, leaks = personal_qr(rng, p, qr)
            n = qr_module_count(payload)
            mod = max(3, int(70 * u / (n + 6)))
            note.qr((nw - (n + 6) * mod) / 2, 20 * u, payload, mod, leaks=leaks)
            note.text((nw / 2, note.h - 6 * u), "Scan to contact", F("DejaVuSans", 6 * u), (40, 40, 40), anchor="ms")
        else:
            note = _note(rng, p, int(nw), order[k])
            k += 1
        nh = nw * note.h / note.w
        if nh > cellh * 0.92:
            nw = nw * cellh * 0.92 / nh
            nh = cellh * 0.92
        cx = fw + (c + 0.5) * cellw + rng.uniform(-0.05, 0.05) * cellw
        cy = fw + (r + 0.5) * cellh + rng.uniform(-0.03, 0.03) * cellh
        ang = rng.uniform(-6, 6) if not (qr and i == 0) else rng.uniform(-2, 2)
        q = quad_rect(cx, cy, nw, nh, ang)
        place_planar(board, note, q, shadow=dict(offset=(nw * 0.01, nw * 0.015), blur=nw * 0.01 + 2, opacity=0.35))
        # pin at the top centre (above the text area)
        tx, ty = (q[0][0] + q[1][0]) / 2, (q[0][1] + q[1][1]) / 2
        pushpin(board, tx + (q[3][0] - q[0][0]) * 0.03, ty + (q[3][1] - q[0][1]) * 0.03, nw * 0.03, rng.choice(BRIGHT))
    put(cv, board, W / 2, H / 2, bw, angle=rng.uniform(-3, 3), persp=(rng.uniform(-0.06, 0.06), rng.uniform(-0.1, 0.1)),
        rng=rng, jitter=0.005)
    fin = _fin(rng)
    return cv, dict(region=p.region, finish=fin)


# ------------------------------------------------------------------ whiteboard


def scene_whiteboard(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, bg_wall, "land")
    W, H = cv.w, cv.h
    bw = W * rng.uniform(0.82, 0.94)
    btw = tex_width(rng, bw)
    bth = int(btw * rng.uniform(0.5, 0.6))
    board = Canvas(btw, bth, (246, 247, 248))
    a = np.asarray(board.im).astype(np.float32)
    from common import smooth_field
    sm = smooth_field(rng, btw, bth, 6, -10, 3)
    board.im = Image.fromarray(np.clip(a + sm[..., None], 0, 255).astype(np.uint8), "RGBA")
    board.d = ImageDraw.Draw(board.im)
    fw = int(bth * 0.02)
    board.d.rectangle([0, 0, btw - 1, bth - 1], outline=(170, 172, 178), width=fw)
    board.d.rectangle([0, bth - fw * 2, btw, bth], fill=(150, 152, 158))
    u = btw / 100.0
    hf = rng.choice(["FreeSansOblique", "DejaVuSans-Oblique", "LiberationSans-Italic", "FreeSerifItalic",
                     "DejaVuSansCondensed-Oblique"])
    sz = 3.6 * u * rng.uniform(0.9, 1.15)
    lh = sz * 1.55
    x = 5 * u
    y = 9 * u
    f = []
    while len(f) < 6:
        nm = name(rng, p.region)
        if nm[0] not in [x[0] for x in f] and nm[0] != p.first:
            f.append(nm)
    items = []
    items.append([(rng.choice(["Room %d - " % rng.randint(1, 30), ""]), None), (p.year, "AGE"), ("  ", None),
                  (p.teacher, "PERSON"), ("'s class", None)])
    if rng.chance(0.5):
        items.append([("Welcome to ", None), (p.school, "SCHOOL"), ("!", None)])
    items.append([("Helper today: ", None), (f[0][0], "PERSON")])
    m = rng.randint(1, 12)
    items.append([("Birthdays in %s: " % MONTHS[m - 1], None), (f[3][0], "PERSON"), (" (", None),
                  (fmt_day_month(rng, p.region, m, rng.randint(1, 28)), "DATE_OF_BIRTH"), (")", None)])
    items.append(rng.choice([[("Swimming Thursday - bring togs!", None)], [("Library books due Wednesday", None)],
                             [("Spelling test Friday", None)]]))
    if rng.chance(0.35):
        items.append([("Buddy reading: ", None), ("%s & %s" % (f[4][0], f[5][0]), None)])
        items[-1] = [("Buddy reading: ", None), (f[4][0], "PERSON"), (" & ", None), (f[5][0], "PERSON")]
    if rng.chance(0.25):
        items.append([("Pick up: ", None), (p.first, "PERSON"), (" - ", None), (p.parent_first, "PERSON"),
                      (" at 2:30", None)])
    for runs in items:
        col = rng.choice(MARKER_COLS)
        cx = x
        if y + lh > bth - 6 * u:
            break
        for text, kind in runs:
            if text:
                pts, cx = board.hand((cx, y + sz), text, hf, sz, col, rng, kind=kind, stroke=max(1, int(sz * 0.03)))
        y += lh
    put(cv, board, W / 2, H * 0.48, bw, angle=rng.uniform(-2, 2), persp=(rng.uniform(-0.04, 0.04), rng.uniform(-0.12, 0.12)),
        rng=rng, jitter=0.004, shadow=False)
    return cv, dict(region=p.region, finish=_fin(rng, light=(0.75, 1.12)))


# ------------------------------------------------------------------ fridge notes


def scene_fridge(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, bg_fridge, "port" if rng.chance(0.6) else "land")
    W, H = cv.w, cv.h
    notes = [
        [(p.first, "PERSON"), (" - dentist Tues 4pm", None)],
        [("Mum mobile ", None), (p.parent_mobile, "PHONE")],
        [("Pick up 3:10 @ ", None), (p.school_short, "SCHOOL")],
        [("Soccer Sat 9am", None), ("\n", None), (p.club, "ORG"), (" ", None), (p.agegrp, "AGE")],
        [("Nana's new address:", None), ("\n", None), (p.addr["street"], "ADDRESS")],
        [(p.sibling, "PERSON"), (" - swimming ", None), ("Wed", None)],
        [("Dad work: ", None), (p.work, "ORG")],
        [("Emergency: ", None), (p.landline, "PHONE")],
        [("Party at ", None), (p.friends[0][0], "PERSON"), ("'s", None), ("\n", None), (p.addr["oneline"], "ADDRESS")],
    ]
    order = rng.sample(range(len(notes)), rng.randint(3, 4))
    if 4 not in order and rng.chance(0.5):
        order[-1] = 4
    qr = ctx.get("qr")
    slots = [(0.3, 0.28), (0.7, 0.3), (0.3, 0.68), (0.7, 0.7)]
    rng.shuffle(slots)
    items = [notes[i] for i in order]
    if qr:
        items = items[:3] + ["QR"]
    for (sx, sy), runs in zip(slots, items):
        nw = min(W, H) * rng.uniform(0.3, 0.38)
        tw = tex_width(rng, nw)
        if runs == "QR":
            tex = Canvas(tw, int(tw * 1.2), (255, 255, 255))
            u = tw / 100.0
            tex.text((tw / 2, 12 * u), rng.choice(["Scan me!", "Contact card", "Guest WiFi", "Call us"]),
                     F("DejaVuSans-Bold", 9 * u), (40, 40, 40), anchor="ms")
            payload, leaks = personal_qr(rng, p, qr)
            n = qr_module_count(payload)
            mod = max(3, int(82 * u / (n + 6)))
            tex.qr((tw - (n + 6) * mod) / 2, 18 * u, payload, mod, leaks=leaks)
            ang = rng.uniform(-3, 3)
        else:
            tex = Canvas(tw, tw, rng.choice([(255, 245, 150), (255, 200, 220), (190, 235, 255), (200, 255, 190),
                                             (255, 255, 255)]))
            u = tw / 100.0
            hf = rng.choice(HAND_FONTS)
            ink = rng.choice(INKS + MARKER_COLS)
            sz = 9.5 * u
            # split runs on "\n"
            lines = [[]]
            for t, k in runs:
                if t == "\n":
                    lines.append([])
                else:
                    lines[-1].append((t, k))
            # fit
            while max(sum(F(hf, sz).getlength(t) for t, k in ln) for ln in lines) > tw * 0.86 and sz > 3 * u:
                sz *= 0.93
            wrapped = []
            for ln in lines:
                wrapped.extend([[(t, k) for t, k, st in w] for w in wrap_runs(ln, lambda st: F(hf, sz), tw * 0.86)])
            y = 25 * u
            for ln in wrapped:
                cx = 7 * u
                for t, k in ln:
                    pts, cx = tex.hand((cx, y), t, hf, sz, ink, rng, kind=k)
                y += sz * 1.45
            ang = rng.uniform(-8, 8)
        put(cv, tex, W * sx, H * sy, nw, angle=ang, rng=rng, jitter=0.01, shadow_op=0.25)
        magnet(cv, W * sx + rng.uniform(-0.05, 0.05) * nw, H * sy - nw * 0.5 * (tex.h / tex.w) + nw * 0.05, nw * 0.06,
               rng.choice(BRIGHT))
    return cv, dict(region=p.region, finish=_fin(rng, light=(0.7, 1.1)))


# ------------------------------------------------------------------ ID and library cards


def scene_idcard(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_table, bg_fabric, bg_carpet]), "land" if rng.chance(0.6) else "port")
    W, H = cv.w, cv.h
    cw = min(W, H) * rng.uniform(0.85, 1.0)
    tw = tex_width(rng, cw)
    th = int(tw * 54 / 85.6)
    tex = Canvas(tw, th, (0, 0, 0, 0))
    u = tw / 100.0
    col = rng.choice([(20, 50, 110), (120, 20, 40), (10, 90, 70), (60, 40, 120), (200, 90, 20)])
    tex.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=4 * u, fill=(250, 250, 250, 255))
    tex.d.rounded_rectangle([0, 0, tw - 1, 16 * u], radius=4 * u, fill=col + (255,))
    tex.d.rectangle([0, 8 * u, tw - 1, 16 * u], fill=col + (255,))
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "LiberationSansNarrow-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    tex.text((4 * u, 8 * u), p.school, fit_font(fb, p.school, tw * 0.78, 5.2 * u), (255, 255, 255), kind="SCHOOL", anchor="lm")
    star(tex.d, tw - 7 * u, 8 * u, 4 * u, (255, 255, 255))
    ui.photo_placeholder(tex, 4 * u, 20 * u, 26 * u, 48 * u)
    tex.text((30 * u, 22 * u), "STUDENT ID", F(fb, 4 * u), col, anchor="la")
    rows = [("Name", p.full, "PERSON"), ("DOB", dob_text(rng, p, "num"), "DATE_OF_BIRTH"),
            ("Year" if p.region not in ("US", "CA", "ZA", "IN") else "Grade", p.year, "AGE"),
            ("Emergency", p.parent_mobile, "PHONE")]
    if rng.chance(0.5):
        rows.append(("Address", p.addr["oneline"], "ADDRESS"))
    qr = ctx.get("qr")
    right = tw - (30 * u if qr else 4 * u)
    y = 32 * u
    for lab, val, k in rows:
        if y > th - 6 * u:
            break
        lf = F(fr, 3.2 * u)
        tex.text((30 * u, y), lab, lf, (110, 110, 110), anchor="ls")
        vf = fit_font(fb if k == "PERSON" else fr, val, right - 47 * u, 4.2 * u)
        tex.text((47 * u, y), val, vf, (20, 20, 20), kind=k, anchor="ls")
        y += 6.5 * u
    barcode(tex, 4 * u, th - 9 * u, 22 * u, 5 * u, rng)
    if qr:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(3, int(25 * u / (n + 6)))
        tex.qr(tw - 3 * u - (n + 6) * mod, 19 * u, payload, mod, leaks=leaks)
    put(cv, tex, W / 2, H / 2, cw, angle=rng.uniform(-15, 15), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)),
        rng=rng, jitter=0.006)
    return cv, dict(region=p.region, finish=_fin(rng))


def scene_librarycard(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_table, bg_fabric]), "land" if rng.chance(0.6) else "port")
    W, H = cv.w, cv.h
    cw = min(W, H) * rng.uniform(0.8, 0.95)
    tw = tex_width(rng, cw)
    th = int(tw * 54 / 85.6)
    tex = Canvas(tw, th, (0, 0, 0, 0))
    u = tw / 100.0
    col = rng.choice(BRIGHT)
    tex.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=4 * u, fill=col + (255,))
    tex.d.rounded_rectangle([3 * u, 24 * u, tw - 3 * u, th - 3 * u], radius=3 * u, fill=(255, 255, 255, 255))
    fb = rng.choice(["DejaVuSerif-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSans-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans"])
    fg = (255, 255, 255) if lum(col) < 160 else (20, 20, 20)
    lib = rng.choice(["%s Library", "%s Libraries", "%s Public Library", "%s City Library"]) % p.town
    tf = fit_font(fb, lib, tw * 0.85, 7 * u)
    pre, post = lib.split(p.town, 1)
    tex.runs(5 * u, 14 * u, [(pre, None, tf, fg), (p.town, "LOCATION", tf, fg), (post, None, tf, fg)])
    tex.text((5 * u, 20.5 * u), rng.choice(["JUNIOR MEMBER", "Young Reader", "Kids Card"]), F(fr, 3.8 * u), fg,
             anchor="ls")
    y = 33 * u
    tex.text((7 * u, y), "Member", F(fr, 3.2 * u), (110, 110, 110), anchor="ls")
    y += 7 * u
    hf = rng.choice(HAND_FONTS)
    if rng.chance(0.5):
        tex.hand((7 * u, y), p.full, hf, 6 * u, rng.choice(INKS), rng, kind="PERSON")
    else:
        tex.text((7 * u, y), p.full, F(fb, 5.5 * u), (20, 20, 20), kind="PERSON", anchor="ls")
    y += 7 * u
    if rng.chance(0.6):
        tex.runs(7 * u, y, [("Born: ", None, F(fr, 3.6 * u), (60, 60, 60)),
                            (dob_text(rng, p, "num"), "DATE_OF_BIRTH", F(fr, 3.6 * u), (60, 60, 60))])
    barcode(tex, 55 * u, th - 20 * u, 38 * u, 10 * u, rng)
    tex.text((55 * u, th - 6 * u), rng.digits(4) + " " + rng.digits(4) + " " + rng.digits(4), F("DejaVuSansMono", 3 * u),
             (20, 20, 20), anchor="ls")
    put(cv, tex, W / 2, H / 2, cw, angle=rng.uniform(-18, 18), persp=(rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)),
        rng=rng, jitter=0.006)
    return cv, dict(region=p.region, finish=_fin(rng))


# ------------------------------------------------------------------ lost pet poster


def scene_lostpet(rng, ctx):
    p = make_person(rng)
    cv = _scene(rng, rng.choice([bg_street, bg_wall, bg_outdoor]), "port" if rng.chance(0.7) else "land")
    W, H = cv.w, cv.h
    pw = min(W * 0.8, H * 0.62) * rng.uniform(0.9, 1.0)
    tw = tex_width(rng, pw)
    th = int(tw * 1.414)
    tex = Canvas(tw, th, (255, 255, 255))
    tex.im.paste(paper_texture(rng, tw, th, rng.choice([(255, 255, 255), (255, 250, 210), (240, 250, 255)])), (0, 0))
    u = tw / 100.0
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSerif-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSerif"])
    animal = rng.choice(["CAT", "DOG", "RABBIT", "TORTOISE", "PARROT"])
    tex.text((tw / 2, 17 * u), "LOST %s" % animal, fit_font(fb, "LOST %s" % animal, tw * 0.9, 16 * u), (200, 20, 20),
             anchor="ms")
    ui.photo_placeholder(tex, 15 * u, 23 * u, 85 * u, 70 * u)
    tex.text((tw / 2, 82 * u), '"%s"' % p.pet, F(fb, 9 * u), (20, 20, 20), anchor="ms")
    lost_where = p.addr["street_name"]
    runs = [("Last seen near ", None), (lost_where, "LOCATION"), (", ", None), (p.loc, None),
            (" on %s. " % rng.choice(["Tuesday", "Saturday", "Sunday night", "the 14th"]), None),
            ("Please call ", None), (p.first if rng.chance(0.5) else p.parent, "PERSON"), (" on ", None),
            (p.parent_mobile, "PHONE")]
    if rng.chance(0.65):
        runs += [(" or bring to ", None), (p.addr["street"], "ADDRESS")]
    qr = ctx.get("qr")
    textw = tw * (0.58 if qr else 0.86)
    bf, lines = fit_wrap(runs, fr, 4.6 * u, textw, 36 * u, 1.35)
    y = draw_lines(tex, 7 * u, 92 * u, lines, lambda st: bf, lambda st: (20, 20, 20), bf.size * 1.35)
    tex.text((7 * u if qr else tw / 2, y + 6 * u), "REWARD!", F(fb, 7 * u), (200, 20, 20), anchor="ls" if qr else "ms")
    if qr:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(3, int(28 * u / (n + 6)))
        tex.qr(tw - 5 * u - (n + 6) * mod, 88 * u, payload, mod, leaks=leaks)
    elif rng.chance(0.6):
        # tear-off tabs along the bottom (rotated text)
        ntab = rng.randint(4, 6)
        tabw = tw / ntab
        ty0 = th - 22 * u
        for i in range(ntab):
            tex.d.line([(i * tabw, ty0), (i * tabw, th)], fill=(150, 150, 150), width=max(1, int(0.3 * u)))
            tt = Canvas(int(20 * u), int(tabw * 0.8), (0, 0, 0, 0))
            tf = fit_font(fr, p.parent_mobile, 19 * u, tabw * 0.35)
            tt.text((tt.w / 2, tt.h / 2), p.parent_mobile, tf, (20, 20, 20), kind="PHONE", anchor="mm")
            cxx, cyy = i * tabw + tabw / 2, ty0 + 11 * u
            q = [(cxx - tt.h / 2, cyy + tt.w / 2), (cxx - tt.h / 2, cyy - tt.w / 2), (cxx + tt.h / 2, cyy - tt.w / 2),
                 (cxx + tt.h / 2, cyy + tt.w / 2)]
            place_planar(tex, tt, q)
        tex.d.line([(0, ty0), (tw, ty0)], fill=(150, 150, 150), width=max(1, int(0.3 * u)))
    # pole
    d = cv.d
    if rng.chance(0.5):
        d.rectangle([W / 2 - pw * 0.18, 0, W / 2 + pw * 0.18, H], fill=rng.choice([(120, 90, 60), (110, 110, 115)]))
    put(cv, tex, W / 2, H / 2, pw, angle=rng.uniform(-4, 4), persp=(rng.uniform(-0.05, 0.05), rng.uniform(-0.1, 0.1)),
        rng=rng, jitter=0.006)
    return cv, dict(region=p.region, finish=_fin(rng))
