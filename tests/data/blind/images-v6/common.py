"""Drawing helpers: fonts, a Panel that remembers where leaks were drawn,
perspective pasting, QR codes, photo effects and deterministic saving."""
import hashlib
import io
import math
import random

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageEnhance

BICUBIC = Image.Resampling.BICUBIC
BILINEAR = Image.Resampling.BILINEAR
LANCZOS = Image.Resampling.LANCZOS

KINDS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "ORG", "AGE",
         "DATE_OF_BIRTH", "PHONE", "EMAIL", "HANDLE", "URL"}

# --------------------------------------------------------------- fonts
_FD = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "dejavu/DejaVuSans-Oblique.ttf",
    "sans-light": "dejavu/DejaVuSans-ExtraLight.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serif-b": "dejavu/DejaVuSerif-Bold.ttf",
    "serif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf",
    "lsans-b": "liberation/LiberationSans-Bold.ttf",
    "lsans-i": "liberation/LiberationSans-Italic.ttf",
    "lsans-bi": "liberation/LiberationSans-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf",
    "lserif-b": "liberation/LiberationSerif-Bold.ttf",
    "lserif-i": "liberation/LiberationSerif-Italic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf",
    "lmono-b": "liberation/LiberationMono-Bold.ttf",
    "fsans": "freefont/FreeSans.ttf",
    "fsans-b": "freefont/FreeSansBold.ttf",
    "fsans-i": "freefont/FreeSansOblique.ttf",
    "fserif": "freefont/FreeSerif.ttf",
    "fserif-b": "freefont/FreeSerifBold.ttf",
    "fserif-i": "freefont/FreeSerifItalic.ttf",
    "fserif-bi": "freefont/FreeSerifBoldItalic.ttf",
    "fmono": "freefont/FreeMono.ttf",
    "fmono-b": "freefont/FreeMonoBold.ttf",
}
UI_FONTS = ["sans", "lsans", "fsans", "cond"]
UI_BOLD = {"sans": "sans-b", "lsans": "lsans-b", "fsans": "fsans-b", "cond": "cond-b",
           "narrow": "narrow-b", "serif": "serif-b", "lserif": "lserif-b",
           "fserif": "fserif-b", "mono": "mono-b", "lmono": "lmono-b", "fmono": "fmono-b"}
HAND_FONTS = ["sans-i", "lsans-i", "fsans-i", "serif-i", "lserif-i", "fserif-i", "lsans-bi"]
DISPLAY_FONTS = ["sans-b", "lsans-b", "fsans-b", "cond-b", "narrow-b", "serif-b",
                 "lserif-b", "fserif-b", "fserif-bi"]
_cache = {}


def font(name, size):
    key = (name, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(_FD + FONT_FILES[name], int(size),
                                         layout_engine=ImageFont.Layout.BASIC)
    return _cache[key]


def bold(name):
    return UI_BOLD.get(name, name)


# --------------------------------------------------------------- randomness
def seeds(key):
    s = int(hashlib.sha256(key.encode()).hexdigest()[:15], 16)
    return random.Random(s), np.random.default_rng(s)


# --------------------------------------------------------------- geometry
def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def apply_h(H, pts):
    p = np.asarray(pts, float)
    q = np.c_[p, np.ones(len(p))] @ H.T
    return q[:, :2] / q[:, 2:3]


def rect_poly(x, y, w, h):
    return np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], float)


