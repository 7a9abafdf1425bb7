"""Phone / tablet screenshots (leaky)."""
from gfx import Canvas, F, UI_FONTS, UI_BOLD, layout, draw_layout, bold_of
from gdata import Person, FIRST, LAST, phone

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400), (1125, 2436), (1170, 2532)]
LANDSCAPE = [(1280, 720), (1334, 750), (1920, 1080), (2340, 1080)]
AV_COLORS = [(229, 115, 115), (100, 181, 246), (129, 199, 132), (255, 183, 77), (186, 104, 200), (77, 182, 172), (240, 98, 146), (121, 134, 203)]

FILLER = ["lol", "ok", "hahaha", "see u tmrw", "did u do the maths hw", "what time?", "k", "yesss", "brb dinner", "who's coming",
          "sure", "can't wait!!", "that's so funny", "ikr", "wait what", "gtg", "send pic", "wanna play later?", "bring ur charger",
          "noooo", "omg same", "is it on saturday?", "my mum said yes", "ill ask my dad", "ok cool", "bet", "nah", "heyyy",
          "did you see the new episode", "im so bored", "tell me when ur online", "haha ok", "who else is coming?"]


def initials(name):
    parts = [p for p in name.replace("@", "").replace("_", " ").split() if p]
    return "".join(p[0].upper() for p in parts[:2]) or "?"


def status_bar(cv, s, fg, rng, font="sans", h=44):
    t = rng.choice(["9:41", "15:27", "7:58", "21:04", "16:12", "8:15", "10:33"])
    cv.text(int(22 * s), int(h * s / 2), t, F(UI_BOLD.get(font, font), 15 * s), fg, anchor="lm")
    x = cv.w - int(20 * s)
    cv.rrect([x - 26 * s, h * s / 2 - 6 * s, x, h * s / 2 + 6 * s], 3 * s, outline=fg, width=max(1, s * 1.2))
    cv.d.rectangle([x - 24 * s, h * s / 2 - 4 * s, x - 8 * s, h * s / 2 + 4 * s], fill=fg)
    for i in range(4):
        bx = x - 60 * s + i * 6 * s
        cv.d.rectangle([bx, h * s / 2 + 5 * s - (i + 1) * 3 * s, bx + 4 * s, h * s / 2 + 5 * s], fill=fg)
    return int(h * s)


def chat_script(rng, p, q, n_leaks):
    T = [
        lambda: [("hey its ", None), (p.first, "PERSON"), (" from ", None), (p.school, "SCHOOL")],
        lambda: [("my number is ", None), (p.phone, "PHONE")],
        lambda: [("text me on ", None), (p.phone, "PHONE"), (" after 4", None)],
        lambda: [("im at ", None), (p.street_line(), "ADDRESS"), (" come over", None)],
        lambda: [("we moved to ", None), (p.suburb, "LOCATION"), (" last week", None)],
        lambda: [("i'm in ", None), (p.year, "AGE"), (" now lol", None)],
        lambda: [("im literally ", None), (f"{p.age} years old", "AGE")],
        lambda: [("add me on snap ", None), (p.handle_plain, "HANDLE")],
        lambda: [("my insta is ", None), (p.handle, "HANDLE")],
        lambda: [("my bday is ", None), (p.dob(rng), "DATE_OF_BIRTH"), (" dont forget!!", None)],
        lambda: [("email me at ", None), (p.email, "EMAIL")],
        lambda: [("training at ", None), (p.club, "ORG"), (" sat 9am", None)],
        lambda: [("follow me ", None), (p.url, "URL")],
        lambda: [("my mum works at ", None), (p.workplace, "ORG")],
        lambda: [("party at mine ", None), (p.street_line(), "ADDRESS"), (", ", None), (p.suburb, "LOCATION")],
        lambda: [("this is ", None), (q.full, "PERSON"), ("'s new number ", None), (q.phone, "PHONE")],
        lambda: [("ask her, she's in ", None), (q.year, "AGE"), (" too", None)],
        lambda: [("we're in ", None), (p.teacher, "PERSON"), ("'s class", None)],
        lambda: [("meet at the gate of ", None), (p.school, "SCHOOL"), (" at 3:15", None)],
        lambda: [("my gamertag is ", None), (p.gamertag, "HANDLE")],
        lambda: [("check my channel ", None), (p.url, "URL")],
        lambda: [("my address is ", None), (p.street_line(), "ADDRESS")],
        lambda: [("going to the ", None), (p.school, "SCHOOL"), (" disco friday?", None)],
        lambda: [("send it to ", None), (p.short_addr(), "ADDRESS")],
        lambda: [("r u at ", None), (p.school, "SCHOOL"), (" tmrw", None)],
        lambda: [("im ", None), (p.first, "PERSON"), (" btw, ", None), (p.year, "AGE"), (" at ", None), (p.school, "SCHOOL")],
    ]
    idx = list(range(len(T)))
    rng.shuffle(idx)
    leaks = [T[i]() for i in idx[:n_leaks]]
    msgs = []
    side = rng.choice(["in", "out"])
    for lk in leaks:
        for _ in range(rng.randint(0, 2)):
            msgs.append((rng.choice(["in", "out"]), [(rng.choice(FILLER), None)]))
        msgs.append(("in" if rng.random() < 0.65 else "out", lk))
    msgs.append((side, [(rng.choice(FILLER), None)]))
    return msgs


