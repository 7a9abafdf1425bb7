"""A4 / Letter documents, scanned (150-200 dpi) or photographed."""
from PIL import Image
from common import Canvas, Leak, font, FONTS, warp_into, scan_effects, cap_height, qr_size, placeholder, wrap
from content import Persona, segs, leaky_qr, clean_qr
from data import ordinal
import scenes_photo as SP

HAND_INK = [(20, 40, 140), (15, 15, 20), (30, 30, 90), (100, 20, 30)]


class Doc:
    def __init__(self, ctx, landscape=False):
        rng = ctx.rng
        self.ctx = ctx
        letter = ctx.R.code in ("US", "CA")
        wi, hi = (8.5, 11.0) if letter else (8.27, 11.69)
        if landscape:
            wi, hi = hi, wi
        if ctx.family == "scan":
            self.dpi = rng.choice([150, 150, 200, 200, 175])
        else:
            self.dpi = rng.choice([260, 280, 300])
        self.W, self.H = int(wi * self.dpi), int(hi * self.dpi)
        self.c = Canvas(Image.new("RGBA", (self.W, self.H), (255, 255, 255, 255)))
        self.m = int(0.8 * self.dpi)
        self.y = self.m
        self.body = rng.choice(FONTS["serif"] + FONTS["sans"])
        self.bold = rng.choice(FONTS["serifb"] + FONTS["sansb"])
        self.hand = rng.choice(FONTS["italic"])
        self.ink = rng.choice(HAND_INK)
        self.acc = rng.choice([(20, 60, 140), (140, 20, 40), (20, 110, 70), (90, 40, 130), (0, 0, 0)])
        self.bsize = rng.uniform(10, 12)

    def px(self, pt):
        return pt * self.dpi / 72.0

    def f(self, pt, path=None):
        return font(path or self.body, self.px(pt))

    @property
    def tw(self):
        return self.W - 2 * self.m

    def letterhead(self, segs_, sub=None):
        fb = font(self.bold, self.px(18))
        lw = sum(fb.getlength(t) for t, _ in segs_)
        while lw > self.tw * 0.8:
            fb = font(self.bold, fb.size * 0.93)
            lw = sum(fb.getlength(t) for t, _ in segs_)
        self.c.d.ellipse([self.m, self.y, self.m + self.px(40), self.y + self.px(40)], fill=self.acc)
        x = self.m + self.px(50)
        self.c.spans(x, self.y + self.px(20), segs_, fb, self.acc)
        if sub:
            fs = self.f(9)
            self.c.spans(x, self.y + self.px(34), sub, fs, (80, 80, 80))
        self.y += self.px(52)
        self.c.d.line([self.m, self.y, self.W - self.m, self.y], fill=self.acc, width=max(2, int(self.px(1.2))))
        self.y += self.px(22)

    def title(self, text_segs, pt=15, center=True):
        fb = font(self.bold, self.px(pt))
        if isinstance(text_segs, str):
            text_segs = [(text_segs, None)]
        lw = sum(fb.getlength(t) for t, _ in text_segs)
        while lw > self.tw:
            fb = font(self.bold, fb.size * 0.93)
            lw = sum(fb.getlength(t) for t, _ in text_segs)
        x = self.W / 2 - lw / 2 if center else self.m
        self.c.spans(x, self.y + fb.size, text_segs, fb, (10, 10, 10))
        self.y += fb.size * 1.8

    def para(self, sg, pt=None):
        f = self.f(pt or self.bsize)
        yy, n, _ = self.c.paragraph(self.m, self.y + f.size, self.tw, sg, f, (25, 25, 25), f.size * 1.35)
        self.y = yy + f.size * 1.0

    def field(self, label, value, kind, width=None, x=None, newline=True):
        x = self.m if x is None else x
        width = width or self.tw
        fl = self.f(self.bsize)
        fh = font(self.hand, self.px(self.bsize + 2.5))
        base = self.y + fh.size * 1.2
        lx = x + self.c.text((x, base), label + ": ", fl, (30, 30, 30))
        self.c.d.line([lx, base + self.px(3), x + width, base + self.px(3)], fill=(120, 120, 120), width=max(1, int(self.px(0.6))))
        vf = fh
        while vf.getlength(value) > x + width - lx - self.px(6) and vf.size > fl.size * 0.85:
            vf = font(self.hand, vf.size * 0.94)
        self.c.text((lx + self.px(6), base), value, vf, self.ink, kind=kind)
        if newline:
            self.y = base + fh.size * 0.9
        return base

    def field_row(self, items):
        gap = self.px(12)
        w = (self.tw - gap * (len(items) - 1)) / len(items)
        y0 = self.y
        ys = []
        for i, (lab, val, k) in enumerate(items):
            self.y = y0
            self.field(lab, val, k, width=w, x=self.m + i * (w + gap))
            ys.append(self.y)
        self.y = max(ys)

    def gap(self, pt=10):
        self.y += self.px(pt)

    def cut_line(self):
        self.gap(6)
        x = self.m
        while x < self.W - self.m:
            self.c.d.line([x, self.y, x + self.px(6), self.y], fill=(100, 100, 100), width=max(1, int(self.px(0.7))))
            x += self.px(10)
        self.c.text((self.m, self.y - self.px(3)), "cut here", self.f(7), (100, 100, 100))
        self.gap(12)

    def table(self, rows, colw=None, pt=None, head=True, kinds=None):
        f = self.f(pt or self.bsize - 0.5)
        fb = font(self.bold, f.size)
        n = len(rows[0])
        colw = colw or [self.tw / n] * n
        rh = f.size * 1.9
        for r, row in enumerate(rows):
            x = self.m
            if head and r == 0:
                self.c.d.rectangle([self.m, self.y, self.m + sum(colw), self.y + rh], fill=tuple(min(255, v + 200) for v in self.acc))
            for ci, cell in enumerate(row):
                self.c.d.rectangle([x, self.y, x + colw[ci], self.y + rh], outline=(90, 90, 90), width=max(1, int(self.px(0.5))))
                k = kinds.get((r, ci)) if kinds else None
                ff = fb if (head and r == 0) else f
                while ff.getlength(cell) > colw[ci] - self.px(6) and ff.size > 8:
                    ff = font(ff.path.replace("/usr/share/fonts/truetype/", ""), ff.size * 0.93)
                self.c.text((x + self.px(4), self.y + rh * 0.68), cell, ff, (20, 20, 20), kind=k)
                x += colw[ci]
            self.y += rh
        self.y += self.px(8)

    def qr(self, P=None, clean=False, side_in=1.1):
        side = self.px(72 * side_in)
        payload, ql = (clean_qr(self.ctx.rng), []) if clean else leaky_qr(P)
        mod = max(3 if self.ctx.family == "scan" else 6, int(side / qr_size(payload, 1)))
        size = qr_size(payload, mod)
        x = self.W - self.m - size
        y = min(self.y, self.H - self.m - size)
        self.c.qr(int(x), int(y), payload, mod, leaks=ql)
        return size

    def signature(self, name, kind="PERSON", label="Signed"):
        fl = self.f(self.bsize)
        fh = font(self.hand, self.px(self.bsize + 5))
        base = self.y + fh.size * 1.3
        lx = self.m + self.c.text((self.m, base), label + ": ", fl, (30, 30, 30))
        self.c.d.line([lx, base + self.px(3), lx + self.px(200), base + self.px(3)], fill=(120, 120, 120), width=1)
        self.c.text((lx + self.px(10), base), name, fh, self.ink, kind=kind)
        self.y = base + fh.size


