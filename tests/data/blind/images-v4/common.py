"""Shared helpers: fonts, canvas with leak tracking, backgrounds, QR, cards."""
import math
import random
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import segno

_D = '/usr/share/fonts/truetype/'
FONTS = {
    'sans': 'dejavu/DejaVuSans.ttf',
    'sans_b': 'dejavu/DejaVuSans-Bold.ttf',
    'sans_i': 'dejavu/DejaVuSans-Oblique.ttf',
    'sans_light': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'cond': 'dejavu/DejaVuSansCondensed.ttf',
    'cond_b': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'serif': 'dejavu/DejaVuSerif.ttf',
    'serif_b': 'dejavu/DejaVuSerif-Bold.ttf',
    'serif_i': 'dejavu/DejaVuSerif-Italic.ttf',
    'mono': 'dejavu/DejaVuSansMono.ttf',
    'mono_b': 'dejavu/DejaVuSansMono-Bold.ttf',
    'lsans': 'liberation/LiberationSans-Regular.ttf',
    'lsans_b': 'liberation/LiberationSans-Bold.ttf',
    'lsans_i': 'liberation/LiberationSans-Italic.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf',
    'narrow_b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'lserif': 'liberation/LiberationSerif-Regular.ttf',
    'lserif_b': 'liberation/LiberationSerif-Bold.ttf',
    'lserif_i': 'liberation/LiberationSerif-Italic.ttf',
    'lmono': 'liberation/LiberationMono-Regular.ttf',
    'lmono_b': 'liberation/LiberationMono-Bold.ttf',
    'fsans': 'freefont/FreeSans.ttf',
    'fsans_b': 'freefont/FreeSansBold.ttf',
    'fsans_i': 'freefont/FreeSansOblique.ttf',
    'fserif': 'freefont/FreeSerif.ttf',
    'fserif_b': 'freefont/FreeSerifBold.ttf',
    'fserif_bi': 'freefont/FreeSerifBoldItalic.ttf',
    'fserif_i': 'freefont/FreeSerifItalic.ttf',
    'fmono': 'freefont/FreeMono.ttf',
    'fmono_b': 'freefont/FreeMonoBold.ttf',
}
_FCACHE = {}


def F(name, size):
    key = (name, int(size))
    if key not in _FCACHE:
        _FCACHE[key] = ImageFont.truetype(_D + FONTS[name], int(size))
    return _FCACHE[key]


def tlen(s, font, size):
    return F(font, size).getlength(s)


def parse_markup(s):
    """'call [[PHONE:0123]] now' -> [('call ', None), ('0123', 'PHONE'), (' now', None)]"""
    parts = re.split(r'\[\[([A-Z_]+):(.*?)\]\]', s)
    out = []
    for i in range(0, len(parts), 3):
        if parts[i]:
            out.append((parts[i], None))
        if i + 2 < len(parts):
            out.append((parts[i + 2], parts[i + 1]))
    return out


def plain(s):
    return ''.join(t for t, _ in parse_markup(s))


def wrap_segments(segs, font, size, maxw):
    f = F(font, size)
    tokens = []
    for text, kind in segs:
        if kind:
            tokens.append((text, kind))
        else:
            for w in re.findall(r'\S+|\s+', text):
                tokens.append((w, None))
    lines = [[]]

    def strip_tail(line):
        while line and line[-1][1] is None and line[-1][0].isspace():
            line.pop()

    for tok in tokens:
        if tok[1] is None and tok[0].isspace():
            if lines[-1]:
                lines[-1].append(tok)
            continue
        trial = ''.join(t for t, _ in lines[-1]) + tok[0]
        if f.getlength(trial) > maxw and lines[-1]:
            strip_tail(lines[-1])
            lines.append([tok])
        else:
            lines[-1].append(tok)
    strip_tail(lines[-1])
    merged = []
    for line in lines:
        m = []
        for t, k in line:
            if k is None and m and m[-1][1] is None:
                m[-1] = (m[-1][0] + t, None)
            else:
                m.append((t, k))
        merged.append(m)
    return merged


def seg_width(line, font, size):
    return F(font, size).getlength(''.join(t for t, _ in line))


