"""A4 / Letter documents at 150-200 dpi (leaky); finished as scans or photos by the driver."""
from common import PALETTE, PAPER, PEN, personal_qr
from gfx import Layer, font, tok, wrap

SIZES = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}


class Doc:
    def __init__(self, ctx, paper=None):
        r = ctx.rng
        self.ctx, self.r = ctx, r
        self.region = ctx.gen.region
        ps = "Letter" if self.region in ("US", "CA") else "A4"
        self.dpi = r.choice([150, 160, 175, 200])
        w, h = SIZES[ps]
        self.L = Layer(int(w * self.dpi), int(h * self.dpi), bg=paper or r.choice(PAPER))
        self.m = int(0.75 * self.dpi)
        self.y = self.m
        self.W = self.L.w - 2 * self.m
        self.ink = (20, 20, 20)
        self.pen = r.choice(PEN)
        self.acc = PALETTE[r.randrange(len(PALETTE))]
        self.fam = r.choice(["sans", "serif"])
        self.alt = r.randint(0, 5)

    def px(self, pt):
        return pt * self.dpi / 72.0

    def f(self, pt, style=None):
        return font(style or self.fam, self.px(pt), self.alt)

    def header(self, toks, sub=None, logo=True):
        L = self.L
        if logo:
            rr = self.px(22)
            L.d.ellipse((self.m, self.y, self.m + 2 * rr, self.y + 2 * rr), fill=self.acc)
            L.text((self.m + rr, self.y + rr), "★" if False else "", self.f(20), (255, 255, 255), anchor="mm")
            x = self.m + 2 * rr + self.px(12)
        else:
            x = self.m
        L.para(x, self.y, toks, self.f(18, self.fam + "b"), self.acc, self.W - (x - self.m), line_h=self.px(22))
        if sub:
            L.para(x, self.y + self.px(24), sub, self.f(10), (90, 90, 90), self.W - (x - self.m), line_h=self.px(13))
        self.y += self.px(52)
        L.rect((self.m, self.y, self.m + self.W, self.y + max(2, self.px(1.2))), fill=self.acc)
        self.y += self.px(16)

    def title(self, toks, pt=16, align="m"):
        if isinstance(toks, str):
            toks = [(toks, None)]
        self.y = self.L.para(self.m, self.y, toks, self.f(pt, self.fam + "b"), self.ink, self.W, line_h=self.px(pt * 1.3), align=align)
        self.y += self.px(8)

    def p(self, toks, pt=11.5):
        if isinstance(toks, str):
            toks = [(toks, None)]
        self.y = self.L.para(self.m, self.y, toks, self.f(pt), self.ink, self.W, line_h=self.px(pt * 1.4))
        self.y += self.px(7)

    def field(self, label, value, kind, x=None, w=None, hand=None, pt=12):
        """'Label: ______' with value written on the line (handwritten or typed)."""
        L = self.L
        x = self.m if x is None else x
        w = self.W if w is None else w
        fl = self.f(pt - 1)
        hand = self.r.random() < 0.6 if hand is None else hand
        base = self.y + self.px(pt * 1.4)
        L.text((x, base), label, fl, self.ink, anchor="ls")
        lx = x + fl.getlength(label) + self.px(6)
        L.rect((lx, base + self.px(2), x + w - self.px(4), base + self.px(2) + max(1, self.px(0.6))), fill=(120, 120, 120))
        if value:
            fv = font("hand", self.px(pt + 3), self.alt) if hand else self.f(pt)
            L.text((lx + self.px(6), base - self.px(1)), value, fv, self.pen if hand else self.ink, kind=kind, anchor="ls")
        return base

    def fields_row(self, items, pt=12):
        """items: (label, value, kind, frac)."""
        x = self.m
        hand = self.r.random() < 0.6
        b = 0
        for lab, val, kind, fr in items:
            b = self.field(lab, val, kind, x=x, w=self.W * fr - self.px(8), hand=hand, pt=pt)
            x += self.W * fr
        self.y = b + self.px(12)

    def table(self, rows, fracs, pt=11, head=True, kinds=None, row_h=None):
        L = self.L
        rh = row_h or self.px(pt * 2.0)
        for i, row in enumerate(rows):
            x = self.m
            if head and i == 0:
                L.rect((self.m, self.y, self.m + self.W, self.y + rh), fill=tuple(min(255, c + 170) for c in self.acc))
            for j, cell in enumerate(row):
                cw = self.W * fracs[j]
                L.rect((x, self.y, x + cw, self.y + rh), outline=(130, 130, 130), width=max(1, int(self.px(0.5))))
                k = kinds[i][j] if kinds else None
                f = self.f(pt, self.fam + "b") if head and i == 0 else self.f(pt)
                lines = wrap([(cell, k)], f, cw - self.px(8)) if not k else [[(cell, k, False, None)]]
                yy = self.y + (rh - len(lines) * f.size * 1.15) / 2 + f.getmetrics()[0]
                for ln in lines[:2]:
                    t = " ".join(u[0] for u in ln)
                    L.text((x + self.px(4), yy), t, f, self.ink, kind=k, anchor="ls")
                    yy += f.size * 1.15
                x += cw
            self.y += rh
        self.y += self.px(12)

    def sign(self, label="Signature"):
        L = self.L
        base = self.y + self.px(20)
        L.text((self.m, base), label, self.f(11), self.ink, anchor="ls")
        x = self.m + self.f(11).getlength(label) + self.px(10)
        L.rect((x, base + 2, x + self.px(180), base + 4), fill=(120, 120, 120))
        pts = []
        for k in range(14):
            pts.append((x + self.px(10) + k * self.px(9), base - self.px(4) - self.r.uniform(0, self.px(14))))
        L.d.line(pts, fill=self.pen, width=max(2, int(self.px(1.2))))
        self.y = base + self.px(16)


