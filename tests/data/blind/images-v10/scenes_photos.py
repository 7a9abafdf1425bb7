"""Photo scenes of objects: ID cards, parcels, name labels, shirts and bibs, school signs and crests,
house numbers, banners and cakes, trophies, whiteboards/calendars, fridge notes."""
import math

import numpy as np
from PIL import Image, ImageDraw

import data as D
from common import (Flat, Photo, font, rgb, mix, tcase, paper, texture, camera, quad_from, bend_flat,
                    SANS, SANS_B, SERIF, SERIF_B, HAND)
from scenes_docs import Budget, INK, signature


def grad_flat(w, h, c1, c2, vertical=True):
    if vertical:
        g = Image.linear_gradient("L").resize((w, h))
    else:
        g = Image.linear_gradient("L").resize((h, w)).transpose(Image.Transpose.ROTATE_90)
    im = Image.composite(Image.new("RGB", (w, h), c2), Image.new("RGB", (w, h), c1), g)
    return Flat(w, h, im)


def barcode(fl, x, y, w, h, rng, col=(20, 20, 20)):
    xx = x
    while xx < x + w:
        bw = rng.choice([1, 1, 2, 3]) * max(1, w / 160)
        if rng.random() < 0.55:
            fl.draw.rectangle([xx, y, xx + bw - 1, y + h], fill=col)
        xx += bw


def shot(ctx, ph, light=0.35, blur=(0.5, 1.5), noise=(2, 6)):
    ph.img = camera(ph.img, ctx.rng, ctx.np, blur=blur, noise=noise, light=light)
    return ph


def fit_quad(ctx, w, h, frac=(0.4, 0.7), max_angle=15, persp=0.15, center=None, cut_p=0.12):
    """Quad for a w x h flat scaled so its long side covers frac of the frame's short side (rotated, perspective)."""
    rng = ctx.rng
    W, H = ctx.size
    ang = rng.uniform(-max_angle, max_angle)
    target = min(W, H) * rng.uniform(*frac)
    sc = target / max(w, h)
    a = math.radians(abs(ang))
    bw = (w * math.cos(a) + h * math.sin(a)) * sc
    bh = (w * math.sin(a) + h * math.cos(a)) * sc
    if bw > W * 0.94:
        sc *= W * 0.94 / bw
        bw, bh = W * 0.94, bh * W * 0.94 / bw
    if bh > H * 0.94:
        sc *= H * 0.94 / bh
        bw, bh = bw * H * 0.94 / bh, H * 0.94
    if center is None:
        cx = W / 2 + rng.uniform(-1, 1) * max(0, (W - bw) / 2 - 20)
        cy = H / 2 + rng.uniform(-1, 1) * max(0, (H - bh) / 2 - 20)
    else:
        cx, cy = center
    if center is None and rng.random() < cut_p:
        # let the object run off one edge of the frame a little (text partly cut by the edge)
        e = rng.randrange(4)
        f = rng.uniform(0.03, 0.1)
        if e == 0:
            cx = bw / 2 - f * bw
        elif e == 1:
            cx = W - bw / 2 + f * bw
        elif e == 2:
            cy = bh / 2 - f * bh
        else:
            cy = H - bh / 2 + f * bh
    return quad_from(cx, cy, w * sc, h * sc, ang, (rng.uniform(-persp, persp), rng.uniform(-persp, persp)))


# ----------------------------------------------------------------- ID cards / library cards / bus passes
def scene_id_card(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    qr_need = (2 if rng.random() < 0.5 else 1) if rng.random() < 0.4 else 0
    if qr_need and not bud.reserve(qr_need):
        qr_need = 1 if bud.reserve(1) else 0
    W, H = ctx.size
    cw, ch = 1284, 810
    kind = rng.choice(["student", "library", "bus", "student"])
    col = rng.choice([(20, 60, 130), (150, 20, 40), (0, 110, 90), (230, 120, 0), (90, 40, 140)])
    fl = grad_flat(cw, ch, (255, 255, 255), mix(col, (255, 255, 255), 0.85))
    fl.draw.rectangle([0, 0, cw, 190], fill=col)
    hf = font(rng.choice(SANS_B), 64)
    if kind == "student":
        t = k.school
        fl.text((40, 40), t, hf if hf.getlength(t) < cw - 80 else font(rng.choice(SANS_B), 48), (255, 255, 255), kind="SCHOOL" if bud.take() else "SKIP")
        fl.text((40, 130), "STUDENT ID CARD", font("sans", 34), (230, 230, 230))
    elif kind == "library":
        fl.text((40, 40), f"{k.city} Libraries", hf, (255, 255, 255), kind="LOCATION" if bud.take() else "SKIP")
        fl.text((40, 130), "Junior Library Card", font("sans", 34), (230, 230, 230))
    else:
        fl.text((40, 40), rng.choice(["Student Travel Pass", "Youth Bus Pass", "School Bus Pass"]), hf, (255, 255, 255))
        fl.text((40, 130), rng.choice(["Zone 1-3  Concession", "Valid school days only", "Child fare"]), font("sans", 34), (230, 230, 230))
    # photo placeholder (pattern, no face)
    fl.draw.rectangle([40, 230, 330, 600], fill=mix(col, (200, 200, 200), 0.6))
    for i in range(6):
        fl.draw.line([(40, 230 + i * 70), (330, 300 + i * 70)], fill=mix(col, (255, 255, 255), 0.4), width=8)
    lf = font(rng.choice(SANS), 30)
    vf = font(rng.choice(SANS_B), 44)
    y = 225
    rows = [("Name", tcase(rng, k.full, (5, 5, 0)), "PERSON"), ("Date of birth", k.dob("num"), "DATE_OF_BIRTH"),
            ("Year" if k.country not in ("US", "CA", "ZA", "IN") else "Grade", k.year_label, "AGE")]
    if kind == "bus":
        rows[2] = ("School", k.school, "SCHOOL")
        rows.append(("Emergency contact", k.parent_phone, "PHONE"))
    elif kind == "library":
        rows.append(("Address", k.address("short"), "ADDRESS"))
    else:
        rows.append(("Student email", k.email(), "EMAIL"))
    for lab, val, kd in rows:
        fl.text((370, y), lab, lf, (110, 110, 110))
        f = vf if vf.getlength(val) < cw - 400 else font(rng.choice(SANS_B), 32)
        if f.getlength(val) > cw - 400:
            f = font("cond_b", 28)
        fl.text((370, y + 34), val, f, (20, 20, 20), kind=kd if bud.take() else "SKIP")
        y += 100
    fl.text((370, y), "ID " + D.digits(rng, 8) + "   Valid to 12/2027", font("mono", 28), (60, 60, 60))
    if qr_need:
        bud.release(qr_need)
        ph_ = D.phone(rng, k.country, intl=True)
        pl = f"MECARD:N:{k.last},{k.first};TEL:{ph_.replace(' ', '')};;"
        m_ = qr_need
        bud.take(m_)
        fl.qr(pl, cw - 290, 210, 8, leaks=[("PHONE", ph_.replace(" ", "")), ("PERSON", f"{k.last},{k.first}")][:m_], border=2)
    else:
        barcode(fl, 40, ch - 150, 290, 80, rng)
    fl.img.putalpha(rounded_mask(cw, ch, 50))
    ph = Photo(texture(rng, ctx.np, rng.choice(["wood", "table", "fabric", "carpet"]), W, H))
    # a pen nearby
    if rng.random() < 0.6:
        pen = Flat(int(min(W, H) * 0.6), int(min(W, H) * 0.035), rng.choice([(20, 40, 160), (20, 20, 20), (200, 30, 30)]))
        ph.place(pen, quad_from(W * rng.uniform(0.3, 0.7), H * rng.uniform(0.1, 0.9), pen.w, pen.h, rng.uniform(-60, 60)), shadow=0.4)
    ph.place(fl, fit_quad(ctx, cw, ch, (0.45, 0.8), 15, 0.12, cut_p=0 if fl.qrs else 0.12), shadow=0.45)
    return shot(ctx, ph)


def rounded_mask(w, h, r):
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, w - 1, h - 1], radius=r, fill=255)
    return m


