"""QR codes carrying personal data (tel, sms, mailto, geo, MECARD, vCard,
WIFI, wa.me, t.me, Snapchat, Discord, plain text) on stickers, tags, cards
and screens; clean brand QR codes, book covers, movie posters, memes, ads."""
from common import Panel, Result, font, bold, fit, UI_FONTS, DISPLAY_FONTS, quad_rot
from people import Kid, ADULT, FAMOUS, FAMOUS_BORN, CHARACTERS, BRAND_URLS, geo_point
from photo import photo, hand, hand_font, ink, finish
import textures as tx
from ui import status_bar


def digits(phone):
    return "".join(c for c in phone if c.isdigit() or c == "+")


def intl(phone):
    d = digits(phone)
    if d.startswith("0"):
        d = "+44" + d[1:]
    if not d.startswith("+"):
        d = "+1" + d
    return d


def payload_for(r, K, kind):
    """Return (payload, [(KIND, substring), ...])."""
    if kind == "tel":
        p = intl(K.mobile)
        return "tel:" + p, [("PHONE", p)]
    if kind == "sms":
        p = intl(K.mobile)
        return "SMSTO:{}:Hi it's {}, pick me up pls".format(p, K.first), [("PHONE", p), ("PERSON", K.first)]
    if kind == "sms_uri":
        p = intl(K.phone)
        return "sms:{}?body=found%20your%20dog".format(p), [("PHONE", p)]
    if kind == "mailto":
        return "mailto:" + K.email, [("EMAIL", K.email)]
    if kind == "mailto_subj":
        return "mailto:{}?subject=Party%20RSVP".format(K.parent_email), [("EMAIL", K.parent_email)]
    if kind == "geo":
        g = geo_point(r)
        return "geo:" + g, [("LOCATION", g)]
    if kind == "geo_q":
        g = geo_point(r)
        return "geo:{}?q={}".format(g, K.street_line.replace(" ", "+")), [("LOCATION", g), ("ADDRESS", K.street_line.replace(" ", "+"))]
    if kind == "mecard":
        ph = digits(K.mobile)
        adr = "{}, {}".format(K.street_line, K.town_line)
        bd = "{}{:02d}{:02d}".format(K.by, K.bm, K.bd)
        p = "MECARD:N:{},{};TEL:{};EMAIL:{};ADR:{};BDAY:{};;".format(K.last, K.first, ph, K.email, adr, bd)
        return p, [("PERSON", "{},{}".format(K.last, K.first)), ("PHONE", ph), ("EMAIL", K.email), ("ADDRESS", adr),
                   ("DATE_OF_BIRTH", bd)]
    if kind == "vcard":
        ph = intl(K.mobile)
        bd = "{}-{:02d}-{:02d}".format(K.by, K.bm, K.bd)
        p = ("BEGIN:VCARD\nVERSION:3.0\nN:{l};{f}\nFN:{f} {l}\nORG:{s}\nTEL;TYPE=CELL:{ph}\n"
             "ADR;TYPE=HOME:;;{st};{t};;{pc};UK\nBDAY:{bd}\nEND:VCARD").format(
            l=K.last, f=K.first, s=K.school, ph=ph, st=K.street_line, t=K.town, pc=K.pc, bd=bd)
        adr = "{};{};;{}".format(K.street_line, K.town, K.pc)
        return p, [("PERSON", "{} {}".format(K.first, K.last)), ("SCHOOL", K.school), ("PHONE", ph),
                   ("ADDRESS", adr), ("DATE_OF_BIRTH", bd)]
    if kind == "vcard_kid":
        bd = "{}{:02d}{:02d}".format(K.by, K.bm, K.bd)
        p = ("BEGIN:VCARD\nVERSION:3.0\nFN:{f} {l}\nEMAIL:{e}\nNOTE:{y} at {s}\nBDAY:{bd}\nEND:VCARD").format(
            f=K.first, l=K.last, e=K.email, y=K.year_group(), s=K.school, bd=bd)
        y = p.split("NOTE:")[1].split(" at ")[0]
        return p, [("PERSON", "{} {}".format(K.first, K.last)), ("EMAIL", K.email), ("AGE", y), ("SCHOOL", K.school),
                   ("DATE_OF_BIRTH", bd)]
    if kind == "wifi_family":
        ssid = "{} Family".format(K.last)
        return "WIFI:T:WPA;S:{};P:{}{};;".format(ssid, r.choice(["sunflower", "biscuit", "dragon"]), r.randint(10, 99)), \
            [("PERSON", ssid)]
    if kind == "wifi_addr":
        ssid = "{}{}".format(K.num, K.street.replace(" ", "").replace("'", ""))
        return "WIFI:T:WPA;S:{};P:{};;".format(ssid, "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789")
                                                             for _ in range(10))), [("ADDRESS", ssid)]
    if kind == "wifi_home":
        ssid = "{}-Home-5G".format(K.last)
        pw = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12))
        return "WIFI:S:{};T:WPA;P:{};;".format(ssid, pw), [("PERSON", K.last)]
    if kind == "wa":
        d = digits(intl(K.mobile))[1:]
        url = "https://wa.me/" + d
        return url, [("URL", url)]
    if kind == "tme":
        url = "https://t.me/" + K.handle.replace(".", "_")
        return url, [("URL", url)]
    if kind == "snap":
        url = "https://www.snapchat.com/add/" + K.handle.lower()
        return url, [("URL", url)]
    if kind == "discord":
        code = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        url = "https://discord.gg/" + code
        return url, [("URL", url)]
    if kind == "text_addr":
        p = "{}\n{}\n{}".format(K.full, K.street_line, K.town_line)
        return p, [("PERSON", K.full), ("ADDRESS", K.street_line), ("ADDRESS", K.town_line)]
    if kind == "text_found":
        p = "If found please return to {} ({}), {}. Call {}".format(K.full, K.year_group(), K.school, K.phone)
        return p, [("PERSON", K.full), ("AGE", K.year_group()), ("SCHOOL", K.school), ("PHONE", K.phone)]
    raise ValueError(kind)


