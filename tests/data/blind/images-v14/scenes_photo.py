"""Camera photos of objects carrying children's details (banners, cakes, parcels, signs, labels...)."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

import data as D
from core import (F, Leak, Photo, Surface, curve_surface, layout_rich, draw_rich, paste_rotated, quad_rect, rfont)

PHOTO_SIZES = [(3000, 2000), (4032, 3024), (4000, 3000), (3264, 2448), (3600, 2400), (3000, 2250)]


def photo_size(rng, orient=None):
    W, H = D.pick(rng, PHOTO_SIZES)
    if orient is None:
        orient = "L" if rng.random() < 0.55 else "P"
    return (W, H) if orient == "L" else (H, W)


# ------------------------------------------------------------------ backgrounds
def _up(arr, W, H):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC)


def bg_wood(rng, rn, W, H):
    w, h = W // 4, H // 4
    base = np.array(D.pick(rng, [(150, 105, 65), (190, 150, 105), (110, 75, 45), (205, 175, 135)]), np.float32)
    y = np.arange(h, dtype=np.float32)[:, None]
    x = np.arange(w, dtype=np.float32)[None, :]
    n = rn.random((h // 8 + 2, w // 8 + 2)).astype(np.float32)
    n = np.asarray(Image.fromarray((n * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)).astype(np.float32) / 255
    grain = np.sin(y * 0.35 + n * 9 + x * 0.01) * 0.5 + 0.5
    plank = ((y // (h / rng.randrange(3, 7))) % 2) * 0.06
    f = 0.82 + 0.18 * grain - plank
    arr = base[None, None, :] * f[..., None]
    lines = (np.abs((y % (h / rng.randrange(3, 7))) - 1) < 1.0)
    arr[np.broadcast_to(lines, (h, w))] *= 0.6
    return _up(arr, W, H)


def bg_flat(rng, rn, W, H, col=None, amp=12):
    w, h = max(8, W // 16), max(8, H // 16)
    col = col or D.pick(rng, [(228, 224, 215), (200, 210, 220), (235, 230, 220), (210, 200, 185), (190, 205, 190),
                              (240, 236, 230), (170, 175, 185)])
    n = rn.random((h, w)).astype(np.float32)
    n = np.asarray(Image.fromarray((n * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)).astype(np.float32)
    arr = np.array(col, np.float32)[None, None, :] + (n[..., None] / 255 - 0.5) * amp
    return _up(arr, W, H)


def bg_brick(rng, rn, W, H):
    im = Image.new("RGB", (W // 2, H // 2), D.pick(rng, [(170, 170, 165), (150, 145, 140)]))
    d = ImageDraw.Draw(im)
    bh = rng.randrange(28, 40)
    bw = bh * 3
    base = np.array(D.pick(rng, [(150, 70, 50), (170, 95, 70), (130, 60, 45), (190, 170, 140)]))
    for r in range(0, H // 2 // bh + 1):
        off = (bw // 2) if r % 2 else 0
        for c in range(-1, W // 2 // bw + 2):
            col = tuple(int(v) for v in np.clip(base + rng.randrange(-20, 20), 0, 255))
            d.rectangle((c * bw + off + 3, r * bh + 3, c * bw + off + bw - 3, r * bh + bh - 3), fill=col)
    return im.resize((W, H), Image.BICUBIC)


def bg_cork(rng, rn, W, H):
    w, h = W // 3, H // 3
    base = np.array([180, 135, 85], np.float32)
    n = rn.random((h, w)).astype(np.float32)
    arr = base[None, None, :] * (0.75 + 0.35 * n[..., None])
    return _up(arr, W, H).filter(ImageFilter.GaussianBlur(1.2))


def bg_street(rng, rn, W, H):
    im = Image.new("RGB", (W, H), (0, 0, 0))
    d = ImageDraw.Draw(im)
    hz = int(H * rng.uniform(0.35, 0.5))
    top, bot = np.array([110, 160, 215]), np.array([200, 220, 235])
    for y in range(0, hz, 4):
        t = y / hz
        d.rectangle((0, y, W, y + 4), fill=tuple(int(v) for v in top * (1 - t) + bot * t))
    # houses / trees
    x = -rng.randrange(200)
    while x < W:
        w = rng.randrange(W // 6, W // 3)
        h = rng.randrange(int(H * 0.12), int(H * 0.3))
        col = D.pick(rng, [(220, 210, 190), (180, 90, 70), (200, 200, 205), (150, 170, 160), (240, 235, 225)])
        d.rectangle((x, hz - h, x + w, hz + 40), fill=col)
        d.polygon([(x - 20, hz - h), (x + w // 2, hz - h - h // 2), (x + w + 20, hz - h)], fill=(90, 70, 65))
        for k in range(2):
            wx = x + w // 5 + k * w // 2
            d.rectangle((wx, hz - h + h // 4, wx + w // 6, hz - h + h // 4 + h // 4), fill=(70, 90, 110))
        if rng.random() < 0.5:
            tx = x + w + rng.randrange(10, 60)
            r = rng.randrange(H // 14, H // 8)
            d.ellipse((tx - r, hz - 2 * r - h // 3, tx + r, hz - h // 3), fill=(60, 110 + rng.randrange(40), 60))
            d.rectangle((tx - r // 8, hz - h // 3 - 5, tx + r // 8, hz + 40), fill=(90, 70, 50))
        x += w + rng.randrange(40, 200)
    d.rectangle((0, hz + 40, W, H), fill=D.pick(rng, [(150, 150, 150), (120, 125, 120), (165, 160, 150)]))
    d.rectangle((0, hz + 40, W, hz + 40 + (H - hz) // 4), fill=(95, 150, 80))
    arr = np.asarray(im).astype(np.float32)
    small = rn.random((H // 8, W // 8)).astype(np.float32)
    n = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)).astype(np.float32)
    arr += (n[..., None] / 255 - 0.5) * 14
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def bg_any_indoor(rng, rn, W, H):
    k = rng.randrange(4)
    if k == 0:
        return bg_wood(rng, rn, W, H)
    if k == 1:
        return bg_flat(rng, rn, W, H)
    if k == 2:
        return bg_flat(rng, rn, W, H, col=D.pick(rng, [(60, 60, 70), (90, 80, 70), (40, 60, 80)]), amp=18)
    return bg_wood(rng, rn, W, H)


# ------------------------------------------------------------------ placement helpers
def fit_quad(ph, rng, aspect, frac, cx=None, cy=None, angle=8, persp=0.05, tilt=0.08, margin=0.04):
    """Target width in photo px and a quad for an object of aspect h/w."""
    W, H = ph.w, ph.h
    tw = frac * W
    th = tw * aspect
    if th > (1 - 2 * margin) * H * 0.95:
        th = (1 - 2 * margin) * H * 0.95
        tw = th / aspect
    for _ in range(40):
        a = rng.uniform(-angle, angle)
        t = (rng.uniform(-tilt, tilt), rng.uniform(-tilt, tilt))
        x = cx if cx is not None else rng.uniform(W * 0.5 - (W - tw) * 0.3, W * 0.5 + (W - tw) * 0.3)
        y = cy if cy is not None else rng.uniform(H * 0.5 - (H - th) * 0.3, H * 0.5 + (H - th) * 0.3)
        q = quad_rect(x, y, tw, th, a, persp, rng, t)
        if q[:, 0].min() > margin * W and q[:, 0].max() < (1 - margin) * W and q[:, 1].min() > margin * H and \
                q[:, 1].max() < (1 - margin) * H:
            return tw, q
        tw *= 0.95
        th *= 0.95
    return tw, quad_rect(W / 2, H / 2, tw, th, 0)


def S(tw, cap=2200):
    """Surface pixel width for a target footprint width."""
    return int(min(cap, max(300, tw * 1.05)))


# ------------------------------------------------------------------ scenes
def _paper(w, h, rng, col=None):
    col = col or D.pick(rng, [(252, 252, 248), (255, 253, 240), (246, 246, 246), (250, 248, 238)])
    return Surface(w, h, col)


def scene_birthday_banner(rng, rn, ctx):
    W, H = photo_size(rng, "L" if rng.random() < 0.75 else "P")
    ph = Photo(W, H, D.pick(rng, [bg_flat, bg_flat, bg_brick])(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(3, 14))
    # bunting surface
    bw = int(min(2400, W * 0.85))
    bh = int(bw * 0.22)
    sf = Surface(bw, bh, (0, 0, 0))
    sf.alpha = Image.new("L", (bw, bh), 0)
    ad = ImageDraw.Draw(sf.alpha)
    sf.d.line((0, 6, bw, 6), fill=(240, 240, 240), width=4)
    ad.line((0, 6, bw, 6), fill=255, width=4)
    ordn = {1: "st", 2: "nd", 3: "rd"}.get(kid.age if kid.age < 20 else 0, "th")
    words = [("HAPPY", None), ("%d%s" % (kid.age, ordn.upper()), "AGE"), ("BIRTHDAY", None), (kid.first.upper(), "PERSON")]
    if rng.random() < 0.4:
        words = [("HAPPY", None), ("BIRTHDAY", None), (kid.first.upper(), "PERSON")]
    n = sum(len(w) for w, _ in words) + len(words) - 1
    pw = bw / (n + 0.5)
    f = rfont(rng, "bold", pw * 0.62)
    x = pw * 0.25
    cols = [(230, 60, 90), (60, 140, 230), (250, 190, 40), (80, 190, 120), (170, 90, 210), (250, 130, 50)]
    ci = rng.randrange(6)
    for w, k in words:
        lk = sf.new_leak(k, w) if k else None
        for ch in w:
            if ch == " ":
                x += pw
                continue
            sag = 0.18 * bh * (1 - ((x + pw / 2) / bw * 2 - 1) ** 2)
            col = cols[ci % 6]; ci += 1
            poly = [(x + 2, 6 + sag), (x + pw - 2, 6 + sag), (x + pw / 2, 6 + sag + pw * 1.15)]
            sf.d.polygon(poly, fill=col)
            ad.polygon(poly, fill=255)
            sf.text((x + pw / 2, 6 + sag + pw * 0.1), ch, f, (255, 255, 255), leak=lk, anchor="ma")
            x += pw
        x += pw
    tw, q = fit_quad(ph, rng, bh / bw, 0.85, cy=H * rng.uniform(0.2, 0.35), angle=3, persp=0.03)
    ph.place(sf, q, shadow=0.15)
    # balloons with the age
    for i in range(1 if rng.random() < 0.7 else 2):
        r = int(min(W, H) * rng.uniform(0.07, 0.1))
        bs = Surface(2 * r, int(2.3 * r), (0, 0, 0))
        bs.alpha = Image.new("L", bs.im.size, 0)
        col = D.pick(rng, cols)
        bs.d.ellipse((0, 0, 2 * r, int(2.2 * r)), fill=col)
        ImageDraw.Draw(bs.alpha).ellipse((0, 0, 2 * r, int(2.2 * r)), fill=255)
        bs.text((r, r * 0.35), str(kid.age), F("bold", r * 1.1, rng.randrange(5)), (255, 255, 255), leak="AGE", anchor="ma")
        cx = W * (0.15 + 0.7 * rng.random())
        cy = H * rng.uniform(0.62, 0.75)
        ph.place(bs, quad_rect(cx, cy, 2 * r, 2.3 * r, rng.uniform(-12, 12)), shadow=0.1)
    # gift tag / sign
    if rng.random() < 0.7:
        tw = W * 0.18
        s = S(tw, 900)
        card = _paper(s, int(s * 0.6), rng)
        fh = rfont(rng, "italic", s * 0.09)
        card.hand(rng, (s * 0.08, s * 0.08), "To ", fh, (40, 40, 120))
        card.hand(rng, (s * 0.08 + fh.getlength("To ") * 1.05, s * 0.08), kid.first, fh, (40, 40, 120), leak="PERSON")
        card.hand(rng, (s * 0.08, s * 0.25), "Love from", fh, (40, 40, 120))
        fr = D.pick(rng, kid.friends_full)
        card.hand(rng, (s * 0.08, s * 0.4), fr, fh, (40, 40, 120), leak="PERSON")
        _, q = fit_quad(ph, rng, 0.6, 0.18, cx=W * rng.uniform(0.2, 0.8), cy=H * 0.88 - 0.05 * H, angle=15, persp=0.05)
        ph.place(card, q)
    return ph


def scene_birthday_cake(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(2, 14))
    cw = min(W, H) * rng.uniform(0.55, 0.7)
    cx, cy = W / 2 + rng.uniform(-0.1, 0.1) * W, H * 0.55
    # plate
    d = ImageDraw.Draw(ph.im)
    d.ellipse((cx - cw * 0.62, cy + cw * 0.05, cx + cw * 0.62, cy + cw * 0.6), fill=(240, 240, 238))
    icing = D.pick(rng, [(250, 220, 230), (255, 250, 240), (200, 230, 250), (120, 80, 60), (230, 250, 220)])
    pipe = D.pick(rng, [(220, 40, 110), (40, 90, 200), (30, 140, 70), (250, 250, 250), (120, 50, 160)])
    # side of cake, curved
    sw = int(min(2000, cw * 1.5))
    sh = int(sw * 0.28)
    side = Surface(sw, sh, icing)
    for i in range(0, sw, max(8, sw // 40)):
        side.ellipse((i, sh * 0.02, i + sw // 40, sh * 0.1), fill=pipe)
    fs = rfont(rng, "bolditalic", sh * 0.45)
    msg = kid.first if rng.random() < 0.6 else "%s %d" % (kid.first, kid.age)
    tw_ = fs.getlength(msg)
    if tw_ > sw * 0.6:
        fs = F("bolditalic", sh * 0.45 * sw * 0.6 / tw_, 0)
        tw_ = fs.getlength(msg)
    x = sw / 2 - tw_ / 2
    if " " in msg:
        a, b = msg.split(" ")
        adv, _ = side.text((x, sh * 0.3), a, fs, pipe, leak="PERSON")
        side.text((x + adv + fs.getlength(" "), sh * 0.3), b, fs, pipe, leak="AGE")
    else:
        side.text((x, sh * 0.3), msg, fs, pipe, leak="PERSON")
    th = cw * rng.uniform(0.38, 0.5)
    phi = math.radians(150)
    wn = 2 * (sw / phi) * math.sin(phi / 2)
    scale = cw / wn
    bow = -(th / 2) / scale / (1 - math.cos(phi / 2))
    curved = curve_surface(side, phi_deg=150, bow=bow, shade=0.35)
    ch = curved.h * (cw / curved.w)
    ty = cy - cw * 0.25
    sq = np.array([[cx - cw / 2, ty], [cx + cw / 2, ty], [cx + cw / 2, ty + ch], [cx - cw / 2, ty + ch]])
    ph.place(curved, sq, shadow=0.2)
    # top disc
    tsz = int(min(1800, cw * 1.2))
    top = Surface(tsz, tsz, icing)
    top.alpha = Image.new("L", (tsz, tsz), 0)
    ImageDraw.Draw(top.alpha).ellipse((0, 0, tsz, tsz), fill=255)
    ft = rfont(rng, "italic", tsz * 0.085)
    top.text((tsz / 2, tsz * 0.26), "Happy Birthday", ft, pipe, anchor="ma")
    fn = rfont(rng, "bolditalic", tsz * 0.13)
    top.text((tsz / 2, tsz * 0.42), kid.first, fn, pipe, leak="PERSON", anchor="ma")
    if rng.random() < 0.7:
        top.text((tsz / 2, tsz * 0.62), str(kid.age), F("bold", tsz * 0.16, rng.randrange(5)), pipe, leak="AGE", anchor="ma")
    tq = np.array([[cx - cw / 2, ty - th / 2], [cx + cw / 2, ty - th / 2], [cx + cw / 2, ty + th / 2], [cx - cw / 2, ty + th / 2]])
    ph.place(top, tq, shadow=0)
    # candles (no text)
    d = ImageDraw.Draw(ph.im)
    nc = min(kid.age, 7)
    for i in range(nc):
        a = math.pi * (1.15 + 0.7 * i / max(1, nc - 1))
        x = cx + math.cos(a) * cw * 0.38
        y = ty + math.sin(a) * th * 0.38 - cw * 0.12
        if math.sin(a) > -0.35:
            continue
        d.rectangle((x - cw * 0.008, y, x + cw * 0.008, y + cw * 0.1), fill=D.pick(rng, [(250, 120, 150), (120, 180, 250), (250, 230, 90)]))
        d.ellipse((x - cw * 0.01, y - cw * 0.03, x + cw * 0.01, y), fill=(255, 190, 60))
    return ph


def shipping_label(rng, kid, s, sender=None):
    lab = _paper(s, int(s * 0.66), rng, (255, 255, 255))
    f1 = rfont(rng, "bold", s * 0.045)
    f2 = rfont(rng, "sans", s * 0.05)
    lab.rect((0, 0, s - 1, int(s * 0.66) - 1), outline=(0, 0, 0), width=max(2, s // 300))
    lab.text((s * 0.05, s * 0.04), D.pick(rng, ["SHIP TO:", "DELIVER TO:", "TO:"]), f1, (0, 0, 0))
    name = kid.full if rng.random() < 0.7 else kid.parent
    lab.text((s * 0.05, s * 0.11), name.upper() if rng.random() < 0.5 else name, f2, (0, 0, 0), leak="PERSON")
    lk = lab.new_leak("ADDRESS", "\n".join(kid.addr))
    y = s * 0.18
    for ln in kid.addr:
        lab.text((s * 0.05, y), ln, f2, (0, 0, 0), leak=lk)
        y += s * 0.065
    if rng.random() < 0.6:
        lab.runs((s * 0.05, y + s * 0.01), [("Ph: ", None), (kid.parent_phone.local, "PHONE")], F("sans", s * 0.04, 0), (0, 0, 0))
    # barcode
    bx, by = s * 0.05, s * 0.5
    x = bx
    while x < s * 0.9:
        w = rng.choice([1, 1, 2, 3]) * max(2, s // 250)
        lab.rect((x, by, x + w - 1, by + s * 0.1), fill=(0, 0, 0))
        x += w + rng.choice([1, 2]) * max(2, s // 250)
    lab.text((s * 0.05, by + s * 0.11), "TRK " + D.digits(rng, 12), F("mono", s * 0.03, 0), (0, 0, 0))
    return lab


def scene_parcel(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, D.pick(rng, [bg_wood, bg_flat])(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    bw = min(W, H) * rng.uniform(0.75, 0.9)
    s = S(bw, 2000)
    box = Surface(s, int(s * 0.7), D.pick(rng, [(196, 160, 110), (180, 140, 95), (205, 175, 130)]))
    box.rect((0, int(s * 0.32), s, int(s * 0.38)), fill=(170, 150, 120))  # tape
    ls = int(s * 0.55)
    lab = shipping_label(rng, kid, ls)
    paste_rotated(box, lab, s * 0.5, s * 0.36, rng.uniform(-4, 4))
    if rng.random() < 0.6:
        fm = rfont(rng, "sans", s * 0.022)
        other = D.Kid(rng, kid.region)
        box.runs((s * 0.04, s * 0.6), [("From: ", None), (other.parent, "PERSON"), (", ", None), (other.addr_one, "ADDRESS")], fm, (60, 40, 20))
    _, q = fit_quad(ph, rng, box.h / box.w, 0.8 * min(W, H) / W, angle=10, persp=0.08, tilt=0.12)
    ph.place(box, q)
    return ph


def scene_envelope(rng, rn, ctx):
    W, H = photo_size(rng, "L")
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    ew = W * rng.uniform(0.6, 0.75)
    s = S(ew, 2000)
    env = _paper(s, int(s * 0.5), rng, D.pick(rng, [(250, 250, 245), (245, 235, 215), (235, 240, 250)]))
    env.rect((s * 0.82, s * 0.04, s * 0.95, s * 0.2), fill=D.pick(rng, [(200, 60, 60), (60, 120, 180), (90, 160, 90)]))
    env.ellipse((s * 0.7, s * 0.05, s * 0.86, s * 0.19), outline=(80, 80, 90), width=max(2, s // 400))
    hand = rng.random() < 0.6
    fh = rfont(rng, "italic" if hand else "sans", s * 0.042)
    col = D.pick(rng, [(20, 30, 90), (20, 20, 20), (60, 20, 80)])
    x, y = s * 0.3, s * 0.2
    name = D.pick(rng, [kid.full, "Master " + kid.full if rng.random() < 0.3 else kid.full, kid.first + " " + kid.last])
    lines = [name] + kid.addr
    draw = env.hand if hand else None
    if hand:
        env.hand(rng, (x, y), lines[0], fh, col, leak="PERSON")
    else:
        env.text((x, y), lines[0], fh, col, leak="PERSON")
    lk = env.new_leak("ADDRESS", "\n".join(kid.addr))
    for i, ln in enumerate(kid.addr):
        if hand:
            env.hand(rng, (x, y + (i + 1) * fh.size * 1.35), ln, fh, col, leak=lk)
        else:
            env.text((x, y + (i + 1) * fh.size * 1.35), ln, fh, col, leak=lk)
    r = rng.random()
    fs = rfont(rng, "sans", s * 0.022)
    if r < 0.4:
        env.runs((s * 0.04, s * 0.04), [("From: ", None), (kid.teacher, "PERSON"), (", ", None), (kid.school, "SCHOOL")], fs, (50, 50, 60))
    elif r < 0.8:
        other = D.Kid(rng, kid.region)
        env.text((s * 0.04, s * 0.04), "Return to:", fs, (50, 50, 60))
        rl = env.new_leak("ADDRESS", "\n".join(other.addr))
        for j, ln in enumerate(other.addr):
            env.text((s * 0.04, s * 0.04 + (j + 1) * fs.size * 1.3), ln, fs, (50, 50, 60), leak=rl)
    _, q = fit_quad(ph, rng, env.h / env.w, ew / W, angle=12, persp=0.06, tilt=0.1)
    ph.place(env, q)
    return ph


def school_sign_surface(rng, kid, s):
    col = D.pick(rng, [(20, 60, 120), (0, 100, 60), (120, 20, 40), (250, 250, 250), (30, 30, 30)])
    fg = (255, 255, 255) if sum(col) < 400 else (20, 40, 90)
    sf = Surface(s, int(s * 0.5), col)
    sf.rect((s * 0.015, s * 0.015, s * 0.985, s * 0.485), outline=fg, width=max(3, s // 150))
    name = kid.school
    f = rfont(rng, "serifb" if rng.random() < 0.5 else "bold", s * 0.075)
    if f.getlength(name) > s * 0.9:
        f = F("bold", s * 0.075 * s * 0.9 / f.getlength(name), 3)
    sf.text((s / 2, s * 0.08), name, f, fg, leak="SCHOOL", anchor="ma")
    fs = rfont(rng, "sans", s * 0.035)
    y = s * 0.2
    if rng.random() < 0.7:
        sf.runs((s * 0.08, y), [("Principal: ", None), (kid.teacher, "PERSON")], fs, fg); y += s * 0.055
    if rng.random() < 0.7:
        sf.text((s * 0.08, y), D.pick(rng, D.STREET_BASE) + " " + D.pick(rng, D.STREET_TYPES[kid.region]) + ", " + kid.place.suburb,
                fs, fg, leak="LOCATION"); y += s * 0.055
    if rng.random() < 0.6:
        sf.runs((s * 0.08, y), [("Ph ", None), (D.make_phone(rng, kid.region, kid.place.raw).local, "PHONE")], fs, fg); y += s * 0.055
    if rng.random() < 0.5:
        sf.rect((s * 0.06, s * 0.4, s * 0.94, s * 0.47), fill=(250, 250, 250))
        sf.runs((s * 0.08, s * 0.41), [("Welcome back ", None), (kid.year, "AGE"), ("! Swim sports Fri", None)],
                F("bold", s * 0.035, 0), (200, 30, 30))
    return sf


def scene_school_sign(rng, rn, ctx, far=False):
    W, H = photo_size(rng, "L" if rng.random() < 0.8 else "P")
    ph = Photo(W, H, bg_street(rng, rn, W, H) if far or rng.random() < 0.5 else bg_brick(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    frac = rng.uniform(0.28, 0.4) if far else rng.uniform(0.65, 0.85)
    tw = W * frac
    s = S(tw, 2200)
    sign = school_sign_surface(rng, kid, s)
    cy = H * (rng.uniform(0.45, 0.6) if far else 0.5)
    _, q = fit_quad(ph, rng, 0.5, frac, cy=cy, angle=2, persp=0.04, tilt=0.18 if far else 0.12)
    if far:
        d = ImageDraw.Draw(ph.im)
        mx = (q[3][0] + q[2][0]) / 2
        d.rectangle((q[3][0] + tw * 0.1, q[3][1], q[3][0] + tw * 0.13, min(H, q[3][1] + H * 0.2)), fill=(80, 80, 80))
        d.rectangle((q[2][0] - tw * 0.13, q[2][1], q[2][0] - tw * 0.1, min(H, q[2][1] + H * 0.2)), fill=(80, 80, 80))
    ph.place(sign, q, shadow=0.2)
    return ph


def label_sticker(rng, kid, s, fields):
    lab = Surface(s, int(s * 0.45), D.pick(rng, [(255, 255, 255), (255, 245, 200), (220, 240, 255), (255, 225, 235)]))
    lab.alpha = Image.new("L", lab.im.size, 0)
    ImageDraw.Draw(lab.alpha).rounded_rectangle((0, 0, s - 1, lab.h - 1), radius=int(s * 0.06), fill=255)
    fi = rng.randrange(5)
    fb = F("bold", s * 0.13, fi)
    lab.text((s * 0.06, s * 0.05), kid.first + (" " + kid.last if rng.random() < 0.6 else ""), fb,
             D.pick(rng, [(20, 20, 20), (200, 30, 90), (30, 70, 180)]), leak="PERSON")
    fs = F("sans", s * 0.06, fi)
    y = s * 0.22
    for segs in fields:
        lab.runs((s * 0.06, y), segs, fs, (40, 40, 40))
        y += s * 0.075
    return lab


def scene_name_label(rng, rn, ctx, obj):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(5, 13))
    opts = [[("Class: ", None), (kid.year, "AGE")], [(kid.school, "SCHOOL")], [("Ph ", None), (kid.parent_phone.local, "PHONE")],
            [(kid.teacher, "PERSON"), ("'s class", None)]]
    rng.shuffle(opts)
    fields = opts[:rng.randrange(1, 3)]
    if rng.random() < 0.6 and [(kid.school, "SCHOOL")] not in fields:
        fields = [[(kid.school, "SCHOOL")]] + fields[:1]
    if obj == "bottle":
        bw = min(W, H) * rng.uniform(0.4, 0.5)
        s = S(bw * 1.6, 1800)
        body = Surface(s, int(s * 0.75), D.pick(rng, [(60, 140, 220), (230, 80, 120), (80, 180, 120), (250, 180, 50), (140, 90, 200)]))
        lab = label_sticker(rng, kid, int(s * 0.55), fields[:1])
        body.paste_surface(lab, int(s * 0.22), int(s * 0.2))
        curved = curve_surface(body, phi_deg=rng.uniform(140, 170), bow=body.h * 0.04, shade=0.45)
        tall = curved.h * bw / curved.w
        cx, cy = W / 2 + rng.uniform(-0.15, 0.15) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
        d = ImageDraw.Draw(ph.im)
        d.rounded_rectangle((cx - bw * 0.5, cy - tall * 0.9, cx + bw * 0.5, cy + tall * 0.75), radius=int(bw * 0.2),
                            fill=tuple(int(c * 0.8) for c in body.im.getpixel((2, 2))))
        d.rectangle((cx - bw * 0.25, cy - tall * 1.1, cx + bw * 0.25, cy - tall * 0.85), fill=(60, 60, 60))
        ph.place(curved, quad_rect(cx, cy, bw, tall, rng.uniform(-4, 4)), shadow=0.1)
        return ph
    if obj == "lunchbox":
        bw = min(W, H) * rng.uniform(0.7, 0.85)
        s = S(bw, 2000)
        box = Surface(s, int(s * 0.6), D.pick(rng, [(230, 80, 60), (60, 160, 220), (120, 200, 90), (250, 200, 60), (170, 110, 200)]))
        box.alpha = Image.new("L", box.im.size, 0)
        ImageDraw.Draw(box.alpha).rounded_rectangle((0, 0, s - 1, box.h - 1), radius=int(s * 0.08), fill=255)
        box.rect((s * 0.03, s * 0.03, s * 0.97, s * 0.57), outline=(255, 255, 255), width=max(3, s // 200), radius=int(s * 0.06))
        lab = label_sticker(rng, kid, int(s * 0.5), fields)
        x0 = int(s * 0.08)
        box.paste_surface(lab, x0, int(s * 0.08))
        if ctx.get("qr"):
            payload = "MECARD:N:%s,%s;TEL:%s;;" % (kid.last, kid.first, kid.parent_phone.e164)
            box.qr(payload, int(s * 0.62), int(s * 0.08), max(6, int(s * 0.3 / 37)), leaks=[("PERSON", "%s,%s" % (kid.last, kid.first)), ("PHONE", kid.parent_phone.e164)])
        _, q = fit_quad(ph, rng, box.h / box.w, bw / W, angle=10, persp=0.05, tilt=0.1)
        ph.place(box, q)
        return ph
    # bag tag
    bw = min(W, H) * rng.uniform(0.45, 0.6)
    s = S(bw, 1600)
    tag = Surface(s, int(s * 1.45), D.pick(rng, [(40, 40, 40), (200, 40, 60), (30, 90, 170), (250, 250, 250)]))
    tag.alpha = Image.new("L", tag.im.size, 0)
    ImageDraw.Draw(tag.alpha).rounded_rectangle((0, 0, s - 1, tag.h - 1), radius=int(s * 0.1), fill=255)
    ImageDraw.Draw(tag.alpha).ellipse((s * 0.45, s * 0.05, s * 0.55, s * 0.15), fill=0)
    card = Surface(int(s * 0.86), int(s * 1.15), (255, 255, 255))
    fi = rng.randrange(5)
    fh = F("italic", s * 0.075, fi)
    y = s * 0.05
    card.text((s * 0.05, y), "If found please return to:", F("sans", s * 0.045, fi), (90, 90, 90)); y += s * 0.1
    card.hand(rng, (s * 0.05, y), kid.full, fh, (20, 30, 100), leak="PERSON"); y += s * 0.12
    lk = card.new_leak("ADDRESS", "\n".join(kid.addr[:2]))
    for ln in kid.addr[:2]:
        card.hand(rng, (s * 0.05, y), ln, F("italic", s * 0.06, fi), (20, 30, 100), leak=lk); y += s * 0.09
    card.hand(rng, (s * 0.05, y), kid.parent_phone.local, F("italic", s * 0.065, fi), (20, 30, 100), leak="PHONE"); y += s * 0.12
    if ctx.get("qr"):
        if ctx.get("k", 0) == 1:
            payload = "If found please call %s's mum on %s" % (kid.first, kid.parent_phone.local)
            lks = [("PERSON", kid.first), ("PHONE", kid.parent_phone.local)]
        else:
            payload = "BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL:%s\nEND:VCARD" % (kid.full, kid.parent_phone.e164)
            lks = [("PERSON", kid.full), ("PHONE", kid.parent_phone.e164)]
        card.qr(payload, s * 0.05, y, max(5, int(s * 0.4 / 41)), leaks=lks)
    tag.paste_surface(card, int(s * 0.07), int(s * 0.22))
    _, q = fit_quad(ph, rng, tag.h / tag.w, bw / W, angle=15, persp=0.05, tilt=0.1)
    ph.place(tag, q)
    return ph


def scene_team_shirt(rng, rn, ctx):
    W, H = photo_size(rng, "P" if rng.random() < 0.6 else "L")
    ph = Photo(W, H, D.pick(rng, [bg_flat, bg_wood])(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(7, 15))
    bib = rng.random() < 0.35
    bw = min(W, H) * rng.uniform(0.7, 0.85)
    s = S(bw, 2000)
    if bib:
        sf = Surface(s, int(s * 0.8), (255, 255, 255))
        band = D.pick(rng, [(220, 40, 40), (30, 100, 200), (20, 150, 80)])
        sf.rect((0, 0, s, s * 0.14), fill=band)
        ev = "%s %s" % (kid.place.suburb, D.pick(rng, ["Fun Run", "Cross Country", "Junior Parkrun", "Colour Run"]))
        sf.text((s / 2, s * 0.03), ev, F("bold", s * 0.06, 1), (255, 255, 255), leak="LOCATION" if rng.random() < 0.0 else None, anchor="ma")
        sf.text((s / 2, s * 0.18), str(rng.randrange(100, 2999)), F("bold", s * 0.3, 0), (10, 10, 10), anchor="ma")
        sf.text((s / 2, s * 0.55), kid.first.upper(), F("bold", s * 0.09, 2), band, leak="PERSON", anchor="ma")
        sf.runs((s * 0.1, s * 0.7), [("Category: ", None), ("U%d" % (kid.age + 1), "AGE"), ("  ", None), (kid.school, "SCHOOL")],
                F("sans", s * 0.04, 0), (40, 40, 40))
        _, q = fit_quad(ph, rng, sf.h / sf.w, bw / W, angle=8, persp=0.06, tilt=0.1)
        ph.place(sf, q)
        return ph
    col = D.pick(rng, [(200, 30, 40), (20, 60, 150), (250, 200, 20), (20, 120, 60), (30, 30, 30), (240, 240, 240)])
    fg = (255, 255, 255) if sum(col) < 500 else (20, 20, 60)
    sf = Surface(s, int(s * 1.05), col)
    sf.alpha = Image.new("L", sf.im.size, 0)
    a = ImageDraw.Draw(sf.alpha)
    a.polygon([(s * 0.3, 0), (s * 0.7, 0), (s, s * 0.2), (s * 0.88, s * 0.38), (s * 0.8, s * 0.32), (s * 0.8, s * 1.05),
               (s * 0.2, s * 1.05), (s * 0.2, s * 0.32), (s * 0.12, s * 0.38), (0, s * 0.2)], fill=255)
    back = rng.random() < 0.6
    if back:
        nm = kid.last.upper()
        f = F("bold", s * 0.09, rng.randrange(5))
        if f.getlength(nm) > s * 0.55:
            f = F("bold", s * 0.09 * s * 0.55 / f.getlength(nm), 0)
        sf.text((s / 2, s * 0.2), nm, f, fg, leak="PERSON", anchor="ma")
        sf.text((s / 2, s * 0.34), str(rng.randrange(1, 30)), F("bold", s * 0.3, rng.randrange(5)), fg, anchor="ma")
        sf.text((s / 2, s * 0.85), kid.club, F("sans", s * 0.03, 0), fg, leak="ORG", anchor="ma")
    else:
        f = F("bold", s * 0.055, rng.randrange(5))
        club = kid.club
        if f.getlength(club) > s * 0.56:
            f = F("bold", s * 0.055 * s * 0.56 / f.getlength(club), 0)
        sf.text((s / 2, s * 0.4), club, f, fg, leak="ORG", anchor="ma")
        sf.text((s / 2, s * 0.52), str(rng.randrange(1, 30)), F("bold", s * 0.15, 0), fg, anchor="ma")
        sf.text((s / 2, s * 0.72), kid.first, F("italic", s * 0.05, 1), fg, leak="PERSON", anchor="ma")
    # fold shading
    arr = np.asarray(sf.im).astype(np.float32)
    fold = 1 + 0.12 * np.sin(np.linspace(0, rng.uniform(6, 14), sf.w))[None, :, None]
    sf.im = Image.fromarray(np.clip(arr * fold, 0, 255).astype(np.uint8))
    sf.d = ImageDraw.Draw(sf.im)
    _, q = fit_quad(ph, rng, sf.h / sf.w, bw / W, angle=10, persp=0.05, tilt=0.08)
    ph.place(sf, q, shadow=0.2)
    return ph


def certificate_surface(rng, kid, s, region):
    sf = _paper(s, int(s * 0.707), rng, (253, 251, 243))
    h = sf.h
    bc = D.pick(rng, [(160, 120, 30), (30, 70, 140), (120, 30, 50), (30, 110, 70)])
    sf.rect((s * 0.02, h * 0.03, s * 0.98, h * 0.97), outline=bc, width=max(4, s // 120))
    sf.rect((s * 0.035, h * 0.05, s * 0.965, h * 0.95), outline=bc, width=max(2, s // 400))
    fi = rng.randrange(4)
    sf.text((s / 2, h * 0.1), D.pick(rng, ["Certificate of Achievement", "Certificate of Merit", "Award Certificate",
                                          "Star of the Week"]), F("serifb", s * 0.055, fi), bc, anchor="ma")
    sf.text((s / 2, h * 0.26), "This certificate is proudly presented to", F("serif", s * 0.025, fi), (60, 60, 60), anchor="ma")
    sf.text((s / 2, h * 0.34), kid.full, F("bolditalic", s * 0.06, rng.randrange(5)), (20, 20, 20), leak="PERSON", anchor="ma")
    fr = F("serif", s * 0.026, fi)
    reason = D.pick(rng, ["for outstanding effort in reading", "for kindness and teamwork", "for excellent progress in maths",
                          "for being a super swimmer", "for 100% attendance"])
    lines, widths = layout_rich([(reason + " in ", None), (kid.year, "AGE"), (" at ", None), (kid.school, "SCHOOL")], fr, s * 0.8)
    y = h * 0.5
    for ln, w in zip(lines, widths):
        draw_rich(sf, s / 2 - w / 2, y, [ln], fr, (50, 50, 50), 0)
        y += fr.size * 1.4
    y = h * 0.78
    sf.d.line((s * 0.12, y, s * 0.4, y), fill=(80, 80, 80), width=2)
    sf.d.line((s * 0.6, y, s * 0.88, y), fill=(80, 80, 80), width=2)
    sf.text((s * 0.26, y + 8), kid.teacher, F("sans", s * 0.022, fi), (60, 60, 60), leak="PERSON", anchor="ma")
    mo = rng.randrange(1, 13)
    sf.text((s * 0.74, y + 8), D.fmt_date(rng, region, 2025 + rng.randrange(2), mo, rng.randrange(1, 29)),
            F("sans", s * 0.022, fi), (60, 60, 60), anchor="ma")
    sf.ellipse((s * 0.45, h * 0.72, s * 0.55, h * 0.86), fill=(200, 160, 40))
    return sf


def scene_certificate(rng, rn, ctx):
    W, H = photo_size(rng, "L")
    ph = Photo(W, H, D.pick(rng, [bg_flat, bg_wood, bg_brick])(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    cw = W * rng.uniform(0.6, 0.8)
    s = S(cw, 2200)
    sf = certificate_surface(rng, kid, s, ctx["region"])
    if rng.random() < 0.5:  # frame
        fr = Surface(int(s * 1.1), int(sf.h + s * 0.1), D.pick(rng, [(60, 40, 25), (20, 20, 20), (200, 170, 90)]))
        fr.paste_surface(sf, int(s * 0.05), int(s * 0.05))
        sf = fr
    _, q = fit_quad(ph, rng, sf.h / sf.w, cw / W, angle=6, persp=0.05, tilt=0.12)
    ph.place(sf, q)
    return ph


def scene_trophy(rng, rn, ctx):
    W, H = photo_size(rng, "P" if rng.random() < 0.5 else "L")
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    d = ImageDraw.Draw(ph.im)
    tw = min(W, H) * rng.uniform(0.4, 0.5)
    cx, cy = W / 2, H * 0.62
    gold = D.pick(rng, [(212, 175, 55), (192, 192, 200), (205, 127, 50)])
    d.ellipse((cx - tw * 0.5, cy - tw * 1.6, cx + tw * 0.5, cy - tw * 0.7), fill=gold)
    d.rectangle((cx - tw * 0.08, cy - tw * 0.8, cx + tw * 0.08, cy - tw * 0.35), fill=gold)
    d.rectangle((cx - tw * 0.6, cy - tw * 0.35, cx + tw * 0.6, cy + tw * 0.35), fill=(30, 25, 20))
    s = S(tw * 1.1, 1400)
    pl = Surface(s, int(s * 0.45), tuple(min(255, c + 20) for c in gold))
    f1 = F("bold", s * 0.07, rng.randrange(5))
    pl.text((s / 2, s * 0.04), D.pick(rng, ["Most Improved Player", "Player of the Season", "Best & Fairest", "Coach's Award",
                                           "Champion 2025"]), f1, (30, 30, 30), anchor="ma")
    pl.text((s / 2, s * 0.15), kid.full, F("bold", s * 0.085, rng.randrange(5)), (20, 20, 20), leak="PERSON", anchor="ma")
    club = kid.club
    fc = F("sans", s * 0.06, 0)
    if fc.getlength(club) > s * 0.9:
        fc = F("sans", s * 0.06 * s * 0.9 / fc.getlength(club), 0)
    pl.text((s / 2, s * 0.28), club, fc, (30, 30, 30), leak="ORG", anchor="ma")
    curved = curve_surface(pl, phi_deg=60, bow=0, shade=0.2)
    ph.place(curved, quad_rect(cx, cy, tw * 1.0, tw * curved.h / curved.w, 0), shadow=0)
    return ph


def scene_house_number(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_street(rng, rn, W, H) if rng.random() < 0.5 else bg_brick(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    street = kid.street
    num = street.split()[0]
    stype = " ".join(street.split()[1:])
    if not num[0].isdigit() or kid.region == "IN":
        num = str(rng.randrange(1, 200))
        stype = D.pick(rng, D.STREET_BASE) + " " + D.pick(rng, D.STREET_TYPES["NZ"])
    # number plaque
    pw = min(W, H) * rng.uniform(0.22, 0.32)
    s = S(pw, 1200)
    pl = Surface(s, int(s * 0.7), D.pick(rng, [(30, 30, 30), (250, 250, 250), (60, 90, 140), (180, 160, 120)]))
    fg = (255, 255, 255) if sum(pl.im.getpixel((1, 1))) < 400 else (20, 20, 20)
    full = rng.random() < 0.4
    if full:
        lk = pl.new_leak("ADDRESS", num + "\n" + stype)
        pl.text((s / 2, s * 0.05), num, F("bold", s * 0.36, rng.randrange(5)), fg, leak=lk, anchor="ma")
        fst = F("sans", s * 0.08, 0)
        if fst.getlength(stype) > s * 0.9:
            fst = F("sans", s * 0.08 * s * 0.9 / fst.getlength(stype), 0)
        pl.text((s / 2, s * 0.5), stype, fst, fg, leak=lk, anchor="ma")
    else:
        pl.text((s / 2, s * 0.08), num, F("bold", s * 0.45, rng.randrange(5)), fg, leak="ADDRESS", anchor="ma")
    left = rng.random() < 0.5
    _, q = fit_quad(ph, rng, pl.h / pl.w, pw / W, cx=W * (0.28 if left else 0.72), cy=H * 0.45, angle=3, persp=0.05, tilt=0.1)
    ph.place(pl, q)
    # street sign
    sw = W * rng.uniform(0.3, 0.38)
    s2 = S(sw, 1800)
    col = D.pick(rng, [(0, 110, 60), (20, 60, 140), (255, 255, 255), (30, 30, 30)])
    sg = Surface(s2, int(s2 * 0.22), col)
    fg2 = (255, 255, 255) if sum(col) < 500 else (10, 10, 10)
    sg.rect((s2 * 0.01, s2 * 0.01, s2 * 0.99, s2 * 0.21), outline=fg2, width=max(3, s2 // 200))
    fs = F("bold", s2 * 0.1, rng.randrange(5))
    if fs.getlength(stype.upper()) > s2 * 0.9:
        fs = F("bold", s2 * 0.1 * s2 * 0.9 / fs.getlength(stype.upper()), 0)
    sg.text((s2 / 2, s2 * 0.04), stype.upper() if rng.random() < 0.5 else stype, fs, fg2, leak="LOCATION", anchor="ma")
    sx = W * (0.72 if left else 0.28)
    sy = H * 0.2
    d = ImageDraw.Draw(ph.im)
    d.rectangle((sx - W * 0.008, sy, sx + W * 0.008, H), fill=(110, 110, 115))
    ph.place(sg, quad_rect(sx, sy, sw, sw * 0.22, rng.uniform(-3, 3), 0.03, rng, (0, rng.uniform(-0.1, 0.1))), shadow=0.1)
    # letterbox family name
    if rng.random() < 0.6:
        lw = W * 0.14
        s3 = S(lw, 800)
        lb = Surface(s3, int(s3 * 0.45), D.pick(rng, [(200, 30, 30), (40, 40, 40), (240, 240, 240)]))
        fg3 = (255, 255, 255) if sum(lb.im.getpixel((1, 1))) < 400 else (20, 20, 20)
        nm = D.pick(rng, ["The %ss" % kid.last, "%s Family" % kid.last, kid.last.upper()])
        fl = F("bold", s3 * 0.12, 1)
        if fl.getlength(nm) > s3 * 0.9:
            fl = F("bold", s3 * 0.12 * s3 * 0.9 / fl.getlength(nm), 1)
        lb.text((s3 / 2, s3 * 0.15), nm, fl, fg3, leak="PERSON", anchor="ma")
        ph.place(lb, quad_rect(W * (0.28 if left else 0.72), H * 0.78, lw, lw * 0.45, rng.uniform(-3, 3)), shadow=0.15)
    return ph


def note_paper(rng, s, aspect=1.3, col=None):
    return _paper(s, int(s * aspect), rng, col or D.pick(rng, [(255, 255, 255), (255, 250, 180), (200, 235, 255),
                                                               (255, 215, 230), (220, 255, 210)]))


def babysit_flyer(rng, kid, s, strips=True):
    p = note_paper(rng, s, 1.3)
    fi = rng.randrange(5)
    p.text((s / 2, s * 0.05), D.pick(rng, ["BABYSITTER", "DOG WALKING", "LAWN MOWING", "TUTORING"]), F("bold", s * 0.1, fi), (200, 30, 60), anchor="ma")
    fb = F("sans", s * 0.048, fi)
    if rng.random() < 0.5:
        live = [(". I live at ", None), (kid.street, "ADDRESS")]
    else:
        live = [(". I live in ", None), (kid.place.suburb, "LOCATION")]
    segs = [("Hi! I'm ", None), (kid.first, "PERSON"), (", ", None), ("%d years old" % kid.age, "AGE"),
            (" and go to ", None), (kid.school, "SCHOOL")] + live + [(". Call or text:", None)]
    lines, _ = layout_rich(segs, fb, s * 0.88)
    y = s * 0.22
    y += draw_rich(p, s * 0.06, y, lines, fb, (30, 30, 30), fb.size * 1.35)
    p.text((s * 0.06, y + s * 0.02), kid.phone.local, F("bold", s * 0.07, fi), (20, 20, 20), leak="PHONE")
    if strips:
        n = rng.randrange(1, 4)
        sw = s / 5
        for i in range(n):
            x = i * sw
            p.d.line((x, p.h * 0.74, x, p.h), fill=(150, 150, 150), width=2)
            p.text((x + sw * 0.25, p.h * 0.985), kid.phone.local, F("sans", min(sw * 0.3, s * 0.04), fi), (30, 30, 30),
                   leak="PHONE", angle=90)
    return p


def scene_noticeboard(rng, rn, ctx):
    W, H = photo_size(rng, "L")
    ph = Photo(W, H, bg_flat(rng, rn, W, H))
    bw = W * rng.uniform(0.78, 0.88)
    s = S(bw, 2400)
    board = Surface(s, int(s * 0.62), (180, 135, 85))
    arr = np.asarray(board.im).astype(np.float32)
    arr *= 0.8 + 0.3 * rn.random(arr.shape[:2], dtype=np.float32)[..., None]
    board.im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    board.d = ImageDraw.Draw(board.im)
    board.rect((0, 0, s - 1, board.h - 1), outline=(120, 85, 50), width=max(6, s // 60))
    kids = [D.Kid(rng, ctx["region"]) for _ in range(3)]
    k0 = kids[0]
    items = []
    items.append(babysit_flyer(rng, k0, int(s * 0.26)))
    # class rep note
    p = note_paper(rng, int(s * 0.24), 0.8)
    fi = rng.randrange(5)
    fb = F("sans", p.w * 0.06, fi)
    segs = [(kids[1].year, "AGE"), (" class parent: ", None), (kids[1].parent, "PERSON"), (" ", None),
            (kids[1].parent_phone.local, "PHONE"), (" - ", None), (kids[1].parent_email, "EMAIL")]
    lines, _ = layout_rich(segs, fb, p.w * 0.88)
    draw_rich(p, p.w * 0.06, p.w * 0.08, lines, fb, (30, 30, 30), fb.size * 1.4)
    items.append(p)
    # club notice
    p = note_paper(rng, int(s * 0.24), 1.0)
    fb = F("sans", p.w * 0.065, fi)
    segs = [("Well done to ", None), (kids[2].full, "PERSON"), (" from ", None), (kids[2].club, "ORG"),
            (" - regional finals this Saturday!", None)]
    lines, _ = layout_rich(segs, fb, p.w * 0.88)
    draw_rich(p, p.w * 0.06, p.w * 0.08, lines, fb, (30, 30, 30), fb.size * 1.4)
    if ctx.get("qr"):
        ph_ = kids[2].parent_phone
        payload = ["sms:%s" % ph_.e164, "tel:%s" % ph_.e164, "https://wa.me/%s" % ph_.e164[1:]][ctx.get("k", 0) % 3]
        mod = max(5, int(p.w * 0.4 / 33))
        p.qr(payload, p.w * 0.3, p.h - mod * 33 - p.w * 0.02, mod, leaks=[("PHONE", ph_.e164 if "wa.me" not in payload else ph_.e164[1:])])
    items.append(p)
    xs = [0.2, 0.5, 0.8]
    rng.shuffle(xs)
    for it, xf in zip(items, xs):
        paste_rotated(board, it, s * xf, board.h * rng.uniform(0.45, 0.55), rng.uniform(-5, 5) if not it.qrs else rng.uniform(-2, 2))
        board.ellipse((s * xf - s * 0.008, board.h * 0.1, s * xf + s * 0.008, board.h * 0.1 + s * 0.016), fill=(220, 30, 30))
    _, q = fit_quad(ph, rng, board.h / board.w, bw / W, angle=3, persp=0.04, tilt=0.1)
    ph.place(board, q, shadow=0.2)
    return ph


def scene_whiteboard(rng, rn, ctx):
    W, H = photo_size(rng, "L")
    ph = Photo(W, H, bg_flat(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    bw = W * rng.uniform(0.75, 0.9)
    s = S(bw, 2400)
    wb = Surface(s, int(s * 0.55), (246, 248, 250))
    wb.rect((0, 0, s - 1, wb.h - 1), outline=(170, 170, 175), width=max(8, s // 80))
    fi = rng.randrange(7)
    fh = F("italic", s * 0.04, fi)
    cols = [(20, 40, 160), (200, 30, 30), (20, 120, 50), (20, 20, 20)]
    y = s * 0.04
    fw = F("italic", s * 0.055, fi)
    adv = wb.hand(rng, (s * 0.05, y), "Welcome to Room %d" % rng.randrange(1, 30), fw, cols[0])
    if rng.random() < 0.5:
        adv += wb.hand(rng, (s * 0.05 + adv, y), " - ", fw, cols[0])
        wb.hand(rng, (s * 0.05 + adv, y), kid.school, fw, cols[0], leak="SCHOOL")
    y += s * 0.08
    lines = [
        [("Teacher: ", None), (kid.teacher, "PERSON")],
        [("Class: ", None), (kid.year, "AGE"), (" - ", None), (kid.school, "SCHOOL")],
        [("Birthday: ", None), (kid.friends[0], "PERSON"), (" turns ", None), (str(kid.age), "AGE"), ("!", None)],
        [("Class captains: ", None), (kid.friends_full[2], "PERSON"), (", ", None), (kid.friends_full[3], "PERSON")],
        [("Library helpers: ", None), (kid.friends[4], "PERSON")],
        [("Don't forget: trip to ", None), (kid.place.suburb, "LOCATION"), (" pool Friday", None)],
        [("Spelling test on Thursday", None)],
    ]
    rng.shuffle(lines)
    for segs in lines[:rng.randrange(3, 5)]:
        x = s * 0.05
        col = D.pick(rng, cols)
        for t, k in segs:
            x += wb.hand(rng, (x, y), t, fh, col, leak=k)
        y += s * 0.065
    _, q = fit_quad(ph, rng, wb.h / wb.w, bw / W, angle=2, persp=0.04, tilt=0.15)
    ph.place(wb, q, shadow=0.15)
    return ph


def scene_fridge(rng, rn, ctx):
    W, H = photo_size(rng, "P")
    ph = Photo(W, H, bg_flat(rng, rn, W, H, col=D.pick(rng, [(235, 235, 235), (200, 202, 205), (245, 245, 240)]), amp=8))
    kid = D.Kid(rng, ctx["region"])
    fi = rng.randrange(7)
    # emergency note
    nw = W * rng.uniform(0.55, 0.7)
    s = S(nw, 1800)
    p = note_paper(rng, s, 0.95)
    p.text((s * 0.06, s * 0.05), D.pick(rng, ["EMERGENCY CONTACTS", "Important numbers", "For the babysitter"]), F("bold", s * 0.06, fi % 5), (180, 20, 20))
    fh = F("italic", s * 0.05, fi)
    y = s * 0.16
    rows = [[("Mum (", None), (kid.parent_first, "PERSON"), ("): ", None), (kid.parent_phone.local, "PHONE")],
            [("Dad: ", None), (D.make_phone(rng, ctx["region"], kid.place.raw).local, "PHONE")],
            [("Address: ", None), (kid.street, "ADDRESS")],
            [("School: ", None), (kid.school, "SCHOOL")],
            [(kid.first, "PERSON"), (" - swimming Tues 4pm at ", None), (kid.club, "ORG")],
            [("Nana ", None), (D.pick(rng, D.ADULT_FIRST), "PERSON"), (" ", None), (D.make_phone(rng, ctx["region"], kid.place.raw).local, "PHONE")]]
    order = list(range(len(rows)))
    rng.shuffle(order)
    pickr = order[:rng.randrange(2, 5)]
    if 2 not in pickr:
        pickr.append(2)
    for i in sorted(pickr):
        x = s * 0.06
        for t, k in rows[i]:
            x += p.hand(rng, (x, y), t, fh, (20, 20, 90), leak=k)
        y += s * 0.085
    if ctx.get("qr"):
        ssid = "%s-Family" % kid.last.replace(" ", "")
        payload = "WIFI:T:WPA;S:%s;P:%s%d;;" % (ssid, D.pick(rng, D.PETS).lower(), rng.randrange(10, 99))
        mod = max(6, int(s * 0.3 / 33))
        p.text((s * 0.06, y + s * 0.01), "Guest wifi:", F("sans", s * 0.04, 0), (40, 40, 40))
        p.qr(payload, s * 0.06, y + s * 0.07, mod, leaks=[("PERSON", ssid)])
        need = y + s * 0.07 + mod * 41
        if need > p.h:
            big = note_paper(rng, s, need / s + 0.03, p.im.getpixel((1, 1)))
            big.paste_surface(p, 0, 0)
            p = big
    _, q = fit_quad(ph, rng, p.h / p.w, nw / W, cy=H * 0.42, angle=5, persp=0.04, tilt=0.08)
    ph.place(p, q, shadow=0.1)
    d = ImageDraw.Draw(ph.im)
    for i in range(3):
        x, y = W * rng.uniform(0.1, 0.9), H * rng.uniform(0.82, 0.92)
        r = W * 0.03
        d.ellipse((x - r, y - r, x + r, y + r), fill=D.pick(rng, [(220, 50, 50), (50, 120, 220), (250, 200, 30)]))
    return ph


def id_card_surface(rng, kid, s, region, lib=False):
    c = Surface(s, int(s * 0.63), (255, 255, 255))
    band = D.pick(rng, [(20, 70, 150), (150, 20, 40), (10, 120, 90), (90, 40, 140)])
    c.rect((0, 0, s, s * 0.14), fill=band)
    fi = rng.randrange(5)
    if lib:
        title = "%s Library" % kid.place.suburb
        c.runs((s * 0.04, s * 0.035), [(kid.place.suburb, "LOCATION"), (" Library", None)], F("bold", s * 0.055, fi), (255, 255, 255))
    else:
        f = F("bold", s * 0.05, fi)
        if f.getlength(kid.school) > s * 0.9:
            f = F("bold", s * 0.05 * s * 0.9 / f.getlength(kid.school), fi)
        c.text((s * 0.04, s * 0.04), kid.school, f, (255, 255, 255), leak="SCHOOL")
    c.photo_slot((s * 0.04, s * 0.18, s * 0.3, s * 0.52))
    fl = F("sans", s * 0.028, fi)
    fv = F("bold", s * 0.042, fi)
    y = s * 0.18
    rows = [("Name", kid.full, "PERSON")]
    if lib:
        rows += [("Card no.", D.digits(rng, 10), None), ("Address", kid.street, "ADDRESS"), ("Phone", kid.parent_phone.local, "PHONE")]
    else:
        rows += [("Year", kid.year, "AGE"), ("DOB", kid.dob, "DATE_OF_BIRTH")]
        rows += [("Address", kid.street, "ADDRESS")] if rng.random() < 0.4 else [("ID", D.digits(rng, 7), None)]
    for lab, val, k in rows:
        c.text((s * 0.34, y), lab, fl, (110, 110, 110))
        f = fv
        if f.getlength(val) > s * 0.62:
            f = F("bold", s * 0.042 * s * 0.62 / f.getlength(val), fi)
        c.text((s * 0.34, y + s * 0.03), val, f, (20, 20, 20), leak=k)
        y += s * 0.085
    return c


def scene_id_card(rng, rn, ctx):
    W, H = photo_size(rng)
    ph = Photo(W, H, bg_any_indoor(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    cw = min(W, H) * rng.uniform(0.75, 0.9)
    s = S(cw, 2000)
    card = id_card_surface(rng, kid, s, ctx["region"], lib=rng.random() < 0.35)
    card.alpha = Image.new("L", card.im.size, 0)
    ImageDraw.Draw(card.alpha).rounded_rectangle((0, 0, card.w - 1, card.h - 1), radius=int(s * 0.04), fill=255)
    if ctx.get("qr"):
        payload = "BEGIN:VCARD\nVERSION:3.0\nN:%s;%s\nTEL:%s\nEND:VCARD" % (kid.last, kid.first, kid.parent_phone.e164)
        mod = max(5, int(s * 0.2 / 37))
        card.qr(payload, s * 0.04, s * 0.53 - 0 if False else card.h - mod * 45 - s * 0.01, mod,
                leaks=[("PERSON", "%s;%s" % (kid.last, kid.first)), ("PHONE", kid.parent_phone.e164)])
    _, q = fit_quad(ph, rng, card.h / card.w, cw / W, angle=15, persp=0.06, tilt=0.12)
    ph.place(card, q)
    return ph


def lost_pet_poster(rng, kid, s, qr=False):
    p = _paper(s, int(s * 1.35), rng, D.pick(rng, [(255, 255, 255), (255, 250, 200), (255, 235, 235)]))
    fi = rng.randrange(5)
    p.text((s / 2, s * 0.04), "LOST %s" % kid.pet_kind.upper(), F("bold", s * 0.12, fi), (200, 20, 20), anchor="ma")
    p.photo_slot((s * 0.15, s * 0.2, s * 0.85, s * 0.62))
    fb = F("sans", s * 0.05, fi)
    segs = [("Our ", None), (kid.pet_kind, None), (" ", None), (kid.pet, None), (" went missing from ", None),
            (kid.street, "ADDRESS"), (", ", None), (kid.place.suburb, "LOCATION"), (". Please call ", None), (kid.first, "PERSON"),
            (" or Mum on", None)]
    lines, _ = layout_rich(segs, fb, s * 0.88)
    y = s * 0.66
    y += draw_rich(p, s * 0.06, y, lines, fb, (30, 30, 30), fb.size * 1.35)
    p.text((s * 0.06, y + s * 0.01), kid.parent_phone.local, F("bold", s * 0.085, fi), (20, 20, 20), leak="PHONE")
    if qr:
        mod = max(5, int(s * 0.22 / 29))
        p.qr("tel:" + kid.parent_phone.e164, s * 0.68, p.h - mod * 33 - s * 0.02, mod, leaks=[("PHONE", kid.parent_phone.e164)])
    return p


def scene_lost_pet(rng, rn, ctx):
    W, H = photo_size(rng, "P")
    ph = Photo(W, H, D.pick(rng, [bg_brick, bg_flat, bg_street])(rng, rn, W, H))
    kid = D.Kid(rng, ctx["region"])
    pw = W * rng.uniform(0.55, 0.7)
    s = S(pw, 1800)
    p = lost_pet_poster(rng, kid, s, ctx.get("qr"))
    _, q = fit_quad(ph, rng, p.h / p.w, pw / W, angle=4, persp=0.05, tilt=0.12)
    ph.place(p, q, shadow=0.15)
    return ph
