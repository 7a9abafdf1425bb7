"""Scenes E: clean images with tempting but harmless text - sport, prices, menus, covers, posters, weather, memes."""
import math

from common import (Surface, font, fit_font, mix, done, registry, paper, tex_gradient, status_bar, UI_FONTS)
from scenes_c import photo_bg, place, obj_size

SCENES = []
sc = registry(SCENES)
C = dict(clean=True)


def board(ctx, bgcol=(15, 15, 18)):
    """Big photo with an LED/scoreboard-like panel; returns (s, panel surface, k)."""
    s = photo_bg(ctx, ctx.pick(['bokeh', 'concrete', 'grass']), portrait=False)
    w, h = obj_size(s, 0.8, 0.5)
    lay = Surface(w, h, bgcol)
    return s, lay, w / 1000


@sc(**C)
def football_scoreboard(ctx):
    rng = ctx.rng
    teams = ctx.pick([('ARSENAL', 'CHELSEA'), ('LIVERPOOL', 'EVERTON'), ('CELTIC', 'RANGERS'), ('LEEDS UTD', 'NEWCASTLE'),
                      ('TOTTENHAM', 'WEST HAM'), ('ASTON VILLA', 'BRIGHTON')])
    s, lay, k = board(ctx)
    amber = (255, 180, 30)
    lay.rect([10 * k, 10 * k, lay.w - 10 * k, lay.h - 10 * k], outline=(60, 60, 60), width=int(6 * k))
    for i, t in enumerate(teams):
        x = lay.w * (0.27 + 0.46 * i)
        lay.ctext(x, 70 * k, t, fit_font(t, 'mono_b', 70 * k, lay.w * 0.4), amber)
        lay.ctext(x, 170 * k, str(rng.randint(0, 4)), font('mono_b', 190 * k), (255, 255, 255))
    lay.ctext(lay.w / 2, 200 * k, '%d:%02d' % (rng.randint(1, 90), rng.randint(0, 59)), font('mono_b', 70 * k), (80, 255, 80))
    lay.ctext(lay.w / 2, lay.h - 80 * k, ctx.pick(['PREMIER LEAGUE', 'FA CUP - ROUND 4', 'SCOTTISH PREMIERSHIP']), font('mono', 40 * k), amber)
    place(ctx, s, lay, 4, shadow=False, cy=s.h * 0.4)
    return done(ctx, s, 'stadium scoreboard with club names and score (clean)', photo=True)


@sc(**C)
def basketball_scoreboard(ctx):
    rng = ctx.rng
    s, lay, k = board(ctx, (5, 5, 10))
    teams = ctx.pick([('LAKERS', 'CELTICS'), ('RAPTORS', 'KNICKS'), ('BULLS', 'HEAT'), ('WARRIORS', 'SPURS')])
    for i, t in enumerate(teams):
        x = lay.w * (0.22 + 0.56 * i)
        lay.ctext(x, 50 * k, t, font('sans_b', 60 * k), (255, 255, 255))
        lay.ctext(x, 140 * k, str(rng.randint(80, 120)), font('mono_b', 160 * k), (255, 60, 40))
        lay.ctext(x, 330 * k, 'FOULS %d   T.O.L %d' % (rng.randint(0, 6), rng.randint(0, 4)), font('mono', 30 * k), (255, 200, 0))
    lay.ctext(lay.w / 2, 90 * k, 'QTR %d' % rng.randint(1, 4), font('mono_b', 50 * k), (0, 220, 255))
    lay.ctext(lay.w / 2, 170 * k, '0%d:%02d' % (rng.randint(0, 9), rng.randint(0, 59)), font('mono_b', 90 * k), (255, 230, 0))
    place(ctx, s, lay, 5, shadow=False, cy=s.h * 0.4)
    return done(ctx, s, 'basketball arena scoreboard (clean)', photo=True)


