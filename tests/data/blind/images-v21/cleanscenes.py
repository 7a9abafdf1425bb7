"""Clean images: lots of tempting but public text (no private data)."""
import numpy as np

from gfx import Canvas, F, UI_FONTS, UI_BOLD, layout, draw_layout, bold_of
from gdata import PRO_LEAGUES, CITIES, BRANDS, MOVIES, STARS, BOOKS, MONTHS
from photolib import photo_size, surface, quad, finish, brick, fit
from photos import place_obj, fsize, BRIGHT
from screens import PORTRAIT, LANDSCAPE, status_bar
from docs import page, pt, output, header


def league_table(rng, k):
    W, H = rng.choice(PORTRAIT)
    s = W / 390
    dark = k % 2 == 1
    bg, fg, meta, rowc = ((16, 16, 20), (240, 240, 240), (150, 150, 160), (30, 30, 36)) if dark else ((255, 255, 255), (20, 20, 25), (110, 110, 120), (245, 246, 248))
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv = Canvas(W, H, bg)
    top = status_bar(cv, s, fg, rng, fn)
    lg = list(PRO_LEAGUES)[k % len(PRO_LEAGUES)]
    teams = PRO_LEAGUES[lg][:]
    rng.shuffle(teams)
    cv.text(int(20 * s), top + int(30 * s), lg, F(fb, 22 * s), fg, anchor="lm")
    cv.text(int(20 * s), top + int(60 * s), "Table  -  Matchday " + str(rng.randint(5, 30)), F(fn, 13 * s), meta, anchor="lm")
    y = top + int(90 * s)
    cols = [20, 48, 230, 262, 294, 330]
    for c, t in zip(cols, ["#", "Team", "P", "W", "L", "Pts"]):
        cv.text(int(c * s), y, t, F(fb, 12 * s), meta)
    y += int(26 * s)
    pts = sorted([rng.randint(10, 70) for _ in teams], reverse=True)
    for i, (t, p) in enumerate(zip(teams, pts)):
        if i % 2 == 0:
            cv.d.rectangle([0, y - 6 * s, W, y + 26 * s], fill=rowc)
        pl = rng.randint(20, 30)
        w = min(pl, p // 3)
        for c, v in zip(cols, [str(i + 1), t, str(pl), str(w), str(pl - w - rng.randint(0, 5)), str(p)]):
            cv.text(int(c * s), y, v, F(fb if c == 48 else fn, 14 * s), fg)
        y += int(34 * s)
    return cv.rgb(), cv


def scoreboard(rng, k):
    W, H = photo_size(rng, portrait=False)
    sc = Canvas(W, H, (20, 24, 40))
    sc.d.rectangle([0, H * 0.7, W, H], fill=(40, 110, 50))
    lg = list(PRO_LEAGUES)[(k + 2) % len(PRO_LEAGUES)]
    a, b = rng.sample(PRO_LEAGUES[lg], 2)
    bw, bh = 2600, 1200
    bd = Canvas(bw, bh, (10, 10, 10))
    bd.d.rectangle([20, 20, bw - 20, bh - 20], outline=(200, 200, 200), width=10)
    f = F("monob", 150)
    bd.text(bw * 0.27, 250, a.upper()[:12], fsize(a.upper(), "sansb", 1000, 150), (255, 200, 0), anchor="mm")
    bd.text(bw * 0.73, 250, b.upper()[:12], fsize(b.upper(), "sansb", 1000, 150), (255, 200, 0), anchor="mm")
    bd.text(bw * 0.27, 650, str(rng.randint(0, 4)), F("monob", 420), (255, 60, 40), anchor="mm")
    bd.text(bw * 0.73, 650, str(rng.randint(0, 4)), F("monob", 420), (255, 60, 40), anchor="mm")
    bd.text(bw / 2, 1000, f"{rng.randint(1, 89)}:{rng.randint(10, 59)}", f, (255, 255, 255), anchor="mm")
    place_obj(rng, sc, bd, 0.7, cy=H * 0.38, persp=rng.uniform(0.03, 0.15), shadow=0)
    return finish(rng, sc), sc


def poster(rng, lines, bg, fg, w=2000, h=2900, slot=True):
    c = Canvas(w, h, bg)
    if slot:
        c.photo_slot([200, 500, w - 200, 1900], color=tuple(max(0, v - 50) for v in bg))
    for text, y, font, size in lines:
        c.text(w / 2, y, text, fsize(text, font, w * 0.9, size), fg, anchor="mm")
    return c


def celeb_poster(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["brick", "concrete", "wall"]))
    star = STARS[k % len(STARS)]
    city = rng.choice(CITIES)
    p = poster(rng, [(star.upper(), 250, "sansb", 260), ("WORLD TOUR 2025", 2050, "condb", 200),
                     (f"{city} Arena  -  {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]}", 2300, "sans", 110),
                     ("Tickets on sale Friday 10am", 2550, "sans", 100)], rng.choice([(20, 20, 40), (120, 20, 80), (240, 200, 40)]), (255, 255, 255))
    place_obj(rng, sc, p, 0.75, maxh=0.88)
    return finish(rng, sc), sc


