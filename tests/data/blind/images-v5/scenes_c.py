"""Scenes C: photographed objects - labels, envelopes, invitations, cakes, signs, cards, shirts (leaky)."""
import math

from common import (Surface, font, bold, fit_font, mix, done, registry, texture, paper, tex_gradient,
                    HAND_FONTS)

SCENES = []
sc = registry(SCENES)

BG_KINDS = ['wood', 'plain', 'fabric', 'concrete', 'busy', 'bokeh', 'grass', 'brick']


def photo_bg(ctx, kind=None, size=None, big=True, portrait=None, **kw):
    W, H = size or ctx.photo_size(big=big, portrait=portrait)
    kind = kind or ctx.pick(['wood', 'plain', 'fabric', 'concrete', 'busy', 'bokeh'])
    if kind == 'plain' and 'base' not in kw:
        kw['base'] = ctx.pick([(190, 180, 165), (120, 130, 140), (210, 200, 190), (90, 70, 60)])
    if kind == 'wood' and 'base' not in kw:
        kw['base'] = ctx.pick([(150, 105, 65), (190, 150, 105), (110, 75, 50)])
    return Surface.from_image(texture(kind, W, H, ctx.nrng, **kw))


def place(ctx, s, lay, amax=15, shadow=True, cx=None, cy=None):
    """Paste layer rotated up to amax degrees at a random position so it stays fully inside."""
    rng = ctx.rng
    ang = rng.uniform(-amax, amax)
    for _ in range(30):
        a = math.radians(abs(ang))
        rw = lay.w * math.cos(a) + lay.h * math.sin(a)
        rh = lay.w * math.sin(a) + lay.h * math.cos(a)
        if rw < s.w * 0.97 and rh < s.h * 0.97:
            break
        ang *= 0.7
    mx, my = (s.w - rw) / 2 - 4, (s.h - rh) / 2 - 4
    x = cx if cx is not None else s.w / 2 + rng.uniform(-mx, mx) * 0.8
    y = cy if cy is not None else s.h / 2 + rng.uniform(-my, my) * 0.8
    x = min(max(x, rw / 2 + 3), s.w - rw / 2 - 3)
    y = min(max(y, rh / 2 + 3), s.h - rh / 2 - 3)
    s.paste_layer(lay, (x, y), ang, shadow=int(max(4, min(s.w, s.h) / 120)) if shadow else 0)
    return ang


def obj_size(s, frac_w, ratio):
    """Layer size frac_w of image width (limited by height) with h = w*ratio."""
    w = s.w * frac_w
    h = w * ratio
    if h > s.h * 0.8:
        h = s.h * 0.8
        w = h / ratio
    return int(w), int(h)


def barcode(lay, x, y, w, h, rng, col=(0, 0, 0)):
    xx = x
    while xx < x + w:
        bw = rng.choice([1, 1, 2, 3]) * max(1, w / 160)
        if rng.random() < .55:
            lay.rect([xx, y, xx + bw, y + h], fill=col)
        xx += bw
    return (x, y, x + w, y + h)


def hand_lines(lay, x, y, items, size, col, rng, gap=1.35, fname=None, slope=None):
    """items: list of (text, kind). Draw each as a handwritten line; returns next y."""
    fname = fname or rng.choice(HAND_FONTS)
    for t, kd in items:
        sl = slope if slope is not None else rng.uniform(-0.02, 0.02)
        lay.hand((x, y), t, size, col, rng, kind=kd, fname=fname, slope=sl)
        y += size * gap
    return y


def fit_lines(lines, name, size, maxw):
    f = font(name, size)
    for t in lines:
        if f.getlength(t) > maxw:
            f = fit_font(t, name, f.size, maxw)
    return f


# ---------------------------------------------------------------------------------------- parcels & post
@sc()
def parcel_label(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'plain', base=ctx.pick([(176, 136, 92), (160, 120, 80)]), amp=14, scale=150)
    w, h = obj_size(s, 0.55, 0.7)
    k = w / 1000
    lay = Surface(w, h, (252, 252, 248))
    fn = ctx.pick(['lsans', 'sans', 'fsans', 'mono', 'narrow'])
    lay.rect([0, 0, w - 1, h - 1], outline=(0, 0, 0), width=int(4 * k))
    lay.text((30 * k, 24 * k), ctx.pick(['PRIORITY', 'STANDARD', 'TRACKED 48', 'EXPRESS', 'SPEEDPOST']), font(bold(fn), 60 * k), (0, 0, 0))
    lay.line([(0, 110 * k), (w, 110 * k)], (0, 0, 0), int(4 * k))
    lay.text((30 * k, 130 * k), 'FROM:', font(fn, 26 * k), (0, 0, 0))
    sender = P.kid_full() if rng.random() < .3 else '%s %s' % (P.adult(), P.surname())
    f1 = font(fn, 28 * k)
    lay.text((140 * k, 130 * k), sender, f1, (0, 0, 0), kind='PERSON')
    sa = P.address_lines()
    f2 = fit_lines(sa, fn, 28 * k, w - 180 * k)
    y = 168 * k
    for ln in sa:
        lay.text((140 * k, y), ln, f2, (0, 0, 0), kind='ADDRESS')
        y += 36 * k
    y += 16 * k
    lay.line([(0, y), (w, y)], (0, 0, 0), int(3 * k))
    y += 20 * k
    lay.text((30 * k, y), 'SHIP TO:', font(bold(fn), 34 * k), (0, 0, 0))
    y += 50 * k
    to = P.kid_full()
    lay.text((80 * k, y), to.upper(), fit_font(to.upper(), bold(fn), 46 * k, w - 120 * k), (0, 0, 0), kind='PERSON')
    y += 60 * k
    ta = [ln.upper() for ln in P.address_lines()]
    f3 = fit_lines(ta, bold(fn), 42 * k, w - 120 * k)
    for ln in ta:
        lay.text((80 * k, y), ln, f3, (0, 0, 0), kind='ADDRESS')
        y += f3.size * 1.2
    y += 10 * k
    lay.rich((80 * k, y), [('TEL ', None), (P.mobile()[0], 'PHONE')], font(fn, 30 * k), (0, 0, 0))
    y += 56 * k
    if y + 120 * k < h:
        barcode(lay, 60 * k, y, w - 120 * k, min(140 * k, h - y - 60 * k), rng)
        lay.ctext(w / 2, h - 50 * k, 'TRK %d %d %d' % (rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999)),
                  font('mono', 26 * k), (0, 0, 0))
    place(ctx, s, lay, 12)
    return done(ctx, s, 'parcel shipping label photo on cardboard', photo=True)


