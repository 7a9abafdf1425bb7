"""Paper and school documents: filled sign-up forms (paper and web), class
reports, homework sheets, whiteboards, club flyers, newsletters; clean
worksheets without names, recipes, menus, timetables, a capitals quiz."""
from common import Panel, Result, font, bold, fit, UI_FONTS, DISPLAY_FONTS, jpeg_roundtrip, add_noise
from people import Kid, ADULT, FAMOUS, CAPITALS, MONTHS
from photo import photo, hand, hand_rich, hand_font, ink, finish
import textures as tx
from ui import status_bar

A4 = {"300": (2480, 3508), "200": (1654, 2339), "150": (1240, 1754)}
SERIF = ["serif", "lserif", "fserif"]
SANS = ["sans", "lsans", "fsans", "cond", "narrow"]


def paper_panel(nr, w, h):
    return Panel(0, 0, img=tx.paper(nr, w, h))


def as_scan(r, nr, P, fmt, noise=2.0, q=None, skew=0.0):
    """A flat scan: slight noise, maybe a tiny rotation."""
    if skew:
        S = Panel(P.w, P.h, (250, 250, 248))
        from common import quad_rot
        S.paste(P, quad_rot(P.w / 2, P.h / 2, P.w, P.h, skew, 0.97))
        P = S
    img = add_noise(P.img.convert("RGB"), nr, noise)
    return Result(P, fmt, q or r.randint(80, 92), img=img)


def _field(P, x, y, label, segs, lf, hf, col, width, r, lw=2):
    P.text((x, y), label, lf, (40, 40, 40))
    lx = x + lf.getlength(label) + lf.size * 0.4
    P.line([(lx, y + lf.size * 1.15), (x + width, y + lf.size * 1.15)], (110, 110, 110), lw)
    if segs:
        txt = "".join(s[0] for s in segs)
        avail = x + width - lx - 10
        f = hf
        if hf.getlength(txt) > avail:
            f = font(r.choice(["sans-i", "lsans-i", "fsans-i"]), int(hf.size * avail / hf.getlength(txt)))
        hand_rich(P, (lx + lf.size * 0.3, y + lf.size * 1.1 - f.size * 1.05), segs, f, col, angle=r.uniform(-1.5, 1.5))


def signup_form(r, nr, size, fmt="JPEG", mode="scan"):
    K = Kid(r)
    W, H = A4["200"] if mode == "photo" else size
    u = W / 1000
    P = paper_panel(nr, W, H)
    sf = r.choice(SANS)
    P.text((60 * u, 60 * u), K.club, fit(bold(sf), 44 * u, K.club, 880 * u), (20, 40, 100), kind="ORG")
    P.text((60 * u, 125 * u), "Junior Membership Application 2025/26", font(sf, 30 * u), (40, 40, 40))
    P.line([(60 * u, 175 * u), (940 * u, 175 * u)], (20, 40, 100), int(3 * u))
    lf = font(sf, 22 * u)
    hf = hand_font(r, 34 * u)
    col = ink(r)
    adult = r.choice(ADULT) + " " + K.last
    rows = [
        ("Child's full name:", [(K.full, "PERSON")]),
        ("Date of birth:", [(K.dob(r.choice([0, 1, 4])), "DATE_OF_BIRTH")]),
        ("Age:", [(str(K.age), "AGE")]),
        ("School:", [(K.school, "SCHOOL")]),
        ("School year:", [(K.year_group(), "AGE")]),
        ("Home address:", [(K.street_line, "ADDRESS")]),
        ("", [(K.town, "ADDRESS")]),
        ("Postcode:", [(K.pc, "ADDRESS")]),
        ("Parent/guardian name:", [(adult, "PERSON")]),
        ("Contact phone:", [(K.mobile, "PHONE")]),
        ("E-mail:", [(K.parent_email, "EMAIL")]),
        ("Medical needs / allergies:", [(r.choice(["none", "mild asthma (inhaler)", "nut allergy"]), None)]),
    ]
    y = 215 * u
    for lab, segs in rows:
        _field(P, 60 * u, y, lab, segs, lf, hf, col, 880 * u, r, max(1, int(1.5 * u)))
        y += 62 * u
    y += 10 * u
    P.text((60 * u, y), "Photo consent:", lf, (40, 40, 40))
    for i, t in enumerate(["Yes", "No"]):
        bx = 260 * u + i * 140 * u
        P.rect([bx, y, bx + 24 * u, y + 24 * u], outline=(40, 40, 40), width=max(1, int(2 * u)))
        P.text((bx + 34 * u, y), t, lf, (40, 40, 40))
        if i == r.randint(0, 1):
            P.line([(bx + 3 * u, y + 12 * u), (bx + 10 * u, y + 22 * u), (bx + 30 * u, y - 6 * u)], col, 3 * u)
    y += 70 * u
    P.text((60 * u, y), "Signed:", lf, (40, 40, 40))
    hand(P, (170 * u, y - 12 * u), adult.split()[0][0] + ". " + K.last, hand_font(r, 38 * u), col,
         kind="PERSON", angle=-4)
    P.text((60 * u, H - 60 * u), "Please return this form to the club secretary. Data is kept for membership only.",
           font(sf, 15 * u), (110, 110, 110))
    if mode == "photo":
        W2, H2 = size
        return photo(r, nr, P, W2, H2, frac=0.9, fmt=fmt, angle=r.uniform(-8, 8), tilt=r.uniform(0.03, 0.15))
    return as_scan(r, nr, P, fmt, skew=r.uniform(-1.2, 1.2))


