"""Shared helpers: seeded RNG, fonts, a Canvas that tracks leak ink, QR codes,
geometric placement (planar homography, cylinder, sag) and photo/scan finishing.

Every leak is tracked as a cloud of ink points (pixel centres of the glyph mask,
or the outline of a QR symbol).  Geometric operations move the points with the
same mapping that moves the pixels, so the final box is tight around the ink.
"""
import math
import os
import random
import re

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SEED = 20240613
INK_THRESHOLD = 100  # glyph-mask level counted as ink

# --------------------------------------------------------------------------- RNG


class Rng:
    """Python + numpy RNG pair seeded from strings (sha512 based, no hash())."""

    def __init__(self, *parts):
        key = "|".join(str(p) for p in (SEED,) + parts)
        self.r = random.Random(key)
        seed_int = int.from_bytes(__import__("hashlib").sha256(key.encode()).digest()[:8], "big")
        self.np = np.random.default_rng(seed_int)

    def child(self, *parts):
        return Rng(*(("sub", self.r.getrandbits(48)) + parts))

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def choices(self, seq, weights):
        return self.r.choices(seq, weights=weights, k=1)[0]

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        self.r.shuffle(seq)
        return seq

    def randint(self, a, b):
        return self.r.randint(a, b)

    def uniform(self, a, b):
        return self.r.uniform(a, b)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def gauss(self, mu, s):
        return self.r.gauss(mu, s)


# ------------------------------------------------------------------------- fonts

FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/freefont",
    "/usr/share/fonts/truetype/liberation",
]

FAMILIES = {
    "sans": ["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed",
             "LiberationSansNarrow-Regular"],
    "sansb": ["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold", "DejaVuSansCondensed-Bold",
              "LiberationSansNarrow-Bold"],
    "serif": ["DejaVuSerif", "LiberationSerif-Regular", "FreeSerif", "DejaVuSerifCondensed"],
    "serifb": ["DejaVuSerif-Bold", "LiberationSerif-Bold", "FreeSerifBold", "DejaVuSerifCondensed-Bold"],
    "mono": ["DejaVuSansMono", "LiberationMono-Regular", "FreeMono"],
    "monob": ["DejaVuSansMono-Bold", "LiberationMono-Bold", "FreeMonoBold"],
    "italic": ["DejaVuSans-Oblique", "FreeSerifItalic", "LiberationSerif-Italic", "FreeSansOblique",
               "LiberationSans-Italic", "DejaVuSerif-Italic", "DejaVuSansCondensed-Oblique"],
    "bolditalic": ["FreeSerifBoldItalic", "LiberationSans-BoldItalic", "DejaVuSans-BoldOblique",
                   "LiberationSerif-BoldItalic", "FreeSansBoldOblique", "DejaVuSerif-BoldItalic"],
    "light": ["DejaVuSans-ExtraLight"],
}

_font_paths = {}
_font_cache = {}


def font_path(name):
    if name not in _font_paths:
        for d in FONT_DIRS:
            p = os.path.join(d, name + ".ttf")
            if os.path.exists(p):
                _font_paths[name] = p
                break
        else:
            raise FileNotFoundError(name)
    return _font_paths[name]


def F(name, size):
    size = max(6, int(round(size)))
    key = (name, size)
    f = _font_cache.get(key)
    if f is None:
        if len(_font_cache) > 600:
            _font_cache.clear()
        f = ImageFont.truetype(font_path(name), size)
        _font_cache[key] = f
    return f


def pick_font(rng, family):
    return rng.choice(FAMILIES[family])


# ------------------------------------------------------------------------ colour


def rgba(c, a=255):
    if len(c) == 4:
        return tuple(int(v) for v in c)
    return (int(c[0]), int(c[1]), int(c[2]), a)


def hexc(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1[:3], c2[:3]))


def lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


# ------------------------------------------------------------------------ canvas


def text_mask(text, font, anchor="la", stroke=0):
    l, t, r, b = font.getbbox(text, anchor=anchor, stroke_width=stroke)
    w, h = r - l + 6, b - t + 6
    m = Image.new("L", (max(1, w), max(1, h)), 0)
    ImageDraw.Draw(m).text((3 - l, 3 - t), text, font=font, fill=255, anchor=anchor,
                           stroke_width=stroke, stroke_fill=255)
    return m, (l - 3, t - 3)