def kid(ctx):
    g = ctx.gen
    p = g.child()
    p.school = g.school()
    p.yr = g.school_year(p.age)
    p.addr = g.address()
    p.phone = g.phone()
    p.email = g.email(p.parent_first, p.last)
    return p


def permission_slip(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx)
    p = kid(ctx)
    d.header(tok("{SCHOOL:s}", s=p.school), sub=[(f"{g.street()}  |  Office {g.phone(mobile=False)}", None)] if r.random() < 0 else None)
    trip = r.choice(["the Science Museum", "the Botanic Gardens", "the Aquarium", "Swimming Lessons", "a Farm Visit", "the Zoo"])
    d.title(tok("Permission Slip - {AGE:y} visit to " + trip, y=p.yr))
    d.p(f"Dear Parents and Caregivers, our class will be visiting {trip} on {g.event_date()}. Students need a packed lunch, a hat and a water bottle. "
        f"The cost is {r.choice(['$12', '£8.50', '€10', 'R120', 'Rs 350'])} per student. Please return the slip below by Friday.")
    d.p(tok("Kind regards, {PERSON:t}", t=g.adult()))
    d.y += d.px(10)
    d.L.text((d.m + d.W / 2, d.y), "- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -", d.f(9), (120, 120, 120), anchor="mt")
    d.y += d.px(24)
    d.fields_row([("Student name:", p.name, "PERSON", 0.62), ("Class:", g.class_code(p.age), None, 0.38)])
    if r.random() < 0.5:
        d.fields_row([("Date of birth:", g.date(y=p.year), "DATE_OF_BIRTH", 1.0)])
    d.fields_row([("Parent/Guardian:", p.parent, "PERSON", 1.0)])
    d.fields_row([("Emergency contact:", p.phone, "PHONE", 1.0)])
    if r.random() < 0.5:
        d.fields_row([("Email:", p.email, "EMAIL", 1.0)])
    d.p("I give permission for my child to attend. [x] Yes  [ ] No", pt=11)
    d.sign()
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(5, int(d.px(2.6)))
        d.L.qr(d.m + d.W - Layer.qr_size(pay, mod), d.y + d.px(10), pay, mod, parts)
    return d.L, "permission_slip"


def medical_form(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx)
    p = kid(ctx)
    org = r.random() < 0.4
    d.header(tok("{ORG:o}", o=g.org()) if org else tok("{SCHOOL:s}", s=p.school))
    d.title(r.choice(["Student Medical & Contact Form", "Enrolment Form", "Camp Health Information Form", "Emergency Contact Details"]))
    d.fields_row([("Full name:", p.name, "PERSON", 0.6), ("Date of birth:", g.date(y=p.year), "DATE_OF_BIRTH", 0.4)])
    d.fields_row([("Home address:", p.addr[0], "ADDRESS", 1.0)])
    d.fields_row([("Town / Postcode:", p.addr[1], "ADDRESS", 1.0)])
    if not org:
        d.fields_row([("Year / Class:", p.yr, "AGE", 0.5), ("Age:", str(p.age), "AGE", 0.5)])
    else:
        d.fields_row([("School:", p.school, "SCHOOL", 1.0)])
    d.fields_row([("Parent/Guardian 1:", p.parent, "PERSON", 0.55), ("Mobile:", p.phone, "PHONE", 0.45)])
    if r.random() < 0.6:
        d.fields_row([("Parent/Guardian 2:", g.full(), "PERSON", 0.55), ("Mobile:", g.phone(), "PHONE", 0.45)])
    d.fields_row([("Email:", p.email, "EMAIL", 1.0)])
    if r.random() < 0.4:
        d.fields_row([("Parent's workplace:", g.workplace(), "ORG", 1.0)])
    d.fields_row([("Allergies / conditions:", r.choice(["Peanuts", "Asthma (inhaler in bag)", "None", "Bee stings", "Lactose"]), None, 1.0)])
    d.fields_row([("Doctor:", g.adult(), "PERSON", 0.5), ("Phone:", g.phone(mobile=False), "PHONE", 0.5)])
    d.sign("Parent signature")
    return d.L, "medical_form"


