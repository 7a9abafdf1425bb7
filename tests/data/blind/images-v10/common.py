"""Shared helpers: fonts, flat surfaces with tracked text, photo compositing,
textures, camera effects, QR codes and final box computation.

Leaks are tracked as point sets (extreme ink pixels' corners). Every geometric
operation (perspective placement, bending, scan rotation) maps those points the
same way it maps pixels, so final boxes are the tight axis-aligned boxes of the
drawn ink in the final image.
"""
import math
import hashlib

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype"
FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf", "sans_b": "dejavu/DejaVuSans-Bold.ttf", "sans_i": "dejavu/DejaVuSans-Oblique.ttf",
    "sans_l": "dejavu/DejaVuSans-ExtraLight.ttf", "cond": "dejavu/DejaVuSansCondensed.ttf", "cond_b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serif_b": "dejavu/DejaVuSerif-Bold.ttf", "serif_i": "dejavu/DejaVuSerif-Italic.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "mono_b": "dejavu/DejaVuSansMono-Bold.ttf",
    "free": "freefont/FreeSans.ttf", "free_b": "freefont/FreeSansBold.ttf", "free_i": "freefont/FreeSansOblique.ttf",
    "free_bi": "freefont/FreeSansBoldOblique.ttf", "fserif": "freefont/FreeSerif.ttf", "fserif_b": "freefont/FreeSerifBold.ttf",
    "fserif_i": "freefont/FreeSerifItalic.ttf", "fserif_bi": "freefont/FreeSerifBoldItalic.ttf", "fmono": "freefont/FreeMono.ttf",
    "fmono_b": "freefont/FreeMonoBold.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf", "lib_b": "liberation/LiberationSans-Bold.ttf",
    "lib_i": "liberation/LiberationSans-Italic.ttf", "lib_bi": "liberation/LiberationSans-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf", "narrow_b": "liberation/LiberationSansNarrow-Bold.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf", "lserif_b": "liberation/LiberationSerif-Bold.ttf",
    "lserif_i": "liberation/LiberationSerif-Italic.ttf", "lmono": "liberation/LiberationMono-Regular.ttf",
    "lmono_b": "liberation/LiberationMono-Bold.ttf",
}
SANS = ["sans", "free", "lib", "cond", "narrow"]
SANS_B = ["sans_b", "free_b", "lib_b", "cond_b", "narrow_b"]
SERIF = ["serif", "fserif", "lserif"]
SERIF_B = ["serif_b", "fserif_b", "lserif_b"]
HAND = ["free_i", "fserif_i", "lib_i", "sans_i", "serif_i", "free_bi", "lib_bi", "fserif_bi"]  # stand-ins for handwriting
ALL_FONTS = sorted(FONT_FILES)

_FONTS = {}


def font(name, size):
    size = max(6, int(round(size)))
    key = (name, size)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(f"{FONT_DIR}/{FONT_FILES[name]}", size)
    return _FONTS[key]


def seed_of(*parts):
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def tcase(rng, s, weights=(6, 2, 2)):
    """Random case style; returns the string exactly as it will be drawn."""
    m = rng.choices(["keep", "upper", "lower"], weights=weights)[0]
    return s.upper() if m == "upper" else s.lower() if m == "lower" else s


def rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def _extreme_points(mask, thr=70):
    """Corner points of the extreme ink pixels of a uint8 mask (row and column extremes)."""
    ink = mask > thr
    rows = np.nonzero(ink.any(axis=1))[0]
    if len(rows) == 0:
        return np.zeros((0, 2), np.float64)
    cols = np.nonzero(ink.any(axis=0))[0]
    pr = ink[rows]
    left = pr.argmax(axis=1)
    right = pr.shape[1] - 1 - pr[:, ::-1].argmax(axis=1)
    pc = ink[:, cols]
    top = pc.argmax(axis=0)
    bottom = pc.shape[0] - 1 - pc[::-1, :].argmax(axis=0)
    xs = np.concatenate([left, right, cols, cols]).astype(np.float64)
    ys = np.concatenate([rows, rows, top, bottom]).astype(np.float64)
    pts = np.concatenate([np.stack([xs, ys], 1), np.stack([xs + 1, ys], 1), np.stack([xs, ys + 1], 1), np.stack([xs + 1, ys + 1], 1)])
    return pts


