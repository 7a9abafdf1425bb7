"""Leaky photos of papers and cards: timetables, passes, forms, homework, whiteboards, flyers, posters, medals."""
import random

from common import (Canvas, Scaled, card, scaled_card, photo_bg, finish, mix, tlen, plain)
from people import person, grade, phone_digits
from scenes_b import _photo, _fit_k, _place, _fit_size, HAND, INK, rng_choice

WHITE, BLACK = (255, 255, 255), (0, 0, 0)
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
SUBJ = ['Maths', 'English', 'Science', 'PE', 'Art', 'Music', 'History', 'Geography', 'French', 'Computing',
        'RE', 'Drama', 'Irish', 'Hindi', 'Afrikaans', 'Te Reo']


def timetable(seed, region='UK', W=3000, H=4000, fmt='jpg', q=85, angle=-3, low=False):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['cork', 'fridge']))
    p = person(region, seed)
    nw, nh = 1000, 1300
    pp, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (250, 250, 247))
    ink = (150, 150, 160) if low else (20, 20, 30)
    s.text((40, 40), p['school'], 'sans_b', _fit_size(p['school'], 'sans_b', 40, 920), ink, kind='SCHOOL')
    s.text((40, 100), '%s Timetable - Term 1' % grade(region, p), 'sans', 30, ink)
    s.text((40, 150), 'Name:', 'sans', 30, ink)
    s.text((150, 143), p['full'], rng.choice(HAND), 38, rng.choice(INK) if not low else (120, 130, 170),
           kind='PERSON')
    subs = [x for x in SUBJ]
    rng.shuffle(subs)
    x0, y0, cw, ch = 40, 230, 184, 150
    for j in range(5):
        s.rect((x0 + j * cw, y0, cw, 60), fill=(200, 220, 240), outline=ink, width=2)
        s.text((x0 + j * cw + cw / 2, y0 + 30), DAYS[j], 'sans_b', 28, ink, anchor='mm')
    for i in range(6):
        for j in range(5):
            bx, by = x0 + j * cw, y0 + 60 + i * ch
            s.rect((bx, by, cw, ch), outline=ink, width=2,
                   fill=(255, 250, 220) if (i + j) % 3 == 0 else None)
            s.text((bx + cw / 2, by + 50), subs[(i * 5 + j * 3) % len(subs)], 'sans', 26, ink, anchor='mm')
            s.text((bx + cw / 2, by + 100), 'Rm %d' % rng.randint(1, 30), 'sans', 20, (100, 100, 110), anchor='mm')
    _place(c, pp, rng, angle)
    return finish(c, 'school timetable on %s (%s)' % ('fridge or cork board', region), fmt, q, noise=5, seed=seed,
                  light=0.3, blur=0.6)


def _idcard(s, title, col, rng):
    s.rect((0, 0, 856, 130), fill=col, radius=30)
    s.rect((0, 90, 856, 40), fill=col)
    s.text((30, 40), title, 'sans_b', _fit_size(title, 'sans_b', 40, 790), WHITE, kind=None)
    s.rect((30, 160, 210, 260), fill=(200, 205, 210), radius=10)
    s.ellipse((85, 190, 100, 110), fill=(150, 155, 165))
    s.ellipse((55, 300, 160, 180), fill=(150, 155, 165))
    s.rect((30, 420, 210, 20), fill=(250, 250, 250))


