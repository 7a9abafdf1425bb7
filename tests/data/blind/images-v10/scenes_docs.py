"""Paper documents: permission slips, registration forms, report cards, timetables, yearbooks,
certificates, invitations, flyers, lost-pet posters. Rendered as A4 scans or as photos of paper."""
import math

import numpy as np
from PIL import Image, ImageDraw

import data as D
from common import (Flat, Photo, font, rgb, mix, tcase, paper, texture, camera, scanner, quad_from,
                    SANS, SANS_B, SERIF, SERIF_B, HAND)

INK = [(20, 40, 140), (25, 25, 30), (10, 60, 160), (60, 20, 120)]


def make_page(ctx, aspect=297 / 210, tone=None, lined=False, card=False):
    """A paper Flat sized for the output: full scan page, or a page to be photographed.
    aspect = height / width. Landscape A4 documents turn the scan landscape; cards sit on the scanner bed."""
    W, H = ctx.size
    rng = ctx.rng
    if getattr(ctx, "as_photo", False):
        if W > H:
            ph = int(H * rng.uniform(0.78, 0.92))
            pw = int(ph / aspect)
            if pw > W * 0.9:
                pw = int(W * 0.9)
                ph = int(pw * aspect)
        else:
            pw = int(W * rng.uniform(0.75, 0.9))
            ph = int(pw * aspect)
            if ph > H * 0.9:
                ph = int(H * 0.9)
                pw = int(ph / aspect)
    elif card:
        pw = int(W * 0.72)
        ph = int(pw * aspect)
        if ph > H * 0.92:
            ph = int(H * 0.92)
            pw = int(ph / aspect)
    else:
        if aspect < 1:
            ctx.size = (H, W)
            W, H = H, W
        pw, ph = W, H
    fl = Flat(pw, ph, paper(rng, ctx.np, pw, ph, tone=tone, lined=lined))
    fl.u = pw / 210.0  # px per mm
    return fl


def pt(fl, points):
    return points * 0.3528 * fl.u


def present(ctx, page, bg_kind=None, max_angle=14):
    """Scan or photo of a page Flat; returns Photo."""
    rng = ctx.rng
    W, H = ctx.size
    if not getattr(ctx, "as_photo", False):
        bg = Image.new("RGB", (W, H), rng.choice([(236, 236, 236), (250, 250, 250), (225, 225, 228)]))
        ph = Photo(bg)
        sc = rng.uniform(0.96, 1.0)
        q = quad_from(W / 2 + rng.uniform(-8, 8), H / 2 + rng.uniform(-8, 8), page.w * sc, page.h * sc, rng.uniform(-1.5, 1.5))
        ph.place(page, q, shadow=0.12, shadow_off=(0.002, 0.003))
        ph.img = scanner(ph.img, rng, ctx.np)
        return ph
    bg = texture(rng, ctx.np, bg_kind or rng.choice(["wood", "table", "table", "fabric", "carpet", "wood"]), W, H)
    ph = Photo(bg)
    ang = rng.uniform(-max_angle, max_angle)
    kx, ky = rng.uniform(-0.12, 0.12), rng.uniform(-0.15, 0.15)
    # fit inside frame after rotation
    a = math.radians(abs(ang))
    bw = page.w * math.cos(a) + page.h * math.sin(a)
    bh = page.w * math.sin(a) + page.h * math.cos(a)
    sc = min(1.0, 0.96 * W / bw, 0.96 * H / bh)
    cx = W / 2 + rng.uniform(-1, 1) * max(0, (W - bw * sc) / 2 - 10)
    cy = H / 2 + rng.uniform(-1, 1) * max(0, (H - bh * sc) / 2 - 10)
    q = quad_from(cx, cy, page.w * sc, page.h * sc, ang, (kx, ky))
    ph.place(page, q, shadow=rng.uniform(0.25, 0.5))
    ph.img = camera(ph.img, rng, ctx.np, blur=(0.5, 1.6), noise=(2, 6), light=0.35)
    return ph


def header_band(fl, rng, title, kind, sub=None, color=None):
    u = fl.u
    color = color or rng.choice([(20, 60, 120), (120, 20, 40), (20, 100, 60), (80, 40, 120), (0, 0, 0)])
    # crest
    cx, cy = 22 * u, 24 * u
    fl.draw.polygon([(cx - 8 * u, cy - 9 * u), (cx + 8 * u, cy - 9 * u), (cx + 8 * u, cy + 2 * u), (cx, cy + 10 * u), (cx - 8 * u, cy + 2 * u)], fill=color)
    fl.star(cx, cy - 1 * u, 4 * u, (240, 200, 60))
    f = font(rng.choice(SERIF_B + SANS_B), pt(fl, rng.choice([18, 20, 22])))
    fl.text((36 * u, 14 * u), title, f, color, kind=kind)
    if sub:
        fl.text((36 * u, 14 * u + f.size * 1.3), sub[0], font(rng.choice(SANS), pt(fl, 9.5)), (80, 80, 80), kind=sub[1])
    fl.draw.line([(15 * u, 38 * u), (195 * u, 38 * u)], fill=color, width=max(2, int(0.6 * u)))
    return color


class Budget:
    def __init__(self, n):
        self.n, self.c = n, 0

    def take(self, k=1):
        if self.c + k <= self.n:
            self.c += k
            return True
        return False

    def reserve(self, k):
        """Hold k leaks back for an element drawn later (e.g. a QR code); returns True if reserved."""
        if self.n - self.c >= k:
            self.n -= k
            return True
        return False

    def release(self, k):
        self.n += k


