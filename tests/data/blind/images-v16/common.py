"""Drawing primitives that keep track of where every private text is drawn.

A Layer is an RGBA image plus a list of leaks.  Each leak stores the pixel
centres of the boundary of its ink (alpha > INK_THR) in layer coordinates.
Every geometric operation (homography, cylinder, arc, resize, paste) maps
those points forward exactly, so the final box is tight around the ink that
survives in the final picture.
"""
import io
import math
import re

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

INK_THR = 100


class LayoutError(Exception):
    """Raised when a scene layout is unusable; the caller retries with a new attempt."""


# ------------------------------------------------------------------ fonts
_FR = '/usr/share/fonts/truetype/'
FONT_FILES = {
    'dv': 'dejavu/DejaVuSans.ttf', 'dv_b': 'dejavu/DejaVuSans-Bold.ttf', 'dv_i': 'dejavu/DejaVuSans-Oblique.ttf',
    'dv_bi': 'dejavu/DejaVuSans-BoldOblique.ttf', 'dv_xl': 'dejavu/DejaVuSans-ExtraLight.ttf',
    'dvc': 'dejavu/DejaVuSansCondensed.ttf', 'dvc_b': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'dvc_i': 'dejavu/DejaVuSansCondensed-Oblique.ttf', 'dvs': 'dejavu/DejaVuSerif.ttf',
    'dvs_b': 'dejavu/DejaVuSerif-Bold.ttf', 'dvs_i': 'dejavu/DejaVuSerif-Italic.ttf',
    'dvs_bi': 'dejavu/DejaVuSerif-BoldItalic.ttf', 'dvsc_i': 'dejavu/DejaVuSerifCondensed-Italic.ttf',
    'dvsc_b': 'dejavu/DejaVuSerifCondensed-Bold.ttf', 'dvm': 'dejavu/DejaVuSansMono.ttf',
    'dvm_b': 'dejavu/DejaVuSansMono-Bold.ttf',
    'lib': 'liberation/LiberationSans-Regular.ttf', 'lib_b': 'liberation/LiberationSans-Bold.ttf',
    'lib_i': 'liberation/LiberationSans-Italic.ttf', 'lib_bi': 'liberation/LiberationSans-BoldItalic.ttf',
    'libn': 'liberation/LiberationSansNarrow-Regular.ttf', 'libn_b': 'liberation/LiberationSansNarrow-Bold.ttf',
    'libs': 'liberation/LiberationSerif-Regular.ttf', 'libs_b': 'liberation/LiberationSerif-Bold.ttf',
    'libs_i': 'liberation/LiberationSerif-Italic.ttf', 'libs_bi': 'liberation/LiberationSerif-BoldItalic.ttf',
    'libm': 'liberation/LiberationMono-Regular.ttf', 'libm_b': 'liberation/LiberationMono-Bold.ttf',
    'fs': 'freefont/FreeSans.ttf', 'fs_b': 'freefont/FreeSansBold.ttf', 'fs_i': 'freefont/FreeSansOblique.ttf',
    'fs_bi': 'freefont/FreeSansBoldOblique.ttf', 'fse': 'freefont/FreeSerif.ttf', 'fse_b': 'freefont/FreeSerifBold.ttf',
    'fse_i': 'freefont/FreeSerifItalic.ttf', 'fse_bi': 'freefont/FreeSerifBoldItalic.ttf',
    'fm': 'freefont/FreeMono.ttf', 'fm_b': 'freefont/FreeMonoBold.ttf',
}
GROUPS = {
    'ui': ['dv', 'lib', 'fs', 'dvc'],
    'ui_b': ['dv_b', 'lib_b', 'fs_b', 'dvc_b'],
    'serif': ['dvs', 'libs', 'fse'],
    'serif_b': ['dvs_b', 'libs_b', 'fse_b', 'dvsc_b'],
    'serif_i': ['dvs_i', 'libs_i', 'fse_i', 'dvsc_i'],
    'hand': ['fse_i', 'dvs_i', 'libs_i', 'fs_i', 'lib_i', 'dvsc_i', 'dvc_i', 'fse_bi', 'libs_bi'],
    'display': ['dv_b', 'lib_b', 'fs_b', 'libn_b', 'dvc_b', 'dvs_b', 'fse_b', 'libs_b', 'dv_bi', 'lib_bi'],
    'mono': ['dvm', 'libm', 'fm', 'dvm_b', 'libm_b'],
    'narrow': ['libn', 'libn_b', 'dvc', 'dvc_b'],
}
_FC = {}


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    f = _FC.get(k)
    if f is None:
        f = ImageFont.truetype(_FR + FONT_FILES[key], size)
        _FC[k] = f
    return f


