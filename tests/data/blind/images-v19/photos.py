"""Photographed objects: banners, cakes, parcels, signs, labels, cards, posters, boards."""
import math
from PIL import ImageDraw
from common import (Layer, Photo, background, outdoor, lighting, degrade, quad_for, qr_size, wrap_segments,
                    REGULAR, BOLD, HAND, MONO)
from qrpay import leaky_payload

PHOTO_SIZES = [(3000, 2000), (2000, 3000), (3264, 2448), (2448, 3264), (3600, 2400), (2400, 3600), (4000, 3000), (3024, 4032)]
PAPER = [(252, 250, 242), (255, 255, 255), (250, 246, 230), (245, 245, 250)]
INK = [(20, 20, 30), (15, 30, 90), (90, 20, 20), (20, 60, 30), (40, 40, 40)]
BRIGHT = [(230, 57, 70), (42, 157, 143), (233, 196, 106), (38, 70, 83), (244, 162, 97), (106, 76, 147), (29, 53, 87), (214, 40, 130)]


def photo_size(r, landscape=None):
    if landscape is None:
        return r.choice(PHOTO_SIZES)
    return r.choice([s for s in PHOTO_SIZES if (s[0] > s[1]) == landscape])


def finish(ctx, ph, blur=(0.0, 1.6), noise=(2, 9), low_contrast=0.2):
    r, nr = ctx.rnd, ctx.nrng
    im = lighting(nr, ph.im, r.uniform(0.15, 0.55))
    b = r.uniform(*blur)
    if ctx.qr:
        b = min(b, 0.9)
    con = r.uniform(0.6, 0.85) if r.random() < low_contrast else 1.0
    ph.im = degrade(nr, im, blur=b, noise=r.uniform(*noise), contrast=con, warm=r.uniform(-8, 12))
    return ph


def place_obj(ctx, ph, L, frac=(0.55, 0.8), rot=8, persp=0.18, tilt=0.15, curve=None, shadow=True, center=None):
    """Scale layer into the photo at a random pose; keeps it inside the frame."""
    r = ctx.rnd
    W, H = ph.w, ph.h
    f = r.uniform(*frac)
    sc = min(W * f / L.w, H * f / L.h)
    w, h = L.w * sc, L.h * sc
    if curve is not None:
        h += abs(curve[1]) * sc
    ang = r.uniform(-rot, rot)
    for _ in range(30):
        cx = center[0] if center else r.uniform(w / 2 + W * 0.04, W - w / 2 - W * 0.04) if W - w > W * 0.08 else W / 2
        cy = center[1] if center else r.uniform(h / 2 + H * 0.04, H - h / 2 - H * 0.04) if H - h > H * 0.08 else H / 2
        q = quad_for(r, cx, cy, L.w * sc, L.h * sc, ang, r.uniform(-persp, persp), r.uniform(-tilt, tilt))
        xs = [p[0] for p in q]; ys = [p[1] for p in q]
        bm = (abs(curve[1]) * sc * 1.3 if curve else 0) + 6
        if min(xs) > bm and min(ys) > bm and max(xs) < W - bm and max(ys) < H - bm:
            break
        ang *= 0.7
        sc *= 0.93
    return ph.place(L, q, curve=((curve[0] or 0.0), curve[1]) if curve else None, shadow=shadow)


def hand(r):
    return r.choice(HAND + ["free_sans", "lib_narrow"])


def _card(L, r, box, fill, rad=None):
    L.rrect(box, rad if rad is not None else (box[2] - box[0]) * 0.03, fill=fill)


def centered(L, y, segs, fk, size, col, maxw=None):
    if maxw:
        tot = sum(L.text_width(s, fk, size) for s, _ in segs)
        while tot > maxw and size > 10:
            size *= 0.92
            tot = sum(L.text_width(s, fk, size) for s, _ in segs)
    w = sum(L.text_width(s, fk, size) for s, _ in segs)
    L.segs(L.w / 2 - w / 2, y, segs, fk, size, col)
    return size


# ---------------------------------------------------------------------------

