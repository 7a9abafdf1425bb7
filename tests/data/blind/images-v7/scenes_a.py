"""Phone screens: chats, group chats, lock-screen notifications, calendar, video call, bios."""
from common import Canvas, font, pick, pick_size, mix, wrap_parts
import ui
import photo
from people import FIRST, LAST

FAMS = ["sans", "lib", "cond", "narrow", "serif"]
FILLER = ["lol", "ok", "did u finish the maths hw?", "brb dinner", "omg same", "haha yes", "see u tmrw", "wait what",
          "thats so funny", "can u come online later", "who's going", "my mum said maybe", "bring snacks", "kk",
          "sry was at training", "what time?", "ya", "nooo", "did you see the new episode", "im so bored"]


def leak_msgs(rng, p):
    f2 = pick(rng, p.friends)
    L = [
        [("i live at ", None), (p.addr1, "ADDRESS"), (" the one with the red door", None)],
        [("my number is ", None), (p.phone, "PHONE"), (" text me", None)],
        [("meet at ", None), (p.place, "LOCATION"), (" at 4?", None)],
        [("im in ", None), (p.year, "AGE"), (" at ", None), (p.school, "SCHOOL")],
        [("my birthday is ", None), (p.dob, "DATE_OF_BIRTH"), (" !!", None)],
        [("add me on snap @", None), (p.handle, "HANDLE")],
        [("email me at ", None), (p.email, "EMAIL")],
        [("training at ", None), (p.club, "ORG"), (" on saturday", None)],
        [("im ", None), ("%d years old" % p.age, "AGE"), (" btw", None)],
        [("we moved to ", None), (p.town, "LOCATION"), (" last year", None)],
        [("postcode is ", None), (p.postcode, "ADDRESS"), (" for the map", None)],
        [("my mums number ", None), (p.parent_phone, "PHONE"), (" if i dont answer", None)],
        [("come to mine ", None), (p.addr1, "ADDRESS"), (", ", None), (p.suburb, "LOCATION")],
        [("ask ", None), (f2 + " " + pick(rng, p.friend_lasts), "PERSON"), (" she goes to ", None), (p.school, "SCHOOL")],
    ]
    rng.shuffle(L)
    return L


def _chat(rng, p, dark, group):
    W, H = pick_size(rng, "screen")
    s = W / 1080
    th = ui.THEMES[pick(rng, ui.DARK if dark else ui.LIGHT)]
    fam = pick(rng, FAMS)
    c = Canvas(W, H, th["bg"])
    y = ui.status_bar(c, th, s, rng, fam)
    if group:
        t = pick(rng, [[(p.year, "AGE"), (" squad", None)], [(p.club, "ORG")], [(p.school, "SCHOOL"), (" gang", None)],
                       [("bus crew ", None), (p.town, "LOCATION")], [("besties", None)]])
        names = ", ".join(p.friends[:4]) + ", You"
        y = ui.chat_header(c, th, y, s, t, names[:40], fam, rng)
    else:
        nm = pick(rng, [p.friends[0] + " " + p.friend_lasts[0], p.friends[0], p.friends[0] + " " + p.friend_lasts[0][0] + "."])
        y = ui.chat_header(c, th, y, s, [(nm, "PERSON")], pick(rng, ["online", "last seen today at 16:02", "typing...", "Active now"]), fam, rng)
    y += 30 * s
    bottom = ui.input_bar(c, th, s, fam)
    msgs = leak_msgs(rng, p)
    nleak = rng.randint(2, 5)
    seq = []
    for i in range(nleak):
        for _ in range(rng.randint(0, 2)):
            seq.append([(pick(rng, FILLER), None)])
        seq.append(msgs[i])
    fsize = pick(rng, [30, 34, 38, 42])
    cols = [(230, 120, 40), (52, 152, 219), (155, 89, 182), (46, 160, 90), (220, 60, 90)]
    for parts in seq:
        mine = rng.random() < 0.5
        sender = None
        if group and not mine:
            k = rng.randint(0, 3)
            sender = p.friends[k] + (" " + p.friend_lasts[k] if rng.random() < 0.3 else "")
        tm = "%d:%02d" % (rng.randint(1, 12), rng.randint(0, 59)) if rng.random() < 0.6 else None
        ny = ui.bubble(c, th, y, parts, mine, s, fam, sender=sender, sender_col=pick(rng, cols), time=tm, fsize=fsize, dry=True)
        if ny > bottom - 10 * s:
            break
        y = ui.bubble(c, th, y, parts, mine, s, fam, sender=sender, sender_col=pick(rng, cols), time=tm, fsize=fsize)
    return c, "screen", "%s %s chat screenshot (%s)" % ("dark" if dark else "light", "group" if group else "1:1", p.reg)


