"""Outdoor/wall photos: school signs and gates, club flyers, lost-pet posters, door numbers and mailboxes,
QR posters with contact payloads."""
import textures
from common import Out, Scene, finish, pick, photo_fmt, make_layer, PHOTO_SIZES, SIGN, HAND
from people import person, friend, intl, PETS, handle

BRIGHT = [(230, 60, 90), (40, 120, 220), (250, 180, 30), (60, 170, 90), (150, 70, 200), (20, 60, 110)]


def _photo(rng, lay, scene, bg, frac=0.75, angle=10):
    W, H = pick(rng, PHOTO_SIZES)
    ph = textures.photo_with(rng, lay, W, H, bg, frac=frac, max_angle=angle, shear=rng.uniform(-0.12, 0.12))
    finish(ph, rng, blur=rng.choice([0, 0.8, 1.6]), noise=rng.choice([6, 10, 14]), contrast=rng.choice([1.0, 0.8, 0.7]),
           tint=pick(rng, [None, (10, 5, -10), (-8, 0, 10)]))
    f, q = photo_fmt(rng)
    return Out(ph, f, q, scene)


def school_sign(rng):
    p = person(rng)
    w, h = 2000, 900
    lay = make_layer(w, h)
    col = pick(rng, BRIGHT)
    lay.rrect([0, 0, w - 1, h - 1], 30, fill=col + (255,))
    lay.rrect([30, 30, w - 31, h - 31], 20, outline=(255, 255, 255, 255), width=8)
    words = p["school"].upper().split(" ")
    k = 1 if len(words) < 3 else (2 if len(words[0]) < 5 else 1)
    l1, l2 = " ".join(words[:k]), " ".join(words[k:])
    f = pick(rng, SIGN)
    sz = 220
    while max(lay.tw(l1, f, sz), lay.tw(l2, f, sz * 0.6)) > w * 0.86:
        sz *= 0.92
    b1 = lay.text(w / 2, 110, l1, f, sz, (255, 255, 255), anchor="ma")
    b2 = lay.text(w / 2, b1[3] + 40, l2, f, sz * 0.6, (255, 255, 255), anchor="ma")
    lay.add("SCHOOL", f"{l1} {l2}", (min(b1[0], b2[0]), b1[1], max(b1[2], b2[2]), b2[3]))
    extra = pick(rng, [[("Principal: ", None), ("Mrs " + friend(rng).split()[-1], "PERSON")],
                       [("", None), (p["addr"][0] + ", " + p["town"], "ADDRESS")],
                       [("Office ", None), (p["home"], "PHONE")]])
    txt = "".join(a for a, _ in extra)
    fz = 70
    while lay.tw(txt, "sans", fz) > w * 0.86:
        fz *= 0.92
    x0 = w / 2 - lay.tw(txt, "sans", fz) / 2
    lay.segs(x0, h - 170, [a if k is None else (a, k) for a, k in extra], "sans", fz, (255, 255, 255))
    bg = pick(rng, [textures.brick, textures.sky_and_ground, textures.concrete])
    return _photo(rng, lay, "school_sign", bg, frac=0.8)


