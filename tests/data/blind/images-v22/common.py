"""Shared rendering machinery: fonts, leak-tracking canvas, QR codes, warps, effects."""
import io
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops
import segno

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": ["dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf",
             "dejavu/DejaVuSansCondensed.ttf", "liberation/LiberationSansNarrow-Regular.ttf"],
    "sansb": ["dejavu/DejaVuSans-Bold.ttf", "liberation/LiberationSans-Bold.ttf", "freefont/FreeSansBold.ttf",
              "dejavu/DejaVuSansCondensed-Bold.ttf", "liberation/LiberationSansNarrow-Bold.ttf"],
    "serif": ["dejavu/DejaVuSerif.ttf", "liberation/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf",
              "dejavu/DejaVuSerifCondensed.ttf"],
    "serifb": ["dejavu/DejaVuSerif-Bold.ttf", "liberation/LiberationSerif-Bold.ttf", "freefont/FreeSerifBold.ttf"],
    "italic": ["dejavu/DejaVuSans-Oblique.ttf", "liberation/LiberationSans-Italic.ttf", "freefont/FreeSansOblique.ttf",
               "dejavu/DejaVuSerif-Italic.ttf", "liberation/LiberationSerif-Italic.ttf", "freefont/FreeSerifItalic.ttf",
               "freefont/FreeSerifBoldItalic.ttf", "liberation/LiberationSans-BoldItalic.ttf"],
    "mono": ["dejavu/DejaVuSansMono.ttf", "liberation/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf",
             "dejavu/DejaVuSansMono-Bold.ttf", "liberation/LiberationMono-Bold.ttf"],
}
_FCACHE = {}


def font(path, size):
    size = max(6, int(round(size)))
    key = (path, size)
    f = _FCACHE.get(key)
    if f is None:
        f = ImageFont.truetype(FD + path, size, layout_engine=ImageFont.Layout.BASIC)
        _FCACHE[key] = f
    return f


def pick_font(rng, family, size):
    return font(rng.choice(FONTS[family]), size)


def cap_height(f):
    return -f.getbbox("H", anchor="ls")[1]


def text_w(f, s):
    return f.getlength(s)


class Leak:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
        self.pts = []      # arrays (N,2) of ink pixel centres
        self.probes = []   # arrays (2,2): cap-height segments
        self.is_qr = False

    def mapped(self, fn):
        n = Leak(self.kind, self.text)
        n.is_qr = self.is_qr
        n.pts = [fn(p) for p in self.pts]
        n.probes = [fn(p) for p in self.probes]
        return n

    def bbox(self):
        p = np.concatenate(self.pts, 0)
        x0, y0 = p.min(0) - 0.5
        x1, y1 = p.max(0) + 0.5
        return [int(math.floor(x0)), int(math.floor(y0)), int(math.ceil(x1)), int(math.ceil(y1))]

    def min_cap(self):
        if not self.probes:
            return 1e9
        return min(float(np.hypot(*(p[1] - p[0]))) for p in self.probes)


class QRRec:
    def __init__(self, payload, edge, leaks):
        self.payload = payload
        self.edge = edge  # (M,2) points along the module-area outline
        self.leaks = leaks  # list of (kind, text)

    def mapped(self, fn):
        return QRRec(self.payload, fn(self.edge), self.leaks)

    def bbox(self):
        x0, y0 = self.edge.min(0)
        x1, y1 = self.edge.max(0)
        return [int(math.floor(x0)), int(math.floor(y0)), int(math.ceil(x1)), int(math.ceil(y1))]


INK_T = 64