@sc(**C)
def cricket_scoreboard(ctx):
    rng = ctx.rng
    s, lay, k = board(ctx, (10, 40, 20))
    teams = ctx.pick([('INDIA', 'AUSTRALIA'), ('ENGLAND', 'SOUTH AFRICA'), ('NEW ZEALAND', 'PAKISTAN'), ('IRELAND', 'WEST INDIES')])
    lay.ctext(lay.w / 2, 30 * k, '%s  v  %s' % teams, fit_font('%s  v  %s' % teams, 'sans_b', 60 * k, lay.w - 60 * k), (255, 255, 255))
    r, wk = rng.randint(120, 380), rng.randint(1, 9)
    lay.ctext(lay.w / 2, 120 * k, '%d / %d' % (r, wk), font('mono_b', 150 * k), (255, 255, 255))
    lay.ctext(lay.w / 2, 300 * k, 'OVERS %d.%d    RUN RATE %.2f    TARGET %d' % (rng.randint(20, 49), rng.randint(0, 5), rng.uniform(4, 8),
                                                                            rng.randint(200, 400)), fit_font('OVERS 44.4    RUN RATE 6.55    TARGET 321', 'mono', 40 * k, lay.w - 60 * k), (255, 220, 0))
    lay.ctext(lay.w / 2, 380 * k, 'LAST WICKET %d   EXTRAS %d' % (rng.randint(50, 300), rng.randint(2, 30)), font('mono', 36 * k), (200, 255, 200))
    place(ctx, s, lay, 4, shadow=False, cy=s.h * 0.42)
    return done(ctx, s, 'cricket scoreboard of national teams (clean)', photo=True)


