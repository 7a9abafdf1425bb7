"""Phone UI primitives: sizes, status bars, avatars, icons, bubbles, keyboard."""
import math

from PIL import ImageDraw

from common import F, hexc, lum, mix

PORTRAIT = [(540, 960), (640, 1136), (720, 1280), (720, 1600), (750, 1334), (828, 1792), (1080, 1920),
            (1080, 2340), (1080, 2400), (1125, 2436), (1170, 2532)]
LANDSCAPE = [(960, 540), (1280, 720), (1334, 750), (1600, 720), (1920, 1080), (2340, 1080), (2400, 1080),
             (2532, 1170)]

AVATAR_COLS = [hexc(h) for h in ["#e57373", "#f06292", "#ba68c8", "#7986cb", "#4fc3f7", "#4db6ac",
                                 "#81c784", "#ffb74d", "#a1887f", "#90a4ae", "#ff8a65", "#9575cd",
                                 "#26a69a", "#5c6bc0", "#ec407a", "#8d6e63"]]


def phone_size(rng, landscape=False):
    return rng.choice(LANDSCAPE if landscape else PORTRAIT)


def ui_scale(w, h, ios):
    return min(w, h) / (390.0 if ios else 360.0)


def initials(name):
    parts = [p for p in name.replace("_", " ").replace(".", " ").split() if p and p[0].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()


def avatar(cv, cx, cy, r, label, rng, col=None, font="DejaVuSans-Bold"):
    col = col or rng.choice(AVATAR_COLS)
    cv.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=cv._col(col))
    ini = initials(label) if len(label) > 2 else label
    fc = (255, 255, 255) if lum(col) < 170 else (40, 40, 40)
    cv.text((cx, cy), ini, F(font, r * 0.8), fc, anchor="mm")


def photo_placeholder(cv, x0, y0, x1, y1, col=(200, 204, 210), fg=(160, 166, 175)):
    """Plain image slot (mountain + sun glyph), never a face."""
    d = cv.d
    d.rectangle([x0, y0, x1, y1], fill=cv._col(col))
    w, h = x1 - x0, y1 - y0
    d.polygon([(x0 + w * 0.1, y1 - h * 0.15), (x0 + w * 0.4, y0 + h * 0.45), (x0 + w * 0.6, y1 - h * 0.15)],
              fill=cv._col(fg))
    d.polygon([(x0 + w * 0.45, y1 - h * 0.15), (x0 + w * 0.65, y0 + h * 0.55), (x0 + w * 0.9, y1 - h * 0.15)],
              fill=cv._col(mix(fg, col, 0.3)))
    r = min(w, h) * 0.09
    d.ellipse([x0 + w * 0.7 - r, y0 + h * 0.28 - r, x0 + w * 0.7 + r, y0 + h * 0.28 + r], fill=cv._col(fg))


def status_bar(cv, s, fg, rng, ios, height=None, time_text=None, x0=0, x1=None):
    x1 = x1 if x1 is not None else cv.w
    h = height or (44 * s if ios else 28 * s)
    cy = h * (0.55 if ios else 0.5)
    if time_text is None:
        if ios or rng.chance(0.4):
            time_text = "%d:%02d" % (rng.randint(1, 12), rng.randint(0, 59))
        else:
            time_text = "%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59))
    fnt = F("DejaVuSans-Bold" if ios else "DejaVuSans", (15 if ios else 13) * s)
    tx = x0 + (28 * s if ios else 14 * s)
    cv.text((tx, cy), time_text, fnt, fg, anchor="lm")
    d = cv.d
    # battery
    bw, bh = 24 * s, 11 * s
    bx = x1 - 14 * s - bw
    d.rounded_rectangle([bx, cy - bh / 2, bx + bw, cy + bh / 2], radius=3 * s, outline=cv._col(fg),
                        width=max(1, int(s)))
    lvl = rng.uniform(0.2, 0.95)
    d.rectangle([bx + 2 * s, cy - bh / 2 + 2 * s, bx + 2 * s + (bw - 4 * s) * lvl, cy + bh / 2 - 2 * s],
                fill=cv._col(fg))
    d.rectangle([bx + bw + 1, cy - 2 * s, bx + bw + 2.5 * s, cy + 2 * s], fill=cv._col(fg))
    # wifi
    wx = bx - 14 * s
    for i in range(3):
        r = (3 + i * 3.2) * s
        d.arc([wx - r, cy + 4 * s - r, wx + r, cy + 4 * s + r], 225, 315, fill=cv._col(fg),
              width=max(1, int(1.6 * s)))
    # signal
    sx = wx - 28 * s
    for i in range(4):
        hh = (3 + i * 2.4) * s
        d.rectangle([sx + i * 4.5 * s, cy + 5 * s - hh, sx + i * 4.5 * s + 3 * s, cy + 5 * s],
                    fill=cv._col(fg if i < 3 or rng.chance(0.6) else mix(fg, (128, 128, 128), 0.6)))
    return h


def bottom_bar(cv, s, fg, ios):
    d = cv.d
    if ios:
        w = 134 * s
        y = cv.h - 9 * s
        d.rounded_rectangle([cv.w / 2 - w / 2, y - 5 * s, cv.w / 2 + w / 2, y], radius=3 * s, fill=cv._col(fg))
        return 34 * s
    h = 44 * s
    y = cv.h - h / 2
    c = cv.w / 2
    d.polygon([(c - 90 * s, y), (c - 80 * s, y - 7 * s), (c - 80 * s, y + 7 * s)], outline=cv._col(fg))
    d.ellipse([c - 7 * s, y - 7 * s, c + 7 * s, y + 7 * s], outline=cv._col(fg), width=max(1, int(1.5 * s)))
    d.rectangle([c + 80 * s, y - 6 * s, c + 92 * s, y + 6 * s], outline=cv._col(fg), width=max(1, int(1.5 * s)))
    return h


