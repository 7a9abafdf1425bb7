"""Shared drawing, leak-recording, QR and photo-composition helpers."""
import math
import io
import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_DIRS = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf", "sans_b": "dejavu/DejaVuSans-Bold.ttf",
    "sans_c": "dejavu/DejaVuSansCondensed.ttf", "sans_cb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serif_b": "dejavu/DejaVuSerif-Bold.ttf",
    "serif_i": "dejavu/DejaVuSerif-Italic.ttf", "mono": "dejavu/DejaVuSansMono.ttf",
    "mono_b": "dejavu/DejaVuSansMono-Bold.ttf",
    "free_sans": "freefont/FreeSans.ttf", "free_sans_b": "freefont/FreeSansBold.ttf",
    "free_serif": "freefont/FreeSerif.ttf", "free_serif_b": "freefont/FreeSerifBold.ttf",
    "free_serif_i": "freefont/FreeSerifItalic.ttf", "free_mono": "freefont/FreeMono.ttf",
    "free_mono_b": "freefont/FreeMonoBold.ttf", "free_sans_o": "freefont/FreeSansOblique.ttf",
    "lib_sans": "liberation/LiberationSans-Regular.ttf", "lib_sans_b": "liberation/LiberationSans-Bold.ttf",
    "lib_sans_i": "liberation/LiberationSans-Italic.ttf", "lib_narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "lib_narrow_b": "liberation/LiberationSansNarrow-Bold.ttf", "lib_serif": "liberation/LiberationSerif-Regular.ttf",
    "lib_serif_b": "liberation/LiberationSerif-Bold.ttf", "lib_serif_i": "liberation/LiberationSerif-Italic.ttf",
    "lib_mono": "liberation/LiberationMono-Regular.ttf", "lib_mono_b": "liberation/LiberationMono-Bold.ttf",
}
REGULAR = ["sans", "sans_c", "free_sans", "lib_sans", "lib_narrow", "serif", "free_serif", "lib_serif"]
BOLD = ["sans_b", "sans_cb", "free_sans_b", "lib_sans_b", "lib_narrow_b", "serif_b", "free_serif_b", "lib_serif_b"]
HAND = ["free_sans_o", "lib_sans_i", "serif_i", "free_serif_i", "lib_serif_i"]
MONO = ["mono", "mono_b", "free_mono_b", "lib_mono", "lib_mono_b"]
UI = ["sans", "lib_sans", "free_sans", "sans_c"]
UI_B = ["sans_b", "lib_sans_b", "free_sans_b", "sans_cb"]

_font_cache = {}
_glyph_cache = {}


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    f = _font_cache.get(k)
    if f is None:
        f = ImageFont.truetype(FONT_DIRS + FONTS[key], size, layout_engine=ImageFont.Layout.BASIC)
        _font_cache[k] = f
    return f


def has_glyphs(key, text):
    """True when every character of text has a real glyph in font key."""
    f = font(key, 40)
    nd = _glyph_cache.get((key, "\uE0FF"))
    if nd is None:
        m = f.getmask("\uE0FF")
        nd = (m.size, bytes(m))
        _glyph_cache[(key, "\uE0FF")] = nd
    for ch in text:
        if ch == " ":
            continue
        r = _glyph_cache.get((key, ch))
        if r is None:
            m = f.getmask(ch)
            r = (m.size, bytes(m)) != nd
            _glyph_cache[(key, ch)] = r
        if not r:
            return False
    return True


