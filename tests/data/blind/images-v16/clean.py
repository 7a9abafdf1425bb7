"""Clean images: tempting public text (teams, celebrities, brands, signs) but no child's data."""
import data as D
from common import (Layer, font, rfont, put_text, put_parts, wrap_parts, line_h, rounded, put_qr, qr_total, mix,
                    rgba, tlen, fit_font, photo_placeholder, barcode, avatar)
from screens import screen_size, status_bar, gradient, AV_COLORS
from photos import new_photo, obj, card_layer, lines_block, BRIGHT, rot_small
from docs import new_page, finish, para, BLACK
from fx import photo_size, street_scene

PRO_TEAMS = ['Northbridge City', 'Port Alder FC', 'Redcliffe United', 'Kingsford Athletic', 'Eastvale Rovers',
             'Marlow Town', 'Westhaven Wanderers', 'Carrick Albion', 'Southport Mariners', 'Ironbridge FC',
             'Lakemont Lions', 'Highgate Harriers', 'Bayside Thunder', 'Granite City', 'Oakmere Orient',
             'Riverton Royals', 'Stanmore Strikers', 'Crown Point Comets', 'Fairhaven Falcons', 'Ashbourne Athletic']
STARS = ['Jane Austen', 'Charles Dickens', 'Marie Curie', 'Albert Einstein', 'Ada Lovelace', 'Frida Kahlo',
         'Vincent van Gogh', 'Leonardo da Vinci', 'William Shakespeare', 'Isaac Newton', 'Amelia Earhart',
         'Wolfgang Amadeus Mozart', 'Florence Nightingale', 'Charles Darwin', 'Nikola Tesla', 'Galileo Galilei']
POP = ['Nova Reign', 'The Velvet Comets', 'DJ Solaris', 'Aurora Skye', 'Midnight Harbour', 'Luca Moretti',
       'The Paper Kites Club', 'Jasmine Vale', 'Orion & The Echoes', 'Kai Storm']
CITIES = ['London', 'Dublin', 'Sydney', 'Auckland', 'Toronto', 'Vancouver', 'New York', 'Chicago', 'Mumbai',
          'Cape Town', 'Melbourne', 'Manchester', 'Johannesburg', 'Wellington', 'Delhi', 'Boston']
VENUES = ['Arena', 'Stadium', 'Concert Hall', 'Dome', 'Amphitheatre', 'Pavilion']
BRANDS = [('Sunny Oats', 'sunnyoats.com'), ('CrunchCo', 'crunchco.com'), ('Happy Hen Farms', 'happyhenfarms.com'),
          ('Zesty Juice', 'zestyjuice.com'), ('Polar Pops', 'polarpops.com'), ('Morning Gold', 'morninggoldfoods.com'),
          ('Choco Planet', 'chocoplanet.com'), ('Green Valley', 'greenvalleydairy.com')]
CLASSICS = [('Pride and Prejudice', 'Jane Austen'), ('Great Expectations', 'Charles Dickens'),
            ('Treasure Island', 'Robert Louis Stevenson'), ('Little Women', 'Louisa May Alcott'),
            ("Alice's Adventures in Wonderland", 'Lewis Carroll'), ('Anne of Green Gables', 'L. M. Montgomery'),
            ('The Adventures of Tom Sawyer', 'Mark Twain'), ('Black Beauty', 'Anna Sewell'),
            ('The Secret Garden', 'Frances Hodgson Burnett'), ('Twenty Thousand Leagues Under the Seas', 'Jules Verne'),
            ('Peter Pan', 'J. M. Barrie'), ('The Jungle Book', 'Rudyard Kipling')]


def clean_qr(ctx, L, x, y, module, kind):
    if not ctx.spec.get('qr'):
        return 0
    if kind == 'brand':
        b = ctx.ch(BRANDS)[1]
        payload = 'https://www.%s/%s' % (b, ctx.ch(['win', 'promo', 'recipes', 'nutrition', 'play']))
    elif kind == 'menu':
        payload = 'https://order.%s.com/menu' % ctx.ch(['bellavista', 'thespicegarden', 'harbourcafe', 'noodlebar'])
    else:
        payload = 'TKT-%d-%04d-%04d-%s' % (D.REF_YEAR, ctx.ri(0, 9999), ctx.ri(0, 9999), ctx.ch(['A', 'B', 'C', 'GA']))
    return put_qr(L, (x, y), payload, module)


