"""Clean images: public text only (pro sport, celebrities, brands, signs, public info)."""
from PIL import Image
from common import Canvas, font, FONTS, pick_font, placeholder, rounded, avatar, qr_size, warp_into, quad_for, cap_height
from content import clean_qr
import scenes_photo as SP
import scenes_screen as SS
import scenes_doc as SD

CLUBS = {
    "Premier League": ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Newcastle United", "Aston Villa",
                       "Tottenham Hotspur", "Brighton", "West Ham United", "Everton", "Fulham", "Brentford"],
    "A-League": ["Melbourne Victory", "Sydney FC", "Wellington Phoenix", "Central Coast Mariners", "Adelaide United",
                 "Perth Glory", "Brisbane Roar", "Western Sydney Wanderers"],
    "IPL": ["Mumbai Indians", "Chennai Super Kings", "Royal Challengers Bengaluru", "Kolkata Knight Riders",
            "Rajasthan Royals", "Delhi Capitals", "Sunrisers Hyderabad", "Punjab Kings"],
    "Super Rugby": ["Crusaders", "Blues", "Chiefs", "Hurricanes", "Highlanders", "Brumbies", "Reds", "Waratahs"],
    "NHL": ["Toronto Maple Leafs", "Montreal Canadiens", "Edmonton Oilers", "Vancouver Canucks", "Boston Bruins",
            "New York Rangers", "Calgary Flames", "Ottawa Senators"],
}
CELEBS = [("Taylor Swift", "The Eras Tour"), ("Lionel Messi", "Legends Exhibition"), ("Serena Williams", "Champions Gala"),
          ("Ed Sheeran", "Mathematics Tour"), ("Virat Kohli", "Cricket Masterclass"), ("Dua Lipa", "Radical Optimism Tour"),
          ("Beyonce", "World Tour"), ("Shah Rukh Khan", "Live in Concert"), ("Siya Kolisi", "Rugby Legends Night")]
MOVIES = [("GALAXY RANGERS", "Captain Nova returns"), ("THE LAST DRAGON KEEPER", "One girl. One egg. One chance."),
          ("ROBO PUPS 3", "Fetch the future"), ("MIDNIGHT MUSEUM", "The exhibits wake up"),
          ("OCEAN QUEST", "Dive deeper"), ("PIXEL KNIGHTS", "Level up")]
BOOKS = [("Matilda", "Roald Dahl"), ("Anne of Green Gables", "L. M. Montgomery"), ("Treasure Island", "Robert Louis Stevenson"),
         ("Alice's Adventures in Wonderland", "Lewis Carroll"), ("The Secret Garden", "Frances Hodgson Burnett"),
         ("The Adventures of Tom Sawyer", "Mark Twain"), ("Black Beauty", "Anna Sewell"), ("Little Women", "Louisa May Alcott")]
BRANDS = [("KIWI CRUNCH", "Honey Oat Clusters", "0800 555 123", "Kiwi Crunch Ltd, 1 Factory Road, Auckland"),
          ("BUBBLE BURST", "Sparkling Berry Drink", "1800 555 010", "Bubble Burst Pty Ltd, Sydney NSW"),
          ("SNACK FOX", "Cheesy Puffs", "0330 555 0199", "Snack Fox Foods, Manchester M1"),
          ("SUNNY FARM", "Apple & Mango Juice", "1-800-555-0144", "Sunny Farm Inc., Fresno, CA"),
          ("MASALA MUNCH", "Spicy Crisps", "1800 555 0123", "Masala Munch Foods, Mumbai")]
CITIES = ["London", "Dublin", "Toronto", "Sydney", "Auckland", "Mumbai", "Cape Town", "New York", "Melbourne",
          "Vancouver", "Wellington", "Johannesburg", "Delhi", "Chicago", "Galway", "Perth"]


def _qr_clean(ctx, lay, x, y, side):
    return SP.add_qr_layer(ctx, lay, x, y, side, None, clean=True)


