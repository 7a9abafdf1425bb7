"""Rendering core: fonts, text with ink tracking, QR codes, surfaces, warps, photo/scan finishing."""
import io
import math
import re

import numpy as np
import segno
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont


class LayoutError(Exception):
    """Raised when a layout does not fit / is not legible; the caller retries with a new attempt seed."""


FD = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "dv": "dejavu/DejaVuSans.ttf", "dvb": "dejavu/DejaVuSans-Bold.ttf", "dvi": "dejavu/DejaVuSans-Oblique.ttf",
    "dvbi": "dejavu/DejaVuSans-BoldOblique.ttf", "dvc": "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": "dejavu/DejaVuSansCondensed-Bold.ttf", "dvci": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "dvl": "dejavu/DejaVuSans-ExtraLight.ttf", "dvs": "dejavu/DejaVuSerif.ttf", "dvsb": "dejavu/DejaVuSerif-Bold.ttf",
    "dvsi": "dejavu/DejaVuSerif-Italic.ttf", "dvsbi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "dvsc": "dejavu/DejaVuSerifCondensed.ttf", "dvm": "dejavu/DejaVuSansMono.ttf", "dvmb": "dejavu/DejaVuSansMono-Bold.ttf",
    "ls": "liberation/LiberationSans-Regular.ttf", "lsb": "liberation/LiberationSans-Bold.ttf",
    "lsi": "liberation/LiberationSans-Italic.ttf", "lsbi": "liberation/LiberationSans-BoldItalic.ttf",
    "ln": "liberation/LiberationSansNarrow-Regular.ttf", "lnb": "liberation/LiberationSansNarrow-Bold.ttf",
    "lni": "liberation/LiberationSansNarrow-Italic.ttf",
    "lr": "liberation/LiberationSerif-Regular.ttf", "lrb": "liberation/LiberationSerif-Bold.ttf",
    "lri": "liberation/LiberationSerif-Italic.ttf", "lrbi": "liberation/LiberationSerif-BoldItalic.ttf",
    "lm": "liberation/LiberationMono-Regular.ttf", "lmb": "liberation/LiberationMono-Bold.ttf",
    "fs": "freefont/FreeSans.ttf", "fsb": "freefont/FreeSansBold.ttf", "fso": "freefont/FreeSansOblique.ttf",
    "fsbo": "freefont/FreeSansBoldOblique.ttf", "fr": "freefont/FreeSerif.ttf", "frb": "freefont/FreeSerifBold.ttf",
    "fri": "freefont/FreeSerifItalic.ttf", "frbi": "freefont/FreeSerifBoldItalic.ttf",
    "fm": "freefont/FreeMono.ttf", "fmb": "freefont/FreeMonoBold.ttf",
}
SANS = ["dv", "dvc", "ls", "ln", "fs"]
SANS_B = ["dvb", "dvcb", "lsb", "lnb", "fsb"]
SERIF = ["dvs", "lr", "fr", "dvsc"]
SERIF_B = ["dvsb", "lrb", "frb"]
HAND = ["dvi", "lsi", "fso", "fri", "lri", "dvsi", "lni", "dvci"]
HAND_B = ["dvbi", "lsbi", "fsbo", "frbi", "lrbi", "dvsbi"]
MONO = ["dvm", "lm", "fm"]

_fcache = {}


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    f = _fcache.get(k)
    if f is None:
        f = ImageFont.truetype(FD + FONT_FILES[key], size)
        _fcache[k] = f
    return f


def cap_height(fnt):
    return -fnt.getbbox("H", anchor="ls")[1]


