"""Drawing primitives that remember where every leak's ink lands, through any warp."""
import math
import re

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf", "sansi": "dejavu/DejaVuSans-Oblique.ttf",
    "sansl": "dejavu/DejaVuSans-ExtraLight.ttf", "cond": "dejavu/DejaVuSansCondensed.ttf", "condb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serifb": "dejavu/DejaVuSerif-Bold.ttf", "serifi": "dejavu/DejaVuSerif-Italic.ttf",
    "serifbi": "dejavu/DejaVuSerif-BoldItalic.ttf", "mono": "dejavu/DejaVuSansMono.ttf", "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "free": "freefont/FreeSans.ttf", "freeb": "freefont/FreeSansBold.ttf", "freeo": "freefont/FreeSansOblique.ttf",
    "freeserif": "freefont/FreeSerif.ttf", "freeserifb": "freefont/FreeSerifBold.ttf", "freeserifi": "freefont/FreeSerifItalic.ttf",
    "freeserifbi": "freefont/FreeSerifBoldItalic.ttf", "freemono": "freefont/FreeMono.ttf", "freemonob": "freefont/FreeMonoBold.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf", "libb": "liberation/LiberationSans-Bold.ttf", "libi": "liberation/LiberationSans-Italic.ttf",
    "libbi": "liberation/LiberationSans-BoldItalic.ttf", "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "liberation/LiberationSansNarrow-Bold.ttf", "libserif": "liberation/LiberationSerif-Regular.ttf",
    "libserifb": "liberation/LiberationSerif-Bold.ttf", "libserifi": "liberation/LiberationSerif-Italic.ttf",
    "libmono": "liberation/LiberationMono-Regular.ttf", "libmonob": "liberation/LiberationMono-Bold.ttf",
}
UI_FONTS = ["sans", "lib", "free", "cond", "narrow"]
UI_BOLD = {"sans": "sansb", "lib": "libb", "free": "freeb", "cond": "condb", "narrow": "narrowb"}
HAND_FONTS = ["freeserifi", "serifi", "libserifi", "freeserifbi", "serifbi", "libbi", "freeo", "sansi"]
MARKER_FONTS = ["sansb", "libb", "freeb", "condb", "narrowb", "libbi", "serifb"]
PRINT_FONTS = ["serif", "libserif", "freeserif", "sans", "lib", "free", "cond"]
_fc = {}


