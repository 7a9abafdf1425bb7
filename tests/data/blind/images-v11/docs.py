"""A4 documents: scanned (flat, slight skew, scanner noise) or photographed on a table."""
import math

from common import (Canvas, Surface, HAND, SANS, SANSB, SERIF, SERIFB, DISPLAY, font, paper, photo_bg, photo_finish,
                    scan_finish, pick, rint, runi, random_quad, try_place, wrap_spans, gradient, case_mix)
import data as D
from data import Kid

SCAN_SIZES = [(1240, 1754), (1654, 2339), (1488, 2105), (1275, 1650), (1700, 2200)]  # A4 150/200/180 dpi, Letter 150/200
PHOTO_SIZES = [(3000, 2000), (4032, 3024), (4000, 3000), (3024, 4032), (2000, 3000), (3000, 4000)]
INK = [(20, 40, 140), (15, 15, 20), (30, 30, 90), (60, 20, 110)]


def new_doc(rng, landscape=False):
    mode = "scan" if rng.random() < 0.68 else "photo"
    if mode == "scan":
        W, H = pick(rng, SCAN_SIZES)
    else:
        W, H = 1654, 2339
    if landscape:
        W, H = H, W
    tint = pick(rng, [(252, 252, 250), (250, 248, 240), (245, 245, 245), (255, 253, 245), (248, 246, 235)])
    s = Surface(W, H, paper(rng, W, H, tint))
    s.mode = mode
    return s, min(W, H) / 1240.0


def finish(rng, s):
    if s.mode == "scan":
        W, H = s.w, s.h
        c = Canvas(Surface(W, H, (236, 236, 234, 255)).img)
        for _ in range(30):
            ang = runi(rng, -2.0, 2.0)
            f = runi(rng, 0.95, 0.985)
            q = random_quad(rng, W / 2 + runi(rng, -8, 8), H / 2 + runi(rng, -8, 8), W * f, H * f, ang, 0)
            if c.place(s, q, shadow=0.15):
                break
        else:
            raise RuntimeError("scan place")
        c.img = scan_finish(rng, c.img, noise=runi(rng, 1.0, 3.5), blur=runi(rng, 0.2, 0.6))
        return c
    portrait_doc = s.h > s.w
    PW, PH = pick(rng, [p for p in PHOTO_SIZES if (p[1] > p[0]) == portrait_doc] if rng.random() < 0.8 else PHOTO_SIZES)
    c = Canvas(photo_bg(rng, PW, PH))

    def mk():
        fill = runi(rng, 0.78, 0.95)
        sc = min(PW * fill / s.w, PH * fill / s.h)
        return random_quad(rng, PW / 2 + runi(rng, -0.05, 0.05) * PW, PH / 2 + runi(rng, -0.05, 0.05) * PH,
                           s.w * sc, s.h * sc, runi(rng, -12, 12), 0.16)
    try_place(c, rng, s, mk, shadow=0.5)
    c.img = photo_finish(rng, c.img, light=runi(rng, 0.2, 0.5), noise=runi(rng, 2, 6), blur=runi(rng, 0.6, 1.4))
    return c


def hand(s, rng, x, y, txt, u, kind=None, size=30, ink=None):
    """Handwriting-like filled value, slightly tilted."""
    f = font(pick(rng, HAND), size * u * runi(rng, 0.9, 1.15))
    ink = ink or pick(rng, INK)
    ang = runi(rng, -2.5, 2.5)
    bb = f.getbbox(txt)
    w = bb[2] - bb[0]
    return s.text_rot(x + w / 2, y, txt, f, ink, ang, kind=kind)


def signature(s, rng, x, y, u, ink):
    pts = []
    for i in range(30):
        pts.append((x + i * 6 * u, y + math.sin(i * runi(rng, 0.5, 1.2)) * 14 * u * runi(rng, 0.5, 1.2)))
    s.d.line(pts, fill=ink, width=max(2, int(2.5 * u)), joint="curve")


def letterhead(s, rng, k, u, kind="SCHOOL", name=None):
    col = pick(rng, [(20, 60, 120), (120, 20, 40), (20, 100, 60), (60, 30, 100), (0, 0, 0)])
    s.d.ellipse((70 * u, 60 * u, 170 * u, 160 * u), outline=col, width=int(5 * u))
    s.d.polygon([(120 * u, 80 * u), (150 * u, 130 * u), (90 * u, 130 * u)], fill=col)
    name = name or k.school
    f = font(pick(rng, SERIFB + SANSB), 46 * u)
    s.text(200 * u, 70 * u, case_mix(rng, name, 0.4, 0.0) if kind == "SCHOOL" else name, f, col, kind=kind)
    line2 = [(k.addr2.split(",")[0] if False else "", None)]
    s.text(200 * u, 130 * u, pick(rng, ["Learning together, growing together", "Excellence · Respect · Kindness",
                                         "Office: Mon–Fri 8:00–4:00", "Ko te ako te mana", "Nurturing curious minds"]),
           font(pick(rng, SANS), 22 * u), (90, 90, 90))
    s.d.line((70 * u, 185 * u, s.w - 70 * u, 185 * u), fill=col, width=int(3 * u))
    return col


