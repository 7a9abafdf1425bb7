"""Leaky QR codes: screens, stickers, invites, fridge notes, badges, stream overlays."""
import random

from common import Canvas, card, scaled_card, bg_gradient, bg_photo, add_shapes, finish, mix, tlen
from people import person, phone_digits, grade
from scenes_a import status_bar
from scenes_b import _photo, _fit_k, _place, _fit_size, HAND, INK, rng_choice

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def payload(kind, p, rng):
    """returns (payload, leak kind, caption, extra printed text leaks [(text, kind)])"""
    dig = phone_digits(p['phone_intl'])
    h = p['handle']
    if kind == 'tel':
        return 'tel:' + dig, 'PHONE', 'Call me', [(p['full'], 'PERSON')]
    if kind == 'sms':
        return 'sms:%s?body=hi its me' % dig, 'PHONE', 'Text me!', [(p['first'], 'PERSON')]
    if kind == 'mailto':
        return 'mailto:' + p['email'], 'EMAIL', 'Email me', [(p['email'], 'EMAIL')]
    if kind == 'geo':
        clat, clon = {'US': (39.5, -95.0), 'UK': (52.5, -1.6), 'IE': (53.2, -7.6), 'CA': (45.4, -75.4),
                      'AU': (-33.7, 150.9), 'NZ': (-37.8, 176.0), 'IN': (18.6, 73.8), 'ZA': (-25.8, 28.2)}[p['region']]
        lat, lon = clat + rng.uniform(-0.4, 0.4), clon + rng.uniform(-0.4, 0.4)
        return 'geo:%.5f,%.5f' % (lat, lon), 'LOCATION', 'Party location - scan me!', [(p['addr'][0], 'ADDRESS')]
    if kind == 'mecard':
        return ('MECARD:N:%s,%s;TEL:%s;EMAIL:%s;;' % (p['last'], p['first'], dig, p['email']), 'PERSON',
                'Scan to save my contact', [(p['full'], 'PERSON')])
    if kind == 'vcard':
        a = p['addr']
        return ('BEGIN:VCARD\nVERSION:3.0\nN:%s;%s\nFN:%s\nTEL;TYPE=CELL:%s\nADR;TYPE=HOME:;;%s;%s\nEND:VCARD'
                % (p['last'], p['first'], p['full'], dig, a[0], ' '.join(a[1:])), 'PERSON',
                'If found, scan me', [])
    if kind == 'wifi_name':
        ssid = '%s Family' % p['last']
        return 'WIFI:T:WPA;S:%s;P:%s%d;;' % (ssid, p['first'].lower(), 2025 - p['age']), 'PERSON', \
            'Guest WiFi', [(ssid, 'PERSON')]
    if kind == 'wifi_addr':
        ssid = p['addr'][0].replace(' ', '')
        return 'WIFI:T:WPA;S:%s;P:sunflower%d;;' % (ssid, rng.randint(10, 99)), 'ADDRESS', 'WiFi', \
            [(ssid, 'ADDRESS')]
    if kind == 'wa':
        return 'https://wa.me/%s' % dig.lstrip('+'), 'PHONE', 'Chat on WhatsApp', [(p['phone'], 'PHONE')]
    if kind == 'tg':
        return 'https://t.me/%s' % h.replace('.', '_'), 'HANDLE', 'Telegram', [('@' + h.replace('.', '_'), 'HANDLE')]
    if kind == 'snap':
        return 'https://www.snapchat.com/add/%s' % h.replace('_', '-'), 'HANDLE', 'Add me on Snapchat', \
            [(h.replace('_', '-'), 'HANDLE')]
    if kind == 'discord':
        code = ''.join(rng.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))
        return 'https://discord.gg/%s' % code, 'URL', "Join my server", [("%s's server" % p['first'], 'PERSON')]
    if kind == 'tiktok':
        return 'https://www.tiktok.com/@%s' % h, 'HANDLE', 'Follow me', [('@' + h, 'HANDLE')]
    if kind == 'site':
        slug = '%s-%s-art' % (p['first'].lower(), p['last'].replace(' ', '').lower())
        return 'https://sites.google.com/view/%s' % slug, 'URL', 'My art page', []
    if kind == 'text':
        return ('Hi! I am %s, I am %d. If I am lost please call my mum on %s. I live at %s.'
                % (p['full'], p['age'], p['parent_phone'], ', '.join(p['addr'])), 'PERSON',
                'Scan me if I am lost', [(p['first'], 'PERSON')])
    raise ValueError(kind)


