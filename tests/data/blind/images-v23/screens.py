"""Phone / tablet screenshot scenes (leaky and clean)."""
import data as D
from common import (ADDRESS, AGE, DOB, EMAIL, FILLERS, HANDLE, LOCATION, ORG, PERSON, PHONE, PHONE_RES, SCHOOL, URL,
                    Persona, chat_templates, hsv, initials, rand_color)
from core import HAND, SANS, SANS_B, Canvas, LayoutError, Surface, font, layout_rich

LAND_RES = [(1280, 720), (1920, 1080), (2340, 1080), (2532, 1170), (1334, 750), (2400, 1080)]


def screen_size(ctx, landscape=False):
    if landscape:
        return ctx.pick(LAND_RES)
    return ctx.pick(PHONE_RES)


def status_bar(s, surf, W, fg, ctx, y=None):
    f = font("dvb", 14 * s)
    t = f"{ctx.ri(6, 22)}:{ctx.ri(0, 59):02d}"
    surf.text(22 * s, (y or 30 * s), t, f, fg)
    bx = W - 40 * s
    by = (y or 30 * s) - 11 * s
    surf.d.rounded_rectangle([bx, by, bx + 25 * s, by + 12 * s], radius=int(3 * s), outline=fg, width=max(1, int(s)))
    surf.d.rectangle([bx + 2 * s, by + 2 * s, bx + (4 + ctx.ri(4, 19)) * s, by + 10 * s], fill=fg)
    for i in range(4):
        h = (3 + i * 2.5) * s
        surf.d.rectangle([bx - 40 * s + i * 6 * s, by + 12 * s - h, bx - 36 * s + i * 6 * s, by + 12 * s], fill=fg)


CHAT_THEMES = {
    ("whatsapp", False): dict(bg=(236, 229, 221), head=(0, 128, 105), headfg=(255, 255, 255), me=(220, 248, 198),
                              them=(255, 255, 255), fg=(17, 27, 33), sub=(102, 119, 129), font="dv"),
    ("whatsapp", True): dict(bg=(11, 20, 26), head=(31, 44, 52), headfg=(233, 237, 239), me=(0, 92, 75),
                             them=(32, 44, 51), fg=(233, 237, 239), sub=(134, 150, 160), font="dv"),
    ("imessage", False): dict(bg=(255, 255, 255), head=(246, 246, 246), headfg=(0, 0, 0), me=(10, 132, 255),
                              them=(233, 233, 235), fg=(0, 0, 0), mefg=(255, 255, 255), sub=(142, 142, 147), font="ls"),
    ("imessage", True): dict(bg=(0, 0, 0), head=(22, 22, 24), headfg=(255, 255, 255), me=(10, 132, 255),
                             them=(38, 38, 41), fg=(255, 255, 255), mefg=(255, 255, 255), sub=(142, 142, 147), font="ls"),
    ("instagram", False): dict(bg=(255, 255, 255), head=(255, 255, 255), headfg=(0, 0, 0), me=(120, 70, 240),
                               them=(239, 239, 239), fg=(0, 0, 0), mefg=(255, 255, 255), sub=(115, 115, 115), font="fs"),
    ("instagram", True): dict(bg=(0, 0, 0), head=(0, 0, 0), headfg=(245, 245, 245), me=(110, 60, 230),
                              them=(38, 38, 38), fg=(245, 245, 245), mefg=(255, 255, 255), sub=(168, 168, 168), font="fs"),
    ("sms", False): dict(bg=(250, 250, 252), head=(255, 255, 255), headfg=(20, 20, 20), me=(210, 227, 252),
                         them=(232, 234, 237), fg=(20, 20, 20), sub=(95, 99, 104), font="dvc"),
    ("sms", True): dict(bg=(18, 18, 20), head=(30, 31, 34), headfg=(230, 230, 230), me=(0, 74, 119),
                        them=(48, 49, 52), fg=(232, 234, 237), sub=(154, 160, 166), font="dvc"),
}