def quad_rot(cx, cy, w, h, angle=0.0, scale=1.0):
    """Corners of a w*h rectangle scaled, rotated by angle (deg, clockwise
    on screen) and centred at (cx, cy)."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        dx *= scale; dy *= scale
        out.append((cx + dx * ca - dy * sa, cy + dx * sa + dy * ca))
    return out


def quad_persp(cx, cy, w, h, angle=0.0, scale=1.0, tilt_x=0.0, tilt_y=0.0, shear=0.0):
    """Perspective-ish quad: tilt_y>0 makes the top edge narrower (paper lying
    on a table), tilt_x>0 makes the right edge shorter, shear slants it."""
    q = quad_rot(0, 0, w, h, 0, scale)
    tl, tr, br, bl = [list(p) for p in q]
    hw, hh = w * scale / 2, h * scale / 2
    tl[0] += hw * tilt_y; tr[0] -= hw * tilt_y
    tr[1] += hh * tilt_x; br[1] -= hh * tilt_x
    tl[0] += shear * hh; tr[0] += shear * hh
    bl[0] -= shear * hh; br[0] -= shear * hh
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in (tl, tr, br, bl)]


# --------------------------------------------------------------- QR
def qr_matrix(payload, error="m"):
    q = segno.make(payload, error=error, micro=False)
    return np.array([list(r) for r in q.matrix], dtype=np.uint8)


# --------------------------------------------------------------- panel
class Panel:
    def __init__(self, w, h, bg=(255, 255, 255, 255), img=None):
        if img is not None:
            self.img = img.convert("RGBA")
        else:
            if len(bg) == 3:
                bg = tuple(bg) + (255,)
            self.img = Image.new("RGBA", (int(w), int(h)), tuple(bg))
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []   # dicts kind, text, poly
        self.qrs = []     # dicts payload, poly

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    # -- leaks
    def leak(self, kind, text, box):
        assert kind in KINDS, kind
        x0, y0, x1, y1 = box
        self.leaks.append({"kind": kind, "text": text, "poly": rect_poly(x0, y0, x1 - x0, y1 - y0)})

    # -- text
    def tsize(self, s, f):
        l, t, r, b = f.getbbox(s)
        return r - l, b - t

    def tlen(self, s, f):
        return f.getlength(s)

    def text(self, xy, s, f, fill, kind=None, anchor=None, stroke=0, stroke_fill=None):
        """Draw one line. anchor None = top-left of the layout box; 'mm' etc
        are translated to an explicit top-left position."""
        x, y = xy
        if anchor:
            l, t, r, b = self.d.textbbox((0, 0), s, font=f)
            ax, ay = anchor[0], anchor[1]
            if ax == "m":
                x -= (l + r) / 2
            elif ax == "r":
                x -= r
            if ay == "m":
                y -= (t + b) / 2
            elif ay == "b":
                y -= b
        self.d.text((x, y), s, font=f, fill=fill, stroke_width=stroke, stroke_fill=stroke_fill)
        bb = self.d.textbbox((x, y), s, font=f, stroke_width=stroke)
        if kind:
            self.leak(kind, s, bb)
        return bb

    def rich(self, xy, segs, f, fill, anchor=None, fills=None, stroke=0, stroke_fill=None):
        """segs: list of (text, kind or None[, colour]). Draws them on one
        line and records each kind segment with its own box."""
        segs = [tuple(s) for s in segs]
        full = "".join(s[0] for s in segs)
        x, y = xy
        if anchor:
            l, t, r, b = self.d.textbbox((0, 0), full, font=f)
            if anchor[0] == "m":
                x -= (l + r) / 2
            elif anchor[0] == "r":
                x -= r
            if anchor[1] == "m":
                y -= (t + b) / 2
            elif anchor[1] == "b":
                y -= b
        pre = ""
        boxes = []
        for s in segs:
            t, k = s[0], s[1]
            col = s[2] if len(s) > 2 and s[2] is not None else fill
            sx = x + f.getlength(pre)
            if t:
                self.d.text((sx, y), t, font=f, fill=col, stroke_width=stroke, stroke_fill=stroke_fill)
                if k:
                    bb = self.d.textbbox((sx, y), t, font=f, stroke_width=stroke)
                    self.leak(k, t, bb)
            pre += t
        return self.d.textbbox((x, y), full, font=f)

    def wrap(self, segs, f, maxw):
        """Word-wrap segments; kind segments are never split."""
        tokens = []
        for s in segs:
            s = tuple(s)
            if s[1]:
                tokens.append(s)
            else:
                parts = s[0].split(" ")
                for i, p in enumerate(parts):
                    tok = p + (" " if i < len(parts) - 1 else "")
                    if tok:
                        tokens.append((tok, None) + tuple(s[2:]))
        lines, cur = [], []
        for tok in tokens:
            trial = "".join(t[0] for t in cur + [tok]).rstrip()
            if cur and f.getlength(trial) > maxw:
                lines.append(cur)
                cur = [tok] if tok[0].strip() else []
            else:
                cur.append(tok)
        if cur:
            lines.append(cur)
        # strip trailing spaces of plain tokens at line ends
        out = []
        for ln in lines:
            ln = list(ln)
            if ln and not ln[-1][1]:
                ln[-1] = (ln[-1][0].rstrip(), None) + tuple(ln[-1][2:])
            out.append(ln)
        return out

    def para(self, xy, segs, f, fill, maxw, lh=None, align="l"):
        lines = self.wrap(segs, f, maxw)
        lh = lh or int(f.size * 1.3)
        x, y = xy
        for i, ln in enumerate(lines):
            if align == "m":
                self.rich((x + maxw / 2, y + i * lh), ln, f, fill, anchor="mt")
            else:
                self.rich((x, y + i * lh), ln, f, fill)
        return len(lines) * lh

    def para_size(self, segs, f, maxw, lh=None):
        lines = self.wrap(segs, f, maxw)
        lh = lh or int(f.size * 1.3)
        w = max((f.getlength("".join(t[0] for t in ln)) for ln in lines), default=0)
        return w, len(lines) * lh

    # -- QR
    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0, 255), light=(255, 255, 255, 255),
           quiet=4, error="m"):
        dark = tuple(dark) + (255,) * (4 - len(dark))
        light = tuple(light) + (255,) * (4 - len(light))
        m = qr_matrix(payload, error)
        n = m.shape[0]
        full = np.zeros((n + 2 * quiet, n + 2 * quiet), np.uint8)
        full[quiet:quiet + n, quiet:quiet + n] = m
        big = np.kron(full, np.ones((module, module), np.uint8))
        rgba = np.where(big[..., None] == 1, np.array(dark, np.uint8), np.array(light, np.uint8))
        im = Image.fromarray(rgba.astype(np.uint8), "RGBA")
        self.img.alpha_composite(im, (int(x), int(y)))
        sx, sy, side = int(x) + quiet * module, int(y) + quiet * module, n * module
        poly = rect_poly(sx, sy, side, side)
        self.qrs.append({"payload": payload, "poly": poly})
        for kind, text in leaks:
            assert text in payload, (text, payload)
            assert kind in KINDS
            self.leaks.append({"kind": kind, "text": text, "poly": poly.copy()})
        return (n + 2 * quiet) * module

    @staticmethod
    def qr_side(payload, module, quiet=4, error="m"):
        return (qr_matrix(payload, error).shape[0] + 2 * quiet) * module

    # -- shapes
    def _blend(self, fn, box, fill, **kw):
        """Draw a translucent shape by compositing an overlay."""
        ov = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        getattr(ImageDraw.Draw(ov), fn)([int(v) for v in box], fill=fill, **kw)
        self.img.alpha_composite(ov)
        self.d = ImageDraw.Draw(self.img)

    def rrect(self, box, r, fill=None, outline=None, width=1):
        if fill is not None and len(fill) == 4 and fill[3] < 255:
            return self._blend("rounded_rectangle", box, fill, radius=int(r))
        self.d.rounded_rectangle([int(v) for v in box], radius=int(r), fill=fill, outline=outline, width=width)

    def rect(self, box, fill=None, outline=None, width=1):
        if fill is not None and len(fill) == 4 and fill[3] < 255:
            return self._blend("rectangle", box, fill)
        self.d.rectangle([int(v) for v in box], fill=fill, outline=outline, width=width)

    def ellipse(self, box, fill=None, outline=None, width=1):
        if fill is not None and len(fill) == 4 and fill[3] < 255:
            return self._blend("ellipse", box, fill)
        self.d.ellipse([int(v) for v in box], fill=fill, outline=outline, width=width)

    def line(self, pts, fill, width=1):
        self.d.line([tuple(p) for p in pts], fill=fill, width=int(width))

    # -- compositing
    def paste(self, child, quad=None, shadow=0, shadow_off=(0, 0), opacity=1.0):
        """Warp child onto this panel so its corners land on quad (tl, tr, br, bl)."""
        if quad is None:
            quad = rect_poly(0, 0, child.w, child.h)
        quad = np.asarray(quad, float)
        src = rect_poly(0, 0, child.w, child.h)
        x0, y0 = np.floor(quad.min(0)).astype(int)
        x1, y1 = np.ceil(quad.max(0)).astype(int)
        size = (int(x1 - x0), int(y1 - y0))
        Hinv = homography(quad - [x0, y0], src)
        coeffs = tuple((Hinv / Hinv[2, 2]).flatten()[:8])
        warped = child.img.convert("RGBa").transform(size, Image.Transform.PERSPECTIVE, coeffs,
                                                       BICUBIC).convert("RGBA")
        if opacity < 1:
            a = warped.getchannel("A").point(lambda v: int(v * opacity))
            warped.putalpha(a)
        if shadow:
            a = warped.getchannel("A")
            pad = int(shadow * 3)
            sh = Image.new("RGBA", (size[0] + 2 * pad, size[1] + 2 * pad), (0, 0, 0, 0))
            sa = Image.new("L", sh.size, 0)
            sa.paste(a.point(lambda v: v * 0.55), (pad, pad))
            sa = sa.filter(ImageFilter.GaussianBlur(shadow))
            sh.putalpha(sa)
            self._composite(sh, x0 - pad + shadow_off[0], y0 - pad + shadow_off[1])
        self._composite(warped, x0, y0)
        H = homography(src, quad)
        for lk in child.leaks:
            self.leaks.append({"kind": lk["kind"], "text": lk["text"], "poly": apply_h(H, lk["poly"])})
        for q in child.qrs:
            self.qrs.append({"payload": q["payload"], "poly": apply_h(H, q["poly"])})

    def _composite(self, im, x, y):
        x, y = int(x), int(y)
        cx0, cy0 = max(0, -x), max(0, -y)
        cx1, cy1 = min(im.width, self.w - x), min(im.height, self.h - y)
        if cx1 <= cx0 or cy1 <= cy0:
            return
        crop = im.crop((cx0, cy0, cx1, cy1))
        self.img.alpha_composite(crop, (x + cx0, y + cy0))
        self.d = ImageDraw.Draw(self.img)

    def resize(self, w, h, resample=LANCZOS):
        sx, sy = w / self.w, h / self.h
        self.img = self.img.resize((w, h), resample)
        self.d = ImageDraw.Draw(self.img)
        for lst in (self.leaks, self.qrs):
            for it in lst:
                it["poly"] = it["poly"] * [sx, sy]

    def rotate90(self, times=1):
        """Rotate the whole panel clockwise by 90 degrees `times` times."""
        for _ in range(times % 4):
            w, h = self.w, self.h
            self.img = self.img.transpose(Image.Transpose.ROTATE_270)
            for lst in (self.leaks, self.qrs):
                for it in lst:
                    p = it["poly"]
                    it["poly"] = np.c_[h - p[:, 1], p[:, 0]]
        self.d = ImageDraw.Draw(self.img)

    def set_img(self, img):
        self.img = img.convert("RGBA")
        self.d = ImageDraw.Draw(self.img)


# --------------------------------------------------------------- effects (RGB)
def add_noise(img, nrng, sigma):
    if sigma <= 0:
        return img
    a = np.asarray(img, np.float32)
    a = a + nrng.standard_normal(a.shape, dtype=np.float32) * sigma
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), img.mode)


def add_mono_noise(img, nrng, sigma):
    if sigma <= 0:
        return img
    a = np.asarray(img, np.float32)
    n = nrng.standard_normal(a.shape[:2], dtype=np.float32)[..., None] * sigma
    return Image.fromarray(np.clip(a + n + 0.5, 0, 255).astype(np.uint8), img.mode)


def vignette(img, strength=0.35):
    w, h = img.size
    sw, sh = max(2, w // 8), max(2, h // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    r = np.sqrt(((xx - sw / 2) / (sw / 2)) ** 2 + ((yy - sh / 2) / (sh / 2)) ** 2) / math.sqrt(2)
    m = (1 - strength * r ** 2).astype(np.float32)
    mi = Image.fromarray(m, "F").resize((w, h), BILINEAR)
    a = np.asarray(img, np.float32) * np.asarray(mi, np.float32)[..., None]
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "RGB")


def light_gradient(img, nrng, strength=0.25):
    """Uneven lighting: a smooth plane of brightness across the photo."""
    w, h = img.size
    gx, gy = nrng.uniform(-1, 1, 2)
    sw, sh = 64, 48
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    g = (xx / sw - 0.5) * gx + (yy / sh - 0.5) * gy
    m = (1 + strength * g).astype(np.float32)
    mi = Image.fromarray(m, "F").resize((w, h), BILINEAR)
    a = np.asarray(img, np.float32) * np.asarray(mi, np.float32)[..., None]
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "RGB")


def color_cast(img, mul):
    a = np.asarray(img, np.float32) * np.array(mul, np.float32)
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "RGB")


def jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=int(q))
    b.seek(0)
    return Image.open(b).convert("RGB")


def photo_finish(img, nrng, blur=0.0, noise=3.0, vig=0.3, light=0.2, cast=None, contrast=1.0,
                 brightness=1.0):
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if light:
        img = light_gradient(img, nrng, light)
    if vig:
        img = vignette(img, vig)
    if cast:
        img = color_cast(img, cast)
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
    if brightness != 1.0:
        img = ImageEnhance.Brightness(img).enhance(brightness)
    if noise:
        img = add_noise(img, nrng, noise)
    return img


# --------------------------------------------------------------- result
class Result:
    def __init__(self, panel, fmt="PNG", quality=90, img=None, clean=None, note=""):
        self.panel = panel
        self.fmt = fmt
        self.quality = quality
        self.img = img if img is not None else panel.img.convert("RGB")
        self.clean = clean


def save_image(img, path, fmt, quality):
    if fmt == "JPEG":
        img.save(path, "JPEG", quality=int(quality), subsampling=2 if quality < 90 else 0)
    elif fmt == "PNG":
        img.save(path, "PNG", compress_level=6)
    elif fmt == "WEBP":
        img.save(path, "WEBP", quality=int(quality), method=4)
    else:
        raise ValueError(fmt)


def poly_box(poly, w, h):
    p = np.asarray(poly, float)
    x0, y0 = p.min(0)
    x1, y1 = p.max(0)
    x0, y0 = max(0.0, x0), max(0.0, y0)
    x1, y1 = min(float(w), x1), min(float(h), y1)
    x0, y0 = int(math.floor(x0)), int(math.floor(y0))
    x1, y1 = int(math.ceil(x1)), int(math.ceil(y1))
    return [x0, y0, max(0, x1 - x0), max(0, y1 - y0)]


def poly_inside_frac(poly, w, h):
    p = np.asarray(poly, float)
    x0, y0 = p.min(0)
    x1, y1 = p.max(0)
    area = max(1e-6, (x1 - x0) * (y1 - y0))
    ix = max(0, min(w, x1) - max(0, x0))
    iy = max(0, min(h, y1) - max(0, y0))
    return ix * iy / area


def fit(name, size, text, maxw):
    """Largest font of `name` not above `size` whose text fits in maxw."""
    f = font(name, size)
    w = f.getlength(text)
    if w <= maxw:
        return f
    return font(name, max(6, int(size * maxw / w)))
