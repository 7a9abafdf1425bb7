"""Phone screenshot scenes: chats, profiles, game lobbies, calls, lock screens, maps; clean UI scenes."""
import math

import numpy as np
from PIL import Image

from common import (FIRST, LAST, PALETTE, UI, UI_B, Kid, Layer, avatar, draw_lines, emoji, font, initials,
                    layout_para, line_width, smooth_noise)

SIZES = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1170, 2532), (1125, 2436),
         (720, 1600), (1080, 2400)]


def phone(rng, bg, fg, size=None):
    W, H = size or rng.choice(SIZES)
    img = Image.new('RGB', (W, H), bg)
    Lr = Layer(img)
    s = W / 390
    status_bar(Lr, s, fg, rng)
    return Lr, s


def status_bar(Lr, s, fg, rng, y=14):
    d = Lr.d
    t = f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d}'
    d.text((26 * s, y * s), t, font=font(rng.choice(['lib_b', 'sans_b', 'free_b']), 15 * s), fill=fg)
    W = Lr.W
    bx = W - 26 * s - 25 * s
    d.rounded_rectangle([bx, (y + 2) * s, bx + 23 * s, (y + 13) * s], radius=3 * s, outline=fg, width=max(1, int(s)))
    lvl = rng.uniform(0.15, 0.95)
    d.rectangle([bx + 2 * s, (y + 4) * s, bx + 2 * s + 19 * s * lvl, (y + 11) * s], fill=fg if lvl > 0.2 else (230, 60, 50))
    d.rectangle([bx + 23.5 * s, (y + 5) * s, bx + 25 * s, (y + 10) * s], fill=fg)
    wx = bx - 24 * s
    for i in range(3):
        r = (4 + i * 3.5) * s
        d.arc([wx - r, (y + 12) * s - r, wx + r, (y + 12) * s + r], 225, 315, fill=fg, width=max(1, int(1.6 * s)))
    sx = wx - 34 * s
    for i in range(4):
        h = (3 + i * 2.5) * s
        d.rectangle([sx + i * 5 * s, (y + 13) * s - h, sx + i * 5 * s + 3 * s, (y + 13) * s], fill=fg)
    if rng.random() < 0.5:
        d.text((sx - 8 * s, (y + 7) * s), rng.choice(['5G', '4G', 'LTE']), font=font('lib_b', 11 * s), fill=fg, anchor='rm')


HARMLESS = ['lol', 'ok see u there', 'did u do the maths hw', 'thats so funny', 'what time??', 'brb dinner',
            'omg yesss', 'nooo way', 'who has the science sheet', 'haha same', 'can u send the pic',
            'mum said i can come', 'LMAO', 'wait what', 'see u tmrw', 'im bored', 'ok', 'sameee',
            'the test was sooo hard', 'yeah', 'hahaha', 'got new trainers', 'gtg', 'goodnight',
            'did u watch the match', 'I finished level 40!!', 'tmrw at 3?', 'srry was at practice', 'k',
            'bring snacks', 'my wifi is so bad', 'ur so funny', 'miss u guys', 'who is coming saturday']


def leak_msg(kid, rng, kinds_weights=None):
    opts = [
        lambda: [('my number is ', None), (kid.phone, 'PHONE')],
        lambda: [('text me on ', None), (kid.phone, 'PHONE'), (' after school', None)],
        lambda: [('i live at ', None), (kid.addr1, 'ADDRESS'), (' the one with the red door', None)],
        lambda: [('my address is ', None), (kid.addr, 'ADDRESS')],
        lambda: [("I'm in ", None), (kid.year, 'AGE'), (' at ', None), (kid.school, 'SCHOOL')],
        lambda: [('i go to ', None), (kid.school, 'SCHOOL'), (' wbu', None)],
        lambda: [('add me on snap ', None), (kid.handle, 'HANDLE')],
        lambda: [('my insta is ', None), (kid.handle, 'HANDLE'), (' follow me', None)],
        lambda: [('email me ', None), (kid.email, 'EMAIL')],
        lambda: [('my birthday is ', None), (kid.dob(), 'DATE_OF_BIRTH'), ('!!', None)],
        lambda: [('turning ', None), (str(kid.age + 1), 'AGE'), (' next week', None)],
        lambda: [('im ', None), (f'{kid.age} years old', 'AGE'), (' not a baby', None)],
        lambda: [('training at ', None), (kid.org, 'ORG'), (' tmrw', None)],
        lambda: [('meet at ', None), (kid.venue, 'LOCATION'), (' at 3?', None)],
        lambda: [('we moved to ', None), (kid.town, 'LOCATION'), (' last year', None)],
        lambda: [('my cousin ', None), (kid.friend(), 'PERSON'), (' is coming too', None)],
        lambda: [('sub to my channel ', None), (kid.url, 'URL')],
        lambda: [('my full name is ', None), (kid.name, 'PERSON')],
        lambda: [('call my mum ', None), (kid.parent, 'PERSON'), (' on ', None), (kid.parent_phone, 'PHONE')],
        lambda: [('i sit next to ', None), (kid.friend(), 'PERSON'), (' in class', None)],
        lambda: [('its ', None), (kid.email, 'EMAIL'), (' for the game', None)],
        lambda: [('ring me ', None), (kid.phone, 'PHONE')],
        lambda: [('new number! ', None), (kid.phone, 'PHONE')],
        lambda: [('send it to ', None), (kid.email, 'EMAIL')],
        lambda: [('my gmail is ', None), (kid.email, 'EMAIL'), (' dont share', None)],
        lambda: [('watch my vid ', None), (kid.url, 'URL')],
        lambda: [('link in bio ', None), (kid.url, 'URL')],
        lambda: [('born ', None), (kid.dob(), 'DATE_OF_BIRTH'), (' so im older', None)],
        lambda: [('joined ', None), (kid.org, 'ORG'), (' today!!', None)],
        lambda: [('we have ', None), (kid.org, 'ORG'), (' on saturday', None)],
        lambda: [('at ', None), (kid.venue, 'LOCATION'), (' now come', None)],
        lambda: [('im in ', None), (kid.town, 'LOCATION'), (' this weekend', None)],
        lambda: [('my roblox is ', None), (kid.handle, 'HANDLE')],
        lambda: [('im ', None), (kid.year, 'AGE'), (' now lol', None)],
        lambda: [('my brother is ', None), (str(rng.randint(4, 16)), 'AGE'), (' and annoying', None)],
        lambda: [('cant believe im ', None), (str(kid.age), 'AGE'), (' tomorrow', None)],
    ]
    return rng.choice(opts)()


