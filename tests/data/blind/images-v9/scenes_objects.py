"""Photos of things: banners, cakes, labels, shirts, signs, doors, whiteboards,
medals and trophies."""
import math

from common import Canvas, font, fam, ink_for, lighter, darker, mix, sub_canvas, union, HAND_FONTS, MARKER_FONTS
from people import Child, ordinal, qr_payload, last_name, first_name, intl_digits
import textures as TX
import docs_common as DC
import leaktext as LT
import ui

BRIGHT = [(230, 60, 90), (40, 140, 220), (250, 190, 40), (60, 180, 110), (150, 80, 200), (250, 120, 40), (20, 170, 180)]


def _size(rng, big_p=0.75, portrait=None):
    return DC.photo_size(rng, portrait=portrait if portrait is not None else rng.random() < 0.3, big_p=big_p)


# ------------------------------------------------------------------ birthday banner
def birthday_banner(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=False)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.plaster(W, H, nrng, rng.choice([(225, 220, 208), (210, 225, 235), (240, 232, 220), (200, 210, 190)])))
    budget = want
    F = fam(rng)
    # vinyl banner
    bw, bh = int(W * 0.8), int(H * 0.2)
    vb = sub_canvas(bw, bh, rng.choice(BRIGHT) + (255,))
    bs = bh / 400
    col = ink_for(vb.img.getpixel((1, 1))[:3])
    segs = [('Happy ', None)]
    if budget >= 2:
        segs += [(ordinal(c.age), 'AGE'), (' Birthday ', None), (c.first, 'PERSON'), ('!', None)]
        budget -= 2
    elif budget == 1:
        segs += [('Birthday ', None), (c.first, 'PERSON'), ('!', None)]
        budget -= 1
    else:
        segs += [('Birthday!', None)]
    fb = font(rng.choice(['sans_bi', 'fserif_bi', 'lib_bi', 'free_b']), 150 * bs)
    tw = sum(fb.getlength(t) for t, _ in segs)
    if tw > bw * 0.92:
        fb = font(fb.path.split('/')[-1] and rng.choice(['sans_b', 'lib_b']), 150 * bs * bw * 0.9 / tw)
        tw = sum(fb.getlength(t) for t, _ in segs)
    vb.rich(((bw - tw) / 2, bh * 0.3), segs, fb, col)
    if budget > 0 and rng.random() < 0.6:
        vb.ctext(bw / 2, bh * 0.78, c.dob_str(rng.choice([0, 1, 4])), font(F[0], 50 * bs), col, kind='DATE_OF_BIRTH')
        budget -= 1
    cv.paste_canvas(vb, (W / 2, H * 0.2), rng.uniform(-3, 3))
    # bunting flags spelling a name
    if budget > 0:
        word = (c.first if rng.random() < 0.5 else c.sibling).upper()
        n = len(word)
        fw = min(W * 0.8 / n, 260 * s)
        x0 = W / 2 - n * fw / 2
        y0 = H * 0.42
        cv.d.line((x0 - 40 * s, y0, x0 + n * fw + 40 * s, y0), fill=(90, 80, 70), width=max(2, int(5 * s)))
        boxes = []
        ff = font('sans_b', fw * 0.5)
        for i, ch in enumerate(word):
            fx = x0 + i * fw
            fc = BRIGHT[i % len(BRIGHT)]
            cv.d.polygon([(fx + 6 * s, y0), (fx + fw - 6 * s, y0), (fx + fw / 2, y0 + fw * 1.25)], fill=fc)
            boxes.append(cv.text((fx + fw / 2, y0 + fw * 0.15), ch, ff, ink_for(fc), anchor='ma'))
        cv.leak('PERSON', word, union(boxes))
        budget -= 1
    # number balloons
    bal_left = False
    if budget > 0:
        num = str(c.age)
        fbal = font('sans_b', 420 * s)
        bal_left = rng.random() < 0.5
        bx = W * (0.06 if bal_left else 0.8)
        b = cv.text((bx, H * 0.62), num, fbal, (210, 170, 60), kind='AGE', stroke=int(6 * s), stroke_fill=(170, 130, 30))
        budget -= 1
    # cards on a shelf
    shelf_y = H * 0.86
    cv.d.rectangle((0, shelf_y, W, H), fill=(150, 110, 80))
    cards = [
        [('To ', None), (c.first, 'PERSON'), (', love Nana & Grandad', None)],
        [('From ', None), (c.friend, 'PERSON')],
        [('Happy bday from everyone at ', None), (c.club, 'ORG')],
        [('To our ', None), (c.year, 'AGE'), (' star', None)],
        [('See you at ', None), (c.school, 'SCHOOL'), (' on Monday', None)],
    ]
    rng.shuffle(cards)
    cx = W * (0.4 if bal_left else 0.14)
    for cd in cards:
        k = LT.count(cd)
        if k > budget:
            continue
        cw_, ch_ = int(W * 0.16), int(W * 0.11)
        card = sub_canvas(cw_, ch_, (255, 252, 245, 255))
        cs = cw_ / 500
        card.d.rectangle((0, 0, cw_ - 1, ch_ - 1), outline=rng.choice(BRIGHT) + (255,), width=max(2, int(8 * cs)))
        card.para((int(24 * cs), int(30 * cs)), cd, font(rng.choice(HAND_FONTS), 54 * cs), (40, 30, 90), cw_ - int(48 * cs))
        cv.paste_canvas(card, (cx, shelf_y - ch_ * 0.45), rng.uniform(-8, 8))
        budget -= k
        cx += cw_ * 1.15
        if cx > W * 0.72:
            break
    return cv, {'medium': 'photo', 'fill': (60, 55, 50)}


