"""Chat screenshots, DM requests, voice notes, lock screens, contact cards, bios, video calls, calendars."""
import textures
from common import Out, Scene, finish, pick, screen_fmt, photo_fmt, SCREEN_SIZES, PHOTO_SIZES, font
from people import person, friend, handle, intl, pick as _p  # noqa: F401
from ui import Phone, DARK, LIGHT, photo_of_screen, AV_COLS

APPS = ["Messages", "WhatsApp", "Snapchat", "Instagram", "Discord", "Signal", "Messenger"]


def _size(rng):
    return pick(rng, SCREEN_SIZES)


def _wrap_up(rng, ph, scene, allow_photo=True):
    """Either save the screenshot or turn it into a photo of the phone."""
    sc = ph.sc
    if allow_photo and rng.random() < 0.3:
        W, H = pick(rng, PHOTO_SIZES[:3] + [(4032, 3024), (2016, 1512), (1512, 2016)])
        p = photo_of_screen(rng, sc, W, H, textures.table)
        finish(p, rng, blur=rng.choice([0, 0.6, 1.0]), noise=rng.choice([3, 6, 9]))
        f, q = photo_fmt(rng)
        return Out(p, f, q, scene + "_photo")
    finish(sc, rng)
    f, q = screen_fmt(rng)
    return Out(sc, f, q, scene)


def chat_dm(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h)
    y = ph.status()
    mum = pick(rng, ["Mum", "Mom", "Dad", "Nan", "Grandad", "Aunty"])
    other = pick(rng, [(p["parent"], "PERSON"), (friend(rng), "PERSON"), (mum, None)])
    y = ph.header(y, other[0], pick(rng, ["online", "last seen today", "typing..."]), kind=other[1])
    y += 30 * ph.s
    msgs = [
        (False, [["where r u??"]]),
        (True, [["at ", (p["first"], "PERSON"), "'s house lol"]]),
        (False, [["which one is that"]]),
        (True, [[(p["street"], "ADDRESS"), " near the park"]]),
        (False, [["ok pick u up at 5 from "], [(p["school"], "SCHOOL")]]),
        (True, [["can u bring my kit for ", (p["club"], "ORG")]]),
        (False, [["call me on ", (p["phone"], "PHONE"), " if the bus is late"]]),
        (True, [["im ", (f"{p['age']} now", "AGE"), " i can walk home"]]),
        (False, [["not till you're in ", (p["year"], "AGE")]]),
        (True, [["my new email is"], [(p["email"], "EMAIL")]]),
    ]
    k = rng.randint(5, len(msgs))
    start = rng.randint(0, len(msgs) - k)
    for me, parts in msgs[start:start + k]:
        if y > h - 420 * ph.s:
            break
        y = ph.bubble(y, parts, me, size=rng.choice([34, 38, 42]), time_s=f"{rng.randint(7, 21)}:{rng.randint(10, 59)}")
    ph.input_bar()
    return _wrap_up(rng, ph, "chat_dm")


def group_chat(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h)
    y = ph.status()
    nick = pick(rng, ["Tigers", "Comets", "Otters"])
    title = pick(rng, [p["club"] + " parents", p["year"] + " " + nick, p["club"]])
    kind = "ORG" if title.startswith(p["club"]) else "AGE"
    y = ph.header(y, title, f"{rng.randint(8, 31)} members", kind=kind)
    y += 30 * ph.s
    names = [friend(rng) for _ in range(4)]
    lines = [
        [["Training moved to ", (p["town"], "LOCATION"), " rec ground"]],
        [["Can someone give ", (p["first"], "PERSON"), " a lift?"]],
        [["We're at ", (p["addr"][0], "ADDRESS"), ", happy to"]],
        [["Match vs ", (pick(rng, ["Hillcrest", "Northgate"]) + " Juniors", "ORG"), " Sat 9am"]],
        [["text me ", (p["phone"], "PHONE")]],
        [[(p["first"] + " " + p["last"], "PERSON"), " left her bottle here"]],
    ]
    rng.shuffle(lines)
    for i, parts in enumerate(lines):
        if y > h - 420 * ph.s:
            break
        me = rng.random() < 0.25
        snd = None if me else names[i % 4]
        y = ph.bubble(y, parts, me, size=rng.choice([32, 36, 40]), sender=snd, sender_kind="PERSON" if snd else None)
    ph.input_bar()
    return _wrap_up(rng, ph, "group_chat")


