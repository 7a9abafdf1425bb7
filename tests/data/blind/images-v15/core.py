"""Drawing core: fonts, sheets that remember where leak ink lands, geometric
transforms that carry those ink points along, QR codes, backgrounds, photo
finishing and encoding."""
import io
import math
import re
from functools import lru_cache

import numpy as np
import segno
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FAMILIES = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf",
               "dejavu/DejaVuSans-BoldOblique.ttf"),
    "dejavu_cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                    "dejavu/DejaVuSansCondensed-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "dejavu_serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf",
                     "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "dejavu_serif_cond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
                          "dejavu/DejaVuSerifCondensed-Italic.ttf", "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"),
    "dejavu_mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf",
                    "dejavu/DejaVuSansMono-BoldOblique.ttf"),
    "lib_sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                 "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "lib_narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                   "liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    "lib_serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                  "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "lib_mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                 "liberation/LiberationMono-Italic.ttf", "liberation/LiberationMono-BoldItalic.ttf"),
    "free_sans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf", "freefont/FreeSansOblique.ttf",
                  "freefont/FreeSansBoldOblique.ttf"),
    "free_serif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf", "freefont/FreeSerifItalic.ttf",
                   "freefont/FreeSerifBoldItalic.ttf"),
    "free_mono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf", "freefont/FreeMonoOblique.ttf",
                  "freefont/FreeMonoBoldOblique.ttf"),
}
SANS = ["dejavu", "dejavu_cond", "lib_sans", "lib_narrow", "free_sans"]
SERIF = ["dejavu_serif", "dejavu_serif_cond", "lib_serif", "free_serif"]
MONO = ["dejavu_mono", "lib_mono", "free_mono"]
ALL = SANS + SERIF + MONO
# "handwriting" stand-ins: italic / oblique faces
HAND = [("free_serif", 2), ("dejavu_serif", 2), ("lib_serif", 2), ("free_sans", 2), ("lib_sans", 2),
        ("dejavu_serif_cond", 3), ("free_serif", 3), ("dejavu", 2), ("lib_narrow", 2)]

R_BOLD, R_REG, R_IT, R_BI = 1, 0, 2, 3


@lru_cache(maxsize=2048)
def F(fam, size, style=0):
    return ImageFont.truetype(FD + FAMILIES[fam][style], max(6, int(round(size))),
                              layout_engine=ImageFont.Layout.BASIC)


def rgba(c, a=255):
    if len(c) == 4:
        return tuple(int(v) for v in c)
    return (int(c[0]), int(c[1]), int(c[2]), a)


# ----------------------------------------------------------------- ink
def ink_pts(font, text, anchor="la", stroke=0, thr=96):
    """Extreme points of the ink of `text`, relative to the anchor point."""
    l, t, r, b = font.getbbox(text, anchor=anchor, stroke_width=stroke)
    w, h = int(r - l) + 4, int(b - t) + 4
    im = Image.new("L", (max(w, 1), max(h, 1)), 0)
    ImageDraw.Draw(im).text((2 - l, 2 - t), text, font=font, fill=255, anchor=anchor,
                            stroke_width=stroke, stroke_fill=255)
    a = np.asarray(im) >= thr
    if not a.any():
        return None
    rows = np.nonzero(a.any(1))[0]
    ar = a[rows]
    xmin = ar.argmax(1)
    xmax = a.shape[1] - ar[:, ::-1].argmax(1)
    cols = np.nonzero(a.any(0))[0]
    ac = a[:, cols]
    ymin = ac.argmax(0)
    ymax = a.shape[0] - ac[::-1, :].argmax(0)
    P = np.concatenate([
        np.stack([xmin, rows], 1), np.stack([xmin, rows + 1], 1),
        np.stack([xmax, rows], 1), np.stack([xmax, rows + 1], 1),
        np.stack([cols, ymin], 1), np.stack([cols + 1, ymin], 1),
        np.stack([cols, ymax], 1), np.stack([cols + 1, ymax], 1)]).astype(np.float64)
    P[:, 0] += l - 2
    P[:, 1] += t - 2
    return P


def rect_pts(x0, y0, x1, y1, n=8):
    t = np.linspace(0, 1, n)
    xs = x0 + (x1 - x0) * t
    ys = y0 + (y1 - y0) * t
    return np.concatenate([np.stack([xs, np.full(n, y0)], 1), np.stack([xs, np.full(n, y1)], 1),
                           np.stack([np.full(n, x0), ys], 1), np.stack([np.full(n, x1), ys], 1)])


