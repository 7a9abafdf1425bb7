"""A4 / Letter documents at 150-200 dpi, delivered as a scan (slight skew) or a photo (perspective on a table)."""
import data as D
from common import (ADDRESS, AGE, DOB, EMAIL, HANDLE, LOCATION, ORG, PERSON, PHONE, SCHOOL, URL, Persona, hsv, rand_color)
from core import (HAND, HAND_B, SANS, SANS_B, SERIF, SERIF_B, Canvas, LayoutError, Surface, font, make_quad, texture)
from photos import fit


class Page:
    def __init__(self, ctx, landscape=False):
        self.dpi = ctx.uni(150, 200)
        letter = ctx.region in ("US", "CA")
        wi, hi = (8.5, 11.0) if letter else (8.27, 11.69)
        if landscape:
            wi, hi = hi, wi
        self.w, self.h = int(wi * self.dpi), int(hi * self.dpi)
        self.surf = Surface(self.w, self.h, ctx.pick([(255, 255, 255), (252, 252, 248), (250, 250, 252)]))
        self.m = int(0.7 * self.dpi)
        self.ctx = ctx

    def pt(self, p):
        return p * self.dpi / 72.0

    def f(self, key, p):
        return font(key, self.pt(p))


def deliver(ctx, page, mode):
    """mode 'scan' or 'photo'."""
    surf = page.surf
    if mode == "scan":
        mgn = int(page.dpi * ctx.uni(0.02, 0.15))
        q = make_quad(surf.w, surf.h, 0, 0, ctx.uni(0.985, 0.998), ctx.uni(-1.5, 1.5))
        q[:, 0] -= q[:, 0].min() - mgn
        q[:, 1] -= q[:, 1].min() - mgn
        W, H = int(q[:, 0].max()) + mgn + 2, int(q[:, 1].max()) + mgn + 2
        base = texture(ctx.nrng, ctx.rng, W, H, "paper", color=ctx.pick([(245, 245, 245), (230, 230, 228), (250, 250, 250)]))
        c = Canvas(W, H, "scan", base)
        c.place(surf, q, shadow=0.0)
    else:
        k = ctx.uni(1.12, 1.3)
        W, H = int(surf.w * k), int(surf.h * k)
        if ctx.chance(0.3):
            W, H = int(surf.h * k * 0.95), int(surf.h * k)
        c = Canvas(W, H, "photo_doc", texture(ctx.nrng, ctx.rng, W, H, ctx.pick(["wood", "table", "carpet", "fabric"])))
        for _ in range(30):
            q = make_quad(surf.w, surf.h, W / 2 + ctx.uni(-0.04, 0.04) * W, H / 2 + ctx.uni(-0.04, 0.04) * H,
                          ctx.uni(0.82, 0.95), ctx.uni(-6, 6), ctx.uni(-0.06, 0.06), ctx.uni(-0.06, 0.06), ctx.uni(0.9, 1.0))
            if q[:, 0].min() > 4 and q[:, 1].min() > 4 and q[:, 0].max() < W - 4 and q[:, 1].max() < H - 4:
                break
        else:
            raise LayoutError("doc does not fit")
        c.place(surf, q, shadow=0.35, shadow_off=(10, 14), shadow_blur=12)
    return c