def F(name, size):
    key = (name, int(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FONT_DIR + FONTS[name], max(6, int(size)))
    return _fc[key]


def bold_of(name):
    return {"sans": "sansb", "lib": "libb", "free": "freeb", "cond": "condb", "narrow": "narrowb", "serif": "serifb",
            "libserif": "libserifb", "freeserif": "freeserifb", "mono": "monob", "libmono": "libmonob",
            "freemono": "freemonob"}.get(name, name)


def ink_points(mask_arr, ox, oy, thr=90):
    """Outline pixel corners of ink in a mask, offset into canvas coords."""
    ys, xs = np.nonzero(mask_arr >= thr)
    if len(xs) == 0:
        return np.zeros((0, 2))
    pts = []
    for axis_vals, other, is_row in ((ys, xs, True), (xs, ys, False)):
        order = np.lexsort((other, axis_vals))
        a, o = axis_vals[order], other[order]
        first = np.r_[True, a[1:] != a[:-1]]
        last = np.r_[a[1:] != a[:-1], True]
        for sel, off in ((first, 0), (last, 1)):
            if is_row:
                px, py = o[sel] + off, a[sel]
                pts.append(np.c_[px, py]); pts.append(np.c_[px, py + 1])
            else:
                px, py = a[sel], o[sel] + off
                pts.append(np.c_[px, py]); pts.append(np.c_[px + 1, py])
    p = np.vstack(pts).astype(np.float64)
    p[:, 0] += ox
    p[:, 1] += oy
    return p


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


def rot_quad(cx, cy, w, h, deg):
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    out = []
    for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        out.append((cx + dx * c - dy * s, cy + dx * s + dy * c))
    return out


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        if len(bg) == 3:
            bg = tuple(bg) + (255,)
        self.img = Image.new("RGBA", (int(w), int(h)), tuple(bg))
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []   # dict(kind, text, pts)
        self.qrs = []     # dict(payload, pts)

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    def redraw(self):
        self.d = ImageDraw.Draw(self.img)

    # ---------------- text ----------------
    def text(self, x, y, s, font, fill, kind=None, anchor="la", track=False):
        """Draw s. Returns layout bbox. If kind, records a leak with ink points."""
        if kind or track:
            bb = self.d.textbbox((x, y), s, font=font, anchor=anchor)
            pad = 4
            x0, y0 = int(math.floor(bb[0])) - pad, int(math.floor(bb[1])) - pad
            mw, mh = int(math.ceil(bb[2])) + pad - x0, int(math.ceil(bb[3])) + pad - y0
            m = Image.new("L", (max(1, mw), max(1, mh)), 0)
            ImageDraw.Draw(m).text((x - x0, y - y0), s, font=font, fill=255, anchor=anchor)
            pts = ink_points(np.asarray(m), x0, y0)
            self.d.text((x, y), s, font=font, fill=fill, anchor=anchor)
            if kind:
                self.leaks.append({"kind": kind, "text": s, "pts": pts})
            return bb if not track else (bb, pts)
        self.d.text((x, y), s, font=font, fill=fill, anchor=anchor)
        return self.d.textbbox((x, y), s, font=font, anchor=anchor)

    def block(self, x, y, lines, font, fill, kind, line_h=None, anchor="la"):
        """Multi-line leak (e.g. an address): one leak, text joined with newlines."""
        line_h = line_h or font.size * 1.25
        allp = []
        for i, ln in enumerate(lines):
            _, p = self.text(x, y + i * line_h, ln, font, fill, anchor=anchor, track=True)
            allp.append(p)
        if kind:
            self.leaks.append({"kind": kind, "text": "\n".join(lines), "pts": np.vstack(allp)})
        return y + len(lines) * line_h

    def runs(self, x, y, runs, font, fill, fills=None):
        """Sequential pieces [(text, kind|None)] on one line. Returns end x."""
        for i, (s, k) in enumerate(runs):
            f = fills[i] if fills else fill
            self.text(x, y, s, font, f, kind=k)
            x += font.getlength(s)
        return x

    def add_leak(self, kind, text, pts):
        self.leaks.append({"kind": kind, "text": text, "pts": np.asarray(pts, float)})

    # ---------------- shapes ----------------
    def rrect(self, box, r, fill=None, outline=None, width=1):
        self.d.rounded_rectangle([int(v) for v in box], radius=int(r), fill=fill, outline=outline, width=int(width))

    def avatar(self, cx, cy, r, initials, color, font_name="sansb", txt=(255, 255, 255)):
        self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=color)
        self.d.text((cx, cy), initials, font=F(font_name, r * 0.8), fill=txt, anchor="mm")

    def photo_slot(self, box, color=(200, 200, 205)):
        x0, y0, x1, y1 = [int(v) for v in box]
        self.d.rectangle([x0, y0, x1, y1], fill=color)
        c2 = tuple(max(0, c - 40) for c in color[:3])
        w = x1 - x0
        self.d.ellipse([x0 + w * 0.3, y0 + (y1 - y0) * 0.18, x1 - w * 0.3, y0 + (y1 - y0) * 0.18 + w * 0.4], fill=c2)
        self.d.rectangle([x0 + w * 0.18, y1 - (y1 - y0) * 0.32, x1 - w * 0.18, y1], fill=c2)

    # ---------------- QR ----------------
    def qr(self, payload, x, y, module, leaks=(), dark=(0, 0, 0, 255), light=(255, 255, 255, 255), border=4, error="m"):
        q = segno.make(payload, error=error, micro=False)
        mat = [list(r) for r in q.matrix]
        n = len(mat)
        size = (n + 2 * border) * module
        x, y = int(x), int(y)
        self.d.rectangle([x, y, x + size - 1, y + size - 1], fill=light)
        for r, row in enumerate(mat):
            for c, v in enumerate(row):
                if v:
                    px, py = x + (c + border) * module, y + (r + border) * module
                    self.d.rectangle([px, py, px + module - 1, py + module - 1], fill=dark)
        s0, s1 = border * module, (border + n) * module
        pts = np.array([[x + s0, y + s0], [x + s1, y + s0], [x + s1, y + s1], [x + s0, y + s1]], float)
        self.qrs.append({"payload": payload, "pts": pts})
        for kind, text in leaks:
            self.leaks.append({"kind": kind, "text": text, "pts": pts.copy()})
        return size

    @staticmethod
    def qr_size(payload, module, border=4, error="m"):
        q = segno.make(payload, error=error, micro=False)
        return (q.symbol_size(scale=1, border=0)[0] + 2 * border) * module

    # ---------------- compositing ----------------
    def place(self, child, quad, shadow=0.0, resample=Image.BICUBIC):
        """Warp child canvas onto quad (tl, tr, br, bl) of self, carrying its leaks and QRs."""
        quad = [(float(a), float(b)) for a, b in quad]
        src = [(0, 0), (child.w, 0), (child.w, child.h), (0, child.h)]
        e = lambda p, q: math.hypot(p[0] - q[0], p[1] - q[1])
        sc = min(e(quad[0], quad[1]) / child.w, e(quad[3], quad[2]) / child.w,
                 e(quad[0], quad[3]) / child.h, e(quad[1], quad[2]) / child.h)
        cimg, cscale = child.img, 1.0
        if sc < 0.8:
            cscale = min(1.0, sc * 1.15)
            cimg = child.img.resize((max(1, round(child.w * cscale)), max(1, round(child.h * cscale))), Image.LANCZOS)
            src = [(0, 0), (cimg.width, 0), (cimg.width, cimg.height), (0, cimg.height)]
            cscale = cimg.width / child.w
        H = homography(src, quad)
        Hi = np.linalg.inv(H)
        xs = [p[0] for p in quad]; ys = [p[1] for p in quad]
        x0, y0 = max(0, int(math.floor(min(xs))) - 2), max(0, int(math.floor(min(ys))) - 2)
        x1, y1 = min(self.w, int(math.ceil(max(xs))) + 2), min(self.h, int(math.ceil(max(ys))) + 2)
        if x1 <= x0 or y1 <= y0:
            return
        T = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], float)
        M = Hi @ T
        M = M / M[2, 2]
        coeffs = tuple(M.flatten()[:8])
        warped = cimg.transform((x1 - x0, y1 - y0), Image.PERSPECTIVE, coeffs, resample)
        if shadow > 0:
            self.shadow_from(warped, x0, y0, shadow)
        self.img.alpha_composite(warped, (x0, y0))
        Hs = H @ np.diag([cscale, cscale, 1.0])
        for lk in child.leaks:
            self.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": apply_h(Hs, lk["pts"])})
        for q in child.qrs:
            self.qrs.append({"payload": q["payload"], "pts": apply_h(Hs, q["pts"])})

    def paste(self, child, x, y):
        self.place(child, [(x, y), (x + child.w, y), (x + child.w, y + child.h), (x, y + child.h)])

    def shadow_from(self, warped, x0, y0, strength):
        size = max(warped.size)
        blur = max(3, size * 0.015)
        dx, dy = int(size * 0.012), int(size * 0.018)
        m = int(blur * 3) + 2
        A = warped.getchannel("A").point(lambda v: int(v * strength))
        L = Image.new("L", (warped.width + 2 * m, warped.height + 2 * m), 0)
        L.paste(A, (m, m))
        L = L.filter(ImageFilter.GaussianBlur(blur))
        ox, oy = x0 - m + dx, y0 - m + dy
        black = Image.new("RGBA", L.size, (0, 0, 0, 255))
        black.putalpha(L)
        cx0, cy0 = max(0, ox), max(0, oy)
        cx1, cy1 = min(self.w, ox + L.width), min(self.h, oy + L.height)
        if cx1 > cx0 and cy1 > cy0:
            self.img.alpha_composite(black.crop((cx0 - ox, cy0 - oy, cx1 - ox, cy1 - oy)), (cx0, cy0))

    def shadow(self, quad, strength, blur=None, off=(0.01, 0.015)):
        xs = [p[0] for p in quad]; ys = [p[1] for p in quad]
        size = max(max(xs) - min(xs), max(ys) - min(ys))
        blur = blur or max(3, size * 0.02)
        dx, dy = size * off[0], size * off[1]
        m = int(blur * 3 + max(abs(dx), abs(dy))) + 2
        x0, y0 = int(min(xs)) - m, int(min(ys)) - m
        w, h = int(max(xs) - min(xs)) + 2 * m, int(max(ys) - min(ys)) + 2 * m
        L = Image.new("L", (w, h), 0)
        ImageDraw.Draw(L).polygon([(p[0] - x0 + dx, p[1] - y0 + dy) for p in quad], fill=int(255 * strength))
        L = L.filter(ImageFilter.GaussianBlur(blur))
        black = Image.new("RGBA", (w, h), (0, 0, 0, 255))
        black.putalpha(L)
        cx0, cy0 = max(0, x0), max(0, y0)
        cx1, cy1 = min(self.w, x0 + w), min(self.h, y0 + h)
        if cx1 > cx0 and cy1 > cy0:
            part = black.crop((cx0 - x0, cy0 - y0, cx1 - x0, cy1 - y0))
            self.img.alpha_composite(part, (cx0, cy0))

    def rgb(self, bg=(255, 255, 255)):
        base = Image.new("RGBA", self.img.size, tuple(bg) + (255,))
        base.alpha_composite(self.img)
        return base.convert("RGB")