def rfont(rng, group):
    g = GROUPS[group]
    return g[rng.randrange(len(g))]


def tlen(s, fnt):
    return fnt.getlength(s)


def line_h(fnt):
    a, d = fnt.getmetrics()
    return a + d


def fit_font(key, s, maxw, size, minsize=8):
    size = int(size)
    while size > minsize and font(key, size).getlength(s) > maxw:
        size = int(size * 0.92)
    return font(key, size)


# ------------------------------------------------------------------ colours
def rgba(c, a=255):
    c = tuple(int(v) for v in c)
    return c if len(c) == 4 else c + (a,)


def hexc(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(c1, c2, t):
    return tuple(int(round(a * (1 - t) + b * t)) for a, b in zip(c1[:3], c2[:3]))


def lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


# ------------------------------------------------------------------ layer
class Layer:
    def __init__(self, w=1, h=1, bg=(255, 255, 255, 255), img=None):
        if img is None:
            img = Image.new('RGBA', (int(w), int(h)), rgba(bg, 255 if len(bg) == 3 else bg[3]))
        self.img = img
        self.leaks = []
        self.qrs = []
        self._d = None

    @property
    def W(self):
        return self.img.width

    @property
    def H(self):
        return self.img.height

    @property
    def d(self):
        if self._d is None:
            self._d = ImageDraw.Draw(self.img)
        return self._d

    def set_img(self, img):
        self.img = img
        self._d = None

    def new_leak(self, kind, text):
        lk = {'kind': kind, 'text': text, 'pts': np.zeros((0, 2))}
        self.leaks.append(lk)
        return lk

    def leak_bbox(self, lk):
        p = lk['pts']
        return (p[:, 0].min(), p[:, 1].min(), p[:, 0].max(), p[:, 1].max())


def boundary_pts(alpha, ox, oy, thr=INK_THR):
    m = alpha > thr
    if not m.any():
        return np.zeros((0, 2))
    p = np.pad(m, 1)
    inner = p[1:-1, 1:-1] & p[:-2, 1:-1] & p[2:, 1:-1] & p[1:-1, :-2] & p[1:-1, 2:]
    ys, xs = np.nonzero(m & ~inner)
    return np.stack([xs + ox + 0.5, ys + oy + 0.5], 1).astype(np.float64)


def _composite(dst_img, src_img, ox, oy):
    """alpha-composite src onto dst at integer offset (clipped)."""
    W, H = dst_img.size
    w, h = src_img.size
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(W, ox + w), min(H, oy + h)
    if x1 <= x0 or y1 <= y0:
        return
    crop = src_img if (x0 == ox and y0 == oy and x1 == ox + w and y1 == oy + h) else \
        src_img.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))
    dst_img.alpha_composite(crop, dest=(x0, y0))


def put_text(L, xy, s, fnt, fill, kind=None, into=None, anchor='la', stroke=0, stroke_fill=None):
    """Draw s with PIL anchor semantics at xy. Returns the ink bbox (x0,y0,x1,y1) or None."""
    if not s:
        return None
    x, y = xy
    fill = rgba(fill)
    bb = fnt.getbbox(s, anchor=anchor, stroke_width=stroke)
    l, t, r, b = bb
    w, h = r - l + 2, b - t + 2
    if w <= 2 or h <= 2:
        return None
    ix, iy = int(round(x)), int(round(y))
    # The tile's background is the ink's colour, fully transparent. (Fixed 2026-12-07: `fill` is
    # already RGBA here, and rgba(c, 0) keeps a 4-tuple's alpha, so every text was drawn as an opaque box.)
    bgc = rgba(stroke_fill if (stroke and stroke_fill is not None) else fill)[:3] + (0,)
    tile = Image.new('RGBA', (w, h), bgc)
    ImageDraw.Draw(tile).text((1 - l, 1 - t), s, font=fnt, fill=fill, anchor=anchor, stroke_width=stroke,
                              stroke_fill=rgba(stroke_fill) if stroke_fill is not None else None)
    ox, oy = ix + l - 1, iy + t - 1
    _composite(L.img, tile, ox, oy)
    if kind is not None or into is not None:
        a = np.asarray(tile.getchannel('A'))
        pts = boundary_pts(a, ox, oy)
        if into is None:
            into = L.new_leak(kind, s)
        into['pts'] = np.concatenate([into['pts'], pts]) if len(into['pts']) else pts
    return (ox + 1, oy + 1, ox + w - 1, oy + h - 1)


