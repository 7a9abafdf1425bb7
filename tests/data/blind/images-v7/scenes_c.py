"""Photographed objects: parcels, envelopes, birthday things, labels, tags, shirts, medals."""
import math
from common import Canvas, font, pick, mix, REGULAR, BOLD, HAND, ink_for, rcolor
from people import FIRST, LAST
import photo

PAPERS = [(255, 255, 255), (250, 247, 238), (255, 250, 230), (240, 244, 250), (248, 238, 240)]


def _ink(rng, bg, low_p=0.15):
    return ink_for(bg, rng, rng.random() < low_p)


def parcel_label(rng, p):
    c = Canvas(1800, 1300, (196, 160, 112))
    nr = photo.nrs(rng)
    import textures
    c.set_img(textures.paper(nr, 1800, 1300, (196, 160, 112)))
    lab = Canvas(1200, 800, pick(rng, PAPERS))
    fr, fb = pick(rng, REGULAR), pick(rng, BOLD)
    ink = _ink(rng, lab.img.getpixel((0, 0)))
    lab.d.rectangle([0, 0, 1199, 799], outline=(0, 0, 0), width=4)
    lab.d.text((40, 30), pick(rng, ["DELIVER TO:", "SHIP TO", "TO:", "RECIPIENT"]), font=font(fb, 40), fill=ink)
    sz = rng.randint(44, 62)
    y = 100
    pre = "Master " if (p.reg in ("UK", "IE") and rng.random() < 0.3) else ""
    y = lab.spans((60, y), [(pre, None), (p.full, "PERSON")], font(fb, sz), ink)[3] + 18
    y = lab.text((60, y), p.addr1, font(fr, sz), ink, "ADDRESS")[3] + 18
    y = lab.spans((60, y), [(p.town, "LOCATION"), ("  ", None), (p.postcode, "ADDRESS")], font(fr, sz), ink)[3] + 18
    lab.d.text((60, y), pick(rng, ["", "", "Tel: "]), font=font(fr, 30), fill=ink)
    if rng.random() < 0.6:
        lab.spans((60, y + 10), [("Tel: ", None), (p.parent_phone, "PHONE")], font(fr, 30), ink)
    x = 60
    while x < 1140:
        wbar = rng.choice([3, 5, 8])
        lab.d.rectangle([x, 640, x + wbar, 760], fill=(0, 0, 0))
        x += wbar + rng.choice([3, 5, 7])
    lab.d.text((800, 40), "PARCEL %s" % "".join(str(rng.randint(0, 9)) for _ in range(10)), font=font("mono", 24), fill=ink)
    for i in range(2):
        c.d.rectangle([0, 580 + i * 20, 1800, 600 + i * 20], fill=(170, 140, 100))
    c.place(lab, 900 + rng.randint(-120, 120), 650 + rng.randint(-100, 100), rng.uniform(-6, 6))
    bg = photo.stage(rng, c, ["wood", "carpet", "asphalt", "fabric"], (0.5, 0.9))
    return bg, "photo", "parcel label (%s)" % p.reg


def envelope(rng, p):
    c = Canvas(1900, 1000, pick(rng, [(250, 248, 240), (236, 222, 190), (220, 235, 250), (255, 236, 236)]))
    ink = pick(rng, [(20, 30, 120), (20, 20, 20), (80, 20, 90)])
    fh = pick(rng, HAND)
    c.d.rectangle([1620, 60, 1840, 320], fill=rcolor(rng, 60, 200), outline=(255, 255, 255), width=10)
    c.d.text((1730, 190), pick(rng, ["1st", "2nd", "$0.73", "€1.85", "$1.70"]), font=font("sans-b", 50), fill=(255, 255, 255), anchor="mm")
    sz = rng.randint(56, 78)
    x, y = 620 + rng.randint(-60, 60), 420
    y = c.text((x, y), pick(rng, [p.full, p.first + " " + p.last]), font(fh, sz), ink, "PERSON")[3] + 20
    y = c.text((x, y), p.addr1, font(fh, sz), ink, "ADDRESS")[3] + 20
    y = c.text((x, y), p.town, font(fh, sz), ink, "LOCATION")[3] + 20
    c.text((x, y), p.postcode, font(fh, sz), ink, "ADDRESS")
    if rng.random() < 0.5:
        c.spans((60, 60), [("From: ", None), (p.friends[0] + " " + p.friend_lasts[0], "PERSON")], font(fh, 30), ink)
    bg = photo.stage(rng, c, ["wood", "carpet", "fabric", "checker"], (0.4, 0.85))
    return bg, "photo", "handwritten envelope (%s)" % p.reg


