"""Phone / console screenshots: chats, game profiles, friend lists, lobbies, lock screens, sign-up forms."""
import numpy as np
from PIL import Image

import data as D
from core import F, Surface, layout_rich, draw_rich, rfont

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
            (1125, 2436), (1170, 2532)]
LANDSCAPE = [(960, 540), (1280, 720), (1334, 750), (1920, 1080), (2340, 1080), (2532, 1170)]

AV_COLS = [(229, 115, 115), (186, 104, 200), (121, 134, 203), (79, 195, 247), (77, 182, 172), (174, 213, 129),
           (255, 183, 77), (161, 136, 127), (144, 164, 174), (240, 98, 146), (100, 181, 246), (255, 138, 101)]


def initials(name):
    parts = [p for p in name.replace("_", " ").replace(".", " ").split() if p[:1].isalpha()]
    if not parts:
        return name[:1].upper()
    return (parts[0][0] + (parts[1][0] if len(parts) > 1 else "")).upper()


def phone_size(rng, landscape=False):
    W, H = D.pick(rng, LANDSCAPE if landscape else PORTRAIT)
    return W, H


def status_bar(sf, u, fg, rng, y=0):
    t = "%d:%02d" % (rng.randrange(6, 23) % 12 + 1, rng.randrange(60))
    f = F("bold", 15 * u, 1)
    sf.text((24 * u, y + 14 * u), t, f, fg)
    x = sf.w - 30 * u
    sf.rect((x, y + 17 * u, x + 22 * u, y + 28 * u), outline=fg, width=max(1, int(u)), radius=int(3 * u))
    sf.rect((x + 2 * u, y + 19 * u, x + (4 + rng.randrange(14)) * u, y + 26 * u), fill=fg)
    for i in range(4):
        h = (4 + 3 * i) * u
        sf.rect((x - 50 * u + i * 5 * u, y + 28 * u - h, x - 47 * u + i * 5 * u, y + 28 * u), fill=fg)


# ------------------------------------------------------------------ chat content
FILLER = ["lol", "omg same", "did u finish the maths hw?", "brb dinner", "no way!!", "what time?", "ok cool",
          "haha", "see u tmrw", "can u come?", "mum said yes!!", "bring ur switch", "which bus r u getting",
          "lmao", "k", "gtg", "thats so sus", "wait what", "nice", "yesss", "what did u get for q5",
          "ill ask my mum", "its so boring", "hahaha no", "did u see the new update", "same", "ok",
          "who else is coming?", "omg the test was sooo hard", "are u on later?", "send pics", "ur so funny",
          "cant, got piano", "my mum is making me clean my room", "true", "wait for me at the gate",
          "did u watch it yet", "dont tell anyone", "i forgot my lunch again", "lets play after dinner"]


def leak_msgs(rng, kid, me_is_kid=True):
    """Message templates, each a list of (text, kind) segments."""
    k = kid
    f1 = D.pick(rng, k.friends_full)
    T = [
        lambda: [("my number is ", None), (k.phone.local, "PHONE")],
        lambda: [("text me on ", None), (k.phone.local, "PHONE"), (" after 4", None)],
        lambda: [("mums number is ", None), (k.parent_phone.local, "PHONE"), (" if u need a lift", None)],
        lambda: [("im at ", None), (k.school, "SCHOOL"), (" now", None)],
        lambda: [("we're both in ", None), (k.year, "AGE"), (" at ", None), (k.school, "SCHOOL")],
        lambda: [("party at mine sat! ", None), (k.street, "ADDRESS"), (", ", None), (k.place.suburb, "LOCATION")],
        lambda: [("add me on snap: ", None), (k.handle, "HANDLE")],
        lambda: [("my insta is ", None), ("@" + k.handle2, "HANDLE")],
        lambda: [("i'm ", None), ("%d years old" % k.age, "AGE"), (" not 12 lol", None)],
        lambda: [("my bday is ", None), (k.dob, "DATE_OF_BIRTH"), (" dont forget", None)],
        lambda: [("send it to my mums email ", None), (k.parent_email, "EMAIL")],
        lambda: [("my email is ", None), (k.email, "EMAIL")],
        lambda: [("training at ", None), (k.club, "ORG"), (" tmrw 5pm", None)],
        lambda: [("sub to my channel ", None), (k.url, "URL")],
        lambda: [("drop it at ", None), (k.addr_one, "ADDRESS"), (" pls", None)],
        lambda: [("watch my new vid ", None), (k.url, "URL")],
        lambda: [("follow me ", None), (D.personal_url(rng, k.handle2), "URL")],
        lambda: [(k.school, "SCHOOL"), (" is so strict omg", None)],
        lambda: [("new girl at ", None), (k.school, "SCHOOL"), (" is nice", None)],
        lambda: [("my house is ", None), (k.street, "ADDRESS"), (" the blue one", None)],
        lambda: [("meet at ", None), (k.place.suburb, "LOCATION"), (" library after school?", None)],
        lambda: [("my address is ", None), (k.addr_one, "ADDRESS")],
        lambda: [("my mum works at ", None), (k.work, "ORG")],
        lambda: [("ur in ", None), (k.teacher, "PERSON"), ("'s class right?", None)],
        lambda: [("my discord is ", None), (k.handle + "#" + D.digits(rng, 4) if rng.random() < 0.4 else k.handle, "HANDLE")],
        lambda: [("its ", None), (k.full, "PERSON"), (" btw, new phone", None)],
        lambda: [("come to ", None), (k.street, "ADDRESS"), (" at 2", None)],
        lambda: [("turning ", None), (str(k.age + 1), "AGE"), (" on the ", None), (k.bday_short, "DATE_OF_BIRTH"), ("!!", None)],
    ]
    return T


