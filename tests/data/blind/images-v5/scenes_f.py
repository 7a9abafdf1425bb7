"""Scenes F: more clean images - recipes, memes, holiday calendars, worksheets, road signs, brand QR codes,
clocks, timetables, tickets, quizzes, departure boards."""
import math

from common import (Surface, font, fit_font, mix, done, registry, paper, tex_gradient, status_bar, UI_FONTS, HAND_FONTS)
from people import MONTHS
from scenes_c import photo_bg, place, obj_size
from scenes_b import game_bg, panel

SCENES = []
sc = registry(SCENES)
C = dict(clean=True)


@sc(**C)
def recipe_card(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric']))
    lay = paper(*obj_size(s, 0.6, 0.75), ctx.nrng, base=(255, 252, 240), lined=True)
    w, h, k = lay.w, lay.h, lay.w / 1000
    fn = ctx.pick(HAND_FONTS)
    ink = (120, 40, 40)
    t = ctx.pick(['Fluffy Pancakes', 'Banana Bread', 'Chocolate Chip Cookies', 'Anzac Biscuits', 'Scones'])
    lay.hand((80 * k, 90 * k), t, 64 * k, ink, rng, fname=fn, thick=True)
    lay.hand((80 * k, 160 * k), 'Serves %d  -  %d mins  -  180°C' % (rng.randint(2, 8), rng.randint(15, 60)), 34 * k, (60, 60, 60), rng, fname=fn)
    y = 240 * k
    for it in ['200g plain flour', '2 large eggs', '300ml milk', '1 tbsp sugar', '2 tsp baking powder', 'pinch of salt', '30g melted butter']:
        if y > h - 40 * k:
            break
        lay.hand((100 * k, y), '- ' + it, 36 * k, (30, 30, 90), rng, fname=fn)
        y += 52 * k
    place(ctx, s, lay, 12)
    return done(ctx, s, 'handwritten recipe card with quantities (clean)', photo=True)


@sc(**C)
def recipe_screenshot(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface(W, H, (255, 255, 255))
    status_bar(s, 44 * k, False, '18:05', k)
    s.rect([0, 44 * k, W, 260 * k], fill=(230, 180, 120))
    for _ in range(8):
        s.circle(rng.random() * W, 60 * k + rng.random() * 190 * k, rng.uniform(15, 45) * k, fill=(200, 140, 80))
    s.text((18 * k, 280 * k), 'Easy Banana Bread', font('sans_b', 24 * k), (20, 20, 20))
    s.text((18 * k, 316 * k), 'Prep 15 min  |  Bake 60 min  |  Serves 10', font('sans', 13 * k), (110, 110, 110))
    y = 360 * k
    s.text((18 * k, y), 'Ingredients', font('sans_b', 18 * k), (20, 20, 20))
    y += 34 * k
    for it in ['3 ripe bananas, mashed', '75g butter, melted', '150g caster sugar', '1 egg, beaten', '1 tsp vanilla extract',
               '1 tsp bicarbonate of soda', '190g plain flour', 'pinch of salt']:
        if y + 30 * k > H:
            break
        s.text((30 * k, y), '•  ' + it, font('sans', 15 * k), (40, 40, 40))
        y += 28 * k
    return done(ctx, s, 'recipe app screenshot (clean)')


def meme(ctx, top, bottom):
    rng = ctx.rng
    W, H = ctx.pick([(800, 800), (1080, 1080), (720, 900), (1200, 1000)])
    s = Surface.from_image(tex_gradient(W, H, ctx.pick([(80, 120, 160), (160, 100, 60), (60, 140, 90)]), (30, 30, 30)))
    s.circle(W / 2, H * 0.55, W * 0.22, fill=(230, 200, 160))
    s.circle(W / 2 - W * 0.07, H * 0.5, W * 0.025, fill=(30, 30, 30))
    s.circle(W / 2 + W * 0.07, H * 0.5, W * 0.025, fill=(30, 30, 30))
    s.d.arc([W / 2 - W * 0.1, H * 0.53, W / 2 + W * 0.1, H * 0.65], 200, 340, fill=(30, 30, 30), width=6)
    for txt, y in [(top, H * 0.03), (bottom, H * 0.85)]:
        f = fit_font(txt, 'sans_b', W * 0.09, W * 0.94)
        s.ctext(W / 2, y, txt, f, (255, 255, 255), stroke=max(2, int(f.size / 14)), stroke_fill=(0, 0, 0))
    return s


@sc(**C)
def meme_wifi(ctx):
    return done(ctx, meme(ctx, 'WHEN THE WIFI GOES DOWN', 'FOR FIVE SECONDS'), 'meme with caption (clean)')


@sc(**C)
def meme_homework(ctx):
    return done(ctx, meme(ctx, "ME: I'LL DO MY HOMEWORK EARLY", 'ALSO ME AT 11:59 PM'), 'meme with caption and time (clean)')


HOLIDAYS = {'UK': {1: [(1, "New Year's Day")], 5: [(5, 'Early May bank holiday'), (26, 'Spring bank holiday')],
                   12: [(25, 'Christmas Day'), (26, 'Boxing Day')], 8: [(25, 'Summer bank holiday')]},
            'US': {7: [(4, 'Independence Day')], 11: [(11, 'Veterans Day'), (27, 'Thanksgiving Day')], 1: [(1, "New Year's Day"), (20, 'MLK Jr. Day')]},
            'IE': {3: [(17, "St Patrick's Day")], 2: [(3, "St Brigid's Day")], 10: [(27, 'October bank holiday')], 12: [(25, 'Christmas Day'), (26, "St Stephen's Day")]},
            'CA': {7: [(1, 'Canada Day')], 10: [(13, 'Thanksgiving')], 9: [(1, 'Labour Day'), (30, 'Truth and Reconciliation')]},
            'AU': {1: [(1, "New Year's Day"), (26, 'Australia Day')], 4: [(25, 'Anzac Day')], 12: [(25, 'Christmas Day'), (26, 'Boxing Day')]},
            'NZ': {2: [(6, 'Waitangi Day')], 4: [(25, 'Anzac Day')], 6: [(20, 'Matariki')], 10: [(27, 'Labour Day')]},
            'IN': {1: [(26, 'Republic Day')], 8: [(15, 'Independence Day')], 10: [(2, 'Gandhi Jayanti'), (20, 'Diwali')]},
            'ZA': {3: [(21, 'Human Rights Day')], 4: [(27, 'Freedom Day')], 6: [(16, 'Youth Day')], 9: [(24, 'Heritage Day')], 12: [(16, 'Day of Reconciliation')]}}


def holiday_month(ctx, lay, m, w, h, k):
    hol = dict(HOLIDAYS[ctx.region].get(m, []))
    lay.ctext(w / 2, 20 * k, '%s 2025' % MONTHS[m - 1], font('sans_b', 60 * k), (30, 90, 170))
    x0, y0 = 20 * k, 130 * k
    cw, ch = (w - 40 * k) / 7, (h - y0 - 20 * k) / 6
    for j, d in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
        lay.ctext(x0 + (j + 0.5) * cw, y0 - 46 * k, d, font('sans_b', 28 * k), (60, 60, 60))
    start = ctx.rng.randint(0, 6)
    fh = font('sans', min(20 * k, ch * 0.16))
    for c in range(42):
        r, j = divmod(c, 7)
        x, y = x0 + j * cw, y0 + r * ch
        d = c - start + 1
        lay.rect([x, y, x + cw, y + ch], outline=(190, 190, 190), fill=(255, 235, 235) if d in hol else None)
        if 1 <= d <= 30:
            lay.text((x + 6 * k, y + 4 * k), str(d), font('sans_b', 24 * k), (200, 40, 40) if j >= 5 or d in hol else (60, 60, 60))
            if d in hol:
                lay.para(x + 6 * k, y + 40 * k, [(hol[d], None)], fh, (180, 30, 30), cw - 12 * k, line_h=fh.size * 1.2)


@sc(**C)
def calendar_public_holidays(ctx):
    m = ctx.pick(sorted(HOLIDAYS[ctx.region].keys()))
    W, H = ctx.shot_size(landscape=True)
    s = Surface(W, H, (255, 255, 255))
    holiday_month(ctx, s, m, W, H, W / 1000)
    return done(ctx, s, 'calendar month with public holidays (clean)')


@sc(**C)
def wall_calendar_holidays(ctx):
    m = ctx.pick(sorted(HOLIDAYS[ctx.region].keys()))
    s = photo_bg(ctx, ctx.pick(['brick', 'plain']), portrait=True)
    lay = paper(*obj_size(s, 0.7, 0.9), ctx.nrng)
    holiday_month(ctx, lay, m, lay.w, lay.h, lay.w / 1000)
    place(ctx, s, lay, 5)
    return done(ctx, s, 'wall calendar with public holidays (clean)', photo=True)


@sc(**C)
def racing_hud(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    s = game_bg(ctx, W, H, 'sunset')
    s.d.polygon([(W * 0.35, H * 0.55), (W * 0.65, H * 0.55), (W, H), (0, H)], fill=(60, 60, 70, 255))
    s.text((30 * k, 24 * k), 'POS %d/8' % rng.randint(1, 8), font('sans_b', 48 * k), (255, 255, 255), stroke=int(3 * k), stroke_fill=(0, 0, 0))
    s.text((30 * k, 90 * k), 'LAP %d/3' % rng.randint(1, 3), font('sans_b', 34 * k), (255, 230, 0), stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.text((W - 30 * k, 24 * k), '0%d:%02d.%03d' % (rng.randint(0, 3), rng.randint(0, 59), rng.randint(0, 999)), font('mono_b', 40 * k),
           (255, 255, 255), anchor='ra', stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.text((W - 40 * k, H - 40 * k), '%d km/h' % rng.randint(80, 260), font('sans_b', 56 * k), (255, 255, 255), anchor='rd',
           stroke=int(3 * k), stroke_fill=(0, 0, 0))
    return done(ctx, s, 'racing game HUD with position, lap, time (clean)')


@sc(**C)
def maths_worksheet_blank(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']))
    lay = paper(*obj_size(s, 0.6, 1.414), ctx.nrng)
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.text((60 * k, 60 * k), 'Name: ____________________   Date: __________', font('sans', 34 * k), (30, 30, 30))
    lay.ctext(w / 2, 150 * k, 'Column Addition', font('sans_b', 56 * k), (20, 20, 20))
    for i in range(12):
        r, c = divmod(i, 3)
        x, y = 100 * k + c * 290 * k, 280 * k + r * 280 * k
        if y + 200 * k > h:
            break
        a, b = rng.randint(100, 9999), rng.randint(100, 9999)
        f = font('mono', 44 * k)
        lay.text((x + 200 * k, y), str(a), f, (20, 20, 20), anchor='ra')
        lay.text((x + 200 * k, y + 60 * k), '+ ' + str(b), f, (20, 20, 20), anchor='ra')
        lay.line([(x, y + 120 * k), (x + 200 * k, y + 120 * k)], (20, 20, 20), int(3 * k))
    place(ctx, s, lay, 10)
    return done(ctx, s, 'blank maths worksheet with numbers (clean)', photo=True)


@sc(**C)
def times_table_grid(ctx):
    W, H = ctx.shot_size(landscape=ctx.rng.random() < .5)
    s = Surface(W, H, (255, 255, 255))
    n = 12
    m = min(W, H) * 0.92
    cell = m / (n + 1)
    x0, y0 = (W - m) / 2, (H - m) / 2
    f = font('sans', cell * 0.38)
    for i in range(n + 1):
        for j in range(n + 1):
            x, y = x0 + j * cell, y0 + i * cell
            hd = i == 0 or j == 0
            s.rect([x, y, x + cell, y + cell], fill=(255, 220, 120) if hd else ((235, 245, 255) if (i + j) % 2 else (255, 255, 255)), outline=(160, 160, 160))
            v = 'x' if i == j == 0 else str(max(i, 1) * max(j, 1) if i and j else max(i, j))
            s.text((x + cell / 2, y + cell / 2), v, f, (30, 30, 30), anchor='mm')
    return done(ctx, s, 'times-table grid (clean)')


ROADS = {'UK': [('M1', 'London (Central)', 12), ('A40', 'Oxford', 24), ('M6', 'Birmingham', 38)],
         'US': [('I-95', 'New York City', 18), ('US-101', 'San Francisco', 42), ('I-90', 'Chicago', 9)],
         'IE': [('M50', 'Dublin Airport', 8), ('N11', 'Wexford', 61), ('M7', 'Limerick', 95)],
         'CA': [('401', 'Toronto', 22), ('Hwy 1', 'Vancouver', 35), ('20', 'Montreal', 48)],
         'AU': [('M1', 'Sydney CBD', 14), ('A1', 'Brisbane', 120), ('M31', 'Melbourne', 27)],
         'NZ': [('SH1', 'Auckland', 33), ('SH2', 'Wellington', 58), ('SH6', 'Queenstown', 12)],
         'IN': [('NH48', 'Mumbai', 86), ('NH44', 'Bengaluru', 40), ('NE1', 'Pune', 120)],
         'ZA': [('N1', 'Johannesburg', 52), ('N2', 'Cape Town', 30), ('N3', 'Durban', 140)]}


@sc(**C)
def road_sign_city(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'grass', portrait=False)
    W, H = s.w, s.h
    s.img.paste(tex_gradient(W, int(H * 0.55), (110, 160, 225), (210, 225, 240)), (0, 0))
    w, h = obj_size(s, 0.6, 0.5)
    k = w / 1000
    green = ctx.region in ('US', 'CA', 'AU', 'NZ', 'ZA', 'IN')
    bg = (0, 110, 60) if green else (20, 60, 160)
    lay = Surface(w, h, bg)
    lay.rect([12 * k, 12 * k, w - 12 * k, h - 12 * k], outline=(255, 255, 255), width=int(10 * k))
    rows = ROADS[ctx.region]
    y = 50 * k
    for rd, city, km in rows:
        lay.rrect([50 * k, y, 250 * k, y + 110 * k], 10 * k, fill=(200, 30, 30) if rd.startswith('M') else (250, 200, 0))
        lay.text((150 * k, y + 55 * k), rd, fit_font(rd, 'sans_b', 64 * k, 180 * k), (255, 255, 255) if rd.startswith('M') else (20, 20, 20), anchor='mm')
        dist = '%d %s' % (km, 'mi' if ctx.region in ('UK', 'US') else 'km')
        fd = font('sans_b', 64 * k)
        lay.text((290 * k, y + 55 * k), city, fit_font(city, 'sans_b', 70 * k, w - 50 * k - fd.getlength(dist) - 60 * k - 290 * k),
                 (255, 255, 255), anchor='lm')
        lay.text((w - 50 * k, y + 55 * k), dist, fd, (255, 255, 255), anchor='rm')
        y += 150 * k
    for px in (0.3, 0.7):
        s.rect([W * px - W * 0.008, H * 0.5, W * px + W * 0.008, H], fill=(120, 120, 125))
    place(ctx, s, lay, 3, shadow=False, cy=H * 0.35)
    return done(ctx, s, 'road direction sign to big cities (clean)', photo=True)


@sc(**C)
def road_sign_emergency(ctx):
    s = photo_bg(ctx, 'concrete', portrait=ctx.rng.random() < .5)
    w, h = obj_size(s, 0.5, 0.7)
    k = w / 1000
    lay = Surface(w, h, (250, 250, 250))
    lay.rect([15 * k, 15 * k, w - 15 * k, h - 15 * k], outline=(200, 20, 20), width=int(20 * k))
    num = {'UK': '999', 'US': '911', 'CA': '911', 'IE': '112 / 999', 'AU': '000', 'NZ': '111', 'IN': '112', 'ZA': '10111'}[ctx.region]
    lay.ctext(w / 2, 80 * k, 'IN AN EMERGENCY', fit_font('IN AN EMERGENCY', 'sans_b', 80 * k, w - 100 * k), (200, 20, 20))
    lay.ctext(w / 2, 220 * k, 'CALL', font('sans_b', 90 * k), (20, 20, 20))
    lay.ctext(w / 2, 340 * k, num, fit_font(num, 'sans_b', 220 * k, w - 100 * k), (200, 20, 20))
    lay.ctext(w / 2, h - 140 * k, 'Lifeguards on duty 10am - 6pm', fit_font('Lifeguards on duty 10am - 6pm', 'sans', 44 * k, w - 100 * k), (20, 20, 20))
    place(ctx, s, lay, 6)
    return done(ctx, s, 'public safety sign with national emergency number (clean)', photo=True)


BRAND_QR = [('https://www.ikea.com', 'Scan for our catalogue', 'IKEA'), ('https://www.bbc.co.uk/news', 'Latest news', 'BBC News'),
            ('https://www.nasa.gov', 'Explore the universe', 'NASA'), ('https://www.gov.uk', 'Find government services', 'GOV.UK'),
            ('https://www.who.int', 'Health advice', 'World Health Organization'), ('https://www.lego.com', 'Build your ideas', 'LEGO'),
            ('https://www.nationalgeographic.com', 'Discover more', 'National Geographic'), ('https://www.wikipedia.org', 'Learn something new', 'Wikipedia')]


def brand_qr_poster(ctx, item):
    url, tag, name = item
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete', 'wood', 'bokeh']))
    w, h = obj_size(s, 0.5, 1.3)
    k = w / 1000
    col = ctx.pick([(0, 80, 160), (220, 30, 40), (250, 200, 0), (20, 20, 20), (0, 130, 90)])
    lay = Surface(w, h, col)
    fg = (255, 255, 255) if sum(col) < 450 else (20, 20, 20)
    lay.ctext(w / 2, 60 * k, name, fit_font(name, 'sans_b', 110 * k, w - 100 * k), fg)
    lay.ctext(w / 2, 220 * k, tag, fit_font(tag, 'sans', 56 * k, w - 100 * k), fg)
    qs = 620 * k
    lay.qr(url, ((w - qs) / 2 - 30 * k, 340 * k), qs, None, border=3)
    lay.ctext(w / 2, h - 150 * k, url.replace('https://', ''), fit_font(url, 'sans', 44 * k, w - 100 * k), fg)
    place(ctx, s, lay, 8)
    return s


@sc(**C)
def brand_qr_shop(ctx):
    return done(ctx, brand_qr_poster(ctx, ctx.pick(BRAND_QR[:1] + BRAND_QR[5:6])), 'poster with QR code to a big shop website (clean)', photo=True)


@sc(**C)
def brand_qr_public(ctx):
    return done(ctx, brand_qr_poster(ctx, ctx.pick(BRAND_QR[1:5])), 'poster with QR code to a public website (clean)', photo=True)


@sc(**C)
def brand_qr_screen(ctx):
    url, tag, name = ctx.pick(BRAND_QR[6:])
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface(W, H, (250, 250, 250))
    status_bar(s, 44 * k, False, '10:10', k)
    s.ctext(W / 2, 90 * k, name, fit_font(name, 'sans_b', 26 * k, W - 40 * k), (20, 20, 20))
    sz = 230 * k
    s.qr(url, (W / 2 - sz / 2 - 10 * k, 150 * k), sz, None, border=2)
    s.ctext(W / 2, 170 * k + sz + 40 * k, url, fit_font(url, 'sans', 15 * k, W - 40 * k), (60, 60, 60))
    return done(ctx, s, 'screen with QR code to a public website (clean)')


@sc(**C)
def wall_clock(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['plain', 'brick', 'wood']))
    W, H = s.w, s.h
    R = min(W, H) * 0.38
    cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * W, H / 2
    s.circle(cx + R * 0.04, cy + R * 0.06, R * 1.06, fill=(40, 40, 40))
    s.circle(cx, cy, R * 1.06, fill=ctx.pick([(30, 30, 30), (180, 30, 30), (200, 200, 205)]))
    s.circle(cx, cy, R, fill=(250, 250, 245))
    f = font(ctx.pick(['sans_b', 'serif_b']), R * 0.18)
    for i in range(1, 13):
        a = math.radians(90 - i * 30)
        s.text((cx + R * 0.8 * math.cos(a), cy - R * 0.8 * math.sin(a)), str(i), f, (20, 20, 20), anchor='mm')
    s.ctext(cx, cy + R * 0.35, 'QUARTZ', font('sans', R * 0.07), (120, 120, 120))
    hh, mm = rng.randint(0, 11), rng.randint(0, 59)
    for ang, ln, wd in [((hh + mm / 60) * 30, 0.5, 0.04), (mm * 6, 0.75, 0.025)]:
        a = math.radians(90 - ang)
        s.line([(cx, cy), (cx + R * ln * math.cos(a), cy - R * ln * math.sin(a))], (20, 20, 20), int(R * wd))
    s.circle(cx, cy, R * 0.04, fill=(200, 30, 30))
    return done(ctx, s, 'analogue wall clock (clean)', photo=True)


@sc(**C)
def world_clock(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface(W, H, (0, 0, 0))
    status_bar(s, 44 * k, True, '9:%02d' % rng.randint(0, 59), k)
    s.text((18 * k, 70 * k), 'World Clock', font('sans_b', 30 * k), (255, 255, 255))
    y = 130 * k
    for city, off in [('London', 0), ('New York', -5), ('Toronto', -5), ('Dublin', 0), ('Sydney', 11), ('Auckland', 13), ('Mumbai', 5),
                      ('Johannesburg', 2), ('Tokyo', 9)]:
        if y + 70 * k > H:
            break
        s.text((18 * k, y), 'Today, %+dHRS' % off, font('sans', 12 * k), (150, 150, 150))
        s.text((18 * k, y + 18 * k), city, font('sans', 22 * k), (255, 255, 255))
        s.text((W - 18 * k, y + 4 * k), '%d:%02d' % ((9 + off) % 12 + 1, rng.randint(0, 59)), font('sans_l', 40 * k), (255, 255, 255), anchor='ra')
        s.line([(18 * k, y + 62 * k), (W - 18 * k, y + 62 * k)], (50, 50, 50), 1)
        y += 76 * k
    return done(ctx, s, 'world clock of big cities (clean)')


BUS = {'UK': ('38', 'Victoria', 'Clapton Pond'), 'IE': ('46A', 'Phoenix Park', 'Dun Laoghaire'), 'AU': ('333', 'Circular Quay', 'Bondi Beach'),
       'US': ('M15', 'South Ferry', 'East Harlem'), 'CA': ('504', 'King Station', 'Dundas West'), 'NZ': ('NX1', 'Britomart', 'Hibiscus Coast'),
       'IN': ('500D', 'Hebbal', 'Silk Board'), 'ZA': ('MyCiTi 101', 'Civic Centre', 'Gardens')}


@sc(**C)
def bus_timetable(ctx):
    rng = ctx.rng
    num, a, b = BUS[ctx.region]
    s = photo_bg(ctx, ctx.pick(['concrete', 'bokeh']), portrait=True)
    w, h = obj_size(s, 0.6, 1.3)
    k = w / 1000
    lay = Surface(w, h, (255, 255, 255))
    lay.rect([0, 0, w, 200 * k], fill=(220, 30, 40))
    lay.text((50 * k, 100 * k), num, font('sans_b', 120 * k), (255, 255, 255), anchor='lm')
    lay.text((w - 50 * k, 70 * k), 'towards', font('sans', 36 * k), (255, 255, 255), anchor='ra')
    lay.text((w - 50 * k, 120 * k), b, fit_font(b, 'sans_b', 60 * k, w * 0.55), (255, 255, 255), anchor='ra')
    lay.text((50 * k, 240 * k), 'Mondays to Fridays', font('sans_b', 44 * k), (20, 20, 20))
    y = 320 * k
    for hr in range(6, 23):
        if y + 50 * k > h - 40 * k:
            break
        lay.text((50 * k, y), '%02d' % hr, font('mono_b', 40 * k), (20, 20, 20))
        mins = sorted(rng.sample(range(0, 60, 3), rng.randint(3, 6)))
        lay.text((170 * k, y), '   '.join('%02d' % m for m in mins), font('mono', 40 * k), (20, 20, 20))
        y += 54 * k
    lay.text((50 * k, h - 60 * k), 'From %s stop. Times are approximate.' % a, fit_font('From %s stop. Times are approximate.' % a, 'sans', 30 * k, w - 100 * k), (90, 90, 90))
    place(ctx, s, lay, 5)
    return done(ctx, s, 'city bus route timetable at stop (clean)', photo=True)


@sc(**C)
def bus_departures_screen(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    s = Surface(W, H, (10, 10, 10))
    s.text((40 * k, 30 * k), 'Departures', font('sans_b', 48 * k), (255, 200, 0))
    y = 120 * k
    routes = list(BUS.values())
    rng.shuffle(routes)
    for num, a, b in routes:
        if y + 70 * k > H:
            break
        s.text((40 * k, y), num, font('mono_b', 44 * k), (255, 200, 0))
        s.text((W * 0.25, y), b, fit_font(b, 'mono_b', 44 * k, W * 0.5), (255, 200, 0))
        s.text((W - 40 * k, y), '%d min' % rng.randint(1, 25), font('mono_b', 44 * k), (255, 200, 0), anchor='ra')
        y += 70 * k
    return done(ctx, s, 'bus departures LED display (clean)')


@sc(**C)
def museum_ticket(ctx):
    rng = ctx.rng
    mus = ctx.pick([('Natural History Museum', 'London'), ('Science Museum', 'London'), ('Smithsonian Air and Space', 'Washington DC'),
                    ('National Museum of Ireland', 'Dublin'), ('Royal Ontario Museum', 'Toronto'), ('Te Papa', 'Wellington'),
                    ('Australian Museum', 'Sydney'), ('Iziko South African Museum', 'Cape Town')])
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'plain']))
    w, h = obj_size(s, 0.6, 0.4)
    k = w / 1000
    lay = Surface(w, h, ctx.pick([(250, 245, 230), (230, 240, 250)]))
    lay.rect([0, 0, 160 * k, h], fill=(30, 60, 110))
    lay.text((200 * k, 40 * k), mus[0], fit_font(mus[0], 'serif_b', 56 * k, w - 260 * k), (20, 20, 20))
    lay.text((200 * k, 120 * k), mus[1], font('serif', 40 * k), (60, 60, 60))
    lay.text((200 * k, 190 * k), 'ADMIT ONE  -  CHILD  -  %s' % ctx.pick(['FREE', '£0.00', '$12.00', '€8.00']), font('sans_b', 36 * k), (20, 20, 20))
    lay.text((200 * k, 250 * k), 'Valid %02d/%02d/2025  Entry 10:30' % (rng.randint(1, 28), rng.randint(1, 12)), font('sans', 32 * k), (60, 60, 60))
    lay.text((200 * k, 310 * k), 'Ticket No. %d' % rng.randint(10 ** 7, 10 ** 8), font('mono', 30 * k), (60, 60, 60))
    place(ctx, s, lay, 15)
    return done(ctx, s, 'museum entry ticket (clean)', photo=True)


@sc(**C)
def capitals_quiz(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']), portrait=True)
    lay = paper(*obj_size(s, 0.65, 1.414), ctx.nrng)
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.ctext(w / 2, 60 * k, 'Capital Cities Quiz', font('sans_b', 64 * k), (20, 20, 20))
    pairs = [('France', 'Paris'), ('Japan', 'Tokyo'), ('Canada', 'Ottawa'), ('Australia', 'Canberra'), ('Kenya', 'Nairobi'), ('Brazil', 'Brasilia'),
             ('Ireland', 'Dublin'), ('India', 'New Delhi'), ('Egypt', 'Cairo'), ('Norway', 'Oslo'), ('Peru', 'Lima'), ('New Zealand', 'Wellington')]
    rng.shuffle(pairs)
    y = 200 * k
    fn = ctx.pick(HAND_FONTS)
    for i, (c, cap) in enumerate(pairs):
        if y > h - 60 * k:
            break
        lay.text((70 * k, y), '%d. %s' % (i + 1, c), font('sans', 40 * k), (30, 30, 30), anchor='ls')
        lay.line([(480 * k, y + 8 * k), (w - 80 * k, y + 8 * k)], (120, 120, 120), int(2 * k))
        if rng.random() < .7:
            lay.hand((500 * k, y), cap, 46 * k, (20, 30, 120), rng, fname=fn)
        y += 90 * k
    place(ctx, s, lay, 10)
    return done(ctx, s, 'quiz sheet on countries and capitals (clean)', photo=True)


@sc(**C)
def train_departure_board(ctx):
    rng = ctx.rng
    s, W, H = None, 0, 0
    s = photo_bg(ctx, 'bokeh', portrait=False)
    w, h = obj_size(s, 0.85, 0.45)
    k = w / 1000
    lay = Surface(w, h, (8, 8, 12))
    dests = ['Manchester Piccadilly', 'Edinburgh', 'Glasgow Central', 'Birmingham New St', 'Liverpool Lime St', 'Cardiff Central',
             'Bristol Temple Meads', 'Cork Kent', 'Galway', 'Belfast Grand Central']
    rng.shuffle(dests)
    lay.text((30 * k, 20 * k), 'Time   Destination                Plat  Expected', font('mono_b', 30 * k), (255, 255, 255))
    y = 80 * k
    for d in dests[:7]:
        line = '%02d:%02d  %-24s  %2d   %s' % (rng.randint(6, 22), rng.choice([0, 5, 15, 20, 35, 45, 50]), d, rng.randint(1, 16),
                                            ctx.pick(['On time', 'Delayed', '%02d:%02d' % (rng.randint(6, 22), rng.randint(0, 59))]))
        lay.text((30 * k, y), line, fit_font(line, 'mono', 30 * k, w - 60 * k), (255, 170, 0))
        y += 50 * k
    place(ctx, s, lay, 3, shadow=False, cy=s.h * 0.4)
    return done(ctx, s, 'railway station departure board (clean)', photo=True)


@sc(**C)
def encyclopedia_everest(ctx):
    W, H = ctx.shot_size(landscape=ctx.rng.random() < .5)
    k = min(W / 390, H / 700)
    s = Surface(W, H, (255, 255, 255))
    s.text((18 * k, 20 * k), 'Mount Everest', font('serif', 30 * k), (20, 20, 20))
    s.line([(18 * k, 64 * k), (W - 18 * k, 64 * k)], (200, 200, 200), 1)
    txt = ('Mount Everest is Earth\'s highest mountain above sea level, located in the Mahalangur Himal sub-range of the Himalayas. '
           'Its elevation of 8,849 m was most recently established in 2020 by Chinese and Nepali authorities. '
           'The first recorded ascent was made on 29 May 1953 by Edmund Hillary and Tenzing Norgay. '
           'Junko Tabei became the first woman to reach the summit on 16 May 1975.')
    s.para(18 * k, 80 * k, [(txt, None)], font('serif', 15 * k), (30, 30, 30), W - 36 * k, line_h=22 * k)
    return done(ctx, s, 'encyclopedia article with historic names and dates (clean)')


@sc(**C)
def currency_board(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, 'bokeh', portrait=False)
    w, h = obj_size(s, 0.6, 0.7)
    k = w / 1000
    lay = Surface(w, h, (20, 25, 35))
    lay.ctext(w / 2, 30 * k, 'FOREIGN EXCHANGE', font('sans_b', 60 * k), (255, 255, 255))
    y = 140 * k
    for cur in ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD', 'INR', 'ZAR', 'JPY']:
        if y + 60 * k > h:
            break
        lay.text((60 * k, y), cur, font('mono_b', 50 * k), (255, 220, 0))
        lay.text((w * 0.5, y), '%.4f' % rng.uniform(0.01, 2), font('mono', 50 * k), (120, 255, 120), anchor='ra')
        lay.text((w - 60 * k, y), '%.4f' % rng.uniform(0.01, 2), font('mono', 50 * k), (255, 120, 120), anchor='ra')
        y += 70 * k
    place(ctx, s, lay, 4)
    return done(ctx, s, 'currency exchange rate board (clean)', photo=True)


@sc(**C)
def cinema_listings(ctx):
    rng = ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface(W, H, (20, 20, 24))
    status_bar(s, 44 * k, True, '19:02', k)
    s.text((18 * k, 60 * k), "What's on today", font('sans_b', 26 * k), (255, 255, 255))
    films = ['The Wizard of Oz (U)', 'Metropolis (PG)', 'Singin\' in the Rain (U)', 'Casablanca (U)', 'Modern Times (U)', 'Some Like It Hot (PG)']
    y = 110 * k
    for f_ in films:
        if y + 100 * k > H:
            break
        s.rrect([14 * k, y, 86 * k, y + 96 * k], 6 * k, fill=(rng.randint(60, 200), rng.randint(40, 120), rng.randint(40, 200)))
        s.text((100 * k, y + 6 * k), f_, fit_font(f_, 'sans_b', 16 * k, W - 120 * k), (255, 255, 255))
        times = '  '.join('%02d:%02d' % (rng.randint(11, 22), rng.choice([0, 15, 30, 45])) for _ in range(4))
        s.text((100 * k, y + 40 * k), times, font('sans', 14 * k), (180, 180, 200))
        s.text((100 * k, y + 66 * k), 'Screen %d' % rng.randint(1, 9), font('sans', 12 * k), (140, 140, 150))
        y += 112 * k
    return done(ctx, s, 'cinema listings with classic film titles and times (clean)')


@sc(**C)
def periodic_table_strip(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    s = Surface(W, H, (250, 250, 252))
    els = [('H', 1, '1.008'), ('He', 2, '4.003'), ('Li', 3, '6.94'), ('Be', 4, '9.012'), ('B', 5, '10.81'), ('C', 6, '12.01'), ('N', 7, '14.01'),
           ('O', 8, '16.00'), ('F', 9, '19.00'), ('Ne', 10, '20.18'), ('Na', 11, '22.99'), ('Mg', 12, '24.31'), ('Al', 13, '26.98'), ('Si', 14, '28.09'),
           ('P', 15, '30.97'), ('S', 16, '32.06'), ('Cl', 17, '35.45'), ('Ar', 18, '39.95')]
    s.text((30 * k, 20 * k), 'The first 18 elements', font('sans_b', 36 * k), (20, 20, 20))
    cw = (W - 60 * k) / 6
    for i, (sym, z, m) in enumerate(els):
        r, c = divmod(i, 6)
        x, y = 30 * k + c * cw, 90 * k + r * 200 * k
        s.rect([x + 4, y, x + cw - 4, y + 190 * k], fill=(220, 235, 255) if i % 2 else (255, 240, 220), outline=(120, 120, 120))
        s.text((x + 14 * k, y + 10 * k), str(z), font('sans', 26 * k), (50, 50, 50))
        s.text((x + cw / 2, y + 95 * k), sym, font('sans_b', 70 * k), (20, 20, 20), anchor='mm')
        s.text((x + cw / 2, y + 165 * k), m, font('sans', 24 * k), (50, 50, 50), anchor='mm')
    return done(ctx, s, 'chemistry element table (clean)')


# ---------------------------------------------------------------------------------------- extra clean scenes
@sc(**C)
def photo_of_phone_weather(ctx):
    from scenes_e import weather_app, CITIES
    from scenes_b import device_photo
    scr = weather_app(ctx, CITIES[ctx.region])
    while scr.w > 1300:
        scr = weather_app(ctx, CITIES[ctx.region])
    return done(ctx, device_photo(ctx, scr), 'photo of a phone showing a weather app (clean)', photo=True)


@sc(**C)
def stadium_ticket(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric']))
    w, h = obj_size(s, 0.65, 0.38)
    k = w / 1000
    lay = Surface(w, h, (250, 250, 250))
    lay.rect([0, 0, w, 90 * k], fill=ctx.pick([(200, 20, 40), (20, 60, 150), (10, 100, 60)]))
    ev = ctx.pick(['WORLD CUP QUALIFIER', 'CUP FINAL 2025', 'SIX NATIONS', 'T20 INTERNATIONAL', 'GRAND FINAL'])
    lay.text((30 * k, 45 * k), ev, font('sans_b', 50 * k), (255, 255, 255), anchor='lm')
    for i, (lab, val) in enumerate([('GATE', str(rng.randint(1, 30))), ('BLOCK', rng.choice('ABCDEFG') + str(rng.randint(100, 140))),
                                    ('ROW', str(rng.randint(1, 40))), ('SEAT', str(rng.randint(1, 60)))]):
        x = 30 * k + i * 230 * k
        lay.text((x, 130 * k), lab, font('sans', 28 * k), (100, 100, 100))
        lay.text((x, 170 * k), val, font('sans_b', 56 * k), (20, 20, 20))
    lay.text((30 * k, 280 * k), 'Kick-off 19:45  -  Adult  -  Ticket %d' % rng.randint(10 ** 6, 10 ** 7), font('sans', 30 * k), (60, 60, 60))
    place(ctx, s, lay, 15)
    return done(ctx, s, 'sports stadium ticket with gate, row and seat (clean)', photo=True)


@sc(**C)
def spelling_list(ctx):
    rng = ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'busy']))
    lay = paper(*obj_size(s, 0.5, 1.3), ctx.nrng, lined=True)
    w, h, k = lay.w, lay.h, lay.w / 1000
    lay.ctext(w / 2, 40 * k, 'Spellings - Week %d' % rng.randint(1, 12), font('sans_b', 64 * k), (20, 20, 20))
    words = ['because', 'friend', 'island', 'believe', 'february', 'necessary', 'library', 'separate', 'rhythm', 'thought', 'through', 'weird']
    rng.shuffle(words)
    y = 220 * k
    for i, wd in enumerate(words[:10]):
        lay.text((100 * k, y), '%d.  %s' % (i + 1, wd), font('sans', 54 * k), (30, 30, 30))
        y += 100 * k
        if y > h - 100 * k:
            break
    place(ctx, s, lay, 10)
    return done(ctx, s, 'weekly spelling list (clean)', photo=True)