@sc()
def envelope_handwritten(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'fabric']))
    w, h = obj_size(s, 0.62, 0.55)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=ctx.pick([(250, 248, 240), (240, 230, 205), (225, 235, 250)]))
    lay.rect([w - 170 * k, 30 * k, w - 40 * k, 190 * k], fill=ctx.pick([(200, 60, 60), (60, 120, 190), (90, 160, 90)]))
    lay.rect([w - 160 * k, 40 * k, w - 50 * k, 180 * k], outline=(255, 255, 255), width=int(3 * k))
    for i in range(4):
        lay.line([(w - 330 * k, 60 * k + i * 25 * k), (w - 180 * k, 70 * k + i * 25 * k)], (60, 60, 70), max(1, int(3 * k)))
    ink = ctx.pick([(20, 30, 120), (20, 20, 20), (90, 20, 110), (10, 80, 40)])
    size = 62 * k
    x = w * 0.3
    y = h * 0.45
    items = [(P.kid_full(), 'PERSON')] + [(ln, 'ADDRESS') for ln in P.address_lines()]
    longest = max(font('fserif_i', size).getlength(t) for t, _ in items)
    if x + longest * 1.1 > w - 30 * k:
        size *= (w - 30 * k - x) / (longest * 1.1)
    hand_lines(lay, x, y, items, size, ink, rng, gap=1.3)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'handwritten envelope with name and full address', photo=True)


@sc()
def postcard_from_camp(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'wood')
    w, h = obj_size(s, 0.7, 0.64)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=(248, 246, 236))
    lay.line([(w * 0.52, 60 * k), (w * 0.52, h - 60 * k)], (120, 120, 120), max(1, int(3 * k)))
    lay.rect([w - 150 * k, 30 * k, w - 40 * k, 160 * k], outline=(150, 150, 150), width=int(2 * k))
    for i in range(4):
        lay.line([(w * 0.56, h * 0.45 + i * 80 * k), (w - 40 * k, h * 0.45 + i * 80 * k)], (160, 160, 160), max(1, int(2 * k)))
    ink = (25, 35, 110)
    fnm = ctx.pick(HAND_FONTS)
    sz = 36 * k
    mum = P.mum()
    y = 100 * k
    for t, kd in [('Dear %s and Dad,' % mum, None), ('camp is fun! we went', None), ('kayaking at', None),
                  (P.place()[:26], 'LOCATION'), ('see you sunday', None), ('love', None)]:
        lay.hand((50 * k, y), t, sz, ink, rng, kind=kd, fname=fnm)
        y += sz * 1.5
    first = P.kid()
    bb = lay.hand((50 * k, y), first, sz * 1.1, ink, rng, kind='PERSON', fname=fnm)
    lay.hand((bb[2] + sz * 0.4, y), 'xx', sz * 1.1, ink, rng, fname=fnm)
    al = ['The %s family' % P.surname()] + P.address_lines()
    sz2 = min(40 * k, (w * 0.42) / max(1, max(font(fnm, 40 * k).getlength(t) for t in al)) * 40 * k * 0.92)
    y = h * 0.45 - 8 * k
    for i, t in enumerate(al):
        lay.hand((w * 0.56, y), t, sz2, ink, rng, kind='PERSON' if i == 0 else 'ADDRESS', fname=fnm)
        y += 80 * k
    place(ctx, s, lay, 10)
    return done(ctx, s, 'handwritten postcard from camp with home address', photo=True)


# ---------------------------------------------------------------------------------------- birthdays
@sc()
def birthday_invitation(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'busy', 'plain']))
    port = rng.random() < .5
    w, h = obj_size(s, 0.45 if port else 0.6, 1.4 if port else 0.72)
    k = w / 1000
    c1 = ctx.pick([(255, 214, 232), (214, 236, 255), (255, 243, 200), (220, 255, 220)])
    lay = Surface.from_image(tex_gradient(w, h, c1, (255, 255, 255)))
    for _ in range(40):
        x, y, r = rng.random() * w, rng.random() * h, rng.uniform(6, 20) * k
        lay.circle(x, y, r, fill=ctx.pick([(255, 120, 160), (120, 180, 255), (255, 200, 60), (150, 220, 120)]))
    fn = ctx.pick(['fserif_bi', 'serif_bi', 'lserif_b', 'sans_b', 'cond_b'])
    acc = ctx.pick([(200, 40, 100), (30, 80, 180), (120, 40, 160), (200, 90, 0)])
    first = P.kid()
    age = P.age()
    y = h * 0.08
    lay.ctext(w / 2, y, "You're invited to", font(fn, 60 * k), acc)
    y += 110 * k
    fbig = fit_font(first + "'s", fn, 150 * k, w - 80 * k)
    lay.crich(w / 2, y, [(first, 'PERSON'), ("'s", None)], fbig, acc)
    y += fbig.size * 1.25
    ordn = '%d%s' % (age, 'th' if age not in (1, 2, 3) else {1: 'st', 2: 'nd', 3: 'rd'}[age])
    fo = fit_font(ordn + ' Birthday Party!', fn, 80 * k, w - 60 * k)
    lay.crich(w / 2, y, [(ordn, 'AGE'), (' Birthday Party!', None)], fo, acc)
    y += fo.size * 1.6
    fb = font(ctx.pick(['sans', 'lsans', 'serif']), 40 * k)
    dt = '%s, %s' % (ctx.pick(['Saturday', 'Sunday']), P.date_str())
    lay.ctext(w / 2, y, dt + '  2pm - 5pm', fit_font(dt + '  2pm - 5pm', 'sans', 40 * k, w - 60 * k), (40, 40, 40))
    y += 70 * k
    addr = P.address_lines()
    for ln in addr:
        f = fit_font(ln, 'sans_b', 44 * k, w - 80 * k)
        lay.ctext(w / 2, y, ln, f, (40, 40, 40), kind='ADDRESS')
        y += f.size * 1.3
    y += 30 * k
    rs = [('RSVP to %s ' % P.adult(), None), (P.mobile()[0], 'PHONE')]
    frs = font('sans', 38 * k)
    while sum(frs.getlength(t) for t, _ in rs) > w - 60 * k:
        frs = font('sans', frs.size * 0.9)
    tw_ = sum(frs.getlength(t) for t, _ in rs)
    lay.rich((w / 2 - tw_ / 2, y), rs, frs, (40, 40, 40))
    place(ctx, s, lay, 15)
    return done(ctx, s, 'printed birthday invitation with name, age, home address, RSVP phone', photo=True)


def bunting(ctx, s, words, y0, cw, sag, fn, cols, ci=0):
    rng = ctx.rng
    W = s.w
    letters = sum(len(t) for t, _ in words) + len(words) - 1
    x = (W - cw * letters) / 2
    s.line([(x - cw * 0.3, y0 - cw * 0.1), (W / 2, y0 + sag - cw * 0.1), (x + cw * letters + cw * 0.3, y0 - cw * 0.1)],
           (240, 240, 240), max(2, int(cw / 40)))
    i = ci
    for t, kd in words:
        boxes = []
        for ch in t:
            cx = x + cw / 2
            t_ = (cx - W / 2) / (W / 2)
            cy = y0 + sag * (1 - t_ * t_) + cw * 0.55
            flag = Surface(int(cw * 0.92), int(cw * 1.15), (0, 0, 0, 0))
            flag.d.polygon([(0, 0), (flag.w, 0), (flag.w, flag.h * 0.8), (flag.w / 2, flag.h), (0, flag.h * 0.8)],
                           fill=cols[i % len(cols)] + (255,))
            flag.ctext(flag.w / 2, flag.h * 0.18, ch, font(fn, cw * 0.6), (255, 255, 255), kind='X')
            ang = rng.uniform(-8, 8) - t_ * 6
            s.paste_layer(flag, (cx, cy), ang, shadow=max(2, int(cw / 30)))
            boxes.append(s.leaks.pop()['box'])
            x += cw
            i += 1
        if kd:
            s.add_leak(kd, t, (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                               max(b[3] for b in boxes)))
        x += cw


