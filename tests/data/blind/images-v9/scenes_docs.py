"""Paper things: report cards, passes, certificates, handwritten forms,
calendars, club flyers, party invitations, lost-pet posters."""
import math

from common import font, fam, ink_for, lighter, darker, mix, sub_canvas, HAND_FONTS, MARKER_FONTS, union
from people import Child, qr_payload, first_name, last_name, ordinal, MONTHS
import leaktext as LT
import docs_common as DC
import ui

INK = [(20, 30, 90), (25, 25, 25), (10, 60, 140), (60, 20, 80)]


def _pick(fields, budget, rng, keep_order=False):
    """fields: list of (label, segs); pick subset with leak total <= budget"""
    idx = list(range(len(fields)))
    rng.shuffle(idx)
    chosen = set()

    def segs_of(f):
        if isinstance(f, tuple) and len(f) == 2 and isinstance(f[0], str) and isinstance(f[1], list):
            return f[1]
        return f
    for i in idx:
        k = LT.count(segs_of(fields[i]))
        if k <= budget and k > 0:
            chosen.add(i)
            budget -= k
    return [fields[i] for i in range(len(fields)) if i in chosen], budget


# ------------------------------------------------------------------ report card
def report_card(rng, nrng, want):
    c = Child(rng)
    pg, host = DC.page_setup(rng, nrng, scan_p=0.55)
    W, H = pg.img.size
    s = W / 1240
    F = fam(rng, 'any')
    acc = rng.choice([(20, 60, 120), (120, 20, 40), (10, 90, 60), (80, 40, 120)])
    budget = want
    m = int(90 * s)
    pg.d.rectangle((m, m, W - m, m + int(150 * s)), fill=acc)
    if budget > 0:
        pg.text((m + int(30 * s), m + int(26 * s)), c.school, font(F[1], 46 * s), (255, 255, 255), kind='SCHOOL')
        budget -= 1
    else:
        pg.text((m + int(30 * s), m + int(26 * s)), 'Pupil Progress Report', font(F[1], 46 * s), (255, 255, 255))
    pg.text((m + int(30 * s), m + int(92 * s)), rng.choice(['End of Year Report 2025-26', 'Autumn Term Report 2026', 'Mid-Year Progress Report', 'Term 3 Report Card']),
            font(F[2], 28 * s), (230, 230, 240))
    y = m + int(190 * s)
    fields = [('Pupil', [(c.full, 'PERSON')]), ('Class', [(c.year, 'AGE')]), ('Date of birth', [(c.dob_str(rng.choice([0, 1, 3])), 'DATE_OF_BIRTH')]),
              ('Teacher', [(rng.choice(['Mr ', 'Ms ', 'Mrs ', 'Miss ']) + last_name(rng, c.country), 'PERSON')]),
              ('Home address', [(c.short_address(), 'ADDRESS')]), ('Parent/carer', [(f'{c.mum} {c.last}', 'PERSON')])]
    chosen, budget = _pick(fields, budget, rng)
    fl, fv = font(F[1], 30 * s), font(F[0], 30 * s)
    for lab, segs in chosen:
        pg.text((m, y), lab + ':', fl, (40, 40, 40))
        pg.para((m + int(300 * s), y), segs, fv, (20, 20, 20), W - 2 * m - int(300 * s))
        y += int(52 * s)
    pg.text((m, y), 'Attendance: ' + f'{rng.uniform(88, 100):.1f}%', fv, (40, 40, 40))
    y += int(80 * s)
    subj = ['English', 'Maths', 'Science', 'History', 'Geography', 'Art', 'Music', 'PE', 'Computing', 'French', 'Irish' if c.country == 'IE' else 'Design']
    rng.shuffle(subj)
    cols = [m, m + int(360 * s), m + int(560 * s), m + int(760 * s)]
    pg.d.rectangle((m, y, W - m, y + int(56 * s)), fill=lighter(acc, 0.8))
    for x, t in zip(cols, ['Subject', 'Attainment', 'Effort', 'Target']):
        pg.text((x + int(14 * s), y + int(12 * s)), t, fl, (20, 20, 20))
    y += int(56 * s)
    for i, sj in enumerate(subj[:rng.randint(6, 9)]):
        pg.d.line((m, y + int(50 * s), W - m, y + int(50 * s)), fill=(190, 190, 190), width=max(1, int(s)))
        vals = [sj, rng.choice(['A', 'B+', 'B', 'C', 'Exceeding', 'Expected', 'Working towards', '4', '5', '6']), str(rng.randint(1, 4)), rng.choice(['A', 'B', '6', '7', 'Secure'])]
        for x, t in zip(cols, vals):
            pg.text((x + int(14 * s), y + int(10 * s)), t, fv, (30, 30, 30))
        y += int(52 * s)
    y += int(40 * s)
    pg.text((m, y), 'Teacher comment', fl, acc)
    y += int(50 * s)
    name_seg = (c.first, 'PERSON') if budget > 0 else ('They', None)
    if name_seg[1]:
        budget -= 1
    segs = [name_seg, (' has made ' + rng.choice(['excellent', 'steady', 'good', 'pleasing']) + ' progress this term, especially in ' + rng.choice(['reading', 'fractions', 'science investigations', 'creative writing']) + '. ', None)]
    if budget > 0:
        segs += [('They are a valued member of ', None), (c.club, 'ORG'), (' and represent the school with pride. ', None)]
        budget -= 1
    segs += [('Next step: ' + rng.choice(['check work carefully', 'read every night', 'learn times tables to 12', 'use paragraphs']) + '.', None)]
    fc = font(rng.choice(['fserif_i', 'serif_i', 'libserif_i', F[0]]), 30 * s)
    y, _ = pg.para((m, y), segs, fc, (30, 30, 30), W - 2 * m, spacing=1.45)
    y += int(60 * s)
    if budget > 0 and y < H - int(200 * s):
        pg.text((m, y), 'Headteacher:', fl, (40, 40, 40))
        pg.text((m + int(250 * s), y), rng.choice(['Mr ', 'Mrs ', 'Dr ']) + first_name(rng, c.country)[0] + '. ' + last_name(rng, c.country), fv, (20, 20, 20), kind='PERSON')
        budget -= 1
    pg.text((m, H - m - int(20 * s)), 'Page 1 of 2', font(F[0], 22 * s), (120, 120, 120))
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ passes
def pass_card(rng, nrng, want):
    c = Child(rng)
    kind = rng.choice(['library', 'bus', 'student', 'swim'])
    pg, host = DC.card_setup(rng, nrng)
    W, H = pg.img.size
    s = W / 1000
    acc = rng.choice(ui.ACCENTS)
    pg.d.rounded_rectangle((0, 0, W - 1, H - 1), radius=int(40 * s), fill=(250, 250, 250, 255))
    pg.d.rounded_rectangle((0, 0, W - 1, int(170 * s)), radius=int(40 * s), fill=acc + (255,))
    pg.d.rectangle((0, int(120 * s), W - 1, int(170 * s)), fill=acc + (255,))
    F = fam(rng)
    budget = want
    title = {'library': 'Libraries', 'bus': 'Youth Travel Pass', 'student': 'Student ID', 'swim': 'Leisure Card'}[kind]
    fx = int(50 * s)
    if budget > 0 and kind in ('library', 'swim'):
        b = pg.text((fx, int(45 * s)), c.town, font(F[1], 60 * s), ink_for(acc), kind='LOCATION')
        pg.text((b[2] + int(16 * s), int(45 * s)), title, font(F[1], 60 * s), ink_for(acc))
        budget -= 1
    elif budget > 0 and kind == 'student':
        pg.text((fx, int(50 * s)), c.school, font(F[1], min(56 * s, (W - 100 * s) / max(10, len(c.school)) * 1.8)), ink_for(acc), kind='SCHOOL')
        budget -= 1
    else:
        pg.text((fx, int(45 * s)), title, font(F[1], 60 * s), ink_for(acc))
    # photo box without a face: a patterned placeholder
    px0, py0 = fx, int(210 * s)
    pg.d.rectangle((px0, py0, px0 + int(230 * s), py0 + int(290 * s)), fill=(205, 210, 220, 255))
    ui.pet_avatar(pg, px0 + int(115 * s), py0 + int(145 * s), int(70 * s), lighter(acc, 0.3), rng)
    x = px0 + int(270 * s)
    y = py0
    fl, fv = font(F[0], 28 * s), font(F[1], 38 * s)
    fields = [('Name', [(c.full.upper() if rng.random() < 0.4 else c.full, 'PERSON')]), ('Date of birth', [(c.dob_str(rng.choice([0, 3, 1])), 'DATE_OF_BIRTH')]),
              ('School', [(c.school, 'SCHOOL')]), ('Route', [(c.suburb, 'LOCATION'), (' - Town Centre', None)]), ('Age', [(str(c.age), 'AGE')]),
              ('Class', [(c.year, 'AGE')])]
    if kind != 'bus':
        fields = [f for f in fields if f[0] != 'Route']
    chosen, budget = _pick(fields, budget, rng)
    for lab, segs in chosen[:4]:
        pg.text((x, y), lab, fl, (110, 110, 110))
        fvv = font(F[1], min(38 * s, (W - x - 40 * s) / max(8, sum(len(t) for t, _ in segs)) * 1.8))
        pg.rich((x, y + int(34 * s)), segs, fvv, (20, 20, 20))
        y += int(92 * s)
    pg.text((x, H - int(70 * s)), f'Valid to {rng.randint(1, 12):02d}/{rng.choice([27, 28, 29])}', fl, (90, 90, 90))
    # barcode (harmless)
    bx = fx
    by = H - int(110 * s)
    for i in range(45):
        w = rng.choice([2, 3, 5]) * s
        if i % 2 == 0:
            pg.d.rectangle((bx, by, bx + w, by + int(70 * s)), fill=(10, 10, 10, 255))
        bx += w + 2 * s
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ certificate
def certificate(rng, nrng, want):
    c = Child(rng)
    pg, host = DC.page_setup(rng, nrng, landscape=True, scan_p=0.4, color=rng.choice([(252, 249, 236), (255, 255, 255), (246, 250, 255)]))
    W, H = pg.img.size
    s = W / 1754
    acc = rng.choice([(150, 110, 20), (20, 70, 140), (140, 30, 40), (20, 110, 80)])
    for i, t in enumerate([int(30 * s), int(50 * s)]):
        pg.d.rectangle((t, t, W - t, H - t), outline=acc + (255,), width=max(2, int((14 if i == 0 else 4) * s)))
    F = fam(rng, 'serif')
    budget = want
    cv = pg
    cv.ctext(W / 2, int(150 * s), rng.choice(['Certificate of Achievement', 'Certificate of Excellence', 'Star of the Week', 'Award Certificate']), font(F[1], 90 * s), acc)
    cv.ctext(W / 2, int(300 * s), 'This certificate is proudly presented to', font(F[2], 40 * s), (60, 60, 60))
    fname = font(rng.choice(['fserif_bi', 'libserif_bi', 'serif_bi', 'fserif_i']), 110 * s)
    nm = c.full if budget > 0 else 'a superstar'
    cv.ctext(W / 2, int(380 * s), nm, fname, (30, 30, 30), kind='PERSON' if budget > 0 else None)
    if budget > 0:
        budget -= 1
    cv.d.line((W * 0.25, int(520 * s), W * 0.75, int(520 * s)), fill=acc, width=max(1, int(3 * s)))
    reason = [('for ', None), (rng.choice(['swimming 50 metres', 'outstanding effort in maths', 'completing the summer reading challenge', 'being a kind friend',
                                           'winning the junior chess tournament', 'perfect attendance', 'passing Grade 3 piano']), None)]
    if budget > 0:
        reason += [(' at ', None), (c.club, 'ORG') if rng.random() < 0.5 else (c.school, 'SCHOOL')]
        budget -= 1
    cv.para((W * 0.12, int(570 * s)), reason, font(F[0], 46 * s), (50, 50, 50), W * 0.76, align='center')
    y = int(780 * s)
    if budget > 0:
        b1 = cv.text((W / 2, y), c.year, font(F[0], 40 * s), (60, 60, 60), kind='AGE', anchor='ma')
        budget -= 1
    cv.ctext(W / 2, y + int(70 * s), f'{rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} {rng.choice([2025, 2026])}', font(F[0], 36 * s), (60, 60, 60))
    # signatures
    for i, side in enumerate([0.27, 0.73]):
        sx = W * side
        sy = H - int(230 * s)
        cv.d.line((sx - 220 * s, sy, sx + 220 * s, sy), fill=(80, 80, 80), width=max(1, int(2 * s)))
        sig = rng.choice(['Coach ', 'Mr ', 'Ms ', 'Mrs ']) + last_name(rng, c.country)
        cv.hand((sx - 180 * s, sy - int(90 * s)), sig, font(rng.choice(HAND_FONTS), 54 * s), (20, 30, 90), rng)
        if budget > 0:
            cv.text((sx, sy + int(14 * s)), sig, font(F[0], 30 * s), (80, 80, 80), kind='PERSON', anchor='ma')
            budget -= 1
        else:
            cv.text((sx, sy + int(14 * s)), rng.choice(['Head Coach', 'Class Teacher', 'Principal']), font(F[0], 30 * s), (80, 80, 80), anchor='ma')
    # seal
    cx, cy = W / 2, H - int(230 * s)
    r = int(90 * s)
    cv.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=acc + (255,))
    cv.d.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), outline=(255, 230, 150, 255), width=max(2, int(4 * s)))
    cv.ctext(cx, cy - 18 * s, 'WELL DONE', font(F[1], 24 * s), (255, 240, 200))
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ handwritten form
def paper_form(rng, nrng, want):
    c = Child(rng)
    pg, host = DC.page_setup(rng, nrng, scan_p=0.5)
    W, H = pg.img.size
    s = W / 1240
    F = fam(rng)
    m = int(100 * s)
    title = rng.choice([f'{c.club} - Membership Form', 'Summer Holiday Camp - Registration', 'School Trip Consent Form', 'Junior Coding Club Sign-up'])
    budget = want
    if 'Membership' in title and budget > 0:
        pg.text((m, m), c.club, font(F[1], 46 * s), (20, 20, 20), kind='ORG')
        pg.text((m, m + int(64 * s)), 'Membership Form ' + str(rng.choice([2026, 2027])), font(F[1], 38 * s), (60, 60, 60))
        budget -= 1
    else:
        pg.text((m, m), title if 'Membership' not in title else 'Membership Form', font(F[1], 46 * s), (20, 20, 20))
        pg.text((m, m + int(64 * s)), 'Please complete in BLOCK CAPITALS', font(F[2], 30 * s), (60, 60, 60))
    y = m + int(170 * s)
    caps = rng.random() < 0.4
    fields = [("Child's name", c.full, 'PERSON'), ('Date of birth', c.dob_str(rng.choice([0, 4, 1])), 'DATE_OF_BIRTH'), ('Age', str(c.age), 'AGE'),
              ('School', c.school, 'SCHOOL'), ('Class / year', c.year, 'AGE'), ('Home address', c.street_line + ', ' + c.suburb, 'ADDRESS'),
              ('Postcode' if c.country not in ('US', 'IN') else 'ZIP / PIN', c.pc, 'ADDRESS'), ('Parent / guardian', f'{c.mum} {c.last}', 'PERSON'),
              ('Contact number', c.parent_phone, 'PHONE'), ('Email', c.parent_email, 'EMAIL'), ('Emergency contact', f'{c.dad} {c.last} ' , 'PERSON'),
              ('Medical notes', rng.choice(['none', 'n/a', 'none known']), None)]
    idx = [i for i, f in enumerate(fields) if f[2]]
    rng.shuffle(idx)
    chosen = set(idx[:budget])
    fl = font(F[0], 32 * s)
    fh = font(rng.choice(HAND_FONTS), rng.choice([38, 42, 46]) * s)
    ink = rng.choice(INK)
    for i, (lab, val, kind) in enumerate(fields):
        if y > H - int(240 * s):
            break
        pg.text((m, y), lab, fl, (40, 40, 40))
        lx = m + int(360 * s)
        pg.d.line((lx, y + int(40 * s), W - m, y + int(40 * s)), fill=(120, 120, 120), width=max(1, int(2 * s)))
        if i in chosen or kind is None:
            v = val.upper() if caps else val
            pg.hand((lx + int(12 * s), y - int(8 * s)), v.strip(), fh, ink, rng, kind=kind if i in chosen else None)
        y += int(86 * s)
    y += int(20 * s)
    pg.text((m, y), 'I give permission for my child to take part.   Signed: ______________   Date: ____/____/______', font(F[0], 26 * s), (40, 40, 40))
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ calendar
def calendar(rng, nrng, want):
    c = Child(rng)
    pg, host = DC.page_setup(rng, nrng, landscape=rng.random() < 0.5, scan_p=0.25, color=(255, 255, 255))
    W, H = pg.img.size
    s = min(W, H) / 1240
    F = fam(rng)
    acc = rng.choice(ui.ACCENTS)
    mi = rng.randint(0, 11)
    yr = 2026 if mi >= 10 else 2027
    budget = want
    top = int(60 * s)
    pg.d.rectangle((0, 0, W, int(170 * s)), fill=acc + (255,))
    if budget > 0 and rng.random() < 0.5:
        b = pg.text((int(50 * s), top), 'The ', font(F[1], 70 * s), ink_for(acc))
        b = pg.text((b[2] + int(14 * s), top), c.last, font(F[1], 70 * s), ink_for(acc), kind='PERSON')
        pg.text((b[2] + int(14 * s), top), 'Family Planner', font(F[1], 70 * s), ink_for(acc))
        budget -= 1
    else:
        pg.text((int(50 * s), top), 'Family Planner', font(F[1], 70 * s), ink_for(acc))
    pg.text((W - int(50 * s), top), f'{MONTHS[mi]} {yr}', font(F[1], 70 * s), ink_for(acc), anchor='ra')
    gx0, gy0 = int(40 * s), int(230 * s)
    cols, rows = 7, 5
    cw = (W - 2 * gx0) / cols
    chh = (H - gy0 - int(40 * s)) / rows
    for i, d in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
        pg.text((gx0 + i * cw + int(10 * s), gy0 - int(46 * s)), d, font(F[1], 30 * s), (60, 60, 60))
    for r in range(rows):
        for k in range(cols):
            x0, y0 = gx0 + k * cw, gy0 + r * chh
            pg.d.rectangle((x0, y0, x0 + cw, y0 + chh), outline=(170, 170, 170, 255), width=max(1, int(2 * s)))
            day = r * 7 + k + 1
            if day <= 31:
                pg.text((x0 + int(10 * s), y0 + int(8 * s)), str(day), font(F[0], 28 * s), (90, 90, 90))
    entries = [
        [(c.friend_first, 'PERSON'), ("'s party", None)],
        [('swim - ', None), (c.club, 'ORG')],
        [('parents eve ', None), (c.school, 'SCHOOL')],
        [('pick up ', None), (c.friend, 'PERSON')],
        [('Nan ', None), (c.landline, 'PHONE')],
        [(c.sibling, 'PERSON'), (' dentist 4pm', None)],
        [('party at ', None), (c.short_address(), 'ADDRESS')],
        [('MY BDAY!! ', None), (c.bday_short(), 'DATE_OF_BIRTH')],
        [('Dad work do - ', None), (c.work, 'ORG')],
        [('match away at ', None), (c.suburb, 'LOCATION')],
        [('sleepover ', None), (c.friend_first, 'PERSON')],
    ]
    fill = [[('bins', None)], [('PE kit', None)], [('library books', None)], [('piano 5pm', None)], [('half day', None)], [('movie night', None)]]
    rng.shuffle(entries)
    chosen, n = [], 0
    for e in entries:
        if n + LT.count(e) <= budget:
            chosen.append(e)
            n += LT.count(e)
    allents = chosen + rng.sample(fill, 3)
    cells = rng.sample(range(31), len(allents))
    fh = font(rng.choice(HAND_FONTS), min(30 * s, chh * 0.2))
    for e, d in zip(allents, cells):
        r, k = divmod(d, 7)
        x0, y0 = gx0 + k * cw, gy0 + r * chh
        ink = rng.choice(INK + [(190, 30, 40), (20, 120, 40)])
        pg.para((x0 + int(10 * s), y0 + int(50 * s)), e, fh, ink, cw - int(20 * s), spacing=1.15)
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ club flyer
def club_flyer(rng, nrng, want):
    c = Child(rng)
    col = rng.choice([(255, 240, 120), (180, 230, 255), (255, 200, 210), (210, 255, 200), (255, 255, 255)])
    pg, host = DC.page_setup(rng, nrng, scan_p=0.25, color=col)
    W, H = pg.img.size
    s = W / 1240
    F = fam(rng)
    acc = rng.choice([(200, 30, 40), (20, 60, 160), (20, 120, 60), (120, 30, 140), (230, 100, 0)])
    budget = want
    m = int(80 * s)
    pg.ctext(W / 2, m, rng.choice(['NEW PLAYERS WELCOME!', 'JOIN US!', 'TRY-OUTS THIS SATURDAY', 'FREE TASTER SESSION']), font(F[1], 80 * s), acc)
    y = m + int(140 * s)
    if budget > 0:
        pg.ctext(W / 2, y, c.club, font(F[1], min(90 * s, (W - 2 * m) / max(8, len(c.club)) * 1.7)), (20, 20, 20), kind='ORG')
        budget -= 1
    else:
        pg.ctext(W / 2, y, rng.choice(['Junior Football', 'Kids Chess Club', 'Youth Netball']), font(F[1], 90 * s), (20, 20, 20))
    y += int(170 * s)
    for line in [rng.choice(['Boys & girls aged 8-13', 'All abilities welcome', 'Ages 9 to 14', 'Under 10s, 12s and 14s']),
                 rng.choice(['Tuesdays 6-7:30pm', 'Saturdays 9am', 'Thursdays after school', 'Sundays 10-12']),
                 rng.choice(['First session free!', 'Only $5 a week', '£3 per session', 'Bring water and trainers'])]:
        pg.ctext(W / 2, y, line, font(F[0], 56 * s), (40, 40, 40))
        y += int(90 * s)
    # ball graphic
    r = int(160 * s)
    cx, cy = W / 2, y + r + int(20 * s)
    pg.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=acc + (255,))
    pg.d.arc((cx - r, cy - r * 0.4, cx + r, cy + r * 1.6), 200, 340, fill=(255, 255, 255, 255), width=max(2, int(8 * s)))
    y = cy + r + int(60 * s)
    info = [[('Where: ', None), (c.town_rec[0] + ' ' + rng.choice(['Community Centre', 'Leisure Centre', 'Park pitches']) + ', ' + c.street_line if rng.random() < 0.5 else c.short_address(), 'ADDRESS')],
            [('Contact ', None), (rng.choice(['Coach ', '']) + first_name(rng, c.country) + ' ' + last_name(rng, c.country), 'PERSON')],
            [('Call/text ', None), (c.parent_phone, 'PHONE')],
            [('Email ', None), (c.parent_email, 'EMAIL')],
            [('Ask for ', None), (c.full, 'PERSON'), (' in ', None), (c.year, 'AGE'), (' for details', None)],
            [('More: ', None), ('facebook.com/' + c.club.replace(' ', '').replace("'", '').lower()[:20], 'URL')]]
    qr_on = rng.random() < 0.7 and budget >= 2
    if qr_on:
        budget -= 1
    chosen, budget2 = _pick(info, budget, rng)
    fi = font(F[0], 44 * s)
    for segs in chosen:
        y, _ = pg.para((m, y), segs, fi, (20, 20, 20), W - 2 * m - (int(330 * s) if qr_on else 0))
        y += int(14 * s)
        if y > H - int(150 * s):
            break
    if qr_on:
        pl, kind = qr_payload(rng, c)
        pg.qr(pl, W - m - int(300 * s), H - m - int(340 * s), int(300 * s), kind=kind)
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ party invite
def party_invite(rng, nrng, want):
    c = Child(rng)
    col = rng.choice([(255, 230, 240), (230, 245, 255), (255, 250, 220), (235, 255, 235), (245, 235, 255)])
    pg, host = DC.page_setup(rng, nrng, ratio=1.41, landscape=rng.random() < 0.4, scan_p=0.2, color=col, fill=0.7)
    W, H = pg.img.size
    s = min(W, H) / 1240
    # confetti
    for _ in range(120):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(6, 18) * s
        pg.d.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(ui.ACCENTS) + (255,))
    F = fam(rng, 'any')
    acc = rng.choice([(220, 40, 120), (30, 90, 200), (240, 120, 0), (120, 40, 180)])
    budget = want
    m = int(90 * s)
    # panel so text is readable
    pg.d.rounded_rectangle((m * 0.6, m * 0.6, W - m * 0.6, H - m * 0.6), radius=int(40 * s), fill=col + (235,))
    pg.ctext(W / 2, m + int(20 * s), rng.choice(["You're invited!", 'Party time!', "Let's celebrate!", 'Come to my party!']), font(rng.choice(['fserif_bi', 'lib_bi', 'sans_bi']), 100 * s), acc)
    y = m + int(190 * s)
    segs = [('to ', None)]
    if budget > 0:
        segs.append((c.first, 'PERSON')); budget -= 1
    else:
        segs.append(('our', None))
    segs.append(("'s " if segs[-1][1] else ' ', None))
    if budget > 0:
        segs.append((ordinal(c.age + 1), 'AGE')); budget -= 1
    segs.append((' birthday party', None))
    segs = [(t.replace("'s ", "'s ").replace('  ', ' '), k) for t, k in segs]
    fy, _ = pg.para((m, y), segs, font(F[1], 64 * s), (30, 30, 30), W - 2 * m, align='center')
    y = fy + int(40 * s)
    day = rng.randint(1, 28)
    pg.ctext(W / 2, y, f'{rng.choice(["Saturday", "Sunday"])} {day} {MONTHS[rng.randint(0, 11)]}, {rng.choice(["2-5pm", "11am-1pm", "3:30-6pm", "1-4pm"])}',
             font(F[0], 48 * s), (40, 40, 40))
    y += int(100 * s)
    info = [[('at ', None), (c.address_inline(), 'ADDRESS')],
            [('at ', None), (rng.choice(['Jump Zone', 'Laser Quest', 'Splash Park', 'Bowl-o-Rama', 'Clay Café']) + ' ', None), (c.suburb, 'LOCATION')],
            [('RSVP ', None), (c.mum, 'PERSON'), (' on ', None), (c.parent_phone, 'PHONE')],
            [('or email ', None), (c.parent_email, 'EMAIL')],
            [('Bring your swimsuit! Drop-off from ', None), (c.school, 'SCHOOL'), (' gates', None)],
            [('Love, ', None), (c.first, 'PERSON'), (' & ', None), (c.sibling, 'PERSON')]]
    qr_on = rng.random() < 0.75 and budget >= 2
    if qr_on:
        budget -= 1
    chosen, budget = _pick(info, budget, rng)
    fi = font(F[0], 54 * s)
    for segs in chosen:
        y, _ = pg.para((m, y), segs, fi, (30, 30, 30), W - 2 * m, align='center')
        y += int(16 * s)
    if qr_on:
        ch2 = c
        pl, kind = rng.choice([(f'sms:+{__import__("people").intl_digits(ch2.parent_phone, ch2.country)}?body=RSVP yes', 'PHONE'),
                               (f'https://wa.me/{__import__("people").intl_digits(ch2.parent_phone, ch2.country)}', 'PHONE'),
                               (f'geo:{rng.uniform(-40, 55):.5f},{rng.uniform(-120, 150):.5f}', 'LOCATION')])
        qs = int(min(260 * s, H - y - m))
        if qs > 120 * s:
            pg.qr(pl, W / 2 - qs / 2, y + int(10 * s), qs, kind=kind)
    return DC.finish(rng, nrng, pg, host)