def chat(ctx, app, dark):
    W, H = screen_size(ctx)
    s = W / 390.0
    th = CHAT_THEMES[(app, dark)]
    p = Persona(ctx)
    surf = Surface(W, H, th["bg"])
    fg, sub = th["fg"], th["sub"]
    head_h = 100 * s
    surf.d.rectangle([0, 0, W, head_h], fill=th["head"])
    status_bar(s, surf, W, th["headfg"], ctx)
    # contact header: the other child
    other = Persona(ctx)
    fname = font(ctx.pick(["dvb", "lsb", "fsb"]), 17 * s)
    if app == "instagram":
        name_text, kind = other.handle, HANDLE
    elif app == "sms" and ctx.chance(0.5):
        name_text, kind = other.phone, PHONE
    else:
        name_text = ctx.pick([other.full, other.first + " " + other.last[0] + ".", other.first])
        kind = PERSON
    surf.text(14 * s, 78 * s, "<", font("dvb", 22 * s), th["headfg"])
    surf.circle_avatar(52 * s, 72 * s, 18 * s, rand_color(ctx), initials(other.full), font("dvb", 13 * s))
    surf.text(80 * s, 70 * s, name_text, fname, th["headfg"], kind=kind)
    surf.text(80 * s, 88 * s, ctx.pick(["online", "Active now", "last seen today at 16:02", "typing..."]),
              font("dv", 11.5 * s), sub if app != "whatsapp" or dark else (220, 240, 235))
    # messages
    T = chat_templates(p, ctx)
    order = list(range(len(T)))
    ctx.rng.shuffle(order)
    nleak = ctx.ri(3, 6)
    msgs = []
    for k in range(nleak):
        if ctx.chance(0.6):
            msgs.append((ctx.chance(0.5), [(ctx.pick(FILLERS), None)]))
        msgs.append((ctx.chance(0.55), T[order[k]]()))
    msgs.append((ctx.chance(0.5), [(ctx.pick(FILLERS), None)]))
    fsize = ctx.uni(14.5, 17) * s
    f = font(th["font"], fsize)
    y = head_h + 18 * s
    maxw = 0.68 * W
    pad = 10 * s
    bottom = H - 70 * s
    for me, segs in msgs:
        lines = layout_rich(maxw - 2 * pad, segs, f)
        lw = max(w for _, w in lines)
        bh = len(lines) * fsize * 1.3 + 2 * pad - fsize * 0.3
        if y + bh > bottom:
            break
        x0 = W - 12 * s - lw - 2 * pad if me else 12 * s
        col = th["me"] if me else th["them"]
        r = 18 * s if app in ("imessage", "instagram") else 8 * s
        surf.rrect([x0, y, x0 + lw + 2 * pad, y + bh], r, col)
        tfg = th.get("mefg", fg) if me else fg
        surf.draw_lines(x0 + pad, y + pad + fsize * 0.8, lw, lines, f, tfg, lh=1.3)
        if app == "whatsapp":
            surf.text(x0 + lw + 2 * pad - 4 * s, y + bh - 3 * s, f"{ctx.ri(7, 21)}:{ctx.ri(0, 59):02d}",
                      font("dv", 9 * s), sub, anchor="rs")
        y += bh + ctx.uni(6, 12) * s
    # input bar
    surf.d.rectangle([0, H - 60 * s, W, H], fill=th["head"])
    surf.rrect([12 * s, H - 50 * s, W - 60 * s, H - 14 * s], 18 * s, th["them"] if not dark else (40, 40, 44))
    surf.text(26 * s, H - 26 * s, ctx.pick(["Message", "iMessage", "Type a message", "Message..."]), font("dv", 14 * s), sub)
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def discord(ctx, dark=True):
    W, H = screen_size(ctx)
    s = W / 390.0
    bg = (49, 51, 56) if dark else (255, 255, 255)
    fg = (219, 222, 225) if dark else (46, 51, 56)
    sub = (148, 155, 164) if dark else (92, 94, 102)
    surf = Surface(W, H, bg)
    surf.d.rectangle([0, 0, W, 96 * s], fill=(43, 45, 49) if dark else (242, 243, 245))
    status_bar(s, surf, W, fg, ctx)
    p = Persona(ctx)
    server = ctx.pick([f"{p.school} gamers", f"{p.team} chat", f"{p.first}'s server", "minecraft squad"])
    kind = SCHOOL if server.startswith(p.school) else (ORG if server.startswith(p.team) else None)
    surf.text(16 * s, 68 * s, "# general", font("dvb", 17 * s), fg)
    if kind:
        surf.text(16 * s, 88 * s, server, font("dv", 12 * s), sub, kind=kind)
    else:
        surf.text(16 * s, 88 * s, server, font("dv", 12 * s), sub)
    T = chat_templates(p, ctx)
    order = list(range(len(T)))
    ctx.rng.shuffle(order)
    users = [p.handle] + [D.handle(ctx.rng) for _ in range(3)]
    y = 120 * s
    fsize = ctx.uni(14, 16) * s
    f = font("dv", fsize)
    fu = font("dvb", fsize)
    k = 0
    while True:
        u = ctx.pick(users)
        segs = T[order[k % len(T)]]() if (k < 6 and ctx.chance(0.75)) else [(ctx.pick(FILLERS), None)]
        k += 1
        lines = layout_rich(W - 80 * s, segs, f)
        bh = 24 * s + len(lines) * fsize * 1.3 + 12 * s
        if y + bh > H - 70 * s or k > 4:
            break
        surf.circle_avatar(30 * s, y + 18 * s, 17 * s, rand_color(ctx), initials(u), font("dvb", 12 * s))
        surf.text(58 * s, y + 14 * s, u, fu, hsv(ctx.rng.random(), 0.5, 0.95) if dark else (30, 30, 30), kind=HANDLE)
        surf.text(58 * s + fu.getlength(u) + 8 * s, y + 14 * s, f"Today at {ctx.ri(1, 11)}:{ctx.ri(0, 59):02d} PM",
                  font("dv", 10 * s), sub)
        surf.draw_lines(58 * s, y + 14 * s + fsize * 1.35, W - 80 * s, lines, f, fg, lh=1.3)
        y += bh + 6 * s
    surf.rrect([12 * s, H - 54 * s, W - 12 * s, H - 14 * s], 20 * s, (56, 58, 64) if dark else (235, 237, 239))
    surf.text(28 * s, H - 28 * s, "Message #general", font("dv", 14 * s), sub)
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def qr_link(ctx, p):
    kind = ctx.pick(["discord", "snapchat", "tme"])
    if kind == "discord":
        return f"https://discord.com/users/{ctx.ri(10**16, 10**17)}"
    if kind == "snapchat":
        return f"https://www.snapchat.com/add/{p.handle}"
    return f"https://t.me/{p.handle}"


