"""Text in the pixels (issue 11): the real OCR (RapidOCR's bundled ONNX models) on images drawn
here with Pillow's scalable default font, and on a real photo from the corpus.

Every finding's box is checked against where the text was drawn: it must cover the value's
characters and stay within a margin around them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from conftest import CORPUS, needs_corpus, run_offline
from PIL import Image, ImageDraw, ImageFont

from leakscan.findings import Kind
from leakscan.scanners import pixel_text
from leakscan.scanners.pixel_text import FIELD, PixelText, read_text, scan_pixels_text
from leakscan.settings import Settings

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Text:
    """One line of text drawn at ``xy`` in a font of ``size`` pixels."""

    xy: tuple[int, int]
    text: str
    size: int = 36
    fill: str = "black"


@dataclass(frozen=True)
class Scene:
    """An image to draw: background, rounded panels (signs, chat bubbles), lines of text."""

    size: tuple[int, int]
    texts: tuple[Text, ...]
    background: str = "white"
    panels: tuple[tuple[Box, str], ...] = ()

    def draw(self) -> Image.Image:
        image = Image.new("RGB", self.size, self.background)
        draw = ImageDraw.Draw(image)
        for (x, y, w, h), colour in self.panels:
            draw.rounded_rectangle((x, y, x + w, y + h), radius=18, fill=colour)
        for t in self.texts:
            draw.text(t.xy, t.text, font=ImageFont.load_default(size=t.size), fill=t.fill)
        return image

    def boxes_of(self, value: str) -> list[Box]:
        """Where the characters of ``value`` (or of the words of it found on one line) were drawn."""
        draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        boxes = []
        words = value.split()
        for t in self.texts:
            font = ImageFont.load_default(size=t.size)
            # The longest run of the value's words that this line holds (a value may span lines).
            for n in range(len(words), 0, -1):
                found = next(
                    (
                        " ".join(words[i : i + n])
                        for i in range(len(words) - n + 1)
                        if " ".join(words[i : i + n]) in t.text
                    ),
                    None,
                )
                if found:
                    x = t.xy[0] + draw.textlength(t.text[: t.text.index(found)], font=font)
                    x0, y0, x1, y1 = draw.textbbox((x, t.xy[1]), found, font=font)
                    boxes.append((int(x0), int(y0), int(x1 - x0), int(y1 - y0)))
                    break
        return boxes


SIGN = Scene(
    size=(800, 420),
    background="#dfe8df",
    panels=(((60, 50, 620, 230), "#1d5c2e"),),
    texts=(Text((110, 90), "OAKRIDGE", 64, "white"), Text((110, 175), "PRIMARY SCHOOL", 64, "white")),
)
POSTER = Scene(
    size=(900, 600),
    background="#fff6d5",
    texts=(
        Text((80, 60), "BAKE SALE", 72, "#b3261e"),
        Text((80, 170), "Saturday, all welcome", 40),
        Text((80, 420), "Call me: (217) 555-0134", 44, "#12355b"),
    ),
)
CHAT = Scene(
    size=(720, 900),
    background="#ffffff",
    panels=(
        ((30, 60, 430, 70), "#e9e9eb"),
        ((300, 170, 390, 130), "#0b84ff"),
        ((30, 340, 300, 70), "#e9e9eb"),
    ),
    texts=(
        Text((50, 75), "where do u live?", 32),
        Text((320, 185), "42 Oak Street,", 32, "white"),
        Text((320, 235), "Springfield", 32, "white"),
        Text((50, 355), "ok see u soon", 32),
    ),
)
# A messaging app's screenshot: the contact's name in a header bar, a time stamp, "Delivered".
CHAT_PHONE = Scene(
    size=(720, 1000),
    background="#ffffff",
    panels=(
        ((0, 0, 720, 90), "#f2f2f7"),
        ((30, 140, 420, 70), "#e9e9eb"),
        ((250, 250, 440, 70), "#34c759"),
        ((30, 360, 330, 70), "#e9e9eb"),
    ),
    texts=(
        Text((300, 25), "Jake", 36),
        Text((50, 155), "whats ur number?", 32),
        Text((470, 220), "10:42", 22, "#8e8e93"),
        Text((270, 265), "07700 900123", 32, "white"),
        Text((50, 375), "ok thx", 32),
        Text((600, 960), "Delivered", 20, "#8e8e93"),
    ),
)
PROFILE = Scene(
    size=(800, 500),
    background="#1b1e2b",
    panels=(((40, 40, 720, 420), "#2a2f45"),),
    texts=(
        Text((80, 70), "PLAYER PROFILE", 40, "#f5c542"),
        Text((80, 150), "@shadowfox_11", 48, "white"),
        Text((80, 260), "Level 42", 32, "#c8c8d0"),
        Text((80, 320), "Wins 120", 32, "#c8c8d0"),
    ),
)
LABEL = Scene(
    size=(700, 300),
    background="#f0f0f0",
    texts=(Text((50, 60), "If found please email", 36), Text((50, 130), "emma.j2013@gmail.com", 40, "#202080")),
)

# A house number's plaque over the street's name: two blocks (far apart in size), one address.
HOUSE = Scene(
    size=(700, 420),
    background="#e8e4dc",
    texts=(Text((260, 40), "114", 110), Text((160, 260), "Maple Drive", 56)),
)

FORM = Scene(
    (1000, 420),
    (
        Text((40, 60), "Club sign-up form", 40),
        Text((40, 170), "Contact phone:", 24),
        Text((440, 164), "07700 900781", 34),
        Text((40, 260), "Date of birth:", 24),
        Text((440, 254), "16/01/2013", 34),
        Text((40, 350), "T-shirt size:", 24),
        Text((440, 344), "11-12", 34),
    ),
)

LEAKY = [
    pytest.param(POSTER, Kind.PHONE, "(217) 555-0134", id="phone-on-poster"),
    pytest.param(SIGN, Kind.SCHOOL, "OAKRIDGE PRIMARY SCHOOL", id="school-sign-two-lines"),
    pytest.param(CHAT, Kind.ADDRESS, "42 Oak Street, Springfield", id="chat-bubble-address"),
    pytest.param(CHAT_PHONE, Kind.PHONE, "07700 900123", id="chat-screenshot-phone"),
    pytest.param(PROFILE, Kind.HANDLE, "@shadowfox_11", id="game-profile-handle"),
    pytest.param(LABEL, Kind.EMAIL, "emma.j2013@gmail.com", id="email-on-label"),
    pytest.param(HOUSE, Kind.ADDRESS, "114 Maple Drive", id="house-number-over-street"),
    # A surname the word lists do not know, after a given name they do: the whole name.
    pytest.param(
        Scene((800, 300), (Text((50, 60), "To: Oscar Lindqvist", 48), Text((50, 170), "From: Grandma", 36))),
        Kind.PERSON,
        "Oscar Lindqvist",
        id="parcel-name-rare-surname",
    ),
    pytest.param(
        Scene((900, 300), (Text((50, 100), "Congratulations Isabella Moore", 48),), background="#fde2f3"),
        Kind.PERSON,
        "Isabella Moore",
        id="banner-name-not-the-greeting",
    ),
    # A form: small labels in one column, the values written far to their right.
    pytest.param(FORM, Kind.DATE_OF_BIRTH, "16/01/2013", id="form-date-of-birth"),
    pytest.param(FORM, Kind.PHONE, "07700 900781", id="form-phone"),
    # A game profile's screen name heads its own line, with no "my username is" before it.
    pytest.param(
        Scene(
            (800, 360),
            (Text((60, 50), "PLAYER PROFILE", 40), Text((60, 140), "ninjacat_56", 56), Text((60, 250), "Level 21", 36)),
        ),
        Kind.HANDLE,
        "ninjacat_56",
        id="profile-screen-name",
    ),
    # A street's sign with the house number's plaque under it.
    pytest.param(
        Scene((700, 420), (Text((60, 60), "CHAPEL LANE", 64), Text((300, 260), "14", 90))),
        Kind.ADDRESS,
        "CHAPEL LANE 14",
        id="street-sign-over-house-number",
    ),
    # A cake's topper: a given name over the age.
    pytest.param(
        Scene((600, 500), (Text((150, 80), "Benjamin", 80), Text((260, 260), "9", 120))),
        Kind.AGE,
        "9",
        id="cake-topper-age",
    ),
    # A group chat: each message under its sender's full name, no "my name is" before it.
    pytest.param(
        Scene(
            (720, 420),
            (
                Text((40, 40), "Class 6 chat", 36),
                Text((40, 140), "Hamish Okonjo", 30),
                Text((40, 190), "did u finish the project", 30),
            ),
        ),
        Kind.PERSON,
        "Hamish Okonjo",
        id="group-chat-sender",
    ),
    # A game lobby: players by their rank.
    pytest.param(
        Scene(
            (720, 360),
            (Text((40, 40), "LOBBY 3/8", 40), Text((40, 140), "#2 kiri.moana.2013", 40), Text((40, 240), "Lv 41", 32)),
        ),
        Kind.HANDLE,
        "kiri.moana.2013",
        id="lobby-rank-handle",
    ),
    # A team shirt's back: the name in capitals over the number.
    pytest.param(
        Scene(
            (600, 600),
            (Text((170, 80), "OKONJO", 70, "white"), Text((200, 240), "12", 180, "white")),
            background="#123f8c",
        ),
        Kind.PERSON,
        "OKONJO",
        id="shirt-name",
    ),
]


def _group(scene_id: str) -> pytest.MarkDecorator:
    """One xdist worker for the tests of a scene, so that it reads the scene once (:func:`read_of`)."""
    return pytest.mark.xdist_group(f"pixel_text:{scene_id}")


# The three tests of a leaky scene check one reading of it (what is found, where its boxes lie,
# its offsets): a full OCR is most of their cost, and the same picture reads the same.
LEAKY = [pytest.param(*p.values, id=p.id, marks=[*p.marks, _group(p.id)]) for p in LEAKY]


@pytest.fixture(scope="session")
def read_of() -> Callable[[Scene], PixelText]:
    """``read_text`` of a scene's picture, read once per test process and scene."""
    done: dict[Scene, PixelText] = {}

    def read(scene: Scene) -> PixelText:
        if scene not in done:
            done[scene] = read_text(scene.draw())
        return done[scene]

    return read