def qr_sticker(r, payload, leaks, module, caption=None, cap_segs=None, col=(255, 255, 255), dark=(0, 0, 0)):
    """A sticker panel holding one QR code and an optional caption."""
    side = Panel.qr_side(payload, module)
    pad = int(module * 2)
    capf = font("sans-b", max(12, int(side * 0.07)))
    ch = int(capf.size * 1.8) if (caption or cap_segs) else 0
    S = Panel(side + 2 * pad, side + 2 * pad + ch, (0, 0, 0, 0))
    S.rrect([0, 0, S.w, S.h], pad, fill=col)
    S.qr(pad, pad, payload, module, leaks=leaks, light=col + (255,) if len(col) == 3 else col, dark=dark)
    if cap_segs:
        txt = "".join(s[0] for s in cap_segs)
        S.rich((S.w / 2, side + pad + ch * 0.35), cap_segs, fit("sans-b", capf.size, txt, S.w * 0.92), dark,
               anchor="mm")
    elif caption:
        S.text((S.w / 2, side + pad + ch * 0.35), caption, fit("sans-b", capf.size, caption, S.w * 0.92), dark,
               anchor="mm")
    return S


def qr_photo(r, nr, size, kind, fmt="JPEG", surface="table", caption=None, frac=0.55, angle=None, tilt=None,
             module=None):
    W, H = size
    K = Kid(r)
    payload, leaks = payload_for(r, K, kind)
    from common import qr_matrix
    n = qr_matrix(payload).shape[0] + 8
    module = module or max(4, int(min(W, H) * frac / n))
    cap_segs = None
    if caption == "name":
        cap_segs = [("This belongs to ", None), (K.first, "PERSON")]
    elif caption == "wifi":
        cap_segs = [("Guest Wi-Fi - scan me", None)]
    elif caption:
        cap_segs = [(caption, None)]
    S = qr_sticker(r, payload, leaks, module, cap_segs=cap_segs,
                   col=r.choice([(255, 255, 255), (255, 250, 235), (235, 245, 255)]))
    if surface == "table":
        bg = tx.table(nr, W, H)
    elif surface == "fabric":
        bg = tx.fabric(nr, W, H, r.choice([(40, 60, 120), (120, 30, 40), (40, 40, 45), (60, 110, 70)]))
    elif surface == "fridge":
        bg = tx.paint(nr, W, H, (232, 232, 228), 0.08)
    else:
        bg = tx.paint(nr, W, H, (90, 140, 200), 0.5)
    return photo(r, nr, S, W, H, bg=bg, frac=0.7, fmt=fmt,
                 angle=r.uniform(-20, 20) if angle is None else angle,
                 tilt=r.uniform(0, 0.15) if tilt is None else tilt, blur=r.uniform(0.4, 1.2))


