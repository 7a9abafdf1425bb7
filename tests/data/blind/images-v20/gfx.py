"""Drawing kit: layers that remember where every leak's ink and every QR code
ended up, through perspective / rotation / cylinder warps."""
import io
import math
from functools import lru_cache

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = {"d": "/usr/share/fonts/truetype/dejavu/", "f": "/usr/share/fonts/truetype/freefont/",
             "l": "/usr/share/fonts/truetype/liberation/"}
FONTS = {
    "sans": ["d:DejaVuSans", "l:LiberationSans-Regular", "f:FreeSans", "d:DejaVuSansCondensed", "l:LiberationSansNarrow-Regular"],
    "sansb": ["d:DejaVuSans-Bold", "l:LiberationSans-Bold", "f:FreeSansBold", "d:DejaVuSansCondensed-Bold", "l:LiberationSansNarrow-Bold"],
    "serif": ["d:DejaVuSerif", "l:LiberationSerif-Regular", "f:FreeSerif", "d:DejaVuSerifCondensed"],
    "serifb": ["d:DejaVuSerif-Bold", "l:LiberationSerif-Bold", "f:FreeSerifBold", "d:DejaVuSerifCondensed-Bold"],
    "mono": ["d:DejaVuSansMono", "l:LiberationMono-Regular", "f:FreeMono"],
    "monob": ["d:DejaVuSansMono-Bold", "l:LiberationMono-Bold", "f:FreeMonoBold"],
    "hand": ["d:DejaVuSans-Oblique", "l:LiberationSans-Italic", "f:FreeSansOblique", "l:LiberationSerif-Italic",
             "f:FreeSerifItalic", "d:DejaVuSerif-Italic", "d:DejaVuSansCondensed-Oblique"],
    "handb": ["d:DejaVuSans-BoldOblique", "l:LiberationSans-BoldItalic", "f:FreeSansBoldOblique",
              "l:LiberationSerif-BoldItalic", "d:DejaVuSerif-BoldItalic"],
}
INK = 96  # mask level counted as ink


@lru_cache(maxsize=512)
def _font(spec, size):
    d, name = spec.split(":")
    return ImageFont.truetype(FONT_DIRS[d] + name + ".ttf", size, layout_engine=ImageFont.Layout.BASIC)


def font(style, size, pick=0):
    lst = FONTS[style]
    return _font(lst[pick % len(lst)], max(6, int(round(size))))


def ink_points(mask_arr, ox, oy):
    a = mask_arr >= INK
    if not a.any():
        return None
    rows = np.nonzero(a.any(1))[0]
    cols = np.nonzero(a.any(0))[0]
    ar = a[rows]
    f = ar.argmax(1)
    l = a.shape[1] - 1 - ar[:, ::-1].argmax(1)
    ac = a[:, cols]
    t = ac.argmax(0)
    b = a.shape[0] - 1 - ac[::-1, :].argmax(0)
    xs = np.concatenate([f, l, cols, cols]).astype(np.float64) + 0.5 + ox
    ys = np.concatenate([rows, rows, t, b]).astype(np.float64) + 0.5 + oy
    return np.stack([xs, ys], 1)


def homography(src, dst):
    A = []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    A = np.array(A, dtype=np.float64)
    _, _, vt = np.linalg.svd(A)
    H = vt[-1].reshape(3, 3)
    return H / H[2, 2]


def apply_h(H, pts):
    p = np.concatenate([pts, np.ones((len(pts), 1))], 1) @ H.T
    return p[:, :2] / p[:, 2:3]


class Overlap(Exception):
    pass


