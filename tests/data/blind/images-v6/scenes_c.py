"""Photographed labels and cards: parcel labels, bag tags, lunch boxes,
exercise books, team shirts, medals, certificates, passes, library and club
cards; clean tickets, replica shirts, blank stickers, packaging."""
from common import Panel, Result, font, bold, fit, DISPLAY_FONTS, UI_FONTS, quad_rot
from people import Kid, us_address, MONTHS
from photo import photo, hand, hand_rich, barcode, hand_font, ink, PHOTO_SIZES
import textures as tx

CARRIERS = ["SWIFTPOST", "ParcelHop", "EXPRESS 24", "Roadrunner Parcels"]


def cardboard(nr, W, H):
    return tx.paint(nr, W, H, (186, 146, 98), 0.22)


def parcel_label(r, nr, size, fmt="JPEG", us=False, handwritten=False):
    W, H = size
    K = Kid(r)
    lw = int(min(W, H) * 0.78)
    lh = int(lw * 0.66)
    u = lw / 1000
    L = Panel(lw, lh, (250, 250, 246))
    fn = r.choice(UI_FONTS)
    L.rect([0, 0, lw, 90 * u], fill=(20, 20, 20))
    L.text((30 * u, 45 * u), r.choice(CARRIERS), font(bold(fn), 52 * u), (255, 255, 255), anchor="lm")
    L.text((lw - 30 * u, 45 * u), "TRACKED 48", font(fn, 32 * u), (255, 255, 255), anchor="rm")
    L.text((30 * u, 115 * u), "DELIVER TO:", font(fn, 28 * u), (60, 60, 60))
    if us:
        l1, l2 = us_address(r)
        from people import us_phone
        phone = us_phone(r)
    else:
        l1, l2, phone = K.street_line, K.town_line, K.phone
    y = 160 * u
    if handwritten:
        hf = hand_font(r, 60 * u)
        col = ink(r)
        for txt, kind in ((K.full, "PERSON"), (l1, "ADDRESS"), (l2, "ADDRESS")):
            hand(L, (40 * u, y), txt, hf, col, kind=kind, angle=r.uniform(-2, 2))
            y += 78 * u
    else:
        bf = font(bold(fn), 52 * u)
        nf = font(fn, 48 * u)
        L.text((40 * u, y), K.full.upper(), bf, (10, 10, 10), kind="PERSON")
        y += 66 * u
        L.text((40 * u, y), l1, nf, (10, 10, 10), kind="ADDRESS")
        y += 62 * u
        L.text((40 * u, y), l2, nf, (10, 10, 10), kind="ADDRESS")
        y += 62 * u
    L.rich((40 * u, y + 6 * u), [("Tel: ", None), (phone, "PHONE")], font(fn, 34 * u), (30, 30, 30))
    barcode(L, 40 * u, lh - 170 * u, 600 * u, 100 * u, r)
    L.text((40 * u, lh - 60 * u), "JD00 {:04d} {:04d} {:04d} GB".format(r.randint(0, 9999), r.randint(0, 9999),
                                                                     r.randint(0, 9999)),
           font("mono", 30 * u), (20, 20, 20))
    L.rect([lw - 280 * u, lh - 230 * u, lw - 40 * u, lh - 40 * u], outline=(0, 0, 0), width=int(4 * u))
    L.text((lw - 160 * u, lh - 135 * u), r.choice(["1st", "2D", "P"]), font("sans-b", 90 * u), (0, 0, 0), anchor="mm")
    bg = cardboard(nr, W, H)
    return photo(r, nr, L, W, H, bg=bg, frac=0.82, fmt=fmt)


