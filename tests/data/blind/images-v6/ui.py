"""Phone-screen building blocks: status bar, chat bubbles, notifications."""
from common import Panel, font, bold

SCREENS = [(540, 960), (720, 1280), (750, 1334), (1080, 1920), (1080, 2340), (1170, 2532),
           (828, 1792)]

THEMES = {
    "light_green": dict(bg=(236, 229, 221), header=(7, 94, 84), header_fg=(255, 255, 255),
                        inb=(255, 255, 255), inf=(20, 20, 20), outb=(220, 248, 198),
                        outf=(20, 20, 20), meta=(120, 130, 120), bar=(240, 240, 240)),
    "light_blue": dict(bg=(255, 255, 255), header=(247, 247, 247), header_fg=(0, 0, 0),
                       inb=(229, 229, 234), inf=(0, 0, 0), outb=(10, 132, 255),
                       outf=(255, 255, 255), meta=(142, 142, 147), bar=(247, 247, 247)),
    "dark": dict(bg=(11, 20, 26), header=(31, 44, 52), header_fg=(233, 237, 239),
                 inb=(32, 44, 51), inf=(233, 237, 239), outb=(0, 92, 75), outf=(233, 237, 239),
                 meta=(134, 150, 160), bar=(31, 44, 52)),
    "dark_purple": dict(bg=(18, 18, 24), header=(28, 28, 38), header_fg=(230, 230, 240),
                        inb=(44, 44, 58), inf=(230, 230, 240), outb=(108, 76, 220),
                        outf=(255, 255, 255), meta=(130, 130, 150), bar=(28, 28, 38)),
    "light_grey": dict(bg=(244, 245, 247), header=(255, 255, 255), header_fg=(30, 30, 30),
                       inb=(255, 255, 255), inf=(30, 30, 30), outb=(255, 214, 0),
                       outf=(30, 30, 30), meta=(150, 150, 150), bar=(255, 255, 255)),
    "dark_blue": dict(bg=(14, 22, 33), header=(23, 33, 43), header_fg=(245, 245, 245),
                      inb=(24, 37, 51), inf=(245, 245, 245), outb=(43, 82, 120),
                      outf=(245, 245, 245), meta=(110, 130, 150), bar=(23, 33, 43)),
}


def status_bar(P, s, fg, time="9:41", bg=None, h=None):
    h = h or int(26 * s)
    if bg:
        P.rect([0, 0, P.w, h], fill=bg)
    f = font("sans-b", 12 * s)
    P.text((16 * s, h / 2), time, f, fg, anchor="lm")
    # battery and signal glyphs
    bx = P.w - 16 * s - 24 * s
    P.rrect([bx, h / 2 - 5 * s, bx + 22 * s, h / 2 + 5 * s], 2 * s, outline=fg, width=max(1, int(s)))
    P.rect([bx + 2 * s, h / 2 - 3 * s, bx + 15 * s, h / 2 + 3 * s], fill=fg)
    for i in range(4):
        x = bx - 30 * s + i * 5 * s
        P.rect([x, h / 2 + 4 * s - (i + 1) * 2.2 * s, x + 3 * s, h / 2 + 4 * s], fill=fg)
    return h


def avatar(P, cx, cy, r, col, letter=None, fg=(255, 255, 255)):
    P.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
    if letter:
        P.text((cx, cy), letter, font("sans-b", r), fg, anchor="mm")