class Layer:
    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        self.w, self.h = int(w), int(h)
        if bg is not None and len(bg) == 3:
            bg = tuple(bg) + (255,)
        self.im = Image.new("RGBA", (self.w, self.h), bg if bg is not None else (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.im)
        self.leaks = []   # {"kind","text","pts"}
        self.qrs = []     # {"payload","pts","parts"}
        self.min_font = None
        self.min_mod = None

    # ---------------- text
    def text(self, xy, s, fnt, fill, kind=None, anchor="la", stroke=0, stroke_fill=None):
        """Draw s; returns ink bbox (x0,y0,x1,y1) in layer coords (or None)."""
        if not s:
            return None
        x, y = xy
        bb = self.d.textbbox((x, y), s, font=fnt, anchor=anchor, stroke_width=stroke)
        x0, y0 = int(math.floor(bb[0])) - 2, int(math.floor(bb[1])) - 2
        x1, y1 = int(math.ceil(bb[2])) + 2, int(math.ceil(bb[3])) + 2
        W, Hh = x1 - x0, y1 - y0
        m = Image.new("L", (W, Hh), 0)
        ImageDraw.Draw(m).text((x - x0, y - y0), s, font=fnt, fill=255, anchor=anchor, stroke_width=stroke)
        fill = tuple(fill)[:3] + (255,)
        if stroke:
            m2 = Image.new("L", (W, Hh), 0)
            ImageDraw.Draw(m2).text((x - x0, y - y0), s, font=fnt, fill=255, anchor=anchor)
            sf = tuple(stroke_fill or (255, 255, 255))[:3] + (255,)
            self.im.paste(sf, (x0, y0), m)
            self.im.paste(fill, (x0, y0), m2)
        else:
            self.im.paste(fill, (x0, y0), m)
        arr = np.asarray(m)
        pts = ink_points(arr, x0, y0)
        if pts is None:
            return None
        if kind:
            self.min_font = fnt.size if self.min_font is None else min(self.min_font, fnt.size)
            self.leaks.append({"kind": kind, "text": s, "pts": pts})
        return (pts[:, 0].min() - 0.5, pts[:, 1].min() - 0.5, pts[:, 0].max() + 0.5, pts[:, 1].max() + 0.5)

    def runs(self, xy, parts, fnt, fill, anchor="ls", colors=None):
        """Draw a line of (text, kind) parts consecutively on a common baseline (anchor l?)."""
        x, y = xy
        total = sum(fnt.getlength(t) for t, _ in parts)
        if anchor[0] == "m":
            x -= total / 2
        elif anchor[0] == "r":
            x -= total
        a = "l" + anchor[1]
        for i, (t, k) in enumerate(parts):
            c = colors[i] if colors else fill
            if t.strip():
                self.text((x, y), t, fnt, c, kind=k, anchor=a)
            x += fnt.getlength(t)
        return x

    def para(self, x, y, tokens, fnt, fill, maxw, line_h=None, align="l", colors=None):
        """Word-wrap rich tokens [(text, kind)] inside maxw; leak tokens never break.
        Returns y after the last line (top-anchored coordinates)."""
        lines = wrap(tokens, fnt, maxw)
        lh = line_h or int(fnt.size * 1.3)
        asc = fnt.getmetrics()[0]
        for ln in lines:
            wsum = line_width(ln, fnt)
            xx = x if align == "l" else (x + (maxw - wsum) / 2 if align == "m" else x + maxw - wsum)
            for (t, k, sp, c) in ln:
                if sp:
                    xx += fnt.getlength(" ")
                self.text((xx, y + asc), t, fnt, c or fill, kind=k, anchor="ls")
                xx += fnt.getlength(t)
            y += lh
        return y

    # ---------------- shapes
    def rect(self, box, fill=None, outline=None, width=1, r=0):
        x0, y0, x1, y1 = box
        if r:
            self.d.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle((x0, y0, x1, y1), fill=fill, outline=outline, width=width)

    def avatar(self, cx, cy, r, initials, bg, fg=(255, 255, 255), style="sansb"):
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=bg)
        if initials:
            self.text((cx, cy), initials, font(style, r * 0.8), fg, anchor="mm")

    def placeholder(self, box, fill=(200, 200, 205), label=None, fg=(120, 120, 125)):
        self.rect(box, fill=fill)
        if label:
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            self.text((cx, cy), label, font("sans", max(10, (box[3] - box[1]) * 0.09)), fg, anchor="mm")

    # ---------------- qr
    def qr(self, x, y, payload, module, parts=(), dark=(0, 0, 0), light=(255, 255, 255), quiet=4, error="m"):
        q = segno.make(payload, error=error, micro=False, boost_error=False)
        m = np.array([[1 if v else 0 for v in row] for row in q.matrix], dtype=np.uint8)
        n = m.shape[0]
        full = np.zeros((n + 2 * quiet, n + 2 * quiet), np.uint8)
        full[quiet:quiet + n, quiet:quiet + n] = m
        module = int(module)
        big = np.kron(full, np.ones((module, module), np.uint8))
        rgb = np.where(big[..., None] == 1, np.array(dark, np.uint8), np.array(light, np.uint8)).astype(np.uint8)
        img = Image.fromarray(rgb, "RGB").convert("RGBA")
        self.im.paste(img, (int(x), int(y)))
        sx0, sy0 = int(x) + quiet * module, int(y) + quiet * module
        sx1, sy1 = sx0 + n * module, sy0 + n * module
        pts = np.array([[sx0, sy0], [sx1, sy0], [sx1, sy1], [sx0, sy1]], np.float64)
        self.qrs.append({"payload": payload, "pts": pts, "parts": list(parts)})
        self.min_mod = module if self.min_mod is None else min(self.min_mod, module)
        return (int(x), int(y), int(x) + full.shape[0] * module, int(y) + full.shape[0] * module)

    @staticmethod
    def qr_size(payload, module, quiet=4, error="m"):
        q = segno.make(payload, error=error, micro=False, boost_error=False)
        return (q.symbol_size(scale=1, border=quiet)[0]) * int(module)

    # ---------------- compositing
    def _check_overlap(self, alpha, ox, oy):
        a = np.asarray(alpha)
        for L in self.leaks + self.qrs:
            p = L["pts"]
            x0, y0 = int(p[:, 0].min()) - ox, int(p[:, 1].min()) - oy
            x1, y1 = int(math.ceil(p[:, 0].max())) - ox, int(math.ceil(p[:, 1].max())) - oy
            cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(a.shape[1], x1), min(a.shape[0], y1)
            if cx1 > cx0 and cy1 > cy0 and (a[cy0:cy1, cx0:cx1] > 10).any():
                raise Overlap()

    def paste_layer(self, layer, H=None, resample=Image.BICUBIC, check=True):
        """Composite layer onto self through forward homography H (layer -> self)."""
        if H is None:
            H = np.eye(3)
        corners = np.array([[0, 0], [layer.w, 0], [layer.w, layer.h], [0, layer.h]], np.float64)
        dc = apply_h(H, corners)
        ox = max(0, int(math.floor(dc[:, 0].min())) - 2)
        oy = max(0, int(math.floor(dc[:, 1].min())) - 2)
        ex = min(self.w, int(math.ceil(dc[:, 0].max())) + 2)
        ey = min(self.h, int(math.ceil(dc[:, 1].max())) + 2)
        if ex <= ox or ey <= oy:
            return
        T = np.array([[1, 0, ox], [0, 1, oy], [0, 0, 1]], np.float64)
        M = np.linalg.inv(H) @ T
        M = M / M[2, 2]
        coeffs = (M[0, 0], M[0, 1], M[0, 2], M[1, 0], M[1, 1], M[1, 2], M[2, 0], M[2, 1])
        if np.allclose(H, np.eye(3)):
            out = layer.im.crop((ox, oy, ex, ey))
        elif np.allclose(H[2, :2], 0) and np.allclose(H[:2, :2], np.eye(2)):
            out = layer.im.crop((ox - H[0, 2], oy - H[1, 2], ex - H[0, 2], ey - H[1, 2])) \
                if float(H[0, 2]).is_integer() and float(H[1, 2]).is_integer() else \
                layer.im.transform((ex - ox, ey - oy), Image.PERSPECTIVE, coeffs, resample=resample)
        else:
            out = layer.im.transform((ex - ox, ey - oy), Image.PERSPECTIVE, coeffs, resample=resample)
        if check:
            self._check_overlap(out.getchannel("A"), ox, oy)
        self.im.alpha_composite(out, (ox, oy))
        for L in layer.leaks:
            self.leaks.append({"kind": L["kind"], "text": L["text"], "pts": apply_h(H, L["pts"])})
        for Q in layer.qrs:
            self.qrs.append({"payload": Q["payload"], "parts": Q["parts"], "pts": apply_h(H, Q["pts"])})

    def cylinder(self, bend=0.9, sag=0.0):
        """Wrap the layer around a cylinder: returns new layer. bend = half angle (rad)."""
        W, Hh = self.w, self.h
        R = (W / 2) / bend
        outW = int(math.ceil(2 * R * math.sin(bend)))
        pad = int(abs(sag)) + 2
        outH = Hh + 2 * pad

        def src_x(u):
            th = math.asin(max(-1.0, min(1.0, (u - outW / 2) / R)))
            return th * R + W / 2, th

        mesh = []
        step = 12
        for u0 in range(0, outW, step):
            u1 = min(outW, u0 + step)
            x0, t0 = src_x(u0)
            x1, t1 = src_x(u1)
            ya0 = -pad - sag * math.cos(t0) + sag
            ya1 = -pad - sag * math.cos(t1) + sag
            quad = (x0, ya0, x0, ya0 + outH, x1, ya1 + outH, x1, ya1)
            mesh.append(((u0, 0, u1, outH), quad))
        im = self.im.transform((outW, outH), Image.MESH, mesh, resample=Image.BILINEAR)
        arr = np.asarray(im).copy()
        u = np.arange(outW, dtype=np.float32) + 0.5 - outW / 2
        th = np.arcsin(np.clip(u / R, -1, 1))
        shade = (0.55 + 0.45 * np.cos(th)).astype(np.float32)
        arr[..., :3] = (arr[..., :3] * shade[None, :, None]).astype(np.uint8)
        new = Layer(outW, outH, bg=None)
        new.im = Image.fromarray(arr, "RGBA")
        new.d = ImageDraw.Draw(new.im)

        def fwd(p):
            th = (p[:, 0] - W / 2) / R
            x = R * np.sin(th) + outW / 2
            y = p[:, 1] + pad + sag * np.cos(th) - sag
            return np.stack([x, y], 1)
        for L in self.leaks:
            new.leaks.append({"kind": L["kind"], "text": L["text"], "pts": fwd(L["pts"])})
        for Q in self.qrs:
            new.qrs.append({"payload": Q["payload"], "parts": Q["parts"], "pts": fwd(Q["pts"])})
        new.min_font = self.min_font
        return new


