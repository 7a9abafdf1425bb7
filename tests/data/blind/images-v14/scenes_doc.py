"""A4 / Letter school documents at 150-200 dpi (rendered flat; scanned or photographed by the caller)."""
import data as D
from core import F, Surface, layout_rich, draw_rich, rfont


def page(rng, region):
    dpi = D.pick(rng, [150, 150, 200, 200, 180])
    if region in ("US", "CA"):
        w, h = 8.5, 11.0
    else:
        w, h = 8.27, 11.69
    sf = Surface(int(w * dpi), int(h * dpi), D.pick(rng, [(255, 255, 255), (252, 252, 250), (250, 250, 245)]))
    return sf, dpi / 72.0  # px per point


class Doc:
    def __init__(self, rng, region):
        self.rng = rng
        self.sf, self.p = page(rng, region)
        self.fi = rng.randrange(5)
        self.m = 54 * self.p  # margin
        self.y = self.m
        self.hand_i = rng.randrange(7)
        self.ink = D.pick(rng, [(20, 30, 110), (20, 20, 20), (40, 40, 140)])

    def f(self, style, pt):
        return F(style, pt * self.p, self.fi)

    def para(self, segs, pt=11, style="sans", col=(30, 30, 30), gap=8, x=None, maxw=None):
        f = self.f(style, pt)
        x = self.m if x is None else x
        maxw = maxw or (self.sf.w - x - self.m)
        lines, _ = layout_rich(segs, f, maxw)
        self.y += draw_rich(self.sf, x, self.y, lines, f, col, f.size * 1.35) + gap * self.p
        return self

    def title(self, s, pt=20, col=(20, 20, 20), center=True, leak=None, style="bold"):
        f = self.f(style, pt)
        if f.getlength(s) > self.sf.w - 2 * self.m:
            f = F(style, pt * self.p * (self.sf.w - 2 * self.m) / f.getlength(s), self.fi)
        if center:
            self.sf.text((self.sf.w / 2, self.y), s, f, col, leak=leak, anchor="ma")
        else:
            self.sf.text((self.m, self.y), s, f, col, leak=leak)
        self.y += f.size * 1.5
        return self

    def field(self, label, value, kind, pt=11, hand=True, lw=None):
        """Printed label, line, and a (hand)written value."""
        f = self.f("sans", pt)
        sf = self.sf
        sf.text((self.m, self.y), label, f, (30, 30, 30))
        x0 = self.m + (lw if lw else f.getlength(label) + 8 * self.p)
        sf.d.line((x0, self.y + f.size * 1.15, sf.w - self.m, self.y + f.size * 1.15), fill=(120, 120, 120), width=max(1, int(self.p * 0.7)))
        if value:
            if hand:
                fh = F("italic", pt * 1.25 * self.p, self.hand_i)
                sf.hand(self.rng, (x0 + 6 * self.p, self.y - f.size * 0.25), value, fh, self.ink, leak=kind)
            else:
                sf.text((x0 + 6 * self.p, self.y), value, self.f("mono", pt), (10, 10, 10), leak=kind)
        self.y += f.size * 2.1
        return self

    def letterhead(self, school):
        sf = self.sf
        col = D.pick(self.rng, [(20, 60, 130), (120, 20, 40), (10, 100, 70), (60, 60, 60)])
        sf.ellipse((self.m, self.y, self.m + 50 * self.p, self.y + 50 * self.p), fill=col)
        f = self.f("serifb" if self.rng.random() < 0.5 else "bold", 18)
        if f.getlength(school) > sf.w - 2 * self.m - 70 * self.p:
            f = F("bold", 18 * self.p * (sf.w - 2 * self.m - 70 * self.p) / f.getlength(school), self.fi)
        sf.text((self.m + 64 * self.p, self.y + 6 * self.p), school, f, col, leak="SCHOOL")
        sf.text((self.m + 64 * self.p, self.y + 32 * self.p), D.pick(self.rng, ["Learning together, growing together",
                                                                                "Respect - Resilience - Curiosity",
                                                                                "Kia manawanui", "Excellence in all things"]),
                self.f("italic", 9), (90, 90, 90))
        self.y += 62 * self.p
        sf.d.line((self.m, self.y, sf.w - self.m, self.y), fill=col, width=max(2, int(self.p * 1.5)))
        self.y += 16 * self.p