# ------------------------------------------------------------------ lost pet
def lost_pet(rng, nrng, want):
    c = Child(rng)
    col = rng.choice([(255, 255, 255), (255, 250, 200), (255, 235, 235)])
    pg, host = DC.page_setup(rng, nrng, scan_p=0.15, color=col)
    W, H = pg.img.size
    s = W / 1240
    F = fam(rng)
    budget = want
    m = int(70 * s)
    animal = rng.choice(['CAT', 'DOG', 'RABBIT', 'TORTOISE', 'PARROT'])
    pg.ctext(W / 2, m, f'LOST {animal}', font(F[1], 150 * s), (200, 20, 20))
    # simple animal silhouette
    cx, cy = W / 2, m + int(420 * s)
    bc = rng.choice([(80, 60, 40), (200, 140, 60), (40, 40, 40), (150, 150, 150)]) + (255,)
    pg.d.ellipse((cx - 220 * s, cy - 90 * s, cx + 160 * s, cy + 140 * s), fill=bc)
    pg.d.ellipse((cx + 100 * s, cy - 200 * s, cx + 260 * s, cy - 40 * s), fill=bc)
    pg.d.polygon([(cx + 120 * s, cy - 170 * s), (cx + 140 * s, cy - 260 * s), (cx + 180 * s, cy - 190 * s)], fill=bc)
    pg.d.polygon([(cx + 200 * s, cy - 190 * s), (cx + 240 * s, cy - 260 * s), (cx + 250 * s, cy - 160 * s)], fill=bc)
    y = cy + int(200 * s)
    pg.ctext(W / 2, y, f'"{c.pet}"', font(F[1], 90 * s), (20, 20, 20))
    y += int(120 * s)
    tabs = 0
    pet_qr = rng.random() < 0.45 and budget >= 2
    if pet_qr:
        budget -= 1
    if budget >= 4:
        tabs = min(8, rng.randint(2, max(2, budget - 2)))
    body_budget = budget - tabs
    info = [[('Last seen near ', None), (c.street, 'ADDRESS'), (', ', None), (c.suburb, 'LOCATION')],
            [('Please call ', None), (c.first, 'PERSON'), (' on ', None), (c.parent_phone, 'PHONE')],
            [('We live at ', None), (c.street_line, 'ADDRESS')],
            [('or email ', None), (c.parent_email, 'EMAIL')],
            [('Missing since ' + rng.choice(['Tuesday', 'Sunday night', 'last weekend']) + ' from ', None), (c.suburb, 'LOCATION')]]
    chosen, left = _pick(info, body_budget, rng)
    tabs += left if tabs else 0
    fi = font(F[0], 50 * s)
    pg.ctext(W / 2, y, rng.choice(['Very friendly, answers to her name', 'Shy, wearing a red collar', 'Microchipped, needs medicine', 'REWARD OFFERED']),
             font(F[2], 46 * s), (40, 40, 40))
    y += int(80 * s)
    for segs in chosen:
        y, _ = pg.para((m, y), segs, fi, (20, 20, 20), W - 2 * m, align='center')
        y += int(14 * s)
    qr_on = pet_qr and (not tabs or y + 300 * s < H - 340 * s) and y + 300 * s < H - 40 * s
    if qr_on:
        pg.qr(f'tel:+{__import__("people").intl_digits(c.parent_phone, c.country)}', W / 2 - 140 * s, y + 10 * s, int(280 * s), kind='PHONE')
    if tabs:
        tabs = min(tabs, 10)
        tw = (W - 2 * m) / tabs
        ty = H - int(330 * s)
        pg.d.line((m, ty, W - m, ty), fill=(150, 150, 150, 255), width=max(1, int(2 * s)))
        for i in range(tabs):
            x0 = m + i * tw
            pg.d.line((x0, ty, x0, H - int(20 * s)), fill=(170, 170, 170, 255), width=max(1, int(2 * s)))
            sub = sub_canvas(int(290 * s), int(tw * 0.9))
            fsz = min(34 * s, tw * 0.4)
            txt = c.parent_phone
            f_ = font(F[1], fsz)
            while f_.getlength(txt) > 280 * s and fsz > 8:
                fsz -= 1
                f_ = font(F[1], fsz)
            sub.text((int(5 * s), int(tw * 0.45 - fsz * 0.6)), txt, f_, (20, 20, 20), kind='PHONE')
            pg.paste_canvas(sub, (x0 + tw / 2, ty + int(160 * s)), 90)
    return DC.finish(rng, nrng, pg, host)