def qr_matrix(payload, error="m"):
    q = segno.make(payload, error=error, micro=False)
    return np.array([list(r) for r in q.matrix], dtype=bool)


def tokenize(parts):
    toks = []
    for p in parts:
        if isinstance(p, str):
            txt, kind = p, None
        else:
            txt, kind = p[0], p[1]
        if not txt:
            continue
        if kind:
            toks.append((txt, kind))
        else:
            for w in re.findall(r"\S+\s*|\s+", txt):
                toks.append((w, None))
    return toks


def wrap(parts, font, maxw):
    toks = tokenize(parts)
    lines, cur = [], []
    for t in toks:
        trial = "".join(x[0] for x in cur) + t[0]
        if cur and font.getlength(trial.rstrip()) > maxw:
            lines.append(cur)
            cur = []
            if t[1] is None:
                t = (t[0].lstrip(), None)
                if not t[0]:
                    continue
        cur.append(t)
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        merged = []
        for txt, k in ln:
            if merged and k is None and merged[-1][1] is None:
                merged[-1] = (merged[-1][0] + txt, None)
            else:
                merged.append((txt, k))
        if merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0].rstrip(), None)
        out.append([m for m in merged if m[0]])
    return out


def line_text(line):
    return "".join(t for t, _ in line)


