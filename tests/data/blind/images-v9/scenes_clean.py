"""Clean scenes: lots of tempting but harmless text (public organisations,
famous people, chain stores, numbers, dates, times, brand QR codes)."""
from common import Canvas, font, fam, ink_for, lighter, darker, mix, sub_canvas, HAND_FONTS
import textures as TX
import docs_common as DC
import ui

CLUBS_EPL = ['Arsenal', 'Aston Villa', 'Brighton', 'Chelsea', 'Everton', 'Liverpool', 'Man City', 'Man United', 'Newcastle', 'Tottenham',
             'West Ham', 'Wolves', 'Fulham', 'Brentford', 'Crystal Palace', 'Bournemouth', 'Nottm Forest', 'Leeds United']
NBA = ['Boston Celtics', 'Denver Nuggets', 'Golden State Warriors', 'LA Lakers', 'Miami Heat', 'Milwaukee Bucks', 'New York Knicks',
       'Phoenix Suns', 'Dallas Mavericks', 'Chicago Bulls', 'Toronto Raptors', 'OKC Thunder']
NRL = ['Brisbane Broncos', 'Melbourne Storm', 'Penrith Panthers', 'Sydney Roosters', 'Parramatta Eels', 'NZ Warriors', 'Cronulla Sharks',
       'Canberra Raiders', 'North QLD Cowboys', 'South Sydney Rabbitohs']
PUBLIC_QR = ['https://www.wikipedia.org', 'https://www.nasa.gov', 'https://www.bbc.co.uk/bitesize', 'https://www.youtube.com', 'https://www.lego.com/en-gb',
             'https://www.nationalgeographic.com', 'https://www.nhm.ac.uk', 'https://www.minecraft.net', 'https://www.coca-cola.com',
             'https://www.kelloggs.com', 'https://www.nintendo.com', 'https://www.sciencemuseum.org.uk']


def _screen_or_photo(rng, nrng, w, h, draw, photo_p=0.5):
    pass


# ------------------------------------------------------------------ league table
def league_table(rng, nrng, want=0):
    kind = rng.choice(['epl', 'nba', 'nrl'])
    teams = {'epl': CLUBS_EPL, 'nba': NBA, 'nrl': NRL}[kind][:]
    rng.shuffle(teams)
    n = min(len(teams), rng.randint(10, 18))
    screen = rng.random() < 0.5
    if screen:
        W, H = rng.choice(ui.PHONE_SIZES + [(1920, 1080), (2560, 1440)])
        pg = Canvas(W, H, rng.choice([(255, 255, 255), (18, 20, 28), (240, 244, 250)]))
        host = None
    else:
        pg, host = DC.page_setup(rng, nrng, scan_p=0.3, color=(238, 236, 228))
        W, H = pg.img.size
    s = min(W, H) / 1080
    bg = pg.img.getpixel((2, 2))[:3]
    fg = ink_for(bg)
    F = fam(rng)
    title = {'epl': 'Premier League Table', 'nba': 'NBA Standings - Eastern & Western', 'nrl': 'NRL Ladder - Round 19'}[kind]
    pg.text((int(40 * s), int(90 * s)), title, font(F[1], 52 * s), fg)
    pg.text((int(40 * s), int(160 * s)), rng.choice(['Updated 5 Dec 2026, 22:15', 'As of Sunday', 'Matchday 15', 'Season 2026/27']), font(F[0], 30 * s), mix(fg, bg, 0.4))
    y = int(230 * s)
    cols = ['#', 'Team', 'P', 'W', 'D', 'L', 'GD', 'Pts'] if kind != 'nba' else ['#', 'Team', 'W', 'L', 'PCT', 'GB', 'L10', 'STRK']
    xs = [0.04, 0.1, 0.55, 0.62, 0.69, 0.76, 0.83, 0.92]
    rh = min(70 * s, (H - y - 60 * s) / (n + 1))
    fr = font(F[0], rh * 0.45)
    for x, ccol in zip(xs, cols):
        pg.text((W * x, y), ccol, font(F[1], rh * 0.45), fg)
    y += rh
    pts = 45
    for i in range(n):
        if i % 2 == 0:
            pg.d.rectangle((0, y - 6 * s, W, y + rh - 6 * s), fill=mix(bg, fg, 0.06))
        p = rng.randint(14, 19)
        w = rng.randint(2, p - 2)
        d = rng.randint(0, p - w)
        l = p - w - d
        pts = max(0, pts - rng.randint(0, 4))
        vals = [str(i + 1), teams[i], str(p), str(w), str(d), str(l), f'{rng.randint(-20, 25):+d}', str(pts)] if kind != 'nba' else \
            [str(i + 1), teams[i], str(w + 10), str(l + 5), f'.{rng.randint(300, 800)}', f'{rng.uniform(0, 12):.1f}', f'{rng.randint(2, 8)}-{rng.randint(2, 8)}', rng.choice(['W3', 'L1', 'W1', 'L2'])]
        for x, v in zip(xs, vals):
            pg.text((W * x, y), v, fr, fg)
        y += rh
    if screen:
        return pg, {'medium': 'screen'}
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ menu
CHAINS = [("McDonald's", (218, 41, 28), (255, 199, 44)), ('Subway', (0, 130, 60), (255, 200, 0)), ("Domino's", (0, 100, 170), (227, 24, 55)),
          ('KFC', (163, 8, 12), (255, 255, 255)), ('Starbucks', (0, 112, 74), (255, 255, 255)), ('Pizza Hut', (200, 16, 46), (20, 20, 20))]