def web_form(r, nr, size, fmt="PNG", dark=False):
    W, H = size
    s = W / 360
    K = Kid(r)
    bg = (28, 28, 30) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    P = Panel(W, H, bg)
    fn = r.choice(UI_FONTS)
    status_bar(P, s, fg, "16:{:02d}".format(r.randint(0, 59)))
    P.rect([0, 26 * s, W, 64 * s], fill=(40, 40, 44) if dark else (242, 242, 247))
    dom = "signup.{}-{}.example/camp".format(K.town.split()[0].lower(), K.club.split()[-1].lower())
    P.text((W / 2, 45 * s), dom, font(fn, 12 * s), (150, 150, 155), kind="URL", anchor="mm")
    P.text((16 * s, 80 * s), "Sign up for camp!", font(bold(fn), 22 * s), fg)
    fields = [("First name", [(K.first, "PERSON")]), ("Surname", [(K.last, "PERSON")]),
              ("Date of birth", [(K.dob(2), "DATE_OF_BIRTH")]), ("School", [(K.school, "SCHOOL")]),
              ("Address", [(K.address, "ADDRESS")]), ("Parent mobile", [(K.mobile, "PHONE")]),
              ("Email", [(K.email, "EMAIL")])]
    y = 120 * s
    lf = font(fn, 12 * s)
    vf = font(fn, 15 * s)
    for lab, segs in fields:
        if y + 60 * s > H - 70 * s:
            break
        P.text((16 * s, y), lab, lf, (140, 140, 145))
        P.rrect([16 * s, y + 18 * s, W - 16 * s, y + 52 * s], 8 * s, outline=(90, 90, 95) if dark else (200, 200, 205),
                width=max(1, int(s)))
        txt = "".join(t[0] for t in segs)
        P.rich((26 * s, y + 35 * s), segs, fit(fn, 15 * s, txt, W - 56 * s), fg, anchor="lm")
        y += 66 * s
    P.rrect([16 * s, H - 64 * s, W - 16 * s, H - 20 * s], 10 * s, fill=(0, 122, 255))
    P.text((W / 2, H - 42 * s), "Submit", font(bold(fn), 16 * s), (255, 255, 255), anchor="mm")
    return Result(P, fmt, 88)