def field(s, rng, x, y, label, value, kind, u, lw=None, ink=None):
    f = font(pick(rng, ["dv", "ls", "fs"]), 24 * u)
    s.text(x, y, label, f, (30, 30, 30))
    lx = x + f.getlength(label) + 12 * u
    lw = lw or 520 * u
    s.d.line((lx, y + 30 * u, lx + lw, y + 30 * u), fill=(120, 120, 120), width=max(1, int(u)))
    if value:
        hand(s, rng, lx + 12 * u, y + 10 * u, value, u, kind, ink=ink)
    return y + 58 * u


def body(s, rng, x, y, text, u, maxw, size=24, fnt=None, col=(40, 40, 40)):
    f = fnt or font(pick(rng, SERIF + SANS), size * u)
    for ln in wrap_spans([(text, None)], f, maxw):
        s.spans(x, y, ln, f, col)
        y += f.size * 1.35
    return y


# ------------------------------------------------------------------ leaky
def permission_slip(rng):
    k = Kid(rng)
    s, u = new_doc(rng)
    letterhead(s, rng, k, u)
    y = 230 * u
    trip = pick(rng, ["the Science Museum", "the Zoo", "the Botanic Gardens", "the Aquarium", "a farm visit", "the Planetarium"])
    s.text(s.w / 2, y, pick(rng, ["PERMISSION SLIP", "Parental Consent Form", "Excursion Consent"]), font(pick(rng, SANSB), 40 * u), (0, 0, 0), anchor="ma")
    y += 80 * u
    s.text(100 * u, y, "Dear Parents and Carers,", font(pick(rng, SERIF), 25 * u), (40, 40, 40))
    y += 50 * u
    y = body(s, rng, 100 * u, y, f"Our class will be visiting {trip} on {pick(rng, ['Thursday', 'Friday', 'Tuesday'])} {rint(rng, 2, 28)} {pick(rng, D.MONTHS)}. "
             "Children should bring a packed lunch, a water bottle and a raincoat. The bus leaves at 9:15am and returns by 2:45pm. "
             "Please complete and return the slip below by Friday.", u, s.w - 200 * u)
    y += 20 * u
    s.spans(100 * u, y, [("Kind regards, ", None), (k.teacher, "PERSON")], font(pick(rng, SERIF), 25 * u), (40, 40, 40))
    y += 70 * u
    for x in range(int(60 * u), int(s.w - 60 * u), int(24 * u)):
        s.d.line((x, y, x + 12 * u, y), fill=(120, 120, 120), width=max(1, int(2 * u)))
    s.text(70 * u, y - 16 * u, "✂", font("dv", 28 * u), (90, 90, 90))
    y += 50 * u
    ink = pick(rng, INK)
    y = field(s, rng, 100 * u, y, "Child's name:", k.name if rng.random() < .7 else k.first, "PERSON", u, ink=ink)
    y = field(s, rng, 100 * u, y, "Class:", k.year, "AGE", u, 300 * u, ink=ink)
    if rng.random() < 0.5:
        y = field(s, rng, 100 * u, y, "Date of birth:", k.dob, "DATE_OF_BIRTH", u, 400 * u, ink=ink)
    y = field(s, rng, 100 * u, y, "Parent/Guardian:", f"{k.parent} {k.last}", "PERSON", u, ink=ink)
    y = field(s, rng, 100 * u, y, "Emergency contact no:", k.phone, "PHONE", u, ink=ink)
    if rng.random() < 0.5:
        y = field(s, rng, 100 * u, y, "Parent email:", k.email, "EMAIL", u, ink=ink)
    if rng.random() < 0.5:
        y = field(s, rng, 100 * u, y, "Medical info / allergies:", pick(rng, ["none", "asthma - has inhaler", "nut allergy", "hayfever"]), None, u, ink=ink)
    s.text(100 * u, y + 20 * u, "Signed:", font("dv", 24 * u), (30, 30, 30))
    signature(s, rng, 220 * u, y + 30 * u, u, ink)
    s.text(700 * u, y + 20 * u, "Date:", font("dv", 24 * u), (30, 30, 30))
    hand(s, rng, 790 * u, y + 30 * u, f"{rint(rng, 1, 28)}/{rint(rng, 1, 12)}", u, None, ink=ink)
    return finish(rng, s)


