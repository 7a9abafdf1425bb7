"""A4 / Letter documents rendered at 150-200 dpi, then scanned (skew, noise) or photographed."""
import math

from PIL import Image

from common import (F, Canvas, place_planar, quad_rect, hexc, mix, wrap_runs, draw_lines, line_width,
                    qr_module_count, scan_finish, noise_texture)
from people import make_person, dob_text, fmt_date, ordinal, name, MONTHS, DAYS
from photo_kit import photo_size, put, bg_table, bg_carpet, paper_texture, star, balloon, fit_font
from qrdata import personal_qr
from sc_photos import HAND_FONTS, INKS, BRIGHT

SERIF = ["DejaVuSerif", "LiberationSerif-Regular", "FreeSerif", "DejaVuSerifCondensed"]
SANS = ["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed", "LiberationSansNarrow-Regular"]
BOLD = {"DejaVuSerif": "DejaVuSerif-Bold", "LiberationSerif-Regular": "LiberationSerif-Bold", "FreeSerif": "FreeSerifBold",
        "DejaVuSerifCondensed": "DejaVuSerifCondensed-Bold", "DejaVuSans": "DejaVuSans-Bold",
        "LiberationSans-Regular": "LiberationSans-Bold", "FreeSans": "FreeSansBold",
        "DejaVuSansCondensed": "DejaVuSansCondensed-Bold", "LiberationSansNarrow-Regular": "LiberationSansNarrow-Bold"}


class Page:
    def __init__(self, rng, p):
        self.rng = rng
        self.p = p
        letter = p.region in ("US", "CA") and rng.chance(0.85)
        self.dpi = rng.choice([150, 160, 175, 200])
        wi, hi = (8.5, 11.0) if letter else (8.27, 11.69)
        self.paper = "Letter" if letter else "A4"
        self.W, self.H = int(round(wi * self.dpi)), int(round(hi * self.dpi))
        base = rng.choice([(255, 255, 255), (252, 251, 247), (250, 250, 252)])
        self.cv = Canvas(self.W, self.H, base)
        self.pt = self.dpi / 72.0  # px per point
        self.m = int(0.75 * self.dpi)
        self.body = rng.choice(SERIF + SANS)
        self.bold = BOLD[self.body]
        self.size = rng.uniform(10, 12) * self.pt
        self.hand = rng.choice(HAND_FONTS)
        self.ink = rng.choice([(20, 40, 130), (20, 20, 25), (30, 30, 90)])
        self.y = self.m

    def f(self, scale=1.0, bold=False):
        return F(self.bold if bold else self.body, self.size * scale)

    def para(self, runs, scale=1.0, bold=False, gap=0.6, x=None, w=None, align="left"):
        x = self.m if x is None else x
        w = (self.W - 2 * self.m) if w is None else w
        fnt = self.f(scale, bold)
        lines = wrap_runs(runs, lambda st: fnt, w)
        lh = fnt.size * 1.35
        draw_lines(self.cv, x, self.y + fnt.size, lines, lambda st: fnt, lambda st: (20, 20, 20), lh, align=align,
                   width=w)
        self.y += len(lines) * lh + gap * fnt.size
        return len(lines)

    def letterhead(self, school_runs, sub_runs, col):
        cv = self.cv
        cv.d.rectangle([0, 0, self.W, int(0.12 * self.dpi)], fill=col)
        cx = self.m + 0.35 * self.dpi
        cy = self.m + 0.3 * self.dpi
        r = 0.32 * self.dpi
        cv.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        star(cv.d, cx, cy, r * 0.6, (255, 255, 255))
        x = cx + r + 0.2 * self.dpi
        fnt = fit_font(self.bold, "".join(t for t, k in school_runs), self.W - x - self.m, 20 * self.pt)
        cv.runs(x, cy, [(t, k, fnt, col) for t, k in school_runs])
        sf = F(self.body, 9 * self.pt)
        cv.runs(x, cy + 14 * self.pt, [(t, k, sf, (80, 80, 80)) for t, k in sub_runs])
        self.y = cy + r + 0.25 * self.dpi
        cv.d.line([(self.m, self.y), (self.W - self.m, self.y)], fill=col, width=max(1, int(self.pt)))
        self.y += 0.2 * self.dpi

    def field(self, x, y, label, value, kind, width, hand=True, lf=None):
        """Label then a line with a (handwritten) value. y = baseline."""
        cv = self.cv
        lf = lf or self.f(0.95)
        cv.text((x, y), label, lf, (30, 30, 30), anchor="ls")
        vx = x + lf.getlength(label) + 0.08 * self.dpi
        cv.d.line([(vx, y + 0.05 * self.dpi), (x + width, y + 0.05 * self.dpi)], fill=(90, 90, 90),
                  width=max(1, int(self.pt * 0.6)))
        if value:
            avail = x + width - vx - 0.05 * self.dpi
            if hand:
                sz = self.size * 1.25
                while F(self.hand, sz).getlength(value) * 1.03 > avail and sz > self.size * 0.6:
                    sz *= 0.94
                cv.hand((vx + 0.04 * self.dpi, y - 0.01 * self.dpi), value, self.hand, sz, self.ink, self.rng,
                        kind=kind, jitter=0.05)
            else:
                vf = fit_font(self.body, value, avail, self.size)
                cv.text((vx + 0.04 * self.dpi, y - 0.01 * self.dpi), value, vf, (10, 10, 10), kind=kind, anchor="ls")

    def signature(self, x, y, w):
        rng = self.rng
        pts = []
        n = rng.randint(5, 9)
        for i in range(n * 6):
            t = i / (n * 6 - 1)
            pts.append((x + t * w, y - math.sin(t * n * math.pi) * 0.12 * self.dpi * rng.uniform(0.5, 1.0)
                        - 0.04 * self.dpi))
        self.cv.d.line(pts, fill=self.ink, width=max(2, int(self.pt * 1.1)), joint="curve")


