"""A4 / Letter documents at 150-200 dpi, scanned (skew, noise) or photographed (perspective)."""
import math

import numpy as np

import data as D
from common import (DISPLAY_FONTS, HAND_FONTS, PRINT_FONTS, F, Layer, darker, fit_font, homog_quad,
                    keystone_quad, fit_quad, lighter, paste_quad, photo_finish, rgba, rotate_about, scan_finish,
                    texture, translate, wrap_parts, bold_of)

DPIS = [150, 150, 160, 180, 200, 200]


class Page:
    def __init__(self, ctx, landscape=False, color=(255, 255, 255)):
        rng = ctx.rng
        self.dpi = rng.pick(DPIS)
        letter = ctx.region in ("US", "CA")
        wi, hi = (8.5, 11.0) if letter else (8.27, 11.69)
        if landscape:
            wi, hi = hi, wi
        self.paper = "Letter" if letter else "A4"
        self.w, self.h = int(round(wi * self.dpi)), int(round(hi * self.dpi))
        self.k = self.dpi / 72.0
        self.L = Layer(self.w, self.h, rgba(color))
        self.m = rng.uni(48, 64) * self.k
        self.ctx = ctx

    def pt(self, v):
        return v * self.k


def para(L, x, y, parts, font, fill, maxw, lh=1.35):
    asc = font.getmetrics()[0]
    for ln in wrap_parts(parts, font, maxw):
        L.runs(x, y + asc, ln, font, fill)
        y += font.size * lh
    return y


def letterhead(pg, p, sch_addr, color):
    L, k, m, rng = pg.L, pg.k, pg.m, pg.ctx.rng
    y = m * 0.7
    crest = 46 * k
    L.ellipse((m, y, m + crest, y + crest), fill=rgba(color))
    L.text(m + crest / 2, y + crest / 2, D.school_short(p.school)[:3], F("serif_b", 14 * k), (255, 255, 255, 255),
           anchor="mm")
    fam = rng.pick(["serif_b", "lserif_b", "fserif_b", "sans_b", "lsans_b"])
    f = fit_font(fam, p.school, pg.w - 2 * m - crest - 12 * k, 20 * k)
    L.text(m + crest + 12 * k, y + 2 * k, p.school, f, rgba(color), kind="SCHOOL")
    sf = F(rng.pick(["sans", "lsans", "serif"]), 8.5 * k)
    L.text(m + crest + 12 * k, y + 28 * k, sch_addr["one"], sf, (70, 70, 70, 255), kind="ADDRESS")
    if rng.chance(0.5):
        L.runs(m + crest + 12 * k, y + 40 * k + sf.getmetrics()[0], [("Tel: ", None), (p.school_phone, "PHONE")], sf,
               (70, 70, 70, 255))
    y += crest + 10 * k
    L.line([(m, y), (pg.w - m, y)], rgba(color), max(2, int(1.5 * k)))
    return y + 14 * k


def field(L, x, y, label, value, kind, lf, vf, ink, width, line_col=(120, 120, 120, 255), k=1.0):
    L.text(x, y, label, lf, (30, 30, 30, 255), anchor="ls")
    lx = x + lf.getlength(label) + 6 * k
    L.line([(lx, y + 2 * k), (x + width, y + 2 * k)], line_col, max(1, int(0.6 * k)))
    if value:
        f = vf
        while f.getlength(value) > (x + width - lx - 6 * k) and f.size > 8:
            f = F(_fam_of(f), f.size * 0.92)
        L.text(lx + 6 * k, y - 1 * k, value, f, ink, kind=kind, anchor="ls")


_FAMS = {}


def _fam_of(font):
    import common
    for name, path in common.FONT_FILES.items():
        if font.path.endswith(path):
            return name
    return "sans"


