"""Shared drawing machinery: fonts, RNG, layers with leak tracking, geometric
transforms (homography, cylinder, bend, wave), photo effects, QR drawing."""
import math
import random

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_ROOT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans_b": "dejavu/DejaVuSans-Bold.ttf",
    "sans_i": "dejavu/DejaVuSans-Oblique.ttf",
    "sans_bi": "dejavu/DejaVuSans-BoldOblique.ttf",
    "sans_l": "dejavu/DejaVuSans-ExtraLight.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "cond_b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "cond_i": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serif_b": "dejavu/DejaVuSerif-Bold.ttf",
    "serif_i": "dejavu/DejaVuSerif-Italic.ttf",
    "serif_bi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "serifc": "dejavu/DejaVuSerifCondensed.ttf",
    "serifc_i": "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono_b": "dejavu/DejaVuSansMono-Bold.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf",
    "lsans_b": "liberation/LiberationSans-Bold.ttf",
    "lsans_i": "liberation/LiberationSans-Italic.ttf",
    "lsans_bi": "liberation/LiberationSans-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow_b": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrow_i": "liberation/LiberationSansNarrow-Italic.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf",
    "lserif_b": "liberation/LiberationSerif-Bold.ttf",
    "lserif_i": "liberation/LiberationSerif-Italic.ttf",
    "lserif_bi": "liberation/LiberationSerif-BoldItalic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf",
    "lmono_b": "liberation/LiberationMono-Bold.ttf",
    "fsans": "freefont/FreeSans.ttf",
    "fsans_b": "freefont/FreeSansBold.ttf",
    "fsans_i": "freefont/FreeSansOblique.ttf",
    "fsans_bi": "freefont/FreeSansBoldOblique.ttf",
    "fserif": "freefont/FreeSerif.ttf",
    "fserif_b": "freefont/FreeSerifBold.ttf",
    "fserif_i": "freefont/FreeSerifItalic.ttf",
    "fserif_bi": "freefont/FreeSerifBoldItalic.ttf",
    "fmono": "freefont/FreeMono.ttf",
    "fmono_b": "freefont/FreeMonoBold.ttf",
}
UI_FONTS = ["sans", "lsans", "fsans", "cond"]
UI_BOLD = {"sans": "sans_b", "lsans": "lsans_b", "fsans": "fsans_b", "cond": "cond_b",
           "narrow": "narrow_b", "serif": "serif_b", "lserif": "lserif_b", "fserif": "fserif_b"}
HAND_FONTS = ["fserif_i", "lserif_i", "serif_i", "fsans_i", "lsans_i", "serifc_i", "narrow_i", "fserif_bi",
              "sans_i", "cond_i"]
PRINT_FONTS = ["lserif", "fserif", "serif", "lsans", "fsans", "sans", "narrow", "cond"]
DISPLAY_FONTS = ["sans_b", "lsans_b", "fsans_b", "cond_b", "narrow_b", "serif_b", "lserif_b", "fserif_b",
                 "sans_bi", "lserif_bi", "fsans_bi"]

_FCACHE = {}


def F(name, size):
    size = max(6, int(round(size)))
    key = (name, size)
    f = _FCACHE.get(key)
    if f is None:
        f = ImageFont.truetype(FONT_ROOT + FONT_FILES[name], size)
        _FCACHE[key] = f
    return f


def bold_of(name):
    return UI_BOLD.get(name, name)


class Rng(random.Random):
    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def uni(self, a, b):
        return self.uniform(a, b)

    def ri(self, a, b):
        return self.randint(a, b)

    def some(self, seq, k):
        idx = list(range(len(seq)))
        self.shuffle(idx)
        return [seq[i] for i in idx[:k]]

    def shuffled(self, seq):
        s = list(seq)
        self.shuffle(s)
        return s


_DUMMY = ImageDraw.Draw(Image.new("L", (4, 4)))


def text_len(text, font):
    return font.getlength(text)


def text_bbox(text, font, anchor="la"):
    return _DUMMY.textbbox((0, 0), text, font=font, anchor=anchor)


def fit_font(name, text, max_w, start, min_size=8):
    s = start
    while s > min_size and F(name, s).getlength(text) > max_w:
        s *= 0.93
    return F(name, s)


