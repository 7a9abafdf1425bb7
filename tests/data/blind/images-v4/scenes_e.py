"""Clean images (part 2): recipes, memes, calendars, HUDs, worksheets, chain shops, road signs, brand QR,
clocks, bus timetables, quotes."""
import calendar
import math
import random

from common import (Canvas, Scaled, card, scaled_card, photo_bg, bg_gradient, bg_photo, add_shapes, finish, mix,
                    tlen)
from scenes_a import status_bar
from scenes_b import _photo, _fit_k, _place, _fit_size, rng_choice

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def recipe(seed, idx=0, W=2448, H=3264, fmt='jpg', q=84, angle=-5):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'fridge']))
    t, ings, steps = [
        ('Chocolate Chip Cookies', ['225g butter', '200g brown sugar', '2 eggs', '300g plain flour',
                                    '1 tsp baking soda', '200g chocolate chips'],
         ['Heat oven to 180C.', 'Cream butter and sugar.', 'Beat in the eggs.', 'Fold in flour and chips.',
          'Bake 10-12 minutes.']),
        ('Banana Pancakes', ['2 ripe bananas', '2 eggs', '100g self-raising flour', '150ml milk', 'pinch of salt'],
         ['Mash the bananas.', 'Whisk in eggs and milk.', 'Stir in flour.', 'Cook 2 min each side.'])][idx]
    nw, nh = 1000, 1300
    rc, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (255, 253, 245))
    s.text((500, 50), t, 'fserif_b', _fit_size(t, 'fserif_b', 72, 900), (150, 50, 30), anchor='ma')
    s.text((60, 170), 'Serves 4  |  Prep 15 min  |  Cook 12 min', 'sans', 30, (90, 90, 90))
    s.text((60, 250), 'Ingredients', 'sans_b', 40, BLACK)
    y = 310
    for i in ings:
        s.text((80, y), '- ' + i, 'sans', 32, (30, 30, 30))
        y += 48
    s.text((60, y + 30), 'Method', 'sans_b', 40, BLACK)
    y += 90
    for n, st in enumerate(steps):
        s.text((80, y), '%d. %s' % (n + 1, st), 'sans', 32, (30, 30, 30))
        y += 52
    _place(c, rc, rng, angle)
    return finish(c, 'recipe card (clean)', fmt, q, noise=5, seed=seed, light=0.3, blur=0.6, clean=True)


def meme(seed, idx=0, W=1080, H=1080, fmt='jpg', q=60):
    rng = random.Random(seed)
    top, bot = [('WHEN THE TEACHER SAYS', 'PENS DOWN'), ('ME AFTER ONE', 'MATHS QUESTION'),
                ('NOBODY:', 'MY CAT AT 3AM')][idx]
    c = Canvas(W, H, img=bg_photo(W, H, rng, shapes=30, blur=6))
    c.ellipse((W * 0.3, H * 0.3, W * 0.4, H * 0.45), fill=(rng.randrange(100, 200), 140, 100))
    for txt, y in ((top, H * 0.08), (bot, H * 0.9)):
        c.text((W / 2, y), txt, 'sans_b', _fit_size(txt, 'sans_b', 96, W - 40), WHITE, anchor='mm', stroke=5,
               stroke_fill=BLACK)
    return finish(c, 'meme with top and bottom caption (clean)', fmt, q, clean=True)


HOLIDAYS = {('UK', 12): {25: 'Christmas Day', 26: 'Boxing Day'}, ('IN', 10): {2: 'Gandhi Jayanti', 20: 'Diwali'},
            ('NZ', 2): {6: 'Waitangi Day'}, ('US', 7): {4: 'Independence Day'}, ('IE', 3): {17: "St Patrick's Day"},
            ('AU', 1): {26: 'Australia Day'}, ('ZA', 4): {27: 'Freedom Day'}, ('CA', 7): {1: 'Canada Day'}}


