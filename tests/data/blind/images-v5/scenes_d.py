"""Scenes D: school papers, forms, whiteboards, calendars, notes and personal QR codes (leaky)."""
from common import (Surface, font, fit_font, mix, done, registry, paper, HAND_FONTS, UI_FONTS, status_bar)
from people import MONTHS
from scenes_c import photo_bg, place, obj_size, hand_lines

SCENES = []
sc = registry(SCENES)
INKS = [(20, 30, 120), (25, 25, 25), (10, 60, 150), (120, 20, 90), (30, 90, 40)]


def sheet(ctx, s, ratio=1.414, frac=0.6, lined=False, grid=False, base=None):
    w, h = obj_size(s, frac, ratio)
    lay = paper(w, h, ctx.nrng, base=base or ctx.pick([(252, 251, 246), (248, 248, 248), (250, 246, 232)]),
                lined=lined, grid=grid, spacing=int(h / 30))
    return lay, w, h, w / 1000


def field_row(lay, x, y, label, value, kind, k, rng, hand=True, fname=None, ink=(20, 30, 120), lw=None,
              size=34, lfont='sans'):
    """Printed label + underline + value (handwritten or typed). Returns next y."""
    fl = font(lfont, size * k)
    lay.text((x, y), label, fl, (40, 40, 40), anchor='ls')
    vx = x + fl.getlength(label) + 14 * k
    end = lw or (lay.w - 60 * k)
    lay.line([(vx, y + 8 * k), (end, y + 8 * k)], (120, 120, 120), max(1, int(2 * k)))
    if value:
        maxw = end - vx - 10 * k
        if hand:
            fname = fname or rng.choice(HAND_FONTS)
            sz = size * 1.25 * k
            tw_ = font(fname, sz).getlength(value) * 1.12
            if tw_ > maxw:
                sz *= maxw / tw_
            lay.hand((vx + 6 * k, y - 2 * k), value, sz, ink, rng, kind=kind, fname=fname, jitter=0.05)
        else:
            fv = fit_font(value, 'mono', size * k, maxw)
            lay.text((vx + 6 * k, y), value, fv, (10, 10, 10), kind=kind, anchor='ls')
    return y + size * 2.1 * k


# ---------------------------------------------------------------------------------------- forms
def consent_form(ctx, hand=True):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'concrete']), portrait=True if rng.random() < .6 else None)
    lay, w, h, k = sheet(ctx, s, frac=0.62)
    sch = P.school()
    f = fit_font(sch, 'serif_b', 48 * k, w - 120 * k)
    lay.ctext(w / 2, 60 * k, sch, f, (20, 40, 90), kind='SCHOOL')
    trip = ctx.pick(['Trip to the Science Museum', 'Year group residential', 'Swimming lessons', 'Visit to the farm'])
    lay.ctext(w / 2, 60 * k + f.size * 1.5, 'PERMISSION SLIP - ' + trip, fit_font('PERMISSION SLIP - ' + trip, 'sans_b', 34 * k, w - 120 * k), (20, 20, 20))
    y = 230 * k
    para = ('I give permission for my child to attend the trip on %s. Please return this slip with payment '
            'to the class teacher by Friday.' % P.date_str())
    y += lay.para(60 * k, y, [(para, None)], font('serif', 28 * k), (50, 50, 50), w - 120 * k) + 70 * k
    ink = ctx.pick(INKS)
    fn = ctx.pick(HAND_FONTS)
    first, last = P.kid(), P.surname()
    parent = '%s %s' % (P.adult(), last)
    disp = P.mobile()[0]
    rows = [("Child's name:", '%s %s' % (first, last), 'PERSON'), ('Class:', P.grade(), None),
            ('Date of birth:', P.dob(), 'DATE_OF_BIRTH'), ('Parent/Guardian:', parent, 'PERSON'),
            ('Emergency contact no:', disp, 'PHONE'), ('Home address:', P.street_addr(), 'ADDRESS'),
            ('Medical needs / allergies:', ctx.pick(['peanuts', 'none', 'asthma - inhaler in bag', 'hay fever']), None)]
    for lab, val, kd in rows:
        y = field_row(lay, 60 * k, y, lab, val, kd, k, rng, hand=hand, fname=fn, ink=ink)
    y += 20 * k
    lay.text((60 * k, y), 'Signed:', font('sans', 34 * k), (40, 40, 40), anchor='ls')
    if hand:
        lay.hand((220 * k, y), parent.split()[0][0] + '. ' + last, 50 * k, ink, rng, kind='PERSON', fname='fserif_i', slope=-0.03)
    else:
        lay.text((220 * k, y), parent, font('mono', 34 * k), (10, 10, 10), kind='PERSON', anchor='ls')
    place(ctx, s, lay, 10 if hand else 6)
    return s


@sc()
def permission_slip_handwritten(ctx):
    return done(ctx, consent_form(ctx, True), 'trip permission slip filled in by hand', photo=True)


@sc()
def permission_slip_typed(ctx):
    return done(ctx, consent_form(ctx, False), 'trip permission slip typed in', photo=True)


