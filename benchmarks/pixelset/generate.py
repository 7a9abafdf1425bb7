"""Generate the pixel test set of benchmarks/pixels.py: what a child's photo or screenshot shows.

    python benchmarks/pixelset/generate.py OUT_DIR

Writes the images and ``OUT_DIR/expected.jsonl``, one line per image:
``{"file": ..., "clean": bool, "leaks": [{"kind": ..., "text": ..., "box": [x, y, w, h]}]}``
(``box`` in the image's pixels, around the drawn value; a QR code's leak is the whole code).

Deterministic: the same files byte for byte on every run (Pillow, the Debian fonts under
/usr/share/fonts, zxing-cpp for the codes, no randomness). Every name,
number and address is made up. Three groups:

* leaky: chat screenshots (light and dark), game profiles, forms, parcel labels, birthday
  banners, school signs and name labels laid on real photos, house numbers, QR codes carrying
  ``tel:``/``sms:``/``mailto:``/``geo:``/MECARD/vCard/WIFI/wa.me/t.me/Snapchat/Discord;
* clean with harmless text: scores, menus, book covers, slogans, timetables, brand QR codes and
  a product barcode;
* real photos without text from the corpus (``$LEAKSCAN_CORPUS/photos``, metadata dropped: the
  pixels are what is measured), skipped with a note when the corpus is absent.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import corpus_dir

FONTS = Path("/usr/share/fonts/truetype")
SANS = FONTS / "dejavu/DejaVuSans.ttf"
SANS_BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
LIB = FONTS / "liberation/LiberationSans-Regular.ttf"
LIB_BOLD = FONTS / "liberation/LiberationSans-Bold.ttf"
SERIF = FONTS / "liberation/LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "dejavu/DejaVuSerif-Bold.ttf"
MONO = FONTS / "dejavu/DejaVuSansMono.ttf"
FREE = FONTS / "freefont/FreeSans.ttf"
FREE_BOLD = FONTS / "freefont/FreeSansBold.ttf"

#: Real photos with no text in them (checked by eye), used as backgrounds and as clean images.
PHOTOS = (
    "exifpy__iphone_hdr_YES.jpg", "exifpy__jolla.jpg", "mei__Canon_PowerShot_G11.jpg",
    "mei__HTC_Desire.jpg", "mei__Nikon_D5000.jpg", "mei__Nokia_Lumia_800.jpg",
    "mei__Olympus_FE230-X790.jpg", "mei__Oppo_R7_Plus.jpg", "mei__Photo_1.webp",
    "exifpy__DSCN0010.jpg", "mei__Canon_EOS_7D.jpg", "exifpy__HMD_Nokia_8.3_5G.jpg",
)  # fmt: skip

Part = str | tuple[str, str]  # plain text, or (kind, value): a leak


@dataclass
class Canvas:
    """An image being drawn, with the boxes of the leaks drawn on it."""

    image: Image.Image
    leaks: list[dict] = field(default_factory=list)

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)

    def line(self, xy: tuple[int, int], parts: Sequence[Part], font: Path, size: int, fill="black") -> int:
        """Draw ``parts`` left to right from ``xy``; a (kind, value) part is recorded as a leak.
        Returns the x where the line ends."""
        f = ImageFont.truetype(str(font), size)
        x, y = xy
        draw = self.draw
        for part in parts:
            text = part if isinstance(part, str) else part[1]
            if not isinstance(part, str):
                left, top, right, bottom = draw.textbbox((x, y), text, font=f)
                self.leaks.append({"kind": part[0], "text": text, "box": [left, top, right - left, bottom - top]})
            draw.text((x, y), text, font=f, fill=fill)
            x += round(draw.textlength(text, font=f))
        return x

    def paste(self, other: Canvas, xy: tuple[int, int], angle: float = 0.0) -> None:
        """Lay ``other`` on this image at ``xy`` (turned by ``angle`` degrees), with its leaks."""
        img = other.image.convert("RGBA")
        w, h = img.size
        if angle:
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        ox, oy = xy
        self.image.paste(img, (ox, oy), img)
        cx, cy = img.width / 2, img.height / 2
        a = math.radians(-angle)  # PIL turns counter-clockwise; image y points down
        for leak in other.leaks:
            x, y, bw, bh = leak["box"]
            corners = [(x, y), (x + bw, y), (x + bw, y + bh), (x, y + bh)]
            pts = []
            for px, py in corners:
                dx, dy = px - w / 2, py - h / 2
                pts.append(
                    (cx + dx * math.cos(a) - dy * math.sin(a) + ox, cy + dx * math.sin(a) + dy * math.cos(a) + oy)
                )
            x0, y0 = math.floor(min(p[0] for p in pts)), math.floor(min(p[1] for p in pts))
            x1, y1 = math.ceil(max(p[0] for p in pts)), math.ceil(max(p[1] for p in pts))
            self.leaks.append({**leak, "box": [x0, y0, x1 - x0, y1 - y0]})

    def qr(self, payload: str, xy: tuple[int, int], module: int, kind: str | None, secret: str | None) -> None:
        """A QR code of ``payload``; a leak (the whole code) when ``kind`` is given."""
        import zxingcpp

        code = Image.fromarray(zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=module))
        self.image.paste(code.convert(self.image.mode), xy)
        if kind:
            self.leaks.append({"kind": kind, "text": secret or payload, "box": [*xy, code.width, code.height]})


def _blank(size: tuple[int, int], colour) -> Canvas:
    return Canvas(Image.new("RGB", size, colour))


def _photo(name: str, size: tuple[int, int]) -> Image.Image | None:
    path = corpus_dir() / "photos" / "camera" / name
    if not path.is_file():
        return None
    with Image.open(path) as im:
        return ImageOps.fit(ImageOps.exif_transpose(im).convert("RGB"), size)


def _background(k: int, size: tuple[int, int]) -> Canvas:
    """A real photo as the scene's background (a gradient when the corpus is absent)."""
    photo = _photo(PHOTOS[k % len(PHOTOS)], size)
    if photo is None:
        photo = Image.linear_gradient("L").resize(size).convert("RGB")
    return Canvas(photo)


