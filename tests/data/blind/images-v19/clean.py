"""Clean scenes: public text only (pro sport, celebrities, brands, public info). No leaks."""
from PIL import Image
from common import Layer, Photo, background, outdoor, qr_size, wrap_segments, REGULAR, BOLD, HAND, MONO, UI, UI_B
from screens import new_screen, status_bar
from photos import photo_size, finish, place_obj, centered, PAPER, BRIGHT
from docs import new_page, output, pt
from qrpay import clean_payload

TEAMS = {"football": ["Arsenal", "Liverpool", "Man City", "Chelsea", "Aston Villa", "Newcastle", "Tottenham", "Brighton", "Brentford", "Fulham"],
         "afl": ["Collingwood", "Brisbane Lions", "Carlton", "Geelong Cats", "Sydney Swans", "Melbourne", "Fremantle", "Richmond"],
         "ipl": ["Mumbai Indians", "Chennai Super Kings", "Royal Challengers", "Kolkata Knight Riders", "Rajasthan Royals", "Delhi Capitals"],
         "nhl": ["Toronto Maple Leafs", "Montreal Canadiens", "Edmonton Oilers", "Vancouver Canucks", "Boston Bruins", "Ottawa Senators"],
         "rugby": ["Crusaders", "Blues", "Chiefs", "Hurricanes", "Stormers", "Bulls", "Sharks", "Leinster", "Munster"]}
CELEBS = ["Taylor Swift", "Ed Sheeran", "Serena Williams", "Lionel Messi", "Billie Eilish", "Shah Rukh Khan", "Trevor Noah",
          "Lorde", "Dua Lipa", "Virat Kohli", "Simone Biles", "Harry Styles", "Adele", "Cristiano Ronaldo", "Zendaya"]
BOOKS = [("Matilda", "Roald Dahl"), ("Pride and Prejudice", "Jane Austen"), ("The Secret Garden", "Frances Hodgson Burnett"),
         ("Charlotte's Web", "E. B. White"), ("Anne of Green Gables", "L. M. Montgomery"), ("The Hobbit", "J. R. R. Tolkien"),
         ("Treasure Island", "Robert Louis Stevenson"), ("Little Women", "Louisa May Alcott"), ("The Jungle Book", "Rudyard Kipling")]
FILMS = ["GALAXY RANGERS", "THE LAST DRAGON KEEPER", "ROBO PUPS 2", "OCEAN QUEST", "MIDNIGHT MUSEUM", "SKY PIRATES", "THE LOST MAP"]
BRANDS = ["Crunchy Oats", "SunnyFarm Milk", "Choco Bites", "Zesty Juice", "Happy Paws", "Fizzberry", "Golden Grain", "Nutty Bar"]
CAFES = ["Bean There Cafe", "The Corner Bistro", "Pizza Planet Express", "Curry Leaf Kitchen", "Harbour Fish & Chips"]


def _screen_layer(ctx, dark=None, landscape=None):
    r = ctx.rnd
    W, H, s = new_screen(ctx, landscape)
    dark = r.random() < 0.4 if dark is None else dark
    bg = (22, 24, 28) if dark else (250, 250, 252)
    fg = (240, 240, 240) if dark else (20, 20, 25)
    L = Layer(W, H, bg)
    status_bar(L, s, fg, r, W)
    return L, W, H, s, fg, bg


