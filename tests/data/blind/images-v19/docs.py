"""A4 / Letter documents, scanned (skew + noise) or photographed, at 150-200 dpi."""
from PIL import Image
from common import Layer, Photo, background, lighting, degrade, quad_for, qr_size, wrap_segments, REGULAR, BOLD, HAND, MONO
from qrpay import leaky_payload
from data import MONTHS

PAGES = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}


def new_page(ctx):
    r = ctx.rnd
    paper = "Letter" if ctx.g.region in ("US", "CA") and r.random() < 0.8 else "A4"
    dpi = r.choice([150, 150, 200, 200, 180, 300 // 2])
    w, h = PAGES[paper]
    L = Layer(round(w * dpi), round(h * dpi), r.choice([(255, 255, 255), (252, 251, 247), (250, 250, 250)]))
    L.dpi = dpi
    return L


def pt(L, p):
    """points -> pixels at the page dpi."""
    return p * L.dpi / 72.0


def output(ctx, L):
    r, nr = ctx.rnd, ctx.nrng
    if r.random() < 0.7:  # flatbed scan
        W, H = L.w, L.h
        ph = Photo(W, H, Image.new("RGB", (W, H), (r.randrange(225, 250),) * 3))
        ang = r.uniform(-1.6, 1.6)
        sc = r.uniform(0.94, 0.985)
        q = quad_for(r, W / 2 + r.uniform(-10, 10), H / 2 + r.uniform(-10, 10), W * sc, H * sc, ang, 0, 0)
        ph.place(L, q, shadow=False)
        ph.im = degrade(nr, ph.im, blur=r.uniform(0.0, 0.7), noise=r.uniform(2, 7), contrast=r.uniform(0.8, 1.0) if r.random() < 0.4 else 1.0)
        ctx.scene_variant = "scan"
        return ph
    W, H = int(L.w * 1.25), int(L.h * 1.18)
    ph = Photo(W, H, background(nr, W, H, r.choice(["wood", "table", "desk", "carpet"])))
    q = quad_for(r, W / 2 + r.uniform(-30, 30), H / 2 + r.uniform(-30, 30), L.w * 0.9, L.h * 0.9,
                 r.uniform(-5, 5), r.uniform(-0.1, 0.1) if not ctx.qr else 0.03, r.uniform(-0.1, 0.1) if not ctx.qr else 0.03)
    ph.place(L, q, shadow=True)
    ph.im = lighting(nr, ph.im, r.uniform(0.15, 0.4))
    ph.im = degrade(nr, ph.im, blur=r.uniform(0.0, 0.8), noise=r.uniform(2, 6))
    ctx.scene_variant = "photo"
    return ph


def header(L, r, g, title, sch=None, kind="SCHOOL"):
    fb, fk = r.choice(BOLD), r.choice(REGULAR)
    col = r.choice([(20, 40, 100), (100, 20, 40), (20, 80, 40), (0, 0, 0)])
    y = pt(L, 60) if sch else pt(L, 100)
    if sch:
        L.segs(pt(L, 54), y, [(sch, kind)], fb, pt(L, 20), col)
        y += pt(L, 18)
        L.segs(pt(L, 54), y, [(g.street_line() + ", " + g.town()[0], "ADDRESS")], fk, pt(L, 10), (60, 60, 60))
        y += pt(L, 13)
        L.segs(pt(L, 54), y, [("Tel ", None), (g.phone(), "PHONE")], fk, pt(L, 10), (60, 60, 60))
    L.d.line([pt(L, 54), y + pt(L, 8), L.w - pt(L, 54), y + pt(L, 8)], fill=col, width=max(2, int(pt(L, 1.5))))
    y += pt(L, 40)
    L.segs(pt(L, 54), y, [(title, None)], fb, pt(L, 16), (0, 0, 0))
    return y + pt(L, 30), fk, fb


def field_rows(L, r, y, rows, fk, fb, hand_font, size=11):
    x0 = pt(L, 54)
    for lab, val, kind in rows:
        L.text((x0, y), lab, fb, pt(L, size), (30, 30, 30))
        lx = x0 + pt(L, 150)
        L.d.line([lx, y + pt(L, 3), L.w - pt(L, 54), y + pt(L, 3)], fill=(150, 150, 150), width=max(1, int(pt(L, 0.6))))
        if val:
            sz = L.fit_size(val, hand_font, pt(L, size + 3), L.w - lx - pt(L, 60))
            L.text((lx + pt(L, 6), y), val, hand_font, sz, r.choice([(20, 30, 120), (20, 20, 20)]), kind=kind)
        y += pt(L, size * 2.3)
    return y


def permission_slip(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    sch = g.school()
    y, fk, fb = header(L, r, g, r.choice(["Permission Slip - Class Trip", "Excursion Consent Form", "Field Trip Permission"]), sch)
    body = [("Dear Parents/Guardians, our class will visit the Science Museum on ", None), (g.event_date(), None),
            (". Please complete and return this slip by Friday.", None)]
    for ln in wrap_segments(L, body, fk, pt(L, 11), L.w - pt(L, 108)):
        L.segs(pt(L, 54), y, ln, fk, pt(L, 11), (20, 20, 20)); y += pt(L, 16)
    y += pt(L, 10)
    L.segs(pt(L, 54), y, [("Teacher: ", None), (r.choice(["Mrs ", "Mr ", "Ms "]) + g.name(), "PERSON")], fk, pt(L, 11), (20, 20, 20))
    y += pt(L, 30)
    L.d.line([pt(L, 40), y, L.w - pt(L, 40), y], fill=(120, 120, 120), width=2)
    y += pt(L, 14)
    L.text((L.w / 2, y), "- - - - cut here - - - -", fk, pt(L, 9), (120, 120, 120), anchor="ms")
    y += pt(L, 34)
    hf = r.choice(HAND)
    first, last = g.first(), g.last()
    rows = [("Child's name", f"{first} {last}", "PERSON"), ("Class / Year", g.year(), "AGE"),
            ("Date of birth", g.dob(), "DATE_OF_BIRTH"), ("Parent/guardian", g.name(), "PERSON"),
            ("Mobile", g.phone(), "PHONE"), ("Email", g.email(), "EMAIL"), ("Home address", g.street_line(), "ADDRESS")]
    if r.random() < 0.3:
        rows.pop(4)
    y = field_rows(L, r, y, rows, fk, fb, hf)
    L.text((pt(L, 54), y + pt(L, 10)), "Signed: ____________________   Date: ___________", fk, pt(L, 11), (30, 30, 30))
    return output(ctx, L)


def reg_form(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    org = g.club()
    y, fk, fb = header(L, r, g, "Junior Membership / Registration Form")
    L.segs(pt(L, 54), pt(L, 80), [(org, "ORG")], fb, L.fit_size(org, fb, pt(L, 20), L.w - pt(L, 108)), (20, 40, 100))
    hf = r.choice(HAND + ["lib_mono", "free_sans"])
    first, last = g.first(), g.last()
    t, st = g.town()
    rows = [("First name", first, "PERSON"), ("Surname", last, "PERSON"), ("Date of birth", g.dob(), "DATE_OF_BIRTH"),
            ("Age", str(r.randrange(6, 14)), "AGE"), ("School", g.school(), "SCHOOL"),
            ("Address", g.street_line(), "ADDRESS"), ("", g.town_line((t, st)), "ADDRESS"),
            ("Parent name", g.name(), "PERSON"), ("Phone", g.phone(), "PHONE"), ("Email", g.email(first, last), "EMAIL"),
            ("Medical notes", r.choice(["none", "asthma - inhaler in bag", "nut allergy", "n/a"]), None)]
    y = field_rows(L, r, y, rows, fk, fb, hf, size=11)
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first, last)
        m = max(4, int(pt(L, 2.4)))
        L.text((pt(L, 54), y + pt(L, 16)), "Questions? scan to email the registrar:", fk, pt(L, 10), (30, 30, 30))
        L.qr(pt(L, 54), y + pt(L, 22), pay, m, lk)
    else:
        L.text((pt(L, 54), y + pt(L, 16)), "Photo consent:  [x] yes   [ ] no", fk, pt(L, 11), (30, 30, 30))
    return output(ctx, L)


def report_card(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    sch = g.school()
    y, fk, fb = header(L, r, g, r.choice(["End of Year Report", "Progress Report - Term 2", "Student Report Card"]), sch)
    first, last = g.first(), g.last()
    L.segs(pt(L, 54), y, [("Student: ", None), (f"{first} {last}", "PERSON")], fk, pt(L, 12), (0, 0, 0)); y += pt(L, 18)
    L.segs(pt(L, 54), y, [("Year/Grade: ", None), (g.year(), "AGE"), ("    Teacher: ", None), (r.choice(["Mrs ", "Mr ", "Ms "]) + g.last(), "PERSON")], fk, pt(L, 12), (0, 0, 0)); y += pt(L, 18)
    if r.random() < 0.5:
        L.segs(pt(L, 54), y, [("DOB: ", None), (g.dob(), "DATE_OF_BIRTH")], fk, pt(L, 12), (0, 0, 0)); y += pt(L, 18)
    y += pt(L, 12)
    subj = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "PE", "Languages"]
    cw = [pt(L, 150), pt(L, 90), pt(L, 245)]
    x0 = pt(L, 54)
    L.rect([x0, y, x0 + sum(cw), y + pt(L, 20)], fill=(220, 225, 235))
    for i, h in enumerate(["Subject", "Grade", "Comment"]):
        L.text((x0 + sum(cw[:i]) + pt(L, 4), y + pt(L, 14)), h, fb, pt(L, 10), (0, 0, 0))
    y += pt(L, 20)
    for s in subj:
        L.rect([x0, y, x0 + sum(cw), y + pt(L, 22)], outline=(150, 150, 150), width=1)
        L.text((x0 + pt(L, 4), y + pt(L, 15)), s, fk, pt(L, 10), (0, 0, 0))
        L.text((x0 + cw[0] + pt(L, 4), y + pt(L, 15)), r.choice(["A", "B+", "B", "C", "Excellent", "Good", "4", "3"]), fk, pt(L, 10), (0, 0, 0))
        L.text((x0 + cw[0] + cw[1] + pt(L, 4), y + pt(L, 15)), r.choice(["Works hard", "Great progress", "Keep reading", "Very creative", "Needs focus"]), fk, pt(L, 10), (0, 0, 0))
        y += pt(L, 22)
    y += pt(L, 20)
    L.segs(pt(L, 54), y, [("Attendance: %d%%" % r.randrange(88, 100), None)], fk, pt(L, 11), (0, 0, 0))
    return output(ctx, L)


def timetable(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    sch = g.school()
    first = g.first()
    y, fk, fb = header(L, r, g, "", None)
    y = pt(L, 70)
    L.segs(pt(L, 54), y, [(sch, "SCHOOL")], fb, pt(L, 18), (20, 40, 100)); y += pt(L, 24)
    L.segs(pt(L, 54), y, [("", None), (first + "'s", "PERSON"), (" timetable - ", None), (g.year(), "AGE")], r.choice(HAND), pt(L, 16), (20, 20, 20)); y += pt(L, 30)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    subj = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Reading", "Computing", "Drama"]
    x0 = pt(L, 54)
    cw = (L.w - 2 * x0 - pt(L, 60)) / 5
    rh = pt(L, 40)
    for i, d in enumerate(days):
        L.rect([x0 + pt(L, 60) + i * cw, y, x0 + pt(L, 60) + (i + 1) * cw, y + pt(L, 20)], fill=(200, 220, 240), outline=(100, 100, 100))
        L.text((x0 + pt(L, 60) + (i + 0.5) * cw, y + pt(L, 14)), d, fb, pt(L, 10), (0, 0, 0), anchor="ms")
    y += pt(L, 20)
    teach = [g.last() for _ in range(3)]
    for p in range(8):
        L.text((x0, y + pt(L, 24)), "%d:%02d" % (8 + (p * 50 + 40) // 60, (p * 50 + 40) % 60), fk, pt(L, 9), (0, 0, 0))
        for i in range(5):
            bx = x0 + pt(L, 60) + i * cw
            L.rect([bx, y, bx + cw, y + rh], outline=(100, 100, 100), fill=r.choice([(255, 255, 255), (255, 250, 230), (235, 250, 235)]))
            L.text((bx + pt(L, 4), y + pt(L, 16)), r.choice(subj), fk, pt(L, 9), (0, 0, 0))
            if p in (1, 5) and i in (0, 3):
                L.segs(bx + pt(L, 4), y + pt(L, 32), [("", None), (r.choice(["Mr ", "Ms ", "Mrs "]) + teach[(p + i) % 3], "PERSON")], fk, pt(L, 8), (80, 80, 80))
        y += rh
    y += pt(L, 20)
    L.segs(x0, y, [("Bus: route 12 from ", None), (g.town()[0], "LOCATION"), (" 7:55", None)], fk, pt(L, 10), (0, 0, 0))
    return output(ctx, L)


def club_flyer(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    col = r.choice([(230, 57, 70), (42, 157, 143), (38, 70, 83), (106, 76, 147), (244, 140, 50)])
    L.rect([0, 0, L.w, pt(L, 190)], fill=col)
    org = g.club()
    fb = r.choice(BOLD)
    sz = L.fit_size(org, fb, pt(L, 34), L.w - pt(L, 80))
    L.text((pt(L, 40), pt(L, 90)), org, fb, sz, (255, 255, 255), kind="ORG")
    L.text((pt(L, 40), pt(L, 150)), r.choice(["NEW PLAYERS WELCOME!", "Summer Camp 2025", "Try-outs this Saturday", "Join the fun!"]), fb, pt(L, 24), (255, 255, 255))
    fk = r.choice(REGULAR)
    y = pt(L, 240)
    L.placeholder([pt(L, 60), y, L.w - pt(L, 60), y + pt(L, 200)], col=(205, 215, 225))
    y += pt(L, 240)
    lines = [[("Ages ", None), ("%d-%d" % (r.randrange(5, 9), r.randrange(10, 14)), "AGE"), (" - boys and girls", None)],
             [("Where: ", None), (g.town()[0], "LOCATION"), (" community fields", None)],
             [("Coach: ", None), (g.name(), "PERSON")],
             [("Call/text: ", None), (g.phone(), "PHONE")],
             [("Email: ", None), (g.email(), "EMAIL")]]
    for ln in lines:
        L.segs(pt(L, 60), y, ln, fk, pt(L, 16), (20, 20, 20)); y += pt(L, 28)
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr)
        m = max(5, int(pt(L, 3)))
        L.text((pt(L, 60), y + pt(L, 20)), "Scan to join our parents' chat:", fb, pt(L, 12), (20, 20, 20))
        L.qr(pt(L, 60), y + pt(L, 28), pay, m, lk)
    return output(ctx, L)


def invitation(ctx):
    r, g = ctx.rnd, ctx.g
    L = new_page(ctx)
    col = r.choice([(214, 40, 130), (42, 120, 200), (240, 150, 40), (106, 76, 147)])
    for i in range(30):
        x, y = r.uniform(0, L.w), r.uniform(0, L.h)
        rr = r.uniform(10, 40) * L.dpi / 72
        L.d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=r.choice([(255, 220, 230), (220, 235, 255), (255, 240, 200)]))
    fh = r.choice(HAND + BOLD)
    first = g.first()
    age = r.randrange(4, 13)
    L.text((L.w / 2, pt(L, 120)), "You're Invited!", fh, pt(L, 44), col, anchor="ms")
    y = pt(L, 200)
    fk = r.choice(REGULAR + HAND)

    def c(segs, size, colr=(20, 20, 20)):
        nonlocal y
        sz = pt(L, size)
        w = sum(L.text_width(s, fk, sz) for s, _ in segs)
        while w > L.w - pt(L, 80):
            sz *= 0.92
            w = sum(L.text_width(s, fk, sz) for s, _ in segs)
        L.segs(L.w / 2 - w / 2, y, segs, fk, sz, colr)
        y += sz * 1.6
    c([("to ", None), (first + "'s", "PERSON"), (" ", None), ("%d%s" % (age, "th" if age > 3 else "rd"), "AGE"), (" Birthday Party", None)], 26, col)
    c([("", None), (g.long_date(2025, r.randrange(1, 13), r.randrange(1, 29)), None), (" at 2pm - 5pm", None)], 16)
    c([("at ", None), (g.street_line(), "ADDRESS")], 16)
    c([("", None), (g.town_line(), "ADDRESS")], 16)
    y += pt(L, 20)
    c([("RSVP to ", None), (g.name(), "PERSON"), (" (mum)", None)], 15)
    c([("", None), (g.phone(), "PHONE")], 15)
    if ctx.qr:
        pay, lk = leaky_payload(g, ctx.qr, first)
        m = max(5, int(pt(L, 3)))
        qs = qr_size(pay, m)
        L.text((L.w / 2, y + pt(L, 10)), "Directions:" if ctx.qr == "geo" else "Text us:", fk, pt(L, 12), (20, 20, 20), anchor="ms")
        L.qr(L.w / 2 - qs / 2, y + pt(L, 20), pay, m, lk)
    else:
        c([("Dress up as your favourite animal!", None)], 14)
    return output(ctx, L)


DOC_SCENES = {"permission_slip": permission_slip, "form": reg_form, "report_card": report_card,
              "timetable": timetable, "club_flyer": club_flyer, "invitation": invitation}