def birthday_banner(rng, p):
    W, H = 2400, 1300
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    cols = [(230, 57, 70), (42, 157, 143), (233, 196, 106), (69, 123, 157), (244, 162, 97), (155, 93, 229)]
    c.d.line([(0, 60), (W / 2, 140), (W, 60)], fill=(90, 90, 90), width=6)
    n = 14
    for i in range(n):
        x = 40 + i * (W - 80) / n
        y = 60 + 80 * (1 - abs((x - W / 2) / (W / 2)))
        c.d.polygon([(x, y), (x + 150, y), (x + 75, y + 200)], fill=pick(rng, cols))
    fb = pick(rng, BOLD)
    ords = {8: "8TH", 9: "9TH", 10: "10TH", 11: "11TH", 12: "12TH", 13: "13TH", 14: "14TH"}
    nm = p.first.upper() if rng.random() < 0.6 else p.first
    style = rng.randint(0, 2)
    ink = pick(rng, cols)
    c.d.rounded_rectangle([150, 420, W - 150, 1150], radius=40, fill=(255, 255, 255, 235))
    if style == 0:
        c.spans((W / 2, 560), [("HAPPY ", None), (ords[p.age], "AGE"), (" BIRTHDAY", None)], font(fb, 150), ink, anchor="mm")
        c.text((W / 2, 900), nm, font(fb, 260), pick(rng, cols), "PERSON", anchor="mm")
    elif style == 1:
        c.d.text((W / 2, 560), "HAPPY BIRTHDAY", font=font(fb, 150), fill=ink, anchor="mm")
        c.spans((W / 2, 900), [(nm, "PERSON"), (" IS ", None), (str(p.age), "AGE"), ("!", None)], font(fb, 220), pick(rng, cols), anchor="mm")
    else:
        c.spans((W / 2, 560), [("Happy Birthday ", None), (p.first, "PERSON")], font(pick(rng, HAND), 150), ink, anchor="mm")
        c.spans((W / 2, 880), [(str(p.age), "AGE"), (" today!", None)], font(fb, 200), pick(rng, cols), anchor="mm")
        c.d.text((W / 2, 1080), "love from " + pick(rng, ["Mum & Dad", "Nana", "everyone"]), font=font(pick(rng, HAND), 60), fill=(80, 80, 80), anchor="mm")
    bg = photo.stage(rng, c, ["wall", "brick", "wood"], (0.7, 0.95), persp=0.04, angle=rng.uniform(-4, 4))
    return bg, "photo", "birthday banner on wall (%s)" % p.reg


def birthday_cake(rng, p):
    S = 1800
    c = Canvas(S, S, (0, 0, 0, 0), "RGBA")
    c.d.ellipse([60, 60, S - 60, S - 60], fill=(240, 240, 245, 255))
    icing = pick(rng, [(250, 220, 230), (255, 250, 240), (110, 70, 40), (200, 230, 250), (250, 240, 180)])
    c.d.ellipse([180, 180, S - 180, S - 180], fill=icing)
    for i in range(28):
        a = i / 28 * 2 * math.pi
        x, y = S / 2 + 700 * math.cos(a), S / 2 + 700 * math.sin(a)
        c.d.ellipse([x - 35, y - 35, x + 35, y + 35], fill=pick(rng, [(255, 255, 255), (230, 80, 120), (80, 160, 230)]))
    ink = pick(rng, [(200, 30, 90), (40, 90, 200), (255, 255, 255), (60, 30, 10), (20, 130, 60)])
    if sum(icing) > 600 and ink == (255, 255, 255):
        ink = (200, 30, 90)
    fh = pick(rng, HAND + BOLD[:2])
    c.d.text((S / 2, 560), "Happy Birthday", font=font(fh, 130), fill=ink, anchor="mm")
    c.text((S / 2, 820), p.first, font(fh, 190), ink, "PERSON", anchor="mm")
    c.text((S / 2, 1180), str(p.age), font(pick(rng, BOLD), 360), pick(rng, [(255, 200, 0), ink]), "AGE", anchor="mm")
    bg = photo.stage(rng, c, ["wood", "checker", "fabric"], (0.6, 0.9), persp=0.15)
    return bg, "photo", "birthday cake top view (%s)" % p.reg