def permission_slip(rng, ctx):
    kid = D.Kid(rng, ctx["region"])
    d = Doc(rng, ctx["region"])
    d.letterhead(kid.school)
    trip = D.pick(rng, ["the Science Museum", "the Aquarium", "the Zoo", "Camp Willowbank", "the Botanic Gardens", "the Art Gallery"])
    f = d.f("bold", 14)
    d.sf.runs((d.m, d.y), [(kid.year, "AGE"), (" trip to %s - permission slip" % trip, None)], f, (20, 20, 20))
    d.y += f.size * 1.8
    d.para([("Dear Parents and Caregivers,", None)])
    d.para([("On Friday our class will be visiting %s. Students need a packed lunch, a hat and a drink bottle. The bus leaves at 9:00am "
             "and returns by 2:45pm. Please return the slip below to " % trip, None), (kid.teacher, "PERSON"), (" by Wednesday.", None)])
    d.para([("Kind regards, the teaching team", None)], gap=20)
    d.sf.d.line((d.m, d.y, d.sf.w - d.m, d.y), fill=(150, 150, 150), width=1)
    d.sf.text((d.sf.w / 2, d.y - 8 * d.p), "cut here", d.f("sans", 8), (120, 120, 120), anchor="ma")
    d.y += 24 * d.p
    lw = 190 * d.p
    d.field("Student name:", kid.full, "PERSON", lw=lw)
    d.field("Class / Room:", kid.year, "AGE", lw=lw)
    if rng.random() < 0.5:
        d.field("Date of birth:", kid.dob, "DATE_OF_BIRTH", lw=lw)
    d.field("Parent / guardian:", kid.parent, "PERSON", lw=lw)
    d.field("Emergency phone:", kid.parent_phone.local, "PHONE", lw=lw)
    if rng.random() < 0.7:
        d.field("Home address:", kid.street, "ADDRESS", lw=lw)
    if rng.random() < 0.6:
        d.field("Email:", kid.parent_email, "EMAIL", lw=lw)
    d.field("Medical / dietary needs:", D.pick(rng, ["none", "asthma - inhaler in bag", "nut allergy", "n/a"]), None, lw=lw)
    d.field("Signature:", "", None, lw=lw)
    if ctx.get("qr"):
        mod = max(4, int(d.p * 3))
        d.sf.text((d.m, d.y), "Questions? Scan to email the class teacher:", d.f("sans", 9), (60, 60, 60))
        tmail = "%s.%s@%s" % (kid.teacher.split()[0].lower().strip("."), kid.teacher.split()[-1].lower().replace("'", "").replace(" ", ""),
                              D.pick(rng, ["gmail.com", "outlook.com"]))
        d.sf.qr("mailto:" + tmail, d.m, d.y + 16 * d.p, mod, leaks=[("EMAIL", tmail)])
    return d.sf


def club_form(rng, ctx):
    kid = D.Kid(rng, ctx["region"])
    d = Doc(rng, ctx["region"])
    col = D.pick(rng, [(200, 40, 40), (20, 90, 170), (20, 130, 80), (120, 50, 150)])
    d.title(kid.club, 20, col, leak="ORG")
    d.title(D.pick(rng, ["Player Registration Form 2026", "Membership Form", "Enrolment Form", "Term 1 Registration"]), 14, (40, 40, 40), style="sans")
    d.y += 10 * d.p
    hand = rng.random() < 0.6
    lw = 170 * d.p
    d.field("Child's full name:", kid.full, "PERSON", hand=hand, lw=lw)
    d.field("Date of birth:", kid.dob, "DATE_OF_BIRTH", hand=hand, lw=lw)
    if rng.random() < 0.5:
        d.field("Age:", str(kid.age), "AGE", hand=hand, lw=lw)
    d.field("School:", kid.school, "SCHOOL", hand=hand, lw=lw)
    d.field("School year:", kid.year, "AGE", hand=hand, lw=lw)
    d.field("Home address:", kid.addr_one if len(kid.addr_one) < 48 else kid.street, "ADDRESS", hand=hand, lw=lw)
    if len(kid.addr_one) >= 48:
        d.field("Suburb / town:", kid.place.suburb, "LOCATION", hand=hand, lw=lw)
    d.field("Parent / guardian:", kid.parent, "PERSON", hand=hand, lw=lw)
    d.field("Mobile:", kid.parent_phone.local, "PHONE", hand=hand, lw=lw)
    d.field("Email:", kid.parent_email, "EMAIL", hand=hand, lw=lw)
    if rng.random() < 0.5:
        d.field("Parent's workplace:", kid.work, "ORG", hand=hand, lw=lw)
    d.field("Medical conditions:", D.pick(rng, ["None", "Eczema", "Asthma", "Hay fever"]), None, hand=hand, lw=lw)
    d.y += 10 * d.p
    d.para([("I give permission for my child to take part in club activities. Photos may be used in the club newsletter.", None)], pt=9)
    return d.sf


