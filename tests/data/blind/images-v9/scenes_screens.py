"""Screenshots: chats, lock screens, game profiles, lobbies, leaderboards,
video calls, sign-up pages, social profiles."""
import math

from common import Canvas, font, fam, ink_for, lighter, darker, mix
from people import Child, personal_url, qr_payload
import leaktext as LT
import textures as TX
import ui


def _pal(rng, dark):
    if dark:
        return (18, 18, 22), (235, 235, 240), (40, 40, 48)
    return (255, 255, 255), (20, 20, 24), (235, 235, 240)


# ------------------------------------------------------------------ chat
def chat_messenger(rng, nrng, want):
    c = Child(rng)
    W, H = rng.choice(ui.PHONE_SIZES)
    s = W / 1080
    dark = rng.random() < 0.3
    bg, fg, alt = _pal(rng, dark)
    if not dark and rng.random() < 0.4:
        bg = rng.choice([(236, 229, 221), (230, 240, 250), (245, 238, 250)])
    accent = rng.choice(ui.ACCENTS)
    F = fam(rng)
    cv = Canvas(W, H, bg)
    lower = rng.random() < 0.7
    sbh = ui.status_bar(cv, rng, dark)
    hh = int(150 * s)
    cv.d.rectangle((0, sbh, W, sbh + hh), fill=alt if not dark else (28, 28, 34))
    cv.text((int(30 * s), sbh + int(45 * s)), '<', font(F[0], 56 * s), accent)
    ui.avatar(cv, int(140 * s), sbh + hh // 2, int(50 * s), rng.choice(ui.ACCENTS), c.friend[0])
    name = rng.choice([c.friend, c.friend_first, c.friend.lower(), c.friend_first + ' ' + c.friend.split()[1][0]])
    cv.text((int(210 * s), sbh + int(30 * s)), name, font(F[1], 42 * s), fg, kind='PERSON')
    cv.text((int(210 * s), sbh + int(84 * s)), rng.choice(['online', 'last seen today at 18:02', 'typing...', 'Active now']), font(F[0], 28 * s), (130, 130, 130))
    n_used = 1
    msgs, n = LT.take(c, rng, max(0, want - 1), lower)
    n_used += n
    items = [(rng.random() < 0.5, m) for m in msgs]
    for f in LT.fillers(rng, rng.randint(4, 9)):
        items.insert(rng.randint(0, len(items)), (rng.random() < 0.5, f))
    ft = font(F[0], rng.choice([36, 40, 44]) * s)
    fts = font(F[0], 24 * s)
    maxw = W * 0.62
    pad = int(26 * s)
    top = sbh + hh + int(20 * s)
    y = H - int(170 * s)
    ui.input_bar(cv, y, rng, dark, accent)
    y -= int(20 * s)
    me_col = accent if rng.random() < 0.6 else (220, 248, 198)
    ot_col = (38, 38, 46) if dark else (255, 255, 255) if bg != (255, 255, 255) else (233, 233, 235)
    for mine, segs in reversed(items):
        w, h, nl = cv.measure_para(segs, ft, maxw)
        bh = h + 2 * pad + int(26 * s)
        if y - bh < top:
            break
        y -= bh
        col = me_col if mine else ot_col
        tcol = ink_for(col)
        x0 = W - w - 2 * pad - int(30 * s) if mine else int(30 * s)
        cv.rrect((x0, y, x0 + w + 2 * pad, y + bh - int(10 * s)), int(34 * s), fill=col)
        cv.para((x0 + pad, y + pad), segs, ft, tcol, maxw + 2)
        cv.text((x0 + w + 2 * pad - int(90 * s), y + bh - int(42 * s)), f'{rng.randint(7, 21)}:{rng.randint(0, 59):02d}', fts,
                mix(tcol, col, 0.45))
        y -= int(14 * s)
    ui.home_bar(cv, dark)
    return cv, {'medium': 'screen'}


def chat_group_dark(rng, nrng, want):
    c = Child(rng)
    desk = rng.random() < 0.5
    W, H = rng.choice(ui.DESK_SIZES if desk else ui.PHONE_SIZES)
    s = (W / 1920) if desk else (W / 1080)
    bg = rng.choice([(54, 57, 63), (49, 51, 56), (30, 31, 34), (245, 246, 248)])
    fg = ink_for(bg)
    cv = Canvas(W, H, bg)
    F = fam(rng)
    lower = rng.random() < 0.8
    x0 = 0
    if desk:
        sw = int(420 * s)
        cv.d.rectangle((0, 0, sw, H), fill=darker(bg, 0.15))
        cv.text((int(30 * s), int(30 * s)), rng.choice(['the squad', 'minecraft crew', 'homework help', 'bus buddies']), font(F[1], 34 * s), fg)
        for i, ch in enumerate(['general', 'memes', 'gaming', 'art', 'voice-chat']):
            cv.text((int(40 * s), int(110 * s + i * 56 * s)), '# ' + ch, font(F[0], 30 * s), mix(fg, bg, 0.35))
        x0 = sw
    else:
        ui.status_bar(cv, rng, dark=bg[0] < 128)
        cv.text((int(30 * s), int(110 * s)), '# general', font(F[1], 44 * s), fg)
    friends = [c.handle, rng.choice(['pixelpanda_09', 'frostbyte.kai', 'lil_nova22', 'boba.tea.queen', 'creeperkid_88', 'stormyxo', 'turbo_tobi'])]
    friends.append(rng.choice(['ghostly_zan', 'mangoslime', 'kiki.draws', 'rocket_raf', 'sparkle_mei', 'wolfie.zz']))
    budget = want
    msgs, n = LT.take(c, rng, max(0, budget - 3), lower)
    items = [[m] for m in msgs]
    for f in LT.fillers(rng, rng.randint(4, 8)):
        items.insert(rng.randint(0, len(items)), [f])
    ft = font(F[0], 34 * s)
    fn = font(F[1], 34 * s)
    fts = font(F[0], 24 * s)
    y = int(200 * s) if not desk else int(40 * s)
    maxw = (W - x0) * 0.75
    used_headers = 0
    last = None
    for grp in items:
        who = rng.choice(friends) if rng.random() < 0.7 or last is None else last
        if y > H - int(260 * s):
            break
        if who != last:
            y += int(24 * s)
            ui.pet_avatar(cv, x0 + int(70 * s), y + int(34 * s), int(34 * s), rng.choice(ui.ACCENTS), rng)
            kind = 'HANDLE' if used_headers < max(1, want - n) else None
            name = who if kind else rng.choice(['deleted user', 'Guest'])
            b = cv.text((x0 + int(130 * s), y), name, fn, rng.choice(ui.ACCENTS[:6]) if bg[0] < 128 else (40, 40, 120), kind=kind)
            if kind:
                used_headers += 1
            cv.text((b[2] + int(18 * s), y + int(6 * s)), rng.choice(['Today at ', 'Yesterday at ']) + f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM', fts,
                    mix(fg, bg, 0.5))
            y += int(48 * s)
            last = who
        for m in grp:
            yb, _ = cv.para((x0 + int(130 * s), y), m, ft, fg, maxw)
            y = yb + int(8 * s)
    # input box
    cv.rrect((x0 + int(30 * s), H - int(140 * s), W - int(30 * s), H - int(50 * s)), int(14 * s), fill=lighter(bg, 0.08) if bg[0] < 128 else darker(bg, 0.05))
    cv.text((x0 + int(60 * s), H - int(115 * s)), 'Message #general', font(F[0], 32 * s), mix(fg, bg, 0.5))
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ lock screen
def lockscreen(rng, nrng, want):
    c = Child(rng)
    W, H = rng.choice(ui.PHONE_SIZES)
    s = W / 1080
    c1 = rng.choice([(40, 60, 140), (120, 40, 110), (10, 90, 90), (200, 120, 60), (30, 30, 40), (90, 140, 200)])
    img = TX.gradient(W, H, c1, lighter(rng.choice(ui.ACCENTS), 0.2))
    cv = Canvas(W, H, img=img)
    # a few soft shapes as wallpaper
    for _ in range(6):
        r = rng.randint(int(80 * s), int(300 * s))
        x, y = rng.randint(0, W), rng.randint(0, H)
        cv.d.ellipse((x - r, y - r, x + r, y + r), fill=lighter(c1, rng.uniform(0.1, 0.4)))
    ui.status_bar(cv, rng, dark=True)
    F = fam(rng)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    cv.ctext(W / 2, int(260 * s), f'{hh}:{mm:02d}', font(rng.choice(['light', 'sans', 'free']), 220 * s), (250, 250, 250))
    cv.ctext(W / 2, int(190 * s), rng.choice(['Saturday 5 December', 'Sunday, December 6', 'Friday 4 December', 'Monday 7 December']),
             font(F[0], 44 * s), (240, 240, 240))
    lower = rng.random() < 0.5
    apps = [('Messages', (52, 199, 89)), ('WhatsApp', (37, 211, 102)), ('Snapchat', (255, 220, 0)), ('Roblox', (60, 60, 60)),
            ('Calendar', (255, 59, 48)), ('Instagram', (225, 48, 108)), ('Discord', (88, 101, 242)), ('Find My', (0, 180, 90))]
    y = int(620 * s)
    budget = want
    owner = rng.random() < 0.4 and budget >= 1
    if owner:
        budget -= 1
    msgs, n = LT.take(c, rng, budget, lower)
    fills = LT.fillers(rng, rng.randint(1, 3))
    notes = msgs + fills
    rng.shuffle(notes)
    extra = budget - n
    ft = font(F[0], 34 * s)
    fb = font(F[1], 34 * s)
    for segs in notes:
        app, col = rng.choice(apps)
        tw, th, nl = cv.measure_para(segs, ft, W - int(200 * s))
        bh = int(120 * s + th)
        if y + bh > H - int(320 * s):
            break
        cv.rrect((int(40 * s), y, W - int(40 * s), y + bh), int(36 * s), fill=(245, 245, 248))
        cv.rrect((int(70 * s), y + int(28 * s), int(130 * s), y + int(88 * s)), int(14 * s), fill=col)
        who_kind = None
        who = rng.choice(['Mum', 'Dad', 'Nan', 'Coach', app])
        if extra > 0 and rng.random() < 0.7:
            who = c.friend_first if rng.random() < 0.5 else c.friend
            who_kind = 'PERSON'
            extra -= 1
        cv.text((int(160 * s), y + int(24 * s)), who, fb, (20, 20, 20), kind=who_kind)
        cv.text((W - int(200 * s), y + int(28 * s)), rng.choice(['now', '2m ago', '14m ago', '1h ago']), font(F[0], 26 * s), (120, 120, 120))
        cv.para((int(160 * s), y + int(74 * s)), segs, ft, (40, 40, 40), W - int(240 * s))
        y += bh + int(22 * s)
    if owner:
        line = rng.choice(['If found please call ', 'Owner: ' + c.first + ' - call ', 'Emergency contact: Mum '])
        cv.ctext(W / 2, H - int(230 * s), line.strip(), font(F[0], 30 * s), (240, 240, 240))
        cv.ctext(W / 2, H - int(185 * s), c.parent_phone, font(F[1], 34 * s), (250, 250, 250), kind='PHONE')
    ui.home_bar(cv, dark=True)
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ game profile
def game_profile(rng, nrng, want):
    c = Child(rng)
    desk = rng.random() < 0.45
    W, H = rng.choice(ui.DESK_SIZES if desk else ui.PHONE_SIZES)
    s = min(W, H) / (1450 if desk else 1080)
    bg = rng.choice([(22, 24, 38), (14, 30, 40), (35, 20, 50), (232, 236, 244)])
    fg = ink_for(bg)
    acc = rng.choice(ui.ACCENTS)
    img = TX.gradient(W, H, bg, darker(bg, 0.4) if bg[0] < 128 else lighter(acc, 0.85))
    cv = Canvas(W, H, img=img)
    F = fam(rng)
    if not desk:
        ui.status_bar(cv, rng, dark=bg[0] < 128)
    top = int(120 * s)
    cv.d.rectangle((0, top, W, top + int(300 * s)), fill=darker(acc, 0.3))
    for i in range(12):
        x = rng.randint(0, W)
        cv.d.polygon([(x, top), (x + int(80 * s), top), (x + int(20 * s), top + int(300 * s)), (x - int(60 * s), top + int(300 * s))],
                     fill=mix(darker(acc, 0.3), acc, rng.uniform(0.1, 0.5)))
    ax, ay = int(60 * s) + int(110 * s), top + int(300 * s)
    ui.pet_avatar(cv, ax, ay, int(110 * s), acc, rng)
    items = []
    budget = want
    cv.text((int(300 * s), ay + int(10 * s)), c.handle, font(F[1], 64 * s), fg, kind='HANDLE')
    budget -= 1
    cv.text((int(300 * s), ay + int(90 * s)), f'Level {rng.randint(5, 180)}  ·  {rng.choice(["Diamond II", "Gold", "Platinum III", "Bronze", "Legend"])}',
            font(F[0], 36 * s), mix(fg, bg, 0.3))
    y = ay + int(170 * s)
    fr = font(F[0], 36 * s)
    frb = font(F[1], 36 * s)
    # stats (harmless numbers)
    stats = [('Wins', str(rng.randint(10, 2000))), ('K/D', f'{rng.uniform(0.4, 3.2):.2f}'), ('Hours', str(rng.randint(20, 900))),
             ('Matches', str(rng.randint(50, 5000)))]
    colw = (W - int(120 * s)) / 4
    for i, (k, v) in enumerate(stats):
        x = int(60 * s + i * colw)
        cv.rrect((x, y, x + colw - int(20 * s), y + int(140 * s)), int(18 * s), fill=mix(bg, fg, 0.08))
        cv.text((x + int(24 * s), y + int(18 * s)), k, font(F[0], 28 * s), mix(fg, bg, 0.4))
        cv.text((x + int(24 * s), y + int(62 * s)), v, font(F[1], 50 * s), fg)
    y += int(190 * s)
    qr_on = rng.random() < 0.6 and budget >= 2
    if qr_on:
        budget -= 1
    fields = []
    if budget > 0:
        fields.append(('Friend code', [('SW-' + c.friend_code, 'HANDLE')]))
    fields.append(('Real name', [(c.full, 'PERSON')]))
    fields.append(('About me', [(str(c.age), 'AGE'), (' | ', None), (c.town.lower(), 'LOCATION'), (' | ', None), (c.year.lower(), 'AGE')]))
    fields.append(('Birthday', [(c.dob_str(rng.choice([1, 2, 5, 6])), 'DATE_OF_BIRTH')]))
    fields.append(('School', [(c.school, 'SCHOOL')]))
    fields.append(('Also on', [(personal_url(rng, c.handle2), 'URL')]))
    fields.append(('Contact', [(c.email, 'EMAIL')]))
    fields.append(('Team', [(c.club, 'ORG')]))
    rng.shuffle(fields)
    harmless = [('Favourite mode', [('Battle Royale', None)]), ('Main', [('Sniper', None)]), ('Region', [('EU West', None)]),
                ('Joined', [('March 2024', None)]), ('Status', [('Looking for squad', None)])]
    chosen = []
    for lab, segs in fields:
        k = LT.count(segs)
        if k <= budget:
            chosen.append((lab, segs))
            budget -= k
    chosen += rng.sample(harmless, 2)
    rng.shuffle(chosen)
    for lab, segs in chosen:
        if y > H - int(200 * s) - (int(380 * s) if qr_on and not desk else 0):
            break
        cv.text((int(60 * s), y), lab, frb, mix(fg, bg, 0.35))
        _, b = cv.para((int(380 * s), y), segs, fr, fg, W - int(440 * s) - (int(300 * s) if qr_on and desk else 0))
        y = max(y + int(60 * s), b[3] + int(24 * s))
    if qr_on:
        payload, kind = (f'https://www.roblox.com/users/{rng.randint(100000000, 999999999)}/profile', 'URL') if rng.random() < 0.5 else \
            (f'https://t.me/{c.handle.strip("_.").replace(".", "_")}', 'HANDLE')
        qs = int(260 * s)
        qx = W - qs - int(60 * s)
        qy = min(H - qs - int(60 * s), ay + int(170 * s + 190 * s)) if desk else H - qs - int(60 * s)
        cv.qr(payload, qx, qy, qs, kind=kind)
        cv.text((qx, qy - int(40 * s)), 'Scan to add me', font(F[0], 28 * s), fg)
    return cv, {'medium': 'screen'}


def game_lobby(rng, nrng, want):
    c = Child(rng)
    W, H = rng.choice([(1920, 1080), (2560, 1440), (3840, 2160), (1366, 768), (3000, 2000), (2400, 1080)])
    s = H / 1080
    img = TX.gradient(W, H, (rng.randint(10, 60), rng.randint(20, 80), rng.randint(40, 120)), (10, 10, 20))
    cv = Canvas(W, H, img=img)
    F = fam(rng)
    fg = (240, 240, 240)
    cv.text((int(60 * s), int(40 * s)), rng.choice(['LOBBY', 'PARTY', 'SQUAD', 'WAITING FOR PLAYERS']), font(F[1], 64 * s), fg)
    cv.text((int(60 * s), int(120 * s)), f'Party code: {rng.choice("ABCDEFGHJK")}{rng.randint(1000, 9999)}{rng.choice("XYZQ")}   ·   Mode: {rng.choice(["Duos", "Squads", "Creative", "Ranked"])}',
            font(F[0], 32 * s), (190, 200, 220))
    nslots = rng.randint(3, 6)
    others = ['pixelpanda_09', 'frostbyte.kai', 'lil_nova22', 'creeperkid_88', 'turbo_tobi', 'mangoslime', 'kiki.draws', 'rocket_raf', 'sparkle_mei',
              'NightOwl_77', 'zuzu.bloxx', 'the_real_dani', 'Captain_Kiwi', 'bananabread_44']
    rng.shuffle(others)
    names = [c.handle] + others[:nslots - 1]
    budget = want
    sw = (W * 0.62) / nslots
    for i, nm in enumerate(names):
        x = int(60 * s + i * sw)
        cv.rrect((x, int(220 * s), x + sw - int(20 * s), int(700 * s)), int(20 * s), fill=(30, 34, 52))
        ui.pet_avatar(cv, x + (sw - int(20 * s)) / 2, int(400 * s), int(100 * s), rng.choice(ui.ACCENTS), rng)
        fnm = font(F[1], min(34 * s, (sw - 40 * s) / max(6, len(nm)) * 1.7))
        kind = 'HANDLE' if budget > 0 else None
        if not kind:
            nm = f'Player {i + 1}'
        cv.ctext(x + (sw - int(20 * s)) / 2, int(560 * s), nm, fnm, fg, kind=kind)
        budget -= 1 if kind else 0
        cv.ctext(x + (sw - int(20 * s)) / 2, int(620 * s), f'LVL {rng.randint(3, 200)}', font(F[0], 26 * s), (160, 170, 200))
    # chat panel
    px = int(W * 0.66)
    cv.rrect((px, int(220 * s), W - int(40 * s), H - int(60 * s)), int(16 * s), fill=(15, 16, 26))
    cv.text((px + int(24 * s), int(240 * s)), 'Party chat', font(F[1], 30 * s), fg)
    msgs, n = LT.take(c, rng, max(0, budget), lower=True)
    lines = msgs + LT.fillers(rng, rng.randint(3, 6))
    rng.shuffle(lines)
    y = int(300 * s)
    ft = font(F[0], rng.choice([22, 24, 28]) * s)
    for m in lines:
        who = rng.choice(['[party] ', '[squad] ', '[all] '])
        segs = [(who, None, (120, 200, 255))] + [(t, k) for t, k in m]
        yb, _ = cv.para((px + int(24 * s), y), segs, ft, (225, 225, 225), W - px - int(100 * s))
        y = yb + int(6 * s)
        if y > H - int(120 * s):
            break
    cv.text((int(60 * s), H - int(120 * s)), 'READY  (3/4)', font(F[1], 48 * s), (120, 255, 150))
    return cv, {'medium': 'screen'}


def leaderboard(rng, nrng, want):
    c = Child(rng)
    phone = rng.random() < 0.5
    W, H = rng.choice(ui.PHONE_SIZES if phone else ui.DESK_SIZES)
    s = W / 1080 if phone else H / 1080
    bg = rng.choice([(250, 248, 240), (20, 24, 40), (40, 20, 60), (235, 245, 255)])
    fg = ink_for(bg)
    cv = Canvas(W, H, bg)
    F = fam(rng)
    if phone:
        ui.status_bar(cv, rng, dark=bg[0] < 128)
    title = rng.choice(['WEEKLY LEADERBOARD', 'Top Players', 'Class Leaderboard', 'Season 9 Rankings', 'Maths Race - This Week'])
    cv.ctext(W / 2, int(110 * s), title, font(F[1], 60 * s), fg)
    sub = rng.choice(['Global', 'Friends', 'Your class', 'Region: Oceania', 'Region: Europe'])
    cv.ctext(W / 2, int(190 * s), sub, font(F[0], 32 * s), mix(fg, bg, 0.4))
    rows = rng.randint(8, 12)
    tags = ['pixelpanda_09', 'frostbyte.kai', 'lil_nova22', 'creeperkid_88', 'turbo_tobi', 'mangoslime', 'kiki.draws', 'rocket_raf', 'sparkle_mei',
            'NightOwl_77', 'zuzu.bloxx', 'the_real_dani', 'Captain_Kiwi', 'bananabread_44', 'aroha.plays', 'sipho_gg', 'minh_2k13', 'darragh.ftw']
    rng.shuffle(tags)
    me = rng.randint(0, rows - 1)
    real = set(rng.sample([i for i in range(rows) if i != me], min(rows - 1, max(0, want - 1))))
    score = rng.randint(20000, 90000)
    y = int(270 * s)
    rh = (H - y - int(80 * s)) / rows
    rh = min(rh, 130 * s)
    fr = font(F[0], min(40 * s, rh * 0.42))
    frb = font(F[1], min(40 * s, rh * 0.42))
    mx = int(50 * s)
    for i in range(rows):
        score -= rng.randint(100, 3000)
        hl = i == me
        col = rng.choice(ui.ACCENTS) if hl else mix(bg, fg, 0.06 if i % 2 else 0.0)
        cv.rrect((mx, y, W - mx, y + rh - int(10 * s)), int(14 * s), fill=col)
        tc = ink_for(col)
        cv.text((mx + int(30 * s), y + rh * 0.25), f'#{i + 1}', frb, tc)
        ui.avatar(cv, mx + int(170 * s), y + (rh - 10 * s) / 2, int(rh * 0.32), rng.choice(ui.ACCENTS))
        if hl:
            nm, kind = c.handle, 'HANDLE'
        elif i in real:
            nm, kind = tags[i], 'HANDLE'
        else:
            nm, kind = rng.choice(['Anonymous', 'Hidden player', 'Player']), None
        cv.text((mx + int(240 * s), y + rh * 0.25), nm + ('  (you)' if hl else ''), frb if hl else fr, tc)
        if kind:
            f_ = frb if hl else fr
            x0 = mx + int(240 * s)
            bb = f_.getbbox(nm)
            yy = y + rh * 0.25
            cv.leak(kind, nm, (x0 + bb[0], yy + bb[1], x0 + bb[2], yy + bb[3]))
        cv.text((W - mx - int(30 * s), y + rh * 0.25), f'{score:,}', frb, tc, anchor='ra')
        y += rh
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ video call
def video_call(rng, nrng, want):
    c = Child(rng)
    W, H = rng.choice([(1920, 1080), (2560, 1440), (1366, 768), (3840, 2160), (2048, 1536), (3000, 2000)])
    s = H / 1080
    cv = Canvas(W, H, (32, 33, 36))
    F = fam(rng)
    budget = want
    title_kind = rng.random() < 0.5 and budget >= 2
    if title_kind:
        b1 = cv.text((int(30 * s), int(22 * s)), rng.choice(['Maths catch-up ', 'Homework club ', 'Study group ', 'Book club ']), font(F[1], 30 * s), (230, 230, 230))
        b2 = cv.text((b1[2] + int(8 * s), int(22 * s)), c.year, font(F[1], 30 * s), (230, 230, 230), kind='AGE')
        cv.text((b2[2] + int(14 * s), int(22 * s)), '- ' , font(F[1], 30 * s), (230, 230, 230))
        cv.text((b2[2] + int(44 * s), int(22 * s)), c.school, font(F[1], 30 * s), (230, 230, 230), kind='SCHOOL')
        budget -= 2
    else:
        cv.text((int(30 * s), int(22 * s)), rng.choice(['Meeting', 'Call', 'Family call']) + f'  {rng.randint(10, 59)}:{rng.randint(0, 59):02d}', font(F[1], 30 * s), (230, 230, 230))
    chat = rng.random() < 0.5
    gw = W * (0.74 if chat else 1.0)
    n = rng.choice([4, 4, 6, 9])
    cols = 2 if n == 4 else 3
    rows = math.ceil(n / cols)
    top = int(80 * s)
    bottom = H - int(110 * s)
    tw = (gw - int(20 * s)) / cols
    th = (bottom - top) / rows
    people = [c.full if rng.random() < 0.5 else c.first, c.friend, f'{c.sibling} {c.last}']
    from people import first_name, last_name
    while len(people) < n:
        people.append(f'{first_name(rng, c.country)} {last_name(rng, c.country)}' if rng.random() < 0.7 else first_name(rng, c.country))
    for i in range(n):
        r, k = divmod(i, cols)
        x0, y0 = int(10 * s + k * tw), int(top + r * th)
        col = mix((50, 52, 58), rng.choice(ui.ACCENTS), rng.uniform(0.05, 0.3))
        cv.rrect((x0 + int(6 * s), y0 + int(6 * s), x0 + tw - int(6 * s), y0 + th - int(6 * s)), int(14 * s), fill=col)
        ui.avatar(cv, x0 + tw / 2, y0 + th / 2, int(min(tw, th) * 0.17), rng.choice(ui.ACCENTS), people[i][0].upper(), font(F[1], min(tw, th) * 0.15))
        nm = people[i]
        kind = 'PERSON' if budget > 0 else None
        if not kind:
            nm = rng.choice(['iPad', 'Guest', 'Galaxy Tab', 'Unknown', 'Chromebook'])
        if rng.random() < 0.2 and kind:
            nm = nm.split()[0] + "'s iPad"
            lab = cv.text((x0 + int(24 * s), y0 + th - int(56 * s)), nm, font(F[0], 26 * s), (245, 245, 245))
            f_ = font(F[0], 26 * s)
            core = nm.split("'")[0]
            bb = f_.getbbox(core)
            cv.leak('PERSON', core, (x0 + int(24 * s) + bb[0], y0 + th - int(56 * s) + bb[1], x0 + int(24 * s) + bb[2], y0 + th - int(56 * s) + bb[3]))
        else:
            cv.text((x0 + int(24 * s), y0 + th - int(56 * s)), nm, font(F[0], 26 * s), (245, 245, 245), kind=kind)
        budget -= 1 if kind else 0
    if chat:
        px = int(gw + 10 * s)
        cv.rrect((px, top, W - int(10 * s), bottom), int(12 * s), fill=(255, 255, 255))
        cv.text((px + int(20 * s), top + int(16 * s)), 'In-call messages', font(F[1], 28 * s), (30, 30, 30))
        msgs, _ = LT.take(c, rng, max(0, budget), lower=rng.random() < 0.6)
        y = top + int(70 * s)
        for m in msgs + LT.fillers(rng, 2):
            yb, _ = cv.para((px + int(20 * s), y), m, font(F[0], 24 * s), (40, 40, 40), W - px - int(50 * s))
            y = yb + int(14 * s)
            if y > bottom - int(60 * s):
                break
    for i in range(5):
        cx = W / 2 + (i - 2) * int(90 * s)
        cv.d.ellipse((cx - 32 * s, H - 90 * s, cx + 32 * s, H - 26 * s), fill=(234, 67, 53) if i == 4 else (60, 64, 67))
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ sign-up form
def signup_form(rng, nrng, want):
    c = Child(rng)
    phone = rng.random() < 0.5
    W, H = rng.choice(ui.PHONE_SIZES if phone else ui.DESK_SIZES)
    s = W / 1080 if phone else H / 1080
    acc = rng.choice(ui.ACCENTS)
    cv = Canvas(W, H, (255, 255, 255))
    F = fam(rng)
    if phone:
        ui.status_bar(cv, rng)
    cv.d.rectangle((0, int(80 * s), W, int(200 * s)), fill=acc)
    cv.text((int(40 * s), int(110 * s)), rng.choice(['Create your account', 'Join the club!', 'Sign up for Summer Camp', 'Register for Coding Club',
                                                     'New player registration']), font(F[1], 48 * s), ink_for(acc))
    fields = [('First name', c.first, 'PERSON'), ('Last name', c.last, 'PERSON'), ('Date of birth', c.dob_str(rng.choice([0, 3])), 'DATE_OF_BIRTH'),
              ('Email', c.email, 'EMAIL'), ('Username', c.handle, 'HANDLE'), ('School', c.school, 'SCHOOL'), ('Postcode' if c.country in ('UK', 'AU', 'NZ', 'IE', 'ZA') else 'ZIP / PIN code', c.pc, 'ADDRESS'),
              ('Mobile', c.phone, 'PHONE'), ('Parent email', c.parent_email, 'EMAIL'), ('Home address', c.short_address(), 'ADDRESS'),
              ('Town / city', c.town, 'LOCATION'), ('School year', c.year, 'AGE')]
    chosen = set(rng.sample(range(len(fields)), min(want, len(fields))))
    x = int(60 * s)
    fw = (W - 2 * x) if phone else min((W - 3 * x) // 2, int(900 * s))
    if not phone:
        x = (W - 2 * fw - x) // 2
    x_left = x
    y = int(250 * s)
    y_top = y
    fl = font(F[0], 30 * s)
    fv = font(F[0], 38 * s)
    fh = int(88 * s)
    if not phone:
        s = s * 0.8
        fl = font(F[0], 30 * s)
        fv = font(F[0], 38 * s)
        fh = int(88 * s)
    per_col = max(1, int((H - int(200 * s) - y) // (fh + int(70 * s))))
    cap = per_col * (1 if phone else 2)
    unchosen = [i for i in range(len(fields)) if i not in chosen]
    ch_list = sorted(chosen)[:cap]
    show = ch_list + unchosen[:max(0, min(cap, len(ch_list) + 2) - len(ch_list))]
    show.sort()
    col = 0
    for i in show:
        lab, val, kind = fields[i]
        if y + fh + int(60 * s) > H - int(200 * s):
            if phone or col == 1:
                break
            col = 1
            x = x_left + fw + int(60 * s)
            y = y_top
        cv.text((x, y), lab, fl, (90, 90, 90))
        y += int(44 * s)
        cv.rrect((x, y, x + fw, y + fh), int(12 * s), outline=acc if i in chosen else (200, 200, 200), width=max(2, int(3 * s)))
        if i in chosen:
            cv.text((x + int(24 * s), y + int(22 * s)), val, fv, (20, 20, 20), kind=kind)
        else:
            cv.text((x + int(24 * s), y + int(22 * s)), rng.choice(['Required', 'Optional', 'Enter ' + lab.lower()]), fv, (175, 175, 175))
        y += fh + int(26 * s)
    if y + int(170 * s) < H:
        x = x_left if phone else x
        cv.rrect((x, y + int(20 * s), x + fw, y + int(120 * s)), int(50 * s), fill=acc)
        cv.ctext(x + fw / 2, y + int(45 * s), rng.choice(['Continue', 'Sign up', 'Submit', 'Next']), font(F[1], 40 * s), ink_for(acc))
        cv.text((x, y + int(140 * s)), 'By continuing you agree to the Terms of Service.', font(F[0], 22 * s), (130, 130, 130))
    return cv, {'medium': 'screen'}


# ------------------------------------------------------------------ social profile
def social_profile(rng, nrng, want):
    c = Child(rng)
    W, H = rng.choice(ui.PHONE_SIZES)
    s = W / 1080
    dark = rng.random() < 0.4
    bg, fg, alt = _pal(rng, dark)
    cv = Canvas(W, H, bg)
    F = fam(rng)
    ui.status_bar(cv, rng, dark)
    budget = want
    cv.text((int(40 * s), int(100 * s)), c.handle, font(F[1], 44 * s), fg, kind='HANDLE')
    budget -= 1
    soc_qr = rng.random() < 0.6 and budget >= 2
    if soc_qr:
        budget -= 1
    ui.pet_avatar(cv, int(150 * s), int(310 * s), int(105 * s), rng.choice(ui.ACCENTS), rng)
    for i, (k, v) in enumerate([('Posts', rng.randint(3, 300)), ('Followers', rng.randint(20, 2000)), ('Following', rng.randint(20, 900))]):
        cx = int(420 * s + i * 230 * s)
        cv.ctext(cx, int(260 * s), str(v), font(F[1], 44 * s), fg)
        cv.ctext(cx, int(320 * s), k, font(F[0], 28 * s), fg)
    y = int(440 * s)
    if budget > 0:
        nm = rng.choice([c.full, c.first, c.first + ' ' + c.last[0] + '.'])
        cv.text((int(40 * s), y), nm, font(F[1], 36 * s), fg, kind='PERSON')
        budget -= 1
    else:
        cv.text((int(40 * s), y), rng.choice(['artist', 'gamer', 'dancer']), font(F[1], 36 * s), fg)
    y += int(56 * s)
    bio_opts = [[(str(c.age), 'AGE'), (' | ', None), (c.year.lower(), 'AGE')],
                [('📍' if False else 'from ', None), (c.town.lower(), 'LOCATION')],
                [('student @ ', None), (c.school.lower(), 'SCHOOL')],
                [('bday ', None), (c.bday_short(), 'DATE_OF_BIRTH')],
                [('dm for collabs ', None), (c.email, 'EMAIL')],
                [('proud member of ', None), (c.club, 'ORG')],
                [('sc: ', None), (c.handle2, 'HANDLE')]]
    rng.shuffle(bio_opts)
    fb = font(F[0], 34 * s)
    for segs in bio_opts:
        k = LT.count(segs)
        if k <= budget:
            yb, _ = cv.para((int(40 * s), y), segs, fb, fg, W - int(80 * s))
            y = yb
            budget -= k
    if budget > 0:
        u = personal_url(rng, c.handle)
        cv.text((int(40 * s), y + int(6 * s)), u, font(F[1], 32 * s), (0, 120, 220) if not dark else (120, 180, 255), kind='URL')
        budget -= 1
        y += int(50 * s)
    else:
        cv.text((int(40 * s), y + int(6 * s)), rng.choice(['drawing every day', 'minecraft + art', 'slime shop coming soon']), fb, fg)
        y += int(50 * s)
    y += int(30 * s)
    ui.button(cv, (int(40 * s), y, W // 2 - int(10 * s), y + int(80 * s)), 'Edit profile', alt, font(F[1], 30 * s), fg, int(16 * s))
    ui.button(cv, (W // 2 + int(10 * s), y, W - int(40 * s), y + int(80 * s)), 'Share profile', alt, font(F[1], 30 * s), fg, int(16 * s))
    y += int(120 * s)
    if soc_qr:
        qs = int(300 * s)
        pl = rng.choice([(f'https://www.snapchat.com/add/{c.handle.replace("_", "-").strip("-.")}', 'HANDLE'),
                         (f'https://www.instagram.com/{c.handle}', 'HANDLE'), (f'https://www.tiktok.com/@{c.handle}', 'HANDLE')])
        cv.qr(pl[0], int(40 * s), y, qs, kind=pl[1], fg=(20, 20, 20), bg=(255, 252, 0) if 'snap' in pl[0] else (255, 255, 255))
        cv.text((int(40 * s) + qs + int(30 * s), y + qs // 2 - int(20 * s)), 'scan to follow me', font(F[0], 34 * s), fg)
        y += qs + int(30 * s)
    tile = (W - int(6 * s)) / 3
    k = 0
    while y + tile < H - int(120 * s):
        for i in range(3):
            col = rng.choice(ui.ACCENTS)
            x0 = i * (tile + int(3 * s))
            cv.d.rectangle((x0, y, x0 + tile, y + tile), fill=lighter(col, rng.uniform(0, 0.5)))
            for _ in range(3):
                r = rng.randint(int(20 * s), int(tile / 3))
                cx, cy = x0 + rng.uniform(0, tile), y + rng.uniform(0, tile)
                cv.d.ellipse((max(x0, cx - r), max(y, cy - r), min(x0 + tile, cx + r), min(y + tile, cy + r)), fill=darker(col, rng.uniform(0, 0.4)))
        y += tile + int(3 * s)
        k += 1
    cv.d.rectangle((0, H - int(110 * s), W, H), fill=bg)
    return cv, {'medium': 'screen'}
