"""Phone screenshots: chats, game profiles, friend lists, lobbies, lock screens, sign-up forms."""
from common import (AV_COLORS, avatar, initials, new_screen, screen_result, status_bar)
from content import FILLERS, People, leak_message, pick_kind, qr_payload
from core import F, Sheet, line_text, rgba, wrap

THEMES = {
    "wa": [dict(bg=(236, 229, 221), bar=(0, 128, 105), bar_fg=(255, 255, 255), inc=(255, 255, 255), inc_fg=(17, 27, 33),
                out=(217, 253, 211), out_fg=(17, 27, 33), meta=(102, 119, 129), input=(255, 255, 255)),
           dict(bg=(11, 20, 26), bar=(31, 44, 52), bar_fg=(233, 237, 239), inc=(32, 44, 51), inc_fg=(233, 237, 239),
                out=(0, 92, 75), out_fg=(233, 237, 239), meta=(134, 150, 160), input=(31, 44, 52))],
    "im": [dict(bg=(255, 255, 255), bar=(248, 248, 248), bar_fg=(0, 0, 0), inc=(233, 233, 235), inc_fg=(0, 0, 0),
                out=(0, 122, 255), out_fg=(255, 255, 255), meta=(142, 142, 147), input=(255, 255, 255)),
           dict(bg=(0, 0, 0), bar=(22, 22, 24), bar_fg=(255, 255, 255), inc=(38, 38, 41), inc_fg=(255, 255, 255),
                out=(10, 132, 255), out_fg=(255, 255, 255), meta=(142, 142, 147), input=(0, 0, 0))],
    "ig": [dict(bg=(255, 255, 255), bar=(255, 255, 255), bar_fg=(0, 0, 0), inc=(239, 239, 239), inc_fg=(0, 0, 0),
                out=(120, 66, 245), out_fg=(255, 255, 255), meta=(142, 142, 142), input=(255, 255, 255)),
           dict(bg=(0, 0, 0), bar=(0, 0, 0), bar_fg=(255, 255, 255), inc=(38, 38, 38), inc_fg=(255, 255, 255),
                out=(120, 66, 245), out_fg=(255, 255, 255), meta=(168, 168, 168), input=(0, 0, 0))],
    "sms": [dict(bg=(255, 255, 255), bar=(243, 246, 252), bar_fg=(31, 31, 31), inc=(233, 238, 246), inc_fg=(31, 31, 31),
                 out=(26, 115, 232), out_fg=(255, 255, 255), meta=(95, 99, 104), input=(240, 244, 249)),
            dict(bg=(27, 27, 31), bar=(36, 36, 41), bar_fg=(227, 227, 227), inc=(52, 52, 58), inc_fg=(227, 227, 227),
                 out=(168, 199, 250), out_fg=(10, 30, 60), meta=(160, 160, 165), input=(44, 44, 50))],
}
APP_FONTS = {"wa": ["dejavu", "lib_sans", "free_sans"], "im": ["lib_sans", "free_sans", "dejavu"],
             "ig": ["lib_sans", "dejavu", "free_sans"], "sms": ["dejavu", "lib_sans", "dejavu_cond"],
             "dc": ["dejavu", "free_sans", "lib_sans"]}
NAME_COLORS = [(229, 57, 53), (30, 136, 229), (67, 160, 71), (142, 36, 170), (251, 140, 0), (0, 137, 123), (216, 27, 96)]


def _script(ctx, pp, n, nleak, weights=None):
    rng, g = ctx.rng, ctx.g
    slots = sorted(rng.sample(range(n), min(n, nleak)))
    msgs = []
    fill = rng.sample(FILLERS, n)
    side = rng.choice(["in", "out"])
    for i in range(n):
        if rng.random() < 0.6:
            side = "out" if side == "in" else "in"
        if i in slots:
            parts = leak_message(g, pick_kind(g, weights), pp)
        else:
            parts = [fill[i]]
        msgs.append((side, parts))
    return msgs


def _header_name(ctx, pp, group):
    g, rng = ctx.g, ctx.rng
    if group:
        r = rng.random()
        if r < 0.35:
            return [(g.school_year(pp.me["age"]), "AGE"), " squad"]
        if r < 0.6:
            o = g.org(age=pp.me["age"])
            return [(o, "ORG"), " parents" if rng.random() < 0.5 else ""]
        if r < 0.8:
            return [(pp.me["first"], "PERSON"), "'s party"]
        return ["Besties"]
    r = rng.random()
    if r < 0.7:
        return [(g.full(pp.friend) if rng.random() < 0.6 else pp.friend["first"], "PERSON")]
    if r < 0.85:
        return [(g.phone(t=pp.town), "PHONE")]
    return ["Mum"]