def chat_light(rng, p):
    return _chat(rng, p, False, False)


def chat_dark(rng, p):
    return _chat(rng, p, True, False)


def group_chat(rng, p):
    return _chat(rng, p, rng.random() < 0.5, True)


def lock_notifications(rng, p):
    W, H = pick_size(rng, "screen")
    s = W / 1080
    bg, _ = photo.background(rng, W, H, ["sky", "fabric", "wall", "grass"])
    c = bg
    photo.contrast(c, 0.8, rng.uniform(0.55, 0.9))
    fam = pick(rng, FAMS[:3])
    dark = rng.random() < 0.6
    c.d.text((W / 2, 260 * s), pick(rng, ["Monday 9 June", "Friday 14 March", "Sunday 2 November", "Tuesday 21 January"]),
             font=font(fam, 40 * s), fill=(255, 255, 255), anchor="mm")
    c.d.text((W / 2, 420 * s), "%d:%02d" % (rng.randint(6, 11), rng.randint(0, 59)), font=font("sans-b", 220 * s), fill=(255, 255, 255), anchor="mm")
    y = 640 * s
    f2 = p.friends[1] + " " + p.friend_lasts[1]
    items = [
        ("Messages", [(f2, "PERSON")], leak_msgs(rng, p)[0]),
        ("Snapchat", [("Snapchat", None)], [(p.friends[2] + " (", None), (pick(rng, ["x", "lil_"]) + p.friends[2].lower().replace(" ", "") + str(p.dob_y), "HANDLE"), (") added you back!", None)]),
        ("Find My", [("Location shared", None)], [(p.first + "'s iPhone is near ", None), (p.place, "LOCATION")]),
        ("WhatsApp", [(p.club, "ORG")], [("Coach: pickup from ", None), (p.school, "SCHOOL"), (" at 3:30", None)]),
        ("Calendar", [("Tomorrow", None)], [(p.friends[3] + "'s party at ", None), (p.addr1, "ADDRESS")]),
        ("Messages", [("Mum", None)], [("call me on ", None), (p.parent_phone, "PHONE"), (" when ur out", None)]),
        ("Instagram", [("Instagram", None)], [(p.handle, "HANDLE"), (" started following you", None)]),
    ]
    rng.shuffle(items)
    for app, t, b in items[:rng.randint(3, 5)]:
        y = ui.notif(c, 40 * s, y, W - 80 * s, s, app, t, b, fam, dark, pick(rng, ["now", "2m ago", "14m ago", "1h ago"]))
        if y > H - 300 * s:
            break
    return c, "screen", "lock screen notifications (%s)" % p.reg