def wall_calendar(seed, region='UK', month=12, W=3000, H=4000, fmt='jpg', q=86, angle=2):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wall', 'fridge', 'cork']))
    nw, nh = 1000, 1300
    cal, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), WHITE)
    s.rect((0, 0, 1000, 420), fill=mix((rng.randrange(256), rng.randrange(256), rng.randrange(256)), WHITE, .2))
    for _ in range(8):
        s.ellipse((rng.randrange(0, 900), rng.randrange(0, 320), rng.randint(60, 200), rng.randint(60, 200)),
                  fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    s.text((500, 450), '%s 2025' % calendar.month_name[month].upper(), 'sans_b', 64, (180, 30, 30), anchor='ma')
    days = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
    for i, d in enumerate(days):
        s.text((80 + i * 140, 550), d, 'sans_b', 26, (100, 100, 100), anchor='ma')
    hol = HOLIDAYS.get((region, month), {})
    for wk, week in enumerate(calendar.monthcalendar(2025, month)):
        for i, d in enumerate(week):
            if not d:
                continue
            x, y = 80 + i * 140, 600 + wk * 120
            s.text((x, y), str(d), 'sans', 40, (180, 30, 30) if (i >= 5 or d in hol) else BLACK, anchor='ma')
            if d in hol:
                s.text((x, y + 50), hol[d], 'sans', _fit_size(hol[d], 'sans', 18, 135), (180, 30, 30), anchor='ma')
    _place(c, cal, rng, angle)
    return finish(c, 'wall calendar with public holidays (clean, %s)' % region, fmt, q, noise=5, seed=seed,
                  light=0.3, clean=True)


def game_hud(seed, W=1920, H=1080, fmt='png', q=90, style=0):
    rng = random.Random(seed)
    c = Canvas(W, H, img=add_shapes(bg_gradient(W, H, (90, 170, 255), (60, 180, 80)), rng, 60, alpha=(150, 255),
                                    blur=0))
    s = W / 1920.0
    f = ['mono_b', 'sans_b', 'fmono_b'][style % 3]
    c.text((int(40 * s), int(30 * s)), 'SCORE %06d' % rng.randint(0, 999999), f, int(48 * s), WHITE, stroke=3,
           stroke_fill=BLACK)
    c.text((W // 2, int(30 * s)), 'LEVEL %d-%d' % (rng.randint(1, 8), rng.randint(1, 4)), f, int(48 * s),
           (255, 230, 0), anchor='ma', stroke=3, stroke_fill=BLACK)
    c.text((W - int(40 * s), int(30 * s)), 'x%d' % rng.randint(1, 5), f, int(48 * s), (255, 80, 80), anchor='ra',
           stroke=3, stroke_fill=BLACK)
    c.text((W - int(40 * s), int(100 * s)), 'TIME %03d' % rng.randint(10, 400), f, int(36 * s), WHITE, anchor='ra',
           stroke=3, stroke_fill=BLACK)
    c.text((int(40 * s), H - int(90 * s)), 'COINS %d   GEMS %d' % (rng.randint(0, 999), rng.randint(0, 99)), f,
           int(36 * s), WHITE, stroke=3, stroke_fill=BLACK)
    if style == 1:
        c.text((W // 2, H // 2), 'GAME OVER', 'sans_b', int(150 * s), (255, 60, 60), anchor='mm', stroke=6,
               stroke_fill=BLACK)
        c.text((W // 2, H // 2 + int(130 * s)), 'HIGH SCORE 128450', 'sans_b', int(50 * s), WHITE, anchor='mm')
    return finish(c, 'video game HUD with score and level (clean)', fmt, q, clean=True)


def maths_worksheet(seed, W=2480, H=3508, fmt='png', q=90, angle=0, photo=False):
    rng = random.Random(seed)
    if photo:
        rng, c = _photo(seed, W, H, 'wood')
    nw, nh = 1000, 1414
    k = (_fit_k(W, H, nw, nh, 0.85, angle) if photo else W / nw)
    ws, s = scaled_card(nw, nh, k, WHITE)
    s.text((60, 50), 'Name: ______________________   Date: __________', 'sans', 28, BLACK)
    s.text((500, 130), 'Fractions and Decimals - Practice', 'sans_b', 40, BLACK, anchor='ma')
    y = 230
    for i in range(12):
        a, b = rng.randint(1, 9), rng.randint(2, 12)
        col = i % 2
        s.text((80 + col * 460, y), '%d)  %d/%d = ______' % (i + 1, a, b), 'sans', 34, BLACK)
        if col:
            y += 110
    s.text((60, y + 40), 'Challenge: 0.75 + 1.5 x 4 = ?', 'sans_b', 34, BLACK)
    s.text((500, 1360), 'Page 14', 'sans', 24, (120, 120, 120), anchor='ma')
    if photo:
        _place(c, ws, rng, angle)
        return finish(c, 'blank maths worksheet photographed (clean)', fmt, q, noise=5, seed=seed, light=0.3,
                      clean=True)
    c = Canvas(W, H, WHITE)
    c.paste_canvas(ws, W / 2, H / 2)
    return finish(c, 'scanned blank maths worksheet (clean)', fmt, q, clean=True)


SHOPS = [('TESCO', (0, 83, 159), WHITE), ('Walmart', (0, 113, 206), (255, 194, 32)), ('Woolworths', (18, 140, 70), WHITE),
         ('Boots', (5, 30, 110), WHITE), ('Pick n Pay', (230, 30, 40), WHITE), ('Reliance Digital', (200, 20, 40), WHITE)]


def shop_sign(seed, idx=0, W=4000, H=3000, fmt='jpg', q=82, angle=0, blur=1.0):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['bricks', 'outdoor', 'wall']))
    nm, bg, fg = SHOPS[idx]
    nw, nh = 2000, 420
    sg, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.9, angle), bg)
    s.text((1000, 210), nm, 'lsans_b', _fit_size(nm, 'lsans_b', 300, 1800), fg, anchor='mm')
    c.rect((W * 0.1, H * 0.45, W * 0.8, H * 0.55), fill=(60, 70, 80))
    for i in range(4):
        c.rect((W * (0.13 + i * 0.195), H * 0.5, W * 0.17, H * 0.45), fill=(150, 180, 200))
    c.text((W * 0.5, H * 0.56), 'OPEN 7AM - 10PM', 'sans_b', W // 50, WHITE, anchor='mm')
    c.paste_canvas(sg, W / 2, H * 0.3, angle=angle, shadow=4)
    return finish(c, 'big chain shop front sign (clean)', fmt, q, blur=blur, noise=6, seed=seed, light=0.35,
                  clean=True)


ROADS = [('UK', [('London', '24'), ('Heathrow', '31'), ('M25', '')], (20, 60, 150), WHITE),
         ('AU', [('Sydney CBD', '12 km'), ('Parramatta', '24 km'), ('M4', '')], (20, 110, 60), WHITE),
         ('CA', [('Toronto', '38 km'), ('Montreal', '540 km'), ('401', '')], (20, 110, 60), WHITE),
         ('US', [('Chicago', '14'), ('Milwaukee', '92'), ('I-94', '')], (20, 110, 60), WHITE)]


def road_sign(seed, idx=0, W=3000, H=2000, fmt='jpg', q=80, angle=2, blur=1.5):
    rng, c = _photo(seed, W, H, 'outdoor')
    reg, lines, bg, fg = ROADS[idx]
    nw, nh = 1400, 800
    sg, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh + 300, 0.75, angle), bg, radius=30, outline=fg, width=12)
    y = 80
    for a, b in lines:
        if b:
            s.text((80, y), a, 'lsans_b', 130, fg)
            s.text((1320, y), b, 'lsans_b', 130, fg, anchor='ra')
        else:
            s.rect((80, y, 300, 150), fill=(200, 30, 30) if reg != 'US' else (20, 60, 150), radius=16)
            s.text((230, y + 75), a, 'lsans_b', 100, WHITE, anchor='mm')
        y += 220
    for px in (W * 0.4, W * 0.6):
        c.rect((px, H * 0.45, W * 0.012, H * 0.55), fill=(120, 120, 125))
    c.paste_canvas(sg, W / 2, H * 0.4, angle=angle, shadow=5)
    return finish(c, 'road direction sign to big cities (clean, %s)' % reg, fmt, q, blur=blur, noise=6, seed=seed,
                  light=0.3, clean=True)