def _bilinear(arr, xi, yi):
    h, w, c = arr.shape
    xi = xi.astype(np.float32); yi = yi.astype(np.float32)
    valid = (xi >= 0) & (xi <= w - 1) & (yi >= 0) & (yi <= h - 1)
    x0 = np.clip(np.floor(xi), 0, w - 2).astype(np.int32); y0 = np.clip(np.floor(yi), 0, h - 2).astype(np.int32)
    fx = np.clip(xi - x0, 0, 1)[..., None]; fy = np.clip(yi - y0, 0, 1)[..., None]
    flat = arr.reshape(-1, c)
    i00 = y0 * w + x0
    a00 = flat[i00].astype(np.float32); a01 = flat[i00 + 1].astype(np.float32)
    top = a00 + (a01 - a00) * fx
    a10 = flat[i00 + w].astype(np.float32); a11 = flat[i00 + w + 1].astype(np.float32)
    bot = a10 + (a11 - a10) * fx
    out = top + (bot - top) * fy
    out[~valid] = 0
    return out


def warp_generic(child, out_w, out_h, inv_fn, fwd_fn, shade_fn=None):
    """inv_fn(xo, yo)->(xi, yi) arrays; fwd_fn(pts)->pts. Returns a new Canvas."""
    yo, xo = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    xi, yi = inv_fn(xo + 0.5, yo + 0.5)
    arr = np.asarray(child.img)
    out = _bilinear(arr, xi - 0.5, yi - 0.5)
    if shade_fn is not None:
        out[..., :3] *= shade_fn(xo, yo)[..., None]
    c = Canvas(out_w, out_h, (0, 0, 0, 0))
    c.img = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGBA")
    c.redraw()
    for lk in child.leaks:
        c.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": fwd_fn(lk["pts"])})
    for q in child.qrs:
        c.qrs.append({"payload": q["payload"], "pts": fwd_fn(q["pts"])})
    return c