def class_report(r, nr, size, fmt="PNG", small=False):
    W, H = size
    K = Kid(r)
    u = W / 1000
    P = paper_panel(nr, W, H)
    sf = r.choice(SERIF + SANS)
    bs = 10.5 if small else 17
    P.text((60 * u, 60 * u), K.school, fit(bold(sf), 40 * u, K.school, 880 * u), (30, 30, 90), kind="SCHOOL")
    P.rich((60 * u, 115 * u), [(K.street_line, "ADDRESS"), (", ", None), (K.town_line, "ADDRESS")],
           font(sf, 16 * u), (80, 80, 80))
    P.text((60 * u, 170 * u), "End of Year Report 2024-25", font(bold(sf), 30 * u), (20, 20, 20))
    T = Kid(r)
    teacher = r.choice(["Mrs ", "Mr ", "Ms "]) + T.last
    info = [[("Pupil: ", None), (K.full, "PERSON")],
            [("Class: ", None), (K.year_group(), "AGE"), (" " + K.cls, None)],
            [("Teacher: ", None), (teacher.split()[0] + " ", None), (T.last, "PERSON")],
            [("Attendance: 96.4%", None)]]
    y = 230 * u
    f = font(sf, bs * 1.3 * u)
    for segs in info:
        P.rich((60 * u, y), segs, f, (20, 20, 20))
        y += bs * 2.0 * u
    y += 10 * u
    subj = ["English", "Maths", "Science", "History", "Geography", "Art", "Music", "PE", "Computing"]
    hf = font(bold(sf), bs * u)
    bf = font(sf, bs * u)
    P.rect([60 * u, y, 940 * u, y + bs * 2 * u], fill=(220, 225, 240))
    for x, t in ((70, "Subject"), (320, "Attainment"), (520, "Effort"), (660, "Comment")):
        P.text((x * u, y + bs * 0.5 * u), t, hf, (20, 20, 20))
    y += bs * 2 * u
    comments = ["Secure", "Working towards", "Greater depth", "Excellent effort", "Enjoys practical work"]
    for sname in subj:
        P.line([(60 * u, y), (940 * u, y)], (200, 200, 200), 1)
        P.text((70 * u, y + bs * 0.5 * u), sname, bf, (30, 30, 30))
        P.text((320 * u, y + bs * 0.5 * u), r.choice(["EXP", "WTS", "GDS"]), bf, (30, 30, 30))
        P.text((520 * u, y + bs * 0.5 * u), str(r.randint(1, 4)), bf, (30, 30, 30))
        P.text((660 * u, y + bs * 0.5 * u), r.choice(comments), bf, (30, 30, 30))
        y += bs * 1.9 * u
    y += 30 * u
    P.text((60 * u, y), "Teacher's comment", hf, (20, 20, 20))
    y += bs * 2 * u
    pr = "she" if r.random() < 0.5 else "he"
    com = [(K.first, "PERSON"), (" has had a wonderful year in " + K.cls + " class. " + pr.capitalize() +
                                 " has grown in confidence, especially when reading aloud, and is a kind friend to "
                                 "others. Next year " + pr + " should keep practising times tables at home.", None)]
    hgt = P.para((60 * u, y), com, bf, (30, 30, 30), 880 * u, lh=int(bs * 1.6 * u))
    y += hgt + 20 * u
    if y < H - 120 * u:
        hand(P, (60 * u, y), teacher, hand_font(r, bs * 1.8 * u), (20, 30, 120), angle=-2)
    if fmt == "JPEG":
        return as_scan(r, nr, P, fmt, noise=3, q=r.randint(60, 80))
    return as_scan(r, nr, P, fmt, noise=1.5)