def registration_form(rng):
    k = Kid(rng)
    s, u = new_doc(rng)
    kind = pick(rng, ["sport", "medical", "club"])
    if kind == "medical":
        col = letterhead(s, rng, k, u, kind=None, name=pick(rng, ["Student Health Information", "Medical Consent Form", "Health & Allergy Form"]))
        sub = [(k.school, "SCHOOL"), (" – 2026/27", None)]
    else:
        col = letterhead(s, rng, k, u, kind="ORG", name=k.org)
        sub = [(pick(rng, ["Junior Member Registration 2026/27", "Player Registration Form", "New Member Form"]), None)]
    y = 220 * u
    s.spans(100 * u, y, sub, font(pick(rng, SANSB), 30 * u), col)
    y += 70 * u
    ink = pick(rng, INK)
    opts = [("Full name:", k.name, "PERSON"), ("Date of birth:", k.dob, "DATE_OF_BIRTH"), ("Age:", str(k.age), "AGE"),
            ("School:", k.school, "SCHOOL"), ("Home address:", k.addr1, "ADDRESS"), ("", k.addr2, "ADDRESS"),
            ("Parent phone:", k.phone, "PHONE"), ("Email:", k.email, "EMAIL"), ("School year:", k.year, "AGE"),
            ("Emergency contact:", f"{k.parent} {k.last}", "PERSON"), ("Training venue:", k.venue, "LOCATION")]
    n = rint(rng, 5, 7) - (1 if kind == "medical" else 0)
    keep = sorted(rng.permutation(len(opts))[:n])
    if 4 in keep and 5 not in keep and len(keep) < 7:
        keep = sorted(keep + [5])
    if 5 in keep and 4 not in keep:
        keep = [i for i in keep if i != 5]
    if kind == "medical":
        keep = [i for i in keep if i != 3]
    # the form shows all labels, filled in only where "keep"
    for i, (lab, val, kd) in enumerate(opts):
        if kind == "medical" and i == 3:
            continue
        if i == 5:
            y = field(s, rng, 100 * u, y - 6 * u, " " * 22, val if i in keep else "", kd, u, 700 * u, ink=ink)
            continue
        y = field(s, rng, 100 * u, y, lab, val if i in keep else "", kd, u, 640 * u, ink=ink)
    y += 20 * u
    s.text(100 * u, y, "Medical conditions (tick):", font(pick(rng, SANSB), 24 * u), (30, 30, 30))
    y += 44 * u
    for j, cond in enumerate(["Asthma", "Diabetes", "Epilepsy", "Allergies", "None"]):
        x = 100 * u + j * 200 * u
        s.d.rectangle((x, y, x + 26 * u, y + 26 * u), outline=(40, 40, 40), width=max(1, int(2 * u)))
        if rng.random() < 0.3:
            s.d.line((x + 4 * u, y + 14 * u, x + 11 * u, y + 22 * u, x + 24 * u, y + 2 * u), fill=ink, width=int(3 * u))
        s.text(x + 36 * u, y, cond, font("dv", 22 * u), (30, 30, 30))
    y += 70 * u
    y = body(s, rng, 100 * u, y, "I consent to my child taking part in club activities and to first aid being given if needed. "
             "Photos may be used on our noticeboard unless you tell us otherwise.", u, s.w - 200 * u, size=21)
    s.text(100 * u, y + 30 * u, "Parent signature:", font("dv", 24 * u), (30, 30, 30))
    signature(s, rng, 330 * u, y + 40 * u, u, ink)
    return finish(rng, s)


def report_card(rng):
    k = Kid(rng)
    s, u = new_doc(rng)
    letterhead(s, rng, k, u)
    y = 220 * u
    s.text(s.w / 2, y, pick(rng, ["End of Year Report", "TERM 2 REPORT", "Progress Report", "Student Report Card"]), font(pick(rng, SERIFB), 40 * u), (0, 0, 0), anchor="ma")
    y += 80 * u
    f = font(pick(rng, SANS), 25 * u)
    s.spans(100 * u, y, [("Student: ", None), (k.name, "PERSON")], f, (20, 20, 20))
    s.spans(700 * u, y, [("Class: ", None), (k.year, "AGE")], f, (20, 20, 20))
    y += 44 * u
    s.spans(100 * u, y, [("Teacher: ", None), (k.teacher, "PERSON")], f, (20, 20, 20))
    if rng.random() < 0.7:
        s.spans(700 * u, y, [("DOB: ", None), (k.dob, "DATE_OF_BIRTH")], f, (20, 20, 20))
    y += 44 * u
    ex = []
    if rng.random() < 0.6:
        ex += [("Parent email: ", None), (k.email, "EMAIL"), ("    ", None)]
    if rng.random() < 0.5:
        ex += [("Phone: ", None), (k.phone, "PHONE")]
    if ex:
        s.spans(100 * u, y, ex, font(pick(rng, SANS), 21 * u), (60, 60, 60))
    y += 50 * u
    subs = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "PE", "Languages", "Technology"]
    grades = ["A", "A-", "B+", "B", "C", "Excellent", "Good", "Developing", "Secure", "Working towards"]
    s.d.rectangle((100 * u, y, s.w - 100 * u, y + 44 * u), fill=(220, 225, 235))
    for j, h in enumerate(["Subject", "Effort", "Attainment"]):
        s.text(120 * u + j * 360 * u, y + 10 * u, h, font(pick(rng, SANSB), 24 * u), (20, 20, 20))
    y += 44 * u
    for sub in subs[:rint(rng, 6, 10)]:
        s.d.rectangle((100 * u, y, s.w - 100 * u, y + 44 * u), outline=(180, 180, 180))
        s.text(120 * u, y + 10 * u, sub, font("dv", 23 * u), (30, 30, 30))
        s.text(480 * u, y + 10 * u, str(rint(rng, 1, 4)), font("dv", 23 * u), (30, 30, 30))
        s.text(840 * u, y + 10 * u, pick(rng, grades), font("dv", 23 * u), (30, 30, 30))
        y += 44 * u
    y += 40 * u
    s.text(100 * u, y, "Teacher's comment:", font(pick(rng, SANSB), 24 * u), (20, 20, 20))
    y += 44 * u
    fc = font(pick(rng, HAND + SERIF), 24 * u)
    spans = [(k.first, "PERSON"), (pick(rng, [" has had a wonderful year and is a kind friend to others. ",
                                               " works hard in class and should keep reading every night. ",
                                               " has grown in confidence, especially in maths. "]), None),
             ("Attendance: ", None), (f"{rint(rng, 88, 100)}%", None)]
    for ln in wrap_spans(spans, fc, s.w - 200 * u):
        s.spans(100 * u, y, ln, fc, pick(rng, INK))
        y += 36 * u
    return finish(rng, s)


