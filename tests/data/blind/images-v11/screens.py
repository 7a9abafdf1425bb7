"""Phone screenshot scenes: crisp UI, drawn at final resolution."""
import math

from common import (Canvas, Surface, EMOJI, SANS, SANSB, avatar, emoji, font, gradient, pick, rint, runi,
                    status_bar, wrap_spans, line_width, case_mix)
import data as D
from data import Kid

SIZES = [(720, 1280), (1080, 1920), (1080, 2340), (1170, 2532), (540, 960), (828, 1792), (1080, 2400), (750, 1334)]
AV_COL = [(229, 115, 115), (100, 181, 246), (129, 199, 132), (255, 183, 77), (186, 104, 200), (77, 182, 172),
          (240, 98, 146), (121, 134, 203), (161, 136, 127), (255, 138, 101)]


def screen(rng, sizes=SIZES):
    w, h = pick(rng, sizes)
    return w, h, w / 390.0


# ------------------------------------------------------------------ message pools
def leak_msg(rng, k, kind):
    """Return list of spans for a chat message carrying one leak of `kind`."""
    if kind == "PHONE":
        p = k.phone
        return pick(rng, [[("my number is ", None), (p, "PHONE"), (" text me", None)],
                          [("call me on ", None), (p, "PHONE")], [("new phone!! ", None), (p, "PHONE")],
                          [("its ", None), (p, "PHONE"), (" thats my mums", None)], [(p, "PHONE"), (" add me", None)]])
    if kind == "ADDRESS":
        a = k.addr1 if rng.random() < 0.7 else f"{k.addr1}, {k.suburb}"
        return pick(rng, [[("im at ", None), (a, "ADDRESS"), (" come over", None)],
                          [("party is at ", None), (a, "ADDRESS"), (" bring swimmers", None)],
                          [("my address is ", None), (a, "ADDRESS")], [("we moved to ", None), (a, "ADDRESS"), ("!!", None)]])
    if kind == "SCHOOL":
        return pick(rng, [[("we go to ", None), (k.school, "SCHOOL"), (" too!!", None)],
                          [("r u at ", None), (k.school, "SCHOOL"), ("?", None)],
                          [("meet outside ", None), (k.school, "SCHOOL"), (" after", None)],
                          [("I just started at ", None), (k.school, "SCHOOL")]])
    if kind == "LOCATION":
        return pick(rng, [[("meet at ", None), (k.venue, "LOCATION"), (" at 4?", None)],
                          [("im in ", None), (k.suburb, "LOCATION"), (" rn", None)],
                          [("we live in ", None), (k.suburb, "LOCATION"), (" near the shops", None)],
                          [("at ", None), (k.venue, "LOCATION"), (" now come!", None)]])
    if kind == "HANDLE":
        return pick(rng, [[("add me on snap ", None), (k.handle, "HANDLE")], [("my tiktok is ", None), ("@" + k.handle, "HANDLE")],
                          [("my roblox is ", None), (k.handle2, "HANDLE")], [("follow ", None), ("@" + k.handle2, "HANDLE"), (" pls", None)]])
    if kind == "EMAIL":
        return pick(rng, [[("my mum's email is ", None), (k.email, "EMAIL")], [("send it to ", None), (k.email, "EMAIL")],
                          [("email me ", None), (k.email, "EMAIL")]])
    if kind == "AGE":
        a = rng.random()
        if a < 0.5:
            return [(pick(rng, ["i'm ", "im ", "I am "]), None), (f"{k.age}", "AGE"), (pick(rng, [" next week", " lol", " btw", "!!"]), None)]
        return [("we're both in ", None), (k.year, "AGE"), (" now", None)]
    if kind == "DATE_OF_BIRTH":
        return pick(rng, [[("my birthday is ", None), (k.dob, "DATE_OF_BIRTH")], [("born ", None), (k.dob, "DATE_OF_BIRTH"), (" 🎂", None)],
                          [("dob for the form: ", None), (k.dob, "DATE_OF_BIRTH")]])
    if kind == "ORG":
        return pick(rng, [[("join ", None), (k.org, "ORG"), (" with me on saturday", None)],
                          [("training at ", None), (k.org, "ORG"), (" tonight?", None)],
                          [("I got into ", None), (k.org, "ORG"), ("!!", None)]])
    if kind == "URL":
        u = pick(rng, [f"youtube.com/@{k.handle}", f"tiktok.com/@{k.handle}", f"instagram.com/{k.handle2}",
                       f"twitch.tv/{k.handle2}", f"linktr.ee/{k.handle}", f"discord.gg/{k.handle.replace('.', '').replace('_', '')[:8]}{rint(rng, 10, 99)}",
                       f"https://www.roblox.com/users/{rint(rng, 100000000, 999999999)}/profile"])
        return pick(rng, [[("sub to my channel ", None), (u, "URL")], [("watch this ", None), (u, "URL")], [(u, "URL")],
                          [("join our server ", None), (u, "URL")], [("my page ", None), (u, "URL"), (" pls follow", None)]])
    if kind == "PERSON":
        f = pick(rng, k.friends)
        return pick(rng, [[(f, "PERSON"), (" is coming too", None)], [("sit next to ", None), (f, "PERSON"), (" tmrw", None)],
                          [("ask ", None), (f, "PERSON"), (" for the hw", None)]])
    return [("ok", None)]


HARMLESS = ["lol", "did u do the maths hw", "omg 😂", "brb dinner", "whos coming tmrw", "thats so cool",
            "ok see u there", "wait what", "nooo", "can't wait!!", "is it raining there", "hahaha", "same",
            "did anyone see the new episode", "my cat just sat on my homework", "gtg", "yesss", "ty!!", "k",
            "what time is practice", "🔥🔥", "send the pic", "bruh", "I'm so bored", "ok ok", "who's got the notes"]


def strip_emoji(spans):
    out = [(t.replace(" 🎂", "").replace("🎂", "") if not k2 else t, k2) for t, k2 in spans]
    if out and not out[-1][1]:
        out[-1] = (out[-1][0].rstrip(), None)
    return [sp for sp in out if sp[0]]


def clean_spans(rng):
    t = pick(rng, HARMLESS).replace("😂", "").replace("🔥", "").strip() or "haha"
    return [(t, None)]


KIND_W = [("PHONE", 14), ("ADDRESS", 10), ("SCHOOL", 10), ("LOCATION", 12), ("HANDLE", 10), ("EMAIL", 7), ("AGE", 10),
          ("DATE_OF_BIRTH", 10), ("ORG", 10), ("URL", 13), ("PERSON", 1)]


def pick_kind(rng, weights=KIND_W):
    tot = sum(w for _, w in weights)
    r = rng.random() * tot
    for k, w in weights:
        r -= w
        if r < 0:
            return k
    return weights[-1][0]