def norm_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append((p, None))
        else:
            out.append((p[0], p[1]))
    return out


def parts_text(parts):
    return ''.join(s for s, _ in norm_parts(parts))


def put_parts(L, xy, parts, fnt, fill, leak_fill=None, align='l', anchor_v='a', stroke=0, stroke_fill=None):
    """Draw a run of (text, kind) pieces on one line. Returns the advance width."""
    parts = norm_parts(parts)
    full = ''.join(s for s, _ in parts)
    total = fnt.getlength(full)
    x, y = xy
    if align == 'm':
        x -= total / 2
    elif align == 'r':
        x -= total
    pos = 0
    for s, k in parts:
        if s.strip():
            px = x + fnt.getlength(full[:pos])
            put_text(L, (px, y), s, fnt, leak_fill if (k and leak_fill) else fill, kind=k, anchor='l' + anchor_v,
                     stroke=stroke, stroke_fill=stroke_fill)
        pos += len(s)
    return total


def wrap_parts(parts, fnt, maxw):
    """Greedy word wrap that never breaks inside a private piece."""
    parts = norm_parts(parts)
    units = []  # each: list of (text, kind)
    prev_end_space = True
    for s, k in parts:
        if k is not None:
            if units and not prev_end_space:
                units[-1].append((s, k))
            else:
                units.append([(s, k)])
            prev_end_space = False
            continue
        toks = re.findall(r'\S+\s*|\s+', s)
        for t in toks:
            if units and not prev_end_space and not t[0].isspace():
                units[-1].append((t, None))
            elif t.isspace() and units:
                units[-1].append((t, None))
            else:
                units.append([(t, None)])
            prev_end_space = t[-1].isspace()
    lines = []
    cur = []
    for u in units:
        trial = cur + u
        txt = ''.join(s for s, _ in trial).rstrip()
        if cur and fnt.getlength(txt) > maxw:
            lines.append(cur)
            u = list(u)
            if u and u[0][1] is None:
                u[0] = (u[0][0].lstrip(), None)
            cur = u
        else:
            cur = trial
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        ln = [p for p in ln if p[0]]
        while ln and ln[-1][1] is None and ln[-1][0].strip() == '':
            ln.pop()
        if ln and ln[-1][1] is None:
            ln[-1] = (ln[-1][0].rstrip(), None)
        out.append(ln)
    return out


def put_wrapped(L, xy, parts, fnt, fill, maxw, lh=None, align='l', leak_fill=None):
    lines = wrap_parts(parts, fnt, maxw)
    lh = lh or line_h(fnt)
    x, y = xy
    for i, ln in enumerate(lines):
        put_parts(L, (x, y + i * lh), ln, fnt, fill, leak_fill=leak_fill, align=align)
    return len(lines) * lh, lines


def wrapped_size(parts, fnt, maxw, lh=None):
    lines = wrap_parts(parts, fnt, maxw)
    lh = lh or line_h(fnt)
    w = max([fnt.getlength(''.join(s for s, _ in ln)) for ln in lines] + [0])
    return w, len(lines) * lh, lines


# ------------------------------------------------------------------ QR codes
def qr_modules(payload, error='m'):
    q = segno.make(payload, error=error, micro=False, boost_error=False)
    rows = [[1 if v else 0 for v in row] for row in q.matrix_iter(scale=1, border=0)]
    return np.array(rows, dtype=np.uint8)