def mask_points(m, ox, oy):
    a = np.asarray(m)
    ys, xs = np.nonzero(a >= INK_THRESHOLD)
    if len(xs) == 0:
        return np.zeros((0, 2), np.float64)
    return np.stack([xs + ox + 0.5, ys + oy + 0.5], 1).astype(np.float64)


def rect_points(x0, y0, x1, y1, n=24):
    t = np.linspace(0.0, 1.0, n)
    top = np.stack([x0 + (x1 - x0) * t, np.full(n, y0)], 1)
    bot = np.stack([x0 + (x1 - x0) * t, np.full(n, y1)], 1)
    lef = np.stack([np.full(n, x0), y0 + (y1 - y0) * t], 1)
    rig = np.stack([np.full(n, x1), y0 + (y1 - y0) * t], 1)
    return np.concatenate([top, bot, lef, rig]).astype(np.float64)


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255, 255), mode="RGBA"):
        w, h = int(w), int(h)
        if mode == "RGB":
            bg = tuple(bg[:3])
        else:
            bg = rgba(bg)
        self.mode = mode
        self.im = Image.new(mode, (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.leaks = []
        self.qrs = []
        self._pending = {}

    @property
    def w(self):
        return self.im.size[0]

    @property
    def h(self):
        return self.im.size[1]

    def _col(self, c):
        if self.mode == "RGB":
            return tuple(int(v) for v in c[:3])
        return rgba(c)

    def add_leak(self, kind, text, pts):
        if isinstance(pts, (list, tuple)):
            pts = [p for p in pts if p is not None and len(p)]
            pts = np.concatenate(pts) if pts else np.zeros((0, 2))
        if len(pts) == 0:
            raise ValueError("leak without ink: %r" % (text,))
        clipped = bool(((pts[:, 0] < 0) | (pts[:, 0] > self.w) | (pts[:, 1] < 0) | (pts[:, 1] > self.h)).any())
        self.leaks.append({"kind": kind, "text": text, "pts": pts, "clipped": clipped})

    # -- text -------------------------------------------------------------
    def text(self, xy, text, font, fill, kind=None, anchor="la", stroke=0, stroke_fill=None,
             opacity=1.0, leak_text=None):
        """Draw text; return ink points (N x 2).  Registers a leak when kind is set."""
        if not text:
            return np.zeros((0, 2))
        x, y = int(round(xy[0])), int(round(xy[1]))
        m, (ox, oy) = text_mask(text, font, anchor, stroke)
        ox += x
        oy += y
        if opacity < 1.0:
            m2 = m.point(lambda v: int(v * opacity))
        else:
            m2 = m
        box = (ox, oy, ox + m.size[0], oy + m.size[1])
        if stroke and stroke_fill is not None:
            self.im.paste(self._col(stroke_fill), box, m2)
            inner, (ix, iy) = text_mask(text, font, anchor, 0)
            if opacity < 1.0:
                inner = inner.point(lambda v: int(v * opacity))
            self.im.paste(self._col(fill), (ix + x, iy + y, ix + x + inner.size[0], iy + y + inner.size[1]),
                          inner)
        else:
            self.im.paste(self._col(fill), box, m2)
        pts = mask_points(m, ox, oy)
        if isinstance(kind, tuple):
            k, gid = kind[0], kind[1]
            g = self._pending.setdefault(gid, {"kind": k, "pieces": [], "pts": []})
            g["pieces"].append((y, text))
            g["pts"].append(pts)
        elif kind:
            self.add_leak(kind, leak_text or text, pts)
        return pts

    def flush_groups(self):
        """Merge leaks that were wrapped over several lines into one leak ('\n' at line breaks)."""
        for gid in list(self._pending.keys()):
            g = self._pending.pop(gid)
            out = ""
            last_y = None
            for y, piece in g["pieces"]:
                if last_y is not None and y != last_y:
                    out = out.rstrip() + "\n" + piece.lstrip()
                else:
                    out += piece
                last_y = y
            self.add_leak(g["kind"], out.strip(), g["pts"])

    def hand(self, xy, text, font_name, size, fill, rng, kind=None, jitter=0.06, stroke=0):
        """Handwriting-like text: per-character baseline/size jitter. xy = left baseline."""
        x, y = float(xy[0]), float(xy[1])
        allpts = []
        drift = 0.0
        for ch in text:
            s = size * (1.0 + rng.uniform(-jitter, jitter))
            f = F(font_name, s)
            if ch.strip():
                drift += rng.uniform(-0.04, 0.04) * size * jitter * 4
                drift = max(-size * 0.12, min(size * 0.12, drift))
                p = self.text((x, y + drift), ch, f, fill, anchor="ls", stroke=stroke)
                allpts.append(p)
            x += f.getlength(ch) * (1.0 + rng.uniform(-0.05, 0.08)) + stroke * 0.6
        pts = np.concatenate([p for p in allpts if len(p)]) if allpts else np.zeros((0, 2))
        if isinstance(kind, tuple):
            g = self._pending.setdefault(kind[1], {"kind": kind[0], "pieces": [], "pts": []})
            g["pieces"].append((int(round(xy[1])), text))
            g["pts"].append(pts)
        elif kind:
            self.add_leak(kind, text, pts)
        return pts, x

    def runs(self, x, y, runs, anchor="ls"):
        """runs: list of (text, kind, font, fill).  Drawn left to right on a common baseline.
        Returns end x."""
        cx = float(x)
        for text, kind, font, fill in runs:
            if text:
                self.text((cx, y), text, font, fill, kind=kind, anchor=anchor)
            cx += font.getlength(text)
        return cx

    def block(self, x, y, lines, font, fill, kind=None, spacing=1.25, align="left", anchor_w=None):
        """Multi-line text block; one leak with '\n'-joined text.  xy = top-left (ascender)."""
        pts = []
        asc, desc = font.getmetrics()
        lh = (asc + desc) * spacing
        for i, ln in enumerate(lines):
            lx = x
            if align == "center" and anchor_w:
                lx = x + (anchor_w - font.getlength(ln)) / 2
            elif align == "right" and anchor_w:
                lx = x + anchor_w - font.getlength(ln)
            pts.append(self.text((lx, y + i * lh + asc), ln, font, fill, anchor="ls"))
        if kind:
            self.add_leak(kind, "\n".join(lines), pts)
        return y + len(lines) * lh

    # -- QR -----------------------------------------------------------------
    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), quiet=3,
           error="m"):
        q = segno.make(payload, error=error, micro=False)
        m = np.array([list(r) for r in q.matrix], dtype=np.uint8)
        n = m.shape[0]
        module = int(module)
        size = (n + 2 * quiet) * module
        x, y = int(x), int(y)
        self.d.rectangle([x, y, x + size - 1, y + size - 1], fill=self._col(light))
        mk = Image.fromarray((np.kron(m, np.ones((module, module), np.uint8)) * 255).astype(np.uint8), "L")
        sx, sy = x + quiet * module, y + quiet * module
        self.im.paste(self._col(dark), (sx, sy, sx + n * module, sy + n * module), mk)
        pts = rect_points(sx, sy, sx + n * module, sy + n * module)
        self.qrs.append({"payload": payload, "pts": pts})
        for kind, text in leaks:
            assert text in payload, (text, payload)
            self.add_leak(kind, text, pts.copy())
        return size

    def crop_to(self, h):
        """Cut the canvas at height h (content below must be empty)."""
        self.im = self.im.crop((0, 0, self.w, int(h)))
        self.d = ImageDraw.Draw(self.im)

    # -- transfer -----------------------------------------------------------
    def take_from(self, src, fn):
        src.flush_groups()
        for lk in src.leaks:
            self.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": fn(lk["pts"]),
                               "clipped": lk.get("clipped", False)})
        for q in src.qrs:
            self.qrs.append({"payload": q["payload"], "pts": fn(q["pts"])})

    def paste_canvas(self, src, x, y):
        """Axis-aligned paste of an RGBA canvas."""
        x, y = int(x), int(y)
        im = src.im if src.im.mode == "RGBA" else src.im.convert("RGBA")
        self.im.paste(im, (x, y), im)
        self.take_from(src, lambda p: p + np.array([x, y], np.float64))


