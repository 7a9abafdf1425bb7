"""Clean photo scenes full of tempting but public text (no private data)."""
import math

import numpy as np

import data as D
from common import (DISPLAY_FONTS, HAND_FONTS, PRINT_FONTS, F, Layer, darker, fit_font, keystone_quad, fit_quad,
                    lighter, paste_quad, rgba, texture, translate, wrap_parts, bold_of)
from photos import (PARTY_COLS, canvas, finish, obj_size, outdoor_bg, photo_size, place, trees, building)
from qrpay import clean_qr
from screens import LEAGUES

ARTISTS = ["NOVA LUXE", "The Midnight Ferns", "KAI ORION", "Luna Vale", "The Paper Kites Club", "ZEPHYR & THE TIDES",
           "Marlowe Quinn", "STELLAR YOUTH", "Indigo Rae", "The Velvet Comets"]
VENUES = [("LONDON", "Wembley Arena"), ("DUBLIN", "3Arena"), ("SYDNEY", "Qudos Bank Arena"), ("AUCKLAND", "Spark Arena"),
          ("TORONTO", "Scotiabank Arena"), ("MUMBAI", "NSCI Dome"), ("JOHANNESBURG", "Ticketpro Dome"),
          ("NEW YORK", "Madison Square Garden"), ("MELBOURNE", "Rod Laver Arena"), ("MANCHESTER", "AO Arena"),
          ("VANCOUVER", "Rogers Arena"), ("CAPE TOWN", "Grand Arena")]
MOVIES = [("STARFALL", "Some heroes are born. Others fall from the sky."), ("THE LAST LIGHTHOUSE", "The storm is coming."),
          ("PIXEL QUEST", "Game on."), ("DEEP BLUE KINGDOM", "Dive into adventure."), ("MOONLIGHT EXPRESS", "All aboard."),
          ("DRAGON SCHOOL", "Class is in session."), ("ROBO PUPS", "Who's a good bot?")]
ACTORS = ["Adrian Vance", "Celeste Moreau", "Jonah Blackwood", "Priya Kapoor-Lane", "Marcus Thorne", "Elena Vasquez",
          "Theo Hartwell", "Sienna Cole", "Rafael Ortiz", "Imogen Steele"]
AUTHORS = ["Margaret Ellsworth", "J. P. Harrow", "Oliver Penhaligon", "Anika Rao", "Samuel T. Birch", "Lena Okoro",
           "Fiona MacLeod", "Hugo Ashdown"]
BOOKS = ["The Secret of Willow Hill", "Midnight at the Museum of Clocks", "The Girl Who Mapped the Stars",
         "Operation Pancake", "Dragons Don't Do Homework", "The Lighthouse Keeper's Cat", "Kingdom of Ice",
         "The Great Biscuit Heist"]
PUBLISHERS = ["Harbour Books", "Little Lantern Press", "Blue Owl Publishing", "Maple Leaf Kids", "Starfish Books"]
BRANDS = [("CRUNCH OATS", "crunchoats", "Honey Clusters"), ("SUNNYVALE", "sunnyvalejuice", "Orange & Mango Juice"),
          ("PIXEL POP", "pixelpop", "Popcorn - Sea Salt"), ("FROSTBITE", "frostbite-icecream", "Vanilla Bean"),
          ("ZESTY", "zestyfoods", "Tomato Pasta Sauce"), ("BLUE PEAK", "bluepeakwater", "Spring Water"),
          ("HAPPY HEN", "happyhenfarm", "Free Range Eggs"), ("ORBIT", "orbitsnacks", "Choc Chip Bars"),
          ("MAPLE CRISP", "maplecrisp", "Apple Cinnamon Flakes"), ("WAVE COLA", "wavecola", "Zero Sugar")]
CAFES = ["The Daily Grind", "Bean There Café", "Corner Kitchen", "The Hungry Fox", "Little Sprout Café", "Harbour Eats",
         "Chai & Co", "The Toasted Bun"]
SHOPS = [("Bella's Bakery", "Fresh bread daily"), ("Pages & Co. Books", "New & second-hand"), ("Green Leaf Grocer", "Local produce"),
         ("Spin City Cycles", "Sales & repairs"), ("Happy Paws Pet Store", "Everything for pets"),
         ("Sparkle Dry Cleaners", "Same day service"), ("Northside Pharmacy", "Open late"), ("Pizza Piazza", "Wood-fired")]