@sc()
def birthday_banner(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['plain', 'concrete']), base=(225, 215, 200)) if rng.random() < .7 else photo_bg(ctx, 'brick')
    first = P.kid().upper()
    age = P.age()
    W, H = s.w, s.h
    cols = [(230, 60, 80), (60, 130, 230), (250, 190, 40), (80, 190, 110), (170, 90, 210)]
    fn = ctx.pick(['sans_b', 'lsans_b', 'fsans_b', 'serif_b'])
    cw = min(W * 0.85 / 14, H * 0.12)
    bunting(ctx, s, [('HAPPY', None), ('BIRTHDAY', None)], H * 0.12, cw, H * 0.05, fn, cols)
    bunting(ctx, s, [(first, 'PERSON')], H * 0.42, min(cw * 1.2, W * 0.6 / len(first)), H * 0.03, fn, cols, 2)
    col = ctx.pick([(210, 175, 60), (200, 200, 210), (230, 120, 170), (80, 150, 230)])
    bx = W * rng.choice([0.15, 0.85])
    ordn = str(age)
    s.rtext((bx, H * 0.78), ordn, font('sans_b', H * 0.26), col, rng.uniform(-12, 12), kind='AGE',
            stroke=max(3, int(H / 300)), stroke_fill=mix(col, (255, 255, 255), 0.5))
    return done(ctx, s, 'birthday bunting banner with name and number balloon for age', photo=True)


@sc()
def birthday_cake(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'bokeh']))
    W, H = s.w, s.h
    R = min(W, H) * 0.38
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.03, 0.05) * H
    s.circle(cx + R * 0.05, cy + R * 0.08, R * 1.12, fill=(40, 30, 25))
    s.circle(cx, cy, R * 1.12, fill=(235, 235, 240))
    icing = ctx.pick([(255, 230, 240), (250, 245, 230), (220, 240, 255), (90, 60, 40)])
    s.circle(cx, cy, R, fill=icing)
    for a in range(0, 360, 12):
        x, y = cx + R * 0.93 * math.cos(math.radians(a)), cy + R * 0.93 * math.sin(math.radians(a))
        s.circle(x, y, R * 0.06, fill=ctx.pick([(255, 130, 170), (130, 200, 255), (255, 255, 255)]))
    ink = ctx.pick([(200, 30, 90), (40, 90, 200), (120, 50, 160)]) if icing[0] > 150 else (250, 240, 220)
    first = P.kid()
    age = P.age()
    fnm = ctx.pick(['fserif_bi', 'serif_bi', 'fserif_i'])
    sz = R * 0.22
    hb = 'Happy Birthday'
    sz1 = min(sz, R * 1.5 / max(1, font(fnm, sz).getlength(hb)) * sz)
    x0 = cx - font(fnm, sz1).getlength(hb) / 2
    s.hand((x0, cy - R * 0.3), hb, sz1, ink, rng, fname=fnm, jitter=0.03, thick=True)
    sz2 = min(sz * 1.3, R * 1.3 / max(1, font(fnm, sz * 1.3).getlength(first)) * sz * 1.3)
    s.hand((cx - font(fnm, sz2).getlength(first) / 2, cy + R * 0.05), first, sz2, ink, rng, kind='PERSON', fname=fnm, jitter=0.03, thick=True)
    num = str(age)
    s.rtext((cx, cy + R * 0.5), num, font('sans_b', R * 0.35), ctx.pick([(255, 200, 40), (250, 90, 120), (90, 200, 250)]), rng.uniform(-10, 10),
            kind='AGE', stroke=max(2, int(R / 80)), stroke_fill=(255, 255, 255))
    for i in range(age if age <= 12 else 12):
        a = math.radians(200 + i * (140 / max(1, age - 1)))
        x, y = cx + R * 0.72 * math.cos(a), cy + R * 0.72 * math.sin(a)
        s.rect([x - R * 0.015, y - R * 0.16, x + R * 0.015, y], fill=ctx.pick([(255, 120, 160), (120, 200, 255), (255, 220, 80)]))
        s.circle(x, y - R * 0.19, R * 0.025, fill=(255, 200, 60))
    return done(ctx, s, 'birthday cake photo with iced name and age candle', photo=True)


# ---------------------------------------------------------------------------------------- school outside
def sign_board(w, h, bg, border, k):
    lay = Surface(w, h, bg)
    lay.rect([0, 0, w - 1, h - 1], outline=border, width=int(14 * k))
    return lay


@sc()
def school_sign(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['grass', 'brick', 'bokeh']), portrait=False)
    W, H = s.w, s.h
    if rng.random() < .5:
        s.img.paste(tex_gradient(W, int(H * 0.45), (120, 170, 230), (210, 230, 250)), (0, 0))
    w, h = obj_size(s, 0.72, 0.5)
    k = w / 1000
    bg = ctx.pick([(20, 60, 130), (10, 90, 60), (120, 20, 40), (250, 250, 250)])
    fg = (255, 255, 255) if sum(bg) < 400 else (20, 40, 100)
    lay = sign_board(w, h, bg, fg, k)
    lay.circle(w / 2, 100 * k, 60 * k, fill=mix(bg, fg, 0.3), outline=fg, width=int(5 * k))
    sch = P.school()
    parts = sch.split(', ')
    y = 190 * k
    for i, pt in enumerate(parts):
        f = fit_font(pt, ctx.pick(['serif_b', 'lserif_b', 'sans_b', 'fsans_b']), 96 * k, w - 80 * k)
        lay.ctext(w / 2, y, pt, f, fg, kind='SCHOOL' if i == 0 else 'LOCATION')
        y += f.size * 1.25
    y += 20 * k
    f = font('sans', 40 * k)
    head = '%s %s' % (ctx.pick(['Mrs', 'Mr', 'Ms', 'Dr']), P.surname())
    role = ctx.pick(['Headteacher', 'Principal', 'Head Teacher'])
    lay.rich((60 * k, y), [(role + ': ', None), (head, 'PERSON')], fit_font(role + ': ' + head, 'sans', 40 * k, w - 120 * k), fg)
    y += 60 * k
    lay.rich((60 * k, y), [('Tel: ', None), (P.landline(), 'PHONE')], f, fg)
    lay.rect([w * 0.45, h, w * 0.47, h], fill=(0, 0, 0))
    ang = place(ctx, s, lay, 5, shadow=True, cy=s.h * 0.42)
    return done(ctx, s, 'school sign outside building with head teacher and phone', photo=True)