def pet_tag(r, nr, size, fmt="JPEG"):
    W, H = size
    K = Kid(r)
    payload, leaks = payload_for(r, K, r.choice(["tel", "sms_uri"]))
    from common import qr_matrix
    n = qr_matrix(payload).shape[0] + 8
    d = int(min(W, H) * 0.6)
    module = max(4, int(d * 0.62 / n))
    T = Panel(d, d, (0, 0, 0, 0))
    T.ellipse([0, 0, d, d], fill=(205, 205, 210))
    T.ellipse([d * 0.45, d * 0.02, d * 0.55, d * 0.12], fill=(0, 0, 0, 0))
    side = n * module
    T.qr((d - side) / 2, (d - side) / 2 + d * 0.03, payload, module, leaks=leaks, light=(235, 235, 238, 255),
         dark=(20, 20, 25, 255))
    T.text((d / 2, d * 0.9), "SCAN IF I'M LOST", font("sans-b", d * 0.05), (30, 30, 35), anchor="mm")
    bg = tx.fabric(nr, W, H, r.choice([(150, 110, 70), (60, 50, 40), (200, 200, 190)]), 0.4)
    return photo(r, nr, T, W, H, bg=bg, frac=0.8, fmt=fmt, angle=r.uniform(-30, 30), tilt=r.uniform(0, 0.1))


def qr_screen(r, nr, size, kind, fmt="PNG", app="snap"):
    """A 'scan to add me' profile screen."""
    W, H = size
    s = W / 360
    K = Kid(r)
    payload, leaks = payload_for(r, K, kind)
    cols = {"snap": ((255, 252, 0), (20, 20, 20)), "discord": ((88, 101, 242), (255, 255, 255)),
            "tg": ((42, 171, 238), (255, 255, 255)), "wa": ((7, 94, 84), (255, 255, 255)),
            "plain": ((245, 245, 245), (20, 20, 20))}
    bgc, fg = cols[app]
    P = Panel(W, H, bgc)
    fn = r.choice(UI_FONTS)
    status_bar(P, s, fg, "{}:{:02d}".format(r.randint(7, 22), r.randint(0, 59)))
    from common import qr_matrix
    n = qr_matrix(payload).shape[0] + 8
    module = max(3, int(W * 0.7 / n))
    side = n * module
    x0 = (W - side) / 2
    y0 = 150 * s
    P.rrect([x0 - 10 * s, y0 - 10 * s, x0 + side + 10 * s, y0 + side + 10 * s], 18 * s, fill=(255, 255, 255))
    P.qr(x0, y0, payload, module, leaks=leaks)
    y = y0 + side + 40 * s
    if app in ("snap", "tg", "discord"):
        P.text((W / 2, y), K.handle, fit(bold(fn), 24 * s, K.handle, W * 0.9), fg, kind="HANDLE", anchor="mt")
        P.text((W / 2, y + 40 * s), "Scan to add me!", font(fn, 15 * s), fg, anchor="mt")
    elif app == "wa":
        P.text((W / 2, y), K.full, font(bold(fn), 22 * s), fg, kind="PERSON", anchor="mt")
        P.text((W / 2, y + 40 * s), "WhatsApp contact", font(fn, 15 * s), fg, anchor="mt")
    else:
        P.text((W / 2, y), "QR code generated", font(fn, 15 * s), fg, anchor="mt")
    P.text((W / 2, 70 * s), {"snap": "My Snapcode", "discord": "Friend invite", "tg": "My QR code",
                             "wa": "QR code", "plain": "Create QR"}[app], font(bold(fn), 20 * s), fg, anchor="mm")
    return Result(P, fmt, 88)