MUSEUM = [("Marie Curie", "1867-1934", "Marie Curie was a physicist and chemist who conducted pioneering research on radioactivity. She was the first woman to win a Nobel Prize."),
          ("Captain James Cook", "1728-1779", "James Cook was a British explorer and navigator who made three voyages to the Pacific Ocean, mapping the coastlines of New Zealand and eastern Australia."),
          ("Ada Lovelace", "1815-1852", "Ada Lovelace was an English mathematician, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine."),
          ("Nelson Mandela", "1918-2013", "Nelson Mandela was a South African anti-apartheid activist who served as the first president of South Africa from 1994 to 1999."),
          ("Mahatma Gandhi", "1869-1948", "Mohandas Karamchand Gandhi was an Indian lawyer and leader of the nonviolent resistance movement against British rule in India."),
          ("Kate Sheppard", "1847-1934", "Kate Sheppard was the most prominent member of the women's suffrage movement in New Zealand, which in 1893 became the first country to give women the vote."),
          ("Tyrannosaurus rex", "68-66 million years ago", "One of the largest meat-eating dinosaurs that ever lived. Its teeth were up to 30 centimetres long.")]


def scoreboard(ctx):
    rng = ctx.rng
    W, H = photo_size(rng, "L")
    L = Layer(W, H, im=texture("sky", W, H, ctx.nr, rng))
    L.blend_rect((0, 0, W, H), (10, 15, 30, 200))
    for _ in range(8):
        x, y = rng.uni(0, W), rng.uni(0, H * 0.3)
        r = H * 0.02
        L.ellipse((x - r, y - r, x + r, y + r), fill=(255, 250, 220, 255))
    L.rect((0, H * 0.75, W, H), fill=(40, 100, 50, 255))
    lg = rng.pick(list(LEAGUES))
    a, b = rng.some(LEAGUES[lg], 2)
    sw, sh = obj_size(L, rng.uni(0.7, 0.85), rng.uni(2.2, 2.8), 0.6)
    S = Layer(sw, sh, (12, 12, 14, 255))
    u = sh / 100.0
    S.rect((1 * u, 1 * u, sw - 1 * u, sh - 1 * u), outline=(80, 80, 80, 255), width=int(u))
    led = rgba(rng.pick([(255, 190, 40), (255, 60, 40), (240, 240, 240), (80, 220, 120)]))
    fam = rng.pick(["mono_b", "lmono_b", "fmono_b", "sans_b", "cond_b"])
    S.text(sw / 2, 8 * u, lg.upper(), fit_font(fam, lg.upper(), sw * 0.6, 9 * u), (200, 200, 200, 255), anchor="ma")
    for i, t in enumerate([a, b]):
        x = sw * (0.25 if i == 0 else 0.75)
        S.text(x, 26 * u, t.upper(), fit_font(fam, t.upper(), sw * 0.42, 10 * u), (255, 255, 255, 255), anchor="ma")
        S.text(x, 42 * u, str(rng.ri(0, 6) if lg not in ("IPL",) else rng.ri(90, 220)), F(fam, 36 * u), led, anchor="ma")
    clock = rng.pick([f"{rng.ri(1, 90)}:{rng.ri(0, 59):02d}", f"Q{rng.ri(1, 4)} {rng.ri(0, 11):02d}:{rng.ri(0, 59):02d}",
                      f"2ND HALF {rng.ri(40, 80)}'", f"OVER {rng.ri(1, 19)}.{rng.ri(0, 5)}"])
    S.text(sw / 2, 80 * u, clock, F(fam, 11 * u), led, anchor="ma")
    place(ctx, L, S, cy=H * 0.4, rot=rng.uni(-3, 3), tilt=(rng.uni(-0.12, 0.12), rng.uni(-0.06, 0.06)), shadow=False)
    return finish(ctx, L)


