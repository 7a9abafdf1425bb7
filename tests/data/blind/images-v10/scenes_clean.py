"""Clean scenes: tempting but non-personal text (pro sport, celebrities, books, menus, tickets,
products with brand QR codes and barcodes, weather, transport, public signs, worksheets, quotes, recipes)."""
import math

from PIL import Image, ImageDraw

import data as D
from common import Flat, Photo, font, mix, paper, texture, quad_from, bend_flat, SANS, SANS_B, SERIF, SERIF_B, HAND
from scenes_screens import status_bar, home_bar, AV_COLORS
from scenes_docs import make_page, present
from scenes_photos import fit_quad, shot, grad_flat, barcode, rounded_mask


def _screen(fl):
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


def ean13(fl, x, y, w, h, rng, digits=None):
    """A real EAN-13 barcode (with digits) of a random product number."""
    L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
    G = ["0100111", "0110011", "0011011", "0100001", "0011101", "0111001", "0000101", "0010001", "0001001", "0010111"]
    R = ["1110010", "1100110", "1101100", "1000010", "1011100", "1001110", "1010000", "1000100", "1001000", "1110100"]
    P = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]
    d = digits or [5, 0] + [rng.randrange(10) for _ in range(10)]
    s = sum(v * (3 if i % 2 else 1) for i, v in enumerate(d[:12]))
    d = d[:12] + [(10 - s % 10) % 10]
    bits = "101"
    for i, v in enumerate(d[1:7]):
        bits += (L if P[d[0]][i] == "L" else G)[v]
    bits += "01010"
    for v in d[7:]:
        bits += R[v]
    bits += "101"
    m = w / (len(bits) + 14)
    fl.draw.rectangle([x, y, x + w, y + h + m * 12], fill=(255, 255, 255))
    for i, b in enumerate(bits):
        if b == "1":
            long_ = i < 3 or 45 <= i < 50 or i >= 92
            fl.draw.rectangle([x + (i + 7) * m, y + m * 2, x + (i + 8) * m - 0.01, y + h + (m * 5 if long_ else 0)], fill=(0, 0, 0))
    f = font("mono", m * 9)
    txt = f"{d[0]} {''.join(map(str, d[1:7]))} {''.join(map(str, d[7:]))}"
    fl.draw.text((x + w / 2, y + h + m * 3), txt, font=f, fill=(0, 0, 0), anchor="ma")