def field(fl, x, y, label, value, kind, bud, lf, vf, ink, line_to=None, handwritten=True):
    """'Label: ____value____' on a line. Returns y of next line."""
    fl.text((x, y), label, lf, (30, 30, 30))
    lx = x + lf.getlength(label) + 2 * fl.u
    x1 = line_to or (195 * fl.u)
    base = y + lf.size * 1.05
    fl.draw.line([(lx, base), (x1, base)], fill=(120, 120, 120), width=max(1, int(0.25 * fl.u)))
    if value and bud.take():
        fl.text((lx + 2 * fl.u, base - vf.size * 1.1), value, vf, ink, kind=kind)
    elif value and handwritten is not None and ctx_rng_holder[0].random() < 0.3:
        pass
    return y + max(lf.size, vf.size) * 1.9


ctx_rng_holder = [None]


def signature(fl, x, y, w, rng, ink):
    pts = []
    for i in range(30):
        t = i / 29
        pts.append((x + t * w, y + math.sin(t * rng.uniform(8, 16)) * w * 0.06 + rng.uniform(-1, 1) * w * 0.02))
    fl.draw.line(pts, fill=ink, width=max(2, int(w / 120)), joint="curve")


# ----------------------------------------------------------------- permission slip
def scene_permission_slip(ctx):
    rng = ctx.rng
    ctx_rng_holder[0] = rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    fl = make_page(ctx)
    u = fl.u
    kd = "SCHOOL" if bud.take() else "SKIP"
    col = header_band(fl, rng, k.school if kd else "School Office", kd,
                      sub=(f"{k.suburb}, {k.city}", "LOCATION") if bud.n - bud.c > 3 and bud.take() else None)
    body = font(rng.choice(SERIF + SANS), pt(fl, 11))
    y = 48 * u
    fl.text((15 * u, y), rng.choice(["12 November 2026", "Monday 30 November", "4 December 2026", "18/11/2026"]), body, (30, 30, 30))
    y += 12 * u
    if bud.take():
        fl.runs((15 * u, y), [("Dear Parents and Carers of ", None), (k.year_label, "AGE"), (",", None)], body, (30, 30, 30))
    else:
        fl.text((15 * u, y), "Dear Parents and Carers,", body, (30, 30, 30))
    y += 10 * u
    trip = rng.choice(["the Science Museum", "the city aquarium", "Botanic Gardens", "the Natural History Museum", "a local farm", "the planetarium"])
    txt = (f"We are planning an educational visit to {trip} as part of our topic work this term. "
           f"Children will travel by coach and should bring a packed lunch, a water bottle and a waterproof coat. "
           f"The cost of the trip is {rng.choice(['$15', '£12.50', '€10', 'R120', 'Rs 450', 'NZ$18'])}. Please return the slip below by Friday.")
    _, hh, _ = fl.paragraph((15 * u, y), [(txt, None)], body, (30, 30, 30), 180 * u, int(body.size * 1.45))
    y += hh + 8 * u
    fl.text((15 * u, y), "Yours sincerely,", body, (30, 30, 30))
    y += 9 * u
    teacher = D.Kid(rng, k.country)
    signature(fl, 15 * u, y + 4 * u, 40 * u, rng, (20, 20, 60))
    y += 12 * u
    tn = rng.choice(["Ms", "Mr", "Mrs"]) + " " + teacher.first[0] + ". " + teacher.last
    fl.text((15 * u, y), tn, body, (30, 30, 30), kind="PERSON" if bud.take() else "SKIP")
    y += 8 * u
    fl.text((15 * u, y), rng.choice(["Class Teacher", "Head of Year", "Trip Coordinator"]), body, (90, 90, 90))
    y += 14 * u
    # tear-off
    for x in range(int(10 * u), int(200 * u), int(4 * u)):
        fl.draw.line([(x, y), (x + 2 * u, y)], fill=(120, 120, 120), width=max(1, int(0.3 * u)))
    fl.text((100 * u, y + 3 * u), "PERMISSION SLIP", font("sans_b", pt(fl, 12)), (20, 20, 20), anchor="ma")
    y += 14 * u
    lf = font(rng.choice(SANS), pt(fl, 10.5))
    hf = font(rng.choice(HAND), pt(fl, rng.choice([13, 14, 15])))
    ink = rng.choice(INK)
    y = field(fl, 15 * u, y, "Child's name:", tcase(rng, k.full, (6, 3, 1)), "PERSON", bud, lf, hf, ink, 120 * u)
    fl.text((125 * u, y - lf.size * 1.9), "Class:", lf, (30, 30, 30))
    if bud.take():
        fl.text((140 * u, y - lf.size * 1.9 - hf.size * 0.1), rng.choice([k.year_label, k.year_label.replace("Year ", "Y").replace("Grade ", "Gr ")]), hf, ink, kind="AGE")
    y = field(fl, 15 * u, y, "Date of birth:", k.dob(rng.choice(["num", "short"])), "DATE_OF_BIRTH", bud, lf, hf, ink, 120 * u)
    y = field(fl, 15 * u, y, "Parent/Carer name:", f"{k.parent_first} {k.last}", "PERSON", bud, lf, hf, ink)
    y = field(fl, 15 * u, y, "Emergency contact number:", k.parent_phone, "PHONE", bud, lf, hf, ink)
    y = field(fl, 15 * u, y, "Home address:", k.address("short"), "ADDRESS", bud, lf, hf, ink)
    if bud.n - bud.c > 0:
        y = field(fl, 15 * u, y, "Email:", k.email(), "EMAIL", bud, lf, hf, ink)
    fl.text((15 * u, y), "Signed:", lf, (30, 30, 30))
    signature(fl, 35 * u, y + 3 * u, 45 * u, rng, ink)
    return present(ctx, fl)