def letterhead(pg, p, ctx, org_name=None, org_kind=SCHOOL):
    s = pg.surf
    acc = rand_color(ctx, v=(0.3, 0.6))
    m = pg.m
    name = org_name or p.school
    f = fit(ctx.pick(SERIF_B + SANS_B), name, pg.w - 2 * m - pg.pt(60), pg.pt(20), pg.pt(12))
    s.d.ellipse([m, m, m + pg.pt(48), m + pg.pt(48)], fill=acc)
    s.text(m + pg.pt(24), m + pg.pt(30), name[0], pg.f("dvb", 22), (255, 255, 255), anchor="ms")
    x = m + pg.pt(60)
    s.text(x, m + pg.pt(20), name, f, acc, kind=org_kind)
    sch_addr = D.address(ctx.rng, ctx.region)
    fs = pg.f(ctx.pick(SANS), 10)
    if ctx.chance(0.25):
        s.rich(x, m + pg.pt(36), pg.w - x - m, [(sch_addr["street"] + ", ", None), (sch_addr["town"], LOCATION)], fs,
               (60, 60, 60), max_lines=1)
    else:
        s.text(x, m + pg.pt(36), ctx.pick(["Learning together", "Respect - Resilience - Kindness", "Est. 1968",
                                           "Ko te ako te mea nui", "Every child matters"]), fs, (60, 60, 60))
    s.rich(x, m + pg.pt(50), pg.w - x - m, [("Tel: ", None), (D.phone(ctx.rng, ctx.region, mobile=False), PHONE),
                                            ("   office@" + name.lower().replace(" ", "").replace("'", "")[:14] + ".edu", None)],
           fs, (60, 60, 60), max_lines=1)
    y = m + pg.pt(66)
    s.d.line([m, y, pg.w - m, y], fill=acc, width=max(2, int(pg.pt(1.2))))
    return y + pg.pt(30), acc


def field(pg, y, label, value, kind, ctx, hand_key, ink, x=None, width=None, fs=11):
    s = pg.surf
    x = pg.m if x is None else x
    width = (pg.w - 2 * pg.m) if width is None else width
    fl = pg.f(ctx.pick(["dv", "ls", "lr"]), 10)
    lw = fl.getlength(label + " ") + pg.pt(4)
    s.text(x, y, label, fl, (30, 30, 30))
    s.d.line([x + lw, y + pg.pt(3), x + width, y + pg.pt(3)], fill=(120, 120, 120), width=max(1, int(pg.pt(0.6))))
    if value:
        fv = fit(hand_key, value, width - lw - pg.pt(6), pg.pt(fs + 2), pg.pt(10))
        s.text(x + lw + pg.pt(4), y - pg.pt(1), value, fv, ink, kind=kind, hand=0.5 if hand_key in HAND else 0, rng=ctx.rng)
    return y + pg.pt(26)


def body(pg, y, segs, ctx, fkey, size=11, width=None, x=None, fill=(25, 25, 25)):
    f = pg.f(fkey, size)
    x = pg.m if x is None else x
    width = (pg.w - 2 * pg.m) if width is None else width
    y = pg.surf.rich(x, y, width, segs, f, fill, lh=1.4)
    return y + f.size * 1.9