def nleaks(segs):
    return sum(1 for s in segs if s[1])


def build_chat(kid, rng, budget, senders, group, style):
    msgs, n = [], 0
    guard = 0
    while n < budget and guard < 40:
        guard += 1
        out = rng.random() < 0.45
        sender = None if out else rng.choice(senders)
        if style == 'dc':
            sk = 1 if (out or sender[1]) else 0
        else:
            sk = 1 if (group and sender and sender[1]) else 0
        if rng.random() < 0.55:
            segs = leak_msg(kid, rng)
        else:
            segs = [(rng.choice(HARMLESS), None)]
        k = nleaks(segs)
        if n + k + sk > budget:
            if n + sk <= budget and k:
                segs = [(rng.choice(HARMLESS), None)]
                k = 0
            else:
                continue
        msgs.append({'out': out, 'sender': sender, 'segs': segs,
                     'emoji': rng.choice([None, None, 'smile', 'laugh', 'heart', 'thumb', 'star'])})
        n += k + sk
    if style != 'dc':
        for _ in range(rng.randint(1, 4)):
            msgs.insert(rng.randrange(len(msgs) + 1), {'out': True, 'sender': None,
                                                        'segs': [(rng.choice(HARMLESS), None)], 'emoji': None})
    return msgs


def _senders(kid, rng, group, n=3):
    """returns list of (display, kind) for other participants."""
    out = []
    for i in range(n):
        r = rng.random()
        if r < 0.55:
            out.append((rng.choice(FIRST) + ('' if rng.random() < 0.5 else ' ' + rng.choice(LAST)), 'PERSON'))
        elif r < 0.75:
            out.append((kid.__class__(rng, kid.c).phone, 'PHONE'))
        else:
            out.append((rng.choice(['Mum', 'Dad', 'Nana', 'Coach', 'Grandad', 'Aunty']), None))
    return out


def chat_whatsapp(rng, spec):
    return _chat(rng, spec, 'wa')


def chat_imessage(rng, spec):
    return _chat(rng, spec, 'im')


def chat_discord(rng, spec):
    return _chat(rng, spec, 'dc')


