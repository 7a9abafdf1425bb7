"""Clean scenes: lots of public text, no private data."""
from core import Layer, font, SANS, SANS_BOLD, SERIF, SERIF_BOLD, ITALIC, MONO, BOLD, draw_qr, qr_size, fit_font, line_h
from scenes import (photo, card, centred_lines, phone_size, status_bar, game_bg, deep, pastel, rgb, ink_on, clean_qr,
                    page_base, finish_doc, paragraph)

TEAMS = ['Northbridge City', 'Harbour United', 'Redcliffe Rovers', 'Kingsport Athletic', 'Eastvale Wanderers',
         'Port Ashby FC', 'Sterling Albion', 'Marlow Town', 'Coastline Mariners', 'Granite Bay Rangers',
         'Westhaven Rockets', 'Silverlake Stars']
CELEBS = ['Dana Starling', 'Marcus Vell', 'Luna Okoro', 'The Neon Foxes', 'Jett Rivera', 'Ayla Monroe', 'DJ Kavalier']
FILMS = [('STARFALL', 'The sky is only the beginning'), ('THE LAST LIGHTHOUSE', 'Every storm ends'),
         ('ROBO RANCH', 'Giddy-up, gears!'), ('MIDNIGHT EXPRESS 2099', 'Next stop: tomorrow'),
         ('PAPER DRAGONS', 'Fold your fear')]
BOOKS = [('The Clockwork Garden', 'Eleanor Vane'), ('Captain Nebula and the Moon Pirates', 'R. J. Hollis'),
         ('Whispers in the Willow', 'Amira Castell'), ('The Maths Monster', 'Tom Bright'),
         ('Secrets of the Deep Sea', 'Dr. Lena Marsh')]
BRANDS = [('CRUNCHOS', 'Honey Oat Clusters'), ('FIZZLIME', 'Sparkling Lime Soda'), ('NUTTY BEAR', 'Peanut Butter Bars'),
          ('SUNPOP', 'Sweet Corn Puffs'), ('OCEAN BITES', 'Fish Crackers')]
CITIES = ['London', 'Sydney', 'Toronto', 'Dublin', 'Auckland', 'Mumbai', 'Cape Town', 'Chicago', 'Melbourne']


def _text(x):
    return ''.join(t if isinstance(t, str) else t[0] for t in (x if isinstance(x, list) else [x]))


def poster(ctx, w, h, items, bg, frac=0.6, bgkind='wall', qr=False, top=None):
    r = ctx.r
    L = card(w, h, bg, radius=r.choice([0, 20]))
    y = top or h * 0.08
    y = centred_lines(L, y, items, maxw=w * 0.88, gap=1.35)
    if qr:
        pay = clean_qr(r)
        mod = max(6, int(w * 0.22 / 37))
        q = qr_size(pay, mod)
        draw_qr(L, w - q - 30, h - q - 30, pay, mod)
    return photo(ctx, [(L, frac)], bgkind=bgkind, persp=0.04, rot=5)


def league_table(ctx):
    r = ctx.r
    W, H = phone_size(r, landscape=r.random() < 0.4)
    s = min(W, H) / 360
    dark = r.random() < 0.5
    bg = (15, 18, 30) if dark else (250, 250, 252)
    fg = (235, 235, 240) if dark else (20, 20, 30)
    L = Layer(W, H, bg + (255,))
    status_bar(L, s, fg + (255,), r)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    L.text((16 * s, 36 * s), r.choice(['Premier Division', 'Championship', 'National League One']) + ' 2024/25',
           fit_font(fb, 'x' * 34, W - 32 * s, 20 * s), fg)
    y = 76 * s
    f = font(fp, 13 * s)
    cols = ['P', 'W', 'D', 'L', 'Pts']
    for j, c in enumerate(cols):
        L.text((W - (5 - j) * 36 * s, y), c, font(fb, 12 * s), fg)
    y += 24 * s
    teams = TEAMS[:]
    r.shuffle(teams)
    for i, t in enumerate(teams):
        if y + 30 * s > H:
            break
        L.text((16 * s, y), f'{i + 1}', f, fg)
        L.text((44 * s, y), t, f, fg)
        pl = r.randint(20, 30); wn = r.randint(3, pl - 5); dr = r.randint(0, pl - wn); ls = pl - wn - dr
        for j, v in enumerate([pl, wn, dr, ls, wn * 3 + dr]):
            L.text((W - (5 - j) * 36 * s, y), str(v), f, fg)
        y += 28 * s
    return dict(layer=L, family='screen', fx={})