def league_table(ctx):
    rng = ctx.rng
    lg = rng.choice(sorted(CLUBS))
    teams = CLUBS[lg][:]
    rng.shuffle(teams)
    teams = teams[:8]
    if ctx.family == "screen":
        W, H = SS.phone_size(rng, 0.3)
        s = min(W, H) / 390
        bg = (255, 255, 255) if rng.random() < 0.5 else (18, 18, 22)
        fg = (20, 20, 20) if bg[0] > 100 else (240, 240, 240)
        c = Canvas(Image.new("RGB", (W, H), bg))
        SS.status_bar(c, s, fg, bg, rng)
        fb = pick_font(rng, "sansb", 20 * s)
        f = pick_font(rng, "sans", 14 * s)
        c.text((16 * s, 60 * s), f"{lg} table", fb, fg)
        y = 90 * s
        cols = [16 * s, 44 * s, W - 150 * s, W - 110 * s, W - 70 * s]
        for j, h in enumerate(["#", "Team", "P", "GD", "Pts"]):
            c.text((cols[j], y), h, f, (130, 130, 140))
        y += 30 * s
        pts = sorted([rng.randint(5, 60) for _ in teams], reverse=True)
        for i, t in enumerate(teams):
            c.text((cols[0], y), str(i + 1), f, fg)
            c.text((cols[1], y), t, f, fg)
            c.text((cols[2], y), str(rng.randint(10, 30)), f, fg)
            c.text((cols[3], y), str(rng.randint(-20, 30)), f, fg)
            c.text((cols[4], y), str(pts[i]), f, fg)
            y += 34 * s
            if y > H - 20 * s:
                break
        return c
    c = SP.photo_base(ctx, "wall", distract=False)
    W, H = c.W, c.H
    lay = SP.layer(W * 0.7, H * 0.75, (20, 30, 60))
    fb = font(FONTS["sansb"][0], lay.H * 0.06)
    f = font(FONTS["sans"][0], lay.H * 0.045)
    lay.text((lay.W * 0.05, lay.H * 0.09), lg.upper(), fb, (255, 220, 80))
    y = lay.H * 0.2
    for i, t in enumerate(teams):
        lay.text((lay.W * 0.05, y), f"{i + 1}. {t}", f, (255, 255, 255))
        lay.text((lay.W * 0.9, y), str(60 - i * rng.randint(2, 5)), f, (255, 255, 255), anchor="rs")
        y += lay.H * 0.095
    SP.place(ctx, c, lay, W / 2, H / 2, shadow=0.3)
    return SP.finish(ctx, c)


def scoreboard(ctx):
    rng = ctx.rng
    c, hor = SP.outdoor_base(ctx, portrait=False)
    W, H = c.W, c.H
    lg = rng.choice(sorted(CLUBS))
    a, b = rng.sample(CLUBS[lg], 2)
    lay = SP.layer(W * 0.6, W * 0.3, (15, 15, 18))
    fb = SP.fit(FONTS["sansb"][0], max(a, b, key=len).upper(), lay.W * 0.6, lay.H * 0.13)
    fn = font(FONTS["mono"][3], lay.H * 0.3)
    lay.text((lay.W * 0.05, lay.H * 0.25), a.upper(), fb, (255, 200, 40))
    lay.text((lay.W * 0.05, lay.H * 0.62), b.upper(), fb, (255, 200, 40))
    lay.text((lay.W * 0.93, lay.H * 0.36), str(rng.randint(0, 5)), fn, (255, 60, 40), anchor="rs")
    lay.text((lay.W * 0.93, lay.H * 0.78), str(rng.randint(0, 5)), fn, (255, 60, 40), anchor="rs")
    lay.text((lay.W * 0.05, lay.H * 0.9), f"{rng.randint(1, 90)}'   {lg}", font(FONTS["sans"][0], lay.H * 0.07), (200, 200, 200))
    SP.place(ctx, c, lay, W / 2, H * 0.32, rot=rng.uniform(-3, 3), shadow=0.0)
    return SP.finish(ctx, c)


