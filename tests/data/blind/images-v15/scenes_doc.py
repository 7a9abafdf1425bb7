"""A4 / Letter documents, scanned (150-200 dpi) or photographed."""
from common import INKS, doc_output, hand_font, page_sheet, scribble
from content import People, qr_payload
from core import F, MONO, SANS, SERIF, Sheet, rgba, wrap
from scenes_photo import BRIGHT, crest, fit_font, fit_font_obj

PUBLIC_PLACES = ["the Science Museum", "the City Zoo", "the Botanic Gardens", "the Aquarium", "the Art Gallery",
                 "the Planetarium", "the Maritime Museum", "the Regional Farm Park"]


def pt(dpi, p):
    return p * dpi / 72.0


def letterhead(ctx, sh, dpi, pp, fam, col):
    """School letterhead; returns y below it."""
    g, rng = ctx.g, ctx.rng
    m = dpi * 0.6
    crest(sh, m + pt(dpi, 22), m + pt(dpi, 22), pt(dpi, 20), col, (255, 255, 255))
    x = m + pt(dpi, 56)
    f = fit_font(fam, 1, pp.school, sh.w - x - m, pt(dpi, 20))
    sh.line(x, m, [(pp.school, "SCHOOL")], f, col)
    y = m + f.size * 1.3
    sf = F(fam, pt(dpi, 9))
    parts = []
    if rng.random() < 0.4:
        parts += [(g.street_name() + ", " + pp.town[0], "LOCATION"), "  \u2022  "]
    if rng.random() < 0.5:
        parts += ["Ph ", (g.phone(mobile=False, t=pp.town), "PHONE")]
    else:
        parts += [rng.choice(["Learning together", "Excellence in everything", "Respect \u2022 Resilience \u2022 Kindness"])]
    sh.line(x, y, parts, sf, (80, 80, 80))
    y += sf.size * 1.8
    sh.d.line((m, y, sh.w - m, y), fill=rgba(col), width=max(2, int(dpi / 60)))
    return y + pt(dpi, 14)


def field(sh, x, y, label, value, lf, vf, ink, width, kind=None, hand=True):
    sh.text(x, y, label, lf, (30, 30, 30))
    lx = x + lf.getlength(label) + lf.size * 0.5
    base = y + lf.size * 1.15
    sh.d.line((lx, base, x + width, base), fill=(120, 120, 120, 255), width=max(1, int(lf.size / 14)))
    if value:
        vf2 = fit_font_obj(vf, value, x + width - lx - 10)
        sh.line(lx + 8, base - vf2.size * 1.05, [(value, kind)], vf2, ink)
    return y + lf.size * 2.1