@sc(**C)
def league_table(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    dark = rng.random() < .5
    bg, fg = ((18, 18, 22), (240, 240, 240)) if dark else ((255, 255, 255), (25, 25, 25))
    s = Surface(W, H, bg)
    status_bar(s, 44 * k, dark, '15:%02d' % rng.randint(0, 59), k)
    clubs = ctx.pick([['Arsenal', 'Man City', 'Liverpool', 'Aston Villa', 'Spurs', 'Chelsea', 'Newcastle', 'Man Utd', 'West Ham', 'Brighton',
                       'Wolves', 'Fulham', 'Bournemouth', 'Crystal Palace', 'Brentford', 'Everton', 'Nottm Forest', 'Leicester'],
                      ['Melbourne Storm', 'Penrith Panthers', 'Sydney Roosters', 'Cronulla Sharks', 'North Qld Cowboys', 'Canterbury Bulldogs',
                       'Manly Sea Eagles', 'Newcastle Knights', 'Canberra Raiders', 'Dolphins', 'St George Illawarra', 'Brisbane Broncos'],
                      ['Crusaders', 'Blues', 'Chiefs', 'Hurricanes', 'Brumbies', 'Highlanders', 'Reds', 'Waratahs', 'Fijian Drua', 'Moana Pasifika'],
                      ['Shamrock Rovers', 'Shelbourne', 'Derry City', 'St Patrick\'s Athletic', 'Bohemians', 'Galway United', 'Sligo Rovers',
                       'Waterford', 'Drogheda United', 'Dundalk']])
    s.text((16 * k, 60 * k), 'Table', font('sans_b', 26 * k), fg)
    heads = ['P', 'W', 'D', 'L', 'GD', 'Pts']
    y = 110 * k
    xs = [W - 16 * k - (len(heads) - i - 1) * 34 * k for i in range(len(heads))]
    for x, hd in zip(xs, heads):
        s.text((x, y), hd, font('sans_b', 12 * k), mix(fg, bg, 0.4), anchor='ra')
    y += 24 * k
    pts = 80
    fr = font('sans', 13 * k)
    for i, c in enumerate(clubs):
        if y + 28 * k > H:
            break
        pl = rng.randint(28, 34)
        w_ = rng.randint(5, 25)
        d_ = rng.randint(0, pl - w_)
        l_ = pl - w_ - d_
        pts = max(3, pts - rng.randint(0, 6))
        s.text((16 * k, y), str(i + 1), fr, fg)
        s.text((44 * k, y), c, fit_font(c, 'sans', 13 * k, W * 0.45), fg)
        for x, v in zip(xs, [pl, w_, d_, l_, rng.randint(-30, 40), pts]):
            s.text((x, y), str(v), fr, fg, anchor='ra')
        s.line([(16 * k, y + 22 * k), (W - 16 * k, y + 22 * k)], mix(fg, bg, 0.85), 1)
        y += 28 * k
    return done(ctx, s, 'sports league table screenshot (clean)')


@sc(**C)
def match_results(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size(landscape=rng.random() < .4)
    k = min(W / 390, H / 700)
    s = Surface(W, H, (245, 246, 250))
    pairs = ctx.pick([[('Collingwood', 'Carlton'), ('Richmond', 'Essendon'), ('Geelong', 'Hawthorn'), ('Sydney Swans', 'GWS Giants'),
                       ('West Coast', 'Fremantle'), ('Adelaide', 'Port Adelaide')],
                      [('Toronto FC', 'CF Montreal'), ('Vancouver Whitecaps', 'Seattle Sounders'), ('LA Galaxy', 'LAFC'),
                       ('Inter Miami', 'Orlando City'), ('NY Red Bulls', 'NYCFC')],
                      [('Kaizer Chiefs', 'Orlando Pirates'), ('Mamelodi Sundowns', 'SuperSport United'), ('Cape Town City', 'Stellenbosch'),
                       ('AmaZulu', 'Golden Arrows')],
                      [('Mumbai Indians', 'Chennai Super Kings'), ('Royal Challengers', 'Kolkata Knight Riders'), ('Delhi Capitals', 'Rajasthan Royals'),
                       ('Sunrisers Hyderabad', 'Punjab Kings')]])
    s.rect([0, 0, W, 90 * k], fill=(30, 40, 90))
    s.text((16 * k, 30 * k), 'Results  -  Round %d' % rng.randint(1, 24), font('sans_b', 22 * k), (255, 255, 255))
    y = 110 * k
    for a, b in pairs:
        if y + 80 * k > H:
            break
        s.rrect([12 * k, y, W - 12 * k, y + 72 * k], 10 * k, fill=(255, 255, 255))
        fa = fit_font(a, 'sans', 15 * k, W * 0.6)
        s.text((28 * k, y + 12 * k), a, fa, (30, 30, 30))
        s.text((28 * k, y + 40 * k), b, fit_font(b, 'sans', 15 * k, W * 0.6), (30, 30, 30))
        s.text((W - 28 * k, y + 12 * k), str(rng.randint(0, 120)), font('sans_b', 15 * k), (30, 30, 30), anchor='ra')
        s.text((W - 28 * k, y + 40 * k), str(rng.randint(0, 120)), font('sans_b', 15 * k), (30, 30, 30), anchor='ra')
        s.text((W - 80 * k, y + 26 * k), 'FT', font('sans', 12 * k), (120, 120, 120), anchor='ra')
        y += 82 * k
    return done(ctx, s, 'professional match results list (clean)')


# ---------------------------------------------------------------------------------------- prices & menus
@sc(**C)
def shelf_price_labels(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'plain', base=(230, 230, 225), amp=8, portrait=False)
    W, H = s.w, s.h
    cur = ctx.pick(['£', '$', '€', 'R', 'Rs '])
    items = ['Bananas', 'Apples Gala 6pk', 'Whole Milk 2L', 'Sourdough Loaf', 'Free Range Eggs 12', 'Cheddar 400g', 'Orange Juice 1L',
             'Pasta Fusilli 500g', 'Basmati Rice 1kg', 'Tomatoes 6pk', 'Greek Yoghurt', 'Cornflakes 500g']
    rng.shuffle(items)
    for row in range(3):
        y0 = H * (0.1 + row * 0.3)
        s.rect([0, y0 + H * 0.2, W, y0 + H * 0.24], fill=(200, 200, 205))
        for c in range(4):
            x0 = W * (0.04 + c * 0.24)
            s.rect([x0, y0, x0 + W * 0.2, y0 + H * 0.19], fill=mix((rng.randint(60, 220), rng.randint(60, 220), rng.randint(60, 220)), (255, 255, 255), 0.2))
            lw, lh = int(W * 0.18), int(H * 0.07)
            lab = Surface(lw, lh, ctx.pick([(255, 240, 0), (255, 255, 255)]))
            it = items[(row * 4 + c) % len(items)]
            lab.text((lw * 0.05, lh * 0.1), it, fit_font(it, 'sans_b', lh * 0.25, lw * 0.9), (20, 20, 20))
            price = '%s%d.%02d' % (cur, rng.randint(1, 6), rng.choice([0, 25, 49, 75, 99]))
            lab.text((lw * 0.95, lh * 0.95), price, font('sans_b', lh * 0.5), (200, 0, 0), anchor='rd')
            lab.text((lw * 0.05, lh * 0.9), '%s%.2f/kg' % (cur, rng.uniform(0.5, 12)), font('sans', lh * 0.16), (60, 60, 60), anchor='ld')
            s.paste_layer(lab, (x0 + W * 0.1, y0 + H * 0.22), rng.uniform(-2, 2))
    return done(ctx, s, 'supermarket shelf price labels (clean)', photo=True)


@sc(**C)
def cafe_chalkboard(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'wood', portrait=True)
    w, h = obj_size(s, 0.75, 1.3)
    k = w / 1000
    lay = Surface(w, h, (35, 40, 38))
    lay.rect([0, 0, w - 1, h - 1], outline=(120, 85, 50), width=int(30 * k))
    chalk = (240, 240, 230)
    fn = ctx.pick(['fsans_i', 'cond_i', 'fserif_i'])
    lay.hand((80 * k, 150 * k), 'COFFEE', 110 * k, chalk, rng, fname=fn, thick=True)
    y = 280 * k
    cur = ctx.pick(['£', '$', '€'])
    for it in ['Flat White', 'Cappuccino', 'Latte', 'Long Black', 'Hot Chocolate', 'Chai Latte', 'Babyccino', 'Banana Bread', 'Croissant']:
        if y > h - 100 * k:
            break
        lay.hand((80 * k, y), it, 60 * k, chalk, rng, fname=fn)
        lay.hand((w - 260 * k, y), '%s%d.%02d' % (cur, rng.randint(2, 5), rng.choice([0, 20, 50, 80])), 60 * k, (255, 220, 120), rng, fname=fn)
        y += 95 * k
    place(ctx, s, lay, 4)
    return done(ctx, s, 'cafe chalkboard menu with prices (clean)', photo=True)


@sc(**C)
def pizza_menu(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric']))
    lay = paper(*obj_size(s, 0.6, 1.4), ctx.nrng, base=(250, 245, 230))
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.ctext(w / 2, 50 * k, 'PIZZA', font('serif_b', 140 * k), (170, 30, 30))
    y = 260 * k
    cur = ctx.pick(['£', '$', '€', 'R', 'Rs '])
    for nm, desc in [('Margherita', 'tomato, mozzarella, basil'), ('Pepperoni', 'spicy pepperoni, mozzarella'), ('Hawaiian', 'ham, pineapple'),
                     ('Veggie Supreme', 'peppers, onion, olives, mushroom'), ('BBQ Chicken', 'chicken, red onion, bbq sauce'),
                     ('Four Cheese', 'mozzarella, cheddar, feta, parmesan'), ('Garlic Bread', 'with or without cheese')]:
        if y > h - 120 * k:
            break
        lay.text((70 * k, y), nm, font('serif_b', 52 * k), (30, 30, 30))
        lay.text((w - 70 * k, y), '%s%d.%d0' % (cur, rng.randint(5, 15), rng.randint(0, 9)), font('serif_b', 52 * k), (170, 30, 30), anchor='ra')
        lay.text((70 * k, y + 64 * k), desc, font('serif_i', 32 * k), (90, 90, 90))
        y += 140 * k
    place(ctx, s, lay, 10)
    return done(ctx, s, 'printed pizza menu with prices (clean)', photo=True)


@sc(**C)
def cereal_nutrition(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'plain', big=rng.random() < .6)
    lay = Surface(*obj_size(s, 0.45, 1.3), (255, 255, 255))
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.rect([20 * k, 20 * k, w - 20 * k, h - 20 * k], outline=(0, 0, 0), width=int(8 * k))
    lay.text((50 * k, 50 * k), 'Nutrition Facts', font('sans_b', 90 * k), (0, 0, 0))
    lay.text((50 * k, 170 * k), 'Serving size 30g (1 cup)', font('sans', 44 * k), (0, 0, 0))
    y = 260 * k
    for nm, v in [('Calories', '%d' % rng.randint(100, 160)), ('Total Fat', '%.1fg' % rng.uniform(0, 3)), ('Sodium', '%dmg' % rng.randint(100, 250)),
                  ('Carbohydrate', '%dg' % rng.randint(20, 28)), ('Sugars', '%dg' % rng.randint(2, 12)), ('Protein', '%dg' % rng.randint(2, 5)),
                  ('Iron', '%d%%' % rng.randint(10, 50)), ('Vitamin D', '%d%%' % rng.randint(5, 20))]:
        lay.line([(50 * k, y), (w - 50 * k, y)], (0, 0, 0), int(4 * k))
        lay.text((50 * k, y + 14 * k), nm, font('sans_b', 46 * k), (0, 0, 0))
        lay.text((w - 50 * k, y + 14 * k), v, font('sans', 46 * k), (0, 0, 0), anchor='ra')
        y += 90 * k
        if y > h - 120 * k:
            break
    place(ctx, s, lay, 12)
    return done(ctx, s, 'nutrition facts label (clean)', photo=True)


# ---------------------------------------------------------------------------------------- covers & posters
BOOKS = [('Treasure Island', 'Robert Louis Stevenson'), ('Pride and Prejudice', 'Jane Austen'), ('Little Women', 'Louisa May Alcott'),
         ('The Adventures of Tom Sawyer', 'Mark Twain'), ('Oliver Twist', 'Charles Dickens'), ('Jane Eyre', 'Charlotte Bronte'),
         ('The Jungle Book', 'Rudyard Kipling'), ('Alice\'s Adventures in Wonderland', 'Lewis Carroll'), ('Black Beauty', 'Anna Sewell'),
         ('The Wind in the Willows', 'Kenneth Grahame'), ('Anne of Green Gables', 'L. M. Montgomery'), ('Heidi', 'Johanna Spyri'),
         ('The Secret Garden', 'Frances Hodgson Burnett'), ('Peter Pan', 'J. M. Barrie'), ('Frankenstein', 'Mary Shelley')]


def book_cover(ctx, title, author, w, h):
    rng = ctx.rng
    c1 = (rng.randint(20, 200), rng.randint(20, 200), rng.randint(20, 200))
    lay = Surface.from_image(tex_gradient(w, h, c1, mix(c1, (0, 0, 0), 0.6)))
    k = w / 1000
    for _ in range(6):
        lay.circle(rng.random() * w, h * (0.4 + 0.3 * rng.random()), rng.uniform(40, 200) * k, fill=mix(c1, (255, 255, 255), rng.random() * 0.5))
    fn = ctx.pick(['serif_b', 'lserif_b', 'fserif_b', 'sans_b'])
    words = title.split(' ')
    lines, cur = [], ''
    for wd in words:
        if cur and font(fn, 110 * k).getlength(cur + ' ' + wd) > w - 120 * k:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + ' ' + wd).strip()
    lines.append(cur)
    y = 120 * k
    for ln in lines:
        f = fit_font(ln, fn, 110 * k, w - 100 * k)
        lay.ctext(w / 2, y, ln, f, (255, 255, 255), stroke=int(3 * k), stroke_fill=mix(c1, (0, 0, 0), 0.5))
        y += f.size * 1.2
    fa = fit_font(author.upper(), 'sans', 56 * k, w - 100 * k)
    lay.ctext(w / 2, h - 150 * k, author.upper(), fa, (255, 240, 200))
    return lay


@sc(**C)
def book_cover_classic(ctx):
    t, a = ctx.pick(BOOKS)
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'plain']))
    w, h = obj_size(s, 0.45, 1.5)
    place(ctx, s, book_cover(ctx, t, a, w, h), 15)
    return done(ctx, s, 'classic novel cover with author (clean)', photo=True)