def birthday_banner(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=r.random() < 0.8)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wall", "tiles", "brick"])))
    age = r.randrange(4, 13)
    first = g.first()
    L = Layer(2400, 420, (0, 0, 0, 0))
    col = r.choice(BRIGHT)
    L.d.polygon([(0, 0), (2400, 0), (2400, 420), (0, 420)], fill=col + (255,))
    for i in range(0, 2400, 120):
        L.d.polygon([(i, 380), (i + 60, 420), (i + 120, 380)], fill=r.choice(BRIGHT) + (255,))
    fk = r.choice(BOLD)
    from data import ordinal
    agestr = ordinal(age).upper() if r.random() < 0.5 else ordinal(age)
    segs = r.choice([[("HAPPY ", None), (agestr, "AGE"), (" BIRTHDAY ", None), (first.upper(), "PERSON"), ("!", None)],
                     [("Happy Birthday ", None), (first, "PERSON"), ("! You're ", None), (str(age), "AGE")],
                     [("", None), (first.upper(), "PERSON"), (" IS ", None), (str(age), "AGE"), ("!", None)]])
    centered(L, 260, segs, fk, 170, (255, 255, 255), maxw=2250)
    place_obj(ctx, ph, L, frac=(0.75, 0.92), rot=4, persp=0.1, tilt=0.05, curve=(None, -r.uniform(40, 140)))
    if r.random() < 0.6:
        L2 = Layer(1400, 380, r.choice(PAPER))
        s2 = [[("Welcome to ", None), (first, "PERSON"), ("'s party!", None)],
              [("The ", None), (g.last(), "PERSON"), (" family welcomes you", None)],
              [("Party at ", None), (g.street_line(), "ADDRESS")]][r.randrange(3)]
        centered(L2, 220, s2, hand(r), 110, r.choice(INK), maxw=1300)
        place_obj(ctx, ph, L2, frac=(0.3, 0.4), rot=6, persp=0.1, tilt=0.05,
                  center=(r.uniform(W * 0.3, W * 0.7), H * 0.8))
    return finish(ctx, ph)


def cake(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["table", "wood", "desk"])))
    icing = r.choice([(255, 240, 245), (255, 255, 250), (250, 230, 200), (210, 240, 255), (120, 70, 40)])
    ink = (255, 255, 255) if sum(icing) < 400 else r.choice([(220, 40, 120), (40, 90, 200), (30, 140, 70), (120, 40, 160)])
    L = Layer(2000, 1300, (0, 0, 0, 0))
    L.d.ellipse([0, 0, 2000, 1300], fill=icing + (255,))
    for a in range(0, 360, 15):
        x = 1000 + 960 * math.cos(math.radians(a)); y = 650 + 620 * math.sin(math.radians(a))
        L.d.ellipse([x - 40, y - 40, x + 40, y + 40], fill=r.choice(BRIGHT) + (255,))
    fk = r.choice(HAND + BOLD)
    first = g.first()
    age = r.randrange(3, 13)
    centered(L, 470, [("Happy Birthday", None)], fk, 150, ink, maxw=1500)
    centered(L, 720, [(first, "PERSON")], fk, 210, ink, maxw=1500)
    centered(L, 1010, r.choice([[("", None), (f"{age} today!", "AGE")], [("Age ", None), (str(age), "AGE")], [("", None), (str(age), "AGE")]]), fk, 190, ink)
    place_obj(ctx, ph, L, frac=(0.6, 0.82), rot=10, persp=0.05, tilt=0.3, curve=(None, r.uniform(-40, 60)))
    return finish(ctx, ph)


def _address_block(L, g, r, x, y, size, fk, ink, with_phone=False, name=None):
    name = name or g.name()
    lines = [[(name, "PERSON")], [(g.street_line(), "ADDRESS")], [(g.town_line(), "ADDRESS")]]
    if with_phone:
        lines.append([("Tel: ", None), (g.phone(), "PHONE")])
    for ln in lines:
        L.segs(x, y, ln, fk, size, ink)
        y += size * 1.3
    return y


def parcel(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["carpet", "wood", "tiles"])))
    box = Layer(2600, 1900, (185, 145, 95))
    box.rect([0, 860, 2600, 1040], fill=(200, 175, 130))
    lab = Layer(1500, 1000, (255, 255, 255))
    fk = r.choice(["lib_sans", "sans", "free_sans", "lib_narrow", "mono"])
    lab.rect([0, 0, 1500, 110], fill=(20, 20, 20))
    lab.text((40, 80), r.choice(["PRIORITY", "EXPRESS 24", "TRACKED", "STANDARD"]), "sans_b", 70, (255, 255, 255))
    lab.text((40, 190), "SHIP TO:", "sans_b", 46, (0, 0, 0))
    y = _address_block(lab, g, r, 40, 270, 66, fk, (0, 0, 0), with_phone=r.random() < 0.7)
    for i in range(60):
        x = 40 + i * 22
        lab.rect([x, 860, x + r.choice([5, 9, 13]), 970], fill=(0, 0, 0))
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = 9
        lab.qr(1500 - qr_size(pay, m) - 10, 120, pay, m, lk)
    box.im.paste(lab.im, (500, 420))
    for lk in lab.leaks:
        b = lk["box"]
        box.leaks.append({"kind": lk["kind"], "text": lk["text"], "box": (b[0] + 500, b[1] + 420, b[2] + 500, b[3] + 420),
                          "pts": lk["pts"] + [500, 420]})
    for q in lab.qrs:
        b = q["box"]
        box.qrs.append({"payload": q["payload"], "box": (b[0] + 500, b[1] + 420, b[2] + 500, b[3] + 420), "leaks": q["leaks"]})
    place_obj(ctx, ph, box, frac=(0.7, 0.88), rot=15, persp=0.12 if not ctx.qr else 0.06, tilt=0.12)
    return finish(ctx, ph)


