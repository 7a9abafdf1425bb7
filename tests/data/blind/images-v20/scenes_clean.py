"""Clean scenes: tempting but public text (no private data)."""
from common import PALETTE, PAPER, status_bar
from gfx import Layer, font, tok
from scenes_photo import card, new_photo, put, stack
from scenes_screen import screen
from scenes_doc import Doc

TEAMS = {
    "Premier League": ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Aston Villa", "Newcastle United", "Tottenham", "Brighton", "West Ham", "Everton"],
    "NRL": ["Penrith Panthers", "Melbourne Storm", "Sydney Roosters", "Brisbane Broncos", "Cronulla Sharks", "Canberra Raiders", "Parramatta Eels", "NZ Warriors"],
    "NBA": ["Boston Celtics", "Denver Nuggets", "Milwaukee Bucks", "Golden State Warriors", "Miami Heat", "Phoenix Suns", "LA Lakers", "Toronto Raptors"],
    "IPL": ["Mumbai Indians", "Chennai Super Kings", "Royal Challengers", "Kolkata Knight Riders", "Rajasthan Royals", "Delhi Capitals", "Gujarat Titans"],
    "URC": ["Leinster", "Munster", "Stormers", "Bulls", "Glasgow Warriors", "Ulster", "Sharks", "Connacht"],
}
FAMOUS = [("Albert Einstein", "Imagination is more important than knowledge."), ("Marie Curie", "Nothing in life is to be feared, it is only to be understood."),
          ("Neil Armstrong", "That's one small step for man, one giant leap for mankind."), ("Franklin D. Roosevelt", "The only thing we have to fear is fear itself."),
          ("William Shakespeare", "All the world's a stage."), ("Rene Descartes", "I think, therefore I am."),
          ("Nelson Mandela", "It always seems impossible until it's done."), ("Ada Lovelace", "The more I study, the more insatiable do I feel my genius for it to be.")]
BOOKS = [("Pride and Prejudice", "Jane Austen"), ("Treasure Island", "Robert Louis Stevenson"), ("Little Women", "Louisa May Alcott"),
         ("The Wind in the Willows", "Kenneth Grahame"), ("Alice's Adventures in Wonderland", "Lewis Carroll"), ("Anne of Green Gables", "L. M. Montgomery"),
         ("The Jungle Book", "Rudyard Kipling"), ("Black Beauty", "Anna Sewell")]
BRANDS = ["CrunchyO's", "Sunny Valley Juice", "Polar Pop", "Granola Gold", "Bright Smile Toothpaste", "Zoomy Noodles", "Choco Clouds"]
MOVIES = ["STARFALL", "THE LAST LIGHTHOUSE", "ROBO RANCH", "OCEAN OF SECRETS", "DRAGON SCHOOL 3", "MIDNIGHT EXPRESSWAY"]
CITIES = ["Sydney", "Auckland", "Dublin", "Toronto", "Mumbai", "Cape Town", "London", "Chicago", "Perth", "Vancouver"]


def brand_qr(ctx, L, x, y, mod, brand):
    slug = "".join(c for c in brand.lower() if c.isalnum())
    pay = ctx.rng.choice([f"https://www.{slug}.com/promo", f"https://{slug}.com/win?c={ctx.rng.randint(1000, 9999)}",
                          f"https://www.{slug}.com/info", f"Visit {slug}.com for details"])
    L.qr(x, y, pay, mod, [])


