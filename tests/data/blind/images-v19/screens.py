"""Phone / desktop screenshot scenes (chats, game profiles, lobbies, lock screens, forms)."""
import re
from common import Layer, Photo, wrap_segments, line_width, qr_size, UI, UI_B
from qrpay import leaky_payload

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1170, 2532), (1080, 2400)]
LANDSCAPE = [(1280, 720), (1920, 1080), (2340, 1080), (1600, 720)]

APP = {
    "whatsapp": dict(light=dict(bg=(236, 229, 221), bar=(0, 128, 105), bartext=(255, 255, 255), me=(220, 248, 198), them=(255, 255, 255), text=(17, 27, 33), meta=(102, 119, 129)),
                     dark=dict(bg=(11, 20, 26), bar=(31, 44, 52), bartext=(233, 237, 239), me=(0, 92, 75), them=(32, 44, 51), text=(233, 237, 239), meta=(134, 150, 160))),
    "imessage": dict(light=dict(bg=(255, 255, 255), bar=(247, 247, 247), bartext=(0, 0, 0), me=(10, 132, 255), them=(233, 233, 235), text=(0, 0, 0), metext=(255, 255, 255), meta=(142, 142, 147)),
                     dark=dict(bg=(0, 0, 0), bar=(22, 22, 24), bartext=(255, 255, 255), me=(10, 132, 255), them=(38, 38, 41), text=(255, 255, 255), metext=(255, 255, 255), meta=(142, 142, 147))),
    "sms": dict(light=dict(bg=(250, 250, 252), bar=(255, 255, 255), bartext=(30, 30, 30), me=(52, 199, 89), them=(228, 230, 235), text=(20, 20, 20), metext=(255, 255, 255), meta=(120, 120, 120)),
                dark=dict(bg=(18, 18, 20), bar=(30, 30, 34), bartext=(240, 240, 240), me=(38, 150, 70), them=(48, 50, 56), text=(235, 235, 235), metext=(255, 255, 255), meta=(150, 150, 150))),
    "instagram": dict(light=dict(bg=(255, 255, 255), bar=(255, 255, 255), bartext=(0, 0, 0), me=(120, 60, 230), them=(239, 239, 239), text=(0, 0, 0), metext=(255, 255, 255), meta=(142, 142, 142)),
                      dark=dict(bg=(0, 0, 0), bar=(0, 0, 0), bartext=(255, 255, 255), me=(110, 70, 235), them=(38, 38, 38), text=(245, 245, 245), metext=(255, 255, 255), meta=(160, 160, 160))),
    "discord": dict(light=dict(bg=(255, 255, 255), bar=(242, 243, 245), bartext=(6, 6, 7), text=(46, 51, 56), meta=(94, 103, 114), name=(88, 101, 242)),
                    dark=dict(bg=(49, 51, 56), bar=(43, 45, 49), bartext=(242, 243, 245), text=(219, 222, 225), meta=(148, 155, 164), name=(88, 175, 242))),
}
AVCOLS = [(229, 115, 115), (121, 134, 203), (77, 182, 172), (255, 183, 77), (149, 117, 205), (100, 181, 246), (174, 213, 129), (240, 98, 146)]

FILLER = ["lol ok", "see you tmrw", "haha same", "what time??", "k", "did u do the maths homework", "brb dinner",
          "omg yes", "that's so funny", "can't wait!!", "my mum said yes", "nooo", "wait really?", "ok cool",
          "who else is coming", "send me the link", "gtg", "ur so lucky", "same lol", "is it tomorrow or friday?"]
TEMPLATES = [
    "are you coming to {ORG} training on Saturday?", "my address is {ADDRESS} come over after school",
    "text me on {PHONE} i got a new phone", "i'm in {AGE} at {SCHOOL}", "add me its {HANDLE}",
    "{PERSON} said she's moving to {LOCATION}", "my birthday is {DOB}!!", "my email is {EMAIL}",
    "check my channel {URL}", "{PERSON} is in my class at {SCHOOL}", "call my mum {PHONE} if you get lost",
    "we live near the park in {LOCATION}", "party at {ADDRESS} bring ur swimsuit", "im {AGE} not 10 lol",
    "meet at the gate of {SCHOOL} at 3:15", "ask {PERSON} for the code", "my dad works at {ORG}",
    "follow me {HANDLE} on tiktok", "i'm turning {AGE} next week", "ring {PHONE} thats my nan's house",
    "sub to my channel pls {URL}", "my dob is {DOB} for the form", "new vid up {URL}", "email me the pics {EMAIL}",
]


