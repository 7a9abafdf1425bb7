"""Clean images: lots of tempting but public text (brands, pro sport, celebrities, public signs)."""
import numpy as np
from PIL import Image, ImageDraw

import data as D
from core import F, Photo, Surface, layout_rich, draw_rich, quad_rect, rfont
from scenes_photo import (bg_any_indoor, bg_brick, bg_flat, bg_street, bg_wood, fit_quad, photo_size, S)
from scenes_screen import gradient, phone_size, status_bar, AV_COLS

CLUBS = ["Arsenal", "Liverpool", "Man City", "Chelsea", "Tottenham", "Newcastle", "Aston Villa", "Brighton", "West Ham",
         "Everton", "Fulham", "Brentford", "Crystal Palace", "Wolves", "Bournemouth", "Nottm Forest"]
NBA = ["Lakers", "Celtics", "Warriors", "Bulls", "Knicks", "Heat", "Nuggets", "Suns", "Raptors", "Bucks"]
NRL = ["Storm", "Panthers", "Broncos", "Roosters", "Rabbitohs", "Sharks", "Warriors", "Eels", "Cowboys", "Raiders"]
CELEBS = ["NOVA RAYE", "JAXON STORM", "LUNA VALE", "THE MIDNIGHT ECHOES", "DJ KORVO", "SKYE ARDEN", "MARCUS LEIGHTON",
          "AURORA BLISS", "KID COMET", "ZARA QUINN"]
MOVIES = ["STARFALL: RISING", "THE LAST LIGHTHOUSE", "PAWS OF THUNDER", "GALAXY RANGERS 3", "THE CLOCKWORK FOREST",
          "DEEP BLUE KINGDOM", "ROBO RACERS", "THE SECRET OF MOON HILL", "DRAGON ACADEMY", "FROZEN PEAKS"]
BOOKS = [("Pride and Prejudice", "Jane Austen"), ("Treasure Island", "Robert Louis Stevenson"), ("Little Women", "Louisa May Alcott"),
         ("The Secret Garden", "Frances Hodgson Burnett"), ("Black Beauty", "Anna Sewell"), ("Alice's Adventures in Wonderland", "Lewis Carroll"),
         ("The Wind in the Willows", "Kenneth Grahame"), ("Peter Pan", "J. M. Barrie"), ("Heidi", "Johanna Spyri"),
         ("The Jungle Book", "Rudyard Kipling"), ("Anne of Green Gables", "L. M. Montgomery"), ("Oliver Twist", "Charles Dickens")]
BRANDS = [("CRUNCHOS", "Honey Oat Clusters", "https://www.crunchos.com/win"), ("FIZZWAVE", "Sparkling Orange",
          "https://fizzwave.com/recycle"), ("NUTTY BEAR", "Peanut Butter Bars", "https://www.nuttybear.com/allergens"),
          ("SUNNYVALE", "Apple & Mango Juice", "https://sunnyvale-orchards.com/farm"), ("PIXELPOP", "Gaming Snacks",
          "https://pixelpop.gg/codes"), ("MOO-MOO", "Chocolate Milk", "https://www.moomoodairy.com/nutrition"),
          ("ZESTY", "Lemon Wafers", "https://zesty.com/promo"), ("BRIGHTSMILE", "Kids Toothpaste", "https://brightsmile.com/tips")]
CITIES = ["Auckland", "Sydney", "London", "Dublin", "Toronto", "Cape Town", "Mumbai", "Chicago", "Wellington", "Melbourne",
          "Manchester", "Vancouver", "Durban", "Bengaluru", "Brisbane", "Galway"]


