"""Phone screenshot scenes (leaky)."""
from common import PALETTE, PORTRAIT, LANDSCAPE, initials, personal_qr, status_bar
from gfx import Layer, font, tok

FILLERS = ["haha ok", "lol", "wait what", "can u send the homework pls", "that's so cool", "brb dinner",
           "yesss", "did u finish the maths sheet?", "no wayyy", "same", "ok ok", "see u tmrw",
           "i'm so bored", "omg stop", "did u see the new update", "hahahaha", "nah", "sure!", "what time?"]
TEMPLATES = [
    "come over after school!! im at {ADDRESS:a1}",
    "my new number is {PHONE:phone} dont tell anyone lol",
    "r u in {AGE:year} at {SCHOOL:school} too?",
    "yes!! {SCHOOL:school} with {PERSON:teacher}",
    "add me on snap its {HANDLE:handle}",
    "my mum's email is {EMAIL:email} for the party thing",
    "check my channel {URL:url}",
    "training at {ORG:org} tmrw at 5?",
    "my bday is {DATE_OF_BIRTH:dob} !!!",
    "i live near {LOCATION:street} by the park",
    "ok meet at the bus stop in {LOCATION:town}",
    "this is {PERSON:friend3} new number {PHONE:phone2}",
    "im {AGE:age} now lol",
    "{PERSON:friend3} said she's coming to {ORG:org} too",
    "party is at {ADDRESS:a1} , {ADDRESS:a2}",
    "my roblox is {HANDLE:handle2}",
    "pls don't tell {PERSON:friend4} ok",
    "im in {AGE:year} now",
    "happy bday!! {AGE:age} wooo",
    "i go to {SCHOOL:school} now",
    "my tiktok {URL:url}",
    "born {DATE_OF_BIRTH:dob} lol",
    "we moved to {ADDRESS:a1}",
]

APPS = {
    "whatsapp": dict(light=dict(bg=(236, 229, 221), head=(0, 128, 105), headfg=(255, 255, 255), out=(220, 248, 198), inn=(255, 255, 255), fg=(17, 27, 33)),
                     dark=dict(bg=(11, 20, 26), head=(31, 44, 51), headfg=(233, 237, 239), out=(0, 92, 75), inn=(31, 44, 51), fg=(233, 237, 239))),
    "imessage": dict(light=dict(bg=(255, 255, 255), head=(246, 246, 246), headfg=(0, 0, 0), out=(0, 122, 255), inn=(229, 229, 234), fg=(0, 0, 0), outfg=(255, 255, 255)),
                     dark=dict(bg=(0, 0, 0), head=(28, 28, 30), headfg=(255, 255, 255), out=(10, 132, 255), inn=(38, 38, 41), fg=(255, 255, 255), outfg=(255, 255, 255))),
    "instagram": dict(light=dict(bg=(255, 255, 255), head=(255, 255, 255), headfg=(0, 0, 0), out=(116, 66, 242), inn=(239, 239, 239), fg=(0, 0, 0), outfg=(255, 255, 255)),
                      dark=dict(bg=(0, 0, 0), head=(0, 0, 0), headfg=(255, 255, 255), out=(116, 66, 242), inn=(38, 38, 38), fg=(255, 255, 255), outfg=(255, 255, 255))),
    "sms": dict(light=dict(bg=(255, 255, 255), head=(255, 255, 255), headfg=(32, 33, 36), out=(211, 227, 253), inn=(241, 243, 244), fg=(32, 33, 36)),
                dark=dict(bg=(32, 33, 36), head=(32, 33, 36), headfg=(232, 234, 237), out=(0, 74, 119), inn=(60, 64, 67), fg=(232, 234, 237))),
    "discord": dict(light=dict(bg=(255, 255, 255), head=(242, 243, 245), headfg=(6, 6, 7), fg=(46, 51, 56)),
                    dark=dict(bg=(49, 51, 56), head=(43, 45, 49), headfg=(242, 243, 245), fg=(219, 222, 225))),
    "snapchat": dict(light=dict(bg=(255, 255, 255), head=(255, 255, 255), headfg=(0, 0, 0), fg=(20, 20, 20)),
                     dark=dict(bg=(18, 18, 18), head=(18, 18, 18), headfg=(255, 255, 255), fg=(235, 235, 235))),
}