def poster(ctx, kind):
    rng = ctx.rng
    c = SP.photo_base(ctx, rng.choice(["brick", "wall", "concrete"]), portrait=True, distract=False)
    W, H = c.W, c.H
    pw = W * 0.78
    lay = SP.layer(pw, pw * 1.42, tuple(rng.randint(10, 90) for _ in range(3)))
    placeholder(lay.d, [pw * 0.08, pw * 0.35, pw * 0.92, pw * 1.0], col=tuple(rng.randint(60, 160) for _ in range(3)),
                line=tuple(rng.randint(30, 100) for _ in range(3)))
    fb = rng.choice(FONTS["sansb"] + FONTS["serifb"])
    if kind == "celebrity":
        name, tour = rng.choice(CELEBS)
        lay.text((pw / 2, pw * 0.17), name.upper(), SP.fit(fb, name.upper(), pw * 0.9, pw * 0.11), (255, 255, 255), anchor="ms")
        lay.text((pw / 2, pw * 0.28), tour, SP.fit(fb, tour, pw * 0.85, pw * 0.07), (255, 210, 90), anchor="ms")
        lay.text((pw / 2, pw * 1.12), f"{rng.choice(SP.MONTHS if hasattr(SP, 'MONTHS') else ['JUNE', 'JULY', 'AUGUST'])} {rng.randint(1, 28)} - {rng.choice(['Wembley Stadium', 'Eden Park', 'MCG', 'Aviva Stadium', 'Rogers Centre'])}",
                 SP.fit(fb, "x" * 30, pw * 0.85, pw * 0.05), (255, 255, 255), anchor="ms")
        lay.text((pw / 2, pw * 1.22), "Tickets at www.ticketworld-example.com", SP.fit(fb, "Tickets at www.ticketworld-example.com", pw * 0.85, pw * 0.04), (220, 220, 220), anchor="ms")
    else:
        t, tag = rng.choice(MOVIES)
        lay.text((pw / 2, pw * 0.17), t, SP.fit(fb, t, pw * 0.9, pw * 0.12), (255, 255, 255), anchor="ms")
        lay.text((pw / 2, pw * 0.27), tag, SP.fit(fb, tag, pw * 0.8, pw * 0.055), (230, 230, 230), anchor="ms")
        lay.text((pw / 2, pw * 1.12), "IN CINEMAS " + rng.choice(["THIS SUMMER", "DECEMBER", "NOW", "SOON"]), SP.fit(fb, "IN CINEMAS THIS SUMMER", pw * 0.7, pw * 0.06), (255, 220, 80), anchor="ms")
        lay.text((pw / 2, pw * 1.22), "Rated PG  |  starlightcinemas.com", SP.fit(fb, "Rated PG  |  starlightcinemas.com", pw * 0.8, pw * 0.04), (200, 200, 200), anchor="ms")
    if ctx.qr_clean:
        _qr_clean(ctx, lay, pw * 0.72, pw * 1.25, pw * 0.16)
    SP.place(ctx, c, lay, W / 2, H / 2, rot=rng.uniform(-3, 3), persp=rng.uniform(0.02, 0.12), shadow=0.3)
    return SP.finish(ctx, c)


def celebrity_poster(ctx):
    return poster(ctx, "celebrity")


def movie_poster(ctx):
    return poster(ctx, "movie")


def book_cover(ctx):
    rng = ctx.rng
    c = SP.photo_base(ctx, rng.choice(["wood", "fabric", "carpet"]))
    W, H = c.W, c.H
    bw = min(W, H) * 0.6
    lay = SP.layer(bw, bw * 1.5, tuple(rng.randint(30, 200) for _ in range(3)))
    t, a = rng.choice(BOOKS)
    fb = rng.choice(FONTS["serifb"] + FONTS["sansb"])
    words = t.split()
    lines, cur = [], ""
    for w_ in words:
        if len(cur + " " + w_) > 14 and cur:
            lines.append(cur)
            cur = w_
        else:
            cur = (cur + " " + w_).strip()
    lines.append(cur)
    y = bw * 0.25
    for ln in lines:
        lay.text((bw / 2, y), ln, SP.fit(fb, ln, bw * 0.85, bw * 0.11), (255, 255, 255), anchor="ms", stroke=2, stroke_fill=(0, 0, 0))
        y += bw * 0.14
    placeholder(lay.d, [bw * 0.15, y, bw * 0.85, y + bw * 0.6])
    lay.text((bw / 2, bw * 1.4), a.upper(), SP.fit(fb, a.upper(), bw * 0.85, bw * 0.07), (255, 255, 255), anchor="ms", stroke=2, stroke_fill=(0, 0, 0))
    SP.place(ctx, c, lay, W / 2, H / 2, rot=rng.uniform(-15, 15), persp=rng.uniform(0.02, 0.12))
    return SP.finish(ctx, c)