def mask_points(a, ox, oy):
    """Boundary pixel-corner points of a boolean ink mask, offset by (ox, oy)."""
    rows = np.nonzero(a.any(1))[0]
    if len(rows) == 0:
        return None
    sub = a[rows]
    left = sub.argmax(1)
    right = a.shape[1] - 1 - sub[:, ::-1].argmax(1)
    cols = np.nonzero(a.any(0))[0]
    subc = a[:, cols]
    top = subc.argmax(0)
    bot = a.shape[0] - 1 - subc[::-1].argmax(0)
    xs = np.concatenate([left, left, right + 1, right + 1, cols, cols + 1, cols, cols + 1]).astype(np.float64)
    ys = np.concatenate([rows, rows + 1, rows, rows + 1, top, top, bot + 1, bot + 1]).astype(np.float64)
    return np.stack([xs + ox, ys + oy], 1)


def rect_points(x0, y0, x1, y1, n=24):
    t = np.linspace(0, 1, n)
    top = np.stack([x0 + (x1 - x0) * t, np.full(n, y0)], 1)
    bot = np.stack([x0 + (x1 - x0) * t, np.full(n, y1)], 1)
    lef = np.stack([np.full(n, x0), y0 + (y1 - y0) * t], 1)
    rig = np.stack([np.full(n, x1), y0 + (y1 - y0) * t], 1)
    return np.concatenate([top, bot, lef, rig]).astype(np.float64)


INK_THRESHOLD = 110


