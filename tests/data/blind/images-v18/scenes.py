"""Scene builders. Each returns dict(layer=Layer, family=..., fx=dict)."""
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from core import (Layer, font, SANS, SANS_BOLD, SERIF, SERIF_BOLD, ITALIC, MONO, BOLD, draw_qr, qr_size,
                  warp_into, place_quad, cylinder, rotate_layer, layout, line_h, fit_font)
from data import FIRST, SURNAME, WORDS, slug

PHONES = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
          (1125, 2436), (1170, 2532), (720, 1600)]
PHOTOS = [(3000, 2000), (2000, 3000), (3000, 2000), (2000, 3000), (3264, 2448), (2448, 3264), (3200, 2400)]


def rgb(r, lo=0, hi=255):
    return (r.randint(lo, hi), r.randint(lo, hi), r.randint(lo, hi), 255)


def pastel(r):
    return (r.randint(170, 250), r.randint(170, 250), r.randint(170, 250), 255)


def deep(r):
    c = [r.randint(10, 120), r.randint(10, 120), r.randint(10, 120)]
    c[r.randint(0, 2)] = r.randint(120, 200)
    return tuple(c) + (255,)


def lum(c):
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def ink_on(bg, r):
    return (r.randint(0, 40),) * 3 + (255,) if lum(bg) > 140 else (r.randint(225, 255),) * 3 + (255,)


def initials(name):
    p = [w for w in name.replace('_', ' ').replace('.', ' ').split() if w]
    return ''.join(w[0] for w in p[:2]).upper() or 'A'


def avatar(L, cx, cy, rad, name, color, fpath):
    L.draw.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=color)
    f = font(fpath, rad * 0.9)
    L.text((cx, cy - line_h(f) / 2), initials(name), f, ink_on(color, _FixedR()), anchor='c')


class _FixedR:
    def randint(self, a, b):
        return a


# --------------------------------------------------------------------- QR payloads
def qr_payload(p, qtype, r):
    digits = ''.join(ch for ch in p.phone if ch.isdigit())
    intl = p.R['intl']
    if p.phone.startswith('+'):
        e164 = '+' + digits
    else:
        e164 = intl + (digits[1:] if digits.startswith('0') else digits)
    if qtype == 'tel':
        return f'tel:{e164}', [('PHONE', e164)]
    if qtype == 'sms':
        return f'sms:{e164}', [('PHONE', e164)]
    if qtype == 'mailto':
        return f'mailto:{p.parent_email}', [('EMAIL', p.parent_email)]
    if qtype == 'geo':
        lat = {'US': 41.8, 'UK': 53.9, 'IE': 52.8, 'CA': 43.4, 'AU': -33.8, 'NZ': -36.8, 'IN': 12.9, 'ZA': -33.9}[p.reg]
        lon = {'US': -87.6, 'UK': -1.5, 'IE': -8.5, 'CA': -79.7, 'AU': 151.0, 'NZ': 174.7, 'IN': 77.6, 'ZA': 18.6}[p.reg]
        g = f'{lat + r.uniform(-0.05, 0.05):.5f},{lon + r.uniform(-0.05, 0.05):.5f}'
        return f'geo:{g}', [('LOCATION', g)]
    if qtype == 'mecard':
        n = f'{p.last},{p.first}'
        return f'MECARD:N:{n};TEL:{e164};;', [('PERSON', n), ('PHONE', e164)]
    if qtype == 'vcard':
        fn = f'{p.first} {p.last}'
        pay = f'BEGIN:VCARD\nVERSION:3.0\nN:{p.last};{p.first}\nFN:{fn}\nTEL:{e164}\nEMAIL:{p.parent_email}\nEND:VCARD'
        return pay, [('PERSON', fn), ('PHONE', e164), ('EMAIL', p.parent_email)]
    if qtype == 'wifi':
        ssid = f'{p.last} Family'
        return f'WIFI:T:WPA;S:{ssid};P:{slug(p.pet)}{p.house}!;;', [('PERSON', p.last)]
    if qtype == 'wa':
        u = f'https://wa.me/{e164[1:]}'
        return u, [('URL', u)]
    if qtype == 'tme':
        return f'https://t.me/{p.handle.replace(".", "_")}', [('HANDLE', p.handle.replace('.', '_'))]
    if qtype == 'snap':
        return f'https://www.snapchat.com/add/{p.handle.replace("_", "-")}', [('HANDLE', p.handle.replace('_', '-'))]
    if qtype == 'discord':
        code = ''.join(r.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))
        u = f'https://discord.gg/{code}'
        return u, [('URL', u)]
    txt = f'If found please call {p.parent_title} on {p.phone}'
    return txt, [('PHONE', p.phone)]


def clean_qr(r):
    return r.choice(['https://www.crunchos-cereal.example.com/win', 'https://fizzlime.example.com/recycle',
                     'https://www.citymuseum.example.org/audio-guide/room4', 'WIFI:T:WPA;S:BeanHouse-Guest;P:coffee2024;;',
                     'https://tickets.example.com/e/4821-777', 'https://www.pastapalace.example.com/menu',
                     'https://nutrifacts.example.org/p/81729', 'TICKET 7741-AX9 ROW F SEAT 12',
                     'https://www.greenvalley-buses.example.com/live', 'https://www.stormcast.example.com/app'])


# --------------------------------------------------------------------- chat content
def leak_msgs(p, r):
    oth = p.other()
    return [
        ['my number is ', (p.phone, 'PHONE'), ' text me later'],
        ["i'm in ", (p.year, 'AGE'), ' at ', (p.school, 'SCHOOL')],
        ['i live on ', (p.street, 'ADDRESS'), ' come over after school'],
        ['add me on snap ', ('@' + p.handle, 'HANDLE')],
        ['im ', (f'{p.age} years old', 'AGE'), ' not 10 lol'],
        ['my bday is ', (p.dob, 'DATE_OF_BIRTH'), ' dont forget!!'],
        ['we just moved to ', (p.suburb, 'LOCATION'), ' near the park'],
        ['email me at ', (p.email, 'EMAIL')],
        ['are u going to ', (p.club, 'ORG'), ' training tmrw?'],
        ['my mum is ', (p.parent, 'PERSON'), ' she can call ur mum'],
        ['follow my page ', ('tiktok.com/@' + p.handle, 'URL')],
        ['see u at ', (p.school, 'SCHOOL'), ' gate at 8:15'],
        [(oth, 'PERSON'), ' is coming too'],
        ['my address is ', (p.street, 'ADDRESS'), ', ', (p.town_line, 'ADDRESS')],
        ['call my dad on ', (p.phone2, 'PHONE'), ' if im late'],
        ['sub to my channel ', ('youtube.com/@' + p.handle2, 'URL')],
        ['this is my page ', ('instagram.com/' + p.handle, 'URL'), ' follow me'],
        ['which class r u in at ', (p.school, 'SCHOOL'), '?'],
        ['my postcode is ', (p.town_t[-1], 'ADDRESS')],
    ]


FILLER = ['lol', 'ok see u', 'did u finish the maths homework', "that's so funny", 'brb dinner', 'what time?',
          'omg yes', "can't wait!!", "who's in your group for the project", 'haha', 'nooo way', 'send me the pic',
          'wait what', 'ok', 'same', 'tell me tomorrow', 'my phone is on 3%', 'who won?', 'yessss', 'k']


def pick_msgs(p, r, n_leak, n_fill):
    pool = leak_msgs(p, r)
    r.shuffle(pool)
    msgs = [(m, r.random() < 0.5) for m in pool[:n_leak]] + [([r.choice(FILLER)], r.random() < 0.5)
                                                             for _ in range(n_fill)]
    r.shuffle(msgs)
    return msgs


def status_bar(L, s, fg, r, time=None):
    f = font(r.choice(SANS_BOLD), 13 * s)
    L.text((16 * s, 6 * s), time or f'{r.randint(7, 22)}:{r.randint(0, 59):02d}', f, fg)
    x = L.w - 16 * s
    L.draw.rectangle([x - 24 * s, 9 * s, x, 20 * s], outline=fg, width=max(1, int(s)))
    L.draw.rectangle([x - 22 * s, 11 * s, x - 22 * s + r.randint(4, 20) * s, 18 * s], fill=fg)
    for i in range(4):
        L.draw.rectangle([x - 50 * s + i * 5 * s, (19 - 3 * i) * s, x - 47 * s + i * 5 * s, 20 * s], fill=fg)


CHAT_STYLES = {
    'whatsapp': dict(light=dict(bg=(236, 229, 221), hd=(0, 128, 105), hfg=(255, 255, 255), out=(220, 248, 198),
                                inn=(255, 255, 255), tout=(17, 27, 33), tin=(17, 27, 33)),
                     dark=dict(bg=(11, 20, 26), hd=(31, 44, 52), hfg=(233, 237, 239), out=(0, 92, 75),
                               inn=(31, 44, 52), tout=(233, 237, 239), tin=(233, 237, 239))),
    'imessage': dict(light=dict(bg=(255, 255, 255), hd=(246, 246, 246), hfg=(0, 0, 0), out=(0, 122, 255),
                                inn=(229, 229, 234), tout=(255, 255, 255), tin=(0, 0, 0)),
                     dark=dict(bg=(0, 0, 0), hd=(28, 28, 30), hfg=(255, 255, 255), out=(10, 132, 255),
                               inn=(38, 38, 41), tout=(255, 255, 255), tin=(255, 255, 255))),
    'instagram': dict(light=dict(bg=(255, 255, 255), hd=(255, 255, 255), hfg=(0, 0, 0), out=(120, 70, 250),
                                 inn=(239, 239, 239), tout=(255, 255, 255), tin=(0, 0, 0)),
                      dark=dict(bg=(0, 0, 0), hd=(0, 0, 0), hfg=(245, 245, 245), out=(110, 60, 240),
                                inn=(38, 38, 38), tout=(255, 255, 255), tin=(245, 245, 245))),
    'sms': dict(light=dict(bg=(255, 255, 255), hd=(243, 246, 252), hfg=(31, 31, 31), out=(211, 227, 253),
                           inn=(232, 234, 237), tout=(10, 30, 60), tin=(31, 31, 31)),
                dark=dict(bg=(18, 18, 18), hd=(30, 31, 34), hfg=(230, 230, 230), out=(30, 64, 120),
                          inn=(48, 48, 48), tout=(230, 235, 245), tin=(230, 230, 230))),
}


