"""Shared helpers: fonts, surfaces that remember where leak text was drawn,
warping onto photo canvases with exact ink-based boxes, textures, effects, saving."""
import io
import math
from functools import lru_cache

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
F = {
    "dv": FD + "dejavu/DejaVuSans.ttf", "dvb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dvo": FD + "dejavu/DejaVuSans-Oblique.ttf", "dvbo": FD + "dejavu/DejaVuSans-BoldOblique.ttf",
    "dvl": FD + "dejavu/DejaVuSans-ExtraLight.ttf",
    "dvc": FD + "dejavu/DejaVuSansCondensed.ttf", "dvcb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvm": FD + "dejavu/DejaVuSansMono.ttf", "dvmb": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "dvs": FD + "dejavu/DejaVuSerif.ttf", "dvsb": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "dvsi": FD + "dejavu/DejaVuSerif-Italic.ttf", "dvsbi": FD + "dejavu/DejaVuSerif-BoldItalic.ttf",
    "dvsc": FD + "dejavu/DejaVuSerifCondensed.ttf", "dvscb": FD + "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "fs": FD + "freefont/FreeSans.ttf", "fsb": FD + "freefont/FreeSansBold.ttf",
    "fso": FD + "freefont/FreeSansOblique.ttf", "fsbo": FD + "freefont/FreeSansBoldOblique.ttf",
    "fr": FD + "freefont/FreeSerif.ttf", "frb": FD + "freefont/FreeSerifBold.ttf",
    "fri": FD + "freefont/FreeSerifItalic.ttf", "frbi": FD + "freefont/FreeSerifBoldItalic.ttf",
    "fm": FD + "freefont/FreeMono.ttf", "fmb": FD + "freefont/FreeMonoBold.ttf",
    "ls": FD + "liberation/LiberationSans-Regular.ttf", "lsb": FD + "liberation/LiberationSans-Bold.ttf",
    "lsi": FD + "liberation/LiberationSans-Italic.ttf", "lsbi": FD + "liberation/LiberationSans-BoldItalic.ttf",
    "ln": FD + "liberation/LiberationSansNarrow-Regular.ttf", "lnb": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "lr": FD + "liberation/LiberationSerif-Regular.ttf", "lrb": FD + "liberation/LiberationSerif-Bold.ttf",
    "lri": FD + "liberation/LiberationSerif-Italic.ttf", "lrbi": FD + "liberation/LiberationSerif-BoldItalic.ttf",
    "lm": FD + "liberation/LiberationMono-Regular.ttf", "lmb": FD + "liberation/LiberationMono-Bold.ttf",
}
SANS = ["dv", "fs", "ls", "dvc", "ln"]
SANSB = ["dvb", "fsb", "lsb", "dvcb", "lnb"]
SERIF = ["dvs", "fr", "lr", "dvsc"]
SERIFB = ["dvsb", "frb", "lrb", "dvscb"]
HAND = ["fri", "dvo", "lsi", "fso", "lri", "dvsi", "frbi", "lsbi"]
MONO = ["dvm", "fm", "lm", "fmb", "lmb"]
DISPLAY = ["dvb", "fsb", "lsb", "frb", "lrb", "dvsb", "dvcb", "lnb", "fsbo", "dvbo", "lrbi"]
ALL = sorted(F)


@lru_cache(maxsize=512)
def font(key, size):
    return ImageFont.truetype(F[key], max(6, int(size)))


def fit_font(key, size, text, maxw, step=0.92):
    f = font(key, size)
    while f.getlength(text) > maxw and f.size > 8:
        f = font(key, f.size * step)
    return f


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def rint(rng, a, b):
    """inclusive integer in [a, b]"""
    return int(rng.integers(a, b + 1))


def runi(rng, a, b):
    return float(rng.uniform(a, b))


def case_mix(rng, s, p_upper=0.2, p_lower=0.1):
    r = rng.random()
    if r < p_upper:
        return s.upper()
    if r < p_upper + p_lower:
        return s.lower()
    return s


def qr_image(payload, module, dark=(0, 0, 0, 255), light=(255, 255, 255, 255), border=4, error="m"):
    q = segno.make_qr(payload, error=error)
    rows = [list(r) for r in q.matrix_iter(scale=1, border=0)]
    n = len(rows)
    a = np.array(rows, dtype=np.uint8)
    big = np.kron(a, np.ones((module, module), dtype=np.uint8))
    tot = (n + 2 * border) * module
    img = Image.new("RGBA", (tot, tot), light)
    sym = Image.fromarray((1 - big) * 255, "L")
    d = Image.new("RGBA", sym.size, dark)
    img.paste(d, (border * module, border * module), Image.fromarray(big * 255, "L"))
    return img, border * module, n * module  # image, offset of symbol, symbol size