CLEAN = [
    pytest.param(
        Scene((700, 360), (Text((60, 60), "FINAL SCORE", 56), Text((60, 170), "HOME 3-2 AWAY", 64))), id="score"
    ),
    pytest.param(
        Scene(
            (600, 520),
            (
                Text((60, 40), "MENU", 56),
                Text((60, 150), "Pancakes 4.50", 36),
                Text((60, 220), "Waffles 5.00", 36),
                Text((60, 290), "Orange juice 2.00", 36),
            ),
        ),
        id="menu",
    ),
    pytest.param(
        Scene(
            (600, 800),
            (Text((60, 200), "The Secret Garden", 52, "#f7e7b4"), Text((60, 600), "A classic story", 32, "#f7e7b4")),
            background="#2d4a2b",
        ),
        id="book-cover",
    ),
    pytest.param(Scene((800, 300), (Text((60, 100), "Be kind. Work hard.", 60),)), id="slogan"),
    pytest.param(
        Scene(
            (720, 700),
            (
                Text((50, 115), "see u at practice", 32),
                Text((270, 225), "yes!! cant wait", 32, "white"),
                Text((50, 335), "bring snacks", 32),
            ),
            panels=(((30, 100, 420, 70), "#e9e9eb"), ((250, 210, 440, 70), "#0b84ff"), ((30, 320, 330, 70), "#e9e9eb")),
        ),
        id="chat-without-details",
    ),
    pytest.param(
        Scene(
            (800, 400),
            (
                Text((60, 60), "LEVEL 42", 48, "white"),
                Text((60, 160), "Wins 120   Kills 7", 40, "#dddddd"),
                Text((60, 260), "Rank: Gold III", 40, "#f5c542"),
            ),
            background="#101020",
        ),
        id="game-stats",
    ),
    pytest.param(Scene((640, 480), ()), id="blank"),
    # Headings, titles and labels in capitals or with every word capitalised are no names.
    pytest.param(
        Scene((700, 360), (Text((60, 60), "GAME OVER", 64), Text((60, 200), "Press any key", 36))), id="game-over"
    ),
    pytest.param(Scene((500, 260), (Text((120, 90), "EXIT", 72, "white"),), background="#1a7f37"), id="exit-sign"),
    pytest.param(
        Scene((700, 360), (Text((60, 60), "Library", 60), Text((60, 180), "Quiet please", 40))), id="library-sign"
    ),
    pytest.param(
        Scene((700, 400), (Text((60, 60), "Smoothies", 52), Text((60, 170), "Mango 3.20", 36))), id="menu-heading"
    ),
    # A weather app's big city and temperatures, a cover's illustrator, a brand's web address, a
    # scoreboard of pro teams named for their towns.
    pytest.param(
        Scene(
            (600, 520),
            (
                Text((60, 40), "London", 52),
                Text((60, 130), "14°", 96),
                Text((60, 300), "Partly cloudy  H:16° L:9°", 32),
            ),
        ),
        id="weather-app",
    ),
    pytest.param(
        Scene((700, 420), (Text((60, 60), "The Giant Peach", 56), Text((60, 220), "Illustrated by Quentin Blake", 36))),
        id="book-credit",
    ),
    pytest.param(Scene((700, 300), (Text((60, 110), "More at www.lego.com", 48),)), id="brand-site"),
    pytest.param(
        Scene((800, 320), (Text((60, 60), "LIVERPOOL 3 - 1 EVERTON", 52), Text((60, 190), "FULL TIME", 40))),
        id="pro-score",
    ),
    # A concert's poster, a road sign to big towns, a printed worksheet's page number.
    pytest.param(
        Scene(
            (800, 420),
            (
                Text((60, 60), "THE COMETS", 64),
                Text((60, 190), "WORLD TOUR", 44),
                Text((60, 290), "EDEN PARK - AUCKLAND", 40),
            ),
        ),
        id="concert-poster",
    ),
    pytest.param(
        Scene(
            (800, 300),
            (Text((60, 60), "Hamilton 38 km", 52), Text((60, 170), "Ngaruawahia 12 km", 52)),
            background="#0b6b2e",
        ),
        id="road-sign",
    ),
    pytest.param(
        Scene((700, 300), (Text((60, 60), "Fractions practice", 40), Text((60, 180), "Page 14", 36))),
        id="worksheet-page",
    ),
]


