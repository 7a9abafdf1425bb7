"""Paper pages and cards: either a flatbed scan or a photo of paper on a table."""
from PIL import ImageFilter
from common import Canvas, sub_canvas, darker
import textures as TX

SCAN_SIZES = [(1240, 1754), (1654, 2339), (2333, 3300), (2550, 3300), (1275, 1650), (2480, 3300), (1700, 2200)]
PHOTO_SIZES = [(4032, 3024), (3024, 4032), (4000, 3000), (3000, 4000), (3264, 2448), (2448, 3264), (2048, 1536), (1536, 2048),
               (1600, 1200), (1200, 1600), (1280, 960), (4032, 3024), (3024, 4032)]
PAPER = [(248, 247, 242), (252, 252, 250), (244, 240, 228), (250, 246, 236), (240, 244, 248)]


def photo_size(rng, portrait=None, big_p=0.7):
    big = [s for s in PHOTO_SIZES if min(s) >= 2000 and max(s) >= 3000]
    small = [s for s in PHOTO_SIZES if s not in big]
    W, H = rng.choice(big if rng.random() < big_p else small)
    if portrait is not None and (H > W) != portrait:
        W, H = H, W
    return W, H


def page_setup(rng, nrng, ratio=1.414, landscape=False, scan_p=0.45, color=None, big_p=0.7, fill=0.86):
    """Returns (page_canvas, host_size or None).  ratio = long/short side."""
    color = color or rng.choice(PAPER)
    if rng.random() < scan_p:
        W, H = rng.choice(SCAN_SIZES)
        if landscape:
            W, H = H, W
        return Canvas(W, H, img=TX.paper(W, H, nrng, color, grain=3, blotch=3)), None
    HW, HH = photo_size(rng, portrait=not landscape if rng.random() < 0.75 else landscape, big_p=big_p)
    if landscape:
        pw = min(HW * fill, HH * fill * ratio)
        ph = pw / ratio
    else:
        ph = min(HH * fill, HW * fill * ratio)
        pw = ph / ratio
    pw, ph = int(pw * rng.uniform(0.9, 1.0)), int(ph * rng.uniform(0.9, 1.0))
    pg = sub_canvas(pw, ph)
    pg.img.paste(TX.paper(pw, ph, nrng, color, grain=4, blotch=7).convert('RGBA'), (0, 0))
    return pg, (HW, HH)


def card_setup(rng, nrng, ratio=1.586, color=(255, 255, 255), scan_p=0.3, big_p=0.7, fill=0.7):
    """a small card: on a scanner bed (lots of white) or a photo on a table."""
    if rng.random() < scan_p:
        W, H = rng.choice(SCAN_SIZES)
        cw = int(W * rng.uniform(0.42, 0.6))
        ch = int(cw / ratio)
        pg = sub_canvas(cw, ch)
        return pg, ('scan', W, H)
    HW, HH = photo_size(rng, portrait=False if rng.random() < 0.8 else True, big_p=big_p)
    cw = int(min(HW * fill, HH * fill * ratio))
    ch = int(cw / ratio)
    pg = sub_canvas(cw, ch)
    return pg, ('photo', HW, HH)


def finish(rng, nrng, page, host, surface=None):
    if host is None:
        return page, {'medium': 'scan', 'fill': (250, 250, 250)}
    if isinstance(host, tuple) and len(host) == 3 and host[0] == 'scan':
        _, W, H = host
        cv = Canvas(W, H, img=TX.paper(W, H, nrng, (250, 250, 250), grain=2, blotch=2))
        pw, ph = page.img.size
        cx = int(W * 0.06) + pw / 2 + rng.uniform(0, W * 0.05)
        cy = int(H * 0.05) + ph / 2 + rng.uniform(0, H * 0.05)
        cv.d.rectangle((cx - pw / 2 + 6, cy - ph / 2 + 6, cx + pw / 2 + 6, cy + ph / 2 + 6), fill=(225, 225, 225))
        cv.paste_canvas(page, (cx, cy), rng.uniform(-2, 2))
        return cv, {'medium': 'scan', 'fill': (250, 250, 250)}
    if len(host) == 3:
        host = host[1:]
    W, H = host
    bg = surface if surface is not None else TX.table(W, H, nrng)
    cv = Canvas(W, H, img=bg)
    pw, ph = page.img.size
    ang = rng.uniform(-6, 6)
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    sh = sub_canvas(pw, ph, (0, 0, 0, 90))
    off = max(4, int(min(W, H) * 0.006))
    sh.img = sh.img.filter(ImageFilter.GaussianBlur(2))
    cv.paste_canvas(sh, (cx + off, cy + off), ang)
    cv.paste_canvas(page, (cx, cy), ang)
    return cv, {'medium': 'photo', 'fill': darker(bg.getpixel((0, 0)), 0.3)}