def invitation(rng, p):
    W, H = 1400, 2000
    bgc = pick(rng, PAPERS + [(255, 230, 240), (225, 245, 255)])
    c = Canvas(W, H, bgc)
    acc = rcolor(rng, 40, 200)
    for i in range(30):
        x, y, r = rng.randint(0, W), rng.randint(0, H), rng.randint(10, 40)
        c.d.ellipse([x - r, y - r, x + r, y + r], fill=mix(bgc, rcolor(rng), 0.4))
    fb, fr, fh = pick(rng, BOLD), pick(rng, REGULAR), pick(rng, HAND)
    ink = _ink(rng, bgc)
    c.d.text((W / 2, 200), "You're invited!", font=font(fh, 120), fill=acc, anchor="mm")
    c.spans((W / 2, 420), [(p.first, "PERSON"), ("'s", None)], font(fb, 120), ink, anchor="mm")
    c.spans((W / 2, 580), [(["", "8th", "9th", "10th", "11th", "12th", "13th", "14th"][p.age - 7], "AGE"), (" Birthday Party", None)], font(fb, 80), ink, anchor="mm")
    day = "%s %d %s" % (pick(rng, ["Saturday", "Sunday"]), rng.randint(1, 28), pick(rng, ["March", "May", "July", "October"]))
    c.d.text((W / 2, 780), day, font=font(fr, 64), fill=ink, anchor="mm")
    c.d.text((W / 2, 880), "%d:00pm - %d:00pm" % (rng.randint(1, 3), rng.randint(4, 7)), font=font(fr, 64), fill=ink, anchor="mm")
    if rng.random() < 0.5:
        c.spans((W / 2, 1060), [("at ", None), (p.place, "LOCATION")], font(fb, 70), ink, anchor="mm")
    else:
        c.spans((W / 2, 1060), [("at ", None), (p.addr1, "ADDRESS")], font(fb, 70), ink, anchor="mm")
        c.text((W / 2, 1160), p.town, font(fr, 60), ink, "LOCATION", anchor="mm")
    c.spans((W / 2, 1400), [("RSVP to ", None), (p.parent, "PERSON")], font(fr, 56), ink, anchor="mm")
    c.text((W / 2, 1490), p.parent_phone, font(fb, 60), ink, "PHONE", anchor="mm")
    c.d.text((W / 2, 1750), pick(rng, ["Bring your swimsuit!", "Pizza & cake!", "Fancy dress optional", "Laser tag!"]), font=font(fh, 60), fill=acc, anchor="mm")
    if rng.random() < 0.5:
        bg = photo.stage(rng, c, ["wood", "fabric", "carpet", "cork"], (0.55, 0.9), portrait=True)
        return bg, "photo", "party invitation card photo (%s)" % p.reg
    return c, "asis", "party invitation e-card (%s)" % p.reg