def calendar_events(rng, p):
    W, H = pick_size(rng, "screen")
    s = W / 1080
    dark = rng.random() < 0.4
    bgc = (18, 18, 20) if dark else (255, 255, 255)
    tx = (235, 235, 235) if dark else (25, 25, 25)
    c = Canvas(W, H, bgc)
    th = ui.THEMES["dark" if dark else "light"]
    fam = pick(rng, FAMS)
    y = ui.status_bar(c, th, s, rng, fam) + 30 * s
    mo = pick(rng, ["March", "June", "September", "November", "April"])
    c.d.text((50 * s, y), mo, font=font("sans-b", 70 * s), fill=tx)
    y += 130 * s
    ev = [
        [("Swim squad - ", None), (p.club, "ORG")],
        [(p.friends[0] + "'s sleepover - ", None), (p.addr1, "ADDRESS")],
        [("Football @ ", None), (p.place, "LOCATION")],
        [("MY BIRTHDAY!! turning ", None), (str(p.age + 1), "AGE")],
        [("Parents evening ", None), (p.school, "SCHOOL")],
        [("Dentist", None)],
        [("Maths test", None)],
        [("Tutor ", None), (pick(rng, FIRST[p.reg]) + " " + pick(rng, LAST[p.reg]), "PERSON"), (" " , None), (p.parent_phone, "PHONE")],
        [("Cinema with ", None), (p.friends[2] + " " + p.friend_lasts[2], "PERSON")],
    ]
    rng.shuffle(ev)
    cols = [(255, 59, 48), (52, 199, 89), (0, 122, 255), (255, 149, 0), (175, 82, 222)]
    day = rng.randint(1, 10)
    for e in ev[:rng.randint(4, 7)]:
        day += rng.randint(1, 4)
        c.d.text((50 * s, y + 10 * s), "%d" % day, font=font("sans-b", 56 * s), fill=tx)
        c.d.text((50 * s, y + 80 * s), pick(rng, ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]), font=font(fam, 24 * s), fill=th["sub"])
        col = pick(rng, cols)
        c.d.rounded_rectangle([190 * s, y, W - 40 * s, y + 130 * s], radius=int(16 * s), fill=mix(bgc, col, 0.25))
        c.d.rectangle([190 * s, y, 200 * s, y + 130 * s], fill=col)
        f = font(fam, pick(rng, [30, 34, 38]) * s)
        lines = wrap_parts(e, f, W - 300 * s)[:2]
        yy = y + 18 * s
        for ln in lines:
            c.spans((225 * s, yy), ln, f, tx)
            yy += 44 * s
        if len(lines) == 1:
            c.d.text((225 * s, yy + 10 * s), "%d:%02d - %d:%02d" % (rng.randint(8, 18), rng.choice([0, 15, 30]), rng.randint(8, 19), 0), font=font(fam, 24 * s), fill=th["sub"])
        y += 160 * s
        if y > H - 200 * s:
            break
    return c, "screen", "child's calendar events (%s)" % p.reg


