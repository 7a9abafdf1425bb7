"""School paperwork: certificates, forms, reports, homework, exercise books, whiteboards,
flyers, library cards and bus passes. Scanned (A4) or photographed."""
from common import Canvas, font, pick, pick_size, mix, REGULAR, BOLD, HAND, rcolor, wrap_text, ink_for
from people import FIRST, LAST
import photo

BLUE_INK = [(20, 40, 150), (10, 10, 10), (40, 40, 90), (90, 20, 120)]


def _page(rng, photo_p=0.4):
    as_photo = rng.random() < photo_p
    if as_photo:
        W, H = 1654, 2339
    else:
        W, H = pick_size(rng, "scan")
    c = Canvas(W, H, pick(rng, [(255, 255, 255), (252, 251, 247), (250, 250, 244)]))
    return c, W / 2480, as_photo


def _out(rng, c, as_photo, kinds=("wood", "carpet", "fabric", "checker", "wall")):
    if as_photo:
        return photo.stage(rng, c, list(kinds), (0.75, 0.95), portrait=rng.random() < 0.7, persp=0.1), "photo"
    out = Canvas(c.w, c.h, (rng.randint(235, 255),) * 3)
    out.place(c, c.w / 2 + rng.uniform(-20, 20), c.h / 2 + rng.uniform(-20, 20), rng.uniform(-2.0, 2.0), rng.uniform(0.95, 0.99))
    return out, "scan"


def _header(rng, c, s, p, fb, fr):
    ink = rcolor(rng, 0, 120)
    c.d.ellipse([150 * s, 120 * s, 400 * s, 370 * s], outline=ink, width=int(8 * s))
    c.d.text((275 * s, 245 * s), p.school[0], font=font(fb, 150 * s), fill=ink, anchor="mm")
    f = font(fb, 80 * s)
    while f.getlength(p.school) > 1800 * s:
        f = font(fb, f.size - 4)
    c.text((460 * s, 150 * s), p.school, f, ink, "SCHOOL")
    r = rng.random()
    if r < 0.5:
        c.spans((460 * s, 270 * s), [(p.street.replace(p.street.split()[0], pick(rng, ["School", "Church", "Station", "Mill"])), "LOCATION"), (", ", None), (p.town, "LOCATION")], font(fr, 44 * s), (60, 60, 60))
    else:
        c.spans((460 * s, 270 * s), [("Tel ", None), (p.phone.replace(p.phone[-3:], "000"), "PHONE"), ("  |  ", None), (p.town, "LOCATION")], font(fr, 44 * s), (60, 60, 60))
    c.d.line([(150 * s, 420 * s), (2330 * s, 420 * s)], fill=ink, width=int(6 * s))
    return ink


def certificate(rng, p):
    land = rng.random() < 0.7
    c, s, ph = _page(rng)
    if land:
        c = Canvas(c.h, c.w, c.img.getpixel((0, 0)))
        s = c.w / 3508
    W, H = c.w, c.h
    acc = rcolor(rng, 20, 180)
    c.d.rectangle([60 * s, 60 * s, W - 60 * s, H - 60 * s], outline=acc, width=int(30 * s))
    c.d.rectangle([120 * s, 120 * s, W - 120 * s, H - 120 * s], outline=mix(acc, (255, 255, 255), 0.5), width=int(8 * s))
    fb, fh, fr = pick(rng, ["serif-b", "libserif-b", "sans-b"]), pick(rng, HAND), pick(rng, REGULAR)
    c.d.text((W / 2, 420 * s), pick(rng, ["Certificate of Achievement", "Star of the Week", "Certificate of Merit", "Award"]), font=font(fb, 150 * s), fill=acc, anchor="mm")
    c.d.text((W / 2, 650 * s), "This is proudly presented to", font=font(fr, 70 * s), fill=(60, 60, 60), anchor="mm")
    c.text((W / 2, 900 * s), p.full, font(fh, 190 * s), (20, 20, 20), "PERSON", anchor="mm")
    c.spans((W / 2, 1150 * s), [("for " + pick(rng, ["outstanding effort in reading", "kindness to others", "excellent progress in maths", "100% attendance"]) + " in ", None), (p.year, "AGE")], font(fr, 66 * s), (50, 50, 50), anchor="mm")
    f = font(fb, 80 * s)
    c.text((W / 2, 1350 * s), p.school, f, acc, "SCHOOL", anchor="mm")
    teacher = pick(rng, ["Mrs ", "Mr ", "Ms "]) + pick(rng, LAST[p.reg])
    c.d.line([(300 * s, H - 420 * s), (1000 * s, H - 420 * s)], fill=(0, 0, 0), width=int(4 * s))
    c.text((650 * s, H - 360 * s), teacher, font(fr, 56 * s), (40, 40, 40), "PERSON", anchor="mm")
    c.d.text((W - 650 * s, H - 360 * s), "%d/%d/2025" % (rng.randint(1, 28), rng.randint(1, 12)), font=font(fr, 56 * s), fill=(40, 40, 40), anchor="mm")
    out, kind = _out(rng, c, ph)
    return out, kind, "certificate (%s)" % p.reg