FOOD = ['Classic Burger', 'Chicken Wrap', 'Veggie Deluxe', 'Large Fries', 'Apple Pie', 'Milkshake', 'Pepperoni Pizza', 'Garlic Bread', 'Hot Chocolate',
        'Caramel Latte', 'Kids Meal', 'Nuggets (6 pc)', 'Nuggets (9 pc)', 'Side Salad', 'Orange Juice', 'Cookie', 'Meatball Sub', 'Wedges', 'Sundae']


def menu(rng, nrng, want=0):
    name, c1, c2 = rng.choice(CHAINS)
    pg, host = DC.page_setup(rng, nrng, scan_p=0.1, color=(250, 248, 240), landscape=rng.random() < 0.5)
    W, H = pg.img.size
    s = min(W, H) / 1240
    F = fam(rng)
    pg.d.rectangle((0, 0, W, int(200 * s)), fill=c1 + (255,))
    pg.text((int(50 * s), int(50 * s)), name, font(F[1], 100 * s), c2)
    cur = rng.choice(['£', '$', '€', 'A$', 'R', '₹'])
    items = rng.sample(FOOD, rng.randint(9, 14))
    y = int(260 * s)
    fi = font(F[0], 44 * s)
    for it in items:
        price = rng.uniform(1, 12) if cur != '₹' and cur != 'R' else rng.uniform(49, 399)
        pg.text((int(60 * s), y), it, fi, (30, 30, 30))
        pg.text((W - int(60 * s), y), f'{cur}{price:.2f}', font(F[1], 44 * s), (30, 30, 30), anchor='ra')
        pg.text((int(60 * s), y + int(52 * s)), f'{rng.randint(120, 980)} kcal', font(F[2], 26 * s), (110, 110, 110))
        y += int(100 * s)
        if y > H - int(330 * s):
            break
    dom = name.lower().replace("'", '').replace(' ', '')
    pg.text((int(60 * s), H - int(250 * s)), f'Order online at www.{dom}.com', font(F[1], 36 * s), c1)
    pg.text((int(60 * s), H - int(200 * s)), rng.choice(['Delivery hotline 1300 555 123', 'Call 0800 555 0000 to order', 'Customer care 1-800-555-0100', 'Free phone 0800 123 4567']),
            font(F[0], 32 * s), (60, 60, 60))
    pg.text((int(60 * s), H - int(150 * s)), 'Adults need around 2000 kcal a day. Allergen info available on request.', font(F[0], 24 * s), (90, 90, 90))
    if rng.random() < 0.3:
        pg.qr(f'https://www.{dom}.com', W - int(300 * s), H - int(330 * s), int(240 * s))
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ book cover
BOOKS = [('Treasure Island', 'Robert Louis Stevenson'), ("Alice's Adventures in Wonderland", 'Lewis Carroll'), ('The Secret Garden', 'Frances Hodgson Burnett'),
         ('Black Beauty', 'Anna Sewell'), ('Little Women', 'Louisa May Alcott'), ('Heidi', 'Johanna Spyri'), ('Peter Pan', 'J. M. Barrie'),
         ('The Jungle Book', 'Rudyard Kipling'), ('The Wind in the Willows', 'Kenneth Grahame'), ('Anne of Green Gables', 'L. M. Montgomery'),
         ('Around the World in Eighty Days', 'Jules Verne'), ('The Railway Children', 'E. Nesbit')]