@sc()
def club_signup_form(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']))
    lay, w, h, k = sheet(ctx, s, frac=0.55)
    club = P.club()
    lay.rect([0, 0, w, 150 * k], fill=ctx.pick([(30, 90, 170), (200, 60, 40), (40, 140, 80)]))
    f = fit_font(club, 'sans_b', 54 * k, w - 100 * k)
    lay.ctext(w / 2, 40 * k, club, f, (255, 255, 255), kind='ORG')
    lay.ctext(w / 2, 190 * k, 'MEMBERSHIP REGISTRATION 2025/26', font('sans_b', 34 * k), (30, 30, 30))
    ink = ctx.pick(INKS)
    fn = ctx.pick(HAND_FONTS)
    first, last = P.kid(), P.surname()
    age = P.age()
    rows = [('First name:', first, 'PERSON'), ('Surname:', last, 'PERSON'), ('Age:', str(age), 'AGE'),
            ('Date of birth:', P.dob(age), 'DATE_OF_BIRTH'), ('School:', P.school(), 'SCHOOL')]
    y = 300 * k
    for lab, val, kd in rows:
        y = field_row(lay, 60 * k, y, lab, val, kd, k, rng, fname=fn, ink=ink)
    for i, ln in enumerate(P.address_lines()[:3]):
        y = field_row(lay, 60 * k, y, 'Address:' if i == 0 else '', ln, 'ADDRESS', k, rng, fname=fn, ink=ink)
    y = field_row(lay, 60 * k, y, "Parent's mobile:", P.mobile()[0], 'PHONE', k, rng, fname=fn, ink=ink)
    y = field_row(lay, 60 * k, y, 'Email:', P.email(P.adult(), last), 'EMAIL', k, rng, fname=fn, ink=ink)
    lay.text((60 * k, y + 20 * k), 'Photo consent:  YES [x]   NO [ ]', font('sans', 32 * k), (40, 40, 40), anchor='ls')
    place(ctx, s, lay, 12)
    return done(ctx, s, 'handwritten club sign-up form with full details', photo=True)


@sc()
def emergency_contact_card(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['fabric', 'wood']))
    w, h = obj_size(s, 0.55, 0.62)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=(255, 250, 215))
    lay.rect([0, 0, w, 110 * k], fill=(220, 40, 40))
    lay.ctext(w / 2, 28 * k, 'IN CASE OF EMERGENCY', font('sans_b', 50 * k), (255, 255, 255))
    ink = ctx.pick(INKS)
    fn = ctx.pick(HAND_FONTS)
    y = 200 * k
    for lab, val, kd in [('Name:', P.kid_full(), 'PERSON'), ('Mum:', P.mobile()[0], 'PHONE'), ('Dad:', P.mobile()[0], 'PHONE'),
                         ('Lives at:', P.street_addr(), 'ADDRESS'), ('Allergies:', 'penicillin', None)]:
        y = field_row(lay, 50 * k, y, lab, val, kd, k, rng, fname=fn, ink=ink, size=40)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'emergency contact card for school bag', photo=True)


# ---------------------------------------------------------------------------------------- school papers
@sc()
def class_timetable(ctx):
    P, rng = ctx.P, ctx.rng
    shot = rng.random() < .4
    if shot:
        W, H = ctx.shot_size(landscape=True)
        s = Surface(W, H, (255, 255, 255))
        lay, w, h, k = s, W, H, W / 1400
    else:
        s = photo_bg(ctx, ctx.pick(['wood', 'concrete', 'busy']), portrait=False)
        lay, w, h, k = sheet(ctx, s, ratio=0.707, frac=0.75)
    first, last = P.kid(), P.surname()
    cls = P.grade()
    sch = P.school()
    ft = font('sans_b', 36 * k)
    head = [('Timetable - ', None), ('%s %s' % (first, last), 'PERSON'), ('  (%s)' % cls, None)]
    lay.rich((40 * k, 24 * k), head, ft, (20, 20, 20))
    lay.text((40 * k, 76 * k), sch, fit_font(sch, 'sans', 26 * k, w * 0.8), (80, 80, 80), kind='SCHOOL')
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
    subs = ['Maths', 'English', 'Science', 'PE', 'Art', 'Music', 'History', 'Geography', 'Reading', 'Computing', 'French', 'Spelling']
    periods = ['8:50', '9:45', '10:50', '11:45', '13:15', '14:10']
    x0, y0 = 40 * k, 130 * k
    cw, ch = (w - 80 * k - 120 * k) / 5, (h - y0 - 40 * k) / (len(periods) + 1)
    cols = [(255, 230, 230), (230, 240, 255), (230, 255, 235), (255, 248, 220), (240, 230, 255)]
    fc = font('sans', min(24 * k, ch * 0.3))
    teachers = ['%s %s' % (rng.choice(['Mrs', 'Mr', 'Ms']), P.surname()) for _ in range(3)]
    for j, d in enumerate(days):
        lay.ctext(x0 + 120 * k + (j + 0.5) * cw, y0 + ch * 0.3, d, font('sans_b', min(26 * k, ch * 0.35)), (20, 20, 20))
    for i, p in enumerate(periods):
        y = y0 + (i + 1) * ch
        lay.text((x0, y + ch * 0.35), p, fc, (60, 60, 60))
        for j in range(5):
            x = x0 + 120 * k + j * cw
            lay.rect([x + 2, y + 2, x + cw - 2, y + ch - 2], fill=cols[j], outline=(180, 180, 180))
            sub = rng.choice(subs)
            lay.ctext(x + cw / 2, y + ch * 0.18, sub, fc, (30, 30, 30))
            if rng.random() < .18:
                t = rng.choice(teachers)
                lay.ctext(x + cw / 2, y + ch * 0.55, t, fit_font(t, 'sans', min(20 * k, ch * 0.25), cw - 10), (90, 90, 90), kind='PERSON')
    if not shot:
        place(ctx, s, lay, 8)
    return done(ctx, s, 'class timetable with pupil name, school and teachers', photo=not shot)


