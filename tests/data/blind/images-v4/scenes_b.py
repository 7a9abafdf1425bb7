"""Leaky photos: parcels, envelopes, birthdays, school signs, lunch boxes, shirts, certificates, houses."""
import math
import random

from common import (Canvas, Scaled, F, card, scaled_card, photo_bg, finish, mix, tlen, add_shapes,
                    bg_photo)
from people import person, grade

WHITE, BLACK = (255, 255, 255), (0, 0, 0)
INK = [(20, 30, 110), (15, 15, 20), (40, 40, 45), (10, 60, 140)]
HAND = ['fserif_i', 'lserif_i', 'sans_i', 'fsans_i', 'lsans_i']


def _photo(seed, W, H, bgk):
    rng = random.Random(seed)
    return rng, Canvas(W, H, img=photo_bg(bgk, W, H, rng))


def _fit_k(W, H, nw, nh, frac, angle):
    a = math.radians(abs(angle))
    rw = nw * math.cos(a) + nh * math.sin(a)
    rh = nw * math.sin(a) + nh * math.cos(a)
    return min(frac * W / rw, 0.9 * H / rh)


def _place(c, crd, rng, angle, jitter=0.04):
    c.paste_canvas(crd, c.w / 2 + rng.uniform(-jitter, jitter) * c.w,
                   c.h / 2 + rng.uniform(-jitter, jitter) * c.h, angle=angle,
                   shadow=max(3, c.w // 250))


def _fit_size(s, font, size, maxw):
    while size > 8 and tlen(s, font, size) > maxw:
        size -= 1
    return size


def parcel_label(seed, region='UK', W=3000, H=2000, fmt='jpg', q=85, angle=6, blur=0):
    rng, c = _photo(seed, W, H, 'wood')
    p = person(region, seed)
    # cardboard box
    box, bs = scaled_card(1500, 1100, _fit_k(W, H, 1500, 1100, 0.95, 0), (176, 134, 88))
    bs.rect((0, 470, 1500, 160), fill=(200, 170, 120))
    nk = 1000 / 1000
    lab, s = scaled_card(1000, 640, box.w / 1500 * nk, WHITE, radius=8)
    s.text((30, 24), 'SwiftParcel', 'sans_b', 40, (200, 30, 30))
    s.text((970, 30), 'TRACKED 48', 'mono_b', 28, BLACK, anchor='ra')
    s.barcode((30, 90, 560, 80), rng)
    s.text((30, 178), 'SP %d %d GB' % (rng.randint(1000, 9999), rng.randint(100000, 999999)), 'mono', 20)
    s.line([(20, 220), (980, 220)], BLACK, 3)
    s.text((30, 236), 'DELIVER TO:', 'sans_b', 22)
    y = 272
    s.text((30, y), p['full'].upper() if rng.random() < .5 else p['full'], 'sans_b', 44, kind='PERSON')
    y += 62
    for ln in p['addr']:
        s.text((30, y), ln, 'sans', 36, kind='ADDRESS')
        y += 48
    s.text((30, y + 10), 'Tel:', 'sans', 30)
    s.text((30 + tlen('Tel: ', 'sans', 30), y + 10), p['parent_phone'], 'sans', 30, kind='PHONE')
    s.text((970, 600), 'FROM: ToyBox Direct Ltd', 'sans', 18, (80, 80, 80), anchor='rd')
    box.paste_canvas(lab, box.w * 0.5, box.h * 0.42, angle=rng.uniform(-3, 3))
    _place(c, box, rng, angle, 0.01)
    return finish(c, 'parcel shipping label on box (%s)' % region, fmt, q, blur=blur, noise=5, seed=seed,
                  light=0.35)


def envelope(seed, region='IE', W=3264, H=2448, fmt='jpg', q=90, angle=-8, bgk='carpet'):
    rng, c = _photo(seed, W, H, bgk)
    p, f = person(region, seed), person(region, seed + 9)
    nw, nh = 1400, 800
    env, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (246, 240, 226))
    s.rect((1200, 40, 150, 180), fill=(rng.randrange(100, 220), 60, 70), outline=(240, 240, 240), width=6)
    s.text((1275, 130), '1st', 'serif_b', 48, WHITE, anchor='mm')
    s.text((40, 40), f['parent'], 'sans', 20, (60, 60, 60), kind='PERSON')
    s.text((40, 68), f['addr'][0], 'sans', 20, (60, 60, 60), kind='ADDRESS')
    font, ink = rng.choice(HAND), rng.choice(INK)
    x, y = 420, 340
    s.text((x, y), 'To', font, 44, ink)
    s.text((x + 80, y), p['full'], font, 54, ink, kind='PERSON')
    y += 80
    for ln in p['addr']:
        s.text((x + 80, y), ln, font, 48, ink, kind='ADDRESS')
        y += 70
    _place(c, env, rng, angle)
    return finish(c, 'hand-addressed envelope (%s)' % region, fmt, q, noise=4, seed=seed, light=0.3)


def birthday_banner(seed, region='AU', W=4000, H=3000, fmt='jpg', q=80, angle=-4, full=False, bgk='wall'):
    rng, c = _photo(seed, W, H, bgk)
    p = person(region, seed)
    # balloons
    for _ in range(9):
        r = rng.randint(W // 20, W // 12)
        x, y = rng.randrange(W), rng.randrange(H)
        col = (rng.randrange(120, 255), rng.randrange(30, 200), rng.randrange(30, 230))
        c.line([(x, y + int(r * 1.2)), (x + rng.randint(-60, 60), y + r * 3)], (90, 90, 90), 4)
        c.ellipse((x - r, y - int(r * 1.2), 2 * r, int(2.4 * r)), fill=col)
        c.ellipse((x - r // 2, y - r, r // 3, r // 2), fill=mix(col, WHITE, .5))
    nw, nh = 1800, 560
    bc = rng.choice([(230, 40, 90), (40, 120, 220), (250, 190, 30), (120, 60, 200)])
    ban, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.8, angle), bc, radius=30)
    for i in range(0, nw, 90):
        s.polygon([(i, 0), (i + 90, 0), (i + 45, 60)], fill=mix(bc, WHITE, .45))
    fnt = rng.choice(['sans_b', 'fserif_bi', 'lsans_b', 'cond_b'])
    age = p['age'] - 4 if p['age'] > 10 else p['age']
    suf = {1: 'ST', 2: 'ND', 3: 'RD'}.get(age % 10 if age not in (11, 12, 13) else 0, 'TH')
    line1 = 'HAPPY [[AGE:%d%s]] BIRTHDAY' % (age, suf)
    sz = _fit_size(plain_line(line1), fnt, 130, 1640)
    x0 = (nw - tlen(plain_line(line1), fnt, sz)) / 2
    s.mline((x0, 110), line1, fnt, sz, WHITE)
    nm = (p['full'] if full else p['first']).upper() + '!'
    nsz = _fit_size(nm, fnt, 200, 1640)
    s.text((nw / 2, 420), nm[:-1], fnt, nsz, WHITE, kind='PERSON', anchor='mm', stroke=3,
           stroke_fill=mix(bc, BLACK, .4))
    _place(c, ban, rng, angle, 0.02)
    return finish(c, 'birthday banner with balloons (%s)' % region, fmt, q, noise=5, seed=seed, light=0.4,
                  blur=1.0)


def plain_line(s):
    from common import plain
    return plain(s)


def cake(seed, region='IN', W=3024, H=4032, fmt='jpg', q=88, angle=9):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'fabric']))
    p = person(region, seed)
    R = int(min(W, H) * 0.44)
    cx, cy = W // 2, H // 2
    c.ellipse((cx - R - 60, cy - R - 60, 2 * R + 120, 2 * R + 120), fill=(235, 235, 240))
    icing = rng.choice([(250, 220, 230), (255, 248, 235), (210, 240, 250), (90, 55, 40)])
    c.ellipse((cx - R, cy - R, 2 * R, 2 * R), fill=icing, outline=mix(icing, BLACK, .2), width=14)
    for i in range(36):
        a = i * math.pi / 18
        x, y = cx + (R - 40) * math.cos(a), cy + (R - 40) * math.sin(a)
        c.ellipse((x - 22, y - 22, 44, 44), fill=rng.choice([(240, 80, 120), (80, 180, 240), (250, 210, 60)]))
    pipe = (200, 30, 90) if icing != (90, 55, 40) else (250, 240, 230)
    c.text((cx, cy - R * 0.38), 'Happy Birthday', 'fserif_bi', int(R * 0.2), pipe, angle=angle)
    c.text((cx, cy + R * 0.02), p['first'], 'fserif_bi', int(R * 0.3), pipe, kind='PERSON', angle=angle)
    c.text((cx, cy + R * 0.5), str(p['age']), 'sans_b', int(R * 0.42), (255, 200, 40), kind='AGE',
           angle=-angle / 2, stroke=8, stroke_fill=(160, 90, 0))
    return finish(c, 'birthday cake top-down with name and number candle (%s)' % region, fmt, q,
                  noise=6, seed=seed, light=0.45, blur=1.2)