def celebrity_poster(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["brick", "wall", "wood"]), orient=rng.pick(["P", "L"]))
    pw, ph = obj_size(L, 0.62 if L.w < L.h else 0.4, 1 / 1.414, 0.9)
    col = rng.pick([(20, 10, 40), (240, 60, 90), (10, 40, 80), (250, 200, 40), (30, 30, 30)])
    P = Layer(pw, ph, rgba(col))
    u = ph / 100.0
    fg = (255, 255, 255, 255) if sum(col) < 400 else (20, 20, 20, 255)
    art = rng.pick(ARTISTS)
    P.placeholder((pw * 0.1, 4 * u, pw * 0.9, 44 * u), rgba(lighter(col, 0.3)), "ARTIST PHOTO")
    df = rng.pick(DISPLAY_FONTS)
    P.text(pw / 2, 48 * u, art, fit_font(df, art, pw * 0.9, 10 * u), fg, anchor="ma")
    tour = f"THE {rng.pick(['AURORA', 'NEON DREAMS', 'HOMECOMING', 'GOLDEN HOUR', 'ECHOES'])} TOUR {rng.ri(2025, 2026)}"
    P.text(pw / 2, 61 * u, tour, fit_font(df, tour, pw * 0.85, 5 * u), rgba(lighter(col, 0.7)), anchor="ma")
    y = 69 * u
    for city, venue in rng.some(VENUES, 5):
        line = f"{rng.ri(1, 28):02d} {D.MON3[rng.ri(0, 11)].upper()}   {city}   {venue}"
        P.text(pw / 2, y, line, fit_font("cond", line, pw * 0.85, 3 * u), fg, anchor="ma")
        y += 4.2 * u
    P.text(pw / 2, 95 * u, "TICKETS ON SALE FRIDAY · ticketworld.com", F("sans", 2.4 * u), fg, anchor="ma")
    place(ctx, L, P, rot=rng.uni(-5, 5), tilt=(rng.uni(-0.1, 0.1), rng.uni(-0.1, 0.1)))
    return finish(ctx, L)


def movie_poster(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wall", "brick", "carpet"]), orient=rng.pick(["P", "L"]))
    pw, ph = obj_size(L, 0.62 if L.w < L.h else 0.4, 0.675, 0.9)
    col = rng.pick([(10, 20, 50), (60, 10, 10), (5, 40, 30), (30, 20, 60)])
    P = Layer(pw, ph, rgba(col))
    u = ph / 100.0
    title, tag = rng.pick(MOVIES)
    cast = rng.some(ACTORS, 3)
    f = F(rng.pick(["sans", "cond"]), 3 * u)
    P.text(pw / 2, 3 * u, "   ".join(c.upper() for c in cast), fit_font("cond", "   ".join(cast).upper(), pw * 0.9, 3 * u),
           (230, 230, 230, 255), anchor="ma")
    P.placeholder((pw * 0.05, 9 * u, pw * 0.95, 62 * u), rgba(lighter(col, 0.2)), "KEY ART")
    df = rng.pick(DISPLAY_FONTS)
    P.text(pw / 2, 65 * u, title, fit_font(df, title, pw * 0.9, 11 * u), (255, 220, 120, 255), anchor="ma")
    P.text(pw / 2, 78 * u, tag, fit_font("serif_i", tag, pw * 0.85, 3.5 * u), (230, 230, 230, 255), anchor="ma")
    credits = (f"A {rng.pick(['Starlight', 'Northwind', 'Blue Harbour'])} Pictures Production  DIRECTED BY "
               f"{rng.pick(ACTORS).upper()}  MUSIC BY {rng.pick(ACTORS).upper()}  PRODUCED BY {rng.pick(ACTORS).upper()}")
    cf = F("narrow", 1.8 * u)
    y = 84 * u
    for ln in wrap_parts([(credits, None)], cf, pw * 0.8):
        P.runs(pw * 0.1, y + cf.getmetrics()[0], ln, cf, (190, 190, 190, 255))
        y += cf.size * 1.2
    P.text(pw / 2, 93 * u, f"IN CINEMAS {rng.ri(1, 28)} {D.MONTHS[rng.ri(0, 11)].upper()}", F("sans_b", 3.5 * u),
           (255, 255, 255, 255), anchor="ma")
    P.rect((pw * 0.06, 92 * u, pw * 0.06 + 5 * u, 97 * u), outline=(255, 255, 255, 255), width=max(2, int(0.3 * u)))
    P.text(pw * 0.06 + 2.5 * u, 94.5 * u, rng.pick(["PG", "G", "M", "12A"]), F("sans_b", 2.2 * u), (255, 255, 255, 255),
           anchor="mm")
    if ctx.qr is not None:
        payload = clean_qr(rng, "trailer", rng.pick(["starfallmovie", "pixelquestfilm", "robopups", "dragonschoolmovie"]))
        n = Layer.qr_modules(payload)
        mod = max(6, int(pw * 0.16 / (n + 8)))
        P.qr(pw * 0.94 - n * mod - 4 * mod, 9 * u + 4 * mod, payload, mod, ())
    place(ctx, L, P, rot=rng.uni(-4, 4), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.08, 0.08)))
    return finish(ctx, L)


