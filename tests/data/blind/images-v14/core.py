"""Drawing core: fonts, text with exact ink tracking, QR codes, warps, photo effects."""
import io
import math

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "sans": ["dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf",
             "dejavu/DejaVuSansCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf"],
    "bold": ["dejavu/DejaVuSans-Bold.ttf", "liberation/LiberationSans-Bold.ttf", "freefont/FreeSansBold.ttf",
             "dejavu/DejaVuSansCondensed-Bold.ttf", "liberation/LiberationSansNarrow-Bold.ttf"],
    "serif": ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf",
              "dejavu/DejaVuSerifCondensed.ttf"],
    "serifb": ["dejavu/DejaVuSerif-Bold.ttf", "liberation/LiberationSerif-Bold.ttf", "freefont/FreeSerifBold.ttf"],
    "italic": ["dejavu/DejaVuSans-Oblique.ttf", "liberation/LiberationSans-Italic.ttf", "freefont/FreeSansOblique.ttf",
               "liberation/LiberationSerif-Italic.ttf", "freefont/FreeSerifItalic.ttf", "dejavu/DejaVuSerif-Italic.ttf",
               "liberation/LiberationSansNarrow-Italic.ttf"],
    "bolditalic": ["dejavu/DejaVuSans-BoldOblique.ttf", "liberation/LiberationSans-BoldItalic.ttf",
                   "freefont/FreeSerifBoldItalic.ttf", "liberation/LiberationSerif-BoldItalic.ttf",
                   "freefont/FreeSansBoldOblique.ttf"],
    "mono": ["dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf"],
    "monob": ["dejavu/DejaVuSansMono-Bold.ttf", "liberation/LiberationMono-Bold.ttf", "freefont/FreeMonoBold.ttf"],
    "light": ["dejavu/DejaVuSans-ExtraLight.ttf"],
}
_FC = {}


def font_path(style, i=0):
    lst = FONT_FILES[style]
    return FD + lst[i % len(lst)]


def F(style, size, i=0):
    key = (style, int(i) % len(FONT_FILES[style]), max(6, int(round(size))))
    f = _FC.get(key)
    if f is None:
        f = ImageFont.truetype(font_path(style, key[1]), key[2])
        _FC[key] = f
    return f


def rfont(rng, style, size):
    return F(style, size, rng.randrange(len(FONT_FILES[style])))


INK_T = 90  # mask threshold for "ink"


class Leak:
    __slots__ = ("kind", "text", "pts")

    def __init__(self, kind, text):
        self.kind, self.text, self.pts = kind, text, []

    def add_mask(self, m, ox, oy):
        a = np.asarray(m) >= INK_T
        if not a.any():
            return
        ys, xs = np.nonzero(a)
        # row extremes + column extremes are enough for the bounding box under our warps
        self.pts.append(np.stack([xs + ox + 0.5, ys + oy + 0.5], 1).astype(np.float64)[
            _extreme_idx(xs, ys)])

    def add_points(self, pts):
        self.pts.append(np.asarray(pts, dtype=np.float64))

    def points(self):
        return np.concatenate(self.pts, 0) if self.pts else np.zeros((0, 2))


def _extreme_idx(xs, ys):
    n = len(xs)
    if n < 2000:
        return np.arange(n)
    idx = []
    order = np.lexsort((xs, ys))  # by y then x
    ys_s = ys[order]
    first = np.r_[True, ys_s[1:] != ys_s[:-1]]
    last = np.r_[ys_s[1:] != ys_s[:-1], True]
    idx.append(order[first])
    idx.append(order[last])
    order = np.lexsort((ys, xs))
    xs_s = xs[order]
    first = np.r_[True, xs_s[1:] != xs_s[:-1]]
    last = np.r_[xs_s[1:] != xs_s[:-1], True]
    idx.append(order[first])
    idx.append(order[last])
    return np.unique(np.concatenate(idx))