@sc()
def school_gate_plaque(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'brick', portrait=False)
    W, H = s.w, s.h
    for i in range(12):
        x = W * (i + 0.5) / 12
        s.rect([x - W * 0.006, H * 0.35, x + W * 0.006, H], fill=(25, 40, 30))
    s.rect([0, H * 0.4, W, H * 0.43], fill=(25, 40, 30))
    s.rect([0, H * 0.85, W, H * 0.88], fill=(25, 40, 30))
    w, h = obj_size(s, 0.5, 0.35)
    k = w / 1000
    lay = Surface(w, h, ctx.pick([(190, 160, 70), (200, 200, 205), (30, 30, 35)]))
    gold = sum(lay.img.getpixel((0, 0))[:3]) > 400
    fg = (40, 30, 10) if gold else (230, 210, 150)
    lay.rect([10 * k, 10 * k, w - 10 * k, h - 10 * k], outline=fg, width=int(6 * k))
    sch = P.school()
    f = fit_font(sch, ctx.pick(['serif_b', 'lserif_b', 'fserif_b']), 90 * k, w - 80 * k)
    lay.ctext(w / 2, h * 0.22, sch, f, fg, kind='SCHOOL')
    lay.ctext(w / 2, h * 0.22 + f.size * 1.5, ctx.pick(['Pupils enter via side gate', 'Est. 1974', 'Please close the gate']), font('serif_i', 44 * k), fg)
    lay.ctext(w / 2, h * 0.78, ctx.pick(['Drop-off 8:30 - 8:50', 'No parking on zig-zags', 'Visitors report to reception']), font('sans', 36 * k), fg)
    place(ctx, s, lay, 4, cy=s.h * 0.6)
    return done(ctx, s, 'school gate with plaque', photo=True)


@sc()
def school_bus(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'concrete', portrait=False)
    W, H = s.w, s.h
    s.img.paste(tex_gradient(W, int(H * 0.4), (140, 180, 230), (220, 230, 240)), (0, 0))
    x0, y0, x1, y1 = W * 0.06, H * 0.22, W * 0.94, H * 0.78
    col = (250, 190, 0) if ctx.region in ('US', 'CA') else ctx.pick([(250, 190, 0), (240, 240, 240), (30, 90, 170)])
    s.rrect([x0, y0, x1, y1], H * 0.04, fill=col, outline=(30, 30, 30), width=max(2, int(W / 800)))
    for i in range(7):
        wx = x0 + (x1 - x0) * (0.05 + i * 0.13)
        s.rrect([wx, y0 + (y1 - y0) * 0.08, wx + (x1 - x0) * 0.11, y0 + (y1 - y0) * 0.38], H * 0.01, fill=(60, 70, 85))
    for cx in (x0 + (x1 - x0) * 0.18, x0 + (x1 - x0) * 0.8):
        s.circle(cx, y1, H * 0.09, fill=(25, 25, 25))
        s.circle(cx, y1, H * 0.04, fill=(150, 150, 150))
    fg = (20, 20, 20) if sum(col) > 400 else (255, 255, 255)
    sch = P.school().upper()
    f = fit_font(sch, 'sans_b', (y1 - y0) * 0.13, (x1 - x0) * 0.85)
    s.ctext((x0 + x1) / 2, y0 + (y1 - y0) * 0.46, sch, f, fg, kind='SCHOOL')
    tn = P.town().upper()
    route = 'ROUTE %d  %s' % (rng.randint(2, 40), tn)
    f2 = fit_font(route, 'sans_b', (y1 - y0) * 0.09, (x1 - x0) * 0.7)
    s.crich((x0 + x1) / 2, y0 + (y1 - y0) * 0.66, [(route[:-len(tn)], None), (tn, 'LOCATION')], f2, fg)
    return done(ctx, s, 'school bus side with school name and route town', photo=True)


# ---------------------------------------------------------------------------------------- labels & tags
@sc()
def hello_name_sticker(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'fabric', base=ctx.pick([(40, 60, 140), (150, 30, 40), (60, 60, 60), (30, 100, 60)]))
    w, h = obj_size(s, 0.5, 0.7)
    k = w / 1000
    lay = Surface(w, h, (255, 255, 255, 0))
    red = ctx.pick([(220, 30, 40), (30, 90, 200), (20, 140, 80)])
    lay.rrect([0, 0, w - 1, h - 1], 40 * k, fill=red)
    lay.rect([10 * k, 260 * k, w - 10 * k, h - 60 * k], fill=(255, 255, 255))
    lay.ctext(w / 2, 40 * k, 'HELLO', font('sans_b', 130 * k), (255, 255, 255))
    lay.ctext(w / 2, 185 * k, 'my name is', font('sans', 56 * k), (255, 255, 255))
    first = P.kid()
    sz = min(200 * k, (w - 100 * k) / max(1, font('fserif_bi', 200 * k).getlength(first)) * 200 * k)
    lay.hand((w / 2 - font('fserif_bi', sz).getlength(first) / 2, h * 0.68), first, sz, (10, 10, 10), rng, kind='PERSON', fname='fserif_bi', thick=True)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'name sticker worn on jumper', photo=True)


@sc()
def bag_tag(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'fabric', base=ctx.pick([(200, 60, 120), (40, 40, 50), (30, 110, 170), (230, 140, 30)]))
    w, h = obj_size(s, 0.42, 1.0)
    k = w / 1000
    lay = Surface(w, h, (0, 0, 0, 0))
    lay.rrect([0, 0, w - 1, h - 1], 60 * k, fill=ctx.pick([(255, 230, 0), (250, 120, 170), (120, 200, 255)]))
    lay.rrect([60 * k, 140 * k, w - 60 * k, h - 60 * k], 20 * k, fill=(255, 255, 255))
    lay.circle(w / 2, 70 * k, 40 * k, fill=(80, 80, 80))
    lay.text((90 * k, 170 * k), 'NAME', font('sans_b', 34 * k), (120, 120, 120))
    ink = ctx.pick([(20, 20, 20), (20, 40, 140)])
    fnm = ctx.pick(HAND_FONTS)
    items = [(P.kid_full(), 'PERSON')]
    y = hand_lines(lay, 90 * k, 290 * k, items, 74 * k, ink, rng, fname=fnm)
    lay.text((90 * k, y - 30 * k), 'ADDRESS', font('sans_b', 34 * k), (120, 120, 120))
    al = P.address_lines()
    sz = min(60 * k, (w - 200 * k) / max(1, max(font(fnm, 60 * k).getlength(t) for t in al)) * 60 * k)
    y = hand_lines(lay, 90 * k, y + 70 * k, [(t, 'ADDRESS') for t in al], sz, ink, rng, fname=fnm, gap=1.4)
    lay.text((90 * k, y - 20 * k), 'PHONE', font('sans_b', 34 * k), (120, 120, 120))
    hand_lines(lay, 90 * k, y + 70 * k, [(P.mobile()[0], 'PHONE')], 62 * k, ink, rng, fname=fnm)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'school bag tag handwritten with name, address, phone', photo=True)