def book_cover(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wood", "fabric", "plain"]), orient=rng.pick(["L", "P"]))
    bw, bh = obj_size(L, 0.55 if L.w < L.h else 0.38, 0.65, 0.85)
    col = rng.pick(PARTY_COLS + [(20, 40, 70), (60, 20, 40)])
    B = Layer(bw, bh, rgba(col))
    u = bh / 100.0
    fg = (255, 255, 255, 255) if sum(col) < 450 else (20, 20, 20, 255)
    t = rng.pick(BOOKS)
    a = rng.pick(AUTHORS)
    df = rng.pick(DISPLAY_FONTS + ["fserif_bi", "serif_bi"])
    y = 8 * u
    for ln in wrap_parts([(t, None)], F(df, 9 * u), bw * 0.85):
        s = "".join(x for x, _ in ln)
        B.text(bw / 2, y, s, fit_font(df, s, bw * 0.88, 9 * u), fg, anchor="ma")
        y += 11 * u
    B.placeholder((bw * 0.15, y + 4 * u, bw * 0.85, 76 * u), rgba(lighter(col, 0.35)), "ILLUSTRATION")
    B.text(bw / 2, 81 * u, a.upper(), fit_font("sans_b", a.upper(), bw * 0.8, 5 * u), fg, anchor="ma")
    B.text(bw / 2, 89 * u, rng.pick(["The bestselling author of Kingdom of Ice", "Winner of the Golden Quill Award",
                                      "'Utterly magical' - The Book Review"]), F("serif_i", 2.6 * u), fg, anchor="ma")
    B.text(bw / 2, 95 * u, rng.pick(PUBLISHERS), F("sans", 2.3 * u), fg, anchor="ma")
    place(ctx, L, B, rot=rng.uni(-20, 20), tilt=(rng.uni(-0.1, 0.1), rng.uni(0.0, 0.15)))
    return finish(ctx, L)


def packaging(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wood", "plain", "wall"]), orient=rng.pick(["P", "L"]))
    bw, bh = obj_size(L, 0.6 if L.w < L.h else 0.42, 0.72, 0.88)
    brand, dom, prod = rng.pick(BRANDS)
    col = rng.pick(PARTY_COLS)
    B = Layer(bw, bh, rgba(col))
    u = bh / 100.0
    B.rect((0, 0, bw, 22 * u), fill=rgba(darker(col, 0.7)))
    df = rng.pick(DISPLAY_FONTS)
    B.text(bw / 2, 11 * u, brand, fit_font(df, brand, bw * 0.9, 13 * u), (255, 255, 255, 255), anchor="mm",
           stroke=max(1, int(0.5 * u)), stroke_fill=(0, 0, 0, 255))
    B.text(bw / 2, 26 * u, prod, fit_font("sans_b", prod, bw * 0.85, 6 * u), (255, 255, 255, 255), anchor="ma")
    B.ellipse((bw * 0.15, 36 * u, bw * 0.85, 36 * u + bw * 0.7), fill=rgba(lighter(col, 0.4)))
    B.text(bw / 2, 36 * u + bw * 0.35, "PRODUCT IMAGE", F("sans_b", 3 * u), (120, 120, 120, 255), anchor="mm")
    for i, badge in enumerate(rng.some(["HIGH FIBRE", "NO ADDED SUGAR", "GLUTEN FREE", "100% NATURAL", "NEW!", "VEGAN",
                                         "4.5 HEALTH STARS", "FAMILY SIZE"], 2)):
        x = bw * (0.17 if i == 0 else 0.83)
        B.ellipse((x - 8 * u, 34 * u, x + 8 * u, 50 * u), fill=(255, 255, 255, 255))
        B.text(x, 42 * u, badge, fit_font("sans_b", badge, 14 * u, 2.6 * u), rgba(darker(col, 0.6)), anchor="mm")
    B.text(bw / 2, 96 * u, f"NET {rng.pick(['500 g', '375 g', '1 L', '2 L', '12 x 30 g', '750 ml'])}", F("sans_b", 2.8 * u),
           (255, 255, 255, 255), anchor="mm")
    if ctx.qr is not None:
        payload = clean_qr(rng, "brand", dom)
        n = Layer.qr_modules(payload)
        mod = max(6, int(bw * 0.22 / (n + 8)))
        qs = n * mod
        B.qr(bw / 2 - qs / 2, 78 * u - qs / 2 - 2 * u, payload, mod, ())
        B.text(bw / 2, 78 * u + qs / 2 + 3 * mod, "Scan for recipes & prizes", F("sans", 2.2 * u), (255, 255, 255, 255),
               anchor="ma")
    place(ctx, L, B, rot=rng.uni(-6, 6), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.06, 0.06)))
    return finish(ctx, L)