def league_table(ctx):
    r = ctx.rnd
    L, W, H, s, fg, bg = _screen_layer(ctx)
    fk, fb = r.choice(UI), r.choice(UI_B)
    lg = r.choice(sorted(TEAMS))
    teams = list(TEAMS[lg]); r.shuffle(teams)
    title = {"football": "Premier League", "afl": "AFL Ladder", "ipl": "IPL Points Table", "nhl": "NHL Standings", "rugby": "Super Rugby"}[lg]
    L.text((20 * s, 80 * s), title, fb, 24 * s, fg)
    y = 115 * s
    L.text((20 * s, y), "#   Team", fb, 13 * s, (130, 130, 140))
    L.text((W - 20 * s, y), "P    W    Pts", fb, 13 * s, (130, 130, 140), anchor="rs")
    y += 30 * s
    pts = sorted([r.randrange(10, 80) for _ in teams], reverse=True)
    for i, t in enumerate(teams):
        if y > H - 30 * s:
            break
        L.text((20 * s, y), "%d   %s" % (i + 1, t), fk, 15 * s, fg)
        L.text((W - 20 * s, y), "%d   %d   %d" % (r.randrange(20, 30), r.randrange(5, 20), pts[i]), fk, 15 * s, fg, anchor="rs")
        L.d.line([20 * s, y + 12 * s, W - 20 * s, y + 12 * s], fill=(128, 128, 128), width=1)
        y += 40 * s
    return Photo.from_layer(L)


def weather_app(ctx):
    r = ctx.rnd
    L, W, H, s, fg, bg = _screen_layer(ctx, dark=True)
    top = (r.randrange(30, 90), r.randrange(80, 140), r.randrange(160, 230))
    L.rect([0, 40 * s, W, H], fill=top)
    fk, fb = r.choice(UI), r.choice(UI_B)
    city = r.choice(["London", "Sydney", "Toronto", "Dublin", "Mumbai", "Auckland", "Cape Town", "Chicago"])
    L.text((W / 2, 120 * s), city, fk, 32 * s, (255, 255, 255), anchor="ms")
    L.text((W / 2, 230 * s), "%d\u00b0" % r.randrange(-3, 34), "sans", 96 * s, (255, 255, 255), anchor="ms")
    L.text((W / 2, 270 * s), r.choice(["Partly Cloudy", "Sunny", "Light Rain", "Windy", "Thunderstorms"]), fk, 18 * s, (255, 255, 255), anchor="ms")
    y = 320 * s
    for d in ["Today", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        if y > H - 30 * s:
            break
        L.text((30 * s, y), d, fk, 17 * s, (255, 255, 255))
        L.text((W - 30 * s, y), "%d\u00b0 / %d\u00b0" % (r.randrange(0, 12), r.randrange(12, 30)), fk, 17 * s, (255, 255, 255), anchor="rs")
        y += 44 * s
    return Photo.from_layer(L)


def public_website(ctx):
    r = ctx.rnd
    W, H = r.choice([(1920, 1080), (1366, 768), (1440, 900), (1080, 1920), (2560, 1440)])
    s = min(W, H) / 768
    L = Layer(W, H, (255, 255, 255))
    fk, fb = r.choice(UI), r.choice(UI_B)
    L.rect([0, 0, W, 40 * s], fill=(222, 225, 230))
    site = r.choice(["www.nationalmuseum.example.org", "news.example.com/world", "www.citycouncil.example.gov/events",
                     "www.zoo.example.org/animals", "kids.science.example.org"])
    L.rrect([120 * s, 8 * s, W * 0.7, 32 * s], 12 * s, fill=(255, 255, 255))
    L.text((135 * s, 26 * s), "https://" + site, fk, 13 * s, (60, 60, 60))
    col = r.choice(BRIGHT)
    L.rect([0, 40 * s, W, 110 * s], fill=col)
    L.text((30 * s, 88 * s), r.choice(["National Museum", "World News", "City Council", "Riverside Zoo", "Science for Kids"]), fb, 30 * s, (255, 255, 255))
    y = 160 * s
    heads = ["Dinosaur exhibition opens this summer", "Opening hours over the holidays", "New penguin enclosure",
             "How do volcanoes work?", "Free entry for school groups on Mondays", "Championship final tickets on sale"]
    r.shuffle(heads)
    for h in heads[:4]:
        if y > H - 120 * s:
            break
        L.placeholder([30 * s, y, 230 * s, y + 110 * s], col=(200, 210, 220))
        L.text((250 * s, y + 28 * s), h, fb, 20 * s, (20, 20, 20))
        L.text((250 * s, y + 60 * s), "Updated %d hours ago - read more" % r.randrange(1, 12), fk, 14 * s, (100, 100, 100))
        y += 135 * s
    L.text((30 * s, H - 20 * s), "Contact us: info@example.org  |  1800 555 0199", fk, 13 * s, (100, 100, 100))
    return Photo.from_layer(L)


def game_hud(ctx):
    r = ctx.rnd
    W, H = r.choice([(1920, 1080), (1280, 720), (2340, 1080), (2532, 1170)])
    s = H / 390
    L = Layer(W, H, (60, 130, 80))
    for i in range(25):
        x, y = r.uniform(0, W), r.uniform(0, H)
        rr = r.uniform(15, 80) * s
        L.d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=r.choice([(50, 110, 70), (90, 150, 90), (120, 100, 70)]))
    fb = r.choice(UI_B)
    L.rrect([10 * s, 10 * s, 160 * s, 34 * s], 6 * s, fill=(0, 0, 0))
    L.rect([14 * s, 14 * s, 14 * s + 140 * s * r.uniform(0.2, 1), 30 * s], fill=(220, 40, 40))
    L.text((W - 14 * s, 30 * s), "SCORE %06d" % r.randrange(999999), fb, 18 * s, (255, 255, 255), anchor="rs")
    L.text((W / 2, 30 * s), "WAVE %d" % r.randrange(1, 30), fb, 18 * s, (255, 230, 80), anchor="ms")
    L.text((14 * s, H - 16 * s), r.choice(["Press E to open chest", "Quest: Find the golden key", "Level 7 - Crystal Caves"]), fb, 14 * s, (255, 255, 255))
    L.text((W - 14 * s, H - 16 * s), "Coins: %d   Gems: %d" % (r.randrange(9999), r.randrange(999)), fb, 14 * s, (255, 255, 255), anchor="rs")
    return Photo.from_layer(L)


