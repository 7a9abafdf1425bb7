"""Phone screenshots: chats, game screens, lock screens, sign-up forms and clean app screens."""
import math

import numpy as np
from PIL import Image

import data as D
from common import (F, UI_FONTS, Layer, bold_of, darker, fit_font, lighter, line_width, rgba, smooth_noise,
                    wrap_parts)

PHONE_SIZES = [(540, 960), (640, 1136), (720, 1280), (720, 1520), (720, 1600), (750, 1334), (828, 1792),
               (1080, 1920), (1080, 2340), (1080, 2400), (1125, 2436), (1170, 2532), (1080, 2280)]
LAND_SIZES = [(1334, 750), (1920, 1080), (2340, 1080), (2532, 1170), (1280, 720), (1600, 720), (2400, 1080)]

AVATAR_COLS = [(233, 30, 99), (156, 39, 176), (63, 81, 181), (3, 169, 244), (0, 150, 136), (139, 195, 74),
               (255, 152, 0), (121, 85, 72), (96, 125, 139), (244, 67, 54), (0, 188, 212), (205, 220, 57)]
NAME_COLS = [(6, 207, 156), (233, 84, 144), (255, 170, 51), (93, 157, 255), (187, 120, 255), (53, 205, 98),
             (255, 110, 80), (0, 168, 255)]


def pick_phone(rng, landscape=False):
    if landscape:
        return rng.pick(LAND_SIZES)
    return rng.pick(PHONE_SIZES)


def clock(rng, region, h=None, m=None):
    h = rng.ri(7, 22) if h is None else h
    m = rng.ri(0, 59) if m is None else m
    if region in ("US", "CA", "IN", "AU"):
        hh = h % 12 or 12
        return f"{hh}:{m:02d} {rng.pick(['AM', 'PM', 'am', 'pm']) if h < 12 else rng.pick(['PM', 'pm'])}"
    return f"{h:02d}:{m:02d}"


def status_bar(L, s, fg, t, ios=True, bg=None):
    hgt = (47 if ios else 30) * s
    if bg is not None:
        L.rect((0, 0, L.w, hgt), fill=bg)
    fam = "sans_b" if ios else "sans"
    if ios:
        L.text(int(34 * s), int(hgt * 0.55), t.split(" ")[0], F(fam, 15 * s), fg, anchor="lm")
    else:
        L.text(int(16 * s), int(hgt * 0.55), t.split(" ")[0], F(fam, 13 * s), fg, anchor="lm")
    # right side: signal bars, wifi, battery
    x = L.w - 26 * s
    y = hgt * 0.55
    L.rect((x - 22 * s, y - 6 * s, x, y + 6 * s), outline=fg, width=max(1, int(1.2 * s)), radius=3 * s)
    L.rect((x - 20 * s, y - 4 * s, x - 20 * s + 16 * s * 0.8, y + 4 * s), fill=fg, radius=2 * s)
    x -= 30 * s
    for i in range(3):
        r = (4 + 4 * i) * s
        L.d.arc((x - r, y + 2 * s - r, x + r, y + 2 * s + r), 225, 315, fill=fg, width=max(1, int(2 * s)))
    x -= 18 * s
    for i in range(4):
        bh = (3 + 2.5 * i) * s
        L.rect((x - (4 - i) * 5 * s, y + 5 * s - bh, x - (4 - i) * 5 * s + 3 * s, y + 5 * s), fill=fg)
    return hgt


def home_indicator(L, s, fg):
    L.rect((L.w / 2 - 67 * s, L.h - 10 * s, L.w / 2 + 67 * s, L.h - 5 * s), fill=fg, radius=3 * s)


# ---------------------------------------------------------------------------
# Conversations
# ---------------------------------------------------------------------------
BENIGN = ["lol", "ok", "haha same", "see u tmrw", "did u finish the maths homework?", "nooo", "what time?",
          "brb dinner", "that game was sick", "can u come on saturday?", "ok cool", "yesss", "my mum said yes!!",
          "sorry was at practice", "wait what", "u watching the match?", "hahaha", "k", "omg same",
          "i can't find my charger", "did u see the new episode", "bring snacks", "thx", "no way", "ur so funny",
          "im so bored", "what r u doing", "ok see u there", "yeah", "what level r u on", "send pics",
          "can't, got homework", "my brother is so annoying", "who's coming?", "bet", "ok ok", "lmaooo"]


def leaky_msgs(rng, p, i):
    """Return a list of (me, parts) for leaky template i."""
    f1, l1, full1 = p.friend(rng.ri(0, 7))
    fr_phone = D.phone(rng, p.region)[0]
    t = i % 27
    if t == 0:
        return [(False, [("what school do u go to?", None)]), (True, [(p.school, "SCHOOL")])]
    if t == 1:
        return [(True, [("my new number is ", None), (p.phone, "PHONE"), (" text me", None)])]
    if t == 2:
        return [(True, [("come to mine after school, it's ", None), (p.addr["short"], "ADDRESS")])]
    if t == 3:
        return [(False, [("meet at ", None), (p.park, "LOCATION"), (" at 4?", None)])]
    if t == 4:
        return [(True, [("add me on roblox ", None), (p.handle, "HANDLE")])]
    if t == 5:
        return [(True, [("my email is ", None), (p.email, "EMAIL")])]
    if t == 6:
        return [(False, [("r u going to training at ", None), (p.club, "ORG"), (" tmrw??", None)])]
    if t == 7:
        return [(False, [("how old r u", None)]), (True, [("im ", None), (f"{p.age} years old", "AGE")])]
    if t == 8:
        return [(True, [("my birthday is ", None), (p.dob_str, "DATE_OF_BIRTH"), (" !!", None)])]
    if t == 9:
        return [(True, [("sub to my channel ", None), (p.url, "URL")])]
    if t == 10:
        return [(True, [("we live on ", None), (p.street, "LOCATION"), (" near the shops", None)])]
    if t == 11:
        return [(False, [("r u in ", None), (p.year, "AGE"), ("?", None)]), (True, [("yeah", None)])]
    if t == 12:
        return [(True, [("i moved to ", None), (p.suburb, "LOCATION"), (" last year", None)])]
    if t == 13:
        return [(False, [("it's ", None), (full1, "PERSON"), ("'s party on sat", None)])]
    if t == 14:
        return [(True, [("mum says u can call her on ", None), (p.parent_phone, "PHONE")])]
    if t == 15:
        return [(False, [("whats ur insta", None)]), (True, [("@" + p.handle, "HANDLE")])]
    if t == 16:
        return [(False, [("ask ", None), (p.teacher_str, "PERSON"), (" about the trip", None)])]
    if t == 17:
        return [(True, [("pick me up from ", None), (p.school, "SCHOOL"), (" at 3:15", None)])]
    if t == 18:
        return [(False, [("this is ", None), (f1, "PERSON"), ("'s number ", None), (fr_phone, "PHONE")])]
    if t == 19:
        return [(True, [("im in ", None), (p.year, "AGE"), (" at ", None), (p.school, "SCHOOL")])]
    if t == 20:
        return [(True, [("snap me ", None), (p.friend_handles[0], "HANDLE")])]
    if t == 21:
        return [(False, [("my dad works at ", None), (p.org2 if p.org2_kind == "work" else f"{l1} Physio", "ORG")])]
    if t == 22:
        return [(True, [("my full name is ", None), (p.full, "PERSON"), (" lol", None)])]
    if t == 24:
        return [(True, [("follow my tiktok ", None), (D.make_url(rng, p.handle, "tt"), "URL")])]
    if t == 25:
        return [(False, [("watch my new vid ", None), (D.make_url(rng, p.friend_handles[1], rng.pick(["yt", "yt2", "twitch"])), "URL")])]
    if t == 26:
        return [(True, [("my address is ", None), (p.addr["short"], "ADDRESS"), (" if u need it", None)])]
    return [(True, [("party at ", None), (p.addr["l1"], "ADDRESS"), (" sat 2pm", None)])]