def league_table(rng, ctx):
    W, H = phone_size(rng)
    u = W / 390
    dark = rng.random() < 0.5
    bg, fg, sub = ((18, 18, 22), (240, 240, 240), (150, 150, 160)) if dark else ((250, 250, 252), (20, 20, 25), (110, 110, 120))
    sf = Surface(W, H, bg)
    status_bar(sf, u, fg, rng)
    fi = rng.randrange(5)
    lg, teams = D.pick(rng, [("Premier League", CLUBS), ("NBA - Eastern/Western", NBA), ("NRL Ladder", NRL)])
    sf.text((20 * u, 56 * u), lg, F("bold", 24 * u, fi), fg)
    sf.text((20 * u, 90 * u), "Season 2025/26 - Round %d" % rng.randrange(5, 30), F("sans", 13 * u, fi), sub)
    f = F("sans", 14 * u, fi)
    fb = F("bold", 14 * u, fi)
    y = 120 * u
    for h, x in [("#", 20), ("Team", 50), ("P", 230), ("W", 265), ("GD", 300), ("Pts", 345)]:
        sf.text((x * u, y), h, fb, sub)
    y += 28 * u
    order = list(teams)
    rng.shuffle(order)
    pts = sorted([rng.randrange(5, 70) for _ in order], reverse=True)
    for i, (t, p) in enumerate(zip(order, pts)):
        if y > H - 40 * u:
            break
        if i % 2 == 0:
            sf.rect((10 * u, y - 4 * u, W - 10 * u, y + 26 * u), fill=(30, 30, 36) if dark else (238, 238, 244))
        sf.text((20 * u, y), str(i + 1), f, fg)
        sf.avatar(60 * u, y + 9 * u, 9 * u, "", AV_COLS[i % len(AV_COLS)], f)
        sf.text((76 * u, y), t, fb, fg)
        gp = rng.randrange(10, 30)
        sf.text((230 * u, y), str(gp), f, fg)
        sf.text((265 * u, y), str(rng.randrange(0, gp)), f, fg)
        sf.text((300 * u, y), "%+d" % rng.randrange(-20, 30), f, fg)
        sf.text((345 * u, y), str(p), fb, fg)
        y += 32 * u
    return sf


def scoreboard(rng, rn, ctx):
    W, H = photo_size(rng, "L")
    ph = Photo(W, H, bg_flat(rng, rn, W, H, col=(40, 45, 60), amp=30))
    bw = W * 0.75
    s = S(bw, 2200)
    sb = Surface(s, int(s * 0.45), (10, 10, 14))
    a, b = rng.sample(CLUBS + NBA, 2)
    f = F("bold", s * 0.07, rng.randrange(5))
    sb.text((s * 0.25, s * 0.05), a.upper(), f, (255, 210, 60), anchor="ma")
    sb.text((s * 0.75, s * 0.05), b.upper(), f, (255, 210, 60), anchor="ma")
    fs = F("monob", s * 0.16, 0)
    sb.text((s * 0.25, s * 0.15), str(rng.randrange(0, 5)), fs, (255, 60, 40), anchor="ma")
    sb.text((s * 0.75, s * 0.15), str(rng.randrange(0, 5)), fs, (255, 60, 40), anchor="ma")
    sb.text((s * 0.5, s * 0.18), "%d:%02d" % (rng.randrange(1, 90), rng.randrange(60)), F("monob", s * 0.06, 0), (255, 255, 255), anchor="ma")
    sb.text((s * 0.5, s * 0.36), D.pick(rng, ["WELCOME TO THE STADIUM", "HALF TIME", "GOAL!", "PLEASE STAY SEATED"]), F("bold", s * 0.035, 0),
            (200, 200, 200), anchor="ma")
    _, q = fit_quad(ph, rng, sb.h / sb.w, 0.75, cy=H * 0.4, angle=3, persp=0.04, tilt=0.1)
    ph.place(sb, q, shadow=0)
    return ph