MENU_ITEMS = [("Flat White", "4.50"), ("Hot Chocolate", "4.00"), ("Big Breakfast", "18.50"), ("Eggs Benedict", "16.00"),
              ("Avocado Toast", "14.00"), ("Blueberry Muffin", "4.80"), ("Fish & Chips", "17.90"), ("Veggie Burger", "15.50"),
              ("Masala Chai", "3.80"), ("Kids Pancakes", "9.00"), ("Smoothie", "7.50"), ("Toastie", "8.50"),
              ("Caesar Salad", "13.00"), ("Milkshake", "6.00")]


def menu(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wall", "brick", "wood"]), orient=rng.pick(["P", "L"]))
    chalk = rng.chance(0.5)
    mw, mh = obj_size(L, 0.6 if L.w < L.h else 0.42, 0.72, 0.9)
    M = Layer(mw, mh, (35, 40, 38, 255) if chalk else (252, 248, 240, 255))
    u = mh / 100.0
    fg = (240, 240, 235, 255) if chalk else (30, 30, 30, 255)
    if chalk:
        M.rect((0, 0, mw - 1, mh - 1), outline=(120, 85, 50, 255), width=int(2 * u))
    cafe = rng.pick(CAFES)
    ff = rng.pick(HAND_FONTS) if chalk else rng.pick(DISPLAY_FONTS)
    M.text(mw / 2, 4 * u, cafe, fit_font(ff, cafe, mw * 0.85, 9 * u), fg, anchor="ma")
    M.text(mw / 2, 15 * u, "MENU", F("sans_b", 4 * u), fg, anchor="ma")
    y = 23 * u
    f = F(ff if chalk else rng.pick(PRINT_FONTS), 4.2 * u)
    for it, pr in rng.some(MENU_ITEMS, 10):
        M.text(8 * u, y, it, f, fg)
        M.text(mw - 8 * u, y, pr, f, fg, anchor="ra")
        y += 6.3 * u
    M.text(mw / 2, 90 * u, f"Open 7 days · 7am-3pm · {D.phone(rng, ctx.region, 'landline')[0]}", F("sans", 2.6 * u), fg,
           anchor="ma")
    place(ctx, L, M, rot=rng.uni(-4, 4), tilt=(rng.uni(-0.1, 0.1), rng.uni(-0.08, 0.08)))
    return finish(ctx, L)


def road_sign(ctx):
    rng = ctx.rng
    L, hz = outdoor_bg(ctx, "L")
    trees(ctx, L, hz, rng.ri(2, 6))
    L.rect((0, hz + (L.h - hz) * 0.4, L.w, L.h), fill=(90, 90, 95, 255))
    W, H = L.w, L.h
    bg = rng.pick([(0, 100, 60), (20, 60, 150), (250, 250, 250), (240, 190, 0)])
    fg = (255, 255, 255) if bg[0] < 200 else (20, 20, 20)
    sw, sh = obj_size(L, rng.uni(0.5, 0.7), rng.uni(1.4, 2.0), 0.55)
    S = Layer(sw, sh, rgba(bg))
    u = sh / 100.0
    S.rect((2 * u, 2 * u, sw - 2 * u, sh - 2 * u), outline=rgba(fg), width=int(1.5 * u))
    cities = {"UK": ["Manchester", "Leeds", "Sheffield", "Liverpool"], "IE": ["Cork", "Limerick", "Galway", "Dublin"],
              "AU": ["Sydney", "Newcastle", "Gosford", "Canberra"], "NZ": ["Hamilton", "Tauranga", "Rotorua", "Auckland"],
              "US": ["Portland", "Salem", "Eugene", "Seattle"], "CA": ["Toronto", "Barrie", "Ottawa", "Kingston"],
              "IN": ["Mysuru", "Chennai", "Hosur", "Tumakuru"], "ZA": ["Cape Town", "Paarl", "Worcester", "Stellenbosch"]}[ctx.region]
    y = 10 * u
    mi = ctx.region in ("US", "UK")
    for c in rng.some(cities, 3):
        dist = f"{rng.ri(2, 240)}{' mi' if mi else ' km'}"
        S.text(8 * u, y, c, fit_font("sans_b", c, sw * 0.56, 17 * u), rgba(fg))
        S.text(sw - 8 * u, y, dist, fit_font("sans_b", "240 km", sw * 0.3, 17 * u), rgba(fg), anchor="ra")
        y += 28 * u
    for px in (sw * 0.25, sw * 0.75):
        pass
    q = keystone_quad(rng, sw, sh, W / 2 + rng.uni(-0.1, 0.1) * W, hz - sh * 0.4, rng.uni(-2, 2), rng.uni(-0.12, 0.12), 0)
    q = fit_quad(q, W, H, 0.03 * H)
    for x in (q[3][0] + sw * 0.15, q[2][0] - sw * 0.15):
        L.rect((x - sw * 0.01, q[3][1] - 5, x + sw * 0.01, H * 0.95), fill=(140, 140, 145, 255))
    paste_quad(L, S, q, shadow=False)
    return finish(ctx, L)


def shop_sign(ctx):
    rng = ctx.rng
    W, H = photo_size(rng, "L")
    L = Layer(W, H, im=texture(rng.pick(["brick", "wall"]), W, H, ctx.nr, rng))
    name, tag = rng.pick(SHOPS)
    col = rng.pick([(20, 60, 40), (120, 20, 40), (20, 40, 90), (30, 30, 30), (200, 120, 20)])
    sw, sh = int(W * 0.8), int(H * 0.2)
    S = Layer(sw, sh, rgba(col))
    S.text(sw / 2, sh * 0.42, name, fit_font(rng.pick(DISPLAY_FONTS + ["fserif_bi"]), name, sw * 0.85, sh * 0.55),
           (250, 240, 210, 255), anchor="mm")
    S.text(sw / 2, sh * 0.82, tag, fit_font("sans", tag, sw * 0.6, sh * 0.15), (250, 240, 210, 255), anchor="mm")
    paste_quad(L, S, keystone_quad(rng, sw, sh, W / 2, H * 0.18, rng.uni(-1.5, 1.5), rng.uni(-0.1, 0.1), 0), shadow=True)
    # window with opening hours and phone
    L.rect((W * 0.08, H * 0.36, W * 0.6, H * 0.95), fill=(120, 150, 170, 255), outline=(30, 30, 30, 255), width=int(W * 0.006))
    L.rect((W * 0.66, H * 0.36, W * 0.9, H * 1.0), fill=rgba(darker(col, 0.8)), outline=(30, 30, 30, 255), width=int(W * 0.006))
    hw, hh = int(W * 0.2), int(W * 0.24)
    Hs = Layer(hw, hh, (255, 255, 255, 255))
    u = hh / 100.0
    Hs.text(hw / 2, 5 * u, "OPENING HOURS", F("sans_b", 6 * u), (20, 20, 20, 255), anchor="ma")
    y = 18 * u
    for d, t in [("Mon-Fri", "7:30 - 5:30"), ("Sat", "8:00 - 4:00"), ("Sun", "9:00 - 2:00")]:
        Hs.text(6 * u, y, d, F("sans", 5 * u), (20, 20, 20, 255))
        Hs.text(hw - 6 * u, y, t, F("sans", 5 * u), (20, 20, 20, 255), anchor="ra")
        y += 9 * u
    ph = D.phone(rng, ctx.region, "landline")[0]
    Hs.text(hw / 2, 55 * u, ph, fit_font("sans_b", ph, hw * 0.9, 7 * u), (20, 20, 20, 255), anchor="ma")
    web = "www." + "".join(c for c in name.lower() if c.isalnum()) + ".com"
    Hs.text(hw / 2, 70 * u, web, fit_font("sans", web, hw * 0.9, 5 * u), (20, 20, 20, 255), anchor="ma")
    paste_quad(L, Hs, keystone_quad(rng, hw, hh, W * 0.34, H * 0.62, rng.uni(-3, 3), 0, 0), shadow=False)
    return finish(ctx, L)


def museum_sign(ctx):
    rng = ctx.rng
    L = canvas(ctx, "wall", orient="L", color=rng.pick([(60, 70, 80), (150, 40, 40), (230, 225, 215), (30, 50, 70)]))
    sw, sh = obj_size(L, rng.uni(0.6, 0.75), rng.uni(1.2, 1.5), 0.85)
    S = Layer(sw, sh, (248, 246, 240, 255))
    u = sh / 100.0
    who, yrs, txt = rng.pick(MUSEUM)
    S.text(6 * u, 6 * u, who, fit_font("serif_b", who, sw * 0.8, 10 * u), (20, 20, 20, 255))
    S.text(6 * u, 19 * u, yrs, F("serif_i", 5 * u), (80, 80, 80, 255))
    bf = F(rng.pick(["serif", "lserif", "fserif"]), 4.4 * u)
    y = 30 * u
    maxw = sw * (0.88 if ctx.qr is None else 0.6)
    for ln in wrap_parts([(txt, None)], bf, maxw):
        S.runs(6 * u, y + bf.getmetrics()[0], ln, bf, (40, 40, 40, 255))
        y += bf.size * 1.4
    S.text(6 * u, 92 * u, f"Gallery {rng.ri(1, 12)} · Object {rng.ri(100, 999)}.{rng.ri(1, 99)}", F("sans", 3 * u),
           (100, 100, 100, 255))
    if ctx.qr is not None:
        payload = clean_qr(rng, "museum", rng.pick(["citymuseum", "sciencecentre", "nationalgallery"]))
        n = Layer.qr_modules(payload)
        mod = max(6, int(sw * 0.28 / (n + 8)))
        S.qr(sw * 0.95 - n * mod - 4 * mod, 30 * u + 4 * mod, payload, mod, ())
        S.text(sw * 0.95 - n * mod / 2 - 4 * mod, 30 * u + (n + 9) * mod, "Audio guide", F("sans", 3 * u), (60, 60, 60, 255),
               anchor="ma")
    place(ctx, L, S, rot=rng.uni(-3, 3), tilt=(rng.uni(-0.12, 0.12), rng.uni(-0.08, 0.08)))
    return finish(ctx, L)


def ticket(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["wood", "fabric", "plain"]), orient="L")
    tw, th = obj_size(L, rng.uni(0.72, 0.85), rng.uni(2.0, 2.5))
    col = rng.pick(PARTY_COLS)
    T = Layer(tw, th, (250, 250, 250, 255))
    u = th / 100.0
    T.rect((0, 0, tw * 0.68, 22 * u), fill=rgba(col))
    ev = rng.pick([rng.pick(ARTISTS) + " - Live", "Junior Science Expo", "City Zoo Day Pass", "Harbour Ferry Return",
                   "Premier Football: Home Match", "Ice Skating Session"])
    T.text(4 * u, 11 * u, ev, fit_font("sans_b", ev, tw * 0.62, 10 * u), (255, 255, 255, 255), anchor="lm")
    city, venue = rng.pick(VENUES)
    rows = [("VENUE", f"{venue}, {city.title()}"), ("DATE", f"{rng.ri(1, 28)} {D.MONTHS[rng.ri(0, 11)]} {rng.ri(2025, 2026)}"),
            ("GATE / SEAT", f"Gate {rng.ri(1, 9)} · Row {rng.pick('ABCDEFGHJK')} · Seat {rng.ri(1, 40)}"),
            ("PRICE", rng.pick(["$45.00", "£32.50", "€28.00", "R350", "₹1,200", "NZ$39.00"]))]
    y = 28 * u
    for k_, v in rows:
        T.text(4 * u, y, k_, F("sans", 4 * u), (110, 110, 110, 255))
        T.text(4 * u, y + 5 * u, v, fit_font("sans_b", v, tw * 0.6, 7 * u), (20, 20, 20, 255))
        y += 17 * u
    for yy in range(0, int(th), int(4 * u)):
        T.line([(tw * 0.7, yy), (tw * 0.7, yy + 2 * u)], (150, 150, 150, 255), max(1, int(0.4 * u)))
    payload = clean_qr(rng, "ticket")
    n = Layer.qr_modules(payload)
    mod = max(6, int(min(tw * 0.26, th * 0.72) / (n + 8)))
    qs = n * mod
    if ctx.qr is not None:
        T.qr(tw * 0.85 - qs / 2, th * 0.45 - qs / 2, payload, mod, ())
    else:
        T.barcode((tw * 0.74, 20 * u, tw * 0.96, 70 * u), rng)
    T.text(tw * 0.85, 88 * u, "ADMIT ONE", F("sans_b", 5 * u), (20, 20, 20, 255), anchor="mm")
    place(ctx, L, T, rot=rng.uni(-12, 12), tilt=(rng.uni(-0.08, 0.08), rng.uni(-0.1, 0.1)))
    return finish(ctx, L)