def wifi_card(r, nr, size, fmt="JPEG", kind="wifi_family", show_text=True):
    W, H = size
    K = Kid(r)
    payload, leaks = payload_for(r, K, kind)
    cw = int(min(W, H) * 0.75)
    ch = int(cw * 1.3)
    u = cw / 1000
    C = Panel(cw, ch, (255, 255, 255))
    C.rect([0, 0, cw, 160 * u], fill=r.choice([(30, 120, 200), (230, 90, 40), (60, 160, 90)]))
    C.text((cw / 2, 80 * u), "Guest Wi-Fi", font("sans-b", 80 * u), (255, 255, 255), anchor="mm")
    from common import qr_matrix
    n = qr_matrix(payload).shape[0] + 8
    module = max(4, int(cw * 0.68 / n))
    side = n * module
    C.qr((cw - side) / 2, 200 * u, payload, module, leaks=leaks)
    y = 200 * u + side + 30 * u
    if show_text:
        ssid = payload.split("S:")[1].split(";")[0]
        k0 = leaks[0][0]
        if k0 == "PERSON" and kind == "wifi_home":
            segs = [("Network: ", None), (K.last, "PERSON"), ("-Home-5G", None)]
        else:
            segs = [("Network: ", None), (ssid, k0)]
        C.rich((cw / 2, y), segs, fit("sans", 50 * u, "".join(sg[0] for sg in segs), cw * 0.9), (30, 30, 30), anchor="mt")
    bg = tx.paint(nr, W, H, (232, 232, 228), 0.08)
    return photo(r, nr, C, W, H, bg=bg, frac=0.85, fmt=fmt, angle=r.uniform(-6, 6), tilt=r.uniform(0, 0.08))


def invite_qr(r, nr, size, fmt="JPEG"):
    """Party invitation with a map QR (geo:)."""
    W, H = size
    K = Kid(r, age=r.randint(5, 11))
    payload, leaks = payload_for(r, K, r.choice(["geo", "geo_q"]))
    cw = int(min(W, H) * 0.8)
    ch = int(cw * 1.4)
    u = cw / 1000
    C = Panel(cw, ch, (255, 250, 240))
    C.text((cw / 2, 120 * u), "Party time!", font("fserif-bi", 110 * u), (220, 60, 100), anchor="mm")
    C.rich((cw / 2, 260 * u), [("Come to ", None), (K.first, "PERSON"), ("'s ", None), (K.ordinal_age(), "AGE"),
                               (" birthday!", None)], fit("sans-b", 60 * u, "Come to Xxxxxxxx's 10th birthday!", 900 * u),
           (40, 40, 40), anchor="mm")
    C.text((cw / 2, 350 * u), "Sunday 3pm - scan for the map", font("sans", 42 * u), (70, 70, 70), anchor="mm")
    from common import qr_matrix
    n = qr_matrix(payload).shape[0] + 8
    module = max(4, int(cw * 0.55 / n))
    side = n * module
    C.qr((cw - side) / 2, 430 * u, payload, module, leaks=leaks)
    return photo(r, nr, C, W, H, frac=0.88, fmt=fmt, angle=r.uniform(-8, 8), tilt=r.uniform(0, 0.12))