def permission_slip(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx)
    fam = rng.choice(SANS + SERIF)
    col = rng.choice([(20, 50, 120), (120, 20, 40), (20, 90, 60), (60, 30, 110)])
    y = letterhead(ctx, sh, dpi, pp, fam, col)
    m = dpi * 0.8
    yr = g.school_year(pp.me["age"])
    place = rng.choice(PUBLIC_PLACES)
    tf = F(fam, pt(dpi, 15), 1)
    title = ["Permission slip: ", (yr, "AGE"), " trip to " + place]
    y = sh.para(m, y, title, tf, (20, 20, 20), sh.w - 2 * m, lh=int(tf.size * 1.3))
    y += pt(dpi, 6)
    bf = F(fam, pt(dpi, 10.5))
    d = g.event_date()
    body = ["Dear Parents and Caregivers,", "",
            "On %s our class will visit %s as part of our learning about the natural world. Students will travel by "
            "bus, leaving school at 9:15 and returning by 2:45. Please send your child with a packed lunch, a water "
            "bottle and a sun hat. The cost of the trip is $12, payable at the office." % (g.day_text(d), place), "",
            "Please complete and return the slip below by Friday."]
    for para in body:
        if not para:
            y += bf.size * 0.8
            continue
        y = sh.para(m, y, [para], bf, (30, 30, 30), sh.w - 2 * m, lh=int(bf.size * 1.4))
    y += pt(dpi, 6)
    tp = g.person()
    if rng.random() < 0.5:
        sh.line(m, y, ["Kind regards, ", (rng.choice(["Mrs ", "Mr ", "Ms "]) + tp["last"], "PERSON"), " (Class Teacher)"], bf, (30, 30, 30))
    else:
        sh.line(m, y, ["Kind regards, the ", (g.school_year(pp.me["age"]), "AGE"), " teaching team"], bf, (30, 30, 30))
    y += pt(dpi, 30)
    # cut line
    x = m
    while x < sh.w - m:
        sh.d.line((x, y, x + pt(dpi, 6), y), fill=(100, 100, 100, 255), width=2)
        x += pt(dpi, 10)
    sh.text(m, y - pt(dpi, 14), "\u2702", F("dejavu", pt(dpi, 12)), (100, 100, 100))
    y += pt(dpi, 16)
    sh.text(m, y, "RETURN SLIP", F(fam, pt(dpi, 12), 1), (20, 20, 20))
    y += pt(dpi, 22)
    lf = F(fam, pt(dpi, 10.5))
    vf = hand_font(rng, pt(dpi, 15))
    ink = rng.choice(INKS)
    W = sh.w - 2 * m
    y = field(sh, m, y, "Student name:", g.full(pp.me), lf, vf, ink, W, "PERSON")
    y = field(sh, m, y, "Class / Year:", yr, lf, vf, ink, W * 0.5, "AGE")
    if rng.random() < 0.5:
        y = field(sh, m, y, "Date of birth:", g.fmt_date(pp.me["dob"]), lf, vf, ink, W * 0.6, "DATE_OF_BIRTH")
    y = field(sh, m, y, "Parent/guardian name:", g.full(pp.parent), lf, vf, ink, W, "PERSON")
    if rng.random() < 0.6:
        y = field(sh, m, y, "Home address:", pp.addr["one"], lf, vf, ink, W, "ADDRESS")
    y = field(sh, m, y, "Emergency contact number:", g.phone(t=pp.town), lf, vf, ink, W, "PHONE")
    if rng.random() < 0.5:
        y = field(sh, m, y, "Parent email:", g.email(pp.parent, kid=False), lf, vf, ink, W, "EMAIL")
    y = field(sh, m, y, "Medical information:", rng.choice(["Asthma - inhaler in bag", "None", "Nut allergy", "Hay fever"]),
              lf, vf, ink, W, None)
    sh.text(m, y, "Signature:", lf, (30, 30, 30))
    scribble(sh, rng, m + lf.getlength("Signature:") + 20, y - pt(dpi, 4), pt(dpi, 110), pt(dpi, 16), ink)
    sh.text(m + W * 0.6, y, "Date: " + g.fmt_date(g.event_date(1)), lf, (30, 30, 30))
    y += pt(dpi, 30)
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(3, int(pt(dpi, 70) / n))
        qy = min(y, sh.h - dpi * 0.6 - n * mod)
        sh.qr(sh.w - m - n * mod, qy, pl, mod, lk)
        sh.text(sh.w - m - n * mod - pt(dpi, 6), qy + n * mod / 2, "Questions? Scan to contact me", F(fam, pt(dpi, 9)),
                (60, 60, 60), anchor="rm")
    return doc_output(ctx, sh)