# ------------------------------------------------------------------ screens
def league_table(ctx):
    W, H = screen_size(ctx, ctx.chance(0.2))
    s = min(W, H) / 390.0
    dark = ctx.chance(0.5)
    bg = (18, 18, 24) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    L = Layer(W, H, bg)
    fk, fb = rfont(ctx.rng, 'ui'), rfont(ctx.rng, 'ui_b')
    status_bar(L, s, fg, ctx)
    acc = ctx.ch([(56, 0, 60), (0, 70, 140), (200, 20, 40), (0, 120, 80)])
    L.d.rectangle([0, 40 * s, W, 100 * s], fill=rgba(acc))
    put_text(L, (20 * s, 70 * s), ctx.ch(['Premier Division', 'Championship', 'National League', 'Super League',
                                          'A-League']) + ' %d/%02d' % (D.REF_YEAR - 1, D.REF_YEAR % 100),
             font(fb, 18 * s), (255, 255, 255), anchor='lm')
    y = 112 * s
    cols = ['P', 'W', 'D', 'L', 'GD', 'Pts']
    cx = [W - (len(cols) - i) * 36 * s for i in range(len(cols))]
    f = font(fk, 13.5 * s)
    for i, c in enumerate(cols):
        put_text(L, (cx[i] + 16 * s, y), c, font(fb, 12 * s), sub, anchor='ma')
    y += 24 * s
    teams = ctx.rng.sample(PRO_TEAMS, min(len(PRO_TEAMS), 20))
    pts = sorted([ctx.ri(5, 80) for _ in teams], reverse=True)
    for i, t in enumerate(teams):
        if y + 34 * s > H - 10 * s:
            break
        if i % 2:
            L.d.rectangle([0, y, W, y + 34 * s], fill=rgba(mix(bg, fg, 0.05)))
        put_text(L, (14 * s, y + 17 * s), str(i + 1), f, sub, anchor='lm')
        avatar(L, 46 * s, y + 17 * s, 10 * s, '', AV_COLORS[i % len(AV_COLORS)])
        put_text(L, (64 * s, y + 17 * s), t, fit_font(fk, t, cx[0] - 70 * s, 13.5 * s), fg, anchor='lm')
        p_ = ctx.ri(20, 38)
        w_ = min(p_, pts[i] // 3)
        d_ = pts[i] - 3 * w_
        l_ = max(0, p_ - w_ - d_)
        for j, v in enumerate([p_, w_, d_, l_, ctx.ri(-30, 40), pts[i]]):
            put_text(L, (cx[j] + 16 * s, y + 17 * s), str(v), f if j < 5 else font(fb, 13.5 * s), fg, anchor='mm')
        y += 34 * s
    return L, {'fx': 'screen'}


def public_website(ctx):
    land = ctx.chance(0.35)
    W, H = screen_size(ctx, land)
    s = min(W, H) / 390.0
    L = Layer(W, H, (255, 255, 255))
    fk, fb = rfont(ctx.rng, 'ui'), rfont(ctx.rng, 'serif_b')
    status_bar(L, s, (20, 20, 20), ctx)
    site = ctx.ch([('City Museum of Science', 'citymuseum.org'), ('Harbour Aquarium', 'harbouraquarium.com'),
                   ('National Library', 'natlib.org'), ('Riverside Council', 'riversidecouncil.gov'),
                   ('The Daily Courier', 'dailycourier.news'), ('Botanic Gardens Trust', 'botanicgardens.org')])
    rounded(L, (12 * s, 44 * s, W - 12 * s, 74 * s), 15 * s, (240, 240, 242))
    put_text(L, (W / 2, 59 * s), site[1], font(fk, 13 * s), (60, 60, 60), anchor='mm')
    acc = ctx.ch([(20, 60, 120), (130, 20, 40), (10, 100, 70), (40, 40, 40)])
    L.d.rectangle([0, 82 * s, W, 130 * s], fill=rgba(acc))
    put_text(L, (16 * s, 106 * s), site[0], fit_font(fb, site[0], W - 80 * s, 20 * s), (255, 255, 255), anchor='lm')
    y = 146 * s
    star = ctx.ch(STARS)
    head = ctx.ch(['New exhibition celebrates %s' % star, '%s: a life in pictures' % star,
                   'Free family day this weekend', 'Winter opening hours announced'])
    f = font(fb, 22 * s)
    for ln in wrap_parts([head], f, W - 32 * s):
        put_parts(L, (16 * s, y), ln, f, (10, 10, 10))
        y += line_h(f)
    y += 8 * s
    photo_placeholder(L, (16 * s, y, W - 16 * s, y + (W - 32 * s) * 0.5))
    y += (W - 32 * s) * 0.5 + 12 * s
    body = ('Visitors can explore original letters, models and instruments linked to %s. The gallery is open daily '
            'from 9:30 am to 5 pm and entry is free for under 16s. Guided tours run every hour. School groups from '
            '%s and %s have already booked visits this term.' % (star, ctx.ch(CITIES), ctx.ch(CITIES)))
    y = para(L, 16 * s, y, [body], fk, 14.5 * s, (40, 40, 40), W - 32 * s, gap=1.35)
    y += 8 * s
    contact = ['Contact: info@%s  |  %s' % (site[1], ctx.ch(['1800 555 019', '0800 555 0142', '(02) 5550 1000',
                                                               '+44 20 7946 0000']))]
    para(L, 16 * s, y, contact, fk, 12.5 * s, (90, 90, 90), W - 32 * s)
    return L, {'fx': 'screen'}


def weather_app(ctx):
    W, H = screen_size(ctx, False)
    s = W / 390.0
    L = Layer(W, H)
    c1 = ctx.ch([(40, 110, 200), (30, 40, 80), (120, 140, 170), (230, 140, 60)])
    gradient(L, c1, mix(c1, (255, 255, 255), 0.4))
    fg = (255, 255, 255)
    fk = rfont(ctx.rng, 'ui')
    status_bar(L, s, fg, ctx)
    city = ctx.ch(CITIES)
    put_text(L, (W / 2, 100 * s), city, font(fk, 30 * s), fg, anchor='mm')
    t = ctx.ri(-2, 34)
    put_text(L, (W / 2, 180 * s), '%d\u00b0' % t, font('dv_xl', 90 * s), fg, anchor='mm')
    put_text(L, (W / 2, 250 * s), ctx.ch(['Mostly Sunny', 'Light Rain', 'Cloudy', 'Thunderstorms', 'Clear']),
             font(fk, 18 * s), fg, anchor='mm')
    put_text(L, (W / 2, 278 * s), 'H:%d\u00b0  L:%d\u00b0' % (t + ctx.ri(1, 6), t - ctx.ri(2, 9)), font(fk, 16 * s), fg,
             anchor='mm')
    y = 320 * s
    rounded(L, (14 * s, y, W - 14 * s, y + 110 * s), 16 * s, mix(c1, (0, 0, 0), 0.2))
    for i in range(6):
        x = 14 * s + (i + 0.5) * (W - 28 * s) / 6
        put_text(L, (x, y + 25 * s), 'Now' if i == 0 else '%d%s' % ((i * 2 + 8) % 12 or 12, 'pm' if i > 2 else 'am'),
                 font(fk, 13 * s), fg, anchor='mm')
        L.d.ellipse([x - 9 * s, y + 45 * s, x + 9 * s, y + 63 * s], fill=(255, 210, 60, 255))
        put_text(L, (x, y + 88 * s), '%d\u00b0' % (t + ctx.ri(-3, 3)), font(fk, 15 * s), fg, anchor='mm')
    y += 126 * s
    days = ['Today', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue']
    for d in days:
        if y + 44 * s > H - 20 * s:
            break
        put_text(L, (30 * s, y + 22 * s), d, font(fk, 16 * s), fg, anchor='lm')
        put_text(L, (W - 30 * s, y + 22 * s), '%d\u00b0 / %d\u00b0' % (t + ctx.ri(-4, 4), t - ctx.ri(3, 9)), font(fk, 16 * s),
                 fg, anchor='rm')
        y += 44 * s
    return L, {'fx': 'screen'}


def game_hud(ctx):
    W, H = screen_size(ctx, True)
    s = min(W, H) / 390.0
    L = Layer(W, H)
    gradient(L, ctx.ch([(120, 170, 230), (40, 40, 80), (230, 150, 90)]), (200, 210, 220))
    L.d.rectangle([0, H * 0.62, W, H], fill=rgba(ctx.ch([(80, 130, 60), (150, 130, 90), (90, 90, 100)])))
    for _ in range(8):
        x = ctx.r(0, W)
        w = ctx.r(40, 160) * s
        h = ctx.r(40, 200) * s
        L.d.rectangle([x, H * 0.62 - h, x + w, H * 0.62], fill=rgba(ctx.ch([(120, 110, 100), (90, 100, 120), (60, 90, 60)])))
    fg = (255, 255, 255)
    fb = rfont(ctx.rng, 'display')
    L.d.rectangle([20 * s, H - 40 * s, 220 * s, H - 24 * s], fill=(60, 0, 0, 255))
    L.d.rectangle([20 * s, H - 40 * s, 20 * s + 200 * s * ctx.r(0.2, 1), H - 24 * s], fill=(60, 220, 80, 255))
    put_text(L, (20 * s, H - 46 * s), 'HP', font(fb, 13 * s), fg, anchor='ls')
    put_text(L, (W - 24 * s, H - 24 * s), '%d / %d' % (ctx.ri(0, 30), ctx.ri(60, 240)), font(fb, 26 * s), fg, anchor='rs',
             stroke=2, stroke_fill=(0, 0, 0))
    r = 55 * s
    L.d.ellipse([W - 24 * s - 2 * r, 20 * s, W - 24 * s, 20 * s + 2 * r], fill=(20, 30, 20, 255), outline=(255, 255, 255, 255), width=2)
    put_text(L, (W / 2, 26 * s), 'ROUND %d  -  %d:%02d' % (ctx.ri(1, 9), ctx.ri(0, 4), ctx.ri(0, 59)), font(fb, 18 * s),
             fg, anchor='ma', stroke=2, stroke_fill=(0, 0, 0))
    chars = ['Captain Rex', 'Shadow Knight', 'Nova Ranger', 'Iron Golem', 'Pixel Pirate', 'Frost Queen',
             'Bot Alpha', 'Bot Bravo', 'Sergeant Spark', 'Dr. Vortex']
    y = 20 * s
    for _ in range(ctx.ri(2, 4)):
        a, b = ctx.rng.sample(chars, 2)
        put_text(L, (20 * s, y), '%s  \u2694  %s' % (a, b), font(rfont(ctx.rng, 'ui_b'), 13 * s), fg, stroke=2,
                 stroke_fill=(0, 0, 0))
        y += 22 * s
    put_text(L, (W / 2, H * 0.45), '+', font('dv', 30 * s), fg, anchor='mm')
    return L, {'fx': 'screen'}


# ------------------------------------------------------------------ photos
def scoreboard(ctx):
    W, H = photo_size(ctx.rng, 'land')
    L, hz = street_scene(ctx, W, H)
    L.d.rectangle([0, hz, W, H], fill=(70, 140, 60, 255))
    bw, bh = int(W * 0.7), int(W * 0.3)
    B = Layer(bw, bh, (15, 15, 18))
    t1, t2 = ctx.rng.sample(PRO_TEAMS, 2)
    led = ctx.ch([(255, 190, 40), (250, 60, 40), (240, 240, 240)])
    fb = rfont(ctx.rng, 'display')
    for i, t in enumerate([t1, t2]):
        x = bw * (0.25 + 0.5 * i)
        put_text(B, (x, bh * 0.2), t.upper(), fit_font(fb, t.upper(), bw * 0.45, bh * 0.1), (255, 255, 255), anchor='mm')
        put_text(B, (x, bh * 0.55), str(ctx.ri(0, 5) if ctx.chance(0.6) else ctx.ri(40, 120)), font('dvm_b', bh * 0.38), led,
                 anchor='mm')
    put_text(B, (bw / 2, bh * 0.88), '%s  %d:%02d' % (ctx.ch(['1ST HALF', '2ND HALF', 'Q3', 'PERIOD 2']), ctx.ri(0, 45), ctx.ri(0, 59)),
             font('dvm_b', bh * 0.09), led, anchor='mm')
    obj(L, B, ctx, W / 2, H * 0.35, 1.0, rot_small(ctx, 3), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.15, 0.15), shadow_s=0)
    return L, {'fx': 'photo'}


def _poster_base(ctx, ratio=1.45):
    L = new_photo(ctx, ctx.ch(['brick', 'wall', 'concrete']), 'port' if ctx.chance(0.6) else 'land')
    W, H = L.W, L.H
    pw = int(min(W, H) * ctx.r(0.65, 0.8))
    ph = int(pw * ratio)
    if ph > H * 0.92:
        ph = int(H * 0.92)
        pw = int(ph / ratio)
    return L, pw, ph


def celeb_poster(ctx):
    L, pw, ph = _poster_base(ctx)
    c1 = ctx.ch([(20, 20, 40), (90, 10, 60), (10, 50, 90), (0, 0, 0)])
    P = Layer(pw, ph, c1)
    photo_placeholder(P, (pw * 0.1, ph * 0.08, pw * 0.9, ph * 0.5), bg=mix(c1, (255, 255, 255), 0.3), fg=mix(c1, (255, 255, 255), 0.5))
    star = ctx.ch(POP + STARS[:3]) if ctx.chance(0.8) else ctx.ch(STARS)
    fb = rfont(ctx.rng, 'display')
    put_text(P, (pw / 2, ph * 0.58), star.upper(), fit_font(fb, star.upper(), pw * 0.9, ph * 0.07), (255, 230, 120), anchor='mm')
    put_text(P, (pw / 2, ph * 0.66), ctx.ch(['LIVE IN CONCERT', 'THE WORLD TOUR %d' % D.REF_YEAR, 'AN EVENING WITH']),
             font(fb, ph * 0.035), (255, 255, 255), anchor='mm')
    y = ph * 0.72
    f = font(rfont(ctx.rng, 'ui'), ph * 0.022)
    for _ in range(5):
        c = ctx.ch(CITIES)
        put_text(P, (pw / 2, y), '%s  -  %s %s' % (D.event_date(ctx.rng, 'UK'), c, ctx.ch(VENUES)), f, (230, 230, 230), anchor='mm')
        y += ph * 0.04
    obj(L, P, ctx, L.W / 2, L.H / 2, 1.0, rot_small(ctx, 4), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.08, 0.08), jitter=0.01)
    return L, {'fx': 'photo'}