def rng_choice(seed, opts):
    return random.Random(seed * 7 + 3).choice(opts)


SIGN_STYLE = {'UK': ((20, 40, 100), WHITE), 'US': ((30, 90, 50), WHITE), 'IE': ((0, 100, 70), WHITE),
              'CA': ((120, 20, 30), WHITE), 'AU': ((0, 60, 120), (255, 220, 0)), 'NZ': ((10, 10, 10), WHITE),
              'IN': ((250, 240, 220), (150, 20, 20)), 'ZA': ((90, 30, 90), (255, 210, 0))}


def school_sign(seed, region='UK', W=4000, H=3000, fmt='jpg', q=85, angle=3, blur=0.8):
    rng, c = _photo(seed, W, H, 'outdoor')
    p = person(region, seed)
    bgc, fg = SIGN_STYLE[region]
    nw, nh = 1600, 720
    k = _fit_k(W, H, nw, nh + 500, 0.8, angle)
    for px in (W / 2 - nw * k * 0.35, W / 2 + nw * k * 0.35):
        c.rect((px - 20 * k, H / 2, 40 * k, H / 2), fill=(70, 70, 75))
    sg, s = scaled_card(nw, nh, k, bgc, radius=20, outline=mix(bgc, WHITE, .5), width=14)
    sz = _fit_size(p['school'], 'lsans_b', 110, 1480)
    s.text((nw / 2, 200), p['school'], 'lsans_b', sz, fg, kind='SCHOOL', anchor='mm')
    s.line([(150, 300), (1450, 300)], fg, 6)
    s.text((nw / 2, 380), rng.choice(['Learning Together, Growing Together', 'Aim High, Be Kind',
                                      'Respect - Courage - Curiosity']), 'lserif_i', 56, fg, anchor='mm')
    s.text((nw / 2, 500), 'Please drive slowly - children crossing', 'lsans', 48, fg, anchor='mm')
    s.text((nw / 2, 600), 'All visitors please report to reception', 'lsans', 40, fg, anchor='mm')
    c.paste_canvas(sg, W / 2, H / 2 - nh * k * 0.2, angle=angle, shadow=6)
    return finish(c, 'school entrance sign (%s)' % region, fmt, q, blur=blur, noise=5, seed=seed, light=0.3)