def poster(rng, rn, ctx, kind):
    W, H = photo_size(rng, "P")
    ph = Photo(W, H, D.pick(rng, [bg_brick, bg_flat, bg_street])(rng, rn, W, H))
    pw = W * rng.uniform(0.6, 0.75)
    s = S(pw, 1800)
    c0 = tuple(rng.randrange(0, 80) for _ in range(3))
    c1 = tuple(rng.randrange(80, 255) for _ in range(3))
    p = Surface(s, int(s * 1.48))
    p.im.paste(gradient(s, p.h, c0, c1))
    fi = rng.randrange(5)
    # silhouette placeholder (no faces)
    p.ellipse((s * 0.35, s * 0.35, s * 0.65, s * 0.65), fill=tuple(max(0, c - 30) for c in c0))
    p.rect((s * 0.25, s * 0.62, s * 0.75, s * 1.0), fill=tuple(max(0, c - 30) for c in c0), radius=int(s * 0.1))
    if kind == "celebrity":
        name = D.pick(rng, CELEBS)
        p.text((s / 2, s * 0.06), name, F("bold", s * 0.1, fi), (255, 255, 255), anchor="ma")
        p.text((s / 2, s * 1.05), D.pick(rng, ["WORLD TOUR 2026", "LIVE IN CONCERT", "NEW ALBUM OUT NOW"]), F("bold", s * 0.07, fi),
               (255, 230, 120), anchor="ma")
        p.text((s / 2, s * 1.18), "%s ARENA - %s %d" % (D.pick(rng, CITIES).upper(), D.MONTHS[rng.randrange(12)][:3].upper(), rng.randrange(1, 29)),
               F("sans", s * 0.045, fi), (255, 255, 255), anchor="ma")
        p.text((s / 2, s * 1.3), "tickets at ticketworld.com", F("sans", s * 0.035, fi), (230, 230, 230), anchor="ma")
    else:
        t = D.pick(rng, MOVIES)
        f = F("bold", s * 0.08, fi)
        if f.getlength(t) > s * 0.9:
            f = F("bold", s * 0.08 * s * 0.9 / f.getlength(t), fi)
        p.text((s / 2, s * 1.04), t, f, (255, 255, 255), anchor="ma")
        p.text((s / 2, s * 0.06), D.pick(rng, CELEBS).title() + "   " + D.pick(rng, CELEBS).title(), F("sans", s * 0.04, fi),
               (240, 240, 240), anchor="ma")
        p.text((s / 2, s * 1.18), D.pick(rng, ["ONLY IN CINEMAS", "COMING SOON", "IN THEATRES JULY 18", "NOW STREAMING"]),
               F("bold", s * 0.05, fi), (255, 210, 80), anchor="ma")
        p.text((s / 2, s * 1.32), "PG  -  Rated for mild peril", F("sans", s * 0.03, fi), (200, 200, 200), anchor="ma")
    _, q = fit_quad(ph, rng, p.h / p.w, pw / W, angle=4, persp=0.05, tilt=0.12)
    ph.place(p, q, shadow=0.2)
    return ph