def game_profile(ctx, with_qr=False):
    land = with_qr or ctx.chance(0.3)
    W, H = screen_size(ctx, land)
    s = min(W, H) / 390.0
    dark = ctx.chance(0.7)
    bg = (24, 26, 38) if dark else (240, 242, 247)
    fg = (235, 235, 245) if dark else (25, 25, 35)
    sub = (150, 155, 175) if dark else (100, 100, 115)
    acc = rand_color(ctx, v=(0.6, 0.95))
    surf = Surface(W, H, bg)
    p = Persona(ctx, age=ctx.ri(8, 14))
    bh = (100 if land else 150) * s
    surf.d.rectangle([0, 0, W, bh], fill=acc)
    status_bar(s, surf, W, (255, 255, 255), ctx)
    game = ctx.pick(["BlockQuest", "Skyforge Arena", "PixelKart", "Legends of Loot", "Craftopia", "Robo Rally X"])
    surf.text(W / 2, 60 * s, game + "  -  Profile", font("dvb", 15 * s), (255, 255, 255), anchor="ms")
    surf.circle_avatar(70 * s, bh, 42 * s, rand_color(ctx), initials(p.full), font("dvb", 28 * s))
    fh = font(ctx.pick(["dvb", "lsb", "fsb"]), 22 * s)
    surf.text(130 * s, bh + 35 * s, p.handle, fh, fg, kind=HANDLE)
    fb = font(ctx.pick(["dv", "ls", "fs"]), 14 * s)
    surf.text(130 * s, bh + 60 * s, f"Level {ctx.ri(5, 99)}  -  {ctx.ri(100, 9999)} XP", fb, sub)
    y = bh + (110 if not land else 100) * s
    step = (52 if not land else 44) * s
    rows = [("Display name", p.full, PERSON), ("Age", D.age_str(ctx.rng, p.age), AGE), ("Location", f"{p.town}", LOCATION),
            ("School", p.school, SCHOOL), ("Joined", D.short_date(ctx.rng, ctx.region, 2024), None),
            ("Friend code", f"SW-{ctx.ri(1000, 9999)}-{ctx.ri(1000, 9999)}-{ctx.ri(1000, 9999)}", None),
            ("Clan", p.team, ORG)]
    ctx.rng.shuffle(rows)
    rows = [("Channel", p.url, URL)] + rows[:ctx.ri(3, 5)]
    fl = font("dv", 12 * s)
    fv = font(ctx.pick(["dvb", "lsb", "dvcb"]), 15 * s)
    x0 = 20 * s
    for lab, val, kind in rows:
        if y + 30 * s > H - 16 * s:
            break
        surf.text(x0, y, lab.upper(), fl, sub)
        surf.text(x0, y + 22 * s, val, fv, fg, kind=kind)
        y += step
    segs = ctx.pick([
        [("hi im ", None), (p.first, PERSON), (" ", None), (p.year, AGE), (" - add me! yt: ", None), (p.url, URL)],
        [("bored? msg me ", None), ("@" + D.handle(ctx.rng), HANDLE), (" - ", None), (p.town, LOCATION), (" gang", None)],
        [("proud member of ", None), (p.team, ORG), (". bday ", None), (p.dob, DOB)],
        [("streaming every friday ", None), (p.url, URL)],
    ])
    fbio = font("dv", 14 * s)
    if with_qr:
        link = qr_link(ctx, p)
        mod = max(3, int(3.5 * s))
        size = Surface.qr_size(link, mod)
        qx = W - size - 30 * s
        qy = bh + 40 * s
        surf.rrect([qx, qy - 30 * s, qx + size, qy + size], 10 * s, (255, 255, 255))
        surf.text(qx + size / 2, qy - 8 * s, "Scan to add me", font("dvb", 12 * s), (20, 20, 20), anchor="ms")
        surf.qr(qx, qy, link, mod, leaks=[(URL, link)])
    elif land:
        surf.text(W / 2 + 10 * s, bh + 40 * s, "ABOUT ME", fl, sub)
        surf.rich(W / 2 + 10 * s, bh + 66 * s, W / 2 - 40 * s, segs, fbio, fg, max_lines=5)
    elif y + 26 * s + 3 * 19 * s < H - 10 * s:
        surf.text(x0, y + 10 * s, "ABOUT ME", fl, sub)
        surf.rich(x0, y + 36 * s, W - 40 * s, segs, fbio, fg, max_lines=3)
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def friend_list(ctx):
    W, H = screen_size(ctx)
    s = W / 390.0
    dark = ctx.chance(0.5)
    bg = (18, 20, 28) if dark else (250, 250, 252)
    fg = (235, 235, 240) if dark else (20, 20, 28)
    sub = (140, 145, 160) if dark else (110, 110, 120)
    surf = Surface(W, H, bg)
    status_bar(s, surf, W, fg, ctx)
    surf.text(20 * s, 90 * s, ctx.pick(["Friends", "Friends (online)", "Your Friends", "Squad"]), font("dvb", 26 * s), fg)
    y = 130 * s
    rowh = ctx.uni(80, 100) * s
    fh = font(ctx.pick(["dvb", "lsb", "fsb", "dvcb"]), 16 * s)
    fs = font("dv", 12.5 * s)
    n = 0
    while y + rowh < H - 20 * s and n < 5:
        p = Persona(ctx)
        surf.circle_avatar(42 * s, y + rowh / 2, 22 * s, rand_color(ctx), initials(p.handle), font("dvb", 13 * s))
        surf.d.ellipse([56 * s, y + rowh / 2 + 8 * s, 66 * s, y + rowh / 2 + 18 * s],
                       fill=(67, 181, 129) if ctx.chance(0.6) else (120, 120, 120))
        surf.text(78 * s, y + rowh * 0.45, p.handle, fh, fg, kind=HANDLE)
        r = ctx.rng.random()
        if r < 0.25:
            surf.text(78 * s, y + rowh * 0.78, p.first + " " + p.last[0] + ".", fs, sub, kind=PERSON)
        elif r < 0.35:
            surf.text(78 * s, y + rowh * 0.78, p.full, fs, sub, kind=PERSON)
        elif r < 0.65:
            surf.rich(78 * s, y + rowh * 0.78, W - 100 * s, [("from ", None), (p.school, SCHOOL)], fs, sub)
        else:
            surf.text(78 * s, y + rowh * 0.78, ctx.pick(["Playing BlockQuest", "Online", "Offline - 2h ago", "In a match",
                                                          "Away"]), fs, sub)
        surf.d.line([78 * s, y + rowh, W, y + rowh], fill=(50, 52, 60) if dark else (225, 225, 230), width=max(1, int(s)))
        y += rowh
        n += 1
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def lobby(ctx):
    W, H = screen_size(ctx, landscape=True)
    s = H / 390.0
    bg1 = hsv(ctx.rng.random(), 0.6, 0.25)
    surf = Surface(W, H, bg1)
    for i in range(0, H, 4):
        c = hsv(0.6 + i / H * 0.2, 0.6, 0.2 + 0.15 * i / H)
        surf.d.line([0, i, W, i], fill=c, width=4)
    fg = (240, 240, 250)
    surf.text(20 * s, 40 * s, ctx.pick(["LOBBY", "PARTY", "WAITING FOR PLAYERS", "SQUAD LOBBY"]), font("dvb", 22 * s), fg)
    surf.text(W - 20 * s, 40 * s, f"{ctx.ri(2, 4)}/4 READY", font("dvb", 14 * s), (120, 230, 140), anchor="rs")
    p0 = Persona(ctx)
    # player cards
    n = 4
    cw = (W * 0.58 - 20 * s) / n
    fh = font(ctx.pick(["dvcb", "lnb", "dvb"]), 13 * s)
    for i in range(n):
        x0 = 20 * s + i * cw
        surf.rrect([x0 + 4 * s, 60 * s, x0 + cw - 4 * s, 250 * s], 10 * s, (0, 0, 0, 255))
        surf.rrect([x0 + 6 * s, 62 * s, x0 + cw - 6 * s, 248 * s], 9 * s, hsv(ctx.rng.random(), 0.4, 0.35))
        h = p0.handle if i == 0 else D.handle(ctx.rng)
        surf.circle_avatar(x0 + cw / 2, 120 * s, 30 * s, rand_color(ctx), initials(h), font("dvb", 18 * s))
        while fh.getlength(h) > cw - 16 * s and len(h) > 4:
            h = h[:-1]
        surf.text(x0 + cw / 2, 185 * s, h, fh, fg, kind=HANDLE, anchor="ms")
        surf.text(x0 + cw / 2, 210 * s, f"LV {ctx.ri(3, 80)}", font("dv", 11 * s), (200, 200, 210), anchor="ms")
    # chat panel
    px = W * 0.6
    surf.rrect([px, 60 * s, W - 20 * s, H - 20 * s], 10 * s, (10, 10, 18, 255))
    surf.text(px + 14 * s, 84 * s, "PARTY CHAT", font("dvb", 12 * s), (180, 180, 200))
    T = chat_templates(p0, ctx)
    order = list(range(len(T)))
    ctx.rng.shuffle(order)
    y = 110 * s
    f = font("dv", 12.5 * s)
    fb = font("dvb", 12.5 * s)
    k = 0
    while y < H - 60 * s and k < 3:
        u = p0.handle if ctx.chance(0.5) else D.handle(ctx.rng)
        segs = T[order[k]]() if k < 4 else [(ctx.pick(FILLERS), None)]
        k += 1
        line = [(u, HANDLE), (": ", None)] + segs
        lines = layout_rich(W - px - 40 * s, line, f)
        if y + len(lines) * 17 * s > H - 30 * s:
            break
        surf.draw_lines(px + 14 * s, y, W - px - 40 * s, lines, f, fg, lh=1.35)
        y += len(lines) * f.size * 1.35 + 8 * s
    surf.rrect([20 * s, H - 90 * s, 20 * s + 180 * s, H - 40 * s], 12 * s, (250, 200, 40))
    surf.text(110 * s, H - 58 * s, "START", font("dvb", 20 * s), (30, 20, 0), anchor="ms")
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def lock_screen(ctx, with_qr=False):
    W, H = screen_size(ctx)
    s = W / 390.0
    h0 = ctx.rng.random()
    surf = Surface(W, H, (0, 0, 0))
    for i in range(0, H, 4):
        surf.d.line([0, i, W, i], fill=hsv(h0 + 0.15 * i / H, 0.55, 0.55 - 0.3 * i / H), width=4)
    fg = (255, 255, 255)
    p = Persona(ctx)
    surf.text(W / 2, 150 * s, f"{ctx.pick(D.DAYS)}, {D.event_date(ctx.rng, ctx.region, weekday=False)}", font("dv", 17 * s),
              fg, anchor="ms")
    surf.text(W / 2, 240 * s, f"{ctx.ri(7, 12)}:{ctx.ri(0, 59):02d}", font(ctx.pick(["dvb", "lsb", "dvl"]), 84 * s), fg,
              anchor="ms")
    y = 290 * s
    notes = [
        ("MESSAGES", p.parent_first if ctx.chance(0.5) else "Mum",
         [("Pick you up from ", None), (p.school, SCHOOL), (" at 3:15", None)]),
        ("WHATSAPP", p.friend, [("are you coming to ", None), (p.addr["street"], ADDRESS), (" later?", None)]),
        ("SNAPCHAT", None, [("", None), (D.handle(ctx.rng), HANDLE), (" added you back!", None)]),
        ("MESSAGES", "Coach", [("Training moved - ", None), (p.team, ORG), (" meet at the park", None)]),
        ("INSTAGRAM", None, [("", None), ("@" + D.handle(ctx.rng), HANDLE), (" started following you", None)]),
        ("CALENDAR", None, [("", None), (D.first(ctx.rng), PERSON), ("'s party - ", None), (D.address(ctx.rng, ctx.region)["street"], ADDRESS)]),
        ("ALERTS", None, [("New follower on ", None), (p.url, URL)]),
        ("MESSAGES", "Nana", [("Happy birthday ", None), (p.first, PERSON), ("! ", None), (f"{p.age} already", AGE)]),
    ]
    ctx.rng.shuffle(notes)
    ft = font("dvb", 14 * s)
    fm = font("dv", 14 * s)
    fa = font("dv", 11 * s)
    for app, who, segs in notes[:ctx.ri(3, 5)]:
        lines = layout_rich(W - 64 * s, segs, fm)
        bh = 40 * s + (22 * s if who else 0) + len(lines) * fm.size * 1.3
        if y + bh > H - (220 * s if with_qr else 110 * s):
            break
        surf.rrect([12 * s, y, W - 12 * s, y + bh], 18 * s, (245, 245, 248))
        surf.text(30 * s, y + 24 * s, app, fa, (90, 90, 100))
        surf.text(W - 30 * s, y + 24 * s, "now", fa, (90, 90, 100), anchor="rs")
        yy = y + 46 * s
        if who:
            surf.text(30 * s, yy, who, ft, (10, 10, 10), kind=PERSON if who not in ("Mum", "Coach", "Nana") else None)
            yy += 22 * s
        surf.draw_lines(30 * s, yy, W - 64 * s, lines, fm, (25, 25, 30), lh=1.3)
        y += bh + 10 * s
    if with_qr:
        payload = f"MECARD:N:{p.last},{p.first};TEL:{D.digits_only(p.parent_phone)};;"
        mod = max(3, int(3.2 * s))
        size = Surface.qr_size(payload, mod)
        qx, qy = (W - size) / 2, H - size - 40 * s
        surf.text(W / 2, qy - 10 * s, "If found please scan", font("dvb", 13 * s), fg, anchor="ms")
        surf.qr(qx, qy, payload, mod, leaks=[(PERSON, f"{p.last},{p.first}"), (PHONE, D.digits_only(p.parent_phone))])
    else:
        surf.text(W / 2, H - 70 * s, "If found please call", font("dv", 13 * s), fg, anchor="ms")
        surf.text(W / 2, H - 46 * s, p.parent_phone, font("dvb", 16 * s), fg, anchor="ms", kind=PHONE)
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def signup_form(ctx):
    W, H = screen_size(ctx)
    s = W / 390.0
    dark = ctx.chance(0.3)
    bg = (20, 22, 30) if dark else (255, 255, 255)
    fg = (240, 240, 245) if dark else (20, 20, 25)
    sub = (150, 150, 165) if dark else (105, 105, 115)
    acc = rand_color(ctx, v=(0.55, 0.9))
    surf = Surface(W, H, bg)
    status_bar(s, surf, W, fg, ctx)
    p = Persona(ctx)
    app = ctx.pick(["ChatterBox", "StarTube Kids", "DrawPal", "QuizQuest", "SnapPals", "GameHub"])
    surf.text(24 * s, 96 * s, f"Join {app}", font("dvb", 26 * s), fg)
    surf.text(24 * s, 122 * s, "Create your account", font("dv", 14 * s), sub)
    fields = [("First name", p.first, PERSON), ("Last name", p.last, PERSON), ("Username", p.handle, HANDLE),
              ("Email", p.email, EMAIL), ("Date of birth", p.dob, DOB), ("Phone", p.phone, PHONE),
              ("School", p.school, SCHOOL), ({"US": "ZIP code", "CA": "Postal code", "IE": "Eircode"}.get(ctx.region, "Postcode"),
                                             p.addr["locality"].split(" ")[-1] if ctx.region != "IN" else p.addr["locality"].split(" ")[-1], ADDRESS),
              ("Age", str(p.age), AGE)]
    if ctx.region in ("CA", "US"):
        fields[7] = (fields[7][0], " ".join(p.addr["locality"].split(" ")[-2:]) if ctx.region == "CA" else p.addr["locality"].split(" ")[-1], ADDRESS)
    keep = [f for f in fields if ctx.chance(0.75)]
    y = 160 * s
    fl = font("dv", 12 * s)
    fv = font(ctx.pick(["dv", "ls", "fs"]), 16 * s)
    for lab, val, kind in keep:
        if y + 70 * s > H - 90 * s:
            break
        surf.text(24 * s, y, lab, fl, sub)
        surf.rrect([24 * s, y + 8 * s, W - 24 * s, y + 52 * s], 8 * s, None, outline=(80, 80, 95) if dark else (200, 200, 210),
                   width=max(1, int(1.5 * s)))
        surf.text(38 * s, y + 37 * s, val, fv, fg, kind=kind)
        y += 72 * s
    surf.rrect([24 * s, H - 80 * s, W - 24 * s, H - 30 * s], 25 * s, acc)
    surf.text(W / 2, H - 49 * s, "Sign up", font("dvb", 17 * s), (255, 255, 255), anchor="ms")
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