def scoreboard(ctx):
    r = ctx.r
    w, h = 2400, 1100
    L = card(w, h, (10, 10, 12, 255), radius=10)
    a, b = r.sample(TEAMS, 2)
    fm = r.choice(MONO + SANS_BOLD)
    amber = (255, 190, 30)
    L.text((w * 0.25, 80), a.upper(), fit_font(fm, a.upper(), w * 0.45, 110), amber, anchor='c')
    L.text((w * 0.75, 80), b.upper(), fit_font(fm, b.upper(), w * 0.45, 110), amber, anchor='c')
    L.text((w * 0.25, 300), str(r.randint(0, 5)), font(fm, 420), (255, 60, 40), anchor='c')
    L.text((w * 0.75, 300), str(r.randint(0, 5)), font(fm, 420), (255, 60, 40), anchor='c')
    L.text((w / 2, 850), f"{r.randint(1, 90)}:{r.randint(0, 59):02d}", font(fm, 160), amber, anchor='c')
    return photo(ctx, [(L, 0.8)], bgkind='street', persp=0.05, rot=3)


def celeb_poster(ctx):
    r = ctx.r
    c = r.choice(CELEBS)
    bg = deep(r)
    w, h = 1600, 2300
    fg = ink_on(bg, r)
    items = [('LIVE IN CONCERT', r.choice(SANS_BOLD), 90, fg), (c.upper(), r.choice(BOLD), 170, fg)]
    L = card(w, h, bg)
    L.draw.rectangle([250, 600, w - 250, 1500], fill=(200, 200, 205, 255))
    L.text((w / 2, 1000), '[photo]', font(r.choice(SANS), 70), (120, 120, 120), anchor='c')
    centred_lines(L, 120, items, maxw=w * 0.9)
    centred_lines(L, 1580, [(r.choice(['WORLD TOUR 2025', 'THE COMEBACK TOUR', 'ONE NIGHT ONLY']), r.choice(SANS_BOLD), 90, fg),
                            ('Wembley Arena - 12 July', r.choice(SANS), 70, fg),
                            ('Tickets from ticketzone.example.com', r.choice(SANS), 54, fg)], maxw=w * 0.9)
    return photo(ctx, [(L, 0.55)], bgkind=r.choice(['wall', 'street']), persp=0.04, rot=4)


def movie_poster(ctx):
    r = ctx.r
    t, tag = r.choice(FILMS)
    bg = rgb(r, 0, 70)
    return poster(ctx, 1600, 2400, [(tag, r.choice(ITALIC), 70, (230, 230, 230)), ('', r.choice(SANS), 300, (0, 0, 0)),
                                    (t, r.choice(BOLD), 190, (255, 210, 80)),
                                    ('A Silverframe Pictures Release', r.choice(SANS), 54, (220, 220, 220)),
                                    ('IN CINEMAS ' + r.choice(['JULY 18', 'THIS CHRISTMAS', 'SUMMER 2025']),
                                     r.choice(SANS_BOLD), 90, (255, 255, 255)),
                                    ('Rated PG', r.choice(SANS), 50, (200, 200, 200))], bg, frac=0.5)


def book_cover(ctx):
    r = ctx.r
    t, a = r.choice(BOOKS)
    bg = pastel(r) if r.random() < 0.5 else deep(r)
    fg = ink_on(bg, r)
    return poster(ctx, 1400, 2100, [(t.split(' ')[0] + ' ' + ' '.join(t.split(' ')[1:3]), r.choice(SERIF_BOLD + BOLD), 140, fg),
                                    (' '.join(t.split(' ')[3:]), r.choice(SERIF_BOLD + BOLD), 140, fg),
                                    ('', r.choice(SANS), 500, fg),
                                    (a.upper(), r.choice(SANS_BOLD + SERIF), 90, fg),
                                    ('"A thrilling read" - The Daily Chronicle', r.choice(ITALIC), 50, fg),
                                    ('Puffinwing Books', r.choice(SANS), 50, fg)], bg, frac=0.45, bgkind='wood')