def movie_poster(ctx):
    L, pw, ph = _poster_base(ctx, 1.48)
    c1 = ctx.ch([(10, 10, 30), (60, 20, 10), (10, 40, 30), (30, 10, 50)])
    P = Layer(pw, ph, c1)
    gradient(P, c1, mix(c1, (255, 180, 80), 0.4))
    title = ctx.ch(['THE LAST LIGHTHOUSE', 'GALAXY RUNNERS', 'THE CLOCKWORK FOX', 'OCEAN OF STARS', 'MIDNIGHT EXPRESS 3',
                    'THE DRAGON KEEPER'])
    fb = rfont(ctx.rng, 'display')
    put_text(P, (pw / 2, ph * 0.12), ctx.ch(['THIS SUMMER', 'ONE LAST ADVENTURE', 'FROM THE MAKERS OF STAR HARBOUR']),
             font(rfont(ctx.rng, 'ui'), ph * 0.025), (255, 255, 255), anchor='mm')
    photo_placeholder(P, (pw * 0.15, ph * 0.2, pw * 0.85, ph * 0.6), bg=mix(c1, (255, 255, 255), 0.25), fg=mix(c1, (255, 255, 255), 0.45))
    put_text(P, (pw / 2, ph * 0.7), title, fit_font(fb, title, pw * 0.9, ph * 0.08), (255, 240, 200), anchor='mm')
    stars = ctx.rng.sample(POP, 3)
    put_text(P, (pw / 2, ph * 0.79), '  '.join(x.upper() for x in stars[:2]), fit_font(fb, '  '.join(stars[:2]).upper(), pw * 0.9, ph * 0.025),
             (255, 255, 255), anchor='mm')
    credit = 'DIRECTED BY %s  PRODUCED BY %s  MUSIC BY %s' % tuple(x.upper() for x in stars)
    put_text(P, (pw / 2, ph * 0.86), credit, fit_font('libn', credit, pw * 0.9, ph * 0.015), (200, 200, 200), anchor='mm')
    put_text(P, (pw / 2, ph * 0.93), 'IN CINEMAS %s' % ctx.ch(['JULY 18', 'DECEMBER 12', 'THIS EASTER', 'AUGUST 2']),
             font(fb, ph * 0.03), (255, 255, 255), anchor='mm')
    obj(L, P, ctx, L.W / 2, L.H / 2, 1.0, rot_small(ctx, 4), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.08, 0.08), jitter=0.01)
    return L, {'fx': 'photo'}