def output_doc(rng, page, ctx):
    """Scan (page-sized, skewed) or photograph (in a scene) the page."""
    p = page
    has_qr = bool(p.cv.qrs)
    if rng.chance(0.62) or ctx.get("format") == "png":
        W, H = p.W, p.H
        out = Canvas(W, H, rng.choice([(238, 238, 236), (250, 250, 250), (225, 226, 228)]), mode="RGB")
        ang = rng.uniform(-1.6, 1.6)
        sc = rng.uniform(0.965, 0.99)
        q = quad_rect(W / 2 + rng.uniform(-0.01, 0.01) * W, H / 2 + rng.uniform(-0.01, 0.01) * H, W * sc, H * sc, ang)
        place_planar(out, p.cv, q)
        mode = "scan"
        finish = dict(kind="scan", noise=(1.0, 3.5 if not has_qr else 2.5), blur=(0.0, 0.8 if not has_qr else 0.5))
        dpi = p.dpi
    else:
        orient = "port"
        W, H = photo_size(rng, orient)
        out = Canvas(W, H, (0, 0, 0), mode="RGB")
        out.im.paste(rng.choice([bg_table, bg_carpet])(rng, W, H))
        pw = min(W * 0.88, H * 0.88 / 1.414)
        put(out, p.cv, W / 2, H / 2, pw, angle=rng.uniform(-7, 7),
            persp=(rng.uniform(-0.1, 0.1), rng.uniform(-0.06, 0.06)), rng=rng, jitter=0.008)
        mode = "photo"
        finish = dict(light=(rng.uniform(0.65, 0.85), rng.uniform(1.0, 1.12)), blur=(0.3, rng.uniform(0.6, 1.4)),
                      noise=(2, rng.uniform(3, 7)), cast=0.06, vignette=rng.uniform(0.1, 0.4))
        if rng.chance(0.2):
            finish["contrast"] = (0.6, 0.85)
        dpi = None
    return out, dict(region=page.p.region, finish=finish, doc_mode=mode, paper=page.paper, page_dpi=page.dpi,
                     dpi=dpi)