def ac(dst, src, x, y):
    """alpha_composite with clipping"""
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + src.width, dst.width), min(y + src.height, dst.height)
    if x1 <= x0 or y1 <= y0:
        return
    dst.alpha_composite(src, (x0, y0), (x0 - x, y0 - y, x1 - x, y1 - y))


def qr_size(payload, module, border=4):
    return (segno.make_qr(payload, error="m").symbol_size(scale=1, border=0)[0] + 2 * border) * int(module)


class Surface:
    """An RGBA drawing surface that records the ink masks of leak text and QR codes."""

    def __init__(self, w, h, color=(255, 255, 255, 255)):
        self.w, self.h = int(w), int(h)
        if isinstance(color, Image.Image):
            self.img = color.convert("RGBA")
        else:
            self.img = Image.new("RGBA", (self.w, self.h), tuple(color))
        self.d = ImageDraw.Draw(self.img)
        self.items = []  # dict(kind,text,mask,ox,oy, qr=payload or None)
        self.budget = 8
        self.rects = []  # (x0, y0, x1, y1, is_leak) of everything textual drawn

    def _rect(self, bb, leak):
        self.rects.append((float(bb[0]), float(bb[1]), float(bb[2]), float(bb[3]), bool(leak)))

    def validate(self):
        """Raise if a leak's rectangle is substantially covered by another text/QR rectangle."""
        R = self.rects
        for i, a in enumerate(R):
            if not a[4]:
                continue
            aa = max(1.0, (a[2] - a[0]) * (a[3] - a[1]))
            for j, b in enumerate(R):
                if i == j:
                    continue
                iw = min(a[2], b[2]) - max(a[0], b[0])
                ih = min(a[3], b[3]) - max(a[1], b[1])
                if iw <= 0 or ih <= 0:
                    continue
                ba = max(1.0, (b[2] - b[0]) * (b[3] - b[1]))
                if iw * ih / min(aa, ba) > 0.25:
                    raise RuntimeError("text overlaps a leak")

    def nleaks(self):
        return sum(1 for it in self.items if it["kind"])

    def room(self, n=1):
        return self.nleaks() + n <= self.budget

    # ---- text
    def _record(self, mask, ox, oy, kind, text, qr=None):
        bb = mask.getbbox()
        if bb is None:
            return
        self.items.append(dict(kind=kind, text=text, mask=mask, ox=ox, oy=oy, qr=qr))

    def text(self, x, y, s, fnt, fill, kind=None, anchor="la", stroke=0, stroke_fill=None):
        self.d.text((x, y), s, font=fnt, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=stroke_fill)
        bb = self.d.textbbox((x, y), s, font=fnt, anchor=anchor, stroke_width=stroke)
        if s.strip():
            self._rect(bb, kind)
        if kind:
            bb = (int(math.floor(bb[0])), int(math.floor(bb[1])), int(math.ceil(bb[2])), int(math.ceil(bb[3])))
            m = Image.new("L", (bb[2] - bb[0] + 4, bb[3] - bb[1] + 4), 0)
            ImageDraw.Draw(m).text((x - bb[0] + 2, y - bb[1] + 2), s, font=fnt, fill=255, anchor=anchor,
                                   stroke_width=stroke, stroke_fill=255)
            self._record(m, bb[0] - 2, bb[1] - 2, kind, s)
        return bb

    def spans(self, x, y, spans, fnt, fill, anchor="la"):
        """Draw a line made of (text, kind, color-or-None) spans; returns right x."""
        cx = x
        if anchor[0] == "m":
            cx = x - fnt.getlength("".join(s[0] for s in spans)) / 2
        elif anchor[0] == "r":
            cx = x - fnt.getlength("".join(s[0] for s in spans))
        a = "l" + anchor[1]
        for sp in spans:
            t, k = sp[0], sp[1]
            col = sp[2] if len(sp) > 2 and sp[2] is not None else fill
            if t:
                self.text(cx, y, t, fnt, col, kind=k, anchor=a)
            cx += fnt.getlength(t)
        return cx

    def text_rot(self, cx, cy, s, fnt, fill, angle, kind=None, stroke=0, stroke_fill=None):
        bb = fnt.getbbox(s, stroke_width=stroke)
        w, h = int(bb[2] - bb[0] + 8 + 2 * stroke), int(bb[3] - bb[1] + 8 + 2 * stroke)
        patch = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        ImageDraw.Draw(patch).text((4 - bb[0] + stroke, 4 - bb[1] + stroke), s, font=fnt, fill=fill,
                                   stroke_width=stroke, stroke_fill=stroke_fill)
        patch = patch.rotate(angle, resample=Image.BICUBIC, expand=True)
        px, py = int(round(cx - patch.width / 2)), int(round(cy - patch.height / 2))
        ac(self.img, patch, px, py)
        pb = patch.getchannel("A").getbbox()
        if pb:
            self._rect((px + pb[0], py + pb[1], px + pb[2], py + pb[3]), kind)
        if kind:
            m = patch.getchannel("A").point(lambda v: 255 if v > 60 else 0)
            self._record(m, px, py, kind, s)
        return (px, py, px + patch.width, py + patch.height)

    def text_arc(self, cx, cy, r, s, fnt, fill, center_deg=0.0, kind=None, stroke=0, stroke_fill=None, bottom=False):
        """Characters along a circle of radius r (upper arc, or lower arc read left-to-right if bottom)."""
        layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        total = fnt.getlength(s)
        span = total / r
        a = math.radians(center_deg) - span / 2
        for ch in s:
            cw = fnt.getlength(ch)
            mid = a + cw / (2 * r)
            if bottom:
                px, py, rot = cx + r * math.sin(mid), cy + r * math.cos(mid), math.degrees(mid)
            else:
                px, py, rot = cx + r * math.sin(mid), cy - r * math.cos(mid), -math.degrees(mid)
            if ch.strip():
                bb = fnt.getbbox(ch, anchor="mm", stroke_width=stroke)
                pw, ph = int(bb[2] - bb[0] + 6), int(bb[3] - bb[1] + 6)
                patch = Image.new("RGBA", (pw, ph), (0, 0, 0, 0))
                ImageDraw.Draw(patch).text((pw / 2, ph / 2), ch, font=fnt, fill=fill, anchor="mm",
                                           stroke_width=stroke, stroke_fill=stroke_fill)
                patch = patch.rotate(rot, resample=Image.BICUBIC, expand=True)
                ac(layer, patch, int(round(px - patch.width / 2)), int(round(py - patch.height / 2)))
            a += cw / r
        ac(self.img, layer, 0, 0)
        lb = layer.getchannel("A").getbbox()
        if lb:
            self._rect(lb, kind)
        if kind:
            al = layer.getchannel("A")
            bb = al.getbbox()
            if bb:
                m = al.crop(bb).point(lambda v: 255 if v > 60 else 0)
                self._record(m, bb[0], bb[1], kind, s)

    def qr(self, x, y, payload, module, leak=None, dark=(0, 0, 0, 255), light=(255, 255, 255, 255), border=4):
        img, off, size = qr_image(payload, int(module), dark, light, border)
        ac(self.img, img, int(x), int(y))
        m = Image.new("L", (size, size), 255)
        self._rect((int(x) + off, int(y) + off, int(x) + off + size, int(y) + off + size), True)
        self.items.append(dict(kind=leak[0] if leak else None, text=leak[1] if leak else None, mask=m,
                               ox=int(x) + off, oy=int(y) + off, qr=payload))
        return img.width

    def paste(self, im, x, y):
        ac(self.img, im.convert("RGBA"), int(x), int(y))