def finish_doc(ctx, pg):
    rng = ctx.rng
    L = pg.L
    if rng.chance(0.68) or ctx.qr is not None and rng.chance(0.5):
        # scanned: skew on a scanner bed
        bg = rgba(rng.pick([(250, 250, 250), (235, 235, 232), (245, 244, 238), (225, 226, 228)]))
        C = Layer(pg.w, pg.h, bg)
        ang = rng.uni(-1.6, 1.6) if not ctx.easy else rng.uni(-0.6, 0.6)
        sc = rng.uni(0.96, 0.99)
        T = translate(rng.uni(-0.01, 0.01) * pg.w, rng.uni(-0.01, 0.01) * pg.h) @ rotate_about(ang, pg.w / 2, pg.h / 2, sc)
        C.paste(L, T)
        im = scan_finish(C.im.convert("RGB"), ctx.nr, noise=rng.uni(1.5, 6.0), blur=rng.uni(0.2, 0.8 if not ctx.easy else 0.4),
                         contrast=rng.uni(0.85, 1.05), lift=rng.uni(-6, 8))
        if rng.chance(0.25):
            # slight yellowing of old paper
            a = np.asarray(im).astype(np.float32)
            a *= np.array([1.0, 0.985, 0.94], np.float32)
            im = __import__("PIL.Image", fromlist=["Image"]).fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
        C.set_im(im)
        C.doc_mode = "scan"
        return C
    # photographed on a table, page roughly at the same dpi
    W, H = int(pg.w * rng.uni(1.12, 1.25)), int(pg.h * rng.uni(1.08, 1.16))
    C = Layer(W, H, im=texture(rng.pick(["wood", "plain", "fabric"]), W, H, ctx.nr, rng))
    q = keystone_quad(rng, pg.w, pg.h, W / 2 + rng.uni(-0.02, 0.02) * W, H / 2 + rng.uni(-0.02, 0.02) * H,
                      rng.uni(-4, 4), rng.uni(-0.05, 0.05), rng.uni(-0.07, 0.07))
    q = fit_quad(q, W, H, 0.015 * min(W, H))
    paste_quad(C, L, q, shadow=True)
    im = photo_finish(C.im.convert("RGB"), ctx.nr, light=rng.uni(0.05, 0.25), vignette=rng.uni(0.05, 0.3),
                      contrast=rng.uni(0.8, 1.0), blur=rng.uni(0.0, 1.0 if not ctx.easy else 0.4), noise=rng.uni(2, 6),
                      cast=(rng.uni(0.97, 1.05), 1.0, rng.uni(0.92, 1.02)))
    C.set_im(im)
    C.doc_mode = "photo"
    return C


def school_addr(ctx):
    return D.make_address(ctx.rng, ctx.region)


def handfont(rng, k):
    return F(rng.pick(HAND_FONTS), rng.uni(12, 15) * k)


def ink(rng):
    return rgba(rng.pick([(20, 30, 120), (20, 20, 25), (30, 60, 160), (10, 70, 140)]))


def year_label(region):
    return {"US": "Grade", "CA": "Grade", "ZA": "Grade", "IN": "Class", "IE": "Class"}.get(region, "Year")


def put_qr(ctx, pg, x, y, size_pt, caption=None):
    payload, leaks = ctx.qr_payload()
    n = Layer.qr_modules(payload)
    mod = max(4, int(size_pt * pg.k / (n + 8)))
    pg.L.qr(x + 4 * mod, y + 4 * mod, payload, mod, leaks)
    if caption:
        pg.L.text(x + (n + 8) * mod / 2, y + (n + 8) * mod + 2 * pg.k, caption, F("sans", 8 * pg.k), (60, 60, 60, 255),
                  anchor="ma")
    return (n + 8) * mod


# ---------------------------------------------------------------------------
def permission_slip(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx)
    L, k, m = pg.L, pg.k, pg.m
    color = rng.pick([(20, 60, 130), (120, 20, 40), (10, 90, 60), (60, 30, 110)])
    y = letterhead(pg, p, school_addr(ctx), color)
    fam = rng.pick(PRINT_FONTS)
    bf = F(fam, rng.uni(10, 11.5) * k)
    tx = (30, 30, 30, 255)
    L.text(pg.w - m, y, D.fmt_date(rng, p.region, 2025, rng.ri(2, 11), rng.ri(1, 28)), bf, tx, anchor="ra")
    y += 24 * k
    greet = [("Dear Parents and Carers of ", None), (p.year, "AGE"), (",", None)] if rng.chance(0.5) else \
        [("Dear Parents and Carers,", None)]
    y = para(L, m, y, greet, bf, tx, pg.w - 2 * m)
    y += 6 * k
    trip = rng.pick(["the Science Museum", "the City Zoo", "the National Gallery", "the Botanic Gardens",
                     "the Aquarium", "a local farm", "the Planetarium"])
    body = (f"As part of our learning this term, the class will be visiting {trip} on "
            f"{rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}. We will leave school at 9:00am and "
            f"return by 2:45pm. Children should bring a packed lunch, a water bottle and a raincoat. The cost of the "
            f"trip is {rng.pick(['$15', '£12', '€10', 'R150', '₹350', '$20'])}, payable through the school office.")
    y = para(L, m, y, [(body, None)], bf, tx, pg.w - 2 * m)
    y += 8 * k
    y = para(L, m, y, [("Please complete and return the slip below by Friday. If you have any questions, please "
                        "contact me at the school office.", None)], bf, tx, pg.w - 2 * m)
    y += 12 * k
    L.text(m, y, "Kind regards,", bf, tx)
    y += 20 * k
    if rng.chance(0.4):
        L.text(m, y, p.teacher_str, F(rng.pick(HAND_FONTS), 15 * k), ink(rng), kind="PERSON")
    y += 22 * k
    L.runs(m, y + bf.getmetrics()[0], [(p.teacher_str, "PERSON"), (", Class Teacher", None)], bf, tx)
    y += 36 * k
    # cut line
    L.text(pg.w / 2, y, "- - - - - - - - - - - - - - -  ✂  cut here  - - - - - - - - - - - - - - -", F("sans", 9 * k),
           (100, 100, 100, 255), anchor="ma")
    y += 26 * k
    L.text(pg.w / 2, y, rng.pick(["PERMISSION SLIP", "Consent Form", "TRIP PERMISSION FORM"]), F(bold_of(fam), 14 * k),
           tx, anchor="ma")
    y += 32 * k
    lf = F(fam, 10.5 * k)
    hf = handfont(rng, k)
    ik = ink(rng)
    W = pg.w - 2 * m
    if ctx.qr is not None:
        W = pg.w - 2 * m - 110 * k
    rows = [("I give permission for my child ", p.full, "PERSON"), (f"{year_label(p.region)}/Class: ", p.year, "AGE"),
            ("to attend the trip. Parent/Guardian name: ", p.parent_full, "PERSON"),
            ("Emergency contact number: ", p.parent_phone, "PHONE")]
    if rng.chance(0.5):
        rows.append(("Email: ", p.parent_email, "EMAIL"))
    if rng.chance(0.35):
        rows.insert(2, ("Date of birth: ", p.dob_str, "DATE_OF_BIRTH"))
    rows.append(("Medical information / allergies: ", rng.pick(["None", "Asthma - inhaler in bag", "Nut allergy",
                                                                "none known", "Hay fever"]), None))
    if rng.chance(0.5):
        rows.append(("Signed: ", p.parent[1] if rng.chance(0.5) else p.parent_full, "PERSON"))
    ystart = y
    for lab, val, kind in rows:
        field(L, m, y, lab, val, kind, lf, hf, ik, W, k=k)
        y += 30 * k
    field(L, m, y, "Date: ", D.fmt_date(rng, p.region, 2025, rng.ri(2, 11), rng.ri(1, 28)), None, lf, hf, ik, W * 0.5, k=k)
    if ctx.qr is not None:
        put_qr(ctx, pg, pg.w - m - 100 * k, ystart - 10 * k, 100, "Questions? Scan me")
    return finish_doc(ctx, pg)