def cylinder(child, max_theta=0.9, bow=0.04, shade=0.35):
    """Wrap a label around a cylinder seen from the front (bottles, cups, cake sides)."""
    W, Hh = child.w, child.h
    R = W / (2 * max_theta)
    ow = int(math.ceil(2 * R * math.sin(max_theta)))
    b = bow * Hh
    oh = int(math.ceil(Hh + abs(b) * 1.2)) + 2
    yoff = max(0.0, -b) + 1

    def inv(xo, yo):
        s = np.clip((xo - ow / 2) / R, -1, 1)
        th = np.arcsin(s)
        xi = W / 2 + R * th
        yi = yo - yoff - b * (1 - np.cos(th))
        xi = np.where(np.abs(th) > max_theta, -10, xi)
        return xi, yi

    def fwd(p):
        th = (p[:, 0] - W / 2) / R
        return np.c_[ow / 2 + R * np.sin(th), p[:, 1] + yoff + b * (1 - np.cos(th))]

    def sh(xo, yo):
        s = np.clip((xo - ow / 2) / R, -1, 1)
        return 1 - shade * (1 - np.sqrt(1 - s * s))

    return warp_generic(child, ow, oh, inv, fwd, sh)


def sag(child, amount):
    """Vertical sag of a hanging banner: y += amount * (1 - (2x/W-1)^2)."""
    W, Hh = child.w, child.h
    oh = int(Hh + abs(amount)) + 2
    yoff = max(0.0, -amount) + 1

    def f(x):
        u = 2 * x / W - 1
        return amount * (1 - u * u)

    return warp_generic(child, W, oh, lambda xo, yo: (xo, yo - yoff - f(xo)),
                        lambda p: np.c_[p[:, 0], p[:, 1] + yoff + f(p[:, 0])])


# ---------------- word wrapping with leak runs ----------------
def tokenize(runs):
    toks, pend = [], False
    for s, k in runs:
        if k:
            toks.append((s, k, pend or not toks))
            pend = False
        else:
            for m in re.finditer(r"(\s*)(\S+)", s):
                toks.append((m.group(2), None, bool(m.group(1)) or pend))
                pend = False
            if s and s[-1].isspace():
                pend = True
    return toks