def screen(ctx, landscape=None, dark=None, bg=(255, 255, 255)):
    r = ctx.rng
    if landscape is None:
        landscape = r.random() < 0.12
    w, h = r.choice(LANDSCAPE if landscape else PORTRAIT)
    s = min(w, h) / 360.0
    L = Layer(w, h, bg=bg)
    return L, s, landscape


def chat_values(ctx):
    g, r = ctx.gen, ctx.rng
    p = g.child()
    a1, a2, town = g.address()
    v = dict(a1=a1, a2=a2, phone=g.phone(), phone2=g.phone(), year=g.school_year(p.age), school=g.school(),
             teacher=g.adult(), handle=g.handle(p.first), handle2=g.handle(p.first), email=g.email(p.parent_first, p.last),
             url=g.url(p.handle), org=g.org(), dob=g.date(y=p.year), street=g.street(), town=town,
             friend3=g.full(), friend4=g.first(), age=str(p.age))
    return p, v


def chat(ctx):
    r, g = ctx.rng, ctx.gen
    app = r.choice(list(APPS))
    dark = r.random() < 0.45
    th = APPS[app]["dark" if dark else "light"]
    L, s, land = screen(ctx, bg=th["bg"])
    p, v = chat_values(ctx)
    friend = g.child()
    fs = 15.5 * s * r.uniform(0.92, 1.12)
    fnt = ctx.f("sans", fs)
    top = status_bar(L, s, dark, r)
    hh = int(56 * s)
    L.rect((0, 0, L.w, top + hh), fill=th["head"])
    status_bar(L, s, th["headfg"][0] > 128, r)
    use_handle = app in ("instagram", "discord", "snapchat")
    title = friend.handle if use_handle else (friend.name if r.random() < 0.6 else friend.first)
    kind = "HANDLE" if use_handle else ("PERSON")
    L.avatar(int(56 * s), top + hh / 2, 17 * s, initials(friend.name), PALETTE[r.randrange(len(PALETTE))])
    if app == "discord":
        L.text((int(20 * s), top + hh / 2), "@", ctx.f("sansb", 20 * s), th["headfg"], anchor="lm")
    L.text((int(82 * s), top + hh / 2), title, ctx.f("sansb", 16.5 * s), th["headfg"], kind=kind, anchor="lm")
    y = top + hh + 14 * s
    bottom = L.h - 64 * s
    L.rect((0, bottom + 8 * s, L.w, L.h), fill=th["head"])
    L.rect((14 * s, bottom + 16 * s, L.w - 60 * s, bottom + 52 * s), fill=th["bg"], r=int(18 * s))
    L.text((30 * s, bottom + 34 * s), "Message", font("sans", 14 * s), (140, 140, 140), anchor="lm")
    msgs = []
    temps = list(TEMPLATES)
    r.shuffle(temps)
    n_leak = r.randint(4, 6)
    li = 0
    for i in range(14):
        if r.random() < 0.55 and li < n_leak:
            msgs.append(tok(temps[li], **v))
            li += 1
        else:
            msgs.append([(r.choice(FILLERS), None)])
    if ctx.qr_type:
        qpay, qparts = personal_qr(ctx, p, g)
    maxw = L.w * (0.62 if not land else 0.45)
    me_name = p.handle
    who_prev = None
    qdone = not ctx.qr_type
    for i, m in enumerate(msgs):
        mine = r.random() < 0.5
        if not qdone and i >= 2:
            # a shared QR "scan to add me" image bubble
            mod = max(4, int(3.2 * s))
            qs = Layer.qr_size(qpay, mod)
            if y + qs + 30 * s > bottom:
                break
            x = L.w - qs - 16 * s if mine else 16 * s
            L.rect((x - 6 * s, y - 6 * s, x + qs + 6 * s, y + qs + 6 * s), fill=(255, 255, 255), r=int(10 * s))
            L.qr(x, y, qpay, mod, qparts)
            y += qs + 20 * s
            qdone = True
            continue
        if app in ("discord", "snapchat"):
            name = me_name if mine else friend.handle
            if app == "snapchat":
                name = "ME" if mine else friend.first.upper()
                col = (242, 60, 87) if mine else (14, 173, 255)
            else:
                col = PALETTE[(len(name) * 3) % len(PALETTE)]
            from gfx import wrap
            lines = wrap(m, fnt, L.w - 90 * s)
            need = (len(lines) * fs * 1.3) + (fs * 1.5 if who_prev != mine else 0) + 8 * s
            if y + need > bottom:
                break
            if who_prev != mine:
                if app == "discord":
                    L.avatar(int(30 * s), y + 16 * s, 16 * s, initials(name), col)
                    kk = "HANDLE"
                    x_end = L.text((58 * s, y), name, ctx.f("sansb", fs), col, kind=kk)
                    L.text((x_end[2] + 8 * s, y + 2 * s), f"Today at {r.randint(1, 12)}:{r.randint(0, 59):02d} PM", font("sans", fs * 0.7), (148, 155, 164))
                else:
                    L.text((16 * s, y), name, ctx.f("sansb", fs * 0.8), col, kind=None if mine else "PERSON")
                y += fs * 1.5
            if app == "snapchat":
                L.rect((16 * s, y, 18.5 * s, y + len(lines) * fs * 1.3), fill=(242, 60, 87) if mine else (14, 173, 255))
            y = L.para(58 * s if app == "discord" else 26 * s, y, m, fnt, th["fg"], L.w - 90 * s, line_h=fs * 1.3)
            y += 8 * s
            who_prev = mine
            continue
        from gfx import wrap, line_width
        lines = wrap(m, fnt, maxw)
        bw = max(line_width(ln, fnt) for ln in lines) + 24 * s
        bh = len(lines) * fs * 1.3 + 16 * s
        if y + bh + 8 * s > bottom:
            break
        x = L.w - bw - 12 * s if mine else 12 * s
        col = th["out"] if mine else th["inn"]
        fg = th.get("outfg", th["fg"]) if mine else th["fg"]
        L.rect((x, y, x + bw, y + bh), fill=col, r=int(16 * s if app in ("imessage", "instagram") else 8 * s))
        L.para(x + 12 * s, y + 8 * s, m, fnt, fg, maxw + 2, line_h=fs * 1.3)
        if app in ("whatsapp", "sms"):
            L.text((x + bw - 8 * s, y + bh - 4 * s), f"{r.randint(1, 12)}:{r.randint(0, 59):02d}", font("sans", fs * 0.6), (130, 140, 140), anchor="rd")
        y += bh + (6 * s if who_prev == mine else 12 * s)
        who_prev = mine
    return L, f"chat_{app}_{'dark' if dark else 'light'}"