def form(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx)
    L, k, m = pg.L, pg.k, pg.m
    color = rng.pick([(20, 60, 130), (0, 100, 110), (110, 30, 30), (40, 40, 40)])
    kindf = rng.ri(0, 2)
    if kindf == 2:
        y = m
        L.text(m, y, p.club, fit_font("sans_b", p.club, pg.w - 2 * m, 20 * k), rgba(color), kind="ORG")
        y += 30 * k
        title = "Membership & Medical Form " + str(rng.ri(2024, 2026))
    else:
        y = letterhead(pg, p, school_addr(ctx), color)
        title = ["Student Enrolment Form", "Medical & Emergency Contact Form"][kindf]
    fam = rng.pick(PRINT_FONTS)
    L.text(pg.w / 2, y, title, F(bold_of(fam), 15 * k), (20, 20, 20, 255), anchor="ma")
    y += 30 * k
    typed = rng.chance(0.35)
    vf = F(rng.pick(["lmono", "mono", "sans", "lsans"]), 10.5 * k) if typed else handfont(rng, k)
    ik = (10, 10, 10, 255) if typed else ink(rng)
    lf = F(fam, 8.5 * k)
    W = pg.w - 2 * m
    rowh = 34 * k

    def box(x, y, w, label, value, kind, group=None):
        L.rect((x, y, x + w, y + rowh), outline=(90, 90, 90, 255), width=max(1, int(0.7 * k)))
        L.rect((x, y, x + w, y + 11 * k), fill=rgba(lighter(color, 0.85)))
        L.text(x + 3 * k, y + 1.5 * k, label, lf, (40, 40, 40, 255))
        if value:
            f = vf
            fam2 = _fam_of(vf)
            f = fit_font(fam2, value, w - 8 * k, vf.size)
            L.text(x + 5 * k, y + rowh - 5 * k, value, f, ik, kind=kind, anchor="ls", group=group)

    L.text(m, y, "SECTION A - STUDENT DETAILS" if kindf != 2 else "SECTION A - MEMBER DETAILS", F(bold_of(fam), 10 * k),
           rgba(color))
    y += 16 * k
    if rng.chance(0.5):
        box(m, y, W * 0.5, "Surname / Family name", p.last, "PERSON")
        box(m + W * 0.5, y, W * 0.5, "First name(s)", p.first, "PERSON")
    else:
        box(m, y, W, "Full name of student", p.full, "PERSON")
    y += rowh
    box(m, y, W * 0.34, "Date of birth", p.dob_str, "DATE_OF_BIRTH")
    box(m + W * 0.34, y, W * 0.22, "Age", str(p.age) if rng.chance(0.4) else "", "AGE")
    box(m + W * 0.56, y, W * 0.44, year_label(p.region) + (" / Class" if rng.chance(0.5) else ""), p.year, "AGE")
    y += rowh
    g = ctx.gid()
    lines = p.addr["lines"]
    addr_h = rowh * 1.0 + 13 * k * max(0, len(lines) - 1)
    L.rect((m, y, m + W * 0.75, y + addr_h), outline=(90, 90, 90, 255), width=max(1, int(0.7 * k)))
    L.rect((m, y, m + W * 0.75, y + 11 * k), fill=rgba(lighter(color, 0.85)))
    L.text(m + 3 * k, y + 1.5 * k, "Home address", lf, (40, 40, 40, 255))
    af = fit_font(_fam_of(vf), max(lines, key=len), W * 0.72, vf.size * 0.95)
    yy = y + 22 * k
    for ln in lines:
        L.text(m + 5 * k, yy, ln, af, ik, kind="ADDRESS", group=g, anchor="ls")
        yy += 13 * k
    box(m + W * 0.75, y, W * 0.25, {"US": "ZIP", "CA": "Postal code", "IN": "PIN"}.get(p.region, "Postcode"),
        p.addr["postcode"] if rng.chance(0.4) else "", "ADDRESS")
    y += addr_h
    if kindf == 0:
        box(m, y, W * 0.6, "Previous school", school_prev(ctx), "SCHOOL")
        box(m + W * 0.6, y, W * 0.4, "Home phone", p.landline, "PHONE")
        y += rowh
    y += 14 * k
    L.text(m, y, "SECTION B - PARENT / GUARDIAN", F(bold_of(fam), 10 * k), rgba(color))
    y += 16 * k
    box(m, y, W * 0.5, "Parent/Guardian 1", p.parent_full, "PERSON")
    box(m + W * 0.5, y, W * 0.5, "Mobile", p.parent_phone, "PHONE")
    y += rowh
    box(m, y, W, "Email", p.parent_email, "EMAIL")
    y += rowh
    if rng.chance(0.3):
        other = p.dad if p.parent == p.mum else p.mum
        box(m, y, W * 0.5, "Parent/Guardian 2", f"{other[0]} {other[1]}", "PERSON")
        box(m + W * 0.5, y, W * 0.5, "Mobile", p.other_phone, "PHONE")
        y += rowh
    box(m, y, W * 0.5, "Workplace", p.org2 if p.org2_kind == "work" else D.make_org(rng, p.region, p.dad[1], p.suburb, "work")[0]
        if rng.chance(0.5) else "", "ORG")
    box(m + W * 0.5, y, W * 0.5, "Work phone", "", None)
    y += rowh + 14 * k
    L.text(m, y, "SECTION C - MEDICAL", F(bold_of(fam), 10 * k), rgba(color))
    y += 16 * k
    doc = D.gen_name(rng, p.region)
    box(m, y, W * 0.5, "Family doctor", f"Dr {doc[0]} {doc[1]}" if rng.chance(0.5) else "", "PERSON")
    box(m + W * 0.5, y, W * 0.5, "Allergies / conditions", rng.pick(["None", "Asthma", "Peanuts", "Eczema", "none known"]), None)
    y += rowh + 14 * k
    for t in ["I consent to emergency medical treatment.", "I consent to photos being used in the newsletter."]:
        L.rect((m, y, m + 10 * k, y + 10 * k), outline=(40, 40, 40, 255), width=max(1, int(0.7 * k)))
        if rng.chance(0.7):
            L.text(m + 1 * k, y - 2 * k, "✓", F("sans_b", 12 * k), ik)
        L.text(m + 16 * k, y, t, F(fam, 9.5 * k), (30, 30, 30, 255))
        y += 18 * k
    y += 10 * k
    field(L, m, y + 14 * k, "Signature: ", p.parent[1] if rng.chance(0.5) else "", "PERSON", F(fam, 10 * k), handfont(rng, k), ink(rng), W * 0.55, k=k)
    if ctx.qr is not None and y + 14 * k + 120 * k < pg.h - m:
        put_qr(ctx, pg, pg.w - m - 110 * k, y - 10 * k, 110, "Contact card")
    elif ctx.qr is not None:
        put_qr(ctx, pg, pg.w - m - 110 * k, m * 0.4, 90, None)
    return finish_doc(ctx, pg)