THEMES = {
    "whatsapp": {False: dict(bg=(236, 229, 221), head=(0, 128, 105), headfg=(255, 255, 255), out=(217, 253, 211), inn=(255, 255, 255), fg=(17, 27, 33), ofg=(17, 27, 33), meta=(102, 119, 129)),
                 True: dict(bg=(11, 20, 26), head=(31, 44, 52), headfg=(233, 237, 239), out=(0, 92, 75), inn=(31, 44, 52), fg=(233, 237, 239), ofg=(233, 237, 239), meta=(134, 150, 160))},
    "imessage": {False: dict(bg=(255, 255, 255), head=(246, 246, 246), headfg=(0, 0, 0), out=(0, 122, 255), inn=(233, 233, 235), fg=(0, 0, 0), ofg=(255, 255, 255), meta=(142, 142, 147)),
                 True: dict(bg=(0, 0, 0), head=(28, 28, 30), headfg=(255, 255, 255), out=(10, 132, 255), inn=(38, 38, 40), fg=(255, 255, 255), ofg=(255, 255, 255), meta=(142, 142, 147))},
    "instagram": {False: dict(bg=(255, 255, 255), head=(255, 255, 255), headfg=(0, 0, 0), out=(120, 70, 240), inn=(239, 239, 239), fg=(0, 0, 0), ofg=(255, 255, 255), meta=(142, 142, 142)),
                  True: dict(bg=(0, 0, 0), head=(0, 0, 0), headfg=(245, 245, 245), out=(110, 60, 230), inn=(38, 38, 38), fg=(245, 245, 245), ofg=(255, 255, 255), meta=(168, 168, 168))},
    "sms": {False: dict(bg=(255, 255, 255), head=(247, 248, 250), headfg=(32, 33, 36), out=(26, 115, 232), inn=(241, 243, 244), fg=(32, 33, 36), ofg=(255, 255, 255), meta=(95, 99, 104)),
            True: dict(bg=(18, 18, 18), head=(30, 30, 30), headfg=(232, 234, 237), out=(138, 180, 248), inn=(48, 48, 48), fg=(232, 234, 237), ofg=(20, 20, 20), meta=(154, 160, 166))},
}