@sc()
def lunchbox_label(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['plain', 'wood']))
    W, H = s.w, s.h
    box_col = ctx.pick([(90, 180, 230), (240, 110, 150), (120, 200, 110), (250, 200, 60)])
    w, h = obj_size(s, 0.75, 0.6)
    lunch = Surface(w, h, (0, 0, 0, 0))
    lunch.rrect([0, 0, w - 1, h - 1], w * 0.08, fill=box_col)
    lunch.rrect([w * 0.04, h * 0.05, w * 0.96, h * 0.18], w * 0.03, fill=mix(box_col, (255, 255, 255), 0.3))
    k = w / 1000
    lw, lh = int(w * 0.66), int(h * 0.5)
    lab = Surface(lw, lh, (0, 0, 0, 0))
    lab.rrect([0, 0, lw - 1, lh - 1], 30 * k, fill=(255, 255, 255), outline=(0, 0, 0), width=int(3 * k))
    fn = ctx.pick(['sans_b', 'lsans_b', 'cond_b', 'fsans_b'])
    nm = P.kid_full()
    f = fit_font(nm, fn, lh * 0.22, lw - 60 * k)
    lab.ctext(lw / 2, lh * 0.1, nm, f, (20, 20, 20), kind='PERSON')
    g = P.grade()
    lab.ctext(lw / 2, lh * 0.45, g, font('sans', lh * 0.14), (60, 60, 60))
    sch = P.school()
    f2 = fit_font(sch, 'sans', lh * 0.12, lw - 60 * k)
    lab.ctext(lw / 2, lh * 0.7, sch, f2, (60, 60, 60), kind='SCHOOL')
    lunch.paste_layer(lab, (w / 2, h * 0.6), rng.uniform(-4, 4))
    place(ctx, s, lunch, 12)
    return done(ctx, s, 'lunchbox with printed name label, class and school', photo=True)


@sc()
def water_bottle(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['grass', 'wood', 'concrete']), portrait=True)
    W, H = s.w, s.h
    w, h = int(W * 0.35), int(H * 0.75)
    b = Surface(w, h, (0, 0, 0, 0))
    col = ctx.pick([(60, 160, 220), (230, 80, 130), (90, 200, 140), (40, 40, 50)])
    b.rrect([0, h * 0.14, w - 1, h - 1], w * 0.2, fill=col)
    b.rrect([w * 0.25, 0, w * 0.75, h * 0.16], w * 0.08, fill=(40, 40, 40))
    b.rect([w * 0.9, h * 0.2, w * 0.95, h * 0.95], fill=mix(col, (255, 255, 255), 0.4))
    nm = P.kid()
    fn = ctx.pick(['sans_b', 'fserif_bi', 'cond_b'])
    f = fit_font(nm, fn, w * 0.3, h * 0.6)
    lay = Surface(int(f.getlength(nm) + 20), int(f.size * 1.4), (0, 0, 0, 0))
    lay.text((10, f.size * 0.15), nm, f, (255, 255, 255), kind='PERSON')
    b.paste_layer(lay, (w / 2, h * 0.57), 90)
    sur = P.surname()
    f3 = fit_font(sur, 'sans_b', w * 0.12, w * 0.8)
    b.ctext(w / 2, h * 0.88, sur, f3, (255, 255, 255), kind='PERSON')
    place(ctx, s, b, 10)
    return done(ctx, s, 'water bottle with vinyl name sticker', photo=True)


@sc()
def team_shirt_back(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['grass', 'plain', 'concrete']))
    W, H = s.w, s.h
    w, h = obj_size(s, 0.6, 0.95)
    k = w / 1000
    col = ctx.pick([(200, 30, 40), (20, 60, 160), (250, 200, 20), (20, 120, 60), (240, 240, 240)])
    fg = (255, 255, 255) if sum(col) < 500 else (20, 20, 80)
    sh = Surface(w, h, (0, 0, 0, 0))
    sh.d.polygon([(w * 0.3, 0), (w * 0.7, 0), (w, h * 0.18), (w * 0.88, h * 0.32), (w * 0.8, h * 0.26),
                  (w * 0.8, h), (w * 0.2, h), (w * 0.2, h * 0.26), (w * 0.12, h * 0.32), (0, h * 0.18)], fill=col + (255,))
    sur = P.surname().upper()
    f = fit_font(sur, 'sans_b', 110 * k, w * 0.56)
    sh.ctext(w / 2, h * 0.2, sur, f, fg, kind='PERSON')
    num = str(rng.randint(2, 23))
    sh.ctext(w / 2, h * 0.2 + f.size * 1.3, num, font('sans_b', 300 * k), fg)
    club = P.club()
    fc = fit_font(club, 'sans_b', 44 * k, w * 0.56)
    sh.ctext(w / 2, h * 0.85, club, fc, fg, kind='ORG')
    place(ctx, s, sh, 8)
    return done(ctx, s, 'team shirt back with surname and club name', photo=True)


@sc()
def certificate(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'bokeh']), portrait=False)
    w, h = obj_size(s, 0.7, 0.707)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=(252, 250, 240))
    gold = ctx.pick([(190, 150, 50), (40, 80, 160), (160, 40, 60)])
    lay.rect([20 * k, 20 * k, w - 20 * k, h - 20 * k], outline=gold, width=int(14 * k))
    lay.rect([44 * k, 44 * k, w - 44 * k, h - 44 * k], outline=gold, width=int(3 * k))
    fn = ctx.pick(['serif_b', 'lserif_b', 'fserif_b'])
    lay.ctext(w / 2, 80 * k, 'CERTIFICATE OF ' + ctx.pick(['ACHIEVEMENT', 'EXCELLENCE', 'MERIT']), fit_font('CERTIFICATE OF ACHIEVEMENT', fn, 56 * k, w - 160 * k), gold)
    lay.ctext(w / 2, 170 * k, 'This certificate is proudly presented to', font('serif_i', 32 * k), (60, 60, 60))
    nm = P.kid_full()
    lay.ctext(w / 2, 225 * k, nm, fit_font(nm, ctx.pick(['fserif_bi', 'serif_bi']), 90 * k, w - 200 * k), (30, 30, 30), kind='PERSON')
    reason = ctx.pick(['for outstanding effort in Maths', 'for being a super reader', 'Star of the Week', 'for 100% attendance'])
    lay.ctext(w / 2, 350 * k, reason, font('serif', 34 * k), (60, 60, 60))
    cls = P.grade()
    sch = P.school()
    f2 = fit_font(cls + ', ' + sch, 'serif', 34 * k, w - 200 * k)
    tw_ = f2.getlength(cls + ', ' + sch)
    lay.rich((w / 2 - tw_ / 2, 410 * k), [(cls + ', ', None), (sch, 'SCHOOL')], f2, (60, 60, 60))
    lay.line([(120 * k, h - 150 * k), (420 * k, h - 150 * k)], (60, 60, 60), max(1, int(2 * k)))
    lay.line([(w - 420 * k, h - 150 * k), (w - 120 * k, h - 150 * k)], (60, 60, 60), max(1, int(2 * k)))
    t = '%s %s' % (ctx.pick(['Mrs', 'Mr', 'Ms']), P.surname())
    lay.hand((130 * k, h - 165 * k), t, 44 * k, (20, 30, 110), rng, kind='PERSON', fname='fserif_i')
    lay.text((120 * k, h - 140 * k), 'Class Teacher', font('serif', 24 * k), (80, 80, 80))
    lay.hand((w - 410 * k, h - 165 * k), P.date_str() + ' 2025', 40 * k, (20, 30, 110), rng, fname='fserif_i')
    lay.text((w - 420 * k, h - 140 * k), 'Date', font('serif', 24 * k), (80, 80, 80))
    place(ctx, s, lay, 10)
    return done(ctx, s, 'school certificate with pupil name, class, school, teacher', photo=True)