class Flat:
    """A flat surface (screen, paper, label...) with tracked leaks and QR codes."""

    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        self.w, self.h = int(w), int(h)
        if isinstance(bg, Image.Image):
            self.img = bg.convert("RGBA")
        else:
            if len(bg) == 3:
                bg = tuple(bg) + (255,)
            self.img = Image.new("RGBA", (self.w, self.h), bg)
        self.draw = ImageDraw.Draw(self.img)
        self.leaks = []  # [kind, text, pts]
        self.qrs = []  # [payload, pts]

    # ------------------------------------------------------------- text
    def text(self, xy, s, fnt, fill, kind=None, anchor="la", angle=0.0, stroke=0, stroke_fill=None):
        """Draw text; returns ink bbox (x0, y0, x1, y1) in flat coords (None if empty).
        anchor: la (left/top of layout box), ma, ra (centered/right), mm (ink centre at xy), ls (left baseline)."""
        if s == "" or kind == "SKIP":  # SKIP: a leak over the image's budget is simply not drawn
            return None
        l, t, r, b = fnt.getbbox(s, anchor="ls", stroke_width=stroke)
        pad = 4 + stroke
        mw, mh = r - l + 2 * pad, b - t + 2 * pad
        mask = Image.new("L", (mw, mh), 0)
        md = ImageDraw.Draw(mask)
        ox, oy = pad - l, pad - t  # baseline origin inside mask
        md.text((ox, oy), s, font=fnt, fill=255, anchor="ls", stroke_width=stroke, stroke_fill=255)
        inner = None
        if stroke and stroke_fill is not None:
            inner = Image.new("L", (mw, mh), 0)
            ImageDraw.Draw(inner).text((ox, oy), s, font=fnt, fill=255, anchor="ls")
        x, y = xy
        asc = fnt.getmetrics()[0]
        adv = fnt.getlength(s)
        if anchor in ("la", "ma", "ra"):
            bx = x - (adv / 2 if anchor == "ma" else adv if anchor == "ra" else 0)
            by = y + asc
            px, py = bx - ox, by - oy
        elif anchor in ("ls", "ms", "rs"):
            bx = x - (adv / 2 if anchor == "ms" else adv if anchor == "rs" else 0)
            px, py = bx - ox, y - oy
        else:  # mm: centre of mask at xy
            px, py = x - mw / 2, y - mh / 2
        if angle:
            cx, cy = px + mw / 2, py + mh / 2
            mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
            if inner is not None:
                inner = inner.rotate(angle, resample=Image.BICUBIC, expand=True)
            mw, mh = mask.size
            px, py = cx - mw / 2, cy - mh / 2
        px, py = int(round(px)), int(round(py))
        fill = tuple(fill) if len(fill) == 4 else tuple(fill) + (255,)
        if inner is not None:
            sf = tuple(stroke_fill) if len(stroke_fill) == 4 else tuple(stroke_fill) + (255,)
            self._paint(mask, sf, px, py)
            self._paint(inner, fill, px, py)
        else:
            self._paint(mask, fill, px, py)
        arr = np.asarray(mask)
        pts = _extreme_points(arr)
        if len(pts) == 0:
            return None
        pts = pts + np.array([px, py], np.float64)
        if kind:
            self.leaks.append([kind, s, pts])
        return (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())

    def _paint(self, mask, fill, px, py):
        a = fill[3]
        if a < 255:
            mask = mask.point(lambda v: v * a // 255)
        layer = Image.new("RGBA", mask.size, fill[:3] + (255,))
        layer.putalpha(mask)
        self.img.alpha_composite(layer, (px, py)) if px >= 0 and py >= 0 else self._composite_clip(layer, px, py)

    def _composite_clip(self, layer, px, py):
        cx, cy = max(0, -px), max(0, -py)
        layer = layer.crop((cx, cy, layer.width, layer.height))
        self.img.alpha_composite(layer, (px + cx, py + cy))

    def runs(self, xy, runs, fnt, fill, anchor="la"):
        """Draw consecutive runs [(text, kind_or_None, colour_or_None, font_or_None)] on one line. Returns end x."""
        x, y = xy
        total = sum((r[3] if len(r) > 3 and r[3] else fnt).getlength(r[0]) for r in runs)
        if anchor == "ma":
            x -= total / 2
        elif anchor == "ra":
            x -= total
        for r in runs:
            s, kind = r[0], r[1]
            col = r[2] if len(r) > 2 and r[2] else fill
            f = r[3] if len(r) > 3 and r[3] else fnt
            if s.strip():
                lead = len(s) - len(s.lstrip())
                x0 = x + f.getlength(s[:lead])
                st = s.strip()
                if kind and len(st) > 1 and st[-1] in ",;":
                    self.text((x0, y), st[:-1], f, col, kind=kind)
                    self.text((x0 + f.getlength(st[:-1]), y), st[-1], f, col)
                else:
                    self.text((x0, y), st, f, col, kind=kind)
            x += f.getlength(s)
        return x

    def paragraph(self, xy, runs, fnt, fill, max_w, line_h=None, align="l"):
        """Word-wrapped runs. A leak that must break across lines becomes one leak per line.
        Returns (max line width, total height, n_lines)."""
        lines = wrap_runs(runs, fnt, max_w)
        line_h = line_h or int(fnt.size * 1.3)
        x, y = xy
        mw = 0
        for ln in lines:
            w = sum(fnt.getlength(t[0]) for t in ln)
            mw = max(mw, w)
            ax = x if align == "l" else x + (max_w - w) / 2 if align == "c" else x + max_w - w
            self.runs((ax, y), ln, fnt, fill)
            y += line_h
        return mw, line_h * len(lines), len(lines)

    # ------------------------------------------------------------- shapes
    def rrect(self, box, r, fill, outline=None, width=1):
        self.draw.rounded_rectangle([int(v) for v in box], radius=int(r), fill=fill, outline=outline, width=width)

    def circle(self, cx, cy, r, fill, outline=None, width=1):
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=outline, width=width)

    def avatar(self, cx, cy, r, initials, color, fnt_name="sans_b"):
        self.circle(cx, cy, r, color)
        f = font(fnt_name, r * 0.8)
        self.draw.text((cx, cy), initials, font=f, fill=(255, 255, 255), anchor="mm")

    def heart(self, cx, cy, s, fill):
        d = self.draw
        d.ellipse([cx - s, cy - s * 0.7, cx, cy + s * 0.2], fill=fill)
        d.ellipse([cx, cy - s * 0.7, cx + s, cy + s * 0.2], fill=fill)
        d.polygon([(cx - s * 0.95, cy - 0.05 * s), (cx + s * 0.95, cy - 0.05 * s), (cx, cy + s)], fill=fill)

    def star(self, cx, cy, s, fill):
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = s if i % 2 == 0 else s * 0.45
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.draw.polygon(pts, fill=fill)

    def emoji(self, rng, cx, cy, s):
        k = rng.randrange(5)
        if k == 0:
            self.heart(cx, cy, s, rng.choice([(230, 40, 70), (255, 105, 180), (150, 80, 220)]))
        elif k == 1:
            self.star(cx, cy, s, (250, 200, 40))
        elif k == 2:  # fire-ish drop
            self.draw.ellipse([cx - s * 0.7, cy - s * 0.3, cx + s * 0.7, cy + s], fill=(250, 120, 30))
            self.draw.polygon([(cx - s * 0.65, cy + 0.2 * s), (cx + s * 0.65, cy + 0.2 * s), (cx + 0.1 * s, cy - s)], fill=(250, 120, 30))
            self.draw.ellipse([cx - s * 0.35, cy + 0.2 * s, cx + s * 0.35, cy + s * 0.85], fill=(255, 210, 60))
        elif k == 3:  # party popper
            self.draw.polygon([(cx - s, cy + s), (cx - s * 0.3, cy - s * 0.6), (cx + s * 0.6, cy + s * 0.3)], fill=(240, 170, 40))
            for i in range(4):
                self.draw.ellipse([cx + s * (0.1 + 0.25 * i) - 2, cy - s * (0.9 - 0.2 * i) - 2, cx + s * (0.1 + 0.25 * i) + 3, cy - s * (0.9 - 0.2 * i) + 3],
                                  fill=[(230, 50, 90), (60, 160, 230), (90, 200, 90), (250, 200, 40)][i])
        else:  # thumbs-up-ish block
            self.draw.rounded_rectangle([cx - s * 0.6, cy - s * 0.1, cx + s * 0.6, cy + s * 0.9], radius=s * 0.25, fill=(250, 195, 60))
            self.draw.rounded_rectangle([cx - s * 0.2, cy - s * 0.9, cx + s * 0.2, cy + s * 0.2], radius=s * 0.2, fill=(250, 195, 60))

    # ------------------------------------------------------------- QR
    def qr(self, payload, x, y, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=3, error="m"):
        """Draw a QR code at (x, y) (top-left of quiet zone). leaks: [(kind, text)] all boxed as the symbol.
        Returns total size in px (incl. quiet zone)."""
        q = segno.make(payload, error=error, micro=False)
        m = np.array([list(r) for r in q.matrix_iter(scale=1, border=0)], dtype=np.uint8)
        n = m.shape[0]
        tot = (n + 2 * border) * module
        self.draw.rectangle([x, y, x + tot - 1, y + tot - 1], fill=light)
        big = np.kron(m, np.ones((module, module), np.uint8)) * 255
        msk = Image.fromarray(big, "L")
        layer = Image.new("RGBA", msk.size, tuple(dark) + (255,))
        layer.putalpha(msk)
        sx, sy = x + border * module, y + border * module
        self.img.alpha_composite(layer, (int(sx), int(sy)))
        s = n * module
        pts = np.array([[sx, sy], [sx + s, sy], [sx + s, sy + s], [sx, sy + s]], np.float64)
        self.qrs.append([payload, pts])
        for kind, text in leaks:
            self.leaks.append([kind, text, pts.copy()])
        return tot

    def paste(self, im, xy, mask=None):
        im = im.convert("RGBA")
        self.img.alpha_composite(im, (int(xy[0]), int(xy[1])))

    def add_from(self, other, ox, oy):
        """Paste another Flat with its tracked items."""
        self.img.alpha_composite(other.img, (int(ox), int(oy)))
        for k, t, p in other.leaks:
            self.leaks.append([k, t, p + np.array([int(ox), int(oy)])])
        for pl, p in other.qrs:
            self.qrs.append([pl, p + np.array([int(ox), int(oy)])])