def book_cover(ctx):
    L = new_photo(ctx, ctx.ch(['wood', 'table', 'fabric']))
    W, H = L.W, L.H
    bw = int(min(W, H) * ctx.r(0.55, 0.7))
    bh = int(bw * 1.5)
    if bh > H * 0.9:
        bh = int(H * 0.9)
        bw = int(bh / 1.5)
    c = ctx.ch(BRIGHT + [(20, 40, 80), (90, 20, 20), (240, 235, 220)])
    fg = (255, 255, 255) if sum(c) < 560 else (30, 30, 30)
    B = Layer(bw, bh, c)
    title, author = ctx.ch(CLASSICS)
    fb = rfont(ctx.rng, ctx.ch(['serif_b', 'display']))
    f = font(fb, bh * 0.075)
    y = bh * 0.12
    for ln in wrap_parts([title.upper() if ctx.chance(0.5) else title], f, bw * 0.85):
        put_parts(B, (bw / 2, y), ln, f, fg, align='m')
        y += line_h(f)
    photo_placeholder(B, (bw * 0.2, bh * 0.45, bw * 0.8, bh * 0.75), bg=mix(c, (255, 255, 255), 0.3), fg=mix(c, (0, 0, 0), 0.2))
    put_text(B, (bw / 2, bh * 0.84), author.upper(), fit_font(rfont(ctx.rng, 'serif'), author.upper(), bw * 0.85, bh * 0.04),
             fg, anchor='mm')
    put_text(B, (bw / 2, bh * 0.94), ctx.ch(['HARBOUR CLASSICS', 'LANTERN BOOKS', 'OWL & OAK PRESS']), font('dv', bh * 0.02),
             fg, anchor='mm')
    obj(L, B, ctx, W / 2, H / 2, 1.0, ctx.r(-15, 15), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.06, 0.06), jitter=0.01)
    return L, {'fx': 'photo'}