def envelope(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=r.random() < 0.7)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wood", "desk", "table"])))
    L = Layer(2200, 1200, r.choice([(250, 248, 240), (235, 222, 190), (255, 255, 255), (225, 235, 250)]))
    L.rect([1900, 60, 2120, 320], fill=r.choice(BRIGHT))
    L.rect([1920, 80, 2100, 300], outline=(255, 255, 255), width=6)
    fk = hand(r)
    ink = r.choice(INK)
    first, last = g.first(), g.last()
    nm = r.choice([f"{first} {last}", f"Miss {first} {last}", f"Master {first} {last}", f"{first} {last} ({g.year()})"])
    y = 560
    if "(" in nm:
        a, b = nm.split(" (")
        L.segs(600, y, [(a, "PERSON"), (" (", None), (b[:-1], "AGE"), (")", None)], fk, 90, ink)
    else:
        L.segs(600, y, [(nm, "PERSON")], fk, 90, ink)
    y += 120
    L.segs(600, y, [(g.street_line(), "ADDRESS")], fk, 90, ink); y += 120
    L.segs(600, y, [(g.town_line(), "ADDRESS")], fk, 90, ink); y += 120
    if r.random() < 0.4:
        L.segs(600, y, [("c/o ", None), (g.school(), "SCHOOL")], fk, 80, ink)
    place_obj(ctx, ph, L, frac=(0.7, 0.9), rot=12, persp=0.12, tilt=0.12)
    return finish(ctx, ph)


def school_sign(ctx, far=False):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=r.random() < 0.75)
    ph = Photo(W, H, outdoor(ctx.nrng, W, H, r.uniform(0.45, 0.6)))
    bg = r.choice([(20, 60, 120), (10, 90, 50), (120, 20, 40), (240, 240, 235), (60, 40, 90)])
    fg = (255, 255, 255) if sum(bg) < 400 else (20, 40, 90)
    L = Layer(2400, 1200 if not far else 700, bg)
    L.rect([20, 20, L.w - 20, L.h - 20], outline=fg, width=12)
    fk = r.choice(BOLD)
    sch = g.school()
    if far:
        centered(L, 330, [(sch, "SCHOOL")], fk, 210, fg, maxw=2200)
        if r.random() < 0.6:
            centered(L, 560, [("", None), (g.town()[0], "LOCATION")], r.choice(REGULAR), 130, fg, maxw=2000)
        else:
            centered(L, 560, [("Welcome - Haere mai - Fáilte", None)], r.choice(REGULAR), 110, fg, maxw=2000)
    else:
        centered(L, 300, [(sch, "SCHOOL")], fk, 220, fg, maxw=2250)
        fr = r.choice(REGULAR)
        y = 520
        if r.random() < 0.7:
            centered(L, y, [(r.choice(["Principal: ", "Headteacher: ", "Head: "]), None),
                            (r.choice(["Mrs ", "Mr ", "Ms ", "Dr "]) + g.name(), "PERSON")], fr, 110, fg, maxw=2200); y += 170
        centered(L, y, [(g.street_line() + ", " + g.town()[0], "ADDRESS")], fr, 110, fg, maxw=2200); y += 170
        centered(L, y, [("Office ", None), (g.phone(), "PHONE")], fr, 110, fg, maxw=2200); y += 170
        if y < 1100:
            centered(L, y, [("Enrolments open - all welcome", None)], fr, 90, fg, maxw=2200)
    # posts
    post = Layer(L.w, L.h + 900, (0, 0, 0, 0))
    post.rect([200, L.h - 10, 280, post.h], fill=(90, 90, 95))
    post.rect([L.w - 280, L.h - 10, L.w - 200, post.h], fill=(90, 90, 95))
    post.im.paste(L.im, (0, 0))
    post.leaks = L.leaks
    frac = (0.7, 0.85) if not far else (0.3, 0.38)
    place_obj(ctx, ph, post, frac=frac, rot=2, persp=0.22, tilt=0.04)
    return finish(ctx, ph, blur=(0.0, 1.0) if far else (0.0, 1.6))