def bag_tag(r, nr, size, fmt="JPEG"):
    W, H = size
    K = Kid(r)
    tw = int(min(W, H) * 0.5)
    th = int(tw * 0.62)
    u = tw / 1000
    col = r.choice([(220, 50, 60), (40, 120, 210), (250, 190, 30), (60, 170, 90)])
    T = Panel(tw, th, (0, 0, 0, 0))
    T.rrect([0, 0, tw, th], 60 * u, fill=col)
    T.d.ellipse([int(30 * u), int(th / 2 - 40 * u), int(110 * u), int(th / 2 + 40 * u)], fill=(0, 0, 0, 0))
    T.rrect([150 * u, 40 * u, tw - 40 * u, th - 40 * u], 30 * u, fill=(255, 255, 255))
    T.text((180 * u, 70 * u), "IF FOUND PLEASE RETURN TO:", font("sans-b", 34 * u), (80, 80, 80))
    for i in range(4):
        yl = 200 * u + i * 95 * u
        T.line([(180 * u, yl), (tw - 80 * u, yl)], (170, 170, 190), max(1, int(3 * u)))
    hf = hand_font(r, 56 * u)
    c = ink(r)
    hand(T, (190 * u, 130 * u), K.full, hf, c, kind="PERSON", angle=r.uniform(-2, 2))
    hand(T, (190 * u, 225 * u), K.school, hand_font(r, 46 * u), c, kind="SCHOOL", angle=r.uniform(-2, 2))
    hand(T, (190 * u, 320 * u), K.mobile, hf, c, kind="PHONE", angle=r.uniform(-2, 2))
    hand(T, (190 * u, 415 * u) if th > 500 * u else (190 * u, 400 * u), K.year_group(), hand_font(r, 40 * u), c,
         kind="AGE", angle=r.uniform(-2, 2))
    bg = tx.fabric(nr, W, H, r.choice([(40, 50, 90), (30, 30, 30), (120, 30, 40), (50, 90, 60)]))
    return photo(r, nr, T, W, H, bg=bg, frac=0.7, fmt=fmt, angle=r.uniform(-20, 20))


def lunchbox(r, nr, size, fmt="JPEG", style=0):
    W, H = size
    K = Kid(r)
    bw = int(min(W, H) * 0.85)
    bh = int(bw * 0.68)
    u = bw / 1000
    col = r.choice([(230, 70, 140), (60, 160, 230), (120, 200, 80), (250, 150, 40), (150, 90, 220)])
    B = Panel(bw, bh, (0, 0, 0, 0))
    B.rrect([0, 0, bw, bh], 90 * u, fill=col)
    B.rrect([0, 0, bw, 120 * u], 60 * u, fill=tuple(max(0, c - 35) for c in col))
    B.rect([60 * u, 100 * u, bw - 60 * u, 118 * u], fill=tuple(max(0, c - 55) for c in col))
    # sticker
    sx0, sy0, sx1, sy1 = 180 * u, 230 * u, bw - 180 * u, bh - 110 * u
    B.rrect([sx0, sy0, sx1, sy1], 40 * u, fill=(255, 255, 255))
    cx = (sx0 + sx1) / 2
    if style == 0:
        f = font(r.choice(DISPLAY_FONTS), 96 * u)
        B.text((cx, sy0 + 90 * u), K.first, f, col, kind="PERSON", anchor="mm")
        B.text((cx, sy0 + 190 * u), K.last.upper(), font(bold("lsans"), 56 * u), (40, 40, 40), kind="PERSON",
               anchor="mm")
    elif style == 1:
        hand(B, (cx, sy0 + 90 * u), K.short, hand_font(r, 100 * u), (20, 20, 20), kind="PERSON", anchor="mm",
             angle=r.uniform(-4, 4))
        hand(B, (cx, sy0 + 200 * u), K.cls + " class", hand_font(r, 50 * u), (20, 20, 20), anchor="mm",
             angle=r.uniform(-3, 3))
    else:
        f = fit(r.choice(DISPLAY_FONTS), 70 * u, K.full, sx1 - sx0 - 60 * u)
        B.text((cx, sy0 + 70 * u), K.full, f, (30, 30, 30), kind="PERSON", anchor="mm")
        line = K.year_group() + " - " + K.school
        B.rich((cx, sy0 + 160 * u), [(K.year_group(), "AGE"), (" - ", None), (K.school, "SCHOOL")],
               fit("sans", 36 * u, line, sx1 - sx0 - 50 * u), (80, 80, 80), anchor="mm")
    return photo(r, nr, B, W, H, frac=0.78, fmt=fmt)