# ------------------------------------------------------------------ cake
def cake(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=rng.random() < 0.4)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    budget = want
    cx, cy = W / 2, H / 2
    R = min(W, H) * 0.42
    cv.d.ellipse((cx - R, cy - R, cx + R, cy + R), fill=(245, 245, 245))
    r = R * 0.86
    icing = rng.choice([(255, 220, 230), (250, 245, 235), (210, 235, 255), (255, 240, 200), (90, 60, 40)])
    cake_img = TX.speckle(int(2 * r), int(2 * r), nrng, icing, 3)
    cc = sub_canvas(2 * r, 2 * r)
    mask = sub_canvas(2 * r, 2 * r)
    mask.d.ellipse((0, 0, 2 * r - 1, 2 * r - 1), fill=(255, 255, 255, 255))
    cc.img.paste(cake_img.convert('RGBA'), (0, 0), mask.img)
    for i in range(36):
        a = i * math.pi / 18
        px, py = r + (r - 30 * s) * math.cos(a), r + (r - 30 * s) * math.sin(a)
        cc.d.ellipse((px - 22 * s, py - 22 * s, px + 22 * s, py + 22 * s), fill=rng.choice(BRIGHT) + (255,))
    pipe = darker(rng.choice(BRIGHT), 0.1) if icing[0] > 120 else (250, 240, 220)
    fh = font(rng.choice(['fserif_bi', 'libserif_bi', 'serif_bi', 'sans_bi']), 130 * s)
    cc.ctext(r, r * 0.45, 'Happy Birthday', fh, pipe)
    if budget > 0:
        cc.ctext(r, r * 0.82, c.first, font(rng.choice(['fserif_bi', 'lib_bi']), 190 * s), pipe, kind='PERSON')
        budget -= 1
    if budget > 0:
        cc.ctext(r, r * 1.3, str(c.age), font('sans_b', 260 * s), (240, 190, 60), kind='AGE', stroke=int(5 * s), stroke_fill=(200, 140, 20))
        budget -= 1
    cv.paste_canvas(cc, (cx, cy), rng.uniform(-20, 20))
    # gift tags around
    tags = [[('To ', None), (c.first, 'PERSON'), (' from ', None), (c.friend_first, 'PERSON')],
            [('love ', None), (c.mum, 'PERSON'), (' & ', None), (c.dad, 'PERSON')],
            [('Happy ', None), (ordinal(c.age), 'AGE'), (' from ', None), (c.club, 'ORG')],
            [('party @ ', None), (c.street_line, 'ADDRESS')],
            [('Grandma ', None), (c.landline, 'PHONE')]]
    rng.shuffle(tags)
    spots = [(W * 0.12, H * 0.15), (W * 0.88, H * 0.85), (W * 0.12, H * 0.85), (W * 0.88, H * 0.15)]
    for t in tags:
        k = LT.count(t)
        if k > budget or not spots:
            continue
        sx, sy = spots.pop(0)
        tw_ = int(min(W, H) * 0.26)
        tag = sub_canvas(tw_, int(tw_ * 0.55), (250, 245, 230, 255))
        ts = tw_ / 500
        tag.para((int(20 * ts), int(24 * ts)), t, font(rng.choice(HAND_FONTS), 42 * ts), (30, 30, 80), tw_ - int(40 * ts))
        cv.paste_canvas(tag, (sx, sy), rng.uniform(-15, 15))
        budget -= k
    return cv, {'medium': 'photo', 'fill': (50, 45, 40)}


