"""Shared drawing helpers: fonts, a Canvas that records leak boxes, warping, QR."""
import math
import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf",
    "sans-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "sans-i": FD + "dejavu/DejaVuSans-Oblique.ttf",
    "sans-l": FD + "dejavu/DejaVuSans-ExtraLight.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf",
    "serif-b": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "serif-i": FD + "dejavu/DejaVuSerif-Italic.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "mono-b": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "lib": FD + "liberation/LiberationSans-Regular.ttf",
    "lib-b": FD + "liberation/LiberationSans-Bold.ttf",
    "lib-i": FD + "liberation/LiberationSans-Italic.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "libserif": FD + "liberation/LiberationSerif-Regular.ttf",
    "libserif-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "libserif-i": FD + "liberation/LiberationSerif-Italic.ttf",
    "libmono": FD + "liberation/LiberationMono-Regular.ttf",
    "libmono-b": FD + "liberation/LiberationMono-Bold.ttf",
}
REGULAR = ["sans", "cond", "serif", "lib", "narrow", "libserif", "mono", "libmono"]
BOLD = ["sans-b", "cond-b", "serif-b", "lib-b", "narrow-b", "libserif-b", "mono-b", "libmono-b"]
HAND = ["sans-i", "serif-i", "lib-i", "libserif-i"]  # stand-ins for handwriting
_fc = {}


def font(name, size):
    size = max(6, int(round(size)))
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- geometry
def mat_affine(tx=0.0, ty=0.0, angle=0.0, scale=1.0, shx=0.0, cx=0.0, cy=0.0):
    """src -> dst: move (cx,cy) to origin, shear, scale, rotate (deg), translate."""
    a = math.radians(angle)
    T0 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]], float)
    S = np.array([[scale, scale * shx, 0], [0, scale, 0], [0, 0, 1]], float)
    R = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]], float)
    T1 = np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]], float)
    return T1 @ R @ S @ T0


def mat_quad(w, h, quad):
    """Homography mapping rectangle (0,0,w,h) to quad [(x,y)*4] (tl,tr,br,bl)."""
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A, b = [], []
    for (x, y), (u, v) in zip(src, quad):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    p = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.array([[p[0], p[1], p[2]], [p[3], p[4], p[5]], [p[6], p[7], 1.0]])


def tp(H, pts):
    out = []
    for x, y in pts:
        v = H @ np.array([x, y, 1.0])
        out.append((v[0] / v[2], v[1] / v[2]))
    return out


