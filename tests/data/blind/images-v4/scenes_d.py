"""Clean images (part 1): scoreboards, results, menus, prices, posters, books, brands, weather."""
import random

from common import (Canvas, Scaled, card, scaled_card, photo_bg, bg_gradient, bg_photo, bg_blotch, add_shapes,
                    finish, mix, tlen)
from scenes_a import status_bar
from scenes_b import _photo, _fit_k, _place, _fit_size, rng_choice

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def scoreboard(seed, sport='football', W=4000, H=3000, fmt='jpg', q=85, angle=-3, blur=1.2):
    rng = random.Random(seed)
    c = Canvas(W, H, img=add_shapes(bg_gradient(W, H, (20, 25, 40), (60, 90, 60)), rng, 60, alpha=(30, 120),
                                    maxr=W // 20, blur=W // 400))
    data = {'football': ('ARSENAL', 'CHELSEA', '2', '1', "78:12", 'PREMIER LEAGUE'),
            'basketball': ('LAKERS', 'CELTICS', '104', '99', 'Q4 02:31', 'NBA REGULAR SEASON'),
            'cricket': ('INDIA', 'AUSTRALIA', '287/6', '142/3', 'OVERS 28.4', 'ODI SERIES - 2ND MATCH'),
            'rugby': ('ALL BLACKS', 'SPRINGBOKS', '24', '21', "71'", 'RUGBY CHAMPIONSHIP')}[sport]
    nw, nh = 1800, 800
    sb, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.8, angle), (10, 10, 12), radius=20, outline=(80, 80, 80),
                        width=12)
    s.text((900, 60), data[5], 'sans_b', 70, (255, 200, 0), anchor='ma')
    for i, (team, sc) in enumerate(((data[0], data[2]), (data[1], data[3]))):
        x = 450 + i * 900
        s.text((x, 220), team, 'sans_b', _fit_size(team, 'sans_b', 110, 800), WHITE, anchor='ma')
        s.text((x, 380), sc, 'mono_b', _fit_size(sc, 'mono_b', 280, 800), (255, 90, 40), anchor='ma')
    s.text((900, 700), data[4], 'mono_b', 80, (120, 255, 120), anchor='mm')
    c.paste_canvas(sb, W / 2, H * 0.45, angle=angle, shadow=6)
    return finish(c, 'stadium scoreboard %s (clean)' % sport, fmt, q, blur=blur, noise=6, seed=seed, light=0.3,
                  clean=True)


def results_app(seed, W=720, H=1280, fmt='png', q=90, dark=True, league='football'):
    rng = random.Random(seed)
    bgc, fg, sub = ((15, 15, 20), WHITE, (150, 150, 160)) if dark else ((248, 248, 250), BLACK, (110, 110, 120))
    c = Canvas(W, H, bgc)
    s = W / 540.0
    status_bar(c, s, fg)
    rows = {'football': [('Liverpool', 'Man City', 3, 1), ('Celtic', 'Rangers', 2, 2), ('Real Madrid', 'Barcelona', 1, 0),
                         ('Bayern', 'Dortmund', 4, 2), ('Juventus', 'AC Milan', 0, 0), ('PSG', 'Marseille', 2, 1),
                         ('Ajax', 'PSV', 1, 3)],
            'cricket': [('England', 'Pakistan', 312, 298), ('India', 'Sri Lanka', 276, 241),
                        ('South Africa', 'New Zealand', 254, 255), ('Australia', 'West Indies', 330, 204),
                        ('Ireland', 'Scotland', 199, 187)]}[league]
    c.text((int(20 * s), int(44 * s)), 'Results', 'sans_b', int(28 * s), fg)
    c.text((int(20 * s), int(84 * s)), 'Saturday', 'sans', int(14 * s), sub)
    y = int(116 * s)
    for a, b, x, z in rows:
        c.rect((int(12 * s), y, W - int(24 * s), int(70 * s)), fill=mix(bgc, fg, .08), radius=int(12 * s))
        c.text((int(28 * s), y + int(12 * s)), a, 'sans', int(16 * s), fg)
        c.text((int(28 * s), y + int(38 * s)), b, 'sans', int(16 * s), fg)
        c.text((W - int(70 * s), y + int(12 * s)), str(x), 'sans_b', int(16 * s), fg, anchor='ra')
        c.text((W - int(70 * s), y + int(38 * s)), str(z), 'sans_b', int(16 * s), fg, anchor='ra')
        c.text((W - int(28 * s), y + int(26 * s)), 'FT', 'sans', max(12, int(12 * s)), sub, anchor='ra')
        y += int(80 * s)
    return finish(c, 'sports results app (clean)', fmt, q, clean=True)