def _field(c, s, x, y, label, val, kind, fr, fh, ink, w=1000):
    c.d.text((x, y), label, font=font(fr, 46 * s), fill=(30, 30, 30))
    lx = x + font(fr, 46 * s).getlength(label) + 20 * s
    c.d.line([(lx, y + 60 * s), (x + w * s, y + 60 * s)], fill=(120, 120, 120), width=int(3 * s))
    if val:
        f = font(fh, 54 * s)
        while f.getlength(val) > x + w * s - lx - 10 and f.size > 14:
            f = font(fh, f.size - 3)
        c.text((lx + 10 * s, y - 4 * s), val, f, ink, kind)


def permission_form(rng, p):
    c, s, ph = _page(rng)
    fb, fr, fh = pick(rng, BOLD), pick(rng, REGULAR), pick(rng, HAND)
    _header(rng, c, s, p, fb, fr)
    trip = pick(rng, ["Science Museum Trip", "Swimming Lessons", "Residential Camp", "Zoo Visit", "Farm Trip"])
    c.d.text((150 * s, 500 * s), "Permission Slip: " + trip, font=font(fb, 70 * s), fill=(0, 0, 0))
    body = "Please complete and return this form to the school office by Friday. Children will need a packed lunch and a waterproof coat."
    y = 620 * s
    for ln in wrap_text(body, font(fr, 42 * s), 2150 * s):
        c.d.text((150 * s, y), ln, font=font(fr, 42 * s), fill=(40, 40, 40)); y += 60 * s
    ink = pick(rng, BLUE_INK)
    rows = [("Child's name:", p.full, "PERSON"), ("Class / Year:", p.year, "AGE"), ("Date of birth:", p.dob, "DATE_OF_BIRTH"),
            ("Home address:", p.addr1 + ", " + p.town, None), ("Parent/Guardian:", p.parent, "PERSON"), ("Contact number:", p.parent_phone, "PHONE"),
            ("Email:", p.email, "EMAIL"), ("Medical notes:", pick(rng, ["none", "asthma - inhaler in bag", "nut allergy"]), None)]
    y += 60 * s
    for lbl, val, k in rows:
        if lbl == "Home address:":
            c.d.text((150 * s, y), lbl, font=font(fr, 46 * s), fill=(30, 30, 30))
            lx = 150 * s + font(fr, 46 * s).getlength(lbl) + 30 * s
            c.d.line([(lx, y + 60 * s), (2330 * s, y + 60 * s)], fill=(120, 120, 120), width=int(3 * s))
            c.spans((lx, y - 4 * s), [(p.addr1, "ADDRESS"), (", ", None), (p.town, "LOCATION"), (" ", None), (p.postcode, "ADDRESS")], font(fh, 52 * s), ink)
        else:
            _field(c, s, 150 * s, y, lbl, val, k, fr, fh, ink, 2180)
        y += 140 * s
    c.d.text((150 * s, y + 40 * s), "I give permission for my child to attend.   Signed: ____________________", font=font(fr, 44 * s), fill=(30, 30, 30))
    out, kind = _out(rng, c, ph)
    return out, kind, "filled permission slip (%s)" % p.reg