def book_cover(rng, nrng, want=0):
    title, author = rng.choice(BOOKS)
    W, H = DC.photo_size(rng, portrait=True, big_p=0.6)
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    bw = int(min(W * 0.7, H * 0.75 / 1.5))
    bh = int(bw * 1.5)
    col = rng.choice([(30, 60, 110), (120, 30, 40), (20, 90, 70), (230, 180, 60), (60, 40, 90)])
    bk = sub_canvas(bw, bh, col + (255,))
    k = bw / 1000
    F = fam(rng, 'serif')
    ink = ink_for(col)
    bk.ctext(bw / 2, 120 * k, author.upper(), font(F[0], 50 * k), ink)
    fsz = 120 * k
    words = title.split()
    lines, cur = [], ''
    ft = font(F[1], fsz)
    for w in words:
        t = (cur + ' ' + w).strip()
        if ft.getlength(t) > bw * 0.85 and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    lines.append(cur)
    y = 300 * k
    for ln in lines:
        bk.ctext(bw / 2, y, ln, ft, ink)
        y += fsz * 1.2
    cx, cy = bw / 2, bh * 0.65
    for i in range(5):
        r = (250 - i * 40) * k
        bk.d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=lighter(col, 0.2 + i * 0.1) + (255,), width=max(2, int(10 * k)))
    bk.ctext(bw / 2, bh - 200 * k, rng.choice(['PUFFIN CLASSICS', 'OXFORD CHILDREN\'S CLASSICS', 'WORDSWORTH CLASSICS', 'ALMA JUNIOR']), font('sans_b', 36 * k), ink)
    bk.ctext(bw / 2, bh - 130 * k, rng.choice(['Over 1 million copies sold', 'Unabridged', 'With 24 illustrations', 'First published 1883' if 'Treasure' in title else 'A timeless classic']),
             font(F[2], 34 * k), ink)
    cv.paste_canvas(bk, (W / 2, H / 2), rng.uniform(-5, 5))
    # price sticker + barcode sticker
    st = sub_canvas(int(bw * 0.42), int(bw * 0.26), (255, 255, 255, 255))
    sw_, sh_ = st.img.size
    x = sw_ * 0.08
    while x < sw_ * 0.92:
        wd = rng.choice([1, 2, 3]) * max(1, sw_ / 300)
        st.d.rectangle((x, sh_ * 0.1, x + wd, sh_ * 0.62), fill=(0, 0, 0, 255))
        x += wd + rng.choice([1, 2, 3]) * max(1, sw_ / 300)
    st.ctext(sw_ / 2, sh_ * 0.68, f'ISBN 978-0-{rng.randint(10, 99)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}', font('sans', sh_ * 0.1), (0, 0, 0))
    st.ctext(sw_ / 2, sh_ * 0.82, rng.choice(['£6.99', '$8.99', 'A$14.99', '€7.99', 'NZ$16.99', 'R189']), font('sans_b', sh_ * 0.12), (0, 0, 0))
    cv.paste_canvas(st, (W / 2 + bw * 0.22, H / 2 + bh * 0.36), rng.uniform(-5, 5))
    return cv, {'medium': 'photo', 'fill': (40, 40, 40)}


# ------------------------------------------------------------------ famous people posters
FAMOUS = [('Marie Curie', '1867 - 1934', 'Nothing in life is to be feared, it is only to be understood.'),
          ('Albert Einstein', '1879 - 1955', 'Imagination is more important than knowledge.'),
          ('Nelson Mandela', '1918 - 2013', 'It always seems impossible until it is done.'),
          ('Ada Lovelace', 'born 10 December 1815', 'That brain of mine is something more than merely mortal.'),
          ('Isaac Newton', '25 December 1642', 'If I have seen further it is by standing on the shoulders of giants.'),
          ('Frida Kahlo', '6 July 1907', 'Feet, what do I need you for when I have wings to fly?'),
          ('Mahatma Gandhi', '2 October 1869', 'Be the change that you wish to see in the world.'),
          ('Katherine Johnson', '1918 - 2020', 'Like what you do, and then you will do your best.'),
          ('Amelia Earhart', '24 July 1897', 'The most effective way to do it, is to do it.'),
          ('Charles Darwin', '12 February 1809', 'It is not the strongest of the species that survives.')]