def menu_board(seed, W=3000, H=2000, fmt='jpg', q=80, angle=2, chalk=True):
    rng, c = _photo(seed, W, H, 'bricks' if chalk else 'wall')
    nw, nh = 1500, 1000
    mb, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (35, 45, 40) if chalk else (250, 245, 230),
                        outline=(110, 70, 40), width=30)
    fg = (240, 240, 235) if chalk else (40, 30, 20)
    f = 'fsans_i' if chalk else 'lserif_b'
    s.text((750, 60), rng.choice(['TODAY\'S MENU', 'CAFE MENU', 'BREAKFAST & BRUNCH']), f, 90, fg, anchor='ma')
    items = [('Flat white', '3.20'), ('Hot chocolate', '2.90'), ('Blueberry muffin', '2.50'),
             ('Cheese toastie', '4.75'), ('Avocado toast', '7.95'), ('Fish & chips', '11.50'),
             ('Soup of the day', '5.25'), ('Kids pancakes', '4.00')]
    rng.shuffle(items)
    cur = rng.choice(['£', '$', '€', 'R', 'Rs '])
    for i, (it, pr) in enumerate(items):
        col = i // 4
        y = 230 + (i % 4) * 170
        x = 80 + col * 720
        s.text((x, y), it, f, 58, fg)
        s.text((x + 640, y), cur + pr, f, 58, (255, 220, 120) if chalk else (150, 30, 30), anchor='ra')
    _place(c, mb, rng, angle)
    return finish(c, 'cafe %s menu with prices (clean)' % ('chalkboard' if chalk else 'printed'), fmt, q, noise=6,
                  seed=seed, light=0.35, blur=0.8, clean=True)


def price_tags(seed, W=2048, H=1536, fmt='jpg', q=70):
    rng = random.Random(seed)
    c = Canvas(W, H, img=bg_photo(W, H, rng, shapes=70, blur=W // 200))
    for row in range(3):
        y = int(H * (0.28 + row * 0.3))
        c.rect((0, y, W, int(H * 0.05)), fill=(220, 220, 225))
        x = int(W * 0.05)
        for _ in range(4):
            tw, th = int(W * 0.18), int(H * 0.1)
            c.rect((x, y + int(H * 0.005), tw, th), fill=rng.choice([(255, 230, 0), WHITE, (255, 120, 120)]))
            prod = rng.choice(['Semi-skimmed milk 2L', 'Bananas loose', 'Cornflakes 500g', 'Orange juice 1L',
                               'Baked beans 4pk', 'Pasta fusilli 1kg', 'Cheddar 400g', 'Apples 6pk'])
            pr = '%d.%02d' % (rng.randint(0, 6), rng.choice([0, 15, 49, 75, 89, 99]))
            c.text((x + 10, y + int(H * 0.012)), prod, 'lsans', _fit_size(prod, 'lsans', int(H * 0.018), tw - 20), BLACK)
            c.text((x + tw - 10, y + th - 5), pr, 'lsans_b', int(H * 0.05), BLACK, anchor='rd')
            c.text((x + 10, y + th - 10), '%.2f per kg' % (rng.random() * 9), 'lsans', max(12, int(H * 0.012)),
                   (60, 60, 60), anchor='ld')
            x += tw + int(W * 0.05)
    return finish(c, 'supermarket shelf price labels (clean)', fmt, q, noise=6, seed=seed, light=0.3, blur=0.9,
                  clean=True)


POSTERS = [
    ('TAYLOR SWIFT', 'THE ERAS TOUR', 'WEMBLEY STADIUM - LONDON', (180, 120, 200)),
    ('ED SHEERAN', 'MATHEMATICS TOUR', 'MCG - MELBOURNE', (230, 120, 40)),
    ('BEYONCE', 'RENAISSANCE WORLD TOUR', 'ROGERS CENTRE - TORONTO', (200, 200, 210)),
    ('COLDPLAY', 'MUSIC OF THE SPHERES', 'DY PATIL STADIUM - MUMBAI', (60, 40, 160)),
]


def concert_poster(seed, idx=0, W=2000, H=3000, fmt='jpg', q=88, angle=-4):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['bricks', 'wall']))
    who, tour, venue, col = POSTERS[idx]
    nw, nh = 1000, 1414
    pp, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.8, angle), col)
    for _ in range(12):
        s.ellipse((rng.randrange(-200, 1000), rng.randrange(200, 1000), rng.randint(100, 400), rng.randint(100, 400)),
                  fill=mix(col, (rng.randrange(256), rng.randrange(256), rng.randrange(256)), .4))
    s.text((500, 80), who, 'sans_b', _fit_size(who, 'sans_b', 130, 920), WHITE, anchor='ma', stroke=3,
           stroke_fill=BLACK)
    s.text((500, 1050), tour, 'sans_b', _fit_size(tour, 'sans_b', 80, 900), WHITE, anchor='ma')
    s.text((500, 1170), venue, 'sans', _fit_size(venue, 'sans', 44, 900), WHITE, anchor='ma')
    s.text((500, 1260), 'TICKETS ON SALE NOW', 'sans_b', 46, (255, 230, 60), anchor='ma')
    _place(c, pp, rng, angle)
    return finish(c, 'concert poster of famous artist (clean)', fmt, q, noise=5, seed=seed, light=0.3, blur=0.8,
                  clean=True)