def _chat(rng, spec, style):
    kid = Kid(rng)
    dark = style == 'dc' or (style == 'wa' and rng.random() < 0.3)
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    group = style == 'dc' or rng.random() < 0.6
    if style == 'wa':
        bg = (11, 20, 26) if dark else (236, 229, 221)
        fg = (233, 237, 239) if dark else (17, 27, 33)
        hdr = (31, 44, 52) if dark else rng.choice([(0, 128, 105), (7, 94, 84), (240, 242, 245)])
    elif style == 'im':
        bg, fg, hdr = (255, 255, 255), (0, 0, 0), (246, 246, 248)
    else:
        bg, fg, hdr = rng.choice([(49, 51, 56), (54, 57, 63), (43, 45, 49)]), (219, 222, 225), (43, 45, 49)
    Lr, s = phone(rng, bg, fg if style != 'wa' or dark or hdr == (240, 242, 245) else (255, 255, 255))
    W, H = Lr.W, Lr.H
    d = Lr.d
    # header
    hh = (100 if style != 'im' else 120) * s
    d.rectangle([0, 0, W, hh], fill=hdr)
    status_bar(Lr, s, (255, 255, 255) if (style == 'wa' and not dark and hdr != (240, 242, 245)) else fg, rng)
    hfg = (255, 255, 255) if (style == 'wa' and not dark and hdr != (240, 242, 245)) else fg
    used = 0
    senders = _senders(kid, rng, group)
    if style == 'dc':
        server = rng.choice([f'{kid.school} Y{kid.grade} gang', 'the squad', f'{kid.town} gamers', 'minecraft bois',
                             'besties only'])
        ch = rng.choice(['general', 'homework-help', 'memes', 'voice-chat'])
        d.text((20 * s, 62 * s), '#', font=font('sans_b', 24 * s), fill=(128, 132, 142))
        d.text((44 * s, 64 * s), ch, font=font('lib_b', 19 * s), fill=fg)
        if kid.school in server and used < budget - 1:
            Lr.text((44 * s, 40 * s), kid.school, font('lib', 11 * s), (148, 155, 164), kind='SCHOOL')
            used += 1
        else:
            d.text((44 * s, 40 * s), 'the squad' if kid.school in server else server, font=font('lib', 11 * s), fill=(148, 155, 164))
    else:
        cx = 70 * s if style == 'wa' else W / 2
        cy = 68 * s if style == 'wa' else 58 * s
        if group:
            title = rng.choice(['Year Group Chat', 'Besties', 'Football Lads', 'Sleepover Squad', 'Class Chat',
                                'Cousins', 'Dance Crew'])
            tkind = None
            if rng.random() < 0.4 and used < budget - 1:
                title, tkind = (kid.org, 'ORG') if rng.random() < 0.5 else (kid.school, 'SCHOOL')
            sub = rng.choice(['tap here for group info', f'{len(senders) + 1} participants', ''])
        else:
            nm = senders[0] if senders[0][1] else (rng.choice(FIRST), 'PERSON')
            title, tkind = nm
            sub = 'online' if style == 'wa' else ''
            senders = [nm]
        avatar(d, cx, cy, (19 if style == 'wa' else 24) * s, initials(title), rng.choice(PALETTE), font('lib_b', 14 * s))
        ft = font(rng.choice(UI_B), 17 * s if style == 'wa' else 13 * s)
        if style == 'wa':
            if tkind:
                Lr.text((cx + 28 * s, cy - 20 * s), title, ft, hfg, kind=tkind)
                used += 1
            else:
                d.text((cx + 28 * s, cy - 20 * s), title, font=ft, fill=hfg)
            if sub:
                d.text((cx + 28 * s, cy + 3 * s), sub[:38], font=font('lib', 12 * s), fill=hfg)
        else:
            if tkind:
                Lr.text((cx, cy + 30 * s), title, ft, fg, kind=tkind, anchor='ma')
                used += 1
            else:
                d.text((cx, cy + 30 * s), title, font=ft, fill=fg, anchor='ma')
        d.line([(22 * s, cy - 8 * s), (14 * s, cy), (22 * s, cy + 8 * s)], fill=hfg if style == 'wa' else (0, 122, 255), width=int(2.5 * s))
    # input bar
    ib = H - 70 * s
    d.rectangle([0, ib, W, H], fill=hdr if style != 'wa' else bg)
    d.rounded_rectangle([14 * s, ib + 10 * s, W - 60 * s, ib + 46 * s], radius=18 * s,
                        fill=(64, 68, 75) if dark else (255, 255, 255), outline=None if dark else (210, 210, 210))
    d.text((30 * s, ib + 28 * s), rng.choice(['Message', 'iMessage', 'Type a message', f'Message #{"general"}']),
           font=font('lib', 15 * s), fill=(140, 140, 145), anchor='lm')
    d.ellipse([W - 52 * s, ib + 8 * s, W - 12 * s, ib + 48 * s], fill=(0, 168, 132) if style == 'wa' else (0, 122, 255) if style == 'im' else (88, 101, 242))
    qrh = 0
    if spec['qr']:
        # shared invite QR as an image message
        qsz = int(min(W * 0.55, 230 * s))
        code = ''.join(rng.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))
        qrh = qsz + 30 * s
        qy = ib - qrh
        x0 = 70 * s if style == 'dc' else W - qsz - 20 * s
        d.rounded_rectangle([x0 - 6 * s, qy, x0 + qsz + 6 * s, qy + qsz + 14 * s], radius=10 * s,
                            fill=(220, 248, 198) if style == 'wa' and not dark else (64, 68, 75))
        Lr.qr(f'https://discord.gg/{code}', x0, qy + 7 * s, qsz, kind='URL', leak_text=f'discord.gg/{code}')
    msgs = build_chat(kid, rng, max(1, budget - used), senders, group, style)
    fsz = rng.choice([15, 16, 17]) * s
    f = font(rng.choice(UI), fsz)
    fb = font(rng.choice(UI_B), 13 * s)
    fts = font('lib', 11 * s)
    lh = fsz * 1.3
    maxw = W * (0.62 if style != 'dc' else 0.78)
    y = ib - 10 * s - qrh
    top = hh + 10 * s
    for m in reversed(msgs):
        lines = layout_para(m['segs'], f, maxw)
        tw = max(line_width(ln, f) for ln in lines)
        show_sender = (group and not m['out'] and m['sender'] is not None)
        if style == 'dc':
            show_sender = True
        bh = len(lines) * lh + (18 * s if show_sender else 0) + (22 * s if style != 'im' else 14 * s)
        if m['emoji']:
            bh += 0
        if y - bh < top:
            break
        y0 = y - bh
        if style == 'dc':
            sender = (kid.handle, None) if m['out'] else m['sender']
            nm = sender[0] if sender and sender[0] else 'user'
            hk = None
            if sender and sender[1] == 'PERSON':
                nm = nm.split()[0].lower() + str(rng.randint(10, 99)) if rng.random() < 0.5 else nm
                hk = 'HANDLE' if not ' ' in nm else 'PERSON'
            elif sender and sender[1] == 'PHONE':
                nm, hk = rng.choice(FIRST).lower() + '_' + str(rng.randint(100, 999)), 'HANDLE'
            if m['out']:
                hk = 'HANDLE'
            avatar(d, 36 * s, y0 + 20 * s, 16 * s, nm[:2].upper(), PALETTE[sum(map(ord, nm)) % 12], font('lib_b', 11 * s))
            ncol = [(242, 63, 67), (88, 101, 242), (35, 165, 90), (240, 178, 50), (235, 69, 158), fg][sum(map(ord, nm)) % 6]
            bx = Lr.text((64 * s, y0 + 6 * s), nm, fb, ncol, kind=hk)
            d.text((bx[2] + 8 * s, y0 + 9 * s), rng.choice(['Today at ', 'Yesterday at ']) + f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM',
                   font=fts, fill=(148, 155, 164))
            draw_lines(Lr, 64 * s, y0 + 24 * s + fsz, lines, f, fg, lh)
            if m['emoji']:
                emoji(d, 64 * s + tw + 6 * s, y0 + 24 * s + len(lines) * lh - fsz, fsz * 1.1, m['emoji'])
        else:
            out = m['out']
            if style == 'wa':
                bcol = ((0, 92, 75) if dark else (217, 253, 211)) if out else ((32, 44, 51) if dark else (255, 255, 255))
                tcol = fg
            else:
                bcol = (0, 122, 255) if out else (233, 233, 235)
                tcol = (255, 255, 255) if out else (0, 0, 0)
            sw = 0
            if show_sender:
                sw = fb.getlength(m['sender'][0])
            bw = max(tw, sw) + 24 * s + (40 * s if style == 'wa' else 0)
            bw = min(bw, W - 40 * s)
            x0 = W - bw - 14 * s if out else 14 * s
            d.rounded_rectangle([x0, y0, x0 + bw, y - 4 * s], radius=(8 if style == 'wa' else 17) * s, fill=bcol)
            ty = y0 + 8 * s
            if show_sender:
                ncol = rng.choice([(229, 57, 53), (30, 136, 229), (67, 160, 71), (142, 36, 170), (245, 124, 0), (0, 137, 123)])
                Lr.text((x0 + 12 * s, ty), m['sender'][0], fb, ncol, kind=m['sender'][1])
                ty += 18 * s
            draw_lines(Lr, x0 + 12 * s, ty + fsz, lines, f, tcol, lh)
            if style == 'wa':
                d.text((x0 + bw - 8 * s, y - 9 * s), f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d}', font=fts,
                       fill=(120, 130, 135), anchor='rb')
            if m['emoji']:
                emoji(d, x0 + bw + 4 * s if not out else x0 - 24 * s, y - 26 * s, 18 * s, m['emoji'])
        y = y0 - (8 if style != 'dc' else 14) * s
    return Lr