def packaging(ctx):
    r = ctx.r
    b, sub = r.choice(BRANDS)
    bg = deep(r)
    fg = ink_on(bg, r)
    return poster(ctx, 1500, 2100, [(b, r.choice(BOLD), 230, fg), (sub, r.choice(SANS), 90, fg),
                                    ('NEW! 30% LESS SUGAR', r.choice(SANS_BOLD), 80, (255, 230, 0)),
                                    ('Net wt 375 g', r.choice(SANS), 60, fg),
                                    ('Energy 1620 kJ  Fat 8.1 g  Sugars 12 g', r.choice(MONO + SANS), 48, fg),
                                    ('Best before: see top of pack', r.choice(SANS), 48, fg)], bg, frac=0.5,
                  bgkind='wood', qr=ctx.qr is not None)


def public_website(ctx):
    r = ctx.r
    W, H = r.choice([(1920, 1080), (1366, 768), (1440, 900)]) if r.random() < 0.5 else phone_size(r)
    s = min(W, H) / 360 if W < H else H / 540
    L = Layer(W, H, (255, 255, 255, 255))
    col = deep(r)
    L.draw.rectangle([0, 0, W, 60 * s], fill=col)
    fb = r.choice(SERIF_BOLD + SANS_BOLD); fp = r.choice(SANS + SERIF)
    L.text((16 * s, 14 * s), r.choice(['The Daily Chronicle', 'WorldNews Today', 'SportZone', 'ScienceKids Online']),
           font(fb, 24 * s), (255, 255, 255))
    heads = ['Council approves new harbour bridge design', 'Heatwave expected to ease by the weekend',
             'Scientists discover glowing deep-sea squid', 'National team names squad for summer tour',
             'Museum reopens dinosaur hall after renovation', 'How to grow tomatoes on a balcony',
             'Stock markets steady as interest rates hold', 'Review: the best family films this month']
    r.shuffle(heads)
    y = 80 * s
    for hd in heads:
        if y + 70 * s > H:
            break
        _, y = L.wrap(16 * s, y, [hd], font(fb, 17 * s), (20, 20, 20), W - 32 * s)
        L.text((16 * s, y), f'{r.randint(1, 59)} min ago  -  {r.choice(["World", "Local", "Sport", "Science"])}',
               font(fp, 11 * s), (120, 120, 120))
        y += 30 * s
    return dict(layer=L, family='screen', fx={})