def conversation(rng, p, n_leaky, n_benign, greet_name=None):
    msgs = []
    idx = rng.some(list(range(27)), n_leaky)
    blocks = [leaky_msgs(rng, p, i) for i in idx]
    for _ in range(n_benign):
        blocks.append([(rng.chance(0.5), [(rng.pick(BENIGN), None)])])
    rng.shuffle(blocks)
    if greet_name:
        blocks.insert(0, [(False, [("hey ", None), (greet_name, "PERSON"), (rng.pick(["!", "", " :)", " u there?"]), None)])])
    for b in blocks:
        msgs.extend(b)
    return msgs


THEMES = {
    "whatsapp": [dict(bg=(236, 229, 221), head=(7, 94, 84), head_fg=(255, 255, 255), me=(220, 248, 198),
                      them=(255, 255, 255), txt=(17, 27, 33), me_txt=(17, 27, 33), time=(102, 119, 129),
                      sub=(200, 230, 225)),
                 dict(bg=(11, 20, 26), head=(31, 44, 52), head_fg=(233, 237, 239), me=(0, 92, 75),
                      them=(32, 44, 51), txt=(233, 237, 239), me_txt=(233, 237, 239), time=(134, 150, 160),
                      sub=(134, 150, 160))],
    "imessage": [dict(bg=(255, 255, 255), head=(246, 246, 246), head_fg=(0, 0, 0), me=(10, 132, 255),
                      them=(233, 233, 235), txt=(0, 0, 0), me_txt=(255, 255, 255), time=(142, 142, 147),
                      sub=(142, 142, 147)),
                 dict(bg=(0, 0, 0), head=(22, 22, 24), head_fg=(255, 255, 255), me=(10, 132, 255),
                      them=(38, 38, 41), txt=(255, 255, 255), me_txt=(255, 255, 255), time=(142, 142, 147),
                      sub=(142, 142, 147))],
    "instagram": [dict(bg=(255, 255, 255), head=(255, 255, 255), head_fg=(0, 0, 0), me=(120, 64, 235),
                       them=(239, 239, 239), txt=(0, 0, 0), me_txt=(255, 255, 255), time=(142, 142, 142),
                       sub=(115, 115, 115)),
                  dict(bg=(0, 0, 0), head=(0, 0, 0), head_fg=(245, 245, 245), me=(55, 151, 240),
                       them=(38, 38, 38), txt=(245, 245, 245), me_txt=(255, 255, 255), time=(142, 142, 142),
                       sub=(168, 168, 168))],
    "sms": [dict(bg=(248, 250, 253), head=(248, 250, 253), head_fg=(31, 31, 31), me=(211, 227, 253),
                 them=(233, 236, 241), txt=(31, 31, 31), me_txt=(4, 30, 73), time=(110, 110, 110),
                 sub=(90, 90, 90)),
            dict(bg=(17, 19, 24), head=(17, 19, 24), head_fg=(227, 227, 227), me=(0, 74, 119),
                 them=(42, 46, 54), txt=(227, 227, 227), me_txt=(210, 230, 255), time=(150, 150, 150),
                 sub=(160, 160, 160))],
    "discord": [dict(bg=(255, 255, 255), head=(242, 243, 245), head_fg=(6, 6, 7), txt=(49, 51, 56),
                     time=(92, 94, 102), sub=(92, 94, 102)),
                dict(bg=(49, 51, 56), head=(43, 45, 49), head_fg=(242, 243, 245), txt=(219, 222, 225),
                     time=(148, 155, 164), sub=(148, 155, 164))],
}