# ----------------------------------------------------------------------------- profile
def profile(rng, spec):
    kid = Kid(rng)
    dark = rng.random() < 0.35
    bg, fg, sub = ((0, 0, 0), (245, 245, 245), (168, 168, 168)) if dark else ((255, 255, 255), (20, 20, 20), (115, 115, 115))
    Lr, s = phone(rng, bg, fg)
    d = Lr.d
    W, H = Lr.W, Lr.H
    budget = spec['budget'] - (1 if spec['qr'] else 0)
    used = 0
    fields = []
    hk = rng.random() < 0.8
    if hk:
        Lr.text((20 * s, 52 * s), kid.handle, font(rng.choice(UI_B), 20 * s), fg, kind='HANDLE')
        used += 1
    else:
        d.text((20 * s, 52 * s), 'Profile', font=font('lib_b', 20 * s), fill=fg)
    for i in range(3):
        d.line([(W - 40 * s, (56 + i * 7) * s), (W - 18 * s, (56 + i * 7) * s)], fill=fg, width=int(2 * s))
    avatar(d, 64 * s, 140 * s, 44 * s, initials(kid.name), rng.choice(PALETTE), font('lib_b', 30 * s))
    fb = font('lib_b', 17 * s)
    fl = font('lib', 13 * s)
    for i, (num, lab) in enumerate([(rng.randint(3, 240), 'posts'), (rng.randint(20, 1900), 'followers'), (rng.randint(30, 900), 'following')]):
        cx = (160 + i * 80) * s
        d.text((cx, 128 * s), str(num), font=fb, fill=fg, anchor='ms')
        d.text((cx, 148 * s), lab, font=fl, fill=fg, anchor='ms')
    y = 205 * s
    fbio = font(rng.choice(UI), 14 * s)
    cands = [
        [(kid.name if rng.random() < 0.6 else kid.fn, 'PERSON')],
        [(kid.age_text(), 'AGE'), (' | ', None), (kid.school, 'SCHOOL')],
        [('from ', None), (kid.town, 'LOCATION')],
        [(kid.org, 'ORG'), (' ', None)],
        [('bday ', None), (kid.dob(rng.choice([1, 2])), 'DATE_OF_BIRTH')],
        [('snap: ', None), (kid.handle + str(rng.randint(1, 9)), 'HANDLE')],
        [('business: ', None), (kid.email, 'EMAIL')],
        [(kid.url, 'URL', (0, 149, 246) if not dark else (224, 241, 255))],
        [('BFF ', None), ('@' + kid.__class__(rng, kid.c).handle, 'HANDLE')],
        [('text ', None), (kid.phone, 'PHONE'), (' for collabs', None)],
    ]
    first = cands[0]
    rest = cands[1:]
    rng.shuffle(rest)
    harmless = [[('gymnastics ', None), ('and art', None)], [('dont copy my edits', None)], [('Gacha + Roblox', None)],
                [('living my best life', None)], [('hi besties', None)]]
    lines_out = [first] + rest
    for segs in lines_out:
        k = nleaks(segs)
        if used + k > budget:
            continue
        f = fb if segs is first else fbio
        Lr.rich(20 * s, y + 14 * s, segs, f, fg)
        y += 21 * s
        used += k
        if y > 370 * s:
            break
    for segs in harmless[:rng.randint(1, 2)]:
        Lr.rich(20 * s, y + 14 * s, segs, fbio, fg)
        y += 21 * s
    y += 12 * s
    for i, lab in enumerate(['Edit profile', 'Share profile']):
        bw = (W - 52 * s) / 2
        x0 = 20 * s + i * (bw + 12 * s)
        d.rounded_rectangle([x0, y, x0 + bw, y + 32 * s], radius=8 * s, fill=(38, 38, 38) if dark else (239, 239, 239))
        d.text((x0 + bw / 2, y + 16 * s), lab, font=font('lib_b', 13 * s), fill=fg, anchor='mm')
    y += 50 * s
    # grid
    cw = (W - 4 * s) / 3
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    r = 0
    while y < H:
        for c in range(3):
            col = np.array(rng.choice(PALETTE), float)
            c2 = np.array(rng.choice(PALETTE), float)
            tw = int(cw)
            g = np.linspace(0, 1, tw)[None, :, None]
            tile = (col * (1 - g) + c2 * g).repeat(tw, 0)
            tile += smooth_noise(tw, tw, tw / 4, nrng)[..., None] * 60 - 30
            Lr.img.paste(Image.fromarray(tile.clip(0, 255).astype(np.uint8)), (int(c * (cw + 2 * s)), int(y)))
        y += cw + 2 * s
        r += 1
    if spec['qr']:
        # share sheet overlay
        d.rectangle([0, H * 0.42, W, H], fill=(30, 30, 30) if dark else (248, 248, 248))
        d.rounded_rectangle([W / 2 - 20 * s, H * 0.42 + 8 * s, W / 2 + 20 * s, H * 0.42 + 13 * s], radius=3 * s, fill=(150, 150, 150))
        qs = int(min(W * 0.55, H * 0.3))
        h2 = kid.handle.replace('.', '_')
        payload, lt, kk = rng.choice([(f'https://www.snapchat.com/add/{h2}', h2, 'HANDLE'),
                                      (f'https://t.me/{h2}', h2, 'HANDLE'),
                                      (f'https://instagram.com/{kid.handle}', kid.handle, 'HANDLE')])
        Lr.qr(payload, W / 2 - qs / 2, H * 0.42 + 40 * s, qs, kind=kk, leak_text=lt)
        d.text((W / 2, H * 0.42 + 50 * s + qs), 'Scan to add me', font=font('lib_b', 16 * s), fill=fg, anchor='ma')
    return Lr