class Canvas:
    def __init__(self, img):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.leaks = []
        self.qrs = []

    @property
    def W(self):
        return self.img.size[0]

    @property
    def H(self):
        return self.img.size[1]

    def text(self, xy, s, f, fill, kind=None, leak=None, anchor="ls", stroke=0, stroke_fill=None):
        """Draw text with baseline anchor; if kind given (or leak object), record ink. Returns advance width."""
        x, y = xy
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor, stroke_width=stroke, stroke_fill=stroke_fill)
        if kind is not None or leak is not None:
            lk = leak
            if lk is None:
                lk = Leak(kind, s)
                self.leaks.append(lk)
            bb = self.d.textbbox((x, y), s, font=f, anchor=anchor, stroke_width=stroke)
            bx0, by0 = int(math.floor(bb[0])) - 1, int(math.floor(bb[1])) - 1
            w = int(math.ceil(bb[2])) - bx0 + 2
            h = int(math.ceil(bb[3])) - by0 + 2
            tmp = Image.new("L", (w, h), 0)
            ImageDraw.Draw(tmp).text((x - bx0, y - by0), s, font=f, fill=255, anchor=anchor, stroke_width=stroke)
            a = np.asarray(tmp)
            ys, xs = np.nonzero(a >= INK_T)
            if len(xs):
                pts = np.stack([xs + bx0 + 0.5, ys + by0 + 0.5], 1).astype(np.float64)
                lk.pts.append(pts)
                ch = cap_height(f)
                by = y + (f.getbbox("H", anchor="l" + anchor[1])[1] - f.getbbox("H", anchor="ls")[1])
                xa, xb = pts[:, 0].min(), pts[:, 0].max()
                for px in (xa, (xa + xb) / 2, xb):
                    lk.probes.append(np.array([[px, by], [px, by - ch]], dtype=np.float64))
        return f.getlength(s)

    def spans(self, x, y, segs, f, fill, kfill=None, groups=None):
        """Draw a single line made of (text, kind) segments starting at baseline (x,y). Returns end x.
        kind may be (KIND, group_id) for a leak split over several lines (one leak, lines joined by newline)."""
        for s, k in segs:
            col = kfill if (k and kfill) else fill
            if isinstance(k, tuple):
                groups = {} if groups is None else groups
                lk = groups.get(k[1])
                if lk is None:
                    lk = Leak(k[0], s)
                    groups[k[1]] = lk
                    self.leaks.append(lk)
                else:
                    lk.text = lk.text + "\n" + s
                x += self.text((x, y), s, f, col, leak=lk)
            else:
                x += self.text((x, y), s, f, col, kind=k)
        return x

    def paragraph(self, x, y, width, segs, f, fill, line_h=None, kfill=None, align="left", max_lines=99):
        """Wrap (text, kind) segments into lines; leak segments are never broken. y = first baseline.
        Returns (last_baseline_y, n_lines, max_line_width)."""
        if line_h is None:
            line_h = f.size * 1.3
        lines = wrap(segs, f, width)[:max_lines]
        groups = {}
        maxw = 0
        yy = y
        for i, ln in enumerate(lines):
            lw = sum(f.getlength(t) for t, _ in ln)
            maxw = max(maxw, lw)
            xx = x if align == "left" else (x + (width - lw) / 2 if align == "center" else x + width - lw)
            self.spans(xx, yy, ln, f, fill, kfill, groups)
            if i < len(lines) - 1:
                yy += line_h
        return yy, len(lines), maxw

    def qr(self, x, y, payload, mod, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=4, error="m"):
        q = segno.make(payload, error=error, micro=False, boost_error=False)
        m = np.array([list(r) for r in q.matrix], dtype=bool)
        n = m.shape[0]
        size = (n + 2 * border) * mod
        self.d.rectangle([x, y, x + size - 1, y + size - 1], fill=light)
        ys, xs = np.nonzero(m)
        for yy, xx in zip(ys, xs):
            px = x + (border + xx) * mod
            py = y + (border + yy) * mod
            self.d.rectangle([px, py, px + mod - 1, py + mod - 1], fill=dark)
        x0, y0 = x + border * mod, y + border * mod
        x1, y1 = x0 + n * mod, y0 + n * mod
        t = np.linspace(0, 1, 25)
        edge = np.concatenate([
            np.stack([x0 + (x1 - x0) * t, np.full_like(t, y0)], 1),
            np.stack([x0 + (x1 - x0) * t, np.full_like(t, y1)], 1),
            np.stack([np.full_like(t, x0), y0 + (y1 - y0) * t], 1),
            np.stack([np.full_like(t, x1), y0 + (y1 - y0) * t], 1)], 0)
        self.qrs.append(QRRec(payload, edge, list(leaks)))
        return size

    def absorb(self, other, fn):
        for lk in other.leaks:
            self.leaks.append(lk.mapped(fn))
        for q in other.qrs:
            self.qrs.append(q.mapped(fn))

    def leak_boxes(self):
        out = [lk.bbox() for lk in self.leaks]
        for q in self.qrs:
            if q.leaks:
                out.append(q.bbox())
        return out