def report_card(rng, ctx):
    kid = D.Kid(rng, ctx["region"])
    d = Doc(rng, ctx["region"])
    d.letterhead(kid.school)
    d.title("Student Report - %s 2026" % D.pick(rng, ["Term 1", "Term 2", "Semester 1", "Mid-Year", "End of Year"]), 16)
    f = d.f("sans", 11)
    fb = d.f("bold", 11)
    hdr = [("Student: ", kid.full, "PERSON"), ("Year level: ", kid.year, "AGE"), ("Teacher: ", kid.teacher, "PERSON")]
    if rng.random() < 0.6:
        hdr.insert(1, ("Date of birth: ", kid.dob, "DATE_OF_BIRTH"))
    for lab, val, k in hdr:
        d.sf.runs((d.m, d.y), [(lab, None)], f, (60, 60, 60))
        d.sf.text((d.m + 110 * d.p, d.y), val, fb, (20, 20, 20), leak=k)
        d.y += f.size * 1.6
    d.y += 10 * d.p
    subs = ["English", "Mathematics", "Science", "Social Studies", "Physical Education", "The Arts", "Technology", "Languages"]
    grades = ["Excellent", "Very Good", "Good", "Satisfactory", "Developing", "A", "B", "C", "Above expected", "At expected"]
    rh = f.size * 1.8
    x2 = d.m + 250 * d.p
    d.sf.rect((d.m, d.y, d.sf.w - d.m, d.y + rh), fill=(225, 230, 240))
    d.sf.text((d.m + 6 * d.p, d.y + 4 * d.p), "Learning area", fb, (20, 20, 20))
    d.sf.text((x2, d.y + 4 * d.p), "Achievement", fb, (20, 20, 20))
    d.sf.text((x2 + 140 * d.p, d.y + 4 * d.p), "Effort", fb, (20, 20, 20))
    d.y += rh
    for s in subs[:rng.randrange(5, 9)]:
        d.sf.rect((d.m, d.y, d.sf.w - d.m, d.y + rh), outline=(180, 180, 190))
        d.sf.text((d.m + 6 * d.p, d.y + 4 * d.p), s, f, (30, 30, 30))
        d.sf.text((x2, d.y + 4 * d.p), D.pick(rng, grades), f, (30, 30, 30))
        d.sf.text((x2 + 140 * d.p, d.y + 4 * d.p), D.pick(rng, grades[:5]), f, (30, 30, 30))
        d.y += rh
    d.y += 16 * d.p
    d.para([("Teacher comment", None)], style="bold")
    d.para([(kid.first, "PERSON"), (" has made a positive start to the year. ", None),
            ("She" if rng.random() < 0.5 else "He", None),
            (" contributes thoughtfully to class discussions and is a kind friend to others. Next steps: read every night and "
             "practise times tables. This term the school was also represented at ", None),
            (kid.club, "ORG"), (" events this term.", None)])
    return d.sf