@sc()
def medal_engraved(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['fabric', 'wood', 'bokeh']))
    W, H = s.w, s.h
    R = min(W, H) * 0.3
    cx, cy = W / 2, H * 0.58
    rib = ctx.pick([(200, 30, 40), (30, 60, 160), (30, 130, 70)])
    s.d.polygon([(cx - R * 0.5, 0), (cx - R * 0.1, 0), (cx + R * 0.15, cy - R * 0.8), (cx - R * 0.2, cy - R * 0.8)], fill=rib + (255,))
    s.d.polygon([(cx + R * 0.5, 0), (cx + R * 0.1, 0), (cx - R * 0.15, cy - R * 0.8), (cx + R * 0.2, cy - R * 0.8)], fill=mix(rib, (0, 0, 0), 0.2) + (255,))
    metal = ctx.pick([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    s.circle(cx, cy, R, fill=mix(metal, (0, 0, 0), 0.2))
    s.circle(cx, cy, R * 0.9, fill=metal)
    ink = mix(metal, (0, 0, 0), 0.55)
    club = P.club()
    words = club.split(' ')
    half = (len(words) + 1) // 2
    l1, l2 = ' '.join(words[:half]), ' '.join(words[half:])
    f = fit_font(max(l1, l2, key=len), 'serif_b', R * 0.16, R * 1.5)
    s.ctext(cx, cy - R * 0.55, l1, f, ink, kind='ORG')
    if l2:
        s.ctext(cx, cy - R * 0.55 + f.size * 1.2, l2, f, ink, kind='ORG')
    s.ctext(cx, cy - R * 0.05, ctx.pick(['1st PLACE', 'WINNER', 'PLAYER OF THE YEAR', 'GOLD']), fit_font('PLAYER OF THE YEAR', 'sans_b', R * 0.15, R * 1.5), ink)
    nm = P.kid_full()
    f2 = fit_font(nm, 'serif_i', R * 0.17, R * 1.4)
    s.ctext(cx, cy + R * 0.25, nm, f2, ink, kind='PERSON')
    s.ctext(cx, cy + R * 0.55, '2025', font('serif_b', R * 0.15), ink)
    return done(ctx, s, 'engraved medal with club and child name', photo=True)


@sc()
def trophy_plaque(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'bokeh', portrait=None)
    w, h = obj_size(s, 0.5, 0.5)
    k = w / 1000
    lay = Surface(w, h, (70, 40, 25))
    lay.rect([60 * k, 60 * k, w - 60 * k, h - 60 * k], fill=(205, 170, 80))
    ink = (50, 35, 10)
    nm = P.kid_full()
    lines = [('PLAYER OF THE SEASON', None), (nm, 'PERSON'), (P.club(), 'ORG'), ('2024 / 25', None)]
    y = 110 * k
    for t, kd in lines:
        f = fit_font(t, 'serif_b', 62 * k, w - 200 * k)
        lay.ctext(w / 2, y, t, f, ink, kind=kd)
        y += 62 * k * 1.5
    place(ctx, s, lay, 12)
    return done(ctx, s, 'trophy plaque engraving with name and club', photo=True)


# ---------------------------------------------------------------------------------------- home
@sc()
def house_number_door(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete']), portrait=ctx.rng.random() < .5)
    W, H = s.w, s.h
    dcol = ctx.pick([(30, 50, 90), (150, 20, 30), (20, 80, 50), (230, 230, 225), (40, 40, 40)])
    dx0, dx1 = W * 0.3, W * 0.68
    s.rect([dx0 - W * 0.02, H * 0.08, dx1 + W * 0.02, H], fill=(240, 240, 235))
    s.rect([dx0, H * 0.1, dx1, H], fill=dcol)
    for i in range(2):
        for j in range(3):
            s.rect([dx0 + (dx1 - dx0) * (0.1 + 0.45 * i), H * (0.2 + 0.25 * j), dx0 + (dx1 - dx0) * (0.45 + 0.45 * i), H * (0.4 + 0.25 * j)],
                   outline=mix(dcol, (0, 0, 0), 0.3), width=max(2, int(W / 500)))
    s.circle(dx0 + (dx1 - dx0) * 0.9, H * 0.6, W * 0.012, fill=(210, 180, 80))
    num = P.house()
    pw, ph = int(W * 0.16), int(H * 0.13)
    plate = Surface(pw, ph, ctx.pick([(20, 20, 20), (250, 250, 250), (200, 170, 80)]))
    fg = (255, 255, 255) if plate.img.getpixel((0, 0))[0] < 100 else (20, 20, 20)
    f = fit_font(num, 'serif_b', ph * 0.8, pw * 0.85)
    plate.text((pw / 2, ph / 2), num, f, fg, kind='ADDRESS', anchor='mm')
    s.paste_layer(plate, (dx1 + W * 0.13, H * 0.3), rng.uniform(-3, 3), shadow=6)
    if rng.random() < .7:
        st = P.street()
        sw_, sh_ = int(W * 0.26), int(H * 0.08)
        sign = Surface(sw_, sh_, (250, 250, 250))
        sign.rect([0, 0, sw_ - 1, sh_ - 1], outline=(20, 20, 20), width=max(2, int(W / 600)))
        f2 = fit_font(st, 'sans_b', sh_ * 0.55, sw_ * 0.9)
        sign.text((sw_ / 2, sh_ / 2), st, f2, (20, 20, 20), kind='ADDRESS', anchor='mm')
        s.paste_layer(sign, (W * 0.15, H * 0.18), rng.uniform(-4, 4), shadow=6)
    return done(ctx, s, 'front door with house number plaque and street sign', photo=True)


@sc()
def mailbox_family(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'grass', portrait=False)
    W, H = s.w, s.h
    s.img.paste(tex_gradient(W, int(H * 0.4), (130, 180, 235), (220, 235, 245)), (0, 0))
    s.rect([W * 0.47, H * 0.5, W * 0.53, H], fill=(110, 80, 50))
    col = ctx.pick([(30, 30, 35), (160, 20, 30), (230, 230, 230), (30, 70, 40)])
    x0, y0, x1, y1 = W * 0.25, H * 0.28, W * 0.75, H * 0.55
    s.rect([x0, y0 + (y1 - y0) * 0.3, x1, y1], fill=col)
    s.d.chord([x0, y0, x1, y0 + (y1 - y0) * 0.6], 180, 360, fill=col + (255,))
    fg = (255, 255, 255) if sum(col) < 400 else (20, 20, 20)
    num = P.house()
    f = fit_font(num, 'sans_b', (y1 - y0) * 0.4, (x1 - x0) * 0.5)
    s.ctext((x0 + x1) / 2, y0 + (y1 - y0) * 0.28, num, f, fg, kind='ADDRESS')
    fam = 'THE %s FAMILY' % P.surname().upper()
    f2 = fit_font(fam, 'serif_b', (y1 - y0) * 0.14, (x1 - x0) * 0.9)
    sur = fam[4:-7]
    s.crich((x0 + x1) / 2, y0 + (y1 - y0) * 0.75, [('THE ', None), (sur, 'PERSON'), (' FAMILY', None)], f2, fg)
    s.rect([x1 - (x1 - x0) * 0.05, y0 - (y1 - y0) * 0.3, x1, y0 + (y1 - y0) * 0.2], fill=(220, 30, 30))
    return done(ctx, s, 'mailbox with house number and family surname', photo=True)


@sc()
def bedroom_door_sign(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'wood', base=ctx.pick([(230, 220, 200), (200, 160, 110)]), vertical=True)
    w, h = obj_size(s, 0.72, 0.45)
    k = w / 1000
    lay = Surface(w, h, (0, 0, 0, 0))
    lay.rrect([0, 0, w - 1, h - 1], 80 * k, fill=ctx.pick([(255, 200, 220), (190, 230, 255), (220, 255, 200)]))
    first = P.kid()
    fn = ctx.pick(['fserif_bi', 'serif_bi', 'sans_b'])
    t = first + "'s Room"
    f = fit_font(t, fn, 160 * k, w - 100 * k)
    lay.crich(w / 2, h * 0.2, [(first, 'PERSON'), ("'s Room", None)], f, ctx.pick([(200, 40, 120), (30, 80, 170), (60, 130, 40)]))
    lay.ctext(w / 2, h * 0.68, ctx.pick(['KEEP OUT!', 'Knock first', 'Gamers only', 'Princess zone']), font('sans_b', 70 * k), (80, 80, 80))
    place(ctx, s, lay, 8)
    return done(ctx, s, "bedroom door sign with child's name", photo=True)


# ---------------------------------------------------------------------------------------- cards
def id_card(ctx, title, title_kind, rows, col, photo=True):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'plain', 'busy']))
    w, h = obj_size(s, 0.58, 0.63)
    k = w / 1000
    lay = Surface(w, h, (0, 0, 0, 0))
    lay.rrect([0, 0, w - 1, h - 1], 40 * k, fill=(250, 250, 250))
    lay.rrect([0, 0, w - 1, 150 * k], 40 * k, fill=col)
    lay.rect([0, 100 * k, w - 1, 150 * k], fill=col)
    f = fit_font(title, 'sans_b', 54 * k, w - 80 * k)
    lay.text((40 * k, 75 * k), title, f, (255, 255, 255), kind=title_kind, anchor='lm')
    if photo:
        lay.rect([40 * k, 190 * k, 300 * k, 520 * k], fill=(200, 210, 220))
        lay.person_figure([80 * k, 220 * k, 260 * k, 519 * k], col, (230, 190, 160))
    x = 340 * k if photo else 40 * k
    y = 190 * k
    for lab, val, kd in rows:
        lay.text((x, y), lab.upper(), font('sans', 26 * k), (120, 120, 120))
        fv = fit_font(val, 'sans_b', 40 * k, w - x - 40 * k)
        lay.text((x, y + 32 * k), val, fv, (20, 20, 20), kind=kd)
        y += 88 * k
        if y > h - 100 * k:
            break
    barcode(lay, 40 * k, h - 90 * k, w * 0.5, 60 * k, rng)
    place(ctx, s, lay, 15)
    return s