class Layer:
    def __init__(self, w, h, bg=(255, 255, 255, 255), im=None):
        if im is not None:
            self.im = im.convert("RGBA")
        else:
            self.im = Image.new("RGBA", (int(w), int(h)), tuple(bg))
        self.w, self.h = self.im.size
        self.d = ImageDraw.Draw(self.im)
        self.leaks = []
        self.qrs = []

    def set_im(self, im):
        self.im = im.convert("RGBA")
        self.w, self.h = self.im.size
        self.d = ImageDraw.Draw(self.im)

    # -- low level compositing -------------------------------------------------
    def comp(self, img, x, y):
        x, y = int(x), int(y)
        w, h = img.size
        cx0, cy0 = max(0, -x), max(0, -y)
        cx1, cy1 = min(w, self.w - x), min(h, self.h - y)
        if cx1 <= cx0 or cy1 <= cy0:
            return
        if (cx0, cy0, cx1, cy1) != (0, 0, w, h):
            img = img.crop((cx0, cy0, cx1, cy1))
        self.im.alpha_composite(img, (x + cx0, y + cy0))

    def fill_mask(self, mask, x, y, color):
        color = tuple(color)
        if len(color) == 3:
            color = color + (255,)
        col = Image.new("RGBA", mask.size, color[:3] + (0,))
        if color[3] < 255:
            a = color[3]
            mask = mask.point(lambda v: v * a // 255)
        col.putalpha(mask)
        self.comp(col, x, y)

    def add_leak(self, kind, text, pts, group=None, joiner="\n"):
        if kind is None or pts is None:
            return
        self.leaks.append({"kind": kind, "text": text, "pts": pts, "group": group, "joiner": joiner})

    # -- text ----------------------------------------------------------------------
    def text(self, x, y, s, font, fill, kind=None, anchor="la", stroke=0, stroke_fill=None,
             group=None, joiner="\n"):
        """Draw text; returns ink bbox (x0, y0, x1, y1) in layer coords."""
        x, y = int(round(x)), int(round(y))
        l, t, r, b = _DUMMY.textbbox((0, 0), s, font=font, anchor=anchor, stroke_width=stroke)
        pad = 2
        W, H = r - l + 2 * pad, b - t + 2 * pad
        if W <= 0 or H <= 0:
            return (x, y, x, y)
        m = Image.new("L", (W, H), 0)
        ImageDraw.Draw(m).text((pad - l, pad - t), s, font=font, fill=255, anchor=anchor,
                               stroke_width=stroke, stroke_fill=255)
        ox, oy = x + l - pad, y + t - pad
        if stroke:
            self.fill_mask(m, ox, oy, stroke_fill or (0, 0, 0, 255))
            m2 = Image.new("L", (W, H), 0)
            ImageDraw.Draw(m2).text((pad - l, pad - t), s, font=font, fill=255, anchor=anchor)
            self.fill_mask(m2, ox, oy, fill)
        else:
            self.fill_mask(m, ox, oy, fill)
        a = np.asarray(m) >= INK_THRESHOLD
        pts = mask_points(a, ox, oy)
        if kind:
            self.add_leak(kind, s, pts, group, joiner)
        if pts is None:
            return (x, y, x, y)
        return (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())

    def runs(self, x, y, parts, font, fill, anchor="ls", fonts=None, fills=None):
        """Draw a line made of (text, kind) parts sharing a baseline; returns end x."""
        anchor_v = anchor[1]
        cx = x
        for i, p in enumerate(parts):
            s, kind = p[0], p[1]
            f = font
            col = fill
            if len(p) > 2 and p[2]:
                opts = p[2]
                f = opts.get("font", font)
                col = opts.get("fill", fill)
            if s:
                self.text(cx, y, s, f, col, kind=kind, anchor="l" + anchor_v)
            cx += f.getlength(s)
        return cx

    # -- shapes ----------------------------------------------------------------
    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        box = [int(round(v)) for v in box]
        if radius > 0:
            self.d.rounded_rectangle(box, radius=int(radius), fill=fill, outline=outline, width=int(width))
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=int(width))

    def ellipse(self, box, fill=None, outline=None, width=1):
        self.d.ellipse([int(round(v)) for v in box], fill=fill, outline=outline, width=int(width))

    def line(self, pts, fill, width=1):
        self.d.line([(int(round(a)), int(round(b))) for a, b in pts], fill=fill, width=int(width))

    def poly(self, pts, fill=None, outline=None):
        self.d.polygon([(int(round(a)), int(round(b))) for a, b in pts], fill=fill, outline=outline)

    def blend_rect(self, box, color):
        """Semi-transparent rectangle blended over the layer."""
        x0, y0, x1, y1 = [int(round(v)) for v in box]
        if x1 <= x0 or y1 <= y0:
            return
        ov = Image.new("RGBA", (x1 - x0, y1 - y0), tuple(color))
        self.comp(ov, x0, y0)

    def avatar(self, cx, cy, r, initials, color, fg=(255, 255, 255, 255), font="sans_b"):
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
        if initials:
            self.text(cx, cy, initials, F(font, r * 0.8), fg, anchor="mm")

    def placeholder(self, box, color=(200, 200, 200, 255), label=None, fg=(120, 120, 120, 255)):
        x0, y0, x1, y1 = box
        self.rect(box, fill=color, outline=tuple(max(0, c - 40) for c in color[:3]) + (255,), width=2)
        if label:
            self.text((x0 + x1) / 2, (y0 + y1) / 2, label, F("sans_b", max(10, (y1 - y0) * 0.12)), fg, anchor="mm")

    def barcode(self, box, rng, color=(0, 0, 0, 255)):
        x0, y0, x1, y1 = box
        x = x0
        while x < x1 - 4:
            w = rng.pick([1, 1, 2, 2, 3, 4]) * max(1, (x1 - x0) / 160)
            if rng.chance(0.55):
                self.rect((x, y0, min(x1, x + w - 1), y1), fill=color)
            x += w

    # -- QR --------------------------------------------------------------------------
    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0, 255), light=(255, 255, 255, 255), border=4,
           error="m"):
        q = segno.make(payload, error=error, micro=False)
        rows = np.array(list(q.matrix_iter(scale=1, border=0)), dtype=np.uint8)
        n = rows.shape[0]
        module = int(module)
        size = n * module
        x, y = int(x), int(y)
        if light is not None:
            self.rect((x - border * module, y - border * module, x + size + border * module - 1,
                       y + size + border * module - 1), fill=light)
        m = Image.fromarray((rows * 255).astype(np.uint8)).resize((size, size), Image.NEAREST)
        self.fill_mask(m, x, y, dark)
        pts = rect_points(x, y, x + size, y + size, 32)
        self.qrs.append({"payload": payload, "pts": pts})
        for kind, text in leaks:
            self.leaks.append({"kind": kind, "text": text, "pts": pts.copy(), "group": None, "joiner": "\n"})
        return size

    @staticmethod
    def qr_modules(payload, error="m"):
        q = segno.make(payload, error=error, micro=False)
        return q.symbol_size(scale=1, border=0)[0]

    # -- child layers --------------------------------------------------------------
    def paste(self, child, T, step=10, resample=Image.BICUBIC):
        cw, ch = child.im.size
        border = rect_points(0, 0, cw, ch, 80)
        q = T.fwd(border)
        x0 = max(0, int(math.floor(q[:, 0].min())) - 1)
        y0 = max(0, int(math.floor(q[:, 1].min())) - 1)
        x1 = min(self.w, int(math.ceil(q[:, 0].max())) + 1)
        y1 = min(self.h, int(math.ceil(q[:, 1].max())) + 1)
        if x1 > x0 and y1 > y0:
            W, H = x1 - x0, y1 - y0
            if isinstance(T, Homog):
                M = T.Hi @ np.array([[1.0, 0, x0], [0, 1.0, y0], [0, 0, 1.0]])
                M = M / M[2, 2]
                out = child.im.transform((W, H), Image.PERSPECTIVE, tuple(M.ravel()[:8]), resample=resample)
                self.im.alpha_composite(out, (x0, y0))
                W = 0
        if x1 > x0 and y1 > y0 and not isinstance(T, Homog):
            W, H = x1 - x0, y1 - y0
            gx = np.unique(np.minimum(np.arange(0, W + step, step), W))
            gy = np.unique(np.minimum(np.arange(0, H + step, step), H))
            XX, YY = np.meshgrid(gx + x0, gy + y0)
            src = T.inv(np.stack([XX.ravel(), YY.ravel()], 1).astype(np.float64))
            src = src.reshape(len(gy), len(gx), 2)
            mesh = []
            for j in range(len(gy) - 1):
                for i in range(len(gx) - 1):
                    a, b, c, d = src[j, i], src[j + 1, i], src[j + 1, i + 1], src[j, i + 1]
                    mesh.append(((int(gx[i]), int(gy[j]), int(gx[i + 1]), int(gy[j + 1])),
                                 (a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])))
            out = child.im.transform((W, H), Image.MESH, mesh, resample=resample)
            self.im.alpha_composite(out, (x0, y0))
        for lk in child.leaks:
            n = dict(lk)
            n["pts"] = T.fwd(lk["pts"]) if lk["pts"] is not None else None
            self.leaks.append(n)
        for qq in child.qrs:
            self.qrs.append({"payload": qq["payload"], "pts": T.fwd(qq["pts"])})
        return q

    def shadow(self, pts, dx, dy, blur, alpha):
        pts = np.asarray(pts, dtype=np.float64) + [dx, dy]
        m = int(blur * 3) + 2
        x0 = max(0, int(pts[:, 0].min()) - m)
        y0 = max(0, int(pts[:, 1].min()) - m)
        x1 = min(self.w, int(pts[:, 0].max()) + m)
        y1 = min(self.h, int(pts[:, 1].max()) + m)
        if x1 <= x0 or y1 <= y0:
            return
        sm = 4
        W, H = (x1 - x0) // sm + 1, (y1 - y0) // sm + 1
        mk = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mk).polygon([((a - x0) / sm, (b - y0) / sm) for a, b in pts], fill=int(alpha))
        mk = mk.filter(ImageFilter.GaussianBlur(max(0.5, blur / sm)))
        mk = mk.resize((x1 - x0, y1 - y0), Image.BILINEAR)
        self.fill_mask(mk, x0, y0, (0, 0, 0, 255))

    # -- finalisation ----------------------------------------------------------------
    def final_leaks(self, W=None, H=None):
        W = W or self.w
        H = H or self.h
        merged = []
        groups = {}
        for lk in self.leaks:
            if lk["pts"] is None:
                continue
            g = lk.get("group")
            if g is None:
                merged.append(dict(lk))
            elif g in groups:
                e = groups[g]
                e["text"] = e["text"] + e["joiner"] + lk["text"]
                e["pts"] = np.concatenate([e["pts"], lk["pts"]])
            else:
                e = dict(lk)
                groups[g] = e
                merged.append(e)
        out = []
        for lk in merged:
            p = lk["pts"]
            bx = box_of(p, W, H)
            if bx is None:
                continue
            out.append({"kind": lk["kind"], "text": lk["text"], "box": bx})
        qrs = []
        for q in self.qrs:
            bx = box_of(q["pts"], W, H)
            if bx is not None:
                qrs.append({"payload": q["payload"], "box": bx})
        return out, qrs