def phone_size(r, landscape=False):
    w, h = r.choice(PHONES)
    return (h, w) if landscape else (w, h)


def chat(ctx, style):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r, landscape=r.random() < 0.12 and not ctx.qr)
    s = W / 360 if W < H else H / 400
    theme = r.choice(['light', 'dark'])
    if style == 'discord':
        return discord(ctx, W, H, s, theme)
    c = CHAT_STYLES[style][theme]
    L = Layer(W, H, c['bg'] + (255,))
    fp = r.choice(SANS); fb = r.choice(SANS_BOLD)
    hh = int(92 * s)
    L.draw.rectangle([0, 0, W, hh], fill=c['hd'] + (255,))
    status_bar(L, s, c['hfg'] + (255,), r)
    friend = f'{r.choice(FIRST)} {r.choice(SURNAME)}' if r.random() < 0.6 else r.choice(FIRST)
    fh = font(fb, 17 * s)
    if style == 'instagram':
        avatar(L, 50 * s, 60 * s, 17 * s, friend, deep(r), fb)
        L.text((76 * s, 44 * s), [(r.choice(WORDS) + '.' + slug(friend.split()[0]) + str(r.randint(1, 99)), 'HANDLE')],
               fh, c['hfg'])
        L.text((76 * s, 66 * s), 'Active now', font(fp, 12 * s), (140, 140, 140))
    elif style == 'imessage':
        avatar(L, W / 2, 48 * s, 16 * s, friend, (150, 155, 165, 255), fb)
        L.text((W / 2, 67 * s), [(friend, 'PERSON')], font(fp, 13 * s), c['hfg'], anchor='c')
    elif style == 'sms' and r.random() < 0.5:
        L.text((56 * s, 46 * s), [(p.phone2, 'PHONE')], fh, c['hfg'])
    else:
        avatar(L, 50 * s, 58 * s, 18 * s, friend, deep(r), fb)
        L.text((78 * s, 40 * s), [(friend, 'PERSON')], fh, c['hfg'])
        L.text((78 * s, 64 * s), r.choice(['online', 'typing...', 'last seen today at 8:02']), font(fp, 12 * s),
               c['hfg'])
    L.text((14 * s, 50 * s), '<', font(fb, 22 * s), c['hfg'])
    # input bar
    ib = H - int(56 * s)
    L.draw.rounded_rectangle([10 * s, ib + 8 * s, W - 60 * s, H - 10 * s], radius=int(19 * s),
                             fill=c['inn'] + (255,))
    L.text((26 * s, ib + 18 * s), 'Message', font(fp, 14 * s), (140, 140, 140))
    L.draw.ellipse([W - 50 * s, ib + 8 * s, W - 12 * s, H - 10 * s], fill=c['out'] + (255,))
    f = font(fp, r.choice([14, 15, 16, 17]) * s)
    msgs = pick_msgs(p, r, r.randint(4, 6), r.randint(2, 5))
    y = hh + 14 * s
    maxw = W * 0.68
    lh = line_h(f) * 1.2
    pad = 9 * s
    qr_at = 1 if ctx.qr else -1
    for i, (runs, out) in enumerate(msgs):
        if i == qr_at:
            payload, lk = qr_payload(p, ctx.qr, r)
            mod = max(4, int(150 * s / 33))
            q = qr_size(payload, mod)
            if y + q + 40 * s > ib:
                break
            x = W - q - 14 * s if out else 14 * s
            L.draw.rounded_rectangle([x - 6 * s, y - 6 * s, x + q + 6 * s, y + q + 6 * s], radius=int(10 * s),
                                     fill=c['out' if out else 'inn'] + (255,))
            draw_qr(L, int(x), int(y), payload, mod, lk)
            y += q + 20 * s
            continue
        lines = layout(runs, f, maxw)
        bw = max(sum(f.getlength(t) for t, _ in ln) for ln in lines) + 2 * pad
        bh = len(lines) * lh + 2 * pad
        if y + bh > ib - 6 * s:
            break
        x = W - bw - 12 * s if out else 12 * s
        L.draw.rounded_rectangle([x, y, x + bw, y + bh], radius=int(14 * s), fill=c['out' if out else 'inn'] + (255,))
        yy = y + pad
        for ln in lines:
            L.text((x + pad, yy), ln, f, c['tout' if out else 'tin'])
            yy += lh
        y += bh + 8 * s
    return dict(layer=L, family='screen', fx={})


def discord(ctx, W, H, s, theme):
    r, p = ctx.r, ctx.p
    bg = (49, 51, 56) if theme == 'dark' else (255, 255, 255)
    fg = (219, 222, 225) if theme == 'dark' else (46, 51, 56)
    L = Layer(W, H, bg + (255,))
    fp = r.choice(SANS); fb = r.choice(SANS_BOLD)
    L.draw.rectangle([0, 0, W, 80 * s], fill=(43, 45, 49, 255) if theme == 'dark' else (242, 243, 245, 255))
    status_bar(L, s, fg + (255,), r)
    server = r.choice([f'{p.suburb.split(",")[0]} gamers', 'minecraft crew', f'{p.year} squad', 'the lads',
                       'roblox bestiesss'])
    L.text((16 * s, 36 * s), '# general', font(fb, 17 * s), fg)
    L.text((16 * s, 58 * s), server, font(fp, 12 * s), (148, 155, 164))
    users = [p.handle, p.handle2, r.choice(WORDS) + r.choice(WORDS).capitalize(), r.choice(WORDS) + str(r.randint(1, 99))]
    cols = [(88, 101, 242), (235, 69, 158), (87, 242, 135), (254, 231, 92), (237, 66, 69)]
    y = 94 * s
    f = font(fp, r.choice([14, 15, 16]) * s)
    fu = font(fb, 15 * s)
    msgs = pick_msgs(p, r, r.randint(4, 6), r.randint(2, 4))
    lh = line_h(f) * 1.2
    qr_at = 1 if ctx.qr else -1
    used = set()
    prev = -1
    for i, (runs, _) in enumerate(msgs):
        ui = prev if (prev >= 0 and r.random() < 0.55) else r.randint(0, len(users) - 1)
        u = users[ui]
        lines = layout(runs, f, W - 80 * s)
        need = (24 * s if ui != prev else 0) + len(lines) * lh + 12 * s
        if i == qr_at:
            need += 180 * s
        if y + need > H - 60 * s:
            break
        if ui != prev:
            avatar(L, 32 * s, y + 18 * s, 18 * s, u, cols[ui % 5] + (255,), fb)
            xe, _ = L.text((62 * s, y), [(u, 'HANDLE')], fu, cols[ui % 5])
            L.text((xe + 8 * s, y + 2 * s), f'Today at {r.randint(1, 12)}:{r.randint(0, 59):02d} PM', font(fp, 11 * s),
                   (148, 155, 164))
            yy = y + 24 * s
        else:
            yy = y - 6 * s
        prev = ui
        for ln in lines:
            L.text((62 * s, yy), ln, f, fg)
            yy += lh
        if i == qr_at:
            payload, lk = qr_payload(p, ctx.qr, r)
            mod = max(4, int(150 * s / 33))
            draw_qr(L, int(62 * s), int(yy + 6 * s), payload, mod, lk)
            yy += qr_size(payload, mod) + 12 * s
        y = yy + 12 * s
    L.draw.rounded_rectangle([12 * s, H - 52 * s, W - 12 * s, H - 12 * s], radius=int(8 * s),
                             fill=(56, 58, 64, 255) if theme == 'dark' else (235, 237, 239, 255))
    L.text((28 * s, H - 42 * s), 'Message #general', font(fp, 14 * s), (130, 135, 140))
    return dict(layer=L, family='screen', fx={})