def qr_fit(payload, avail, max_module=40, quiet=4, error='m', min_module=3):
    """Largest module size so that the code with its quiet zone fits in avail pixels."""
    n = qr_modules(payload, error).shape[0] + 2 * quiet
    m = min(max_module, int(avail // n))
    if m < min_module:
        raise LayoutError('qr too small')
    return m


def qr_total(payload, module, quiet=4, error='m'):
    return (qr_modules(payload, error).shape[0] + 2 * quiet) * module


def put_qr(L, xy, payload, module, kind=None, text=None, dark=(0, 0, 0), light=(255, 255, 255), quiet=4,
           error='m'):
    """Draw a QR code (with quiet zone) with its top-left quiet-zone corner at xy. Returns total size."""
    m = qr_modules(payload, error)
    n = m.shape[0]
    x, y = int(round(xy[0])), int(round(xy[1]))
    qz = quiet * module
    tot = n * module + 2 * qz
    if light is not None:
        L.d.rectangle([x, y, x + tot - 1, y + tot - 1], fill=rgba(light))
    arr = (np.kron(m, np.ones((module, module), np.uint8)) * 255).astype(np.uint8)
    mask = Image.fromarray(arr, 'L')
    sx, sy = x + qz, y + qz
    L.img.paste(rgba(dark), (sx, sy, sx + n * module, sy + n * module), mask)
    e = n * module
    t = np.linspace(0.5, e - 0.5, max(8, 2 * n))
    a = np.full_like(t, 0.5)
    b = np.full_like(t, e - 0.5)
    pts = np.concatenate([np.stack([t, a], 1), np.stack([t, b], 1), np.stack([a, t], 1), np.stack([b, t], 1)])
    pts = pts + np.array([sx, sy])
    L.qrs.append({'payload': payload, 'pts': pts.copy()})
    if kind:
        L.leaks.append({'kind': kind, 'text': text, 'pts': pts.copy()})
    return tot


# ------------------------------------------------------------------ geometry
def H_t(tx, ty):
    return np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]], dtype=np.float64)


def H_s(sx, sy=None):
    sy = sx if sy is None else sy
    return np.array([[sx, 0, 0], [0, sy, 0], [0, 0, 1]], dtype=np.float64)


def H_r(deg):
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    return np.array([[c, s, 0], [-s, c, 0], [0, 0, 1]], dtype=np.float64)


def H_quad(src, dst):
    A = []
    bvec = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        bvec.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bvec.append(v)
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(bvec, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def map_pts(H, pts):
    if len(pts) == 0:
        return pts
    P = np.c_[pts, np.ones(len(pts))] @ H.T
    return P[:, :2] / P[:, 2:3]


def place_H(w, h, cx, cy, scale=1.0, rot=0.0, kx=0.0, ky=0.0, fy=1.0, jitter=0.0, rng=None):
    """Homography taking a w x h layer to a quad centred at (cx,cy).

    kx: keystone (top edge narrower if >0), ky: left edge shorter if >0,
    fy: vertical foreshortening, jitter: random corner displacement (fraction of size)."""
    hw, hh = w / 2.0, h / 2.0
    q = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], dtype=np.float64)
    q[0, 0] *= (1 - kx)
    q[1, 0] *= (1 - kx)
    q[2, 0] *= (1 + kx)
    q[3, 0] *= (1 + kx)
    q[0, 1] *= (1 - ky)
    q[3, 1] *= (1 - ky)
    q[1, 1] *= (1 + ky)
    q[2, 1] *= (1 + ky)
    q[:, 1] *= fy
    if jitter and rng is not None:
        m = jitter * min(w, h)
        for i in range(4):
            q[i, 0] += rng.uniform(-m, m)
            q[i, 1] += rng.uniform(-m, m)
    a = math.radians(rot)
    c, s = math.cos(a), math.sin(a)
    R = np.array([[c, s], [-s, c]])
    q = q @ R.T * scale + np.array([cx, cy])
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    return H_quad(src, [tuple(p) for p in q])


def _corners(H, w, h):
    return map_pts(H, np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64))


def _scale_of(H, w, h):
    c = _corners(H, w, h)
    x, y = c[:, 0], c[:, 1]
    area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    return math.sqrt(max(area, 1e-6) / (w * h))


def map_layer(L, H):
    for lk in L.leaks:
        lk['pts'] = map_pts(H, lk['pts'])
    for q in L.qrs:
        q['pts'] = map_pts(H, q['pts'])


def resize_layer(L, nw, nh):
    nw, nh = max(1, int(round(nw))), max(1, int(round(nh)))
    sx, sy = nw / L.W, nh / L.H
    out = Layer(img=L.img.resize((nw, nh), Image.LANCZOS))
    out.leaks = [dict(lk) for lk in L.leaks]
    out.qrs = [dict(q) for q in L.qrs]
    map_layer(out, H_s(sx, sy))
    return out