# ------------------------------------------------------------------ name labels
def name_label(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, big_p=0.7)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    budget = want
    nobj = 1 if budget <= 3 else 2
    xs = [W * 0.5] if nobj == 1 else [W * 0.28, W * 0.72]
    for oi in range(nobj):
        kind = rng.choice(['lunchbox', 'bagtag', 'bottle'])
        ow = int(W * (0.6 if nobj == 1 else 0.38))
        oh = int(min(H * 0.8, ow * (0.75 if kind == 'lunchbox' else 1.2 if kind == 'bagtag' else 1.6)))
        if kind == 'bottle':
            ow = int(oh * 0.45)
        ob = sub_canvas(ow, oh)
        col = rng.choice(BRIGHT)
        os_ = ow / 1000
        if kind == 'lunchbox':
            ob.d.rounded_rectangle((0, 0, ow - 1, oh - 1), radius=int(90 * os_), fill=col + (255,))
            ob.d.rounded_rectangle((int(40 * os_), int(40 * os_), ow - int(40 * os_), int(140 * os_)), radius=int(40 * os_), fill=darker(col, 0.15) + (255,))
        elif kind == 'bagtag':
            ob.d.rounded_rectangle((0, int(80 * os_), ow - 1, oh - 1), radius=int(60 * os_), fill=col + (255,))
            ob.d.ellipse((ow / 2 - 40 * os_, int(110 * os_), ow / 2 + 40 * os_, int(190 * os_)), fill=(40, 40, 40, 255))
            ob.d.line((ow / 2, 0, ow / 2, int(120 * os_)), fill=(30, 30, 30, 255), width=max(2, int(12 * os_)))
        else:
            ob.d.rounded_rectangle((0, int(120 * os_), ow - 1, oh - 1), radius=int(160 * os_), fill=col + (255,))
            ob.d.rectangle((ow * 0.25, 0, ow * 0.75, int(150 * os_)), fill=(60, 60, 60, 255))
        # white sticker label
        lx0, ly0 = int(ow * 0.1), int(oh * (0.3 if kind != 'bottle' else 0.35))
        lx1, ly1 = int(ow * 0.9), int(oh * 0.9)
        ob.d.rounded_rectangle((lx0, ly0, lx1, ly1), radius=int(30 * os_), fill=(255, 255, 255, 255))
        share = budget if oi == nobj - 1 else budget // 2
        budget -= share
        items = [(c.full if rng.random() < 0.6 else c.first + ' ' + c.last[0] + '.', 'PERSON'), (c.year, 'AGE'), (c.school, 'SCHOOL'),
                 ('If found call ', None, c.parent_phone, 'PHONE'), (c.street_line, 'ADDRESS'), (c.parent_email, 'EMAIL')]
        F = fam(rng)
        y = ly0 + int(30 * os_)
        lw = lx1 - lx0 - int(60 * os_)
        first = True
        qr_on = rng.random() < 0.5 and share >= 2 and kind != 'bottle'
        if qr_on:
            share -= 1
        for it in items:
            if share <= 0:
                break
            if len(it) == 4:
                txt = it[0] + it[2]
                segs = [(it[0], None), (it[2], 'PHONE')]
            else:
                segs = [(it[0], it[1])]
                txt = it[0]
            fs = (90 if first else 48) * os_
            f_ = font(F[1] if first else F[0], fs)
            while f_.getlength(txt) > lw and fs > 10:
                fs *= 0.92
                f_ = font(F[1] if first else F[0], fs)
            if y + f_.size * 1.3 > ly1 - int(20 * os_) - (int(220 * os_) if qr_on else 0):
                break
            ob.rich((lx0 + int(30 * os_), y), segs, f_, (20, 20, 20))
            y += f_.size * 1.3
            share -= 1
            first = False
        if qr_on:
            pl, k = qr_payload(rng, c)
            if len(pl) > 90:
                pl, k = f'tel:+{intl_digits(c.parent_phone, c.country)}', 'PHONE'
            qsz = int(min(220 * os_, ly1 - y - 10 * os_))
            if qsz > 120 * os_:
                ob.qr(pl, lx1 - qsz - int(20 * os_), ly1 - qsz - int(10 * os_), qsz, kind=k)
            share += 0
        budget += max(0, share)
        cv.paste_canvas(ob, (xs[oi], H / 2 + rng.uniform(-0.05, 0.05) * H), rng.uniform(-15, 15))
    return cv, {'medium': 'photo', 'fill': (45, 45, 45)}


