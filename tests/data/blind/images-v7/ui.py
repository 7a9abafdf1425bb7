"""App chrome: phone status bars, chat headers, bubbles, notifications, panels."""
from common import font, pick, wrap_parts, mix

THEMES = {
    "light": dict(bg=(255, 255, 255), bar=(247, 247, 247), text=(15, 15, 20), sub=(120, 120, 128), mine=(0, 122, 255), mine_t=(255, 255, 255), other=(233, 233, 235), other_t=(10, 10, 10)),
    "wa": dict(bg=(236, 229, 221), bar=(7, 94, 84), text=(255, 255, 255), sub=(200, 230, 225), mine=(220, 248, 198), mine_t=(20, 20, 20), other=(255, 255, 255), other_t=(20, 20, 20)),
    "dark": dict(bg=(0, 0, 0), bar=(28, 28, 30), text=(240, 240, 245), sub=(142, 142, 147), mine=(10, 132, 255), mine_t=(255, 255, 255), other=(44, 44, 46), other_t=(235, 235, 235)),
    "darkgreen": dict(bg=(11, 20, 26), bar=(31, 44, 52), text=(233, 237, 239), sub=(134, 150, 160), mine=(0, 92, 75), mine_t=(233, 237, 239), other=(32, 44, 51), other_t=(233, 237, 239)),
    "purple": dict(bg=(250, 248, 255), bar=(98, 0, 238), text=(255, 255, 255), sub=(220, 210, 255), mine=(124, 77, 255), mine_t=(255, 255, 255), other=(236, 232, 246), other_t=(30, 20, 50)),
    "discord": dict(bg=(49, 51, 56), bar=(43, 45, 49), text=(242, 243, 245), sub=(148, 155, 164), mine=(49, 51, 56), mine_t=(219, 222, 225), other=(49, 51, 56), other_t=(219, 222, 225)),
}
LIGHT = ["light", "wa", "purple"]
DARK = ["dark", "darkgreen", "discord"]
AVC = [(239, 83, 80), (171, 71, 188), (66, 165, 245), (38, 166, 154), (255, 167, 38), (141, 110, 99), (92, 107, 192), (102, 187, 106)]


def status_bar(c, th, s, rng, fam):
    h = int(70 * s)
    c.d.rectangle([0, 0, c.w, h], fill=th["bar"])
    f = font(fam + "-b" if fam + "-b" in ("sans-b", "lib-b", "cond-b") else "sans-b", 30 * s)
    t = "%d:%02d" % (rng.randint(6, 22), rng.randint(0, 59))
    c.d.text((40 * s, h / 2), t, font=f, fill=th["text"], anchor="lm")
    x = c.w - 40 * s
    c.d.rounded_rectangle([x - 50 * s, h / 2 - 12 * s, x, h / 2 + 12 * s], radius=4 * s, outline=th["text"], width=max(1, int(2 * s)))
    c.d.rectangle([x - 46 * s, h / 2 - 8 * s, x - 46 * s + 40 * s * rng.uniform(0.2, 1), h / 2 + 8 * s], fill=th["text"])
    for i in range(4):
        bx = x - 120 * s + i * 12 * s
        c.d.rectangle([bx, h / 2 + 10 * s - i * 6 * s, bx + 7 * s, h / 2 + 12 * s], fill=th["text"])
    return h


def avatar(c, cx, cy, r, col, letters=None, s=1):
    c.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
    if letters:
        c.d.text((cx, cy), letters, font=font("sans-b", r * 0.9), fill=(255, 255, 255), anchor="mm")
    else:
        c.d.ellipse([cx - r * 0.35, cy - r * 0.6, cx + r * 0.35, cy + r * 0.1], fill=(255, 255, 255))
        c.d.chord([cx - r * 0.7, cy + r * 0.2, cx + r * 0.7, cy + r * 1.3], 180, 360, fill=(255, 255, 255))