def permission_slip(ctx, mode, with_qr=False):
    pg = Page(ctx)
    p = Persona(ctx)
    y, acc = letterhead(pg, p, ctx)
    bk = ctx.pick(SERIF + SANS)
    s = pg.surf
    s.text(pg.m, y, D.short_date(ctx.rng, ctx.region), pg.f(bk, 11), (30, 30, 30))
    y += pg.pt(28)
    y = body(pg, y, [("Dear Parents and Carers of ", None), (p.year, AGE), (",", None)], ctx, bk)
    trip = ctx.pick(["the Natural History Museum", "the city farm", "the aquarium", "the science centre", "the zoo"])
    y = body(pg, y, [(f"On {D.event_date(ctx.rng, ctx.region)} the class will visit {trip}. The coach leaves at 9:00 and "
                      "returns by 3:15. Please send a packed lunch, a water bottle and a waterproof coat. The cost of the "
                      "trip is covered by the school fund. Please complete and return the slip below by Friday.", None)],
                 ctx, bk)
    y = body(pg, y, [("Kind regards,", None)], ctx, bk)
    s.text(pg.m, y, ctx.pick(["The Class Team", "The Year Team", "School Office"]), pg.f(bk, 11), (30, 30, 30))
    y += pg.pt(30)
    for xx in range(pg.m, pg.w - pg.m, int(pg.pt(8))):
        s.d.line([xx, y, xx + pg.pt(4), y], fill=(100, 100, 100), width=2)
    s.text(pg.w / 2, y + pg.pt(4), "cut here", pg.f("dvi", 7), (120, 120, 120), anchor="mt")
    y += pg.pt(36)
    s.text(pg.m, y, "PERMISSION SLIP", pg.f(ctx.pick(SANS_B), 13), acc)
    y += pg.pt(30)
    hk = ctx.pick(HAND)
    ink = ctx.pick([(20, 30, 120), (20, 20, 20), (10, 60, 140)])
    rows = [("Child's name:", p.full, PERSON), ("Class:", p.year, AGE), ("Parent/Guardian:", p.parent, PERSON),
            ("Emergency contact number:", p.parent_phone, PHONE), ("Email:", p.parent_email, EMAIL)]
    if ctx.chance(0.4):
        rows.append(("Home address:", p.addr["street"], ADDRESS))
    qx_limit = None
    if with_qr:
        payload = f"mailto:{p.parent_email}"
        mod = max(4, int(pg.pt(2.2)))
        qs = Surface.qr_size(payload, mod)
        qx_limit = pg.w - pg.m - qs - pg.pt(10)
    for lab, val, kind in rows:
        if y > pg.h - pg.m - pg.pt(20):
            break
        y = field(pg, y, lab, val, kind, ctx, hk, ink, width=(qx_limit - pg.m) if qx_limit else None)
    if y < pg.h - pg.m - pg.pt(20):
        y = field(pg, y, "Signed:", "", None, ctx, hk, ink, width=(qx_limit - pg.m) if qx_limit else None)
    if with_qr:
        s.qr(pg.w - pg.m - qs, pg.h - pg.m - qs, payload, mod,
             leaks=[(EMAIL, p.parent_email)])
    return deliver(ctx, pg, mode)


def reg_form(ctx, mode):
    pg = Page(ctx)
    p = Persona(ctx)
    orgname = ctx.pick([p.team, p.org])
    y, acc = letterhead(pg, p, ctx, org_name=orgname, org_kind=ORG)
    s = pg.surf
    title = ctx.pick(["Junior Membership Form", "Registration Form 2025", "New Member Application", "Holiday Camp Sign-up"])
    s.text(pg.m, y, title, pg.f(ctx.pick(SANS_B), 16), (20, 20, 20))
    y += pg.pt(34)
    hk = ctx.pick(HAND) if ctx.chance(0.6) else ctx.pick(SANS)
    ink = ctx.pick([(20, 30, 120), (20, 20, 20)])
    s.text(pg.m, y, "CHILD DETAILS", pg.f("dvb", 11), acc)
    y += pg.pt(24)
    half = (pg.w - 2 * pg.m) / 2 - pg.pt(10)
    y = field(pg, y, "Child's full name:", p.full, PERSON, ctx, hk, ink)
    field(pg, y, "Date of birth:", p.dob, DOB, ctx, hk, ink, width=half)
    y = field(pg, y, "Age:", str(p.age), AGE, ctx, hk, ink, x=pg.m + half + pg.pt(20), width=half)
    y = field(pg, y, "Address:", p.addr["street"], ADDRESS, ctx, hk, ink)
    y = field(pg, y, "", p.addr["locality"], ADDRESS, ctx, hk, ink)
    y = field(pg, y, "School:", p.school, SCHOOL, ctx, hk, ink)
    y += pg.pt(10)
    s.text(pg.m, y, "PARENT / GUARDIAN", pg.f("dvb", 11), acc)
    y += pg.pt(24)
    y = field(pg, y, "Name:", p.parent, PERSON, ctx, hk, ink)
    field(pg, y, "Mobile:", p.parent_phone, PHONE, ctx, hk, ink, width=half)
    y = field(pg, y, "Home:", p.home_phone, PHONE, ctx, hk, ink, x=pg.m + half + pg.pt(20), width=half)
    y = field(pg, y, "Email:", p.parent_email, EMAIL, ctx, hk, ink)
    y += pg.pt(10)
    s.text(pg.m, y, "MEDICAL / OTHER", pg.f("dvb", 11), acc)
    y += pg.pt(24)
    y = field(pg, y, "Allergies:", ctx.pick(["none", "peanuts", "hay fever", "none known"]), None, ctx, hk, ink)
    y = field(pg, y, "Photo consent:", ctx.pick(["Yes", "No"]), None, ctx, hk, ink)
    bk = ctx.pick(SERIF + SANS)
    body(pg, y + pg.pt(10), [("Data is kept securely and only used to run club activities. Please return this form to the "
                              "coach at the next session with the first term fee.", None)], ctx, bk, size=9)
    return deliver(ctx, pg, mode)