def weather_app(ctx):
    r = ctx.r
    W, H = phone_size(r)
    s = W / 360
    L = Layer(W, H)
    game_bg(L, r)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    status_bar(L, s, (255, 255, 255, 255), r)
    L.text((W / 2, 70 * s), r.choice(CITIES), font(fp, 30 * s), (255, 255, 255), anchor='c')
    L.text((W / 2, 110 * s), f'{r.randint(-3, 34)}°', font(r.choice(SANS), 90 * s), (255, 255, 255), anchor='c')
    L.text((W / 2, 220 * s), r.choice(['Partly Cloudy', 'Sunny', 'Light Rain', 'Thunderstorms']), font(fp, 18 * s),
           (255, 255, 255), anchor='c')
    y = 280 * s
    for d in ['Today', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']:
        if y + 40 * s > H:
            break
        L.text((24 * s, y), d, font(fp, 16 * s), (255, 255, 255))
        L.text((W - 24 * s, y), f'{r.randint(0, 15)}°  {r.randint(16, 35)}°', font(fb, 16 * s), (255, 255, 255),
               anchor='r')
        y += 40 * s
    return dict(layer=L, family='screen', fx={})


def game_hud(ctx):
    r = ctx.r
    W, H = phone_size(r, landscape=True)
    s = H / 360
    L = Layer(W, H)
    game_bg(L, r)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS + MONO)
    L.draw.rectangle([16 * s, 16 * s, 176 * s, 30 * s], fill=(60, 0, 0, 255))
    L.draw.rectangle([16 * s, 16 * s, (16 + r.randint(30, 160)) * s, 30 * s], fill=(230, 40, 40, 255))
    L.text((16 * s, 36 * s), f'HP {r.randint(10, 100)}/100', font(fp, 12 * s), (255, 255, 255))
    L.text((W / 2, 14 * s), f'WAVE {r.randint(1, 30)}', font(fb, 22 * s), (255, 230, 120), anchor='c')
    L.text((W - 16 * s, 16 * s), f'SCORE {r.randint(1000, 99999)}', font(fb, 16 * s), (255, 255, 255), anchor='r')
    L.draw.ellipse([W - 120 * s, H - 120 * s, W - 16 * s, H - 16 * s], fill=(0, 0, 0, 150))
    y = H - 110 * s
    for t in ['Quest: Defeat the Stone Golem', 'Gold +25', 'Captain Rook: "Hold the line!"']:
        L.text((16 * s, y), t, font(fp, 13 * s), (255, 255, 255))
        y += 24 * s
    return dict(layer=L, family='screen', fx={})


def _doc(ctx, title, lines, qr=False):
    r = ctx.r
    class _P:  # region-neutral page choice
        reg = 'UK'
    L, k, dpi = page_base(r, _P())
    m = 60 * k
    L.text((L.w / 2, m), title, fit_font(r.choice(BOLD), title, L.w - 2 * m, 28 * k), deep(r), anchor='c')
    y = m + 60 * k
    for ln in lines:
        y = paragraph(L, m, y, k, ln, r, size=12)
    if qr:
        pay = clean_qr(r)
        mod = int(4 * k)
        draw_qr(L, int(L.w - m - qr_size(pay, mod)), int(L.h - m - qr_size(pay, mod)), pay, mod)
    return finish_doc(ctx, L)


def menu(ctx):
    r = ctx.r
    dishes = ['Margherita Pizza ... 12.50', 'Garlic Bread ... 5.00', 'Spaghetti Bolognese ... 14.00',
              'Caesar Salad ... 10.50', 'Fish & Chips ... 15.00', 'Kids Pasta ... 7.50', 'Tiramisu ... 6.50',
              'Lemonade ... 3.50', 'Vegetable Curry ... 13.00', 'Chocolate Brownie ... 6.00']
    r.shuffle(dishes)
    return _doc(ctx, r.choice(['Pasta Palace', 'The Golden Spoon', 'Harbourside Cafe']) + ' - Menu', dishes[:8],
                qr=ctx.qr is not None)


def recipe(ctx):
    r = ctx.r
    return _doc(ctx, r.choice(['Easy Banana Bread', 'Classic Pancakes', 'Rainbow Fruit Salad']),
                ['Ingredients: 2 cups flour, 3 ripe bananas, 1 egg, 1/2 cup sugar, 1 tsp baking soda, pinch of salt.',
                 'Method: 1. Preheat the oven to 180 C. 2. Mash the bananas in a bowl. 3. Mix in the egg and sugar.',
                 '4. Fold in the flour and baking soda. 5. Pour into a lined tin and bake for 50 minutes.',
                 'Serves 8. Preparation time 15 minutes. Source: Family Kitchen Magazine, issue 42.'])


def worksheet(ctx):
    r = ctx.r
    a = [f'{i}. {r.randint(2, 99)} {r.choice("+-x")} {r.randint(2, 20)} = ______' for i in range(1, 11)]
    return _doc(ctx, r.choice(['Times Tables Practice', 'Fractions Worksheet', 'Spelling Test']),
                ['Name: ____________________   Class: ________   Date: ________'] + a)


