"""Phone screenshots that show too much: chats, game profiles, friend lists, lobbies,
lock screens and sign-up forms."""
import data as D
from base import qr_payload
from common import (Layer, font, rfont, put_text, put_parts, wrap_parts, line_h, rounded, avatar, put_qr, parts_text,
                    qr_total, hexc, mix, rgba, tlen, fit_font, LayoutError)

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
            (1170, 2532), (720, 1600), (1125, 2436), (1080, 2280)]
LANDSCAPE = [(1280, 720), (1920, 1080), (2340, 1080), (1600, 720), (2400, 1080), (2532, 1170)]

AV_COLORS = [(229, 115, 115), (240, 98, 146), (186, 104, 200), (121, 134, 203), (79, 195, 247), (77, 182, 172),
             (129, 199, 132), (255, 183, 77), (255, 138, 101), (161, 136, 127), (100, 181, 246), (174, 213, 129)]


def screen_size(ctx, land=False):
    return ctx.ch(LANDSCAPE if land else PORTRAIT)


def initials(name):
    ps = [w for w in name.replace('@', '').replace('_', ' ').replace('.', ' ').split() if w]
    if not ps:
        return '?'
    if len(ps) == 1:
        return ps[0][:1].upper()
    return (ps[0][:1] + ps[-1][:1]).upper()


def status_bar(L, s, fg, ctx, h=None):
    h = h or int(40 * s)
    t = '%d:%02d' % (ctx.ri(6, 11) if ctx.chance(0.3) else ctx.ri(1, 11), ctx.ri(0, 59))
    if ctx.chance(0.3):
        t = '%d:%02d' % (ctx.ri(13, 23), ctx.ri(0, 59))
    put_text(L, (22 * s, h / 2), t, font('dv_b', 14 * s), fg, anchor='lm')
    x = L.W - 18 * s
    rounded(L, (x - 24 * s, h / 2 - 6 * s, x, h / 2 + 6 * s), 3 * s, None, outline=fg, width=max(1, int(1.3 * s)))
    lvl = ctx.r(0.15, 0.95)
    rounded(L, (x - 22 * s, h / 2 - 4 * s, x - 22 * s + 20 * s * lvl, h / 2 + 4 * s), 2 * s,
            fg if lvl > 0.2 else (230, 60, 60))
    for i in range(4):
        bx = x - 60 * s + i * 6 * s
        bh = (4 + 3 * i) * s
        L.d.rectangle([bx, h / 2 + 6 * s - bh, bx + 4 * s, h / 2 + 6 * s], fill=rgba(fg))
    return h


# ------------------------------------------------------------------ chat scripts
FILLERS_OUT = ['hey', 'hiii', 'lol', 'ok', 'what r u doing', 'did u do the maths hw?', 'haha same', 'brb',
               'can u play later?', 'ya', 'gtg dinner', 'see ya', 'omg', 'k', 'wanna play minecraft',
               'what time?', 'cool', 'im so bored', 'no way!!', 'same', 'hahaha', 'sorry was at practice',
               'ok ill ask my mum', 'send me the pic', 'did u see the new video', 'wait what']
FILLERS_IN = ['heyy', 'what are you up to', 'lol', 'yes!!', 'no', 'ok cool', 'did you finish the project?',
              'haha', 'ur so funny', 'omg same', 'mum says yes', 'ill be on at 7', 'wait for me',
              'who else is coming?', 'nice', 'bring snacks', 'idk', 'whats the homework', 'u there?',
              'cant, got swimming', 'LOL', 'k see u', 'i got a new phone', 'which bus are u getting']


def chat_pool(ctx, group=False):
    p, rng, reg = ctx.p, ctx.rng, ctx.region
    f0 = '%s %s' % (p.friends[1], p.friend_lasts[1])
    f1 = '%s %s' % (p.friends[2], p.friend_lasts[2])
    other_addr = D.address(rng, reg)
    pool = [
        [('out', [ctx.ch(['my new number is ', 'text me on ', 'this is my number ']), (p.phone_kid, 'PHONE')])],
        [('out', [ctx.ch(['add me on snap ', 'my snap is ', 'add my snap: ']), (p.handle, 'HANDLE')])],
        [('in', ['whats ur insta?']), ('out', [('@' + p.handle2, 'HANDLE')])],
        [('in', ['how old r u']), ('out', ['im ', (D.age_phrase(rng, p.age), 'AGE'), ' u?'])],
        [('out', ["we're both in ", (p.year, 'AGE'), ' at ', (p.school, 'SCHOOL')])],
        [('in', ['come to mine after school, its ', (other_addr['line1'] + ', ' + other_addr['town'], 'ADDRESS')])],
        [('out', ['my address is ', (p.addr['line1'] + ', ' + p.addr['town'], 'ADDRESS')])],
        [('in', ['is ur house the one on ', (p.addr['line1'], 'ADDRESS'), '?'])],
        [('out', ['our class at ', (p.school, 'SCHOOL'), ' is going to the zoo'])],
        [('in', ['which school r u going to next year?']), ('out', [(D.school_name(rng, reg), 'SCHOOL'), ' i think'])],
        [('in', ['r u still at ', (p.school, 'SCHOOL'), '?']), ('out', ['ya ', (p.year, 'AGE'), ' now'])],
        [('out', ['check out my channel ', (D.personal_url(rng, p.handle2, reg), 'URL')])],
        [('in', ['see u at ', (p.school, 'SCHOOL'), ' tmrw'])],
        [('out', ['training at ', (p.team, 'ORG'), ' is at 5'])],
        [('out', ['email me the slides ', (p.email_kid, 'EMAIL')])],
        [('in', ["when's your bday?"]), ('out', [(D.fmt_daymonth(rng, reg, p.dob), 'DATE_OF_BIRTH'), ' !!'])],
        [('out', ['follow me ', (p.url, 'URL')])],
        [('in', ['meet at the skate park in ', (p.addr['town'], 'LOCATION'), '?'])],
        [('in', ['this is ', (f0, 'PERSON'), "'s new number ", (D.mobile(rng, reg), 'PHONE')])],
        [('out', ['my mum is ', (p.parent, 'PERSON'), ', she works at ', (p.work, 'ORG')])],
        [('in', [(f1, 'PERSON'), ' got detention lol'])],
        [('out', ["call my mum if u can't find us ", (p.phone_parent, 'PHONE')])],
        [('in', ['are you doing ', (p.org, 'ORG'), ' this term?'])],
        [('out', ['my full name is ', (p.full, 'PERSON'), ' for the form'])],
        [('in', ['ok i sit next to ', (p.friends[4] + ' ' + p.friend_lasts[4], 'PERSON'), ' now'])],
        [('out', ['party at mine ', (D.event_date(rng, reg), None), ', ', (p.addr['one'], 'ADDRESS')])],
        [('in', ['my discord is ', (p.friend_handles[2], 'HANDLE')])],
        [('out', ['ya im ', (p.year, 'AGE'), ' now, ', (p.cls, None), ' with ', (p.teacher, 'PERSON')])],
    ]
    return pool