def back_arrow(cv, x, cy, s, fg):
    d = cv.d
    w = max(1, int(2.2 * s))
    d.line([(x + 10 * s, cy - 9 * s), (x + 1 * s, cy), (x + 10 * s, cy + 9 * s)], fill=cv._col(fg), width=w)


def icon_phone(cv, cx, cy, s, fg):
    d = cv.d
    d.rounded_rectangle([cx - 4 * s, cy - 9 * s, cx + 4 * s, cy + 9 * s], radius=3 * s, outline=cv._col(fg),
                        width=max(1, int(1.8 * s)))


def icon_video(cv, cx, cy, s, fg):
    d = cv.d
    d.rounded_rectangle([cx - 10 * s, cy - 6 * s, cx + 3 * s, cy + 6 * s], radius=2 * s, outline=cv._col(fg),
                        width=max(1, int(1.8 * s)))
    d.polygon([(cx + 4 * s, cy), (cx + 10 * s, cy - 5 * s), (cx + 10 * s, cy + 5 * s)], fill=cv._col(fg))


def icon_dots(cv, cx, cy, s, fg, vertical=True):
    for i in (-1, 0, 1):
        x, y = (cx, cy + i * 5.5 * s) if vertical else (cx + i * 5.5 * s, cy)
        cv.d.ellipse([x - 2 * s, y - 2 * s, x + 2 * s, y + 2 * s], fill=cv._col(fg))


def icon_search(cv, cx, cy, s, fg):
    d = cv.d
    d.ellipse([cx - 7 * s, cy - 7 * s, cx + 3 * s, cy + 3 * s], outline=cv._col(fg), width=max(1, int(1.8 * s)))
    d.line([(cx + 2 * s, cy + 2 * s), (cx + 8 * s, cy + 8 * s)], fill=cv._col(fg), width=max(1, int(2 * s)))


def keyboard(cv, s, dark, top):
    """Simple on-screen keyboard from y=top to the bottom."""
    d = cv.d
    bg = (43, 43, 45) if dark else (209, 212, 217)
    key = (90, 90, 94) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    d.rectangle([0, top, cv.w, cv.h], fill=cv._col(bg))
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    kh = (cv.h - top - 40 * s) / 4.3
    kw = cv.w / 10.0
    fnt = F("DejaVuSans", 17 * s)
    for r, letters in enumerate(rows):
        off = (10 - len(letters)) * kw / 2
        y = top + 8 * s + r * kh
        for i, ch in enumerate(letters):
            x = off + i * kw
            d.rounded_rectangle([x + 3 * s, y + 4 * s, x + kw - 3 * s, y + kh - 4 * s], radius=5 * s,
                                fill=cv._col(key))
            cv.text((x + kw / 2, y + kh / 2), ch, fnt, fg, anchor="mm")
    y = top + 8 * s + 3 * kh
    d.rounded_rectangle([cv.w * 0.25, y + 4 * s, cv.w * 0.75, y + kh - 4 * s], radius=5 * s, fill=cv._col(key))
    cv.text((cv.w / 2, y + kh / 2), "space", F("DejaVuSans", 14 * s), fg, anchor="mm")


def wallpaper(rng, w, h):
    from common import gradient
    c1 = tuple(rng.randint(10, 200) for _ in range(3))
    c2 = tuple(rng.randint(40, 255) for _ in range(3))
    im = gradient(w, h, c1, c2)
    d = ImageDraw.Draw(im, "RGBA")
    for _ in range(rng.randint(3, 8)):
        r = rng.uniform(0.1, 0.45) * w
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        col = tuple(rng.randint(0, 255) for _ in range(3)) + (rng.randint(30, 90),)
        d.ellipse([x - r, y - r, x + r, y + r], fill=col)
    return im


def bubble(cv, x0, y0, x1, y1, r, col, tail=None, s=1.0):
    d = cv.d
    d.rounded_rectangle([x0, y0, x1, y1], radius=r, fill=cv._col(col))
    if tail == "right":
        d.polygon([(x1 - r, y0), (x1 + 8 * s, y0), (x1 - 2 * s, y0 + 12 * s)], fill=cv._col(col))
    elif tail == "left":
        d.polygon([(x0 + r, y0), (x0 - 8 * s, y0), (x0 + 2 * s, y0 + 12 * s)], fill=cv._col(col))
    elif tail == "br":
        d.ellipse([x1 - 10 * s, y1 - 14 * s, x1 + 6 * s, y1], fill=cv._col(col))
    elif tail == "bl":
        d.ellipse([x0 - 6 * s, y1 - 14 * s, x0 + 10 * s, y1], fill=cv._col(col))


def ticks(cv, x, y, s, col):
    d = cv.d
    w = max(1, int(1.4 * s))
    for off in (0, 4 * s):
        d.line([(x + off, y), (x + off + 3 * s, y + 3 * s), (x + off + 9 * s, y - 4 * s)], fill=cv._col(col), width=w)


def circle_icon(cv, cx, cy, r, col, glyph=None, gcol=(255, 255, 255), s=1.0):
    cv.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=cv._col(col))
    if glyph:
        cv.text((cx, cy), glyph, F("DejaVuSans-Bold", r * 1.0), gcol, anchor="mm")
