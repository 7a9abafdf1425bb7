"""Core drawing helpers: layers that remember where leak ink was drawn,
geometric warps that carry those ink points along, QR drawing, effects."""
import math
import os
import functools
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import segno

FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/freefont',
             '/usr/share/fonts/truetype/liberation']


def _scan():
    out = []
    for d in FONT_DIRS:
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.lower().endswith('.ttf') and 'Math' not in f and 'ExtraLight' not in f:
                    out.append(os.path.join(d, f))
    return out


ALL_FONTS = _scan()


def _is(f, *words, no=()):
    b = os.path.basename(f)
    return all(w in b for w in words) and not any(n in b for n in no)


def _plain(f):
    b = os.path.basename(f)
    return not any(s in b for s in ('Bold', 'Italic', 'Oblique'))


SANS = [f for f in ALL_FONTS if 'Sans' in os.path.basename(f) and 'Mono' not in f and _plain(f)]
SANS_BOLD = [f for f in ALL_FONTS if 'Sans' in os.path.basename(f) and 'Mono' not in f
             and 'Bold' in f and 'Oblique' not in f and 'Italic' not in f]
SERIF = [f for f in ALL_FONTS if 'Serif' in os.path.basename(f) and _plain(f)]
SERIF_BOLD = [f for f in ALL_FONTS if 'Serif' in os.path.basename(f) and 'Bold' in f and 'Italic' not in f]
ITALIC = [f for f in ALL_FONTS if ('Italic' in f or 'Oblique' in f) and 'Mono' not in f]
MONO = [f for f in ALL_FONTS if 'Mono' in f and _plain(f)]
BOLD = SANS_BOLD + SERIF_BOLD


@functools.lru_cache(maxsize=1024)
def font(path, size):
    return ImageFont.truetype(path, max(6, int(size)))


def ink_points(text, fnt, stroke=0):
    """Boundary ink points (row extremes) of text drawn at origin, anchor 'la'."""
    x0, y0, x1, y1 = fnt.getbbox(text, stroke_width=stroke)
    w, h = x1 - x0 + 4, y1 - y0 + 4
    m = Image.new('L', (max(w, 1), max(h, 1)), 0)
    ImageDraw.Draw(m).text((-x0 + 2, -y0 + 2), text, font=fnt, fill=255,
                           stroke_width=stroke, stroke_fill=255)
    a = np.asarray(m) >= 80
    rows = np.nonzero(a.any(axis=1))[0]
    if len(rows) == 0:
        return np.zeros((0, 2))
    pts = []
    for r in rows:
        xs = np.nonzero(a[r])[0]
        pts.append((xs[0], r))
        pts.append((xs[-1] + 1, r))
        pts.append((xs[0], r + 1))
        pts.append((xs[-1] + 1, r + 1))
    p = np.array(pts, dtype=np.float64)
    p[:, 0] += x0 - 2
    p[:, 1] += y0 - 2
    return p


def rect_pts(x, y, w, h, step=4.0):
    n = max(2, int(max(w, h) / step))
    t = np.linspace(0, 1, n)
    top = np.stack([x + t * w, np.full(n, y)], 1)
    bot = np.stack([x + t * w, np.full(n, y + h)], 1)
    lef = np.stack([np.full(n, x), y + t * h], 1)
    rig = np.stack([np.full(n, x + w), y + t * h], 1)
    return np.concatenate([top, bot, lef, rig])


