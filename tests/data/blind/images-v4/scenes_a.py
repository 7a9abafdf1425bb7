"""Leaky screenshots: chats, game profiles/lobbies, lock screens, social, email, forms."""
import random

from common import (Canvas, F, card, bg_photo, bg_gradient, bg_wood, bg_blotch, add_shapes,
                    wrap_segments, parse_markup, seg_width, finish, mix, tlen)
from people import person, grade, phone_digits

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def status_bar(c, s, fg, t='9:41'):
    c.text((int(18 * s), int(6 * s)), t, 'sans_b', max(12, int(14 * s)), fg)
    x = c.w - int(70 * s)
    for i in range(4):
        hh = int((4 + 3 * i) * s)
        c.rect((x + i * int(6 * s), int(20 * s) - hh, int(4 * s), hh), fill=fg)
    c.rect((c.w - int(38 * s), int(8 * s), int(24 * s), int(12 * s)), outline=fg, width=max(1, int(s)),
           radius=int(3 * s))
    c.rect((c.w - int(35 * s), int(11 * s), int(15 * s), int(6 * s)), fill=fg)


def chat_script(kind, p, q):
    """messages (side, markup, sender) ; p = me (right), q = friend (left)."""
    a = p['addr']
    if kind == 'phone':
        return [('L', 'heyy are u coming to the park later?', None),
                ('R', 'ya but my phone is dying lol', None),
                ('L', 'ok text me on my new number', None),
                ('L', 'its [[PHONE:%s]]' % q['phone'], None),
                ('R', 'saved!! mine is [[PHONE:%s]] btw' % p['phone'], None),
                ('L', 'cool see u at 4', None)]
    if kind == 'address':
        return [('L', 'what time is the sleepover?', None),
                ('R', '6pm!! bring snacks', None),
                ('L', 'whats ur address again', None),
                ('R', '[[ADDRESS:%s]]' % ', '.join(a[:2]), None),
                ('R', 'the blue door next to the shop', None),
                ('L', 'my mum will drop me off', None)]
    if kind == 'school':
        return [('L', 'r u in [[SCHOOL:%s]] tomorrow?' % q['school'], None),
                ('R', 'yeah, %s maths first' % grade(p['region'], p), None),
                ('L', 'meet at the front gate at 8:15', None),
                ('R', 'ok and im [[AGE:turning %d]] on friday dont forget' % (p['age'] + 1), None),
                ('L', 'omg party??', None)]
    if kind == 'email':
        return [('L', 'can u send me the project pics', None),
                ('R', 'whats ur email', None),
                ('L', '[[EMAIL:%s]]' % q['email'], None),
                ('R', 'sending now', None),
                ('L', 'also add me [[HANDLE:@%s]]' % q['handle'], None)]
    if kind == 'meet':
        return [('R', 'where r u', None),
                ('L', 'at [[LOCATION:%s skate park]] by the big ramp' % q['town'], None),
                ('R', 'coming! its [[PERSON:%s]] btw new phone' % p['full'], None),
                ('L', 'k. my mum says call her if lost [[PHONE:%s]]' % q['parent_phone'], None)]
    if kind == 'dob':
        return [('L', 'when is ur birthday', None),
                ('R', '[[DATE_OF_BIRTH:%s]]' % p['dob'], None),
                ('L', 'so ur turning [[AGE:%d]]?' % (p['age'] + 1), None),
                ('R', 'yep!! party at [[ADDRESS:%s]]' % a[0], None)]
    raise ValueError(kind)