def wrap(segs, f, width):
    toks = []
    gid = 0
    for s, k in segs:
        if k:
            if f.getlength(s) > width and " " in s:
                # split an over-long leak into line-sized pieces that stay one leak
                gid += 1
                words = s.split(" ")
                piece = ""
                first = True
                for w in words:
                    cand = (piece + " " + w) if piece else w
                    if piece and f.getlength(cand) > width:
                        toks.append((piece, (k, gid), "brk" if first else "nl"))
                        first = False
                        piece = w
                    else:
                        piece = cand
                toks.append((piece, (k, gid), "brk" if first else "nl"))
            else:
                toks.append((s, k, None))
        else:
            parts = s.split(" ")
            for i, p in enumerate(parts):
                t = p + (" " if i < len(parts) - 1 else "")
                if t:
                    toks.append((t, None, None))
    lines, cur, cw = [], [], 0.0
    for t, k, flag in toks:
        tw = f.getlength(t)
        tw_trim = f.getlength(t.rstrip(" "))
        if cur and (flag is not None or cw + tw_trim > width):
            lines.append(cur)
            cur, cw = [], 0.0
            if not k:
                t = t.lstrip(" ")
                tw = f.getlength(t)
                if not t:
                    continue
        cur.append((t, k))
        cw += tw
    if cur:
        lines.append(cur)
    for ln in lines:
        if ln and not ln[-1][1]:
            ln[-1] = (ln[-1][0].rstrip(" "), None)
    return lines


def wrap_size(segs, f, width, line_h):
    lines = wrap(segs, f, width)
    mw = max([sum(f.getlength(t) for t, _ in ln) for ln in lines] + [0])
    return len(lines), mw


def qr_size(payload, mod, border=4, error="m"):
    q = segno.make(payload, error=error, micro=False, boost_error=False)
    return (q.symbol_size(scale=1, border=0)[0] + 2 * border) * mod


# ---------------------------------------------------------------- geometry

def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def apply_h(H, pts):
    p = np.asarray(pts, float)
    q = np.concatenate([p, np.ones((len(p), 1))], 1) @ H.T
    return q[:, :2] / q[:, 2:3]