def game_profile(ctx):
    r, g = ctx.rng, ctx.gen
    dark = r.random() < 0.8
    bgc = (24, 26, 48) if dark else (236, 240, 248)
    fg = (240, 240, 255) if dark else (20, 20, 40)
    L, s, land = screen(ctx, bg=bgc)
    p = g.child()
    acc = PALETTE[r.randrange(len(PALETTE))]
    top = status_bar(L, s, dark, r)
    game = r.choice(["BlockVerse", "Skyforge Arena", "Kart Legends", "PixelQuest", "Galaxy Brawl", "FarmTown Stories"])
    L.text((L.w / 2, top + 28 * s), game.upper(), ctx.f("sansb", 18 * s), acc, anchor="mm")
    cy = top + 110 * s
    L.avatar(int(L.w / 2), cy, 48 * s, initials(p.name), acc)
    L.text((L.w / 2, cy + 72 * s), p.handle, ctx.f("sansb", 22 * s), fg, kind="HANDLE", anchor="mm")
    y = cy + 100 * s
    L.text((L.w / 2, y), f"Level {r.randint(3, 99)}  |  {r.randint(100, 99999)} XP", ctx.f("sans", 13 * s), (150, 150, 180), anchor="mm")
    y += 24 * s
    L.rect((40 * s, y, L.w - 40 * s, y + 8 * s), fill=(70, 70, 100), r=int(4 * s))
    L.rect((40 * s, y, 40 * s + (L.w - 80 * s) * r.uniform(0.1, 0.9), y + 8 * s), fill=acc, r=int(4 * s))
    y += 30 * s
    L.text((24 * s, y), "ABOUT ME", ctx.f("sansb", 13 * s), acc)
    y += 24 * s
    a1, a2, town = g.address()
    bio = r.choice([
        "hi im {PERSON:first} from {LOCATION:town} | {AGE:age} | go {ORG:org}!",
        "{PERSON:name} | {AGE:year} @ {SCHOOL:school} | add me!!",
        "bday {DATE_OF_BIRTH:dob} | {AGE:age}yo | snap {HANDLE:h2}",
        "{AGE:age} | {LOCATION:town} | yt {URL:url}",
        "{AGE:year} at {SCHOOL:school} | {AGE:age}",
    ])
    v = dict(first=p.first, name=p.name, town=town, age=str(p.age), org=g.org(), year=g.school_year(p.age),
             school=g.school(), dob=g.date(y=p.year), h2=g.handle(p.first), url=g.url(p.handle))
    y = L.para(24 * s, y, tok(bio, **v), ctx.f("sans", 15 * s), fg, L.w - 48 * s, line_h=21 * s)
    y = L.para(24 * s, y + 4 * s, tok("Channel: {URL:u}", u=g.url(p.handle)), ctx.f("sans", 14 * s), fg, L.w - 48 * s, line_h=21 * s)
    y += 16 * s
    for lab, val in [("Wins", r.randint(0, 900)), ("Games", r.randint(100, 3000)), ("Friends", r.randint(3, 300))]:
        L.rect((24 * s, y, L.w - 24 * s, y + 40 * s), fill=(40, 44, 78) if dark else (255, 255, 255), r=int(8 * s))
        L.text((40 * s, y + 20 * s), lab, ctx.f("sans", 14 * s), fg, anchor="lm")
        L.text((L.w - 40 * s, y + 20 * s), str(val), ctx.f("sansb", 14 * s), acc, anchor="rm")
        y += 48 * s
    if ctx.qr_type and y + 150 * s < L.h:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(4, int(3 * s))
        qs = Layer.qr_size(pay, mod)
        L.text((L.w / 2, y + 10 * s), "Scan to add me", ctx.f("sans", 13 * s), fg, anchor="mm")
        L.qr((L.w - qs) / 2, y + 22 * s, pay, mod, parts)
    else:
        L.text((24 * s, y + 8 * s), "Friend code", ctx.f("sans", 13 * s), (150, 150, 180))
        L.text((24 * s, y + 28 * s), f"SW-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", ctx.f("mono", 16 * s), fg)
    return L, "game_profile"