def packaging(ctx):
    rng = ctx.rng
    c = SP.photo_base(ctx, rng.choice(["wood", "concrete", "tablecloth"]))
    W, H = c.W, c.H
    br, prod, ph, addr = rng.choice(BRANDS)
    bw = min(W, H) * 0.62
    lay = SP.layer(bw, bw * 1.35, rng.choice(SP.BRIGHT))
    fb = rng.choice(FONTS["sansb"])
    lay.text((bw / 2, bw * 0.2), br, SP.fit(fb, br, bw * 0.9, bw * 0.14), (255, 255, 255), anchor="ms", stroke=4, stroke_fill=(0, 0, 0))
    lay.text((bw / 2, bw * 0.32), prod, SP.fit(fb, prod, bw * 0.85, bw * 0.07), (255, 255, 255), anchor="ms")
    placeholder(lay.d, [bw * 0.1, bw * 0.4, bw * 0.9, bw * 0.85])
    f = font(FONTS["sans"][0], bw * 0.035)
    lay.text((bw * 0.08, bw * 0.95), f"Customer care: {ph}", f, (255, 255, 255))
    lay.text((bw * 0.08, bw * 1.01), addr, SP.fit(FONTS["sans"][0], addr, bw * 0.84, f.size), (255, 255, 255))
    lay.text((bw * 0.08, bw * 1.07), "Net wt 375 g   Best before: see base", f, (255, 255, 255))
    if ctx.qr_clean:
        _qr_clean(ctx, lay, bw * 0.66, bw * 1.1, bw * 0.22)
    SP.place(ctx, c, lay, W / 2, H / 2, rot=rng.uniform(-10, 10), persp=rng.uniform(0.02, 0.12))
    return SP.finish(ctx, c)


def public_website(ctx):
    rng = ctx.rng
    W, H = SS.phone_size(rng, 0.3)
    s = min(W, H) / 390
    c = Canvas(Image.new("RGB", (W, H), (255, 255, 255)))
    SS.status_bar(c, s, (20, 20, 20), (240, 240, 243), rng)
    site = rng.choice([("naturalhistorymuseum-example.org", "Natural History Museum", "Open daily 10am - 5pm", "Bookings: 1800 555 000"),
                       ("citylibraries-example.gov", "City Libraries", "Holiday reading challenge", "Call 0800 555 444"),
                       ("dailynews-example.com", "The Daily Courier", "Storm warning for the weekend", "Tips: news@dailynews-example.com"),
                       ("nationalzoo-example.org", "National Zoo", "Meet the new penguin chicks", "Info: 1-800-555-0188")])
    rounded(c.d, [12 * s, 30 * s, W - 12 * s, 62 * s], int(14 * s), (235, 235, 240))
    f = font(FONTS["sans"][0], 13 * s)
    c.text((26 * s, 51 * s), site[0], f, (60, 60, 70))
    fb = pick_font(rng, "sansb", 24 * s)
    c.d.rectangle([0, 70 * s, W, 130 * s], fill=rng.choice([(20, 60, 120), (120, 30, 40), (20, 100, 70)]))
    c.text((16 * s, 110 * s), site[1], fb, (255, 255, 255))
    placeholder(c.d, [16 * s, 145 * s, W - 16 * s, 145 * s + min(W, H) * 0.4])
    y = 160 * s + min(W, H) * 0.4
    fr = pick_font(rng, "sans", 15 * s)
    for t in [site[2], "Find out more about exhibitions, events and school holiday programmes.", site[3],
              "Address: 1 Museum Way, City Centre"]:
        yy, _, _ = c.paragraph(16 * s, y, W - 32 * s, [(t, None)], fr, (30, 30, 30), fr.size * 1.35)
        y = yy + fr.size * 1.8
        if y > H - 40 * s:
            break
    if ctx.qr_clean and y < H - 140 * s:
        payload = clean_qr(rng)
        mod = max(4, int(110 * s / qr_size(payload, 1)))
        c.qr(int(16 * s), int(y), payload, mod)
    elif ctx.qr_clean:
        payload = clean_qr(rng)
        mod = max(4, int(min(W, H) * 0.25 / qr_size(payload, 1)))
        c.qr(int(W - 16 * s - qr_size(payload, mod)), int(140 * s), payload, mod)
    return c