# -- leaky scenes ---------------------------------------------------------------------------

CHATS: list[list[tuple[bool, list[Part]]]] = [
    [(False, ["hey whats ur number?"]), (True, ["its ", ("PHONE", "(217) 555-0134"), " text me"])],
    [(False, ["where do u live"]), (True, ["", ("ADDRESS", "42 Oak Street"), " near the park"])],
    [(False, ["which school r u at"]), (True, ["", ("SCHOOL", "Lincoln Elementary"), " lol"])],
    [(False, ["add me"]), (True, ["my snap is ", ("HANDLE", "@mia.dances11")])],
    [(False, ["send me ur email"]), (True, ["", ("EMAIL", "emma.j2013@gmail.com")])],
    [(False, ["how old are u"]), (True, ["i'm 11 and in ", ("AGE", "5th grade")])],
    [(False, ["call me later ok"]), (True, ["ok my mum's phone is ", ("PHONE", "07700 900123")])],
    [(False, ["wanna meet up?"]), (True, ["come to ", ("ADDRESS", "27 Victoria Road"), " after 4"])],
]


def chat(k: int, dark: bool) -> Canvas:
    """A messaging app screenshot: bubbles left (the other) and right (the child)."""
    bg, them, me, ink, me_ink = (
        ((17, 27, 33), (32, 44, 51), (0, 92, 75), "white", "white")
        if dark
        else ((236, 229, 221), "white", (220, 248, 198), "black", "black")
    )
    c = _blank((720, 1280), bg)
    d = c.draw
    d.rectangle((0, 0, 720, 110), fill=(32, 44, 51) if dark else (7, 94, 84))
    c.line((110, 35), ["Jess ♡"], SANS_BOLD, 34, fill="white")
    y = 160
    for turn in range(2):
        for mine, parts in CHATS[(k + turn) % len(CHATS)] if turn == 0 else [(False, ["lol ok"]), (True, ["see ya"])]:
            font, size = (LIB, 30) if k % 2 else (SANS, 28)
            f = ImageFont.truetype(str(font), size)
            width = sum(d.textlength(p if isinstance(p, str) else p[1], font=f) for p in parts)
            x = 720 - 40 - int(width) - 30 if mine else 40
            d.rounded_rectangle((x - 20, y - 14, x + width + 20, y + size + 18), 18, fill=me if mine else them)
            c.line((x, y), parts, font, size, fill=me_ink if mine else ink)
            y += size + 70
    d.rectangle((0, 1180, 720, 1280), fill=(32, 44, 51) if dark else "white")
    c.line((40, 1215), ["Message"], SANS, 28, fill="grey")
    return c