def flyer(rng):
    p = person(rng)
    w, h = 1240, 1754
    lay = make_layer(w, h, (255, 255, 255, 255))
    col = pick(rng, BRIGHT)
    lay.d.rectangle([0, 0, w, 380], fill=col)
    club = p["club"]
    f = pick(rng, SIGN)
    words = club.upper().split(" ")
    half = (len(words) + 1) // 2
    l1, l2 = " ".join(words[:half]), " ".join(words[half:])
    sz = 110
    while max(lay.tw(l1, f, sz), lay.tw(l2, f, sz)) > w * 0.88:
        sz *= 0.92
    lay.lines(w / 2, 60, [l1, l2] if l2 else [l1], f, sz, (255, 255, 255), gap=1.2, kind="ORG", anchor="ma")
    lay.text(w / 2, 440, pick(rng, ["NEW MEMBERS WELCOME!", "TRY-OUTS THIS SATURDAY", "JOIN US THIS TERM"]), "sansb", 64,
             (30, 30, 30), anchor="ma")
    y = 580
    for parts in [[f"Ages {p['age'] - 2}-{p['age'] + 2}, every Tuesday 5pm"],
                  ["at ", (p["addr"][0], "ADDRESS"), ", ", (p["town"], "LOCATION")],
                  ["Coach: ", (friend(rng), "PERSON")],
                  ["Call/text ", (p["phone"], "PHONE")],
                  ["Email ", (p["email"], "EMAIL")]]:
        lay.segs(100, y, parts, "sans", 44, (30, 30, 30))
        y += 90
    num = intl(p["phone"], p["region"])
    pl = pick(rng, [f"MECARD:N:{friend(rng).split()[-1]},Coach;TEL:{num};;", f"tel:{num}", f"mailto:{p['email']}"])
    mod = 12
    n = lay.qr_size(pl, mod)
    leaks = [("PHONE", num)] if "TEL" in pl or "tel:" in pl else [("EMAIL", p["email"])]
    if pl.startswith("MECARD"):
        leaks.append(("PERSON", pl.split("N:")[1].split(";")[0]))
    lay.qr(pl, w - n - 100, h - n - 100, mod, leaks=leaks)
    lay.text(100, h - 100 - n / 2, "Scan for details", "sansb", 50, col)
    for i in range(8):
        x = i * w / 8
        lay.d.line([(x, h - 60), (x, h)], fill=(180, 180, 180), width=2)
    return _photo(rng, lay, "club_flyer", pick(rng, [textures.brick, textures.concrete, textures.wood]), frac=0.85)


def lost_pet(rng):
    p = person(rng)
    pet, kind = pick(rng, PETS)
    w, h = 1240, 1754
    lay = make_layer(w, h, (255, 255, 240, 255))
    head, hs = "LOST " + kind.upper() + "!", 190
    while lay.tw(head, "libn", hs) > w * 0.9:
        hs *= 0.93
    lay.text(w / 2, 60, head, "libn", hs, (200, 20, 20), anchor="ma")
    lay.d.rectangle([170, 300, w - 170, 900], fill=(150, 140, 120))
    lay.d.ellipse([420, 420, 820, 820], fill=(110, 90, 70))
    lay.text(w / 2, 950, f"\"{pet}\"", "sansb", 90, (20, 20, 20), anchor="ma")
    y = 1030
    for parts in [["Last seen near ", (p["street"], "ADDRESS")], ["in ", (p["town"], "LOCATION"), " on Sunday"],
                  ["Please call ", (p["parent"].split()[0], "PERSON"), " or ", (p["first"], "PERSON")]]:
        lay.segs(100, y, parts, "sans", 50, (20, 20, 20))
        y += 80
    hand = rng.random() < 0.3
    lay.text(w / 2, y + 20, p["phone"], pick(rng, HAND) if hand else "sansb", 84, (20, 20, 20), anchor="ma", kind="PHONE")
    tabs = 8
    for i in range(tabs):
        x = i * w / tabs
        lay.d.line([(x, h - 300), (x, h)], fill=(150, 150, 150), width=2)
        sub = make_layer(300, w / tabs)
        sub.text(10, 30, p["phone"], "sans", 32, (20, 20, 20), kind="PHONE")
        from common import mat
        lay.place(sub, mat(tx=x + w / tabs / 2, ty=h - 150, angle=90, cx=150, cy=w / tabs / 2))
    bg = pick(rng, [textures.wood, textures.concrete, textures.brick])
    return _photo(rng, lay, "lost_pet_poster", bg, frac=0.85, angle=8)