def friend_list(ctx):
    r, g = ctx.rng, ctx.gen
    dark = r.random() < 0.5
    bgc = (30, 31, 34) if dark else (250, 250, 252)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    L, s, land = screen(ctx, bg=bgc)
    top = status_bar(L, s, dark, r)
    L.text((20 * s, top + 30 * s), r.choice(["Friends", "Friends Online", "My Friends", "Party Invites"]), ctx.f("sansb", 22 * s), fg, anchor="lm")
    y = top + 62 * s
    n = r.randint(4, 6)
    for i in range(n):
        q = g.child()
        if y + 64 * s > L.h:
            break
        L.avatar(int(40 * s), y + 26 * s, 22 * s, initials(q.name), PALETTE[r.randrange(len(PALETTE))])
        L.text((74 * s, y + 8 * s), q.handle, ctx.f("sansb", 15 * s), fg, kind="HANDLE")
        st = r.choice(["Online", "In Lobby", "Playing BlockVerse", "Offline - 2h ago", "Away"])
        if r.random() < 0.3:
            L.runs((74 * s, y + 44 * s), [("(", None), (q.first, "PERSON"), (f")  {st}", None)], ctx.f("sans", 12.5 * s), (140, 140, 150))
        else:
            L.text((74 * s, y + 30 * s), st, ctx.f("sans", 12.5 * s), (140, 140, 150))
        L.d.ellipse((L.w - 34 * s, y + 20 * s, L.w - 22 * s, y + 32 * s), fill=(67, 181, 129) if r.random() < 0.6 else (120, 120, 120))
        y += 64 * s
    return L, "friend_list"


