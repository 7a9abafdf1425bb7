"""Photos (3000 px and more) of objects carrying children's personal information."""
import math
from PIL import Image, ImageDraw, ImageFilter
from common import (Canvas, Leak, font, pick_font, FONTS, background, warp_into, quad_for, curve_layer,
                    photo_effects, cap_height, qr_size, placeholder, avatar, rounded, wrap)
from content import Persona, segs, leaky_qr, clean_qr
from data import ordinal, ascii_fold

SIZES = [(3000, 2000), (3000, 2000), (3000, 2000), (3264, 2448), (3600, 2400), (4000, 3000), (4032, 3024)]
INKS = [(20, 20, 25), (25, 40, 120), (120, 20, 30), (10, 80, 40), (60, 30, 90)]
PAPERS = [(250, 250, 245), (255, 252, 235), (245, 245, 250), (255, 240, 245), (235, 248, 255), (255, 250, 220)]
BRIGHT = [(230, 60, 80), (40, 120, 220), (250, 170, 30), (60, 170, 90), (160, 80, 200), (0, 170, 180),
          (240, 110, 170), (255, 120, 50)]


def photo_size(rng, portrait=None):
    w, h = rng.choice(SIZES)
    if portrait is None:
        portrait = rng.random() < 0.5
    return (h, w) if portrait else (w, h)


def distractors(c, rng, n=None):
    W, H = c.W, c.H
    d = c.d
    for _ in range(n if n is not None else rng.randint(2, 5)):
        col = tuple(rng.randint(40, 220) for _ in range(3))
        t = rng.random()
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.04, 0.12) * min(W, H)
        if t < 0.35:
            d.ellipse([x - r, y - r, x + r, y + r], fill=col, outline=tuple(max(0, v - 40) for v in col), width=int(r / 8))
        elif t < 0.7:
            ang = rng.uniform(0, math.pi)
            L = r * 3
            d.line([x, y, x + L * math.cos(ang), y + L * math.sin(ang)], fill=col, width=int(r / 5))
        else:
            d.rounded_rectangle([x - r, y - r * 0.6, x + r * 1.4, y + r * 0.6], radius=int(r / 4), fill=col)