def bus_pass(seed, region='IE', W=2048, H=1536, fmt='jpg', q=80, angle=-10):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'fabric', 'carpet']))
    p = person(region, seed)
    nw, nh = 856, 540
    cd, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.6, angle), WHITE, radius=30)
    col = rng.choice([(0, 120, 90), (200, 40, 40), (40, 70, 160), (230, 130, 0)])
    _idcard(s, '%s - Student Pass' % rng.choice(['CityLink Buses', 'MetroBus', 'Transit Plus']), col, rng)
    rows = [('Name', p['full'], 'PERSON'), ('Date of birth', p['dob'], 'DATE_OF_BIRTH'),
            ('School', p['school'], 'SCHOOL'), ('Valid until', '30/06/2026', None)]
    y = 165
    for lab, val, k in rows:
        s.text((270, y), lab, 'sans', 20, (110, 110, 110))
        s.text((270, y + 26), val, 'sans_b', _fit_size(val, 'sans_b', 30, 560), BLACK, kind=k)
        y += 78
    s.text((270, 485), 'Pass no. %d %04d' % (rng.randint(100, 999), rng.randint(0, 9999)), 'mono', 22, (80, 80, 80))
    _place(c, cd, rng, angle)
    return finish(c, 'student bus pass card (%s)' % region, fmt, q, noise=6, seed=seed, light=0.35, blur=0.8)


def library_card(seed, region='NZ', W=1600, H=1200, fmt='png', q=90, angle=8, back=True):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'carpet']))
    p = person(region, seed)
    nw, nh = 856, 540
    cd, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.65, angle), (250, 248, 240), radius=30)
    col = rng.choice([(120, 40, 120), (0, 90, 140), (20, 110, 60)])
    s.rect((0, 0, 856, 110), fill=col, radius=30)
    s.rect((0, 70, 856, 40), fill=col)
    lib = '%s Library' % p['town']
    s.text((30, 30), lib, 'serif_b', _fit_size(lib, 'serif_b', 44, 790), WHITE, kind='LOCATION')
    s.text((30, 140), 'Junior member', 'sans', 24, (90, 90, 90))
    s.text((30, 180), p['full'], 'sans_b', _fit_size(p['full'], 'sans_b', 40, 780), BLACK, kind='PERSON')
    if back:
        y = 250
        for ln in p['addr']:
            s.text((30, y), ln, rng.choice(HAND), 30, rng.choice(INK), kind='ADDRESS')
            y += 40
    s.barcode((30, 400, 520, 90), rng)
    s.text((30, 495), '2%012d' % rng.randint(0, 10 ** 11), 'mono', 24)
    _place(c, cd, rng, angle)
    return finish(c, 'library card (%s)' % region, fmt, q, noise=5, seed=seed, light=0.3)


def student_card(seed, region='IN', W=3000, H=2000, fmt='jpg', q=90, angle=5, blur=0.6):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'fabric', 'busy']))
    p = person(region, seed)
    nw, nh = 856, 540
    cd, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.55, angle), WHITE, radius=30)
    col = rng.choice([(130, 20, 40), (10, 60, 120), (0, 100, 80)])
    s.rect((0, 0, 856, 130), fill=col, radius=30)
    s.rect((0, 90, 856, 40), fill=col)
    s.text((30, 40), p['school'], 'sans_b', _fit_size(p['school'], 'sans_b', 40, 790), WHITE, kind='SCHOOL')
    s.rect((30, 160, 210, 260), fill=(200, 205, 210), radius=10)
    s.ellipse((85, 190, 100, 110), fill=(150, 155, 165))
    s.text((270, 160), 'STUDENT ID CARD', 'sans', 20, (120, 120, 120))
    s.text((270, 195), p['full'], 'sans_b', _fit_size(p['full'], 'sans_b', 36, 560), BLACK, kind='PERSON')
    s.text((270, 250), grade(region, p), 'sans', 26, BLACK)
    s.text((270, 295), 'DOB:', 'sans', 26, BLACK)
    s.text((270 + tlen('DOB: ', 'sans', 26), 295), p['dob'], 'sans', 26, BLACK, kind='DATE_OF_BIRTH')
    s.text((270, 340), 'Emergency:', 'sans', 26, BLACK)
    s.text((270 + tlen('Emergency: ', 'sans', 26), 340), p['parent_phone'], 'sans', 26, BLACK, kind='PHONE')
    s.text((270, 385), 'ID %d%05d' % (2025, rng.randint(0, 99999)), 'mono', 24, (90, 90, 90))
    s.barcode((270, 440, 540, 60), rng)
    _place(c, cd, rng, angle)
    return finish(c, 'student ID card (%s)' % region, fmt, q, noise=5, seed=seed, light=0.35, blur=blur)