# ------------------------------------------------------------------ chat
def chat(rng, style=None):
    w, h, sc = screen(rng)
    style = style or pick(rng, ["wa", "imsg", "insta", "discord", "wa", "sms"])
    k = Kid(rng)
    dark = style in ("discord",) or (style == "insta" and rng.random() < 0.5)
    bgc = {"wa": (236, 229, 221), "imsg": (255, 255, 255), "insta": (0, 0, 0) if dark else (255, 255, 255),
           "discord": (49, 51, 56), "sms": (250, 250, 250)}[style]
    s = Surface(w, h, bgc + (255,))
    if style == "wa":
        for i in range(int(60 * rng.random()) + 30):  # wallpaper doodles
            x, y = rng.random() * w, rng.random() * h
            s.d.ellipse((x, y, x + 8 * sc, y + 8 * sc), outline=(222, 214, 204), width=max(1, int(sc)))
    fg = (235, 235, 235) if dark else (20, 20, 20)
    hdr_col = {"wa": (7, 94, 84), "imsg": (246, 246, 246), "insta": bgc, "discord": (43, 45, 49), "sms": (240, 240, 245)}[style]
    sbh = status_bar(s, rng, sc, dark=style in ("wa",) or dark, bg=hdr_col)
    hh = int(60 * sc)
    s.d.rectangle((0, sbh, w, sbh + hh), fill=hdr_col)
    group = style in ("wa", "discord") and rng.random() < 0.75
    htxt_col = (255, 255, 255) if style == "wa" or dark else (20, 20, 20)
    fh = font(pick(rng, SANSB), 17 * sc)
    members = [(f, None) for f in k.friends[:4]]
    if group:
        gname = pick(rng, [[(k.year, "AGE"), (" squad", None)], [(k.org, "ORG")], [(k.school, "SCHOOL"), (" kids", None)],
                           [("the besties", None)], [("Minecraft crew", None)], [(k.suburb, "LOCATION"), (" skaters", None)]])
        if style == "discord":
            s.text(int(20 * sc), sbh + hh // 2, "# ", fh, (150, 150, 160), anchor="lm")
            s.spans(int(40 * sc), sbh + hh // 2, [(t.lower().replace(" ", "-"), kd) for t, kd in gname], fh, htxt_col, anchor="lm")
        else:
            avatar(s.d, int(40 * sc), sbh + hh // 2, int(18 * sc), gname[0][0][:1].upper(), pick(rng, AV_COL), font("dvb", 14 * sc))
            s.spans(int(66 * sc), sbh + hh // 2 - 8 * sc, gname, fh, htxt_col, anchor="lm")
            s.text(int(66 * sc), sbh + hh // 2 + 11 * sc, "tap here for group info", font("dv", 11 * sc), htxt_col, anchor="lm")
    else:
        other = pick(rng, k.friends)
        nm = other if rng.random() < 0.6 else other.split()[0]
        if style in ("imsg", "sms"):
            avatar(s.d, w // 2, sbh + 22 * sc, int(18 * sc), "".join(x[0] for x in nm.split())[:2], pick(rng, AV_COL), font("dvb", 13 * sc))
            s.text(w // 2, sbh + 50 * sc, nm, font("dv", 12 * sc), htxt_col, kind="PERSON", anchor="mm")
        else:
            avatar(s.d, int(40 * sc), sbh + hh // 2, int(18 * sc), nm[0], pick(rng, AV_COL), font("dvb", 14 * sc))
            s.text(int(66 * sc), sbh + hh // 2, nm, fh, htxt_col, kind="PERSON", anchor="lm")
    # input bar
    ib = h - int(56 * sc)
    s.d.rectangle((0, ib, w, h), fill=hdr_col if style != "wa" else (240, 240, 240))
    s.d.rounded_rectangle((12 * sc, ib + 10 * sc, w - 60 * sc, ib + 44 * sc), radius=17 * sc,
                          fill=(64, 66, 72) if dark else (255, 255, 255), outline=(200, 200, 200) if not dark else None)
    s.text(int(26 * sc), ib + 27 * sc, pick(rng, ["Message", "iMessage", "Type a message", "Message #general"]),
           font("dv", 13 * sc), (150, 150, 150), anchor="lm")
    s.d.ellipse((w - 50 * sc, ib + 9 * sc, w - 14 * sc, ib + 45 * sc), fill=(0, 168, 132) if style == "wa" else (0, 122, 255))
    # messages
    y = sbh + hh + 14 * sc
    fm = font(pick(rng, SANS), pick(rng, [14, 15, 16]) * sc)
    fname = font(pick(rng, SANSB), 12 * sc)
    fts = font("dv", 9.5 * sc)
    nleak = rint(rng, 3, 8)
    kinds = [pick_kind(rng) for _ in range(nleak)]
    seq = []
    for kd in kinds:
        for _ in range(rint(rng, 0, 2)):
            seq.append(None)
        seq.append(kd)
    hr, mi = rint(rng, 7, 21), rint(rng, 0, 40)
    if rng.random() < 0.5:
        s.d.rounded_rectangle((w / 2 - 40 * sc, y, w / 2 + 40 * sc, y + 20 * sc), radius=6 * sc,
                              fill=(225, 242, 251) if not dark else (60, 60, 60))
        s.text(w / 2, y + 10 * sc, pick(rng, ["TODAY", "Yesterday", "Saturday", "Today"]), font("dv", 10 * sc),
               (90, 90, 90) if not dark else (200, 200, 200), anchor="mm")
        y += 30 * sc
    maxw = w * 0.68
    prev_sender = None
    sender_cols = [pick(rng, AV_COL) for _ in range(6)]
    for kd in seq:
        me = rng.random() < 0.45
        spans = leak_msg(rng, k, kd) if kd else clean_spans(rng)
        if kd and kd not in ("PERSON",) and not me and rng.random() < 0.2:
            me = True
        spans = strip_emoji(spans)
        need = sum(1 for sp in spans if sp[1]) + (1 if (group and not me) else 0) + (1 if style == "discord" else 0)
        if not s.room(need):
            spans = clean_spans(rng)
            me = True
        lines = wrap_spans(spans, fm, maxw - 24 * sc)
        lh = fm.size * 1.3
        bw = max(line_width(l, fm) for l in lines) + 24 * sc
        show_name = group and not me and style != "discord"
        bh = len(lines) * lh + 26 * sc + (16 * sc if show_name else 0)
        if style == "discord":
            bh = len(lines) * lh + 30 * sc
        if y + bh > ib - 8 * sc:
            break
        mi += rint(rng, 0, 3)
        ts = f"{hr}:{mi % 60:02d}" if style != "imsg" else ""
        if style == "discord":
            who = k.handle if me else k.friends[rint(rng, 0, 2)].split()[0].lower() + "_" + k.yy
            avatar(s.d, 28 * sc, y + 18 * sc, int(16 * sc), who[0].upper(), pick(rng, AV_COL), font("dvb", 12 * sc))
            if not s.room(1):
                break
            s.text(52 * sc, y + 4 * sc, who, fname, (240, 240, 240), kind="HANDLE")
            s.text(52 * sc + fname.getlength(who) + 8 * sc, y + 6 * sc, f"Today at {ts}", fts, (150, 150, 160))
            ty = y + 22 * sc
            for ln in lines:
                s.spans(52 * sc, ty, ln, fm, (220, 221, 222))
                ty += lh
            y += bh + 4 * sc
            continue
        if me:
            bc = {"wa": (220, 248, 198), "imsg": (0, 122, 255), "insta": (120, 60, 240), "sms": (52, 199, 89)}[style]
            tc = (20, 20, 20) if style == "wa" else (255, 255, 255)
            x0 = w - 12 * sc - bw
        else:
            bc = {"wa": (255, 255, 255), "imsg": (233, 233, 235), "insta": (38, 38, 38) if dark else (239, 239, 239),
                  "sms": (229, 229, 234)}[style]
            tc = (235, 235, 235) if dark else (20, 20, 20)
            x0 = 12 * sc
        if show_name:
            nm = pick(rng, k.friends[:3])
            nm = nm if rng.random() < 0.5 else nm.split()[0]
            if nm == prev_sender:
                show_name = False
                bh -= 16 * sc
            else:
                bw = max(bw, fname.getlength(nm) + 24 * sc)
            prev_sender = nm
        s.d.rounded_rectangle((x0, y, x0 + bw, y + bh), radius=14 * sc, fill=bc)
        ty = y + 8 * sc
        if show_name:
            s.text(x0 + 12 * sc, ty, nm, fname, pick(rng, sender_cols), kind="PERSON")
            ty += 16 * sc
        for ln in lines:
            s.spans(x0 + 12 * sc, ty, ln, fm, tc)
            ty += lh
        if ts:
            s.text(x0 + bw - 8 * sc, y + bh - 5 * sc, ts + (" ✓✓" if me and style == "wa" else ""), fts,
                   (120, 150, 120) if style == "wa" else (160, 160, 160), anchor="rb")
        if rng.random() < 0.2:
            emoji(s.d, x0 + bw + (-bw - 14 * sc if me else 14 * sc), y + bh / 2, 9 * sc, pick(rng, EMOJI))
        y += bh + 8 * sc
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ profile
def profile(rng):
    w, h, sc = screen(rng)
    k = Kid(rng)
    dark = rng.random() < 0.35
    bg = (0, 0, 0) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (15, 15, 15)
    s = Surface(w, h, bg + (255,))
    sb = status_bar(s, rng, sc, dark=dark)
    top = sb + 44 * sc
    s.text(w / 2, sb + 22 * sc, k.handle, font(pick(rng, SANSB), 16 * sc), fg, kind="HANDLE", anchor="mm")
    ban = rng.random() < 0.5
    if ban:
        g = gradient(w, int(110 * sc), pick(rng, AV_COL), pick(rng, AV_COL), vertical=False)
        s.img.paste(g, (0, int(top)))
        top += 60 * sc
    avatar(s.d, 60 * sc, top + 45 * sc, int(40 * sc), k.initials, pick(rng, AV_COL), font("dvb", 26 * sc))
    s.d.ellipse((60 * sc - 42 * sc, top + 3 * sc, 60 * sc + 42 * sc, top + 87 * sc), outline=(220, 40, 120), width=int(3 * sc))
    for i, (n, lab) in enumerate([(rint(rng, 3, 90), "posts"), (rint(rng, 40, 2400), "followers"), (rint(rng, 40, 900), "following")]):
        x = 160 * sc + i * 78 * sc
        s.text(x, top + 35 * sc, f"{n:,}", font("dvb", 16 * sc), fg, anchor="mm")
        s.text(x, top + 56 * sc, lab, font("dv", 11 * sc), fg, anchor="mm")
    y = top + 100 * sc
    fb = font(pick(rng, SANS), 13.5 * sc)
    nm = k.name if rng.random() < 0.7 else f"{k.first} {k.last[0]}."
    s.text(16 * sc, y, nm, font(pick(rng, SANSB), 14 * sc), fg, kind="PERSON")
    y += 22 * sc
    bio = []
    opts = [[(f"{k.age}", "AGE"), (" | ", None), (k.year, "AGE")], [(k.school, "SCHOOL"), (" 🏫", None)],
            [("📍 ", None), (f"{k.suburb}", "LOCATION"), (f", {k.city}" if k.city != k.suburb else "", None)],
            [("🎂 ", None), (k.dob, "DATE_OF_BIRTH")], [(k.org, "ORG"), (" ⚽", None)],
            [("snap: ", None), (k.handle2, "HANDLE")], [("biz: ", None), (k.email, "EMAIL")],
            [("love drawing + cats", None)], [("✨ be kind ✨", None)]]
    idx = rng.permutation(len(opts))[:rint(rng, 4, 6)]
    for i in sorted(idx):
        spans = [(t.replace("🏫", "").replace("⚽", "").replace("🎂 ", "").replace("📍 ", "").replace("✨", "*"), kd) for t, kd in opts[i]]
        spans = [(t, kd) for t, kd in spans if t]
        if not spans or not s.room(sum(1 for sp in spans if sp[1]) + 1):
            continue
        s.spans(16 * sc, y, spans, fb, fg)
        y += 19 * sc
    if rng.random() < 0.85 and s.room(1):
        u = pick(rng, [f"youtube.com/@{k.handle}", f"linktr.ee/{k.handle}", f"tiktok.com/@{k.handle}"])
        s.text(16 * sc, y, u, fb, (0, 149, 246) if not dark else (224, 241, 255), kind="URL")
        y += 22 * sc
        if rng.random() < 0.5 and s.room(1):
            u2 = pick(rng, [f"twitch.tv/{k.handle2}", f"instagram.com/{k.handle2}", f"discord.gg/{k.handle2.replace('.', '').replace('_', '')[:7]}{rint(rng, 10, 99)}"])
            s.text(16 * sc, y, u2, fb, (0, 149, 246) if not dark else (224, 241, 255), kind="URL")
            y += 22 * sc
    y += 10 * sc
    s.d.rounded_rectangle((16 * sc, y, w / 2 - 6 * sc, y + 30 * sc), radius=8 * sc, fill=(0, 149, 246))
    s.text(w / 4 + 5 * sc, y + 15 * sc, "Follow", font("dvb", 13 * sc), (255, 255, 255), anchor="mm")
    s.d.rounded_rectangle((w / 2 + 6 * sc, y, w - 16 * sc, y + 30 * sc), radius=8 * sc, fill=(38, 38, 38) if dark else (239, 239, 239))
    s.text(w * 3 / 4 - 5 * sc, y + 15 * sc, "Message", font("dvb", 13 * sc), fg, anchor="mm")
    y += 46 * sc
    cell = w / 3
    qr_done = False
    while y < h - 60 * sc:
        for i in range(3):
            col = tuple(int(c * runi(rng, 0.6, 1.1)) % 256 for c in pick(rng, AV_COL))
            s.d.rectangle((i * cell + 1, y, (i + 1) * cell - 1, y + cell - 2), fill=col)
            if rng.random() < 0.3:
                emoji(s.d, i * cell + cell / 2, y + cell / 2, cell * 0.18, pick(rng, EMOJI))
        y += cell
    if rng.random() < 0.5 and s.room(1):
        # a "scan to add me" card over the grid
        qs = int(min(w * 0.5, 230 * sc))
        cx0, cy0 = int(w / 2 - qs / 2 - 20 * sc), int(h * 0.55)
        s.d.rounded_rectangle((cx0, cy0, cx0 + qs + 40 * sc, cy0 + qs + 80 * sc), radius=18 * sc, fill=(255, 252, 0))
        pl = pick(rng, [(f"https://www.snapchat.com/add/{k.handle}", k.handle), (f"https://t.me/{k.handle2}", k.handle2)])
        mod = max(3, int(qs / 45))
        s.qr(cx0 + 20 * sc, cy0 + 20 * sc, pl[0], mod, leak=("HANDLE", pl[1]), border=2)
        s.text(cx0 + qs / 2 + 20 * sc, cy0 + qs + 60 * sc, "Scan to add me", font("dvb", 14 * sc), (0, 0, 0), anchor="mm")
    # bottom nav
    s.d.rectangle((0, h - 50 * sc, w, h), fill=bg)
    for i in range(5):
        x = w * (i + 0.5) / 5
        s.d.rounded_rectangle((x - 10 * sc, h - 35 * sc, x + 10 * sc, h - 15 * sc), radius=4 * sc, outline=fg, width=int(2 * sc))
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ game lobby / friends
def game_lobby(rng, clean=False):
    w, h, sc = screen(rng)
    land = rng.random() < 0.6
    if land:
        w, h = h, w
        sc = h / 390.0
    k = Kid(rng)
    s = Surface(w, h, gradient(w, h, pick(rng, [(20, 24, 48), (30, 10, 40), (10, 40, 40)]), pick(rng, [(60, 20, 80), (10, 10, 20), (20, 60, 90)])))
    acc = pick(rng, [(255, 200, 0), (0, 230, 255), (120, 255, 120), (255, 80, 160)])
    ft = font(pick(rng, ["dvb", "lsb", "fsb", "dvcb"]), 22 * sc)
    title = pick(rng, ["LOBBY", "SQUAD", "PARTY", "MATCHMAKING", "WAITING FOR PLAYERS"])
    s.text(20 * sc, 16 * sc, title, ft, acc)
    srv = pick(rng, ["EU-West 3", "NA-East", "Oceania 2", "Asia-South 1", "Public Server #12", "Survival Realm"])
    s.text(w - 20 * sc, 22 * sc, f"Server: {srv}   Ping {rint(rng, 18, 140)}ms", font("dvm", 11 * sc), (200, 200, 210), anchor="ra")
    fr = font(pick(rng, ["dvb", "lsb", "fsb", "dvcb", "dvmb", "lmb"]), 14 * sc)
    fs = font("dv", 10 * sc)
    rows = rint(rng, 4, 8)
    y = 60 * sc
    colw = w * (0.55 if land else 0.9)
    players = []
    for i in range(rows):
        if clean:
            tag = pick(rng, ["Player 1", "Player 2", "Guest", "CPU (Easy)", "CPU (Hard)", "Bot_Alpha", "Bot_Bravo", "Open Slot"]) if i else "You"
            kd = None
        else:
            if i == 0:
                tag = k.handle
            else:
                kk = Kid(rng)
                tag = kk.handle
            kd = "HANDLE"
            if not s.room(3):
                tag, kd = pick(rng, ["Open Slot", "Guest", "Waiting..."]), None
        rowh = 34 * sc
        s.d.rounded_rectangle((20 * sc, y, 20 * sc + colw, y + rowh), radius=6 * sc, fill=(255, 255, 255, 30) if False else (40, 44, 70))
        s.d.rectangle((20 * sc, y, 26 * sc, y + rowh), fill=acc if i == 0 else (90, 90, 120))
        s.text(36 * sc, y + rowh / 2, tag, fr, (240, 240, 240), kind=kd, anchor="lm")
        s.text(20 * sc + colw - 12 * sc, y + rowh / 2, f"LVL {rint(rng, 1, 120)}", fs, acc, anchor="rm")
        y += rowh + 6 * sc
        players.append(tag)
    # friend code + chat panel
    px = 20 * sc + colw + 20 * sc if land else 20 * sc
    py = 60 * sc if land else y + 10 * sc
    pw = w - px - 20 * sc
    s.d.rounded_rectangle((px, py, px + pw, min(h - 10 * sc, py + 260 * sc)), radius=8 * sc, fill=(15, 15, 25))
    cy = py + 10 * sc
    if not clean and rng.random() < 0.7 and s.room(1):
        code = pick(rng, [f"SW-{D.digits(rng, 4)}-{D.digits(rng, 4)}-{D.digits(rng, 4)}", f"{k.handle}#{D.digits(rng, 4)}",
                          f"FC {D.digits(rng, 4)} {D.digits(rng, 4)} {D.digits(rng, 4)}"])
        s.text(px + 10 * sc, cy, "Friend code:", fs, (180, 180, 190))
        s.text(px + 10 * sc + fs.getlength("Friend code: "), cy - 1 * sc, code, font("dvmb", 11 * sc), acc, kind="HANDLE")
        cy += 22 * sc
    if not clean and rng.random() < 0.5 and s.room(2):
        s.spans(px + 10 * sc, cy, [("Host YT: ", None), (f"youtube.com/@{k.handle}", "URL")], fs, (180, 180, 190))
        cy += 20 * sc
    if clean:
        s.text(px + 10 * sc, cy, f"Mode: {pick(rng, ['Capture the Flag', 'Battle Royale', 'Creative', 'Duos'])}  Map: {pick(rng, ['Canyon', 'Frostbite', 'Neon City', 'Island'])}", fs, (180, 180, 190))
        cy += 22 * sc
    s.text(px + 10 * sc, cy, "CHAT", font("dvb", 11 * sc), (150, 150, 170))
    cy += 18 * sc
    fc = font(pick(rng, ["dv", "dvm", "ls", "fs"]), 11 * sc)
    nmsg = rint(rng, 2, 5)
    for j in range(nmsg):
        if cy > min(h - 30 * sc, py + 240 * sc):
            break
        who = players[rint(rng, 0, len(players) - 1)]
        if not clean and not s.room(2):
            break
        if clean:
            spans = [(pick(rng, ["gg", "ready?", "lag again", "wp", "go go go", "need healing", "nice shot", "rematch?"]), None)]
        else:
            kd = pick(rng, ["AGE", "LOCATION", "SCHOOL", None, "URL", "LOCATION", "PHONE", "EMAIL"])
            if kd == "AGE":
                spans = [("im ", None), (str(k.age), "AGE"), (pick(rng, [" wbu", " lol", ""]), None)]
            elif kd == "LOCATION":
                spans = [("from ", None), (k.suburb, "LOCATION"), (" anyone near?", None)]
            elif kd == "SCHOOL":
                spans = [("anyone go ", None), (k.school, "SCHOOL"), ("?", None)]
            elif kd == "URL":
                spans = [("sub ", None), (f"youtube.com/@{k.handle}", "URL")]
            elif kd == "EMAIL":
                spans = [("email me ", None), (k.email, "EMAIL")]
            elif kd == "PHONE":
                spans = [("text ", None), (k.phone, "PHONE")]
            else:
                spans = [(pick(rng, ["gg", "ready?", "lag", "start pls"]), None)]
        s.spans(px + 10 * sc, cy, [(who, None if clean or who in ("Open Slot", "Guest", "Waiting...") else "HANDLE"), (":", None)], fc, acc)
        xx = px + 14 * sc + fc.getlength(who + ": ")
        lines = wrap_spans(spans, fc, max(40 * sc, px + pw - 10 * sc - xx))
        s.spans(xx, cy, lines[0], fc, (230, 230, 230))
        cy += 18 * sc
    s.d.rounded_rectangle((w - 180 * sc, h - 50 * sc, w - 20 * sc, h - 14 * sc), radius=8 * sc, fill=acc)
    s.text(w - 100 * sc, h - 32 * sc, pick(rng, ["READY", "START", "PLAY"]), font("dvb", 16 * sc), (0, 0, 0), anchor="mm")
    if clean:
        s.text(20 * sc, h - 32 * sc, f"Season {rint(rng, 2, 9)}  •  XP {rint(rng, 1000, 99999):,}  •  Rank {pick(rng, ['Gold II', 'Diamond', 'Silver I', 'Platinum III'])}",
               font("dv", 11 * sc), (220, 220, 220), anchor="lm")
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


def friend_list(rng):
    w, h, sc = screen(rng)
    dark = rng.random() < 0.6
    bg = (24, 25, 28) if dark else (245, 246, 248)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    s = Surface(w, h, bg + (255,))
    sb = status_bar(s, rng, sc, dark=dark)
    s.text(20 * sc, sb + 14 * sc, pick(rng, ["Friends", "FRIENDS", "Friend List", "Contacts"]), font("dvb", 22 * sc), fg)
    y = sb + 60 * sc
    s.d.rounded_rectangle((16 * sc, y, w - 16 * sc, y + 34 * sc), radius=10 * sc, fill=(50, 52, 58) if dark else (230, 230, 234))
    s.text(30 * sc, y + 17 * sc, "Search friends", font("dv", 12 * sc), (140, 140, 150), anchor="lm")
    y += 50 * sc
    n = 0
    status = ["Online", "Playing Minecraft", "In a party", "Away", "Offline", "Playing Roblox", "Last seen 2h ago"]
    while y < h - 80 * sc and n < 9:
        kk = Kid(rng)
        show_real = rng.random() < 0.3
        if not s.room(2 if show_real else 1):
            break
        avatar(s.d, 38 * sc, y + 22 * sc, int(20 * sc), kk.initials, pick(rng, AV_COL), font("dvb", 13 * sc))
        st = pick(rng, status)
        s.d.ellipse((50 * sc, y + 34 * sc, 60 * sc, y + 44 * sc), fill=(60, 200, 90) if st != "Offline" else (120, 120, 120))
        s.text(72 * sc, y + 6 * sc, kk.handle, font(pick(rng, SANSB), 14 * sc), fg, kind="HANDLE")
        sub = f"{kk.name} • {st}" if show_real else st
        if show_real:
            s.spans(72 * sc, y + 26 * sc, [(kk.name, "PERSON"), (f" • {st}", None)], font("dv", 11 * sc), (150, 150, 160))
        elif rng.random() < 0.25 and s.room(2):
            s.spans(72 * sc, y + 26 * sc, [(f"youtube.com/@{kk.handle}", "URL")], font("dv", 11 * sc), (150, 150, 160))
        else:
            s.text(72 * sc, y + 26 * sc, sub, font("dv", 11 * sc), (150, 150, 160))
        y += 56 * sc
        n += 1
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ video call
def video_call(rng):
    w, h, sc = screen(rng)
    land = rng.random() < 0.5
    if land:
        w, h = h, w
        sc = h / 390.0
    k = Kid(rng)
    s = Surface(w, h, (32, 33, 36, 255))
    title = pick(rng, [[(k.year, "AGE"), (" – ", None), (k.teacher, "PERSON"), ("'s class", None)],
                       [(k.school, "SCHOOL"), (" ", None), (k.year, "AGE"), (" catch-up", None)],
                       [(k.school, "SCHOOL"), (" – Morning Meeting", None)], [(k.org, "ORG"), (" weekly catch-up", None)],
                       [(k.org, "ORG"), (" – ", None), (k.venue, "LOCATION"), (" update", None)]])
    s.spans(16 * sc, 12 * sc, title, font("dvb", 13 * sc), (230, 230, 230))
    n = min(rint(rng, 3, 6), 8 - s.nleaks())
    cols = 3 if (land or n > 6) else 2
    rows = math.ceil(n / cols)
    top, bot = 40 * sc, h - 70 * sc
    tw, th = (w - 16 * sc * (cols + 1)) / cols, (bot - top - 10 * sc * (rows + 1)) / rows
    for i in range(n):
        r, cc = divmod(i, cols)
        x0, y0 = 16 * sc + cc * (tw + 16 * sc), top + 10 * sc + r * (th + 10 * sc)
        base = pick(rng, [(60, 64, 67), (70, 90, 110), (90, 80, 70), (50, 70, 60)])
        s.img.paste(gradient(int(tw), int(th), base, tuple(max(0, c - 30) for c in base)), (int(x0), int(y0)))
        nm = k.name if i == 0 else pick(rng, k.friends)
        if i == n - 1 and rng.random() < 0.5:
            nm = k.teacher
        ini = "".join(p[0] for p in nm.split()[-2:]).upper()
        avatar(s.d, x0 + tw / 2, y0 + th / 2, int(min(tw, th) * 0.2), ini, pick(rng, AV_COL), font("dvb", min(tw, th) * 0.12))
        lab = nm if (rng.random() < 0.7 or nm == k.teacher) else nm.split()[0]
        fl = font("dv", 11 * sc)
        lw = fl.getlength(lab)
        s.d.rounded_rectangle((x0 + 6 * sc, y0 + th - 26 * sc, x0 + 18 * sc + lw, y0 + th - 6 * sc), radius=4 * sc, fill=(0, 0, 0))
        s.text(x0 + 12 * sc, y0 + th - 16 * sc, lab, fl, (255, 255, 255), kind="PERSON", anchor="lm")
        if rng.random() < 0.3:
            s.d.ellipse((x0 + tw - 26 * sc, y0 + 6 * sc, x0 + tw - 6 * sc, y0 + 26 * sc), fill=(234, 67, 53))
    for i in range(5):
        x = w * 0.62 + (i - 2) * 50 * sc
        s.d.ellipse((x - 20 * sc, h - 55 * sc, x + 20 * sc, h - 15 * sc), fill=(234, 67, 53) if i == 4 else (60, 64, 67))
    if rng.random() < 0.6 and s.room(1):
        al = "abcdefghijkmnopqrstuvwxyz"
        code = "".join(al[rint(rng, 0, 24)] for _ in range(3)) + "-" + "".join(al[rint(rng, 0, 24)] for _ in range(4)) + "-" + "".join(al[rint(rng, 0, 24)] for _ in range(3))
        s.spans(16 * sc, h - 35 * sc, [(f"{rint(rng, 8, 16)}:{rint(rng, 0, 59):02d} | ", None), (f"meet.google.com/{code}", "URL")],
                font("dv", 11 * sc), (200, 200, 200), anchor="lm")
    else:
        s.text(16 * sc, h - 35 * sc, f"{rint(rng, 8, 16)}:{rint(rng, 0, 59):02d} | {D.digits(rng, 3)}-{D.digits(rng, 4)}-{D.digits(rng, 3)}",
               font("dv", 11 * sc), (200, 200, 200), anchor="lm")
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ lock screen
def lock_screen(rng):
    w, h, sc = screen(rng)
    k = Kid(rng)
    s = Surface(w, h, gradient(w, h, pick(rng, AV_COL), pick(rng, [(20, 20, 60), (60, 20, 40), (10, 50, 60)])))
    for i in range(12):
        x, y, r = rng.random() * w, rng.random() * h, runi(rng, 20, 120) * sc
        s.d.ellipse((x - r, y - r, x + r, y + r), fill=None, outline=(255, 255, 255), width=1)
    status_bar(s, rng, sc, dark=True, time_str=" ")
    hr, mi = rint(rng, 6, 22), rint(rng, 0, 59)
    s.text(w / 2, 110 * sc, f"{hr}:{mi:02d}", font(pick(rng, ["dvl", "dv", "ls", "fs"]), 72 * sc), (255, 255, 255), anchor="mm")
    s.text(w / 2, 55 * sc, pick(rng, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) +
           f", {rint(rng, 1, 28)} {pick(rng, D.MONTHS)}", font("dv", 15 * sc), (255, 255, 255), anchor="mm")
    y = 180 * sc
    apps = ["Messages", "WhatsApp", "Snapchat", "Instagram", "Discord", "School App", "Calendar", "TikTok"]
    n = rint(rng, 4, 7)
    for i in range(n):
        app = pick(rng, apps)
        kd = pick_kind(rng)
        sender = k.parent if rng.random() < 0.3 else pick(rng, k.friends)
        if rng.random() < 0.4:
            sender = sender.split()[0]
        sk = "PERSON" if app not in ("Calendar", "School App") else None
        if app == "Calendar":
            sender = "Reminder"
            spans = pick(rng, [[("Swimming @ ", None), (k.venue, "LOCATION"), (" 4:30pm", None)],
                               [(k.org, "ORG"), (" – practice 5pm", None)], [("Dentist 3:15pm", None)],
                               [(k.first, "PERSON"), ("'s birthday ", None), (k.dob, "DATE_OF_BIRTH")]])
        elif app == "School App":
            sender = k.school
            sk = "SCHOOL"
            spans = [(f"Reminder: {k.year} ", None), ("trip permission due Friday", None)] if rng.random() < 0.5 else [("Lunch balance low", None)]
        elif app == "Snapchat" and rng.random() < 0.5:
            sender = "Snapchat"
            sk = None
            spans = [(k.handle2, "HANDLE"), (" added you as a friend!", None)]
        else:
            spans = leak_msg(rng, k, kd)
            spans = strip_emoji(spans)
        fb = font(pick(rng, SANS), 13 * sc)
        lines = wrap_spans(spans, fb, w - 80 * sc)[:2]
        if not s.room(sum(1 for ln in lines for sp in ln if sp[1]) + (1 if sk else 0)):
            break
        bh = 64 * sc + len(lines) * 18 * sc
        if y + bh > h - 90 * sc:
            break
        s.d.rounded_rectangle((16 * sc, y, w - 16 * sc, y + bh), radius=16 * sc, fill=(235, 235, 240))
        s.d.rounded_rectangle((28 * sc, y + 12 * sc, 48 * sc, y + 32 * sc), radius=5 * sc, fill=pick(rng, AV_COL))
        s.text(56 * sc, y + 22 * sc, app.upper() if rng.random() < 0.5 else app, font("dv", 11 * sc), (90, 90, 90), anchor="lm")
        s.text(w - 30 * sc, y + 22 * sc, pick(rng, ["now", "2m ago", "14m ago", "1h ago"]), font("dv", 11 * sc), (110, 110, 110), anchor="rm")
        s.text(28 * sc, y + 38 * sc, sender, font(pick(rng, SANSB), 13.5 * sc), (10, 10, 10), kind=sk)
        ty = y + 56 * sc
        for ln in lines:
            s.spans(28 * sc, ty, ln, fb, (30, 30, 30))
            ty += 18 * sc
        y += bh + 10 * sc
    s.d.rounded_rectangle((w / 2 - 60 * sc, h - 14 * sc, w / 2 + 60 * sc, h - 9 * sc), radius=3 * sc, fill=(255, 255, 255))
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ maps
def maps_app(rng):
    w, h, sc = screen(rng)
    k = Kid(rng)
    s = Surface(w, h, (236, 234, 228, 255))
    # blocks and streets
    for i in range(40):
        x, y = rng.random() * w, rng.random() * h
        bw, bh = runi(rng, 40, 160) * sc, runi(rng, 40, 160) * sc
        s.d.rectangle((x, y, x + bw, y + bh), fill=pick(rng, [(226, 224, 218), (200, 228, 196), (245, 243, 238)]))
    for i in range(7):
        x = rng.random() * w
        s.d.line((x, 0, x + runi(rng, -200, 200) * sc, h), fill=(255, 255, 255), width=int(runi(rng, 6, 14) * sc))
        y = rng.random() * h
        s.d.line((0, y, w, y + runi(rng, -200, 200) * sc), fill=(255, 255, 255), width=int(runi(rng, 6, 14) * sc))
    s.d.line((0, h * runi(rng, .3, .7), w, h * runi(rng, .3, .7)), fill=(255, 214, 102), width=int(12 * sc))
    fsn = font("dvo", 10 * sc)
    st_names = D.GEO[k.c]["streets"]
    for i in range(4):
        s.text_rot(runi(rng, .15, .85) * w, runi(rng, .2, .6) * h, pick(rng, st_names), fsn, (120, 120, 120), runi(rng, -40, 40))
    status_bar(s, rng, sc, bg=(255, 255, 255))
    s.d.rounded_rectangle((14 * sc, 34 * sc, w - 14 * sc, 78 * sc), radius=22 * sc, fill=(255, 255, 255), outline=(210, 210, 210))
    s.text(44 * sc, 56 * sc, "Search here", font("dv", 14 * sc), (110, 110, 110), anchor="lm")
    # pins
    pins = [("Home", "PERSON_HOME"), (k.school, "SCHOOL"), (k.venue, "LOCATION")]
    ys = [h * 0.32, h * 0.45, h * 0.55]
    for i, (lab, kd) in enumerate(pins[:rint(rng, 1, 3)]):
        px, py = runi(rng, .12, .4) * w, ys[i]
        col = (234, 67, 53) if i == 0 else (66, 133, 244)
        s.d.ellipse((px - 12 * sc, py - 30 * sc, px + 12 * sc, py - 6 * sc), fill=col)
        s.d.polygon([(px - 9 * sc, py - 14 * sc), (px + 9 * sc, py - 14 * sc), (px, py)], fill=col)
        s.d.ellipse((px - 4 * sc, py - 22 * sc, px + 4 * sc, py - 14 * sc), fill=(255, 255, 255))
        fl = font("dvb", 12 * sc)
        if kd == "PERSON_HOME":
            lab2 = pick(rng, [f"{k.first}'s house", "Home", f"Home – {k.addr1}"])
            if lab2 == "Home":
                s.text(px + 16 * sc, py - 18 * sc, lab2, fl, (200, 40, 30), stroke=int(2 * sc), stroke_fill=(255, 255, 255), anchor="lm")
            elif lab2.startswith("Home"):
                s.spans(px + 16 * sc, py - 18 * sc, [("Home – ", None), (k.addr1, "ADDRESS")], fl, (200, 40, 30), anchor="lm")
            else:
                s.spans(px + 16 * sc, py - 18 * sc, [(k.first, "PERSON"), ("'s house", None)], fl, (200, 40, 30), anchor="lm")
        else:
            s.text(px + 16 * sc, py - 18 * sc, lab, fl, (25, 103, 210), kind=kd, anchor="lm")
    # bottom sheet
    bh = 200 * sc
    y0 = h - bh
    s.d.rounded_rectangle((0, y0, w, h + 20 * sc), radius=18 * sc, fill=(255, 255, 255))
    s.d.rounded_rectangle((w / 2 - 20 * sc, y0 + 8 * sc, w / 2 + 20 * sc, y0 + 12 * sc), radius=2 * sc, fill=(200, 200, 200))
    s.text(20 * sc, y0 + 24 * sc, pick(rng, ["Home", "Dropped pin", "Saved: Home", f"{k.first}'s location"]).split("'")[0]
           if False else "Home", font("dvb", 20 * sc), (20, 20, 20))
    s.text(20 * sc, y0 + 56 * sc, k.addr1, font("dv", 13 * sc), (80, 80, 80), kind="ADDRESS")
    s.text(20 * sc, y0 + 76 * sc, k.addr2, font("dv", 13 * sc), (80, 80, 80), kind="ADDRESS")
    if rng.random() < 0.5:
        s.spans(20 * sc, y0 + 98 * sc, [("Shared with ", None), (pick(rng, k.friends), "PERSON"), (" · live", None)],
                font("dv", 12 * sc), (25, 103, 210))
    for i, lab in enumerate(["Directions", "Start", "Share"]):
        x = 20 * sc + i * 110 * sc
        s.d.rounded_rectangle((x, y0 + 124 * sc, x + 100 * sc, y0 + 156 * sc), radius=16 * sc,
                              fill=(26, 115, 232) if i == 0 else (232, 240, 254))
        s.text(x + 50 * sc, y0 + 140 * sc, lab, font("dvb", 12 * sc), (255, 255, 255) if i == 0 else (26, 115, 232), anchor="mm")
    if rng.random() < 0.7:
        lat = {"US": 39.98, "UK": 53.82, "IE": 51.89, "CA": 45.31, "AU": -37.77, "NZ": -36.88, "IN": 12.97, "ZA": -33.96}[k.c]
        lon = {"US": -83.01, "UK": -1.58, "IE": -8.59, "CA": -75.91, "AU": 144.96, "NZ": 174.72, "IN": 77.64, "ZA": 18.47}[k.c]
        coords = f"{lat + runi(rng, -.05, .05):.5f},{lon + runi(rng, -.05, .05):.5f}"
        qs = int(110 * sc)
        mod = max(3, int(qs / 33))
        s.d.rounded_rectangle((w - qs - 40 * sc, y0 - qs - 40 * sc, w - 10 * sc, y0 - 6 * sc), radius=10 * sc, fill=(255, 255, 255))
        s.qr(w - qs - 30 * sc, y0 - qs - 30 * sc, f"geo:{coords}", mod, leak=("LOCATION", coords), border=2)
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ------------------------------------------------------------------ sign-up form (app)
def signup_app(rng):
    w, h, sc = screen(rng)
    k = Kid(rng)
    s = Surface(w, h, (255, 255, 255, 255))
    status_bar(s, rng, sc)
    acc = pick(rng, AV_COL)
    s.text(24 * sc, 50 * sc, pick(rng, ["Create account", "Sign up", "Join the club!", "Register"]), font("dvb", 24 * sc), (20, 20, 20))
    s.text(24 * sc, 84 * sc, pick(rng, ["It only takes a minute", "Tell us about you", "Step 1 of 2"]), font("dv", 13 * sc), (120, 120, 120))
    fields = [("First name", k.first, "PERSON"), ("Last name", k.last, "PERSON"), ("Date of birth", k.dob, "DATE_OF_BIRTH"),
              ("Email", k.email, "EMAIL"), ("Mobile", k.phone, "PHONE"), ("School", k.school, "SCHOOL"),
              ("Username", k.handle, "HANDLE"), ("Postcode / town", k.suburb, "LOCATION")]
    idx = sorted(rng.permutation(len(fields))[:rint(rng, 4, 7)])
    y = 120 * sc
    fv = font(pick(rng, SANS), 15 * sc)
    for i in idx:
        lab, val, kd = fields[i]
        if y > h - 120 * sc:
            break
        s.text(24 * sc, y, lab, font("dv", 11 * sc), (110, 110, 110))
        s.d.rounded_rectangle((24 * sc, y + 16 * sc, w - 24 * sc, y + 56 * sc), radius=8 * sc, outline=(200, 200, 200), width=max(1, int(sc)))
        s.text(36 * sc, y + 36 * sc, val, fv, (20, 20, 20), kind=kd, anchor="lm")
        y += 72 * sc
    if rng.random() < 0.45 and y < h - 250 * sc and s.room(1):
        qs = 130 * sc
        mod = max(3, int(qs / 37))
        s.text(24 * sc, y + 4 * sc, "Parent approval – scan on parent's phone", font("dv", 11 * sc), (110, 110, 110))
        s.qr(24 * sc, y + 22 * sc, f"mailto:{k.email}?subject=Approve%20account", mod, leak=("EMAIL", k.email), border=2)
    s.d.rounded_rectangle((24 * sc, h - 90 * sc, w - 24 * sc, h - 46 * sc), radius=22 * sc, fill=acc)
    s.text(w / 2, h - 68 * sc, "Continue", font("dvb", 15 * sc), (255, 255, 255), anchor="mm")
    c = Canvas(s.img)
    c.paste_flat(s)
    return c


# ================================================================== clean screens
def league_table(rng):
    w, h, sc = screen(rng)
    dark = rng.random() < 0.5
    bg = (18, 18, 22) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (20, 20, 20)
    s = Surface(w, h, bg + (255,))
    status_bar(s, rng, sc, dark=dark)
    nba = rng.random() < 0.4
    teams = list(D.NBA if nba else D.PRO_TEAMS)
    order = rng.permutation(len(teams))
    s.text(16 * sc, 40 * sc, "Standings" if nba else pick(rng, ["Premier League", "League Table", "Table"]), font("dvb", 22 * sc), fg)
    s.text(16 * sc, 72 * sc, f"Season 2026/27 · Matchweek {rint(rng, 5, 30)}", font("dv", 12 * sc), (140, 140, 140))
    y = 100 * sc
    cols = ["P", "W", "L", "Pts"] if nba else ["P", "W", "D", "L", "GD", "Pts"]
    f = font(pick(rng, SANS), 13 * sc)
    for j, cname in enumerate(cols):
        s.text(w - 16 * sc - (len(cols) - 1 - j) * 36 * sc, y, cname, font("dvb", 11 * sc), (140, 140, 140), anchor="ra")
    y += 24 * sc
    pts = sorted([rint(rng, 5, 70) for _ in teams], reverse=True)
    for i, ti in enumerate(order):
        if y > h - 30 * sc:
            break
        s.text(16 * sc, y, str(i + 1), f, (140, 140, 140))
        s.d.ellipse((40 * sc, y, 56 * sc, y + 16 * sc), fill=pick(rng, AV_COL))
        s.text(64 * sc, y, teams[ti], f, fg)
        p = rint(rng, 10, 30)
        vals = [p, rint(rng, 3, p), rint(rng, 0, 8), pts[i]] if nba else [p, rint(rng, 2, p), rint(rng, 0, 8), rint(rng, 0, 10), rint(rng, -20, 30), pts[i]]
        for j, v in enumerate(vals):
            s.text(w - 16 * sc - (len(cols) - 1 - j) * 36 * sc, y, str(v), f, fg, anchor="ra")
        y += 30 * sc
        s.d.line((16 * sc, y - 7 * sc, w - 16 * sc, y - 7 * sc), fill=(60, 60, 60) if dark else (230, 230, 230))
    return Canvas(s.img)


def weather(rng):
    w, h, sc = screen(rng)
    s = Surface(w, h, gradient(w, h, pick(rng, [(70, 130, 200), (40, 60, 120), (250, 160, 90)]), pick(rng, [(150, 200, 240), (20, 20, 60), (120, 90, 160)])))
    status_bar(s, rng, sc, dark=True)
    city = pick(rng, D.CITIES)
    t = rint(rng, -5, 34)
    s.text(w / 2, 90 * sc, city, font("dv", 30 * sc), (255, 255, 255), anchor="mm")
    s.text(w / 2, 170 * sc, f"{t}°", font("dvl", 90 * sc), (255, 255, 255), anchor="mm")
    s.text(w / 2, 240 * sc, pick(rng, ["Mostly Sunny", "Cloudy", "Light Rain", "Clear", "Showers", "Partly Cloudy"]), font("dv", 17 * sc), (255, 255, 255), anchor="mm")
    s.text(w / 2, 266 * sc, f"H:{t + rint(rng, 1, 6)}°  L:{t - rint(rng, 2, 9)}°", font("dv", 15 * sc), (255, 255, 255), anchor="mm")
    y = 310 * sc
    s.d.rounded_rectangle((16 * sc, y, w - 16 * sc, y + 120 * sc), radius=16 * sc, fill=(255, 255, 255, 255) if False else (90, 120, 170))
    for i in range(6):
        x = 16 * sc + (i + 0.5) * (w - 32 * sc) / 6
        s.text(x, y + 20 * sc, "Now" if i == 0 else f"{(rint(rng, 0, 23))}", font("dv", 12 * sc), (255, 255, 255), anchor="mm")
        emoji(s.d, x, y + 60 * sc, 10 * sc, "star" if rng.random() < .5 else "smile")
        s.text(x, y + 98 * sc, f"{t + rint(rng, -3, 3)}°", font("dvb", 14 * sc), (255, 255, 255), anchor="mm")
    y += 140 * sc
    for dname in ["Today", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        if y > h - 40 * sc:
            break
        s.text(30 * sc, y, dname, font("dv", 15 * sc), (255, 255, 255))
        s.text(w - 30 * sc, y, f"{t - rint(rng, 2, 8)}°   {t + rint(rng, 0, 6)}°", font("dv", 15 * sc), (255, 255, 255), anchor="ra")
        y += 38 * sc
    return Canvas(s.img)


def game_hud(rng):
    if rng.random() < 0.4:
        return game_lobby(rng, clean=True)
    w, h, sc = screen(rng)
    w, h = h, w
    sc = h / 390.0
    s = Surface(w, h, gradient(w, h, pick(rng, [(40, 120, 200), (200, 120, 60), (30, 30, 30)]), pick(rng, [(40, 160, 60), (120, 60, 30), (80, 80, 100)])))
    for i in range(25):
        x, y = rng.random() * w, h * 0.5 + rng.random() * h * 0.5
        s.d.rectangle((x, y, x + runi(rng, 20, 120) * sc, y + runi(rng, 20, 120) * sc), fill=pick(rng, [(90, 70, 50), (60, 120, 60), (120, 120, 130)]))
    acc = pick(rng, [(255, 230, 0), (255, 255, 255), (0, 255, 200)])
    f = font(pick(rng, ["dvb", "lsb", "dvmb", "fsb"]), 18 * sc)
    s.text(20 * sc, 14 * sc, f"SCORE {rint(rng, 100, 999999):,}", f, acc, stroke=int(2 * sc), stroke_fill=(0, 0, 0))
    s.text(w / 2, 14 * sc, f"LEVEL {rint(rng, 1, 60)}", f, (255, 255, 255), anchor="ma", stroke=int(2 * sc), stroke_fill=(0, 0, 0))
    s.text(w - 20 * sc, 14 * sc, f"{rint(rng, 0, 9)}:{rint(rng, 0, 59):02d}", f, (255, 255, 255), anchor="ra", stroke=int(2 * sc), stroke_fill=(0, 0, 0))
    s.text(20 * sc, 44 * sc, pick(rng, ["Wave 12/20", "Lap 2/3", "Kills: 7", "Coins x 248", "Gems 35"]), font("dvb", 13 * sc), (255, 255, 255))
    s.d.rectangle((20 * sc, h - 40 * sc, 220 * sc, h - 24 * sc), outline=(255, 255, 255), width=int(2 * sc))
    s.d.rectangle((22 * sc, h - 38 * sc, 22 * sc + 196 * sc * runi(rng, .2, 1), h - 26 * sc), fill=(230, 50, 50))
    s.text(20 * sc, h - 60 * sc, "HP", font("dvb", 12 * sc), (255, 255, 255))
    s.text(w - 20 * sc, h - 30 * sc, f"{pick(rng, ['EU-West 3', 'Public Server #4', 'NA Official', 'Oceania Lobby 2'])}  |  {rint(rng, 20, 64)}/64 players",
           font("dvm", 11 * sc), (255, 255, 255), anchor="rm")
    return Canvas(s.img)


def transit_app(rng):
    w, h, sc = screen(rng)
    s = Surface(w, h, (255, 255, 255, 255))
    status_bar(s, rng, sc)
    city = pick(rng, ["Central Station", "Airport", "City Centre", "Harbour", "University", "Museum Quarter", "Stadium"])
    s.text(16 * sc, 44 * sc, "Departures", font("dvb", 24 * sc), (20, 20, 20))
    s.text(16 * sc, 78 * sc, pick(rng, ["Union Square", "Market St", "Queen St", "George St", "King's Cross", "Connolly"]), font("dv", 14 * sc), (100, 100, 100))
    y = 110 * sc
    while y < h - 60 * sc:
        col = pick(rng, AV_COL)
        s.d.rounded_rectangle((16 * sc, y, 64 * sc, y + 30 * sc), radius=6 * sc, fill=col)
        s.text(40 * sc, y + 15 * sc, str(rint(rng, 1, 199)) + pick(rng, ["", "", "X", "A"]), font("dvb", 14 * sc), (255, 255, 255), anchor="mm")
        s.text(76 * sc, y + 4 * sc, f"to {pick(rng, [city, 'Airport', 'Westgate', 'Harbourfront', 'North Terminal', 'Riverside Park'])}", font("dv", 15 * sc), (20, 20, 20))
        s.text(w - 16 * sc, y + 6 * sc, pick(rng, ["Due", "2 min", "5 min", "11 min", "14:52", "15:07"]), font("dvb", 15 * sc), (20, 130, 60), anchor="ra")
        s.text(76 * sc, y + 26 * sc, f"Platform {rint(rng, 1, 12)} · On time", font("dv", 11 * sc), (120, 120, 120))
        y += 58 * sc
    return Canvas(s.img)


def music_player(rng):
    w, h, sc = screen(rng)
    artist, album = pick(rng, D.MUSICIANS)
    c1 = pick(rng, AV_COL)
    s = Surface(w, h, gradient(w, h, c1, (18, 18, 18)))
    status_bar(s, rng, sc, dark=True)
    s.text(w / 2, 50 * sc, "PLAYING FROM ALBUM", font("dv", 10 * sc), (220, 220, 220), anchor="mm")
    s.text(w / 2, 66 * sc, album, font("dvb", 12 * sc), (255, 255, 255), anchor="mm")
    a = int(w - 60 * sc)
    s.img.paste(gradient(a, a, pick(rng, AV_COL), pick(rng, AV_COL), vertical=False), (int(30 * sc), int(100 * sc)))
    y = 100 * sc + a + 30 * sc
    s.text(30 * sc, y, pick(rng, ["Track 3", "Intro", "Side A", "Bonus Track"]) if rng.random() < 0.3 else album, font("dvb", 22 * sc), (255, 255, 255))
    s.text(30 * sc, y + 34 * sc, artist, font("dv", 15 * sc), (200, 200, 200))
    s.d.line((30 * sc, y + 80 * sc, w - 30 * sc, y + 80 * sc), fill=(120, 120, 120), width=int(3 * sc))
    s.d.line((30 * sc, y + 80 * sc, 30 * sc + (w - 60 * sc) * runi(rng, .1, .9), y + 80 * sc), fill=(255, 255, 255), width=int(3 * sc))
    s.text(30 * sc, y + 92 * sc, f"{rint(rng, 0, 2)}:{rint(rng, 0, 59):02d}", font("dv", 10 * sc), (200, 200, 200))
    s.d.ellipse((w / 2 - 30 * sc, y + 120 * sc, w / 2 + 30 * sc, y + 180 * sc), fill=(255, 255, 255))
    return Canvas(s.img)


def quote_app(rng):
    w, h, sc = screen(rng)
    q, a = pick(rng, D.QUOTES)
    s = Surface(w, h, gradient(w, h, pick(rng, AV_COL), pick(rng, AV_COL)))
    status_bar(s, rng, sc, dark=True)
    s.text(w / 2, 60 * sc, pick(rng, ["Quote of the Day", "Daily Inspiration", "Today's quote"]), font("dvb", 16 * sc), (255, 255, 255), anchor="mm")
    f = font(pick(rng, ["dvsi", "fri", "lri", "dvs", "fr"]), 24 * sc)
    lines = wrap_spans([(q, None)], f, w - 60 * sc)
    y = h * 0.35
    for ln in lines:
        s.spans(w / 2, y, ln, f, (255, 255, 255), anchor="ma")
        y += 34 * sc
    s.text(w / 2, y + 20 * sc, "— " + a, font("dv", 16 * sc), (255, 255, 255), anchor="ma")
    s.text(w / 2, h - 60 * sc, f"♥ {rint(rng, 100, 9999):,}   Share", font("dv", 14 * sc), (255, 255, 255), anchor="mm")
    return Canvas(s.img)
