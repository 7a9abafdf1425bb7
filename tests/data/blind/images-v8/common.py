"""Common helpers: fonts, seeded RNG, Scene (drawing with leak tracking),
affine placement, QR/EAN drawing, photo post-processing and saving."""
import hashlib
import io
import math
import random
from functools import lru_cache

import numpy as np
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "freefont/FreeSans.ttf", "sansb": "freefont/FreeSansBold.ttf",
    "sansi": "freefont/FreeSansOblique.ttf", "sansbi": "freefont/FreeSansBoldOblique.ttf",
    "serif": "freefont/FreeSerif.ttf", "serifb": "freefont/FreeSerifBold.ttf",
    "serifi": "freefont/FreeSerifItalic.ttf", "serifbi": "freefont/FreeSerifBoldItalic.ttf",
    "mono": "freefont/FreeMono.ttf", "monob": "freefont/FreeMonoBold.ttf",
    "monoi": "freefont/FreeMonoOblique.ttf",
    "dv": "dejavu/DejaVuSans.ttf", "dvb": "dejavu/DejaVuSans-Bold.ttf",
    "dvo": "dejavu/DejaVuSans-Oblique.ttf", "dvc": "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": "dejavu/DejaVuSansCondensed-Bold.ttf", "dvs": "dejavu/DejaVuSerif.ttf",
    "dvsb": "dejavu/DejaVuSerif-Bold.ttf", "dvsi": "dejavu/DejaVuSerif-Italic.ttf",
    "dvx": "dejavu/DejaVuSans-ExtraLight.ttf", "dvm": "dejavu/DejaVuSansMono.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf", "libb": "liberation/LiberationSans-Bold.ttf",
    "libn": "liberation/LiberationSansNarrow-Bold.ttf", "libsi": "liberation/LiberationSerif-Italic.ttf",
    "libs": "liberation/LiberationSerif-Regular.ttf", "libm": "liberation/LiberationMono-Regular.ttf",
}
HAND = ["sansi", "serifi", "dvo", "libsi", "sansbi", "serifbi", "monoi"]
UI = ["sans", "dv", "lib", "dvc"]
UIB = ["sansb", "dvb", "libb", "dvcb"]
SIGN = ["sansb", "dvb", "libb", "libn", "dvcb", "serifb", "dvsb"]

BIG_SIZES = [(4032, 3024), (3024, 4032), (3000, 2000), (2000, 3000), (4000, 3000)]
# photos as re-sent by messaging apps (downscaled)
PHOTO_SIZES = BIG_SIZES + [(2016, 1512), (1512, 2016), (1600, 1200), (1200, 1600), (2048, 1536)]
SCAN_SIZES = [(1240, 1754), (1654, 2339), (2480, 3508), (2550, 3300)]
SCREEN_SIZES = [(540, 960), (720, 1280), (1080, 1920), (1080, 2400), (1170, 2532)]


@lru_cache(maxsize=4096)
def font(name, size):
    return ImageFont.truetype(FD + FONTS[name], max(6, int(round(size))))


def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def np_rng(rng):
    return np.random.default_rng(rng.getrandbits(63))


# ---------------------------------------------------------------- matrices
def mat(tx=0.0, ty=0.0, angle=0.0, sx=1.0, sy=None, shx=0.0, cx=0.0, cy=0.0):
    """Forward affine: T(tx,ty) R(angle, CCW visually) Shear(shx) S(sx,sy) T(-cx,-cy)."""
    sy = sx if sy is None else sy
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    T1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]], float)
    S = np.array([[sx, 0, 0], [0, sy, 0], [0, 0, 1]], float)
    H = np.array([[1, shx, 0], [0, 1, 0], [0, 0, 1]], float)
    R = np.array([[c, s, 0], [-s, c, 0], [0, 0, 1]], float)
    T2 = np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]], float)
    return T2 @ R @ H @ S @ T1


def apply(M, poly):
    return [(M[0, 0] * x + M[0, 1] * y + M[0, 2], M[1, 0] * x + M[1, 1] * y + M[1, 2]) for x, y in poly]


def box_poly(b):
    x0, y0, x1, y1 = b
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def warp(img, M, size, fill, resample=Image.Resampling.BILINEAR):
    inv = np.linalg.inv(M)
    data = (inv[0, 0], inv[0, 1], inv[0, 2], inv[1, 0], inv[1, 1], inv[1, 2])
    return img.transform(size, Image.Transform.AFFINE, data=data, resample=resample, fillcolor=fill)


# ---------------------------------------------------------------- QR / EAN
def qr_image(payload, module, ec="M", dark=(0, 0, 0), light=(255, 255, 255)):
    b = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec)
    a = np.array(b.to_image(scale=1, add_quiet_zones=False))
    n = a.shape[0]
    rgb = np.where(a[..., None] < 128, np.array(dark, np.uint8), np.array(light, np.uint8)).astype(np.uint8)
    im = Image.fromarray(rgb, "RGB").resize((n * module, n * module), Image.Resampling.NEAREST)
    return im, n