# ------------------------------------------------------------------ clean screens
CLUBS = ["Arsenal", "Liverpool", "Manchester City", "Chelsea", "Tottenham", "Newcastle", "Aston Villa", "Brighton",
         "West Ham", "Brentford", "Fulham", "Everton", "Celtic", "Rangers", "Real Madrid", "Barcelona", "Bayern Munich",
         "Juventus", "Ajax", "Inter Miami", "LA Galaxy", "Melbourne Victory", "Sydney FC", "Auckland FC", "Kaizer Chiefs",
         "Orlando Pirates", "Mumbai City", "Bengaluru FC", "Toronto FC", "CF Montreal", "Shamrock Rovers", "Bohemians"]
CITIES = ["London", "Dublin", "Toronto", "Sydney", "Auckland", "Mumbai", "Cape Town", "New York", "Manchester",
          "Vancouver", "Melbourne", "Wellington", "Delhi", "Durban", "Chicago", "Edinburgh"]


def league_table(ctx):
    W, H = screen_size(ctx)
    s = W / 390.0
    dark = ctx.chance(0.5)
    bg = (16, 18, 24) if dark else (255, 255, 255)
    fg = (235, 235, 240) if dark else (20, 20, 25)
    surf = Surface(W, H, bg)
    status_bar(s, surf, W, fg, ctx)
    surf.text(20 * s, 90 * s, ctx.pick(["Premier League", "La Liga", "A-League Men", "MLS Eastern", "League of Ireland"]),
              font("dvb", 22 * s), fg)
    surf.text(20 * s, 115 * s, "Table  -  2024/25", font("dv", 13 * s), (130, 130, 140))
    clubs = list(CLUBS)
    ctx.rng.shuffle(clubs)
    y = 150 * s
    f = font(ctx.pick(["dv", "ls", "fs"]), 14 * s)
    hd = font("dvb", 12 * s)
    for lab, x in (("#", 16), ("Club", 44), ("P", 230), ("GD", 280), ("Pts", 340)):
        surf.text(x * s, y, lab, hd, (130, 130, 140))
    y += 30 * s
    pts = sorted([ctx.ri(10, 80) for _ in range(20)], reverse=True)
    for i in range(20):
        if y > H - 20 * s:
            break
        surf.text(16 * s, y, str(i + 1), f, fg)
        surf.text(44 * s, y, clubs[i], f, fg)
        surf.text(230 * s, y, str(ctx.ri(20, 30)), f, fg)
        surf.text(280 * s, y, f"{ctx.ri(-30, 40):+d}", f, fg)
        surf.text(340 * s, y, str(pts[i]), font("dvb", 14 * s), fg)
        y += 34 * s
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def weather_app(ctx):
    W, H = screen_size(ctx)
    s = W / 390.0
    h0 = ctx.uni(0.52, 0.65)
    surf = Surface(W, H, (0, 0, 0))
    for i in range(0, H, 4):
        surf.d.line([0, i, W, i], fill=hsv(h0, 0.55, 0.85 - 0.35 * i / H), width=4)
    fg = (255, 255, 255)
    status_bar(s, surf, W, fg, ctx)
    city = ctx.pick(CITIES)
    t = ctx.ri(-3, 33)
    surf.text(W / 2, 130 * s, city, font("dv", 32 * s), fg, anchor="ms")
    surf.text(W / 2, 230 * s, f"{t}°", font("dvl", 96 * s), fg, anchor="ms")
    surf.text(W / 2, 270 * s, ctx.pick(["Mostly Cloudy", "Sunny", "Light Rain", "Showers", "Clear", "Windy"]),
              font("dv", 18 * s), fg, anchor="ms")
    surf.text(W / 2, 298 * s, f"H:{t + ctx.ri(1, 6)}°  L:{t - ctx.ri(2, 8)}°", font("dv", 16 * s), fg, anchor="ms")
    y = 340 * s
    surf.rrect([16 * s, y, W - 16 * s, y + 130 * s], 16 * s, (255, 255, 255, 255))
    surf.rrect([16 * s, y, W - 16 * s, y + 130 * s], 16 * s, hsv(h0, 0.5, 0.5))
    for i in range(6):
        x = 40 * s + i * (W - 80 * s) / 5.5
        surf.text(x, y + 35 * s, "Now" if i == 0 else f"{(ctx.ri(0, 23))}", font("dvb", 13 * s), fg, anchor="ms")
        surf.d.ellipse([x - 10 * s, y + 52 * s, x + 10 * s, y + 72 * s], fill=(255, 210, 60))
        surf.text(x, y + 105 * s, f"{t + ctx.ri(-3, 3)}°", font("dvb", 16 * s), fg, anchor="ms")
    y += 150 * s
    surf.rrect([16 * s, y, W - 16 * s, H - 30 * s], 16 * s, hsv(h0, 0.5, 0.45))
    f = font("dv", 16 * s)
    for i, d in enumerate(D.DAYS):
        yy = y + 40 * s + i * 44 * s
        if yy > H - 50 * s:
            break
        surf.text(36 * s, yy, "Today" if i == 0 else d[:3], f, fg)
        surf.text(W - 36 * s, yy, f"{t + ctx.ri(-4, 4)}° / {t - ctx.ri(3, 9)}°", f, fg, anchor="rs")
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def website(ctx):
    W, H = screen_size(ctx)
    s = W / 390.0
    surf = Surface(W, H, (255, 255, 255))
    status_bar(s, surf, W, (20, 20, 20), ctx)
    site = ctx.pick([("BBC Sport", "bbc.co.uk/sport"), ("NASA Kids", "nasa.gov/kids"), ("National Geographic Kids", "natgeokids.com"),
                     ("Wikipedia", "en.wikipedia.org"), ("Met Office", "metoffice.gov.uk"), ("ABC News", "abc.net.au/news")])
    surf.rrect([14 * s, 50 * s, W - 14 * s, 84 * s], 10 * s, (235, 235, 238))
    surf.text(W / 2, 73 * s, site[1], font("dv", 14 * s), (40, 40, 40), anchor="ms")
    surf.d.rectangle([0, 96 * s, W, 150 * s], fill=rand_color(ctx))
    surf.text(20 * s, 133 * s, site[0], font("dvb", 24 * s), (255, 255, 255))
    heads = [("Taylor Swift announces extra stadium dates", "The singer will add shows in London and Sydney next summer."),
             ("Lionel Messi scores twice for Inter Miami", "The Argentine forward sealed the win in the second half."),
             ("Saturn's rings will 'disappear' from view", "A quirk of geometry means the rings appear edge-on in March."),
             ("Serena Williams opens new tennis academy", "The 23-time Grand Slam champion spoke to reporters on Tuesday."),
             ("How do volcanoes work?", "Magma rises through cracks in the Earth's crust and erupts as lava."),
             ("Zendaya to star in new space film", "Filming begins in Budapest in the spring, the studio confirmed."),
             ("Ed Sheeran surprises fans in Dublin", "The musician played an acoustic set on Grafton Street."),
             ("Blue whales are the largest animals ever", "An adult can be as long as three buses.")]
    ctx.rng.shuffle(heads)
    y = 190 * s
    fh = font(ctx.pick(["dvsb", "lrb", "dvb"]), 20 * s)
    fb = font(ctx.pick(["dvs", "lr", "dv"]), 15 * s)
    for hd, body in heads:
        if y > H - 150 * s:
            break
        surf.d.rectangle([20 * s, y, W - 20 * s, y + 150 * s], fill=(215, 220, 228))
        surf.text(W / 2, y + 80 * s, "image", font("dv", 12 * s), (150, 150, 160), anchor="ms")
        y += 185 * s
        y = surf.rich(20 * s, y, W - 40 * s, [(hd, None)], fh, (15, 15, 15), lh=1.25)
        y = surf.rich(20 * s, y + 28 * s, W - 40 * s, [(body, None)], fb, (70, 70, 75), lh=1.35)
        y += 40 * s
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c