# ----------------------------------------------------------------- sheet
class Sheet:
    """An RGBA image plus the positions (as point sets) of leaks and QR codes."""

    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        self.img = Image.new("RGBA", (int(w), int(h)), rgba(bg))
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []
        self.qrs = []

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    def add_leak(self, kind, text, pts):
        if pts is not None and len(pts):
            self.leaks.append({"kind": kind, "text": text, "pts": np.asarray(pts, dtype=np.float64)})

    def text(self, x, y, s, font, fill, kind=None, anchor="la", stroke=0, stroke_fill=None):
        x, y = int(round(x)), int(round(y))
        self.d.text((x, y), s, font=font, fill=rgba(fill), anchor=anchor, stroke_width=stroke,
                    stroke_fill=rgba(stroke_fill) if stroke_fill is not None else None)
        if kind:
            P = ink_pts(font, s, anchor, stroke)
            if P is not None:
                self.add_leak(kind, s, P + (x, y))
        return self.d.textbbox((x, y), s, font=font, anchor=anchor, stroke_width=stroke)

    def line(self, x, y, line, font, fill, leak_fill=None, align="l", stroke=0, stroke_fill=None):
        """Draws a list of (text, kind) runs on one line; x is left/centre/right by align."""
        if isinstance(line, str):
            line = [(line, None)]
        line = [(p, None) if isinstance(p, str) else (p[0], p[1]) for p in line if (p if isinstance(p, str) else p[0])]
        full = line_text(line)
        W = font.getlength(full)
        if align == "c":
            x = x - W / 2
        elif align == "r":
            x = x - W
        acc = ""
        for txt, kind in line:
            xx = x + font.getlength(acc)
            col = leak_fill if (kind and leak_fill is not None) else fill
            self.text(xx, y, txt, font, col, kind=kind, stroke=stroke, stroke_fill=stroke_fill)
            acc += txt
        return W

    def para(self, x, y, parts, font, fill, maxw, lh=None, align="l", leak_fill=None, max_lines=None):
        lh = lh or int(font.size * 1.3)
        lines = wrap(parts, font, maxw)
        if max_lines:
            lines = lines[:max_lines]
        for ln in lines:
            xx = x if align == "l" else (x + maxw / 2 if align == "c" else x + maxw)
            self.line(xx, y, ln, font, fill, leak_fill=leak_fill, align=align)
            y += lh
        return y

    def block(self, x, y, lines, font, fill, kind=None, lh=None, align="l", stroke=0):
        """Multi-line text that is one leak (e.g. an address); text joined by newlines."""
        lh = lh or int(font.size * 1.25)
        pts = []
        for i, s in enumerate(lines):
            xx = x
            if align == "c":
                xx = x - font.getlength(s) / 2
            elif align == "r":
                xx = x - font.getlength(s)
            xx, yy = int(round(xx)), int(round(y + i * lh))
            self.d.text((xx, yy), s, font=font, fill=rgba(fill), stroke_width=stroke,
                        stroke_fill=rgba(fill) if stroke else None)
            if kind:
                P = ink_pts(font, s, "la", stroke)
                if P is not None:
                    pts.append(P + (xx, yy))
        if kind and pts:
            self.add_leak(kind, "\n".join(lines), np.concatenate(pts))
        return y + len(lines) * lh

    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=4, error="m"):
        m = qr_matrix(payload, error)
        n = m.shape[0]
        big = np.kron(m.astype(np.uint8), np.ones((module, module), np.uint8)).astype(bool)
        pad = border * module
        S = n * module + 2 * pad
        arr = np.empty((S, S, 4), np.uint8)
        arr[:] = rgba(light)
        inner = arr[pad:pad + n * module, pad:pad + n * module]
        inner[big] = rgba(dark)
        self.img.alpha_composite(Image.fromarray(arr, "RGBA"), (int(x), int(y)))
        x0, y0 = int(x) + pad, int(y) + pad
        pts = rect_pts(x0, y0, x0 + n * module, y0 + n * module, 12)
        self.qrs.append({"payload": payload, "pts": pts, "leaks": list(leaks)})
        return S

    @staticmethod
    def qr_size(payload, module, border=4, error="m"):
        return (qr_matrix(payload, error).shape[0] + 2 * border) * module

    # ------------------------------------------------------------ geometry
    def border_pts(self):
        return rect_pts(0, 0, self.w, self.h, 24)

    def all_annotations(self):
        return self.leaks, self.qrs

    def paste(self, other, T=None, pos=(0, 0), shadow=None):
        """Composite `other` (a Sheet) through transform T (or a plain offset)."""
        if isinstance(T, (tuple, list)):
            T, pos = None, T
        if T is None:
            T = Affine.translate(int(round(pos[0])), int(round(pos[1])))
        lay, (ox, oy) = warp_sheet(other, T)
        if shadow:
            dx, dy, rad, op = shadow
            self._shadow(lay, ox + dx, oy + dy, rad, op)
        self._composite(lay.img, ox, oy)
        for L in lay.leaks:
            self.leaks.append({**L, "pts": L["pts"] + (ox, oy)})
        for q in lay.qrs:
            self.qrs.append({**q, "pts": q["pts"] + (ox, oy)})
        return ox, oy, lay.w, lay.h

    def _composite(self, im, ox, oy):
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(self.w, ox + im.width), min(self.h, oy + im.height)
        if x1 <= x0 or y1 <= y0:
            return
        crop = im.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))
        self.img.alpha_composite(crop, (x0, y0))

    def _shadow(self, lay, ox, oy, rad, op):
        a = lay.img.getchannel("A")
        f = 4
        small = a.resize((max(1, a.width // f), max(1, a.height // f)), Image.BILINEAR)
        pad = int(rad / f * 3) + 2
        big = Image.new("L", (small.width + 2 * pad, small.height + 2 * pad), 0)
        big.paste(small, (pad, pad))
        big = big.filter(ImageFilter.GaussianBlur(max(0.5, rad / f)))
        big = big.resize((big.width * f, big.height * f), Image.BILINEAR)
        big = big.point(lambda v: int(v * op))
        sh = Image.new("RGBA", big.size, (0, 0, 0, 0))
        sh.putalpha(big)
        self._composite(sh, ox - pad * f, oy - pad * f)


# ----------------------------------------------------------------- transforms
class Affine:
    def __init__(self, M):
        self.M = np.asarray(M, dtype=np.float64)

    @staticmethod
    def translate(tx, ty):
        return Affine([[1, 0, tx], [0, 1, ty], [0, 0, 1]])

    @staticmethod
    def make(angle_deg=0.0, scale=1.0, cx=0.0, cy=0.0, tx=0.0, ty=0.0, sx=None, sy=None):
        """Rotate (counter-clockwise on screen) and scale about (cx, cy), then move (cx, cy) to (tx, ty)."""
        a = math.radians(angle_deg)
        sx = scale if sx is None else sx
        sy = scale if sy is None else sy
        c, s = math.cos(a), math.sin(a)
        R = np.array([[c * sx, s * sy, 0], [-s * sx, c * sy, 0], [0, 0, 1]])
        T1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]])
        T2 = np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]])
        return Affine(T2 @ R @ T1)

    def fwd(self, P):
        P = np.asarray(P, dtype=np.float64)
        return P @ self.M[:2, :2].T + self.M[:2, 2]

    def warp(self, img, box):
        x0, y0, w, h = box
        M = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]]) @ self.M
        Mi = np.linalg.inv(M)
        co = (Mi[0, 0], Mi[0, 1], Mi[0, 2], Mi[1, 0], Mi[1, 1], Mi[1, 2])
        return img.convert("RGBa").transform((w, h), Image.AFFINE, co, resample=Image.BICUBIC).convert("RGBA")


def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(b, dtype=np.float64))
    return np.append(h, 1).reshape(3, 3)