def timetable(rng):
    k = Kid(rng)
    s, u = new_doc(rng, landscape=rng.random() < 0.6)
    col = pick(rng, [(40, 90, 160), (160, 60, 60), (40, 130, 90), (110, 60, 150)])
    y = 60 * u
    s.spans(80 * u, y, [(k.year, "AGE"), (" Timetable – ", None), (k.teacher, "PERSON")], font(pick(rng, DISPLAY), 44 * u), col)
    y += 70 * u
    if rng.random() < 0.8:
        s.text(80 * u, y, k.school, font(pick(rng, SANS), 26 * u), (60, 60, 60), kind="SCHOOL")
    if rng.random() < 0.7:
        s.spans(s.w - 80 * u, y, [("Name: ", None), (k.first, "PERSON")], font(pick(rng, HAND), 30 * u), pick(rng, INK), anchor="ra")
    y += 50 * u
    extras = [[("After school: ", None), (k.org, "ORG"), (" (Wed 3:30)", None)], [("Mum's mobile: ", None), (k.phone, "PHONE")]]
    ex = [e for e in extras if rng.random() < 0.55]
    if ex:
        s.spans(80 * u, y, [t for e in ex for t in e + [("     ", None)]][:-1], font(pick(rng, HAND), 28 * u), pick(rng, INK))
        y += 50 * u
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    subs = ["Maths", "English", "Reading", "Science", "PE", "Art", "Music", "Assembly", "Library", "Spelling", "Topic", "Computing", "Te Reo", "Hindi", "Afrikaans", "Gaeilge"]
    times = ["8:50", "9:45", "10:40", "11:00", "12:00", "1:00", "2:00"]
    gx0, gx1, gy1 = 80 * u, s.w - 80 * u, s.h - 80 * u
    cw = (gx1 - gx0) / 6
    rh = (gy1 - y) / (len(times) + 1)
    for j, d in enumerate(["", *days]):
        s.d.rectangle((gx0 + j * cw, y, gx0 + (j + 1) * cw, y + rh), fill=col, outline=(255, 255, 255))
        s.text(gx0 + (j + 0.5) * cw, y + rh / 2, d, font("dvb", 24 * u), (255, 255, 255), anchor="mm")
    for i, t in enumerate(times):
        yy = y + (i + 1) * rh
        s.d.rectangle((gx0, yy, gx0 + cw, yy + rh), fill=(235, 235, 240), outline=(150, 150, 150))
        s.text(gx0 + cw / 2, yy + rh / 2, t, font("dv", 22 * u), (30, 30, 30), anchor="mm")
        for j in range(5):
            sub = "BREAK" if t == "10:40" else "LUNCH" if t == "12:00" else pick(rng, subs)
            fill = (255, 250, 220) if sub in ("BREAK", "LUNCH") else pick(rng, [(230, 242, 255), (235, 255, 235), (255, 235, 240), (250, 250, 250)])
            s.d.rectangle((gx0 + (j + 1) * cw, yy, gx0 + (j + 2) * cw, yy + rh), fill=fill, outline=(150, 150, 150))
            s.text(gx0 + (j + 1.5) * cw, yy + rh / 2, sub, font(pick(rng, SANS), 22 * u), (30, 30, 30), anchor="mm")
    return finish(rng, s)