def school_prev(ctx):
    return D.school_name(ctx.rng, ctx.region)


SUBJECTS = ["English", "Mathematics", "Science", "History", "Geography", "Art", "Music", "Physical Education",
            "Technology", "Languages", "Religious Education", "Health", "Drama", "Computing"]


def report_card(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx)
    L, k, m = pg.L, pg.k, pg.m
    color = rng.pick([(20, 60, 130), (120, 20, 40), (10, 90, 60), (70, 40, 110)])
    y = letterhead(pg, p, school_addr(ctx), color)
    fam = rng.pick(PRINT_FONTS)
    L.text(pg.w / 2, y, rng.pick(["End of Year Report", "Term 2 Progress Report", "Semester 1 Report Card",
                                   "Annual Report"]) + f" {rng.ri(2024, 2025)}", F(bold_of(fam), 15 * k),
           (20, 20, 20, 255), anchor="ma")
    y += 30 * k
    lf = F(bold_of(fam), 10 * k)
    vf = F(fam, 10 * k)
    info = [("Student: ", p.full, "PERSON"), (year_label(p.region) + ": ", p.year, "AGE")]
    if rng.chance(0.5):
        info.append(("Teacher: ", p.teacher_str, "PERSON"))
    if rng.chance(0.5):
        info.append(("Date of birth: ", p.dob_str, "DATE_OF_BIRTH"))
    x = m
    for lab, val, kind in info:
        L.runs(x, y + lf.getmetrics()[0], [(lab, None, {"font": lf}), (val, kind)], vf, (20, 20, 20, 255))
        y += 16 * k
    y += 10 * k
    cols = [0, 0.36, 0.5, 1.0]
    W = pg.w - 2 * m
    hdr = ["Subject", "Grade", "Comment"]
    L.rect((m, y, pg.w - m, y + 18 * k), fill=rgba(color))
    for i, h in enumerate(hdr):
        L.text(m + cols[i] * W + 4 * k, y + 9 * k, h, lf, (255, 255, 255, 255), anchor="lm")
    y += 18 * k
    subs = rng.some(SUBJECTS, rng.ri(6, 8))
    comments = ["Works hard and participates well.", "Excellent progress this term.",
                "Needs to focus on homework.", "Shows creativity and enthusiasm.", "A pleasure to teach.",
                "Solid understanding of key concepts.", "Should read more at home."]
    cf = F(fam, 9 * k)
    for s in subs:
        grade = rng.pick(["A", "A-", "B+", "B", "C", "Excellent", "Good", "Working towards", "7", "6", "5"])
        L.line([(m, y + 24 * k), (pg.w - m, y + 24 * k)], (190, 190, 190, 255), 1)
        L.text(m + 4 * k, y + 12 * k, s, vf, (20, 20, 20, 255), anchor="lm")
        L.text(m + cols[1] * W + 4 * k, y + 12 * k, grade, vf, (20, 20, 20, 255), anchor="lm")
        c = rng.pick(comments)
        L.text(m + cols[2] * W + 4 * k, y + 12 * k, c, fit_font(fam, c, W * 0.48, 9 * k), (40, 40, 40, 255), anchor="lm")
        y += 24 * k
    y += 16 * k
    L.text(m, y, "General comment", lf, rgba(color))
    y += 18 * k
    gen = [(p.first, "PERSON"), (" has had a " + rng.pick(["wonderful", "busy", "successful", "positive"]) + " year", None)]
    gen += [(" in ", None), (p.year, "AGE"), (". ", None)] if rng.chance(0.5) else [(". ", None)]
    gen += [ ("She" if rng.chance(0.5) else "He", None),
           (" is a kind member of the class and has made good friends and should keep reading every night. ", None),
           ("Well done!", None)]
    y = para(L, m, y, gen, vf, (30, 30, 30, 255), W)
    y += 10 * k
    L.runs(m, y + vf.getmetrics()[0], [("Days absent: ", None), (str(rng.ri(0, 14)), None), ("    Days late: ", None),
                                        (str(rng.ri(0, 8)), None)], vf, (30, 30, 30, 255))
    y += 40 * k
    pr = (rng.pick(["Mrs", "Mr", "Dr", "Ms"]), D.gen_name(rng, p.region)[1])
    for i, (nm, role) in enumerate([(p.teacher_str, "Class Teacher"), (f"{pr[0]} {pr[1]}", "Principal")]):
        x = m + i * W * 0.55
        if i == 1 or rng.chance(0.5):
            L.text(x, y, nm, F(rng.pick(HAND_FONTS), 14 * k), ink(rng), kind="PERSON", anchor="ls")
        L.line([(x, y + 4 * k), (x + W * 0.38, y + 4 * k)], (90, 90, 90, 255), 1)
        L.text(x, y + 8 * k, role, F(fam, 8.5 * k), (80, 80, 80, 255))
    return finish_doc(ctx, pg)