def famous_poster(rng, nrng, want=0):
    name, dates, quote = rng.choice(FAMOUS)
    pg, host = DC.page_setup(rng, nrng, scan_p=0.15, color=rng.choice([(30, 40, 70), (250, 245, 230), (200, 60, 60), (20, 100, 90)]), fill=0.82)
    W, H = pg.img.size
    s = W / 1240
    bg = pg.img.getpixel((5, 5))[:3]
    ink = ink_for(bg)
    F = fam(rng, 'any')
    pg.ctext(W / 2, int(120 * s), rng.choice(['GREAT SCIENTISTS', 'INSPIRING PEOPLE', 'CHANGE MAKERS', 'HISTORY HEROES']), font('sans_b', 50 * s), lighter(ink, 0.2) if ink[0] < 100 else darker(ink, 0.2))
    # abstract portrait frame (no face): star burst
    cx, cy, r = W / 2, H * 0.33, W * 0.22
    pg.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=rng.choice([(250, 200, 60), (120, 180, 230), (240, 130, 100)]) + (255,))
    for i in range(12):
        import math
        a = i * math.pi / 6
        pg.d.line((cx, cy, cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a)), fill=bg + (255,), width=max(2, int(8 * s)))
    pg.ctext(W / 2, H * 0.55, name, font(F[1], 110 * s), ink)
    pg.ctext(W / 2, H * 0.55 + 140 * s, dates, font(F[0], 52 * s), ink)
    pg.para((W * 0.1, H * 0.68), [('"' + quote + '"', None)], font(F[2] if len(F) > 2 else F[0], 60 * s), ink, W * 0.8, align='center')
    pg.ctext(W / 2, H - 120 * s, f'Classroom Poster Series  No. {rng.randint(1, 40)}', font(F[0], 30 * s), ink)
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ ticket
VENUES = [('Natural History Museum', 'https://www.nhm.ac.uk'), ('Science Museum', 'https://www.sciencemuseum.org.uk'), ('Sydney Opera House', 'https://www.sydneyoperahouse.com'),
          ('Royal Albert Hall', 'https://www.royalalberthall.com'), ('Smithsonian National Air and Space Museum', 'https://airandspace.si.edu'),
          ('Te Papa Tongarewa', 'https://www.tepapa.govt.nz'), ('Wembley Stadium', 'https://www.wembleystadium.com'), ('Croke Park', 'https://crokepark.ie')]


def ticket(rng, nrng, want=0):
    venue, url = rng.choice(VENUES)
    pg, host = DC.card_setup(rng, nrng, ratio=2.4, scan_p=0.2, fill=0.85)
    W, H = pg.img.size
    s = W / 1200
    col = rng.choice(ui.ACCENTS)
    pg.d.rectangle((0, 0, W, H), fill=(252, 252, 250, 255))
    pg.d.rectangle((0, 0, int(W * 0.68), int(90 * s)), fill=col + (255,))
    F = fam(rng)
    f_ = font(F[1], 40 * s)
    while f_.getlength(venue) > W * 0.64:
        f_ = font(F[1], f_.size - 2)
    pg.text((int(24 * s), int(24 * s)), venue, f_, ink_for(col))
    rows = [('DATE', f'{rng.choice(["Sat", "Sun", "Wed"])} {rng.randint(1, 28)} {rng.choice(["Jan", "Feb", "Mar", "Apr", "Jul", "Aug"])} 2027'),
            ('TIME', f'{rng.randint(9, 19)}:{rng.choice(["00", "15", "30", "45"])}'), ('ENTRY', rng.choice(['Child (5-15)', 'Family', 'Junior', 'General admission'])),
            ('SEAT', f'Row {rng.choice("ABCDEFGHJK")}  Seat {rng.randint(1, 60)}'), ('PRICE', rng.choice(['£12.50', '$18.00', 'A$35.00', 'Free', '€9.00', 'NZ$0.00']))]
    y = int(120 * s)
    for k, v in rows:
        pg.text((int(24 * s), y), k, font(F[0], 22 * s), (110, 110, 110))
        pg.text((int(170 * s), y - int(4 * s)), v, font(F[1], 32 * s), (20, 20, 20))
        y += int(62 * s)
    pg.text((int(24 * s), H - int(40 * s)), f'Booking ref {rng.choice("ABCDEFGH")}{rng.randint(10000, 99999)}  ·  Non-transferable', font(F[0], 20 * s), (90, 90, 90))
    for yy in range(0, H, int(20 * s)):
        pg.d.line((W * 0.7, yy, W * 0.7, yy + 10 * s), fill=(150, 150, 150, 255), width=max(1, int(2 * s)))
    if rng.random() < 0.5:
        pg.qr(url, int(W * 0.74), int(H * 0.12), int(min(W * 0.24, H * 0.76)))
    else:
        x = W * 0.74
        while x < W * 0.96:
            wd = rng.choice([2, 4, 6]) * s
            pg.d.rectangle((x, H * 0.2, x + wd, H * 0.8), fill=(0, 0, 0, 255))
            x += wd + rng.choice([2, 4]) * s
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ brand packaging with QR
BRANDS = [('Kellogg\'s Corn Flakes', 'https://www.kelloggs.com', (230, 40, 40)), ('LEGO City', 'https://www.lego.com/en-gb', (255, 210, 0)),
          ('Coca-Cola', 'https://www.coca-cola.com', (220, 20, 30)), ('Minecraft Snack Pack', 'https://www.minecraft.net', (80, 160, 70)),
          ('Nintendo Switch Game Card', 'https://www.nintendo.com', (230, 0, 18)), ('National Geographic Kids', 'https://www.nationalgeographic.com', (255, 206, 0))]