# ----------------------------------------------------------------- clean
def brand_qr(r, nr, size, fmt="JPEG", url=None, photo_mode=True):
    W, H = size
    url = url or r.choice(BRAND_URLS)
    cw = int(min(W, H) * 0.8)
    ch = int(cw * 1.25)
    u = cw / 1000
    col = r.choice([(220, 30, 40), (20, 90, 170), (250, 200, 0), (20, 130, 80)])
    C = Panel(cw, ch, col)
    host = url.split("//")[1].split("/")[0].replace("www.", "")
    name = host.split(".")[0].upper()
    C.text((cw / 2, 120 * u), name, fit("sans-b", 140 * u, name, 900 * u), (255, 255, 255), anchor="mm")
    C.text((cw / 2, 240 * u), "Scan for games, facts and more!", font("sans", 46 * u), (255, 255, 255), anchor="mm")
    from common import qr_matrix
    n = qr_matrix(url).shape[0] + 8
    module = max(4, int(cw * 0.55 / n))
    side = n * module
    C.rect([(cw - side) / 2 - 10 * u, 320 * u - 10 * u, (cw + side) / 2 + 10 * u, 320 * u + side + 10 * u],
           fill=(255, 255, 255))
    C.qr((cw - side) / 2, 320 * u, url, module)
    C.text((cw / 2, 320 * u + side + 70 * u), host, font("sans-b", 50 * u), (255, 255, 255), anchor="mm")
    if photo_mode:
        return photo(r, nr, C, W, H, frac=0.85, fmt=fmt, angle=r.uniform(-8, 8), tilt=r.uniform(0, 0.1))
    P = Panel(W, H, (240, 240, 240))
    P.paste(C, quad_rot(W / 2, H / 2, cw, ch, 0, min(W * 0.9 / cw, H * 0.9 / ch)))
    return Result(P, fmt, 88)


def book_cover(r, nr, size, fmt="JPEG", which=0):
    W, H = size
    bw = int(min(W, H) * 0.62)
    bh = int(bw * 1.5)
    u = bw / 1000
    col = r.choice([(20, 40, 80), (120, 20, 30), (30, 90, 70), (230, 200, 150)])
    fg = (255, 240, 200) if sum(col) < 400 else (40, 30, 20)
    B = Panel(0, 0, img=tx.paint(nr, bw, bh, col, 0.3))
    if which == 0:
        fam = r.choice(sorted(FAMOUS_BORN))
        B.text((bw / 2, 260 * u), "The Story of", font("serif-i", 70 * u), fg, anchor="mm")
        B.text((bw / 2, 400 * u), fam, fit("serif-b", 120 * u, fam, 900 * u), fg, anchor="mm")
        B.ellipse([300 * u, 600 * u, 700 * u, 1000 * u], outline=fg, width=int(10 * u))
        B.text((bw / 2, 1300 * u), "Illustrated Junior Edition", font("serif", 44 * u), fg, anchor="mm")
        B.text((bw / 2, 1400 * u), "Born {}".format(FAMOUS_BORN[fam]), font("serif", 40 * u), fg, anchor="mm")
    else:
        t, a = r.choice([("Oliver Twist", "Charles Dickens"), ("Pride and Prejudice", "Jane Austen"),
                         ("Treasure Island", "Robert Louis Stevenson"), ("Peter Pan", "J. M. Barrie"),
                         ("Black Beauty", "Anna Sewell"), ("The Secret Garden", "Frances Hodgson Burnett")])
        B.text((bw / 2, 300 * u), t.upper(), fit("lserif-b", 120 * u, t.upper(), 880 * u), fg, anchor="mm")
        B.line([(200 * u, 420 * u), (800 * u, 420 * u)], fg, 4 * u)
        B.text((bw / 2, 1300 * u), a, fit("lserif", 70 * u, a, 880 * u), fg, anchor="mm")
        B.text((bw / 2, 1420 * u), "CLASSICS  -  £4.99", font("sans", 36 * u), fg, anchor="mm")
    return photo(r, nr, B, W, H, frac=0.85, fmt=fmt, angle=r.uniform(-10, 10), tilt=r.uniform(0, 0.1))


