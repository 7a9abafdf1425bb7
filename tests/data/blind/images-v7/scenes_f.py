"""QR codes with personal payloads, and the clean families with tempting harmless text."""
import math
from common import Canvas, font, pick, pick_size, mix, REGULAR, BOLD, HAND, rcolor, ink_for, qr_size, wrap_text
import photo
import ui

# ------------------------------------------------------------------ QR leaks
QR_KINDS = ["tel", "sms", "mailto", "geo", "mecard", "vcard", "wifi", "wame", "tme", "snap", "discord", "textphone", "textaddr", "insta", "vcard", "mecard", "tel"]


def qr_payload(rng, p, kind):
    digits = "+" + "".join(ch for ch in p.phone_intl if ch.isdigit())
    if kind == "tel":
        return "tel:" + digits, [("PHONE", digits)], "Call me"
    if kind == "sms":
        return "SMSTO:%s:hi its %s" % (digits, p.first), [("PHONE", digits), ("PERSON", p.first)], "Text me"
    if kind == "mailto":
        return "mailto:" + p.email, [("EMAIL", p.email)], "Email me"
    if kind == "geo":
        lat, lon = "%.5f" % rng.uniform(-40, 55), "%.5f" % rng.uniform(-120, 150)
        return "geo:%s,%s" % (lat, lon), [("LOCATION", "%s,%s" % (lat, lon))], "My house!"
    if kind == "mecard":
        return ("MECARD:N:%s,%s;TEL:%s;EMAIL:%s;ADR:%s, %s;;" % (p.last, p.first, digits, p.email, p.addr1, p.town),
                [("PERSON", "%s,%s" % (p.last, p.first)), ("PHONE", digits), ("EMAIL", p.email), ("ADDRESS", p.addr1), ("LOCATION", p.town)], "My contact")
    if kind == "vcard":
        bd = "%d%02d%02d" % (p.dob_y, p.dob_m, p.dob_d)
        v = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL:%s\nADR:;;%s;%s;;%s;\nBDAY:%s\nORG:%s\nEND:VCARD" % (
            p.full, digits, p.email, p.addr1, p.town, p.postcode, bd, p.school)
        return v, [("PERSON", p.full), ("PHONE", digits), ("EMAIL", p.email), ("ADDRESS", p.addr1), ("LOCATION", p.town), ("ADDRESS", p.postcode),
                   ("DATE_OF_BIRTH", bd), ("SCHOOL", p.school)], "Save my contact"
    if kind == "wifi":
        if rng.random() < 0.5:
            ss = "%s %s WiFi" % (p.house, p.street)
            return "WIFI:S:%s;T:WPA;P:%s%d;;" % (ss, p.pet.lower(), p.dob_y), [("ADDRESS", "%s %s" % (p.house, p.street))], "Guest WiFi"
        ss = "The%sFamily_5G" % p.last.replace(" ", "").replace("'", "")
        return "WIFI:S:%s;T:WPA;P:%s%d;;" % (ss, p.pet.lower(), p.dob_y), [("PERSON", p.last.replace(" ", "").replace("'", ""))], "WiFi"
    if kind == "wame":
        u = "https://wa.me/" + digits[1:]
        return u, [("URL", u), ("PHONE", digits[1:])], "WhatsApp me"
    if kind == "tme":
        u = "https://t.me/" + p.handle.replace(".", "_")
        return u, [("URL", u), ("HANDLE", p.handle.replace(".", "_"))], "Telegram"
    if kind == "snap":
        u = "https://www.snapchat.com/add/" + p.handle
        return u, [("URL", u), ("HANDLE", p.handle)], "Add me on Snap"
    if kind == "discord":
        code = "".join(pick(rng, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        u = "https://discord.gg/" + code
        return u, [("URL", u)], "join my server"
    if kind == "insta":
        u = "https://instagram.com/" + p.handle
        return u, [("URL", u), ("HANDLE", p.handle)], "follow me"
    if kind == "textphone":
        t = "%s %s" % (p.full, p.phone)
        return t, [("PERSON", p.full), ("PHONE", p.phone)], "scan for my number"
    t = "%s, %s %s" % (p.addr1, p.town, p.postcode)
    return t, [("ADDRESS", p.addr1), ("LOCATION", p.town), ("ADDRESS", p.postcode)], "party here!"


def qr_leaky(rng, p):
    kind = QR_KINDS[getattr(p, "variant", 0) % len(QR_KINDS)]
    payload, leaks, cap = qr_payload(rng, p, kind)
    second = None
    if rng.random() < 0.25:
        k2 = pick(rng, ["snap", "wame", "insta", "tme"])
        if k2 != kind:
            second = qr_payload(rng, p, k2)
    mode = rng.randint(0, 2)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    if mode == 0:
        W, H = pick_size(rng, "screen")
        s = W / 1080
        dark = rng.random() < 0.5
        th = ui.THEMES["dark" if dark else "light"]
        c = Canvas(W, H, th["bg"] if not dark else (20, 20, 24))
        ui.status_bar(c, th, s, rng, "sans")
        mod = max(6, int(14 * s)) if second is None else max(5, int(9 * s))
        q = qr_size(payload, mod)
        x = (W - q) // 2
        c.text((W / 2, 230 * s), p.first + " " + p.last[0] + ".", font(fb, 56 * s), th["text"], "PERSON", anchor="mm")
        c.qr(payload, x, int(330 * s), mod, leaks)
        y = 330 * s + q + 60 * s
        c.d.text((W / 2, y), cap, font=font(fr, 44 * s), fill=th["sub"], anchor="mm")
        if second and y + 140 * s + qr_size(second[0], mod) > H - 60 * s:
            second = None
        if second:
            q2 = qr_size(second[0], mod)
            c.qr(second[0], (W - q2) // 2, int(y + 80 * s), mod, second[1])
            c.d.text((W / 2, y + 120 * s + q2), second[2], font=font(fr, 44 * s), fill=th["sub"], anchor="mm")
        return c, "screen", "QR code share screen %s (%s)" % (kind, p.reg)
    # printed card / sticker photographed
    mod = 14
    q = qr_size(payload, mod)
    W = max(q + 200, 1200 if second is None else 2 * q + 400)
    H = q + 600
    bgc = pick(rng, [(255, 255, 255), (255, 245, 200), (230, 245, 255), (255, 230, 240)])
    c = Canvas(W, H, bgc)
    ink = ink_for(bgc)
    title = pick(rng, [cap, cap.upper(), "scan me :)", "SCAN ME"])
    c.d.text((W / 2, 120), title, font=font(pick(rng, BOLD + HAND), 90), fill=ink, anchor="mm")
    if second:
        c.qr(payload, 100, 240, mod, leaks)
        q2 = qr_size(second[0], mod)
        c.qr(second[0], W - 100 - q2, 240, mod, second[1])
    else:
        c.qr(payload, (W - q) // 2, 240, mod, leaks)
    if rng.random() < 0.5:
        c.spans((W / 2, H - 130), [("by ", None), (p.first, "PERSON"), (" (", None), (p.year, "AGE"), (")", None)], font(fr, 64), ink, anchor="mm")
    if mode == 1:
        bg = photo.stage(rng, c, ["wood", "cork", "fabric", "wall", "metal"], (0.35, 0.75), persp=0.04, angle=rng.uniform(-8, 8))
        return bg, "photo_qr", "photo of QR sticker %s (%s)" % (kind, p.reg)
    return c, "asis", "QR code card image %s (%s)" % (kind, p.reg)


# ------------------------------------------------------------------ clean
def _doc(rng, kind_p=0.5, portrait=True):
    if rng.random() < kind_p:
        W, H = pick_size(rng, "screen")
        return Canvas(W, H, (255, 255, 255)), W / 1080, "screen"
    W, H = 1654, 2339
    if not portrait:
        W, H = H, W
    return Canvas(W, H, (255, 255, 255)), min(W, H) / 1080, "card"


def _finish(rng, c, kind, kinds=("wood", "fabric", "wall", "carpet")):
    if kind == "card":
        if rng.random() < 0.6:
            return photo.stage(rng, c, list(kinds), (0.6, 0.92), portrait=c.h > c.w), "photo"
        return c, "asis"
    return c, kind


TEAMS = ["Arsenal", "Liverpool", "Chelsea", "Man City", "Celtic", "Rangers", "Real Madrid", "Barcelona", "Bayern", "Juventus", "Boston Celtics", "LA Lakers", "Chicago Bulls", "All Blacks", "Wallabies", "Springboks", "Ireland", "England"]


def sports_scores(rng, p):
    c, s, k = _doc(rng, 0.8)
    bg = pick(rng, [(15, 25, 45), (255, 255, 255), (30, 30, 30)])
    c.d.rectangle([0, 0, c.w, c.h], fill=bg)
    tx = ink_for(bg)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((50 * s, 120 * s), pick(rng, ["Live Scores", "Full Time", "Results"]), font=font(fb, 70 * s), fill=tx)
    y = 260 * s
    t = TEAMS[:]
    rng.shuffle(t)
    for i in range(0, 12, 2):
        c.d.rounded_rectangle([40 * s, y, c.w - 40 * s, y + 170 * s], radius=int(20 * s), fill=mix(bg, tx, 0.08))
        c.d.text((80 * s, y + 50 * s), t[i], font=font(fr, 44 * s), fill=tx)
        c.d.text((80 * s, y + 110 * s), t[i + 1], font=font(fr, 44 * s), fill=tx)
        c.d.text((c.w - 80 * s, y + 50 * s), str(rng.randint(0, 5)), font=font(fb, 44 * s), fill=tx, anchor="ra")
        c.d.text((c.w - 80 * s, y + 110 * s), str(rng.randint(0, 5)), font=font(fb, 44 * s), fill=tx, anchor="ra")
        c.d.text((c.w / 2, y + 85 * s), pick(rng, ["FT", "HT", "72'", "AET"]), font=font(fr, 34 * s), fill=mix(tx, bg, 0.4), anchor="mm")
        y += 200 * s
        if y > c.h - 200 * s:
            break
    out, kk = _finish(rng, c, k)
    return out, kk, "sports scores, clean"


def league_table(rng, p):
    c, s, k = _doc(rng, 0.5)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((50 * s, 80 * s), pick(rng, ["Premier League 2024/25", "La Liga Table", "Super Rugby Standings", "NBA Eastern Conference"]), font=font(fb, 56 * s), fill=(20, 20, 20))
    y = 200 * s
    for j, hd in enumerate(["#", "Team", "P", "W", "D", "L", "Pts"]):
        c.d.text(((60 + [0, 80, 560, 660, 760, 860, 960][j]) * s, y), hd, font=font(fb, 36 * s), fill=(90, 90, 90))
    t = TEAMS[:]
    rng.shuffle(t)
    pts = 80
    for i in range(14):
        y += 70 * s
        if y > c.h - 100 * s:
            break
        if i % 2 == 0:
            c.d.rectangle([40 * s, y - 10 * s, c.w - 40 * s, y + 55 * s], fill=(242, 244, 248))
        pl = rng.randint(25, 38)
        w = rng.randint(5, 25)
        dr = rng.randint(0, 8)
        vals = [str(i + 1), t[i], str(pl), str(w), str(dr), str(max(0, pl - w - dr)), str(pts)]
        pts -= rng.randint(0, 5)
        for j, v in enumerate(vals):
            c.d.text(((60 + [0, 80, 560, 660, 760, 860, 960][j]) * s, y), v, font=font(fr, 36 * s), fill=(20, 20, 20))
    out, kk = _finish(rng, c, k)
    return out, kk, "league table, clean"


def menu(rng, p):
    c, s, k = _doc(rng, 0.3)
    bgc = pick(rng, [(30, 30, 30), (250, 245, 230), (20, 50, 40)])
    c.d.rectangle([0, 0, c.w, c.h], fill=bgc)
    tx = ink_for(bgc)
    fb, fr = pick(rng, ["serif-b", "libserif-b", "sans-b"]), pick(rng, ["serif", "libserif", "sans", "lib"])
    c.d.text((c.w / 2, 120 * s), pick(rng, ["MENU", "Today's Specials", "Lunch Menu", "Kids Menu"]), font=font(fb, 90 * s), fill=tx, anchor="mm")
    items = ["Margherita Pizza", "Fish & Chips", "Chicken Nuggets", "Veggie Burger", "Pasta Bolognese", "Caesar Salad", "Butter Chicken", "Pad Thai", "Milkshake", "Lemonade", "Chocolate Brownie", "Ice Cream Sundae"]
    rng.shuffle(items)
    y = 280 * s
    cur = pick(rng, ["$", "£", "€", "R", "Rs "])
    for it in items[:10]:
        c.d.text((80 * s, y), it, font=font(fr, 48 * s), fill=tx)
        c.d.text((c.w - 80 * s, y), "%s%d.%02d" % (cur, rng.randint(2, 25), rng.choice([0, 50, 95, 99])), font=font(fb, 48 * s), fill=tx, anchor="ra")
        y += 110 * s
        if y > c.h - 150 * s:
            break
    out, kk = _finish(rng, c, k, ("wood", "checker"))
    return out, kk, "menu with prices, clean"


BOOKS = [("The Secret Garden", "Frances Hodgson Burnett"), ("Treasure Island", "Robert Louis Stevenson"), ("Alice's Adventures in Wonderland", "Lewis Carroll"),
         ("Little Women", "Louisa May Alcott"), ("The Jungle Book", "Rudyard Kipling"), ("Black Beauty", "Anna Sewell"), ("Peter Pan", "J. M. Barrie"), ("Heidi", "Johanna Spyri")]
MOVIES = [("THE GALAXY RACE", "In cinemas 12 July"), ("DRAGON HARBOUR", "Coming soon"), ("SPACE PUPS 3", "Rated PG"), ("THE LAST LIGHTHOUSE", "Now showing")]


def book_cover(rng, p, movie=False):
    W, H = 1600, 2400
    col = rcolor(rng, 10, 230)
    c = Canvas(W, H, col)
    for i in range(6):
        x0, y0 = rng.randint(-400, W), rng.randint(0, H)
        c.d.ellipse([x0, y0, x0 + rng.randint(200, 900), y0 + rng.randint(200, 900)], fill=mix(col, rcolor(rng), 0.3))
    tx = ink_for(col)
    if movie:
        t, sub = pick(rng, MOVIES)
    else:
        t, sub = pick(rng, BOOKS)
    fb = pick(rng, BOLD + ["serif-b"])
    y = 300
    for ln in wrap_text(t, font(fb, 150), W - 200):
        c.d.text((W / 2, y), ln, font=font(fb, 150), fill=tx, anchor="mm"); y += 180
    c.d.text((W / 2, H - 250), sub, font=font(pick(rng, REGULAR), 80), fill=tx, anchor="mm")
    if not movie:
        c.d.text((W / 2, H - 120), "ISBN 978-0-%d-%d-%d" % (rng.randint(10, 99), rng.randint(100000, 999999), rng.randint(0, 9)), font=font("mono", 40), fill=tx, anchor="mm")
    out, kk = _finish(rng, c, "card", ("wood", "fabric", "carpet"))
    return out, kk, ("movie poster" if movie else "classic book cover") + ", clean"


def movie_cover(rng, p):
    return book_cover(rng, p, True)


FAMOUS = [("Albert Einstein", "1879 - 1955", "Imagination is more important than knowledge."), ("Marie Curie", "1867 - 1934", "Nothing in life is to be feared, only understood."),
          ("Nelson Mandela", "1918 - 2013", "It always seems impossible until it's done."), ("Ada Lovelace", "1815 - 1852", "The Analytical Engine weaves algebraic patterns."),
          ("Mahatma Gandhi", "1869 - 1948", "Be the change you wish to see."), ("Serena Williams", "Tennis legend", "23 Grand Slam titles"), ("Usain Bolt", "9.58 seconds", "World record, Berlin 2009")]


def famous_poster(rng, p):
    name, dates, quote = pick(rng, FAMOUS)
    W, H = 1654, 2339
    col = rcolor(rng, 10, 120)
    c = Canvas(W, H, col)
    c.d.ellipse([427, 300, 1227, 1100], fill=mix(col, (255, 255, 255), 0.25))
    c.d.chord([227, 1000, 1427, 1900], 180, 360, fill=mix(col, (255, 255, 255), 0.25))
    fb = pick(rng, BOLD)
    c.d.text((W / 2, 1550), name.upper(), font=font(fb, 130 if len(name) < 14 else 100), fill=(255, 255, 255), anchor="mm")
    c.d.text((W / 2, 1720), dates, font=font(pick(rng, REGULAR), 70), fill=(230, 230, 230), anchor="mm")
    y = 1880
    for ln in wrap_text('"' + quote + '"', font("serif-i", 60), W - 250):
        c.d.text((W / 2, y), ln, font=font("serif-i", 60), fill=(255, 255, 255), anchor="mm"); y += 80
    out, kk = _finish(rng, c, "card", ("wall", "brick", "cork"))
    return out, kk, "poster of famous person (silhouette), clean"


BRANDS = [("Coca-Cola", "Taste the Feeling", (230, 30, 40)), ("LEGO", "Rebuild the World", (255, 207, 0)), ("Nike", "Just Do It", (20, 20, 20)),
          ("Nintendo Switch", "Play anywhere", (230, 0, 18)), ("PlayStation", "Play Has No Limits", (0, 55, 145)), ("adidas", "Impossible is Nothing", (10, 10, 10)), ("Pepsi", "That's what I like", (0, 60, 150))]


def brand_ad(rng, p):
    name, tag, col = pick(rng, BRANDS)
    c, s, k = _doc(rng, 0.4, rng.random() < 0.5)
    c.d.rectangle([0, 0, c.w, c.h], fill=col)
    tx = ink_for(col)
    fb = pick(rng, BOLD)
    c.d.text((c.w / 2, c.h * 0.38), name, font=font(fb, 150 * s), fill=tx, anchor="mm")
    c.d.text((c.w / 2, c.h * 0.55), tag, font=font(pick(rng, REGULAR + HAND), 70 * s), fill=tx, anchor="mm")
    c.d.text((c.w / 2, c.h * 0.85), pick(rng, ["Available now", "Only 19.99", "New flavour!", "Limited edition", "Ages 8+"]), font=font(fb, 60 * s), fill=tx, anchor="mm")
    out, kk = _finish(rng, c, k, ("brick", "wall", "metal"))
    return out, kk, "brand advert, clean"


CITIES = ["London", "New York", "Sydney", "Toronto", "Dublin", "Auckland", "Mumbai", "Cape Town", "Singapore", "Los Angeles", "Melbourne", "Delhi"]


def weather(rng, p):
    W, H = pick_size(rng, "screen")
    s = W / 1080
    bg = photo.background(rng, W, H, ["sky"])[0]
    fb, fr = pick(rng, ["sans", "lib", "sans-l"]), pick(rng, ["sans", "lib"])
    city = pick(rng, CITIES)
    bg.d.text((W / 2, 250 * s), city, font=font(fr, 80 * s), fill=(255, 255, 255), anchor="mm")
    bg.d.text((W / 2, 480 * s), "%d°" % rng.randint(-3, 34), font=font(fb, 260 * s), fill=(255, 255, 255), anchor="mm")
    bg.d.text((W / 2, 680 * s), pick(rng, ["Partly Cloudy", "Sunny", "Light Rain", "Windy"]) + "  H:%d° L:%d°" % (rng.randint(10, 35), rng.randint(-5, 15)), font=font(fr, 44 * s), fill=(255, 255, 255), anchor="mm")
    y = 820 * s
    bg.d.rounded_rectangle([40 * s, y, W - 40 * s, y + 800 * s], radius=int(30 * s), fill=(40, 80, 140))
    for i, dname in enumerate(["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]):
        yy = y + 40 * s + i * 105 * s
        bg.d.text((90 * s, yy), dname, font=font(fr, 44 * s), fill=(255, 255, 255))
        bg.d.text((W - 90 * s, yy), "%d° / %d°" % (rng.randint(-2, 15), rng.randint(15, 35)), font=font(fr, 44 * s), fill=(255, 255, 255), anchor="ra")
    return bg, "screen", "weather app for %s, clean" % city


def recipe(rng, p):
    c, s, k = _doc(rng, 0.3)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    t = pick(rng, ["Easy Banana Bread", "Chocolate Chip Cookies", "Pancakes", "Veggie Fried Rice", "Fruit Smoothie"])
    c.d.text((60 * s, 100 * s), t, font=font(fb, 70 * s), fill=(30, 30, 30))
    c.d.text((60 * s, 200 * s), "Serves %d  |  Prep %d min  |  Cook %d min" % (rng.randint(2, 8), rng.randint(5, 20), rng.randint(10, 60)), font=font(fr, 36 * s), fill=(100, 100, 100))
    y = 300 * s
    for ing in ["250g flour", "2 eggs", "100ml milk", "1 tsp baking powder", "50g butter", "pinch of salt", "2 ripe bananas"]:
        c.d.text((80 * s, y), "- " + ing, font=font(fr, 40 * s), fill=(30, 30, 30)); y += 65 * s
    y += 40 * s
    for i, st in enumerate(["Preheat the oven to 180C (350F).", "Mix the dry ingredients in a large bowl.", "Whisk in the eggs and milk until smooth.", "Bake for 25 minutes until golden."]):
        for ln in wrap_text("%d. %s" % (i + 1, st), font(fr, 40 * s), c.w - 160 * s):
            c.d.text((80 * s, y), ln, font=font(fr, 40 * s), fill=(30, 30, 30)); y += 60 * s
    out, kk = _finish(rng, c, k, ("wood", "checker"))
    return out, kk, "recipe, clean"


MEMES = [("WHEN THE WIFI GOES DOWN", "AND YOU HAVE TO TALK TO YOUR FAMILY"), ("ME: I'LL SLEEP EARLY", "ALSO ME AT 2AM:"), ("NOBODY:", "MY CAT AT 3AM"),
         ("TEACHER: THIS WON'T BE ON THE TEST", "THE TEST:"), ("ONE DOES NOT SIMPLY", "FINISH HOMEWORK ON TIME")]


def meme(rng, p):
    W, H = pick(rng, [(1080, 1080), (800, 800), (1200, 1350), (720, 900)])
    c = Canvas(W, H, rcolor(rng, 40, 200))
    nr = photo.nrs(rng)
    import textures
    c.set_img(textures.make(nr, pick(rng, ["grass", "wall", "fabric", "sky"]), W, H))
    c.d.ellipse([W * 0.3, H * 0.3, W * 0.7, H * 0.75], fill=rcolor(rng, 50, 200))
    top, bot = pick(rng, MEMES)
    f = font("sans-b", W / 13)
    for txt, y in [(top, H * 0.08), (bot, H * 0.88)]:
        for i, ln in enumerate(wrap_text(txt, f, W * 0.9)):
            c.d.text((W / 2, y + i * f.size * 1.1), ln, font=f, fill=(255, 255, 255), anchor="mm", stroke_width=max(2, W // 250), stroke_fill=(0, 0, 0))
    return c, "asis", "meme, clean"


HOLIDAYS = [("1", "New Year's Day"), ("17", "St Patrick's Day"), ("25", "Christmas Day"), ("26", "Boxing Day"), ("4", "Independence Day"), ("26", "Australia Day"),
            ("1", "Canada Day"), ("2", "Gandhi Jayanti"), ("27", "Freedom Day"), ("6", "Waitangi Day")]


def holiday_calendar(rng, p):
    c, s, k = _doc(rng, 0.4, False)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((c.w / 2, 80 * s), pick(rng, ["January", "March", "July", "October", "December"]) + " 2026", font=font(fb, 70 * s), fill=(20, 20, 20), anchor="mm")
    cols, rows = 7, 6
    cw, ch = (c.w - 80 * s) / cols, (c.h - 260 * s) / rows
    for j, dn in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        c.d.text((40 * s + j * cw + cw / 2, 170 * s), dn, font=font(fb, 30 * s), fill=(90, 90, 90), anchor="mm")
    hol = dict((pick(rng, HOLIDAYS) for _ in range(2)))
    start = rng.randint(0, 6)
    for d in range(1, 32):
        i = d - 1 + start
        x, y = 40 * s + (i % 7) * cw, 210 * s + (i // 7) * ch
        if i // 7 >= rows:
            break
        c.d.rectangle([x, y, x + cw, y + ch], outline=(200, 200, 200))
        c.d.text((x + 10 * s, y + 8 * s), str(d), font=font(fr, 30 * s), fill=(20, 20, 20))
        if str(d) in hol:
            for li, ln in enumerate(wrap_text(hol[str(d)], font(fr, 20 * s), cw - 16 * s)[:2]):
                c.d.text((x + 8 * s, y + 50 * s + li * 26 * s), ln, font=font(fr, 20 * s), fill=(200, 30, 30))
    out, kk = _finish(rng, c, k, ("wall", "cork"))
    return out, kk, "calendar with public holidays, clean"


def worksheet(rng, p):
    c, s, k = _doc(rng, 0.2)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    book = pick(rng, ["New Horizons Maths 2", "Science Explorers, Unit 4", "Oxford Primary Grammar", "Cambridge Checkpoint English", "Maths in Focus 7"])
    c.d.text((60 * s, 60 * s), book, font=font(fr, 32 * s), fill=(110, 110, 110))
    c.d.text((60 * s, 130 * s), pick(rng, ["Exercise 3.2 - Fractions", "Chapter 5: Plants", "Unit 2: Adverbs", "Page 42: Area and Perimeter"]), font=font(fb, 56 * s), fill=(20, 20, 20))
    y = 280 * s
    for i in range(10):
        a, b = rng.randint(2, 99), rng.randint(2, 99)
        c.d.text((60 * s, y), "%d. %d + %d = ______      (p. %d)" % (i + 1, a, b, rng.randint(10, 200)), font=font(fr, 40 * s), fill=(20, 20, 20))
        y += 90 * s
        if y > c.h - 120 * s:
            break
    out, kk = _finish(rng, c, k)
    return out, kk, "textbook worksheet, clean"


def timetable(rng, p):
    c, s, k = _doc(rng, 0.5, False)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((60 * s, 60 * s), pick(rng, ["Route 42 - City Centre", "Northern Line Timetable", "Ferry Departures", "Express Coach X1"]), font=font(fb, 56 * s), fill=(20, 20, 20))
    stops = ["Central Station", "Town Hall", "Airport", "University", "Hospital", "Museum", "Harbour"]
    y = 180 * s
    for st in stops:
        c.d.text((60 * s, y), st, font=font(fr, 36 * s), fill=(20, 20, 20))
        t0 = rng.randint(300, 400)
        for j in range(6):
            tm = t0 + j * 30 + rng.randint(0, 5)
            c.d.text((480 * s + j * 160 * s, y), "%02d:%02d" % (tm // 60, tm % 60), font=font("mono", 34 * s), fill=(20, 20, 20))
        y += 80 * s
    out, kk = _finish(rng, c, k)
    return out, kk, "public transport timetable, clean"


MUSEUMS = [("Natural History Museum", "London", "https://www.nhm.ac.uk"), ("Science Museum", "London", "https://www.sciencemuseum.org.uk"), ("Louvre", "Paris", "https://www.louvre.fr"),
           ("Smithsonian", "Washington DC", "https://www.si.edu"), ("Australian Museum", "Sydney", "https://australian.museum"), ("Te Papa", "Wellington", "https://www.tepapa.govt.nz")]


def museum_ticket(rng, p):
    W, H = 2000, 800
    col = rcolor(rng, 20, 200)
    c = Canvas(W, H, (250, 248, 240))
    c.d.rectangle([0, 0, 400, H], fill=col)
    m, city, url = pick(rng, MUSEUMS)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((460, 120), m, font=font(fb, 90), fill=(20, 20, 20))
    c.d.text((460, 260), "%s  |  Child admission  |  %s" % (city, pick(rng, ["FREE", "£8.00", "$12.00", "€10"])), font=font(fr, 50), fill=(40, 40, 40))
    c.d.text((460, 360), "Valid %d/%d/2025  Entry 10:30" % (rng.randint(1, 28), rng.randint(1, 12)), font=font(fr, 50), fill=(40, 40, 40))
    c.d.text((460, 460), "Ticket no. %d" % rng.randint(10 ** 9, 10 ** 10 - 1), font=font("mono", 44), fill=(40, 40, 40))
    if rng.random() < 0.5:
        c.qr(url, 1560, 300, 11)
    out = photo.stage(rng, c, ["wood", "fabric", "carpet"], (0.4, 0.9), persp=0.05)
    return out, "photo", "museum ticket, clean"


CAPS = [("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Canada", "Ottawa"), ("Australia", "Canberra"), ("Brazil", "Brasilia"), ("Egypt", "Cairo"), ("Norway", "Oslo"), ("India", "New Delhi"), ("Peru", "Lima")]


def capitals_quiz(rng, p):
    c, s, k = _doc(rng, 0.6)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.text((60 * s, 120 * s), "Capitals Quiz!", font=font(fb, 80 * s), fill=(30, 30, 120))
    y = 280 * s
    q = CAPS[:]
    rng.shuffle(q)
    for i, (ctry, cap) in enumerate(q[:8]):
        c.d.text((60 * s, y), "%d. What is the capital of %s?" % (i + 1, ctry), font=font(fr, 40 * s), fill=(20, 20, 20))
        c.d.text((100 * s, y + 60 * s), "Answer: " + cap, font=font(pick(rng, HAND), 40 * s), fill=(20, 40, 160))
        y += 150 * s
        if y > c.h - 150 * s:
            break
    out, kk = _finish(rng, c, k)
    return out, kk, "capitals quiz, clean"


def clock(rng, p):
    S = 1600
    c = Canvas(S, S, (0, 0, 0, 0), "RGBA")
    c.d.ellipse([0, 0, S - 1, S - 1], fill=(250, 250, 250), outline=(40, 40, 40), width=40)
    f = font(pick(rng, BOLD + ["serif"]), 120)
    for hnum in range(1, 13):
        a = math.radians(hnum * 30 - 90)
        c.d.text((S / 2 + 600 * math.cos(a), S / 2 + 600 * math.sin(a)), str(hnum), font=f, fill=(20, 20, 20), anchor="mm")
    hh, mm = rng.randint(0, 11), rng.randint(0, 59)
    for ang, ln, w in [((hh + mm / 60) * 30, 380, 30), (mm * 6, 560, 18)]:
        a = math.radians(ang - 90)
        c.d.line([(S / 2, S / 2), (S / 2 + ln * math.cos(a), S / 2 + ln * math.sin(a))], fill=(20, 20, 20), width=w)
    c.d.text((S / 2, S * 0.68), pick(rng, ["QUARTZ", "Made in China", "SCHOOL CLOCK"]), font=font("sans", 50), fill=(90, 90, 90), anchor="mm")
    out = photo.stage(rng, c, ["wall", "brick"], (0.5, 0.85), persp=0.05)
    return out, "photo", "wall clock, clean"


BRAND_QR = [("https://www.lego.com", "LEGO"), ("https://www.britishmuseum.org", "British Museum"), ("https://www.nasa.gov", "NASA"), ("https://www.bbc.co.uk/bitesize", "BBC Bitesize"),
            ("https://www.nhm.ac.uk/visit", "Natural History Museum"), ("https://www.nintendo.com", "Nintendo"), ("https://www.nationalgeographic.com/kids", "Nat Geo Kids")]


def brand_qr(rng, p):
    url, name = pick(rng, BRAND_QR)
    mod = 14
    q = qr_size(url, mod)
    W, H = q + 400, q + 700
    col = rcolor(rng, 20, 200)
    c = Canvas(W, H, col)
    tx = ink_for(col)
    c.d.text((W / 2, 130), name, font=font(pick(rng, BOLD), 100 if len(name) < 14 else 70), fill=tx, anchor="mm")
    c.d.rectangle([180, 260, 220 + q, 300 + q], fill=(255, 255, 255))
    c.qr(url, 200, 280, mod)
    c.d.text((W / 2, H - 200), pick(rng, ["Scan to learn more", "Visit our website", "Scan for the activity sheet"]), font=font(pick(rng, REGULAR), 60), fill=tx, anchor="mm")
    c.d.text((W / 2, H - 100), url.replace("https://", ""), font=font(pick(rng, REGULAR), 50), fill=tx, anchor="mm")
    if rng.random() < 0.5:
        out = photo.stage(rng, c, ["wall", "brick", "metal", "wood"], (0.35, 0.75), persp=0.04)
        return out, "photo_qr", "brand/public QR poster, clean"
    return c, "asis", "brand/public QR graphic, clean"
