"""A4 scans: forms, permission slips, report cards, timetables, yearbook pages; clean worksheets."""
import math

import numpy as np
from PIL import Image

from common import (FIRST, HAND, LAST, PALETTE, SERIF, SERIF_B, UI, UI_B, Kid, Layer, font, photo_finish,
                    rotate_layer)


def page(rng):
    dpi = rng.choice([150, 150, 175, 200])
    W, H = int(round(8.27 * dpi)), int(round(11.69 * dpi))
    Lr = Layer(Image.new('RGB', (W, H), (255, 255, 255)))
    return Lr, dpi / 72.0


def scan_finish(Lr, rng):
    W, H = Lr.img.size
    a = np.asarray(Lr.img).astype(np.float32)
    tone = np.array(rng.choice([(250, 248, 240), (245, 245, 245), (252, 250, 244), (240, 238, 230)]), np.float32) / 255
    a *= tone[None, None, :]
    if rng.random() < 0.3:
        g = a.mean(2, keepdims=True)
        a = np.repeat(g, 3, 2)
    Lr.img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    deg = rng.uniform(-1.8, 1.8)
    rotate_layer(Lr, deg, tuple(int(v * 255) for v in tone))
    Lr.img = photo_finish(Lr.img, rng, blur=(0.0, 0.7), noise=(1.0, 3.5), light=rng.random() < 0.5, amp=0.3)
    return Lr


def ink(rng):
    return rng.choice([(20, 40, 140), (25, 25, 30), (10, 60, 160), (40, 40, 70)])


def logo(d, x, y, r, col, text, f):
    d.ellipse([x - r, y - r, x + r, y + r], fill=col)
    d.ellipse([x - r * 0.8, y - r * 0.8, x + r * 0.8, y + r * 0.8], outline=(255, 255, 255), width=max(2, int(r * 0.06)))
    d.text((x, y), text, font=f, fill=(255, 255, 255), anchor='mm')


def scribble(d, x, y, w, h, rng, col):
    pts = []
    for i in range(30):
        t = i / 29
        pts.append((x + t * w + rng.uniform(-w * 0.03, w * 0.03), y + h / 2 + math.sin(t * rng.uniform(8, 16)) * h / 2 * rng.uniform(0.3, 1)))
    d.line(pts, fill=col, width=max(2, int(h / 12)), joint='curve')