# ----------------------------------------------------------------- registration form
def scene_registration_form(ctx):
    rng = ctx.rng
    ctx_rng_holder[0] = rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    want_qr = rng.random() < 0.5 and bud.reserve(1)
    fl = make_page(ctx)
    u = fl.u
    sport = rng.choice(["Football", "Netball", "Swimming", "Hockey", "Cricket", "Basketball", "Rugby", "Athletics"])
    org = k.org
    col = header_band(fl, rng, org if bud.take() else f"Junior {sport} Club", "ORG" if bud.c else None,
                      sub=(f"{sport} registration & medical form 2026/27", None))
    if fl.leaks and fl.leaks[-1][0] is None:
        pass
    lf = font(rng.choice(SANS), pt(fl, 9.5))
    hand = rng.random() < 0.6
    vf = font(rng.choice(HAND) if hand else rng.choice(["mono", "lmono", "fmono"]), pt(fl, 12 if hand else 10.5))
    ink = rng.choice(INK) if hand else (20, 20, 20)
    y = 46 * u
    fl.rrect([15 * u, y, 195 * u, y + 8 * u], 0, mix(col, (255, 255, 255), 0.8))
    fl.text((18 * u, y + 1.5 * u), "PLAYER DETAILS", font("sans_b", pt(fl, 10)), col)
    y += 12 * u
    rows = [("Full name", tcase(rng, k.full, (5, 4, 1)), "PERSON"), ("Date of birth", k.dob(rng.choice(["num", "num", "short"])), "DATE_OF_BIRTH"),
            ("Age group", f"U{min(18, k.age + 1)}", "AGE"), ("School", k.school, "SCHOOL"), ("Home address", k.address_lines()[0], "ADDRESS"),
            ("", k.address_lines()[1] if len(k.address_lines()) > 1 else "", "ADDRESS"),
            ("Parent/guardian", f"{k.parent_first} {k.last}", "PERSON"), ("Mobile", k.parent_phone, "PHONE"), ("Email", k.email(), "EMAIL"),
            ("Doctor / GP", "Dr " + D.Kid(rng, k.country).last, "PERSON")]
    for lab, val, kd in rows:
        fl.draw.rectangle([15 * u, y, 195 * u, y + 11 * u], outline=(90, 90, 90), width=max(1, int(0.25 * u)))
        fl.draw.line([(60 * u, y), (60 * u, y + 11 * u)], fill=(90, 90, 90), width=max(1, int(0.25 * u)))
        fl.text((17 * u, y + 2.5 * u), lab, lf, (40, 40, 40))
        if val and bud.n - bud.c > (1 if kd == "PERSON" and lab == "Full name" else 0) and bud.take():
            fl.text((63 * u, y + 1.5 * u), val, vf, ink, kind=kd)
        y += 11 * u
    y += 6 * u
    fl.rrect([15 * u, y, 195 * u, y + 8 * u], 0, mix(col, (255, 255, 255), 0.8))
    fl.text((18 * u, y + 1.5 * u), "MEDICAL INFORMATION", font("sans_b", pt(fl, 10)), col)
    y += 12 * u
    for q in ["Allergies:", "Medication:", "Conditions we should know about:"]:
        fl.text((17 * u, y), q, lf, (40, 40, 40))
        fl.text((17 * u + lf.getlength(q) + 3 * u, y - 1 * u), rng.choice(["None", "none", "N/A", "no"]), vf, ink)
        y += 10 * u
    y += 4 * u
    fl.text((17 * u, y), "I consent to my child taking part in club activities and to first aid being given if needed.", font(rng.choice(SANS), pt(fl, 8.5)), (60, 60, 60))
    y += 10 * u
    fl.text((17 * u, y), "Signature:", lf, (40, 40, 40))
    signature(fl, 40 * u, y + 2 * u, 45 * u, rng, ink)
    if want_qr:
        bud.release(1)
        bud.take()
        nm = f"{k.parent_first} {k.last}"
        ph_ = D.phone(rng, k.country, intl=True)
        vc = f"BEGIN:VCARD\nVERSION:3.0\nN:{k.last};{k.parent_first}\nFN:{nm}\nTEL;TYPE=CELL:{ph_}\nEND:VCARD"
        fl.text((150 * u, 238 * u), "Emergency contact", font("sans", pt(fl, 7)), (60, 60, 60), anchor="ma")
        mod = max(4, int(32 * u / 45))
        fl.qr(vc, 150 * u - (45 * mod) / 2, 242 * u, mod, leaks=[("PHONE", ph_)], border=2)
    fl.text((15 * u, 285 * u), "Office use only: Reg no. " + D.digits(rng, 6) + "   Fee paid [ ]", font("sans", pt(fl, 7.5)), (120, 120, 120))
    return present(ctx, fl)