def qr_module_count(payload, error="m"):
    q = segno.make(payload, error=error, micro=False)
    return len(q.matrix)


# ------------------------------------------------------------------ wrapping


import itertools

_GID = itertools.count(1)


def tokenize(runs, font_for=None, maxw=None):
    toks = []
    for r in runs:
        text, kind = r[0], r[1]
        style = r[2] if len(r) > 2 else None
        if kind and font_for is not None and maxw is not None and not isinstance(kind, tuple) \
                and font_for(style).getlength(text) > maxw:
            gid = next(_GID)
            if " " in text.strip():
                pieces = re.findall(r"\S+\s*", text)
            else:
                pieces = [x for x in re.findall(r"[^/.@_-]*[/.@_-]?", text) if x]
            for w in pieces:
                toks.append((w, (kind, gid), style))
        elif kind:
            toks.append((text, kind, style))
        else:
            for w in re.findall(r"\S+\s*|\s+", text):
                toks.append((w, None, style))
    return toks


def wrap_runs(runs, font_for, maxw):
    """runs: [(text, kind[, style])]; font_for(style) -> font.  Returns list of lines, each a list
    of (text, kind, style); leak runs are never split."""
    lines = [[]]
    cw = 0.0
    for text, kind, style in tokenize(runs, font_for, maxw):
        f = font_for(style)
        w = f.getlength(text)
        ws = f.getlength(text.rstrip())
        if lines[-1] and cw + ws > maxw:
            # drop trailing spaces on the finished line
            lines.append([])
            cw = 0.0
            if not kind and not text.strip():
                continue
        lines[-1].append((text, kind, style))
        cw += w
    out = []
    for ln in lines:
        merged = []
        for text, kind, style in ln:
            if merged and not kind and not merged[-1][1] and merged[-1][2] == style:
                merged[-1] = (merged[-1][0] + text, None, style)
            else:
                merged.append((text, kind, style))
        if merged and (not merged[-1][1] or isinstance(merged[-1][1], tuple)):
            merged[-1] = (merged[-1][0].rstrip(), merged[-1][1], merged[-1][2])
        out.append(merged)
    return out