FORM_TITLE = {'US': 'Field Trip Permission Slip', 'UK': 'School Trip Consent Form',
              'IE': 'School Tour Consent Form', 'CA': 'Excursion Permission Form',
              'AU': 'Excursion Permission Note', 'NZ': 'EOTC Trip Consent Form',
              'IN': 'Educational Tour Consent Letter', 'ZA': 'Outing Indemnity Form'}


def permission_slip(seed, region='US', W=3024, H=4032, fmt='jpg', q=88, angle=4, low=False):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'carpet', 'fridge']))
    p = person(region, seed)
    nw, nh = 1000, 1414
    pp, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (252, 252, 250))
    pr = (40, 40, 40)
    s.text((500, 60), p['school'], 'serif_b', _fit_size(p['school'], 'serif_b', 38, 900), pr, kind='SCHOOL',
           anchor='ma')
    s.text((500, 120), FORM_TITLE[region], 'serif', 34, pr, anchor='ma')
    s.para((60, 190), 'Your child is invited on a visit to the Science Museum on Friday 14 November. '
                      'The coach leaves at 8:45am and returns by 3:30pm. Please bring a packed lunch. '
                      'Complete and return this slip to the class teacher by Monday.', 'serif', 24, pr, maxw=880)
    hand, ink = rng.choice(HAND), (rng.choice(INK) if not low else (140, 150, 190))
    fields = [("Child's name", p['full'], 'PERSON'), ('Class', grade(region, p), None),
              ('Date of birth', p['dob'], 'DATE_OF_BIRTH'), ('Parent / guardian', p['parent'], 'PERSON'),
              ('Emergency phone', p['parent_phone'], 'PHONE'), ('Home address', p['addr'][0], 'ADDRESS'),
              ('', ', '.join(p['addr'][1:]), 'ADDRESS'), ('Email', p['email'], 'EMAIL')]
    y = 420
    for lab, val, k in fields:
        if lab:
            s.text((60, y), lab + ':', 'serif', 26, pr)
        s.line([(330, y + 34), (940, y + 34)], (120, 120, 120), 2)
        s.text((345, y - 8), val, hand, _fit_size(val, hand, 36, 590), ink, kind=k)
        y += 88
    s.text((60, y + 20), 'I give permission for my child to attend.', 'serif', 24, pr)
    s.text((60, y + 90), 'Signed:', 'serif', 26, pr)
    pts = [(200 + i * 14, y + 100 + (18 if i % 2 else -10) * rng.random()) for i in range(25)]
    s.line(pts, ink, 3)
    _place(c, pp, rng, angle)
    return finish(c, 'completed school trip permission form (%s)' % region, fmt, q, noise=5, seed=seed,
                  light=0.35, blur=0.7)