def brand_pack(rng, nrng, want=0):
    name, url, col = rng.choice(BRANDS)
    W, H = DC.photo_size(rng, portrait=rng.random() < 0.5, big_p=0.7)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    bw, bh = int(min(W, H) * 0.7), int(min(W, H) * 0.85)
    bx = sub_canvas(bw, bh, col + (255,))
    k = bw / 1000
    ink = ink_for(col)
    F = fam(rng)
    f_ = font(F[1], 90 * k)
    while f_.getlength(name) > bw * 0.9:
        f_ = font(F[1], f_.size - 3)
    bx.ctext(bw / 2, 60 * k, name, f_, ink)
    bx.ctext(bw / 2, 190 * k, rng.choice(['Scan for games & recipes!', 'Scan to unlock a bonus level', 'Scan me for more info', 'Win prizes - scan now']),
             font(F[0], 44 * k), ink)
    bx.d.rectangle((60 * k, 280 * k, bw - 60 * k, bh - 60 * k), fill=(255, 255, 255, 255))
    bx.qr(url, 90 * k, 320 * k, 380 * k)
    fy = 320 * k
    for lab, val in [('Energy', f'{rng.randint(300, 1700)} kJ'), ('Fat', f'{rng.uniform(0, 20):.1f} g'), ('Sugars', f'{rng.uniform(0, 40):.1f} g'),
                     ('Salt', f'{rng.uniform(0, 2):.2f} g'), ('Best before', f'{rng.randint(1, 12):02d}/2027'), ('Batch', f'L{rng.randint(1000, 9999)}')]:
        bx.text((520 * k, fy), lab, font(F[0], 32 * k), (30, 30, 30))
        bx.text((bw - 90 * k, fy), val, font(F[1], 32 * k), (30, 30, 30), anchor='ra')
        fy += 52 * k
    bx.text((90 * k, 740 * k), f'Careline 0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)} (Mon-Fri 9-5)', font(F[0], 28 * k), (40, 40, 40))
    bx.text((90 * k, 780 * k), url.replace('https://', ''), font(F[1], 30 * k), (40, 40, 40))
    cv.paste_canvas(bx, (W / 2, H / 2), rng.uniform(-8, 8))
    return cv, {'medium': 'photo', 'fill': (40, 40, 40)}


# ------------------------------------------------------------------ receipt
STORES = ['TESCO', 'Walmart', 'Woolworths', 'Pick n Pay', 'Countdown', 'Dunnes Stores', 'Big Bazaar', 'Loblaws', 'Sainsbury\'s', 'Coles']


def receipt_barcode(rng, nrng, want=0):
    store = rng.choice(STORES)
    W, H = DC.photo_size(rng, portrait=True, big_p=0.6)
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    rw = int(W * 0.5)
    rh = int(H * 0.9)
    rc = sub_canvas(rw, rh, (250, 250, 248, 255))
    k = rw / 600
    fm = font('mono', 24 * k)
    y = 30 * k
    rc.ctext(rw / 2, y, store, font('sans_b', 48 * k), (20, 20, 20))
    y += 80 * k
    rc.ctext(rw / 2, y, f'Store {rng.randint(1000, 9999)}   Till {rng.randint(1, 30)}', fm, (30, 30, 30))
    y += 50 * k
    total = 0
    for it in rng.sample(['MILK 2L', 'BREAD WHOLEMEAL', 'BANANAS', 'CHEESE 400G', 'APPLES 6PK', 'CEREAL', 'ORANGE JUICE', 'PASTA 500G', 'EGGS 12',
                          'CHOC BAR', 'CRISPS MULTI', 'YOGHURT 4PK', 'RICE 1KG', 'TEA 80S'], rng.randint(6, 11)):
        p = rng.uniform(0.5, 6)
        total += p
        rc.text((30 * k, y), it, fm, (30, 30, 30))
        rc.text((rw - 30 * k, y), f'{p:.2f}', fm, (30, 30, 30), anchor='ra')
        y += 36 * k
    y += 20 * k
    rc.text((30 * k, y), 'TOTAL', font('mono_b', 30 * k), (20, 20, 20))
    rc.text((rw - 30 * k, y), f'{total:.2f}', font('mono_b', 30 * k), (20, 20, 20), anchor='ra')
    y += 60 * k
    rc.text((30 * k, y), f'CARD ************{rng.randint(1000, 9999)}', fm, (30, 30, 30))
    y += 40 * k
    rc.text((30 * k, y), f'{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026  {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}', fm, (30, 30, 30))
    y += 40 * k
    rc.text((30 * k, y), f'CLUBCARD POINTS THIS VISIT  {rng.randint(1, 40)}' if store == 'TESCO' else f'YOU SAVED {rng.uniform(0.5, 9):.2f}', fm, (30, 30, 30))
    y += 70 * k
    x = 60 * k
    while x < rw - 60 * k:
        wd = rng.choice([2, 3, 5]) * k
        rc.d.rectangle((x, y, x + wd, y + 120 * k), fill=(0, 0, 0, 255))
        x += wd + rng.choice([2, 3, 4]) * k
    y += 140 * k
    rc.ctext(rw / 2, y, ''.join(str(rng.randint(0, 9)) for _ in range(13)), fm, (30, 30, 30))
    y += 60 * k
    rc.ctext(rw / 2, y, 'THANK YOU FOR SHOPPING WITH US', fm, (30, 30, 30))
    cv.paste_canvas(rc, (W / 2, H / 2), rng.uniform(-6, 6))
    return cv, {'medium': 'photo', 'fill': (40, 40, 40)}


