"""Outdoor photos: school signs and buses, house numbers, doors, mailboxes, lost-pet posters;
clean road signs and chain-shop signs."""
import textures
from common import Canvas, font, pick, pick_size, mix, REGULAR, BOLD, HAND, rcolor, ink_for
from people import FIRST, LAST
import photo


def _outdoor(rng, top="sky", bottom=None, portrait=None, hfrac=None):
    W, H = pick_size(rng, "photo", portrait, 0.85)
    nr = photo.nrs(rng)
    img = textures.make(nr, top, W, H)
    c = Canvas(W, H, img=img)
    if bottom:
        hy = int(H * (hfrac or rng.uniform(0.55, 0.75)))
        b = textures.make(nr, bottom, W, H - hy)
        c.img.paste(b, (0, hy))
    return c


def _post_sign(rng, w, h, bgc, post=True):
    c = Canvas(w, h + (600 if post else 0), (0, 0, 0, 0), "RGBA")
    if post:
        c.d.rectangle([w * 0.15, h - 20, w * 0.15 + 60, h + 600], fill=(90, 90, 95))
        c.d.rectangle([w * 0.85 - 60, h - 20, w * 0.85, h + 600], fill=(90, 90, 95))
    c.d.rounded_rectangle([0, 0, w, h], radius=30, fill=bgc, outline=mix(bgc, (255, 255, 255), 0.5), width=14)
    return c


def school_sign(rng, p):
    bg = _outdoor(rng, "sky", "grass")
    col = pick(rng, [(20, 50, 120), (0, 90, 50), (120, 20, 30), (240, 240, 240), (60, 40, 100)])
    ink = ink_for(col)
    c = _post_sign(rng, 2400, 1200, col)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    f = font(fb, 150)
    while f.getlength(p.school) > 2200:
        f = font(fb, f.size - 6)
    c.text((1200, 260), p.school, f, ink, "SCHOOL", anchor="mm")
    head = pick(rng, ["Principal: ", "Headteacher: ", "Head: "]) + pick(rng, ["Mrs ", "Mr ", "Dr "]) + pick(rng, FIRST[p.reg]) + " " + pick(rng, LAST[p.reg])
    i0 = head.index(":") + 2
    c.spans((1200, 520), [(head[:i0], None), (head[i0:], "PERSON")], font(fr, 80), ink, anchor="mm")
    r = rng.random()
    if r < 0.5:
        c.spans((1200, 720), [(p.street.replace(p.street.split()[0], "School"), "LOCATION"), (", ", None), (p.town, "LOCATION")], font(fr, 80), ink, anchor="mm")
    else:
        c.d.text((1200, 720), pick(rng, ["Welcome back!", "Term starts 3 Sept", "Book fair Friday", "Drive slowly"]), font=font(fr, 90), fill=ink, anchor="mm")
    c.spans((1200, 960), [("Office ", None), (p.phone, "PHONE")], font(fr, 70), ink, anchor="mm")
    photo.place_card(rng, bg, c, rng.uniform(0.45, 0.85), rng.uniform(-3, 3), 0.06)
    return bg, "photo", "school sign outdoors (%s)" % p.reg