def homework(r, nr, size, fmt="JPEG"):
    K = Kid(r)
    w, h = A4["150"]
    u = w / 1000
    P = paper_panel(nr, w, h)
    sf = r.choice(SANS)
    lf = font(sf, 26 * u)
    col = ink(r) if r.random() < 0.5 else (90, 90, 95)  # pencil sometimes
    _field(P, 60 * u, 60 * u, "Name:", [(K.full, "PERSON")], lf, hand_font(r, 40 * u), col, 560 * u, r)
    _field(P, 660 * u, 60 * u, "Date:", [("{}/{}".format(r.randint(1, 28), r.randint(1, 12)), None)], lf,
           hand_font(r, 36 * u), col, 280 * u, r)
    _field(P, 60 * u, 130 * u, "Class:", [(K.year_group(), "AGE"), (" " + K.cls, None)], lf, hand_font(r, 36 * u),
           col, 420 * u, r)
    P.text((60 * u, 220 * u), r.choice(["Times tables practice", "Multiplication check", "Maths homework"]),
           font(bold(sf), 40 * u), (20, 20, 20))
    y = 310 * u
    for i in range(10):
        a, b = r.randint(2, 12), r.randint(2, 12)
        P.text((80 * u, y), "{}.  {} x {} =".format(i + 1, a, b), font(sf, 32 * u), (30, 30, 30))
        ans = a * b if r.random() < 0.85 else a * b + 1
        hand(P, (420 * u, y - 6 * u), str(ans), hand_font(r, 40 * u), col, angle=r.uniform(-4, 4))
        y += 62 * u
    hand(P, (640 * u, 900 * u), r.choice(["Well done!", "Great work :)", "9/10"]), hand_font(r, 50 * u),
         (200, 30, 30), angle=-8)
    W, H = size
    return photo(r, nr, P, W, H, frac=0.9, fmt=fmt, angle=r.uniform(-6, 6), tilt=r.uniform(0.03, 0.16))


def whiteboard(r, nr, size, fmt="JPEG"):
    W, H = size
    bw = int(W * 0.9)
    bh = int(bw * 0.5)
    u = bw / 1000
    B = Panel(0, 0, img=tx.paint(nr, bw, bh, (244, 246, 248), 0.05))
    B.rect([0, 0, bw, bh], outline=(170, 170, 175), width=int(12 * u))
    K = Kid(r)
    kids = [Kid(r) for _ in range(3)]
    markers = [(20, 60, 160), (200, 30, 30), (20, 120, 60), (30, 30, 30)]
    hf = lambda sz: hand_font(r, sz * u)
    hand_rich(B, (40 * u, 30 * u), [("Welcome ", None), (K.year_group(), "AGE"), (" " + K.cls + "!", None)], hf(56),
              markers[0], angle=r.uniform(-2, 2))
    hand(B, (40 * u, 120 * u), "Birthdays this month:", hf(34), markers[3], angle=r.uniform(-1, 1))
    y = 170 * u
    for k in kids[:2]:
        hand_rich(B, (70 * u, y), [(k.first, "PERSON"), (" - ", None), (k.bday(), "DATE_OF_BIRTH")], hf(34),
                  markers[1], angle=r.uniform(-2, 2))
        y += 50 * u
    hand_rich(B, (40 * u, 400 * u), [("Star of the week: ", None), (kids[2].full, "PERSON")], hf(36), markers[2],
              angle=r.uniform(-2, 2))
    hand_rich(B, (540 * u, 140 * u), [("Trip to ", None), (K.place, "LOCATION")], hf(30), markers[0],
              angle=r.uniform(-2, 2))
    hand(B, (540 * u, 190 * u), "Friday - bring a packed lunch", hf(28), markers[0], angle=r.uniform(-2, 2))
    hand(B, (540 * u, 260 * u), "Spellings: because, caught, island", hf(26), markers[3], angle=r.uniform(-2, 2))
    hand(B, (540 * u, 310 * u), "7 x 8 = 56", hf(40), markers[1], angle=r.uniform(-2, 2))
    # wall
    bg = tx.paint(nr, W, H, r.choice([(200, 210, 190), (230, 215, 190), (190, 200, 215)]), 0.15)
    return photo(r, nr, B, W, H, bg=bg, frac=0.92, fmt=fmt, angle=r.uniform(-2, 2), tilt=0,
                 shadow=True, light=r.uniform(0.3, 0.5), contrast=r.uniform(0.75, 0.95))