def label_obj(ctx, kind):
    """lunchbox label, water bottle, bag tag."""
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wood", "table", "carpet", "tiles", "fabric"])))
    body = r.choice(BRIGHT)
    first, last = g.first(), g.last()
    fk = r.choice(BOLD + HAND)
    ink = r.choice(INK)
    if kind == "bottle":
        L = Layer(2400, 1300, body)
        L.rrect([150, 250, 2250, 1050], 60, fill=(255, 255, 255))
        centered(L, 600, [(f"{first} {last}" if r.random() < 0.5 else first, "PERSON")], fk, 230, ink, maxw=1800)
        segs = r.choice([[("", None), (g.year(), "AGE")], [("", None), (g.school(), "SCHOOL")], [("Class 4B", None)]])
        centered(L, 900, segs, r.choice(REGULAR), 130, ink, maxw=1800)
        place_obj(ctx, ph, L, frac=(0.6, 0.8), rot=5, persp=0.05, tilt=0.05, curve=(r.uniform(0.5, 0.85), r.uniform(30, 90)))
        return finish(ctx, ph)
    if kind == "lunchbox":
        L = Layer(2600, 1800, body)
        L.rrect([60, 60, 2540, 1740], 120, outline=tuple(max(0, c - 40) for c in body), width=20)
        lab = (550, 450, 2050, 1350)
        L.rrect(lab, 80, fill=(255, 255, 255))
        fk2 = r.choice(REGULAR)
        L.segs(650, 760, [(first, "PERSON")], fk, 220, ink)
        lines = [[(last, "PERSON")] if r.random() < 0.5 else [("", None), (g.year(), "AGE")],
                 [("", None), (g.school(), "SCHOOL")] if r.random() < 0.6 else [("", None), (g.phone(), "PHONE")]]
        y = 1000
        for ln in lines:
            sz = L.fit_size("".join(s for s, _ in ln), fk2, 110, 1300)
            L.segs(650, y, ln, fk2, sz, ink); y += 170
        place_obj(ctx, ph, L, frac=(0.65, 0.85), rot=20, persp=0.15, tilt=0.2)
        return finish(ctx, ph)
    # bag tag
    L = Layer(1500, 2200, (0, 0, 0, 0))
    L.rrect([0, 0, 1500, 2200], 120, fill=body + (255,))
    L.d.ellipse([650, 80, 850, 280], fill=(0, 0, 0, 0))
    L.rrect([120, 380, 1380, 2080], 60, fill=(255, 255, 255))
    fk2 = r.choice(REGULAR)
    y = 560
    L.text((180, y), "THIS BAG BELONGS TO", "sans_b", 70, (120, 120, 120)); y += 170
    nm = f"{first} {last}"
    L.text((180, y), nm, fk, L.fit_size(nm, fk, 140, 1150), ink, kind="PERSON"); y += 190
    sch = g.school()
    L.text((180, y), sch, fk2, L.fit_size(sch, fk2, 100, 1150), ink, kind="SCHOOL"); y += 150
    ph_ = g.phone()
    L.segs(180, y, [("Mum: ", None), (ph_, "PHONE")], fk2, 100, ink); y += 150
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first, last)
        m = 12
        qs = qr_size(pay, m)
        L.qr(750 - qs / 2, min(y, 2050 - qs), pay, m, lk)
    else:
        L.segs(180, y, [("", None), (g.year(), "AGE")], fk2, 100, ink)
    place_obj(ctx, ph, L, frac=(0.6, 0.8), rot=18 if not ctx.qr else 8, persp=0.12 if not ctx.qr else 0.05, tilt=0.1 if not ctx.qr else 0.04)
    return finish(ctx, ph)


def shirt(ctx, bib=False):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wood", "carpet", "grass", "wall"])))
    col = r.choice(BRIGHT)
    fg = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
    last = g.last()
    num = str(r.randrange(1, 25))
    if bib:
        L = Layer(2200, 1600, (255, 255, 255))
        L.rect([0, 0, 2200, 260], fill=col)
        centered(L, 190, [(g.club(), "ORG")], r.choice(BOLD), 130, fg, maxw=2000)
        centered(L, 900, [(str(r.randrange(100, 999)), None)], "sans_b", 600, (10, 10, 10))
        centered(L, 1180, [(g.name(), "PERSON")], r.choice(BOLD), 150, (10, 10, 10), maxw=2000)
        centered(L, 1450, r.choice([[("Girls ", None), ("U11", "AGE"), (" 2km", None)], [("", None), (g.year(), "AGE"), (" race", None)], [("Boys ", None), ("U9", "AGE")]]), r.choice(REGULAR), 130, (60, 60, 60))
        for x in (80, 2120):
            for y in (80, 1520):
                L.d.ellipse([x - 25, y - 25, x + 25, y + 25], fill=(150, 150, 150))
        place_obj(ctx, ph, L, frac=(0.6, 0.8), rot=8, persp=0.1, tilt=0.1, curve=(0.6, 40))
        return finish(ctx, ph)
    L = Layer(2400, 2600, (0, 0, 0, 0))
    poly = [(600, 0), (1000, 80), (1400, 80), (1800, 0), (2400, 450), (2100, 900), (1900, 750), (1900, 2600), (500, 2600), (500, 750), (300, 900), (0, 450)]
    L.d.polygon(poly, fill=col + (255,))
    L.d.polygon([(1000, 80), (1200, 220), (1400, 80)], fill=tuple(max(0, c - 60) for c in col) + (255,))
    fk = r.choice(BOLD)
    centered(L, 700, [(last.upper(), "PERSON")], fk, 240, fg, maxw=1300)
    centered(L, 1650, [(num, None)], "sans_b", 800, fg)
    org = g.club()
    centered(L, 2050, [(org, "ORG")], r.choice(BOLD), 100, fg, maxw=1300)
    if r.random() < 0.5:
        centered(L, 2300, [("", None), (g.workplace(), "ORG")], r.choice(REGULAR), 80, fg, maxw=1300)
    place_obj(ctx, ph, L, frac=(0.7, 0.88), rot=8, persp=0.08, tilt=0.08)
    return finish(ctx, ph)