TT_SUBJ = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Geog", "French", "Te Reo", "Hindi",
           "isiZulu", "Irish", "Computing", "Library", "Drama", "RE", "Spelling", "Reading"]


def timetable(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx, landscape=True)
    L, k, m = pg.L, pg.k, pg.m
    color = rng.pick([(30, 90, 160), (200, 80, 40), (40, 140, 90), (130, 60, 160), (220, 50, 110)])
    fam = rng.pick(PRINT_FONTS + ["fsans_b"])
    y = m * 0.8
    tf = F(rng.pick(DISPLAY_FONTS), 22 * k)
    L.runs(m, y + tf.getmetrics()[0], [(p.first, "PERSON"), ("'s Timetable", None)], tf, rgba(color))
    y += 30 * k
    sub = F(fam, 11 * k)
    L.runs(m, y + sub.getmetrics()[0], [(p.year, "AGE"), ("  ·  ", None), (p.school, "SCHOOL"), ("  ·  Term " + str(rng.ri(1, 4)), None)],
           sub, (60, 60, 60, 255))
    y += 24 * k
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    times = ["8:45", "9:40", "10:35", "11:00", "11:55", "12:50", "1:35", "2:30"]
    labels = ["Period 1", "Period 2", "Break", "Period 3", "Period 4", "Lunch", "Period 5", "Period 6"]
    W = pg.w - 2 * m
    Hh = pg.h - y - m * 1.6
    cw = W / (len(days) + 1)
    rh = Hh / (len(times) + 1)
    for j, d in enumerate([""] + days):
        L.rect((m + j * cw, y, m + (j + 1) * cw, y + rh), fill=rgba(color), outline=(255, 255, 255, 255), width=2)
        L.text(m + (j + 0.5) * cw, y + rh / 2, d, F(bold_of(fam), 11 * k), (255, 255, 255, 255), anchor="mm")
    cf = F(fam, 10 * k)
    for i, (t, lab) in enumerate(zip(times, labels)):
        yy = y + (i + 1) * rh
        L.rect((m, yy, m + cw, yy + rh), fill=rgba(lighter(color, 0.75)), outline=(255, 255, 255, 255), width=2)
        L.text(m + cw / 2, yy + rh * 0.35, lab, F(bold_of(fam), 9.5 * k), (30, 30, 30, 255), anchor="mm")
        L.text(m + cw / 2, yy + rh * 0.7, t, F(fam, 8.5 * k), (60, 60, 60, 255), anchor="mm")
        for j in range(len(days)):
            x0 = m + (j + 1) * cw
            if lab in ("Break", "Lunch"):
                L.rect((x0, yy, x0 + cw, yy + rh), fill=(235, 235, 235, 255), outline=(255, 255, 255, 255), width=2)
                L.text(x0 + cw / 2, yy + rh / 2, lab, cf, (120, 120, 120, 255), anchor="mm")
                continue
            s = rng.pick(TT_SUBJ)
            L.rect((x0, yy, x0 + cw, yy + rh), fill=rgba(lighter(rng.pick([(255, 200, 80), (120, 200, 255), (160, 230, 140),
                                                                         (255, 160, 180), (200, 170, 255)]), 0.5)),
                   outline=(255, 255, 255, 255), width=2)
            L.text(x0 + cw / 2, yy + rh * 0.38, s, F(bold_of(fam), 10 * k), (30, 30, 30, 255), anchor="mm")
            L.text(x0 + cw / 2, yy + rh * 0.72, f"Rm {rng.ri(1, 30)}  {rng.pick('ABCDEFGHJKLMNPRSTW')}{rng.pick('ABCDEFGHJKLMNPRSTW')}",
                   F(fam, 8 * k), (80, 80, 80, 255), anchor="mm")
    yb = y + Hh + rh * 0.4
    extra = [("  ·  Thu ", None), (p.org2, "ORG"), (" 6pm", None)] if rng.chance(0.5) else []
    L.runs(m, yb + cf.getmetrics()[0] + 6 * k, [("After school: Tue ", None), (p.club, "ORG"), (" 4pm", None)] + extra,
           cf, (40, 40, 40, 255))
    return finish_doc(ctx, pg)