def movie_poster(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, rng.choice(["wall", "concrete", "darkwood"]))
    m = MOVIES[k % len(MOVIES)]
    p = poster(rng, [("FROM THE STUDIO THAT BROUGHT YOU STARFALL", 200, "cond", 80), (m, 2080, "serifb", 220),
                     ("IN CINEMAS THIS DECEMBER", 2350, "condb", 120), (f"Directed by {rng.choice(STARS)}   Music by {rng.choice(STARS)}", 2600, "narrow", 70)],
               (10, 15, 30), (240, 230, 200))
    place_obj(rng, sc, p, 0.72, maxh=0.88)
    return finish(rng, sc), sc


def book_cover(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["wood", "table", "fabric"]))
    t, a = BOOKS[k % len(BOOKS)]
    c = poster(rng, [(t, 300, rng.choice(["serifb", "freeserifb", "libserifb"]), 200), (a.upper(), 2400, "sans", 130),
                     ("The No. 1 bestseller", 2650, "serifi", 90)], rng.choice([(40, 80, 140), (180, 60, 40), (30, 110, 90), (230, 190, 70)]), (255, 255, 255))
    place_obj(rng, sc, c, 0.5, maxh=0.85)
    return finish(rng, sc), sc


def packaging(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["table", "wood"]))
    br = BRANDS[k % len(BRANDS)]
    col = rng.choice(BRIGHT)
    c = Canvas(2000, 2800, col)
    c.text(1000, 350, br, fsize(br, "sansb", 1800, 300), (255, 255, 255), anchor="mm")
    c.text(1000, 650, rng.choice(["Honey Crunch", "Choco Loops", "Berry Blast", "Original"]), F("serifbi", 180), (255, 250, 220), anchor="mm")
    c.d.ellipse([400, 900, 1600, 2000], fill=(255, 240, 200))
    c.text(1000, 2200, "High in fibre  -  Source of vitamin D", F("sans", 80), (255, 255, 255), anchor="mm")
    payload = f"https://www.{br.lower().replace(' & ', '').replace(' ', '')}.example/win"
    c.text(1000, 2350, "Scan to win a family holiday!", F("sansb", 80), (255, 255, 255), anchor="mm")
    s = Canvas.qr_size(payload, 12)
    c.qr(payload, 1000 - s // 2, 2420, 12)
    c.img = c.img.crop((0, 0, 2000, max(2800, 2440 + s))); c.redraw()
    place_obj(rng, sc, c, 0.5, persp=rng.uniform(0, 0.1), maxh=0.88)
    return finish(rng, sc, level=rng.choice([0, 1])), sc


def public_website(rng, k):
    W, H = rng.choice(PORTRAIT[3:]) if k % 2 else rng.choice(LANDSCAPE[2:])
    s = min(W, H) / 390 if W < H else H / 600
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv = Canvas(W, H, (255, 255, 255))
    cv.d.rectangle([0, 0, W, 60 * s], fill=(200, 30, 40))
    cv.text(int(20 * s), int(30 * s), rng.choice(["THE DAILY COURIER", "WORLD NEWS NOW", "METRO TIMES", "SPORTS CENTRAL"]), F(fb, 24 * s), (255, 255, 255), anchor="lm")
    y = 90 * s
    city = rng.choice(CITIES)
    body = [(f"{city} council confirms new cycle lanes", F(fb, 26 * s)),
            (f"Published {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} 2024", F(fn, 13 * s)),
            (f"The plan for {city} will add 40 km of protected lanes by 2026. The mayor said the project will make journeys safer for everyone. Work begins in the spring and residents can view the plans online at the city website.", F(fn, 16 * s))]
    for t, f in body:
        y = draw_layout(cv, 20 * s, y, layout([(t, None)], f, W - 40 * s), f, (20, 20, 20), f.size * 1.35) + 12 * s
    cv.photo_slot([20 * s, y, W - 20 * s, min(H - 20 * s, y + 260 * s)], color=(190, 200, 210))
    return cv.rgb(), cv


def weather_app(rng, k):
    W, H = rng.choice(PORTRAIT)
    s = W / 390
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    top = np.array(rng.choice([(60, 120, 200), (30, 40, 80), (240, 150, 60)]), float)
    t = np.linspace(0, 1, H)[:, None, None]
    from PIL import Image
    cv = Canvas(W, H)
    cv.img = Image.fromarray(((top * (1 - t) + np.array([150, 200, 240]) * t) * np.ones((1, W, 1))).astype(np.uint8), "RGB").convert("RGBA"); cv.redraw()
    status_bar(cv, s, (255, 255, 255), rng, fn)
    city = CITIES[k * 3 % len(CITIES)]
    cv.text(W // 2, int(110 * s), city, F(fn, 30 * s), (255, 255, 255), anchor="mm")
    cv.text(W // 2, int(190 * s), f"{rng.randint(-2, 34)}°", F("sansl" if fn == "sans" else fn, 90 * s), (255, 255, 255), anchor="mm")
    cv.text(W // 2, int(260 * s), rng.choice(["Partly Cloudy", "Sunny", "Light Rain", "Windy"]), F(fn, 18 * s), (255, 255, 255), anchor="mm")
    y = int(320 * s)
    cv.rrect([16 * s, y, W - 16 * s, y + 330 * s], 16 * s, fill=(255, 255, 255, 255))
    for i, d in enumerate(["Today", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        yy = y + 20 * s + i * 44 * s
        cv.text(int(34 * s), int(yy), d, F(fb, 16 * s), (30, 30, 40))
        cv.text(int(W - 34 * s), int(yy), f"{rng.randint(0, 15)}° / {rng.randint(16, 32)}°", F(fn, 16 * s), (30, 30, 40), anchor="ra")
    return cv.rgb(), cv


def game_hud(rng, k):
    W, H = rng.choice(LANDSCAPE)
    s = H / 390
    cv = Canvas(W, H, (60, 120, 60))
    cv.d.rectangle([0, 0, W, H * 0.45], fill=(120, 180, 230))
    for _ in range(20):
        x, y = rng.randint(0, W), rng.randint(int(H * 0.4), H)
        r = rng.randint(int(10 * s), int(40 * s))
        cv.d.ellipse([x - r, y - r, x + r, y + r], fill=(40, 100, 40))
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv.rrect([16 * s, 16 * s, 200 * s, 40 * s], 6 * s, fill=(40, 40, 40))
    cv.rrect([18 * s, 18 * s, (18 + rng.randint(60, 180)) * s, 38 * s], 5 * s, fill=(220, 40, 40))
    cv.text(int(24 * s), int(48 * s), rng.choice(["Captain Zorb", "Knight Aurelia", "Pip the Robot", "Shadow Fox"]) + "  Lv " + str(rng.randint(1, 60)), F(fb, 14 * s), (255, 255, 255))
    cv.text(W - int(20 * s), int(28 * s), f"SCORE {rng.randint(1000, 999999)}", F(fb, 18 * s), (255, 255, 255), anchor="ra")
    cv.text(W - int(20 * s), H - int(30 * s), f"AMMO {rng.randint(0, 30)}/90", F(fb, 16 * s), (255, 255, 255), anchor="rs")
    cv.rrect([W - 150 * s, 60 * s, W - 20 * s, 190 * s], 10 * s, fill=(30, 30, 30, 255), outline=(255, 255, 255), width=2)
    cv.text(int(24 * s), H - int(60 * s), "QUEST: " + rng.choice(["Find the Crystal of Light", "Defeat the Stone Giant", "Reach the Sky Tower"]), F(fn, 14 * s), (255, 240, 150))
    return cv.rgb(), cv


def menu(rng, k):
    pg = page(rng)
    header(pg, rng, rng.choice(["The Olive Tree Bistro", "Harbour Fish & Chips", "Spice Route Kitchen", "Cafe Bramble"]), None, sub="Lunch Menu")
    x0 = pt(pg, 60)
    y = pt(pg, 130)
    f = F(rng.choice(["serif", "libserif", "freeserif", "sans"]), pt(pg, 13))
    for d in rng.sample(["Soup of the day", "Fish and chips", "Chicken curry", "Margherita pizza", "Garden salad", "Beef burger", "Veggie wrap", "Apple crumble", "Ice cream sundae", "Kids pasta"], 8):
        pg.text(x0, y, d, f, (30, 30, 30))
        pg.text(pg.w - x0, y, f"{rng.randint(4, 19)}.{rng.choice(['00', '50', '95'])}", f, (30, 30, 30), anchor="ra")
        y += pt(pg, 30)
    if k < 2:
        payload = "https://www.olivetreebistro.example/menu"
        mod = max(4, pt(pg, 3))
        s = Canvas.qr_size(payload, mod)
        pg.qr(payload, pg.w / 2 - s / 2, y + pt(pg, 20), mod)
        pg.text(pg.w / 2, y + pt(pg, 24) + s, "Scan for allergens", F("sans", pt(pg, 10)), (30, 30, 30), anchor="ma")
    return output(rng, pg, k, photo_every=2)


def recipe(rng, k):
    pg = page(rng)
    header(pg, rng, rng.choice(["Easy Banana Bread", "Classic Pancakes", "Rainbow Fruit Salad"]), None, sub="Serves 4  -  30 minutes")
    x0 = pt(pg, 60)
    f = F(rng.choice(["sans", "lib", "serif"]), pt(pg, 13))
    y = pt(pg, 130)
    for t in ["Ingredients:", "- 3 ripe bananas", "- 200 g flour", "- 2 eggs", "- 100 g sugar", "- 1 tsp baking powder", "", "Method:"]:
        pg.text(x0, y, t, f, (30, 30, 30)); y += pt(pg, 22)
    body = [("Mash the bananas, whisk in the eggs and sugar, then fold in the flour and baking powder. Pour into a lined tin and bake at 180 C for 45 minutes until golden. Leave to cool before slicing.", None)]
    draw_layout(pg, x0, y, layout(body, f, pg.w - 2 * x0), f, (30, 30, 30), pt(pg, 20))
    return output(rng, pg, k)


def worksheet(rng, k):
    pg = page(rng)
    header(pg, rng, rng.choice(["Times Tables Practice", "Fractions Worksheet", "Spelling Words - Week 5"]), None)
    x0 = pt(pg, 60)
    f = F(rng.choice(["sans", "lib", "free"]), pt(pg, 14))
    y = pt(pg, 120)
    pg.text(x0, y, "Name: ______________________    Date: ___________", f, (30, 30, 30))
    y += pt(pg, 40)
    for i in range(12):
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        pg.text(x0 + (i % 2) * (pg.w / 2 - x0), y + (i // 2) * pt(pg, 40), f"{i + 1})  {a} x {b} = ______", f, (30, 30, 30))
    return output(rng, pg, k)


def sign_photo(rng, lines, bg, fg, w=2600, h=1000, surf="concrete", frac=0.7):
    W, H = photo_size(rng, portrait=False)
    sc = Canvas(W, H, (140, 180, 220))
    ground = surface(rng, W, H // 2, surf)
    sc.paste(ground, 0, H // 2)
    c = Canvas(w, h, bg)
    c.d.rectangle([15, 15, w - 15, h - 15], outline=fg, width=10)
    for text, y, font, size in lines:
        c.text(w / 2, y, text, fsize(text, font, w * 0.9, size), fg, anchor="mm")
    sc.d.rectangle([W / 2 - W * 0.01, H * 0.4, W / 2 + W * 0.01, H], fill=(110, 110, 115))
    place_obj(rng, sc, c, frac, cy=H * 0.4, persp=rng.uniform(0.02, 0.15), shadow=0)
    return sc


def road_sign(rng, k):
    a, b, c = rng.sample(CITIES, 3)
    sc = sign_photo(rng, [(f"{a}  {rng.randint(5, 90)}", 220, "sansb", 200), (f"{b}  {rng.randint(91, 300)}", 500, "sansb", 200), (f"{c}  {rng.randint(301, 600)}", 780, "sansb", 200)],
                    rng.choice([(0, 110, 60), (20, 60, 160)]), (255, 255, 255))
    return finish(rng, sc), sc


def shop_sign(rng, k):
    br = rng.choice(BRANDS)
    sc = sign_photo(rng, [(br.upper(), 380, "serifb", 320), (rng.choice(["BAKERY - CAFE", "TOYS & GAMES", "PHARMACY", "BOOKSHOP"]), 720, "sans", 180)],
                    rng.choice([(30, 30, 30), (120, 20, 40), (240, 240, 230)]), (240, 200, 80), surf="concrete")
    return finish(rng, sc), sc


def museum_sign(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["wall", "bluewall"]))
    c = Canvas(2200, 1500, (30, 40, 60))
    c.text(1100, 200, rng.choice(["DINOSAUR GALLERY", "OCEAN LIFE", "SPACE EXPLORATION", "ANCIENT EGYPT"]), F("sansb", 180), (255, 255, 255), anchor="mm")
    body = [("Discover fossils more than 66 million years old. Please do not touch the exhibits. Audio guides are available at the front desk in six languages.", None)]
    draw_layout(c, 120, 420, layout(body, F("serif", 80), 1500), F("serif", 80), (230, 230, 230), 110)
    if k < 1:
        payload = "https://www.citymuseum.example/audio/gallery3"
        c.qr(payload, 1680, 900, 9)
    place_obj(rng, sc, c, 0.75, persp=rng.uniform(0.02, 0.12))
    return finish(rng, sc), sc


def ticket(rng, k):
    W, H = photo_size(rng)
    sc = surface(rng, W, H, rng.choice(["wood", "table"]))
    c = Canvas(2600, 1000, rng.choice([(250, 240, 220), (220, 240, 250)]))
    c.text(100, 120, rng.choice(STARS) + " - LIVE", F("sansb", 140), (30, 30, 30))
    c.text(100, 320, f"{rng.choice(CITIES)} Arena   {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} 2025   19:30", F("sans", 80), (30, 30, 30))
    c.text(100, 480, f"SECTION {rng.choice('ABCDEF')}   ROW {rng.randint(1, 40)}   SEAT {rng.randint(1, 30)}", F("monob", 90), (30, 30, 30))
    c.text(100, 650, "ADMIT ONE - NO RE-ENTRY", F("sans", 70), (100, 100, 100))
    if k < 1:
        payload = "https://tickets.example/venue-info/arena"
        s = Canvas.qr_size(payload, 12)
        c.qr(payload, 2600 - s - 60, 1000 // 2 - s // 2, 12)
    place_obj(rng, sc, c, 0.8, persp=rng.uniform(0.02, 0.12))
    return finish(rng, sc, level=rng.choice([0, 1])), sc


def bus_timetable(rng, k):
    W, H = photo_size(rng, portrait=True)
    sc = surface(rng, W, H, "concrete")
    c = Canvas(2000, 2800, (255, 255, 255))
    c.d.rectangle([0, 0, 2000, 300], fill=(0, 90, 160))
    route = rng.randint(2, 99)
    c.text(1000, 150, f"ROUTE {route}  -  {rng.choice(CITIES)} CENTRE", F("sansb", 120), (255, 255, 255), anchor="mm")
    y = 400
    f = F("mono", 70)
    for i in range(14):
        h = 6 + i
        c.text(150, y, f"{h:02d}:{rng.choice(['05', '15', '25'])}   {h:02d}:{rng.choice(['35', '45', '55'])}", f, (20, 20, 20))
        y += 110
    if k < 2:
        payload = f"https://transit.example/route/{route}"
        c.qr(payload, 1380, 2140, 13)
    place_obj(rng, sc, c, 0.7, persp=rng.uniform(0.02, 0.12), maxh=0.88)
    return finish(rng, sc), sc


SCENES = {"league_table": league_table, "scoreboard": scoreboard, "celeb_poster": celeb_poster, "movie_poster": movie_poster,
          "book_cover": book_cover, "packaging": packaging, "public_website": public_website, "weather_app": weather_app,
          "game_hud": game_hud, "menu": menu, "recipe": recipe, "road_sign": road_sign, "shop_sign": shop_sign,
          "museum_sign": museum_sign, "ticket": ticket, "bus_timetable": bus_timetable, "worksheet": worksheet}