def club_flyer(r, nr, size, fmt="JPEG", photo_mode=True):
    K = Kid(r)
    w, h = A4["150"]
    u = w / 1000
    col = r.choice([(230, 80, 30), (20, 120, 200), (120, 40, 160), (30, 150, 90)])
    P = Panel(w, h, (255, 255, 255))
    P.rect([0, 0, w, 380 * u], fill=col)
    fn = r.choice(DISPLAY_FONTS)
    P.text((w / 2, 110 * u), "JOIN US!", font(fn, 120 * u), (255, 255, 255), anchor="mm")
    P.text((w / 2, 260 * u), K.club, fit(fn, 80 * u, K.club, 900 * u), (255, 255, 255), kind="ORG", anchor="mm")
    coach = r.choice(ADULT) + " " + Kid(r).last
    rows = [[("Every Saturday 10am - 12pm", None)],
            [("at ", None), (K.place, "LOCATION")],
            [("New members welcome - first session free", None)],
            [("Contact ", None), (coach, "PERSON")],
            [(K.phone, "PHONE")],
            [(K.parent_email, "EMAIL")]]
    y = 460 * u
    for segs in rows:
        txt = "".join(s[0] for s in segs)
        P.rich((w / 2, y), segs, fit("sans-b" if segs[0][1] else "sans", 46 * u, txt, 880 * u), (30, 30, 30),
               anchor="mt")
        y += 78 * u
    # WhatsApp group invite QR in the corner
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(22))
    url = "https://chat.whatsapp.com/" + code
    from common import qr_matrix
    mod = max(3, int(220 * u / (qr_matrix(url).shape[0] + 8)))
    side = P.qr_side(url, mod)
    P.qr(60 * u, 915 * u, url, mod, leaks=[("URL", url)])
    P.text((80 * u + side, 915 * u + side / 2), "Scan to join the parents' WhatsApp group", font("sans", 28 * u),
           (90, 90, 90), anchor="lm")
    # tear-off strips with phone number, rotated text
    n = 8
    sw = w / n
    for i in range(n):
        x = i * sw
        P.line([(x, h - 260 * u), (x, h)], (150, 150, 150), 2)
        S = Panel(int(250 * u), int(sw * 0.8), (0, 0, 0, 0))
        S.text((S.w / 2, S.h / 2), K.phone, fit("sans", 30 * u, K.phone, 235 * u), (30, 30, 30), kind="PHONE",
               anchor="mm")
        S.rotate90(3)
        P.paste(S, [(x + sw * 0.1, h - 255 * u), (x + sw * 0.1 + S.w, h - 255 * u),
                    (x + sw * 0.1 + S.w, h - 255 * u + S.h), (x + sw * 0.1, h - 255 * u + S.h)])
    W, H = size
    if photo_mode:
        bg = tx.paint(nr, W, H, (170, 130, 90), 0.45)
        return photo(r, nr, P, W, H, bg=bg, frac=0.88, fmt=fmt, angle=r.uniform(-6, 6), tilt=r.uniform(0, 0.08))
    P.resize(W, H)
    return Result(P, fmt, 85)