def exercise_book(r, nr, size, fmt="JPEG", blank=False):
    W, H = size
    K = Kid(r)
    bw = int(min(W, H) * 0.62)
    bh = int(bw * 1.38)
    u = bw / 1000
    col = r.choice([(30, 90, 180), (200, 40, 50), (40, 140, 70), (240, 200, 40), (130, 60, 160)])
    B = Panel(bw, bh, col)
    B.rect([0, 0, 40 * u, bh], fill=tuple(max(0, c - 40) for c in col))
    B.text((bw / 2, 120 * u), r.choice(["EXERCISE BOOK", "Maths Book", "HOMEWORK", "Handwriting"]),
           font("sans-b", 64 * u), (255, 255, 255), anchor="mm")
    lx0, ly0 = 140 * u, 260 * u
    B.rect([lx0, ly0, bw - 140 * u, ly0 + 520 * u], fill=(255, 255, 255), outline=(20, 20, 20), width=int(4 * u))
    lab = font("sans", 40 * u)
    fields = ["Name", "Subject", "Class", "Teacher", "School"]
    hf = hand_font(r, 54 * u)
    c = ink(r)
    T = Kid(r)
    vals = {
        "Name": [(K.full, "PERSON")],
        "Subject": [(r.choice(["Maths", "English", "Science", "Topic"]), None)],
        "Class": [(K.year_group(), "AGE"), (" " + K.cls, None)],
        "Teacher": [(r.choice(["Mrs ", "Mr ", "Miss "]), None), (T.last, "PERSON")],
        "School": [(K.school, "SCHOOL")],
    }
    for i, fl in enumerate(fields):
        y = ly0 + 40 * u + i * 96 * u
        B.text((lx0 + 30 * u, y + 20 * u), fl + ":", lab, (30, 30, 30))
        lx = lx0 + 30 * u + lab.getlength(fl + ": ")
        B.line([(lx, y + 70 * u), (bw - 170 * u, y + 70 * u)], (120, 120, 120), max(1, int(2 * u)))
        if not blank or fl == "Subject":
            segs = vals[fl]
            f2 = hf
            if fl == "School":
                f2 = fit(r.choice(["sans-i", "lsans-i", "fsans-i", "serif-i"]), 48 * u, K.school,
                         bw - 200 * u - lx)
            hand_rich(B, (lx + 10 * u, y + 8 * u), segs, f2, c, angle=r.uniform(-2, 2))
    B.text((bw / 2, bh - 80 * u), "{} pages  -  8mm ruled with margin".format(r.choice([32, 48, 64])),
           font("sans", 30 * u), (255, 255, 255), anchor="mm")
    return photo(r, nr, B, W, H, frac=0.8, fmt=fmt, angle=r.uniform(-12, 12))


def _shirt(u, col, trim):
    sw, sh = int(1000 * u), int(1000 * u)
    S = Panel(sw, sh, (0, 0, 0, 0))
    body = [(250 * u, 80 * u), (380 * u, 40 * u), (620 * u, 40 * u), (750 * u, 80 * u), (960 * u, 260 * u),
            (860 * u, 400 * u), (780 * u, 340 * u), (780 * u, 980 * u), (220 * u, 980 * u), (220 * u, 340 * u),
            (140 * u, 400 * u), (40 * u, 260 * u)]
    S.d.polygon(body, fill=col)
    S.d.line(body + [body[0]], fill=trim, width=int(10 * u))
    S.d.arc([400 * u, 0, 600 * u, 100 * u], 0, 180, fill=trim, width=int(14 * u))
    return S