PROFILES = [
    [
        ["PLAYER CARD"],
        ["Username: ", ("HANDLE", "ShadowFox_11")],
        ["Level 42  Wins 318"],
        ["Discord: ", ("HANDLE", "shadowfox#4412")],
    ],
    [
        ["PROFILE"],
        ["Name: ", ("PERSON", "Emma Johnson")],
        ["Age: ", ("AGE", "11")],
        ["School: ", ("SCHOOL", "Maple Grove Middle School")],
    ],
    [
        ["My Page"],
        ["insta ", ("HANDLE", "@jakeyboi.11")],
        ["Born ", ("DATE_OF_BIRTH", "14/02/2013")],
        ["Rank: Diamond II"],
    ],
]


def profile(k: int) -> Canvas:
    """A game or app profile page: dark panel, avatar circle, fields."""
    c = _blank((1080, 1350), (24, 26, 48))
    d = c.draw
    d.ellipse((390, 80, 690, 380), fill=(90, 120, 220))
    y = 440
    for i, parts in enumerate(PROFILES[k]):
        d.rounded_rectangle((80, y - 20, 1000, y + 80), 16, fill=(44, 48, 84))
        c.line((120, y), parts, SANS_BOLD if i == 0 else FREE, 48, fill="white")
        y += 150
    return c


FORMS = [
    [("Full name", [("PERSON", "Oliver Bennett")]), ("Address", [("ADDRESS", "18 Elm Grove, Leeds LS6 2AB")]),
     ("Phone", [("PHONE", "+44 7700 900456")]), ("Date of birth", [("DATE_OF_BIRTH", "3 March 2014")])],
    [("Student", [("PERSON", "Sophia Martinez")]), ("School", [("SCHOOL", "Riverside High School")]),
     ("Grade", ["7"]), ("Parent email", [("EMAIL", "dmartinez@outlook.com")])],
    [("Name", [("PERSON", "Noah Williams")]), ("Home address", [("ADDRESS", "615 Pine Avenue, Springfield")]),
     ("Emergency contact", [("PHONE", "(555) 201-7788")])],
]  # fmt: skip


def form(k: int) -> Canvas:
    """A filled-in form (a club sign-up, a trip slip) as a scan: labels and written values."""
    c = _blank((1240, 1754), (250, 250, 246))
    c.line((100, 90), ["Summer Club Registration" if k != 1 else "Field Trip Permission Slip"], SERIF_BOLD, 54)
    y = 260
    for label, value in FORMS[k]:
        c.line((100, y), [label + ":"], SERIF, 38)
        c.draw.line((520, y + 48, 1140, y + 48), fill="grey", width=2)
        c.line((530, y), value, FREE if k % 2 else MONO, 38, fill=(20, 30, 120))
        y += 130
    return c