class Persp:
    def __init__(self, H):
        self.H = np.asarray(H, dtype=np.float64)

    @staticmethod
    def quad(w, h, quad):
        return Persp(homography([(0, 0), (w, 0), (w, h), (0, h)], quad))

    def fwd(self, P):
        P = np.asarray(P, dtype=np.float64)
        Q = P @ self.H[:, :2].T + self.H[:, 2]
        return Q[:, :2] / Q[:, 2:3]

    def warp(self, img, box):
        x0, y0, w, h = box
        M = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]]) @ self.H
        Mi = np.linalg.inv(M)
        Mi = Mi / Mi[2, 2]
        co = tuple(Mi.flatten()[:8])
        return img.convert("RGBa").transform((w, h), Image.PERSPECTIVE, co, resample=Image.BILINEAR).convert("RGBA")


def _remap(img, sx, sy, shade=None):
    """Bilinear sampling of RGBA `img` at continuous coords (sx, sy) (pixel centres at +0.5)."""
    a = np.asarray(img.convert("RGBa"), dtype=np.float32)
    H, W = a.shape[:2]
    x = sx - 0.5
    y = sy - 0.5
    valid = (x > -1) & (x < W) & (y > -1) & (y < H)
    x0 = np.floor(x).astype(np.int64)
    y0 = np.floor(y).astype(np.int64)
    fx = (x - x0).astype(np.float32)[..., None]
    fy = (y - y0).astype(np.float32)[..., None]
    ap = np.zeros((H + 2, W + 2, 4), np.float32)
    ap[1:-1, 1:-1] = a
    x0c = np.clip(x0 + 1, 0, W + 1)
    x1c = np.clip(x0 + 2, 0, W + 1)
    y0c = np.clip(y0 + 1, 0, H + 1)
    y1c = np.clip(y0 + 2, 0, H + 1)
    out = (ap[y0c, x0c] * (1 - fx) * (1 - fy) + ap[y0c, x1c] * fx * (1 - fy) +
           ap[y1c, x0c] * (1 - fx) * fy + ap[y1c, x1c] * fx * fy)
    out[~valid] = 0
    if shade is not None:
        out[..., :3] *= shade[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out, "RGBa").convert("RGBA")


class Cylinder:
    """Wraps a flat sheet round a vertical cylinder (bottles, cups, cakes)."""

    def __init__(self, W, H, span_deg=110, bow=0.0, light=0.35, hl=0.25):
        self.W, self.H = W, H
        self.span = math.radians(span_deg)
        self.R = W / self.span
        self.Wd = 2 * self.R * math.sin(self.span / 2)
        self.bow = bow  # vertical pixels lines drop at the edges (view from above)
        self.light, self.hl = light, hl

    def fwd(self, P):
        P = np.asarray(P, dtype=np.float64)
        th = (P[:, 0] - self.W / 2) / self.R
        xd = self.Wd / 2 + self.R * np.sin(th)
        yd = P[:, 1] + self.bow * (1 - np.cos(th))
        return np.stack([xd, yd], 1)

    def warp(self, img, box):
        x0, y0, w, h = box
        xs, ys = np.meshgrid(np.arange(w) + 0.5 + x0, np.arange(h) + 0.5 + y0)
        u = np.clip((xs - self.Wd / 2) / self.R, -1, 1)
        th = np.arcsin(u)
        sx = self.W / 2 + self.R * th
        sy = ys - self.bow * (1 - np.cos(th))
        sx[np.abs((xs - self.Wd / 2) / self.R) > 1] = -10
        shade = (1 - self.light) + self.light * np.cos(th) + self.hl * np.exp(-((th + 0.45) / 0.12) ** 2)
        return _remap(img, sx, sy, shade.astype(np.float32))


class Wave:
    """Cloth/banner distortion: sine waves plus an optional sag."""

    def __init__(self, W, H, ax=0, lx=500, px=0, ay=0, ly=500, py=0, sag=0, shade=0.0):
        self.W, self.H = W, H
        self.ax, self.lx, self.px, self.ay, self.ly, self.py, self.sag = ax, lx, px, ay, ly, py, sag
        self.sh = shade

    def _f(self, xs, ys):
        xd = xs + self.ax * np.sin(2 * np.pi * ys / self.ly + self.px)
        u = 2 * xs / self.W - 1
        yd = ys + self.ay * np.sin(2 * np.pi * xs / self.lx + self.py) + self.sag * (1 - u * u)
        return xd, yd

    def fwd(self, P):
        P = np.asarray(P, dtype=np.float64)
        xd, yd = self._f(P[:, 0], P[:, 1])
        return np.stack([xd, yd], 1)

    def warp(self, img, box):
        x0, y0, w, h = box
        xd, yd = np.meshgrid(np.arange(w, dtype=np.float32) + np.float32(0.5 + x0),
                             np.arange(h, dtype=np.float32) + np.float32(0.5 + y0))
        xs, ys = xd.copy(), yd.copy()
        for _ in range(3):
            fx, fy = self._f(xs, ys)
            xs = xs + (xd - fx)
            ys = ys + (yd - fy)
        shade = None
        if self.sh:
            shade = (1 + self.sh * np.cos(2 * np.pi * xs / self.lx + self.py)).astype(np.float32)
        return _remap(img, xs, ys, shade)