def layout(runs, font, width):
    toks = tokenize(runs)
    sp = font.getlength(" ")
    lines, cur, x = [], [], 0.0
    for t, k, s in toks:
        tw = font.getlength(t)
        gap = sp if (s and cur) else 0
        if cur and x + gap + tw > width and s:
            lines.append((cur, x)); cur, x, gap = [], 0.0, 0
        cur.append((x + gap, t, k))
        x += gap + tw
    if cur:
        lines.append((cur, x))
    return lines


def draw_layout(cv, x, y, lines, font, fill, line_h, leak_fill=None):
    for i, (items, _) in enumerate(lines):
        for ox, t, k in items:
            cv.text(x + ox, y + i * line_h, t, font, leak_fill if (k and leak_fill) else fill, kind=k)
    return y + len(lines) * line_h


# ---------------- photo finishing ----------------
def smooth_field(rng, w, h, lo, hi, cells=4):
    small = rng.uniform(lo, hi, size=(cells, cells)).astype(np.float32)
    im = Image.fromarray(small, "F").resize((w, h), Image.BICUBIC)
    return np.asarray(im)


def finish_photo(img, rng, blur=0.0, noise=4.0, light=(0.75, 1.1), contrast=1.0, tint=(1, 1, 1), vignette=0.25):
    w, h = img.size
    if blur > 0.05:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    sw, sh = max(8, w // 16), max(8, h // 16)
    f = smooth_field(rng, sw, sh, light[0], light[1], cells=3)
    if vignette:
        yy, xx = np.ogrid[0:sh, 0:sw]
        r2 = ((xx - sw / 2) / (sw / 2)) ** 2 + ((yy - sh / 2) / (sh / 2)) ** 2
        f = f * (1 - vignette * np.clip(r2 / 2, 0, 1)).astype(np.float32)
    f = np.asarray(Image.fromarray(f.astype(np.float32), "F").resize((w, h), Image.BILINEAR)) * np.float32(contrast)
    a = np.asarray(img).astype(np.float32)
    m = np.float32(a[::8, ::8].mean() * (1 - contrast))
    if noise > 0:
        n = rng.standard_normal((h, w), dtype=np.float32) * np.float32(noise) + m
    else:
        n = np.full((h, w), m, np.float32)
    for ch in range(3):
        a[..., ch] *= f
        a[..., ch] *= np.float32(tint[ch])
        a[..., ch] += n
    np.clip(a, 0, 255, out=a)
    return Image.fromarray(a.astype(np.uint8), "RGB")


def texture(rng, w, h, base, var=18, cells=12, grain=6, stripes=None):
    """Cheap procedural surface (wood, wall, cork, card...). Returns RGBA Canvas."""
    sw, sh = max(4, w // 8), max(4, h // 8)
    lo = (rng.uniform(-var, var, size=(cells, cells, 1)) + rng.uniform(-var * 0.15, var * 0.15, size=(cells, cells, 3))).astype(np.float32)
    f = np.stack([np.asarray(Image.fromarray(lo[..., i], "F").resize((sw, sh), Image.BICUBIC)) for i in range(3)], -1)
    a = np.array(base, np.float32)[None, None, :3] + f
    if stripes:
        period, amp, vertical = stripes
        yy = np.arange(sh if not vertical else sw, dtype=np.float32)
        wave = amp * np.sin(yy / max(1, period / 8) * 2 * np.pi + rng.uniform(0, 6)) * np.sin(yy * 0.37)
        a += (wave[:, None, None] if not vertical else wave[None, :, None])
    a += rng.standard_normal((sh, sw, 1)).astype(np.float32) * grain
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").resize((w, h), Image.BICUBIC).convert("RGBA")
    c = Canvas(w, h)
    c.img = im
    c.redraw()
    return c


def scale_canvas(cv, f):
    c = Canvas(1, 1)
    c.img = cv.img.resize((max(1, round(cv.w * f)), max(1, round(cv.h * f))), Image.LANCZOS)
    c.redraw()
    fx, fy = c.w / cv.w, c.h / cv.h
    for lk in cv.leaks:
        c.leaks.append({"kind": lk["kind"], "text": lk["text"], "pts": lk["pts"] * np.array([fx, fy])})
    for q in cv.qrs:
        c.qrs.append({"payload": q["payload"], "pts": q["pts"] * np.array([fx, fy])})
    return c