def _wallpaper(L, nr, rng, col, s):
    # faint doodle pattern like chat wallpapers
    c = darker(col, 0.94)
    step = int(46 * s)
    for y in range(0, L.h, step):
        for x in range((y // step % 2) * step // 2, L.w, step):
            k = rng.ri(0, 3)
            r = 7 * s
            if k == 0:
                L.ellipse((x, y, x + r * 2, y + r * 2), outline=c, width=max(1, int(1.5 * s)))
            elif k == 1:
                L.rect((x, y, x + r * 2, y + r * 1.4), outline=c, width=max(1, int(1.5 * s)), radius=3 * s)
            elif k == 2:
                L.line([(x, y + r), (x + r, y), (x + 2 * r, y + r)], fill=c, width=max(1, int(1.5 * s)))


def chat(ctx, app):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng)
    s = w / 390.0
    dark = rng.chance(0.45) if app != "discord" else rng.chance(0.75)
    th = THEMES[app][1 if dark else 0]
    L = Layer(w, h, rgba(th["bg"]))
    fam = rng.pick(UI_FONTS)
    famb = bold_of(fam)
    fs = 16 * s * rng.uni(0.92, 1.12)
    font = F(fam, fs)
    small = F(fam, fs * 0.72)
    ios = app in ("imessage", "instagram") or rng.chance(0.4)
    if app == "whatsapp" and not dark and rng.chance(0.7):
        _wallpaper(L, ctx.nr, rng, th["bg"], s)
    t_now = clock(rng, region)
    fg = th["head_fg"] if app != "whatsapp" else (255, 255, 255)
    sb = status_bar(L, s, rgba(th["head_fg"] if app not in ("whatsapp",) else (255, 255, 255)), t_now, ios,
                    bg=rgba(th["head"]))
    # ------------------------------------------------------------- header
    f_i, l_i, full_i = p.friend(0)
    group = (app == "whatsapp" and rng.chance(0.4)) or app == "discord"
    hh = 62 * s if app != "imessage" else 96 * s
    L.rect((0, sb, w, sb + hh), fill=rgba(th["head"]))
    hy = sb + hh / 2
    title_font = F(famb, 17 * s)
    if app == "imessage":
        L.text(14 * s, sb + 22 * s, "‹", F("sans", 34 * s), (10, 132, 255, 255), anchor="lm")
        L.avatar(w / 2, sb + 30 * s, 23 * s, p.initials(f_i, l_i), (160, 165, 175, 255))
        name = rng.pick([full_i, f_i])
        L.text(w / 2, sb + 70 * s, name, F(fam, 12 * s), rgba(th["head_fg"]), kind="PERSON", anchor="mm")
    elif app == "discord":
        L.text(16 * s, hy, "≡", F("sans", 24 * s), rgba(th["head_fg"]), anchor="lm")
        srv_kind = rng.pick(["org", "age", "school"])
        if srv_kind == "org":
            parts = [(p.club, "ORG")]
        elif srv_kind == "age":
            parts = [(p.year, "AGE"), (" " + rng.pick(["squad", "gamers", "gc", "crew"]), None)]
        else:
            parts = [(D.school_short(p.school) + " " + rng.pick(["gaming", "friends", "chat"]), None)]
        L.runs(52 * s, hy - 4 * s, parts, F(fam, 12 * s), rgba(th["sub"]), anchor="ls")
        L.text(52 * s, hy - 2 * s, "# " + rng.pick(["general", "chat", "gaming", "off-topic", "homework-help"]),
               F(famb, 16 * s), rgba(th["head_fg"]), anchor="la")
    else:
        arrow_col = rgba(fg)
        L.text(12 * s, hy, "←", F("sans", 22 * s), arrow_col, anchor="lm")
        L.avatar(60 * s, hy, 19 * s, p.initials(f_i, l_i) if not group else "", rgba(rng.pick(AVATAR_COLS)))
        tx = 88 * s
        if group:
            gp = rng.pick([[(p.year, "AGE"), (" " + rng.pick(["Squad", "girls", "boys", "class chat"]), None)],
                           [(p.club, "ORG"), (" parents", None)],
                           [(p.suburb, "LOCATION"), (" kids", None)]])
            L.runs(tx, hy - 2 * s, gp, title_font, rgba(fg), anchor="ls")
            L.text(tx, hy + 3 * s, "tap here for group info", F(fam, 12 * s), rgba(th["sub"]))
        elif app == "instagram":
            L.text(tx, hy - 2 * s, full_i, title_font, rgba(fg), kind="PERSON", anchor="ls")
            L.text(tx, hy + 3 * s, p.friend_handles[0], F(fam, 12.5 * s), rgba(th["sub"]), kind="HANDLE")
        elif app == "sms" and rng.chance(0.35):
            ph = D.phone(rng, region)[0]
            L.text(tx, hy, ph, title_font, rgba(fg), kind="PHONE", anchor="lm")
        else:
            L.text(tx, hy - 2 * s, rng.pick([full_i, f_i]), title_font, rgba(fg), kind="PERSON", anchor="ls")
            L.text(tx, hy + 3 * s, rng.pick(["online", "last seen today at " + clock(rng, region), "typing..."])
                   if app == "whatsapp" else "", F(fam, 12 * s), rgba(th["sub"]))
        # right icons
        for k in range(2):
            cx = w - (24 + 40 * k) * s
            L.ellipse((cx - 7 * s, hy - 7 * s, cx + 7 * s, hy + 7 * s), outline=rgba(fg), width=max(1, int(2 * s)))
    top = sb + hh + 8 * s
    # ------------------------------------------------------------- input bar
    ib = 56 * s
    bottom = h - ib - (20 * s if ios else 8 * s)
    L.rect((0, bottom + 4 * s, w, h), fill=rgba(th["head"] if app != "whatsapp" else th["bg"]))
    L.rect((10 * s, bottom + 12 * s, w - 60 * s, bottom + 50 * s), fill=rgba(lighter(th["head"], 0.1) if dark else (255, 255, 255)),
           outline=rgba(th["sub"]), width=max(1, int(s)), radius=19 * s)
    L.text(26 * s, bottom + 31 * s, {"whatsapp": "Message", "imessage": "iMessage", "instagram": "Message...",
                                     "sms": "Text message", "discord": "Message #general"}[app],
           F(fam, 15 * s), rgba(th["sub"]), anchor="lm")
    L.ellipse((w - 52 * s, bottom + 11 * s, w - 12 * s, bottom + 51 * s),
              fill=rgba(th.get("me", (88, 101, 242)) if app != "whatsapp" else (0, 168, 132)))
    if ios:
        home_indicator(L, s, rgba(th["head_fg"]))
    # ------------------------------------------------------------- messages
    n_leaky = rng.ri(2, 4) if app != "discord" else 3
    msgs = conversation(rng, p, n_leaky, rng.ri(3, 6) if app != "discord" else rng.ri(2, 3),
                        greet_name=p.first if rng.chance(0.15) else None)
    if qr_wanted(ctx):
        msgs.append(("qr", None))
    maxw = w * (0.70 if app != "discord" else 0.78)
    pad = 10 * s
    asc, desc = font.getmetrics()
    lh = (asc + desc) * 1.12
    blocks = []
    # group senders
    senders = [(p.friend(k)[0], p.friend(k)[1]) for k in range(4)]
    handles = [p.friend_handles[k] for k in range(4)]
    last_sender = None
    for me, parts in msgs:
        if me == "qr":
            blocks.append(("qr", None, None))
            continue
        if app == "discord":
            who = -1 if me else (last_sender if (last_sender is not None and last_sender >= 0 and rng.chance(0.6))
                                 else rng.ri(0, 1))
            blocks.append(("discord", who, parts, who != last_sender))
            last_sender = who
        else:
            sender = None if me or not group else rng.ri(0, 3)
            show = sender is not None and sender != last_sender
            last_sender = sender if not me else None
            blocks.append(("bubble", me, parts, sender if show else None))
    # measure bottom-up
    y = bottom
    draws = []
    for b in reversed(blocks):
        if b[0] == "qr":
            mod = max(4, int(5 * s))
            payload, leaks = ctx.qr_payload()
            n = Layer.qr_modules(payload)
            qs = n * mod
            bh = qs + 2 * pad + 8 * mod + 22 * s
            if y - bh < top:
                break
            y -= bh + 6 * s
            draws.append(("qr", y, payload, leaks, mod, qs))
            continue
        if b[0] == "discord":
            _, who, parts, newgroup = b
            lines = wrap_parts(parts, font, w - 80 * s)
            bh = len(lines) * lh + (26 * s if newgroup else 2 * s) + 4 * s
        else:
            _, me, parts, sender = b
            lines = wrap_parts(parts, font, maxw - 2 * pad)
            bh = len(lines) * lh + 2 * pad + 12 * s + (18 * s if sender is not None else 0)
        if y - bh < top:
            break
        y -= bh + 6 * s
        draws.append((b, y, lines, bh))
    # optional date divider at top
    if draws and rng.chance(0.6):
        dy = (draws[-1][1] if draws[-1][0] != "qr" else draws[-1][1]) - 26 * s
        if dy > top:
            L.text(w / 2, dy + 10 * s, rng.pick(["Today", "Yesterday", "TODAY", "Monday", "Sat " + clock(rng, region)]),
                   F(fam, 12 * s), rgba(th["time"]), anchor="mm")
    for d in reversed(draws):
        if d[0] == "qr":
            _, yy, payload, leaks, mod, qs = d
            x0 = w - pad - qs - 8 * mod - 14 * s
            L.rect((x0, yy, w - 10 * s, yy + qs + 8 * mod + 2 * pad + 22 * s), fill=rgba(th.get("me", (60, 60, 60))),
                   radius=14 * s)
            L.qr(x0 + 4 * mod + 7 * s, yy + pad + 4 * mod, payload, mod, leaks)
            L.text(x0 + 10 * s, yy + qs + 8 * mod + pad + 8 * s, rng.pick(["scan me", "my code", "add me"]),
                   small, rgba(th.get("me_txt", th["txt"])))
            continue
        b, yy, lines, bh = d
        if b[0] == "discord":
            _, who, parts, newgroup = b
            x = 70 * s
            cy = yy
            if newgroup:
                L.avatar(36 * s, yy + 20 * s, 18 * s, "", rgba(AVATAR_COLS[(who + 5) % len(AVATAR_COLS)]))
                hname = p.handle if who == -1 else handles[who]
                bb = L.text(x, yy + 4 * s, hname, F(famb, fs * 0.98), rgba(NAME_COLS[(who + 2) % len(NAME_COLS)]),
                            kind="HANDLE")
                L.text(bb[2] + 8 * s, yy + 8 * s, "Today at " + clock(rng, region), F(fam, 11.5 * s),
                       rgba(th["time"]))
                cy = yy + 26 * s
            for i, ln in enumerate(lines):
                L.runs(x, cy + asc + i * lh, ln, font, rgba(th["txt"]))
            continue
        _, me, parts, sender = b
        lw = max(line_width(ln, font) for ln in lines)
        if sender is not None:
            sn = senders[sender]
            lw = max(lw, F(famb, fs * 0.85).getlength(sn[0] + " " + sn[1]))
        bw = lw + 2 * pad + (44 * s if app == "whatsapp" else 0)
        bw = max(bw, 60 * s)
        x0 = w - bw - 10 * s if me else 10 * s
        col = th["me"] if me else th["them"]
        tcol = th["me_txt"] if me else th["txt"]
        L.rect((x0, yy, x0 + bw, yy + bh), fill=rgba(col), radius=(18 if app in ("imessage", "instagram") else 9) * s)
        ty = yy + pad
        if sender is not None:
            sn = senders[sender]
            if rng.chance(0.3):
                ph = D.phone(rng, region)[0]
                L.text(x0 + pad, ty, ph, F(famb, fs * 0.85), rgba(NAME_COLS[sender]), kind="PHONE")
            else:
                L.text(x0 + pad, ty, sn[0] + " " + sn[1], F(famb, fs * 0.85), rgba(NAME_COLS[sender]), kind="PERSON")
            ty += 18 * s
        for i, ln in enumerate(lines):
            L.runs(x0 + pad, ty + asc + i * lh, ln, font, rgba(tcol))
        if app in ("whatsapp", "sms"):
            tm = clock(rng, region)
            L.text(x0 + bw - pad * 0.8, yy + bh - 6 * s, tm + (" ✓✓" if me and app == "whatsapp" else ""),
                   F(fam, 10.5 * s), rgba(th["time"] if not me or app == "whatsapp" else th["me_txt"]), anchor="rd")
    return L


def url_label(u):
    for k, v in (("youtube", "YouTube: "), ("tiktok", "TikTok: "), ("twitch", "Twitch: "), ("instagram", "Insta: "),
                 ("roblox", "Roblox: "), ("scratch", "Scratch: ")):
        if k in u:
            return v
    return "Links: "


def qr_wanted(ctx):
    return ctx.qr is not None


# ---------------------------------------------------------------------------
# Game screens
# ---------------------------------------------------------------------------
GAME_THEMES = [((20, 22, 40), (255, 196, 0), (235, 235, 245)), ((14, 30, 45), (0, 220, 180), (230, 240, 245)),
               ((35, 18, 52), (255, 90, 160), (245, 235, 250)), ((24, 24, 24), (120, 200, 60), (240, 240, 240)),
               ((240, 242, 248), (60, 110, 255), (25, 28, 40)), ((10, 40, 90), (255, 140, 30), (240, 245, 255))]
GAMES = ["BlockVerse", "Sky Raiders", "Pixel Kart", "Galaxy Royale", "Farm Friends", "Robo Arena", "Slime Party",
         "Dino Dash", "Craft Island", "Hero Squad"]


def gradient(L, box, c1, c2, vertical=True):
    x0, y0, x1, y1 = [int(v) for v in box]
    n = (y1 - y0) if vertical else (x1 - x0)
    if n <= 0:
        return
    a = np.linspace(0, 1, n, dtype=np.float32)[:, None]
    cols = (np.array(c1[:3], np.float32)[None] * (1 - a) + np.array(c2[:3], np.float32)[None] * a).astype(np.uint8)
    if vertical:
        strip = Image.fromarray(cols[:, None, :].repeat(max(1, x1 - x0), 1), "RGB")
    else:
        strip = Image.fromarray(cols[None, :, :].repeat(max(1, y1 - y0), 0), "RGB")
    L.im.paste(strip.convert("RGBA"), (x0, y0))


def game_profile(ctx):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng)
    s = w / 390.0
    bg, acc, fg = rng.pick(GAME_THEMES)
    L = Layer(w, h, rgba(bg))
    fam = rng.pick(UI_FONTS + ["narrow"])
    famb = bold_of(fam)
    sub = tuple(int(a * 0.6 + b * 0.4) for a, b in zip(fg, bg))
    sb = status_bar(L, s, rgba(fg), clock(rng, region), rng.chance(0.5))
    game = rng.pick(GAMES)
    L.text(w / 2, sb + 22 * s, game.upper(), F(famb, 18 * s), rgba(acc), anchor="mm")
    y = sb + 44 * s
    gradient(L, (0, y, w, y + 130 * s), lighter(acc, 0.2), darker(acc, 0.5))
    L.avatar(70 * s, y + 130 * s, 46 * s, p.initials(p.first, p.last), rgba(rng.pick(AVATAR_COLS)))
    L.ellipse((70 * s - 46 * s, y + 84 * s, 70 * s + 46 * s, y + 176 * s), outline=rgba(bg), width=int(4 * s))
    y += 184 * s
    L.text(20 * s, y, p.handle, fit_font(famb, p.handle, w - 40 * s, 26 * s), rgba(fg), kind="HANDLE")
    y += 36 * s
    L.text(20 * s, y, f"Level {rng.ri(5, 180)}  ·  Joined {D.MON3[rng.ri(0, 11)]} {rng.ri(2019, 2025)}",
           F(fam, 13 * s), rgba(sub))
    y += 30 * s
    # bio
    bf = F(fam, 15 * s)
    bio_opts = [
        [(D.age_text(rng, p.age), "AGE"), (" | ", None), (p.suburb, "LOCATION"), (" | ", None),
         (rng.pick(["love cats", "pro builder", "no scammers", "hi :)"]), None)],
        [("hi im ", None), (p.first, "PERSON"), (" im ", None), (str(p.age), "AGE"), (" and go to ", None),
         (p.school, "SCHOOL")],
        [(p.year, "AGE"), (" @ ", None), (p.school, "SCHOOL"), (" ", None), ("· add me!", None)],
        [("from ", None), (p.city, "LOCATION"), (" | bday ", None),
         (D.short_date(rng, region, p.dob[1], p.dob[2]), "DATE_OF_BIRTH"), (" | ", None),
         (D.age_text(rng, p.age), "AGE")],
    ]
    L.text(20 * s, y, "About me", F(famb, 14 * s), rgba(acc))
    y += 22 * s
    for ln in wrap_parts(rng.pick(bio_opts), bf, w - 40 * s):
        L.runs(20 * s, y + bf.getmetrics()[0], ln, bf, rgba(fg))
        y += bf.size * 1.3
    y += 8 * s
    extras = []
    if rng.chance(0.9):
        extras.append([(url_label(p.url), None), (p.url, "URL")])
    if rng.chance(0.5):
        extras.append([("Real name: ", None), (p.full, "PERSON")])
    if rng.chance(0.5):
        extras.append([("Birthday: ", None), (p.dob_str, "DATE_OF_BIRTH")])
    if rng.chance(0.3):
        extras.append([("Clan: ", None), (p.club, "ORG")])
    for parts in extras:
        for ln in wrap_parts(parts, bf, w - 40 * s):
            L.runs(20 * s, y + bf.getmetrics()[0], ln, bf, rgba(fg))
            y += bf.size * 1.35
    y += 10 * s
    # stats
    stats = [("Wins", str(rng.ri(3, 900))), ("K/D", f"{rng.uni(0.3, 4):.2f}"), ("Matches", str(rng.ri(20, 4000))),
             ("Rank", rng.pick(["Gold II", "Silver", "Diamond", "Bronze III", "Plat I"]))]
    cw = (w - 50 * s) / 4
    for i, (k, v) in enumerate(stats):
        x0 = 20 * s + i * (cw + 3 * s)
        L.rect((x0, y, x0 + cw, y + 62 * s), fill=rgba(lighter(bg, 0.08) if sum(bg) < 300 else darker(bg, 0.94)),
               radius=10 * s)
        L.text(x0 + cw / 2, y + 22 * s, v, F(famb, 16 * s), rgba(fg), anchor="mm")
        L.text(x0 + cw / 2, y + 45 * s, k, F(fam, 11 * s), rgba(sub), anchor="mm")
    y += 80 * s
    if ctx.qr is not None:
        payload, leaks = ctx.qr_payload()
        mod = max(4, int(4.5 * s))
        n = Layer.qr_modules(payload)
        qs = n * mod
        L.text(20 * s, y, "Scan to add me", F(famb, 14 * s), rgba(acc))
        L.qr(20 * s + 4 * mod, y + 24 * s + 4 * mod, payload, mod, leaks)
        y += qs + 8 * mod + 36 * s
    # friends strip
    if y < h - 120 * s and rng.chance(0.5):
        L.text(20 * s, y, f"Friends ({rng.ri(8, 140)})", F(famb, 14 * s), rgba(acc))
        y += 26 * s
        k = 0
        while y < h - 60 * s and k < 2:
            L.avatar(38 * s, y + 18 * s, 16 * s, "", rgba(AVATAR_COLS[k]))
            L.text(64 * s, y + 18 * s, p.friend_handles[k + 1], F(fam, 14 * s), rgba(fg), kind="HANDLE", anchor="lm")
            L.text(w - 20 * s, y + 18 * s, rng.pick(["Online", "Offline", "In game", "Away"]), F(fam, 11 * s),
                   rgba(sub), anchor="rm")
            y += 42 * s
            k += 1
    return L