# ----------------------------------------------------------------- parcels & envelopes
def scene_parcel(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    env = rng.random() < 0.4
    if env:
        bg = texture(rng, ctx.np, rng.choice(["wood", "table", "carpet"]), W, H)
        lw, lh = 2200, 1100
        fl = Flat(lw, lh, paper(rng, ctx.np, lw, lh, tone=rng.choice([(250, 248, 240), (235, 215, 170), (255, 255, 255)])))
        # stamp
        fl.draw.rectangle([lw - 300, 60, lw - 80, 320], fill=rng.choice([(200, 40, 60), (40, 100, 180), (60, 150, 80)]))
        fl.draw.rectangle([lw - 280, 80, lw - 100, 300], outline=(255, 255, 255), width=6)
        for i in range(5):
            fl.draw.arc([lw - 520, 60 + i * 40, lw - 220, 260 + i * 40], 200, 340, fill=(60, 60, 60), width=5)
        hf = font(rng.choice(HAND), rng.choice([78, 86, 94]))
        ink = rng.choice(INK)
        x, y = 560, 420
        lines = [(tcase(rng, k.full, (6, 3, 1)), "PERSON")] + [(l, "ADDRESS") for l in address_block(k)]
        for t, kd in lines:
            fl.text((x, y), t, hf, ink, kind=kd if bud.take() else "SKIP")
            y += hf.size * 1.25
        if bud.take():
            sender = D.Kid(rng, k.country)
            fl.runs((90, 80), [("From: ", None), (sender.first + " " + sender.last[0] + ".", "PERSON")], font(rng.choice(HAND), 48), ink)
        ph = Photo(bg)
        ph.place(fl, fit_quad(ctx, lw, lh, (0.7, 0.95), 15, 0.12), shadow=0.4)
        return shot(ctx, ph)
    # cardboard box with a printed label
    bg = texture(rng, ctx.np, "table", W, H, base=rng.choice([(196, 160, 115), (180, 145, 100), (205, 170, 125)]))
    ph = Photo(bg)
    # tape strip
    tape = Flat(int(max(W, H) * 1.2), int(min(W, H) * 0.12), (215, 185, 140, 200))
    ph.place(tape, quad_from(W / 2, H * rng.uniform(0.2, 0.8), tape.w, tape.h, rng.uniform(-10, 10)), shadow=0.1)
    lw, lh = 1500, 1000
    fl = Flat(lw, lh, (255, 255, 255))
    fl.draw.rectangle([0, 0, lw - 1, lh - 1], outline=(0, 0, 0), width=6)
    fl.text((40, 30), "FROM: " + rng.choice(["Online Store Returns", "ShopFast Fulfilment", "Warehouse 7, Unit B"]), font("sans", 38), (30, 30, 30))
    fl.draw.line([(0, 100), (lw, 100)], fill=(0, 0, 0), width=4)
    fl.text((40, 125), "SHIP TO:", font("sans_b", 42), (0, 0, 0))
    vf = font(rng.choice(["sans_b", "lib_b", "mono_b", "free_b"]), 60)
    y = 190
    up = rng.random() < 0.55
    lines = [(k.full.upper() if up else k.full, "PERSON")] + [(l.upper() if up else l, "ADDRESS") for l in address_block(k)]
    for t, kd in lines:
        f = vf if vf.getlength(t) < lw - 80 else font("cond_b", 48)
        fl.text((40, y), t, f, (0, 0, 0), kind=kd if bud.take() else "SKIP")
        y += 76
    if bud.take():
        fl.runs((40, y + 10), [("TEL: ", None), (k.parent_phone, "PHONE")], font("sans", 44), (0, 0, 0))
        y += 60
    if bud.take():
        fl.runs((40, y + 10), [("EMAIL: ", None), (k.email(), "EMAIL")], font("sans", 40), (0, 0, 0))
    barcode(fl, 1000, lh - 210, 450, 120, rng)
    fl.text((1000, lh - 80), D.digits(rng, 4) + " " + D.digits(rng, 4), font("mono_b", 36), (0, 0, 0))
    ph.place(fl, fit_quad(ctx, lw, lh, (0.5, 0.8), 15, 0.15), shadow=0.25)
    return shot(ctx, ph)


def address_block(k):
    a = k.address()
    parts = [p.strip() for p in a.split(",")]
    if k.country in ("US", "CA"):
        return [parts[0], ", ".join(parts[1:])]
    if len(parts) >= 4:
        return [parts[0], parts[1], ", ".join(parts[2:])] if k.country != "IN" else [", ".join(parts[:2]), parts[2], ", ".join(parts[3:])]
    return parts


# ----------------------------------------------------------------- name labels on lunch boxes, bottles, bags
def scene_name_label(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    tag_need = (2 if rng.random() < 0.5 else 1) if rng.random() < 0.35 else 0
    if tag_need and not bud.reserve(tag_need):
        tag_need = 1 if bud.reserve(1) else 0
    W, H = ctx.size
    obj = rng.choice(["bottle", "lunchbox", "bag", "lunchbox", "bottle"])
    ph = Photo(texture(rng, ctx.np, rng.choice(["table", "wood", "carpet", "grass"]), W, H))
    base = rng.choice([(230, 60, 90), (40, 140, 220), (80, 190, 120), (250, 190, 40), (150, 90, 210), (60, 60, 70)])
    if obj == "bottle":
        bw, bh = 900, 2600
        body = grad_flat(bw, bh, mix(base, (255, 255, 255), 0.35), mix(base, (0, 0, 0), 0.35), vertical=False)
        body.draw.rectangle([bw * 0.3, 0, bw * 0.42, bh], fill=mix(base, (255, 255, 255), 0.5))
        body.img.putalpha(rounded_mask(bw, bh, 200))
        q = fit_quad(ctx, bh, bw, (0.75, 0.95), 15, 0.05)  # lying on the table horizontally
        q = np.roll(q, -1, axis=0)  # rotate so long side is horizontal
    elif obj == "lunchbox":
        bw, bh = 2400, 1700
        body = grad_flat(bw, bh, mix(base, (255, 255, 255), 0.2), mix(base, (0, 0, 0), 0.2))
        body.draw.rounded_rectangle([60, 60, bw - 60, bh - 60], radius=120, outline=mix(base, (0, 0, 0), 0.35), width=14)
        body.img.putalpha(rounded_mask(bw, bh, 160))
        q = fit_quad(ctx, bw, bh, (0.6, 0.85), 15, 0.15)
    else:
        bw, bh = 2000, 2400
        body = Flat(bw, bh, texture(rng, ctx.np, "fabric", bw, bh, base=base))
        body.draw.rectangle([0, bh * 0.55, bw, bh * 0.57], fill=mix(base, (0, 0, 0), 0.4))
        body.img.putalpha(rounded_mask(bw, bh, 200))
        q = fit_quad(ctx, bw, bh, (0.7, 0.92), 12, 0.12)
    ph.place(body, q, shadow=0.45)
    # label
    lw, lh = 1100, 520
    lab = Flat(lw, lh, rng.choice([(255, 255, 255), (255, 245, 200), (220, 240, 255), (255, 225, 235)]))
    lab.img.putalpha(rounded_mask(lw, lh, 60))
    if rng.random() < 0.5:
        lab.star(90, 90, 50, rng.choice([(250, 190, 40), (230, 60, 90)]))
    nf = font(rng.choice(SANS_B + HAND + ["fserif_bi"]), rng.choice([120, 130, 140]))
    nm = tcase(rng, rng.choice([k.full, k.first, k.first + " " + k.last[0] + "."]), (6, 3, 1))
    while nf.getlength(nm) > lw - 80:
        nf = font(rng.choice(SANS_B), nf.size - 14)
    lab.text((lw / 2, 50), nm, nf, rng.choice([(30, 30, 30), (200, 30, 60), (20, 60, 160)]), kind="PERSON" if bud.take() else "SKIP", anchor="ma")
    sf = font(rng.choice(SANS), 56)
    y = 60 + nf.size * 1.3
    extras = [[(k.year_label, "AGE"), (" - ", None), ("Rm " + str(rng.randint(1, 20)), None)],
              [("If found call ", None), (k.parent_phone, "PHONE")],
              [(k.school, "SCHOOL")]]
    rng.shuffle(extras)
    for runs in extras:
        nl = sum(1 for r in runs if r[1])
        if y > lh - 70 or not bud.take(nl):
            continue
        tw = sum(sf.getlength(r[0]) for r in runs)
        f = sf if tw < lw - 60 else font("cond", 44)
        lab.runs((lw / 2, y), runs, f, (60, 60, 60), anchor="ma")
        y += 70
    if obj == "bottle":
        lab = bend_flat(lab, rng.uniform(25, 60))
    # place label centred on the object quad
    c = q.mean(0)
    dv = (q[0] - q[3]) if obj == "bottle" else (q[1] - q[0])
    ang = math.degrees(math.atan2(-dv[1], dv[0]))
    sz = np.linalg.norm(dv)
    sc = sz * rng.uniform(0.42, 0.6) / lab.w
    lq = quad_from(c[0], c[1], lab.w * sc, lab.h * sc, ang, (rng.uniform(-0.06, 0.06), rng.uniform(-0.06, 0.06)))
    ph.place(lab, lq, shadow=0.15, shadow_off=(0.003, 0.004))
    # luggage tag with a plain-text QR
    if tag_need:
        bud.release(tag_need)
        tw_, th_ = 700, 1000
        tag = Flat(tw_, th_, rng.choice([(255, 255, 255), (250, 240, 200)]))
        tag.draw.ellipse([tw_ / 2 - 40, 40, tw_ / 2 + 40, 120], fill=(120, 120, 120))
        pl = f"Name: {k.full}\nAddress: {k.address()}"
        tag.text((tw_ / 2, 150), "If lost, scan me", font("sans_b", 48), (40, 40, 40), anchor="ma")
        tag.qr(pl, 40, 250, 9 if len(pl) < 90 else 8, leaks=[("PERSON", k.full), ("ADDRESS", k.address())][:tag_need], border=2)
        bud.take(tag_need)
        W_, H_2 = ctx.size
        tq = quad_from(W_ * rng.choice([0.15, 0.85]), H_2 * rng.uniform(0.3, 0.7), tw_ * min(W_, H_2) * 0.32 / th_, min(W_, H_2) * 0.32, rng.uniform(-12, 12), (0.05, 0.05))
        ph.place(tag, tq, shadow=0.35)
    return shot(ctx, ph)


# ----------------------------------------------------------------- shirts and bibs
def scene_shirt(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    if rng.random() < 0.6:
        base = rng.choice([(200, 20, 40), (20, 50, 140), (20, 120, 60), (250, 200, 30), (30, 30, 30), (255, 255, 255)])
        ph = Photo(texture(rng, ctx.np, rng.choice(["wall", "carpet", "wood"]), W, H))
        sw, sh = 2400, 2800
        shirt = Flat(sw, sh, (0, 0, 0, 0))
        tex = texture(rng, ctx.np, "fabric", sw, sh, base=base).convert("RGBA")
        m = Image.new("L", (sw, sh), 0)
        ImageDraw.Draw(m).polygon([(500, 0), (1900, 0), (2400, 500), (2100, 800), (1950, 650), (1950, 2800), (450, 2800), (450, 650), (300, 800), (0, 500)], fill=255)
        shirt.img = Image.composite(tex, shirt.img, m)
        shirt.draw = ImageDraw.Draw(shirt.img)
        shirt.draw.ellipse([950, -120, 1450, 180], fill=(0, 0, 0, 0))
        tc = (255, 255, 255) if sum(base) < 450 else (20, 20, 60)
        name = tcase(rng, rng.choice([k.last, k.first, k.first]), (1, 9, 0))
        nl = Flat(1500, 300, (0, 0, 0, 0))
        nf = font(rng.choice(["sans_b", "cond_b", "free_b", "lib_b", "narrow_b"]), 220)
        while nf.getlength(name) > 1440:
            nf = font("cond_b", nf.size - 20)
        nl.text((750, 20), name, nf, tc, kind="PERSON" if bud.take() else "SKIP", anchor="ma")
        nl = bend_flat(nl, -rng.uniform(30, 80))
        shirt.add_from(nl, 450, 330)
        shirt.text((1200, 700), str(rng.randint(1, 99)), font(rng.choice(["sans_b", "free_b", "cond_b"]), 900), tc, anchor="ma")
        if bud.take():
            org = k.org
            of = font(rng.choice(SANS_B), 90)
            while of.getlength(org) > 1400:
                of = font("cond_b", of.size - 8)
            shirt.text((1200, 2450), org, of, mix(tc, base, 0.2), kind="ORG", anchor="ma")
        sq = fit_quad(ctx, sw, sh, (0.8, 0.97), 10, 0.08, cut_p=0)
        ph.place(shirt, sq, shadow=0.3)
        # iron-on name label on the hem, written in marker
        if bud.n - bud.c >= 1:
            lab = Flat(1100, 330, (250, 250, 250))
            hf = font(rng.choice(HAND), 110)
            runs = [(k.full, "PERSON")]
            if bud.n - bud.c >= 2:
                runs += [(" ", None), (k.year_label, "AGE")]
            while sum(hf.getlength(r[0]) for r in runs) > 1050:
                hf = font(rng.choice(HAND), hf.size - 10)
            lab.runs((550, 100), runs, hf, rng.choice(INK), anchor="ma")
            bud.take(sum(1 for r in runs if r[1]))
            uu, vv = 0.5, 0.73
            c = (1 - vv) * ((1 - uu) * sq[0] + uu * sq[1]) + vv * ((1 - uu) * sq[3] + uu * sq[2])
            ang = math.degrees(math.atan2(-(sq[2] - sq[3])[1], (sq[2] - sq[3])[0]))
            sc = np.linalg.norm(sq[2] - sq[3]) * 0.38 / lab.w
            ph.place(lab, quad_from(c[0], c[1], lab.w * sc, lab.h * sc, ang + rng.uniform(-4, 4)), shadow=0.1)
        return shot(ctx, ph)
    # sports-day bib pinned to a t-shirt
    ph = Photo(texture(rng, ctx.np, "fabric", W, H))
    bw, bh = 2100, 1500
    bib = Flat(bw, bh, (255, 255, 255))
    col = rng.choice([(220, 30, 40), (20, 90, 200), (20, 150, 70), (240, 170, 0)])
    bib.draw.rectangle([0, 0, bw, 220], fill=col)
    if bud.take():
        t = k.school + " Sports Day"
        f = font(rng.choice(SANS_B), 90)
        while f.getlength(t) > bw - 100:
            f = font("cond_b", f.size - 8)
        bib.runs((bw / 2, 50), [(k.school, "SCHOOL"), (" Sports Day", None)], f, (255, 255, 255), anchor="ma")
    else:
        bib.text((bw / 2, 50), "Sports Day 2026", font("sans_b", 110), (255, 255, 255), anchor="ma")
    bib.text((bw / 2, 260), str(rng.randint(10, 480)), font(rng.choice(["sans_b", "free_b", "cond_b"]), 700), (20, 20, 20), anchor="ma")
    f2 = font(rng.choice(SANS_B), 120)
    nm = tcase(rng, k.full, (4, 6, 0))
    while f2.getlength(nm) > bw - 100:
        f2 = font("cond_b", f2.size - 10)
    bib.text((bw / 2, 1080), nm, f2, (20, 20, 20), kind="PERSON" if bud.take() else "SKIP", anchor="ma")
    cat = rng.choice([f"U{k.age + 1} " + rng.choice(["Girls", "Boys", "Mixed"]), k.year_label])
    bib.text((bw / 2, 1260), cat, font("sans", 90), (80, 80, 80), kind="AGE" if bud.take() else "SKIP", anchor="ma")
    if bud.take():
        bib.runs((bw / 2, 1390), [("Emergency: ", None), (k.parent_phone, "PHONE")], font("sans", 64), (60, 60, 60), anchor="ma")
    for cx, cy in [(80, 300), (bw - 80, 300), (80, bh - 80), (bw - 80, bh - 80)]:
        bib.circle(cx, cy, 22, (180, 180, 180))
    ph.place(bib, fit_quad(ctx, bw, bh, (0.6, 0.85), 12, 0.12), shadow=0.2)
    return shot(ctx, ph)


# ----------------------------------------------------------------- school signs and crests
def scene_school_sign(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    if rng.random() < 0.35:
        return crest(ctx, k, bud)
    sky = texture(rng, ctx.np, "sky", W, H)
    ph = Photo(sky)
    hor = int(H * rng.uniform(0.45, 0.65))
    ground = Flat(W, H - hor, texture(rng, ctx.np, "grass", W, H - hor))
    ph.place(ground, [[0, hor], [W, hor], [W, H], [0, H]], shadow=0)
    wall = Flat(W, int(H * 0.22), texture(rng, ctx.np, "brick", W, int(H * 0.22)))
    ph.place(wall, [[0, hor - wall.h * 0.6], [W, hor - wall.h * 0.6], [W, hor + wall.h * 0.4], [0, hor + wall.h * 0.4]], shadow=0)
    sw, sh = 2400, 1000
    col = rng.choice([(20, 60, 130), (120, 20, 40), (20, 90, 50), (40, 40, 40)])
    sign = Flat(sw, sh, col)
    sign.draw.rectangle([20, 20, sw - 20, sh - 20], outline=(240, 240, 240), width=14)
    tf = font(rng.choice(SERIF_B + SANS_B), 170)
    nm = tcase(rng, k.school, (6, 4, 0))
    while tf.getlength(nm) > sw - 160:
        tf = font(rng.choice(["cond_b", "narrow_b"]), tf.size - 12)
    sign.text((sw / 2, 120), nm, tf, (255, 255, 255), kind="SCHOOL" if bud.take() else "SKIP", anchor="ma")
    y = 120 + tf.size * 1.4
    sf = font(rng.choice(SANS), 90)
    lines = [[(k.suburb, "LOCATION")], [("Principal: ", None), (rng.choice(["Mrs ", "Mr ", "Ms ", "Dr "]) + D.Kid(rng, k.country).full, "PERSON")],
             [("Welcome back ", None), (k.year_label, "AGE"), ("!", None)],
             [("Well done ", None), (D.Kid(rng, k.country).full, "PERSON"), (" - regional champion", None)],
             [("Office ", None), (D.phone(rng, k.country), "PHONE")]]
    rng.shuffle(lines)
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if y > sh - 130 or not bud.take(nl):
            continue
        tw = sum(sf.getlength(r[0]) for r in runs)
        f = sf if tw < sw - 120 else font("cond", 70)
        sign.runs((sw / 2, y), runs, f, (235, 235, 235), anchor="ma")
        y += 120
    post = Flat(60, int(H * 0.4), (110, 110, 115))
    far = rng.random() < 0.4
    frac = (0.2, 0.32) if far else (0.55, 0.9)
    q = fit_quad(ctx, sw, sh, frac, 6, 0.25, center=(W * rng.uniform(0.3, 0.7), hor - H * (0.05 if far else 0.12)))
    for px in (q[3], q[2]):
        ph.place(post, [[px[0] - 20, px[1] - 20], [px[0] + 20, px[1] - 20], [px[0] + 20, px[1] + (hor - px[1]) + H * 0.1], [px[0] - 20, px[1] + (hor - px[1]) + H * 0.1]], shadow=0)
    ph.place(sign, q, shadow=0.3)
    return shot(ctx, ph, light=0.25, blur=(0.4, 1.2))


def crest(ctx, k, bud):
    rng = ctx.rng
    W, H = ctx.size
    base = rng.choice([(20, 30, 70), (110, 20, 30), (20, 70, 40), (60, 60, 65), (100, 20, 90)])
    ph = Photo(texture(rng, ctx.np, "fabric", W, H, base=base))
    cw, ch = 1400, 1600
    cr = Flat(cw, ch, (0, 0, 0, 0))
    gold = rng.choice([(230, 190, 80), (240, 240, 240), (200, 170, 90)])
    cr.draw.polygon([(200, 250), (1200, 250), (1200, 900), (700, 1300), (200, 900)], fill=mix(base, (255, 255, 255), 0.15), outline=gold, width=24)
    cr.star(700, 650, 220, gold)
    tf = font(rng.choice(SERIF_B + SANS_B), 110)
    nm = tcase(rng, k.school, (3, 7, 0))
    while tf.getlength(nm) > cw - 40:
        tf = font("cond_b", tf.size - 8)
    top = Flat(cw, 260, (0, 0, 0, 0))
    top.text((cw / 2, 40), nm, tf, gold, kind="SCHOOL" if bud.take() else "SKIP", anchor="ma")
    top = bend_flat(top, -70)
    cr.add_from(top, 0, 0)
    cr.text((cw / 2, 1350), rng.choice(["FLOREAT", "Strive & Achieve", "Ka Mua Ka Muri", "Excelsior", "Learn to Serve"]), font("serif_b", 80), gold, anchor="ma")
    ph.place(cr, fit_quad(ctx, cw, ch, (0.45, 0.7), 12, 0.1), shadow=0.0)
    # sewn-in name tape
    if bud.take():
        nt = Flat(1600, 240, (255, 255, 255))
        nt.text((800, 50), tcase(rng, k.full, (5, 5, 0)), font(rng.choice(["serif_b", "sans_b", "fserif_b"]), 120), (180, 20, 30) if rng.random() < 0.5 else (20, 40, 140), kind="PERSON", anchor="ma")
        W_, H_ = ctx.size
        ph.place(nt, quad_from(W_ * rng.uniform(0.3, 0.7), H_ * rng.uniform(0.78, 0.88), min(W_, H_) * 0.4, min(W_, H_) * 0.06, rng.uniform(-10, 10), (0.05, 0.05)), shadow=0.2)
    return shot(ctx, ph, blur=(0.8, 1.8))


# ----------------------------------------------------------------- house numbers + street signs
def scene_house_sign(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["brick", "wall", "brick"]), W, H))
    # house number plaque
    pw, phh = 900, 600
    plaque = Flat(pw, phh, rng.choice([(30, 30, 30), (250, 250, 245), (20, 60, 40), (180, 160, 120)]))
    pc = (240, 240, 240) if sum(plaque.img.getpixel((5, 5))[:3]) < 400 else (30, 30, 30)
    plaque.img.putalpha(rounded_mask(pw, phh, 40))
    nf = font(rng.choice(SERIF_B + SANS_B), 380 if len(k.street_no) < 4 else 260)
    plaque.text((pw / 2, phh / 2), k.street_no, nf, pc, kind="ADDRESS" if bud.take() else "SKIP", anchor="mm")
    ph.place(plaque, fit_quad(ctx, pw, phh, (0.18, 0.3), 8, 0.15, center=(W * rng.uniform(0.2, 0.4), H * rng.uniform(0.3, 0.6))), shadow=0.4)
    # street sign
    sw, sh = 2600, 700
    style = rng.choice(["uk", "green", "blue"])
    sc = {"uk": ((255, 255, 255), (20, 20, 20)), "green": ((20, 110, 60), (255, 255, 255)), "blue": ((20, 60, 140), (255, 255, 255))}[style]
    sign = Flat(sw, sh, sc[0])
    sign.draw.rectangle([25, 25, sw - 25, sh - 25], outline=sc[1], width=18)
    sf = font(rng.choice(["sans_b", "lib_b", "free_b", "cond_b"]), 300)
    st = tcase(rng, k.street, (3, 7, 0))
    while sf.getlength(st) > sw - 160:
        sf = font("cond_b", sf.size - 20)
    sign.text((sw / 2, 60), st, sf, sc[1], kind="LOCATION" if bud.take() else "SKIP", anchor="ma")
    sub = k.suburb + ("  " + k.postcode.split()[0] if k.country == "UK" else "")
    sign.text((sw / 2, 60 + sf.size * 1.25), sub, font("sans", 130), sc[1], kind="LOCATION" if bud.take() else "SKIP", anchor="ma")
    ph.place(sign, fit_quad(ctx, sw, sh, (0.45, 0.6), 8, 0.15, center=(W * rng.uniform(0.55, 0.7), H * rng.uniform(0.2, 0.35))), shadow=0.4)
    # letterbox with family name
    if bud.n - bud.c >= 1:
        bw, bh = 1100, 500
        box = Flat(bw, bh, rng.choice([(40, 40, 45), (150, 20, 20), (230, 230, 225)]))
        bc = (230, 230, 230) if sum(box.img.getpixel((5, 5))[:3]) < 400 else (30, 30, 30)
        box.draw.rectangle([100, 60, bw - 100, 140], fill=mix(bc, (128, 128, 128), 0.6))
        t = rng.choice([f"The {k.last} Family", f"{k.last}", f"{k.parent_first} & {k.first} {k.last}"])
        bf = font(rng.choice(HAND + SERIF_B), 110)
        while bf.getlength(t) > bw - 60:
            bf = font("cond", bf.size - 10)
        if t.startswith("The "):
            box.runs((bw / 2, 230), [("The ", None), (k.last, "PERSON"), (" Family", None)], bf, bc, anchor="ma")
            bud.take()
        elif "&" in t and bud.n - bud.c >= 2:
            box.runs((bw / 2, 230), [(k.parent_first, "PERSON"), (" & ", None), (f"{k.first} {k.last}", "PERSON")], bf, bc, anchor="ma")
            bud.take(2)
        else:
            box.text((bw / 2, 230), k.last, bf, bc, kind="PERSON", anchor="ma")
            bud.take()
        ph.place(box, fit_quad(ctx, bw, bh, (0.25, 0.35), 6, 0.15, center=(W * rng.uniform(0.35, 0.65), H * 0.78)), shadow=0.45)
    return shot(ctx, ph, light=0.35)


# ----------------------------------------------------------------- birthday banners and cakes
def party_sign(ctx, k, bud, ph, where):
    """A small printed/handwritten card at the party: welcome text, pick-up details, parent's phone."""
    rng = ctx.rng
    W, H = ctx.size
    if bud.n - bud.c < 1:
        return
    cw_, ch_ = 1400, 1000
    card = Flat(cw_, ch_, paper(rng, ctx.np, cw_, ch_, tone=rng.choice([(255, 250, 235), (235, 245, 255), (255, 235, 245)])))
    hf = font(rng.choice(HAND + SANS_B), 80)
    lines = [[("Welcome to ", None), (k.first, "PERSON"), ("'s party!", None)],
             [("Pick-up 5pm from ", None), (k.venue, "LOCATION")],
             [("Any problems call ", None), (k.parent_phone, "PHONE")],
             [("Party bags from ", None), (k.parent_first, "PERSON")],
             [("", None), (k.street_addr(), "ADDRESS"), (" - park on the street", None)]]
    rng.shuffle(lines)
    y = 70
    ink = rng.choice(INK + [(200, 30, 90)])
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if y > ch_ - 150 or not bud.take(nl):
            continue
        _, hh, _ = card.paragraph((70, y), runs, hf, ink, cw_ - 140, int(hf.size * 1.25))
        y += hh + 30
    if not card.leaks:
        return
    cx, cy = (W * 0.8, H * 0.8) if where == "br" else (W * 0.18, H * 0.82)
    s_ = min(W, H) * 0.3 / ch_
    ph.place(card, quad_from(cx, cy, cw_ * s_, ch_ * s_, rng.uniform(-12, 12), (rng.uniform(-0.1, 0.1), rng.uniform(-0.1, 0.1))), shadow=0.35)


def scene_banner_cake(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    ordn = {1: "st", 2: "nd", 3: "rd"}.get(k.age % 10 if k.age not in (11, 12, 13) else 0, "th")
    if rng.random() < 0.5:
        # banner on a wall
        ph = Photo(texture(rng, ctx.np, "wall", W, H))
        bw, bh = 3600, 700
        ban = Flat(bw, bh, (0, 0, 0, 0))
        cols = [(230, 60, 90), (40, 140, 220), (250, 190, 40), (80, 190, 120), (160, 90, 210)]
        n_flags = 14
        fw = bw / n_flags
        for i in range(n_flags):
            ban.draw.polygon([(i * fw + 6, 0), ((i + 1) * fw - 6, 0), ((i + 0.5) * fw, bh * 0.95)], fill=cols[i % len(cols)])
        ban.draw.line([(0, 8), (bw, 8)], fill=(240, 240, 240), width=14)
        t1 = rng.choice(["HAPPY BIRTHDAY", "Happy Birthday", "HAPPY BIRTHDAY!"])
        ban.text((bw / 2, 60), t1, font(rng.choice(SANS_B + ["fserif_bi"]), 250), (255, 255, 255), anchor="ma", stroke=8, stroke_fill=(40, 40, 40))
        ban = bend_flat(ban, rng.uniform(120, 260))
        ph.place(ban, fit_quad(ctx, ban.w, ban.h, (0.9, 1.05), 6, 0.12, center=(W / 2, H * 0.28)), shadow=0.25)
        # name + age letters below (separate garland)
        nm = Flat(3000, 500, (0, 0, 0, 0))
        f = font(rng.choice(SANS_B + SERIF_B + ["fserif_bi", "lib_bi"]), 320)
        name = tcase(rng, k.first, (3, 7, 0))
        runs = []
        if bud.take():
            runs.append((name, "PERSON"))
        if bud.take():
            runs += [(" is ", None), (str(k.age), "AGE")] if runs else [(str(k.age) + ordn, "AGE")]
        if not runs:
            runs = [("PARTY TIME", None)]
        while sum(f.getlength(r[0]) for r in runs) > 2900:
            f = font("cond_b", f.size - 20)
        nm.runs((1500, 40), runs, f, rng.choice(cols), anchor="ma")
        nm = bend_flat(nm, rng.uniform(60, 160))
        ph.place(nm, fit_quad(ctx, nm.w, nm.h, (0.6, 0.85), 6, 0.1, center=(W / 2, H * 0.62)), shadow=0.2)
        # balloons (left half, away from the card)
        for _ in range(rng.randint(3, 6)):
            x, y = rng.uniform(0, W * 0.45), rng.uniform(H * 0.8, H)
            r = min(W, H) * rng.uniform(0.05, 0.08)
            ImageDraw.Draw(ph.img).ellipse([x - r, y - r * 1.2, x + r, y + r * 1.2], fill=rng.choice(cols))
        party_sign(ctx, k, bud, ph, "br")
        return shot(ctx, ph)
    # cake seen from above
    ph = Photo(texture(rng, ctx.np, rng.choice(["table", "wood"]), W, H))
    cw = 2600
    cake = Flat(cw, cw, (0, 0, 0, 0))
    icing = rng.choice([(255, 250, 245), (255, 210, 225), (220, 240, 255), (120, 80, 50), (250, 240, 200)])
    cake.draw.ellipse([0, 0, cw, cw], fill=(240, 240, 240))
    cake.draw.ellipse([100, 100, cw - 100, cw - 100], fill=icing)
    for i in range(36):
        a = i / 36 * 2 * math.pi
        cx, cy = cw / 2 + math.cos(a) * (cw / 2 - 170), cw / 2 + math.sin(a) * (cw / 2 - 170)
        cake.circle(cx, cy, 45, rng.choice([(230, 60, 90), (40, 140, 220), (250, 190, 40), (255, 255, 255)]))
    pipe = rng.choice([(200, 30, 90), (40, 90, 200), (60, 150, 60), (120, 60, 30), (255, 255, 255)])
    if pipe == icing:
        pipe = (200, 30, 90)
    hf = font(rng.choice(HAND + ["fserif_bi", "lib_bi"]), 220)
    cake.text((cw / 2, 600), "Happy", hf, pipe, anchor="ma")
    r2 = []
    if bud.take():
        r2.append((f"{k.age}{ordn}", "AGE"))
        r2.append((" Birthday", None))
    else:
        r2.append(("Birthday", None))
    cake.runs((cw / 2, 900), r2, hf, pipe, anchor="ma")
    if bud.take():
        nf = font(rng.choice(HAND + ["fserif_bi"]), 300)
        nm = tcase(rng, k.first, (7, 2, 1))
        cake.text((cw / 2, 1250), nm, nf, pipe, kind="PERSON", anchor="ma")
    if bud.take():
        cake.text((cw / 2, 1700), rng.choice(["love from ", "xx "]) + "", font("fserif_i", 120), pipe, anchor="ma")
        fr = D.Kid(rng, k.country)
        cake.text((cw / 2, 1850), fr.first, font(rng.choice(HAND), 150), pipe, kind="PERSON", anchor="ma")
    # candles
    for i in range(min(k.age, 10)):
        a = i / max(1, min(k.age, 10)) * 2 * math.pi
        cx, cy = cw / 2 + math.cos(a) * (cw / 2 - 380), cw / 2 + math.sin(a) * (cw / 2 - 380)
        cake.draw.rectangle([cx - 22, cy - 22, cx + 22, cy + 22], fill=rng.choice([(250, 120, 160), (120, 180, 250), (250, 220, 100)]))
        cake.circle(cx, cy, 10, (250, 160, 30))
    if bud.n - bud.c >= 1:
        W_, H_ = ctx.size
        ph.place(cake, fit_quad(ctx, cw, cw, (0.6, 0.72), 15, 0.2, center=(W_ * 0.42, H_ * 0.42) if W_ > H_ else (W_ * 0.5, H_ * 0.38)), shadow=0.4)
        party_sign(ctx, k, bud, ph, "br")
    else:
        ph.place(cake, fit_quad(ctx, cw, cw, (0.75, 0.95), 15, 0.25), shadow=0.4)
    return shot(ctx, ph)


# ----------------------------------------------------------------- trophies, medals, plaques
def scene_trophy(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wall", "wood", "table"]), W, H))
    metal = rng.choice([((250, 225, 140), (170, 130, 40)), ((235, 235, 240), (140, 140, 150)), ((230, 170, 120), (150, 90, 50))])
    # trophy cup body
    tw, th = 1400, 1500
    cup = grad_flat(tw, th, metal[0], metal[1], vertical=False)
    m = Image.new("L", (tw, th), 0)
    ImageDraw.Draw(m).polygon([(100, 0), (1300, 0), (1100, 800), (800, 1000), (800, 1300), (1100, 1500), (300, 1500), (600, 1300), (600, 1000), (300, 800)], fill=255)
    cup.img.putalpha(m)
    W_, H_ = ctx.size
    cq = fit_quad(ctx, tw, th, (0.45, 0.55), 4, 0.05, center=(W_ / 2, H_ * 0.36))
    ph.place(cup, cq, shadow=0.3)
    # plaque on the base, engraved (low contrast)
    pw, phh = 2000, 900
    pl = grad_flat(pw, phh, metal[0], metal[1], vertical=False)
    pl.img.putalpha(rounded_mask(pw, phh, 30))
    eng = mix(metal[1], (0, 0, 0), rng.uniform(0.2, 0.55))
    ef = font(rng.choice(SERIF_B + ["fserif_bi", "lserif_i", "sans_b"]), 120)
    y = 60
    lines = [[(k.org, "ORG")], [(rng.choice(["Player of the Year", "Most Improved", "Best Sportsmanship", "Golden Boot"]) + " ", None), (f"U{k.age + 1}", "AGE")],
             [(tcase(rng, k.full, (5, 5, 0)), "PERSON")], [(k.suburb, "LOCATION"), (" 2026", None)]]
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if not bud.take(nl):
            runs = [(r[0], None) for r in runs] if nl == 0 else None
            if runs is None:
                continue
        f = ef
        while sum(f.getlength(r[0]) for r in runs) > pw - 100:
            f = font("cond_b", f.size - 8)
        pl.runs((pw / 2, y), runs, f, eng, anchor="ma")
        y += 190
    base = Flat(2300, 1100, rng.choice([(60, 35, 20), (20, 20, 20), (90, 60, 35)]))
    bq = quad_from(W_ / 2, H_ * 0.72, min(W_, H_) * 0.62, min(W_, H_) * 0.3, rng.uniform(-3, 3), (0, rng.uniform(-0.05, 0.05)))
    ph.place(base, bq, shadow=0.4)
    c = bq.mean(0)
    ph.place(pl, quad_from(c[0], c[1], min(W_, H_) * 0.5, min(W_, H_) * 0.225, rng.uniform(-3, 3), (0, rng.uniform(-0.05, 0.05))), shadow=0.0)
    return shot(ctx, ph, light=0.45)


# ----------------------------------------------------------------- whiteboard / wall calendar with family plans
def scene_whiteboard(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    sib = D.Kid(rng, k.country)
    sib.last = k.last
    fr = D.friends_for(rng, k, 2)
    bud = Budget(ctx.n)
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, "wall", W, H))
    cal = rng.random() < 0.4
    bw, bh = (2400, 1700) if not cal else (1800, 2400)
    if cal:
        fl = Flat(bw, bh, paper(rng, ctx.np, bw, bh))
        fl.draw.rectangle([0, 0, bw, 700], fill=rng.choice([(90, 140, 180), (180, 120, 90), (110, 160, 110)]))
        fl.text((bw / 2, 740), "DECEMBER 2026", font("sans_b", 90), (40, 40, 40), anchor="ma")
        gx, gy, cw, ch = 40, 880, (bw - 80) / 7, (bh - 920) / 5
        for i, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
            fl.text((gx + i * cw + cw / 2, 840), d, font("sans", 40), (90, 90, 90), anchor="ma")
        for r in range(5):
            for c in range(7):
                x0, y0 = gx + c * cw, gy + r * ch
                fl.draw.rectangle([x0, y0, x0 + cw, y0 + ch], outline=(170, 170, 170), width=3)
                day = r * 7 + c - 1
                if 1 <= day <= 31:
                    fl.text((x0 + 10, y0 + 8), str(day), font("sans", 34), (80, 80, 80))
        cells = [(r, c) for r in range(5) for c in range(7) if 1 <= r * 7 + c - 1 <= 31]
        rng.shuffle(cells)
        hf = font(rng.choice(HAND), 40)
        entries = entry_pool(rng, k, sib, fr)
        for (r, c), runs in zip(cells, entries):
            nl = sum(1 for x in runs if x[1])
            if any(x[1] and hf.getlength(x[0]) > cw - 16 for x in runs) or not bud.take(nl):
                continue
            x0, y0 = gx + c * cw, gy + r * ch
            fl.paragraph((x0 + 8, y0 + 50), runs, hf, rng.choice(INK + [(200, 30, 30)]), cw - 16, 44)
        q = fit_quad(ctx, bw, bh, (0.75, 0.92), 8, 0.12)
    else:
        fl = Flat(bw, bh, (248, 248, 246))
        fl.draw.rectangle([0, 0, bw - 1, bh - 1], outline=(170, 170, 175), width=40)
        for _ in range(8):  # ghost marks
            x, y = rng.uniform(100, bw - 300), rng.uniform(100, bh - 100)
            fl.draw.line([(x, y), (x + rng.uniform(100, 300), y + rng.uniform(-20, 20))], fill=(230, 230, 232), width=12)
        hf = font(rng.choice(HAND), rng.choice([68, 74, 80]))
        fl.text((100, 80), rng.choice(["THIS WEEK", "Family plans", "Week of 7 Dec", "TO DO"]), font(rng.choice(HAND), 100), (30, 30, 30))
        y = 230
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        entries = entry_pool(rng, k, sib, fr)
        di = 0
        for runs in entries:
            nl = sum(1 for x in runs if x[1])
            if y > bh - 150:
                break
            if not bud.take(nl):
                if nl == 0:
                    pass
                else:
                    continue
            col = rng.choice([(30, 30, 30), (30, 60, 180), (200, 30, 30), (20, 130, 60)])
            _, hh, _ = fl.paragraph((100, y), [(days[di % 7] + " - ", None, None)] + list(runs), hf, col, bw - 220, int(hf.size * 1.2))
            di += 1
            y += hh + 20
        q = fit_quad(ctx, bw, bh, (0.8, 0.95), 8, 0.15)
    ph.place(fl, q, shadow=0.35)
    return shot(ctx, ph, light=0.45)


def entry_pool(rng, k, sib, fr):
    e = [[(k.first, "PERSON"), (" swimming @ ", None), (k.venue, "LOCATION")],
         [(sib.first, "PERSON"), (" - ", None), (k.org, "ORG"), (" 6pm", None)],
         [(fr[0].first, "PERSON"), ("'s party ", None), (fr[0].street_addr(), "ADDRESS")],
         [("Nana ", None), (k.parent_phone, "PHONE")],
         [("pick up ", None), (k.first, "PERSON"), (" from ", None), (k.school, "SCHOOL")],
         [("dentist 3:30", None)], [("bins out!", None)], [("PE kit", None)],
         [("sleepover at ", None), (fr[1].full, "PERSON"), ("'s", None)],
         [("parents evening ", None), (k.year_label, "AGE")]]
    rng.shuffle(e)
    return e


# ----------------------------------------------------------------- fridge notes
def scene_fridge_note(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    wifi = rng.random() < 0.5 and bud.reserve(1)
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, "steel", W, H, base=rng.choice([(235, 235, 232), (205, 208, 210)])))
    nw, nh = 1500, 1900
    note = Flat(nw, nh, paper(rng, ctx.np, nw, nh, tone=rng.choice([(255, 250, 180), (255, 255, 255), (220, 245, 255)]), lined=rng.random() < 0.5))
    hf = font(rng.choice(HAND), rng.choice([70, 78, 86]))
    ink = rng.choice(INK)
    head = rng.choice([f"{k.first} -", "IMPORTANT", "Emergency numbers", "For the babysitter"])
    if head.startswith(k.first) and not bud.take():
        head = "IMPORTANT"
    if head.startswith(k.first):
        note.runs((100, 80), [(k.first, "PERSON"), (" -", None)], font(rng.choice(HAND), 95), ink)
    else:
        note.text((100, 80), head, font(rng.choice(HAND), 95), ink)
    y = 260
    sitter = D.Kid(rng, k.country)
    lines = [[("Mum ", None), (k.parent_phone, "PHONE")], [("Babysitter ", None), (sitter.first, "PERSON"), (" ", None), (sitter.phone, "PHONE")],
             [("School pickup 3:15 ", None), (k.school, "SCHOOL")], [("Our address: ", None), (k.address("short"), "ADDRESS")],
             [("", None), (k.first, "PERSON"), (" has ", None), (k.org, "ORG"), (" Thurs", None)], [("Feed the cat!", None)]]
    rng.shuffle(lines)
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if y > nh - 200 or not bud.take(nl):
            continue
        _, hh, _ = note.paragraph((100, y), runs, hf, ink, nw - 200, int(hf.size * 1.3))
        y += hh + 30
    side = rng.choice([0, 1])
    q = fit_quad(ctx, nw, nh, (0.55, 0.8) if not wifi else (0.5, 0.62), 12, 0.12,
                 center=None if not wifi else (W * (0.36 if side else 0.64), H / 2))
    ph.place(note, q, shadow=0.25)
    d = ImageDraw.Draw(ph.img)
    for c in (q[1] * 0.97 + q[0] * 0.03, q[3] * 0.97 + q[2] * 0.03):
        r = min(W, H) * 0.03
        d.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], fill=rng.choice([(220, 40, 40), (40, 120, 220), (250, 190, 40)]))
    if wifi:
        bud.release(1)
        bud.take()
        ssid = rng.choice([f"{k.last.replace(' ', '').replace(chr(39), '')}_Family", f"The{k.last.replace(' ', '').replace(chr(39), '')}s",
                           f"{k.last.replace(' ', '').replace(chr(39), '')}-Home-5G"])
        pw_ = rng.choice(["sunflower22", "Biscuit2019", "purple-tiger", "letmein123"])
        pl = f"WIFI:T:WPA;S:{ssid};P:{pw_};;"
        card = Flat(900, 1150, (255, 255, 255))
        card.text((450, 40), "Guest WiFi", font("sans_b", 80), (30, 30, 30), anchor="ma")
        card.qr(pl, 450 - 37 * 10 / 2 - 20, 180, 10, leaks=[("PERSON", ssid)], border=2)
        W_, H_ = ctx.size
        cq = quad_from(W_ * (0.84 if side else 0.16), H_ * rng.uniform(0.4, 0.6), min(W_, H_) * 0.26, min(W_, H_) * 0.26 * 1150 / 900, rng.uniform(-8, 8), (0.05, 0.05))
        ph.place(card, cq, shadow=0.25)
    return shot(ctx, ph, light=0.3)
