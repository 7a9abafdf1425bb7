"""Helpers for photo-like scenes: put a drawn object into a photo, handwriting,
barcodes, stickers."""
from common import Panel, Result, font, quad_persp, quad_rot, photo_finish, jpeg_roundtrip, HAND_FONTS
import textures as tx

PHOTO_SIZES = [(4032, 3024), (3024, 4032), (4000, 3000), (3264, 2448), (3000, 2000), (2448, 3264)]
SMALL_SIZES = [(2048, 1536), (1600, 1200), (1200, 1600), (1536, 2048), (1280, 960)]
INKS = [(20, 40, 140), (15, 15, 20), (30, 30, 90), (110, 20, 30), (40, 40, 40)]


def photo(r, nr, obj, W, H, bg=None, frac=0.75, angle=None, tilt=None, shear=None, blur=None, noise=None,
          fmt="JPEG", q=None, cx=None, cy=None, shadow=True, extra=None, vig=None, cast=None, light=None,
          contrast=1.0):
    """Place obj (Panel) into a W x H photo with perspective and camera effects."""
    if bg is None:
        bg = tx.table(nr, W, H)
    P = Panel(0, 0, img=bg)
    if extra:
        extra(P)
    scale = frac * min(W / obj.w, H / obj.h)
    angle = r.uniform(-8, 8) if angle is None else angle
    tilt = r.uniform(0.0, 0.12) if tilt is None else tilt
    shear = r.uniform(-0.04, 0.04) if shear is None else shear
    cx = W / 2 + r.uniform(-0.04, 0.04) * W if cx is None else cx
    cy = H / 2 + r.uniform(-0.04, 0.04) * H if cy is None else cy
    quad = quad_persp(cx, cy, obj.w, obj.h, angle=angle, scale=scale, tilt_y=tilt, shear=shear,
                      tilt_x=r.uniform(-0.04, 0.04))
    P.paste(obj, quad, shadow=(max(4, W // 250) if shadow else 0), shadow_off=(W // 300, W // 250))
    img = P.img.convert("RGB")
    img = photo_finish(img, nr, blur=r.uniform(0.5, 1.5) if blur is None else blur,
                       noise=r.uniform(2.5, 6) if noise is None else noise,
                       vig=r.uniform(0.15, 0.45) if vig is None else vig,
                       light=r.uniform(0.1, 0.35) if light is None else light, cast=cast, contrast=contrast)
    if q is None:
        q = r.randint(72, 93)
    return Result(P, fmt, q, img=img)


def hand(P, xy, text, f, fill, kind=None, angle=0.0, anchor=None):
    """Handwriting-like text: drawn on its own transparent panel, then
    pasted slightly rotated.  xy is the top-left of the unrotated text."""
    l, t, rr, b = f.getbbox(text)
    pad = int(f.size * 0.3)
    sub = Panel(rr + 2 * pad, b + 2 * pad, (0, 0, 0, 0))
    sub.text((pad, pad), text, f, fill, kind=kind)
    x, y = xy
    if anchor == "mm":
        x -= sub.w / 2
        y -= sub.h / 2
    else:
        x -= pad
        y -= pad
    P.paste(sub, quad_rot(x + sub.w / 2, y + sub.h / 2, sub.w, sub.h, angle))
    return rr - l, b - t


def hand_rich(P, xy, segs, f, fill, angle=0.0):
    full = "".join(s[0] for s in segs)
    l, t, rr, b = f.getbbox(full)
    pad = int(f.size * 0.3)
    sub = Panel(rr + 2 * pad, b + 2 * pad, (0, 0, 0, 0))
    sub.rich((pad, pad), segs, f, fill)
    x, y = xy
    P.paste(sub, quad_rot(x - pad + sub.w / 2, y - pad + sub.h / 2, sub.w, sub.h, angle))


def barcode(P, x, y, w, h, r, col=(0, 0, 0)):
    cx = x
    while cx < x + w:
        bw = r.choice([1, 1, 2, 3]) * max(1, w / 200)
        if r.random() < 0.55:
            P.rect([cx, y, cx + bw, y + h], fill=col)
        cx += bw


def hand_font(r, size):
    return font(r.choice(HAND_FONTS), size)


def ink(r):
    return r.choice(INKS)


def pick_photo_size(r, big=True):
    return r.choice(PHOTO_SIZES if big else SMALL_SIZES)


def finish(r, nr, P, fmt="JPEG", q=None, blur=None, noise=None, vig=None, light=None, cast=None, contrast=1.0):
    """Camera effects for a panel that was composed directly."""
    img = photo_finish(P.img.convert("RGB"), nr, blur=r.uniform(0.5, 1.5) if blur is None else blur,
                       noise=r.uniform(2.5, 6) if noise is None else noise,
                       vig=r.uniform(0.15, 0.45) if vig is None else vig,
                       light=r.uniform(0.1, 0.35) if light is None else light, cast=cast, contrast=contrast)
    return Result(P, fmt, r.randint(72, 93) if q is None else q, img=img)