def certificate(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wall", "wood", "fridge"])))
    L = Layer(2970, 2100, r.choice(PAPER))
    col = r.choice(BRIGHT)
    L.rect([50, 50, 2920, 2050], outline=col, width=30)
    L.rect([110, 110, 2860, 1990], outline=col, width=8)
    fs = r.choice(["serif_b", "free_serif_b", "lib_serif_b"])
    fr = r.choice(["serif_i", "free_serif_i", "lib_serif_i", "serif", "lib_serif"])
    centered(L, 420, [(r.choice(["Certificate of Achievement", "Star of the Week", "Award of Excellence", "Certificate of Merit"]), None)], fs, 190, col, maxw=2600)
    centered(L, 650, [("This certificate is proudly presented to", None)], fr, 100, (60, 60, 60))
    centered(L, 950, [(g.name(), "PERSON")], r.choice(HAND + ["serif_b"]), 230, (20, 20, 20), maxw=2500)
    centered(L, 1200, [("for outstanding effort in ", None), (r.choice(["reading", "maths", "swimming", "kindness"]), None)], fr, 100, (60, 60, 60), maxw=2500)
    centered(L, 1380, [("", None), (g.year(), "AGE"), (" - ", None), (g.school(), "SCHOOL")], fr, 100, (60, 60, 60), maxw=2500)
    L.d.line([400, 1750, 1200, 1750], fill=(40, 40, 40), width=5)
    L.d.line([1770, 1750, 2570, 1750], fill=(40, 40, 40), width=5)
    L.segs(420, 1840, [(r.choice(["Mrs ", "Mr ", "Ms "]) + g.last(), "PERSON"), (", class teacher", None)], fr, 70, (60, 60, 60))
    L.segs(1790, 1840, [("Date: ", None), (g.event_date(), None)], fr, 70, (60, 60, 60))
    place_obj(ctx, ph, L, frac=(0.75, 0.9), rot=6, persp=0.12, tilt=0.1)
    return finish(ctx, ph)


def trophy(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=False)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wall", "wood"])))
    gold = r.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    cup = Layer(1600, 2400, (0, 0, 0, 0))
    cup.d.pieslice([200, -400, 1400, 1000], 0, 180, fill=gold + (255,))
    cup.d.arc([0, 50, 420, 550], 90, 270, fill=gold + (255,), width=60)
    cup.d.arc([1180, 50, 1600, 550], 270, 90, fill=gold + (255,), width=60)
    cup.rect([700, 1000, 900, 1500], fill=gold)
    cup.rect([400, 1500, 1200, 1600], fill=gold)
    cup.rect([250, 1600, 1350, 2400], fill=(40, 30, 25))
    place_obj(ctx, ph, cup, frac=(0.85, 0.85), rot=0, persp=0.02, tilt=0.02, center=(W / 2, H / 2), shadow=True)
    pl = Layer(1600, 560, tuple(min(255, c + 25) for c in gold))
    fk = r.choice(BOLD + ["serif_b"])
    pl.text((800, 150), r.choice(["Player of the Year 2025", "Most Improved 2024", "Champion 2025", "Best Effort"]), fk, 100, (30, 30, 30), anchor="ms")
    nm = g.name()
    pl.text((800 - pl.text_width(nm, fk, pl.fit_size(nm, fk, 130, 1450)) / 2, 320), nm, fk, pl.fit_size(nm, fk, 130, 1450), (20, 20, 20), kind="PERSON")
    org = g.club()
    sz = pl.fit_size(org, fk, 90, 1450)
    pl.text((800 - pl.text_width(org, fk, sz) / 2, 470), org, fk, sz, (40, 40, 40), kind="ORG")
    # plaque on trophy base (base occupies 250..1350 x 1600..2400 of cup layer)
    sc = min(W * 0.85 / 1600, H * 0.85 / 2400)
    cx, cy = W / 2, H / 2 + (2000 - 1200) * sc
    q = quad_for(r, cx, cy, 1000 * sc, 350 * sc, r.uniform(-1, 1), 0, 0)
    ph.place(pl, q, curve=(0.45, 20), shadow=False)
    return finish(ctx, ph)


def house_number(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["brick", "wall"])))
    num = str(r.randrange(1, 199))
    p = Layer(900, 900, r.choice([(20, 20, 20), (250, 250, 245), (30, 60, 110)]))
    fg = (255, 255, 255) if sum(p.im.getpixel((5, 5))[:3]) < 300 else (20, 20, 20)
    p.text((450, 450), num, r.choice(BOLD), 560, fg, kind="ADDRESS", anchor="mm")
    place_obj(ctx, ph, p, frac=(0.25, 0.32), rot=4, persp=0.15, tilt=0.05, center=(W * r.uniform(0.25, 0.4), H * r.uniform(0.3, 0.6)))
    st = g.c(g.R["streets"])
    s = Layer(2200, 600, r.choice([(255, 255, 255), (20, 90, 50), (20, 40, 110)]))
    fg = (20, 20, 20) if s.im.getpixel((5, 5))[0] > 200 else (255, 255, 255)
    s.rect([20, 20, 2180, 580], outline=fg, width=14)
    sz = s.fit_size(st, "sans_b", 250, 2000)
    s.text((1100 - s.text_width(st, "sans_b", sz) / 2, 380), st, "sans_b", sz, fg, kind="LOCATION")
    if r.random() < 0.5:
        s.text((1100, 520), g.town()[0].upper(), "sans", 90, fg, anchor="ms")
    place_obj(ctx, ph, s, frac=(0.4, 0.5), rot=3, persp=0.15, tilt=0.05, center=(W * r.uniform(0.62, 0.72), H * r.uniform(0.25, 0.4)))
    if r.random() < 0.5:
        n = Layer(1300, 330, (230, 225, 210))
        ln = "The " + g.last() + "s"
        n.text((60, 230), ln, hand(r), n.fit_size(ln, "serif_i", 170, 1150), (40, 30, 20), kind="PERSON")
        place_obj(ctx, ph, n, frac=(0.25, 0.3), rot=3, persp=0.1, tilt=0.05, center=(W * 0.33, H * 0.82))
    return finish(ctx, ph)