def report_card(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx)
    p = kid(ctx)
    d.header(tok("{SCHOOL:s}", s=p.school))
    d.title(f"End of Term Report  -  Term {r.randint(1, 4)}, {r.randint(2023, 2025)}")
    d.fields_row([("Student:", p.name, "PERSON", 0.58), ("Year:", p.yr, "AGE", 0.42)], pt=12)
    teacher = g.adult()
    d.fields_row([("Class teacher:", teacher, "PERSON", 0.6), ("Class:", g.class_code(p.age), None, 0.4)], pt=12)
    subs = ["English", "Mathematics", "Science", "History", "Art", "Music", "Physical Education", "Languages", "Technology"]
    r.shuffle(subs)
    grades = ["A", "B+", "B", "C", "A-", "Excellent", "Good", "Developing"]
    rows = [["Subject", "Grade", "Effort", "Comment"]]
    for s in subs[:r.randint(5, 7)]:
        rows.append([s, r.choice(grades), r.choice(["1", "2", "3"]), r.choice(["Works hard", "Good progress", "Needs focus", "Excellent!", "Keep reading"])])
    d.table(rows, [0.3, 0.14, 0.12, 0.44], pt=11)
    d.p(tok("Teacher's comment: {PERSON:f} has had a wonderful term and is a kind member of our class. Keep it up!", f=p.first), pt=12)
    d.p(f"Days absent: {r.randint(0, 9)}     Days late: {r.randint(0, 5)}")
    d.sign("Principal")
    return d.L, "report_card"


def timetable(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx)
    p = kid(ctx)
    d.header(tok("{SCHOOL:s}", s=p.school))
    d.title(tok("Weekly timetable - {PERSON:n}", n=p.name))
    d.p(tok("Class {_:c}  ({AGE:y})", c=g.class_code(p.age), y=p.yr), pt=12)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    subs = ["Maths", "English", "Science", "PE", "Art", "Music", "Reading", "Library", "Geography", "Drama", "Assembly"]
    rows = [["Time"] + days]
    kinds = [[None] * 6]
    times = ["8:45", "9:45", "11:00", "12:00", "1:30", "2:30"]
    for t in times:
        rows.append([t] + [r.choice(subs) for _ in days])
        kinds.append([None] * 6)
    rows.append(["3:30"] + ["" for _ in days])
    kinds.append([None] * 6)
    after = g.org()
    j = r.randint(1, 5)
    rows[-1][j] = after
    kinds[-1][j] = "ORG"
    d.table(rows, [0.12] + [0.176] * 5, pt=11, kinds=kinds, row_h=d.px(30))
    return d.L, "timetable"


def club_flyer(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx, paper=r.choice([(255, 255, 255), (255, 250, 225), (235, 245, 255)]))
    p = kid(ctx)
    org = g.org()
    d.y += d.px(20)
    d.title(tok("{ORG:o}", o=org), pt=30)
    d.title(r.choice(["NEW MEMBERS WELCOME!", "Sign-ups now open", "Come and try it - free first session!", "Holiday programme"]), pt=18)
    d.L.placeholder((d.m + d.W * 0.15, d.y, d.m + d.W * 0.85, d.y + d.px(170)), fill=(215, 220, 228), label="IMAGE")
    d.y += d.px(190)
    d.p(tok("Where: {LOCATION:l}", l=f"{g.street()}, {g.town()[0]}"), pt=14)
    d.p(f"When: {r.choice(['Tuesdays', 'Saturdays', 'Thursdays'])} {r.randint(3, 6)}pm - ages {r.randint(5, 8)}-{r.randint(10, 14)}", pt=14)
    d.p(tok("Contact {PERSON:c} on {PHONE:ph}", c=g.full(), ph=g.phone()), pt=14)
    if r.random() < 0.7:
        d.p(tok("Email {EMAIL:e}", e=g.email(g.first(), g.last())), pt=14)
    if True:
        d.p(tok("Follow us: {URL:u}", u=g.url(org.split()[0].lower() + "_" + r.choice(["club", "kids", "juniors"]))), pt=14)
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(5, int(d.px(3)))
        qs = Layer.qr_size(pay, mod)
        d.L.qr(d.m + (d.W - qs) / 2, d.y + d.px(6), pay, mod, parts)
    return d.L, "club_flyer"