@sc()
def bus_pass(ctx):
    P = ctx.P
    rows = [('Name', P.kid_full(), 'PERSON'), ('School', P.school(), 'SCHOOL'), ('Date of birth', P.dob(), 'DATE_OF_BIRTH'),
            ('Valid until', '31/07/2026', None)]
    s = id_card(ctx, '%s Youth Travel Pass' % ctx.pick(['Zone 1-4', 'Under-16', 'Student']), None, rows,
                ctx.pick([(0, 110, 180), (200, 40, 60), (30, 140, 90)]))
    return done(ctx, s, 'youth bus pass card with name, school, DOB', photo=True)


@sc()
def library_card(ctx):
    P = ctx.P
    town = P.town()
    rows = [('Member', P.kid_full(), 'PERSON'), ('Member no.', 'J%08d' % ctx.rng.randint(0, 99999999), None),
            ('Home', P.street_addr(), 'ADDRESS'), ('Phone', P.landline(), 'PHONE')]
    s = id_card(ctx, '%s Library - Junior' % town, 'X', rows, ctx.pick([(120, 40, 140), (20, 90, 110), (200, 110, 20)]), photo=False)
    # convert the town part of the title into a LOCATION leak
    for lk in s.leaks:
        if lk['kind'] == 'X':
            lk['kind'] = 'LOCATION'
            lk['text'] = '%s Library - Junior' % town
    return done(ctx, s, 'junior library card with name, address, phone', photo=True)


@sc()
def student_id_card(ctx):
    P = ctx.P
    first, last = P.kid(), P.surname()
    rows = [('Student', '%s %s' % (first, last), 'PERSON'), ('Grade', P.grade(), None), ('DOB', P.dob(), 'DATE_OF_BIRTH'),
            ('Student ID', '%07d' % ctx.rng.randint(0, 9999999), None)]
    s = id_card(ctx, P.school(), 'SCHOOL', rows, ctx.pick([(20, 50, 110), (110, 20, 30), (10, 90, 60)]))
    return done(ctx, s, 'student ID card with school, name, DOB', photo=True)


# ---------------------------------------------------------------------------------------- posters
@sc()
def lost_pet_poster(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'concrete', 'brick']), portrait=True)
    w, h = obj_size(s, 0.62, 1.35)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=(250, 250, 245))
    lay.ctext(w / 2, 40 * k, 'LOST ' + ctx.pick(['CAT', 'DOG', 'RABBIT', 'TORTOISE']), font('sans_b', 150 * k), (200, 20, 20))
    lay.rect([120 * k, 260 * k, w - 120 * k, 760 * k], fill=(180, 170, 160))
    lay.circle(w / 2, 510 * k, 160 * k, fill=ctx.pick([(90, 70, 50), (240, 160, 60), (40, 40, 40), (230, 230, 230)]))
    pet = ctx.pick(['Biscuit', 'Mittens', 'Pepper', 'Noodle', 'Waffles', 'Ziggy'])
    lay.ctext(w / 2, 800 * k, 'Name: ' + pet, font('sans_b', 64 * k), (20, 20, 20))
    st = P.street()
    seg = [('Last seen near ', None), (st, 'LOCATION'), (', ', None), (P.town(), 'LOCATION')]
    lay.para(80 * k, 900 * k, seg, font('sans', 50 * k), (20, 20, 20), w - 160 * k, align='c')
    first = P.kid()
    y = 1080 * k
    lay.para(80 * k, y, [('Please call ', None), (first, 'PERSON'), (' (age ', None), (str(P.age()), 'AGE'), (') or Mum', None)],
             font('sans', 50 * k), (20, 20, 20), w - 160 * k, align='c')
    ph = P.mobile()[0]
    f = fit_font(ph, 'sans_b', 100 * k, w - 120 * k)
    lay.ctext(w / 2, h - 200 * k, ph, f, (200, 20, 20), kind='PHONE')
    for i in range(8):
        x = (i + 0.5) * w / 8
        lay.line([(x, h - 60 * k), (x, h)], (150, 150, 150), max(1, int(2 * k)))
    place(ctx, s, lay, 6)
    return done(ctx, s, 'lost pet poster with child name, age, phone, street', photo=True)