def lobby(ctx):
    r, g = ctx.rng, ctx.gen
    L, s, land = screen(ctx, landscape=r.random() < 0.7, bg=(18, 22, 40))
    acc = PALETTE[r.randrange(len(PALETTE))]
    L.text((L.w / 2, 30 * s), r.choice(["LOBBY - SQUADS", "WAITING FOR PLAYERS", "MATCH LOBBY", "PRIVATE SERVER"]), ctx.f("sansb", 18 * s), acc, anchor="mm")
    cols = 2
    n = r.randint(3, 4)
    cw = L.w / cols
    for c in range(cols):
        y = 60 * s
        for i in range(n if c == 0 else n - 1):
            q = g.child()
            x = c * cw + 16 * s
            L.rect((x, y, x + cw - 32 * s, y + 38 * s), fill=(36, 42, 70), r=int(6 * s))
            L.avatar(int(x + 20 * s), y + 19 * s, 13 * s, initials(q.name), PALETTE[r.randrange(len(PALETTE))])
            L.text((x + 42 * s, y + 19 * s), q.handle, ctx.f("sansb", 14 * s), (235, 235, 250), kind="HANDLE", anchor="lm")
            L.text((x + cw - 44 * s, y + 19 * s), "READY" if r.random() < 0.6 else "...", ctx.f("sans", 11 * s), (120, 220, 140), anchor="rm")
            y += 46 * s
    # chat box
    y = max(y, 60 * s + n * 46 * s) + 10 * s
    cw_ = L.w - 32 * s
    L.rect((16 * s, y, 16 * s + cw_, L.h - 16 * s), fill=(10, 12, 24), r=int(6 * s))
    y += 10 * s
    p, v = chat_values(ctx)
    lines = [tok(t, **v) for t in r.sample(["anyone from {LOCATION:town}?", "im {AGE:age} lol", "go to {SCHOOL:school}", "add me {HANDLE:handle2}", "gg", "lets go", "who wants to duo"], 3)]
    for t in lines:
        q = g.handle()
        f_ = ctx.f("sans", 13 * s)
        if y + 22 * s > L.h - 20 * s:
            break
        x = L.runs((28 * s, y + 16 * s), [(q, "HANDLE"), (":", None)], ctx.f("sansb", 13 * s), acc)
        L.para(x + 4 * s, y, t, f_, (230, 230, 230), L.w, line_h=22 * s)
        y += 22 * s
    return L, "game_lobby"


def leaderboard(ctx):
    r, g = ctx.rng, ctx.gen
    dark = r.random() < 0.7
    bgc = (20, 24, 36) if dark else (245, 246, 250)
    fg = (235, 235, 245) if dark else (25, 25, 35)
    L, s, land = screen(ctx, bg=bgc)
    top = status_bar(L, s, dark, r)
    L.text((L.w / 2, top + 30 * s), r.choice(["WEEKLY LEADERBOARD", "Class Leaderboard", "Top Players", "Spelling Stars"]), ctx.f("sansb", 19 * s), fg, anchor="mm")
    y = top + 64 * s
    n = r.randint(4, 6)
    me = r.randint(2, n)
    p = g.child()
    sc = sorted([r.randint(500, 25000) for _ in range(n)], reverse=True)
    for i in range(n):
        mine = (i + 1 == me)
        rowh = 52 * s
        if y + rowh > L.h:
            break
        if mine:
            L.rect((8 * s, y, L.w - 8 * s, y + rowh - 6 * s), fill=(60, 90, 200) if dark else (210, 225, 255), r=int(8 * s))
        L.text((28 * s, y + 23 * s), str(i + 1), ctx.f("sansb", 16 * s), fg, anchor="mm")
        q = p if mine else g.child()
        L.avatar(int(66 * s), y + 23 * s, 17 * s, initials(q.name), PALETTE[r.randrange(len(PALETTE))])
        L.text((92 * s, y + 8 * s), q.handle, ctx.f("sansb", 14.5 * s), fg, kind="HANDLE")
        if mine:
            sub = r.choice([[("YOU", None)], [(p.name, "PERSON")], [(g.school_year(p.age), "AGE"), ("  ", None), (g.class_code(p.age), None)]])
            L.runs((92 * s, y + 40 * s), sub, ctx.f("sans", 12 * s), (180, 190, 255) if dark else (60, 80, 160))
        L.text((L.w - 20 * s, y + 23 * s), f"{sc[i]:,}", ctx.f("mono", 14 * s), fg, anchor="rm")
        y += rowh
    return L, "leaderboard"


