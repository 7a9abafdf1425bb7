#!/usr/bin/env python3
"""Deterministic generator for the blind OCR / QR personal-information evaluation set (v2).

Renders images into out/ and writes expected.jsonl (one line per image).
All names, numbers, streets, schools, handles and e-mails are invented.
Run:  python make_images.py
"""
import io
import json
import math
import os
import random

import segno
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SEED = 20261205
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out')
os.makedirs(OUT, exist_ok=True)

FD = '/usr/share/fonts/truetype/'
FONT_FILES = {
    'sans': 'dejavu/DejaVuSans.ttf', 'sansb': 'dejavu/DejaVuSans-Bold.ttf',
    'sanso': 'dejavu/DejaVuSans-Oblique.ttf', 'sansxl': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'cond': 'dejavu/DejaVuSansCondensed.ttf', 'condb': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'serif': 'dejavu/DejaVuSerif.ttf', 'serifb': 'dejavu/DejaVuSerif-Bold.ttf',
    'serifi': 'dejavu/DejaVuSerif-Italic.ttf', 'serifbi': 'dejavu/DejaVuSerif-BoldItalic.ttf',
    'mono': 'dejavu/DejaVuSansMono.ttf', 'monob': 'dejavu/DejaVuSansMono-Bold.ttf',
    'lib': 'liberation/LiberationSans-Regular.ttf', 'libb': 'liberation/LiberationSans-Bold.ttf',
    'libi': 'liberation/LiberationSans-Italic.ttf', 'libbi': 'liberation/LiberationSans-BoldItalic.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf', 'narrowb': 'liberation/LiberationSansNarrow-Bold.ttf',
    'libser': 'liberation/LiberationSerif-Regular.ttf', 'libserb': 'liberation/LiberationSerif-Bold.ttf',
    'libseri': 'liberation/LiberationSerif-Italic.ttf', 'libmono': 'liberation/LiberationMono-Regular.ttf',
    'libmonob': 'liberation/LiberationMono-Bold.ttf',
    'free': 'freefont/FreeSans.ttf', 'freeb': 'freefont/FreeSansBold.ttf', 'freeo': 'freefont/FreeSansOblique.ttf',
    'freeser': 'freefont/FreeSerif.ttf', 'freeserb': 'freefont/FreeSerifBold.ttf',
    'freeseri': 'freefont/FreeSerifItalic.ttf', 'freeserbi': 'freefont/FreeSerifBoldItalic.ttf',
    'freemono': 'freefont/FreeMono.ttf', 'freemonob': 'freefont/FreeMonoBold.ttf',
}
HAND = ['serifi', 'libseri', 'freeseri', 'freeserbi', 'serifbi', 'libi', 'freeo', 'sanso']
_fc = {}


def F(name, size):
    k = (name, int(size))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONT_FILES[name], int(size))
    return _fc[k]


# ---------------------------------------------------------------- geometry
def rot_pt(x, y, cx, cy, ang, ncx, ncy):
    """Where point (x, y) lands after PIL's Image.rotate(ang) about (cx, cy) -> new centre."""
    t = math.radians(ang)
    c, s = math.cos(t), math.sin(t)
    dx, dy = x - cx, y - cy
    return ncx + dx * c + dy * s, ncy - dx * s + dy * c


def rot_box(bb, ang, cx, cy, ncx, ncy):
    x0, y0, x1, y1 = bb
    pts = [rot_pt(px, py, cx, cy, ang, ncx, ncy) for px, py in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]


# ---------------------------------------------------------------- layers
class Layer:
    """An image plus the personal-information boxes drawn on it."""

    def __init__(self, w, h, bg=(255, 255, 255), mode='RGB', img=None):
        self.img = img if img is not None else Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []  # [kind, text, [x0, y0, x1, y1]]
        self.nqr = 0

    @property
    def W(self):
        return self.img.size[0]

    @property
    def H(self):
        return self.img.size[1]

    def set_img(self, img):
        self.img = img
        self.d = ImageDraw.Draw(self.img)

    def tl(self, s, font):
        return self.d.textlength(s, font=font)

    def text(self, xy, s, font, fill, leaks=(), stroke=0, stroke_fill=None):
        x, y = xy
        self.d.text((x, y), s, font=font, fill=fill, stroke_width=stroke, stroke_fill=stroke_fill)
        for kind, sub in leaks:
            i = s.find(sub)
            if i < 0:
                raise ValueError('%r not in %r' % (sub, s))
            px = x + self.d.textlength(s[:i], font=font)
            bb = self.d.textbbox((px, y), sub, font=font, stroke_width=stroke)
            self.leaks.append([kind, sub, list(bb)])
        return self.d.textbbox((x, y), s, font=font, stroke_width=stroke)

    def ctext(self, cx, y, s, font, fill, leaks=(), **kw):
        return self.text((cx - self.tl(s, font) / 2, y), s, font, fill, leaks, **kw)

    def rtext(self, rx, y, s, font, fill, leaks=(), **kw):
        return self.text((rx - self.tl(s, font), y), s, font, fill, leaks, **kw)

    def lines(self, x, y, items, font, fill, lh=1.3, align='l'):
        """items: str or (str, [(kind, sub), ...]).  align l/c/r (x is left/centre/right)."""
        size = font.size
        for it in items:
            s, lk = (it, ()) if isinstance(it, str) else it
            if align == 'c':
                self.ctext(x, y, s, font, fill, lk)
            elif align == 'r':
                self.rtext(x, y, s, font, fill, lk)
            else:
                self.text((x, y), s, font, fill, lk)
            y += size * lh
        return y

    def add(self, kind, text, bb):
        self.leaks.append([kind, text, list(bb)])

    def paste(self, layer, xy, angle=0):
        im = layer.img if layer.img.mode == 'RGBA' else layer.img.convert('RGBA')
        w, h = im.size
        rim = im.rotate(angle, resample=Image.BICUBIC, expand=True) if angle else im
        nw, nh = rim.size
        ox, oy = int(xy[0]), int(xy[1])
        if self.img.mode == 'RGBA':
            self.img.alpha_composite(rim, (ox, oy))
        else:
            self.img.paste(rim, (ox, oy), rim)
        for kind, t, bb in layer.leaks:
            b = rot_box(bb, angle, w / 2, h / 2, nw / 2, nh / 2) if angle else bb
            self.leaks.append([kind, t, [b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy]])
        self.nqr += layer.nqr
        return ox, oy, nw, nh

    def qr(self, x, y, payload, scale, leaks=(), dark='#000000', light='#ffffff', quiet=3, err='m'):
        q = segno.make_qr(payload, error=err)
        buf = io.BytesIO()
        q.save(buf, kind='png', scale=scale, border=quiet, dark=dark, light=light)
        buf.seek(0)
        qi = Image.open(buf).convert(self.img.mode if self.img.mode in ('RGB', 'RGBA') else 'RGB')
        self.img.paste(qi, (int(x), int(y)))
        s = quiet * scale
        n = q.symbol_size(scale=scale, border=0)[0]
        box = [x + s, y + s, x + s + n, y + s + n]
        for kind, piece in leaks:
            if piece not in payload:
                raise ValueError('%r not in QR payload' % piece)
            self.leaks.append([kind, piece, box])
        self.nqr += 1
        return qi.size

    # backgrounds / decoration
    def blobs(self, n, rnd, pal=None, amin=25, amax=90, smin=30, smax=260, shapes='er'):
        ov = Image.new('RGBA', self.img.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(ov)
        for _ in range(n):
            x, y = rnd.randrange(self.W), rnd.randrange(self.H)
            r = rnd.randint(smin, smax)
            c = rnd.choice(pal) if pal else (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
            a = rnd.randint(amin, amax)
            sh = rnd.choice(shapes)
            if sh == 'e':
                d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(c[:3]) + (a,))
            elif sh == 'r':
                d.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=tuple(c[:3]) + (a,))
            else:
                d.line([x - r, y, x + r, y + rnd.randint(-r, r)], fill=tuple(c[:3]) + (a,), width=rnd.randint(2, 12))
        base = self.img.convert('RGBA')
        base.alpha_composite(ov)
        self.set_img(base.convert(self.img.mode))

    def grain(self, rnd, amp=12, cell=1):
        self.set_img(add_noise(self.img, rnd, amp, cell))


def gradient(w, h, c1, c2, horizontal=False):
    g = Image.linear_gradient('L')
    if horizontal:
        g = g.rotate(90)
    m = g.resize((w, h))
    return Image.composite(Image.new('RGB', (w, h), c2), Image.new('RGB', (w, h), c1), m)


def add_noise(img, rnd, amp=12, cell=1):
    """Deterministic zero-mean uniform noise (+-amp)."""
    mode = img.mode
    w, h = img.size
    nw, nh = max(1, w // cell), max(1, h // cell)
    n = Image.frombytes('L', (nw, nh), rnd.randbytes(nw * nh))
    if cell > 1:
        n = n.resize((w, h), Image.BILINEAR)
    n = n.point(lambda v: int(128 + (v - 128) * amp / 128))
    base = img.convert('RGB')
    out = ImageChops.add(base, Image.merge('RGB', (n, n, n)), 1.0, -128)
    if mode == 'RGBA':
        out.putalpha(img.getchannel('A'))
    return out


def card(w, h, fill, radius=18, outline=None, width=2):
    L = Layer(w, h, (0, 0, 0, 0), 'RGBA')
    L.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=fill, outline=outline, width=width)
    return L


def shadow(L, box, radius=18, off=8, alpha=90, blur=10):
    x0, y0, x1, y1 = box
    ov = Image.new('RGBA', L.img.size, (0, 0, 0, 0))
    ImageDraw.Draw(ov).rounded_rectangle([x0 + off, y0 + off, x1 + off, y1 + off], radius=radius, fill=(0, 0, 0, alpha))
    ov = ov.filter(ImageFilter.GaussianBlur(blur))
    base = L.img.convert('RGBA')
    base.alpha_composite(ov)
    L.set_img(base.convert(L.img.mode))


def barcode(L, x, y, w, h, rnd, color=(0, 0, 0)):
    cx = x
    while cx < x + w - 4:
        bw = rnd.choice([1, 1, 2, 2, 3, 4])
        if rnd.random() < 0.55:
            L.d.rectangle([cx, y, cx + bw - 1, y + h], fill=color)
        cx += bw


# ---------------------------------------------------------------- output
ALL = []


def finish(L, name, notes, clean=False, rot=0, blur=0, noise=0, jpeg=None, fill=None, rnd=None):
    img = L.img.convert('RGB')
    W, H = img.size
    leaks = [[k, t, list(b)] for k, t, b in L.leaks]
    if rot:
        f = fill or img.getpixel((3, 3))
        img = img.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=f)
        leaks = [[k, t, rot_box(b, rot, W / 2, H / 2, W / 2, H / 2)] for k, t, b in leaks]
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        img = add_noise(img, rnd or R, noise)
    fn = 'out/%s.%s' % (name, 'jpg' if jpeg else 'png')
    if jpeg:
        img.save(os.path.join(HERE, fn), quality=jpeg)
    else:
        img.save(os.path.join(HERE, fn))
    out = []
    for k, t, b in leaks:
        x0 = max(0, math.floor(b[0]))
        y0 = max(0, math.floor(b[1]))
        x1 = min(W, math.ceil(b[2]))
        y1 = min(H, math.ceil(b[3]))
        out.append({'kind': k, 'text': t, 'box': [x0, y0, max(1, x1 - x0), max(1, y1 - y0)]})
    if clean and out:
        raise AssertionError('clean image with leaks: ' + name)
    if not clean and not out:
        raise AssertionError('leaky image without leaks: ' + name)
    if L.nqr:
        notes += ' (%d QR)' % L.nqr
    ALL.append({'file': fn, 'clean': clean, 'leaks': out, 'faces': None, 'notes': notes})


def status_bar(L, fg, h, t='9:41', rnd=None):
    f = F('sansb', max(12, int(h * 0.5)))
    L.text((int(L.W * 0.06), int(h * 0.22)), t, f, fg)
    bx = L.W - int(L.W * 0.06) - 2 * h // 1
    L.d.rounded_rectangle([bx, int(h * 0.3), bx + int(h * 1.1), int(h * 0.72)], radius=3, outline=fg, width=2)
    L.d.rectangle([bx + 3, int(h * 0.3) + 3, bx + int(h * 0.8), int(h * 0.72) - 3], fill=fg)
    for i in range(4):
        sx = bx - int(h * 1.2) + i * int(h * 0.22)
        L.d.rectangle([sx, int(h * 0.72) - (i + 1) * int(h * 0.09), sx + int(h * 0.14), int(h * 0.72)], fill=fg)


# ---------------------------------------------------------------- chat screenshots
CHAT = {
    ('wa', 0): dict(bg=(236, 229, 221), hdr=(0, 128, 105), hdr_fg=(255, 255, 255), sub_fg=(210, 235, 228),
                    out=(217, 253, 211), inn=(255, 255, 255), fg=(17, 27, 33), ts=(102, 119, 129), bar=(240, 242, 245), sb=(255, 255, 255)),
    ('wa', 1): dict(bg=(11, 20, 26), hdr=(31, 44, 52), hdr_fg=(233, 237, 239), sub_fg=(134, 150, 160),
                    out=(0, 92, 75), inn=(32, 44, 51), fg=(233, 237, 239), ts=(134, 150, 160), bar=(31, 44, 52), sb=(233, 237, 239)),
    ('im', 0): dict(bg=(255, 255, 255), hdr=(246, 246, 246), hdr_fg=(0, 0, 0), sub_fg=(140, 140, 145),
                    out=(10, 132, 255), out_fg=(255, 255, 255), inn=(233, 233, 235), fg=(0, 0, 0), ts=(142, 142, 147), bar=(250, 250, 250), sb=(0, 0, 0)),
    ('im', 1): dict(bg=(0, 0, 0), hdr=(22, 22, 24), hdr_fg=(255, 255, 255), sub_fg=(150, 150, 155),
                    out=(10, 132, 255), out_fg=(255, 255, 255), inn=(38, 38, 41), fg=(255, 255, 255), ts=(142, 142, 147), bar=(22, 22, 24), sb=(255, 255, 255)),
    ('ms', 0): dict(bg=(255, 255, 255), hdr=(255, 255, 255), hdr_fg=(5, 5, 5), sub_fg=(101, 103, 107),
                    out=(138, 62, 240), out_fg=(255, 255, 255), inn=(240, 240, 240), fg=(5, 5, 5), ts=(101, 103, 107), bar=(255, 255, 255), sb=(0, 0, 0)),
    ('ms', 1): dict(bg=(24, 25, 26), hdr=(36, 37, 38), hdr_fg=(228, 230, 235), sub_fg=(176, 179, 184),
                    out=(120, 70, 230), out_fg=(255, 255, 255), inn=(58, 59, 60), fg=(228, 230, 235), ts=(176, 179, 184), bar=(36, 37, 38), sb=(228, 230, 235)),
    ('tg', 0): dict(bg=(196, 216, 176), hdr=(81, 125, 162), hdr_fg=(255, 255, 255), sub_fg=(200, 220, 240),
                    out=(239, 253, 222), inn=(255, 255, 255), fg=(0, 0, 0), ts=(94, 150, 90), bar=(255, 255, 255), sb=(255, 255, 255)),
    ('tg', 1): dict(bg=(14, 22, 33), hdr=(23, 33, 43), hdr_fg=(245, 245, 245), sub_fg=(110, 130, 150),
                    out=(43, 82, 120), inn=(24, 37, 51), fg=(245, 245, 245), ts=(120, 150, 180), bar=(23, 33, 43), sb=(245, 245, 245)),
    ('sn', 0): dict(bg=(255, 255, 255), hdr=(255, 255, 255), hdr_fg=(0, 0, 0), sub_fg=(140, 140, 140),
                    fg=(20, 20, 20), ts=(150, 150, 150), bar=(255, 255, 255), sb=(0, 0, 0), me=(242, 60, 87), them=(14, 173, 255)),
    ('sn', 1): dict(bg=(18, 18, 18), hdr=(18, 18, 18), hdr_fg=(240, 240, 240), sub_fg=(140, 140, 140),
                    fg=(235, 235, 235), ts=(150, 150, 150), bar=(30, 30, 30), sb=(240, 240, 240), me=(242, 60, 87), them=(14, 173, 255)),
}