@sc()
def school_report(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']), portrait=True)
    lay, w, h, k = sheet(ctx, s, frac=0.7)
    sch = P.school()
    lay.ctext(w / 2, 50 * k, sch, fit_font(sch, 'serif_b', 50 * k, w - 100 * k), (20, 40, 90), kind='SCHOOL')
    lay.ctext(w / 2, 120 * k, 'End of Year Report 2024-25', font('serif', 34 * k), (30, 30, 30))
    first, last = P.kid(), P.surname()
    rows = [('Pupil:', '%s %s' % (first, last), 'PERSON'), ('Class:', P.grade(), None), ('Date of birth:', P.dob(), 'DATE_OF_BIRTH'),
            ('Attendance:', '%d.%d%%' % (rng.randint(88, 99), rng.randint(0, 9)), None)]
    y = 220 * k
    for lab, val, kd in rows:
        y = field_row(lay, 60 * k, y, lab, val, kd, k, rng, hand=False, size=30, lfont='serif')
    y += 10 * k
    for subj in ['English', 'Maths', 'Science', 'PE', 'Art']:
        lay.rect([60 * k, y, w - 60 * k, y + 56 * k], outline=(150, 150, 150))
        lay.text((80 * k, y + 28 * k), subj, font('serif_b', 28 * k), (30, 30, 30), anchor='lm')
        lay.text((w - 80 * k, y + 28 * k), rng.choice(['Exceeding', 'Expected', 'Working towards', 'Greater depth']),
                 font('serif', 28 * k), (30, 30, 30), anchor='rm')
        y += 56 * k
    y += 40 * k
    lay.text((60 * k, y), 'Teacher comment', font('serif_b', 30 * k), (30, 30, 30))
    y += 50 * k
    com = [(first, 'PERSON'), (' has had a wonderful year and is a kind friend. ', None), (first, 'PERSON'),
           (' should keep reading every night and practise times tables.', None)]
    y += lay.para(60 * k, y, com, font('serif_i', 28 * k), (40, 40, 40), w - 120 * k) + 30 * k
    t = '%s %s' % (rng.choice(['Mrs', 'Mr', 'Ms']), P.surname())
    lay.rich((60 * k, y), [('Class teacher: ', None), (t, 'PERSON')], font('serif', 28 * k), (30, 30, 30))
    place(ctx, s, lay, 6)
    return done(ctx, s, 'school report with pupil name, DOB, teacher comment', photo=True)


@sc()
def homework_sheet(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'busy']))
    lay, w, h, k = sheet(ctx, s, frac=0.6)
    ink = ctx.pick([(60, 60, 60), (20, 30, 120)])
    fn = ctx.pick(HAND_FONTS)
    y = 90 * k
    y = field_row(lay, 50 * k, y, 'Name:', P.kid_full(), 'PERSON', k, rng, fname=fn, ink=ink, lw=w * 0.6)
    field_row(lay, w * 0.62, 90 * k, 'Date:', '%d/%d' % (rng.randint(1, 28), rng.randint(1, 12)), None, k, rng, fname=fn, ink=ink)
    y = field_row(lay, 50 * k, y, 'Class:', P.grade(), None, k, rng, fname=fn, ink=ink, lw=w * 0.45)
    lay.ctext(w / 2, y + 10 * k, 'Fractions homework', font('sans_b', 44 * k), (20, 20, 20))
    y += 110 * k
    for i in range(8):
        a, b = rng.randint(1, 9), rng.randint(2, 12)
        q = '%d.  %d/%d of %d = ' % (i + 1, a, b, b * rng.randint(2, 9))
        lay.text((70 * k, y), q, font('sans', 36 * k), (30, 30, 30), anchor='ls')
        lay.hand((70 * k + font('sans', 36 * k).getlength(q) + 10 * k, y), str(rng.randint(2, 60)), 44 * k, ink, rng, fname=fn)
        y += 80 * k
    y += 20 * k
    lay.text((50 * k, y), 'Parent signature:', font('sans', 30 * k), (30, 30, 30), anchor='ls')
    lay.hand((330 * k, y), P.adult() + ' ' + P.surname(), 40 * k, (20, 20, 20), rng, kind='PERSON', fname='fserif_i')
    place(ctx, s, lay, 12)
    return done(ctx, s, 'maths homework sheet with pupil name and parent signature', photo=True)