def render_doc(ctx, doc):
    rng = ctx.rng
    if ctx.family == "scan":
        W, H = doc.W, doc.H
        bed = rng.choice([(255, 255, 255), (250, 250, 248), (235, 235, 235)])
        c = Canvas(Image.new("RGB", (W, H), bed))
        ang = rng.uniform(-1.6, 1.6)
        s = rng.uniform(0.95, 0.985)
        q = SP.quad_for(rng, W / 2 + rng.uniform(-8, 8), H / 2 + rng.uniform(-8, 8), W * s, H * s, ang, 0.0)
        warp_into(c, doc.c, q, shadow=0.08)
        scan_effects(c, rng, ctx.nrng)
        return c
    c = SP.photo_base(ctx, rng.choice(["wood", "tablecloth", "carpet", "fabric", "concrete"]), portrait=doc.H > doc.W)
    W, H = c.W, c.H
    sc = min(W * 0.92 / doc.W, H * 0.92 / doc.H)
    SP.place(ctx, c, doc.c, W / 2, H / 2, scale=sc, rot=rng.uniform(-6, 6), persp=rng.uniform(0.02, 0.1), shadow=0.35)
    return SP.finish(ctx, c, strength=0.8)


def document(ctx, kind):
    rng, R = ctx.rng, ctx.R
    P = Persona(R)
    doc = Doc(ctx, landscape=(kind == "timetable" and rng.random() < 0.6))
    if kind == "permission_slip":
        doc.letterhead([(P.school, "SCHOOL")], [(R.town[0], "LOCATION")])
        doc.para([(R.date(), None)])
        place = rng.choice(["the Science Museum", "the City Zoo", "the Botanic Gardens", "the Aquarium", "the Art Gallery"])
        doc.title(f"Excursion to {place}")
        doc.para([("Dear Parents and Caregivers,", None)])
        doc.para([(f"Our class will visit {place} on {R.day_date()}. Students should bring a packed lunch, "
                   "a water bottle and a hat. The cost is $12, payable at the school office. Please complete "
                   "and return the slip below by Friday.", None)])
        doc.para([("Kind regards,", None)])
        doc.para([(f"The {P.year} teaching team", None)])
        doc.cut_line()
        doc.title("Permission Slip", pt=13)
        doc.field("Student name", P.name, "PERSON")
        doc.field_row([("Class", R.class_label(), "AGE"), ("Date of birth", P.dob, "DATE_OF_BIRTH")])
        doc.field("Parent / guardian", P.parent, "PERSON")
        doc.field("Mobile", P.phone, "PHONE")
        doc.field("Home address", P.address, "ADDRESS")
        doc.field("Medical / allergies", rng.choice(["None", "Asthma - inhaler in bag", "Peanut allergy", "Hay fever"]), None)
        if ctx.qr_leaky:
            doc.gap(8)
            doc.qr(P)
        doc.gap(6)
        doc.para([("Parent / guardian signature: ______________________", None)])
    elif kind == "form":
        doc.letterhead([(P.org, "ORG")], [("Registration form " + str(rng.randint(2024, 2026)), None)])
        doc.title("Junior Member Registration")
        doc.para([("Please print clearly. All information is kept confidential.", None)], pt=9)
        doc.gap(4)
        doc.field("Child's full name", P.name, "PERSON")
        doc.field("Date of birth", P.dob, "DATE_OF_BIRTH")
        doc.field("School", P.school, "SCHOOL")
        doc.field("Year / class", P.year, "AGE")
        doc.field("Address", P.address, "ADDRESS")
        doc.gap(10)
        doc.title("Parent / Guardian", pt=12, center=False)
        doc.field("Name", P.parent, "PERSON")
        doc.field("Phone", P.phone, "PHONE")
        doc.field("Email", P.email, "EMAIL")
        doc.field("Medical notes", rng.choice(["None", "Asthma", "Wears glasses", "Nut allergy"]), None)
        if ctx.qr_leaky:
            doc.gap(8)
            doc.qr(P)
    elif kind == "report_card":
        doc.letterhead([(P.school, "SCHOOL")], [(f"Semester {rng.randint(1, 2)} Report", None)])
        doc.field_row([("Student", P.name, "PERSON"), ("Class", P.year, "AGE")])
        t = rng.choice(["Mrs ", "Mr ", "Ms "]) + R.last()
        doc.field("Student ID", str(rng.randint(100000, 999999)), None)
        doc.gap(8)
        subs = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "PE", "Digital Tech",
                "Languages"]
        rng.shuffle(subs)
        grades = ["A", "B+", "B", "C+", "A-", "Excellent", "Good", "Working towards", "Achieved", "Merit"]
        rows = [["Subject", "Effort", "Achievement"]] + [[s_, rng.choice(grades), rng.choice(grades)] for s_ in subs[:7]]
        doc.table(rows, colw=[doc.tw * 0.4, doc.tw * 0.3, doc.tw * 0.3])
        doc.title("Teacher comment", pt=12, center=False)
        doc.para([(P.first, "PERSON"), (rng.choice([" has made excellent progress this semester and is a kind and helpful member of our class.",
                                                    " works hard and should keep reading every night at home.",
                                                    " has shown great improvement in maths and participates well in group work."]), None)])
        doc.para([(f"Days absent: {rng.randint(0, 9)}     Late arrivals: {rng.randint(0, 5)}", None)])
        if rng.random() < 0.5:
            doc.field("Home address", P.address, "ADDRESS")
        doc.para([("Next parent-teacher interviews: week 3 of next term.", None)])
    elif kind == "timetable":
        doc.letterhead([(P.school, "SCHOOL")], [("Class timetable", None)])
        doc.title([(P.name, "PERSON"), (" - ", None), (R.class_label(), "AGE")], pt=14)
        days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        subs = ["Maths", "English", "Science", "PE", "Art", "Music", "Library", "Reading", "Te Reo" if R.code == "NZ" else "French",
                "History", "Coding", "Assembly"]
        rows = [["Time"] + days]
        for p_ in range(6):
            rows.append([f"{8 + p_ + (1 if p_ > 2 else 0)}:{rng.choice(['00', '30'])}"] + [rng.choice(subs) for _ in days])
        doc.table(rows)
        act = rng.choice(days)
        doc.para([(f"After school: {act} - ", None), (P.org, "ORG"), (", pick-up by Mum", None)])
        doc.para([("Bus: Route ", None), (str(rng.randint(2, 90)), None), (" from ", None), (R.short_address(), "ADDRESS")])
        if ctx.qr_leaky:
            doc.qr(P)
    elif kind == "club_flyer":
        doc.bsize = rng.uniform(12, 14)
        doc.title([("Join ", None), (P.org, "ORG"), ("!", None)], pt=22)
        ph = doc.px(150)
        placeholder(doc.c.d, [doc.m, doc.y, doc.W - doc.m, doc.y + ph])
        doc.y += ph + doc.px(14)
        doc.para(segs(P, "New players welcome! Training every Tuesday 4:30pm at {LOCATION}."))
        doc.para(segs(P, "Contact coach {PARENT} on {PHONE} or email {EMAIL}."))
        doc.para(segs(P, "Open to players from {SCHOOL} and nearby schools, {YEAR} and up."))
        doc.para(segs(P, "Follow our page: {URL}"))
        if ctx.qr_leaky:
            doc.qr(P, side_in=1.5)
    else:  # invitation
        doc.bsize = rng.uniform(13, 16)
        age = rng.randint(5, 13)
        doc.gap(30)
        doc.title("You're invited!", pt=28)
        doc.title([("to ", None), (P.first, "PERSON"), ("'s ", None), (ordinal(age), "AGE"), (" birthday party", None)], pt=18)
        doc.gap(10)
        doc.para([(R.day_date() + ", 2pm - 5pm", None)])
        doc.para([("Where: ", None), (P.address, "ADDRESS")])
        doc.para(segs(P, "RSVP to {PARENT} on {PHONE} or {EMAIL}"))
        doc.para([("Dress up as your favourite superhero!", None)])
        doc.gap(8)
        if ctx.qr_leaky:
            doc.gap(10)
            doc.qr(P, side_in=1.4)
    return render_doc(ctx, doc)