def warp_sheet(sh, T):
    """Returns (new Sheet with warped image and annotations, (ox, oy))."""
    if isinstance(T, Affine) and np.allclose(T.M[:2, :2], np.eye(2)):
        tx, ty = T.M[0, 2], T.M[1, 2]
        if abs(tx - round(tx)) < 1e-9 and abs(ty - round(ty)) < 1e-9:
            out = Sheet(1, 1)
            out.img = sh.img
            out.d = None
            out.leaks = [dict(L) for L in sh.leaks]
            out.qrs = [dict(q) for q in sh.qrs]
            return out, (int(round(tx)), int(round(ty)))
    B = T.fwd(sh.border_pts())
    x0, y0 = int(math.floor(B[:, 0].min())) - 2, int(math.floor(B[:, 1].min())) - 2
    x1, y1 = int(math.ceil(B[:, 0].max())) + 2, int(math.ceil(B[:, 1].max())) + 2
    w, h = x1 - x0, y1 - y0
    out = Sheet(1, 1)
    out.img = T.warp(sh.img, (x0, y0, w, h))
    out.d = ImageDraw.Draw(out.img)
    out.leaks = [{**L, "pts": T.fwd(L["pts"]) - (x0, y0)} for L in sh.leaks]
    out.qrs = [{**q, "pts": T.fwd(q["pts"]) - (x0, y0)} for q in sh.qrs]
    return out, (x0, y0)


def chain_paste(dst, sh, transforms, shadow=None):
    """Apply local transforms (curves) in sequence, then the last one places the result in dst."""
    cur = sh
    for t in transforms[:-1]:
        cur, _ = warp_sheet(cur, t)
    return dst.paste(cur, transforms[-1], shadow=shadow)