@sc()
def exercise_book_cover(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']))
    w, h = obj_size(s, 0.45, 1.35)
    k = w / 1000
    col = ctx.pick([(40, 90, 170), (200, 50, 60), (40, 140, 80), (230, 170, 30), (130, 60, 160)])
    lay = Surface(w, h, col)
    lay.rect([0, 0, 30 * k, h], fill=mix(col, (0, 0, 0), 0.3))
    bx0, by0 = 110 * k, 180 * k
    lay.rect([bx0, by0, w - 80 * k, by0 + 640 * k], fill=(255, 255, 255), outline=(20, 20, 20), width=int(4 * k))
    ink = ctx.pick(INKS)
    fn = ctx.pick(HAND_FONTS)
    y = by0 + 110 * k
    sch = P.school()
    for lab, val, kd in [('Name', P.kid_full(), 'PERSON'), ('Subject', ctx.pick(['Maths', 'English', 'Topic', 'Science']), None),
                         ('Class', P.grade(), None), ('School', sch, 'SCHOOL'), ('Teacher', '%s %s' % (ctx.pick(['Mrs', 'Mr', 'Miss']), P.surname()), 'PERSON')]:
        y = field_row(lay, bx0 + 30 * k, y, lab, val, kd, k, rng, fname=fn, ink=ink, lw=w - 110 * k, size=36)
        y += 10 * k
    lay.ctext(w / 2 + 15 * k, h - 200 * k, 'EXERCISE BOOK', font('sans_b', 56 * k), (255, 255, 255))
    lay.ctext(w / 2 + 15 * k, h - 120 * k, '8mm ruled with margin  -  48 pages', font('sans', 28 * k), (255, 255, 255))
    place(ctx, s, lay, 15)
    return done(ctx, s, 'exercise book cover with handwritten name, school, teacher', photo=True)


@sc()
def bookplate(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'plain', base=(235, 228, 210), amp=5)
    W, H = s.w, s.h
    w, h = obj_size(s, 0.55, 0.7)
    k = w / 1000
    lay = Surface(w, h, (255, 255, 250))
    lay.rect([20 * k, 20 * k, w - 20 * k, h - 20 * k], outline=(120, 80, 40), width=int(8 * k))
    lay.ctext(w / 2, 80 * k, 'This book belongs to', font('serif_i', 64 * k), (120, 80, 40))
    fn = ctx.pick(HAND_FONTS)
    nm = P.kid_full()
    sz = min(100 * k, (w - 160 * k) / max(1, font(fn, 100 * k).getlength(nm)) * 100 * k * 0.9)
    lay.hand((80 * k, 330 * k), nm, sz, ctx.pick(INKS), rng, kind='PERSON', fname=fn)
    g = P.grade()
    lay.hand((80 * k, 480 * k), g, 70 * k, ctx.pick(INKS), rng, fname=fn)
    t = P.town()
    lay.hand((80 * k, 600 * k), t, 70 * k * min(1, (w - 200 * k) / max(1, font(fn, 70 * k).getlength(t) * 1.1)), ctx.pick(INKS), rng, kind='LOCATION', fname=fn)
    place(ctx, s, lay, 6)
    return done(ctx, s, 'bookplate sticker with handwritten name and town', photo=True)


@sc()
def all_about_me_poster(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['brick', 'concrete', 'plain']), portrait=False)
    lay, w, h, k = sheet(ctx, s, ratio=0.707, frac=0.72, base=ctx.pick([(255, 250, 210), (220, 240, 255), (255, 225, 235)]))
    lay.ctext(w / 2, 30 * k, 'ALL ABOUT ME!', font('sans_b', 80 * k), ctx.pick([(220, 40, 90), (30, 90, 200)]))
    fn = ctx.pick(HAND_FONTS)
    first, last = P.kid(), P.surname()
    age = P.age()
    items = [[('My name is ', None), ('%s %s' % (first, last), 'PERSON')], [('I am ', None), ('%d years old' % age, 'AGE')],
             [('My birthday is ', None), (P.dob(age), 'DATE_OF_BIRTH')], [('I live at ', None), (P.street_addr(), 'ADDRESS')],
             [('I go to ', None), (P.school(), 'SCHOOL')], [('I like pizza and dogs', None)]]
    y = 200 * k
    ink = ctx.pick(INKS)
    colx = w * 0.38
    lay.rect([50 * k, 180 * k, colx - 40 * k, 600 * k], outline=(60, 60, 60), width=int(4 * k))
    lay.person_figure([100 * k, 240 * k, colx - 90 * k, 590 * k], (230, 80, 80), (240, 200, 170))
    for segs in items:
        x = colx
        sz = 44 * k
        total = sum(font(fn, sz).getlength(t) for t, _ in segs) * 1.12
        if total > w - colx - 40 * k:
            sz *= (w - colx - 40 * k) / total
        for t, kd in segs:
            bb = lay.hand((x, y), t.rstrip(' '), sz, ink, rng, kind=kd, fname=fn)
            x = bb[2] + sz * 0.35
        y += 90 * k
    place(ctx, s, lay, 8)
    return done(ctx, s, '"all about me" classroom poster with age, birthday, address, school', photo=True)