def packaging(ctx):
    L = new_photo(ctx, ctx.ch(['table', 'wood']))
    W, H = L.W, L.H
    bw = int(min(W, H) * ctx.r(0.62, 0.75))
    bh = int(bw * 1.35)
    if bh > H * 0.92:
        bh = int(H * 0.92)
        bw = int(bh / 1.35)
    brand, dom = ctx.ch(BRANDS)
    c = ctx.ch(BRIGHT)
    B = Layer(bw, bh, c)
    fb = rfont(ctx.rng, 'display')
    put_text(B, (bw / 2, bh * 0.1), brand.upper(), fit_font(fb, brand.upper(), bw * 0.85, bh * 0.08), (255, 255, 255),
             anchor='mm', stroke=4, stroke_fill=mix(c, (0, 0, 0), 0.4))
    prod = ctx.ch(['Honey Crunch', 'Choc Hoops', 'Berry Bites', 'Orange Juice', 'Oat Clusters', 'Fruit Loopz'])
    put_text(B, (bw / 2, bh * 0.2), prod, fit_font(rfont(ctx.rng, 'ui_b'), prod, bw * 0.8, bh * 0.05), (255, 255, 255), anchor='mm')
    B.d.ellipse([bw * 0.2, bh * 0.28, bw * 0.8, bh * 0.62], fill=rgba(mix(c, (255, 255, 255), 0.5)))
    put_text(B, (bw * 0.8, bh * 0.3), 'NEW!', font(fb, bh * 0.04), (255, 255, 0), anchor='mm', stroke=3,
             stroke_fill=(200, 0, 0))
    put_text(B, (bw * 0.08, bh * 0.93), 'NET WT %dg' % ctx.ch([375, 500, 750, 1000]), font('dv_b', bh * 0.025),
             (255, 255, 255), anchor='lm')
    m = max(4, int(bw * 0.25 / 33))
    tot = qr_total('https://www.%s/promo' % dom, m)
    B.d.rectangle([bw * 0.05, bh * 0.66, bw * 0.95, bh * 0.88], fill=(255, 255, 255, 255))
    put_text(B, (bw * 0.08, bh * 0.69), ctx.ch(['Scan to win!', 'Scan for recipes', 'Win a family holiday']),
             font(rfont(ctx.rng, 'ui_b'), bh * 0.025), (20, 20, 20))
    put_text(B, (bw * 0.08, bh * 0.74), 'www.' + dom, font(rfont(ctx.rng, 'ui'), bh * 0.022), (60, 60, 60))
    put_text(B, (bw * 0.08, bh * 0.78), 'Customer care 1800 555 %03d' % ctx.ri(0, 999), font(rfont(ctx.rng, 'ui'), bh * 0.018),
             (60, 60, 60))
    barcode(B, (bw * 0.08, bh * 0.81, bw * 0.45, bh * 0.865), ctx.rng)
    clean_qr(ctx, B, bw * 0.93 - tot, bh * 0.665, m, 'brand')
    obj(L, B, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 8), kx=ctx.r(-0.05, 0.05), ky=ctx.r(-0.05, 0.05), jitter=0.008)
    return L, {'fx': 'photo', 'blur_max': 1.0}