def chat_script(ctx, n_groups, group=False):
    pool = chat_pool(ctx, group)
    ctx.rng.shuffle(pool)
    chosen = pool[:n_groups]
    msgs = []
    for g in chosen:
        for _ in range(ctx.ri(0, 2)):
            if ctx.chance(0.5):
                msgs.append(('in', [ctx.ch(FILLERS_IN)]))
            else:
                msgs.append(('out', [ctx.ch(FILLERS_OUT)]))
        msgs.extend(g)
    for _ in range(ctx.ri(2, 5)):
        msgs.append((ctx.ch(['in', 'out']), [ctx.ch(FILLERS_IN + FILLERS_OUT)]))
    if ctx.chance(0.5):
        msgs.insert(0, ('in', [ctx.ch(FILLERS_IN)]))
    return msgs


def fix_parts(parts):
    return [(s, k) if not isinstance(s, tuple) else s for s, k in [(q, None) if isinstance(q, str) else q for q in parts]]


def times(ctx, n):
    h = ctx.ri(7, 21)
    m = ctx.ri(0, 40)
    out = []
    for i in range(n):
        m += ctx.ri(0, 3)
        hh, mm = h + m // 60, m % 60
        out.append('%d:%02d' % (hh if hh <= 12 else hh - 12, mm) + (' pm' if hh >= 12 else ' am'))
    return out


# ------------------------------------------------------------------ chat renderer
APPS = {
    'whatsapp': {'light': dict(bg='#EFE7DE', bar='#008069', barfg='#FFFFFF', inb='#FFFFFF', outb='#D9FDD3',
                               fg='#111B21', sub='#667781', inbar='#F0F2F5'),
                 'dark': dict(bg='#0B141A', bar='#1F2C34', barfg='#E9EDEF', inb='#202C33', outb='#005C4B',
                              fg='#E9EDEF', sub='#8696A0', inbar='#1F2C34')},
    'imessage': {'light': dict(bg='#FFFFFF', bar='#F6F6F6', barfg='#000000', inb='#E9E9EB', outb='#0A84FF',
                               fg='#000000', outfg='#FFFFFF', sub='#8E8E93', inbar='#FFFFFF'),
                 'dark': dict(bg='#000000', bar='#1C1C1E', barfg='#FFFFFF', inb='#26252A', outb='#0A84FF',
                              fg='#FFFFFF', outfg='#FFFFFF', sub='#8E8E93', inbar='#000000')},
    'instagram': {'light': dict(bg='#FFFFFF', bar='#FFFFFF', barfg='#000000', inb='#EFEFEF', outb='#3797F0',
                                fg='#000000', outfg='#FFFFFF', sub='#737373', inbar='#FFFFFF'),
                  'dark': dict(bg='#000000', bar='#000000', barfg='#F5F5F5', inb='#262626', outb='#7B3FE4',
                               fg='#F5F5F5', outfg='#FFFFFF', sub='#A8A8A8', inbar='#000000')},
    'discord': {'light': dict(bg='#FFFFFF', bar='#F2F3F5', barfg='#060607', fg='#2E3338', sub='#5C5E66',
                              inbar='#EBEDEF'),
                'dark': dict(bg='#313338', bar='#2B2D31', barfg='#F2F3F5', fg='#DBDEE1', sub='#949BA4',
                             inbar='#383A40')},
    'sms': {'light': dict(bg='#FFFFFF', bar='#FFFFFF', barfg='#1F1F1F', inb='#E9EEF6', outb='#D3E3FD',
                          fg='#1F1F1F', sub='#5F6368', inbar='#F1F3F4'),
            'dark': dict(bg='#131314', bar='#131314', barfg='#E3E3E3', inb='#2D2F31', outb='#0842A0',
                         fg='#E3E3E3', outfg='#E3E3E3', sub='#9AA0A6', inbar='#2D2F31')},
}