def chat(name, style, dark, size, title, msgs, notes, title_leaks=None, sub='online', font='sans',
         fs=None, clean=False, them_label=None, them_leaks=(), post=None, day='Today', seed=0):
    """msgs: list of (side 'i'/'o', [line or (line, leaks)], time)."""
    rnd = random.Random(SEED + seed)
    W, H = size
    P = CHAT[(style, dark)]
    L = Layer(W, H, P['bg'])
    k = W / 540.0
    fs = fs or int(17 * k)
    f = F(font, fs)
    if style == 'tg' and not dark:
        L.blobs(60, rnd, pal=[(180, 205, 160), (210, 228, 190), (170, 196, 150)], amin=60, amax=120, smin=8, smax=30, shapes='e')
    if style == 'wa':
        L.blobs(50, rnd, pal=[P['bg'], tuple(max(0, c - 12) for c in P['bg'])], amin=80, amax=160, smin=6, smax=20, shapes='el')
    sbh = int(34 * k)
    hh = int((118 if style == 'im' else 70) * k)
    L.d.rectangle([0, 0, W, sbh + hh], fill=P['hdr'])
    status_bar(L, P['sb'], sbh, t=rnd.choice(['9:41', '16:02', '7:58', '21:17', '15:36']))
    tf = F('sansb', int(19 * k))
    sf = F('sans', int(13 * k))
    ini = ''.join(w[0] for w in title.split()[:2]).upper()
    av_col = rnd.choice([(255, 149, 0), (88, 86, 214), (52, 199, 89), (255, 45, 85), (90, 200, 250)])
    if style == 'im':
        r = int(26 * k)
        cx = W // 2
        L.d.ellipse([cx - r, sbh + 8 * k, cx + r, sbh + 8 * k + 2 * r], fill=(160, 160, 168))
        L.ctext(cx, sbh + 8 * k + r - 11 * k, ini, F('sansb', int(18 * k)), (255, 255, 255))
        L.ctext(cx, sbh + 8 * k + 2 * r + 6 * k, title, F('sans', int(15 * k)), P['hdr_fg'], title_leaks or [])
        L.text((14 * k, sbh + 22 * k), '<', F('sans', int(30 * k)), (10, 132, 255))
        L.d.line([0, sbh + hh, W, sbh + hh], fill=(200, 200, 200) if not dark else (50, 50, 50))
    else:
        L.text((12 * k, sbh + 14 * k), '<' if style != 'sn' else 'v', F('sans', int(26 * k)), P['hdr_fg'])
        r = int(21 * k)
        ax = int(44 * k)
        ay = sbh + hh // 2 - r
        L.d.ellipse([ax, ay, ax + 2 * r, ay + 2 * r], fill=av_col)
        L.ctext(ax + r, ay + r - 9 * k, ini, F('sansb', int(15 * k)), (255, 255, 255))
        L.text((ax + 2 * r + 12 * k, sbh + hh // 2 - 22 * k), title, tf, P['hdr_fg'], title_leaks or [])
        if sub:
            L.text((ax + 2 * r + 12 * k, sbh + hh // 2 + 3 * k), sub, sf, P['sub_fg'])
        if style in ('ms', 'sn'):
            L.d.line([0, sbh + hh, W, sbh + hh], fill=(225, 225, 225) if not dark else (55, 55, 55))
    y = sbh + hh + 16 * k
    if day:
        df = F('sans', int(13 * k))
        tw = L.tl(day, df)
        chip = (225, 245, 254) if (style == 'wa' and not dark) else (P['inn'] if 'inn' in P else P['bg'])
        L.d.rounded_rectangle([W / 2 - tw / 2 - 10 * k, y, W / 2 + tw / 2 + 10 * k, y + 24 * k], radius=int(8 * k), fill=chip)
        L.ctext(W / 2, y + 4 * k, day, df, P['ts'] if style != 'tg' else P['fg'])
        y += 40 * k
    tsf = F('sans', max(11, int(11.5 * k)))
    pad = 11 * k
    lh = fs * 1.32
    last = None
    for side, lines, t in msgs:
        items = [(s, ()) if isinstance(s, str) else s for s in lines]
        if style == 'sn':
            if side != last:
                lab = 'ME' if side == 'o' else them_label
                col = P['me'] if side == 'o' else P['them']
                L.text((16 * k, y), lab, F('sansb', int(13 * k)), col, () if side == 'o' else them_leaks)
                y += 20 * k
            col = P['me'] if side == 'o' else P['them']
            y0 = y
            for s, lk in items:
                L.text((26 * k, y), s, f, P['fg'], lk)
                y += lh
            L.d.line([16 * k, y0 + 2, 16 * k, y - 4], fill=col, width=max(2, int(3 * k)))
            y += 10 * k
            last = side
            continue
        tw = max(L.tl(s, f) for s, _ in items)
        tsw = L.tl(t, tsf) + 8 * k if (t and style in ('wa', 'tg', 'ms')) else 0
        bw = tw + 2 * pad + (tsw if style in ('wa', 'tg') else 0)
        bh = len(items) * lh + 2 * pad - (fs * 0.3)
        if style in ('wa', 'tg') and tsw and L.tl(items[-1][0], f) + tsw > tw:
            bh += 12 * k
        margin = 14 * k
        x0 = W - margin - bw if side == 'o' else margin
        col = P['out'] if side == 'o' else P['inn']
        fg = P.get('out_fg', P['fg']) if side == 'o' else P['fg']
        rad = int((18 if style in ('im', 'ms') else 9) * k)
        L.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=rad, fill=col)
        ty = y + pad - 2 * k
        for s, lk in items:
            L.text((x0 + pad, ty), s, f, fg, lk)
            ty += lh
        if t and style in ('wa', 'tg'):
            L.rtext(x0 + bw - 8 * k, y + bh - 17 * k, t + (' vv' if side == 'o' and style == 'wa' else ''), tsf, P['ts'] if side == 'i' or style != 'tg' else P['ts'])
        y += bh + 8 * k
        if t and style in ('im', 'ms') and rnd.random() < 0.35:
            if side == 'o':
                L.rtext(W - margin, y - 2 * k, t, tsf, P['ts'])
            else:
                L.text((margin + 4 * k, y - 2 * k), t, tsf, P['ts'])
            y += 18 * k
        last = side
    bh_ = int(60 * k)
    if y > H - bh_ - 4:
        raise AssertionError('chat overflow ' + name)
    L.d.rectangle([0, H - bh_, W, H], fill=P['bar'])
    inp = (255, 255, 255) if not dark else (45, 45, 48)
    if style == 'im' and not dark:
        inp = (255, 255, 255)
    L.d.rounded_rectangle([52 * k, H - bh_ + 10 * k, W - 60 * k, H - 12 * k], radius=int(19 * k), fill=inp,
                          outline=(205, 205, 210) if not dark else None)
    ph = {'wa': 'Message', 'im': 'iMessage', 'ms': 'Aa', 'tg': 'Message', 'sn': 'Send a chat'}[style]
    L.text((68 * k, H - bh_ + 19 * k), ph, F('sans', int(15 * k)), (150, 150, 155))
    L.text((14 * k, H - bh_ + 12 * k), '+', F('sans', int(28 * k)), (10, 132, 255) if style in ('im', 'ms') else P['ts'])
    post = post or {}
    finish(L, name, notes, clean=clean, rnd=rnd, **post)


def discord(name, dark, size, server, channel, rows, notes, seed=0, post=None):
    """rows: (username, user_leaks, [line or (line, leaks)], time)."""
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 600.0
    bg = (49, 51, 56) if dark else (255, 255, 255)
    fg = (219, 222, 225) if dark else (46, 51, 56)
    mut = (148, 155, 164) if dark else (92, 94, 102)
    L = Layer(W, H, bg)
    sbh = int(34 * k)
    L.d.rectangle([0, 0, W, sbh + 56 * k], fill=(43, 45, 49) if dark else (242, 243, 245))
    status_bar(L, fg, sbh)
    L.text((16 * k, sbh + 8 * k), '#', F('sans', int(26 * k)), mut)
    L.text((44 * k, sbh + 9 * k), channel, F('sansb', int(19 * k)), fg)
    L.text((44 * k, sbh + 34 * k), server, F('sans', int(12 * k)), mut)
    y = sbh + 76 * k
    f = F('lib', int(17 * k))
    uf = F('libb', int(17 * k))
    tf = F('lib', int(12 * k))
    cols = [(242, 63, 67), (88, 101, 242), (35, 165, 90), (240, 178, 50), (235, 69, 158), (0, 168, 252)]
    for user, ulk, lines, t in rows:
        c = cols[sum(map(ord, user)) % len(cols)]
        L.d.ellipse([14 * k, y, 54 * k, y + 40 * k], fill=c)
        L.ctext(34 * k, y + 10 * k, user[0].upper(), F('sansb', int(17 * k)), (255, 255, 255))
        L.text((68 * k, y), user, uf, c, ulk)
        L.text((68 * k + L.tl(user, uf) + 10 * k, y + 4 * k), t, tf, mut)
        y += 26 * k
        for s in lines:
            s, lk = (s, ()) if isinstance(s, str) else s
            L.text((68 * k, y), s, f, fg, lk)
            y += 24 * k
        y += 16 * k
    if y > H - 70 * k:
        raise AssertionError('overflow ' + name)
    L.d.rounded_rectangle([14 * k, H - 62 * k, W - 14 * k, H - 16 * k], radius=int(10 * k), fill=(56, 58, 64) if dark else (235, 237, 239))
    L.text((30 * k, H - 50 * k), 'Message #' + channel, F('lib', int(16 * k)), mut)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_chats():
    P, AD, PH, EM, SC, AG, DOB, HA, URL, LOC, ORG = ('PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'SCHOOL', 'AGE',
                                                     'DATE_OF_BIRTH', 'HANDLE', 'URL', 'LOCATION', 'ORG')
    chat('chat_wa_light_uk', 'wa', 0, (540, 960), 'Emma Okafor', [
        ('i', ['hey whats ur number again?'], '16:01'),
        ('o', [('its 07700 900461', [(PH, '07700 900461')])], '16:02'),
        ('i', ['and ur address for the party?'], '16:02'),
        ('o', [('14 Rowan Close, Leeds LS6 2AB', [(AD, '14 Rowan Close, Leeds LS6 2AB')])], '16:03'),
        ('o', ['the blue door lol'], '16:03'),
        ('i', ['cool see u saturday'], '16:05'),
    ], 'chat screenshot, green light messenger, UK phone and home address', title_leaks=[(P, 'Emma Okafor')], seed=1)
    chat('chat_wa_dark_in', 'wa', 1, (720, 1280), 'Aarav Sharma', [
        ('i', ['which school r u going to next yr?'], '20:14'),
        ('o', [('Sunrise Valley Public School', [(SC, 'Sunrise Valley Public School')]), 'same as my cousin'], '20:15'),
        ('i', ['send ur insta'], '20:15'),
        ('o', [('@aarav.codes_11', [(HA, '@aarav.codes_11')])], '20:16'),
        ('o', [("i'm in class 6 btw", [(AG, 'class 6')])], '20:16'),
        ('i', ['ok following'], '20:18'),
    ], 'dark green messenger, India, school, handle, class level', title_leaks=[(P, 'Aarav Sharma')], sub='last seen today at 20:19', seed=2)
    chat('chat_im_light_us', 'im', 0, (750, 1334), 'Madison Reyes', [
        ('i', ['r u coming to my bday party??', ("its march 3rd, i'm turning 12", [(DOB, 'march 3rd'), (AG, 'turning 12')])], ''),
        ('o', ['yesss whats ur address'], 'Delivered'),
        ('i', [('2218 Willow Creek Dr, Austin TX 78745', [(AD, '2218 Willow Creek Dr, Austin TX 78745')])], ''),
        ('i', [('my moms cell (512) 555-0147', [(PH, '(512) 555-0147')])], ''),
        ('o', ['ok ill ask my dad'], 'Read 4:12 PM'),
    ], 'light iMessage-style, US birthday, age, address, phone', title_leaks=[(P, 'Madison Reyes')], seed=3, fs=21)
    chat('chat_im_dark_ca', 'im', 1, (540, 960), 'Noah Kowalski', [
        ('o', [('my email is noah.k.hockey09@outlook.com', [(EM, 'noah.k.hockey09@outlook.com')])], ''),
        ('i', [('ok and ur at Glenview Park Middle right?', [(SC, 'Glenview Park Middle')])], ''),
        ('o', [('ya grade 7', [(AG, 'grade 7')])], 'Delivered'),
        ('i', ['same lol'], ''),
    ], 'dark iMessage-style, Canada, email, school, grade', title_leaks=[(P, 'Noah Kowalski')], seed=4, fs=15,
        post=dict(jpeg=72))
    chat('chat_ms_light_au', 'ms', 0, (720, 1280), 'Ruby Chen', [
        ('i', [('add me on snap: rubyc_2013', [(HA, 'rubyc_2013')])], '3:40 pm'),
        ('o', ['what suburb r u in'], '3:41 pm'),
        ('i', [('Parramatta, near Westfield', [(LOC, 'Parramatta'), (LOC, 'Westfield')])], '3:41 pm'),
        ('i', [('call me 0491 570 156', [(PH, '0491 570 156')])], '3:42 pm'),
        ('o', ['ok after school'], '3:45 pm'),
    ], 'light purple messenger, Australia, handle, suburb, mobile', title_leaks=[(P, 'Ruby Chen')], sub='Active now', seed=5)
    chat('chat_ms_dark_za', 'ms', 1, (600, 1067), 'Thabo Nkosi', [
        ('o', [('born 14/02/2013 so valentines lol', [(DOB, '14/02/2013')])], '19:02'),
        ('i', [("lol i'm at Rosebank Primary too", [(SC, 'Rosebank Primary')])], '19:03'),
        ('o', [('we live at 8 Protea Rd, Claremont 7708', [(AD, '8 Protea Rd, Claremont 7708')])], '19:04'),
        ('i', ['nice'], '19:06'),
    ], 'dark purple messenger, South Africa, birth date, school, address', title_leaks=[(P, 'Thabo Nkosi')], sub='Active 5m ago',
        seed=6, font='lib', post=dict(rot=1.5, fill=(24, 25, 26)))
    chat('chat_tg_light_nz', 'tg', 0, (540, 960), 'Aroha Ngata', [
        ('i', [('my discord is kiwiaroha#2231', [(HA, 'kiwiaroha#2231')])], '10:12'),
        ('o', ['whats ur school'], '10:13'),
        ('i', [('Kowhai Grove School, Year 7', [(SC, 'Kowhai Grove School'), (AG, 'Year 7')])], '10:13'),
        ('i', [("mum's number 021 555 0193", [(PH, '021 555 0193')])], '10:14'),
    ], 'light blue messenger with pattern, New Zealand, handle, school, year, phone', title_leaks=[(P, 'Aroha Ngata')],
        sub='last seen recently', seed=7, font='free')
    chat('chat_tg_dark_ie', 'tg', 1, (720, 1280), 'Siobhán Murphy', [
        ('i', [('my eircode is P31 X2Y4 lol', [(AD, 'P31 X2Y4')])], '21:40'),
        ('o', [("i'm in 5th class in St. Brigid's NS", [(AG, '5th class'), (SC, "St. Brigid's NS")])], '21:41'),
        ('i', [('email me siobhan.m.2014@gmail.com', [(EM, 'siobhan.m.2014@gmail.com')])], '21:43'),
        ('o', ['ok will do'], '21:44'),
    ], 'dark blue messenger, Ireland, eircode, class, school, email', title_leaks=[(P, 'Siobhán Murphy')], seed=8,
        post=dict(blur=0.6))
    chat('chat_sn_light_us', 'sn', 0, (540, 960), 'Jayden Brooks', [
        ('i', [("yo i'm 11 now lol", [(AG, "i'm 11")])], ''),
        ('o', ['whats ur fortnite name'], ''),
        ('i', [('JBrooksGamer_11', [(HA, 'JBrooksGamer_11')])], ''),
        ('i', [('i live by Maple Ridge Elementary', [(SC, 'Maple Ridge Elementary')]), ('on Cedar Ln', [(AD, 'Cedar Ln')])], ''),
        ('o', ['bet'], ''),
    ], 'light snap-style chat, US, age, game handle, school, street', title_leaks=[(P, 'Jayden Brooks')], sub='',
        them_label='JAYDEN', them_leaks=[(P, 'JAYDEN')], seed=9, day='TODAY')
    chat('chat_wa_light_in', 'wa', 0, (720, 1280), 'Priya Nair', [
        ('i', ['come over after tuition?'], '17:20'),
        ('i', [('our flat is B-304, Palm Meadows, Whitefield,', [(AD, 'B-304, Palm Meadows, Whitefield,')]),
               ('Bengaluru 560066', [(AD, 'Bengaluru 560066')])], '17:21'),
        ('o', [('ok my number +91 98450 12345', [(PH, '+91 98450 12345')])], '17:23'),
        ('i', ['see u at 6'], '17:24'),
    ], 'light green messenger, India, flat address and mobile', title_leaks=[(P, 'Priya Nair')], seed=10,
        post=dict(jpeg=60))
    chat('chat_im_light_uk', 'im', 0, (1080, 1920), 'Leila Haddad', [
        ('i', [("it's leila.haddad.2012@hotmail.co.uk", [(EM, 'leila.haddad.2012@hotmail.co.uk')])], ''),
        ('o', ['what year r u in'], ''),
        ('i', [('year 8 at Ashcombe Park Academy', [(AG, 'year 8'), (SC, 'Ashcombe Park Academy')])], ''),
        ('i', [('follow me on tiktok @leila.dancez', [(HA, '@leila.dancez')])], ''),
        ('o', ['done!'], 'Read 18:05'),
    ], 'large light iMessage-style, UK email, year, school, handle', title_leaks=[(P, 'Leila Haddad')], seed=11)
    chat('chat_ms_light_ca', 'ms', 0, (540, 960), 'Chloé Tremblay', [
        ('i', [('text me at (514) 555-0162', [(PH, '(514) 555-0162')])], '8:02 PM'),
        ('o', ['where do u live now'], '8:03 PM'),
        ('i', [('4417 rue Fabre, Montréal H2J 3V1', [(AD, '4417 rue Fabre, Montréal H2J 3V1')])], '8:03 PM'),
        ('o', ['ok!'], '8:05 PM'),
    ], 'light messenger, Canada (Quebec), phone and address with accents', title_leaks=[(P, 'Chloé Tremblay')], sub='Active now',
        seed=12, font='cond', post=dict(noise=10, jpeg=80))
    chat('chat_sn_dark_au', 'sn', 1, (600, 1067), 'Mateo García', [
        ('i', [('ok my address is 56 Banksia St,', [(AD, '56 Banksia St,')]), ('Newtown NSW 2042', [(AD, 'Newtown NSW 2042')])], ''),
        ('i', [('my dad works at Coastline Plumbing', [(ORG, 'Coastline Plumbing')])], ''),
        ('o', ['cool c u there'], ''),
    ], 'dark snap-style chat, Australia, address, parent workplace', title_leaks=[(P, 'Mateo García')], sub='',
        them_label='MATEO', them_leaks=[(P, 'MATEO')], seed=13, day='TODAY')
    discord('chat_dc_dark', 1, (720, 1280), 'Minecraft Builders', 'general', [
        ('ShadowFox_4412', [(HA, 'ShadowFox_4412')], [('anyone want to play? add me shadowfox#4412', [(HA, 'shadowfox#4412')])], 'Today at 4:12 PM'),
        ('pixel_mia', [(HA, 'pixel_mia')], [("i'm 9 so my mum says only till 7pm", [(AG, "i'm 9")])], 'Today at 4:13 PM'),
        ('ShadowFox_4412', [(HA, 'ShadowFox_4412')], [('my real name is Kofi Mensah lol', [(P, 'Kofi Mensah')])], 'Today at 4:15 PM'),
        ('skyeblock_ben', [(HA, 'skyeblock_ben')], [('join my server: discord.gg/k7Rz2Qp', [(URL, 'discord.gg/k7Rz2Qp')])], 'Today at 4:16 PM'),
    ], 'dark community-chat screenshot, usernames, age, real name, invite link', seed=14)
    discord('chat_dc_light', 0, (600, 1067), 'Art Club', 'doodles', [
        ('tigerlily_07', [(HA, 'tigerlily_07')], ['look at my new drawing!!', ('my insta is @lily.sketches', [(HA, '@lily.sketches')])], 'Today at 7:02 PM'),
        ('marcus.draws', [(HA, 'marcus.draws')], ['so good', 'where do u live?'], 'Today at 7:03 PM'),
        ('tigerlily_07', [(HA, 'tigerlily_07')], [('i go to Westbrook Elementary', [(SC, 'Westbrook Elementary')]), ('in Portland', [(LOC, 'Portland')])], 'Today at 7:05 PM'),
    ], 'light community-chat screenshot, handles, school, city', seed=15, post=dict(jpeg=65))


P, AD, PH, EM, SC, AG, DOB, HA, URL, LOC, ORG = ('PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'SCHOOL', 'AGE',
                                                 'DATE_OF_BIRTH', 'HANDLE', 'URL', 'LOCATION', 'ORG')


# ---------------------------------------------------------------- games
def game_profile(name, size, theme, title, fields, stats, notes, seed, post=None, font='sansb', qr=None, title_leaks=()):
    """fields: list of (label, value, leaks)."""
    rnd = random.Random(SEED + seed)
    W, H = size
    c1, c2, acc = theme
    L = Layer(W, H, img=gradient(W, H, c1, c2))
    L.blobs(25, rnd, pal=[acc, c2, (255, 255, 255)], amin=10, amax=45, smin=40, smax=int(W / 5), shapes='erl')
    portrait = H > W
    k = W / (720.0 if portrait else 1280.0)
    L.text((50 * k, 36 * k), title, F(font, int(44 * k)), (255, 255, 255), title_leaks)
    L.d.line([50 * k, 100 * k, W - 50 * k, 100 * k], fill=acc, width=max(2, int(3 * k)))
    cw, ch = (int(W * 0.86), int(H * 0.42)) if portrait else (int(W * 0.52), int(H * 0.66))
    pc = card(cw, ch, (0, 0, 0, 120), radius=int(20 * k), outline=acc + (255,))
    lf = F('sans', int(22 * k))
    vf = F('sansb', int(26 * k))
    y = 30 * k
    r = int(60 * k)
    pc.d.ellipse([30 * k, y, 30 * k + 2 * r, y + 2 * r], fill=acc + (255,))
    pc.d.rectangle([30 * k + r - 18 * k, y + 30 * k, 30 * k + r + 18 * k, y + 80 * k], fill=(255, 255, 255, 200))
    y += 2 * r + 20 * k
    for lab, val, lk in fields:
        pc.text((34 * k, y), lab, lf, (200, 200, 210, 255))
        pc.text((34 * k + pc.tl(lab, lf) + 12 * k, y - 3 * k), val, vf, (255, 255, 255, 255), lk)
        y += 44 * k
    L.paste(pc, (50 * k, 130 * k))
    sx = 50 * k + cw + 40 * k
    sy = 140 * k
    if portrait:
        sx, sy = 60 * k, 130 * k + ch + 40 * k
    sf = F('cond', int(20 * k))
    for lab, val in stats:
        L.text((sx, sy), lab.upper(), sf, acc)
        L.text((sx, sy + 24 * k), val, F('condb', int(34 * k)), (255, 255, 255))
        sy += 80 * k
    if qr:
        L.qr(int(W - 50 * k - 200 * k), int(H - 260 * k), qr[0], max(2, int(4 * k)), qr[1])
    L.text((50 * k, H - 60 * k), 'PRESS  A  TO CONTINUE      B  BACK', F('sans', int(18 * k)), (220, 220, 230))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def game_lobby(name, size, title, players, chatlines, notes, seed, post=None):
    """players: (display, leaks, level).  chatlines: (line, leaks)."""
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 1600.0
    L = Layer(W, H, img=gradient(W, H, (22, 12, 48), (8, 60, 90), horizontal=True))
    L.blobs(40, rnd, pal=[(255, 0, 128), (0, 255, 200), (255, 220, 0)], amin=10, amax=35, smin=20, smax=int(200 * k), shapes='el')
    L.text((60 * k, 40 * k), title, F('condb', int(56 * k)), (255, 230, 80), stroke=2, stroke_fill=(60, 20, 0))
    L.text((60 * k, 112 * k), 'Waiting for players...  4/6', F('cond', int(24 * k)), (200, 220, 255))
    y = 170 * k
    for disp, lk, lvl in players:
        L.d.rounded_rectangle([60 * k, y, 860 * k, y + 76 * k], radius=int(12 * k), fill=(255, 255, 255), outline=(0, 220, 200), width=2)
        L.d.ellipse([76 * k, y + 12 * k, 128 * k, y + 64 * k], fill=(rnd.randint(60, 255), rnd.randint(60, 255), rnd.randint(60, 255)))
        L.text((148 * k, y + 18 * k), disp, F('sansb', int(30 * k)), (20, 20, 40), lk)
        L.rtext(840 * k, y + 22 * k, 'LVL ' + str(lvl), F('cond', int(24 * k)), (90, 90, 120))
        y += 92 * k
    cx0, cy0 = 940 * k, 170 * k
    L.d.rectangle([cx0, cy0, W - 60 * k, cy0 + 520 * k], fill=(0, 0, 0))
    L.text((cx0 + 20 * k, cy0 + 14 * k), 'LOBBY CHAT', F('sansb', int(22 * k)), (0, 220, 200))
    cy = cy0 + 60 * k
    for s, lk in chatlines:
        L.text((cx0 + 20 * k, cy), s, F('mono', int(19 * k)), (230, 230, 230), lk)
        cy += 34 * k
    L.d.rounded_rectangle([W - 420 * k, H - 130 * k, W - 60 * k, H - 50 * k], radius=int(14 * k), fill=(255, 200, 0))
    L.ctext(W - 240 * k, H - 112 * k, 'READY', F('sansb', int(36 * k)), (40, 20, 0))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_games():
    game_profile('game_profile_za', (1280, 720), ((20, 24, 60), (90, 20, 80), (255, 170, 0)), 'PLAYER PROFILE', [
        ('Username', 'ShadowFox_2013', [(HA, 'ShadowFox_2013')]),
        ('Real name', 'Kofi Mensah', [(P, 'Kofi Mensah')]),
        ('Age', '12', [(AG, '12')]),
        ('City', 'Durban', [(LOC, 'Durban')]),
        ('Clan', 'Umhlanga Gamers', [(ORG, 'Umhlanga Gamers')]),
    ], [('Wins', '214'), ('K/D', '1.83'), ('Level', '42'), ('Playtime', '311 h')],
        'game profile card, username, real name, age, city, clan', 21)
    game_lobby('game_lobby_ie', (1600, 900), 'SQUAD LOBBY', [
        ('xX_Aarav_Xx', [(HA, 'xX_Aarav_Xx')], 37),
        ('liam.oconnor.cork', [(HA, 'liam.oconnor.cork')], 22),
        ('MiaPlays2014', [(HA, 'MiaPlays2014')], 15),
        ('Guest_5521', [], 1),
    ], [
        ('liam.oconnor.cork: hi im Liam', [(HA, 'liam.oconnor.cork'), (P, 'Liam')]),
        ("liam.oconnor.cork: i'm in 6th class", [(HA, 'liam.oconnor.cork'), (AG, '6th class')]),
        ('MiaPlays2014: lol same', [(HA, 'MiaPlays2014')]),
        ('xX_Aarav_Xx: gg', [(HA, 'xX_Aarav_Xx')]),
        ('liam.oconnor.cork: anyone from Cork?', [(HA, 'liam.oconnor.cork'), (LOC, 'Cork')]),
    ], 'game lobby, player handles, chat with first name, class and town', 22, post=dict(jpeg=70))
    game_profile('game_profile_nz', (720, 1280), ((240, 250, 255), (120, 200, 255), (0, 110, 200)), 'MY PROFILE', [
        ('@', 'ZoeW_Kiwi', [(HA, 'ZoeW_Kiwi')]),
        ('Bio', 'Zoe Walker | 10 yrs', [(P, 'Zoe Walker'), (AG, '10 yrs')]),
        ('From', 'Wellington', [(LOC, 'Wellington')]),
    ], [('Friends', '58'), ('Badges', '12')], 'mobile game profile, handle, name, age, city', 23, font='freeb')
    game_profile('game_profile_uk', (1024, 768), ((30, 140, 60), (10, 60, 30), (255, 255, 255)), 'builderboy_josh', [
        ('Display', 'Joshua Adeyemi', [(P, 'Joshua Adeyemi')]),
        ('About', 'Year 5, Oakfield Primary', [(AG, 'Year 5'), (SC, 'Oakfield Primary')]),
        ('Lives in', 'Bristol', [(LOC, 'Bristol')]),
    ], [('Visits', '12.4K'), ('Friends', '201')], 'block-game profile page, username as title, name, year, school, city', 24,
        post=dict(rot=-2, fill=(30, 140, 60)), title_leaks=[(HA, 'builderboy_josh')])
    game_lobby('game_lobby_in', (1920, 1080), 'PARTY  READY?', [
        ('Ishaan Reddy', [(P, 'Ishaan Reddy')], 48),
        ('ishaan_r_hyd', [(HA, 'ishaan_r_hyd')], 48),
        ('NightOwl', [(HA, 'NightOwl')], 30),
    ], [
        ('NightOwl: who is party leader', [(HA, 'NightOwl')]),
        ('ishaan_r_hyd: me, add me on insta', [(HA, 'ishaan_r_hyd')]),
        ('ishaan_r_hyd: @ishaan.plays', [(HA, 'ishaan_r_hyd'), (HA, '@ishaan.plays')]),
        ('ishaan_r_hyd: Hyderabad here', [(HA, 'ishaan_r_hyd'), (LOC, 'Hyderabad')]),
    ], 'large game lobby, real name as display name, handles, city', 25, post=dict(blur=0.8, jpeg=75))


# ---------------------------------------------------------------- parcels / envelopes
def cardboard(W, H, rnd):
    L = Layer(W, H, img=gradient(W, H, (196, 158, 110), (170, 130, 85), horizontal=rnd.random() < 0.5))
    L.blobs(30, rnd, pal=[(150, 110, 70), (210, 175, 125)], amin=15, amax=40, smin=60, smax=300, shapes='rl')
    L.grain(rnd, 10, 2)
    # tape
    tw = int(H * 0.12)
    ty = rnd.randint(int(H * 0.05), int(H * 0.15))
    ov = Image.new('RGBA', (W, H), (0, 0, 0, 0))
    ImageDraw.Draw(ov).rectangle([0, ty, W, ty + tw], fill=(225, 200, 150, 110))
    b = L.img.convert('RGBA')
    b.alpha_composite(ov)
    L.set_img(b.convert('RGB'))
    return L


def parcel(name, size, head, lines, notes, seed, sender=None, post=None, font='libb', lab_font='lib', angle=0, fs=34):
    rnd = random.Random(SEED + seed)
    W, H = size
    L = cardboard(W, H, rnd)
    k = W / 1600.0
    lw, lh_ = int(900 * k), int(640 * k)
    lab = card(lw, lh_, (252, 252, 248, 255), radius=6)
    lab.d.rectangle([0, 0, lw - 1, int(56 * k)], fill=(30, 30, 30, 255))
    lab.text((20 * k, 10 * k), head, F('sansb', int(30 * k)), (255, 255, 255, 255))
    lab.rtext(lw - 20 * k, 14 * k, 'PRIORITY', F('condb', int(24 * k)), (255, 210, 0, 255))
    y = 80 * k
    lab.text((24 * k, y), 'DELIVER TO:', F(lab_font, int(20 * k)), (90, 90, 90, 255))
    y += 32 * k
    y = lab.lines(24 * k, y, lines, F(font, int(fs * k)), (10, 10, 10, 255), lh=1.25)
    barcode(lab, int(24 * k), int(lh_ - 150 * k), int(lw * 0.6), int(90 * k), rnd, (0, 0, 0, 255))
    lab.text((24 * k, lh_ - 52 * k), 'TRK ' + ''.join(str(rnd.randint(0, 9)) for _ in range(14)), F('mono', int(20 * k)), (0, 0, 0, 255))
    if sender:
        lab.lines(lw * 0.64, lh_ - 150 * k, sender, F('lib', int(15 * k)), (60, 60, 60, 255), lh=1.3)
    shadow(L, (int(300 * k), int(300 * k), int(300 * k) + lw, int(300 * k) + lh_), radius=6, off=6, alpha=70)
    L.paste(lab, (int(W / 2 - lw / 2 - 30 * k), int(H / 2 - lh_ / 2 + 20 * k)), angle=angle)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def envelope(name, size, lines, notes, seed, ret=None, post=None, font='serifi', ink=(20, 30, 110), angle=0, fs=40):
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 1400.0
    L = Layer(W, H, img=gradient(W, H, (90, 70, 55), (60, 45, 35)))
    L.grain(rnd, 8, 3)
    ew, eh = int(W * 0.86), int(H * 0.74)
    env = card(ew, eh, (246, 240, 226, 255), radius=4)
    env.d.rectangle([ew - 150 * k, 30 * k, ew - 40 * k, 160 * k], fill=(200, 60, 60, 255), outline=(150, 30, 30, 255), width=3)
    env.ctext(ew - 95 * k, 70 * k, '1st', F('sansb', int(30 * k)), (255, 255, 255, 255))
    for i in range(5):
        env.d.arc([ew - 330 * k + i * 4, 40 * k + i * 12, ew - 140 * k, 150 * k + i * 12], 190, 350, fill=(60, 60, 60, 160), width=2)
    if ret:
        env.lines(40 * k, 36 * k, ret, F('sans', int(16 * k)), (70, 70, 70, 255), lh=1.3)
    env.lines(ew * 0.34, eh * 0.42, lines, F(font, int(fs * k)), ink + (255,), lh=1.3)
    L.paste(env, ((W - ew) // 2 - 10, (H - eh) // 2), angle=angle)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_parcels():
    parcel('parcel_uk', (1600, 1200), 'PARCEL 24', [
        ('Mrs Grace Adeyemi', [(P, 'Mrs Grace Adeyemi')]),
        ('Flat 3, 27 Victoria Road', [(AD, 'Flat 3, 27 Victoria Road')]),
        ('Bristol', [(AD, 'Bristol')]),
        ('BS6 5QE', [(AD, 'BS6 5QE')]),
        ('Tel 07700 900215', [(PH, '07700 900215')]),
    ], 'cardboard parcel with a UK address label', 31, sender=['From: Toyworld Online', 'Returns Dept.'],
        post=dict(rot=2.5, jpeg=70), angle=-3)
    parcel('parcel_au', (1400, 1050), 'AUS POST-IT EXPRESS', [
        ('Olivia Brennan', [(P, 'Olivia Brennan')]),
        ('Unit 5/18 Banksia Street', [(AD, 'Unit 5/18 Banksia Street')]),
        ('DEE WHY  NSW  2099', [(AD, 'DEE WHY  NSW  2099')]),
        ('Ph 0491 570 110', [(PH, '0491 570 110')]),
    ], 'parcel label, Australian address and mobile', 32, font='condb', post=dict(blur=0.9), angle=4, fs=40)
    parcel('parcel_za', (1200, 900), 'COURIER', [
        ('Sipho Mokoena', [(P, 'Sipho Mokoena')]),
        ('45 Jacaranda Street', [(AD, '45 Jacaranda Street')]),
        ('Lynnwood, Pretoria 0081', [(AD, 'Lynnwood, Pretoria 0081')]),
        ('Cell 082 555 0173', [(PH, '082 555 0173')]),
    ], 'courier label, South African address and mobile, smaller image', 33, font='narrowb', post=dict(noise=14, jpeg=62), angle=-6)
    parcel('parcel_in', (2000, 1500), 'SPEED POST', [
        ('To: Arjun Patel', [(P, 'Arjun Patel')]),
        ('21 Shanti Nagar, Near City Mall', [(AD, '21 Shanti Nagar, Near City Mall')]),
        ('Ahmedabad, Gujarat 380015', [(AD, 'Ahmedabad, Gujarat 380015')]),
        ('Mob: 98250 43121', [(PH, '98250 43121')]),
    ], 'large photo of a parcel, Indian address and mobile', 34, font='lib', post=dict(rot=-1.5, jpeg=80), angle=2, fs=30)
    envelope('envelope_ie', (1400, 1000), [
        ('Niamh Byrne', [(P, 'Niamh Byrne')]),
        ('12 Oakpark Grove', [(AD, '12 Oakpark Grove')]),
        ('Ballincollig', [(AD, 'Ballincollig')]),
        ('Co. Cork', [(AD, 'Co. Cork')]),
        ('P31 KX82', [(AD, 'P31 KX82')]),
    ], 'handwritten-style envelope, Irish address with eircode', 35, angle=-2, post=dict(jpeg=75))
    envelope('envelope_ca', (1600, 1100), [
        ('Ethan Tremblay', [(P, 'Ethan Tremblay')]),
        ('88 Birchmount Rd', [(AD, '88 Birchmount Rd')]),
        ('Scarborough ON  M1N 3J5', [(AD, 'Scarborough ON  M1N 3J5')]),
        'CANADA',
    ], 'envelope with return address, Canada', 36, ret=[
        ('Rose Tremblay', [(P, 'Rose Tremblay')]),
        ('12 Elm St, Kingston ON K7L 2B3', [(AD, '12 Elm St, Kingston ON K7L 2B3')]),
    ], font='freeseri', ink=(10, 10, 10), angle=3, fs=44, post=dict(blur=0.7, noise=8))


# ---------------------------------------------------------------- birthdays
def bunting(L, word, y, x0, x1, rnd, fnt, leaks_kind=None):
    n = len(word)
    step = (x1 - x0) / n
    L.d.line([x0 - 20, y - 6, x1 + 20, y - 6], fill=(80, 80, 80), width=3)
    boxes = []
    cols = [(239, 71, 111), (255, 209, 102), (6, 214, 160), (17, 138, 178), (155, 93, 229)]
    for i, ch in enumerate(word):
        cx = x0 + step * i + step / 2
        c = cols[i % len(cols)]
        L.d.polygon([(cx - step * 0.45, y), (cx + step * 0.45, y), (cx, y + step * 1.25)], fill=c)
        if ch != ' ':
            bb = L.ctext(cx, y + step * 0.12, ch, fnt, (255, 255, 255), stroke=1, stroke_fill=(60, 60, 60))
            boxes.append(bb)
    return boxes


def union(boxes):
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]


def make_birthdays():
    # banner of flags
    rnd = random.Random(SEED + 41)
    W, H = 1600, 900
    L = Layer(W, H, img=gradient(W, H, (250, 235, 245), (200, 225, 250)))
    L.blobs(40, rnd, pal=[(255, 120, 160), (120, 200, 255), (255, 220, 90)], amin=40, amax=120, smin=15, smax=45, shapes='e')
    bunting(L, 'HAPPY', 60, 300, 1300, rnd, F('sansb', 80))
    b2 = bunting(L, 'BIRTHDAY', 300, 120, 1480, rnd, F('sansb', 70))
    b3 = bunting(L, 'MAYA', 560, 500, 1100, rnd, F('sansb', 84))
    L.add(P, 'MAYA', union(b3))
    L.ctext(W / 2, 800, 'Maya turns 9!', F('serifbi', 52), (180, 40, 110), [(P, 'Maya'), (AG, 'turns 9')])
    finish(L, 'bday_banner_uk', 'party bunting spelling a first name, caption with age', rnd=rnd, rot=1.2, jpeg=78)

    # cake topper
    rnd = random.Random(SEED + 42)
    W, H = 1200, 1200
    L = Layer(W, H, img=gradient(W, H, (60, 40, 50), (120, 80, 70)))
    L.blobs(25, rnd, pal=[(255, 230, 150)], amin=20, amax=70, smin=5, smax=30, shapes='e')
    L.d.ellipse([180, 760, 1020, 1000], fill=(230, 230, 235))
    L.d.rectangle([240, 620, 960, 880], fill=(255, 182, 193))
    L.d.ellipse([240, 560, 960, 690], fill=(255, 210, 220))
    L.d.ellipse([240, 820, 960, 940], fill=(255, 182, 193))
    for i in range(7):
        x = 300 + i * 95
        L.d.rectangle([x, 500, x + 14, 600], fill=(120, 200, 255))
        L.d.ellipse([x - 6, 470, x + 20, 505], fill=(255, 200, 40))
    L.d.line([420, 470, 420, 300], fill=(200, 170, 60), width=6)
    L.d.line([780, 470, 780, 300], fill=(200, 170, 60), width=6)
    tf = F('serifbi', 74)
    L.ctext(600, 120, 'Happy 10th Birthday', tf, (212, 175, 55), [(AG, '10th Birthday')], stroke=2, stroke_fill=(120, 90, 20))
    L.ctext(600, 230, 'Arjun', F('serifbi', 110), (212, 175, 55), [(P, 'Arjun')], stroke=2, stroke_fill=(120, 90, 20))
    L.ctext(600, 720, '14.03.2016', F('sansb', 40), (120, 40, 70), [(DOB, '14.03.2016')])
    finish(L, 'cake_topper_in', 'cake with a gold topper, name, age and birth date iced on', rnd=rnd, blur=1.0, noise=10, jpeg=70)

    # poster on a door
    rnd = random.Random(SEED + 43)
    W, H = 1080, 1350
    L = Layer(W, H, img=gradient(W, H, (140, 100, 70), (110, 75, 50)))
    L.grain(rnd, 10, 2)
    pc = card(820, 1080, (255, 250, 235, 255), radius=4)
    pc.blobs(30, rnd, pal=[(255, 99, 132), (54, 162, 235), (255, 206, 86)], amin=120, amax=220, smin=8, smax=26, shapes='e')
    pc.ctext(410, 80, 'LEO IS 7!', F('sansb', 110), (230, 60, 60, 255), [(P, 'LEO'), (AG, 'IS 7')])
    pc.ctext(410, 260, 'Party at our place', F('freeseri', 52), (40, 40, 40, 255))
    pc.ctext(410, 340, '22 Kauri Road, Mt Eden', F('freeserb', 52), (40, 40, 40, 255), [(AD, '22 Kauri Road, Mt Eden')])
    pc.ctext(410, 440, 'Sat 6 Dec, 2pm - 5pm', F('free', 46), (40, 40, 40, 255))
    pc.ctext(410, 560, 'Bouncy castle + pizza', F('free', 40), (90, 90, 90, 255))
    pc.ctext(410, 980, 'Text Leo\'s mum 021 555 0138', F('free', 34), (40, 40, 40, 255), [(P, 'Leo'), (PH, '021 555 0138')])
    L.paste(pc, (120, 120), angle=-2.5)
    finish(L, 'bday_poster_nz', 'party poster taped on a door, name, age, address, phone', rnd=rnd, jpeg=82)

    # invitation card (flat)
    rnd = random.Random(SEED + 44)
    W, H = 900, 1260
    L = Layer(W, H, img=gradient(W, H, (255, 244, 214), (255, 214, 230)))
    L.blobs(18, rnd, pal=[(255, 160, 200), (160, 220, 255)], amin=60, amax=140, smin=30, smax=90, shapes='e')
    L.ctext(450, 90, "You're invited to", F('libseri', 56), (120, 60, 140))
    L.ctext(450, 180, "Amara's", F('libserb', 110), (200, 50, 120), [(P, 'Amara')])
    L.ctext(450, 320, '8th birthday!', F('libserb', 80), (200, 50, 120), [(AG, '8th birthday')])
    L.lines(450, 520, ['Saturday 13 December', '2pm - 5pm', ('Jump Zone, Sandton', [(LOC, 'Jump Zone, Sandton')])],
            F('lib', 46), (60, 40, 80), lh=1.4, align='c')
    L.ctext(450, 1050, 'RSVP to Mum 082 555 0148', F('libi', 36), (60, 40, 80), [(PH, '082 555 0148')])
    L.ctext(450, 1120, 'please no presents, just fun!', F('libi', 24), (120, 100, 130))
    finish(L, 'bday_invite_za', 'birthday invitation card, name, age, venue, phone')


# ---------------------------------------------------------------- school signs
def outdoor_bg(W, H, rnd, wall=(150, 70, 50)):
    L = Layer(W, H, img=gradient(W, H, (120, 175, 230), (215, 230, 245)))
    L.blobs(12, rnd, pal=[(255, 255, 255)], amin=80, amax=160, smin=40, smax=140, shapes='e')
    gy = int(H * 0.72)
    L.d.rectangle([0, gy, W, H], fill=(70, 130, 60))
    L.d.rectangle([0, int(H * 0.5), W, gy], fill=wall)
    bh, bw = max(10, H // 45), max(24, W // 25)
    for r, yy in enumerate(range(int(H * 0.5), gy, bh)):
        L.d.line([0, yy, W, yy], fill=(200, 190, 180), width=2)
        off = (bw // 2) * (r % 2)
        for xx in range(-off, W, bw):
            L.d.line([xx, yy, xx, yy + bh], fill=(200, 190, 180), width=2)
    L.grain(rnd, 9, 2)
    return L


def make_school_signs():
    rnd = random.Random(SEED + 51)
    W, H = 1600, 1200
    L = outdoor_bg(W, H, rnd)
    L.d.rectangle([330, 330, 350, 1000], fill=(60, 60, 60))
    L.d.rectangle([1250, 330, 1270, 1000], fill=(60, 60, 60))
    s = card(1100, 560, (15, 60, 120, 255), radius=10, outline=(255, 255, 255, 255), width=8)
    s.ctext(550, 40, 'Welcome to', F('libi', 44), (255, 255, 255, 255))
    s.ctext(550, 110, 'Larkspur Hill', F('libb', 96), (255, 255, 255, 255), [(SC, 'Larkspur Hill')])
    s.ctext(550, 220, 'Primary School', F('libb', 80), (255, 255, 255, 255), [(SC, 'Primary School')])
    s.d.line([100, 330, 1000, 330], fill=(255, 210, 0, 255), width=4)
    s.ctext(550, 350, 'Headteacher: Mrs A. Patel', F('lib', 40), (255, 255, 255, 255), [(P, 'Mrs A. Patel')])
    s.ctext(550, 410, 'Larkspur Road, Sheffield S7 1PQ', F('lib', 36), (255, 255, 255, 255), [(AD, 'Larkspur Road, Sheffield S7 1PQ')])
    s.ctext(550, 465, 'Tel 0114 496 0321', F('lib', 36), (255, 255, 255, 255), [(PH, '0114 496 0321')])
    L.paste(s, (250, 300), angle=1)
    finish(L, 'school_sign_uk', 'school entrance sign photo, school name on two lines, head teacher, address, phone',
           rnd=rnd, rot=-2, blur=0.8, jpeg=74)

    rnd = random.Random(SEED + 52)
    W, H = 1200, 900
    L = Layer(W, H, img=gradient(W, H, (120, 120, 115), (90, 90, 85)))
    L.blobs(60, rnd, pal=[(140, 140, 130), (70, 70, 65)], amin=40, amax=100, smin=10, smax=60, shapes='re')
    L.grain(rnd, 14, 2)
    pl = card(800, 460, (181, 148, 76, 255), radius=30, outline=(120, 90, 40, 255), width=10)
    pl.blobs(20, rnd, pal=[(210, 180, 100), (150, 120, 60)], amin=30, amax=70, smin=20, smax=80, shapes='e')
    for (x, y) in ((40, 40), (760, 40), (40, 420), (760, 420)):
        pl.d.ellipse([x - 12, y - 12, x + 12, y + 12], fill=(100, 80, 40, 255))
    pl.ctext(400, 60, "St. Brigid's", F('serifb', 72), (60, 40, 10, 255), [(SC, "St. Brigid's")])
    pl.ctext(400, 150, 'National School', F('serifb', 58), (60, 40, 10, 255), [(SC, 'National School')])
    pl.ctext(400, 240, 'Scoil Bhríde', F('serifi', 50), (60, 40, 10, 255), [(SC, 'Scoil Bhríde')])
    pl.ctext(400, 320, 'Ballincollig, Co. Cork', F('serif', 36), (60, 40, 10, 255), [(LOC, 'Ballincollig, Co. Cork')])
    pl.ctext(400, 375, 'Est. 1962', F('serif', 28), (60, 40, 10, 255))
    L.paste(pl, (190, 210), angle=-1.5)
    finish(L, 'gate_plaque_ie', 'brass plaque on a stone gate pillar, low contrast engraved school name (Irish and English)',
           rnd=rnd, blur=1.1, noise=10, jpeg=70)

    rnd = random.Random(SEED + 53)
    W, H = 1800, 1200
    L = outdoor_bg(W, H, rnd, wall=(200, 190, 160))
    L.d.rectangle([250, 180, 1550, 860], fill=(40, 40, 40))
    L.d.rectangle([280, 210, 1520, 360], fill=(150, 20, 30))
    L.ctext(900, 235, 'MAPLEWOOD ELEMENTARY', F('libb', 92), (255, 255, 255), [(SC, 'MAPLEWOOD ELEMENTARY')])
    L.d.rectangle([280, 380, 1520, 830], fill=(250, 250, 240))
    ff = F('monob', 62)
    L.ctext(900, 410, 'HOME OF THE MUSTANGS', ff, (20, 20, 20))
    L.ctext(900, 510, 'CONGRATS ETHAN T', ff, (20, 20, 20), [(P, 'ETHAN T')])
    L.ctext(900, 610, 'SPELLING BEE CHAMP', ff, (20, 20, 20))
    L.ctext(900, 710, 'PICTURE DAY OCT 14', ff, (20, 20, 20))
    finish(L, 'school_marquee_us', 'school marquee sign with a pupil name on the letter board', rnd=rnd, rot=2.2, jpeg=80)

    rnd = random.Random(SEED + 54)
    W, H = 1400, 1000
    L = outdoor_bg(W, H, rnd, wall=(230, 220, 200))
    L.d.rectangle([200, 200, 1200, 700], fill=(0, 100, 60))
    L.d.rectangle([215, 215, 1185, 685], outline=(255, 215, 0), width=5)
    L.ctext(700, 250, 'Bayview Public School', F('freeb', 78), (255, 255, 255), [(SC, 'Bayview Public School')])
    L.ctext(700, 360, 'Est. 1923', F('free', 40), (255, 215, 0))
    L.ctext(700, 440, 'Principal: Mr J. Nguyen', F('free', 44), (255, 255, 255), [(P, 'Mr J. Nguyen')])
    L.ctext(700, 520, '2 Pittwater Rd, Bayview NSW 2104', F('free', 40), (255, 255, 255), [(AD, '2 Pittwater Rd, Bayview NSW 2104')])
    L.ctext(700, 600, 'Respect  Responsibility  Learning', F('freeo', 30), (200, 230, 210))
    finish(L, 'school_sign_au', 'green school sign, school name, principal, address', rnd=rnd, blur=0.5, noise=8)


# ---------------------------------------------------------------- name labels
def table_bg(W, H, rnd, c1=(180, 140, 100), c2=(140, 100, 65)):
    L = Layer(W, H, img=gradient(W, H, c1, c2, horizontal=True))
    for _ in range(40):
        y = rnd.randrange(H)
        L.d.line([0, y, W, y + rnd.randint(-20, 20)], fill=tuple(max(0, c - rnd.randint(10, 30)) for c in c2), width=rnd.randint(1, 4))
    L.grain(rnd, 10, 2)
    return L


def sticker(w, h, fill, lines, font, fg, border=None, radius=20, lh=1.3, align='c', top=None):
    s = card(w, h, fill + (255,), radius=radius, outline=(border + (255,)) if border else None, width=4)
    n = len(lines)
    y = top if top is not None else (h - n * font.size * lh) / 2 + font.size * 0.1
    s.lines(w / 2 if align == 'c' else 24, y, lines, font, fg + (255,), lh=lh, align=align)
    return s


def make_labels():
    rnd = random.Random(SEED + 61)
    W, H = 1200, 900
    L = table_bg(W, H, rnd)
    L.d.rounded_rectangle([180, 180, 1020, 740], radius=60, fill=(40, 150, 220))
    L.d.rounded_rectangle([180, 180, 1020, 330], radius=60, fill=(30, 120, 190))
    L.d.rectangle([540, 240, 660, 290], fill=(240, 240, 240))
    st = sticker(560, 250, (255, 255, 255), [
        ('Ethan Tremblay', [(P, 'Ethan Tremblay')]),
        ('Gr. 4 - Rm 12', [(AG, 'Gr. 4')]),
        ('Glenview Public School', [(SC, 'Glenview Public School')]),
    ], F('freeb', 40), (20, 20, 20), border=(255, 90, 90))
    L.paste(st, (320, 400), angle=-4)
    finish(L, 'lunchbox_ca', 'lunch box with a name sticker: name, grade, school', rnd=rnd, blur=0.8, jpeg=76)

    rnd = random.Random(SEED + 62)
    W, H = 900, 1200
    L = Layer(W, H, img=gradient(W, H, (235, 235, 240), (190, 195, 205)))
    L.blobs(10, rnd, pal=[(255, 255, 255), (170, 170, 180)], amin=40, amax=100, smin=60, smax=200, shapes='e')
    L.d.rounded_rectangle([300, 120, 600, 220], radius=20, fill=(40, 40, 40))
    L.d.rounded_rectangle([250, 200, 650, 1100], radius=80, fill=(255, 120, 170))
    L.d.rectangle([280, 250, 320, 1050], fill=(255, 160, 200))
    st = sticker(340, 240, (255, 255, 255), [
        ('Aroha N.', [(P, 'Aroha N.')]),
        'Room 7',
        ('Kowhai Grove', [(SC, 'Kowhai Grove')]),
        ('School', [(SC, 'School')]),
    ], F('cond', 34), (30, 30, 120), radius=10)
    L.paste(st, (280, 520), angle=0)
    finish(L, 'bottle_nz', 'water bottle with a name label, small text, school name over two lines', rnd=rnd, noise=8)

    rnd = random.Random(SEED + 63)
    W, H = 1200, 900
    L = Layer(W, H, img=gradient(W, H, (60, 70, 90), (30, 35, 50)))
    L.d.rounded_rectangle([150, 120, 1050, 880], radius=80, fill=(200, 40, 60))
    L.d.rounded_rectangle([250, 420, 950, 880], radius=50, fill=(180, 30, 50))
    for x in range(260, 940, 24):
        L.d.line([x, 420, x + 12, 420], fill=(240, 200, 80), width=3)
    L.d.rectangle([560, 80, 640, 140], fill=(30, 30, 30))
    tag = card(440, 300, (250, 250, 250, 255), radius=16, outline=(30, 30, 30, 255), width=3)
    tag.ctext(220, 20, 'THIS BAG BELONGS TO', F('narrowb', 28), (100, 100, 100, 255))
    tag.ctext(220, 70, 'Zanele Dlamini', F('freeseri', 48), (10, 20, 120, 255), [(P, 'Zanele Dlamini')])
    tag.ctext(220, 140, 'Grade 3', F('freeseri', 40), (10, 20, 120, 255), [(AG, 'Grade 3')])
    tag.ctext(220, 210, 'If found call 082 555 0129', F('freeseri', 30), (10, 20, 120, 255), [(PH, '082 555 0129')])
    L.d.line([600, 140, 560, 250], fill=(30, 30, 30), width=4)
    L.paste(tag, (360, 230), angle=5)
    finish(L, 'schoolbag_za', 'school bag with hanging tag: name, grade, phone', rnd=rnd, rot=-1, blur=0.6, jpeg=68)

    rnd = random.Random(SEED + 64)
    W, H = 1000, 700
    L = table_bg(W, H, rnd, (230, 230, 225), (200, 200, 195))
    L.d.rounded_rectangle([80, 200, 920, 480], radius=120, fill=(90, 200, 140))
    L.d.line([140, 340, 860, 340], fill=(60, 150, 100), width=6)
    st = sticker(420, 150, (255, 250, 200), [
        ('Oliver Wright', [(P, 'Oliver Wright')]),
        ('Year 2  Class Oak', [(AG, 'Year 2')]),
        ('Brambleside Infants', [(SC, 'Brambleside Infants')]),
    ], F('sans', 26), (40, 40, 40), radius=8, lh=1.25)
    L.paste(st, (300, 260), angle=3)
    finish(L, 'pencilcase_uk', 'pencil case with a small name sticker', rnd=rnd, noise=6)


# ---------------------------------------------------------------- shirts
def shirt(L, cx, top, w, h, col, trim):
    pts = [(cx - w * 0.28, top), (cx - w * 0.1, top + h * 0.04), (cx + w * 0.1, top + h * 0.04), (cx + w * 0.28, top),
           (cx + w * 0.5, top + h * 0.12), (cx + w * 0.42, top + h * 0.3), (cx + w * 0.33, top + h * 0.26),
           (cx + w * 0.33, top + h), (cx - w * 0.33, top + h), (cx - w * 0.33, top + h * 0.26),
           (cx - w * 0.42, top + h * 0.3), (cx - w * 0.5, top + h * 0.12)]
    L.d.polygon(pts, fill=col, outline=trim, width=6)


def make_shirts():
    rnd = random.Random(SEED + 71)
    W, H = 1200, 1400
    L = Layer(W, H, img=gradient(W, H, (220, 225, 230), (180, 185, 190)))
    L.d.line([0, 90, W, 90], fill=(100, 100, 100), width=5)
    L.d.line([600, 90, 600, 160], fill=(100, 100, 100), width=5)
    shirt(L, 600, 150, 1000, 1150, (20, 50, 140), (255, 200, 0))
    L.ctext(600, 330, 'NGUYEN', F('sansb', 110), (255, 255, 255), [(P, 'NGUYEN')])
    L.ctext(600, 470, '10', F('sansb', 330), (255, 255, 255))
    L.ctext(600, 900, 'Eastside Eagles', F('serifbi', 64), (255, 200, 0), [(ORG, 'Eastside Eagles')])
    L.ctext(600, 990, 'U11', F('sansb', 60), (255, 200, 0), [(AG, 'U11')])
    finish(L, 'shirt_back_au', 'back of a football shirt hanging up: surname, number, local club, age group', rnd=rnd,
           rot=-2, noise=9, jpeg=78)

    rnd = random.Random(SEED + 72)
    W, H = 1600, 1100
    L = Layer(W, H, img=gradient(W, H, (90, 140, 70), (50, 100, 40)))
    L.grain(rnd, 12, 3)
    shirt(L, 480, 120, 700, 900, (220, 30, 40), (255, 255, 255))
    L.d.ellipse([640, 330, 720, 410], fill=(255, 255, 255))
    L.text((300, 520), 'Parkside Rovers FC', F('libb', 50), (255, 255, 255), [(ORG, 'Parkside Rovers FC')])
    L.text((360, 600), 'U9 Girls', F('libb', 44), (255, 255, 255), [(AG, 'U9')])
    shirt(L, 1150, 120, 700, 900, (220, 30, 40), (255, 255, 255))
    L.ctext(1150, 280, 'AOIFE', F('libb', 90), (255, 255, 255), [(P, 'AOIFE')])
    L.ctext(1150, 390, '7', F('libb', 280), (255, 255, 255))
    finish(L, 'shirts_front_back_ie', 'front and back of a kit laid on grass: club, age group, first name', rnd=rnd, blur=0.7, jpeg=72)

    rnd = random.Random(SEED + 73)
    W, H = 1000, 1250
    L = Layer(W, H, img=gradient(W, H, (40, 40, 45), (70, 70, 80)))
    shirt(L, 500, 100, 880, 1080, (250, 250, 250), (0, 90, 170))
    L.ctext(500, 260, 'KUMAR', F('condb', 100), (0, 70, 150), [(P, 'KUMAR')])
    L.ctext(500, 380, '23', F('condb', 280), (0, 70, 150))
    L.ctext(500, 760, 'Hyderabad Strikers U13', F('condb', 46), (200, 40, 40), [(ORG, 'Hyderabad Strikers'), (AG, 'U13')])
    L.ctext(500, 850, 'Sponsored by Reddy Motors', F('cond', 36), (90, 90, 90), [(ORG, 'Reddy Motors')])
    finish(L, 'shirt_cricket_in', 'white shirt: surname, number, club with age group, local sponsor', rnd=rnd, noise=7)


# ---------------------------------------------------------------- certificates
def certificate(name, size, title, lines, sign, notes, seed, theme, post=None, fonts=('serifb', 'serifbi', 'serif')):
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 1600.0
    bg, border, ink = theme
    L = Layer(W, H, bg)
    L.blobs(8, rnd, pal=[border], amin=10, amax=25, smin=int(100 * k), smax=int(300 * k), shapes='e')
    L.d.rectangle([30 * k, 30 * k, W - 30 * k, H - 30 * k], outline=border, width=int(14 * k))
    L.d.rectangle([60 * k, 60 * k, W - 60 * k, H - 60 * k], outline=border, width=int(4 * k))
    L.ctext(W / 2, 110 * k, title, F(fonts[0], int(80 * k)), border)
    y = 250 * k
    for it in lines:
        s, lk, fname, sz = it
        L.ctext(W / 2, y, s, F(fname, int(sz * k)), ink, lk)
        y += sz * k * 1.45
    x = 200 * k
    for s, lk in sign:
        L.d.line([x, H - 230 * k, x + 480 * k, H - 230 * k], fill=ink, width=2)
        L.text((x, H - 215 * k), s, F(fonts[2], int(30 * k)), ink, lk)
        x += 720 * k
    L.d.ellipse([W / 2 - 70 * k, H - 300 * k, W / 2 + 70 * k, H - 160 * k], fill=(212, 175, 55))
    L.ctext(W / 2, H - 252 * k, '*', F('sansb', int(60 * k)), (255, 255, 255))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_certs():
    certificate('cert_uk', (1600, 1130), 'Certificate of Achievement', [
        ('This certificate is awarded to', [], 'serifi', 36),
        ('Oliver Wright', [(P, 'Oliver Wright')], 'serifbi', 84),
        ('for being a Star Reader this term', [], 'serif', 40),
        ('Year 2, Brambleside Infant School', [(AG, 'Year 2'), (SC, 'Brambleside Infant School')], 'serif', 40),
        ('21 November 2026', [], 'serif', 32),
    ], [('Mrs K. Hughes, Class Teacher', [(P, 'Mrs K. Hughes')]), ('Headteacher', [])],
        'school certificate, name, year group, school, teacher', 81, ((255, 252, 240), (20, 70, 140), (30, 30, 40)))
    certificate('cert_us', (1650, 1275), "PRINCIPAL'S HONOR ROLL", [
        ('presented to', [], 'libseri', 40),
        ('Jayden Brooks', [(P, 'Jayden Brooks')], 'libserb', 90),
        ('Grade 5 - Maple Ridge Elementary', [(AG, 'Grade 5'), (SC, 'Maple Ridge Elementary')], 'libser', 44),
        ('for academic excellence, Fall 2026', [], 'libser', 38),
    ], [('Dr. L. Martinez, Principal', [(P, 'Dr. L. Martinez')]), ('Date', [])],
        'honor roll certificate photographed at an angle', 82, ((250, 248, 255), (120, 20, 40), (20, 20, 20)),
        post=dict(rot=3, fill=(60, 60, 60), blur=0.8, jpeg=70), fonts=('libserb', 'libserb', 'libser'))
    certificate('cert_in', (1400, 990), 'CERTIFICATE OF MERIT', [
        ('First Prize - Inter-School Quiz 2026', [], 'freeserb', 40),
        ('awarded to Ananya Iyer', [(P, 'Ananya Iyer')], 'freeserbi', 64),
        ('Class VI, Sunrise Valley Public School, Chennai',
         [(AG, 'Class VI'), (SC, 'Sunrise Valley Public School'), (LOC, 'Chennai')], 'freeser', 36),
    ], [('Mrs S. Raghavan', [(P, 'Mrs S. Raghavan')]), ('Principal', [])],
        'merit certificate, name, class, school, city', 83, ((255, 245, 225), (160, 90, 20), (60, 30, 10)),
        post=dict(noise=10, jpeg=66), fonts=('freeserb', 'freeserbi', 'freeser'))
    certificate('cert_nz', (1500, 1060), 'Swimming Award', [
        ('Hemi Walker', [(P, 'Hemi Walker')], 'sansb', 80),
        ('swam 25 metres freestyle', [], 'sans', 40),
        ('Mt Albert Aquatic Club - age 8', [(ORG, 'Mt Albert Aquatic Club'), (AG, 'age 8')], 'sans', 40),
    ], [('Coach Tama Rewi', [(P, 'Tama Rewi')]), ('Club Captain', [])],
        'swim club award, name, club, age, coach', 84, ((230, 248, 255), (0, 120, 170), (10, 40, 60)), fonts=('sansb', 'sansb', 'sans'))


# ---------------------------------------------------------------- house plaques + street signs
def make_houses():
    rnd = random.Random(SEED + 91)
    W, H = 1600, 1200
    L = Layer(W, H, (150, 70, 50))
    for r, yy in enumerate(range(0, H, 40)):
        L.d.line([0, yy, W, yy], fill=(205, 195, 185), width=4)
        off = 45 * (r % 2)
        for xx in range(-off, W, 90):
            L.d.line([xx, yy, xx, yy + 40], fill=(205, 195, 185), width=4)
    L.blobs(80, rnd, pal=[(120, 50, 35), (175, 90, 65)], amin=40, amax=110, smin=10, smax=40, shapes='r')
    L.grain(rnd, 14, 2)
    L.d.rectangle([150, 250, 1150, 500], fill=(255, 255, 255), outline=(0, 0, 0), width=10)
    L.ctext(650, 290, 'RAVENSWOOD AVENUE', F('sansb', 76), (0, 0, 0), [(AD, 'RAVENSWOOD AVENUE')])
    L.ctext(650, 400, 'LONDON SE19', F('sans', 60), (200, 0, 0), [(AD, 'LONDON SE19')])
    L.d.ellipse([1200, 650, 1480, 930], fill=(20, 30, 60), outline=(200, 180, 120), width=8)
    L.ctext(1340, 690, '27', F('serifb', 150), (230, 210, 150), [(AD, '27')])
    finish(L, 'house_street_uk', 'street name sign and a house-number plaque on a brick wall', rnd=rnd, rot=-1.8, blur=0.9, jpeg=72)

    rnd = random.Random(SEED + 92)
    W, H = 1400, 1050
    L = Layer(W, H, img=gradient(W, H, (150, 200, 240), (230, 240, 250)))
    L.d.rectangle([0, 700, W, H], fill=(90, 150, 70))
    L.grain(rnd, 8, 2)
    L.d.rectangle([290, 260, 310, 1000], fill=(120, 120, 120))
    L.d.rectangle([60, 160, 560, 270], fill=(0, 110, 60), outline=(255, 255, 255), width=5)
    L.ctext(310, 180, 'Magnolia Ct', F('libb', 70), (255, 255, 255), [(AD, 'Magnolia Ct')])
    L.d.rectangle([920, 560, 960, 1000], fill=(90, 60, 40))
    L.d.rounded_rectangle([780, 380, 1120, 580], radius=60, fill=(30, 30, 30))
    L.ctext(950, 420, '1482', F('libb', 90), (240, 200, 60), [(AD, '1482')])
    L.ctext(950, 520, 'The Robinsons', F('libi', 36), (255, 255, 255), [(P, 'The Robinsons')])
    finish(L, 'mailbox_street_us', 'street sign next to a mailbox with house number and family name', rnd=rnd, noise=8, jpeg=80)

    rnd = random.Random(SEED + 93)
    W, H = 1200, 1200
    L = Layer(W, H, img=gradient(W, H, (110, 160, 90), (60, 110, 50)))
    L.blobs(80, rnd, pal=[(40, 90, 30), (140, 190, 100)], amin=60, amax=160, smin=10, smax=50, shapes='e')
    L.d.rectangle([100, 150, 1100, 330], fill=(255, 255, 255), outline=(20, 60, 140), width=8)
    L.ctext(600, 185, 'Pohutukawa Street', F('freeb', 90), (20, 60, 140), [(AD, 'Pohutukawa Street')])
    L.d.rectangle([400, 500, 800, 760], fill=(240, 240, 235))
    L.d.rectangle([400, 500, 800, 560], fill=(200, 40, 40))
    L.ctext(600, 580, '14', F('freeb', 140), (20, 20, 20), [(AD, '14')])
    L.d.rectangle([560, 760, 640, 1150], fill=(100, 80, 60))
    finish(L, 'letterbox_street_nz', 'street sign behind a letterbox with a house number', rnd=rnd, rot=2.5, blur=0.6)


# ---------------------------------------------------------------- timetables
def timetable(name, size, head, sub, days, periods, cells, notes, seed, post=None, font='lib', head_leaks=(), sub_leaks=(),
              theme=((255, 255, 255), (60, 110, 190))):
    rnd = random.Random(SEED + seed)
    W, H = size
    bg, acc = theme
    L = Layer(W, H, bg)
    k = W / 1600.0
    L.text((50 * k, 40 * k), head, F(font.replace('lib', 'libb') if font == 'lib' else font + 'b', int(48 * k)), acc, head_leaks)
    L.text((50 * k, 110 * k), sub, F(font, int(30 * k)), (60, 60, 60), sub_leaks)
    x0, y0 = 50 * k, 180 * k
    cw = (W - 100 * k - 200 * k) / len(days)
    rh = (H - y0 - 60 * k) / (len(periods) + 1)
    L.d.rectangle([x0, y0, W - 50 * k, y0 + rh], fill=acc)
    for i, d in enumerate(days):
        L.ctext(x0 + 200 * k + cw * i + cw / 2, y0 + rh / 2 - 16 * k, d, F(font, int(28 * k)), (255, 255, 255))
    pal = [(255, 230, 200), (210, 240, 210), (210, 225, 250), (250, 215, 235), (240, 240, 200), (225, 210, 250)]
    cf = F(font, int(24 * k))
    for j, p in enumerate(periods):
        yy = y0 + rh * (j + 1)
        L.text((x0 + 10 * k, yy + rh / 2 - 14 * k), p, F(font, int(22 * k)), (60, 60, 60))
        for i in range(len(days)):
            c = cells[j][i]
            s, lk = (c, ()) if isinstance(c, str) else c
            L.d.rectangle([x0 + 200 * k + cw * i, yy, x0 + 200 * k + cw * (i + 1), yy + rh], fill=pal[(sum(map(ord, s)) % len(pal))], outline=(150, 150, 150))
            L.ctext(x0 + 200 * k + cw * i + cw / 2, yy + rh / 2 - 14 * k, s, cf, (30, 30, 30), lk)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_timetables():
    D5 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    timetable('timetable_nz', (1600, 1100), 'Room 9 Timetable - Kowhai Grove School', "Hemi Walker's copy  |  Year 6  |  Term 4",
              D5, ['9:00', '10:00', '11:00', '12:30', '1:30', '2:30'], [
                  ['Reading', 'Maths', 'Reading', 'Maths', 'Assembly'],
                  ['Maths', 'Te Reo', 'Maths', 'Science', 'Maths'],
                  ['Writing', 'PE', 'Art', 'Writing', 'Kapa Haka'],
                  ['Lunch', 'Lunch', 'Lunch', 'Lunch', 'Lunch'],
                  ['Science', 'Library', ('Whaea Mere', [(P, 'Whaea Mere')]), 'Music', 'Sport'],
                  ['Inquiry', 'Inquiry', 'Swimming', 'Inquiry', 'Golden Time'],
              ], 'class timetable: school, pupil name, year group, teacher', 101,
              head_leaks=[(SC, 'Kowhai Grove School')], sub_leaks=[(P, 'Hemi Walker'), (AG, 'Year 6')])
    timetable('timetable_uk', (1400, 1000), 'Ashcombe Park Academy', 'Leila H.  -  Year 8  -  Week A',
              D5, ['P1', 'P2', 'Break', 'P3', 'P4', 'Lunch', 'P5'], [
                  ['English', 'Maths', 'French', 'Science', 'History'],
                  ['Maths', 'Science', 'English', 'Art', 'Maths'],
                  ['-', '-', '-', '-', '-'],
                  ['Geography', 'PE', 'Maths', 'English', 'Drama'],
                  ['Science', 'Computing', 'RE', 'Maths', 'English'],
                  ['-', '-', '-', '-', '-'],
                  ['Music', 'English', 'PE', 'French', 'Tutor'],
              ], 'secondary school timetable photo: school, name, year group', 102, font='cond',
              head_leaks=[(SC, 'Ashcombe Park Academy')], sub_leaks=[(P, 'Leila H.'), (AG, 'Year 8')],
              theme=((250, 250, 245), (120, 30, 90)), post=dict(rot=-2.5, fill=(80, 80, 80), blur=0.7, jpeg=74))
    timetable('timetable_in', (1280, 960), 'Sunrise Valley Public School', 'Class VII-B   Ishaan Reddy   2026-27',
              ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], ['I', 'II', 'III', 'IV', 'V'], [
                  ['Eng', 'Hindi', 'Maths', 'Sci', 'SST', 'Eng'],
                  ['Maths', 'Sci', 'Eng', 'Maths', 'Hindi', 'Art'],
                  ['Sci', 'SST', 'Comp', 'Telugu', 'Maths', 'Games'],
                  ['SST', 'Maths', 'Hindi', 'Eng', 'Sci', 'Club'],
                  ['Telugu', 'Games', 'Sci', 'SST', 'Eng', '-'],
              ], 'timetable with school, class and pupil name, small font', 103, font='free',
              head_leaks=[(SC, 'Sunrise Valley Public School')], sub_leaks=[(AG, 'Class VII'), (P, 'Ishaan Reddy')],
              theme=((255, 250, 240), (200, 90, 20)), post=dict(noise=9))


# ---------------------------------------------------------------- passes / cards
def pass_card(name, size, org, title, rows, notes, seed, col, post=None, photo=True, font='lib', org_leaks=()):
    rnd = random.Random(SEED + seed)
    W, H = size
    L = table_bg(W, H, rnd, (90, 90, 100), (60, 60, 70)) if rnd.random() < 0.5 else Layer(W, H, img=gradient(W, H, (200, 200, 190), (150, 150, 140)))
    k = W / 1400.0
    cw, ch = int(860 * k), int(540 * k)
    c = card(cw, ch, (250, 250, 250, 255), radius=int(30 * k))
    c.d.rounded_rectangle([0, 0, cw - 1, int(120 * k)], radius=int(30 * k), fill=col + (255,))
    c.d.rectangle([0, int(80 * k), cw - 1, int(120 * k)], fill=col + (255,))
    c.text((30 * k, 20 * k), org, F(font + 'b' if font in ('lib', 'free', 'sans') else font, int(36 * k)), (255, 255, 255, 255), org_leaks)
    c.text((30 * k, 70 * k), title, F(font, int(24 * k)), (240, 240, 240, 255))
    if photo:
        c.d.rectangle([30 * k, 150 * k, 230 * k, 400 * k], fill=(200, 205, 215, 255))
        c.d.ellipse([80 * k, 190 * k, 180 * k, 290 * k], fill=(150, 155, 170, 255))
        c.d.ellipse([55 * k, 300 * k, 205 * k, 450 * k], fill=(150, 155, 170, 255))
        c.d.rectangle([30 * k, 400 * k, 230 * k, 460 * k], fill=(250, 250, 250, 255))
    x = 260 * k if photo else 40 * k
    y = 150 * k
    for lab, val, lk in rows:
        c.text((x, y), lab, F(font, int(18 * k)), (110, 110, 110, 255))
        c.text((x, y + 22 * k), val, F(font + 'b' if font in ('lib', 'free', 'sans') else font, int(30 * k)), (20, 20, 20, 255), lk)
        y += 70 * k
    barcode(c, int(cw - 300 * k), int(ch - 90 * k), int(260 * k), int(60 * k), rnd, (0, 0, 0, 255))
    L.paste(c, (int((W - cw) / 2), int((H - ch) / 2)), angle=rnd.uniform(-6, 6))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_passes():
    pass_card('library_card_ca', (1400, 1000), 'Scarborough Civic Library', 'Junior Member', [
        ('Name', 'Chloe Tremblay', [(P, 'Chloe Tremblay')]),
        ('Date of birth', '07/09/2014', [(DOB, '07/09/2014')]),
        ('Card no.', '2 9876 01234 5678', []),
    ], 'library card photo: name, birth date', 111, (180, 30, 40), post=dict(jpeg=70), org_leaks=[(ORG, 'Scarborough Civic Library')])
    pass_card('bus_pass_au', (1200, 900), 'Student Concession', 'School travel pass 2026', [
        ('Name', 'Jack Thompson', [(P, 'Jack Thompson')]),
        ('School', 'Bayview College', [(SC, 'Bayview College')]),
        ('Year', 'Year 9', [(AG, 'Year 9')]),
        ('Valid to', '31/12/2026', []),
    ], 'student bus pass: name, school, year group', 112, (0, 120, 110), post=dict(blur=0.9, noise=10, jpeg=65), font='free')
    pass_card('youth_pass_uk', (1400, 1050), 'Metro Youth Pass', 'Youth photocard', [
        ('Name', 'Amelia Clarke', [(P, 'Amelia Clarke')]),
        ('DOB', '02/05/2012', [(DOB, '02/05/2012')]),
        ('Valid until', '01/09/2027', []),
    ], 'youth travel photocard: name, birth date', 113, (20, 60, 160))
    pass_card('library_card_za', (1000, 750), 'Claremont Library', 'Learner member', [
        ('Member', 'Zanele Dlamini', [(P, 'Zanele Dlamini')]),
        ('Learner', 'Grade 3', [(AG, 'Grade 3')]),
        ('Tel', '021 555 0186', [(PH, '021 555 0186')]),
    ], 'small library card: name, grade, phone', 114, (90, 40, 130), photo=False, font='sans',
        org_leaks=[(ORG, 'Claremont Library')], post=dict(rot=1.5))


# ---------------------------------------------------------------- forms / homework
def paper(W, H, rnd, lined=False, bg=None):
    L = Layer(W, H, img=bg if bg is not None else gradient(W, H, (120, 110, 100), (80, 75, 70)))
    L.grain(rnd, 8, 3)
    return L


def form(name, size, title, fields, notes, seed, post=None, hand='freeseri', ink=(20, 40, 140), angle=0, small=False, title_leaks=()):
    """fields: (label, value, leaks)"""
    rnd = random.Random(SEED + seed)
    W, H = size
    L = paper(W, H, rnd)
    k = W / 1400.0
    pw, ph = int(W * 0.8), int(H * 0.9)
    pg = card(pw, ph, (252, 252, 250, 255), radius=2)
    pg.text((50 * k, 40 * k), title, F('libb', int(44 * k)), (20, 20, 20, 255), title_leaks)
    pg.text((50 * k, 100 * k), 'Please complete in BLOCK CAPITALS or clear handwriting.', F('lib', int(16 * k)), (90, 90, 90, 255))
    y = 150 * k
    lf = F('lib', int((16 if small else 22) * k))
    vf = F(hand, int((26 if small else 34) * k))
    for lab, val, lk in fields:
        pg.text((50 * k, y + 12 * k), lab, lf, (60, 60, 60, 255))
        x = 50 * k + 280 * k
        pg.d.line([x, y + 44 * k, pw - 50 * k, y + 44 * k], fill=(150, 150, 150, 255), width=1)
        if val:
            pg.text((x + 10 * k, y), val, vf, ink + (255,), lk)
        y += (58 if small else 70) * k
    pg.text((50 * k, ph - 80 * k), 'Signature of parent/guardian: ______________________', lf, (60, 60, 60, 255))
    L.paste(pg, (int((W - pw) / 2), int((H - ph) / 2)), angle=angle)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_forms():
    form('form_camp_us', (1400, 1800), 'Summer Camp Registration 2026', [
        ('Camper name', 'Madison Reyes', [(P, 'Madison Reyes')]),
        ('Date of birth', '03/03/2014', [(DOB, '03/03/2014')]),
        ('Age', '12', [(AG, '12')]),
        ('Home address', '2218 Willow Creek Dr', [(AD, '2218 Willow Creek Dr')]),
        ('City / ZIP', 'Austin, TX 78745', [(AD, 'Austin, TX 78745')]),
        ('Parent / guardian', 'Carla Reyes', [(P, 'Carla Reyes')]),
        ('Phone', '(512) 555-0147', [(PH, '(512) 555-0147')]),
        ('Email', 'carla.reyes.atx@gmail.com', [(EM, 'carla.reyes.atx@gmail.com')]),
        ('School', 'Cedar Hollow Middle School', [(SC, 'Cedar Hollow Middle School')]),
        ('Allergies', 'peanuts', []),
    ], 'filled-in camp registration form', 121, angle=-1.5, post=dict(jpeg=78))
    form('form_swim_uk', (1240, 1754), 'Otterbrook Swimming Club - Membership', [
        ('Swimmer', 'Joshua Adeyemi', [(P, 'Joshua Adeyemi')]),
        ('DOB', '19/07/2016', [(DOB, '19/07/2016')]),
        ('Address', '41 Gloucester Road', [(AD, '41 Gloucester Road')]),
        ('Town / postcode', 'Bristol BS7 8AE', [(AD, 'Bristol BS7 8AE')]),
        ('Parent mobile', '07700 900872', [(PH, '07700 900872')]),
        ('Email', 'f.adeyemi@btinternet.com', [(EM, 'f.adeyemi@btinternet.com')]),
        ('School / year', 'Oakfield Primary, Year 5', [(SC, 'Oakfield Primary'), (AG, 'Year 5')]),
        ('Medical', 'none', []),
    ], 'swimming club membership form, smaller text, photographed', 122, hand='libseri', ink=(10, 10, 10), angle=2.5,
        post=dict(rot=-1, blur=0.8, noise=10, jpeg=66), small=True,
        title_leaks=[(ORG, 'Otterbrook Swimming Club')])
    form('form_netball_za', (1400, 1600), 'Northside Netball Club - Player Form', [
        ('Full name', 'Amara Okonkwo', [(P, 'Amara Okonkwo')]),
        ('Date of birth', '9 March 2018', [(DOB, '9 March 2018')]),
        ('Address', '17 Kingfisher Crescent, Bryanston', [(AD, '17 Kingfisher Crescent, Bryanston')]),
        ('Parent cell', '082 555 0148', [(PH, '082 555 0148')]),
        ('School', 'Bryanston Primary', [(SC, 'Bryanston Primary')]),
        ('Age group', 'U9', [(AG, 'U9')]),
    ], 'netball club player form, South Africa', 123, hand='sanso', ink=(0, 0, 0), post=dict(noise=6),
        title_leaks=[(ORG, 'Northside Netball Club')])


def homework(name, size, header, school, body, notes, seed, post=None, hand='freeseri', angle=0, grid=False):
    rnd = random.Random(SEED + seed)
    W, H = size
    L = table_bg(W, H, rnd, (200, 170, 120), (170, 140, 95))
    k = W / 1400.0
    pw, ph = int(W * 0.78), int(H * 0.92)
    pg = card(pw, ph, (255, 255, 255, 255), radius=2)
    for yy in range(int(260 * k), ph, int(48 * k)):
        pg.d.line([0, yy, pw, yy], fill=(170, 200, 235, 255), width=1)
    pg.d.line([90 * k, 0, 90 * k, ph], fill=(240, 150, 150, 255), width=2)
    pg.text((110 * k, 40 * k), school[0], F('libb', int(30 * k)), (40, 40, 40, 255), school[1])
    x = 110 * k
    for lab, val, lk in header:
        pg.text((x, 110 * k), lab, F('lib', int(24 * k)), (40, 40, 40, 255))
        x += pg.tl(lab, F('lib', int(24 * k))) + 8 * k
        pg.text((x, 100 * k), val, F(hand, int(34 * k)), (30, 30, 120, 255), lk)
        x += pg.tl(val, F(hand, int(34 * k))) + 40 * k
    y = 270 * k
    for s in body:
        pg.text((120 * k, y - 34 * k), s, F(hand, int(32 * k)), (50, 50, 50, 255))
        y += 48 * k
    L.paste(pg, (int((W - pw) / 2), int((H - ph) / 2)), angle=angle)
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_homework():
    homework('homework_za', (1400, 1800), [
        ('Name:', 'Thabo Nkosi', [(P, 'Thabo Nkosi')]),
        ('Class:', 'Grade 5', [(AG, 'Grade 5')]),
        ('Date:', '3 Nov', []),
    ], ('Rosebank Primary - Mathematics', [(SC, 'Rosebank Primary')]),
        ['1)  345 + 278 = 623', '2)  912 - 457 = 455', '3)  24 x 6 = 144', '4)  96 / 8 = 12', '5)  Round 4 678 to the nearest 100',
         '     = 4 700'], 'maths homework sheet, name, grade, school', 131, angle=-2, post=dict(jpeg=72))
    homework('homework_au', (1200, 1600), [
        ('Name:', 'Ava Nguyen', [(P, 'Ava Nguyen')]),
        ('', 'Year 4', [(AG, 'Year 4')]),
    ], ('Bayview Public School - Spelling List 7', [(SC, 'Bayview Public School')]),
        ['because', 'friend', 'beautiful', 'surprise', 'library', 'February', 'separate', 'different'],
        'spelling homework, name, year, school, blurred photo', 132, hand='libseri', angle=3, post=dict(blur=1.2, noise=8, jpeg=64))
    homework('homework_us', (1500, 1940), [
        ('Name:', 'Daniel Kim', [(P, 'Daniel Kim')]),
        ('Teacher:', 'Mrs. Patterson', [(P, 'Mrs. Patterson')]),
        ('', '3rd grade', [(AG, '3rd grade')]),
    ], ('Fairmont Elementary  -  Reading Log', [(SC, 'Fairmont Elementary')]),
        ['Mon  - 20 min - Charlotte\'s Web ch. 4', 'Tue  - 25 min - ch. 5', 'Wed  - 15 min', 'Thu  - 30 min - finished!',
         'Parent signature: ..........'], 'reading log with name, teacher, grade and school', 133, hand='freeseri', angle=-1)


# ---------------------------------------------------------------- phone lock screens / contact cards
def lockscreen(name, size, wall, time_s, date_s, notifs, notes, seed, footer=None, post=None):
    """notifs: (app, [line or (line, leaks)])"""
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 540.0
    L = Layer(W, H, img=gradient(W, H, wall[0], wall[1]))
    L.blobs(14, rnd, pal=[wall[2], (255, 255, 255)], amin=20, amax=70, smin=int(40 * k), smax=int(200 * k), shapes='e')
    status_bar(L, (255, 255, 255), int(34 * k), t='')
    L.ctext(W / 2, 90 * k, date_s, F('sans', int(20 * k)), (255, 255, 255))
    L.ctext(W / 2, 115 * k, time_s, F('sansxl', int(96 * k)), (255, 255, 255))
    y = 300 * k
    for app, lines in notifs:
        n = len(lines)
        c = card(int(W - 30 * k), int((62 + 26 * n) * k), (245, 245, 248, 215), radius=int(20 * k))
        c.d.rounded_rectangle([14 * k, 14 * k, 40 * k, 40 * k], radius=6, fill=(52, 199, 89, 255))
        c.text((50 * k, 16 * k), app.upper(), F('sans', int(13 * k)), (90, 90, 95, 255))
        c.rtext(W - 50 * k, 16 * k, 'now', F('sans', int(13 * k)), (90, 90, 95, 255))
        yy = 46 * k
        for i, s in enumerate(lines):
            s, lk = (s, ()) if isinstance(s, str) else s
            c.text((16 * k, yy), s, F('sansb' if i == 0 else 'sans', int(16 * k)), (20, 20, 20, 255), lk)
            yy += 26 * k
        L.paste(c, (15 * k, y))
        y += (62 + 26 * n + 12) * k
    if footer:
        for s, lk in footer:
            L.ctext(W / 2, H - 150 * k, s, F('sans', int(15 * k)), (255, 255, 255), lk)
            H2 = 0
    L.d.rounded_rectangle([W / 2 - 70 * k, H - 20 * k, W / 2 + 70 * k, H - 14 * k], radius=3, fill=(255, 255, 255))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def contact_card(name, size, dark, full, rows, notes, seed, post=None):
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 540.0
    bg = (0, 0, 0) if dark else (242, 242, 247)
    fg = (255, 255, 255) if dark else (0, 0, 0)
    cb = (28, 28, 30) if dark else (255, 255, 255)
    L = Layer(W, H, bg)
    status_bar(L, fg, int(34 * k))
    L.text((16 * k, 46 * k), '< Contacts', F('sans', int(17 * k)), (10, 132, 255))
    L.rtext(W - 16 * k, 46 * k, 'Edit', F('sans', int(17 * k)), (10, 132, 255))
    r = int(56 * k)
    L.d.ellipse([W / 2 - r, 90 * k, W / 2 + r, 90 * k + 2 * r], fill=(150, 150, 160))
    ini = ''.join(w[0] for w in full[0].split()[:2])
    L.ctext(W / 2, 90 * k + r - 26 * k, ini, F('sans', int(44 * k)), (255, 255, 255))
    L.ctext(W / 2, 220 * k, full[0], F('sans', int(28 * k)), fg, full[1])
    y = 290 * k
    for lab, val, lk in rows:
        vals = val if isinstance(val, list) else [val]
        hh = (34 + 24 * len(vals)) * k
        L.d.rounded_rectangle([14 * k, y, W - 14 * k, y + hh], radius=int(12 * k), fill=cb)
        L.text((30 * k, y + 10 * k), lab, F('sans', int(13 * k)), fg)
        yy = y + 30 * k
        for i, v in enumerate(vals):
            L.text((30 * k, yy), v, F('sans', int(17 * k)), (10, 132, 255) if lab in ('mobile', 'home', 'email') else fg, lk[i] if isinstance(val, list) else lk)
            yy += 24 * k
        y += hh + 12 * k
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_phones():
    lockscreen('lockscreen_au', (540, 960), ((40, 20, 90), (220, 90, 140), (255, 200, 120)), '7:42', 'Thursday 4 December', [
        ('Messages', [('Mum', [])] + [('pick you up at Hillcrest Primary at 3:15', [(SC, 'Hillcrest Primary')])]),
        ('Snapchat', [('rubyc_2013', [(HA, 'rubyc_2013')]), 'sent you a Snap']),
    ], 'lock screen with notifications and an owner message', 141,
        footer=[("Ruby Chen's phone - if found call 0491 570 156", [(P, 'Ruby Chen'), (PH, '0491 570 156')])])
    lockscreen('lockscreen_uk', (720, 1280), ((10, 40, 60), (30, 120, 130), (120, 220, 200)), '16:20', 'Friday 5 December', [
        ('WhatsApp', ['Grandad', ('happy 11th birthday Oliver!!', [(AG, '11th birthday'), (P, 'Oliver')])]),
        ('Messages', ['Mum', ('at the Brambleside gates, blue car', [(SC, 'Brambleside')])]),
    ], 'lock screen notifications: birthday with age and name, school gate', 142, post=dict(jpeg=70))
    contact_card('contact_nz', (540, 960), False, ('Aroha Ngata', [(P, 'Aroha Ngata')]), [
        ('mobile', '021 555 0147', [(PH, '021 555 0147')]),
        ('home', ['12 Pohutukawa Street', 'Ponsonby, Auckland 1011'], [[(AD, '12 Pohutukawa Street')], [(AD, 'Ponsonby, Auckland 1011')]]),
        ('email', 'aroha.ngata13@xtra.co.nz', [(EM, 'aroha.ngata13@xtra.co.nz')]),
        ('birthday', '18 June 2013', [(DOB, '18 June 2013')]),
    ], 'contact card screenshot, light', 143)
    contact_card('contact_in', (720, 1280), True, ('Ishaan Reddy', [(P, 'Ishaan Reddy')]), [
        ('mobile', '+91 99490 27315', [(PH, '+91 99490 27315')]),
        ('email', 'ishaan.r.2013@gmail.com', [(EM, 'ishaan.r.2013@gmail.com')]),
        ('birthday', '21 August 2013', [(DOB, '21 August 2013')]),
        ('notes', ['Class 7B, Sunrise Valley', 'Banjara Hills, Hyderabad'], [[(AG, 'Class 7'), (SC, 'Sunrise Valley')], [(LOC, 'Banjara Hills, Hyderabad')]]),
    ], 'contact card screenshot, dark', 144, post=dict(jpeg=82))


# ---------------------------------------------------------------- flyers / whiteboards
def make_flyers():
    rnd = random.Random(SEED + 151)
    W, H = 1240, 1754
    L = Layer(W, H, img=gradient(W, H, (255, 240, 250), (255, 200, 225)))
    L.blobs(20, rnd, pal=[(230, 60, 140), (255, 160, 200)], amin=40, amax=100, smin=30, smax=160, shapes='e')
    L.ctext(W / 2, 90, 'NORTHSIDE NETBALL CLUB', F('sansb', 66), (160, 10, 90), [(ORG, 'NORTHSIDE NETBALL CLUB')])
    L.ctext(W / 2, 200, 'Winter trials for junior teams', F('sans', 54), (60, 20, 60))
    L.ctext(W / 2, 300, 'Saturdays 10am at Rosebank Park', F('sans', 46), (60, 20, 60), [(LOC, 'Rosebank Park')])
    L.d.rounded_rectangle([170, 430, 1070, 700], radius=30, fill=(255, 255, 255))
    L.ctext(W / 2, 460, 'Contact Coach Lindiwe Mokoena', F('sansb', 44), (30, 30, 30), [(P, 'Lindiwe Mokoena')])
    L.ctext(W / 2, 540, '082 555 0136', F('sansb', 80), (160, 10, 90), [(PH, '082 555 0136')])
    L.ctext(W / 2, 820, 'Scan to chat on WhatsApp', F('sans', 36), (60, 20, 60))
    L.qr(W / 2 - 160, 890, 'https://wa.me/27825550136', 10, [(URL, 'https://wa.me/27825550136'), (PH, '27825550136')])
    L.ctext(W / 2, 1600, 'All welcome - bring water and a smile', F('sanso', 30), (120, 60, 100))
    finish(L, 'flyer_netball_za', 'club flyer, coach name and phone, WhatsApp QR', rnd=rnd, rot=1.5, jpeg=80, fill=(255, 235, 245))

    rnd = random.Random(SEED + 152)
    W, H = 1600, 1200
    L = Layer(W, H, img=gradient(W, H, (120, 100, 80), (90, 70, 55)))
    L.grain(rnd, 10, 3)
    pc = card(1000, 1000, (255, 255, 255, 255), radius=2)
    pc.d.rectangle([0, 0, 1000, 170], fill=(200, 20, 30, 255))
    pc.ctext(500, 30, 'Parkside Rovers FC', F('libb', 70), (255, 255, 255, 255), [(ORG, 'Parkside Rovers FC')])
    pc.ctext(500, 112, 'Girls football - junior teams', F('lib', 40), (255, 255, 255, 255))
    pc.lines(60, 220, ['Training: Tuesdays 5:30pm', ('Rec ground, Mill Lane', [(LOC, 'Rec ground, Mill Lane')]), 'No experience needed!',
                       ('Coach Dave Hughes', [(P, 'Dave Hughes')]), ('07700 900387', [(PH, '07700 900387')])],
             F('lib', 52), (30, 30, 30, 255), lh=1.5)
    for i in range(8):
        pc.d.line([60 + i * 115, 880, 60 + i * 115, 990], fill=(120, 120, 120, 255), width=2)
        pc.text((75 + i * 115, 980), '07700 900387', F('lib', 16), (30, 30, 30, 255), [(PH, '07700 900387')])
    L.paste(pc, (300, 80), angle=-2)
    finish(L, 'flyer_football_uk', 'noticeboard flyer with tear-off phone strips (tiny repeated numbers)', rnd=rnd, blur=0.7, jpeg=72)

    rnd = random.Random(SEED + 153)
    W, H = 1080, 1350
    L = Layer(W, H, img=gradient(W, H, (20, 30, 60), (40, 60, 110)))
    for i in range(8):
        for j in range(8):
            if (i + j) % 2 == 0:
                L.d.rectangle([60 + i * 60, 800 + j * 60, 120 + i * 60, 860 + j * 60], fill=(230, 230, 230))
    L.ctext(W / 2, 80, 'Birchmount Chess Club', F('freeserb', 72), (255, 255, 255), [(ORG, 'Birchmount Chess Club')])
    L.ctext(W / 2, 190, 'All levels  |  Wednesdays 4pm', F('free', 40), (200, 220, 255))
    L.lines(620, 820, [('Ms. Wong', [(P, 'Ms. Wong')]), ('416-555-0128', [(PH, '416-555-0128')]),
                       ('birchmountchess', []), ('@outlook.com', [])], F('free', 40), (255, 255, 255), lh=1.4)
    L.add(EM, 'birchmountchess@outlook.com', [620, 820 + 2 * 56, 620 + L.tl('birchmountchess', F('free', 40)), 820 + 3 * 56 + 44])
    L.ctext(W / 2, 330, 'Beginners welcome!', F('freeserbi', 56), (255, 210, 80))
    finish(L, 'flyer_chess_ca', 'club flyer: club, coach phone, e-mail split over two lines', rnd=rnd, noise=7)


def whiteboard(name, size, lines, notes, seed, post=None, frame=(170, 170, 175)):
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 1600.0
    L = Layer(W, H, img=gradient(W, H, (210, 200, 180), (170, 160, 140)))
    L.d.rectangle([80 * k, 60 * k, W - 80 * k, H - 140 * k], fill=frame)
    bd = Layer(int(W - 200 * k), int(H - 240 * k), img=gradient(int(W - 200 * k), int(H - 240 * k), (250, 250, 252), (228, 232, 238), horizontal=True))
    bd.blobs(15, rnd, pal=[(200, 205, 215)], amin=20, amax=60, smin=30, smax=160, shapes='el')
    cols = [(20, 60, 170), (200, 30, 30), (20, 120, 50), (20, 20, 20)]
    for x, y, s, sz, lk in lines:
        bd.text((x * k, y * k), s, F(rnd.choice(HAND[:5]), int(sz * k)), rnd.choice(cols), lk)
    L.paste(bd, (100 * k, 80 * k))
    L.d.rectangle([80 * k, H - 140 * k, W - 80 * k, H - 110 * k], fill=(140, 140, 145))
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_whiteboards():
    whiteboard('whiteboard_class_uk', (1600, 1100), [
        (60, 40, 'Welcome back Room 14!', 70, []),
        (60, 160, 'Today: Fri 5 Dec', 48, []),
        (60, 250, "Mrs Haddad's class - St. Anne's Primary", 44, [(P, 'Mrs Haddad'), (SC, "St. Anne's Primary")]),
        (60, 350, 'Birthdays this week:', 44, []),
        (100, 420, 'Leila - 11 on Tues!', 44, [(P, 'Leila'), (AG, '11')]),
        (100, 490, 'Sam K. - 10 on Sat', 44, [(P, 'Sam K.'), (AG, '10')]),
        (1000, 150, 'Spelling test Monday', 36, []),
        (1000, 200, 'PE kit Thursday', 36, []),
        (60, 640, 'Year 4 trip form due 10 Dec', 40, [(AG, 'Year 4')]),
    ], 'classroom whiteboard in marker: teacher, school, pupils with ages', 161, post=dict(rot=-1.2, blur=0.6, jpeg=74))
    whiteboard('whiteboard_home_us', (1200, 900), [
        (40, 30, 'THIS WEEK', 60, []),
        (40, 120, 'Mia - dance 4pm @ Shine Studio', 38, [(P, 'Mia'), (ORG, 'Shine Studio')]),
        (40, 180, 'Dad works late (Harbor Point Dental)', 38, [(ORG, 'Harbor Point Dental')]),
        (40, 240, 'Gran: (617) 555-0183', 38, [(PH, '(617) 555-0183')]),
        (40, 300, 'Spare key w/ neighbor @ #16 Linden St', 38, [(AD, '#16 Linden St')]),
        (40, 380, 'wifi: Kowalczyk_Home / sunflower22', 34, [(P, 'Kowalczyk')]),
        (40, 460, 'milk, eggs, bread', 34, []),
    ], 'family whiteboard: child first name, parent workplace, phone, neighbour address, wifi name with surname', 162,
        post=dict(noise=12, jpeg=60), frame=(60, 60, 60))


# ---------------------------------------------------------------- QR codes
def qr_scene(name, size, bg, payload, leaks, scale, texts, notes, seed, post=None, dark='#000000', light='#ffffff',
             qpos=None, panel=None, err='m'):
    """texts: (x, y, s, font, size, colour, leaks, align)"""
    rnd = random.Random(SEED + seed)
    W, H = size
    L = Layer(W, H, img=gradient(W, H, bg[0], bg[1], horizontal=len(bg) > 2))
    L.blobs(rnd.randint(8, 30), rnd, pal=[bg[0], bg[1], (255, 255, 255)], amin=20, amax=80, smin=20, smax=max(60, W // 6), shapes='erl')
    if panel:
        L.d.rounded_rectangle(panel[0], radius=24, fill=panel[1])
    q = segno.make_qr(payload, error=err)
    side = q.symbol_size(scale=scale, border=3)[0]
    qx, qy = qpos if qpos else ((W - side) // 2, (H - side) // 2)
    L.qr(qx, qy, payload, scale, leaks, dark=dark, light=light, err=err)
    for x, y, s, fn, sz, col, lk, al in texts:
        f = F(fn, sz)
        if al == 'c':
            L.ctext(x, y, s, f, col, lk)
        else:
            L.text((x, y), s, f, col, lk)
    finish(L, name, notes, clean=not L.leaks, rnd=rnd, **(post or {}))


def vcard(lines):
    return '\r\n'.join(['BEGIN:VCARD', 'VERSION:3.0'] + lines + ['END:VCARD'])


def make_qrs():
    qr_scene('qr_tel_tag_ca', (1200, 900), ((70, 80, 90), (40, 45, 55)), 'tel:+16475550147', [(PH, '+16475550147')], 9,
             [(600, 70, 'SCAN IF FOUND', 'sansb', 60, (255, 255, 255), [], 'c'),
              (600, 780, 'reward for my backpack :)', 'sanso', 36, (220, 220, 220), [], 'c')],
             'bag tag with a tel: QR code', 201, post=dict(rot=2, blur=0.6, jpeg=80))
    qr_scene('qr_sms_au', (540, 960), ((255, 230, 120), (255, 170, 80)), 'SMSTO:+61491570110:hi its Ruby, text me back',
             [(PH, '+61491570110'), (P, 'Ruby')], 8,
             [(270, 120, 'scan to text me', 'freeb', 40, (60, 30, 0), [], 'c'),
              (270, 760, 'no randoms pls', 'free', 26, (90, 50, 10), [], 'c')],
             'phone story screenshot with an SMS QR code carrying a number and first name', 202)
    qr_scene('qr_mailto_za', (1000, 1000), ((240, 240, 250), (200, 210, 240)), 'mailto:zanele.d2014@webmail.co.za?subject=Netball',
             [(EM, 'zanele.d2014@webmail.co.za')], 10,
             [(500, 60, 'Email me about netball!', 'libb', 48, (40, 40, 120), [], 'c')],
             'printed card with a mailto: QR code', 203, post=dict(noise=9), dark='#1a1a60')
    qr_scene('qr_geo_nz', (720, 1280), ((30, 60, 90), (90, 160, 200)), 'geo:-36.87124,174.73015', [(LOC, '-36.87124,174.73015')], 10,
             [(360, 160, 'our new house!!', 'sansb', 52, (255, 255, 255), [], 'c'),
              (360, 1050, 'come visit', 'sans', 36, (255, 255, 255), [], 'c')],
             'story screenshot with a geo: QR code (home coordinates)', 204)
    qr_scene('qr_mecard_in', (900, 1100), ((250, 245, 230), (230, 220, 200)),
             'MECARD:N:Nair,Priya;TEL:+919845012345;EMAIL:priya.nair.09@rediffmail.com;ADR:B-304 Palm Meadows, Whitefield, Bengaluru 560066;;',
             [(P, 'Nair,Priya'), (PH, '+919845012345'), (EM, 'priya.nair.09@rediffmail.com'),
              (AD, 'B-304 Palm Meadows, Whitefield, Bengaluru 560066')], 7,
             [(450, 60, 'my contact', 'serifbi', 54, (120, 40, 40), [], 'c')],
             'sticker with a MECARD QR code: name, phone, e-mail, address', 205, post=dict(rot=-3, jpeg=85), err='l')
    qr_scene('qr_vcard_uk', (1400, 900), ((230, 235, 240), (200, 210, 220)),
             vcard(['N:Okafor;Emma;;;', 'FN:Emma Okafor', 'TEL;TYPE=CELL:+447700900461', 'ADR;TYPE=HOME:;;14 Rowan Close;Leeds;;LS6 2AB;UK']),
             [(P, 'Emma Okafor'), (PH, '+447700900461'), (AD, '14 Rowan Close'), (LOC, 'Leeds'), (AD, 'LS6 2AB')], 8,
             [(60, 120, 'Scan to save', 'libb', 64, (30, 30, 30), [], 'l'),
              (60, 210, 'my contact :)', 'lib', 50, (30, 30, 30), [], 'l')],
             'vCard QR code: name, mobile, home address', 206, qpos=(800, 180), post=dict(blur=0.5, jpeg=78))
    qr_scene('qr_vcard_us', (1080, 1080), ((255, 255, 255), (235, 240, 255)),
             vcard(['N:Reyes;Madison;;;', 'FN:Madison Reyes', 'ORG:Cedar Hollow Middle School', 'TEL;TYPE=CELL:+15125550147',
                    'EMAIL:maddie.r.2014@yahoo.com', 'ADR;TYPE=HOME:;;2218 Willow Creek Dr;Austin;TX;78745;USA', 'BDAY:2014-03-03']),
             [(P, 'Madison Reyes'), (SC, 'Cedar Hollow Middle School'), (PH, '+15125550147'), (EM, 'maddie.r.2014@yahoo.com'),
              (AD, '2218 Willow Creek Dr'), (LOC, 'Austin'), (AD, '78745'), (DOB, '2014-03-03')], 7,
             [(540, 70, 'add me to ur contacts', 'freeb', 50, (20, 60, 160), [], 'c')],
             'dense vCard QR code with school, birthday, address', 207, dark='#102050')
    qr_scene('qr_wifi_ie', (1200, 1200), ((240, 240, 235), (215, 215, 205)), 'WIFI:T:WPA;S:Murphy Family WiFi;P:greenkettle77;;',
             [(P, 'Murphy')], 10,
             [(600, 80, 'Guest WiFi', 'serifb', 80, (40, 90, 60), [], 'c'),
              (600, 1040, 'scan with your camera', 'serifi', 40, (40, 90, 60), [], 'c')],
             'fridge card with a WIFI QR whose network name carries the family surname', 208,
             panel=([150, 40, 1050, 1150], (255, 255, 250)), post=dict(rot=1.5, noise=8, jpeg=76))
    qr_scene('qr_wifi_za', (1000, 700), ((30, 30, 35), (60, 60, 70)), 'WIFI:T:WPA;S:Okonkwo-Home-5G;P:jacaranda#42;;',
             [(P, 'Okonkwo')], 7,
             [(80, 80, 'Router - scan to join', 'mono', 32, (220, 220, 220), [], 'l')],
             'router sticker with a WIFI QR, family name in SSID', 209, qpos=(560, 180), panel=([530, 150, 920, 560], (255, 255, 255)))
    qr_scene('qr_wa_uk', (720, 1280), ((37, 211, 102), (18, 140, 126)), 'https://wa.me/447700900518',
             [(URL, 'https://wa.me/447700900518'), (PH, '447700900518')], 10,
             [(360, 180, 'msg me on here', 'sansb', 54, (255, 255, 255), [], 'c')],
             'story with a wa.me chat-link QR code', 210)
    qr_scene('qr_tg_nz', (540, 960), ((40, 160, 220), (20, 90, 160)), 'https://t.me/skaterkid_aroha',
             [(URL, 'https://t.me/skaterkid_aroha'), (HA, 'skaterkid_aroha')], 8,
             [(270, 110, 'join my channel', 'freeb', 40, (255, 255, 255), [], 'c'),
              (270, 780, 'skate vids every day', 'free', 28, (230, 240, 255), [], 'c')],
             'screenshot with a t.me link QR code', 211)
    qr_scene('qr_snap_us', (1080, 1350), ((255, 252, 0), (255, 230, 0)), 'https://www.snapchat.com/add/mia.dances09',
             [(URL, 'https://www.snapchat.com/add/mia.dances09'), (HA, 'mia.dances09')], 11,
             [(540, 120, 'add me!! mia.dances09', 'sansb', 56, (0, 0, 0), [(HA, 'mia.dances09')], 'c')],
             'yellow poster with a friend-add QR link and the handle written out', 212, post=dict(jpeg=82))
    qr_scene('qr_discord_poster', (1200, 1500), ((88, 101, 242), (50, 60, 160)), 'https://discord.gg/k7Rz2Qp',
             [(URL, 'https://discord.gg/k7Rz2Qp')], 12,
             [(600, 120, 'join our server!', 'sansb', 80, (255, 255, 255), [], 'c'),
              (600, 1300, 'minecraft + art + memes', 'sans', 44, (230, 230, 255), [], 'c')],
             'poster with a chat-server invite QR code', 213, post=dict(rot=-2, fill=(50, 60, 160), blur=0.6))
    qr_scene('qr_text_return_in', (1200, 900), ((200, 170, 120), (170, 135, 90)),
             'Lost? Please return to Arjun Patel, 21 Shanti Nagar, Ahmedabad 380015. Call 98250 43121',
             [(P, 'Arjun Patel'), (AD, '21 Shanti Nagar, Ahmedabad 380015'), (PH, '98250 43121')], 8,
             [(600, 60, 'IF LOST PLEASE SCAN', 'condb', 56, (40, 20, 0), [], 'c')],
             'luggage label with a plain-text QR code carrying name, address, phone', 214, post=dict(noise=10, jpeg=72))


# ---------------------------------------------------------------- social bios (links)
def bio(name, size, dark, handle, display, bio_lines, link, stats, notes, seed, post=None):
    rnd = random.Random(SEED + seed)
    W, H = size
    k = W / 540.0
    bg = (0, 0, 0) if dark else (255, 255, 255)
    fg = (245, 245, 245) if dark else (15, 15, 15)
    mut = (160, 160, 160) if dark else (110, 110, 110)
    L = Layer(W, H, bg)
    status_bar(L, fg, int(34 * k))
    L.ctext(W / 2, 48 * k, handle[0], F('sansb', int(19 * k)), fg, handle[1])
    r = int(46 * k)
    L.d.ellipse([24 * k, 96 * k, 24 * k + 2 * r, 96 * k + 2 * r], fill=(220, 120, 200))
    x = 24 * k + 2 * r + 30 * k
    for i, (n, lab) in enumerate(stats):
        cx = x + i * 120 * k + 45 * k
        L.ctext(cx, 112 * k, n, F('sansb', int(20 * k)), fg)
        L.ctext(cx, 140 * k, lab, F('sans', int(14 * k)), fg)
    y = 210 * k
    L.text((24 * k, y), display[0], F('sansb', int(16 * k)), fg, display[1])
    y += 26 * k
    for s_, lk in bio_lines:
        L.text((24 * k, y), s_, F('sans', int(16 * k)), fg, lk)
        y += 24 * k
    L.text((24 * k, y), link[0], F('sansb', int(16 * k)), (0, 149, 246) if not dark else (224, 241, 255), link[1])
    y += 44 * k
    for lab in ('Edit profile', 'Share profile'):
        pass
    L.d.rounded_rectangle([24 * k, y, W / 2 - 6 * k, y + 34 * k], radius=int(8 * k), fill=(239, 239, 239) if not dark else (38, 38, 38))
    L.d.rounded_rectangle([W / 2 + 6 * k, y, W - 24 * k, y + 34 * k], radius=int(8 * k), fill=(239, 239, 239) if not dark else (38, 38, 38))
    L.ctext(W / 4 + 9 * k, y + 8 * k, 'Follow', F('sansb', int(14 * k)), fg)
    L.ctext(3 * W / 4 - 9 * k, y + 8 * k, 'Message', F('sansb', int(14 * k)), fg)
    y += 60 * k
    tile = (W - 4 * k) / 3
    pal = [(255, 180, 120), (120, 190, 255), (200, 140, 255), (120, 220, 160), (255, 220, 120), (250, 120, 140)]
    j = 0
    while y + tile <= H:
        for c in range(3):
            L.d.rectangle([c * (tile + 2 * k), y, c * (tile + 2 * k) + tile, y + tile], fill=pal[j % len(pal)])
            j += 1
        y += tile + 2 * k
    finish(L, name, notes, rnd=rnd, **(post or {}))


def make_bios():
    bio('bio_light_uk', (540, 960), False, ('emma.okafor12', [(HA, 'emma.okafor12')]), ('Emma Okafor', [(P, 'Emma Okafor')]),
        [('12 | Year 7 | Leeds', [(AG, '12'), (AG, 'Year 7'), (LOC, 'Leeds')]),
         ('gymnastics @ Leeds Flyers', [(ORG, 'Leeds Flyers')])],
        ('linktr.ee/emma.okafor12', [(URL, 'linktr.ee/emma.okafor12')]),
        [('48', 'posts'), ('312', 'followers'), ('290', 'following')], 'social profile screenshot: handle, name, age, year, town, club, link', 401)
    bio('bio_dark_us', (720, 1280), True, ('jaydenplays11', [(HA, 'jaydenplays11')]), ('Jayden B.', [(P, 'Jayden B.')]),
        [('gamer | 5th grade | Austin TX', [(AG, '5th grade'), (LOC, 'Austin TX')]),
         ('bday 7/14', [(DOB, '7/14')])],
        ('youtube.com/@jaydenplays11', [(URL, 'youtube.com/@jaydenplays11')]),
        [('12', 'posts'), ('85', 'followers'), ('140', 'following')], 'dark social profile: handle, grade, city, birthday, video channel link', 402,
        post=dict(jpeg=75))
    bio('bio_light_za', (600, 1067), False, ('kofi.builds', [(HA, 'kofi.builds')]), ('Kofi Mensah', [(P, 'Kofi Mensah')]),
        [('Durban North | 13', [(LOC, 'Durban North'), (AG, '13')]),
         ('DM for builds', [])],
        ('www.kofibuilds.co.za', [(URL, 'www.kofibuilds.co.za')]),
        [('7', 'posts'), ('64', 'followers'), ('80', 'following')], 'social profile with a personal website link', 403,
        post=dict(rot=-1, noise=8))


# ---------------------------------------------------------------- CLEAN images
def make_clean():
    # scoreboards / results
    rnd = random.Random(SEED + 301)
    W, H = 1280, 720
    L = Layer(W, H, img=gradient(W, H, (10, 20, 40), (30, 60, 110)))
    L.blobs(30, rnd, pal=[(255, 255, 255), (80, 160, 255)], amin=10, amax=30, smin=30, smax=150)
    L.d.rounded_rectangle([140, 200, 1140, 420], radius=20, fill=(0, 0, 0))
    L.ctext(640, 110, 'FULL TIME', F('sansb', 56), (255, 220, 0))
    L.text((170, 278), 'MAN CITY', F('sansb', 48), (255, 255, 255))
    L.ctext(640, 255, '2 - 1', F('monob', 90), (255, 255, 255))
    L.rtext(1110, 278, 'LIVERPOOL', F('sansb', 48), (255, 255, 255))
    L.lines(180, 470, ["Haaland 23'", "Foden 67'"], F('sans', 34), (200, 220, 255))
    L.lines(1100, 470, ["Salah 45+2'"], F('sans', 34), (200, 220, 255), align='r')
    L.ctext(640, 640, 'Premier League  |  Matchweek 14', F('sans', 28), (160, 180, 210))
    finish(L, 'clean_score_football', 'TV-style full-time score, famous pro clubs and players', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 302)
    W, H = 1600, 900
    L = Layer(W, H, (15, 15, 15))
    L.d.rectangle([100, 100, 1500, 800], fill=(5, 5, 5), outline=(80, 80, 80), width=8)
    L.ctext(450, 150, 'HOME', F('monob', 80), (255, 60, 40))
    L.ctext(1150, 150, 'GUEST', F('monob', 80), (255, 60, 40))
    L.ctext(450, 280, '102', F('monob', 220), (255, 200, 30))
    L.ctext(1150, 280, '99', F('monob', 220), (255, 200, 30))
    L.ctext(800, 330, 'Q4', F('monob', 90), (60, 255, 80))
    L.ctext(800, 560, '00:00', F('monob', 150), (255, 60, 40))
    L.text((160, 700), 'FOULS 4', F('monob', 48), (255, 200, 30))
    L.rtext(1440, 700, 'FOULS 6', F('monob', 48), (255, 200, 30))
    finish(L, 'clean_scoreboard_led', 'LED basketball scoreboard photo, numbers only', clean=True, rnd=rnd, blur=1.3, noise=14, jpeg=70)

    rnd = random.Random(SEED + 303)
    W, H = 1080, 1350
    L = Layer(W, H, (245, 245, 250))
    L.d.rectangle([0, 0, W, 150], fill=(56, 0, 60))
    L.ctext(W / 2, 45, 'RESULTS', F('libb', 64), (255, 255, 255))
    res = [('Arsenal', '3 - 0', 'Chelsea'), ('Liverpool', '1 - 1', 'Everton'), ('Man Utd', '2 - 2', 'Spurs'),
           ('Newcastle', '0 - 1', 'Aston Villa'), ('Brighton', '4 - 2', 'West Ham'), ('Fulham', '1 - 0', 'Wolves')]
    y = 220
    for a, s, b in res:
        L.d.rectangle([40, y - 20, W - 40, y + 110], fill=(255, 255, 255), outline=(220, 220, 230))
        L.text((80, y + 20), a, F('lib', 44), (30, 30, 30))
        L.ctext(W / 2, y + 14, s, F('libb', 52), (56, 0, 60))
        L.rtext(W - 80, y + 20, b, F('lib', 44), (30, 30, 30))
        y += 160
    finish(L, 'clean_results_table', 'football results list of famous clubs', clean=True, rnd=rnd, jpeg=85)

    # shops / prices
    rnd = random.Random(SEED + 304)
    W, H = 1800, 1200
    L = Layer(W, H, img=gradient(W, H, (150, 190, 230), (220, 230, 240)))
    L.d.rectangle([0, 300, W, H], fill=(200, 200, 205))
    L.d.rectangle([200, 330, 1600, 520], fill=(0, 83, 159))
    L.ctext(900, 350, 'TESCO Express', F('sansb', 120), (255, 255, 255))
    L.d.rectangle([260, 600, 1540, 1100], fill=(60, 70, 80))
    for i, (item, pr) in enumerate([('Meal Deal', '£3.85'), ('Bananas', '£0.89'), ('Milk 2 pints', '£1.45'), ('Bread', '£1.20')]):
        L.d.rectangle([320 + i * 300, 700, 570 + i * 300, 950], fill=(255, 230, 0))
        L.ctext(445 + i * 300, 730, item, F('libb', 30), (0, 0, 0))
        L.ctext(445 + i * 300, 800, pr, F('libb', 70), (200, 0, 0))
    L.ctext(900, 1130, 'Open 6am - 11pm', F('lib', 40), (40, 40, 40))
    finish(L, 'clean_shop_uk', 'big-chain shop front with prices and opening hours', clean=True, rnd=rnd, rot=-1.5, jpeg=75)

    rnd = random.Random(SEED + 305)
    W, H = 1400, 1000
    L = Layer(W, H, (230, 230, 225))
    L.grain(rnd, 6)
    for i, (brand, item, pr, unit) in enumerate([('Great Value', 'Whole Milk 1 gal', '$3.48', '2.7¢/fl oz'),
                                                  ('Cheerios', 'Cereal 18 oz', '$4.98', '27.7¢/oz'),
                                                  ('Oreo', 'Cookies 13.29 oz', '$3.98', '29.9¢/oz'),
                                                  ('Walmart', 'Rollback!', '$1.97', 'each')]):
        x = 60 + (i % 2) * 660
        y = 80 + (i // 2) * 440
        L.d.rectangle([x, y, x + 620, y + 380], fill=(255, 255, 255), outline=(0, 113, 206), width=6)
        L.text((x + 30, y + 30), brand, F('sansb', 42), (0, 113, 206))
        L.text((x + 30, y + 90), item, F('sans', 34), (30, 30, 30))
        L.text((x + 30, y + 160), pr, F('sansb', 110), (0, 0, 0))
        L.text((x + 30, y + 310), unit, F('sans', 24), (100, 100, 100))
    finish(L, 'clean_price_tags_us', 'supermarket shelf price tags, brands and unit prices', clean=True, rnd=rnd, blur=0.8, jpeg=68)

    rnd = random.Random(SEED + 306)
    W, H = 1200, 800
    L = Layer(W, H, img=gradient(W, H, (20, 20, 25), (50, 50, 60)))
    L.d.rectangle([100, 120, 1100, 330], fill=(18, 120, 60))
    L.ctext(600, 150, 'Woolworths', F('freeb', 110), (255, 255, 255))
    L.ctext(600, 400, 'Everyday low prices', F('free', 54), (255, 255, 255))
    L.ctext(600, 500, 'Avocados 2 for $4', F('freeb', 60), (255, 220, 0))
    L.ctext(600, 600, 'Open 7 days  7am - 10pm', F('free', 40), (200, 200, 200))
    finish(L, 'clean_shop_au', 'supermarket sign at night, offer and hours', clean=True, rnd=rnd, noise=16, jpeg=60)

    # movie posters
    rnd = random.Random(SEED + 307)
    W, H = 1000, 1500
    L = Layer(W, H, img=gradient(W, H, (5, 10, 30), (60, 20, 60)))
    L.blobs(60, rnd, pal=[(255, 255, 255)], amin=80, amax=200, smin=1, smax=4, shapes='e')
    L.d.ellipse([300, 400, 700, 800], fill=(250, 200, 120))
    L.ctext(500, 60, 'TOM HANKS    ZENDAYA', F('condb', 48), (230, 230, 230))
    L.ctext(500, 950, 'THE LAST', F('serifb', 110), (255, 215, 140))
    L.ctext(500, 1080, 'LIGHTHOUSE', F('serifb', 110), (255, 215, 140))
    L.ctext(500, 1300, 'IN CINEMAS JULY 2027', F('cond', 44), (200, 200, 220))
    L.ctext(500, 1420, 'a film by Greta Gerwig', F('cond', 26), (160, 160, 180))
    finish(L, 'clean_movie_poster_1', 'film poster with famous actor and director names', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 308)
    W, H = 1080, 1600
    L = Layer(W, H, img=gradient(W, H, (200, 60, 20), (30, 10, 10)))
    L.blobs(40, rnd, pal=[(255, 160, 0), (255, 60, 0)], amin=30, amax=90, smin=20, smax=200, shapes='el')
    L.ctext(540, 80, 'DWAYNE JOHNSON', F('sansb', 64), (255, 255, 255))
    L.ctext(540, 160, 'EMILY BLUNT', F('sansb', 54), (255, 255, 255))
    L.ctext(540, 1000, 'JUNGLE RUN 2', F('sansb', 130), (255, 230, 80), stroke=4, stroke_fill=(60, 20, 0))
    L.ctext(540, 1200, 'THIS SUMMER', F('sans', 60), (255, 255, 255))
    L.ctext(540, 1500, 'PG  |  In cinemas and IMAX', F('sans', 30), (220, 220, 220))
    finish(L, 'clean_movie_poster_2', 'action film poster photographed at a cinema', clean=True, rnd=rnd, rot=2, blur=0.7, jpeg=74)

    # book covers
    rnd = random.Random(SEED + 309)
    W, H = 900, 1350
    L = Layer(W, H, (240, 220, 160))
    L.blobs(20, rnd, pal=[(120, 170, 220), (240, 120, 80)], amin=120, amax=220, smin=30, smax=120, shapes='e')
    L.ctext(450, 90, 'ROALD DAHL', F('serifb', 72), (40, 40, 120))
    L.ctext(450, 520, 'Matilda', F('serifbi', 150), (200, 40, 40), stroke=3, stroke_fill=(255, 255, 255))
    L.ctext(450, 1200, 'Illustrated by Quentin Blake', F('serifi', 36), (40, 40, 40))
    finish(L, 'clean_book_cover_1', 'childrens book cover with famous author and illustrator', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 310)
    W, H = 1200, 1000
    L = table_bg(W, H, rnd)
    bk = card(600, 880, (30, 80, 70, 255), radius=6)
    bk.ctext(300, 80, 'JACQUELINE WILSON', F('sansb', 40), (255, 255, 255, 255))
    bk.ctext(300, 340, 'The Story of', F('serifi', 54), (255, 230, 120, 255))
    bk.ctext(300, 420, 'Tracy Beaker', F('serifb', 72), (255, 230, 120, 255))
    bk.ctext(300, 780, 'Puffin Books', F('sans', 28), (200, 220, 210, 255))
    L.paste(bk, (300, 50), angle=-5)
    finish(L, 'clean_book_cover_2', 'book on a table: title, famous author and publisher', clean=True, rnd=rnd, jpeg=72)

    # weather widgets
    rnd = random.Random(SEED + 311)
    W, H = 540, 960
    L = Layer(W, H, img=gradient(W, H, (60, 120, 200), (150, 190, 230)))
    status_bar(L, (255, 255, 255), 34)
    L.ctext(270, 90, 'London', F('sans', 40), (255, 255, 255))
    L.ctext(270, 140, '14°', F('sansxl', 120), (255, 255, 255))
    L.ctext(270, 290, 'Partly Cloudy', F('sans', 26), (255, 255, 255))
    L.ctext(270, 330, 'H:16°  L:9°', F('sans', 24), (255, 255, 255))
    c = card(500, 300, (255, 255, 255, 50), radius=20)
    for i, (h, t) in enumerate([('Now', '14°'), ('15', '15°'), ('16', '15°'), ('17', '13°'), ('18', '12°')]):
        c.ctext(50 + i * 100, 40, h, F('sans', 22), (255, 255, 255, 255))
        c.ctext(50 + i * 100, 200, t, F('sans', 26), (255, 255, 255, 255))
    L.paste(c, (20, 420))
    L.ctext(270, 800, 'UV index 2  |  Wind 12 km/h', F('sans', 18), (240, 240, 255))
    finish(L, 'clean_weather_london', 'weather app screenshot for a big city', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 312)
    W, H = 720, 1280
    L = Layer(W, H, img=gradient(W, H, (10, 10, 30), (30, 30, 70)))
    status_bar(L, (255, 255, 255), 45)
    c = card(660, 360, (40, 40, 80, 255), radius=30)
    c.text((40, 30), 'Sydney', F('sansb', 44), (255, 255, 255, 255))
    c.text((40, 100), '27°C', F('sansxl', 140), (255, 255, 255, 255))
    c.rtext(620, 60, 'Sunny', F('sans', 34), (255, 210, 80, 255))
    c.rtext(620, 280, 'Feels like 29°', F('sans', 26), (180, 180, 220, 255))
    L.paste(c, (30, 150))
    y = 560
    for d, hi, lo in [('Mon', '28°', '19°'), ('Tue', '25°', '18°'), ('Wed', '23°', '17°'), ('Thu', '26°', '18°')]:
        L.text((60, y), d, F('sans', 34), (230, 230, 250))
        L.rtext(660, y, hi + '  ' + lo, F('sans', 34), (230, 230, 250))
        y += 80
    finish(L, 'clean_weather_sydney', 'dark weather widget, big city and forecast', clean=True, rnd=rnd)

    # recipes
    rnd = random.Random(SEED + 313)
    W, H = 1080, 1500
    L = Layer(W, H, (255, 250, 240))
    L.text((70, 60), 'Banana Pancakes', F('serifb', 76), (140, 60, 20))
    L.text((70, 170), 'Serves 4  |  Prep 10 min  |  Cook 15 min', F('sans', 28), (120, 100, 80))
    L.text((70, 260), 'Ingredients', F('sansb', 40), (60, 60, 60))
    L.lines(90, 330, ['2 ripe bananas', '2 eggs', '150 g self-raising flour', '200 ml milk', '1 tsp baking powder', 'pinch of cinnamon'],
            F('sans', 32), (50, 50, 50), lh=1.5)
    L.text((70, 660), 'Method', F('sansb', 40), (60, 60, 60))
    L.lines(90, 730, ['1. Mash the bananas in a bowl.', '2. Whisk in the eggs and milk.', '3. Stir in the flour and baking powder.',
                      '4. Cook spoonfuls in a hot pan, 2 min each side.', '5. Serve with berries and yoghurt.'],
            F('serif', 30), (50, 50, 50), lh=1.6)
    finish(L, 'clean_recipe_pancakes', 'recipe card, quantities and steps', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 314)
    W, H = 1400, 1050
    L = table_bg(W, H, rnd, (230, 225, 215), (205, 200, 190))
    pg = card(900, 940, (255, 255, 255, 255), radius=4)
    pg.text((50, 40), 'Chocolate Chip Cookies', F('libserb', 58), (80, 40, 20, 255))
    pg.lines(60, 150, ['125 g butter, softened', '100 g brown sugar', '1 egg', '225 g plain flour', '150 g chocolate chips',
                       'Bake at 180°C for 12 minutes.', 'Makes about 20 cookies.'], F('libser', 36), (40, 40, 40, 255), lh=1.6)
    L.paste(pg, (250, 50), angle=3)
    finish(L, 'clean_recipe_cookies', 'photo of a printed recipe, slightly rotated', clean=True, rnd=rnd, rot=-1, blur=0.9, noise=9, jpeg=66)

    # memes
    def meme(name, size, top, bottom, c1, c2, seed, post=None):
        rnd = random.Random(SEED + seed)
        W, H = size
        L = Layer(W, H, img=gradient(W, H, c1, c2))
        L.blobs(12, rnd, pal=[c1, c2, (255, 255, 255)], amin=60, amax=160, smin=40, smax=W // 3, shapes='e')
        f = F('sansb', int(W / 14))
        y = 20
        for s in top:
            L.ctext(W / 2, y, s, f, (255, 255, 255), stroke=4, stroke_fill=(0, 0, 0))
            y += f.size * 1.15
        y = H - 30 - len(bottom) * f.size * 1.15
        for s in bottom:
            L.ctext(W / 2, y, s, f, (255, 255, 255), stroke=4, stroke_fill=(0, 0, 0))
            y += f.size * 1.15
        finish(L, name, 'meme with captions', clean=True, rnd=rnd, **(post or {}))

    meme('clean_meme_sleep', (800, 800), ["ME: I'LL SLEEP", 'EARLY TONIGHT'], ['ALSO ME AT 3AM:', 'ONE MORE VIDEO'], (90, 80, 160), (30, 20, 60), 315)
    meme('clean_meme_wifi', (1080, 1080), ['WHEN THE WIFI GOES', 'DOWN FOR 5 SECONDS'], ['*PANIC*'], (200, 120, 60), (90, 40, 20), 316,
         post=dict(jpeg=55))
    meme('clean_meme_homework', (900, 1100), ['TEACHER: THE TEST', "WON'T BE HARD"], ['THE TEST:'], (60, 140, 90), (20, 60, 40), 317,
         post=dict(noise=10, jpeg=62))

    # calendars
    def calendar(name, month, first_wd, ndays, marks, seed, post=None, theme=((255, 255, 255), (200, 40, 60))):
        rnd = random.Random(SEED + seed)
        W, H = 1400, 1100
        bg, acc = theme
        L = Layer(W, H, bg)
        L.d.rectangle([0, 0, W, 140], fill=acc)
        L.ctext(W / 2, 30, month, F('sansb', 70), (255, 255, 255))
        cw, rh = (W - 100) / 7, 150
        for i, d in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
            L.ctext(50 + cw * i + cw / 2, 160, d, F('sansb', 30), acc)
        for day in range(1, ndays + 1):
            idx = first_wd + day - 1
            r, c = divmod(idx, 7)
            x, y = 50 + cw * c, 210 + rh * r
            L.d.rectangle([x, y, x + cw, y + rh], outline=(200, 200, 200))
            L.text((x + 10, y + 8), str(day), F('sans', 32), (40, 40, 40))
            if day in marks:
                L.text((x + 10, y + 70), marks[day], F('sans', 17), acc)
        finish(L, name, 'calendar page with public holidays', clean=True, rnd=rnd, **(post or {}))

    calendar('clean_calendar_dec', 'December 2026', 1, 31, {25: 'Christmas Day', 26: 'Boxing Day', 31: "New Year's Eve"}, 318)
    calendar('clean_calendar_jan', 'January 2027', 4, 31, {1: "New Year's Day", 26: 'Australia Day'}, 319,
             post=dict(rot=1.8, blur=0.6, jpeg=70), theme=((250, 250, 240), (20, 100, 160)))

    # game level complete
    rnd = random.Random(SEED + 320)
    W, H = 1280, 720
    L = Layer(W, H, img=gradient(W, H, (30, 10, 70), (200, 60, 140), horizontal=True))
    L.blobs(50, rnd, pal=[(255, 230, 0), (0, 255, 255)], amin=40, amax=140, smin=3, smax=14, shapes='e')
    L.ctext(640, 60, 'LEVEL 12 COMPLETE!', F('sansb', 80), (255, 230, 0), stroke=4, stroke_fill=(90, 30, 0))
    L.ctext(640, 190, '* * *', F('sansb', 80), (255, 230, 0))
    L.lines(360, 300, ['SCORE', 'TIME', 'COINS'], F('sans', 40), (255, 255, 255), lh=1.5)
    L.lines(920, 300, ['48,210', '02:41', '1,250'], F('sansb', 40), (255, 255, 255), lh=1.5, align='r')
    L.ctext(640, 500, 'Items: Golden Key, Dragon Shield x2', F('sansb', 36), (255, 255, 255))
    L.ctext(640, 640, 'NEXT LEVEL  >', F('sansb', 40), (255, 255, 255))
    finish(L, 'clean_level_complete_1', 'game level-complete screen: score, time, items, no username', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 321)
    W, H = 720, 1280
    L = Layer(W, H, img=gradient(W, H, (120, 200, 80), (30, 100, 40)))
    L.blobs(20, rnd, pal=[(255, 255, 255)], amin=30, amax=80, smin=20, smax=90, shapes='e')
    c = card(620, 800, (255, 250, 230, 255), radius=40, outline=(120, 70, 20, 255), width=8)
    c.ctext(310, 40, 'STAGE CLEAR', F('freeb', 64), (200, 80, 20, 255))
    c.ctext(310, 140, 'World 3-4', F('free', 44), (120, 70, 20, 255))
    c.lines(310, 240, ['Best combo: 37', 'Gems: 412', 'Bonus: +500', 'Unlocked: Ice Sword', 'High score: 91,880'],
            F('free', 42), (60, 40, 20, 255), lh=1.6, align='c')
    c.d.rounded_rectangle([160, 660, 460, 760], radius=30, fill=(90, 180, 60, 255))
    c.ctext(310, 680, 'CONTINUE', F('freeb', 44), (255, 255, 255, 255))
    L.paste(c, (50, 220))
    finish(L, 'clean_level_complete_2', 'mobile game stage-clear screen, items and scores', clean=True, rnd=rnd, jpeg=80)

    # brand QR codes
    qr_scene('clean_qr_lego', (1000, 1200), ((255, 220, 0), (255, 200, 0)), 'https://www.lego.com/en-gb', [], 10,
             [(500, 70, 'Build more at home!', 'sansb', 60, (200, 0, 0), [], 'c'),
              (500, 1080, 'www.lego.com', 'sans', 44, (40, 40, 40), [], 'c')],
             'toy brand box side with a QR code to the public company website', 322)
    qr_scene('clean_qr_bbc', (1200, 900), ((20, 20, 20), (60, 60, 60)), 'https://www.bbc.co.uk/cbbc', [], 9,
             [(80, 120, 'Watch more on', 'sans', 50, (255, 255, 255), [], 'l'),
              (80, 200, 'CBBC', 'sansb', 110, (130, 200, 0), [], 'l')],
             'TV channel poster with a QR code to a public broadcaster page', 323, qpos=(760, 300), post=dict(jpeg=75))
    qr_scene('clean_qr_museum', (1400, 1000), ((240, 240, 245), (210, 215, 230)), 'https://www.nasa.gov/learning-resources/', [], 8,
             [(80, 100, 'SPACE GALLERY', 'serifb', 80, (20, 30, 80), [], 'l'),
              (80, 220, 'Scan for activities from NASA', 'serif', 40, (20, 30, 80), [], 'l'),
              (80, 290, 'Open daily 10:00 - 17:30', 'serif', 34, (70, 70, 90), [], 'l')],
             'museum sign with a QR code to a public agency website', 324, qpos=(900, 380), post=dict(rot=-2, blur=0.7, jpeg=70))

    # menu
    rnd = random.Random(SEED + 325)
    W, H = 1000, 1400
    L = Layer(W, H, (30, 35, 30))
    L.grain(rnd, 10, 2)
    L.ctext(500, 60, "TODAY'S MENU", F('serifb', 80), (240, 240, 230))
    items = [('Flat white', '4.50'), ('Hot chocolate', '4.00'), ('Toastie', '7.95'), ('Soup of the day', '6.50'),
             ('Banana bread', '3.80'), ('Fruit smoothie', '5.20'), ('Kids pasta', '6.00')]
    y = 240
    for it, pr in items:
        L.text((100, y), it, F('freeseri', 50), (240, 240, 230))
        L.rtext(900, y, pr, F('freeseri', 50), (240, 240, 230))
        y += 110
    L.ctext(500, 1260, 'Free wifi - ask at the counter', F('sans', 30), (200, 200, 190))
    finish(L, 'clean_menu_chalkboard', 'cafe chalkboard menu with prices', clean=True, rnd=rnd, blur=0.8, jpeg=68)

    # times table
    rnd = random.Random(SEED + 326)
    W, H = 1000, 1300
    L = Layer(W, H, img=gradient(W, H, (255, 240, 200), (255, 210, 170)))
    L.ctext(500, 50, '7 Times Table', F('sansb', 80), (200, 60, 40))
    L.lines(500, 200, ['%d x 7 = %d' % (i, i * 7) for i in range(1, 13)], F('monob', 64), (40, 40, 90), lh=1.4, align='c')
    finish(L, 'clean_times_table', 'times-table poster', clean=True, rnd=rnd)

    # motivational
    rnd = random.Random(SEED + 327)
    W, H = 1080, 1080
    L = Layer(W, H, img=gradient(W, H, (255, 150, 100), (120, 60, 200)))
    L.lines(540, 330, ['Believe you can', "and you're", 'halfway there.'], F('serifbi', 90), (255, 255, 255), lh=1.3, align='c')
    L.ctext(540, 800, '- Theodore Roosevelt', F('serifi', 44), (255, 240, 230))
    finish(L, 'clean_quote_1', 'motivational quote from a famous person', clean=True, rnd=rnd)

    rnd = random.Random(SEED + 328)
    W, H = 1600, 900
    L = Layer(W, H, (245, 245, 245))
    L.blobs(30, rnd, pal=[(0, 180, 170), (255, 190, 0)], amin=40, amax=120, smin=20, smax=160, shapes='e')
    L.ctext(800, 320, 'MISTAKES ARE PROOF', F('condb', 110), (30, 30, 30))
    L.ctext(800, 460, 'THAT YOU ARE TRYING', F('condb', 110), (30, 30, 30))
    L.ctext(800, 700, 'Growth mindset  |  Room display', F('cond', 36), (120, 120, 120))
    finish(L, 'clean_slogan_classroom', 'classroom slogan banner, low-contrast shapes behind', clean=True, rnd=rnd, rot=1, jpeg=78)

    # harmless chats
    chat('clean_chat_wa_group', 'wa', 0, (540, 960), 'Group chat', [
        ('i', ['did anyone finish the maths hw?'], '18:01'),
        ('o', ['nope q7 is impossible'], '18:02'),
        ('i', ['lol same'], '18:02'),
        ('i', ['see u all at school tmrw'], '18:05'),
        ('o', ['ok bring snacks'], '18:06'),
    ], 'harmless group chat, no names', clean=True, sub='tap here for group info', seed=331)
    chat('clean_chat_im_group', 'im', 1, (750, 1334), 'Group chat', [
        ('i', ['that level was sooo hard'], ''),
        ('o', ['i finally beat the boss!!'], ''),
        ('i', ['no way', 'how'], ''),
        ('o', ['used the ice sword lol'], 'Delivered'),
    ], 'harmless dark group chat about a game', clean=True, sub=None, seed=332, fs=21)
    chat('clean_chat_tg_group', 'tg', 0, (720, 1280), 'Group chat', [
        ('i', ['what time is the movie on saturday'], '11:20'),
        ('o', ['3pm i think'], '11:21'),
        ('i', ['ok cool', 'popcorn!!'], '11:21'),
        ('o', ['yesss'], '11:22'),
    ], 'harmless group chat with pattern background', clean=True, sub='5 members', seed=333, post=dict(jpeg=70))

    # flag quiz
    rnd = random.Random(SEED + 334)
    W, H = 1080, 1350
    L = Layer(W, H, (240, 245, 255))
    L.ctext(540, 60, 'FLAG QUIZ  -  Question 4 of 10', F('sansb', 44), (30, 50, 120))
    L.d.rectangle([240, 180, 840, 580], outline=(0, 0, 0), width=3)
    L.d.rectangle([240, 180, 440, 580], fill=(22, 155, 98))
    L.d.rectangle([440, 180, 640, 580], fill=(255, 255, 255))
    L.d.rectangle([640, 180, 840, 580], fill=(255, 136, 62))
    L.ctext(540, 640, 'Which country has this flag?', F('sans', 44), (30, 30, 30))
    for i, opt in enumerate(['A) Italy', 'B) Ireland', 'C) Ivory Coast', 'D) India']):
        L.d.rounded_rectangle([140, 760 + i * 130, 940, 860 + i * 130], radius=20, fill=(255, 255, 255), outline=(120, 140, 200), width=3)
        L.text((180, 785 + i * 130), opt, F('sans', 44), (30, 30, 30))
    finish(L, 'clean_flag_quiz', 'geography flag quiz with country names', clean=True, rnd=rnd)

    # bus timetable
    rnd = random.Random(SEED + 335)
    W, H = 1200, 1500
    L = Layer(W, H, (255, 255, 255))
    L.d.rectangle([0, 0, W, 180], fill=(230, 0, 40))
    L.text((60, 40), 'Route 42', F('libb', 90), (255, 255, 255))
    L.text((60, 230), 'City Centre  >  Airport', F('libb', 54), (30, 30, 30))
    y = 350
    for t in ['06:15', '06:45', '07:15', '07:45', '08:15', '09:00', '10:00', '11:00', '12:00', '13:00']:
        L.text((80, y), t, F('libmono', 60), (30, 30, 30))
        L.text((400, y), 'Mon - Fri', F('lib', 44), (100, 100, 100))
        y += 100
    finish(L, 'clean_bus_timetable', 'public bus timetable with times only', clean=True, rnd=rnd, rot=-1.5, noise=8, jpeg=72)


def main():
    make_chats()
    make_games()
    make_parcels()
    make_birthdays()
    make_school_signs()
    make_labels()
    make_shirts()
    make_certs()
    make_houses()
    make_timetables()
    make_passes()
    make_forms()
    make_homework()
    make_phones()
    make_flyers()
    make_whiteboards()
    make_qrs()
    make_bios()
    make_clean()
    names = [e['file'] for e in ALL]
    assert len(names) == len(set(names)), 'duplicate file names'
    with open(os.path.join(HERE, 'expected.jsonl'), 'w', encoding='utf-8') as fh:
        for e in ALL:
            fh.write(json.dumps(e, ensure_ascii=False) + '\n')
    print('wrote %d images (%d clean)' % (len(ALL), sum(e['clean'] for e in ALL)))


if __name__ == '__main__':
    main()