def school_gate(seed, region='NZ', W=3000, H=2000, fmt='webp', q=80):
    rng, c = _photo(seed, W, H, 'bricks')
    p = person(region, seed)
    nw, nh = 1100, 460
    k = _fit_k(W, H, nw, nh, 0.5, 0)
    pl, s = scaled_card(nw, nh, k, (200, 165, 70), radius=60, outline=(120, 90, 30), width=16)
    words = p['school'].split()
    mid = (len(words) + 1) // 2
    l1, l2 = ' '.join(words[:mid]), ' '.join(words[mid:])
    s.text((nw / 2, 150), l1, 'lserif_b', _fit_size(l1, 'lserif_b', 100, 960), (60, 40, 10), kind='SCHOOL',
           anchor='mm')
    if l2:
        s.text((nw / 2, 280), l2, 'lserif_b', _fit_size(l2, 'lserif_b', 100, 960), (60, 40, 10), kind='SCHOOL',
               anchor='mm')
    s.text((nw / 2, 390), 'EST. %d' % rng.randint(1890, 1995), 'lserif', 48, (60, 40, 10), anchor='mm')
    c.paste_canvas(pl, W * 0.28, H * 0.32, angle=rng.uniform(-2, 2), shadow=5)
    # gate bars on the right half
    gx = int(W * 0.55)
    for x in range(gx, W, W // 40):
        c.rect((x, int(H * 0.15), W // 150, int(H * 0.85)), fill=(25, 35, 30))
    c.rect((gx, int(H * 0.2), W - gx, W // 120), fill=(25, 35, 30))
    c.rect((gx, int(H * 0.8), W - gx, W // 120), fill=(25, 35, 30))
    c.text((W * 0.6, H * 0.55), 'Good luck Year 8 leavers 2025!', 'sans_b', W // 45, (240, 240, 240),
           angle=-4, stroke=3, stroke_fill=(200, 30, 30))
    return finish(c, 'school gate with brass name plaque (%s)' % region, fmt, q, noise=5, seed=seed, light=0.35)


def lunchbox(seed, region='CA', W=2048, H=1536, fmt='jpg', q=75, angle=-7, school=True):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'fridge', 'carpet']))
    p = person(region, seed)
    nw, nh = 1400, 900
    col = rng.choice([(60, 170, 220), (250, 120, 160), (120, 200, 90), (160, 110, 220)])
    lb, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), col, radius=120)
    s.rect((60, 40, 1280, 60), fill=mix(col, BLACK, .2), radius=30)
    for _ in range(10):
        x, y = rng.randrange(80, 1300), rng.randrange(130, 820)
        s.polygon([(x, y - 40), (x + 40, y + 30), (x - 40, y + 30)], fill=mix(col, WHITE, .4))
    s.rect((330, 300, 740, 330 if school else 240), fill=WHITE, radius=40, outline=(40, 40, 40), width=4)
    fnt = rng.choice(['sans_b', 'fsans_b', 'lsans_b', 'cond_b'])
    nm = p['full'] if rng.random() < .6 else '%s %s.' % (p['first'], p['last'][0])
    s.text((700, 380), nm, fnt, _fit_size(nm, fnt, 80, 680), BLACK, kind='PERSON', anchor='mm')
    s.text((700, 470), grade(region, p), 'sans', 46, (60, 60, 60), anchor='mm')
    if school:
        s.text((700, 560), p['school'], 'sans', _fit_size(p['school'], 'sans', 40, 680), (60, 60, 60),
               kind='SCHOOL', anchor='mm')
    _place(c, lb, rng, angle)
    return finish(c, 'lunch box with name sticker (%s)' % region, fmt, q, noise=6, seed=seed, light=0.3, blur=0.7)


def bag_tag(seed, region='ZA', W=1600, H=1200, fmt='jpg', q=70, angle=12):
    rng, c = _photo(seed, W, H, 'fabric')
    p = person(region, seed)
    nw, nh = 700, 440
    tg, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.7, angle), (255, 250, 205), radius=30,
                        outline=(90, 90, 90), width=4)
    s.ellipse((30, 190, 60, 60), fill=(120, 120, 120))
    s.text((120, 40), 'This bag belongs to:', 'sans', 30, (80, 80, 80))
    font, ink = rng.choice(HAND), rng.choice(INK)
    s.text((120, 100), p['full'], font, _fit_size(p['full'], font, 56, 560), ink, kind='PERSON')
    s.text((120, 190), p['school'], font, _fit_size(p['school'], font, 40, 560), ink, kind='SCHOOL')
    s.text((120, 270), 'If found please call:', 'sans', 28, (80, 80, 80))
    s.text((120, 320), p['parent_phone'], font, 50, ink, kind='PHONE')
    _place(c, tg, rng, angle)
    return finish(c, 'school bag name tag (%s)' % region, fmt, q, noise=8, seed=seed, light=0.3, blur=1.0)