class Layer:
    """An RGBA drawing surface that records leak ink boxes and QR codes."""

    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        if len(bg) == 3:
            bg = tuple(bg) + (255,)
        self.im = Image.new("RGBA", (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.im)
        self.leaks = []   # dicts kind,text,box(x0,y0,x1,y1),mask(np bool),off(x,y)
        self.qrs = []     # dicts payload, box(x0,y0,x1,y1), leaks=[(kind,text)]
        self.w, self.h = int(w), int(h)

    # --- text -----------------------------------------------------------
    def _fontkey(self, key, text):
        if has_glyphs(key, text):
            return key
        for alt in ("sans", "free_serif", "free_sans"):
            if has_glyphs(alt, text):
                return alt
        return key

    def text(self, xy, s, fkey, size, fill, kind=None, anchor="ls"):
        """Draw single-line text; returns ink box (x0,y0,x1,y1) or None."""
        fkey = self._fontkey(fkey, s)
        f = font(fkey, size)
        x, y = xy
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        if kind is None:
            return self.d.textbbox((x, y), s, font=f, anchor=anchor)
        return self._record(x, y, s, f, anchor, kind)

    def _record(self, x, y, s, f, anchor, kind):
        bb = self.d.textbbox((x, y), s, font=f, anchor=anchor)
        x0, y0 = int(math.floor(bb[0])) - 2, int(math.floor(bb[1])) - 2
        x1, y1 = int(math.ceil(bb[2])) + 2, int(math.ceil(bb[3])) + 2
        tmp = Image.new("L", (max(1, x1 - x0), max(1, y1 - y0)), 0)
        ImageDraw.Draw(tmp).text((x - x0, y - y0), s, font=f, fill=255, anchor=anchor)
        a = np.asarray(tmp) > 60
        ys, xs = np.nonzero(a)
        if len(xs) == 0:
            return None
        box = (x0 + xs.min(), y0 + ys.min(), x0 + xs.max() + 1, y0 + ys.max() + 1)
        self.leaks.append({"kind": kind, "text": s, "box": box, "pts": np.stack([xs + x0 + 0.5, ys + y0 + 0.5], 1)})
        return box

    def text_width(self, s, fkey, size):
        return font(self._fontkey(fkey, s), size).getlength(s)

    def segs(self, x, y, segments, fkey, size, fill, fills=None):
        """Draw a baseline-anchored line made of (text, kind) segments.
        Returns the x after the last segment."""
        for i, (s, kind) in enumerate(segments):
            col = fills[i] if fills and fills[i] else fill
            fk = self._fontkey(fkey, s)
            f = font(fk, size)
            if s.strip():
                self.d.text((x, y), s, font=f, fill=col, anchor="ls")
                if kind:
                    self._record(x, y, s, f, "ls", kind)
            x += f.getlength(s)
        return x

    def fit_size(self, s, fkey, size, maxw):
        while size > 8 and self.text_width(s, fkey, size) > maxw:
            size *= 0.92
        return size

    # --- shapes ----------------------------------------------------------
    def rrect(self, box, r, fill=None, outline=None, width=1):
        self.d.rounded_rectangle([int(v) for v in box], radius=int(r), fill=fill, outline=outline, width=int(width))

    def rect(self, box, fill=None, outline=None, width=1):
        self.d.rectangle([int(v) for v in box], fill=fill, outline=outline, width=int(width))

    def avatar(self, cx, cy, r, initials, col, fg=(255, 255, 255)):
        self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        if initials:
            self.d.text((cx, cy), initials, font=font("sans_b", r * 0.8), fill=fg, anchor="mm")

    def placeholder(self, box, col=(200, 200, 200)):
        """A plain photo slot (no faces): a tinted box with a simple mountain icon."""
        x0, y0, x1, y1 = [int(v) for v in box]
        self.d.rectangle([x0, y0, x1, y1], fill=col)
        w, h = x1 - x0, y1 - y0
        dark = tuple(max(0, c - 45) for c in col[:3])
        self.d.polygon([(x0 + w * .15, y1 - h * .2), (x0 + w * .4, y0 + h * .45), (x0 + w * .6, y1 - h * .2)], fill=dark)
        self.d.polygon([(x0 + w * .45, y1 - h * .2), (x0 + w * .65, y0 + h * .55), (x0 + w * .85, y1 - h * .2)], fill=dark)
        self.d.ellipse([x0 + w * .68, y0 + h * .18, x0 + w * .78, y0 + h * .18 + w * .1], fill=dark)

    # --- QR ------------------------------------------------------------------
    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=4, error="m"):
        q = segno.make(payload, error=error, micro=False)
        buf = io.BytesIO()
        q.save(buf, kind="png", scale=1, border=border, dark="black", light="white")
        buf.seek(0)
        qi = Image.open(buf).convert("L")
        n = qi.size[0]
        big = qi.resize((n * int(module), n * int(module)), Image.NEAREST)
        col = Image.new("RGBA", big.size, tuple(dark) + (255,))
        bgc = Image.new("RGBA", big.size, tuple(light) + (255,))
        bgc.paste(col, (0, 0), Image.eval(big, lambda v: 255 - v))
        self.im.paste(bgc, (int(x), int(y)))
        m = int(module)
        b = (int(x) + border * m, int(y) + border * m, int(x) + (n - border) * m, int(y) + (n - border) * m)
        self.qrs.append({"payload": payload, "box": b, "leaks": list(leaks)})
        return n * m