# ----------------------------------------------------------------------------- forms
def form(rng, spec):
    kid = Kid(rng)
    Lr, u = page(rng)
    d = Lr.d
    W, H = Lr.W, Lr.H
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    M = 50 * u
    col = rng.choice(PALETTE)
    ftype = rng.choice(['permission', 'medical', 'sports', 'signup'])
    # header: issuer
    issuer_is_org = ftype in ('sports', 'signup') and rng.random() < 0.7
    issuer, ikind = (kid.org, 'ORG') if issuer_is_org else (kid.school, 'SCHOOL')
    logo(d, M + 28 * u, M + 28 * u, 26 * u, col, ''.join(w[0] for w in issuer.split()[:2]).upper(), font('sans_b', 16 * u))
    fh = font(rng.choice(SERIF_B + UI_B), 18 * u)
    if used < budget:
        Lr.text((M + 66 * u, M + 8 * u), issuer, fh, (20, 20, 20), kind=ikind)
        used += 1
    else:
        d.text((M + 66 * u, M + 8 * u), 'Office use', font=fh, fill=(20, 20, 20))
    d.text((M + 66 * u, M + 32 * u), rng.choice(['Working together for every child', 'Est. 1974', 'Registered charity no. 1104522',
                                                  'Respect · Resilience · Kindness']), font=font('lib_i', 9 * u), fill=(90, 90, 90))
    titles = {'permission': rng.choice(['Permission Slip: Trip to the Science Museum', 'Consent Form: Overnight Camp',
                                        'Permission Slip: Swimming Lessons (Term 3)']),
              'medical': rng.choice(['Student Medical Information Form', 'Health & Allergy Declaration']),
              'sports': rng.choice(['Junior Player Registration 2026/27', 'Swim Squad Membership Form', 'Netball Season Registration']),
              'signup': rng.choice(['After-School Club Sign-up', 'Holiday Camp Booking Form', 'Library Membership Application'])}
    y = M + 80 * u
    d.rectangle([M, y, W - M, y + 30 * u], fill=col)
    d.text((M + 10 * u, y + 15 * u), titles[ftype], font=font(rng.choice(UI_B), 14 * u), fill=(255, 255, 255), anchor='lm')
    y += 48 * u
    fl = font(rng.choice(UI + SERIF), 10.5 * u)
    hand_font = font(rng.choice(HAND), rng.uniform(12, 15) * u)
    pen = ink(rng)
    teacher = f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Dr'])} {rng.choice(LAST)}"
    fields = [
        ("Child's full name", kid.name, 'PERSON'),
        ('Date of birth', kid.dob(0 if rng.random() < 0.6 else rng.randrange(5)), 'DATE_OF_BIRTH'),
        ('Age', str(kid.age), 'AGE'),
        ('Year / class', kid.year, 'AGE'),
        ('Home address', kid.addr1, 'ADDRESS'),
        ('', kid.addr2, 'ADDRESS'),
        ('Parent / guardian', kid.parent, 'PERSON'),
        ('Contact phone', kid.parent_phone, 'PHONE'),
        ('Email', kid.email, 'EMAIL'),
        ('School', kid.school, 'SCHOOL'),
        ('Emergency contact', kid.friend(), 'PERSON'),
        ("Child's mobile", kid.phone, 'PHONE'),
        ('GP / doctor', f'Dr {rng.choice(LAST)}', 'PERSON'),
        ('Class teacher', teacher, 'PERSON'),
        ('Suburb / town', kid.town, 'LOCATION'),
    ]
    neutral = [('Allergies', rng.choice(['None', 'Peanuts', 'Hay fever', 'Penicillin', 'none known'])),
               ('Medication', rng.choice(['Inhaler (blue)', 'None', 'EpiPen', 'n/a'])),
               ('T-shirt size', rng.choice(['S', 'M', 'L', '9-10', '11-12'])),
               ('Swimming ability', rng.choice(['25 m', 'Confident', 'Beginner'])),
               ('Dietary needs', rng.choice(['Vegetarian', 'Halal', 'None', 'No pork'])),
               ('Photo consent', rng.choice(['Yes', 'No']))]
    # choose leak fields: name first; address kept on two consecutive lines
    order = [fields[0]] + rng.sample(fields[1:], len(fields) - 1)
    rows = []
    cnt = 0
    for fdef in order:
        if fdef[0] == '':
            continue
        if used + cnt >= budget:
            break
        rows.append(fdef)
        cnt += 1
        if fdef[0] == 'Home address' and used + cnt < budget:
            rows.append(fields[5])
            cnt += 1
    for n in rng.sample(neutral, rng.randint(2, 4)):
        rows.insert(rng.randrange(min(1, len(rows)), len(rows) + 1), (n[0], n[1], None))
    lw = max(fl.getlength(r[0]) for r in rows) + 14 * u
    for lab, val, kind in rows:
        if lab:
            d.text((M, y + 14 * u), lab + ':', font=fl, fill=(30, 30, 30), anchor='ls')
        d.line([(M + lw, y + 16 * u), (W - M, y + 16 * u)], fill=(120, 120, 120), width=max(1, int(u * 0.7)))
        if val:
            Lr.text((M + lw + 8 * u + rng.uniform(0, 30) * u, y + 13 * u), val, hand_font, pen, kind=kind, anchor='ls')
            if kind:
                used += 1
        y += 30 * u
    y += 10 * u
    # checkboxes
    for opt in rng.sample(['I give permission for my child to take part', 'My child may be photographed for the newsletter',
                           'My child can swim 25 metres', 'I consent to emergency first aid', 'Collect from main gate at 3:15'],
                          3):
        d.rectangle([M, y, M + 12 * u, y + 12 * u], outline=(40, 40, 40), width=max(1, int(u)))
        if rng.random() < 0.7:
            d.line([(M + 2 * u, y + 6 * u), (M + 5 * u, y + 10 * u), (M + 11 * u, y + 1 * u)], fill=pen, width=max(2, int(1.5 * u)))
        d.text((M + 20 * u, y + 10 * u), opt, font=fl, fill=(30, 30, 30), anchor='ls')
        y += 22 * u
    y += 20 * u
    d.text((M, y + 14 * u), 'Signed:', font=fl, fill=(30, 30, 30), anchor='ls')
    d.line([(M + 60 * u, y + 16 * u), (M + 260 * u, y + 16 * u)], fill=(120, 120, 120))
    scribble(d, M + 70 * u, y - 6 * u, 150 * u, 20 * u, rng, pen)
    d.text((M + 290 * u, y + 14 * u), 'Date:', font=fl, fill=(30, 30, 30), anchor='ls')
    d.text((M + 330 * u, y + 12 * u), f'{rng.randint(1, 28)}/{rng.randint(1, 12)}/26', font=hand_font, fill=pen, anchor='ls')
    y += 50 * u
    if spec['qr']:
        qs = 120 * u
        kk = rng.randrange(4)
        ph = kid.parent_phone
        if kk == 0:
            payload, lt, kind = f'MECARD:N:{kid.ln},{kid.parent.split()[0]};TEL:{ph};;', ph, 'PHONE'
        elif kk == 1:
            payload = f'BEGIN:VCARD\nVERSION:3.0\nFN:{kid.parent}\nTEL;TYPE=CELL:{ph}\nEND:VCARD'
            lt, kind = ph, 'PHONE'
        elif kk == 2:
            payload, lt, kind = f'mailto:{kid.email}', kid.email, 'EMAIL'
        else:
            payload, lt, kind = f'tel:{ph.replace(" ", "")}', ph.replace(' ', ''), 'PHONE'
        Lr.qr(payload, W - M - qs, min(y, H - M - qs), qs, kind=kind, leak_text=lt)
        d.text((W - M - qs / 2, min(y, H - M - qs) - 4 * u), 'Emergency contact card', font=font('lib', 8 * u), fill=(60, 60, 60), anchor='ms')
    d.text((W / 2, H - M / 2), 'Please return this form to the office by Friday.', font=font('lib_i', 9 * u), fill=(90, 90, 90), anchor='ms')
    return scan_finish(Lr, rng)