def class_report(rng, p):
    c, s, ph = _page(rng)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    _header(rng, c, s, p, fb, fr)
    c.d.text((150 * s, 480 * s), "End of Term Report", font=font(fb, 80 * s), fill=(0, 0, 0))
    c.spans((150 * s, 620 * s), [("Pupil: ", None), (p.full, "PERSON")], font(fr, 52 * s), (0, 0, 0))
    c.spans((1400 * s, 620 * s), [("Year group: ", None), (p.year, "AGE")], font(fr, 52 * s), (0, 0, 0))
    if rng.random() < 0.5:
        c.spans((150 * s, 710 * s), [("DOB: ", None), (p.dob, "DATE_OF_BIRTH")], font(fr, 52 * s), (0, 0, 0))
    teacher = pick(rng, ["Mrs ", "Mr ", "Ms "]) + pick(rng, LAST[p.reg])
    c.spans((1400 * s, 710 * s), [("Teacher: ", None), (teacher, "PERSON")], font(fr, 52 * s), (0, 0, 0))
    y = 850 * s
    fs = font(fr, pick(rng, [34, 40, 46]) * s)
    for subj in ["English", "Maths", "Science", "History", "Geography", "Art", "PE", "Music"]:
        c.d.rectangle([150 * s, y, 2330 * s, y + 150 * s], outline=(100, 100, 100), width=int(2 * s))
        c.d.text((180 * s, y + 20 * s), subj, font=font(fb, 44 * s), fill=(0, 0, 0))
        c.d.text((700 * s, y + 20 * s), pick(rng, ["A", "B+", "B", "C", "Exceeding", "Meeting", "Working towards"]), font=fs, fill=(0, 0, 0))
        cm = pick(rng, ["Works hard and listens well.", "Needs to check work carefully.", "A real pleasure to teach.", "Great improvement this term.", "Must complete homework on time."])
        c.d.text((1100 * s, y + 20 * s), (p.first + ": " if rng.random() < 0.2 else "") + cm, font=fs, fill=(30, 30, 30))
        y += 150 * s
    out, kind = _out(rng, c, ph)
    return out, kind, "school report (%s)" % p.reg


def homework_sheet(rng, p):
    c, s, ph = _page(rng, 0.6)
    fb, fr, fh = pick(rng, BOLD), pick(rng, REGULAR), pick(rng, HAND)
    ink = pick(rng, BLUE_INK + [(60, 60, 60)])
    _field(c, s, 150 * s, 150 * s, "Name:", p.first + " " + p.last, "PERSON", fr, fh, ink, 1300)
    _field(c, s, 1550 * s, 150 * s, "Class:", p.year, "AGE", fr, fh, ink, 780)
    c.d.text((150 * s, 320 * s), pick(rng, ["Fractions practice", "Spelling: -tion words", "Times tables", "The Water Cycle"]), font=font(fb, 80 * s), fill=(0, 0, 0))
    y = 500 * s
    for i in range(8):
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        c.d.text((150 * s, y), "%d)  %d x %d = " % (i + 1, a, b), font=font(fr, 56 * s), fill=(0, 0, 0))
        c.d.text((750 * s, y - 6 * s), str(a * b if rng.random() < 0.8 else a * b + 1), font=font(fh, 64 * s), fill=ink)
        y += 150 * s
    c.text((150 * s, y + 80 * s), p.school, font(fr, 36 * s), (120, 120, 120), "SCHOOL")
    if rng.random() < 0.5:
        c.spans((150 * s, y + 180 * s), [("Signed by parent: ", None), (p.parent, "PERSON")], font(fh, 50 * s), ink)
    out, kind = _out(rng, c, ph)
    return out, kind, "homework sheet (%s)" % p.reg