def dm_request(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h, theme=pick(rng, [LIGHT, DARK]))
    y = ph.status()
    stranger = handle(rng)
    y = ph.header(y, stranger, "Message request", kind="HANDLE")
    s = ph.s
    ph.sc.text(w / 2, y + 40 * s, f"{stranger} wants to send you a message", ph.f, 30 * s, ph.t["sub"], anchor="ma")
    y += 120 * s
    seq = [
        (False, [["hey ur so good at roblox"]]),
        (False, [["how old r u?"]]),
        (True, [[(f"{p['age']}", "AGE"), " and u"]]),
        (False, [["same!! what school u go to"]]),
        (True, [[(p["school"], "SCHOOL")]]),
        (False, [["add me on snap ", (handle(rng), "HANDLE")]]),
        (True, [["my snap is ", (p["handle"], "HANDLE")]]),
        (False, [["do u live near ", (p["town"], "LOCATION"), "?"]]),
    ]
    for me, parts in seq:
        if y > h - 480 * s:
            break
        y = ph.bubble(y, parts, me, size=38)
    bw = (w - 120 * s) / 3
    for i, (lab, col) in enumerate([("Block", (220, 60, 60)), ("Delete", (120, 120, 130)), ("Accept", (0, 132, 255))]):
        ph.button(40 * s + i * (bw + 20 * s), h - 170 * s, bw, 100 * s, lab, col)
    return _wrap_up(rng, ph, "dm_request")


def voice_notes(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h)
    y = ph.status()
    y = ph.header(y, p["full"], "online", kind="PERSON")
    y += 30 * ph.s
    y = ph.bubble(y, [["voice note from practice"]], False)
    y = ph.voice(y, False, ["Voice message · ", (p["parent"], "PERSON")], dur="0:42")
    y = ph.voice(y, True, ["Recorded at ", (p["club"], "ORG")], dur="1:05")
    y = ph.bubble(y, [["thats coach ", (friend(rng), "PERSON")]], True)
    y = ph.voice(y, False, ["Audio · ", (p["town"], "LOCATION")], dur="0:17")
    if y < h - 500 * ph.s:
        y = ph.bubble(y, [["see u at ", (p["addr"][0], "ADDRESS")]], False)
    ph.input_bar()
    return _wrap_up(rng, ph, "voice_notes")


def lock_screen(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h, theme=DARK)
    s = ph.s
    c1 = tuple(rng.randint(20, 120) for _ in range(3))
    c2 = tuple(rng.randint(60, 200) for _ in range(3))
    ph.sc = Scene(w, h, img=textures.gradient(rng, w, h, c1, c2))
    sc = ph.sc
    ph.status(dark_bar=(255, 255, 255))
    sc.text(w / 2, 200 * s, pick(rng, ["Saturday 14 March", "Monday, June 8", "Thursday 2 October"]), ph.f, 40 * s,
            (255, 255, 255), anchor="ma")
    sc.text(w / 2, 260 * s, f"{rng.randint(6, 11)}:{rng.randint(10, 59)}", "sansb", 200 * s, (255, 255, 255), anchor="ma")
    y = 560 * s
    notes = [
        ("Messages", [(p["parent"], "PERSON")], [["Don't forget ", (p["club"], "ORG"), " at 4"]]),
        ("WhatsApp", [(friend(rng), "PERSON")], [["party at ", (p["addr"][0], "ADDRESS"), " bring swimmers"]]),
        ("School App", [(p["school"], "SCHOOL")], [["Reminder: ", (p["year"], "AGE"), " trip forms due Friday"]]),
        ("Snapchat", [(handle(rng), "HANDLE")], [["added you back!"]]),
        ("Calendar", ["Dentist"], [["with ", (p["first"], "PERSON"), " · ", (p["town"], "LOCATION")]]),
        ("Mail", [(p["email"], "EMAIL")], [["Your library card is ready"]]),
        ("Phone", ["Missed call"], [[(p["phone"], "PHONE")]]),
    ]
    rng.shuffle(notes)
    for app, title, body in notes[:rng.randint(3, 5)]:
        if y > h - 330 * s:
            break
        card = Scene(1, 1)
        sc.rrect([30 * s, y, w - 30 * s, y + 220 * s], 36 * s, fill=(245, 245, 248))
        ph.avatar(90 * s, y + 60 * s, 30 * s, app[:1])
        sc.text(140 * s, y + 42 * s, app.upper(), ph.f, 26 * s, (100, 100, 110))
        sc.text(w - 60 * s, y + 42 * s, "now", ph.f, 26 * s, (100, 100, 110), anchor="ra")
        sc.segs(60 * s, y + 95 * s, title, ph.fb, 36 * s, (20, 20, 24))
        sc.segs(60 * s, y + 150 * s, body[0], ph.f, 32 * s, (40, 40, 46))
        del card
        y += 245 * s
    return _wrap_up(rng, ph, "lock_screen")