def report_card(ctx, mode, with_qr=False):
    pg = Page(ctx)
    p = Persona(ctx)
    y, acc = letterhead(pg, p, ctx)
    s = pg.surf
    s.text(pg.m, y, ctx.pick(["End of Year Report", "Term 2 Report", "Progress Report", "Semester 1 Report Card"]),
           pg.f(ctx.pick(SERIF_B), 17), (20, 20, 20))
    y += pg.pt(30)
    fk = ctx.pick(SANS)
    fb = ctx.pick(SANS_B)
    for lab, val, kind in [("Student:", p.full, PERSON), ("Year/Class:", p.year, AGE), ("Date of birth:", p.dob, DOB)]:
        s.text(pg.m, y, lab, pg.f(fk, 11), (60, 60, 60))
        s.text(pg.m + pg.pt(100), y, val, pg.f(fb, 11), (20, 20, 20), kind=kind)
        y += pg.pt(18)
    y += pg.pt(14)
    subjects = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "PE", "Computing", "Languages"]
    grades = ctx.pick([["A", "B", "C", "D"], ["Exceeding", "Meeting", "Working towards"], ["1", "2", "3", "4", "5"],
                       ["O", "E", "S", "N"]])
    tw = pg.w - 2 * pg.m
    rh = pg.pt(20)
    s.d.rectangle([pg.m, y, pg.m + tw, y + rh], fill=acc)
    for lab, x in (("Subject", 0.02), ("Attainment", 0.4), ("Effort", 0.65), ("Attendance", 0.82)):
        s.text(pg.m + tw * x, y + rh * 0.72, lab, pg.f(fb, 10), (255, 255, 255))
    y += rh
    for i, sub in enumerate(ctx.rng.sample(subjects, 7)):
        if i % 2:
            s.d.rectangle([pg.m, y, pg.m + tw, y + rh], fill=(240, 240, 245))
        s.text(pg.m + tw * 0.02, y + rh * 0.72, sub, pg.f(fk, 10), (20, 20, 20))
        s.text(pg.m + tw * 0.4, y + rh * 0.72, ctx.pick(grades), pg.f(fk, 10), (20, 20, 20))
        s.text(pg.m + tw * 0.65, y + rh * 0.72, ctx.pick(grades), pg.f(fk, 10), (20, 20, 20))
        s.text(pg.m + tw * 0.82, y + rh * 0.72, f"{ctx.ri(88, 100)}%", pg.f(fk, 10), (20, 20, 20))
        y += rh
    y += pg.pt(30)
    s.text(pg.m, y, "Teacher's comment", pg.f(fb, 11), acc)
    y += pg.pt(20)
    bk = ctx.pick(SERIF + SANS)
    y = body(pg, y, [("", None), (p.first, PERSON), (" has had a very positive year and works well with the rest of the "
                                                      "group. Please keep reading every evening over the holidays.", None)],
             ctx, bk, width=tw * (0.7 if with_qr else 1.0))
    if with_qr:
        payload = f"Student: {p.full}; {p.year}; {p.school}"
        mod = max(4, int(pg.pt(2.0)))
        qs = Surface.qr_size(payload, mod)
        s.qr(pg.w - pg.m - qs, pg.h - pg.m - qs, payload, mod, leaks=[(PERSON, p.full), (AGE, p.year), (SCHOOL, p.school)])
    s.text(pg.m, pg.h - pg.m, "Signed: ____________", pg.f(fk, 10),
           (60, 60, 60))
    return deliver(ctx, pg, mode)