MOVIES = [('JURASSIC WORLD', 'CHRIS PRATT   BRYCE DALLAS HOWARD', 'IN CINEMAS JUNE'),
          ('INSIDE OUT 2', 'DISNEY PIXAR', 'ONLY IN CINEMAS'),
          ('THE LORD OF THE RINGS', 'ELIJAH WOOD   IAN McKELLEN   VIGGO MORTENSEN', 'THE RETURN OF THE KING')]


def movie_poster(seed, idx=0, W=1080, H=1600, fmt='webp', q=85):
    rng = random.Random(seed)
    t, cast, tag = MOVIES[idx]
    c = Canvas(W, H, img=add_shapes(bg_gradient(W, H, (10, 10, 30), (rng.randrange(80, 200), 60, 30)), rng, 20,
                                    blur=20))
    c.text((W / 2, H * 0.06), cast, 'cond_b', _fit_size(cast, 'cond_b', 40, W - 80), WHITE, anchor='ma')
    c.text((W / 2, H * 0.62), t, 'serif_b', _fit_size(t, 'serif_b', 130, W - 60), (250, 220, 150), anchor='mm',
           stroke=2, stroke_fill=BLACK)
    c.text((W / 2, H * 0.72), tag, 'sans', _fit_size(tag, 'sans', 44, W - 80), WHITE, anchor='mm')
    c.text((W / 2, H * 0.95), 'PG  |  DOLBY ATMOS  |  IMAX', 'sans', 26, (200, 200, 200), anchor='mm')
    return finish(c, 'movie poster with film title and actors (clean)', fmt, q, clean=True)


BOOKS = [("Harry Potter and the Philosopher's Stone", 'J.K. ROWLING', (120, 20, 30)),
         ('Matilda', 'ROALD DAHL', (240, 200, 60)),
         ('Diary of a Wimpy Kid', 'JEFF KINNEY', (200, 60, 40)),
         ('The Very Hungry Caterpillar', 'ERIC CARLE', (250, 250, 245))]


def book_cover(seed, idx=0, W=3000, H=2000, fmt='jpg', q=90, angle=7):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'carpet', 'fabric']))
    t, a, col = BOOKS[idx]
    fg = BLACK if sum(col) > 600 else WHITE
    nw, nh = 800, 1200
    bk, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.5, angle), col, radius=6)
    s.rect((0, 0, 40, 1200), fill=mix(col, BLACK, .25))
    words = t.split()
    lines, cur = [], ''
    for w in words:
        if tlen(cur + ' ' + w, 'serif_b', 90) > 680 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip()
    lines.append(cur)
    y = 120
    for ln in lines:
        s.text((420, y), ln, 'serif_b', 90, fg, anchor='ma')
        y += 110
    s.ellipse((200, y + 60, 440, 440), fill=mix(col, (rng.randrange(256), 200, 100), .5))
    s.text((420, 1100), a, 'sans_b', 56, fg, anchor='ma')
    _place(c, bk, rng, angle)
    return finish(c, 'children\'s book cover on table (clean)', fmt, q, noise=5, seed=seed, light=0.35, blur=0.6,
                  clean=True)


BRANDS = [('NIKE', 'JUST DO IT.', BLACK, WHITE), ("McDonald's", "i'm lovin' it", (218, 41, 28), (255, 199, 44)),
          ('Coca-Cola', 'Taste the Feeling', (244, 0, 9), WHITE), ('adidas', 'Impossible is Nothing', BLACK, WHITE)]


def brand_billboard(seed, idx=0, W=4000, H=3000, fmt='jpg', q=82, angle=-2):
    rng, c = _photo(seed, W, H, 'outdoor')
    b, slogan, bg, fg = BRANDS[idx]
    nw, nh = 1800, 800
    bb, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh + 300, 0.85, angle), bg, outline=(60, 60, 60), width=16)
    s.text((900, 300), b, 'sans_b' if idx != 2 else 'fserif_bi', 260, fg, anchor='mm')
    s.text((900, 600), slogan, 'sans_i', 100, fg, anchor='mm')
    c.rect((W / 2 - 30, H / 2, 60, H / 2), fill=(80, 80, 85))
    c.paste_canvas(bb, W / 2, H * 0.4, angle=angle, shadow=6)
    return finish(c, 'brand billboard with logo and slogan (clean)', fmt, q, noise=6, seed=seed, light=0.3,
                  blur=1.0, clean=True)