@sc()
def my_family_drawing(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain']))
    lay, w, h, k = sheet(ctx, s, ratio=0.707, frac=0.7)
    fn = ctx.pick(HAND_FONTS)
    lay.hand((60 * k, 90 * k), 'My Family', 80 * k, (200, 40, 40), rng, fname=fn, thick=True)
    names = [P.adult(), P.adult(), P.kid(), P.kid()]
    for i, nm in enumerate(names):
        cx = w * (0.14 + i * 0.24)
        lay.person_figure([cx - 70 * k, 200 * k, cx + 70 * k, 480 * k], ctx.pick([(200, 60, 60), (60, 90, 200), (90, 170, 90)]), (240, 200, 170))
        lay.hand((cx - 60 * k, 550 * k), nm, 46 * k, (40, 40, 40), rng, kind='PERSON', fname=fn)
    segs = [('we live at ', None), (P.street_addr(), 'ADDRESS')]
    x = 60 * k
    for t, kd in segs:
        bb = lay.hand((x, 640 * k), t.rstrip(), 44 * k, (30, 30, 120), rng, kind=kd, fname=fn)
        x = bb[2] + 16 * k
    x = 60 * k
    for t, kd in [('by', None), (P.kid(), 'PERSON'), ('age %d' % P.age(), 'AGE')]:
        bb = lay.hand((x, 700 * k), t, 40 * k, (30, 30, 120), rng, kind=kd, fname=fn)
        x = bb[2] + 14 * k
    place(ctx, s, lay, 12)
    return done(ctx, s, "child's drawing of family with names and address", photo=True)


@sc()
def classroom_whiteboard(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['concrete', 'plain']), base=(200, 195, 185), portrait=False)
    W, H = s.w, s.h
    x0, y0, x1, y1 = W * 0.06, H * 0.08, W * 0.94, H * 0.86
    s.rect([x0 - W * 0.01, y0 - W * 0.01, x1 + W * 0.01, y1 + W * 0.01], fill=(170, 170, 175))
    s.rect([x0, y0, x1, y1], fill=(246, 247, 245))
    s.rect([x0, y1 + W * 0.01, x1, y1 + W * 0.025], fill=(140, 140, 145))
    k = (x1 - x0) / 1000
    wb = Surface(int(x1 - x0), int(y1 - y0), (0, 0, 0, 0))
    fn = ctx.pick(['fsans_i', 'cond_i', 'sans_i', 'lsans_i'])
    blue, red, green, black = (30, 60, 170), (200, 40, 40), (30, 130, 60), (30, 30, 30)
    y = 70 * k
    grade = P.grade()
    wb.hand((40 * k, y), 'Welcome back %s!' % grade, 56 * k, blue, rng, fname=fn, thick=True)
    y += 90 * k
    t = '%s %s' % (rng.choice(['Mrs', 'Mr', 'Miss']), P.surname())
    bb = wb.hand((40 * k, y), 'Teacher:', 40 * k, black, rng, fname=fn)
    wb.hand((bb[2] + 20 * k, y), t, 40 * k, black, rng, kind='PERSON', fname=fn)
    y += 80 * k
    bb = wb.hand((40 * k, y), 'Helpers today:', 40 * k, green, rng, fname=fn)
    x = bb[2] + 20 * k
    for _ in range(2):
        bb = wb.hand((x, y), P.kid_full(), 40 * k, green, rng, kind='PERSON', fname=fn)
        x = bb[2] + 30 * k
    y += 80 * k
    bb = wb.hand((40 * k, y), 'Happy birthday', 40 * k, red, rng, fname=fn)
    bb = wb.hand((bb[2] + 20 * k, y), P.kid(), 40 * k, red, rng, kind='PERSON', fname=fn)
    bb = wb.hand((bb[2] + 20 * k, y), '-', 40 * k, red, rng, fname=fn)
    wb.hand((bb[2] + 20 * k, y), '%d today!' % P.age(), 40 * k, red, rng, kind='AGE', fname=fn)
    y += 80 * k
    wb.hand((40 * k, y), 'Trip on Friday - bring packed lunch', 36 * k, black, rng, fname=fn)
    y += 70 * k
    for i in range(3):
        wb.hand((720 * k, wb.h - 170 * k + i * 55 * k), '%d x %d = %d' % (i + 6, 7, (i + 6) * 7), 38 * k, blue, rng, fname=fn)
    sch = P.school()
    if y + 60 * k < wb.h:
        wb.hand((40 * k, min(wb.h - 20 * k, y + 20 * k)), sch, 34 * k * min(1, 900 * k / max(1, font(fn, 34 * k).getlength(sch) * 1.1)), blue,
                rng, kind='SCHOOL', fname=fn)
    s.paste_layer(wb, ((x0 + x1) / 2, (y0 + y1) / 2))
    return done(ctx, s, 'classroom whiteboard with pupil names, birthday age, school', photo=True)


@sc()
def class_list_noticeboard(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, 'plain', base=(170, 130, 90), amp=20, scale=20)
    lay, w, h, k = sheet(ctx, s, frac=0.5)
    cls = P.grade()
    lay.ctext(w / 2, 60 * k, '%s - Class list' % cls, font('sans_b', 52 * k), (20, 20, 20))
    sch = P.school()
    lay.ctext(w / 2, 140 * k, sch, fit_font(sch, 'sans', 34 * k, w - 100 * k), (60, 60, 60), kind='SCHOOL')
    y = 230 * k
    seen = set()
    i = 0
    while y < h - 80 * k and i < 14:
        nm = P.kid_full()
        if nm in seen:
            continue
        seen.add(nm)
        i += 1
        lay.rich((90 * k, y), [('%2d.  ' % i, None), (nm, 'PERSON')], font('sans', 34 * k), (30, 30, 30))
        y += 56 * k
    place(ctx, s, lay, 5)
    s.circle(s.w / 2, s.h * 0.1 + 10, s.w * 0.008, fill=(220, 30, 30))
    return done(ctx, s, 'class list pinned on noticeboard', photo=True)