BRAND_QR = [('IKEA', 'https://www.ikea.com/', 'Scan for assembly videos', (0, 81, 186), (255, 218, 26)),
            ('LEGO', 'https://www.lego.com/', 'Build more at', (215, 0, 0), (255, 255, 255)),
            ("McDonald's", 'https://www.mcdonalds.com/', 'Scan to order', (218, 41, 28), (255, 199, 44))]


def brand_qr(seed, idx=0, W=2048, H=1536, fmt='jpg', q=85, angle=-6, screen=False):
    b, url, cap, bg, fg = BRAND_QR[idx]
    if screen:
        rng = random.Random(seed)
        c = Canvas(W, H, bg)
        s = W / 540.0
        status_bar(c, s, WHITE)
        c.text((W / 2, int(100 * s)), b, 'sans_b', int(60 * s), fg, anchor='mm')
        c.text((W / 2, int(170 * s)), cap, 'sans', int(20 * s), WHITE, anchor='mm')
        c.qr(url, int(W / 2 - 29 * 8 * s / 2), int(220 * s), int(8 * s))
        c.text((W / 2, int(520 * s)), url.replace('https://', ''), 'sans', int(18 * s), WHITE, anchor='mm')
        return finish(c, 'brand app screen with official website QR (clean)', fmt, q, clean=True)
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'busy']))
    nw, nh = 1200, 900
    bx, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.75, angle), bg, radius=10)
    s.text((60, 60), b, 'sans_b', 150, fg)
    s.text((60, 300), cap, 'sans', 50, WHITE)
    s.text((60, 370), url.replace('https://', ''), 'sans_b', 50, WHITE)
    s.text((60, 780), 'Item 302.145.88  |  Made in Sweden' if idx == 0 else 'Ages 6+  |  412 pieces', 'sans', 36,
           WHITE)
    s.qr(url, 760, 330, 13, border=3)
    _place(c, bx, rng, angle)
    return finish(c, 'product box with brand website QR (clean)', fmt, q, noise=5, seed=seed, light=0.3, blur=0.6,
                  clean=True)


