"""School paperwork: permission slips, forms, homework, report cards, library cards, bus passes,
certificates and whiteboards. Scanned (A4 sizes) or photographed on a table."""
import textures
from common import (Out, Scene, finish, pick, photo_fmt, make_layer, PHOTO_SIZES, SCAN_SIZES, HAND, SIGN, font)
from people import person, friend

INK = [(20, 30, 120), (20, 20, 20), (30, 60, 160), (90, 20, 30)]


def _paper_layer(rng, w, h):
    lay = make_layer(w, h, (0, 0, 0, 0))
    pap = textures.paper(rng, w, h, base=(rng.randint(240, 252),) * 2 + (rng.randint(232, 246),))
    lay.img.paste(pap, (0, 0))
    lay.img.putalpha(255)
    return lay


def _out(rng, lay, scene):
    """Scan (A4 pixel size, slight rotation, white fill) or photo on a table."""
    if rng.random() < 0.55:
        W, H = pick(rng, PHOTO_SIZES)
        if (W > H) != (lay.w > lay.h) and rng.random() < 0.7:
            W, H = H, W
        ph = textures.photo_with(rng, lay, W, H, textures.table, frac=0.9, max_angle=12, shear=rng.uniform(-0.06, 0.06))
        finish(ph, rng, blur=rng.choice([0, 0.7, 1.2]), noise=rng.choice([4, 8, 12]), contrast=rng.choice([1.0, 0.85, 0.7]))
        f, q = photo_fmt(rng)
        return Out(ph, f, q, scene + "_photo")
    W, H = pick(rng, SCAN_SIZES)
    if lay.w > lay.h:
        W, H = H, W
    sc = Scene(lay.w, lay.h, (255, 255, 255))
    sc.img.paste(lay.img.convert("RGB"), (0, 0))
    sc.leaks, sc.qrs = lay.leaks, lay.qrs
    ang = rng.uniform(-3, 3)
    finish(sc, rng, angle=ang, out=(W, H), zoom=0.96, fill=(250, 250, 250), noise=rng.choice([0, 3, 6]),
           contrast=rng.choice([1.0, 0.9, 0.75]))
    r = rng.random()
    f, q = ("png", None) if r < 0.3 else (("jpg", rng.randint(60, 92)) if r < 0.85 else ("webp", rng.randint(70, 90)))
    return Out(sc, f, q, scene + "_scan")


def _field(lay, x, y, label, value, kind, s, hand, ink, lf="sans"):
    b = lay.text(x, y, label, lf, 30 * s, (40, 40, 40))
    lx = b[2] + 16 * s
    lay.d.line([(lx, y + 38 * s), (lx + max(420 * s, lay.tw(value, hand, 38 * s) + 40 * s), y + 38 * s)], fill=(90, 90, 90), width=2)
    lay.text(lx + 12 * s, y - 8 * s, value, hand, 38 * s, ink, kind=kind)


def permission_slip(rng):
    p = person(rng)
    w, h = 1240, 1754
    lay = _paper_layer(rng, w, h)
    s, hand, ink = 1.0, pick(rng, HAND), pick(rng, INK)
    lay.lines(w / 2, 80, p["school"].upper().split(" ", 1) if rng.random() < 0.5 else [p["school"]],
              pick(rng, SIGN), 52, (10, 40, 90), kind="SCHOOL", anchor="ma")
    lay.text(w / 2, 240, pick(rng, ["Educational Visit - Permission Slip", "Swimming Lessons Consent Form",
                                   "Residential Trip Consent"]), "serifb", 40, (20, 20, 20), anchor="ma")
    lay.para(100, 320, "I give permission for my child to attend the trip described above. I understand that the "
             "school will contact me in an emergency using the number below.", "serif", 30, (30, 30, 30), 1040)
    y = 500
    for lab, val, kind in [("Child's name:", p["full"], "PERSON"), ("Class / Year:", p["year"], "AGE"),
                           ("Date of birth:", p["dob"], "DATE_OF_BIRTH"), ("Home address:", p["addr"][0], "ADDRESS"),
                           ("Town / postcode:", p["addr"][1], "LOCATION"), ("Parent/carer:", p["parent"], "PERSON"),
                           ("Emergency phone:", p["phone"], "PHONE"), ("Email:", p["email"], "EMAIL"),
                           ("Medical notes:", pick(rng, ["none", "mild asthma", "nut allergy"]), None)]:
        _field(lay, 100, y, lab, val, kind, s, hand, ink)
        y += 105
    lay.text(100, y + 40, "Signed: ____________________   Date: ___________", "serif", 30, (30, 30, 30))
    return _out(rng, lay, "permission_slip")