# ----------------------------------------------------------------------------- game
def game_lobby(rng, spec):
    kid = Kid(rng)
    W, H = rng.choice([(1080, 1920), (1170, 2532), (720, 1280), (1080, 2340), (828, 1792)])
    land = rng.random() < 0.5
    if land:
        W, H = H, W
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    c1 = np.array(rng.choice([(20, 24, 60), (40, 10, 60), (10, 40, 50), (30, 30, 34)]), float)
    c2 = np.array(rng.choice([(80, 30, 120), (10, 90, 140), (150, 50, 40), (20, 20, 20)]), float)
    g = np.linspace(0, 1, H)[:, None, None]
    arr = c1 * (1 - g) + c2 * g + (smooth_noise(W, H, 200, nrng)[..., None] - 0.5) * 40
    Lr = Layer(Image.fromarray(np.broadcast_to(arr, (H, W, 3)).clip(0, 255).astype(np.uint8).copy()))
    d = Lr.d
    s = min(W, H) / 390
    status_bar(Lr, s, (255, 255, 255), rng, y=6)
    variant = rng.choice(['lobby', 'friends', 'scores'])
    ft = font(rng.choice(['sans_b', 'free_bo', 'lib_bi', 'narrow_b']), 28 * s)
    d.text((24 * s, 34 * s), {'lobby': 'PARTY LOBBY', 'friends': 'FRIENDS', 'scores': 'MATCH RESULTS'}[variant],
           font=ft, fill=(255, 220, 80))
    budget = spec['budget']
    used = 0
    names = [kid.handle] + [handle_other(rng) for _ in range(7)]
    kinds = ['HANDLE'] * 8
    # some are bots / public
    fr = font(rng.choice(UI_B), 16 * s)
    fs = font(rng.choice(UI), 13 * s)
    y = 90 * s
    rows = min(8, max(2, budget - 1 + rng.randint(0, 2)))
    for i in range(rows):
        leak = used < budget - (1 if variant != 'scores' else 0)
        nm = names[i] if leak else rng.choice(['Guest_0412', 'Player 4', 'CPU Easy', 'Bot_Alpha', 'Waiting...'])
        d.rounded_rectangle([20 * s, y, W - 20 * s, y + 40 * s], radius=6 * s,
                            fill=(255, 255, 255, 40) if False else tuple(int(v) for v in (c1 * 0.5 + 40)))
        avatar(d, 42 * s, y + 20 * s, 14 * s, nm[:1].upper(), rng.choice(PALETTE), font('lib_b', 12 * s))
        Lr.text((64 * s, y + 10 * s), nm, fr, (240, 240, 250), kind='HANDLE' if leak else None)
        if leak:
            used += 1
        if variant == 'scores':
            k, dd = rng.randint(0, 25), rng.randint(0, 15)
            d.text((W - 40 * s, y + 20 * s), f'{k} / {dd}   {k * 100 + rng.randint(0, 99)}', font=fs, fill=(220, 220, 220), anchor='rm')
        else:
            d.text((W - 40 * s, y + 20 * s), rng.choice(['Online', 'In Lobby', 'Ready', 'Away', 'Lv ' + str(rng.randint(3, 99))]),
                   font=fs, fill=rng.choice([(90, 220, 110), (200, 200, 200), (250, 200, 60)]), anchor='rm')
        y += 48 * s
    y += 10 * s
    if used < budget:
        code = rng.choice([f'SW-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}',
                           f'{kid.fn.upper()[:4]}#{rng.randint(1000, 9999)}', f'{rng.randint(100000000, 999999999)}'])
        d.text((24 * s, y), 'My Friend Code:', font=fs, fill=(200, 200, 210))
        Lr.text((24 * s + fs.getlength('My Friend Code: '), y - 1 * s), code, fr, (255, 255, 255), kind='HANDLE')
        used += 1
        y += 30 * s
    # chat box
    d.rounded_rectangle([20 * s, y, W - 20 * s, y + 150 * s], radius=8 * s, fill=(0, 0, 0))
    yy = y + 10 * s
    fc = font('lmono', 12 * s)
    chats = [[('[Party] ', None, (120, 200, 255)), (kid.handle[:10] + ': ', None), ('im ', None), (str(kid.age), 'AGE'), (' btw', None)],
             [('[Party] ', None, (120, 200, 255)), ('anyone from ', None), (kid.town, 'LOCATION'), ('?', None)],
             [('[Party] ', None, (120, 200, 255)), ('i go ', None), (kid.school, 'SCHOOL')],
             [('[All] ', None, (255, 180, 80)), ('gg ez', None)],
             [('[Party] ', None, (120, 200, 255)), ('my real name is ', None), (kid.fn, 'PERSON')],
             [('[All] ', None, (255, 180, 80)), ('rematch?', None)]]
    rng.shuffle(chats)
    for segs in chats:
        k = nleaks(segs)
        if used + k > budget:
            continue
        if yy > y + 130 * s:
            break
        Lr.rich(30 * s, yy + 12 * s, segs, fc, (230, 230, 230))
        used += k
        yy += 20 * s
    return Lr


def handle_other(rng):
    from common import handle_for
    return handle_for(rng, rng.choice(FIRST), rng.choice(LAST))


# ----------------------------------------------------------------------------- video call
def video_call(rng, spec):
    kid = Kid(rng)
    W, H = rng.choice([(1170, 2532), (1080, 2340), (750, 1334), (1080, 1920)])
    if rng.random() < 0.5:
        W, H = H, W
    Lr = Layer(Image.new('RGB', (W, H), (28, 28, 30)))
    d = Lr.d
    s = min(W, H) / 390
    status_bar(Lr, s, (255, 255, 255), rng, y=6)
    budget = spec['budget']
    used = 0
    teacher = f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Miss'])} {rng.choice(LAST)}"
    ft = font('lib_b', 14 * s)
    if rng.random() < 0.6 and budget >= 3:
        Lr.rich(16 * s, 46 * s, [(kid.year, 'AGE'), (' catch-up with ', None), (teacher, 'PERSON')], ft, (255, 255, 255))
        used += 2
    else:
        d.text((16 * s, 34 * s), 'Meeting', font=ft, fill=(255, 255, 255))
    n = max(budget - used, 1)
    n = min(n, 9)
    ntiles = max(n, rng.choice([4, 6, 9]) if n <= 6 else 9)
    cols = 2 if ntiles <= 4 else 3
    if W > H:
        cols = 3 if ntiles <= 6 else 4
    rows = math.ceil(ntiles / cols)
    top, bot = 60 * s, 80 * s
    tw = (W - 12 * s) / cols
    th = (H - top - bot) / rows
    fn = font(rng.choice(UI), 12 * s)
    for i in range(ntiles):
        r, c = divmod(i, cols)
        x0, y0 = 6 * s + c * tw, top + r * th
        col = tuple(int(v * 0.35) for v in rng.choice(PALETTE))
        d.rounded_rectangle([x0 + 3 * s, y0 + 3 * s, x0 + tw - 3 * s, y0 + th - 3 * s], radius=8 * s, fill=col)
        leak = i < n and used < budget
        nm = (kid.name if i == 0 else f'{rng.choice(FIRST)} {rng.choice(LAST)}' if rng.random() < 0.6 else rng.choice(FIRST)) if leak else rng.choice(['iPad', 'Guest', 'Zoom user', "Samsung A12"])
        avatar(d, x0 + tw / 2, y0 + th / 2, min(tw, th) * 0.18, initials(nm), rng.choice(PALETTE), font('lib_b', min(tw, th) * 0.12))
        lb = fn.getbbox(nm)
        d.rounded_rectangle([x0 + 8 * s, y0 + th - 30 * s, x0 + 18 * s + lb[2], y0 + th - 10 * s], radius=4 * s, fill=(0, 0, 0))
        tk = 'PERSON'
        if leak and i > 0 and rng.random() < 0.3:
            nm, tk = handle_other(rng), 'HANDLE'
            lb = fn.getbbox(nm)
            d.rounded_rectangle([x0 + 8 * s, y0 + th - 30 * s, x0 + 18 * s + lb[2], y0 + th - 10 * s], radius=4 * s, fill=(0, 0, 0))
        Lr.text((x0 + 13 * s, y0 + th - 20 * s), nm, fn, (255, 255, 255), kind=tk if leak else None, anchor='lm')
        if leak:
            used += 1
    for i in range(5):
        cx = W / 2 + (i - 2) * 60 * s
        d.ellipse([cx - 20 * s, H - 60 * s, cx + 20 * s, H - 20 * s], fill=(230, 60, 60) if i == 4 else (60, 60, 64))
    return Lr