def homework(seed, region='AU', W=2448, H=3264, fmt='jpg', q=75, angle=-6):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['wood', 'carpet']))
    p = person(region, seed)
    nw, nh = 1000, 1414
    pp, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.85, angle), (255, 255, 252))
    for y in range(300, 1400, 50):
        s.line([(40, y), (960, y)], (190, 210, 235), 2)
    s.line([(120, 0), (120, 1414)], (230, 150, 150), 2)
    hand, ink = rng.choice(HAND), rng.choice(INK)
    s.text((140, 40), 'Name:', 'sans', 28, (40, 40, 40))
    s.text((240, 32), p['full'], hand, 38, ink, kind='PERSON')
    s.text((640, 40), 'Class: %s' % grade(region, p), 'sans', 28, (40, 40, 40))
    s.text((140, 100), p['school'], 'sans_b', _fit_size(p['school'], 'sans_b', 30, 800), (40, 40, 40),
           kind='SCHOOL')
    s.text((140, 160), 'Homework - Multiplication practice', 'sans', 30, (40, 40, 40))
    y = 262
    for i in range(16):
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        s.text((140, y), '%d)  %d x %d =' % (i + 1, a, b), 'sans', 30, (40, 40, 40))
        s.text((420, y - 6), str(a * b if rng.random() < .85 else a * b + 1), hand, 38, ink)
        y += 66
    _place(c, pp, rng, angle)
    return finish(c, 'homework sheet with name and class (%s)' % region, fmt, q, noise=6, seed=seed, light=0.35)


def whiteboard(seed, region='CA', W=4000, H=3000, fmt='jpg', q=82, angle=-2, blur=1.2):
    rng, c = _photo(seed, W, H, 'wall')
    ps = [person(region, seed + i * 17) for i in range(4)]
    nw, nh = 1800, 1100
    wb, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.9, angle), (240, 242, 240), outline=(150, 155, 160),
                        width=26)
    for _ in range(6):
        x, y = rng.randrange(100, 1600), rng.randrange(100, 900)
        s.ellipse((x, y, rng.randint(100, 300), rng.randint(30, 80)), fill=(228, 232, 232))
    mk = [(20, 60, 180), (200, 30, 30), (20, 120, 40), (20, 20, 20)]
    f = rng.choice(['fsans_i', 'lsans_i', 'sans_i', 'fserif_i'])
    s.text((80, 60), 'Welcome back %s!' % grade(region, ps[0]), f, 80, mk[0])
    s.text((80, 200), ps[0]['school'], f, _fit_size(ps[0]['school'], f, 60, 1600), mk[3], kind='SCHOOL')
    s.mline((80, 340), 'Helpers today: [[PERSON:%s]] & [[PERSON:%s]]' % (ps[1]['full'], ps[2]['full']), f, 56, mk[2])
    s.mline((80, 460), 'Happy birthday [[PERSON:%s]] - [[AGE:%d today!]]' % (ps[3]['first'], ps[3]['age']), f, 56,
            mk[1])
    s.text((80, 600), 'Library books due Thursday', f, 50, mk[3])
    s.text((80, 700), 'Spelling test: because, friend, every', f, 50, mk[0])
    c.paste_canvas(wb, W / 2, H / 2, angle=angle, shadow=5)
    return finish(c, 'classroom whiteboard with pupil names (%s)' % region, fmt, q, blur=blur, noise=6, seed=seed,
                  light=0.35)