def weather_app(ctx):
    rng = ctx.rng
    W, H = SS.phone_size(rng, 0.1)
    s = min(W, H) / 390
    c = Canvas(Image.new("RGB", (W, H), rng.choice([(60, 120, 200), (30, 40, 80), (90, 150, 210)])))
    SS.status_bar(c, s, (255, 255, 255), c.img.getpixel((0, 0)), rng)
    city = rng.choice(CITIES)
    c.text((W / 2, 90 * s), city, font(FONTS["sans"][0], 30 * s), (255, 255, 255), anchor="ms")
    c.text((W / 2, 180 * s), f"{rng.randint(-3, 34)}°", font(FONTS["sans"][0], 80 * s), (255, 255, 255), anchor="ms")
    c.text((W / 2, 215 * s), rng.choice(["Mostly Sunny", "Showers", "Cloudy", "Thunderstorms", "Windy"]), font(FONTS["sans"][0], 18 * s), (235, 235, 245), anchor="ms")
    y = 260 * s
    f = font(FONTS["sans"][0], 16 * s)
    for d in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        if y > H - 30 * s:
            break
        c.text((24 * s, y), d, f, (255, 255, 255))
        c.text((W - 24 * s, y), f"{rng.randint(0, 15)}°  {rng.randint(16, 35)}°", f, (255, 255, 255), anchor="rs")
        y += 38 * s
    for other in rng.sample(CITIES, 2):
        if y > H - 30 * s:
            break
        c.text((24 * s, y), f"{other}  {rng.randint(0, 30)}°", f, (220, 230, 255))
        y += 38 * s
    return c


def game_hud(ctx):
    rng = ctx.rng
    W, H = SS.phone_size(rng, 0.8)
    s = min(W, H) / 390
    c, _ = SP.outdoor_base(ctx, portrait=H > W) if False else (None, None)
    from common import background
    bg, _ = background(ctx.nrng, rng, W, H, rng.choice(["grass", "concrete", "carpet"]))
    c = Canvas(bg)
    f = font(FONTS["sansb"][0], 16 * s)
    c.d.rectangle([16 * s, 16 * s, 216 * s, 36 * s], fill=(40, 40, 40))
    c.d.rectangle([16 * s, 16 * s, 16 * s + rng.randint(40, 200) * s, 36 * s], fill=(220, 40, 40))
    c.text((20 * s, 58 * s), f"HP {rng.randint(10, 100)}/100", f, (255, 255, 255), stroke=2, stroke_fill=(0, 0, 0))
    c.text((W - 16 * s, 32 * s), f"SCORE {rng.randint(1000, 99999)}", f, (255, 230, 80), anchor="rs", stroke=2, stroke_fill=(0, 0, 0))
    c.text((W - 16 * s, 56 * s), f"WAVE {rng.randint(1, 30)}", f, (255, 255, 255), anchor="rs", stroke=2, stroke_fill=(0, 0, 0))
    c.text((W / 2, H - 30 * s), rng.choice(["Captain Nova has joined", "Boss: Dragon King", "Level 7: Crystal Caves", "Quest: Find the golden key"]),
           f, (255, 255, 255), anchor="ms", stroke=2, stroke_fill=(0, 0, 0))
    c.text((16 * s, H - 30 * s), f"Ammo {rng.randint(0, 60)}", f, (255, 255, 255), stroke=2, stroke_fill=(0, 0, 0))
    return c


