"""Shared helpers: fonts, surfaces with leak tracking, textures, QR codes, finishing."""
import math
import random
from functools import lru_cache

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = '/usr/share/fonts/truetype/'
FONTS = {
    'sans': 'dejavu/DejaVuSans.ttf', 'sans_b': 'dejavu/DejaVuSans-Bold.ttf',
    'sans_i': 'dejavu/DejaVuSans-Oblique.ttf', 'sans_bi': 'dejavu/DejaVuSans-BoldOblique.ttf',
    'sans_l': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'cond': 'dejavu/DejaVuSansCondensed.ttf', 'cond_b': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'cond_i': 'dejavu/DejaVuSansCondensed-Oblique.ttf',
    'serif': 'dejavu/DejaVuSerif.ttf', 'serif_b': 'dejavu/DejaVuSerif-Bold.ttf',
    'serif_i': 'dejavu/DejaVuSerif-Italic.ttf', 'serif_bi': 'dejavu/DejaVuSerif-BoldItalic.ttf',
    'mono': 'dejavu/DejaVuSansMono.ttf', 'mono_b': 'dejavu/DejaVuSansMono-Bold.ttf',
    'lsans': 'liberation/LiberationSans-Regular.ttf', 'lsans_b': 'liberation/LiberationSans-Bold.ttf',
    'lsans_i': 'liberation/LiberationSans-Italic.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf',
    'narrow_b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'lserif': 'liberation/LiberationSerif-Regular.ttf', 'lserif_b': 'liberation/LiberationSerif-Bold.ttf',
    'lserif_i': 'liberation/LiberationSerif-Italic.ttf',
    'lmono': 'liberation/LiberationMono-Regular.ttf', 'lmono_b': 'liberation/LiberationMono-Bold.ttf',
    'fsans': 'freefont/FreeSans.ttf', 'fsans_b': 'freefont/FreeSansBold.ttf',
    'fsans_i': 'freefont/FreeSansOblique.ttf',
    'fserif': 'freefont/FreeSerif.ttf', 'fserif_b': 'freefont/FreeSerifBold.ttf',
    'fserif_i': 'freefont/FreeSerifItalic.ttf', 'fserif_bi': 'freefont/FreeSerifBoldItalic.ttf',
    'fmono': 'freefont/FreeMono.ttf', 'fmono_b': 'freefont/FreeMonoBold.ttf',
}
HAND_FONTS = ['fserif_i', 'serif_i', 'lserif_i', 'fsans_i', 'cond_i', 'fserif_bi']
UI_FONTS = ['sans', 'lsans', 'fsans', 'cond']
UI_BOLD = {'sans': 'sans_b', 'lsans': 'lsans_b', 'fsans': 'fsans_b', 'cond': 'cond_b',
           'narrow': 'narrow_b', 'serif': 'serif_b', 'lserif': 'lserif_b', 'fserif': 'fserif_b',
           'mono': 'mono_b', 'lmono': 'lmono_b', 'fmono': 'fmono_b'}

SHOT_SIZES = [(540, 960), (720, 1280), (750, 1334), (1080, 1920), (1080, 2340), (828, 1792),
              (1170, 2532), (1280, 720), (1920, 1080), (1366, 768), (1440, 900)]
BIG_SIZES = [(4000, 3000), (3000, 4000), (3264, 2448), (2448, 3264), (4032, 3024), (3024, 4032),
             (3000, 2000), (3840, 2160), (3600, 2400)]
MID_SIZES = [(1600, 1200), (1200, 1600), (2048, 1536), (1536, 2048), (1280, 960), (1024, 768),
             (2000, 1500), (1800, 1350), (800, 600)]


@lru_cache(maxsize=512)
def font(name, size):
    return ImageFont.truetype(FD + FONTS[name], max(6, int(round(size))))


def bold(name):
    return UI_BOLD.get(name, name)


def tw(s, f):
    """Advance width of string in font."""
    return f.getlength(s)


def fit_font(s, name, size, maxw, minsize=8):
    size = int(size)
    while size > minsize and font(name, size).getlength(s) > maxw:
        size = int(size * 0.93)
    return font(name, size)


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def rgba(c, a=255):
    return tuple(c[:3]) + (a,)


