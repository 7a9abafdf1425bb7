"""Phone screens: chats (light/dark, groups), lock screens, a child's calendar,
video-call name tags; clean chats, weather apps, public-holiday calendars."""
import math

from common import Panel, Result, font, bold, UI_FONTS, quad_persp, photo_finish, jpeg_roundtrip, add_noise
from people import Kid, FAMOUS, CHARACTERS, CLUBS_PRO, CITIES, HOLIDAYS, CAPITALS, MONTHS
import textures as tx
from ui import SCREENS, THEMES, chat_screen, status_bar, notification, avatar

FILLER = ["hiii", "lol", "ok", "did u finish the maths?", "omg", "brb dinner", "same",
          "wait what", "haha", "can't wait!!", "see u tmrw", "yesss", "ok cool", "nooo",
          "that's so funny", "where r u", "my mum said yes!", "kk", ":)", "what time?",
          "i'm so bored", "did u see that video", "hahaha", "thx", "bring snacks"]


def _times(r, n):
    h, m = r.randint(7, 20), r.randint(0, 59)
    out = []
    for _ in range(n):
        m += r.randint(0, 6)
        if m >= 60:
            h, m = h + 1, m - 60
        out.append("{:02d}:{:02d}".format(h % 24, m))
    return out


def topic_msgs(r, K, topic):
    """Messages that carry one kind of leak about child K."""
    if topic == "phone":
        return [("out", [("whats ur number? my phone got reset", None)]),
                ("in", [("its ", None), (K.mobile, "PHONE"), (" text me", None)])]
    if topic == "home_phone":
        return [("in", [("ring my house if my mobile is off ", None), (K.phone, "PHONE")])]
    if topic == "address":
        return [("out", [("where do u live again", None)]),
                ("in", [(K.street_line, "ADDRESS"), (" near the shop", None)]),
                ("in", [("postcode ", None), (K.pc, "ADDRESS")])]
    if topic == "party":
        return [("in", [("party is at mine! ", None), (K.address, "ADDRESS")]),
                ("out", [("yay what time", None)]),
                ("in", [("2pm saturday, my mum's number is ", None), (K.phone, "PHONE")])]
    if topic == "school":
        return [("out", [("which school do u go to?", None)]),
                ("in", [(K.school, "SCHOOL"), (" ", None), (K.year_group(), "AGE"),
                        (" in " + K.cls + " class", None)])]
    if topic == "birthday":
        return [("in", [("it's my birthday on ", None), (K.dob(r.choice([1, 3, 5])), "DATE_OF_BIRTH"),
                        ("!!", None)]),
                ("out", [("how old r u gonna be", None)]),
                ("in", [(str(K.age), "AGE"), (" lol finally", None)])]
    if topic == "age":
        return [("out", [("how old are you?", None)]),
                ("in", [("im ", None), (str(K.age), "AGE"), (" and in ", None), (K.year_group(), "AGE")])]
    if topic == "meet":
        return [("in", [("meet at ", None), (K.place, "LOCATION"), (" after school?", None)]),
                ("out", [("ok 4pm", None)])]
    if topic == "email":
        return [("out", [("send me the pics", None)]),
                ("in", [("whats ur email", None)]),
                ("out", [(K.email, "EMAIL")])]
    if topic == "snap":
        return [("in", [("add me on snap ", None), (K.handle, "HANDLE")])]
    if topic == "fullname":
        return [("in", [("my mum wrote my name on it ", None), (K.full, "PERSON")])]
    raise ValueError(topic)


def _build(r, K, topics, nfill=(1, 3)):
    raw = []
    for t in topics:
        for _ in range(r.randint(*nfill)):
            raw.append((r.choice(["in", "out"]), [(r.choice(FILLER), None)]))
        raw.extend(topic_msgs(r, K, t))
    times = _times(r, len(raw))
    return [{"side": s, "segs": g, "time": t} for (s, g), t in zip(raw, times)]