def timetable(ctx, mode):
    pg = Page(ctx, landscape=True)
    p = Persona(ctx)
    s = pg.surf
    acc = rand_color(ctx, v=(0.35, 0.7))
    fb = ctx.pick(SANS_B)
    fk = ctx.pick(SANS)
    segs = [("", None), (p.first, PERSON), ("'s timetable - ", None), (p.year, AGE), (" - ", None), (p.school, SCHOOL)]
    s.rich(pg.m, pg.m + pg.pt(18), pg.w - 2 * pg.m, segs, fit(fb, "".join(t for t, _ in segs), pg.w - 2 * pg.m, pg.pt(18),
                                                                pg.pt(11)), acc, max_lines=1)
    y = pg.m + pg.pt(44)
    days = D.DAYS[:5]
    periods = ["8:45", "9:45", "10:45", "11:45", "1:15", "2:15"]
    tw = pg.w - 2 * pg.m
    cw = tw / 6
    rh = (pg.h - y - pg.m - pg.pt(40)) / (len(periods) + 1)
    subjects = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Geography", "Computing", "French", "RE",
                "Drama"]
    teachers = [f"{ctx.pick(['Mr', 'Mrs', 'Ms'])} {D.surname(ctx.rng)}" for _ in range(4)]
    used_teachers = 0
    for i, dname in enumerate([""] + days):
        s.d.rectangle([pg.m + i * cw, y, pg.m + (i + 1) * cw, y + rh], fill=acc, outline=(255, 255, 255))
        s.text(pg.m + i * cw + cw / 2, y + rh * 0.62, dname, pg.f(fb, 11), (255, 255, 255), anchor="ms")
    for j, per in enumerate(periods):
        yy = y + (j + 1) * rh
        s.d.rectangle([pg.m, yy, pg.m + cw, yy + rh], fill=(230, 230, 235), outline=(180, 180, 185))
        s.text(pg.m + cw / 2, yy + rh * 0.6, per, pg.f(fk, 10), (30, 30, 30), anchor="ms")
        for i in range(5):
            x0 = pg.m + (i + 1) * cw
            s.d.rectangle([x0, yy, x0 + cw, yy + rh], fill=hsv(ctx.rng.random(), 0.15, 0.98), outline=(180, 180, 185))
            s.text(x0 + cw / 2, yy + rh * 0.45, ctx.pick(subjects), pg.f(fb, 10), (30, 30, 30), anchor="ms")
            if used_teachers < 2 and ctx.chance(0.1):
                t = teachers[used_teachers]
                used_teachers += 1
                s.text(x0 + cw / 2, yy + rh * 0.8, t, fit(fk, t, cw * 0.9, pg.pt(9.5), pg.pt(9)), (70, 70, 70), anchor="ms",
                       kind=PERSON)
            else:
                s.text(x0 + cw / 2, yy + rh * 0.8, f"Room {ctx.ri(1, 30)}", pg.f(fk, 8), (90, 90, 90), anchor="ms")
    yb = pg.h - pg.m - pg.pt(10)
    s.rich(pg.m, yb, tw, ctx.pick([[("After school: ", None), (p.team, ORG), (" training Wed 4pm", None)],
                                   [("Tutor group: ", None), (p.teacher, PERSON)]]), pg.f(fk, 11), (30, 30, 30))
    return deliver(ctx, pg, mode)