@sc()
def sports_day_results(ctx):
    P, rng = ctx.P, ctx.rng
    shot = rng.random() < .5
    W, H = ctx.shot_size() if shot else ctx.photo_size(big=False)
    s = Surface(W, H, (255, 255, 255))
    k = W / 1000
    sch = P.school()
    s.ctext(W / 2, 40 * k, 'Sports Day Results', font('sans_b', 60 * k), (20, 80, 160))
    s.ctext(W / 2, 120 * k, sch, fit_font(sch, 'sans', 40 * k, W - 80 * k), (60, 60, 60), kind='SCHOOL')
    y = 220 * k
    fr = font('sans', 34 * k)
    for ev in ['60m sprint', 'Egg and spoon', 'Long jump', 'Sack race']:
        s.text((50 * k, y), ev, font('sans_b', 38 * k), (30, 30, 30))
        y += 60 * k
        for pos in ['1st', '2nd', '3rd']:
            if y > H - 60 * k:
                break
            s.rich((90 * k, y), [(pos + '  ', None), (P.kid_full(), 'PERSON'), (' (age ', None), (str(P.age()), 'AGE'), (')', None)],
                   fit_font('1st  Xxxxxxxxx Xxxxxxxxxxxxxxx (age 10)', 'sans', 34 * k, W - 140 * k), (50, 50, 50))
            y += 50 * k
        y += 20 * k
        if y > H - 120 * k:
            break
    return done(ctx, s, 'sports day results list with names and ages')


@sc()
def reading_log(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric']))
    lay, w, h, k = sheet(ctx, s, ratio=0.75, frac=0.65)
    fn = ctx.pick(HAND_FONTS)
    ink = ctx.pick(INKS)
    lay.ctext(w / 2, 40 * k, 'Home Reading Record', font('sans_b', 50 * k), (20, 20, 20))
    y = 160 * k
    y = field_row(lay, 50 * k, y, 'Name:', P.kid_full(), 'PERSON', k, rng, fname=fn, ink=ink)
    y = field_row(lay, 50 * k, y, 'School:', P.school(), 'SCHOOL', k, rng, fname=fn, ink=ink)
    heads = ['Date', 'Book', 'Pages', 'Adult comment']
    xs = [50 * k, 220 * k, 560 * k, 680 * k, w - 50 * k]
    for i, hd in enumerate(heads):
        lay.text((xs[i] + 10 * k, y), hd, font('sans_b', 28 * k), (30, 30, 30))
    y += 44 * k
    for r in range(5):
        if y + 70 * k > h:
            break
        lay.rect([xs[0], y, xs[-1], y + 64 * k], outline=(130, 130, 130))
        lay.hand((xs[0] + 10 * k, y + 46 * k), '%d/%d' % (rng.randint(1, 28), rng.randint(1, 12)), 32 * k, ink, rng, fname=fn)
        lay.hand((xs[1] + 10 * k, y + 46 * k), ctx.pick(['Dog Man', 'The Twits', 'Wonder', 'Matilda', 'Holes']), 32 * k, ink, rng, fname=fn)
        lay.hand((xs[2] + 10 * k, y + 46 * k), str(rng.randint(5, 40)), 32 * k, ink, rng, fname=fn)
        lay.hand((xs[3] + 10 * k, y + 46 * k), ctx.pick(['read well!', 'good', 'tired today', 'great']), 30 * k, ink, rng, fname=fn)
        y += 64 * k
    place(ctx, s, lay, 10)
    return done(ctx, s, 'home reading record with name and school', photo=True)


@sc()
def penpal_letter(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'plain']), portrait=True)
    lay, w, h, k = sheet(ctx, s, frac=0.66, lined=True)
    fn = ctx.pick(HAND_FONTS)
    ink = ctx.pick(INKS)
    sp = h / 30
    y = sp * 2 - 6 * k
    for ln in P.address_lines():
        sz = min(34 * k, (w * 0.45) / max(1, font(fn, 34 * k).getlength(ln) * 1.1) * 34 * k)
        lay.hand((w * 0.5, y), ln, sz, ink, rng, kind='ADDRESS', fname=fn)
        y += sp
    lay.hand((w * 0.5, y), P.date_str() + ' 2025', 32 * k, ink, rng, fname=fn)
    y += sp * 2
    bb = lay.hand((sp * 2.6, y), 'Dear', 40 * k, ink, rng, fname=fn)
    bb = lay.hand((bb[2] + 12 * k, y), P.kid(), 40 * k, ink, rng, kind='PERSON', fname=fn)
    lay.hand((bb[2] + 2 * k, y), ',', 40 * k, ink, rng, fname=fn)
    y += sp
    age = P.age()
    body = [[('My name is ', None), (P.kid_full(), 'PERSON')], [('and I am ', None), ('%d years old' % age, 'AGE'), ('.', None)],
            [('I go to ', None), (P.school(), 'SCHOOL')], [('My phone number is ', None), (P.mobile()[0], 'PHONE')],
            [('please write back soon!', None)]]
    for segs in body:
        x = sp * 2.6
        total = sum(font(fn, 36 * k).getlength(t) for t, _ in segs) * 1.12
        sz = 36 * k * min(1, (w - x - 40 * k) / max(1, total))
        for t, kd in segs:
            bb = lay.hand((x, y), t.rstrip(' '), sz, ink, rng, kind=kd, fname=fn)
            x = bb[2] + sz * 0.33
        y += sp
    place(ctx, s, lay, 8)
    return done(ctx, s, 'handwritten pen-pal letter with address, age, school, phone', photo=True)