# ----------------------------------------------------------------------------- lock screen
def lock_screen(rng, spec):
    kid = Kid(rng)
    W, H = rng.choice(SIZES)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    c1 = np.array(rng.choice(PALETTE), float)
    c2 = np.array(rng.choice(PALETTE), float) * 0.5
    g = np.linspace(0, 1, H)[:, None, None]
    arr = c1 * (1 - g) + c2 * g + (smooth_noise(W, H, W / 3, nrng)[..., None] - 0.5) * 90
    Lr = Layer(Image.fromarray(np.broadcast_to(arr, (H, W, 3)).clip(0, 255).astype(np.uint8).copy()))
    d = Lr.d
    s = W / 390
    status_bar(Lr, s, (255, 255, 255), rng)
    day = rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    d.text((W / 2, 90 * s), f'{day}, {rng.randint(1, 28)} {rng.choice(["March", "June", "October", "December"])}',
           font=font('lib_b', 18 * s), fill=(255, 255, 255), anchor='ma')
    d.text((W / 2, 112 * s), f'{rng.randint(1, 12)}:{rng.randint(0, 59):02d}', font=font('sans_b', 84 * s), fill=(255, 255, 255), anchor='ma')
    budget = spec['budget']
    used = 0
    y = 260 * s
    apps = [('Messages', (52, 199, 89)), ('WhatsApp', (37, 211, 102)), ('Snapchat', (255, 252, 0)),
            ('Instagram', (225, 48, 108)), ('Discord', (88, 101, 242)), ('School App', (30, 100, 200))]
    fa = font('lib', 12 * s)
    fb = font('lib_b', 14 * s)
    fm = font(rng.choice(UI), 14 * s)
    guard = 0
    while used < budget and y < H - 180 * s and guard < 12:
        guard += 1
        app = rng.choice(apps)
        sender = f'{rng.choice(FIRST)} {rng.choice(LAST)}' if rng.random() < 0.5 else rng.choice(FIRST)
        skind = 'PERSON'
        if app[0] == 'School App':
            sender, skind = kid.school, 'SCHOOL'
        if app[0] == 'Snapchat':
            sender, skind = handle_other(rng), 'HANDLE'
        body = leak_msg(kid, rng) if rng.random() < 0.7 else [(rng.choice(HARMLESS), None)]
        k = 1 + nleaks(body)
        if used + k > budget:
            if used + 1 <= budget:
                body = [(rng.choice(HARMLESS), None)]
                k = 1
            else:
                break
        lines = layout_para(body, fm, W - 80 * s)[:3]
        k = 1 + sum(1 for ln in lines for r in ln if r[1])
        if used + k > budget:
            break
        bh = 64 * s + len(lines) * 18 * s
        d.rounded_rectangle([12 * s, y, W - 12 * s, y + bh], radius=16 * s, fill=(238, 238, 240))
        d.rounded_rectangle([24 * s, y + 12 * s, 44 * s, y + 32 * s], radius=5 * s, fill=app[1])
        d.text((52 * s, y + 22 * s), app[0].upper(), font=fa, fill=(100, 100, 105), anchor='lm')
        d.text((W - 26 * s, y + 22 * s), rng.choice(['now', '2m ago', '9:14', '1h ago']), font=fa, fill=(100, 100, 105), anchor='rm')
        Lr.text((24 * s, y + 52 * s), sender, fb, (15, 15, 15), kind=skind, anchor='ls')
        draw_lines(Lr, 24 * s, y + 72 * s, lines, fm, (30, 30, 30), 18 * s)
        used += k
        y += bh + 10 * s
    d.rounded_rectangle([W / 2 - 67 * s, H - 14 * s, W / 2 + 67 * s, H - 9 * s], radius=3 * s, fill=(255, 255, 255))
    return Lr


# ----------------------------------------------------------------------------- maps
def maps_app(rng, spec):
    kid = Kid(rng)
    Lr, s = phone(rng, (236, 233, 226), (20, 20, 20))
    d = Lr.d
    W, H = Lr.W, Lr.H
    # blocks, parks, water
    for _ in range(14):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        w, h = rng.uniform(60, 200) * s, rng.uniform(60, 200) * s
        d.rectangle([x, y, x + w, y + h], fill=rng.choice([(200, 230, 190), (222, 218, 210), (170, 210, 240)]))
    for _ in range(7):
        x = rng.uniform(0, W)
        d.line([(x, 0), (x + rng.uniform(-200, 200) * s, H)], fill=(255, 255, 255), width=int(rng.uniform(6, 14) * s))
        y = rng.uniform(0, H)
        d.line([(0, y), (W, y + rng.uniform(-200, 200) * s)], fill=(255, 255, 255), width=int(rng.uniform(6, 14) * s))
    d.line([(0, H * 0.3), (W, H * 0.55)], fill=(250, 205, 90), width=int(16 * s))
    d.text((W * 0.7, H * 0.48), rng.choice(['A34', 'M1', 'SH1', 'N7', 'Hwy 12']), font=font('lib_b', 12 * s), fill=(90, 70, 20))
    budget = spec['budget']
    used = 0
    # pin
    px, py = W * rng.uniform(0.35, 0.65), H * rng.uniform(0.3, 0.45)
    d.ellipse([px - 16 * s, py - 40 * s, px + 16 * s, py - 8 * s], fill=(234, 67, 53))
    d.polygon([(px - 12 * s, py - 18 * s), (px + 12 * s, py - 18 * s), (px, py)], fill=(234, 67, 53))
    d.ellipse([px - 6 * s, py - 30 * s, px + 6 * s, py - 18 * s], fill=(255, 255, 255))
    lab = rng.choice(['Home', 'Home', 'My House', 'Nana\'s'])
    d.text((px + 20 * s, py - 26 * s), lab, font=font('lib_b', 15 * s), fill=(40, 40, 40), stroke_width=int(2 * s), stroke_fill=(255, 255, 255))
    # search bar
    d.rounded_rectangle([14 * s, 54 * s, W - 14 * s, 100 * s], radius=23 * s, fill=(255, 255, 255), outline=(220, 220, 220))
    fsb = font('lib', 15 * s)
    if budget >= 3 and rng.random() < 0.7:
        Lr.text((48 * s, 77 * s), kid.school, fsb, (60, 60, 60), kind='SCHOOL', anchor='lm')
        used += 1
    else:
        d.text((48 * s, 77 * s), 'Search here', font=fsb, fill=(120, 120, 120), anchor='lm')
    # bottom card
    ch = 240 * s
    y0 = H - ch
    d.rounded_rectangle([0, y0, W, H + 20 * s], radius=18 * s, fill=(255, 255, 255))
    d.rounded_rectangle([W / 2 - 20 * s, y0 + 8 * s, W / 2 + 20 * s, y0 + 12 * s], radius=2 * s, fill=(200, 200, 200))
    d.text((20 * s, y0 + 26 * s), lab, font=font('lib_b', 22 * s), fill=(20, 20, 20))
    fa = font(rng.choice(UI), 14 * s)
    y = y0 + 66 * s
    Lr.text((20 * s, y), kid.addr1, fa, (70, 70, 70), kind='ADDRESS')
    used += 1
    y += 20 * s
    if used < budget:
        Lr.text((20 * s, y), kid.addr2, fa, (70, 70, 70), kind='ADDRESS')
        used += 1
    y += 30 * s
    extra = [[('Shared with ', None), (kid.parent, 'PERSON')],
             [('Saved in ', None), ('"' + kid.fn + "'s places" + '"', None)],
             [('Near ', None), (kid.venue, 'LOCATION')],
             [('Live location: ', None), (kid.name, 'PERSON')],
             [('Arrived at school · ', None), (kid.school, 'SCHOOL')]]
    rng.shuffle(extra)
    for segs in extra:
        k = nleaks(segs)
        if used + k > budget or y > H - 30 * s:
            continue
        Lr.rich(20 * s, y + 14 * s, segs, font('lib', 13 * s), (26, 115, 232))
        used += k
        y += 24 * s
    return Lr