def team_shirt(r, nr, size, fmt="JPEG", replica=False):
    W, H = size
    K = Kid(r)
    u = min(W, H) * 0.85 / 1000
    col = r.choice([(200, 20, 30), (20, 60, 160), (250, 210, 0), (20, 130, 60), (240, 240, 240)])
    dark = sum(col) < 400
    trim = (255, 255, 255) if dark else (20, 20, 20)
    S = _shirt(u, col, trim)
    fn = r.choice(["sans-b", "lsans-b", "fsans-b", "cond-b", "narrow-b"])
    K.club = r.choice(["{} Wasps U10", "{} Juniors FC", "{} Rangers U12", "{} Tigers Netball"]).format(K.town)
    if replica:
        S.text((500 * u, 260 * u), "BECKHAM", font(fn, 110 * u), trim, anchor="mm")
        S.text((500 * u, 560 * u), "7", font(fn, 380 * u), trim, anchor="mm")
        S.text((500 * u, 880 * u), "adidas", font("sans", 50 * u), trim, anchor="mm")
    else:
        name = K.last.upper() if r.random() < 0.6 else K.first.upper()
        nf = font(fn, min(120, 6600 / max(6, len(name))) * u)
        S.text((500 * u, 250 * u), name, nf, trim, kind="PERSON", anchor="mm")
        S.text((500 * u, 560 * u), str(r.randint(2, 23)), font(fn, 380 * u), trim, anchor="mm")
        S.text((500 * u, 860 * u), K.club.upper(), font("sans-b", min(46, 1500 / len(K.club)) * u), trim,
               kind="ORG", anchor="mm")
    bg = r.choice(["wall", "grass", "bed"])
    if bg == "wall":
        b = tx.paint(nr, W, H, (200, 195, 185), 0.2)
    elif bg == "grass":
        b = tx.outdoor(nr, W, H, horizon=0.0, ground=(80, 130, 60))
    else:
        b = tx.fabric(nr, W, H, (200, 200, 210), 0.2)
    return photo(r, nr, S, W, H, bg=b, frac=0.9, fmt=fmt, tilt=r.uniform(0, 0.05), angle=r.uniform(-6, 6))


def medal(r, nr, size, fmt="JPEG", named=True):
    W, H = size
    K = Kid(r)
    u = min(W, H) * 0.8 / 1000
    M = Panel(int(1000 * u), int(1000 * u), (0, 0, 0, 0))
    rib = r.choice([(200, 30, 40), (30, 60, 170), (20, 130, 70)])
    M.d.polygon([(330 * u, 0), (470 * u, 0), (520 * u, 420 * u), (430 * u, 420 * u)], fill=rib)
    M.d.polygon([(530 * u, 0), (670 * u, 0), (570 * u, 420 * u), (480 * u, 420 * u)],
                fill=tuple(max(0, c - 40) for c in rib))
    gold = r.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    M.ellipse([170 * u, 330 * u, 830 * u, 990 * u], fill=gold)
    M.ellipse([210 * u, 370 * u, 790 * u, 950 * u], outline=tuple(int(c * 0.7) for c in gold), width=int(8 * u))
    eng = tuple(int(c * 0.55) for c in gold)
    cx, cy = 500 * u, 660 * u
    if named:
        M.text((cx, cy - 170 * u), K.club, fit("sans-b", 40 * u, K.club, 440 * u), eng, kind="ORG",
               anchor="mm")
        M.text((cx, cy - 90 * u), r.choice(["CROSS COUNTRY", "GALA 2025", "SPORTS DAY", "TOURNAMENT"]),
               font("sans", 34 * u), eng, anchor="mm")
        M.text((cx, cy + 10 * u), r.choice(["1st", "2nd", "3rd"]), font("serif-b", 110 * u), eng, anchor="mm")
        M.text((cx, cy + 120 * u), K.full, fit(r.choice(["serif-i", "fserif-i", "lserif-i"]), 56 * u, K.full,
                                               470 * u), eng, kind="PERSON", anchor="mm")
        M.text((cx, cy + 190 * u), "U{}".format(K.age + 1), font("sans-b", 40 * u), eng, kind="AGE", anchor="mm")
    else:
        M.text((cx, cy - 120 * u), "CITY 5K FUN RUN", font("sans-b", 44 * u), eng, anchor="mm")
        M.text((cx, cy + 10 * u), "2024", font("serif-b", 120 * u), eng, anchor="mm")
        M.text((cx, cy + 130 * u), "FINISHER", font("sans-b", 56 * u), eng, anchor="mm")
    bg = tx.fabric(nr, W, H, r.choice([(30, 30, 80), (90, 20, 30), (30, 30, 30)]), 0.3)
    return photo(r, nr, M, W, H, bg=bg, frac=0.9, fmt=fmt, angle=r.uniform(-15, 15), contrast=0.95)