def poster(ctx, kind):
    """celebrity poster, movie poster, book cover, scoreboard, packaging, museum sign, road/shop sign, bus timetable, ticket, menu."""
    r = ctx.rnd
    qr_pay = None
    if kind in ("road_sign", "shop_sign", "scoreboard"):
        W, H = photo_size(r, landscape=True)
        ph = Photo(W, H, outdoor(ctx.nrng, W, H, r.uniform(0.45, 0.6)))
    else:
        W, H = photo_size(r)
        ph = Photo(W, H, background(ctx.nrng, W, H, r.choice(["wall", "wood", "table", "brick", "tiles"])))
    col = r.choice(BRIGHT)
    fb, fk = r.choice(BOLD), r.choice(REGULAR)
    if kind == "celeb_poster":
        L = Layer(2000, 2800, col)
        L.placeholder([150, 150, 1850, 1700], col=tuple(min(255, c + 40) for c in col))
        name = r.choice(CELEBS)
        centered(L, 2000, [(name.upper(), None)], fb, 220, (255, 255, 255), maxw=1800)
        centered(L, 2250, [(r.choice(["LIVE IN CONCERT", "WORLD TOUR 2025", "ONE NIGHT ONLY", "OFFICIAL POSTER"]), None)], fk, 130, (255, 255, 255), maxw=1800)
        centered(L, 2550, [("Wembley Stadium - Madison Square Garden - Sydney", None)], fk, 70, (255, 255, 255), maxw=1800)
    elif kind == "movie_poster":
        L = Layer(2000, 2960, (15, 15, 30))
        L.placeholder([0, 0, 2000, 1900], col=(40, 50, 90))
        t = r.choice(FILMS)
        centered(L, 2200, [(t, None)], fb, 220, (255, 210, 60), maxw=1850)
        centered(L, 2420, [("IN CINEMAS DECEMBER", None)], fk, 110, (255, 255, 255))
        centered(L, 2650, [("A Starlight Pictures Release  -  Rated PG", None)], fk, 70, (200, 200, 200), maxw=1850)
    elif kind == "book_cover":
        L = Layer(1800, 2700, col)
        ti, au = r.choice(BOOKS)
        lines = wrap_segments(L, [(ti, None)] if len(ti) < 14 else [(w + " ", None) for w in ti.split()], fb, 200, 1600)
        y = 500
        for ln in lines:
            centered(L, y, [("".join(s for s, _ in ln).strip(), None)], fb, 200, (255, 255, 255), maxw=1650); y += 240
        L.placeholder([300, y + 100, 1500, y + 1000], col=tuple(min(255, c + 50) for c in col))
        centered(L, 2500, [(au.upper(), None)], fk, 120, (255, 255, 255), maxw=1650)
    elif kind == "packaging":
        brand = r.choice(BRANDS)
        L = Layer(2000, 2600, col)
        centered(L, 450, [(brand, None)], fb, 240, (255, 255, 255), maxw=1800)
        L.placeholder([300, 650, 1700, 1550], col=tuple(min(255, c + 50) for c in col))
        centered(L, 1750, [("NEW! 30% less sugar - 500 g", None)], fk, 100, (255, 255, 255), maxw=1800)
        L.rect([100, 1900, 1200, 2500], fill=(255, 255, 255))
        y = 2000
        for ln in ["Nutrition per 100g", "Energy 1580kJ", "Protein 8.1g", "Best before: see top"]:
            L.text((140, y), ln, "lib_sans", 70, (0, 0, 0)); y += 110
        if ctx.qr:
            qr_pay = clean_payload(r, "brand", brand)
            L.qr(1300, 1900, qr_pay, 12, [])
    elif kind == "menu":
        cafe = r.choice(CAFES)
        L = Layer(2100, 2970, r.choice(PAPER))
        centered(L, 250, [(cafe, None)], fb, 170, col, maxw=1900)
        y = 500
        for it in ["Soup of the day  6.50", "Fish & chips  14.90", "Kids pasta  7.00", "Veggie burger  12.50",
                   "Pancakes  9.00", "Hot chocolate  4.20", "Smoothie  5.50", "Chips  4.00"]:
            L.text((200, y), it, fk, 100, (30, 30, 30)); y += 170
        L.text((200, y + 60), "Open 7 days - bookings 1800 555 0134", fk, 70, (90, 90, 90))
        if ctx.qr:
            qr_pay = clean_payload(r, r.choice(["cafewifi", "menu"]), cafe)
            L.text((200, y + 200), "Free WiFi / online menu:", fk, 70, (30, 30, 30))
            L.qr(200, y + 240, qr_pay, 11, [])
    elif kind == "museum_sign":
        L = Layer(2400, 1800, (30, 30, 35))
        centered(L, 300, [(r.choice(["Age of Dinosaurs", "Ancient Egypt", "Space Gallery", "Ocean Life"]), None)], fb, 200, (240, 200, 120), maxw=2200)
        body = [("This gallery shows fossils and objects collected over 150 years. Please do not touch the displays. Audio guide available in 8 languages.", None)]
        y = 550
        for ln in wrap_segments(L, body, fk, 100, 2100):
            L.segs(150, y, ln, fk, 100, (230, 230, 230)); y += 140
        if ctx.qr:
            qr_pay = clean_payload(r, "museum", "nationalmuseum")
            L.rect([150, y + 20, 150 + qr_size(qr_pay, 11) + 0, y + 20 + qr_size(qr_pay, 11)], fill=(255, 255, 255))
            L.qr(150, y + 20, qr_pay, 11, [])
    elif kind == "ticket":
        L = Layer(2400, 1000, r.choice([(255, 250, 235), (235, 245, 255)]))
        L.rect([0, 0, 500, 1000], fill=col)
        L.text((250, 520), "ADMIT ONE", "sans_b", 90, (255, 255, 255), anchor="mm")
        ev = r.choice(["City Zoo - Family Day", "Science Museum", "Cup Final 2025", "Summer Music Festival", "Aquarium"])
        L.text((600, 220), ev, fb, L.fit_size(ev, fb, 130, 1300), (20, 20, 20))
        L.text((600, 400), "Gate B  Row 14  Seat 22", fk, 90, (40, 40, 40))
        L.text((600, 560), "Sat 14 June 2025  10:00", fk, 90, (40, 40, 40))
        L.text((600, 720), "Price: 12.00   No refunds", fk, 70, (90, 90, 90))
        if ctx.qr:
            qr_pay = clean_payload(r, "ticket")
            L.qr(2400 - qr_size(qr_pay, 12) - 40, 120, qr_pay, 12, [])
    elif kind == "bus_timetable":
        L = Layer(1800, 2600, (255, 255, 255))
        L.rect([0, 0, 1800, 300], fill=(0, 90, 160))
        route = r.randrange(2, 400)
        L.text((80, 220), "Route %d  -  City Centre" % route, "sans_b", 130, (255, 255, 255))
        y = 450
        for st in ["Central Station", "Library", "Hospital", "Market Square", "University", "Harbour"]:
            L.text((80, y), st, fk, 90, (20, 20, 20))
            L.text((1700, y), "  ".join("%02d:%02d" % (h, m) for h, m in [(7, 5 + y % 40), (8, 5 + y % 40), (9, 20)]), "lib_mono", 80, (20, 20, 20), anchor="rs")
            y += 150
        if ctx.qr:
            qr_pay = clean_payload(r, "bus")
            L.text((80, y + 100), "Live times:", fk, 80, (20, 20, 20))
            L.qr(80, y + 140, qr_pay, 11, [])
    elif kind == "scoreboard":
        L = Layer(3000, 1300, (10, 10, 10))
        lg = r.choice(sorted(TEAMS))
        a, b = r.sample(TEAMS[lg], 2)
        L.text((750, 300), a.upper(), "sans_b", L.fit_size(a.upper(), "sans_b", 170, 1300), (255, 200, 0), anchor="ms")
        L.text((2250, 300), b.upper(), "sans_b", L.fit_size(b.upper(), "sans_b", 170, 1300), (255, 200, 0), anchor="ms")
        L.text((750, 800), str(r.randrange(0, 6)), "mono_b", 450, (255, 60, 40), anchor="ms")
        L.text((2250, 800), str(r.randrange(0, 6)), "mono_b", 450, (255, 60, 40), anchor="ms")
        L.text((1500, 1150), "%d:%02d  2nd HALF" % (r.randrange(45, 90), r.randrange(60)), "mono_b", 140, (255, 255, 255), anchor="ms")
    elif kind == "road_sign":
        L = Layer(2600, 1400, r.choice([(0, 100, 60), (20, 50, 140), (250, 250, 250)]))
        fg = (20, 20, 20) if L.im.getpixel((1, 1))[0] > 200 else (255, 255, 255)
        L.rect([30, 30, 2570, 1370], outline=fg, width=20)
        y = 330
        for town in r.sample(["Manchester", "Dublin", "Toronto", "Brisbane", "Wellington", "Durban", "Pune", "Boston", "Leeds", "Perth"], 3):
            L.text((200, y), "\u2190 " + town if y < 500 else town + " \u2192", "sans_b", 200, fg)
            L.text((2400, y), "%d km" % r.randrange(3, 200), "sans", 170, fg, anchor="rs")
            y += 380
    else:  # shop_sign
        L = Layer(3000, 900, col)
        nm = r.choice(["SuperMart", "Corner Pharmacy", "City Books", "Bakehouse", "Sports Direct Outlet", "Pet Supplies Plus"])
        L.text((1500, 500), nm, fb, L.fit_size(nm, fb, 360, 2800), (255, 255, 255), anchor="ms")
        L.text((1500, 780), "Open 8am - 9pm  |  www.%s.example.com" % nm.lower().replace(" ", ""), fk, 100, (255, 255, 255), anchor="ms")
    far = kind in ("road_sign", "shop_sign", "scoreboard")
    place_obj(ctx, ph, L, frac=(0.5, 0.7) if far else (0.65, 0.85), rot=3 if far else 8,
              persp=0.05 if ctx.qr else 0.15, tilt=0.04 if ctx.qr else 0.1)
    return finish(ctx, ph)