def box_of(p, W, H):
    x0 = int(math.floor(p[:, 0].min() + 1e-6))
    y0 = int(math.floor(p[:, 1].min() + 1e-6))
    x1 = int(math.ceil(p[:, 0].max() - 1e-6))
    y1 = int(math.ceil(p[:, 1].max() - 1e-6))
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(W, x1), min(H, y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return [x0, y0, x1 - x0, y1 - y0]


# ---------------------------------------------------------------------------
# Transforms: fwd maps child -> parent coordinates, inv the reverse.
# ---------------------------------------------------------------------------
class Homog:
    def __init__(self, H):
        self.H = np.asarray(H, dtype=np.float64)
        self.Hi = np.linalg.inv(self.H)

    @staticmethod
    def _ap(M, p):
        p = np.asarray(p, dtype=np.float64)
        q = np.c_[p, np.ones(len(p))] @ M.T
        return q[:, :2] / q[:, 2:3]

    def fwd(self, p):
        return self._ap(self.H, p)

    def inv(self, p):
        return self._ap(self.Hi, p)

    def __matmul__(self, other):
        return Homog(self.H @ other.H)


def homog_quad(src, dst):
    A, bb = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        bb.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bb.append(v)
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(bb, dtype=np.float64))
    return Homog(np.array([[h[0], h[1], h[2]], [h[3], h[4], h[5]], [h[6], h[7], 1.0]]))