def movie_poster(r, nr, size, fmt="JPEG", which=0):
    W, H = size
    P = Panel(0, 0, img=tx.paint(nr, W, H, r.choice([(20, 20, 40), (60, 20, 10), (10, 40, 50)]), 0.9))
    u = W / 1000
    if which == 0:
        title, tag = "EINSTEIN", "The boy who asked why"
    else:
        title, tag = r.choice([("ROBIN HOOD", "Rise of the outlaw"), ("KING ARTHUR", "The sword awakens"),
                               ("PETER PAN", "Never grow up")])
    P.text((W / 2, H * 0.12), tag.upper(), fit("sans", 50 * u, tag.upper(), W * 0.9), (230, 230, 230), anchor="mm")
    P.text((W / 2, H * 0.7), title, fit(r.choice(DISPLAY_FONTS), 200 * u, title, W * 0.92), (255, 215, 120),
           anchor="mm", stroke=int(3 * u), stroke_fill=(0, 0, 0))
    P.text((W / 2, H * 0.82), "IN CINEMAS 12 DECEMBER", font("sans-b", 50 * u), (255, 255, 255), anchor="mm")
    P.text((W / 2, H * 0.9), "PG  |  Running time 1h 52m" if which == 0 else "12A  |  Running time 2h 04m",
           font("sans", 32 * u), (200, 200, 200), anchor="mm")
    # abstract silhouette shapes, no faces
    P.d.polygon([(W * 0.3, H * 0.6), (W * 0.5, H * 0.2), (W * 0.7, H * 0.6)], fill=(0, 0, 0))
    fmtq = 85
    return Result(P, fmt, fmtq)