def chat_bubbles(rng, k, app):
    landscape = (k % 5 == 4)
    W, H = rng.choice(LANDSCAPE[:2]) if landscape else rng.choice(PORTRAIT)
    dark = (k % 2 == 1)
    th = THEMES[app][dark]
    s = (H if landscape else W) / 390
    fn = rng.choice(UI_FONTS)
    cv = Canvas(W, H, th["bg"])
    p = Person(rng)
    q = Person(rng, region=p.region)
    # header
    hh = int(100 * s)
    cv.d.rectangle([0, 0, W, hh], fill=th["head"])
    status_bar(cv, s, th["headfg"], rng, fn)
    cy = int(72 * s)
    if app == "imessage":
        cv.avatar(W // 2, int(62 * s), int(17 * s), initials(p.full), rng.choice(AV_COLORS))
        cv.text(W // 2, int(88 * s), p.first + " " + p.last, F(fn, 12 * s), th["headfg"], kind="PERSON", anchor="mm")
        cv.text(int(14 * s), cy, "<", F(fn, 24 * s), (0, 122, 255), anchor="lm")
    elif app == "instagram":
        cv.avatar(int(56 * s), cy, int(16 * s), initials(p.full), rng.choice(AV_COLORS))
        cv.text(int(80 * s), cy - int(8 * s), p.full, F(UI_BOLD[fn], 15 * s), th["headfg"], kind="PERSON", anchor="lm")
        cv.text(int(80 * s), cy + int(10 * s), p.handle_plain, F(fn, 12 * s), th["meta"], kind="HANDLE", anchor="lm")
    elif app == "whatsapp":
        cv.avatar(int(50 * s), cy, int(17 * s), initials(p.full), rng.choice(AV_COLORS))
        nm = p.full if rng.random() < 0.7 else p.first
        cv.text(int(76 * s), cy - int(8 * s), nm, F(UI_BOLD[fn], 16 * s), th["headfg"], kind="PERSON", anchor="lm")
        cv.text(int(76 * s), cy + int(11 * s), rng.choice(["online", "typing...", "last seen today at 16:02"]), F(fn, 11 * s), th["headfg"], anchor="lm")
    else:  # sms
        if rng.random() < 0.5:
            cv.text(int(60 * s), cy, p.full, F(fn, 18 * s), th["headfg"], kind="PERSON", anchor="lm")
        else:
            cv.text(int(60 * s), cy, p.phone, F(fn, 18 * s), th["headfg"], kind="PHONE", anchor="lm")
        cv.text(int(22 * s), cy, "<", F(fn, 22 * s), th["headfg"], anchor="lm")
    # input bar
    ib = H - int(64 * s)
    cv.rrect([10 * s, ib + 10 * s, W - 60 * s, ib + 48 * s], 19 * s, fill=th["inn"])
    cv.text(int(26 * s), ib + int(29 * s), rng.choice(["Message", "Type a message", "iMessage", "Text message"]), F(fn, 14 * s), th["meta"], anchor="lm")
    cv.d.ellipse([W - 52 * s, ib + 10 * s, W - 14 * s, ib + 48 * s], fill=th["out"])
    # messages
    font = F(fn, rng.choice([15, 16, 17]) * s)
    lh = font.size * 1.3
    y = hh + int(14 * s)
    maxw = W * (0.55 if landscape else 0.68)
    msgs = chat_script(rng, p, q, rng.randint(3, 5))
    if rng.random() < 0.5:
        cv.text(W // 2, y + int(8 * s), rng.choice(["Today", "Yesterday", "Monday", "12 March"]), F(fn, 11 * s), th["meta"], anchor="mm")
        y += int(26 * s)
    for side, runs in msgs:
        lines = layout(runs, font, maxw)
        bw = max(w for _, w in lines) + 24 * s
        bh = len(lines) * lh + 16 * s
        if y + bh > ib - 6 * s:
            break
        x0 = W - 10 * s - bw if side == "out" else 10 * s
        cv.rrect([x0, y, x0 + bw, y + bh], 14 * s, fill=th["out"] if side == "out" else th["inn"])
        draw_layout(cv, x0 + 12 * s, y + 8 * s, lines, font, th["ofg"] if side == "out" else th["fg"], lh)
        y += bh + rng.choice([4, 6, 10]) * s
    return cv.rgb(), cv


def chat_discord(rng, k):
    landscape = (k % 3 == 2)
    W, H = rng.choice(LANDSCAPE) if landscape else rng.choice(PORTRAIT)
    dark = k % 2 == 0
    s = (H if landscape else W) / 390
    bg, fg, meta = ((49, 51, 56), (219, 222, 225), (148, 155, 164)) if dark else ((255, 255, 255), (49, 51, 56), (92, 94, 102))
    fn = rng.choice(["sans", "free", "lib"])
    cv = Canvas(W, H, bg)
    p = Person(rng); q = Person(rng, region=p.region)
    status_bar(cv, s, fg, rng, fn)
    x_off = 0
    if landscape:
        x_off = int(220 * s * 0.8)
        cv.d.rectangle([0, 0, x_off, H], fill=(43, 45, 49) if dark else (242, 243, 245))
        srv = f"{p.school.split()[0]} {rng.choice(['Squad', 'Gang', 'Crew', 'Besties'])}"
        cv.text(int(14 * s), int(60 * s), srv, F(bold_of(fn), 14 * s), fg, anchor="lm")
        for i, ch in enumerate(["general", "homework", "memes", "voice-chat", "minecraft"]):
            cv.text(int(20 * s), int(100 * s + i * 28 * s), "# " + ch, F(fn, 13 * s), meta, anchor="lm")
    cv.text(x_off + int(16 * s), int(64 * s), "# " + rng.choice(["general", "chat", "off-topic"]), F(bold_of(fn), 16 * s), fg, anchor="lm")
    cv.d.line([x_off, int(84 * s), W, int(84 * s)], fill=meta, width=max(1, int(s)))
    people = [(p.handle_plain, p), (q.gamertag, q)]
    msgs = chat_script(rng, p, q, rng.randint(3, 5))
    font = F(fn, 15 * s)
    lh = font.size * 1.3
    y = int(100 * s)
    last = None
    namecol = [(242, 63, 67), (88, 101, 242), (35, 165, 89), (240, 178, 50)]
    for side, runs in msgs:
        who = 0 if side == "in" else 1
        lines = layout(runs, font, W - x_off - 80 * s)
        need = len(lines) * lh + (30 * s if who != last else 4 * s)
        if y + need > H - 70 * s:
            break
        if who != last:
            y += 8 * s
            h, pp = people[who]
            cv.avatar(x_off + int(32 * s), int(y + 16 * s), int(16 * s), initials(pp.full), AV_COLORS[(who * 3 + k) % 8])
            cv.text(x_off + int(60 * s), y, h, F(bold_of(fn), 15 * s), namecol[(who + k) % 4], kind="HANDLE")
            cv.text(x_off + int(66 * s) + F(bold_of(fn), 15 * s).getlength(h), y + 3 * s, rng.choice(["Today at 4:12 PM", "Today at 19:40", "Yesterday at 8:03 PM"]), F(fn, 11 * s), meta)
            y += 22 * s
        y = draw_layout(cv, x_off + 60 * s, y, lines, font, fg, lh)
        last = who
    cv.rrect([x_off + 12 * s, H - 60 * s, W - 12 * s, H - 18 * s], 8 * s, fill=(56, 58, 64) if dark else (235, 237, 239))
    cv.text(x_off + int(24 * s), H - int(39 * s), "Message #general", F(fn, 14 * s), meta, anchor="lm")
    return cv.rgb(), cv


GAMES = ["Blockverse", "Kart Legends", "Sky Raiders", "Pixel Pets Online", "Galaxy Brawl", "Farmtopia", "Dune Racers", "Mythic Quest Arena"]
GTHEMES = [((24, 26, 48), (255, 255, 255), (255, 196, 0), (60, 64, 110)), ((14, 40, 32), (235, 255, 240), (90, 230, 140), (30, 80, 60)),
           ((250, 244, 230), (40, 30, 20), (220, 80, 40), (230, 215, 190)), ((30, 14, 44), (250, 240, 255), (255, 90, 200), (70, 40, 100))]


def game_profile(rng, k):
    landscape = k % 2 == 0
    W, H = rng.choice(LANDSCAPE) if landscape else rng.choice(PORTRAIT)
    s = (H if landscape else W) / 390
    bg, fg, acc, panel = GTHEMES[k % 4]
    fn = rng.choice(UI_FONTS)
    fb = UI_BOLD[fn]
    cv = Canvas(W, H, bg)
    p = Person(rng)
    cv.text(int(20 * s), int(30 * s), rng.choice(GAMES).upper() + "  -  PLAYER PROFILE", F(fb, 14 * s), acc, anchor="lm")
    cx = int(W * (0.2 if landscape else 0.5))
    cy = int(130 * s)
    cv.avatar(cx, cy, int(50 * s), initials(p.gamertag), rng.choice(AV_COLORS))
    cv.text(cx, cy + int(72 * s), p.gamertag, F(fb, 22 * s), fg, kind="HANDLE", anchor="mm")
    cv.text(cx, cy + int(98 * s), f"Level {rng.randint(3, 99)}  -  {rng.randint(100, 9999)} XP", F(fn, 13 * s), acc, anchor="mm")
    x0 = int(W * 0.42) if landscape else int(24 * s)
    y = int(60 * s) if landscape else cy + int(130 * s)
    rows = [("Real name", p.full, "PERSON"), ("Age", f"{p.age}", None), ("From", f"{p.suburb}, {p.city}" if p.city else p.suburb, "LOCATION"),
            ("School", p.school, "SCHOOL"), ("Clan", f"[{p.club.split()[0][:4].upper()}] {p.club}", None), ("Birthday", p.dob(rng), "DATE_OF_BIRTH")]
    sel = rng.sample(range(len(rows)), 4)
    sel.sort()
    fl, fv = F(fn, 13 * s), F(fb, 16 * s)
    pw = W - x0 - int(24 * s)
    cv.rrect([x0, y, x0 + pw, y + int(56 * s) * 5 + int(12 * s)], 12 * s, fill=panel)
    yy = y + int(10 * s)
    for i in sel:
        lab, val, kd = rows[i]
        cv.text(x0 + int(14 * s), yy, lab.upper(), fl, acc)
        if lab == "Age":
            cv.text(x0 + int(14 * s), yy + int(18 * s), f"{p.age} yrs", fv, fg, kind="AGE")
        elif lab == "Clan":
            tag = f"[{p.club.split()[0][:4].upper()}] "
            cv.text(x0 + int(14 * s), yy + int(18 * s), tag, fv, fg)
            cv.text(x0 + int(14 * s) + fv.getlength(tag), yy + int(18 * s), p.club, fv, fg, kind="ORG")
        else:
            cv.text(x0 + int(14 * s), yy + int(18 * s), val, fv, fg, kind=kd)
        yy += int(56 * s)
    bio_runs = rng.choice([[("bio: add me on snap ", None), (p.handle_plain, "HANDLE")], [("bio: ", None), (p.year, "AGE"), (" gamer, dm me", None)],
                           [("bio: yt ", None), (p.url, "URL")], [("bio: ", None), (p.url, "URL")]])
    lines = layout(bio_runs, F(fn, 14 * s), pw - 28 * s)
    draw_layout(cv, x0 + 14 * s, yy, lines, F(fn, 14 * s), fg, 18 * s)
    if k < 3:
        payload = rng.choice([f"https://discord.gg/{p.handle_plain.replace('.', '')[:10]}", f"https://www.snapchat.com/add/{p.handle_plain}", f"https://t.me/{p.handle_plain.replace('.', '_')}"])
        mod = max(3, int(3.2 * s))
        size = Canvas.qr_size(payload, mod)
        qx = W - size - int(16 * s)
        qy = H - size - int(16 * s)
        cv.qr(payload, qx, qy, mod, leaks=[("URL", payload)])
        cv.text(qx + size // 2, qy - int(10 * s), "Scan to add me!", F(fb, 12 * s), fg, anchor="mm")
    return cv.rgb(), cv


def friend_list(rng, k):
    W, H = rng.choice(PORTRAIT) if k % 3 else rng.choice(LANDSCAPE)
    landscape = W > H
    s = (H if landscape else W) / 390
    dark = k % 2 == 0
    bg, fg, meta, sep = ((18, 18, 24), (240, 240, 245), (150, 150, 165), (40, 40, 50)) if dark else ((250, 250, 252), (20, 20, 30), (110, 110, 125), (225, 225, 232))
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv = Canvas(W, H, bg)
    top = status_bar(cv, s, fg, rng, fn)
    cv.text(int(20 * s), top + int(26 * s), rng.choice(["Friends", "Friends (Online)", "Contacts", "Best Friends"]), F(fb, 24 * s), fg, anchor="lm")
    y = top + int(60 * s)
    me = Person(rng)
    rowh = int(62 * s)
    i = 0
    while y + rowh < H - 10 * s and i < 6:
        q = Person(rng, region=me.region)
        cv.avatar(int(40 * s), int(y + rowh / 2), int(22 * s), initials(q.full), AV_COLORS[(i + k) % 8])
        mode = rng.random()
        if mode < 0.25:
            cv.runs(int(74 * s), int(y + 10 * s), [(q.gamertag, "HANDLE")], F(fb, 16 * s), fg)
            cv.text(int(74 * s), int(y + 34 * s), q.full, F(fn, 13 * s), meta, kind="PERSON")
        elif mode < 0.4:
            cv.text(int(74 * s), int(y + 10 * s), q.full, F(fb, 16 * s), fg, kind="PERSON")
            cv.text(int(74 * s), int(y + 34 * s), q.handle, F(fn, 13 * s), meta, kind="HANDLE")
        else:
            cv.text(int(74 * s), int(y + 10 * s), q.gamertag, F(fb, 16 * s), fg, kind="HANDLE")
            cv.text(int(74 * s), int(y + 34 * s), rng.choice(["Online - In Lobby", "Offline", "Playing Kart Legends", "Away"]), F(fn, 13 * s), meta)
        cv.d.ellipse([W - 34 * s, y + rowh / 2 - 6 * s, W - 22 * s, y + rowh / 2 + 6 * s], fill=rng.choice([(67, 181, 129), (240, 71, 71), (250, 166, 26)]))
        y += rowh
        cv.d.line([int(74 * s), int(y), W, int(y)], fill=sep, width=max(1, int(s)))
        i += 1
    return cv.rgb(), cv


def game_lobby(rng, k):
    W, H = rng.choice(LANDSCAPE)
    s = H / 390
    bg, fg, acc, panel = GTHEMES[(k + 1) % 4]
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv = Canvas(W, H, bg)
    cv.text(int(20 * s), int(26 * s), f"{rng.choice(GAMES).upper()}  |  LOBBY {rng.randint(1000, 9999)}", F(fb, 16 * s), acc, anchor="lm")
    cv.text(W - int(20 * s), int(26 * s), f"Starting in 0:{rng.randint(10, 59)}", F(fn, 14 * s), fg, anchor="rm")
    ps = [Person(rng) for _ in range(rng.randint(3, 4))]
    pw = W * 0.55
    y = int(56 * s)
    for i, q in enumerate(ps):
        cv.rrect([20 * s, y, 20 * s + pw, y + 40 * s], 8 * s, fill=panel)
        cv.avatar(int(42 * s), int(y + 20 * s), int(14 * s), initials(q.gamertag), AV_COLORS[(i + k) % 8])
        cv.text(int(64 * s), int(y + 20 * s), q.gamertag, F(fb, 15 * s), fg, kind="HANDLE", anchor="lm")
        cv.text(int(20 * s + pw - 12 * s), int(y + 20 * s), rng.choice(["READY", "NOT READY", "HOST"]), F(fn, 12 * s), acc, anchor="rm")
        y += 46 * s
    # chat box
    cx0 = 40 * s + pw
    cv.rrect([cx0, 56 * s, W - 20 * s, H - 20 * s], 10 * s, fill=panel)
    cv.text(int(cx0 + 12 * s), int(70 * s), "LOBBY CHAT", F(fb, 12 * s), acc)
    a, b = ps[0], ps[1]
    lines_src = [[(a.gamertag, "HANDLE"), (": ", None), (rng.choice(["gg", "ready?", "lets go"]), None)],
                 [(b.gamertag, "HANDLE"), (": ", None), ("which school u go to", None)],
                 [(a.gamertag, "HANDLE"), (": ", None), (a.school, "SCHOOL")],
                 [(b.gamertag, "HANDLE"), (": ", None), ("im in ", None), (b.year, "AGE"), (" lol", None)],
                 [(a.gamertag, "HANDLE"), (": ", None), ("add me ", None), (a.handle, "HANDLE")]]
    rng.shuffle(lines_src)
    font = F(fn, 13 * s)
    y = 92 * s
    for runs in lines_src[:rng.randint(2, 3)]:
        lines = layout(runs, font, W - 20 * s - cx0 - 24 * s)
        if y + len(lines) * 18 * s > H - 30 * s:
            break
        y = draw_layout(cv, cx0 + 12 * s, y, lines, font, fg, 18 * s) + 6 * s
    return cv.rgb(), cv


def lock_screen(rng, k):
    landscape = k == 6
    W, H = rng.choice(LANDSCAPE[:2]) if landscape else rng.choice(PORTRAIT)
    s = (H if landscape else W) / 390
    import numpy as np
    from PIL import Image
    c1 = np.array(rng.choice([(40, 60, 140), (120, 40, 90), (20, 90, 90), (200, 120, 60), (30, 30, 50)]), float)
    c2 = np.array(rng.choice([(10, 10, 30), (240, 170, 120), (90, 160, 220), (60, 20, 60)]), float)
    t = np.linspace(0, 1, H)[:, None, None]
    grad = (c1 * (1 - t) + c2 * t) * np.ones((1, W, 1))
    cv = Canvas(W, H)
    cv.img = Image.fromarray(grad.astype(np.uint8), "RGB").convert("RGBA"); cv.redraw()
    fn = rng.choice(UI_FONTS)
    white = (255, 255, 255)
    status_bar(cv, s, white, rng, fn)
    p = Person(rng)
    cv.text(W // 2, int(110 * s), rng.choice(["Saturday 14 June", "Tuesday, March 4", "Friday 22 November", "Monday 3 February"]), F(fn, 18 * s), white, anchor="mm")
    cv.text(W // 2, int(175 * s), rng.choice(["9:41", "7:15", "16:20", "21:08"]), F("sansl" if fn == "sans" else fn, 84 * s), white, anchor="mm")
    y = int(250 * s)
    notes = [
        ("Messages", [(p.parent_first, "PERSON"), (": pick you up from ", None), (p.school, "SCHOOL"), (" at 3:15", None)]),
        ("WhatsApp", [(p.first + " " + p.last, "PERSON"), (": ok see u at ", None), (p.street_line(), "ADDRESS")]),
        ("Snapchat", [(p.handle_plain, "HANDLE"), (" sent you a Snap", None)]),
        ("Calendar", [(p.club, "ORG"), (" training 5pm", None)]),
        ("Messages", [(p.sibling, "PERSON"), (": happy ", None), (f"{p.age}th", "AGE"), (" birthday!!", None)]),
        ("Instagram", [(p.handle, "HANDLE"), (" started following you", None)]),
        ("YouTube", [("New video from ", None), (p.url, "URL")]),
        ("Maps", [("Home: ", None), (p.short_addr(), "ADDRESS"), (" - 12 min", None)]),
    ]
    rng.shuffle(notes)
    font = F(fn, 14 * s)
    cw = W - 32 * s
    for app, runs in notes[:rng.randint(2, 4)]:
        lines = layout(runs, font, cw - 28 * s)
        h = len(lines) * 19 * s + 40 * s
        if y + h > H - 140 * s:
            break
        cv.rrect([16 * s, y, 16 * s + cw, y + h], 16 * s, fill=(245, 245, 245))
        cv.text(int(30 * s), int(y + 10 * s), app.upper(), F(UI_BOLD[fn], 11 * s), (90, 90, 90))
        cv.text(int(16 * s + cw - 14 * s), int(y + 10 * s), rng.choice(["now", "2m ago", "15m ago"]), F(fn, 11 * s), (90, 90, 90), anchor="ra")
        draw_layout(cv, 30 * s, y + 30 * s, lines, font, (20, 20, 20), 19 * s)
        y += h + 8 * s
    # owner message
    msg = rng.choice([[("If found please call ", None), (p.parent_phone, "PHONE")], [("This phone belongs to ", None), (p.full, "PERSON")],
                      [(p.first + "'s phone", None)]])
    if msg[0][0].endswith("'s phone"):
        cv.text(W // 2, H - int(100 * s), p.first, F(fn, 14 * s), white, kind="PERSON", anchor="rm")
        cv.text(W // 2, H - int(100 * s), "'s phone", F(fn, 14 * s), white, anchor="lm")
    else:
        lines = layout(msg, font, W - 60 * s)
        draw_layout(cv, 30 * s, H - 110 * s, lines, font, white, 19 * s)
    if k == 0:
        payload = f"If found please contact {p.parent_first}: {p.parent_phone}"
        mod = max(3, int(2.6 * s))
        sz = Canvas.qr_size(payload, mod)
        cv.qr(payload, W - sz - int(20 * s), H - sz - int(130 * s), mod, leaks=[("PHONE", p.parent_phone), ("PERSON", p.parent_first)])
    cv.rrect([W / 2 - 67 * s, H - 14 * s, W / 2 + 67 * s, H - 9 * s], 3 * s, fill=white)
    return cv.rgb(), cv


def signup_form(rng, k):
    W, H = rng.choice(PORTRAIT)
    s = W / 390
    dark = k % 3 == 2
    bg, fg, meta, box, acc = ((20, 22, 26), (235, 235, 240), (150, 150, 160), (40, 42, 48), (80, 160, 255)) if dark else \
        ((255, 255, 255), (25, 25, 30), (110, 110, 120), (244, 245, 248), rng.choice([(0, 120, 212), (230, 60, 90), (20, 150, 110), (120, 80, 220)]))
    fn = rng.choice(UI_FONTS); fb = UI_BOLD[fn]
    cv = Canvas(W, H, bg)
    top = status_bar(cv, s, fg, rng, fn)
    cv.text(int(24 * s), top + int(30 * s), rng.choice(["Create your account", "Sign up", "Join the club!", "Register for " + rng.choice(GAMES)]), F(fb, 22 * s), fg, anchor="lm")
    p = Person(rng)
    fields = [("First name", p.first, "PERSON"), ("Last name", p.last, "PERSON"), ("Full name", p.full, "PERSON"), ("Username", p.handle_plain, "HANDLE"),
              ("Date of birth", p.dob(rng), "DATE_OF_BIRTH"), ("Email", p.email, "EMAIL"), ("Mobile number", p.phone, "PHONE"),
              ("Postcode" if p.region in ("UK", "AU", "NZ", "ZA") else ("Eircode" if p.region == "IE" else ("ZIP code" if p.region == "US" else ("Postal code" if p.region == "CA" else "PIN code"))), p.postcode, "ADDRESS"),
              ("School", p.school, "SCHOOL"), ("School year", p.year, "AGE"), ("Parent's email", p.parent_email, "EMAIL"), ("Your channel", p.url, "URL")]
    order = [2, 3, 4, 5, 6, 7, 8, 9, 10] if rng.random() < 0.5 else [0, 1, 3, 11, 4, 5, 6, 8, 9, 7]
    y = top + int(70 * s)
    fl, fv = F(fn, 12 * s), F(fn, 16 * s)
    for i in order:
        lab, val, kd = fields[i]
        if y + 66 * s > H - 90 * s:
            break
        cv.text(int(24 * s), int(y), lab, fl, meta)
        cv.rrect([24 * s, y + 18 * s, W - 24 * s, y + 56 * s], 8 * s, fill=box, outline=(200, 200, 210) if not dark else None, width=max(1, int(s)))
        cv.text(int(36 * s), int(y + 37 * s), val, fv, fg, kind=kd, anchor="lm")
        y += 70 * s
    cv.rrect([24 * s, H - 80 * s, W - 24 * s, H - 32 * s], 24 * s, fill=acc)
    cv.text(W // 2, H - int(56 * s), "Continue", F(fb, 16 * s), (255, 255, 255), anchor="mm")
    return cv.rgb(), cv


SCENES = {
    "chat_whatsapp": lambda r, k: chat_bubbles(r, k, "whatsapp"),
    "chat_imessage": lambda r, k: chat_bubbles(r, k, "imessage"),
    "chat_instagram": lambda r, k: chat_bubbles(r, k, "instagram"),
    "chat_sms": lambda r, k: chat_bubbles(r, k, "sms"),
    "chat_discord": chat_discord,
    "game_profile": game_profile,
    "friend_list": friend_list,
    "game_lobby": game_lobby,
    "lock_screen": lock_screen,
    "signup_form": signup_form,
}