def chat_script(rng, kid, n_leaks, n_fill, n_people=2):
    T = leak_msgs(rng, kid)
    idx = list(range(len(T)))
    rng.shuffle(idx)
    leaks = [T[i]() for i in idx[:n_leaks]]
    fills = [[(D.pick(rng, FILLER), None)] for _ in range(n_fill)]
    msgs = []
    li = fi = 0
    total = n_leaks + n_fill
    for i in range(total):
        # spread leaks through the thread, first one early
        want_leak = li < len(leaks) and (i == 1 or rng.random() < n_leaks / total * 1.3 or
                                         (total - i) <= (len(leaks) - li))
        if want_leak:
            segs = leaks[li]; li += 1
        elif fi < len(fills):
            segs = fills[fi]; fi += 1
        else:
            segs = leaks[li]; li += 1
        msgs.append((rng.randrange(n_people), segs))
    return msgs


CHAT_THEMES = {
    ("whatsapp", False): dict(bg=(236, 229, 221), head=(0, 128, 105), head_fg=(255, 255, 255), out=(220, 248, 198),
                              inn=(255, 255, 255), fg=(17, 27, 33), sub=(102, 119, 129), name_cols=True),
    ("whatsapp", True): dict(bg=(11, 20, 26), head=(31, 44, 52), head_fg=(233, 237, 239), out=(0, 92, 75),
                             inn=(31, 44, 52), fg=(233, 237, 239), sub=(134, 150, 160), name_cols=True),
    ("imessage", False): dict(bg=(255, 255, 255), head=(246, 246, 246), head_fg=(0, 0, 0), out=(0, 122, 255),
                              inn=(233, 233, 235), fg=(0, 0, 0), out_fg=(255, 255, 255), sub=(142, 142, 147)),
    ("imessage", True): dict(bg=(0, 0, 0), head=(28, 28, 30), head_fg=(255, 255, 255), out=(10, 132, 255),
                             inn=(38, 38, 41), fg=(255, 255, 255), out_fg=(255, 255, 255), sub=(142, 142, 147)),
    ("instagram", False): dict(bg=(255, 255, 255), head=(255, 255, 255), head_fg=(0, 0, 0), out=(120, 70, 235),
                               inn=(239, 239, 239), fg=(0, 0, 0), out_fg=(255, 255, 255), sub=(115, 115, 115)),
    ("instagram", True): dict(bg=(0, 0, 0), head=(0, 0, 0), head_fg=(245, 245, 245), out=(110, 60, 225),
                              inn=(38, 38, 38), fg=(245, 245, 245), out_fg=(255, 255, 255), sub=(168, 168, 168)),
    ("sms", False): dict(bg=(255, 255, 255), head=(255, 255, 255), head_fg=(32, 33, 36), out=(211, 227, 253),
                         inn=(232, 234, 237), fg=(32, 33, 36), sub=(95, 99, 104)),
    ("sms", True): dict(bg=(18, 18, 18), head=(18, 18, 18), head_fg=(232, 234, 237), out=(0, 74, 119),
                        inn=(48, 48, 48), fg=(232, 234, 237), sub=(154, 160, 166)),
}