def league_table(ctx):
    r = ctx.rng
    L, s, land = screen(ctx, bg=(255, 255, 255) if r.random() < 0.5 else (18, 18, 22))
    dark = L.im.getpixel((1, 1))[0] < 100
    fg = (240, 240, 240) if dark else (20, 20, 20)
    top = status_bar(L, s, dark, r)
    lg = r.choice(list(TEAMS))
    L.text((16 * s, top + 30 * s), f"{lg} {r.randint(2023, 2025)}", ctx.f("sansb", 20 * s), fg, anchor="lm")
    teams = list(TEAMS[lg])
    r.shuffle(teams)
    y = top + 64 * s
    L.text((16 * s, y), "#  Team", ctx.f("sansb", 12 * s), (130, 130, 130))
    for j, h in enumerate(["P", "W", "Pts"]):
        L.text((L.w - (110 - j * 40) * s, y), h, ctx.f("sansb", 12 * s), (130, 130, 130))
    y += 24 * s
    pts = sorted([r.randint(10, 80) for _ in teams], reverse=True)
    for i, t in enumerate(teams):
        if y + 34 * s > L.h:
            break
        L.text((16 * s, y), f"{i + 1}  {t}", ctx.f("sans", 14 * s), fg)
        for j, v in enumerate([r.randint(20, 38), r.randint(5, 25), pts[i]]):
            L.text((L.w - (110 - j * 40) * s, y), str(v), ctx.f("sans", 14 * s), fg)
        y += 34 * s
    return L, "league_table"


def scoreboard(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("grass",))
    lg = r.choice(list(TEAMS))
    a, b = r.sample(TEAMS[lg], 2)
    S = Layer(2400, 1000, bg=(15, 15, 15))
    S.text((600, 200), a.upper()[:14], ctx.f("sansb", 100), (255, 200, 0), anchor="mm")
    S.text((1800, 200), b.upper()[:14], ctx.f("sansb", 100), (255, 200, 0), anchor="mm")
    S.text((600, 560), str(r.randint(0, 120)), ctx.f("monob", 360), (255, 80, 40), anchor="mm")
    S.text((1800, 560), str(r.randint(0, 120)), ctx.f("monob", 360), (255, 80, 40), anchor="mm")
    S.text((1200, 880), f"Q{r.randint(1, 4)}  {r.randint(0, 11)}:{r.randint(0, 59):02d}", ctx.f("mono", 110), (80, 255, 120), anchor="mm")
    put(ctx, bg, S, bg.w / 2, bg.h * 0.4, 0.7, rot=3, persp=0.06)
    return bg, "scoreboard"


def celeb_poster(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("brick", "plain"))
    who, q = r.choice(FAMOUS)
    items = [(r.choice(["EXHIBITION", "LIFE & LEGACY", "A CENTURY OF IDEAS"]), ctx.f("sansb", 90), (200, 200, 200)), (who.upper(), ctx.f("serifb", 200), (255, 255, 255)),
             (f"Opens {r.randint(1, 28)} {r.choice(['May', 'June', 'July'])}  -  City Museum", ctx.f("sans", 80), (230, 230, 230))]
    L = card(ctx, 2200, items, bg=PALETTE[r.randrange(len(PALETTE))], extra_h=900)
    L.placeholder((300, L.h - 1000, 1900, L.h - 120), fill=(80, 80, 90), label="PORTRAIT", fg=(200, 200, 200))
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.6 if bg.w > bg.h else 0.8, rot=3, persp=0.04)
    return bg, "celebrity_poster"


def movie_poster(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("plain", "brick"))
    t = r.choice(MOVIES)
    col = PALETTE[r.randrange(len(PALETTE))]
    L = Layer(2000, 3000, bg=(20, 20, 30))
    L.placeholder((100, 100, 1900, 1800), fill=tuple(c // 2 for c in col), label="KEY ART", fg=(220, 220, 220))
    L.text((1000, 2000), t, ctx.f("sansb", 170 if len(t) < 12 else 120), (255, 255, 255), anchor="mm")
    L.text((1000, 2200), r.choice(["This summer, every light tells a story.", "Adventure is calling.", "Some secrets run deep."]), ctx.f("serif", 80), (200, 200, 200), anchor="mm")
    L.text((1000, 2400), f"IN CINEMAS {r.choice(['JUNE', 'JULY', 'DECEMBER'])} {r.randint(2025, 2026)}", ctx.f("sansb", 100), col, anchor="mm")
    L.text((1000, 2560), "RATED PG", ctx.f("sans", 60), (180, 180, 180), anchor="mm")
    if ctx.qr_type:
        brand_qr(ctx, L, 1540, 2560, 9, t)
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.45 if bg.w > bg.h else 0.7, rot=3 if ctx.qr_type else 5, persp=0.02 if ctx.qr_type else 0.04)
    return bg, "movie_poster"


def book_cover(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("wood", "plain"))
    t, a = r.choice(BOOKS)
    col = PALETTE[r.randrange(len(PALETTE))]
    items = [(t, ctx.f("serifb", 170), (255, 255, 255)), (a, ctx.f("serif", 110), (240, 240, 220)), (r.choice(["Puffin Classics", "Penguin Classics", "Collins Classics"]), ctx.f("sans", 60), (230, 230, 230))]
    L = card(ctx, 1800, items, bg=col, minh=2700)
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.4 if bg.w > bg.h else 0.65, rot=8, persp=0.05)
    return bg, "book_cover"