def wrap_runs(runs, fnt, max_w):
    toks = []  # (word_with_trailing_space, kind, leak_id, colour)
    for li, r in enumerate(runs):
        s, kind = r[0], r[1]
        col = r[2] if len(r) > 2 else None
        parts = s.split(" ")
        for i, p in enumerate(parts):
            w = p + (" " if i < len(parts) - 1 else "")
            if w:
                toks.append([w, kind, li, col])
    lines, cur, cw = [], [], 0.0
    i = 0
    while i < len(toks):
        tk = toks[i]
        w = fnt.getlength(tk[0])
        if tk[1] and (i == 0 or toks[i - 1][2] != tk[2]) and cur:
            # start of a leak: if whole leak fits on a new line but not here, break first
            j = i
            lw = 0
            while j < len(toks) and toks[j][2] == tk[2]:
                lw += fnt.getlength(toks[j][0])
                j += 1
            if cw + lw > max_w and lw <= max_w:
                lines.append(cur)
                cur, cw = [], 0.0
        if cur and cw + fnt.getlength(tk[0].rstrip()) > max_w:
            lines.append(cur)
            cur, cw = [], 0.0
        cur.append(tk)
        cw += w
        i += 1
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        merged = []
        for tk in ln:
            if merged and merged[-1][2] == tk[2]:
                merged[-1][0] += tk[0]
            else:
                merged.append(list(tk))
        out.append([(m[0], m[1], m[3]) for m in merged])
    return out