# --------------------------------------------------------------------- game screens
def game_bg(L, r):
    a = np.zeros((L.h // 8 + 1, L.w // 8 + 1, 3), np.float32)
    c1 = np.array(rgb(r, 10, 80)[:3], np.float32); c2 = np.array(rgb(r, 30, 140)[:3], np.float32)
    t = np.linspace(0, 1, a.shape[0])[:, None, None]
    a[:] = c1 * (1 - t) + c2 * t
    im = Image.fromarray(a.astype(np.uint8), 'RGB').resize((L.w, L.h), Image.BILINEAR).convert('RGBA')
    L.img.paste(im, (0, 0))
    for _ in range(12):
        x, y = r.randint(0, L.w), r.randint(0, L.h); rad = r.randint(20, 200)
        L.draw.ellipse([x - rad, y - rad, x + rad, y + rad], outline=rgb(r, 60, 200), width=3)


def game_profile(ctx):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r, landscape=r.random() < 0.3)
    s = min(W, H) / 360
    L = Layer(W, H)
    game_bg(L, r)
    fg = (255, 255, 255)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    status_bar(L, s, (255, 255, 255, 255), r)
    acc = deep(r)
    avatar(L, 60 * s, 100 * s, 38 * s, p.handle, acc, fb)
    L.text((112 * s, 72 * s), [(p.handle, 'HANDLE')], fit_font(fb, p.handle, W - 130 * s, 22 * s), fg)
    L.text((112 * s, 104 * s), f'Level {r.randint(5, 99)}  -  {r.choice(["Gold", "Diamond", "Platinum", "Bronze"])} III',
           font(fp, 13 * s), (255, 220, 120))
    y = 160 * s
    f = font(fp, 15 * s)
    L.draw.rounded_rectangle([12 * s, y - 10 * s, W - 12 * s, y + 170 * s], radius=int(12 * s),
                             fill=(0, 0, 0, 150))
    L.text((24 * s, y), 'ABOUT ME', font(fb, 13 * s), (180, 180, 200))
    y += 26 * s
    bio = [['Real name: ', (f'{p.first} {p.last}', 'PERSON')],
           [(f'{p.age} y/o', 'AGE'), ' - ', (p.year_short, 'AGE')],
           ['From ', (p.suburb, 'LOCATION')],
           ['Team: ', (p.club, 'ORG')],
           ['add me: ', (p.handle2, 'HANDLE')],
           ['My channel: ', ('twitch.tv/' + p.handle2.lower(), 'URL')],
           ['School: ', (p.school, 'SCHOOL')],
           ['Bday ', (p.dob, 'DATE_OF_BIRTH')]]
    r.shuffle(bio)
    for b in bio[:r.randint(4, 5)]:
        for ln in layout(b, f, W - 48 * s):
            L.text((24 * s, y), ln, f, fg)
            y += line_h(f) * 1.25
    y = max(y, 340 * s)
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = max(4, int(130 * s / 33))
        L.text((24 * s, y), 'Scan to add me', font(fb, 13 * s), fg)
        draw_qr(L, int(24 * s), int(y + 22 * s), payload, mod, lk)
        y += qr_size(payload, mod) + 30 * s
    for i, st in enumerate(['Wins', 'K/D', 'Matches', 'Hours']):
        x = 12 * s + i * (W - 24 * s) / 4
        if y + 60 * s > H:
            break
        L.draw.rounded_rectangle([x + 4 * s, y, x + (W - 24 * s) / 4 - 4 * s, y + 56 * s], radius=int(8 * s),
                                 fill=(255, 255, 255, 40))
        L.text((x + 12 * s, y + 6 * s), st, font(fp, 11 * s), (200, 200, 220))
        L.text((x + 12 * s, y + 24 * s), str(r.randint(3, 999)), font(fb, 18 * s), fg)
    return dict(layer=L, family='screen', fx={})


def friend_list(ctx):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r, landscape=r.random() < 0.2)
    s = min(W, H) / 360
    dark = r.random() < 0.6
    bg = (24, 25, 28) if dark else (245, 246, 248)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    L = Layer(W, H, bg + (255,))
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    status_bar(L, s, fg + (255,), r)
    L.text((18 * s, 40 * s), f'Friends ({r.randint(12, 80)})', font(fb, 22 * s), fg)
    L.text((18 * s, 72 * s), r.choice(['Online', 'All', 'Requests']), font(fp, 13 * s), (120, 160, 255))
    y = 100 * s
    n = 0
    nmax = r.randint(3, 5)
    while y + 64 * s < H and n < nmax:
        h = p.handle if n == 0 else f'{r.choice(WORDS)}{r.choice(["_", "", "."])}{slug(r.choice(FIRST))}{r.randint(1, 99)}'
        avatar(L, 40 * s, y + 26 * s, 22 * s, h, deep(r), fb)
        L.text((74 * s, y + 6 * s), [(h, 'HANDLE')], fit_font(fb, h, W - 160 * s, 16 * s), fg)
        sub = r.random()
        if sub < 0.5:
            nm = f'{r.choice(FIRST)} {r.choice(SURNAME)}'
            L.text((74 * s, y + 30 * s), ['(', (nm, 'PERSON'), ')'], font(fp, 12 * s), (150, 150, 160))
        else:
            L.text((74 * s, y + 30 * s), r.choice(['Online', 'In Lobby', 'Playing Creative', 'Offline - 2h ago']),
                   font(fp, 12 * s), (90, 200, 120) if sub < 0.7 else (150, 150, 160))
        L.draw.rounded_rectangle([W - 80 * s, y + 12 * s, W - 16 * s, y + 40 * s], radius=int(8 * s),
                                 fill=(60, 110, 240, 255))
        L.text((W - 48 * s, y + 17 * s), 'Invite', font(fp, 12 * s), (255, 255, 255), anchor='c')
        y += 62 * s
        n += 1
    return dict(layer=L, family='screen', fx={})


def lobby(ctx):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r, landscape=True)
    s = H / 360
    L = Layer(W, H)
    game_bg(L, r)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    L.text((20 * s, 12 * s), f'LOBBY  {r.randint(4, 8)}/8   -   {r.choice(["SQUADS", "DUOS", "BEDWARS", "OBBY RUN"])}',
           font(fb, 18 * s), (255, 255, 255))
    n = r.randint(3, 4)
    y = 50 * s
    for i in range(n):
        h = p.handle if i == 0 else f'{r.choice(WORDS).capitalize()}{r.choice(WORDS).capitalize()}{r.randint(1, 999)}'
        L.draw.rounded_rectangle([20 * s, y, W * 0.45, y + 40 * s], radius=int(6 * s), fill=(0, 0, 0, 140))
        avatar(L, 40 * s, y + 20 * s, 14 * s, h, deep(r), fb)
        L.text((62 * s, y + 10 * s), [(h, 'HANDLE')], fit_font(fb, h, W * 0.3, 15 * s), (255, 255, 255))
        L.text((W * 0.45 - 12 * s, y + 12 * s), r.choice(['READY', 'NOT READY', 'HOST']), font(fp, 11 * s),
               (120, 255, 140), anchor='r')
        y += 46 * s
    # chat box
    cx = W * 0.5
    L.draw.rounded_rectangle([cx, 50 * s, W - 20 * s, H - 20 * s], radius=int(8 * s), fill=(0, 0, 0, 160))
    f = font(fp, 13 * s)
    yy = 60 * s
    lines = [[(p.handle, 'HANDLE'), ': ', (f'im {p.age}', 'AGE')],
             ['You: anyone from ', (p.suburb, 'LOCATION'), '?'],
             ['GG everyone'], ['who wants to party up'],
             ['You: i go to ', (p.school, 'SCHOOL')],
             ['[System] Match starts in 10s']]
    pick = [lines[0], lines[2]] + r.sample(lines[1:], 3)
    for ln in pick:
        for sub in layout(ln, f, W - 40 * s - cx):
            if yy + line_h(f) > H - 30 * s:
                break
            L.text((cx + 10 * s, yy), sub, f, (235, 235, 235))
            yy += line_h(f) * 1.3
    return dict(layer=L, family='screen', fx={})


def lock_screen(ctx):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r)
    s = W / 360
    L = Layer(W, H)
    game_bg(L, r)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    status_bar(L, s, (255, 255, 255, 255), r)
    L.text((W / 2, 60 * s), f'{r.randint(6, 11)}:{r.randint(0, 59):02d}', font(r.choice(SANS), 72 * s), (255, 255, 255),
           anchor='c')
    L.text((W / 2, 150 * s), r.choice(['Monday', 'Tuesday', 'Friday', 'Saturday']) + f' {r.randint(1, 28)} '
           + r.choice(['March', 'June', 'October']), font(fp, 16 * s), (255, 255, 255), anchor='c')
    y = 200 * s
    notes = [('Messages', [(p.parent_title, None), ': pick you up from ', (p.school, 'SCHOOL'), ' at 3:15']),
             ('WhatsApp', [(p.other(), 'PERSON'), ': happy birthday!! ', (f'{p.age} today', 'AGE')]),
             ('Snapchat', [('@' + p.handle2, 'HANDLE'), ' added you back']),
             ('Calendar', [(p.club, 'ORG'), ' training 5pm']),
             ('Messages', ['Grandma ', (p.r.choice(['Ngozi', 'Rose', 'Mei', 'Sunita', 'Maureen']), 'PERSON'),
                           ': see you Sunday love']),
             ('Mail', ['Welcome ', (p.first, 'PERSON'), '! Your account ', (p.email, 'EMAIL'), ' is ready'])]
    r.shuffle(notes)
    f = font(fp, 13 * s)
    for app, runs in notes[:r.randint(2, 4)]:
        lines = layout(runs, f, W - 64 * s)
        bh = 34 * s + len(lines) * line_h(f) * 1.2
        L.draw.rounded_rectangle([12 * s, y, W - 12 * s, y + bh], radius=int(14 * s), fill=(245, 245, 245, 215))
        L.text((26 * s, y + 8 * s), app.upper(), font(fb, 11 * s), (90, 90, 90))
        yy = y + 28 * s
        for ln in lines:
            L.text((26 * s, yy), ln, f, (20, 20, 20))
            yy += line_h(f) * 1.2
        y += bh + 8 * s
    fl = font(fp, 13 * s)
    msg = ['If found please call ', (p.phone, 'PHONE')] if r.random() < 0.8 else \
        ['Owner: ', (f'{p.first} {p.last}', 'PERSON'), ' - ', (p.phone, 'PHONE')]
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = max(4, int(110 * s / 29))
        q = qr_size(payload, mod)
        draw_qr(L, int(W / 2 - q / 2), int(H - 80 * s - q), payload, mod, lk)
    L.text((W / 2, H - 64 * s), msg, fl, (255, 255, 255), anchor='c')
    return dict(layer=L, family='screen', fx={})


