"""Game profiles, lobbies, leaderboards, friend requests, join-by-QR screens (discord, telegram, whatsapp)."""
import textures
from common import Out, Scene, finish, pick, screen_fmt, photo_fmt, make_layer, PHOTO_SIZES, UI, UIB
from people import person, friend, handle, intl, FIRST

PAL = [((14, 18, 40), (90, 200, 255), (255, 200, 60)), ((30, 10, 40), (230, 90, 255), (120, 255, 160)),
       ((10, 30, 20), (80, 230, 120), (255, 255, 255)), ((40, 20, 10), (255, 140, 40), (250, 240, 200))]


def _screen(rng):
    return pick(rng, [(1920, 1080), (1280, 720), (2560, 1440), (1080, 1920), (720, 1280), (540, 960)])


def _bg(rng, w, h, pal):
    c2 = tuple(min(255, v + 40) for v in pal[0])
    return Scene(w, h, img=textures.gradient(rng, w, h, pal[0], c2, vertical=rng.random() < 0.5))


def _out(rng, sc, scene):
    if rng.random() < 0.3:
        W, H = pick(rng, PHOTO_SIZES[:5])
        if (W > H) != (sc.w > sc.h):
            W, H = H, W
        lay = make_layer(sc.w + 40, sc.h + 40, (10, 10, 12, 255))
        lay.img.paste(sc.img.convert("RGB"), (20, 20))
        lay.leaks = [[k, t, [(x + 20, y + 20) for x, y in p]] for k, t, p in sc.leaks]
        lay.qrs = [[pl, [(x + 20, y + 20) for x, y in p]] for pl, p in sc.qrs]
        ph = textures.photo_with(rng, lay, W, H, lambda r, w, h: textures.mottled(r, w, h, (70, 64, 60), 20, 50, 8),
                                 frac=0.86, max_angle=8, shear=rng.uniform(-0.08, 0.08))
        finish(ph, rng, blur=rng.choice([0.8, 1.2, 1.6]), noise=rng.choice([6, 10]), contrast=rng.choice([1.0, 0.8]))
        f, q = photo_fmt(rng)
        return Out(ph, f, q, scene + "_tvphoto")
    finish(sc, rng)
    f, q = screen_fmt(rng)
    return Out(sc, f, q, scene)


def profile(rng):
    p = person(rng)
    w, h = _screen(rng)
    pal = pick(rng, PAL)
    sc = _bg(rng, w, h, pal)
    s = min(w, h) / 1080
    f, fb = pick(rng, UI), pick(rng, UIB)
    x, y = 80 * s, 80 * s
    sc.d.ellipse([x, y, x + 220 * s, y + 220 * s], fill=pal[1])
    sc.text(x + 110 * s, y + 110 * s, p["handle"][:1].upper(), "sansb", 120 * s, pal[0], anchor="mm")
    sc.text(x + 260 * s, y + 20 * s, p["handle"], fb, 64 * s, pal[2], kind="HANDLE")
    sc.text(x + 260 * s, y + 110 * s, f"Level {rng.randint(3, 120)}  ·  #{rng.randint(1000, 9999)}", f, 34 * s, (220, 220, 220))
    y += 300 * s
    rows = [[("Real name: ", None), (p["full"], "PERSON")],
            [("Age: ", None), (str(p["age"]), "AGE")],
            [("Location: ", None), (p["town"], "LOCATION")],
            [("Clan: ", None), (p["club"].split(" ")[0] + " Squad", None)],
            [("Friend code: ", None), (f"SW-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}", "HANDLE")],
            [("Discord: ", None), (handle(rng, p["first"]), "HANDLE")],
            [("Bio: ", None), ("i go to ", None), (p["school"], "SCHOOL")]]
    rng.shuffle(rows)
    for r in rows[:rng.randint(4, 7)]:
        sc.segs(x, y, [a if k is None else (a, k) for a, k in r], f, 40 * s, (235, 235, 240))
        y += 70 * s
    stats = [("Wins", rng.randint(10, 900)), ("K/D", round(rng.uniform(0.4, 3.2), 2)), ("Hours", rng.randint(20, 2000))]
    for i, (a, b) in enumerate(stats):
        bx = x + i * 300 * s
        if bx + 260 * s > w:
            break
        sc.rrect([bx, y + 20 * s, bx + 260 * s, y + 160 * s], 16 * s, fill=tuple(min(255, v + 30) for v in pal[0]))
        sc.text(bx + 130 * s, y + 40 * s, str(b), fb, 50 * s, pal[1], anchor="ma")
        sc.text(bx + 130 * s, y + 110 * s, a, f, 28 * s, (200, 200, 200), anchor="ma")
    return _out(rng, sc, "game_profile")


