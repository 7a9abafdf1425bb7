"""Clean screens and prints with tempting harmless text: league tables, scores, weather, menus,
maths worksheets without a name, capitals quizzes, museum tickets, brand QR codes."""
import textures
from common import Out, Scene, finish, pick, screen_fmt, photo_fmt, SCREEN_SIZES, PHOTO_SIZES, make_layer, UI, UIB

TEAMS = ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Tottenham", "Aston Villa", "Newcastle", "Brighton",
         "Real Madrid", "Barcelona", "Bayern Munich", "Juventus", "LA Lakers", "Boston Celtics", "Golden State"]
CITIES = ["London", "Sydney", "New York", "Toronto", "Dublin", "Auckland", "Mumbai", "Cape Town", "Paris", "Berlin"]
BRAND_QR = ["https://www.wikipedia.org", "https://www.bbc.co.uk/bitesize", "https://www.nasa.gov", "https://www.lego.com",
            "https://www.nationalgeographic.com", "https://www.who.int", "https://www.unicef.org", "https://www.gov.uk"]
CAPITALS = [("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Canada", "Ottawa"), ("Brazil", "Brasília"),
            ("Australia", "Canberra"), ("Egypt", "Cairo"), ("India", "New Delhi"), ("Peru", "Lima"), ("Norway", "Oslo")]


def _fin(rng, sc, scene):
    finish(sc, rng)
    f, q = screen_fmt(rng)
    return Out(sc, f, q, scene, clean=True)


def league(rng):
    w, h = pick(rng, SCREEN_SIZES)
    s = w / 1080
    dark = rng.random() < 0.5
    bg, fg = ((18, 18, 24), (235, 235, 240)) if dark else ((255, 255, 255), (20, 20, 24))
    sc = Scene(w, h, bg)
    f, fb = pick(rng, UI), pick(rng, UIB)
    sc.text(40 * s, 60 * s, "Premier League Table", fb, 56 * s, fg)
    sc.text(40 * s, 140 * s, "Matchweek 14 · updated 2 min ago", f, 30 * s, (130, 130, 140))
    y = 230 * s
    for lab, x in [("#", 40), ("Team", 110), ("P", 640), ("GD", 760), ("Pts", 900)]:
        sc.text(x * s, y, lab, fb, 32 * s, (130, 130, 140))
    y += 70 * s
    teams = TEAMS[:8] + ["Fulham", "Everton", "Brentford", "Wolves", "West Ham", "Bournemouth", "Crystal Palace"]
    rng.shuffle(teams)
    pts = 38
    for i, t in enumerate(teams):
        if y > h - 100 * s:
            break
        sc.text(40 * s, y, str(i + 1), f, 36 * s, fg)
        sc.text(110 * s, y, t, f, 36 * s, fg)
        sc.text(640 * s, y, "14", f, 36 * s, fg)
        sc.text(760 * s, y, f"{rng.randint(-12, 25):+d}", f, 36 * s, fg)
        sc.text(900 * s, y, str(pts), fb, 36 * s, fg)
        pts -= rng.randint(0, 3)
        sc.d.line([(40 * s, y + 64 * s), (w - 40 * s, y + 64 * s)], fill=(80, 80, 90) if dark else (225, 225, 230))
        y += 84 * s
    return _fin(rng, sc, "league_table")


def scores(rng):
    w, h = pick(rng, [(1920, 1080), (1280, 720), (1080, 1920)])
    s = min(w, h) / 1080
    sc = Scene(w, h, img=textures.gradient(rng, w, h, (10, 30, 70), (20, 60, 120)))
    sc.text(w / 2, 60 * s, "FULL TIME", "sansb", 70 * s, (255, 220, 80), anchor="ma")
    y = 200 * s
    for _ in range(5):
        a, b = rng.sample(TEAMS, 2)
        sc.rrect([60 * s, y, w - 60 * s, y + 120 * s], 20 * s, fill=(255, 255, 255))
        sc.text(100 * s, y + 36 * s, a, "sansb", 44 * s, (20, 20, 20))
        sc.text(w / 2, y + 30 * s, f"{rng.randint(0, 4)} - {rng.randint(0, 4)}", "sansb", 56 * s, (200, 30, 30), anchor="ma")
        sc.text(w - 100 * s, y + 36 * s, b, "sansb", 44 * s, (20, 20, 20), anchor="ra")
        y += 150 * s
        if y > h - 150 * s:
            break
    return _fin(rng, sc, "scores")