def signup(ctx):
    r, p = ctx.r, ctx.p
    W, H = phone_size(r)
    s = W / 360
    L = Layer(W, H, (255, 255, 255, 255))
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    acc = deep(r)
    L.draw.rectangle([0, 0, W, 96 * s], fill=acc)
    status_bar(L, s, (255, 255, 255, 255), r)
    app = r.choice(['BlockWorld', 'ChatterBox', 'PixelPals', 'QuizZone', 'StarDance'])
    L.text((20 * s, 44 * s), f'Create your {app} account', fit_font(fb, 'Create your xxxxxxxxx account', W - 40 * s, 20 * s),
           (255, 255, 255))
    fields = [('First name', p.first, 'PERSON'), ('Last name', p.last, 'PERSON'), ('Username', p.handle, 'HANDLE'),
              ('Email', p.email, 'EMAIL'), ('Date of birth', p.dob, 'DATE_OF_BIRTH'), ('Mobile', p.phone, 'PHONE'),
              ('School', p.school, 'SCHOOL'), ('Street address', p.street, 'ADDRESS'), ('Postcode' if p.reg in ('UK', 'AU') else 'City', p.town_t[-1]
               if p.reg in ('UK', 'AU') else p.suburb, 'ADDRESS' if p.reg in ('UK', 'AU') else 'LOCATION')]
    keep = fields[:3] + r.sample(fields[3:], r.randint(3, 5))
    y = 116 * s
    fl = font(fp, 12 * s); fv = font(fp, 16 * s)
    for lab, val, k in keep:
        if y + 66 * s > H - 70 * s:
            break
        L.text((20 * s, y), lab, fl, (100, 100, 110))
        L.draw.rounded_rectangle([16 * s, y + 18 * s, W - 16 * s, y + 54 * s], radius=int(6 * s),
                                 outline=(190, 190, 200, 255), width=max(1, int(s)))
        L.text((26 * s, y + 26 * s), [(val, k)], fit_font(fp, val, W - 60 * s, 16 * s), (20, 20, 20))
        y += 66 * s
    L.draw.rounded_rectangle([16 * s, H - 64 * s, W - 16 * s, H - 20 * s], radius=int(22 * s), fill=acc)
    L.text((W / 2, H - 54 * s), 'Sign up', font(fb, 16 * s), (255, 255, 255), anchor='c')
    return dict(layer=L, family='screen', fx={})


