"""Games and sport on screens: profiles, lobbies, leaderboards, Discord-like
servers, club match reports, tournament brackets; clean HUDs, pro scores,
league tables and capital-city quizzes."""
from common import Panel, Result, font, bold, UI_FONTS, DISPLAY_FONTS, quad_persp, photo_finish, jpeg_roundtrip
from people import Kid, CLUBS_PRO, CAPITALS, GAME_WORDS
import textures as tx

GAME_TITLES = ["BLOCKCRAFT ARENA", "SKY RAIDERS", "PIXEL KART", "NEON SQUAD", "DRAGON LEAGUE",
               "ROBO RUMBLE", "GALAXY BUILDERS"]
ACCENTS = [(0, 220, 255), (255, 70, 160), (120, 255, 90), (255, 190, 0), (170, 110, 255)]


def game_bg(nr, W, H, r):
    base = r.choice([(20, 24, 48), (34, 14, 44), (10, 36, 40), (40, 20, 20), (18, 18, 18)])
    return tx.paint(nr, W, H, base, 0.9)


def identicon(P, x, y, size, r, col):
    n = 7
    c = size / n
    P.rect([x, y, x + size, y + size], fill=(30, 30, 40))
    for i in range(n):
        for j in range((n + 1) // 2):
            if r.random() < 0.5:
                for jj in (j, n - 1 - j):
                    P.rect([x + jj * c, y + i * c, x + (jj + 1) * c, y + (i + 1) * c], fill=col)


def fake_handle(r):
    """A gamer tag of a random invented kid."""
    return Kid(r).handle


def game_profile(r, nr, size, fmt="PNG", variant=0):
    W, H = size
    s = min(W, H) / 720
    P = Panel(0, 0, img=game_bg(nr, W, H, r))
    K = Kid(r)
    acc = r.choice(ACCENTS)
    fn = r.choice(DISPLAY_FONTS)
    reg = r.choice(UI_FONTS)
    P.text((40 * s, 30 * s), r.choice(GAME_TITLES), font(fn, 30 * s), acc)
    P.text((W - 40 * s, 36 * s), "PLAYER PROFILE", font(reg, 20 * s), (200, 200, 210), anchor="ra")
    px, py = 40 * s, 110 * s
    P.rrect([px, py, W - 40 * s, H - 40 * s], 18 * s, fill=(0, 0, 0, 120))
    identicon(P, px + 30 * s, py + 30 * s, 160 * s, r, acc)
    tx0 = px + 220 * s
    P.text((tx0, py + 30 * s), K.handle, font(bold(reg), 44 * s), (255, 255, 255), kind="HANDLE")
    P.text((tx0, py + 90 * s), "Level {}  |  {} XP".format(r.randint(5, 99), r.randint(1000, 99999)),
           font(reg, 20 * s), acc)
    lf = font(reg, 22 * s)
    y = py + 140 * s
    rows = []
    if variant == 0:
        rows = [[("Name: ", None), (K.short, "PERSON")],
                [("Age: ", None), (str(K.age), "AGE")],
                [("From: ", None), (K.town, "LOCATION")],
                [("Bio: love building, ", None), (K.year_group(), "AGE"), (" at ", None), (K.school, "SCHOOL")]]
    elif variant == 1:
        rows = [[("Birthday: ", None), (K.bday(), "DATE_OF_BIRTH")],
                [("Discord: ", None), (K.handle.lower(), "HANDLE")],
                [("My channel: ", None), ("twitch.tv/" + K.handle.lower(), "URL")],
                [("Squad: ", None), (K.club, "ORG")]]
    elif variant == 2:
        rows = [[("About me: ", None), (K.first, "PERSON"), (", ", None), (str(K.age), "AGE"),
                 (" yrs old, ", None), (K.town, "LOCATION")],
                [("Contact: ", None), (K.email, "EMAIL")],
                [("Joined 2023  |  Wins 412  |  K/D 1.8", None)]]
    else:
        rows = [[("Status: ", None), ("at ", None), (K.place, "LOCATION"), (" til 6", None)],
                [("Snap: ", None), (K.handle, "HANDLE")],
                [("DOB: ", None), (K.dob(0), "DATE_OF_BIRTH")],
                [("Clan: ", None), ("[" + r.choice(GAME_WORDS).upper() + "] ", None),
                 ("Rank: Diamond II", None)]]
    for segs in rows:
        h = P.para((tx0, y), segs, lf, (235, 235, 240), W - 80 * s - tx0)
        y += h + 10 * s
    # stats tiles
    sy = max(y + 20 * s, py + 230 * s)
    stats = [("WINS", str(r.randint(10, 999))), ("MATCHES", str(r.randint(1000, 5000))),
             ("TOP 10", str(r.randint(50, 900))), ("HOURS", str(r.randint(40, 800)))]
    tw = (W - 80 * s - 60 * s) / 4
    for i, (k, v) in enumerate(stats):
        x0 = px + 30 * s + i * tw
        if sy + 100 * s > H - 50 * s:
            break
        P.rrect([x0, sy, x0 + tw - 16 * s, sy + 100 * s], 12 * s, fill=(255, 255, 255, 25))
        P.text((x0 + 16 * s, sy + 14 * s), k, font(reg, 15 * s), (180, 180, 190))
        P.text((x0 + 16 * s, sy + 40 * s), v, font(bold(reg), 38 * s), (255, 255, 255))
    return Result(P, fmt, 90)


def game_lobby(r, nr, size, fmt="PNG", photo=False):
    W, H = size
    s = min(W, H) / 720
    P = Panel(0, 0, img=game_bg(nr, W, H, r))
    acc = r.choice(ACCENTS)
    reg = r.choice(UI_FONTS)
    P.text((40 * s, 28 * s), r.choice(GAME_TITLES) + "  -  LOBBY", font(r.choice(DISPLAY_FONTS), 28 * s), acc)
    P.text((W - 40 * s, 34 * s), "MAP: {}   MODE: {}".format(r.choice(["Frost Valley", "Lava Docks", "Sky Temple"]),
                                                             r.choice(["Squads", "Duos", "Capture"])),
           font(reg, 18 * s), (220, 220, 220), anchor="ra")
    colw = (W - 120 * s) / 2
    f = font(bold(reg), 22 * s)
    for t in range(2):
        x0 = 40 * s + t * (colw + 40 * s)
        P.text((x0, 90 * s), ["TEAM BLUE", "TEAM RED"][t], font(bold(reg), 20 * s),
               [(90, 160, 255), (255, 90, 90)][t])
        for i in range(4):
            y0 = 125 * s + i * 58 * s
            P.rrect([x0, y0, x0 + colw, y0 + 50 * s], 8 * s, fill=(255, 255, 255, 30))
            identicon(P, x0 + 8 * s, y0 + 7 * s, 36 * s, r, acc)
            P.text((x0 + 56 * s, y0 + 25 * s), fake_handle(r), f, (255, 255, 255), kind="HANDLE", anchor="lm")
            P.text((x0 + colw - 12 * s, y0 + 25 * s), "Lv {}".format(r.randint(1, 99)), font(reg, 16 * s),
                   (200, 200, 200), anchor="rm")
    # lobby chat
    cy = 125 * s + 4 * 58 * s + 20 * s
    P.rrect([40 * s, cy, W * 0.6, H - 30 * s], 10 * s, fill=(0, 0, 0, 140))
    K = Kid(r)
    F = Kid(r)
    lines = [
        [(K.handle, "HANDLE"), (": gg everyone", None)],
        [(F.handle, "HANDLE"), (": how old r u", None)],
        [(K.handle, "HANDLE"), (": ", None), (str(K.age), "AGE"), (" lol. u?", None)],
        [(F.handle, "HANDLE"), (": anyone from ", None), (F.town, "LOCATION"), ("?", None)],
        [(K.handle, "HANDLE"), (": add me snap ", None), (K.handle.lower() + str(r.randint(1, 9)), "HANDLE")],
        [(F.handle, "HANDLE"), (": join my server discord.gg/", None), (F.first.lower() + "squad", None)],
    ]
    # the discord link as a URL leak: rebuild last line with URL kind
    lines[-1] = [(F.handle, "HANDLE"), (": join my server ", None),
                 ("discord.gg/" + F.first.lower() + "squad" + str(r.randint(10, 99)), "URL")]
    cf = font(reg, r.choice([14, 15, 17]) * s)
    y = cy + 12 * s
    for ln in lines:
        if y + cf.size * 1.4 > H - 40 * s:
            break
        P.rich((56 * s, y), ln, cf, (230, 230, 230))
        y += cf.size * 1.45
    P.rrect([W - 320 * s, H - 110 * s, W - 40 * s, H - 40 * s], 12 * s, fill=acc)
    P.text((W - 180 * s, H - 75 * s), "READY (3/8)", font(bold(reg), 26 * s), (10, 10, 10), anchor="mm")
    if photo:
        return _photo_tv(r, nr, P, fmt)
    return Result(P, fmt, 88)


def _photo_tv(r, nr, screen, fmt):
    W, H = 4032, 3024
    P = Panel(0, 0, img=tx.paint(nr, W, H, (150, 140, 125), 0.3))
    # TV stand / wall
    bez = int(screen.w * 0.02)
    tv = Panel(screen.w + 2 * bez, screen.h + 2 * bez, (10, 10, 10, 255))
    tv.paste(screen, [(bez, bez), (bez + screen.w, bez), (bez + screen.w, bez + screen.h), (bez, bez + screen.h)])
    q = quad_persp(W * 0.5, H * 0.45, tv.w, tv.h, angle=r.uniform(-4, 4), scale=W * 0.86 / tv.w,
                   tilt_x=r.uniform(0.05, 0.12), tilt_y=r.uniform(-0.03, 0.03), shear=r.uniform(-0.04, 0.04))
    P.paste(tv, q, shadow=25)
    img = photo_finish(P.img.convert("RGB"), nr, blur=1.5, noise=6, vig=0.45, cast=(1.05, 1.0, 0.9))
    return Result(P, fmt, 82, img=img)


def leaderboard(r, nr, size, fmt="PNG", n=10):
    W, H = size
    s = min(W, H) / 720
    P = Panel(0, 0, img=game_bg(nr, W, H, r))
    acc = r.choice(ACCENTS)
    reg = r.choice(UI_FONTS)
    P.text((W / 2, 40 * s), "WEEKLY LEADERBOARD", font(r.choice(DISPLAY_FONTS), 36 * s), acc, anchor="mt")
    P.text((W / 2, 88 * s), r.choice(GAME_TITLES) + "  -  Season {}".format(r.randint(2, 9)), font(reg, 18 * s),
           (200, 200, 200), anchor="mt")
    top = 130 * s
    rh = min(54 * s, (H - top - 30 * s) / n)
    x0, x1 = W * 0.18, W * 0.82
    me = r.randint(3, n - 1)
    f = font(bold(reg), rh * 0.42)
    for i in range(n):
        y = top + i * rh
        fill = (255, 255, 255, 60) if i == me else (0, 0, 0, 110)
        P.rrect([x0, y + 3 * s, x1, y + rh - 3 * s], 8 * s, fill=fill)
        P.text((x0 + 20 * s, y + rh / 2), "#{}".format(i + 1), f,
               [(255, 215, 0), (200, 200, 210), (205, 127, 50)][i] if i < 3 else (230, 230, 230), anchor="lm")
        tag = fake_handle(r)
        if i == me:
            tag = Kid(r).handle
        P.text((x0 + 100 * s, y + rh / 2), tag, f, (255, 255, 255), kind="HANDLE", anchor="lm")
        P.text((x1 - 20 * s, y + rh / 2), "{:,}".format(int(200000 / (i + 1.3)) + r.randint(0, 999)), f,
               (255, 255, 255), anchor="rm")
    return Result(P, fmt, 88)


def discord_like(r, nr, size, fmt="PNG"):
    W, H = size
    s = min(W, H) / 720
    P = Panel(W, H, (49, 51, 56))
    reg = r.choice(UI_FONTS)
    K = Kid(r)
    friends = [Kid(r) for _ in range(4)]
    P.rect([0, 0, 72 * s, H], fill=(30, 31, 34))
    for i in range(6):
        P.ellipse([12 * s, 12 * s + i * 60 * s, 60 * s, 60 * s + i * 60 * s],
                  fill=tuple(r.randint(60, 220) for _ in range(3)))
    P.rect([72 * s, 0, 300 * s, H], fill=(43, 45, 49))
    if r.random() < 0.5:
        server = [(K.town, "LOCATION"), (" ", None), (K.year_group(), "AGE"), (" crew", None)]
    else:
        server = [(K.school, "SCHOOL"), (" gamers", None)]
    P.para((88 * s, 18 * s), server, font(bold(reg), 15 * s), (242, 243, 245), 200 * s)
    for i, ch in enumerate(["# general", "# homework", "# memes", "# minecraft", "# voice-chat"]):
        P.text((92 * s, 80 * s + i * 32 * s), ch, font(reg, 15 * s), (148, 155, 164))
    P.rect([300 * s, 0, W, 48 * s], fill=(49, 51, 56))
    P.text((320 * s, 24 * s), "# general", font(bold(reg), 16 * s), (242, 243, 245), anchor="lm")
    P.line([(300 * s, 48 * s), (W, 48 * s)], (35, 36, 40), max(1, int(s)))
    msgs = [
        (friends[0], [("who's coming to ", None), (K.place, "LOCATION"), (" on saturday", None)]),
        (K, [("me!! my mum can drive, text her ", None), (K.phone, "PHONE")]),
        (friends[1], [("invite ur friends ", None), ("discord.gg/" + K.handle.lower()[:8] + "x" + str(r.randint(1, 9)), "URL")]),
        (friends[2], [("it's ", None), (friends[2].first, "PERSON"), ("'s birthday tmrw, she's turning ", None),
                      (str(friends[2].age), "AGE")]),
        (friends[3], [("lol", None)]),
        (K, [("my yt is ", None), ("youtube.com/@" + K.handle.lower(), "URL")]),
    ]
    y = 64 * s
    mf = font(reg, 15 * s)
    for who, segs in msgs:
        _, hgt = P.para_size(segs, mf, W - 380 * s)
        if y + 24 * s + hgt > H - 70 * s:
            break
        P.ellipse([316 * s, y, 356 * s, y + 40 * s], fill=tuple(r.randint(60, 220) for _ in range(3)))
        P.rich((370 * s, y), [(who.handle, "HANDLE"), ("   Today at {}:{:02d}".format(r.randint(13, 21),
                                                                                  r.randint(0, 59)), None, (148, 155, 164))],
               font(bold(reg), 15 * s), (242, 243, 245))
        P.para((370 * s, y + 22 * s), segs, mf, (219, 222, 225), W - 390 * s)
        y += 34 * s + hgt
    P.rrect([316 * s, H - 60 * s, W - 20 * s, H - 16 * s], 8 * s, fill=(56, 58, 64))
    P.text((332 * s, H - 38 * s), "Message #general", mf, (120, 124, 130), anchor="lm")
    return Result(P, fmt, 88)


def match_report(r, nr, size, fmt="PNG"):
    """A kids' club social post: team sheet and scorers."""
    W, H = size
    s = W / 360
    P = Panel(W, H, (255, 255, 255))
    reg = r.choice(UI_FONTS)
    K = Kid(r)
    K.club = r.choice(["{} Wasps U10", "{} Juniors FC", "{} Rangers U12", "{} Colts FC"]).format(K.town)
    col = r.choice([(200, 30, 40), (20, 80, 170), (30, 130, 60), (240, 160, 0)])
    P.rect([0, 0, W, 56 * s], fill=col)
    P.text((16 * s, 28 * s), K.club, font(bold(reg), 17 * s), (255, 255, 255), kind="ORG", anchor="lm")
    P.rect([0, 56 * s, W, 220 * s], fill=tuple(min(255, c + 40) for c in col))
    P.text((W / 2, 80 * s), "FULL TIME", font(bold(reg), 14 * s), (255, 255, 255), anchor="mt")
    P.text((W / 2, 110 * s), "{} - {}".format(r.randint(1, 6), r.randint(0, 3)), font("sans-b", 48 * s),
           (255, 255, 255), anchor="mt")
    P.text((W / 2, 180 * s), "vs " + r.choice(["Millpond Rovers", "Greenlane Colts", "Brookside Juniors"]),
           font(reg, 15 * s), (255, 255, 255), anchor="mt")
    y = 240 * s
    tf = font(reg, 14 * s)
    scorers = [Kid(r) for _ in range(3)]
    rows = [
        [("Goals: ", None), (scorers[0].short, "PERSON"), (" (2), ", None), (scorers[1].first, "PERSON"),
         (" (1)", None)],
        [("Player of the match: ", None), (scorers[2].full, "PERSON"), (" - what a save!", None)],
        [("Well done ", None), (K.first, "PERSON"), (" on your first game for the ", None), ("U" + str(K.age + 1), "AGE"),
         ("s", None)],
        [("Training every Tuesday 5pm at ", None), (K.place, "LOCATION")],
        [("Questions? Call coach ", None), (K.parent, "PERSON"), (" on ", None), (K.mobile, "PHONE")],
    ]
    for segs in rows:
        h = P.para((16 * s, y), segs, tf, (30, 30, 30), W - 32 * s, lh=int(20 * s))
        y += h + 12 * s
        if y > H - 40 * s:
            break
    P.text((16 * s, H - 30 * s), "{} likes  {} comments".format(r.randint(5, 90), r.randint(0, 20)),
           font(reg, 12 * s), (120, 120, 120))
    return Result(P, fmt, 85)


def bracket(r, nr, size, fmt="PNG"):
    W, H = size
    s = min(W, H) / 720
    P = Panel(W, H, (245, 247, 250))
    reg = r.choice(UI_FONTS)
    K = Kid(r)
    P.rich((W / 2, 30 * s), [("Spring ", None), (r.choice(["Chess", "Spelling Bee", "Table Tennis"]), None),
                             (" Tournament - ", None), (K.school, "SCHOOL")],
           font(bold(reg), 26 * s), (20, 30, 60), anchor="mt")
    players = [Kid(r) for _ in range(8)]
    bw, bh = 250 * s, 44 * s
    f = font(reg, 15 * s)
    for rnd in range(3):
        n = 8 >> rnd
        gap = (H - 120 * s) / n
        x = 40 * s + rnd * (bw + 70 * s)
        for i in range(n):
            y = 100 * s + gap * i + gap / 2 - bh / 2
            P.rrect([x, y, x + bw, y + bh], 6 * s, fill=(255, 255, 255), outline=(180, 190, 210), width=max(1, int(s)))
            if rnd == 0:
                p = players[i]
                P.rich((x + 10 * s, y + bh / 2), [(p.short if i % 2 else p.full, "PERSON"), (" (", None),
                                                  (p.year_group(), "AGE"), (")", None)], f, (30, 30, 30), anchor="lm")
            elif rnd == 1:
                p = players[2 * i + r.randint(0, 1)]
                P.text((x + 10 * s, y + bh / 2), p.first, f, (30, 30, 30), kind="PERSON", anchor="lm")
            if rnd < 2 and i % 2 == 0:
                y2 = 100 * s + gap * (i + 1) + gap / 2
                P.line([(x + bw, y + bh / 2), (x + bw + 35 * s, y + bh / 2), (x + bw + 35 * s, y2),
                        (x + bw, y2)], (150, 160, 180), max(1, int(2 * s)))
    P.text((W - 40 * s, H - 30 * s), "Final: Friday 3:15pm, school hall", font(reg, 14 * s), (90, 90, 90), anchor="rb")
    return Result(P, fmt, 90)


# ----------------------------------------------------------------- clean
def game_hud(r, nr, size, fmt="PNG"):
    W, H = size
    s = min(W, H) / 720
    P = Panel(0, 0, img=tx.outdoor(nr, W, H, horizon=r.uniform(0.45, 0.6),
                                   sky=r.choice([(120, 170, 230), (240, 160, 110), (60, 70, 120)]),
                                   ground=r.choice([(80, 120, 60), (150, 130, 90), (110, 110, 115)])))
    reg = r.choice(DISPLAY_FONTS)
    # health bar
    P.rrect([30 * s, H - 70 * s, 330 * s, H - 40 * s], 6 * s, fill=(0, 0, 0, 150))
    hp = r.randint(20, 100)
    P.rrect([34 * s, H - 66 * s, 34 * s + 292 * s * hp / 100, H - 44 * s], 5 * s, fill=(80, 220, 90))
    P.text((30 * s, H - 100 * s), "HP {}/100".format(hp), font(reg, 22 * s), (255, 255, 255), stroke=2,
           stroke_fill=(0, 0, 0))
    P.text((W - 30 * s, H - 40 * s), "{} / {}".format(r.randint(0, 30), r.randint(60, 240)), font(reg, 40 * s),
           (255, 255, 255), anchor="rb", stroke=2, stroke_fill=(0, 0, 0))
    P.text((W / 2, 20 * s), "SCORE {:06d}".format(r.randint(0, 999999)), font(reg, 30 * s), (255, 230, 0),
           anchor="mt", stroke=2, stroke_fill=(0, 0, 0))
    P.text((W / 2, 60 * s), "WAVE {}   {:02d}:{:02d}".format(r.randint(1, 20), r.randint(0, 9), r.randint(0, 59)),
           font(reg, 20 * s), (255, 255, 255), anchor="mt", stroke=2, stroke_fill=(0, 0, 0))
    # minimap
    P.rrect([W - 200 * s, 20 * s, W - 20 * s, 200 * s], 10 * s, fill=(0, 0, 0, 140), outline=(255, 255, 255))
    P.ellipse([W - 115 * s, 105 * s, W - 105 * s, 115 * s], fill=(255, 60, 60))
    feed = ["Player 1 eliminated Bot 7", "CPU Ranger picked up Shield", "P2 reached checkpoint 3",
            "Bot 4 eliminated Bot 2"]
    for i, t in enumerate(feed[: r.randint(2, 4)]):
        P.text((30 * s, 30 * s + i * 26 * s), t, font("sans", 15 * s), (255, 255, 255), stroke=1,
               stroke_fill=(0, 0, 0))
    # crosshair
    P.line([(W / 2 - 15 * s, H / 2), (W / 2 + 15 * s, H / 2)], (255, 255, 255), 2 * s)
    P.line([(W / 2, H / 2 - 15 * s), (W / 2, H / 2 + 15 * s)], (255, 255, 255), 2 * s)
    q = 88
    img = P.img.convert("RGB")
    if fmt == "JPEG":
        q = r.randint(60, 80)
    return Result(P, fmt, q, img=img)


def match_scores(r, nr, size, fmt="PNG"):
    W, H = size
    s = W / 360
    P = Panel(W, H, (18, 18, 22) if r.random() < 0.5 else (245, 245, 245))
    dark = P.img.getpixel((0, 0))[0] < 100
    fg = (240, 240, 240) if dark else (20, 20, 20)
    meta = (150, 150, 155)
    reg = r.choice(UI_FONTS)
    P.text((16 * s, 40 * s), "Premier League", font(bold(reg), 22 * s), fg)
    P.text((16 * s, 70 * s), "Saturday {} {}".format(r.randint(1, 28), r.choice(["March", "October", "January"])),
           font(reg, 13 * s), meta)
    clubs = CLUBS_PRO[:]
    r.shuffle(clubs)
    y = 100 * s
    for i in range(0, min(len(clubs), 16), 2):
        if y + 66 * s > H:
            break
        P.rrect([10 * s, y, W - 10 * s, y + 60 * s], 10 * s, fill=(34, 34, 40) if dark else (255, 255, 255))
        f = font(reg, 14 * s)
        P.text((24 * s, y + 18 * s), clubs[i], f, fg, anchor="lm")
        P.text((24 * s, y + 42 * s), clubs[i + 1], f, fg, anchor="lm")
        P.text((W - 70 * s, y + 18 * s), str(r.randint(0, 4)), font(bold(reg), 15 * s), fg, anchor="rm")
        P.text((W - 70 * s, y + 42 * s), str(r.randint(0, 4)), font(bold(reg), 15 * s), fg, anchor="rm")
        P.text((W - 24 * s, y + 30 * s), r.choice(["FT", "HT", "67'", "FT", "17:30"]), font(reg, 12 * s), meta,
               anchor="rm")
        y += 68 * s
    return Result(P, fmt, 85)


def league_table(r, nr, size, fmt="PNG"):
    W, H = size
    s = min(W, H) / 720
    P = Panel(W, H, (255, 255, 255))
    reg = r.choice(UI_FONTS + ["narrow"])
    P.rect([0, 0, W, 70 * s], fill=(56, 0, 60))
    P.text((30 * s, 35 * s), "League Table  2024/25", font(bold(reg), 28 * s), (255, 255, 255), anchor="lm")
    cols = ["Pos", "Club", "P", "W", "D", "L", "GD", "Pts"]
    xs = [30, 90, 0.55, 0.62, 0.69, 0.76, 0.84, 0.93]
    xs = [x * s if x > 1 else x * W for x in xs]
    hf = font(bold(reg), 17 * s)
    for c, x in zip(cols, xs):
        P.text((x, 90 * s), c, hf, (90, 90, 90))
    clubs = CLUBS_PRO[:]
    r.shuffle(clubs)
    rh = min(36 * s, (H - 130 * s) / len(clubs))
    f = font(reg, rh * 0.5)
    pts = sorted([r.randint(20, 80) for _ in clubs], reverse=True)
    for i, club in enumerate(clubs):
        y = 125 * s + i * rh
        if i % 2:
            P.rect([0, y - 4 * s, W, y + rh - 4 * s], fill=(244, 244, 248))
        p = r.randint(28, 34)
        w_ = r.randint(5, 22)
        d_ = r.randint(2, 10)
        vals = [str(i + 1), club, str(p), str(w_), str(d_), str(max(0, p - w_ - d_)),
                "{:+d}".format(r.randint(-30, 40)), str(pts[i])]
        for v, x in zip(vals, xs):
            P.text((x, y), v, f, (20, 20, 20))
    return Result(P, fmt, 90)


def quiz_capitals(r, nr, size, fmt="PNG"):
    W, H = size
    s = W / 360
    P = Panel(0, 0, img=tx.paint(nr, W, H, r.choice([(70, 40, 160), (20, 110, 140), (200, 80, 60)]), 0.4))
    reg = r.choice(UI_FONTS)
    qn = r.randint(1, 10)
    country, cap = r.choice(CAPITALS)
    P.text((16 * s, 40 * s), "Question {}/10".format(qn), font(reg, 15 * s), (255, 255, 255))
    P.text((W - 16 * s, 40 * s), "Score: {}".format(r.randint(0, qn - 1) if qn > 1 else 0), font(bold(reg), 15 * s),
           (255, 230, 120), anchor="ra")
    P.rrect([16 * s, 80 * s, W - 16 * s, 250 * s], 16 * s, fill=(255, 255, 255))
    P.para((32 * s, 120 * s), [("What is the capital city of {}?".format(country), None)], font(bold(reg), 22 * s),
           (30, 30, 40), W - 64 * s, align="m")
    opts = [cap] + r.sample([c for _, c in CAPITALS if c != cap], 3)
    r.shuffle(opts)
    for i, o in enumerate(opts):
        y = 280 * s + i * 70 * s
        P.rrect([16 * s, y, W - 16 * s, y + 58 * s], 14 * s, fill=(255, 255, 255, 60))
        P.text((36 * s, y + 29 * s), "ABCD"[i] + "   " + o, font(reg, 19 * s), (255, 255, 255), anchor="lm")
    P.text((W / 2, H - 50 * s), "00:{:02d}".format(r.randint(3, 20)), font(bold(reg), 26 * s), (255, 255, 255),
           anchor="mm")
    return Result(P, fmt, 88)


JOBS = [
    ("game_profile", game_profile, dict(size=(1920, 1080), variant=0), False),
    ("game_profile", game_profile, dict(size=(1280, 720), variant=1, fmt="JPEG"), False),
    ("game_profile", game_profile, dict(size=(2340, 1080), variant=2, fmt="WEBP"), False),
    ("game_profile", game_profile, dict(size=(3840, 2160), variant=3, fmt="PNG"), False),
    ("game_lobby", game_lobby, dict(size=(1920, 1080)), False),
    ("game_lobby", game_lobby, dict(size=(1280, 720), fmt="JPEG", photo=True), False),
    ("game_lobby", game_lobby, dict(size=(2560, 1440), fmt="WEBP"), False),
    ("leaderboard", leaderboard, dict(size=(1920, 1080), n=10), False),
    ("leaderboard", leaderboard, dict(size=(1080, 1920), n=14, fmt="JPEG"), False),
    ("leaderboard", leaderboard, dict(size=(3200, 1800), n=8, fmt="PNG"), False),
    ("discord_like", discord_like, dict(size=(1920, 1080)), False),
    ("discord_like", discord_like, dict(size=(1366, 768), fmt="JPEG"), False),
    ("discord_like", discord_like, dict(size=(2560, 1600), fmt="WEBP"), False),
    ("discord_like", discord_like, dict(size=(1280, 800)), False),
    ("match_report", match_report, dict(size=(1080, 1920)), False),
    ("match_report", match_report, dict(size=(720, 1280), fmt="JPEG"), False),
    ("match_report", match_report, dict(size=(540, 960), fmt="WEBP"), False),
    ("bracket", bracket, dict(size=(1600, 900)), False),
    ("bracket", bracket, dict(size=(3000, 2000), fmt="JPEG"), False),
    ("bracket", bracket, dict(size=(1280, 720), fmt="WEBP"), False),
    ("game_hud", game_hud, dict(size=(1920, 1080)), True),
    ("game_hud", game_hud, dict(size=(3840, 2160), fmt="JPEG"), True),
    ("game_hud", game_hud, dict(size=(1280, 720), fmt="WEBP"), True),
    ("match_scores", match_scores, dict(size=(1080, 1920)), True),
    ("match_scores", match_scores, dict(size=(720, 1280), fmt="JPEG"), True),
    ("league_table", league_table, dict(size=(1920, 1080)), True),
    ("league_table", league_table, dict(size=(1080, 1920), fmt="WEBP"), True),
    ("quiz_capitals", quiz_capitals, dict(size=(1080, 1920)), True),
    ("quiz_capitals", quiz_capitals, dict(size=(720, 1280), fmt="JPEG"), True),
    ("quiz_capitals", quiz_capitals, dict(size=(540, 960), fmt="WEBP"), True),
]
