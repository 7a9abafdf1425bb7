"""Shared helpers for scenes."""
from gfx import Layer, font

PORTRAIT = [(540, 960), (720, 1280), (750, 1334), (828, 1792), (1080, 1920), (1080, 2340), (1080, 2400),
            (1125, 2436), (1170, 2532), (720, 1600)]
LANDSCAPE = [(960, 540), (1280, 720), (1334, 750), (1920, 1080), (2340, 1080)]
PHOTO_SIZES = [(3000, 2000), (2000, 3000), (3264, 2448), (2448, 3264), (3000, 2250), (2250, 3000),
               (3600, 2400), (2400, 3600)]

PALETTE = [(220, 53, 69), (13, 110, 253), (25, 135, 84), (111, 66, 193), (253, 126, 20), (214, 51, 132),
           (32, 201, 151), (102, 16, 242), (0, 150, 199), (200, 150, 0), (90, 90, 90), (160, 82, 45)]
DARK_INKS = [(20, 20, 20), (30, 40, 90), (10, 60, 120), (60, 20, 20), (0, 70, 40), (40, 40, 40)]
PAPER = [(250, 248, 240), (255, 255, 255), (245, 245, 250), (252, 250, 235), (240, 245, 250)]
PEN = [(20, 40, 150), (15, 15, 15), (10, 60, 160), (40, 40, 110)]


class Ctx:
    def __init__(self, idx, rng, nrng, gen, qr_type=None, attempt=0):
        self.idx, self.rng, self.nrng, self.gen = idx, rng, nrng, gen
        self.qr_type = qr_type
        self.attempt = attempt
        self.fonts_pick = rng.randint(0, 20)

    def f(self, style, size, alt=0):
        return font(style, size, self.fonts_pick + alt)


def initials(name):
    ps = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() for p in ps[:2])


def personal_qr(ctx, p, g):
    """Payload + leak parts for a QR code carrying personal data."""
    r = ctx.rng
    t = ctx.qr_type or "tel"
    if t == "tel":
        ph = g.phone(intl=True).replace(" ", "")
        return f"tel:{ph}", [("PHONE", ph)]
    if t == "sms":
        ph = g.phone(intl=True).replace(" ", "")
        return f"SMSTO:{ph}:Hi it's {p.first}", [("PHONE", ph)]
    if t == "mailto":
        e = g.email(p.parent_first, p.last)
        return f"mailto:{e}", [("EMAIL", e)]
    if t == "geo":
        la = {"US": 39.7, "UK": 52.4, "IE": 53.3, "CA": 49.2, "AU": -33.8, "NZ": -43.5, "IN": 12.9, "ZA": -33.9}[g.region]
        lo = {"US": -104.9, "UK": -1.5, "IE": -6.2, "CA": -123.1, "AU": 151.0, "NZ": 172.6, "IN": 77.6, "ZA": 18.4}[g.region]
        s = f"{la + r.uniform(-0.2, 0.2):.5f},{lo + r.uniform(-0.2, 0.2):.5f}"
        return f"geo:{s}", [("LOCATION", s)]
    if t == "mecard":
        ph = g.phone().replace(" ", "")
        n = f"{p.last},{p.first}"
        return f"MECARD:N:{n};TEL:{ph};;", [("PERSON", n), ("PHONE", ph)]
    if t == "vcard":
        ph = g.phone(intl=True)
        e = g.email(p.first, p.last)
        fn = f"{p.parent_first} {p.last}"
        pl = (f"BEGIN:VCARD\nVERSION:3.0\nN:{p.last};{p.parent_first}\nFN:{fn}\nTEL;TYPE=CELL:{ph}\n"
              f"EMAIL:{e}\nEND:VCARD")
        return pl, [("PERSON", fn), ("PHONE", ph), ("EMAIL", e)]
    if t == "wifi":
        ssid = f"{p.last.replace(' ', '')}_Family"
        return f"WIFI:T:WPA;S:{ssid};P:{r.choice(['sunflower', 'biscuit', 'rainbow'])}{r.randint(10, 99)}{p.year};;", [("PERSON", ssid)]
    if t == "wa":
        d = g.phone_digits()
        return f"https://wa.me/{d}", [("PHONE", d)]
    if t == "tme":
        h = g.handle(p.first)
        return f"https://t.me/{h.replace('.', '_')}", [("HANDLE", h.replace('.', '_'))]
    if t == "snap":
        h = g.handle(p.first).lower().replace("_", "-").replace(".", "-")
        return f"https://www.snapchat.com/add/{h}", [("HANDLE", h)]
    if t == "discord":
        code = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        u = f"https://discord.gg/{code}"
        return u, [("URL", u)]
    # plain text
    ph = g.phone()
    return f"If found please return to {p.name} {ph}", [("PERSON", p.name), ("PHONE", ph)]


def status_bar(L, s, dark, rng, landscape=False):
    c = (255, 255, 255) if dark else (0, 0, 0)
    h = int(24 * s)
    t = f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    L.text((int(14 * s), h * 0.72), t, font("sansb", 13 * s), c, anchor="ls")
    x = L.w - int(14 * s)
    L.rect((x - 24 * s, 8 * s, x, 17 * s), outline=c, width=max(1, int(s)), r=int(2 * s))
    L.rect((x - 22 * s, 10 * s, x - 22 * s + 18 * s * rng.uniform(0.2, 1), 15 * s), fill=c)
    for i in range(4):
        bx = x - 50 * s + i * 5 * s
        L.rect((bx, 17 * s - (i + 1) * 2.2 * s, bx + 3 * s, 17 * s), fill=c)
    return h