def translate(tx, ty):
    return Homog([[1, 0, tx], [0, 1, ty], [0, 0, 1]])


def rotate_about(deg, cx, cy, scale=1.0):
    a = math.radians(deg)
    c, s = math.cos(a) * scale, math.sin(a) * scale
    return Homog([[c, -s, cx - c * cx + s * cy], [s, c, cy - s * cx - c * cy], [0, 0, 1]])


class Cyl:
    """Wrap around a vertical cylinder: x' = cx + R sin((x-cx)/R), y' = y + b(1-cos)."""

    def __init__(self, cx, R, b=0.0):
        self.cx, self.R, self.b = cx, R, b

    def fwd(self, p):
        p = np.asarray(p, dtype=np.float64)
        th = (p[:, 0] - self.cx) / self.R
        return np.stack([self.cx + self.R * np.sin(th), p[:, 1] + self.b * (1 - np.cos(th))], 1)

    def inv(self, p):
        p = np.asarray(p, dtype=np.float64)
        u = (p[:, 0] - self.cx) / self.R
        uc = np.clip(u, -1, 1)
        th = np.arcsin(uc)
        x = self.cx + self.R * th + (u - uc) * self.R * 20
        return np.stack([x, p[:, 1] - self.b * (1 - np.cos(th))], 1)


class Bend:
    """y' = y + k (x - cx)^2"""

    def __init__(self, cx, k):
        self.cx, self.k = cx, k

    def fwd(self, p):
        p = np.asarray(p, dtype=np.float64)
        return np.stack([p[:, 0], p[:, 1] + self.k * (p[:, 0] - self.cx) ** 2], 1)

    def inv(self, p):
        p = np.asarray(p, dtype=np.float64)
        return np.stack([p[:, 0], p[:, 1] - self.k * (p[:, 0] - self.cx) ** 2], 1)


class Wave:
    """y' = y + amp sin(2 pi x / lam + ph)"""

    def __init__(self, amp, lam, ph=0.0):
        self.amp, self.lam, self.ph = amp, lam, ph

    def fwd(self, p):
        p = np.asarray(p, dtype=np.float64)
        return np.stack([p[:, 0], p[:, 1] + self.amp * np.sin(2 * np.pi * p[:, 0] / self.lam + self.ph)], 1)

    def inv(self, p):
        p = np.asarray(p, dtype=np.float64)
        return np.stack([p[:, 0], p[:, 1] - self.amp * np.sin(2 * np.pi * p[:, 0] / self.lam + self.ph)], 1)


class Chain:
    def __init__(self, *ts):
        self.ts = ts

    def fwd(self, p):
        for t in self.ts:
            p = t.fwd(p)
        return p

    def inv(self, p):
        for t in reversed(self.ts):
            p = t.inv(p)
        return p