@sc()
def sticky_note_number(ctx):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'plain', 'concrete']), big=rng.random() < .7)
    w = h = int(min(s.w, s.h) * 0.55)
    k = w / 1000
    lay = Surface(w, h, ctx.pick([(255, 240, 120), (255, 180, 210), (180, 240, 255), (200, 255, 170)]))
    fn = ctx.pick(HAND_FONTS)
    first = P.kid()
    ink = ctx.pick(INKS)
    bb = lay.hand((60 * k, 200 * k), first, 110 * k, ink, rng, kind='PERSON', fname=fn)
    lay.hand((bb[2] + 4 * k, 200 * k), "'s", 110 * k, ink, rng, fname=fn)
    lay.hand((60 * k, 360 * k), 'new number:', 90 * k, ink, rng, fname=fn)
    ph = P.mobile()[0]
    sz = min(110 * k, (w - 120 * k) / max(1, font(fn, 110 * k).getlength(ph) * 1.12) * 110 * k)
    lay.hand((60 * k, 560 * k), ph, sz, ink, rng, kind='PHONE', fname=fn, thick=True)
    lay.hand((60 * k, 760 * k), 'text me!! xx', 80 * k, ink, rng, fname=fn)
    place(ctx, s, lay, 15)
    return done(ctx, s, 'sticky note with child name and new phone number', photo=True)


@sc()
def calendar_child_events(ctx):
    P, rng = ctx.P, ctx.rng
    shot = rng.random() < .5
    if shot:
        W, H = ctx.shot_size(landscape=rng.random() < .5)
        s = Surface(W, H, (255, 255, 255))
        lay, w, h = s, W, H
    else:
        s = photo_bg(ctx, ctx.pick(['brick', 'plain', 'wood']), portrait=True)
        w, h = obj_size(s, 0.7, 0.9)
        lay = paper(w, h, ctx.nrng)
    k = w / 1000
    m = rng.randint(1, 12)
    lay.ctext(w / 2, 20 * k, '%s 2025' % MONTHS[m - 1], font('sans_b', 56 * k), (200, 40, 60))
    x0, y0 = 20 * k, 110 * k
    cw, ch = (w - 40 * k) / 7, (h - y0 - 20 * k) / 6
    for j, d in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
        lay.ctext(x0 + (j + 0.5) * cw, y0 - 40 * k, d, font('sans_b', 28 * k), (60, 60, 60))
    first = P.kid()
    ev = [[(first, 'PERSON'), ("'s party", None)], [('swim @ ', None), (P.place(), 'LOCATION')],
          [('sleepover ', None), (P.street_addr(), 'ADDRESS')], [('My birthday! ', None), ('%d' % P.age(), 'AGE')],
          [('dentist', None)], [(P.club(), 'ORG')], [('call nan ', None), (P.landline(), 'PHONE')], [('school trip', None)]]
    rng.shuffle(ev)
    fs = font('sans', min(22 * k, ch * 0.17))
    start = rng.randint(0, 6)
    cells = list(range(28))
    rng.shuffle(cells)
    fn = ctx.pick(HAND_FONTS)
    for c in range(35):
        r, j = divmod(c, 7)
        x, y = x0 + j * cw, y0 + r * ch
        lay.rect([x, y, x + cw, y + ch], outline=(180, 180, 180))
        d = c - start + 1
        if 1 <= d <= 30:
            lay.text((x + 6 * k, y + 4 * k), str(d), font('sans', 22 * k), (90, 90, 90))
    for i, segs in enumerate(ev[:6]):
        c = cells[i] + start
        r, j = divmod(c, 7)
        if r >= 5:
            continue
        x, y = x0 + j * cw, y0 + r * ch
        if shot:
            lay.rect([x + 3, y + 32 * k, x + cw - 3, y + ch - 3], fill=ctx.pick([(255, 225, 230), (220, 235, 255), (225, 250, 225)]))
            lay.para(x + 6 * k, y + 36 * k, segs, fs, (30, 30, 30), cw - 12 * k, line_h=fs.size * 1.2)
        else:
            yy = y + 60 * k
            for t, kd in segs:
                tt = t.strip()
                sz = min(26 * k, (cw - 14 * k) / max(1, font(fn, 26 * k).getlength(tt) * 1.12) * 26 * k)
                lay.hand((x + 6 * k, yy), tt, sz, ctx.pick(INKS), rng, kind=kd, fname=fn)
                yy += 30 * k
    # layout may have clipped leaks to zero size if too small; those still count as drawn text
    if not shot:
        place(ctx, s, lay, 6)
    return done(ctx, s, "family calendar with a child's own events", photo=not shot)


# ---------------------------------------------------------------------------------------- personal QR codes
def qr_object(ctx, payload, kind, title_segs, lines, hand=False):
    P, rng = ctx.P, ctx.rng
    s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'plain', 'concrete']))
    w, h = obj_size(s, 0.5, 1.2)
    k = w / 1000
    lay = paper(w, h, ctx.nrng, base=ctx.pick([(255, 255, 255), (255, 250, 225), (235, 245, 255)]))
    ft = font('sans_b', 60 * k)
    while sum(ft.getlength(t) for t, _ in title_segs) > w - 80 * k:
        ft = font('sans_b', ft.size * 0.9)
    lay.crich(w / 2, 60 * k, title_segs, ft, (20, 20, 20))
    qs = 620 * k
    lay.qr(payload, ((w - qs) / 2 - 40 * k, 170 * k), qs, kind, border=3)
    y = 170 * k + qs + 150 * k
    fn = ctx.pick(HAND_FONTS)
    for t, kd in lines:
        if hand:
            sz = min(48 * k, (w - 100 * k) / max(1, font(fn, 48 * k).getlength(t) * 1.12) * 48 * k)
            lay.hand((50 * k, y), t, sz, (20, 30, 120), rng, kind=kd, fname=fn)
        else:
            f = fit_font(t, 'sans', 42 * k, w - 100 * k)
            lay.ctext(w / 2, y - 34 * k, t, f, (40, 40, 40), kind=kd)
        y += 64 * k
    place(ctx, s, lay, rng.uniform(3, 12))
    return s