def lock_screen(ctx):
    r, g = ctx.rng, ctx.gen
    L, s, land = screen(ctx, landscape=False, bg=(0, 0, 0))
    import numpy as np
    from PIL import Image
    c1 = np.array(PALETTE[r.randrange(len(PALETTE))], np.float32)
    c2 = np.array(PALETTE[r.randrange(len(PALETTE))], np.float32) * 0.4
    t = np.linspace(0, 1, L.h, dtype=np.float32)[:, None, None]
    grad = (c1 * (1 - t) * 0.7 + c2 * t)
    grad = np.broadcast_to(grad, (L.h, L.w, 3)).astype(np.uint8)
    L.im.paste(Image.fromarray(grad, "RGB").convert("RGBA"), (0, 0))
    for _ in range(6):
        cx, cy, rr = r.uniform(0, L.w), r.uniform(0, L.h), r.uniform(40, 200) * s
        col = tuple(int(v) for v in c1 * r.uniform(0.3, 0.8))
        L.d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=col)
    status_bar(L, s, True, r)
    p = g.child()
    L.text((L.w / 2, 110 * s), f"{r.randint(1, 12)}:{r.randint(0, 59):02d}", ctx.f("sans", 72 * s), (255, 255, 255), anchor="mm")
    L.text((L.w / 2, 50 * s), f"{r.choice(['Monday', 'Tuesday', 'Friday', 'Saturday'])} {r.randint(1, 28)} {r.choice(['March', 'June', 'October'])}", ctx.f("sans", 16 * s), (255, 255, 255), anchor="mm")
    y = 170 * s
    notes = [
        ("Messages", [(r.choice(["Mum", "Mom", "Dad", "Amma", "Papa"]), None)], tok("pick u up from {SCHOOL:school} at 3:15", school=g.school())),
        ("WhatsApp", tok("{PERSON:f}", f=g.full()), tok("r u coming to {ORG:org} today", org=g.org())),
        ("Snapchat", tok("{HANDLE:h}", h=g.handle()), [("sent you a Snap", None)]),
        ("Messages", tok("{PERSON:f}", f=g.first()), tok("happy birthday {PERSON:me}!!! {AGE:age} today", me=p.first, age=str(p.age))),
        ("Calendar", [("Reminder", None)], tok("Dentist - {LOCATION:town}", town=g.town()[0])),
    ]
    r.shuffle(notes)
    for app, who, body in notes[:r.randint(2, 3)]:
        L.rect((12 * s, y, L.w - 12 * s, y + 78 * s), fill=(245, 245, 248), r=int(16 * s))
        L.text((26 * s, y + 12 * s), app.upper(), font("sans", 11 * s), (90, 90, 100))
        L.runs((26 * s, y + 44 * s), who, ctx.f("sansb", 14.5 * s), (10, 10, 10))
        L.runs((26 * s, y + 66 * s), body, ctx.f("sans", 13.5 * s), (30, 30, 30))
        y += 88 * s
    own = g.phone()
    y2 = L.h - 90 * s
    L.runs((L.w / 2, y2), [("If found please call ", None), (own, "PHONE")], ctx.f("sans", 14 * s), (255, 255, 255), anchor="ms")
    L.runs((L.w / 2, y2 + 24 * s), [("Owner: ", None), (p.name, "PERSON")], ctx.f("sans", 14 * s), (255, 255, 255), anchor="ms")
    return L, "lock_screen"