def team_shirt(seed, region='UK', W=3000, H=4000, fmt='jpg', q=90, angle=-5, back=True):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['carpet', 'wood', 'wall']))
    p = person(region, seed)
    col = rng.choice([(200, 20, 30), (20, 60, 160), (250, 200, 0), (20, 120, 60), (240, 240, 240)])
    fg = BLACK if sum(col) > 500 else WHITE
    nw, nh = 1400, 1600
    k = _fit_k(W, H, nw, nh, 0.8, angle)
    sh = card(int(nw * k), int(nh * k), (0, 0, 0, 0))
    s = Scaled(sh, k)
    s.polygon([(300, 60), (560, 0), (840, 0), (1100, 60), (1400, 380), (1180, 560), (1080, 460),
               (1080, 1600), (320, 1600), (320, 460), (220, 560), (0, 380)], fill=col)
    s.line([(560, 0), (700, 80), (840, 0)], mix(col, BLACK, .3), 14)
    club = '%s %s' % (p['town'].split()[0], rng.choice(['Juniors FC', 'Rovers U12', 'Netball Club',
                                                        'Cricket Club', 'Hockey Club']))
    if back:
        nm = p['last'].upper()
        s.text((700, 330), nm, 'sans_b', _fit_size(nm, 'sans_b', 150, 700), fg, kind='PERSON', anchor='mm')
        s.text((700, 780), str(rng.randint(2, 23)), 'sans_b', 520, fg, anchor='mm')
        s.text((700, 1400), club, 'sans', 46, fg, kind='ORG', anchor='mm')
    else:
        s.text((700, 330), club, 'sans_b', _fit_size(club, 'sans_b', 70, 640), fg, kind='ORG', anchor='mm')
        s.text((700, 700), 'SUNNY BAKERY', 'sans_b', 80, mix(fg, col, .2), anchor='mm')
        s.text((450, 180), p['first'], 'fsans_b', 50, fg, kind='PERSON', anchor='mm')
    _place(c, sh, rng, angle, 0.02)
    return finish(c, 'team shirt %s with name (%s)' % ('back' if back else 'front', region), fmt, q, noise=6,
                  seed=seed, light=0.35, blur=0.8)