def club_flyer(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx, color=rng.pick([(255, 255, 255), (255, 252, 235), (240, 248, 255)]))
    L, k, m = pg.L, pg.k, pg.m
    color = rng.pick([(220, 60, 40), (20, 110, 200), (20, 150, 90), (150, 50, 180), (240, 140, 0)])
    L.rect((0, 0, pg.w, pg.h * 0.28), fill=rgba(color))
    df = rng.pick(DISPLAY_FONTS)
    f = fit_font(df, p.club, pg.w - 2 * m, 40 * k)
    L.text(pg.w / 2, pg.h * 0.07, p.club, f, (255, 255, 255, 255), kind="ORG", anchor="ma")
    L.text(pg.w / 2, pg.h * 0.07 + f.size * 1.4, rng.pick(["NEW PLAYERS WELCOME!", "JOIN THE TEAM!", "WE'RE RECRUITING!",
                                                            "COME AND TRY IT!"]),
           fit_font(df, "NEW PLAYERS WELCOME!", pg.w - 2 * m, 28 * k), rgba(lighter(color, 0.8)), anchor="ma")
    y = pg.h * 0.32
    fam = rng.pick(PRINT_FONTS)
    bf = F(fam, 14 * k)
    lines = [
        [("All abilities welcome · ", None), (f"ages {rng.ri(5, 8)}-{rng.ri(11, 16)}", None)],
        [("Training: ", None), (rng.pick(["Saturdays 9am", "Tuesdays 5pm", "Wednesdays 4:30pm", "Sundays 10am"]), None),
         (" at ", None), (p.park + ", " + p.suburb if rng.chance(0.6) else p.park, "LOCATION")],
        [("First session free! Bring a water bottle and trainers.", None)],
    ]
    for parts in lines:
        y = para(L, m, y, parts, bf, (30, 30, 30, 255), pg.w - 2 * m, 1.4)
        y += 10 * k
    L.placeholder((m, y, pg.w - m, y + pg.h * 0.18), (225, 228, 235, 255), "PHOTO")
    y += pg.h * 0.18 + 24 * k
    coach = D.gen_name(rng, p.region)
    cph = D.phone(rng, p.region)[0]
    cem = D.make_email(rng, coach[0], coach[1], p.region, False)
    maxw = pg.w - 2 * m - (150 * k if ctx.qr is not None else 0)
    hf = F(bold_of(fam), 16 * k)
    L.text(m, y, "Contact", hf, rgba(color))
    y += 26 * k
    for parts in [[("Coach ", None), (f"{coach[0]} {coach[1]}", "PERSON")], [("Call/text: ", None), (cph, "PHONE")],
                  [("Email: ", None), (cem, "EMAIL")]]:
        y = para(L, m, y, parts, bf, (30, 30, 30, 255), maxw, 1.4)
        y += 4 * k
    if ctx.qr is not None:
        put_qr(ctx, pg, pg.w - m - 140 * k, pg.h * 0.32 + pg.h * 0.18 + 120 * k, 140, "Scan to join our group")
    return finish_doc(ctx, pg)