def book_cover(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    t, a = D.pick(rng, BOOKS)
    bw = min(W, H) * rng.uniform(0.55, 0.7)
    s = S(bw, 1600)
    b = Surface(s, int(s * 1.5), tuple(rng.randrange(20, 200) for _ in range(3)))
    fi = rng.randrange(4)
    f = F("serifb", s * 0.1, fi)
    lines, widths = layout_rich([(t, None)], f, s * 0.85)
    y = s * 0.2
    for ln, w in zip(lines, widths):
        draw_rich(b, s / 2 - w / 2, y, [ln], f, (255, 250, 230), 0)
        y += f.size * 1.3
    b.text((s / 2, b.h * 0.85), a, F("serif", s * 0.06, fi), (255, 250, 230), anchor="ma")
    b.text((s / 2, b.h * 0.93), D.pick(rng, ["Puffin Classics", "Penguin Books", "Oxford World's Classics", "Vintage Children's"]),
           F("sans", s * 0.035, fi), (230, 230, 230), anchor="ma")
    _, q = fit_quad(ph, rng, b.h / b.w, bw / W, angle=12, persp=0.05, tilt=0.1)
    ph.place(b, q)
    return ph


def packaging(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    brand, prod, url = D.pick(rng, BRANDS)
    bw = min(W, H) * rng.uniform(0.65, 0.8)
    s = S(bw, 1800)
    col = tuple(rng.randrange(40, 240) for _ in range(3))
    p = Surface(s, int(s * 1.25), col)
    fi = rng.randrange(5)
    p.rect((0, s * 0.05, s, s * 0.3), fill=(255, 255, 255))
    f = F("bold", s * 0.14, fi)
    if f.getlength(brand) > s * 0.9:
        f = F("bold", s * 0.14 * s * 0.9 / f.getlength(brand), fi)
    p.text((s / 2, s * 0.09), brand, f, col, anchor="ma")
    p.text((s / 2, s * 0.34), prod, F("bold", s * 0.065, fi), (255, 255, 255), anchor="ma")
    p.text((s * 0.06, s * 0.5), "Net wt %dg  -  %d servings" % (rng.randrange(100, 750), rng.randrange(4, 16)), F("sans", s * 0.04, fi), (255, 255, 255))
    p.text((s * 0.06, s * 0.58), "Scan for recipes, prizes & recycling info", F("sans", s * 0.04, fi), (255, 255, 255))
    mod = max(6, int(s * 0.35 / 33))
    p.qr(url, s * 0.06, s * 0.68, mod)
    p.text((s * 0.58, s * 0.75), "Made in %s" % D.pick(rng, ["New Zealand", "Australia", "the UK", "Ireland", "Canada", "India", "South Africa", "the USA"]),
           F("sans", s * 0.035, fi), (255, 255, 255))
    _, q = fit_quad(ph, rng, p.h / p.w, bw / W, angle=10, persp=0.04, tilt=0.1)
    ph.place(p, q)
    return ph


def website(rng, ctx):
    W, H = phone_size(rng)
    u = W / 390
    sf = Surface(W, H, (255, 255, 255))
    status_bar(sf, u, (0, 0, 0), rng)
    fi = rng.randrange(5)
    site, head, body = D.pick(rng, [
        ("nationalgeographic.com", "10 amazing facts about octopuses", "Octopuses have three hearts and blue blood. They can change colour in a fraction of a second and squeeze through any gap larger than their beak."),
        ("bbc.co.uk/bitesize", "KS2 Maths: Fractions", "A fraction is part of a whole. The number on the bottom is the denominator and tells you how many equal parts the whole is split into."),
        ("nasa.gov", "Artemis: back to the Moon", "The Artemis programme will land astronauts on the lunar south pole. The Space Launch System is the most powerful rocket NASA has built."),
        ("wikipedia.org", "Blue whale", "The blue whale is a marine mammal and the largest animal known ever to have existed, reaching up to 30 metres in length."),
        ("lego.com", "Build the ultimate space station", "Discover new sets for young builders aged 6+. Free delivery on orders over $50."),
    ])
    sf.rect((10 * u, 46 * u, W - 10 * u, 80 * u), fill=(240, 240, 242), radius=int(10 * u))
    sf.text((W / 2, 54 * u), site, F("sans", 14 * u, fi), (60, 60, 60), anchor="ma")
    sf.rect((0, 90 * u, W, 300 * u), fill=tuple(rng.randrange(60, 200) for _ in range(3)))
    f = F("bold", 26 * u, fi)
    lines, _ = layout_rich([(head, None)], f, W - 40 * u)
    y = 320 * u
    y += draw_rich(sf, 20 * u, y, lines, f, (10, 10, 10), f.size * 1.25) + 10 * u
    fb = F("sans", 16 * u, fi)
    for _ in range(3):
        lines, _ = layout_rich([(body, None)], fb, W - 40 * u)
        if y + len(lines) * fb.size * 1.4 > H - 20 * u:
            break
        y += draw_rich(sf, 20 * u, y, lines, fb, (40, 40, 40), fb.size * 1.4) + 14 * u
    return sf


def weather(rng, ctx):
    W, H = phone_size(rng)
    u = W / 390
    sf = Surface(W, H)
    sf.im.paste(gradient(W, H, (40, 100, 190), (120, 180, 240)) if rng.random() < 0.6 else gradient(W, H, (20, 25, 60), (70, 80, 140)))
    status_bar(sf, u, (255, 255, 255), rng)
    fi = rng.randrange(5)
    city = D.pick(rng, CITIES)
    sf.text((W / 2, 80 * u), city, F("sans", 30 * u, fi), (255, 255, 255), anchor="ma")
    t = rng.randrange(-2, 32)
    sf.text((W / 2, 120 * u), "%d\u00b0" % t, F("light", 90 * u, 0), (255, 255, 255), anchor="ma")
    sf.text((W / 2, 230 * u), D.pick(rng, ["Mostly Sunny", "Light Rain", "Cloudy", "Showers", "Clear"]), F("sans", 18 * u, fi), (255, 255, 255), anchor="ma")
    y = 290 * u
    sf.rect((16 * u, y, W - 16 * u, y + 120 * u), fill=(255, 255, 255), radius=int(16 * u))
    for i in range(6):
        x = 36 * u + i * (W - 72 * u) / 6
        sf.text((x, y + 14 * u), "%d%s" % ((i + 9) % 12 + 1, "am" if i < 3 else "pm"), F("sans", 13 * u, fi), (60, 60, 80))
        sf.ellipse((x, y + 44 * u, x + 26 * u, y + 70 * u), fill=(255, 200, 40))
        sf.text((x, y + 82 * u), "%d\u00b0" % (t + rng.randrange(-3, 4)), F("bold", 15 * u, fi), (30, 30, 50))
    y += 140 * u
    for dname in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]:
        if y > H - 50 * u:
            break
        sf.text((30 * u, y), dname, F("sans", 17 * u, fi), (255, 255, 255))
        sf.text((W - 30 * u, y), "%d\u00b0 / %d\u00b0" % (t + rng.randrange(0, 5), t - rng.randrange(2, 9)), F("sans", 17 * u, fi), (255, 255, 255), anchor="ra")
        y += 44 * u
    return sf


def game_hud(rng, ctx):
    W, H = phone_size(rng, True)
    u = H / 390
    sf = Surface(W, H)
    sf.im.paste(gradient(W, H, (90, 160, 230), (60, 140, 60)))
    d = sf.d
    for i in range(12):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.4, H)
        r = rng.uniform(20, 80) * u
        d.ellipse((x - r, y - r, x + r, y + r), fill=(40, 110 + rng.randrange(60), 40))
    fi = rng.randrange(5)
    sf.rect((16 * u, 14 * u, 200 * u, 34 * u), fill=(60, 0, 0))
    sf.rect((16 * u, 14 * u, (16 + rng.randrange(40, 184)) * u, 34 * u), fill=(220, 30, 30))
    sf.text((20 * u, 40 * u), "HP  Lv.%d" % rng.randrange(1, 60), F("bold", 14 * u, fi), (255, 255, 255))
    sf.text((W - 20 * u, 14 * u), "SCORE %06d" % rng.randrange(999999), F("monob", 20 * u, 0), (255, 255, 255), anchor="ra")
    sf.text((W / 2, 14 * u), D.pick(rng, ["WAVE %d" % rng.randrange(1, 30), "ROUND %d" % rng.randrange(1, 10), "QUEST: Find the Crystal Key"]),
            F("bold", 18 * u, fi), (255, 240, 120), anchor="ma")
    sf.rect((W - 170 * u, 60 * u, W - 16 * u, 214 * u), fill=(0, 0, 0))
    sf.text((W - 160 * u, 66 * u), "MAP", F("bold", 11 * u, fi), (200, 200, 200))
    for k in range(4):
        sf.rect(((W - 100 * u) + k * 10 * u, 100 * u + k * 20 * u, (W - 90 * u) + k * 10 * u, 110 * u + k * 20 * u), fill=(255, 255, 0))
    for k, lab in enumerate(["ATTACK", "JUMP", "ITEM"]):
        x = W - (80 + 90 * k) * u
        sf.ellipse((x - 34 * u, H - 110 * u, x + 34 * u, H - 42 * u), fill=(30, 30, 30))
        sf.text((x, H - 84 * u), lab, F("bold", 11 * u, fi), (255, 255, 255), anchor="ma")
    sf.text((20 * u, H - 40 * u), "Coins: %d   Gems: %d" % (rng.randrange(9999), rng.randrange(500)), F("bold", 15 * u, fi), (255, 230, 80))
    return sf