PARCELS = [
    [
        ["DELIVER TO:"],
        ["Ms ", ("PERSON", "Chloe Harris")],
        [("ADDRESS", "9 Rosewood Close")],
        ["Bristol ", ("ADDRESS", "BS8 1TH")],
    ],
    [["SHIP TO"], [("PERSON", "Liam Carter")], [("ADDRESS", "1207 Maple Drive")], ["Austin, TX 78704"]],
    [["To:"], [("PERSON", "Ava Thompson")], [("ADDRESS", "Flat 3, 27 Victoria Road")], ["Manchester M14 5RQ"]],
    [
        ["RECIPIENT"],
        [("PERSON", "Ethan Brooks")],
        [("ADDRESS", "88 Cedar Lane")],
        ["Portland, OR 97205"],
        ["Tel ", ("PHONE", "(503) 555-0199")],
    ],
]


def parcel(k: int) -> Canvas:
    """A parcel label on a box, photographed: the label turned a little on a real photo."""
    label = _blank((760, 90 + 80 * len(PARCELS[k])), "white")
    label.draw.rectangle((0, 0, 759, label.image.height - 1), outline="black", width=4)
    y = 30
    for i, parts in enumerate(PARCELS[k]):
        label.line((40, y), parts, LIB_BOLD if i == 0 else LIB, 46)
        y += 80
    scene = _background(k, (1600, 1200))
    scene.draw.rectangle((300, 200, 1300, 1100), fill=(190, 150, 100))  # the cardboard box
    scene.paste(label, (380, 330), angle=(-4, 3, 0, 6)[k])
    return scene


BANNERS = [
    ["Happy ", ("AGE", "9th"), " Birthday ", ("PERSON", "Lily"), "!"],
    ["Happy Birthday ", ("PERSON", "Jacob"), " - ", ("AGE", "10 today"), "!"],
    ["Congratulations ", ("PERSON", "Isabella Moore"), " Class of 2026"],
]


def banner(k: int) -> Canvas:
    """A party banner or a cake topper across a real photo."""
    scene = _background(k + 4, (1600, 1200))
    strip = _blank((1500, 200), (255, 105, 180) if k != 2 else (20, 40, 120))
    strip.line((40, 50), BANNERS[k], SANS_BOLD, 78 if k != 2 else 60, fill="white")
    scene.paste(strip, (50, 120), angle=(2, -3, 0)[k])
    return scene


SIGN_TEXTS = [
    (["OAKRIDGE", "PRIMARY SCHOOL"], "Welcome"),
    (["ST. MARY'S", "CATHOLIC PRIMARY"], "Est. 1902"),
    (["LINCOLN", "ELEMENTARY SCHOOL"], "Home of the Tigers"),
    (["Westfield Academy"], "Visitors please report to reception"),
]


def school_sign(k: int, size: tuple[int, int] = (1600, 1200)) -> Canvas:
    """A school sign in front of the school: two lines of name, one line of other words."""
    names, extra = SIGN_TEXTS[k]
    sign = _blank((1100, 130 + 120 * len(names) + 90), (0, 70, 40) if k % 2 else (20, 40, 110))
    y = 50
    for name in names:
        sign.line((60, y), [("SCHOOL", name)], LIB_BOLD, 92, fill="white")
        y += 120
    sign.line((60, y + 20), [extra], LIB, 52, fill=(230, 230, 230))
    scale = size[0] / 1600
    if scale != 1:
        sign = Canvas(sign.image.resize((round(sign.image.width * scale), round(sign.image.height * scale))),
                      [{**lk, "box": [round(v * scale) for v in lk["box"]]} for lk in sign.leaks])  # fmt: skip
    scene = _background(k + 2, size)
    scene.paste(sign, (round(250 * scale), round(300 * scale)), angle=(0, 2, -2, 1)[k])
    # one school name on two lines is one leak
    scene.leaks = [_merge(scene.leaks)] if len(scene.leaks) > 1 else scene.leaks
    return scene