def chat_dm(r, nr, theme, size, topics, fmt="PNG", title="full", tsize=15, photo=False):
    W, H = size
    s = W / 360
    P = Panel(W, H)
    K = Kid(r)
    fname = r.choice(UI_FONTS)
    if title == "full":
        tsegs = [(K.full, "PERSON")]
    elif title == "first":
        tsegs = [(K.first, "PERSON")]
    else:
        tsegs = [(title, None)]
    msgs = _build(r, K, topics)
    chat_screen(P, r, s, theme, tsegs, r.choice(["online", "last seen today at 18:02", "typing..."]),
                msgs, fname=fname, tsize=tsize, time="{}:{:02d}".format(r.randint(7, 21), r.randint(0, 59)))
    if photo:
        return _photograph(r, nr, P, fmt)
    return Result(P, fmt, 88)


def _photograph(r, nr, screen, fmt):
    """A phone photographed lying on a table (screen content warped)."""
    W, H = (3024, 4032) if r.random() < 0.5 else (4032, 3024)
    bg = tx.table(nr, W, H)
    P = Panel(W, H, img=bg)
    sw, sh = screen.w, screen.h
    bez = int(sw * 0.05)
    phone = Panel(sw + 2 * bez, sh + 4 * bez, (18, 18, 20, 255))
    phone.paste(screen, [(bez, 2 * bez), (bez + sw, 2 * bez), (bez + sw, 2 * bez + sh), (bez, 2 * bez + sh)])
    scale = min(W, H) * 0.8 / max(phone.w, phone.h) * (phone.h / phone.w if H < W else 1)
    scale = min(scale, H * 0.85 / phone.h, W * 0.85 / phone.w)
    q = quad_persp(W / 2 + r.uniform(-0.05, 0.05) * W, H / 2 + r.uniform(-0.04, 0.04) * H,
                   phone.w, phone.h, angle=r.uniform(-12, 12), scale=scale,
                   tilt_y=r.uniform(0.04, 0.12), shear=r.uniform(-0.05, 0.05))
    P.paste(phone, q, shadow=W // 150, shadow_off=(W // 200, W // 200))
    img = photo_finish(P.img.convert("RGB"), nr, blur=r.uniform(0.6, 1.6), noise=4, vig=0.35)
    return Result(P, fmt, r.randint(80, 92), img=img)


def chat_group(r, nr, theme, size, topics, fmt="PNG", tsize=15, title_kind="year"):
    W, H = size
    s = W / 360
    P = Panel(W, H)
    K = Kid(r)
    friends = [Kid(r) for _ in range(3)]
    fname = r.choice(UI_FONTS)
    if title_kind == "year":
        tsegs = [(K.year_group(), "AGE"), (" " + K.cls + " besties", None)]
    elif title_kind == "school":
        tsegs = [(K.school, "SCHOOL")]
    else:
        tsegs = [(K.club, "ORG"), (" parents", None)]
    sub = []
    for i, f in enumerate(friends[:3]):
        sub.append((f.first, "PERSON"))
        sub.append((", ", None))
    sub.append(("You", None))
    raw = []
    for t in topics:
        for _ in range(r.randint(0, 2)):
            fr = r.choice(friends)
            raw.append(("in", [(r.choice(FILLER), None)], [(fr.first, "PERSON")]))
        for side, segs in topic_msgs(r, K, t):
            raw.append((side, segs, [(K.full if r.random() < 0.4 else K.first, "PERSON")]))
    times = _times(r, len(raw))
    msgs = [{"side": sd, "segs": g, "sender": snd, "time": t} for (sd, g, snd), t in zip(raw, times)]
    chat_screen(P, r, s, theme, tsegs, sub, msgs, fname=fname, tsize=tsize, group=True)
    img = P.img.convert("RGB")
    q = 88
    if fmt == "JPEG":
        q = r.randint(55, 75)
    return Result(P, fmt, q, img=img)


def _wallpaper(nr, W, H, dark):
    base = (40, 50, 90) if dark else (120, 170, 210)
    return tx.paint(nr, W, H, base, 0.7)


def lock_screen(r, nr, size, dark, items, fmt="PNG", tsize=13):
    W, H = size
    s = W / 360
    P = Panel(W, H, img=_wallpaper(nr, W, H, dark))
    K = Kid(r)
    fname = r.choice(UI_FONTS)
    fg = (255, 255, 255)
    status_bar(P, s, fg, "")
    P.text((W / 2, 70 * s), "{} {} {}".format(r.choice(["Monday", "Tuesday", "Friday", "Saturday"]),
                                               r.randint(1, 28), r.choice(MONTHS)),
           font(fname, 15 * s), fg, anchor="mm")
    P.text((W / 2, 125 * s), "{}:{:02d}".format(r.randint(6, 11), r.randint(0, 59)),
           font(bold(fname), 64 * s), fg, anchor="mm")
    y = 185 * s
    x, w = 10 * s, W - 20 * s
    for it in items:
        if it == "mum_school":
            app, col = "Messages", (52, 199, 89)
            t = [("Mum", None)]
            b = [("I'll pick you up from ", None), (K.school, "SCHOOL"), (" at 3:15, wait by the gate", None)]
        elif it == "friend_bday":
            F = Kid(r)
            app, col = "WhatsApp", (37, 211, 102)
            t = [(F.full, "PERSON")]
            b = [("happy birthday!!! ", None), (K.ordinal_age(), "AGE"), (" birthday party at ", None),
                 (K.street_line, "ADDRESS"), (" yay", None)]
        elif it == "delivery":
            app, col = "Parcels", (255, 149, 0)
            t = [("Out for delivery", None)]
            b = [("Your parcel for ", None), (K.full, "PERSON"), (" will arrive at ", None),
                 (K.address, "ADDRESS"), (" today", None)]
        elif it == "coach":
            app, col = "Messages", (52, 199, 89)
            t = [("Coach ", None), (K.parent, "PERSON")]
            b = [("Training for ", None), (K.club, "ORG"), (" moved to ", None), (K.place, "LOCATION"),
                 (". Call ", None), (K.phone, "PHONE"), (" if late", None)]
        elif it == "snap":
            F = Kid(r)
            app, col = "Snapchat", (230, 200, 0)
            t = [(F.handle, "HANDLE")]
            b = [("sent you a Snap. Add ", None), (F.handle, "HANDLE"), (" back!", None)]
        elif it == "email":
            app, col = "Mail", (10, 132, 255)
            t = [(K.parent_email, "EMAIL")]
            b = [("Re: ", None), (K.first, "PERSON"), ("'s swimming certificate", None)]
        elif it == "screen_time":
            app, col = "Screen Time", (88, 86, 214)
            t = [("Weekly report", None)]
            b = [("Your screen time was down 12% last week, for an average of 2h 14m a day.", None)]
        else:
            raise ValueError(it)
        h = notification(P, x, y, w, s, app, col, t, b, when=r.choice(["now", "2m ago", "9:02"]),
                         fname=fname, dark=dark, tsize=tsize)
        y += h + 8 * s
    return Result(P, fmt, 90)


def calendar_events(r, nr, size, dark, fmt="PNG"):
    W, H = size
    s = W / 360
    bg = (20, 20, 22) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    meta = (150, 150, 155) if dark else (120, 120, 125)
    P = Panel(W, H, bg)
    K = Kid(r)
    F = Kid(r)
    fname = r.choice(UI_FONTS)
    status_bar(P, s, fg, "8:{:02d}".format(r.randint(0, 59)))
    mon = r.randint(0, 11)
    P.text((16 * s, 40 * s), MONTHS[mon] + " 2025", font(bold(fname), 26 * s), fg)
    # mini month grid
    gy = 84 * s
    cw = (W - 32 * s) / 7
    for i, d in enumerate("MTWTFSS"):
        P.text((16 * s + cw * (i + 0.5), gy), d, font(fname, 11 * s), meta, anchor="mm")
    for dnum in range(1, 31):
        c = (dnum + 1) % 7
        row = (dnum + 1) // 7
        P.text((16 * s + cw * (c + 0.5), gy + 24 * s + row * 26 * s), str(dnum), font(fname, 13 * s), fg,
               anchor="mm")
    y = gy + 24 * s + 5 * 26 * s + 20 * s
    events = [
        ("09:00", [("Swimming at ", None), (K.place, "LOCATION")], (0, 122, 255)),
        ("14:00", [(F.first, "PERSON"), ("'s ", None), (F.ordinal_age(), "AGE"), (" birthday party", None)],
         (255, 45, 85)),
        ("", [("at ", None), (F.address, "ADDRESS")], None),
        ("16:30", [(K.club, "ORG"), (" training", None)], (52, 199, 89)),
        ("18:00", [("Parents evening - ", None), (K.school, "SCHOOL")], (175, 82, 222)),
        ("all day", [("MY BIRTHDAY ", None), (K.dob(1), "DATE_OF_BIRTH")], (255, 149, 0)),
        ("19:00", [("Sleepover at ", None), (r.choice([F.first, K.first]), "PERSON"), ("'s", None)],
         (90, 200, 250)),
    ]
    r.shuffle(events[3:])
    ef = font(fname, 15 * s)
    tf = font(fname, 12 * s)
    for tm, segs, col in events:
        if y > H - 40 * s:
            break
        if col:
            P.rect([16 * s, y, 20 * s, y + 34 * s], fill=col)
            P.text((28 * s, y + 2 * s), tm, tf, meta)
            hh = P.para((28 * s, y + 17 * s), segs, ef, fg, W - 44 * s, lh=int(19 * s))
            P.rect([16 * s, y, 20 * s, y + 17 * s + hh - 4 * s], fill=col)
            y += 29 * s + hh
        else:
            y -= 8 * s
            hh = P.para((28 * s, y), segs, font(fname, 12.5 * s), meta, W - 44 * s, lh=int(16 * s))
            y += 12 * s + hh
    return Result(P, fmt, 90)


def video_call(r, nr, size, cols, fmt="PNG", photo=False):
    W, H = size
    s = W / 1280
    P = Panel(W, H, (32, 33, 36))
    K = Kid(r)
    fname = r.choice(UI_FONTS)
    bar = 44 * s
    title = [(K.year_group(), "AGE"), (" " + K.cls + " reading group - ", None), (K.school, "SCHOOL")]
    P.rich((20 * s, bar / 2), title, font(fname, 16 * s), (230, 230, 230), anchor="lm")
    P.text((W - 20 * s, bar / 2), "{:02d}:{:02d}".format(r.randint(0, 40), r.randint(0, 59)),
           font(fname, 14 * s), (200, 200, 200), anchor="rm")
    rows = math.ceil(6 / cols) if cols > 2 else 2
    gw = (W - 20 * s) / cols
    gh = (H - bar - 80 * s) / rows
    names = []
    for i in range(cols * rows):
        k = Kid(r)
        nm = r.choice([k.full, k.first, k.short])
        names.append(nm if i else "You")
    names[1] = "Mrs " + r.choice(["Pemberton", "Aldous", "Grimshaw", "Sorensen"])
    for i, nm in enumerate(names):
        c, rw = i % cols, i // cols
        x0, y0 = 10 * s + c * gw + 4 * s, bar + rw * gh + 4 * s
        x1, y1 = x0 + gw - 8 * s, y0 + gh - 8 * s
        tile = tx.paint(nr, int(x1 - x0), int(y1 - y0),
                        tuple(int(v) for v in nr.integers(40, 160, 3)), 0.6)
        tp = Panel(0, 0, img=tile)
        if r.random() < 0.5:
            # camera off: initials circle
            cx, cy, rad = tp.w / 2, tp.h / 2, min(tp.w, tp.h) * 0.22
            ini = "".join(p[0] for p in nm.replace(".", "").split()[:2]).upper()
            avatar(tp, cx, cy, rad, tuple(r.randint(80, 200) for _ in range(3)), ini)
        P.paste(tp, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        nf = font(fname, 13 * s)
        tw = nf.getlength(nm) + 16 * s
        P.rrect([x0 + 8 * s, y1 - 34 * s, x0 + 8 * s + tw, y1 - 8 * s], 5 * s, fill=(0, 0, 0))
        kind = "PERSON" if nm != "You" else None
        P.text((x0 + 16 * s, y1 - 21 * s), nm, nf, (255, 255, 255), kind=kind, anchor="lm")
    # control bar
    for i in range(5):
        cx = W / 2 + (i - 2) * 60 * s
        P.ellipse([cx - 22 * s, H - 60 * s, cx + 22 * s, H - 16 * s],
                  fill=(234, 67, 53) if i == 2 else (60, 64, 67))
    if photo:
        return _photo_of_monitor(r, nr, P, fmt)
    return Result(P, fmt, 90)


def _photo_of_monitor(r, nr, screen, fmt):
    W, H = 4032, 3024
    bg = tx.paint(nr, W, H, (190, 185, 175), 0.25)
    P = Panel(W, H, img=bg)
    bez = int(screen.w * 0.025)
    mon = Panel(screen.w + 2 * bez, screen.h + 2 * bez, (15, 15, 15, 255))
    mon.paste(screen, [(bez, bez), (bez + screen.w, bez), (bez + screen.w, bez + screen.h), (bez, bez + screen.h)])
    scale = W * 0.82 / mon.w
    q = quad_persp(W / 2, H * 0.46, mon.w, mon.h, angle=r.uniform(-3, 3), scale=scale,
                   tilt_x=r.uniform(-0.08, 0.08), tilt_y=r.uniform(-0.03, 0.03))
    P.paste(mon, q, shadow=20)
    img = photo_finish(P.img.convert("RGB"), nr, blur=1.2, noise=5, vig=0.3)
    # moire-ish screen banding
    return Result(P, fmt, 85, img=img)


# ----------------------------------------------------------------- clean
CLEAN_CHATS = [
    [("in", "did u see the match"), ("out", "{club1} won 3-1!!"), ("in", "no wayyy"),
     ("out", "{club2} are 4th in the table now"), ("in", "my dad said the tickets were 45 pounds"),
     ("out", "lol too much"), ("in", "see u at 4:30")],
    [("in", "what page is the homework"), ("out", "page 42, questions 1 to 12"),
     ("in", "the one about {famous}?"), ("out", "yes born in the 1800s i think"),
     ("in", "ok thx"), ("out", "my number is still the same btw haha"), ("in", "lol i know")],
    [("out", "what's the capital of {c1}?"), ("in", "{k1}"), ("out", "and {c2}"), ("in", "{k2} obvs"),
     ("out", "ur so smart"), ("in", "quiz is on friday at 10:15")],
    [("in", "i'm reading {character}"), ("out", "is it good"), ("in", "yes chapter 7 is the best"),
     ("out", "i got 2,450 coins in the game"), ("in", "level 31 now!!"), ("out", "nice"),
     ("in", "my address is a secret lol jk")],
]


def chat_clean(r, nr, theme, size, variant, fmt="PNG", tsize=15):
    W, H = size
    s = W / 360
    P = Panel(W, H)
    fname = r.choice(UI_FONTS)
    c1, c2 = r.sample(CAPITALS, 2)
    subs = dict(club1=r.choice(CLUBS_PRO), club2=r.choice(CLUBS_PRO), famous=r.choice(FAMOUS),
                c1=c1[0], k1=c1[1], c2=c2[0], k2=c2[1], character=r.choice(CHARACTERS))
    raw = CLEAN_CHATS[variant]
    times = _times(r, len(raw))
    msgs = [{"side": sd, "segs": [(t.format(**subs), None)], "time": tm} for (sd, t), tm in zip(raw, times)]
    title = r.choice(["Mum", "Dad", "Grandma", "Big Sis", "Homework help", "Quiz team"])
    chat_screen(P, r, s, theme, [(title, None)], "online", msgs, fname=fname, tsize=tsize)
    return Result(P, fmt, 85)


def weather_app(r, nr, size, dark, fmt="PNG"):
    W, H = size
    s = W / 360
    top = (30, 40, 70) if dark else (90, 150, 220)
    P = Panel(W, H, img=tx.paint(nr, W, H, top, 0.35))
    fname = r.choice(UI_FONTS)
    fg = (255, 255, 255)
    status_bar(P, s, fg, "{}:{:02d}".format(r.randint(6, 22), r.randint(0, 59)))
    city = r.choice(CITIES)
    P.text((W / 2, 70 * s), city, font(fname, 28 * s), fg, anchor="mm")
    t = r.randint(4, 27)
    P.text((W / 2, 140 * s), "{}°".format(t), font("sans-light", 80 * s), fg, anchor="mm")
    P.text((W / 2, 200 * s), r.choice(["Partly Cloudy", "Light Rain", "Sunny", "Showers"]),
           font(fname, 16 * s), fg, anchor="mm")
    P.text((W / 2, 224 * s), "H:{}°  L:{}°".format(t + 3, t - 5), font(fname, 15 * s), fg, anchor="mm")
    y = 260 * s
    P.rrect([12 * s, y, W - 12 * s, y + 110 * s], 14 * s, fill=(255, 255, 255, 40))
    h0 = r.randint(0, 23)
    for i in range(6):
        x = 12 * s + (i + 0.5) * (W - 24 * s) / 6
        P.text((x, y + 20 * s), "Now" if i == 0 else "{:02d}".format((h0 + i) % 24),
               font(fname, 13 * s), fg, anchor="mm")
        P.ellipse([x - 9 * s, y + 44 * s, x + 9 * s, y + 62 * s], fill=(255, 215, 0))
        P.text((x, y + 88 * s), "{}°".format(t + r.randint(-3, 3)), font(fname, 15 * s), fg, anchor="mm")
    y += 125 * s
    rows = [("UV INDEX", str(r.randint(1, 8))), ("SUNRISE", "05:{:02d}".format(r.randint(10, 59))),
            ("WIND", "{} mph".format(r.randint(3, 25))), ("FEELS LIKE", "{}°".format(t - 2)),
            ("HUMIDITY", "{}%".format(r.randint(40, 95))), ("VISIBILITY", "{} mi".format(r.randint(5, 20)))]
    for i, (k, v) in enumerate(rows):
        c, rw = i % 2, i // 2
        x0 = 12 * s + c * (W - 24 * s) / 2
        y0 = y + rw * 90 * s
        if y0 + 82 * s > H:
            break
        P.rrect([x0 + 3 * s, y0, x0 + (W - 24 * s) / 2 - 3 * s, y0 + 82 * s], 14 * s, fill=(255, 255, 255, 40))
        P.text((x0 + 14 * s, y0 + 12 * s), k, font(fname, 11 * s), (230, 230, 240))
        P.text((x0 + 14 * s, y0 + 34 * s), v, font(fname, 26 * s), fg)
    return Result(P, fmt, 85)


def lock_clean(r, nr, size, dark, fmt="PNG"):
    W, H = size
    s = W / 360
    P = Panel(W, H, img=_wallpaper(nr, W, H, dark))
    fname = r.choice(UI_FONTS)
    status_bar(P, s, (255, 255, 255), "")
    P.text((W / 2, 70 * s), "Sunday {} {}".format(r.randint(1, 28), r.choice(MONTHS)), font(fname, 15 * s),
           (255, 255, 255), anchor="mm")
    P.text((W / 2, 125 * s), "{}:{:02d}".format(r.randint(6, 11), r.randint(0, 59)), font(bold(fname), 64 * s),
           (255, 255, 255), anchor="mm")
    a, b = r.sample(CLUBS_PRO, 2)
    items = [("Sport", (200, 30, 30), "GOAL!", "{} 2-1 {} (78')".format(a, b)),
             ("Screen Time", (88, 86, 214), "Weekly report", "Average 1h 52m a day, down 9% from last week."),
             ("Weather", (30, 144, 255), "Rain at 16:00", "Take an umbrella. 80% chance of showers."),
             ("Duolingo", (88, 204, 2), "Time for Spanish!", "Keep your 41 day streak alive."),
             ("Settings", (120, 120, 120), "Software Update", "iOS 18.2 is available. Install tonight?")]
    r.shuffle(items)
    y = 185 * s
    for app, col, t, b in items[:4]:
        h = notification(P, 10 * s, y, W - 20 * s, s, app, col, [(t, None)], [(b, None)], fname=fname, dark=dark)
        y += h + 8 * s
    return Result(P, fmt, 90)


def holiday_calendar(r, nr, size, dark, fmt="PNG"):
    W, H = size
    s = W / 360
    bg = (20, 20, 22) if dark else (250, 250, 250)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    P = Panel(W, H, bg)
    fname = r.choice(UI_FONTS)
    status_bar(P, s, fg, "10:{:02d}".format(r.randint(0, 59)))
    P.text((16 * s, 44 * s), "UK Bank Holidays 2025", font(bold(fname), 22 * s), fg)
    y = 90 * s
    for d, name in HOLIDAYS:
        P.rrect([12 * s, y, W - 12 * s, y + 58 * s], 10 * s, fill=(40, 40, 44) if dark else (255, 255, 255))
        P.text((24 * s, y + 10 * s), d, font(bold(fname), 16 * s), (255, 69, 58))
        P.text((24 * s, y + 32 * s), name, font(fname, 14 * s), fg)
        y += 66 * s
        if y > H - 60 * s:
            break
    return Result(P, fmt, 90)


JOBS = [
    ("chat_dm", chat_dm, dict(theme="light_green", size=(1080, 1920), topics=["phone", "meet"]), False),
    ("chat_dm", chat_dm, dict(theme="dark", size=(720, 1280), topics=["address", "snap"], title="first"), False),
    ("chat_dm", chat_dm, dict(theme="light_blue", size=(1170, 2532), topics=["school", "birthday"]), False),
    ("chat_dm", chat_dm, dict(theme="dark_purple", size=(540, 960), topics=["email", "age"], tsize=10), False),
    ("chat_dm", chat_dm, dict(theme="light_grey", size=(828, 1792), topics=["party"], fmt="JPEG",
                              title="Best friend"), False),
    ("chat_dm", chat_dm, dict(theme="dark_blue", size=(1080, 2340), topics=["home_phone", "fullname"],
                              fmt="WEBP"), False),
    ("chat_dm", chat_dm, dict(theme="light_green", size=(1080, 1920), topics=["birthday", "address"],
                              fmt="JPEG", photo=True), False),
    ("chat_group", chat_group, dict(theme="light_green", size=(1080, 2340), topics=["party", "snap"]), False),
    ("chat_group", chat_group, dict(theme="dark", size=(1080, 1920), topics=["school", "phone"],
                                    title_kind="school", fmt="JPEG"), False),
    ("chat_group", chat_group, dict(theme="light_blue", size=(750, 1334), topics=["birthday"],
                                    title_kind="club"), False),
    ("chat_group", chat_group, dict(theme="dark_purple", size=(540, 960), topics=["meet", "email"],
                                    tsize=9.5, fmt="WEBP"), False),
    ("lock_screen", lock_screen, dict(size=(1080, 2340), dark=False, items=["mum_school", "friend_bday", "snap"]),
     False),
    ("lock_screen", lock_screen, dict(size=(540, 960), dark=True, items=["delivery", "coach"], tsize=8.8), False),
    ("lock_screen", lock_screen, dict(size=(1170, 2532), dark=True, items=["email", "screen_time", "mum_school"],
                                      fmt="JPEG"), False),
    ("lock_screen", lock_screen, dict(size=(720, 1280), dark=False, items=["coach", "friend_bday"], fmt="WEBP",
                                      tsize=10), False),
    ("calendar_events", calendar_events, dict(size=(1080, 2340), dark=False), False),
    ("calendar_events", calendar_events, dict(size=(720, 1280), dark=True, fmt="JPEG"), False),
    ("calendar_events", calendar_events, dict(size=(1170, 2532), dark=True, fmt="WEBP"), False),
    ("video_call", video_call, dict(size=(1280, 720), cols=3), False),
    ("video_call", video_call, dict(size=(1920, 1080), cols=4, fmt="JPEG"), False),
    ("video_call", video_call, dict(size=(1920, 1080), cols=3, fmt="JPEG", photo=True), False),
    ("chat_clean", chat_clean, dict(theme="light_green", size=(1080, 1920), variant=0), True),
    ("chat_clean", chat_clean, dict(theme="dark", size=(720, 1280), variant=1, fmt="JPEG"), True),
    ("chat_clean", chat_clean, dict(theme="light_blue", size=(1170, 2532), variant=2), True),
    ("chat_clean", chat_clean, dict(theme="dark_blue", size=(540, 960), variant=3, fmt="WEBP", tsize=10), True),
    ("weather_app", weather_app, dict(size=(1080, 2340), dark=False), True),
    ("weather_app", weather_app, dict(size=(720, 1280), dark=True, fmt="JPEG"), True),
    ("lock_clean", lock_clean, dict(size=(1080, 1920), dark=True), True),
    ("lock_clean", lock_clean, dict(size=(540, 960), dark=False, fmt="WEBP"), True),
    ("holiday_calendar", holiday_calendar, dict(size=(1080, 2340), dark=False), True),
    ("holiday_calendar", holiday_calendar, dict(size=(750, 1334), dark=True, fmt="JPEG"), True),
]