def menu(ctx):
    L = new_photo(ctx, ctx.ch(['wood', 'table']), 'port')
    W, H = L.W, L.H
    mw = int(W * ctx.r(0.7, 0.82))
    mh = int(mw * 1.41)
    if mh > H * 0.92:
        mh = int(H * 0.92)
        mw = int(mh / 1.41)
    M = Layer(mw, mh, ctx.ch([(252, 248, 235), (30, 30, 30), (255, 255, 255)]))
    dark = M.img.getpixel((1, 1))[0] < 100
    fg = (240, 240, 230) if dark else (30, 30, 30)
    name = ctx.ch(['Bella Vista Pizzeria', 'The Spice Garden', 'Harbour Cafe', 'Noodle Bar 88', 'The Greedy Goose'])
    fs = rfont(ctx.rng, ctx.ch(['serif_b', 'display']))
    put_text(M, (mw / 2, mh * 0.06), name, fit_font(fs, name, mw * 0.85, mh * 0.05), fg, anchor='mm')
    u = mh / 50
    y = mh * 0.12
    f = font(rfont(ctx.rng, 'serif'), u * 1.1)
    fb = font(rfont(ctx.rng, 'serif_b'), u * 1.4)
    items = ['Margherita', 'Garden Salad', 'Fish & Chips', 'Chicken Curry', 'Pad Thai', 'Veggie Burger', 'Lasagne',
             'Dumplings (6)', 'Kids Nuggets', 'Tiramisu', 'Ice Cream Sundae', 'Lemonade', 'Flat White', 'Mango Lassi']
    for sec in ['Mains', 'Kids', 'Desserts & Drinks']:
        put_text(M, (mw * 0.08, y), sec.upper(), fb, fg)
        y += u * 2.2
        for it in ctx.rng.sample(items, 4):
            put_text(M, (mw * 0.1, y), it, f, fg)
            put_text(M, (mw * 0.9, y), '%d.%02d' % (ctx.ri(4, 28), ctx.ch([0, 50, 90, 95])), f, fg, anchor='ra')
            y += u * 1.7
        y += u
    put_text(M, (mw / 2, mh - u * 3.5), '%d %s  |  Bookings %s' % (ctx.ri(1, 300), ctx.ch(['High Street', 'Queen St', 'Main Rd']),
                                                                 ctx.ch(['(02) 5550 1234', '020 7946 0123', '555-0100'])),
             fit_font(rfont(ctx.rng, 'ui'), 'x' * 50, mw * 0.8, u * 0.9), fg, anchor='mm')
    if ctx.spec.get('qr'):
        m = max(4, int(mw * 0.2 / 33))
        tot = qr_total('https://order.thespicegarden.com/menu', m)
        M.d.rectangle([mw * 0.62 - 10, mh * 0.8 - 10 - tot, mw * 0.62 + tot + 10, mh * 0.8 + 10], fill=(255, 255, 255, 255))
        clean_qr(ctx, M, mw * 0.62, mh * 0.8 - tot, m, 'menu')
    obj(L, M, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 8), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.05, 0.05), jitter=0.01)
    return L, {'fx': 'photo', 'blur_max': 1.0}


def road_sign(ctx):
    W, H = photo_size(ctx.rng, 'land')
    L, hz = street_scene(ctx, W, H)
    sw, sh = int(W * 0.5), int(W * 0.28)
    col = ctx.ch([(0, 110, 60), (0, 60, 150), (255, 255, 255)])
    fg = (255, 255, 255) if col != (255, 255, 255) else (20, 20, 20)
    S = card_layer(sw, sh, col, radius=sh * 0.05, outline=fg, ow=max(4, sh * 0.015))
    cities = ctx.rng.sample(CITIES, 3)
    fb = rfont(ctx.rng, ctx.ch(['ui_b', 'narrow']))
    for i, c in enumerate(cities):
        y = sh * (0.22 + 0.28 * i)
        put_text(S, (sw * 0.08, y), ctx.ch(['\u2191 ', '\u2190 ', '\u2192 ']) + c, font(fb, sh * 0.15), fg, anchor='lm')
        put_text(S, (sw * 0.92, y), '%d' % ctx.ri(3, 240), font(fb, sh * 0.15), fg, anchor='rm')
    L.d.rectangle([W * 0.3, hz - H * 0.1, W * 0.31, H], fill=(140, 140, 145, 255))
    L.d.rectangle([W * 0.69, hz - H * 0.1, W * 0.7, H], fill=(140, 140, 145, 255))
    obj(L, S, ctx, W / 2, H * 0.3, 1.0, rot_small(ctx, 2), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.2, 0.2), shadow_s=0)
    return L, {'fx': 'photo'}


def shop_sign(ctx):
    W, H = photo_size(ctx.rng, 'land')
    L, hz = street_scene(ctx, W, H)
    fw, fh = int(W * 0.8), int(H * 0.6)
    F = Layer(fw, fh, ctx.ch([(200, 60, 50), (30, 60, 90), (60, 60, 60), (240, 230, 210)]))
    F.d.rectangle([fw * 0.05, fh * 0.3, fw * 0.6, fh * 0.95], fill=(150, 190, 210, 255))
    F.d.rectangle([fw * 0.68, fh * 0.3, fw * 0.92, fh], fill=(90, 60, 40, 255))
    shop = ctx.ch(['Kestrel Bakery', 'Corner Books', 'Fresh Mart', 'Sunrise Pharmacy', 'Lucky Noodle House',
                   'Harbour Hardware', 'The Toy Box'])
    sb = card_layer(int(fw * 0.9), int(fh * 0.18), (250, 245, 230), radius=10)
    fb = rfont(ctx.rng, ctx.ch(['serif_b', 'display']))
    put_text(sb, (sb.W / 2, sb.H / 2), shop, fit_font(fb, shop, sb.W * 0.9, sb.H * 0.6), (40, 30, 20), anchor='mm')
    from common import paste
    paste(F, sb, fw * 0.05, fh * 0.05, check=False)
    put_text(F, (fw * 0.325, fh * 0.5), ctx.ch(['OPEN 7 DAYS', 'SALE 20% OFF', 'EST. 1987', 'FRESH BREAD DAILY']),
             font(rfont(ctx.rng, 'ui_b'), fh * 0.06), (255, 255, 255), anchor='mm', stroke=3, stroke_fill=(0, 0, 0))
    obj(L, F, ctx, W / 2, hz + H * 0.05, 1.0, rot_small(ctx, 2), kx=ctx.r(-0.05, 0.05), ky=ctx.r(-0.2, 0.2), shadow_s=0)
    return L, {'fx': 'photo'}


