#!/usr/bin/env python3
"""Deterministic generator for a blind evaluation set of rendered images
(child-shared style) with and without personal information.

Writes out/*.png|jpg|webp and expected.jsonl next to this script.
All names, numbers, addresses, schools and handles are invented.
"""
import io
import json
import math
import os
import random
import re

import numpy as np
import segno
from PIL import Image, ImageDraw, ImageFilter, ImageFont

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "out")
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "condb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf", "serifb": "dejavu/DejaVuSerif-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "light": "dejavu/DejaVuSans-ExtraLight.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf", "libb": "liberation/LiberationSans-Bold.ttf",
    "libn": "liberation/LiberationSansNarrow-Regular.ttf", "libnb": "liberation/LiberationSansNarrow-Bold.ttf",
    "libserif": "liberation/LiberationSerif-Regular.ttf", "libserifb": "liberation/LiberationSerif-Bold.ttf",
    "libmono": "liberation/LiberationMono-Regular.ttf",
    "free": "freefont/FreeSans.ttf", "freeb": "freefont/FreeSansBold.ttf",
    "freeserif": "freefont/FreeSerif.ttf", "freeserifb": "freefont/FreeSerifBold.ttf",
    "freemono": "freefont/FreeMono.ttf", "freemonob": "freefont/FreeMonoBold.ttf",
    "hand1": "freefont/FreeSerifItalic.ttf", "hand2": "liberation/LiberationSerif-Italic.ttf",
    "hand3": "dejavu/DejaVuSerif-Italic.ttf", "hand4": "freefont/FreeMonoOblique.ttf",
    "hand5": "liberation/LiberationSansNarrow-Italic.ttf", "hand6": "freefont/FreeSansOblique.ttf",
    "script": "freefont/FreeSerifBoldItalic.ttf",
}
HANDS = ["hand1", "hand2", "hand3", "hand4", "hand5", "hand6"]
SANS = ["sans", "lib", "free", "cond"]
SANSB = ["sansb", "libb", "freeb", "condb", "libnb"]
_fc = {}