def yearbook(rng):
    k = Kid(rng)
    s, u = new_doc(rng)
    col = pick(rng, [(30, 40, 90), (90, 20, 30), (20, 70, 60)])
    s.d.rectangle((0, 0, s.w, 200 * u), fill=col)
    s.text(s.w / 2, 60 * u, k.school, font(pick(rng, SERIFB), 50 * u), (255, 255, 255), kind="SCHOOL", anchor="ma")
    s.spans(s.w / 2, 130 * u, [("Class of 2026 · ", None), (k.year, "AGE")], font(pick(rng, SERIF), 32 * u), (230, 230, 230), anchor="ma")
    cols, rows = 3, 2
    gw = (s.w - 200 * u) / cols
    gh = (s.h - 420 * u) / rows
    names = [k.name] + k.friends
    for i in range(cols * rows):
        r, c = divmod(i, cols)
        x0, y0 = 100 * u + c * gw, 260 * u + r * gh
        base = pick(rng, [(180, 190, 205), (200, 185, 170), (170, 200, 180), (210, 200, 220)])
        s.img.paste(gradient(int(gw - 40 * u), int(gh - 200 * u), base, tuple(c - 40 for c in base)), (int(x0 + 20 * u), int(y0)))
        # placeholder: simple landscape motif (no faces)
        px, py = x0 + 20 * u, y0
        s.d.polygon([(px, py + gh - 200 * u), (px + (gw - 40 * u) * 0.4, py + (gh - 200 * u) * 0.55), (px + gw - 40 * u, py + gh - 200 * u)], fill=tuple(c - 60 for c in base))
        s.d.ellipse((px + (gw - 40 * u) * 0.65, py + 30 * u, px + (gw - 40 * u) * 0.65 + 50 * u, py + 80 * u), fill=(250, 240, 200))
        nm = names[i] if rng.random() < 0.8 else names[i].split()[0]
        if not s.room(1) or i >= 4 + rint(rng, 0, 1):
            nm = None
        if nm:
            s.text(x0 + gw / 2, y0 + gh - 180 * u, nm, font(pick(rng, SANSB + SERIFB), 28 * u), (20, 20, 20), kind="PERSON", anchor="ma")
        if nm and rng.random() < 0.25 and s.room(1):
            s.spans(x0 + gw / 2, y0 + gh - 130 * u, [("b. ", None), (D.dob(rng, k.c, k.age), "DATE_OF_BIRTH")], font(pick(rng, HAND), 22 * u), (80, 80, 80), anchor="ma")
        else:
            s.text(x0 + gw / 2, y0 + gh - 130 * u, pick(rng, ["\"Always smiling\"", "Most likely to be an astronaut", "Best laugh", "Future chef", "Loves dinosaurs", "Class comedian"]),
                   font(pick(rng, HAND), 22 * u), (80, 80, 80), anchor="ma")
    s.text(s.w / 2, s.h - 90 * u, f"— {rint(rng, 12, 48)} —", font("dvs", 24 * u), (100, 100, 100), anchor="ma")
    return finish(rng, s)


def club_flyer(rng):
    k = Kid(rng)
    s, u = new_doc(rng)
    bgc = pick(rng, [(255, 240, 200), (220, 240, 255), (230, 255, 230), (255, 228, 235), (255, 255, 255)])
    s.d.rectangle((30 * u, 30 * u, s.w - 30 * u, s.h - 30 * u), fill=bgc)
    col = pick(rng, [(200, 40, 40), (20, 80, 160), (30, 120, 60), (140, 40, 140), (230, 120, 0)])
    y = 90 * u
    s.text(s.w / 2, y, k.org.upper() if rng.random() < .5 else k.org, font(pick(rng, DISPLAY), 64 * u), col, kind="ORG", anchor="ma")
    y += 110 * u
    s.text(s.w / 2, y, pick(rng, ["NEW MEMBERS WELCOME!", "Join us this term!", "Open Day – all ages", "Free taster session"]), font(pick(rng, SANSB), 44 * u), (30, 30, 30), anchor="ma")
    y += 100 * u
    for i in range(rint(rng, 4, 9)):
        x, yy = runi(rng, 100, 1100) * u, runi(rng, 300, 700) * u
        s.d.ellipse((x, yy, x + 40 * u, yy + 40 * u), fill=pick(rng, [(255, 200, 0), (0, 180, 220), (240, 80, 120)]))
    y = 760 * u
    f = font(pick(rng, SANS), 30 * u)
    s.text(120 * u, y, f"Every {pick(rng, ['Saturday', 'Tuesday', 'Wednesday', 'Sunday'])}, {rint(rng, 3, 6)}–{rint(rng, 7, 8)}pm", f, (30, 30, 30))
    y += 56 * u
    s.spans(120 * u, y, [("Where: ", None), (k.venue, "LOCATION")], f, (30, 30, 30))
    y += 56 * u
    s.spans(120 * u, y, [("Ages ", None), (f"{k.age - 2}–{k.age + 2}", "AGE")], f, (30, 30, 30))
    y += 56 * u
    s.spans(120 * u, y, [("Contact ", None), (f"{k.parent} {k.last}", "PERSON"), (" (coach)", None)], f, (30, 30, 30))
    y += 56 * u
    s.spans(120 * u, y, [("Call/text: ", None), (k.phone, "PHONE")], font(pick(rng, SANSB), 34 * u), col)
    y += 70 * u
    if rng.random() < 0.75:
        s.text(120 * u, y, k.email, f, (30, 30, 30), kind="EMAIL")
        y += 56 * u
    if rng.random() < 0.5:
        s.text(120 * u, y, f"instagram.com/{k.handle2}", f, (30, 30, 30), kind="URL")
        y += 56 * u
    if rng.random() < 0.9:
        choice = rint(rng, 0, 3)
        pd = D.phone_digits(k.phone)
        if choice == 0:
            pl, lk = f"https://wa.me/{pd.lstrip('+')}", ("PHONE", pd.lstrip("+"))
        elif choice == 1:
            pl, lk = f"https://discord.gg/{k.handle.replace('.', '')[:10]}{rint(rng, 10, 99)}", None
            lk = ("URL", pl)
        elif choice == 2:
            pl, lk = f"mailto:{k.email}", ("EMAIL", k.email)
        else:
            pl, lk = f"sms:{pd}", ("PHONE", pd)
        qs = 330 * u
        mod = max(4, int(qs / 41))
        s.qr(s.w - 130 * u - qs, s.h - 200 * u - qs, pl, mod, leak=lk, border=3)
        s.text(s.w - 130 * u - qs / 2, s.h - 150 * u, "Scan to sign up", font("dvb", 26 * u), (30, 30, 30), anchor="ma")
    return finish(rng, s)