def club_flyer(seed, region='UK', W=2000, H=2667, fmt='jpg', q=85, angle=3, with_qr=False):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['cork', 'bricks', 'busy']))
    p = person(region, seed)
    nw, nh = 1000, 1414
    col = rng.choice([(255, 240, 120), (180, 230, 255), (255, 200, 220), (210, 250, 200)])
    fl, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.8, angle), col)
    club = '%s %s' % (p['town'].split()[0], rng.choice(['Junior Chess Club', 'Coding Club', 'Youth Drama Group',
                                                        'Kids Karate Club']))
    s.text((500, 80), 'JOIN US!', 'sans_b', 110, (200, 30, 60), anchor='ma')
    s.text((500, 240), club, 'sans_b', _fit_size(club, 'sans_b', 60, 920), BLACK, kind='ORG', anchor='ma')
    s.text((500, 330), 'Ages 7-14 welcome - first session free', 'sans', 34, BLACK, anchor='ma')
    s.mline((60, 440), 'Every Tuesday 4-5pm at', 'sans', 36, BLACK)
    venue = '%s Community Hall' % p['town']
    s.text((60, 490), venue, 'sans_b', _fit_size(venue, 'sans_b', 40, 880), BLACK, kind='LOCATION')
    s.text((60, 600), 'Contact the organiser:', 'sans', 36, BLACK)
    s.text((60, 650), p['parent'], 'sans_b', 44, BLACK, kind='PERSON')
    s.text((60, 720), p['parent_phone'], 'sans_b', 44, BLACK, kind='PHONE')
    s.text((60, 790), p['email'], 'sans', _fit_size(p['email'], 'sans', 36, 880), BLACK, kind='EMAIL')
    if with_qr:
        s.text((60, 900), 'Scan to text us:', 'sans', 34, BLACK)
        s.qr('sms:%s?body=Hi, I want to join' % phone_digits(p['parent_phone']), 60, 950, 9, kind='PHONE')
    else:
        for i in range(8):
            s.rect((i * 125, 1214, 125, 200), outline=(80, 80, 80), width=2)
            s.text((i * 125 + 62, 1314), 'Chess!', 'sans', 22, BLACK, anchor='mm')
    _place(c, fl, rng, angle)
    return finish(c, 'club flyer with contact details%s (%s)' % (' and sms QR' if with_qr else '', region), fmt, q,
                  noise=5, seed=seed, light=0.3, blur=0.7)


def lost_pet(seed, region='ZA', W=3000, H=4000, fmt='jpg', q=80, angle=-5, with_qr=False):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['bricks', 'outdoor', 'wall']))
    p = person(region, seed)
    nw, nh = 1000, 1414
    pp, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.75, angle), (255, 255, 255))
    pet = rng.choice(['DOG', 'CAT', 'RABBIT'])
    s.text((500, 40), 'LOST %s' % pet, 'sans_b', _fit_size('LOST %s' % pet, 'sans_b', 150, 920), (210, 20, 20),
           anchor='ma')
    s.rect((150, 240, 700, 460), fill=(200, 190, 170))
    s.ellipse((330, 330, 340, 300), fill=rng.choice([(140, 90, 40), (60, 60, 60), (230, 200, 150)]))
    nm = rng.choice(['Biscuit', 'Luna', 'Pepper', 'Milo', 'Coco'])
    s.text((500, 740), 'Answers to "%s"' % nm, 'sans_b', 56, BLACK, anchor='ma')
    s.text((60, 840), 'Last seen near:', 'sans', 40, BLACK)
    s.text((360, 840), p['addr'][0], 'sans_b', _fit_size(p['addr'][0], 'sans_b', 40, 600), BLACK, kind='ADDRESS')
    s.text((60, 920), 'Please call', 'sans', 44, BLACK)
    s.text((300, 920), p['first'], 'sans_b', 44, BLACK, kind='PERSON')
    s.text((500, 1000), p['phone'], 'sans_b', 96, BLACK, kind='PHONE', anchor='ma')
    if with_qr:
        s.qr('tel:%s' % phone_digits(p['phone_intl']), 390, 1110, 7, kind='PHONE', border=2)
    else:
        s.text((500, 1180), 'REWARD', 'sans_b', 110, (210, 20, 20), anchor='ma')
    _place(c, pp, rng, angle)
    return finish(c, 'lost pet poster with phone number%s (%s)' % (' and tel QR' if with_qr else '', region), fmt,
                  q, noise=6, seed=seed, light=0.35, blur=0.9)