def friend_list(ctx):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng)
    s = w / 390.0
    bg, acc, fg = rng.pick(GAME_THEMES)
    L = Layer(w, h, rgba(bg))
    fam = rng.pick(UI_FONTS)
    famb = bold_of(fam)
    sub = tuple(int(a * 0.6 + b * 0.4) for a, b in zip(fg, bg))
    sb = status_bar(L, s, rgba(fg), clock(rng, region), rng.chance(0.5))
    y = sb + 14 * s
    L.text(20 * s, y, rng.pick(["Friends", "FRIENDS", "Friend List", "Buddies"]), F(famb, 26 * s), rgba(fg))
    y += 44 * s
    tabs = ["Online", "All", "Requests"]
    for i, t in enumerate(tabs):
        x = 20 * s + i * 110 * s
        L.rect((x, y, x + 100 * s, y + 30 * s), fill=rgba(acc if i == 0 else lighter(bg, 0.12)), radius=15 * s)
        L.text(x + 50 * s, y + 15 * s, t, F(fam, 13 * s), rgba(bg if i == 0 else fg), anchor="mm")
    y += 46 * s
    rows = rng.ri(4, 5)
    k = 0
    shown_real = rng.chance(0.6)
    sc = max(1.0, min(1.6, (h - y - 40 * s) / (rows * 64 * s)))
    while y + 62 * s * sc < h - 30 * s and k < rows:
        f, l, full = p.friend(k)
        hd = p.friend_handles[k % 8] if k < 8 else D.make_handle(rng, f, l)
        L.avatar(40 * s * sc, y + 28 * s * sc, 22 * s * sc, p.initials(f, l), rgba(AVATAR_COLS[(k * 5) % 12]))
        on = rng.chance(0.6)
        L.ellipse((54 * s * sc, y + 40 * s * sc, 66 * s * sc, y + 52 * s * sc),
                  fill=rgba((60, 200, 90) if on else (130, 130, 130)), outline=rgba(bg), width=int(2 * s))
        L.text(76 * s * sc, y + 8 * s * sc, hd, fit_font(famb, hd, w - 106 * s - 76 * s * sc, 15.5 * s * sc), rgba(fg),
               kind="HANDLE")
        if shown_real and rng.chance(0.45):
            L.text(76 * s * sc, y + 32 * s * sc, full, F(fam, 12.5 * s * sc), rgba(sub), kind="PERSON")
        else:
            L.text(76 * s * sc, y + 32 * s * sc, rng.pick(["Playing " + rng.pick(GAMES), "Online", "Last online 2h ago",
                                                            "In lobby", "Offline"]), F(fam, 12.5 * s * sc), rgba(sub))
        L.rect((w - 96 * s, y + 14 * s * sc, w - 20 * s, y + 42 * s * sc), fill=rgba(lighter(bg, 0.15)), radius=14 * s)
        L.text(w - 58 * s, y + 28 * s * sc, rng.pick(["Invite", "Chat", "Join"]), F(fam, 12 * s * sc), rgba(fg), anchor="mm")
        y += 64 * s * sc
        k += 1
    if y + 120 * s < h:
        y += 16 * s
        L.text(20 * s, y, rng.pick(["Recently played", "Suggested", "Clubs"]), F(famb, 18 * s), rgba(fg))
        y += 34 * s
        while y + 80 * s < h - 20 * s:
            for i in range(3):
                x0 = 20 * s + i * (w - 40 * s) / 3
                L.rect((x0, y, x0 + (w - 40 * s) / 3 - 10 * s, y + 70 * s), fill=rgba(lighter(bg, 0.1)), radius=10 * s)
                L.text(x0 + 10 * s, y + 35 * s, rng.pick(GAMES), fit_font(fam, "Galaxy Royale", (w - 40 * s) / 3 - 30 * s, 13 * s),
                       rgba(fg), anchor="lm")
            y += 82 * s
    return L


