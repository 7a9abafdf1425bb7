"""Scenes B: games, profiles, leaderboards, streams, social pages, link QR codes (mostly leaky; a few clean HUDs)."""
from common import (Surface, font, bold, fit_font, mix, status_bar, done, registry, tex_gradient, UI_FONTS)
from scenes_a import Msgs, tstr

SCENES = []
sc = registry(SCENES)

NEON = [(0, 255, 200), (255, 60, 170), (255, 210, 0), (90, 160, 255), (170, 255, 60)]


def game_bg(ctx, W, H, kind=None):
    rng = ctx.rng
    kind = kind or rng.choice(['space', 'blocks', 'neon', 'sunset'])
    if kind == 'space':
        s = Surface.from_image(tex_gradient(W, H, (10, 10, 40), (60, 20, 90)))
        for _ in range(int(W * H / 4000)):
            x, y = rng.random() * W, rng.random() * H
            r = rng.choice([1, 1, 1, 2, 3]) * max(1, W // 1000)
            s.circle(x, y, r, fill=(255, 255, 255))
    elif kind == 'blocks':
        s = Surface.from_image(tex_gradient(W, H, (120, 190, 255), (200, 230, 255)))
        b = max(24, W // 28)
        ground = [int(H * 0.55 + (rng.random() - 0.5) * H * 0.2)]
        for x in range(0, W + b, b):
            g = ground[-1] + rng.choice([-b, 0, 0, b])
            g = max(int(H * 0.45), min(int(H * 0.8), g))
            ground.append(g)
            s.rect([x, g, x + b, g + b], fill=(95, 160, 60))
            for yy in range(g + b, H + b, b):
                c = (134, 96, 67) if yy < g + 4 * b else (125, 125, 125)
                c = mix(c, (0, 0, 0), rng.random() * 0.15)
                s.rect([x, yy, x + b, yy + b], fill=c)
    elif kind == 'neon':
        s = Surface(W, H, (12, 8, 30))
        for i in range(0, W, max(20, W // 24)):
            s.line([(i, H * 0.55), (W / 2 + (i - W / 2) * 3, H)], (200, 0, 200), max(1, W // 800))
        for j in range(8):
            y = H * 0.55 + (H * 0.45) * (j / 8) ** 1.6
            s.line([(0, y), (W, y)], (200, 0, 200), max(1, W // 800))
    else:
        s = Surface.from_image(tex_gradient(W, H, (255, 120, 60), (60, 20, 80)))
        s.circle(W / 2, H * 0.6, min(W, H) * 0.2, fill=(255, 200, 80))
    return s


def panel(s, box, k, col=(15, 15, 30), alpha=210, r=14, outline=None):
    x0, y0, x1, y1 = [int(v) for v in box]
    lay = Surface(x1 - x0, y1 - y0, (0, 0, 0, 0))
    lay.rrect([0, 0, lay.w - 1, lay.h - 1], r * k, fill=col + (alpha,), outline=outline, width=max(1, int(2 * k)))
    s.img.alpha_composite(lay.img, (x0, y0))


@sc()
def game_profile_card(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H)
    fn = rng.choice(UI_FONTS)
    acc = rng.choice(NEON)
    px0, py0 = W * 0.2, H * 0.12
    panel(s, [px0, py0, W * 0.8, H * 0.88], k, outline=acc)
    s.avatar(px0 + 90 * k, py0 + 100 * k, 60 * k, acc, bg=(40, 40, 70))
    x = px0 + 180 * k
    h = P.handle()
    s.text((x, py0 + 50 * k), h, fit_font(h, bold(fn), 40 * k, W * 0.6 - 200 * k), (255, 255, 255), kind='HANDLE')
    s.text((x, py0 + 105 * k), 'LEVEL %d  |  %d WINS' % (rng.randint(5, 99), rng.randint(10, 900)), font(fn, 18 * k), acc)
    first, last = P.kid(), P.surname()
    age = P.age()
    rows = [('Real name', '%s %s' % (first, last), 'PERSON'), ('Age', str(age), 'AGE'),
            ('From', P.town(), 'LOCATION'), ('School', P.school(), 'SCHOOL'),
            ('Birthday', P.dob(age), 'DATE_OF_BIRTH')]
    rng.shuffle(rows)
    y = py0 + 190 * k
    fl, fv = font(fn, 17 * k), font(bold(fn), 20 * k)
    for lab, val, kd in rows[:4]:
        s.text((px0 + 40 * k, y), lab.upper(), fl, (170, 170, 200))
        s.text((px0 + 210 * k, y - 2 * k), val, fit_font(val, bold(fn), 20 * k, W * 0.6 - 260 * k), (255, 255, 255), kind=kd)
        y += 48 * k
    yt = 'youtube.com/@' + h.replace('.', '')
    s.text((px0 + 40 * k, y + 50 * k), yt, fit_font(yt, fn, 18 * k, W * 0.55), acc, kind='URL')
    s.text((px0 + 40 * k, y + 10 * k), 'FRIEND CODE  SW-%04d-%04d-%04d' % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999)),
           font('mono', 16 * k), (200, 200, 220))
    return done(ctx, s, 'game profile card with real name, age, town and school')


@sc()
def game_lobby(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H, 'neon')
    fn = rng.choice(UI_FONTS)
    lobby = [(P.school(), 'SCHOOL'), (' only!! ', None), ('pw: ', None), (str(rng.randint(1000, 9999)), None)]
    s.text((40 * k, 30 * k), 'PRIVATE LOBBY', font(bold(fn), 34 * k), (255, 255, 255))
    ff = font(fn, 20 * k)
    while sum(ff.getlength(t) for t, _ in lobby) > W - 80 * k:
        ff = font(fn, ff.size * 0.9)
    s.rich((40 * k, 80 * k), lobby, ff, (255, 220, 120))
    y = 140 * k
    for i in range(8):
        panel(s, [40 * k, y, W * 0.55, y + 54 * k], k, col=(30, 20, 60), r=8)
        s.text((60 * k, y + 27 * k), '%d' % (i + 1), font(bold(fn), 20 * k), (150, 150, 200), anchor='lm')
        if i < 6:
            h = P.handle()
            s.text((110 * k, y + 27 * k), h, fit_font(h, bold(fn), 21 * k, W * 0.3), (255, 255, 255), kind='HANDLE', anchor='lm')
            s.text((W * 0.55 - 20 * k, y + 27 * k), 'LV %d' % rng.randint(1, 80), font(fn, 18 * k), rng.choice(NEON), anchor='rm')
        else:
            s.text((110 * k, y + 27 * k), 'waiting for player...', font('sans_i', 18 * k), (120, 120, 150), anchor='lm')
        y += 64 * k
    panel(s, [W * 0.6, 140 * k, W - 40 * k, H - 40 * k], k, col=(0, 0, 0), alpha=150, r=8)
    M = Msgs(ctx)
    yy = 160 * k
    fm = font(fn, 16 * k)
    for segs in [M.filler(), M.place(), M.age(), M.filler()]:
        h = P.handle()
        s.text((W * 0.6 + 16 * k, yy), h + ':', font(bold(fn), 15 * k), rng.choice(NEON))
        s.add_leak('HANDLE', h, s.d.textbbox((W * 0.6 + 16 * k, yy), h, font=font(bold(fn), 15 * k)))
        yy += 22 * k
        yy += s.para(W * 0.6 + 16 * k, yy, segs, fm, (230, 230, 230), W * 0.4 - 72 * k) + 12 * k
        if yy > H - 120 * k:
            break
    return done(ctx, s, 'game lobby with usernames, school name and chat')


@sc()
def leaderboard(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H, rng.choice(['space', 'sunset']))
    fn = rng.choice(UI_FONTS)
    s.ctext(W / 2, 60 * k, 'WEEKLY LEADERBOARD', font(bold(fn), 24 * k), (255, 255, 255), stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.ctext(W / 2, 95 * k, rng.choice(['Friends', 'Your school', 'Local']), font(fn, 15 * k), (255, 230, 150))
    y = 130 * k
    sc_ = rng.randint(40000, 90000)
    for i in range(12):
        if y + 50 * k > H - 20 * k:
            break
        me = i == rng.randint(3, 8)
        panel(s, [14 * k, y, W - 14 * k, y + 46 * k], k, col=(255, 200, 40) if me else (20, 20, 40), alpha=230 if me else 190, r=10)
        tc = (20, 20, 20) if me else (255, 255, 255)
        s.text((30 * k, y + 23 * k), '#%d' % (i + 1), font(bold(fn), 16 * k), tc, anchor='lm')
        h = P.handle()
        s.text((80 * k, y + 23 * k), h, fit_font(h, bold(fn), 16 * k, W * 0.5), tc, kind='HANDLE', anchor='lm')
        s.text((W - 30 * k, y + 23 * k), '{:,}'.format(sc_), font(fn, 15 * k), tc, anchor='rm')
        sc_ -= rng.randint(100, 5000)
        y += 52 * k
    return done(ctx, s, 'mobile game leaderboard with usernames')


@sc()
def block_game_chat(ctx):
    W, H = ctx.photo_size(big=False) if ctx.rng.random() < .5 else ctx.shot_size(landscape=True)
    if H > W:
        W, H = H, W
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H, 'blocks')
    fm = font(rng.choice(['mono', 'lmono', 'fmono_b']), 17 * k)
    M = Msgs(ctx)
    lines = [M.filler(), M.addr(), M.filler(), M.phone(), M.filler(), M.school()]
    y = H - 60 * k - len(lines) * 26 * k
    for segs in lines:
        h = P.handle()
        segs2 = [('<', None), (h, 'HANDLE'), ('> ', None)] + segs
        width = sum(fm.getlength(t) for t, _ in segs2)
        if width > W - 40 * k:
            segs2 = [('<', None), (h, 'HANDLE'), ('> ', None), ('lol', None)]
            width = sum(fm.getlength(t) for t, _ in segs2)
        panel(s, [10 * k, y - 2 * k, 20 * k + width, y + 24 * k], k, col=(0, 0, 0), alpha=120, r=0)
        s.rich((15 * k, y), segs2, fm, (255, 255, 255))
        y += 26 * k
    # hotbar
    for i in range(9):
        x = W / 2 - 4.5 * 44 * k + i * 44 * k
        s.rect([x, H - 50 * k, x + 42 * k, H - 8 * k], fill=(80, 80, 80), outline=(30, 30, 30), width=max(1, int(2 * k)))
    return done(ctx, s, 'block-building game with chat lines giving address and phone', photo=False)


@sc()
def social_profile(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    dark = rng.random() < .5
    bg, fg, sub = ((0, 0, 0), (245, 245, 245), (160, 160, 160)) if dark else ((255, 255, 255), (20, 20, 20), (110, 110, 110))
    s = Surface(W, H, bg)
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, dark, tstr(ctx), k)
    first, last = P.kid(), P.surname()
    h = P.handle(first)
    s.text((16 * k, 58 * k), h, fit_font(h, bold(fn), 20 * k, W - 80 * k), fg, kind='HANDLE')
    s.avatar(58 * k, 150 * k, 42 * k, (230, 120, 160))
    for i, (n, lab) in enumerate([(rng.randint(3, 90), 'posts'), (rng.randint(50, 900), 'followers'), (rng.randint(50, 900), 'following')]):
        x = 150 * k + i * 80 * k
        s.ctext(x, 130 * k, str(n), font(bold(fn), 17 * k), fg)
        s.ctext(x, 154 * k, lab, font(fn, 13 * k), fg)
    y = 205 * k
    s.text((16 * k, y), '%s %s' % (first, last), font(bold(fn), 14 * k), fg, kind='PERSON')
    y += 22 * k
    f = font(fn, 14 * k)
    age = P.age()
    bio = [[(rng.choice(['%d', '%d yrs', 'age %d', '%d y/o']) % age, 'AGE'), (' | ', None), (P.town(), 'LOCATION')],
           [(P.school(), 'SCHOOL')],
           [('bday ', None), (P.dob(age), 'DATE_OF_BIRTH'), (' !!', None)],
           [(P.club(), 'ORG')],
           [('yt: ', None), ('youtube.com/@' + h.replace('.', ''), 'URL')]]
    for segs in bio[:rng.randint(3, 5)]:
        y += s.para(16 * k, y, segs, f, fg, W - 32 * k, line_h=20 * k)
    y += 14 * k
    s.rrect([16 * k, y, W / 2 - 6 * k, y + 32 * k], 8 * k, fill=(40, 40, 40) if dark else (239, 239, 239))
    s.ctext(W / 4 + 5 * k, y + 8 * k, 'Edit profile', font(bold(fn), 13 * k), fg)
    s.rrect([W / 2 + 6 * k, y, W - 16 * k, y + 32 * k], 8 * k, fill=(40, 40, 40) if dark else (239, 239, 239))
    s.ctext(W * 0.75 - 5 * k, y + 8 * k, 'Share profile', font(bold(fn), 13 * k), fg)
    y += 50 * k
    cell = (W - 4 * k) / 3
    while y + cell < H:
        for c in range(3):
            s.rect([c * (cell + 2 * k), y, c * (cell + 2 * k) + cell, y + cell],
                   fill=(rng.randint(40, 230), rng.randint(40, 230), rng.randint(40, 230)))
        y += cell + 2 * k
    return done(ctx, s, 'social profile with bio: age, town, school, birthday')


@sc()
def channel_about(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (255, 255, 255) if rng.random() < .5 else (15, 15, 15))
    dark = s.img.getpixel((0, 0))[0] < 100
    fg, sub = ((241, 241, 241), (170, 170, 170)) if dark else ((15, 15, 15), (96, 96, 96))
    fn = rng.choice(UI_FONTS)
    s.img.paste(tex_gradient(W, int(H * 0.25), rng.choice(NEON), (30, 30, 80), vertical=False), (0, int(60 * k)))
    s.avatar(120 * k, H * 0.25 + 130 * k, 60 * k, (200, 80, 80))
    first = P.kid()
    h = P.handle(first)
    s.text((210 * k, H * 0.25 + 90 * k), h.replace('_', ' ').title().replace(' ', ''), font(bold(fn), 30 * k), fg, kind='HANDLE')
    s.text((210 * k, H * 0.25 + 135 * k), '@%s  -  %d subscribers  -  %d videos' % (h, rng.randint(3, 400), rng.randint(2, 60)),
           font(fn, 15 * k), sub)
    s.add_leak('HANDLE', '@' + h, s.d.textbbox((210 * k, H * 0.25 + 135 * k), '@' + h, font=font(fn, 15 * k)))
    y = H * 0.25 + 200 * k
    s.text((120 * k, y), 'About', font(bold(fn), 20 * k), fg)
    y += 40 * k
    M = Msgs(ctx)
    age = P.age()
    segs = [('hi im ', None), (first, 'PERSON'), (' and im ', None), ('%d' % age + ' years old', 'AGE'), (' i live in ', None),
            (P.town(), 'LOCATION'), (' and go to ', None), (P.school(), 'SCHOOL'), ('. i post minecraft and roblox videos every friday!!', None)]
    y += s.para(120 * k, y, segs, font(fn, 17 * k), fg, W - 240 * k, line_h=26 * k) + 20 * k
    s.rich((120 * k, y), [('business enquiries: ', None), (P.email(first), 'EMAIL')], font(fn, 15 * k), sub)
    return done(ctx, s, 'video channel about page with age, town, school, email')


@sc()
def stream_overlay(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H)
    fn = rng.choice(UI_FONTS)
    cam = [30 * k, H - 260 * k, 330 * k, H - 30 * k]
    s.rrect(cam, 10 * k, fill=(90, 80, 70), outline=rng.choice(NEON), width=int(4 * k))
    s.person_figure([cam[0] + 80 * k, cam[1] + 20 * k, cam[2] - 80 * k, cam[3] - 4 * k], (60, 60, 160), (230, 190, 160))
    s.rrect([30 * k, 30 * k, 110 * k, 64 * k], 6 * k, fill=(230, 30, 30))
    s.ctext(70 * k, 37 * k, 'LIVE', font(bold(fn), 18 * k), (255, 255, 255))
    h = P.handle()
    s.text((126 * k, 47 * k), h, font(bold(fn), 22 * k), (255, 255, 255), kind='HANDLE', anchor='lm', stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.text((126 * k, 80 * k), 'twitch.tv/' + h, font(fn, 16 * k), (220, 220, 255), kind='URL', stroke=int(2 * k), stroke_fill=(0, 0, 0))
    alert = [('thanks ', None), (P.handle(), 'HANDLE'), (' for the follow!', None)]
    s.rich((W * 0.3, 100 * k), alert, font(bold(fn), 26 * k), (255, 255, 0))
    px = W - 360 * k
    panel(s, [px, 100 * k, W - 20 * k, H - 30 * k], k, col=(10, 10, 20), alpha=200, r=6)
    M = Msgs(ctx)
    y = 120 * k
    for segs in [M.filler(), M.school(), M.filler(), M.age(), M.place(), M.filler()]:
        h2 = P.handle()
        s.text((px + 14 * k, y), h2, font(bold(fn), 14 * k), rng.choice(NEON), kind='HANDLE')
        y += 20 * k
        y += s.para(px + 14 * k, y, segs, font(fn, 14 * k), (230, 230, 230), 310 * k) + 10 * k
        if y > H - 140 * k:
            break
    s.rich((px - 10 * k - 300 * k, H - 60 * k), [('I stream from ', None), (P.town(), 'LOCATION')], font(fn, 16 * k), (255, 255, 255))
    return done(ctx, s, 'game stream overlay with usernames, chat revealing school and age')


def qr_card(ctx, payload, kind, title, subtitle, big=None):
    """A screenshot showing a QR code with labels."""
    W, H = ctx.shot_size()
    k = W / 390
    rng = ctx.rng
    col = rng.choice([(255, 252, 0), (88, 101, 242), (37, 211, 102), (42, 171, 238), (230, 230, 240)])
    s = Surface(W, H, col)
    fn = rng.choice(UI_FONTS)
    dark = sum(col) < 450
    fg = (255, 255, 255) if dark else (20, 20, 20)
    status_bar(s, 44 * k, dark, tstr(ctx), k)
    s.ctext(W / 2, 90 * k, title[0], fit_font(title[0], bold(fn), 24 * k, W - 40 * k), fg, kind=title[1])
    sz = 220 * k
    s.rrect([W / 2 - sz / 2 - 20 * k, 150 * k, W / 2 + sz / 2 + 20 * k, 150 * k + sz + 40 * k], 20 * k, fill=(255, 255, 255))
    s.qr(payload, (W / 2 - sz / 2 - 8 * k, 150 * k + 12 * k), sz - 16 * k, kind, border=2)
    y = 150 * k + sz + 70 * k
    for t, kd in subtitle:
        s.ctext(W / 2, y, t, fit_font(t, fn, 16 * k, W - 40 * k), fg, kind=kd)
        y += 28 * k
    return s


@sc()
def qr_snap_add(ctx):
    P = ctx.P
    h = P.handle().replace('_', '-')[:15]
    s = qr_card(ctx, 'https://www.snapchat.com/add/%s' % h, 'HANDLE', (P.kid_full(), 'PERSON'),
                [('Scan to add me!', None), (h, 'HANDLE')])
    return done(ctx, s, 'add-friend screen with QR of username link')


@sc()
def qr_wa_me(ctx):
    P = ctx.P
    disp, e164 = P.mobile()
    s = qr_card(ctx, 'https://wa.me/%s' % e164.lstrip('+'), 'PHONE', (P.kid(), 'PERSON'),
                [('Scan this code to start a chat', None), (disp, 'PHONE')])
    return done(ctx, s, 'messaging QR share screen (phone link)')


@sc()
def qr_telegram(ctx):
    P = ctx.P
    h = P.handle().replace('.', '_')
    s = qr_card(ctx, 'https://t.me/%s' % h, 'HANDLE', ('@' + h, 'HANDLE'), [('Share my profile', None)])
    return done(ctx, s, 'profile QR for a messaging username')


@sc()
def qr_discord(ctx):
    P, rng = ctx.P, ctx.rng
    uid = '%d' % rng.randint(10 ** 17, 10 ** 18 - 1)
    h = P.handle()
    s = qr_card(ctx, 'https://discord.com/users/%s' % uid, 'URL', (h, 'HANDLE'),
                [('Scan to add me as a friend', None), ('in ' + P.town(), 'LOCATION')])
    return done(ctx, s, 'chat-community friend QR (user link)')


@sc()
def family_settings(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (248, 249, 250))
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, False, tstr(ctx), k)
    s.text((20 * k, 60 * k), 'Family', font(bold(fn), 28 * k), (32, 33, 36))
    first, last = P.kid(), P.surname()
    s.avatar(W / 2, 160 * k, 44 * k, (52, 168, 83))
    s.ctext(W / 2, 214 * k, '%s %s' % (first, last), font(bold(fn), 22 * k), (32, 33, 36), kind='PERSON')
    s.ctext(W / 2, 246 * k, 'Child account (under 13)', font(fn, 13 * k), (95, 99, 104))
    rows = [('Birthday', P.dob(), 'DATE_OF_BIRTH'), ('Email', P.email(first, last), 'EMAIL'),
            ('Phone', P.mobile()[0], 'PHONE'), ('Home', P.address_one(), 'ADDRESS'), ('Screen time', '2 h 15 min daily', None)]
    y = 290 * k
    for lab, val, kd in rows:
        lines = s.layout([(val, kd)], font(fn, 15 * k), W - 72 * k)
        hh = 36 * k + len(lines) * 21 * k
        if y + hh > H - 10 * k:
            break
        s.rrect([16 * k, y, W - 16 * k, y + hh], 12 * k, fill=(255, 255, 255), outline=(230, 230, 230))
        s.text((32 * k, y + 10 * k), lab, font(fn, 12 * k), (95, 99, 104))
        s.draw_lines(32 * k, y + 30 * k, lines, font(fn, 15 * k), (32, 33, 36), int(21 * k))
        y += hh + 10 * k
    return done(ctx, s, 'family settings page of a child account')


@sc()
def app_signup_form(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (255, 255, 255))
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, False, tstr(ctx), k)
    acc = rng.choice([(98, 0, 238), (0, 150, 136), (233, 30, 99), (33, 150, 243)])
    s.text((24 * k, 64 * k), 'Create your account', font(bold(fn), 24 * k), (20, 20, 20))
    first, last = P.kid(), P.surname()
    fields = [('First name', first, 'PERSON'), ('Last name', last, 'PERSON'), ('Date of birth', P.dob(), 'DATE_OF_BIRTH'),
              ('Email', P.email(first, last), 'EMAIL'), ('Mobile', P.mobile()[0], 'PHONE'), ('School', P.school(), 'SCHOOL'),
              ('Username', P.handle(first), 'HANDLE')]
    y = 120 * k
    for lab, val, kd in fields:
        if y + 64 * k > H - 80 * k:
            break
        s.rrect([24 * k, y + 8 * k, W - 24 * k, y + 58 * k], 6 * k, outline=acc, width=max(1, int(1.5 * k)))
        s.rect([36 * k, y, 36 * k + font(fn, 12 * k).getlength(lab) + 10 * k, y + 16 * k], fill=(255, 255, 255))
        s.text((41 * k, y + 1 * k), lab, font(fn, 12 * k), acc)
        s.text((40 * k, y + 33 * k), val, fit_font(val, fn, 16 * k, W - 90 * k), (20, 20, 20), kind=kd, anchor='lm')
        y += 70 * k
    s.rrect([24 * k, H - 70 * k, W - 24 * k, H - 24 * k], 23 * k, fill=acc)
    s.ctext(W / 2, H - 57 * k, 'Sign up', font(bold(fn), 16 * k), (255, 255, 255))
    return done(ctx, s, 'app sign-up form filled with child details')


@sc()
def console_friends(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = Surface.from_image(tex_gradient(W, H, (16, 60, 20), (5, 20, 8)) if rng.random() < .5 else tex_gradient(W, H, (0, 40, 110), (0, 10, 40)))
    fn = rng.choice(UI_FONTS)
    s.text((60 * k, 40 * k), 'Friends', font(fn, 34 * k), (255, 255, 255))
    y = 110 * k
    for i in range(7):
        s.rect([60 * k, y, W * 0.6, y + 70 * k], fill=mix((30, 30, 30), (255, 255, 255), 0.08))
        s.avatar(100 * k, y + 35 * k, 26 * k, rng.choice(NEON))
        h = P.handle()
        s.text((145 * k, y + 12 * k), h, font(bold(fn), 19 * k), (255, 255, 255), kind='HANDLE')
        if rng.random() < .6:
            s.text((145 * k, y + 40 * k), P.kid_full(), font(fn, 15 * k), (190, 190, 190), kind='PERSON')
        else:
            s.text((145 * k, y + 40 * k), rng.choice(['Online', 'Last seen 2h ago', 'Playing Kart Racer']), font(fn, 15 * k), (120, 220, 120))
        y += 80 * k
        if y + 70 * k > H:
            break
    return done(ctx, s, 'console friends list with gamertags and real names')


@sc()
def school_app_message(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (246, 247, 251))
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, True, tstr(ctx), k, bg=(0, 166, 152))
    s.rect([0, 44 * k, W, 110 * k], fill=(0, 166, 152))
    teacher = '%s %s' % (rng.choice(['Mrs', 'Mr', 'Ms', 'Miss']), P.surname())
    s.text((20 * k, 60 * k), teacher, font(bold(fn), 19 * k), (255, 255, 255), kind='PERSON')
    s.text((20 * k, 86 * k), P.school(), fit_font('x' * 34, fn, 12.5 * k, W - 40 * k), (220, 255, 250), kind='SCHOOL')
    child = P.kid()
    y = 130 * k
    msgs = [('them', [('Hi! Just a reminder the trip to ', None), (P.place(), 'LOCATION'), (' is on Friday.', None)]),
            ('me', [('Hi ', None), (teacher, 'PERSON'), (', ', None), (child, 'PERSON'),
                    (' will be picked up by her nan. Her number is ', None), (P.mobile()[0], 'PHONE')]),
            ('them', [('Thanks! Noted on ', None), (child, 'PERSON'), ("'s file.", None)]),
            ('me', [('Also we moved, new address is ', None), (P.address_one(), 'ADDRESS')])]
    fm = font(fn, 14.5 * k)
    for who, segs in msgs:
        lines = s.layout(segs, fm, W * 0.7 - 24 * k)
        bw = s.lines_width(lines, fm) + 24 * k
        bh = len(lines) * 20 * k + 20 * k
        if y + bh > H - 20 * k:
            break
        x = W - 14 * k - bw if who == 'me' else 14 * k
        s.rrect([x, y, x + bw, y + bh], 14 * k, fill=(0, 166, 152) if who == 'me' else (255, 255, 255))
        s.draw_lines(x + 12 * k, y + 10 * k, lines, fm, (255, 255, 255) if who == 'me' else (30, 30, 30), int(20 * k))
        y += bh + 12 * k
    return done(ctx, s, 'school messaging app: parent gives pick-up phone and new address')


@sc()
def quiz_result_share(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface.from_image(tex_gradient(W, H, (70, 20, 140), (20, 120, 200)))
    fn = rng.choice(UI_FONTS)
    s.ctext(W / 2, 120 * k, 'QUIZ COMPLETE!', font(bold(fn), 32 * k), (255, 255, 255))
    s.ctext(W / 2, 190 * k, '%d / 10' % rng.randint(6, 10), font(bold(fn), 64 * k), (255, 230, 0))
    nm = '%s %s.' % (P.kid(), P.surname()[0])
    s.ctext(W / 2, 300 * k, nm, font(bold(fn), 24 * k), (255, 255, 255), kind='PERSON')
    s.ctext(W / 2, 340 * k, P.grade(), font(fn, 18 * k), (220, 220, 255))
    sch = P.school()
    s.ctext(W / 2, 370 * k, sch, fit_font(sch, fn, 18 * k, W - 40 * k), (220, 220, 255), kind='SCHOOL')
    s.ctext(W / 2, 440 * k, '1st place in class!', font(fn, 18 * k), (255, 255, 255))
    return done(ctx, s, 'quiz result share card with name and school')


@sc()
def block_game_sign(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H, 'blocks')
    sign = Surface(520 * k, 300 * k, (170, 130, 80))
    for i in range(6):
        sign.line([(0, i * 50 * k), (sign.w, i * 50 * k)], (140, 100, 60), max(1, int(3 * k)))
    fm = font(rng.choice(['mono_b', 'lmono_b', 'fmono_b']), 30 * k)
    first = P.kid()
    sign.ctext(sign.w / 2, 20 * k, first + "'s house", fm, (20, 20, 20))
    sign.add_leak('PERSON', first, sign.d.textbbox((sign.w / 2 - fm.getlength(first + "'s house") / 2, 20 * k), first, font=fm))
    sa = P.street_addr()
    sign.ctext(sign.w / 2, 90 * k, 'irl its', fm, (20, 20, 20))
    f2 = fit_font(sa, 'mono_b', 30 * k, sign.w - 30 * k)
    sign.ctext(sign.w / 2, 150 * k, sa, f2, (20, 20, 20), kind='ADDRESS')
    sign.ctext(sign.w / 2, 220 * k, 'no griefing!!', fm, (20, 20, 20))
    s.paste_layer(sign, (W / 2, H * 0.45))
    s.rect([W / 2 - 10 * k, H * 0.45 + 150 * k, W / 2 + 10 * k, H * 0.75], fill=(120, 90, 50))
    return done(ctx, s, 'in-game sign with child name and real street address')


@sc()
def esports_team(ctx):
    W, H = ctx.photo_size(big=False)
    if H > W:
        W, H = H, W
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = game_bg(ctx, W, H, 'neon')
    fn = rng.choice(UI_FONTS)
    team = P.club()
    f = fit_font(team.upper(), bold(fn), 44 * k, W - 80 * k)
    s.ctext(W / 2, 40 * k, team.upper(), f, (255, 255, 255), kind='ORG', stroke=int(3 * k), stroke_fill=(200, 0, 200))
    s.ctext(W / 2, 110 * k, 'E-SPORTS SQUAD', font(fn, 22 * k), (0, 255, 200))
    n = 5
    for i in range(n):
        cx = W * (i + 0.5) / n
        s.avatar(cx, H * 0.5, 60 * k, NEON[i % len(NEON)], bg=(40, 20, 70))
        h = P.handle()
        s.ctext(cx, H * 0.5 + 80 * k, h, fit_font(h, bold(fn), 20 * k, W / n - 20 * k), (255, 255, 255), kind='HANDLE')
        s.ctext(cx, H * 0.5 + 112 * k, 'age %d' % P.age(), font(fn, 16 * k), (200, 200, 255), kind='AGE')
    return done(ctx, s, 'youth e-sports team card with handles and ages')


# ---------------------------------------------------------------------------------------- clean game screens
@sc(clean=True)
def game_hud_clean(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    rng = ctx.rng
    s = game_bg(ctx, W, H)
    fn = rng.choice(UI_FONTS)
    s.text((30 * k, 24 * k), 'LEVEL %d' % rng.randint(2, 60), font(bold(fn), 30 * k), (255, 255, 255), stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.text((30 * k, 64 * k), 'SCORE %07d' % rng.randint(1000, 999999), font('mono_b', 24 * k), (255, 230, 0), stroke=int(2 * k), stroke_fill=(0, 0, 0))
    s.text((W - 30 * k, 24 * k), 'x %d' % rng.randint(3, 999), font(bold(fn), 28 * k), (255, 255, 255), anchor='ra')
    s.circle(W - 140 * k, 42 * k, 16 * k, fill=(255, 200, 0))
    for i in range(5):
        s.circle(40 * k + i * 36 * k, 120 * k, 13 * k, fill=(230, 40, 60) if i < 3 else (80, 80, 80))
    s.ctext(W / 2, H * 0.4, rng.choice(['STAGE CLEAR!', 'BOSS FIGHT', 'NEW HIGH SCORE!', 'WAVE 7']),
            font(bold(fn), 60 * k), (255, 255, 255), stroke=int(4 * k), stroke_fill=(0, 0, 0))
    s.ctext(W / 2, H * 0.4 + 90 * k, 'Time 02:%02d   Combo x%d' % (rng.randint(0, 59), rng.randint(2, 40)),
            font(fn, 24 * k), (255, 255, 255), stroke=int(2 * k), stroke_fill=(0, 0, 0))
    return done(ctx, s, 'game HUD with level, score, coins (clean)')


@sc(clean=True)
def game_store_clean(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    rng = ctx.rng
    s = game_bg(ctx, W, H, 'space')
    fn = rng.choice(UI_FONTS)
    s.ctext(W / 2, 60 * k, 'ITEM SHOP', font(bold(fn), 30 * k), (255, 255, 255))
    items = ['Dragon Skin', 'Rainbow Trail', 'Gold Pickaxe', 'Ninja Emote', 'Space Glider', 'Pixel Pet', 'Neon Wings', 'Lava Board']
    y = 120 * k
    for i, it in enumerate(items):
        c, r = i % 2, i // 2
        x0, y0 = 16 * k + c * (W / 2 - 8 * k), y + r * 190 * k
        if y0 + 180 * k > H:
            break
        panel(s, [x0, y0, x0 + W / 2 - 24 * k, y0 + 180 * k], k, col=rng.choice([(80, 30, 120), (20, 80, 140), (140, 60, 20)]), alpha=230)
        s.circle(x0 + W / 4 - 12 * k, y0 + 70 * k, 40 * k, fill=rng.choice(NEON))
        s.ctext(x0 + W / 4 - 12 * k, y0 + 122 * k, it, font(bold(fn), 14 * k), (255, 255, 255))
        s.ctext(x0 + W / 4 - 12 * k, y0 + 146 * k, '%d coins' % rng.choice([200, 500, 800, 1200, 1500]), font(fn, 13 * k), (255, 230, 0))
    return done(ctx, s, 'game item shop with prices (clean)')


@sc(clean=True)
def game_loading_tips_clean(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    rng = ctx.rng
    s = game_bg(ctx, W, H, 'sunset')
    fn = rng.choice(UI_FONTS)
    s.ctext(W / 2, H * 0.3, 'KART RACERS 3', font(bold(fn), 70 * k), (255, 255, 255), stroke=int(4 * k), stroke_fill=(90, 0, 90))
    tip = rng.choice(['TIP: Drift around corners to fill your boost meter!', 'TIP: Never share your password or address with other players.',
                      'TIP: Collect 100 coins for an extra life.'])
    s.ctext(W / 2, H * 0.75, tip, fit_font(tip, fn, 24 * k, W - 80 * k), (255, 255, 255))
    s.rrect([W * 0.2, H * 0.85, W * 0.8, H * 0.85 + 20 * k], 10 * k, outline=(255, 255, 255), width=int(2 * k))
    s.rrect([W * 0.2, H * 0.85, W * (0.2 + 0.6 * rng.random()), H * 0.85 + 20 * k], 10 * k, fill=(255, 255, 255))
    s.ctext(W / 2, H * 0.85 + 30 * k, 'Loading... v%d.%d.%d' % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 99)), font(fn, 16 * k), (230, 230, 230))
    return done(ctx, s, 'game loading screen with tip (clean)')


@sc(clean=True)
def game_settings_clean(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    rng = ctx.rng
    s = Surface(W, H, (25, 28, 36))
    fn = rng.choice(UI_FONTS)
    s.text((60 * k, 40 * k), 'SETTINGS', font(bold(fn), 36 * k), (255, 255, 255))
    rows = ['Music volume', 'Sound effects', 'Vibration', 'Graphics quality', 'Frame rate', 'Subtitles', 'Language', 'Controller layout']
    y = 120 * k
    for r in rows:
        if y + 60 * k > H:
            break
        s.text((60 * k, y), r, font(fn, 22 * k), (220, 220, 230))
        v = rng.choice(['ON', 'OFF', 'HIGH', 'MEDIUM', '60 FPS', 'English', '%d%%' % rng.randint(0, 100)])
        s.text((W - 60 * k, y), v, font(bold(fn), 22 * k), (120, 200, 255), anchor='ra')
        s.line([(60 * k, y + 44 * k), (W - 60 * k, y + 44 * k)], (50, 55, 70), max(1, int(k)))
        y += 62 * k
    return done(ctx, s, 'game settings menu (clean)')


# ---------------------------------------------------------------------------------------- extra leaky scenes
def device_photo(ctx, screen, laptop=False):
    """Photo of a phone / laptop showing the given screen Surface (leaks carried over)."""
    from scenes_c import photo_bg, place
    sw, sh = screen.w, screen.h
    if laptop:
        s = photo_bg(ctx, ctx.pick(['wood', 'busy', 'plain']), size=ctx.pick([(4032, 3024), (4000, 3000), (3264, 2448)]))
        bez = int(sw * 0.04)
        dev = Surface(sw + 2 * bez, sh + 2 * bez, (25, 25, 28))
    else:
        s = photo_bg(ctx, ctx.pick(['wood', 'fabric', 'bokeh', 'busy']), size=ctx.pick([(3024, 4032), (3000, 4000), (2448, 3264)]))
        bez = int(sw * 0.05)
        dev = Surface(sw + 2 * bez, sh + 2 * bez, (0, 0, 0, 0))
        dev.rrect([0, 0, dev.w - 1, dev.h - 1], bez * 2.2, fill=(20, 20, 22))
    dev.paste_layer(screen, (dev.w / 2, dev.h / 2))
    # soft glare
    g = Surface(dev.w, dev.h, (0, 0, 0, 0))
    g.d.polygon([(dev.w * 0.55, 0), (dev.w, 0), (dev.w, dev.h * 0.35)], fill=(255, 255, 255, 28))
    dev.img.alpha_composite(g.img)
    place(ctx, s, dev, 12)
    return s


@sc()
def photo_of_phone_chat(ctx):
    from scenes_a import chat_scene
    scr = chat_scene(ctx, ctx.pick(['wa_light', 'ios_light', 'messenger', 'insta_dark']), ['addr', 'phone', 'school'],
                     title_mode='name', size=ctx.pick([(1080, 1920), (1170, 2532), (1080, 2340)]))
    return done(ctx, device_photo(ctx, scr), 'photo of a phone showing a chat with address, phone, school', photo=True,
                blur=ctx.rng.uniform(0.2, 0.7))


@sc()
def photo_of_laptop_call(ctx):
    from scenes_a import video_call
    scr = video_call(ctx, ctx.pick([4, 6]), dark=True, with_chat=ctx.rng.random() < .5)
    while scr.w < 1900 or scr.w > 2600:
        scr = video_call(ctx, 4)
    return done(ctx, device_photo(ctx, scr, laptop=True), 'photo of a laptop screen during a class video call', photo=True,
                blur=ctx.rng.uniform(0.2, 0.6))


@sc()
def notes_app_about_me(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    dark = rng.random() < .5
    bg, fg = ((28, 28, 30), (240, 240, 240)) if dark else ((255, 255, 255), (25, 25, 25))
    s = Surface(W, H, bg)
    status_bar(s, 44 * k, dark, tstr(ctx), k)
    s.text((16 * k, 56 * k), '< Notes', font('sans', 16 * k), (230, 170, 0))
    fn = rng.choice(UI_FONTS)
    s.text((16 * k, 96 * k), 'about me (for new phone)', font(bold(fn), 24 * k), fg)
    first, last = P.kid(), P.surname()
    age = P.age()
    rows = [[('name: ', None), ('%s %s' % (first, last), 'PERSON')], [('age: ', None), (str(age), 'AGE')],
            [('bday: ', None), (P.dob(age), 'DATE_OF_BIRTH')], [('address: ', None), (P.address_one(), 'ADDRESS')],
            [('my number: ', None), (P.mobile()[0], 'PHONE')], [('school: ', None), (P.school(), 'SCHOOL')],
            [('email: ', None), (P.email(first, last), 'EMAIL')],
            [('my tiktok: ', None), ('tiktok.com/@' + P.handle(first), 'URL')], [('locker code 4471 (dont tell)', None)]]
    y = 150 * k
    f = font(fn, 16 * k)
    for segs in rows:
        y += s.para(16 * k, y, segs, f, fg, W - 32 * k, line_h=24 * k) + 8 * k
        if y > H - 60 * k:
            break
    return done(ctx, s, 'notes app page listing full personal details')