@sc()
def qr_tel_card(ctx):
    P = ctx.P
    disp, e164 = P.mobile()
    s = qr_object(ctx, 'tel:' + e164, 'PHONE', [('Call ', None), (P.kid(), 'PERSON')], [('Scan to call me', None)])
    return done(ctx, s, 'printed card with QR code (tel link)', photo=True)


@sc()
def qr_sms_sticker(ctx):
    P = ctx.P
    disp, e164 = P.mobile()
    first = P.kid()
    s = qr_object(ctx, 'sms:%s?body=Hi%%20%s' % (e164, first), 'PHONE', [('Text ', None), (first, 'PERSON'), ('!', None)],
                  [(disp, 'PHONE')], hand=True)
    return done(ctx, s, 'sticker with QR code (sms link) and number', photo=True)


@sc()
def qr_mailto(ctx):
    P = ctx.P
    first, last = P.kid(), P.surname()
    em = P.email(first, last)
    s = qr_object(ctx, 'mailto:%s?subject=Hello' % em, 'EMAIL', [('Email me', None)], [('%s %s' % (first, last), 'PERSON')])
    return done(ctx, s, 'notebook page with QR code (mailto link)', photo=True)


@sc()
def qr_geo_home(ctx):
    P = ctx.P
    s = qr_object(ctx, 'geo:%s' % P.geo(), 'LOCATION', [('Our house!', None)],
                  [('for the party - scan for map', None), (P.street_addr(), 'ADDRESS')], hand=True)
    return done(ctx, s, 'party note with QR code (geo location of home)', photo=True)


@sc()
def qr_mecard(ctx):
    P = ctx.P
    first, last = P.kid(), P.surname()
    disp, e164 = P.mobile()
    adr = P.address_one().replace(';', ' ')
    payload = 'MECARD:N:%s,%s;TEL:%s;EMAIL:%s;ADR:%s;;' % (last, first, e164, P.email(first, last), adr)
    s = qr_object(ctx, payload, 'PERSON', [('My contact', None)], [('%s %s' % (first, last), 'PERSON')])
    return done(ctx, s, 'contact QR code (MECARD with name, phone, email, address)', photo=True)


@sc()
def qr_vcard_bagtag(ctx):
    P = ctx.P
    first, last = P.kid(), P.surname()
    disp, e164 = P.mobile()
    al = P.address_lines()
    payload = ('BEGIN:VCARD\nVERSION:3.0\nN:%s;%s\nFN:%s %s\nTEL;TYPE=CELL:%s\nADR;TYPE=HOME:;;%s;%s;;;\nBDAY:%d-%02d-%02d\nEND:VCARD'
               % (last, first, first, last, e164, al[0], ', '.join(al[1:]), 2025 - P.age(), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)))
    s = qr_object(ctx, payload, 'PERSON', [('If found, scan me', None)], [(first, 'PERSON'), (ctx.P.grade(), None)], hand=True)
    return done(ctx, s, 'bag tag with vCard QR code', photo=True)


@sc()
def qr_wifi_fridge(ctx):
    P = ctx.P
    last = P.surname().replace(' ', '')
    first = P.kid()
    payload = 'WIFI:T:WPA;S:The%ss;P:%s%d!;;' % (last, first.lower(), 2025 - P.age())
    s = qr_object(ctx, payload, 'PERSON', [('Guest WiFi', None)], [('Network: ', None), ('The%ss' % last, 'PERSON')])
    return done(ctx, s, 'home WiFi QR card on fridge (family name network)', photo=True)


@sc()
def qr_plain_text(ctx):
    P = ctx.P
    nm = P.kid_full()
    payload = 'If found please return to %s, %s. Call %s' % (nm, P.address_one(), P.mobile()[0])
    s = qr_object(ctx, payload, 'ADDRESS', [('Lost property', None)], [('scan for owner details', None)])
    return done(ctx, s, 'lost-property QR sticker (plain text with address)', photo=True)


@sc()
def qr_phone_screenshot(ctx):
    """Screenshot of a note app showing a QR with a personal link."""
    P, rng = ctx.P, ctx.rng
    W, H = ctx.shot_size()
    k = W / 390
    s = Surface(W, H, (255, 253, 240))
    status_bar(s, 44 * k, False, '16:20', k)
    fn = rng.choice(UI_FONTS)
    s.text((20 * k, 70 * k), 'My links', font('sans_b', 28 * k), (30, 30, 30))
    h = P.handle()
    payload = 'https://www.instagram.com/%s/' % h
    sz = 200 * k
    s.qr(payload, (W / 2 - sz / 2, 130 * k), sz, 'HANDLE', border=2)
    y = 130 * k + sz + 60 * k
    s.text((20 * k, y), '@' + h, font(fn, 18 * k), (30, 30, 30), kind='HANDLE')
    y += 40 * k
    u = 'instagram.com/' + h
    s.text((20 * k, y), u, fit_font(u, fn, 16 * k, W - 40 * k), (40, 90, 200), kind='URL')
    y += 40 * k
    s.rich((20 * k, y), [('age ', None), (str(P.age()), 'AGE'), (' - ', None), (P.town(), 'LOCATION')], font(fn, 18 * k), (30, 30, 30))
    return done(ctx, s, 'notes app with profile QR code and handle')