def _school_head(pg):
    p = pg.p
    col = pg.rng.choice([(20, 50, 120), (120, 20, 40), (10, 90, 60), (70, 40, 120), (0, 100, 130)])
    sub = pg.rng.choice([[(p.loc, "LOCATION")], [(p.town, "LOCATION"), ("  \u2022  Learning together", None)],
                         [("Respect \u2022 Kindness \u2022 Curiosity", None)], [("Learning for life", None)],
                         [("Principal's office: Monday - Friday 8:30 - 4:00", None)]])
    pg.letterhead([(p.school, "SCHOOL")], sub, col)
    return col


def _date_line(pg):
    p = pg.p
    d = fmt_date(pg.rng, p.region, 2025, pg.rng.randint(2, 11), pg.rng.randint(1, 28), "long")
    pg.cv.text((pg.W - pg.m, pg.y + pg.size), d, pg.f(), (30, 30, 30), anchor="rs")
    pg.y += pg.size * 2


# ------------------------------------------------------------------ documents


def scene_permission(rng, ctx):
    p = make_person(rng)
    pg = Page(rng, p)
    col = _school_head(pg)
    _date_line(pg)
    pg.para([("Dear Parents and Carers,", None)])
    place = rng.choice(["the Science Museum", "the City Aquarium", "the Botanic Gardens", "Adventure Park",
                        "the Regional Art Gallery", "the Zoo"])
    d = fmt_date(rng, p.region, 2025, rng.randint(2, 11), rng.randint(1, 28), "long")
    pg.para([("Our ", None), (p.year, "AGE"), (" students will be visiting %s on %s. " % (place, d), None),
             ("The cost is $%d which covers the bus and entry. Students should bring a packed lunch, a water "
              "bottle and a hat. We will leave school at 9:00 and return by 2:45." % rng.randint(8, 35), None)])
    pg.para([("Please complete the slip below and return it to your child's teacher by Friday.", None)])
    pg.para([("Kind regards,", None)], gap=0.2)
    pg.para([(p.teacher, "PERSON"), (" (Class teacher)", None)], gap=1.2)
    # cut line
    y = pg.y + pg.size
    x = pg.m
    while x < pg.W - pg.m:
        pg.cv.d.line([(x, y), (x + 0.1 * pg.dpi, y)], fill=(120, 120, 120), width=max(1, int(pg.pt * 0.7)))
        x += 0.18 * pg.dpi
    pg.cv.text((pg.m, y - 0.05 * pg.dpi), "\u2702", F("DejaVuSans", pg.size * 1.2), (90, 90, 90), anchor="ls")
    pg.y = y + pg.size * 2
    pg.para([("PERMISSION SLIP - %s" % place.upper().replace("THE ", ""), None)], bold=True, align="center")
    w = pg.W - 2 * pg.m
    lh = pg.size * 2.6
    yy = pg.y + pg.size
    pg.field(pg.m, yy, "Student name:", p.full, "PERSON", w * 0.62)
    pg.field(pg.m + w * 0.66, yy, "Class:", p.klass, "AGE", w * 0.34)
    yy += lh
    pg.field(pg.m, yy, "Parent/Guardian:", p.parent, "PERSON", w)
    yy += lh
    pg.field(pg.m, yy, "Contact phone:", p.parent_mobile, "PHONE", w * 0.6)
    if rng.chance(0.55):
        yy += lh
        pg.field(pg.m, yy, "Home address:", p.addr["oneline"], "ADDRESS", w)
    if rng.chance(0.5):
        yy += lh
        pg.field(pg.m, yy, "Email:", p.parent_email, "EMAIL", w)
    yy += lh
    pg.field(pg.m, yy, "Medical / allergies:", rng.choice(["none", "asthma - inhaler in bag", "nut allergy", "none"]),
             None, w)
    yy += lh
    pg.field(pg.m, yy, "Signature:", "", None, w * 0.55)
    pg.signature(pg.m + pg.f().getlength("Signature:") + 0.2 * pg.dpi, yy, w * 0.3)
    pg.field(pg.m + w * 0.6, yy, "Date:", fmt_date(rng, p.region, 2025, rng.randint(2, 11), rng.randint(1, 28), "num"),
             None, w * 0.4)
    return output_doc(rng, pg, ctx)