CITIES = [('London', '18', 'Partly cloudy', 'H:21 L:12'), ('Sydney', '26', 'Sunny', 'H:28 L:19'),
          ('Mumbai', '31', 'Humid', 'H:33 L:27'), ('Toronto', '-4', 'Light snow', 'H:-1 L:-8'),
          ('Auckland', '16', 'Showers', 'H:17 L:11')]


def weather_app(seed, idx=0, W=1080, H=1920, fmt='png', q=90):
    rng = random.Random(seed)
    city, t, cond, hl = CITIES[idx]
    c = Canvas(W, H, img=bg_gradient(W, H, (40, 90, 170), (120, 170, 230)))
    s = W / 540.0
    status_bar(c, s, WHITE)
    c.text((W / 2, int(90 * s)), city, 'sans', int(34 * s), WHITE, anchor='mm')
    c.text((W / 2, int(170 * s)), t + '°', 'sans_light', int(96 * s), WHITE, anchor='mm')
    c.text((W / 2, int(250 * s)), cond, 'sans', int(20 * s), WHITE, anchor='mm')
    c.text((W / 2, int(280 * s)), hl, 'sans', int(18 * s), WHITE, anchor='mm')
    c.rect((int(16 * s), int(320 * s), W - int(32 * s), int(130 * s)), fill=(50, 100, 170), radius=int(16 * s))
    for i in range(6):
        x = int((50 + i * 88) * s)
        c.text((x, int(345 * s)), 'Now' if i == 0 else '%02d' % ((9 + i) % 24), 'sans', max(12, int(13 * s)), WHITE,
               anchor='mm')
        c.ellipse((x - int(12 * s), int(370 * s), int(24 * s), int(24 * s)), fill=(255, 210, 60))
        c.text((x, int(420 * s)), '%d°' % (int(t) + rng.randint(-2, 3)), 'sans_b', int(15 * s), WHITE, anchor='mm')
    y = int(470 * s)
    for d in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']:
        if y > H - int(60 * s):
            break
        c.text((int(30 * s), y), d, 'sans', int(17 * s), WHITE)
        lo = int(t) - rng.randint(3, 8)
        c.text((W - int(30 * s), y), '%d°  %d°' % (lo, lo + rng.randint(4, 10)), 'sans', int(17 * s), WHITE,
               anchor='ra')
        y += int(42 * s)
    return finish(c, 'weather app for a big city (clean)', fmt, q, clean=True)


SCENES = [
    ('scoreboard', scoreboard, dict(sport='football')),
    ('scoreboard', scoreboard, dict(sport='basketball', W=3000, H=2000, angle=4, fmt='webp', q=85)),
    ('scoreboard', scoreboard, dict(sport='cricket', W=2048, H=1536, angle=0, q=65, blur=2.0)),
    ('scoreboard', scoreboard, dict(sport='rugby', W=1600, H=1200, angle=-8, fmt='png', blur=0.5)),
    ('results_app', results_app, dict()),
    ('results_app', results_app, dict(dark=False, league='cricket', W=540, H=960, fmt='jpg', q=75)),
    ('menu', menu_board, dict()),
    ('menu', menu_board, dict(chalk=False, W=2048, H=1536, angle=-6, fmt='webp', q=80)),
    ('price_tags', price_tags, dict()),
    ('price_tags', price_tags, dict(W=4000, H=3000, fmt='jpg', q=90)),
    ('concert_poster', concert_poster, dict(idx=0)),
    ('concert_poster', concert_poster, dict(idx=1, W=1500, H=2000, angle=5, fmt='png')),
    ('concert_poster', concert_poster, dict(idx=3, W=3000, H=4000, angle=-9, q=70)),
    ('movie_poster', movie_poster, dict(idx=0)),
    ('movie_poster', movie_poster, dict(idx=1, W=720, H=1080, fmt='jpg', q=80)),
    ('movie_poster', movie_poster, dict(idx=2, fmt='png')),
    ('book_cover', book_cover, dict(idx=0)),
    ('book_cover', book_cover, dict(idx=1, W=1600, H=1200, angle=-12, fmt='webp', q=78)),
    ('book_cover', book_cover, dict(idx=2, W=4000, H=3000, angle=3, q=62)),
    ('brand', brand_billboard, dict(idx=0)),
    ('brand', brand_billboard, dict(idx=1, W=3000, H=2000, angle=3, fmt='webp', q=88)),
    ('brand', brand_billboard, dict(idx=2, W=2048, H=1536, angle=-6, fmt='png')),
    ('weather', weather_app, dict(idx=0)),
    ('weather', weather_app, dict(idx=1, W=540, H=960, fmt='jpg', q=85)),
    ('weather', weather_app, dict(idx=3, W=1170, H=2532, fmt='webp', q=90)),
]