def wrap_spans(spans, fnt, maxw):
    """Greedy wrap; spans with a kind are atomic. Returns list of lines (lists of spans)."""
    toks = []
    for sp in spans:
        t, k = sp[0], sp[1]
        c = sp[2] if len(sp) > 2 else None
        if k:
            toks.append((t, k, c))
        else:
            parts = t.split(" ")
            for i, p in enumerate(parts):
                if p:
                    toks.append((p, None, c))
                if i < len(parts) - 1:
                    toks.append((" ", None, c))
    lines, cur, curw = [], [], 0.0
    for tk in toks:
        w = fnt.getlength(tk[0])
        if tk[0] == " ":
            if cur:
                cur.append(tk)
                curw += w
            continue
        if cur and curw + w > maxw:
            while cur and cur[-1][0] == " ":
                cur.pop()
            lines.append(cur)
            cur, curw = [], 0.0
        cur.append(tk)
        curw += w
    while cur and cur[-1][0] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    # merge adjacent non-leak tokens
    out = []
    for ln in lines:
        m = []
        for tk in ln:
            if m and tk[1] is None and m[-1][1] is None and tk[2] == m[-1][2]:
                m[-1] = (m[-1][0] + tk[0], None, tk[2])
            else:
                m.append(tk)
        out.append(m)
    return out


def line_width(line, fnt):
    return fnt.getlength("".join(t[0] for t in line))