def lobby(rng):
    p = person(rng)
    w, h = _screen(rng)
    pal = pick(rng, PAL)
    sc = _bg(rng, w, h, pal)
    s = min(w, h) / 1080
    f, fb = pick(rng, UI), pick(rng, UIB)
    sc.text(60 * s, 50 * s, pick(rng, ["SQUAD LOBBY", "PARTY", "PRIVATE MATCH", "WAITING FOR PLAYERS"]), fb, 56 * s, pal[2])
    code = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    sc.text(60 * s, 130 * s, f"Party code {code}", f, 32 * s, (210, 210, 210))
    y = 220 * s
    for i in range(rng.randint(4, 8)):
        if y > h - 260 * s:
            break
        nm = p["handle"] if i == 0 else handle(rng)
        sc.rrect([60 * s, y, w - 60 * s, y + 100 * s], 14 * s, fill=tuple(min(255, v + 25) for v in pal[0]))
        sc.text(90 * s, y + 28 * s, nm, fb, 42 * s, (255, 255, 255), kind="HANDLE")
        sc.text(w - 90 * s, y + 34 * s, pick(rng, ["READY", "NOT READY", "HOST"]), f, 30 * s, pal[1], anchor="ra")
        y += 120 * s
    chat = [[(friend(rng).split()[0], "PERSON"), ": my mum is ", (p["parent"], "PERSON")],
            [(p["handle"], "HANDLE"), ": brb going to ", (p["club"], "ORG")],
            [(handle(rng), "HANDLE"), ": u live in ", (p["town"], "LOCATION"), "?"],
            [(p["handle"], "HANDLE"), ": yeah im ", (str(p["age"]), "AGE")]]
    cy = h - 60 * s - len(chat) * 44 * s
    sc.d.rectangle([40 * s, cy - 20 * s, min(w - 40 * s, 1000 * s), h - 30 * s], fill=(0, 0, 0))
    for r in chat:
        sc.segs(60 * s, cy, r, f, 30 * s, (230, 230, 230))
        cy += 44 * s
    return _out(rng, sc, "game_lobby")


def leaderboard(rng):
    p = person(rng)
    w, h = _screen(rng)
    pal = pick(rng, PAL)
    sc = _bg(rng, w, h, pal)
    s = min(w, h) / 1080
    f, fb = pick(rng, UI), pick(rng, UIB)
    title = pick(rng, ["WEEKLY LEADERBOARD", "CLASS MATHS CHALLENGE", "TOP SPELLERS"])
    sc.text(w / 2, 40 * s, title, fb, 58 * s, pal[2], anchor="ma")
    y = 140 * s
    if title != "WEEKLY LEADERBOARD":
        sc.text(w / 2, y, p["school"], f, 36 * s, (230, 230, 230), anchor="ma", kind="SCHOOL")
        y += 70 * s
        use_names = True
    else:
        use_names = False
    sc_v = rng.randint(5000, 9999)
    for i in range(12):
        if y > h - 100 * s:
            break
        if use_names:
            nm = p["full"] if i == 2 else f"{pick(rng, FIRST)} {friend(rng).split()[-1][0]}."
            kind = "PERSON"
        else:
            nm = p["handle"] if i == 3 else handle(rng)
            kind = "HANDLE"
        sc.rrect([60 * s, y, w - 60 * s, y + 76 * s], 12 * s, fill=pal[1] if i == 2 else tuple(min(255, v + 20) for v in pal[0]))
        sc.text(90 * s, y + 18 * s, f"{i + 1}", fb, 38 * s, (255, 255, 255))
        sc.text(180 * s, y + 18 * s, nm, f, 38 * s, (255, 255, 255), kind=kind)
        sc.text(w - 90 * s, y + 18 * s, f"{sc_v:,}", fb, 38 * s, (255, 255, 255), anchor="ra")
        sc_v -= rng.randint(50, 600)
        y += 90 * s
    return _out(rng, sc, "leaderboard")