# ------------------------------------------------------------------ team shirt
def team_shirt(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=False)
    s = min(W, H) / 2000
    bgc = rng.choice([(200, 200, 205), (235, 225, 210), (60, 70, 90)])
    cv = Canvas(W, H, img=TX.fabric(W, H, nrng, bgc))
    budget = want
    n = 1 if budget <= 4 else 2 if budget <= 7 else 3
    colr = rng.choice(BRIGHT + [(20, 30, 80), (200, 20, 30), (250, 250, 250)])
    club = c.club
    for i in range(n):
        sw = int(W / n * 0.85)
        sh = int(min(H * 0.85, sw * 1.15))
        sw = int(sh / 1.15)
        sc = sub_canvas(sw, sh)
        k = sw / 1000
        pts = [(250, 0), (400, 40), (600, 40), (750, 0), (1000, 200), (880, 380), (800, 320), (800, 1150), (200, 1150), (200, 320), (120, 380), (0, 200)]
        fab = TX.fabric(sw, sh, nrng, colr).convert('RGBA')
        mask = sub_canvas(sw, sh)
        mask.d.polygon([(x * k, y * k * 0.86) for x, y in pts], fill=(255, 255, 255, 255))
        sc.img.paste(fab, (0, 0), mask.img)
        ink = ink_for(colr) if colr != (250, 250, 250) else (20, 30, 80)
        person = c if i == 0 else Child(rng, c.country)
        surname = person.last.upper()
        fsz = 150 * k
        f_ = font(rng.choice(['sans_b', 'lib_b', 'narrow_b', 'cond_b', 'free_b']), fsz)
        while f_.getlength(surname) > 560 * k:
            fsz *= 0.93
            f_ = font(f_.path and rng.choice(['narrow_b', 'cond_b']), fsz)
        if budget > 0:
            sc.ctext(500 * k, 190 * k, surname, f_, ink, kind='PERSON')
            budget -= 1
        sc.ctext(500 * k, 380 * k, str(rng.randint(1, 23)), font('sans_b', 420 * k), ink)
        if i == 0 and budget > 0:
            fo = font('sans_b', 44 * k)
            while fo.getlength(club.upper()) > 560 * k and fo.size > 8:
                fo = font('sans_b', fo.size - 2)
            sc.ctext(500 * k, 860 * k, club.upper(), fo, ink, kind='ORG')
            budget -= 1
        if budget > 0 and rng.random() < 0.5:
            sc.ctext(500 * k, 930 * k, rng.choice(['U', 'Under ']) + str(c.age + 1 if c.age < 13 else 14), font('sans_b', 50 * k), ink, kind='AGE')
            budget -= 1
        cv.paste_canvas(sc, (W * (i + 0.5) / n, H / 2 + rng.uniform(-0.03, 0.03) * H), rng.uniform(-6, 6))
    if budget > 0:
        # kit bag tag
        tw_ = int(W * 0.2)
        tg = sub_canvas(tw_, int(tw_ * 0.5), (255, 255, 240, 255))
        ts = tw_ / 500
        tg.hand((int(20 * ts), int(30 * ts)), c.first, font(rng.choice(HAND_FONTS), 60 * ts), (20, 20, 20), rng, kind='PERSON')
        if budget > 1:
            tg.hand((int(20 * ts), int(130 * ts)), c.parent_phone, font(rng.choice(HAND_FONTS), 44 * ts), (20, 20, 20), rng, kind='PHONE')
        cv.paste_canvas(tg, (W * 0.86, H * 0.86), rng.uniform(-10, 10))
    return cv, {'medium': 'photo', 'fill': (40, 40, 40)}