def _inside(inner: Box, outer: Box, margin: float) -> bool:
    return (
        inner[0] >= outer[0] - margin
        and inner[1] >= outer[1] - margin
        and inner[0] + inner[2] <= outer[0] + outer[2] + margin
        and inner[1] + inner[3] <= outer[1] + outer[3] + margin
    )


def _covered(part: Box, by: Box) -> float:
    """The share of ``part``'s area that ``by`` covers."""
    w = min(part[0] + part[2], by[0] + by[2]) - max(part[0], by[0])
    h = min(part[1] + part[3], by[1] + by[3]) - max(part[1], by[1])
    return max(w, 0) * max(h, 0) / (part[2] * part[3])


def _union(boxes: list[Box]) -> Box:
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    return (x0, y0, max(b[0] + b[2] for b in boxes) - x0, max(b[1] + b[3] for b in boxes) - y0)


@pytest.mark.parametrize(("scene", "kind", "value"), LEAKY)
def test_finds_what_the_image_shows(read_of, scene: Scene, kind: Kind, value: str) -> None:
    # (scan_pixels_text reading the picture itself: test_harmless_text_finds_nothing and below)
    findings = scan_pixels_text(scene.draw(), text=read_of(scene))
    hits = [f for f in findings if f.kind is kind]
    assert hits, f"no {kind.value} in {[f.kind.value for f in findings]}"
    hit = max(hits, key=lambda f: len(f.text))
    # (a value read over two blocks keeps the line break between them: offsets into the text read)
    assert " ".join(hit.text.split()).casefold() == value.casefold()
    assert hit.field == FIELD
    assert hit.scanner
    # The box covers the characters drawn for the value, and stays close to them.
    drawn = scene.boxes_of(value)
    assert drawn
    size = max(t.size for t in scene.texts)
    assert hit.box is not None
    for part in drawn:
        assert _covered(part, hit.box) >= 0.85
    # The detector pads its line boxes (by ~0.8x the glyphs' height for digits, which have no
    # ascenders or descenders): good for covering them.
    assert _inside(hit.box, _union(drawn), margin=0.6 * size)