def friend_request(rng):
    p = person(rng)
    w, h = pick(rng, [(1080, 1920), (720, 1280), (1080, 2400), (540, 960), (1920, 1080)])
    pal = pick(rng, PAL)
    sc = _bg(rng, w, h, pal)
    s = min(w, h) / 1080
    f, fb = pick(rng, UI), pick(rng, UIB)
    sc.text(60 * s, 60 * s, "Friend Requests", fb, 60 * s, (255, 255, 255))
    y = 180 * s
    for i in range(rng.randint(3, 7)):
        if y > h - 300 * s:
            break
        nm = handle(rng)
        sc.rrect([40 * s, y, w - 40 * s, y + 190 * s], 20 * s, fill=tuple(min(255, v + 30) for v in pal[0]))
        sc.d.ellipse([70 * s, y + 35 * s, 190 * s, y + 155 * s], fill=pal[1])
        sc.text(220 * s, y + 35 * s, nm, fb, 42 * s, (255, 255, 255), kind="HANDLE")
        sub = pick(rng, [[f"{rng.randint(1, 9)} mutual friends"], ["from ", (p["school"], "SCHOOL")],
                         ["plays with ", (p["handle"], "HANDLE")], ["near ", (p["town"], "LOCATION")]])
        sc.segs(220 * s, y + 100 * s, sub, f, 30 * s, (200, 200, 210))
        y += 215 * s
    sc.text(60 * s, y + 20 * s, "Your ID", f, 30 * s, (200, 200, 200))
    fid = f"{p['handle']}#{rng.randint(1000, 9999)}"
    sc.text(60 * s, y + 65 * s, fid, fb, 44 * s, pal[2], kind="HANDLE")
    return _out(rng, sc, "friend_request")


def join_qr(rng):
    p = person(rng)
    w, h = pick(rng, [(1080, 1920), (720, 1280), (1080, 2400)])
    pal = pick(rng, PAL)
    sc = _bg(rng, w, h, pal)
    s = w / 1080
    f, fb = pick(rng, UI), pick(rng, UIB)
    kinds = ["discord", "telegram", "whatsapp", "sms", "wifi", "geo"]
    k = kinds[rng.randrange(len(kinds))]
    if k == "discord":
        inv = "".join(pick(rng, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        pl, leaks, title = f"https://discord.gg/{inv}", [("URL", f"https://discord.gg/{inv}")], f"{p['first']}'s Minecraft server"
        tk = "PERSON"
    elif k == "telegram":
        hd = handle(rng, p["first"]).replace(".", "_")
        pl, leaks, title = f"https://t.me/{hd}", [("HANDLE", hd)], "Scan to chat with me"
        tk = None
    elif k == "whatsapp":
        num = intl(p["phone"], p["region"]).lstrip("+")
        pl, leaks, title = f"https://wa.me/{num}", [("PHONE", num)], f"{p['club']} team chat"
        tk = "ORG"
    elif k == "sms":
        num = intl(p["phone"], p["region"])
        pl, leaks, title = f"SMSTO:{num}:add me to the squad", [("PHONE", num)], "Text me to join"
        tk = None
    elif k == "wifi":
        ssid = f"{p['last'].replace(' ', '')}_Family_5G"
        pl, leaks, title = f"WIFI:T:WPA;S:{ssid};P:{p['first'].lower()}{p['age']}2026;;", [("PERSON", p["last"].replace(" ", ""))], "Guest Wi-Fi"
        tk = None
    else:
        lat, lon = round(rng.uniform(-40, 55), 5), round(rng.uniform(-120, 150), 5)
        pl, leaks, title = f"geo:{lat},{lon}", [("LOCATION", f"{lat},{lon}")], "Our base is here"
        tk = None
    b = sc.text(w / 2, 160 * s, title, fb, 52 * s, (255, 255, 255), anchor="ma")
    if tk == "PERSON":
        sc.add("PERSON", p["first"], (b[0], b[1], b[0] + sc.tw(p["first"], fb, 52 * s), b[3]))
    elif tk == "ORG":
        sc.add("ORG", p["club"], (b[0], b[1], b[0] + sc.tw(p["club"], fb, 52 * s), b[3]))
    mod = int(rng.choice([12, 14, 16]) * s)
    n = sc.qr_size(pl, mod)
    while n > w * 0.8:
        mod -= 1
        n = sc.qr_size(pl, mod)
    sc.qr(pl, (w - n) / 2, 300 * s, mod, leaks=leaks)
    y = 300 * s + n + 120 * s
    sc.text(w / 2, y, pick(rng, ["point your camera here", "scan me!", "join us"]), f, 40 * s, (230, 230, 230), anchor="ma")
    sc.text(w / 2, y + 80 * s, p["handle"], fb, 44 * s, pal[2], anchor="ma", kind="HANDLE")
    return _out(rng, sc, "join_qr_" + k)


SCENES = [profile, lobby, leaderboard, friend_request, join_qr, join_qr]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