def scene_chat(rng, ctx, app):
    dark = rng.random() < 0.45
    th = CHAT_THEMES[(app, dark)]
    W, H = phone_size(rng)
    u = W / 390.0
    kid = D.Kid(rng, ctx["region"])
    sf = Surface(W, H, th["bg"])
    fi = rng.randrange(5)
    fbody = F("sans", rng.uniform(15, 17.5) * u, fi)
    fname = F("bold", 13 * u, fi)
    fhead = F("bold", 17 * u, fi)
    fsmall = F("sans", 11 * u, fi)
    group = app == "whatsapp" and rng.random() < 0.3
    # header
    hh = 100 * u
    sf.rect((0, 0, W, hh), fill=th["head"])
    status_bar(sf, u, th["head_fg"], rng)
    other = D.pick(rng, kid.friends_full) if rng.random() < 0.5 else D.pick(rng, kid.friends)
    members = [D.pick(rng, D.FIRST) + (" " + D.pick(rng, D.LAST) if rng.random() < 0.4 else "") for _ in range(4)]
    if app == "imessage":
        sf.avatar(W / 2, 62 * u, 17 * u, initials(other), (160, 160, 168), F("bold", 13 * u, fi))
        sf.text((W / 2, 82 * u), other, F("sans", 12 * u, fi), th["head_fg"], leak="PERSON", anchor="ma")
    elif app == "instagram":
        sf.avatar(60 * u, 70 * u, 16 * u, initials(other), D.pick(rng, AV_COLS), F("bold", 12 * u, fi))
        sf.text((86 * u, 56 * u), other, fhead, th["head_fg"], leak="PERSON")
        sf.text((86 * u, 76 * u), kid.handle2 if rng.random() < 0.7 else D.handle(rng, other.split()[0], "x"),
                fsmall, th["sub"], leak="HANDLE")
    elif app == "discord":
        pass
    else:
        title = other
        kind = "PERSON"
        if group:
            title = D.pick(rng, ["%s squad", "%s besties", "%s bus crew", "%s gang"]) % kid.year
            kind = "AGE"
            title_parts = [(title.split(kid.year)[0], None), (kid.year, "AGE"), (title.split(kid.year)[1], None)]
        sf.text((26 * u, 58 * u), "<", fhead, th["head_fg"])
        sf.avatar(66 * u, 70 * u, 17 * u, initials(other if not group else "G P"), D.pick(rng, AV_COLS), F("bold", 12 * u, fi))
        if group:
            sf.runs((94 * u, 56 * u), title_parts, fhead, th["head_fg"])
            segs = []
            for m in members[:3]:
                segs += [(m.split()[0], "PERSON"), (", ", None)]
            sf.runs((94 * u, 78 * u), segs + [("You", None)], fsmall, th["head_fg"])
        else:
            sf.text((94 * u, 56 * u), title, fhead, th["head_fg"], leak=kind)
            sf.text((94 * u, 78 * u), D.pick(rng, ["online", "last seen today at 16:02", "typing...", "Mobile"]),
                    fsmall, th["head_fg"])
    # messages
    n_leak = rng.randrange(3, 6)
    msgs = chat_script(rng, kid, n_leak, rng.randrange(4, 8), 2)
    y = hh + 14 * u
    ybot = H - 64 * u
    maxw = 250 * u
    lh = fbody.size * 1.28
    for who, segs in msgs:
        out = who == 0
        lines, widths = layout_rich(segs, fbody, maxw)
        bw = max(widths) + 26 * u
        show_name = group and not out and (rng.random() < 0.5 or y < hh + 30 * u)
        bh = len(lines) * lh + 16 * u + (fname.size * 1.3 if show_name else 0) + (12 * u if app == "whatsapp" else 0)
        if y + bh > ybot:
            break
        x = W - bw - 12 * u if out else 12 * u
        nm = members[rng.randrange(len(members))] if show_name else None
        if show_name:
            bw = max(bw, fname.getlength(nm) + 26 * u)
        col = th["out"] if out else th["inn"]
        fg = th.get("out_fg", th["fg"]) if out else th["fg"]
        sf.rect((x, y, x + bw, y + bh), fill=col, radius=int(16 * u if app != "whatsapp" else 8 * u))
        ty = y + 8 * u
        if show_name:
            sf.text((x + 13 * u, ty), nm, fname, D.pick(rng, AV_COLS), leak="PERSON")
            ty += fname.size * 1.3
        draw_rich(sf, x + 13 * u, ty, lines, fbody, fg, lh)
        if app == "whatsapp":
            sf.text((x + bw - 44 * u, y + bh - 17 * u), "%d:%02d" % (rng.randrange(7, 22), rng.randrange(60)), fsmall, th["sub"])
        y += bh + 8 * u
    # input bar
    sf.rect((0, H - 56 * u, W, H), fill=th["head"] if app != "instagram" else th["bg"])
    sf.rect((12 * u, H - 48 * u, W - 60 * u, H - 12 * u), fill=th["inn"], radius=int(18 * u))
    sf.text((28 * u, H - 39 * u), D.pick(rng, ["Message", "iMessage", "Text message", "Message..."]), fbody, th["sub"])
    return sf