def notes_board(ctx, kind):
    """noticeboard (cork with pinned notes), whiteboard, fridge note."""
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=r.random() < 0.7)
    if kind == "fridge":
        ph = Photo(W, H, background(ctx.nrng, W, H, "fridge"))
        L = Layer(1700, 2300, r.choice(PAPER + [(255, 245, 150), (255, 220, 230)]))
        fk = hand(r)
        ink = r.choice(INK)
        y = 220
        items = [[("", None), (g.first(), "PERSON"), (" - swim at ", None), (g.club(), "ORG"), (" 4pm", None)],
                 [("Pick up from ", None), (g.school(), "SCHOOL"), (" 3.15", None)],
                 [("Nana: ", None), (g.phone(), "PHONE")],
                 [("Dentist - ", None), (g.workplace(), "ORG")],
                 [("Party at ", None), (g.street_line(), "ADDRESS"), (" Sat", None)],
                 [("Buy milk, bread, apples", None)]]
        r.shuffle(items)
        L.text((120, y), r.choice(["This week:", "REMEMBER!!", "Mon - Fri", "Notes"]), fk, 120, ink); y += 200
        for it in items[:r.randrange(3, 5)]:
            for ln in wrap_segments(L, it, fk, 88, 1450):
                L.segs(120, y, ln, fk, 88, ink); y += 120
            y += 30
        if ctx.qr:
            pay, lk = leaky_payload(g, ctx.qr)
            m = 11
            qs = qr_size(pay, m)
            L.text((120, y + 40), "WiFi for guests:" if ctx.qr == "wifi" else "Our contact:", fk, 80, ink)
            L.qr(120, y + 70, pay, m, lk)
        place_obj(ctx, ph, L, frac=(0.7, 0.88), rot=5, persp=0.08 if ctx.qr else 0.15, tilt=0.05 if ctx.qr else 0.12)
        return finish(ctx, ph)
    if kind == "whiteboard":
        ph = Photo(W, H, background(ctx.nrng, W, H, "wall"))
        L = Layer(3200, 2000, (246, 248, 250))
        L.rect([0, 0, 3200, 2000], outline=(160, 160, 165), width=40)
        fk = hand(r)
        cols = [(20, 40, 160), (180, 20, 30), (20, 120, 50), (20, 20, 20)]
        y = 220
        L.segs(120, y, [("", None), (g.year(), "AGE"), (" - ", None), (g.school(), "SCHOOL")], fk, 130, cols[0]); y += 220
        L.segs(120, y, [("Birthdays this month: ", None), (g.first(), "PERSON"), (", ", None), (g.first(), "PERSON")], fk, 100, cols[1]); y += 180
        L.segs(120, y, [("Line leader: ", None), (g.name(), "PERSON")], fk, 100, cols[2]); y += 180
        L.segs(120, y, [("Trip to the museum - bring permission slip!", None)], fk, 100, cols[3]); y += 180
        if r.random() < 0.3:
            L.segs(120, y, [("Welcome ", None), (g.name(), "PERSON"), (" from ", None), (g.town()[0], "LOCATION"), ("!", None)], fk, 100, cols[0]); y += 180
        L.segs(120, y, [("Spelling: because, friend, Wednesday", None)], fk, 100, cols[3])
        place_obj(ctx, ph, L, frac=(0.82, 0.92), rot=3, persp=0.2, tilt=0.08)
        return finish(ctx, ph)
    ph = Photo(W, H, background(ctx.nrng, W, H, "wall"))
    L = Layer(3200, 2200, (0, 0, 0, 0))
    L.rect([0, 0, 3200, 2200], fill=(110, 80, 50))
    cork = background(ctx.nrng, 3040, 2040, "cork")
    L.im.paste(cork, (80, 80))
    notes = [
        ("BABYSITTING", [[("Responsible, first aid trained. Call ", None), (g.first(), "PERSON"), (" on ", None), (g.phone(), "PHONE")]]),
        ("LOST JUMPER", [[("Navy, size 9-10, name tag ", None), (g.name(), "PERSON"), (". ", None), (g.year(), "AGE")]]),
        ("FOR SALE", [[("Kids bike, barely used. ", None), (g.street_line(), "ADDRESS")]]),
        ("JOIN US!", [[("", None), (g.club(), "ORG"), (" new players welcome. Email ", None), (g.email(), "EMAIL")]]),
        ("TUTORING", [[("Maths & reading, ", None), (g.school(), "SCHOOL"), (" pupils. Text ", None), (g.phone(), "PHONE")]]),
    ]
    r.shuffle(notes)
    pos = [(200, 200), (1250, 170), (2200, 230), (230, 1180), (1300, 1150)]
    qr_done = not ctx.qr
    for (title, body), (x, y) in zip(notes[:r.randrange(3, 6)], pos):
        n = Layer(900, 900, r.choice(PAPER + [(255, 245, 150), (200, 230, 255), (255, 210, 220)]))
        fk = r.choice(REGULAR + HAND)
        n.text((450, 130), title, r.choice(BOLD), 100, (20, 20, 20), anchor="ms")
        yy = 240
        for seg in body:
            for ln in wrap_segments(n, seg, fk, 62, 800):
                n.segs(50, yy, ln, fk, 62, r.choice(INK)); yy += 84
        L.im.paste(n.im, (x, y))
        L.d.ellipse([x + 430, y + 10, x + 470, y + 50], fill=(220, 30, 30))
        for lk in n.leaks:
            b = lk["box"]
            L.leaks.append({"kind": lk["kind"], "text": lk["text"], "box": (b[0] + x, b[1] + y, b[2] + x, b[3] + y), "pts": lk["pts"] + [x, y]})
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = 11
        qs = qr_size(pay, m)
        L.rect([2300, 1150, 2300 + qs + 40, 1150 + qs + 150], fill=(255, 255, 255))
        L.text((2320, 1230), "Message me:", "sans_b", 60, (0, 0, 0))
        L.qr(2320, 1260, pay, m, lk)
    place_obj(ctx, ph, L, frac=(0.82, 0.92), rot=3, persp=0.1 if ctx.qr else 0.2, tilt=0.06)
    return finish(ctx, ph)