@sc(**C)
def two_books_on_table(ctx):
    s = photo_bg(ctx, 'wood', portrait=False)
    picks = ctx.rng.sample(BOOKS, 2)
    w, h = obj_size(s, 0.3, 1.5)
    for i, (t, a) in enumerate(picks):
        place(ctx, s, book_cover(ctx, t, a, w, h), 12, cx=s.w * (0.28 + 0.44 * i), cy=s.h / 2)
    return done(ctx, s, 'two classic book covers with authors (clean)', photo=True)


@sc(**C)
def bookshelf_spines(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'wood', portrait=False, base=(90, 60, 40))
    W, H = s.w, s.h
    for shelf in range(2):
        y1 = H * (0.48 + shelf * 0.48)
        s.rect([0, y1, W, y1 + H * 0.03], fill=(70, 45, 25))
        x = W * 0.02
        books = rng.sample(BOOKS, len(BOOKS))
        for t, a in books:
            bw = W * rng.uniform(0.045, 0.07)
            bh = H * rng.uniform(0.32, 0.42)
            if x + bw > W * 0.98:
                break
            col = (rng.randint(20, 200), rng.randint(20, 200), rng.randint(20, 200))
            s.rect([x, y1 - bh, x + bw, y1], fill=col, outline=mix(col, (0, 0, 0), 0.4), width=3)
            txt = '%s  -  %s' % (t, a.split(' ')[-1])
            f = fit_font(txt, 'serif_b', bw * 0.42, bh * 0.9)
            lay = Surface(int(bh * 0.95), int(bw * 0.9), col)
            lay.text((lay.w / 2, lay.h / 2), txt, f, (245, 235, 200), anchor='mm')
            s.paste_layer(lay, (x + bw / 2, y1 - bh / 2), 90)
            x += bw + W * 0.003
    return done(ctx, s, 'bookshelf with classic titles on spines (clean)', photo=True)