def party_invite(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx, paper=r.choice([(255, 245, 250), (245, 250, 255), (255, 255, 240)]))
    p = kid(ctx)
    for k in range(12):
        x = d.m + k * d.W / 12
        d.L.d.ellipse((x, d.px(20), x + d.px(24), d.px(50)), fill=PALETTE[k % len(PALETTE)])
    d.y += d.px(30)
    d.title("You're invited!", pt=30)
    d.title(tok("{PERSON:n} is turning {AGE:a}", n=p.first if r.random() < 0.6 else p.name, a=str(p.age)), pt=22)
    d.y += d.px(10)
    d.p(f"When: {g.event_date()}, {r.randint(1, 4)}pm - {r.randint(5, 7)}pm", pt=15)
    d.p(tok("Where: {ADDRESS:a}, {ADDRESS:b}", a=p.addr[0], b=p.addr[1]), pt=15)
    d.p(r.choice(["Dress up as your favourite superhero!", "Bring your swimmers!", "Pizza, cake and games!", "Pyjama party - sleeping bags welcome"]), pt=15)
    d.p(tok("RSVP to {PERSON:m} on {PHONE:ph}", m=p.parent_first, ph=p.phone), pt=15)
    if r.random() < 0.4:
        d.p(tok("or {EMAIL:e}", e=p.email), pt=15)
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(5, int(d.px(3)))
        qs = Layer.qr_size(pay, mod)
        d.L.text((d.m + d.W / 2, d.y + d.px(4)), "Scan for directions / RSVP", d.f(11), (80, 80, 80), anchor="mt")
        d.L.qr(d.m + (d.W - qs) / 2, d.y + d.px(20), pay, mod, parts)
    return d.L, "party_invitation"


def sports_reg(ctx):
    r, g = ctx.rng, ctx.gen
    d = Doc(ctx)
    p = kid(ctx)
    org = g.org()
    d.header(tok("{ORG:o}", o=org))
    d.title(f"Player Registration {r.randint(2024, 2026)} Season")
    d.fields_row([("Player name:", p.name, "PERSON", 0.6), ("Age group:", f"U{p.age + 1}", "AGE", 0.4)])
    d.fields_row([("Date of birth:", g.date(y=p.year), "DATE_OF_BIRTH", 0.5), ("Gender:", r.choice(["F", "M", ""]), None, 0.5)])
    d.fields_row([("School:", p.school, "SCHOOL", 1.0)])
    d.fields_row([("Address:", p.addr[0], "ADDRESS", 1.0)])
    d.fields_row([("", p.addr[1], "ADDRESS", 1.0)])
    d.fields_row([("Parent/Guardian:", p.parent, "PERSON", 0.55), ("Phone:", p.phone, "PHONE", 0.45)])
    d.fields_row([("Email:", p.email, "EMAIL", 1.0)])
    d.fields_row([("Medical notes:", r.choice(["Asthma", "None", "Wears glasses", "Mild eczema"]), None, 1.0)])
    d.p("Photo consent: I agree that photos of my child may be used on the club website.  [ ] Yes  [x] No", pt=10.5)
    d.sign("Parent signature")
    if ctx.qr_type:
        pay, parts = personal_qr(ctx, p, g)
        mod = max(5, int(d.px(2.6)))
        d.L.qr(d.m + d.W - Layer.qr_size(pay, mod), d.y, pay, mod, parts)
    return d.L, "sports_registration"


LEAKY = [
    ("permission_slip", permission_slip, "doc", True, 6),
    ("medical_form", medical_form, "doc", False, 6),
    ("report_card", report_card, "doc", False, 5),
    ("timetable", timetable, "doc", False, 5),
    ("club_flyer", club_flyer, "doc", True, 5),
    ("party_invitation", party_invite, "doc", True, 6),
    ("sports_registration", sports_reg, "doc", True, 5),
]