# ------------------------------------------------------------------ weather
CITIES = ['London', 'New York', 'Tokyo', 'Sydney', 'Paris', 'Cairo', 'Mumbai', 'Toronto', 'Cape Town', 'Rio de Janeiro', 'Reykjavik', 'Singapore']


def weather(rng, nrng, want=0):
    W, H = rng.choice(ui.PHONE_SIZES + [(1920, 1080)])
    s = min(W, H) / 1080
    cv = Canvas(W, H, img=TX.gradient(W, H, (40, 90, 170), (120, 170, 220)))
    F = fam(rng)
    ui.status_bar(cv, rng, dark=True)
    cv.text((int(50 * s), int(130 * s)), 'World Weather', font(F[1], 60 * s), (255, 255, 255))
    y = int(240 * s)
    for city in rng.sample(CITIES, rng.randint(6, 9)):
        if y > H - int(200 * s):
            break
        cv.rrect((int(40 * s), y, W - int(40 * s), y + int(150 * s)), int(30 * s), fill=(255, 255, 255))
        cv.text((int(80 * s), y + int(28 * s)), city, font(F[1], 44 * s), (30, 30, 30))
        cv.text((int(80 * s), y + int(90 * s)), f'{rng.choice(["Sunny", "Cloudy", "Showers", "Snow", "Windy"])}  H:{rng.randint(-2, 35)}°  L:{rng.randint(-10, 20)}°  UV {rng.randint(0, 11)}',
                font(F[0], 28 * s), (90, 90, 90))
        cv.text((W - int(80 * s), y + int(30 * s)), f'{rng.randint(-5, 38)}°', font(F[0], 80 * s), (30, 30, 30), anchor='ra')
        y += int(175 * s)
    cv.text((int(50 * s), H - int(120 * s)), f'Sunrise 07:{rng.randint(10, 59)}  ·  Sunset 16:{rng.randint(10, 59)}  ·  Wind {rng.randint(3, 40)} km/h', font(F[0], 28 * s), (240, 240, 240))
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ worksheet
def worksheet(rng, nrng, want=0):
    pg, host = DC.page_setup(rng, nrng, scan_p=0.55)
    W, H = pg.img.size
    s = W / 1240
    F = fam(rng)
    m = int(90 * s)
    pg.text((m, m), rng.choice(['Times Tables Challenge', 'History Quiz: Famous Dates', 'Fractions Practice', 'Telling the Time', 'Space Quiz']), font(F[1], 56 * s), (20, 20, 20))
    pg.text((m, m + int(90 * s)), 'Name: ____________________      Class: ________      Date: ___/___/______', font(F[0], 30 * s), (40, 40, 40))
    y = m + int(180 * s)
    fq = font(F[0], 38 * s)
    qs = []
    for i in range(rng.randint(10, 16)):
        t = rng.randint(0, 4)
        if t == 0:
            qs.append(f'{rng.randint(2, 12)} x {rng.randint(2, 12)} = ____')
        elif t == 1:
            qs.append(rng.choice(['In which year did the Battle of Hastings take place? (1066)', 'When did humans first land on the Moon? 20 July 1969',
                                  'The Great Fire of London started on 2 September 1666.', 'The Berlin Wall fell on 9 November 1989.',
                                  'Write 14:45 as a 12-hour time.', 'How many days are in a leap year? 366']))
        elif t == 2:
            qs.append(f'{rng.randint(1, 9)}/{rng.randint(10, 12)} + {rng.randint(1, 9)}/{rng.randint(10, 12)} = ____')
        elif t == 3:
            qs.append(f'What time is {rng.randint(1, 59)} minutes after {rng.randint(1, 12)}:{rng.choice(["00", "15", "30", "45"])}?')
        else:
            qs.append(rng.choice(['Which planet is closest to the Sun?', 'How far is the Moon? about 384,400 km', 'Water boils at 100°C at sea level.',
                                  'Call 999 / 112 / 911 in an emergency - which is used in your country?', 'Round 3,482 to the nearest hundred.']))
    for i, q in enumerate(qs):
        _, b = pg.para((m, y), [(f'{i + 1}. {q}', None)], fq, (30, 30, 30), W - 2 * m)
        y = b[3] + int(40 * s)
        if y > H - int(200 * s):
            break
    if rng.random() < 0.5:
        fh = font(rng.choice(HAND_FONTS), 60 * s)
        pg.hand((W - m - int(300 * s), m + int(10 * s)), rng.choice(['10/12', 'Well done!', '8/10 ★', 'Great work']), fh, (200, 30, 30), rng)
    pg.text((m, H - int(100 * s)), f'© Free Printables  ·  Page {rng.randint(1, 4)}', font(F[0], 24 * s), (120, 120, 120))
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ road sign
ROUTES = [('M6', ['Birmingham', 'Manchester', 'Preston']), ('N7', ['Limerick', 'Naas']), ('I-95', ['New York', 'Philadelphia', 'Baltimore']),
          ('A1', ['Edinburgh', 'Newcastle']), ('Hwy 401', ['Toronto', 'Montreal']), ('SH1', ['Auckland', 'Wellington']),
          ('N1', ['Cape Town', 'Johannesburg']), ('M1', ['Sydney', 'Newcastle'])]