def bilinear(src, xs, ys):
    h, w = src.shape[:2]
    x0 = np.floor(xs).astype(np.int32)
    y0 = np.floor(ys).astype(np.int32)
    fx = (xs - x0)[..., None]
    fy = (ys - y0)[..., None]
    valid = ((xs >= -0.5) & (xs <= w - 0.5) & (ys >= -0.5) & (ys <= h - 0.5))[..., None]
    x0c, x1c = np.clip(x0, 0, w - 1), np.clip(x0 + 1, 0, w - 1)
    y0c, y1c = np.clip(y0, 0, h - 1), np.clip(y0 + 1, 0, h - 1)
    out = (src[y0c, x0c] * (1 - fx) * (1 - fy) + src[y0c, x1c] * fx * (1 - fy)
           + src[y1c, x0c] * (1 - fx) * fy + src[y1c, x1c] * fx * fy)
    return out * valid


# ---------------- text layout helpers
def wrap(tokens, fnt, maxw):
    units = []
    for tok in tokens:
        t, k = tok[0], tok[1]
        c = tok[2] if len(tok) > 2 else None
        if k:
            sp = t[:0] == "" and (not units or True)
            units.append([t, k, True, c])
        else:
            lead = t[:1] == " "
            ws = t.split(" ")
            first = True
            for w_ in ws:
                if w_ == "":
                    first = False
                    continue
                units.append([w_, None, (lead or not first), c])
                first = False
    # leak tokens get a space before unless previous unit text ends without trailing space in source
    # (we keep it simple: a leak token always follows a space, punctuation attaches to it)
    for i, u in enumerate(units):
        if i + 1 < len(units) and units[i + 1][1] is None and units[i + 1][0][:1] in ",.!?:;)'" and not units[i + 1][2]:
            pass
    lines, cur, cw = [], [], 0.0
    spw = fnt.getlength(" ")
    for u in units:
        uw = fnt.getlength(u[0])
        add = uw + (spw if (cur and u[2]) else 0)
        if cur and cw + add > maxw:
            lines.append(cur)
            cur, cw = [], 0.0
            add = uw
        cur.append((u[0], u[1], bool(cur) and u[2], u[3]))
        cw += add
    if cur:
        lines.append(cur)
    return lines