def clock(seed, W=2000, H=2000, fmt='jpg', q=88, digital=False):
    rng, c = _photo(seed, W, H, 'wall')
    if digital:
        c.rect((W * 0.1, H * 0.3, W * 0.8, H * 0.4), fill=(15, 15, 15), radius=int(W * 0.04))
        c.text((W / 2, H * 0.47), '%02d:%02d' % (rng.randint(0, 23), rng.randint(0, 59)), 'mono_b', int(W * 0.2),
               (255, 60, 40), anchor='mm')
        c.text((W / 2, H * 0.62), 'TUE 14 OCT   21.5°C', 'mono', int(W * 0.04), (255, 120, 90), anchor='mm')
    else:
        R = int(min(W, H) * 0.4)
        cx, cy = W // 2, H // 2
        c.ellipse((cx - R, cy - R, 2 * R, 2 * R), fill=WHITE, outline=(40, 40, 40), width=R // 15)
        for n in range(1, 13):
            a = math.radians(n * 30 - 90)
            c.text((cx + R * 0.78 * math.cos(a), cy + R * 0.78 * math.sin(a)), str(n), 'serif_b', R // 6, BLACK,
                   anchor='mm')
        hh, mm = rng.randint(1, 12), rng.randint(0, 59)
        for ang, ln, wd in (((hh % 12 + mm / 60) * 30, 0.5, R // 25), (mm * 6, 0.72, R // 40)):
            a = math.radians(ang - 90)
            c.line([(cx, cy), (cx + R * ln * math.cos(a), cy + R * ln * math.sin(a))], BLACK, wd)
        c.text((cx, cy + R * 0.35), 'QUARTZ', 'sans', R // 14, (90, 90, 90), anchor='mm')
    return finish(c, '%s clock on the wall (clean)' % ('digital' if digital else 'analogue'), fmt, q, noise=5,
                  seed=seed, light=0.3, blur=0.8, clean=True)


BUSES = [('38', 'Victoria - Clapton Pond', 'London Buses', (220, 30, 40)),
         ('333', 'Circular Quay - North Bondi', 'Transport for NSW', (0, 120, 190)),
         ('46A', "Phoenix Park - Dun Laoghaire", 'Dublin Bus', (250, 200, 0)),
         ('504', 'King - Dundas West Station', 'TTC Toronto', (200, 20, 30))]


def bus_timetable(seed, idx=0, W=3000, H=4000, fmt='jpg', q=85, angle=1, blur=1.0):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['outdoor', 'bricks']))
    num, route, op, col = BUSES[idx]
    nw, nh = 1000, 1400
    tt, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.8, angle), WHITE, outline=(80, 80, 80), width=8)
    s.rect((0, 0, 1000, 200), fill=col)
    s.text((40, 100), num, 'sans_b', 140, WHITE if idx != 2 else BLACK, anchor='lm')
    s.text((330, 60), route, 'sans_b', _fit_size(route, 'sans_b', 44, 640), WHITE if idx != 2 else BLACK)
    s.text((330, 130), op, 'sans', 32, WHITE if idx != 2 else BLACK)
    s.text((40, 240), 'Monday to Friday', 'sans_b', 36, BLACK)
    y = 300
    h0 = 6
    for r in range(14):
        s.text((40, y), '%02d' % (h0 + r), 'mono_b', 34, BLACK)
        mins = sorted(rng.sample(range(0, 60), rng.randint(3, 6)))
        s.text((140, y), '  '.join('%02d' % m for m in mins), 'mono', 34, (30, 30, 30))
        y += 70
    s.text((40, 1320), 'Times are approximate. Check the app for live updates.', 'sans', 24, (90, 90, 90))
    _place(c, tt, rng, angle)
    return finish(c, 'city bus line timetable at stop (clean)', fmt, q, noise=6, seed=seed, light=0.3, blur=blur,
                  clean=True)