def invitation(ctx):
    rng, p = ctx.rng, ctx.p
    pg = Page(ctx, color=rng.pick([(255, 250, 240), (255, 255, 255), (245, 250, 255)]))
    L, k, m = pg.L, pg.k, pg.m
    cols = [(230, 57, 70), (255, 183, 3), (42, 157, 143), (69, 123, 157), (155, 93, 229), (241, 91, 181)]
    for i in range(40):
        c = rgba(rng.pick(cols))
        x, y = rng.uni(0, pg.w), rng.uni(0, pg.h)
        if m < x < pg.w - m and m < y < pg.h - m:
            continue
        r = rng.uni(4, 12) * k
        L.ellipse((x - r, y - r, x + r, y + r), fill=c)
    col = rgba(rng.pick(cols))
    df = rng.pick(DISPLAY_FONTS + ["fserif_bi", "lserif_bi"])
    y = m * 1.6
    L.text(pg.w / 2, y, rng.pick(["You're Invited!", "YOU'RE INVITED", "Come and Party!", "Let's Celebrate!"]),
           fit_font(df, "YOU'RE INVITED!", pg.w - 2.5 * m, 40 * k), col, anchor="ma")
    y += 70 * k
    tf = F(rng.pick(DISPLAY_FONTS), 26 * k)
    parts = [("to ", None), (p.first, "PERSON"), ("'s ", None), (D.ordinal(p.age), "AGE"), (" Birthday Party", None)]
    tot = sum(tf.getlength(t) for t, _ in parts)
    if tot > pg.w - 2.5 * m:
        tf = F(_fam_of(tf), tf.size * (pg.w - 2.5 * m) / tot)
        tot = sum(tf.getlength(t) for t, _ in parts)
    L.runs((pg.w - tot) / 2, y + tf.getmetrics()[0], parts, tf, (40, 40, 40, 255))
    y += 60 * k
    fam = rng.pick(PRINT_FONTS)
    bf = F(fam, 15 * k)
    hf = F(rng.pick(HAND_FONTS), 17 * k)
    filled = rng.chance(0.5)
    wd = rng.pick(["Saturday", "Sunday"])
    mo = rng.ri(1, 12)
    dd = rng.ri(1, 28)
    rows = [("When: ", f"{wd} {D.short_date(rng, p.region, mo, dd)}, {rng.pick(['10am', '11am', '1pm', '2pm', '3pm'])}", None)]
    rows.append(("Where: ", None, "ADDRESS"))
    maxw = pg.w - 2 * m - (140 * k if ctx.qr is not None else 0)
    for lab, val, kind in rows:
        L.text(m * 1.3, y, lab, F(bold_of(fam), 15 * k), (40, 40, 40, 255))
        x = m * 1.3 + F(bold_of(fam), 15 * k).getlength(lab) + 6 * k
        vf = hf if filled else bf
        if kind == "ADDRESS":
            g = ctx.gid()
            yy = y
            for ln in p.addr["lines"]:
                L.text(x, yy, ln, fit_font(_fam_of(vf), ln, maxw - x + m, vf.size), ink(rng) if filled else (40, 40, 40, 255),
                       kind="ADDRESS", group=g)
                yy += vf.size * 1.35
            y = yy + 10 * k
        else:
            L.text(x, y, val, vf, ink(rng) if filled else (40, 40, 40, 255))
            y += vf.size * 1.6
    y += 10 * k
    y = para(L, m * 1.3, y, [("Bouncy castle, games and cake! ", None),
                             (rng.pick(["Wear your swimmers!", "Fancy dress optional.", "Bring a jumper.", ""]), None)],
             bf, (60, 60, 60, 255), maxw - 0.3 * m)
    y += 20 * k
    rs = [("RSVP to ", None), (p.parent[0], "PERSON"), (" on ", None), (p.parent_phone, "PHONE")]
    if rng.chance(0.4):
        rs += [(" or ", None), (p.parent_email, "EMAIL")]
    y = para(L, m * 1.3, y, rs, F(bold_of(fam), 14 * k), rgba(darker(col, 0.8)), maxw - 0.3 * m)
    if ctx.qr is not None:
        put_qr(ctx, pg, pg.w - m - 130 * k, pg.h - m - 170 * k, 130, "Scan to RSVP" if "sms" in ctx.qr or "tel" in ctx.qr else "Find us")
    return finish_doc(ctx, pg)