def printed_sheet(rng, ctx, kind):
    from scenes_doc import page
    sf, p = page(rng, ctx["region"])
    m = 54 * p
    fi = rng.randrange(5)
    y = m
    if kind == "recipe":
        t = D.pick(rng, ["Banana Bread", "Easy Pancakes", "Chocolate Chip Cookies", "Vegetable Soup", "Anzac Biscuits", "Scones"])
        sf.text((m, y), t, F("serifb", 28 * p, fi), (120, 40, 20)); y += 50 * p
        sf.text((m, y), "Serves %d  -  Prep %d min  -  Cook %d min" % (rng.randrange(2, 8), rng.randrange(5, 30), rng.randrange(10, 60)),
                F("sans", 11 * p, fi), (80, 80, 80)); y += 30 * p
        sf.text((m, y), "Ingredients", F("bold", 14 * p, fi), (20, 20, 20)); y += 26 * p
        for ing in rng.sample(["2 cups plain flour", "1 tsp baking soda", "3 ripe bananas", "125g butter", "1 cup sugar", "2 eggs",
                               "1 cup milk", "pinch of salt", "1 tsp vanilla", "1/2 cup rolled oats", "2 tbsp golden syrup"], 7):
            sf.text((m + 10 * p, y), "- " + ing, F("sans", 12 * p, fi), (30, 30, 30)); y += 20 * p
        y += 14 * p
        sf.text((m, y), "Method", F("bold", 14 * p, fi), (20, 20, 20)); y += 26 * p
        f = F("sans", 12 * p, fi)
        for i, st in enumerate(["Preheat the oven to 180C and grease a loaf tin.", "Mix the dry ingredients in a large bowl.",
                                "Melt the butter and stir through with the wet ingredients.", "Pour into the tin and bake until golden.",
                                "Cool for ten minutes before slicing."]):
            lines, _ = layout_rich([("%d. %s" % (i + 1, st), None)], f, sf.w - 2 * m)
            y += draw_rich(sf, m, y, lines, f, (30, 30, 30), f.size * 1.4) + 6 * p
    else:
        sf.text((m, y), D.pick(rng, ["Fractions Practice", "Spelling Words - Week 6", "Times Tables Challenge", "The Water Cycle"]),
                F("bold", 20 * p, fi), (20, 20, 20)); y += 36 * p
        sf.text((m, y), "Name: ______________________   Date: __________", F("sans", 12 * p, fi), (30, 30, 30)); y += 40 * p
        f = F("sans", 14 * p, fi)
        for i in range(12):
            a, b = rng.randrange(2, 13), rng.randrange(2, 13)
            sf.text((m + (i % 2) * (sf.w / 2 - m), y), "%d)  %d x %d = ______" % (i + 1, a, b), f, (30, 30, 30))
            if i % 2:
                y += 44 * p
        y += 20 * p
        sf.rect((m, y, sf.w - m, y + 160 * p), outline=(100, 100, 100), width=2)
        sf.text((m + 10 * p, y + 10 * p), "Challenge: explain how you worked out question 12.", F("italic", 12 * p, fi), (60, 60, 60))
    return sf