def certificate(rng):
    k = Kid(rng)
    s, u = new_doc(rng, landscape=True)
    col = pick(rng, [(150, 110, 20), (20, 60, 120), (120, 20, 40), (30, 100, 60)])
    for i, m in enumerate([40, 60]):
        s.d.rectangle((m * u, m * u, s.w - m * u, s.h - m * u), outline=col, width=int((8 - i * 5) * u))
    y = 150 * u
    s.text(s.w / 2, y, pick(rng, ["Certificate of Achievement", "CERTIFICATE OF MERIT", "Star of the Week", "Award of Excellence"]),
           font(pick(rng, ["frbi", "dvsbi", "lrbi", "frb"]), 80 * u), col, anchor="ma")
    y += 160 * u
    s.text(s.w / 2, y, "This certificate is proudly presented to", font(pick(rng, SERIF), 32 * u), (60, 60, 60), anchor="ma")
    y += 80 * u
    s.text(s.w / 2, y, k.name, font(pick(rng, ["fri", "lri", "dvsi", "frbi"]), 84 * u), (20, 20, 20), kind="PERSON", anchor="ma")
    y += 140 * u
    s.spans(s.w / 2, y, [(f"for {pick(rng, ['outstanding effort in', 'excellence in', 'kindness and teamwork in', 'completing'])} ", None),
                         (pick(rng, ["Reading Challenge", "Mathematics", "the 50m freestyle", "Spelling Bee", "Science Fair"]), None)],
            font(pick(rng, SERIF), 32 * u), (60, 60, 60), anchor="ma")
    y += 70 * u
    src = pick(rng, [("SCHOOL", k.school), ("ORG", k.org), ("ORG", k.org)])
    s.spans(s.w / 2, y, [(src[1], src[0]), (", ", None), (k.year, "AGE") if src[0] == "SCHOOL" else (pick(rng, D.MONTHS) + " 2026", None)],
            font(pick(rng, SERIFB), 30 * u), col, anchor="ma")
    if rng.random() < 0.5:
        s.spans(s.w / 2, y + 60 * u, [("presented at ", None), (k.venue, "LOCATION")], font(pick(rng, SERIF), 26 * u), (80, 80, 80), anchor="ma")
    s.d.line((300 * u, s.h - 200 * u, 700 * u, s.h - 200 * u), fill=(60, 60, 60), width=int(2 * u))
    signature(s, rng, 360 * u, s.h - 230 * u, u, (20, 20, 80))
    s.text(500 * u, s.h - 185 * u, k.teacher, font(pick(rng, SERIF), 26 * u), (60, 60, 60), kind="PERSON", anchor="ma")
    s.d.ellipse((s.w - 520 * u, s.h - 360 * u, s.w - 300 * u, s.h - 140 * u), fill=(220, 170, 40), outline=(180, 130, 20), width=int(6 * u))
    s.text(s.w - 410 * u, s.h - 250 * u, "★", font("dv", 110 * u), (255, 240, 180), anchor="mm")
    return finish(rng, s)


