"""Phone / tablet screenshots: chats, game screens, lock screens, sign-up forms."""
from PIL import Image
from common import Canvas, pick_font, font, FONTS, wrap, rounded, avatar, placeholder, cap_height
from content import Persona, leaky_message, neutral, segs, value, pick_kind, leaky_qr
from common import qr_size

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
            (1125, 2436), (1170, 2532)]
LANDSCAPE = [(960, 540), (1280, 720), (1334, 750), (1920, 1080), (2340, 1080), (2532, 1170)]

AV_COLS = [(229, 115, 115), (100, 181, 246), (129, 199, 132), (255, 183, 77), (186, 104, 200), (77, 182, 172),
           (240, 98, 146), (121, 134, 203), (161, 136, 127), (255, 138, 101)]


def phone_size(rng, landscape_p=0.0):
    if rng.random() < landscape_p:
        return rng.choice(LANDSCAPE)
    return rng.choice(PORTRAIT)


def status_bar(c, s, fg, bg, rng, time=None):
    W = c.W
    h = int(24 * s)
    c.d.rectangle([0, 0, W, h], fill=bg)
    f = font(FONTS["sansb"][0], 13 * s)
    t = time or f"{rng.randint(6, 22)}:{rng.randint(0, 59):02d}"
    c.text((int(16 * s), int(17 * s)), t, f, fg)
    x = W - int(16 * s)
    # battery
    c.d.rounded_rectangle([x - 24 * s, 7 * s, x, 17 * s], radius=2 * s, outline=fg, width=max(1, int(s)))
    c.d.rectangle([x - 22 * s, 9 * s, x - 22 * s + rng.uniform(5, 20) * s, 15 * s], fill=fg)
    for i in range(4):
        xx = x - 50 * s + i * 5 * s
        c.d.rectangle([xx, 17 * s - (i + 1) * 2.5 * s, xx + 3 * s, 17 * s], fill=fg)
    return h


THEMES = {
    "whatsapp": dict(light=dict(bg=(236, 229, 221), hdr=(0, 128, 105), hfg=(255, 255, 255), me=(220, 248, 198),
                                them=(255, 255, 255), fg=(17, 27, 33), sub=(102, 119, 129), name=(6, 130, 110),
                                inp=(255, 255, 255)),
                     dark=dict(bg=(11, 20, 26), hdr=(31, 44, 52), hfg=(233, 237, 239), me=(0, 92, 75),
                               them=(32, 44, 51), fg=(233, 237, 239), sub=(134, 150, 160), name=(83, 189, 235),
                               inp=(42, 57, 66))),
    "imessage": dict(light=dict(bg=(255, 255, 255), hdr=(246, 246, 246), hfg=(0, 0, 0), me=(0, 122, 255),
                                mefg=(255, 255, 255), them=(233, 233, 235), fg=(0, 0, 0), sub=(142, 142, 147),
                                name=(142, 142, 147), inp=(255, 255, 255)),
                     dark=dict(bg=(0, 0, 0), hdr=(22, 22, 24), hfg=(255, 255, 255), me=(10, 132, 255),
                               mefg=(255, 255, 255), them=(38, 38, 40), fg=(255, 255, 255), sub=(142, 142, 147),
                               name=(142, 142, 147), inp=(28, 28, 30))),
    "instagram": dict(light=dict(bg=(255, 255, 255), hdr=(255, 255, 255), hfg=(0, 0, 0), me=(112, 64, 240),
                                 mefg=(255, 255, 255), them=(239, 239, 239), fg=(0, 0, 0), sub=(115, 115, 115),
                                 name=(115, 115, 115), inp=(255, 255, 255)),
                      dark=dict(bg=(0, 0, 0), hdr=(0, 0, 0), hfg=(245, 245, 245), me=(130, 80, 245),
                                mefg=(255, 255, 255), them=(38, 38, 38), fg=(245, 245, 245), sub=(168, 168, 168),
                                name=(168, 168, 168), inp=(18, 18, 18))),
    "sms": dict(light=dict(bg=(255, 255, 255), hdr=(242, 246, 252), hfg=(31, 31, 31), me=(211, 227, 253),
                           them=(233, 238, 246), fg=(31, 31, 31), sub=(110, 110, 120), name=(90, 90, 100),
                           inp=(240, 244, 249)),
                dark=dict(bg=(18, 18, 20), hdr=(30, 31, 35), hfg=(230, 230, 235), me=(0, 74, 119),
                          them=(50, 52, 58), fg=(232, 234, 237), sub=(160, 160, 170), name=(170, 170, 180),
                          inp=(40, 42, 48))),
    "discord": dict(light=dict(bg=(255, 255, 255), hdr=(242, 243, 245), hfg=(6, 6, 7), fg=(46, 51, 56),
                               sub=(94, 103, 114), inp=(235, 237, 239)),
                    dark=dict(bg=(49, 51, 56), hdr=(43, 45, 49), hfg=(242, 243, 245), fg=(219, 222, 225),
                              sub=(148, 155, 164), inp=(56, 58, 64))),
}