def recipe(ctx):
    r = ctx.rnd
    L = new_page(ctx)
    fb, fk = r.choice(BOLD), r.choice(REGULAR)
    dish = r.choice(["Banana Bread", "Easy Pancakes", "Vegetable Curry", "Anzac Biscuits", "Pizza Scrolls"])
    L.text((pt(L, 54), pt(L, 90)), dish, fb, pt(L, 30), (120, 40, 20))
    y = pt(L, 140)
    L.text((pt(L, 54), y), "Ingredients", fb, pt(L, 16), (0, 0, 0)); y += pt(L, 24)
    for it in ["2 cups flour", "1 tsp baking powder", "2 eggs", "1 cup milk", "3 ripe bananas", "pinch of salt"]:
        L.text((pt(L, 70), y), "\u2022 " + it, fk, pt(L, 12), (20, 20, 20)); y += pt(L, 18)
    y += pt(L, 14)
    L.text((pt(L, 54), y), "Method", fb, pt(L, 16), (0, 0, 0)); y += pt(L, 24)
    steps = "Preheat the oven to 180C. Mix the dry ingredients in a large bowl. Whisk the eggs and milk, then fold everything together. Bake for 45 minutes until golden. Leave to cool before slicing."
    for ln in wrap_segments(L, [(steps, None)], fk, pt(L, 12), L.w - pt(L, 108)):
        L.segs(pt(L, 54), y, ln, fk, pt(L, 12), (20, 20, 20)); y += pt(L, 18)
    L.text((pt(L, 54), L.h - pt(L, 40)), "From 'Family Favourites' cookbook, page %d" % r.randrange(10, 200), fk, pt(L, 9), (100, 100, 100))
    return output(ctx, L)