def box_pts(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


# ---------------------------------------------------------------- canvas
class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255), mode="RGB", img=None):
        if img is not None:
            self.img = img
        else:
            self.img = Image.new(mode, (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []  # dict(kind,text,pts)
        self.qrs = []

    @property
    def w(self):
        return self.img.size[0]

    @property
    def h(self):
        return self.img.size[1]

    def set_img(self, img):
        self.img = img
        self.d = ImageDraw.Draw(self.img)

    def leak(self, kind, text, box):
        x0, y0, x1, y1 = box
        self.leaks.append({"kind": kind, "text": text, "pts": box_pts(x0, y0, x1, y1)})

    def text(self, xy, s, f, fill, kind=None, anchor="la", ktext=None):
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        bb = self.d.textbbox(xy, s, font=f, anchor=anchor)
        if kind:
            self.leak(kind, ktext or s, bb)
        return bb

    def spans(self, xy, parts, f, fill, anchor="la"):
        """parts: list of (str, kind|None). Draw as one line; record leak boxes."""
        full = "".join(p[0] for p in parts)
        x, y = xy
        if anchor[0] in "mr":
            L = f.getlength(full)
            x = x - (L / 2 if anchor[0] == "m" else L)
        anc = "l" + anchor[1]
        self.d.text((x, y), full, font=f, fill=fill, anchor=anc)
        pre = ""
        for s, k in parts:
            if k and s.strip():
                off = f.getlength(pre)
                bb = f.getbbox(s, anchor=anc)
                self.leak(k, s, (x + off + bb[0], y + bb[1], x + off + bb[2], y + bb[3]))
            pre += s
        return self.d.textbbox((x, y), full, font=f, anchor=anc)

    def paste(self, src, H, resample=Image.BICUBIC):
        """Warp Canvas src into self with homography H (src->dst)."""
        sw, sh = src.img.size
        corners = tp(H, box_pts(0, 0, sw, sh))
        xs = [p[0] for p in corners]; ys = [p[1] for p in corners]
        ox, oy = int(math.floor(min(xs))), int(math.floor(min(ys)))
        bw, bh = int(math.ceil(max(xs))) - ox + 1, int(math.ceil(max(ys))) - oy + 1
        Hi = np.linalg.inv(H) @ np.array([[1, 0, ox], [0, 1, oy], [0, 0, 1]], float)
        Hi = Hi / Hi[2, 2]
        s = src.img if src.img.mode == "RGBA" else src.img.convert("RGBA")
        warped = s.transform((bw, bh), Image.PERSPECTIVE, tuple(Hi.flatten()[:8]), resample=resample)
        if self.img.mode == "RGBA":
            layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
            layer.paste(warped, (ox, oy))
            self.set_img(Image.alpha_composite(self.img, layer))
        else:
            self.img.paste(warped, (ox, oy), warped)
        for L in src.leaks:
            self.leaks.append({"kind": L["kind"], "text": L["text"], "pts": tp(H, L["pts"])})
        self.qrs.extend(src.qrs)
        return corners

    def place(self, src, x, y, angle=0.0, scale=1.0, shx=0.0):
        """Paste src centred at (x,y) rotated/scaled."""
        H = mat_affine(x, y, angle, scale, shx, src.w / 2, src.h / 2)
        return self.paste(src, H)

    def rot_text(self, cx, cy, s, f, fill, angle, kind=None):
        bb = f.getbbox(s)
        pad = 4
        c = Canvas(bb[2] + 2 * pad, bb[3] + 2 * pad, (0, 0, 0, 0), "RGBA")
        c.text((pad, pad), s, f, fill, kind)
        self.place(c, cx, cy, angle)

    def qr(self, payload, x, y, module, leaks=(), fg=(0, 0, 0), bg=(255, 255, 255), border=4):
        """Draw QR with top-left at x,y. leaks: list of (kind,text). Returns box."""
        q = segno.make(payload, error="m", micro=False)
        m = np.array([list(r) for r in q.matrix], dtype=bool)
        n = m.shape[0] + 2 * border
        arr = np.zeros((n, n, 3), np.uint8)
        arr[:] = bg
        inner = arr[border:border + m.shape[0], border:border + m.shape[0]]
        inner[m] = fg
        im = Image.fromarray(arr, "RGB").resize((n * module, n * module), Image.NEAREST)
        self.img.paste(im, (int(x), int(y)))
        box = (int(x), int(y), int(x) + n * module, int(y) + n * module)
        for k, t in leaks:
            self.leak(k, t, box)
        self.qrs.append(payload)
        return box


def qr_size(payload, module, border=4):
    q = segno.make(payload, error="m", micro=False)
    return (q.symbol_size(border=border)[0]) * module


def wrap_parts(parts, f, maxw):
    """Split parts into lines of parts. Leak parts stay whole."""
    toks = []
    for s, k in parts:
        if k:
            toks.append((s, k))
        else:
            ws = s.split(" ")
            for i, wd in enumerate(ws):
                t = wd + (" " if i < len(ws) - 1 else "")
                if t:
                    toks.append((t, None))
    lines, cur = [], []
    for t in toks:
        trial = "".join(p[0] for p in cur + [t]).rstrip()
        if cur and f.getlength(trial) > maxw:
            lines.append(cur); cur = [t]
        else:
            cur.append(t)
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        merged = []
        for s, k in ln:
            if merged and merged[-1][1] is None and k is None:
                merged[-1] = (merged[-1][0] + s, None)
            else:
                merged.append((s, k))
        if merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0].rstrip(), None)
        out.append(merged)
    return out


def wrap_text(s, f, maxw):
    return ["".join(p[0] for p in ln) for ln in wrap_parts([(s, None)], f, maxw)]


def plain(parts):
    return "".join(p[0] for p in parts)


# ---------------------------------------------------------------- sizes
SCREEN = [(540, 960), (720, 1280), (1080, 1920), (1080, 2340), (1170, 2532), (1284, 2778), (828, 1792), (750, 1334)]
DESKTOP = [(1280, 720), (1920, 1080), (2560, 1440), (1366, 768), (3840, 2160), (3000, 2000)]
PHOTO_BIG = [(4032, 3024), (3024, 4032), (4000, 3000), (3264, 2448), (3000, 2000), (2448, 3264), (4000, 2250), (3840, 2160)]
PHOTO_SMALL = [(1600, 1200), (2048, 1536), (1200, 1600), (1280, 960), (1920, 1440), (1536, 2048)]
SCAN = [(2480, 3508), (1240, 1754), (1654, 2339), (2550, 3300)]


def pick_size(rng, kind, portrait=None, big_p=0.8):
    if kind == "screen":
        return pick(rng, SCREEN)
    if kind == "desktop":
        return pick(rng, DESKTOP)
    if kind == "scan":
        s = pick(rng, SCAN)
    elif rng.random() < big_p:
        s = pick(rng, PHOTO_BIG)
    else:
        s = pick(rng, PHOTO_SMALL)
    if portrait is not None and (s[1] > s[0]) != portrait:
        s = (s[1], s[0])
    return s


def rcolor(rng, lo=0, hi=255):
    return tuple(rng.randint(lo, hi) for _ in range(3))


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def ink_for(bg, rng=None, low=False):
    """Text colour for bg; low=True gives low contrast."""
    dark = lum(bg) > 128
    if low:
        return mix(bg, (0, 0, 0) if dark else (255, 255, 255), 0.35 + (rng.random() * 0.15 if rng else 0))
    return (20, 20, 25) if dark else (245, 245, 245)