# ------------------------------------------------------------------ school sign
def school_sign(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=False, big_p=0.8)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.sky(W, H, nrng))
    gy = int(H * 0.62)
    grass = TX.speckle(W, H - gy, nrng, (80, 140, 60), 12)
    cv.img.paste(grass, (0, gy))
    wall = TX.brick(W, int(H * 0.25), nrng, bh=int(40 * s)) if rng.random() < 0.6 else TX.plaster(W, int(H * 0.25), nrng)
    cv.img.paste(wall, (0, gy - int(H * 0.2)))
    budget = want
    sw, sh = int(W * 0.66), int(H * 0.42)
    col = rng.choice([(20, 60, 120), (10, 90, 50), (120, 20, 40), (250, 250, 250), (60, 20, 90)])
    sg = sub_canvas(sw, sh, col + (255,))
    k = sw / 2000
    ink = ink_for(col)
    sg.d.rectangle((10 * k, 10 * k, sw - 10 * k, sh - 10 * k), outline=ink + (255,), width=max(2, int(10 * k)))
    F = fam(rng, 'any')
    sg.ctext(sw / 2, 50 * k, 'Welcome to', font(F[2], 80 * k), ink)
    fs = 150 * k
    f_ = font(F[1], fs)
    while f_.getlength(c.school) > sw * 0.9:
        fs *= 0.92
        f_ = font(F[1], fs)
    sg.ctext(sw / 2, 170 * k, c.school, f_, ink, kind='SCHOOL')
    budget -= 1
    y = 380 * k
    lines = [[('Headteacher: ', None), (rng.choice(['Mrs ', 'Mr ', 'Ms ', 'Dr ']) + first_name(rng, c.country)[0] + '. ' + last_name(rng, c.country), 'PERSON')],
             [(c.street_line + ', ' + c.suburb + (', ' + c.pc if c.country not in ('US', 'CA') else ''), 'ADDRESS')],
             [('Tel ', None), (c.landline, 'PHONE')],
             [('www.' + ''.join(ch for ch in c.school.lower() if ch.isalnum())[:22] + {'UK': '.sch.uk', 'IE': '.ie', 'NZ': '.school.nz', 'AU': '.qld.edu.au', 'US': '.org', 'CA': '.ca', 'ZA': '.co.za', 'IN': '.edu.in'}[c.country], 'URL')],
             [('Home of the ', None), (c.suburb + ' ' + rng.choice(['Hawks', 'Tigers', 'Kiwis', 'Eagles', 'Dolphins']), 'ORG')]]
    chosen = []
    for ln in lines:
        if LT.count(ln) <= budget:
            chosen.append(ln)
            budget -= LT.count(ln)
    fi = font(F[0], 60 * k)
    for ln in chosen:
        fw_ = sum(fi.getlength(t) for t, _ in ln)
        ff = fi if fw_ < sw * 0.9 else font(F[0], 60 * k * sw * 0.88 / fw_)
        fw_ = sum(ff.getlength(t) for t, _ in ln)
        sg.rich(((sw - fw_) / 2, y), ln, ff, ink)
        y += 90 * k
    if y < sh - 100 * k:
        sg.ctext(sw / 2, sh - 110 * k, rng.choice(['All visitors please report to reception', 'Learning together, growing together', 'Please drive slowly']), font(F[2], 50 * k), ink)
    cx = W / 2 + rng.uniform(-0.1, 0.1) * W
    for px in (cx - sw * 0.4, cx + sw * 0.4):
        cv.d.rectangle((px - 20 * s, gy - sh * 0.5, px + 20 * s, gy + H * 0.15), fill=(90, 90, 95))
    cv.paste_canvas(sg, (cx, gy - sh * 0.45), rng.uniform(-2, 2))
    return cv, {'medium': 'photo', 'fill': (120, 130, 140)}


