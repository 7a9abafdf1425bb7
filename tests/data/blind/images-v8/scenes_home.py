"""Home photos: birthday banners and cakes, invitations, parcels/envelopes, name labels on lunch boxes,
bags and bottles, sports shirts with name and number."""
import textures
from common import Out, Scene, finish, pick, photo_fmt, make_layer, PHOTO_SIZES, HAND, SIGN, font
from people import person, friend, intl

BRIGHT = [(230, 60, 90), (40, 120, 220), (250, 180, 30), (60, 170, 90), (150, 70, 200), (240, 120, 40)]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _photo(rng, lay, scene, bg=None, frac=0.8, angle=12):
    W, H = pick(rng, PHOTO_SIZES)
    ph = textures.photo_with(rng, lay, W, H, bg or textures.table, frac=frac, max_angle=angle, shear=rng.uniform(-0.08, 0.08))
    finish(ph, rng, blur=rng.choice([0, 0.8, 1.4]), noise=rng.choice([5, 8, 12]), contrast=rng.choice([1.0, 0.85, 0.75]))
    f, q = photo_fmt(rng)
    return Out(ph, f, q, scene)


def banner(rng):
    p = person(rng)
    W, H = pick(rng, [(4032, 3024), (4000, 3000), (3000, 2000)])
    img = textures.brick(rng, W, H) if rng.random() < 0.4 else textures.mottled(rng, W, H, (235, 225, 210), 14, 90)
    sc = Scene(W, H, img=img)
    n = len(f"HAPPY {ordinal(p['age'])} BIRTHDAY {p['first'].upper()}")
    flag = int(W * 0.8 / n)
    y = H * 0.2
    sc.d.line([(W * 0.05, y), (W * 0.95, y)], fill=(80, 60, 40), width=6)
    text1 = ["HAPPY ", (ordinal(p["age"]).upper(), "AGE"), " BIRTHDAY"]
    line2 = p["first"].upper()
    x = W * 0.1
    for part in text1:
        s = part if isinstance(part, str) else part[0]
        for ch in s:
            if ch != " ":
                sc.d.polygon([(x, y), (x + flag * 0.95, y), (x + flag * 0.475, y + flag * 1.5)], fill=pick(rng, BRIGHT))
            x += flag
    x = W * 0.1
    cx = x
    for part in text1:
        s = part if isinstance(part, str) else part[0]
        x0 = cx
        for ch in s:
            if ch != " ":
                sc.text(cx + flag * 0.475, y + flag * 0.45, ch, "sansb", flag * 0.6, (255, 255, 255), anchor="mm")
            cx += flag
        if not isinstance(part, str):
            sc.add(part[1], part[0], (x0, y + flag * 0.1, cx - flag * 0.05, y + flag * 0.8))
    y2 = y + flag * 2.2
    b = sc.text(W / 2, y2, line2, pick(rng, SIGN), flag * 1.6, pick(rng, BRIGHT), anchor="ma", stroke=6, sfill=(255, 255, 255),
                kind="PERSON")
    sc.text(W / 2, b[3] + flag * 0.6, pick(rng, ["love Mum, Dad & Zoe", "from all of us", "xoxo"]), pick(rng, HAND), flag * 0.6,
            (60, 40, 40), anchor="ma")
    finish(sc, rng, angle=rng.uniform(-6, 6), zoom=1.15, blur=rng.choice([0.6, 1.2]), noise=8)
    f, q = photo_fmt(rng)
    return Out(sc, f, q, "birthday_banner")


def cake(rng):
    p = person(rng)
    W, H = pick(rng, [(4032, 3024), (3000, 2000), (4000, 3000)])
    sc = Scene(W, H, img=textures.table(rng, W, H))
    cx, cy, r = W / 2, H * 0.55, min(W, H) * 0.36
    sc.d.ellipse([cx - r * 1.15, cy - r * 0.7, cx + r * 1.15, cy + r * 0.9], fill=(245, 245, 245))
    top = pick(rng, [(255, 230, 240), (255, 245, 220), (220, 240, 255), (110, 70, 50)])
    sc.d.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], fill=top, outline=shade(top), width=10)
    ink = (200, 30, 90) if top[0] > 200 else (255, 240, 200)
    hand = pick(rng, HAND + ["sansbi"])
    size = r * 0.18
    sc.rtext(cx, cy - size * 1.2, "Happy " + ordinal(p["age"]) + " Birthday", hand, size, ink, angle=0)
    sc.add("AGE", ordinal(p["age"]), _sub_box(sc, cx, cy - size * 1.2, "Happy " + ordinal(p["age"]) + " Birthday",
                                                 "Happy ", ordinal(p["age"]), hand, size))
    sc.text(cx, cy + size * 0.3, p["first"], hand, size * 1.5, ink, anchor="ma", kind="PERSON")
    for i in range(p["age"] if p["age"] < 12 else 6):
        x = cx - r * 0.7 + i * (r * 1.4 / max(1, (p["age"] if p["age"] < 12 else 6) - 1))
        sc.d.rectangle([x - 8, cy - r * 0.85, x + 8, cy - r * 0.55], fill=pick(rng, BRIGHT))
    finish(sc, rng, angle=rng.uniform(-8, 8), zoom=1.18, blur=rng.choice([0.8, 1.5]), noise=9)
    f, q = photo_fmt(rng)
    return Out(sc, f, q, "birthday_cake")


