"""Photographed celebrations and signs: birthday banners, cakes, invitations,
school signs, school buses, house numbers, door plates, mailboxes, lost-pet
posters; clean road signs, chain-shop fronts, generic banners and clocks."""
import math

from common import Panel, Result, font, bold, fit, DISPLAY_FONTS, UI_FONTS, quad_rot, quad_persp, photo_finish
from people import Kid, us_address, MONTHS, CITIES, ADULT
from photo import photo, hand, hand_rich, hand_font, ink, finish
import textures as tx

PARTY = [(230, 60, 90), (40, 150, 230), (250, 200, 40), (90, 200, 110), (170, 90, 220), (250, 130, 40)]


def balloons(P, r, n, rad):
    for _ in range(n):
        x, y = r.uniform(0, P.w), r.uniform(0, P.h * 0.5)
        c = r.choice(PARTY)
        P.ellipse([x - rad, y - rad * 1.2, x + rad, y + rad * 1.2], fill=c)
        P.line([(x, y + rad * 1.2), (x + r.uniform(-20, 20), y + rad * 4)], (200, 200, 200), max(2, rad // 30))


def birthday_banner(r, nr, size, fmt="JPEG", style="strip"):
    W, H = size
    K = Kid(r, age=r.randint(3, 12))
    bg = tx.paint(nr, W, H, r.choice([(235, 230, 220), (210, 225, 240), (240, 220, 225)]), 0.2)
    Pbg = Panel(0, 0, img=bg)
    balloons(Pbg, r, 6, int(W * 0.04))
    if style == "strip":
        bw = int(W * 0.9)
        bh = int(bw * 0.18)
        u = bw / 1000
        B = Panel(bw, bh, r.choice(PARTY))
        fn = r.choice(DISPLAY_FONTS)
        segs = [("Happy ", None), (K.ordinal_age(), "AGE"), (" Birthday ", None), (K.first + "!", None)]
        f = fit(fn, 110 * u, "".join(s[0] for s in segs), bw * 0.92)
        # record the name without "!"
        segs = [("Happy ", None), (K.ordinal_age(), "AGE"), (" Birthday ", None), (K.first, "PERSON"), ("!", None)]
        B.rich((bw / 2, bh / 2), segs, f, (255, 255, 255), anchor="mm", stroke=int(4 * u),
               stroke_fill=(40, 40, 40))
        return photo(r, nr, B, W, H, bg=Pbg.img.convert("RGB"), frac=0.95, fmt=fmt, tilt=0.0,
                     angle=r.uniform(-4, 4), cy=H * 0.45)
    # bunting: one letter per flag
    words = ["HAPPY", "BIRTHDAY", K.first.upper()]
    letters = " ".join(words)
    n = len(letters)
    bw = int(W * 0.94)
    fw = bw / n
    bh = int(fw * 1.5)
    B = Panel(bw, bh + 20, (0, 0, 0, 0))
    B.line([(0, 8), (bw, 8)], (250, 250, 250), 6)
    f = font(r.choice(DISPLAY_FONTS), int(fw * 0.62))
    name_start = n - len(K.first)
    boxes = []
    for i, ch in enumerate(letters):
        x0 = i * fw
        if ch == " ":
            continue
        B.d.polygon([(x0 + 3, 10), (x0 + fw - 3, 10), (x0 + fw / 2, bh + 10)], fill=PARTY[i % len(PARTY)])
        bb = B.text((x0 + fw / 2, bh * 0.38 + 10), ch, f, (255, 255, 255), anchor="mm")
        if i >= name_start:
            boxes.append(bb)
    B.leak("PERSON", K.first.upper(), (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                       max(b[2] for b in boxes), max(b[3] for b in boxes)))
    # age balloon numbers
    P2 = Pbg
    age_f = font("sans-b", int(H * 0.22))
    P2.text((W * 0.8, H * 0.75), str(K.age), age_f, (212, 175, 55), kind="AGE", anchor="mm", stroke=int(W * 0.004),
            stroke_fill=(150, 120, 30))
    return photo(r, nr, B, W, H, bg=P2.img.convert("RGB"), frac=0.97, fmt=fmt, tilt=0.0, angle=r.uniform(-3, 3),
                 cy=H * 0.3, shadow=False, extra=lambda P: P.leaks.extend(P2.leaks))


def cake(r, nr, size, fmt="JPEG", shape="round"):
    W, H = size
    K = Kid(r, age=r.randint(3, 12))
    d = int(min(W, H) * 0.85)
    u = d / 1000
    C = Panel(d, d, (0, 0, 0, 0))
    icing = r.choice([(255, 240, 245), (250, 250, 240), (200, 230, 255), (255, 230, 180), (90, 50, 30)])
    pipe = r.choice([(230, 60, 120), (40, 120, 220), (40, 160, 80), (150, 60, 200)])
    if icing == (90, 50, 30):
        pipe = (255, 240, 245)
    if shape == "round":
        C.ellipse([0, 0, d, d], fill=tuple(int(c * 0.85) for c in icing))
        C.ellipse([30 * u, 30 * u, d - 30 * u, d - 30 * u], fill=icing)
        for i in range(24):
            a = i / 24 * 2 * math.pi
            x, y = d / 2 + math.cos(a) * 440 * u, d / 2 + math.sin(a) * 440 * u
            C.ellipse([x - 25 * u, y - 25 * u, x + 25 * u, y + 25 * u], fill=pipe)
    else:
        C.rrect([0, 100 * u, d, d - 100 * u], 60 * u, fill=icing)
    fn = r.choice(["fserif-bi", "lserif-i", "serif-i", "lsans-bi", "fsans-b"])
    C.text((d / 2, 330 * u), "Happy Birthday", fit(fn, 100 * u, "Happy Birthday", 700 * u), pipe, anchor="mm")
    C.text((d / 2, 470 * u), K.first, fit(fn, 150 * u, K.first, 640 * u), pipe, kind="PERSON", anchor="mm")
    if r.random() < 0.5:
        C.text((d / 2, 680 * u), str(K.age), font("sans-b", 220 * u), r.choice(PARTY), kind="AGE", anchor="mm",
               stroke=int(8 * u), stroke_fill=(255, 255, 255))
    else:
        C.text((d / 2, 640 * u), K.ordinal_age() if r.random() < 0.5 else "{} today!".format(K.age),
               fit(fn, 90 * u, "10 today!", 500 * u), pipe, kind="AGE", anchor="mm")
    # candles
    for i in range(min(K.age, 10)):
        a = i / min(K.age, 10) * 2 * math.pi
        x, y = d / 2 + math.cos(a) * 380 * u, d / 2 + math.sin(a) * 380 * u
        C.ellipse([x - 14 * u, y - 14 * u, x + 14 * u, y + 14 * u], fill=r.choice(PARTY))
        C.ellipse([x - 6 * u, y - 6 * u, x + 6 * u, y + 6 * u], fill=(255, 220, 120))
    bg = tx.table(nr, W, H)
    # plate
    Pb = Panel(0, 0, img=bg)
    pr = min(W, H) * 0.48
    Pb.ellipse([W / 2 - pr, H / 2 - pr, W / 2 + pr, H / 2 + pr], fill=(245, 245, 245))
    return photo(r, nr, C, W, H, bg=Pb.img.convert("RGB"), frac=0.85, fmt=fmt, angle=r.uniform(-10, 10),
                 tilt=r.uniform(0.05, 0.2), cx=W / 2, cy=H / 2, cast=(1.06, 1.0, 0.92))


def invitation(r, nr, size, fmt="JPEG", scan=False):
    W, H = size
    K = Kid(r, age=r.randint(4, 12))
    cw = int(min(W, H) * 0.8)
    ch = int(cw * 1.4)
    u = cw / 1000
    col = r.choice(PARTY)
    C = Panel(cw, ch, (255, 253, 248))
    C.rect([0, 0, cw, 60 * u], fill=col)
    C.rect([0, ch - 60 * u, cw, ch], fill=col)
    fn = r.choice(["fserif-bi", "lserif-b", "serif-b", "fsans-b", "cond-b"])
    C.text((cw / 2, 170 * u), "You're invited!", fit(fn, 100 * u, "You're invited!", 880 * u), col, anchor="mm")
    C.text((cw / 2, 300 * u), "to", font("serif-i", 50 * u), (80, 80, 80), anchor="mm")
    segs = [(K.first, "PERSON"), ("'s ", None), (K.ordinal_age(), "AGE")]
    C.rich((cw / 2, 400 * u), segs, fit(fn, 110 * u, K.first + "'s " + K.ordinal_age(), 880 * u), (40, 40, 40),
           anchor="mm")
    C.text((cw / 2, 520 * u), "Birthday Party", font(fn, 80 * u), (40, 40, 40), anchor="mm")
    day = r.randint(1, 28)
    C.text((cw / 2, 660 * u), "Saturday {} {}, 2pm - 5pm".format(day, r.choice(MONTHS)), font("sans", 44 * u),
           (50, 50, 50), anchor="mm")
    if r.random() < 0.5:
        loc = [("at ", None), (K.street_line, "ADDRESS")]
        loc2 = [(K.town_line, "ADDRESS")]
    else:
        loc = [("at ", None), (K.place, "LOCATION")]
        loc2 = [("bouncy castle + pizza!", None)]
    C.rich((cw / 2, 760 * u), loc, fit("sans-b", 48 * u, "at " + K.place, 900 * u), (50, 50, 50), anchor="mm")
    C.rich((cw / 2, 840 * u), loc2, font("sans", 44 * u), (50, 50, 50), anchor="mm")
    C.text((cw / 2, 1000 * u), "RSVP to", font("sans", 40 * u), (90, 90, 90), anchor="mm")
    C.rich((cw / 2, 1070 * u), [(K.parent, "PERSON"), (" on ", None), (K.mobile, "PHONE")],
           font("sans-b", 46 * u), (40, 40, 40), anchor="mm")
    C.rich((cw / 2, 1150 * u), [("or ", None), (K.parent_email, "EMAIL")],
           fit("sans", 38 * u, "or " + K.parent_email, 900 * u), (60, 60, 60), anchor="mm")
    # handwritten guest name at the top
    G = Kid(r)
    hand_rich(C, (70 * u, 80 * u), [("To ", None), (G.first, "PERSON")], hand_font(r, 50 * u), ink(r),
              angle=r.uniform(-4, 4))
    if scan:
        img = C.img.convert("RGB")
        P = C
        if W != cw or H != ch:
            P = Panel(W, H, (250, 250, 250))
            P.paste(C, [((W - cw) / 2, (H - ch) / 2), ((W + cw) / 2, (H - ch) / 2), ((W + cw) / 2, (H + ch) / 2),
                        ((W - cw) / 2, (H + ch) / 2)])
        return Result(P, fmt, 90)
    return photo(r, nr, C, W, H, frac=0.88, fmt=fmt, angle=r.uniform(-10, 10))


def school_sign(r, nr, size, fmt="JPEG", variant=0):
    W, H = size
    K = Kid(r)
    bg = tx.outdoor(nr, W, H, horizon=r.uniform(0.5, 0.65), ground=r.choice([(80, 130, 60), (120, 120, 120)]))
    Pbg = Panel(0, 0, img=bg)
    sw = int(W * 0.62)
    sh = int(sw * 0.5)
    u = sw / 1000
    col = r.choice([(10, 50, 120), (120, 20, 40), (20, 90, 50), (60, 20, 90)])
    S = Panel(sw, sh, (255, 255, 255))
    S.rect([0, 0, sw, sh], outline=col, width=int(16 * u))
    S.rect([0, 0, sw, 170 * u], fill=col)
    S.text((sw / 2, 90 * u), K.school, fit("sans-b", 80 * u, K.school, sw * 0.92), (255, 255, 255), kind="SCHOOL",
           anchor="mm")
    hd = Kid(r)
    S.rich((sw / 2, 230 * u), [("Headteacher: ", None), ("Mrs ", None), (r.choice(ADULT) + " " + hd.last, "PERSON")],
           font("sans", 40 * u), (40, 40, 40), anchor="mm")
    S.rich((sw / 2, 300 * u), [(K.street, "ADDRESS"), (", ", None), (K.town, "LOCATION")],
           font("sans", 40 * u), (40, 40, 40), anchor="mm")
    if variant == 0:
        S.rich((sw / 2, 380 * u), [("Tel ", None), (K.phone if "01632" in K.phone else "01632 960" +
                                                    str(r.randint(100, 999)), "PHONE")],
               font("sans-b", 44 * u), col, anchor="mm")
    else:
        S.text((sw / 2, 380 * u), "Please drive slowly - children crossing", font("sans-b", 38 * u), col, anchor="mm")
    cx, cy = W / 2 + r.uniform(-0.1, 0.1) * W, H * 0.42
    q = quad_persp(cx, cy, sw, sh, angle=r.uniform(-2, 2), tilt_x=r.uniform(-0.15, 0.15))
    # posts
    pw = W * 0.015
    for px in (q[3][0] + sw * 0.1, q[2][0] - sw * 0.1):
        Pbg.rect([px - pw, cy, px + pw, H * 0.75], fill=(90, 90, 95))
    Pbg.paste(S, q)
    return finish(r, nr, Pbg, fmt)


def school_bus(r, nr, size, fmt="JPEG"):
    W, H = size
    K = Kid(r)
    bw = int(W * 0.85)
    bh = int(bw * 0.36)
    u = bw / 1000
    B = Panel(bw, bh, (0, 0, 0, 0))
    yel = (250, 190, 0)
    B.rrect([0, 0, bw, bh - 40 * u], 30 * u, fill=yel)
    for i in range(7):
        x = 40 * u + i * 125 * u
        B.rrect([x, 30 * u, x + 105 * u, 130 * u], 8 * u, fill=(40, 50, 60))
    B.rect([0, 140 * u, bw, 150 * u], fill=(20, 20, 20))
    B.text((bw / 2, 200 * u), K.school.upper(), fit("sans-b", 56 * u, K.school.upper(), 880 * u), (20, 20, 20),
           kind="SCHOOL", anchor="mm")
    B.text((bw / 2, 262 * u), "SCHOOL BUS  -  ROUTE {}".format(r.randint(2, 40)), font("sans-b", 32 * u), (20, 20, 20),
           anchor="mm")
    for x in (170 * u, 830 * u):
        B.ellipse([x - 60 * u, bh - 110 * u, x + 60 * u, bh + 10 * u - 1], fill=(25, 25, 25))
        B.ellipse([x - 25 * u, bh - 75 * u, x + 25 * u, bh - 25 * u], fill=(150, 150, 150))
    bg = tx.outdoor(nr, W, H, horizon=0.55, ground=(110, 110, 115))
    return photo(r, nr, B, W, H, bg=bg, frac=0.88, fmt=fmt, tilt=0, angle=r.uniform(-2, 2), cy=H * 0.55,
                 shadow=False)


def house_number(r, nr, size, fmt="JPEG", variant="plaque"):
    W, H = size
    K = Kid(r)
    bg = tx.brick(nr, W, H) if r.random() < 0.6 else tx.paint(nr, W, H, (225, 220, 205), 0.15)
    if variant == "plaque":
        pw = int(min(W, H) * 0.5)
        ph = int(pw * 0.6)
        u = pw / 1000
        P = Panel(pw, ph, (0, 0, 0, 0))
        col = r.choice([(20, 30, 60), (250, 250, 245), (30, 80, 40)])
        fg = (250, 250, 245) if col != (250, 250, 245) else (20, 20, 20)
        P.rrect([0, 0, pw, ph], 80 * u, fill=col)
        P.rrect([25 * u, 25 * u, pw - 25 * u, ph - 25 * u], 60 * u, outline=fg, width=int(8 * u))
        P.text((pw / 2, ph * 0.4), str(K.num), font(r.choice(["serif-b", "lserif-b", "fserif-b"]), 260 * u), fg,
               kind="ADDRESS", anchor="mm")
        P.text((pw / 2, ph * 0.8), K.street, fit(r.choice(["serif", "lserif"]), 70 * u, K.street, pw * 0.8), fg,
               kind="ADDRESS", anchor="mm")
        return photo(r, nr, P, W, H, bg=bg, frac=0.6, fmt=fmt, angle=r.uniform(-3, 3), tilt=r.uniform(0, 0.08))
    if variant == "doorplate":
        pw = int(min(W, H) * 0.6)
        ph = int(pw * 0.45)
        u = pw / 1000
        P = Panel(pw, ph, (200, 170, 90))
        P.rect([15 * u, 15 * u, pw - 15 * u, ph - 15 * u], outline=(120, 95, 40), width=int(6 * u))
        P.rich((pw / 2, ph * 0.35), [("The ", None), (K.last + "s", "PERSON")],
               fit("fserif-bi", 120 * u, "The " + K.last + "s", pw * 0.85), (60, 45, 15), anchor="mm")
        P.text((pw / 2, ph * 0.72), K.street_line, fit("serif", 70 * u, K.street_line, pw * 0.85), (60, 45, 15),
               kind="ADDRESS", anchor="mm")
        door = tx.wood(nr, W, H, r.choice([(60, 30, 20), (30, 50, 90), (120, 30, 30)]), horizontal=False, amount=0.2)
        return photo(r, nr, P, W, H, bg=door, frac=0.65, fmt=fmt, angle=r.uniform(-2, 2), tilt=r.uniform(0, 0.1))
    # US mailbox on a post
    l1, l2 = us_address(r)
    num = l1.split()[0]
    bw = int(W * 0.55)
    bh = int(bw * 0.55)
    u = bw / 1000
    M = Panel(bw, bh, (0, 0, 0, 0))
    col = r.choice([(30, 30, 35), (20, 60, 120), (140, 20, 30), (230, 230, 225)])
    fg = (250, 250, 250) if sum(col) < 400 else (20, 20, 20)
    M.rrect([0, 0, bw, bh], 200 * u, fill=col)
    M.rect([0, 200 * u, bw, bh], fill=col)
    M.text((bw * 0.5, bh * 0.45), num, font("sans-b", 200 * u), fg, kind="ADDRESS", anchor="mm")
    M.text((bw * 0.5, bh * 0.8), K.last.upper(), fit("sans-b", 90 * u, K.last.upper(), bw * 0.8), fg,
           kind="PERSON", anchor="mm")
    bg = tx.outdoor(nr, W, H, horizon=0.45, ground=(90, 140, 70))
    Pb = Panel(0, 0, img=bg)
    Pb.rect([W / 2 - W * 0.02, H * 0.5, W / 2 + W * 0.02, H], fill=(110, 80, 50))
    return photo(r, nr, M, W, H, bg=Pb.img.convert("RGB"), frac=0.55, fmt=fmt, angle=0, tilt=0,
                 cx=W / 2, cy=H * 0.42, shadow=False)


def lost_pet(r, nr, size, fmt="JPEG"):
    W, H = size
    K = Kid(r)
    pw = int(min(W, H) * 0.7)
    ph = int(pw * 1.41)
    u = pw / 1000
    P = Panel(pw, ph, (252, 252, 250))
    pet = r.choice(["CAT", "DOG", "RABBIT", "TORTOISE"])
    pname = r.choice(["Biscuit", "Pickle", "Mr Whiskers", "Luna", "Pepper", "Noodle"])
    P.text((pw / 2, 110 * u), "LOST " + pet, fit("sans-b", 150 * u, "LOST " + pet, pw * 0.9), (200, 20, 20),
           anchor="mm")
    # simple silhouette (no face)
    P.ellipse([300 * u, 250 * u, 700 * u, 600 * u], fill=(60, 60, 60))
    P.ellipse([420 * u, 190 * u, 580 * u, 330 * u], fill=(60, 60, 60))
    P.d.polygon([(425 * u, 240 * u), (440 * u, 150 * u), (490 * u, 200 * u)], fill=(60, 60, 60))
    P.d.polygon([(575 * u, 240 * u), (560 * u, 150 * u), (510 * u, 200 * u)], fill=(60, 60, 60))
    P.d.line([(690 * u, 520 * u), (800 * u, 420 * u), (820 * u, 330 * u)], fill=(60, 60, 60), width=int(30 * u))
    P.text((pw / 2, 680 * u), "\"" + pname + "\"", font("sans-b", 80 * u), (20, 20, 20), anchor="mm")
    rows = [
        [("Last seen near ", None), (K.street, "ADDRESS")],
        [("in ", None), (K.town, "LOCATION"), (" on Tuesday evening", None)],
        [("Very friendly, wearing a red collar", None)],
        [("Please call ", None), (K.first, "PERSON"), (" on", None)],
    ]
    y = 780 * u
    for segs in rows:
        txt = "".join(s[0] for s in segs)
        P.rich((pw / 2, y), segs, fit("sans", 50 * u, txt, pw * 0.9), (30, 30, 30), anchor="mt")
        y += 70 * u
    P.text((pw / 2, y + 20 * u), K.mobile, fit("sans-b", 100 * u, K.mobile, pw * 0.9), (20, 20, 20), kind="PHONE",
           anchor="mt")
    P.text((pw / 2 - 150 * u, ph - 60 * u), "REWARD", font("sans-b", 60 * u), (200, 20, 20), anchor="mm")
    tel = "tel:" + "".join(c for c in K.mobile if c.isdigit() or c == "+")
    from common import qr_matrix
    mod = max(3, int(170 * u / (qr_matrix(tel).shape[0] + 8)))
    side = P.qr_side(tel, mod)
    P.qr(pw - 30 * u - side, ph - 20 * u - side, tel, mod, leaks=[("PHONE", tel[4:])])
    where = r.choice(["pole", "board"])
    if where == "pole":
        bg = tx.outdoor(nr, W, H, horizon=0.3, ground=(120, 118, 112))
        Pb = Panel(0, 0, img=bg)
        Pb.rect([W / 2 - W * 0.12, 0, W / 2 + W * 0.12, H], fill=(80, 80, 82))
        bgi = Pb.img.convert("RGB")
    else:
        bgi = tx.paint(nr, W, H, (170, 130, 90), 0.4)
    return photo(r, nr, P, W, H, bg=bgi, frac=0.85, fmt=fmt, angle=r.uniform(-6, 6), tilt=r.uniform(0, 0.1))


# ----------------------------------------------------------------- clean
def road_sign(r, nr, size, fmt="JPEG", style="green"):
    W, H = size
    sw = int(W * 0.6)
    sh = int(sw * 0.6)
    u = sw / 1000
    cols = {"green": ((0, 100, 60), (255, 220, 0)), "blue": ((0, 60, 150), (255, 255, 255)),
            "white": ((250, 250, 250), (20, 20, 20))}
    bgc, fg = cols[style]
    S = Panel(sw, sh, bgc)
    S.rect([10 * u, 10 * u, sw - 10 * u, sh - 10 * u], outline=(255, 255, 255) if style != "white" else (20, 20, 20),
           width=int(10 * u))
    cities = r.sample(CITIES, 3)
    road = r.choice(["M6", "A1(M)", "M62", "A38", "M5", "A64"])
    S.rrect([60 * u, 50 * u, 300 * u, 150 * u], 10 * u, fill=(0, 60, 150) if style == "green" else (0, 100, 60))
    S.text((180 * u, 100 * u), road, font("sans-b", 70 * u), (255, 255, 255), anchor="mm")
    for i, c in enumerate(cities):
        y = 230 * u + i * 120 * u
        S.text((80 * u, y), c, font("lsans-b", 80 * u), fg if style != "green" else (255, 255, 255), anchor="lm")
        S.text((sw - 80 * u, y), str(r.randint(3, 120)), font("lsans-b", 80 * u),
               fg if style != "green" else (255, 255, 255), anchor="rm")
    bg = tx.outdoor(nr, W, H, horizon=0.7, ground=(100, 100, 100))
    Pb = Panel(0, 0, img=bg)
    for px in (W * 0.35, W * 0.65):
        Pb.rect([px - W * 0.008, H * 0.4, px + W * 0.008, H], fill=(120, 120, 125))
    return photo(r, nr, S, W, H, bg=Pb.img.convert("RGB"), frac=0.62, fmt=fmt, tilt=0, angle=r.uniform(-2, 2),
                 cy=H * 0.38, cx=W / 2, shadow=False, blur=r.uniform(0.8, 2.0))


def shop_front(r, nr, size, fmt="JPEG"):
    W, H = size
    brand, col, fg = r.choice([("Tesco Express", (0, 83, 159), (255, 255, 255)),
                               ("Costa Coffee", (110, 20, 50), (255, 255, 255)),
                               ("Boots", (0, 45, 130), (255, 255, 255)),
                               ("Greggs", (0, 90, 170), (255, 200, 0)),
                               ("Sainsbury's Local", (240, 110, 0), (255, 255, 255)),
                               ("Subway", (0, 130, 60), (255, 200, 0))])
    bg = tx.brick(nr, W, H, base=r.choice([(150, 70, 50), (120, 110, 100)]))
    Pb = Panel(0, 0, img=bg)
    # window
    Pb.rect([W * 0.08, H * 0.42, W * 0.92, H * 0.98], fill=(40, 50, 60))
    for i in range(4):
        x = W * 0.08 + i * W * 0.84 / 4
        Pb.rect([x, H * 0.42, x + W * 0.01, H * 0.98], fill=(30, 30, 30))
    fw = int(W * 0.9)
    fh = int(fw * 0.16)
    u = fw / 1000
    F = Panel(fw, fh, col)
    F.text((fw / 2, fh / 2), brand, fit("sans-b", 110 * u, brand, fw * 0.85), fg, anchor="mm")
    # opening hours sticker on window
    Pb.text((W * 0.7, H * 0.5), "OPEN 7am - 11pm", font("sans-b", int(W * 0.022)), (255, 255, 255))
    Pb.text((W * 0.7, H * 0.55), "Free Wi-Fi in store", font("sans", int(W * 0.018)), (230, 230, 230))
    Pb.text((W * 0.12, H * 0.5), "2 for £5", font("sans-b", int(W * 0.05)), (255, 220, 0))
    return photo(r, nr, F, W, H, bg=Pb.img.convert("RGB"), frac=1.0, fmt=fmt, tilt=0, angle=r.uniform(-1.5, 1.5),
                 cx=W / 2, cy=H * 0.22, shadow=False)


def generic_banner(r, nr, size, fmt="JPEG", text="HAPPY BIRTHDAY"):
    W, H = size
    bg = tx.paint(nr, W, H, r.choice([(235, 230, 220), (210, 225, 240)]), 0.2)
    Pbg = Panel(0, 0, img=bg)
    balloons(Pbg, r, 7, int(W * 0.045))
    n = len(text)
    bw = int(W * 0.94)
    fw = bw / n
    bh = int(fw * 1.5)
    B = Panel(bw, bh + 20, (0, 0, 0, 0))
    B.line([(0, 8), (bw, 8)], (250, 250, 250), 6)
    f = font(r.choice(DISPLAY_FONTS), int(fw * 0.62))
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        x0 = i * fw
        B.d.polygon([(x0 + 3, 10), (x0 + fw - 3, 10), (x0 + fw / 2, bh + 10)], fill=PARTY[i % len(PARTY)])
        B.text((x0 + fw / 2, bh * 0.38 + 10), ch, f, (255, 255, 255), anchor="mm")
    return photo(r, nr, B, W, H, bg=Pbg.img.convert("RGB"), frac=0.97, fmt=fmt, tilt=0, angle=r.uniform(-3, 3),
                 cy=H * 0.35, shadow=False)


def clock(r, nr, size, fmt="JPEG", digital=False):
    W, H = size
    d = int(min(W, H) * 0.75)
    u = d / 1000
    C = Panel(d, d if not digital else int(d * 0.5), (0, 0, 0, 0))
    hh, mm = r.randint(1, 12), r.randint(0, 59)
    if digital:
        C.rrect([0, 0, C.w, C.h], 40 * u, fill=(20, 20, 22))
        C.text((C.w / 2, C.h * 0.42), "{:02d}:{:02d}".format(hh + 6, mm), font("mono-b", 260 * u), (255, 60, 40),
               anchor="mm")
        C.text((C.w / 2, C.h * 0.82), "MON {} {}   21°C".format(r.randint(1, 28), r.choice(MONTHS)[:3].upper()),
               font("mono", 60 * u), (255, 60, 40), anchor="mm")
        bg = tx.wood(nr, W, H, (170, 120, 80))
    else:
        C.ellipse([0, 0, d, d], fill=(40, 40, 40))
        C.ellipse([30 * u, 30 * u, d - 30 * u, d - 30 * u], fill=(250, 250, 245))
        for i in range(1, 13):
            a = math.radians(i * 30 - 90)
            C.text((d / 2 + math.cos(a) * 380 * u, d / 2 + math.sin(a) * 380 * u), str(i),
                   font(r.choice(["serif", "sans", "lsans-b"]), 80 * u), (20, 20, 20), anchor="mm")
        for ang, ln, wd in ((hh * 30 + mm / 2, 230, 22), (mm * 6, 340, 14)):
            a = math.radians(ang - 90)
            C.line([(d / 2, d / 2), (d / 2 + math.cos(a) * ln * u, d / 2 + math.sin(a) * ln * u)], (20, 20, 20),
                   wd * u)
        C.text((d / 2, d * 0.68), "QUARTZ", font("sans", 30 * u), (120, 120, 120), anchor="mm")
        bg = tx.paint(nr, W, H, (220, 215, 205), 0.15)
    return photo(r, nr, C, W, H, bg=bg, frac=0.8, fmt=fmt, tilt=r.uniform(0, 0.06))


JOBS = [
    ("birthday_banner", birthday_banner, dict(size=(4032, 3024), style="strip"), False),
    ("birthday_banner", birthday_banner, dict(size=(3264, 2448), style="bunting", fmt="WEBP"), False),
    ("birthday_banner", birthday_banner, dict(size=(1600, 1200), style="strip", fmt="PNG"), False),
    ("cake", cake, dict(size=(4032, 3024), shape="round"), False),
    ("cake", cake, dict(size=(3024, 4032), shape="rect"), False),
    ("cake", cake, dict(size=(2048, 1536), shape="round", fmt="WEBP"), False),
    ("invitation", invitation, dict(size=(3024, 4032)), False),
    ("invitation", invitation, dict(size=(1240, 1754), scan=True, fmt="PNG"), False),
    ("invitation", invitation, dict(size=(1536, 2048), fmt="WEBP"), False),
    ("school_sign", school_sign, dict(size=(4032, 3024), variant=0), False),
    ("school_sign", school_sign, dict(size=(4000, 3000), variant=1, fmt="WEBP"), False),
    ("school_sign", school_sign, dict(size=(1920, 1440), variant=0), False),
    ("school_bus", school_bus, dict(size=(4032, 3024)), False),
    ("school_bus", school_bus, dict(size=(2048, 1536), fmt="WEBP"), False),
    ("house_number", house_number, dict(size=(3024, 4032), variant="plaque"), False),
    ("door_plate", house_number, dict(size=(4032, 3024), variant="doorplate"), False),
    ("mailbox", house_number, dict(size=(4000, 3000), variant="mailbox"), False),
    ("house_number", house_number, dict(size=(1200, 1600), variant="plaque", fmt="PNG"), False),
    ("lost_pet", lost_pet, dict(size=(3024, 4032)), False),
    ("lost_pet", lost_pet, dict(size=(1536, 2048), fmt="WEBP"), False),
    ("road_sign", road_sign, dict(size=(4032, 3024), style="green"), True),
    ("road_sign", road_sign, dict(size=(3264, 2448), style="blue", fmt="WEBP"), True),
    ("road_sign", road_sign, dict(size=(1600, 1200), style="white"), True),
    ("shop_front", shop_front, dict(size=(4032, 3024)), True),
    ("shop_front", shop_front, dict(size=(4000, 3000), fmt="PNG"), True),
    ("shop_front", shop_front, dict(size=(2048, 1536), fmt="WEBP"), True),
    ("generic_banner", generic_banner, dict(size=(4032, 3024)), True),
    ("generic_banner", generic_banner, dict(size=(2048, 1536), text="CONGRATULATIONS", fmt="WEBP"), True),
    ("clock", clock, dict(size=(3024, 4032)), True),
    ("clock", clock, dict(size=(1600, 1200), digital=True, fmt="PNG"), True),
]