def fill_template(g, t, people=None):
    segs = []
    for part in re.split(r"(\{[A-Z_]+\})", t):
        if not part:
            continue
        m = re.fullmatch(r"\{([A-Z_]+)\}", part)
        if not m:
            segs.append((part, None))
            continue
        k = m.group(1)
        v = {"PERSON": lambda: g.name() if g.r.random() < 0.5 else g.first(),
             "ADDRESS": g.street_line, "PHONE": g.phone, "AGE": lambda: g.year() if g.r.random() < 0.6 else str(g.r.randrange(8, 14)),
             "SCHOOL": g.school, "HANDLE": g.handle, "LOCATION": lambda: g.town()[0], "DOB": g.dob, "EMAIL": g.email,
             "URL": g.url, "ORG": g.org}[k]()
        segs.append((v, "DATE_OF_BIRTH" if k == "DOB" else k))
    return segs


def new_screen(ctx, landscape=None):
    r = ctx.rnd
    if landscape is None:
        landscape = r.random() < 0.15
    W, H = r.choice(LANDSCAPE if landscape else PORTRAIT)
    s = (H if landscape else W) / 390.0
    return W, H, s


def status_bar(L, s, col, r, W):
    t = "%d:%02d" % (r.randrange(6, 23), r.randrange(60))
    L.text((22 * s, 30 * s), t, "sans_b", 15 * s, col)
    x = W - 22 * s
    L.rrect([x - 26 * s, 19 * s, x, 31 * s], 3 * s, outline=col, width=max(1, int(1.2 * s)))
    L.rect([x - 24 * s, 21 * s, x - 24 * s + 20 * s * r.uniform(0.2, 0.95), 29 * s], fill=col)
    for i in range(4):
        L.rect([x - 58 * s + i * 6 * s, 29 * s - (i + 1) * 2.5 * s, x - 54 * s + i * 6 * s, 29 * s], fill=col)