def timetable(rng, ctx):
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(11, 16))
    d = Doc(rng, ctx["region"])
    d.title(kid.school, 18, leak="SCHOOL")
    f = d.f("bold", 12)
    d.sf.runs((d.m, d.y), [("Timetable: ", None), (kid.full, "PERSON"), ("   ", None), (kid.year, "AGE")], f, (20, 20, 20))
    d.y += f.size * 2
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    subs = ["Maths", "English", "Science", "History", "Geography", "PE", "Art", "Music", "French", "Te Reo", "Hindi", "Drama",
            "Computing", "Design Tech", "Health"]
    teachers = ["%s %s" % (D.pick(rng, D.TEACHER_TITLES), D.pick(rng, D.LAST)) for _ in range(4)]
    tsub = {}
    cw = (d.sf.w - 2 * d.m - 60 * d.p) / 5
    rh = 58 * d.p
    fc = d.f("sans", 8.5)
    fb = d.f("bold", 10)
    x0 = d.m + 60 * d.p
    for i, dy in enumerate(days):
        d.sf.rect((x0 + i * cw, d.y, x0 + (i + 1) * cw, d.y + 24 * d.p), fill=(40, 60, 110))
        d.sf.text((x0 + i * cw + cw / 2, d.y + 5 * d.p), dy, fb, (255, 255, 255), anchor="ma")
    d.y += 24 * d.p
    used = 0
    for p in range(6):
        d.sf.text((d.m + 4 * d.p, d.y + 8 * d.p), "P%d" % (p + 1), fb, (40, 40, 40))
        for i in range(5):
            x = x0 + i * cw
            s = D.pick(rng, subs)
            d.sf.rect((x, d.y, x + cw, d.y + rh), outline=(160, 160, 170), fill=(248, 248, 252))
            d.sf.text((x + 5 * d.p, d.y + 6 * d.p), s, fb, (20, 20, 20))
            d.sf.text((x + 5 * d.p, d.y + 22 * d.p), "Rm %s%d" % (D.pick(rng, "ABCDS"), rng.randrange(1, 30)), fc, (80, 80, 80))
            if rng.random() < 0.1 and used < 1:
                t = D.pick(rng, teachers)
                d.sf.text((x + 5 * d.p, d.y + 36 * d.p), t, fc, (80, 80, 80), leak="PERSON")
                used += 1
        d.y += rh
    d.y += 20 * d.p
    d.para([("Form tutor: ", None), (teachers[0], "PERSON"), (". Bus: route %d from " % rng.randrange(10, 99), None),
            (kid.place.suburb, "LOCATION"), (".", None)])
    return d.sf


def club_flyer(rng, ctx):
    kid = D.Kid(rng, ctx["region"])
    d = Doc(rng, ctx["region"])
    col = D.pick(rng, [(220, 60, 30), (30, 110, 200), (20, 150, 90), (150, 50, 170), (240, 170, 0)])
    d.sf.rect((0, 0, d.sf.w, 140 * d.p), fill=col)
    d.y = 30 * d.p
    d.title(kid.club, 28, (255, 255, 255), leak="ORG")
    d.y = 170 * d.p
    d.title(D.pick(rng, ["NEW PLAYERS WANTED!", "JOIN US THIS TERM", "FREE TRIAL SESSION", "ALL WELCOME"]), 22, col)
    d.y += 10 * d.p
    venue = D.pick(rng, ["Park", "Community Hall", "Recreation Centre", "Domain"])
    day = D.pick(rng, ["Tuesday", "Wednesday", "Thursday", "Saturday"])
    if rng.random() < 0.5:
        d.para([("Training every %s, 4:00-5:30pm at " % day, None), (kid.place.suburb, "LOCATION"), (" %s." % venue, None)], pt=14)
    else:
        d.para([("Training every %s, 4:00-5:30pm at the %s." % (day, venue.lower()), None)], pt=14)
    d.para([("Ages %d-%d. Boots, water bottle and a big smile!" % (kid.age - 2, kid.age + 2), None)], pt=14)
    coach = "%s %s" % (D.pick(rng, D.ADULT_FIRST), D.pick(rng, D.LAST))
    d.y += 10 * d.p
    d.para([("Contact coach ", None), (coach, "PERSON"), (" on ", None), (kid.parent_phone.local, "PHONE"), (" or email ", None),
            (kid.parent_email, "EMAIL")], pt=13)
    d.para([("Last season's player of the year: ", None), (kid.full, "PERSON"), (" (", None), (kid.year, "AGE"), (", ", None),
            (kid.school, "SCHOOL"), (")", None)], pt=12)
    d.sf.photo_slot((d.m, d.y + 10 * d.p, d.sf.w - d.m, d.y + 260 * d.p))
    d.y += 280 * d.p
    if ctx.get("qr"):
        mod = max(4, int(d.p * 3.2))
        k = rng.randrange(3)
        if k == 0:
            payload, lk = "https://wa.me/%s" % kid.parent_phone.e164[1:], [("PHONE", kid.parent_phone.e164[1:])]
        elif k == 1:
            payload, lk = "https://t.me/%s" % kid.handle, [("HANDLE", kid.handle)]
        else:
            payload, lk = "MECARD:N:%s;TEL:%s;EMAIL:%s;;" % (coach, kid.parent_phone.e164, kid.parent_email), \
                [("PERSON", coach), ("PHONE", kid.parent_phone.e164), ("EMAIL", kid.parent_email)]
        d.sf.text((d.m, d.y), "Scan to join the parents' group:", d.f("bold", 11), (40, 40, 40))
        d.sf.qr(payload, d.m, d.y + 18 * d.p, mod, leaks=lk)
    return d.sf