def fit_wrap(runs, font_name, size, maxw, maxh=None, lh_factor=1.3, min_size=6):
    """Shrink the font until every wrapped line fits maxw (and the block fits maxh)."""
    while True:
        f = F(font_name, size)
        lines = wrap_runs(runs, lambda st: f, maxw)
        ok = all(line_width(l, lambda st: f) <= maxw for l in lines)
        if ok and (maxh is None or len(lines) * f.size * lh_factor <= maxh):
            return f, lines
        if size <= min_size:
            return f, lines
        size = max(min_size, size * 0.93)


def line_width(line, font_for):
    return sum(font_for(s).getlength(t) for t, k, s in line)


def draw_lines(cv, x, y, lines, font_for, fill_for, lh, align="left", width=None):
    """Draw wrapped lines; y = baseline of first line."""
    for i, ln in enumerate(lines):
        lx = x
        if align != "left" and width is not None:
            lw = line_width(ln, font_for)
            lx = x + (width - lw) / 2 if align == "center" else x + width - lw
        cv.runs(lx, y + i * lh, [(t, k, font_for(s), fill_for(s)) for t, k, s in ln])
    return y + len(lines) * lh


# ------------------------------------------------------------------ geometry


def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(A, np.float64), np.array(b, np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def apply_h(H, pts):
    p = pts @ H[:, :2].T + H[:, 2]
    return p[:, :2] / p[:, 2:3]


def quad_rect(cx, cy, w, h, angle_deg=0.0, persp=(0.0, 0.0)):
    """Quad (TL,TR,BR,BL) of a w x h rectangle centred at cx,cy rotated by angle, with a
    simple perspective squeeze: persp[0] narrows top edge (fraction), persp[1] narrows left edge."""
    px, py = persp
    pts = [(-w / 2 * (1 - px), -h / 2 * (1 - py)), (w / 2 * (1 - px), -h / 2 * (1 + py)),
           (w / 2 * (1 + px), h / 2 * (1 + py)), (-w / 2 * (1 + px), h / 2 * (1 - py))]
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def jitter_quad(q, rng, amt):
    return [(x + rng.uniform(-amt, amt), y + rng.uniform(-amt, amt)) for x, y in q]


def _quad_scale(src_w, src_h, quad):
    (a, b, c, d) = [np.array(p, np.float64) for p in quad]
    sx = (np.linalg.norm(b - a) + np.linalg.norm(c - d)) / 2 / src_w
    sy = (np.linalg.norm(d - a) + np.linalg.norm(c - b)) / 2 / src_h
    return min(sx, sy)


def drop_shadow(dst, quad, offset=(12, 18), blur=18, opacity=0.45):
    W, H = dst.w, dst.h
    xs = [p[0] + offset[0] for p in quad]
    ys = [p[1] + offset[1] for p in quad]
    pad = int(blur * 3) + 2
    x0, y0 = max(0, int(min(xs)) - pad), max(0, int(min(ys)) - pad)
    x1, y1 = min(W, int(max(xs)) + pad), min(H, int(max(ys)) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    m = Image.new("L", (x1 - x0, y1 - y0), 0)
    ImageDraw.Draw(m).polygon([(x - x0, y - y0) for x, y in zip(xs, ys)], fill=int(255 * opacity))
    m = m.filter(ImageFilter.GaussianBlur(blur))
    dst.im.paste((0, 0, 0) if dst.mode == "RGB" else (0, 0, 0, 255), (x0, y0, x1, y1), m)


def place_planar(dst, src, quad, shadow=None, resample=Image.BICUBIC):
    """Warp the RGBA canvas src onto dst so that its corners land on quad (TL,TR,BR,BL)."""
    sw, sh = src.w, src.h
    s = _quad_scale(sw, sh, quad)
    im = src.im if src.im.mode == "RGBA" else src.im.convert("RGBA")
    f = 1.0
    if s < 0.8:
        f = min(1.0, s * 1.25)
        nw, nh = max(2, int(round(sw * f))), max(2, int(round(sh * f)))
        im = im.convert("RGBa").resize((nw, nh), Image.LANCZOS).convert("RGBA")
        f = (nw / sw, nh / sh)
    else:
        f = (1.0, 1.0)
    iw, ih = im.size
    H = homography([(0, 0), (iw, 0), (iw, ih), (0, ih)], quad)
    if shadow:
        drop_shadow(dst, quad, **shadow)
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    x0, y0 = max(0, int(math.floor(min(xs))) - 1), max(0, int(math.floor(min(ys))) - 1)
    x1, y1 = min(dst.w, int(math.ceil(max(xs))) + 1), min(dst.h, int(math.ceil(max(ys))) + 1)
    if x1 > x0 and y1 > y0:
        T = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], np.float64)
        M = np.linalg.inv(H) @ T
        M = M / M[2, 2]
        reg = im.convert("RGBa").transform((x1 - x0, y1 - y0), Image.PERSPECTIVE,
                                            tuple(M.flatten()[:8]), resample).convert("RGBA")
        if dst.mode == "RGB":
            dst.im.paste(reg.convert("RGB"), (x0, y0), reg)
        else:
            dst.im.alpha_composite(reg, (x0, y0))
    Hf = H @ np.diag([f[0], f[1], 1.0])
    dst.take_from(src, lambda p: apply_h(Hf, p))
    return H