def scene_form(rng, ctx):
    p = make_person(rng)
    pg = Page(rng, p)
    org_form = rng.chance(0.5)
    col = rng.choice([(20, 50, 120), (120, 20, 40), (10, 90, 60), (70, 40, 120)])
    if org_form:
        pg.letterhead([(p.club, "ORG")], [("Junior Registration %d" % 2025, None)], col)
        title = "PLAYER REGISTRATION FORM"
    else:
        _school_head(pg)
        title = rng.choice(["STUDENT ENROLMENT FORM", "STUDENT DETAILS UPDATE", "MEDICAL & CONTACT FORM"])
    pg.para([(title, None)], scale=1.3, bold=True, align="center")
    pg.para([("Please complete in BLOCK CAPITALS where possible.", None)], scale=0.85)
    caps = rng.chance(0.35)

    def C(v):
        return v.upper() if caps else v

    rows = [("Child's full name", C(p.full), "PERSON"), ("Date of birth", dob_text(rng, p, "num"), "DATE_OF_BIRTH"),
            ("Age", str(p.age), "AGE"), ("School", C(p.school), "SCHOOL"), ("Year / Class", p.year, "AGE"),
            ("Home address", C(p.addr["oneline"]), "ADDRESS"), ("Parent / Guardian", C(p.parent), "PERSON"),
            ("Mobile", p.parent_mobile, "PHONE"), ("Email", p.parent_email, "EMAIL"),
            ("Parent's employer", C(p.work), "ORG"),
            ("Emergency contact", C("%s %s" % name(rng, p.region)[:2]), "PERSON"),
            ("Emergency phone", p.landline if rng.chance(0.5) else p.mobile, "PHONE")]
    if not org_form:
        rows = [r for r in rows if r[0] != "School"]
    if rng.chance(0.4):
        rows = [r for r in rows if r[0] != "Age"]
    w = pg.W - 2 * pg.m
    rh = pg.size * 2.5
    hand = rng.chance(0.7)
    lf = pg.f(0.9, bold=True)
    y = pg.y + pg.size * 0.5
    labw = max(lf.getlength(r[0]) for r in rows) + 0.25 * pg.dpi
    for lab, val, kind in rows:
        if y + rh > pg.H - pg.m * 1.6:
            break
        pg.cv.d.rectangle([pg.m, y, pg.m + w, y + rh], outline=(60, 60, 60), width=max(1, int(pg.pt * 0.6)))
        pg.cv.d.rectangle([pg.m, y, pg.m + labw, y + rh], fill=mix(col, (255, 255, 255), 0.88),
                          outline=(60, 60, 60), width=max(1, int(pg.pt * 0.6)))
        pg.cv.text((pg.m + 0.08 * pg.dpi, y + rh / 2), lab, lf, (30, 30, 30), anchor="lm")
        vx = pg.m + labw + 0.1 * pg.dpi
        avail = w - labw - 0.2 * pg.dpi
        if hand:
            sz = pg.size * 1.3
            while F(pg.hand, sz).getlength(val) * 1.04 > avail and sz > pg.size * 0.6:
                sz *= 0.94
            pg.cv.hand((vx, y + rh * 0.68), val, pg.hand, sz, pg.ink, rng, kind=kind, jitter=0.05)
        else:
            vf = fit_font("DejaVuSansMono" if rng.chance(0.3) else pg.body, val, avail, pg.size)
            pg.cv.text((vx, y + rh * 0.66), val, vf, (10, 10, 10), kind=kind, anchor="ls")
        y += rh
    y += pg.size
    pg.y = y
    pg.para([("Photo consent:  ", None), ("\u2611 Yes   \u2610 No", None)], scale=0.95)
    pg.para([("I confirm the information above is correct.", None)], scale=0.9, gap=1.5)
    pg.signature(pg.m + 0.2 * pg.dpi, pg.y + pg.size, w * 0.3)
    qr = ctx.get("qr")
    if qr and pg.y + 2 * pg.dpi < pg.H:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(4, int(1.3 * pg.dpi / (n + 6)))
        pg.cv.qr(pg.W - pg.m - (n + 6) * mod, pg.y - 0.2 * pg.dpi, payload, mod, leaks=leaks)
    return output_doc(rng, pg, ctx)