def warp_layer(L, H, resample=Image.BICUBIC):
    """Warp a layer by H (layer coords -> destination coords).

    Returns (layer, (x0, y0)) where the returned layer covers the bounding box of
    the warped quad and (x0, y0) is its offset in destination coordinates."""
    sc = _scale_of(H, L.W, L.H)
    if sc < 0.7:
        f = min(1.0, sc * 1.25)
        nw, nh = max(2, int(round(L.W * f))), max(2, int(round(L.H * f)))
        S = H_s(nw / L.W, nh / L.H)
        L = resize_layer(L, nw, nh)
        H = H @ np.linalg.inv(S)
    c = _corners(H, L.W, L.H)
    x0, y0 = int(math.floor(c[:, 0].min())), int(math.floor(c[:, 1].min()))
    x1, y1 = int(math.ceil(c[:, 0].max())), int(math.ceil(c[:, 1].max()))
    Hl = H_t(-x0, -y0) @ H
    Hi = np.linalg.inv(Hl)
    Hi = Hi / Hi[2, 2]
    img = L.img.transform((x1 - x0, y1 - y0), Image.PERSPECTIVE, tuple(Hi.flatten()[:8]), resample)
    out = Layer(img=img)
    out.leaks = [dict(lk) for lk in L.leaks]
    out.qrs = [dict(q) for q in L.qrs]
    map_layer(out, Hl)
    return out, (x0, y0)


def paste(dst, src, ox, oy, check=True):
    """alpha-composite layer src onto dst at (ox, oy); carries its leaks along."""
    ox, oy = int(round(ox)), int(round(oy))
    if check and (dst.leaks or dst.qrs):
        sa = np.asarray(src.img.getchannel('A'))
        for lk in dst.leaks + dst.qrs:
            p = lk['pts']
            if len(p) == 0:
                continue
            bx0, by0 = int(p[:, 0].min()), int(p[:, 1].min())
            bx1, by1 = int(math.ceil(p[:, 0].max())), int(math.ceil(p[:, 1].max()))
            ix0, iy0 = max(bx0, ox), max(by0, oy)
            ix1, iy1 = min(bx1, ox + src.W), min(by1, oy + src.H)
            if ix1 <= ix0 or iy1 <= iy0:
                continue
            sub = sa[iy0 - oy:iy1 - oy, ix0 - ox:ix1 - ox]
            if (sub > 40).mean() * ((ix1 - ix0) * (iy1 - iy0)) > 0.01 * max(1, (bx1 - bx0) * (by1 - by0)):
                raise LayoutError('occlusion')
    _composite(dst.img, src.img, ox, oy)
    dst._d = None
    T = H_t(ox, oy)
    for lk in src.leaks:
        d = dict(lk)
        d['pts'] = map_pts(T, lk['pts'])
        dst.leaks.append(d)
    for q in src.qrs:
        d = dict(q)
        d['pts'] = map_pts(T, q['pts'])
        dst.qrs.append(d)


def place(dst, src, H, check=True):
    w, off = warp_layer(src, H)
    paste(dst, w, off[0], off[1], check=check)
    return w, off


def rect_free(L, rect, pad=0):
    """True if rect (x0,y0,x1,y1) does not touch any leak/qr ink of L."""
    x0, y0, x1, y1 = rect
    for lk in L.leaks + L.qrs:
        p = lk['pts']
        if len(p) == 0:
            continue
        if p[:, 0].max() + pad < x0 or p[:, 0].min() - pad > x1 or p[:, 1].max() + pad < y0 or p[:, 1].min() - pad > y1:
            continue
        return False
    return True


def _to_pm(img):
    a = np.asarray(img, dtype=np.float32).copy()
    a[..., :3] *= a[..., 3:4] / 255.0
    return a


def _from_pm(a):
    al = a[..., 3:4]
    rgb = np.where(al > 0.5, a[..., :3] * 255.0 / np.maximum(al, 1e-3), 0)
    out = np.concatenate([rgb, al], axis=2)
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), 'RGBA')


def _mesh_layer(L, img, fwd):
    res = Layer(img=img)
    res.leaks = [dict(lk) for lk in L.leaks]
    res.qrs = [dict(q) for q in L.qrs]
    for lk in res.leaks:
        lk['pts'] = fwd(lk['pts'])
    for q in res.qrs:
        q['pts'] = fwd(q['pts'])
    return res