def text_mask(text, fnt, hand=0.0, rng=None):
    """Render text to an L mask. Returns (mask, ox, oy, advance); mask's top-left sits at
    (x+ox, y+oy) for a left-baseline anchor (x, y)."""
    if hand <= 0:
        l, t, r, b = fnt.getbbox(text, anchor="ls")
        m = Image.new("L", (max(1, r - l) + 4, max(1, b - t) + 4), 0)
        ImageDraw.Draw(m).text((2 - l, 2 - t), text, font=fnt, fill=255, anchor="ls")
        return m, l - 2, t - 2, fnt.getlength(text)
    size = fnt.size
    W = int(fnt.getlength(text) * 1.2 + size * 2)
    H = int(size * 2.6)
    canvas = Image.new("L", (W, H), 0)
    bx, by = int(size * 0.5), int(size * 1.7)
    x = float(bx)
    for ch in text:
        adv = fnt.getlength(ch)
        if ch != " ":
            l, t, r, b = fnt.getbbox(ch, anchor="ls")
            cm = Image.new("L", (r - l + 6, b - t + 6), 0)
            ImageDraw.Draw(cm).text((3 - l, 3 - t), ch, font=fnt, fill=255, anchor="ls")
            ang = rng.uniform(-hand * 7, hand * 7)
            cm2 = cm.rotate(ang, resample=Image.BICUBIC, expand=True)
            cx = x + (l + r) / 2.0
            cy = by + (t + b) / 2.0 + rng.uniform(-1, 1) * hand * size * 0.05
            px = int(round(cx - cm2.width / 2.0))
            py = int(round(cy - cm2.height / 2.0))
            box = (px, py, px + cm2.width, py + cm2.height)
            canvas.paste(ImageChops.lighter(canvas.crop(box), cm2), box[:2])
        x += adv * (1 + rng.uniform(-0.04, 0.07) * hand)
    bb = canvas.getbbox() or (0, 0, 1, 1)
    m = canvas.crop(bb)
    return m, bb[0] - bx, bb[1] - by, x - bx


def extreme_pts(a):
    """Corner points of the extreme ink pixels (per row and per column) of boolean mask a."""
    rows = np.nonzero(a.any(1))[0]
    cols = np.nonzero(a.any(0))[0]
    if len(rows) == 0:
        raise LayoutError("empty ink")
    sub = a[rows]
    left = sub.argmax(1)
    right = a.shape[1] - 1 - sub[:, ::-1].argmax(1)
    subc = a[:, cols]
    top = subc.argmax(0)
    bot = a.shape[0] - 1 - subc[::-1, :].argmax(0)
    px = np.concatenate([left, right, cols, cols]).astype(np.float64)
    py = np.concatenate([rows, rows, top, bot]).astype(np.float64)
    pts = []
    for dx in (0, 1):
        for dy in (0, 1):
            pts.append(np.stack([px + dx, py + dy], 1))
    return np.concatenate(pts, 0)


def rgba(c, a=255):
    return tuple(c[:3]) + ((c[3],) if len(c) == 4 else (a,))


def qr_matrix(payload, error="m"):
    q = segno.make(payload, error=error, micro=False, boost_error=False)
    return np.array([list(r) for r in q.matrix], dtype=bool)