# ----------------------------------------------------------------------------- clean screens
TEAMS = ['Manchester City', 'Arsenal', 'Liverpool', 'Aston Villa', 'Tottenham', 'Chelsea', 'Newcastle', 'Brighton',
         'West Ham', 'Brentford', 'Leeds United', 'Everton', 'Sydney FC', 'Melbourne Victory', 'Brisbane Roar',
         'Auckland FC', 'Wellington Phoenix', 'Toronto FC', 'Vancouver Whitecaps', 'Mamelodi Sundowns',
         'Kaizer Chiefs', 'Orlando Pirates', 'Mumbai City', 'Bengaluru FC', 'Shamrock Rovers', 'Bohemians']


def clean_league(rng, spec):
    dark = rng.random() < 0.5
    bg, fg = ((18, 18, 22), (235, 235, 240)) if dark else ((250, 250, 252), (20, 20, 25))
    Lr, s = phone(rng, bg, fg)
    d = Lr.d
    W = Lr.W
    comp = rng.choice(['Premier League', 'A-League Men', 'MLS Eastern Conf.', 'DStv Premiership', 'Indian Super League', 'League of Ireland'])
    d.rectangle([0, 0, W, 110 * s], fill=rng.choice([(56, 0, 60), (0, 70, 140), (200, 16, 46), (20, 90, 60)]))
    status_bar(Lr, s, (255, 255, 255), rng)
    d.text((20 * s, 60 * s), comp, font=font('lib_b', 22 * s), fill=(255, 255, 255))
    d.text((20 * s, 88 * s), f'Season 2026/27 · Matchweek {rng.randint(5, 30)}', font=font('lib', 12 * s), fill=(230, 230, 230))
    teams = rng.sample(TEAMS, 14)
    f = font(rng.choice(UI), 14 * s)
    fb = font(rng.choice(UI_B), 13 * s)
    y = 130 * s
    for i, h in enumerate(['#', 'Team', 'P', 'W', 'D', 'L', 'GD', 'Pts']):
        x = [16, 40, 220, 250, 280, 310, 338, 368][i] * s
        d.text((x, y), h, font=fb, fill=(130, 130, 140), anchor='ma' if i > 1 else 'la')
    y += 26 * s
    pts = sorted([rng.randint(5, 60) for _ in teams], reverse=True)
    for i, t in enumerate(teams):
        p = rng.randint(10, 30)
        w = min(p, pts[i] // 3)
        dd = min(p - w, pts[i] - 3 * w)
        l = p - w - dd
        vals = [str(i + 1), t, str(p), str(w), str(dd), str(l), f'{rng.randint(-20, 30):+d}', str(3 * w + dd)]
        for j, v in enumerate(vals):
            x = [16, 40, 220, 250, 280, 310, 338, 368][j] * s
            d.text((x, y), v, font=f if j != 7 else fb, fill=fg, anchor='ma' if j > 1 else 'la')
        y += 30 * s
        d.line([(16 * s, y - 6 * s), (W - 16 * s, y - 6 * s)], fill=(60, 60, 66) if dark else (225, 225, 230))
        if y > Lr.H - 40 * s:
            break
    return Lr


def clean_weather(rng, spec):
    Lr, s = phone(rng, (60, 120, 200), (255, 255, 255))
    W, H = Lr.W, Lr.H
    c1 = np.array(rng.choice([(50, 110, 200), (30, 40, 90), (120, 150, 180), (230, 140, 70)]), float)
    g = np.linspace(0, 1, H)[:, None, None]
    arr = c1 * (1 - g) + c1 * 0.45 * g
    Lr.img.paste(Image.fromarray(np.broadcast_to(arr, (H, W, 3)).astype(np.uint8).copy()))
    d = Lr.d
    status_bar(Lr, s, (255, 255, 255), rng)
    city = rng.choice(['London', 'Sydney', 'New York', 'Toronto', 'Mumbai', 'Johannesburg', 'Dublin', 'Auckland', 'Los Angeles', 'Melbourne'])
    t = rng.randint(-3, 34)
    d.text((W / 2, 80 * s), city, font=font('lib', 30 * s), fill=(255, 255, 255), anchor='ma')
    d.text((W / 2, 118 * s), f'{t}°', font=font('sans_xl', 90 * s), fill=(255, 255, 255), anchor='ma')
    d.text((W / 2, 225 * s), rng.choice(['Mostly Sunny', 'Light Rain', 'Cloudy', 'Thunderstorms', 'Clear']), font=font('lib', 18 * s), fill=(255, 255, 255), anchor='ma')
    d.text((W / 2, 250 * s), f'H:{t + 4}°  L:{t - 6}°', font=font('lib', 18 * s), fill=(255, 255, 255), anchor='ma')
    y = 300 * s
    d.rounded_rectangle([16 * s, y, W - 16 * s, y + 120 * s], radius=14 * s, fill=tuple(int(v * 0.75) for v in c1))
    for i in range(6):
        x = 40 * s + i * (W - 80 * s) / 5
        d.text((x, y + 20 * s), ['Now', '1PM', '2PM', '3PM', '4PM', '5PM'][i], font=font('lib_b', 13 * s), fill=(255, 255, 255), anchor='ma')
        emoji(d, x - 12 * s, y + 46 * s, 24 * s, 'star' if i % 2 else 'smile')
        d.text((x, y + 86 * s), f'{t + rng.randint(-2, 2)}°', font=font('lib_b', 15 * s), fill=(255, 255, 255), anchor='ma')
    y += 140 * s
    others = rng.sample(['Paris', 'Tokyo', 'Cape Town', 'Chicago', 'Wellington', 'Vancouver', 'Delhi', 'Brisbane', 'Manchester', 'Cork'], 5)
    for c in others:
        d.rounded_rectangle([16 * s, y, W - 16 * s, y + 60 * s], radius=12 * s, fill=tuple(int(v * 0.7) for v in c1))
        d.text((30 * s, y + 30 * s), c, font=font('lib_b', 18 * s), fill=(255, 255, 255), anchor='lm')
        d.text((W - 30 * s, y + 30 * s), f'{rng.randint(-5, 35)}°', font=font('lib', 26 * s), fill=(255, 255, 255), anchor='rm')
        y += 70 * s
        if y > H - 80 * s:
            break
    return Lr


def clean_game_hud(rng, spec):
    W, H = rng.choice([(1920, 1080), (2340, 1080), (1280, 720), (2532, 1170)])
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    sky = np.linspace(0, 1, H)[:, None, None]
    arr = np.array([90, 160, 230], float) * (1 - sky) + np.array([40, 120, 60], float) * sky
    arr = arr + (smooth_noise(W, H, 80, nrng)[..., None] - 0.5) * 50
    Lr = Layer(Image.fromarray(np.broadcast_to(arr, (H, W, 3)).clip(0, 255).astype(np.uint8).copy()))
    d = Lr.d
    s = H / 390
    for _ in range(12):
        x, y = rng.uniform(0, W), rng.uniform(H * 0.4, H)
        w = rng.uniform(20, 80) * s
        d.rectangle([x, y, x + w, y + w], fill=rng.choice([(120, 80, 40), (90, 90, 90), (60, 140, 50)]))
    fb = font(rng.choice(['sans_b', 'free_b', 'lib_bi']), 16 * s)
    d.text((16 * s, 12 * s), f'SCORE {rng.randint(1000, 99999):,}', font=fb, fill=(255, 255, 255), stroke_width=int(2 * s), stroke_fill=(0, 0, 0))
    d.text((16 * s, 36 * s), f'LEVEL {rng.randint(1, 60)}', font=fb, fill=(255, 230, 80), stroke_width=int(2 * s), stroke_fill=(0, 0, 0))
    d.text((W - 16 * s, 12 * s), rng.choice(['Server: EU-West 3', 'Server: NA-East 12', 'Server: OCE-Sydney 2', 'Server: Asia-Mumbai 5']),
           font=font('lib', 11 * s), fill=(255, 255, 255), anchor='ra')
    d.text((W - 16 * s, 28 * s), f'Ping {rng.randint(12, 140)} ms  FPS {rng.randint(30, 144)}', font=font('lib', 11 * s), fill=(255, 255, 255), anchor='ra')
    d.rectangle([W / 2 - 100 * s, H - 30 * s, W / 2 + 100 * s, H - 20 * s], fill=(60, 0, 0))
    d.rectangle([W / 2 - 100 * s, H - 30 * s, W / 2 - 100 * s + 200 * s * rng.random(), H - 20 * s], fill=(230, 40, 40))
    d.text((W / 2, H - 34 * s), f'HP {rng.randint(1, 100)}/100', font=font('lib_b', 10 * s), fill=(255, 255, 255), anchor='mb')
    d.text((W / 2, 60 * s), rng.choice(['WAVE 7 INCOMING', 'QUEST COMPLETE!', 'NEW HIGH SCORE', 'CHECKPOINT']), font=font('sans_b', 26 * s),
           fill=(255, 240, 120), anchor='ma', stroke_width=int(3 * s), stroke_fill=(80, 40, 0))
    for i in range(8):
        d.rounded_rectangle([W / 2 - 160 * s + i * 40 * s, H - 70 * s, W / 2 - 126 * s + i * 40 * s, H - 36 * s], radius=4 * s,
                            fill=(30, 30, 30), outline=(200, 200, 200))
        d.text((W / 2 - 143 * s + i * 40 * s, H - 53 * s), str(rng.randint(1, 64)), font=font('lib_b', 10 * s), fill=(255, 255, 255), anchor='mm')
    return Lr


def clean_transit(rng, spec):
    Lr, s = phone(rng, (255, 255, 255), (20, 20, 20))
    d = Lr.d
    W, H = Lr.W, Lr.H
    col = rng.choice([(0, 100, 180), (220, 36, 31), (0, 133, 63), (255, 140, 0)])
    d.rectangle([0, 0, W, 130 * s], fill=col)
    status_bar(Lr, s, (255, 255, 255), rng)
    route = rng.choice(['Route 42', 'Line 7', 'Bus 155', 'Northern Line', 'T1 North Shore', 'Route 370', 'DART'])
    d.text((20 * s, 58 * s), route, font=font('lib_b', 26 * s), fill=(255, 255, 255))
    dest = rng.choice(['Central Station', 'City Centre', 'Airport', 'Union Station', 'Britomart', 'Park Station', 'Connolly'])
    d.text((20 * s, 96 * s), f'towards {dest}', font=font('lib', 15 * s), fill=(255, 255, 255))
    stops = ['Central Station', 'Town Hall', 'Museum', 'Harbour Bridge', 'University', 'Hospital', 'Stadium', 'Market St',
             'Library', 'Civic Centre', 'Zoo', 'Airport Terminal 1', 'Park & Ride', 'Bus Interchange']
    rng.shuffle(stops)
    y = 150 * s
    h, m = rng.randint(6, 21), rng.randint(0, 59)
    for st in stops[:12]:
        d.ellipse([24 * s, y + 4 * s, 36 * s, y + 16 * s], outline=col, width=int(3 * s))
        d.text((50 * s, y), st, font=font('lib', 16 * s), fill=(20, 20, 20))
        d.text((W - 20 * s, y), f'{h:02d}:{m:02d}', font=font('lib_b', 16 * s), fill=(20, 20, 20), anchor='ra')
        m += rng.randint(2, 6)
        if m >= 60:
            h, m = h + 1, m - 60
        y += 44 * s
        if y > H - 60 * s:
            break
    return Lr