# ---------------------------------------------------------------- geometry
def homography(src, dst):
    A, b = [], []
    for (u, v), (x, y) in zip(src, dst):
        A.append([u, v, 1, 0, 0, 0, -u * x, -v * x]); b.append(x)
        A.append([0, 0, 0, u, v, 1, -u * y, -v * y]); b.append(y)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def apply_h(H, xs, ys):
    d = H[2, 0] * xs + H[2, 1] * ys + H[2, 2]
    return (H[0, 0] * xs + H[0, 1] * ys + H[0, 2]) / d, (H[1, 0] * xs + H[1, 1] * ys + H[1, 2]) / d


class Warp:
    """local surface coords -> canvas coords: optional cylinder curve, then homography."""

    def __init__(self, W, H, quad, curve=0.0, bow=0.0):
        self.W, self.H = W, H
        self.Hm = homography([(0, 0), (W, 0), (W, H), (0, H)], quad)
        self.Hi = np.linalg.inv(self.Hm)
        self.a = curve
        self.bow = bow

    def fwd(self, u, v):
        u = np.asarray(u, float); v = np.asarray(v, float)
        if self.a > 1e-3 or abs(self.bow) > 1e-6:
            hw = self.W / 2.0
            t = (u - hw) / hw
            tp = np.sin(t * self.a) / math.sin(self.a) if self.a > 1e-3 else t
            u = hw + tp * hw
            v = v + self.bow * self.H * (1 - tp ** 2)
        return apply_h(self.Hm, u, v)

    def inv(self, x, y):
        u, v = apply_h(self.Hi, x, y)
        if self.a > 1e-3 or abs(self.bow) > 1e-6:
            hw = self.W / 2.0
            tp = (u - hw) / hw
            v = v - self.bow * self.H * (1 - np.clip(tp, -1, 1) ** 2)
            if self.a > 1e-3:
                t = np.arcsin(np.clip(tp * math.sin(self.a), -1, 1)) / self.a
                t = np.where(np.abs(tp) > 1, tp, t)
            else:
                t = tp
            u = hw + t * hw
        return u, v

    def shade(self, x, y):
        u, v = apply_h(self.Hi, x, y)
        tp = np.clip((u - self.W / 2.0) / (self.W / 2.0), -1, 1)
        return 1 - 0.35 * (tp ** 2) * min(1.0, self.a / 0.9)

    def region(self, u0, v0, u1, v1, n=24):
        us = np.concatenate([np.linspace(u0, u1, n), np.full(n, u1), np.linspace(u1, u0, n), np.full(n, u0)])
        vs = np.concatenate([np.full(n, v0), np.linspace(v0, v1, n), np.full(n, v1), np.linspace(v1, v0, n)])
        x, y = self.fwd(us, vs)
        return x.min(), y.min(), x.max(), y.max(), x, y