def shade(c):
    return tuple(int(v * 0.85) for v in c)


def _sub_box(sc, cx, cy, full, pre, part, f, size):
    fo = font(f, size)
    b = fo.getbbox(full)
    x0 = cx - (b[2] - b[0]) / 2 + fo.getlength(pre)
    return (x0, cy - (b[3] - b[1]) / 2, x0 + fo.getlength(part), cy + (b[3] - b[1]) / 2)


def invitation(rng):
    p = person(rng)
    w, h = 1200, 1700
    lay = make_layer(w, h, (255, 255, 255, 255))
    col = pick(rng, BRIGHT)
    lay.d.rectangle([0, 0, w, h], fill=(255, 250, 240))
    for _ in range(40):
        x, y = rng.randint(0, w), rng.randint(0, h)
        if 150 < y < h - 150 and 100 < x < w - 100:
            continue
        lay.d.ellipse([x, y, x + 30, y + 30], fill=pick(rng, BRIGHT))
    lay.text(w / 2, 160, "You're invited!", "serifbi", 96, col, anchor="ma")
    lay.segs(120, 330, ["to ", (p["first"], "PERSON"), "'s ", (ordinal(p["age"]), "AGE"), " birthday party"], "sansb", 56, (40, 40, 40))
    y = 470
    for lab, val, kind in [("When:", pick(rng, ["Saturday 14 March, 2-5pm", "Sun 21 June 11am"]), None),
                           ("Where:", p["addr"][0], "ADDRESS"), ("", p["addr"][1], "LOCATION"),
                           ("Bring:", "swimmers & a towel", None),
                           ("RSVP:", f"{p['parent'].split()[0]} {p['phone']}", None)]:
        if lab:
            lay.text(120, y, lab, "sansb", 44, col)
        if lab == "RSVP:":
            lay.segs(340, y, [(p["parent"].split()[0], "PERSON"), " ", (p["phone"], "PHONE")], "sans", 44, (30, 30, 30))
        else:
            lay.text(340, y, val, "sans", 44, (30, 30, 30), kind=kind)
        y += 90
    y += 30
    lay.text(120, y, "or email", "sans", 36, (80, 80, 80))
    lay.text(300, y, p["email"], "sans", 36, (30, 30, 120), kind="EMAIL")
    if rng.random() < 0.6:
        num = intl(p["phone"], p["region"])
        pl = pick(rng, [f"tel:{num}", f"sms:{num}?body=Yes we can come", f"https://wa.me/{num.lstrip('+')}"])
        val = num.lstrip("+") if "wa.me" in pl else num
        mod = 12
        n = lay.qr_size(pl, mod)
        lay.qr(pl, w - n - 140, h - n - 200, mod, leaks=[("PHONE", val)])
        lay.text(140, h - 200 - n / 2, "Scan to RSVP", "sansb", 46, col)
    return _photo(rng, lay, "invitation", frac=0.82)