def road_sign(rng, nrng, want=0):
    rd, cities = rng.choice(ROUTES)
    W, H = DC.photo_size(rng, portrait=False, big_p=0.8)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.sky(W, H, nrng))
    gy = int(H * 0.75)
    cv.img.paste(TX.speckle(W, H - gy, nrng, (90, 90, 95), 10), (0, gy))
    col = rng.choice([(0, 100, 60), (20, 60, 160)])
    sw, sh = int(W * 0.6), int(H * 0.4)
    sg = sub_canvas(sw, sh, col + (255,))
    k = sw / 1200
    sg.d.rectangle((10 * k, 10 * k, sw - 10 * k, sh - 10 * k), outline=(255, 255, 255, 255), width=max(2, int(8 * k)))
    sg.rrect((40 * k, 40 * k, 280 * k, 140 * k), int(10 * k), fill=(250, 210, 0, 255) if col[1] == 100 else (200, 30, 30, 255))
    sg.ctext(160 * k, 60 * k, rd, font('sans_b', 60 * k), (20, 20, 20) if col[1] == 100 else (255, 255, 255))
    y = 180 * k
    for cty in cities:
        sg.text((60 * k, y), cty, font('sans_b', 80 * k), (255, 255, 255))
        sg.text((sw - 60 * k, y), str(rng.randint(3, 180)), font('sans_b', 80 * k), (255, 255, 255), anchor='ra')
        y += 110 * k
    cx = W / 2
    cv.d.rectangle((cx - sw * 0.35 - 20 * s, H * 0.3, cx - sw * 0.35 + 20 * s, gy + 40 * s), fill=(120, 120, 125))
    cv.d.rectangle((cx + sw * 0.35 - 20 * s, H * 0.3, cx + sw * 0.35 + 20 * s, gy + 40 * s), fill=(120, 120, 125))
    cv.paste_canvas(sg, (cx, H * 0.35), rng.uniform(-2, 2))
    # speed limit roundel
    r = min(W, H) * 0.08
    x0, y0 = W * 0.88, H * 0.55
    cv.d.ellipse((x0 - r, y0 - r, x0 + r, y0 + r), fill=(255, 255, 255), outline=(210, 20, 20), width=int(r * 0.2))
    cv.ctext(x0, y0 - r * 0.45, str(rng.choice([30, 50, 60, 70, 100])), font('sans_b', r * 0.8), (20, 20, 20))
    return cv, {'medium': 'photo', 'fill': (100, 110, 120)}


# ------------------------------------------------------------------ chain store sign
STORE_SIGNS = [('TESCO Express', (0, 83, 159)), ('Walmart Supercenter', (0, 113, 206)), ('7-Eleven', (0, 128, 96)), ('ALDI', (0, 30, 120)),
               ('Woolworths Metro', (18, 120, 60)), ('Boots Pharmacy', (5, 54, 140)), ('Spar', (220, 30, 40)), ('Lidl', (0, 80, 170))]