def invitation(rng):
    k = Kid(rng)
    s, u = new_doc(rng, landscape=rng.random() < 0.4)
    c1 = pick(rng, [(255, 200, 220), (200, 230, 255), (255, 240, 180), (210, 250, 210), (230, 210, 255)])
    s.d.rectangle((0, 0, s.w, s.h), fill=c1)
    for i in range(14):
        x, y = rng.random() * s.w, rng.random() * s.h * 0.25
        r = runi(rng, 30, 60) * u
        cc = pick(rng, [(240, 60, 90), (60, 140, 240), (250, 200, 30), (120, 200, 80)])
        s.d.ellipse((x - r, y - r * 1.2, x + r, y + r * 1.2), fill=cc)
        s.d.line((x, y + r * 1.2, x + runi(rng, -20, 20) * u, y + r * 3.5), fill=(90, 90, 90), width=int(2 * u))
    y = s.h * 0.3
    s.text(s.w / 2, y, pick(rng, ["You're Invited!", "PARTY TIME!", "Come celebrate with"]), font(pick(rng, ["frbi", "dvsbi", "lsbi", "fsbo"]), 80 * u), (80, 30, 90), anchor="ma")
    y += 130 * u
    s.spans(s.w / 2, y, [(k.first.upper() if rng.random() < .5 else k.first, "PERSON"), ("'s ", None)], font(pick(rng, DISPLAY), 96 * u), (200, 40, 90), anchor="ma")
    y += 130 * u
    age = k.age
    ordn = f"{age}{'st' if age % 10 == 1 and age != 11 else 'nd' if age % 10 == 2 and age != 12 else 'rd' if age % 10 == 3 and age != 13 else 'th'}"
    s.spans(s.w / 2, y, [(ordn, "AGE"), (" Birthday Party", None)], font(pick(rng, DISPLAY), 70 * u), (40, 40, 120), anchor="ma")
    y += 130 * u
    f = font(pick(rng, SANS + SERIF), 36 * u)
    s.text(s.w / 2, y, f"{pick(rng, ['Saturday', 'Sunday'])} {rint(rng, 1, 28)} {pick(rng, D.MONTHS)}, {rint(rng, 10, 3 + 10)}:00 – {rint(rng, 1, 5)}:00pm", f, (30, 30, 30), anchor="ma")
    y += 64 * u
    if rng.random() < 0.5:
        s.text(s.w / 2, y, k.addr1 + ", " + k.suburb, f, (30, 30, 30), kind="ADDRESS", anchor="ma")
    else:
        s.text(s.w / 2, y, k.venue, f, (30, 30, 30), kind="LOCATION", anchor="ma")
    y += 64 * u
    s.spans(s.w / 2, y, [("RSVP ", None), (k.parent, "PERSON"), (" on ", None), (k.phone, "PHONE")], f, (30, 30, 30), anchor="ma")
    if rng.random() < 0.45:
        y += 64 * u
        al = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        link = "forms.gle/" + "".join(al[rint(rng, 0, len(al) - 1)] for _ in range(10))
        s.spans(s.w / 2, y, [("or online: ", None), (link, "URL")], f, (30, 30, 30), anchor="ma")
    if rng.random() < 0.55 and s.h > s.w:
        qs = 260 * u
        pd = D.phone_digits(k.phone)
        pl, lk = pick(rng, [(f"tel:{pd}", ("PHONE", pd)), (f"https://wa.me/{pd.lstrip('+')}", ("PHONE", pd.lstrip("+"))),
                            (f"{k.name}\n{k.addr1}\n{k.addr2}", ("ADDRESS", f"{k.name}\n{k.addr1}\n{k.addr2}"))])
        s.qr(s.w / 2 - qs / 2, y + 90 * u, pl, max(4, int(qs / 41)), leak=lk, border=3)
    return finish(rng, s)