def museum_sign(ctx):
    L = new_photo(ctx, ctx.ch(['wall', 'concrete']), 'land')
    W, H = L.W, L.H
    pw, ph = int(W * 0.55), int(W * 0.4)
    P = Layer(pw, ph, ctx.ch([(30, 30, 35), (245, 242, 235), (20, 50, 70)]))
    dark = P.img.getpixel((1, 1))[0] < 100
    fg = (240, 240, 235) if dark else (30, 30, 30)
    star = ctx.ch(STARS)
    born = ctx.ri(1500, 1900)
    city = ctx.ch(['Warsaw', 'Florence', 'Vienna', 'London', 'Paris', 'Prague', 'Edinburgh', 'Madrid'])
    rows = [([star], rfont(ctx.rng, 'serif_b'), ph * 0.09, fg),
            (['Born %d %s %d in %s' % (ctx.ri(1, 28), D.MONTHS[ctx.ri(0, 11)], born, city)], rfont(ctx.rng, 'serif_i'), ph * 0.045, fg)]
    lines_block(P, pw * 0.06, ph * 0.08, rows, pw * 0.88)
    body = ('This gallery displays notebooks, letters and instruments that belonged to %s. Their work changed how '
            'people understood the world and still inspires students today. Please do not touch the display cases.' % star)
    para(P, pw * 0.06, ph * 0.36, [body], rfont(ctx.rng, 'serif'), ph * 0.04, fg, pw * 0.88)
    obj(L, P, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 3), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.1, 0.1), shadow_s=0.3)
    return L, {'fx': 'photo'}


def ticket(ctx):
    L = new_photo(ctx, ctx.ch(['table', 'wood', 'fabric']))
    W, H = L.W, L.H
    tw = int(min(W, H) * 0.9)
    th = int(tw * 0.42)
    c = ctx.ch(BRIGHT + [(20, 40, 80)])
    T = card_layer(tw, th, (252, 252, 250), radius=th * 0.05)
    T.d.rectangle([0, 0, tw * 0.06, th], fill=rgba(c))
    fb = rfont(ctx.rng, 'display')
    ev = ctx.ch(POP) if ctx.chance(0.6) else ctx.ch(PRO_TEAMS) + ' v ' + ctx.ch(PRO_TEAMS)
    put_text(T, (tw * 0.1, th * 0.1), 'ADMIT ONE', font(fb, th * 0.07), c)
    put_text(T, (tw * 0.1, th * 0.22), ev, fit_font(fb, ev, tw * 0.55, th * 0.1), (20, 20, 20))
    f = font(rfont(ctx.rng, 'ui'), th * 0.055)
    rows = ['%s %s, %s' % (ctx.ch(CITIES), ctx.ch(VENUES), ctx.ch(['Gate B', 'Door 3', 'North Stand'])),
            D.event_date(ctx.rng, 'UK') + '  Doors 6:30 pm',
            'Section %s  Row %d  Seat %d' % (ctx.ch('ABCDEFG'), ctx.ri(1, 40), ctx.ri(1, 60)),
            'Price %s  Ticket no. %d' % (ctx.ch(['$45.00', '\u00a332.50', '\u20ac40.00', 'R350']), ctx.ri(10 ** 7, 10 ** 8))]
    y = th * 0.42
    for r in rows:
        put_text(T, (tw * 0.1, y), r, f, (50, 50, 50))
        y += th * 0.12
    for yy in range(0, th, 16):
        T.d.line([(tw * 0.7, yy), (tw * 0.7, yy + 8)], fill=(150, 150, 150, 255), width=2)
    if ctx.spec.get('qr'):
        m = max(4, int(th * 0.7 / 33))
        clean_qr(ctx, T, tw * 0.73, th * 0.12, m, 'ticket')
    else:
        barcode(T, (tw * 0.74, th * 0.2, tw * 0.96, th * 0.8), ctx.rng)
    obj(L, T, ctx, W / 2, H / 2, 1.0, ctx.r(-15, 15), kx=ctx.r(-0.06, 0.06), ky=ctx.r(-0.06, 0.06), jitter=0.01)
    return L, {'fx': 'photo', 'blur_max': 1.0}