def chat_screen(ctx, app):
    p, rng = ctx.p, ctx.rng
    land = ctx.chance(0.12)
    W, H = screen_size(ctx, land)
    s = min(W, H) / 390.0
    mode = 'dark' if ctx.chance(0.45) else 'light'
    th = {k: hexc(v) for k, v in APPS[app][mode].items()}
    outfg = th.get('outfg', th['fg'])
    L = Layer(W, H, th['bg'])
    fk = rfont(ctx.rng, 'ui')
    fkb = fk + '_b' if fk + '_b' in ('dv_b', 'lib_b', 'fs_b', 'dvc_b') else 'dv_b'
    fsz = ctx.r(14.5, 17.5) * s
    fnt = font(fk, fsz)
    small = font(fk, fsz * 0.72)
    group = app == 'whatsapp' and ctx.chance(0.25)
    # ------------------------------------------------ header
    sb_fg = th['barfg'] if app == 'whatsapp' else th['fg']
    L.d.rectangle([0, 0, W, int(40 * s)], fill=rgba(th['bar']))
    sbh = status_bar(L, s, sb_fg, ctx)
    hh = int(58 * s)
    L.d.rectangle([0, sbh, W, sbh + hh], fill=rgba(th['bar']))
    contact_kind = 'PERSON'
    if app == 'sms' and ctx.chance(0.3):
        contact = p.phone_parent2 if ctx.chance(0.5) else D.mobile(rng, ctx.region)
        contact_kind = 'PHONE'
    elif group:
        contact = None
    else:
        contact = ctx.ch(['%s %s' % (p.friends[0], p.friend_lasts[0]), p.friends[0],
                          '%s %s' % (p.friends[0], p.friend_lasts[0][0] + '.')])
    hdr_f = font(fkb, 17 * s)
    y_hdr = sbh + hh / 2
    if app == 'imessage':
        avatar(L, W / 2, sbh + 20 * s, 17 * s, initials(contact or 'G'), (160, 164, 172))
        put_text(L, (W / 2, sbh + 48 * s), contact, font(fk, 12 * s), th['barfg'], kind=contact_kind, anchor='mm')
        put_text(L, (16 * s, sbh + 20 * s), '<', font('dv', 26 * s), (10, 132, 255), anchor='lm')
    elif app == 'instagram':
        h = p.friend_handles[0]
        put_text(L, (16 * s, y_hdr), '<', font('dv', 24 * s), th['barfg'], anchor='lm')
        avatar(L, 56 * s, y_hdr, 17 * s, initials(contact), ctx.ch(AV_COLORS))
        put_text(L, (82 * s, y_hdr - 9 * s), contact, font(fkb, 15 * s), th['barfg'], kind=contact_kind, anchor='lm')
        put_text(L, (82 * s, y_hdr + 10 * s), h, font(fk, 12 * s), th['sub'], kind='HANDLE', anchor='lm')
    elif app == 'discord':
        chan = ctx.ch(['general', 'chat', 'gaming', 'homework-help', 'memes', 'off-topic'])
        put_text(L, (18 * s, y_hdr - 9 * s), '# ' + chan, font(fkb, 16 * s), th['barfg'], anchor='lm')
        srv = ctx.ch([(p.team, 'ORG'), ('%s %s gang' % (D.school_short(p.school), p.year), None),
                      ('%s squad' % p.first, None)])
        put_text(L, (18 * s, y_hdr + 11 * s), srv[0], font(fk, 12 * s), th['sub'], kind=srv[1], anchor='lm')
    else:
        put_text(L, (14 * s, y_hdr), '<', font('dv', 24 * s), th['barfg'], anchor='lm')
        name = contact if contact else '%s %s' % (p.year, ctx.ch(['squad', 'girls', 'lads', 'class chat', 'besties']))
        avatar(L, 56 * s, y_hdr, 18 * s, initials(name) if contact_kind != 'PHONE' else '#', ctx.ch(AV_COLORS))
        if group:
            parts = [(p.year, 'AGE'), name[len(p.year):]]
            put_parts(L, (84 * s, y_hdr - 9 * s), parts, hdr_f, th['barfg'], anchor_v='m')
            mem = ', '.join(p.friends[:4]) + ', You'
            mem_f = font(fk, 11.5 * s)
            # member names, each a PERSON leak
            xx = 84 * s
            for i, fname in enumerate(p.friends[:2]):
                put_text(L, (xx, y_hdr + 11 * s), fname, mem_f, th['barfg'] if app == 'whatsapp' else th['sub'],
                         kind='PERSON', anchor='lm')
                xx += tlen(fname + ', ', mem_f)
            put_text(L, (xx, y_hdr + 11 * s), 'You', mem_f, th['barfg'] if app == 'whatsapp' else th['sub'], anchor='lm')
        else:
            put_text(L, (84 * s, y_hdr - (8 * s if app == 'whatsapp' else 0)), name, hdr_f, th['barfg'],
                     kind=contact_kind, anchor='lm')
            if app == 'whatsapp':
                put_text(L, (84 * s, y_hdr + 12 * s), ctx.ch(['online', 'typing...', 'last seen today at 8:14 pm']),
                         font(fk, 11.5 * s), th['barfg'], anchor='lm')
    top = sbh + hh + 10 * s
    # ------------------------------------------------ input bar
    ib = int(56 * s)
    L.d.rectangle([0, H - ib, W, H], fill=rgba(th['inbar']))
    rounded(L, (12 * s, H - ib + 9 * s, W - 60 * s, H - 9 * s), 19 * s, mix(th['inbar'], th['fg'], 0.08))
    put_text(L, (30 * s, H - ib / 2), 'Message' if app != 'discord' else 'Message #chat', font(fk, 14 * s),
             th['sub'], anchor='lm')
    L.d.ellipse([W - 50 * s, H - ib / 2 - 19 * s, W - 12 * s, H - ib / 2 + 19 * s],
                fill=rgba(th.get('outb', (88, 101, 242)) if app != 'discord' else (88, 101, 242)))
    bottom = H - ib - 8 * s
    # ------------------------------------------------ QR inside a shared image (optional)
    qr_typ = ctx.spec.get('qr')
    # ------------------------------------------------ messages
    n_groups = ctx.ri(3, 5) + (1 if H / s > 760 else 0)
    if app == 'discord':
        n_groups = ctx.ri(2, 4)
    msgs = chat_script(ctx, n_groups, group)
    if app == 'discord':
        # discord shows one author header per block: regroup into blocks of 2-4 messages
        ins = [m_ for m_ in msgs if m_[0] == 'in']
        outs = [m_ for m_ in msgs if m_[0] == 'out']
        msgs = []
        turn = ctx.ch(['in', 'out'])
        while ins or outs:
            src = ins if (turn == 'in' and ins) or not outs else outs
            k = ctx.ri(3, 5)
            msgs.extend(src[:k])
            del src[:k]
            turn = 'out' if turn == 'in' else 'in'
    tms = times(ctx, len(msgs) + 2)
    y = top + 6 * s
    if ctx.chance(0.6):
        put_text(L, (W / 2, y + 8 * s), ctx.ch(['Today', 'Yesterday', 'TODAY', 'Saturday']), small, th['sub'], anchor='mm')
        y += 26 * s
    maxw = W * (0.72 if not land else 0.5)
    pad = 10 * s
    lh = int(line_h(fnt) * 1.05)
    last_side = None
    disc_me_handle = ctx.chance(0.5)
    n_senders = 0
    disc_handle = [ctx.chance(0.5) for _ in range(4)]
    qr_drawn = False
    for i, (side, parts) in enumerate(msgs):
        parts = [(q, None) if isinstance(q, str) else q for q in parts]
        if qr_typ and not qr_drawn and i >= 1:
            payload, kind, text = qr_payload(ctx, qr_typ)
            mod = max(3, int(4.2 * s))
            tot = qr_total(payload, mod)
            bh = tot + 2 * pad
            if y + bh + 4 * s < bottom:
                x0 = 12 * s if side == 'in' else W - 12 * s - tot - 2 * pad
                if app == 'discord':
                    x0 = 62 * s
                rounded(L, (x0, y, x0 + tot + 2 * pad, y + bh), 14 * s, th.get('inb', (64, 66, 73)) if side == 'in'
                        else th.get('outb', (64, 66, 73)))
                put_qr(L, (x0 + pad, y + pad), payload, mod, kind=kind, text=text)
                y += bh + 8 * s
                qr_drawn = True
            else:
                raise LayoutError('no room for chat qr')
        if app == 'discord':
            if side == 'out':
                who, wk = (p.handle, 'HANDLE') if disc_me_handle else (p.first, 'PERSON')
            else:
                fi = 1 if ctx.idx % 2 else 2
                who, wk = (p.friend_handles[fi], 'HANDLE') if disc_handle[fi] else (p.friends[fi], 'PERSON')
            new_author = (who != last_side)
            lines = wrap_parts(parts, fnt, W - 80 * s)
            need = len(lines) * lh + (26 * s if new_author else 2 * s)
            if y + need > bottom:
                break
            if new_author:
                y += 8 * s
                avatar(L, 34 * s, y + 18 * s, 17 * s, initials(who), AV_COLORS[sum(map(ord, who)) % len(AV_COLORS)])
                col = AV_COLORS[(sum(map(ord, who)) * 7) % len(AV_COLORS)]
                nf = font(fkb, fsz * 0.98)
                put_text(L, (62 * s, y), who, nf, col if mode == 'dark' else mix(col, (0, 0, 0), 0.3),
                         kind=wk, anchor='la')
                put_text(L, (62 * s + tlen(who, nf) + 8 * s, y + 3 * s), 'Today at ' + tms[i], small, th['sub'])
                y += line_h(nf) + 2 * s
            for ln in lines:
                put_parts(L, (62 * s, y), ln, fnt, th['fg'])
                y += lh
            last_side = who
            continue
        lines = wrap_parts(parts, fnt, maxw - 2 * pad)
        tw = max(tlen(''.join(q for q, _ in ln), fnt) for ln in lines)
        show_sender = group and side == 'in' and last_side != 'in' and n_senders < 2
        sender = None
        if show_sender:
            n_senders += 1
            sender = p.friends[(i % 3)] + ('' if ctx.chance(0.6) else ' ' + p.friend_lasts[i % 3])
        time_w = tlen(tms[i], small) + 8 * s if app in ('whatsapp',) else 0
        bw = max(tw + time_w, tlen(sender or '', small) if sender else 0) + 2 * pad
        bh = len(lines) * lh + 2 * pad * 0.8 + (line_h(small) if sender else 0)
        gap = 3 * s if side == last_side else 9 * s
        if y + gap + bh > bottom:
            break
        y += gap
        x0 = 12 * s if side == 'in' else W - 12 * s - bw
        if app in ('sms',) and side == 'in':
            avatar(L, 26 * s, y + bh - 16 * s, 14 * s, initials(contact or 'X'), ctx.ch(AV_COLORS))
            x0 = 48 * s
        col = th['inb'] if side == 'in' else th['outb']
        rounded(L, (x0, y, x0 + bw, y + bh), (18 if app in ('imessage', 'instagram', 'sms') else 9) * s, col)
        fg = th['fg'] if side == 'in' else outfg
        yy = y + pad * 0.8
        if sender:
            put_text(L, (x0 + pad, yy), sender, font(fkb, fsz * 0.78), AV_COLORS[i % len(AV_COLORS)], kind='PERSON')
            yy += line_h(small)
        for ln in lines:
            put_parts(L, (x0 + pad, yy), ln, fnt, fg)
            yy += lh
        if time_w:
            put_text(L, (x0 + bw - pad, y + bh - pad * 0.5), tms[i], small, mix(fg, col, 0.4), anchor='rd')
        y += bh
        last_side = side
    if app == 'imessage' and last_side == 'out' and y + 16 * s < bottom:
        put_text(L, (W - 14 * s, y + 4 * s), 'Delivered', small, th['sub'], anchor='ra')
    return L, {'fx': 'screen'}