def qr_size(payload, module, border=4, error="m"):
    q = segno.make(payload, error=error, micro=False)
    return (q.symbol_size(scale=1, border=border)[0]) * int(module)


def wrap_segments(layer, segments, fkey, size, maxw):
    """Split (text, kind) segments into lines no wider than maxw; leak segments stay whole."""
    toks = []
    for s, k in segments:
        if k:
            toks.append((s, k))
        else:
            parts = s.split(" ")
            for i, p in enumerate(parts):
                t = p + (" " if i < len(parts) - 1 else "")
                if t:
                    toks.append((t, None))
    lines, cur, curw = [], [], 0.0
    for t, k in toks:
        tw = layer.text_width(t, fkey, size)
        if cur and curw + tw > maxw and t.strip():
            lines.append(cur)
            cur, curw = [], 0.0
            if not k:
                t = t.lstrip()
                tw = layer.text_width(t, fkey, size)
        cur.append((t, k))
        curw += tw
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        if ln and not ln[-1][1]:
            ln[-1] = (ln[-1][0].rstrip(), None)
        out.append(ln)
    return out


def line_width(layer, segs, fkey, size):
    return sum(layer.text_width(s, fkey, size) for s, _ in segs)


# ----------------------------------------------------------------------------
# Geometry: homographies and cylindrical / bow curve
# ----------------------------------------------------------------------------

def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def apply_h(H, pts):
    pts = np.asarray(pts, float)
    p = np.c_[pts, np.ones(len(pts))] @ H.T
    return p[:, :2] / p[:, 2:3]


class Curve:
    """Forward map of a label wrapped on a cylinder (x compression) plus vertical bow."""

    def __init__(self, w, h, phimax=0.0, bow=0.0):
        self.w, self.h = w, h
        self.cx = w / 2.0
        self.phimax = phimax
        self.bow = bow
        self.R = (w / 2.0) / phimax if phimax > 1e-3 else None

    def _bowf(self, phi_or_t):
        if self.R:
            den = 1 - math.cos(self.phimax)
            return self.bow * (1 - np.cos(phi_or_t)) / den
        return self.bow * (phi_or_t ** 2)

    def fwd(self, pts):
        pts = np.asarray(pts, float)
        x, y = pts[:, 0], pts[:, 1]
        if self.R:
            phi = (x - self.cx) / self.R
            xo = self.cx + self.R * np.sin(phi)
            yo = y + self._bowf(phi)
        else:
            t = (x - self.cx) / self.cx
            xo = x
            yo = y + self._bowf(t)
        return np.stack([xo, yo], 1)

    def out_size(self):
        return self.w, int(math.ceil(self.h + abs(self.bow) + 2))

    def warp(self, im):
        """Warp RGBA image; output keeps width, grows height by |bow|; bow>0 sags down."""
        W, H = self.out_size()
        off = 0 if self.bow >= 0 else -self.bow
        self.off = off
        u = np.arange(W, dtype=np.float32)[None, :] + 0.5
        v = np.arange(H, dtype=np.float32)[:, None] + 0.5
        if self.R:
            s = np.clip((u - self.cx) / self.R, -1, 1)
            phi = np.arcsin(s)
            x = self.cx + self.R * phi
            y = v - off - self._bowf(phi)
            valid = np.abs((u - self.cx)) <= self.R * math.sin(self.phimax)
        else:
            t = (u - self.cx) / self.cx
            x = np.broadcast_to(u, (H, W))
            y = v - off - self._bowf(t)
            valid = np.ones((1, W), bool)
        x = np.broadcast_to(x, (H, W)) - 0.5
        y = np.broadcast_to(y, (H, W)) - 0.5
        src = np.asarray(im).astype(np.float32)
        x0 = np.floor(x).astype(np.int32); y0 = np.floor(y).astype(np.int32)
        fx = (x - x0)[..., None]; fy = (y - y0)[..., None]
        inside = (x0 >= 0) & (y0 >= 0) & (x0 < im.size[0] - 1) & (y0 < im.size[1] - 1) & np.broadcast_to(valid, (H, W))
        x0c = np.clip(x0, 0, im.size[0] - 2); y0c = np.clip(y0, 0, im.size[1] - 2)
        a = src[y0c, x0c]; b = src[y0c, x0c + 1]; c = src[y0c + 1, x0c]; d = src[y0c + 1, x0c + 1]
        out = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy
        out[~inside] = 0
        return Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGBA")

    def fwd_out(self, pts):
        p = self.fwd(pts)
        p[:, 1] += self.off
        return p