def certificate(r, nr, size, fmt="JPEG"):
    W, H = size
    K = Kid(r)
    cw = int(max(W, H) * 0.7)
    ch = int(cw * 0.707)
    u = cw / 1000
    C = Panel(cw, ch, (252, 249, 238))
    bc = r.choice([(160, 120, 30), (30, 70, 140), (120, 30, 60)])
    C.rect([20 * u, 20 * u, cw - 20 * u, ch - 20 * u], outline=bc, width=int(12 * u))
    C.rect([40 * u, 40 * u, cw - 40 * u, ch - 40 * u], outline=bc, width=int(3 * u))
    C.text((cw / 2, 110 * u), "Certificate of Achievement", font(r.choice(["serif-b", "lserif-b", "fserif-b"]), 56 * u),
           bc, anchor="mm")
    C.text((cw / 2, 185 * u), "This certificate is proudly presented to", font("serif-i", 26 * u), (60, 60, 60),
           anchor="mm")
    C.text((cw / 2, 260 * u), K.full, font(r.choice(["fserif-bi", "lserif-i", "serif-i"]), 64 * u), (20, 20, 20),
           kind="PERSON", anchor="mm")
    C.text((cw / 2, 335 * u), "for " + r.choice(["amazing effort in Maths", "being a super reader",
                                                  "kindness to everyone", "100% attendance"]),
           font("serif", 30 * u), (40, 40, 40), anchor="mm")
    C.rich((cw / 2, 395 * u), [(K.year_group(), "AGE"), (", " + K.cls + " Class", None)], font("serif", 28 * u),
           (40, 40, 40), anchor="mm")
    C.text((cw / 2, 450 * u), K.school, font("serif-b", 32 * u), bc, kind="SCHOOL", anchor="mm")
    hd = Kid(r)
    C.line([(120 * u, 590 * u), (420 * u, 590 * u)], (60, 60, 60), max(1, int(2 * u)))
    C.line([(cw - 420 * u, 590 * u), (cw - 120 * u, 590 * u)], (60, 60, 60), max(1, int(2 * u)))
    hand(C, (150 * u, 540 * u), "J. " + hd.last, hand_font(r, 40 * u), (20, 30, 120), kind="PERSON", angle=-3)
    C.rich((270 * u, 615 * u), [("Mrs ", None), (hd.last, "PERSON"), (", Headteacher", None)], font("serif", 22 * u),
           (60, 60, 60), anchor="mt")
    C.text((cw - 270 * u, 560 * u), "{} {} 2025".format(r.randint(1, 28), r.choice(MONTHS)), font("serif", 26 * u),
           (30, 30, 30), anchor="mm")
    C.text((cw - 270 * u, 615 * u), "Date", font("serif", 22 * u), (60, 60, 60), anchor="mt")
    C.ellipse([cw / 2 - 60 * u, 520 * u, cw / 2 + 60 * u, 640 * u], fill=(200, 160, 40))
    bg = r.choice([tx.paint(nr, W, H, (235, 235, 232), 0.1), tx.table(nr, W, H)])
    return photo(r, nr, C, W, H, bg=bg, frac=0.86, fmt=fmt, angle=r.uniform(-5, 5))