# ----------------------------------------------------------------- report card
def scene_report_card(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    fl = make_page(ctx)
    u = fl.u
    col = header_band(fl, rng, k.school if bud.take() else "Student Progress Report", "SCHOOL" if bud.c else None,
                      sub=(rng.choice(["End of Term Report - Term 2, 2026", "Semester 1 Report 2026", "Annual Progress Report"]), None))
    lf = font(rng.choice(SANS_B), pt(fl, 10))
    vf = font(rng.choice(SANS + SERIF), pt(fl, 10.5))
    y = 46 * u
    info = [("Student:", k.full, "PERSON"), ("Year/Class:", k.year_label, "AGE"), ("Date of birth:", k.dob("num"), "DATE_OF_BIRTH"),
            ("Class teacher:", rng.choice(["Ms ", "Mr ", "Mrs "]) + D.Kid(rng, k.country).last, "PERSON")]
    for i, (lab, val, kd) in enumerate(info):
        x = 15 * u if i % 2 == 0 else 110 * u
        fl.text((x, y), lab, lf, (30, 30, 30))
        fl.text((x + lf.getlength(lab) + 2 * u, y), val, vf, (30, 30, 30), kind=kd if bud.take() else "SKIP")
        if i % 2 == 1:
            y += 9 * u
    y += 6 * u
    subs = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "Physical Education", "Computing", "Languages"]
    fl.draw.rectangle([15 * u, y, 195 * u, y + 9 * u], fill=mix(col, (255, 255, 255), 0.75))
    for x, h in [(17, "Subject"), (70, "Effort"), (95, "Attainment"), (125, "Comment")]:
        fl.text((x * u, y + 2 * u), h, lf, (20, 20, 20))
    y += 9 * u
    cf = font(rng.choice(SANS), pt(fl, 8.5))
    comments = ["Works hard and participates well.", "Good progress this term.", "Needs to check work carefully.", "Excellent effort!",
                "Shows real creativity.", "Homework is always on time.", "Could contribute more in class.", "A pleasure to teach."]
    for sbj in rng.sample(subs, 8):
        fl.draw.rectangle([15 * u, y, 195 * u, y + 10 * u], outline=(150, 150, 150), width=max(1, int(0.2 * u)))
        fl.text((17 * u, y + 2.5 * u), sbj, cf, (30, 30, 30))
        fl.text((75 * u, y + 2.5 * u), rng.choice(["1", "2", "3", "A", "B", "G", "E"]), cf, (30, 30, 30))
        fl.text((102 * u, y + 2.5 * u), rng.choice(["A", "B+", "B", "C", "Exceeding", "Meeting", "Working towards"]), cf, (30, 30, 30))
        fl.text((125 * u, y + 2.5 * u), rng.choice(comments), cf, (30, 30, 30))
        y += 10 * u
    y += 8 * u
    fl.text((15 * u, y), "General comment", lf, col)
    y += 8 * u
    txt = [(k.first, "PERSON") if bud.take() else ("Your child", None),
           (" has had a positive term and has settled well. ", None),
           (rng.choice(["She", "He", "They"]) + " is a kind member of the class and has made good friends. Attendance: 96%.", None)]
    _, hh, _ = fl.paragraph((15 * u, y), txt, font(rng.choice(SERIF), pt(fl, 10)), (30, 30, 30), 180 * u, int(pt(fl, 14)))
    y += hh + 10 * u
    signature(fl, 15 * u, y, 40 * u, rng, (20, 20, 60))
    fl.text((15 * u, y + 6 * u), "Principal", cf, (90, 90, 90))
    return present(ctx, fl)