def _bilinear(arr, u, v):
    """arr: HxWxC float32 (premultiplied); u,v continuous coords (pixel centres at +0.5)."""
    h, w = arr.shape[:2]
    x = u - 0.5
    y = v - 0.5
    x0 = np.floor(x).astype(np.int32)
    y0 = np.floor(y).astype(np.int32)
    fx = (x - x0).astype(np.float32)[..., None]
    fy = (y - y0).astype(np.float32)[..., None]
    x0c = np.clip(x0, 0, w - 1)
    x1c = np.clip(x0 + 1, 0, w - 1)
    y0c = np.clip(y0, 0, h - 1)
    y1c = np.clip(y0 + 1, 0, h - 1)
    top = arr[y0c, x0c] * (1 - fx) + arr[y0c, x1c] * fx
    bot = arr[y1c, x0c] * (1 - fx) + arr[y1c, x1c] * fx
    return top * (1 - fy) + bot * fy


def place_mapped(dst, src, region, inv_fn, fwd_fn, shade_fn=None):
    """Generic warp. region=(x0,y0,x1,y1) in dst; inv_fn(X,Y)->(U,V) texture coords;
    fwd_fn(pts)->pts; shade_fn(X,Y)->multiplier array or None."""
    x0, y0, x1, y1 = [int(v) for v in region]
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(dst.w, x1), min(dst.h, y1)
    im = src.im if src.im.mode == "RGBA" else src.im.convert("RGBA")
    a = np.asarray(im).astype(np.float32) / 255.0
    pm = a.copy()
    pm[..., :3] *= a[..., 3:4]
    Y, X = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    X += 0.5
    Y += 0.5
    U, V = inv_fn(X, Y)
    sh, sw = a.shape[:2]
    inside = (U >= 0) & (U <= sw) & (V >= 0) & (V <= sh) & np.isfinite(U) & np.isfinite(V)
    U = np.where(inside, U, 0.5)
    V = np.where(inside, V, 0.5)
    s = _bilinear(pm, U, V)
    s[~inside] = 0
    alpha = s[..., 3:4]
    rgb = s[..., :3]
    if shade_fn is not None:
        rgb = rgb * shade_fn(X, Y)[..., None]
    base = np.asarray(dst.im.crop((x0, y0, x1, y1)).convert("RGB")).astype(np.float32) / 255.0
    out = rgb + base * (1 - alpha)
    out = np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8)
    patch = Image.fromarray(out, "RGB")
    if dst.mode == "RGB":
        dst.im.paste(patch, (x0, y0))
    else:
        dst.im.paste(patch.convert("RGBA"), (x0, y0))
    dst.take_from(src, fwd_fn)