STOPS = {"UK": ["City Centre", "Piccadilly", "University", "Royal Infirmary", "Fallowfield", "Didsbury Village"],
         "IE": ["City Centre", "Patrick Street", "University Hospital", "Bishopstown", "Ballincollig"],
         "AU": ["City", "Central Station", "Uni", "Hospital", "Beach Rd", "Shopping Centre"],
         "NZ": ["Britomart", "Queen St", "Newmarket", "Remuera", "Ellerslie", "Penrose"],
         "US": ["Downtown", "Transit Center", "State University", "Main St", "Park & Ride", "Airport"],
         "CA": ["Union Station", "Queen St", "Kipling", "Humber College", "Square One"],
         "IN": ["Majestic", "MG Road", "Indiranagar", "Domlur", "Marathahalli", "Whitefield"],
         "ZA": ["Civic Centre", "Adderley St", "Gardens", "Rondebosch", "Claremont", "Wynberg"]}


def bus_timetable(ctx):
    rng = ctx.rng
    L = canvas(ctx, rng.pick(["metal", "wall", "brick"]), orient="P")
    pw, ph = obj_size(L, rng.uni(0.72, 0.84), 0.72, 0.9)
    P = Layer(pw, ph, (255, 255, 255, 255))
    u = ph / 100.0
    col = rng.pick([(220, 40, 40), (0, 90, 170), (0, 130, 80), (240, 150, 0)])
    route = str(rng.ri(1, 99)) + rng.pick(["", "", "A", "X"])
    stops = STOPS[ctx.region]
    P.rect((0, 0, pw, 12 * u), fill=rgba(col))
    P.text(3 * u, 6 * u, f"Route {route}", F("sans_b", 6 * u), (255, 255, 255, 255), anchor="lm")
    P.text(pw - 3 * u, 6 * u, f"to {stops[-1]}", fit_font("sans_b", "to " + stops[-1], pw * 0.55, 4.5 * u),
           (255, 255, 255, 255), anchor="rm")
    P.text(3 * u, 15 * u, "Monday to Friday", F("sans_b", 3.2 * u), (20, 20, 20, 255))
    y = 21 * u
    n = min(len(stops), 6)
    cw = (pw - 31 * u) / 5
    f = F("sans", 2.4 * u)
    base = rng.ri(6, 8) * 60 + rng.ri(0, 20)
    for i, s in enumerate(stops[:n]):
        P.text(3 * u, y, s, fit_font("sans", s, 26 * u, 2.8 * u), (20, 20, 20, 255))
        for j in range(5):
            t = base + j * 20 + i * 6
            P.text(30 * u + j * cw, y, f"{(t // 60) % 24:02d}:{t % 60:02d}", f, (40, 40, 40, 255))
        y += 5 * u
        P.line([(3 * u, y - 1 * u), (pw - 3 * u, y - 1 * u)], (220, 220, 220, 255), 1)
    y += 6 * u
    P.text(3 * u, y, "Saturday, Sunday & Public Holidays", F("sans_b", 3.2 * u), (20, 20, 20, 255))
    y += 6 * u
    for i, s in enumerate(stops[:n]):
        P.text(3 * u, y, s, fit_font("sans", s, 26 * u, 2.8 * u), (20, 20, 20, 255))
        for j in range(4):
            t = base + 60 + j * 30 + i * 6
            P.text(30 * u + j * cw, y, f"{(t // 60) % 24:02d}:{t % 60:02d}", f, (40, 40, 40, 255))
        y += 5 * u
    P.text(3 * u, 95 * u, f"Times are approximate. Journey planner: www.{rng.pick(['metrobus', 'citylink', 'transitnow'])}.com",
           F("sans", 2.3 * u), (80, 80, 80, 255))
    place(ctx, L, P, rot=rng.uni(-3, 3), tilt=(rng.uni(-0.12, 0.12), rng.uni(-0.1, 0.1)))
    return finish(ctx, L)