def clean_doc(ctx, kind):
    rng = ctx.rng
    doc = SD.Doc(ctx)
    if kind == "menu":
        name = rng.choice(["The Blue Cafe", "Golden Lanes Diner", "Curry Corner", "Harbour Fish & Chips"])
        doc.title(name, pt=24)
        doc.para([("Open 7 days  |  Ph 0800 555 321  |  12 High Street", None)])
        items = ["Pancakes with maple syrup", "Fish & chips", "Veggie burger", "Butter chicken & rice", "Kids pasta",
                 "Fruit smoothie", "Hot chocolate", "Caesar salad", "Masala dosa", "Chocolate brownie"]
        rng.shuffle(items)
        rows = [["Item", "Price"]] + [[i, f"${rng.randint(4, 24)}.{rng.choice(['00', '50', '90'])}"] for i in items[:8]]
        doc.table(rows, colw=[doc.tw * 0.75, doc.tw * 0.25])
    elif kind == "recipe":
        doc.title(rng.choice(["Easy Banana Bread", "Classic Pancakes", "Anzac Biscuits", "Vegetable Curry"]), pt=20)
        doc.para([("Serves 4  |  Prep 15 min  |  Cook 45 min", None)])
        doc.title("Ingredients", pt=13, center=False)
        for t in ["2 cups flour", "1 tsp baking soda", "3 ripe bananas", "1/2 cup sugar", "1 egg", "75 g melted butter"]:
            doc.para([("- " + t, None)])
        doc.title("Method", pt=13, center=False)
        doc.para([("1. Preheat the oven to 180C. 2. Mash the bananas and mix with the butter. 3. Stir in the sugar, egg "
                   "and flour. 4. Pour into a loaf tin and bake for 45 minutes.", None)])
    elif kind == "bus_timetable":
        doc.title(f"Route {rng.randint(2, 99)} - City Centre to Airport", pt=16)
        stops = ["City Centre", "Central Station", "Hospital", "University", "Shopping Centre", "Park & Ride", "Airport"]
        rows = [["Stop"] + [f"{h}:{m:02d}" for h, m in [(6, 15), (7, 0), (7, 45), (8, 30), (9, 15)]]]
        for st in stops:
            rows.append([st] + [f"{rng.randint(6, 10)}:{rng.randint(0, 59):02d}" for _ in range(5)])
        doc.table(rows, colw=[doc.tw * 0.3] + [doc.tw * 0.14] * 5)
        doc.para([("Customer services: 0800 555 700  |  www.cityrail-example.com", None)])
    else:  # worksheet
        doc.title("Maths Worksheet - Fractions", pt=18)
        doc.para([("Name: ____________________    Class: ________    Date: __________", None)])
        for i in range(1, 11):
            a, b = rng.randint(1, 9), rng.randint(2, 12)
            doc.para([(f"{i}.  {a}/{b} + {rng.randint(1, 9)}/{b} = ________", None)])
    if ctx.qr_clean:
        doc.gap(10)
        doc.qr(clean=True)
    return SD.render_doc(ctx, doc)


def menu(ctx):
    return clean_doc(ctx, "menu")


def recipe(ctx):
    return clean_doc(ctx, "recipe")


def bus_timetable(ctx):
    return clean_doc(ctx, "bus_timetable")


def worksheet(ctx):
    return clean_doc(ctx, "worksheet")


def sign_scene(ctx, texts, bg, fg, w_frac=0.7):
    rng = ctx.rng
    c, hor = SP.outdoor_base(ctx)
    W, H = c.W, c.H
    sw = W * w_frac
    lay = SP.layer(sw, sw * 0.16 * (len(texts) + 0.6), bg)
    lay.d.rectangle([8, 8, lay.W - 9, lay.H - 9], outline=fg, width=8)
    fb = rng.choice(FONTS["sansb"])
    y = sw * 0.16
    for t in texts:
        lay.text((sw / 2, y), t, SP.fit(fb, t, sw * 0.88, sw * 0.09), fg, anchor="ms")
        y += sw * 0.16
    c.d.rectangle([W / 2 - W * 0.01, H * 0.3, W / 2 + W * 0.01, H], fill=(120, 120, 125))
    SP.place(ctx, c, lay, W / 2, H * 0.3, rot=rng.uniform(-3, 3), persp=rng.uniform(0.02, 0.14), shadow=0.0)
    return SP.finish(ctx, c)