class Cylinder:
    """Texture wrapped on a vertical cylinder seen from the front.
    cx: axis x; top: y of texture top at the front; R: radius (px); s: out px per tex px;
    k: ellipse bend (fraction of R, + means edges go up => seen from below); rot: degrees."""

    def __init__(self, tex_w, tex_h, cx, top, R, s, k=0.12, rot=0.0):
        self.tw, self.th, self.cx, self.top, self.R, self.s, self.k = tex_w, tex_h, cx, top, R, s, k
        self.rot = math.radians(rot)
        self.cyc = top + tex_h * s / 2

    def _rot(self, X, Y, sign):
        c, sn = math.cos(self.rot * sign), math.sin(self.rot * sign)
        dx, dy = X - self.cx, Y - self.cyc
        return self.cx + dx * c - dy * sn, self.cyc + dx * sn + dy * c

    def fwd(self, pts):
        u, v = pts[:, 0], pts[:, 1]
        phi = (u - self.tw / 2) * self.s / self.R
        x = self.cx + self.R * np.sin(phi)
        y = self.top + v * self.s - self.k * self.R * (1 - np.cos(phi))
        X, Y = self._rot(x, y, 1)
        return np.stack([X, Y], 1)

    def inv(self, X, Y):
        x, y = self._rot(X, Y, -1)
        q = (x - self.cx) / self.R
        ok = np.abs(q) < 0.995
        phi = np.arcsin(np.clip(q, -0.995, 0.995))
        u = phi * self.R / self.s + self.tw / 2
        v = (y - self.top + self.k * self.R * (1 - np.cos(phi))) / self.s
        u = np.where(ok, u, -1.0)
        return u.astype(np.float32), v.astype(np.float32)

    def shade(self, X, Y):
        x, _ = self._rot(X, Y, -1)
        q = np.clip((x - self.cx) / self.R, -1, 1)
        lam = np.sqrt(np.clip(1 - q * q, 0, 1))
        spec = np.exp(-((q + 0.35) / 0.08) ** 2) * 0.25
        return (0.55 + 0.45 * lam + spec).astype(np.float32)

    def region(self):
        corners = self.fwd(np.array([[0, 0], [self.tw, 0], [0, self.th], [self.tw, self.th],
                                     [self.tw / 2, 0], [self.tw / 2, self.th]], np.float64))
        pad = self.R * 0.05 + 4
        return (corners[:, 0].min() - pad, corners[:, 1].min() - pad - self.k * self.R,
                corners[:, 0].max() + pad, corners[:, 1].max() + pad + self.k * self.R)


def place_cylinder(dst, src, cyl):
    place_mapped(dst, src, cyl.region(), cyl.inv, cyl.fwd, cyl.shade)