def chat_header(c, th, y, s, title_parts, sub, fam, rng):
    h = int(130 * s)
    c.d.rectangle([0, y, c.w, y + h], fill=th["bar"])
    c.d.line([(30 * s, y + h / 2), (50 * s, y + h / 2 - 20 * s), ], fill=th["text"], width=int(5 * s))
    c.d.line([(30 * s, y + h / 2), (50 * s, y + h / 2 + 20 * s), ], fill=th["text"], width=int(5 * s))
    avatar(c, 120 * s, y + h / 2, 42 * s, pick(rng, AVC), None, s)
    c.spans((185 * s, y + h / 2 - 4 * s), title_parts, font(fam + "-b" if fam in ("sans", "lib", "cond") else "sans-b", 38 * s), th["text"], anchor="ls")
    if sub:
        c.d.text((185 * s, y + h / 2 + 8 * s), sub, font=font(fam, 26 * s), fill=th["sub"], anchor="lt")
    return y + h


def bubble(c, th, y, parts, mine, s, fam, sender=None, sender_kind="PERSON", sender_col=None, time=None, fsize=36, dry=False):
    f = font(fam, fsize * s)
    maxw = c.w * 0.68
    lines = wrap_parts(parts, f, maxw - 50 * s)
    lh = f.getbbox("Ag")[3] + 10 * s
    tw = max(f.getlength("".join(p[0] for p in ln)) for ln in lines)
    sh = 0
    sf = font(fam, 26 * s)
    if sender:
        tw = max(tw, sf.getlength(sender))
        sh = 40 * s
    bw = tw + 50 * s + (70 * s if time else 0)
    bh = lh * len(lines) + 30 * s + sh
    if dry:
        return y + bh + 18 * s
    x0 = c.w - bw - 30 * s if mine else 30 * s
    col = th["mine"] if mine else th["other"]
    c.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(28 * s), fill=col)
    ty = y + 16 * s
    if sender:
        c.text((x0 + 25 * s, ty), sender, sf, sender_col or (230, 120, 40), kind=sender_kind)
        ty += sh
    tcol = th["mine_t"] if mine else th["other_t"]
    for ln in lines:
        c.spans((x0 + 25 * s, ty), ln, f, tcol)
        ty += lh
    if time:
        c.d.text((x0 + bw - 18 * s, y + bh - 12 * s), time, font=font(fam, 20 * s), fill=mix(col, tcol, 0.5), anchor="rb")
    return y + bh + 18 * s


def input_bar(c, th, s, fam, hint="Message"):
    h = int(120 * s)
    y = c.h - h
    c.d.rectangle([0, y, c.w, c.h], fill=th["bar"])
    c.d.rounded_rectangle([30 * s, y + 20 * s, c.w - 130 * s, y + h - 25 * s], radius=int(35 * s), fill=mix(th["bar"], th["bg"], 0.5), outline=th["sub"])
    c.d.text((70 * s, y + h / 2), hint, font=font(fam, 32 * s), fill=th["sub"], anchor="lm")
    c.d.ellipse([c.w - 110 * s, y + 20 * s, c.w - 30 * s, y + 100 * s], fill=th["mine"])
    return y


def notif(c, x, y, w, s, app, t_parts, b_parts, fam, dark, when="now"):
    f1 = font(fam + "-b" if fam in ("sans", "lib", "cond") else "sans-b", 32 * s)
    f2 = font(fam, 30 * s)
    blines = wrap_parts(b_parts, f2, w - 150 * s)[:3]
    h = 110 * s + 42 * s * len(blines)
    bg = (50, 50, 55) if dark else (245, 245, 247)
    tx = (240, 240, 240) if dark else (20, 20, 20)
    c.d.rounded_rectangle([x, y, x + w, y + h], radius=int(30 * s), fill=bg)
    c.d.rounded_rectangle([x + 25 * s, y + 25 * s, x + 85 * s, y + 85 * s], radius=int(14 * s), fill=pick_col(app))
    c.d.text((x + 105 * s, y + 22 * s), app.upper(), font=font(fam, 22 * s), fill=mix(bg, tx, 0.6))
    c.d.text((x + w - 25 * s, y + 22 * s), when, font=font(fam, 22 * s), fill=mix(bg, tx, 0.6), anchor="ra")
    c.spans((x + 105 * s, y + 55 * s), t_parts, f1, tx)
    yy = y + 100 * s
    for ln in blines:
        c.spans((x + 105 * s, yy), ln, f2, tx)
        yy += 42 * s
    return y + h + 20 * s


def pick_col(name):
    h = sum(ord(ch) for ch in name)
    return AVC[h % len(AVC)]


def panel(c, box, fill, outline=None, r=12, width=2):
    c.d.rounded_rectangle(box, radius=int(r), fill=fill, outline=outline, width=int(width))