# ================================================================= geometry
def homography(src, dst):
    A = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    A = np.array(A, np.float64)
    _, _, vt = np.linalg.svd(A)
    H = vt[-1].reshape(3, 3)
    return H / H[2, 2]


def apply_h(H, pts):
    p = np.concatenate([pts, np.ones((len(pts), 1))], 1) @ H.T
    return p[:, :2] / p[:, 2:3]


def quad_from(cx, cy, w, h, angle_deg=0.0, persp=(0.0, 0.0), rng=None, jitter=0.0):
    """Quad (TL, TR, BR, BL) for a rectangle of size w x h centred at cx, cy, rotated,
    with a simple perspective (persp=(kx, ky): relative shrink of the right / bottom edge)."""
    kx, ky = persp
    pts = np.array([[-w / 2, -h / 2 * (1 + kx / 2)], [w / 2, -h / 2 * (1 - kx / 2)], [w / 2, h / 2 * (1 - kx / 2)], [-w / 2, h / 2 * (1 + kx / 2)]])
    pts[:, 0] *= np.array([1 + ky / 2, 1 + ky / 2, 1 - ky / 2, 1 - ky / 2])
    if rng is not None and jitter:
        pts += np.array([[rng.uniform(-jitter, jitter) * w, rng.uniform(-jitter, jitter) * h] for _ in range(4)])
    a = math.radians(angle_deg)
    R = np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    return pts @ R.T + np.array([cx, cy])