def parcel(rng):
    p = person(rng)
    w, h = 1500, 1000
    lay = make_layer(w, h)
    kraft = textures.mottled(rng, w, h, (190, 150, 105), 14, 40)
    lay.img.paste(kraft, (0, 0))
    lay.img.putalpha(255)
    env = rng.random() < 0.4
    if env:
        lay.d.rectangle([0, 0, w, h], fill=(250, 248, 240))
        lay.d.rectangle([w - 260, 60, w - 80, 270], fill=pick(rng, BRIGHT))
    else:
        lay.d.rectangle([380, 260, 1380, 860], fill=(255, 255, 255))
        lay.d.rectangle([0, h * 0.45, w, h * 0.55], fill=(170, 140, 100))
        lay.d.rectangle([380, 260, 1380, 860], fill=(255, 255, 255), outline=(60, 60, 60), width=3)
    hand = pick(rng, HAND) if env or rng.random() < 0.5 else pick(rng, ["sans", "mono", "dvc"])
    x, y = (420, 340) if not env else (480, 420)
    lay.text(x, y - 70, "TO:" if not env else "", "sansb", 34, (60, 60, 60))
    lay.text(x, y, p["full"], hand, 54, (20, 20, 40), kind="PERSON")
    lay.text(x, y + 80, p["addr"][0], hand, 54, (20, 20, 40), kind="ADDRESS")
    lay.text(x, y + 160, p["addr"][1], hand, 54, (20, 20, 40), kind="LOCATION")
    ctry = {"US": "USA", "UK": "UNITED KINGDOM", "IE": "IRELAND", "CA": "CANADA", "AU": "AUSTRALIA",
            "NZ": "NEW ZEALAND", "IN": "INDIA", "ZA": "SOUTH AFRICA", "DE": "GERMANY", "FR": "FRANCE",
            "NL": "NETHERLANDS", "NG": "NIGERIA", "PH": "PHILIPPINES", "BR": "BRAZIL"}[p["region"]]
    lay.text(x, y + 240, ctry, hand, 54, (20, 20, 40))
    if not env:
        lay.text(x, y + 330, "Tel:", "sans", 34, (60, 60, 60))
        lay.text(x + 80, y + 326, p["phone"], "sans", 38, (20, 20, 20), kind="PHONE")
    else:
        lay.text(60, 60, "From: " + friend(rng).split()[0] + ", " + pick(rng, ["Leeds", "Perth", "Toronto", "Pune"]), "sansi", 32, (60, 60, 60))
    return _photo(rng, lay, "envelope" if env else "parcel", frac=0.85)


def name_label(rng):
    p = person(rng)
    what = pick(rng, ["lunch box", "school bag", "water bottle", "pencil case", "jumper tag"])
    w, h = 1400, 1000
    lay = make_layer(w, h)
    col = pick(rng, BRIGHT)
    if what == "water bottle":
        lay = make_layer(700, 1600)
        lay.rrect([80, 200, 620, 1580], 90, fill=col + (255,))
        lay.rrect([220, 40, 480, 220], 30, fill=(60, 60, 60, 255))
        lx, ly, lw, lh = 110, 700, 480, 300
    else:
        lay.rrect([20, 20, w - 20, h - 20], 90, fill=col + (255,))
        lx, ly, lw, lh = 250, 320, 900, 360
    lay.rrect([lx, ly, lx + lw, ly + lh], 40, fill=(255, 255, 255, 255))
    f = pick(rng, ["sansb", "dvb", "sansbi", "serifbi"] + HAND)
    sz = lh * 0.28
    while lay.tw(p["full"], f, sz) > lw * 0.9:
        sz *= 0.9
    lay.text(lx + lw / 2, ly + lh * 0.1, p["full"], f, sz, (20, 20, 20), anchor="ma", kind="PERSON")
    sub = pick(rng, [(p["year"], "AGE"), (p["school"], "SCHOOL"), (p["phone"], "PHONE")])
    sz2 = lh * 0.14
    while lay.tw(sub[0], "sans", sz2) > lw * 0.9:
        sz2 *= 0.9
    lay.text(lx + lw / 2, ly + lh * 0.6, sub[0], "sans", sz2, (50, 50, 50), anchor="ma", kind=sub[1])
    return _photo(rng, lay, "name_label_" + what.replace(" ", "_"), frac=0.7, angle=15)


def shirt(rng):
    p = person(rng)
    w, h = 1400, 1600
    lay = make_layer(w, h)
    col = pick(rng, BRIGHT)
    lay.d.polygon([(300, 0), (1100, 0), (1400, 300), (1200, 500), (1100, 420), (1100, 1600), (300, 1600), (300, 420),
                   (200, 500), (0, 300)], fill=col + (255,))
    lay.d.ellipse([560, -100, 840, 120], fill=(0, 0, 0, 0))
    ink = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
    nm = p["last"].upper() if rng.random() < 0.5 else p["first"].upper()
    sz = 150
    while lay.tw(nm, "libn", sz) > 760:
        sz *= 0.9
    lay.text(w / 2, 260, nm, "libn", sz, ink, anchor="ma", kind="PERSON")
    lay.text(w / 2, 470, str(rng.randint(2, 23)), "libn", 520, ink, anchor="ma")
    club = p["club"].upper()
    sz = 64
    while lay.tw(club, "sansb", sz) > 760:
        sz *= 0.9
    lay.text(w / 2, 1250, club, "sansb", sz, ink, anchor="ma", kind="ORG")
    return _photo(rng, lay, "sports_shirt", bg=lambda r, W, H: textures.fabric(r, W, H, (200, 200, 205)), frac=0.85, angle=8)


SCENES = [banner, cake, invitation, parcel, name_label, shirt]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