def chat(ctx, app):
    r, g = ctx.rnd, ctx.g
    dark = r.random() < 0.45
    C = APP[app]["dark" if dark else "light"]
    W, H, s = new_screen(ctx)
    L = Layer(W, H, C["bg"])
    fk, fkb = r.choice(UI), r.choice(UI_B)
    if app == "whatsapp" and not dark:
        for i in range(60):  # doodle wallpaper dots
            x, y = r.uniform(0, W), r.uniform(0, H)
            L.d.ellipse([x, y, x + 6 * s, y + 6 * s], outline=(222, 214, 204))
    bar_h = 100 * s
    L.rect([0, 0, W, bar_h], fill=C["bar"])
    status_bar(L, s, C["bartext"], r, W)
    first, last = g.first(), g.last()
    group = app in ("whatsapp", "discord") and r.random() < 0.35
    handle = g.handle(first)
    if app == "discord":
        title_segs = [("# " + r.choice(["general", "homework-help", "minecraft", "memes", "class-chat"]), None)]
    elif group:
        title_segs = [(r.choice(["Class ", "Squad ", ""]), None), (g.year(), "AGE"), (r.choice([" girls", " chat", " \u2764"]), None)]
    elif app == "instagram":
        title_segs = [(handle, "HANDLE")]
    else:
        title_segs = [(f"{first} {last}" if r.random() < 0.6 else first, "PERSON")]
    ax = 60 * s
    L.avatar(ax, 70 * s, 16 * s, (first[0] + last[0]).upper(), r.choice(AVCOLS))
    L.segs(ax + 26 * s, 76 * s, title_segs, fkb, 17 * s, C["bartext"])
    L.text((20 * s, 76 * s), "<", "sans_b", 20 * s, C["bartext"])
    # input bar
    L.rect([0, H - 70 * s, W, H], fill=C["bar"])
    L.rrect([16 * s, H - 58 * s, W - 60 * s, H - 22 * s], 18 * s, fill=C["bg"])
    L.text((30 * s, H - 34 * s), "Message", fk, 15 * s, C["meta"])
    # messages
    size = r.uniform(14.5, 17.5) * s
    lh = size * 1.3
    y = bar_h + 16 * s
    ymax = H - 80 * s
    maxw = W * 0.68
    names = [(first, last, handle)] + [(g.first(), g.last(), None) for _ in range(3)]
    budget = r.randrange(4, 7)
    n_leak = 0
    msgs = []
    for i in range(24):
        if n_leak < budget and r.random() < 0.55:
            msgs.append(fill_template(g, r.choice(TEMPLATES)))
            n_leak += 1
        else:
            msgs.append([(r.choice(FILLER), None)])
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first, last, handle)
        qpos = 1
    else:
        pay = None
    last_side = None
    for mi, segs in enumerate(msgs):
        me = r.random() < 0.45
        if app == "discord":
            fi, la, hh = r.choice(names)
            hh = hh or g.handle(fi)
            lines = wrap_segments(L, segs, fk, size, W - 90 * s)
            need = lh * (len(lines) + 1) + 14 * s
            if y + need > ymax:
                break
            L.avatar(30 * s, y + 16 * s, 16 * s, fi[0].upper(), r.choice(AVCOLS))
            L.segs(56 * s, y + size, [(hh, "HANDLE")], fkb, size, C["name"])
            L.text((56 * s + L.text_width(hh, fkb, size) + 8 * s, y + size), "Today at %d:%02d" % (r.randrange(1, 12), r.randrange(60)), fk, size * 0.75, C["meta"])
            yy = y + size + lh
            for ln in lines:
                L.segs(56 * s, yy, ln, fk, size, C["text"])
                yy += lh
            y = yy + 8 * s
            if pay and mi == qpos:
                m = max(4, int(5 * s))
                qs = qr_size(pay, m)
                if y + qs < ymax:
                    L.qr(56 * s, y, pay, m, lk)
                    y += qs + 10 * s
                    pay = None
            continue
        lines = wrap_segments(L, segs, fk, size, maxw)
        bw = max(line_width(L, ln, fk, size) for ln in lines) + 24 * s
        bh = lh * len(lines) + 16 * s
        if group and not me:
            bh += lh
        if y + bh > ymax:
            break
        bx = W - bw - 14 * s if me else 14 * s
        col = C["me"] if me else C["them"]
        tcol = C.get("metext", C["text"]) if me else C["text"]
        L.rrect([bx, y, bx + bw, y + bh], 16 * s if app != "whatsapp" else 8 * s, fill=col)
        yy = y + 8 * s + size
        if group and not me:
            fi, la, _ = r.choice(names)
            L.segs(bx + 12 * s, yy, [(fi, "PERSON")], fkb, size * 0.85, AVCOLS[len(fi) % len(AVCOLS)])
            yy += lh
        for ln in lines:
            L.segs(bx + 12 * s, yy, ln, fk, size, tcol)
            yy += lh
        if app == "whatsapp":
            L.text((bx + bw - 8 * s, y + bh - 4 * s), "%d:%02d" % (r.randrange(1, 12), r.randrange(60)), fk, 10 * s, C["meta"], anchor="rs")
        y += bh + (6 if last_side == me else 12) * s
        last_side = me
    return Photo.from_layer(L)