def newsletter(r, nr, size, fmt="PNG"):
    W, H = size
    K = Kid(r)
    u = W / 1000
    P = Panel(W, H, (255, 255, 255))
    sf = r.choice(SANS + SERIF)
    P.rect([0, 0, W, 150 * u], fill=(30, 60, 120))
    P.text((40 * u, 40 * u), K.school, fit(bold(sf), 46 * u, K.school, 900 * u), (255, 255, 255), kind="SCHOOL")
    P.text((40 * u, 100 * u), "Newsletter - {} 2025".format(r.choice(MONTHS)), font(sf, 26 * u), (220, 220, 240))
    kids = [Kid(r) for _ in range(4)]
    paras = [
        [("Headteacher's news", None)],
        [("What a busy half term! Our choir sang at the town hall and raised £412 for charity. "
          "Thank you to all families who baked for the cake sale.", None)],
        [("Stars of the week", None)],
        [("Congratulations to ", None), (kids[0].full, "PERSON"), (" in ", None), (kids[0].year_group(), "AGE"),
         (" for a brilliant poem, and to ", None), (kids[1].full, "PERSON"), (" for helping a new classmate.", None)],
        [("Happy birthday", None)],
        [("Happy birthday to ", None), (kids[2].first, "PERSON"), (", who turns ", None), (str(kids[2].age), "AGE"),
         (" on ", None), (kids[2].bday(), "DATE_OF_BIRTH"), ("!", None)],
        [("Sports", None)],
        [("Our netball team beat ", None), ("Millpond Primary", None), (" 6-2. Player of the match was ", None),
         (kids[3].first, "PERSON"), (". Matches are played at ", None), (K.place, "LOCATION"), (".", None)],
        [("Dates: INSET day Fri 24 Oct; Christmas fair Sat 6 Dec 11am-2pm.", None)],
    ]
    y = 190 * u
    hf = font(bold(sf), 30 * u)
    bf = font(sf, 22 * u)
    for i, segs in enumerate(paras):
        if len(segs) == 1 and len(segs[0][0]) < 25:
            P.text((40 * u, y), segs[0][0], hf, (30, 60, 120))
            y += 50 * u
        else:
            y += P.para((40 * u, y), segs, bf, (30, 30, 30), 920 * u, lh=int(34 * u)) + 20 * u
    P.rich((40 * u, H - 60 * u), [("School office: ", None), (K.phone, "PHONE")], font(sf, 18 * u), (90, 90, 90))
    return Result(P, fmt, 85)


# ----------------------------------------------------------------- clean
def worksheet(r, nr, size, fmt="PNG", topic="fractions", photo_mode=False):
    w, h = A4["150"]
    u = w / 1000
    P = paper_panel(nr, w, h)
    sf = r.choice(SANS)
    lf = font(sf, 26 * u)
    _field(P, 60 * u, 60 * u, "Name:", None, lf, None, None, 560 * u, r)
    _field(P, 660 * u, 60 * u, "Date:", None, lf, None, None, 280 * u, r)
    _field(P, 60 * u, 130 * u, "Class:", None, lf, None, None, 420 * u, r)
    if topic == "fractions":
        P.text((60 * u, 220 * u), "Adding fractions", font(bold(sf), 44 * u), (20, 20, 20))
        y = 320 * u
        for i in range(10):
            a, b = r.randint(1, 5), r.randint(6, 9)
            P.text((80 * u, y), "{}.  {}/{} + {}/{} = ______".format(i + 1, a, b, r.randint(1, 4), b), font(sf, 32 * u),
                   (30, 30, 30))
            y += 70 * u
    elif topic == "capitals":
        P.text((60 * u, 220 * u), "Capital cities quiz", font(bold(sf), 44 * u), (20, 20, 20))
        y = 320 * u
        for i, (c, _) in enumerate(r.sample(CAPITALS, 10)):
            P.text((80 * u, y), "{}.  The capital of {} is ____________".format(i + 1, c), font(sf, 30 * u),
                   (30, 30, 30))
            y += 70 * u
    else:
        fam = r.choice(FAMOUS)
        P.text((60 * u, 220 * u), "Famous scientists: " + fam, fit(bold(sf), 44 * u, "Famous scientists: " + fam,
                                                                     880 * u), (20, 20, 20))
        body = [("Read the text about " + fam + " and answer the questions. Where was " + fam +
                 " born? What did they discover? Write your answers in full sentences. "
                 "Use the word bank: laboratory, experiment, evidence, theory.", None)]
        y = 320 * u + P.para((60 * u, 320 * u), body, font(sf, 28 * u), (30, 30, 30), 880 * u)
        for i in range(6):
            y += 70 * u
            P.text((60 * u, y), "{}. ".format(i + 1) + "_" * 40, font(sf, 28 * u), (60, 60, 60))
    W, H = size
    if photo_mode:
        return photo(r, nr, P, W, H, frac=0.9, fmt=fmt, angle=r.uniform(-6, 6), tilt=r.uniform(0.03, 0.15))
    P.resize(W, H)
    return as_scan(r, nr, P, fmt)