def pass_card(r, nr, size, fmt="JPEG", kind="bus"):
    W, H = size
    K = Kid(r)
    cw = int(min(W, H) * 0.95)
    ch = int(cw * 0.63)
    u = cw / 1000
    col = r.choice([(0, 110, 180), (200, 60, 30), (40, 130, 90), (90, 40, 140)])
    C = Panel(cw, ch, (0, 0, 0, 0))
    C.rrect([0, 0, cw, ch], 40 * u, fill=(250, 250, 250))
    C.rrect([0, 0, cw, 130 * u], 40 * u, fill=col)
    C.rect([0, 90 * u, cw, 130 * u], fill=col)
    fn = r.choice(UI_FONTS)
    # photo placeholder (no face)
    C.rect([40 * u, 170 * u, 290 * u, 480 * u], fill=(200, 205, 215))
    C.text((165 * u, 325 * u), "PHOTO", font("sans-b", 36 * u), (150, 155, 165), anchor="mm")
    lf = font(fn, 26 * u)
    vf = font(bold(fn), 38 * u)
    if kind == "bus":
        C.text((40 * u, 65 * u), "HOME TO SCHOOL TRAVEL PASS", font(bold(fn), 44 * u), (255, 255, 255), anchor="lm")
        rows = [("NAME", [(K.full, "PERSON")]), ("DATE OF BIRTH", [(K.dob(0), "DATE_OF_BIRTH")]),
                ("SCHOOL", [(K.school, "SCHOOL")]), ("ROUTE", [("27A  valid to 31/07/2026", None)])]
    else:
        C.text((40 * u, 65 * u), "JUNIOR SWIM PASS", font(bold(fn), 44 * u), (255, 255, 255), anchor="lm")
        rows = [("MEMBER", [(K.full, "PERSON")]), ("VENUE", [(K.place, "LOCATION")]),
                ("AGE", [(str(K.age), "AGE"), (" yrs", None)]), ("EMERGENCY CONTACT", [(K.phone, "PHONE")])]
    y = 165 * u
    for lab, segs in rows:
        C.text((330 * u, y), lab, lf, (110, 110, 110))
        tw = vf.getlength("".join(s[0] for s in segs))
        f2 = fit(bold(fn), 38 * u, "".join(s[0] for s in segs), 620 * u)
        C.rich((330 * u, y + 32 * u), segs, f2, (20, 20, 20))
        y += 100 * u
    barcode(C, 40 * u, ch - 100 * u, 400 * u, 60 * u, r)
    C.text((cw - 40 * u, ch - 60 * u), "No. {:07d}".format(r.randint(0, 9999999)), font("mono", 28 * u), (60, 60, 60),
           anchor="rm")
    return photo(r, nr, C, W, H, frac=0.8, fmt=fmt, angle=r.uniform(-15, 15))


def member_card(r, nr, size, fmt="JPEG", kind="library"):
    W, H = size
    K = Kid(r)
    cw = int(min(W, H) * 0.9)
    ch = int(cw * 0.63)
    u = cw / 1000
    col = r.choice([(240, 120, 0), (0, 150, 140), (180, 30, 90), (30, 50, 120)])
    C = Panel(cw, ch, (0, 0, 0, 0))
    C.rrect([0, 0, cw, ch], 40 * u, fill=col)
    fn = r.choice(UI_FONTS)
    if kind == "library":
        C.rich((50 * u, 60 * u), [(K.town, "LOCATION"), (" Libraries", None)], font(bold(fn), 60 * u), (255, 255, 255))
        C.text((50 * u, 150 * u), "JUNIOR CARD - ages 5 to 15", font(fn, 30 * u), (255, 255, 255))
        C.rrect([40 * u, 230 * u, cw - 40 * u, ch - 40 * u], 24 * u, fill=(255, 255, 255))
        C.text((70 * u, 260 * u), K.full, font(bold(fn), 52 * u), (20, 20, 20), kind="PERSON")
        C.rich((70 * u, 335 * u), [("Home library: ", None), (K.town + " Library", "LOCATION")], font(fn, 32 * u),
               (60, 60, 60))
        barcode(C, 70 * u, 410 * u, 520 * u, 110 * u, r)
        C.text((70 * u, 530 * u), "2{:013d}".format(r.randint(0, 10 ** 12)), font("mono", 26 * u), (40, 40, 40))
    else:
        C.text((50 * u, 60 * u), K.club, fit(bold(fn), 56 * u, K.club, cw - 100 * u), (255, 255, 255),
               kind="ORG")
        C.text((50 * u, 150 * u), "MEMBERSHIP 2025/26", font(fn, 32 * u), (255, 255, 255))
        C.rrect([40 * u, 230 * u, cw - 40 * u, ch - 40 * u], 24 * u, fill=(255, 255, 255))
        C.text((70 * u, 260 * u), K.full, font(bold(fn), 52 * u), (20, 20, 20), kind="PERSON")
        C.rich((70 * u, 340 * u), [("Squad: ", None), ("U{}".format(K.age + 1), "AGE"), ("   DOB: ", None),
                                   (K.dob(4), "DATE_OF_BIRTH")], font(fn, 34 * u), (50, 50, 50))
        C.rich((70 * u, 410 * u), [("In emergency call ", None), (K.phone, "PHONE")], font(fn, 34 * u), (50, 50, 50))
        C.text((70 * u, 480 * u), "Member no. {:05d}".format(r.randint(0, 99999)), font(fn, 28 * u), (120, 120, 120))
    return photo(r, nr, C, W, H, frac=0.8, fmt=fmt, angle=r.uniform(-25, 25))