def weather(rng):
    w, h = pick(rng, SCREEN_SIZES)
    s = w / 1080
    sc = Scene(w, h, img=textures.gradient(rng, w, h, (60, 120, 200), (150, 190, 240)))
    city = pick(rng, CITIES)
    sc.text(w / 2, 180 * s, city, "sans", 80 * s, (255, 255, 255), anchor="ma")
    sc.text(w / 2, 300 * s, f"{rng.randint(-2, 31)}°", "dvx", 260 * s, (255, 255, 255), anchor="ma")
    sc.text(w / 2, 620 * s, pick(rng, ["Partly cloudy", "Light rain", "Sunny", "Windy"]), "sans", 50 * s, (255, 255, 255), anchor="ma")
    y = 780 * s
    for d in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]:
        if y > h - 100 * s:
            break
        sc.text(80 * s, y, d, "sans", 44 * s, (255, 255, 255))
        sc.text(w - 80 * s, y, f"{rng.randint(0, 12)}°  {rng.randint(13, 30)}°", "sans", 44 * s, (255, 255, 255), anchor="ra")
        y += 100 * s
    return _fin(rng, sc, "weather")


def _sheet(rng, w=1240, h=1754):
    lay = make_layer(w, h)
    lay.img.paste(textures.paper(rng, w, h), (0, 0))
    lay.img.putalpha(255)
    return lay


def _paper_out(rng, lay, scene):
    if rng.random() < 0.5:
        W, H = pick(rng, [(3024, 4032), (2000, 3000), (4032, 3024)])
        ph = textures.photo_with(rng, lay, W, H, textures.table, frac=0.88, max_angle=12, shear=rng.uniform(-0.06, 0.06))
        finish(ph, rng, blur=rng.choice([0, 0.8]), noise=8, contrast=rng.choice([1.0, 0.8]))
        f, q = photo_fmt(rng)
        return Out(ph, f, q, scene + "_photo", clean=True)
    sc = Scene(lay.w, lay.h, img=lay.img.convert("RGB"))
    W, H = pick(rng, [(1240, 1754), (2480, 3508), (2550, 3300)])
    finish(sc, rng, angle=rng.uniform(-3, 3), out=(W, H), zoom=0.96, fill=(250, 250, 250), noise=4)
    f, q = pick(rng, [("png", None), ("jpg", rng.randint(60, 90))])
    return Out(sc, f, q, scene + "_scan", clean=True)


def worksheet(rng):
    lay = _sheet(rng)
    lay.text(620, 80, "Fractions Practice", "sansb", 64, (20, 20, 20), anchor="ma")
    lay.text(100, 200, "Name: ______________________   Date: __________", "sans", 34, (40, 40, 40))
    lay.text(100, 270, "Simplify each fraction. Show your working.", "serifi", 34, (40, 40, 40))
    y = 380
    for i in range(12):
        a, b = rng.randint(2, 12), rng.randint(13, 48)
        lay.text(100 + (i % 2) * 560, y, f"{i + 1})  {a * 2}/{b * 2} = ______", "sans", 44, (20, 20, 20))
        if i % 2:
            y += 150
    lay.text(620, 1650, "Page 3 of 8  ·  Maths Skills Book", "sans", 28, (120, 120, 120), anchor="ma")
    return _paper_out(rng, lay, "maths_worksheet")


def capitals(rng):
    lay = _sheet(rng)
    lay.text(620, 80, "CAPITAL CITIES QUIZ", "libn", 80, (20, 60, 120), anchor="ma")
    lay.text(620, 200, "Match each country to its capital. 1 point each.", "sans", 34, (40, 40, 40), anchor="ma")
    caps = CAPITALS[:]
    rng.shuffle(caps)
    y = 320
    for i, (c, cap) in enumerate(caps):
        lay.text(120, y, f"{i + 1}. {c}", "sans", 46, (20, 20, 20))
        lay.text(700, y, "__________", "sans", 46, (120, 120, 120))
        y += 110
    lay.text(120, y + 40, "Bonus: What is the capital of New Zealand?", "serifi", 40, (40, 40, 40))
    return _paper_out(rng, lay, "capitals_quiz")