def recipe(r, nr, size, fmt="JPEG"):
    w, h = 1200, 1600
    u = w / 1000
    P = paper_panel(nr, w, h)
    sf = r.choice(SERIF)
    name, ingr, steps = r.choice([
        ("Banana Bread", ["3 ripe bananas", "75g melted butter", "150g sugar", "1 egg", "190g plain flour",
                          "1 tsp baking soda", "pinch of salt"],
         ["Heat oven to 180C / gas 4.", "Mash bananas, stir in butter.", "Mix in sugar, egg and flour.",
          "Bake for 55 minutes."]),
        ("Pancakes", ["100g plain flour", "2 large eggs", "300ml milk", "1 tbsp oil", "lemon and sugar"],
         ["Whisk everything into a smooth batter.", "Rest for 30 minutes.", "Cook 1 minute each side.",
          "Serves 4 (about 12 pancakes)."]),
    ])
    P.text((w / 2, 100 * u), name, font(bold(sf), 80 * u), (120, 40, 30), anchor="mm")
    P.text((w / 2, 170 * u), "Serves 8  -  Prep 15 min  -  Cook 55 min", font(sf, 28 * u), (90, 90, 90), anchor="mm")
    y = 240 * u
    P.text((60 * u, y), "Ingredients", font(bold(sf), 40 * u), (30, 30, 30))
    y += 60 * u
    for it in ingr:
        P.text((80 * u, y), "- " + it, font(sf, 30 * u), (30, 30, 30))
        y += 45 * u
    y += 30 * u
    P.text((60 * u, y), "Method", font(bold(sf), 40 * u), (30, 30, 30))
    y += 60 * u
    for i, st in enumerate(steps):
        P.text((80 * u, y), "{}. {}".format(i + 1, st), font(sf, 30 * u), (30, 30, 30))
        y += 48 * u
    W, H = size
    return photo(r, nr, P, W, H, frac=0.88, fmt=fmt, angle=r.uniform(-5, 5), tilt=r.uniform(0, 0.1))


def menu(r, nr, size, fmt="JPEG"):
    w, h = 1000, 1400
    u = w / 1000
    P = Panel(w, h, r.choice([(30, 30, 32), (250, 245, 230)]))
    dark = P.img.getpixel((0, 0))[0] < 100
    fg = (240, 235, 220) if dark else (40, 30, 20)
    sf = r.choice(SERIF + SANS)
    P.text((w / 2, 90 * u), r.choice(["The Corner Cafe", "Harbour Kitchen", "Sunny Side Diner"]), font(bold(sf), 64 * u),
           fg, anchor="mm")
    P.text((w / 2, 160 * u), "Breakfast served 8am - 11.30am", font(sf, 26 * u), fg, anchor="mm")
    items = [("Full English", "9.50"), ("Beans on toast", "4.20"), ("Pancake stack", "6.75"),
             ("Kids' fish fingers", "5.25"), ("Cheese toastie", "5.95"), ("Jacket potato", "6.50"),
             ("Hot chocolate", "3.10"), ("Orange juice", "2.40"), ("Flat white", "3.30"), ("Brownie", "2.95")]
    y = 240 * u
    for it, pr in items:
        P.text((80 * u, y), it, font(sf, 36 * u), fg)
        P.text((920 * u, y), "£" + pr, font(bold(sf), 36 * u), fg, anchor="ra")
        y += 100 * u
    P.text((w / 2, h - 60 * u), "Free Wi-Fi: ask at the counter", font(sf, 24 * u), fg, anchor="mm")
    W, H = size
    return photo(r, nr, P, W, H, frac=0.88, fmt=fmt, angle=r.uniform(-8, 8), tilt=r.uniform(0, 0.12))


