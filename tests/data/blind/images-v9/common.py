"""Drawing helpers shared by all scene modules.

A Canvas wraps a PIL image and records every piece of personal text (a "leak")
with its pixel box.  Boxes are stored as [x0, y0, x1, y1] floats and are carried
through every later geometric transform.
"""
import io
import math
import os
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import segno

FD = '/usr/share/fonts/truetype'
_FONT_FILES = {
    'sans': 'dejavu/DejaVuSans.ttf', 'sans_b': 'dejavu/DejaVuSans-Bold.ttf',
    'sans_i': 'dejavu/DejaVuSans-Oblique.ttf', 'sans_bi': 'dejavu/DejaVuSans-BoldOblique.ttf',
    'cond': 'dejavu/DejaVuSansCondensed.ttf', 'cond_b': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'cond_i': 'dejavu/DejaVuSansCondensed-Oblique.ttf',
    'serif': 'dejavu/DejaVuSerif.ttf', 'serif_b': 'dejavu/DejaVuSerif-Bold.ttf',
    'serif_i': 'dejavu/DejaVuSerif-Italic.ttf', 'serif_bi': 'dejavu/DejaVuSerif-BoldItalic.ttf',
    'mono': 'dejavu/DejaVuSansMono.ttf', 'mono_b': 'dejavu/DejaVuSansMono-Bold.ttf',
    'light': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'free': 'freefont/FreeSans.ttf', 'free_b': 'freefont/FreeSansBold.ttf',
    'free_i': 'freefont/FreeSansOblique.ttf', 'free_bi': 'freefont/FreeSansBoldOblique.ttf',
    'fserif': 'freefont/FreeSerif.ttf', 'fserif_b': 'freefont/FreeSerifBold.ttf',
    'fserif_i': 'freefont/FreeSerifItalic.ttf', 'fserif_bi': 'freefont/FreeSerifBoldItalic.ttf',
    'fmono': 'freefont/FreeMono.ttf', 'fmono_b': 'freefont/FreeMonoBold.ttf',
    'lib': 'liberation/LiberationSans-Regular.ttf', 'lib_b': 'liberation/LiberationSans-Bold.ttf',
    'lib_i': 'liberation/LiberationSans-Italic.ttf', 'lib_bi': 'liberation/LiberationSans-BoldItalic.ttf',
    'libserif': 'liberation/LiberationSerif-Regular.ttf', 'libserif_b': 'liberation/LiberationSerif-Bold.ttf',
    'libserif_i': 'liberation/LiberationSerif-Italic.ttf', 'libserif_bi': 'liberation/LiberationSerif-BoldItalic.ttf',
    'narrow': 'liberation/LiberationSansNarrow-Regular.ttf', 'narrow_b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'libmono': 'liberation/LiberationMono-Regular.ttf', 'libmono_b': 'liberation/LiberationMono-Bold.ttf',
}
_cache = {}

# families: regular, bold, italic
FAMILIES = {
    'dejavu': ('sans', 'sans_b', 'sans_i'),
    'cond': ('cond', 'cond_b', 'cond_i'),
    'free': ('free', 'free_b', 'free_i'),
    'lib': ('lib', 'lib_b', 'lib_i'),
    'narrow': ('narrow', 'narrow_b', 'lib_i'),
    'serif': ('serif', 'serif_b', 'serif_i'),
    'fserif': ('fserif', 'fserif_b', 'fserif_i'),
    'libserif': ('libserif', 'libserif_b', 'libserif_i'),
}
SANS_FAMS = ['dejavu', 'cond', 'free', 'lib', 'narrow']
SERIF_FAMS = ['serif', 'fserif', 'libserif']
HAND_FONTS = ['fserif_i', 'libserif_i', 'sans_i', 'free_i', 'lib_i', 'serif_i', 'fserif_bi', 'lib_bi']
MARKER_FONTS = ['sans_b', 'free_b', 'lib_b', 'cond_b', 'sans_bi', 'free_bi', 'narrow_b']


def font(name, size):
    size = max(6, int(round(size)))
    key = (name, size)
    f = _cache.get(key)
    if f is None:
        path = os.path.join(FD, _FONT_FILES.get(name, _FONT_FILES['sans']))
        if not os.path.exists(path):
            path = os.path.join(FD, _FONT_FILES['sans'])
        f = ImageFont.truetype(path, size)
        _cache[key] = f
    return f


def fam(rng, kind='sans'):
    names = SANS_FAMS if kind == 'sans' else SERIF_FAMS if kind == 'serif' else SANS_FAMS + SERIF_FAMS
    return FAMILIES[rng.choice(names)]


def clamp(v, lo=0, hi=255):
    return max(lo, min(hi, int(v)))