def exercise_book(rng, p):
    W, H = 1700, 2300
    col = rcolor(rng, 30, 230)
    c = Canvas(W, H, col)
    fb, fr, fh = pick(rng, BOLD), pick(rng, REGULAR), pick(rng, HAND)
    c.d.rounded_rectangle([250, 350, W - 250, 1350], radius=40, fill=(255, 255, 255), outline=mix(col, (0, 0, 0), 0.4), width=6)
    c.d.text((W / 2, 220), pick(rng, ["EXERCISE BOOK", "MATHS", "ENGLISH", "HOMEWORK"]), font=font(fb, 110), fill=ink_for(col), anchor="mm")
    ink = pick(rng, BLUE_INK)
    rows = [("Name", p.full, "PERSON"), ("Subject", pick(rng, ["Maths", "English", "Science"]), None), ("Class", p.year, "AGE"), ("School", p.school, "SCHOOL"), ("Teacher", pick(rng, ["Mrs ", "Mr "]) + pick(rng, LAST[p.reg]), "PERSON")]
    y = 420
    for lbl, val, k in rows:
        _field(c, 1, 300, y, lbl + ":", val, k, fr, fh, ink, 1100)
        y += 180
    bg = photo.stage(rng, c, ["wood", "carpet", "fabric"], (0.55, 0.92), portrait=rng.random() < 0.6, persp=0.1)
    return bg, "photo", "exercise book cover (%s)" % p.reg


def whiteboard(rng, p):
    W, H = 3000, 1800
    c = Canvas(W, H, (246, 248, 250))
    c.d.rectangle([0, 0, W - 1, H - 1], outline=(170, 170, 175), width=40)
    fh = pick(rng, HAND + ["sans", "cond"])
    cols = [(20, 60, 180), (200, 30, 30), (20, 120, 60), (20, 20, 20)]
    teacher = pick(rng, ["Mrs ", "Mr ", "Miss "]) + pick(rng, LAST[p.reg])
    c.spans((120, 100), [("Welcome to ", None), (teacher, "PERSON"), ("'s class - ", None), (p.year, "AGE")], font(fh, 110), pick(rng, cols))
    c.d.text((120, 320), "Today: " + pick(rng, ["Spelling test", "PE - bring kit", "Library visit", "Science experiment"]), font=font(fh, 90), fill=pick(rng, cols))
    c.spans((120, 520), [("Happy Birthday ", None), (p.first + " " + p.last[0] + ".", "PERSON"), ("! (", None), (str(p.age), "AGE"), (" today)", None)], font(fh, 100), pick(rng, cols))
    c.d.text((120, 760), "Helpers this week:", font=font(fh, 80), fill=pick(rng, cols))
    y = 880
    for i in range(rng.randint(2, 4)):
        nm = p.friends[i] + " " + p.friend_lasts[i]
        c.text((200, y), nm, font(fh, 80), pick(rng, cols), "PERSON")
        y += 120
    if rng.random() < 0.6:
        c.spans((1700, 900), [("Trip to ", None), (p.place, "LOCATION")], font(fh, 80), pick(rng, cols))
        c.d.text((1700, 1020), "Friday - packed lunch!", font=font(fh, 80), fill=pick(rng, cols))
    bg = photo.stage(rng, c, ["wall"], (0.85, 0.98), portrait=False, persp=0.1, angle=rng.uniform(-3, 3))
    return bg, "photo", "classroom whiteboard (%s)" % p.reg