def menu(rng):
    lay = _sheet(rng)
    lay.text(620, 80, pick(rng, ["CAFÉ MENU", "Today's Specials", "Lunch Menu"]), "serifb", 90, (90, 30, 20), anchor="ma")
    y = 260
    items = [("Margherita pizza", 9.5), ("Fish & chips", 12.0), ("Veggie burger", 10.5), ("Caesar salad", 8.0),
             ("Kids' pasta", 6.0), ("Hot chocolate", 3.2), ("Fresh orange juice", 3.5), ("Chocolate brownie", 4.0),
             ("Banana smoothie", 4.5), ("Cheese toastie", 5.0)]
    cur = pick(rng, ["£", "€", "$"])
    for name, pr in items:
        lay.text(120, y, name, "serif", 50, (30, 30, 30))
        lay.text(1120, y, f"{cur}{pr:.2f}", "serif", 50, (30, 30, 30), anchor="ra")
        y += 110
    lay.text(620, y + 40, "Open daily 8am - 6pm · Free Wi-Fi", "sansi", 36, (90, 90, 90), anchor="ma")
    return _paper_out(rng, lay, "menu")


def museum_ticket(rng):
    w, h = pick(rng, [(1080, 1920), (720, 1280), (1170, 2532)])
    s = w / 1080
    sc = Scene(w, h, (245, 245, 240))
    mus = pick(rng, ["Natural History Museum", "Science Museum", "National Gallery", "Museum of New Zealand Te Papa",
                     "Smithsonian National Air and Space Museum"])
    sc.d.rectangle([0, 0, w, 420 * s], fill=(30, 30, 40))
    sc.para(60 * s, 100 * s, mus, "sansb", 64 * s, (255, 255, 255), w - 120 * s)
    y = 500 * s
    for lab, val in [("Ticket", pick(rng, ["Child (5-15)", "Family 2+2", "Adult"])), ("Date", "Sat 12 December 2026"),
                     ("Entry", "10:30 - 11:00"), ("Exhibition", pick(rng, ["Dinosaurs", "Space Age", "Oceans"])),
                     ("Price", pick(rng, ["Free", "£8.00", "$12.00"]))]:
        sc.text(60 * s, y, lab, "sans", 32 * s, (120, 120, 120))
        sc.text(60 * s, y + 44 * s, val, "sansb", 46 * s, (20, 20, 20))
        y += 140 * s
    pl = pick(rng, BRAND_QR)
    mod = int(12 * s)
    n = sc.qr_size(pl, mod)
    sc.qr(pl, (w - n) / 2, y + 40 * s, mod)
    return _fin(rng, sc, "museum_ticket")


def brand_qr_screen(rng):
    w, h = pick(rng, SCREEN_SIZES)
    s = w / 1080
    sc = Scene(w, h, img=textures.gradient(rng, w, h, (250, 250, 250), (220, 230, 240)))
    pl = pick(rng, BRAND_QR)
    sc.text(w / 2, 200 * s, "Scan to learn more", "sansb", 64 * s, (20, 20, 20), anchor="ma")
    mod = int(16 * s)
    n = sc.qr_size(pl, mod)
    sc.qr(pl, (w - n) / 2, 360 * s, mod)
    sc.text(w / 2, 360 * s + n + 100 * s, pl.replace("https://", ""), "sans", 44 * s, (40, 40, 120), anchor="ma")
    sc.text(w / 2, 360 * s + n + 200 * s, "Homework help for ages 5-16", "sans", 40 * s, (60, 60, 60), anchor="ma")
    return _fin(rng, sc, "brand_qr")


SCENES = [league, scores, weather, worksheet, capitals, menu, museum_ticket, brand_qr_screen]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