def timetable(r, nr, size, fmt="PNG"):
    W, H = size
    u = min(W / 1000, H / 640)
    P = Panel(W, H, (255, 255, 255))
    sf = r.choice(SANS)
    route = r.randint(2, 99)
    P.rect([0, 0, W, 120 * u], fill=(200, 20, 40))
    P.text((30 * u, 60 * u), "Route {}  Bus Station - Retail Park - Hospital".format(route),
           fit(bold(sf), 40 * u, "Route 99  Bus Station - Retail Park - Hospital", 940 * u), (255, 255, 255),
           anchor="lm")
    stops = ["Bus Station", "Market Square", "Library", "Railway Station", "Retail Park", "Leisure Centre",
             "College", "Hospital"]
    cols = 8
    cw = (W - 380 * u) / cols
    y = 170 * u
    f = font(sf, 22 * u)
    P.text((30 * u, y), "Monday to Friday", font(bold(sf), 26 * u), (20, 20, 20))
    y += 60 * u
    for i, st in enumerate(stops):
        if i % 2:
            P.rect([0, y - 8 * u, W, y + 38 * u], fill=(245, 245, 248))
        P.text((30 * u, y), st, f, (20, 20, 20))
        base = 6 * 60 + 15 + i * 4
        for c in range(cols):
            t = base + c * 35
            P.text((340 * u + c * cw, y), "{:02d}:{:02d}".format(t // 60, t % 60), f, (20, 20, 20))
        y += 46 * u
    P.text((30 * u, y + 30 * u), "Times are approximate. Fares: adult single £2.00, child £1.00.", font(sf, 18 * u),
           (90, 90, 90))
    return Result(P, fmt, 85)


JOBS = [
    ("signup_form", signup_form, dict(size=A4["300"], mode="scan", fmt="PNG"), False),
    ("signup_form", signup_form, dict(size=(4032, 3024), mode="photo"), False),
    ("signup_form", signup_form, dict(size=(3024, 4032), mode="photo", fmt="WEBP"), False),
    ("signup_form", signup_form, dict(size=A4["150"], mode="scan", fmt="JPEG"), False),
    ("web_form", web_form, dict(size=(1080, 2340)), False),
    ("web_form", web_form, dict(size=(540, 960), dark=True, fmt="JPEG"), False),
    ("class_report", class_report, dict(size=A4["300"], fmt="JPEG"), False),
    ("class_report", class_report, dict(size=A4["150"], small=True, fmt="PNG"), False),
    ("class_report", class_report, dict(size=A4["200"], fmt="WEBP"), False),
    ("homework", homework, dict(size=(3024, 4032)), False),
    ("homework", homework, dict(size=(4000, 3000), fmt="WEBP"), False),
    ("homework", homework, dict(size=(1200, 1600)), False),
    ("whiteboard", whiteboard, dict(size=(4032, 3024)), False),
    ("whiteboard", whiteboard, dict(size=(3264, 2448), fmt="PNG"), False),
    ("whiteboard", whiteboard, dict(size=(1920, 1440), fmt="WEBP"), False),
    ("club_flyer", club_flyer, dict(size=(3024, 4032)), False),
    ("club_flyer", club_flyer, dict(size=A4["150"], photo_mode=False, fmt="PNG"), False),
    ("club_flyer", club_flyer, dict(size=(2448, 3264), fmt="WEBP"), False),
    ("newsletter", newsletter, dict(size=(1240, 1754)), False),
    ("newsletter", newsletter, dict(size=(2480, 3508), fmt="JPEG"), False),
    ("worksheet", worksheet, dict(size=A4["300"], topic="fractions"), True),
    ("worksheet", worksheet, dict(size=(3024, 4032), topic="famous", photo_mode=True, fmt="JPEG"), True),
    ("worksheet", worksheet, dict(size=A4["150"], topic="famous", fmt="WEBP"), True),
    ("capitals_quiz_sheet", worksheet, dict(size=(4032, 3024), topic="capitals", photo_mode=True, fmt="JPEG"), True),
    ("recipe", recipe, dict(size=(3024, 4032)), True),
    ("recipe", recipe, dict(size=(1536, 2048), fmt="WEBP"), True),
    ("menu", menu, dict(size=(3024, 4032)), True),
    ("menu", menu, dict(size=(1200, 1600), fmt="PNG"), True),
    ("timetable", timetable, dict(size=(1920, 1080)), True),
    ("timetable", timetable, dict(size=(3000, 2000), fmt="JPEG"), True),
]