def photo_base(ctx, kind=None, portrait=None, distract=True):
    rng = ctx.rng
    W, H = photo_size(rng, portrait)
    bg, k = background(ctx.nrng, rng, W // 2, H // 2, kind)
    c = Canvas(bg.resize((W, H), Image.BICUBIC))
    if distract:
        distractors(c, rng)
    return c


def layer(w, h, fill=None):
    w, h = int(w), int(h)
    if fill is None:
        return Canvas(Image.new("RGBA", (w, h), (0, 0, 0, 0)))
    return Canvas(Image.new("RGBA", (w, h), tuple(fill) + (255,)))


def place(ctx, scene, lay, cx, cy, scale=1.0, rot=None, persp=None, shadow=0.45):
    rng = ctx.rng
    if rot is None:
        rot = rng.uniform(-8, 8)
    if persp is None:
        persp = rng.uniform(0.0, 0.12)
    w, h = lay.W * scale, lay.H * scale
    q = quad_for(rng, cx, cy, w, h, rot, persp)
    warp_into(scene, lay, q, shadow=shadow, shadow_off=(w * 0.012, h * 0.02))


def fit(path, text, maxw, size, minsize=10):
    f = font(path, size)
    while f.getlength(text) > maxw and f.size > minsize:
        f = font(path, f.size * 0.94)
    return f


def lines_leak(c, x, y, lines, f, fill, lh, kind, anchor="ls"):
    lk = Leak(kind, "\n".join(lines))
    c.leaks.append(lk)
    for i, ln in enumerate(lines):
        c.text((x, y + i * lh), ln, f, fill, leak=lk, anchor=anchor)
    return y + (len(lines) - 1) * lh


def add_qr_layer(ctx, lay, x, y, side, P=None, clean=False):
    """QR onto a layer at (x,y), approx `side` px square. Returns size."""
    rng = ctx.rng
    if clean:
        payload, ql = clean_qr(rng), []
    else:
        payload, ql = leaky_qr(P)
    mod = max(6, int(side / qr_size(payload, 1)))
    return lay.qr(int(x), int(y), payload, mod, leaks=ql)


def finish(ctx, c, strength=1.0, glare=True):
    photo_effects(c, ctx.rng, ctx.nrng, strength, glare)
    return c


def paper_note(ctx, P, w, templates, title=None, paper=None, ink=None, fsize=None, qr=False):
    """A paper note layer of width w with wrapped leaky text lines."""
    rng = ctx.rng
    paper = paper or rng.choice(PAPERS)
    ink = ink or rng.choice(INKS)
    fsize = fsize or w / rng.uniform(13, 18)
    fp = rng.choice(FONTS["sans"] + FONTS["serif"] + FONTS["italic"])
    f = font(fp, fsize)
    tf = font(rng.choice(FONTS["sansb"] + FONTS["serifb"]), fsize * 1.35)
    pad = w * 0.08
    blocks = [segs(P, t) for t in templates]
    lh = f.size * 1.3
    hgt = pad + (tf.size * 1.6 if title else 0)
    for b in blocks:
        n = len(wrap(b, f, w - 2 * pad))
        hgt += n * lh + f.size * 0.5
    qside = w * 0.42 if qr else 0
    hgt += pad + (qside + f.size if qr else 0)
    lay = layer(w, hgt, paper)
    lay.d.rectangle([0, 0, w - 1, hgt - 1], outline=tuple(max(0, v - 30) for v in paper), width=2)
    y = pad + f.size
    if title:
        lay.text((w / 2, pad + tf.size), title, tf, ink, anchor="ms")
        y += tf.size * 1.6
    for b in blocks:
        yy, n, _ = lay.paragraph(pad, y, w - 2 * pad, b, f, ink, lh)
        y = yy + lh + f.size * 0.5
    if qr:
        add_qr_layer(ctx, lay, w - pad - qside, y - f.size * 0.6, qside, P, clean=False)
    return lay


# ------------------------------------------------------------------ scenes

def birthday_banner(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wall", "wall", "brick"]), portrait=False, distract=False)
    W, H = c.W, c.H
    age = rng.randint(5, 13)
    name = P.first.upper() if rng.random() < 0.7 else P.first
    words = ["HAPPY", ordinal(age).upper() if rng.random() < 0.5 else ordinal(age), "BIRTHDAY", name]
    # bunting layer: flags along a sagging string
    lw, lh = int(W * 0.92), int(H * 0.42)
    lay = layer(lw, lh)
    flags = []
    for wi, wd in enumerate(words):
        if wi == 1:
            flags.append((wd, "AGE", wd))
        elif wi == 3:
            for ch in wd:
                flags.append((ch, "PERSON", wd))
        else:
            for ch in wd:
                flags.append((ch, None, None))
        flags.append((" ", None, None))
    flags = flags[:-1]
    n = len(flags)
    fw = lw / (n + 1)
    fpath = rng.choice(FONTS["sansb"] + FONTS["serifb"])
    f = font(fpath, fw * 0.75)
    sag = lh * 0.25
    pts = []
    leaks = {}
    lay.d.line([(0, 10)] + [(lw * t / 20, 10 + sag * 4 * (t / 20) * (1 - t / 20)) for t in range(21)], fill=(90, 70, 60), width=max(3, int(fw / 40)))
    for i, (ch, kind, word) in enumerate(flags):
        x = fw * (i + 1)
        t = x / lw
        y = 10 + sag * 4 * t * (1 - t)
        if ch == " ":
            continue
        col = BRIGHT[i % len(BRIGHT)]
        fh = fw * 1.35
        wide = f.getlength(ch) > fw * 0.8
        ww = fw * 0.48 if not wide else f.getlength(ch) / 2 + fw * 0.1
        lay.d.polygon([(x - ww, y), (x + ww, y), (x, y + fh)], fill=col)
        ff = f if not wide else font(fpath, f.size * 0.8)
        lk = None
        if kind:
            key = (kind, word)
            if key not in leaks:
                leaks[key] = Leak(kind, word)
                lay.leaks.append(leaks[key])
            lk = leaks[key]
        lay.text((x, y + fh * 0.45), ch, ff, (255, 255, 255), leak=lk, anchor="mm", stroke=max(1, int(fw / 60)),
                 stroke_fill=tuple(max(0, v - 60) for v in col))
    place(ctx, c, lay, W / 2, H * 0.3, rot=rng.uniform(-3, 3), persp=rng.uniform(0, 0.08), shadow=0.25)
    # number balloon
    if rng.random() < 0.6:
        bl = layer(W * 0.16, H * 0.34)
        bcol = rng.choice([(212, 175, 55), (192, 192, 200), (230, 120, 170), (80, 150, 230)])
        fb = font(FONTS["sansb"][0], bl.H * 0.62)
        bl.text((bl.W / 2, bl.H * 0.45), str(age), fb, bcol, kind="AGE", anchor="mm", stroke=int(bl.W / 40),
                stroke_fill=tuple(max(0, v - 50) for v in bcol))
        place(ctx, c, bl, W * rng.choice([0.12, 0.88]), H * 0.72, rot=rng.uniform(-10, 10), shadow=0.2)
    # gift tag / card on table edge
    tmpl = rng.choice([["To {FIRST}, happy birthday! love {FRIEND}"], ["{FIRST}'s party - {SHORTADDR}"],
                       ["Happy birthday {FIRST}! From {FRIEND} & family", "{ORG}"]])
    note = paper_note(ctx, P, W * 0.28, tmpl, qr=ctx.qr_leaky)
    place(ctx, c, note, W * 0.5, H * 0.72, rot=rng.uniform(-12, 12))
    return finish(ctx, c)


def birthday_cake(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["tablecloth", "wood", "fabric"]), portrait=False, distract=True)
    W, H = c.W, c.H
    S = min(W, H)
    age = rng.randint(4, 13)
    # cake top (round) viewed at an angle
    d = int(S * 0.72)
    top = layer(d, d)
    icing = rng.choice([(255, 250, 245), (255, 220, 235), (230, 245, 255), (255, 245, 200), (90, 60, 40)])
    ink = rng.choice([(220, 40, 90), (40, 90, 200), (30, 140, 80), (150, 60, 200)]) if icing[0] > 150 else (255, 240, 220)
    top.d.ellipse([0, 0, d - 1, d - 1], fill=icing, outline=tuple(max(0, v - 40) for v in icing), width=int(d / 60))
    for k in range(24):
        a = 2 * math.pi * k / 24
        r = d * 0.46
        top.d.ellipse([d / 2 + r * math.cos(a) - d / 60, d / 2 + r * math.sin(a) - d / 60,
                       d / 2 + r * math.cos(a) + d / 60, d / 2 + r * math.sin(a) + d / 60], fill=rng.choice(BRIGHT))
    fp = rng.choice(FONTS["italic"] + FONTS["serifb"])
    f1 = fit(fp, "Happy Birthday", d * 0.7, d * 0.1)
    top.text((d / 2, d * 0.36), "Happy", f1, ink, anchor="ms")
    ageword = ordinal(age)
    x = d / 2 - f1.getlength(f"{ageword} Birthday") / 2
    x += top.text((x, d * 0.48), ageword, f1, ink, kind="AGE")
    top.text((x, d * 0.48), " Birthday", f1, ink)
    nm = P.first
    f2 = fit(fp, nm + "!", d * 0.7, d * 0.14)
    top.text((d / 2 - f2.getlength("!") / 2, d * 0.66), nm, f2, ink, kind="PERSON", anchor="ms")
    top.text((d / 2 + f2.getlength(nm) / 2, d * 0.66), "!", f2, ink, anchor="ms")
    # candles (not covering text)
    for k in range(min(age, 10)):
        a = math.pi * (0.15 + 0.7 * k / max(1, min(age, 10) - 1)) + math.pi
        cx, cy = d / 2 + d * 0.38 * math.cos(a), d / 2 + d * 0.38 * math.sin(a) * 0.6 - d * 0.05
        top.d.rectangle([cx - d / 120, cy - d / 20, cx + d / 120, cy + d / 40], fill=rng.choice(BRIGHT))
    squash = rng.uniform(0.72, 0.9)
    cx, cy = W / 2, H * 0.45
    w2, h2 = d, d * squash
    # cake side (cylinder) under the top
    side_h = d * 0.3
    c.d.rectangle([cx - w2 / 2, cy, cx + w2 / 2, cy + side_h], fill=tuple(max(0, v - 25) for v in icing))
    c.d.ellipse([cx - w2 / 2, cy + side_h - h2 / 2, cx + w2 / 2, cy + side_h + h2 / 2], fill=tuple(max(0, v - 45) for v in icing))
    c.d.rectangle([cx - w2 / 2, cy, cx + w2 / 2, cy + side_h], fill=tuple(max(0, v - 25) for v in icing))
    q = [(cx - w2 / 2, cy - h2 / 2), (cx + w2 / 2, cy - h2 / 2), (cx + w2 / 2, cy + h2 / 2), (cx - w2 / 2, cy + h2 / 2)]
    k = rng.uniform(0.0, 0.06) * w2
    q = [(q[0][0] + k, q[0][1]), (q[1][0] - k, q[1][1]), q[2], q[3]]
    warp_into(c, top, q, shadow=0.0)
    # ribbon around the side with name (curved)
    if rng.random() < 0.6:
        rb = layer(w2 * 1.25, side_h * 0.5, rng.choice(BRIGHT))
        fr = fit(FONTS["sansb"][rng.randint(0, 2)], "x", rb.W, rb.H * 0.62)
        txt = rng.choice([P.name, f"{P.first} {age}", P.first])
        lk_kind = "PERSON"
        if txt == f"{P.first} {age}":
            xx = rb.W / 2 - fr.getlength(txt) / 2
            xx += rb.text((xx, rb.H * 0.72), P.first, fr, (255, 255, 255), kind="PERSON")
            xx += rb.text((xx, rb.H * 0.72), " ", fr, (255, 255, 255))
            rb.text((xx, rb.H * 0.72), str(age), fr, (255, 255, 255), kind="AGE")
        else:
            rb.text((rb.W / 2, rb.H * 0.72), txt, fr, (255, 255, 255), kind=lk_kind, anchor="ms")
        cr = curve_layer(rb, half_angle_deg=rng.uniform(40, 55), bow=-h2 * 0.25, shade=0.3)
        sc = w2 / cr.W
        ry = cy + h2 / 2 - cr.H * sc * 0.55 + side_h * 0.3
        qq = [(cx - w2 / 2, ry), (cx + w2 / 2, ry), (cx + w2 / 2, ry + cr.H * sc), (cx - w2 / 2, ry + cr.H * sc)]
        warp_into(c, cr, qq, shadow=0.0)
    # invitation card next to it
    tm = rng.sample(["Come to {FIRST}'s party at {ADDRESS}", "RSVP to {PARENT} on {PHONE}",
                     "Party at {LOCATION} park, 2pm Saturday"], 1) + ["Bring your swimsuit!"]
    note = paper_note(ctx, P, W * 0.25, tm, title="You're invited!", qr=False)
    side = rng.choice([0.15, 0.85])
    if note.H * 1.0 < H * 0.42:
        place(ctx, c, note, W * side, H * 0.8 - note.H / 2 + H * 0.05, rot=rng.uniform(-10, 10))
    return finish(ctx, c)


def shipping_label(ctx, P, w, courier=True, qr=False):
    rng = ctx.rng
    R = P.R
    lay = layer(w, w * (0.95 if qr else 0.72), (255, 255, 255))
    d = lay.d
    f = font(rng.choice(FONTS["sans"] + FONTS["mono"]), w / 22)
    fb = font(rng.choice(FONTS["sansb"]), w / 17)
    fs = font(FONTS["sans"][0], w / 32)
    pad = w * 0.05
    d.rectangle([0, 0, lay.W - 1, lay.H - 1], outline=(0, 0, 0), width=int(w / 200) + 1)
    lay.text((pad, pad + fs.size), rng.choice(["PRIORITY", "STANDARD", "EXPRESS POST", "TRACKED 48"]), fb, (0, 0, 0))
    d.line([pad, pad + fb.size * 1.6, w - pad, pad + fb.size * 1.6], fill=(0, 0, 0), width=3)
    y = pad + fb.size * 1.6 + f.size * 1.5
    lay.text((pad, y), "SHIP TO:", fs, (0, 0, 0))
    y += f.size * 1.4
    nm = P.name.upper() if rng.random() < 0.5 else P.name
    lay.text((pad, y), nm, fb, (0, 0, 0), kind="PERSON")
    y += f.size * 1.5
    al = P.addr_lines
    lines_leak(lay, pad, y, al, f, (0, 0, 0), f.size * 1.3, "ADDRESS")
    y += f.size * 1.3 * len(al) + f.size * 0.3
    if rng.random() < 0.8:
        x = pad + lay.text((pad, y), "Tel: ", f, (0, 0, 0))
        lay.text((x, y), P.phone, f, (0, 0, 0), kind="PHONE")
        y += f.size * 1.4
    if rng.random() < 0.4:
        x = pad + lay.text((pad, y), "Email: ", fs, (0, 0, 0))
        lay.text((x, y), P.email, fs if cap_height(fs) >= 20 else f, (0, 0, 0), kind="EMAIL")
        y += f.size * 1.4
    # barcode
    bx, by = pad, y + f.size * 0.5
    bw = w * (0.5 if qr else 0.9)
    xx = bx
    while xx < bx + bw:
        t = rng.choice([2, 3, 5, 7]) * w / 900
        d.rectangle([xx, by, xx + t, by + w * 0.1], fill=(0, 0, 0))
        xx += t + rng.choice([2, 4, 6]) * w / 900
    lay.text((bx, by + w * 0.1 + fs.size * 1.2), f"{rng.choice(['LX', 'RB', 'CP', 'AU'])}{rng.randint(10**8, 10**9 - 1)}{rng.choice(['GB', 'AU', 'NZ', 'US', 'IN'])}", fs, (0, 0, 0))
    if qr:
        add_qr_layer(ctx, lay, w - pad - w * 0.36, lay.H - pad - w * 0.36, w * 0.34, P)
    return lay


def parcel_label(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["carpet", "wood", "concrete"]))
    W, H = c.W, c.H
    S = min(W, H)
    box = layer(S * 0.85, S * 0.75, (rng.randint(170, 200), rng.randint(130, 150), rng.randint(85, 100)))
    box.d.rectangle([0, box.H * 0.44, box.W, box.H * 0.56], fill=(200, 170, 120))
    lab = shipping_label(ctx, P, box.W * 0.62, qr=ctx.qr_leaky)
    warp_into(box, lab, quad_for(rng, box.W * 0.45, box.H * 0.5, lab.W, lab.H, rng.uniform(-4, 4), 0.0), shadow=0.15)
    place(ctx, c, box, W / 2, H / 2, rot=rng.uniform(-15, 15), persp=rng.uniform(0.02, 0.14), shadow=0.5)
    return finish(ctx, c)