def place_quad(rng, W, H, ow, oh, cx, cy, rot=0.0, persp=0.0):
    """Target quad for an ow x oh object centred at (cx, cy) with rotation and perspective jitter."""
    a = math.radians(rot)
    c, s = math.cos(a), math.sin(a)
    base = [(-ow / 2, -oh / 2), (ow / 2, -oh / 2), (ow / 2, oh / 2), (-ow / 2, oh / 2)]
    quad = []
    for (x, y) in base:
        jx = rng.uni(-persp, persp) * ow
        jy = rng.uni(-persp, persp) * oh
        xx, yy = x + jx, y + jy
        quad.append((cx + c * xx - s * yy, cy + s * xx + c * yy))
    return quad


def keystone_quad(rng, ow, oh, cx, cy, rot, tilt_x, tilt_y):
    """Perspective like a camera tilt: tilt_y>0 makes the top edge narrower."""
    a = math.radians(rot)
    c, s = math.cos(a), math.sin(a)
    tx, ty = tilt_x, tilt_y
    base = [(-ow / 2 * (1 - ty), -oh / 2 * (1 - tx)), (ow / 2 * (1 - ty), -oh / 2 * (1 + tx)),
            (ow / 2 * (1 + ty), oh / 2 * (1 + tx)), (-ow / 2 * (1 + ty), oh / 2 * (1 - tx))]
    return [(cx + c * x - s * y, cy + s * x + c * y) for x, y in base]


def quad_inside(quad, W, H, margin):
    for x, y in quad:
        if x < margin or y < margin or x > W - margin or y > H - margin:
            return False
    return True


def fit_quad(quad, W, H, margin):
    """Scale a quad about its centroid (and shift) until it lies inside the frame."""
    q = np.array(quad, dtype=np.float64)
    for _ in range(60):
        if quad_inside(q, W, H, margin):
            break
        c = q.mean(0)
        q = c + (q - c) * 0.95
        # shift towards the centre when needed
        dx = 0.0
        dy = 0.0
        if q[:, 0].min() < margin:
            dx = margin - q[:, 0].min()
        if q[:, 0].max() > W - margin:
            dx = (W - margin) - q[:, 0].max()
        if q[:, 1].min() < margin:
            dy = margin - q[:, 1].min()
        if q[:, 1].max() > H - margin:
            dy = (H - margin) - q[:, 1].max()
        q = q + [dx * 0.5, dy * 0.5]
    return [tuple(v) for v in q]


def paste_quad(scene, obj, quad, shadow=True, rng=None, curve=None, step=10):
    ow, oh = obj.w, obj.h
    Hm = homog_quad([(0, 0), (ow, 0), (ow, oh), (0, oh)], quad)
    if shadow:
        sd = max(scene.w, scene.h) * 0.006
        scene.shadow(quad, sd, sd * 1.3, sd * 2.5, 110)
    T = Chain(curve, Hm) if curve is not None else Hm
    scene.paste(obj, T, step=step)
    return T


# ---------------------------------------------------------------------------
# Textures and photo effects
# ---------------------------------------------------------------------------
def smooth_noise(nr, w, h, cells):
    cw = max(2, int(cells))
    chh = max(2, int(round(cells * h / max(1, w))))
    a = nr.standard_normal((chh, cw)).astype(np.float32)
    im = Image.fromarray(a, mode="F").resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32)


def fbm(nr, w, h, base=4, octaves=4):
    out = np.zeros((h, w), np.float32)
    amp = 1.0
    tot = 0.0
    cells = base
    for _ in range(octaves):
        out += amp * smooth_noise(nr, w, h, cells)
        tot += amp
        amp *= 0.5
        cells *= 2
    return out / tot