def rot_point(x, y, cx, cy, ncx, ncy, ang):
    a = math.radians(ang)
    dx, dy = x - cx, y - cy
    return (ncx + dx * math.cos(a) + dy * math.sin(a), ncy - dx * math.sin(a) + dy * math.cos(a))


class Surface:
    """RGBA drawing surface that records leaks (kind, text, box x0,y0,x1,y1 in floats)."""

    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        if len(bg) == 3:
            bg = tuple(bg) + (255,)
        self.img = Image.new('RGBA', (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = int(w), int(h)
        self.leaks = []
        self.qrs = 0
        self.qr_list = []

    @classmethod
    def from_image(cls, im):
        s = cls(im.width, im.height)
        s.img = im.convert('RGBA')
        s.d = ImageDraw.Draw(s.img)
        return s

    def add_leak(self, kind, text, box):
        x0, y0, x1, y1 = box
        if x0 < -2 or y0 < -2 or x1 > self.w + 2 or y1 > self.h + 2:
            raise ValueError('leak %r (%s) outside surface %dx%d: %s' % (text, kind, self.w, self.h, box))
        box = (max(0, x0), max(0, y0), min(self.w, x1), min(self.h, y1))
        self.leaks.append({'kind': kind, 'text': text, 'box': list(box)})

    # ---------------------------------------------------------------- text
    def text(self, xy, s, f, fill, kind=None, anchor='la', stroke=0, stroke_fill=None):
        fill = rgba(fill)
        kw = {}
        if stroke:
            kw = dict(stroke_width=stroke, stroke_fill=rgba(stroke_fill or (0, 0, 0)))
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor, **kw)
        bb = self.d.textbbox(xy, s, font=f, anchor=anchor, stroke_width=stroke)
        if kind:
            self.add_leak(kind, s, bb)
        return bb

    def ctext(self, cx, y, s, f, fill, kind=None, **kw):
        return self.text((cx, y), s, f, fill, kind=kind, anchor='ma', **kw)

    def rich(self, xy, segs, f, fill, kind_fill=None, anchor_y='a'):
        """Draw segments [(text, kind)] on one line; returns bbox of all."""
        x, y = xy
        x0 = x
        y0, y1 = 1e9, -1e9
        for s, k in segs:
            if not s:
                continue
            col = kind_fill if (k and kind_fill) else fill
            bb = self.text((x, y), s, f, col, kind=k, anchor='l' + anchor_y)
            y0, y1 = min(y0, bb[1]), max(y1, bb[3])
            x += f.getlength(s)
        return (x0, y0, x, y1)

    def crich(self, cx, y, segs, f, fill, kind_fill=None):
        """Centred rich line."""
        tw_ = sum(f.getlength(t) for t, _ in segs)
        return self.rich((cx - tw_ / 2, y), segs, f, fill, kind_fill=kind_fill)

    @staticmethod
    def layout(segs, f, maxw):
        """Word-wrap segments; leak segments are atomic. Returns list of lines of (text, kind)."""
        toks = []
        for s, k in segs:
            if k and f.getlength(s) > maxw:
                # too long for any line: split into word groups that fit (each piece is its own leak)
                words, cur = s.split(' '), ''
                for wd in words:
                    cand = (cur + ' ' + wd) if cur else wd
                    if cur and f.getlength(cand) > maxw * 0.98:
                        toks.append((cur, k))
                        toks.append((' ', None))
                        cur = wd
                    else:
                        cur = cand
                if cur:
                    toks.append((cur, k))
            elif k:
                toks.append((s, k))
            else:
                parts = s.split(' ')
                for i, p in enumerate(parts):
                    t = p + (' ' if i < len(parts) - 1 else '')
                    if t:
                        toks.append((t, None))
        lines, cur, curw = [], [], 0.0
        for t, k in toks:
            w = f.getlength(t)
            wt = f.getlength(t.rstrip(' '))
            if cur and curw + wt > maxw:
                lines.append(cur)
                cur, curw = [], 0.0
                if t.strip() == '':
                    continue
            cur.append((t, k))
            curw += w
        if cur:
            lines.append(cur)
        # merge adjacent non-leak tokens
        out = []
        for ln in lines:
            m = []
            for t, k in ln:
                if m and not k and not m[-1][1]:
                    m[-1] = (m[-1][0] + t, None)
                else:
                    m.append((t, k))
            if m and not m[-1][1]:
                m[-1] = (m[-1][0].rstrip(' '), None)
            out.append(m)
        return out

    @staticmethod
    def lines_width(lines, f):
        return max([sum(f.getlength(t) for t, _ in ln) for ln in lines] + [1])

    def draw_lines(self, x, y, lines, f, fill, line_h, kind_fill=None, align='l', width=None):
        for i, ln in enumerate(lines):
            lx = x
            if align != 'l' and width:
                lw = sum(f.getlength(t) for t, _ in ln)
                lx = x + (width - lw) / (2 if align == 'c' else 1)
            self.rich((lx, y + i * line_h), ln, f, fill, kind_fill=kind_fill)
        return len(lines) * line_h

    def para(self, x, y, segs, f, fill, maxw, line_h=None, kind_fill=None, align='l'):
        line_h = line_h or int(f.size * 1.35)
        lines = self.layout(segs, f, maxw)
        return self.draw_lines(x, y, lines, f, fill, line_h, kind_fill=kind_fill, align=align, width=maxw)

    def rtext(self, center, s, f, fill, angle, kind=None, stroke=0, stroke_fill=None):
        """Rotated text centred at center; leak box = ink bbox of rotated text."""
        pad = int(f.size * 0.6) + stroke * 2 + 4
        w = int(f.getlength(s)) + 2 * pad
        h = int(f.size * 1.6) + 2 * pad
        lay = Image.new('RGBA', (w, h), (0, 0, 0, 0))
        dd = ImageDraw.Draw(lay)
        kw = {}
        if stroke:
            kw = dict(stroke_width=stroke, stroke_fill=rgba(stroke_fill or (0, 0, 0)))
        dd.text((w / 2, h / 2), s, font=f, fill=rgba(fill), anchor='mm', **kw)
        rot = lay.rotate(angle, resample=Image.BICUBIC, expand=True)
        ox = int(round(center[0] - rot.width / 2))
        oy = int(round(center[1] - rot.height / 2))
        self.img.paste(rot, (ox, oy), rot)
        bb = rot.getchannel('A').point(lambda v: 255 if v > 40 else 0).getbbox()
        box = (ox + bb[0], oy + bb[1], ox + bb[2], oy + bb[3])
        if kind:
            self.add_leak(kind, s, box)
        return box

    def hand(self, xy, s, size, fill, rng, kind=None, fname=None, slope=0.0, jitter=0.07, thick=False):
        """Handwriting-like text with baseline at xy[1]. Returns bbox."""
        fname = fname or rng.choice(HAND_FONTS)
        x, y = xy
        x0 = x
        boxes = []
        fill = rgba(fill)
        for ch in s:
            f = font(fname, size * (0.9 + 0.2 * rng.random()))
            if ch == ' ':
                x += f.getlength(' ') * (0.9 + 0.5 * rng.random())
                continue
            dy = (rng.random() - 0.5) * size * jitter * 2 + slope * (x - x0)
            pos = (x, y + dy)
            self.d.text(pos, ch, font=f, fill=fill, anchor='ls')
            if thick:
                self.d.text((pos[0] + 1, pos[1]), ch, font=f, fill=fill, anchor='ls')
            boxes.append(self.d.textbbox(pos, ch, font=f, anchor='ls'))
            x += f.getlength(ch) + (rng.random() - 0.35) * size * 0.06
        if not boxes:
            return (x0, y, x0, y)
        bb = (min(b[0] for b in boxes), min(b[1] for b in boxes),
              max(b[2] for b in boxes) + (1 if thick else 0), max(b[3] for b in boxes))
        if kind:
            self.add_leak(kind, s, bb)
        return bb

    # ---------------------------------------------------------------- shapes
    def rrect(self, box, r, fill=None, outline=None, width=1):
        self.d.rounded_rectangle([int(v) for v in box], radius=int(r),
                                 fill=rgba(fill) if fill else None,
                                 outline=rgba(outline) if outline else None, width=width)

    def rect(self, box, fill=None, outline=None, width=1):
        self.d.rectangle([int(v) for v in box], fill=rgba(fill) if fill else None,
                         outline=rgba(outline) if outline else None, width=width)

    def circle(self, cx, cy, r, fill=None, outline=None, width=1):
        self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rgba(fill) if fill else None,
                       outline=rgba(outline) if outline else None, width=width)

    def line(self, pts, fill, width=1):
        self.d.line(pts, fill=rgba(fill), width=width)

    def avatar(self, cx, cy, r, col, bg=None):
        """Generic silhouette avatar (no face)."""
        self.circle(cx, cy, r, fill=bg or mix(col, (255, 255, 255), 0.65))
        self.circle(cx, cy - r * 0.25, r * 0.36, fill=col)
        self.d.pieslice([cx - r * 0.62, cy + r * 0.18, cx + r * 0.62, cy + r * 1.25], 180, 360, fill=rgba(col))

    def person_figure(self, box, col, skin):
        x0, y0, x1, y1 = box
        w, h = x1 - x0, y1 - y0
        cx = (x0 + x1) / 2
        r = min(w, h) * 0.16
        self.d.ellipse([cx - w * 0.3, y0 + h * 0.55, cx + w * 0.3, y1 + h * 0.25], fill=rgba(col))
        self.d.ellipse([cx - r, y0 + h * 0.5 - 2.2 * r, cx + r, y0 + h * 0.5], fill=rgba(skin))

    # ---------------------------------------------------------------- QR
    def qr(self, payload, xy, size, kind, dark=(0, 0, 0), light=(255, 255, 255), border=4, error='m'):
        """Draw QR with quiet zone; size = symbol size (without quiet zone). Leak box = symbol."""
        q = segno.make(payload, error=error, micro=False)
        m = np.array([list(r) for r in q.matrix], dtype=np.uint8)
        n = m.shape[0]
        mod = max(2, int(size // n))
        sym = n * mod
        full = (n + 2 * border) * mod
        arr = np.zeros((full, full, 3), np.uint8)
        arr[:] = light
        big = np.kron(m, np.ones((mod, mod), np.uint8)).astype(bool)
        sl = arr[border * mod:border * mod + sym, border * mod:border * mod + sym]
        sl[big] = dark
        im = Image.fromarray(arr).convert('RGBA')
        x, y = int(xy[0]), int(xy[1])
        self.img.paste(im, (x, y))
        box = (x + border * mod, y + border * mod, x + border * mod + sym, y + border * mod + sym)
        self.qrs += 1
        self.qr_list.append(payload)
        if kind:
            self.add_leak(kind, payload, box)
        return (x, y, x + full, y + full), box

    # ---------------------------------------------------------------- layers
    def paste_layer(self, lay, center, angle=0.0, shadow=0):
        """Paste another Surface rotated by angle (deg, CCW) centred at center; carries leaks."""
        src = lay.img
        if angle:
            rot = src.rotate(angle, resample=Image.BICUBIC, expand=True)
        else:
            rot = src
        ox = int(round(center[0] - rot.width / 2))
        oy = int(round(center[1] - rot.height / 2))
        if shadow:
            a = rot.getchannel('A').point(lambda v: int(v * 0.45))
            a = a.filter(ImageFilter.GaussianBlur(shadow))
            sh = Image.new('RGBA', rot.size, (0, 0, 0, 255))
            self.img.paste(sh, (ox + shadow // 2, oy + shadow), a)
        self.img.paste(rot, (ox, oy), rot)
        cx, cy = src.width / 2, src.height / 2
        ncx, ncy = rot.width / 2, rot.height / 2
        for lk in lay.leaks:
            x0, y0, x1, y1 = lk['box']
            pts = [rot_point(px, py, cx, cy, ncx, ncy, angle) for px, py in
                   ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
            xs = [p[0] + ox for p in pts]
            ys = [p[1] + oy for p in pts]
            self.add_leak(lk['kind'], lk['text'], (min(xs), min(ys), max(xs), max(ys)))
        self.qrs += lay.qrs
        self.qr_list.extend(lay.qr_list)
        return (ox, oy, ox + rot.width, oy + rot.height)

    def rgb(self):
        return self.img.convert('RGB')


# -------------------------------------------------------------------- textures
def smooth(w, h, nrng, scale):
    sw, sh = max(2, w // scale + 2), max(2, h // scale + 2)
    a = nrng.random((sh, sw)).astype(np.float32)
    im = Image.fromarray(a, 'F').resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32)


def to_img(arr):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), 'RGB').convert('RGBA')


def tex_plain(w, h, nrng, base, amp=10, scale=200, grain=3):
    base = np.array(base[:3], np.float32)
    n = (smooth(w, h, nrng, scale) - 0.5) * 2 * amp
    arr = base[None, None, :] + n[..., None]
    if grain:
        arr += nrng.normal(0, grain, (h, w, 1)).astype(np.float32)
    return to_img(arr)


def tex_wood(w, h, nrng, base=(150, 105, 65), vertical=False):
    base = np.array(base, np.float32)
    sw, sh = max(64, w // 4), max(64, h // 4)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    warp = smooth(sw, sh, nrng, 40) * 30
    coord = (xx if vertical else yy) + warp
    rings = np.sin(coord / (3 + nrng.random() * 3)) * 0.5 + 0.5
    fine = smooth(sw, sh, nrng, 3)
    v = 0.75 + 0.2 * rings + 0.1 * fine
    small = base[None, None, :] * v[..., None]
    im = Image.fromarray(np.clip(small, 0, 255).astype(np.uint8), 'RGB').resize((w, h), Image.BICUBIC)
    arr = np.asarray(im, np.float32) + nrng.normal(0, 3, (h, w, 1)).astype(np.float32)
    return to_img(arr)


def tex_brick(w, h, nrng, base=(160, 70, 50), mortar=(200, 195, 185), bh=None):
    bh = bh or max(30, h // 22)
    bw = bh * 2.6
    im = Image.new('RGB', (w, h), mortar)
    d = ImageDraw.Draw(im)
    g = int(max(2, bh * 0.12))
    r = 0
    y = 0
    while y < h:
        off = (bw / 2) if r % 2 else 0
        x = -off
        while x < w:
            c = np.array(base, np.float32) * (0.8 + 0.35 * nrng.random())
            d.rectangle([x + g, y + g, x + bw - g, y + bh - g], fill=tuple(int(v) for v in np.clip(c, 0, 255)))
            x += bw
        y += bh
        r += 1
    arr = np.asarray(im, np.float32)
    arr = arr * (0.85 + 0.3 * smooth(w, h, nrng, 50))[..., None] + nrng.normal(0, 6, (h, w, 1))
    return to_img(arr)


def tex_fabric(w, h, nrng, base=(40, 60, 140)):
    yy, xx = np.mgrid[0:h, 0:w]
    p = ((np.sin(xx * 1.3) + np.sin(yy * 1.3)) * 0.5).astype(np.float32)
    arr = np.array(base, np.float32)[None, None, :] * (0.9 + 0.08 * p)[..., None]
    arr = arr * (0.9 + 0.2 * smooth(w, h, nrng, 300))[..., None] + nrng.normal(0, 4, (h, w, 1))
    return to_img(arr)


def tex_grass(w, h, nrng):
    sw, sh = w // 2, h // 2
    g = nrng.random((sh, sw)).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8), 'L').filter(ImageFilter.BoxBlur(1)).resize((w, h))
    v = np.asarray(im, np.float32) / 255
    base = np.array([60, 120, 45], np.float32)
    arr = base[None, None, :] * (0.6 + 0.7 * v)[..., None] * (0.8 + 0.3 * smooth(w, h, nrng, 150))[..., None]
    return to_img(arr)


def tex_bokeh(w, h, nrng, base=(40, 40, 50), n=40):
    im = tex_plain(w, h, nrng, base, amp=25, scale=300, grain=2).convert('RGB')
    ov = Image.new('RGB', (w, h), (0, 0, 0))
    d = ImageDraw.Draw(ov)
    for _ in range(n):
        r = int(min(w, h) * (0.02 + 0.08 * nrng.random()))
        x, y = int(nrng.random() * w), int(nrng.random() * h)
        c = tuple(int(v) for v in (nrng.random(3) * 150 + 60))
        d.ellipse([x - r, y - r, x + r, y + r], fill=c)
    ov = ov.filter(ImageFilter.GaussianBlur(min(w, h) / 80))
    arr = np.asarray(im, np.float32) + np.asarray(ov, np.float32) * 0.6
    return to_img(arr)


def tex_gradient(w, h, c1, c2, vertical=True):
    t = np.linspace(0, 1, h if vertical else w, dtype=np.float32)
    c1, c2 = np.array(c1[:3], np.float32), np.array(c2[:3], np.float32)
    line = c1[None, :] * (1 - t[:, None]) + c2[None, :] * t[:, None]
    if vertical:
        arr = np.repeat(line[:, None, :], w, axis=1)
    else:
        arr = np.repeat(line[None, :, :], h, axis=0)
    return to_img(arr)


def tex_concrete(w, h, nrng, base=(150, 150, 145)):
    arr = np.array(base, np.float32)[None, None, :] * (0.85 + 0.2 * smooth(w, h, nrng, 120) +
                                                        0.08 * smooth(w, h, nrng, 8))[..., None]
    arr += nrng.normal(0, 9, (h, w, 1))
    return to_img(arr)


def tex_busy(w, h, nrng):
    """Colourful cluttered background (toys / posters / crowd blur)."""
    im = Image.new('RGB', (w, h), tuple(int(v) for v in nrng.integers(60, 200, 3)))
    d = ImageDraw.Draw(im)
    for _ in range(160):
        x, y = nrng.random() * w, nrng.random() * h
        s = min(w, h) * (0.03 + 0.15 * nrng.random())
        c = tuple(int(v) for v in nrng.integers(20, 240, 3))
        t = nrng.integers(0, 3)
        if t == 0:
            d.ellipse([x, y, x + s, y + s], fill=c)
        elif t == 1:
            d.rectangle([x, y, x + s * 1.5, y + s * 0.7], fill=c)
        else:
            d.polygon([(x, y), (x + s, y + s * 0.3), (x + s * 0.3, y + s)], fill=c)
    im = im.filter(ImageFilter.GaussianBlur(min(w, h) / 300))
    arr = np.asarray(im, np.float32) + nrng.normal(0, 4, (h, w, 1))
    return to_img(arr)


def texture(kind, w, h, nrng, **kw):
    return {'plain': tex_plain, 'wood': tex_wood, 'brick': tex_brick, 'fabric': tex_fabric,
            'grass': lambda w, h, n, **k: tex_grass(w, h, n), 'bokeh': tex_bokeh,
            'concrete': tex_concrete, 'busy': lambda w, h, n, **k: tex_busy(w, h, n)}[kind](w, h, nrng, **kw)


def paper(w, h, nrng, base=(250, 248, 240), lined=False, grid=False, line_col=(170, 190, 225),
          margin=True, spacing=None):
    s = Surface(w, h)
    s.img = tex_plain(w, h, nrng, base, amp=4, scale=300, grain=2)
    s.d = ImageDraw.Draw(s.img)
    sp = spacing or max(18, h // 28)
    if lined:
        y = sp * 2
        while y < h - sp // 2:
            s.line([(0, y), (w, y)], line_col, max(1, sp // 28))
            y += sp
        if margin:
            s.line([(sp * 2.2, 0), (sp * 2.2, h)], (230, 120, 120), max(1, sp // 20))
    if grid:
        for x in range(0, w, sp):
            s.line([(x, 0), (x, h)], line_col, 1)
        for y in range(0, h, sp):
            s.line([(0, y), (w, y)], line_col, 1)
    return s


# -------------------------------------------------------------------- finishing
def finish_photo(img, nrng, blur=0.0, noise=0.0, vignette=0.0, tint=None, bright=1.0):
    im = img.convert('RGB')
    if blur > 0:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise > 0 or vignette > 0 or tint is not None or bright != 1.0:
        arr = np.asarray(im, np.float32)
        h, w = arr.shape[:2]
        if vignette > 0:
            sw, sh = 64, 48
            yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
            r = np.sqrt(((xx - sw / 2) / (sw / 2)) ** 2 + ((yy - sh / 2) / (sh / 2)) ** 2)
            v = np.clip(1 - vignette * (r ** 2) / 2, 0, 1).astype(np.float32)
            v = np.asarray(Image.fromarray(v, 'F').resize((w, h), Image.BILINEAR), np.float32)
            arr *= v[..., None]
        if tint is not None:
            arr *= np.array(tint, np.float32)[None, None, :]
        if bright != 1.0:
            arr *= bright
        if noise > 0:
            arr += nrng.normal(0, noise, (h, w, 1)).astype(np.float32)
            arr += nrng.normal(0, noise * 0.4, (h, w, 3)).astype(np.float32)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), 'RGB')
    return im


# -------------------------------------------------------------------- UI bits
def status_bar(s, h, dark, time_str='9:41', scale=1.0, bg=None):
    fg = (255, 255, 255) if dark else (20, 20, 20)
    if bg:
        s.rect([0, 0, s.w, h], fill=bg)
    f = font('sans_b', 15 * scale)
    s.text((22 * scale, h / 2), time_str, f, fg, anchor='lm')
    x = s.w - 22 * scale
    # battery
    s.rrect([x - 26 * scale, h / 2 - 6 * scale, x, h / 2 + 6 * scale], 3 * scale, outline=fg, width=max(1, int(scale)))
    s.rect([x - 23 * scale, h / 2 - 3 * scale, x - 8 * scale, h / 2 + 3 * scale], fill=fg)
    # signal
    for i in range(4):
        bx = x - 60 * scale + i * 6 * scale
        s.rect([bx, h / 2 + 6 * scale - (i + 1) * 3 * scale, bx + 4 * scale, h / 2 + 6 * scale], fill=fg)
    return fg


def ui_scale(w):
    return w / 390.0


def intbox(b):
    x0, y0, x1, y1 = b
    x0, y0 = int(math.floor(x0)), int(math.floor(y0))
    x1, y1 = int(math.ceil(x1)), int(math.ceil(y1))
    return [x0, y0, x1 - x0, y1 - y0]


class Ctx:
    def __init__(self, idx, seed, region):
        self.idx = idx
        self.rng = random.Random(seed)
        self.nrng = np.random.default_rng(seed)
        self.region = region
        from people import People
        self.P = People(region, random.Random(seed * 7 + 3))

    def pick(self, seq):
        return self.rng.choice(seq)

    def shot_size(self, landscape=False):
        if landscape:
            return self.pick([(1280, 720), (1920, 1080), (1366, 768), (1440, 900), (2560, 1440)])
        return self.pick([(540, 960), (720, 1280), (750, 1334), (1080, 1920), (1080, 2340), (828, 1792),
                          (1170, 2532), (1242, 2688)])

    def photo_size(self, big=True, portrait=None):
        opts = BIG_SIZES if big else MID_SIZES
        if portrait is not None:
            opts = [s for s in opts if (s[1] > s[0]) == portrait]
        return self.pick(opts)


# -------------------------------------------------------------------- scene registry
def registry(lst):
    def sc(clean=False, region=None):
        def deco(fn):
            fn.meta = dict(clean=clean, region=region)
            lst.append(fn)
            return fn
        return deco
    return sc


def done(ctx, s, notes, photo=False, blur=None, noise=None, vignette=None, tint=None, bright=1.0):
    """Finish a surface into an output dict."""
    if photo:
        blur = ctx.rng.uniform(0.3, 1.6) if blur is None else blur
        noise = ctx.rng.uniform(2, 7) if noise is None else noise
        vignette = ctx.rng.uniform(0.2, 0.7) if vignette is None else vignette
        if tint is None:
            t = [ctx.rng.uniform(0.93, 1.05) for _ in range(3)]
            tint = t
    img = finish_photo(s.img, ctx.nrng, blur=blur or 0, noise=noise or 0, vignette=vignette or 0,
                       tint=tint, bright=bright)
    return dict(img=img, leaks=s.leaks, qrs=s.qrs, qr_list=s.qr_list, notes='%s (%s)' % (notes, ctx.region), photo=photo)