class Surface:
    """A flat drawable layer that remembers where every leak's ink is."""

    def __init__(self, w, h, bg=(255, 255, 255), alpha=None):
        self.w, self.h = int(w), int(h)
        self.im = Image.new("RGB", (self.w, self.h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.alpha = alpha  # optional L image
        self.leaks = []
        self.qrs = []  # (payload, corner points 4x2)

    # --- text -------------------------------------------------------------
    def text(self, xy, s, font, fill, leak=None, angle=0.0, stroke=0, stroke_fill=None, anchor="la", shear=0.0):
        """Draw s with its top-left (ascender line) at xy. Returns (advance, ink box or None).
        leak: None, a KIND string (new leak with text s) or a Leak instance (append ink)."""
        if not s:
            return 0, None
        x, y = xy
        l, t, r, b = font.getbbox(s, stroke_width=stroke)
        pad = 4 + stroke + int(font.size * 0.1)
        w, h = r - min(l, 0) + 2 * pad, b - min(t, 0) + 2 * pad
        ox, oy = pad - min(l, 0), pad - min(t, 0)
        if anchor != "la":
            # support 'ma' (centre) and 'ra' (right) horizontally on the top line
            adv = font.getlength(s)
            if anchor[0] == "m":
                x -= adv / 2
            elif anchor[0] == "r":
                x -= adv
        m = Image.new("L", (int(w), int(h)), 0)
        md = ImageDraw.Draw(m)
        md.text((ox, oy), s, font=font, fill=255, stroke_width=stroke)
        fm = None
        if stroke and stroke_fill is not None:
            fm = Image.new("L", m.size, 0)
            ImageDraw.Draw(fm).text((ox, oy), s, font=font, fill=255)
        cx, cy = ox, oy  # pivot of the text origin inside the mask
        if shear:
            m = m.transform(m.size, Image.AFFINE, (1, shear, -shear * m.size[1] / 2, 0, 1, 0), Image.BICUBIC)
            if fm is not None:
                fm = fm.transform(fm.size, Image.AFFINE, (1, shear, -shear * fm.size[1] / 2, 0, 1, 0), Image.BICUBIC)
        if angle:
            W0, H0 = m.size
            m = m.rotate(angle, Image.BICUBIC, expand=True)
            if fm is not None:
                fm = fm.rotate(angle, Image.BICUBIC, expand=True)
            # where did the pivot go?
            a = math.radians(angle)
            dx, dy = cx - W0 / 2, cy - H0 / 2
            nx = dx * math.cos(a) + dy * math.sin(a)
            ny = -dx * math.sin(a) + dy * math.cos(a)
            cx, cy = nx + m.size[0] / 2, ny + m.size[1] / 2
        px, py = int(round(x - cx)), int(round(y - cy))
        if stroke and stroke_fill is not None:
            self.im.paste(Image.new("RGB", m.size, stroke_fill), (px, py), m)
            self.im.paste(Image.new("RGB", m.size, fill), (px, py), fm)
        else:
            self.im.paste(Image.new("RGB", m.size, fill), (px, py), m)
        if leak is not None:
            lk = leak if isinstance(leak, Leak) else self.new_leak(leak, s)
            lk.add_mask(m, px, py)
        a = np.asarray(m) >= INK_T
        if a.any():
            ys, xs = np.nonzero(a)
            box = (xs.min() + px, ys.min() + py, xs.max() + px + 1, ys.max() + py + 1)
        else:
            box = None
        return font.getlength(s), box

    def new_leak(self, kind, text):
        lk = Leak(kind, text)
        self.leaks.append(lk)
        return lk

    def hand(self, rng, xy, s, font, fill, leak=None, jitter=0.06, tilt=4.0):
        """Per-character jittered text to mimic handwriting; returns advance."""
        x, y = xy
        lk = None
        if leak is not None:
            lk = leak if isinstance(leak, Leak) else self.new_leak(leak, s)
        for ch in s:
            adv = font.getlength(ch)
            if ch != " ":
                dy = (rng.random() - 0.5) * jitter * font.size
                self.text((x, y + dy), ch, font, fill, leak=lk, angle=(rng.random() - 0.5) * tilt)
            x += adv * (0.92 + rng.random() * 0.12)
        return x - xy[0]

    def runs(self, xy, segs, font, fill, leak_fill=None):
        """Draw [(text, kind|None), ...] on one line. Returns end x."""
        x, y = xy
        for t, k in segs:
            adv, _ = self.text((x, y), t, font, (leak_fill or fill) if k else fill, leak=k)
            x += adv
        return x

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def ellipse(self, box, fill=None, outline=None, width=1):
        self.d.ellipse(box, fill=fill, outline=outline, width=width)

    def avatar(self, cx, cy, r, initials, col, font, fg=(255, 255, 255)):
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=col)
        if initials:
            self.text((cx, cy - font.size * 0.62), initials, font, fg, anchor="ma")

    def photo_slot(self, box, col=(200, 200, 205), label="PHOTO"):
        self.d.rectangle(box, fill=col, outline=tuple(max(0, c - 60) for c in col), width=2)
        x0, y0, x1, y1 = box
        self.d.line((x0, y0, x1, y1), fill=tuple(max(0, c - 40) for c in col), width=2)
        self.d.line((x0, y1, x1, y0), fill=tuple(max(0, c - 40) for c in col), width=2)

    # --- QR -----------------------------------------------------------------
    def qr(self, payload, x, y, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=4):
        """Draw QR with top-left of the quiet zone at x,y. leaks: [(kind, text), ...]."""
        q = segno.make(payload, error="m", micro=False)
        mat = np.array([list(r) for r in q.matrix], dtype=np.uint8)
        n = mat.shape[0]
        tot = (n + 2 * border) * module
        img = np.empty((n + 2 * border, n + 2 * border, 3), np.uint8)
        img[:] = light
        sub = img[border:border + n, border:border + n]
        sub[mat == 1] = dark
        im = Image.fromarray(img).resize((tot, tot), Image.NEAREST)
        self.im.paste(im, (int(x), int(y)))
        s0x, s0y = x + border * module, y + border * module
        s1 = n * module
        corners = np.array([[s0x, s0y], [s0x + s1, s0y], [s0x + s1, s0y + s1], [s0x, s0y + s1]], float)
        self.qrs.append((payload, corners))
        for k, t in leaks:
            lk = self.new_leak(k, t)
            lk.add_points(corners)
        return tot

    def paste_surface(self, other, x, y):
        """Paste another surface (same scale) and carry its leaks/QRs."""
        if other.alpha is not None:
            self.im.paste(other.im, (x, y), other.alpha)
        else:
            self.im.paste(other.im, (x, y))
        for lk in other.leaks:
            n = Leak(lk.kind, lk.text)
            n.add_points(lk.points() + [x, y])
            self.leaks.append(n)
        for p, c in other.qrs:
            self.qrs.append((p, c + [x, y]))


def qr_modules(payload):
    q = segno.make(payload, error="m", micro=False)
    return len(q.matrix)


# ---------------------------------------------------------------- rich text
def layout_rich(segs, font, maxw):
    """segs: [(text, kind|None)]. Returns list of lines, each [(text, kind, xoff)], and widths."""
    toks = []
    for t, k in segs:
        if k:
            toks.append((t, k))
        else:
            buf = ""
            for ch in t:
                buf += ch
                if ch == " ":
                    toks.append((buf, None))
                    buf = ""
            if buf:
                toks.append((buf, None))
    lines, cur, curtext = [], [], ""
    for t, k in toks:
        if not cur and k is None and t.strip() == "":
            continue
        trial = curtext + t
        if cur and font.getlength(trial.rstrip()) > maxw:
            lines.append(cur)
            cur, curtext = [], ""
            if k is None and t.strip() == "":
                continue
            trial = t
        cur.append((t, k, font.getlength(curtext)))
        curtext = trial
    if cur:
        lines.append(cur)
    widths = []
    for ln in lines:
        s = "".join(t for t, _, _ in ln).rstrip()
        widths.append(font.getlength(s))
    return lines, widths


def draw_rich(sf, x, y, lines, font, fill, line_h, leak_fill=None):
    for i, ln in enumerate(lines):
        for t, k, xo in ln:
            if t.strip() == "":
                continue
            sf.text((x + xo, y + i * line_h), t if k else t.rstrip(), font,
                    (leak_fill or fill) if k else fill, leak=k)
    return len(lines) * line_h


# ---------------------------------------------------------------- geometry
def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def apply_h(H, pts):
    pts = np.asarray(pts, float)
    p = np.c_[pts, np.ones(len(pts))] @ H.T
    return p[:, :2] / p[:, 2:3]


def curve_surface(sf, phi_deg=110, bow=0.0, shade=0.35):
    """Wrap a surface around a vertical cylinder seen from the front (bottle, cake side).
    bow>0: horizontal lines sag towards the sides (seen from above). Returns a new RGBA-ish Surface."""
    W, H = sf.w, sf.h
    phi = math.radians(phi_deg)
    R = W / phi
    Wn = int(math.ceil(2 * R * math.sin(phi / 2)))
    bmax = abs(bow) * (1 - math.cos(phi / 2))
    Hn = int(math.ceil(H + bmax)) + 1
    off = bmax if bow < 0 else 0.0

    def fwd(pts):
        x, y = pts[:, 0], pts[:, 1]
        th = (x / W - 0.5) * phi
        X = Wn / 2 + R * np.sin(th)
        Y = y + off + bow * (1 - np.cos(th))
        return np.stack([X, Y], 1)

    def inv(X, Y):
        s = np.clip((X - Wn / 2) / R, -1, 1)
        th = np.arcsin(s)
        x = (th / phi + 0.5) * W
        y = Y - off - bow * (1 - np.cos(th))
        return x, y

    mesh = []
    step = 6
    for X0 in range(0, Wn, step):
        X1 = min(Wn, X0 + step)
        xa, _ = inv(np.array([X0 + 0.0]), np.array([0.0]))
        xb, _ = inv(np.array([X1 + 0.0]), np.array([0.0]))
        th_a = np.arcsin(np.clip((X0 - Wn / 2) / R, -1, 1))
        th_b = np.arcsin(np.clip((X1 - Wn / 2) / R, -1, 1))
        da = off + bow * (1 - math.cos(th_a))
        db = off + bow * (1 - math.cos(th_b))
        # source quad: UL, LL, LR, UR
        quad = (float(xa[0]), 0 - da, float(xa[0]), Hn - da, float(xb[0]), Hn - db, float(xb[0]), 0 - db)
        mesh.append(((X0, 0, X1, Hn), quad))
    rgb = sf.im.transform((Wn, Hn), Image.MESH, mesh, Image.BICUBIC)
    a_src = sf.alpha if sf.alpha is not None else Image.new("L", (W, H), 255)
    alpha = a_src.transform((Wn, Hn), Image.MESH, mesh, Image.BILINEAR)
    # shading across the cylinder
    X = np.arange(Wn) + 0.5
    th = np.arcsin(np.clip((X - Wn / 2) / R, -1, 1))
    f = (1 - shade) + shade * np.cos(th) ** 1.5
    arr = np.asarray(rgb).astype(np.float32) * f[None, :, None]
    out = Surface(Wn, Hn)
    out.im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out.d = ImageDraw.Draw(out.im)
    out.alpha = alpha
    for lk in sf.leaks:
        n = Leak(lk.kind, lk.text)
        n.add_points(fwd(lk.points()))
        out.leaks.append(n)
    for p, c in sf.qrs:
        out.qrs.append((p, fwd(c)))
    return out


# ---------------------------------------------------------------- photo
class Photo:
    def __init__(self, w, h, bg_img):
        self.w, self.h = w, h
        self.im = bg_img
        self.leaks = []  # [kind, text, pts]
        self.qrs = []  # [payload, pts]
        self.occluders = []

    def place(self, sf, quad, shadow=0.35, rng=None):
        """Warp surface sf onto quad (UL, UR, LR, LL) of the photo."""
        quad = np.asarray(quad, float)
        src = np.array([[0, 0], [sf.w, 0], [sf.w, sf.h], [0, sf.h]], float)
        # pre-shrink the surface if it is much bigger than its footprint (avoids aliasing)
        e = [np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3]),
             np.linalg.norm(quad[3] - quad[0]), np.linalg.norm(quad[2] - quad[1])]
        sc = max(e[0] / sf.w, e[1] / sf.w, e[2] / sf.h, e[3] / sf.h)
        img, alpha, s = sf.im, sf.alpha, 1.0
        if sc < 0.75:
            s = min(1.0, sc * 1.25)
            nw, nh = max(2, int(round(sf.w * s))), max(2, int(round(sf.h * s)))
            img = img.resize((nw, nh), Image.LANCZOS)
            if alpha is not None:
                alpha = alpha.resize((nw, nh), Image.LANCZOS)
            sx, sy = nw / sf.w, nh / sf.h
        else:
            sx = sy = 1.0
            nw, nh = sf.w, sf.h
        src_s = np.array([[0, 0], [nw, 0], [nw, nh], [0, nh]], float)
        x0 = max(0, int(math.floor(quad[:, 0].min())) - 2)
        y0 = max(0, int(math.floor(quad[:, 1].min())) - 2)
        x1 = min(self.w, int(math.ceil(quad[:, 0].max())) + 2)
        y1 = min(self.h, int(math.ceil(quad[:, 1].max())) + 2)
        Hs = homography(src_s, quad - [x0, y0])
        Hi = np.linalg.inv(Hs)
        Hi = Hi / Hi[2, 2]
        coeffs = tuple(Hi.flatten()[:8])
        size = (x1 - x0, y1 - y0)
        warped = img.transform(size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        a0 = alpha if alpha is not None else Image.new("L", (nw, nh), 255)
        am = a0.transform(size, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
        if shadow:
            sh = am.filter(ImageFilter.GaussianBlur(max(2, size[0] / 80)))
            shn = (np.asarray(sh).astype(np.float32) / 255.0 * shadow)
            off = max(2, int(size[0] / 120))
            reg = self.im.crop((x0 + off, y0 + off, min(self.w, x1 + off), min(self.h, y1 + off)))
            ra = np.asarray(reg).astype(np.float32)
            shn = shn[:ra.shape[0], :ra.shape[1]]
            ra *= (1 - shn[..., None])
            self.im.paste(Image.fromarray(ra.astype(np.uint8)), (x0 + off, y0 + off))
        self.im.paste(warped, (x0, y0), am)
        H = homography(src, quad)
        for lk in sf.leaks:
            self.leaks.append([lk.kind, lk.text, apply_h(H, lk.points())])
        for p, c in sf.qrs:
            self.qrs.append([p, apply_h(H, c)])
        return H

    def boxes(self):
        out = []
        for k, t, pts in self.leaks:
            out.append((k, t, pts_box(pts, self.w, self.h)))
        qr = [(p, pts_box(c, self.w, self.h)) for p, c in self.qrs]
        return out, qr


def pts_box(pts, W, H):
    x0 = max(0, int(math.floor(pts[:, 0].min() - 0.5)))
    y0 = max(0, int(math.floor(pts[:, 1].min() - 0.5)))
    x1 = min(W, int(math.ceil(pts[:, 0].max() + 0.5)))
    y1 = min(H, int(math.ceil(pts[:, 1].max() + 0.5)))
    return [x0, y0, max(1, x1 - x0), max(1, y1 - y0)]


def quad_rect(cx, cy, w, h, angle=0.0, persp=0.0, rng=None, tilt=(0.0, 0.0)):
    """Rectangle centred at cx,cy rotated by angle (deg) with perspective jitter."""
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], float)
    # keystone: tilt[0] shrinks top edge (camera below/above), tilt[1] shrinks right edge
    tx, ty = tilt
    pts[0, 0] *= (1 - tx); pts[1, 0] *= (1 - tx)
    pts[1, 1] *= (1 - ty); pts[2, 1] *= (1 - ty)
    if rng is not None and persp:
        pts += (np.array([[rng.random() - 0.5, rng.random() - 0.5] for _ in range(4)]) * persp * np.array([w, h]))
    rot = np.array([[c, -s], [s, c]])
    return pts @ rot.T + [cx, cy]