def contact_card(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h, theme=pick(rng, [LIGHT, DARK]))
    s, sc, t = ph.s, ph.sc, ph.t
    ph.status()
    ph.avatar(w / 2, 330 * s, 130 * s, p["first"][:1])
    sc.text(w / 2, 490 * s, p["full"], ph.fb, 62 * s, t["fg"], kind="PERSON", anchor="ma")
    y = 620 * s
    fields = [("mobile", p["phone"], "PHONE"), ("home", p["home"], "PHONE"), ("email", p["email"], "EMAIL"),
              ("home address", p["addr"][0], "ADDRESS"), ("", p["addr"][1], "LOCATION"),
              ("birthday", p["dob"], "DATE_OF_BIRTH"), ("school", p["school"], "SCHOOL")]
    for lab, val, kind in fields:
        if lab:
            sc.text(60 * s, y, lab, ph.f, 28 * s, t["sub"])
            y += 42 * s
        sc.text(60 * s, y, val, ph.f, 40 * s, (0, 122, 255) if kind in ("PHONE", "EMAIL") else t["fg"], kind=kind)
        y += 80 * s
        sc.d.line([(60 * s, y - 20 * s), (w, y - 20 * s)], fill=t["line"])
    if y < h - 420 * s:
        last, first = p["last"], p["first"]
        if rng.random() < 0.5:
            pl = f"MECARD:N:{last},{first};TEL:{intl(p['phone'], p['region'])};EMAIL:{p['email']};;"
        else:
            pl = (f"BEGIN:VCARD\nVERSION:3.0\nN:{last};{first}\nFN:{first} {last}\n"
                  f"TEL;TYPE=CELL:{intl(p['phone'], p['region'])}\nEMAIL:{p['email']}\nEND:VCARD")
        mod = max(4, int(10 * s))
        n = sc.qr_size(pl, mod)
        sc.qr(pl, (w - n) / 2, y + 20 * s, mod,
              leaks=[("PERSON", f"{first} {last}" if "FN:" in pl else f"{last},{first}"),
                     ("PHONE", intl(p["phone"], p["region"])), ("EMAIL", p["email"])])
    return _wrap_up(rng, ph, "contact_card")


def social_bio(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h, theme=pick(rng, [LIGHT, DARK]))
    s, sc, t = ph.s, ph.sc, ph.t
    y = ph.status()
    sc.text(40 * s, y + 20 * s, p["handle"], ph.fb, 48 * s, t["fg"], kind="HANDLE")
    y += 110 * s
    ph.avatar(150 * s, y + 110 * s, 110 * s, p["first"][:1])
    for i, (n, lab) in enumerate([(rng.randint(3, 90), "posts"), (rng.randint(40, 900), "followers"),
                                  (rng.randint(40, 900), "following")]):
        cx = 420 * s + i * 220 * s
        sc.text(cx, y + 70 * s, str(n), ph.fb, 44 * s, t["fg"], anchor="ma")
        sc.text(cx, y + 130 * s, lab, ph.f, 28 * s, t["sub"], anchor="ma")
    y += 260 * s
    sc.text(40 * s, y, p["first"] + " " + p["last"][0] + ".", ph.fb, 36 * s, t["fg"], kind="PERSON")
    y += 55 * s
    bios = [[(f"{p['age']} y/o", "AGE"), " | ", (p["year"], "AGE")],
            [(p["school"], "SCHOOL")],
            ["from ", (p["town"], "LOCATION"), " | ", (p["club"], "ORG")],
            ["bday ", (p["dob"], "DATE_OF_BIRTH")],
            ["snap: ", (handle(rng, p["first"]), "HANDLE")],
            ["dm for collabs ", (p["email"], "EMAIL")]]
    for b in bios[:rng.randint(4, 6)]:
        sc.segs(40 * s, y, b, ph.f, 34 * s, t["fg"])
        y += 50 * s
    url = f"linktr.example/{p['handle'].lower()}"
    sc.text(40 * s, y, url, ph.f, 34 * s, (0, 100, 200), kind="URL")
    y += 90 * s
    ph.button(40 * s, y, w - 80 * s, 80 * s, "Follow", (0, 132, 255))
    y += 120 * s
    if y < h - 450 * s and rng.random() < 0.7:
        hd = handle(rng, p["first"])
        pl = f"https://snapchat.com/add/{hd}"
        mod = max(4, int(9 * s))
        n = sc.qr_size(pl, mod)
        sc.qr(pl, (w - n) / 2, y + 40 * s, mod, leaks=[("HANDLE", hd)], dark=(0, 0, 0), light=(255, 252, 0))
        y += n + 100 * s
    cell = (w - 8 * s) / 3
    while y < h - 10 * s:
        for i in range(3):
            sc.d.rectangle([i * (cell + 4 * s), y, i * (cell + 4 * s) + cell, y + cell], fill=pick(rng, AV_COLS))
        y += cell + 4 * s
    return _wrap_up(rng, ph, "social_bio")