def packaging(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("wood", "plain"))
    b = r.choice(BRANDS)
    col = PALETTE[r.randrange(len(PALETTE))]
    L = Layer(2000, 2600, bg=col)
    L.text((1000, 300), b, ctx.f("sansb", 180), (255, 255, 255), anchor="mm", stroke=6, stroke_fill=(40, 40, 40))
    L.text((1000, 520), r.choice(["NEW! Family size", "No added sugar", "Win a trip to the theme park!", "Made with real fruit"]), ctx.f("sans", 90), (255, 255, 230), anchor="mm")
    L.placeholder((300, 700, 1700, 1700), fill=tuple(min(255, c + 60) for c in col), label="PRODUCT", fg=(90, 90, 90))
    L.text((120, 1850), f"Net wt {r.randint(150, 750)} g", ctx.f("sans", 70), (255, 255, 255))
    L.text((120, 1960), "Customer care 1800 555 010", ctx.f("sans", 60), (255, 255, 255))
    if ctx.qr_type:
        L.rect((1380, 1800, 1940, 2540), fill=(255, 255, 255))
        brand_qr(ctx, L, 1400, 1820, 12, b)
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.5 if bg.w > bg.h else 0.75, rot=3 if ctx.qr_type else 8, persp=0.02 if ctx.qr_type else 0.05)
    return bg, "packaging"


def public_website(ctx):
    r = ctx.rng
    L, s, land = screen(ctx, bg=(255, 255, 255))
    top = status_bar(L, s, False, r)
    site = r.choice([("National Parks Service", "nps.gov"), ("City Library", "library.example.org"), ("Science Museum", "sciencemuseum.org.uk"), ("Met Office", "metoffice.gov.uk"), ("BBC Bitesize", "bbc.co.uk/bitesize")])
    L.rect((0, top, L.w, top + 40 * s), fill=(240, 240, 243))
    L.text((L.w / 2, top + 20 * s), site[1], ctx.f("sans", 13 * s), (60, 60, 60), anchor="mm")
    y = top + 56 * s
    L.text((16 * s, y), site[0], ctx.f("serifb", 24 * s), (20, 40, 90))
    y += 44 * s
    L.placeholder((16 * s, y, L.w - 16 * s, y + 150 * s), label="IMAGE")
    y += 166 * s
    body = r.choice(["Opening hours: Monday to Friday 9am - 5pm. Entry is free for children under 16. School groups must book two weeks in advance.",
                     "Plan your visit: explore our galleries, enjoy the cafe and join a free guided tour every Saturday at 11am.",
                     "Learn about volcanoes, earthquakes and how the planet was formed with our interactive guides and quizzes."])
    y = L.para(16 * s, y, [(body, None)], ctx.f("sans", 15 * s), (30, 30, 30), L.w - 32 * s, line_h=22 * s)
    L.para(16 * s, y + 10 * s, [("Contact: info@" + site[1].split("/")[0] + "  |  General enquiries 0800 555 0123", None)], ctx.f("sans", 12 * s), (90, 90, 90), L.w - 32 * s, line_h=18 * s)
    return L, "public_website"