def chat_screen(P, rng, s, theme, title_segs, subtitle, msgs, fname="sans", tsize=15,
                time="9:41", group=False, day_chip="Today"):
    """msgs: list of dicts side ('in'/'out'), segs, sender (segs, optional),
    time (str).  Returns number of messages drawn."""
    T = THEMES[theme]
    P.rect([0, 0, P.w, P.h], fill=T["bg"])
    sb = status_bar(P, s, T["header_fg"], time, T["header"])
    hh = int(56 * s)
    P.rect([0, sb, P.w, sb + hh], fill=T["header"])
    P.text((12 * s, sb + hh / 2), "<", font("sans-b", 20 * s), T["header_fg"], anchor="lm")
    acol = tuple(rng.randint(60, 200) for _ in range(3))
    avatar(P, 50 * s, sb + hh / 2, 17 * s, acol, None)
    tf = font(bold(fname), 16 * s)
    P.rich((76 * s, sb + 10 * s), title_segs, tf, T["header_fg"])
    if subtitle:
        P.rich((76 * s, sb + 33 * s), subtitle if isinstance(subtitle, list) else [(subtitle, None)],
               font(fname, 11.5 * s), T["meta"] if theme.startswith("light") else T["meta"])
    y = sb + hh + 12 * s
    bottom = P.h - 60 * s
    # input bar
    P.rect([0, bottom + 4 * s, P.w, P.h], fill=T["bar"])
    P.rrect([10 * s, bottom + 14 * s, P.w - 56 * s, bottom + 48 * s], 17 * s,
            fill=T["inb"] if theme.startswith("dark") else (255, 255, 255))
    P.text((26 * s, bottom + 31 * s), "Message", font(fname, 14 * s), T["meta"], anchor="lm")
    P.ellipse([P.w - 48 * s, bottom + 12 * s, P.w - 10 * s, bottom + 50 * s], fill=T["outb"])
    if day_chip:
        cf = font(fname, 11 * s)
        cw = cf.getlength(day_chip) + 20 * s
        P.rrect([P.w / 2 - cw / 2, y, P.w / 2 + cw / 2, y + 22 * s], 8 * s, fill=T["inb"])
        P.text((P.w / 2, y + 11 * s), day_chip, cf, T["meta"], anchor="mm")
        y += 34 * s
    f = font(fname, tsize * s)
    mf = font(fname, 10.5 * s)
    sf = font(bold(fname), 12.5 * s)
    maxw = P.w * 0.68
    drawn = 0
    for m in msgs:
        segs = m["segs"]
        tw, th = P.para_size(segs, f, maxw)
        tstr = m.get("time", "")
        sender = m.get("sender") if m["side"] == "in" else None
        sh = 18 * s if sender else 0
        sw = f.getlength("") if not sender else sf.getlength("".join(t[0] for t in sender))
        bw = max(tw, sw, mf.getlength(tstr) + 10 * s) + 24 * s
        bh = th + sh + 26 * s
        if y + bh > bottom - 4 * s:
            break
        if m["side"] == "out":
            x1 = P.w - 12 * s
            x0 = x1 - bw
            bg, fg = T["outb"], T["outf"]
        else:
            x0 = (48 * s if group else 12 * s)
            x1 = x0 + bw
            bg, fg = T["inb"], T["inf"]
            if group:
                avatar(P, 26 * s, y + bh - 14 * s, 13 * s, tuple(rng.randint(60, 200) for _ in range(3)))
        P.rrect([x0, y, x1, y + bh], 14 * s, fill=bg)
        if sender:
            scol = tuple(rng.choice([(230, 100, 60), (60, 160, 230), (190, 80, 200), (40, 170, 120)]))
            P.rich((x0 + 12 * s, y + 7 * s), sender, sf, scol)
        P.para((x0 + 12 * s, y + 8 * s + sh), segs, f, fg, maxw)
        if tstr:
            P.text((x1 - 10 * s, y + bh - 6 * s), tstr, mf,
                   T["meta"] if m["side"] == "in" or theme != "light_blue" else (220, 230, 255),
                   anchor="rb")
        y += bh + 8 * s
        drawn += 1
    return drawn


def notification(P, x, y, w, s, app, app_col, title_segs, body_segs, when="now",
                 fname="sans", dark=False, tsize=13):
    """A lock-screen notification card; returns its height."""
    f = font(fname, tsize * s)
    tf = font(bold(fname), tsize * s)
    _, bh = P.para_size(body_segs, f, w - 56 * s)
    h = 44 * s + bh + 10 * s
    card = (40, 40, 46, 230) if dark else (245, 245, 248, 225)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    meta = (170, 170, 175) if dark else (110, 110, 115)
    P.rrect([x, y, x + w, y + h], 16 * s, fill=card)
    P.rrect([x + 12 * s, y + 12 * s, x + 32 * s, y + 32 * s], 5 * s, fill=app_col)
    P.text((x + 22 * s, y + 22 * s), app[0], font("sans-b", 12 * s), (255, 255, 255), anchor="mm")
    P.text((x + 40 * s, y + 22 * s), app.upper(), font(fname, 10 * s), meta, anchor="lm")
    P.text((x + w - 12 * s, y + 22 * s), when, font(fname, 10 * s), meta, anchor="rm")
    P.rich((x + 40 * s, y + 34 * s), title_segs, tf, fg)
    P.para((x + 40 * s, y + 34 * s + tsize * 1.35 * s), body_segs, f, fg, w - 56 * s)
    return h + tsize * 1.35 * s