def video_call(rng):
    p = person(rng)
    W, H = pick(rng, [(1920, 1080), (1280, 720), (2560, 1440), (1080, 1920)])
    sc = Scene(W, H, (28, 28, 30))
    s = W / 1920 if W > H else W / 1080
    cols, rows = (4, 3) if W > H else (2, 4)
    tw, th = (W - 40 * s) / cols, (H - 200 * s) / rows
    title = pick(rng, [p["year"] + " " + "morning check-in", p["club"] + " catch-up"])
    sc.text(W / 2, 30 * s, title, "sansb", 34 * s, (235, 235, 235), anchor="ma",
            kind=None)
    if title.startswith(p["year"]):
        b = font("sansb", 34 * s).getbbox(title, anchor="ma")
        sc.add("AGE", p["year"], (W / 2 + b[0], 30 * s + b[1], W / 2 + b[0] + sc.tw(p["year"], "sansb", 34 * s), 30 * s + b[3]))
    else:
        b = font("sansb", 34 * s).getbbox(title, anchor="ma")
        sc.add("ORG", p["club"], (W / 2 + b[0], 30 * s + b[1], W / 2 + b[0] + sc.tw(p["club"], "sansb", 34 * s), 30 * s + b[3]))
    k = 0
    for r in range(rows):
        for c in range(cols):
            x0, y0 = 20 * s + c * tw, 100 * s + r * th
            col = tuple(rng.randint(40, 110) for _ in range(3))
            sc.rrect([x0 + 6 * s, y0 + 6 * s, x0 + tw - 6 * s, y0 + th - 6 * s], 14 * s, fill=col)
            sc.d.ellipse([x0 + tw / 2 - 60 * s, y0 + th / 2 - 60 * s, x0 + tw / 2 + 60 * s, y0 + th / 2 + 60 * s],
                         fill=tuple(min(255, v + 40) for v in col))
            nm = p["full"] if k == 0 else (friend(rng) if rng.random() < 0.8 else handle(rng))
            kind = "HANDLE" if not " " in nm else "PERSON"
            bw = sc.tw(nm, "sans", 24 * s) + 24 * s
            sc.rrect([x0 + 16 * s, y0 + th - 56 * s, x0 + 16 * s + bw, y0 + th - 16 * s], 6 * s, fill=(0, 0, 0))
            sc.text(x0 + 28 * s, y0 + th - 50 * s, nm, "sans", 24 * s, (255, 255, 255), kind=kind)
            k += 1
    sc.rrect([W / 2 - 60 * s, H - 85 * s, W / 2 + 60 * s, H - 25 * s], 30 * s, fill=(220, 50, 50))
    finish(sc, rng)
    f, q = screen_fmt(rng)
    return Out(sc, f, q, "video_call")


def calendar(rng):
    p = person(rng)
    w, h = _size(rng)
    ph = Phone(rng, w, h, theme=pick(rng, [LIGHT, DARK]))
    s, sc, t = ph.s, ph.sc, ph.t
    y = ph.status()
    sc.text(40 * s, y + 20 * s, pick(rng, ["March", "June", "September", "November"]), ph.fb, 60 * s, t["fg"])
    y += 130 * s
    ev = [
        ("09:00", [[(p["first"], "PERSON"), "'s swimming"], [(p["club"], "ORG")]]),
        ("12:30", [["Party for ", (friend(rng).split()[0], "PERSON")], [(p["addr"][0], "ADDRESS"), ", ", (p["town"], "LOCATION")]]),
        ("15:15", [["Pick up from ", (p["school"], "SCHOOL")]]),
        ("16:00", [["Parents evening ", (p["year"], "AGE")]]),
        ("18:00", [["Call ", (p["parent"], "PERSON")], [(p["phone"], "PHONE")]]),
        ("19:00", [["Birthday! turns ", (str(p["age"]), "AGE")]]),
    ]
    cols = [(66, 133, 244), (52, 168, 83), (251, 188, 5), (234, 67, 53), (171, 71, 188)]
    for i, (tm, rows) in enumerate(ev):
        if y > h - 300 * s:
            break
        hh = 60 * s + 52 * s * len(rows)
        sc.text(40 * s, y + 20 * s, tm, ph.f, 30 * s, t["sub"])
        sc.rrect([180 * s, y, w - 40 * s, y + hh], 16 * s, fill=cols[i % 5])
        for j, r in enumerate(rows):
            sc.segs(210 * s, y + 24 * s + j * 52 * s, r, ph.fb if j == 0 else ph.f, 36 * s, (255, 255, 255))
        y += hh + 30 * s
    return _wrap_up(rng, ph, "calendar")


SCENES = [chat_dm, group_chat, dm_request, voice_notes, lock_screen, contact_card, social_bio, video_call, calendar]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