def form(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx)
    fam = rng.choice(SANS + SERIF)
    col = rng.choice([(20, 50, 120), (120, 20, 40), (20, 90, 60), (0, 90, 110)])
    m = dpi * 0.7
    W = sh.w - 2 * m
    kind = rng.choice(["club", "school", "medical"])
    if kind == "club":
        org = g.org(rng.choice(["sport", "youth", "arts"]), pp.me["age"])
        tf = fit_font(fam, 1, org + " - Junior Registration 2025", W, pt(dpi, 17))
        sh.line(m, m, [(org, "ORG"), " - Junior Registration 2025"], tf, col)
        y = m + tf.size * 2
    else:
        y = letterhead(ctx, sh, dpi, pp, fam, col)
        t = "Student Enrolment Form" if kind == "school" else "Student Medical & Contact Form"
        sh.text(m, y, t, F(fam, pt(dpi, 16), 1), col)
        y += pt(dpi, 30)
    typed = rng.random() < 0.4
    lf = F(fam, pt(dpi, 10))
    vf = F(rng.choice(SANS + MONO), pt(dpi, 11)) if typed else hand_font(rng, pt(dpi, 14))
    ink = (10, 10, 10) if typed else rng.choice(INKS)
    me = pp.me

    def section(title):
        nonlocal y
        sh.d.rectangle((m, y, sh.w - m, y + pt(dpi, 16)), fill=rgba(col))
        sh.text(m + pt(dpi, 4), y + pt(dpi, 2), title, F(fam, pt(dpi, 10), 1), (255, 255, 255))
        y += pt(dpi, 24)

    section("CHILD'S DETAILS")
    y = field(sh, m, y, "Full name:", g.full(me), lf, vf, ink, W, "PERSON")
    y0 = y
    field(sh, m, y, "Date of birth:", g.fmt_date(me["dob"]), lf, vf, ink, W * 0.55, "DATE_OF_BIRTH")
    y = field(sh, m + W * 0.6, y0, "Age:", str(me["age"]), lf, vf, ink, W * 0.4, "AGE")
    if True:
        y0 = y
        field(sh, m, y, "School:", pp.school, lf, vf, ink, W * 0.68, "SCHOOL")
        y = field(sh, m + W * 0.72, y0, "Year:", g.school_year(me["age"]), lf, vf, ink, W * 0.28, "AGE")
    sh.text(m, y, "Home address:", lf, (30, 30, 30))
    lx = m + lf.getlength("Home address:") + lf.size * 0.5
    lines = pp.addr["lines"]
    lh = lf.size * 2.1
    for i in range(max(2, len(lines) if len(lines) <= 3 else 2)):
        sh.d.line((lx, y + lf.size * 1.15 + i * lh, m + W, y + lf.size * 1.15 + i * lh), fill=(120, 120, 120, 255), width=1)
    if len(lines) > 3:
        lines = [lines[0] + ", " + lines[1], ", ".join(lines[2:])]
    vfa = vf
    for l in lines:
        vfa = fit_font_obj(vfa, l, m + W - lx - 20)
    sh.block(lx + 8, y + lf.size * 1.15 - vfa.size * 1.05, lines, vfa, ink, "ADDRESS", lh=int(lh))
    y += lh * max(2, len(lines)) + pt(dpi, 4)
    if rng.random() < 0.3:
        y = field(sh, m, y, "Child's mobile (if any):", g.phone(mobile=True, t=pp.town), lf, vf, ink, W, "PHONE")
    section("PARENT / GUARDIAN")
    y = field(sh, m, y, "Name:", g.full(pp.parent), lf, vf, ink, W, "PERSON")
    if rng.random() < 0.5:
        y0 = y
        field(sh, m, y, "Mobile:", g.phone(mobile=True, t=pp.town), lf, vf, ink, W * 0.48, "PHONE")
        y = field(sh, m + W * 0.52, y0, "Home:", g.phone(mobile=False, t=pp.town), lf, vf, ink, W * 0.48, "PHONE")
    else:
        y = field(sh, m, y, "Mobile:", g.phone(mobile=True, t=pp.town), lf, vf, ink, W * 0.6, "PHONE")
    y = field(sh, m, y, "Email:", g.email(pp.parent, kid=False), lf, vf, ink, W, "EMAIL")
    if rng.random() < 0.5:
        y = field(sh, m, y, "Workplace:", g.org("work"), lf, vf, ink, W, "ORG")
    section("EMERGENCY CONTACT")
    ec = g.person()
    y0 = y
    field(sh, m, y, "Name:", g.full(ec), lf, vf, ink, W * 0.55, "PERSON")
    y = field(sh, m + W * 0.58, y0, "Phone:", g.phone(t=pp.town), lf, vf, ink, W * 0.42, "PHONE")
    y = field(sh, m, y, "Medical conditions / allergies:", rng.choice(["none", "Peanuts", "Asthma (mild)", "Eczema"]), lf, vf, ink, W)
    y += pt(dpi, 8)
    sh.text(m, y, "Signed:", lf, (30, 30, 30))
    scribble(sh, rng, m + pt(dpi, 50), y - pt(dpi, 4), pt(dpi, 100), pt(dpi, 16), ink)
    sh.text(m + W * 0.6, y, "Date: " + g.fmt_date(g.event_date(2)), lf, (30, 30, 30))
    return doc_output(ctx, sh)


