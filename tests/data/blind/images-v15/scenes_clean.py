"""Clean images: lots of tempting public text, no private data.  Public
figures, fictional characters, brands, teams and cities only."""
from common import (AV_COLORS, doc_output, new_screen, page_sheet, photo_canvas, photo_placeholder, photo_result,
                    photo_size, place, screen_result, status_bar)
from core import F, MONO, SANS, SERIF, Cylinder, Sheet, Wave, clutter, rgba
from scenes_photo import BRIGHT, barcode, contrast_fg, fit_font, obj

LEAGUES = {
    "Premier League": ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Aston Villa", "Tottenham Hotspur",
                       "Newcastle United", "Brighton", "West Ham United", "Everton", "Fulham", "Brentford"],
    "A-League Men": ["Melbourne Victory", "Sydney FC", "Wellington Phoenix", "Central Coast Mariners", "Adelaide United",
                     "Brisbane Roar", "Perth Glory", "Macarthur FC", "Western United", "Auckland FC"],
    "NRL": ["Broncos", "Storm", "Panthers", "Roosters", "Rabbitohs", "Sharks", "Warriors", "Cowboys", "Eels", "Raiders"],
    "NBA East": ["Celtics", "Knicks", "Bucks", "Cavaliers", "Magic", "Pacers", "76ers", "Heat", "Bulls", "Hawks"],
    "IPL": ["Mumbai Indians", "Chennai Super Kings", "Royal Challengers Bengaluru", "Kolkata Knight Riders",
            "Rajasthan Royals", "Sunrisers Hyderabad", "Delhi Capitals", "Punjab Kings", "Gujarat Titans",
            "Lucknow Super Giants"],
    "Super Rugby Pacific": ["Crusaders", "Blues", "Chiefs", "Hurricanes", "Highlanders", "Brumbies", "Reds", "Waratahs",
                            "Fijian Drua", "Moana Pasifika"],
    "NHL Pacific": ["Canucks", "Oilers", "Flames", "Kings", "Golden Knights", "Kraken", "Ducks", "Sharks"],
    "URC": ["Stormers", "Bulls", "Sharks", "Lions", "Leinster", "Munster", "Ulster", "Connacht", "Glasgow Warriors"],
}
CELEBS = [("Taylor Swift", "THE ERAS TOUR"), ("Ed Sheeran", "LIVE IN CONCERT"), ("Billie Eilish", "WORLD TOUR"),
          ("Olivia Rodrigo", "GUTS WORLD TOUR"), ("Dua Lipa", "RADICAL OPTIMISM"), ("Harry Styles", "LOVE ON TOUR"),
          ("Lionel Messi", "LEGEND"), ("Serena Williams", "CHAMPION"), ("Virat Kohli", "KING OF CRICKET"),
          ("LeBron James", "KING JAMES"), ("Sam Kerr", "MATILDAS"), ("Siya Kolisi", "SPRINGBOKS CAPTAIN")]
CITIES = ["London", "Manchester", "Dublin", "Sydney", "Melbourne", "Auckland", "Wellington", "Toronto", "Vancouver",
          "Mumbai", "Delhi", "Johannesburg", "Cape Town", "New York", "Chicago", "Los Angeles"]
MOVIES = [("FINDING NEMO", "Disney \u2022 Pixar"), ("FROZEN", "Walt Disney Animation"), ("MOANA", "Walt Disney Animation"),
          ("TOY STORY", "Disney \u2022 Pixar"), ("SPIRITED AWAY", "Studio Ghibli"), ("PADDINGTON", "StudioCanal"),
          ("ENCANTO", "Walt Disney Animation"), ("INSIDE OUT", "Disney \u2022 Pixar"), ("SHREK", "DreamWorks"),
          ("THE LION KING", "Walt Disney Pictures")]
BOOKS = [("Matilda", "Roald Dahl"), ("Charlotte's Web", "E. B. White"), ("The Hobbit", "J. R. R. Tolkien"),
         ("Wonder", "R. J. Palacio"), ("Holes", "Louis Sachar"), ("Diary of a Wimpy Kid", "Jeff Kinney"),
         ("The Very Hungry Caterpillar", "Eric Carle"), ("Where the Wild Things Are", "Maurice Sendak"),
         ("Anne of Green Gables", "L. M. Montgomery"), ("Possum Magic", "Mem Fox"),
         ("Hairy Maclary from Donaldson's Dairy", "Lynley Dodd"), ("The Gruffalo", "Julia Donaldson"),
         ("Harry Potter and the Philosopher's Stone", "J. K. Rowling"), ("Percy Jackson and the Lightning Thief", "Rick Riordan")]