@sc(**C)
def silent_film_poster(ctx):
    rng = ctx.rng
    films = [('METROPOLIS', 'a film by Fritz Lang', 'with Brigitte Helm'), ('THE KID', 'written and directed by Charles Chaplin', 'with Jackie Coogan'),
             ('THE GENERAL', 'starring Buster Keaton', 'United Artists 1926'), ('NOSFERATU', 'directed by F. W. Murnau', 'with Max Schreck')]
    t, l1, l2 = ctx.pick(films)
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete']), portrait=True)
    w, h = obj_size(s, 0.6, 1.45)
    k = w / 1000
    lay = Surface.from_image(tex_gradient(w, h, (30, 30, 35), (120, 100, 70)))
    lay.circle(w / 2, h * 0.45, 300 * k, fill=(200, 170, 110))
    lay.ctext(w / 2, 80 * k, t, fit_font(t, 'serif_b', 170 * k, w - 80 * k), (240, 220, 170))
    lay.ctext(w / 2, h - 300 * k, l1, fit_font(l1, 'serif_i', 54 * k, w - 80 * k), (240, 230, 210))
    lay.ctext(w / 2, h - 200 * k, l2, fit_font(l2, 'serif', 48 * k, w - 80 * k), (240, 230, 210))
    place(ctx, s, lay, 6)
    return done(ctx, s, 'classic silent film poster with director and actors (clean)', photo=True)