def certificate(seed, region='IE', W=3000, H=2000, fmt='jpg', q=92, angle=4, club=False, bgk='wall'):
    rng, c = _photo(seed, W, H, bgk)
    p = person(region, seed)
    nw, nh = 1400, 1000
    ce, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (252, 250, 240))
    bc = rng.choice([(180, 140, 40), (30, 80, 160), (150, 30, 50)])
    s.rect((30, 30, 1340, 940), outline=bc, width=14)
    s.rect((60, 60, 1280, 880), outline=bc, width=3)
    s.text((700, 160), 'Certificate of Achievement', 'fserif_b', 80, bc, anchor='mm')
    s.text((700, 270), 'This certificate is proudly presented to', 'serif_i', 36, (60, 60, 60), anchor='mm')
    s.text((700, 380), p['full'], 'fserif_bi', _fit_size(p['full'], 'fserif_bi', 100, 1100), (20, 20, 20),
           kind='PERSON', anchor='mm')
    s.line([(300, 450), (1100, 450)], (120, 120, 120), 2)
    if club:
        org = '%s %s' % (p['town'].split()[0], rng.choice(['Dolphins Swim Club', 'Junior Athletics',
                                                           'Gymnastics Academy']))
        s.text((700, 530), 'for 1st place - 50m freestyle', 'serif', 40, (40, 40, 40), anchor='mm')
        s.mline((700 - tlen('Under-%d category' % (p['age'] + 1), 'serif', 40) / 2, 580),
                '[[AGE:Under-%d]] category' % (p['age'] + 1), 'serif', 40, (40, 40, 40))
        s.text((700, 700), org, 'serif_b', _fit_size(org, 'serif_b', 50, 1100), bc, kind='ORG', anchor='mm')
    else:
        s.text((700, 530), rng.choice(['for outstanding effort in Maths', 'for being a super reader',
                                       'Star of the Week']), 'serif', 40, (40, 40, 40), anchor='mm')
        s.text((700, 600), grade(region, p), 'serif', 40, (40, 40, 40), anchor='mm')
        s.text((700, 700), p['school'], 'serif_b', _fit_size(p['school'], 'serif_b', 50, 1100), bc,
               kind='SCHOOL', anchor='mm')
    s.line([(150, 860), (500, 860)], BLACK, 2)
    s.line([(900, 860), (1250, 860)], BLACK, 2)
    s.text((325, 875), 'Date: 20 June 2025', 'serif', 26, (60, 60, 60), anchor='ma')
    s.text((1075, 875), 'Signed', 'serif', 26, (60, 60, 60), anchor='ma')
    s.ellipse((620, 780, 160, 160), fill=bc)
    s.text((700, 842), 'WELL', 'sans_b', 30, WHITE, anchor='mm')
    s.text((700, 878), 'DONE', 'sans_b', 30, WHITE, anchor='mm')
    _place(c, ce, rng, angle)
    return finish(c, '%s certificate with name (%s)' % ('club' if club else 'school', region), fmt, q,
                  noise=4, seed=seed, light=0.25)