def _merge(leaks: list[dict]) -> dict:
    x0 = min(lk["box"][0] for lk in leaks)
    y0 = min(lk["box"][1] for lk in leaks)
    x1 = max(lk["box"][0] + lk["box"][2] for lk in leaks)
    y1 = max(lk["box"][1] + lk["box"][3] for lk in leaks)
    return {"kind": leaks[0]["kind"], "text": " ".join(lk["text"] for lk in leaks), "box": [x0, y0, x1 - x0, y1 - y0]}


NAME_LABELS = [
    ["This belongs to", ("PERSON", "Mia Thompson")],
    ["Property of", ("PERSON", "Lucas Green"), ("PHONE", "07700 900789")],
    ["Hello my name is", ("PERSON", "Harper Wilson")],
]


def name_label(k: int) -> Canvas:
    """A name sticker on a lunch box or a bag, on a real photo."""
    lines = NAME_LABELS[k]
    sticker = _blank((720, 110 + 90 * len(lines)), (255, 240, 120) if k != 2 else "white")
    if k == 2:
        sticker.draw.rectangle((0, 0, 720, 100), fill=(200, 20, 30))
    y = 30
    for i, part in enumerate(lines):
        sticker.line(
            (40, y), [part], FREE_BOLD if i else FREE, 56 if i else 44, fill="white" if (k == 2 and i == 0) else "black"
        )
        y += 100
    scene = _background(k + 7, (1600, 1200))
    scene.draw.rounded_rectangle((250, 250, 1250, 950), 40, fill=(60, 140, 200))  # the lunch box
    scene.paste(sticker, (380, 380), angle=(3, -2, 0)[k])
    return scene


def house_number(k: int) -> Canvas:
    """A house number by the door and the street sign at the corner."""
    scene = _background(k + 9, (1600, 1200))
    plate = _blank((260, 200), (20, 20, 20))
    number = ("27", "114", "8")[k]
    street = ("Victoria Road", "Maple Drive", "Church Lane")[k]
    plate.line((40, 30), [("ADDRESS", number)], SERIF_BOLD, 120, fill=(230, 200, 120))
    sign = _blank((820, 170), "white")
    sign.draw.rectangle((6, 6, 813, 163), outline="black", width=8)
    sign.line((50, 35), [("ADDRESS", street)], LIB_BOLD, 90)
    scene.paste(plate, (200, 300))
    scene.paste(sign, (650, 700), angle=(1, -1, 2)[k])
    scene.leaks = [_merge(scene.leaks)]
    scene.leaks[0]["text"] = f"{number} {street}"
    return scene


QR_LEAKS = [
    ("tel:+12175550134", "PHONE", "+12175550134"),
    ("sms:+447700900123?body=hi", "PHONE", "+447700900123"),
    ("mailto:emma.j2013@gmail.com", "EMAIL", "emma.j2013@gmail.com"),
    ("geo:51.50722,-0.12750", "GPS", "51.50722,-0.12750"),
    ("MECARD:N:Johnson,Emma;TEL:+12175550134;EMAIL:emma.j2013@gmail.com;;", "PHONE", "+12175550134"),
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Liam Carter\nTEL;TYPE=cell:+15035550199\nADR:;;1207 Maple Drive;Austin;TX;78704;US\nEND:VCARD",
        "PHONE",
        "+15035550199",
    ),
    ("WIFI:T:WPA;S:Johnson_Family_42_Oak_St;P:correcthorse;;", "PERSON", "Johnson_Family_42_Oak_St"),
    ("https://wa.me/447700900123", "PHONE", "447700900123"),
    ("https://t.me/mia_dances11", "URL", "t.me/mia_dances11"),
    ("https://www.snapchat.com/add/jakeyboi11", "URL", "snapchat.com/add/jakeyboi11"),
    ("https://discord.gg/shadowfox4412", "URL", "discord.gg/shadowfox4412"),
    ("Call Mia on 07700 900789", "PHONE", "07700 900789"),
]