def chat(ctx, app):
    rng = ctx.rng
    R = ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.18 if app in ("whatsapp", "discord", "sms") else 0.0)
    s = min(W, H) / 390.0
    dark = rng.random() < 0.45
    th = THEMES[app]["dark" if dark else "light"]
    img = Image.new("RGB", (W, H), th["bg"])
    c = Canvas(img)
    fr = pick_font(rng, "sans", 15.5 * s)
    fb = pick_font(rng, "sansb", 16 * s)
    fsm = font(FONTS["sans"][0], 11 * s)
    sb = status_bar(c, s, th["hfg"], th["hdr"], rng)
    group = rng.random() < (0.6 if app == "discord" else 0.2)
    members = [R.first() for _ in range(4)]
    # header
    hh = int(58 * s)
    c.d.rectangle([0, sb, W, sb + hh], fill=th["hdr"])
    av_r = int(18 * s)
    if app == "discord":
        ch = rng.choice(["general", "year-6-chat", "homework-help", "gaming", "memes", "squad"])
        hname = f"# {ch}"
        c.text((int(16 * s), sb + int(36 * s)), hname, fb, th["hfg"])
        srv = rng.random() < 0.6
        if srv:
            c.text((int(16 * s), sb + int(52 * s)), "server: ", fsm, th["sub"])
            kindv = rng.choice(["SCHOOL", "ORG"])
            sv = P.school if kindv == "SCHOOL" else P.org
            c.text((int(16 * s) + fsm.getlength("server: "), sb + int(52 * s)), sv, fsm if cap_height(fsm) >= 9 else font(FONTS["sans"][0], 13 * s), th["sub"], kind=kindv)
    else:
        x = int(14 * s)
        c.text((x, sb + int(37 * s)), "<", fb, th["hfg"] if app != "whatsapp" or dark else (255, 255, 255))
        x += int(24 * s)
        if group:
            title = rng.choice(["Squad", "Year 6 girls", "Bday plans", "Footy boys", "Besties", "Family"])
            avatar(c.d, x + av_r, sb + hh // 2, av_r, title[:1], rng.choice(AV_COLS), fb)
            c.text((x + 2 * av_r + int(10 * s), sb + int(30 * s)), title, fb, th["hfg"])
            c.text((x + 2 * av_r + int(10 * s), sb + int(48 * s)), f"{len(members) + 1} participants", fsm, th["sub"]
                   if app != "whatsapp" or dark else (220, 240, 235))
        else:
            if app == "instagram":
                nm, kd = P.handle.lstrip("@"), "HANDLE"
            else:
                nm, kd = (R.full(), "PERSON") if rng.random() < 0.8 else (R.first(), "PERSON")
            avatar(c.d, x + av_r, sb + hh // 2, av_r, R.initials(nm if kd == "PERSON" else nm[:1]), rng.choice(AV_COLS), fb)
            c.text((x + 2 * av_r + int(10 * s), sb + int(32 * s)), nm, fb, th["hfg"], kind=kd)
            c.text((x + 2 * av_r + int(10 * s), sb + int(49 * s)), rng.choice(["online", "last seen today", "Active now", "typing..."]),
                   fsm, th["sub"] if app != "whatsapp" or dark else (220, 240, 235))
    top = sb + hh + int(8 * s)
    inp_h = int(52 * s)
    bottom = H - inp_h - int(10 * s)
    c.d.rectangle([0, H - inp_h - int(6 * s), W, H], fill=th["hdr"])
    rounded(c.d, [int(12 * s), H - inp_h, W - int(60 * s), H - int(10 * s)], int(20 * s), th["inp"])
    c.text((int(28 * s), H - inp_h + int(27 * s)), "Message", fr, th["sub"])
    c.d.ellipse([W - int(52 * s), H - inp_h, W - int(12 * s), H - int(10 * s)],
                fill=th.get("me", (88, 101, 242)) if app != "sms" else (26, 115, 232))
    # messages
    msgs = []
    nleak = rng.randint(2, 4)
    n = rng.randint(9, 13)
    est_h = (24 * s + fr.size * 1.3 * 1.4 + 14 * s) if app == "discord" else (fr.size * 1.3 * 1.5 + 18 * s + 6 * s)
    cap = int((H - inp_h - 10 * s - (sb + hh + 8 * s)) / est_h) - (1 if ctx.qr_leaky else 0)
    cap = max(nleak + 1, min(n, cap))
    leak_pos = sorted(rng.sample(range(0, cap), nleak))
    for i in range(n):
        me = rng.random() < 0.45
        sg = leaky_message(P) if i in leak_pos else neutral(rng)
        msgs.append((me, sg))
    if ctx.qr_leaky:
        msgs.insert(rng.randint(0, 2), (rng.random() < 0.5, "QR"))
    y = top
    lh = fr.size * 1.3
    pad = int(9 * s)
    maxw = int(W * (0.68 if W < H else 0.5))
    fname = font(FONTS["sansb"][0], 12.5 * s)
    prev_them = False
    prev_who = None
    others = [R.handle().lstrip("@") for _ in range(2)]
    for me, sg in msgs:
        if sg == "QR":
            payload, qleaks = leaky_qr(P)
            mod = max(4, int(min(W, H) * 0.42 / qr_size(payload, 1)))
            qs = qr_size(payload, mod)
            bh = qs + 2 * pad
            x0 = W - int(12 * s) - qs - 2 * pad if me and app != "discord" else int(12 * s if app != "discord" else 60 * s)
            if app != "discord":
                rounded(c.d, [x0, y, x0 + qs + 2 * pad, y + bh], int(16 * s), th["me"] if me else th["them"])
            c.qr(x0 + pad, y + pad, payload, mod, leaks=qleaks)
            y += bh + int(8 * s)
            continue
        if app == "discord":
            lines = wrap(sg, fr, W - int(80 * s))
            who = P.handle.lstrip("@") if me else others[rng.randrange(len(others))]
            same = who == prev_who
            prev_who = who
            if same:
                if y + len(lines) * lh + 8 * s > bottom:
                    break
                c.paragraph(int(60 * s), int(y - 6 * s + lh * 0.8), W - int(80 * s), sg, fr, th["fg"], lh)
                y += len(lines) * lh + int(4 * s)
                continue
            blk = int(24 * s) + len(lines) * lh + int(14 * s)
            if y + blk > bottom:
                break
            avatar(c.d, int(32 * s), int(y + 20 * s), int(18 * s), who[:1].upper(), rng.choice(AV_COLS), fb)
            ncol = rng.choice([(242, 63, 66), (88, 101, 242), (35, 165, 89), (240, 178, 50), (235, 69, 158)])
            xw = c.text((int(60 * s), int(y + 17 * s)), who, fb, ncol, kind="HANDLE")
            c.text((int(60 * s + xw + 8 * s), int(y + 17 * s)), f"Today at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} PM", fsm, th["sub"])
            c.paragraph(int(60 * s), int(y + 17 * s + lh), W - int(80 * s), sg, fr, th["fg"], lh)
            y += blk
            continue
        lines = wrap(sg, fr, maxw - 2 * pad)
        tw = max(sum(fr.getlength(t) for t, _ in ln) for ln in lines)
        show_name = group and not me and not prev_them
        prev_them = not me
        bh = len(lines) * lh + 2 * pad + (int(18 * s) if show_name else 0) + int(4 * s)
        bw = max(tw + 2 * pad + int(40 * s), int(70 * s) if show_name else 0)
        if y + bh > bottom:
            break
        x0 = W - int(12 * s) - bw if me else int(12 * s)
        col = th["me"] if me else th["them"]
        rounded(c.d, [x0, y, x0 + bw, y + bh], int(16 * s), col)
        tcol = th.get("mefg", th["fg"]) if me else th["fg"]
        ty = y + pad + fr.size * 0.95
        if show_name:
            nm = rng.choice(members)
            c.text((x0 + pad, y + pad + int(12 * s)), nm, fname, th["name"], kind="PERSON")
            ty += int(18 * s)
        c.paragraph(x0 + pad, ty, maxw - 2 * pad, sg, fr, tcol, lh)
        c.text((x0 + bw - pad, y + bh - int(6 * s)), f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}", fsm,
               th["sub"] if not me or "mefg" not in th else (220, 230, 255), anchor="rs")
        y += bh + int(6 * s)
    return c


# -------------------------------------------------------------- game screens

GAME_BG = [(22, 27, 45), (35, 20, 50), (14, 40, 38), (40, 40, 46), (10, 30, 60)]


def game_profile(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.35)
    s = min(W, H) / 390.0
    bg = rng.choice(GAME_BG)
    c = Canvas(Image.new("RGB", (W, H), bg))
    acc = rng.choice([(255, 196, 0), (0, 200, 255), (120, 255, 120), (255, 90, 120)])
    fb = pick_font(rng, "sansb", 26 * s)
    fr = pick_font(rng, "sans", 15 * s)
    fsm = font(FONTS["sans"][0], 13 * s)
    status_bar(c, s, (230, 230, 230), bg, rng)
    y = int(60 * s)
    land = W > H
    cx = int(W * (0.25 if land else 0.5))
    avatar(c.d, cx, y + int(50 * s), int(46 * s), P.first[:1], rng.choice(AV_COLS), font(FONTS["sansb"][0], 40 * s))
    c.d.ellipse([cx - 50 * s, y + 0 * s, cx + 50 * s, y + 100 * s], outline=acc, width=int(3 * s))
    y += int(140 * s)
    c.text((cx, y), P.gamertag, fb, (255, 255, 255), kind="HANDLE", anchor="ms")
    y += int(26 * s)
    c.text((cx, y), f"Level {rng.randint(5, 99)}  -  {rng.randint(100, 9999)} wins", fr, acc, anchor="ms")
    x0 = int(24 * s) if not land else int(W * 0.5)
    y = int(y + 30 * s) if not land else int(70 * s)
    bw = (W - 2 * int(24 * s)) if not land else int(W * 0.46)
    rounded(c.d, [x0, y, x0 + bw, y + int(200 * s)], int(12 * s), tuple(min(255, v + 25) for v in bg))
    c.text((x0 + 14 * s, y + 26 * s), "ABOUT ME", font(FONTS["sansb"][0], 13 * s), acc)
    bio = rng.choice([
        "{FIRST} | {AGE} | {LOCATION}", "hi im {PERSON}, {YEAR} at {SCHOOL}", "{AGE} - {LOCATION} - add me!",
        "{FIRST} from {SCHOOL} :)", "irl: {PERSON} / {AGE}"])
    yy, _, _ = c.paragraph(x0 + 14 * s, y + 52 * s, bw - 28 * s, segs(P, bio), fr, (235, 235, 240), fr.size * 1.35)
    yy += fr.size * 1.6
    extra = [("YouTube: ", "{URL}")] + rng.sample([("Clan: ", "{ORG}"), ("Discord: ", "{HANDLE}"), ("School: ", "{SCHOOL}"),
                                                   ("Birthday: ", "{DOB}"), ("Contact: ", "{EMAIL}")], 2)
    for lab, t in extra:
        sg = [(lab, None)] + segs(P, t)
        yy, _, _ = c.paragraph(x0 + 14 * s, yy, bw - 28 * s, sg, fsm if cap_height(fsm) >= 9 else fr, (200, 200, 210), fsm.size * 1.35)
        yy += fsm.size * 1.5
    y = int(max(y + 210 * s, yy + 10 * s))
    if ctx.qr_leaky:
        payload, qleaks = leaky_qr(P)
        mod = max(4, int(min(W, H) * 0.3 / qr_size(payload, 1)))
        qs = qr_size(payload, mod)
        qx, qy = (x0 + bw - qs, H - qs - int(20 * s)) if not land else (int(cx - qs / 2), H - qs - int(12 * s))
        if not land:
            c.text((qx - 10 * s, qy + qs / 2), "Scan to add me", fsm, (200, 200, 210), anchor="rs")
        c.qr(qx, qy, payload, mod, leaks=qleaks)
        if not land:
            H = qy - int(10 * s)
    # stats tiles
    for i, lab in enumerate(["Matches", "K/D", "Trophies"]):
        if y + 60 * s > H - 20 * s:
            break
        tx = x0 + i * (bw / 3)
        c.text((tx + bw / 6, y + 30 * s), str(rng.randint(10, 4000)), fb, (255, 255, 255), anchor="ms")
        c.text((tx + bw / 6, y + 50 * s), lab, fsm, (170, 170, 185), anchor="ms")
    return c


def friend_list(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.2)
    s = min(W, H) / 390.0
    dark = rng.random() < 0.6
    bg = rng.choice(GAME_BG) if dark else (245, 246, 250)
    fg = (240, 240, 245) if dark else (20, 20, 30)
    sub = (150, 155, 170) if dark else (110, 110, 125)
    c = Canvas(Image.new("RGB", (W, H), bg))
    status_bar(c, s, fg, bg, rng)
    fb = pick_font(rng, "sansb", 20 * s)
    fr = pick_font(rng, "sans", 15.5 * s)
    fsm = font(FONTS["sans"][0], 12 * s)
    n = rng.randint(14, 60)
    c.text((20 * s, 62 * s), f"Friends ({n})", fb, fg)
    y = int(84 * s)
    rowh = int(58 * s)
    if ctx.qr_leaky:
        payload, qleaks = leaky_qr(P)
        mod = max(4, int(min(W, H) * 0.32 / qr_size(payload, 1)))
        qs = qr_size(payload, mod)
        c.qr(int(20 * s), y, payload, mod, leaks=qleaks)
        c.text((int(30 * s) + qs, y + qs / 2), "My friend code", fr, fg)
        y += qs + int(10 * s)
    nrows = 0
    while y + rowh < H - 10 * s and nrows < 6:
        nrows += 1
        on = rng.random() < 0.5
        avatar(c.d, 40 * s, y + rowh / 2, 20 * s, "", rng.choice(AV_COLS), fr)
        c.d.ellipse([52 * s, y + rowh / 2 + 8 * s, 62 * s, y + rowh / 2 + 18 * s],
                    fill=(60, 200, 90) if on else (120, 120, 120))
        r = rng.random()
        x = 72 * s
        if r < 0.25:
            nm = R.full() if rng.random() < 0.5 else R.first()
            x += c.text((x, y + 26 * s), nm, fr, fg, kind="PERSON")
            c.text((x, y + 26 * s), rng.choice(["  (cousin)", "  (school)", "  (irl)", ""]), fr, sub)
            c.text((72 * s, y + 46 * s), rng.choice(["Online", "Offline", "In Lobby", "Away"]), fsm, sub)
        else:
            c.text((x, y + 26 * s), R.gamertag() if rng.random() < 0.5 else R.handle(style=rng.choice([2, 3, 4, 5, 6])),
                   fr, fg, kind="HANDLE")
            c.text((72 * s, y + 46 * s), rng.choice(["Online - In Lobby", "Playing Battle Royale", "Offline",
                                                    "Last online 2h ago", "In Creative"]), fsm, sub)
        c.d.line([72 * s, y + rowh, W - 16 * s, y + rowh], fill=sub, width=1)
        y += rowh
    return c


def game_lobby(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.75)
    s = min(W, H) / 390.0
    bg = rng.choice(GAME_BG)
    arr = Image.new("RGB", (W, H), bg)
    c = Canvas(arr)
    for i in range(0, H, max(1, H // 40)):
        c.d.line([0, i, W, i], fill=tuple(min(255, v + (i * 30) // H) for v in bg))
    fb = pick_font(rng, "sansb", 18 * s)
    fr = pick_font(rng, "sans", 14 * s)
    fsm = font(FONTS["sans"][0], 12 * s)
    c.text((20 * s, 34 * s), rng.choice(["LOBBY", "SQUAD READY", "WAITING FOR PLAYERS", "PARTY"]), fb, (255, 220, 90))
    land = W > H
    colw = (W / 2 - 30 * s) if land else (W - 40 * s)
    y = 54 * s
    players = []
    for i in range(rng.randint(3, 4)):
        rounded(c.d, [20 * s, y, 20 * s + colw, y + 38 * s], int(8 * s), (255, 255, 255, 40) if False else
                tuple(min(255, v + 35) for v in bg))
        avatar(c.d, 40 * s, y + 19 * s, 13 * s, "", rng.choice(AV_COLS), fr)
        pl = R.gamertag() if rng.random() < 0.6 else R.handle(style=rng.choice([2, 3, 4, 6]))
        players.append(pl)
        c.text((62 * s, y + 25 * s), pl, fr, (255, 255, 255), kind="HANDLE")
        c.text((20 * s + colw - 10 * s, y + 25 * s), rng.choice(["READY", "NOT READY", "HOST"]), fsm, (140, 230, 140), anchor="rs")
        y += 44 * s
    # chat box
    if land:
        bx0, by0, bx1, by1 = W / 2 + 10 * s, 54 * s, W - 20 * s, H - 20 * s
    else:
        bx0, by0, bx1, by1 = 20 * s, y + 10 * s, W - 20 * s, H - 20 * s
    c.d.rectangle([bx0, by0, bx1, by1], fill=tuple(max(0, v - 10) for v in bg), outline=(90, 90, 110))
    c.text((bx0 + 10 * s, by0 + 20 * s), "Party chat", fsm, (180, 180, 200))
    yy = by0 + 44 * s
    for i in range(4):
        who = players[rng.randrange(len(players))]
        sg = [(who, "HANDLE"), (": ", None)] + (leaky_message(P) if i % 2 == 0 else neutral(rng))
        lines = wrap(sg, fr, bx1 - bx0 - 20 * s)
        if yy + len(lines) * fr.size * 1.3 > by1 - 8 * s:
            break
        yl, _, _ = c.paragraph(bx0 + 10 * s, yy, bx1 - bx0 - 20 * s, sg, fr, (230, 230, 240), fr.size * 1.3)
        yy = yl + fr.size * 1.45
    return c


def lock_screen(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.0)
    s = W / 390.0
    c1 = [rng.randint(20, 160) for _ in range(3)]
    c2 = [rng.randint(60, 230) for _ in range(3)]
    img = Image.new("RGB", (W, H))
    import numpy as np
    t = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    arr = (np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t) * np.ones((1, W, 1), np.float32)
    img = Image.fromarray(arr.astype(np.uint8), "RGB")
    c = Canvas(img)
    status_bar(c, s, (255, 255, 255), tuple(c1), rng)
    fbig = pick_font(rng, "sansb", 78 * s)
    c.text((W / 2, 170 * s), f"{rng.randint(6, 11)}:{rng.randint(0, 59):02d}", fbig, (255, 255, 255), anchor="ms")
    fr = pick_font(rng, "sans", 15 * s)
    fb = font(FONTS["sansb"][0], 15 * s)
    fsm = font(FONTS["sans"][0], 12 * s)
    c.text((W / 2, 80 * s), R.day_date(), font(FONTS["sans"][0], 19 * s), (255, 255, 255), anchor="ms")
    y = 210 * s
    qbottom = 0
    if ctx.qr_leaky:
        payload, qleaks = leaky_qr(P)
        mod = max(4, int(W * 0.34 / qr_size(payload, 1)))
        qs = qr_size(payload, mod)
        c.qr(int(W / 2 - qs / 2), int(H - 130 * s - qs), payload, mod, leaks=qleaks)
        qbottom = qs + 10 * s
    apps = ["Messages", "WhatsApp", "Instagram", "Snapchat", "Discord", "Mum"]
    for i in range(rng.randint(2, 4)):
        app = rng.choice(apps[:5])
        sg = leaky_message(P)
        lines = wrap(sg, fr, W - 80 * s)
        bh = 52 * s + len(lines) * fr.size * 1.3 + 6 * s
        if y + bh > H - 170 * s - qbottom:
            break
        rounded(c.d, [16 * s, y, W - 16 * s, y + bh], int(18 * s), (245, 245, 248))
        c.text((32 * s, y + 22 * s), app.upper(), fsm, (110, 110, 120))
        c.text((W - 32 * s, y + 22 * s), "now" if i == 0 else f"{i * 7}m ago", fsm, (110, 110, 120), anchor="rs")
        nm = R.full() if app in ("Messages", "WhatsApp") else R.handle(style=rng.choice([0, 1, 4]))
        c.text((32 * s, y + 42 * s), nm, fb, (20, 20, 25), kind="PERSON" if app in ("Messages", "WhatsApp") else "HANDLE")
        c.paragraph(32 * s, y + 42 * s + fr.size * 1.3, W - 80 * s, sg, fr, (40, 40, 48), fr.size * 1.3)
        y += bh + 10 * s
    # owner info
    if rng.random() < 0.85:
        t = rng.choice(["If found please call {PHONE}", "Emergency: Mum {PHONE}", "This phone belongs to {PERSON}",
                        "{PERSON} - if found ring {PHONE}", "ICE: {PARENT} {PHONE}"])
        c.paragraph(24 * s, H - 110 * s, W - 48 * s, segs(P, t, fresh=False), font(FONTS["sansb"][0], 14 * s),
                    (255, 255, 255), 20 * s, align="center")
    c.d.rounded_rectangle([W / 2 - 67 * s, H - 14 * s, W / 2 + 67 * s, H - 9 * s], radius=3 * s, fill=(255, 255, 255))
    return c


def signup_form(ctx):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    W, H = phone_size(rng, 0.1)
    s = min(W, H) / 390.0
    dark = rng.random() < 0.3
    bg = (18, 18, 22) if dark else (255, 255, 255)
    fg = (240, 240, 245) if dark else (25, 25, 35)
    sub = (150, 150, 165) if dark else (100, 100, 115)
    fieldbg = (38, 38, 46) if dark else (244, 245, 248)
    acc = rng.choice([(88, 101, 242), (255, 90, 95), (0, 160, 120), (250, 140, 20)])
    c = Canvas(Image.new("RGB", (W, H), bg))
    status_bar(c, s, fg, bg, rng)
    fb = pick_font(rng, "sansb", 24 * s)
    fl = font(FONTS["sans"][0], 12.5 * s)
    fv = pick_font(rng, "sans", 16 * s)
    app = rng.choice(["KidzChat", "PlayVerse", "SnapQuiz", "StarStream", "BlockBuddies", "TuneTok"])
    c.text((24 * s, 70 * s), f"Join {app}", fb, fg)
    c.text((24 * s, 94 * s), "Create your account", fl, sub)
    fields = [("Full name", P.name, "PERSON"), ("Username", P.handle.lstrip("@"), "HANDLE"),
              ("Email", P.email, "EMAIL"), ("Mobile number", P.phone, "PHONE"), ("Date of birth", P.dob, "DATE_OF_BIRTH"),
              ("School", P.school, "SCHOOL"), ("Year / grade", P.year, "AGE"), ("Home address", P.address, "ADDRESS"),
              ("Town / suburb", P.loc, "LOCATION"), ("Channel link", P.url, "URL")]
    keep = fields[:4] + rng.sample(fields[4:], rng.randint(3, 5))
    y = 118 * s
    fh = 44 * s
    lim = H - 90 * s
    if ctx.qr_leaky:
        payload, qleaks = leaky_qr(P)
        mod = max(4, int(min(W, H) * 0.28 / qr_size(payload, 1)))
        qs = qr_size(payload, mod)
        c.qr(int(W - 24 * s - qs), int(H - 90 * s - qs), payload, mod, leaks=qleaks)
        c.text((24 * s, H - 90 * s - qs / 2), "Parent link code:", fl, sub)
        lim = H - 100 * s - qs
    for lab, val, kd in keep:
        if y + fh + 30 * s > lim:
            break
        c.text((24 * s, y + 14 * s), lab, fl, sub)
        rounded(c.d, [24 * s, y + 22 * s, W - 24 * s, y + 22 * s + fh], int(10 * s), fieldbg)
        fv2 = fv
        while fv2.getlength(val) > W - 72 * s and fv2.size > 12 * s:
            fv2 = font(fv.path.replace("/usr/share/fonts/truetype/", ""), fv2.size - 1)
        c.text((36 * s, y + 22 * s + fh / 2 + cap_height(fv2) / 2), val, fv2, fg, kind=kd)
        y += fh + 34 * s
    rounded(c.d, [24 * s, H - 80 * s, W - 24 * s, H - 34 * s], int(23 * s), acc)
    c.text((W / 2, H - 51 * s), "Sign up", font(FONTS["sansb"][0], 17 * s), (255, 255, 255), anchor="ms")
    return c