def mix(c1, c2, t):
    return tuple(clamp(a + (b - a) * t) for a, b in zip(c1, c2))


def darker(c, t=0.3):
    return mix(c, (0, 0, 0), t)


def lighter(c, t=0.3):
    return mix(c, (255, 255, 255), t)


def lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def ink_for(bg):
    return (20, 20, 24) if lum(bg) > 140 else (245, 245, 245)


def union(boxes):
    boxes = [b for b in boxes if b]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _tokens(segs):
    """Split segments into wrap tokens; leak segments never break."""
    toks = []  # [text, kind, color, space_before]
    pending_space = False
    for seg in segs:
        t, k = seg[0], seg[1]
        col = seg[2] if len(seg) > 2 else None
        if k:
            toks.append([t, k, col, pending_space])
            pending_space = False
            continue
        for m in re.finditer(r'\s+|\S+', t):
            p = m.group(0)
            if p.isspace():
                pending_space = True
            else:
                toks.append([p, None, col, pending_space])
                pending_space = False
    return toks


def wrap_segs(segs, f, maxw):
    """Return list of lines, each a list of (text, kind, color)."""
    toks = _tokens(segs)
    lines, cur, curw = [], [], 0.0
    for t, k, col, sp in toks:
        add = (' ' if (sp and cur) else '') + t
        w = f.getlength(add)
        if cur and curw + w > maxw and sp:
            lines.append(cur)
            cur, curw = [(t, k, col)], f.getlength(t)
        else:
            cur.append((add, k, col))
            curw += w
    if cur:
        lines.append(cur)
    # merge adjacent non-leak pieces with same colour
    out = []
    for ln in lines:
        m = []
        for t, k, col in ln:
            if m and not k and not m[-1][1] and m[-1][2] == col:
                m[-1] = (m[-1][0] + t, None, col)
            else:
                m.append((t, k, col))
        out.append(m)
    return out


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255), mode='RGB', img=None):
        self.img = img if img is not None else Image.new(mode, (w, h), bg)
        self.w, self.h = self.img.size
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []
        self.qrs = []  # list of (payload, box, is_leak)

    # ------------------------------------------------------------ leaks
    def leak(self, kind, text, box, qr=False):
        self.leaks.append({'kind': kind, 'text': text,
                           'box': [float(b) for b in box], 'qr': qr})

    # ------------------------------------------------------------ text
    def text(self, xy, s, f, fill, kind=None, anchor='la', stroke=0, stroke_fill=None):
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor,
                    stroke_width=stroke, stroke_fill=stroke_fill)
        b = self.d.textbbox(xy, s, font=f, anchor=anchor, stroke_width=stroke)
        if kind:
            self.leak(kind, s, b)
        return b

    def tsize(self, s, f):
        b = f.getbbox(s)
        return b[2] - b[0], b[3] - b[1]

    def ctext(self, cx, y, s, f, fill, kind=None, stroke=0, stroke_fill=None):
        """centred horizontally at cx, top at y"""
        return self.text((cx, y), s, f, fill, kind, anchor='ma', stroke=stroke, stroke_fill=stroke_fill)

    def lines(self, xy, lines, f, fill, spacing=1.25, kind=None, anchor='la'):
        x, y = xy
        boxes = []
        lh = f.size * spacing
        for i, ln in enumerate(lines):
            boxes.append(self.text((x, y + i * lh), ln, f, fill, None, anchor=anchor))
        b = union(boxes)
        if kind:
            self.leak(kind, '\n'.join(lines), b)
        return b

    def rich(self, xy, segs, f, fill):
        """Draw one line made of segments (text, kind[, colour]); returns box."""
        x, y = xy
        full = ''
        boxes = []
        for seg in segs:
            t, k = seg[0], seg[1]
            col = seg[2] if len(seg) > 2 and seg[2] else fill
            x0 = x + f.getlength(full)
            self.d.text((x0, y), t, font=f, fill=col)
            if t.strip():
                # the segment may carry a leading space from wrapping
                lead = len(t) - len(t.lstrip())
                core = t.strip()
                cx0 = x0 + f.getlength(t[:lead])
                bb = f.getbbox(core)
                box = (cx0 + bb[0], y + bb[1], cx0 + bb[2], y + bb[3])
                boxes.append(box)
                if k:
                    self.leak(k, core, box)
            full += t
        return union(boxes) if boxes else (x, y, x + 1, y + 1)

    def para(self, xy, segs, f, fill, maxw, spacing=1.3, align='left'):
        """Wrapped paragraph of segments. Returns bottom y and box."""
        x, y = xy
        lines = wrap_segs(segs, f, maxw)
        lh = f.size * spacing
        boxes = []
        for i, ln in enumerate(lines):
            lx = x
            if align == 'center':
                lw = f.getlength(''.join(t for t, _, _ in ln))
                lx = x + (maxw - lw) / 2
            boxes.append(self.rich((lx, y + i * lh), ln, f, fill))
        return y + len(lines) * lh, (union(boxes) if boxes else (x, y, x, y))

    def measure_para(self, segs, f, maxw, spacing=1.3):
        lines = wrap_segs(segs, f, maxw)
        w = max(f.getlength(''.join(t for t, _, _ in ln)) for ln in lines) if lines else 0
        return w, len(lines) * f.size * spacing, len(lines)

    def hand(self, xy, s, f, fill, rng, kind=None, jitter=None, slant=0.0):
        """Handwriting-ish: char by char with baseline jitter."""
        x, y = xy
        j = jitter if jitter is not None else max(1, f.size * 0.06)
        boxes = []
        for ch in s:
            dy = rng.uniform(-j, j)
            dx = rng.uniform(-j * 0.3, j * 0.3)
            if ch.strip():
                self.d.text((x + dx, y + dy), ch, font=f, fill=fill)
                boxes.append(self.d.textbbox((x + dx, y + dy), ch, font=f))
            x += f.getlength(ch) * rng.uniform(0.97, 1.06)
        b = union(boxes) if boxes else (xy[0], xy[1], x, xy[1] + f.size)
        if kind:
            self.leak(kind, s, b)
        return b

    # ------------------------------------------------------------ shapes
    def rrect(self, box, r, fill=None, outline=None, width=1):
        self.d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)

    # ------------------------------------------------------------ QR
    def qr(self, payload, x, y, size, kind=None, fg=(0, 0, 0), bg=(255, 255, 255), quiet=2, error='m'):
        q = segno.make(payload, error=error, micro=False)
        m = np.array([list(r) for r in q.matrix], dtype=bool)
        n = m.shape[0]
        mod = max(3, int(size // (n + 2 * quiet)))
        full = (n + 2 * quiet) * mod
        arr = np.zeros((n + 2 * quiet, n + 2 * quiet), dtype=bool)
        arr[quiet:quiet + n, quiet:quiet + n] = m
        big = np.kron(arr, np.ones((mod, mod), dtype=bool))
        rgb = np.empty(big.shape + (3,), dtype=np.uint8)
        rgb[big] = fg
        rgb[~big] = bg
        tile = Image.fromarray(rgb, 'RGB')
        if self.img.mode == 'RGBA':
            tile = tile.convert('RGBA')
        self.img.paste(tile, (int(x), int(y)))
        box = (int(x) + quiet * mod, int(y) + quiet * mod,
               int(x) + (quiet + n) * mod, int(y) + (quiet + n) * mod)
        self.qrs.append({'payload': payload, 'box': list(box), 'leak': bool(kind)})
        if kind:
            self.leak(kind, payload, box, qr=True)
        return (int(x), int(y), int(x) + full, int(y) + full)

    # ------------------------------------------------------------ compositing
    def paste_canvas(self, sub, center, angle=0.0):
        """Paste an RGBA sub-canvas rotated by angle (deg, CCW) centred at center."""
        im = sub.img if sub.img.mode == 'RGBA' else sub.img.convert('RGBA')
        w, h = im.size
        if abs(angle) > 0.01:
            rot = im.rotate(angle, resample=Image.BICUBIC, expand=True)
        else:
            rot = im
        W, H = rot.size
        ox = int(round(center[0] - W / 2))
        oy = int(round(center[1] - H / 2))
        self.img.paste(rot, (ox, oy), rot)
        a = math.radians(angle)
        ca, sa = math.cos(a), math.sin(a)

        def mp(px, py):
            dx, dy = px - w / 2, py - h / 2
            return (ca * dx + sa * dy + W / 2 + ox, -sa * dx + ca * dy + H / 2 + oy)

        def mbox(b):
            pts = [mp(b[0], b[1]), mp(b[2], b[1]), mp(b[2], b[3]), mp(b[0], b[3])]
            return (min(p[0] for p in pts), min(p[1] for p in pts),
                    max(p[0] for p in pts), max(p[1] for p in pts))

        for L in sub.leaks:
            self.leak(L['kind'], L['text'], mbox(L['box']), L['qr'])
        for q in sub.qrs:
            self.qrs.append({'payload': q['payload'], 'box': list(mbox(q['box'])), 'leak': q['leak']})
        return (ox, oy, ox + W, oy + H)


def sub_canvas(w, h, bg=(0, 0, 0, 0)):
    return Canvas(int(w), int(h), bg=bg, mode='RGBA')


# ---------------------------------------------------------------- geometry
def solve_h(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def map_box(H, b):
    pts = np.array([[b[0], b[1], 1], [b[2], b[1], 1], [b[2], b[3], 1], [b[0], b[3], 1]], float).T
    q = H @ pts
    q = q[:2] / q[2]
    return (q[0].min(), q[1].min(), q[0].max(), q[1].max())


def apply_homography(cv, dst, fill):
    w, h = cv.img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = solve_h(dst, src).flatten()[:8]
    cv.img = cv.img.transform((w, h), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=fill)
    H = solve_h(src, dst)
    for L in cv.leaks:
        L['box'] = list(map_box(H, L['box']))
    for q in cv.qrs:
        q['box'] = list(map_box(H, q['box']))
    cv.d = ImageDraw.Draw(cv.img)


def quad_rotate(w, h, deg):
    a = math.radians(deg)
    c, s = abs(math.cos(a)), abs(math.sin(a))
    k = min(w / (w * c + h * s), h / (w * s + h * c)) * 0.995
    cx, cy = w / 2, h / 2
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for px, py in [(0, 0), (w, 0), (w, h), (0, h)]:
        dx, dy = (px - cx) * k, (py - cy) * k
        out.append((cx + ca * dx + sa * dy, cy - sa * dx + ca * dy))
    return out


def quad_skew(w, h, rng, amt):
    """Corners pulled inward by up to amt of each side -> perspective-like."""
    out = []
    for (px, py), (sx, sy) in zip([(0, 0), (w, 0), (w, h), (0, h)], [(1, 1), (-1, 1), (-1, -1), (1, -1)]):
        out.append((px + sx * rng.uniform(0.1, 1) * amt * w, py + sy * rng.uniform(0.1, 1) * amt * h))
    return out


def compose_quads(q, w, h, deg):
    """rotate an existing quad about the image centre, shrinking to fit"""
    a = math.radians(deg)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = w / 2, h / 2
    pts = [(cx + ca * (x - cx) + sa * (y - cy), cy - sa * (x - cx) + ca * (y - cy)) for x, y in q]
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    k = min(1.0, (w * 0.995) / (max(xs) - min(xs)), (h * 0.995) / (max(ys) - min(ys)))
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return [(cx + (x - mx) * k, cy + (y - my) * k) for x, y in pts]


def resize_cv(cv, size):
    w, h = cv.img.size
    sx, sy = size[0] / w, size[1] / h
    cv.img = cv.img.resize(size, Image.LANCZOS)
    for L in cv.leaks:
        b = L['box']
        L['box'] = [b[0] * sx, b[1] * sy, b[2] * sx, b[3] * sy]
    for q in cv.qrs:
        b = q['box']
        q['box'] = [b[0] * sx, b[1] * sy, b[2] * sx, b[3] * sy]
    cv.w, cv.h = size
    cv.d = ImageDraw.Draw(cv.img)


def add_noise(img, rng, sigma):
    a = np.asarray(img, dtype=np.int16)
    h, w = a.shape[:2]
    n = (rng.standard_normal((h, w), dtype=np.float32) * (sigma)).astype(np.int16)
    a = a + n[:, :, None]
    if sigma > 3:
        c = (rng.standard_normal((h, w, 3), dtype=np.float32) * (sigma * 0.4)).astype(np.int16)
        a = a + c
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')


def lighting(img, rng, strength):
    """soft uneven light: multiply by a smooth low-frequency field"""
    w, h = img.size
    gx = rng.uniform(0, 1); gy = rng.uniform(0, 1)
    small = np.zeros((32, 32), np.float32)
    yy, xx = np.mgrid[0:32, 0:32] / 31.0
    small = 1.0 - strength * (((xx - gx) ** 2 + (yy - gy) ** 2) ** 0.5) / 1.2
    small += rng.uniform(-strength * 0.2, strength * 0.2)
    f = Image.fromarray(np.clip(small * 200, 0, 255).astype(np.uint8), 'L').resize((w, h), Image.BILINEAR)
    fa = np.asarray(f, dtype=np.uint16)
    a = np.asarray(img, dtype=np.uint16)
    a = (a * fa[:, :, None]) // 200
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')


def jpeg_roundtrip(img, q):
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=int(q))
    buf.seek(0)
    return Image.open(buf).convert('RGB')


def final_box(b, w, h):
    x0 = max(0, math.floor(b[0])); y0 = max(0, math.floor(b[1]))
    x1 = min(w, math.ceil(b[2])); y1 = min(h, math.ceil(b[3]))
    return [int(x0), int(y0), int(max(1, x1 - x0)), int(max(1, y1 - y0))]
