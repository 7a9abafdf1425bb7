"""A4 / Letter documents, scanned (skew, noise) or photographed on a surface (leaky)."""
import numpy as np

from gfx import Canvas, F, HAND_FONTS, PRINT_FONTS, bold_of, rot_quad, finish_photo, layout, draw_layout
from gdata import Person, MONTHS, _ord, digits, ascii_fold
from photolib import photo_size, surface, quad, finish, fit

SUBJECTS = ["English", "Maths", "Science", "History", "Geography", "Art", "Music", "PE", "Computing", "French", "Irish", "Hindi", "Te Reo", "Afrikaans"]


def page(rng, region=None):
    dpi = rng.choice([150, 150, 175, 200])
    letter = region in ("US", "CA")
    w, h = (round(8.5 * dpi), round(11 * dpi)) if letter else (round(8.27 * dpi), round(11.69 * dpi))
    pg = Canvas(w, h, rng.choice([(255, 255, 255), (252, 252, 248), (250, 250, 255)]))
    pg.dpi = dpi
    return pg


def pt(pg, v):
    return max(8, int(v * pg.dpi / 72))


def output(rng, pg, k, photo_every=3):
    """Return (rgb image, canvas) - a flat-bed scan, or a phone photo of the page."""
    if k % photo_every == photo_every - 1:
        W, H = photo_size(rng, portrait=True)
        sc = surface(rng, W, H, rng.choice(["wood", "table", "darkwood", "carpet"]))
        w, h = fit(pg.w, pg.h, W * 0.86, H * 0.86)
        q = quad(rng, W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H, w, h, rng.uniform(-6, 6), rng.uniform(0.02, 0.12))
        sc.place(pg, q, shadow=0.4)
        return finish(rng, sc, level=rng.choice([0, 1, 1])), sc
    bg = rng.choice([(236, 236, 232), (245, 245, 245), (228, 230, 232)])
    sc = Canvas(pg.w, pg.h, bg)
    ang = rng.uniform(-1.8, 1.8)
    q = rot_quad(pg.w / 2 + rng.uniform(-8, 8), pg.h / 2 + rng.uniform(-8, 8), pg.w * 0.985, pg.h * 0.985, ang)
    sc.place(pg, q)
    img = finish_photo(sc.rgb(), np.random.default_rng(rng.getrandbits(32)), blur=rng.choice([0.0, 0.4, 0.7]),
                       noise=rng.uniform(1.5, 5), light=(0.93, 1.02), contrast=rng.choice([1.0, 0.9, 0.8]),
                       tint=rng.choice([(1, 1, 1), (1.0, 0.99, 0.95)]), vignette=0)
    if rng.random() < 0.5:
        img = img.convert("L").convert("RGB")
    return img, sc


def header(pg, rng, title, kind, sub=None, color=None):
    color = color or rng.choice([(20, 50, 110), (110, 20, 40), (20, 90, 60), (40, 40, 40)])
    fb = rng.choice(["serifb", "libserifb", "sansb", "libb", "freeb"])
    pg.d.rectangle([pt(pg, 36), pt(pg, 30), pg.w - pt(pg, 36), pt(pg, 34)], fill=color)
    f = F(fb, pt(pg, 20))
    while f.getlength(title) > pg.w - pt(pg, 80) and f.size > 10:
        f = F(fb, int(f.size * 0.9))
    pg.text(pg.w / 2, pt(pg, 60), title, f, color, kind=kind, anchor="mm")
    if sub:
        pg.text(pg.w / 2, pt(pg, 86), sub, F(fb, pt(pg, 13)), (60, 60, 60), anchor="mm")
    return pt(pg, 110)


def field(pg, x, y, label, value, kind, lf, vf, width, ink=(20, 30, 100)):
    pg.text(x, y, label, lf, (30, 30, 30))
    lx = x + lf.getlength(label) + pt(pg, 6)
    pg.d.line([lx, y + lf.size * 1.05, x + width, y + lf.size * 1.05], fill=(120, 120, 120), width=max(1, pt(pg, 0.8)))
    if value:
        pg.text(lx + pt(pg, 4), y - vf.size * 0.3, value, vf, ink, kind=kind)