def club_flyer(ctx, mode, with_qr=False):
    pg = Page(ctx)
    p = Persona(ctx)
    s = pg.surf
    acc = rand_color(ctx, v=(0.45, 0.8))
    s.d.rectangle([0, 0, pg.w, pg.h * 0.28], fill=acc)
    fb = ctx.pick(SANS_B + SERIF_B)
    head = ctx.pick(["JOIN US!", "NEW PLAYERS WANTED", "COME AND TRY", "FREE TASTER SESSION"])
    s.text(pg.w / 2, pg.h * 0.1, head, fit(fb, head, pg.w - 2 * pg.m, pg.pt(40), pg.pt(20)), (255, 255, 255), anchor="ms")
    club = ctx.pick([p.team, p.org])
    f = fit(fb, club, pg.w - 2 * pg.m, pg.pt(28), pg.pt(14))
    s.text(pg.w / 2, pg.h * 0.2, club, f, (255, 255, 255), anchor="ms", kind=ORG)
    y = pg.h * 0.36
    bk = ctx.pick(SANS + SERIF)
    fsz = 15
    y = body(pg, y, [("Ages ", None), (f"{ctx.ri(5, 8)}-{ctx.ri(10, 14)}", None), (" - all abilities welcome!", None)], ctx, bk,
             size=fsz)
    y = body(pg, y, [(f"Every {ctx.pick(D.DAYS[:6])} at ", None), (f"{p.town} Park", LOCATION)], ctx, bk, size=fsz)
    coach = D.parent_name(ctx.rng)
    y = body(pg, y, [("Contact Coach ", None), (coach, PERSON), (" on ", None), (D.phone(ctx.rng, ctx.region), PHONE)], ctx, bk,
             size=fsz)
    y = body(pg, y, [("or email ", None), (D.email(ctx.rng, coach.split()[0], coach.split()[-1], ctx.region, kid=False), EMAIL)],
             ctx, bk, size=fsz)
    if ctx.chance(0.5):
        y = body(pg, y, [("Our star player ", None), (p.full, PERSON), (" (", None), (D.age_str(ctx.rng, p.age), AGE),
                         (") says: it's the best!", None)], ctx, bk, size=fsz)
    if with_qr:
        link = ctx.pick([f"https://wa.me/{D.digits_only(D.phone(ctx.rng, ctx.region, intl=True)).lstrip('+')}",
                         f"https://chat.whatsapp.com/{ctx.ri(10**9, 10**10)}Kq{ctx.ri(1000, 9999)}",
                         f"https://t.me/{p.handle}"])
        mod = max(5, int(pg.pt(2.6)))
        qs = Surface.qr_size(link, mod)
        if y + pg.pt(20) + qs > pg.h - pg.m:
            raise LayoutError("flyer qr room")
        s.text(pg.w / 2, pg.h - pg.m - qs - pg.pt(6), "Scan to join the parents' group", pg.f(ctx.pick(SANS_B), 12),
               (30, 30, 30), anchor="ms")
        s.qr(pg.w / 2 - qs / 2, pg.h - pg.m - qs, link, mod, leaks=[(URL, link)])
    return deliver(ctx, pg, mode)