def weather_app(ctx):
    r = ctx.rng
    L, s, land = screen(ctx, bg=(60, 120, 200))
    status_bar(L, s, True, r)
    c = r.choice(CITIES)
    L.text((L.w / 2, 90 * s), c, ctx.f("sans", 30 * s), (255, 255, 255), anchor="mm")
    L.text((L.w / 2, 160 * s), f"{r.randint(-2, 34)}°", ctx.f("sans", 80 * s), (255, 255, 255), anchor="mm")
    L.text((L.w / 2, 220 * s), r.choice(["Mostly Sunny", "Light Rain", "Cloudy", "Thunderstorms"]), ctx.f("sans", 18 * s), (230, 240, 255), anchor="mm")
    y = 270 * s
    for d in ["Today", "Tue", "Wed", "Thu", "Fri", "Sat"]:
        if y + 40 * s > L.h:
            break
        L.text((24 * s, y), d, ctx.f("sans", 16 * s), (255, 255, 255))
        L.text((L.w - 24 * s, y), f"{r.randint(5, 15)}°  {r.randint(16, 33)}°", ctx.f("sans", 16 * s), (255, 255, 255), anchor="ra")
        y += 40 * s
    return L, "weather_app"


def game_hud(ctx):
    r = ctx.rng
    L, s, land = screen(ctx, landscape=True, bg=(40, 70, 50))
    for _ in range(30):
        x, y, w = r.uniform(0, L.w), r.uniform(0, L.h), r.uniform(20, 160) * s
        L.rect((x, y, x + w, y + w * 0.6), fill=PALETTE[r.randrange(len(PALETTE))])
    L.rect((0, 0, L.w, 40 * s), fill=(0, 0, 0))
    L.text((16 * s, 20 * s), f"SCORE {r.randint(100, 99999):,}", ctx.f("monob", 18 * s), (255, 255, 255), anchor="lm")
    L.text((L.w / 2, 20 * s), f"WAVE {r.randint(1, 30)}", ctx.f("sansb", 18 * s), (255, 220, 0), anchor="mm")
    L.text((L.w - 16 * s, 20 * s), f"AMMO {r.randint(0, 30)}/{r.randint(30, 180)}", ctx.f("monob", 18 * s), (255, 255, 255), anchor="rm")
    L.rect((16 * s, L.h - 36 * s, 200 * s, L.h - 16 * s), fill=(60, 0, 0))
    L.rect((16 * s, L.h - 36 * s, 16 * s + 184 * s * r.uniform(0.2, 1), L.h - 16 * s), fill=(220, 30, 30))
    L.text((L.w - 16 * s, L.h - 26 * s), r.choice(["Map: Frozen Harbour", "Map: Desert Ruins", "Objective: Capture B"]), ctx.f("sans", 14 * s), (255, 255, 255), anchor="rm")
    return L, "game_hud"


def menu(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("wood",))
    cafe = r.choice(["The Corner Cafe", "Blue Door Bistro", "Harbour Fish & Chips", "Spice Route Kitchen"])
    items = [(cafe, ctx.f("serifb", 130), (60, 30, 10)), ("MENU", ctx.f("sansb", 90), (120, 60, 20))]
    for it in r.sample(["Fish & Chips  14.50", "Veggie Burger  12.00", "Butter Chicken  16.90", "Kids Pasta  8.50", "Caesar Salad  11.00",
                        "Pancakes  9.00", "Hot Chocolate  4.50", "Mango Lassi  5.00", "Flat White  4.20"], 6):
        items.append((it, ctx.f("serif", 80), (40, 30, 20)))
    L = card(ctx, 2000, items, bg=(250, 245, 230), extra_h=500 if ctx.qr_type else 0)
    if ctx.qr_type:
        L.text((300, L.h - 300), "Scan to order", ctx.f("sans", 70), (40, 30, 20), anchor="lm")
        brand_qr(ctx, L, 1300, L.h - 520, 11, cafe)
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.5 if bg.w > bg.h else 0.75, rot=3 if ctx.qr_type else 6, persp=0.02 if ctx.qr_type else 0.04)
    return bg, "menu"