def lunchbox_label(rng, p):
    W, H = 2000, 1300
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    boxc = rcolor(rng, 30, 230)
    bag = rng.random() < 0.4
    if bag:
        c.d.rounded_rectangle([100, 200, W - 100, H - 50], radius=120, fill=boxc)
        c.d.arc([600, -200, 1400, 500], 180, 360, fill=mix(boxc, (0, 0, 0), 0.3), width=60)
    else:
        c.d.rounded_rectangle([100, 150, W - 100, H - 100], radius=80, fill=boxc)
        c.d.rounded_rectangle([100, 150, W - 100, 420], radius=80, fill=mix(boxc, (255, 255, 255), 0.2))
        c.d.rectangle([850, 120, 1150, 200], fill=mix(boxc, (0, 0, 0), 0.3))
    lw, lh = rng.randint(900, 1300), rng.randint(260, 420)
    lab = Canvas(lw, lh, pick(rng, PAPERS + [(255, 240, 120), (200, 240, 255)]))
    lab.d.rounded_rectangle([8, 8, lw - 8, lh - 8], radius=30, outline=rcolor(rng, 0, 150), width=8)
    fb = pick(rng, BOLD + HAND)
    ink = _ink(rng, lab.img.getpixel((20, 20)), 0.2)
    lab.text((lw / 2, lh * 0.38), p.full if rng.random() < 0.7 else p.first + " " + p.last[0] + ".", font(fb, lh * 0.26), ink, "PERSON", anchor="mm")
    r = rng.random()
    if r < 0.4:
        lab.text((lw / 2, lh * 0.74), p.year, font(pick(rng, REGULAR), lh * 0.16), ink, "AGE", anchor="mm")
    elif r < 0.7:
        lab.text((lw / 2, lh * 0.74), p.parent_phone, font(pick(rng, REGULAR), lh * 0.16), ink, "PHONE", anchor="mm")
    else:
        lab.text((lw / 2, lh * 0.74), p.school, font(pick(rng, REGULAR), lh * 0.13), ink, "SCHOOL", anchor="mm")
    c.place(lab, W / 2, 780, rng.uniform(-5, 5))
    bg = photo.stage(rng, c, ["wood", "carpet", "grass", "asphalt", "checker"], (0.3, 0.85), persp=0.1)
    return bg, "photo", "name label on %s (%s)" % ("school bag" if bag else "lunch box", p.reg)


def bag_tag(rng, p):
    W, H = 900, 1400
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    col = rcolor(rng, 40, 220)
    c.d.rounded_rectangle([0, 0, W, H], radius=80, fill=col)
    c.d.ellipse([W / 2 - 60, 60, W / 2 + 60, 180], fill=(0, 0, 0, 0))
    c.d.rounded_rectangle([60, 260, W - 60, H - 60], radius=30, fill=(255, 255, 255, 255))
    fr, fh = pick(rng, REGULAR), pick(rng, HAND + REGULAR)
    ink = (20, 20, 20)
    hand = pick(rng, [(20, 40, 140), (10, 10, 10)])
    rows = [("NAME", p.full, "PERSON"), ("SCHOOL", p.school, "SCHOOL"), ("CLASS", p.year, "AGE"),
            ("PHONE", p.parent_phone, "PHONE"), ("ADDRESS", p.addr1, "ADDRESS")]
    rng.shuffle(rows)
    y = 300
    for lbl, val, k in rows[:rng.randint(2, 4)]:
        c.d.text((100, y), lbl, font=font(fr, 38), fill=ink)
        f = font(fh, 58)
        while f.getlength(val) > W - 200 and f.size > 24:
            f = font(fh, f.size - 4)
        c.text((100, y + 55), val, f, hand, k)
        c.d.line([(100, y + 135), (W - 100, y + 135)], fill=(160, 160, 160), width=3)
        y += 200
    bg = photo.stage(rng, c, ["fabric", "carpet", "grass"], (0.35, 0.8), portrait=rng.random() < 0.5, color=rcolor(rng, 20, 200))
    return bg, "photo", "school bag name tag (%s)" % p.reg