# ----------------------------------------------------------------- clean
def museum_ticket(r, nr, size, fmt="JPEG", cinema=False):
    W, H = size
    tw = int(max(W, H) * 0.6)
    th = int(tw * 0.4)
    u = tw / 1000
    T = Panel(tw, th, (248, 246, 240))
    fn = r.choice(UI_FONTS)
    if cinema:
        T.rect([0, 0, 220 * u, th], fill=(20, 40, 110))
        T.text((110 * u, th / 2), "ODEON", font("sans-b", 50 * u), (255, 255, 255), anchor="mm")
        rows = [("Paddington in Peru (PG)", 44, True), ("Sat 12 Apr 2025   15:40", 32, False),
                ("SCREEN 4    ROW G   SEAT 12", 34, True), ("Child  £8.49   Booking ref 7XK2PQ", 28, False),
                ("Please arrive 15 minutes before the film", 22, False)]
    else:
        mus = r.choice(["Natural History Museum", "Science Museum", "British Museum"])
        T.rect([0, 0, 220 * u, th], fill=(30, 30, 30))
        T.text((110 * u, th / 2), "ADMIT\nONE", font("sans-b", 44 * u), (255, 255, 255), anchor="mm")
        rows = [(mus, 46, True), ("General admission - Dinosaurs gallery", 30, False),
                ("Entry 14:30   Gate B", 34, True), ("Ticket 0042-{:04d}   Child  £0.00".format(r.randint(0, 9999)), 28, False),
                ("Free entry, donations welcome", 22, False)]
    y = 40 * u
    for t, sz, b in rows:
        T.text((260 * u, y), t, font(bold(fn) if b else fn, sz * u), (20, 20, 20))
        y += sz * 1.55 * u
    for i in range(0, int(th), int(24 * u)):
        T.ellipse([214 * u, i, 226 * u, i + 12 * u], fill=(120, 120, 120))
    return photo(r, nr, T, W, H, frac=0.85, fmt=fmt, angle=r.uniform(-15, 15))


def hello_sticker(r, nr, size, fmt="JPEG"):
    W, H = size
    sw = int(min(W, H) * 0.8)
    sh = int(sw * 0.7)
    u = sw / 1000
    S = Panel(sw, sh, (0, 0, 0, 0))
    col = r.choice([(220, 30, 40), (30, 90, 200)])
    S.rrect([0, 0, sw, sh], 50 * u, fill=col)
    S.rect([0, 250 * u, sw, sh - 60 * u], fill=(255, 255, 255))
    S.text((sw / 2, 90 * u), "HELLO", font("sans-b", 110 * u), (255, 255, 255), anchor="mm")
    S.text((sw / 2, 190 * u), "my name is", font("sans", 56 * u), (255, 255, 255), anchor="mm")
    return photo(r, nr, S, W, H, frac=0.8, fmt=fmt)


def cereal_box(r, nr, size, fmt="JPEG"):
    W, H = size
    bw = int(min(W, H) * 0.6)
    bh = int(bw * 1.45)
    u = bw / 1000
    B = Panel(bw, bh, (240, 190, 40))
    B.text((bw / 2, 160 * u), "Sunny", font("fserif-bi", 180 * u), (170, 40, 30), anchor="mm")
    B.text((bw / 2, 330 * u), "OAT FLAKES", font("sans-b", 110 * u), (120, 30, 20), anchor="mm")
    B.ellipse([200 * u, 450 * u, 800 * u, 1050 * u], fill=(250, 250, 245))
    B.ellipse([300 * u, 550 * u, 700 * u, 950 * u], fill=(230, 170, 80))
    B.text((bw / 2, 1130 * u), "With 7 vitamins & iron", font("sans", 48 * u), (80, 40, 20), anchor="mm")
    B.text((bw / 2, 1230 * u), "500g", font("sans-b", 70 * u), (80, 40, 20), anchor="mm")
    B.text((bw / 2, 1340 * u), "Best before: 12 2026  L4471 09:42", font("mono", 36 * u), (50, 50, 50), anchor="mm")
    return photo(r, nr, B, W, H, frac=0.85, fmt=fmt, angle=r.uniform(-5, 5))