def chat_whatsapp(ctx):
    return chat_screen(ctx, 'whatsapp')


def chat_imessage(ctx):
    return chat_screen(ctx, 'imessage')


def chat_instagram(ctx):
    return chat_screen(ctx, 'instagram')


def chat_discord(ctx):
    return chat_screen(ctx, 'discord')


def chat_sms(ctx):
    return chat_screen(ctx, 'sms')


# ------------------------------------------------------------------ gaming
GAME_BG = [((20, 24, 48), (70, 30, 110)), ((10, 40, 60), (20, 110, 120)), ((30, 30, 30), (90, 20, 20)),
           ((15, 25, 70), (30, 100, 200)), ((40, 20, 60), (200, 60, 120)), ((20, 50, 30), (60, 140, 70))]
GAMES = ['Block Quest', 'Sky Racers', 'Galaxy Royale', 'Pixel Pets', 'Craftopia', 'Legends Arena', 'Kart Blitz']


def gradient(L, c1, c2, vertical=True):
    import numpy as np
    from PIL import Image
    W, H = L.W, L.H
    n = H if vertical else W
    t = np.linspace(0, 1, n, dtype=np.float32)[:, None]
    row = np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t
    if vertical:
        arr = np.repeat(row[:, None, :], W, axis=1)
    else:
        arr = np.repeat(row[None, :, :], H, axis=0)
    L.img.paste(Image.fromarray(arr.astype('uint8'), 'RGB').convert('RGBA'), (0, 0))
    L._d = None