def recipe(ctx):
    r = ctx.rng
    d = Doc(ctx)
    name = r.choice(["Banana Bread", "Easy Pancakes", "Vegetable Soup", "Chocolate Chip Cookies", "Mango Smoothie"])
    d.title(name, pt=24)
    d.p(f"Serves {r.randint(2, 8)}  |  Prep {r.randint(10, 25)} min  |  Cook {r.randint(10, 60)} min", pt=12)
    d.title("Ingredients", pt=15, align="l")
    for ing in r.sample(["2 cups flour", "1 tsp baking powder", "2 eggs", "1 cup milk", "3 ripe bananas", "100 g butter", "1/2 cup sugar", "pinch of salt", "1 cup chocolate chips"], 6):
        d.p("- " + ing, pt=12)
    d.title("Method", pt=15, align="l")
    for k, st in enumerate(["Preheat the oven to 180 C.", "Mix the dry ingredients in a large bowl.", "Whisk the wet ingredients and combine.", "Pour into a lined tin and bake until golden.", "Cool for ten minutes before slicing."]):
        d.p(f"{k + 1}. {st}", pt=12)
    return d.L, "recipe"


def road_sign(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("grass",))
    col = r.choice([(0, 110, 60), (0, 60, 150), (255, 255, 255)])
    fg = (255, 255, 255) if col != (255, 255, 255) else (10, 10, 10)
    items = [(f"{c}  {r.randint(3, 250)} km", ctx.f("sansb", 120), fg, "l") for c in r.sample(CITIES, 3)]
    L = card(ctx, 2400, items, bg=col, border=fg, r_=40)
    bg.rect((bg.w / 2 - 50, bg.h * 0.4, bg.w / 2 + 50, bg.h), fill=(120, 120, 120))
    put(ctx, bg, L, bg.w / 2, bg.h * 0.35, 0.6, rot=2, persp=0.06, shadow=False)
    return bg, "road_sign"


def shop_sign(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("brick",))
    shop = r.choice(["Fresh Bakery", "Green Grocer", "Pharmacy", "Book Nook", "Toy Town", "Hardware & Co"])
    items = [(shop, ctx.f("serifb", 200), (255, 255, 255)), (f"Open 7 days  8am - {r.randint(5, 9)}pm", ctx.f("sans", 90), (255, 240, 200))]
    L = card(ctx, 2600, items, bg=PALETTE[r.randrange(len(PALETTE))], extra_h=560 if ctx.qr_type else 0)
    if ctx.qr_type:
        brand_qr(ctx, L, 1100, L.h - 560, 10, shop)
    put(ctx, bg, L, bg.w / 2, bg.h * 0.4, 0.75, rot=2, persp=0.03 if ctx.qr_type else 0.05)
    return bg, "shop_sign"


def museum_sign(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("plain",))
    ex = r.choice(["Dinosaurs of the Southern Hemisphere", "Journey to the Stars", "Ancient Egypt", "The Ocean Deep"])
    items = [(ex, ctx.f("serifb", 130), (20, 20, 20)), ("Gallery 4  -  Level 2", ctx.f("sans", 80), (60, 60, 60)),
             ("Please do not touch the exhibits. Photography without flash is welcome.", ctx.f("sans", 70), (60, 60, 60))]
    L = card(ctx, 2400, items, bg=(245, 240, 230), extra_h=560 if ctx.qr_type else 0)
    if ctx.qr_type:
        brand_qr(ctx, L, 900, L.h - 570, 10, "citymuseum")
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.7, rot=2, persp=0.03)
    return bg, "museum_sign"