@pytest.mark.parametrize("scene", CLEAN)
def test_harmless_text_finds_nothing(scene: Scene) -> None:
    assert scan_pixels_text(scene.draw()) == []


@pytest.mark.parametrize(("scene", "kind", "value"), LEAKY)
def test_every_box_lies_over_drawn_text(read_of, scene: Scene, kind: Kind, value: str) -> None:
    image = scene.draw()
    drawn = [b for t in scene.texts for b in scene.boxes_of(t.text)]
    size = max(t.size for t in scene.texts)
    read = read_of(scene)
    findings = scan_pixels_text(image, text=read)
    assert findings
    for finding in findings:
        assert finding.box is not None
        x, y, w, h = finding.box
        assert w > 0 and h > 0
        assert x >= 0 and y >= 0 and x + w <= image.width and y + h <= image.height
        # The box is the union of the boxes on each line the finding was read from; each of
        # those lies over drawn text (mostly on it, never far from it).
        parts = read.boxes_for(finding.start, finding.end)
        assert finding.box == _union(parts)
        for part in parts:
            # The OCR's line boxes are padded around the glyphs (good for covering them).
            centre = (part[0] + part[2] // 2, part[1] + part[3] // 2, 1, 1)
            assert any(_inside(centre, d, margin=0) for d in drawn)
            assert any(_inside(part, d, margin=0.6 * size) for d in drawn)
            assert sum(_covered(part, d) for d in drawn) >= 0.3


@pytest.mark.parametrize(("scene", "kind", "value"), LEAKY)
def test_offsets_point_into_the_text_read(read_of, scene: Scene, kind: Kind, value: str) -> None:
    read = read_of(scene)
    for finding in scan_pixels_text(scene.draw(), text=read):
        assert finding.start is not None and finding.end is not None
        assert read.text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P", "L", "CMYK"])
def test_any_mode_reads(mode: str) -> None:
    # Black text on a transparent background (a sticker, a PNG screenshot) must not turn black
    # on black; grey, palette and CMYK images read like RGB ones.
    transparent = mode in ("RGBA", "LA")
    image = Image.new("RGBA", (700, 200), (0, 0, 0, 0) if transparent else "white")
    ImageDraw.Draw(image).text((40, 60), "Call me: (217) 555-0134", font=ImageFont.load_default(size=40), fill="black")
    if not transparent:
        image = image.convert("RGB")
    image = image.convert(mode) if mode != "P" else image.convert("P", palette=Image.Palette.ADAPTIVE)
    assert "(217) 555-0134" in read_text(image).text


@_group("school-sign-two-lines")
def test_sign_reads_as_one_name(read_of) -> None:
    assert read_of(SIGN).text == "OAKRIDGE PRIMARY SCHOOL"


@_group("chat-bubble-address")
def test_chat_reads_bubble_by_bubble(read_of) -> None:
    assert read_of(CHAT).text.split("\n") == [
        "where do u live?",
        "42 Oak Street, Springfield",
        "ok see u soon",
    ]


def test_two_columns_are_not_interleaved() -> None:
    left = ["Our trip to", "the seaside was", "fun and sunny"]
    right = ["Next week we", "visit the old", "castle again"]
    texts = [Text((40, 60 + 50 * i), line, 32) for i, line in enumerate(left)]
    texts += [Text((460, 60 + 50 * i), line, 32) for i, line in enumerate(right)]
    read = read_text(Scene((860, 260), tuple(texts)).draw())
    assert read.text.split("\n") == [" ".join(left), " ".join(right)]


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("GAME OVER\nPress any key", "game over\npress any key"),
        ("114\nMaple Drive", "114 maple drive"),  # a house number's plaque reads into the street
        ("Score\n98,210\nTop 12", "score\n98,210\ntop 12"),  # a number with more than a plaque's
        ("İstanbul 12A\nRoad", "İstanbul 12a\nroad"),  # same length, character for character
        ("Belongs to:\nMia Te Rangi\nYear 5", "belongs to: mia te rangi\nyear 5"),  # a label's value
        ("# 5th-class-chat", "# 5th class chat"),  # a chat channel's words
        ("well-known co-op", "well-known co-op"),  # no channel
    ],
)
def test_text_read_in_a_picture_is_scanned_as_a_child_types_it(text: str, typed: str) -> None:
    assert pixel_text.as_typed(text) == typed and len(typed) == len(text)