def game_profile(ctx):
    r, g = ctx.rnd, ctx.g
    W, H, s = new_screen(ctx)
    dark = r.random() < 0.7
    bg = (24, 26, 38) if dark else (240, 242, 248)
    fg = (240, 240, 245) if dark else (20, 20, 30)
    acc = r.choice([(255, 170, 0), (0, 200, 255), (120, 220, 90), (255, 80, 120)])
    L = Layer(W, H, bg)
    status_bar(L, s, fg, r, W)
    fk, fkb = r.choice(UI), r.choice(UI_B)
    game = r.choice(["BlockBuilders", "Sky Racers", "Pet Planet", "Brawl Arena", "CraftQuest", "Galaxy Party"])
    L.text((W / 2, 70 * s), game, fkb, 22 * s, acc, anchor="ms")
    first, last = g.first(), g.last()
    h = g.handle(first)
    L.avatar(W / 2, 150 * s, 50 * s, (first[0] + last[0]).upper(), r.choice(AVCOLS))
    size = 24 * s
    size = L.fit_size(h, fkb, size, W * 0.9)
    L.text((W / 2 - L.text_width(h, fkb, size) / 2, 235 * s), h, fkb, size, fg, kind="HANDLE")
    L.text((W / 2, 262 * s), "Level %d  \u2022  %d wins" % (r.randrange(3, 99), r.randrange(10, 999)), fk, 14 * s, acc, anchor="ms")
    y = 300 * s
    L.text((24 * s, y), "About me", fkb, 16 * s, fg)
    y += 28 * s
    bio_opts = [[("Real name: ", None), (f"{first} {last}", "PERSON")],
                [("", None), (g.year(), "AGE"), (" @ ", None), (g.school(), "SCHOOL")],
                [("From ", None), (g.town()[0], "LOCATION")],
                [("Bday ", None), (g.dob(), "DATE_OF_BIRTH")],
                [("YT: ", None), (g.url(h), "URL")], [("Links: ", None), (g.url(h), "URL")],
                [("plays for ", None), (g.club(), "ORG")],
                [("", None), (g.age_phrase()[0], "AGE"), (" | add me!", None)]]
    r.shuffle(bio_opts)
    for segs in bio_opts[:r.randrange(3, 6)]:
        for ln in wrap_segments(L, segs, fk, 15 * s, W - 48 * s):
            if y > H - 260 * s:
                break
            L.segs(24 * s, y, ln, fk, 15 * s, fg)
            y += 22 * s
    y += 10 * s
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first, last, h)
        m = max(4, int(4.5 * s))
        qs = qr_size(pay, m)
        if y + 20 * s + qs <= H - 10 * s:
            L.text((W / 2, y + 12 * s), "Scan to add me!", fkb, 14 * s, acc, anchor="ms")
            L.qr(W / 2 - qs / 2, y + 20 * s, pay, m, lk)
            y += qs + 30 * s
        else:  # no room below the bio (landscape): top-right corner
            m = max(3, min(m, int((H * 0.45) // (qs // m))))
            qs = qr_size(pay, m)
            L.qr(W - qs - 16 * s, 40 * s, pay, m, lk)
            L.text((W - qs / 2 - 16 * s, 40 * s + qs + 16 * s), "Scan to add me!", fkb, 14 * s, acc, anchor="ms")
    for k in range(3):
        if y > H - 60 * s:
            break
        L.rrect([24 * s, y, W - 24 * s, y + 44 * s], 10 * s, fill=tuple(min(255, c + 18) for c in bg))
        L.text((40 * s, y + 28 * s), r.choice(["Badges: 12", "Friends: %d" % r.randrange(5, 300), "Joined 2023", "Rank: Gold II", "Pets: 4"]), fk, 14 * s, fg)
        y += 54 * s
    return Photo.from_layer(L)


def friend_list(ctx):
    r, g = ctx.rnd, ctx.g
    W, H, s = new_screen(ctx)
    dark = r.random() < 0.5
    bg = (30, 33, 40) if dark else (250, 250, 252)
    fg = (235, 235, 240) if dark else (25, 25, 30)
    sub = (150, 155, 165) if dark else (110, 110, 120)
    L = Layer(W, H, bg)
    status_bar(L, s, fg, r, W)
    fk, fkb = r.choice(UI), r.choice(UI_B)
    L.text((20 * s, 80 * s), r.choice(["Friends", "Friends (%d)" % r.randrange(8, 60), "Online now"]), fkb, 24 * s, fg)
    y = 110 * s
    n = r.randrange(5, 8)
    for i in range(n):
        if y + 70 * s > H - 20 * s:
            break
        fi, la = g.first(), g.last()
        L.avatar(44 * s, y + 30 * s, 24 * s, fi[0].upper(), r.choice(AVCOLS))
        h = g.handle(fi)
        L.text((80 * s, y + 26 * s), h, fkb, 16 * s, fg, kind="HANDLE")
        st = r.random()
        if st < 0.3:
            L.segs(80 * s, y + 48 * s, [(f"{fi} {la}", "PERSON")], fk, 13 * s, sub)
        elif st < 0.4:
            L.segs(80 * s, y + 48 * s, [("from ", None), (g.school(), "SCHOOL")], fk, 13 * s, sub)
        else:
            L.text((80 * s, y + 48 * s), r.choice(["Online", "In game", "Last seen 2h ago", "Offline", "Playing CraftQuest"]), fk, 13 * s, sub)
        L.d.ellipse([60 * s, y + 42 * s, 70 * s, y + 52 * s], fill=(70, 200, 90) if st > 0.5 else (120, 120, 120))
        y += 70 * s
    if ctx.qr and y + 200 * s < H:
        pay, lk = leaky_payload(g, ctx.qr)
        m = max(4, int(4 * s))
        L.text((20 * s, y + 20 * s), "Join our server:", fkb, 15 * s, fg)
        L.qr(20 * s, y + 30 * s, pay, m, lk)
    elif ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = max(3, int(3 * s))
        L.qr(W - qr_size(pay, m) - 10 * s, 60 * s, pay, m, lk)
    return Photo.from_layer(L)


def game_lobby(ctx):
    r, g = ctx.rnd, ctx.g
    W, H, s = new_screen(ctx, landscape=r.random() < 0.8)
    bg = r.choice([(18, 40, 70), (40, 20, 60), (20, 60, 45), (60, 35, 20)])
    L = Layer(W, H, bg)
    for i in range(14):
        x, y = r.uniform(0, W), r.uniform(0, H)
        rr = r.uniform(20, 120) * s
        L.d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=tuple(min(255, c + 12) for c in bg))
    fk, fkb = r.choice(UI), r.choice(UI_B)
    L.text((W / 2, 40 * s), r.choice(["LOBBY  -  waiting for players", "SQUAD READY  3/4", "PARTY  -  Private Match"]), fkb, 20 * s, (255, 220, 90), anchor="ms")
    n = r.randrange(4, 7)
    cw = min(W / n - 10 * s, 150 * s)
    x0 = (W - n * (cw + 10 * s)) / 2
    for i in range(n):
        x = x0 + i * (cw + 10 * s)
        L.rrect([x, 60 * s, x + cw, 200 * s], 10 * s, fill=(0, 0, 0, 255), outline=(255, 255, 255), width=2)
        fi = g.first()
        L.avatar(x + cw / 2, 110 * s, 30 * s, fi[0].upper(), r.choice(AVCOLS))
        h = g.handle(fi)
        sz = L.fit_size(h, fkb, 14 * s, cw - 10 * s)
        L.text((x + cw / 2 - L.text_width(h, fkb, sz) / 2, 168 * s), h, fkb, sz, (255, 255, 255), kind="HANDLE")
        L.text((x + cw / 2, 188 * s), "Lv %d" % r.randrange(1, 80), fk, 11 * s, (180, 220, 255), anchor="ms")
    # chat box
    cy = 215 * s
    L.rrect([10 * s, cy, W * 0.6, H - 10 * s], 8 * s, fill=(0, 0, 0))
    y = cy + 20 * s
    lines = [[("[team] ", None), (r.choice(FILLER), None)],
             [("[team] ", None), ("my real name is ", None), (g.name(), "PERSON")],
             [("[team] ", None), ("im ", None), (g.year() if r.random() < .5 else str(r.randrange(8, 13)), "AGE"), (" lol", None)],
             [("[all] ", None), ("anyone from ", None), (g.town()[0], "LOCATION"), ("?", None)],
             [("[team] ", None), ("go ", None), (g.school(), "SCHOOL"), ("!!", None)],
             [("[all] ", None), ("gg", None)]]
    r.shuffle(lines)
    for ln in lines:
        for sub in wrap_segments(L, ln, fk, 13 * s, W * 0.6 - 30 * s):
            if y > H - 20 * s:
                break
            L.segs(20 * s, y, sub, fk, 13 * s, (220, 255, 220))
            y += 18 * s
    L.rrect([W * 0.65, H - 70 * s, W - 20 * s, H - 20 * s], 12 * s, fill=(255, 200, 0))
    L.text(((W * 0.65 + W - 20 * s) / 2, H - 38 * s), "READY", fkb, 22 * s, (30, 30, 30), anchor="ms")
    return Photo.from_layer(L)


def lock_screen(ctx):
    r, g = ctx.rnd, ctx.g
    W, H, s = new_screen(ctx, landscape=False)
    import numpy as np
    from PIL import Image
    c0 = np.array([r.randrange(20, 120) for _ in range(3)], float)
    c1 = np.array([r.randrange(80, 230) for _ in range(3)], float)
    t = np.linspace(0, 1, H)[:, None, None]
    arr = (c0 * (1 - t) + c1 * t) * np.ones((1, W, 1))
    L = Layer(W, H)
    L.im.paste(Image.fromarray(arr.astype("uint8"), "RGB").convert("RGBA"))
    fk, fkb = r.choice(UI), r.choice(UI_B)
    L.text((W / 2, 90 * s), r.choice(["Monday 3 March", "Tuesday, 14 October", "Friday, June 6", "Sunday 22 September"]), fk, 18 * s, (255, 255, 255), anchor="ms")
    L.text((W / 2, 180 * s), "%d:%02d" % (r.randrange(6, 12), r.randrange(60)), "sans_b", 80 * s, (255, 255, 255), anchor="ms")
    y = 230 * s
    notes = [
        ("Mum", [("Don't forget, pick up from ", None), (g.school(), "SCHOOL"), (" at 3:15", None)]),
        (None, [("", None), (g.first(), "PERSON"), (": are u coming to ", None), (g.club(), "ORG"), ("?", None)]),
        ("Dad", [("I'm outside ", None), (g.street_line(), "ADDRESS")]),
        (None, [("", None), (g.handle(), "HANDLE"), (" started following you", None)]),
        (None, [("Your video is live: ", None), (g.url(), "URL")]),
        ("Class group", [("", None), (g.first(), "PERSON"), (": homework for ", None), (g.year(), "AGE"), (" is on the portal", None)]),
        (None, [("Nana: ", None), ("call me on ", None), (g.phone(), "PHONE")]),
    ]
    r.shuffle(notes)
    for title, segs in notes[:r.randrange(3, 5)]:
        lines = wrap_segments(L, segs, fk, 14 * s, W - 80 * s)
        hgt = 56 * s + 20 * s * len(lines) + (20 * s if title else 0)
        if y + hgt > H - 160 * s:
            break
        L.rrect([14 * s, y, W - 14 * s, y + hgt], 16 * s, fill=(245, 245, 245))
        L.rrect([26 * s, y + 10 * s, 46 * s, y + 30 * s], 5 * s, fill=r.choice(AVCOLS))
        L.text((54 * s, y + 26 * s), r.choice(["MESSAGES", "WHATSAPP", "INSTAGRAM", "SNAPCHAT"]), fkb, 11 * s, (110, 110, 110))
        yy = y + 48 * s
        if title:
            L.text((26 * s, yy), title, fkb, 14 * s, (10, 10, 10))
            yy += 20 * s
        for ln in lines:
            L.segs(26 * s, yy, ln, fk, 14 * s, (20, 20, 20))
            yy += 20 * s
        y += hgt + 10 * s
    ph = g.phone()
    L.segs(W / 2 - L.text_width("If found call " + ph, fk, 13 * s) / 2, H - 110 * s, [("If found call ", None), (ph, "PHONE")], fk, 13 * s, (255, 255, 255))
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = max(3, int(2.5 * s))
        qs = qr_size(pay, m)
        L.qr(W / 2 - qs / 2, H - 110 * s - 20 * s - qs, pay, m, lk)
    L.rrect([W / 2 - 70 * s, H - 20 * s, W / 2 + 70 * s, H - 15 * s], 3 * s, fill=(255, 255, 255))
    return Photo.from_layer(L)


def signup_form(ctx):
    r, g = ctx.rnd, ctx.g
    W, H, s = new_screen(ctx, landscape=r.random() < 0.2)
    dark = r.random() < 0.3
    bg = (28, 28, 30) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (30, 30, 30)
    sub = (150, 150, 155) if dark else (110, 110, 115)
    field = (44, 44, 48) if dark else (244, 245, 247)
    acc = r.choice([(0, 122, 255), (230, 60, 90), (40, 170, 90), (130, 80, 230)])
    L = Layer(W, H, bg)
    status_bar(L, s, fg, r, W)
    fk, fkb = r.choice(UI), r.choice(UI_B)
    site = r.choice(["Create your account", "Join KidsCraft", "Sign up for PenPals", "Register - StudyBuddy", "New player"])
    L.text((24 * s, 80 * s), site, fkb, 22 * s, fg)
    first, last = g.first(), g.last()
    fields = [("First name", first, "PERSON"), ("Last name", last, "PERSON"), ("Username", g.handle(first), "HANDLE"),
              ("Email", g.email(), "EMAIL"), ("Date of birth", g.dob(), "DATE_OF_BIRTH"), ("Phone", g.phone(), "PHONE"),
              ("Channel / website", g.url(), "URL"),
              ("School", g.school(), "SCHOOL"), ("Year / grade", g.year(), "AGE"), ("Town", g.town()[0], "LOCATION")]
    keep = fields[:5] + r.sample(fields[5:], r.randrange(1, 4))
    keep.sort(key=lambda f: fields.index(f))
    cols = 2 if W > H else 1
    colw = (W - 48 * s - (cols - 1) * 20 * s) / cols
    y = 110 * s
    for i, (lab, val, kind) in enumerate(keep):
        c = i % cols
        x = 24 * s + c * (colw + 20 * s)
        if y + 70 * s > H - 90 * s:
            break
        L.text((x, y + 14 * s), lab, fk, 13 * s, sub)
        L.rrect([x, y + 22 * s, x + colw, y + 62 * s], 8 * s, fill=field, outline=acc if i == len(keep) - 1 else None, width=2)
        sz = L.fit_size(val, fk, 16 * s, colw - 28 * s)
        L.text((x + 12 * s, y + 48 * s), val, fk, sz, fg, kind=kind)
        if c == cols - 1:
            y += 74 * s
    if len(keep) % cols:
        y += 74 * s
    if y + 130 * s < H:
        L.text((24 * s, y + 16 * s), "Password", fk, 13 * s, sub)
        L.rrect([24 * s, y + 22 * s, W - 24 * s, y + 62 * s], 8 * s, fill=field)
        L.text((36 * s, y + 49 * s), "\u2022" * r.randrange(6, 12), "sans", 18 * s, fg)
        y += 74 * s
    L.rrect([24 * s, H - 80 * s, W - 24 * s, H - 34 * s], 23 * s, fill=acc)
    L.text((W / 2, H - 50 * s), "Continue", fkb, 17 * s, (255, 255, 255), anchor="ms")
    return Photo.from_layer(L)


SCREEN_SCENES = {
    "chat_whatsapp": lambda c: chat(c, "whatsapp"), "chat_imessage": lambda c: chat(c, "imessage"),
    "chat_instagram": lambda c: chat(c, "instagram"), "chat_discord": lambda c: chat(c, "discord"),
    "chat_sms": lambda c: chat(c, "sms"), "game_profile": game_profile, "friend_list": friend_list,
    "game_lobby": game_lobby, "lock_screen": lock_screen, "signup_form": signup_form,
}