def quote_poster(ctx, name, years, quote, col):
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete', 'plain']), portrait=ctx.rng.random() < .5)
    w, h = obj_size(s, 0.55, 1.3)
    k = w / 1000
    lay = Surface.from_image(tex_gradient(w, h, col, mix(col, (255, 255, 255), 0.5)))
    lay.rect([60 * k, 80 * k, w - 60 * k, 640 * k], fill=mix(col, (0, 0, 0), 0.3))
    lay.person_figure([300 * k, 160 * k, w - 300 * k, 640 * k], (60, 60, 70), (220, 190, 160))
    lay.ctext(w / 2, 690 * k, name.upper(), fit_font(name.upper(), 'serif_b', 90 * k, w - 100 * k), (255, 255, 255))
    lay.ctext(w / 2, 800 * k, years, font('serif', 44 * k), (255, 255, 255))
    lay.para(80 * k, 900 * k, [('"%s"' % quote, None)], font('serif_i', 52 * k), (30, 30, 30), w - 160 * k, align='c')
    place(ctx, s, lay, 8)
    return s


@sc(**C)
def poster_einstein(ctx):
    s = quote_poster(ctx, 'Albert Einstein', '1879 - 1955', 'Imagination is more important than knowledge.', (40, 70, 140))
    return done(ctx, s, 'classroom poster of famous scientist with quote (clean)', photo=True)


@sc(**C)
def poster_curie(ctx):
    s = quote_poster(ctx, 'Marie Curie', 'Nobel Prize in Physics 1903 - Chemistry 1911', 'Nothing in life is to be feared, it is only to be understood.', (120, 40, 90))
    return done(ctx, s, 'classroom poster of famous scientist (clean)', photo=True)


@sc(**C)
def poster_mandela(ctx):
    s = quote_poster(ctx, 'Nelson Mandela', '18 July 1918 - 5 December 2013', 'Education is the most powerful weapon which you can use to change the world.', (20, 110, 60))
    return done(ctx, s, 'poster of famous statesman with dates (clean)', photo=True)


@sc(**C)
def poster_gandhi(ctx):
    s = quote_poster(ctx, 'Mahatma Gandhi', '2 October 1869 - 30 January 1948', 'Be the change that you wish to see in the world.', (200, 110, 30))
    return done(ctx, s, 'poster of famous historical leader with dates (clean)', photo=True)


@sc(**C)
def poster_shakespeare(ctx):
    s = quote_poster(ctx, 'William Shakespeare', 'Stratford-upon-Avon, 1564 - 1616', 'All the world\'s a stage.', (90, 60, 40))
    return done(ctx, s, 'poster of famous playwright with birthplace (clean)', photo=True)