# ----------------------------------------------------------------------------
# Photo compositing
# ----------------------------------------------------------------------------

class Photo:
    """Final image being assembled; collects leaks and QR boxes in output pixels."""

    def __init__(self, w, h, bg):
        self.w, self.h = w, h
        self.im = bg.convert("RGB") if bg.size == (w, h) else bg.resize((w, h)).convert("RGB")
        self.leaks = []
        self.qrs = []

    def place(self, layer, quad, curve=None, shadow=True, rng=None):
        """Warp layer so its (possibly curved) rectangle lands on quad (TL,TR,BR,BL)."""
        im = layer.im
        cv = None
        if curve is not None:
            cv = Curve(layer.w, layer.h, *curve)
            im = cv.warp(im)
            src = [(0, cv.off), (layer.w, cv.off), (layer.w, cv.off + layer.h), (0, cv.off + layer.h)]
        else:
            src = [(0, 0), (layer.w, 0), (layer.w, layer.h), (0, layer.h)]
        H = homography(src, quad)
        Hi = np.linalg.inv(H)
        Hi = Hi / Hi[2, 2]
        ext = apply_h(H, [(0, 0), (im.size[0], 0), (im.size[0], im.size[1]), (0, im.size[1])])
        qx, qy = ext[:, 0], ext[:, 1]
        mg = int(max(8, (max(qx) - min(qx)) / 40)) if shadow else 4
        bx0, by0 = max(0, int(min(qx)) - 4), max(0, int(min(qy)) - 4)
        bx1, by1 = min(self.w, int(max(qx)) + mg), min(self.h, int(max(qy)) + mg)
        T = np.array([[1, 0, bx0], [0, 1, by0], [0, 0, 1]], float)
        M = Hi @ T
        M = M / M[2, 2]
        coeffs = tuple(M.flatten()[:8])
        warped = im.transform((bx1 - bx0, by1 - by0), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
        if shadow:
            a = warped.getchannel("A")
            sh = Image.new("RGBA", warped.size, (0, 0, 0, 0))
            sw_, sh_ = max(1, a.size[0] // 4), max(1, a.size[1] // 4)
            sa = a.resize((sw_, sh_), Image.BILINEAR).filter(ImageFilter.GaussianBlur(max(1, (bx1 - bx0) / 480)))
            sa = sa.resize(a.size, Image.BILINEAR).point(lambda v: int(v * 0.45))
            sh.putalpha(sa)
            base = self.im.crop((bx0, by0, bx1, by1)).convert("RGBA")
            off = int(max(4, (bx1 - bx0) / 90))
            base.alpha_composite(sh, (off, off))
            base.alpha_composite(warped)
        else:
            base = self.im.crop((bx0, by0, bx1, by1)).convert("RGBA")
            base.alpha_composite(warped)
        self.im.paste(base.convert("RGB"), (bx0, by0))

        def fwd(pts):
            p = np.asarray(pts, float)
            if cv is not None:
                p = cv.fwd_out(p)
            return apply_h(H, p)

        for lk in layer.leaks:
            p = fwd(lk["pts"])
            self.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": p})
        for q in layer.qrs:
            x0, y0, x1, y1 = q["box"]
            n = 12
            edge = [(x0 + (x1 - x0) * i / n, y0) for i in range(n + 1)] + [(x0 + (x1 - x0) * i / n, y1) for i in range(n + 1)] \
                + [(x0, y0 + (y1 - y0) * i / n) for i in range(n + 1)] + [(x1, y0 + (y1 - y0) * i / n) for i in range(n + 1)]
            p = fwd(edge)
            self.qrs.append({"payload": q["payload"], "pts": p, "leaks": q["leaks"]})
        return H

    @classmethod
    def from_layer(cls, L):
        p = cls(L.w, L.h, L.im)
        for lk in L.leaks:
            p.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": lk["pts"]})
        for q in L.qrs:
            x0, y0, x1, y1 = q["box"]
            p.qrs.append({"payload": q["payload"], "pts": np.array([[x0 + .5, y0 + .5], [x1 - .5, y1 - .5]]), "leaks": q["leaks"]})
        return p

    def paste_flat(self, layer, x=0, y=0):
        """Paste without warping (screenshots)."""
        self.place(layer, [(x, y), (x + layer.w, y), (x + layer.w, y + layer.h), (x, y + layer.h)], shadow=False)

    def finish(self):
        """Return (leaks, qrs) with integer [x,y,w,h] boxes clipped to image."""
        def box(p):
            x0 = max(0, int(math.floor(p[:, 0].min() - 0.5)))
            y0 = max(0, int(math.floor(p[:, 1].min() - 0.5)))
            x1 = min(self.w, int(math.ceil(p[:, 0].max() + 0.5)))
            y1 = min(self.h, int(math.ceil(p[:, 1].max() + 0.5)))
            return [x0, y0, max(1, x1 - x0), max(1, y1 - y0)]
        leaks, qrs = [], []
        for lk in self.leaks:
            leaks.append({"kind": lk["kind"], "text": lk["text"], "box": box(lk["pts"])})
        for q in self.qrs:
            b = box(q["pts"])
            qrs.append({"payload": q["payload"], "box": b})
            for kind, text in q["leaks"]:
                leaks.append({"kind": kind, "text": text, "box": b})
        return leaks, qrs


# ----------------------------------------------------------------------------
# Backgrounds and photographic degradations
# ----------------------------------------------------------------------------

def _noise_small(rng, w, h, cell, amp):
    sw, sh = max(2, w // cell + 2), max(2, h // cell + 2)
    n = (rng.random((sh, sw)) * 255).astype(np.uint8)
    im = Image.fromarray(n, "L").resize((w, h), Image.BICUBIC)
    return (np.asarray(im).astype(np.float32) - 128) / 128 * amp


def background(rng, w, h, kind, base=None):
    """Procedural surfaces (wood, wall, fabric, tiles, brick, fridge, cork, ...), built at 1/3 scale."""
    fw, fh = w, h
    w, h = max(16, w // 3), max(16, h // 3)
    if base is None:
        base = {"wood": (150, 105, 65), "wall": (215, 208, 195), "fabric": (70, 90, 120),
                "tiles": (225, 225, 220), "brick": (150, 70, 55), "fridge": (232, 234, 236),
                "cork": (190, 145, 95), "table": (120, 120, 125), "carpet": (110, 80, 90),
                "grass": (80, 130, 60), "desk": (200, 190, 170)}.get(kind, (180, 180, 180))
    arr = np.empty((h, w, 3), np.float32)
    arr[:] = base
    arr += _noise_small(rng, w, h, max(8, w // 30), 14)[..., None]
    if kind == "wood":
        y = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(y / (h / 90.0) + _noise_small(rng, w, h, max(8, w // 12), 3.0)) * 12
        arr += grain[..., None]
        plank = int(h / rng.integers(4, 8))
        for yy in range(plank, h, plank):
            arr[yy:yy + max(1, h // 600)] *= 0.6
    elif kind in ("tiles", "brick"):
        tw = int(w / rng.integers(6, 12)); th = tw if kind == "tiles" else tw // 3
        g = max(1, w // 500)
        for yy in range(0, h, th):
            arr[yy:yy + g] *= 0.75
            sh = (tw // 2) if (kind == "brick" and (yy // th) % 2) else 0
            for xx in range(sh, w, tw):
                arr[yy:yy + th, xx:xx + g] *= 0.75
    elif kind == "fabric":
        x = np.arange(w)[None, :]; y = np.arange(h)[:, None]
        arr += (((x // 2 + y // 2) % 2) * 6.0)[..., None]
    elif kind == "cork":
        arr += _noise_small(rng, w, h, 2, 25)[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return im.resize((fw, fh), Image.BICUBIC)


def outdoor(rng, w, h, horizon=0.55):
    fw, fh = w, h
    w, h = w // 2, h // 2
    arr = np.empty((h, w, 3), np.float32)
    hy = int(h * horizon)
    t = np.linspace(0, 1, hy, dtype=np.float32)[:, None]
    sky0 = np.array([110, 160, 220], np.float32); sky1 = np.array([200, 220, 240], np.float32)
    arr[:hy] = (sky0 * (1 - t) + sky1 * t)[:, None, :]
    arr[hy:] = (90, 125, 70)
    arr[hy:] += _noise_small(rng, w, h - hy, max(6, w // 80), 18)[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    x = 0
    while x < w:
        bw = int(rng.integers(w // 12, w // 4)); bh = int(rng.integers(h // 12, h // 4))
        c = tuple(int(v) for v in rng.integers(120, 200, 3))
        d.rectangle([x, hy - bh, x + bw, hy], fill=c)
        for wy in range(hy - bh + bh // 6, hy - bh // 5, max(8, bh // 4)):
            for wx in range(x + bw // 8, x + bw - bw // 8, max(10, bw // 5)):
                d.rectangle([wx, wy, wx + bw // 12, wy + bh // 10], fill=(70, 80, 95))
        x += bw + int(rng.integers(0, w // 20))
    d.polygon([(w * 0.35, h), (w * 0.65, h), (w * 0.52, hy), (w * 0.48, hy)], fill=(160, 155, 150))
    return im.resize((fw, fh), Image.BICUBIC)


def lighting(rng, im, strength=0.35):
    """Uneven illumination: multiply by a smooth gain map (max gain 1)."""
    from PIL import ImageChops
    w, h = im.size
    sw, sh = 8, 8
    gx = np.linspace(-1, 1, sw)[None, :]; gy = np.linspace(-1, 1, sh)[:, None]
    ax, ay = rng.uniform(-1, 1, 2)
    g = 1 + strength * (ax * gx + ay * gy) / 2 - strength * 0.25 * (gx ** 2 + gy ** 2)
    g = np.clip(g / g.max(), 0.3, 1.0)
    gi = Image.fromarray(np.clip(g * 255, 0, 255).astype(np.uint8), "L").resize((w, h), Image.BILINEAR)
    return ImageChops.multiply(im.convert("RGB"), Image.merge("RGB", (gi, gi, gi)))


def degrade(rng, im, blur=0.0, noise=0.0, contrast=1.0, warm=0.0):
    from PIL import ImageChops
    im = im.convert("RGB")
    if blur > 0.25:
        im = im.filter(ImageFilter.BoxBlur(blur * 0.9))
    if contrast != 1.0 or warm:
        luts = []
        for ch, wv in zip(range(3), (warm, 0, -warm)):
            luts += [int(min(255, max(0, (v - 128) * contrast + 128 + (1 - contrast) * 30 + wv))) for v in range(256)]
        im = im.point(luts)
    if noise > 0:
        w, h = im.size
        hw, hh = (w + 1) // 2, (h + 1) // 2
        n1 = np.clip(128 + rng.standard_normal((hh, hw), dtype=np.float32) * noise, 0, 255).astype(np.uint8)
        nl = Image.fromarray(n1, "L").resize((w, h), Image.NEAREST)
        im = ImageChops.add(im, Image.merge("RGB", (nl, nl, nl)), 1.0, -128)
    return im


def quad_for(rng, cx, cy, w, h, rot_deg=0.0, persp=0.0, tilt=0.0):
    """Quad for a w*h rectangle centred at (cx,cy), rotated, with perspective squeeze.
    persp squeezes one vertical side (yaw); tilt squeezes top edge (pitch)."""
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], float)
    if persp:
        s = 1 - abs(persp)
        side = 1 if persp > 0 else 0
        idx = [1, 2] if side else [0, 3]
        for i in idx:
            pts[i, 1] *= s
    if tilt:
        t = 1 - abs(tilt)
        idx = [0, 1] if tilt > 0 else [2, 3]
        for i in idx:
            pts[i, 0] *= t
    a = math.radians(rot_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ R.T + [cx, cy]
    return [tuple(p) for p in pts]


def save(im, path, fmt, quality):
    im = im.convert("RGB")
    if fmt == "jpg":
        im.save(path, "JPEG", quality=int(quality), optimize=False, progressive=False, subsampling=0 if quality >= 85 else 2)
    elif fmt == "png":
        im.save(path, "PNG", compress_level=6)
    else:
        im.save(path, "WEBP", quality=int(quality), method=4)