def road_sign(ctx):
    rng = ctx.rng
    t = rng.choice([["City Centre 12", "Airport 24"], ["Motorway North", "Exit 14"], ["SCHOOL ZONE", "40 km/h 8-9am"],
                    ["Harbour Bridge", "Toll Road"]])
    return sign_scene(ctx, t, rng.choice([(20, 90, 50), (20, 50, 120)]), (255, 255, 255))


def shop_sign(ctx):
    rng = ctx.rng
    t = rng.choice([["SUPER BAKERY", "Open 7 days 7am-6pm"], ["CORNER DAIRY", "Ice cream - Lotto"], ["PET WORLD", "Ph 0800 555 222"],
                    ["BOOK NOOK", "New releases inside"]])
    return sign_scene(ctx, t, rng.choice(SP.BRIGHT), (255, 255, 255))


def museum_sign(ctx):
    rng = ctx.rng
    c = SP.photo_base(ctx, "wall", distract=False)
    W, H = c.W, c.H
    lay = SP.layer(W * 0.6, W * 0.4, (30, 30, 35))
    f = font(FONTS["serifb"][0], lay.W * 0.06)
    fs = font(FONTS["serif"][0], lay.W * 0.032)
    t = rng.choice(["Dinosaurs of the Cretaceous", "Ancient Egypt", "The Solar System", "Birds of the Pacific"])
    lay.text((lay.W * 0.06, lay.H * 0.2), t, SP.fit(FONTS["serifb"][0], t, lay.W * 0.88, f.size), (255, 255, 255))
    y = lay.H * 0.35
    for ln in ["Gallery 3  -  Level 2", "Open daily 10am - 5pm", "Please do not touch the exhibits", "Audio guide available"]:
        lay.text((lay.W * 0.06, y), ln, fs, (220, 220, 220))
        y += lay.H * 0.11
    if ctx.qr_clean:
        _qr_clean(ctx, lay, lay.W * 0.74, lay.H * 0.55, lay.W * 0.2)
    SP.place(ctx, c, lay, W / 2, H / 2, shadow=0.3)
    return SP.finish(ctx, c)


def ticket(ctx):
    rng = ctx.rng
    c = SP.photo_base(ctx, rng.choice(["wood", "fabric", "concrete"]))
    W, H = c.W, c.H
    tw = min(W, H) * 0.95
    lay = SP.layer(tw, tw * 0.42, rng.choice([(250, 245, 230), (235, 245, 255)]))
    acc = rng.choice(SP.BRIGHT)
    lay.d.rectangle([0, 0, tw * 0.7, tw * 0.1], fill=acc)
    f = font(FONTS["sansb"][0], tw * 0.04)
    fs = font(FONTS["sans"][0], tw * 0.028)
    lg = rng.choice(sorted(CLUBS))
    a, b = rng.sample(CLUBS[lg], 2)
    lay.text((tw * 0.03, tw * 0.07), lg.upper(), f, (255, 255, 255))
    lay.text((tw * 0.03, tw * 0.18), SP.fit(FONTS["sansb"][0], f"{a} v {b}", tw * 0.62, f.size).getname()[0] and f"{a} v {b}",
             SP.fit(FONTS["sansb"][0], f"{a} v {b}", tw * 0.62, f.size), (20, 20, 20))
    lay.text((tw * 0.03, tw * 0.25), "SECTION 112   ROW F   SEAT 9", fs, (40, 40, 40))
    lay.text((tw * 0.03, tw * 0.31), "Gates open 6:00pm  -  Adult  $45.00", fs, (40, 40, 40))
    lay.text((tw * 0.03, tw * 0.37), "Non-refundable. Subject to conditions.", fs, (90, 90, 90))
    if ctx.qr_clean:
        _qr_clean(ctx, lay, tw * 0.74, tw * 0.06, tw * 0.26)
    SP.place(ctx, c, lay, W / 2, H / 2, rot=rng.uniform(-12, 12), persp=rng.uniform(0.02, 0.12))
    return SP.finish(ctx, c)