def door(rng):
    p = person(rng)
    num = p["street"] if False else p["addr"][0]
    w, h = 1800, 1400
    lay = make_layer(w, h)
    mailbox = rng.random() < 0.5
    col = pick(rng, [(30, 50, 90), (120, 20, 30), (20, 80, 50), (240, 240, 235), (40, 40, 40)])
    ink = (230, 200, 120) if sum(col) < 400 else (30, 30, 30)
    if mailbox:
        lay.rrect([200, 200, 1600, 1200], 120, fill=col + (255,))
        lay.d.rectangle([350, 400, 1450, 470], fill=(20, 20, 20))
    else:
        lay.rrect([0, 0, w - 1, h - 1], 30, fill=col + (255,))
        for i in range(2):
            lay.d.rectangle([150 + i * 800, 650, 850 + i * 800, 1300], outline=tuple(max(0, v - 30) for v in col), width=14)
    f = pick(rng, ["serifb", "sansb", "dvsb", "libn"])
    sz = 140
    while lay.tw(num, f, sz) > 1200:
        sz *= 0.92
    lay.text(w / 2, 560 if mailbox else 200, num, f, sz, ink, anchor="ma", kind="ADDRESS")
    line2 = pick(rng, [(f"The {p['last']} Family", "PERSON"), (p["town"], "LOCATION"), (p["pc"], "LOCATION")])
    sz2 = 90
    while lay.tw(line2[0], "serifi", sz2) > 1200:
        sz2 *= 0.92
    lay.text(w / 2, 800 if mailbox else 420, line2[0], "serifi", sz2, ink, anchor="ma", kind=line2[1])
    bg = pick(rng, [textures.brick, textures.concrete])
    return _photo(rng, lay, "mailbox" if mailbox else "front_door", bg, frac=0.8, angle=9)


def qr_sticker(rng):
    p = person(rng)
    w, h = 1000, 1300
    lay = make_layer(w, h)
    col = pick(rng, BRIGHT)
    lay.rrect([0, 0, w - 1, h - 1], 60, fill=col + (255,))
    num = intl(p["phone"], p["region"])
    lat, lon = round(rng.uniform(-45, 55), 5), round(rng.uniform(-120, 175), 5)
    c = rng.randrange(5)
    if c == 0:
        pl, lk, cap = f"tel:{num}", [("PHONE", num)], "If found, call my mum"
    elif c == 1:
        pl, lk, cap = f"mailto:{p['email']}", [("EMAIL", p["email"])], "If found please email"
    elif c == 2:
        pl, lk, cap = f"geo:{lat},{lon}", [("LOCATION", f"{lat},{lon}")], "Our treehouse HQ"
    elif c == 3:
        hd = handle(rng, p["first"])
        pl, lk, cap = f"https://snapchat.com/add/{hd}", [("HANDLE", hd)], "Add me!"
    else:
        pl = f"MECARD:N:{p['last']},{p['first']};TEL:{num};ADR:{p['addr'][0]};;"
        lk, cap = [("PERSON", f"{p['last']},{p['first']}"), ("PHONE", num), ("ADDRESS", p["addr"][0])], "This bag belongs to"
    lay.text(w / 2, 60, cap, "sansb", 54, (255, 255, 255), anchor="ma")
    mod = 14
    n = lay.qr_size(pl, mod)
    while n > w - 160:
        mod -= 1
        n = lay.qr_size(pl, mod)
    lay.qr(pl, (w - n) / 2, 200, mod, leaks=lk)
    lay.text(w / 2, 200 + n + 90, p["first"], "sansb", 90, (255, 255, 255), anchor="ma", kind="PERSON")
    bg = pick(rng, [lambda r, W, H: textures.fabric(r, W, H, (40, 50, 80)), textures.table, textures.wood])
    return _photo(rng, lay, "qr_sticker", bg, frac=0.62, angle=10)


SCENES = [school_sign, flyer, lost_pet, door, qr_sticker, school_sign]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