def scene_report(rng, ctx):
    p = make_person(rng)
    pg = Page(rng, p)
    col = _school_head(pg)
    pg.para([(rng.choice(["Semester 1 Report", "Term 2 Progress Report", "End of Year Report", "Mid-Year Report"])
              + " 2025", None)], scale=1.4, bold=True, align="center")
    w = pg.W - 2 * pg.m
    y = pg.y + pg.size
    lf = pg.f(0.95, bold=True)
    vf = pg.f(1.0)
    info = [("Student:", p.full, "PERSON"), ("Class:", rng.choice([p.year, p.klass]), "AGE"),
            ("Teacher:", p.teacher, "PERSON")]
    if rng.chance(0.6):
        info.append(("Date of birth:", dob_text(rng, p, "num"), "DATE_OF_BIRTH"))
    for i, (lab, val, kind) in enumerate(info):
        xx = pg.m + (i % 2) * w / 2
        yy = y + (i // 2) * pg.size * 1.9
        pg.cv.text((xx, yy), lab, lf, (30, 30, 30), anchor="ls")
        pg.cv.text((xx + lf.getlength(lab) + 0.1 * pg.dpi, yy), val, vf, (10, 10, 10), kind=kind, anchor="ls")
    y += ((len(info) + 1) // 2) * pg.size * 1.9 + pg.size
    subjects = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "Physical Education",
                "Technology", "Languages", "Health"]
    subj = rng.sample(subjects, rng.randint(6, 9))
    cols = [0, 0.45, 0.65, 0.85]
    heads = ["Subject", "Achievement", "Effort", "Attendance"] if rng.chance(0.5) else ["Learning Area", "Grade",
                                                                                          "Effort", "Behaviour"]
    rh = pg.size * 1.9
    pg.cv.d.rectangle([pg.m, y, pg.m + w, y + rh], fill=mix(col, (255, 255, 255), 0.8))
    for c, h in zip(cols, heads):
        pg.cv.text((pg.m + c * w + 0.08 * pg.dpi, y + rh * 0.65), h, lf, (20, 20, 20), anchor="ls")
    y += rh
    for s in subj:
        pg.cv.d.line([(pg.m, y + rh), (pg.m + w, y + rh)], fill=(180, 180, 180), width=1)
        vals = [s, rng.choice(["A", "B", "B", "C", "A", "Excellent", "Sound", "High", "At standard"]),
                rng.choice(["Consistent", "Excellent", "Good", "Sometimes"]), rng.choice(["Excellent", "Good", "Fair"])]
        for c, v in zip(cols, vals):
            pg.cv.text((pg.m + c * w + 0.08 * pg.dpi, y + rh * 0.65), v, vf, (20, 20, 20), anchor="ls")
        y += rh
    y += pg.size
    pg.y = y
    pg.para([("Teacher comment", None)], bold=True, gap=0.3)
    he = rng.choice(["They", "She", "He"])
    pg.para([(p.first, "PERSON"), (" has had a %s semester. " % rng.choice(["productive", "positive", "busy", "wonderful"]),
              None), ("%s is a kind member of our class and works well with others. " % he, None),
             ("%s is encouraged to keep reading every night and to ask questions when unsure." % he, None)])
    if rng.chance(0.5):
        pg.para([("Principal: ", None),
                 ("%s %s" % (rng.choice(["Mrs", "Mr", "Dr", "Ms"]), name(rng, p.region)[1]), "PERSON")], gap=0.5)
    return output_doc(rng, pg, ctx)


def scene_timetable(rng, ctx):
    p = make_person(rng, age=rng.randint(10, 15))
    pg = Page(rng, p)
    land = False
    col = _school_head(pg)
    title = rng.choice([[("Timetable \u2013 ", None), (p.full, "PERSON"), (" \u2013 ", None), (p.klass, "AGE")],
                        [(p.first, "PERSON"), ("'s timetable (", None), (p.year, "AGE"), (")", None)],
                        [("Class timetable ", None), (p.klass, "AGE")]])
    pg.para(title, scale=1.3, bold=True, align="center")
    days = DAYS[:5]
    periods = ["8:50", "9:50", "11:10", "12:10", "1:50", "2:50"]
    subs = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Geography", "Tech", "French", "Drama",
            "Library", "Health", "Computing", "Hindi", "Te Reo", "Gaeilge", "Afrikaans", "isiZulu"]
    reg_sub = {"IN": "Hindi", "NZ": "Te Reo", "IE": "Gaeilge", "ZA": rng.choice(["Afrikaans", "isiZulu"])}
    pool = [s for s in subs[:14]] + ([reg_sub[p.region]] if p.region in reg_sub else [])
    w = pg.W - 2 * pg.m
    x0 = pg.m
    y0 = pg.y + pg.size
    cw = w / 6
    rh = min(pg.size * 4.2, (pg.H - y0 - pg.m * 2.5) / 7)
    lf = pg.f(0.9, bold=True)
    cf = pg.f(0.85)
    for j, dname in enumerate(["Time"] + days):
        pg.cv.d.rectangle([x0 + j * cw, y0, x0 + (j + 1) * cw, y0 + rh * 0.6], fill=mix(col, (255, 255, 255), 0.75),
                          outline=(80, 80, 80))
        pg.cv.text((x0 + j * cw + cw / 2, y0 + rh * 0.3), dname, lf, (20, 20, 20), anchor="mm")
    y = y0 + rh * 0.6
    for i, t in enumerate(periods):
        pg.cv.d.rectangle([x0, y, x0 + cw, y + rh], outline=(80, 80, 80))
        pg.cv.text((x0 + cw / 2, y + rh / 2), t, cf, (20, 20, 20), anchor="mm")
        for j in range(5):
            s = rng.choice(pool)
            fill = mix(rng.choice(BRIGHT), (255, 255, 255), 0.75)
            pg.cv.d.rectangle([x0 + (j + 1) * cw, y, x0 + (j + 2) * cw, y + rh], fill=fill, outline=(80, 80, 80))
            pg.cv.text((x0 + (j + 1.5) * cw, y + rh * 0.4), s, lf, (20, 20, 20), anchor="mm")
            pg.cv.text((x0 + (j + 1.5) * cw, y + rh * 0.72), "%s  %s%d" % ("".join(rng.choice("ABCDEFGHKLMNPRSTW") for _ in range(3)),
                                                                         rng.choice(["R", "Rm ", "L", ""]), rng.randint(1, 40)),
                       F(pg.body, pg.size * 0.7), (60, 60, 60), anchor="mm")
        y += rh
        if i == 2:
            pg.cv.d.rectangle([x0, y, x0 + w, y + rh * 0.35], fill=(235, 235, 235), outline=(80, 80, 80))
            pg.cv.text((x0 + w / 2, y + rh * 0.175), "RECESS", F(pg.bold, pg.size * 0.7), (60, 60, 60), anchor="mm")
            y += rh * 0.35
    pg.y = y + pg.size
    extra = rng.choice([
        [("Bus ", None), (str(rng.randint(2, 99)), None), (" leaves ", None), (p.loc, "LOCATION"),
         (" at 7:55", None)],
        [("Home: ", None), (p.addr["oneline"], "ADDRESS")],
        [("After school: ", None), (p.club, "ORG"), (" Tuesdays", None)],
        [("Locker 2%02d \u2013 combination on the back" % rng.randint(0, 99), None)],
    ])
    pg.para(extra, scale=0.95)
    return output_doc(rng, pg, ctx)