def _box_from_bb(bb):
    x0, y0, x1, y1 = bb
    return [int(math.floor(x0)), int(math.floor(y0)),
            int(math.ceil(x1 - x0)), int(math.ceil(y1 - y0))]


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255), mode='RGB', img=None):
        if img is not None:
            self.img = img.convert(mode)
        else:
            if mode == 'RGBA' and bg is not None and len(bg) == 3:
                bg = tuple(bg) + (255,)
            self.img = Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    def _add(self, kind, text, bb, maskfn):
        if kind:
            self.leaks.append({'kind': kind, 'text': text,
                               'box': _box_from_bb(bb), 'mask': maskfn})

    def _paste(self, layer, x, y):
        if self.img.mode == 'RGBA':
            tmp = Image.new('RGBA', self.img.size, (0, 0, 0, 0))
            tmp.paste(layer, (x, y))
            self.img.alpha_composite(tmp)
        else:
            self.img.paste(layer, (x, y), layer)

    def text(self, xy, s, font='sans', size=20, fill=(0, 0, 0), kind=None,
             anchor='la', angle=0, stroke=0, stroke_fill=None):
        f = F(font, size)
        if not angle:
            self.d.text(xy, s, font=f, fill=fill, anchor=anchor,
                        stroke_width=stroke, stroke_fill=stroke_fill)
            bb = self.d.textbbox(xy, s, font=f, anchor=anchor, stroke_width=stroke)

            def maskfn(m, xy=xy, s=s, f=f, anchor=anchor, stroke=stroke):
                ImageDraw.Draw(m).text(xy, s, font=f, fill=255, anchor=anchor,
                                       stroke_width=stroke, stroke_fill=255)
            self._add(kind, s, bb, maskfn)
            return bb
        # rotated: xy is the centre of the text
        bb0 = f.getbbox(s, stroke_width=stroke)
        pad = stroke + 4
        lw, lh = bb0[2] - bb0[0] + 2 * pad, bb0[3] - bb0[1] + 2 * pad
        layer = Image.new('RGBA', (lw, lh), (0, 0, 0, 0))
        fill4 = tuple(fill) + (255,) if len(fill) == 3 else fill
        sf = stroke_fill
        if sf is not None and len(sf) == 3:
            sf = tuple(sf) + (255,)
        ImageDraw.Draw(layer).text((pad - bb0[0], pad - bb0[1]), s, font=f,
                                   fill=fill4, stroke_width=stroke, stroke_fill=sf)
        rot = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
        x0 = int(round(xy[0] - rot.width / 2))
        y0 = int(round(xy[1] - rot.height / 2))
        self._paste(rot, x0, y0)
        alpha = rot.getchannel('A')
        abb = alpha.getbbox()
        bb = (x0 + abb[0], y0 + abb[1], x0 + abb[2], y0 + abb[3])

        def maskfn(m, alpha=alpha, x0=x0, y0=y0):
            m.paste(alpha, (x0, y0), alpha)
        self._add(kind, s, bb, maskfn)
        return bb

    def runs(self, xy, segs, font='sans', size=20, fill=(0, 0, 0), colors=None):
        """Draw a line of (text, kind) segments; leak segments get own boxes."""
        x, y = xy
        f = F(font, size)
        for text, kind in segs:
            col = fill
            if kind and colors and kind in colors:
                col = colors[kind]
            st = text
            if kind:
                lead = len(st) - len(st.lstrip())
                x += f.getlength(st[:lead])
                st = st.strip()
            self.text((x, y), st, font, size, col, kind=kind)
            x += f.getlength(st)
        return x

    def mline(self, xy, s, font='sans', size=20, fill=(0, 0, 0), colors=None):
        """single line with [[KIND:text]] markup"""
        return self.runs(xy, parse_markup(s), font, size, fill, colors)

    def para(self, xy, s, font='sans', size=20, fill=(0, 0, 0), maxw=400,
             spacing=1.3, colors=None):
        lines = wrap_segments(parse_markup(s), font, size, maxw)
        x, y = xy
        for line in lines:
            self.runs((x, y), line, font, size, fill, colors)
            y += size * spacing
        return y

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        x, y, w, h = box
        if radius:
            self.d.rounded_rectangle([x, y, x + w, y + h], radius=radius,
                                     fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle([x, y, x + w, y + h], fill=fill, outline=outline, width=width)

    def ellipse(self, box, fill=None, outline=None, width=1):
        x, y, w, h = box
        self.d.ellipse([x, y, x + w, y + h], fill=fill, outline=outline, width=width)

    def line(self, pts, fill=(0, 0, 0), width=1):
        self.d.line(pts, fill=fill, width=width)

    def qr(self, payload, x, y, scale=6, kind=None, border=4, dark=(0, 0, 0),
           light=(255, 255, 255), angle=0, error='m'):
        """Draw QR; (x, y) top-left of the quiet zone (angle 0) or centre (angle)."""
        q = segno.make(payload, error=error, micro=False)
        m = np.array([list(r) for r in q.matrix_iter(scale=scale, border=border)],
                     dtype=bool)
        arr = np.where(m[..., None], np.array(dark, np.uint8),
                       np.array(light, np.uint8)).astype(np.uint8)
        qimg = Image.fromarray(arr, 'RGB').convert('RGBA')
        off = border * scale
        sym = m.shape[0] - 2 * off
        if not angle:
            self._paste(qimg, x, y)
            bb = (x + off, y + off, x + off + sym, y + off + sym)

            def maskfn(mm, bb=bb):
                ImageDraw.Draw(mm).rectangle([bb[0], bb[1], bb[2] - 1, bb[3] - 1], fill=255)
            self._add(kind, payload, bb, maskfn)
            return bb, qimg.width
        smask = Image.new('L', qimg.size, 0)
        ImageDraw.Draw(smask).rectangle([off, off, off + sym - 1, off + sym - 1], fill=255)
        rot = qimg.rotate(angle, expand=True, resample=Image.BICUBIC)
        rmask = smask.rotate(angle, expand=True, resample=Image.BICUBIC)
        x0 = int(round(x - rot.width / 2))
        y0 = int(round(y - rot.height / 2))
        self._paste(rot, x0, y0)
        abb = rmask.getbbox()
        bb = (x0 + abb[0], y0 + abb[1], x0 + abb[2], y0 + abb[3])

        def maskfn(mm, rmask=rmask, x0=x0, y0=y0):
            mm.paste(rmask, (x0, y0), rmask)
        self._add(kind, payload, bb, maskfn)
        return bb, rot.width

    def paste_canvas(self, child, cx, cy, angle=0, shadow=0, shadow_alpha=110, scale=1.0):
        """Paste an RGBA child canvas centred at (cx, cy), rotated; carry leaks."""
        src = child.img if child.img.mode == 'RGBA' else child.img.convert('RGBA')
        osize = src.size
        if scale != 1.0:
            src = src.resize((max(1, round(src.width * scale)), max(1, round(src.height * scale))),
                             Image.LANCZOS)
        rot = src.rotate(angle, expand=True, resample=Image.BICUBIC) if angle else src
        x0 = int(round(cx - rot.width / 2))
        y0 = int(round(cy - rot.height / 2))
        if shadow:
            a = rot.getchannel('A').point(lambda v: v * shadow_alpha // 255)
            sh = Image.new('RGBA', rot.size, (0, 0, 0, 0))
            sh.putalpha(a)
            pad = shadow * 3
            big = Image.new('RGBA', (rot.width + 2 * pad, rot.height + 2 * pad), (0, 0, 0, 0))
            big.paste(sh, (pad, pad))
            big = big.filter(ImageFilter.GaussianBlur(shadow))
            self._paste_clip(big, x0 - pad + shadow, y0 - pad + shadow)
        self._paste_clip(rot, x0, y0)
        for lk in child.leaks:
            m = Image.new('L', osize, 0)
            lk['mask'](m)
            arr = np.asarray(m) > 40
            ys, xs = np.nonzero(arr)
            if len(xs) == 0:
                continue
            fx = xs.astype(np.float64) + 0.5
            fy = ys.astype(np.float64) + 0.5
            if scale != 1.0:
                fx *= src.width / osize[0]
                fy *= src.height / osize[1]
            if angle:
                fx, fy = rot_points(fx, fy, src.width, src.height, angle)
            m2 = max(0.5, scale / 2)
            bbg = (x0 + math.floor(fx.min() - m2), y0 + math.floor(fy.min() - m2),
                   x0 + math.ceil(fx.max() + m2), y0 + math.ceil(fy.max() + m2))
            gx = np.floor(fx).astype(np.int64) + x0
            gy = np.floor(fy).astype(np.int64) + y0

            def maskfn(mm, gx=gx, gy=gy):
                a = np.array(mm)
                ok = (gx >= 0) & (gy >= 0) & (gx < a.shape[1]) & (gy < a.shape[0])
                a[gy[ok], gx[ok]] = 255
                mm.paste(Image.fromarray(a, 'L'))
            self._add(lk['kind'], lk['text'], bbg, maskfn)
        return (x0, y0, rot.width, rot.height)

    def _paste_clip(self, layer, x, y):
        # crop layer to canvas
        cx0, cy0 = max(0, -x), max(0, -y)
        cx1 = min(layer.width, self.w - x)
        cy1 = min(layer.height, self.h - y)
        if cx1 <= cx0 or cy1 <= cy0:
            return
        part = layer.crop((cx0, cy0, cx1, cy1))
        self._paste(part, x + cx0, y + cy0)


def rot_points(x, y, w, h, angle):
    """forward map of points under PIL Image.rotate(angle, expand=True)."""
    a = -math.radians(angle)
    ca, sa = round(math.cos(a), 15), round(math.sin(a), 15)
    m = [ca, sa, 0.0, -sa, ca, 0.0]

    def tr(px, py):
        return m[0] * px + m[1] * py + m[2], m[3] * px + m[4] * py + m[5]
    m[2], m[5] = tr(-w / 2, -h / 2)
    m[2] += w / 2
    m[5] += h / 2
    xx, yy = [], []
    for px, py in ((0, 0), (w, 0), (w, h), (0, h)):
        qx, qy = tr(px, py)
        xx.append(qx)
        yy.append(qy)
    nw = math.ceil(max(xx)) - math.floor(min(xx))
    nh = math.ceil(max(yy)) - math.floor(min(yy))
    m[2], m[5] = tr(-(nw - w) / 2.0, -(nh - h) / 2.0)
    # output o -> input i = A o + t ; invert: o = A^T (i - t)
    dx, dy = x - m[2], y - m[5]
    return m[0] * dx + m[3] * dy, m[1] * dx + m[4] * dy


def card(w, h, color=(255, 255, 255), radius=0, outline=None, width=2):
    c = Canvas(w, h, bg=(0, 0, 0, 0), mode='RGBA')
    col = tuple(color) + (255,) if len(color) == 3 else color
    c.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=col,
                          outline=outline, width=width)
    return c


# ---------------------------------------------------------------- backgrounds

def bg_gradient(w, h, c1, c2, vertical=True):
    n = h if vertical else w
    t = np.linspace(0, 1, n, dtype=np.float32)[:, None]
    row = (np.array(c1, np.float32)[None] * (1 - t) + np.array(c2, np.float32)[None] * t)
    if vertical:
        arr = np.broadcast_to(row[:, None, :], (h, w, 3))
    else:
        arr = np.broadcast_to(row[None, :, :], (h, w, 3))
    return Image.fromarray(np.ascontiguousarray(arr).astype(np.uint8), 'RGB')


def bg_blotch(w, h, rng, base, var=40, cells=12, grain=8):
    """photo-like smooth colour variation plus grain."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    gw, gh = max(2, cells), max(2, int(cells * h / w))
    small = np.array(base, np.float32)[None, None] + nr.normal(0, var, (gh, gw, 3)).astype(np.float32)
    small = np.clip(small, 0, 255).astype(np.uint8)
    img = Image.fromarray(small, 'RGB').resize((w, h), Image.BICUBIC)
    if grain:
        img = add_noise(img, grain, nr)
    return img


def add_noise(img, sigma, nr=None, seed=0):
    if nr is None:
        nr = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32)
    n = nr.normal(0, sigma, (arr.shape[0], arr.shape[1], 1)).astype(np.float32)
    arr = np.clip(arr + n, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, 'RGB')


def bg_bricks(w, h, rng, color=(150, 70, 50), mortar=(190, 185, 175), bw=None):
    bw = bw or max(40, w // 14)
    bh = bw // 3
    img = Image.new('RGB', (w, h), mortar)
    d = ImageDraw.Draw(img)
    g = max(2, bw // 25)
    for r, y in enumerate(range(0, h, bh)):
        off = (bw // 2) * (r % 2)
        for x in range(-off, w, bw):
            v = rng.randint(-25, 25)
            c = tuple(max(0, min(255, ch + v)) for ch in color)
            d.rectangle([x + g, y + g, x + bw - g, y + bh - g], fill=c)
    return add_noise(img, 10, seed=rng.randrange(1 << 30))


def bg_wood(w, h, rng, base=(160, 110, 65)):
    nr = np.random.default_rng(rng.randrange(1 << 30))
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    ph = nr.uniform(0, 6.28)
    wav = np.sin(ys / (h / 40.0) + np.sin(xs / (w / 3.0) + ph) * 2.5)
    shade = (wav * 18).astype(np.float32)
    arr = np.array(base, np.float32)[None, None] + shade[..., None]
    arr += nr.normal(0, 6, (h, 1, 1)).astype(np.float32)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return add_noise(Image.fromarray(arr, 'RGB'), 5, nr)


def bg_stripes(w, h, rng, c1, c2, period=None, vertical=False):
    period = period or max(8, (w if vertical else h) // 30)
    img = Image.new('RGB', (w, h), c1)
    d = ImageDraw.Draw(img)
    n = w if vertical else h
    for p in range(0, n, period):
        if vertical:
            d.rectangle([p, 0, p + period // 2, h], fill=c2)
        else:
            d.rectangle([0, p, w, p + period // 2], fill=c2)
    return img


def add_shapes(img, rng, n=30, alpha=(40, 140), maxr=None, blur=0):
    w, h = img.size
    maxr = maxr or max(w, h) // 8
    layer = Image.new('RGBA', (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for _ in range(n):
        c = (rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randint(*alpha))
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randint(maxr // 6, maxr)
        kind = rng.randrange(3)
        if kind == 0:
            d.ellipse([x - r, y - r, x + r, y + r], fill=c)
        elif kind == 1:
            d.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=c)
        else:
            d.polygon([(x, y - r), (x + r, y + r), (x - r, y + r)], fill=c)
    if blur:
        layer = layer.filter(ImageFilter.GaussianBlur(blur))
    base = img.convert('RGBA')
    base.alpha_composite(layer)
    return base.convert('RGB')


def bg_photo(w, h, rng, palette=None, shapes=25, blur=None):
    """generic busy 'photo' background."""
    palette = palette or [(rng.randrange(60, 200), rng.randrange(60, 200), rng.randrange(60, 200))]
    img = bg_blotch(w, h, rng, palette[0], var=35, cells=10, grain=0)
    img = add_shapes(img, rng, shapes, blur=blur if blur is not None else max(2, w // 150))
    return add_noise(img, 7, seed=rng.randrange(1 << 30))


def lighting(img, rng, strength=0.35):
    """vignette / uneven light like a phone photo."""
    w, h = img.size
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    sw, sh = max(1, w // 8), max(1, h // 8)
    ys = np.arange(sh, dtype=np.float32)[:, None] * 8
    xs = np.arange(sw, dtype=np.float32)[None, :] * 8
    dist = np.sqrt(((xs - cx) / w) ** 2 + ((ys - cy) / h) ** 2)
    fac = 1.0 - strength * np.clip(dist / 0.8, 0, 1) ** 1.5
    fimg = Image.fromarray((fac * 255).astype(np.uint8), 'L').resize((w, h), Image.BILINEAR)
    f = np.asarray(fimg, dtype=np.float32)[..., None] / 255.0
    arr = np.asarray(img.convert('RGB'), dtype=np.float32) * f
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), 'RGB')


def finish(canvas, notes, fmt='jpg', quality=90, clean=False, blur=0, noise=0,
           seed=0, light=None):
    img = canvas.img.convert('RGB')
    if light:
        img = lighting(img, random.Random(seed), light)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        img = add_noise(img, noise, seed=seed)
    leaks = [{'kind': l['kind'], 'text': l['text'], 'box': l['box']} for l in canvas.leaks]
    if clean:
        assert not leaks, notes
    return {'img': img, 'leaks': leaks, 'notes': notes, 'fmt': fmt,
            'quality': quality, 'clean': clean}


def mix(c1, c2, t):
    return tuple(int(round(a * (1 - t) + b * t)) for a, b in zip(c1, c2))


class Scaled:
    """Draw on a canvas using nominal coordinates multiplied by k."""

    def __init__(self, c, k):
        self.c, self.k = c, k

    def _p(self, xy):
        return (xy[0] * self.k, xy[1] * self.k)

    def _s(self, v):
        return max(1, int(round(v * self.k)))

    def text(self, xy, s, font='sans', size=20, fill=(0, 0, 0), kind=None, anchor='la', angle=0,
             stroke=0, stroke_fill=None):
        return self.c.text(self._p(xy), s, font, self._s(size), fill, kind=kind, anchor=anchor,
                           angle=angle, stroke=self._s(stroke) if stroke else 0, stroke_fill=stroke_fill)

    def mline(self, xy, s, font='sans', size=20, fill=(0, 0, 0), colors=None):
        return self.c.mline(self._p(xy), s, font, self._s(size), fill, colors) / self.k

    def para(self, xy, s, font='sans', size=20, fill=(0, 0, 0), maxw=400, spacing=1.3, colors=None):
        return self.c.para(self._p(xy), s, font, self._s(size), fill, maxw * self.k, spacing, colors) / self.k

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        x, y, w, h = box
        self.c.rect((x * self.k, y * self.k, w * self.k, h * self.k), fill, outline,
                    self._s(width), self._s(radius) if radius else 0)

    def ellipse(self, box, fill=None, outline=None, width=1):
        x, y, w, h = box
        self.c.ellipse((x * self.k, y * self.k, w * self.k, h * self.k), fill, outline, self._s(width))

    def line(self, pts, fill=(0, 0, 0), width=1):
        self.c.line([self._p(p) for p in pts], fill, self._s(width))

    def polygon(self, pts, fill=None, outline=None):
        self.c.d.polygon([self._p(p) for p in pts], fill=fill, outline=outline)

    def qr(self, payload, x, y, scale=6, kind=None, border=4, dark=(0, 0, 0), light=(255, 255, 255),
           angle=0):
        return self.c.qr(payload, int(x * self.k), int(y * self.k), self._s(scale), kind, border, dark,
                         light, angle)

    def barcode(self, box, rng, color=(0, 0, 0)):
        x, y, w, h = box
        xx = x
        while xx < x + w - 4:
            bw = rng.choice([1, 1, 2, 3])
            if rng.random() < 0.6:
                self.rect((xx, y, bw, h), fill=color)
            xx += bw + rng.choice([1, 2])


def scaled_card(w, h, k, color=(255, 255, 255), radius=0, outline=None, width=2):
    c = card(int(w * k), int(h * k), color, int(radius * k), outline, max(1, int(width * k)))
    return c, Scaled(c, k)


def photo_bg(kind, W, H, rng):
    if kind == 'wood':
        return bg_wood(W, H, rng, base=rng.choice([(160, 110, 65), (120, 80, 50), (190, 150, 105)]))
    if kind == 'cork':
        return bg_blotch(W, H, rng, (185, 140, 95), var=20, cells=30, grain=22)
    if kind == 'carpet':
        return bg_blotch(W, H, rng, rng.choice([(90, 90, 110), (130, 60, 60), (70, 100, 80)]), var=15,
                         cells=20, grain=25)
    if kind == 'bricks':
        return bg_bricks(W, H, rng)
    if kind == 'wall':
        img = bg_gradient(W, H, rng.choice([(235, 230, 215), (210, 225, 235), (240, 220, 225)]),
                          rng.choice([(200, 195, 180), (170, 185, 200), (215, 190, 195)]))
        return add_noise(img, 6, seed=rng.randrange(1 << 30))
    if kind == 'outdoor':
        sky = bg_gradient(W, H, (120, 170, 230), (215, 230, 245))
        ground = bg_blotch(W, H // 2, rng, (80, 130, 60), var=25, cells=20, grain=15)
        sky.paste(ground, (0, H // 2 + H // 8))
        img = add_shapes(sky, rng, 12, alpha=(120, 200), maxr=W // 8, blur=W // 200)
        return add_noise(img, 6, seed=rng.randrange(1 << 30))
    if kind == 'fabric':
        c1 = (rng.randrange(30, 200), rng.randrange(30, 200), rng.randrange(30, 200))
        img = bg_stripes(W, H, rng, c1, mix(c1, (0, 0, 0), 0.25), period=max(6, W // 120),
                         vertical=rng.random() < .5)
        return add_noise(img.filter(ImageFilter.GaussianBlur(1)), 12, seed=rng.randrange(1 << 30))
    if kind == 'fridge':
        return add_noise(bg_gradient(W, H, (235, 237, 240), (200, 204, 210), vertical=False), 4,
                         seed=rng.randrange(1 << 30))
    if kind == 'busy':
        return bg_photo(W, H, rng, shapes=45, blur=W // 300)
    raise ValueError(kind)