def qr_leak(k: int) -> Canvas:
    """A QR code: on a white card (a screenshot of 'my code'), or held up in a real photo."""
    payload, kind, secret = QR_LEAKS[k]
    if k % 3 == 0:
        c = _background(k, (1600, 1200))
        c.draw.rectangle((560, 340, 1040, 860), fill="white")
        c.qr(payload, (600, 380), 8 if len(payload) < 60 else 5, kind, secret)
        return c
    c = _blank((720, 1280), "white" if k % 2 else (245, 245, 250))
    c.line((60, 120), ["Scan to add me!" if k % 2 else "My code"], SANS_BOLD, 44)
    c.qr(payload, (160, 300), 12 if len(payload) < 60 else 7, kind, secret)
    return c


# -- clean scenes ---------------------------------------------------------------------------

CLEAN_TEXTS = [
    ("score", ["FINAL SCORE", "HOME 3 - 1 AWAY", "Man of the match: number 9"]),
    ("score", ["LEVEL COMPLETE", "Score 12,450", "Stars 3/3  Time 02:14"]),
    ("score", ["GAME OVER", "High score 98,210", "Press any key"]),
    ("menu", ["MENU", "Pizza Margherita 8.50", "Fish and chips 9.95", "Apple pie 4.00"]),
    ("menu", ["Today's Specials", "Tomato soup 3.50", "Pancakes with syrup 5.25"]),
    ("menu", ["ICE CREAM", "1 scoop 2.00", "2 scoops 3.50", "Sprinkles free!"]),
    ("book", ["THE MIDNIGHT", "FOREST", "A Novel"]),
    ("book", ["DRAGONS", "OF THE NORTH", "Book Two"]),
    ("book", ["Cooking with Kids", "100 easy recipes"]),
    ("slogan", ["Just keep swimming"]),
    ("slogan", ["BE KIND", "Every day"]),
    ("slogan", ["Save water", "Turn off the tap"]),
    ("sign", ["NO PARKING", "Mon - Fri 8am - 6pm"]),
    ("sign", ["EXIT"]),
    ("timetable", ["Bus 42", "Every 15 minutes", "Last bus 23:10"]),
    ("poster", ["BAKE SALE", "Saturday 10am", "All welcome"]),
    ("poster", ["Recycling", "Paper  Plastic  Glass"]),
    ("screen", ["Battery 87%", "Wi-Fi connected", "Do not disturb"]),
    ("score", ["ROUND 3", "Blue team 45", "Red team 38"]),
    ("score", ["Quiz results", "You got 18 out of 20!", "Great job"]),
    ("menu", ["Smoothies", "Mango 3.20", "Berry blast 3.40"]),
    ("book", ["THE LOST", "ROBOT", "Illustrated edition"]),
    ("book", ["Space Facts", "for curious minds"]),
    ("slogan", ["Dream big", "Work hard"]),
    ("slogan", ["Game on!"]),
    ("sign", ["Keep off the grass"]),
    ("sign", ["Library", "Quiet please"]),
    ("poster", ["Movie night", "Friday 7pm", "Popcorn included"]),
    ("screen", ["Download complete", "Tap to open"]),
]

CLEAN_CODES = [
    "https://www.example.com/products/blocks-set-31120",
    "https://shop.example.org/?utm_source=box",
    "Thanks for visiting the aquarium!",
]


def clean_text(k: int) -> Canvas:
    """Harmless text: on a plain card, or laid on a real photo."""
    _kind, lines = CLEAN_TEXTS[k]
    if k % 3 == 2:
        card = _blank((1100, 140 + 130 * len(lines)), (250, 245, 230))
        y = 50
        for i, text in enumerate(lines):
            card.line((60, y), [text], SERIF_BOLD if i == 0 else SERIF, 84 if i == 0 else 60)
            y += 130
        scene = _background(k, (1600, 1200))
        scene.paste(card, (250, 250), angle=(k % 5) - 2)
        return scene
    c = _blank((1080, 1080), ((20, 20, 40), (240, 240, 240), (255, 220, 180))[k % 3])
    ink = "white" if k % 3 == 0 else "black"
    y = 200
    for i, text in enumerate(lines):
        c.line(
            (90, y), [text], (SANS_BOLD, LIB_BOLD, FREE_BOLD)[k % 3] if i == 0 else LIB, 90 if i == 0 else 64, fill=ink
        )
        y += 160
    return c