def _to_img(arr):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def texture(kind, W, H, nr, rng, color=None):
    """Return an RGB PIL image texture at W x H (generated at reduced resolution)."""
    f = 3
    w, h = max(8, W // f), max(8, H // f)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(color or rng.pick([(150, 105, 65), (180, 135, 90), (120, 80, 50), (200, 160, 115),
                                            (95, 65, 45)]), np.float32)
        warp = fbm(nr, w, h, 3, 3) * 40
        ang = rng.uni(-0.15, 0.15)
        v = (yy * math.cos(ang) + xx * math.sin(ang)) / rng.uni(6, 14) + warp * 0.3
        g = (np.sin(v) * 0.5 + 0.5) ** 3
        n = fbm(nr, w, h, 40, 2)
        shade = 1 - 0.18 * g + 0.05 * n
        arr = base[None, None, :] * shade[..., None]
        # plank seams
        pw = h / rng.ri(3, 6)
        seam = (np.mod(yy * math.cos(ang) + xx * math.sin(ang), pw) < 1.2)
        arr[seam] *= 0.6
    elif kind in ("wall", "paper", "plain"):
        base = np.array(color or rng.pick([(235, 232, 225), (220, 226, 232), (240, 236, 220), (205, 215, 205),
                                            (230, 220, 210), (250, 248, 244)]), np.float32)
        n = fbm(nr, w, h, 4, 4)
        arr = base[None, None, :] * (1 + 0.03 * n)[..., None]
    elif kind == "cork":
        base = np.array([190, 145, 95], np.float32)
        n = nr.standard_normal((h, w)).astype(np.float32)
        n2 = fbm(nr, w, h, 8, 3)
        arr = base[None, None, :] * (1 + 0.12 * n + 0.08 * n2)[..., None]
    elif kind == "fabric":
        base = np.array(color or rng.pick([(60, 90, 150), (160, 40, 50), (40, 120, 70), (230, 230, 235),
                                            (240, 200, 60), (30, 30, 40)]), np.float32)
        weave = (np.sin(xx * 2.2) * np.sin(yy * 2.2)) * 0.04
        n = fbm(nr, w, h, 6, 3)
        arr = base[None, None, :] * (1 + weave + 0.06 * n)[..., None]
    elif kind == "grass":
        n = fbm(nr, w, h, 30, 3)
        n2 = nr.standard_normal((h, w)).astype(np.float32)
        arr = np.stack([60 + 20 * n + 10 * n2, 120 + 30 * n + 14 * n2, 50 + 15 * n + 8 * n2], -1)
    elif kind == "asphalt":
        n = nr.standard_normal((h, w)).astype(np.float32)
        n2 = fbm(nr, w, h, 6, 3)
        g = 95 + 14 * n + 12 * n2
        arr = np.stack([g, g, g * 1.02], -1)
    elif kind == "brick":
        bc = np.array(color or rng.pick([(150, 70, 50), (170, 95, 70), (130, 60, 45), (190, 150, 110)]),
                      np.float32)
        bh = h / rng.ri(14, 24)
        bw = bh * 2.6
        row = np.floor(yy / bh)
        off = (row % 2) * bw / 2
        mort = (np.mod(yy, bh) < bh * 0.12) | (np.mod(xx + off, bw) < bh * 0.12)
        n = fbm(nr, w, h, 30, 2)
        var = smooth_noise(nr, w, h, 60) * 0.08
        arr = bc[None, None, :] * (1 + 0.08 * n + var)[..., None]
        arr[mort] = np.array([200, 195, 185], np.float32)
    elif kind == "sky":
        top = np.array(rng.pick([(110, 160, 220), (150, 185, 225), (170, 180, 190)]), np.float32)
        bot = np.array([225, 232, 240], np.float32)
        t = (yy / h)[..., None]
        cl = np.clip(fbm(nr, w, h, 4, 4) * 1.5, 0, 1)[..., None]
        arr = top * (1 - t) + bot * t
        arr = arr * (1 - cl * 0.6) + 245 * cl * 0.6
    elif kind == "metal":
        base = np.array(color or (235, 236, 238), np.float32)
        n = smooth_noise(nr, w, h, 3)
        brushed = nr.standard_normal((h, 1)).astype(np.float32) * 0.01
        arr = base[None, None, :] * (1 + 0.03 * n + brushed)[..., None]
    elif kind == "carpet":
        base = np.array(color or rng.pick([(120, 110, 100), (90, 100, 120), (150, 130, 120)]), np.float32)
        n = nr.standard_normal((h, w)).astype(np.float32)
        arr = base[None, None, :] * (1 + 0.1 * n + 0.05 * fbm(nr, w, h, 10, 2))[..., None]
    elif kind == "cardboard":
        base = np.array([196, 160, 112], np.float32)
        n = fbm(nr, w, h, 20, 3)
        fl = np.sin(xx / 3.0) * 0.015
        arr = base[None, None, :] * (1 + 0.05 * n + fl)[..., None]
    else:
        arr = np.full((h, w, 3), 200, np.float32)
    im = _to_img(arr)
    return im.resize((W, H), Image.BICUBIC)