def rand_quad(rng, w, h, W, H, width_frac, rot=0.0, persp=0.1, margin=0.04, center=None):
    """Quad in a W x H photo for a w x h object: scaled to width_frac*W, rotated,
    with a random perspective squeeze; kept inside the frame."""
    for _ in range(50):
        s = width_frac * W / w
        ow, oh = w * s, h * s
        if oh > H * (1 - 2 * margin):
            s *= H * (1 - 2 * margin) / oh
            ow, oh = w * s, h * s
        pts = np.array([[-ow / 2, -oh / 2], [ow / 2, -oh / 2], [ow / 2, oh / 2], [-ow / 2, oh / 2]])
        # perspective: shrink one edge
        side = rng.randrange(4)
        k = 1 - persp * rng.random()
        if side == 0:
            pts[0, 0] *= k; pts[1, 0] *= k
        elif side == 1:
            pts[2, 0] *= k; pts[3, 0] *= k
        elif side == 2:
            pts[0, 1] *= k; pts[3, 1] *= k
        else:
            pts[1, 1] *= k; pts[2, 1] *= k
        pts += np.array([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * persp * 0.15 * min(ow, oh)
        a = math.radians(rot)
        Rm = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
        pts = pts @ Rm.T
        mx, my = margin * W, margin * H
        half_w = (pts[:, 0].max() - pts[:, 0].min()) / 2
        half_h = (pts[:, 1].max() - pts[:, 1].min()) / 2
        if 2 * half_w > W - 2 * mx or 2 * half_h > H - 2 * my:
            width_frac *= 0.92
            continue
        if center is None:
            cx = rng.uniform(mx + half_w, W - mx - half_w)
            cy = rng.uniform(my + half_h, H - my - half_h)
        else:
            cx = min(max(center[0], mx + half_w), W - mx - half_w)
            cy = min(max(center[1], my + half_h), H - my - half_h)
        pts[:, 0] += cx - (pts[:, 0].max() + pts[:, 0].min()) / 2
        pts[:, 1] += cy - (pts[:, 1].max() + pts[:, 1].min()) / 2
        return [tuple(p) for p in pts]
    raise RuntimeError("no quad")


# ----------------------------------------------------------------- textures
def smooth_noise(nr, W, H, scale, octaves=3):
    acc = np.zeros((H, W), np.float32)
    amp = 1.0
    for _ in range(octaves):
        gw, gh = max(2, W // max(1, scale) + 2), max(2, H // max(1, scale) + 2)
        g = nr.standard_normal((gh, gw)).astype(np.float32)
        im = Image.fromarray(g, "F").resize((W, H), Image.BICUBIC)
        acc += amp * np.asarray(im)
        scale = max(2, scale // 2)
        amp *= 0.5
    return acc


def to_img(arr):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").convert("RGBA")


def texture(nr, rng, kind, W, H, base=None, red=3):
    """Procedural backgrounds (no text), computed at 1/red resolution and upscaled."""
    if red > 1:
        small = _texture(nr, rng, kind, max(8, W // red), max(8, H // red), base, red)
        return small.resize((W, H), Image.BICUBIC)
    return _texture(nr, rng, kind, W, H, base, 1)


def _texture(nr, rng, kind, W, H, base=None, red=1):
    c = np.array(base if base is not None else (200, 200, 200), np.float32)
    if kind == "wood":
        c = np.array(base or rng.choice([(150, 100, 60), (190, 140, 90), (110, 70, 40), (205, 170, 120)]), np.float32)
        n = smooth_noise(nr, W, H, 300 // red, 3)
        yy = np.arange(H, dtype=np.float32)[:, None]
        plank = max(120 // red, H // rng.randint(4, 9))
        nx = np.asarray(Image.fromarray(nr.standard_normal((6, 12)).astype(np.float32), "F").resize((W, H), Image.BICUBIC))
        grain = np.sin((yy + 25 / red * nx + 4 / red * n) * (2 * np.pi / (rng.uniform(30, 70) / red))) * 0.5 + 0.5
        v = 0.82 + 0.18 * grain + 0.05 * n
        pid = (yy // plank).astype(np.int64)
        shift = (np.sin(pid * 12.9898) * 0.08).astype(np.float32)
        v = v + shift
        seam = (np.abs(yy % plank) < max(1, 3 // red)).astype(np.float32)
        v = v * (1 - 0.45 * seam)
        arr = c[None, None, :] * v[..., None]
    elif kind == "brick":
        c = np.array(base or rng.choice([(160, 70, 50), (180, 100, 70), (140, 60, 45), (200, 180, 150)]), np.float32)
        bh = max(8, rng.randint(60, 110) // red)
        bw = bh * 3
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        row = (yy // bh).astype(np.int64)
        off = (row % 2) * (bw / 2)
        mx = ((xx + off) % bw) < max(2, 8 // red)
        my = (yy % bh) < max(2, 8 // red)
        bid = row * 131 + ((xx + off) // bw).astype(np.int64)
        var = (np.sin(bid * 7.13) * 0.1).astype(np.float32)
        n = smooth_noise(nr, W, H, max(4, 60 // red), 2)
        v = 0.9 + var + 0.06 * n
        arr = c[None, None, :] * v[..., None]
        mortar = np.array([190, 185, 175], np.float32)
        m = (mx | my)[..., None]
        arr = np.where(m, mortar[None, None, :] * (0.95 + 0.05 * n[..., None]), arr)
    elif kind == "cork":
        c = np.array(base or (190, 140, 90), np.float32)
        n = nr.standard_normal((H, W)).astype(np.float32)
        arr = c[None, None, :] * (0.88 + 0.12 * n[..., None]) * (0.95 + 0.05 * smooth_noise(nr, W, H, 200 // red)[..., None])
    elif kind == "fridge":
        c = np.array(base or rng.choice([(238, 238, 236), (205, 208, 210), (230, 232, 235)]), np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        g = 1 - 0.12 * (xx / W) + 0.05 * np.sin(yy / H * 3)
        brushed = np.asarray(Image.fromarray(nr.standard_normal((H, 8)).astype(np.float32), "F").resize((W, H), Image.BILINEAR))
        arr = c[None, None, :] * (g + 0.015 * brushed)[..., None]
    elif kind == "fabric":
        c = np.array(base or rng.choice([(60, 70, 110), (120, 30, 40), (40, 90, 60), (90, 90, 95), (200, 190, 170)]), np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        weave = 0.04 * np.sin(xx * 1.3) * np.sin(yy * 1.3)
        n = smooth_noise(nr, W, H, 400 // red, 3)
        arr = c[None, None, :] * (0.9 + weave + 0.08 * n)[..., None]
    elif kind == "grass":
        c = np.array(base or (70, 120, 50), np.float32)
        n = smooth_noise(nr, W, H, max(4, 30 // red), 3)
        arr = c[None, None, :] * (0.85 + 0.18 * n)[..., None]
    elif kind == "asphalt":
        c = np.array(base or (95, 95, 98), np.float32)
        n = nr.standard_normal((H, W)).astype(np.float32)
        arr = c[None, None, :] * (0.92 + 0.08 * n[..., None])
    else:  # plain / wall / table
        n = smooth_noise(nr, W, H, 500 // red, 3)
        arr = c[None, None, :] * (0.95 + 0.05 * n)[..., None]
    return to_img(arr)


def outdoor_bg(nr, rng, W, H, horizon=0.45, wall="brick"):
    """Sky, a wall band and ground."""
    hy = int(H * horizon)
    base = np.zeros((H, 4, 3), np.float32)
    sky_top = np.array(rng.choice([(120, 170, 230), (170, 190, 210), (200, 210, 220), (90, 150, 220)]), np.float32)
    sky_bot = np.array([225, 230, 235], np.float32)
    t = np.linspace(0, 1, hy, dtype=np.float32)[:, None, None]
    base[:hy] = sky_top * (1 - t) + sky_bot * t
    img = to_img(base).resize((W, H), Image.BILINEAR)
    ground = texture(nr, rng, rng.choice(["grass", "asphalt"]), W, H - hy)
    img.paste(ground, (0, hy))
    if wall:
        wh = int(H * rng.uniform(0.15, 0.3))
        wtex = texture(nr, rng, wall if wall != "plain" else "plain", W, wh,
                       base=rng.choice([(225, 220, 205), (200, 205, 210), (235, 230, 220)]) if wall == "plain" else None)
        img.paste(wtex, (0, hy - wh))
    return img


def clutter(sheet, rng, n=3, avoid=None):
    """Plain objects (no text): pens, coins, leaves, mugs."""
    W, H = sheet.w, sheet.h
    for _ in range(n):
        kind = rng.choice(["pen", "coin", "mug", "leaf", "block"])
        s = min(W, H)
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        if avoid is not None:
            ax0, ay0, ax1, ay1 = avoid
            if ax0 - s * 0.1 < cx < ax1 + s * 0.1 and ay0 - s * 0.1 < cy < ay1 + s * 0.1:
                continue
        col = tuple(rng.randint(20, 230) for _ in range(3))
        layer = Sheet(int(s * 0.4), int(s * 0.4), (0, 0, 0, 0))
        d = layer.d
        L = layer.w
        if kind == "pen":
            d.rounded_rectangle((L * 0.05, L * 0.47, L * 0.95, L * 0.53), radius=L * 0.03, fill=rgba(col))
            d.polygon([(L * 0.95, L * 0.47), (L * 0.99, L * 0.5), (L * 0.95, L * 0.53)], fill=(40, 40, 40, 255))
        elif kind == "coin":
            d.ellipse((L * 0.4, L * 0.4, L * 0.55, L * 0.55), fill=(190, 160, 90, 255), outline=(150, 120, 60, 255), width=3)
        elif kind == "mug":
            d.ellipse((L * 0.2, L * 0.2, L * 0.7, L * 0.7), fill=rgba(col))
            d.ellipse((L * 0.27, L * 0.27, L * 0.63, L * 0.63), fill=(70, 45, 30, 255))
            d.rounded_rectangle((L * 0.68, L * 0.4, L * 0.85, L * 0.5), radius=10, outline=rgba(col), width=int(L * 0.03))
        elif kind == "leaf":
            d.ellipse((L * 0.3, L * 0.4, L * 0.7, L * 0.58), fill=(70, 130, 60, 255))
            d.line((L * 0.3, L * 0.49, L * 0.7, L * 0.49), fill=(50, 90, 40, 255), width=3)
        else:
            d.rectangle((L * 0.35, L * 0.35, L * 0.6, L * 0.6), fill=rgba(col))
        T = Affine.make(rng.uniform(0, 360), 1.0, L / 2, L / 2, cx, cy)
        sheet.paste(layer, T, shadow=(8, 10, 16, 0.35))


# ----------------------------------------------------------------- finishing
def _noise_layer(nr, W, H, sig, mono=0.7):
    """Tiled Gaussian noise (two coprime tiles) as an RGB image centred on 128."""
    out = None
    for T in (509, 383):
        a = nr.standard_normal((T, T, 1)).astype(np.float32) * sig * mono
        a = a + nr.standard_normal((T, T, 3)).astype(np.float32) * sig * (1 - mono)
        tile = Image.fromarray(np.clip(128 + a / math.sqrt(2), 0, 255).astype(np.uint8), "RGB")
        big = Image.new("RGB", (W + T, H + T))
        for yy in range(0, H + T, T):
            for xx in range(0, W + T, T):
                big.paste(tile, (xx, yy))
        ox, oy = int(nr.integers(0, T)), int(nr.integers(0, T))
        big = big.crop((ox, oy, ox + W, oy + H))
        out = big if out is None else ImageChops.add(out, big, 1.0, -128)
    return out


def _lut(gains, c, mid, lift=0.0):
    lut = []
    for gch in gains:
        for v in range(256):
            x = v * gch
            x = mid + (x - mid) * c + lift
            lut.append(int(min(255, max(0, round(x)))))
    return lut


def finish_photo(img, nr, rng, max_blur=2.0, safe=0, low_contrast=None):
    """Lighting, colour cast, contrast, blur, noise (PIL uint8 ops).  Returns RGB Image."""
    out = img.convert("RGB")
    W, H = out.size
    k = 1.0 if safe == 0 else (0.5 if safe == 1 else 0.2)
    # spatial light map (<= 1) at low resolution
    sw, sh = 64, max(8, int(64 * H / W))
    yy = np.linspace(-1, 1, sh, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, sw, dtype=np.float32)[None, :]
    ang = rng.uniform(0, 2 * math.pi)
    grad = 1 + k * rng.uniform(0.0, 0.25) * (xx * math.cos(ang) + yy * math.sin(ang))
    vig = 1 - k * rng.uniform(0.05, 0.35) * (xx * xx + yy * yy) / 2
    m = grad * vig
    gmax = float(m.max())
    m = m / gmax
    lm = Image.fromarray(np.clip(m * 255, 0, 255).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
    gain = (rng.uniform(0.75, 1.1) if safe < 2 else 1.0) * gmax
    cast = [1 + (rng.uniform(0.92, 1.08) - 1) * k, 1.0, 1 + (rng.uniform(0.88, 1.08) - 1) * k]
    lc = low_contrast if low_contrast is not None else (rng.random() < 0.3)
    if lc:
        c = 1 - k * rng.uniform(0.2, 0.4)
        mid = 140.0
    else:
        c = 1 + k * rng.uniform(-0.1, 0.1)
        mid = 128.0
    out = out.point(_lut([gain * x for x in cast], c, mid))
    out = ImageChops.multiply(out, Image.merge("RGB", (lm, lm, lm)))
    br = float(min(max_blur, rng.uniform(0.3, 2.2)) * k)
    if br > 0.45:
        out = out.filter(ImageFilter.GaussianBlur(br))
    sig = rng.uniform(2, 7) * k
    if sig > 0.8:
        out = ImageChops.add(out, _noise_layer(nr, W, H, sig), 1.0, -128)
    return out


def finish_scan(img, nr, rng, safe=0):
    out = img.convert("RGB")
    W, H = out.size
    k = 1.0 if safe == 0 else (0.5 if safe == 1 else 0.2)
    paper = rng.uniform(0.9, 1.0)
    c = 1 - k * rng.uniform(0.0, 0.25)
    lut = []
    for ch in range(3):
        for v in range(256):
            x = v * paper + (1 - paper) * 120
            x = 200 + (x - 200) * c
            lut.append(int(min(255, max(0, round(x)))))
    out = out.point(lut)
    if rng.random() < 0.5:
        xs = np.arange(64, dtype=np.float32)
        prof = (1 - 0.25 * np.exp(-xs * (W / 64) / (W * 0.02))) * 255
        lm = Image.fromarray(np.repeat(prof[None, :], 4, 0).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
        out = ImageChops.multiply(out, Image.merge("RGB", (lm, lm, lm)))
    br = rng.uniform(0.0, 0.8) * k
    if br > 0.3:
        out = out.filter(ImageFilter.GaussianBlur(br))
    sig = rng.uniform(1.5, 5) * k
    if sig > 0.8:
        out = ImageChops.add(out, _noise_layer(nr, W, H, sig, mono=0.9), 1.0, -128)
    return out


def encode(img, fmt, quality):
    buf = io.BytesIO()
    if fmt in ("jpg", "jpeg"):
        img.save(buf, "JPEG", quality=int(quality), subsampling=2 if quality < 85 else 0, optimize=False)
    elif fmt == "png":
        img.save(buf, "PNG", compress_level=6)
    elif fmt == "webp":
        img.save(buf, "WEBP", quality=int(quality), method=4)
    else:
        raise ValueError(fmt)
    return buf.getvalue()