def game_profile(ctx):
    p, rng = ctx.p, ctx.rng
    land = ctx.chance(0.35)
    W, H = screen_size(ctx, land)
    s = min(W, H) / 390.0
    L = Layer(W, H)
    c1, c2 = ctx.ch(GAME_BG)
    gradient(L, c1, c2)
    fg = (245, 245, 250)
    sub = (180, 185, 200)
    fk = rfont(rng, 'ui')
    fb = rfont(rng, 'display')
    status_bar(L, s, fg, ctx)
    game = ctx.ch(GAMES)
    put_text(L, (W / 2, 62 * s), game.upper() + ' - PROFILE', font(fb, 16 * s), (255, 210, 80), anchor='mm')
    cx = W / 2 if not land else W * 0.22
    cy = 140 * s if not land else H * 0.42
    avatar(L, cx, cy, 44 * s, initials(p.handle), ctx.ch(AV_COLORS), fkey='dv_b')
    put_text(L, (cx, cy + 64 * s), p.handle, fit_font(fb, p.handle, W * (0.9 if not land else 0.4), 24 * s), fg,
             kind='HANDLE', anchor='mm')
    put_text(L, (cx, cy + 90 * s), 'Level %d  -  Joined %d' % (ctx.ri(5, 99), ctx.ri(2019, 2024)), font(fk, 13 * s),
             sub, anchor='mm')
    # bio
    x0 = 24 * s if not land else W * 0.42
    y = cy + 120 * s if not land else 80 * s
    colw = (W - 48 * s) if not land else W * 0.54
    put_text(L, (x0, y), 'About me', font(fb, 15 * s), (255, 210, 80))
    y += 26 * s
    bits = []
    opts = [
        [(p.first, 'PERSON')],
        [(D.age_phrase(rng, p.age), 'AGE')],
        ['from ', (p.addr['town'], 'LOCATION')] if ctx.chance(0.5) else [(p.year, 'AGE')],
        [(p.school, 'SCHOOL')],
        ['snap: ', (p.handle2, 'HANDLE')],
        [(p.url, 'URL')],
        ['bday ', (D.fmt_daymonth(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')],
        [(p.year, 'AGE')],
        ['plays for ', (p.team, 'ORG')],
    ]
    rng.shuffle(opts)
    n = ctx.ri(3, 6)
    for i, o in enumerate(opts[:n]):
        if i:
            bits.append(' | ')
        bits.extend(o)
    bf = font(fk, 15 * s)
    lines = wrap_parts(bits, bf, colw)
    for ln in lines:
        put_parts(L, (x0, y), ln, bf, fg)
        y += line_h(bf) * 1.1
    if ctx.chance(0.6):
        put_parts(L, (x0, y), ['\u26d3 ', (p.url, 'URL')], fit_font(fk, p.url + 'xx', colw, 14 * s), (120, 190, 255))
        y += line_h(bf) * 1.2
    y += 14 * s
    # stats
    stats = [('Wins', str(ctx.ri(3, 900))), ('K/D', '%.2f' % ctx.r(0.3, 3)), ('Hours', str(ctx.ri(10, 2000))),
             ('Rank', ctx.ch(['Bronze II', 'Silver I', 'Gold III', 'Platinum', 'Diamond']))]
    cw = colw / 4
    for i, (k, v) in enumerate(stats):
        bx = x0 + i * cw
        rounded(L, (bx + 3 * s, y, bx + cw - 3 * s, y + 54 * s), 8 * s, (255, 255, 255, 40) if False else mix(c1, (255, 255, 255), 0.12))
        put_text(L, (bx + cw / 2, y + 18 * s), v, font(fb, 16 * s), fg, anchor='mm')
        put_text(L, (bx + cw / 2, y + 40 * s), k, font(fk, 11 * s), sub, anchor='mm')
    y += 70 * s
    # friends strip
    put_text(L, (x0, y), 'Best friends', font(fb, 15 * s), (255, 210, 80))
    y += 28 * s
    ff = font(fk, 14 * s)
    for i in range(ctx.ri(1, 3)):
        if y + 40 * s > H - 20 * s:
            break
        h = p.friend_handles[i]
        avatar(L, x0 + 16 * s, y + 14 * s, 14 * s, initials(h), AV_COLORS[i * 3 % len(AV_COLORS)])
        put_text(L, (x0 + 40 * s, y + 14 * s), h, ff, fg, kind='HANDLE', anchor='lm')
        put_text(L, (x0 + colw, y + 14 * s), ctx.ch(['Online', 'Offline', 'In game', 'Away']), font(fk, 12 * s), sub, anchor='rm')
        y += 36 * s
    qr_typ = ctx.spec.get('qr')
    if qr_typ:
        payload, kind, text = qr_payload(ctx, qr_typ)
        mod = max(3, int(3.6 * s))
        tot = qr_total(payload, mod)
        if land:
            qx, qy = W * 0.22 - tot / 2, cy + 110 * s
            if qy + tot + 30 * s > H:
                qx, qy = W - tot - 20 * s, H - tot - 40 * s
        else:
            qx, qy = W / 2 - tot / 2, y + 10 * s
        if qy + tot + 26 * s > H:
            raise LayoutError('qr does not fit')
        put_text(L, (qx + tot / 2, qy - 4 * s), 'Scan to add me!', font(fk, 12 * s), fg, anchor='md')
        put_qr(L, (qx, qy), payload, mod, kind=kind, text=text)
    return L, {'fx': 'screen'}


def friend_list(ctx):
    p, rng = ctx.p, ctx.rng
    W, H = screen_size(ctx, ctx.chance(0.15))
    s = min(W, H) / 390.0
    dark = ctx.chance(0.6)
    bg = ctx.ch([(24, 25, 32), (18, 18, 18), (30, 36, 60)]) if dark else ctx.ch([(245, 246, 250), (255, 255, 255)])
    fg = (240, 240, 245) if dark else (20, 22, 30)
    sub = (150, 155, 170) if dark else (110, 115, 125)
    L = Layer(W, H, bg)
    fk = rfont(rng, 'ui')
    fb = rfont(rng, 'ui_b')
    status_bar(L, s, fg, ctx)
    n_fr = ctx.ri(4, 6)
    put_text(L, (20 * s, 62 * s), 'Friends (%d)' % (n_fr + ctx.ri(0, 40)), font(fb, 22 * s), fg)
    rounded(L, (20 * s, 100 * s, W - 20 * s, 136 * s), 10 * s, mix(bg, fg, 0.1))
    put_text(L, (36 * s, 118 * s), 'Search friends', font(fk, 14 * s), sub, anchor='lm')
    y = 156 * s
    tabs = ['All', 'Online', 'Requests']
    tx = 20 * s
    for i, t in enumerate(tabs):
        tf = font(fb if i == 0 else fk, 14 * s)
        put_text(L, (tx, y), t, tf, fg if i == 0 else sub)
        tx += tlen(t, tf) + 24 * s
    y += 34 * s
    row_h = ctx.r(62, 84) * s
    names = list(p.friend_handles) + [D.handle(rng, D.first_name(rng, ctx.region)) for _ in range(8)]
    for i in range(n_fr):
        if y + row_h > H - 10 * s:
            break
        h = names[i]
        avatar(L, 42 * s, y + row_h / 2, 21 * s, initials(h), AV_COLORS[(i * 5) % len(AV_COLORS)])
        online = ctx.chance(0.5)
        L.d.ellipse([56 * s, y + row_h / 2 + 8 * s, 68 * s, y + row_h / 2 + 20 * s],
                    fill=rgba((67, 181, 129) if online else (128, 132, 142)))
        nf = font(fb, 15.5 * s)
        put_text(L, (76 * s, y + row_h / 2 - 10 * s), h, nf, fg, kind='HANDLE', anchor='lm')
        r = rng.random()
        sf = font(fk, 12.5 * s)
        if r < 0.15:
            nm = '%s %s' % (p.friends[i % 8], p.friend_lasts[i % 8]) if ctx.chance(0.5) else p.friends[i % 8]
            put_parts(L, (76 * s, y + row_h / 2 + 11 * s), ['aka ', (nm, 'PERSON')], sf, sub, anchor_v='m')
        elif r < 0.3:
            put_parts(L, (76 * s, y + row_h / 2 + 11 * s), [(D.school_short(p.school), None), ' - ',
                                                               (p.year, 'AGE')], sf, sub, anchor_v='m')
        else:
            put_text(L, (76 * s, y + row_h / 2 + 11 * s),
                     ctx.ch(['Online', 'Playing %s' % ctx.ch(GAMES), 'Last online 2h ago', 'In lobby', 'Offline']),
                     sf, sub, anchor='lm')
        rounded(L, (W - 96 * s, y + row_h / 2 - 15 * s, W - 20 * s, y + row_h / 2 + 15 * s), 15 * s,
                (88, 101, 242) if i % 3 else mix(bg, fg, 0.15))
        put_text(L, (W - 58 * s, y + row_h / 2), 'Invite' if i % 3 else 'Chat', font(fb, 12.5 * s), (255, 255, 255),
                 anchor='mm')
        y += row_h
    return L, {'fx': 'screen'}


def game_lobby(ctx):
    p, rng = ctx.p, ctx.rng
    W, H = screen_size(ctx, True)
    s = min(W, H) / 390.0
    L = Layer(W, H)
    c1, c2 = ctx.ch(GAME_BG)
    gradient(L, c1, c2, vertical=False)
    fg = (250, 250, 250)
    fk = rfont(rng, 'ui')
    fb = rfont(rng, 'display')
    put_text(L, (24 * s, 18 * s), ctx.ch(GAMES).upper() + '  |  LOBBY', font(fb, 18 * s), (255, 220, 90))
    put_text(L, (W - 24 * s, 18 * s), 'Map: ' + ctx.ch(['Lava Caves', 'Sky Islands', 'Neon City', 'Frozen Peak']),
             font(fk, 14 * s), fg, anchor='ra')
    team_n = ctx.ri(2, 4)
    handles = [p.handle] + list(p.friend_handles[:3]) + [D.handle(rng, D.first_name(rng, ctx.region)) for _ in range(6)]
    cols = [W * 0.05, W * 0.55]
    cw = W * 0.4
    for t in range(2):
        x = cols[t]
        y = 56 * s
        put_text(L, (x, y), ['BLUE TEAM', 'RED TEAM'][t], font(fb, 15 * s), [(90, 170, 255), (255, 100, 100)][t])
        y += 26 * s
        for j in range(team_n):
            h = handles[t * team_n + j]
            rounded(L, (x, y, x + cw, y + 30 * s), 6 * s, mix([(40, 80, 160), (160, 50, 50)][t], (0, 0, 0), 0.3))
            if t == 0:
                put_text(L, (x + 10 * s, y + 15 * s), h, font(fk, 14 * s), fg, kind='HANDLE', anchor='lm')
            else:
                put_text(L, (x + 10 * s, y + 15 * s), ctx.ch(['Bot ', 'CPU ', 'Player ']) + str(j + 1) if ctx.chance(0.6)
                         else 'Searching...', font(fk, 14 * s), (200, 200, 210), anchor='lm')
            put_text(L, (x + cw - 10 * s, y + 15 * s), 'Lv %d' % ctx.ri(1, 80), font(fk, 12 * s), (200, 200, 210),
                     anchor='rm')
            y += 34 * s
    # chat box
    cy0 = 56 * s + 26 * s + team_n * 34 * s + 14 * s
    cx0 = W * 0.05
    L.d.rectangle([cx0, cy0, W * 0.95, H - 14 * s], fill=(0, 0, 0, 255))
    L.set_img(L.img)
    bx0, by0 = W * 0.95 - 180 * s, H - 70 * s
    rounded(L, (bx0, by0, W * 0.95 - 12 * s, H - 26 * s), 8 * s, (60, 200, 90))
    put_text(L, ((bx0 + W * 0.95 - 12 * s) / 2, (by0 + H - 26 * s) / 2), 'READY', font(fb, 16 * s), (255, 255, 255),
             anchor='mm')
    cf = font(fk, 13.5 * s)
    y = cy0 + 8 * s
    lines = [
        [(handles[1], 'HANDLE'), ': ', ctx.ch(['anyone from ', 'who lives in ']), (p.addr['town'], 'LOCATION'), '?'],
        [(handles[0], 'HANDLE'), ': me lol im ', (D.age_phrase(rng, p.age), 'AGE')],
        [(handles[2], 'HANDLE'), ': i go to ', (p.school, 'SCHOOL')],
        [(handles[0], 'HANDLE'), ': add me ', (p.handle2, 'HANDLE'), ' on snap'],
        [(handles[3], 'HANDLE'), ': gg'],
        [(handles[1], 'HANDLE'), ': my real name is ', (p.friends[1], 'PERSON'), ' haha'],
        [(handles[2], 'HANDLE'), ': ', (p.year, 'AGE'), ' rules'],
        [(handles[0], 'HANDLE'), ': ready?'],
    ]
    keep = [lines[0] if ctx.chance(0.5) else lines[4], lines[1]] + rng.sample(lines[2:4] + lines[5:], ctx.ri(0, 2))
    for ln in keep:
        if y + line_h(cf) > H - 20 * s:
            break
        if cx0 + 10 * s + tlen(parts_text(ln), cf) > bx0 - 10 * s:
            continue
        put_parts(L, (cx0 + 10 * s, y), ln, cf, fg)
        y += line_h(cf) * 1.1
    return L, {'fx': 'screen'}


def lock_screen(ctx):
    import numpy as np
    p, rng = ctx.p, ctx.rng
    W, H = screen_size(ctx, False)
    s = W / 390.0
    L = Layer(W, H)
    c1 = ctx.ch([(30, 60, 120), (120, 40, 90), (20, 90, 80), (60, 40, 120), (200, 120, 60), (40, 40, 50)])
    c2 = ctx.ch([(200, 120, 160), (40, 160, 200), (240, 200, 120), (20, 20, 40), (120, 200, 140)])
    gradient(L, c1, c2)
    for _ in range(6):
        r = ctx.r(0.1, 0.4) * W
        x, y = ctx.r(0, W), ctx.r(0, H)
        col = mix(c1, c2, ctx.r(0, 1))
        L.d.ellipse([x - r, y - r, x + r, y + r], fill=rgba(mix(col, (255, 255, 255), 0.15)))
    fg = (255, 255, 255)
    fk = rfont(rng, 'ui')
    status_bar(L, s, fg, ctx)
    hh = ctx.ri(6, 21)
    put_text(L, (W / 2, 150 * s), '%d:%02d' % (hh if hh <= 12 else hh - 12, ctx.ri(0, 59)),
             font(ctx.ch(['dv_b', 'lib_b', 'fs_b', 'dv']), 84 * s), fg, anchor='mm', stroke=0)
    put_text(L, (W / 2, 80 * s), D.event_date(rng, ctx.region), font(fk, 18 * s), fg, anchor='mm')
    y = 240 * s
    nf = font(rfont(rng, 'ui_b'), 14 * s)
    bf = font(fk, 14 * s)
    mum = ctx.ch(['Mum', 'Mom', 'Dad', 'Mam', 'Amma', 'Papa'])
    notes = [
        ('Messages', [(mum, None)], ['Pick you up from ', (p.school, 'SCHOOL'), ' at 3:30']),
        ('WhatsApp', [(p.friends[0] + ' ' + p.friend_lasts[0], 'PERSON')], ['omg did u see what ', (p.friends[1], 'PERSON'), ' posted']),
        ('Snapchat', [(p.friend_handles[0], 'HANDLE')], ['sent you a Snap']),
        ('Messages', [('Aunty ' + p.friends[5], None)], ['Happy ', (D.ordinal(p.age) + ' birthday', 'AGE'), ' ', (p.first, 'PERSON'), '!!']),
        ('Calendar', [('Practice', None)], [(p.team, 'ORG'), ' - 5:00 pm at ', (p.addr['town'], 'LOCATION')]),
        ('Messages', [(p.phone_parent2, 'PHONE')], ['Is this ', (p.first, 'PERSON'), '? Its coach Dan']),
        ('Instagram', [(p.friend_handles[1], 'HANDLE')], ['started following you']),
        ('Mail', [(p.email_kid, 'EMAIL')], ['Your account was created']),
        ('Deliveries', [('Parcel update', None)], ['Your order to ', (p.addr['line1'], 'ADDRESS'), ' is out for delivery']),
        ('TikTok', [(p.friend_handles[2], 'HANDLE')], ['is live: ', (D.personal_url(rng, p.friend_handles[2], ctx.region), 'URL')]),
    ]
    rng.shuffle(notes)
    for app, title, body in notes[:ctx.ri(2, 4)]:
        lines = wrap_parts(body, bf, W - 80 * s)
        bh = 46 * s + len(lines) * line_h(bf)
        if y + bh > H - 170 * s:
            break
        rounded(L, (14 * s, y, W - 14 * s, y + bh), 18 * s, mix(c1, (235, 235, 240), 0.75))
        L.d.rounded_rectangle([28 * s, y + 12 * s, 46 * s, y + 30 * s], radius=int(4 * s),
                              fill=rgba(ctx.ch([(52, 199, 89), (37, 211, 102), (255, 204, 0), (10, 132, 255)])))
        put_text(L, (54 * s, y + 21 * s), app.upper(), font(fk, 11 * s), (60, 60, 67), anchor='lm')
        put_text(L, (W - 28 * s, y + 21 * s), ctx.ch(['now', '2m ago', '9:12 am', '15m ago']), font(fk, 11 * s),
                 (60, 60, 67), anchor='rm')
        put_parts(L, (28 * s, y + 36 * s), title, nf, (0, 0, 0))
        yy = y + 36 * s + line_h(nf)
        for ln in lines:
            put_parts(L, (28 * s, yy), ln, bf, (20, 20, 25))
            yy += line_h(bf)
        y += bh + 10 * s
    # owner info
    of = font(fk, 13 * s)
    if ctx.chance(0.75):
        parts = ctx.ch([
            ['If found please call ', (p.phone_parent, 'PHONE')],
            ['Owner: ', (p.full, 'PERSON'), '  ', (p.phone_parent, 'PHONE')],
            ['This phone belongs to ', (p.first, 'PERSON'), '. Call ', (p.phone_parent, 'PHONE')],
        ])
        put_parts(L, (W / 2, H - 150 * s), parts, of, fg, align='m', anchor_v='m', stroke=max(1, int(s)),
                  stroke_fill=mix(c2, (0, 0, 0), 0.5))
    qr_typ = ctx.spec.get('qr')
    if qr_typ:
        payload, kind, text = qr_payload(ctx, qr_typ)
        mod = max(3, int(3.2 * s))
        tot = qr_total(payload, mod)
        qx, qy = W / 2 - tot / 2, H - 130 * s - tot
        if qy < y:
            raise LayoutError('no room for qr')
        put_text(L, (W / 2, qy - 6 * s), 'Emergency contact', of, fg, anchor='md')
        put_qr(L, (qx, qy), payload, mod, kind=kind, text=text)
    L.d.rounded_rectangle([W / 2 - 70 * s, H - 16 * s, W / 2 + 70 * s, H - 11 * s], radius=int(3 * s), fill=(255, 255, 255, 255))
    return L, {'fx': 'screen'}


def signup_form(ctx):
    p, rng = ctx.p, ctx.rng
    W, H = screen_size(ctx, False)
    s = W / 390.0
    dark = ctx.chance(0.35)
    bg = (18, 18, 20) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 24)
    sub = (150, 150, 160) if dark else (100, 104, 112)
    acc = ctx.ch([(255, 90, 95), (88, 101, 242), (0, 150, 136), (255, 140, 0), (124, 77, 255)])
    L = Layer(W, H, bg)
    fk = rfont(rng, 'ui')
    fb = rfont(rng, 'ui_b')
    status_bar(L, s, fg, ctx)
    app = ctx.ch(['PlayHub', 'Chatterbox', 'SnapWorld', 'BuddyZone', 'TuneTown', 'GameVerse', 'Doodle Club'])
    put_text(L, (W / 2, 78 * s), app, font(rfont(rng, 'display'), 30 * s), acc, anchor='mm')
    put_text(L, (W / 2, 116 * s), 'Create your account', font(fb, 18 * s), fg, anchor='mm')
    y = 146 * s
    fields = [
        ('First name', (p.first, 'PERSON')),
        ('Last name', (p.last, 'PERSON')),
        ('Username', (p.handle, 'HANDLE')),
        ('Email', (p.email_kid, 'EMAIL')),
        ('Date of birth', (D.fmt_date(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')),
        ('Mobile number', (p.phone_kid, 'PHONE')),
        ('School', (p.school, 'SCHOOL')),
        ('Town / City', (p.addr['town'], 'LOCATION')),
        ('Age', (str(p.age), 'AGE')),
        ('Home address', (p.addr['line1'], 'ADDRESS')),
        ('Profile link', (p.url, 'URL')),
    ]
    if ctx.chance(0.7):
        fields[0] = ('Full name', (p.full, 'PERSON'))
        del fields[1]
    keep = fields[:3]
    rest = fields[3:]
    rng.shuffle(rest)
    sch = [f for f in rest if f[0] == 'School']
    if sch and ctx.chance(0.7):
        rest.remove(sch[0])
        rest.insert(0, sch[0])
    keep += rest[:ctx.ri(3, 5)]
    lf = font(fk, 12.5 * s)
    vf = font(fk, 15.5 * s)
    for label, val in keep:
        if y + 70 * s > H - 120 * s:
            break
        put_text(L, (24 * s, y), label, lf, sub)
        y += 20 * s
        rounded(L, (24 * s, y, W - 24 * s, y + 42 * s), 8 * s, mix(bg, fg, 0.06), outline=mix(bg, fg, 0.25),
                width=max(1, int(s)))
        put_text(L, (36 * s, y + 21 * s), val[0], fit_font(fk, val[0], W - 80 * s, 15.5 * s), fg, kind=val[1], anchor='lm')
        y += 54 * s
    if y + 60 * s < H - 110 * s:
        put_text(L, (24 * s, y), 'Password', lf, sub)
        y += 20 * s
        rounded(L, (24 * s, y, W - 24 * s, y + 42 * s), 8 * s, mix(bg, fg, 0.06), outline=mix(bg, fg, 0.25),
                width=max(1, int(s)))
        put_text(L, (36 * s, y + 21 * s), '\u2022' * ctx.ri(8, 12), vf, fg, anchor='lm')
        y += 56 * s
    rounded(L, (24 * s, H - 100 * s, W - 24 * s, H - 52 * s), 24 * s, acc)
    put_text(L, (W / 2, H - 76 * s), 'Sign up', font(fb, 17 * s), (255, 255, 255), anchor='mm')
    put_text(L, (W / 2, H - 28 * s), 'Already have an account? Log in', font(fk, 12 * s), sub, anchor='mm')
    return L, {'fx': 'screen'}