def homework(rng):
    p = person(rng)
    w, h = 1240, 1754
    lay = _paper_layer(rng, w, h)
    hand, ink = pick(rng, HAND), pick(rng, INK)
    d = lay.d
    for y in range(300, h - 60, 64):
        d.line([(60, y), (w - 60, y)], fill=(170, 190, 230), width=2)
    d.line([(150, 0), (150, h)], fill=(230, 120, 120), width=2)
    lay.text(170, 60, "Name:", "sans", 30, (60, 60, 60))
    lay.text(270, 46, p["full"], hand, 46, ink, kind="PERSON")
    lay.text(170, 130, "Class:", "sans", 30, (60, 60, 60))
    lay.text(270, 116, p["year"], hand, 44, ink, kind="AGE")
    lay.text(650, 130, "School:", "sans", 30, (60, 60, 60))
    lay.text(770, 116, p["school"].split(" ")[0] + (" " + p["school"].split(" ")[1] if len(p["school"].split()) > 3 else ""),
             hand, 40, ink, kind="SCHOOL")
    lay.text(170, 200, pick(rng, ["My Weekend", "All About Me", "My Family", "What I did in the holidays"]), hand, 52, ink)
    body = [[["On Saturday I went to "], [(p["club"], "ORG"), " with "], [(friend(rng), "PERSON"), "."]],
            [["We live at "], [(p["addr"][0], "ADDRESS"), " in "], [(p["town"], "LOCATION"), "."]],
            [["I am "], [(f"{p['age']} years old", "AGE"), " and my teacher is"], [(f"Mrs {friend(rng).split()[-1]}", "PERSON"), "."]],
            [["My cat is called "], [(pick(rng, ["Mochi", "Luna", "Biscuit"]), None), " and she is fat."]]]
    y = 364 - 50
    for para_ in body:
        parts = [x for ln in para_ for x in ln]
        full, fs = "".join(x if isinstance(x, str) else x[0] for x in parts), 36
        while lay.tw(full, hand, fs) > w - 190 - 50:
            fs *= 0.94
        lay.segs(190, y + (36 - fs), parts, hand, fs, ink)
        y += 128
    return _out(rng, lay, "homework")


def report_card(rng):
    p = person(rng)
    w, h = 1654, 2339
    lay = _paper_layer(rng, w, h)
    fb = pick(rng, SIGN)
    lay.d.rectangle([0, 0, w, 220], fill=(20, 60, 110))
    lay.text(80, 50, p["school"], fb, 64, (255, 255, 255), kind="SCHOOL")
    lay.text(80, 140, "End of Year Report 2025-26", "sans", 40, (220, 230, 240))
    y = 290
    for lab, val, kind in [("Pupil", p["full"], "PERSON"), ("Year group", p["year"], "AGE"),
                           ("Date of birth", p["dob"], "DATE_OF_BIRTH"), ("Class teacher", "Mr " + friend(rng).split()[-1], "PERSON"),
                           ("Attendance", f"{rng.randint(88, 100)}%", None)]:
        lay.text(80, y, lab, "sansb", 36, (40, 40, 40))
        lay.text(520, y, val, "sans", 36, (20, 20, 20), kind=kind)
        y += 70
    y += 40
    lay.d.rectangle([80, y, w - 80, y + 70], fill=(220, 230, 240))
    for x, t in [(100, "Subject"), (700, "Attainment"), (1100, "Effort")]:
        lay.text(x, y + 16, t, "sansb", 34, (20, 20, 20))
    y += 90
    for sub in ["English", "Mathematics", "Science", "History", "Art", "PE", "Music", "Computing"]:
        lay.text(100, y, sub, "sans", 34, (20, 20, 20))
        lay.text(700, y, pick(rng, ["Expected", "Exceeding", "Working towards"]), "sans", 34, (20, 20, 20))
        lay.text(1100, y, pick(rng, ["A", "B", "1", "2"]), "sans", 34, (20, 20, 20))
        lay.d.line([(80, y + 56), (w - 80, y + 56)], fill=(200, 200, 200))
        y += 72
    y += 40
    lay.segs(80, y, [(p["first"], "PERSON"), " has had a fantastic year and is a kind member of the class."], "serifi", 36, (30, 30, 30))
    lay.text(80, y + 50, "Keep reading every night!", "serifi", 36, (30, 30, 30))
    return _out(rng, lay, "report_card")