class Sag:
    """Banner hanging between two points: planar placement then a parabolic sag."""

    def __init__(self, tex_w, tex_h, x0, y0, width, s, sag, tilt=0.0):
        self.tw, self.th, self.x0, self.y0, self.width, self.s, self.sag, self.tilt = \
            tex_w, tex_h, x0, y0, width, s, sag, tilt

    def fwd(self, pts):
        u, v = pts[:, 0], pts[:, 1]
        t = u / self.tw
        x = self.x0 + u * self.s
        y = self.y0 + v * self.s + self.sag * 4 * t * (1 - t) + self.tilt * u * self.s
        return np.stack([x, y], 1)

    def inv(self, X, Y):
        u = (X - self.x0) / self.s
        t = u / self.tw
        v = (Y - self.y0 - self.sag * 4 * t * (1 - t) - self.tilt * u * self.s) / self.s
        return u.astype(np.float32), v.astype(np.float32)

    def region(self):
        ys = [self.y0 + min(0, self.tilt * self.width), self.y0 + self.sag + self.th * self.s +
              max(0, self.tilt * self.width)]
        return (self.x0 - 2, min(ys) - 4, self.x0 + self.width + 2, max(ys) + 6)


def place_sag(dst, src, sag):
    place_mapped(dst, src, sag.region(), sag.inv, sag.fwd, None)


# ------------------------------------------------------------------ textures