# ----------------------------------------------------------------- screenshots
def clean_league_table(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    dark = rng.random() < 0.5
    bg, fg = ((18, 18, 22), (240, 240, 240)) if dark else ((255, 255, 255), (20, 20, 20))
    fl = Flat(W, H, bg)
    status_bar(fl, s, dark, rng)
    league = rng.choice(["premier", "nba"])
    teams = list(D.PRO_TEAMS if league == "premier" else D.NBA)
    rng.shuffle(teams)
    acc = rng.choice([(56, 0, 60), (0, 90, 160), (200, 16, 46)])
    fl.draw.rectangle([0, 50 * s, W, 110 * s], fill=acc)
    fl.text((16 * s, 64 * s), "Premier League Table" if league == "premier" else "NBA Standings - East/West", font("sans_b", 19 * s), (255, 255, 255))
    fl.text((16 * s, 120 * s), rng.choice(["Season 2026/27", "Matchweek 15", "Updated 2 mins ago", "Live"]), font("sans", 13 * s), mix(fg, bg, 0.4))
    y = 150 * s
    hf = font("sans_b", 12 * s)
    cols = [("#", 12), ("Team", 62), ("P", 230), ("W", 262), ("L", 294), ("Pts", 336)]
    for t, x in cols:
        fl.text((x * s, y), t, hf, mix(fg, bg, 0.4))
    y += 26 * s
    rf = font(rng.choice(SANS), 14 * s)
    pts = sorted([rng.randint(8, 40) for _ in teams], reverse=True)
    for i, (t, p) in enumerate(zip(teams, pts)):
        if y > H - 60 * s:
            break
        if i % 2 == 0:
            fl.draw.rectangle([0, y - 6 * s, W, y + 22 * s], fill=mix(bg, fg, 0.05))
        pl = rng.randint(14, 16)
        w = min(pl, p // 3)
        vals = [str(i + 1), t, str(pl), str(w), str(pl - w - rng.randint(0, 2)), str(p)]
        for (c, x), v in zip(cols, vals):
            fl.text((x * s, y), v, rf if c != "Pts" else font("sans_b", 14 * s), fg)
        fl.circle(46 * s, y + 8 * s, 7 * s, rng.choice(AV_COLORS))
        y += 30 * s
    home_bar(fl, s, dark)
    return _screen(fl)


def clean_weather(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    top, bot = rng.choice([((40, 110, 200), (120, 180, 240)), ((20, 30, 70), (70, 80, 140)), ((120, 130, 150), (190, 195, 205))])
    fl = grad_flat(W, H, top, bot)
    status_bar(fl, s, True, rng)
    city = rng.choice(D.BIG_CITIES)
    fl.text((W / 2, 90 * s), city, font("sans", 32 * s), (255, 255, 255), anchor="ma")
    t = rng.randint(-3, 34)
    fl.text((W / 2, 130 * s), f"{t}°", font("sans_l", 96 * s), (255, 255, 255), anchor="ma")
    fl.text((W / 2, 250 * s), rng.choice(["Mostly Sunny", "Light Rain", "Cloudy", "Thunderstorms", "Clear"]), font("sans", 18 * s), (255, 255, 255), anchor="ma")
    fl.text((W / 2, 276 * s), f"H:{t + rng.randint(1, 6)}°  L:{t - rng.randint(2, 9)}°", font("sans", 16 * s), (240, 240, 240), anchor="ma")
    fl.rrect([16 * s, 320 * s, W - 16 * s, 450 * s], 16 * s, mix(top, (255, 255, 255), 0.18))
    for i in range(6):
        x = 46 * s + i * 60 * s
        fl.text((x, 336 * s), ["Now", "14", "15", "16", "17", "18"][i], font("sans", 14 * s), (255, 255, 255), anchor="ma")
        fl.circle(x, 385 * s, 12 * s, (255, 210, 60) if rng.random() < 0.6 else (220, 220, 230))
        fl.text((x, 412 * s), f"{t + rng.randint(-2, 2)}°", font("sans_b", 15 * s), (255, 255, 255), anchor="ma")
    fl.rrect([16 * s, 466 * s, W - 16 * s, H - 40 * s], 16 * s, mix(top, (255, 255, 255), 0.18))
    y = 480 * s
    fl.text((30 * s, y), "10-DAY FORECAST", font("sans", 12 * s), (230, 230, 230))
    y += 26 * s
    for d in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"]:
        if y > H - 80 * s:
            break
        fl.text((30 * s, y), d, font("sans_b", 17 * s), (255, 255, 255))
        fl.circle(140 * s, y + 10 * s, 10 * s, (255, 210, 60) if rng.random() < 0.5 else (210, 210, 220))
        lo, hi = t - rng.randint(2, 8), t + rng.randint(0, 6)
        fl.text((190 * s, y), f"{lo}°", font("sans", 17 * s), (220, 220, 230))
        fl.rrect([230 * s, y + 8 * s, 320 * s, y + 13 * s], 3 * s, (255, 190, 80))
        fl.text((335 * s, y), f"{hi}°", font("sans", 17 * s), (255, 255, 255))
        y += 44 * s
    home_bar(fl, s, True)
    return _screen(fl)


def clean_game_hud(ctx):
    rng = ctx.rng
    W, H = ctx.size
    if W < H:
        W, H = H, W
    ctx.size = (W, H)
    s = H / 390
    fl = grad_flat(W, H, rng.choice([(70, 150, 220), (30, 30, 60)]), rng.choice([(90, 170, 80), (40, 90, 40), (120, 90, 60)]))
    for _ in range(30):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.4, H)
        fl.draw.rectangle([x, y, x + rng.uniform(20, 80) * s, y + rng.uniform(20, 80) * s], fill=rng.choice([(100, 70, 40), (60, 120, 50), (130, 130, 130)]))
    f = font(rng.choice(["sans_b", "mono_b", "free_b"]), 18 * s)
    fl.text((16 * s, 12 * s), f"SCORE {rng.randint(1000, 99999):,}", f, (255, 255, 255), stroke=2, stroke_fill=(0, 0, 0))
    fl.text((16 * s, 38 * s), f"LEVEL {rng.randint(1, 60)}", f, (255, 230, 80), stroke=2, stroke_fill=(0, 0, 0))
    fl.text((W - 16 * s, 12 * s), rng.choice(["Server: EU-West 3", "Public Server #12", "Region: Oceania", "NA-East Lobby 4"]), font("sans", 13 * s), (255, 255, 255), anchor="ra")
    fl.text((W - 16 * s, 32 * s), f"Ping {rng.randint(18, 120)} ms   FPS {rng.randint(30, 144)}", font("mono", 12 * s), (200, 255, 200), anchor="ra")
    for i in range(10):
        fl.rrect([W / 2 - 150 * s + i * 30 * s, H - 50 * s, W / 2 - 124 * s + i * 30 * s, H - 24 * s], 3 * s, (40, 40, 40), outline=(200, 200, 200))
    for i in range(10):
        fl.heart(W / 2 - 140 * s + i * 14 * s, H - 70 * s, 5 * s, (220, 40, 50))
    fl.text((W / 2, H * 0.3), rng.choice(["WAVE 7", "VICTORY!", "CHECKPOINT", "BOSS FIGHT", "ROUND 3"]), font("sans_b", 36 * s), (255, 255, 255), anchor="ma", stroke=3, stroke_fill=(0, 0, 0))
    fl.text((16 * s, H - 90 * s), "Quest: Collect 5 crystals (2/5)", font("sans", 12 * s), (255, 255, 255), stroke=1, stroke_fill=(0, 0, 0))
    return _screen(fl)


# ----------------------------------------------------------------- photos of printed things
def clean_poster(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wall", "brick", "wall"]), W, H))
    pw, phh = 1600, 2300
    a, b = rng.choice([((10, 10, 40), (120, 20, 60)), ((0, 0, 0), (30, 60, 90)), ((240, 120, 30), (120, 20, 20)), ((20, 20, 20), (90, 90, 90))])
    fl = grad_flat(pw, phh, a, b)
    kind = rng.choice(["movie", "concert", "event"])
    if kind == "movie":
        fl.text((pw / 2, 120), rng.choice(["ZENDAYA", "TOM HOLLAND", "FLORENCE PUGH", "DEV PATEL", "TIMOTHEE CHALAMET"]), font("sans", 80), (230, 230, 230), anchor="ma")
        fl.text((pw / 2, 900), rng.choice(["THE LAST ORBIT", "MIDNIGHT HARBOUR", "IRON VALLEY", "ECHOES OF TOMORROW"]), font(rng.choice(SERIF_B), 150), (255, 255, 255), anchor="ma")
        fl.text((pw / 2, 1900), "IN CINEMAS DECEMBER 18", font("sans_b", 80), (255, 210, 80), anchor="ma")
    elif kind == "concert":
        fl.text((pw / 2, 300), rng.choice(["TAYLOR SWIFT", "ED SHEERAN", "BTS", "DUA LIPA", "AR RAHMAN"]), font(rng.choice(SANS_B), 170), (255, 255, 255), anchor="ma")
        fl.text((pw / 2, 560), "WORLD TOUR 2027", font("sans", 90), (255, 220, 120), anchor="ma")
        fl.text((pw / 2, 1500), rng.choice(["Wembley Stadium, London", "MCG, Melbourne", "Rogers Centre, Toronto", "Eden Park, Auckland"]), font("sans", 70), (240, 240, 240), anchor="ma")
        fl.text((pw / 2, 1620), "Tickets on sale Friday 10am", font("sans", 60), (240, 240, 240), anchor="ma")
    else:
        fl.text((pw / 2, 250), rng.choice(["CITY MARATHON", "SCIENCE FESTIVAL", "FOOD TRUCK FRIDAY", "WINTER LIGHTS"]), font("sans_b", 140), (255, 255, 255), anchor="ma")
        fl.text((pw / 2, 500), "Free entry - all welcome", font("sans", 80), (255, 230, 150), anchor="ma")
    if rng.random() < 0.45:
        fl.qr(rng.choice(D.PUBLIC_SITES), pw - 420, phh - 420, 10, border=2)
    ph.place(fl, fit_quad(ctx, pw, phh, (0.7, 0.92), 10, 0.15, cut_p=0 if fl.qrs else 0.12), shadow=0.3)
    return shot(ctx, ph)


def clean_book_cover(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wood", "table", "fabric"]), W, H))
    n = rng.randint(1, 3)
    authors = rng.sample(D.AUTHORS, n)
    for i, au in enumerate(authors):
        bw, bh = 1300, 1950
        a = rng.choice(AV_COLORS)
        fl = grad_flat(bw, bh, a, mix(a, (0, 0, 0), 0.5))
        title = D.BOOKS[au]
        tf = font(rng.choice(SERIF_B + SANS_B), 130)
        fl.paragraph((100, 250), [(title, None)], tf, (255, 255, 255), bw - 200, 160, align="c")
        fl.text((bw / 2, bh - 260), au.upper() if rng.random() < 0.5 else au, font(rng.choice(SERIF + SANS), 90), (250, 240, 200), anchor="ma")
        fl.text((bw / 2, bh - 120), rng.choice(["Penguin Classics", "Puffin Books", "Vintage", "Oxford World's Classics"]), font("sans", 50), (230, 230, 230), anchor="ma")
        Wd, Hd = ctx.size
        cx = Wd * (i + 1) / (n + 1)
        q = fit_quad(ctx, bw, bh, (0.45, 0.75) if n > 1 else (0.7, 0.9), 15, 0.12, center=(cx, Hd / 2 + rng.uniform(-0.1, 0.1) * Hd))
        ph.place(fl, q, shadow=0.4)
    return shot(ctx, ph)


def clean_menu(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wood", "table"]), W, H))
    mw, mh = 1500, 2200
    fl = Flat(mw, mh, paper(rng, ctx.np, mw, mh, tone=rng.choice([(250, 245, 230), (30, 30, 35), (255, 255, 255)])))
    fg = (240, 230, 200) if fl.img.getpixel((5, 5))[0] < 100 else (40, 30, 20)
    name = rng.choice(["The Corner Cafe", "Blue Door Diner", "Spice Route", "Harbour Kitchen", "Green Leaf Deli", "Burger Barn"])
    fl.text((mw / 2, 80), name, font(rng.choice(SERIF_B + ["fserif_bi"]), 130), fg, anchor="ma")
    fl.text((mw / 2, 250), "MENU", font("sans", 70), fg, anchor="ma")
    y = 400
    cur = rng.choice(["$", "£", "€", "R", "₹", "NZ$"])
    for food, price in rng.sample(D.FOODS, 11):
        f = font(rng.choice(SERIF + SANS), 64)
        fl.text((120, y), food, f, fg)
        fl.text((mw - 120, y), f"{cur}{price}", f, fg, anchor="ra")
        y += 150
    fl.text((mw / 2, mh - 120), "Ask about our daily specials", font("serif_i", 50), fg, anchor="ma")
    ph.place(fl, fit_quad(ctx, mw, mh, (0.75, 0.93), 15, 0.2), shadow=0.4)
    return shot(ctx, ph)


def clean_ticket(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wood", "table", "fabric"]), W, H))
    tw, th = 2600, 1000
    col = rng.choice([(200, 20, 40), (20, 60, 140), (20, 20, 20), (100, 30, 120)])
    fl = Flat(tw, th, (250, 250, 245))
    fl.draw.rectangle([0, 0, 1900, 160], fill=col)
    ev = rng.choice([("Manchester City v Arsenal", "Etihad Stadium"), ("Coldplay - Music of the Spheres", "Accor Stadium, Sydney"),
                     ("India v Australia - ODI", "Wankhede Stadium, Mumbai"), ("Natural History Museum", "Cromwell Road, London"),
                     ("All Blacks v Springboks", "Eden Park, Auckland"), ("Toronto Raptors v Boston Celtics", "Scotiabank Arena")])
    fl.text((50, 35), ev[0], font("sans_b", 90), (255, 255, 255))
    fl.text((50, 220), ev[1], font("sans", 70), (30, 30, 30))
    fl.text((50, 330), rng.choice(["Sat 12 Dec 2026  15:00", "Fri 18 Dec 2026  19:30", "Sun 20 Dec 2026  10:00"]), font("sans_b", 70), (30, 30, 30))
    for i, (a, b) in enumerate([("GATE", rng.choice("ABCDEF")), ("BLOCK", str(rng.randint(100, 530))), ("ROW", str(rng.randint(1, 40))), ("SEAT", str(rng.randint(1, 60)))]):
        fl.text((50 + i * 400, 500), a, font("sans", 50), (120, 120, 120))
        fl.text((50 + i * 400, 560), b, font("sans_b", 110), (20, 20, 20))
    fl.text((50, 820), "ADULT  |  " + rng.choice(["£45.00", "$89.00", "A$120.00", "₹1,500"]), font("mono", 55), (60, 60, 60))
    for y in range(0, th, 40):
        fl.draw.line([(1920, y), (1920, y + 20)], fill=(150, 150, 150), width=6)
    if rng.random() < 0.5:
        fl.qr(rng.choice(["https://www.ticketmaster.com", "https://www.premierleague.com", "https://www.nhm.ac.uk", "https://www.nba.com"]), 2000, 200, 14, border=2)
    else:
        ean13(fl, 1980, 300, 560, 400, rng)
    ph.place(fl, fit_quad(ctx, tw, th, (0.75, 0.95), 15, 0.15, cut_p=0 if fl.qrs else 0.12), shadow=0.35)
    return shot(ctx, ph)


def clean_product(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["table", "wood"]), W, H))
    brand, url = rng.choice(D.BRANDS)
    bw, bh = 1800, 2400
    a = rng.choice([(230, 40, 40), (250, 200, 30), (30, 120, 200), (120, 60, 30), (70, 160, 60)])
    fl = grad_flat(bw, bh, a, mix(a, (255, 255, 255), 0.3))
    fl.text((bw / 2, 120), brand, font(rng.choice(SANS_B + SERIF_B + ["fserif_bi"]), 260), (255, 255, 255), anchor="ma", stroke=6, stroke_fill=mix(a, (0, 0, 0), 0.5))
    fl.text((bw / 2, 600), rng.choice(["Crunchy Oat Clusters", "Chocolate Bar 100g", "Building Set 7+", "Fruit Snacks", "Family Size", "Limited Edition"]),
            font("sans_b", 110), (255, 255, 255), anchor="ma")
    fl.text((bw / 2, 800), rng.choice(["Ages 7+", "Net wt 375 g", "Serves 4", "500 pieces", "No artificial colours"]), font("sans", 90), (255, 255, 240), anchor="ma")
    fl.rrect([150, 1150, bw - 150, 2300], 40, (255, 255, 255))
    fl.text((250, 1200), "Scan for recipes & games", font("sans", 60), (40, 40, 40))
    if rng.random() < 0.85:
        fl.qr(url, 250, 1320, 16, border=2)
    ean13(fl, 950, 1500, 650, 450, rng)
    fl.text((950, 2150), "Best before: 03 2027  Lot " + D.digits(rng, 5), font("mono", 40), (60, 60, 60))
    ph.place(fl, fit_quad(ctx, bw, bh, (0.75, 0.92), 12, 0.15, cut_p=0 if fl.qrs else 0.12), shadow=0.45)
    return shot(ctx, ph)


def clean_public_sign(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, "sky", W, H))
    hor = int(H * rng.uniform(0.55, 0.7))
    ground = Flat(W, H - hor, texture(rng, ctx.np, rng.choice(["grass", "asphalt"]), W, H - hor))
    ph.place(ground, [[0, hor], [W, hor], [W, H], [0, H]], shadow=0)
    kind = rng.choice(["museum", "park", "road", "store", "station"])
    far = rng.random() < 0.4
    sw, sh = 2400, 1200
    if kind == "museum":
        fl = Flat(sw, sh, (30, 30, 30))
        fl.text((sw / 2, 120), rng.choice(["National Museum of Science", "City Art Gallery", "Museum of Natural History"]), font("serif_b", 130), (240, 240, 240), anchor="ma")
        fl.text((sw / 2, 400), "Open daily 10:00 - 17:30", font("sans", 100), (220, 220, 220), anchor="ma")
        fl.text((sw / 2, 560), "Free entry", font("sans_b", 100), (255, 210, 80), anchor="ma")
        if not far and rng.random() < 0.6:
            fl.qr(rng.choice(D.PUBLIC_SITES), sw - 420, sh - 430, 12, border=2)
    elif kind == "park":
        fl = Flat(sw, sh, (60, 90, 50))
        fl.text((sw / 2, 100), rng.choice(["Royal Botanic Garden", "Hyde Park", "Stanley Park", "Table Mountain National Park", "Kings Park"]), font("serif_b", 140), (250, 245, 220), anchor="ma")
        for i, l in enumerate(["No dogs off lead", "Please take your litter home", "Gates close at dusk"]):
            fl.text((sw / 2, 420 + i * 150), l, font("sans", 90), (250, 245, 220), anchor="ma")
    elif kind == "road":
        fl = Flat(sw, sh, rng.choice([(20, 100, 60), (20, 60, 150)]))
        fl.draw.rectangle([20, 20, sw - 20, sh - 20], outline=(255, 255, 255), width=16)
        for i, (c, dist) in enumerate(rng.sample([(x, rng.randint(3, 250)) for x in D.BIG_CITIES], 3)):
            fl.text((120, 120 + i * 330), c, font("sans_b", 200), (255, 255, 255))
            fl.text((sw - 120, 120 + i * 330), str(dist), font("sans_b", 200), (255, 255, 255), anchor="ra")
    elif kind == "station":
        fl = Flat(sw, sh, (250, 250, 250))
        fl.draw.rectangle([0, 0, sw, 300], fill=(220, 40, 40))
        fl.text((sw / 2, 60), rng.choice(["Central Station", "Union Station", "Britomart", "Park Street Metro"]), font("sans_b", 170), (255, 255, 255), anchor="ma")
        fl.text((sw / 2, 500), "Platforms 1 - 4  >", font("sans", 140), (30, 30, 30), anchor="ma")
        fl.text((sw / 2, 760), "Trains to Airport every 15 min", font("sans", 100), (30, 30, 30), anchor="ma")
    else:
        fl = Flat(sw, sh, rng.choice([(255, 200, 0), (0, 100, 60), (200, 16, 46), (0, 70, 150)]))
        fl.text((sw / 2, sh / 2 - 150), rng.choice(["TESCO", "Woolworths", "Walmart", "Pick n Pay", "Countdown", "Tim Hortons", "Boots", "Big W"]),
                font(rng.choice(SANS_B), 380), (255, 255, 255), anchor="ma")
        fl.text((sw / 2, sh - 250), "Open 7am - 10pm", font("sans", 110), (255, 255, 255), anchor="ma")
    q = fit_quad(ctx, sw, sh, (0.25, 0.4) if far else (0.6, 0.9), 6, 0.25, center=(W * rng.uniform(0.35, 0.65), hor - H * (0.1 if far else 0.18)))
    post = Flat(60, int(H * 0.5), (120, 120, 125))
    for px in (q[3], q[2]):
        ph.place(post, [[px[0] - 20, px[1] - 10], [px[0] + 20, px[1] - 10], [px[0] + 20, hor + H * 0.12], [px[0] - 20, hor + H * 0.12]], shadow=0)
    ph.place(fl, q, shadow=0.3)
    return shot(ctx, ph, light=0.25)


def clean_quote(ctx):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, rng.choice(["wall", "brick", "wall"]), W, H))
    pw, phh = 1800, 2400
    a = rng.choice([(250, 240, 220), (30, 40, 70), (240, 200, 210), (200, 230, 210)])
    fl = Flat(pw, phh, paper(rng, ctx.np, pw, phh, tone=a))
    fg = (255, 255, 255) if sum(a) < 300 else (40, 40, 50)
    if rng.random() < 0.4:
        fl.paragraph((150, 700), [(rng.choice(D.SLOGANS), None)], font(rng.choice(SANS_B + SERIF_B), 230), fg, pw - 300, 280, align="c")
    else:
        q, au = rng.choice(D.QUOTES)
        _, hh, _ = fl.paragraph((150, 400), [("\u201c" + q + "\u201d", None)], font(rng.choice(SERIF + ["fserif_i", "serif_i"]), 130), fg, pw - 300, 180, align="c")
        fl.text((pw / 2, 400 + hh + 100), "- " + au, font(rng.choice(SANS), 100), fg, anchor="ma")
    fl.star(pw / 2, phh - 250, 80, (240, 190, 50))
    ph.place(fl, fit_quad(ctx, pw, phh, (0.7, 0.92), 8, 0.15), shadow=0.3)
    return shot(ctx, ph)


# ----------------------------------------------------------------- documents
def clean_timetable(ctx):
    rng = ctx.rng
    fl = make_page(ctx)
    u = fl.u
    route = rng.choice(["Route 42", "Line 7", "Bus 15X", "Route 380", "Metro Line 2"])
    fl.text((15 * u, 15 * u), route + " - Weekday Timetable", font("sans_b", 7 * u), (20, 60, 140))
    fl.text((15 * u, 26 * u), "Effective from 1 December 2026", font("sans", 3.5 * u), (90, 90, 90))
    city = rng.choice(D.BIG_CITIES)
    stops = [f"{city} Central", "Hospital", "University", "Town Hall", "Airport", "Harbour", "Stadium", "Museum", "Shopping Centre", "Beach Road"]
    rng.shuffle(stops)
    stops = stops[:8]
    y = 40 * u
    f = font(rng.choice(SANS), 3.4 * u)
    hh = rng.randint(5, 7)
    for i, st in enumerate(stops):
        if i % 2 == 0:
            fl.draw.rectangle([15 * u, y - 1 * u, 195 * u, y + 6 * u], fill=(235, 240, 250))
        fl.text((17 * u, y), st, font("sans_b", 3.4 * u), (30, 30, 30))
        for j in range(8):
            m = (i * 4 + j * 25) % 60
            h = hh + (i * 4 + j * 25) // 60
            fl.text((70 * u + j * 15.5 * u, y), f"{h:02d}:{m:02d}", f, (30, 30, 30))
        y += 8 * u
    fl.text((15 * u, y + 10 * u), "All times are approximate. Services do not run on public holidays.", font("sans_i", 3.2 * u), (90, 90, 90))
    return present(ctx, fl)


def clean_worksheet(ctx):
    rng = ctx.rng
    fl = make_page(ctx)
    u = fl.u
    fl.text((15 * u, 14 * u), rng.choice(["Maths Practice: Fractions", "Times Tables Quiz", "History Quiz: Key Dates", "Spelling Test - Week 12"]), font("sans_b", 7 * u), (30, 30, 30))
    fl.text((15 * u, 28 * u), "Name: ______________________    Date: ____________", font("sans", 4 * u), (30, 30, 30))
    y = 44 * u
    f = font(rng.choice(SANS + SERIF), 4.5 * u)
    for i in range(12):
        kind = rng.random()
        if kind < 0.4:
            a, b = rng.randint(2, 12), rng.randint(2, 12)
            q = f"{i + 1}.  {a} x {b} = ______"
        elif kind < 0.7:
            q = f"{i + 1}.  {rng.randint(1, 9)}/{rng.randint(10, 12)} + {rng.randint(1, 9)}/{rng.randint(10, 12)} = ______"
        else:
            ev = rng.choice([("Battle of Hastings", 1066), ("Moon landing", 1969), ("Fall of the Berlin Wall", 1989), ("Magna Carta", 1215), ("First World War began", 1914)])
            q = f"{i + 1}.  In which year: {ev[0]}? ______"
        fl.text((20 * u, y), q, f, (30, 30, 30))
        if rng.random() < 0.5:
            fl.text((150 * u, y - 1 * u), str(rng.randint(1, 144)), font(rng.choice(HAND), 6 * u), (20, 40, 150))
        y += 17 * u
    fl.text((150 * u, 270 * u), f"Score: ___ / 12", font("sans_b", 5 * u), (30, 30, 30))
    return present(ctx, fl)


def clean_recipe(ctx):
    rng = ctx.rng
    fl = make_page(ctx, aspect=rng.choice([297 / 210, 0.7]), lined=rng.random() < 0.4)
    u = fl.w / 210
    r = rng.choice([("Banana Bread", ["3 ripe bananas", "75 g melted butter", "150 g sugar", "1 egg", "1 tsp baking soda", "190 g flour"]),
                    ("Pancakes", ["200 g flour", "2 eggs", "300 ml milk", "1 tbsp oil", "pinch of salt"]),
                    ("Choc Chip Cookies", ["125 g butter", "100 g brown sugar", "1 egg", "225 g flour", "200 g chocolate chips"]),
                    ("Vegetable Curry", ["1 onion", "2 tbsp curry paste", "400 ml coconut milk", "2 potatoes", "1 cup peas"])])
    hf = font(rng.choice(SERIF_B + ["fserif_bi"]), 12 * u)
    fl.text((15 * u, 12 * u), r[0], hf, (120, 40, 30))
    fl.text((15 * u, 12 * u + hf.size * 1.4), f"Serves {rng.randint(2, 8)}  |  Prep {rng.choice([10, 15, 20])} min  |  Cook {rng.choice([20, 30, 45, 60])} min", font("sans", 4.5 * u), (90, 90, 90))
    y = 12 * u + hf.size * 1.4 + 14 * u
    f = font(rng.choice(SANS + SERIF), 5.5 * u)
    fl.text((15 * u, y), "Ingredients", font("sans_b", 6 * u), (30, 30, 30))
    y += 10 * u
    for it in r[1]:
        fl.text((20 * u, y), "\u2022 " + it, f, (30, 30, 30))
        y += 8.5 * u
    y += 6 * u
    fl.text((15 * u, y), "Method", font("sans_b", 6 * u), (30, 30, 30))
    y += 10 * u
    for i, stp in enumerate(["Preheat the oven to 180\u00b0C.", "Mix the dry ingredients in a large bowl.", "Add the wet ingredients and stir well.",
                             "Cook until golden, then leave to cool."]):
        if y > fl.h - 15 * u:
            break
        _, hh, _ = fl.paragraph((20 * u, y), [(f"{i + 1}. {stp}", None)], f, (30, 30, 30), fl.w - 40 * u, int(f.size * 1.3))
        y += hh + 3 * u
    return present(ctx, fl)