# ---------------------------------------------------------------- effects
def lowres_noise(rng_np, w, h, cells=6, amp=1.0):
    g = rng_np.random((cells, cells)).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return (np.asarray(im).astype(np.float32) / 255.0 - 0.5) * 2 * amp


def photo_finish(im, rng, rng_np, strength=1.0):
    """Lighting gradient, colour cast, optional low contrast, blur and sensor noise."""
    w, h = im.size
    arr = np.asarray(im).astype(np.float32)
    light = 1.0 + lowres_noise(rng_np, w, h, cells=rng.randrange(2, 5), amp=0.18 * strength)
    # vignette
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    vig = 1.0 - 0.18 * strength * rng.random() * (xx * xx + yy * yy)
    light = light * vig
    cast = np.array([1 + (rng.random() - 0.5) * 0.12, 1 + (rng.random() - 0.5) * 0.06,
                     1 + (rng.random() - 0.5) * 0.12], np.float32)
    arr *= light[..., None]
    arr *= cast
    if rng.random() < 0.3:
        c = 0.6 + rng.random() * 0.25
        m = arr.mean()
        arr = m + (arr - m) * c
    bright = 0.9 + rng.random() * 0.2
    arr *= bright
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    r = rng.choice([0, 0.6, 0.9, 1.3, 1.8]) * strength
    if r > 0:
        out = out.filter(ImageFilter.GaussianBlur(r))
    sigma = (1.5 + rng.random() * 5.0) * strength
    arr = np.asarray(out).astype(np.float32)
    arr += rng_np.standard_normal(arr.shape[:2], dtype=np.float32)[..., None] * sigma
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan_finish(im, rng, rng_np, angle, bg=(250, 250, 248), gray=False):
    """Scanner look: small skew, bed background, noise, slight blur. Returns (img, H) with H mapping
    original surface coords to the scan."""
    w, h = im.size
    a = math.radians(angle)
    # rotate about the centre, same canvas size, scale a hair down so corners stay in
    s = 1.0 / (abs(math.cos(a)) + abs(math.sin(a)) * max(w, h) / min(w, h) * 0.5)
    s = min(0.995, s)
    c, si = math.cos(a) * s, math.sin(a) * s
    cx, cy = w / 2, h / 2
    ox, oy = rng.uniform(-6, 6), rng.uniform(-6, 6)
    H = np.array([[c, -si, cx - c * cx + si * cy + ox], [si, c, cy - si * cx - c * cy + oy], [0, 0, 1]])
    Hi = np.linalg.inv(H)
    rot = im.transform((w, h), Image.PERSPECTIVE, tuple((Hi / Hi[2, 2]).flatten()[:8]), Image.BICUBIC,
                       fillcolor=bg)
    arr = np.asarray(rot).astype(np.float32)
    arr = arr * (0.96 + rng.random() * 0.05) + rng.uniform(-4, 6)
    arr += rng_np.standard_normal(arr.shape[:2], dtype=np.float32)[..., None] * (1.5 + rng.random() * 3.5)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.6:
        out = out.filter(ImageFilter.GaussianBlur(0.5 + rng.random() * 0.5))
    if gray:
        out = out.convert("L").convert("RGB")
    return out, H