# ------------------------------------------------------------------ door + street sign
def door_street(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=rng.random() < 0.5, big_p=0.8)
    s = min(W, H) / 2000
    wallc = rng.choice([(150, 72, 52), (225, 220, 208), (200, 190, 170), (240, 240, 235)])
    cv = Canvas(W, H, img=TX.brick(W, H, nrng, wallc, bh=int(50 * s)) if wallc[0] == 150 else TX.plaster(W, H, nrng, wallc))
    budget = want
    dc = rng.choice([(30, 50, 110), (140, 20, 30), (20, 80, 50), (30, 30, 30), (230, 200, 60), (100, 150, 170)])
    dw, dh = int(W * 0.32), int(H * 0.8)
    dx, dy = int(W * rng.uniform(0.08, 0.5)), int(H * 0.2)
    door = TX.wood(dw, dh, nrng, dc)
    cv.img.paste(door, (dx, dy))
    cv.d.rectangle((dx, dy, dx + dw, dy + dh), outline=(250, 250, 250), width=max(4, int(20 * s)))
    for i in range(2):
        for j in range(2):
            cv.d.rectangle((dx + dw * (0.12 + 0.42 * j), dy + dh * (0.3 + 0.35 * i), dx + dw * (0.46 + 0.42 * j), dy + dh * (0.6 + 0.35 * i) - 20 * s),
                           outline=darker(dc, 0.3), width=max(2, int(8 * s)))
    # house number (brass)
    fn = font(rng.choice(['serif_b', 'libserif_b', 'sans_b', 'fserif_b']), 220 * s)
    if budget > 0:
        cv.ctext(dx + dw / 2, dy + dh * 0.07, c.house_no, fn, (212, 175, 55), kind='ADDRESS', stroke=int(3 * s), stroke_fill=(120, 90, 20))
        budget -= 1
    # street sign on the wall
    if budget > 0:
        sw_, sh_ = int(W * 0.42), int(H * 0.14)
        sg = sub_canvas(sw_, sh_, (250, 250, 250, 255))
        k = sw_ / 1000
        sg.d.rectangle((8 * k, 8 * k, sw_ - 8 * k, sh_ - 8 * k), outline=(20, 20, 20, 255), width=max(2, int(10 * k)))
        st = c.street.upper()
        if c.country == 'UK':
            district = c.pc.split()[0]
            txt = st
            f_ = font('sans_b', 110 * k)
            while f_.getlength(txt + '  ' + district) > sw_ * 0.88:
                f_ = font('sans_b', f_.size - 4)
            full = txt + '  ' + district
            sg.ctext(sw_ / 2, sh_ * 0.3, full, f_, (20, 20, 20), kind='ADDRESS')
        else:
            f_ = font('sans_b', 110 * k)
            while f_.getlength(st) > sw_ * 0.88:
                f_ = font('sans_b', f_.size - 4)
            sg.ctext(sw_ / 2, sh_ * 0.3, st, f_, (20, 20, 20), kind='ADDRESS')
        budget -= 1
        sx = dx + dw + (W - dx - dw) / 2 if W - dx - dw > sw_ else dx / 2 + sw_ / 2
        sx = min(max(sx, sw_ / 2 + 10), W - sw_ / 2 - 10)
        cv.paste_canvas(sg, (sx, H * 0.03 + sh_ / 2), rng.uniform(-2, 2))
    extras = [[('The ', None), (c.last + 's' if not c.last.endswith('s') else c.last, 'PERSON')],
              [(c.pc, 'ADDRESS')],
              [('Deliveries: ring ', None), (c.parent_phone, 'PHONE')],
              [(c.first, 'PERSON'), (' & ', None), (c.sibling, 'PERSON'), (' live here', None)],
              [('No cold callers - ', None), (c.suburb, 'LOCATION'), (' Neighbourhood Watch', None)]]
    rng.shuffle(extras)
    y = H * 0.35
    right = dx + dw + 40 * s
    left_space = W - right > W * 0.3
    for e in extras:
        if LT.count(e) > budget:
            continue
        pw = int(W * 0.28)
        pl = sub_canvas(pw, int(pw * 0.35), rng.choice([(240, 235, 220), (40, 40, 40), (250, 250, 250)]) + (255,))
        bgc = pl.img.getpixel((1, 1))[:3]
        k = pw / 600
        pl.d.rectangle((4, 4, pw - 5, int(pw * 0.35) - 5), outline=ink_for(bgc) + (255,), width=max(2, int(4 * k)))
        pl.para((int(24 * k), int(40 * k)), e, font(rng.choice(['serif_i', 'fserif_bi', 'sans', 'lib_b']), 44 * k), ink_for(bgc), pw - int(48 * k), align='center')
        px = right + pw / 2 if left_space else dx - pw / 2 - 40 * s
        if px - pw / 2 < 0 or px + pw / 2 > W or y + pw * 0.35 > H * 0.95:
            break
        cv.paste_canvas(pl, (px, y), rng.uniform(-2, 2))
        budget -= LT.count(e)
        y += pw * 0.5
    return cv, {'medium': 'photo', 'fill': (60, 60, 60)}