def bend_flat(fl, amp, mode="arc"):
    """Curved surface: shift each column vertically by amp*f(x). Returns a new Flat (taller by |amp|)."""
    w, h = fl.w, fl.h
    x = np.arange(w)
    u = 2 * x / max(1, w - 1) - 1
    off = amp * (1 - u * u) if mode == "arc" else amp * np.sin(np.pi * u)
    off = off - off.min()
    H2 = h + int(math.ceil(off.max())) + 1
    src = np.asarray(fl.img)
    out = np.zeros((H2, w, 4), np.uint8)
    oi = np.floor(off).astype(int)
    fr = (off - oi)[None, :, None]
    yy = np.arange(H2)[:, None] - oi[None, :]
    valid0 = (yy >= 0) & (yy < h)
    valid1 = (yy - 1 >= 0) & (yy - 1 < h)
    a0 = np.where(valid0[..., None], src[np.clip(yy, 0, h - 1), x[None, :]], 0).astype(np.float32)
    a1 = np.where(valid1[..., None], src[np.clip(yy - 1, 0, h - 1), x[None, :]], 0).astype(np.float32)
    out = (a0 * (1 - fr) + a1 * fr).round().astype(np.uint8)
    nf = Flat(w, H2, Image.fromarray(out, "RGBA"))

    def mp(p):
        xx = np.clip(p[:, 0], 0, w)
        uu = 2 * xx / max(1, w - 1) - 1
        o = amp * (1 - uu * uu) if mode == "arc" else amp * np.sin(np.pi * uu)
        o = o - (amp * (1 - u * u) if mode == "arc" else amp * np.sin(np.pi * u)).min()
        return np.stack([p[:, 0], p[:, 1] + o], 1)

    for k, t, p in fl.leaks:
        # densify along x so the curve's extremes are captured
        nf.leaks.append([k, t, mp(_densify(p))])
    for pl, p in fl.qrs:
        nf.qrs.append([pl, mp(p)])
    return nf


def _densify(p):
    x0, y0 = p.min(0)
    x1, y1 = p.max(0)
    xs = np.linspace(x0, x1, 24)
    extra = np.concatenate([np.stack([xs, np.full(24, y0)], 1), np.stack([xs, np.full(24, y1)], 1)])
    # only keep as many as needed: the true ink extremes plus the box edge samples are an upper bound
    return np.concatenate([p, extra])