def permission_slip(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    y = header(pg, rng, p.school, "SCHOOL", sub="Excursion Permission Slip")
    bf = F(rng.choice(PRINT_FONTS), pt(pg, 11))
    trip = rng.choice(["the Science Museum", "the city aquarium", "the botanical gardens", "a local farm", "the zoo"])
    body = [(f"Dear parents and guardians, on {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]} our class will visit {trip}. Children should bring a packed lunch, a water bottle and a hat. The bus leaves at 9:00 and returns by 14:45. Please complete the slip below and return it to the class teacher by Friday.", None)]
    x0 = pt(pg, 50)
    y = draw_layout(pg, x0, y, layout(body, bf, pg.w - 2 * x0), bf, (30, 30, 30), bf.size * 1.4) + pt(pg, 10)
    pg.runs(x0, y, [("Class teacher: ", None), (p.teacher, "PERSON")], bf, (30, 30, 30))
    y += pt(pg, 40)
    for xx in range(x0, pg.w - x0, pt(pg, 10)):
        pg.d.line([xx, y, xx + pt(pg, 5), y], fill=(100, 100, 100), width=max(1, pt(pg, 0.8)))
    y += pt(pg, 30)
    hf = F(rng.choice(HAND_FONTS), pt(pg, 15))
    lf = F(bold_of(rng.choice(["sans", "lib", "free"])), pt(pg, 11))
    fw = pg.w - 2 * x0
    for lab, val, kd in [("Student name:", p.full, "PERSON"), ("Class / Year:", p.year, "AGE"), ("Parent / guardian:", p.parent, "PERSON"),
                         ("Emergency contact number:", p.parent_phone, "PHONE"), ("Home address:", p.short_addr(), "ADDRESS"),
                         ("Medical notes:", rng.choice(["none", "mild asthma - inhaler in bag", "nut allergy"]), None), ("Signed:", "", None)]:
        field(pg, x0, y, lab, val, kd, lf, hf, fw)
        y += pt(pg, 40)
    pg.text(x0, y, "I give permission for my child to attend the excursion.", bf, (30, 30, 30))
    return output(rng, pg, k)


def reg_form(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    y = header(pg, rng, p.club, "ORG", sub="Junior Membership Registration 2024/25")
    x0 = pt(pg, 50)
    hf = F(rng.choice(HAND_FONTS), pt(pg, 15))
    lf = F(rng.choice(["sans", "lib", "free", "cond"]), pt(pg, 11))
    fw = pg.w - 2 * x0
    pg.text(x0, y, "1. CHILD'S DETAILS", F("sansb", pt(pg, 12)), (30, 30, 30)); y += pt(pg, 30)
    for lab, val, kd in [("Full name:", p.full, "PERSON"), ("Date of birth:", p.dob(rng), "DATE_OF_BIRTH"), ("Age:", f"{p.age}", "AGE"),
                         ("School:", p.school, "SCHOOL")]:
        field(pg, x0, y, lab, val, kd, lf, hf, fw); y += pt(pg, 36)
    pg.text(x0, y, "Home address:", lf, (30, 30, 30))
    pg.d.rectangle([x0, y + pt(pg, 16), x0 + fw, y + pt(pg, 16) + pt(pg, 24) * 4], outline=(120, 120, 120), width=max(1, pt(pg, 0.8)))
    pg.block(x0 + pt(pg, 8), y + pt(pg, 20), p.addr_lines(), hf, (20, 30, 100), "ADDRESS", line_h=pt(pg, 22))
    y += pt(pg, 16) + pt(pg, 24) * 4 + pt(pg, 24)
    pg.text(x0, y, "2. PARENT / GUARDIAN", F("sansb", pt(pg, 12)), (30, 30, 30)); y += pt(pg, 30)
    for lab, val, kd in [("Name:", p.parent, "PERSON"), ("Mobile:", p.parent_phone, "PHONE"), ("Email:", p.parent_email, "EMAIL"),
                         ("Workplace:", p.workplace if k % 2 else "", "ORG")]:
        field(pg, x0, y, lab, val, kd, lf, hf, fw); y += pt(pg, 36)
    pg.text(x0, y, "3. PHOTO CONSENT   [x] Yes   [ ] No", lf, (30, 30, 30))
    return output(rng, pg, k)


def report_card(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    y = header(pg, rng, p.school, "SCHOOL", sub=f"End of Year Report {rng.choice(['2023', '2024'])}")
    x0 = pt(pg, 50)
    lf = F(rng.choice(["sansb", "libb", "freeb"]), pt(pg, 11))
    vf = F(rng.choice(["sans", "lib", "free", "serif"]), pt(pg, 11))
    pg.runs(x0, y, [("Student: ", None), (p.full, "PERSON")], vf, (20, 20, 20))
    pg.runs(pg.w / 2, y, [("Class: ", None), (p.year, "AGE")], vf, (20, 20, 20))
    y += pt(pg, 20)
    pg.runs(x0, y, [("Teacher: ", None), (p.teacher, "PERSON")], vf, (20, 20, 20))
    pg.runs(pg.w / 2, y, [("Date of birth: ", None), (p.dob(rng), "DATE_OF_BIRTH")] if k % 2 == 0 else [("Attendance: ", None), (f"{rng.randint(88, 100)}%", None)], vf, (20, 20, 20))
    y += pt(pg, 34)
    cols = [x0, x0 + pt(pg, 150), x0 + pt(pg, 260), pg.w - x0]
    pg.d.rectangle([cols[0], y, cols[3], y + pt(pg, 20)], fill=(220, 225, 235))
    for c, t in zip(cols, ["Subject", "Effort", "Attainment"]):
        pg.text(c + pt(pg, 6), y + pt(pg, 4), t, lf, (20, 20, 20))
    y += pt(pg, 20)
    grades = ["A", "B+", "B", "C", "Excellent", "Good", "Working towards", "Secure", "Exceeding"]
    for sub in rng.sample(SUBJECTS, 8):
        pg.d.rectangle([cols[0], y, cols[3], y + pt(pg, 20)], outline=(160, 160, 170), width=1)
        pg.text(cols[0] + pt(pg, 6), y + pt(pg, 4), sub, vf, (20, 20, 20))
        pg.text(cols[1] + pt(pg, 6), y + pt(pg, 4), rng.choice(grades[:4]), vf, (20, 20, 20))
        pg.text(cols[2] + pt(pg, 6), y + pt(pg, 4), rng.choice(grades[4:]), vf, (20, 20, 20))
        y += pt(pg, 20)
    y += pt(pg, 20)
    pg.text(x0, y, "Teacher's comment", lf, (20, 20, 20)); y += pt(pg, 18)
    cm = [(p.first, "PERSON"), (" has had a wonderful year. ", None), ("She" if rng.random() < 0.5 else "He", None),
          (" contributes well in class discussions and has made great progress in reading. Next year I would like to see more care with presentation in written work. Well done!", None)]
    y = draw_layout(pg, x0, y, layout(cm, F(rng.choice(HAND_FONTS), pt(pg, 13)), pg.w - 2 * x0), F(rng.choice(HAND_FONTS), pt(pg, 13)), (20, 30, 100), pt(pg, 18))
    return output(rng, pg, k)


def timetable(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    land = k % 2 == 0
    if land:
        pg.img = pg.img.transpose(0).rotate(90, expand=True) if False else pg.img.resize((pg.h, pg.w)); pg.redraw()
        pg.d.rectangle([0, 0, pg.w, pg.h], fill=(255, 255, 255))
    y = header(pg, rng, f"{p.first}'s Timetable", None)
    pg.leaks.clear()
    f = F(rng.choice(["sansb", "libb", "freeb", "serifb"]), pt(pg, 20))
    x = pg.w / 2 - f.getlength(f"{p.first}'s Timetable") / 2
    pg.d.rectangle([x - 4, y - pt(pg, 70), pg.w - x + 4, y - pt(pg, 30)], fill=(255, 255, 255))
    pg.runs(x, pt(pg, 48), [(p.first, "PERSON"), ("'s Timetable", None)], f, (20, 50, 110))
    vf = F(rng.choice(["sans", "lib", "free", "cond"]), pt(pg, 11))
    x0 = pt(pg, 40)
    pg.runs(x0, y, [(p.school, "SCHOOL"), ("  -  ", None), (p.year, "AGE")], vf, (20, 20, 20))
    y += pt(pg, 30)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    per = ["8:50", "9:45", "10:40", "11:30", "12:30", "13:30", "14:20"]
    cw = (pg.w - 2 * x0) / 6
    rh = min(pt(pg, 48), (pg.h - y - pt(pg, 60)) / 8)
    colors = [(255, 224, 224), (224, 240, 255), (224, 255, 230), (255, 246, 210), (240, 226, 255)]
    for j, d in enumerate([""] + days):
        pg.text(x0 + j * cw + cw / 2, y + rh / 2, d, F("sansb", pt(pg, 11)), (20, 20, 20), anchor="mm")
    for i, t in enumerate(per):
        yy = y + (i + 1) * rh
        pg.text(x0 + cw / 2, yy + rh / 2, t, vf, (20, 20, 20), anchor="mm")
        for j in range(5):
            xx = x0 + (j + 1) * cw
            s = "Lunch" if i == 4 else rng.choice(SUBJECTS[:10])
            pg.d.rectangle([xx, yy, xx + cw, yy + rh], fill=colors[(i + j) % 5], outline=(150, 150, 150))
            pg.text(xx + cw / 2, yy + rh / 2, s, vf, (20, 20, 20), anchor="mm")
    yy = y + 8 * rh + pt(pg, 20)
    pg.runs(x0, yy, [("Bus: route 42 from ", None), (p.street.split(",")[0], "LOCATION"), (" stop, 8:05", None)] if k % 3 == 0 else [("PE kit: Tuesday and Thursday", None)], vf, (20, 20, 20))
    return output(rng, pg, k)


def club_flyer(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    col = rng.choice([(230, 60, 60), (30, 110, 200), (20, 150, 100), (240, 150, 20), (130, 60, 190)])
    pg.d.rectangle([0, 0, pg.w, pt(pg, 180)], fill=col)
    fb = rng.choice(["sansb", "libb", "freeb", "condb"])
    f = F(fb, pt(pg, 34))
    while f.getlength(p.club) > pg.w - pt(pg, 60):
        f = F(fb, int(f.size * 0.9))
    pg.text(pg.w / 2, pt(pg, 70), p.club, f, (255, 255, 255), kind="ORG", anchor="mm")
    pg.text(pg.w / 2, pt(pg, 135), "NEW MEMBERS WELCOME!", F(fb, pt(pg, 22)), (255, 255, 255), anchor="mm")
    x0 = pt(pg, 50)
    y = pt(pg, 220)
    bf = F(rng.choice(["sans", "lib", "free"]), pt(pg, 14))
    for runs in [[("Training every Saturday 9:30-11:00 at ", None), (p.suburb, "LOCATION"), (" Community Centre", None)],
                 [("Coach: ", None), (p.parent, "PERSON")],
                 [("Call or text ", None), (p.parent_phone, "PHONE")],
                 [("Email: ", None), (p.parent_email, "EMAIL")],
                 [("Our star this month: ", None), (p.full, "PERSON"), (", ", None), (f"age {p.age}", "AGE")]]:
        y = draw_layout(pg, x0, y, layout(runs, bf, pg.w - 2 * x0), bf, (30, 30, 30), bf.size * 1.35) + pt(pg, 10)
    pg.photo_slot([x0, y + pt(pg, 10), pg.w / 2 - pt(pg, 10), y + pt(pg, 190)], color=(215, 215, 220))
    if k < 5:
        opt = k % 3
        if opt == 0:
            payload, leaks = f"https://wa.me/{digits(p.phone_intl)[1:]}", [("URL", f"https://wa.me/{digits(p.phone_intl)[1:]}")]
        elif opt == 1:
            h = p.handle_plain.replace(".", "_")
            payload, leaks = f"https://t.me/{h}", [("URL", f"https://t.me/{h}")]
        else:
            payload, leaks = f"mailto:{p.parent_email}?subject=Joining", [("EMAIL", p.parent_email)]
        mod = max(4, pt(pg, 4))
        s = Canvas.qr_size(payload, mod)
        qx, qy = pg.w - x0 - s, y + pt(pg, 10)
        pg.qr(payload, qx, qy, mod, leaks=leaks)
        pg.text(qx + s / 2, qy + s + pt(pg, 4), "Scan to join our group chat", F("sans", pt(pg, 10)), (30, 30, 30), anchor="ma")
    return output(rng, pg, k)


def invitation(rng, k):
    p = Person(rng)
    pg = page(rng, p.region)
    col = rng.choice([(255, 105, 180), (60, 160, 230), (250, 170, 30), (120, 200, 90), (160, 90, 220)])
    pg.d.rectangle([pt(pg, 20), pt(pg, 20), pg.w - pt(pg, 20), pg.h - pt(pg, 20)], outline=col, width=pt(pg, 8))
    for i in range(12):
        cx, cy = rng.randint(0, pg.w), rng.randint(0, pt(pg, 140))
        r = pt(pg, rng.randint(8, 20))
        pg.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rng.choice([(255, 200, 200), (200, 230, 255), (255, 240, 180), col]))
    ff = rng.choice(["freeserifbi", "serifbi", "libbi", "sansb"])
    pg.text(pg.w / 2, pt(pg, 190), "You're invited!", F(ff, pt(pg, 36)), col, anchor="mm")
    f = F(ff, pt(pg, 24))
    line = [("Come and celebrate ", None), (p.first, "PERSON"), ("'s ", None), (_ord(p.age), "AGE"), (" birthday", None)]
    x0 = pt(pg, 60)
    y = draw_layout(pg, x0, pt(pg, 250), layout(line, f, pg.w - 2 * x0), f, (40, 40, 40), f.size * 1.4) + pt(pg, 20)
    bf = F(rng.choice(["sans", "lib", "free", "serif"]), pt(pg, 16))
    pg.text(x0, y, f"{rng.choice(['Saturday', 'Sunday'])} {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)]}, 2pm - 5pm", bf, (40, 40, 40)); y += pt(pg, 36)
    pg.text(x0, y, "Where:", F(bold_of("sans"), pt(pg, 16)), (40, 40, 40)); y += pt(pg, 24)
    y = pg.block(x0, y, p.addr_lines(), bf, (40, 40, 40), "ADDRESS", line_h=pt(pg, 22)) + pt(pg, 16)
    y = draw_layout(pg, x0, y, layout([("RSVP to ", None), (p.parent_first, "PERSON"), (" on ", None), (p.parent_phone, "PHONE"), (" by Friday", None)], bf, pg.w - 2 * x0), bf, (40, 40, 40), pt(pg, 22)) + pt(pg, 10)
    pg.text(x0, y, rng.choice(["Bring your swimmers!", "Fancy dress: superheroes", "Pizza and cake provided"]), bf, (40, 40, 40))
    if k < 5:
        opt = k % 3
        if opt == 0:
            g = f"{p.lat},{p.lon}"
            payload, leaks, cap = f"geo:{g}", [("LOCATION", g)], "Scan for directions"
        elif opt == 1:
            payload, leaks, cap = f"sms:{digits(p.phone_intl)}?body=Yes we can come!", [("PHONE", digits(p.phone_intl))], "Scan to RSVP"
        else:
            payload, leaks, cap = p.mecard(), [("PERSON", f"{ascii_fold(p.last)},{ascii_fold(p.first)}"), ("PHONE", digits(p.parent_phone)), ("ADDRESS", p.short_addr())], "Save our contact"
        mod = max(4, pt(pg, 3.5))
        s = Canvas.qr_size(payload, mod)
        qx, qy = pg.w - pt(pg, 60) - s, pg.h - pt(pg, 70) - s
        pg.qr(payload, qx, qy, mod, leaks=leaks)
        pg.text(qx + s / 2, qy + s + pt(pg, 4), cap, F("sans", pt(pg, 10)), (40, 40, 40), anchor="ma")
    return output(rng, pg, k)


SCENES = {"permission_slip": permission_slip, "reg_form": reg_form, "report_card": report_card, "timetable": timetable,
          "club_flyer": club_flyer, "invitation": invitation}