def scene_discord(rng, ctx):
    dark = rng.random() < 0.7
    W, H = phone_size(rng, landscape=rng.random() < 0.25)
    u = min(W, H) / 390.0
    bg = (49, 51, 56) if dark else (255, 255, 255)
    fg = (219, 222, 225) if dark else (46, 51, 56)
    sub = (148, 155, 164) if dark else (92, 94, 102)
    kid = D.Kid(rng, ctx["region"])
    sf = Surface(W, H, bg)
    fi = rng.randrange(5)
    status_bar(sf, u, fg, rng)
    side = 0
    if W > H:
        side = int(230 * u)
        sf.rect((0, 44 * u, side, H), fill=(43, 45, 49) if dark else (242, 243, 245))
        server = kid.club if rng.random() < 0.5 else "%s gamers" % kid.school.split()[0]
        sf.text((16 * u, 58 * u), server, F("bold", 15 * u, fi), fg, leak="ORG" if server == kid.club else None)
        for i, ch in enumerate(["general", "memes", "homework-help", "minecraft", "voice-chat"]):
            sf.text((22 * u, (100 + 30 * i) * u), "# " + ch, F("sans", 14 * u, fi), sub)
    sf.rect((side, 44 * u, W, 96 * u), fill=(43, 45, 49) if dark else (242, 243, 245))
    sf.text((side + 18 * u, 58 * u), "# " + D.pick(rng, ["general", "chat", "off-topic", "lobby"]), F("bold", 17 * u, fi), fg)
    users = [kid.handle] + [D.handle(rng, D.pick(rng, D.FIRST), D.pick(rng, D.LAST)) for _ in range(2)]
    T = leak_msgs(rng, kid)
    idx = list(range(len(T)))
    rng.shuffle(idx)
    n_leak = rng.randrange(2, 5)
    msgs = [T[i]() for i in idx[:n_leak]] + [[(D.pick(rng, FILLER), None)] for _ in range(rng.randrange(4, 7))]
    order = list(range(len(msgs)))
    rng.shuffle(order)
    y = 110 * u
    fbody = F("sans", 15.5 * u, fi)
    fname = F("bold", 15 * u, fi)
    lh = fbody.size * 1.3
    prev = -1
    for i in order:
        who = prev if (prev >= 0 and rng.random() < 0.5) else rng.randrange(len(users))
        head = who != prev
        prev = who
        lines, widths = layout_rich(msgs[i], fbody, W - side - 90 * u)
        bh = (fname.size * 1.4 if head else 0) + len(lines) * lh + 14 * u
        if y + bh > H - 70 * u:
            break
        if head:
            sf.avatar(side + 34 * u, y + 18 * u, 18 * u, initials(users[who]), AV_COLS[(who * 5 + 3) % len(AV_COLS)],
                      F("bold", 12 * u, fi))
            adv, _ = sf.text((side + 64 * u, y), users[who], fname, AV_COLS[(who * 3 + 1) % len(AV_COLS)], leak="HANDLE")
            sf.text((side + 64 * u + adv + 8 * u, y + 2 * u), "Today at %d:%02d PM" % (rng.randrange(1, 12), rng.randrange(60)),
                    F("sans", 11 * u, fi), sub)
        draw_rich(sf, side + 64 * u, y + (fname.size * 1.4 if head else 0), lines, fbody, fg, lh)
        y += bh
    sf.rect((side + 12 * u, H - 56 * u, W - 12 * u, H - 14 * u), fill=(56, 58, 64) if dark else (235, 237, 239), radius=int(8 * u))
    sf.text((side + 28 * u, H - 46 * u), "Message #general", fbody, sub)
    return sf


# ------------------------------------------------------------------ game profile
GAME_BG = [((24, 26, 44), (70, 50, 120)), ((10, 40, 30), (20, 110, 80)), ((40, 20, 20), (150, 60, 40)),
           ((15, 30, 60), (40, 100, 180)), ((30, 30, 30), (90, 90, 90))]


def gradient(W, H, c0, c1, vertical=True):
    t = np.linspace(0, 1, H if vertical else W, dtype=np.float32)
    a = np.array(c0, np.float32)[None, :] * (1 - t[:, None]) + np.array(c1, np.float32)[None, :] * t[:, None]
    if vertical:
        arr = np.repeat(a[:, None, :], W, 1)
    else:
        arr = np.repeat(a[None, :, :], H, 0)
    return Image.fromarray(arr.astype(np.uint8))