def invitation(rng, ctx):
    kid = D.Kid(rng, ctx["region"], age=rng.randrange(4, 13))
    d = Doc(rng, ctx["region"])
    sf = d.sf
    col = D.pick(rng, [(230, 60, 120), (40, 140, 220), (250, 150, 0), (120, 60, 200), (20, 160, 120)])
    sf.rect((20 * d.p, 20 * d.p, sf.w - 20 * d.p, sf.h - 20 * d.p), outline=col, width=int(8 * d.p))
    for i in range(14):
        x, y = rng.uniform(40, sf.w / d.p - 60) * d.p, rng.uniform(40, 140) * d.p
        sf.ellipse((x, y, x + 20 * d.p, y + 26 * d.p), fill=D.pick(rng, [(250, 80, 80), (80, 180, 250), (250, 220, 60), (120, 220, 120)]))
    d.y = 180 * d.p
    d.title("You're invited!", 30, col, style="bolditalic")
    f = d.f("bold", 22)
    ordn = {1: "st", 2: "nd", 3: "rd"}.get(kid.age + 1, "th")
    segs = [(kid.first, "PERSON"), ("'s ", None), ("%d%s" % (kid.age + 1, ordn), "AGE"), (" Birthday Party", None)]
    w = sum(f.getlength(t) for t, _ in segs)
    sf.runs((sf.w / 2 - w / 2, d.y), segs, f, (30, 30, 30))
    d.y += f.size * 2
    wd = D.pick(rng, ["Saturday", "Sunday"])
    pm = rng.randrange(1, 4)
    d.title("%s %s, %d-%dpm" % (wd, D.short_date(rng, ctx["region"], rng.randrange(1, 13), rng.randrange(1, 29)), pm, pm + 3), 16, style="sans")
    f2 = d.f("sans", 16)
    segs = [("at ", None), (kid.street, "ADDRESS"), (", ", None), (kid.place.suburb, "LOCATION")]
    w = sum(f2.getlength(t) for t, _ in segs)
    if w > sf.w - 2 * d.m:
        f2 = F("sans", 16 * d.p * (sf.w - 2 * d.m) / w, d.fi)
        w = sum(f2.getlength(t) for t, _ in segs)
    sf.runs((sf.w / 2 - w / 2, d.y), segs, f2, (30, 30, 30))
    d.y += f2.size * 2
    d.title(D.pick(rng, ["Bouncy castle, pizza & cake!", "Pool party - bring your togs!", "Unicorn theme - dress up!",
                         "Minecraft party - come as your skin!"]), 14, (80, 80, 80), style="sans")
    d.y += 10 * d.p
    f3 = d.f("sans", 14)
    segs = [("RSVP to ", None), (kid.parent_first, "PERSON"), (" (", None), ("Mum" if rng.random() < 0.6 else "Dad", None), (") ", None),
            (kid.parent_phone.local, "PHONE")]
    w = sum(f3.getlength(t) for t, _ in segs)
    sf.runs((sf.w / 2 - w / 2, d.y), segs, f3, (30, 30, 30))
    d.y += f3.size * 2.5
    if ctx.get("qr"):
        mod = max(4, int(d.p * 3.4))
        if ctx.get("k", 0) % 2 == 0:
            c0 = {"US": (39.5, -95.0), "UK": (52.8, -1.8), "IE": (53.2, -7.8), "CA": (45.2, -76.0), "AU": (-33.5, 150.8),
                  "NZ": (-37.5, 175.2), "IN": (19.5, 76.5), "ZA": (-29.5, 28.5)}[ctx["region"]]
            lat, lon = c0[0] + rng.uniform(-1.5, 1.5), c0[1] + rng.uniform(-1.5, 1.5)
            payload = "geo:%.5f,%.5f" % (lat, lon)
            lk = [("LOCATION", "%.5f,%.5f" % (lat, lon))]
            cap = "Scan for directions"
        else:
            payload = "sms:%s?body=RSVP" % kid.parent_phone.e164
            lk = [("PHONE", kid.parent_phone.e164)]
            cap = "Scan to RSVP by text"
        sf.text((sf.w / 2, d.y), cap, d.f("sans", 11), (60, 60, 60), anchor="ma")
        from core import qr_modules
        n = qr_modules(payload) + 8
        sf.qr(payload, sf.w / 2 - n * mod / 2, d.y + 18 * d.p, mod, leaks=lk)
    return sf


DOCS = {"permission_slip": permission_slip, "club_form": club_form, "report_card": report_card,
        "timetable": timetable, "club_flyer": club_flyer, "invitation": invitation}