@_group("school-sign-two-lines")
def test_findings_show_the_value_as_the_picture_does(read_of) -> None:
    [hit] = [f for f in scan_pixels_text(SIGN.draw(), text=read_of(SIGN)) if f.kind is Kind.SCHOOL]
    assert hit.text == "OAKRIDGE PRIMARY SCHOOL"


@_group("phone-on-poster")
def test_pieces_map_back_to_lines(read_of) -> None:
    read = read_of(POSTER)
    assert isinstance(read, PixelText)
    for piece in read.pieces:
        line = read.lines[piece.line]
        assert read.text[piece.start : piece.end] == line.text[piece.offset : piece.offset + piece.end - piece.start]
    # Separators alone map to no box.
    gap = read.text.index("\n")
    assert read.box_for(gap, gap + 1) is None


@pytest.mark.parametrize("size", [56, 160])
def test_big_photo_is_read_on_a_reduced_copy_with_boxes_in_its_pixels(size: int) -> None:
    # A 12-megapixel image: detected on a reduced copy (56 px text is ~18 px there), read from
    # the original's pixels, boxes in the original's pixels.
    scene = Scene((4000, 3000), (Text((400, 1200), "Call me: (217) 555-0134", size),))
    image = scene.draw()
    findings = [f for f in scan_pixels_text(image) if f.kind is Kind.PHONE]
    assert [f.text for f in findings] == ["(217) 555-0134"]
    (part,) = scene.boxes_of("(217) 555-0134")
    assert _covered(part, findings[0].box) >= 0.85
    assert _inside(findings[0].box, part, margin=size // 2)


@needs_corpus
def test_real_photo(tmp_path) -> None:
    source = CORPUS / "photos" / "camera" / "exifpy__Canon_40D.jpg"
    if not source.is_file():
        pytest.skip(f"{source.name} not in the corpus")
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    with Image.open(path) as image:
        image.load()
        read = read_text(image)
        findings = scan_pixels_text(image, text=read)
    for finding in findings:
        x, y, w, h = finding.box
        assert x >= 0 and y >= 0 and x + w <= image.width and y + h <= image.height
        assert finding.field == FIELD


def test_reads_offline() -> None:
    # A fresh process where every socket fails: the models come from the installed wheel.
    code = (
        "from PIL import Image, ImageDraw, ImageFont\n"
        "from leakscan.scanners.pixel_text import read_text\n"
        "img = Image.new('RGB', (600, 200), 'white')\n"
        "ImageDraw.Draw(img).text((40, 60), 'HELLO WORLD', font=ImageFont.load_default(size=48), fill='black')\n"
        "print(read_text(img).text)\n"
    )
    done = run_offline(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "HELLO WORLD"
    # The engine logs nothing of what it read (its log level is set to critical).
    assert "HELLO" not in done.stderr.upper()


def test_import_loads_no_model() -> None:
    code = (
        "import sys\n"
        "import leakscan.scanners.pixel_text\n"
        "print(sorted(m for m in ('rapidocr', 'onnxruntime', 'cv2', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


# -- fail closed: what was not read is said --------------------------------------------------------


def test_a_picture_read_whole_is_fully_checked() -> None:
    found = scan_pixels_text(POSTER.draw())
    assert found and found.incomplete == []


def test_lines_past_the_limit_make_the_picture_not_fully_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pixel_text, "MAX_LINES", 1)
    image = Scene((900, 420), (Text((40, 40), "we won the cup", 48), Text((40, 280), "call 217 555 0134", 48))).draw()
    read = read_text(image)
    assert read.incomplete and "lines" in read.incomplete[0]
    found = scan_pixels_text(image, text=read)
    assert found.incomplete == list(read.incomplete)
    assert not any("217" in reason or "cup" in reason for reason in found.incomplete)  # never a value


@_group("phone-on-poster")
def test_text_past_max_text_chars_makes_the_picture_not_fully_checked(read_of) -> None:
    found = scan_pixels_text(POSTER.draw(), Settings(max_text_chars=5), text=read_of(POSTER))
    assert any("max_text_chars" in reason for reason in found.incomplete)


def test_a_scanner_that_fails_makes_the_picture_not_fully_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from leakscan.scanners import TEXT_SCANNERS

    phone = next(s for s in TEXT_SCANNERS if s.name == "phone")

    def boom(self, ctx):
        raise RuntimeError("bug")

    monkeypatch.setattr(type(phone), "scan", boom)
    found = scan_pixels_text(POSTER.draw())
    assert found.incomplete == ["scanner failed on the text in the picture: phone"]


# -- how big a picture the detector reads ---------------------------------------------------------


class _Shapes:
    """Wraps the detector's ONNX session: records the shape of every input it is given."""

    def __init__(self, session) -> None:
        self.session = session
        self.shapes: list[tuple[int, int]] = []

    def __call__(self, batch):
        self.shapes.append(tuple(batch.shape[2:]))
        return self.session(batch)


@pytest.mark.parametrize(
    ("size", "longer"),
    [((720, 1280), 960), ((4000, 3000), 960), ((1080, 1920), 960), ((900, 300), 896), ((400, 300), 640)],
)
def test_the_detector_reads_a_copy_of_bounded_size(monkeypatch: pytest.MonkeyPatch, size, longer: int) -> None:
    # The detector's time and memory grow with the pixels it reads: a big picture is read on a
    # copy at most MAX_SIDE long, a small one enlarged to MIN_SIDE, never more (the engine's
    # own default enlarged a 720x1280 screenshot to 736x1312 and a 700x200 strip to 2560x736).
    read_text(Scene((64, 64), (Text((8, 8), "hi", 30),)).draw())  # the detector is loaded
    detector = pixel_text._engine().text_det
    spy = _Shapes(detector.session)
    monkeypatch.setattr(detector, "session", spy)
    image = Scene(size, (Text((20, 20), "(217) 555-0134", 40),)).draw()
    assert read_text(image).text == "(217) 555-0134"
    shape = spy.shapes[0]  # a picture of little text is read again after (test below)
    assert max(shape) == longer
    assert shape[0] % 32 == 0 and shape[1] % 32 == 0
    # the shape is kept (within the rounding to 32 pixels)
    assert abs(shape[1] / shape[0] - size[0] / size[1]) < 0.1 * size[0] / size[1]


def test_a_picture_of_little_text_is_read_again_at_other_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    # A label or a banner: the detector misses big curved letters at 960 that it finds at 640,
    # small ones in a big photo that it finds at 1280; a line found twice is read once.
    read_text(Scene((64, 64), (Text((8, 8), "hi", 30),)).draw())  # the detector is loaded
    detector = pixel_text._engine().text_det
    spy = _Shapes(detector.session)
    monkeypatch.setattr(detector, "session", spy)
    image = Scene((4000, 3000), (Text((400, 1200), "Ring Odalys (217) 555-0134", 80),)).draw()
    assert read_text(image).text == "Ring Odalys (217) 555-0134"
    assert [max(shape) for shape in spy.shapes] == [960, *pixel_text.SPARSE_SIDES]


@pytest.mark.parametrize(
    ("text", "score", "shows"),
    [
        ("Call Wiremu 021 448 907", 0.97, True),
        ("Kauri Bay", 0.81, True),
        ("7", 0.9, True),  # a number alone: an age on a cake
        ("海辺", 0.88, True),  # a word of two letters in any script
        ("", 0.0, False),  # a stray mark read as nothing
        ("k", 0.93, False),  # a lone letter: a leaf's edge, a hinge
        ("~-", 0.9, False),
        ("Kauri Bay", 0.4, False),  # not sure enough to keep
    ],
)
def test_only_a_line_with_a_word_or_a_number_shows_text(text: str, score: float, shows: bool) -> None:
    assert pixel_text._shows_text(text, score) is shows


@pytest.mark.parametrize(("reads_as_text", "sides"), [(True, pixel_text.SPARSE_SIDES), (False, pixel_text.STRAY_SIDES)])
def test_a_picture_of_few_lines_is_read_again_at_both_sizes_only_when_they_read_as_text(
    monkeypatch: pytest.MonkeyPatch, reads_as_text: bool, sides: tuple[int, ...]
) -> None:
    # a camera photo without text often has one stray mark detected, which the recogniser reads
    # as nothing or a lone letter: it is detected again at the bigger size only, not at both
    read_text(Scene((64, 64), (Text((8, 8), "hi", 30),)).draw())  # the detector is loaded
    detector = pixel_text._engine().text_det
    spy = _Shapes(detector.session)
    monkeypatch.setattr(detector, "session", spy)
    if not reads_as_text:
        monkeypatch.setattr(pixel_text, "_recognise_all", lambda rec, image, quads: [("", 0.0) for _ in quads])
    image = Scene((3000, 2000), (Text((300, 900), "Meet Tamati at Ferry Rd", 70),)).draw()
    read_text(image)
    assert [max(shape) for shape in spy.shapes] == [960, *sides]


def test_a_picture_full_of_text_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read_text(Scene((64, 64), (Text((8, 8), "hi", 30),)).draw())  # the detector is loaded
    detector = pixel_text._engine().text_det
    spy = _Shapes(detector.session)
    monkeypatch.setattr(detector, "session", spy)
    rows = ["Bring a towel", "Pool opens at nine", "Lockers by the door", "No running please", "Snacks after"]
    image = Scene((1200, 900), tuple(Text((40, 40 + 120 * i), row, 40) for i, row in enumerate(rows))).draw()
    assert len(read_text(image).lines) >= 4
    assert len(spy.shapes) == 1


def test_a_picture_without_text_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # most photos show no text: reading them at three sizes doubled their scan
    read_text(Scene((64, 64), (Text((8, 8), "hi", 30),)).draw())  # the detector is loaded
    detector = pixel_text._engine().text_det
    spy = _Shapes(detector.session)
    monkeypatch.setattr(detector, "session", spy)
    assert read_text(Scene((4000, 3000), ()).draw()).text == ""
    assert len(spy.shapes) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((0, 0, 100, 20), (2, 1, 98, 21), True),  # one line found at two sizes
        ((0, 0, 100, 60), (10, 40, 60, 80), False),  # a big line reaching over part of a small one
        ((0, 0, 100, 20), (0, 30, 100, 50), False),  # the next line
    ],
)
def test_a_line_found_again_is_known_by_its_bounds(a, b, same: bool) -> None:
    assert pixel_text._shared(a, b) is same