def game_lobby(ctx):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng, landscape=True)
    s = h / 390.0
    bg, acc, fg = rng.pick(GAME_THEMES[:4] + GAME_THEMES[5:])
    L = Layer(w, h, rgba(bg))
    gradient(L, (0, 0, w, h), bg, darker(acc, 0.35))
    fam = rng.pick(UI_FONTS + ["narrow"])
    famb = bold_of(fam)
    sub = tuple(int(a * 0.7 + b * 0.3) for a, b in zip(fg, bg))
    L.text(24 * s, 18 * s, rng.pick(GAMES).upper() + " — LOBBY", F(famb, 20 * s), rgba(acc))
    L.text(w - 24 * s, 22 * s, f"{rng.pick(['Duos', 'Squads', 'Team Deathmatch', 'Build Battle'])}  ·  Starting in 0:{rng.ri(5, 59):02d}",
           F(fam, 13 * s), rgba(fg), anchor="ra")
    n = 4
    handles = [p.handle] + [p.friend_handles[k] for k in range(min(7, n - 1))]
    cols = 2
    pw = (w * 0.58) / cols
    for i, hd in enumerate(handles):
        c, r = i % cols, i // cols
        x0 = 24 * s + c * (pw + 10 * s)
        y0 = 56 * s + r * 64 * s
        L.rect((x0, y0, x0 + pw, y0 + 56 * s), fill=rgba(lighter(bg, 0.1)), outline=rgba(acc if i == 0 else sub),
               width=max(1, int(1.5 * s)), radius=8 * s)
        L.rect((x0 + 8 * s, y0 + 8 * s, x0 + 48 * s, y0 + 48 * s), fill=rgba(AVATAR_COLS[i * 3 % 12]), radius=6 * s)
        L.text(x0 + 28 * s, y0 + 28 * s, hd[:2].upper(), F(famb, 14 * s), (255, 255, 255, 255), anchor="mm")
        L.text(x0 + 58 * s, y0 + 10 * s, hd, fit_font(famb, hd, pw - 70 * s, 15 * s), rgba(fg), kind="HANDLE")
        L.text(x0 + 58 * s, y0 + 34 * s, f"Lv {rng.ri(1, 99)}   " + rng.pick(["READY", "not ready", "READY"]),
               F(fam, 11 * s), rgba(sub))
    # chat panel
    cx0 = w * 0.62 + 24 * s
    L.blend_rect((cx0, 56 * s, w - 20 * s, h - 20 * s), (0, 0, 0, 110))
    L.text(cx0 + 12 * s, 64 * s, "Lobby chat", F(famb, 13 * s), rgba(acc))
    fh = p.friend_handles
    lines = [
        (fh[1], [("anyone from ", None), (p.city, "LOCATION"), ("?", None)]),
        (p.handle, [("me! im in ", None), (p.suburb, "LOCATION")]),
        (fh[2], [("how old is everyone", None)]),
        (p.handle, [(D.age_text(rng, p.age), "AGE")]),
        (fh[3], [("im ", None), (p.year, "AGE"), (" lol", None)]),
        (fh[1], [("add me on discord ", None), (fh[5] + "#" + str(rng.ri(1000, 9999)), "HANDLE")]),
        (p.handle, [("gg", None)]),
        (fh[2], [("what school u go to", None)]),
        (p.handle, [(p.school, "SCHOOL")]),
    ]
    pick = sorted(rng.some(list(range(len(lines))), 3))
    y = 90 * s
    maxw = w - cx0 - 36 * s
    for i in pick:
        who, body = lines[i]
        parts = [(who, "HANDLE", {"fill": rgba(acc)}), (": ", None, {"fill": rgba(acc)})] + list(body)
        txt = "".join(t for t, *_ in parts)
        cf = fit_font(fam, txt, maxw, 12.5 * s)
        if y > h - 90 * s:
            break
        L.runs(cx0 + 12 * s, y + cf.getmetrics()[0], parts, cf, rgba(fg))
        y += 12.5 * s * 1.6
    L.rect((24 * s, h - 64 * s, 24 * s + 200 * s, h - 20 * s), fill=rgba(acc), radius=10 * s)
    L.text(124 * s, h - 42 * s, "READY", F(famb, 18 * s), rgba(bg), anchor="mm")
    return L