def envelope(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wood", "tablecloth", "carpet", "fabric"]), portrait=False)
    W, H = c.W, c.H
    ew = W * 0.7
    env = layer(ew, ew * 0.5, rng.choice([(250, 250, 248), (245, 235, 215), (240, 240, 245)]))
    ink = rng.choice(INKS)
    fp = rng.choice(FONTS["italic"] + FONTS["sans"])
    f = font(fp, ew / 24)
    # stamp + postmark
    env.d.rectangle([ew * 0.84, ew * 0.04, ew * 0.96, ew * 0.18], fill=rng.choice(BRIGHT), outline=(255, 255, 255), width=6)
    for k in range(3):
        env.d.arc([ew * 0.66 + k * 12, ew * 0.05 + k * 12, ew * 0.82 - k * 12, ew * 0.19 - k * 12], 0, 360, fill=(90, 90, 100), width=4)
    x, y = ew * 0.35, ew * 0.22
    nm = rng.choice([P.name, f"Miss {P.name}", f"Master {P.name}", P.name])
    pre = nm[:len(nm) - len(P.name)]
    xx = x
    if pre:
        xx += env.text((x, y), pre, f, ink)
    env.text((xx, y), P.name, f, ink, kind="PERSON")
    y += f.size * 1.35
    if rng.random() < 0.35:
        xx = x + env.text((x, y), "c/o ", f, ink)
        env.text((xx, y), P.parent, f, ink, kind="PERSON")
        y += f.size * 1.35
    lines_leak(env, x, y, P.addr_lines, f, ink, f.size * 1.35, "ADDRESS")
    # sender
    if rng.random() < 0.6:
        fs = font(fp, ew / 40)
        fr = P.R.full()
        xx = ew * 0.04 + env.text((ew * 0.04, ew * 0.06), "From: ", fs, ink)
        env.text((xx, ew * 0.06), fr, fs, ink, kind="PERSON")
        env.text((ew * 0.04, ew * 0.06 + fs.size * 1.3), P.R.short_address(), fs, ink, kind="ADDRESS")
    if ctx.qr_leaky:
        add_qr_layer(ctx, env, ew * 0.05, env.H - ew * 0.2, ew * 0.16, P)
    place(ctx, c, env, W / 2, H / 2, rot=rng.uniform(-12, 12), persp=rng.uniform(0, 0.1))
    return finish(ctx, c)


def outdoor_base(ctx, portrait=None):
    rng = ctx.rng
    W, H = photo_size(rng, portrait)
    import numpy as np
    sky1 = np.array([rng.randint(120, 180), rng.randint(170, 210), rng.randint(220, 250)], np.float32)
    sky2 = np.array([220, 230, 240], np.float32)
    hor = rng.uniform(0.45, 0.62)
    h2 = H // 2
    t = np.linspace(0, 1, h2, dtype=np.float32)[:, None, None]
    arr = (sky1 * (1 - t) + sky2 * t) * np.ones((1, W // 2, 1), np.float32)
    img = Image.fromarray(arr.astype(np.uint8), "RGB").resize((W, H))
    c = Canvas(img)
    g, _ = background(ctx.nrng, rng, W // 2, int(H * (1 - hor)) // 2 + 1, "grass")
    c.img.paste(g.resize((W, H - int(H * hor))), (0, int(H * hor)))
    # a building and some trees
    bx = rng.uniform(0.05, 0.5) * W
    bcol = tuple(rng.randint(120, 200) for _ in range(3))
    c.d.rectangle([bx, H * hor - H * 0.22, bx + W * 0.45, H * hor + 5], fill=bcol)
    for k in range(6):
        c.d.rectangle([bx + W * 0.03 + k * W * 0.07, H * hor - H * 0.17, bx + W * 0.07 + k * W * 0.07, H * hor - H * 0.1],
                      fill=(70, 90, 110))
    for k in range(rng.randint(2, 5)):
        tx = rng.uniform(0, W)
        r = rng.uniform(0.05, 0.1) * H
        c.d.ellipse([tx - r, H * hor - 2.2 * r, tx + r, H * hor - 0.2 * r], fill=(40, rng.randint(90, 130), 50))
        c.d.rectangle([tx - r / 8, H * hor - 0.6 * r, tx + r / 8, H * hor + 4], fill=(90, 60, 40))
    return c, hor


def school_sign(ctx, far):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c, hor = outdoor_base(ctx, portrait=False if far else None)
    W, H = c.W, c.H
    sw = W * (rng.uniform(0.3, 0.38) if far else rng.uniform(0.7, 0.85))
    bg = rng.choice([(20, 70, 40), (20, 40, 100), (120, 20, 30), (250, 250, 250), (40, 40, 45)])
    fg = (255, 255, 255) if bg[0] < 200 else (20, 40, 100)
    sign = layer(sw, sw * 0.55, bg)
    sign.d.rectangle([sw * 0.02, sw * 0.02, sw * 0.98, sign.H - sw * 0.02], outline=fg, width=int(sw / 150) + 2)
    fp = rng.choice(FONTS["sansb"] + FONTS["serifb"])
    name = P.school
    f1 = fit(fp, name, sw * 0.86, sw * 0.085)
    sign.text((sw / 2, sign.H * 0.26), name, f1, fg, kind="SCHOOL", anchor="ms")
    f2 = font(rng.choice(FONTS["sans"]), sw * 0.045)
    loc = P.R.sub() if rng.random() < 0.5 else f"{P.R.town[0]}"
    sign.text((sw / 2, sign.H * 0.38), loc, f2, fg, kind="LOCATION", anchor="ms")
    # letterboard messages
    board_y = sign.H * 0.46
    sign.d.rectangle([sw * 0.06, board_y, sw * 0.94, sign.H * 0.94], fill=(245, 245, 240))
    fm = font(rng.choice(FONTS["sansb"]), sw * 0.048)
    msgs = rng.sample(["CONGRATS {FRIEND} - SPELLING BEE", "WELL DONE {FRIEND} {YEAR}", "GOOD LUCK {ORG}",
                       "HAPPY BIRTHDAY {FIRST}", "WELCOME BACK {YEAR}", "STAR PUPIL {FRIEND}"], 2) + [
                       rng.choice(["SCHOOL DISCO FRI 6PM", "BOOK WEEK 12-16 AUG", "DRIVE SAFELY", "ENROL NOW FOR 2026"])]
    y = board_y + sign.H * 0.13
    for m in msgs:
        sg = [(t.upper() if not k else t.upper(), k) for t, k in segs(P, m)]
        lw = sum(fm.getlength(t) for t, _ in sg)
        ff = fm
        while lw > sw * 0.84:
            ff = font(fm.path.replace("/usr/share/fonts/truetype/", ""), ff.size * 0.93)
            lw = sum(ff.getlength(t) for t, _ in sg)
        sign.spans(sw / 2 - lw / 2, y, sg, ff, (20, 20, 20))
        y += sign.H * 0.15
    # fix leak texts to the uppercase form drawn
    full = layer(sw, sign.H + sw * 0.35)
    full.d.rectangle([sw * 0.12, sign.H - 10, sw * 0.16, full.H], fill=(110, 110, 115))
    full.d.rectangle([sw * 0.84, sign.H - 10, sw * 0.88, full.H], fill=(110, 110, 115))
    full.img.paste(sign.img, (0, 0))
    full.leaks, full.qrs = sign.leaks, sign.qrs
    cx = W * (rng.uniform(0.3, 0.7) if far else 0.5)
    cy = H * hor - (full.H / 2 - sw * 0.35) + (H * 0.05 if far else H * 0.22)
    cy = min(cy, H - full.H / 2 - 5)
    place(ctx, c, full, cx, cy, rot=rng.uniform(-2, 2), persp=rng.uniform(0.03, 0.15), shadow=0.0)
    return finish(ctx, c, glare=False)


def name_sticker(ctx, P, w, lines, bg=None, fg=None):
    """Rounded sticker with lines: list of (text, kind, rel_size)."""
    rng = ctx.rng
    bg = bg or rng.choice([(255, 255, 255), (255, 240, 200), (220, 240, 255), (255, 225, 235)])
    fg = fg or rng.choice(INKS + [(200, 30, 90)])
    fp = rng.choice(FONTS["sansb"] + FONTS["serifb"] + FONTS["italic"])
    fonts = [fit(fp, t, w * 0.84, w * rs) for t, k, rs in lines]
    h = sum(f.size * 1.35 for f in fonts) + w * 0.12
    lay = layer(w, h)
    lay.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=int(h * 0.18), fill=bg + (255,), outline=fg, width=int(w / 100) + 2)
    y = w * 0.06
    for (t, k, rs), f in zip(lines, fonts):
        y += f.size * 1.05
        lay.text((w / 2, y), t, f, fg, kind=k, anchor="ms")
        y += f.size * 0.3
    return lay


def lunchbox_label(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wood", "tablecloth", "concrete"]))
    W, H = c.W, c.H
    S = min(W, H)
    bw = S * 0.9
    col = rng.choice(BRIGHT)
    box = layer(bw, bw * 0.66)
    box.d.rounded_rectangle([0, 0, box.W - 1, box.H - 1], radius=int(bw / 12), fill=col + (255,))
    box.d.rounded_rectangle([bw * 0.03, bw * 0.03, box.W - bw * 0.03, box.H - bw * 0.03], radius=int(bw / 14),
                            outline=tuple(min(255, v + 40) for v in col), width=int(bw / 100))
    lines = [(P.name, "PERSON", 0.1)]
    lines.append((R.class_label(), "AGE", 0.07))
    lines.append((P.school, "SCHOOL", 0.055))
    if rng.random() < 0.4:
        lines.append((P.phone, "PHONE", 0.06))
    st = name_sticker(ctx, P, bw * (0.5 if ctx.qr_leaky else 0.62), lines)
    warp_into(box, st, quad_for(rng, bw * (0.36 if ctx.qr_leaky else 0.5), box.H * 0.5, st.W, st.H, rng.uniform(-3, 3), 0.0), shadow=0.1)
    if ctx.qr_leaky:
        ql = layer(bw * 0.24, bw * 0.24, (255, 255, 255))
        add_qr_layer(ctx, ql, 0, 0, bw * 0.24, P)
        warp_into(box, ql, quad_for(rng, bw * 0.8, box.H * 0.5, ql.W, ql.H, 0, 0.0), shadow=0.05)
    place(ctx, c, box, W / 2, H / 2, rot=rng.uniform(-15, 15), persp=rng.uniform(0.02, 0.12))
    return finish(ctx, c)


def bottle_label(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wood", "concrete", "wall", "grass"]), portrait=True)
    W, H = c.W, c.H
    bw = W * rng.uniform(0.48, 0.58)
    bh = H * 0.8
    col = rng.choice(BRIGHT + [(190, 190, 200)])
    import numpy as np
    # bottle body with cylindrical shading
    xs = np.linspace(-1, 1, int(bw), dtype=np.float32)
    shade = (0.55 + 0.45 * np.sqrt(np.clip(1 - xs ** 2, 0, 1)))[None, :, None]
    body = (np.array(col, np.float32)[None, None, :] * shade * np.ones((int(bh), 1, 1), np.float32)).astype(np.uint8)
    bimg = Image.fromarray(body, "RGB")
    mask = Image.new("L", bimg.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, bh * 0.12, bw - 1, bh - 1], radius=int(bw * 0.2), fill=255)
    ImageDraw.Draw(mask).rounded_rectangle([bw * 0.3, 0, bw * 0.7, bh * 0.2], radius=int(bw * 0.05), fill=255)
    x0, y0 = int(W / 2 - bw / 2), int(H * 0.12)
    sh = Image.new("L", bimg.size, 0)
    c.img.paste((0, 0, 0), (x0 + int(bw * 0.05), y0 + int(bh * 0.02)), mask.filter(ImageFilter.GaussianBlur(20)).point(lambda v: v // 3))
    c.img.paste(bimg, (x0, y0), mask)
    # label band
    lw = bw * 1.5
    lab = layer(lw, bh * 0.34, rng.choice([(255, 255, 255), (255, 245, 210), (30, 30, 40)]))
    fg = (20, 20, 30) if lab.img.getpixel((1, 1))[0] > 100 else (255, 255, 255)
    fp = rng.choice(FONTS["sansb"] + FONTS["italic"])
    fn = fit(fp, P.name, lw * 0.5, lab.H * 0.24)
    lab.text((lw / 2, lab.H * 0.36), P.first if rng.random() < 0.4 else P.name, fn, fg, kind="PERSON", anchor="ms")
    f2 = font(rng.choice(FONTS["sans"]), lab.H * 0.13)
    y = lab.H * 0.58
    extra = rng.sample([(R.class_label(), "AGE"), (P.school, "SCHOOL"), (P.phone, "PHONE")], 2)
    for t, k in extra:
        ff = fit(f2.path.replace("/usr/share/fonts/truetype/", ""), t, lw * 0.5, f2.size)
        lab.text((lw / 2, y), t, ff, fg, kind=k, anchor="ms")
        y += lab.H * 0.2
    cr = curve_layer(lab, half_angle_deg=rng.uniform(55, 70), bow=rng.choice([-1, 1]) * rng.uniform(0.18, 0.3) * lab.H, shade=0.35)
    sc = bw / cr.W
    ly = y0 + bh * rng.uniform(0.35, 0.5)
    q = [(x0, ly), (x0 + bw, ly), (x0 + bw, ly + cr.H * sc), (x0, ly + cr.H * sc)]
    warp_into(c, cr, q, shadow=0.0)
    return finish(ctx, c, glare=False)


def bag_tag(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["fabric", "carpet", "fabric"]), distract=False)
    W, H = c.W, c.H
    S = min(W, H)
    tw = S * 0.55
    th = tw * (1.72 if ctx.qr_leaky else 1.15)
    col = rng.choice(BRIGHT)
    tag = layer(tw, th)
    tag.d.rounded_rectangle([0, 0, tw - 1, th - 1], radius=int(tw / 10), fill=col + (255,))
    tag.d.ellipse([tw / 2 - tw * 0.05, tw * 0.05, tw / 2 + tw * 0.05, tw * 0.15], fill=(0, 0, 0, 0))
    win = [tw * 0.08, tw * 0.22, tw * 0.92, th - tw * 0.08]
    tag.d.rectangle(win, fill=(255, 255, 255, 255))
    f = font(rng.choice(FONTS["italic"] + FONTS["sans"]), tw * 0.058)
    fl = font(FONTS["sansb"][0], tw * 0.04)
    ink = rng.choice(INKS)
    y = tw * 0.32
    rows = [("NAME", P.name, "PERSON"), ("SCHOOL", P.school, "SCHOOL"), ("PHONE", P.phone, "PHONE"),
            ("CLASS", P.year, "AGE"), ("ADDRESS", P.address, "ADDRESS")]
    rows = rows[:3] + rng.sample(rows[3:], rng.randint(1, 2))
    for lab, val, k in rows:
        lf = fl
        tag.text((tw * 0.12, y), lab, lf, (120, 120, 130))
        ff = fit(f.path.replace("/usr/share/fonts/truetype/", ""), val, tw * 0.78, f.size)
        if ff.size < f.size * 0.75 and k == "ADDRESS":
            parts = val.split(", ")
            mid = (len(parts) + 1) // 2
            ls = [", ".join(parts[:mid]) + ",", ", ".join(parts[mid:])]
            ff = fit(f.path.replace("/usr/share/fonts/truetype/", ""), max(ls, key=len), tw * 0.78, f.size)
            lines_leak(tag, tw * 0.12, y + ff.size * 1.2, ls, ff, ink, ff.size * 1.2, "ADDRESS")
            tag.leaks[-1].text = "\n".join(ls)
            y += ff.size * 1.2
        else:
            tag.text((tw * 0.12, y + ff.size * 1.2), val, ff, ink, kind=k)
        y += f.size * 2.9
    if ctx.qr_leaky:
        add_qr_layer(ctx, tag, tw * 0.5 - tw * 0.18, th - tw * 0.46, tw * 0.36, P)
    # strap
    c.d.line([W / 2, 0, W / 2 + rng.uniform(-0.1, 0.1) * W, H * 0.2], fill=(30, 30, 30), width=int(S / 60))
    place(ctx, c, tag, W / 2, H / 2 + H * 0.05, rot=rng.uniform(-18, 18), persp=rng.uniform(0.02, 0.12))
    return finish(ctx, c)


def team_shirt(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wall", "wood", "carpet"]), portrait=False, distract=False)
    W, H = c.W, c.H
    n = rng.choice([1, 1, 2])
    org = P.org
    for i in range(n):
        sw = W * (0.5 if n == 2 else 0.62)
        col = rng.choice(BRIGHT + [(20, 30, 80), (10, 10, 10)])
        fg = (255, 255, 255) if sum(col) < 500 else (10, 10, 10)
        sh = layer(sw, sw * 0.95)
        d = sh.d
        d.polygon([(sw * 0.25, 0), (sw * 0.75, 0), (sw, sw * 0.2), (sw * 0.85, sw * 0.35), (sw * 0.8, sw * 0.3),
                   (sw * 0.8, sw * 0.95), (sw * 0.2, sw * 0.95), (sw * 0.2, sw * 0.3), (sw * 0.15, sw * 0.35), (0, sw * 0.2)],
                  fill=col + (255,))
        d.chord([sw * 0.38, -sw * 0.06, sw * 0.62, sw * 0.06], 0, 180, fill=tuple(max(0, v - 40) for v in col) + (255,))
        p2 = P if i == 0 else Persona(R)
        fp = rng.choice(FONTS["sansb"] + FONTS["serifb"])
        fo = fit(fp, org.upper(), sw * 0.56, sw * 0.05)
        sh.text((sw / 2, sw * 0.14), org.upper(), fo, fg, kind="ORG", anchor="ms")
        surname = p2.last.upper()
        fn = fit(fp, surname, sw * 0.56, sw * 0.09)
        sh.text((sw / 2, sw * 0.29), surname, fn, fg, kind="PERSON", anchor="ms")
        fnum = font(fp, sw * 0.3)
        sh.text((sw / 2, sw * 0.68), str(rng.randint(1, 23)), fnum, fg, anchor="ms")
        if rng.random() < 0.25:
            fa = fit(fp, "x", sw * 0.5, sw * 0.045)
            sh.text((sw / 2, sw * 0.86), p2.first.upper(), fa, fg, kind="PERSON", anchor="ms")
        if ctx.qr_leaky and i == 0:
            ql = layer(sw * 0.16, sw * 0.16, (255, 255, 255))
            add_qr_layer(ctx, ql, 0, 0, sw * 0.16, P)
            warp_into(sh, ql, quad_for(rng, sw * 0.71, sw * 0.52, ql.W, ql.H, 0, 0), shadow=0.0)
        cr = curve_layer(sh, half_angle_deg=rng.uniform(20, 35), bow=0, shade=0.2)
        cx = W * (0.5 if n == 1 else (0.27 + 0.46 * i))
        place(ctx, c, cr, cx, H * 0.5, rot=rng.uniform(-5, 5), persp=rng.uniform(0.0, 0.08), shadow=0.4)
    return finish(ctx, c)


def race_bib(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["fabric", "fabric", "grass"]), distract=False)
    W, H = c.W, c.H
    S = min(W, H)
    bw = S * 0.8
    bib = layer(bw, bw * (0.98 if ctx.qr_leaky else 0.7), (255, 255, 255))
    acc = rng.choice(BRIGHT)
    bib.d.rectangle([0, 0, bw, bw * 0.14], fill=acc)
    fp = rng.choice(FONTS["sansb"])
    ev = f"{P.school} Cross Country" if rng.random() < 0.6 else f"{P.org} Fun Run"
    fe = fit(fp, ev, bw * 0.9, bw * 0.05)
    who, kd = (P.school, "SCHOOL") if "Cross" in ev else (P.org, "ORG")
    xw = bw / 2 - fe.getlength(ev) / 2
    xw += bib.text((xw, bw * 0.09), who, fe, (255, 255, 255), kind=kd)
    bib.text((xw, bw * 0.09), ev[len(who):], fe, (255, 255, 255))
    bib.d.rectangle([0, bw * 0.14, bw, bw * 0.16], fill=(255, 255, 255))
    fn = font(fp, bw * 0.24)
    bib.text((bw / 2, bw * 0.44), str(rng.randint(100, 999)), fn, (10, 10, 10), anchor="ms")
    f2 = fit(fp, P.first.upper(), bw * 0.6, bw * 0.08)
    bib.text((bw / 2, bw * 0.57), P.first.upper(), f2, acc, kind="PERSON", anchor="ms")
    f3 = font(rng.choice(FONTS["sans"]), bw * 0.045)
    cat = rng.choice([f"U{rng.randint(8, 13)} Girls", f"U{rng.randint(8, 13)} Boys", R.year_label()])
    bib.text((bw / 2, bw * 0.65), cat, f3, (60, 60, 60), kind="AGE", anchor="ms")
    for (x, y) in [(0.04, 0.2), (0.96, 0.2), (0.04, 0.93), (0.96, 0.93)]:
        yy = y * bib.H if y > 0.5 else y * bw
        bib.d.ellipse([x * bw - bw * 0.015, yy - bw * 0.015, x * bw + bw * 0.015, yy + bw * 0.015], fill=(180, 180, 190))
    if ctx.qr_leaky:
        add_qr_layer(ctx, bib, bw * 0.36, bw * 0.67, bw * 0.28, P)
    cr = curve_layer(bib, half_angle_deg=rng.uniform(8, 14) if ctx.qr_leaky else rng.uniform(15, 30), bow=0, shade=0.15)
    place(ctx, c, cr, W / 2, H / 2, rot=rng.uniform(-8, 8), persp=rng.uniform(0.02, 0.1), shadow=0.3)
    return finish(ctx, c)


def certificate_layer(ctx, P, w, qr=False):
    rng, R = ctx.rng, P.R
    h = w * 0.707
    lay = layer(w, h, rng.choice([(252, 250, 240), (255, 255, 255), (250, 245, 230)]))
    acc = rng.choice([(160, 120, 30), (20, 60, 120), (120, 20, 40), (30, 100, 60)])
    lay.d.rectangle([w * 0.03, w * 0.03, w * 0.97, h - w * 0.03], outline=acc, width=int(w / 90))
    lay.d.rectangle([w * 0.05, w * 0.05, w * 0.95, h - w * 0.05], outline=acc, width=int(w / 300) + 1)
    ft = font(rng.choice(FONTS["serifb"]), w * 0.055)
    lay.text((w / 2, h * 0.22), rng.choice(["Certificate of Achievement", "Certificate of Merit", "Award"]), ft, acc, anchor="ms")
    fs = font(rng.choice(FONTS["serif"] + FONTS["italic"]), w * 0.028)
    lay.text((w / 2, h * 0.33), "This certificate is proudly presented to", fs, (60, 60, 60), anchor="ms")
    fn = fit(rng.choice(FONTS["italic"] + FONTS["serifb"]), P.name, w * 0.7, w * 0.06)
    lay.text((w / 2, h * 0.46), P.name, fn, (20, 20, 20), kind="PERSON", anchor="ms")
    reason = rng.choice(["for outstanding effort in Mathematics", "for kindness and teamwork", "for 100% attendance",
                         "for winning the junior spelling bee", "for excellent reading"])
    lay.text((w / 2, h * 0.55), reason, fs, (60, 60, 60), anchor="ms")
    sg = [(P.year, "AGE"), (" - ", None), (P.school, "SCHOOL")]
    lw = sum(fs.getlength(t) for t, _ in sg)
    ff = fs
    if lw > w * 0.8:
        ff = font(fs.path.replace("/usr/share/fonts/truetype/", ""), fs.size * w * 0.8 / lw)
        lw = sum(ff.getlength(t) for t, _ in sg)
    lay.spans(w / 2 - lw / 2, h * 0.63, sg, ff, (40, 40, 40))
    lay.d.line([w * 0.12, h * 0.82, w * 0.38, h * 0.82], fill=(60, 60, 60), width=3)
    teacher = rng.choice(["Mrs ", "Mr ", "Ms ", ""]) + R.last()
    fsg = font(rng.choice(FONTS["italic"]), w * 0.03)
    lay.text((w * 0.25, h * 0.8), teacher, fsg, (30, 30, 120), kind="PERSON", anchor="ms")
    lay.leaks[-1].text = teacher
    lay.text((w * 0.25, h * 0.87), "Teacher", fs, (80, 80, 80), anchor="ms")
    lay.text((w * 0.75, h * 0.82), R.date(), fs, (40, 40, 40), anchor="ms")
    if qr:
        add_qr_layer(ctx, lay, w * 0.5 - w * 0.07, h * 0.7, w * 0.14, P)
    else:
        lay.d.ellipse([w * 0.45, h * 0.72, w * 0.55, h * 0.72 + w * 0.1], fill=acc)
    return lay


def certificate_photo(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wall", "wood", "fabric"]), portrait=False)
    W, H = c.W, c.H
    cert = certificate_layer(ctx, P, W * 0.78, qr=ctx.qr_leaky)
    place(ctx, c, cert, W / 2, H / 2, rot=rng.uniform(-6, 6), persp=rng.uniform(0.02, 0.14))
    return finish(ctx, c)


def trophy(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wood", "wall"]), portrait=rng.random() < 0.5, distract=False)
    W, H = c.W, c.H
    n = rng.choice([1, 2])
    for i in range(n):
        tw = min(W * (0.55 if n == 1 else 0.42), H * 0.6)
        cx = W * (0.5 if n == 1 else 0.28 + 0.44 * i)
        gold = rng.choice([(212, 175, 55), (192, 192, 200), (205, 127, 50)])
        top = H * 0.06
        d = c.d
        d.polygon([(cx - tw * 0.35, top), (cx + tw * 0.35, top), (cx + tw * 0.2, top + tw * 0.45),
                   (cx - tw * 0.2, top + tw * 0.45)], fill=gold)
        d.rectangle([cx - tw * 0.05, top + tw * 0.45, cx + tw * 0.05, top + tw * 0.65], fill=gold)
        d.rectangle([cx - tw * 0.25, top + tw * 0.65, cx + tw * 0.25, top + tw * 0.72], fill=gold)
        base_y = top + tw * 0.72
        d.rectangle([cx - tw * 0.45, base_y, cx + tw * 0.45, base_y + tw * 0.7], fill=(40, 30, 25))
        pl = layer(tw * 0.78, tw * 0.5, tuple(min(255, v + 15) for v in gold))
        fe = font(rng.choice(FONTS["serifb"] + FONTS["sansb"]), pl.W * 0.065)
        p2 = P if i == 0 else Persona(R)
        lines = [(P.org, "ORG"), (rng.choice(["Player of the Year", "Most Improved", "Best & Fairest", "Champion"]), None),
                 (p2.name, "PERSON"), (str(rng.randint(2019, 2025)), None)]
        y = pl.H * 0.22
        ink = (40, 30, 10)
        for t, k in lines:
            ff = fit(fe.path.replace("/usr/share/fonts/truetype/", ""), t, pl.W * 0.9, fe.size)
            pl.text((pl.W / 2, y), t, ff, ink, kind=k, anchor="ms")
            y += pl.H * 0.22
        warp_into(c, pl, quad_for(rng, cx, base_y + tw * 0.35, pl.W, pl.H, 0, 0.0), shadow=0.0)
    return finish(ctx, c, glare=False)


def house_number(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["brick", "wall", "wood"]), distract=False)
    W, H = c.W, c.H
    S = min(W, H)
    num = rng.randint(2, 240)
    street = R.street()
    # plaque
    pw = S * 0.45
    pl = layer(pw, pw * 0.55, rng.choice([(30, 30, 35), (250, 250, 245), (20, 60, 40), (120, 80, 40)]))
    fg = (255, 255, 255) if pl.img.getpixel((1, 1))[0] < 128 else (20, 20, 20)
    fp = rng.choice(FONTS["sansb"] + FONTS["serifb"])
    if rng.random() < 0.5:
        f = font(fp, pl.H * 0.7)
        pl.text((pw / 2, pl.H * 0.78), str(num), f, fg, kind="ADDRESS", anchor="ms")
    else:
        f = font(fp, pl.H * 0.42)
        f2 = fit(fp, street, pw * 0.9, pl.H * 0.18)
        lk = Leak("ADDRESS", f"{num}\n{street}")
        pl.leaks.append(lk)
        pl.text((pw / 2, pl.H * 0.5), str(num), f, fg, anchor="ms", leak=lk)
        pl.text((pw / 2, pl.H * 0.85), street, f2, fg, anchor="ms", leak=lk)
    place(ctx, c, pl, W * 0.3, H * 0.4, rot=rng.uniform(-4, 4), persp=rng.uniform(0.02, 0.12), shadow=0.4)
    # street sign
    ss = layer(S * 0.6, S * 0.14, rng.choice([(20, 90, 50), (20, 50, 120), (250, 250, 250), (30, 30, 30)]))
    sfg = (255, 255, 255) if ss.img.getpixel((1, 1))[0] < 128 else (20, 20, 20)
    ss.d.rectangle([6, 6, ss.W - 7, ss.H - 7], outline=sfg, width=5)
    fs = fit(rng.choice(FONTS["sansb"]), street.upper(), ss.W * 0.88, ss.H * 0.55)
    ss.text((ss.W / 2, ss.H * 0.72), street.upper() if rng.random() < 0.5 else street, fs, sfg, kind="LOCATION", anchor="ms")
    c.d.rectangle([W * 0.75 - S * 0.015, H * 0.25, W * 0.75 + S * 0.015, H], fill=(120, 120, 125))
    place(ctx, c, ss, W * 0.72, H * 0.2, rot=rng.uniform(-3, 3), persp=rng.uniform(0.02, 0.1), shadow=0.2)
    # letterbox name
    if rng.random() < 0.7:
        lb = layer(S * 0.38, S * 0.16, rng.choice([(200, 30, 30), (30, 30, 30), (240, 240, 240)]))
        lfg = (255, 255, 255) if lb.img.getpixel((1, 1))[0] < 210 or lb.img.getpixel((1, 1))[1] < 100 else (20, 20, 20)
        t = rng.choice([f"The {P.last} Family", f"{P.last}", f"The {P.last}s"])
        fl = fit(rng.choice(FONTS["serifb"] + FONTS["italic"]), t, lb.W * 0.9, lb.H * 0.4)
        x = lb.W / 2 - fl.getlength(t) / 2
        i0 = t.index(P.last)
        x += lb.text((x, lb.H * 0.64), t[:i0], fl, lfg) if i0 else 0
        x += lb.text((x, lb.H * 0.64), P.last, fl, lfg, kind="PERSON")
        lb.text((x, lb.H * 0.64), t[i0 + len(P.last):], fl, lfg)
        place(ctx, c, lb, W * 0.32, H * 0.78, rot=rng.uniform(-3, 3), persp=0.05, shadow=0.4)
    return finish(ctx, c)


def pinned_board(ctx, kind):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    if kind == "noticeboard":
        c = photo_base(ctx, "wall", portrait=False, distract=False)
    else:
        c = photo_base(ctx, rng.choice(["wall", "concrete"]), distract=False)
    W, H = c.W, c.H
    if kind == "noticeboard":
        bw, bh = W * 0.9, H * 0.86
        board = layer(bw, bh, (190, 140, 90))
        import numpy as np
        n = (np.asarray(ctx.nrng.random((int(bh) // 4, int(bw) // 4)), np.float32) * 40).astype(np.uint8)
        speck = Image.fromarray(n).resize((int(bw), int(bh)))
        board.img.paste((120, 80, 40), (0, 0), speck)
        board.d.rectangle([0, 0, bw - 1, bh - 1], outline=(110, 80, 50), width=int(bw / 80))
        notes = [
            ("LOST JUMPER", ["Navy jumper, belongs to {PERSON} {YEAR}", "please return to the office"]),
            ("BABYSITTING", ["Reliable & fun! {AGE}, first aid trained", "Call {FIRST} on {PHONE}"]),
            ("Star of the Week", ["{FRIEND} - {YEAR}", "{SCHOOL}"]),
            ("TRAINING MOVED", ["{ORG} now at {LOCATION} oval 5pm", "Coach {PARENT}"]),
            ("Happy Birthday!", ["{FIRST} turns {AGE} on {DOB}"]),
            ("Carpool", ["{PERSON} - {SHORTADDR}", "mum: {PHONE}"]),
            ("FOR SALE", ["Kids bike, ask {FIRST} in {YEAR}", "{EMAIL}"]),
        ]
        rng.shuffle(notes)
        notes = notes[:2] + [("SWIMMING", ["Lessons start week 4", "bring a towel"]), ("BAKE SALE", ["Friday 3pm in the hall", "all money to the library"]),
                             ("Lost & Found", ["Please check the box", "by the office"]),
                             ("Book Week", ["Dress up as your", "favourite character!"])]
    elif kind == "whiteboard":
        bw, bh = W * 0.92, H * 0.85
        board = layer(bw, bh, (248, 248, 250))
        board.d.rectangle([0, 0, bw - 1, bh - 1], outline=(170, 170, 180), width=int(bw / 60))
        notes = None
    else:  # fridge
        bw, bh = W * 0.86, H * 0.9
        board = layer(bw, bh, rng.choice([(235, 236, 238), (250, 250, 250), (200, 202, 206)]))
        notes = [
            ("Dentist", ["{FIRST} - Tues 4pm", "{WORK}"]),
            ("Babysitter", ["{PERSON}", "{PHONE}"]),
            ("School", ["{SCHOOL}", "office {PHONE}"]),
            ("Pick up", ["{FIRST} from {ORG} at 5:30", "{LOCATION}"]),
            ("Emergency", ["Mum {PHONE}", "Dad {PHONE}", "{ADDRESS}"]),
            ("Party!", ["{FRIEND}'s party Sat 2pm", "{SHORTADDR}"]),
        ]
        rng.shuffle(notes)
        notes = notes[:2] + [("Dinner", ["Mon pasta", "Tue tacos"]), ("Shopping", ["milk, eggs, bread", "bananas, rice"]),
                             ("Bins", ["Recycling out", "Tuesday night"]),
                             ("Chores", ["Dishes - Mon/Wed", "Laundry - Sat"])]
    if notes is None:
        # whiteboard: marker writing directly
        mk = [(20, 20, 20), (20, 60, 170), (190, 30, 30), (20, 120, 50)]
        fp = rng.choice(FONTS["italic"] + FONTS["sans"])
        f = font(fp, bh * 0.045)
        ft = font(rng.choice(FONTS["sansb"] + FONTS["italic"]), bh * 0.06)
        x0 = bw * 0.05
        y = bh * 0.12
        tw_ = bw * (0.66 if ctx.qr_leaky else 0.9)
        t = R.class_label()
        xx = x0 + board.text((x0, y), t, ft, rng.choice(mk), kind="AGE")
        xx += board.text((xx, y), "  -  ", ft, (20, 20, 20))
        board.text((xx, y), P.school, fit(ft.path.replace("/usr/share/fonts/truetype/", ""), P.school, bw * 0.9 - (xx - x0), ft.size), rng.choice(mk), kind="SCHOOL")
        y += bh * 0.1
        lines = ["Birthdays this week: {FRIEND} ({AGE})", "Pick up today: {PERSON} - mum {PHONE}",
                 "Trip to {LOCATION} museum - forms back Fri!", "Spelling test Thursday!",
                 "Class blog: {URL}", "Class email: {EMAIL}"]
        rng.shuffle(lines)
        for ln in lines[:rng.randint(3, 4)]:
            col = rng.choice(mk)
            yy, _, _ = board.paragraph(x0, y, tw_, segs(P, ln), f, col, f.size * 1.3)
            y = yy + f.size * 1.7
            if y > bh * 0.78:
                break
        if ctx.qr_leaky:
            add_qr_layer(ctx, board, bw * 0.76, bh * 0.45, bw * 0.18, P)
        board.d.rectangle([bw * 0.3, bh - bh * 0.04, bw * 0.7, bh - 2], fill=(150, 150, 160))
        place(ctx, c, board, W / 2, H / 2, rot=rng.uniform(-2, 2), persp=rng.uniform(0.03, 0.14), shadow=0.3)
        return finish(ctx, c, glare=True)
    rng.shuffle(notes)
    cols, rows = (3, 2) if bw > bh else (2, 3)
    cw, ch = bw / cols, bh / rows
    k = 0
    qr_cell = rng.randrange(cols * rows) if ctx.qr_leaky else -1
    for r_ in range(rows):
        for c_ in range(cols):
            cell = r_ * cols + c_
            if cell == qr_cell:
                ql = layer(cw * 0.6, cw * 0.72, (255, 255, 255))
                add_qr_layer(ctx, ql, cw * 0.02, cw * 0.14, cw * 0.56, P)
                ql.text((ql.W / 2, cw * 0.1), rng.choice(["Scan me!", "Contact", "Add us"]), font(FONTS["sansb"][0], cw * 0.05), (20, 20, 20), anchor="ms")
                warp_into(board, ql, quad_for(rng, cw * (c_ + 0.5), ch * (r_ + 0.5), ql.W, ql.H, rng.uniform(-4, 4), 0.0), shadow=0.25)
                continue
            if k >= len(notes):
                continue
            title, tm = notes[k]
            k += 1
            nw = cw * rng.uniform(0.78, 0.88)
            note = paper_note(ctx, P, nw, tm, title=title, fsize=nw / rng.uniform(13, 16),
                              paper=rng.choice(PAPERS + [(255, 245, 150), (200, 240, 200), (255, 210, 220)]))
            if note.H > ch * 0.92:
                sc = ch * 0.92 / note.H
            else:
                sc = 1.0
            warp_into(board, note, quad_for(rng, cw * (c_ + 0.5), ch * (r_ + 0.5), note.W * sc, note.H * sc,
                                            rng.uniform(-5, 5), 0.0), shadow=0.3)
            # pin / magnet
            board.d.ellipse([cw * (c_ + 0.5) - bw / 120, ch * (r_ + 0.5) - note.H * sc / 2 - bw / 200,
                             cw * (c_ + 0.5) + bw / 120, ch * (r_ + 0.5) - note.H * sc / 2 + bw / 60 - bw / 200],
                            fill=rng.choice(BRIGHT))
    place(ctx, c, board, W / 2, H / 2, rot=rng.uniform(-2, 2), persp=rng.uniform(0.02, 0.12), shadow=0.3)
    return finish(ctx, c)


def noticeboard(ctx):
    return pinned_board(ctx, "noticeboard")


def whiteboard(ctx):
    return pinned_board(ctx, "whiteboard")


def fridge_note(ctx):
    return pinned_board(ctx, "fridge")


def card_layer(ctx, P, w, kind, qr=False):
    rng, R = ctx.rng, P.R
    h = w * 0.63
    lay = layer(w, h)
    acc = rng.choice([(20, 60, 140), (150, 20, 40), (20, 110, 70), (90, 40, 130), (200, 110, 0)])
    lay.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=int(w * 0.04), fill=(250, 250, 250, 255))
    lay.d.rounded_rectangle([0, 0, w - 1, h * 0.2], radius=int(w * 0.04), fill=acc + (255,))
    lay.d.rectangle([0, h * 0.1, w - 1, h * 0.2], fill=acc + (255,))
    fh = font(rng.choice(FONTS["sansb"]), h * 0.075)
    fl = font(FONTS["sans"][0], h * 0.045)
    fv = font(rng.choice(FONTS["sansb"] + FONTS["sans"]), h * 0.065)
    if kind == "id":
        title = P.school
        lay.text((w * 0.05, h * 0.13), title, fit(fh.path.replace("/usr/share/fonts/truetype/", ""), title, w * 0.9, fh.size), (255, 255, 255), kind="SCHOOL")
        lay.text((w * 0.05, h * 0.185), "STUDENT ID", fl, (230, 230, 240))
        placeholder(lay.d, [w * 0.05, h * 0.27, w * 0.3, h * 0.8])
        rows = [("Name", P.name, "PERSON"), ("DOB", P.dob, "DATE_OF_BIRTH"), ("Year", P.year, "AGE"),
                ("Student no.", str(rng.randint(100000, 999999)), None)]
        if rng.random() < 0.4:
            rows.insert(3, ("Home", P.address, "ADDRESS"))
    else:
        xx = w * 0.05 + lay.text((w * 0.05, h * 0.14), R.town[0], fh, (255, 255, 255), kind="LOCATION")
        lay.text((xx, h * 0.14), " Libraries", fh, (255, 255, 255))
        rows = [("Member", P.name, "PERSON"), ("Member no.", str(rng.randint(10**9, 10**10 - 1)), None),
                ("Junior member", P.age, "AGE")]
        if rng.random() < 0.5:
            rows.insert(2, ("Phone", P.phone, "PHONE"))
    x0 = w * (0.34 if kind == "id" else 0.05)
    y = h * 0.3
    maxw = w * (0.62 if kind == "id" else 0.9) - (w * 0.2 if qr else 0)
    for lab, val, k in rows:
        lay.text((x0, y), lab.upper(), fl, (110, 110, 120))
        ff = fit(fv.path.replace("/usr/share/fonts/truetype/", ""), val, maxw, fv.size)
        lay.text((x0, y + fv.size * 1.05), val, ff, (20, 20, 20), kind=k)
        y += fv.size * 2.15
        if y > h * 0.95:
            break
    if qr:
        add_qr_layer(ctx, lay, w * 0.78, h * 0.62, w * 0.19, P)
    else:
        xx = w * 0.72
        while xx < w * 0.95:
            t = rng.choice([2, 3, 5]) * w / 700
            lay.d.rectangle([xx, h * 0.84, xx + t, h * 0.95], fill=(0, 0, 0))
            xx += t + rng.choice([2, 3, 4]) * w / 700
    return lay


def id_card(ctx):
    rng = ctx.rng
    P = Persona(ctx.R)
    c = photo_base(ctx, rng.choice(["wood", "fabric", "tablecloth", "carpet"]))
    W, H = c.W, c.H
    cl = card_layer(ctx, P, min(W, H) * rng.uniform(0.85, 0.95), "id", qr=ctx.qr_leaky)
    place(ctx, c, cl, W / 2, H / 2, rot=rng.uniform(-20, 20), persp=rng.uniform(0.02, 0.15))
    return finish(ctx, c)


def library_card(ctx):
    rng = ctx.rng
    P = Persona(ctx.R)
    c = photo_base(ctx, rng.choice(["wood", "fabric", "tablecloth", "carpet"]))
    W, H = c.W, c.H
    cl = card_layer(ctx, P, min(W, H) * rng.uniform(0.85, 0.95), "library", qr=ctx.qr_leaky)
    place(ctx, c, cl, W / 2, H / 2, rot=rng.uniform(-20, 20), persp=rng.uniform(0.02, 0.15))
    return finish(ctx, c)


def lost_pet_poster(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    c = photo_base(ctx, rng.choice(["wood", "brick", "concrete"]), portrait=True, distract=False)
    W, H = c.W, c.H
    pw = W * 0.8
    ph = pw * 1.3
    po = layer(pw, ph, rng.choice([(255, 255, 255), (255, 250, 210)]))
    red = (200, 20, 30)
    ft = font(rng.choice(FONTS["sansb"]), pw * 0.12)
    pet = rng.choice(["CAT", "DOG", "RABBIT", "BUDGIE"])
    po.text((pw / 2, ph * 0.1), f"LOST {pet}", ft, red, anchor="ms")
    if ctx.qr_leaky:
        placeholder(po.d, [pw * 0.07, ph * 0.13, pw * 0.6, ph * 0.42])
        add_qr_layer(ctx, po, pw * 0.66, ph * 0.16, pw * 0.28, P)
    else:
        placeholder(po.d, [pw * 0.2, ph * 0.13, pw * 0.8, ph * 0.42])
    f = font(rng.choice(FONTS["sans"] + FONTS["serif"]), pw * 0.04)
    fb = font(FONTS["sansb"][0], pw * 0.05)
    pname = rng.choice(["Biscuit", "Mochi", "Pepper", "Luna", "Milo", "Coco", "Tiger", "Bella"])
    tm = [f"Answers to {pname}. Last seen near " + "{LOCATION}.",
          "He is my best friend, I am {AGE}. Please help!",
          "I'm in {YEAR} at {SCHOOL}. Call {FIRST} or mum on {PHONE}",
          "or bring to {ADDRESS}"]
    y = ph * 0.48
    for t in tm:
        yy, _, _ = po.paragraph(pw * 0.07, y, pw * 0.86, segs(P, t, fresh=False), f, (20, 20, 20), f.size * 1.3)
        y = yy + f.size * 1.6
    # tear-off tabs with rotated phone numbers
    ntab = rng.randint(3, 4)
    tabw = pw / ntab
    ty = ph * 0.8
    for i in range(ntab):
        po.d.line([i * tabw, ty, i * tabw, ph], fill=(120, 120, 120), width=3)
        tab = layer(ph * 0.19, tabw * 0.9)
        tf = fit(FONTS["sansb"][0], P.phone, tab.W * 0.95, tab.H * 0.5)
        tab.text((tab.W / 2, tab.H * 0.7), P.phone, tf, (20, 20, 20), kind="PHONE", anchor="ms")
        cxx, cyy = i * tabw + tabw / 2, ty + (ph - ty) / 2
        warp_into(po, tab, quad_for(rng, cxx, cyy, tab.W, tab.H, -90, 0.0), shadow=0.0)
    po.d.line([0, ty, pw, ty], fill=(120, 120, 120), width=3)
    place(ctx, c, po, W / 2, H / 2, rot=rng.uniform(-5, 5), persp=rng.uniform(0.02, 0.12), shadow=0.35)
    return finish(ctx, c)