# ------------------------------------------------------------------ whiteboard
def whiteboard(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=False, big_p=0.7)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.plaster(W, H, nrng, rng.choice([(235, 235, 235), (215, 225, 230), (230, 220, 200)])))
    bw, bh = int(W * 0.84), int(H * 0.82)
    bx, by = (W - bw) // 2, (H - bh) // 2
    cv.d.rectangle((bx - 20 * s, by - 20 * s, bx + bw + 20 * s, by + bh + 20 * s), fill=(170, 170, 175))
    cv.img.paste(TX.gradient(bw, bh, (250, 250, 250), (232, 234, 236), vertical=False), (bx, by))
    budget = want
    lines = []
    extra = [[('Mum mob ', None), (c.parent_phone, 'PHONE')], [('Dad work: ', None), (c.work, 'ORG')],
             [(c.first, 'PERSON'), (' - ', None), (c.club, 'ORG'), (' Tues 6pm', None)],
             [('wifi: ', None), (c.last.replace(' ', '') + '_Home', 'PERSON')],
             [('Nana ', None), (c.landline, 'PHONE')],
             [(c.sibling, 'PERSON'), (' dentist Thurs', None)]]
    pool = extra + LT.pool(c, rng)
    rng.shuffle(pool)
    n = 0
    for p in pool:
        k = LT.count(p)
        if n + k <= budget:
            lines.append(p)
            n += k
    lines += [[(t, None)] for t in rng.sample(['milk, eggs, bread', 'bins out WED', 'PE kit Fri!!', 'piano 5pm', 'feed the fish', 'library books due', 'no screens after 8'], 3)]
    rng.shuffle(lines)
    qr_on = rng.random() < 0.5
    y = by + 40 * s
    for ln in lines:
        ff = font(rng.choice(MARKER_FONTS + HAND_FONTS[:3]), rng.choice([64, 72, 80]) * s)
        col = rng.choice([(20, 20, 20), (30, 60, 170), (190, 30, 40), (20, 120, 50)])
        y2, _ = cv.para((bx + 50 * s, y), ln, ff, col, bw * (0.62 if qr_on else 0.9))
        y = y2 + 16 * s
        if y > by + bh - 120 * s:
            break
    if qr_on:
        pl, k = (f'WIFI:T:WPA;S:{c.last.replace(" ", "")}_Home;P:{c.pet.lower()}{c.dob.year};;', 'PERSON') if rng.random() < 0.5 else qr_payload(rng, c)
        qsz = int(min(bw * 0.25, bh * 0.4))
        cv.d.rectangle((bx + bw - qsz - 80 * s, by + 50 * s, bx + bw - 30 * s, by + qsz + 160 * s), fill=rng.choice(BRIGHT))
        cv.qr(pl, bx + bw - qsz - 60 * s, by + 70 * s, qsz, kind=k)
    return cv, {'medium': 'photo', 'fill': (80, 80, 80)}


