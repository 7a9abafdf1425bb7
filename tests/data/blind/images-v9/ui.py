"""Phone / desktop UI chrome: status bars, app bars, avatars, buttons."""
from common import font, ink_for, lighter, darker, mix

PHONE_SIZES = [(1080, 1920), (1080, 2340), (1170, 2532), (1080, 2400), (750, 1334), (1284, 2778), (828, 1792)]
DESK_SIZES = [(1920, 1080), (1366, 768), (2560, 1440), (1440, 900), (3840, 2160), (3000, 2000)]
TABLET_SIZES = [(2048, 1536), (2732, 2048), (1536, 2048)]

ACCENTS = [(0, 132, 255), (37, 211, 102), (88, 101, 242), (255, 64, 129), (255, 152, 0), (0, 150, 136), (156, 39, 176),
           (229, 57, 53), (3, 169, 244), (121, 85, 72), (63, 81, 181), (0, 200, 83)]


def status_bar(cv, rng, dark=False, h=None, time=None):
    w = cv.w
    s = w / 1080
    h = h or int(70 * s)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    f = font('sans_b', 30 * s)
    t = time or f'{rng.randint(6, 22)}:{rng.randint(0, 59):02d}'
    cv.text((int(50 * s), int(18 * s)), t, f, fg)
    # battery + signal glyphs
    x = w - int(60 * s)
    cv.d.rounded_rectangle((x - int(50 * s), int(22 * s), x, int(46 * s)), radius=int(5 * s), outline=fg, width=max(1, int(2 * s)))
    lvl = rng.uniform(0.2, 1)
    cv.d.rectangle((x - int(47 * s), int(25 * s), x - int(47 * s) + int(44 * s * lvl), int(43 * s)), fill=fg)
    for i in range(4):
        bx = x - int(130 * s) + i * int(12 * s)
        cv.d.rectangle((bx, int(44 * s) - i * int(6 * s) - int(6 * s), bx + int(8 * s), int(44 * s)), fill=fg)
    cv.text((x - int(190 * s), int(20 * s)), rng.choice(['5G', '4G', 'LTE', 'Wi-Fi']), font('sans', 24 * s), fg)
    return h


def avatar(cv, cx, cy, r, color, letter=None, f=None):
    cv.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
    if letter:
        f = f or font('sans_b', r)
        cv.d.text((cx, cy), letter, font=f, fill=ink_for(color), anchor='mm')


def pet_avatar(cv, cx, cy, r, color, rng):
    """non-face avatar: a simple shape (star / game block / ball)"""
    cv.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
    k = rng.randint(0, 2)
    c2 = lighter(color, 0.6)
    if k == 0:
        import math
        pts = []
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            rr = r * (0.6 if i % 2 == 0 else 0.25)
            pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        cv.d.polygon(pts, fill=c2)
    elif k == 1:
        cv.d.rectangle((cx - r * 0.45, cy - r * 0.45, cx + r * 0.45, cy + r * 0.45), fill=c2)
    else:
        cv.d.ellipse((cx - r * 0.5, cy - r * 0.5, cx + r * 0.5, cy + r * 0.5), outline=c2, width=max(2, int(r * 0.15)))


def button(cv, box, label, bg, f, fg=None, r=None):
    cv.d.rounded_rectangle(box, radius=r if r is not None else (box[3] - box[1]) // 2, fill=bg)
    cv.d.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), label, font=f, fill=fg or ink_for(bg), anchor='mm')


def home_bar(cv, dark=False):
    w, h = cv.w, cv.h
    s = w / 1080
    c = (230, 230, 230) if dark else (30, 30, 30)
    cv.d.rounded_rectangle((w / 2 - 140 * s, h - 30 * s, w / 2 + 140 * s, h - 20 * s), radius=int(5 * s), fill=c)


def input_bar(cv, y, rng, dark=False, accent=(0, 132, 255)):
    w = cv.w
    s = w / 1080
    bg = (30, 30, 34) if dark else (246, 246, 246)
    cv.d.rectangle((0, y, w, cv.h), fill=bg)
    fb = (50, 50, 56) if dark else (255, 255, 255)
    cv.d.rounded_rectangle((int(110 * s), y + int(25 * s), w - int(130 * s), y + int(115 * s)), radius=int(45 * s), fill=fb,
                           outline=(200, 200, 200) if not dark else None)
    cv.text((int(150 * s), y + int(52 * s)), rng.choice(['Message', 'Type a message', 'iMessage', 'Send a message...']), font('sans', 34 * s),
            (140, 140, 140))
    cv.d.ellipse((w - int(110 * s), y + int(30 * s), w - int(30 * s), y + int(110 * s)), fill=accent)
    cv.d.ellipse((int(25 * s), y + int(35 * s), int(95 * s), y + int(105 * s)), outline=(150, 150, 150), width=max(2, int(3 * s)))