def school_bus(rng, p):
    bg = _outdoor(rng, "sky", "asphalt", False)
    W, H = 3200, 1400
    c = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    yel = pick(rng, [(250, 190, 0), (255, 205, 40), (240, 240, 240), (40, 90, 170)])
    c.d.rounded_rectangle([0, 100, W, 1150], radius=80, fill=yel)
    for i in range(8):
        c.d.rounded_rectangle([200 + i * 350, 180, 480 + i * 350, 500], radius=20, fill=(60, 80, 100))
    c.d.rectangle([0, 620, W, 680], fill=(20, 20, 20))
    for x in (600, 2600):
        c.d.ellipse([x - 200, 950, x + 200, 1350], fill=(25, 25, 25))
        c.d.ellipse([x - 90, 1060, x + 90, 1240], fill=(150, 150, 150))
    ink = ink_for(yel)
    fb = pick(rng, BOLD)
    if rng.random() < 0.5:
        c.spans((W / 2, 790), [(p.town.upper(), "LOCATION"), (" SCHOOL DISTRICT", None)], font(fb, 130), ink, anchor="mm")
    else:
        c.text((W / 2, 790), p.school.upper(), font(fb, 130 if len(p.school) < 24 else 100), ink, "SCHOOL", anchor="mm")
    c.d.text((W - 300, 560), "No. %d" % rng.randint(3, 90), font=font(fb, 60), fill=ink, anchor="mm")
    if rng.random() < 0.6:
        c.spans((W / 2, 920), [("How's my driving? ", None), (p.phone, "PHONE")], font(pick(rng, REGULAR), 60), ink, anchor="mm")
    photo.place_card(rng, bg, c, rng.uniform(0.6, 0.9), rng.uniform(-2, 2), 0.1, cy=bg.h * 0.6, shadow_on=False)
    return bg, "photo", "school bus (%s)" % p.reg


def house_street_sign(rng, p):
    bg = _outdoor(rng, "brick" if rng.random() < 0.6 else "wall", None)
    fb = pick(rng, BOLD)
    st = Canvas(2000, 420, pick(rng, [(255, 255, 255), (20, 60, 30), (30, 40, 110), (240, 240, 240)]))
    ink = ink_for(st.img.getpixel((5, 5)))
    if sum(ink) > 600 and st.img.getpixel((5, 5)) == (240, 240, 240):
        ink = (20, 20, 20)
    st.d.rectangle([10, 10, 1990, 410], outline=ink, width=12)
    st.text((1000, 180), p.street.upper() if rng.random() < 0.6 else p.street, font(fb, 170), ink, "LOCATION", anchor="mm")
    if rng.random() < 0.5:
        st.text((1000, 340), p.town, font(pick(rng, REGULAR), 70), ink, "LOCATION", anchor="mm")
    photo.place_card(rng, bg, st, rng.uniform(0.3, 0.55), rng.uniform(-4, 4), 0.08, cx=bg.w * rng.uniform(0.3, 0.5), cy=bg.h * rng.uniform(0.25, 0.4))
    num = Canvas(700, 700, (0, 0, 0, 0), "RGBA")
    col = pick(rng, [(30, 30, 30), (240, 240, 230), (180, 140, 60), (20, 60, 120)])
    num.d.ellipse([0, 0, 699, 699], fill=col) if rng.random() < 0.5 else num.d.rounded_rectangle([0, 0, 699, 699], radius=60, fill=col)
    num.text((350, 350), p.house, font(pick(rng, BOLD + ["serif", "libserif"]), 360), ink_for(col), "ADDRESS", anchor="mm")
    photo.place_card(rng, bg, num, rng.uniform(0.12, 0.3), rng.uniform(-5, 5), 0.06, cx=bg.w * rng.uniform(0.62, 0.8), cy=bg.h * rng.uniform(0.55, 0.75))
    return bg, "photo", "house number near street sign (%s)" % p.reg


def door_number(rng, p):
    bg = _outdoor(rng, "wall", None, True)
    W, H = 1400, 2600
    d = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    col = rcolor(rng, 20, 230)
    d.d.rectangle([0, 0, W, H], fill=col)
    for (x0, y0) in [(150, 200), (750, 200), (150, 1400), (750, 1400)]:
        d.d.rectangle([x0, y0, x0 + 500, y0 + 1000], outline=mix(col, (0, 0, 0), 0.3), width=20)
    gold = (200, 170, 80)
    d.text((W / 2, 600), p.house, font(pick(rng, ["serif-b", "libserif-b", "sans-b"]), 260), gold, "ADDRESS", anchor="mm")
    d.d.rectangle([500, 1250, 900, 1330], fill=gold)
    if rng.random() < 0.6:
        d.d.rounded_rectangle([300, 900, 1100, 1080], radius=20, fill=(240, 235, 220))
        d.spans((W / 2, 990), [("The ", None), (p.last, "PERSON"), ("s", None)], font(pick(rng, HAND + ["serif"]), 100), (40, 40, 40), anchor="mm")
    photo.place_card(rng, bg, d, rng.uniform(0.7, 0.95), rng.uniform(-2, 2), 0.1)
    return bg, "photo", "front door number (%s)" % p.reg