def ticket(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("wood", "plain"))
    ev = r.choice(["City Zoo - Day Pass", "Aquarium Entry", "Cinema 5 - STARFALL", "Science Fair 2025", "Harbour Ferry - Return"])
    items = [(ev, ctx.f("sansb", 110), (20, 20, 20), "l"), ("ADMIT ONE  -  CHILD", ctx.f("sans", 80), (60, 60, 60), "l"),
             (f"Seat {r.choice('ABCDEFG')}{r.randint(1, 30)}   Gate {r.randint(1, 9)}", ctx.f("mono", 80), (20, 20, 20), "l"),
             (f"Price {r.choice(['$12.00', '£9.50', '€11.00', 'R85', 'Rs 250'])}", ctx.f("mono", 80), (20, 20, 20), "l")]
    L = card(ctx, 2600, items, bg=r.choice([(255, 240, 200), (220, 240, 255), (255, 255, 255)]), extra_h=80, r_=30)
    if ctx.qr_type:
        L2 = Layer(L.w, L.h + 560, bg=None)
        L2.rect((0, 0, L.w - 1, L.h + 559), fill=(255, 255, 255), r=30)
        L2.paste_layer(L, check=False)
        brand_qr(ctx, L2, 100, L.h, 10, ev.split()[0] + "tickets")
        L = L2
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.6 if bg.w > bg.h else 0.8, rot=3 if ctx.qr_type else 10, persp=0.02 if ctx.qr_type else 0.05)
    return bg, "ticket"


def bus_timetable(ctx):
    r = ctx.rng
    d = Doc(ctx)
    route = r.randint(1, 199)
    d.title(f"Route {route}  -  {r.choice(CITIES)} Central to Airport", pt=20)
    stops = ["Central Station", "Town Hall", "Market Square", "Hospital", "University", "Park & Ride", "Airport"]
    rows = [["Stop"] + [f"Trip {k + 1}" for k in range(5)]]
    for i, st in enumerate(stops):
        rows.append([st] + [f"{6 + k * 2 + i // 4}:{(i * 7 + k * 11) % 60:02d}" for k in range(5)])
    d.table(rows, [0.3] + [0.14] * 5, pt=11)
    d.p("Timetable valid from 1 March. Services do not run on public holidays. Customer line 0800 555 0199.", pt=11)
    return d.L, "bus_timetable"


def worksheet(ctx):
    r = ctx.rng
    d = Doc(ctx)
    d.title(r.choice(["Times Tables Practice", "Fractions Worksheet", "Spelling Practice", "Capital Cities Quiz"]), pt=20)
    d.fields_row([("Name:", "", None, 0.6), ("Date:", "", None, 0.4)])
    for k in range(10):
        a, b = r.randint(2, 12), r.randint(2, 12)
        d.p(f"{k + 1}.   {a} x {b} = ________", pt=14)
    return d.L, "worksheet"


def quote_poster(ctx):
    r = ctx.rng
    bg = new_photo(ctx, kinds=("plain", "brick"))
    who, q = r.choice(FAMOUS)
    items = [(f"\"{q}\"", ctx.f("serifb", 140), (255, 255, 255)), (f"- {who}", ctx.f("serif", 100), (230, 230, 230))]
    L = card(ctx, 2400, items, bg=PALETTE[r.randrange(len(PALETTE))], minh=1600)
    put(ctx, bg, L, bg.w / 2, bg.h / 2, 0.7, rot=3, persp=0.04)
    return bg, "famous_quote"


CLEAN = [
    ("league_table", league_table, "screen", False, 4),
    ("scoreboard", scoreboard, "photo", False, 3),
    ("celebrity_poster", celeb_poster, "photo", False, 3),
    ("movie_poster", movie_poster, "photo", True, 4),
    ("book_cover", book_cover, "photo", False, 3),
    ("packaging", packaging, "photo", True, 4),
    ("public_website", public_website, "screen", False, 4),
    ("weather_app", weather_app, "screen", False, 4),
    ("game_hud", game_hud, "screen", False, 4),
    ("menu", menu, "photo", True, 3),
    ("recipe", recipe, "doc", False, 3),
    ("road_sign", road_sign, "photo", False, 3),
    ("shop_sign", shop_sign, "photo", True, 3),
    ("museum_sign", museum_sign, "photo", True, 3),
    ("ticket", ticket, "photo", True, 3),
    ("bus_timetable", bus_timetable, "doc", False, 3),
    ("worksheet", worksheet, "doc", False, 3),
    ("famous_quote", quote_poster, "photo", False, 3),
]