def clean_code(k: int) -> Canvas:
    """A brand's QR code, or a product barcode, with harmless text."""
    import zxingcpp

    c = _blank((900, 1100), "white")
    c.line((80, 80), [("Scan for instructions", "Scan me!", "Visit us")[k]], LIB_BOLD, 56)
    c.qr(CLEAN_CODES[k], (180, 250), 10 if len(CLEAN_CODES[k]) < 40 else 8, None, None)
    if k == 0:
        ean = zxingcpp.create_barcode("5012345678900", zxingcpp.BarcodeFormat.EAN13)
        c.image.paste(Image.fromarray(ean.to_image(scale=4)).convert("RGB"), (200, 850))
    return c


def generate(out: Path) -> list[dict]:
    """Write every image and expected.jsonl into ``out``; return the expected records."""
    out.mkdir(parents=True, exist_ok=True)
    records: list[dict] = []

    def save(name: str, canvas: Canvas, clean: bool) -> None:
        fmt = "PNG" if name.endswith(".png") else "JPEG"
        canvas.image.save(out / name, fmt, **({"quality": 90} if fmt == "JPEG" else {"optimize": False}))
        records.append({"file": name, "clean": clean, "leaks": [] if clean else canvas.leaks})

    for k in range(8):
        save(f"chat_light_{k}.png", chat(k, dark=False), False)
        save(f"chat_dark_{k}.png", chat(k + 3, dark=True), False)
    for k in range(len(PROFILES)):
        save(f"profile_{k}.png", profile(k), False)
    for k in range(len(FORMS)):
        save(f"form_{k}.jpg", form(k), False)
    for k in range(len(PARCELS)):
        save(f"parcel_{k}.jpg", parcel(k), False)
    for k in range(len(BANNERS)):
        save(f"banner_{k}.jpg", banner(k), False)
    for k in range(len(SIGN_TEXTS)):
        save(f"school_sign_{k}.jpg", school_sign(k), False)
    save("school_sign_12mp.jpg", school_sign(0, (4000, 3000)), False)
    for k in range(len(NAME_LABELS)):
        save(f"name_label_{k}.jpg", name_label(k), False)
    for k in range(3):
        save(f"house_number_{k}.jpg", house_number(k), False)
    for k in range(len(QR_LEAKS)):
        save(f"qr_{k}.png" if k % 3 else f"qr_photo_{k}.jpg", qr_leak(k), False)
    for k in range(len(CLEAN_TEXTS)):
        save(f"clean_{CLEAN_TEXTS[k][0]}_{k}.{'jpg' if k % 3 == 2 else 'png'}", clean_text(k), True)
    for k in range(len(CLEAN_CODES)):
        save(f"clean_code_{k}.png", clean_code(k), True)
    for name in PHOTOS:
        path = corpus_dir() / "photos" / "camera" / name
        if not path.is_file():
            print(f"corpus photo {name} absent: skipped", file=sys.stderr)
            continue
        with Image.open(path) as im:
            pixels = ImageOps.exif_transpose(im).convert("RGB")
        save(f"photo_{Path(name).stem}.jpg", Canvas(pixels), True)
    with (out / "expected.jsonl").open("w") as fh:
        for record in records:
            fh.write(json.dumps(record) + "\n")
    return records


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    records = generate(Path(sys.argv[1]))
    leaky = sum(not r["clean"] for r in records)
    print(f"{len(records)} images: {leaky} leaky, {len(records) - leaky} clean -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