def store_sign(rng, nrng, want=0):
    name, col = rng.choice(STORE_SIGNS)
    W, H = DC.photo_size(rng, portrait=False, big_p=0.8)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.brick(W, H, nrng, bh=int(45 * s)) if rng.random() < 0.5 else TX.plaster(W, H, nrng))
    sw, sh = int(W * 0.8), int(H * 0.22)
    sg = sub_canvas(sw, sh, col + (255,))
    f_ = font('sans_b', sh * 0.55)
    while f_.getlength(name) > sw * 0.9:
        f_ = font('sans_b', f_.size - 4)
    sg.ctext(sw / 2, sh * 0.2, name, f_, (255, 255, 255))
    cv.paste_canvas(sg, (W / 2, H * 0.2), rng.uniform(-1.5, 1.5))
    # opening hours board
    bw, bh = int(W * 0.3), int(H * 0.5)
    bd = sub_canvas(bw, bh, (250, 250, 250, 255))
    k = bw / 600
    bd.ctext(bw / 2, 30 * k, 'OPENING HOURS', font('sans_b', 44 * k), (20, 20, 20))
    y = 110 * k
    for d in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']:
        bd.text((40 * k, y), d, font('sans', 36 * k), (30, 30, 30))
        bd.text((bw - 40 * k, y), rng.choice(['7am - 11pm', '8:00 - 22:00', '24 hours', '10am - 4pm']), font('sans', 36 * k), (30, 30, 30), anchor='ra')
        y += 60 * k
    bd.ctext(bw / 2, y + 30 * k, rng.choice(['Cash machine inside', 'Free parking 2 hrs', 'Click & Collect', 'We accept all major cards']), font('sans_i', 30 * k), (60, 60, 60))
    cv.paste_canvas(bd, (W * 0.75, H * 0.65), rng.uniform(-2, 2))
    cv.d.rectangle((W * 0.1, H * 0.4, W * 0.5, H), fill=(40, 50, 60))
    cv.ctext(W * 0.3, H * 0.5, 'PUSH', font('sans_b', 80 * s), (230, 230, 230))
    return cv, {'medium': 'photo', 'fill': (60, 60, 60)}


# ------------------------------------------------------------------ displays: time & temperature
def display_time_temp(rng, nrng, want=0):
    W, H = DC.photo_size(rng, portrait=False, big_p=0.6)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.speckle(W, H, nrng, rng.choice([(60, 60, 65), (200, 200, 205), (120, 100, 80)]), 6))
    dw, dh = int(W * 0.7), int(H * 0.45)
    dp = sub_canvas(dw, dh, (15, 20, 18, 255))
    k = dw / 1400
    led = rng.choice([(80, 255, 120), (255, 60, 40), (90, 200, 255), (255, 180, 40)])
    dp.ctext(dw * 0.3, dh * 0.15, f'{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}', font('mono_b', 260 * k), led)
    dp.ctext(dw * 0.78, dh * 0.15, f'{rng.uniform(-9, 38):.1f}°C' if rng.random() < 0.7 else f'{rng.randint(20, 99)}°F', font('mono_b', 120 * k), led)
    dp.ctext(dw * 0.78, dh * 0.55, f'Humidity {rng.randint(20, 90)}%', font('mono', 60 * k), led)
    dp.ctext(dw * 0.3, dh * 0.7, rng.choice(['SAT 05 DEC', 'MON 07 DEC', 'ALARM 06:45', 'TIMER 00:12:30', 'OUT -2.5°C']), font('mono', 70 * k), led)
    cv.d.rounded_rectangle((W / 2 - dw / 2 - 40 * s, H / 2 - dh / 2 - 40 * s, W / 2 + dw / 2 + 40 * s, H / 2 + dh / 2 + 40 * s), radius=int(40 * s), fill=(30, 30, 34))
    cv.paste_canvas(dp, (W / 2, H / 2), 0)
    return cv, {'medium': 'photo', 'fill': (40, 40, 40)}


# ------------------------------------------------------------------ game score screen
def game_score(rng, nrng, want=0):
    W, H = rng.choice([(1920, 1080), (2560, 1440), (1080, 2340), (1170, 2532), (3840, 2160)])
    s = min(W, H) / 1080
    cv = Canvas(W, H, img=TX.gradient(W, H, (rng.randint(20, 90), 20, rng.randint(60, 140)), (10, 10, 30)))
    F = fam(rng)
    cv.ctext(W / 2, H * 0.12, rng.choice(['LEVEL COMPLETE!', 'VICTORY!', 'WAVE 17 CLEARED', 'NEW HIGH SCORE!']), font(F[1], 110 * s), (255, 220, 80))
    rows = [('Score', f'{rng.randint(1000, 99999):,}'), ('Best', f'{rng.randint(1000, 99999):,}'), ('Time', f'{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}'),
            ('Coins', str(rng.randint(10, 999))), ('Stars', f'{rng.randint(1, 3)}/3'), ('Level', str(rng.randint(1, 120)))]
    y = H * 0.32
    for k, v in rows:
        cv.text((W * 0.3, y), k, font(F[0], 60 * s), (220, 220, 240))
        cv.text((W * 0.7, y), v, font(F[1], 60 * s), (255, 255, 255), anchor='ra')
        y += 90 * s
    ui.button(cv, (W * 0.3, H - 200 * s, W * 0.7, H - 90 * s), 'NEXT LEVEL', (60, 200, 90), font(F[1], 50 * s))
    return cv, {'medium': 'screen'}