def sign_photo(rng, rn, ctx, kind):
    W, H = photo_size(rng, "L" if rng.random() < 0.7 else "P")
    bgf = bg_street if kind in ("road", "shop", "bus") else D.pick(rng, [bg_flat, bg_brick, bg_wood])
    ph = Photo(W, H, bgf(rng, rn, W, H))
    fi = rng.randrange(5)
    if kind == "road":
        sw = W * rng.uniform(0.45, 0.6)
        s = S(sw, 2000)
        sg = Surface(s, int(s * 0.5), D.pick(rng, [(0, 100, 60), (20, 60, 150)]))
        sg.rect((s * 0.02, s * 0.02, s * 0.98, s * 0.48), outline=(255, 255, 255), width=max(4, s // 120))
        y = s * 0.06
        for c in rng.sample(CITIES, 3):
            sg.text((s * 0.08, y), c, F("bold", s * 0.075, fi), (255, 255, 255))
            sg.text((s * 0.92, y), "%d km" % rng.randrange(3, 300), F("bold", s * 0.075, fi), (255, 255, 255), anchor="ra")
            y += s * 0.13
        obj, asp = sg, 0.5
    elif kind == "shop":
        sw = W * rng.uniform(0.6, 0.8)
        s = S(sw, 2200)
        sg = Surface(s, int(s * 0.22), tuple(rng.randrange(0, 255) for _ in range(3)))
        nm = D.pick(rng, ["SUPERMART", "Books & Co.", "THE NOODLE BAR", "PharmaPlus", "Toy Kingdom", "Corner Dairy", "FreshCo"])
        sg.text((s / 2, s * 0.04), nm, F("bold", s * 0.1, fi), (255, 255, 255), anchor="ma")
        sg.text((s / 2, s * 0.16), "OPEN 7 DAYS  8am - 9pm", F("sans", s * 0.035, fi), (255, 255, 255), anchor="ma")
        obj, asp = sg, 0.22
    elif kind == "museum":
        sw = W * rng.uniform(0.45, 0.6)
        s = S(sw, 2000)
        sg = Surface(s, int(s * 0.7), D.pick(rng, [(245, 240, 225), (30, 30, 35)]))
        fg = (20, 20, 20) if sum(sg.im.getpixel((1, 1))) > 400 else (240, 240, 240)
        t, body = D.pick(rng, [("Tyrannosaurus rex", "Lived about 68 million years ago in western North America. Its bite was the strongest of any land animal."),
                               ("Moa (Dinornis)", "These giant flightless birds of New Zealand stood up to 3.6 metres tall and became extinct around 1445."),
                               ("The Steam Age", "James Watt's improved engine of 1776 powered mills, mines and, later, railways across Britain."),
                               ("Ancient Egypt", "The Great Pyramid of Giza was built for the pharaoh Khufu around 2560 BC.")])
        sg.text((s * 0.06, s * 0.05), t, F("serifb", s * 0.07, fi), fg)
        f = F("serif", s * 0.035, fi)
        lines, _ = layout_rich([(body, None)], f, s * 0.88)
        draw_rich(sg, s * 0.06, s * 0.17, lines, f, fg, f.size * 1.4)
        if ctx.get("qr"):
            sg.text((s * 0.06, s * 0.4), "Scan for the audio guide", F("sans", s * 0.03, fi), fg)
            sg.qr("https://www.naturalhistorymuseum.org/audio/%d" % rng.randrange(100, 999), s * 0.06, s * 0.45, max(6, int(s * 0.22 / 33)))
        obj, asp = sg, 0.7
    elif kind == "menu":
        sw = min(W, H) * rng.uniform(0.6, 0.75)
        s = S(sw, 1800)
        sg = Surface(s, int(s * 1.4), D.pick(rng, [(250, 245, 230), (30, 30, 30)]))
        fg = (20, 20, 20) if sum(sg.im.getpixel((1, 1))) > 400 else (240, 240, 240)
        sg.text((s / 2, s * 0.05), D.pick(rng, ["THE HUNGRY HIPPO CAFE", "Luigi's Pizzeria", "Spice Route", "Burger Barn"]), F("serifb", s * 0.07, fi), fg, anchor="ma")
        y = s * 0.2
        for it in rng.sample(["Margherita pizza", "Fish & chips", "Butter chicken", "Kids cheeseburger", "Caesar salad",
                              "Pancake stack", "Veggie wrap", "Chocolate sundae", "Fruit smoothie", "Garlic bread"], 8):
            sg.text((s * 0.08, y), it, F("sans", s * 0.045, fi), fg)
            sg.text((s * 0.92, y), "$%d.%d0" % (rng.randrange(5, 30), rng.randrange(10)), F("bold", s * 0.045, fi), fg, anchor="ra")
            y += s * 0.085
        if ctx.get("qr"):
            sg.text((s * 0.08, y + s * 0.02), "Order at your table:", F("sans", s * 0.035, fi), fg)
            sg.qr("https://order.tablefeast.com/menu/%d" % rng.randrange(1000, 9999), s * 0.08, y + s * 0.07, max(6, int(s * 0.25 / 33)))
        obj, asp = sg, 1.4
    elif kind == "ticket":
        sw = W * rng.uniform(0.55, 0.7)
        s = S(sw, 2000)
        sg = Surface(s, int(s * 0.4), D.pick(rng, [(255, 240, 200), (220, 235, 255), (255, 255, 255)]))
        sg.rect((0, 0, s * 0.7, s * 0.08), fill=(200, 40, 60))
        sg.text((s * 0.03, s * 0.015), D.pick(rng, ["ADMIT ONE", "GENERAL ADMISSION", "CINEMA 4"]), F("bold", s * 0.045, fi), (255, 255, 255))
        sg.text((s * 0.03, s * 0.11), D.pick(rng, MOVIES + CELEBS), F("bold", s * 0.045, fi), (20, 20, 20))
        sg.text((s * 0.03, s * 0.19), "Row %s  Seat %d   %s %d, 7:30pm" % (D.pick(rng, "ABCDEFGH"), rng.randrange(1, 30),
                D.MONTHS[rng.randrange(12)][:3], rng.randrange(1, 29)), F("sans", s * 0.035, fi), (40, 40, 40))
        sg.text((s * 0.03, s * 0.3), "Non-refundable. Present at door.", F("sans", s * 0.025, fi), (90, 90, 90))
        sg.d.line((s * 0.7, 0, s * 0.7, sg.h), fill=(120, 120, 120), width=3)
        if ctx.get("qr"):
            sg.qr("https://tix.eventhub.com/v/%s" % D.digits(rng, 10), s * 0.73, s * 0.03, max(6, int(s * 0.22 / 33)))
        obj, asp = sg, 0.4
    else:  # bus timetable
        sw = W * rng.uniform(0.5, 0.65)
        s = S(sw, 2000)
        sg = Surface(s, int(s * 0.9), (255, 255, 255))
        sg.rect((0, 0, s, s * 0.12), fill=(0, 90, 170))
        rt = rng.randrange(10, 999)
        sg.text((s * 0.04, s * 0.025), "Route %d  -  %s to %s" % (rt, D.pick(rng, CITIES), "City Centre"), F("bold", s * 0.045, fi), (255, 255, 255))
        y = s * 0.16
        f = F("mono", s * 0.035, 0)
        for stop in rng.sample(["Central Station", "Hospital", "University", "Library", "Beach Road", "Mall", "Airport", "Stadium"], 6):
            sg.text((s * 0.04, y), "%-16s" % stop, f, (20, 20, 20))
            times = "  ".join("%02d:%02d" % (h, m) for h, m in [(7 + k, (rt + 7 * k) % 60) for k in range(5)])
            sg.text((s * 0.4, y), times, f, (20, 20, 20))
            y += s * 0.11
        obj, asp = sg, 0.9
    _, q = fit_quad(ph, rng, obj.h / obj.w, sw / W, angle=5, persp=0.05, tilt=0.12)
    ph.place(obj, q, shadow=0.15)
    return ph