def house_number(seed, region='UK', W=4000, H=3000, fmt='jpg', q=85, blur=1.0):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['bricks', 'wall', 'bricks']))
    p = person(region, seed)
    num, street = p['addr'][0].split(' ', 1) if region != 'IN' else ('B-%d' % rng.randint(2, 40), 'Lotus Enclave')
    # door
    c.rect((int(W * 0.55), int(H * 0.25), int(W * 0.3), int(H * 0.75)), fill=rng.choice([(30, 60, 120),
                                                                                         (140, 20, 30),
                                                                                         (30, 90, 60)]))
    c.rect((int(W * 0.62), int(H * 0.55), int(W * 0.16), int(H * 0.04)), fill=(200, 170, 60))
    # number plaque
    nw, nh = 500, 360
    pl, s = scaled_card(nw, nh, W * 0.18 / nw, (40, 45, 50), radius=160)
    s.text((nw / 2, nh / 2), num, 'serif_b', 220, WHITE, kind='ADDRESS', anchor='mm')
    c.paste_canvas(pl, W * 0.7, H * 0.15, angle=rng.uniform(-3, 3), shadow=6)
    # street sign
    style = {'UK': (WHITE, BLACK), 'IE': (WHITE, BLACK), 'US': ((20, 110, 60), WHITE), 'CA': ((20, 70, 140), WHITE),
             'AU': ((20, 60, 140), WHITE), 'NZ': ((20, 60, 140), WHITE), 'IN': ((20, 100, 60), WHITE),
             'ZA': ((20, 20, 20), WHITE)}[region]
    sw, shh = 1400, 360
    sg, s2 = scaled_card(sw, shh, W * 0.4 / sw, style[0], radius=20, outline=style[1], width=10)
    s2.text((sw / 2, 150), street, 'lsans_b', _fit_size(street, 'lsans_b', 160, 1300), style[1], kind='ADDRESS',
            anchor='mm')
    area = p['addr'][1].split(',')[0]
    s2.text((sw / 2, 290), area, 'lsans', 64, (200, 30, 30) if style[0] == WHITE else style[1], kind='LOCATION',
            anchor='mm')
    c.paste_canvas(sg, W * 0.27, H * 0.22, angle=rng.uniform(-6, 6), shadow=6)
    return finish(c, 'house number next to street name sign (%s)' % region, fmt, q, blur=blur, noise=6,
                  seed=seed, light=0.35)


def story_post(seed, region='US', W=1080, H=1920, fmt='jpg', q=82):
    """social story: text stickers over a busy photo."""
    rng = random.Random(seed)
    p = person(region, seed)
    c = Canvas(W, H, img=bg_photo(W, H, rng, shapes=60, blur=3))
    c.text((W / 2, H * 0.2), 'PARTY TIME!!', 'sans_b', 90, WHITE, angle=-8, stroke=4, stroke_fill=BLACK)
    c.text((W / 2, H * 0.32), p['first'], 'sans_b', 90, (255, 230, 0), kind='PERSON', angle=-8, stroke=4,
           stroke_fill=BLACK)
    c.text((W / 2, H * 0.45), 'turning %d' % p['age'], 'fserif_bi', 80, WHITE, kind='AGE', angle=6)
    c.text((W / 2, H * 0.62), p['addr'][0], 'sans_b', 56, (255, 255, 255), kind='ADDRESS', angle=-3,
           stroke=3, stroke_fill=(200, 0, 120))
    c.text((W / 2, H * 0.72), 'Saturday 2pm', 'sans', 52, WHITE, angle=-3, stroke=2, stroke_fill=BLACK)
    c.text((W / 2, H * 0.84), '@' + p['handle'], 'sans_b', 44, BLACK, kind='HANDLE', angle=4)
    return finish(c, 'story post with stickers over busy photo (%s)' % region, fmt, q)