def worksheet(ctx):
    r = ctx.rnd
    L = new_page(ctx)
    fb, fk = r.choice(BOLD), r.choice(REGULAR)
    L.text((pt(L, 54), pt(L, 70)), "Name: ________________   Date: ________", fk, pt(L, 12), (0, 0, 0))
    L.text((pt(L, 54), pt(L, 120)), r.choice(["Times Tables Practice", "Fractions Worksheet", "Spelling Test", "The Water Cycle"]), fb, pt(L, 24), (20, 60, 140))
    y = pt(L, 170)
    for i in range(14):
        a, b = r.randrange(2, 13), r.randrange(2, 13)
        L.text((pt(L, 70), y), "%d.   %d \u00d7 %d = ______" % (i + 1, a, b), fk, pt(L, 14), (0, 0, 0))
        y += pt(L, 34)
    return output(ctx, L)


CLEAN_SCENES = {
    "league_table": league_table, "scoreboard": lambda c: poster(c, "scoreboard"),
    "celeb_poster": lambda c: poster(c, "celeb_poster"), "movie_poster": lambda c: poster(c, "movie_poster"),
    "book_cover": lambda c: poster(c, "book_cover"), "packaging": lambda c: poster(c, "packaging"),
    "public_website": public_website, "weather_app": weather_app, "game_hud": game_hud,
    "menu": lambda c: poster(c, "menu"), "recipe": recipe, "road_sign": lambda c: poster(c, "road_sign"),
    "shop_sign": lambda c: poster(c, "shop_sign"), "museum_sign": lambda c: poster(c, "museum_sign"),
    "ticket": lambda c: poster(c, "ticket"), "bus_timetable": lambda c: poster(c, "bus_timetable"),
    "worksheet": worksheet,
}