def game_hud(ctx):
    W, H = screen_size(ctx, landscape=True)
    s = H / 390.0
    surf = Surface(W, H, (0, 0, 0))
    for i in range(0, H, 4):
        surf.d.line([0, i, W, i], fill=hsv(0.33 if i > H * 0.6 else 0.58, 0.5, 0.75 if i > H * 0.6 else 0.95 - 0.3 * i / H), width=4)
    for _ in range(12):
        x = ctx.uni(0, W)
        y = ctx.uni(H * 0.4, H * 0.75)
        r = ctx.uni(20, 60) * s
        surf.d.ellipse([x - r, y - r, x + r, y + r * 0.3], fill=hsv(0.3, 0.6, ctx.uni(0.3, 0.5)))
    fg = (255, 255, 255)
    fb = font("dvb", 16 * s)
    surf.rrect([16 * s, 14 * s, 220 * s, 40 * s], 6 * s, (0, 0, 0, 255))
    surf.d.rectangle([19 * s, 17 * s, (19 + 198 * ctx.uni(0.2, 1)) * s, 37 * s], fill=(220, 50, 50))
    surf.text(24 * s, 33 * s, "HP", font("dvb", 12 * s), fg)
    surf.text(W - 20 * s, 34 * s, f"SCORE {ctx.ri(1000, 99999):,}", fb, fg, anchor="rs")
    surf.text(W - 20 * s, 58 * s, f"Coins x{ctx.ri(0, 999)}", font("dv", 14 * s), (255, 220, 80), anchor="rs")
    quest = ctx.pick(["Quest: Find the Crystal Dragon", "Objective: Reach the Sky Castle", "Defeat the Goblin King",
                      "Collect 10 Star Shards", "Escort Captain Nova to the harbour"])
    surf.text(16 * s, 70 * s, quest, font("dv", 14 * s), fg)
    surf.rrect([16 * s, H - 110 * s, 320 * s, H - 16 * s], 8 * s, (0, 0, 0, 255))
    for i, line in enumerate(ctx.rng.sample(["[System] Welcome to Skyforge Arena!", "[Guide] Press E to open the map",
                                             "[System] Double XP weekend is live", "[Merchant Zib] Potions, 5 gold each",
                                             "[System] Server restart in 30 min"], 3)):
        surf.text(26 * s, H - 84 * s + i * 24 * s, line, font("dv", 12 * s), (220, 220, 230))
    surf.d.ellipse([W - 140 * s, H - 140 * s, W - 20 * s, H - 20 * s], outline=fg, width=int(3 * s))
    surf.text(W - 80 * s, H - 74 * s, "A", font("dvb", 40 * s), fg, anchor="mm")
    c = Canvas(W, H, "screen")
    c.add_flat(surf)
    return c