class Surface:
    """An RGBA drawing surface that remembers where every leak's ink and every QR code is."""

    def __init__(self, w, h, bg=(255, 255, 255, 255)):
        self.w, self.h = int(w), int(h)
        self.img = Image.new("RGBA", (self.w, self.h), rgba(bg))
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []
        self.qrs = []

    # -------- text
    def text(self, x, y, text, fnt, fill, kind=None, hand=0.0, rng=None, anchor="ls", clip_ok=False):
        m, ox, oy, adv = text_mask(text, fnt, hand, rng)
        if anchor[0] == "m":
            x -= adv / 2.0
        elif anchor[0] == "r":
            x -= adv
        if anchor[1] == "m":
            y += cap_height(fnt) / 2.0
        elif anchor[1] == "t":
            y += cap_height(fnt)
        px, py = int(round(x + ox)), int(round(y + oy))
        col = Image.new("RGBA", m.size, rgba(fill))
        self.img.paste(col, (px, py), m)
        if kind:
            a = np.asarray(m) > 80
            pts = extreme_pts(a) + np.array([px, py], float)
            if pts[:, 0].min() < 0 or pts[:, 1].min() < 0 or pts[:, 0].max() > self.w or pts[:, 1].max() > self.h:
                raise LayoutError("leak ink outside surface")
            ch = cap_height(fnt)
            caps = []
            for f in (0.08, 0.5, 0.92):
                xx = x + adv * f
                caps.append(((xx, y - ch), (xx, y)))
            self.leaks.append({"kind": kind, "text": text, "pts": pts, "caps": caps})
        return adv

    def rich(self, x, y, width, segs, fnt, fill, lh=1.35, hand=0.0, rng=None, align="l", kind_fill=None, max_lines=None):
        """Draw word-wrapped text made of (text, kind) segments; leak segments never break.
        y is the first baseline. Returns the baseline of the last line."""
        lines = layout_rich(width, segs, fnt, hand)
        if max_lines and len(lines) > max_lines:
            raise LayoutError("too many lines")
        return self.draw_lines(x, y, width, lines, fnt, fill, lh, hand, rng, align, kind_fill)

    def draw_lines(self, x, y, width, lines, fnt, fill, lh=1.35, hand=0.0, rng=None, align="l", kind_fill=None):
        sp = fnt.getlength(" ")
        step = fnt.size * lh
        for i, (line, lw) in enumerate(lines):
            xx = x
            if align == "c":
                xx = x + (width - lw) / 2.0
            elif align == "r":
                xx = x + width - lw
            for j, (t, kind, spb) in enumerate(line):
                if j and spb:
                    xx += sp
                f = kind_fill if (kind and kind_fill) else fill
                xx += self.text(xx, y, t, fnt, f, kind=kind, hand=hand, rng=rng)
            if i < len(lines) - 1:
                y += step
        return y

    # -------- QR
    def qr(self, x, y, payload, module, leaks=(), dark=(0, 0, 0), light=(255, 255, 255), border=4, error="m"):
        mat = qr_matrix(payload, error)
        n = mat.shape[0]
        full = np.pad(mat, border)
        big = np.repeat(np.repeat(full, module, 0), module, 1)
        arr = np.where(big[..., None], np.array(dark, np.uint8), np.array(light, np.uint8)).astype(np.uint8)
        im = Image.fromarray(arr, "RGB").convert("RGBA")
        x, y = int(x), int(y)
        self.img.paste(im, (x, y))
        s0x, s0y = x + border * module, y + border * module
        side = n * module
        t = np.linspace(0, 1, 17)
        pts = np.concatenate([
            np.stack([s0x + t * side, np.full_like(t, s0y)], 1),
            np.stack([s0x + t * side, np.full_like(t, s0y + side)], 1),
            np.stack([np.full_like(t, s0x), s0y + t * side], 1),
            np.stack([np.full_like(t, s0x + side), s0y + t * side], 1)])
        if x < 0 or y < 0 or x + im.width > self.w or y + im.height > self.h:
            raise LayoutError("qr outside surface")
        self.qrs.append({"payload": payload, "pts": pts, "n": n, "leaks": list(leaks)})
        return im.width

    @staticmethod
    def qr_size(payload, module, border=4, error="m"):
        return (qr_matrix(payload, error).shape[0] + 2 * border) * module

    # -------- shapes
    def circle_avatar(self, cx, cy, r, color, initials, fnt, fg=(255, 255, 255)):
        self.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rgba(color))
        self.text(cx, cy, initials, fnt, fg, anchor="mm")

    def rrect(self, box, r, fill, outline=None, width=1):
        self.d.rounded_rectangle([int(v) for v in box], radius=int(r), fill=rgba(fill) if fill else None,
                                 outline=rgba(outline) if outline else None, width=width)


def layout_rich(width, segs, fnt, hand=0.0):
    """Word-wrap (text, kind) segments. Returns [(atoms, line_width)], atoms = (text, kind, space_before)."""
    atoms = []
    pending = False
    for text, kind in segs:
        if kind:
            atoms.append((text, kind, pending))
            pending = False
            continue
        for tok in re.findall(r"\S+|\s+", text):
            if tok.isspace():
                pending = True
            else:
                atoms.append((tok, None, pending))
                pending = False
    sp = fnt.getlength(" ")
    lines = []
    cur, cw = [], 0.0
    for a in atoms:
        w = fnt.getlength(a[0]) * (1.08 if hand else 1.0)
        if a[1] and w > width:
            raise LayoutError("leak wider than column")
        add = w + (sp if (cur and a[2]) else 0)
        if cur and cw + add > width:
            lines.append((cur, cw))
            cur, cw = [], 0.0
            add = w
        cur.append(a)
        cw += add
    if cur:
        lines.append((cur, cw))
    return lines