def card_pass(rng):
    """Library card or bus pass photographed on a table (always photo, big)."""
    p = person(rng)
    w, h = 1012, 638
    lay = make_layer(w, h)
    col = pick(rng, [(0, 102, 153), (200, 40, 60), (20, 120, 70), (90, 60, 150), (240, 170, 0)])
    lay.rrect([0, 0, w - 1, h - 1], 40, fill=(250, 250, 250, 255))
    lay.d.rounded_rectangle([0, 0, w - 1, 150], radius=40, fill=col)
    lay.d.rectangle([0, 100, w - 1, 150], fill=col)
    is_bus = rng.random() < 0.5
    town = p["town"]
    title = f"{town} Junior Bus Pass" if is_bus else f"{town} Libraries"
    b = lay.text(40, 40, title, "sansb", 52, (255, 255, 255))
    lay.add("LOCATION", town, (b[0], b[1], b[0] + lay.tw(town, "sansb", 52), b[3]))
    lay.d.rectangle([40, 190, 300, 520], fill=(200, 205, 215))
    lay.d.ellipse([110, 240, 230, 360], fill=(170, 175, 190))
    lay.d.rectangle([80, 380, 260, 520], fill=(170, 175, 190))
    y = 190
    rows = [("Name", p["full"], "PERSON"), ("DOB", p["dob"], "DATE_OF_BIRTH"),
            ("School" if is_bus else "Card no.", p["school"] if is_bus else f"2{rng.randint(10**9, 10**10 - 1)}", "SCHOOL" if is_bus else None),
            ("Valid to", pick(rng, ["07/2027", "31 Aug 2027"]), None)]
    for lab, val, kind in rows:
        lay.text(340, y, lab.upper(), "sans", 26, (110, 110, 110))
        lay.text(340, y + 32, val, "sansb", 38 if len(val) < 24 else 30, (20, 20, 20), kind=kind)
        y += 95
    W, H = pick(rng, PHOTO_SIZES)
    ph = textures.photo_with(rng, lay, W, H, textures.table, frac=0.7, max_angle=15, shear=rng.uniform(-0.1, 0.1))
    finish(ph, rng, blur=rng.choice([0, 0.8, 1.5]), noise=rng.choice([5, 9]), contrast=rng.choice([1.0, 0.85]))
    f, q = photo_fmt(rng)
    return Out(ph, f, q, "bus_pass" if is_bus else "library_card")