def meme(r, nr, size, fmt="JPEG"):
    W, H = size
    P = Panel(0, 0, img=tx.paint(nr, W, H, r.choice([(120, 160, 90), (160, 120, 100), (90, 120, 170)]), 0.8))
    top, bot = r.choice([("WHEN THE WIFI PASSWORD", "IS ON THE BACK OF THE ROUTER"),
                         ("ME: I'LL DO MY HOMEWORK EARLY", "ALSO ME AT 11PM SUNDAY"),
                         ("TEACHER: WHAT'S 7 X 8", "ME: 54? NO 56! FINAL ANSWER")])
    f = fit("sans-b", W * 0.08, bot, W * 0.94)
    P.text((W / 2, H * 0.03), top, fit("sans-b", W * 0.08, top, W * 0.94), (255, 255, 255), anchor="mt",
           stroke=max(2, W // 250), stroke_fill=(0, 0, 0))
    P.text((W / 2, H * 0.97), bot, f, (255, 255, 255), anchor="mb", stroke=max(2, W // 250), stroke_fill=(0, 0, 0))
    from common import jpeg_roundtrip
    img = jpeg_roundtrip(jpeg_roundtrip(P.img.convert("RGB"), 45), 55)
    return Result(P, fmt, 70, img=img)


def advert(r, nr, size, fmt="JPEG"):
    W, H = size
    u = min(W / 1000, H / 1350)
    brand, col, site = r.choice([("IKEA", (0, 81, 186), "www.ikea.com"), ("LEGO", (227, 0, 11), "www.lego.com"),
                                 ("Nintendo", (230, 0, 18), "www.nintendo.com"), ("Tesco", (0, 83, 159), "www.tesco.com")])
    P = Panel(W, H, col)
    P.text((W / 2, H * 0.15), brand, fit("sans-b", 220 * u, brand, W * 0.8), (255, 255, 255), anchor="mm")
    P.text((W / 2, H * 0.4), "SUMMER SALE", font("sans-b", 120 * u), (255, 230, 0), anchor="mm")
    P.text((W / 2, H * 0.55), "Up to 50% off - from £4.99", font("sans", 60 * u), (255, 255, 255), anchor="mm")
    P.text((W / 2, H * 0.68), "Ends Sunday 31 August", font("sans", 50 * u), (255, 255, 255), anchor="mm")
    P.text((W / 2, H * 0.85), site, font("sans-b", 60 * u), (255, 255, 255), anchor="mm")
    P.text((W / 2, H * 0.94), "T&Cs apply. Selected stores only. Offer code SUMMER25.", font("sans", 22 * u),
           (230, 230, 230), anchor="mm")
    return Result(P, fmt, 85)


JOBS = [
    ("qr_tel_sticker", qr_photo, dict(size=(4032, 3024), kind="tel", surface="fabric", caption="name"), False),
    ("qr_text_found", qr_photo, dict(size=(3024, 4032), kind="text_found", surface="fabric",
                                     caption="Scan if found"), False),
    ("qr_sms", qr_photo, dict(size=(2048, 1536), kind="sms", surface="table", fmt="WEBP"), False),
    ("qr_mailto", qr_screen, dict(size=(1080, 2340), kind="mailto", app="plain"), False),
    ("qr_mailto", qr_photo, dict(size=(3264, 2448), kind="mailto_subj", surface="fridge"), False),
    ("qr_geo_invite", invite_qr, dict(size=(3024, 4032)), False),
    ("qr_geo_invite", invite_qr, dict(size=(1536, 2048), fmt="WEBP"), False),
    ("qr_mecard", qr_photo, dict(size=(4000, 3000), kind="mecard", surface="table", caption="My contact"), False),
    ("qr_mecard", qr_screen, dict(size=(720, 1280), kind="mecard", app="plain", fmt="JPEG"), False),
    ("qr_vcard", qr_photo, dict(size=(4032, 3024), kind="vcard", surface="table"), False),
    ("qr_vcard", qr_screen, dict(size=(1080, 1920), kind="vcard_kid", app="plain", fmt="WEBP"), False),
    ("qr_wifi", wifi_card, dict(size=(3024, 4032), kind="wifi_family"), False),
    ("qr_wifi", wifi_card, dict(size=(4032, 3024), kind="wifi_addr", show_text=False, fmt="PNG"), False),
    ("qr_wifi", wifi_card, dict(size=(1600, 1200), kind="wifi_home", fmt="WEBP"), False),
    ("qr_wa", qr_screen, dict(size=(1080, 2340), kind="wa", app="wa"), False),
    ("qr_tme", qr_screen, dict(size=(1080, 1920), kind="tme", app="tg", fmt="JPEG"), False),
    ("qr_snap", qr_screen, dict(size=(1170, 2532), kind="snap", app="snap"), False),
    ("qr_discord", qr_screen, dict(size=(720, 1280), kind="discord", app="discord", fmt="WEBP"), False),
    ("qr_text_addr", qr_photo, dict(size=(4032, 3024), kind="text_addr", surface="table"), False),
    ("qr_pet_tag", pet_tag, dict(size=(3024, 4032)), False),
    ("brand_qr", brand_qr, dict(size=(4032, 3024)), True),
    ("brand_qr", brand_qr, dict(size=(1080, 1920), photo_mode=False, fmt="PNG"), True),
    ("brand_qr", brand_qr, dict(size=(2048, 1536), fmt="WEBP"), True),
    ("book_cover", book_cover, dict(size=(3024, 4032), which=0), True),
    ("book_cover", book_cover, dict(size=(1536, 2048), which=1, fmt="WEBP"), True),
    ("movie_poster", movie_poster, dict(size=(1080, 1600), which=0), True),
    ("movie_poster", movie_poster, dict(size=(2000, 3000), which=1, fmt="PNG"), True),
    ("meme", meme, dict(size=(1080, 1080)), True),
    ("advert", advert, dict(size=(1080, 1350), fmt="WEBP"), True),
    ("advert", advert, dict(size=(3000, 2000)), True),
]