# ----------------------------------------------------------------- timetable
def scene_timetable(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    fl = make_page(ctx, aspect=210 / 297)
    u = fl.u  # landscape page: 297mm wide -> u based on width 210 for simplicity
    u = fl.w / 297.0
    fl.u = u * 297 / 210 * 210 / 297  # keep pt() consistent with width in mm
    fl.u = u
    title_f = font(rng.choice(SANS_B), 9 * u)
    runs = [("Timetable - ", None)]
    if bud.take():
        runs.append((k.full, "PERSON"))
    else:
        runs.append(("Week A", None))
    if bud.take():
        runs += [("  ", None), (k.year_label, "AGE")]
    fl.runs((12 * u, 8 * u), runs, title_f, (20, 20, 20))
    if bud.take():
        fl.text((285 * u, 10 * u), k.school, font(rng.choice(SANS), 5.5 * u), (90, 90, 90), kind="SCHOOL", anchor="ra")
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    periods = ["8:50", "9:50", "11:10", "12:10", "14:00", "15:00"]
    subj = [("Maths", (255, 224, 178)), ("English", (200, 230, 201)), ("Science", (187, 222, 251)), ("PE", (255, 205, 210)),
            ("Art", (225, 190, 231)), ("History", (255, 249, 196)), ("Music", (178, 235, 242)), ("French", (215, 204, 200)), ("Computing", (220, 237, 200))]
    teachers = [rng.choice(["Ms ", "Mr ", "Mrs ", "Dr "]) + D.Kid(rng, k.country).last for _ in range(4)]
    x0, y0 = 12 * u, 24 * u
    cw, ch = (285 * u - x0 - 28 * u) / 6, (200 * u - y0 - 10 * u) / 5
    sf = font(rng.choice(SANS_B), 4.2 * u)
    tf = font(rng.choice(SANS), 3.4 * u)
    for j, p in enumerate(periods):
        fl.text((x0 + 28 * u + j * cw + cw / 2, y0 - 6 * u), p, tf, (60, 60, 60), anchor="ma")
    teacher_budget = bud.n - bud.c
    for i, d in enumerate(days):
        yy = y0 + i * ch
        fl.text((x0, yy + ch / 2 - 2 * u), d[:3], sf, (30, 30, 30))
        for j in range(6):
            sb, c = rng.choice(subj)
            xx = x0 + 28 * u + j * cw
            fl.rrect([xx + 1 * u, yy + 1 * u, xx + cw - 1 * u, yy + ch - 1 * u], 2 * u, c)
            fl.text((xx + 3 * u, yy + 3 * u), sb, sf, (30, 30, 30))
            fl.text((xx + 3 * u, yy + ch - 8 * u), "Rm " + rng.choice(["12", "B4", "Hall", "Lab 2", "S3", "Gym"]), tf, (80, 80, 80))
            if rng.random() < 0.15 and bud.take():
                fl.text((xx + 3 * u, yy + 3 * u + sf.size * 1.3), rng.choice(teachers), tf, (60, 60, 60), kind="PERSON")
    return present(ctx, fl)


# ----------------------------------------------------------------- yearbook
def scene_yearbook(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    fl = make_page(ctx, tone=rng.choice([(250, 248, 240), (240, 244, 250)]))
    u = fl.u
    tf = font(rng.choice(SERIF_B), pt(fl, 26))
    fl.text((105 * u, 14 * u), rng.choice(["Class of 2026", "Leavers 2026", "Yearbook 2026", "Our Year Together"]), tf, (40, 40, 80), anchor="ma")
    if bud.take():
        fl.text((105 * u, 30 * u), k.school, font(rng.choice(SERIF_I := ["serif_i", "fserif_i", "lserif_i"]), pt(fl, 13)), (90, 90, 90),
                kind="SCHOOL", anchor="ma")
    kids = [k] + D.friends_for(rng, k, 11)
    cols = 3
    cw = 180 * u / cols
    y = 44 * u
    nf = font(rng.choice(SANS_B + SERIF_B), pt(fl, 11))
    qf = font(rng.choice(["serif_i", "fserif_i", "lserif_i", "sans_i"]), pt(fl, 8))
    for i, kk in enumerate(kids):
        r, c = divmod(i, cols)
        x = 15 * u + c * cw
        yy = y + r * 60 * u
        if yy + 55 * u > 290 * u:
            break
        # picture placeholder: landscape-style (no faces)
        a = rng.choice([(120, 170, 220), (250, 200, 120), (160, 210, 160), (220, 160, 200)])
        fl.draw.rectangle([x + 4 * u, yy, x + cw - 4 * u, yy + 36 * u], fill=a)
        fl.draw.polygon([(x + 4 * u, yy + 36 * u), (x + cw * 0.4, yy + 18 * u), (x + cw * 0.7, yy + 36 * u)], fill=mix(a, (0, 0, 0), 0.3))
        fl.circle(x + cw * 0.75, yy + 10 * u, 4 * u, (255, 240, 150))
        nm = tcase(rng, kk.full, (6, 3, 0))
        fl.text((x + cw / 2, yy + 38 * u), nm, nf, (30, 30, 30), kind="PERSON" if bud.take() else "SKIP", anchor="ma")
        fl.text((x + cw / 2, yy + 44 * u), rng.choice(["Most likely to be famous", "Best laugh", "Future astronaut", "Always late!",
                                                        "Kindest person", "Class clown", "Football legend"]), qf, (90, 90, 90), anchor="ma")
    return present(ctx, fl)


# ----------------------------------------------------------------- certificate
def scene_certificate(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    fl = make_page(ctx, aspect=210 / 297, tone=rng.choice([(253, 250, 235), (255, 255, 255), (245, 240, 225)]))
    u = fl.w / 297.0
    fl.u = u
    col = rng.choice([(150, 110, 30), (20, 60, 120), (120, 20, 40), (20, 100, 60)])
    fl.draw.rectangle([8 * u, 8 * u, 289 * u, 202 * u], outline=col, width=int(3 * u))
    fl.draw.rectangle([13 * u, 13 * u, 284 * u, 197 * u], outline=col, width=int(1 * u))
    tf = font(rng.choice(SERIF_B), 16 * u)
    fl.text((148 * u, 28 * u), rng.choice(["Certificate of Achievement", "Certificate of Merit", "Award", "Star of the Week"]), tf, col, anchor="ma")
    fl.text((148 * u, 58 * u), "This certificate is proudly presented to", font(rng.choice(SERIF), 6 * u), (60, 60, 60), anchor="ma")
    nf = font(rng.choice(["fserif_bi", "serif_i", "lserif_i", "fserif_i", "lib_bi"]), 17 * u)
    fl.text((148 * u, 72 * u), tcase(rng, k.full, (7, 2, 0)), nf, (30, 30, 30), kind="PERSON" if bud.take() else "SKIP", anchor="ma")
    fl.draw.line([(70 * u, 96 * u), (226 * u, 96 * u)], fill=col, width=int(0.6 * u))
    what = rng.choice(["outstanding effort in swimming", "reading 50 books", "excellent attendance", "kindness and teamwork", "winning the spelling bee"])
    runs = [("for " + what, None)]
    if bud.take():
        runs += [(" in ", None), (k.year_label, "AGE")]
    fl.runs((148 * u, 104 * u), runs, font(rng.choice(SERIF), 7 * u), (50, 50, 50), anchor="ma")
    org = rng.choice([k.school, k.org])
    if bud.take():
        fl.text((148 * u, 120 * u), org, font(rng.choice(SERIF_B + SANS_B), 7.5 * u), col, kind="SCHOOL" if org == k.school else "ORG", anchor="ma")
    fl.text((60 * u, 160 * u), rng.choice(["3 December 2026", "Term 4, 2026", "November 2026"]), font("serif", 5 * u), (50, 50, 50), anchor="ma")
    fl.draw.line([(30 * u, 158 * u), (90 * u, 158 * u)], fill=(100, 100, 100), width=int(0.4 * u))
    signature(fl, 205 * u, 150 * u, 50 * u, rng, (20, 20, 80))
    fl.draw.line([(200 * u, 158 * u), (260 * u, 158 * u)], fill=(100, 100, 100), width=int(0.4 * u))
    sig = rng.choice(["Mrs ", "Mr ", "Coach ", "Ms "]) + D.Kid(rng, k.country).last
    fl.text((230 * u, 161 * u), sig, font("serif", 5 * u), (50, 50, 50), kind="PERSON" if bud.take() else "SKIP", anchor="ma")
    # seal
    fl.star(148 * u, 165 * u, 16 * u, (220, 180, 50))
    fl.circle(148 * u, 165 * u, 8 * u, (200, 150, 30))
    return present(ctx, fl)


# ----------------------------------------------------------------- invitation
def scene_invitation(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    qr_mode = rng.choice(["geo", "sms", "text"]) if rng.random() < 0.55 else None
    qr_need = 0
    if qr_mode:
        qr_need = 1 if qr_mode == "geo" else 2
        if not bud.reserve(qr_need):
            qr_mode, qr_need = ("geo", 1) if bud.reserve(1) else (None, 0)
    bgc = rng.choice([(255, 228, 236), (225, 240, 255), (255, 246, 210), (230, 250, 230), (240, 230, 255)])
    fl = make_page(ctx, aspect=rng.choice([1.4, 1.414, 0.72]), tone=bgc, card=True)
    u = fl.w / 148.0
    fl.u = u
    w, h = fl.w, fl.h
    for _ in range(25):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        if rng.random() < 0.5:
            fl.star(x, y, rng.uniform(2, 5) * u, rng.choice([(250, 200, 40), (240, 120, 160), (120, 180, 240)]))
        else:
            fl.circle(x, y, rng.uniform(1, 3) * u, rng.choice([(250, 200, 40), (240, 120, 160), (120, 180, 240)]))
    # balloons
    for i in range(3):
        bx = w * (0.12 + 0.08 * i)
        by = h * 0.12 + i * 6 * u
        fl.draw.ellipse([bx - 8 * u, by - 10 * u, bx + 8 * u, by + 10 * u], fill=rng.choice([(230, 60, 90), (60, 140, 230), (250, 190, 40)]))
        fl.draw.line([(bx, by + 10 * u), (bx + 3 * u, by + 30 * u)], fill=(90, 90, 90), width=max(1, int(0.4 * u)))
    cx = w / 2
    y = h * 0.2
    hf = font(rng.choice(["fserif_bi", "lib_bi", "free_bi", "serif_b", "sans_b"]), 11 * u)
    fl.text((cx, y), rng.choice(["You're invited!", "Come and celebrate!", "Party time!", "YOU ARE INVITED"]), hf, rng.choice([(200, 40, 90), (30, 90, 180), (180, 90, 20)]), anchor="ma")
    y += 18 * u
    nf = font(rng.choice(SANS_B + SERIF_B), 9 * u)
    ordn = {1: "st", 2: "nd", 3: "rd"}.get(k.age % 10 if k.age not in (11, 12, 13) else 0, "th")
    parts = []
    if bud.take():
        parts.append((k.first, "PERSON"))
    else:
        parts.append(("My", None))
    parts.append(("'s " if parts[0][1] else " ", None))
    if bud.take():
        parts.append((f"{k.age}{ordn}", "AGE"))
        parts.append((" Birthday", None))
    else:
        parts.append(("Birthday Party", None))
    fl.runs((cx, y), parts, nf, (40, 40, 40), anchor="ma")
    y += 20 * u
    bf = font(rng.choice(SANS + SERIF), 5.5 * u)
    fl.text((cx, y), rng.choice(["Saturday 12 December", "Sunday 13 December, 2-5pm", "Sat 19th Dec, 11am - 2pm", "Friday 18 December at 4pm"]), bf, (50, 50, 50), anchor="ma")
    y += 10 * u
    where = rng.random()
    if where < 0.5 and bud.take():
        fl.runs((cx, y), [("at ", None), (k.address("short"), "ADDRESS")], bf, (50, 50, 50), anchor="ma")
    elif bud.take():
        fl.runs((cx, y), [("at ", None), (k.venue, "LOCATION")], bf, (50, 50, 50), anchor="ma")
    y += 10 * u
    if bud.take():
        fl.runs((cx, y), [("RSVP to ", None), (k.parent_first, "PERSON"), (" on ", None)] + ([(k.parent_phone, "PHONE")] if bud.take() else [("the class chat", None)]),
                bf, (50, 50, 50), anchor="ma")
    y += 12 * u
    if qr_mode:
        bud.release(qr_need)
        mode = qr_mode
        if mode == "geo":
            lat, lon = rng.uniform(-40, 55), rng.uniform(-120, 150)
            pl = f"geo:{lat:.5f},{lon:.5f}"
            lk = [("ADDRESS", pl[4:])]
        elif mode == "sms":
            pd = "+" + D.phone_digits(D.phone(rng, k.country, intl=True))
            pl = f"sms:{pd}?body=RSVP for {k.first}"
            lk = [("PHONE", pd), ("PERSON", k.first)]
        else:
            pl = f"{k.first}'s party - {k.address()}"
            lk = [("PERSON", k.first), ("ADDRESS", k.address())]
        bud.take(len(lk))
        mod = max(4, int(26 * u / 41))
        fl.qr(pl, cx - 20 * u, min(y, h - 40 * u), mod, leaks=lk, border=2)
    return present(ctx, fl, max_angle=15)


# ----------------------------------------------------------------- club flyer
def scene_flyer(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    coach = D.Kid(rng, k.country)
    bud = Budget(ctx.n)
    want_qr = rng.random() < 0.6 and bud.reserve(1)
    fl = make_page(ctx, tone=rng.choice([(255, 255, 255), (255, 250, 200), (220, 240, 255)]))
    u = fl.u
    col = rng.choice([(200, 30, 40), (20, 90, 180), (20, 130, 70), (240, 120, 0), (110, 40, 150)])
    fl.draw.rectangle([0, 0, fl.w, 60 * u], fill=col)
    fl.text((105 * u, 10 * u), rng.choice(["NEW PLAYERS WANTED!", "JOIN US!", "Free Taster Session", "Sign-ups now open"]), font(rng.choice(SANS_B), pt(fl, 30)), (255, 255, 255), anchor="ma")
    if bud.take():
        fl.text((105 * u, 34 * u), k.org, font(rng.choice(SANS_B + SERIF_B), pt(fl, 22)), (255, 255, 230), kind="ORG", anchor="ma")
    y = 72 * u
    bf = font(rng.choice(SANS), pt(fl, 15))
    lines = [[("For ages ", None), (f"{k.age - 2}-{k.age + 1}", "AGE")],
             [("Training every ", None), (rng.choice(["Tuesday", "Wednesday", "Saturday"]) + " ", None), ("at ", None), (k.venue, "LOCATION")],
             [("Coach: ", None), (coach.full, "PERSON")],
             [("Call or text ", None), (coach.phone, "PHONE")],
             [("Email: ", None), (coach.email(), "EMAIL")],
             [("Follow us ", None), ("instagram.com/" + k.org.lower().replace(" ", "").replace("'", "").replace(".", "")[:22], "URL")]]
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if not bud.take(nl):
            runs = [(r[0], None) for r in runs] if rng.random() < 0.0 else None
            if runs is None:
                continue
        _, hh, _ = fl.paragraph((20 * u, y), runs, bf, (30, 30, 30), 170 * u, int(bf.size * 1.3))
        y += hh + 8 * u
    fl.text((20 * u, y), "All abilities welcome. Bring water and trainers!", font(rng.choice(SANS), pt(fl, 12)), (80, 80, 80))
    y += 14 * u
    if want_qr:
        bud.release(1)
        bud.take()
        if rng.random() < 0.5:
            code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            pl, lk = f"https://discord.gg/{code}", [("URL", f"discord.gg/{code}")]
        else:
            em = coach.email()
            pl, lk = f"mailto:{em}?subject=Joining", [("EMAIL", em)]
        mod = max(4, int(40 * u / 41))
        fl.qr(pl, 150 * u - 20 * u, min(y, 205 * u), mod, leaks=lk, border=2)
    # tear-off strips with the phone number, each strip labelled
    left = bud.n - bud.c
    if left >= 2 and rng.random() < 0.6:
        ns = min(left, rng.randint(3, 6))
        bud.take(ns)
        sw = fl.w / ns
        sf = font("sans", pt(fl, 10))
        for i in range(ns):
            x = i * sw
            if i:
                fl.draw.line([(x, fl.h - 42 * u), (x, fl.h)], fill=(150, 150, 150), width=max(1, int(0.3 * u)))
            fl.text((x + sw / 2, fl.h - 22 * u), coach.phone, sf, (30, 30, 30), angle=90, anchor="mm", kind="PHONE")
        fl.draw.line([(0, fl.h - 42 * u), (fl.w, fl.h - 42 * u)], fill=(150, 150, 150), width=max(1, int(0.3 * u)))
    if getattr(ctx, "as_photo", False) and rng.random() < 0.5:
        return noticeboard(ctx, fl)
    return present(ctx, fl)


def noticeboard(ctx, fl):
    rng = ctx.rng
    W, H = ctx.size
    ph = Photo(texture(rng, ctx.np, "cork", W, H))
    # some other harmless papers around
    for i in range(rng.randint(2, 4)):
        o = Flat(int(W * 0.22), int(W * 0.3), paper(rng, ctx.np, int(W * 0.22), int(W * 0.3), tone=rng.choice([(255, 250, 180), (200, 235, 255), (255, 255, 255)])))
        f = font(rng.choice(SANS_B), o.w / 9)
        o.text((o.w / 2, o.h * 0.1), rng.choice(["BAKE SALE", "Lost & Found", "Recycling", "Book Fair", "Quiet please"]), f, (40, 40, 40), anchor="ma")
        for j in range(6):
            o.draw.line([(o.w * 0.1, o.h * (0.35 + j * 0.09)), (o.w * 0.9, o.h * (0.35 + j * 0.09))], fill=(150, 150, 150), width=3)
        q = quad_from(rng.uniform(0.1, 0.9) * W, rng.uniform(0.15, 0.85) * H, o.w, o.h, rng.uniform(-12, 12))
        ph.place(o, q, shadow=0.35)
    a = math.radians(8)
    sc = min(0.92 * H / (fl.h * math.cos(a) + fl.w * math.sin(a)), 0.6 * W / fl.w)
    q = quad_from(W * rng.uniform(0.4, 0.6), H / 2, fl.w * sc, fl.h * sc, rng.uniform(-8, 8), (rng.uniform(-0.08, 0.08), rng.uniform(-0.08, 0.08)))
    ph.place(fl, q, shadow=0.4)
    for c in q[:2]:
        ImageDraw.Draw(ph.img).ellipse([c[0] - 18, c[1] + 10, c[0] + 18, c[1] + 46], fill=rng.choice([(220, 40, 40), (40, 120, 220), (40, 170, 80)]))
    ph.img = camera(ph.img, rng, ctx.np, blur=(0.5, 1.5), noise=(2, 6), light=0.35)
    return ph


# ----------------------------------------------------------------- lost pet poster (photo on a wall / pole)
def scene_lost_pet(ctx):
    rng = ctx.rng
    k = D.Kid(rng)
    bud = Budget(ctx.n)
    want_qr = rng.random() < 0.8 and bud.reserve(1)
    W, H = ctx.size
    pw = int(min(W, H) * rng.uniform(0.45, 0.6))
    ph_ = int(pw * 1.414)
    fl = Flat(pw, ph_, paper(rng, ctx.np, pw, ph_, tone=rng.choice([(255, 255, 255), (255, 250, 160), (255, 220, 230)])))
    u = pw / 210
    fl.u = u
    fl.text((105 * u, 8 * u), rng.choice(["LOST CAT", "MISSING DOG", "LOST DOG", "HAVE YOU SEEN ME?", "LOST RABBIT"]), font(rng.choice(SANS_B), 26 * u), (200, 20, 20), anchor="ma")
    # pet "photo": blob shape
    fl.draw.rectangle([35 * u, 42 * u, 175 * u, 142 * u], fill=rng.choice([(200, 190, 170), (170, 200, 220)]))
    fl.draw.ellipse([70 * u, 70 * u, 150 * u, 130 * u], fill=rng.choice([(60, 50, 40), (230, 140, 50), (240, 240, 240), (120, 110, 100)]))
    fl.draw.polygon([(80 * u, 78 * u), (88 * u, 55 * u), (98 * u, 74 * u)], fill=(60, 50, 40))
    pet = rng.choice(["Biscuit", "Luna", "Milo", "Coco", "Pepper", "Simba", "Oreo", "Bella"])
    y = 148 * u
    fl.text((105 * u, y), pet, font(rng.choice(SANS_B + SERIF_B), 16 * u), (30, 30, 30), anchor="ma")
    y += 22 * u
    bf = font(rng.choice(SANS), 7.5 * u)
    lines = [[("Last seen near ", None), (f"{k.street}, {k.suburb}", "LOCATION")],
             [("Please call ", None), (k.parent_phone, "PHONE")],
             [("or ", None), (k.full, "PERSON"), (" (age ", None), (str(k.age), "AGE"), (")", None)],
             [("", None), (k.street_addr(), "ADDRESS")]]
    for runs in lines:
        nl = sum(1 for r in runs if r[1])
        if not bud.take(nl):
            continue
        _, hh, _ = fl.paragraph((12 * u, y), runs, bf, (30, 30, 30), 186 * u, int(bf.size * 1.25), align="c")
        y += hh + 2 * u
    if want_qr:
        bud.release(1)
        bud.take()
        pd = D.phone_digits(k.parent_phone)
        if k.parent_phone.startswith("0"):
            cc = {"UK": "44", "IE": "353", "AU": "61", "NZ": "64", "ZA": "27", "IN": "91"}.get(k.country, "")
            pd = cc + pd[1:]
        elif k.country in ("US", "CA") and not k.parent_phone.startswith("+"):
            pd = "1" + pd
        pl = f"tel:+{pd}"
        mod = max(5, int(36 * u / 29))
        fl.qr(pl, 210 * u - 29 * mod - 14 * u, 297 * u - 29 * mod - 14 * u, mod, leaks=[("PHONE", "+" + pd)], border=2)
    # background: brick wall / wooden pole / glass
    bgk = rng.choice(["brick", "wood", "wall", "brick"])
    ph = Photo(texture(rng, ctx.np, bgk, W, H))
    q = quad_from(W * rng.uniform(0.4, 0.6), H * rng.uniform(0.45, 0.55), pw, ph_, rng.uniform(-7, 7), (rng.uniform(-0.15, 0.15), rng.uniform(-0.1, 0.1)))
    ph.place(fl, q, shadow=0.3)
    for c in q:
        ImageDraw.Draw(ph.img).rectangle([c[0] - 40, c[1] - 12, c[0] + 40, c[1] + 12], fill=(225, 215, 170))
    ph.img = camera(ph.img, rng, ctx.np, blur=(0.6, 1.6), noise=(3, 7), light=0.4)
    return ph