class Layer:
    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        self.img = Image.new('RGBA', (int(w), int(h)), bg)
        self.draw = ImageDraw.Draw(self.img)
        self.leaks = []   # dict(kind, text, pts)
        self.qrs = []     # dict(payload, pts, leaks=[(kind, text)])

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    def add_leak(self, kind, text, pts):
        self.leaks.append({'kind': kind, 'text': text, 'pts': pts})

    # ---- text -------------------------------------------------------
    def text(self, xy, runs, fnt, fill, stroke=0, stroke_fill=None, anchor=None):
        """Draw runs left to right. runs: str, or list of str / (text, kind).
        anchor: None (left-top of line box), 'c' centre x, 'r' right x.
        Returns (x_end, line_height)."""
        if isinstance(runs, str):
            runs = [runs]
        if isinstance(runs, tuple):
            runs = [runs]
        norm = [(r, None) if isinstance(r, str) else r for r in runs]
        total = sum(fnt.getlength(t) for t, _ in norm)
        x, y = xy
        if anchor == 'c':
            x = x - total / 2
        elif anchor == 'r':
            x = x - total
        for t, k in norm:
            xi, yi = int(round(x)), int(round(y))
            self.draw.text((xi, yi), t, font=fnt, fill=fill, stroke_width=stroke,
                           stroke_fill=stroke_fill)
            if k:
                p = ink_points(t, fnt, stroke)
                if len(p):
                    p = p + (xi, yi)
                    # keep only ink that lands on this layer (guards against clipped runs)
                    p[:, 0] = np.clip(p[:, 0], 0, self.w); p[:, 1] = np.clip(p[:, 1], 0, self.h)
                    self.add_leak(k, t, p)
            x += fnt.getlength(t)
        return x, line_h(fnt)

    def wrap(self, x, y, runs, fnt, fill, maxw, lh=None, align='l'):
        """Word-wrap runs (leak runs kept atomic). Returns list of line widths and new y."""
        lines = layout(runs, fnt, maxw)
        lh = lh or line_h(fnt) * 1.25
        widths = []
        for ln in lines:
            wdt = sum(fnt.getlength(t) for t, _ in ln)
            widths.append(wdt)
            xx = x if align == 'l' else (x + maxw - wdt if align == 'r' else x + (maxw - wdt) / 2)
            self.text((xx, y), ln, fnt, fill)
            y += lh
        return widths, y

    def paste(self, src, xy):
        x, y = int(xy[0]), int(xy[1])
        self.img.alpha_composite(src.img, (x, y))
        for lk in src.leaks:
            self.add_leak(lk['kind'], lk['text'], lk['pts'] + (x, y))
        for q in src.qrs:
            self.qrs.append(dict(q, pts=q['pts'] + (x, y)))


def line_h(fnt):
    a, d = fnt.getmetrics()
    return a + d


def layout(runs, fnt, maxw):
    if isinstance(runs, str):
        runs = [runs]
    toks = []
    for r in runs:
        t, k = (r, None) if isinstance(r, str) else r
        if k:
            toks.append((t, k))
        else:
            parts = t.split(' ')
            for i, p in enumerate(parts):
                if i > 0:
                    toks.append((' ', None))
                if p:
                    toks.append((p, None))
    lines, cur, curw = [], [], 0.0
    for t, k in toks:
        tw = fnt.getlength(t)
        if t == ' ':
            if cur:
                cur.append((t, k))
                curw += tw
            continue
        if cur and curw + tw > maxw:
            while cur and cur[-1][0] == ' ':
                curw -= fnt.getlength(' ')
                cur.pop()
            lines.append(cur)
            cur, curw = [], 0.0
        cur.append((t, k))
        curw += tw
    while cur and cur[-1][0] == ' ':
        cur.pop()
    if cur:
        lines.append(cur)
    # merge consecutive non-leak tokens so they are drawn as one string
    out = []
    for ln in lines:
        m = []
        for t, k in ln:
            if m and k is None and m[-1][1] is None:
                m[-1] = (m[-1][0] + t, None)
            else:
                m.append((t, k))
        out.append(m)
    return out


def fit_font(path, text, maxw, size, minsize=8):
    while size > minsize and font(path, size).getlength(text) > maxw:
        size = int(size * 0.92)
    return font(path, size)


# ---- QR -------------------------------------------------------------------
def qr_matrix(payload, error='m'):
    q = segno.make(payload, error=error, micro=False, boost_error=False)
    return np.array([list(r) for r in q.matrix], dtype=np.uint8) != 0


def draw_qr(layer, x, y, payload, module, leaks=(), dark=(0, 0, 0, 255), light=(255, 255, 255, 255),
            quiet=4, error='m'):
    m = qr_matrix(payload, error)
    n = m.shape[0]
    module = int(module)
    tot = (n + 2 * quiet) * module
    layer.draw.rectangle([x, y, x + tot - 1, y + tot - 1], fill=light)
    sym = np.kron(m, np.ones((module, module), dtype=bool))
    arr = np.zeros(sym.shape + (4,), dtype=np.uint8)
    arr[sym] = dark
    arr[~sym] = light
    im = Image.fromarray(arr, 'RGBA')
    sx, sy = x + quiet * module, y + quiet * module
    layer.img.paste(im, (int(sx), int(sy)))
    pts = rect_pts(sx, sy, n * module, n * module)
    layer.qrs.append({'payload': payload, 'pts': pts, 'leaks': list(leaks)})
    return tot