# --------------------------------------------------------------------- photo helpers
def background(W, H, r, kind):
    w, h = W // 8 + 1, H // 8 + 1
    nr = np.random.default_rng(r.randint(0, 2 ** 31))
    base = np.array(rgb(r, 60, 220)[:3], np.float32)
    if kind == 'wood':
        base = np.array([r.randint(110, 170), r.randint(70, 110), r.randint(40, 70)], np.float32)
        y = np.arange(h)[:, None]; x = np.arange(w)[None, :]
        g = 0.85 + 0.15 * np.sin(y / r.uniform(2, 5) + 3 * np.sin(x / 40.0 + y / 17.0))
        plank = (y // r.randint(25, 45)) % 2 * 0.08
        a = base * (g + plank)[..., None]
    elif kind == 'street':
        a = np.zeros((h, w, 3), np.float32)
        sky = int(h * r.uniform(0.25, 0.4))
        t = np.linspace(0, 1, sky)[:, None, None]
        a[:sky] = np.array([120, 170, 230]) * (1 - t) + np.array([200, 220, 240]) * t
        wall = np.array(rgb(r, 90, 200)[:3], np.float32)
        a[sky:] = wall
        brick = ((np.arange(h - sky)[:, None] // 6) % 2 == 0) & ((np.arange(w)[None, :] % 16) == 0)
        a[sky:][brick] *= 0.7
        gnd = int(h * 0.85)
        a[gnd:] = np.array([110, 110, 105], np.float32)
    else:
        a = np.broadcast_to(base, (h, w, 3)).astype(np.float32).copy()
        t = np.linspace(0.85, 1.1, h)[:, None, None]
        a *= t
    a += nr.normal(0, 5, size=(h, w, 1))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB').resize((W, H), Image.BICUBIC)
    L = Layer(W, H)
    L.img.paste(im.convert('RGBA'), (0, 0))
    # clutter (plain shapes, no faces)
    for _ in range(r.randint(2, 6)):
        x, y = r.randint(0, W), r.randint(0, H)
        ww, hh = r.randint(W // 20, W // 5), r.randint(H // 20, H // 5)
        if r.random() < 0.5:
            L.draw.rectangle([x, y, x + ww, y + hh], fill=rgb(r, 40, 230)[:3] + (r.randint(90, 220),))
        else:
            L.draw.ellipse([x, y, x + ww, y + hh], fill=rgb(r, 40, 230)[:3] + (r.randint(90, 220),))
    return L


def shadow(L, quad, off, alpha=90):
    q = np.array(quad)
    x0, y0 = q.min(0) - 40 + off; x1, y1 = q.max(0) + 40 + off
    x0, y0 = max(0, int(x0)), max(0, int(y0)); x1, y1 = min(L.w, int(x1)), min(L.h, int(y1))
    if x1 <= x0 or y1 <= y0:
        return
    m = Image.new('L', (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(m).polygon([(x + off - x0, y + off - y0) for x, y in quad], fill=alpha)
    m = m.filter(ImageFilter.BoxBlur(12))
    blk = Image.new('RGBA', m.size, (0, 0, 0, 255))
    blk.putalpha(m)
    L.img.alpha_composite(blk, (x0, y0))


def photo(ctx, objs, bgkind=None, size=None, persp=0.05, rot=8, fx=None):
    """objs: list of (Layer, frac) with frac = share of photo width (or height) the object spans."""
    r = ctx.r
    W, H = size or r.choice(PHOTOS)
    P = background(W, H, r, bgkind or r.choice(['wall', 'wood', 'plain', 'wall']))
    n = len(objs)
    for i, (obj, frac) in enumerate(objs):
        cw = W / n
        sc = min(cw * frac / obj.w, H * 0.85 / obj.h)
        ow, oh = obj.w * sc, obj.h * sc
        mx = max(0, (cw - ow) / 2 - 0.06 * cw)
        my = max(0, (H - oh) / 2 - 0.06 * H)
        cx = cw * i + cw / 2 + r.uniform(-mx, mx)
        cy = H / 2 + r.uniform(-my, my)
        for _ in range(20):
            quad = place_quad(cx, cy, ow, oh, r.uniform(-rot, rot), persp, r)
            q = np.array(quad)
            if q[:, 0].min() > 20 and q[:, 1].min() > 20 and q[:, 0].max() < W - 20 and q[:, 1].max() < H - 20:
                break
            ow *= 0.92; oh *= 0.92
        warp_into(P, obj, quad, shadow=int(min(W, H) * 0.008))
    f = dict(blur=r.choice([0, 0, 0.6, 1.0, 1.4]), noise=r.uniform(2, 9), contrast=r.choice([1, 1, 0.8, 0.65]),
             light=r.uniform(0.1, 0.5), warm=r.uniform(-0.06, 0.08))
    if fx:
        f.update(fx)
    return dict(layer=P, family='photo', fx=f)


def card(w, h, bg, radius=0, border=None, bw=0):
    L = Layer(w, h, (0, 0, 0, 0))
    L.draw.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=bg, outline=border, width=bw)
    return L


def centred_lines(L, y, items, maxw=None, gap=1.25):
    """items: list of (runs, fontpath, size, colour)."""
    maxw = maxw or L.w * 0.9
    for runs, fp, size, colr in items:
        f = font(fp, size)
        txt = ''.join(x if isinstance(x, str) else x[0] for x in (runs if isinstance(runs, list) else [runs]))
        while f.size > 10 and f.getlength(txt) > maxw:
            f = font(fp, f.size * 0.9)
        L.text((L.w / 2, y), runs, f, colr, anchor='c')
        y += line_h(f) * gap
    return y


# --------------------------------------------------------------------- leaky photo scenes
def banner(ctx):
    r, p = ctx.r, ctx.p
    w, h = 2400, 700
    L = card(w, h, (0, 0, 0, 0))
    cols = [pastel(r), deep(r), pastel(r), deep(r)]
    word = f'Happy {p.age}th Birthday' if p.age not in (11, 12, 13) else f'Happy {p.age}th Birthday'
    # bunting flags with letters
    letters = 'HAPPY BIRTHDAY'
    fw = w / len(letters)
    fb = r.choice(BOLD)
    for i, ch in enumerate(letters):
        x = i * fw
        L.draw.polygon([(x + 4, 40), (x + fw - 4, 40), (x + fw / 2, 300)], fill=cols[i % 4])
        if ch != ' ':
            f = font(fb, 110)
            L.text((x + fw / 2, 70), ch, f, ink_on(cols[i % 4], r), anchor='c')
    L.draw.line([(0, 40), (w, 40)], fill=(90, 60, 30, 255), width=8)
    L.draw.rounded_rectangle([200, 360, w - 200, 680], radius=40, fill=cols[1])
    fc = ink_on(cols[1], r)
    ages = f'{p.age}'
    f2 = font(r.choice(BOLD), 190)
    txt = [(p.first, 'PERSON'), ' is ', (ages, 'AGE'), '!'] if r.random() < 0.5 else \
        ['Happy ', (f'{p.age}th', 'AGE'), ' ', (p.first, 'PERSON'), '!']
    f2 = fit_font(fb, ''.join(t if isinstance(t, str) else t[0] for t in txt), w - 500, 190)
    L.text((w / 2, 430), txt, f2, fc, anchor='c')
    res = photo(ctx, [(L, 0.9)], bgkind='wall', rot=4, persp=0.04)
    return res


def cake(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1600, 520
    L = Layer(w, h, pastel(r))
    for i in range(0, w, 80):
        L.draw.ellipse([i, -30, i + 80, 50], fill=(255, 255, 255, 255))
    fi = r.choice(ITALIC + SERIF_BOLD)
    icing = deep(r)
    L.text((w / 2, 110), 'Happy Birthday', font(fi, 110), icing, anchor='c')
    L.text((w / 2, 270), [(p.first, 'PERSON')], fit_font(fi, p.first, w * 0.8, 150), icing, anchor='c')
    if r.random() < 0.8:
        L.text((w - 200, 330), [(str(p.age), 'AGE')], font(r.choice(BOLD), 160), deep(r), anchor='c')
    C = cylinder(L, R_frac=r.uniform(0.45, 0.6), bow=0.18)
    # put on a plate + top
    T = Layer(C.w + 200, C.h + 320, (0, 0, 0, 0))
    T.draw.ellipse([0, C.h + 150, T.w, T.h], fill=(240, 240, 245, 255))
    T.draw.ellipse([100, 40, 100 + C.w, 260], fill=L.img.getpixel((5, h - 5)))
    for k in range(min(p.age, 12)):
        x = 180 + k * (C.w - 160) / max(1, min(p.age, 12))
        T.draw.rectangle([x, 60, x + 14, 150], fill=deep(r))
        T.draw.ellipse([x - 4, 30, x + 18, 62], fill=(255, 200, 60, 255))
    T.paste(C, (100, 150))
    return photo(ctx, [(T, 0.7)], bgkind=r.choice(['wood', 'wall']), rot=5, persp=0.03)


def address_block(L, x, y, p, f, colr, name=None, phone=False, lh=1.3):
    items = [[(name or f'{p.first} {p.last}', 'PERSON')], [(p.street, 'ADDRESS')], [(p.town_line, 'ADDRESS')]]
    if p.reg in ('UK', 'IE', 'AU', 'NZ', 'ZA') and False:
        pass
    if phone:
        items.append(['Tel: ', (p.phone, 'PHONE')])
    for it in items:
        L.text((x, y), it, f, colr)
        y += line_h(f) * lh
    return y


def parcel(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1800, 1300
    L = Layer(w, h, (r.randint(170, 200), r.randint(130, 155), r.randint(85, 105), 255))
    L.draw.rectangle([0, h // 2 - 60, w, h // 2 + 60], fill=(200, 170, 120, 255))
    lw, lh_ = 1150, 800
    lab = Layer(lw, lh_, (252, 252, 250, 255))
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS + MONO)
    lab.text((30, 24), r.choice(['PRIORITY', 'EXPRESS', 'STANDARD', 'TRACKED 48']), font(fb, 54), (0, 0, 0))
    lab.draw.line([(20, 100), (lw - 20, 100)], fill=(0, 0, 0, 255), width=4)
    lab.text((30, 120), 'SHIP TO:', font(fb, 34), (0, 0, 0))
    y = address_block(lab, 30, 170, p, font(fp, 50), (0, 0, 0), phone=r.random() < 0.6)
    for i in range(60):
        bx = 40 + i * 17
        if bx > lw - 40:
            break
        lab.draw.rectangle([bx, lh_ - 150, bx + r.choice([3, 6, 9]), lh_ - 50], fill=(0, 0, 0, 255))
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        q = qr_size(payload, 8)
        draw_qr(lab, lw - q - 20, 110, payload, 8, lk)
    L.paste(lab, (r.randint(60, w - lw - 60), r.randint(60, h - lh_ - 60)))
    return photo(ctx, [(L, 0.75)], bgkind=r.choice(['wood', 'plain']), persp=0.06)


def envelope(ctx):
    r, p = ctx.r, ctx.p
    w, h = 2000, 1100
    L = Layer(w, h, (248, 246, 238, 255) if r.random() < 0.7 else pastel(r))
    L.draw.rectangle([w - 260, 40, w - 60, 280], fill=deep(r))
    L.draw.rectangle([w - 245, 55, w - 75, 265], outline=(255, 255, 255, 255), width=5)
    fi = r.choice(ITALIC)
    f = font(fi, r.randint(62, 78))
    nm = r.choice([f'{p.first} {p.last}', f'Miss {p.first} {p.last}' if r.random() < 0.5 else f'Master {p.first} {p.last}'])
    y = 420
    L.text((560, y), [(nm, 'PERSON')], f, (25, 35, 90))
    y += line_h(f) * 1.3
    for t in (p.street, p.town_line):
        L.text((560, y), [(t, 'ADDRESS')], f, (25, 35, 90))
        y += line_h(f) * 1.3
    if r.random() < 0.5:
        fs = font(fi, 36)
        L.text((60, 60), ['From: ', (p.other(), 'PERSON')], fs, (40, 40, 40))
    return photo(ctx, [(L, 0.8)], bgkind=r.choice(['wood', 'plain', 'wall']), persp=0.05, rot=10)


def school_sign(ctx, far=False):
    r, p = ctx.r, ctx.p
    w, h = 2200, 900
    col = deep(r)
    L = card(w, h, col, radius=30, border=(255, 255, 255, 255), bw=18)
    fb = r.choice(BOLD)
    y = centred_lines(L, 90, [([(p.school, 'SCHOOL')], fb, 170, (255, 255, 255))], maxw=w - 160)
    y += 30
    sub = [([(p.suburb, 'LOCATION')], r.choice(SANS), 90, (255, 255, 255))] if r.random() < 0.7 else []
    sub.append((r.choice(['Principal: ', 'Head Teacher: ']) + r.choice(['Mrs', 'Mr', 'Ms', 'Dr']) + ' '
                + r.choice(SURNAME), r.choice(SANS), 70, (255, 255, 255)) if r.random() < 0.5
               else ([r.choice(['Welcome back ', 'Well done ']), (p.year, 'AGE'), '!'], r.choice(SANS), 80,
                     (255, 240, 150)))
    centred_lines(L, y, sub, maxw=w - 160)
    # posts
    T = Layer(w, h + 700, (0, 0, 0, 0))
    T.draw.rectangle([200, h - 20, 260, h + 700], fill=(90, 90, 95, 255))
    T.draw.rectangle([w - 260, h - 20, w - 200, h + 700], fill=(90, 90, 95, 255))
    T.paste(L, (0, 0))
    if far:
        return photo(ctx, [(T, r.uniform(0.3, 0.38))], bgkind='street', persp=0.03, rot=3,
                     size=r.choice([(3264, 2448), (3600, 2400), (3000, 2000)]), fx=dict(blur=0.5, contrast=1.0))
    return photo(ctx, [(T, 0.8)], bgkind='street', persp=0.06, rot=4)


def name_label(p, r, w=1200, h=520, lines=None):
    col = pastel(r)
    L = card(w, h, col, radius=60, border=deep(r), bw=10)
    fb = r.choice(BOLD + ITALIC)
    items = lines or [([(f'{p.first} {p.last}', 'PERSON')], fb, 130, (20, 20, 20))]
    hgt = sum(line_h(font(a[1], a[2])) * 1.2 for a in items)
    centred_lines(L, (h - hgt) / 2, items, maxw=w - 120, gap=1.2)
    return L


def lunchbox(ctx):
    r, p = ctx.r, ctx.p
    box = card(2000, 1300, rgb(r, 40, 220), radius=120)
    box.draw.rounded_rectangle([60, 60, 1940, 200], radius=40, fill=rgb(r, 40, 220))
    lines = [([(f'{p.first} {p.last}', 'PERSON')], r.choice(BOLD), 130, (20, 20, 20))]
    if r.random() < 0.6:
        lines.append(([(p.year_short, 'AGE'), ' - ', (p.school, 'SCHOOL')], r.choice(SANS), 70, (40, 40, 40)))
    lab = name_label(p, r, 1400, 560, lines)
    box.paste(lab, (300, 480))
    return photo(ctx, [(box, 0.75)], bgkind=r.choice(['wood', 'plain']), persp=0.07)


def bottle(ctx):
    r, p = ctx.r, ctx.p
    lines = [([(p.first, 'PERSON')], r.choice(BOLD), 150, (20, 20, 20))]
    if r.random() < 0.6:
        lines.append(([(p.phone, 'PHONE')], r.choice(SANS), 70, (40, 40, 40)))
    elif r.random() < 0.5:
        lines.append(([(p.club, 'ORG')], r.choice(SANS), 64, (40, 40, 40)))
    lab = name_label(p, r, 1500, 560, lines)
    C = cylinder(lab, R_frac=r.uniform(0.42, 0.55), bow=0.1, shade=0.4)
    bc = rgb(r, 30, 220)
    T = Layer(C.w + 160, C.h + 1500, (0, 0, 0, 0))
    T.draw.rounded_rectangle([0, 300, T.w, T.h], radius=180, fill=bc)
    T.draw.rounded_rectangle([T.w * 0.3, 0, T.w * 0.7, 340], radius=40, fill=(50, 50, 55, 255))
    T.paste(C, (80, 800))
    return photo(ctx, [(T, 0.45)], bgkind=r.choice(['wood', 'wall', 'plain']), persp=0.02, rot=4)


def bag_tag(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1100, 1600
    col = deep(r)
    L = card(w, h, col, radius=80)
    L.draw.ellipse([w / 2 - 70, 50, w / 2 + 70, 190], fill=(0, 0, 0, 0))
    win = Layer(w - 160, h - 330, (255, 255, 255, 255))
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS + ITALIC)
    win.text((40, 30), 'THIS BAG BELONGS TO', font(fb, 48), (60, 60, 60))
    yy = 110
    for lab, val, k in [('Name', f'{p.first} {p.last}', 'PERSON'), ('School', p.school, 'SCHOOL'),
                        ('Class', p.year_short, 'AGE'), ('Phone', p.phone, 'PHONE')]:
        win.text((40, yy), lab, font(fp, 38), (120, 120, 120))
        win.text((40, yy + 48), [(val, k)], fit_font(fp, val, win.w - 80, 64), (10, 10, 10))
        yy += 150
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = max(6, int(380 / 33))
        q = qr_size(payload, mod)
        draw_qr(win, (win.w - q) // 2, min(yy + 10, win.h - q - 10), payload, mod, lk)
    L.paste(win, (80, 250))
    return photo(ctx, [(L, 0.5)], bgkind=r.choice(['plain', 'wall', 'wood']), persp=0.05, rot=12)


def shirt(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1800, 2000
    col = deep(r)
    L = Layer(w, h, (0, 0, 0, 0))
    L.draw.polygon([(400, 0), (700, 0), (900, 120), (1100, 0), (1400, 0), (1800, 400), (1550, 650), (1450, 560),
                    (1450, 2000), (350, 2000), (350, 560), (250, 650), (0, 400)], fill=col)
    fg = ink_on(col, r)
    fb = r.choice(BOLD)
    if r.random() < 0.5:
        L.text((w / 2, 250), [(p.last.upper(), 'PERSON')], fit_font(fb, p.last.upper(), 1000, 200), fg, anchor='c')
        L.text((w / 2, 520), str(r.randint(1, 30)), font(fb, 600), fg, anchor='c')
        L.text((w / 2, 1300), [(p.club, 'ORG')], fit_font(r.choice(SANS_BOLD), p.club, 1000, 110), fg, anchor='c')
        if r.random() < 0.6:
            L.text((w / 2, 1480), [(f'U{p.age + 1}', 'AGE')], font(fb, 120), fg, anchor='c')
    else:  # race bib pinned to shirt
        bib = card(1000, 760, (255, 255, 255, 255), radius=20)
        bib.text((500, 40), [(p.club, 'ORG')], fit_font(fb, p.club, 900, 70), (200, 30, 30), anchor='c')
        bib.text((500, 140), str(r.randint(100, 999)), font(fb, 300), (0, 0, 0), anchor='c')
        bib.text((500, 500), [(p.first, 'PERSON')], fit_font(fb, p.first, 900, 110), (0, 0, 0), anchor='c')
        bib.text((500, 640), [(f'Age {p.age}', 'AGE')], font(r.choice(SANS), 70), (60, 60, 60), anchor='c')
        L.paste(bib, (400, 500))
    return photo(ctx, [(L, 0.6)], bgkind=r.choice(['wall', 'plain']), persp=0.03)


def certificate(ctx):
    r, p = ctx.r, ctx.p
    w, h = 2400, 1700
    L = Layer(w, h, (253, 250, 240, 255))
    c = deep(r)
    L.draw.rectangle([30, 30, w - 30, h - 30], outline=c, width=24)
    L.draw.rectangle([80, 80, w - 80, h - 80], outline=c, width=6)
    fs = r.choice(SERIF_BOLD); fi = r.choice(ITALIC)
    items = [(r.choice(['Certificate of Achievement', 'Star of the Week', 'Certificate of Merit', 'Award of Excellence']),
              fs, 130, c),
             ('This certificate is proudly presented to', r.choice(SERIF), 60, (60, 60, 60)),
             ([(f'{p.first} {p.last}', 'PERSON')], fi, 150, (20, 20, 20)),
             (['for ', r.choice(['outstanding effort in Maths', 'kindness and teamwork', 'excellent reading',
                                 'swimming 50 metres']), ' in ', (p.year, 'AGE')], r.choice(SERIF), 60, (60, 60, 60)),
             ([(p.school, 'SCHOOL') if r.random() < 0.7 else (p.club, 'ORG')], fs, 80, c)]
    y = centred_lines(L, 180, items, maxw=w - 300, gap=1.45)
    d = p.date(2024, r.randint(1, 12), r.randint(1, 28))
    L.text((300, h - 300), d, font(r.choice(SERIF), 50), (40, 40, 40))
    L.draw.line([(w - 900, h - 250), (w - 300, h - 250)], fill=(40, 40, 40, 255), width=3)
    L.text((w - 600, h - 230), [(f'{r.choice(["Mrs", "Mr", "Ms"])} {r.choice(SURNAME)}', 'PERSON')],
           font(r.choice(SERIF), 46), (40, 40, 40), anchor='c')
    return photo(ctx, [(L, 0.85)], persp=0.05, rot=6)


def trophy(ctx):
    r, p = ctx.r, ctx.p
    gold = (212, 175, 55, 255)
    T = Layer(1400, 2400, (0, 0, 0, 0))
    T.draw.ellipse([200, 0, 1200, 700], fill=gold)
    T.draw.rectangle([600, 600, 800, 1300], fill=gold)
    T.draw.rectangle([250, 1300, 1150, 2400], fill=(40, 30, 25, 255))
    pl = Layer(800, 700, (200, 200, 195, 255))
    fe = r.choice(SERIF + SERIF_BOLD)
    y = 40
    for runs, sz in [(r.choice(['Player of the Season', 'Most Improved', 'Golden Boot', 'Best & Fairest']), 56),
                     ([(f'{p.first} {p.last}', 'PERSON')], 64), ([(p.club, 'ORG')], 48),
                     ([(f'Under {p.age}s', 'AGE'), ' 2024'], 48)]:
        f = fit_font(fe, ''.join(x if isinstance(x, str) else x[0] for x in (runs if isinstance(runs, list) else [runs])),
                     740, sz)
        pl.text((400, y), runs, f, (30, 30, 30), anchor='c')
        y += line_h(f) * 1.5
    T.paste(pl, (300, 1500))
    return photo(ctx, [(T, 0.4)], bgkind=r.choice(['wall', 'wood']), persp=0.02, rot=3)


def house_number(ctx):
    r, p = ctx.r, ctx.p
    plate = card(900, 700, (250, 250, 250, 255) if r.random() < 0.5 else deep(r), radius=40,
                 border=(30, 30, 30, 255), bw=14)
    fg = ink_on(plate.img.getpixel((450, 350)), r)
    plate.text((450, 100), [(str(p.house), 'ADDRESS')], font(r.choice(BOLD), 420), fg, anchor='c')
    sign = card(2000, 520, (0, 90, 50, 255) if p.reg in ('AU', 'NZ', 'US') else (255, 255, 255, 255), radius=20,
                border=(20, 20, 20, 255), bw=12)
    fg2 = ink_on(sign.img.getpixel((1000, 260)), r)
    st = p.street_name if p.reg != 'IN' else 'Gandhi Nagar Road'
    f = fit_font(r.choice(SANS_BOLD), st.upper(), 1800, 220)
    sign.text((1000, 70), [(st.upper(), 'LOCATION')], f, fg2, anchor='c')
    if r.random() < 0.6:
        sign.text((1000, 350), [(p.suburb.upper(), 'LOCATION')], fit_font(r.choice(SANS), p.suburb.upper(), 1800, 90),
                  fg2, anchor='c')
    return photo(ctx, [(plate, 0.55), (sign, 0.9)], bgkind='street', persp=0.05, rot=5)


def noticeboard(ctx):
    r, p = ctx.r, ctx.p
    w, h = 2600, 1800
    B = Layer(w, h, (190, 140, 90, 255))
    B.draw.rectangle([0, 0, w - 1, h - 1], outline=(120, 80, 40, 255), width=40)
    notes = []
    o1 = p.other()
    notes.append([('BABYSITTER AVAILABLE', None), ([('Call ', None), (o1.split()[0], 'PERSON')], None),
                  ([(p.phone2, 'PHONE')], None)])
    notes.append([('LOST CAT - ' + p.pet, None), (['Last seen ', (p.street_name, 'LOCATION')], None),
                  (['Call ', (p.phone, 'PHONE')], None)])
    notes.append([(f'{p.year} SWIM TEAM', None), ([(p.other(), 'PERSON')], None), ([(p.other(), 'PERSON')], None),
                  ([(f'{p.first} {p.last}', 'PERSON')], None)])
    notes.append([('PIANO LESSONS', None), (['Email ', (p.parent_email, 'EMAIL')], None)])
    notes.append([(p.club.upper(), None), ('Training Tue & Thu 5pm', None), (['Coach ', (p.other(), 'PERSON')], None)])
    r.shuffle(notes)
    slots = [(80, 80), (900, 80), (1720, 80), (80, 940), (900, 940), (1720, 940)]
    for (x, y), note in zip(slots, notes[:r.randint(3, 5)]):
        N = Layer(780, 800, pastel(r))
        yy = 50
        fb = r.choice(BOLD); fp = r.choice(SANS + SERIF + ITALIC)
        for i, (runs, _) in enumerate(note):
            if i == 0 and isinstance(runs, str) and ('SWIM' in runs or 'TRAIN' in runs or runs.isupper()):
                pass
            f = font(fb, 58) if i == 0 else font(fp, 52)
            if i == 0:
                f = fit_font(fb, runs if isinstance(runs, str) else runs[0][0], 690, 58)
            if i == 0 and runs == p.club.upper():
                runs = [(runs, 'ORG')]
            elif i == 0 and 'SWIM TEAM' in runs:
                runs = [(p.year.upper(), 'AGE'), ' SWIM TEAM']
            for ln in layout(runs, f, 700):
                N.text((40, yy), ln, f, (20, 20, 30))
                yy += line_h(f) * 1.3
            yy += 20
        N.draw.ellipse([370, 10, 410, 50], fill=(220, 30, 30, 255))
        B.paste(N, (x + r.randint(0, 20), y + r.randint(0, 20)))
    return photo(ctx, [(B, 0.9)], bgkind='wall', persp=0.05, rot=4)


def whiteboard(ctx):
    r, p = ctx.r, ctx.p
    w, h = 2800, 1700
    B = Layer(w, h, (245, 247, 248, 255))
    B.draw.rectangle([0, 0, w - 1, h - 1], outline=(160, 160, 170, 255), width=30)
    fm = r.choice(ITALIC + SANS)
    cols = [(20, 60, 180), (200, 30, 30), (20, 120, 50), (20, 20, 20)]
    y = 80
    B.text((120, y), [(p.year, 'AGE'), ' - ', (f'{r.choice(["Mrs", "Mr", "Ms"])} {r.choice(SURNAME)}', 'PERSON'),
                      "'s class"], font(fm, 100), cols[0])
    y += 170
    B.text((120, y), 'Birthdays this month:', font(fm, 80), cols[1])
    y += 120
    for _ in range(r.randint(2, 4)):
        B.text((180, y), [(r.choice(FIRST), 'PERSON'), f' - {r.randint(1, 28)}th'], font(fm, 76), cols[3])
        y += 110
    B.text((1500, 260), 'Reading groups:', font(fm, 80), cols[2])
    yy = 380
    for _ in range(r.randint(3, 5)):
        B.text((1560, yy), [(f'{r.choice(FIRST)} {r.choice(SURNAME)[0]}.', 'PERSON')], font(fm, 72), cols[3])
        yy += 105
    B.text((120, h - 200), [(p.school, 'SCHOOL')], font(fm, 70), cols[r.randint(0, 3)])
    return photo(ctx, [(B, 0.9)], bgkind='wall', persp=0.06, rot=3)


def fridge_note(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1500, 2000
    N = Layer(w, h, (255, 250, 205, 255) if r.random() < 0.5 else (255, 255, 255, 255))
    fm = r.choice(ITALIC + SANS + SERIF)
    f = font(fm, 64)
    y = 80
    N.text((80, y), 'IMPORTANT NUMBERS', font(r.choice(BOLD), 80), (180, 20, 20))
    y += 160
    lines = [[f'{p.parent_title}: ', (p.phone, 'PHONE')], ['Dad work: ', (p.workplace, 'ORG')],
             ['Nana ', (r.choice(['Ngozi', 'Rose', 'Mei', 'Maureen', 'Aroha']), 'PERSON'), ': ', (p.phone2, 'PHONE')],
             ['School: ', (p.school, 'SCHOOL')],
             [(p.first, 'PERSON'), ' swim club Tue 5pm']]
    lines = lines[:r.randint(3, 5)] + [['Home: ', (p.street, 'ADDRESS')]]
    for ln in lines:
        for sub in layout(ln, f, w - 160):
            N.text((80, y), sub, f, (20, 20, 60))
            y += line_h(f) * 1.3
        y += 20
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = 12
        q = qr_size(payload, mod)
        N.text((80, y + 10), 'Guest wifi' if ctx.qr == 'wifi' else 'Scan me', font(fm, 56), (20, 20, 60))
        draw_qr(N, 80, int(y + 90), payload, mod, lk)
    F = Layer(w + 400, h + 400, (225, 228, 230, 255))
    F.paste(N, (200, 200))
    F.draw.ellipse([w / 2 + 150, 150, w / 2 + 250, 250], fill=deep(r))
    return photo(ctx, [(F, 0.9)], bgkind='plain', persp=0.04, rot=3)


def id_card(ctx, library=False):
    r, p = ctx.r, ctx.p
    w, h = 2000, 1260
    col = deep(r)
    L = card(w, h, (255, 255, 255, 255), radius=60)
    L.draw.rounded_rectangle([0, 0, w - 1, 240], radius=60, fill=col)
    L.draw.rectangle([0, 180, w - 1, 240], fill=col)
    fb = r.choice(SANS_BOLD); fp = r.choice(SANS)
    if library:
        L.text((60, 60), [(f'{p.suburb.split(",")[0]} Public Library', 'LOCATION')], fit_font(fb, 'x' * 30, w - 120, 100),
               (255, 255, 255))
    else:
        L.text((60, 60), [(p.school, 'SCHOOL')], fit_font(fb, p.school, w - 120, 100), (255, 255, 255))
    L.draw.rectangle([60, 300, 560, 940], fill=(205, 210, 215, 255))  # photo placeholder
    L.text((310, 600), 'PHOTO', font(fp, 60), (150, 150, 155), anchor='c')
    rows = [('Name', f'{p.first} {p.last}', 'PERSON'),
            ('Date of Birth' if not library else 'Address', p.dob if not library else p.street,
             'DATE_OF_BIRTH' if not library else 'ADDRESS'),
            ('Year' if not library else 'Card no.', p.year if not library else f'2{r.randint(10**8, 10**9 - 1)}',
             'AGE' if not library else None),
            ('Student ID' if not library else 'Expires', f'{r.randint(100000, 999999)}' if not library else '12/2027', None)]
    y = 300
    for lab, val, k in rows:
        L.text((640, y), lab.upper(), font(fp, 44), (110, 110, 120))
        L.text((640, y + 56), [(val, k)] if k else val, fit_font(fb, val, w - 700, 72), (10, 10, 10))
        y += 165
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = 6
        q = qr_size(payload, mod)
        draw_qr(L, w - q - 40, h - q - 40, payload, mod, lk)
    else:
        for i in range(50):
            L.draw.rectangle([640 + i * 22, h - 200, 640 + i * 22 + r.choice([4, 8, 12]), h - 80], fill=(0, 0, 0, 255))
    return photo(ctx, [(L, 0.7)], bgkind=r.choice(['wood', 'plain']), persp=0.05, rot=10)


def lost_pet(ctx):
    r, p = ctx.r, ctx.p
    w, h = 1700, 2300
    L = Layer(w, h, (255, 255, 255, 255))
    fb = r.choice(BOLD); fp = r.choice(SANS + SERIF)
    L.text((w / 2, 60), f'LOST {r.choice(["CAT", "DOG", "RABBIT", "TORTOISE"])}', font(fb, 220), (200, 0, 0), anchor='c')
    L.draw.rectangle([250, 360, w - 250, 1160], fill=(215, 215, 210, 255))
    L.text((w / 2, 720), '[pet photo]', font(fp, 60), (140, 140, 140), anchor='c')
    y = 1200
    L.text((w / 2, y), f'"{p.pet}"', font(fb, 110), (0, 0, 0), anchor='c'); y += 160
    for ln in [['Last seen near ', (p.street_name, 'LOCATION')], [(p.suburb, 'LOCATION')],
               ['Please call ', (p.first, 'PERSON')], [(p.phone, 'PHONE')]]:
        f = font(fp if ln[0] != (p.phone, 'PHONE') else fb, 80 if ln[0] != (p.phone, 'PHONE') else 120)
        L.text((w / 2, y), ln, fit_font(f.path, ''.join(x if isinstance(x, str) else x[0] for x in ln), w - 200, f.size),
               (0, 0, 0), anchor='c')
        y += line_h(f) * 1.25
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = 9
        q = qr_size(payload, mod)
        draw_qr(L, w - q - 40, h - q - 40, payload, mod, lk)
    return photo(ctx, [(L, 0.55)], bgkind=r.choice(['street', 'wall']), persp=0.04, rot=4)


# --------------------------------------------------------------------- documents
PAGES = {'A4-150': (1240, 1754), 'A4-200': (1654, 2339), 'Letter-150': (1275, 1650), 'Letter-200': (1700, 2200)}


def page_base(r, p):
    key = r.choice(['A4-150', 'A4-200', 'Letter-150', 'Letter-200'] if p.reg in ('US', 'CA')
                   else ['A4-150', 'A4-200', 'A4-150', 'A4-200'])
    W, H = PAGES[key]
    dpi = 150 if key.endswith('150') else 200
    L = Layer(W, H, (255, 255, 255, 255))
    return L, dpi / 72.0, dpi


def doc_header(L, k, r, p, title, leak_school=True):
    fb = r.choice(SERIF_BOLD + SANS_BOLD)
    col = deep(r)
    m = 60 * k
    L.draw.rectangle([m, m, L.w - m, m + 6 * k], fill=col)
    y = m + 16 * k
    L.text((L.w / 2, y), [(p.school, 'SCHOOL')] if leak_school else 'Community Notice', fit_font(fb, p.school, L.w - 2 * m, 22 * k),
           col, anchor='c')
    y += 34 * k
    L.text((L.w / 2, y), title, font(fb, 16 * k), (20, 20, 20), anchor='c')
    return y + 40 * k


def field_rows(L, x, y, k, rows, r, width=None):
    fp = r.choice(SANS + SERIF); fh = r.choice(ITALIC + MONO + SANS)
    fl = font(fp, 10.5 * k); fv = font(fh, 12 * k)
    width = width or (L.w - 2 * x)
    for lab, runs in rows:
        L.text((x, y), lab + ':', fl, (30, 30, 30))
        lx = x + fl.getlength(lab + ':') + 8 * k
        L.draw.line([(lx, y + 15 * k), (x + width, y + 15 * k)], fill=(120, 120, 120, 255), width=max(1, int(k / 2)))
        if runs:
            L.text((lx + 6 * k, y - 3 * k), runs, fv, (20, 30, 110))
        y += 26 * k
    return y


def paragraph(L, x, y, k, text, r, width=None, size=10.5):
    f = font(r.choice(SERIF + SANS), size * k)
    _, y = L.wrap(x, y, [text], f, (30, 30, 30), width or (L.w - 2 * x), lh=line_h(f) * 1.3)
    return y + 6 * k


def finish_doc(ctx, L):
    r = ctx.r
    if r.random() < 0.55:
        S = rotate_layer(L, r.uniform(-1.8, 1.8), fill=(250, 250, 248, 255))
        return dict(layer=S, family='scan', fx=dict(noise=r.uniform(2, 7), contrast=r.choice([1, 0.9, 0.8]),
                                                    blur=r.choice([0, 0.5]), light=0.05))
    return photo(ctx, [(L, 0.8)], bgkind=r.choice(['wood', 'plain']), size=r.choice([(2000, 3000), (2400, 3200),
                                                                                     (3000, 2000), (2448, 3264)]),
                 persp=0.04, rot=5, fx=dict(blur=r.choice([0, 0.6]), contrast=r.choice([1, 0.85])))


def permission_slip(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    m = 60 * k
    y = doc_header(L, k, r, p, 'Permission Slip - ' + r.choice(['Museum Excursion', 'Zoo Trip', 'Swimming Lessons',
                                                                  'Camp Week']))
    y = paragraph(L, m, y, k, 'Dear Parent/Guardian, we are planning an excursion for students. Please complete the form '
                              'below and return it to the class teacher by Friday. Students should bring a packed lunch, '
                              'a water bottle and a hat.', r)
    y += 20 * k
    rows = [('Student name', [(f'{p.first} {p.last}', 'PERSON')]), ('Class', [(p.year, 'AGE')]),
            ('Parent/guardian', [(p.parent, 'PERSON')]), ('Emergency phone', [(p.phone, 'PHONE')]),
            ('Medical notes', ['none']), ('Signature', None)]
    y = field_rows(L, m, y, k, rows, r)
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        draw_qr(L, int(L.w - m - qr_size(payload, 4 * k)), int(y + 20 * k), payload, int(4 * k), lk)
    L.text((m, L.h - m - 20 * k), p.date(2024, r.randint(1, 12), r.randint(1, 28)), font(r.choice(SANS), 10 * k),
           (60, 60, 60))
    return finish_doc(ctx, L)


def form(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    m = 60 * k
    title = r.choice(['Enrolment Form', 'Club Registration Form', 'Medical Information Form', 'Holiday Camp Sign-up'])
    y = doc_header(L, k, r, p, title, leak_school=r.random() < 0.6)
    rows = [('First name', [(p.first, 'PERSON')]), ('Surname', [(p.last, 'PERSON')]),
            ('Date of birth', [(p.dob, 'DATE_OF_BIRTH')]), ('Age', [(str(p.age), 'AGE')]),
            ('Home address', [(p.street, 'ADDRESS')]), ('', [(p.town_line, 'ADDRESS')]),
            ('Parent email', [(p.parent_email, 'EMAIL')]), ('Mobile', [(p.phone, 'PHONE')]),
            ('Parent workplace', [(p.workplace, 'ORG')]), ('Club', [(p.club, 'ORG')])]
    rows = rows[:6] + r.sample(rows[6:], r.randint(2, 4))
    y = field_rows(L, m, y, k, rows, r)
    y = paragraph(L, m, y + 20 * k, k, 'I consent to the information above being stored for the purpose of this '
                                       'programme. Photographs will not be published without written consent.', r)
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        draw_qr(L, int(m), int(y + 20 * k), payload, int(4 * k), lk)
    return finish_doc(ctx, L)


def report_card(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    m = 60 * k
    y = doc_header(L, k, r, p, r.choice(['End of Year Report', 'Term 2 Report', 'Progress Report']))
    y = field_rows(L, m, y, k, [('Student', [(f'{p.first} {p.last}', 'PERSON')]), ('Year', [(p.year, 'AGE')]),
                                ('Teacher', [(f'{r.choice(["Mrs", "Mr", "Ms"])} {r.choice(SURNAME)}', 'PERSON')]),
                                ('DOB', [(p.dob, 'DATE_OF_BIRTH')])], r)
    y += 16 * k
    ft = font(r.choice(SANS), 10.5 * k); fb = font(r.choice(SANS_BOLD), 10.5 * k)
    cw = (L.w - 2 * m) / 4
    for j, hd in enumerate(['Subject', 'Effort', 'Achievement', 'Comment']):
        L.text((m + j * cw, y), hd, fb, (0, 0, 0))
    y += 24 * k
    for subj in ['English', 'Mathematics', 'Science', 'History', 'Art', 'Physical Ed.', 'Music'][:r.randint(5, 7)]:
        L.draw.line([(m, y - 4 * k), (L.w - m, y - 4 * k)], fill=(180, 180, 180, 255), width=1)
        for j, v in enumerate([subj, r.choice(['A', 'B', 'C']), r.choice(['Excellent', 'Good', 'Sound', 'Developing']),
                               r.choice(['Great effort', 'Keep reading', 'Well done', 'Needs focus'])]):
            L.text((m + j * cw, y), v, ft, (30, 30, 30))
        y += 22 * k
    y = paragraph(L, m, y + 16 * k, k, f'{p.first} has had a wonderful year and is a kind member of the class.', r)
    return finish_doc(ctx, L)


def timetable(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    m = 50 * k
    y = doc_header(L, k, r, p, 'Weekly Timetable')
    L.text((m, y), ['Timetable for ', (f'{p.first} {p.last}', 'PERSON'), ' - ', (p.year, 'AGE')],
           font(r.choice(SANS_BOLD), 12 * k), (0, 0, 0))
    y += 30 * k
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    subj = ['Maths', 'English', 'Science', 'PE', 'Art', 'Music', 'Geography', 'History', 'French', 'Computing', 'Library']
    cw = (L.w - 2 * m) / 6
    rh = 34 * k
    f = font(r.choice(SANS + SANS), 9.5 * k)
    colr = [pastel(r) for _ in subj]
    for j, d in enumerate(['Period'] + days):
        L.text((m + j * cw + 6 * k, y), d, font(r.choice(SANS_BOLD), 10 * k), (0, 0, 0))
    y += 24 * k
    for i in range(7):
        L.text((m + 6 * k, y + 8 * k), f'{8 + i}:{r.choice(["00", "45", "30"])}', f, (0, 0, 0))
        for j in range(5):
            si = r.randint(0, len(subj) - 1)
            x0 = m + (j + 1) * cw
            L.draw.rectangle([x0, y, x0 + cw - 3 * k, y + rh - 3 * k], fill=colr[si])
            L.text((x0 + 5 * k, y + 8 * k), subj[si], f, (20, 20, 20))
        y += rh
    if r.random() < 0.6:
        L.text((m, y + 20 * k), ['After school: ', (p.club, 'ORG'), ' (Wed)'], font(r.choice(SANS), 11 * k), (0, 0, 0))
    return finish_doc(ctx, L)


def club_flyer(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    m = 60 * k
    col = deep(r)
    L.draw.rectangle([0, 0, L.w, 170 * k], fill=col)
    L.text((L.w / 2, 40 * k), [(p.club, 'ORG')], fit_font(r.choice(BOLD), p.club, L.w - 2 * m, 36 * k),
           ink_on(col, r), anchor='c')
    L.text((L.w / 2, 100 * k), r.choice(['New players welcome!', 'Join us this season', 'Open day this Saturday']),
           font(r.choice(SANS), 18 * k), ink_on(col, r), anchor='c')
    y = 200 * k
    f = font(r.choice(SANS + SERIF), 13 * k)
    coach = p.other()
    for ln in [['Training: Tuesdays 5-6pm at ', (p.suburb, 'LOCATION'), ' Park'],
               ['Ages ', (f'{p.age - 1}-{p.age + 1}', 'AGE')],
               ['Contact coach ', (coach, 'PERSON')], ['Phone ', (p.phone2, 'PHONE')],
               ['Email ', (p.parent_email, 'EMAIL')],
               ['This week: well done ', (p.first, 'PERSON'), ' on your first goal!']]:
        if r.random() < 0.85:
            for sub in layout(ln, f, L.w - 2 * m):
                L.text((m, y), sub, f, (20, 20, 20))
                y += line_h(f) * 1.5
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = int(5 * k)
        q = qr_size(payload, mod)
        L.text((L.w / 2, y + 20 * k), 'Scan to join our group chat', font(r.choice(SANS_BOLD), 13 * k), (0, 0, 0),
               anchor='c')
        draw_qr(L, int(L.w / 2 - q / 2), int(y + 50 * k), payload, mod, lk)
    return finish_doc(ctx, L)


def invitation(ctx):
    r, p = ctx.r, ctx.p
    L, k, dpi = page_base(r, p)
    col = pastel(r)
    L.draw.rectangle([0, 0, L.w, L.h], fill=col)
    L.draw.rectangle([30 * k, 30 * k, L.w - 30 * k, L.h - 30 * k], outline=deep(r), width=int(6 * k))
    fi = r.choice(ITALIC + SERIF_BOLD)
    y = centred_lines(L, 140 * k, [("You're invited!", fi, 44 * k, deep(r)),
                                   ([(p.first, 'PERSON'), ' is turning ', (str(p.age), 'AGE'), '!'], fi, 34 * k,
                                    (30, 30, 30))], maxw=L.w - 140 * k, gap=1.6)
    y += 40 * k
    f = font(r.choice(SANS + SERIF), 15 * k)
    d = p.date(2024, r.randint(1, 12), r.randint(1, 28), long=True)
    for ln in [['When: ', d, ' 2-5pm'], ['Where: ', (p.street, 'ADDRESS')], [(p.town_line, 'ADDRESS')],
               ['RSVP to ', (p.parent, 'PERSON')], [(p.phone, 'PHONE')]]:
        L.text((L.w / 2, y), ln, f, (30, 30, 30), anchor='c')
        y += line_h(f) * 1.6
    if ctx.qr:
        payload, lk = qr_payload(p, ctx.qr, r)
        mod = int(4 * k)
        q = qr_size(payload, mod)
        draw_qr(L, int(L.w / 2 - q / 2), int(y + 30 * k), payload, mod, lk)
    return finish_doc(ctx, L)