# ------------------------------------------------------------------ geometry
def homography(src, dst):
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def apply_h(H, pts):
    pts = np.asarray(pts, float)
    p = np.concatenate([pts, np.ones((len(pts), 1))], 1) @ H.T
    return p[:, :2] / p[:, 2:3]


def make_quad(sw, sh, cx, cy, scale, rot_deg=0.0, tilt_x=0.0, tilt_y=0.0, squash=1.0):
    """Destination quad for a surface of size sw x sh: scaled, squashed vertically (foreshortening),
    keystoned (tilt_y>0 narrows the top edge, tilt_x>0 shortens the right edge), then rotated."""
    w, h = sw * scale, sh * scale * squash
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], float)
    # keystone
    pts[0, 0] *= (1 - tilt_y)
    pts[1, 0] *= (1 - tilt_y)
    pts[1, 1] *= (1 - tilt_x)
    pts[2, 1] *= (1 - tilt_x)
    if tilt_y < 0:
        pts[0, 0] /= (1 - tilt_y)
        pts[1, 0] /= (1 - tilt_y)
        pts[2, 0] *= (1 + tilt_y)
        pts[3, 0] *= (1 + tilt_y)
    if tilt_x < 0:
        pts[1, 1] /= (1 - tilt_x)
        pts[2, 1] /= (1 - tilt_x)
        pts[0, 1] *= (1 + tilt_x)
        pts[3, 1] *= (1 + tilt_x)
    a = math.radians(rot_deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    pts = pts @ R.T
    pts[:, 0] += cx
    pts[:, 1] += cy
    return pts


def remap_rgba(arr, mx, my):
    """Bilinear sample arr (H,W,4 float32) at (mx,my); outside -> transparent."""
    H, W = arr.shape[:2]
    valid = (mx >= 0) & (mx <= W - 1) & (my >= 0) & (my <= H - 1)
    mx = np.clip(mx, 0, W - 1.001)
    my = np.clip(my, 0, H - 1.001)
    x0 = np.floor(mx).astype(np.int32)
    y0 = np.floor(my).astype(np.int32)
    fx = (mx - x0)[..., None].astype(np.float32)
    fy = (my - y0)[..., None].astype(np.float32)
    a = arr[y0, x0] * (1 - fx) + arr[y0, x0 + 1] * fx
    b = arr[y0 + 1, x0] * (1 - fx) + arr[y0 + 1, x0 + 1] * fx
    out = a * (1 - fy) + b * fy
    out[~valid] = 0
    return out


class Curve:
    """Cylinder ('cyl', amount = half wrap angle in rad) or bow ('bow') warp of a surface, with an extra
    vertical bow of k pixels (lines of text curve)."""

    def __init__(self, w, h, mode, amount=0.8, k=0.0, shade=0.35):
        self.w, self.h, self.mode, self.k, self.shade = w, h, mode, k, shade
        if mode == "cyl":
            self.phi = amount
            self.R = w / (2 * amount)
            self.W2 = int(math.ceil(2 * self.R * math.sin(amount)))
        else:
            self.phi = 1.0
            self.R = None
            self.W2 = w
        self.kneg = min(0.0, k)
        self.H2 = int(math.ceil(h + abs(k))) + 1

    def _shift(self, u):  # u in [-1, 1] across the width
        return self.k * (u ** 2) - self.kneg

    def fwd(self, pts):
        pts = np.asarray(pts, float)
        x, y = pts[:, 0], pts[:, 1]
        if self.mode == "cyl":
            th = (x - self.w / 2) / self.R
            xo = self.W2 / 2 + self.R * np.sin(th)
            u = th / self.phi
        else:
            xo = x
            u = (x - self.w / 2) / (self.w / 2)
        yo = y + self._shift(u)
        return np.stack([xo, yo], 1)

    def warp(self, img):
        arr = np.asarray(img).astype(np.float32)
        xs = np.arange(self.W2, dtype=np.float32) + 0.5
        if self.mode == "cyl":
            s = np.clip((xs - self.W2 / 2) / self.R, -1, 1)
            th = np.arcsin(s)
            xin = self.w / 2 + self.R * th
            u = th / self.phi
            shade = (1 - self.shade) + self.shade * np.cos(th) ** 1.5
        else:
            xin = xs
            u = (xs - self.w / 2) / (self.w / 2)
            shade = np.ones_like(xs)
        ys = np.arange(self.H2, dtype=np.float32) + 0.5
        yin = ys[:, None] - self._shift(u)[None, :]
        mx = np.broadcast_to(xin[None, :] - 0.5, (self.H2, self.W2))
        my = yin - 0.5
        out = remap_rgba(arr, mx, my)
        out[..., :3] *= shade[None, :, None]
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGBA")


# ------------------------------------------------------------------ canvas / composition
class Canvas:
    """Final image under construction. Surfaces are placed with a homography (and optional curve);
    leak boxes come from the forward-mapped ink."""

    def __init__(self, w, h, mode, base=None):
        self.w, self.h, self.mode = int(w), int(h), mode
        self.img = base if base is not None else Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.items = []

    def add_flat(self, surf):
        self.img.paste(surf.img.convert("RGB"), (0, 0))
        self.items.append((surf, None, np.eye(3)))

    def place(self, surf, quad, curve=None, shadow=0.3, shadow_off=(12, 16), shadow_blur=14, resample=Image.BICUBIC):
        img = surf.img
        if curve is not None:
            img = curve.warp(img)
        sw, sh = img.size
        quad = np.asarray(quad, float)
        H = homography([(0, 0), (sw, 0), (sw, sh), (0, sh)], quad)
        x0 = int(math.floor(quad[:, 0].min())) - 2
        y0 = int(math.floor(quad[:, 1].min())) - 2
        x1 = int(math.ceil(quad[:, 0].max())) + 2
        y1 = int(math.ceil(quad[:, 1].max())) + 2
        if x0 < 0 or y0 < 0 or x1 > self.w or y1 > self.h:
            raise LayoutError("surface outside canvas")
        T = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], float)
        M = np.linalg.inv(H) @ T
        M = M / M[2, 2]
        warped = img.transform((x1 - x0, y1 - y0), Image.PERSPECTIVE, tuple(M.flatten()[:8]), resample)
        alpha = warped.getchannel("A")
        if shadow > 0:
            sh_a = alpha.filter(ImageFilter.GaussianBlur(shadow_blur)).point(lambda v: int(v * shadow))
            dark = Image.new("RGB", sh_a.size, (10, 10, 10))
            self.img.paste(dark, (x0 + shadow_off[0], y0 + shadow_off[1]), sh_a)
        self.img.paste(warped.convert("RGB"), (x0, y0), alpha)
        self.items.append((surf, curve, H))
        return H

    def collect(self):
        leaks, qrs, caps = [], [], []
        for surf, curve, H in self.items:
            # occlusion check in flat surface coordinates (before any rotation / perspective)
            rects = [(lk["pts"][:, 0].min(), lk["pts"][:, 1].min(), lk["pts"][:, 0].max(), lk["pts"][:, 1].max())
                     for lk in surf.leaks]
            qrects = [(qr["pts"][:, 0].min(), qr["pts"][:, 1].min(), qr["pts"][:, 0].max(), qr["pts"][:, 1].max())
                      for qr in surf.qrs]
            for i, a in enumerate(rects):
                for b in rects[i + 1:]:
                    ov = max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))
                    if ov > 0.05 * min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])):
                        raise LayoutError("leak boxes overlap")
                for b in qrects:
                    if min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1]):
                        raise LayoutError("leak under qr")
            def fwd(p):
                p = np.asarray(p, float)
                if curve is not None:
                    p = curve.fwd(p)
                return apply_h(H, p)
            for lk in surf.leaks:
                q = fwd(lk["pts"])
                box = self._box(q)
                cp = []
                for a, b in lk["caps"]:
                    qa, qb = fwd([a, b])
                    cp.append(float(np.hypot(*(qa - qb))))
                caps.append(min(cp))
                leaks.append({"kind": lk["kind"], "text": lk["text"], "box": box})
            for qr in surf.qrs:
                q = fwd(qr["pts"])
                box = self._box(q)
                # module size estimate from the mapped sides
                n = len(q) // 4
                sides = [np.hypot(*(q[i * n] - q[i * n + n - 1])) for i in range(4)]
                qrs.append({"payload": qr["payload"], "box": box, "module": min(sides) / qr["n"]})
                for kind, text in qr["leaks"]:
                    leaks.append({"kind": kind, "text": text, "box": list(box), "qr": True})
        return leaks, qrs, caps

    def _box(self, q):
        x0, y0 = q[:, 0].min(), q[:, 1].min()
        x1, y1 = q[:, 0].max(), q[:, 1].max()
        if x0 < 0 or y0 < 0 or x1 > self.w or y1 > self.h:
            raise LayoutError("box outside image")
        x0, y0 = int(math.floor(x0)), int(math.floor(y0))
        x1, y1 = int(math.ceil(x1)), int(math.ceil(y1))
        return [x0, y0, max(1, x1 - x0), max(1, y1 - y0)]