class Photo:
    """Final canvas (RGB) onto which flats are placed by perspective."""

    def __init__(self, bg):
        self.img = bg.convert("RGB")
        self.W, self.H = self.img.size
        self.leaks = []
        self.qrs = []

    def place(self, fl, quad, shadow=0.35, shadow_off=(0.012, 0.018), blur_r=None, light=None):
        quad = np.asarray(quad, np.float64)
        src = np.array([[0, 0], [fl.w, 0], [fl.w, fl.h], [0, fl.h]], np.float64)
        H = homography(src, quad)
        x0, y0 = np.floor(quad.min(0)).astype(int) - 2
        x1, y1 = np.ceil(quad.max(0)).astype(int) + 2
        T = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], np.float64)
        Hi = np.linalg.inv(T @ H)
        Hi = Hi / Hi[2, 2]
        ow, oh = int(x1 - x0), int(y1 - y0)
        warped = fl.img.transform((ow, oh), Image.PERSPECTIVE, tuple(Hi.flatten()[:8]), resample=Image.BICUBIC)
        alpha = warped.getchannel("A")
        if light is not None:
            warped = Image.fromarray((np.asarray(warped.convert("RGB"), np.float32) * light).clip(0, 255).astype(np.uint8)).convert("RGBA")
            warped.putalpha(alpha)
        if shadow:
            diag = math.hypot(ow, oh)
            sr = max(2, int(diag * 0.012))
            sh = alpha.filter(ImageFilter.BoxBlur(sr)).point(lambda v: int(v * shadow))
            dx, dy = int(diag * shadow_off[0]), int(diag * shadow_off[1])
            self.img.paste((0, 0, 0), (x0 + dx, y0 + dy), sh)
        self.img.paste(warped.convert("RGB"), (x0, y0), alpha)
        for k, t, p in fl.leaks:
            self.leaks.append([k, t, apply_h(H, p)])
        for pl, p in fl.qrs:
            self.qrs.append([pl, apply_h(H, p)])
        return H

    def flat_on(self, fl, x=0, y=0):
        self.place(fl, [[x, y], [x + fl.w, y], [x + fl.w, y + fl.h], [x, y + fl.h]], shadow=0)

    def text(self, *a, **k):
        """Draw directly on the photo (via a temporary RGBA Flat view)."""
        fl = Flat(self.W, self.H, self.img)
        r = fl.text(*a, **k)
        self.img = fl.img.convert("RGB")
        self.leaks += fl.leaks
        return r


# ================================================================= textures
def smooth_noise(rng_np, w, h, scale, octaves=3):
    acc = np.zeros((h, w), np.float32)
    amp, tot = 1.0, 0.0
    for o in range(octaves):
        sw, sh = max(2, int(w / scale * 2 ** o)), max(2, int(h / scale * 2 ** o))
        small = rng_np.standard_normal((sh, sw)).astype(np.float32)
        im = Image.fromarray(small, "F").resize((w, h), Image.BICUBIC)
        acc += np.asarray(im) * amp
        tot += amp
        amp *= 0.5
    return acc / tot