def certificate(rng):
    p = person(rng)
    w, h = 1754, 1240
    lay = _paper_layer(rng, w, h)
    col = pick(rng, [(150, 110, 20), (20, 70, 140), (120, 20, 60)])
    lay.d.rectangle([30, 30, w - 30, h - 30], outline=col, width=14)
    lay.d.rectangle([60, 60, w - 60, h - 60], outline=col, width=3)
    lay.text(w / 2, 130, "CERTIFICATE OF ACHIEVEMENT", "serifb", 76, col, anchor="ma")
    lay.text(w / 2, 290, "This is to certify that", "serifi", 44, (40, 40, 40), anchor="ma")
    lay.text(w / 2, 380, p["full"], pick(rng, ["serifbi", "sansbi", "libsi"]), 110, (20, 20, 20), anchor="ma", kind="PERSON")
    what = pick(rng, ["has completed 25 metres freestyle", "is Star of the Week", "won 1st place in the spelling bee"])
    lay.text(w / 2, 560, what, "serif", 48, (40, 40, 40), anchor="ma")
    b = lay.text(w / 2, 660, f"{p['year']}  -  {p['club'] if rng.random() < 0.5 else p['school']}", "serif", 44,
                 (40, 40, 40), anchor="ma")
    full = f"{p['year']}  -  "
    x0 = b[0]
    lay.add("AGE", p["year"], (x0, b[1], x0 + lay.tw(p["year"], "serif", 44), b[3]))
    xo = x0 + lay.tw(full, "serif", 44)
    txt_after = None
    for cand, kind in ((p["club"], "ORG"), (p["school"], "SCHOOL")):
        if lay.tw(full + cand, "serif", 44) <= (b[2] - b[0]) + 4:
            txt_after = (cand, kind)
            break
    if txt_after:
        lay.add(txt_after[1], txt_after[0], (xo, b[1], xo + lay.tw(txt_after[0], "serif", 44), b[3]))
    lay.text(300, 950, pick(rng, ["12 June 2026", "3 March 2026", "Nov 2026"]), "serif", 36, (40, 40, 40), anchor="ma")
    lay.text(w - 300, 950, "Mrs " + friend(rng).split()[-1], pick(rng, HAND), 48, (20, 30, 110), anchor="ma", kind="PERSON")
    lay.d.line([(150, 1010), (450, 1010)], fill=(60, 60, 60), width=2)
    lay.d.line([(w - 450, 1010), (w - 150, 1010)], fill=(60, 60, 60), width=2)
    return _out(rng, lay, "certificate")


def whiteboard(rng):
    p = person(rng)
    W, H = pick(rng, [(4032, 3024), (4000, 3000), (3000, 2000)])
    bg = textures.mottled(rng, W, H, (200, 196, 188), 10, 80, 6)
    sc = Scene(W, H, img=bg)
    m = int(W * 0.06)
    sc.d.rectangle([m, m, W - m, H - m], fill=(120, 120, 125))
    sc.d.rectangle([m + 30, m + 30, W - m - 30, H - m - 30], fill=(246, 248, 250))
    hand = pick(rng, HAND)
    cols = [(20, 60, 180), (200, 30, 30), (20, 120, 60), (20, 20, 20)]
    size = int(W / 45)
    x, y = m + 120, m + 110
    sc.segs(x, y, [pick(rng, ["Welcome back ", "Good morning ", "Today: "]), (p["year"], "AGE"), "!"], hand, size * 1.6, cols[0])
    y += size * 3
    items = [["Birthdays this week: ", (p["first"], "PERSON"), " & ", (friend(rng).split()[0], "PERSON")],
             ["Trip to ", (p["town"], "LOCATION"), " farm on Friday"],
             ["Helpers: ", (friend(rng), "PERSON")],
             ["Reading group: ", (p["full"], "PERSON")],
             [(p["club"], "ORG"), " after school - room 4"],
             ["Class blog: ", (f"{p['school'].split()[0].lower()}.school.example/{p['year'].replace(' ', '').lower()}", "URL")]]
    rng.shuffle(items)
    for it in items[:5]:
        sc.segs(x, y, it, hand, size, pick(rng, cols))
        y += size * 2.1
    finish(sc, rng, angle=rng.uniform(-5, 5), zoom=1.12, blur=rng.choice([0.8, 1.4]), noise=8,
           contrast=rng.choice([1.0, 0.8]))
    f, q = photo_fmt(rng)
    return Out(sc, f, q, "whiteboard")


SCENES = [permission_slip, homework, report_card, card_pass, certificate, whiteboard]


def render(i, rng):
    return SCENES[i % len(SCENES)](rng)