def scene_flyer(rng, ctx):
    p = make_person(rng)
    pg = Page(rng, p)
    col = rng.choice(BRIGHT)
    cv = pg.cv
    cv.d.rectangle([0, 0, pg.W, int(1.6 * pg.dpi)], fill=col)
    kid_made = rng.chance(0.4)
    # decorations (drawn first so text stays on top)
    for _ in range(rng.randint(2, 5)):
        r = rng.uniform(0.3, 0.6) * pg.dpi
        balloon(cv.d, rng.uniform(r, pg.W - r), pg.H - rng.uniform(1.3, 2.5) * pg.dpi, r, rng.choice(BRIGHT))
    tf = rng.choice(["DejaVuSans-Bold", "FreeSansBold", "LiberationSans-Bold", "DejaVuSerif-Bold", "FreeSerifBoldItalic"])
    fg = (255, 255, 255)
    if kid_made:
        biz = rng.choice(["Slime Shop", "Bracelet Stall", "Car Wash", "Lemonade Stand", "Cookie Sale", "Dog Walking"])
        runs = [(p.first, "PERSON"), ("'s %s!" % biz, None)]
        f = fit_font(tf, "".join(t for t, k in runs), pg.W - 2 * pg.m, 40 * pg.pt)
        total = sum(f.getlength(t) for t, k in runs)
        cv.runs(pg.W / 2 - total / 2, 0.8 * pg.dpi + f.size * 0.35, [(t, k, f, fg) for t, k in runs])
        pg.y = 1.9 * pg.dpi
        pg.para([("Hi! I'm ", None), (p.first, "PERSON"), (" and I'm ", None), (str(p.age), "AGE"),
                 (" years old. I'm raising money for %s." % rng.choice(["the animal shelter", "my school camp",
                                                                       "a new bike", "our class trip"]), None)],
                scale=1.4)
        pg.para([("Find me at ", None), (p.addr["oneline"], "ADDRESS"), (" every Saturday 10-12!", None)], scale=1.4)
        pg.para([("Orders: text my mum ", None), (p.parent_first, "PERSON"), (" on ", None), (p.parent_mobile, "PHONE")],
                scale=1.4)
        if rng.chance(0.5):
            pg.para([("I'm in ", None), (p.year, "AGE"), (" at ", None), (p.school, "SCHOOL")], scale=1.2)
        if rng.chance(0.6):
            pg.para([("Watch my videos: ", None), (p.url, "URL")], scale=1.2)
    else:
        f = fit_font(tf, p.club, pg.W - 2 * pg.m, 34 * pg.pt)
        cv.text((pg.W / 2, 0.8 * pg.dpi), p.club, f, fg, kind="ORG", anchor="mm")
        pg.y = 1.9 * pg.dpi
        pg.para([("NEW PLAYERS WELCOME!", None)], scale=2.0, bold=True, align="center")
        venue = rng.choice(["Memorial Park", "the Community Hall", "Riverside Oval", "the Leisure Centre", "St John's Hall"])
        pg.para([(p.agegrp, "AGE"),
                 (" training: %s 5:00-6:30pm at %s, " % (rng.choice(DAYS[:5]), venue), None), (p.loc, "LOCATION"),
                 (".", None)], scale=1.3)
        pg.para([("All abilities welcome. First two sessions free. Bring water, boots and a smile!", None)], scale=1.2)
        pg.para([("Contact coach ", None), (p.parent, "PERSON"), (" on ", None), (p.parent_mobile, "PHONE")], scale=1.3)
        if rng.chance(0.6):
            pg.para([("or email ", None), (p.parent_email, "EMAIL")], scale=1.3)
        if rng.chance(0.4):
            pg.para([("Team manager: ", None), ("%s %s" % name(rng, p.region)[:2], "PERSON")], scale=1.1)
    qr = ctx.get("qr")
    if qr:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(4, int(1.5 * pg.dpi / (n + 6)))
        size = (n + 6) * mod
        cv.qr(pg.W - pg.m - size, pg.H - pg.m - size, payload, mod, leaks=leaks)
        cv.text((pg.W - pg.m - size / 2, pg.H - pg.m - size - 0.1 * pg.dpi),
                rng.choice(["Scan to join our group", "Scan to message us", "Scan me"]), pg.f(0.9, True), (30, 30, 30),
                anchor="ms")
    return output_doc(rng, pg, ctx)