def invitation(ctx, mode, with_qr=False):
    pg = Page(ctx, landscape=ctx.chance(0.4))
    p = Persona(ctx, age=ctx.ri(4, 12))
    s = pg.surf
    for _ in range(30):
        x, y, r = ctx.uni(0, pg.w), ctx.uni(0, pg.h), ctx.uni(0.01, 0.03) * pg.w
        if pg.m * 0.6 < x < pg.w - pg.m * 0.6 and pg.m * 0.6 < y < pg.h - pg.m * 0.6:
            continue
        s.d.ellipse([x - r, y - r, x + r, y + r], fill=rand_color(ctx, v=(0.7, 1.0)))
    fb = ctx.pick(HAND_B + SANS_B + SERIF_B)
    bk = ctx.pick(SANS + SERIF + HAND)
    col = rand_color(ctx, v=(0.4, 0.7))
    s.text(pg.w / 2, pg.m + pg.pt(40), "You're invited!", pg.f(fb, 34), col, anchor="ms")
    y = pg.m + pg.pt(90)
    segs = [("Come and celebrate ", None), (p.first, PERSON), ("'s ", None), (D.ordinal(p.age), AGE), (" birthday!", None)]
    y = pg.surf.rich(pg.m, y, pg.w - 2 * pg.m, segs, pg.f(fb, 20), (30, 30, 30), align="c")
    y += pg.pt(44)
    f = pg.f(bk, 15)
    rows = [[("When: ", None), (D.event_date(ctx.rng, ctx.region) + f", {ctx.ri(1, 5)}pm - {ctx.ri(5, 7)}pm", None)],
            [("Where: ", None), (p.addr["street"] + ", " + p.addr["town"], ADDRESS)],
            [("RSVP to ", None), (p.parent, PERSON), (" on ", None), (p.parent_phone, PHONE)],
            [("Theme: ", None), (ctx.pick(["superheroes", "under the sea", "dinosaurs", "space", "unicorns"]), None)]]
    for segs in rows:
        y = s.rich(pg.m, y, pg.w - 2 * pg.m, segs, f, (30, 30, 30), align="c")
        y += f.size * 1.8
    if with_qr:
        lat = ctx.uni(-40, 55)
        lon = ctx.uni(-120, 175)
        geo = f"{lat:.5f},{lon:.5f}"
        payload = f"geo:{geo}"
        mod = max(5, int(pg.pt(2.6)))
        qs = Surface.qr_size(payload, mod)
        if y + qs + pg.pt(20) > pg.h - pg.m * 0.6:
            raise LayoutError("invite qr room")
        s.text(pg.w / 2, pg.h - pg.m * 0.6 - qs - pg.pt(4), "Directions", pg.f(ctx.pick(SANS_B), 11), (30, 30, 30), anchor="ms")
        s.qr(pg.w / 2 - qs / 2, pg.h - pg.m * 0.6 - qs, payload, mod, leaks=[(LOCATION, geo)])
    return deliver(ctx, pg, mode)


# ------------------------------------------------------------------ clean documents
def bus_timetable(ctx, mode):
    pg = Page(ctx, landscape=ctx.chance(0.5))
    s = pg.surf
    acc = rand_color(ctx, v=(0.4, 0.7))
    fb, fk = ctx.pick(SANS_B), ctx.pick(SANS)
    route = ctx.ri(1, 199)
    s.d.rectangle([0, 0, pg.w, pg.m + pg.pt(40)], fill=acc)
    s.text(pg.m, pg.m + pg.pt(20), f"Route {route}  -  City Centre to {ctx.pick(['Airport', 'University', 'Hospital', 'Harbour'])}",
           pg.f(fb, 18), (255, 255, 255))
    stops = ["Central Station", "Market Square", "Town Hall", "Library", "Museum", "Riverside", "University", "Hospital",
             "Retail Park", "Airport"]
    y = pg.m + pg.pt(80)
    tw = pg.w - 2 * pg.m
    for st in stops:
        s.text(pg.m, y, st, pg.f(fk, 10), (20, 20, 20))
        t0 = ctx.ri(5, 8) * 60 + ctx.ri(0, 50)
        for k in range(8):
            t = t0 + k * 30 + stops.index(st) * 4
            s.text(pg.m + tw * 0.3 + k * tw * 0.088, y, f"{t // 60:02d}:{t % 60:02d}", pg.f("dvm", 9.5), (20, 20, 20))
        y += pg.pt(22)
    y += pg.pt(20)
    body(pg, y, [("Timetable valid from 1 September. Buses may run early or late due to traffic. Contactless and exact fare "
                  "accepted. For live times visit the journey planner.", None)], ctx, ctx.pick(SANS), size=9)
    return deliver(ctx, pg, mode)