# ------------------------------------------------------------------ textures & finishing
def smooth_field(nrng, w, h, cell=64, lo=0.0, hi=1.0):
    sw, sh = max(2, w // cell + 2), max(2, h // cell + 2)
    f = nrng.random((sh, sw)).astype(np.float32)
    im = Image.fromarray((f * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    return lo + (hi - lo) * (np.asarray(im).astype(np.float32) / 255.0)


def texture(nrng, rng, w, h, kind, color=None):
    """Procedural photo backgrounds: wood, wall, brick, grass, fabric, carpet, fridge, cork, paper, asphalt."""
    base = np.array(color if color else {
        "wood": (150, 105, 65), "wall": (215, 208, 195), "brick": (150, 70, 55), "grass": (70, 130, 55),
        "fabric": (60, 80, 120), "carpet": (120, 110, 100), "fridge": (236, 236, 234), "cork": (180, 140, 95),
        "paper": (240, 238, 230), "asphalt": (90, 90, 92), "table": (200, 190, 175), "dark": (45, 45, 50),
        "sky": (150, 190, 230)}[kind], np.float32)
    big = smooth_field(nrng, w, h, cell=max(64, w // 6), lo=-1, hi=1)
    arr = np.empty((h, w, 3), np.float32)
    arr[:] = base
    arr += big[..., None] * 18
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        warp = smooth_field(nrng, w, h, cell=200, lo=-40, hi=40)
        stripes = np.sin((yy + warp) / rng.uniform(9, 20)) * 0.5 + 0.5
        arr *= (0.82 + 0.25 * stripes)[..., None]
        # planks
        ph = rng.randrange(h // 6, h // 3)
        for y in range(rng.randrange(ph), h, ph):
            arr[y:y + 4] *= 0.55
    elif kind == "brick":
        arr[:] = (190, 185, 175)  # mortar
        im = Image.fromarray(arr.astype(np.uint8))
        d = ImageDraw.Draw(im)
        bh = rng.randrange(70, 110)
        bw = bh * 3
        for r, y in enumerate(range(0, h, bh)):
            off = (bw // 2) * (r % 2)
            for x in range(-off, w, bw):
                c = base + nrng.normal(0, 14, 3)
                d.rectangle([x + 5, y + 5, x + bw - 5, y + bh - 5], fill=tuple(int(v) for v in np.clip(c, 0, 255)))
        arr = np.asarray(im).astype(np.float32)
        arr += big[..., None] * 12
    elif kind in ("grass", "carpet", "cork", "asphalt"):
        amp = {"grass": 35, "carpet": 18, "cork": 30, "asphalt": 22}[kind]
        arr += nrng.standard_normal((h, w, 1), dtype=np.float32) * amp
    elif kind == "fabric":
        yy, xx = np.mgrid[0:h, 0:w]
        arr *= (0.92 + 0.08 * ((xx // 3 + yy // 3) % 2))[..., None].astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def clutter(img, rng, n, avoid=()):
    """Draw simple props (mugs, pens, boxes) – no faces."""
    d = ImageDraw.Draw(img)
    W, H = img.size
    for _ in range(n):
        w = rng.randrange(W // 20, W // 6)
        h = rng.randrange(H // 20, H // 6)
        x = rng.randrange(0, W - w)
        y = rng.randrange(0, H - h)
        c = tuple(rng.randrange(30, 230) for _ in range(3))
        if any(not (x + w < a[0] or x > a[2] or y + h < a[1] or y > a[3]) for a in avoid):
            continue
        if rng.random() < 0.5:
            d.ellipse([x, y, x + w, y + w], fill=c)
        else:
            d.rounded_rectangle([x, y, x + w, y + h], radius=min(w, h) // 6, fill=c)


def finish_photo(img, rng, nrng, boxes, level=1.0):
    """Lighting gradient, colour cast, optional low contrast, glare away from boxes, blur, noise."""
    W, H = img.size
    arr = np.asarray(img).astype(np.float32)
    light = smooth_field(nrng, W, H, cell=max(W, H) // 3, lo=rng.uniform(0.72, 0.9), hi=rng.uniform(1.0, 1.12))
    arr *= light[..., None]
    cast = np.array([rng.uniform(0.93, 1.06), rng.uniform(0.95, 1.04), rng.uniform(0.9, 1.07)], np.float32)
    arr *= cast
    if rng.random() < 0.3 * level:
        c = rng.uniform(0.62, 0.82)
        m = arr.mean()
        arr = m + (arr - m) * c
    if rng.random() < 0.3:
        for _ in range(10):
            r = rng.uniform(0.05, 0.12) * min(W, H)
            gx, gy = rng.uniform(r, W - r), rng.uniform(r, H - r)
            ok = all(gx + r < b[0] - 10 or gx - r > b[0] + b[2] + 10 or gy + r < b[1] - 10 or gy - r > b[1] + b[3] + 10
                     for b in boxes)
            if ok:
                x0, x1 = int(gx - r), int(gx + r)
                y0, y1 = int(gy - r), int(gy + r)
                yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
                g = np.clip(1 - np.hypot(xx - gx, yy - gy) / r, 0, 1) ** 2 * rng.uniform(60, 140)
                arr[y0:y1, x0:x1] += g[..., None]
                break
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.3) * level))
    arr = np.asarray(out).astype(np.float32)
    arr += nrng.standard_normal((H, W, 1), dtype=np.float32) * rng.uniform(2, 7) * level
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def finish_scan(img, rng, nrng):
    W, H = img.size
    arr = np.asarray(img).astype(np.float32)
    if rng.random() < 0.35:
        g = arr.mean(2, keepdims=True)
        arr = np.repeat(g, 3, 2)
    arr = arr * rng.uniform(0.95, 1.0) + rng.uniform(0, 10)
    arr += nrng.standard_normal((H, W, 1), dtype=np.float32) * rng.uniform(2, 6)
    # a few specks
    n = rng.randrange(20, 120)
    xs = nrng.integers(0, W, n)
    ys = nrng.integers(0, H, n)
    arr[ys, xs] *= 0.4
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.25, 0.6)))


def encode(img, fmt, q):
    bio = io.BytesIO()
    if fmt == "jpg":
        img.save(bio, "JPEG", quality=q, optimize=False, progressive=False)
    elif fmt == "png":
        img.save(bio, "PNG", compress_level=6)
    else:
        img.save(bio, "WEBP", quality=q, method=4)
    return bio.getvalue()