def ean_row(digits):
    b = zxingcpp.create_barcode(digits, zxingcpp.BarcodeFormat.EAN13)
    a = np.array(b.to_image(scale=1, add_quiet_zones=False))
    return a[0] < 128


# ---------------------------------------------------------------- Scene
class Scene:
    def __init__(self, w, h, bg=(255, 255, 255), img=None, mode="RGB"):
        if img is None:
            img = Image.new(mode, (w, h), bg)
        self.img = img
        self.w, self.h = img.size
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []   # [kind, text, poly]
        self.qrs = []     # [payload, poly]

    def add(self, kind, text, box):
        if kind:
            self.leaks.append([kind, text, box_poly(box)])

    def tw(self, s, f, size):
        return font(f, size).getlength(s)

    def text(self, x, y, s, f, size, fill, kind=None, anchor="la", stroke=0, sfill=None):
        fo = font(f, size)
        self.d.text((x, y), s, font=fo, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=sfill)
        b = self.d.textbbox((x, y), s, font=fo, anchor=anchor, stroke_width=stroke)
        if kind:
            self.add(kind, s, b)
        return b

    def segs(self, x, y, parts, f, size, fill):
        """Draw one line made of parts: str or (str, kind). Leaky parts get their own boxes."""
        fo = font(f, size)
        full = "".join(p if isinstance(p, str) else p[0] for p in parts)
        self.d.text((x, y), full, font=fo, fill=fill)
        pre = ""
        for p in parts:
            s = p if isinstance(p, str) else p[0]
            if not isinstance(p, str) and p[1]:
                px = x + fo.getlength(pre)
                self.add(p[1], s, self.d.textbbox((px, y), s, font=fo))
            pre += s
        return self.d.textbbox((x, y), full, font=fo)

    def lines(self, x, y, rows, f, size, fill, gap=1.25, kind=None, anchor="la"):
        """Several lines; if kind, they form one leak (text joined by spaces, union box)."""
        boxes = []
        for i, r in enumerate(rows):
            boxes.append(self.text(x, y + i * size * gap, r, f, size, fill, anchor=anchor))
        u = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        if kind:
            self.add(kind, " ".join(rows), u)
        return u

    def para(self, x, y, s, f, size, fill, maxw, gap=1.3):
        words, cur, out = s.split(), "", []
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.tw(t, f, size) > maxw and cur:
                out.append(cur)
                cur = wd
            else:
                cur = t
        if cur:
            out.append(cur)
        for i, r in enumerate(out):
            self.text(x, y + i * size * gap, r, f, size, fill)
        return y + len(out) * size * gap

    def place(self, sub, M):
        """Composite an RGBA sub-scene through forward affine M; carry its leaks and QR codes."""
        cs = apply(M, [(0, 0), (sub.w, 0), (sub.w, sub.h), (0, sub.h)])
        x0, y0 = math.floor(min(p[0] for p in cs)), math.floor(min(p[1] for p in cs))
        x1, y1 = math.ceil(max(p[0] for p in cs)), math.ceil(max(p[1] for p in cs))
        T = mat(tx=-x0, ty=-y0) @ M
        src = sub.img if sub.img.mode == "RGBA" else sub.img.convert("RGBA")
        layer = warp(src, T, (x1 - x0, y1 - y0), (0, 0, 0, 0))
        self.img.paste(layer.convert("RGB"), (x0, y0), layer)
        for k, t, p in sub.leaks:
            self.leaks.append([k, t, apply(M, p)])
        for pl, p in sub.qrs:
            self.qrs.append([pl, apply(M, p)])

    def rtext(self, cx, cy, s, f, size, fill, angle=0.0, kind=None, stroke=0, sfill=None):
        fo = font(f, size)
        b = fo.getbbox(s, stroke_width=stroke)
        pad = 4 + stroke
        sub = Scene(b[2] - b[0] + 2 * pad, b[3] - b[1] + 2 * pad, (0, 0, 0, 0), mode="RGBA")
        sub.text(pad - b[0], pad - b[1], s, f, size, fill, kind=kind, stroke=stroke, sfill=sfill)
        self.place(sub, mat(tx=cx, ty=cy, angle=angle, cx=sub.w / 2, cy=sub.h / 2))

    def qr(self, payload, x, y, module, leaks=(), ec="M", dark=(0, 0, 0), light=(255, 255, 255), quiet=4):
        im, n = qr_image(payload, module, ec, dark, light)
        q = quiet * module
        self.d.rectangle([x - q, y - q, x + n * module + q, y + n * module + q], fill=light)
        self.img.paste(im, (int(x), int(y)))
        box = (x, y, x + n * module, y + n * module)
        self.qrs.append([payload, box_poly(box)])
        for k, t in leaks:
            self.add(k, t, box)
        return box

    def qr_size(self, payload, module, ec="M"):
        return qr_image(payload, 1, ec)[1] * module

    def ean(self, digits, x, y, mod, hgt, fill=(0, 0, 0)):
        row = ean_row(digits)
        for i, v in enumerate(row):
            if v:
                self.d.rectangle([x + i * mod, y, x + (i + 1) * mod - 1, y + hgt], fill=fill)
        self.text(x + len(row) * mod / 2, y + hgt + 4, digits, "mono", mod * 9, fill, anchor="ma")
        return len(row) * mod

    def rrect(self, b, r, fill=None, outline=None, width=1):
        self.d.rounded_rectangle(b, radius=r, fill=fill, outline=outline, width=width)