SUBJECTS = ["English", "Mathematics", "Science", "Social Studies", "The Arts", "Physical Education", "Technology",
            "Languages", "Music", "Health"]
COMMENTS = ["{n} has made steady progress this term and reads with growing confidence.",
            "{n} is a kind and enthusiastic member of our class.",
            "{n} works well in groups and is always willing to help others.",
            "{n} should continue to practise times tables at home.",
            "{n} has shown real creativity in writing tasks this term."]


def report_card(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx)
    fam = rng.choice(SANS + SERIF)
    col = rng.choice([(20, 50, 120), (120, 20, 40), (20, 90, 60), (80, 40, 120)])
    y = letterhead(ctx, sh, dpi, pp, fam, col)
    m = dpi * 0.7
    W = sh.w - 2 * m
    sh.text(m, y, "Student Progress Report \u2014 Term %d, 2024" % rng.randint(1, 4), F(fam, pt(dpi, 15), 1), col)
    y += pt(dpi, 28)
    lf = F(fam, pt(dpi, 10.5), 1)
    vf = F(fam, pt(dpi, 10.5))
    me = pp.me
    tp = g.person()
    info = [("Student:", [(g.full(me), "PERSON")]), ("Class:", [(g.school_year(me["age"]), "AGE"), " (Room %d)" % rng.randint(1, 20)]),
            ("Teacher:", [(rng.choice(["Mrs ", "Mr ", "Ms ", "Miss "]) + g.full(tp), "PERSON")])]
    if rng.random() < 0.5:
        info.append(("Date of birth:", [(g.fmt_date(me["dob"]), "DATE_OF_BIRTH")]))
    if rng.random() < 0.45:
        info.append(("Address:", [(pp.addr["lines"][0], "ADDRESS")]))
    for i, (k, v) in enumerate(info):
        x = m + (i % 2) * W / 2
        sh.text(x, y, k, lf, (30, 30, 30))
        sh.line(x + lf.getlength(k) + pt(dpi, 6), y, v, vf, (30, 30, 30))
        if i % 2 == 1 or i == len(info) - 1:
            y += pt(dpi, 18)
    y += pt(dpi, 10)
    cols = [0, 0.3, 0.48, 0.62, 1.0]
    heads = ["Subject", "Achievement", "Effort", "Comment"]
    rh = pt(dpi, 30)
    sh.d.rectangle((m, y, m + W, y + pt(dpi, 18)), fill=rgba(col))
    for c, h in zip(cols, heads):
        sh.text(m + W * c + pt(dpi, 4), y + pt(dpi, 3), h, F(fam, pt(dpi, 10), 1), (255, 255, 255))
    y += pt(dpi, 18)
    grades = ["Excellent", "Very Good", "Good", "Achieved", "Developing", "A", "B", "C"] if g.region not in ("NZ",) else \
        ["Above", "At", "At", "Towards", "Working at"]
    cf = F(fam, pt(dpi, 8.5))
    nm = me["first"]
    used_name = 0
    for subj in rng.sample(SUBJECTS, rng.randint(6, 8)):
        sh.d.rectangle((m, y, m + W, y + rh), outline=(150, 150, 150, 255), width=1)
        sh.text(m + pt(dpi, 4), y + pt(dpi, 8), subj, vf, (20, 20, 20))
        sh.text(m + W * cols[1] + pt(dpi, 4), y + pt(dpi, 8), rng.choice(grades), vf, (20, 20, 20))
        sh.text(m + W * cols[2] + pt(dpi, 4), y + pt(dpi, 8), rng.choice(["Consistent", "Usually", "Sometimes"]), vf, (20, 20, 20))
        if used_name < 1 and rng.random() < 0.4:
            cm = rng.choice(COMMENTS).split("{n}")
            parts = [cm[0], (nm, "PERSON"), cm[1]]
            used_name += 1
        else:
            parts = [rng.choice(["Meets expectations.", "Good effort in class.", "Keep practising.", "Great improvement!",
                                 "Participates well."])]
        lines = wrap(parts, cf, W * (1 - cols[3]) - pt(dpi, 8))[:2]
        ty = y + pt(dpi, 4)
        for ln in lines:
            sh.line(m + W * cols[3] + pt(dpi, 4), ty, ln, cf, (40, 40, 40))
            ty += cf.size * 1.3
        y += rh
    y += pt(dpi, 14)
    sh.text(m, y, "General comment", F(fam, pt(dpi, 11), 1), col)
    y += pt(dpi, 18)
    gc = (["It has been a pleasure teaching ", (nm, "PERSON"), " this term. "] if rng.random() < 0.5 else
          ["A pleasing term overall. "]) + [
          "Attendance: %d/%d days. " % (rng.randint(40, 50), 50)]
    if rng.random() < 0.4:
        gc += ["Well done representing the school at ", (g.org("sport", me["age"]), "ORG"), " events."]
    y = sh.para(m, y, gc, vf, (30, 30, 30), W, lh=int(vf.size * 1.4))
    y += pt(dpi, 30)
    ink = rng.choice(INKS)
    scribble(sh, rng, m, y, pt(dpi, 110), pt(dpi, 16), ink)
    sh.text(m, y + pt(dpi, 22), "Class teacher", vf, (60, 60, 60))
    scribble(sh, rng, m + W * 0.55, y, pt(dpi, 110), pt(dpi, 16), ink)
    sh.text(m + W * 0.55, y + pt(dpi, 22), "Principal", vf, (60, 60, 60))
    return doc_output(ctx, sh)


