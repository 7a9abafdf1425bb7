"""Per-image context, QR payload builders and placement helpers shared by scenes."""
import math
import random

import numpy as np

import data as D
from common import LayoutError, place_H, place, _corners, warp_layer, paste

BASE_SEED = 16_2024_0417


class Ctx:
    def __init__(self, idx, spec, attempt=0):
        seed = (BASE_SEED * 1_000_003 + idx * 7919 + attempt * 104_729) % (2 ** 63)
        self.idx = idx
        self.spec = spec
        self.attempt = attempt
        self.gentle = attempt >= 2
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.region = spec['region']
        self.p = D.Persona(self.rng, self.region)
        self.dpi = None

    def r(self, a, b):
        return self.rng.uniform(a, b)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p


# approximate centres per region for geo: payloads (jittered; not a real home)
GEO = {'US': (39.76, -84.19), 'UK': (53.99, -1.54), 'IE': (53.35, -6.45), 'CA': (49.88, -119.49),
       'AU': (-27.56, 151.95), 'NZ': (-43.53, 172.59), 'IN': (12.97, 77.64), 'ZA': (-33.96, 18.47)}


def qr_payload(ctx, typ):
    """Return (payload, kind, text) for a personal QR of the given type."""
    p, rng, reg = ctx.p, ctx.rng, ctx.region
    if typ in ('tel', 'sms'):
        dig, disp = D.intl_digits(rng, reg)
        num = '+' + dig
        if typ == 'tel':
            return 'tel:' + num, 'PHONE', num
        if rng.random() < 0.5:
            return 'sms:' + num, 'PHONE', num
        return 'SMSTO:%s:Hi, I found your %s' % (num, ctx.ch(['dog', 'cat', 'bag', 'bottle'])), 'PHONE', num
    if typ == 'mailto':
        e = p.email_parent if rng.random() < 0.6 else p.email_kid
        return 'mailto:' + e, 'EMAIL', e
    if typ == 'geo':
        la, lo = GEO[reg]
        s = '%.5f,%.5f' % (la + rng.uniform(-0.05, 0.05), lo + rng.uniform(-0.05, 0.05))
        return 'geo:' + s, 'LOCATION', s
    if typ == 'mecard':
        last = p.last.replace("'", '').replace(' ', '')
        n = '%s,%s' % (last, p.first)
        dig = ''.join(c for c in p.phone_parent if c.isdigit())
        return 'MECARD:N:%s;TEL:%s;;' % (n, dig), 'PERSON', n
    if typ == 'vcard':
        first, last = p.parent_first, p.parent_last.replace("'", '')
        dig, disp = D.intl_digits(rng, reg)
        fn = '%s %s' % (first, last)
        payload = 'BEGIN:VCARD\nVERSION:3.0\nN:%s;%s\nFN:%s\nTEL;TYPE=CELL:+%s\nEND:VCARD' % (last, first, fn, dig)
        return payload, 'PERSON', fn
    if typ == 'wifi':
        last = p.last.replace("'", '').replace(' ', '')
        ssid = ctx.ch(['%s_Family' % last, '%sHome' % last, '%s-House-5G' % last, 'The%ss' % last])
        return 'WIFI:T:WPA;S:%s;P:%s;;' % (ssid, D.wifi_password(rng)), 'PERSON', ssid
    if typ == 'wa':
        dig, disp = D.intl_digits(rng, reg)
        u = 'https://wa.me/' + dig
        return u, 'URL', u
    if typ == 'tme':
        u = 'https://t.me/' + p.handle.replace('.', '_')
        return u, 'URL', u
    if typ == 'snap':
        u = 'https://www.snapchat.com/add/' + p.handle.replace('_', '-').replace('.', '-')
        return u, 'URL', u
    if typ == 'discord':
        u = 'https://discord.gg/' + D.invite_code(rng)
        return u, 'URL', u
    if typ == 'text':
        k = rng.randrange(3)
        if k == 0:
            return 'Add me! snap: %s' % p.handle, 'HANDLE', p.handle
        if k == 1:
            ph = p.phone_parent
            return 'If found please call %s' % ph, 'PHONE', ph
        return 'Hi! I am %s' % p.full, 'PERSON', p.full
    raise ValueError(typ)


def fit_H(dst, sw, sh, ctx, cx, cy, scale, rot=0.0, kx=0.0, ky=0.0, fy=1.0, jitter=0.0, margin=0.03):
    """Homography for a sw x sh object centred near (cx,cy); shrinks until it fits in dst."""
    if ctx.gentle:
        rot *= 0.4
        kx *= 0.4
        ky *= 0.4
        jitter *= 0.3
    m = margin * min(dst.W, dst.H)
    for _ in range(40):
        H = place_H(sw, sh, cx, cy, scale, rot, kx, ky, fy, jitter, ctx.rng)
        c = _corners(H, sw, sh)
        if c[:, 0].min() >= m and c[:, 1].min() >= m and c[:, 0].max() <= dst.W - m and c[:, 1].max() <= dst.H - m:
            return H
        scale *= 0.94
        cx = cx * 0.9 + dst.W / 2 * 0.1
        cy = cy * 0.9 + dst.H / 2 * 0.1
    raise LayoutError('does not fit')


def fit_place(dst, src, ctx, cx, cy, scale, rot=0.0, kx=0.0, ky=0.0, fy=1.0, jitter=0.0, margin=0.03, check=True):
    """Place src into dst with a perspective; shrink until it fits inside the frame."""
    H = fit_H(dst, src.W, src.H, ctx, cx, cy, scale, rot, kx, ky, fy, jitter, margin)
    return place(dst, src, H, check=check)


def place_free(dst, src, ctx, cx, cy, scale, rot=0.0, kx=0.0, ky=0.0, fy=1.0, jitter=0.0, check=True):
    """Place without frame constraint (for decorations that may be cut off; must carry no leaks)."""
    H = place_H(src.W, src.H, cx, cy, scale, rot, kx, ky, fy, jitter, ctx.rng)
    return place(dst, src, H, check=check)