def cylinder_warp(L, half_angle_deg=60.0, shade=0.45, strip=8):
    """Wrap the layer around a vertical cylinder seen from the front (piecewise-linear mesh)."""
    w, h = L.W, L.H
    a = math.radians(half_angle_deg)
    R = (w / 2.0) / a
    ow = max(2, int(math.ceil(2 * R * math.sin(a))))
    cx, ocx = w / 2.0, ow / 2.0
    us = np.arange(0, ow + strip, strip, dtype=np.float64)
    us[-1] = ow
    us = np.unique(us)
    xs = cx + R * np.arcsin(np.clip((us - ocx) / R, -1, 1))
    mesh = []
    for i in range(len(us) - 1):
        u0, u1 = us[i], us[i + 1]
        x0, x1 = xs[i], xs[i + 1]
        mesh.append(((int(u0), 0, int(u1), h), (x0, 0, x0, h, x1, h, x1, 0)))
    img = L.img.transform((ow, h), Image.MESH, mesh, Image.BICUBIC)
    if shade:
        arr = np.asarray(img).copy()
        u = np.arange(ow) + 0.5
        phi = np.arcsin(np.clip((u - ocx) / R, -1, 1))
        k = ((1 - shade) + shade * np.cos(phi)).astype(np.float32)
        arr[..., :3] = (arr[..., :3].astype(np.float32) * k[None, :, None]).astype(np.uint8)
        img = Image.fromarray(arr, 'RGBA')

    def fwd(p):
        if len(p) == 0:
            return p
        q = p.copy()
        q[:, 0] = np.interp(p[:, 0], xs, us)
        return q
    return _mesh_layer(L, img, fwd)


def arc_warp(L, amp, strip=16):
    """Bend horizontally: amp>0 -> centre moves down (smile), amp<0 -> centre moves up (piecewise-linear mesh)."""
    w, h = L.W, L.H
    A = abs(amp)
    oh = h + int(math.ceil(A)) + 1
    cx = w / 2.0

    def shift(x):
        t = (x - cx) / (w / 2.0)
        return amp * (1 - t * t) + (A if amp < 0 else 0.0)
    us = np.arange(0, w + strip, strip, dtype=np.float64)
    us[-1] = w
    us = np.unique(us)
    ss = shift(us)
    mesh = []
    for i in range(len(us) - 1):
        u0, u1 = us[i], us[i + 1]
        s0, s1 = ss[i], ss[i + 1]
        mesh.append(((int(u0), 0, int(u1), oh), (u0, -s0, u0, oh - s0, u1, oh - s1, u1, -s1)))
    img = L.img.transform((w, oh), Image.MESH, mesh, Image.BICUBIC)

    def fwd(p):
        if len(p) == 0:
            return p
        q = p.copy()
        q[:, 1] = p[:, 1] + np.interp(p[:, 0], us, ss)
        return q
    return _mesh_layer(L, img, fwd)


def rotate90(L, k=1):
    """Rotate layer by k*90 degrees counter-clockwise (exact)."""
    k %= 4
    if k == 0:
        return L
    w, h = L.W, L.H
    op = {1: Image.ROTATE_90, 2: Image.ROTATE_180, 3: Image.ROTATE_270}[k]
    res = Layer(img=L.img.transpose(op))
    res.leaks = [dict(lk) for lk in L.leaks]
    res.qrs = [dict(q) for q in L.qrs]
    if k == 1:
        H = np.array([[0, 1, 0], [-1, 0, w], [0, 0, 1]], dtype=np.float64)
    elif k == 2:
        H = np.array([[-1, 0, w], [0, -1, h], [0, 0, 1]], dtype=np.float64)
    else:
        H = np.array([[0, -1, h], [1, 0, 0], [0, 0, 1]], dtype=np.float64)
    map_layer(res, H)
    return res


# ------------------------------------------------------------------ shapes
def rounded(L, box, r, fill, outline=None, width=1):
    L.d.rounded_rectangle([int(box[0]), int(box[1]), int(box[2]), int(box[3])], radius=int(r), fill=rgba(fill) if fill else None,
                          outline=rgba(outline) if outline else None, width=int(width))


def avatar(L, cx, cy, r, initials, bg, fg=(255, 255, 255), fkey='dv_b'):
    L.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rgba(bg))
    if initials:
        put_text(L, (cx, cy), initials, font(fkey, r * 0.8), fg, anchor='mm')