def make_layer(w, h, bg=(0, 0, 0, 0)):
    return Scene(int(w), int(h), bg, mode="RGBA")


# ---------------------------------------------------------------- finishing
def cover_zoom(w, h, angle):
    a = math.radians(abs(angle))
    c, s = math.cos(a), math.sin(a)
    return max(c + (h / w) * s, c + (w / h) * s)


def finish(sc, rng, angle=0.0, shear=0.0, out=None, zoom=None, fill=(255, 255, 255),
           blur=0.0, noise=0.0, contrast=1.0, tint=None):
    """Global transform + photo effects. Returns final RGB image; sc.leaks/qrs are mapped."""
    img = sc.img.convert("RGB")
    W, H = out or (sc.w, sc.h)
    if angle or shear or (W, H) != (sc.w, sc.h) or zoom:
        base = min(W / sc.w, H / sc.h)
        z = zoom if zoom is not None else 1.0
        M = mat(tx=W / 2, ty=H / 2, angle=angle, sx=base * z, shx=shear, cx=sc.w / 2, cy=sc.h / 2)
        img = warp(img, M, (W, H), fill, Image.Resampling.BILINEAR if W * H > 4e6 else Image.Resampling.BICUBIC)
        sc.leaks = [[k, t, apply(M, p)] for k, t, p in sc.leaks]
        sc.qrs = [[pl, apply(M, p)] for pl, p in sc.qrs]
    if blur:
        img = img.filter(ImageFilter.BoxBlur(blur))
    if contrast != 1.0 or tint:
        small = img.resize((64, 64), Image.Resampling.BILINEAR)
        m = int(np.asarray(small).mean())
        lut = []
        for ch in range(3):
            t = tint[ch] if tint else 0
            lut += [max(0, min(255, int(round((v - m) * contrast + m + t)))) for v in range(256)]
        img = img.point(lut)
    if noise:
        n = int(noise)
        tile = np_rng(rng).integers(128 - n, 128 + n + 1, size=(509, 509), dtype=np.int16).astype(np.uint8)
        tl = Image.fromarray(tile, "L")
        nz = Image.new("L", img.size)
        for yy in range(0, img.size[1], 509):
            for xx in range(0, img.size[0], 509):
                nz.paste(tl, (xx, yy))
        img = ImageChops.add(img, Image.merge("RGB", (nz, nz, nz)), 1.0, -128)
    sc.img = img
    sc.w, sc.h = img.size
    return img


def poly_box(p, W, H):
    x0 = max(0, math.floor(min(q[0] for q in p)))
    y0 = max(0, math.floor(min(q[1] for q in p)))
    x1 = min(W, math.ceil(max(q[0] for q in p)))
    y1 = min(H, math.ceil(max(q[1] for q in p)))
    return [x0, y0, x1 - x0, y1 - y0]


def poly_inside(p, W, H, tol=1.0):
    return all(-tol <= q[0] <= W + tol and -tol <= q[1] <= H + tol for q in p)


def encode(img, fmt, quality):
    bio = io.BytesIO()
    if fmt == "png":
        img.save(bio, "PNG", compress_level=6)
    elif fmt == "jpg":
        img.save(bio, "JPEG", quality=quality, subsampling=2 if quality < 85 else 0)
    else:
        img.save(bio, "WEBP", quality=quality, method=4 if img.size[0] * img.size[1] < 3e6 else 0)
    return bio.getvalue()


class Out:
    """What a scene function returns."""
    def __init__(self, sc, fmt="png", quality=None, scene="", clean=False):
        self.sc, self.fmt, self.quality, self.scene, self.clean = sc, fmt, quality, scene, clean


def photo_fmt(rng):
    r = rng.random()
    if r < 0.72:
        return "jpg", rng.randint(60, 95)
    if r < 0.9:
        return "webp", rng.randint(70, 92)
    return "png", None


def screen_fmt(rng):
    r = rng.random()
    if r < 0.62:
        return "png", None
    if r < 0.85:
        return "jpg", rng.randint(70, 95)
    return "webp", rng.randint(75, 92)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def shade(c, f):
    return tuple(max(0, min(255, int(v * f))) for v in c[:3])


def contrast_ink(bg):
    return (20, 20, 24) if sum(bg[:3]) > 380 else (245, 245, 245)