def scene_invitation(rng, ctx):
    p = make_person(rng, age=rng.randint(4, 13))
    pg = Page(rng, p)
    cv = pg.cv
    col = rng.choice(BRIGHT)
    for _ in range(rng.randint(5, 9)):
        r = rng.uniform(0.35, 0.7) * pg.dpi
        balloon(cv.d, rng.choice([rng.uniform(r, 1.6 * pg.dpi), rng.uniform(pg.W - 1.6 * pg.dpi, pg.W - r)]),
                rng.uniform(r, pg.H * 0.4), r, rng.choice(BRIGHT))
    tf = rng.choice(["FreeSerifBoldItalic", "DejaVuSerif-BoldItalic", "LiberationSerif-BoldItalic", "DejaVuSans-Bold",
                     "FreeSansBoldOblique"])
    pg.y = 1.2 * pg.dpi
    cv.text((pg.W / 2, pg.y + 30 * pg.pt), "You're invited!", F(tf, 34 * pg.pt), col, anchor="ms")
    pg.y += 60 * pg.pt
    runs = rng.choice([[(p.first, "PERSON"), (" is turning ", None), (str(p.age), "AGE"), ("!", None)],
                       [("Come celebrate ", None), (p.first, "PERSON"), ("'s ", None), (ordinal(p.age), "AGE"),
                        (" birthday", None)]])
    f = fit_font(tf, "".join(t for t, k in runs), pg.W - 3.4 * pg.dpi, 30 * pg.pt)
    total = sum(f.getlength(t) for t, k in runs)
    cv.runs(pg.W / 2 - total / 2, pg.y + f.size, [(t, k, f, (40, 30, 70)) for t, k in runs])
    pg.y += f.size * 2.2
    star(cv.d, pg.W / 2, pg.y, 0.3 * pg.dpi, col)
    pg.y += 0.6 * pg.dpi
    m = rng.randint(1, 12)
    when = "%s %s, %d:00 - %d:00pm" % (rng.choice(["Saturday", "Sunday"]),
                                       "%d %s" % (rng.randint(1, 28), MONTHS[m - 1]) if p.region not in ("US", "CA")
                                       else "%s %d" % (MONTHS[m - 1], rng.randint(1, 28)), rng.randint(1, 3),
                                       rng.randint(4, 6))
    x = 1.6 * pg.dpi
    w = pg.W - 3.2 * pg.dpi
    pg.para([("When: ", None), (when, None)], scale=1.4, x=x, w=w)
    where = rng.choice([[(p.addr["oneline"], "ADDRESS")], [("Our house - ", None), (p.addr["oneline"], "ADDRESS")],
                        [(p.addr["oneline"], "ADDRESS")],
                        [("%s, " % rng.choice(["Bounce World", "Splash Pool", "Memorial Park"]), None), (p.loc, "LOCATION")]])
    pg.para([("Where: ", None)] + where, scale=1.4, x=x, w=w)
    pg.para([("RSVP to ", None), (p.parent_first, "PERSON"), (" on ", None), (p.parent_mobile, "PHONE"),
             (" by %s %d" % (MONTHS[(m - 2) % 12], rng.randint(1, 28)), None)], scale=1.3, x=x, w=w)
    if rng.chance(0.4):
        pg.para([("or email ", None), (p.parent_email, "EMAIL")], scale=1.2, x=x, w=w)
    if rng.chance(0.5):
        pg.para([("Dress up as your favourite superhero!", None)], scale=1.2, x=x, w=w)
    qr = ctx.get("qr")
    if qr:
        payload, leaks = personal_qr(rng, p, qr)
        n = qr_module_count(payload)
        mod = max(4, int(1.6 * pg.dpi / (n + 6)))
        size = (n + 6) * mod
        qy = min(pg.y + 0.3 * pg.dpi, pg.H - pg.m - size - 0.4 * pg.dpi)
        cv.qr(pg.W / 2 - size / 2, qy, payload, mod, leaks=leaks)
        cv.text((pg.W / 2, qy + size + 0.25 * pg.dpi), rng.choice(["Scan for directions", "Scan to RSVP", "Scan me"]),
                pg.f(1.0, True), (30, 30, 30), anchor="ms")
    return output_doc(rng, pg, ctx)