def club_flyer(rng, p):
    c, s, ph = _page(rng, 0.7)
    acc = rcolor(rng, 20, 200)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    c.d.rectangle([0, 0, c.w, 700 * s], fill=acc)
    c.d.text((c.w / 2, 200 * s), "JOIN US!", font=font(fb, 200 * s), fill=(255, 255, 255), anchor="mm")
    f = font(fb, 110 * s)
    while f.getlength(p.club) > 2200 * s:
        f = font(fb, f.size - 6)
    c.text((c.w / 2, 480 * s), p.club, f, (255, 255, 255), "ORG", anchor="mm")
    y = 900 * s
    lines = [
        [("Ages ", None), ("%d-%d" % (p.age - 1, p.age + 2), "AGE"), (" welcome, all abilities", None)],
        [("Every " + pick(rng, ["Tuesday", "Thursday", "Saturday"]) + " at ", None), (p.place, "LOCATION")],
        [("Contact ", None), (p.parent, "PERSON"), (" on ", None), (p.parent_phone, "PHONE")],
        [("or email ", None), (p.email, "EMAIL")],
        [("Our star player ", None), (p.full, "PERSON"), (" says it's the best!", None)],
    ]
    fs = font(fr, pick(rng, [56, 64, 72]) * s)
    for ln in lines[:rng.randint(3, 5)]:
        c.spans((150 * s, y), ln, fs, (20, 20, 20))
        y += 170 * s
    for i in range(8):
        x = 150 * s + i * 280 * s
        c.d.rectangle([x, c.h - 450 * s, x + 200 * s, c.h - 100 * s], outline=(0, 0, 0), width=int(3 * s))
        c.d.text((x + 100 * s, c.h - 275 * s), p.parent_phone[-6:], font=font(fr, 26 * s), fill=(0, 0, 0), anchor="mm")
    out, kind = _out(rng, c, ph, ("cork", "wall", "brick"))
    return out, kind, "club flyer (%s)" % p.reg


def _card(rng, p, title, rows, note, portrait=False):
    W, H = 1712, 1080
    col = rcolor(rng, 20, 200)
    c = Canvas(W, H, (250, 250, 250))
    c.d.rectangle([0, 0, W, 230], fill=col)
    fb, fr = pick(rng, BOLD), pick(rng, REGULAR)
    tparts = title
    c.spans((60, 115), tparts, font(fb, 72 if len(plain_(tparts)) < 28 else 54), ink_for(col), anchor="lm")
    c.d.rectangle([60, 300, 460, 820], fill=(200, 205, 215))
    c.d.ellipse([180, 380, 340, 540], fill=(150, 155, 170))
    c.d.chord([120, 560, 400, 860], 180, 360, fill=(150, 155, 170))
    y = 300
    small = rng.random() < 0.4
    for lbl, val, k in rows:
        c.d.text((520, y), lbl, font=font(fr, 34), fill=(110, 110, 110))
        c.text((520, y + 42), val, font(fb, 44 if small else 56), (10, 10, 10), k)
        y += 130
    x = 520
    while x < 1650:
        wb = rng.choice([3, 5, 8])
        c.d.rectangle([x, 960, x + wb, 1050], fill=(0, 0, 0))
        x += wb + rng.choice([3, 5])
    bg = photo.stage(rng, c, ["wood", "fabric", "carpet", "checker"], (0.25, 0.75) if not small else (0.15, 0.35), persp=0.12)
    return bg, "photo", note


def plain_(parts):
    return "".join(x[0] for x in parts)


def library_card(rng, p):
    rows = [("NAME", p.full, "PERSON"), ("MEMBER", "Junior  #%d" % rng.randint(100000, 999999), None),
            (pick(rng, ["DATE OF BIRTH", "DOB"]), p.dob, "DATE_OF_BIRTH"), ("ADDRESS", p.addr1, "ADDRESS")]
    return _card(rng, p, [(p.town, "LOCATION"), (" Libraries", None)], rows[:rng.randint(2, 4)], "library card (%s)" % p.reg)


def bus_pass(rng, p):
    rows = [("PASSENGER", p.full, "PERSON"), ("SCHOOL", p.school, "SCHOOL"), ("AGE", str(p.age), "AGE"), ("VALID", "Zones 1-%d  to 07/2026" % rng.randint(2, 6), None)]
    bg, k, _ = _card(rng, p, [("STUDENT BUS PASS", None)], rows[:rng.randint(2, 4)], "")
    # route row names places: annotate them if drawn
    return bg, k, "student bus pass (%s)" % p.reg