def mailbox(rng, p):
    bg = _outdoor(rng, "sky", "grass", None, 0.5)
    W, H = 1600, 2400
    m = Canvas(W, H, (0, 0, 0, 0), "RGBA")
    col = pick(rng, [(30, 30, 30), (200, 30, 30), (240, 240, 240), (30, 80, 50)])
    m.d.rectangle([700, 1100, 900, 2400], fill=(110, 80, 50))
    m.d.rounded_rectangle([100, 300, 1500, 1200], radius=300, fill=col)
    ink = ink_for(col)
    fb = pick(rng, BOLD)
    m.text((800, 640), p.house, font(fb, 300), ink, "ADDRESS", anchor="mm")
    r = rng.random()
    if r < 0.5:
        m.spans((800, 960), [("THE ", None), (p.last.upper(), "PERSON"), ("S", None)], font(fb, 110), ink, anchor="mm")
    else:
        m.text((800, 960), p.street, font(fb, 100 if len(p.street) < 16 else 70), ink, "LOCATION", anchor="mm")
    photo.place_card(rng, bg, m, rng.uniform(0.5, 0.9), rng.uniform(-3, 3), 0.06, shadow_on=False)
    return bg, "photo", "mailbox with number (%s)" % p.reg


def lost_pet_poster(rng, p):
    W, H = 1654, 2339
    c = Canvas(W, H, pick(rng, [(255, 255, 255), (255, 250, 200), (255, 235, 235)]))
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    red = pick(rng, [(200, 20, 20), (20, 20, 20)])
    c.d.text((W / 2, 200), "LOST " + p.pet_kind.upper(), font=font(fb, 190 if len(p.pet_kind) < 8 else 130), fill=red, anchor="mm")
    c.d.rectangle([350, 380, 1300, 1100], fill=(225, 225, 225))
    c.d.ellipse([600, 550, 1050, 950], fill=pick(rng, [(120, 80, 40), (40, 40, 40), (230, 180, 120)]))
    c.d.text((W / 2, 1220), p.pet.upper(), font=font(fb, 130), fill=(0, 0, 0), anchor="mm")
    y = 1380
    fs = font(fr, pick(rng, [56, 62, 70]))
    for ln in [[("Last seen near ", None), (p.place, "LOCATION")], [("in ", None), (p.town, "LOCATION"), (" on Tuesday", None)],
               [("Please call ", None), (p.first, "PERSON"), (" or mum on", None)]]:
        c.spans((W / 2, y), ln, fs, (20, 20, 20), anchor="mt")
        y += 100
    c.text((W / 2, y + 20), p.parent_phone, font(fb, 110), red, "PHONE", anchor="mt")
    if rng.random() < 0.6:
        for i in range(8):
            x = 100 + i * 185
            c.d.line([(x, 1900), (x, H)], fill=(150, 150, 150), width=3)
            c.rot_text(x + 92, 2120, p.parent_phone, font(fr, 34), (0, 0, 0), 90, "PHONE")
    bg = photo.stage(rng, c, ["brick", "wood", "cork", "wall", "metal"], (0.45, 0.9), portrait=True, persp=0.08)
    return bg, "photo", "lost pet poster (%s)" % p.reg