def chat(seed, region='UK', dark=False, W=720, H=1280, kind='phone', fmt='png', q=90,
         group=False, fsize=15, low=False, photo=None):
    rng = random.Random(seed)
    p, fr = person(region, seed), person(region, seed + 7)
    s = W / 540.0
    if dark:
        bgc, fg, inc, out, sub = (11, 20, 26), (233, 237, 239), (32, 44, 51), (0, 92, 75), (134, 150, 160)
        head = (32, 44, 51)
    else:
        bgc, fg, inc, out, sub = (239, 234, 226), (17, 27, 33), (255, 255, 255), (217, 253, 211), (102, 119, 129)
        head = (240, 242, 245)
    if low:
        inc, out, fg = (246, 244, 240), (236, 240, 232), (150, 150, 145)
    c = Canvas(W, H, bgc)
    # faint wallpaper doodles
    for _ in range(60):
        x, y, r = rng.randrange(W), rng.randrange(H), rng.randint(int(6 * s), int(18 * s))
        c.ellipse((x, y, r, r), outline=mix(bgc, fg, 0.06), width=max(1, int(s)))
    c.rect((0, 0, W, int(92 * s)), fill=head)
    status_bar(c, s, fg)
    c.ellipse((int(44 * s), int(38 * s), int(44 * s), int(44 * s)), fill=(rng.randrange(90, 220), 140, 170))
    if group:
        title = '%s %s' % (grade(region, fr), rng.choice(['squad', 'chat', 'besties', 'homework help']))
        c.text((int(100 * s), int(40 * s)), title, 'sans_b', int(17 * s), fg)
        c.text((int(100 * s), int(64 * s)), 'you, %d others' % rng.randint(8, 29), 'sans', max(12, int(12 * s)), sub)
    else:
        c.text((int(100 * s), int(40 * s)), fr['full'], 'sans_b', int(17 * s), fg, kind='PERSON')
        c.text((int(100 * s), int(64 * s)), 'online', 'sans', max(12, int(12 * s)), sub)
    c.text((int(14 * s), int(44 * s)), '<', 'sans_b', int(24 * s), fg)
    filler = ['lol', 'did u do the maths homework', 'omg same', 'wait what', 'brb dinner', 'hahahaha',
              'ok', 'did u see the new video??', 'my brother is soooo annoying', 'no way!!', 'k',
              'i got a new skin in the game', 'what r u doing', 'nothing just bored', 'yesss',
              'send me the answers for q3 pls', 'cant, mum took my ipad']
    rng.shuffle(filler)
    msgs = [(rng.choice('LR'), f, None) for f in filler[:3]] + chat_script(kind, p, fr) + \
        [(rng.choice('LR'), f, None) for f in filler[3:]]
    others = [person(region, seed + 100 + i) for i in range(3)]
    y = int(108 * s)
    font = rng.choice(['sans', 'lsans', 'fsans'])
    fs = int(fsize * s)
    ts = max(12, int(11 * s))
    maxw = int(0.66 * W)
    pad = int(10 * s)
    t0 = rng.randint(14, 20) * 60 + rng.randint(0, 40)
    for i, (side, mk, _) in enumerate(msgs):
        lines = wrap_segments(parse_markup(mk), font, fs, maxw)
        lw = max(seg_width(l, font, fs) for l in lines)
        sender = None
        if group and side == 'L':
            sender = others[i % 3] if i % 2 else fr
        sh = int(18 * s) if sender else 0
        tstr = '%d:%02d' % (t0 // 60, t0 % 60)
        t0 += rng.randint(0, 3)
        bw = int(max(lw, tlen(tstr, 'sans', ts) + 10 * s,
                     tlen(sender['full'], 'sans_b', max(12, int(13 * s))) if sender else 0) + 2 * pad)
        bw = max(bw, int(lw + tlen(tstr, 'sans', ts) + 3 * pad)) if len(lines) == 1 else bw
        bh = int(len(lines) * fs * 1.3 + 2 * pad + sh + ts * 0.6)
        if y + bh > H - int(80 * s):
            break
        x = int(12 * s) if side == 'L' else W - int(12 * s) - bw
        c.rect((x, y, bw, bh), fill=inc if side == 'L' else out, radius=int(10 * s))
        if sender:
            c.text((x + pad, y + pad - int(3 * s)), sender['full'], 'sans_b', max(12, int(13 * s)),
                   (rng.randrange(150, 250), rng.randrange(60, 160), 90), kind='PERSON')
        ly = y + pad + sh
        for l in lines:
            c.runs((x + pad, ly), l, font, fs, fg)
            ly += fs * 1.3
        c.text((x + bw - pad, y + bh - int(5 * s)), tstr, 'sans', ts, sub, anchor='rd')
        y += bh + int(8 * s)
    # input bar
    c.rect((0, H - int(64 * s), W, int(64 * s)), fill=head)
    c.rect((int(12 * s), H - int(54 * s), W - int(80 * s), int(42 * s)), fill=inc, radius=int(20 * s))
    c.text((int(30 * s), H - int(44 * s)), 'Message', 'sans', int(15 * s), sub)
    c.ellipse((W - int(58 * s), H - int(56 * s), int(46 * s), int(46 * s)), fill=(0, 168, 132))
    notes = '%s chat screenshot%s, %s' % ('dark' if dark else 'light', ' (group)' if group else '', kind)
    if photo:
        return photo_of_screen(c, seed, photo, notes + ' photographed on a desk (%s)' % region, fmt, q)
    return finish(c, notes + ' (%s)' % region, fmt, q)


def photo_of_screen(scr, seed, size, notes, fmt, q, angle=None):
    rng = random.Random(seed + 1)
    W, H = size
    bg = rng.choice(['wood', 'photo'])
    img = bg_wood(W, H, rng) if bg == 'wood' else bg_photo(W, H, rng, shapes=15)
    c = Canvas(W, H, img=img)
    fw, fh = scr.w + scr.w // 14, scr.h + scr.w // 7
    ph = card(fw, fh, (18, 18, 20), radius=scr.w // 9)
    ph.paste_canvas(scr, fw // 2, fh // 2)
    scale = (H * 0.85) / fh
    if angle is None:
        angle = rng.uniform(-14, 14)
    c.paste_canvas(ph, W // 2 + rng.randint(-W // 12, W // 12), H // 2, angle=angle,
                   shadow=max(4, W // 150), scale=scale)
    return finish(c, notes, fmt, q, blur=rng.choice([0, 0.8, 1.5]), noise=4, seed=seed, light=0.3)


def game_profile(seed, region='US', W=1280, H=720, fmt='png', q=90, theme=0):
    rng = random.Random(seed)
    p = person(region, seed)
    themes = [((20, 12, 40), (70, 20, 90), (255, 200, 40)), ((5, 30, 45), (10, 90, 110), (90, 255, 200)),
              ((40, 10, 10), (110, 30, 20), (255, 140, 60)), ((15, 15, 15), (50, 60, 70), (120, 200, 255))]
    c1, c2, acc = themes[theme % 4]
    c = Canvas(W, H, img=add_shapes(bg_gradient(W, H, c1, c2, vertical=False), rng, 25, alpha=(20, 60)))
    s = W / 1280.0
    c.rect((int(60 * s), int(60 * s), int(1160 * s), int(600 * s)), fill=(0, 0, 0), outline=acc, width=3,
           radius=int(18 * s))
    c.text((int(90 * s), int(80 * s)), 'PLAYER PROFILE', 'sans_b', int(22 * s), acc)
    c.ellipse((int(100 * s), int(140 * s), int(180 * s), int(180 * s)), fill=mix(acc, c2, .5), outline=acc, width=4)
    c.text((int(320 * s), int(140 * s)), p['handle'], 'sans_b', int(46 * s), WHITE, kind='HANDLE')
    c.text((int(320 * s), int(205 * s)), 'LVL %d  |  %d XP  |  Rank: Diamond II' % (rng.randint(20, 99), rng.randint(1000, 99999)),
           'mono', int(20 * s), acc)
    rows = [('Real name', p['full'], 'PERSON'), ('Age', '%d' % p['age'], 'AGE'),
            ('From', p['town'], 'LOCATION'), ('School', p['school'], 'SCHOOL')]
    rng.shuffle(rows)
    rows = rows[:3 + theme % 2]
    y = int(270 * s)
    for lab, val, k in rows:
        c.text((int(320 * s), y), lab + ':', 'sans', int(20 * s), (170, 170, 180))
        c.text((int(470 * s), y), val, 'sans_b', int(20 * s), WHITE, kind=k)
        y += int(38 * s)
    c.text((int(320 * s), y + int(10 * s)), 'Status:', 'sans', int(18 * s), (170, 170, 180))
    st = rng.choice(['add me on snap [[HANDLE:%s]]' % (p['first'].lower() + '.' + p['last'][:3].lower() + '09'),
                     'dm me [[PHONE:%s]] for 1v1' % p['phone'],
                     'my bday is [[DATE_OF_BIRTH:%s]] gift me skins' % p['dob']])
    c.mline((int(420 * s), y + int(10 * s)), st, 'sans_i', int(18 * s), (220, 220, 230))
    # stats
    sy = int(520 * s)
    for i, (lab, val) in enumerate([('Wins', rng.randint(50, 900)), ('K/D', round(rng.uniform(0.5, 3), 2)),
                                    ('Matches', rng.randint(300, 4000)), ('Top 10', rng.randint(90, 999))]):
        x = int((320 + i * 210) * s)
        c.rect((x, sy, int(190 * s), int(100 * s)), fill=(25, 25, 35), radius=int(10 * s))
        c.text((x + int(95 * s), sy + int(30 * s)), str(val), 'sans_b', int(30 * s), acc, anchor='mm')
        c.text((x + int(95 * s), sy + int(72 * s)), lab, 'sans', int(16 * s), (200, 200, 200), anchor='mm')
    return finish(c, 'game profile screenshot (%s)' % region, fmt, q)


def game_lobby(seed, region='UK', W=1920, H=1080, fmt='jpg', q=85):
    rng = random.Random(seed)
    ps = [person(region, seed + i * 13) for i in range(7)]
    img = bg_photo(W, H, rng, palette=[(40, 70, 110)], shapes=40)
    c = Canvas(W, H, img=img)
    s = W / 1920.0
    c.text((int(60 * s), int(40 * s)), 'LOBBY  %d/8' % len(ps), 'sans_b', int(48 * s), WHITE, stroke=2,
           stroke_fill=BLACK)
    c.text((int(60 * s), int(110 * s)), 'Mode: Squad Royale  -  Map: Frost Harbor', 'sans', int(26 * s), (230, 230, 230))
    y = int(180 * s)
    for i, p in enumerate(ps):
        c.rect((int(60 * s), y, int(760 * s), int(80 * s)), fill=(0, 0, 0, ), radius=int(8 * s))
        c.text((int(90 * s), y + int(22 * s)), '#%d' % (i + 1), 'mono_b', int(30 * s), (255, 210, 0))
        c.text((int(170 * s), y + int(20 * s)), p['handle'], 'lsans_b', int(34 * s), WHITE, kind='HANDLE')
        c.text((int(790 * s), y + int(26 * s)), 'Lv %d' % rng.randint(5, 150), 'sans', int(24 * s),
               (150, 220, 255), anchor='ra')
        y += int(95 * s)
    # chat
    cx, cy = int(1120 * s), int(560 * s)
    c.rect((cx, cy, int(740 * s), int(460 * s)), fill=(10, 10, 20), radius=int(10 * s))
    lines = [(ps[1]['handle'], 'anyone from [[SCHOOL:%s]]??' % ps[1]['school']),
             (ps[3]['handle'], 'ya im in %s lol' % grade(region, ps[3])),
             (ps[0]['handle'], 'add me irl its [[PERSON:%s]]' % ps[0]['full']),
             (ps[5]['handle'], 'gg. text [[PHONE:%s]]' % ps[5]['phone']),
             (ps[2]['handle'], 'im [[AGE:%d]] is that ok' % ps[2]['age'])]
    ly = cy + int(20 * s)
    fs = int(22 * s)
    for who, mk in lines:
        x = cx + int(20 * s)
        c.text((x, ly), who + ':', 'sans_b', fs, (255, 200, 80), kind='HANDLE')
        x += tlen(who + ': ', 'sans_b', fs)
        c.mline((x, ly), mk, 'sans', fs, WHITE)
        ly += int(42 * s)
    c.text((cx + int(20 * s), cy + int(410 * s)), 'Press ENTER to chat', 'sans_i', int(18 * s), (140, 140, 140))
    return finish(c, 'game lobby with usernames and chat (%s)' % region, fmt, q)


def lock_screen(seed, region='AU', W=1080, H=1920, fmt='png', q=90, variant=0):
    rng = random.Random(seed)
    p, m = person(region, seed), person(region, seed + 3)
    img = bg_photo(W, H, rng, shapes=20, blur=W // 25)
    c = Canvas(W, H, img=img)
    s = W / 540.0
    status_bar(c, s, WHITE, t='')
    c.text((W // 2, int(150 * s)), '%d:%02d' % (rng.randint(6, 11), rng.randint(0, 59)), 'sans_b', int(84 * s),
           WHITE, anchor='mm')
    c.text((W // 2, int(80 * s)), 'Tuesday 14 October', 'sans', int(18 * s), WHITE, anchor='mm')
    notes = [
        ('MESSAGES', p['parent'], 'PERSON', "I'll pick you up from [[SCHOOL:%s]] at 3:15" % p['school']),
        ('WHATSAPP', m['full'], 'PERSON', 'new number, save it: [[PHONE:%s]]' % m['phone']),
        ('SNAPCHAT', m['handle'], 'HANDLE', 'sent you a Snap'),
        ('MAPS', 'Home', None, 'Arriving at [[ADDRESS:%s]] in 4 min' % p['addr'][0]),
        ('MAIL', m['email'], 'EMAIL', 'Re: party at [[ADDRESS:%s]]' % ', '.join(m['addr'][:2])),
    ]
    rng.shuffle(notes)
    y = int(260 * s)
    for app, who, k, mk in notes[:3 + variant % 2]:
        hgt = int(96 * s)
        c.rect((int(14 * s), y, W - int(28 * s), hgt), fill=(240, 240, 240), radius=int(18 * s))
        c.text((int(32 * s), y + int(10 * s)), app, 'sans', max(12, int(11 * s)), (110, 110, 110))
        c.text((W - int(32 * s), y + int(10 * s)), 'now', 'sans', max(12, int(11 * s)), (110, 110, 110), anchor='ra')
        c.text((int(32 * s), y + int(30 * s)), who, 'sans_b', int(15 * s), BLACK, kind=k)
        lines = wrap_segments(parse_markup(mk), 'sans', int(14 * s), W - int(70 * s))
        ly = y + int(52 * s)
        for l in lines[:2]:
            c.runs((int(32 * s), ly), l, 'sans', int(14 * s), (40, 40, 40))
            ly += int(18 * s)
        y += hgt + int(10 * s)
    c.rect((W // 2 - int(60 * s), H - int(14 * s), int(120 * s), int(5 * s)), fill=WHITE, radius=int(3 * s))
    return finish(c, 'phone lock screen with notifications (%s)' % region, fmt, q)


def social_profile(seed, region='CA', W=720, H=1280, fmt='jpg', q=88, dark=False):
    rng = random.Random(seed)
    p = person(region, seed)
    bgc, fg, sub = ((0, 0, 0), WHITE, (160, 160, 160)) if dark else (WHITE, BLACK, (110, 110, 110))
    c = Canvas(W, H, bgc)
    s = W / 540.0
    status_bar(c, s, fg)
    c.text((int(20 * s), int(42 * s)), p['handle'], 'sans_b', int(20 * s), fg, kind='HANDLE')
    c.ellipse((int(20 * s), int(90 * s), int(90 * s), int(90 * s)), fill=(rng.randrange(256), 120, 200))
    for i, (n, lab) in enumerate([(rng.randint(20, 300), 'posts'), (rng.randint(100, 2000), 'followers'),
                                  (rng.randint(100, 900), 'following')]):
        x = int((170 + i * 120) * s)
        c.text((x, int(115 * s)), str(n), 'sans_b', int(18 * s), fg, anchor='ma')
        c.text((x, int(142 * s)), lab, 'sans', int(13 * s), fg, anchor='ma')
    c.text((int(20 * s), int(192 * s)), p['full'], 'sans_b', int(15 * s), fg, kind='PERSON')
    bio = [rng.choice(['[[AGE:%d y/o]] | %s' % (p['age'], grade(region, p)), '[[AGE:%d]] | gamer | artist' % p['age']]),
           '[[SCHOOL:%s]]' % p['school'],
           'based in [[LOCATION:%s]]' % p['town'],
           'bday [[DATE_OF_BIRTH:%s]]' % p['dob']]
    y = int(214 * s)
    for b in bio[:3 + (seed % 2)]:
        c.mline((int(20 * s), y), b, 'sans', int(14 * s), fg)
        y += int(20 * s)
    c.mline((int(20 * s), y), '[[URL:linktr.ee/%s]]' % p['handle'].replace('.', '_'), 'sans', int(14 * s),
            (0, 149, 246))
    y += int(36 * s)
    c.rect((int(20 * s), y, W - int(40 * s), int(30 * s)), fill=mix(bgc, fg, .1), radius=int(8 * s))
    c.text((W // 2, y + int(15 * s)), 'Edit profile', 'sans_b', int(13 * s), fg, anchor='mm')
    y += int(50 * s)
    gw = W // 3
    for i in range(12):
        gx, gy = (i % 3) * gw, y + (i // 3) * gw
        if gy + gw > H - int(50 * s):
            break
        tile = bg_blotch(gw - 2, gw - 2, rng, (rng.randrange(256), rng.randrange(256), rng.randrange(256)), cells=3)
        c.img.paste(add_shapes(tile, rng, 4), (gx + 1, gy + 1))
    c.rect((0, H - int(50 * s), W, int(50 * s)), fill=bgc)
    return finish(c, 'social media profile page%s (%s)' % (' dark' if dark else '', region), fmt, q)


def email_shot(seed, region='IE', W=1280, H=800, fmt='png', q=90):
    rng = random.Random(seed)
    p, r = person(region, seed), person(region, seed + 5)
    c = Canvas(W, H, (246, 248, 252))
    c.rect((0, 0, W, 64), fill=(255, 255, 255))
    c.text((24, 18), 'Mail', 'sans_b', 24, (200, 50, 50))
    c.rect((240, 12, 600, 40), fill=(234, 241, 251), radius=20)
    c.text((270, 22), 'Search mail', 'sans', 15, (100, 100, 100))
    for i, lab in enumerate(['Inbox', 'Starred', 'Sent', 'Drafts', 'Spam']):
        c.text((30, 100 + i * 36), lab, 'sans_b' if i == 0 else 'sans', 15, (40, 40, 40))
    c.rect((220, 80, 1030, 690), fill=WHITE, radius=12)
    c.text((250, 100), 'Sleepover this Saturday!!', 'sans', 24, (30, 30, 30))
    c.ellipse((250, 150, 40, 40), fill=(120, 90, 200))
    c.text((300, 150), p['full'], 'sans_b', 15, BLACK, kind='PERSON')
    x = 300 + tlen(p['full'] + ' ', 'sans_b', 15)
    c.text((x, 151), '<', 'sans', 13, (100, 100, 100))
    x += tlen('<', 'sans', 13)
    c.text((x, 151), p['email'], 'sans', 13, (100, 100, 100), kind='EMAIL')
    c.text((x + tlen(p['email'], 'sans', 13), 151), '>', 'sans', 13, (100, 100, 100))
    c.text((300, 172), 'to me', 'sans', 13, (100, 100, 100))
    body = ('Hi [[PERSON:%s]],\n'
            "It's my birthday sleepover and I'm turning [[AGE:%d]]!\n"
            'Come to my house at [[ADDRESS:%s]] at 5pm.\n'
            'If you get lost call my mum [[PERSON:%s]] on [[PHONE:%s]].\n'
            'We are going to [[LOCATION:%s leisure centre]] on Sunday.\n'
            'See you!\n[[PERSON:%s]]' % (r['first'], p['age'] + 1, ', '.join(p['addr']), p['parent'], p['parent_phone'],
                              p['town'], p['first']))
    y = 220
    for ln in body.split('\n'):
        c.mline((250, y), ln, 'sans', 16, (30, 30, 30))
        y += 30
    return finish(c, 'webmail screenshot with party invite (%s)' % region, fmt, q)


def video_call(seed, region='ZA', W=1280, H=720, fmt='jpg', q=80):
    rng = random.Random(seed)
    ps = [person(region, seed + i * 11) for i in range(4)]
    c = Canvas(W, H, (30, 30, 32))
    c.text((20, 14), ps[0]['school'], 'sans', 16, (230, 230, 230), kind='SCHOOL')
    c.text((20 + tlen(ps[0]['school'] + '  ', 'sans', 16), 14), '- %s Maths' % grade(region, ps[0]),
           'sans', 16, (230, 230, 230))
    tw, th = (W - 30) // 2, (H - 44 - 80) // 2
    for i, p in enumerate(ps):
        x, y = 10 + (i % 2) * (tw + 10), 50 + (i // 2) * (th + 10)
        tile = bg_blotch(tw, th, rng, (rng.randrange(60, 200), rng.randrange(60, 200), rng.randrange(60, 200)),
                         cells=4, grain=5)
        c.img.paste(tile, (x, y))
        cxx, cyy = x + tw // 2, y + th // 2
        col = (rng.randrange(40, 120), rng.randrange(40, 100), rng.randrange(40, 100))
        c.ellipse((cxx - 120, cyy + 50, 240, 200), fill=col)
        c.rect((x, y + th - 34, tw, 34), fill=(30, 30, 32))
        c.rect((x + 8, y + th - 30, tlen(p['full'], 'sans', 15) + 16, 26), fill=(0, 0, 0), radius=4)
        c.text((x + 16, y + th - 27), p['full'], 'sans', 15, WHITE, kind='PERSON')
    c.rect((0, H - 70, W, 70), fill=(20, 20, 20))
    for i, lab in enumerate(['Mute', 'Video', 'Share', 'Chat', 'Leave']):
        c.text((W // 2 - 300 + i * 150, H - 35), lab, 'sans', 14, (200, 60, 60) if lab == 'Leave' else WHITE,
               anchor='mm')
    return finish(c, 'video class call with name tags (%s)' % region, fmt, q)


def contact_card(seed, region='NZ', W=540, H=960, fmt='png', q=90, dark=False):
    rng = random.Random(seed)
    p = person(region, seed)
    bgc, fg, sub, box = ((0, 0, 0), WHITE, (150, 150, 150), (28, 28, 30)) if dark else \
        ((242, 242, 247), BLACK, (120, 120, 125), WHITE)
    c = Canvas(W, H, bgc)
    s = W / 540.0
    status_bar(c, s, fg)
    c.ellipse((W // 2 - int(50 * s), int(70 * s), int(100 * s), int(100 * s)), fill=(150, 155, 165))
    c.text((W // 2, int(120 * s)), p['first'][0] + p['last'][0], 'sans', int(40 * s), WHITE, anchor='mm')
    c.text((W // 2, int(200 * s)), p['full'], 'sans', int(26 * s), fg, kind='PERSON', anchor='mm')
    y = int(250 * s)
    rows = [('mobile', p['phone'], 'PHONE'), ('home', p['email'], 'EMAIL'),
            ('home address', p['addr'], 'ADDRESS'), ('birthday', p['dob'], 'DATE_OF_BIRTH'),
            ('notes', 'Year group: ' + grade(region, p), None)]
    for lab, val, k in rows:
        vals = val if isinstance(val, list) else [val]
        hh = int((36 + 22 * len(vals)) * s)
        c.rect((int(16 * s), y, W - int(32 * s), hh), fill=box, radius=int(10 * s))
        c.text((int(32 * s), y + int(10 * s)), lab, 'sans', max(12, int(12 * s)), sub)
        vy = y + int(28 * s)
        for v in vals:
            c.text((int(32 * s), vy), v, 'sans', int(16 * s), (10, 132, 255) if k in ('PHONE', 'EMAIL') else fg, kind=k)
            vy += int(22 * s)
        y += hh + int(12 * s)
    return finish(c, 'phone contact card%s (%s)' % (' dark' if dark else '', region), fmt, q)


def map_share(seed, region='IN', W=720, H=1280, fmt='jpg', q=85):
    rng = random.Random(seed)
    p = person(region, seed)
    c = Canvas(W, H, (236, 232, 222))
    for _ in range(6):
        c.rect((rng.randrange(W), rng.randrange(H), rng.randint(80, 260), rng.randint(80, 200)), fill=(200, 230, 190))
    c.ellipse((rng.randrange(W) - 200, rng.randrange(H // 2), 400, 260), fill=(170, 210, 240))
    for _ in range(14):
        if rng.random() < .5:
            y = rng.randrange(H)
            c.line([(0, y), (W, y + rng.randint(-200, 200))], fill=WHITE, width=rng.choice([8, 12, 18]))
        else:
            x = rng.randrange(W)
            c.line([(x, 0), (x + rng.randint(-200, 200), H)], fill=(250, 220, 130), width=rng.choice([8, 14]))
    s = W / 540.0
    c.rect((0, 0, W, int(30 * s)), fill=(236, 232, 222))
    status_bar(c, s, BLACK)
    px, py = W // 2, int(H * 0.42)
    c.ellipse((px - int(20 * s), py - int(20 * s), int(40 * s), int(40 * s)), fill=(66, 133, 244), outline=WHITE,
              width=int(4 * s))
    c.rect((0, int(H * 0.62), W, H - int(H * 0.62)), fill=WHITE, radius=int(20 * s))
    y = int(H * 0.62) + int(24 * s)
    c.text((int(24 * s), y), p['full'], 'sans_b', int(22 * s), BLACK, kind='PERSON')
    c.text((int(24 * s), y + int(34 * s)), 'is sharing live location - updated just now', 'sans', int(13 * s),
           (90, 90, 90))
    c.text((int(24 * s), y + int(70 * s)), ', '.join(p['addr']), 'sans', int(15 * s), (30, 30, 30), kind='ADDRESS')
    c.mline((int(24 * s), y + int(100 * s)), 'Near [[SCHOOL:%s]]' % p['school'], 'sans', int(14 * s), (90, 90, 90))
    c.rect((int(24 * s), y + int(150 * s), W - int(48 * s), int(48 * s)), fill=(66, 133, 244), radius=int(24 * s))
    c.text((W // 2, y + int(174 * s)), 'Directions', 'sans_b', int(16 * s), WHITE, anchor='mm')
    return finish(c, 'maps live location share (%s)' % region, fmt, q)


def signup_form(seed, region='US', W=1366, H=768, fmt='webp', q=85):
    rng = random.Random(seed)
    p = person(region, seed)
    c = Canvas(W, H, img=bg_gradient(W, H, (90, 70, 200), (40, 170, 220)))
    c.rect((W // 2 - 300, 40, 600, 690), fill=WHITE, radius=16)
    c.text((W // 2, 80), 'Create your KidQuest account', 'sans_b', 24, (40, 40, 60), anchor='mm')
    postal = p['addr'][-1]
    fields = [('First name', p['first'], 'PERSON'), ('Last name', p['last'], 'PERSON'),
              ('Date of birth', p['dob'], 'DATE_OF_BIRTH'), ('Email', p['email'], 'EMAIL'),
              ('Username', p['handle'], 'HANDLE'), ('School', p['school'], 'SCHOOL'),
              ('Home address', postal, 'ADDRESS')]
    y = 120
    for lab, val, k in fields:
        c.text((W // 2 - 260, y), lab, 'sans', 13, (90, 90, 110))
        c.rect((W // 2 - 260, y + 20, 520, 40), fill=(250, 250, 255), outline=(200, 200, 220), radius=6)
        c.text((W // 2 - 248, y + 30), val, 'sans', 16, (20, 20, 30), kind=k)
        y += 78
    c.rect((W // 2 - 260, y + 6, 520, 44), fill=(90, 70, 200), radius=22)
    c.text((W // 2, y + 28), 'Sign up', 'sans_b', 17, WHITE, anchor='mm')
    return finish(c, 'filled-in game sign-up form (%s)' % region, fmt, q)


SCENES = [
    ('chat', chat, dict(region='UK', dark=False, W=540, H=960, kind='phone', fmt='png')),
    ('chat', chat, dict(region='US', dark=True, W=720, H=1280, kind='address', fmt='png')),
    ('chat', chat, dict(region='IE', dark=False, W=1080, H=1920, kind='school', fmt='jpg', q=78)),
    ('chat', chat, dict(region='AU', dark=True, W=540, H=960, kind='email', fmt='webp', q=80, fsize=14)),
    ('chat', chat, dict(region='IN', dark=False, W=720, H=1280, kind='meet', fmt='jpg', q=65)),
    ('chat', chat, dict(region='ZA', dark=True, W=1170, H=2532, kind='dob', fmt='png')),
    ('chat', chat, dict(region='CA', dark=False, W=720, H=1280, kind='phone', fmt='png', low=True)),
    ('chat', chat, dict(region='NZ', dark=False, W=540, H=960, kind='address', fmt='jpg', q=72,
                        photo=(3000, 2000))),
    ('chat', chat, dict(region='UK', dark=True, W=720, H=1280, kind='meet', fmt='jpg', q=90,
                        photo=(4000, 3000))),
    ('chat', chat, dict(region='US', dark=False, W=540, H=960, kind='dob', fmt='webp', q=70, fsize=13)),
    ('group_chat', chat, dict(region='AU', dark=False, W=720, H=1280, kind='school', fmt='png', group=True)),
    ('group_chat', chat, dict(region='IE', dark=True, W=1080, H=1920, kind='phone', fmt='jpg', q=82, group=True)),
    ('group_chat', chat, dict(region='ZA', dark=False, W=540, H=960, kind='email', fmt='png', group=True,
                              fsize=13)),
    ('game_profile', game_profile, dict(region='US', theme=0)),
    ('game_profile', game_profile, dict(region='UK', theme=1, W=1920, H=1080, fmt='jpg', q=88)),
    ('game_profile', game_profile, dict(region='CA', theme=2, fmt='webp', q=75)),
    ('game_profile', game_profile, dict(region='NZ', theme=3, W=960, H=540, fmt='jpg', q=70)),
    ('game_lobby', game_lobby, dict(region='UK')),
    ('game_lobby', game_lobby, dict(region='IN', W=1280, H=720, fmt='png')),
    ('game_lobby', game_lobby, dict(region='AU', fmt='webp', q=85)),
    ('lock_screen', lock_screen, dict(region='AU', variant=0)),
    ('lock_screen', lock_screen, dict(region='UK', W=540, H=960, fmt='jpg', q=80, variant=1)),
    ('lock_screen', lock_screen, dict(region='US', W=1170, H=2532, fmt='jpg', q=92, variant=2)),
    ('lock_screen', lock_screen, dict(region='ZA', W=720, H=1280, fmt='webp', q=88, variant=3)),
    ('social_profile', social_profile, dict(region='CA')),
    ('social_profile', social_profile, dict(region='IE', dark=True, W=1080, H=1920, fmt='png')),
    ('social_profile', social_profile, dict(region='IN', W=540, H=960, fmt='webp', q=82)),
    ('social_profile', social_profile, dict(region='NZ', dark=True, W=720, H=1280, fmt='jpg', q=64)),
    ('email', email_shot, dict(region='IE')),
    ('email', email_shot, dict(region='CA', fmt='jpg', q=77)),
    ('video_call', video_call, dict(region='ZA')),
    ('video_call', video_call, dict(region='UK', W=1600, H=900, fmt='png')),
    ('contact_card', contact_card, dict(region='NZ')),
    ('contact_card', contact_card, dict(region='AU', dark=True, W=1080, H=1920, fmt='jpg', q=90)),
    ('map_share', map_share, dict(region='IN')),
    ('map_share', map_share, dict(region='US', W=1080, H=1920, fmt='png')),
    ('signup_form', signup_form, dict(region='US')),
    ('signup_form', signup_form, dict(region='UK', fmt='png')),
]