BRANDS = [("Sunny Oat Crunch", "cereal", "https://www.sunnyoatcrunch.com/win"),
          ("Zesty Orange Juice", "juice", "https://www.zestyjuice.com/recycle"),
          ("Choco Bolt", "chocolate", "https://www.chocobolt.com/promo"),
          ("Crispy Rice Pops", "cereal", "https://www.crispyricepops.com/games"),
          ("Apple & Berry Fizz", "juice", "https://www.berryfizz.com/"),
          ("Oaty Bites", "snack", "https://www.oatybites.com/nutrition")]
WEATHER_CITIES = ["London", "Dublin", "Toronto", "Sydney", "Auckland", "Mumbai", "Cape Town", "Chicago", "Melbourne",
                  "Edinburgh", "Vancouver", "Perth"]


def clean_qr(sh, x, y, payload, module, light=(255, 255, 255)):
    return sh.qr(x, y, payload, module, leaks=(), light=light)


# ----------------------------------------------------------------- screens
def league_table(ctx):
    rng = ctx.rng
    dark = rng.random() < 0.5
    bg = (16, 18, 24) if dark else (255, 255, 255)
    fg = (235, 235, 240) if dark else (20, 20, 25)
    meta = (140, 145, 160) if dark else (110, 110, 120)
    sh, s = new_screen(ctx, bg=bg)
    W, H = sh.w, sh.h
    fam = rng.choice(SANS)
    status_bar(sh, s, fg, None, rng=rng)
    lg = rng.choice(sorted(LEAGUES))
    teams = rng.sample(LEAGUES[lg], len(LEAGUES[lg]))
    y = 40 * s
    sh.text(14 * s, y, lg, F(fam, 22 * s, 1), fg)
    y += 34 * s
    sh.text(14 * s, y, "Standings \u2022 2024/25", F(fam, 13 * s), meta)
    y += 30 * s
    cols = [("#", 14), ("Team", 40), ("P", 230), ("W", 258), ("D", 286), ("L", 310), ("Pts", 334)]
    hf = F(fam, 12 * s, 1)
    for c, x in cols:
        sh.text(x * s, y, c, hf, meta)
    y += 24 * s
    pts = sorted([rng.randint(5, 60) for _ in teams], reverse=True)
    rf = F(fam, 14 * s)
    for i, (t, p) in enumerate(zip(teams, pts)):
        if y + 36 * s > H - 20 * s:
            break
        if i % 2 == 0:
            sh.d.rectangle((0, y - 6 * s, W, y + 24 * s), fill=rgba((26, 28, 36) if dark else (245, 246, 250)))
        pl = rng.randint(18, 24)
        w = min(pl, p // 3)
        d = min(pl - w, p - 3 * w)
        l = pl - w - d
        row = [str(i + 1), t, str(pl), str(w), str(d), str(l), str(3 * w + d)]
        for (c, x), v in zip(cols, row):
            f = rf if c != "Team" else F(fam, 14 * s, 1)
            if c == "Team" and f.getlength(v) > 180 * s:
                f = F(fam, 14 * s * 180 * s / f.getlength(v), 1)
            sh.text(x * s, y, v, f, fg)
        y += 32 * s
    return screen_result(ctx, sh)


def public_website(ctx):
    rng = ctx.rng
    sh, s = new_screen(ctx, bg=(255, 255, 255))
    W, H = sh.w, sh.h
    fam = rng.choice(SANS + SERIF)
    status_bar(sh, s, (20, 20, 20), (240, 240, 242), rng=rng)
    site = rng.choice([("City Library", "library.example.gov"), ("National Museum", "museum.example.org"),
                       ("Metro Transport", "transport.example.gov"), ("Kids News Daily", "kidsnews.example.com"),
                       ("Regional Council", "council.example.gov")])
    sh.d.rounded_rectangle((10 * s, 30 * s, W - 10 * s, 62 * s), radius=int(14 * s), fill=(238, 238, 240, 255))
    sh.text(W / 2, 46 * s, site[1], F("dejavu", 13 * s), (60, 60, 60), anchor="mm")
    col = rng.choice(BRIGHT)
    sh.d.rectangle((0, 70 * s, W, 130 * s), fill=rgba(col))
    sh.text(16 * s, 86 * s, site[0], F(fam, 22 * s, 1), contrast_fg(col))
    y = 150 * s
    photo_placeholder(sh, 16 * s, y, W - 16 * s, y + 160 * s)
    y += 176 * s
    heads = ["Opening hours", "Holiday programme", "Plan your visit", "Latest news", "Accessibility"]
    bf = F(fam, 14 * s)
    for hd in rng.sample(heads, 3):
        if y + 110 * s > H:
            break
        sh.text(16 * s, y, hd, F(fam, 17 * s, 1), (20, 20, 20))
        y += 26 * s
        body = rng.choice(["Open daily 9am - 5pm, closed public holidays. Entry is free for children under 16.",
                           "Call our help desk on 0800 555 0199 or email info@%s for bookings." % site[1],
                           "School holiday workshops run Monday to Friday. Places are limited; book online.",
                           "The main entrance on Queen Street is step-free. Lifts are available on every level."])
        y = sh.para(16 * s, y, [body], bf, (50, 50, 50), W - 32 * s, lh=int(20 * s))
        y += 16 * s
    return screen_result(ctx, sh)


def weather_app(ctx):
    rng = ctx.rng
    sh, s = new_screen(ctx, bg=(60, 120, 200))
    W, H = sh.w, sh.h
    import numpy as np
    from PIL import Image, ImageDraw
    c1 = np.array(rng.choice([(40, 90, 180), (30, 40, 90), (90, 150, 220), (120, 130, 150)]), np.float32)
    c2 = np.array(rng.choice([(120, 180, 240), (80, 90, 150), (200, 220, 240), (170, 175, 185)]), np.float32)
    t = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    sh.img = Image.fromarray(np.repeat(c1 * (1 - t) + c2 * t, W, 1).astype(np.uint8), "RGB").convert("RGBA")
    sh.d = ImageDraw.Draw(sh.img)
    fam = rng.choice(SANS)
    wh = (255, 255, 255)
    status_bar(sh, s, wh, None, rng=rng)
    city = rng.choice(WEATHER_CITIES)
    sh.text(W / 2, 70 * s, city, F(fam, 30 * s), wh, anchor="ma")
    temp = rng.randint(-3, 31)
    sh.text(W / 2, 110 * s, "%d\u00b0" % temp, F(fam, 90 * s), wh, anchor="ma")
    sh.text(W / 2, 215 * s, rng.choice(["Mostly Sunny", "Cloudy", "Showers", "Partly Cloudy", "Windy"]), F(fam, 18 * s), wh, anchor="ma")
    sh.text(W / 2, 242 * s, "H:%d\u00b0  L:%d\u00b0" % (temp + 4, temp - 5), F(fam, 16 * s), wh, anchor="ma")
    y = 290 * s
    sh.d.rounded_rectangle((14 * s, y, W - 14 * s, y + 120 * s), radius=int(16 * s), fill=(255, 255, 255, 60))
    for i in range(6):
        x = 14 * s + (W - 28 * s) * (i + 0.5) / 6
        sh.text(x, y + 14 * s, "Now" if i == 0 else "%d" % ((8 + i * 2) % 24), F(fam, 13 * s), wh, anchor="ma")
        sh.d.ellipse((x - 10 * s, y + 44 * s, x + 10 * s, y + 64 * s), fill=(255, 220, 80, 255))
        sh.text(x, y + 80 * s, "%d\u00b0" % (temp + rng.randint(-3, 3)), F(fam, 15 * s), wh, anchor="ma")
    y += 140 * s
    days = ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for d in days:
        if y + 40 * s > H - 20 * s:
            break
        sh.text(24 * s, y, d, F(fam, 16 * s), wh)
        lo = temp - rng.randint(2, 8)
        hi = temp + rng.randint(0, 5)
        sh.text(W * 0.55, y, "%d\u00b0" % lo, F(fam, 16 * s), (220, 230, 245), anchor="ra")
        sh.d.rounded_rectangle((W * 0.58, y + 8 * s, W * 0.82, y + 14 * s), radius=int(3 * s), fill=(255, 200, 90, 255))
        sh.text(W - 24 * s, y, "%d\u00b0" % hi, F(fam, 16 * s), wh, anchor="ra")
        y += 40 * s
    return screen_result(ctx, sh)


def game_hud(ctx):
    rng = ctx.rng
    sh, s = new_screen(ctx, landscape=True, bg=(40, 80, 50))
    W, H = sh.w, sh.h
    for _ in range(30):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(20, 120) * s
        sh.d.ellipse((x - r, y - r, x + r, y + r), fill=rgba(tuple(rng.randint(30, 140) for _ in range(3))))
    fam = rng.choice(["dejavu_cond", "lib_narrow", "dejavu", "free_sans"])
    sh.d.rounded_rectangle((16 * s, 14 * s, 220 * s, 34 * s), radius=int(6 * s), fill=(0, 0, 0, 160))
    sh.d.rounded_rectangle((18 * s, 16 * s, 18 * s + 200 * s * rng.uniform(0.2, 1), 32 * s), radius=int(5 * s), fill=(220, 50, 50, 255))
    sh.text(24 * s, 16 * s, "HP", F(fam, 12 * s, 1), (255, 255, 255))
    sh.text(W - 16 * s, 14 * s, "SCORE %06d" % rng.randint(0, 999999), F(fam, 18 * s, 1), (255, 230, 90), anchor="ra")
    sh.text(W - 16 * s, 40 * s, "WAVE %d" % rng.randint(1, 30), F(fam, 14 * s, 1), (255, 255, 255), anchor="ra")
    q = rng.choice(["Defeat the Frost Giant", "Collect 10 crystals", "Find Captain Mara", "Reach the Sky Tower",
                    "Escort the merchant to Riverbend"])
    sh.d.rounded_rectangle((16 * s, 50 * s, 260 * s, 100 * s), radius=int(6 * s), fill=(0, 0, 0, 140))
    sh.text(24 * s, 56 * s, "QUEST", F(fam, 11 * s, 1), (255, 200, 60))
    sh.text(24 * s, 74 * s, q, F(fam, 13 * s), (255, 255, 255))
    mm = 110 * s
    sh.d.ellipse((W - mm - 20 * s, H - mm - 20 * s, W - 20 * s, H - 20 * s), fill=(20, 30, 20, 200), outline=(255, 255, 255, 255), width=int(2 * s))
    sh.text(W - 20 * s - mm / 2, H - 20 * s - mm / 2, "N", F(fam, 12 * s, 1), (255, 255, 255), anchor="mm")
    for i in range(5):
        x = W / 2 - 125 * s + i * 50 * s
        sh.d.rounded_rectangle((x, H - 60 * s, x + 44 * s, H - 16 * s), radius=int(6 * s), fill=(0, 0, 0, 170), outline=(200, 200, 200, 255))
        sh.text(x + 40 * s, H - 30 * s, str(rng.randint(1, 64)), F(fam, 11 * s, 1), (255, 255, 255), anchor="ra")
    sh.text(W / 2, H * 0.4, rng.choice(["LEVEL UP!", "CHECKPOINT", "", "BOSS INCOMING"]), F(fam, 30 * s, 1), (255, 240, 120), anchor="mm")
    return screen_result(ctx, sh)


# ----------------------------------------------------------------- photos of public things
def scoreboard(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "outdoor")
    lg = rng.choice(sorted(LEAGUES))
    a, b = rng.sample(LEAGUES[lg], 2)
    bw, bh = 2600, 1300
    sb = obj(bw, bh, (15, 15, 18), radius=30)
    fam = rng.choice(["dejavu_cond", "lib_narrow", "dejavu_mono"])
    amber = rng.choice([(255, 190, 40), (255, 255, 255), (255, 80, 60)])
    for i, t in enumerate([a, b]):
        x = bw * (0.25 + 0.5 * i)
        sh_f = fit_font(fam, 1, t.upper(), bw * 0.42, 140)
        sb.text(x, 120, t.upper(), sh_f, (255, 255, 255), anchor="ma")
        sb.text(x, 330, str(rng.randint(0, 5)), F(fam, 480, 1), amber, anchor="ma")
    sb.text(bw / 2, 1000, "%02d:%02d" % (rng.randint(0, 89), rng.randint(0, 59)), F(fam, 160, 1), amber, anchor="ma")
    sb.text(bw / 2, 1180, lg.upper(), F(fam, 70), (200, 200, 200), anchor="ma")
    place(ctx, photo, sb, rng.uniform(0.4, 0.7), rot=rng.uniform(-3, 3), persp=rng.uniform(0.05, 0.3), center=(W / 2, H * 0.35), shadow=False)
    return photo_result(ctx, photo)


def poster_photo(ctx, kind):
    rng = ctx.rng
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "table" if kind == "book" else "wall")
    pw, ph = 1600, 2300
    col = rng.choice(BRIGHT + [(15, 15, 30), (240, 240, 235)])
    p = obj(pw, ph, col)
    fg = contrast_fg(col)
    fam = rng.choice(SANS + SERIF)
    photo_placeholder(p, 120, 500, pw - 120, 1500, col=tuple(max(0, c - 30) for c in col))
    if kind == "celeb":
        name, tour = rng.choice(CELEBS)
        p.text(pw / 2, 120, name.upper(), fit_font(fam, 1, name.upper(), pw * 0.9, 200), fg, anchor="ma")
        p.text(pw / 2, 360, tour, fit_font(fam, 0, tour, pw * 0.8, 100), fg, anchor="ma")
        y = 1580
        for c in rng.sample(CITIES, 4):
            p.text(pw / 2, y, "%s \u2022 %s %d" % (c.upper(), rng.choice(["JUN", "JUL", "AUG", "NOV"]), rng.randint(1, 28)),
                   F(fam, 70), fg, anchor="ma")
            y += 100
        if ctx.qr:
            clean_qr(p, pw - 360, ph - 360, ctx.spec["qr_payload"], 8)
    elif kind == "movie":
        title, studio = rng.choice(MOVIES)
        p.text(pw / 2, 1560, title, fit_font(fam, 1, title, pw * 0.9, 210), fg, anchor="ma")
        p.text(pw / 2, 140, studio, F(fam, 70), fg, anchor="ma")
        p.text(pw / 2, 1880, rng.choice(["IN CINEMAS NOW", "COMING SOON", "NOW STREAMING"]), F(fam, 80, 1), fg, anchor="ma")
        p.text(pw / 2, 2100, "RATED G  \u2022  %d MIN" % rng.randint(85, 120), F(fam, 50), fg, anchor="ma")
    else:  # book
        title, author = rng.choice(BOOKS)
        from core import wrap
        f = F(fam, 150, 1)
        lines = wrap([title], f, pw * 0.85)
        y = 150
        for ln in lines:
            p.line(pw / 2, y, ln, f, fg, align="c")
            y += 180
        p.text(pw / 2, 1700, author.upper(), fit_font(fam, 0, author.upper(), pw * 0.8, 100), fg, anchor="ma")
        p.text(pw / 2, 2150, rng.choice(["Puffin Books", "Scholastic", "HarperCollins", "Penguin Random House"]), F(fam, 50), fg, anchor="ma")
    place(ctx, photo, p, rng.uniform(0.45, 0.65) if W > H else rng.uniform(0.7, 0.85), rot=rng.uniform(-8, 8),
          persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


def packaging(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "table")
    brand, kind, url = rng.choice(BRANDS)
    pay = ctx.spec.get("qr_payload") or url
    col = rng.choice(BRIGHT)
    fg = contrast_fg(col)
    fam = rng.choice(SANS)
    if kind in ("juice",):
        bw, bh = 1800, 2600
    else:
        bw, bh = 1900, 2500
    p = obj(bw, bh, col)
    p.text(bw / 2, 120, brand.upper(), fit_font(fam, 1, brand.upper(), bw * 0.88, 220), fg, anchor="ma")
    p.d.ellipse((bw * 0.2, 600, bw * 0.8, 1300), fill=(255, 240, 200, 255))
    p.text(bw / 2, 1400, rng.choice(["NEW!", "HIGH IN FIBRE", "NO ADDED SUGAR", "100% NATURAL"]), F(fam, 110, 1), fg, anchor="ma")
    nf = F("dejavu", 46)
    tb = obj(900, 700, (255, 255, 255))
    tb.text(30, 20, "Nutrition Information", F("dejavu", 50, 1), (0, 0, 0))
    y = 100
    for k, v in [("Energy", "%d kJ" % rng.randint(300, 1900)), ("Protein", "%.1f g" % rng.uniform(1, 12)),
                 ("Fat", "%.1f g" % rng.uniform(0, 20)), ("Sugars", "%.1f g" % rng.uniform(1, 30)), ("Sodium", "%d mg" % rng.randint(5, 400))]:
        tb.text(30, y, k, nf, (0, 0, 0))
        tb.text(870, y, v, nf, (0, 0, 0), anchor="ra")
        y += 100
    p.paste(tb, (80, bh - 800))
    if ctx.qr:
        n = Sheet.qr_size(pay, 1)
        mod = max(10, int(520 / n))
        p.d.rectangle((bw - 120 - n * mod, bh - 820, bw - 80, bh - 130), fill=(255, 255, 255, 255))
        clean_qr(p, bw - 100 - n * mod, bh - 800, pay, mod)
        p.text(bw - 100 - n * mod / 2, bh - 210, "Scan for recipes & games", F("dejavu", 34), (0, 0, 0), anchor="ma")
    barcode(p, rng, 1020, bh - 780, 200, 260)
    place(ctx, photo, p, rng.uniform(0.4, 0.6) if W > H else rng.uniform(0.6, 0.8), rot=rng.uniform(-8, 8), persp=rng.uniform(0.05, 0.2))
    return photo_result(ctx, photo)


def menu(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "wall")
    mw, mh = 1800, 2500
    board = rng.random() < 0.5
    bg = (35, 40, 38) if board else (250, 246, 235)
    fg = (240, 240, 235) if board else (40, 30, 25)
    p = obj(mw, mh, bg, outline=(120, 80, 40), width=40)
    fam, st = rng.choice([("free_serif", 3), ("dejavu_serif", 2), ("lib_sans", 1), ("dejavu", 0)])
    cafe = rng.choice(["The Corner Cafe", "Harbour Kitchen", "Green Leaf Deli", "Sunrise Bakery", "Little Fox Espresso"])
    p.text(mw / 2, 100, cafe, fit_font(fam, st, cafe, mw * 0.85, 150), fg, anchor="ma")
    y = 340
    items = ["Flat white", "Hot chocolate", "Fluffy", "Chai latte", "Banana bread", "Toasted sandwich", "Pancakes",
             "Fruit smoothie", "Kids cheese toastie", "Eggs on toast", "Muffin of the day", "Milkshake"]
    f = F(fam, 80, st if st != 3 else 2)
    for it in rng.sample(items, 9):
        p.text(120, y, it, f, fg)
        p.text(mw - 120, y, "%d.%s" % (rng.randint(3, 16), rng.choice(["00", "50", "90"])), f, fg, anchor="ra")
        y += 150
    if ctx.qr:
        pay = ctx.spec["qr_payload"]
        n = Sheet.qr_size(pay, 1)
        mod = max(8, int(420 / n))
        clean_qr(p, mw - 140 - n * mod, mh - 120 - n * mod, pay, mod)
        p.text(140, mh - 200, "Scan to order at your table", F("dejavu", 54), fg)
    place(ctx, photo, p, rng.uniform(0.45, 0.65) if W > H else rng.uniform(0.65, 0.85), rot=rng.uniform(-5, 5), persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


def recipe(ctx):
    rng = ctx.rng
    sh, dpi = page_sheet(ctx)
    fam = rng.choice(SERIF + SANS)
    m = dpi * 0.8
    title = rng.choice(["Banana Bread", "Easy Pancakes", "Chocolate Chip Cookies", "Anzac Biscuits", "Vegetable Soup", "Scones"])
    sh.text(m, m, title, F(fam, dpi * 0.4, 1), (120, 40, 30))
    photo_placeholder(sh, m, m + dpi * 0.7, sh.w - m, m + dpi * 3.2)
    y = m + dpi * 3.5
    sh.text(m, y, "Ingredients", F(fam, dpi * 0.22, 1), (30, 30, 30))
    y += dpi * 0.35
    bf = F(fam, dpi * 0.15)
    for ing in rng.sample(["2 ripe bananas", "1 cup flour", "1/2 cup sugar", "2 eggs", "100 g butter", "1 tsp baking powder",
                           "1 cup milk", "pinch of salt", "1 tsp vanilla"], 6):
        sh.text(m + dpi * 0.2, y, "\u2022 " + ing, bf, (40, 40, 40))
        y += bf.size * 1.5
    y += dpi * 0.2
    sh.text(m, y, "Method", F(fam, dpi * 0.22, 1), (30, 30, 30))
    y += dpi * 0.35
    for i, stp in enumerate(["Preheat the oven to 180\u00b0C.", "Mix the dry ingredients in a large bowl.",
                             "Whisk the wet ingredients and fold them in.", "Bake for 35-40 minutes until golden.",
                             "Cool on a rack before slicing."]):
        y = sh.para(m, y, ["%d. %s" % (i + 1, stp)], bf, (40, 40, 40), sh.w - 2 * m, lh=int(bf.size * 1.5))
    return doc_output(ctx, sh)


def road_sign(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "outdoor")
    col = rng.choice([(0, 110, 60), (0, 70, 160), (255, 255, 255)])
    fg = contrast_fg(col)
    sw, shh = 2400, 1500
    s = Sheet(sw, shh + 900, (0, 0, 0, 0))
    s.d.rectangle((sw * 0.3, shh, sw * 0.3 + 60, shh + 900), fill=(120, 120, 125, 255))
    s.d.rectangle((sw * 0.7, shh, sw * 0.7 + 60, shh + 900), fill=(120, 120, 125, 255))
    s.d.rounded_rectangle((0, 0, sw - 1, shh), radius=40, fill=rgba(col), outline=rgba(fg), width=20)
    fam = rng.choice(["dejavu", "lib_sans", "dejavu_cond"])
    y = 100
    for c in rng.sample(CITIES, 3):
        s.text(140, y, ("\u2190 " if rng.random() < 0.3 else "\u2191 ") + c, F(fam, 200, 1), fg)
        s.text(sw - 120, y, "%d" % rng.randint(3, 240), F(fam, 200, 1), fg, anchor="ra")
        y += 430
    place(ctx, photo, s, rng.uniform(0.35, 0.6), rot=rng.uniform(-3, 3), persp=rng.uniform(0.05, 0.3), center=(W / 2, H * 0.45), shadow=False)
    return photo_result(ctx, photo)


def shop_sign(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx, "l")
    photo = photo_canvas(ctx, W, H, "outdoor")
    col = rng.choice(BRIGHT + [(20, 20, 20)])
    fg = contrast_fg(col)
    name = rng.choice(["Harbour Hardware", "Pick 'n' Save Grocer", "Bookworm Books", "Sunny Side Pharmacy", "Toy Town",
                       "The Bike Shed", "Golden Wok Takeaways"])
    sw, shh = 3000, 900
    s = obj(sw, shh, col, radius=20)
    fam = rng.choice(SANS + SERIF)
    s.text(sw / 2, 150, name.upper(), fit_font(fam, 1, name.upper(), sw * 0.9, 300), fg, anchor="ma")
    s.text(sw / 2, 620, rng.choice(["OPEN 7 DAYS  8AM - 6PM", "EST. 1987", "FREE PARKING AT REAR", "PH 0800 555 0123"]),
           F(fam, 120), fg, anchor="ma")
    place(ctx, photo, s, rng.uniform(0.6, 0.9), rot=rng.uniform(-3, 3), persp=rng.uniform(0.05, 0.3), center=(W / 2, H * 0.3), shadow=False)
    return photo_result(ctx, photo)


def museum_sign(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "wall")
    pw, ph = 2000, 1400
    col = rng.choice([(30, 30, 35), (245, 242, 235), (20, 50, 80)])
    fg = contrast_fg(col)
    p = obj(pw, ph, col)
    fam = rng.choice(SERIF + SANS)
    ex = rng.choice([("Tyrannosaurus rex", "Late Cretaceous, 68-66 million years ago"), ("Moa", "Extinct flightless birds of New Zealand"),
                     ("The Rosetta Stone (replica)", "Egypt, 196 BC"), ("Blue Whale Skeleton", "Balaenoptera musculus"),
                     ("Apollo 11 Command Module", "Model, scale 1:4")])
    p.text(100, 90, ex[0], fit_font(fam, 1, ex[0], pw - 200, 130), fg)
    p.text(100, 270, ex[1], F(fam, 70, 2), fg)
    p.para(100, 420, ["This exhibit is part of our permanent collection. Please do not touch the display. "
                      "Audio guides are available at the front desk in six languages."], F(fam, 62), fg, pw - 600, lh=88)
    if ctx.qr:
        pay = ctx.spec["qr_payload"]
        n = Sheet.qr_size(pay, 1)
        mod = max(8, int(380 / n))
        clean_qr(p, pw - 80 - n * mod, ph - 80 - n * mod, pay, mod)
    place(ctx, photo, p, rng.uniform(0.5, 0.7) if W > H else rng.uniform(0.7, 0.85), rot=rng.uniform(-4, 4), persp=rng.uniform(0.05, 0.3))
    return photo_result(ctx, photo)


def ticket(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx)
    photo = photo_canvas(ctx, W, H, "table")
    tw, th = 2200, 900
    col = rng.choice(BRIGHT)
    t = obj(tw, th, (252, 250, 245), radius=30)
    t.d.rectangle((0, 0, 320, th), fill=rgba(col))
    fam = rng.choice(SANS + MONO)
    kind = rng.choice(["cinema", "train", "museum"])
    if kind == "cinema":
        mv = rng.choice(MOVIES)[0]
        rows = [mv, "Screen %d  Row %s  Seat %d" % (rng.randint(1, 9), rng.choice("ABCDEFGH"), rng.randint(1, 20)),
                "%s %d:%02d pm" % (rng.choice(["Sat", "Sun", "Fri"]), rng.randint(1, 8), rng.choice([0, 15, 30, 45])), "CHILD  $9.50"]
    elif kind == "train":
        a, b = rng.sample(CITIES, 2)
        rows = ["%s \u2192 %s" % (a, b), "Coach %s  Seat %d" % (rng.choice("ABCDE"), rng.randint(1, 80)),
                "Depart %02d:%02d" % (rng.randint(6, 20), rng.choice([5, 20, 35, 50])), "CHILD SINGLE"]
    else:
        rows = [rng.choice(["National Museum", "City Aquarium", "Science Centre"]), "General admission", "Valid on day of issue",
                "CHILD (5-15)"]
    y = 80
    for i, r in enumerate(rows):
        f = F(fam, 110 if i == 0 else 70, 1 if i == 0 else 0)
        t.text(400, y, r, fit_font(fam, 1 if i == 0 else 0, r, tw - 1000, f.size), (20, 20, 20))
        y += 170 if i == 0 else 130
    if ctx.qr:
        pay = ctx.spec["qr_payload"]
        n = Sheet.qr_size(pay, 1)
        mod = max(8, int(560 / n))
        clean_qr(t, tw - 60 - n * mod, (th - n * mod) / 2, pay, mod)
    place(ctx, photo, t, rng.uniform(0.5, 0.7) if W > H else rng.uniform(0.75, 0.9), rot=rng.uniform(-15, 15), persp=rng.uniform(0.05, 0.25))
    return photo_result(ctx, photo)


def bus_timetable(ctx):
    rng = ctx.rng
    W, H = photo_size(ctx, "p" if rng.random() < 0.5 else "l")
    photo = photo_canvas(ctx, W, H, "outdoor")
    pw, ph = 1800, 2400
    p = obj(pw, ph, (250, 250, 250), outline=(20, 80, 160), width=30)
    fam = rng.choice(SANS)
    route = rng.randint(1, 99)
    p.d.rectangle((0, 0, pw, 280), fill=(20, 80, 160, 255))
    p.text(80, 60, "Route %d" % route, F(fam, 150, 1), (255, 255, 255))
    stops = rng.sample(["City Centre", "Hospital", "Railway Station", "University", "Civic Square", "Harbour Terminal",
                        "Stadium", "Airport", "Library", "Botanic Gardens", "Market Street", "Beach Road"], 6)
    y = 340
    f = F(fam, 60)
    for st in stops:
        p.text(80, y, st, f, (20, 20, 20))
        t0 = rng.randint(6 * 60, 7 * 60)
        for k in range(4):
            t = t0 + k * 30
            p.text(900 + k * 220, y, "%02d:%02d" % (t // 60, t % 60), F("dejavu_mono", 56), (40, 40, 40))
        y += 110
    p.para(80, y + 60, ["Buses run every 30 minutes Monday to Friday. Reduced service on weekends and public holidays."],
           F(fam, 54), (60, 60, 60), pw - 160, lh=76)
    place(ctx, photo, p, rng.uniform(0.35, 0.5) if W > H else rng.uniform(0.6, 0.8), rot=rng.uniform(-4, 4), persp=rng.uniform(0.05, 0.3))
    return photo_result(ctx, photo)


def worksheet(ctx):
    rng = ctx.rng
    sh, dpi = page_sheet(ctx)
    fam = rng.choice(SANS + SERIF)
    m = dpi * 0.7
    sh.text(m, m, "Name: ______________________    Date: ____________", F(fam, dpi * 0.16), (30, 30, 30))
    sh.text(m, m + dpi * 0.5, rng.choice(["Times Tables Practice", "Fractions", "Addition to 100", "Word Problems"]),
            F(fam, dpi * 0.3, 1), (20, 60, 140))
    y = m + dpi * 1.1
    f = F(fam, dpi * 0.2)
    for i in range(18):
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        col = i % 2
        sh.text(m + col * (sh.w / 2 - m / 2), y, "%d)  %d \u00d7 %d = ______" % (i + 1, a, b), f, (30, 30, 30))
        if col == 1:
            y += dpi * 0.55
    return doc_output(ctx, sh, photographed=False)


CLEAN_SCENES = {
    "clean_league_table": league_table, "clean_scoreboard": scoreboard,
    "clean_celebrity_poster": lambda c: poster_photo(c, "celeb"), "clean_movie_poster": lambda c: poster_photo(c, "movie"),
    "clean_book_cover": lambda c: poster_photo(c, "book"), "clean_packaging": packaging, "clean_website": public_website,
    "clean_weather_app": weather_app, "clean_game_hud": game_hud, "clean_menu": menu, "clean_recipe": recipe,
    "clean_road_sign": road_sign, "clean_shop_sign": shop_sign, "clean_museum_sign": museum_sign, "clean_ticket": ticket,
    "clean_bus_timetable": bus_timetable, "clean_worksheet": worksheet,
}