def smooth_field(rng, w, h, cells=6, lo=0.0, hi=1.0):
    small = rng.np.random((max(2, cells * h // max(w, h) + 2), max(2, cells * w // max(w, h) + 2)))
    small = (lo + (hi - lo) * small).astype(np.float32)
    im = Image.fromarray(small, "F").resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32)


def noise_texture(rng, w, h, base, amp=12, scale=4, cells=5, lowamp=18):
    """A plain surface: base colour + low-frequency shading + fine grain (rendered at 1/scale)."""
    sw, sh = max(4, w // scale), max(4, h // scale)
    low = smooth_field(rng, sw, sh, cells, -lowamp, lowamp)
    fine = rng.np.normal(0, amp, (sh, sw)).astype(np.float32)
    a = np.empty((sh, sw, 3), np.float32)
    for i in range(3):
        a[..., i] = base[i] + low + fine
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").resize((w, h), Image.BICUBIC)
    return im


def wood_texture(rng, w, h, base=(150, 105, 62), vertical=False):
    sw, sh = max(4, w // 4), max(4, h // 4)
    Y, X = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if vertical:
        X, Y = Y, X
    warp = smooth_field(rng, sw, sh, 4, -25, 25)
    freq = rng.uniform(0.05, 0.12)
    g = np.sin((Y + warp) * freq + np.sin(X * 0.004) * 3) * 0.5 + 0.5
    g2 = rng.np.normal(0, 0.05, (sh, sw)).astype(np.float32)
    planks = ((Y // max(8, sh // rng.randint(3, 7))) % 2).astype(np.float32) * 0.08
    t = np.clip(g * 0.25 + g2 + planks, 0, 1)
    a = np.empty((sh, sw, 3), np.float32)
    dark = np.array(base, np.float32) * 0.7
    for i in range(3):
        a[..., i] = base[i] * (1 - t) + dark[i] * t
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").resize((w, h), Image.BICUBIC)


def brick_texture(rng, w, h, base=(150, 70, 50), brick=None):
    brick = brick or int(max(w, h) / rng.uniform(22, 34))
    bw, bh = brick * 2, brick * 2 // 3
    im = noise_texture(rng, w, h, (190, 185, 175), amp=6, lowamp=10)
    d = ImageDraw.Draw(im)
    rows = h // bh + 2
    for r in range(rows):
        off = (r % 2) * bw // 2
        for c in range(-1, w // bw + 2):
            dv = rng.uniform(-28, 22)
            col = tuple(int(v + dv + rng.uniform(-6, 6)) for v in base)
            x0 = c * bw + off + 3
            y0 = r * bh + 3
            d.rectangle([x0, y0, x0 + bw - 6, y0 + bh - 6], fill=col)
    a = np.asarray(im).astype(np.float32)
    a += rng.np.normal(0, 8, a.shape[:2]).astype(np.float32)[..., None]
    return _to_img(a)


def gradient(w, h, c1, c2, vertical=True):
    t = np.linspace(0, 1, h if vertical else w, dtype=np.float32)
    if vertical:
        t = t[:, None, None]
    else:
        t = t[None, :, None]
    a = np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t
    a = np.broadcast_to(a, (h, w, 3))
    return Image.fromarray(a.astype(np.uint8), "RGB")


# ------------------------------------------------------------------ finishing


def _to_f32(im):
    return np.asarray(im).astype(np.float32)


def _to_img(a):
    np.clip(a, 0, 255, out=a)
    a += 0.5
    return Image.fromarray(a.astype(np.uint8), "RGB")


def _add_noise(a, rng, sig):
    h, w = a.shape[:2]
    n = rng.np.standard_normal((h, w), dtype=np.float32)
    n *= sig
    a += n[..., None]
    a[..., 0] += np.roll(n, 5, axis=1) * 0.45
    a[..., 2] += np.roll(n, 7, axis=0) * 0.45


def photo_finish(im, rng, light=(0.75, 1.1), blur=(0.0, 1.2), noise=(2, 7), contrast=None,
                 cast=0.06, vignette=0.25, motion=False):
    w, h = im.size
    if blur and blur[1] > 0:
        r = rng.uniform(*blur)
        if r > 0.25:
            im = im.filter(ImageFilter.GaussianBlur(r))
    if motion:
        k = [0] * 25
        for i in range(5):
            k[10 + i] = 1
        im = im.filter(ImageFilter.Kernel((5, 5), k, 5))
    a = _to_f32(im)
    field = smooth_field(rng, max(8, w // 16), max(8, h // 16), 3, light[0], light[1])
    field = np.asarray(Image.fromarray(field, "F").resize((w, h), Image.BILINEAR), np.float32)
    if vignette:
        yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
        xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
        field = field * (1 - vignette * 0.5 * (xx * xx + yy * yy))
    a *= field[..., None]
    if cast:
        a *= np.array([1 + rng.uniform(-cast, cast) for _ in range(3)], np.float32)
    if contrast:
        c = rng.uniform(*contrast)
        m = float(a.mean())
        a -= m
        a *= c
        a += m
    if noise and noise[1] > 0:
        _add_noise(a, rng, rng.uniform(*noise))
    return _to_img(a)


def scan_finish(im, rng, noise=(1.5, 4), blur=(0.0, 0.7)):
    r = rng.uniform(*blur)
    if r > 0.25:
        im = im.filter(ImageFilter.GaussianBlur(r))
    a = _to_f32(im)
    g = rng.uniform(0.9, 1.0)
    a *= g
    a += rng.uniform(0, 12)
    _add_noise(a, rng, rng.uniform(*noise))
    return _to_img(a)


# ------------------------------------------------------------------ finalise


def finalize_boxes(cv):
    """Turn tracked points into boxes clipped to the image.  Returns (leaks, qrs, problems)."""
    cv.flush_groups()
    W, H = cv.w, cv.h
    leaks, qrs, problems = [], [], []

    def box_of(pts):
        x0 = math.floor(pts[:, 0].min())
        y0 = math.floor(pts[:, 1].min())
        x1 = math.ceil(pts[:, 0].max())
        y1 = math.ceil(pts[:, 1].max())
        inside = ((pts[:, 0] >= 0) & (pts[:, 0] <= W) & (pts[:, 1] >= 0) & (pts[:, 1] <= H)).mean()
        cx0, cy0 = max(0, x0), max(0, y0)
        cx1, cy1 = min(W, x1), min(H, y1)
        return [cx0, cy0, cx1 - cx0, cy1 - cy0], inside

    for lk in cv.leaks:
        b, inside = box_of(lk["pts"])
        if inside < 0.999 or b[2] < 2 or b[3] < 2 or lk.get("clipped"):
            problems.append(("leak", lk["kind"], inside))
            continue
        leaks.append({"kind": lk["kind"], "text": lk["text"], "box": b})
    for q in cv.qrs:
        b, inside = box_of(q["pts"])
        if inside < 0.999:
            problems.append(("qr", inside))
        qrs.append({"payload": q["payload"], "box": b})
    return leaks, qrs, problems