def card(ctx, kind):
    """school ID card or library card."""
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wood", "table", "desk", "fabric"])))
    L = Layer(2140, 1350, (255, 255, 255))
    col = r.choice(BRIGHT)
    fk, fb = r.choice(REGULAR[:5]), r.choice(BOLD[:5])
    first, last = g.first(), g.last()
    if kind == "id":
        sch = g.school()
        L.rect([0, 0, 2140, 260], fill=col)
        L.text((60, 170), sch, fb, L.fit_size(sch, fb, 110, 2000), (255, 255, 255), kind="SCHOOL")
        L.placeholder([80, 340, 560, 940])
        y = 420
        L.text((650, y), "STUDENT", fb, 60, col); y += 130
        L.text((650, y), f"{first} {last}", fb, L.fit_size(f"{first} {last}", fb, 110, 1400), (10, 10, 10), kind="PERSON"); y += 140
        L.segs(650, y, [("Year/Class: ", None), (g.year(), "AGE")], fk, 75, (30, 30, 30)); y += 110
        L.segs(650, y, [("DOB: ", None), (g.dob(), "DATE_OF_BIRTH")], fk, 75, (30, 30, 30)); y += 110
        L.segs(650, y, [("ID: %d" % r.randrange(100000, 999999), None)], fk, 75, (30, 30, 30)); y += 110
        if not ctx.qr:
            L.segs(650, y, [("Emergency: ", None), (g.phone(), "PHONE")], fk, 75, (30, 30, 30))
    else:
        lib = r.choice(["City Libraries", "Public Library Service", "County Library", "Municipal Library"])
        L.rect([0, 0, 2140, 300], fill=col)
        L.text((60, 190), lib, fb, 120, (255, 255, 255))
        y = 450
        L.text((80, y), "Junior Member", fb, 80, col); y += 150
        L.text((80, y), f"{first} {last}", fb, 120, (10, 10, 10), kind="PERSON"); y += 150
        L.segs(80, y, [("", None), (g.street_line(), "ADDRESS")], fk, 80, (30, 30, 30)); y += 120
        L.segs(80, y, [("", None), (g.town_line(), "ADDRESS")], fk, 80, (30, 30, 30)); y += 120
        if r.random() < 0.6:
            L.segs(80, y, [("DOB ", None), (g.dob(), "DATE_OF_BIRTH")], fk, 80, (30, 30, 30)); y += 120
        if r.random() < 0.5 and not ctx.qr:
            L.segs(80, y, [("Tel ", None), (g.phone(), "PHONE")], fk, 80, (30, 30, 30))
        for i in range(40):
            x = 1300 + i * 18
            L.rect([x, 1050, x + r.choice([4, 8, 11]), 1250], fill=(0, 0, 0))
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first, last)
        m = 7
        qs = qr_size(pay, m)
        L.qr(2140 - qs - 30, 1350 - qs - 30, pay, m, lk)
    place_obj(ctx, ph, L, frac=(0.6, 0.8), rot=25 if not ctx.qr else 10, persp=0.15 if not ctx.qr else 0.06, tilt=0.15 if not ctx.qr else 0.05)
    return finish(ctx, ph)


