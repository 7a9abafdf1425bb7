"""Photo-like scenes: objects with text (cards, papers, labels, shirts, signs) placed in textured photos."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import (Occluded, DISPLAY, FIRST, HAND, LAST, MONO, PALETTE, SERIF, SERIF_B, UI, UI_B, Kid, Layer, background,
                    cylinder, emoji, font, photo_finish, place, quad_for, smooth_noise)

PHOTO = [(3000, 2000), (3456, 2304), (4000, 3000), (4032, 3024), (3024, 4032), (2000, 3000), (3000, 4000), (2304, 3456)]


def base(rng, kind=None, size=None):
    W, H = size or rng.choice(PHOTO)
    return Layer(background(W, H, rng, kind))


def shoot(rng, B, obj, cover=(0.5, 0.8), rot=15, persp=0.1, center=None, shadow=0.45):
    W, H = B.img.size
    w, h = obj.img.size
    sc = rng.uniform(*cover) * min(W / w, H / h)
    cx, cy = center or (W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.08, 0.08) * H)
    q = quad_for(rng, w, h, cx, cy, sc, rng.uniform(-rot, rot), persp)
    place(B, obj, q, shadow=shadow)
    return q


def topup(rng, B, kid, need, main_q):
    """add a small paper (sticky note, tag, slip) with up to `need` more leaks in the free strip beside main_q."""
    if need <= 0:
        return 0
    W, H = B.W, B.H
    x0, y0 = float(main_q[:, 0].min()), float(main_q[:, 1].min())
    x1, y1 = float(main_q[:, 0].max()), float(main_q[:, 1].max())
    strips = [(0, 0, x0, H), (x1, 0, W, H), (0, 0, W, y0), (0, y1, W, H)]
    strips = [(sx0, sy0, sx1, sy1) for sx0, sy0, sx1, sy1 in strips if sx1 - sx0 > 0.12 * min(W, H) and sy1 - sy0 > 0.12 * min(W, H)]
    if not strips:
        return 0
    sx0, sy0, sx1, sy1 = max(strips, key=lambda r: min(r[2] - r[0], r[3] - r[1]))
    pool = [('Name: ', kid.name, 'PERSON'), ('Age: ', kid.age_text(), 'AGE'), ('School: ', kid.school, 'SCHOOL'),
            ('Club: ', kid.org, 'ORG'), ('Mob: ', kid.parent_phone, 'PHONE'), ('', kid.email, 'EMAIL'),
            ('', kid.addr1, 'ADDRESS'), ('DOB ', kid.dob(), 'DATE_OF_BIRTH'), ('Suburb: ', kid.town, 'LOCATION'),
            ('insta ', '@' + kid.handle, 'HANDLE'), ('', kid.url, 'URL'), ('Parent: ', kid.parent, 'PERSON'),
            ('email ', kid.email, 'EMAIL'), ('snap: ', kid.handle, 'HANDLE'), ('Team: ', kid.org, 'ORG'),
            ('Born ', kid.dob(), 'DATE_OF_BIRTH'), ('Venue: ', kid.venue, 'LOCATION'), ('Tel ', kid.phone, 'PHONE'),
            ('channel: ', kid.url, 'URL'), ('Class: ', kid.year, 'AGE'), ('Age ', f'{kid.age} yrs', 'AGE')]
    rng.shuffle(pool)
    items, seen = [], set()
    for it in pool:
        if it[1] not in seen and len(items) < min(need, 4):
            items.append(it)
            seen.add(it[1])
    style = rng.choice(['sticky', 'tag', 'slip'])
    w, h = 1500, 260 + 200 * len(items)
    fill = {'sticky': rng.choice([(255, 245, 140), (255, 200, 220), (190, 235, 255)]), 'tag': (250, 250, 250), 'slip': (255, 255, 255)}[style]
    o = obj_layer(w, h, fill, radius=30 if style == 'tag' else 0)
    if style == 'tag':
        o.d.ellipse([w - 150, 40, w - 70, 120], fill=(120, 120, 120, 255))
    title = {'sticky': rng.choice(['remember!', 'for school', 'info']), 'tag': 'IF FOUND PLEASE RETURN', 'slip': rng.choice(['Emergency details', 'Contact info', 'Registration'])}[style]
    fo = rng.choice(HAND) if style == 'sticky' else rng.choice(UI)
    o.text((70, 60), title, font(rng.choice(UI_B) if style != 'sticky' else fo, 90), (60, 60, 60))
    y = 260
    pen = rng.choice([(20, 30, 120), (30, 30, 30), (120, 20, 20)])
    for lab, val, kind in items:
        f = fit_font(fo, 120, lab + val, w - 140)
        o.rich(70, y + f.getmetrics()[0], [(lab, None), (val, kind)], f, pen)
        y += 200
    paper_tex(o, rng, 10)
    cw, ch = sx1 - sx0, sy1 - sy0
    for shrink in (0.9, 0.75, 0.6, 0.45):
        sc = shrink * min(cw / w, ch / h)
        if sc * h < 0.06 * min(W, H):
            break
        q = quad_for(rng, w, h, (sx0 + sx1) / 2, (sy0 + sy1) / 2, sc, rng.uniform(-8, 8), 0.08)
        if q[:, 0].min() >= sx0 and q[:, 0].max() <= sx1 and q[:, 1].min() >= sy0 and q[:, 1].max() <= sy1:
            try:
                place(B, o, q, shadow=0.35)
            except Occluded:
                continue
            return len(items)
    return 0


def finish(rng, B, blur=(0.4, 1.4), noise=(2.5, 7)):
    B.img = photo_finish(B.img, rng, blur=blur, noise=noise)
    return B


def obj_layer(w, h, fill=(255, 255, 255), radius=0, outline=None):
    img = Image.new('RGBA', (int(w), int(h)), (0, 0, 0, 0))
    Lr = Layer(img)
    if radius:
        Lr.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=fill + (255,), outline=outline)
    else:
        Lr.d.rectangle([0, 0, w - 1, h - 1], fill=fill + (255,), outline=outline)
    return Lr


def paper_tex(Lr, rng, amt=14):
    w, h = Lr.img.size
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(Lr.img).astype(np.float32)
    v = 1 - amt / 255 * (smooth_noise(w, h, max(w, h) / 5, nrng) + 0.4 * nrng.random((h, w), dtype=np.float32))
    a[..., :3] *= v[..., None]
    Lr.img = Image.fromarray(a.clip(0, 255).astype(np.uint8), 'RGBA')
    Lr.d = ImageDraw.Draw(Lr.img)


def fit_font(name, size, text, maxw):
    f = font(name, size)
    while f.getlength(text) > maxw and size > 8:
        size *= 0.92
        f = font(name, size)
    return f


def sheet(Lr, rng, lines, x0=None, y0=None, w=None, align='c'):
    """lines: list of (segs, fontname, size, fill, gap_after). draws centred/left lines. returns y."""
    W = Lr.W
    w = w or W * 0.86
    x0 = x0 if x0 is not None else (W - w) / 2
    y = y0 if y0 is not None else Lr.H * 0.08
    for segs, fname, size, fill, gap in lines:
        txt = ''.join(s[0] for s in segs)
        f = fit_font(fname, size, txt, w)
        tw = f.getlength(txt)
        asc = f.getmetrics()[0]
        x = x0 + (w - tw) / 2 if align == 'c' else x0
        Lr.rich(x, y + asc, segs, f, fill)
        y += asc + f.getmetrics()[1] + gap
    return y


def barcode(d, x, y, w, h, rng, col=(0, 0, 0)):
    xx = x
    while xx < x + w:
        bw = rng.choice([1, 1, 2, 3]) * w / 95
        if rng.random() < 0.55:
            d.rectangle([xx, y, xx + bw, y + h], fill=col)
        xx += bw


def leak_qr(rng, kid, kind_pref=None):
    """returns payload, leak text, kind for a leaking QR."""
    ph = kid.parent_phone
    digits = ''.join(c for c in ph if c.isdigit() or c == '+')
    lat = {'US': 39.96, 'UK': 53.8, 'IE': 51.89, 'CA': 43.59, 'AU': -33.91, 'NZ': -36.85, 'IN': 12.93, 'ZA': -33.83}[kid.c]
    lon = {'US': -83.0, 'UK': -1.55, 'IE': -8.6, 'CA': -79.64, 'AU': 151.15, 'NZ': 174.74, 'IN': 77.62, 'ZA': 18.64}[kid.c]
    geo = f'{lat + rng.uniform(-0.05, 0.05):.5f},{lon + rng.uniform(-0.05, 0.05):.5f}'
    opts = {
        'tel': (f'tel:{digits}', digits, 'PHONE'),
        'sms': (f'sms:{digits}', digits, 'PHONE'),
        'wa': (f'https://wa.me/{digits.lstrip("+")}', digits.lstrip('+'), 'PHONE'),
        'mailto': (f'mailto:{kid.email}', kid.email, 'EMAIL'),
        'geo': (f'geo:{geo}', geo, 'LOCATION'),
        'mecard': (f'MECARD:N:{kid.ln},{kid.fn};TEL:{digits};;', digits, 'PHONE'),
        'vcard': (f'BEGIN:VCARD\nVERSION:3.0\nN:{kid.ln};{kid.fn}\nFN:{kid.name}\nEMAIL:{kid.email}\nEND:VCARD', kid.email, 'EMAIL'),
        'text': (f'{kid.name}\n{kid.addr}', kid.addr, 'ADDRESS'),
        'wifi': None,
    }
    k = kind_pref or rng.choice(['tel', 'sms', 'wa', 'mailto', 'geo', 'mecard', 'vcard', 'text'])
    if k == 'wifi':
        base_ = kid.ln.replace(' ', '').replace("'", '')
        ssid = rng.choice([f'{base_}_Family', f'The{base_}s', f'{base_}Home_5G', f'{base_} Family WiFi'])
        pw = ''.join(rng.choice('abcdefghkmnpqrstuvwxyz23456789') for _ in range(10))
        return f'WIFI:T:WPA;S:{ssid};P:{pw};;', ssid, 'PERSON'
    return opts[k]


# ----------------------------------------------------------------------------- id cards
def id_card(rng, spec):
    kid = Kid(rng)
    B = base(rng, rng.choice(['wood', 'table', 'fabric', 'carpet']))
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    w, h = 1600, 1010
    col = rng.choice(PALETTE)
    card = obj_layer(w, h, (250, 250, 248), radius=60)
    d = card.d
    d.rounded_rectangle([0, 0, w - 1, 230], radius=60, fill=col + (255,))
    d.rectangle([0, 170, w - 1, 230], fill=col + (255,))
    ctype = rng.choice(['student', 'library', 'bus'])
    fh = font(rng.choice(UI_B), 70)
    if ctype == 'student':
        segs = [(kid.school, 'SCHOOL')]
        sub = 'STUDENT ID CARD'
    elif ctype == 'library':
        segs = [(kid.town, 'LOCATION'), (' Libraries', None)]
        sub = 'JUNIOR LIBRARY CARD'
    else:
        segs = [(kid.town, 'LOCATION'), (' Transit', None)]
        sub = 'YOUTH CONCESSION PASS'
    if used < budget:
        card.rich(60, 120, segs, fit_font('lib_b', 70, ''.join(s[0] for s in segs), w - 120), (255, 255, 255))
        used += 1
    else:
        d.text((60, 50), 'MEMBER CARD', font=fh, fill=(255, 255, 255))
    d.text((60, 150), sub, font=font('lib', 40), fill=(255, 255, 255))
    # photo placeholder: pattern, no face
    pc = tuple(int(v * 0.4 + 140) for v in rng.choice(PALETTE))
    d.rectangle([60, 290, 420, 740], fill=pc + (255,))
    for i in range(8):
        d.line([(60, 290 + i * 60), (420, 290 + i * 60 + 60)], fill=(255, 255, 255, 255), width=3)
    fl = font('lib', 38)
    fv = font(rng.choice(UI_B), rng.randint(50, 62))
    y = 290
    rows = [('Name', kid.name, 'PERSON'), ('Date of birth', kid.dob(0), 'DATE_OF_BIRTH'),
            ('Year', kid.year, 'AGE'), ('Address', kid.addr1, 'ADDRESS'), ('Phone', kid.parent_phone, 'PHONE')]
    if ctype == 'bus':
        rows[2] = ('Age', f'{kid.age}', 'AGE')
    for lab, val, kind in rows:
        if used >= budget or y > 820:
            break
        d.text((470, y), lab.upper(), font=fl, fill=(110, 110, 110))
        fv2 = fit_font('lib_b', fv.size, val, w - 520)
        card.text((470, y + 42), val, fv2, (20, 20, 20), kind=kind)
        used += 1
        y += 120
    d.text((470, 900), f'No. {rng.randint(10000000, 99999999)}    Valid to 07/2027', font=font('lmono', 34), fill=(60, 60, 60))
    if spec['qr']:
        pl, lt, kk = leak_qr(rng, kid, rng.choice(['mecard', 'vcard', 'text', 'geo']))
        card.qr(pl, 1170, 560, 400, kind=kk, leak_text=lt)
    else:
        barcode(d, 60, 800, 360, 140, rng)
    paper_tex(card, rng, 10)
    # a second, unrelated object under the card: coins as circles
    for _ in range(rng.randint(0, 3)):
        x, y0 = rng.uniform(0, B.W), rng.uniform(0, B.H)
        r = rng.uniform(40, 90)
        B.d.ellipse([x - r, y0 - r, x + r, y0 + r], fill=rng.choice([(190, 160, 80), (170, 170, 175), (120, 90, 40)]))
    q = shoot(rng, B, card, cover=(0.45, 0.75), rot=14, persp=0.12 if not spec['qr'] else 0.06)
    topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- invitation
def invitation(rng, spec):
    kid = Kid(rng)
    B = base(rng, rng.choice(['table', 'wood', 'wall']))
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    port = rng.random() < 0.6
    w, h = (1400, 2000) if port else (2000, 1400)
    bgc = rng.choice([(255, 240, 245), (235, 245, 255), (255, 250, 225), (240, 255, 240)])
    card = obj_layer(w, h, bgc)
    d = card.d
    for _ in range(40):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(8, 30)
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(PALETTE) + (255,))
    for i in range(rng.randint(2, 4)):
        bx = rng.uniform(100, w - 100)
        d.ellipse([bx - 70, 60, bx + 70, 240], fill=rng.choice(PALETTE) + (255,))
        d.line([(bx, 240), (bx + 20, 400)], fill=(80, 80, 80, 255), width=4)
    used = 0
    ordn = {1: 'st', 2: 'nd', 3: 'rd'}.get(kid.age % 10 if kid.age not in (11, 12, 13) else 0, 'th')
    age_s = f'{kid.age}{ordn}'
    tf = rng.choice(DISPLAY)
    bf = rng.choice(UI + SERIF + HAND)
    tc = rng.choice([(200, 30, 90), (30, 60, 160), (120, 40, 150), (220, 100, 0)])
    lines = [([("You're invited!", None)], rng.choice(HAND), 110, tc, 30)]
    cand = []
    cand.append(([('Come and celebrate ', None)], bf, 60, (40, 40, 40), 10))
    cand.append(([(kid.fn, 'PERSON'), ("'s", None)], tf, 150, tc, 10))
    cand.append(([(age_s, 'AGE'), (' Birthday Party', None)], tf, 90, tc, 40))
    cand.append(([(f'Saturday {rng.randint(1, 28)} {rng.choice(["May", "June", "March", "October"])}, 2-5pm', None)], bf, 60, (40, 40, 40), 14))
    if rng.random() < 0.5:
        cand.append(([('at ', None), (kid.addr1, 'ADDRESS')], bf, 60, (40, 40, 40), 8))
        cand.append(([(kid.addr2, 'ADDRESS')], bf, 60, (40, 40, 40), 30))
    else:
        cand.append(([('at ', None), (kid.venue, 'LOCATION')], bf, 64, (40, 40, 40), 30))
    cand.append(([('RSVP ', None), (kid.parent, 'PERSON')], bf, 56, (40, 40, 40), 8))
    cand.append(([(kid.parent_phone, 'PHONE')], bf, 64, (40, 40, 40), 10))
    cand.append(([('Class: ', None), (kid.year, 'AGE')], bf, 48, (90, 90, 90), 10))
    for c in cand:
        k = sum(1 for s in c[0] if s[1])
        if used + k > budget:
            c = ([(s[0], None) for s in c[0] if not s[1]] or [('Fun, games and cake!', None)], c[1], c[2], c[3], c[4])
            if not any(s[0].strip() for s in c[0]):
                continue
            k = 0
        lines.append(c)
        used += k
    yend = sheet(card, rng, lines, y0=h * 0.2, w=w * 0.82)
    if spec['qr']:
        pl, lt, kk = leak_qr(rng, kid, rng.choice(['geo', 'text', 'sms']))
        qs = min(420, h - yend - 40)
        qs = max(qs, 330)
        card.qr(pl, w - qs - 60, h - qs - 60, qs, kind=kk, leak_text=lt)
    paper_tex(card, rng, 12)
    shoot(rng, B, card, cover=(0.55, 0.85), rot=12, persp=0.1 if not spec['qr'] else 0.05)
    return finish(rng, B)


# ----------------------------------------------------------------------------- banner / cake
def banner_cake(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    if rng.random() < 0.5:
        # bunting banner on a wall
        B = base(rng, 'wall')
        W, H = B.W, B.H
        words = ['HAPPY', f'{kid.age}TH' if kid.age > 3 else 'BIG', 'BIRTHDAY', kid.fn.upper()]
        kinds = [None, 'AGE', None, 'PERSON']
        if budget < 2:
            kinds[1] = None
            words[1] = ''
        letters = [(c, kinds[i], i) for i, wd in enumerate(words) for c in wd] + [(' ', None, 9)]
        letters = [l for l in letters if l[0]]
        n = len(words[0]) + len(words[1]) + len(words[2]) + len(words[3])
        fw = min(W * 0.9 / (n + 3), 260)
        ban = obj_layer(fw * (n + 3), fw * 1.6, (0, 0, 0))
        ban.img = Image.new('RGBA', ban.img.size, (0, 0, 0, 0))
        ban.d = ImageDraw.Draw(ban.img)
        d = ban.d
        d.line([(0, 8), (ban.W, 8)], fill=(240, 240, 240, 255), width=6)
        f = font(rng.choice(['sans_b', 'free_b', 'lib_b', 'fserif_b']), fw * 0.62)
        x = fw * 0.3
        groups = {}
        for wi, wd in enumerate(words):
            for c in wd:
                col = rng.choice(PALETTE)
                d.polygon([(x, 10), (x + fw * 0.92, 10), (x + fw * 0.46, fw * 1.5)], fill=col + (255,))
                from common import ink_points
                pts = ink_points(f, c, (x + fw * 0.46, fw * 0.45), anchor='mm')
                d.text((x + fw * 0.46, fw * 0.45), c, font=f, fill=(255, 255, 255, 255), anchor='mm')
                if kinds[wi] and pts is not None:
                    groups.setdefault(wi, []).append(pts)
                x += fw
            x += fw * 0.5 if wd else 0
        for wi, pl in groups.items():
            ban.leaks.append({'kind': kinds[wi], 'text': words[wi], 'pts': np.concatenate(pl)})
        shoot(rng, B, ban, cover=(0.75, 0.92), rot=5, persp=0.06, center=(W / 2, H * rng.uniform(0.2, 0.35)), shadow=0.25)
        used = len(groups)
        # table below, then a note / card with more details
        B.d.rectangle([0, H * 0.68, W, H], fill=rng.choice([(150, 104, 62), (235, 235, 240), (90, 60, 40)]))
        topup(rng, B, kid, budget - used, np.array([[0, 0], [W, 0], [W, H * 0.4], [0, H * 0.4]], float))
        return finish(rng, B)
    # cake, photographed from above at an angle
    B = base(rng, rng.choice(['table', 'wood', 'fabric']))
    W, H = B.W, B.H
    S = 1800
    cake = Layer(Image.new('RGBA', (S, S), (0, 0, 0, 0)))
    d = cake.d
    d.ellipse([0, 0, S - 1, S - 1], fill=(250, 250, 250, 255))
    icing = rng.choice([(255, 235, 240), (255, 250, 230), (230, 245, 255), (120, 70, 40)])
    d.ellipse([40, 40, S - 41, S - 41], fill=icing + (255,))
    for i in range(36):
        a = i / 36 * 2 * math.pi
        cx, cy = S / 2 + math.cos(a) * S * 0.43, S / 2 + math.sin(a) * S * 0.43
        d.ellipse([cx - 30, cy - 30, cx + 30, cy + 30], fill=rng.choice(PALETTE) + (255,))
    pipe = rng.choice([(200, 30, 100), (40, 90, 200), (250, 250, 250), (60, 150, 60)])
    if pipe == icing:
        pipe = (200, 30, 100)
    hf = rng.choice(HAND + ['free_bo', 'lib_bi'])
    used = 0
    cake.text((S / 2, S * 0.3), 'Happy Birthday', fit_font(hf, 190, 'Happy Birthday', S * 0.75), pipe, anchor='mm')
    cake.text((S / 2, S * 0.52), kid.fn, fit_font(hf, 260, kid.fn, S * 0.7), pipe, kind='PERSON', anchor='mm')
    used += 1
    if used < budget:
        cake.text((S / 2, S * 0.72), str(kid.age), font(rng.choice(DISPLAY), 230), pipe, kind='AGE', anchor='mm')
        used += 1
    sc = rng.uniform(0.5, 0.75) * min(W, H) / S
    cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * W, H / 2 + rng.uniform(-0.05, 0.1) * H
    squash = rng.uniform(0.55, 0.85)
    a = math.radians(rng.uniform(-10, 10))
    hw, hh = S * sc / 2, S * sc / 2 * squash
    top = rng.uniform(0.85, 0.97)
    pts = np.array([[-hw * top, -hh], [hw * top, -hh], [hw, hh], [-hw, hh]])
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    q = pts @ R.T + np.array([cx, cy])
    # cake side
    B.d.ellipse([cx - hw, cy - hh + hh * 0.6, cx + hw, cy + hh + hh * 0.6], fill=(240, 230, 220))
    B.d.rectangle([cx - hw, cy, cx + hw, cy + hh * 0.6], fill=(240, 230, 220))
    place(B, cake, q, shadow=0.2)
    for i in range(min(kid.age, 10)):
        x = cx + (i - min(kid.age, 10) / 2) * hw * 0.12
        yy = cy - hh * 0.78
        B.d.rectangle([x - 8, yy - 110, x + 8, yy], fill=rng.choice(PALETTE))
        B.d.ellipse([x - 10, yy - 150, x + 10, yy - 110], fill=(255, 200, 60))
    topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- parcel / envelope
def parcel(rng, spec):
    kid = Kid(rng)
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    env = rng.random() < 0.4 and not spec['qr']
    if env:
        B = base(rng, rng.choice(['wood', 'table', 'carpet']))
        w, h = 2200, 1100
        L_ = obj_layer(w, h, rng.choice([(250, 248, 240), (245, 235, 210), (235, 240, 250)]))
        d = L_.d
        d.rectangle([w - 300, 60, w - 80, 320], fill=rng.choice(PALETTE) + (255,))
        d.text((w - 190, 190), rng.choice(['1st', '2nd', '$0.73', '€1.65']), font=font('sans_b', 60), fill=(255, 255, 255, 255), anchor='mm')
        for i in range(4):
            d.arc([w - 480 + i * 30, 100, w - 260 + i * 30, 280], 200, 340, fill=(40, 40, 40, 255), width=5)
        hf = font(rng.choice(HAND), rng.randint(80, 100))
        pen = rng.choice([(20, 40, 140), (20, 20, 20)])
        y = 480
        lines = [(kid.name, 'PERSON'), (kid.addr1, 'ADDRESS'), (kid.addr2, 'ADDRESS')]
        for t, k in lines:
            if used >= budget:
                break
            L_.text((700, y), t, fit_font(rng.choice(HAND), hf.size, t, w - 760), pen, kind=k)
            used += 1
            y += 150
        paper_tex(L_, rng, 10)
        q = shoot(rng, B, L_, cover=(0.5, 0.75), rot=14, persp=0.12)
        topup(rng, B, kid, budget - used, q)
        return finish(rng, B)
    B = base(rng, 'concrete' if rng.random() < 0.4 else 'carpet')
    # cardboard box face
    W, H = B.W, B.H
    bw, bh = 2600, 2000
    box = obj_layer(bw, bh, (196, 160, 110))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(box.img).astype(np.float32)
    a[..., :3] *= (0.9 + 0.1 * smooth_noise(bw, bh, 300, nrng) + 0.04 * np.sin(np.arange(bw) / 4.0)[None, :])[..., None]
    box.img = Image.fromarray(a.clip(0, 255).astype(np.uint8), 'RGBA')
    box.d = ImageDraw.Draw(box.img)
    box.d.rectangle([0, bh * 0.45, bw, bh * 0.55], fill=(170, 140, 100, 200))
    lw, lh = 1500, 1000
    lab = obj_layer(lw, lh, (252, 252, 252))
    d = lab.d
    d.rectangle([0, 0, lw - 1, 110], fill=(20, 20, 20, 255))
    d.text((40, 55), rng.choice(['PRIORITY', 'EXPRESS', 'TRACKED 48', 'STANDARD']), font=font('sans_b', 70), fill=(255, 255, 255, 255), anchor='lm')
    d.text((40, 150), 'SHIP TO:', font=font('lib_b', 42), fill=(0, 0, 0, 255))
    fv = rng.choice(UI_B + MONO)
    y = 210
    rows = [(kid.name, 'PERSON'), (kid.addr1, 'ADDRESS'), (kid.addr2, 'ADDRESS'), (kid.parent_phone, 'PHONE'),
            (kid.email, 'EMAIL')]
    for t, k in rows:
        if used >= budget:
            break
        lab.text((60, y), t if rng.random() < 0.7 else t.upper(), fit_font(fv, 70, t, lw - 500 if spec['qr'] else lw - 120),
                 (0, 0, 0), kind=k)
        used += 1
        y += 95
    barcode(d, 60, lh - 240, 900, 150, rng)
    d.text((60, lh - 70), f'{rng.choice(["1Z", "JD", "TB"])}{rng.randint(10 ** 11, 10 ** 12 - 1)}', font=font('lmono', 40), fill=(0, 0, 0, 255))
    if spec['qr']:
        pl, lt, kk = leak_qr(rng, kid, rng.choice(['text', 'tel', 'mecard']))
        lab.qr(pl, lw - 450, 160, 420, kind=kk, leak_text=lt)
    place(box, lab, quad_for(rng, lw, lh, bw * 0.5, bh * 0.5, 1.25, rng.uniform(-6, 6), 0.0), shadow=0.15)
    q = shoot(rng, B, box, cover=(0.6, 0.8), rot=10, persp=0.08 if spec['qr'] else 0.14)
    topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- name labels on bottles / lunchboxes
def name_label(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    used = 0
    B = base(rng, rng.choice(['table', 'wood', 'concrete', 'fabric']))
    W, H = B.W, B.H
    kind = rng.choice(['bottle', 'lunchbox', 'bagtag'])
    if kind == 'bottle':
        bw, bh = 1400, 2600
        body = obj_layer(bw, bh, rng.choice([(60, 140, 220), (240, 90, 140), (90, 200, 140), (250, 200, 60), (180, 180, 190)]))
        lab = obj_layer(1300, 560, rng.choice([(255, 255, 255), (255, 240, 200), (30, 30, 30)]), radius=60)
        tc = (20, 20, 20) if lab.img.getpixel((600, 280))[0] > 128 else (255, 255, 255)
        hf = rng.choice(DISPLAY + HAND)
        lab.text((650, 200), kid.fn, fit_font(hf, 230, kid.fn, 1150), tc, kind='PERSON', anchor='mm')
        used += 1
        if used < budget:
            t = kid.ln.upper() if rng.random() < 0.5 else kid.year
            kk = 'PERSON' if t == kid.ln.upper() else 'AGE'
            lab.text((650, 420), t, fit_font('lib_b', 110, t, 1150), tc, kind=kk, anchor='mm')
            used += 1
        emoji(lab.d, 60, 60, 110, rng.choice(['star', 'heart', 'smile']))
        place(body, lab, np.array([[50, 900], [1350, 900], [1350, 1460], [50, 1460]], float), shadow=0)
        if used < budget:
            body.text((700, 1700), kid.school, fit_font('lib_b', 90, kid.school, 1200), (255, 255, 255), kind='SCHOOL', anchor='mm')
            used += 1
        cyl = cylinder(body, strength=rng.uniform(0.3, 0.45), sag=rng.uniform(-0.02, 0.03))
        q = shoot(rng, B, cyl, cover=(0.55, 0.8), rot=12, persp=0.05)
        topup(rng, B, kid, budget - used, q)
    else:
        lw, lh = (2400, 1600) if kind == 'lunchbox' else (1400, 900)
        obj = obj_layer(lw, lh, rng.choice([(70, 170, 230), (240, 100, 120), (120, 200, 90), (250, 180, 40), (140, 90, 200)]),
                        radius=140 if kind == 'lunchbox' else 40)
        tw, th = int(lw * 0.8), int(lh * 0.55)
        tag = obj_layer(tw, th, (255, 255, 255), radius=40)
        hf = rng.choice(DISPLAY + HAND)
        lines = [([('This belongs to', None)], 'lib', 60, (100, 100, 100), 10), ([(kid.name, 'PERSON')], hf, 160, (20, 20, 20), 10)]
        used += 1
        extra = [([(kid.year, 'AGE')], 'lib_b', 80, (60, 60, 60), 10),
                 ([('If found call ', None), (kid.parent_phone, 'PHONE')], 'lib', 70, (60, 60, 60), 10),
                 ([(kid.school, 'SCHOOL')], 'lib', 70, (60, 60, 60), 10),
                 ([(kid.addr1, 'ADDRESS')], 'lib', 66, (60, 60, 60), 10)]
        rng.shuffle(extra)
        for e in extra:
            if used >= budget or len(lines) >= 4:
                break
            lines.append(e)
            used += 1
        sheet(tag, rng, lines, y0=40, w=tw * 0.9)
        place(obj, tag, np.array([[lw * 0.1, lh * 0.22], [lw * 0.9, lh * 0.22], [lw * 0.9, lh * 0.22 + th], [lw * 0.1, lh * 0.22 + th]]), shadow=0.1)
        if kind == 'bagtag':
            obj = cylinder(obj, strength=0.15)
        q = shoot(rng, B, obj, cover=(0.5, 0.75), rot=15, persp=0.14)
        topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- shirts and bibs
def shirt_bib(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    used = 0
    if rng.random() < 0.5:
        B = base(rng, 'fabric')
        W, H = B.W, B.H
        sw, sh = 2000, 2400
        col = rng.choice([(200, 30, 40), (20, 60, 160), (20, 120, 60), (250, 200, 20), (30, 30, 30), (255, 255, 255)])
        shirt = Layer(Image.new('RGBA', (sw, sh), (0, 0, 0, 0)))
        d = shirt.d
        d.polygon([(400, 0), (800, 80), (1200, 80), (1600, 0), (2000, 400), (1700, 700), (1650, 2400), (350, 2400), (300, 700), (0, 400)],
                  fill=col + (255,))
        tc = rng.choice([(255, 255, 255), (250, 220, 40), (20, 20, 20)])
        if tc == col:
            tc = (120, 120, 120)
        nm = kid.ln.upper() if rng.random() < 0.6 else kid.fn.upper()
        shirt.text((1000, 420), nm, fit_font(rng.choice(['sans_b', 'lib_b', 'free_b', 'narrow_b']), 230, nm, 1200), tc, kind='PERSON', anchor='mm')
        used += 1
        d.text((1000, 1150), str(rng.randint(1, 99)), font=font(rng.choice(['sans_b', 'lib_b', 'free_b']), 800), fill=tc, anchor='mm')
        if used < budget:
            shirt.text((1000, 1800), kid.org, fit_font('lib_b', 110, kid.org, 1100), tc, kind='ORG', anchor='mm')
            used += 1
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        a = np.asarray(shirt.img).astype(np.float32)
        folds = 0.82 + 0.18 * smooth_noise(sw, sh, 260, nrng)
        a[..., :3] *= folds[..., None]
        shirt.img = Image.fromarray(a.clip(0, 255).astype(np.uint8), 'RGBA')
        shirt = cylinder(shirt, strength=0.12, sag=0.01)
        q = shoot(rng, B, shirt, cover=(0.55, 0.8), rot=10, persp=0.1)
        topup(rng, B, kid, budget - used, q)
        return finish(rng, B)
    B = base(rng, rng.choice(['grass', 'concrete']))
    W, H = B.W, B.H
    bw, bh = 2000, 1500
    bib = obj_layer(bw, bh, (250, 250, 250))
    d = bib.d
    for x in (80, bw - 120):
        for y in (80, bh - 120):
            d.ellipse([x, y, x + 40, y + 40], fill=(200, 200, 200, 255))
    hc = rng.choice(PALETTE)
    d.rectangle([0, 0, bw, 260], fill=hc + (255,))
    title = [('Sports Day 2026 - ', None), (kid.school, 'SCHOOL')] if budget >= 3 else [('Fun Run 2026', None)]
    bib.rich(80, 180, title, fit_font('lib_b', 110, ''.join(t[0] for t in title), bw - 160), (255, 255, 255))
    used += 1 if budget >= 3 else 0
    d.text((bw / 2, 700), str(rng.randint(1, 999)), font=font(rng.choice(['sans_b', 'lib_b', 'narrow_b']), 620), fill=(20, 20, 20, 255), anchor='mm')
    bib.text((bw / 2, 1150), kid.fn.upper(), fit_font('sans_b', 200, kid.fn.upper(), bw - 200), hc, kind='PERSON', anchor='mm')
    used += 1
    if used < budget:
        t = rng.choice([f'U{kid.age + 1}', kid.year])
        bib.text((bw / 2, 1380), t, font('lib_b', 100), (60, 60, 60), kind='AGE', anchor='mm')
        used += 1
    bib = cylinder(bib, strength=0.1)
    cover = (0.5, 0.75) if rng.random() < 0.6 else (0.25, 0.4)
    q = shoot(rng, B, bib, cover=cover, rot=12, persp=0.12)
    topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- school signs and crests
def school_sign(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    used = 0
    if rng.random() < 0.35:
        # embroidered crest on a jumper
        B = base(rng, 'fabric')
        S = 1600
        crest = Layer(Image.new('RGBA', (S, S), (0, 0, 0, 0)))
        d = crest.d
        gold = (225, 190, 80)
        d.polygon([(S * 0.2, S * 0.1), (S * 0.8, S * 0.1), (S * 0.8, S * 0.5), (S * 0.5, S * 0.8), (S * 0.2, S * 0.5)], outline=gold + (255,), width=30)
        emoji(d, S * 0.38, S * 0.2, S * 0.24, 'star')
        crest.text((S / 2, S * 0.88), kid.school, fit_font('lserif_b', 130, kid.school, S * 0.95), gold, kind='SCHOOL', anchor='mm')
        used += 1
        if used < budget and rng.random() < 0.6:
            d.text((S / 2, S * 0.62), 'Est. 1962', font=font('lserif_i', 70), fill=gold, anchor='mm')
        a = np.asarray(crest.img).astype(np.float32)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        st = (np.sin(np.arange(S) / 2.2)[None, :] * 0.12 + 0.88)[..., None] * (0.9 + 0.1 * nrng.random((S, S, 1)))
        a[..., :3] *= st
        crest.img = Image.fromarray(a.clip(0, 255).astype(np.uint8), 'RGBA')
        q = shoot(rng, B, crest, cover=(0.4, 0.7), rot=15, persp=0.12, shadow=0.1)
        topup(rng, B, kid, budget - used, q)
        return finish(rng, B)
    B = base(rng, 'grass')
    W, H = B.W, B.H
    sw, sh = 3000, 1700
    col = rng.choice([(20, 60, 130), (10, 90, 50), (120, 20, 30), (30, 30, 30)])
    sign = obj_layer(sw, sh, col)
    d = sign.d
    d.rectangle([30, 30, sw - 31, sh - 31], outline=(255, 255, 255, 255), width=14)
    y = 180
    lines = [[(kid.school, 'SCHOOL')]]
    extra = [[('Principal: ', None), (f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Dr'])} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}", 'PERSON')],
             [(kid.addr1, 'ADDRESS')],
             [('Tel ', None), (kid.phone, 'PHONE')],
             [('Welcome back ', None), (kid.year, 'AGE'), ('!', None)],
             [('Congratulations ', None), (kid.name, 'PERSON'), (' - spelling bee winner', None)],
             [('Home of the ', None), (kid.org, 'ORG')]]
    rng.shuffle(extra)
    for e in extra:
        if used + 1 + sum(1 for s in e if s[1]) > budget + 0 or len(lines) >= 4:
            continue
        lines.append(e)
        used += sum(1 for s in e if s[1])
    used += 1
    fonts_ = [rng.choice(SERIF_B + UI_B)] + [rng.choice(UI)] * 4
    for i, segs in enumerate(lines):
        txt = ''.join(s[0] for s in segs)
        f = fit_font(fonts_[i], 230 if i == 0 else 130, txt, sw - 240)
        sign.rich(120, y + f.getmetrics()[0], segs, f, (255, 255, 255))
        y += f.getmetrics()[0] + f.getmetrics()[1] + 60
    far = rng.random() < 0.5
    cover = (0.18, 0.3) if far else (0.5, 0.8)
    cx, cy = W * rng.uniform(0.3, 0.7), H * rng.uniform(0.45, 0.6)
    # fence behind the sign
    for i in range(0, W, max(20, W // 80)):
        B.d.line([(i, H * 0.75), (i, H * 0.95)], fill=(60, 60, 60), width=max(3, W // 600))
    B.d.line([(0, H * 0.77), (W, H * 0.77)], fill=(60, 60, 60), width=max(4, W // 400))
    sc = rng.uniform(*cover) * min(W / sw, H / sh)
    q = quad_for(rng, sw, sh, cx, cy, sc, rng.uniform(-4, 4), 0.18)
    yb = max(q[2][1], q[3][1])
    for px in (q[3][0] + (q[2][0] - q[3][0]) * 0.15, q[3][0] + (q[2][0] - q[3][0]) * 0.85):
        B.d.rectangle([px - W * 0.006, yb - H * 0.05, px + W * 0.006, yb + H * 0.15], fill=(90, 90, 95))
    place(B, sign, q, shadow=0.1)
    topup(rng, B, kid, budget - used, np.array([[q[:, 0].min(), 0], [q[:, 0].max(), 0], [q[:, 0].max(), H], [q[:, 0].min(), H]], float))
    return finish(rng, B)


def street_house(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    B = base(rng, 'wall')
    W, H = B.W, B.H
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # brick pattern
    bc = np.array(rng.choice([(160, 70, 50), (180, 120, 90), (200, 190, 170)]), np.float32)
    a = np.asarray(B.img).astype(np.float32)
    bh = H // 40
    yy, xx = np.mgrid[0:H, 0:W]
    row = yy // bh
    mort = ((yy % bh) < bh * 0.12) | (((xx + (row % 2) * bh * 1.5) % (bh * 3)) < bh * 0.12)
    v = 0.8 + 0.3 * smooth_noise(W, H, bh * 3, nrng)
    a = np.where(mort[..., None], np.array([200, 195, 185], np.float32), bc * v[..., None])
    B.img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    B.d = ImageDraw.Draw(B.img)
    used = 0
    num = kid.addr1.split()[0] if kid.c != 'IN' else str(rng.randint(2, 99))
    plaque = obj_layer(900, 700, rng.choice([(30, 30, 30), (250, 250, 245), (20, 60, 40)]), radius=50)
    tc = (240, 240, 240) if plaque.img.getpixel((450, 350))[0] < 128 else (20, 20, 20)
    plaque.text((450, 350), num, fit_font(rng.choice(SERIF_B + UI_B), 480, num, 800), tc, kind='ADDRESS', anchor='mm')
    used += 1
    shoot(rng, B, plaque, cover=(0.18, 0.3), rot=5, persp=0.1, center=(W * rng.uniform(0.25, 0.45), H * rng.uniform(0.5, 0.7)))
    if used < budget:
        street = ' '.join(kid.addr1.split()[1:]) if kid.c != 'IN' else kid.addr1.split(', ')[1]
        ss = obj_layer(2400, 600, rng.choice([(20, 90, 50), (250, 250, 250), (20, 40, 120), (30, 30, 30)]))
        tc = (255, 255, 255) if ss.img.getpixel((10, 10))[1] < 128 else (20, 20, 20)
        ss.d.rectangle([20, 20, 2379, 579], outline=tc + (255,), width=12)
        ss.text((1200, 260), street, fit_font(rng.choice(['sans_b', 'lib_b', 'narrow_b']), 280, street, 2200), tc, kind='ADDRESS', anchor='mm')
        used += 1
        if used < budget:
            ss.text((1200, 500), kid.town, font('lib', 90), tc, kind='LOCATION', anchor='mm')
            used += 1
        shoot(rng, B, ss, cover=(0.35, 0.6), rot=6, persp=0.12, center=(W * rng.uniform(0.5, 0.7), H * rng.uniform(0.15, 0.3)), shadow=0.3)
    if used < budget:
        lb = obj_layer(1600, 1100, rng.choice([(180, 30, 30), (40, 40, 40), (30, 80, 140)]), radius=40)
        lb.d.rectangle([200, 300, 1400, 380], fill=(20, 20, 20, 255))
        nm = rng.choice([f'The {kid.ln} Family', f'{kid.ln.upper()}', f'The {kid.ln}s'])
        lb.text((800, 650), nm, fit_font(rng.choice(HAND + UI_B), 150, nm, 1400), (255, 255, 255), kind='PERSON', anchor='mm')
        used += 1
        shoot(rng, B, lb, cover=(0.2, 0.3), rot=6, persp=0.12, center=(W * rng.uniform(0.65, 0.8), H * rng.uniform(0.7, 0.82)))
    topup(rng, B, kid, budget - used, np.array([[W * 0.2, 0], [W, 0], [W, H], [W * 0.2, H]], float))
    return finish(rng, B)


# ----------------------------------------------------------------------------- posters, flyers, noticeboards
def poster_flyer(rng, spec):
    kid = Kid(rng)
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    kind = rng.choice(['lostpet', 'club', 'board'])
    B = base(rng, 'wall' if kind == 'lostpet' else rng.choice(['wall', 'concrete']))
    W, H = B.W, B.H
    if kind == 'board':
        # cork board
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        a = np.asarray(B.img).astype(np.float32)
        cork = np.array([190, 150, 100], np.float32) * (0.85 + 0.3 * nrng.random((H, W, 1), dtype=np.float32))
        x0, y0 = int(W * 0.04), int(H * 0.04)
        a[y0:H - y0, x0:W - x0] = cork[y0:H - y0, x0:W - x0]
        B.img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
        B.d = ImageDraw.Draw(B.img)
    pet = rng.choice(['Biscuit', 'Luna', 'Milo', 'Coco', 'Pepper', 'Simba', 'Oreo'])
    if kind == 'lostpet':
        w, h = 2100, 2970
        P = obj_layer(w, h, rng.choice([(255, 255, 255), (255, 250, 200), (255, 230, 230)]))
        lines = [([('LOST ' + rng.choice(['CAT', 'DOG', 'RABBIT']), None)], 'sans_b', 330, (210, 20, 20), 40),
                 ([(f'"{pet}"', None)], rng.choice(HAND), 200, (30, 30, 30), 500)]
        cand = [[('Last seen near ', None), (kid.venue, 'LOCATION')],
                [('on ', None), (kid.addr1.split(',')[0], 'ADDRESS')],
                [('Please call ', None), (kid.parent_phone, 'PHONE')],
                [('or ask for ', None), (kid.fn, 'PERSON')],
                [(kid.email, 'EMAIL')],
                [('REWARD', None)]]
    else:
        w, h = 2100, 2970
        P = obj_layer(w, h, rng.choice([(255, 255, 255), (235, 250, 255), (255, 245, 225)]))
        hc = rng.choice(PALETTE)
        P.d.rectangle([0, 0, w, 500], fill=hc + (255,))
        lines = [([(kid.org, 'ORG')], rng.choice(DISPLAY), 200, (255, 255, 255), 300)]
        used += 1
        cand = [[('New members welcome! Ages ', None), (f'{kid.age - 1}-{kid.age + 2}', 'AGE')],
                [('Training at ', None), (kid.venue, 'LOCATION')],
                [('Coach: ', None), (f'{rng.choice(FIRST)} {rng.choice(LAST)}', 'PERSON')],
                [('Call ', None), (kid.parent_phone, 'PHONE')],
                [(kid.email, 'EMAIL')],
                [('Player of the month: ', None), (kid.name, 'PERSON')],
                [('Follow us ', None), (kid.url, 'URL')],
                [('Thursdays 4:30 - 6pm', None)]]
    rng.shuffle(cand)
    bf = rng.choice(UI + SERIF + UI_B)
    for c in cand:
        k = sum(1 for s in c if s[1])
        if used + k > budget:
            continue
        lines.append((c, bf, 110, (30, 30, 30), 40))
        used += k
    y = sheet(P, rng, lines, y0=150, w=w * 0.88)
    if kind == 'lostpet':
        P.d.rectangle([w * 0.25, 900, w * 0.75, 1350], fill=tuple(rng.randint(80, 200) for _ in range(3)) + (255,))
        P.d.text((w / 2, 1125), '[photo]', font=font('lib', 80), fill=(255, 255, 255, 255), anchor='mm')
    if spec['qr']:
        pl, lt, kk = leak_qr(rng, kid, rng.choice(['wa', 'sms', 'tel', 'mailto']))
        qs = 600
        P.qr(pl, w / 2 - qs / 2, min(h - qs - 80, max(y + 40, h - qs - 400)), qs, kind=kk, leak_text=lt)
    else:
        # tear-off strips
        for i in range(8):
            x = i * w / 8
            P.d.line([(x, h - 350), (x, h)], fill=(150, 150, 150, 255), width=4)
            P.d.text((x + w / 16, h - 175), 'call' if kind == 'lostpet' else 'join!', font=font('lib', 50), fill=(60, 60, 60, 255), anchor='mm')
    paper_tex(P, rng, 14)
    cover = (0.55, 0.85) if kind != 'board' else (0.35, 0.55)
    cx = W / 2 if kind != 'board' else W * rng.uniform(0.35, 0.65)
    shoot(rng, B, P, cover=cover, rot=10, persp=0.1 if not spec['qr'] else 0.05, center=(cx, H / 2))
    if kind == 'board':
        for _ in range(rng.randint(2, 4)):
            o = obj_layer(1400, 1000, rng.choice([(255, 255, 160), (255, 200, 220), (200, 240, 255)]))
            sheet(o, rng, [([(rng.choice(['Bake Sale Friday!', 'Guitar lessons', 'Yoga in the park', 'Book swap']), None)], 'lib_b', 130, (30, 30, 30), 30),
                           ([(rng.choice(['All welcome', 'Bring a friend', 'Free entry', 'Everyone welcome']), None)], 'lib', 90, (30, 30, 30), 10)], y0=200)
            shoot(rng, B, o, cover=(0.15, 0.25), rot=15, persp=0.1, center=(W * rng.choice([0.15, 0.85]), H * rng.uniform(0.2, 0.8)))
    return finish(rng, B)


# ----------------------------------------------------------------------------- certificates, medals, trophies
def award(rng, spec):
    kid = Kid(rng)
    budget = spec['budget']
    used = 0
    t = rng.choice(['cert', 'cert', 'medal', 'plaque'])
    if t == 'cert':
        B = base(rng, rng.choice(['wood', 'table', 'wall']))
        w, h = 2970, 2100
        C = obj_layer(w, h, rng.choice([(255, 253, 245), (250, 250, 255)]))
        gc = rng.choice([(180, 140, 40), (30, 60, 140), (140, 30, 40)])
        C.d.rectangle([40, 40, w - 41, h - 41], outline=gc + (255,), width=24)
        C.d.rectangle([90, 90, w - 91, h - 91], outline=gc + (255,), width=6)
        lines = [([('Certificate of ' + rng.choice(['Achievement', 'Excellence', 'Participation', 'Merit']), None)], rng.choice(['fserif_bi', 'lserif_b', 'dserif_b']), 180, gc, 60),
                 ([('This is awarded to', None)], rng.choice(SERIF), 90, (60, 60, 60), 40),
                 ([(kid.name, 'PERSON')], rng.choice(HAND), 220, (20, 20, 20), 50)]
        used += 1
        cand = [[('of ', None), (kid.year, 'AGE'), (' for outstanding effort in ' + rng.choice(['Maths', 'Reading', 'Swimming', 'Science']), None)],
                [(kid.school, 'SCHOOL')], [(kid.org, 'ORG')], [('Date of birth: ', None), (kid.dob(), 'DATE_OF_BIRTH')],
                [('Signed: ', None), (f"{rng.choice(['Mrs', 'Mr', 'Ms'])} {rng.choice(LAST)}", 'PERSON'), (', Head Teacher', None)]]
        rng.shuffle(cand)
        for c in cand:
            k = sum(1 for s in c if s[1])
            if used + k > budget:
                continue
            lines.append((c, rng.choice(SERIF), 85, (50, 50, 50), 30))
            used += k
        sheet(C, rng, lines, y0=200, w=w * 0.82)
        emoji(C.d, w - 500, h - 500, 300, 'star')
        paper_tex(C, rng, 10)
        q = shoot(rng, B, C, cover=(0.6, 0.9), rot=12, persp=0.12)
        topup(rng, B, kid, budget - used, q)
        return finish(rng, B)
    B = base(rng, rng.choice(['fabric', 'wood', 'wall']))
    W, H = B.W, B.H
    if t == 'medal':
        S = 1600
        M = Layer(Image.new('RGBA', (S, S), (0, 0, 0, 0)))
        yy, xx = np.mgrid[0:S, 0:S].astype(np.float32)
        r = np.hypot(xx - S / 2, yy - S / 2)
        metal = np.array(rng.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)]), np.float32)
        shade = 0.75 + 0.35 * (1 - (xx + yy) / (2 * S))
        arr = np.zeros((S, S, 4), np.float32)
        arr[..., :3] = metal * shade[..., None]
        arr[..., 3] = (r < S / 2 - 2) * 255
        ring = (r > S / 2 - 70) & (r < S / 2 - 50)
        arr[ring, :3] *= 0.7
        M.img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), 'RGBA')
        M.d = ImageDraw.Draw(M.img)
        eng = tuple(int(v * 0.55) for v in metal)
        ef = rng.choice(SERIF_B + UI_B)
        M.text((S / 2, S * 0.3), rng.choice(['1st PLACE', 'WINNER', '2nd PLACE', 'MVP']), font(ef, 150), eng, anchor='mm')
        M.text((S / 2, S * 0.5), kid.name, fit_font(ef, 150, kid.name, S * 0.8), eng, kind='PERSON', anchor='mm')
        used += 1
        if used < budget:
            M.text((S / 2, S * 0.68), kid.org, fit_font(ef, 110, kid.org, S * 0.72), eng, kind='ORG', anchor='mm')
            used += 1
        if used < budget:
            M.text((S / 2, S * 0.8), f'U{kid.age + 1} 2026', font(ef, 90), eng, kind='AGE', anchor='mm')
            used += 1
        q = shoot(rng, B, M, cover=(0.45, 0.7), rot=15, persp=0.1)
        top = (q[0] + q[1]) / 2
        rib = np.array([(top[0] - W * 0.05, -5), (top[0] + W * 0.05, -5), (top[0] + W * 0.02, top[1]), (top[0] - W * 0.02, top[1])])
        for it in B.leaks:
            from common import _inside
            if _inside(rib, it['pts']).any():
                raise Occluded()
        B.d.polygon([tuple(p) for p in rib], fill=rng.choice([(200, 20, 30), (20, 60, 160), (20, 120, 60)]))
        topup(rng, B, kid, budget - used, q)
        return finish(rng, B)
    # trophy plaque
    pw, ph = 2200, 1200
    P = obj_layer(pw, ph, (40, 30, 20))
    g = np.linspace(0.8, 1.15, pw)[None, :, None]
    gold = np.array([212, 175, 55], np.float32) * g * np.ones((ph - 200, 1, 1))
    P.img.paste(Image.fromarray(gold.clip(0, 255).astype(np.uint8)).convert('RGBA'), (100, 100))
    P.d = ImageDraw.Draw(P.img)
    eng = (70, 50, 15)
    lines = [([(kid.org, 'ORG')], 'lserif_b', 150, eng, 30), ([('Most Improved Player 2026', None)], 'lserif', 110, eng, 30),
             ([(kid.name, 'PERSON')], 'lserif_i', 160, eng, 20)]
    if budget < 2:
        lines = lines[1:]
    used = len([ln for ln in lines if ln[0][0][1]])
    sheet(P, rng, lines, y0=180, w=pw * 0.8)
    q0 = (W / 2, H * 0.3)
    B.d.ellipse([q0[0] - W * 0.2, q0[1] - H * 0.25, q0[0] + W * 0.2, q0[1] + H * 0.1], fill=(200, 165, 50))
    q = shoot(rng, B, P, cover=(0.5, 0.8), rot=8, persp=0.15, center=(W / 2, H * 0.62))
    topup(rng, B, kid, budget - used, q)
    return finish(rng, B)


# ----------------------------------------------------------------------------- fridge / calendar / whiteboard
def home_notes(rng, spec):
    kid = Kid(rng)
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    t = rng.choice(['fridge', 'calendar', 'whiteboard'])
    if spec['qr'] and t == 'calendar':
        t = rng.choice(['fridge', 'whiteboard'])
    if t == 'whiteboard':
        B = base(rng, 'wall')
        W, H = B.W, B.H
        wb = obj_layer(3000, 2000, (245, 247, 250))
        wb.d.rectangle([0, 0, 2999, 1999], outline=(170, 170, 175, 255), width=40)
        wb.text((150, 120), rng.choice(['THIS WEEK', 'Family plans!', 'To do']), font(rng.choice(HAND), 160), (200, 30, 30))
        y = 380
        cand = [[('Mon - ', None), (kid.fn, 'PERSON'), (' swimming @ ', None), (kid.venue, 'LOCATION')],
                [('Tue - ', None), (kid.org, 'ORG'), (' 5pm', None)],
                [('Wed - pick up from ', None), (kid.school, 'SCHOOL')],
                [("Thu - ", None), (kid.friend().split()[0], 'PERSON'), ("'s sleepover", None)],
                [('Nana: ', None), (phone_alt(rng, kid), 'PHONE')],
                [("Fri - ", None), (kid.fn, 'PERSON'), (' turns ', None), (str(kid.age + 1), 'AGE'), ('!!', None)],
                [('Sat - football training', None)], [('Bins out Sunday night', None)]]
        rng.shuffle(cand)
        cols = [(20, 40, 160), (20, 120, 40), (200, 30, 30), (20, 20, 20)]
        for c in cand:
            k = sum(1 for s in c if s[1])
            if used + k > budget or y > 1800:
                continue
            f = fit_font(rng.choice(HAND), rng.randint(100, 130), ''.join(s[0] for s in c), 2700)
            wb.rich(150, y + f.getmetrics()[0], c, f, rng.choice(cols))
            used += k
            y += 190
        if spec['qr']:
            pl, lt, kk = leak_qr(rng, kid, 'wifi')
            wb.qr(pl, 2300, 1300, 560, kind=kk, leak_text=lt)
        shoot(rng, B, wb, cover=(0.75, 0.92), rot=6, persp=0.12 if not spec['qr'] else 0.05, shadow=0.3)
        return finish(rng, B)
    B = base(rng, 'wall' if t == 'calendar' else 'concrete')
    W, H = B.W, B.H
    if t == 'fridge':
        a = np.asarray(B.img).astype(np.float32)
        a[:] = np.array([228, 230, 232], np.float32) * (0.9 + 0.1 * np.linspace(0, 1, W, dtype=np.float32)[None, :, None])
        B.img = Image.fromarray(a.astype(np.uint8))
        B.d = ImageDraw.Draw(B.img)
        notes = []
        cand = [[('Mum mobile ', None), (kid.parent_phone, 'PHONE')],
                [(kid.fn, 'PERSON'), (' - dentist Thurs 4pm', None)],
                [('School: ', None), (kid.school, 'SCHOOL')],
                [('wifi pw on back', None)],
                [('Our address: ', None), (kid.addr1, 'ADDRESS')],
                [('Babysitter ', None), (kid.friend(), 'PERSON')],
                [('Milk, eggs, bread', None)]]
        rng.shuffle(cand)
        for c in cand:
            k = sum(1 for s in c if s[1])
            if used + k > budget or len(notes) >= 5:
                continue
            notes.append(c)
            used += k
        positions = [(0.25, 0.25), (0.7, 0.25), (0.25, 0.7), (0.72, 0.68), (0.5, 0.48)]
        for i, c in enumerate(notes):
            o = obj_layer(1500, 1000, rng.choice([(255, 250, 150), (255, 200, 220), (210, 240, 255), (255, 255, 255)]))
            f = fit_font(rng.choice(HAND), 120, ''.join(s[0] for s in c), 1350)
            o.rich(70, 300, c, f, rng.choice([(20, 20, 120), (20, 20, 20), (150, 20, 20)]))
            shoot(rng, B, o, cover=(0.22, 0.3), rot=15, persp=0.08, center=(W * positions[i][0], H * positions[i][1]), shadow=0.35)
            px, py = W * positions[i][0], H * positions[i][1] - H * 0.12
            B.d.ellipse([px - 50, py - 50, px + 50, py + 50], fill=rng.choice(PALETTE))
        if spec['qr']:
            o = obj_layer(1000, 1200, (255, 255, 255))
            pl, lt, kk = leak_qr(rng, kid, 'wifi')
            o.qr(pl, 100, 100, 800, kind=kk, leak_text=lt)
            o.d.text((500, 1050), 'Guest WiFi', font=font('lib_b', 90), fill=(30, 30, 30, 255), anchor='mm')
            shoot(rng, B, o, cover=(0.2, 0.24), rot=6, persp=0.03, center=(W * 0.5, H * 0.82))
        return finish(rng, B)
    # wall calendar
    cw, ch = 2400, 3000
    C = obj_layer(cw, ch, (255, 255, 255))
    d = C.d
    hc = rng.choice(PALETTE)
    d.rectangle([0, 0, cw, 900], fill=tuple(int(v * 0.6 + 100) for v in hc) + (255,))
    mon = rng.choice(['MARCH', 'MAY', 'SEPTEMBER', 'NOVEMBER', 'JULY'])
    d.text((cw / 2, 1000), f'{mon} 2027', font=font('sans_b', 140), fill=(30, 30, 30, 255), anchor='mm')
    gx, gy = 80, 1120
    cellw, cellh = (cw - 160) / 7, 340
    for i, dn in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
        d.text((gx + (i + 0.5) * cellw, gy), dn, font=font('lib_b', 60), fill=(100, 100, 100, 255), anchor='mm')
    gy += 60
    entries = [[(kid.fn, 'PERSON'), (' bday', None)], [('swim ', None), (kid.venue, 'LOCATION')],
               [(kid.org, 'ORG')], [('parents eve', None)], [(kid.friend().split()[0], 'PERSON'), (' party', None)],
               [('call ', None), (phone_alt(rng, kid), 'PHONE')], [('dentist', None)], [(kid.school, 'SCHOOL'), (' trip', None)]]
    rng.shuffle(entries)
    slots = rng.sample(range(35), 10)
    ei = 0
    for cell in range(35):
        r, c = divmod(cell, 7)
        x0, y0 = gx + c * cellw, gy + r * cellh
        d.rectangle([x0, y0, x0 + cellw, y0 + cellh], outline=(180, 180, 180, 255), width=3)
        d.text((x0 + 12, y0 + 10), str(cell + 1 if cell < 31 else cell - 30), font=font('lib', 50), fill=(90, 90, 90, 255))
        if cell in slots and ei < len(entries):
            e = entries[ei]
            ei += 1
            k = sum(1 for s in e if s[1])
            if used + k > budget:
                e = [(rng.choice(['footy', 'piano', 'bins', 'haircut']), None)]
                k = 0
            f = fit_font(rng.choice(HAND), 54, ''.join(s[0] for s in e), cellw - 20)
            C.rich(x0 + 10, y0 + 200, e, f, rng.choice([(20, 20, 150), (200, 20, 20), (20, 120, 20)]))
            used += k
    shoot(rng, B, C, cover=(0.75, 0.92), rot=5, persp=0.1)
    return finish(rng, B)


def phone_alt(rng, kid):
    from common import phone_for
    return phone_for(rng, kid.c)


# ============================================================================= clean photo scenes
def clean_menu_recipe(rng, spec):
    B = base(rng, rng.choice(['wood', 'table', 'fabric']))
    w, h = (2100, 2970)
    P = obj_layer(w, h, rng.choice([(255, 252, 240), (250, 250, 250), (30, 30, 30)]))
    dark = P.img.getpixel((5, 5))[0] < 100
    fg = (240, 240, 240) if dark else (30, 30, 30)
    if rng.random() < 0.5:
        name = rng.choice(['Café Luna', 'The Corner Kitchen', 'Harbour Fish & Chips', 'Spice Route', 'Bella Pizza', 'Green Bowl'])
        lines = [([(name, None)], rng.choice(DISPLAY), 220, fg, 40), ([('MENU', None)], 'lib', 120, fg, 80)]
        items = ['Margherita Pizza', 'Fish & Chips', 'Caesar Salad', 'Butter Chicken', 'Veggie Burger', 'Pad Thai',
                 'Chocolate Brownie', 'Flat White', 'Fresh Orange Juice', 'Kids Pasta', 'Garlic Bread', 'Pancakes']
        rng.shuffle(items)
        cur = rng.choice(['$', '£', '€', 'R', '₹'])
        for it in items[:10]:
            lines.append(([(f'{it}  ....  {cur}{rng.randint(3, 25)}.{rng.choice(["00", "50", "95"])}', None)], rng.choice(UI + SERIF), 95, fg, 35))
        lines.append(([('Open daily 8am - 9pm · Free WiFi', None)], 'lib_i', 70, fg, 10))
    else:
        dish = rng.choice(['Banana Bread', 'Pancakes', 'Vegetable Soup', 'Chocolate Chip Cookies', 'Lemon Drizzle Cake'])
        lines = [([(dish, None)], rng.choice(DISPLAY + HAND), 200, fg, 30),
                 ([(f'Serves {rng.randint(2, 10)} · {rng.randint(10, 90)} minutes · 180°C', None)], 'lib', 80, fg, 60)]
        for ing in rng.sample(['3 ripe bananas', '250 g flour', '2 eggs', '100 g butter', '1 tsp baking soda', '150 g sugar',
                               '1 pinch of salt', '200 ml milk', '1 lemon', '2 carrots'], 7):
            lines.append(([('• ' + ing, None)], rng.choice(UI + SERIF), 90, fg, 25))
        lines.append(([('Mix, pour into a tin and bake for 45 min.', None)], rng.choice(HAND), 90, fg, 20))
    sheet(P, rng, lines, y0=150, w=w * 0.86)
    if not dark:
        paper_tex(P, rng, 12)
    shoot(rng, B, P, cover=(0.6, 0.9), rot=12, persp=0.12)
    return finish(rng, B)


CELEB = [('TOM HOLLAND', 'ZENDAYA'), ('EMMA STONE', 'RYAN GOSLING'), ('CHRIS HEMSWORTH', 'SCARLETT JOHANSSON'),
         ('DWAYNE JOHNSON', 'JACK BLACK'), ('MARGOT ROBBIE', 'RYAN GOSLING'), ('TIMOTHÉE CHALAMET', 'FLORENCE PUGH')]
BOOKS = [('J.R.R. TOLKIEN', 'The Hobbit'), ('ROALD DAHL', 'Matilda'), ('JANE AUSTEN', 'Pride and Prejudice'),
         ('C.S. LEWIS', 'The Lion, the Witch and the Wardrobe'), ('JULIA DONALDSON', 'The Gruffalo'),
         ('DAVID WALLIAMS', 'Gangsta Granny'), ('JEFF KINNEY', 'Diary of a Wimpy Kid'), ('THE BEATLES', 'Abbey Road'),
         ('ADELE', '25'), ('ED SHEERAN', 'Divide'), ('TAYLOR SWIFT', '1989')]


def clean_poster_cover(rng, spec):
    B = base(rng, rng.choice(['wall', 'wood', 'table', 'carpet']))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if rng.random() < 0.5 or spec['qr']:
        w, h = 2000, 3000
        c1, c2 = np.array(rng.choice(PALETTE), np.float32) * 0.4, np.array(rng.choice(PALETTE), np.float32)
        g = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
        arr = c1 * (1 - g) + c2 * g + (smooth_noise(w, h, 200, nrng)[..., None] - 0.5) * 80
        P = Layer(Image.fromarray(np.broadcast_to(arr, (h, w, 3)).clip(0, 255).astype(np.uint8).copy()).convert('RGBA'))
        a1, a2 = rng.choice(CELEB)
        title = rng.choice(['STARFALL', 'THE LAST VOYAGE', 'NIGHT CITY', 'OCEAN DEEP', 'THE GREAT HEIST', 'SKYBOUND'])
        sheet(P, rng, [([(a1 + '   ' + a2, None)], 'lib_b', 90, (255, 255, 255), 1400),
                       ([(title, None)], rng.choice(DISPLAY), 300, (255, 230, 150), 60),
                       ([('IN CINEMAS JULY 2027', None)], 'narrow_b', 110, (255, 255, 255), 40),
                       ([('PG-13 · A Universal Pictures release', None)], 'lib', 60, (220, 220, 220), 10)], y0=150)
        if spec['qr']:
            P.qr(rng.choice(['https://www.imdb.com', 'https://www.youtube.com', 'https://www.universalpictures.com']), w - 560, h - 560, 480)
        shoot(rng, B, P, cover=(0.7, 0.92), rot=6, persp=0.08 if not spec['qr'] else 0.04)
        return finish(rng, B)
    w, h = 1500, 2200
    au, ti = rng.choice(BOOKS)
    col = rng.choice(PALETTE)
    P = obj_layer(w, h, col)
    for _ in range(20):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(30, 200)
        P.d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(min(255, v + 40) for v in col) + (255,))
    sheet(P, rng, [([(ti, None)], rng.choice(DISPLAY + SERIF_B), 200, (255, 255, 255), 1100),
                   ([(au, None)], rng.choice(UI_B), 110, (255, 255, 240), 30)], y0=200, w=w * 0.85)
    shoot(rng, B, P, cover=(0.55, 0.85), rot=15, persp=0.12)
    return finish(rng, B)


def clean_ticket(rng, spec):
    B = base(rng, rng.choice(['wood', 'table', 'fabric']))
    w, h = 2600, 1100
    T = obj_layer(w, h, rng.choice([(250, 250, 250), (255, 245, 220), (230, 240, 255)]), radius=40)
    hc = rng.choice(PALETTE)
    T.d.rectangle([0, 0, 500, h], fill=hc + (255,))
    ev, venue = rng.choice([('COLDPLAY - Music of the Spheres', 'Wembley Stadium, London'), ('Arsenal v Chelsea', 'Emirates Stadium'),
                            ('Disney on Ice', 'Rod Laver Arena, Melbourne'), ('Toronto Raptors v Boston Celtics', 'Scotiabank Arena'),
                            ('Cirque du Soleil', 'Spark Arena, Auckland'), ('Springboks v All Blacks', 'Ellis Park, Johannesburg')])
    sheet(T, rng, [([(ev, None)], rng.choice(UI_B), 110, (20, 20, 20), 30), ([(venue, None)], 'lib', 80, (60, 60, 60), 30),
                   ([(f'SAT {rng.randint(1, 28)} {rng.choice(["JUN", "AUG", "NOV"])} 2027 · DOORS 6:30PM', None)], 'lmono_b', 70, (20, 20, 20), 30),
                   ([(f'GATE {rng.choice("ABCDEF")}  BLOCK {rng.randint(100, 560)}  ROW {rng.choice("HJKLMN")}  SEAT {rng.randint(1, 40)}', None)], 'lmono', 65, (20, 20, 20), 30),
                   ([(f'ADMIT ONE · ADULT · {rng.choice(["$", "£", "R"])}{rng.randint(30, 180)}.00', None)], 'lib', 60, (80, 80, 80), 10)],
          x0=560, y0=100, w=w - 1100)
    T.d.text((250, h / 2), 'TICKET', font=font('sans_b', 110), fill=(255, 255, 255, 255), anchor='mm')
    if spec['qr']:
        T.qr(rng.choice(['https://www.ticketmaster.com', 'https://www.livenation.com', 'https://www.premierleague.com', 'https://www.nba.com']),
             w - 520, 120, 480)
    else:
        barcode(T.d, w - 500, 200, 420, 600, rng)
    shoot(rng, B, T, cover=(0.6, 0.85), rot=12, persp=0.05)
    return finish(rng, B)


def clean_packaging(rng, spec):
    B = base(rng, rng.choice(['table', 'wood', 'concrete']))
    w, h = 2000, 2800
    col = rng.choice(PALETTE)
    P = obj_layer(w, h, col)
    brand, prod = rng.choice([('CRUNCHIES', 'Honey Oat Clusters'), ('SUNNY FARM', 'Apple Juice 1L'), ('BRICKTOWN', 'Space Station Set 7+'),
                              ('NUTTY BITES', 'Trail Mix 200g'), ('COCO LOOPS', 'Chocolate Cereal 375g'), ('FIZZ UP', 'Orange Soda 6 x 330ml')])
    sheet(P, rng, [([(brand, None)], rng.choice(DISPLAY), 280, (255, 255, 255), 40), ([(prod, None)], rng.choice(UI_B), 120, (255, 255, 230), 60),
                   ([('NEW RECIPE · 30% LESS SUGAR', None)], 'narrow_b', 90, (255, 255, 255), 30)], y0=200)
    nt = obj_layer(900, 900, (255, 255, 255))
    sheet(nt, rng, [([('Nutrition per 100g', None)], 'lib_b', 60, (0, 0, 0), 20), ([('Energy 1580kJ / 375kcal', None)], 'lib', 50, (0, 0, 0), 15),
                    ([('Fat 6.2g  Sugars 12g', None)], 'lib', 50, (0, 0, 0), 15), ([('Protein 8.1g  Salt 0.4g', None)], 'lib', 50, (0, 0, 0), 15),
                    ([('Best before 03/2028', None)], 'lib', 50, (0, 0, 0), 15)], y0=40)
    place(P, nt, np.array([[100, 1750], [1000, 1750], [1000, 2650], [100, 2650]], float), shadow=0)
    if spec['qr']:
        P.qr(rng.choice(['https://www.lego.com', 'https://www.kelloggs.com', 'https://www.nestle.com', 'https://www.wikipedia.org',
                         'https://www.bbc.co.uk/food', 'https://www.cadbury.co.uk']), 1150, 1750, 700)
    else:
        barcode(P.d, 1150, 2100, 700, 400, rng, (0, 0, 0))
    shoot(rng, B, P, cover=(0.6, 0.85), rot=8, persp=0.05)
    return finish(rng, B)


def clean_signs(rng, spec):
    t = rng.choice(['museum', 'road', 'store', 'park'])
    B = base(rng, 'grass' if t in ('road', 'park') else rng.choice(['wall', 'concrete']))
    W, H = B.W, B.H
    if t == 'road':
        S = obj_layer(3000, 1800, rng.choice([(0, 102, 51), (0, 60, 150)]), radius=60)
        S.d.rounded_rectangle([30, 30, 2969, 1769], radius=50, outline=(255, 255, 255, 255), width=20)
        rows = rng.sample([('London', 42), ('Birmingham', 118), ('Sydney', 23), ('Wellington', 64), ('Toronto', 35), ('Cape Town', 12),
                           ('Dublin', 27), ('Pune', 55), ('M25', 3), ('Airport', 8)], 4)
        lines = [([(f'{a}   {b}', None)], 'sans_b', 220, (255, 255, 255), 90) for a, b in rows]
    elif t == 'store':
        S = obj_layer(3400, 900, rng.choice([(0, 84, 159), (230, 0, 0), (0, 112, 60), (255, 200, 0)]))
        lines = [([(rng.choice(['Tesco Express', 'Woolworths', 'Walmart', 'Pick n Pay', 'Tim Hortons', 'Countdown', 'Boots', 'Dunnes Stores']), None)],
                   rng.choice(DISPLAY), 380, (255, 255, 255), 30), ([('Open 7am - 11pm', None)], 'lib', 120, (255, 255, 255), 10)]
    elif t == 'museum':
        S = obj_layer(2400, 2400, rng.choice([(30, 30, 30), (240, 235, 220)]))
        fg = (255, 255, 255) if S.img.getpixel((5, 5))[0] < 100 else (30, 30, 30)
        lines = [([(rng.choice(['Natural History Museum', 'Science Museum', 'Te Papa', 'Royal Ontario Museum', 'Iziko South African Museum']), None)],
                   rng.choice(SERIF_B), 200, fg, 80), ([('Opening hours', None)], 'lib_b', 120, fg, 30),
                  ([('Mon - Sun  10:00 - 17:50', None)], 'lib', 110, fg, 30), ([('Free entry · Donations welcome', None)], 'lib', 100, fg, 30),
                  ([('Dinosaur Gallery  Level 2', None)], 'lib', 100, fg, 30), ([('Café · Shop · Toilets', None)], 'lib', 100, fg, 30)]
    else:
        S = obj_layer(2600, 2000, (90, 60, 30))
        fg = (250, 240, 210)
        lines = [([(rng.choice(['Hyde Park', 'Stanley Park', 'Centennial Park', 'Phoenix Park', 'Kirstenbosch Garden', 'Hagley Park']), None)],
                   rng.choice(SERIF_B), 260, fg, 80), ([('Please keep dogs on a lead', None)], 'lib', 120, fg, 30),
                  ([('Gates close at dusk', None)], 'lib', 120, fg, 30), ([('Playground · Lake · Rose Garden', None)], 'lib', 110, fg, 30)]
    sheet(S, rng, lines, y0=120)
    far = rng.random() < 0.5
    q = shoot(rng, B, S, cover=(0.2, 0.35) if far else (0.5, 0.8), rot=5, persp=0.15, center=(W * rng.uniform(0.3, 0.7), H * rng.uniform(0.35, 0.55)), shadow=0.15)
    return finish(rng, B)


def clean_quote(rng, spec):
    B = base(rng, rng.choice(['wall', 'wood']))
    w, h = 2400, 3000
    P = obj_layer(w, h, rng.choice([(250, 245, 235), (30, 40, 60), (240, 250, 245)]))
    fg = (30, 30, 30) if P.img.getpixel((5, 5))[0] > 128 else (250, 240, 220)
    q, a = rng.choice([('Be the change you wish to see in the world.', 'Mahatma Gandhi'),
                       ('It always seems impossible until it is done.', 'Nelson Mandela'),
                       ('Imagination is more important than knowledge.', 'Albert Einstein'),
                       ('Believe you can and you are halfway there.', 'Theodore Roosevelt'),
                       ('The only way to do great work is to love what you do.', 'Steve Jobs')])
    words = q.split()
    lines = [([('DREAM BIG', None)], rng.choice(DISPLAY), 260, fg, 200)]
    chunk = []
    for wd in words:
        chunk.append(wd)
        if len(' '.join(chunk)) > 16:
            lines.append(([(' '.join(chunk), None)], rng.choice(SERIF + HAND), 170, fg, 40))
            chunk = []
    if chunk:
        lines.append(([(' '.join(chunk), None)], rng.choice(SERIF + HAND), 170, fg, 40))
    lines.append(([('- ' + a, None)], 'lib_i', 120, fg, 20))
    sheet(P, rng, lines, y0=250)
    shoot(rng, B, P, cover=(0.6, 0.88), rot=6, persp=0.1)
    return finish(rng, B)