@sc(**C)
def newspaper_moon(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric']))
    lay = paper(*obj_size(s, 0.6, 1.3), ctx.nrng, base=(238, 232, 215))
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.ctext(w / 2, 30 * k, 'THE DAILY HERALD', font('serif_b', 90 * k), (20, 20, 20))
    lay.line([(40 * k, 150 * k), (w - 40 * k, 150 * k)], (20, 20, 20), int(5 * k))
    lay.text((40 * k, 160 * k), 'Monday, July 21, 1969', font('serif', 30 * k), (40, 40, 40))
    fh = fit_font('ON THE MOON', 'serif_b', 150 * k, w - 100 * k)
    lay.ctext(w / 2, 230 * k, 'MAN WALKS', fh, (10, 10, 10))
    lay.ctext(w / 2, 400 * k, 'ON THE MOON', fh, (10, 10, 10))
    lay.rect([60 * k, 600 * k, w - 60 * k, 1000 * k], fill=(90, 90, 90))
    lay.circle(w / 2, 800 * k, 150 * k, fill=(190, 190, 190))
    txt = ('Neil Armstrong and Edwin "Buzz" Aldrin landed the lunar module Eagle in the Sea of Tranquility while Michael Collins '
           'orbited above in Columbia. Millions watched on television around the world.')
    lay.para(60 * k, 1030 * k, [(txt, None)], font('serif', 30 * k), (30, 30, 30), w - 120 * k)
    place(ctx, s, lay, 10)
    return done(ctx, s, 'historic newspaper front page with astronauts names (clean)', photo=True)


# ---------------------------------------------------------------------------------------- brand signs
CHAINS = {'UK': [('TESCO', 'Express'), ('Sainsbury\'s', 'Local'), ('Boots', 'Pharmacy'), ('Greggs', 'Bakery')],
          'US': [('Walmart', 'Save money. Live better.'), ('Target', 'Expect More. Pay Less.'), ('Walgreens', 'Pharmacy'), ('Starbucks', 'Coffee')],
          'IE': [('Dunnes Stores', 'Better Value'), ('SuperValu', 'Real Food'), ('Penneys', 'Primark'), ('Centra', 'Live everyday')],
          'CA': [('Tim Hortons', 'Always Fresh'), ('Canadian Tire', 'Let\'s get started'), ('Shoppers Drug Mart', 'Pharmacy'), ('Loblaws', 'Groceries')],
          'AU': [('Woolworths', 'The fresh food people'), ('Coles', 'Supermarkets'), ('Bunnings', 'Warehouse'), ('JB Hi-Fi', 'Always cheap')],
          'NZ': [('Countdown', 'Supermarket'), ('The Warehouse', 'Where everyone gets a bargain'), ('PAK\'nSAVE', 'Food warehouse'), ('Mitre 10', 'MEGA')],
          'IN': [('Reliance Fresh', 'Fresh & Fair'), ('Big Bazaar', 'Is se sasta aur accha kahin nahin'), ('Croma', 'Electronics'), ('Tanishq', 'Jewellery')],
          'ZA': [('Pick n Pay', 'Inspired by you'), ('Checkers', 'Better and better'), ('Woolworths', 'Food'), ('Shoprite', 'Lower prices you can trust')]}


@sc(**C)
def shop_sign_chain(ctx):
    rng = ctx.rng
    name, tag = ctx.pick(CHAINS[ctx.region])
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete']), portrait=False)
    W, H = s.w, s.h
    s.img.paste(tex_gradient(W, int(H * 0.18), (150, 190, 235), (220, 230, 240)), (0, 0))
    col = ctx.pick([(0, 83, 159), (220, 30, 40), (0, 120, 60), (250, 200, 0), (30, 30, 30)])
    fg = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
    x0, y0, x1, y1 = W * 0.05, H * 0.22, W * 0.95, H * 0.42
    s.rect([x0, y0, x1, y1], fill=col)
    f = fit_font(name, ctx.pick(['sans_b', 'lsans_b', 'serif_b']), (y1 - y0) * 0.6, (x1 - x0) * 0.7)
    s.ctext(W / 2, y0 + (y1 - y0) * 0.12, name, f, fg)
    s.ctext(W / 2, y0 + (y1 - y0) * 0.12 + f.size * 1.15, tag, fit_font(tag, 'sans', (y1 - y0) * 0.16, (x1 - x0) * 0.8), fg)
    s.rect([W * 0.1, H * 0.48, W * 0.9, H], fill=(60, 70, 80))
    for i in range(4):
        s.rect([W * (0.12 + i * 0.2), H * 0.5, W * (0.28 + i * 0.2), H * 0.95], fill=(140, 170, 190))
    s.text((W * 0.14, H * 0.55), 'OPEN 7am - 10pm', font('sans_b', H * 0.03), (255, 255, 255))
    return done(ctx, s, 'shop front of a large chain with slogan (clean)', photo=True)


@sc(**C)
def brand_billboard(ctx):
    rng = ctx.rng
    slogans = [('Coca-Cola', 'Open Happiness'), ('Nike', 'Just Do It.'), ('Apple', 'Think different.'), ('LEGO', 'Only the best is good enough'),
               ('Adidas', 'Impossible is Nothing'), ('Nintendo', 'Switch and play'), ('IKEA', 'Wonderful everyday'), ('Kellogg\'s', 'Let\'s make today great')]
    b, sl = ctx.pick(slogans)
    s = photo_bg(ctx, 'bokeh', portrait=False)
    W, H = s.w, s.h
    s.img.paste(tex_gradient(W, int(H * 0.6), (80, 140, 210), (200, 220, 240)), (0, 0))
    w, h = int(W * 0.7), int(H * 0.38)
    col = (rng.randint(0, 255), rng.randint(0, 100), rng.randint(0, 255))
    lay = Surface.from_image(tex_gradient(w, h, col, mix(col, (255, 255, 255), 0.4), vertical=False))
    lay.ctext(w / 2, h * 0.15, b, fit_font(b, 'sans_b', h * 0.4, w * 0.8), (255, 255, 255), stroke=int(h / 100), stroke_fill=(0, 0, 0))
    lay.ctext(w / 2, h * 0.68, sl, fit_font(sl, 'serif_i', h * 0.16, w * 0.8), (255, 255, 255))
    s.rect([W * 0.48, H * 0.55, W * 0.52, H], fill=(80, 80, 85))
    place(ctx, s, lay, 2, cy=H * 0.35)
    return done(ctx, s, 'brand billboard with slogan (clean)', photo=True)


# ---------------------------------------------------------------------------------------- weather / phone
CITIES = {'UK': 'London', 'US': 'New York', 'IE': 'Dublin', 'CA': 'Toronto', 'AU': 'Sydney', 'NZ': 'Auckland', 'IN': 'Mumbai', 'ZA': 'Cape Town'}


def weather_app(ctx, city):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    top = ctx.pick([(40, 110, 200), (30, 40, 90), (90, 150, 220), (60, 70, 90)])
    s = Surface.from_image(tex_gradient(W, H, top, mix(top, (255, 255, 255), 0.35)))
    status_bar(s, 44 * k, True, '%d:%02d' % (rng.randint(6, 11), rng.randint(0, 59)), k)
    fn = ctx.pick(UI_FONTS)
    s.ctext(W / 2, 80 * k, city, font(fn, 32 * k), (255, 255, 255))
    t = rng.randint(-3, 34)
    s.ctext(W / 2, 120 * k, '%d°' % t, font('sans_l', 96 * k), (255, 255, 255))
    s.ctext(W / 2, 240 * k, ctx.pick(['Partly Cloudy', 'Sunny', 'Light Rain', 'Showers', 'Clear']), font(fn, 20 * k), (255, 255, 255))
    s.ctext(W / 2, 270 * k, 'H:%d°  L:%d°' % (t + rng.randint(1, 6), t - rng.randint(1, 8)), font(fn, 18 * k), (255, 255, 255))
    s.rrect([16 * k, 320 * k, W - 16 * k, 460 * k], 16 * k, fill=mix(top, (0, 0, 0), 0.2))
    for i in range(6):
        x = 40 * k + i * (W - 80 * k) / 5.5
        s.ctext(x, 340 * k, 'Now' if i == 0 else '%02d' % ((9 + i) % 24), font(fn, 14 * k), (255, 255, 255))
        s.circle(x, 390 * k, 10 * k, fill=(255, 210, 60))
        s.ctext(x, 420 * k, '%d°' % (t + rng.randint(-2, 3)), font(fn, 16 * k), (255, 255, 255))
    y = 480 * k
    for d in ['Today', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']:
        if y + 40 * k > H - 20 * k:
            break
        s.text((30 * k, y), d, font(fn, 17 * k), (255, 255, 255))
        s.text((W - 30 * k, y), '%d°  %d°' % (t - rng.randint(1, 6), t + rng.randint(0, 5)), font(fn, 17 * k), (255, 255, 255), anchor='ra')
        y += 44 * k
    return s


@sc(**C)
def weather_big_city(ctx):
    return done(ctx, weather_app(ctx, CITIES[ctx.region]), 'weather app for a big city (clean)')


@sc(**C)
def weather_world_city(ctx):
    return done(ctx, weather_app(ctx, ctx.pick(['Paris', 'Tokyo', 'Los Angeles', 'Rome', 'Singapore', 'Johannesburg', 'Melbourne'])),
                'weather app for a world city (clean)')


@sc(**C)
def home_screen(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface.from_image(tex_gradient(W, H, ctx.pick([(250, 120, 90), (60, 40, 140), (20, 120, 140)]), (20, 20, 40)))
    status_bar(s, 44 * k, True, '%d:%02d' % (rng.randint(1, 12), rng.randint(0, 59)), k)
    apps = ['Messages', 'Calendar', 'Photos', 'Camera', 'Maps', 'Weather', 'Clock', 'Notes', 'Music', 'Settings', 'Calculator',
            'App Store', 'Books', 'Podcasts', 'Health', 'Files', 'Translate', 'Compass', 'Videos', 'Contacts']
    for i, a in enumerate(apps):
        r, c = divmod(i, 4)
        x, y = 30 * k + c * 88 * k, 80 * k + r * 100 * k
        if y + 90 * k > H - 120 * k:
            break
        s.rrect([x, y, x + 62 * k, y + 62 * k], 14 * k, fill=(rng.randint(40, 255), rng.randint(40, 255), rng.randint(40, 255)))
        s.ctext(x + 31 * k, y + 68 * k, a, font('sans', 11.5 * k), (255, 255, 255))
    return done(ctx, s, 'phone home screen with app names (clean)')