# ----------------------------------------------------------------------------- report card / timetable
SUBJECTS = ['English', 'Mathematics', 'Science', 'History', 'Geography', 'Art', 'Music', 'PE', 'Computing', 'French',
            'Religious Ed.', 'Drama', 'Hindi', 'Afrikaans', 'te reo Māori', 'Social Studies']


def report_card(rng, spec):
    kid = Kid(rng)
    Lr, u = page(rng)
    d = Lr.d
    W, H = Lr.W, Lr.H
    budget = spec['budget']
    used = 0
    M = 48 * u
    col = rng.choice(PALETTE)
    tt = rng.random() < 0.4
    fh = font(rng.choice(SERIF_B), 20 * u)
    if used < budget and rng.random() < 0.8:
        Lr.text((W / 2, M), kid.school, fh, col, kind='SCHOOL', anchor='ma')
        used += 1
    else:
        d.text((W / 2, M), 'Student Report', font=fh, fill=col, anchor='ma')
    d.text((W / 2, M + 30 * u), 'Weekly Timetable' if tt else f'End of Term Report · Term {rng.randint(1, 4)} 2026',
           font=font(rng.choice(SERIF), 12 * u), fill=(40, 40, 40), anchor='ma')
    y = M + 60 * u
    fl = font('lib_b', 11 * u)
    fv = font(rng.choice(UI + SERIF), 11 * u)
    info = [('Student', kid.name, 'PERSON'), ('Class', kid.year, 'AGE'),
            ('Teacher', f"{rng.choice(['Mrs', 'Mr', 'Ms'])} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}", 'PERSON'),
            ('Date of birth', kid.dob(0), 'DATE_OF_BIRTH'), ('Report', f'Term {rng.randint(1, 4)}', None)]
    x = M
    for lab, val, kind in info:
        if kind and used >= budget:
            continue
        d.text((x, y), lab + ':', font=fl, fill=(40, 40, 40))
        Lr.text((x + fl.getlength(lab + ': '), y), val, fv, (20, 20, 20), kind=kind)
        used += 1 if kind else 0
        y += 20 * u
    y += 14 * u
    if tt:
        days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
        cw = (W - 2 * M - 60 * u) / 5
        rh = 46 * u
        for i, dd in enumerate(days):
            d.rectangle([M + 60 * u + i * cw, y, M + 60 * u + (i + 1) * cw, y + 24 * u], fill=col)
            d.text((M + 60 * u + (i + 0.5) * cw, y + 12 * u), dd, font=fl, fill=(255, 255, 255), anchor='mm')
        y += 24 * u
        fs = font(rng.choice(UI), 9.5 * u)
        for p in range(7):
            d.text((M + 4 * u, y + rh / 2), f'{8 + p}:{rng.choice(["00", "30"])}', font=fs, fill=(60, 60, 60), anchor='lm')
            for i in range(5):
                x0 = M + 60 * u + i * cw
                d.rectangle([x0, y, x0 + cw, y + rh], outline=(150, 150, 150))
                sub = rng.choice(SUBJECTS)
                d.text((x0 + 5 * u, y + 6 * u), sub, font=fs, fill=(20, 20, 20))
                if used < budget and rng.random() < 0.15:
                    Lr.text((x0 + 5 * u, y + 24 * u), f"{rng.choice(['Mr', 'Ms', 'Mrs'])} {rng.choice(LAST)}", fs, (80, 80, 80), kind='PERSON')
                    used += 1
                else:
                    d.text((x0 + 5 * u, y + 24 * u), f'Rm {rng.randint(1, 30)}', font=fs, fill=(80, 80, 80))
            y += rh
    else:
        fs = font(rng.choice(UI + SERIF), 10 * u)
        for i, h in enumerate(['Subject', 'Effort', 'Attainment', 'Comment']):
            d.text((M + [0, 110, 170, 250][i] * u, y), h, font=fl, fill=col)
        y += 22 * u
        for sub in rng.sample(SUBJECTS, 8):
            d.line([(M, y - 4 * u), (W - M, y - 4 * u)], fill=(200, 200, 200))
            d.text((M, y), sub, font=fs, fill=(20, 20, 20))
            d.text((M + 110 * u, y), rng.choice(['1', '2', '3', 'A', 'B']), font=fs, fill=(20, 20, 20))
            d.text((M + 170 * u, y), rng.choice(['Exceeding', 'Expected', 'Working towards', 'A', 'B+', '7', '6']), font=fs, fill=(20, 20, 20))
            c = rng.choice(['works hard and listens well.', 'should practise times tables.', 'is a keen reader.',
                            'contributes thoughtfully.', 'needs to focus in lessons.'])
            if used < budget and rng.random() < 0.35:
                Lr.rich(M + 250 * u, y + fs.size * 0.8, [(kid.fn, 'PERSON'), (' ' + c, None)], fs, (20, 20, 20))
                used += 1
            else:
                d.text((M + 250 * u, y), 'Pupil ' + c, font=fs, fill=(20, 20, 20))
            y += 26 * u
        y += 20 * u
        d.text((M, y), 'Attendance: ' + f'{rng.randint(88, 100)}%   Days absent: {rng.randint(0, 9)}', font=fs, fill=(20, 20, 20))
        y += 40 * u
        d.text((M, y), 'Principal:', font=fl, fill=(20, 20, 20))
        scribble(d, M + 70 * u, y - 6 * u, 120 * u, 20 * u, rng, ink(rng))
    return scan_finish(Lr, rng)