def F(name, size):
    key = (name, int(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONTS[name], int(size))
    return _fc[key]


# --------------------------------------------------------------------------
# Invented regional data
# --------------------------------------------------------------------------
def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


REG = {
    "US": dict(
        first=["Emma", "Liam", "Ava", "Noah", "Harper", "Mason", "Jayden", "Chloe"],
        last=["Carter", "Ramirez", "Brooks", "Sullivan", "Kowalski", "Nguyen"],
        towns=["Cedar Falls", "Maple Grove", "Oak Harbor", "Fairview Heights"],
        streets=["412 Oak Street", "88 Willow Lane", "1207 Pine Ridge Dr", "35 Birchwood Ct"],
        cityline=["Cedar Falls, IA 50613", "Maple Grove, MN 55311", "Oak Harbor, WA 98277"],
        phones=["(319) 555-0134", "(763) 555-0188", "(360) 555-0147", "(618) 555-0162"],
        intl=["+1 319 555 0134", "+1 763 555 0188"], e164=["13195550134", "17635550188"],
        schools=["Lincoln Elementary", "Maple Grove Middle School", "Roosevelt Elementary", "Hawthorne Middle"],
        grade=lambda a: f"{ordinal(a - 5)} grade",
        clubs=["Cedar Falls Strikers SC", "Oak Harbor Little League", "Fairview Swim Team"],
        dob=lambda d, m, y: f"{m:02d}/{d:02d}/{y}", lib="Cedar Falls Public Library",
        bus="Metro Youth Pass", mail=["gmail.com", "yahoo.com", "outlook.com"], agegroup="U11",
    ),
    "UK": dict(
        first=["Oliver", "Amelia", "Isla", "Harry", "Poppy", "Alfie", "Freya", "Theo"],
        last=["Thompson", "Patel", "Hughes", "Whitfield", "Clarke", "Ashworth"],
        towns=["Headingley", "Kirkstall", "Harrogate", "Wetherby"],
        streets=["27 Victoria Road", "Flat 3, 14 Chapel Lane", "9 Brookfield Avenue", "52 Mill Street"],
        cityline=["Leeds LS6 2AB", "Harrogate HG1 4QT", "Wetherby LS22 7XR"],
        phones=["07700 900123", "07700 900456", "07700 900781", "07700 900314"],
        intl=["+44 7700 900123", "+44 7700 900456"], e164=["447700900123", "447700900456"],
        schools=["St. Mary's Primary", "Oakfield Academy", "Brookfield Primary School", "Kirkstall Valley Primary"],
        grade=lambda a: f"Year {a - 5}",
        clubs=["Headingley Juniors FC", "Kirkstall Dragons", "Wetherby Otters Swim Club"],
        dob=lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lib="Leeds Libraries", bus="MCard Under-16",
        mail=["gmail.com", "hotmail.co.uk", "outlook.com"], agegroup="Under 11s",
    ),
    "IE": dict(
        first=["Aoife", "Cian", "Saoirse", "Oisín", "Niamh", "Darragh", "Ciara", "Fionn"],
        last=["Murphy", "O'Connor", "Byrne", "Walsh", "Kavanagh", "Doyle"],
        towns=["Ballincollig", "Douglas", "Carrigaline", "Blanchardstown"],
        streets=["14 Castle Grove", "3 The Paddocks", "22 Churchfield Drive", "7 Ard na Gréine"],
        cityline=["Ballincollig, Co. Cork P31 X7K2", "Carrigaline, Co. Cork P43 HW21", "Dublin 15 D15 R2C9"],
        phones=["087 555 0192", "086 555 0147", "085 555 0133", "083 555 0176"],
        intl=["+353 87 555 0192", "+353 86 555 0147"], e164=["353875550192", "353865550147"],
        schools=["Scoil Bhríde", "St. Brigid's National School", "Gaelscoil an Chaisleáin", "Scoil Mhuire Carrigaline"],
        grade=lambda a: f"{ordinal(a - 6)} class",
        clubs=["Ballincollig GAA", "Douglas Hall AFC", "Carrigaline Camogie Club"],
        dob=lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lib="Ballincollig Library", bus="Leap Young Person",
        mail=["gmail.com", "eircom.net", "hotmail.com"], agegroup="U10",
    ),
    "CA": dict(
        first=["Ethan", "Olivia", "Logan", "Charlotte", "Lucas", "Maya", "Benjamin", "Zoe"],
        last=["Tremblay", "Gagnon", "MacDonald", "Singh", "Leblanc", "Chen"],
        towns=["Riverdale", "Leslieville", "Kanata", "Dartmouth"],
        streets=["118 Pape Avenue", "45 Maple Crescent", "2210 Lakeshore Rd", "9 Birch Hollow"],
        cityline=["Toronto, ON M4K 2P1", "Kanata, ON K2M 1B5", "Dartmouth, NS B2W 3C4"],
        phones=["(416) 555-0162", "(613) 555-0119", "(902) 555-0173", "(604) 555-0128"],
        intl=["+1 416 555 0162", "+1 613 555 0119"], e164=["14165550162", "16135550119"],
        schools=["Riverdale Public School", "Kanata Highlands PS", "Birch Hollow Elementary", "École Champlain"],
        grade=lambda a: f"Grade {a - 5}",
        clubs=["Kanata Blazers Hockey", "Leslieville Lions SC", "Dartmouth Seahawks"],
        dob=lambda d, m, y: f"{y}-{m:02d}-{d:02d}", lib="Kanata Public Library", bus="PRESTO Youth",
        mail=["gmail.com", "rogers.com", "outlook.com"], agegroup="U11",
    ),
    "AU": dict(
        first=["Charlie", "Ruby", "Jack", "Matilda", "Archie", "Sienna", "Cooper", "Isabella"],
        last=["Nguyen", "Mitchell", "Papadopoulos", "O'Brien", "Taylor", "Kelly"],
        towns=["Wattle Park", "Coburg", "Bulimba", "Marrickville"],
        streets=["16 Banksia Street", "4/22 Railway Parade", "81 Grevillea Court", "10 Jacaranda Ave"],
        cityline=["Coburg VIC 3058", "Bulimba QLD 4171", "Marrickville NSW 2204"],
        phones=["0491 570 156", "0491 570 159", "0491 570 110", "0491 570 313"],
        intl=["+61 491 570 156", "+61 491 570 159"], e164=["61491570156", "61491570159"],
        schools=["Wattle Park Primary", "Coburg North Primary School", "Bulimba State School", "Marrickville West PS"],
        grade=lambda a: f"Year {a - 5}",
        clubs=["Coburg Lions Junior FC", "Bulimba Netball Club", "Marrickville Red Devils"],
        dob=lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lib="Moreland City Libraries", bus="Child myki",
        mail=["gmail.com", "bigpond.com", "outlook.com"], agegroup="Under 11s",
    ),
    "NZ": dict(
        first=["Aroha", "Nikau", "Mia", "Hunter", "Anahera", "Lachlan", "Tama", "Georgia"],
        last=["Ngata", "Wilson", "Te Rangi", "Fletcher", "Morgan", "Parata"],
        towns=["Karori", "Ponsonby", "Riccarton", "Frankton"],
        streets=["12 Kowhai Street", "5 Rimu Lane", "27 Totara Road", "3/40 Karaka Crescent"],
        cityline=["Karori, Wellington 6012", "Riccarton, Christchurch 8041", "Frankton, Hamilton 3204"],
        phones=["021 555 0179", "022 555 0143", "027 555 0121", "021 555 0166"],
        intl=["+64 21 555 0179", "+64 22 555 0143"], e164=["64215550179", "64225550143"],
        schools=["Kowhai Intermediate", "Karori West School", "Riccarton Primary", "Totara Park School"],
        grade=lambda a: f"Year {a - 4}",
        clubs=["Karori Rugby Club", "Riccarton Rovers", "Frankton Netball"],
        dob=lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lib="Karori Community Library", bus="Bee Card Child",
        mail=["gmail.com", "xtra.co.nz", "outlook.com"], agegroup="U11",
    ),
    "IN": dict(
        first=["Aarav", "Ananya", "Vihaan", "Diya", "Ishaan", "Saanvi", "Kabir", "Myra"],
        last=["Sharma", "Iyer", "Reddy", "Mehta", "Nair", "Kulkarni"],
        towns=["Koramangala", "Indiranagar", "Baner", "Salt Lake"],
        streets=["Flat 402, Lotus Residency", "17, 5th Cross Road", "B-12 Sunrise Apartments", "221 MG Layout"],
        cityline=["Koramangala, Bengaluru 560034", "Baner, Pune 411045", "Salt Lake, Kolkata 700091"],
        phones=["+91 90000 12345", "+91 90000 56781", "098450 01234", "+91 90000 33210"],
        intl=["+91 90000 12345", "+91 90000 56781"], e164=["919000012345", "919000056781"],
        schools=["Green Valley Public School", "Sunrise International School", "St. Joseph's Convent", "Lotus Vidya Mandir"],
        grade=lambda a: f"Class {a - 5}",
        clubs=["Koramangala Cricket Academy", "Baner Chess Club", "Salt Lake Swimming Club"],
        dob=lambda d, m, y: f"{d:02d}-{m:02d}-{y}", lib="Indiranagar Reading Room", bus="BMTC Student Pass",
        mail=["gmail.com", "yahoo.co.in", "rediffmail.com"], agegroup="U-12",
    ),
    "ZA": dict(
        first=["Thandi", "Lwazi", "Ayanda", "Pieter", "Lerato", "Ruan", "Naledi", "Keegan"],
        last=["Nkosi", "van der Merwe", "Dlamini", "Botha", "Mokoena", "Pillay"],
        towns=["Rondebosch", "Durbanville", "Randburg", "Umhlanga"],
        streets=["14 Protea Road", "6 Jakaranda Street", "33 Kloof Avenue", "Unit 5, Fynbos Close"],
        cityline=["Rondebosch, Cape Town 7700", "Durbanville 7550", "Randburg 2194"],
        phones=["082 555 0143", "071 555 0188", "083 555 0129", "060 555 0174"],
        intl=["+27 82 555 0143", "+27 71 555 0188"], e164=["27825550143", "27715550188"],
        schools=["Laerskool Protea", "Rondebosch Park Primary", "Durbanville Heights Primary", "Umhlanga Ridge School"],
        grade=lambda a: f"Grade {a - 6}",
        clubs=["Rondebosch Juniors RFC", "Durbanville Netball Club", "Randburg Rangers FC"],
        dob=lambda d, m, y: f"{d:02d}/{m:02d}/{y}", lib="Rondebosch Public Library", bus="MyCiTi Junior",
        mail=["gmail.com", "webmail.co.za", "outlook.com"], agegroup="O/11",
    ),
}
REGIONS = list(REG)
HANDLE_WORDS = ["shadowfox", "mia.dances", "jakeyboi", "pixelqueen", "sk8r", "bluebird", "gamerkid", "starlight",
                "ninjacat", "dino.rawr", "frostbyte", "lilmoon"]


def split_street(s):
    """'Flat 3, 14 Chapel Lane' -> ('14', 'Chapel Lane'); None if no house number."""
    last = s.split(",")[-1].strip()
    parts = last.split(" ")
    if re.fullmatch(r"\d+(/\d+)?[A-Za-z]?", parts[0]):
        return parts[0], " ".join(parts[1:])
    return None


class P:  # person/profile bundle
    def __init__(self, R, rng):
        self.first = rng.choice(R["first"])
        self.last = rng.choice(R["last"])
        self.full = f"{self.first} {self.last}"
        self.age = rng.randint(8, 13)
        self.yob = 2026 - self.age
        self.dobd, self.dobm = rng.randint(1, 28), rng.randint(1, 12)
        self.dob = R["dob"](self.dobd, self.dobm, self.yob)
        self.grade = R["grade"](self.age)
        self.street = rng.choice(R["streets"])
        self.nstreet = rng.choice([s for s in R["streets"] if split_street(s)])
        self.cityline = rng.choice(R["cityline"])
        self.town = rng.choice(R["towns"])
        self.phone = rng.choice(R["phones"])
        self.school = rng.choice(R["schools"])
        self.club = rng.choice(R["clubs"])
        w = rng.choice(HANDLE_WORDS)
        n = rng.randint(2, 99)
        self.handle = f"{w}{n}" if "." in w else f"{w}_{n}"
        self.email = f"{self.first.lower().replace('í', 'i').replace('ó', 'o')}.{self.last[0].lower()}{self.yob}@{rng.choice(R['mail'])}"
        self.parent = f"{rng.choice(['Sarah', 'David', 'Priya', 'Mark', 'Karen', 'Sipho', 'Fiona', 'Rahul'])} {self.last}"


# --------------------------------------------------------------------------
# Backgrounds
# --------------------------------------------------------------------------
def gradient(w, h, c1, c2, vertical=True):
    a = np.linspace(0, 1, h if vertical else w)[:, None] if vertical else np.linspace(0, 1, w)[None, :]
    c1, c2 = np.array(c1, float), np.array(c2, float)
    g = c1[None, None, :] * (1 - a[..., None]) + c2[None, None, :] * a[..., None]
    g = np.broadcast_to(g, (h, w, 3))
    return Image.fromarray(g.astype(np.uint8), "RGB")


def lowfreq(w, h, nrng, cells=8):
    small = (nrng.random((max(2, h * cells // max(w, h)), max(2, w * cells // max(w, h)))) * 255).astype(np.uint8)
    return np.asarray(Image.fromarray(small, "L").resize((w, h), Image.BICUBIC), float) / 255.0


def texture(w, h, seed, kind, base):
    nrng = np.random.default_rng(seed)
    base = np.array(base, float)
    lf = lowfreq(w, h, nrng, 6)
    fine = nrng.normal(0, 1, (h, w))
    if kind == "wood":
        xs = np.arange(w)[None, :]
        lf2 = lowfreq(w, h, nrng, 3)
        s = np.sin(xs * 0.05 + lf2 * 25.0) * 0.5 + 0.5
        v = 0.75 + 0.2 * s + 0.05 * lf
        arr = base[None, None, :] * v[..., None] + fine[..., None] * 4
    elif kind == "brick":
        arr = np.ones((h, w, 3)) * base
        bh, bw = max(20, h // 18), max(40, w // 9)
        yy, xx = np.mgrid[0:h, 0:w]
        row = yy // bh
        off = (row % 2) * (bw // 2)
        mortar = ((yy % bh) < 4) | (((xx + off) % bw) < 4)
        var = lowfreq(w, h, nrng, 40)
        arr = arr * (0.8 + 0.35 * var[..., None])
        arr[mortar] = [190, 185, 175]
        arr += fine[..., None] * 8
    elif kind == "fabric":
        yy, xx = np.mgrid[0:h, 0:w]
        weave = (np.sin(xx * 0.9) * np.sin(yy * 0.9)) * 0.06
        arr = base[None, None, :] * (0.9 + weave + 0.1 * lf)[..., None] + fine[..., None] * 5
    elif kind == "cardboard":
        yy = np.arange(h)[:, None]
        flute = np.sin(yy * 0.6) * 0.02
        arr = base[None, None, :] * (0.88 + 0.15 * lf + flute)[..., None] + fine[..., None] * 6
    elif kind == "paper":
        arr = base[None, None, :] * (0.96 + 0.05 * lf)[..., None] + fine[..., None] * 3
    else:  # noise / photo-ish blotches
        lf2 = lowfreq(w, h, nrng, 3)
        arr = base[None, None, :] * (0.7 + 0.3 * lf + 0.2 * lf2)[..., None] + fine[..., None] * 10
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def add_noise(img, seed, sigma):
    nrng = np.random.default_rng(seed)
    a = np.asarray(img, float) + nrng.normal(0, sigma, (img.height, img.width, 1))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


# --------------------------------------------------------------------------
# Scene with leak tracking
# --------------------------------------------------------------------------
def rot_point(px, py, w, h, nw, nh, ang):
    a = math.radians(ang)
    dx, dy = px - w / 2.0, py - h / 2.0
    return (math.cos(a) * dx + math.sin(a) * dy + nw / 2.0, -math.sin(a) * dx + math.cos(a) * dy + nh / 2.0)


def rot_box(box, w, h, nw, nh, ang):
    x, y, bw, bh = box
    pts = [rot_point(px, py, w, h, nw, nh, ang) for px, py in ((x, y), (x + bw, y), (x, y + bh), (x + bw, y + bh))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]


class Scene:
    def __init__(self, img):
        self.img = img
        self.d = ImageDraw.Draw(self.img)
        self.leaks = []
        self.nqr = 0

    @property
    def W(self):
        return self.img.width

    @property
    def H(self):
        return self.img.height

    def text(self, xy, s, font, fill, kind=None, anchor=None):
        self.d.text(xy, s, font=font, fill=fill, anchor=anchor)
        bb = self.d.textbbox(xy, s, font=font, anchor=anchor)
        if kind:
            self.leaks.append({"kind": kind, "text": s, "box": [bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]]})
        return bb

    def tw(self, s, font):
        return self.d.textlength(s, font=font)

    def segs(self, xy, parts, font, fill, kfill=None):
        """parts: list of (text, kind|None). Returns end x."""
        x, y = xy
        for t, k in parts:
            self.text((x, y), t, font, (kfill or fill) if k else fill, k)
            x += self.d.textlength(t, font=font)
        return x

    def segs_w(self, parts, font):
        return sum(self.d.textlength(t, font=font) for t, _ in parts)

    def csegs(self, cx, y, parts, font, fill):
        w = self.segs_w(parts, font)
        return self.segs((cx - w / 2, y), parts, font, fill)

    def qr(self, payload, kind, x, y, scale, dark="#000", light="#fff", border=2):
        q = segno.make_qr(payload, error="m")
        buf = io.BytesIO()
        q.save(buf, kind="png", scale=scale, border=border, dark=dark, light=light)
        im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        self.img.paste(im, (int(x), int(y)))
        b = border * scale
        if kind:
            self.leaks.append({"kind": kind, "text": payload, "box": [int(x) + b, int(y) + b, im.width - 2 * b, im.height - 2 * b]})
        self.nqr += 1
        return im.width

    def paste_layer(self, layer, x, y, angle=0.0, shadow=True):
        im = layer.img if layer.img.mode == "RGBA" else layer.img.convert("RGBA")
        w, h = im.size
        if angle:
            r = im.rotate(angle, resample=Image.BICUBIC, expand=True)
        else:
            r = im
        nw, nh = r.size
        if shadow:
            sh = Image.new("RGBA", r.size, (0, 0, 0, 0))
            sh.putalpha(r.getchannel("A").point(lambda v: v * 90 // 255))
            sh = sh.filter(ImageFilter.GaussianBlur(8))
            self.img.paste(sh, (int(x) + 8, int(y) + 10), sh)
        self.img.paste(r, (int(x), int(y)), r)
        for lk in layer.leaks:
            bx = rot_box(lk["box"], w, h, nw, nh, angle) if angle else list(lk["box"])
            bx[0] += int(x)
            bx[1] += int(y)
            self.leaks.append({"kind": lk["kind"], "text": lk["text"], "box": bx})
        self.nqr += layer.nqr


def layer(w, h, fill, radius=0):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    s = Scene(im)
    s.d.rounded_rectangle([0, 0, w - 1, h - 1], radius=radius, fill=fill)
    return s


RECORDS = []


def finish(name, sc, clean, notes, angle=0.0, blur=0.0, noise=0.0, fmt="png", quality=90, seed=0):
    img = sc.img.convert("RGB")
    leaks = sc.leaks
    if angle and (img.width >= 2900 or img.height >= 1950):
        angle = 0.0  # keep the largest images within 3000x2000
    if angle:
        w, h = img.size
        edge = img.getpixel((2, 2))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=edge)
        leaks = [{"kind": l["kind"], "text": l["text"], "box": rot_box(l["box"], w, h, img.width, img.height, angle)} for l in leaks]
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        img = add_noise(img, seed, noise)
    fn = f"img_{name[:3]}.{fmt}"
    path = os.path.join(OUT, fn)
    if fmt == "jpg":
        img.save(path, "JPEG", quality=quality, optimize=False)
    elif fmt == "webp":
        img.save(path, "WEBP", quality=quality, method=4)
    else:
        img.save(path, "PNG")
    W, H = img.size
    out = []
    for l in leaks:
        x0, y0 = max(0, math.floor(l["box"][0])), max(0, math.floor(l["box"][1]))
        x1 = min(W, math.ceil(l["box"][0] + l["box"][2]))
        y1 = min(H, math.ceil(l["box"][1] + l["box"][3]))
        out.append({"kind": l["kind"], "text": l["text"], "box": [x0, y0, x1 - x0, y1 - y0]})
    if sc.nqr:
        notes = f"{notes}; qr={sc.nqr}"
    assert clean == (len(out) == 0), name
    RECORDS.append({"file": f"out/{fn}", "clean": clean, "leaks": out, "faces": None, "notes": notes})


# --------------------------------------------------------------------------
# Shared UI bits
# --------------------------------------------------------------------------
def status_bar(sc, k, fg, bg=None, t="9:41"):
    if bg:
        sc.d.rectangle([0, 0, sc.W, int(28 * k)], fill=bg)
    sc.text((int(16 * k), int(6 * k)), t, F("sansb", 13 * k), fg)
    x = sc.W - int(40 * k)
    sc.d.rounded_rectangle([x, int(9 * k), x + int(24 * k), int(20 * k)], radius=int(3 * k), outline=fg, width=max(1, int(k)))
    sc.d.rectangle([x + int(2 * k), int(11 * k), x + int(18 * k), int(18 * k)], fill=fg)
    for j in range(4):
        bx = sc.W - int(80 * k) + j * int(6 * k)
        sc.d.rectangle([bx, int(20 * k) - j * int(3 * k) - int(3 * k), bx + int(4 * k), int(20 * k)], fill=fg)


def barcode(sc, x, y, w, h, rng, col="#000"):
    xx = x
    while xx < x + w - 4:
        bw = rng.choice([1, 2, 2, 3, 4])
        sc.d.rectangle([xx, y, xx + bw - 1, y + h], fill=col)
        xx += bw + rng.choice([1, 2, 3])


# --------------------------------------------------------------------------
# Leaky families
# --------------------------------------------------------------------------
def chat_messages(R, p, friend, rng, n):
    leaky = [
        [[("hey its ", None), (p.first, "PERSON"), (" from maths", None)]],
        [[("my number is", None)], [(p.phone, "PHONE")]],
        [[("i go to ", None), (p.school, "SCHOOL")]],
        [[("come to mine after school", None)], [(p.street, "ADDRESS")]],
        [[("add me on snap ", None), (p.handle, "HANDLE")]],
        [[(f"im {p.age}", "AGE"), (" lol wbu", None)]],
        [[("my email is", None)], [(p.email, "EMAIL")]],
        [[("we just moved to ", None), (p.town, "LOCATION")]],
        [[("my bday is ", None), (p.dob, "DATE_OF_BIRTH")]],
        [[("training at ", None), (p.club, "ORG")], [("sat 10am", None)]],
        [[("im in ", None), (p.grade, "AGE"), (" now", None)]],
        [[("ask my mum ", None), (p.parent, "PERSON")]],
        [[("sub to my channel", None)], [("youtube.com/@" + p.handle.replace("_", ""), "URL")]],
        [[("follow me ", None), ("tiktok.com/@" + p.handle, "URL")]],
    ]
    clean = [[[("lol", None)]], [[("ok see u tmrw", None)]], [[("did u do the homework??", None)]], [[("GG", None)]],
             [[("wait what", None)]], [[("brb dinner", None)]], [[("thats so funny", None)]], [[("ok", None)]]]
    rng.shuffle(leaky)
    rng.shuffle(clean)
    msgs = []
    for j in range(n):
        src = leaky if (j % 2 == 0 or j == n - 1) else clean
        msgs.append((rng.random() < 0.5, src.pop()))
    return msgs


def fam_chat(idx, i):
    rng = random.Random(1000 + i)
    R = REG[REGIONS[i % 8]]
    p, friend = P(R, rng), P(R, rng)
    style = ["imessage", "whatsapp", "whatsapp_dark", "discord", "insta", "snap", "imessage_dark"][i % 7]
    W, H = [(540, 960), (1080, 1920), (720, 1280)][i % 3]
    k = W / 540
    dark = style in ("whatsapp_dark", "discord", "imessage_dark")
    th = {
        "imessage": dict(bg=(255, 255, 255), hdr=(246, 246, 246), hfg=(0, 0, 0), me=(10, 132, 255), mefg=(255, 255, 255), them=(229, 229, 234), themfg=(0, 0, 0)),
        "imessage_dark": dict(bg=(0, 0, 0), hdr=(28, 28, 30), hfg=(255, 255, 255), me=(10, 132, 255), mefg=(255, 255, 255), them=(38, 38, 41), themfg=(255, 255, 255)),
        "whatsapp": dict(bg=(236, 229, 221), hdr=(7, 94, 84), hfg=(255, 255, 255), me=(220, 248, 198), mefg=(17, 27, 33), them=(255, 255, 255), themfg=(17, 27, 33)),
        "whatsapp_dark": dict(bg=(11, 20, 26), hdr=(31, 44, 52), hfg=(233, 237, 239), me=(0, 92, 75), mefg=(233, 237, 239), them=(31, 44, 52), themfg=(233, 237, 239)),
        "discord": dict(bg=(49, 51, 56), hdr=(43, 45, 49), hfg=(242, 243, 245), me=None, mefg=(219, 222, 225), them=None, themfg=(219, 222, 225)),
        "insta": dict(bg=(255, 255, 255), hdr=(255, 255, 255), hfg=(0, 0, 0), me=(120, 60, 230), mefg=(255, 255, 255), them=(239, 239, 239), themfg=(0, 0, 0)),
        "snap": dict(bg=(255, 255, 255), hdr=(255, 255, 255), hfg=(0, 0, 0), me=None, mefg=(0, 0, 0), them=None, themfg=(0, 0, 0)),
    }[style]
    sc = Scene(Image.new("RGB", (W, H), th["bg"]))
    if style == "whatsapp":
        for yy in range(0, H, int(40 * k)):
            for xx in range(0, W, int(40 * k)):
                if rng.random() < 0.3:
                    sc.d.ellipse([xx, yy, xx + 6 * k, yy + 6 * k], outline=(222, 214, 204))
    hh = int(88 * k)
    sc.d.rectangle([0, 0, W, hh], fill=th["hdr"])
    status_bar(sc, k, th["hfg"])
    hf = F(rng.choice(SANSB), 17 * k)
    if style == "discord":
        sc.text((int(16 * k), int(46 * k)), "# general", hf, th["hfg"])
        sc.text((int(16 * k) + sc.tw("# general  ", hf), int(50 * k)), "study group", F("sans", 12 * k), (148, 155, 164))
    elif style in ("insta", "snap"):
        sc.d.ellipse([int(50 * k), int(38 * k), int(86 * k), int(74 * k)], fill=(200, 120, 160))
        sc.text((int(96 * k), int(40 * k)), friend.full if style == "snap" else friend.handle, hf, th["hfg"], "PERSON" if style == "snap" else "HANDLE")
        sc.text((int(96 * k), int(62 * k)), "Active now", F("sans", 11 * k), (140, 140, 140))
    else:
        sc.d.ellipse([W // 2 - int(18 * k), int(30 * k), W // 2 + int(18 * k), int(66 * k)], fill=(150, 160, 175))
        sc.text((W // 2, int(70 * k)), friend.full, F("sans", 12 * k), th["hfg"], "PERSON", anchor="mt")
    y = hh + int(18 * k)
    sc.text((W // 2, y), rng.choice(["Today 4:12 PM", "Yesterday 20:47", "Fri 16:03"]), F("sans", 11 * k), (140, 140, 140), anchor="mt")
    y += int(28 * k)
    fsize = rng.choice([14, 15, 16, 17]) * k
    font = F(rng.choice(SANS), fsize)
    msgs = chat_messages(R, p, friend, rng, rng.randint(5, 7))
    lh = int(fsize * 1.35)
    for me, lines in msgs:
        if y > H - int(150 * k):
            break
        tw = max(sc.segs_w(l, font) for l in lines)
        if style == "discord":
            who = p.handle if me else friend.handle
            sc.d.ellipse([int(14 * k), y, int(50 * k), y + int(36 * k)], fill=(88, 101, 242) if me else (235, 69, 158))
            sc.text((int(62 * k), y), who, F("sansb", 14 * k), (255, 190, 90) if me else (120, 200, 255), "HANDLE")
            sc.text((int(62 * k) + sc.tw(who + "  ", F("sansb", 14 * k)), y + int(2 * k)), "Today at 4:1" + str(rng.randint(0, 9)) + " PM", F("sans", 10 * k), (148, 155, 164))
            yy = y + int(22 * k)
            for l in lines:
                sc.segs((int(62 * k), yy), l, font, th["themfg"])
                yy += lh
            y = yy + int(14 * k)
            continue
        if style == "snap":
            lab = "ME" if me else friend.first.upper()
            col = (242, 60, 87) if me else (14, 173, 255)
            sc.text((int(18 * k), y), lab, F("sansb", 11 * k), col, None if me else "PERSON")
            y += int(18 * k)
            sc.d.rectangle([int(14 * k), y, int(16 * k), y + lh * len(lines)], fill=col)
            for l in lines:
                sc.segs((int(24 * k), y), l, font, th["mefg"])
                y += lh
            y += int(14 * k)
            continue
        pad = int(12 * k)
        bw, bh = tw + 2 * pad, lh * len(lines) + pad
        if style.startswith("whatsapp"):
            bw += int(40 * k)
            bh += int(6 * k)
        x0 = W - int(14 * k) - bw if me else int(14 * k)
        sc.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(16 * k), fill=th["me"] if me else th["them"])
        yy = y + pad // 2
        for l in lines:
            sc.segs((x0 + pad, yy), l, font, th["mefg"] if me else th["themfg"])
            yy += lh
        if style.startswith("whatsapp"):
            sc.text((x0 + bw - int(6 * k), y + bh - int(2 * k)), "16:0" + str(rng.randint(0, 9)), F("sans", 9 * k), (120, 130, 130), anchor="rb")
        y += bh + int(10 * k)
    # input bar
    sc.d.rounded_rectangle([int(12 * k), H - int(60 * k), W - int(12 * k), H - int(22 * k)], radius=int(19 * k),
                           fill=(40, 40, 44) if dark else (240, 240, 240))
    sc.text((int(30 * k), H - int(50 * k)), "Message", F("sans", 14 * k), (130, 130, 130))
    fmt = ["png", "png", "jpg", "png", "webp"][i % 5]
    finish(f"{idx:03d}_chat_{style}", sc, False, f"{style} chat screenshot, {REGIONS[i % 8]} wording", fmt=fmt, quality=82)


def fam_game(idx, i):
    rng = random.Random(2000 + i)
    reg = REGIONS[(i + 3) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1280, 720), (1920, 1080), (960, 540), (1600, 900), (1280, 720), (1920, 1080)][i % 6]
    k = W / 1280
    c1, c2 = rng.choice([((20, 10, 50), (90, 20, 120)), ((5, 30, 60), (0, 120, 160)), ((30, 30, 30), (80, 20, 20))])
    sc = Scene(gradient(W, H, c1, c2, vertical=(i % 2 == 0)))
    for _ in range(60):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.randint(1, 3)
        sc.d.ellipse([x, y, x + r, y + r], fill=(200, 200, 255))
    px, py, pw, ph = int(80 * k), int(80 * k), int(1120 * k), int(560 * k)
    sc.d.rounded_rectangle([px, py, px + pw, py + ph], radius=int(20 * k), fill=(10, 10, 20), outline=(255, 200, 0), width=int(3 * k) or 1)
    sc.text((px + int(30 * k), py + int(20 * k)), "PLAYER PROFILE", F("condb", 22 * k), (255, 200, 0))
    sc.d.rectangle([px + int(30 * k), py + int(70 * k), px + int(230 * k), py + int(270 * k)], fill=(60, 160, 90))
    sc.d.polygon([(px + int(130 * k), py + int(90 * k)), (px + int(210 * k), py + int(250 * k)), (px + int(50 * k), py + int(250 * k))], fill=(240, 220, 80))
    tx = px + int(260 * k)
    tag = p.handle.replace(".", "_").upper() if i % 2 else p.handle
    sc.text((tx, py + int(70 * k)), tag, F(rng.choice(["sansb", "monob", "freeb"]), 44 * k), (255, 255, 255), "HANDLE")
    f2 = F(rng.choice(["sans", "mono", "cond"]), 22 * k)
    sc.text((tx, py + int(135 * k)), f"Level {rng.randint(12, 99)}   |   Rank: Diamond II", f2, (180, 220, 255))
    y = py + int(185 * k)
    code = f"SW-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    sc.segs((tx, y), [("Friend Code: ", None), (code, "HANDLE")], f2, (230, 230, 230))
    y += int(44 * k)
    v = i % 3
    if v == 0:
        sc.segs((tx, y), [("Region: ", None), (p.town, "LOCATION"), (f", {reg}", None)], f2, (230, 230, 230))
    elif v == 1:
        sc.segs((tx, y), [("Region: Europe West   Clan: ", None), (p.club, "ORG")], f2, (230, 230, 230))
    else:
        sc.segs((tx, y), [("Real name: ", None), (p.full, "PERSON")], f2, (230, 230, 230))
    y += int(44 * k)
    bio = [("Bio: ", None), (f"{p.age} yo", "AGE"), (" | ", None), (p.school, "SCHOOL"), (" | no scammers", None)]
    if i % 2:
        bio = [("Bio: ", None), (p.grade, "AGE"), (" | dm me ", None), ("@" + p.handle.replace("_", "."), "HANDLE")]
    sc.segs((tx, y), bio, F("sans", 18 * k), (200, 200, 200))
    if i % 3 == 1:
        sc.segs((tx, y + int(34 * k)), [("Streaming at ", None), ("twitch.tv/" + p.handle.replace(".", "_"), "URL")], F("sans", 18 * k), (170, 140, 255))
    if i % 2 == 0:
        url = f"https://play.starforge.example/friend/{p.handle.replace('.', '_')}"
        q = segno.make_qr(url, error="m")
        s_ = max(2, int(170 * k / q.symbol_size(scale=1, border=2)[0]))
        sc.qr(url, "URL", px + pw - int(30 * k) - q.symbol_size(scale=s_, border=2)[0], py + int(20 * k), s_)
    stats = [("WINS", rng.randint(40, 900)), ("K/D", round(rng.uniform(0.5, 3), 2)), ("MATCHES", rng.randint(300, 5000)), ("HOURS", rng.randint(50, 900))]
    for j, (a, b) in enumerate(stats):
        bx = px + int(30 * k) + j * int(270 * k)
        sc.d.rounded_rectangle([bx, py + int(340 * k), bx + int(250 * k), py + int(500 * k)], radius=int(10 * k), fill=(30, 30, 55))
        sc.text((bx + int(125 * k), py + int(370 * k)), a, F("sansb", 18 * k), (150, 150, 180), anchor="mt")
        sc.text((bx + int(125 * k), py + int(410 * k)), str(b), F("sansb", 44 * k), (255, 255, 255), anchor="mt")
    fmt = ["png", "jpg", "png", "webp", "jpg", "png"][i % 6]
    finish(f"{idx:03d}_game_profile", sc, False, f"game profile screen ({reg}): gamer tag, friend code", fmt=fmt, quality=75)


def fam_parcel(idx, i):
    rng = random.Random(3000 + i)
    reg = REGIONS[(i + 1) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(2000, 1500), (1600, 1200), (3000, 2000), (1200, 1600), (1800, 1350), (2400, 1800)][i % 6]
    sc = Scene(texture(W, H, 3000 + i, "cardboard", (196, 160, 110)))
    lw, lh = int(W * 0.5), int(W * 0.36)
    k = lw / 800
    L = layer(lw, lh, (252, 252, 248, 255), radius=int(8 * k))
    fb = F(rng.choice(SANSB), 26 * k)
    fr = F(rng.choice(SANS + ["mono", "libmono"]), 30 * k)
    L.text((int(24 * k), int(18 * k)), "FROM: Funbrick Toys Ltd, Unit 4 Harbour Ind. Est.", F("sans", 14 * k), (60, 60, 60))
    L.d.line([0, int(48 * k), lw, int(48 * k)], fill=(0, 0, 0), width=max(1, int(2 * k)))
    L.text((int(24 * k), int(62 * k)), "SHIP TO:", fb, (0, 0, 0))
    y = int(100 * k)
    L.text((int(40 * k), y), p.full if i % 3 else p.full.upper(), fr, (0, 0, 0), "PERSON")
    y += int(42 * k)
    L.text((int(40 * k), y), p.street, fr, (0, 0, 0), "ADDRESS")
    y += int(42 * k)
    L.text((int(40 * k), y), p.cityline, fr, (0, 0, 0), "ADDRESS")
    y += int(42 * k)
    L.segs((int(40 * k), y), [("Tel: ", None), (p.phone, "PHONE")], F("sans", 20 * k), (0, 0, 0))
    barcode(L, int(40 * k), int(400 * k), int(480 * k), int(120 * k), rng)
    L.text((int(40 * k), int(530 * k)), f"TRK {rng.randint(10**11, 10**12 - 1)} GB", F("mono", 16 * k), (0, 0, 0))
    L.text((int(560 * k), int(420 * k)), "PRIORITY", F("sansb", 30 * k), (200, 0, 0))
    L.text((int(560 * k), int(460 * k)), f"{rng.randint(1, 4)}.{rng.randint(0, 9)} kg", F("sans", 24 * k), (0, 0, 0))
    ang = rng.uniform(-6, 6)
    sc.paste_layer(L, int(W * 0.22), int(H * 0.2), ang)
    finish(f"{idx:03d}_parcel_label", sc, False, f"parcel shipping label on cardboard ({reg})", fmt="jpg",
           quality=rng.choice([70, 85, 92]), blur=rng.choice([0, 0.8, 1.2]), noise=3, seed=i)


def fam_birthday(idx, i):
    rng = random.Random(4000 + i)
    reg = REGIONS[(i + 2) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1600, 1200), (1080, 1350), (2400, 1600), (1200, 900), (2000, 1500), (1080, 1080)][i % 6]
    k = min(W / 1200, H / 950)
    if i % 2 == 0:  # banner on wall
        sc = Scene(texture(W, H, 4000 + i, "noise", rng.choice([(230, 220, 240), (250, 235, 210), (210, 230, 245)])))
        cols = [(230, 60, 90), (60, 160, 230), (250, 200, 40), (90, 200, 120), (180, 90, 220)]
        for j in range(14):
            x = int(j * W / 14)
            sc.d.polygon([(x, int(60 * k)), (x + int(W / 14), int(60 * k)), (x + int(W / 28), int(150 * k))], fill=cols[j % 5])
        sc.d.line([0, int(60 * k), W, int(60 * k)], fill=(90, 60, 30), width=int(4 * k))
        f = F(rng.choice(["sansb", "freeserifb", "libserifb", "script"]), 90 * k)
        sc.text((W // 2, int(260 * k)), "HAPPY BIRTHDAY", f, cols[i % 5], anchor="mm")
        nm = p.first.upper() if i % 4 == 0 else p.first
        sc.csegs(W // 2, int(420 * k), [(nm, "PERSON"), ("!", None)], F("script", 130 * k), (40, 40, 120))
        sc.text((W // 2, int(600 * k)), f"{ordinal(p.age).upper()} BIRTHDAY" if i % 4 else f"YOU'RE {p.age}", F("sansb", 70 * k),
                (230, 60, 90), "AGE", anchor="mt")
        if i % 4 == 2:
            sc.segs((int(60 * k), H - int(90 * k)), [("Party at ", None), (p.street, "ADDRESS"), (" - Sat 2pm", None)], F("hand1", 40 * k), (60, 60, 60))
        notes = "birthday banner with child's name and age"
    else:  # cake topper
        sc = Scene(gradient(W, H, (250, 240, 230), (200, 180, 170)))
        cx = W // 2
        sc.d.rectangle([cx - int(380 * k), int(520 * k), cx + int(380 * k), int(820 * k)], fill=(250, 210, 220))
        sc.d.ellipse([cx - int(380 * k), int(460 * k), cx + int(380 * k), int(580 * k)], fill=(255, 235, 240))
        sc.d.ellipse([cx - int(380 * k), int(760 * k), cx + int(380 * k), int(880 * k)], fill=(250, 210, 220))
        for j in range(-2, 3):
            sc.d.line([cx + j * int(90 * k), int(300 * k), cx + j * int(90 * k), int(520 * k)], fill=(200, 170, 60), width=int(4 * k))
        sc.text((cx, int(250 * k)), p.first, F("script", 150 * k), (212, 175, 55), "PERSON", anchor="ms")
        sc.text((cx, int(470 * k)), str(p.age), F("freeserifb", 190 * k), (212, 175, 55), "AGE", anchor="ms")
        for j in range(6):
            x = cx - int(300 * k) + j * int(120 * k)
            sc.d.rectangle([x, int(380 * k), x + int(14 * k), int(500 * k)], fill=cols_c(j))
            sc.d.ellipse([x - int(4 * k), int(350 * k), x + int(18 * k), int(385 * k)], fill=(255, 190, 40))
        notes = "cake topper with name and age number"
    finish(f"{idx:03d}_birthday", sc, False, notes, fmt=rng.choice(["jpg", "jpg", "png"]), quality=80,
           angle=rng.choice([0, 2.5, -3]), blur=rng.choice([0, 1.0]), noise=4, seed=i)


def cols_c(j):
    return [(230, 60, 90), (60, 160, 230), (250, 200, 40), (90, 200, 120), (180, 90, 220), (255, 140, 0)][j % 6]


def _bbox_of(sc, xy, full, font, part):
    """box of the leading `part` of text `full` drawn at xy (la anchor)."""
    # remove the auto-recorded leak? text() above was called without kind -> nothing recorded
    x, y = xy
    bb = sc.d.textbbox((x, y), part, font=font)
    return [bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]]


def fam_school_sign(idx, i):
    rng = random.Random(5000 + i)
    reg = REGIONS[(i + 4) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(2400, 1600), (1600, 1200), (3000, 2000), (1280, 960), (2000, 1333), (1800, 1200)][i % 6]
    k = W / 1600
    sc = Scene(gradient(W, H, (120, 170, 230), (220, 235, 250)))
    grass = texture(W, H // 3, 5000 + i, "noise", (70, 140, 60))
    sc.img.paste(grass, (0, H - H // 3))
    wall = texture(W, int(H * 0.3), 5100 + i, "brick", (160, 70, 50))
    sc.img.paste(wall, (0, H - H // 3 - int(H * 0.3) + 20))
    sw, sh = int(1000 * k), int(420 * k)
    col = rng.choice([((20, 60, 120), (255, 255, 255)), ((0, 90, 50), (255, 230, 120)), ((120, 20, 40), (255, 255, 255)), ((245, 245, 240), (20, 40, 90))])
    L = layer(sw, sh, col[0] + (255,), radius=int(16 * k))
    L.d.rounded_rectangle([int(10 * k), int(10 * k), sw - int(10 * k), sh - int(10 * k)], radius=int(12 * k), outline=col[1], width=int(4 * k))
    L.text((sw // 2, int(40 * k)), "WELCOME TO" if i % 2 else "Fáilte / Welcome" if reg == "IE" else "WELCOME TO", F("sans", 34 * k), col[1], anchor="mt")
    fs = 70 * k
    fname = rng.choice(["serifb", "libserifb", "sansb", "freeserifb"])
    f = F(fname, fs)
    while L.tw(p.school, f) > sw - 60 * k:
        fs -= 4 * k
        f = F(fname, fs)
    L.text((sw // 2, int(110 * k)), p.school, f, col[1], "SCHOOL", anchor="mt")
    y = int(230 * k)
    head = rng.choice(["Mrs", "Mr", "Ms", "Dr"]) + " " + rng.choice("ABCDJKMS") + ". " + rng.choice(R["last"])
    L.csegs(sw // 2, y, [("Principal: " if reg in ("US", "CA", "AU", "ZA", "IN", "NZ") else "Headteacher: ", None), (head, "PERSON")], F("sans", 30 * k), col[1])
    y += int(50 * k)
    L.text((sw // 2, y), f"{p.street.split(',')[-1].strip()}, {p.cityline}" if i % 2 == 0 else p.cityline, F("sans", 26 * k), col[1], "ADDRESS", anchor="mt")
    y += int(44 * k)
    L.csegs(sw // 2, y, [("Tel ", None), (p.phone, "PHONE")], F("sans", 24 * k), col[1])
    ang = rng.uniform(-3, 3)
    sc.paste_layer(L, (W - sw) // 2, int(H * 0.18), ang)
    if i % 3 == 1:  # gate bars
        for x in range(0, W, int(90 * k)):
            sc.d.rectangle([x, int(H * 0.55), x + int(10 * k), H], fill=(25, 25, 25))
        sc.d.rectangle([0, int(H * 0.6), W, int(H * 0.6) + int(12 * k)], fill=(25, 25, 25))
    finish(f"{idx:03d}_school_sign", sc, False, f"school sign/gate photo ({reg})" + ("; gate bars" if i % 3 == 1 else ""),
           fmt="jpg", quality=rng.choice([65, 80, 90]), blur=rng.choice([0, 0.7, 1.5]), noise=5, seed=i)


def fam_name_label(idx, i):
    rng = random.Random(6000 + i)
    reg = REGIONS[(i + 5) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1600, 1200), (1200, 1600), (2000, 1500), (1024, 768), (1500, 1500), (2400, 1800)][i % 6]
    k = min(W / 1600, H / 1250)
    sc = Scene(texture(W, H, 6000 + i, rng.choice(["wood", "fabric", "noise"]), rng.choice([(170, 120, 70), (200, 200, 210), (150, 170, 190)])))
    if i % 2 == 0:  # lunch box
        bx = layer(int(1100 * k), int(700 * k), cols_c(i) + (255,), radius=int(60 * k))
        bx.d.rounded_rectangle([int(40 * k), int(40 * k), int(1060 * k), int(120 * k)], radius=int(30 * k), fill=tuple(max(0, c - 40) for c in cols_c(i)))
        lab = layer(int(620 * k), int(240 * k), (255, 255, 255, 255), radius=int(30 * k))
        lab.text((int(30 * k), int(20 * k)), "This lunch box belongs to:", F("sans", 26 * k), (90, 90, 90))
        fn = F(rng.choice(["sansb", "script", "freeb", "hand1"]), 64 * k)
        lab.text((int(30 * k), int(60 * k)), p.full if i % 4 == 0 else f"{p.first} {p.last[0]}.", fn, (20, 20, 20), "PERSON")
        lab.segs((int(30 * k), int(170 * k)), [(p.grade, "AGE"), (" - ", None), (p.school, "SCHOOL")], F("sans", 24 * k), (60, 60, 60))
        bx.paste_layer(lab, int(240 * k), int(260 * k), rng.uniform(-4, 4), shadow=False)
        sc.paste_layer(bx, int(250 * k), int(250 * k), rng.uniform(-5, 5))
        notes = "name label sticker on a lunch box"
    else:  # book plate
        bk = layer(int(900 * k), int(1100 * k), (250, 246, 235, 255), radius=int(6 * k))
        bk.d.rectangle([int(80 * k), int(120 * k), int(820 * k), int(700 * k)], outline=(120, 80, 40), width=int(6 * k))
        bk.text((int(450 * k), int(170 * k)), "This book belongs to", F("freeserifb", 50 * k), (120, 80, 40), anchor="mt")
        hf = F(rng.choice(HANDS), 78 * k)
        ink = rng.choice([(20, 40, 160), (30, 30, 30), (160, 30, 60)])
        bk.text((int(140 * k), int(300 * k)), p.full, hf, ink, "PERSON")
        bk.d.line([int(130 * k), int(395 * k), int(770 * k), int(395 * k)], fill=(120, 80, 40), width=int(2 * k))
        bk.segs((int(140 * k), int(440 * k)), [("Class: ", None)], F("freeserif", 40 * k), (120, 80, 40))
        bk.text((int(280 * k), int(430 * k)), p.grade, F(rng.choice(HANDS), 56 * k), ink, "AGE")
        bk.text((int(140 * k), int(540 * k)), p.school, F(rng.choice(HANDS), 50 * k), ink, "SCHOOL")
        if i % 3 == 0:
            bk.segs((int(140 * k), int(800 * k)), [("if found please return to ", None)], F("hand1", 34 * k), ink)
            bk.text((int(140 * k), int(850 * k)), p.street, F("hand1", 40 * k), ink, "ADDRESS")
        sc.paste_layer(bk, int(350 * k), int(50 * k), rng.uniform(-4, 4))
        notes = "bookplate inside a book, handwritten name, class, school"
    finish(f"{idx:03d}_name_label", sc, False, notes + f" ({reg})", fmt=rng.choice(["jpg", "jpg", "webp"]), quality=78,
           blur=rng.choice([0, 0.6]), noise=4, seed=i)


def fam_team(idx, i):
    rng = random.Random(7000 + i)
    reg = REGIONS[(i + 6) % 8]
    R = REG[reg]
    p = P(R, rng)
    if i % 2 == 0:  # shirt
        W, H = [(1600, 1600), (2000, 1500), (1200, 1200)][i % 3]
        k = min(W / 1600, H / 1600)
        sc = Scene(texture(W, H, 7000 + i, "wood", (180, 140, 100)))
        c = cols_c(i + 1)
        S = layer(int(1200 * k), int(1300 * k), (0, 0, 0, 0))
        S.d.polygon([(300 * k, 0), (900 * k, 0), (1200 * k, 250 * k), (1050 * k, 420 * k), (950 * k, 350 * k), (950 * k, 1300 * k),
                     (250 * k, 1300 * k), (250 * k, 350 * k), (150 * k, 420 * k), (0, 250 * k)], fill=c + (255,))
        S.d.ellipse([500 * k, -60 * k, 700 * k, 60 * k], fill=(0, 0, 0, 0))
        fg = (255, 255, 255) if sum(c) < 500 else (20, 20, 20)
        S.text((600 * k, 150 * k), p.club, F("sansb", 36 * k), fg, "ORG", anchor="mt")
        S.text((600 * k, 260 * k), p.last.upper(), F(rng.choice(["sansb", "condb", "libnb"]), 110 * k), fg, "PERSON", anchor="mt")
        S.text((600 * k, 420 * k), str(rng.randint(2, 23)), F("sansb", 400 * k), fg, anchor="mt")
        S.text((600 * k, 1120 * k), R["agegroup"], F("sansb", 60 * k), fg, "AGE", anchor="mt")
        sc.paste_layer(S, int(200 * k), int(150 * k), rng.uniform(-3, 3))
        notes = "back of a team shirt: club, surname, age group"
        fmt = "jpg"
    else:  # certificate
        W, H = [(2000, 1414), (1414, 1000), (2800, 1980)][i % 3]
        k = W / 2000
        sc = Scene(texture(W, H, 7000 + i, "paper", (250, 246, 232)))
        c = cols_c(i)
        sc.d.rectangle([40 * k, 40 * k, W - 40 * k, H - 40 * k], outline=c, width=int(18 * k))
        sc.d.rectangle([80 * k, 80 * k, W - 80 * k, H - 80 * k], outline=(180, 150, 60), width=int(4 * k))
        sc.text((W // 2, 180 * k), "Certificate of Achievement", F(rng.choice(["freeserifb", "libserifb", "serifb"]), 110 * k), (60, 40, 20), anchor="mt")
        sc.text((W // 2, 360 * k), "This certificate is proudly presented to", F("freeserif", 50 * k), (60, 60, 60), anchor="mt")
        sc.text((W // 2, 460 * k), p.full, F("script", 130 * k), c, "PERSON", anchor="mt")
        award = rng.choice(["Player of the Season", "Most Improved Player", "Swimming 50m Freestyle", "Best Sportsmanship"])
        sc.text((W // 2, 680 * k), f"for {award}", F("freeserif", 56 * k), (60, 60, 60), anchor="mt")
        sc.csegs(W // 2, 790 * k, [(p.club, "ORG"), ("  -  ", None), (R["agegroup"], "AGE"), ("  -  Season 2025/26", None)], F("freeserifb", 50 * k), (60, 40, 20))
        coach = f"{rng.choice(['Mark', 'Joanne', 'Sean', 'Priya', 'Tom'])} {rng.choice(R['last'])}"
        sc.d.line([300 * k, 1080 * k, 850 * k, 1080 * k], fill=(60, 60, 60), width=int(3 * k))
        sc.text((320 * k, 990 * k), coach, F("hand2", 70 * k), (30, 30, 120), "PERSON")
        sc.text((300 * k, 1100 * k), "Coach", F("freeserif", 40 * k), (60, 60, 60))
        sc.text((1200 * k, 1100 * k), "Date", F("freeserif", 40 * k), (60, 60, 60))
        sc.d.line([1200 * k, 1080 * k, 1700 * k, 1080 * k], fill=(60, 60, 60), width=int(3 * k))
        sc.text((1220 * k, 1000 * k), rng.choice(["14 June 2026", "21/03/2026", "May 2026"]), F("hand2", 56 * k), (30, 30, 120))
        notes = "club certificate: name, club, age group, coach"
        fmt = rng.choice(["png", "jpg"])
    finish(f"{idx:03d}_team", sc, False, notes + f" ({reg})", fmt=fmt, quality=85, angle=rng.choice([0, 0, 1.8, -2.2]),
           noise=3, seed=i)


def fam_house(idx, i):
    rng = random.Random(8000 + i)
    reg = REGIONS[(i + 7) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(3000, 2000), (2000, 1500), (1600, 1200), (2400, 1800), (1200, 1600), (2000, 2000)][i % 6]
    k = W / 2000
    sc = Scene(texture(W, H, 8000 + i, rng.choice(["brick", "noise"]), rng.choice([(150, 70, 50), (200, 195, 180), (170, 160, 150)])))
    num, street = split_street(p.nstreet)
    # plaque
    pw, ph = int(360 * k), int(260 * k)
    pl = layer(pw, ph, rng.choice([(20, 20, 20, 255), (240, 240, 235, 255), (30, 60, 110, 255)]), radius=int(ph // 2))
    fg = (240, 240, 240) if pl.img.getpixel((pw // 2, ph // 2))[0] < 100 else (20, 20, 20)
    pl.text((pw // 2, ph // 2), num, F(rng.choice(["serifb", "freeserifb", "sansb"]), 150 * k), fg, "ADDRESS", anchor="mm")
    sc.paste_layer(pl, int(W * 0.58), int(H * 0.45), rng.uniform(-4, 4))
    # street sign
    sw, sh = int(1000 * k), int(220 * k)
    if reg in ("US", "CA"):
        sg = layer(sw, sh, (0, 110, 60, 255), radius=int(14 * k))
        sg.d.rounded_rectangle([8 * k, 8 * k, sw - 8 * k, sh - 8 * k], radius=int(10 * k), outline=(255, 255, 255), width=int(4 * k))
        sg.text((sw // 2, sh // 2), street, F("libnb", 110 * k), (255, 255, 255), "ADDRESS", anchor="mm")
    else:
        sg = layer(sw, sh, (255, 255, 255, 255), radius=int(6 * k))
        sg.d.rectangle([8 * k, 8 * k, sw - 8 * k, sh - 8 * k], outline=(0, 0, 0), width=int(5 * k))
        sg.text((sw // 2, int(80 * k)), street.upper(), F("sansb", 80 * k), (0, 0, 0), "ADDRESS", anchor="mm")
        area = p.cityline.split(",")[0] if "," in p.cityline else p.town
        sg.text((sw // 2, int(170 * k)), area, F("sans", 44 * k), (200, 0, 0), "LOCATION", anchor="mm")
    sc.paste_layer(sg, int(W * 0.08), int(H * 0.1), rng.uniform(-3, 3))
    # door edge
    sc.d.rectangle([int(W * 0.8), int(H * 0.2), W, H], fill=rng.choice([(30, 60, 40), (120, 20, 30), (20, 40, 90)]))
    finish(f"{idx:03d}_house_plaque", sc, False, f"house number plaque next to a street sign ({reg})", fmt="jpg",
           quality=rng.choice([60, 75, 88]), blur=rng.choice([0, 1.0, 2.0]), noise=5, seed=i, angle=rng.choice([0, 2]))


def fam_timetable(idx, i):
    rng = random.Random(9000 + i)
    reg = REGIONS[i % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1240, 1754), (2480, 3508 // 2 + 200), (1000, 1414), (1654, 2339), (1240, 1754), (1100, 1556)][i % 6]
    W, H = min(W, 3000), min(H, 2000)
    k = W / 1240
    sc = Scene(texture(W, H, 9000 + i, "paper", (252, 252, 250)))
    teacher = rng.choice(["Mr", "Mrs", "Ms"]) + " " + rng.choice(R["last"])
    hf = F(rng.choice(["sansb", "libb", "freeb"]), 40 * k)
    sc.text((60 * k, 50 * k), p.school, hf, (20, 40, 100), "SCHOOL")
    f = F(rng.choice(["sans", "lib", "free"]), 24 * k)
    if i % 2 == 0:
        cls = p.grade + rng.choice(["C", "B", " Kowhai", " Red"])
        sc.segs((60 * k, 110 * k), [("Class timetable - ", None), (p.grade, "AGE"), (cls[len(p.grade):] + "  |  Teacher: ", None), (teacher, "PERSON")], f, (40, 40, 40))
        days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
        subj = ["Maths", "English", "Science", "PE", "Art", "Music", "History", "Reading", "Geography", "Assembly", "ICT"]
        x0, y0, cw, rh = 60 * k, 200 * k, 220 * k, 120 * k
        for c, d in enumerate(days):
            sc.d.rectangle([x0 + c * cw, y0, x0 + (c + 1) * cw, y0 + 60 * k], fill=(200, 220, 245), outline=(0, 0, 0))
            sc.text((x0 + c * cw + cw / 2, y0 + 30 * k), d, F("sansb", 24 * k), (0, 0, 0), anchor="mm")
            for r in range(6):
                yy = y0 + 60 * k + r * rh
                if yy + rh > H - 200 * k:
                    break
                sc.d.rectangle([x0 + c * cw, yy, x0 + (c + 1) * cw, yy + rh], outline=(0, 0, 0))
                sc.text((x0 + c * cw + cw / 2, yy + rh / 2), rng.choice(subj), F("sans", 22 * k), (30, 30, 30), anchor="mm")
        yb = min(H - 150 * k, y0 + 60 * k + 6 * rh + 40 * k)
        sc.segs((60 * k, yb), [("Name: ", None)], f, (40, 40, 40))
        sc.text((60 * k + sc.tw("Name: ", f), yb - 10 * k), p.full, F(rng.choice(HANDS), 40 * k), (20, 40, 160), "PERSON")
        notes = "class timetable with school, class, teacher, pupil name"
    else:
        sc.text((60 * k, 110 * k), "Homework sheet - Fractions", F("sansb", 30 * k), (40, 40, 40))
        sc.segs((60 * k, 170 * k), [("Name: ", None)], f, (40, 40, 40))
        sc.text((60 * k + sc.tw("Name: ", f), 158 * k), p.first, F(rng.choice(HANDS), 40 * k), (20, 20, 20), "PERSON")
        sc.segs((640 * k, 170 * k), [("Class: ", None)], f, (40, 40, 40))
        sc.text((640 * k + sc.tw("Class: ", f), 158 * k), p.grade, F(rng.choice(HANDS), 40 * k), (20, 20, 20), "AGE")
        sc.segs((60 * k, 230 * k), [("Teacher: ", None), (teacher, "PERSON"), ("   Due: Friday", None)], f, (40, 40, 40))
        y = 320 * k
        for q in range(1, 9):
            if y > H - 120 * k:
                break
            a, b = rng.randint(1, 9), rng.randint(2, 12)
            sc.text((60 * k, y), f"{q}.  {a}/{b} + {rng.randint(1, 9)}/{b} =", F("sans", 28 * k), (30, 30, 30))
            sc.text((560 * k, y - 6 * k), f"{rng.randint(2, 18)}/{b}", F(rng.choice(HANDS), 36 * k), (60, 60, 60))
            y += 110 * k
        notes = "homework sheet with school, pupil name, class, teacher"
    finish(f"{idx:03d}_school_sheet", sc, False, notes + f" ({reg})", fmt=rng.choice(["jpg", "png"]), quality=80,
           angle=rng.choice([0, 1.5, -2.5, 3]), blur=rng.choice([0, 0.5]), noise=2, seed=i)


def fam_card(idx, i):
    rng = random.Random(10000 + i)
    reg = REGIONS[(i + 3) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(2000, 1500), (1600, 1200), (3000, 2000), (1280, 960), (2400, 1600), (1800, 1800)][i % 6]
    k = W / 2000
    sc = Scene(texture(W, H, 10000 + i, rng.choice(["wood", "fabric", "noise"]), rng.choice([(160, 110, 70), (90, 90, 100), (200, 190, 170)])))
    cw, ch = int(1100 * k), int(700 * k)
    c = cols_c(i + 2)
    C = layer(cw, ch, (255, 255, 255, 255), radius=int(40 * k))
    C.d.rounded_rectangle([0, 0, cw, int(170 * k)], radius=int(40 * k), fill=c + (255,))
    C.d.rectangle([0, int(120 * k), cw, int(170 * k)], fill=c + (255,))
    if i % 2 == 0:
        C.text((int(50 * k), int(50 * k)), R["lib"], F("sansb", 56 * k), (255, 255, 255), "ORG")
        C.text((int(50 * k), int(220 * k)), "LIBRARY CARD - JUNIOR", F("sans", 34 * k), (90, 90, 90))
        C.text((int(50 * k), int(290 * k)), p.full, F(rng.choice(SANSB), 60 * k), (20, 20, 20), "PERSON")
        C.segs((int(50 * k), int(380 * k)), [("Branch: ", None), (p.town, "LOCATION")], F("sans", 36 * k), (60, 60, 60))
        barcode(C, int(50 * k), int(470 * k), int(700 * k), int(140 * k), rng)
        C.text((int(50 * k), int(620 * k)), f"2{rng.randint(10**12, 10**13 - 1)}", F("mono", 30 * k), (0, 0, 0))
        notes = "junior library card: library, name, branch"
    else:
        C.text((int(50 * k), int(50 * k)), R["bus"], F("sansb", 60 * k), (255, 255, 255))
        C.d.rectangle([int(50 * k), int(210 * k), int(330 * k), int(560 * k)], fill=(200, 200, 210))
        C.d.ellipse([int(130 * k), int(260 * k), int(250 * k), int(380 * k)], fill=(150, 150, 165))
        C.d.rectangle([int(100 * k), int(400 * k), int(280 * k), int(560 * k)], fill=(150, 150, 165))
        x = int(380 * k)
        C.text((x, int(220 * k)), p.full, F(rng.choice(SANSB), 54 * k), (20, 20, 20), "PERSON")
        C.segs((x, int(310 * k)), [("DOB ", None), (p.dob, "DATE_OF_BIRTH")], F("sans", 38 * k), (50, 50, 50))
        C.segs((x, int(380 * k)), [("School: ", None)], F("sans", 34 * k), (50, 50, 50))
        C.text((x, int(430 * k)), p.school, F("sansb", 38 * k), (50, 50, 50), "SCHOOL")
        C.text((x, int(510 * k)), f"Valid to 07/2027   No. {rng.randint(100000, 999999)}", F("sans", 30 * k), (90, 90, 90))
        notes = "student bus pass: name, DOB, school (photo silhouette)"
    sc.paste_layer(C, int(W * 0.2), int(H * 0.22), rng.uniform(-8, 8))
    finish(f"{idx:03d}_card", sc, False, notes + f" ({reg})", fmt=rng.choice(["jpg", "jpg", "webp"]),
           quality=rng.choice([70, 85]), blur=rng.choice([0, 0.8, 1.6]), noise=4, seed=i)


def fam_form(idx, i):
    rng = random.Random(11000 + i)
    reg = REGIONS[(i + 5) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1240, 1754), (1654, 2000), (1000, 1414), (1500, 2000), (1240, 1754), (2000, 2000)][i % 6]
    k = W / 1240
    sc = Scene(texture(W, H, 11000 + i, "paper", rng.choice([(252, 252, 248), (245, 248, 255), (255, 250, 235)])))
    title_org = p.club
    sc.text((60 * k, 50 * k), title_org, F(rng.choice(["sansb", "serifb", "libb"]), 46 * k), (20, 40, 90), "ORG")
    sc.text((60 * k, 115 * k), rng.choice(["Summer Camp Registration", "New Member Sign-up Form", "Holiday Club Booking Form"]),
            F("sans", 32 * k), (60, 60, 60))
    ink = rng.choice([(20, 40, 170), (25, 25, 25), (10, 90, 40)])
    if i % 6 == 5:
        ink = (175, 180, 205)  # faint pencil, low contrast
    hand = rng.choice(HANDS)
    lf = F(rng.choice(["sans", "lib", "free"]), 24 * k)
    fields = [("Child's full name", p.full, "PERSON"), ("Age", str(p.age), "AGE"), ("Date of birth", p.dob, "DATE_OF_BIRTH"),
              ("Home address", p.street, "ADDRESS"), ("", p.cityline, "ADDRESS"), ("School", p.school, "SCHOOL"),
              ("Parent / guardian", p.parent, "PERSON"), ("Contact phone", p.phone, "PHONE"), ("Email", p.email, "EMAIL"),
              ("Allergies / medical", "none", None), ("T-shirt size", rng.choice(["S", "M", "9-10", "11-12"]), None)]
    y = 210 * k
    for lab, val, kind in fields:
        if y > H - 120 * k:
            break
        if lab:
            sc.text((60 * k, y), lab + ":", lf, (50, 50, 50))
        vx = 380 * k
        sc.d.line([vx - 10 * k, y + 34 * k, W - 60 * k, y + 34 * k], fill=(150, 150, 150), width=max(1, int(k)))
        sz = rng.choice([34, 38, 42]) * k
        sc.text((vx + rng.randint(0, 20) * k, y - 14 * k), val, F(hand, sz), ink, kind)
        y += 80 * k
    sc.text((60 * k, H - 100 * k), "Signed: ______________________   Office use only", F("sans", 20 * k), (120, 120, 120))
    finish(f"{idx:03d}_signup_form", sc, False, f"sign-up form filled in by hand ({reg})", fmt=rng.choice(["jpg", "png", "jpg"]),
           quality=rng.choice([65, 85]), angle=rng.choice([0, -1.5, 2.5]), blur=rng.choice([0, 0.6]), noise=3, seed=i)


def fam_contact(idx, i):
    rng = random.Random(12000 + i)
    reg = REGIONS[(i + 6) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(540, 960), (1080, 1920), (720, 1280)][i % 3]
    k = W / 540
    dark = i % 2 == 1
    bg, fg, sub, line = ((0, 0, 0), (255, 255, 255), (150, 150, 155), (40, 40, 44)) if dark else ((242, 242, 247), (0, 0, 0), (110, 110, 115), (220, 220, 225))
    sc = Scene(Image.new("RGB", (W, H), bg))
    status_bar(sc, k, fg)
    sc.text((16 * k, 44 * k), "< Contacts", F("sans", 16 * k), (10, 132, 255))
    sc.text((W - 16 * k, 44 * k), "Edit", F("sans", 16 * k), (10, 132, 255), anchor="ra")
    sc.d.ellipse([W / 2 - 50 * k, 80 * k, W / 2 + 50 * k, 180 * k], fill=(160, 165, 180))
    sc.text((W / 2, 130 * k), p.first[0] + p.last[0], F("sans", 40 * k), (255, 255, 255), anchor="mm")
    who = p.full if i % 3 else p.parent
    sc.text((W / 2, 196 * k), who, F("sans", 26 * k), fg, "PERSON", anchor="mt")
    y = 260 * k
    rows = [("mobile", p.phone, "PHONE"), ("home", rng.choice(R["phones"]), "PHONE"), ("email", p.email, "EMAIL"),
            ("home address", p.street, "ADDRESS"), ("", p.cityline, "ADDRESS"), ("birthday", p.dob, "DATE_OF_BIRTH")]
    if i % 2 == 0:
        rows.append(("notes", "", None))
    for lab, val, kind in rows:
        if lab:
            sc.d.line([16 * k, y - 8 * k, W, y - 8 * k], fill=line)
            sc.text((20 * k, y), lab, F("sans", 13 * k), sub)
            y += 20 * k
        if val:
            sc.text((20 * k, y), val, F("sans", 17 * k), (10, 132, 255) if kind in ("PHONE", "EMAIL") else fg, kind)
            y += 34 * k
    if i % 2 == 0:
        sc.segs((20 * k, y), [("goes to ", None), (p.school, "SCHOOL"), (" w/ ", None), (p.first, "PERSON")], F("sans", 15 * k), fg)
        y += 40 * k
    if i % 3 == 2:
        payload = f"MECARD:N:{p.last},{p.first};TEL:{p.phone.replace(' ', '')};EMAIL:{p.email};;"
        sc.qr(payload, "PHONE", W / 2 - 90 * k, y + 10 * k, max(2, int(3 * k)))
    finish(f"{idx:03d}_contact_card", sc, False, f"phone contact card ({'dark' if dark else 'light'}, {reg})", fmt="png")


def fam_lostpet(idx, i):
    rng = random.Random(13000 + i)
    reg = REGIONS[(i + 1) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1500, 2000), (1200, 1600), (1350, 1800)][i % 3]
    k = min(W / 1500, H / 2000)
    sc = Scene(texture(W, H, 13000 + i, rng.choice(["wood", "noise"]), (120, 100, 80)))
    pw, ph = int(1100 * k), int(1500 * k)
    P_ = layer(pw, ph, (250, 248, 240, 255))
    pet = rng.choice(["DOG", "CAT", "RABBIT"])
    P_.text((pw // 2, 40 * k), f"LOST {pet}", F("sansb", 140 * k), (200, 0, 0), anchor="mt")
    P_.d.rectangle([200 * k, 230 * k, 900 * k, 700 * k], fill=(180, 170, 160))
    P_.d.ellipse([380 * k, 330 * k, 720 * k, 640 * k], fill=(110, 80, 50))
    pname = rng.choice(["Biscuit", "Luna", "Milo", "Pepper", "Bella", "Coco"])
    P_.text((pw // 2, 730 * k), f"Answers to \"{pname}\"", F("sansb", 60 * k), (20, 20, 20), anchor="mt")
    P_.csegs(pw // 2, 820 * k, [("Last seen near ", None), (p.town, "LOCATION")], F("sans", 46 * k), (20, 20, 20))
    P_.csegs(pw // 2, 890 * k, [("on ", None), (split_street(p.nstreet)[1], "ADDRESS"), (" Tues evening", None)], F("sans", 40 * k), (40, 40, 40))
    P_.csegs(pw // 2, 980 * k, [("Please call ", None), (p.first, "PERSON"), (" on", None)], F("sansb", 56 * k), (20, 20, 20))
    P_.text((pw // 2, 1060 * k), p.phone, F("sansb", 80 * k), (200, 0, 0), "PHONE", anchor="mt")
    if i % 2 == 0:
        tel = "tel:" + p.phone.replace(" ", "").replace("(", "").replace(")", "").replace("-", "")
        q = segno.make_qr(tel, error="m")
        s_ = max(2, int(170 * k / q.symbol_size(scale=1, border=2)[0]))
        P_.qr(tel, "PHONE", 915 * k, 240 * k, s_)
    # tear-off strips with the number rotated 90 degrees
    n = 7
    sw = pw / n
    for j in range(n):
        x = j * sw
        P_.d.line([x, 1200 * k, x, ph], fill=(120, 120, 120), width=max(1, int(2 * k)))
        st = layer(int(290 * k), int(sw - 10 * k), (0, 0, 0, 0))
        st.text((4 * k, 4 * k), p.phone, F("sans", 30 * k), (20, 20, 20), "PHONE")
        P_.paste_layer(st, int(x + 5 * k), int(1205 * k), 90, shadow=False)
    sc.paste_layer(P_, int(200 * k), int((H - ph) / 2), rng.uniform(-3, 3))
    finish(f"{idx:03d}_lost_pet", sc, False, f"lost-pet poster with tear-off phone strips ({reg})", fmt="jpg",
           quality=rng.choice([70, 85]), blur=rng.choice([0, 0.8]), noise=4, seed=i)


def fam_lock(idx, i):
    rng = random.Random(14000 + i)
    reg = REGIONS[(i + 2) % 8]
    R = REG[reg]
    p = P(R, rng)
    W, H = [(1080, 1920), (540, 960), (720, 1280)][i % 3]
    k = W / 540
    c1, c2 = rng.choice([((40, 20, 90), (230, 90, 120)), ((10, 60, 80), (120, 200, 180)), ((20, 20, 30), (80, 80, 120))])
    sc = Scene(gradient(W, H, c1, c2))
    status_bar(sc, k, (255, 255, 255))
    sc.text((W / 2, 70 * k), rng.choice(["Saturday 14 June", "Monday, March 9", "Friday 21 November"]), F("sans", 18 * k), (255, 255, 255), anchor="mt")
    sc.text((W / 2, 95 * k), rng.choice(["9:41", "16:07", "7:22", "21:15"]), F("sansb", 84 * k), (255, 255, 255), anchor="mt")
    friend = P(R, rng)
    notes_ = [
        ("MESSAGES", [(friend.first, "PERSON")], [[("happy ", None), (f"{ordinal(p.age)} birthday", "AGE"), (" ", None), (p.first, "PERSON"), ("!!", None)]]),
        ("SNAPCHAT", [("from ", None), (friend.handle, "HANDLE")], [[("sent you a Snap", None)]]),
        ("SCHOOL APP", [(p.school, "SCHOOL")], [[("Reminder: ", None), (p.grade, "AGE"), (" trip Thursday", None)]]),
        ("FIND MY", [(friend.first, "PERSON"), (" arrived", None)], [[("at ", None), (p.street, "ADDRESS")]]),
        ("WHATSAPP", [(p.parent, "PERSON")], [[("pick u up from ", None), (p.club, "ORG"), (" at 6", None)]]),
        ("MAIL", [(p.email, "EMAIL")], [[("Your order has shipped", None)]]),
        ("WEATHER", [("Rain later", None)], [[("Showers from 3pm, 14°", None)]]),
        ("INSTAGRAM", [("New follower", None)], [[("see ", None), ("instagram.com/" + p.handle, "URL")]]),
    ]
    rng.shuffle(notes_)
    y = 260 * k
    for app, title, body in notes_[: rng.randint(3, 5)]:
        nh = 46 * k + 22 * k * len(body)
        sc.d.rounded_rectangle([12 * k, y, W - 12 * k, y + nh], radius=int(16 * k), fill=(235, 235, 240) if i % 2 else (60, 60, 70))
        fg = (20, 20, 20) if i % 2 else (245, 245, 245)
        sc.text((24 * k, y + 8 * k), app, F("sans", 10 * k), (120, 120, 130) if i % 2 else (190, 190, 200))
        sc.text((W - 24 * k, y + 8 * k), "now", F("sans", 10 * k), (120, 120, 130), anchor="ra")
        sc.segs((24 * k, y + 22 * k), title, F("sansb", 13 * k), fg)
        yy = y + 42 * k
        for l in body:
            sc.segs((24 * k, yy), l, F("sans", 12 * k), fg)
            yy += 22 * k
        y += nh + 10 * k
    if not sc.leaks:
        sc.text((24 * k, y), p.full, F("sans", 13 * k), (255, 255, 255), "PERSON")
    finish(f"{idx:03d}_lock_screen", sc, False, f"lock screen with notifications ({reg})", fmt=rng.choice(["png", "jpg"]), quality=88)


def qr_payloads(p, R, rng, j):
    e = rng.choice(R["e164"])
    lst = [
        ("tel", f"tel:+{e}", "PHONE", "Scan to call my mum"),
        ("sms", f"sms:+{e}?body=Found your child's bag", "PHONE", "Found me? Text my parent"),
        ("mailto", f"mailto:{p.email}", "EMAIL", "Email me!"),
        ("geo", f"geo:{rng.uniform(-40, 55):.5f},{rng.uniform(-120, 170):.5f}", "LOCATION", "our secret den"),
        ("mecard", f"MECARD:N:{p.last},{p.first};TEL:+{e};ADR:{p.street}, {p.cityline};;", "PHONE", "My contact"),
        ("vcard", f"BEGIN:VCARD\nVERSION:3.0\nN:{p.last};{p.first}\nFN:{p.full}\nTEL;TYPE=CELL:+{e}\nADR;TYPE=HOME:;;{p.street};{p.cityline}\nEND:VCARD", "PHONE", "Add my contact"),
        ("wifi", f"WIFI:S:{p.street.replace(' ', '').replace(',', '')}-WiFi;T:WPA;P:{p.first.lower()}{p.yob};;", "ADDRESS", "Guest WiFi"),
        ("whatsapp", f"https://wa.me/{e}", "PHONE", "Chat on WhatsApp"),
        ("telegram", f"https://t.me/{p.handle.replace('.', '_')}", "HANDLE", "Telegram me"),
        ("snapchat", f"https://www.snapchat.com/add/{p.handle.replace('.', '')}", "HANDLE", "Add me on Snapchat"),
        ("discord", f"https://discord.gg/{''.join(rng.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}", "URL", "join our server"),
        ("text", f"If found please return to {p.full}, {p.street}", "ADDRESS", "Property tag"),
        ("text2", f"Hi I'm {p.first}, {p.age}, I go to {p.school}", "SCHOOL", "Scan me"),
    ]
    return lst[j % len(lst)]


def fam_qr(idx, i):
    rng = random.Random(15000 + i)
    reg = REGIONS[(i + 4) % 8]
    R = REG[reg]
    p = P(R, rng)
    typ, payload, kind, caption = qr_payloads(p, R, rng, i)
    v = i % 4
    if v == 0:  # phone screen "my code"
        W, H = [(540, 960), (1080, 1920)][i % 2]
        k = W / 540
        sc = Scene(Image.new("RGB", (W, H), rng.choice([(255, 252, 0), (255, 255, 255), (24, 24, 28)])))
        fg = (0, 0, 0) if sc.img.getpixel((1, 1))[0] > 128 else (255, 255, 255)
        status_bar(sc, k, fg)
        sc.text((W / 2, 90 * k), caption, F("sansb", 22 * k), fg, anchor="mt")
        s = max(2, int(300 * k / segno.make_qr(payload, error="m").symbol_size(scale=1, border=4)[0]))
        qw = segno.make_qr(payload, error="m").symbol_size(scale=s, border=4)[0]
        sc.qr(payload, kind, (W - qw) / 2, 160 * k, s, border=4)
        if typ in ("telegram", "snapchat", "discord"):
            sc.text((W / 2, 160 * k + qw + 20 * k), "@" + p.handle if typ != "discord" else "Ask me for the password", F("sans", 18 * k), fg,
                    "HANDLE" if typ != "discord" else None, anchor="mt")
        fmt, post = "png", {}
    elif v == 1:  # printed sticker on a bag / fabric
        W, H = [(2000, 1500), (1600, 1200), (3000, 2000)][i % 3]
        k = W / 2000
        sc = Scene(texture(W, H, 15000 + i, "fabric", rng.choice([(40, 60, 120), (120, 30, 40), (50, 50, 50)])))
        L = layer(int(700 * k), int(820 * k), (255, 255, 255, 255), radius=int(30 * k))
        q = segno.make_qr(payload, error="m")
        s = max(3, int(560 * k / q.symbol_size(scale=1, border=2)[0]))
        L.qr(payload, kind, 50 * k, 50 * k, s)
        L.text((350 * k, 760 * k), caption, F("sansb", 40 * k), (20, 20, 20), anchor="ms")
        sc.paste_layer(L, int(W * 0.3), int(H * 0.1), rng.uniform(-6, 6))
        fmt, post = "jpg", dict(blur=rng.choice([0, 0.8, 1.4]), noise=5, quality=rng.choice([70, 88]))
    elif v == 2:  # flyer / paper with small QR and text
        W, H = [(1240, 1754), (1000, 1414), (1654, 2000)][i % 3]
        k = W / 1240
        sc = Scene(texture(W, H, 15000 + i, "paper", (250, 250, 245)))
        sc.text((60 * k, 60 * k), rng.choice(["Lemonade stand!", "Dog walking - cheap!", "Babysitting club", "Homemade slime 4 sale"]),
                F(rng.choice(["sansb", "script", "freeb"]), 70 * k), cols_c(i), anchor="la")
        sc.text((60 * k, 200 * k), "Scan the code for details", F("sans", 34 * k), (40, 40, 40))
        q = segno.make_qr(payload, error="m")
        s = max(3, int(380 * k / q.symbol_size(scale=1, border=2)[0]))
        sc.qr(payload, kind, 60 * k, 290 * k, s)
        fmt, post = "png" if i % 2 else "webp", dict(angle=rng.choice([0, 2, -2]), quality=90)
    else:  # small QR in a photo-like scene (keyring tag on wood)
        W, H = [(2400, 1800), (1600, 1200), (2000, 1500)][i % 3]
        k = W / 2000
        sc = Scene(texture(W, H, 15000 + i, "wood", (150, 100, 60)))
        L = layer(int(420 * k), int(420 * k), (245, 245, 245, 255), radius=int(60 * k))
        q = segno.make_qr(payload, error="m")
        s = max(2, int(320 * k / q.symbol_size(scale=1, border=2)[0]))
        L.qr(payload, kind, 40 * k, 40 * k, s)
        sc.paste_layer(L, int(W * 0.4), int(H * 0.3), rng.uniform(-5, 5))
        sc.d.ellipse([W * 0.4 + 160 * k, H * 0.3 - 120 * k, W * 0.4 + 260 * k, H * 0.3 - 20 * k], outline=(200, 200, 210), width=int(12 * k))
        fmt, post = "jpg", dict(blur=rng.choice([0, 0.6]), noise=4, quality=rng.choice([75, 90]))
    finish(f"{idx:03d}_qr_{typ}", sc, False, f"QR code with {typ} payload ({reg})", fmt=fmt, seed=i, **post)


# --------------------------------------------------------------------------
# Clean images with tempting text
# --------------------------------------------------------------------------
def clean_img(idx, i):
    rng = random.Random(20000 + i)
    t = ["scoreboard", "prices", "menu", "movie_poster", "game_over", "rank", "weather", "recipe", "meme", "book_cover",
         "calendar", "brand_qr", "quote", "headings", "chat"][i % 15]
    W, H = [(1280, 720), (1080, 1350), (540, 960), (2000, 1500), (1600, 900), (1080, 1080)][i % 6]
    k = min(W, H) / 720
    sc = Scene(gradient(W, H, tuple(rng.randint(0, 80) for _ in range(3)), tuple(rng.randint(60, 200) for _ in range(3))))
    white = (255, 255, 255)
    if t == "scoreboard":
        sc = Scene(Image.new("RGB", (W, H), (10, 10, 10)))
        sc.text((W / 2, 40 * k), "FULL TIME", F("sansb", 50 * k), (255, 200, 0), anchor="mt")
        sc.text((W / 4, 160 * k), "HOME", F("sansb", 44 * k), white, anchor="mt")
        sc.text((3 * W / 4, 160 * k), "AWAY", F("sansb", 44 * k), white, anchor="mt")
        sc.text((W / 4, 240 * k), str(rng.randint(0, 5)), F("monob", 200 * k), (255, 60, 40), anchor="mt")
        sc.text((3 * W / 4, 240 * k), str(rng.randint(0, 5)), F("monob", 200 * k), (255, 60, 40), anchor="mt")
        sc.text((W / 2, 520 * k), f"PERIOD 2   {rng.randint(0, 89):02d}:{rng.randint(0, 59):02d}   SHOTS 12-7", F("mono", 30 * k), (0, 220, 120), anchor="mt")
    elif t == "prices":
        sc = Scene(texture(W, H, 20000 + i, "noise", (230, 230, 225)))
        for j, (it, pr) in enumerate([("Apples 1kg", "2.49"), ("Milk 2L", "1.95"), ("Bread", "1.20"), ("Crisps 6pk", "3.00"), ("Juice", "0.99")]):
            y = 40 * k + j * 120 * k
            if y > H - 100 * k:
                break
            sc.d.rectangle([40 * k, y, W - 40 * k, y + 100 * k], fill=(255, 230, 0))
            sc.text((60 * k, y + 20 * k), it, F("sansb", 40 * k), (0, 0, 0))
            sc.text((W - 60 * k, y + 10 * k), pr, F("sansb", 70 * k), (200, 0, 0), anchor="ra")
    elif t == "menu":
        sc = Scene(texture(W, H, 20000 + i, "paper", (245, 235, 215)))
        sc.text((W / 2, 30 * k), "MENU", F("freeserifb", 90 * k), (80, 40, 20), anchor="mt")
        for j, (it, pr) in enumerate([("Cheeseburger & fries", "9.50"), ("Margherita pizza", "11.00"), ("Kids pasta", "6.25"), ("Chocolate sundae", "4.75"), ("Milkshake", "3.80")]):
            y = 160 * k + j * 80 * k
            if y > H - 60 * k:
                break
            sc.text((60 * k, y), it, F("freeserif", 40 * k), (40, 30, 20))
            sc.text((W - 60 * k, y), pr, F("freeserifb", 40 * k), (40, 30, 20), anchor="ra")
        sc.text((W / 2, H - 30 * k), "Kids eat free on Tuesdays", F("hand1", 30 * k), (120, 40, 20), anchor="ms")
    elif t == "movie_poster":
        sc.text((W / 2, 40 * k), "TOM HOLLAND   ZENDAYA", F("condb", 34 * k), white, anchor="mt")
        sc.text((W / 2, H / 2 - 60 * k), "GALAXY RUN", F("sansb", min(110 * k, W / 7.5)), (255, 220, 80), anchor="mm")
        sc.text((W / 2, H / 2 + 40 * k), "ONLY IN CINEMAS JULY 4", F("sans", 30 * k), white, anchor="mm")
        sc.text((W / 2, H - 40 * k), "DIRECTED BY STEVEN SPIELBERG   PG-13", F("cond", 20 * k), (200, 200, 200), anchor="ms")
    elif t == "game_over":
        sc = Scene(Image.new("RGB", (W, H), (0, 0, 0)))
        sc.text((W / 2, H / 2 - 40 * k), "GAME OVER", F("monob", 110 * k), (255, 0, 60), anchor="mm")
        sc.text((W / 2, H / 2 + 60 * k), f"SCORE {rng.randint(1000, 99999)}   HI {rng.randint(100000, 999999)}", F("mono", 34 * k), white, anchor="mm")
        sc.text((W / 2, H / 2 + 130 * k), "PRESS START", F("mono", 30 * k), (255, 255, 0), anchor="mm")
    elif t == "rank":
        sc.text((W / 2, 60 * k), "LEVEL UP!", F("sansb", 80 * k), (255, 215, 0), anchor="mt")
        sc.text((W / 2, 200 * k), f"LEVEL {rng.randint(10, 80)}  >  RANK #{rng.randint(2, 999)}", F("sansb", 44 * k), white, anchor="mt")
        sc.text((W / 2, 290 * k), "+2500 XP   Season 7   Battle Pass Tier 42", F("sans", 30 * k), white, anchor="mt")
        sc.text((W / 2, 360 * k), "Player 1 wins!", F("sans", 30 * k), (200, 255, 200), anchor="mt")
    elif t == "weather":
        sc = Scene(gradient(W, H, (60, 130, 220), (150, 200, 250)))
        sc.text((W / 2, 40 * k), "My Location", F("sans", 30 * k), white, anchor="mt")
        sc.text((W / 2, 90 * k), f"{rng.randint(8, 31)}°", F("light", 150 * k), white, anchor="mt")
        sc.text((W / 2, 280 * k), "Mostly Sunny   H:24° L:13°", F("sans", 30 * k), white, anchor="mt")
        for j, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri"]):
            sc.text((W / 2 - 300 * k + j * 150 * k, 380 * k), f"{d}\n{rng.randint(10, 28)}°", F("sans", 28 * k), white, anchor="ma", )
    elif t == "recipe":
        sc = Scene(texture(W, H, 20000 + i, "paper", (255, 250, 240)))
        sc.text((50 * k, 40 * k), "Easy Banana Pancakes", F("serifb", 56 * k), (120, 60, 20))
        sc.text((50 * k, 120 * k), "Serves 4  |  Prep 10 min  |  Cook 15 min", F("sans", 26 * k), (90, 90, 90))
        for j, s in enumerate(["2 ripe bananas", "2 eggs", "120 g flour", "1 tsp baking powder", "200 ml milk", "Cook at medium heat 2 min each side"]):
            sc.text((70 * k, 190 * k + j * 56 * k), "- " + s, F("sans", 30 * k), (40, 40, 40))
    elif t == "meme":
        sc = Scene(texture(W, H, 20000 + i, "noise", (120, 110, 100)))
        f = F("sansb", 70 * k)
        for y, s in ((30 * k, "ME: I'LL SLEEP EARLY"), (H - 110 * k, "ALSO ME AT 3AM:")):
            sc.d.text((W / 2, y), s, font=f, fill=white, anchor="mt", stroke_width=int(4 * k), stroke_fill=(0, 0, 0))
        sc.leaks = []
    elif t == "book_cover":
        sc = Scene(gradient(W, H, (20, 60, 40), (200, 180, 90)))
        sc.text((W / 2, 100 * k), "MATILDA", F("freeserifb", 120 * k), (255, 250, 230), anchor="mt")
        sc.text((W / 2, H - 80 * k), "ROALD DAHL", F("freeserif", 60 * k), (255, 250, 230), anchor="ms")
        sc.text((W / 2, 260 * k), "Illustrated by Quentin Blake", F("hand1", 34 * k), (255, 250, 230), anchor="mt")
    elif t == "calendar":
        sc = Scene(Image.new("RGB", (W, H), (255, 255, 255)))
        sc.text((40 * k, 30 * k), "DECEMBER 2026", F("sansb", 50 * k), (200, 0, 0))
        for d in range(1, 32):
            c, r = (d + 1) % 7, (d + 1) // 7
            x, y = 40 * k + c * 90 * k, 120 * k + r * 90 * k
            if x + 80 * k > W or y + 80 * k > H:
                continue
            sc.d.rectangle([x, y, x + 86 * k, y + 86 * k], outline=(180, 180, 180))
            sc.text((x + 6 * k, y + 4 * k), str(d), F("sans", 22 * k), (0, 0, 0))
            if d in (25, 26, 31):
                sc.text((x + 4 * k, y + 50 * k), {25: "Xmas", 26: "Boxing", 31: "NYE"}[d], F("sans", 14 * k), (200, 0, 0))
    elif t == "brand_qr":
        sc = Scene(Image.new("RGB", (W, H), (250, 250, 250)))
        sc.text((W / 2, 40 * k), "FUNBRICK TOYS - 20% OFF", F("sansb", 44 * k), (220, 40, 40), anchor="mt")
        q = segno.make_qr("https://www.funbricktoys.example.com/sale?src=poster", error="m")
        s = max(3, int(360 * k / q.symbol_size(scale=1, border=2)[0]))
        sc.qr("https://www.funbricktoys.example.com/sale?src=poster", None, W / 2 - q.symbol_size(scale=s, border=2)[0] / 2, 130 * k, s)
        sc.text((W / 2, H - 40 * k), "www.funbricktoys.example.com", F("sans", 26 * k), (60, 60, 60), anchor="ms")
    elif t == "quote":
        sc.text((W / 2, H / 2 - 40 * k), "\"Imagination is more important\nthan knowledge.\"", F("serif", min(46 * k, W / 19)), white, anchor="mm")
        sc.text((W / 2, H / 2 + 100 * k), "- Albert Einstein", F("hand1", 40 * k), white, anchor="mm")
    elif t == "chat":
        W, H = [(540, 960), (1080, 1920), (720, 1280)][i % 3]
        k = W / 540
        dark = i % 2 == 1
        bgc, fgc = ((11, 20, 26), (233, 237, 239)) if dark else ((255, 255, 255), (0, 0, 0))
        sc = Scene(Image.new("RGB", (W, H), bgc))
        sc.d.rectangle([0, 0, W, 88 * k], fill=(31, 44, 52) if dark else (246, 246, 246))
        status_bar(sc, k, fgc)
        sc.text((W / 2, 60 * k), rng.choice(["Mum", "Dad", "Squad", "Football group", "Grandma"]), F("sansb", 17 * k), fgc, anchor="mt")
        y = 110 * k
        msgs = [(0, "did u see the match"), (1, "YES 3-1!!"), (0, "level 42 finally lol"), (1, "GAME OVER again"),
                (0, "dinner at 6"), (1, "can we get pizza"), (0, "ok ok"), (1, "see u at the cinema"), (0, "charge ur phone")]
        rng.shuffle(msgs)
        fnt = F(rng.choice(SANS), 16 * k)
        for me, m in msgs[:7]:
            tw_ = sc.tw(m, fnt) + 24 * k
            x0 = W - 14 * k - tw_ if me else 14 * k
            sc.d.rounded_rectangle([x0, y, x0 + tw_, y + 34 * k], radius=int(16 * k), fill=(10, 132, 255) if me else ((38, 38, 41) if dark else (229, 229, 234)))
            sc.text((x0 + 12 * k, y + 7 * k), m, fnt, (255, 255, 255) if me or dark else (0, 0, 0))
            y += 46 * k
    else:  # headings
        sc = Scene(texture(W, H, 20000 + i, "paper", (240, 240, 240)))
        for j, s in enumerate(["SCIENCE FAIR RESULTS", "CHAPTER 3: THE WATER CYCLE", "LEVEL 5 COMPLETE", "TEAM BLUE WINS"]):
            sc.text((40 * k, 40 * k + j * 110 * k), s, F(rng.choice(SANSB), 50 * k), (20, 20, 60))
    sc.leaks = []
    fmt = ["png", "jpg", "png", "jpg", "webp"][i % 5]
    finish(f"{idx:03d}_clean_{t}", sc, True, f"clean: {t.replace('_', ' ')}", fmt=fmt, quality=rng.choice([60, 80, 92]),
           angle=rng.choice([0, 0, 0, 2]), blur=rng.choice([0, 0, 0.8]), noise=rng.choice([0, 3]), seed=i)


# --------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    fams = [(fam_chat, 7), (fam_game, 6), (fam_parcel, 6), (fam_birthday, 6), (fam_school_sign, 6), (fam_name_label, 6),
            (fam_team, 6), (fam_house, 6), (fam_timetable, 6), (fam_card, 6), (fam_form, 6), (fam_contact, 6),
            (fam_lostpet, 5), (fam_lock, 6), (fam_qr, 13)]
    jobs = []
    for fn, n in fams:
        for i in range(n):
            jobs.append((fn, i))
    for i in range(41):
        jobs.append((clean_img, i))
    # interleave deterministically so file order does not reveal the label
    random.Random(7).shuffle(jobs)
    for idx, (fn, i) in enumerate(jobs):
        fn(idx, i)
    with open(os.path.join(BASE, "expected.jsonl"), "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(RECORDS), "images")


if __name__ == "__main__":
    main()