def chat(ctx, app):
    rng, g = ctx.rng, ctx.g
    dark = rng.random() < 0.45
    th = THEMES[app][1 if dark else 0]
    sh, s = new_screen(ctx, bg=th["bg"])
    fam = rng.choice(APP_FONTS[app])
    pp = People(g)
    group = app in ("wa", "sms", "im") and rng.random() < 0.2
    W, H = sh.w, sh.h
    # wallpaper doodles for whatsapp
    if app == "wa":
        dc = tuple(min(255, max(0, c + (8 if not dark else 10))) for c in th["bg"])
        for _ in range(int(W * H / (60 * s) ** 2)):
            x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(4, 12) * s
            sh.d.ellipse((x - r, y - r, x + r, y + r), outline=rgba(dc), width=max(1, int(s)))
    sbh = status_bar(sh, s, th["bar_fg"], th["bar"], ios=app == "im" or rng.random() < 0.4, rng=rng,
                     time_str=g.clock(h24=False).split()[0])
    hh = int((96 if app == "im" else 58) * s)
    sh.d.rectangle((0, sbh, W, sbh + hh), fill=rgba(th["bar"]))
    hname = _header_name(ctx, pp, group)
    hf = F(fam, (15 if app == "im" else 17) * s, 1)
    sub_f = F(fam, 12 * s)
    back_f = F("dejavu", 22 * s, 1)
    if app == "im":
        avatar(sh, W / 2, sbh + 30 * s, 22 * s, initials(line_text([(t if isinstance(t, str) else t[0], None) for t in hname])), rng.choice(AV_COLORS))
        sh.line(W / 2, sbh + 58 * s, hname, hf, th["bar_fg"], align="c")
        sh.text(10 * s, sbh + 20 * s, "<", back_f, (0, 122, 255))
    else:
        sh.text(8 * s, sbh + 14 * s, "<" if app != "sms" else "\u2190", back_f, th["bar_fg"])
        avatar(sh, 48 * s, sbh + hh / 2, 18 * s, initials(line_text([(t if isinstance(t, str) else t[0], None) for t in hname])), rng.choice(AV_COLORS))
        sh.line(74 * s, sbh + 9 * s, hname, hf, th["bar_fg"])
        if group:
            names = [g.person()["first"] for _ in range(rng.randint(2, 3))]
            parts = []
            for i, nm in enumerate(names):
                parts += [(nm, "PERSON"), ", "]
            parts.append("You")
            sh.line(74 * s, sbh + 32 * s, parts, sub_f, th["bar_fg"] if app == "wa" else th["meta"])
        else:
            sub = rng.choice(["online", "last seen today at " + g.clock(), "typing...", "Active now", "tap here for contact info"])
            if app == "ig" and rng.random() < 0.7:
                sub = None
                sh.line(74 * s, sbh + 32 * s, [(g.handle(pp.friend), "HANDLE")], sub_f, th["meta"])
            if sub:
                sh.text(74 * s, sbh + 32 * s, sub, sub_f, th["bar_fg"] if app == "wa" else th["meta"])
    y = sbh + hh + 12 * s
    # day chip
    chip_f = F(fam, 12 * s)
    chip = rng.choice(["Today", "Yesterday", g.day_text(g.event_date(0))])
    if app in ("wa", "sms", "ig"):
        cw = chip_f.getlength(chip) + 20 * s
        if app == "wa":
            sh.d.rounded_rectangle((W / 2 - cw / 2, y, W / 2 + cw / 2, y + 22 * s), radius=int(7 * s),
                                   fill=rgba((225, 245, 254) if not dark else (24, 34, 41)))
        sh.text(W / 2, y + 11 * s, chip, chip_f, th["meta"], anchor="mm")
        y += 32 * s
    else:
        sh.text(W / 2, y + 8 * s, "%s %s" % (chip, g.clock()), chip_f, th["meta"], anchor="mm")
        y += 26 * s
    # input bar
    ib = int(56 * s)
    bottom = H - ib - (20 * s if app == "im" else 6 * s)
    sh.d.rectangle((0, H - ib - 8 * s, W, H), fill=rgba(th["input"] if app != "wa" else th["bg"]))
    ph_text = {"wa": "Message", "im": "iMessage", "ig": "Message...", "sms": "Text message"}[app]
    ibc = th["inc"] if app != "wa" else th["input"]
    sh.d.rounded_rectangle((10 * s, H - ib, W - 60 * s, H - ib + 40 * s), radius=int(20 * s), fill=rgba(ibc),
                           outline=rgba(th["meta"]) if app in ("im", "ig") else None, width=max(1, int(s)))
    sh.text(26 * s, H - ib + 11 * s, ph_text, F(fam, 15 * s), th["meta"])
    sh.d.ellipse((W - 52 * s, H - ib, W - 12 * s, H - ib + 40 * s), fill=rgba(th["bar"] if app == "wa" else th["out"]))
    # messages
    fs = rng.uniform(14.5, 17.5) * s
    f = F(fam, fs)
    lh = int(fs * 1.3)
    pad = int(10 * s)
    maxw = W * 0.72
    n = 16
    msgs = _script(ctx, pp, n, rng.randint(3, 6))
    meta_f = F(fam, 10.5 * s)
    senders = [g.person() for _ in range(3)]
    last_side = None
    tmin = rng.randint(7 * 60, 20 * 60)
    h24 = g.region in ("IN", "ZA", "IE", "UK") and rng.random() < 0.4
    for side, parts in msgs:
        lines = wrap(parts, f, maxw - 2 * pad)
        tw = max(f.getlength(line_text(l)) for l in lines)
        label = None
        if group and side == "in" and last_side != "in":
            sp = rng.choice(senders)
            label = (g.full(sp) if rng.random() < 0.5 else sp["first"])
        tmin += rng.randint(0, 6)
        tm = g.clock(h=(tmin // 60) % 24, m=tmin % 60, h24=h24)
        meta_w = meta_f.getlength(tm) + (14 * s if side == "out" else 0) if app == "wa" else 0
        bw = max(tw, meta_w if len(lines) == 1 else 0) + 2 * pad + (meta_w + 6 * s if app == "wa" and len(lines) == 1 else 0)
        if label:
            bw = max(bw, meta_f.getlength(label) * 1.2 + 2 * pad)
        bh = len(lines) * lh + 2 * pad + (16 * s if label else 0) + (12 * s if app == "wa" and len(lines) > 1 else 0)
        gap = (3 if side == last_side else 9) * s
        y += gap
        if y + bh > bottom:
            break
        x0 = 10 * s if side == "in" else W - 10 * s - bw
        col = th["inc"] if side == "in" else th["out"]
        fg = th["inc_fg"] if side == "in" else th["out_fg"]
        rad = {"wa": 8, "im": 18, "ig": 20, "sms": 18}[app] * s
        sh.d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=int(rad), fill=rgba(col))
        ty = y + pad
        if label:
            sh.line(x0 + pad, ty - 3 * s, [(label, "PERSON")], F(fam, 12.5 * s, 1), rng.choice(NAME_COLORS))
            ty += 16 * s
        for ln in lines:
            sh.line(x0 + pad, ty, ln, f, fg)
            ty += lh
        if app == "wa":
            sh.text(x0 + bw - pad - meta_w + (0 if side == "in" else 0), y + bh - 15 * s, tm, meta_f,
                    th["meta"] if side == "in" or not dark else (170, 200, 190))
            if side == "out":
                sh.text(x0 + bw - pad - 12 * s, y + bh - 15 * s, "\u2713\u2713", F("dejavu", 9 * s), (83, 189, 235))
        y += bh
        last_side = side
    if app == "im" and last_side == "out":
        sh.text(W - 14 * s, y + 3 * s, "Delivered", F(fam, 11 * s), th["meta"], anchor="ra")
    return screen_result(ctx, sh)


def chat_discord(ctx):
    rng, g = ctx.rng, ctx.g
    dark = rng.random() < 0.75
    bg = (49, 51, 56) if dark else (255, 255, 255)
    fg = (219, 222, 225) if dark else (6, 6, 7)
    meta = (148, 155, 164) if dark else (92, 94, 102)
    sh, s = new_screen(ctx, bg=bg, landscape=rng.random() < 0.15)
    W, H = sh.w, sh.h
    fam = rng.choice(APP_FONTS["dc"])
    pp = People(g)
    sbh = status_bar(sh, s, fg, (30, 31, 34) if dark else (242, 243, 245), rng=rng)
    hh = int(52 * s)
    sh.d.rectangle((0, sbh, W, sbh + hh), fill=rgba((43, 45, 49) if dark else (242, 243, 245)))
    sh.text(12 * s, sbh + 12 * s, "\u2261", F("dejavu", 22 * s, 1), fg)
    chan = rng.choice(["general", "homework-help", "gaming", "memes", "off-topic", "minecraft"])
    sh.text(44 * s, sbh + 8 * s, "# " + chan, F(fam, 16 * s, 1), fg)
    r = rng.random()
    server_f = F(fam, 11.5 * s)
    if r < 0.4:
        sh.line(44 * s, sbh + 30 * s, [(pp.school, "SCHOOL"), " gang"], server_f, meta)
    elif r < 0.65:
        sh.line(44 * s, sbh + 30 * s, [(g.school_year(pp.me["age"]), "AGE"), " squad"], server_f, meta)
    else:
        sh.text(44 * s, sbh + 30 * s, rng.choice(["the boys", "Study Buddies", "Pixel Crew", "Girls Only Club"]), server_f, meta)
    ib = int(52 * s)
    sh.d.rounded_rectangle((10 * s, H - ib, W - 10 * s, H - 12 * s), radius=int(18 * s),
                           fill=rgba((56, 58, 64) if dark else (235, 237, 239)))
    sh.text(24 * s, H - ib + 10 * s, "Message #" + chan, F(fam, 14 * s), meta)
    users = []
    for i in range(rng.randint(2, 4)):
        p = g.person()
        users.append((g.handle(p), rng.choice(NAME_COLORS + [fg, fg])))
    fs = rng.uniform(14, 16.5) * s
    f = F(fam, fs)
    lh = int(fs * 1.35)
    y = sbh + hh + 12 * s
    bottom = H - ib - 10 * s
    msgs = _script(ctx, pp, 16, rng.randint(2, 5))
    last = None
    tmin = rng.randint(7 * 60, 20 * 60)
    for side, parts in msgs:
        tmin += rng.randint(0, 9)
        u = rng.choice(users) if rng.random() < 0.45 or last is None else last
        lines = wrap(parts, f, W - 76 * s)
        need = len(lines) * lh + (26 * s if u != last else 2 * s)
        if y + need > bottom:
            break
        if u != last:
            y += 10 * s
            avatar(sh, 30 * s, y + 18 * s, 18 * s, u[0][:1].upper(), rng.choice(AV_COLORS))
            sh.line(60 * s, y, [(u[0], "HANDLE")], F(fam, 15 * s, 1), u[1])
            un_w = F(fam, 15 * s, 1).getlength(u[0])
            sh.text(60 * s + un_w + 8 * s, y + 3 * s, "Today at " + g.clock(h=(tmin // 60) % 24, m=tmin % 60, h24=False),
                    F(fam, 11 * s), meta)
            y += 24 * s
        for ln in lines:
            sh.line(60 * s, y, ln, f, fg)
            y += lh
        last = u
    return screen_result(ctx, sh)


GAMES = ["Blockverse", "Sky Racers", "Pixel Legends", "Brick Battle", "Galaxy Kart", "Dino Dash", "Castle Clash Kids",
         "Starfall Arena", "Mega Builders", "Turbo Tag"]


def game_profile(ctx):
    rng, g = ctx.rng, ctx.g
    land = rng.random() < 0.3
    dark = rng.random() < 0.6
    bg = (24, 26, 38) if dark else (244, 246, 250)
    fg = (240, 240, 250) if dark else (20, 22, 30)
    meta = (150, 155, 175) if dark else (100, 105, 120)
    sh, s = new_screen(ctx, landscape=land, bg=bg)
    W, H = sh.w, sh.h
    fam = rng.choice(["dejavu", "free_sans", "lib_sans", "dejavu_cond", "lib_narrow"])
    pp = People(g)
    me = pp.me
    acc = rng.choice([(255, 87, 34), (124, 77, 255), (0, 200, 83), (41, 121, 255), (255, 193, 7), (233, 30, 99)])
    sbh = status_bar(sh, s, (255, 255, 255), None, rng=rng) if not land else 0
    ban = int((130 if not land else 90) * s)
    sh.d.rectangle((0, 0, W, ban), fill=rgba(acc))
    for i in range(6):
        x = rng.uniform(0, W)
        sh.d.ellipse((x - 40 * s, ban * 0.2, x + 40 * s, ban * 0.2 + 80 * s), fill=rgba(tuple(min(255, c + 30) for c in acc)))
    if not land:
        status_bar(sh, s, (255, 255, 255), None, rng=rng)
    sh.text(12 * s, sbh + 6 * s, rng.choice(GAMES), F(fam, 14 * s, 1), (255, 255, 255))
    tag = g.gamertag()
    disp = g.full(me) if rng.random() < 0.55 else None
    cx = 60 * s
    cy = ban + 10 * s
    avatar(sh, cx, cy, 40 * s, tag[:2].upper(), rng.choice(AV_COLORS))
    x = 112 * s
    y = ban + 8 * s
    if disp:
        sh.line(x, y, [(disp, "PERSON")], F(fam, 19 * s, 1), fg)
        y += 26 * s
        sh.line(x, y, ["@", (tag, "HANDLE")], F(fam, 14 * s), meta)
    else:
        sh.line(x, y, [(tag, "HANDLE")], F(fam, 19 * s, 1), fg)
        y += 26 * s
        sh.text(x, y, "Level %d  \u2022  %s" % (rng.randint(3, 99), rng.choice(["Gold II", "Silver", "Diamond", "Rookie"])),
                F(fam, 13 * s), meta)
    y = ban + 62 * s
    # stats
    stats = [("Wins", rng.randint(3, 900)), ("Friends", rng.randint(5, 300)), ("Badges", rng.randint(1, 60))]
    sw = (W * 0.45 if land else W) - 24 * s
    colw = sw / 3
    for i, (k, v) in enumerate(stats):
        sh.text(12 * s + colw * i + colw / 2, y, str(v), F(fam, 18 * s, 1), fg, anchor="ma")
        sh.text(12 * s + colw * i + colw / 2, y + 24 * s, k, F(fam, 12 * s), meta, anchor="ma")
    y += 52 * s
    sh.d.line((12 * s, y, 12 * s + sw, y), fill=rgba(meta), width=max(1, int(s)))
    y += 10 * s
    qy_land = y
    if land:
        x0c, cw, y = W * 0.5, W * 0.5 - 16 * s, ban + 12 * s
    else:
        x0c, cw = 12 * s, W - 24 * s
    sh.text(x0c, y, "About me", F(fam, 15 * s, 1), fg)
    y += 24 * s
    bio = []
    opts = [
        lambda: [(g.age_phrase(me["age"]) if rng.random() < 0.5 else g.school_year(me["age"]), "AGE"), " | "],
        lambda: [(pp.school, "SCHOOL"), " | "],
        lambda: [(g.school_year(me["age"]), "AGE"), " at ", (pp.school, "SCHOOL"), " | "],
        lambda: ["from ", (g.location(pp.town), "LOCATION"), " | "],
        lambda: ["snap: ", (g.handle(me), "HANDLE"), " | "],
        lambda: ["bday ", (g.fmt_date(me["dob"]), "DATE_OF_BIRTH"), " | "],
        lambda: ["plays for ", (g.org("sport", me["age"]), "ORG"), " | "],
        lambda: ["yt ", (g.url(tag, "yt"), "URL"), " | "],
    ]
    for k in rng.sample(range(len(opts)), rng.randint(2, 4)):
        bio += opts[k]()
    bio[-1] = bio[-1].rstrip(" |") if isinstance(bio[-1], str) else bio[-1]
    bio.append(rng.choice([" no scammers pls", " add me!", " gg only", ""]))
    y = sh.para(x0c, y, bio, F(fam, 14 * s), fg, cw, lh=int(19 * s), max_lines=5)
    y += 10 * s
    sh.text(x0c, y, "Joined %s %d" % (rng.choice(["March", "June", "August", "November", "January"]), rng.randint(2020, 2024)),
            F(fam, 12 * s), meta)
    y += 24 * s
    if y + 60 * s < H:
        sh.text(x0c, y, "Linked accounts", F(fam, 15 * s, 1), fg)
        y += 24 * s
        for plat, k in rng.sample([("YouTube", "yt"), ("TikTok", "tt"), ("Twitch", "tw"), ("Discord", None)], 2):
            if y + 30 * s > H - 8 * s:
                break
            sh.d.rounded_rectangle((x0c, y, x0c + 22 * s, y + 22 * s), radius=int(5 * s), fill=rgba(acc))
            if k:
                sh.line(x0c + 30 * s, y + 2 * s, [(g.url(tag, k), "URL")], F(fam, 13 * s), fg)
            else:
                sh.line(x0c + 30 * s, y + 2 * s, ["Discord: ", (g.handle(me), "HANDLE")], F(fam, 13 * s), fg)
            y += 30 * s
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        nmod = Sheet.qr_size(pl, 1)
        if land:
            avail = H - qy_land - 34 * s
            qy = qy_land
        else:
            avail = H - y - 50 * s
            qy = None
        mod = max(3, min(int(2.8 * s), int(avail / nmod)))
        size = nmod * mod
        if land:
            qx = 12 * s + (sw - size) / 2
        else:
            qx = (W - size) / 2
            qy = max(y + 10 * s, H - size - 40 * s)
        sh.d.rectangle((qx - 6 * s, qy - 6 * s, qx + size + 6 * s, qy + size + 26 * s), fill=(255, 255, 255, 255))
        sh.qr(qx, qy, pl, mod, lk)
        sh.text(qx + size / 2, qy + size + 4 * s, "Scan to add me", F(fam, 12 * s, 1), (30, 30, 30), anchor="ma")
    return screen_result(ctx, sh)


def friend_list(ctx):
    rng, g = ctx.rng, ctx.g
    dark = rng.random() < 0.5
    bg = (18, 18, 22) if dark else (255, 255, 255)
    fg = (235, 235, 240) if dark else (25, 25, 30)
    meta = (140, 140, 150) if dark else (110, 110, 120)
    sh, s = new_screen(ctx, bg=bg)
    W, H = sh.w, sh.h
    fam = rng.choice(["dejavu", "lib_sans", "free_sans", "dejavu_cond"])
    pp = People(g)
    sbh = status_bar(sh, s, fg, None, rng=rng)
    app = rng.choice(GAMES + ["Chatter", "SnapTalk", "FriendZone"])
    y = sbh + 10 * s
    sh.text(16 * s, y, "Friends", F(fam, 24 * s, 1), fg)
    sh.text(W - 16 * s, y + 6 * s, app, F(fam, 13 * s), meta, anchor="ra")
    y += 40 * s
    sh.d.rounded_rectangle((16 * s, y, W - 16 * s, y + 34 * s), radius=int(10 * s), fill=rgba((40, 40, 46) if dark else (238, 238, 242)))
    sh.text(30 * s, y + 9 * s, "Search friends", F(fam, 14 * s), meta)
    y += 48 * s
    tabs = ["All (%d)" % rng.randint(12, 140), "Online", "Requests"]
    tx = 16 * s
    for i, t in enumerate(tabs):
        tf = F(fam, 14 * s, 1 if i == 0 else 0)
        sh.text(tx, y, t, tf, fg if i == 0 else meta)
        tx += tf.getlength(t) + 22 * s
    y += 30 * s
    row = 74 * s
    qr_space = 0
    pl = None
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        mod = max(3, int(2.4 * s))
        qr_space = Sheet.qr_size(pl, mod) + 50 * s
    nf = F(fam, 16 * s, 1)
    hf = F(fam, 13 * s)
    while y + row < H - 20 * s - qr_space:
        p = g.person()
        h = g.handle(p)
        avatar(sh, 40 * s, y + row / 2, 22 * s, initials(g.full(p)) if rng.random() < 0.6 else h[:1].upper(), rng.choice(AV_COLORS))
        online = rng.random() < 0.5
        if online:
            sh.d.ellipse((52 * s, y + row / 2 + 10 * s, 64 * s, y + row / 2 + 22 * s), fill=(67, 181, 129, 255), outline=rgba(bg), width=int(2 * s))
        if rng.random() < 0.35:
            sh.line(74 * s, y + 12 * s, [(g.full(p) if rng.random() < 0.7 else p["first"], "PERSON")], nf, fg)
            sh.line(74 * s, y + 34 * s, ["@", (h, "HANDLE")], hf, meta)
        else:
            sh.line(74 * s, y + 12 * s, [(h, "HANDLE")], nf, fg)
            st = rng.choice(["Online", "Playing " + rng.choice(GAMES), "Last online %dh ago" % rng.randint(1, 20), "Away"])
            sh.text(74 * s, y + 34 * s, st, hf, meta)
        sh.d.rounded_rectangle((W - 84 * s, y + 18 * s, W - 16 * s, y + 44 * s), radius=int(8 * s),
                               fill=rgba((60, 60, 70) if dark else (230, 232, 240)))
        sh.text(W - 50 * s, y + 31 * s, rng.choice(["Chat", "Invite", "Join"]), F(fam, 12 * s, 1), fg, anchor="mm")
        y += row
    if pl:
        size = Sheet.qr_size(pl, mod)
        qx, qy = (W - size) / 2, H - size - 40 * s
        sh.d.rounded_rectangle((qx - 8 * s, qy - 8 * s, qx + size + 8 * s, qy + size + 28 * s), radius=int(10 * s), fill=(255, 255, 255, 255))
        sh.qr(qx, qy, pl, mod, lk)
        sh.text(W / 2, qy + size + 6 * s, "My friend code", F(fam, 12 * s, 1), (40, 40, 40), anchor="ma")
    return screen_result(ctx, sh)


def lobby(ctx):
    rng, g = ctx.rng, ctx.g
    sh, s = new_screen(ctx, landscape=True, bg=(20, 24, 40))
    W, H = sh.w, sh.h
    fam = rng.choice(["dejavu_cond", "lib_narrow", "dejavu", "free_sans"])
    pp = People(g)
    # backdrop
    for i in range(12):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(40, 160) * s
        sh.d.ellipse((x - r, y - r, x + r, y + r), fill=rgba((rng.randint(30, 60), rng.randint(30, 70), rng.randint(60, 110))))
    game = rng.choice(GAMES)
    sh.text(20 * s, 12 * s, game.upper(), F(fam, 22 * s, 1), (255, 220, 80))
    sh.text(20 * s, 42 * s, rng.choice(["SQUADS \u2022 RANKED", "DUOS \u2022 CASUAL", "CUSTOM LOBBY", "PARTY \u2022 BUILD MODE"]),
            F(fam, 12 * s), (180, 190, 220))
    n = rng.choice([2, 2, 3])
    teams = [("BLUE TEAM", (40, 110, 220)), ("RED TEAM", (210, 50, 60))]
    colw = W * 0.3
    for ti, (tn, tc) in enumerate(teams):
        x0 = 20 * s + ti * (colw + 16 * s)
        y0 = 70 * s
        sh.text(x0, y0, tn, F(fam, 13 * s, 1), tc)
        y0 += 22 * s
        for k in range(n):
            sh.d.rounded_rectangle((x0, y0, x0 + colw, y0 + 36 * s), radius=int(6 * s), fill=rgba((35, 40, 62)))
            sh.d.rectangle((x0, y0, x0 + 5 * s, y0 + 36 * s), fill=rgba(tc))
            if rng.random() < 0.72:
                h = g.gamertag() if rng.random() < 0.6 else g.handle()
                hf = F(fam, 14 * s, 1)
                if hf.getlength(h) > colw - 70 * s:
                    hf = F(fam, 14 * s * (colw - 70 * s) / hf.getlength(h), 1)
                sh.line(x0 + 14 * s, y0 + 9 * s, [(h, "HANDLE")], hf, (235, 235, 245))
                sh.text(x0 + colw - 10 * s, y0 + 11 * s, "Lv %d" % rng.randint(1, 80), F(fam, 11 * s), (160, 170, 200), anchor="ra")
            else:
                sh.text(x0 + 14 * s, y0 + 9 * s, "Waiting for player...", F(fam, 13 * s), (120, 125, 150))
            y0 += 42 * s
    # chat panel
    cx0 = 20 * s + 2 * (colw + 16 * s)
    cw = W - cx0 - 20 * s
    cy0 = 70 * s
    ch = H - cy0 - 70 * s
    sh.d.rounded_rectangle((cx0, cy0, cx0 + cw, cy0 + ch), radius=int(8 * s), fill=(10, 12, 22, 255))
    sh.text(cx0 + 10 * s, cy0 + 8 * s, "LOBBY CHAT", F(fam, 12 * s, 1), (180, 190, 220))
    y = cy0 + 30 * s
    cf = F(fam, 12.5 * s)
    weights = {"AGE": 1.5, "LOCATION": 0.8, "SCHOOL": 1.2, "HANDLE": 0.5, "PHONE": 0.5, "URL": 1.0, "ORG": 0.4,
               "ADDRESS": 0.6, "EMAIL": 0.4}
    msgs = _script(ctx, pp, rng.randint(2, 3), 2, weights)
    for side, parts in msgs:
        who = g.gamertag()
        pr = [(who, "HANDLE"), ": "] + list(parts)
        lines = wrap(pr, cf, cw - 20 * s)
        if y + len(lines) * 17 * s > cy0 + ch - 10 * s:
            break
        for ln in lines:
            sh.line(cx0 + 10 * s, y, ln, cf, (225, 228, 240))
            y += 17 * s
        y += 4 * s
    # ready button
    sh.d.rounded_rectangle((W - 200 * s, H - 56 * s, W - 20 * s, H - 16 * s), radius=int(8 * s), fill=(255, 200, 40, 255))
    sh.text(W - 110 * s, H - 36 * s, "READY", F(fam, 16 * s, 1), (30, 30, 30), anchor="mm")
    sh.text(20 * s, H - 40 * s, "Party code: %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            F(fam, 13 * s), (200, 205, 230))
    return screen_result(ctx, sh)


def lock_screen(ctx):
    rng, g = ctx.rng, ctx.g
    sh, s = new_screen(ctx, bg=(0, 0, 0))
    W, H = sh.w, sh.h
    fam = rng.choice(["lib_sans", "dejavu", "free_sans"])
    pp = People(g)
    # wallpaper: gradient + blobs
    import numpy as np
    c1 = np.array(rng.choice([(40, 60, 140), (120, 40, 120), (20, 110, 120), (200, 90, 60), (30, 30, 50)]), np.float32)
    c2 = np.array(rng.choice([(240, 150, 90), (60, 180, 200), (250, 220, 120), (80, 40, 150), (20, 20, 30)]), np.float32)
    t = np.linspace(0, 1, H, dtype=np.float32)[:, None, None]
    arr = c1 * (1 - t) + c2 * t
    arr = np.repeat(arr, W, axis=1)
    from PIL import Image, ImageDraw
    sh.img = Image.fromarray(arr.astype(np.uint8), "RGB").convert("RGBA")
    sh.d = ImageDraw.Draw(sh.img)
    for i in range(6):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(60, 200) * s
        sh.d.ellipse((x - r, y - r, x + r, y + r), fill=rgba(tuple(rng.randint(60, 230) for _ in range(3))))
    from PIL import ImageFilter
    sh.img = sh.img.filter(ImageFilter.GaussianBlur(30 * s))
    sh.d = ImageDraw.Draw(sh.img)
    status_bar(sh, s, (255, 255, 255), None, rng=rng)
    wh = (255, 255, 255)
    y = 60 * s
    sh.text(W / 2, y, g.day_text(g.event_date(0)), F(fam, 17 * s, 1), wh, anchor="ma")
    y += 26 * s
    sh.text(W / 2, y, g.clock(h24=True) if rng.random() < 0.5 else g.clock(h24=False).split()[0], F(fam, 76 * s, 1), wh, anchor="ma")
    y += 110 * s
    # weather widget with location
    if rng.random() < 0.6:
        sh.line(W / 2, y, [(pp.town[0], "LOCATION"), "  %d\u00b0" % rng.randint(4, 31)], F(fam, 14 * s), wh, align="c")
        y += 30 * s
    apps = [("Messages", (52, 199, 89)), ("WhatsApp", (37, 211, 102)), ("Snapchat", (255, 252, 0)), ("Instagram", (225, 48, 108)),
            ("Calendar", (255, 59, 48)), ("Discord", (88, 101, 242)), ("School App", (0, 122, 255)), ("Maps", (52, 168, 83))]
    nf = F(fam, 14 * s, 1)
    bf = F(fam, 14 * s)
    for i in range(rng.randint(3, 5)):
        app, col = rng.choice(apps)
        if app == "Snapchat":
            title = [(g.handle(), "HANDLE")]
            body = [rng.choice(["sent you a Snap", "is typing...", "added you back!"])]
        elif app == "Maps":
            title = ["Home"]
            body = [(pp.addr["lines"][0], "ADDRESS"), " • %d min by bike" % rng.randint(4, 25)]
        elif app == "Calendar":
            title = [rng.choice(["Training", "Swimming", "Netball", "Piano lesson", "Dentist"])]
            body = [g.clock(h24=False), " at ", (g.org(age=pp.me["age"]), "ORG")] if rng.random() < 0.6 else \
                   [g.clock(h24=False), " at ", (g.location(pp.town), "LOCATION")]
        elif app == "School App":
            title = [(pp.school, "SCHOOL")]
            body = [rng.choice(["Reminder: ", "Notice for "]), (g.school_year(pp.me["age"]), "AGE"),
                    rng.choice([" trip forms due Friday", " camp payment due", " assembly moved to 2pm"])]
        else:
            p = g.person()
            title = [(g.full(p) if rng.random() < 0.5 else p["first"], "PERSON")]
            body = leak_message(g, pick_kind(g), pp) if rng.random() < 0.7 else [rng.choice(FILLERS)]
        x0, x1 = 10 * s, W - 10 * s
        lines = wrap(body, bf, x1 - x0 - 70 * s)[:2]
        hgt = 46 * s + len(lines) * 19 * s
        if y + hgt > H - 110 * s:
            break
        sh.d.rounded_rectangle((x0, y, x1, y + hgt), radius=int(16 * s), fill=(245, 245, 248, 215))
        sh.d.rounded_rectangle((x0 + 12 * s, y + 12 * s, x0 + 44 * s, y + 44 * s), radius=int(8 * s), fill=rgba(col))
        sh.text(x1 - 12 * s, y + 12 * s, rng.choice(["now", "2m ago", "9m ago", "1h ago"]), F(fam, 11 * s), (110, 110, 115), anchor="ra")
        sh.line(x0 + 56 * s, y + 10 * s, title, nf, (20, 20, 25))
        ty = y + 31 * s
        for ln in lines:
            sh.line(x0 + 56 * s, ty, ln, bf, (40, 40, 45))
            ty += 19 * s
        y += hgt + 8 * s
    # owner info
    if rng.random() < 0.8:
        ph = g.phone(mobile=True, t=pp.town)
        msg = rng.choice([["If found call Mum ", (ph, "PHONE")], [(pp.me["first"], "PERSON"), "'s phone - ", (ph, "PHONE")],
                          ["Lost? Ring ", (ph, "PHONE")]])
        sh.line(W / 2, H - 70 * s, msg, F(fam, 13 * s, 1), wh, align="c")
    sh.d.rounded_rectangle((W / 2 - 67 * s, H - 14 * s, W / 2 + 67 * s, H - 9 * s), radius=int(3 * s), fill=(255, 255, 255, 255))
    return screen_result(ctx, sh)


def signup(ctx):
    rng, g = ctx.rng, ctx.g
    dark = rng.random() < 0.3
    bg = (18, 18, 20) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 24)
    meta = (150, 150, 155) if dark else (105, 105, 115)
    box = (40, 40, 46) if dark else (245, 246, 248)
    sh, s = new_screen(ctx, bg=bg)
    W, H = sh.w, sh.h
    fam = rng.choice(["dejavu", "lib_sans", "free_sans", "dejavu_cond", "lib_narrow"])
    pp = People(g)
    me = pp.me
    acc = rng.choice([(0, 122, 255), (124, 77, 255), (0, 150, 136), (244, 81, 30), (233, 30, 99)])
    sbh = status_bar(sh, s, fg, None, rng=rng)
    y = sbh + 14 * s
    app = rng.choice(["Join " + rng.choice(GAMES), "Create your account", "Sign up", "Register for Homework Hub",
                      "New player", "Create a KidsChat account"])
    sh.text(20 * s, y, app, F(fam, 21 * s, 1), fg)
    y += 34 * s
    sh.text(20 * s, y, "Step 1 of 2 \u2022 About you", F(fam, 12 * s), meta)
    y += 26 * s
    fields = [
        ("Full name", lambda: (g.full(me), "PERSON")),
        ("Username", lambda: (g.handle(me), "HANDLE")),
        ("Email", lambda: (g.email(me), "EMAIL")),
        ("Password", lambda: ("\u2022" * rng.randint(8, 12), None)),
        ("Date of birth", lambda: (g.fmt_date(me["dob"]), "DATE_OF_BIRTH")),
        ("Phone number", lambda: (g.phone(t=pp.town), "PHONE")),
        ("School", lambda: (pp.school, "SCHOOL")),
        ("Year / Grade" if g.region not in ("US", "CA", "ZA") else "Grade", lambda: (g.school_year(me["age"]), "AGE")),
        ("Home address", lambda: (pp.addr["lines"][0] + ", " + pp.addr["town"][0], "ADDRESS")),
        ("Parent's email", lambda: (g.email(pp.parent, kid=False), "EMAIL")),
        ("Your channel / website", lambda: (g.url(g.handle(me)), "URL")),
    ]
    order = [0, 1, 2, 3, 4] + [8] + rng.sample([5, 6, 7, 9, 10], 4)
    if rng.random() < 0.4:
        order = [0, 1, 3, 4] + rng.sample([2, 5, 6, 7, 8, 9, 10], 6)
    lf = F(fam, 12.5 * s)
    vf = F(fam, 15.5 * s)
    kb = rng.random() < 0.35
    limit = H - (230 * s if kb else 90 * s)
    for k in order:
        label, fn = fields[k]
        if y + 62 * s > limit:
            break
        sh.text(20 * s, y, label, lf, meta)
        y += 18 * s
        sh.d.rounded_rectangle((20 * s, y, W - 20 * s, y + 38 * s), radius=int(8 * s), fill=rgba(box),
                               outline=rgba(acc) if rng.random() < 0.15 else None, width=max(1, int(1.5 * s)))
        val, kind = fn()
        sh.line(32 * s, y + 10 * s, [(val, kind)], vf, fg)
        y += 50 * s
    if kb:
        ky = H - 220 * s
        sh.d.rectangle((0, ky, W, H), fill=rgba((50, 50, 55) if dark else (210, 213, 219)))
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
        kw = (W - 22 * s) / 10
        for ri, rw in enumerate(rows):
            off = (W - kw * len(rw)) / 2
            for ci, ch in enumerate(rw):
                x0 = off + ci * kw + 3 * s
                y0 = ky + 10 * s + ri * 50 * s
                sh.d.rounded_rectangle((x0, y0, x0 + kw - 6 * s, y0 + 42 * s), radius=int(5 * s),
                                       fill=rgba((90, 90, 96) if dark else (255, 255, 255)))
                sh.text(x0 + (kw - 6 * s) / 2, y0 + 21 * s, ch, F(fam, 18 * s), fg, anchor="mm")
    else:
        sh.d.rounded_rectangle((20 * s, H - 80 * s, W - 20 * s, H - 32 * s), radius=int(24 * s), fill=rgba(acc))
        sh.text(W / 2, H - 56 * s, "Continue", F(fam, 16 * s, 1), (255, 255, 255), anchor="mm")
    return screen_result(ctx, sh)


SCREEN_SCENES = {
    "chat_whatsapp": lambda c: chat(c, "wa"), "chat_imessage": lambda c: chat(c, "im"),
    "chat_instagram": lambda c: chat(c, "ig"), "chat_sms": lambda c: chat(c, "sms"),
    "chat_discord": chat_discord, "game_profile": game_profile, "friend_list": friend_list,
    "game_lobby": lobby, "lock_screen": lock_screen, "signup_form": signup,
}