def warp_into(scene, layer, quad, shadow=0.0, shadow_off=(0, 0), resample=Image.BILINEAR):
    """Paste RGBA Canvas `layer` onto scene Canvas at destination quad (TL,TR,BR,BL)."""
    w, h = layer.img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    H = homography(src, quad)
    q = np.array(quad, float)
    x0, y0 = np.floor(q.min(0)).astype(int) - 2
    x1, y1 = np.ceil(q.max(0)).astype(int) + 2
    T = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], float) @ H
    inv = np.linalg.inv(T)
    inv = inv / inv[2, 2]
    img = layer.img if layer.img.mode == "RGBA" else layer.img.convert("RGBA")
    patch = img.convert("RGBa").transform((int(x1 - x0), int(y1 - y0)), Image.PERSPECTIVE,
                                           tuple(inv.flatten()[:8]), resample).convert("RGBA")
    if shadow > 0:
        a0 = patch.getchannel("A")
        sw_, sh_ = max(1, a0.size[0] // 4), max(1, a0.size[1] // 4)
        a = a0.resize((sw_, sh_), Image.BILINEAR).filter(ImageFilter.GaussianBlur(max(1, patch.size[0] // 320)))
        a = a.resize(a0.size, Image.BILINEAR).point(lambda v: int(v * shadow))
        dark = Image.new("RGB", patch.size, (0, 0, 0))
        scene.img.paste(dark, (int(x0 + shadow_off[0]), int(y0 + shadow_off[1])), a)
    scene.img.paste(patch, (int(x0), int(y0)), patch)
    scene.absorb(layer, lambda p: apply_h(H, p))
    return H


def quad_for(rng, cx, cy, w, h, rot_deg=0.0, persp=0.0, tilt=None):
    """Destination quad centred at (cx,cy) for a w x h layer, rotated and perspective-jittered."""
    a = math.radians(rot_deg)
    ca, sa = math.cos(a), math.sin(a)
    pts = []
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    if tilt is None:
        tilt = (rng.uniform(-1, 1), rng.uniform(-1, 1))
    for i, (x, y) in enumerate(corners):
        # perspective: shrink one side (keystone) plus small jitter
        kx = 1 - persp * tilt[0] * (1 if y < 0 else -1)
        ky = 1 - persp * tilt[1] * (1 if x < 0 else -1)
        x2, y2 = x * kx, y * ky
        x2 += rng.uniform(-1, 1) * persp * 0.15 * w
        y2 += rng.uniform(-1, 1) * persp * 0.15 * h
        pts.append((cx + x2 * ca - y2 * sa, cy + x2 * sa + y2 * ca))
    return pts


def remap(arr, mx, my):
    """Bilinear sample arr (H,W,C float32) at float coords (mx,my); outside -> 0."""
    H, W = arr.shape[:2]
    x0 = np.floor(mx).astype(np.int32)
    y0 = np.floor(my).astype(np.int32)
    fx = (mx - x0).astype(np.float32)[..., None]
    fy = (my - y0).astype(np.float32)[..., None]
    out = np.zeros(mx.shape + (arr.shape[2],), np.float32)
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            xi, yi = x0 + dx, y0 + dy
            ok = (xi >= 0) & (xi < W) & (yi >= 0) & (yi < H)
            v = arr[np.clip(yi, 0, H - 1), np.clip(xi, 0, W - 1)]
            out += v * (wx * wy) * ok[..., None]
    return out


def curve_layer(layer, half_angle_deg=45.0, bow=0.0, shade=0.35):
    """Wrap an RGBA layer around a cylinder (vertical axis). bow: vertical sag in px at the edges
    (positive = edges lower, like a label seen from above). Returns new Canvas."""
    w, h = layer.img.size
    th = math.radians(half_angle_deg)
    R = (w / 2) / th
    cx = w / 2
    w2 = int(math.ceil(2 * R * math.sin(th))) + 2
    pad = int(math.ceil(abs(bow))) + 2
    h2 = h + pad
    cx2 = w2 / 2
    ys, xs = np.mgrid[0:h2, 0:w2].astype(np.float32)
    s = np.clip((xs + 0.5 - cx2) / R, -1, 1)
    u = np.arcsin(s)
    srcx = cx + R * u - 0.5
    off = (pad - 1) if bow < 0 else 1
    srcy = ys + 0.5 - off - bow * (1 - np.cos(u)) / (1 - math.cos(th)) - 0.5
    inside = np.abs((xs + 0.5 - cx2)) <= R * math.sin(th)
    arr = np.asarray(layer.img.convert("RGBA"), np.float32)
    pm = arr.copy()
    pm[..., :3] *= pm[..., 3:4] / 255.0
    out = remap(pm, srcx, srcy)
    out[~inside] = 0
    sh = (1 - shade * (1 - np.cos(u)) / (1 - math.cos(th)))[..., None]
    a = out[..., 3:4]
    rgb = np.where(a > 0, out[..., :3] / np.maximum(a, 1e-3) * 255.0, 0) * sh
    res = np.concatenate([np.clip(rgb, 0, 255), np.clip(a, 0, 255)], 2).astype(np.uint8)
    c = Canvas(Image.fromarray(res, "RGBA"))

    def fn(p):
        p = np.asarray(p, float)
        uu = (p[:, 0] - cx) / R
        x2 = cx2 + R * np.sin(uu)
        y2 = p[:, 1] + off + bow * (1 - np.cos(uu)) / (1 - math.cos(th))
        return np.stack([x2, y2], 1)
    c.absorb(layer, fn)
    return c


# ---------------------------------------------------------------- effects / backgrounds

def lowres_noise(nrng, W, H, scale, ch=1):
    sw, sh = max(2, W // scale), max(2, H // scale)
    n = nrng.random((sh, sw, ch), dtype=np.float32)
    im = Image.fromarray((n * 255).astype(np.uint8).squeeze() if ch == 1 else (n * 255).astype(np.uint8))
    return np.asarray(im.resize((W, H), Image.BICUBIC), np.float32) / 255.0


def background(nrng, rng, W, H, kind=None):
    kinds = ["wood", "wall", "fabric", "carpet", "grass", "concrete", "tablecloth", "brick"]
    if kind is None:
        kind = rng.choice(kinds)
    base = np.array([rng.randint(0, 255) for _ in range(3)], np.float32)
    if kind == "wood":
        base = np.array([rng.randint(120, 190), rng.randint(80, 120), rng.randint(40, 70)], np.float32)
        sw = max(2, W // 300)
        n = lowres_noise(nrng, W, H, 40)
        ys = np.arange(H, dtype=np.float32)[:, None]
        stripes = np.sin((ys / (H / 30.0)) + n * 6.0) * 0.5 + 0.5
        img = base[None, None, :] * (0.75 + 0.35 * stripes[..., None])
    elif kind == "wall":
        base = np.array([rng.randint(190, 240), rng.randint(185, 235), rng.randint(170, 230)], np.float32)
        n = lowres_noise(nrng, W, H, 200)
        img = base[None, None, :] * (0.9 + 0.15 * n[..., None])
    elif kind == "fabric":
        base = np.array([rng.randint(40, 200) for _ in range(3)], np.float32)
        ys, xs = np.mgrid[0:H:1, 0:W:1]
        per = rng.randint(6, 14)
        pat = (((xs // per) + (ys // per)) % 2).astype(np.float32)
        img = base[None, None, :] * (0.9 + 0.1 * pat[..., None])
    elif kind == "carpet":
        base = np.array([rng.randint(60, 160) for _ in range(3)], np.float32)
        n = lowres_noise(nrng, W, H, 3)
        img = base[None, None, :] * (0.8 + 0.35 * n[..., None])
    elif kind == "grass":
        n = lowres_noise(nrng, W, H, 6)
        n2 = lowres_noise(nrng, W, H, 150)
        img = np.stack([60 + 40 * n2, 110 + 70 * n, 40 + 20 * n2], 2)
    elif kind == "concrete":
        g = rng.randint(120, 190)
        n = lowres_noise(nrng, W, H, 4)
        n2 = lowres_noise(nrng, W, H, 120)
        v = g * (0.85 + 0.15 * n + 0.1 * n2)
        img = np.stack([v, v * 0.98, v * 0.95], 2)
    elif kind == "tablecloth":
        c1 = np.array([rng.randint(150, 240), rng.randint(40, 120), rng.randint(40, 120)], np.float32)
        rng_per = rng.randint(W // 30, W // 12)
        ys, xs = np.mgrid[0:H, 0:W]
        a = ((xs // rng_per) % 2).astype(np.float32)
        b = ((ys // rng_per) % 2).astype(np.float32)
        m = (a + b) / 2.0
        img = (255 * (1 - m[..., None]) + c1[None, None, :] * m[..., None])
    else:  # brick
        bh = H // rng.randint(14, 24)
        bw = bh * 2.2
        ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
        row = (ys // bh)
        xo = xs + (row % 2) * bw / 2
        mort = ((ys % bh) < bh * 0.12) | ((xo % bw) < bh * 0.12)
        c = np.array([rng.randint(140, 180), rng.randint(60, 90), rng.randint(40, 70)], np.float32)
        n = lowres_noise(nrng, W, H, 60)
        img = c[None, None, :] * (0.8 + 0.3 * n[..., None])
        img[mort] = np.array([190, 185, 175], np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    return Image.fromarray(img, "RGB"), kind


def rects_overlap(a, b, pad=0):
    return not (a[2] + pad <= b[0] or b[2] + pad <= a[0] or a[3] + pad <= b[1] or b[3] + pad <= a[1])


def photo_effects(canvas, rng, nrng, strength=1.0, allow_glare=True):
    """Lighting gradient, colour cast, low contrast, glare away from leaks, blur, noise."""
    img = canvas.img.convert("RGB")
    W, H = img.size
    boxes = canvas.leak_boxes()
    # lighting map computed at low resolution, applied with a multiply
    sw, sh = 64, max(8, int(64 * H / W))
    ang = rng.uniform(0, 2 * math.pi)
    gx, gy = math.cos(ang), math.sin(ang)
    ys = (np.arange(sh, dtype=np.float32) / sh - 0.5)[:, None]
    xs = (np.arange(sw, dtype=np.float32) / sw - 0.5)[None, :]
    g = 1.0 + rng.uniform(0.1, 0.3) * strength * (xs * gx + ys * gy) * 2
    vig = 1.0 - rng.uniform(0.0, 0.25) * strength * (xs ** 2 + ys ** 2) * 2
    light = np.clip(g * vig / 1.35, 0, 1)
    lm = Image.fromarray((light * 255).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
    img = ImageChops.multiply(img, Image.merge("RGB", (lm, lm, lm)))
    cast = [rng.uniform(0.93, 1.05), rng.uniform(0.95, 1.03), rng.uniform(0.88, 1.04)]
    lowc = rng.random() < 0.35
    cc = rng.uniform(0.6, 0.8) if lowc else 1.0
    gray = rng.uniform(110, 160)
    lut = []
    for ch in range(3):
        for v in range(256):
            x = v * 1.35 * cast[ch]
            x = x * cc + (1 - cc) * gray
            lut.append(int(max(0, min(255, round(x)))))
    img = img.point(lut)
    # glare: soft bright blob kept away from leaks
    if allow_glare and rng.random() < 0.4:
        for _ in range(10):
            r = rng.uniform(0.05, 0.12) * min(W, H)
            cx, cy = rng.uniform(r, W - r), rng.uniform(r, H - r)
            gb = [cx - 1.6 * r, cy - 1.6 * r, cx + 1.6 * r, cy + 1.6 * r]
            if not any(rects_overlap(gb, b) for b in boxes):
                x0, y0 = int(max(0, cx - 2 * r)), int(max(0, cy - 2 * r))
                x1, y1 = int(min(W, cx + 2 * r)), int(min(H, cy + 2 * r))
                yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
                d2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / (r * r)
                sub = np.asarray(img.crop((x0, y0, x1, y1)), np.float32)
                sub = sub + (np.exp(-d2 * 1.5) * rng.uniform(60, 110))[..., None]
                img.paste(Image.fromarray(np.clip(sub, 0, 255).astype(np.uint8), "RGB"), (x0, y0))
                break
    br = rng.uniform(0.3, 1.3) * strength
    if br > 0.35:
        img = img.filter(ImageFilter.GaussianBlur(br))
    amp = int(round(rng.uniform(3, 10) * strength))
    if amp > 0:
        n = nrng.integers(-amp, amp + 1, size=(H, W), dtype=np.int16)
        arr = np.asarray(img, np.int16) + n[..., None]
        np.clip(arr, 0, 255, out=arr)
        img = Image.fromarray(arr.astype(np.uint8), "RGB")
    canvas.img = img
    canvas.d = ImageDraw.Draw(canvas.img)


def scan_effects(canvas, rng, nrng):
    W, H = canvas.img.size
    arr = np.asarray(canvas.img, np.float32)
    if rng.random() < 0.5:
        out = canvas.img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
        arr = np.asarray(out, np.float32)
    sig = rng.uniform(1.5, 5)
    arr = arr + nrng.standard_normal((H, W), dtype=np.float32)[..., None] * sig
    if rng.random() < 0.4:
        arr = arr * rng.uniform(0.92, 1.0) + rng.uniform(0, 12)
    canvas.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    canvas.d = ImageDraw.Draw(canvas.img)


def rounded(d, box, r, fill, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


def avatar(d, cx, cy, r, initials, bg, f, fg=(255, 255, 255)):
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=bg)
    if initials:
        d.text((cx, cy), initials, font=f, fill=fg, anchor="mm")


def placeholder(d, box, col=(200, 200, 205), line=(170, 170, 178)):
    """Plain photo placeholder: a filled rectangle with a simple mountain glyph, no faces."""
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=col)
    w, h = x1 - x0, y1 - y0
    d.polygon([(x0 + w * 0.15, y1 - h * 0.2), (x0 + w * 0.4, y0 + h * 0.45), (x0 + w * 0.6, y1 - h * 0.2)], fill=line)
    d.polygon([(x0 + w * 0.45, y1 - h * 0.2), (x0 + w * 0.65, y0 + h * 0.55), (x0 + w * 0.85, y1 - h * 0.2)], fill=line)
    d.ellipse([x0 + w * 0.65, y0 + h * 0.15, x0 + w * 0.78, y0 + h * 0.15 + w * 0.13], fill=line)