def yearbook(rng, spec):
    kid = Kid(rng)
    Lr, u = page(rng)
    d = Lr.d
    W, H = Lr.W, Lr.H
    budget = spec['budget']
    used = 0
    M = 40 * u
    col = rng.choice(PALETTE)
    d.rectangle([0, 0, W, 90 * u], fill=col)
    fh = font(rng.choice(['fserif_bi', 'lserif_b', 'sans_b', 'free_bo']), 26 * u)
    if budget >= 2 and rng.random() < 0.6:
        Lr.text((M, 28 * u), kid.school, fh, (255, 255, 255), kind='SCHOOL')
        used += 1
    else:
        d.text((M, 28 * u), 'Memories 2026', font=fh, fill=(255, 255, 255))
    d.text((W - M, 62 * u), f'Class of {2026 + rng.randint(0, 3)}', font=font('lib_i', 14 * u), fill=(255, 255, 255), anchor='ra')
    n = max(1, budget - used)
    n = min(n, 8)
    ntiles = max(n, 6)
    cols = 3 if ntiles <= 6 else 4
    tw = (W - 2 * M) / cols
    th = tw * 1.45
    fname = font(rng.choice(UI_B + SERIF_B), 11 * u)
    fq = font(rng.choice(HAND + ['lib_i']), 9 * u)
    names = [kid.name] + [f'{rng.choice(FIRST)} {rng.choice(LAST)}' for _ in range(ntiles)]
    for i in range(ntiles):
        r, c = divmod(i, cols)
        x0, y0 = M + c * tw, 110 * u + r * th
        if y0 + th > H - M:
            break
        bgc = tuple(int(v * 0.3 + 170) for v in rng.choice(PALETTE))
        d.rectangle([x0 + 8 * u, y0, x0 + tw - 8 * u, y0 + tw - 16 * u], fill=bgc, outline=(255, 255, 255), width=int(3 * u))
        # placeholder camera icon (no faces)
        cx, cy = x0 + tw / 2, y0 + (tw - 16 * u) / 2
        d.rounded_rectangle([cx - 22 * u, cy - 14 * u, cx + 22 * u, cy + 16 * u], radius=4 * u, fill=(255, 255, 255))
        d.ellipse([cx - 9 * u, cy - 8 * u, cx + 9 * u, cy + 10 * u], fill=bgc)
        ny = y0 + tw - 6 * u
        if i < n and used < budget:
            Lr.text((cx, ny), names[i], fname, (20, 20, 20), kind='PERSON', anchor='ma')
            used += 1
        else:
            d.text((cx, ny), 'Not pictured', font=fname, fill=(120, 120, 120), anchor='ma')
        if i < n and used < budget and rng.random() < 0.3 and names[i] in [t['text'] for t in Lr.leaks]:
            from common import handle_for
            Lr.text((cx, ny + 20 * u), '@' + handle_for(rng, names[i].split()[0], names[i].split()[-1]), fq, (70, 70, 70), kind='HANDLE', anchor='ma')
            used += 1
            continue
        d.text((cx, ny + 20 * u), rng.choice(['"Never give up"', 'Most likely to be famous', 'Best laugh', '"Dream big"',
                                              'Future vet', 'Class clown', 'Loves football']), font=fq, fill=(70, 70, 70), anchor='ma')
    return scan_finish(Lr, rng)