def medal(seed, region='IE', W=3000, H=3000, fmt='jpg', q=86, angle=8):
    rng, c = _photo(seed, W, H, rng_choice(seed, ['carpet', 'wood', 'fabric']))
    p = person(region, seed)
    rc = rng.choice([(200, 20, 40), (20, 60, 170), (20, 130, 60)])
    rw, rh = 380, 1900
    rb, s = scaled_card(rw, rh, W * 0.5 / rh, rc)
    s.rect((150, 0, 80, 1900), fill=WHITE)
    org = '%s %s' % (p['town'].split()[0], rng.choice(['Athletics Club', 'Sports Day', 'Swim Gala']))
    c.paste_canvas(rb, W * 0.38, H * 0.32, angle=angle, shadow=4)
    rb2, s2 = scaled_card(1900, 200, W * 0.55 / 1900, rc)
    s2.text((950, 100), org, 'sans_b', 100, WHITE, kind='ORG', anchor='mm')
    c.paste_canvas(rb2, W * 0.55, H * 0.18, angle=-angle, shadow=4)
    R = int(W * 0.22)
    cx, cy = int(W * 0.5), int(H * 0.62)
    c.ellipse((cx - R, cy - R, 2 * R, 2 * R), fill=(212, 175, 55), outline=(150, 110, 20), width=R // 15)
    c.text((cx, cy - R * 0.35), '1st', 'serif_b', int(R * 0.45), (120, 85, 10), anchor='mm')
    c.text((cx, cy + R * 0.2), p['full'], 'serif_i', _fit_size(p['full'], 'serif_i', int(R * 0.2), R * 1.6),
           (90, 60, 5), kind='PERSON', anchor='mm')
    c.text((cx, cy + R * 0.5), '100m sprint', 'serif', int(R * 0.14), (90, 60, 5), anchor='mm')
    return finish(c, 'medal with printed ribbon and engraved name (%s)' % region, fmt, q, noise=6, seed=seed,
                  light=0.4, blur=1.0)


SCENES = [
    ('timetable', timetable, dict(region='UK')),
    ('timetable', timetable, dict(region='ZA', W=1536, H=2048, angle=9, low=True, fmt='webp', q=78)),
    ('bus_pass', bus_pass, dict(region='IE')),
    ('bus_pass', bus_pass, dict(region='AU', W=4000, H=3000, angle=13, q=92)),
    ('library_card', library_card, dict(region='NZ')),
    ('library_card', library_card, dict(region='US', W=2048, H=1536, angle=-6, back=False, fmt='jpg', q=64)),
    ('student_card', student_card, dict(region='IN')),
    ('student_card', student_card, dict(region='CA', W=1600, H=1200, angle=-14, fmt='webp', q=72)),
    ('student_card', student_card, dict(region='UK', W=4000, H=3000, angle=2, blur=2.0)),
    ('permission_slip', permission_slip, dict(region='US')),
    ('permission_slip', permission_slip, dict(region='UK', W=2448, H=3264, angle=-7, fmt='png', low=True)),
    ('permission_slip', permission_slip, dict(region='AU', W=1200, H=1600, angle=1, q=68)),
    ('permission_slip', permission_slip, dict(region='IN', W=3000, H=4000, angle=11, fmt='webp', q=90)),
    ('homework', homework, dict(region='AU')),
    ('homework', homework, dict(region='IE', W=1536, H=2048, angle=5, fmt='png')),
    ('homework', homework, dict(region='ZA', W=3024, H=4032, angle=-13, q=93)),
    ('whiteboard', whiteboard, dict(region='CA')),
    ('whiteboard', whiteboard, dict(region='NZ', W=2048, H=1536, angle=3, fmt='webp', q=80, blur=0.5)),
    ('club_flyer', club_flyer, dict(region='UK')),
    ('club_flyer', club_flyer, dict(region='US', W=3000, H=4000, angle=-8, with_qr=True, q=90)),
    ('lost_pet', lost_pet, dict(region='ZA')),
    ('lost_pet', lost_pet, dict(region='CA', W=2000, H=2667, angle=6, with_qr=True, fmt='jpg', q=88)),
    ('lost_pet', lost_pet, dict(region='NZ', W=1200, H=1600, angle=-11, fmt='webp', q=76)),
    ('medal', medal, dict(region='IE')),
    ('medal', medal, dict(region='IN', W=2000, H=2000, angle=-10, fmt='png')),
]