@sc()
def club_flyer(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'concrete', 'busy']), portrait=True)
    w, h = obj_size(s, 0.6, 1.4)
    k = w / 1000
    c = ctx.pick([(255, 230, 80), (140, 220, 255), (255, 170, 200), (190, 255, 170)])
    lay = Surface.from_image(tex_gradient(w, h, c, (255, 255, 255)))
    club = P.club()
    f = fit_font(club.upper(), 'sans_b', 90 * k, w - 80 * k)
    lay.para(40 * k, 60 * k, [(club.upper(), 'ORG')], f, (30, 30, 30), w - 80 * k, align='c')
    lay.ctext(w / 2, 260 * k, 'NEW MEMBERS WELCOME!', fit_font('NEW MEMBERS WELCOME!', 'sans_b', 70 * k, w - 80 * k), (200, 30, 60))
    lay.ctext(w / 2, 360 * k, 'Ages 6-12  |  Tuesdays 5pm', font('sans', 48 * k), (40, 40, 40))
    y = 480 * k
    lay.text((60 * k, y), 'Our stars this season:', font('sans_b', 44 * k), (40, 40, 40))
    y += 70 * k
    for _ in range(3):
        lay.rich((90 * k, y), [('- ', None), (P.kid_full(), 'PERSON'), (' (age ', None), (str(P.age()), 'AGE'), (')', None)],
                 fit_font('- Xxxxxxxxx Xxxxxxxxxxxxxx (age 10)', 'sans', 44 * k, w - 150 * k), (40, 40, 40))
        y += 64 * k
    y += 40 * k
    coach = '%s %s' % (P.adult(), P.surname())
    lay.rich((60 * k, y), [('Contact coach ', None), (coach, 'PERSON')], fit_font('Contact coach ' + coach, 'sans', 46 * k, w - 120 * k), (40, 40, 40))
    y += 70 * k
    ph = P.mobile()[0]
    lay.ctext(w / 2, y, ph, fit_font(ph, 'sans_b', 84 * k, w - 100 * k), (30, 30, 30), kind='PHONE')
    y += 130 * k
    em = P.email(coach.split()[0], coach.split()[-1])
    lay.ctext(w / 2, y, em, fit_font(em, 'sans', 44 * k, w - 100 * k), (30, 30, 30), kind='EMAIL')
    place(ctx, s, lay, 8)
    return done(ctx, s, 'club flyer with children names and ages, coach phone and email', photo=True)


@sc()
def scout_sash(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'fabric', base=ctx.pick([(40, 90, 60), (40, 50, 120), (130, 40, 50)]))
    W, H = s.w, s.h
    for i in range(9):
        cx, cy = W * (0.15 + 0.1 * (i % 3) + 0.35 * (i // 3)), H * (0.25 + 0.22 * (i % 3))
        if cx > W * 0.95:
            continue
        s.circle(cx, cy, min(W, H) * 0.06, fill=ctx.pick([(230, 190, 40), (200, 40, 40), (240, 240, 240), (40, 120, 200)]),
                 outline=(30, 30, 30), width=3)
    w, h = int(W * 0.45), int(H * 0.12)
    tape = Surface(w, h, (250, 250, 245))
    tape.rect([0, 0, w - 1, h - 1], outline=(200, 30, 30), width=max(2, int(W / 900)))
    t = P.club().upper() if rng.random() < .5 else '%dTH %s SCOUTS' % (rng.randint(1, 12), P.town().upper())
    f = fit_font(t, 'sans_b', h * 0.55, w * 0.92)
    tape.text((w / 2, h / 2), t, f, (200, 30, 30), kind='ORG', anchor='mm')
    place(ctx, s, tape, 10, shadow=False, cy=H * 0.82)
    return done(ctx, s, 'uniform with embroidered group name tape', photo=True)


@sc()
def keyring_tag(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'concrete', 'fabric']))
    w, h = obj_size(s, 0.4, 0.8)
    k = w / 1000
    lay = Surface(w, h, (0, 0, 0, 0))
    lay.rrect([0, 0, w - 1, h - 1], 120 * k, fill=ctx.pick([(250, 120, 60), (80, 200, 250), (250, 230, 90)]))
    lay.circle(w / 2, 110 * k, 60 * k, fill=(0, 0, 0, 0))
    lay.rrect([70 * k, 220 * k, w - 70 * k, h - 80 * k], 30 * k, fill=(255, 255, 255))
    fnm = ctx.pick(HAND_FONTS)
    ink = (20, 20, 20)
    items = [('If found please call', None), (P.mobile()[0], 'PHONE'), (P.street_addr(), 'ADDRESS')]
    sz = min(70 * k, (w - 200 * k) / max(1, max(font(fnm, 70 * k).getlength(t) for t, _ in items)) * 70 * k)
    hand_lines(lay, 100 * k, 330 * k, items, sz, ink, rng, fname=fnm, gap=1.7)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'house-key tag with phone and address handwritten', photo=True)


@sc()
def pencil_case_name(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']), big=rng.random() < .6)
    w, h = obj_size(s, 0.75, 0.35)
    k = w / 1000
    lay = Surface(w, h, (0, 0, 0, 0))
    col = ctx.pick([(60, 60, 160), (200, 60, 100), (40, 140, 120), (240, 180, 40)])
    lay.rrect([0, 0, w - 1, h - 1], h * 0.4, fill=col)
    lay.line([(40 * k, h * 0.15), (w - 40 * k, h * 0.15)], (210, 210, 210), int(10 * k))
    lw, lh = int(w * 0.55), int(h * 0.45)
    lab = Surface(lw, lh, (255, 255, 255))
    nm = P.kid_full()
    fnm = ctx.pick(HAND_FONTS)
    sz = min(lh * 0.45, (lw - 60) / max(1, font(fnm, lh * 0.45).getlength(nm)) * lh * 0.45)
    lab.hand((30, lh * 0.42), nm, sz, (10, 10, 10), rng, kind='PERSON', fname=fnm, thick=True)
    g = P.grade()
    lab.hand((30, lh * 0.85), g, sz * 0.8, (10, 10, 10), rng, fname=fnm)
    lay.paste_layer(lab, (w / 2, h * 0.58), rng.uniform(-3, 3))
    place(ctx, s, lay, 15)
    return done(ctx, s, 'pencil case with handwritten name label', photo=True)


@sc()
def school_jumper_crest(ctx):
    P, rng = ctx.P, ctx.rng
    col = ctx.pick([(20, 40, 100), (120, 20, 40), (20, 80, 50), (80, 80, 90)])
    s = photo_bg(ctx, 'fabric', base=col)
    W, H = s.w, s.h
    R = min(W, H) * 0.22
    cx, cy = W * rng.uniform(0.4, 0.6), H * rng.uniform(0.4, 0.55)
    gold = (230, 190, 60)
    s.d.polygon([(cx - R, cy - R), (cx + R, cy - R), (cx + R, cy + R * 0.2), (cx, cy + R * 1.1), (cx - R, cy + R * 0.2)],
                outline=gold + (255,), width=max(3, int(R / 25)))
    s.circle(cx, cy - R * 0.2, R * 0.35, outline=gold, width=max(3, int(R / 30)))
    sch = P.school()
    f = fit_font(sch, 'serif_b', R * 0.22, W * 0.8)
    s.ctext(cx if abs(cx - W / 2) < W / 2 - f.getlength(sch) / 2 - 10 else W / 2, cy + R * 1.3, sch, f, gold, kind='SCHOOL')
    return done(ctx, s, 'school jumper with embroidered crest and school name', photo=True)