def signup_form(ctx):
    r, g = ctx.rng, ctx.gen
    dark = r.random() < 0.25
    bgc = (28, 28, 30) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    L, s, land = screen(ctx, landscape=False, bg=bgc)
    top = status_bar(L, s, dark, r)
    acc = PALETTE[r.randrange(len(PALETTE))]
    L.text((24 * s, top + 36 * s), r.choice(["Create your account", "Sign up", "Join the club!", "Register"]), ctx.f("sansb", 24 * s), fg, anchor="lm")
    p = g.child()
    a1, a2, town = g.address()
    fields = [("Full name", p.name, "PERSON"), ("Username", p.handle, "HANDLE"), ("Date of birth", g.date(y=p.year), "DATE_OF_BIRTH"),
              ("Email", g.email(p.first, p.last), "EMAIL"), ("Phone", g.phone(), "PHONE"), ("School", g.school(), "SCHOOL"),
              ("Year / Grade", g.school_year(p.age), "AGE"), ("Home address", a1, "ADDRESS"), ("Suburb / Town", town, "LOCATION"),
              ("Parent name", p.parent, "PERSON"), ("Age", str(p.age), "AGE")]
    keep = [0, 1, 2] + sorted(r.sample(range(3, len(fields)), 4))
    y = top + 80 * s
    for i in keep:
        lab, val, k = fields[i]
        if y + 70 * s > L.h - 70 * s:
            break
        L.text((24 * s, y), lab, ctx.f("sans", 12.5 * s), (130, 130, 140))
        L.rect((24 * s, y + 20 * s, L.w - 24 * s, y + 56 * s), outline=(90, 90, 100) if dark else (200, 200, 210), width=max(1, int(s)), r=int(8 * s))
        L.text((36 * s, y + 38 * s), val, ctx.f("sans", 15 * s), fg, kind=k, anchor="lm")
        y += 70 * s
    L.rect((24 * s, L.h - 64 * s, L.w - 24 * s, L.h - 20 * s), fill=acc, r=int(22 * s))
    L.text((L.w / 2, L.h - 42 * s), "Continue", ctx.f("sansb", 16 * s), (255, 255, 255), anchor="mm")
    return L, "signup_form"


def contact_card(ctx):
    r, g = ctx.rng, ctx.gen
    dark = r.random() < 0.4
    bgc = (0, 0, 0) if dark else (242, 242, 247)
    card = (28, 28, 30) if dark else (255, 255, 255)
    fg = (255, 255, 255) if dark else (0, 0, 0)
    L, s, land = screen(ctx, landscape=False, bg=bgc)
    top = status_bar(L, s, dark, r)
    p = g.child()
    who = r.choice(["child", "parent"])
    name = p.name if who == "child" else p.parent
    L.avatar(int(L.w / 2), top + 70 * s, 44 * s, initials(name), (140, 145, 155))
    L.text((L.w / 2, top + 140 * s), name, ctx.f("sans", 26 * s), fg, kind="PERSON", anchor="mm")
    y = top + 175 * s
    a1, a2, town = g.address()
    rows = [("mobile", g.phone(), "PHONE"), ("home", g.phone(mobile=False), "PHONE"), ("email", g.email(p.first, p.last), "EMAIL"),
            ("birthday", g.date(y=p.year if who == "child" else p.year - 30), "DATE_OF_BIRTH")]
    rows = [rows[0], rows[3]] + r.sample(rows[1:3], 1)
    for lab, val, k in rows:
        L.rect((16 * s, y, L.w - 16 * s, y + 58 * s), fill=card, r=int(10 * s))
        L.text((30 * s, y + 10 * s), lab, ctx.f("sans", 12.5 * s), (130, 130, 135))
        L.text((30 * s, y + 30 * s), val, ctx.f("sans", 16 * s), (10, 132, 255) if k != "DATE_OF_BIRTH" else fg, kind=k)
        y += 66 * s
    L.rect((16 * s, y, L.w - 16 * s, y + 84 * s), fill=card, r=int(10 * s))
    L.text((30 * s, y + 10 * s), "home", ctx.f("sans", 12.5 * s), (130, 130, 135))
    L.text((30 * s, y + 30 * s), a1, ctx.f("sans", 15 * s), fg, kind="ADDRESS")
    L.text((30 * s, y + 54 * s), a2, ctx.f("sans", 15 * s), fg, kind="ADDRESS")
    y += 92 * s
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(4, int(2.6 * s))
        qs = Layer.qr_size(pay, mod)
        if y + qs + 10 * s < L.h:
            L.qr((L.w - qs) / 2, y + 4 * s, pay, mod, parts)
            return L, "contact_card"
    L.rect((16 * s, y, L.w - 16 * s, y + 70 * s), fill=card, r=int(10 * s))
    L.text((30 * s, y + 10 * s), "notes", ctx.f("sans", 12.5 * s), (130, 130, 135))
    L.runs((30 * s, y + 48 * s), [(g.school(), "SCHOOL"), (" - ", None), (g.school_year(p.age), "AGE")], ctx.f("sans", 14 * s), fg)
    return L, "contact_card"


SCREEN_SCENES = {"chat": chat, "game_profile": game_profile, "friend_list": friend_list, "game_lobby": lobby,
                 "leaderboard": leaderboard, "lock_screen": lock_screen, "signup_form": signup_form,
                 "contact_card": contact_card}