SCENES = [
    ('parcel', parcel_label, dict(region='UK')),
    ('parcel', parcel_label, dict(region='US', W=4000, H=3000, angle=-10, fmt='png')),
    ('parcel', parcel_label, dict(region='AU', W=2048, H=1536, angle=14, q=62, blur=1.5)),
    ('parcel', parcel_label, dict(region='IN', W=1600, H=1200, angle=0, fmt='webp', q=80)),
    ('envelope', envelope, dict(region='IE')),
    ('envelope', envelope, dict(region='CA', W=2000, H=1500, angle=11, bgk='wood', fmt='webp', q=90)),
    ('envelope', envelope, dict(region='NZ', W=4000, H=3000, angle=-2, bgk='fabric', q=68)),
    ('birthday_banner', birthday_banner, dict(region='AU')),
    ('birthday_banner', birthday_banner, dict(region='UK', W=3000, H=2000, angle=5, full=True, bgk='bricks')),
    ('birthday_banner', birthday_banner, dict(region='ZA', W=1600, H=1200, angle=-12, fmt='png')),
    ('birthday_banner', birthday_banner, dict(region='US', W=2048, H=1536, angle=2, bgk='busy', fmt='webp', q=75)),
    ('cake', cake, dict(region='IN')),
    ('cake', cake, dict(region='IE', W=2000, H=2000, angle=-12, fmt='webp', q=85)),
    ('cake', cake, dict(region='CA', W=1600, H=1200, angle=4, q=70)),
    ('school_sign', school_sign, dict(region='UK')),
    ('school_sign', school_sign, dict(region='AU', W=3000, H=2000, angle=-5, fmt='webp', q=88)),
    ('school_sign', school_sign, dict(region='IN', W=2048, H=1536, angle=8, q=72, blur=1.8)),
    ('school_sign', school_sign, dict(region='US', W=4000, H=3000, angle=-1, fmt='png', blur=0)),
    ('school_gate', school_gate, dict(region='NZ')),
    ('school_gate', school_gate, dict(region='ZA', W=4000, H=3000, fmt='jpg', q=78)),
    ('lunchbox', lunchbox, dict(region='CA')),
    ('lunchbox', lunchbox, dict(region='UK', W=3000, H=2000, angle=13, school=False, fmt='png')),
    ('lunchbox', lunchbox, dict(region='AU', W=1200, H=1600, angle=-3, fmt='webp', q=70)),
    ('bag_tag', bag_tag, dict(region='ZA')),
    ('bag_tag', bag_tag, dict(region='IE', W=3264, H=2448, angle=-9, q=90)),
    ('team_shirt', team_shirt, dict(region='UK')),
    ('team_shirt', team_shirt, dict(region='NZ', W=2000, H=1500, angle=7, back=False, fmt='webp', q=84)),
    ('team_shirt', team_shirt, dict(region='US', W=1536, H=2048, angle=-12, q=66)),
    ('certificate', certificate, dict(region='IE')),
    ('certificate', certificate, dict(region='AU', club=True, W=4000, H=3000, angle=-7, bgk='cork', q=80)),
    ('certificate', certificate, dict(region='IN', W=1600, H=1200, angle=15, bgk='wood', fmt='png')),
    ('house_number', house_number, dict(region='UK')),
    ('house_number', house_number, dict(region='US', W=3000, H=2000, fmt='webp', q=80)),
    ('house_number', house_number, dict(region='AU', W=2048, H=1536, q=60, blur=2.0)),
    ('story_post', story_post, dict(region='US')),
    ('story_post', story_post, dict(region='ZA', W=720, H=1280, fmt='png')),
]