def qr_screen(seed, region='UK', qk='tel', W=720, H=1280, fmt='png', q=90, dark=False):
    """messenger 'my code' screen."""
    rng = random.Random(seed)
    p = person(region, seed)
    pl, lk, cap, extra = payload(qk, p, rng)
    bgc = (18, 18, 22) if dark else (245, 245, 250)
    fg = WHITE if dark else BLACK
    c = Canvas(W, H, img=bg_gradient(W, H, bgc, mix(bgc, (90, 60, 200), 0.35)))
    s = W / 540.0
    status_bar(c, s, fg)
    c.text((W / 2, int(70 * s)), cap, 'sans_b', int(22 * s), fg, anchor='mm')
    cw = int(440 * s)
    c.rect(((W - cw) // 2, int(120 * s), cw, int(560 * s)), fill=WHITE, radius=int(24 * s))
    y = int(150 * s)
    for t, k in extra:
        c.text((W / 2, y), t, 'sans_b', _fit_size(t, 'sans_b', int(22 * s), cw - 40), BLACK, kind=k, anchor='ma')
        y += int(36 * s)
    c.text((W / 2, y), 'Scan this code with your camera', 'sans', max(12, int(12 * s)), (110, 110, 110), anchor='ma')
    from segno import make
    n = make(pl, error='m').symbol_size(scale=1, border=4)[0]
    sc = max(2, int((cw - 60 * s) / n))
    size = n * sc
    c.qr(pl, (W - size) // 2, int(y + 30 * s), sc, kind=lk, dark=(30, 20, 60) if rng.random() < .5 else BLACK)
    c.text((W / 2, H - int(60 * s)), 'Share code', 'sans_b', int(16 * s), (90, 60, 200), anchor='mm')
    return finish(c, 'app screen showing personal %s QR code (%s)' % (qk, region), fmt, q)


def qr_object(seed, region='AU', qk='sms', W=3000, H=2000, fmt='jpg', q=85, angle=8, obj='sticker', blur=0.8):
    """a printed card / sticker / note with a QR code photographed on a surface."""
    rng, c = _photo(seed, W, H, rng_choice(seed, {'sticker': ['fabric', 'wood'], 'invite': ['wood', 'busy'],
                                                   'fridge': ['fridge'], 'badge': ['fabric', 'carpet'],
                                                   'tag': ['carpet', 'wood'], 'book': ['wood', 'busy']}[obj]))
    p = person(region, seed)
    pl, lk, cap, extra = payload(qk, p, rng)
    nw, nh = {'sticker': (700, 900), 'invite': (1100, 800), 'fridge': (800, 1000), 'badge': (900, 700),
              'tag': (600, 900), 'book': (800, 800)}[obj]
    col = {'sticker': (255, 255, 255), 'invite': (255, 235, 245), 'fridge': (255, 250, 170),
           'badge': (235, 245, 255), 'tag': (250, 250, 250), 'book': (230, 250, 230)}[obj]
    cd, s = scaled_card(nw, nh, _fit_k(W, H, nw, nh, 0.55 if nw < 1000 else 0.7, angle), col,
                        radius=40 if obj in ('sticker', 'badge', 'tag') else 6)
    y = 40
    title = {'sticker': cap, 'invite': "You're invited!", 'fridge': cap, 'badge': 'HELLO my name is',
             'tag': cap, 'book': 'This book belongs to'}[obj]
    s.text((nw / 2, y), title, 'sans_b', _fit_size(title, 'sans_b', 54, nw - 60), (200, 40, 80), anchor='ma')
    y += 90
    hand, ink = rng.choice(HAND), rng.choice(INK)
    for t, k in extra:
        s.text((nw / 2, y), t, hand, _fit_size(t, hand, 56, nw - 80), ink, kind=k, anchor='ma')
        y += 80
    if obj == 'invite':
        s.text((nw / 2, y), 'Saturday 3pm - %s' % cap, 'sans', 34, (60, 60, 60), anchor='ma')
        y += 60
    from segno import make
    n = make(pl, error='m').symbol_size(scale=1, border=2)[0]
    avail = min(nw - 100, nh - y - 40)
    sc = max(3, int(avail / n))
    size = n * sc
    s.qr(pl, (nw - size) / 2, y, sc, kind=lk, border=2)
    _place(c, cd, rng, angle)
    return finish(c, '%s with personal %s QR code (%s)' % (obj, qk, region), fmt, q, noise=5, seed=seed,
                  light=0.3, blur=blur)


def qr_stream(seed, region='US', qk='discord', W=1920, H=1080, fmt='jpg', q=80):
    """game stream screenshot with overlay QR and streamer info."""
    rng = random.Random(seed)
    p = person(region, seed)
    pl, lk, cap, extra = payload(qk, p, rng)
    c = Canvas(W, H, img=add_shapes(bg_photo(W, H, rng, palette=[(60, 110, 60)], shapes=50, blur=2), rng, 30,
                                    alpha=(100, 220), blur=0))
    s = W / 1920.0
    c.text((int(40 * s), int(30 * s)), 'HP 87/100   AMMO 24/90   KILLS 7', 'mono_b', int(34 * s), WHITE, stroke=2,
           stroke_fill=BLACK)
    c.rect((W - int(460 * s), H - int(560 * s), int(430 * s), int(530 * s)), fill=(20, 20, 30), radius=int(16 * s))
    c.text((W - int(245 * s), H - int(530 * s)), cap, 'sans_b', int(30 * s), WHITE, anchor='ma')
    y = H - int(480 * s)
    for t, k in extra:
        c.text((W - int(245 * s), y), t, 'sans_b', _fit_size(t, 'sans_b', int(28 * s), int(400 * s)),
               (255, 210, 80), kind=k, anchor='ma')
        y += int(44 * s)
    from segno import make
    n = make(pl, error='m').symbol_size(scale=1, border=2)[0]
    sc = max(3, int(int(360 * s) / n))
    c.qr(pl, W - int(245 * s) - n * sc // 2, y + int(10 * s), sc, kind=lk, border=2)
    c.text((int(40 * s), H - int(80 * s)), 'LIVE  |  %d viewers' % rng.randint(3, 60), 'sans_b', int(30 * s),
           (255, 80, 80), stroke=2, stroke_fill=BLACK)
    return finish(c, 'game stream overlay with personal %s QR code (%s)' % (qk, region), fmt, q)


SCENES = [
    ('qr_screen', qr_screen, dict(region='UK', qk='tel')),
    ('qr_screen', qr_screen, dict(region='IN', qk='wa', W=1080, H=1920, dark=True, fmt='jpg', q=85)),
    ('qr_screen', qr_screen, dict(region='AU', qk='snap', W=540, H=960, fmt='webp', q=90)),
    ('qr_screen', qr_screen, dict(region='IE', qk='tg', dark=True)),
    ('qr_screen', qr_screen, dict(region='NZ', qk='mecard', W=1170, H=2532, fmt='jpg', q=92)),
    ('qr_object', qr_object, dict(region='AU', qk='sms')),
    ('qr_object', qr_object, dict(region='CA', qk='geo', obj='invite', W=4000, H=3000, angle=-6)),
    ('qr_object', qr_object, dict(region='UK', qk='wifi_name', obj='fridge', W=2048, H=1536, angle=3, fmt='png')),
    ('qr_object', qr_object, dict(region='US', qk='wifi_addr', obj='fridge', W=1600, H=1200, angle=-12, q=70)),
    ('qr_object', qr_object, dict(region='ZA', qk='mecard', obj='badge', W=3000, H=2000, angle=10, fmt='webp', q=85)),
    ('qr_object', qr_object, dict(region='IE', qk='vcard', obj='tag', W=3264, H=2448, angle=-9, q=90)),
    ('qr_object', qr_object, dict(region='NZ', qk='text', obj='tag', W=2048, H=1536, angle=5, blur=0.4)),
    ('qr_object', qr_object, dict(region='IN', qk='mailto', obj='book', W=2000, H=2000, angle=-4, fmt='png')),
    ('qr_object', qr_object, dict(region='CA', qk='site', obj='sticker', W=1600, H=1200, angle=14, q=78)),
    ('qr_stream', qr_stream, dict(region='US', qk='discord')),
    ('qr_stream', qr_stream, dict(region='UK', qk='tiktok', W=1280, H=720, fmt='png')),
]