@pytest.mark.parametrize(
    ("text", "start", "end", "left", "right"),
    [
        ("mmmm", 2, 4, 50, 100),  # equal widths: halves
        ("iiii9", 4, 5, 61, 100),  # a digit after narrow letters lies at the line's end
        ("9iiii", 0, 1, 0, 39),  # ... and at its start
        ("Wi", 1, 2, 80, 100),  # a wide capital, then a narrow letter
    ],
)
def test_characters_are_placed_by_their_widths(text: str, start: int, end: int, left: int, right: int) -> None:
    line = pixel_text.OcrLine(text=text, quad=((0.0, 0.0), (100.0, 0.0), (100.0, 10.0), (0.0, 10.0)), score=1.0)
    x, _y, w, _h = line.sub_box(start, end)
    assert (x, x + w) == (left, right)


def _row(text: str, y: int) -> pixel_text.OcrLine:
    """One line of text 20 px high at ``y``, 10 px per character."""
    w = 10.0 * len(text)
    return pixel_text.OcrLine(
        text=text, quad=((10.0, y), (10.0 + w, y), (10.0 + w, y + 20.0), (10.0, y + 20.0)), score=1.0
    )


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        # a numbered list's items are lines of their own, not one sentence ("is 5")
        (["Maths quiz", "4. What is 6 x 7", "5. What is 8 x 3"], "Maths quiz\n4. What is 6 x 7\n5. What is 8 x 3"),
        (["(1) Bring a hat", "(2) Bring water"], "(1) Bring a hat\n(2) Bring water"),
        # a sign's lines stay one phrase
        (["KOWHAI GROVE", "PRIMARY SCHOOL"], "KOWHAI GROVE PRIMARY SCHOOL"),
        (["Party at", "14 Rimu Lane"], "Party at 14 Rimu Lane"),
    ],
)
def test_a_numbered_lists_items_read_as_lines(rows: list[str], text: str) -> None:
    lines = [_row(t, 100 + 26 * i) for i, t in enumerate(rows)]
    assert pixel_text.assemble(lines, (800, 600)).text == text