# ------------------------------------------------------------------ medals and trophies
def medal_trophy(rng, nrng, want):
    c = Child(rng)
    W, H = _size(rng, portrait=rng.random() < 0.5, big_p=0.8)
    s = min(W, H) / 2000
    cv = Canvas(W, H, img=TX.table(W, H, nrng))
    budget = want
    gold = rng.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    # trophy (left)
    tx = W * 0.3
    top = H * 0.12
    cw = min(W, H) * 0.3
    cv.d.pieslice((tx - cw / 2, top - cw * 0.5, tx + cw / 2, top + cw * 0.7), 0, 180, fill=gold)
    cv.d.rectangle((tx - cw * 0.08, top + cw * 0.7, tx + cw * 0.08, top + cw * 1.1), fill=darker(gold, 0.2))
    cv.d.ellipse((tx - cw * 0.7, top + cw * 0.05, tx - cw * 0.35, top + cw * 0.4), outline=gold, width=max(4, int(18 * s)))
    cv.d.ellipse((tx + cw * 0.35, top + cw * 0.05, tx + cw * 0.7, top + cw * 0.4), outline=gold, width=max(4, int(18 * s)))
    pw, ph = int(cw * 1.3), int(cw * 0.75)
    base = TX.wood(pw, ph, nrng, (60, 35, 20))
    cv.img.paste(base, (int(tx - pw / 2), int(top + cw * 1.1)))
    plw, plh = int(pw * 0.86), int(ph * 0.72)
    plate = TX.gradient(plw, plh, lighter(gold, 0.3), darker(gold, 0.15), vertical=False)
    px0, py0 = int(tx - plw / 2), int(top + cw * 1.1 + ph * 0.14)
    cv.img.paste(plate, (px0, py0))
    eng = darker(gold, 0.65)
    fe = rng.choice(['serif_b', 'libserif_b', 'fserif_b', 'sans_b'])
    lines = [(rng.choice(['PLAYER OF THE SEASON', 'MOST IMPROVED', 'CHAMPION', "COACH'S AWARD", 'GOLDEN BOOT']), None)]
    cand = [(c.full.upper(), 'PERSON'), (c.club.upper(), 'ORG'), (c.year.upper() if rng.random() < 0.5 else ('U' + str(min(14, c.age + 1))), 'AGE'), (c.school.upper(), 'SCHOOL')]
    rng.shuffle(cand)
    for t, k in cand:
        if budget > 0:
            lines.append((t, k))
            budget -= 1
    lines.append((rng.choice(['2025/26', '2026', 'SEASON 2025', '2025-2026']), None))
    lh = plh / (len(lines) + 0.5)
    for i, (t, k) in enumerate(lines):
        fsz = lh * 0.62
        f_ = font(fe, fsz)
        while f_.getlength(t) > plw * 0.92 and fsz > 8:
            fsz *= 0.92
            f_ = font(fe, fsz)
        cv.ctext(tx, py0 + lh * (0.3 + i), t, f_, eng, kind=k)
    # medals (right)
    medals = [[(c.first, 'PERSON'), (' ' + c.last, 'PERSON')], [(c.dob_str(4), 'DATE_OF_BIRTH')], [(c.suburb.upper(), 'LOCATION'), (' FUN RUN', None)],
              [(c.friend, 'PERSON')], [(c.email, 'EMAIL')], [(c.handle, 'HANDLE')]]
    mx = W * 0.72
    my = H * 0.25
    R = min(W, H) * 0.15
    for m in medals:
        if budget <= 0 or my > H * 0.9:
            break
        segs = m
        if LT.count(segs) > budget:
            segs = segs[:1]
        ribbon = rng.choice(BRIGHT)
        cv.d.polygon([(mx - R * 0.5, my - R * 2.0), (mx + R * 0.5, my - R * 2.0), (mx + R * 0.3, my - R * 0.8), (mx - R * 0.3, my - R * 0.8)], fill=ribbon)
        cv.d.ellipse((mx - R, my - R, mx + R, my + R), fill=gold)
        cv.d.ellipse((mx - R * 0.85, my - R * 0.85, mx + R * 0.85, my + R * 0.85), outline=darker(gold, 0.2), width=max(2, int(6 * s)))
        fsz = R * 0.24
        full = ''.join(t for t, _ in segs)
        f_ = font(fe, fsz)
        while f_.getlength(full) > R * 1.6 and fsz > 8:
            fsz *= 0.92
            f_ = font(fe, fsz)
        tw = f_.getlength(full)
        cv.rich((mx - tw / 2, my - f_.size * 0.6), segs, f_, darker(gold, 0.6))
        budget -= LT.count(segs)
        my += R * 3.1
        mx += rng.uniform(-R * 0.4, R * 0.4)
    return cv, {'medium': 'photo', 'fill': (40, 35, 30)}