def line_width(ln, fnt):
    spw = fnt.getlength(" ")
    return sum(fnt.getlength(t) + (spw if sp else 0) for t, _, sp, _ in ln)


def tok(s, /, **kw):
    """Parse 'text {KIND:value} more' -> tokens. Values supplied via kw: {PHONE} uses kw['PHONE']."""
    out = []
    i = 0
    while i < len(s):
        j = s.find("{", i)
        if j < 0:
            out.append((s[i:], None))
            break
        if j > i:
            out.append((s[i:j], None))
        k = s.index("}", j)
        key = s[j + 1:k]
        kind, _, name = key.partition(":")
        val = kw[name or kind]
        if kind == "_":
            out.append((val, None))
        else:
            out.append((val, kind))
        i = k + 1
    # punctuation directly after a leak: mark no-space
    res = []
    for t, k in out:
        res.append((t, k))
    return res


# ---------------- photo effects (numpy, deterministic)
def lowres_noise(nrng, w, h, scale, octaves=3):
    acc = np.zeros((h, w), np.float32)
    amp = 1.0
    for o in range(octaves):
        sw, sh = max(2, w // (scale >> o if scale >> o else 1)), max(2, h // (scale >> o if scale >> o else 1))
        n = nrng.random((sh, sw)).astype(np.float32)
        im = Image.fromarray((n * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
        acc += (np.asarray(im, np.float32) / 255 - 0.5) * amp
        amp *= 0.5
    return acc


def texture(nrng, w, h, kind, base):
    """Background texture as RGBA Layer."""
    b = np.array(base, np.float32)
    sw, sh = max(8, w // 4), max(8, h // 4)
    if kind == "wood":
        y = np.arange(sh, dtype=np.float32)[:, None]
        n = lowres_noise(nrng, sw, sh, 64)
        g = 0.5 + 0.5 * np.sin(y / (sh / 18) + n * 6 + np.arange(sw)[None, :] * 0.002)
        f = 0.8 + 0.25 * g + n * 0.2
        planks = ((np.arange(sh)[:, None] // max(1, sh // 5)) % 2) * 0.06
        f = f - planks
    elif kind == "brick":
        yy, xx = np.mgrid[0:sh, 0:sw]
        bh = max(4, sh // 24)
        bw = bh * 3
        row = yy // bh
        off = (row % 2) * (bw // 2)
        mort = ((yy % bh) < max(1, bh // 8)) | (((xx + off) % bw) < max(1, bh // 8))
        n = lowres_noise(nrng, sw, sh, 16)
        f = 0.9 + n * 0.3 + (nrng.random((sh, sw)) * 0.08)
        f = np.where(mort, 1.45, f)
    elif kind == "grass":
        f = 0.85 + lowres_noise(nrng, sw, sh, 32) * 0.5 + nrng.random((sh, sw)).astype(np.float32) * 0.25
    elif kind == "cork":
        f = 0.9 + lowres_noise(nrng, sw, sh, 8) * 0.5 + (nrng.random((sh, sw)) > 0.85) * -0.25
    else:  # plain / wall / fabric
        f = 0.95 + lowres_noise(nrng, sw, sh, 128, 2) * 0.25
    f = f.astype(np.float32)
    rgb = np.clip(f[..., None] * b[None, None, :], 0, 255).astype(np.uint8)
    im = Image.fromarray(rgb, "RGB").resize((w, h), Image.BILINEAR).convert("RGBA")
    L = Layer(w, h, bg=None)
    L.im = im
    L.d = ImageDraw.Draw(im)
    return L


def photo_effects(im, rng, nrng, strength=1.0, blur=None, noise=None):
    """im: RGB PIL image -> RGB PIL image with light, contrast, blur, noise."""
    w, h = im.size
    a = np.asarray(im).astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h:8, 0:w:8].astype(np.float32)
    t = ((xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang))
    r2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2)
    lo = rng.uniform(0.12, 0.35) * strength
    g = 1.0 + t * lo * 2 - r2 * rng.uniform(0.2, 0.6) * strength
    g = g * rng.uniform(0.85, 1.1)
    cast = np.array([rng.uniform(0.93, 1.07), rng.uniform(0.95, 1.05), rng.uniform(0.9, 1.08)], np.float32)
    c = rng.uniform(0.72, 1.0) if strength > 0.5 else rng.uniform(0.85, 1.0)
    m = float(a[::16, ::16].mean())
    g = np.asarray(Image.fromarray(g.astype(np.float32), "F").resize((w, h), Image.BILINEAR))
    a *= g[..., None]
    a *= cast * c
    a += m * (1 - c)
    np.clip(a, 0, 255, out=a)
    im = Image.fromarray(a.astype(np.uint8), "RGB")
    del a
    br = blur if blur is not None else rng.uniform(0.4, 1.8) * strength * (min(w, h) / 2000)
    if br > 0.15:
        im = im.filter(ImageFilter.GaussianBlur(br))
    sg = noise if noise is not None else rng.uniform(2, 9) * strength
    if sg > 0.3:
        a = np.asarray(im).astype(np.float32)
        n = nrng.standard_normal((h, w), dtype=np.float32)
        n *= sg
        a += n[..., None]
        np.clip(a, 0, 255, out=a)
        im = Image.fromarray(a.astype(np.uint8), "RGB")
    return im


def encode(im, fmt, quality):
    bio = io.BytesIO()
    if fmt == "jpg":
        im.save(bio, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=0 if quality > 85 else 2)
    elif fmt == "png":
        im.save(bio, "PNG", compress_level=6)
    else:
        im.save(bio, "WEBP", quality=quality, method=4)
    return bio.getvalue()


def box_of(pts, w, h, edges=False):
    if edges:
        x0, y0 = math.floor(pts[:, 0].min()), math.floor(pts[:, 1].min())
        x1, y1 = math.ceil(pts[:, 0].max()), math.ceil(pts[:, 1].max())
    else:
        x0, y0 = math.floor(pts[:, 0].min() - 0.5), math.floor(pts[:, 1].min() - 0.5)
        x1, y1 = math.ceil(pts[:, 0].max() + 0.5), math.ceil(pts[:, 1].max() + 0.5)
    return [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def quad_h(w, h, quad):
    return homography([(0, 0), (w, 0), (w, h), (0, h)], quad)


def place_quad(rng, w, h, cx, cy, target_w, rot_deg=0.0, persp=0.0, tilt=0.0):
    """Quad for a w x h layer centred at cx,cy, scaled to target_w, rotated, with perspective jitter."""
    s = target_w / w
    hw, hh = w * s / 2, h * s / 2
    pts = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], np.float64)
    if tilt:  # top edge narrower (looking down/up)
        pts[0, 0] *= (1 - tilt)
        pts[1, 0] *= (1 - tilt)
    if persp:
        pts += np.array([[rng.uniform(-1, 1) * persp * hw, rng.uniform(-1, 1) * persp * hh] for _ in range(4)])
    a = math.radians(rot_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ R.T + np.array([cx, cy])
    return [tuple(p) for p in pts]