# ---------------------------------------------------------------------------
# Clean documents
# ---------------------------------------------------------------------------
def worksheet(ctx):
    rng = ctx.rng
    pg = Page(ctx)
    L, k, m = pg.L, pg.k, pg.m
    fam = rng.pick(PRINT_FONTS)
    L.text(m, m, "Name: ______________________    Date: ____________", F(fam, 12 * k), (30, 30, 30, 255))
    L.text(pg.w / 2, m + 40 * k, rng.pick(["Word Problems", "Fractions Practice", "Times Tables Challenge",
                                            "Reading Comprehension"]), F(bold_of(fam), 20 * k), (20, 20, 20, 255), anchor="ma")
    y = m + 80 * k
    chars = ["Tom", "Priya", "Mr Fox", "Aunt Sally", "Captain Kidd", "Bella the Bear", "Ravi", "Zara"]
    bf = F(fam, 12 * k)
    for i in range(rng.ri(7, 9)):
        a, b = rng.ri(3, 40), rng.ri(2, 12)
        c = rng.pick(chars)
        q = rng.pick([f"{c} has {a} apples and buys {b} more. How many apples does {c} have now?",
                      f"{c} shares {a * b} stickers equally between {b} friends. How many does each friend get?",
                      f"A train leaves at 9:{rng.ri(10, 59)} and the trip takes {a} minutes. When does it arrive?",
                      f"What is {a} x {b}?", f"{c} reads {b} pages a day. How many pages in {a} days?"])
        y = para(L, m, y, [(f"{i + 1}. " + q, None)], bf, (30, 30, 30, 255), pg.w - 2 * m)
        L.line([(m + 20 * k, y + 18 * k), (pg.w - m, y + 18 * k)], (160, 160, 160, 255), 1)
        y += 34 * k
    return finish_doc(ctx, pg)


RECIPES = [("Banana Pancakes", ["2 ripe bananas", "2 eggs", "1 cup self-raising flour", "3/4 cup milk", "1 tbsp butter",
                                 "Maple syrup to serve"]),
           ("Easy Pizza Scrolls", ["2 cups self-raising flour", "1 cup Greek yoghurt", "1/2 cup tomato paste",
                                   "1 cup grated cheese", "1/2 cup chopped ham", "Pinch of oregano"]),
           ("Chocolate Chip Cookies", ["125 g butter", "1/2 cup brown sugar", "1 egg", "1 3/4 cups flour",
                                       "1 cup chocolate chips", "1 tsp vanilla"]),
           ("Vegetable Soup", ["1 onion", "2 carrots", "2 celery sticks", "1 can tomatoes", "4 cups stock",
                               "1 cup small pasta"])]


def recipe(ctx):
    rng = ctx.rng
    pg = Page(ctx, color=rng.pick([(255, 255, 255), (252, 248, 238)]))
    L, k, m = pg.L, pg.k, pg.m
    title, ing = rng.pick(RECIPES)
    fam = rng.pick(PRINT_FONTS)
    col = rgba(rng.pick([(180, 60, 30), (30, 100, 60), (40, 60, 140)]))
    L.text(m, m, title, F(rng.pick(DISPLAY_FONTS), 28 * k), col)
    L.text(m, m + 40 * k, f"Serves {rng.ri(2, 8)}  ·  Prep {rng.ri(10, 30)} min  ·  Cook {rng.ri(10, 45)} min",
           F(fam, 11 * k), (90, 90, 90, 255))
    L.placeholder((m, m + 64 * k, pg.w - m, m + 64 * k + pg.h * 0.25), (230, 225, 215, 255), "PHOTO")
    y = m + 80 * k + pg.h * 0.25
    L.text(m, y, "Ingredients", F(bold_of(fam), 15 * k), col)
    y += 24 * k
    bf = F(fam, 12 * k)
    for it in ing:
        L.text(m + 10 * k, y, "•  " + it, bf, (30, 30, 30, 255))
        y += 18 * k
    y += 14 * k
    L.text(m, y, "Method", F(bold_of(fam), 15 * k), col)
    y += 24 * k
    steps = ["Preheat the oven or pan as needed.", "Mix the dry ingredients in a large bowl.",
             "Add the wet ingredients and stir until just combined.", "Cook in batches until golden.",
             "Leave to cool for five minutes, then serve and enjoy!"]
    for i, st in enumerate(steps):
        y = para(L, m + 10 * k, y, [(f"{i + 1}. {st}", None)], bf, (30, 30, 30, 255), pg.w - 2 * m - 10 * k)
        y += 6 * k
    L.text(pg.w - m, pg.h - m, f"Page {rng.ri(20, 180)}", F(fam, 9 * k), (120, 120, 120, 255), anchor="rs")
    return finish_doc(ctx, pg)