def lost_pet(ctx):
    r, g = ctx.rnd, ctx.g
    W, H = photo_size(r, landscape=False)
    ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["brick", "wall", "wood"])))
    L = Layer(2100, 2970, r.choice(PAPER + [(255, 250, 180)]))
    fb = r.choice(BOLD)
    fk = r.choice(REGULAR)
    pet = r.choice(["CAT", "DOG", "RABBIT", "TORTOISE", "PARROT"])
    L.text((1050, 300), f"LOST {pet}", fb, 300, (200, 20, 20), anchor="ms")
    L.placeholder([350, 420, 1750, 1350], col=(190, 200, 210))
    petname = r.choice(["Biscuit", "Luna", "Milo", "Pepper", "Coco", "Mango", "Ziggy"])
    L.text((1050, 1520), f'"{petname}"', fb, 150, (20, 20, 20), anchor="ms")
    y = 1700
    items = [[("Last seen near ", None), (g.town()[0], "LOCATION")],
             [("", None), (g.street_line(), "ADDRESS")],
             [("Please call ", None), (g.first(), "PERSON"), (" (", None), (g.age_phrase()[0], "AGE"), (")", None)],
             [("", None), (g.phone(), "PHONE")]]
    for it in items:
        for ln in wrap_segments(L, it, fk, 110, 1850):
            w = sum(L.text_width(s, fk, 110) for s, _ in ln)
            L.segs(1050 - w / 2, y, ln, fk, 110 if it[-1][1] != "PHONE" else 110, (20, 20, 20)); y += 150
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = 12
        qs = qr_size(pay, m)
        L.qr(1050 - qs / 2, min(y, 2950 - qs), pay, m, lk)
    else:
        L.text((1050, y + 100), "REWARD OFFERED", fb, 130, (200, 20, 20), anchor="ms")
    place_obj(ctx, ph, L, frac=(0.75, 0.88), rot=6, persp=0.12 if not ctx.qr else 0.05, tilt=0.08 if not ctx.qr else 0.04)
    return finish(ctx, ph)


PHOTO_SCENES = {
    "birthday_banner": birthday_banner, "cake": cake, "parcel": parcel, "envelope": envelope,
    "school_sign_near": lambda c: school_sign(c, False), "school_sign_far": lambda c: school_sign(c, True),
    "lunchbox_label": lambda c: label_obj(c, "lunchbox"), "bottle_label": lambda c: label_obj(c, "bottle"),
    "bag_tag": lambda c: label_obj(c, "bagtag"), "team_shirt": lambda c: shirt(c, False), "race_bib": lambda c: shirt(c, True),
    "certificate": certificate, "trophy": trophy, "house_number": house_number,
    "noticeboard": lambda c: notes_board(c, "notice"), "whiteboard": lambda c: notes_board(c, "whiteboard"),
    "fridge_note": lambda c: notes_board(c, "fridge"), "id_card": lambda c: card(c, "id"),
    "library_card": lambda c: card(c, "library"), "lost_pet_poster": lost_pet,
}