def scene_game_profile(rng, ctx):
    land = rng.random() < 0.4
    W, H = phone_size(rng, land)
    u = min(W, H) / 390.0
    c0, c1 = D.pick(rng, GAME_BG)
    sf = Surface(W, H)
    sf.im.paste(gradient(W, H, c0, c1))
    kid = D.Kid(rng, ctx["region"])
    fi = rng.randrange(5)
    fg = (240, 240, 245)
    sub = (180, 185, 200)
    status_bar(sf, u, fg, rng)
    cx = W / 2 if not land else W * 0.25
    top = 80 * u
    sf.avatar(cx, top + 50 * u, 46 * u, initials(kid.handle), D.pick(rng, AV_COLS), F("bold", 30 * u, fi))
    sf.text((cx, top + 108 * u), kid.handle, F("bold", 24 * u, fi), fg, leak="HANDLE", anchor="ma")
    sf.text((cx, top + 142 * u), "Level %d  -  %d XP" % (rng.randrange(5, 90), rng.randrange(1000, 90000)),
            F("sans", 14 * u, fi), sub, anchor="ma")
    x0 = 24 * u if not land else W * 0.5
    y = top + 180 * u if not land else 70 * u
    width = W - 48 * u if not land else W * 0.46
    fl = F("bold", 13 * u, fi)
    fv = F("sans", 16 * u, fi)
    sf.rect((x0, y, x0 + width, y + 26 * u), fill=(0, 0, 0))
    sf.text((x0 + 10 * u, y + 5 * u), "ABOUT ME", fl, (255, 210, 90))
    y += 36 * u
    bios = [
        [("hi im ", None), (kid.first, "PERSON"), (" ", None), ("%d" % kid.age, "AGE"), (" | ", None),
         (kid.place.suburb, "LOCATION"), (" | ", None), (kid.school, "SCHOOL")],
        [("Real name ", None), (kid.full, "PERSON"), (". ", None), (kid.year, "AGE"), (" at ", None), (kid.school, "SCHOOL"),
         (". add me!!", None)],
        [(kid.first, "PERSON"), (", ", None), ("%d yrs" % kid.age, "AGE"), (". ", None), (kid.school, "SCHOOL"),
         (". plays for ", None), (kid.club, "ORG")],
    ]
    lines, widths = layout_rich(D.pick(rng, bios), fv, width - 20 * u)
    y += draw_rich(sf, x0 + 10 * u, y, lines, fv, fg, fv.size * 1.35) + 12 * u
    rows = [("Joined", "%s %d" % (D.MONTHS[rng.randrange(12)][:3], 2019 + rng.randrange(6)), None),
            ("Friends", str(rng.randrange(12, 480)), None),
            ("Wins", str(rng.randrange(10, 3000)), None)]
    if rng.random() < 0.85:
        rows.insert(1, ("Socials", kid.url, "URL"))
    if rng.random() < 0.7:
        rows.insert(1, ("Birthday", kid.bday_short if rng.random() < 0.5 else kid.dob, "DATE_OF_BIRTH"))
    if rng.random() < 0.4:
        rows.append(("Discord", kid.handle2, "HANDLE"))
    qr_left = bool(ctx.get("qr")) and land
    limit = H - (90 * u if (qr_left or not ctx.get("qr")) else 330 * u)
    for lab, val, k in rows:
        if y > limit:
            break
        sf.rect((x0, y, x0 + width, y + 40 * u), fill=tuple(min(255, c + 25) for c in c0), radius=int(6 * u))
        sf.text((x0 + 12 * u, y + 11 * u), lab, fl, sub)
        sf.text((x0 + 120 * u, y + 10 * u), val, fv, fg, leak=k)
        y += 48 * u
    if ctx.get("qr"):
        link = D.pick(rng, ["https://discord.gg/%s", "https://t.me/%s", "https://www.snapchat.com/add/%s"])
        if "discord" in link:
            code = "".join(D.pick(rng, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            payload = link % code
            lk = [("URL", payload)]
        else:
            payload = link % kid.handle2
            lk = [("HANDLE", kid.handle2)]
        from core import qr_modules
        n = qr_modules(payload) + 8
        if qr_left:
            mod = max(3, int(min(3.4 * u, (H - top - 170 * u) / n)))
            sf.qr(payload, cx - n * mod / 2, top + 160 * u, mod, leaks=lk)
        else:
            mod = max(4, int(min(5 * u, (H - y - 50 * u) / n)))
            sf.text((x0, y + 8 * u), "scan to add me", fl, sub)
            sf.qr(payload, x0, y + 30 * u, mod, leaks=lk)
    return sf


def scene_friend_list(rng, ctx):
    land = rng.random() < 0.3
    W, H = phone_size(rng, land)
    u = min(W, H) / 390.0
    dark = rng.random() < 0.6
    bg = (32, 34, 40) if dark else (245, 246, 250)
    fg = (235, 235, 240) if dark else (20, 22, 28)
    sub = (150, 155, 165) if dark else (110, 115, 125)
    card = (44, 47, 55) if dark else (255, 255, 255)
    sf = Surface(W, H, bg)
    fi = rng.randrange(5)
    status_bar(sf, u, fg, rng)
    kid = D.Kid(rng, ctx["region"])
    sf.text((20 * u, 54 * u), D.pick(rng, ["Friends", "Friend List", "FRIENDS", "Your Friends"]), F("bold", 26 * u, fi), fg)
    sf.text((20 * u, 92 * u), "%d online" % rng.randrange(2, 9), F("sans", 13 * u, fi), sub)
    y = 122 * u
    fn = F("bold", 16 * u, fi)
    fs = F("sans", 13 * u, fi)
    n = rng.randrange(3, 6)
    cols = 2 if land else 1
    cw = (W - 30 * u) / cols
    i = 0
    while i < n:
        for c in range(cols):
            if i >= n:
                break
            x = 15 * u + c * cw
            if y + 64 * u > H - 20 * u:
                i = n
                break
            sf.rect((x, y, x + cw - 10 * u, y + 60 * u), fill=card, radius=int(10 * u))
            r = rng.random()
            first, last = D.pick(rng, D.FIRST), D.pick(rng, D.LAST)
            h = D.handle(rng, first, last)
            sf.avatar(x + 32 * u, y + 30 * u, 20 * u, initials(h), D.pick(rng, AV_COLS), F("bold", 13 * u, fi))
            if r < 0.45:
                adv, _ = sf.text((x + 62 * u, y + 10 * u), h, fn, fg, leak="HANDLE")
                sf.text((x + 62 * u, y + 34 * u), D.pick(rng, ["Online", "In Lobby", "Playing Adopt Me", "Offline - 2h",
                                                                 "In Game", "Away"]), fs, sub)
            elif r < 0.75:
                sf.text((x + 62 * u, y + 10 * u), h, fn, fg, leak="HANDLE")
                sf.text((x + 62 * u, y + 34 * u), "%s %s" % (first, last[0] + "."), fs, sub, leak="PERSON")
            else:
                sf.text((x + 62 * u, y + 10 * u), "%s %s" % (first, last), fn, fg, leak="PERSON")
                sf.text((x + 62 * u, y + 34 * u), D.pick(rng, ["Online", "Offline", "Mobile"]), fs, sub)
            i += 1
        y += 68 * u
    if y + 60 * u < H:
        sf.rect((15 * u, y + 6 * u, W - 15 * u, y + 48 * u), fill=card, radius=int(10 * u))
        if rng.random() < 0.5:
            sf.runs((30 * u, y + 16 * u), [("My friend code: ", None), (kid.handle, "HANDLE")], fs, fg)
        else:
            sf.runs((30 * u, y + 16 * u), [("My channel: ", None), (kid.url, "URL")], fs, fg)
    return sf


def scene_lobby(rng, ctx):
    W, H = phone_size(rng, True)
    u = H / 390.0
    c0, c1 = D.pick(rng, GAME_BG)
    sf = Surface(W, H)
    sf.im.paste(gradient(W, H, c0, c1, vertical=False))
    kid = D.Kid(rng, ctx["region"])
    fi = rng.randrange(5)
    fg = (245, 245, 250)
    sf.text((24 * u, 16 * u), D.pick(rng, ["LOBBY", "SQUAD", "PARTY", "MATCHMAKING"]), F("bold", 24 * u, fi), fg)
    sf.text((W - 24 * u, 20 * u), "Ready %d/4" % rng.randrange(1, 5), F("bold", 16 * u, fi), (255, 220, 90), anchor="ra")
    slots = 4
    nfill = rng.randrange(2, 5)
    sw = (W * 0.62) / slots
    for i in range(slots):
        x = 24 * u + i * sw
        sf.rect((x, 70 * u, x + sw - 10 * u, 250 * u), fill=tuple(min(255, c + 30) for c in c0), radius=int(8 * u))
        if i >= nfill:
            sf.text((x + (sw - 10 * u) / 2, 180 * u), "Waiting...", F("sans", 13 * u, fi), (200, 200, 210), anchor="ma")
            continue
        h = kid.handle if i == 0 else D.handle(rng, D.pick(rng, D.FIRST), D.pick(rng, D.LAST))
        sf.avatar(x + (sw - 10 * u) / 2, 130 * u, 32 * u, initials(h), D.pick(rng, AV_COLS), F("bold", 18 * u, fi))
        f = F("bold", min(14 * u, (sw - 20 * u) / max(6, len(h)) * 1.7), fi)
        sf.text((x + (sw - 10 * u) / 2, 180 * u), h, f, fg, leak="HANDLE", anchor="ma")
        sf.text((x + (sw - 10 * u) / 2, 210 * u), "Lv %d" % rng.randrange(3, 99), F("sans", 12 * u, fi), (200, 200, 210), anchor="ma")
    # lobby chat
    cx = W * 0.66
    sf.rect((cx, 70 * u, W - 20 * u, H - 20 * u), fill=(0, 0, 0))
    sf.text((cx + 12 * u, 78 * u), "Lobby chat", F("bold", 13 * u, fi), (255, 220, 90))
    T = leak_msgs(rng, kid)
    idx = list(range(len(T)))
    rng.shuffle(idx)
    msgs = [T[i]() for i in idx[:rng.randrange(2, 4)]] + [[(D.pick(rng, FILLER), None)] for _ in range(1)]
    rng.shuffle(msgs)
    fb = F("sans", 12.5 * u, fi)
    y = 102 * u
    for m in msgs:
        who = D.handle(rng, D.pick(rng, D.FIRST), "x") if rng.random() < 0.5 else kid.handle
        segs = ([(who, "HANDLE"), (": ", None)] if rng.random() < 0.6 else [("[Team] ", None)]) + m
        lines, _ = layout_rich(segs, fb, W - 20 * u - cx - 24 * u)
        if y + len(lines) * fb.size * 1.3 > H - 30 * u:
            break
        y += draw_rich(sf, cx + 12 * u, y, lines, fb, (230, 230, 235), fb.size * 1.3, leak_fill=None) + 6 * u
    sf.rect((24 * u, H - 80 * u, 24 * u + 200 * u, H - 30 * u), fill=(255, 200, 40), radius=int(8 * u))
    sf.text((124 * u, H - 68 * u), "START", F("bold", 20 * u, fi), (30, 30, 30), anchor="ma")
    return sf


def scene_lock_screen(rng, ctx):
    W, H = phone_size(rng)
    u = W / 390.0
    kid = D.Kid(rng, ctx["region"])
    c0 = tuple(rng.randrange(20, 120) for _ in range(3))
    c1 = tuple(rng.randrange(60, 220) for _ in range(3))
    sf = Surface(W, H)
    sf.im.paste(gradient(W, H, c0, c1))
    fi = rng.randrange(5)
    fg = (255, 255, 255)
    status_bar(sf, u, fg, rng)
    sf.text((W / 2, 70 * u), D.pick(rng, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]) + " " +
            D.short_date(rng, ctx["region"], rng.randrange(1, 13), rng.randrange(1, 29)), F("sans", 18 * u, fi), fg, anchor="ma")
    sf.text((W / 2, 96 * u), "%d:%02d" % (rng.randrange(1, 13), rng.randrange(60)), F("bold", 80 * u, fi), fg, anchor="ma")
    y = 220 * u
    if rng.random() < 0.6:
        f = F("sans", 14 * u, fi)
        segs = D.pick(rng, [[("If found please call ", None), (kid.parent_phone.local, "PHONE")],
                            [("This phone belongs to ", None), (kid.full, "PERSON")],
                            [(kid.first, "PERSON"), ("'s phone - call Mum ", None), (kid.parent_phone.local, "PHONE")]])
        lines, _ = layout_rich(segs, f, W - 60 * u)
        y += draw_rich(sf, 30 * u, y, lines, f, fg, f.size * 1.35) + 14 * u
    notes = [
        ("Mum", [("Pick you up from ", None), (kid.school, "SCHOOL"), (" at 3:15", None)]),
        (kid.friends_full[0], [("r u coming to ", None), (kid.club, "ORG"), (" training?", None)]),
        ("Dad", [("Don't forget your library book for ", None), (kid.teacher, "PERSON")]),
        (kid.friends[1], [("my new number ", None), (make_ph(rng, ctx), "PHONE")]),
        ("Snapchat", [(kid.friends_full[2], "PERSON"), (" added you back!", None)]),
        ("Instagram", [(kid.handle, "HANDLE"), (" mentioned you in a story", None)]),
        ("School App", [(kid.year, "AGE"), (" swimming sports moved to Friday", None)]),
        ("Messages", [("Happy birthday ", None), (kid.first, "PERSON"), ("!! ", None), ("%d" % kid.age, "AGE"), (" already!", None)]),
        ("Find My", [("Arrived at ", None), (kid.street, "ADDRESS")]),
    ]
    rng.shuffle(notes)
    ft = F("bold", 14 * u, fi)
    fb = F("sans", 14 * u, fi)
    for title, segs in notes[:rng.randrange(3, 6)]:
        lines, _ = layout_rich(segs, fb, W - 90 * u)
        bh = 30 * u + len(lines) * fb.size * 1.3 + 10 * u
        if y + bh > H - 80 * u:
            break
        sf.rect((14 * u, y, W - 14 * u, y + bh), fill=tuple(int(c * 0.55 + 235 * 0.45) for c in c0), radius=int(16 * u))
        sf.rect((26 * u, y + 10 * u, 44 * u, y + 28 * u), fill=D.pick(rng, AV_COLS), radius=int(4 * u))
        pk = "PERSON" if title not in ("Mum", "Dad", "Snapchat", "Instagram", "School App", "Messages", "Find My") else None
        sf.text((52 * u, y + 10 * u), title, ft, (20, 20, 25), leak=pk)
        sf.text((W - 28 * u, y + 11 * u), D.pick(rng, ["now", "2m ago", "9:14 AM", "Yesterday"]), F("sans", 12 * u, fi),
                (70, 70, 80), anchor="ra")
        draw_rich(sf, 26 * u, y + 34 * u, lines, fb, (25, 25, 30), fb.size * 1.3)
        y += bh + 10 * u
    return sf


def make_ph(rng, ctx):
    return D.make_phone(rng, ctx["region"]).local


def scene_signup(rng, ctx):
    W, H = phone_size(rng)
    u = W / 390.0
    dark = rng.random() < 0.3
    bg = (20, 20, 24) if dark else (255, 255, 255)
    fg = (240, 240, 244) if dark else (25, 25, 30)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    acc = D.pick(rng, [(88, 101, 242), (255, 69, 0), (0, 150, 136), (233, 30, 99), (33, 150, 243)])
    kid = D.Kid(rng, ctx["region"])
    sf = Surface(W, H, bg)
    fi = rng.randrange(5)
    status_bar(sf, u, fg, rng)
    sf.text((24 * u, 60 * u), D.pick(rng, ["Create account", "Sign up", "Join now", "Make your profile"]), F("bold", 28 * u, fi), fg)
    sf.text((24 * u, 100 * u), D.pick(rng, ["It's quick and easy.", "Step 1 of 2", "Tell us about you"]), F("sans", 14 * u, fi), sub)
    fields = [("Full name", kid.full, "PERSON"), ("Username", kid.handle, "HANDLE"),
              ("Email", kid.email, "EMAIL"), ("Date of birth", kid.dob, "DATE_OF_BIRTH"),
              ("Mobile", kid.phone.local, "PHONE"), ("School", kid.school, "SCHOOL"),
              ("Town / suburb", kid.place.suburb, "LOCATION"), ("Age", str(kid.age), "AGE"),
              ("Year / grade", kid.year, "AGE"), ("Parent email", kid.parent_email, "EMAIL"),
              ("Home address", kid.street, "ADDRESS"), ("Website / channel", kid.url, "URL")]
    first = fields[:2]
    rest = fields[2:]
    rng.shuffle(rest)
    fields = first + rest[:rng.randrange(3, 6)]
    y = 140 * u
    fl = F("sans", 13 * u, fi)
    fv = F("sans", 17 * u, fi)
    for lab, val, k in fields:
        if y + 80 * u > H - 140 * u - (200 * u if ctx.get("qr") else 0):
            break
        sf.text((24 * u, y), lab, fl, sub)
        sf.rect((24 * u, y + 20 * u, W - 24 * u, y + 64 * u), outline=acc if rng.random() < 0.2 else sub,
                width=max(1, int(1.5 * u)), radius=int(8 * u))
        sf.text((38 * u, y + 32 * u), val, fv, fg, leak=k)
        y += 80 * u
    if ctx.get("qr"):
        payload = "mailto:" + kid.parent_email
        sf.text((24 * u, y), "Parent consent - scan to email:", fl, sub)
        sf.qr(payload, 24 * u, y + 20 * u, max(3, int(3.4 * u)), leaks=[("EMAIL", kid.parent_email)])
    sf.rect((24 * u, H - 110 * u, W - 24 * u, H - 60 * u), fill=acc, radius=int(25 * u))
    sf.text((W / 2, H - 97 * u), "Continue", F("bold", 18 * u, fi), (255, 255, 255), anchor="ma")
    return sf