def photo_placeholder(L, box, bg=(200, 204, 210), fg=(160, 166, 175)):
    """Plain placeholder for a photo slot (no face): grey box with a mountain/sun icon."""
    x0, y0, x1, y1 = [int(v) for v in box]
    L.d.rectangle([x0, y0, x1, y1], fill=rgba(bg))
    w, h = x1 - x0, y1 - y0
    L.d.polygon([(x0 + w * 0.15, y0 + h * 0.8), (x0 + w * 0.42, y0 + h * 0.45), (x0 + w * 0.6, y0 + h * 0.65),
                 (x0 + w * 0.72, y0 + h * 0.52), (x0 + w * 0.88, y0 + h * 0.8)], fill=rgba(fg))
    r = min(w, h) * 0.08
    L.d.ellipse([x0 + w * 0.68 - r, y0 + h * 0.25 - r, x0 + w * 0.68 + r, y0 + h * 0.25 + r], fill=rgba(fg))


def barcode(L, box, rng, color=(0, 0, 0)):
    x0, y0, x1, y1 = [int(v) for v in box]
    x = x0
    while x < x1 - 4:
        bw = rng.choice([1, 1, 2, 3]) * max(1, (x1 - x0) // 180)
        L.d.rectangle([x, y0, min(x1, x + bw - 1), y1], fill=rgba(color))
        x += bw + rng.choice([1, 2, 3]) * max(1, (x1 - x0) // 180)


def scribble_signature(L, x, y, w, h, rng, color=(20, 30, 90), width=3):
    pts = []
    n = 14
    for i in range(n):
        pts.append((x + w * i / (n - 1) + rng.uniform(-w * 0.03, w * 0.03),
                    y + h * 0.5 + math.sin(i * 1.7 + rng.random()) * h * 0.4))
    L.d.line(pts, fill=rgba(color), width=int(width), joint='curve')


# ------------------------------------------------------------------ encoding / boxes
def leak_boxes(L, slack=2):
    W, H = L.W, L.H
    out = []
    for lk in L.leaks:
        p = lk['pts']
        if len(p) == 0:
            raise LayoutError('empty leak')
        x0 = int(math.floor(p[:, 0].min()))
        y0 = int(math.floor(p[:, 1].min()))
        x1 = int(math.ceil(p[:, 0].max()))
        y1 = int(math.ceil(p[:, 1].max()))
        if x0 < -slack or y0 < -slack or x1 > W + slack or y1 > H + slack:
            raise LayoutError('leak outside frame')
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        if x1 - x0 < 3 or y1 - y0 < 3:
            raise LayoutError('tiny leak')
        out.append({'kind': lk['kind'], 'text': lk['text'], 'box': [x0, y0, x1 - x0, y1 - y0]})
    return out


def qr_boxes(L):
    out = []
    for q in L.qrs:
        p = q['pts']
        x0 = max(0, int(math.floor(p[:, 0].min())))
        y0 = max(0, int(math.floor(p[:, 1].min())))
        x1 = min(L.W, int(math.ceil(p[:, 0].max())))
        y1 = min(L.H, int(math.ceil(p[:, 1].max())))
        out.append({'payload': q['payload'], 'box': [x0, y0, x1 - x0, y1 - y0]})
    return out


def encode(img, fmt, quality, dpi=None):
    buf = io.BytesIO()
    kw = {}
    if dpi:
        kw['dpi'] = (dpi, dpi)
    if fmt == 'jpg':
        img.save(buf, 'JPEG', quality=int(quality), optimize=False, progressive=False, **kw)
    elif fmt == 'png':
        img.save(buf, 'PNG', compress_level=6, **kw)
    elif fmt == 'webp':
        img.save(buf, 'WEBP', quality=int(quality), method=4)
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def decode_qr_ok(img, box, payload):
    import zxingcpp
    x, y, w, h = box
    m = max(w, h) // 3 + 24
    W, H = img.size
    crop = img.crop((max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)))
    cands = [crop]
    if max(w, h) > 500:
        cands.append(crop.reduce(2))
    if max(w, h) > 1000:
        cands.append(crop.reduce(4))
    for c in cands:
        for r in zxingcpp.read_barcodes(c, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain):
            if r.text == payload:
                return True
    return False