def quote_poster(seed, W=1600, H=2000, fmt='png', q=90):
    rng = random.Random(seed)
    c = Canvas(W, H, img=bg_gradient(W, H, (250, 240, 220), (230, 200, 170)))
    c.text((W / 2, H * 0.35), '"Imagination is more', 'fserif_bi', 100, (60, 40, 30), anchor='mm')
    c.text((W / 2, H * 0.43), 'important than knowledge."', 'fserif_bi', 100, (60, 40, 30), anchor='mm')
    c.text((W / 2, H * 0.55), '- Albert Einstein', 'serif', 70, (100, 70, 50), anchor='mm')
    c.text((W / 2, H * 0.9), 'Science Week 2025', 'sans_b', 60, (160, 60, 40), anchor='mm')
    return finish(c, 'classroom quote poster by famous scientist (clean)', fmt, q, clean=True)


def nutrition(seed, W=2000, H=1500, fmt='webp', q=82, angle=-8):
    rng, c = _photo(seed, W, H, 'wood')
    nw, nh = 700, 900
    nl, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.5, angle), WHITE, outline=BLACK, width=6)
    s.text((30, 30), 'Nutrition Facts', 'lsans_b', 70, BLACK)
    s.line([(30, 120), (670, 120)], BLACK, 10)
    rows = [('Serving size', '30g'), ('Calories', '120'), ('Total Fat', '3g'), ('Sodium', '150mg'),
            ('Carbohydrate', '22g'), ('Sugars', '9g'), ('Protein', '2g'), ('Iron', '10%')]
    y = 150
    for a, b in rows:
        s.text((30, y), a, 'lsans', 40, BLACK)
        s.text((670, y), b, 'lsans_b', 40, BLACK, anchor='ra')
        s.line([(30, y + 70), (670, y + 70)], BLACK, 2)
        y += 88
    _place(c, nl, rng, angle)
    return finish(c, 'cereal box nutrition label (clean)', fmt, q, noise=5, seed=seed, light=0.3, clean=True)


SCENES = [
    ('recipe', recipe, dict(idx=0)),
    ('recipe', recipe, dict(idx=1, W=1200, H=1600, angle=8, fmt='webp', q=80)),
    ('meme', meme, dict(idx=0)),
    ('meme', meme, dict(idx=1, W=720, H=900, fmt='png')),
    ('meme', meme, dict(idx=2, W=1200, H=1200, fmt='webp', q=70)),
    ('calendar', wall_calendar, dict(region='UK', month=12)),
    ('calendar', wall_calendar, dict(region='IN', month=10, W=1536, H=2048, angle=-5, fmt='webp', q=85)),
    ('calendar', wall_calendar, dict(region='NZ', month=2, W=1200, H=1600, angle=4, fmt='png')),
    ('game_hud', game_hud, dict(style=0)),
    ('game_hud', game_hud, dict(style=1, W=1280, H=720, fmt='jpg', q=75)),
    ('maths_worksheet', maths_worksheet, dict()),
    ('maths_worksheet', maths_worksheet, dict(W=3024, H=4032, angle=-7, photo=True, fmt='jpg', q=80)),
    ('shop_sign', shop_sign, dict(idx=0)),
    ('shop_sign', shop_sign, dict(idx=1, W=3000, H=2000, angle=-3, fmt='webp', q=85)),
    ('shop_sign', shop_sign, dict(idx=2, W=2048, H=1536, angle=2, q=70, blur=2.0)),
    ('shop_sign', shop_sign, dict(idx=4, W=1600, H=1200, angle=-1, fmt='png', blur=0.5)),
    ('road_sign', road_sign, dict(idx=0)),
    ('road_sign', road_sign, dict(idx=1, W=4000, H=3000, angle=-4, q=90)),
    ('road_sign', road_sign, dict(idx=2, W=2048, H=1536, angle=6, fmt='webp', q=75)),
    ('brand_qr', brand_qr, dict(idx=0)),
    ('brand_qr', brand_qr, dict(idx=1, W=3000, H=2000, angle=9, fmt='png')),
    ('brand_qr', brand_qr, dict(idx=2, W=1080, H=1920, screen=True, fmt='png')),
    ('clock', clock, dict()),
    ('clock', clock, dict(digital=True, W=1600, H=1200, fmt='webp', q=90)),
    ('bus_timetable', bus_timetable, dict(idx=0)),
    ('bus_timetable', bus_timetable, dict(idx=1, W=2048, H=2732, angle=-4, fmt='png', blur=0.3)),
    ('quote_poster', quote_poster, dict()),
    ('nutrition', nutrition, dict()),
]