def bus_timetable(ctx):
    L = new_photo(ctx, ctx.ch(['concrete', 'brick']), 'port')
    W, H = L.W, L.H
    pw, ph = int(W * 0.75), int(W * 0.75 * 1.3)
    if ph > H * 0.9:
        ph = int(H * 0.9)
        pw = int(ph / 1.3)
    P = Layer(pw, ph, (255, 255, 255))
    c = ctx.ch([(0, 90, 160), (200, 30, 40), (0, 120, 70), (240, 150, 0)])
    P.d.rectangle([0, 0, pw, ph * 0.12], fill=rgba(c))
    fb = rfont(ctx.rng, 'ui_b')
    stop = '%s %s' % (ctx.ch(['Central Station', 'Market Square', 'Hospital', 'Town Hall', 'Library', 'Park & Ride']),
                      ctx.ch(['Stop A', 'Stop C', 'Stand 4', '']))
    put_text(P, (pw * 0.05, ph * 0.06), stop.strip(), fit_font(fb, stop, pw * 0.9, ph * 0.05), (255, 255, 255), anchor='lm')
    routes = ctx.rng.sample(range(1, 99), 3)
    f = font('dvm', ph * 0.028)
    fh = font(fb, ph * 0.032)
    y = ph * 0.16
    for r in routes:
        put_text(P, (pw * 0.05, y), 'Route %d to %s' % (r, ctx.ch(CITIES + ['City Centre', 'Airport', 'University'])), fh, c)
        y += ph * 0.05
        for row in range(3):
            times = ['%02d:%02d' % (6 + row * 5 + k // 4, (k % 4) * 15 + ctx.ri(0, 9)) for k in range(6)]
            put_text(P, (pw * 0.05, y), '  '.join(times), f, (30, 30, 30))
            y += ph * 0.04
        y += ph * 0.03
    put_text(P, (pw * 0.05, ph * 0.94), 'Timetables valid from %s' % D.event_date(ctx.rng, 'UK'), font('dv', ph * 0.02),
             (90, 90, 90))
    obj(L, P, ctx, W / 2, H / 2, 1.0, rot_small(ctx, 3), kx=ctx.r(-0.08, 0.08), ky=ctx.r(-0.1, 0.1), shadow_s=0.2)
    return L, {'fx': 'photo'}


# ------------------------------------------------------------------ documents
def recipe(ctx):
    P = new_page(ctx)
    pt, m = P.pt, P.m
    title = ctx.ch(['Banana Bread', 'Easy Pancakes', 'Vegetable Soup', 'Chocolate Chip Cookies', 'Lamb Curry',
                    'Anzac Biscuits', 'Soda Bread'])
    put_text(P, (m, m), title, font(rfont(ctx.rng, 'serif_b'), 26 * pt), BLACK)
    y = m + 46 * pt
    put_text(P, (m, y), 'Serves %d  |  Prep %d min  |  Cook %d min' % (ctx.ri(2, 8), ctx.ri(5, 30), ctx.ri(10, 90)),
             font(rfont(ctx.rng, 'ui'), 11 * pt), (80, 80, 80))
    y += 30 * pt
    put_text(P, (m, y), 'Ingredients', font(rfont(ctx.rng, 'ui_b'), 14 * pt), BLACK)
    y += 24 * pt
    ings = ['2 cups plain flour', '1 tsp baking soda', '3 ripe bananas', '1/2 cup brown sugar', '2 eggs', '100 g butter',
            '1 cup milk', 'pinch of salt', '1 onion, diced', '2 carrots', '400 g tin tomatoes', '1 tbsp curry powder']
    f = font(rfont(ctx.rng, 'ui'), 11.5 * pt)
    for i in ctx.rng.sample(ings, ctx.ri(6, 9)):
        put_text(P, (m + 10 * pt, y), '\u2022 ' + i, f, BLACK)
        y += line_h(f) * 1.2
    y += 16 * pt
    put_text(P, (m, y), 'Method', font(rfont(ctx.rng, 'ui_b'), 14 * pt), BLACK)
    y += 24 * pt
    steps = ['Preheat the oven to 180 C and line a tin with baking paper.', 'Mix the dry ingredients in a large bowl.',
             'Whisk the wet ingredients together, then fold into the dry mix.', 'Pour into the tin and smooth the top.',
             'Bake until golden and a skewer comes out clean.', 'Cool for ten minutes before slicing.']
    for i, st in enumerate(steps[:ctx.ri(4, 6)]):
        y = para(P, m, y, ['%d. %s' % (i + 1, st)], rfont(ctx.rng, 'serif'), 11.5 * pt, BLACK, P.W - 2 * m)
        y += 6 * pt
    return finish(ctx, P)


def worksheet(ctx):
    P = new_page(ctx)
    pt, m = P.pt, P.m
    f = font(rfont(ctx.rng, 'ui'), 12 * pt)
    y = m
    for lab, x, x2 in [('Name:', m, P.W * 0.55), ('Date:', P.W * 0.58, P.W - m)]:
        put_text(P, (x, y), lab, f, BLACK, anchor='ls')
        P.d.line([(x + tlen(lab, f) + 6 * pt, y + 2 * pt), (x2, y + 2 * pt)], fill=(60, 60, 60, 255), width=2)
    y += 30 * pt
    put_text(P, (m, y), 'Class:', f, BLACK, anchor='ls')
    P.d.line([(m + tlen('Class:', f) + 6 * pt, y + 2 * pt), (P.W * 0.4, y + 2 * pt)], fill=(60, 60, 60, 255), width=2)
    y += 40 * pt
    title = ctx.ch(['Multiplication Practice', 'Fractions Review', 'Spelling Words - Week 6', 'Times Tables Challenge'])
    put_text(P, (P.W / 2, y), title, font(rfont(ctx.rng, 'display'), 22 * pt), BLACK, anchor='ma')
    y += 50 * pt
    fq = font(rfont(ctx.rng, ctx.ch(['ui', 'mono'])), 15 * pt)
    cols = 3
    cw = (P.W - 2 * m) / cols
    i = 0
    while y < P.H - m * 1.2:
        for c in range(cols):
            a, b = ctx.ri(2, 12), ctx.ri(2, 12)
            put_text(P, (m + c * cw, y), '%d) %d x %d = ____' % (i + 1, a, b), fq, BLACK)
            i += 1
        y += 44 * pt
    return finish(ctx, P)