def worksheet(ctx, mode):
    pg = Page(ctx)
    s = pg.surf
    fb, fk = ctx.pick(SANS_B + SERIF_B), ctx.pick(SANS + SERIF)
    s.text(pg.m, pg.m + pg.pt(14), "Name: ______________________   Class: ________   Date: ________", pg.f(fk, 11), (30, 30, 30))
    topic = ctx.pick(["Fractions", "Times tables", "Adjectives", "The Water Cycle", "Ancient Egypt", "Telling the time"])
    s.text(pg.w / 2, pg.m + pg.pt(60), topic, pg.f(fb, 24), (20, 20, 20), anchor="ms")
    y = pg.m + pg.pt(100)
    for i in range(12):
        if topic in ("Fractions", "Times tables", "Telling the time"):
            a, b = ctx.ri(2, 12), ctx.ri(2, 12)
            q = f"{i + 1}.  {a} x {b} = ______" if topic != "Fractions" else f"{i + 1}.  1/{a} + 1/{b} = ______"
        else:
            q = f"{i + 1}.  {ctx.pick(['Explain', 'Describe', 'Draw', 'Name'])} {ctx.pick(['one', 'two', 'three'])} " \
                f"{ctx.pick(['facts', 'examples', 'reasons'])} about {topic.lower()}: ____________"
        s.text(pg.m, y, q, pg.f(fk, 12), (20, 20, 20))
        y += pg.pt(40)
        if y > pg.h - pg.m:
            break
    return deliver(ctx, pg, mode)


def ticket(ctx, mode, with_qr=False):
    pg = Page(ctx)
    s = pg.surf
    acc = rand_color(ctx, v=(0.3, 0.6))
    fb, fk = ctx.pick(SANS_B), ctx.pick(SANS)
    ev = ctx.pick([("Coldplay - Music of the Spheres", "Wembley Stadium"), ("The Lion King", "Lyceum Theatre"),
                   ("Wallabies v All Blacks", "Eden Park"), ("Disney On Ice", "3Arena Dublin"),
                   ("Harry Styles Live", "Rogers Centre"), ("IPL: Mumbai v Chennai", "Wankhede Stadium")])
    s.d.rectangle([pg.m, pg.m, pg.w - pg.m, pg.m + pg.h * 0.35], outline=acc, width=int(pg.pt(2)))
    s.d.rectangle([pg.m, pg.m, pg.w - pg.m, pg.m + pg.pt(50)], fill=acc)
    s.text(pg.m + pg.pt(14), pg.m + pg.pt(33), "E-TICKET", pg.f(fb, 20), (255, 255, 255))
    y = pg.m + pg.pt(90)
    s.text(pg.m + pg.pt(14), y, ev[0], fit(fb, ev[0], pg.w * 0.55, pg.pt(16), pg.pt(10)), (20, 20, 20))
    y += pg.pt(26)
    for line in [ev[1], f"{D.event_date(ctx.rng, 'UK')} 2025   Doors {ctx.ri(5, 7)}:30pm",
                 f"Block {ctx.pick('ABCDEFG')}{ctx.ri(1, 30)}  Row {ctx.ri(1, 40)}  Seat {ctx.ri(1, 60)}",
                 f"Ticket type: {ctx.pick(['Adult', 'Child', 'Standing', 'Family'])}",
                 f"Order ref {ctx.pick('ABCDEFGHJK')}{ctx.ri(10000000, 99999999)}"]:
        s.text(pg.m + pg.pt(14), y, line, pg.f(fk, 11), (40, 40, 40))
        y += pg.pt(20)
    if with_qr:
        payload = f"https://tickets.{ctx.pick(['livenation.com', 'ticketmaster.com', 'axs.com'])}/t/{ctx.ri(10**9, 10**10)}"
        mod = max(5, int(pg.pt(2.5)))
        qs = Surface.qr_size(payload, mod)
        s.qr(pg.w - pg.m - qs - pg.pt(10), pg.m + pg.pt(60), payload, mod)
    y = pg.m + pg.h * 0.42
    body(pg, y, [("This ticket is valid for one entry only. Please have it ready on your phone or printed. Re-sale is not "
                  "permitted. The venue operates a bag policy: small bags only. Enjoy the show!", None)], ctx, fk, size=10)
    return deliver(ctx, pg, mode)