def road_sign(ctx):
    r = ctx.r
    green = r.random() < 0.5
    bg = (0, 100, 60, 255) if green else (0, 60, 150, 255)
    return poster(ctx, 2600, 1300, [(r.choice(['M4', 'A1', 'N7', 'Hwy 401', 'SH1']), r.choice(SANS_BOLD), 160, (255, 220, 0)),
                                    (f'{r.choice(["Reading", "Sydney", "Toronto", "Galway", "Hamilton"])}  {r.randint(3, 90)} km',
                                     r.choice(SANS_BOLD), 170, (255, 255, 255)),
                                    (f'{r.choice(["Airport", "City Centre", "Harbour", "Stadium"])}  {r.randint(3, 30)} km',
                                     r.choice(SANS_BOLD), 170, (255, 255, 255))], bg, frac=0.85, bgkind='street')


def shop_sign(ctx):
    r = ctx.r
    bg = deep(r)
    return poster(ctx, 2800, 900, [(r.choice(['FRESH BREAD DAILY', 'SUPERMART', 'BOOKS & MORE', 'PHONE REPAIRS']),
                                    r.choice(BOLD), 230, ink_on(bg, r)),
                                   ('Open 7 days  8am - 9pm', r.choice(SANS), 110, ink_on(bg, r))], bg, frac=0.9,
                  bgkind='street')


def museum_sign(ctx):
    r = ctx.r
    bg = (30, 30, 35, 255)
    return poster(ctx, 1800, 1400, [(r.choice(['Gallery 4', 'Hall of Oceans', 'Level 2']), r.choice(SERIF_BOLD), 130,
                                     (240, 220, 170)),
                                    (r.choice(['Ancient Egypt', 'Dinosaurs of the Cretaceous', 'Space Exploration']),
                                     r.choice(SERIF), 100, (255, 255, 255)),
                                    ('Open daily 10:00 - 17:00', r.choice(SANS), 70, (220, 220, 220)),
                                    ('Please do not touch the exhibits', r.choice(ITALIC), 60, (200, 200, 200))],
                  bg, frac=0.7, qr=ctx.qr is not None)


def ticket(ctx):
    r = ctx.r
    bg = pastel(r)
    return poster(ctx, 2400, 1000, [('ADMIT ONE', r.choice(BOLD), 130, (30, 30, 30)),
                                    (r.choice(['Northbridge City v Harbour United', 'Dana Starling - Live',
                                               'STARFALL (PG) - Screen 3']), r.choice(SANS_BOLD), 80, (30, 30, 30)),
                                    (f'Row {r.choice("ABCDEFGH")}  Seat {r.randint(1, 40)}  Gate {r.randint(1, 12)}',
                                     r.choice(MONO + SANS), 70, (30, 30, 30)),
                                    ('Sat 14 June 2025  19:30', r.choice(SANS), 60, (30, 30, 30))], bg, frac=0.8,
                  bgkind='wood', qr=ctx.qr is not None)


def bus_timetable(ctx):
    r = ctx.r
    w, h = 1800, 2200
    L = card(w, h, (255, 255, 255, 255))
    col = deep(r)
    L.draw.rectangle([0, 0, w, 260], fill=col)
    L.text((w / 2, 60), f'Route {r.randint(1, 99)}  {r.choice(["City - Airport", "Harbour - University", "Mall - Hospital"])}',
           fit_font(r.choice(SANS_BOLD), 'x' * 32, w - 100, 100), (255, 255, 255), anchor='c')
    f = font(r.choice(MONO + SANS), 56)
    stops = ['Central Station', 'Market Square', 'Library', 'Hospital', 'Riverside', 'University', 'Airport']
    y = 320
    for st in stops:
        L.text((60, y), st, f, (20, 20, 20))
        x = 760
        for _ in range(4):
            L.text((x, y), f'{r.randint(6, 22):02d}:{r.choice(["05", "20", "35", "50"])}', f, (20, 20, 20))
            x += 250
        y += 100
    L.text((60, y + 60), 'Timetable valid from 1 March. Visit greenvalley-buses.example.com', font(r.choice(SANS), 44),
           (80, 80, 80))
    return photo(ctx, [(L, 0.6)], bgkind='street', persp=0.05, rot=3)