# ----------------------------------------------------------------------------- clean
def clean_worksheet(rng, spec):
    Lr, u = page(rng)
    d = Lr.d
    W, H = Lr.W, Lr.H
    M = 50 * u
    fl = font(rng.choice(UI + SERIF), 11 * u)
    topic = rng.choice(['Fractions', 'Times Tables', 'Long Division', 'The Tudors Quiz', 'Solar System Quiz', 'Spelling Test',
                        'Telling the Time', 'World Capitals'])
    d.text((W / 2, M), f'Worksheet: {topic}', font=font(rng.choice(UI_B + SERIF_B), 20 * u), fill=(20, 20, 20), anchor='ma')
    d.text((M, M + 40 * u), 'Name: ______________________    Class: ________    Date: ___________', font=fl, fill=(20, 20, 20))
    y = M + 80 * u
    for q in range(1, 13):
        if topic in ('Fractions', 'Times Tables', 'Long Division', 'Telling the Time'):
            a, b = rng.randint(2, 12), rng.randint(2, 12)
            txt = rng.choice([f'{a} x {b} = ____', f'{a * b} ÷ {b} = ____', f'{a}/{a + b} + 1/{a + b} = ____',
                              f'What time is {a}:{rng.choice(["15", "30", "45"])} plus {b} minutes?'])
        else:
            txt = rng.choice(['In which year did the Battle of Hastings take place? (1066)',
                              'Which planet is closest to the Sun?', 'Who wrote "Romeo and Juliet"?',
                              'What is the capital of Australia?', 'Henry VIII had how many wives?',
                              'On 20 July 1969 who first walked on the Moon?', 'Spell: necessary, rhythm, separate',
                              'What is the capital of Canada?', 'Queen Elizabeth I reigned from 1558 to ____'])
        d.text((M, y), f'{q}.  {txt}', font=fl, fill=(20, 20, 20))
        y += 34 * u
        if y > H - 120 * u:
            break
    d.text((W / 2, H - 70 * u), rng.choice(['"Mistakes are proof that you are trying."', 'Total: ____ / 12', 'Great work! Keep going!']),
           font=font('lib_i', 12 * u), fill=(60, 60, 60), anchor='ma')
    return scan_finish(Lr, rng)