TT_SUBJ = ["Maths", "English", "Science", "History", "Geography", "PE", "Art", "Music", "French", "Spanish", "Te Reo",
           "Hindi", "Drama", "Computing", "RE", "Library", "Assembly", "Health", "Tech", "Reading"]


def timetable(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx, landscape=True)
    fam = rng.choice(SANS + SERIF)
    col = rng.choice([(20, 50, 120), (120, 20, 40), (20, 90, 60), (0, 100, 120)])
    m = dpi * 0.55
    W = sh.w - 2 * m
    me = pp.me
    tf = F(fam, pt(dpi, 17), 1)
    sh.line(m, m, [(pp.school, "SCHOOL"), " \u2014 Weekly Timetable"], fit_font(fam, 1, pp.school + " \u2014 Weekly Timetable", W, pt(dpi, 17)), col)
    y = m + tf.size * 1.6
    lf = F(fam, pt(dpi, 11))
    sh.line(m, y, ["Name: ", (g.full(me), "PERSON"), "     Class: ", (g.school_year(me["age"]), "AGE"),
                   "     Tutor: %s" % rng.choice(["Mr K", "Ms R", "Mrs T", "Mr O", "Ms P"])], lf, (30, 30, 30))
    y += pt(dpi, 24)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    periods = rng.randint(5, 7)
    cw = W / (len(days) + 1)
    H = sh.h - y - m - pt(dpi, 40)
    rh = H / (periods + 1)
    cf = F(fam, pt(dpi, 10), 1)
    sf = F(fam, pt(dpi, 8.5))
    for j, dname in enumerate(days):
        x = m + cw * (j + 1)
        sh.d.rectangle((x, y, x + cw, y + rh), fill=rgba(col), outline=(255, 255, 255, 255))
        sh.text(x + cw / 2, y + rh / 2, dname, cf, (255, 255, 255), anchor="mm")
    t0 = 8 * 60 + rng.choice([30, 40, 45, 50])
    for i in range(periods):
        yy = y + rh * (i + 1)
        st = t0 + i * 55 + (20 if i >= 2 else 0) + (40 if i >= 4 else 0)
        sh.d.rectangle((m, yy, m + cw, yy + rh), outline=(150, 150, 150, 255), width=1)
        sh.text(m + cw / 2, yy + rh / 2, "P%d  %d:%02d" % (i + 1, st // 60, st % 60), cf, (30, 30, 30), anchor="mm")
        for j in range(len(days)):
            x = m + cw * (j + 1)
            c = rng.choice(BRIGHT)
            light = tuple(int(255 - (255 - v) * 0.25) for v in c)
            sh.d.rectangle((x, yy, x + cw, yy + rh), fill=rgba(light), outline=(150, 150, 150, 255), width=1)
            sh.text(x + cw / 2, yy + rh * 0.38, rng.choice(TT_SUBJ), cf, (20, 20, 20), anchor="mm")
            sh.text(x + cw / 2, yy + rh * 0.7, "Rm %s%d" % (rng.choice("ABCDS"), rng.randint(1, 30)), sf, (70, 70, 70), anchor="mm")
    if rng.random() < 0.7:
        hf = hand_font(rng, pt(dpi, 14))
        ink = rng.choice(INKS)
        note = rng.choice([["Thurs after school: ", (g.org(rng.choice(["sport", "arts", "youth"]), me["age"]), "ORG")],
                           ["Bus home from ", (g.location(pp.town), "LOCATION"), " 3:25"],
                           ["Mum's work: ", (g.phone(t=pp.town), "PHONE")]])
        sh.line(m, sh.h - m - pt(dpi, 22), note, hf, ink)
    return doc_output(ctx, sh)


def club_flyer(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx)
    c1 = rng.choice(BRIGHT)
    sh.d.rectangle((0, 0, sh.w, sh.h * 0.3), fill=rgba(c1))
    for _ in range(10):
        x, y, r = rng.uniform(0, sh.w), rng.uniform(0, sh.h), rng.uniform(0.03, 0.12) * sh.w
        c = tuple(int(255 - (255 - v) * 0.2) for v in rng.choice(BRIGHT))
        sh.d.ellipse((x - r, y - r, x + r, y + r), fill=rgba(c))
    sh.d.rectangle((0, 0, sh.w, sh.h * 0.3), fill=rgba(c1))
    fam = rng.choice(SANS)
    m = dpi * 0.6
    W = sh.w - 2 * m
    age = pp.me["age"]
    cat = rng.choice(["sport", "arts", "youth"])
    org = g.org(cat, age)
    f = fit_font(fam, 1, org, W, pt(dpi, 34))
    sh.line(m, sh.h * 0.08, [(org, "ORG")], f, (255, 255, 255))
    sub = rng.choice(["JUNIOR TRIALS", "NEW MEMBERS WANTED", "HOLIDAY PROGRAMME", "COME AND TRY DAY"])
    sh.text(m, sh.h * 0.08 + f.size * 1.4, sub, F(fam, pt(dpi, 22), 1), (255, 255, 120))
    y = sh.h * 0.34
    bf = F(fam, pt(dpi, 15))
    a0 = rng.randint(6, 10)
    items = [["For kids ", ("aged %d-%d" % (a0, a0 + 4), "AGE")],
             ["Saturdays 9am at ", (g.location(pp.town), "LOCATION")],
             ["All abilities welcome - first session FREE!"]]
    coach = g.person()
    items.append(["Contact ", (rng.choice(["Coach ", "", ""]) + g.full(coach), "PERSON")])
    items.append(["Call/text ", (g.phone(mobile=True, t=pp.town), "PHONE")])
    if rng.random() < 0.85:
        items.append(["Email ", (g.email(coach, kid=False), "EMAIL")])
    for it in items:
        sh.d.ellipse((m, y + bf.size * 0.35, m + bf.size * 0.5, y + bf.size * 0.85), fill=rgba(c1))
        y = sh.para(m + bf.size, y, it, bf, (20, 20, 20), W - bf.size, lh=int(bf.size * 1.35))
        y += bf.size * 0.6
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(4, int(pt(dpi, 120) / n))
        qy = max(y + pt(dpi, 10), sh.h - m - n * mod - pt(dpi, 20))
        qx = sh.w / 2 - n * mod / 2
        sh.qr(qx, qy, pl, mod, lk)
        lab = {"wa": "Join our WhatsApp group", "discord": "Join our Discord", "tme": "Join us on Telegram",
               "mailto": "Email us"}.get(ctx.qr, "Scan me")
        sh.text(sh.w / 2, qy - pt(dpi, 4), lab, F(fam, pt(dpi, 12), 1), (20, 20, 20), anchor="md")
    return doc_output(ctx, sh)


def invitation(ctx):
    rng, g = ctx.rng, ctx.g
    pp = People(g)
    sh, dpi = page_sheet(ctx, landscape=rng.random() < 0.3)
    c1, c2 = rng.sample(BRIGHT, 2)
    sh.d.rectangle((0, 0, sh.w, sh.h), outline=rgba(c1), width=int(dpi * 0.25))
    for _ in range(25):
        x, y = rng.uniform(0, sh.w), rng.uniform(0, sh.h)
        if dpi * 0.8 < x < sh.w - dpi * 0.8 and dpi * 0.8 < y < sh.h - dpi * 0.8:
            continue
        r = rng.uniform(0.01, 0.03) * sh.w
        sh.d.ellipse((x - r, y - r, x + r, y + r), fill=rgba(rng.choice(BRIGHT)))
    fam, st = rng.choice([("free_serif", 3), ("dejavu_serif", 3), ("dejavu", 1), ("lib_sans", 1), ("free_sans", 1)])
    m = dpi * 0.9
    W = sh.w - 2 * m
    y = m
    sh.text(sh.w / 2, y, "You're invited!", F(fam, pt(dpi, 34), st), c1, anchor="ma")
    y += pt(dpi, 60)
    me = pp.me
    age = me["age"] if rng.random() < 0.7 else rng.randint(5, 12)
    from data import ordinal
    parts = ["Come and celebrate ", (me["first"] if rng.random() < 0.6 else g.full(me), "PERSON"), "'s ",
             (ordinal(age), "AGE"), " birthday!"]
    y = sh.para(m, y, parts, F(fam, pt(dpi, 20), st), (30, 30, 30), W, lh=int(pt(dpi, 27)), align="c")
    y += pt(dpi, 16)
    bf = F(rng.choice(SANS + SERIF), pt(dpi, 14))
    d = g.event_date()
    sh.line(sh.w / 2, y, ["When: %s, %s - %s" % (g.day_text(d), g.clock(h=13, m=0), g.clock(h=16, m=0))], bf, (30, 30, 30), align="c")
    y += pt(dpi, 26)
    a = pp.addr["lines"]
    where = ", ".join(a) if bf.getlength(", ".join(a)) < W - bf.getlength("Where: ") else ", ".join(a[:2])
    y = sh.para(m, y, ["Where: ", (where, "ADDRESS")], bf, (30, 30, 30), W, lh=int(bf.size * 1.4), align="c")
    y += pt(dpi, 12)
    sh.line(sh.w / 2, y, [rng.choice(["Pizza, games and cake!", "Wear your swimmers!", "Fancy dress - superheroes!",
                                      "Bouncy castle and BBQ"])], bf, (30, 30, 30), align="c")
    y += pt(dpi, 30)
    par = pp.parent
    y = sh.para(m, y, ["RSVP to ", (par["first"] if rng.random() < 0.5 else g.full(par), "PERSON"), " on ",
                       (g.phone(mobile=True, t=pp.town), "PHONE")], F(fam, pt(dpi, 15), st), c2, W,
                lh=int(pt(dpi, 22)), align="c")
    if ctx.qr:
        pl, lk = qr_payload(g, ctx.qr, pp)
        n = Sheet.qr_size(pl, 1)
        mod = max(4, int(pt(dpi, 85) / n))
        qy = min(max(y + pt(dpi, 10), sh.h - m - n * mod), sh.h - dpi * 0.5 - n * mod)
        sh.qr(sh.w / 2 - n * mod / 2, qy, pl, mod, lk)
    return doc_output(ctx, sh)


DOC_SCENES = {"permission_slip": permission_slip, "form": form, "report_card": report_card, "timetable": timetable,
              "club_flyer": club_flyer, "invitation": invitation}