def photo_finish(im, nr, light=0.2, vignette=0.25, contrast=1.0, blur=0.0, noise=4.0, cast=None, lift=0.0):
    """Apply camera-like lighting, contrast, colour cast, blur and noise. im: RGB PIL image."""
    W, H = im.size
    if blur > 0.05:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    lw = 96
    lh = max(2, int(round(lw * H / W)))
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    xx = xx / (lw - 1) - 0.5
    yy = yy / (lh - 1) - 0.5
    ang = nr.uniform(0, 2 * np.pi)
    g = 1 + light * (np.cos(ang) * xx + np.sin(ang) * yy) * 2
    cxo, cyo = nr.uniform(-0.2, 0.2), nr.uniform(-0.2, 0.2)
    r2 = ((xx - cxo) ** 2 + (yy - cyo) ** 2) / 0.5
    g = g * (1 - vignette * r2)
    field = np.asarray(Image.fromarray(g.astype(np.float32), mode="F").resize((W, H), Image.BILINEAR),
                       dtype=np.float32)
    if cast is None:
        cast = (1.0, 1.0, 1.0)
    cast = np.array(cast, np.float32)
    src = np.asarray(im)
    out = np.empty_like(src)
    step = 256
    for y0 in range(0, H, step):
        a = src[y0:y0 + step].astype(np.float32)
        a = (a - 128.0) * contrast + 128.0 + lift
        a = a * field[y0:y0 + step, :, None] * cast[None, None, :]
        if noise > 0:
            a += nr.standard_normal(a.shape, dtype=np.float32) * noise
        out[y0:y0 + step] = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def scan_finish(im, nr, noise=3.0, blur=0.4, contrast=1.0, lift=0.0):
    W, H = im.size
    if blur > 0.05:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    src = np.asarray(im)
    out = np.empty_like(src)
    step = 256
    for y0 in range(0, H, step):
        a = src[y0:y0 + step].astype(np.float32)
        a = (a - 128.0) * contrast + 128.0 + lift
        if noise > 0:
            a += nr.standard_normal(a.shape[:2], dtype=np.float32)[..., None] * noise
        out[y0:y0 + step] = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGB")


def darker(c, f=0.7):
    return tuple(int(v * f) for v in c[:3]) + ((c[3],) if len(c) > 3 else (255,))


def lighter(c, f=0.5):
    return tuple(int(v + (255 - v) * f) for v in c[:3]) + ((c[3],) if len(c) > 3 else (255,))


def rgba(c, a=255):
    return tuple(c[:3]) + (a,)


def wrap_parts(parts, font, max_w):
    """Wrap a list of (text, kind) parts into lines; tagged parts are atomic."""
    tokens = []  # (text, kind, space_before)
    for p in parts:
        s, kind = p[0], p[1]
        if kind:
            tokens.append([s, kind])
        else:
            # split keeping spaces attached to previous
            words = s.split(" ")
            for i, wd in enumerate(words):
                if wd == "" and i not in (0, len(words) - 1):
                    continue
                tokens.append([wd, None, i > 0])
    # rebuild into units with explicit spacing information
    units = []
    pending_space = False
    for t in tokens:
        if t[1] is None:
            if t[0] == "":
                pending_space = True
                continue
            sp = pending_space or (len(t) > 2 and t[2])
            units.append((t[0], None, sp))
            pending_space = False
        else:
            units.append((t[0], t[1], pending_space))
            pending_space = False
    # first-unit spacing off; spaces before tagged units decided by original text
    lines = [[]]
    cur_w = 0.0
    sp_w = font.getlength(" ")
    for s, kind, sp in units:
        w = font.getlength(s)
        add = (sp_w if (sp and lines[-1]) else 0.0)
        if lines[-1] and cur_w + add + w > max_w:
            lines.append([])
            cur_w = 0.0
            add = 0.0
        if add:
            lines[-1].append((" ", None))
        lines[-1].append((s, kind))
        cur_w += add + w
    # merge adjacent untagged
    out = []
    for ln in lines:
        m = []
        for s, kind in ln:
            if m and kind is None and m[-1][1] is None:
                m[-1] = (m[-1][0] + s, None)
            else:
                m.append((s, kind))
        out.append(m)
    return out


def line_width(line, font):
    return sum(font.getlength(s) for s, _ in line)