def lock_screen(ctx):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng)
    s = w / 390.0
    L = Layer(w, h)
    c1 = np.array(rng.pick(AVATAR_COLS), np.float32)
    c2 = np.array(rng.pick(AVATAR_COLS), np.float32)
    n = smooth_noise(ctx.nr, w // 4, h // 4, 3)
    t = (np.clip(n * 0.6 + 0.5, 0, 1))[..., None]
    arr = (c1 * (1 - t) + c2 * t) * 0.75
    L.set_im(Image.fromarray(arr.astype(np.uint8), "RGB").resize((w, h), Image.BICUBIC))
    fam = rng.pick(UI_FONTS)
    famb = bold_of(fam)
    ios = rng.chance(0.55)
    white = (255, 255, 255, 255)
    status_bar(L, s, white, clock(rng, region), ios)
    hh, mm = rng.ri(6, 22), rng.ri(0, 59)
    tm = f"{hh % 12 or 12}:{mm:02d}" if region in ("US", "CA", "AU", "IN") else f"{hh:02d}:{mm:02d}"
    wd = rng.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    mo = rng.ri(1, 12)
    dd = rng.ri(1, 28)
    date = f"{wd}, {D.MONTHS[mo - 1]} {dd}" if region == "US" else f"{wd} {dd} {D.MONTHS[mo - 1]}"
    L.text(w / 2, 92 * s, date, F(fam, 19 * s), white, anchor="mm")
    L.text(w / 2, 150 * s, tm, F(famb if not ios else "sans_l", 86 * s), white, anchor="mm")
    y = 240 * s
    f1, l1, full1 = p.friend(0)
    f2, l2, full2 = p.friend(1)
    notes = [
        ("WhatsApp", (37, 211, 102), [(full1, "PERSON")], [("im outside ", None), (p.addr["l1"], "ADDRESS")]),
        ("Messages", (52, 199, 89), [("Mum", None)], [("pick u up from ", None), (p.club, "ORG"), (" at 5", None)]),
        ("Snapchat", (255, 252, 0), [("Snapchat", None)], [(p.friend_handles[2], "HANDLE"), (" sent you a Snap", None)]),
        ("Instagram", (225, 48, 108), [("Instagram", None)], [(p.friend_handles[3], "HANDLE"), (" started following you", None)]),
        ("Calendar", (255, 59, 48), [(f"{f2}'s party", "PERSON:first")], [(p.addr["one"] if rng.chance(0.3) else p.addr["short"], "ADDRESS")]),
        ("Find My", (52, 199, 89), [(f"{p.first}'s iPhone", "PERSON:first")], [("Near ", None), (p.street + ", " + p.suburb, "LOCATION")]),
        ("Messages", (52, 199, 89), [(full2, "PERSON")], [("my new number ", None), (D.phone(rng, region)[0], "PHONE")]),
        ("School App", (0, 122, 255), [(p.school, "SCHOOL")], [(p.year, "AGE"), (" trip forms due Friday", None)]),
        ("Discord", (88, 101, 242), [(p.friend_handles[4], "HANDLE")], [("ur in ", None), (p.year, "AGE"), (" right?", None)]),
        ("Gmail", (234, 67, 53), [(p.teacher_str, "PERSON")], [("Re: homework for ", None), (p.first, "PERSON")]),
        ("Messages", (52, 199, 89), [("Dad", None)], [("training moved to ", None), (p.park, "LOCATION")]),
        ("Messages", (52, 199, 89), [(f2, "PERSON")], [("lol watch this ", None), (D.make_url(rng, p.friend_handles[5]), "URL")]),
        ("YouTube", (255, 0, 0), [("YouTube", None)], [("New comment on ", None), (D.make_url(rng, p.handle, "yt"), "URL")]),
    ]
    chosen = rng.some(notes, rng.ri(3, 4))
    tf = F(famb, 15 * s)
    bf = F(fam, 14.5 * s)
    for app, col, title, body in chosen:
        lines = wrap_parts(body, bf, w - 120 * s)[:2]
        nh = 54 * s + len(lines) * 19 * s
        if y + nh > h - 110 * s:
            break
        L.blend_rect((12 * s, y, w - 12 * s, y + nh), (245, 245, 245, 200))
        L.rect((24 * s, y + 14 * s, 58 * s, y + 48 * s), fill=rgba(col), radius=8 * s)
        L.text(70 * s, y + 12 * s, app.upper() if not ios else app, F(fam, 11.5 * s), (90, 90, 95, 255))
        L.text(w - 26 * s, y + 12 * s, rng.pick(["now", "2m ago", "9m ago", "1h ago"]), F(fam, 11.5 * s),
               (90, 90, 95, 255), anchor="ra")
        tparts = []
        for t, k in title:
            if k == "PERSON:first":
                nm = t.split("'")[0]
                tparts += [(nm, "PERSON"), (t[len(nm):], None)]
            else:
                tparts.append((t, k))
        L.runs(70 * s, y + 28 * s + tf.getmetrics()[0], tparts, tf, (20, 20, 20, 255))
        for i, ln in enumerate(lines):
            L.runs(70 * s, y + 48 * s + bf.getmetrics()[0] + i * 19 * s, ln, bf, (40, 40, 40, 255))
        y += nh + 8 * s
    L.ellipse((40 * s, h - 90 * s, 90 * s, h - 40 * s), fill=(0, 0, 0, 90))
    L.ellipse((w - 90 * s, h - 90 * s, w - 40 * s, h - 40 * s), fill=(0, 0, 0, 90))
    if ios:
        home_indicator(L, s, white)
    return L


def signup(ctx):
    rng, p, region = ctx.rng, ctx.p, ctx.region
    w, h = pick_phone(rng)
    s = w / 390.0
    dark = rng.chance(0.3)
    bg = (18, 18, 22) if dark else rng.pick([(255, 255, 255), (246, 247, 251), (250, 248, 244)])
    fg = (235, 235, 240) if dark else (25, 25, 30)
    acc = rng.pick([(88, 101, 242), (255, 85, 0), (0, 170, 110), (220, 40, 120), (30, 120, 255)])
    sub = (150, 150, 160) if dark else (110, 110, 120)
    L = Layer(w, h, rgba(bg))
    fam = rng.pick(UI_FONTS)
    famb = bold_of(fam)
    sb = status_bar(L, s, rgba(fg), clock(rng, region), rng.chance(0.5))
    app = rng.pick(["KidzChat", "StudyBuddy", "BlockVerse", "Pixel Kart", "ClassHub", "SnapQuiz", "MusicMate",
                    "FitKids", "DrawTogether"])
    y = sb + 16 * s
    L.rect((w / 2 - 28 * s, y, w / 2 + 28 * s, y + 56 * s), fill=rgba(acc), radius=14 * s)
    L.text(w / 2, y + 28 * s, app[:1], F(famb, 30 * s), (255, 255, 255, 255), anchor="mm")
    y += 70 * s
    L.text(w / 2, y, rng.pick(["Create your account", "Sign up", "Join " + app, "Let's get started!"]),
           F(famb, 22 * s), rgba(fg), anchor="ma")
    y += 44 * s
    fields = [("First name", p.first, "PERSON"), ("Last name", p.last, "PERSON"), ("Username", p.handle, "HANDLE"),
              ("Date of birth", p.dob_str, "DATE_OF_BIRTH"), ("Email", rng.pick([p.email, p.parent_email]), "EMAIL"),
              ("Phone number", p.phone, "PHONE"), ("School", p.school, "SCHOOL"),
              ({"US": "Grade", "CA": "Grade", "ZA": "Grade", "IN": "Class"}.get(region, "Year group"), p.year, "AGE"),
              ({"US": "ZIP code", "CA": "Postal code", "IN": "PIN code", "IE": "Eircode"}.get(region, "Postcode"),
               p.addr["postcode"], "ADDRESS"),
              ("Home address", p.addr["short"], "ADDRESS"), ("Profile link (optional)", p.url, "URL")]
    if rng.chance(0.5):
        fields = fields[:1] + [("Last name", p.last, "PERSON")] + fields[2:]
        fields[0] = ("Full name", p.full, "PERSON")
        fields.pop(1)
    keep = [fields[0]] + rng.some(fields[1:], rng.ri(5, 7))
    order = {f[0]: i for i, f in enumerate(fields)}
    keep.sort(key=lambda f: order[f[0]])
    lf = F(fam, 13 * s)
    vf = F(fam, 16 * s)
    boxbg = (34, 34, 40) if dark else (255, 255, 255)
    for lab, val, kind in keep:
        if y + 78 * s > h - 100 * s:
            break
        L.text(24 * s, y, lab, lf, rgba(sub))
        y += 20 * s
        L.rect((24 * s, y, w - 24 * s, y + 44 * s), fill=rgba(boxbg), outline=rgba(sub), width=max(1, int(s)),
               radius=10 * s)
        vfont = fit_font(fam, val, w - 70 * s, 16 * s)
        L.text(36 * s, y + 22 * s, val, vfont, rgba(fg), kind=kind, anchor="lm")
        y += 58 * s
    if y + 78 * s < h - 100 * s:
        L.text(24 * s, y, "Password", lf, rgba(sub))
        y += 20 * s
        L.rect((24 * s, y, w - 24 * s, y + 44 * s), fill=rgba(boxbg), outline=rgba(sub), width=max(1, int(s)),
               radius=10 * s)
        L.text(36 * s, y + 22 * s, "•" * rng.ri(8, 12), vf, rgba(fg), anchor="lm")
        y += 58 * s
    by = min(h - 90 * s, y + 10 * s)
    L.rect((24 * s, by, w - 24 * s, by + 50 * s), fill=rgba(acc), radius=25 * s)
    L.text(w / 2, by + 25 * s, "Create account", F(famb, 17 * s), (255, 255, 255, 255), anchor="mm")
    return L


# ---------------------------------------------------------------------------
# Clean screens
# ---------------------------------------------------------------------------
WIKI_TOPICS = [
    ("Great Barrier Reef", "The Great Barrier Reef is the world's largest coral reef system, composed of over 2,900 individual reefs and 900 islands stretching for over 2,300 kilometres off the coast of Queensland, Australia."),
    ("Solar System", "The Solar System is the gravitationally bound system of the Sun and the objects that orbit it. The largest of these objects are the eight planets, in order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune."),
    ("Tyrannosaurus", "Tyrannosaurus is a genus of large theropod dinosaur. It lived throughout what is now western North America, on what was then an island continent known as Laramidia."),
    ("Photosynthesis", "Photosynthesis is a biological process used by many cellular organisms to convert light energy into chemical energy, which is stored in organic compounds that can later be metabolised."),
    ("Mount Everest", "Mount Everest is Earth's highest mountain above sea level, located in the Mahalangur Himal sub-range of the Himalayas. The China-Nepal border runs across its summit point."),
    ("Ancient Egypt", "Ancient Egypt was a civilization of ancient Northeast Africa. It was concentrated along the lower reaches of the Nile River, situated in the place that is now the country Egypt."),
]


def public_website(ctx):
    rng = ctx.rng
    w, h = pick_phone(rng)
    s = w / 390.0
    L = Layer(w, h, (255, 255, 255, 255))
    fam = rng.pick(["lserif", "serif", "fserif"])
    ui = rng.pick(UI_FONTS)
    status_bar(L, s, (0, 0, 0, 255), clock(rng, ctx.region), True)
    L.rect((0, 47 * s, w, 100 * s), fill=(246, 246, 246, 255))
    L.rect((14 * s, 56 * s, w - 14 * s, 92 * s), fill=(255, 255, 255, 255), outline=(200, 200, 200, 255), radius=10 * s)
    title, body = rng.pick(WIKI_TOPICS)
    site = rng.pick(["en.m.wikipedia.org", "www.britannica.com", "kids.nationalgeographic.com", "www.bbc.co.uk/bitesize"])
    L.text(w / 2, 74 * s, site, F(ui, 14 * s), (40, 40, 40, 255), anchor="mm")
    y = 118 * s
    L.text(18 * s, y, title, F(fam, 28 * s), (0, 0, 0, 255))
    y += 44 * s
    L.line([(18 * s, y), (w - 18 * s, y)], (200, 200, 200, 255), max(1, int(s)))
    y += 14 * s
    bf = F(fam, 16 * s)
    for para in [body, body.split(",")[0] + " and is studied by scientists around the world.",
                 "It is one of the most popular topics for school projects. Visitors can learn more at museums and libraries."]:
        for ln in wrap_parts([(para, None)], bf, w - 36 * s):
            L.runs(18 * s, y + bf.getmetrics()[0], ln, bf, (32, 33, 34, 255))
            y += bf.size * 1.5
        y += 12 * s
    L.placeholder((18 * s, y, w - 18 * s, y + 180 * s), (225, 230, 236, 255), "IMAGE")
    y += 196 * s
    L.text(18 * s, y, "Contents", F(bold_of(ui), 17 * s), (0, 0, 0, 255))
    y += 30 * s
    for i, sec in enumerate(["History", "Geography", "Ecology", "See also", "References"]):
        if y > h - 40 * s:
            break
        L.text(30 * s, y, f"{i + 1}  {sec}", F(ui, 15 * s), (51, 102, 204, 255))
        y += 26 * s
    return L


CITIES = ["London", "Sydney", "Toronto", "Auckland", "Dublin", "Mumbai", "Cape Town", "New York", "Melbourne",
          "Vancouver", "Manchester", "Johannesburg", "Chicago", "Wellington", "Delhi", "Brisbane"]


def weather_app(ctx):
    rng = ctx.rng
    w, h = pick_phone(rng)
    s = w / 390.0
    L = Layer(w, h)
    gradient(L, (0, 0, w, h), rng.pick([(60, 120, 200), (30, 40, 80), (90, 150, 210), (120, 130, 150)]),
             rng.pick([(140, 190, 240), (70, 90, 140), (200, 220, 240)]))
    fam = rng.pick(UI_FONTS)
    white = (255, 255, 255, 255)
    status_bar(L, s, white, clock(rng, ctx.region), True)
    city = rng.pick(CITIES)
    t = rng.ri(-3, 34)
    L.text(w / 2, 110 * s, city, F(fam, 32 * s), white, anchor="mm")
    L.text(w / 2, 190 * s, f"{t}°", F("sans_l", 96 * s), white, anchor="mm")
    L.text(w / 2, 262 * s, rng.pick(["Mostly Sunny", "Light Rain", "Cloudy", "Showers", "Clear", "Windy"]), F(fam, 19 * s), white, anchor="mm")
    L.text(w / 2, 290 * s, f"H:{t + rng.ri(1, 6)}°  L:{t - rng.ri(2, 9)}°", F(fam, 17 * s), white, anchor="mm")
    y = 330 * s
    L.blend_rect((16 * s, y, w - 16 * s, y + 130 * s), (255, 255, 255, 50))
    for i in range(6):
        x = 16 * s + (i + 0.5) * (w - 32 * s) / 6
        L.text(x, y + 22 * s, "Now" if i == 0 else f"{(rng.ri(0, 23))}", F(fam, 14 * s), white, anchor="mm")
        L.ellipse((x - 10 * s, y + 50 * s, x + 10 * s, y + 70 * s), fill=(255, 210, 80, 255))
        L.text(x, y + 100 * s, f"{t + rng.ri(-3, 3)}°", F(bold_of(fam), 16 * s), white, anchor="mm")
    y += 150 * s
    L.blend_rect((16 * s, y, w - 16 * s, min(h - 30 * s, y + 360 * s)), (255, 255, 255, 50))
    L.text(30 * s, y + 12 * s, "10-DAY FORECAST", F(fam, 12 * s), (230, 230, 240, 255))
    y += 40 * s
    for d in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        if y > h - 60 * s:
            break
        L.text(30 * s, y, d, F(fam, 17 * s), white)
        L.text(w - 30 * s, y, f"{t - rng.ri(1, 6)}°   {t + rng.ri(0, 6)}°", F(fam, 17 * s), white, anchor="ra")
        y += 40 * s
    return L


def game_hud(ctx):
    rng = ctx.rng
    w, h = pick_phone(rng, landscape=True)
    s = h / 390.0
    L = Layer(w, h)
    n = smooth_noise(ctx.nr, w // 6, h // 6, 6)
    sky = np.array(rng.pick([(90, 140, 200), (40, 50, 80), (200, 150, 100)]), np.float32)
    gnd = np.array(rng.pick([(70, 120, 60), (120, 100, 70), (80, 80, 90)]), np.float32)
    yy = np.linspace(0, 1, h // 6)[:, None, None]
    arr = np.where(yy < 0.55, sky, gnd) * (1 + 0.12 * n[..., None])
    L.set_im(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").resize((w, h), Image.BICUBIC))
    fam = rng.pick(["sans_b", "lsans_b", "cond_b", "narrow_b"])
    white = (255, 255, 255, 255)
    # health and shield
    L.rect((20 * s, h - 60 * s, 240 * s, h - 40 * s), fill=(0, 0, 0, 150), radius=4 * s)
    L.rect((22 * s, h - 58 * s, 22 * s + 216 * s * rng.uni(0.2, 1), h - 42 * s), fill=(60, 220, 90, 255), radius=3 * s)
    L.text(250 * s, h - 50 * s, f"{rng.ri(10, 100)} HP", F(fam, 16 * s), white, anchor="lm", stroke=max(1, int(s)), stroke_fill=(0, 0, 0, 255))
    L.text(w - 30 * s, h - 50 * s, f"{rng.ri(0, 30)} / {rng.ri(30, 240)}", F(fam, 26 * s), white, anchor="rm",
           stroke=max(1, int(s)), stroke_fill=(0, 0, 0, 255))
    # minimap
    L.ellipse((w - 150 * s, 20 * s, w - 20 * s, 150 * s), fill=(20, 40, 30, 200), outline=white, width=int(2 * s))
    L.text(w - 85 * s, 165 * s, rng.pick(["Pleasant Park", "Crystal Caves", "Old Harbour", "Sky Tower", "Desert Base"]),
           F(fam, 13 * s), white, anchor="mm", stroke=1, stroke_fill=(0, 0, 0, 255))
    # quest
    L.text(20 * s, 20 * s, "QUEST", F(fam, 14 * s), (255, 210, 80, 255))
    L.text(20 * s, 40 * s, rng.pick(["Defeat the Stone Golem", "Collect 10 Star Shards", "Reach the Sky Tower",
                                     "Rescue the Village Elder", "Find the Lost Key"]), F(fam, 17 * s), white,
           stroke=1, stroke_fill=(0, 0, 0, 255))
    L.text(20 * s, 64 * s, f"{rng.ri(0, 9)}/10  ·  Reward: {rng.ri(50, 500)} XP", F(fam, 13 * s), white)
    # kill feed with NPC names
    y = 200 * s
    for _ in range(3):
        L.text(w - 20 * s, y, f"{rng.pick(['Goblin King', 'Skeleton Archer', 'Storm Drake', 'Bandit Chief', 'Slime'])} defeated",
               F(fam, 13 * s), white, anchor="ra", stroke=1, stroke_fill=(0, 0, 0, 255))
        y += 22 * s
    L.text(w / 2, 30 * s, f"{rng.ri(1, 99)} ALIVE   ·   {rng.ri(0, 12)} ELIMS   ·   STORM {rng.ri(0, 2)}:{rng.ri(0, 59):02d}",
           F(fam, 15 * s), white, anchor="mm", stroke=1, stroke_fill=(0, 0, 0, 255))
    L.line([(w / 2 - 14 * s, h / 2), (w / 2 + 14 * s, h / 2)], white, int(2 * s))
    L.line([(w / 2, h / 2 - 14 * s), (w / 2, h / 2 + 14 * s)], white, int(2 * s))
    return L


LEAGUES = {
    "Premier League": ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Aston Villa", "Tottenham Hotspur",
                       "Newcastle United", "Brighton", "West Ham United", "Fulham", "Brentford", "Everton"],
    "A-League Men": ["Melbourne City", "Sydney FC", "Central Coast Mariners", "Wellington Phoenix",
                     "Western Sydney Wanderers", "Adelaide United", "Perth Glory", "Brisbane Roar", "Macarthur FC",
                     "Newcastle Jets"],
    "NRL": ["Penrith Panthers", "Melbourne Storm", "Brisbane Broncos", "Sydney Roosters", "Cronulla Sharks",
            "North Queensland Cowboys", "New Zealand Warriors", "Canberra Raiders", "Parramatta Eels"],
    "Super Rugby Pacific": ["Crusaders", "Blues", "Chiefs", "Hurricanes", "Highlanders", "Brumbies", "Reds",
                            "Waratahs", "Fijian Drua", "Moana Pasifika"],
    "IPL": ["Chennai Super Kings", "Mumbai Indians", "Royal Challengers Bengaluru", "Kolkata Knight Riders",
            "Delhi Capitals", "Rajasthan Royals", "Sunrisers Hyderabad", "Punjab Kings", "Gujarat Titans",
            "Lucknow Super Giants"],
    "NHL": ["Toronto Maple Leafs", "Montreal Canadiens", "Edmonton Oilers", "Vancouver Canucks", "Boston Bruins",
            "New York Rangers", "Calgary Flames", "Ottawa Senators", "Winnipeg Jets", "Colorado Avalanche"],
    "League of Ireland": ["Shamrock Rovers", "Shelbourne", "Derry City", "St Patrick's Athletic", "Bohemians",
                          "Sligo Rovers", "Galway United", "Waterford", "Drogheda United", "Dundalk"],
    "URC": ["Leinster", "Munster", "Ulster", "Connacht", "Stormers", "Bulls", "Sharks", "Lions", "Glasgow Warriors",
            "Edinburgh"],
}


def league_table_screen(ctx):
    rng = ctx.rng
    w, h = pick_phone(rng)
    s = w / 390.0
    dark = rng.chance(0.5)
    bg = (16, 18, 24) if dark else (255, 255, 255)
    fg = (235, 235, 240) if dark else (20, 20, 25)
    sub = (140, 140, 150)
    L = Layer(w, h, rgba(bg))
    fam = rng.pick(UI_FONTS + ["narrow"])
    status_bar(L, s, rgba(fg), clock(rng, ctx.region), True)
    lg = rng.pick(list(LEAGUES))
    teams = rng.shuffled(LEAGUES[lg])
    L.text(18 * s, 60 * s, lg, F(bold_of(fam), 24 * s), rgba(fg))
    L.text(18 * s, 94 * s, f"Season {rng.ri(2023, 2025)}  ·  Table", F(fam, 14 * s), rgba(sub))
    y = 130 * s
    hdr = ["#", "Team", "P", "W", "D", "L", "Pts"]
    xs = [18, 44, 240, 272, 304, 336, 372]
    for x, t in zip(xs, hdr):
        L.text(x * s, y, t, F(bold_of(fam), 13 * s), rgba(sub), anchor="la" if t in ("#", "Team") else "ra")
    y += 26 * s
    pts = sorted([rng.ri(5, 80) for _ in teams], reverse=True)
    for i, (t, pt) in enumerate(zip(teams, pts)):
        if y > h - 40 * s:
            break
        pl = rng.ri(20, 30)
        wn = min(pl, pt // 3)
        dr = min(pl - wn, pt - 3 * wn)
        ls = pl - wn - dr
        tf = fit_font(fam, t, 185 * s, 15 * s)
        for x, v in zip(xs, [str(i + 1), t, str(pl), str(wn), str(dr), str(ls), str(pt)]):
            L.text(x * s, y, v, tf if v == t else F(fam, 14 * s), rgba(fg), anchor="la" if x in (18, 44) else "ra")
        y += 34 * s
        L.line([(18 * s, y - 8 * s), (w - 18 * s, y - 8 * s)], rgba(sub, 80), 1)
    return L