# ------------------------------------------------------------------ clean docs
def worksheet(rng):
    s, u = new_doc(rng)
    col = (30, 30, 30)
    s.text(100 * u, 80 * u, pick(rng, ["Multiplication Practice", "Fractions Quiz", "Times Tables Challenge", "Spelling Test – Week 7", "Word Problems"]),
           font(pick(rng, SANSB + SERIFB), 46 * u), col)
    s.text(100 * u, 150 * u, "Name: ______________________    Date: ____________", font("dv", 24 * u), col)
    s.text(100 * u, 200 * u, f"Score: ____ / {rint(rng, 10, 30)}", font("dv", 24 * u), col)
    y = 280 * u
    f = font(pick(rng, SANS + SERIF), 30 * u)
    for i in range(rint(rng, 10, 16)):
        a, b = rint(rng, 2, 12), rint(rng, 2, 12)
        q = pick(rng, [f"{a} × {b} = ______", f"{a * b} ÷ {b} = ______", f"{a}/{b + a} + 1/{b + a} = ______",
                       f"{a * 11} + {b * 7} = ______", f"Round {a * 137} to the nearest 100: ______"])
        s.text(100 * u + (i % 2) * 540 * u, y + (i // 2) * 80 * u, f"{i + 1}.  {q}", f, col)
        if rng.random() < 0.4:
            s.text(330 * u + (i % 2) * 540 * u, y + (i // 2) * 80 * u - 6 * u, str(rint(rng, 4, 140)), font(pick(rng, HAND), 34 * u), pick(rng, INK))
    y += 9 * 80 * u
    s.text(100 * u, y, f"Due: {rint(rng, 1, 28)}/{rint(rng, 1, 12)}/2026  ·  Page {rint(rng, 1, 4)} of 4", font("dvo", 22 * u), (90, 90, 90))
    return finish(rng, s)


def recipe_card(rng):
    s, u = new_doc(rng, landscape=True)
    dish = pick(rng, ["Banana Bread", "Pancakes", "Vegetable Soup", "Chocolate Chip Cookies", "Lemon Drizzle Cake", "Anzac Biscuits", "Dal Tadka"])
    s.d.rectangle((0, 0, s.w, 150 * u), fill=pick(rng, [(200, 80, 60), (60, 140, 90), (230, 170, 40)]))
    s.text(80 * u, 40 * u, dish, font(pick(rng, DISPLAY), 70 * u), (255, 255, 255))
    s.text(s.w - 80 * u, 60 * u, f"Serves {rint(rng, 2, 8)} · {rint(rng, 20, 90)} min", font("dv", 28 * u), (255, 255, 255), anchor="ra")
    y = 210 * u
    s.text(80 * u, y, "Ingredients", font(pick(rng, SANSB), 36 * u), (30, 30, 30))
    s.text(s.w / 2, y, "Method", font(pick(rng, SANSB), 36 * u), (30, 30, 30))
    ing = ["2 cups flour", "1 tsp baking soda", "3 ripe bananas", "100g butter", "2 eggs", "1/2 cup sugar", "pinch of salt", "1 cup milk", "1 tbsp oil", "200g lentils"]
    f = font(pick(rng, SANS + SERIF + HAND), 28 * u)
    for i, t in enumerate(ing[:rint(rng, 5, 9)]):
        s.text(100 * u, y + 70 * u + i * 48 * u, "• " + t, f, (40, 40, 40))
    steps = ["Preheat oven to 180°C.", "Mix the dry ingredients.", "Add the wet ingredients and stir.", "Pour into a tin.", "Bake for 40 minutes.", "Cool before slicing."]
    yy = y + 70 * u
    for i, t in enumerate(steps):
        yy = body(s, rng, s.w / 2, yy, f"{i + 1}. {t}", u, s.w / 2 - 100 * u, size=28, fnt=f)
        yy += 10 * u
    return finish(rng, s)


def menu(rng):
    s, u = new_doc(rng)
    s.d.rectangle((0, 0, s.w, s.h), fill=pick(rng, [(30, 30, 35), (250, 245, 230), (245, 250, 245)]))
    dark = s.img.getpixel((10, 10))[0] < 100
    fg = (240, 230, 210) if dark else (30, 30, 30)
    name = pick(rng, ["The Corner Café", "Spice Route", "Harbour Kitchen", "Bella Napoli", "Green Bowl"])
    s.text(s.w / 2, 100 * u, name, font(pick(rng, ["frbi", "dvsbi", "lrbi", "dvb"]), 80 * u), fg, anchor="ma")
    s.text(s.w / 2, 210 * u, "MENU", font(pick(rng, SANSB), 40 * u), fg, anchor="ma")
    y = 320 * u
    f = font(pick(rng, SERIF + SANS), 32 * u)
    cur = pick(rng, ["£", "$", "€", "R", "₹"])
    for dish, price in [D.DISHES[i] for i in rng.permutation(len(D.DISHES))[:12]]:
        s.text(150 * u, y, dish, f, fg)
        s.text(s.w - 150 * u, y, f"{cur}{price}", f, fg, anchor="ra")
        y += 100 * u
    s.text(s.w / 2, s.h - 120 * u, "Open daily 8am – 10pm · Free Wi-Fi", font("dvo", 24 * u), fg, anchor="ma")
    return finish(rng, s)


def public_timetable(rng):
    s, u = new_doc(rng, landscape=True)
    col = pick(rng, [(0, 90, 160), (200, 30, 40), (0, 130, 80)])
    s.d.rectangle((0, 0, s.w, 140 * u), fill=col)
    s.text(60 * u, 35 * u, f"Route {rint(rng, 1, 99)} · {pick(rng, ['City Centre – Airport', 'Central Station – University', 'Harbour – Stadium'])}", font("dvb", 52 * u), (255, 255, 255))
    stops = ["Central Station", "Town Hall", "Museum", "Hospital", "University", "Park & Ride", "Airport", "Stadium"]
    y = 200 * u
    cw = (s.w - 400 * u) / 8
    for i, st in enumerate(stops):
        s.text(60 * u, y + i * 90 * u, st, font("dv", 30 * u), (30, 30, 30))
        base = 6 * 60 + rint(rng, 0, 20) + i * 4
        for j in range(8):
            t = base + j * 30
            s.text(400 * u + j * cw, y + i * 90 * u, f"{t // 60:02d}:{t % 60:02d}", font("dvm", 28 * u), (30, 30, 30))
    s.text(60 * u, s.h - 100 * u, "Timetable valid from 1 September 2026. Mon–Fri except public holidays.", font("dvo", 24 * u), (80, 80, 80))
    return finish(rng, s)