def video_call_tiles(rng, p):
    W, H = pick_size(rng, "desktop")
    s = W / 1920
    c = Canvas(W, H, (32, 33, 36))
    fam = pick(rng, FAMS)
    c.d.rectangle([0, 0, W, 60 * s], fill=(20, 20, 22))
    c.spans((20 * s, 30 * s), [(p.school, "SCHOOL"), (" - ", None), (p.year, "AGE"), (pick(rng, [" Maths catch-up", " Reading group", " Homework club"]), None)],
            font(fam, 26 * s), (230, 230, 230), anchor="lm")
    n = pick(rng, [4, 6, 9])
    cols = 2 if n == 4 else 3
    rows = (n + cols - 1) // cols
    tw, th_ = (W - 40 * s) / cols, (H - 180 * s) / rows
    names = [(p.full + " (me)", "PERSON", p.full)]
    for i in range(n - 1):
        fn = p.friends[i % 6] + (" " + p.friend_lasts[i % 6] if rng.random() < 0.6 else "")
        names.append((fn, "PERSON", fn))
    names[rng.randint(1, n - 1)] = ("iPad of " + p.friends[5], "PERSON", p.friends[5])
    if rng.random() < 0.5:
        t = "Mr " + pick(rng, LAST[p.reg])
        names[-1] = (t + " (Host)", "PERSON", t)
    for i in range(n):
        x0 = 20 * s + (i % cols) * tw
        y0 = 70 * s + (i // cols) * th_
        c.d.rounded_rectangle([x0 + 6 * s, y0 + 6 * s, x0 + tw - 6 * s, y0 + th_ - 6 * s], radius=int(12 * s), fill=(60, 64, 67))
        ui.avatar(c, x0 + tw / 2, y0 + th_ / 2, min(tw, th_) * 0.18, pick(rng, ui.AVC), names[i][2][0].upper(), s)
        lbl, k, kt = names[i]
        f = font(fam, pick(rng, [18, 22, 26]) * s)
        bx, by = x0 + 20 * s, y0 + th_ - 50 * s
        c.d.rectangle([bx - 6 * s, by - 6 * s, bx + f.getlength(lbl) + 8 * s, by + 34 * s], fill=(0, 0, 0))
        if lbl == kt:
            c.text((bx, by), lbl, f, (255, 255, 255), k)
        else:
            i0 = lbl.index(kt)
            c.spans((bx, by), [(lbl[:i0], None), (kt, k), (lbl[i0 + len(kt):], None)], f, (255, 255, 255))
    c.d.rectangle([0, H - 100 * s, W, H], fill=(20, 20, 22))
    for i in range(5):
        cx = W / 2 + (i - 2) * 90 * s
        c.d.ellipse([cx - 30 * s, H - 80 * s, cx + 30 * s, H - 20 * s], fill=(234, 67, 53) if i == 4 else (60, 64, 67))
    return c, "desktop", "video call name tiles (%s)" % p.reg


def social_bio(rng, p):
    W, H = pick_size(rng, "screen")
    s = W / 1080
    dark = rng.random() < 0.5
    th = ui.THEMES["dark" if dark else "light"]
    c = Canvas(W, H, th["bg"])
    fam = pick(rng, FAMS)
    y = ui.status_bar(c, th, s, rng, fam) + 20 * s
    tx = th["text"] if dark else (20, 20, 20)
    c.spans((40 * s, y + 20 * s), [(p.handle, "HANDLE")], font("sans-b", 44 * s), tx)
    y += 110 * s
    ui.avatar(c, 140 * s, y + 100 * s, 100 * s, pick(rng, ui.AVC), None, s)
    for i, (n, l) in enumerate([(str(rng.randint(3, 120)), "posts"), (str(rng.randint(40, 900)), "followers"), (str(rng.randint(40, 700)), "following")]):
        cx = 420 * s + i * 220 * s
        c.d.text((cx, y + 80 * s), n, font=font("sans-b", 40 * s), fill=tx, anchor="mm")
        c.d.text((cx, y + 130 * s), l, font=font(fam, 28 * s), fill=tx, anchor="mm")
    y += 240 * s
    f = font(fam, pick(rng, [30, 34, 36]) * s)
    c.text((40 * s, y), p.full if rng.random() < 0.6 else p.first + " " + p.last[0], font("sans-b", 34 * s), tx, "PERSON")
    y += 55 * s
    lines = [
        [(str(p.age), "AGE"), (" | ", None), (p.year, "AGE"), (" | ", None), (p.school, "SCHOOL")],
        [("from ", None), (p.town, "LOCATION"), (" <3", None)],
        [("bday ", None), (p.bday, "DATE_OF_BIRTH"), (" !!", None)],
        [("snap: ", None), (p.handle.replace(".", "_") + "x", "HANDLE")],
        [(p.club, "ORG"), (" #" + str(rng.randint(2, 30)), None)],
        [("dm for my number or text ", None), (p.phone, "PHONE")],
        [("best friend @", None), (p.friends[0].lower().replace(" ", "") + "_" + p.friend_lasts[0].lower().replace(" ", "").replace("'", ""), "HANDLE")],
    ]
    rng.shuffle(lines)
    for ln in lines[:rng.randint(3, 5)]:
        c.spans((40 * s, y), ln, f, tx)
        y += f.size * 1.45
    y += 30 * s
    c.d.rounded_rectangle([40 * s, y, W / 2 - 15 * s, y + 70 * s], radius=int(12 * s), fill=th["other"])
    c.d.text((W / 4 + 12 * s, y + 35 * s), "Edit profile", font=font("sans-b", 28 * s), fill=tx, anchor="mm")
    c.d.rounded_rectangle([W / 2 + 15 * s, y, W - 40 * s, y + 70 * s], radius=int(12 * s), fill=th["other"])
    c.d.text((W * 0.75 - 12 * s, y + 35 * s), "Share profile", font=font("sans-b", 28 * s), fill=tx, anchor="mm")
    y += 110 * s
    g = W / 3
    while y < H:
        for i in range(3):
            c.d.rectangle([i * g + 2, y + 2, (i + 1) * g - 2, y + g - 2], fill=pick(rng, ui.AVC))
        y += g
    return c, "screen", "social profile bio (%s)" % p.reg