def random_quad(rng, cx, cy, w, h, rot_deg=0.0, persp=0.0):
    """Quad of a w x h rectangle centred at (cx,cy), rotated and with perspective jitter."""
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], float)
    # perspective: shrink one side
    if persp > 0:
        side = rint(rng, 0, 3)
        f = runi(rng, 0, persp)
        if side == 0:   # top narrower
            pts[0, 0] *= 1 - f; pts[1, 0] *= 1 - f
        elif side == 1:  # bottom narrower
            pts[2, 0] *= 1 - f; pts[3, 0] *= 1 - f
        elif side == 2:  # left shorter
            pts[0, 1] *= 1 - f; pts[3, 1] *= 1 - f
        else:
            pts[1, 1] *= 1 - f; pts[2, 1] *= 1 - f
        pts += rng.normal(0, 0.01 * min(w, h), pts.shape)
    a = math.radians(rot_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ R.T
    pts[:, 0] += cx; pts[:, 1] += cy
    return [tuple(p) for p in pts]


# ---------------------------------------------------------------- canvas
class Canvas:
    def __init__(self, img):
        self.img = img.convert("RGB")
        self.W, self.H = self.img.size
        self.leaks = []
        self.qrs = []
        self.occupied = []  # boxes of leak-carrying objects

    def _boxes_for(self, surf, warp, ox=0, oy=0):
        """Compute canvas ink boxes for each recorded item. Returns list or None if any is cut."""
        out = []
        for it in surf.items:
            m = it["mask"]
            u0, v0 = it["ox"], it["oy"]
            u1, v1 = u0 + m.width, v0 + m.height
            if warp is None:
                m = m.crop((max(0, -u0), max(0, -v0), min(m.width, surf.w - u0), min(m.height, surf.h - v0)))
                u0, v0 = max(u0, 0), max(v0, 0)
                bb = m.getbbox()
                if bb is None:
                    return None
                x0, y0, x1, y1 = u0 + bb[0] + ox, v0 + bb[1] + oy, u0 + bb[2] - 1 + ox, v0 + bb[3] - 1 + oy
            else:
                rx0, ry0, rx1, ry1, _, _ = warp.region(u0, v0, u1, v1, 16)
                X0, Y0 = int(math.floor(rx0)) - 2, int(math.floor(ry0)) - 2
                X1, Y1 = int(math.ceil(rx1)) + 2, int(math.ceil(ry1)) + 2
                xs, ys = np.meshgrid(np.arange(X0, X1) + 0.5, np.arange(Y0, Y1) + 0.5)
                u, v = warp.inv(xs, ys)
                mi = np.asarray(m)
                iu = np.floor(u - u0).astype(np.int64); iv = np.floor(v - v0).astype(np.int64)
                ok = (iu >= 0) & (iv >= 0) & (iu < m.width) & (iv < m.height) & (u >= 0) & (v >= 0) & (u < surf.w) & (v < surf.h)
                val = np.zeros(xs.shape, np.uint8)
                val[ok] = mi[iv[ok], iu[ok]]
                yy, xx = np.nonzero(val > 100)
                if len(xx) == 0:
                    return None
                x0, x1 = X0 + xx.min(), X0 + xx.max()
                y0, y1 = Y0 + yy.min(), Y0 + yy.max()
            if x0 < 1 or y0 < 1 or x1 > self.W - 2 or y1 > self.H - 2:
                return None
            out.append((it, (x0, y0, x1, y1)))
        return out

    def add_items(self, boxes, pad=1):
        for it, (x0, y0, x1, y1) in boxes:
            x0 = max(0, x0 - pad); y0 = max(0, y0 - pad)
            x1 = min(self.W - 1, x1 + pad); y1 = min(self.H - 1, y1 + pad)
            box = [int(x0), int(y0), int(x1 - x0 + 1), int(y1 - y0 + 1)]
            if it["qr"] is not None:
                self.qrs.append(dict(payload=it["qr"], box=box))
            if it["kind"]:
                self.leaks.append(dict(kind=it["kind"], text=it["text"], box=box))

    def paste_flat(self, surf, x=0, y=0):
        surf.validate()
        boxes = self._boxes_for(surf, None, x, y)
        if boxes is None:
            raise RuntimeError("flat item cut")
        self.img.paste(surf.img.convert("RGB"), (x, y), surf.img.getchannel("A"))
        self.add_items(boxes)

    def overlaps(self, bbox):
        x0, y0, x1, y1 = bbox
        for a0, b0, a1, b1 in self.occupied:
            if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                return True
        return False

    def place(self, surf, quad, curve=0.0, bow=0.0, shadow=0.5, allow_cut=False, check_overlap=True):
        """Warp surface into quad. Returns False (nothing drawn) if a leak would be cut or overlap."""
        surf.validate()
        warp = Warp(surf.w, surf.h, quad, curve, bow)
        boxes = self._boxes_for(surf, warp)
        if boxes is None and not allow_cut:
            return False
        rx0, ry0, rx1, ry1, bx, by = warp.region(0, 0, surf.w, surf.h, 40)
        if check_overlap and surf.items and self.overlaps((rx0, ry0, rx1, ry1)):
            return False
        X0, Y0 = int(math.floor(rx0)) - 2, int(math.floor(ry0)) - 2
        X1, Y1 = int(math.ceil(rx1)) + 2, int(math.ceil(ry1)) + 2
        # clip to canvas
        cX0, cY0, cX1, cY1 = max(X0, 0), max(Y0, 0), min(X1, self.W), min(Y1, self.H)
        if cX1 <= cX0 or cY1 <= cY0:
            return False
        if shadow > 0:
            self.shadow(list(zip(bx, by)), shadow)
        if curve <= 1e-3 and abs(bow) < 1e-6:
            M = warp.Hi @ np.array([[1, 0, cX0], [0, 1, cY0], [0, 0, 1]], float)
            M = M / M[2, 2]
            out = surf.img.transform((cX1 - cX0, cY1 - cY0), Image.PERSPECTIVE, tuple(M.flatten()[:8]),
                                     Image.BICUBIC)
        else:
            xs, ys = np.meshgrid(np.arange(cX0, cX1, dtype=np.float64) + 0.5,
                                 np.arange(cY0, cY1, dtype=np.float64) + 0.5)
            u, v = warp.inv(xs, ys)
            src = np.asarray(surf.img).astype(np.float32)
            u = u - 0.5; v = v - 0.5
            iu = np.floor(u).astype(np.int64); iv = np.floor(v).astype(np.int64)
            fu = (u - iu).astype(np.float32)[..., None]; fv = (v - iv).astype(np.float32)[..., None]
            res = np.zeros(xs.shape + (4,), np.float32)
            for du, dv, wgt in ((0, 0, (1 - fu) * (1 - fv)), (1, 0, fu * (1 - fv)), (0, 1, (1 - fu) * fv), (1, 1, fu * fv)):
                ju, jv = iu + du, iv + dv
                ok = (ju >= 0) & (jv >= 0) & (ju < surf.w) & (jv < surf.h)
                s = np.zeros(xs.shape + (4,), np.float32)
                s[ok] = src[jv[ok], ju[ok]]
                res += s * wgt
            sh = warp.shade(xs, ys).astype(np.float32)[..., None]
            res[..., :3] *= sh
            out = Image.fromarray(np.clip(res + 0.5, 0, 255).astype(np.uint8), "RGBA")
        self.img.paste(out.convert("RGB"), (cX0, cY0), out.getchannel("A"))
        if boxes:
            self.add_items(boxes)
        if surf.items:
            self.occupied.append((rx0, ry0, rx1, ry1))
        self.last_region = (rx0, ry0, rx1, ry1)
        return True

    def shadow(self, poly, strength=0.5, dx=None, dy=None, blur=None):
        s = max(self.W, self.H)
        k = 4
        dx = s * 0.006 if dx is None else dx
        dy = s * 0.01 if dy is None else dy
        blur = s * 0.006 if blur is None else blur
        m = Image.new("L", (self.W // k + 1, self.H // k + 1), 0)
        ImageDraw.Draw(m).polygon([((x + dx) / k, (y + dy) / k) for x, y in poly], fill=int(255 * strength))
        m = m.filter(ImageFilter.GaussianBlur(blur / k)).resize((self.W, self.H), Image.BILINEAR)
        black = Image.new("RGB", (self.W, self.H), (10, 8, 6))
        self.img = Image.composite(black, self.img, m)


def try_place(canvas, rng, surf, make_quad, tries=30, **kw):
    for _ in range(tries):
        q = make_quad()
        if canvas.place(surf, q, **kw):
            return True
    raise RuntimeError("could not place surface")


# ---------------------------------------------------------------- textures / backgrounds
def smooth_noise(rng, w, h, cells=6, amp=1.0):
    g = rng.random((cells, max(2, int(cells * w / max(h, 1))))).astype(np.float32)
    im = Image.fromarray((g * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    return (np.asarray(im, np.float32) / 255.0 - 0.5) * amp


def texture(rng, w, h, kind, base):
    """Returns RGB Image. Work at reduced resolution for speed then upscale."""
    k = 3 if kind not in ("fabric", "paper", "carpet") else 2
    sw, sh = max(8, w // k), max(8, h // k)
    base = np.array(base, np.float32)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    lum = np.zeros((sh, sw), np.float32)
    if kind == "wood":
        n = smooth_noise(rng, sw, sh, 5, 1.0)
        ang = runi(rng, -0.15, 0.15)
        coord = yy * math.cos(ang) + xx * math.sin(ang) * 0.05
        f = runi(rng, 0.04, 0.09)
        lum = 0.10 * np.sin(coord * f + n * 12) + 0.05 * np.sin(coord * f * 7.3 + n * 30)
        plank = int(sh / rint(rng, 3, 6))
        lum += np.where((yy.astype(int) % plank) < 2, -0.25, 0)
    elif kind == "fabric":
        p = rint(rng, 3, 5)
        lum = 0.06 * ((xx.astype(int) % p < p // 2).astype(np.float32) - (yy.astype(int) % p < p // 2))
        lum += smooth_noise(rng, sw, sh, 30, 0.08)
    elif kind == "carpet":
        lum = (rng.random((sh, sw)).astype(np.float32) - 0.5) * 0.18 + smooth_noise(rng, sw, sh, 12, 0.1)
    elif kind == "brick":
        bh = sh // rint(rng, 10, 16)
        bw = bh * 2.4
        row = (yy // bh).astype(int)
        off = (row % 2) * bw / 2
        mort = ((yy % bh) < max(2, bh * 0.12)) | (((xx + off) % bw) < max(2, bh * 0.12))
        lum = smooth_noise(rng, sw, sh, 40, 0.18) + np.where(mort, 0.35, 0)
    elif kind == "grass":
        lum = (rng.random((sh, sw)).astype(np.float32) - 0.5) * 0.3 + smooth_noise(rng, sw, sh, 8, 0.3)
    elif kind == "paper":
        lum = (rng.random((sh, sw)).astype(np.float32) - 0.5) * 0.03 + smooth_noise(rng, sw, sh, 8, 0.05)
    elif kind == "cork":
        lum = (rng.random((sh, sw)).astype(np.float32) - 0.5) * 0.35 + smooth_noise(rng, sw, sh, 20, 0.2)
    else:  # plain wall / table
        lum = smooth_noise(rng, sw, sh, 4, 0.12) + (rng.random((sh, sw)).astype(np.float32) - 0.5) * 0.02
    arr = base[None, None, :] * (1 + lum[..., None])
    if kind == "brick":
        arr = np.where(lum[..., None] > 0.25, np.array([200, 195, 185], np.float32), arr)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return im.resize((w, h), Image.BILINEAR)


BG_CHOICES = [("wood", (150, 105, 70)), ("wood", (190, 150, 110)), ("wood", (110, 75, 50)), ("table", (215, 212, 205)),
              ("table", (90, 92, 96)), ("fabric", (60, 80, 120)), ("fabric", (170, 60, 60)), ("carpet", (120, 110, 100)),
              ("table", (235, 230, 220)), ("fabric", (200, 190, 170)), ("carpet", (70, 80, 70)), ("table", (180, 200, 215))]


def photo_bg(rng, w, h, choice=None):
    kind, base = choice or pick(rng, BG_CHOICES)
    base = tuple(int(np.clip(c + rng.normal(0, 12), 0, 255)) for c in base)
    return texture(rng, w, h, kind, base)


def gradient(w, h, c0, c1, vertical=True):
    t = np.linspace(0, 1, h if vertical else w, dtype=np.float32)
    c0 = np.array(c0, np.float32); c1 = np.array(c1, np.float32)
    line = c0[None, :] * (1 - t[:, None]) + c1[None, :] * t[:, None]
    if vertical:
        arr = np.repeat(line[:, None, :], w, axis=1)
    else:
        arr = np.repeat(line[None, :, :], h, axis=0)
    return Image.fromarray(arr.astype(np.uint8), "RGB")


def paper(rng, w, h, tint=(250, 248, 240)):
    return texture(rng, w, h, "paper", tint).convert("RGBA")


# ---------------------------------------------------------------- effects
_NOISE_TILE = None


def _noise_tile():
    global _NOISE_TILE
    if _NOISE_TILE is None:
        r = np.random.default_rng(12345)
        _NOISE_TILE = r.normal(0, 1, (1024, 1024)).astype(np.float32)
    return _NOISE_TILE


def photo_finish(rng, img, light=0.35, noise=3.0, blur=0.8, vignette=0.3):
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    # uneven illumination
    field = 1 + smooth_noise(rng, w // 8, h // 8, 3, light)
    gx = runi(rng, -1, 1); gy = runi(rng, -1, 1)
    yy, xx = np.mgrid[0:h // 8, 0:w // 8].astype(np.float32)
    field += (gx * (xx / (w // 8) - 0.5) + gy * (yy / (h // 8) - 0.5)) * light * 0.6
    r2 = ((xx / (w // 8) - 0.5) ** 2 + (yy / (h // 8) - 0.5) ** 2)
    field -= vignette * r2
    fi = Image.fromarray(np.clip(field * 100, 0, 255).astype(np.uint8), "L").resize((w, h), Image.BILINEAR)
    field = np.asarray(fi, np.float32) / 100.0
    warm = np.array([1 + runi(rng, -0.04, 0.06), 1.0, 1 + runi(rng, -0.08, 0.03)], np.float32)
    arr = arr * field[..., None] * warm
    tile = _noise_tile()
    ox, oy = rint(rng, 0, 1023), rint(rng, 0, 1023)
    reps = (h // 1024 + 2, w // 1024 + 2)
    nz = np.tile(tile, reps)[oy:oy + h, ox:ox + w]
    arr += nz[..., None] * noise
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    if blur > 0:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def scan_finish(rng, img, noise=2.0, blur=0.4):
    w, h = img.size
    arr = np.asarray(img).astype(np.float32)
    field = 1 + smooth_noise(rng, max(8, w // 8), max(8, h // 8), 3, 0.05)
    fi = Image.fromarray(np.clip(field * 100, 0, 255).astype(np.uint8), "L").resize((w, h), Image.BILINEAR)
    arr = arr * (np.asarray(fi, np.float32) / 100.0)[..., None]
    tile = _noise_tile()
    ox, oy = rint(rng, 0, 1023), rint(rng, 0, 1023)
    nz = np.tile(tile, (h // 1024 + 2, w // 1024 + 2))[oy:oy + h, ox:ox + w]
    arr += nz[..., None] * noise
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    if blur > 0:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def encode(img, fmt, quality):
    b = io.BytesIO()
    if fmt == "jpg":
        img.save(b, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2 if quality < 85 else 0)
    elif fmt == "png":
        img.save(b, "PNG", optimize=False, compress_level=6)
    else:
        img.save(b, "WEBP", quality=quality, method=4)
    return b.getvalue()


# ---------------------------------------------------------------- small drawing helpers
def emoji(d, x, y, r, kind, rng=None):
    if kind == "smile":
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 204, 51))
        d.ellipse((x - r * .45, y - r * .35, x - r * .2, y - r * .05), fill=(60, 40, 20))
        d.ellipse((x + r * .2, y - r * .35, x + r * .45, y - r * .05), fill=(60, 40, 20))
        d.arc((x - r * .55, y - r * .3, x + r * .55, y + r * .6), 20, 160, fill=(60, 40, 20), width=max(1, int(r * .15)))
    elif kind == "heart":
        d.ellipse((x - r, y - r * .8, x, y + r * .2), fill=(230, 40, 70))
        d.ellipse((x, y - r * .8, x + r, y + r * .2), fill=(230, 40, 70))
        d.polygon([(x - r * .97, y - r * .2), (x + r * .97, y - r * .2), (x, y + r)], fill=(230, 40, 70))
    elif kind == "star":
        pts = []
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * .45
            pts.append((x + rr * math.cos(a), y - rr * math.sin(a)))
        d.polygon(pts, fill=(255, 190, 20))
    elif kind == "laugh":
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 204, 51))
        d.chord((x - r * .6, y - r * .1, x + r * .6, y + r * .7), 0, 180, fill=(90, 30, 30))
        d.line((x - r * .5, y - r * .35, x - r * .2, y - r * .2), fill=(60, 40, 20), width=max(1, int(r * .15)))
        d.line((x + r * .5, y - r * .35, x + r * .2, y - r * .2), fill=(60, 40, 20), width=max(1, int(r * .15)))
    else:  # thumbs -> simple fire/flame blob
        d.ellipse((x - r * .7, y - r * .2, x + r * .7, y + r), fill=(250, 120, 30))
        d.polygon([(x - r * .6, y + r * .2), (x, y - r), (x + r * .6, y + r * .2)], fill=(250, 120, 30))
        d.ellipse((x - r * .35, y + r * .2, x + r * .35, y + r * .9), fill=(255, 220, 60))


EMOJI = ["smile", "heart", "star", "laugh", "fire"]


def avatar(d, x, y, r, initials, color, fnt):
    d.ellipse((x - r, y - r, x + r, y + r), fill=color)
    d.text((x, y), initials, font=fnt, fill=(255, 255, 255), anchor="mm")


def status_bar(s, rng, sc, dark=False, time_str=None, bg=None):
    w = s.w
    col = (255, 255, 255) if dark else (20, 20, 20)
    h = int(24 * sc)
    if bg is not None:
        s.d.rectangle((0, 0, w, h), fill=bg)
    t = time_str or f"{rint(rng, 6, 22)}:{rint(rng, 0, 59):02d}"
    s.d.text((int(14 * sc), h // 2), t, font=font("dvb", 12 * sc), fill=col, anchor="lm")
    # battery
    bx = w - int(34 * sc)
    s.d.rounded_rectangle((bx, h // 2 - 5 * sc, bx + 22 * sc, h // 2 + 5 * sc), radius=2 * sc, outline=col, width=max(1, int(sc)))
    lvl = runi(rng, 0.15, 1.0)
    s.d.rectangle((bx + 2 * sc, h // 2 - 3 * sc, bx + 2 * sc + 18 * sc * lvl, h // 2 + 3 * sc),
                  fill=(230, 60, 50) if lvl < 0.2 else col)
    s.d.rectangle((bx + 22 * sc, h // 2 - 2 * sc, bx + 24 * sc, h // 2 + 2 * sc), fill=col)
    # signal
    for i in range(4):
        x = w - int(80 * sc) + i * 5 * sc
        s.d.rectangle((x, h // 2 + 5 * sc - (i + 1) * 2.5 * sc, x + 3 * sc, h // 2 + 5 * sc), fill=col)
    # wifi
    cx, cy = w - int(48 * sc), h // 2 + 5 * sc
    for i in range(3):
        rr = (i + 1) * 3.2 * sc
        s.d.arc((cx - rr, cy - rr, cx + rr, cy + rr), 225, 315, fill=col, width=max(1, int(1.3 * sc)))
    return h


def barcode(d, x, y, w, h, rng, color=(0, 0, 0)):
    cx = x
    while cx < x + w:
        bw = rint(rng, 1, 4) * max(1, w // 160)
        if rng.random() < 0.55:
            d.rectangle((cx, y, min(cx + bw, x + w), y + h), fill=color)
        cx += bw