def texture(rng, rng_np, kind, w, h, base=None):
    """Return an RGB Image texture of kind: wood, fabric, table, wall, cork, grass, asphalt, steel, carpet, brick, sky."""
    sw, sh = max(8, w // 4), max(8, h // 4)
    if kind == "wood":
        base = base or rng.choice([(150, 105, 65), (190, 150, 105), (120, 80, 50), (205, 175, 135)])
        n = smooth_noise(rng_np, sw, sh, 60, 3)
        yy = np.arange(sh, dtype=np.float32)[:, None]
        g = np.sin((yy / sh * rng.uniform(20, 45) + n * 3.0) * 2 * np.pi) * 0.5 + 0.5
        fine = smooth_noise(rng_np, sw, sh, 3, 1)
        v = 0.82 + 0.14 * g + 0.05 * fine
        arr = np.stack([v * base[0], v * base[1], v * base[2]], -1)
    elif kind == "fabric":
        base = base or rng.choice([(40, 60, 120), (170, 40, 50), (50, 110, 70), (220, 220, 215), (30, 30, 35), (240, 200, 60)])
        xx = np.arange(w, dtype=np.float32)[None, :]
        yy = np.arange(h, dtype=np.float32)[:, None]
        p = rng.uniform(3, 6)
        weave = (np.sin(xx * 2 * np.pi / p) * np.sin(yy * 2 * np.pi / p)) * 0.06
        n = smooth_noise(rng_np, w // 8 + 2, h // 8 + 2, 30, 2)
        n = np.asarray(Image.fromarray(n, "F").resize((w, h), Image.BICUBIC))
        v = 0.92 + weave + 0.06 * n
        arr = np.stack([v * base[0], v * base[1], v * base[2]], -1)
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    elif kind in ("table", "wall", "steel", "carpet", "asphalt", "grass", "cork", "paper_bg"):
        bases = {"table": [(225, 222, 215), (90, 92, 96), (200, 205, 210), (240, 238, 230)],
                 "wall": [(236, 230, 214), (210, 220, 228), (245, 245, 240), (224, 205, 190)],
                 "steel": [(205, 208, 210), (235, 235, 232)], "carpet": [(120, 115, 120), (150, 80, 70), (80, 100, 130)],
                 "asphalt": [(85, 85, 88)], "grass": [(70, 120, 50), (95, 140, 60)], "cork": [(190, 145, 95)],
                 "paper_bg": [(250, 249, 245)]}
        base = base or rng.choice(bases[kind])
        n = smooth_noise(rng_np, sw, sh, {"table": 40, "wall": 80, "steel": 100, "carpet": 4, "asphalt": 3, "grass": 5, "cork": 2, "paper_bg": 60}[kind], 3)
        amp = {"table": 0.05, "wall": 0.04, "steel": 0.05, "carpet": 0.18, "asphalt": 0.2, "grass": 0.25, "cork": 0.22, "paper_bg": 0.02}[kind]
        v = 1 + amp * n
        if kind == "steel":
            streak = smooth_noise(rng_np, 4, sh, 1, 1)[:, :1]
            v = v + 0.04 * np.repeat(streak, sw, 1)
        arr = np.stack([v * base[0], v * base[1], v * base[2]], -1)
        if kind == "cork":
            sp = rng_np.random((sh, sw)) < 0.08
            arr[sp] *= 0.7
    elif kind == "brick":
        base = base or rng.choice([(160, 70, 50), (180, 110, 80), (140, 60, 45)])
        im = Image.new("RGB", (sw, sh), (200, 195, 185))
        d = ImageDraw.Draw(im)
        bh = max(4, sh // rng.randint(14, 24))
        bw = bh * 3
        for r_ in range(0, sh // bh + 1):
            off = (r_ % 2) * bw // 2
            for c_ in range(-1, sw // bw + 2):
                t = rng.uniform(0.85, 1.1)
                d.rectangle([c_ * bw + off + 1, r_ * bh + 1, c_ * bw + off + bw - 1, r_ * bh + bh - 1], fill=mix((0, 0, 0), base, t))
        arr = np.asarray(im, np.float32) * (1 + 0.06 * smooth_noise(rng_np, sw, sh, 3, 1))[..., None]
    elif kind == "sky":
        top = rng.choice([(110, 160, 220), (150, 180, 210), (180, 190, 200)])
        bot = mix(top, (235, 240, 245), 0.7)
        t = np.linspace(0, 1, sh, dtype=np.float32)[:, None, None]
        arr = np.array(top, np.float32) * (1 - t) + np.array(bot, np.float32) * t
        arr = np.repeat(arr, sw, 1)
    else:
        raise ValueError(kind)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return im.resize((w, h), Image.BICUBIC)


def paper(rng, rng_np, w, h, tone=None, lined=False, grid=False):
    tone = tone or rng.choice([(252, 251, 247), (248, 246, 238), (255, 255, 255), (246, 243, 232), (250, 248, 240)])
    n = smooth_noise(rng_np, max(4, w // 6), max(4, h // 6), 30, 2)
    v = 1 + 0.012 * n
    arr = np.stack([v * tone[0], v * tone[1], v * tone[2]], -1).clip(0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB").resize((w, h), Image.BICUBIC).convert("RGBA")
    if lined or grid:
        d = ImageDraw.Draw(im)
        step = max(12, h // 32)
        for y in range(step * 3, h, step):
            d.line([(0, y), (w, y)], fill=(170, 195, 225, 255), width=max(1, step // 20))
        if grid:
            for x in range(step, w, step):
                d.line([(x, 0), (x, h)], fill=(190, 210, 230, 255), width=1)
        if lined:
            d.line([(int(w * 0.12), 0), (int(w * 0.12), h)], fill=(230, 140, 140, 255), width=max(1, step // 15))
    return im


# ================================================================= camera effects
def light_field(rng, rng_np, w, h, strength=0.25, small=True):
    """Low-frequency gain field (uneven light + vignette), computed at 1/8 resolution."""
    sw, sh = max(8, w // 8), max(8, h // 8)
    gx, gy = rng.randint(2, 4), rng.randint(2, 4)
    g = (1 - strength / 2 + strength * rng_np.random((gy, gx))).astype(np.float32)
    lf = np.asarray(Image.fromarray(g, "F").resize((sw, sh), Image.BICUBIC))
    yy = np.linspace(-1, 1, sh, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, sw, dtype=np.float32)[None, :]
    vig = 1 - rng.uniform(0.05, 0.3) * (xx * xx + yy * yy) / 2
    return lf * vig


def camera(img, rng, rng_np, blur=(0.4, 1.4), noise=(2.0, 6.0), light=0.3, cast=True):
    """Photo look: uneven light, vignette, colour cast, blur, sensor noise (luma full-res, chroma half-res).
    Implemented with Pillow image maths on uint8 for speed on 12-megapixel frames."""
    from PIL import ImageChops
    w, h = img.size
    b = rng.uniform(*blur)
    if b > 0.15:
        img = img.filter(ImageFilter.BoxBlur(b * 0.9))
    c = np.array([rng.uniform(0.94, 1.06), rng.uniform(0.96, 1.04), rng.uniform(0.92, 1.06)] if cast else [1, 1, 1], np.float32)
    lf = light_field(rng, rng_np, w, h, light) if light else np.ones((max(8, h // 8), max(8, w // 8)), np.float32)
    g = lf[..., None] * c
    g = g / max(1.0, float(g.max()))  # multiply can only darken: normalise the brightest spot to 1
    gi = Image.fromarray((g * 255).round().clip(0, 255).astype(np.uint8), "RGB").resize((w, h), Image.BILINEAR)
    img = ImageChops.multiply(img, gi)
    if light:  # restore overall brightness lost by normalising
        m = float(g.mean())
        if m < 0.97:
            img = img.point(lambda v: min(255, int(v / (0.5 + 0.5 * m) + 0.5)))
    s = rng.uniform(*noise)
    if s > 0:
        nz = rng_np.standard_normal((h, w), dtype=np.float32)
        nz *= s
        nz += 128
        nzi = Image.fromarray(nz.clip(0, 255).astype(np.uint8), "L").convert("RGB")
        img = ImageChops.add(img, nzi, scale=1.0, offset=-128)
        ch = rng_np.standard_normal(((h + 1) // 2, (w + 1) // 2, 3), dtype=np.float32)
        ch *= s * 0.4
        ch += 128
        chi = Image.fromarray(ch.clip(0, 255).astype(np.uint8), "RGB").resize((w, h), Image.NEAREST)
        img = ImageChops.add(img, chi, scale=1.0, offset=-128)
    return img


def scanner(img, rng, rng_np):
    w, h = img.size
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    arr = np.asarray(img, np.float32)
    arr = 255 - (255 - arr) * rng.uniform(0.85, 1.0)  # slightly washed
    arr += rng_np.standard_normal((h, w), dtype=np.float32)[..., None] * rng.uniform(1.0, 3.0)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")


# ================================================================= finalisation
def finalize_boxes(leaks, W, H):
    out = []
    for k, t, p in leaks:
        x0, y0 = np.floor(p.min(0)).astype(int)
        x1, y1 = np.ceil(p.max(0)).astype(int)
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        x1, y1 = min(W, int(x1)), min(H, int(y1))
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        out.append({"kind": k, "text": t, "box": [x0, y0, x1 - x0, y1 - y0]})
    return out


def qr_boxes(qrs, W, H):
    out = []
    for pl, p in qrs:
        x0, y0 = np.floor(p.min(0)).astype(int)
        x1, y1 = np.ceil(p.max(0)).astype(int)
        x0, y0, x1, y1 = max(0, int(x0)), max(0, int(y0)), min(W, int(x1)), min(H, int(y1))
        out.append({"payload": pl, "box": [x0, y0, x1 - x0, y1 - y0]})
    return out


class Ctx:
    """Per-image context handed to scene functions."""

    def __init__(self, idx, scene, size, rng, rng_np, n_leaks):
        self.idx, self.scene, self.size = idx, scene, size
        self.rng, self.np = rng, rng_np
        self.n = n_leaks  # target number of leaks (0 for clean)