def blank_tag(r, nr, size, fmt="JPEG"):
    W, H = size
    tw = int(min(W, H) * 0.5)
    th = int(tw * 0.62)
    u = tw / 1000
    T = Panel(tw, th, (0, 0, 0, 0))
    T.rrect([0, 0, tw, th], 60 * u, fill=(40, 40, 45))
    T.rrect([150 * u, 40 * u, tw - 40 * u, th - 40 * u], 30 * u, fill=(255, 255, 255))
    for i, lab in enumerate(["Name", "Address", "Phone", "E-mail"]):
        y = 90 * u + i * 120 * u
        T.text((180 * u, y), lab, font("sans", 40 * u), (90, 90, 90))
        T.line([(180 * u + 40 * u * len(lab) * 0.6 + 40 * u, y + 44 * u), (tw - 80 * u, y + 44 * u)], (160, 160, 160),
               max(1, int(3 * u)))
    bg = tx.fabric(nr, W, H, (60, 60, 70))
    return photo(r, nr, T, W, H, bg=bg, frac=0.7, fmt=fmt, angle=r.uniform(-20, 20))


JOBS = [
    ("parcel_label", parcel_label, dict(size=(4032, 3024)), False),
    ("parcel_label", parcel_label, dict(size=(3024, 4032), handwritten=True, fmt="JPEG"), False),
    ("parcel_label", parcel_label, dict(size=(2048, 1536), us=True, fmt="WEBP"), False),
    ("bag_tag", bag_tag, dict(size=(4000, 3000)), False),
    ("bag_tag", bag_tag, dict(size=(1600, 1200), fmt="PNG"), False),
    ("lunchbox", lunchbox, dict(size=(4032, 3024), style=0), False),
    ("lunchbox", lunchbox, dict(size=(3264, 2448), style=1, fmt="WEBP"), False),
    ("lunchbox", lunchbox, dict(size=(1280, 960), style=2), False),
    ("exercise_book", exercise_book, dict(size=(3024, 4032)), False),
    ("exercise_book", exercise_book, dict(size=(2448, 3264), fmt="WEBP"), False),
    ("exercise_book", exercise_book, dict(size=(1200, 1600), fmt="JPEG"), False),
    ("team_shirt", team_shirt, dict(size=(3024, 4032)), False),
    ("team_shirt", team_shirt, dict(size=(1536, 2048), fmt="PNG"), False),
    ("medal", medal, dict(size=(4032, 3024)), False),
    ("medal", medal, dict(size=(2048, 1536), fmt="WEBP"), False),
    ("certificate", certificate, dict(size=(4032, 3024)), False),
    ("certificate", certificate, dict(size=(1600, 1200), fmt="PNG"), False),
    ("pass_card", pass_card, dict(size=(4000, 3000), kind="bus"), False),
    ("pass_card", pass_card, dict(size=(2048, 1536), kind="swim", fmt="WEBP"), False),
    ("member_card", member_card, dict(size=(3264, 2448), kind="library"), False),
    ("member_card", member_card, dict(size=(4032, 3024), kind="club", fmt="PNG"), False),
    ("museum_ticket", museum_ticket, dict(size=(4032, 3024)), True),
    ("museum_ticket", museum_ticket, dict(size=(1600, 1200), fmt="WEBP"), True),
    ("cinema_ticket", museum_ticket, dict(size=(3024, 4032), cinema=True), True),
    ("replica_shirt", team_shirt, dict(size=(3024, 4032), replica=True), True),
    ("hello_sticker", hello_sticker, dict(size=(2048, 1536)), True),
    ("cereal_box", cereal_box, dict(size=(3000, 4000), fmt="JPEG"), True),
    ("fun_run_medal", medal, dict(size=(1600, 1200), named=False, fmt="PNG"), True),
    ("blank_tag", blank_tag, dict(size=(4032, 3024), fmt="WEBP"), True),
    ("blank_exercise_book", exercise_book, dict(size=(3024, 4032), blank=True), True),
]