ROADS = [("UK", [("London", 42), ("Birmingham", 118), ("M1", None)], (0, 90, 60)), ("UK", [("Manchester", 23), ("Leeds", 51), ("M62", None)], (0, 90, 60)),
         ("US", [("Chicago", 18), ("Milwaukee", 92), ("I-94", None)], (0, 110, 60)), ("AU", [("Sydney", 35), ("Newcastle", 120), ("M1", None)], (0, 110, 60)),
         ("IE", [("Dublin", 28), ("Galway", 190), ("M4", None)], (30, 80, 160)), ("CA", [("Toronto", 44), ("Ottawa", 398), ("401", None)], (0, 110, 60)),
         ("ZA", [("Johannesburg", 56), ("Pretoria", 60), ("N1", None)], (0, 110, 60)), ("IN", [("Mumbai", 148), ("Pune", 12), ("NH48", None)], (0, 110, 60))]


def road_sign(rng, p):
    bg = _outdoor(rng, "sky", "asphalt", False)
    reg, items, col = pick(rng, ROADS)
    c = Canvas(2400, 1300, col)
    c.d.rectangle([20, 20, 2380, 1280], outline=(255, 255, 255), width=16)
    fb = pick(rng, ["sans-b", "lib-b", "cond-b"])
    y = 180
    for name, dist in items:
        if dist is None:
            c.d.rectangle([100, y - 90, 600, y + 90], fill=(0, 60, 170))
            c.d.text((350, y), name, font=font(fb, 140), fill=(255, 255, 255), anchor="mm")
        else:
            c.d.text((200, y), name, font=font(fb, 160), fill=(255, 255, 255), anchor="lm")
            c.d.text((2250, y), "%d %s" % (dist, "mi" if reg in ("UK", "US") else "km"), font=font(fb, 160), fill=(255, 255, 255), anchor="rm")
        y += 420
    photo.place_card(rng, bg, c, rng.uniform(0.45, 0.85), rng.uniform(-2, 2), 0.08, cy=bg.h * 0.38, shadow_on=False)
    return bg, "photo", "road sign to big cities, clean"


SHOPS = [("Starbucks Coffee", (0, 112, 74)), ("TESCO Express", (238, 28, 46)), ("Boots", (5, 54, 136)), ("7-ELEVEN", (0, 128, 96)),
         ("Tim Hortons", (200, 16, 46)), ("Woolworths", (18, 120, 50)), ("Walgreens", (229, 24, 55)), ("Pick n Pay", (0, 84, 154)),
         ("SPAR", (0, 130, 60)), ("SUBWAY", (0, 140, 70)), ("Costa", (110, 20, 40)), ("Lidl", (0, 80, 170))]


def shop_sign(rng, p):
    bg = _outdoor(rng, "brick", "asphalt", False, 0.85)
    name, col = pick(rng, SHOPS)
    c = Canvas(3000, 700, col)
    fb = pick(rng, BOLD)
    c.d.text((1500, 330), name, font=font(fb, 300 if len(name) < 12 else 230), fill=(255, 255, 255), anchor="mm")
    photo.place_card(rng, bg, c, rng.uniform(0.7, 0.95), rng.uniform(-2, 2), 0.1, cy=bg.h * 0.3, shadow_on=False)
    win = Canvas(2000, 900, (60, 70, 80))
    win.d.text((1000, 200), pick(rng, ["OPEN 7am - 11pm", "OPEN 24 HOURS", "Mon-Sat 8-8  Sun 10-4"]), font=font(pick(rng, BOLD), 110), fill=(255, 230, 120), anchor="mm")
    win.d.text((1000, 450), pick(rng, ["Meal deal 3.50", "2 for 1 on snacks", "Free WiFi inside", "Now hiring - ask in store"]), font=font(pick(rng, REGULAR), 100), fill=(255, 255, 255), anchor="mm")
    photo.place_card(rng, bg, win, rng.uniform(0.3, 0.5), 0, 0.05, cy=bg.h * 0.62, shadow_on=False)
    return bg, "photo", "chain shop sign, clean"