def qr_size(payload, module, quiet=4, error='m'):
    return (qr_matrix(payload, error).shape[0] + 2 * quiet) * int(module)


# ---- geometry ---------------------------------------------------------------
def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def apply_h(H, pts):
    if len(pts) == 0:
        return pts
    p = np.c_[pts, np.ones(len(pts))] @ H.T
    return p[:, :2] / p[:, 2:3]


def warp_into(dst, src, quad, resample=Image.BICUBIC, shadow=0):
    """Warp src layer so its corners land on quad (TL, TR, BR, BL) in dst."""
    w, h = src.w, src.h
    H = homography([(0, 0), (w, 0), (w, h), (0, h)], quad)
    q = np.array(quad)
    x0 = max(0, int(math.floor(q[:, 0].min())) - 2)
    y0 = max(0, int(math.floor(q[:, 1].min())) - 2)
    x1 = min(dst.w, int(math.ceil(q[:, 0].max())) + 2)
    y1 = min(dst.h, int(math.ceil(q[:, 1].max())) + 2)
    Hi = np.linalg.inv(H)
    T = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], float)
    M = Hi @ T
    M = M / M[2, 2]
    coeffs = (M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1])
    # transparent border so edges blend
    out = src.img.transform((x1 - x0, y1 - y0), Image.PERSPECTIVE, coeffs, resample=resample,
                            fillcolor=(0, 0, 0, 0))
    if shadow:
        m = out.getchannel('A').point(lambda v: v * 90 // 255)
        pad = shadow * 3
        sm = Image.new('L', (m.width + 2 * pad, m.height + 2 * pad), 0)
        sm.paste(m, (pad + shadow, pad + shadow))
        sm = sm.filter(ImageFilter.BoxBlur(max(2, shadow)))
        blk = Image.new('RGBA', sm.size, (0, 0, 0, 255))
        blk.putalpha(sm)
        sx, sy = x0 - pad, y0 - pad
        cx0, cy0 = max(0, -sx), max(0, -sy)
        cx1, cy1 = min(sm.width, dst.w - sx), min(sm.height, dst.h - sy)
        if cx1 > cx0 and cy1 > cy0:
            dst.img.alpha_composite(blk.crop((cx0, cy0, cx1, cy1)), (sx + cx0, sy + cy0))
    dst.img.alpha_composite(out, (x0, y0))
    for lk in src.leaks:
        dst.add_leak(lk['kind'], lk['text'], apply_h(H, lk['pts']))
    for qd in src.qrs:
        dst.qrs.append(dict(qd, pts=apply_h(H, qd['pts'])))
    return H


def place_quad(cx, cy, w, h, angle_deg, persp, rng):
    """Quad for a w x h object centred at cx,cy, rotated, with corner jitter."""
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for (dx, dy) in [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]:
        jx = rng.uniform(-persp, persp) * w
        jy = rng.uniform(-persp, persp) * h
        x = cx + (dx + jx) * ca - (dy + jy) * sa
        y = cy + (dx + jx) * sa + (dy + jy) * ca
        out.append((x, y))
    return out


def cylinder(src, R_frac=0.8, bow=0.06, shade=0.35):
    """Wrap a flat label around a cylinder seen from the front (bottles, cakes)."""
    w, h = src.w, src.h
    R = w * R_frac
    half = (w / 2) / R
    Wo = int(math.ceil(2 * R * math.sin(half))) + 2
    b = bow * h
    Ho = int(math.ceil(h + b)) + 2
    a = np.asarray(src.img).astype(np.float32)
    xo = np.arange(Wo, dtype=np.float32) - Wo / 2
    t = np.clip(xo / R, -1, 1)
    th = np.arcsin(t)
    xs = w / 2 + R * th
    yo = np.arange(Ho, dtype=np.float32)
    off = b * (1 - np.cos(th)) / max(1e-6, (1 - math.cos(half)))
    X = np.broadcast_to(xs[None, :], (Ho, Wo))
    Y = yo[:, None] - off[None, :]
    valid = (X >= 0) & (X <= w - 1) & (Y >= 0) & (Y <= h - 1)
    Xc = np.clip(X, 0, w - 1.001); Yc = np.clip(Y, 0, h - 1.001)
    x0 = np.floor(Xc).astype(int); y0 = np.floor(Yc).astype(int)
    fx = (Xc - x0)[..., None]; fy = (Yc - y0)[..., None]
    v = (a[y0, x0] * (1 - fx) * (1 - fy) + a[y0, x0 + 1] * fx * (1 - fy)
         + a[y0 + 1, x0] * (1 - fx) * fy + a[y0 + 1, x0 + 1] * fx * fy)
    sh = (1 - shade * (np.abs(t) ** 2))[None, :, None]
    v[..., :3] *= sh
    v[~valid] = 0
    out = Layer(Wo, Ho, (0, 0, 0, 0))
    out.img = Image.fromarray(np.clip(v, 0, 255).astype(np.uint8), 'RGBA')
    out.draw = ImageDraw.Draw(out.img)

    def fwd(p):
        thp = (p[:, 0] - w / 2) / R
        x = Wo / 2 + R * np.sin(thp)
        y = p[:, 1] + b * (1 - np.cos(thp)) / max(1e-6, (1 - math.cos(half)))
        return np.stack([x, y], 1)
    for lk in src.leaks:
        out.add_leak(lk['kind'], lk['text'], fwd(lk['pts']))
    for qd in src.qrs:
        out.qrs.append(dict(qd, pts=fwd(qd['pts'])))
    return out


def rotate_layer(src, deg, fill=(255, 255, 255, 255)):
    """Rotate about centre keeping size (scan skew)."""
    w, h = src.w, src.h
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    cx, cy = w / 2, h / 2
    quad = []
    for (x, y) in [(0, 0), (w, 0), (w, h), (0, h)]:
        dx, dy = x - cx, y - cy
        quad.append((cx + dx * c - dy * s, cy + dx * s + dy * c))
    out = Layer(w, h, fill)
    warp_into(out, src, quad)
    return out


# ---- finishing -----------------------------------------------------------
def boxes(layer):
    W, H = layer.w, layer.h
    leaks, qrs = [], []
    for lk in layer.leaks:
        p = lk['pts']
        if len(p) == 0:
            continue
        x0 = max(0, int(math.floor(p[:, 0].min()))); y0 = max(0, int(math.floor(p[:, 1].min())))
        x1 = min(W, int(math.ceil(p[:, 0].max()))); y1 = min(H, int(math.ceil(p[:, 1].max())))
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        leaks.append({'kind': lk['kind'], 'text': lk['text'], 'box': [x0, y0, x1 - x0, y1 - y0]})
    for q in layer.qrs:
        p = q['pts']
        x0 = max(0, int(math.floor(p[:, 0].min()))); y0 = max(0, int(math.floor(p[:, 1].min())))
        x1 = min(W, int(math.ceil(p[:, 0].max()))); y1 = min(H, int(math.ceil(p[:, 1].max())))
        box = [x0, y0, x1 - x0, y1 - y0]
        qrs.append({'payload': q['payload'], 'box': box})
        for k, t in q['leaks']:
            leaks.append({'kind': k, 'text': t, 'box': list(box)})
    return leaks, qrs


def effects(img, rng, nrng, blur=0.0, noise=0.0, contrast=1.0, light=0.0, warm=0.0):
    """Photo effects on an RGB PIL image; geometry unchanged."""
    if blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    H, W = a.shape[:2]
    if light:
        gx = rng.uniform(-1, 1); gy = rng.uniform(-1, 1)
        ys = np.linspace(-1, 1, H, dtype=np.float32)[:, None]
        xs = np.linspace(-1, 1, W, dtype=np.float32)[None, :]
        g = 1 + light * (gx * xs + gy * ys) / 2 - light * 0.35 * (xs ** 2 + ys ** 2)
        a *= g[..., None].astype(np.float32)
    if warm:
        a[..., 0] *= 1 + warm; a[..., 2] *= 1 - warm
    if contrast != 1.0:
        a = 128 + (a - 128) * contrast
    if noise > 0:
        n = nrng.standard_normal((H, W), dtype=np.float32)
        n *= noise
        a += n[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')