def encode(im, fmt, rng):
    b = io.BytesIO()
    if fmt == "jpg":
        q = rng.randrange(60, 93)
        im.save(b, "JPEG", quality=q, optimize=False, subsampling=2 if q < 85 else 0)
    elif fmt == "png":
        im.save(b, "PNG", compress_level=6)
    else:
        im.save(b, "WEBP", quality=rng.randrange(70, 92), method=4)
    return b.getvalue()


def paste_rotated(dst, src, cx, cy, angle):
    """Paste surface src into surface dst centred at cx,cy rotated by angle (deg, CCW). Carries leaks/QRs."""
    a = math.radians(angle)
    im = src.im.convert("RGBA")
    im.putalpha(src.alpha if src.alpha is not None else Image.new("L", im.size, 255))
    rot = im.rotate(angle, Image.BICUBIC, expand=True)
    px, py = int(round(cx - rot.width / 2)), int(round(cy - rot.height / 2))
    dst.im.paste(rot.convert("RGB"), (px, py), rot.split()[3])

    def mp(p):
        d = p - [src.w / 2, src.h / 2]
        x = d[:, 0] * math.cos(a) + d[:, 1] * math.sin(a)
        y = -d[:, 0] * math.sin(a) + d[:, 1] * math.cos(a)
        return np.stack([x + rot.width / 2 + px, y + rot.height / 2 + py], 1)

    for lk in src.leaks:
        n = Leak(lk.kind, lk.text)
        n.add_points(mp(lk.points()))
        dst.leaks.append(n)
    for p, c in src.qrs:
        dst.qrs.append((p, mp(c)))
    return (px, py, px + rot.width, py + rot.height)