def team_shirt(rng, p):
    W, H = 2000, 2200
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    col = rcolor(rng, 10, 240)
    c.d.polygon([(500, 100), (800, 40), (1200, 40), (1500, 100), (1950, 500), (1700, 800), (1500, 650), (1500, 2150), (500, 2150), (500, 650), (300, 800), (50, 500)], fill=col)
    ink = ink_for(col)
    fb = pick(rng, BOLD)
    back = rng.random() < 0.6
    if back:
        sur = p.last.upper()
        f = font(fb, 200)
        while f.getlength(sur) > 950:
            f = font(fb, f.size - 10)
        c.text((1000, 450), sur, f, ink, "PERSON", anchor="mm")
        c.d.text((1000, 1150), str(rng.randint(2, 23)), font=font(fb, 700), fill=ink, anchor="mm")
        c.text((1000, 1850), p.club, font(pick(rng, REGULAR), 60), mix(ink, col, 0.2), "ORG", anchor="mm")
        note = "team shirt back"
    else:
        c.d.ellipse([650, 450, 850, 650], outline=ink, width=10)
        if rng.random() < 0.5:
            c.text((1000, 900), p.school, font(fb, 80 if len(p.school) < 22 else 60), ink, "SCHOOL", anchor="mm")
            c.text((1000, 1050), p.full, font(pick(rng, HAND), 70), ink, "PERSON", anchor="mm")
            note = "school uniform jumper with embroidered name"
        else:
            c.text((1000, 900), p.club, font(fb, 90 if len(p.club) < 20 else 64), ink, "ORG", anchor="mm")
            c.spans((1000, 1100), [(p.first, "PERSON"), ("  U", None), (str(p.age + 1), "AGE")], font(fb, 90), ink, anchor="mm")
            note = "club shirt front"
    bg = photo.stage(rng, c, ["grass", "carpet", "wood", "fabric"], (0.55, 0.92), portrait=True, persp=0.06)
    return bg, "photo", "%s (%s)" % (note, p.reg)


def medal_ribbon(rng, p):
    W, H = 1600, 2000
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    rib = rcolor(rng, 20, 220)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    if rng.random() < 0.5:
        c.d.polygon([(500, 0), (1100, 0), (900, 900), (700, 900)], fill=rib)
        gold = pick(rng, [(212, 175, 55), (192, 192, 200), (205, 127, 50)])
        c.d.ellipse([300, 700, 1300, 1700], fill=gold, outline=mix(gold, (0, 0, 0), 0.3), width=20)
        ink = mix(gold, (0, 0, 0), 0.65)
        c.text((800, 960), p.club, font(fr, 62 if len(p.club) < 22 else 46), ink, "ORG", anchor="mm")
        c.d.text((800, 1120), pick(rng, ["1st", "2nd", "3rd", "WINNER", "MVP"]), font=font(fb, 150), fill=ink, anchor="mm")
        c.text((800, 1290), p.full, font(pick(rng, HAND), 70), ink, "PERSON", anchor="mm")
        c.spans((800, 1420), [("Under ", None), (str(p.age + 1), "AGE"), ("s  2025", None)], font(fr, 56), ink, anchor="mm")
        note = "engraved medal"
    else:
        for i in range(24):
            a = i / 24 * 2 * math.pi
            c.d.ellipse([800 + 560 * math.cos(a) - 160, 700 + 560 * math.sin(a) - 160, 800 + 560 * math.cos(a) + 160, 700 + 560 * math.sin(a) + 160], fill=mix(rib, (255, 255, 255), 0.2 * (i % 2)))
        c.d.polygon([(550, 1100), (780, 1100), (700, 1950), (470, 1900)], fill=rib)
        c.d.polygon([(820, 1100), (1050, 1100), (1130, 1900), (900, 1950)], fill=rib)
        c.d.ellipse([380, 280, 1220, 1120], fill=(255, 255, 255))
        ink = mix(rib, (0, 0, 0), 0.4)
        org, ok = (p.school, "SCHOOL") if rng.random() < 0.5 else (p.club, "ORG")
        c.text((800, 520), org, font(fr, 50 if len(org) < 26 else 38), ink, ok, anchor="mm")
        c.d.text((800, 700), pick(rng, ["1st", "2nd", "3rd"]), font=font(fb, 170), fill=ink, anchor="mm")
        c.spans((800, 880), [(pick(rng, ["Sports Day", "Swimming Gala", "Art Show"]) + " ", None), (p.year, "AGE")], font(fr, 48), ink, anchor="mm")
        c.text((800, 980), p.first + " " + p.last[0] + ".", font(pick(rng, HAND), 60), (20, 20, 120), "PERSON", anchor="mm")
        note = "rosette ribbon"
    bg = photo.stage(rng, c, ["wood", "fabric", "cork", "wall"], (0.5, 0.9), portrait=True, persp=0.05)
    return bg, "photo", "%s (%s)" % (note, p.reg)
