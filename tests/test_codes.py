"""QR codes and barcodes (leakscan.scanners.codes): decoded from real pictures, payloads read.

Every code is made by zxing-cpp in the test and pasted onto plain pictures and onto real
photos from the corpus (copied into tmp_path): upright, small, tilted, several at once. The
payload tables hold what must be found and what must not (a product's EAN, a shop's link).
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import sys

import numpy as np
import pytest
import zxingcpp
from conftest import CORPUS, needs_corpus
from PIL import Image, ImageOps

from leakscan.findings import Finding, Kind
from leakscan.scanners import codes
from leakscan.scanners.codes import Code, decode_codes, payload_findings

QR = zxingcpp.BarcodeFormat.QRCode
PHOTO = CORPUS / "photos" / "camera" / "mei__Apple_iPhone_4.jpg"


def code_image(payload: str | bytes, fmt=QR, scale: int = 4) -> Image.Image:
    """A code as zxing-cpp draws it (black on white, with its quiet zone), in grey."""
    return Image.fromarray(zxingcpp.create_barcode(payload, fmt).to_image(scale=scale))


def paste(picture: Image.Image, code: Image.Image, at: tuple[int, int], angle: float = 0) -> tuple[int, int, int, int]:
    """Paste ``code`` (turned by ``angle`` degrees) at ``at``; the box of its dark modules."""
    if angle:
        code = code.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    picture.paste(code.convert(picture.mode), at)
    left, top, right, bottom = ImageOps.invert(code.convert("L")).point(lambda v: 255 if v > 100 else 0).getbbox()
    return at[0] + left, at[1] + top, right - left, bottom - top


def covers(box: tuple[int, int, int, int], inner: tuple[int, int, int, int], slack: int = 2) -> bool:
    """``box`` holds ``inner`` (give or take ``slack`` pixels of antialiasing at the edge)."""
    x, y, w, h = box
    ix, iy, iw, ih = inner
    return x <= ix + slack and y <= iy + slack and x + w >= ix + iw - slack and y + h >= iy + ih - slack


def plain(size=(800, 600), colour="white") -> Image.Image:
    return Image.new("RGB", size, colour)


def noisy(size=(800, 600)) -> Image.Image:
    # numpy, not a Python loop: this runs at collection in every xdist worker (half a second a call)
    grey = np.random.default_rng(7).integers(120, 220, size=(size[1], size[0]), dtype=np.uint8)
    return Image.fromarray(grey, "L").convert("RGB")


@pytest.fixture
def photo(tmp_path) -> Image.Image:
    if not PHOTO.is_file():
        pytest.skip(f"corpus photo not found at {PHOTO}")
    copy = tmp_path / PHOTO.name
    shutil.copyfile(PHOTO, copy)
    with Image.open(copy) as im:
        return im.convert("RGB")


# -- decoding: where, how small, how tilted ------------------------------------------------------


@pytest.mark.parametrize(
    ("background", "scale", "angle"),
    [
        ("white", 4, 0),
        ("white", 2, 0),  # small: 2 pixels a module, 58 pixels across
        ("white", 4, 30),
        ("white", 4, 90),
        ("noise", 4, 0),
        ("noise", 3, -20),
    ],
)
def test_a_qr_code_is_found_where_it_is(background: str, scale: int, angle: float) -> None:
    picture = plain() if background == "white" else noisy()
    where = paste(picture, code_image("tel:+12175550134", scale=scale), (300, 200), angle)
    found = decode_codes(picture)
    assert [(c.format, c.text, c.problem) for c in found] == [("QR Code", "tel:+12175550134", None)]
    assert covers(found[0].box, where)
    assert found[0].box[2] * found[0].box[3] <= 2 * where[2] * where[3]  # the code, not the picture


@needs_corpus
@pytest.mark.parametrize(("scale", "angle", "at"), [(6, 0, (40, 30)), (3, 0, (500, 300)), (5, 15, (200, 150))])
def test_a_qr_code_on_a_real_photo(photo: Image.Image, scale: int, angle: float, at: tuple[int, int]) -> None:
    where = paste(photo, code_image("https://wa.me/12175550134", scale=scale), at, angle)
    (code,) = decode_codes(photo)
    assert code.text == "https://wa.me/12175550134" and code.problem is None
    assert covers(code.box, where)
    assert [f.kind for f in payload_findings(code)] == [Kind.PHONE]


@pytest.mark.parametrize(
    ("size", "read"),
    [
        ((4000, 3000), (2000, 1500)),
        ((6000, 4000), (2000, 1334)),
        ((2048, 1536), (2048, 1536)),
        ((1080, 1920), (1080, 1920)),
    ],
)
def test_a_big_picture_is_read_on_a_reduced_copy(monkeypatch, size, read) -> None:
    # The decoder's time grows with the pixels: a picture longer than MAX_SIDE is read at an
    # integer fraction of its size (12 MP at half), the box still in the picture's pixels.
    seen = []
    real = zxingcpp.read_barcodes

    def spy(image, *args, **kwargs):
        seen.append(image.size)
        return real(image, *args, **kwargs)

    monkeypatch.setattr(zxingcpp, "read_barcodes", spy)
    picture = plain(size)
    where = paste(picture, code_image("tel:+12175550134", scale=8), (size[0] // 3, size[1] // 3))
    (code,) = decode_codes(picture)
    assert seen == [read]
    assert (code.text, code.problem) == ("tel:+12175550134", None)
    factor = size[0] // read[0]
    assert covers(code.box, where, slack=2 * factor)
    assert code.box[2] * code.box[3] <= 2 * where[2] * where[3]


@needs_corpus
@pytest.mark.parametrize(("scale", "angle"), [(4, 0), (5, 12)])
def test_a_qr_code_in_a_12_megapixel_photo(photo: Image.Image, scale: int, angle: float) -> None:
    # 4 pixels a module in a 4000x3000 photo (a code ~120 pixels across): still read on the
    # half-size copy.
    big = photo.resize((4000, 3000))
    where = paste(big, code_image("https://wa.me/12175550134", scale=scale), (2500, 1800), angle)
    (code,) = decode_codes(big)
    assert code.text == "https://wa.me/12175550134" and code.problem is None
    assert covers(code.box, where, slack=4)


@needs_corpus
def test_a_real_photo_without_a_code_has_none(photo: Image.Image) -> None:
    assert decode_codes(photo) == []


@needs_corpus
@pytest.mark.parametrize(
    "name",
    [
        # textures zxing-cpp reads as a DataMatrix or PDF417 with a failed checksum at this size:
        # not a code seen but not read (the picture would fail closed for nothing)
        "exiv2__exiv2-bug1199.webp",
        "mei__Canon_PowerShot_SD600.jpg",
        "mei__Nokia_Lumia_800.jpg",
        "mei__Sony_Ericsson_U10i.jpg",
    ],
)
def test_textures_are_not_codes(tmp_path, name: str) -> None:
    source = CORPUS / "photos" / "camera" / name
    if not source.is_file():
        pytest.skip(f"corpus photo not found at {source}")
    copy = tmp_path / name
    shutil.copyfile(source, copy)
    with Image.open(copy) as im:
        im.draft("L", (2000, 2000))
        assert zxingcpp.read_barcodes(im.convert("L"), return_errors=True)  # the decoder's false reads
        assert decode_codes(im) == []


@pytest.mark.parametrize(
    ("fmt", "payload", "angle"),
    [
        (zxingcpp.BarcodeFormat.EAN13, "4006381333931", 10),
        (zxingcpp.BarcodeFormat.EAN13, "4006381333931", -15),
        (zxingcpp.BarcodeFormat.Code128, "HELLO-123", 90),
        (zxingcpp.BarcodeFormat.PDF417, "DCS JOHNSON DAC EMMA", 270),
        (zxingcpp.BarcodeFormat.DataMatrix, "hello", 90),
    ],
)
def test_a_tilted_barcode_is_covered_whole(fmt, payload: str, angle: float) -> None:
    """A tilted linear code is read along one line: its box still covers every bar."""
    picture = plain((900, 900))
    where = paste(picture, code_image(payload, fmt, 3), (100, 100), angle)
    found = [c for c in decode_codes(picture) if c.text.endswith(payload)]
    assert len(found) == 1 and covers(found[0].box, where)


def test_a_light_on_dark_code_is_found() -> None:
    picture = plain((400, 400))
    paste(picture, code_image("tel:+12175550134"), (100, 100))
    assert [c.text for c in decode_codes(ImageOps.invert(picture))] == ["tel:+12175550134"]


@pytest.mark.parametrize(
    "picture", [plain(), noisy(), plain((64, 64)), plain((1, 1))], ids=["white", "noise", "tiny", "1px"]
)
def test_pictures_without_codes_have_none(picture: Image.Image) -> None:
    assert decode_codes(picture) == []


def test_several_codes_in_one_picture() -> None:
    picture = plain((1200, 800))
    placed = {
        "MECARD:N:Johnson,Emma;TEL:+12175550134;;": paste(picture, code_image("MECARD:N:Johnson,Emma;TEL:+12175550134;;"), (40, 40)),
        "4006381333931": paste(picture, code_image("4006381333931", zxingcpp.BarcodeFormat.EAN13, 3), (600, 60)),
        "hello": paste(picture, code_image("hello", zxingcpp.BarcodeFormat.DataMatrix, 6), (80, 500)),
        "geo:40.7128,-74.006": paste(picture, code_image("geo:40.7128,-74.006", scale=3), (700, 450), 45),
    }  # fmt: skip
    found = {c.text: c for c in decode_codes(picture)}
    assert set(found) == set(placed)
    for text, where in placed.items():
        assert covers(found[text].box, where), text
    assert found["4006381333931"].format == "EAN-13"
    assert found["hello"].format == "Data Matrix"


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA", "P", "1", "I;16"])
def test_every_picture_mode_is_read(mode: str) -> None:
    picture = plain((400, 400))
    paste(picture, code_image("hello"), (100, 100))
    assert [c.text for c in decode_codes(picture.convert(mode))] == ["hello"]


def test_a_code_on_a_transparent_background() -> None:
    """Black modules on transparency (a sticker, a PNG): read as if on white."""
    code = code_image("tel:+12175550134")
    sticker = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    sticker.paste(Image.new("RGBA", code.size, (0, 0, 0, 255)), (100, 100), ImageOps.invert(code))
    assert [c.text for c in decode_codes(sticker)] == ["tel:+12175550134"]


# -- payloads ----------------------------------------------------------------------------------

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Johnson;Emma;;;\r\nFN:Emma Johnson\r\nTEL;TYPE=cell:+1 217 555 0134\r\n"
    "item1.EMAIL;TYPE=home:emma.j2013@gmail.com\r\nADR;TYPE=home:;;42 Oak Street;Springfield;IL;62701;USA\r\n"
    "BDAY:2013-03-14\r\nORG:Springfield Swim Club\r\nPHOTO;ENCODING=b;TYPE=JPEG:MIIC2TCCAcGgAwIBAgIJAN\r\n"
    "END:VCARD"
)

POSITIVE: list[tuple[str, list[tuple[Kind, str]]]] = [
    ("tel:+12175550134", [(Kind.PHONE, "+12175550134")]),
    ("REF-2031-77 call 021-555-0143", [(Kind.PHONE, "021-555-0143")]),  # a reference, then a phone
    ("TEL:+44 7700 900123", [(Kind.PHONE, "+44 7700 900123")]),
    (
        "sms:+447700900123?body=see you at 42 Oak Street",
        [(Kind.PHONE, "+447700900123"), (Kind.ADDRESS, "42 Oak Street")],
    ),
    ("SMSTO:+12175550134:hi", [(Kind.PHONE, "+12175550134")]),
    ("mailto:emma.j2013@gmail.com?subject=hi", [(Kind.EMAIL, "emma.j2013@gmail.com")]),
    ("MATMSG:TO:jakey11@hotmail.com;SUB:hi;BODY:hello;;", [(Kind.EMAIL, "jakey11@hotmail.com")]),
    (
        "MECARD:N:Johnson,Emma;TEL:+12175550134;EMAIL:emma.j2013@gmail.com;ADR:42 Oak Street, Springfield;BDAY:20130314;;",
        [
            (Kind.PERSON, "Johnson,Emma"),
            (Kind.PHONE, "+12175550134"),
            (Kind.EMAIL, "emma.j2013@gmail.com"),
            (Kind.ADDRESS, "42 Oak Street, Springfield"),
            (Kind.DATE_OF_BIRTH, "20130314"),
        ],
    ),
    (
        VCARD,
        [
            (Kind.PERSON, "Johnson;Emma"),
            (Kind.PERSON, "Emma Johnson"),
            (Kind.PHONE, "+1 217 555 0134"),
            (Kind.EMAIL, "emma.j2013@gmail.com"),
            (Kind.ADDRESS, "42 Oak Street;Springfield;IL;62701;USA"),
            (Kind.DATE_OF_BIRTH, "2013-03-14"),
            (Kind.ORG, "Springfield Swim Club"),
        ],
    ),
    ("WIFI:T:WPA;S:Johnson_Family;P:hunter22;;", [(Kind.PERSON, "Johnson")]),  # the surname
    ("WIFI:S:42 Oak Street;T:WPA;P:x;H:false;;", [(Kind.ADDRESS, "42 Oak Street")]),
    # a network name in one run says what its words say: the whole name is the finding
    ("WIFI:T:WPA;S:42OakStreet;P:x;;", [(Kind.ADDRESS, "42OakStreet")]),
    ("WIFI:T:WPA;S:ThornburyFamily;P:x;;", [(Kind.PERSON, "ThornburyFamily")]),
    ("WIFI:T:WPA;S:Wexcombe Family;P:x;;", [(Kind.PERSON, "Wexcombe Family")]),  # a family's network
    ("WIFI:T:WPA;S:The Thornburys;P:x;;", [(Kind.PERSON, "The Thornburys")]),
    # a household's network: a name before "Home", "House" or "Family", a band after it
    ("WIFI:T:WPA;S:KereamaHome_5G;P:x;;", [(Kind.PERSON, "KereamaHome_5G")]),
    ("WIFI:T:WPA;S:Wexcombe-House-5G;P:x;;", [(Kind.PERSON, "Wexcombe-House-5G")]),
    ("WIFI:T:WPA;S:Thornbury_Family_2G;P:x;;", [(Kind.PERSON, "Thornbury_Family_2G")]),
    ("https://wa.me/12175550134", [(Kind.PHONE, "https://wa.me/12175550134")]),
    ("https://t.me/miadances", [(Kind.URL, "https://t.me/miadances")]),
    ("https://www.snapchat.com/add/jakeyboi11", [(Kind.URL, "https://www.snapchat.com/add/jakeyboi11")]),
    ("https://discord.gg/abc123", [(Kind.URL, "https://discord.gg/abc123")]),
    ("https://sites.google.com/view/tane-ruru-art", [(Kind.URL, "https://sites.google.com/view/tane-ruru-art")]),
    ("add me on snap: jakeyboi11", [(Kind.HANDLE, "jakeyboi11")]),
    ("call me on 217 555 0134", [(Kind.PHONE, "217 555 0134")]),
]

NEGATIVE = [
    "4006381333931",  # a product's EAN-13
    "https://www.lego.com/en-gb/product/castle-10305",  # a shop
    "https://shop.example.com/",
    "hello",
    "WIFI:S:NETGEAR-5G;T:WPA;P:hunter22;;",  # a router's own name
    "WIFI:S:Netgear5G;T:WPA;P:hunter22;;",
    "WIFI:S:CafeGuest;T:WPA;P:hunter22;;",
    "WIFI:S:Holiday_Home_5G;T:WPA;P:hunter22;;",  # an everyday word before "Home"
    "WIFI:S:Beach House WiFi;T:WPA;P:hunter22;;",
    "WIFI:S:Home_5G;T:WPA;P:hunter22;;",  # no name before it
    "https://www.youtube.com/",  # a site, nobody's page
    "https://sites.google.com/",
    "tel:",
    "tel:911",  # an emergency number
    "sms:88022?body=STOP",  # a short code
    "BKG-2031-4471902-ROW7",  # a booking's reference: its digits are no phone
    "ORD-88-5550143",
    "mailto:",
    "",
    "   ",
]


def check_contract(code: Code, found: list[Finding]) -> None:
    """Every finding of a code: its box and field, exact offsets into the payload."""
    for f in found:
        assert f.box == code.box and f.field == code.field and f.scanner == "codes"
        if f.kind is not Kind.GPS:
            assert f.is_span and code.text[f.start : f.end] == f.text


@pytest.mark.parametrize(("payload", "expected"), POSITIVE, ids=[p[:30] for p, _ in POSITIVE])
def test_payload_findings(payload: str, expected: list[tuple[Kind, str]]) -> None:
    code = Code("QR Code", payload, (10, 20, 30, 40))
    found = payload_findings(code)
    assert [(f.kind, f.text) for f in found] == expected
    assert found.incomplete == []
    check_contract(code, found)


@pytest.mark.parametrize("payload", NEGATIVE)
def test_payloads_that_identify_nobody(payload: str) -> None:
    found = payload_findings(Code("QR Code", payload, (0, 0, 5, 5)))
    assert list(found) == [] and found.incomplete == []


@pytest.mark.parametrize(
    ("payload", "text", "place", "detail"),
    [
        ("geo:40.7128,-74.0060", "40.71280, -74.00600", "New York City, NY, US", None),
        ("GEO:51.5074,-0.1278?q=home", "51.50740, -0.12780", "London, GB", None),
        ("geo:0,0", "0.00000, 0.00000", None, "zero"),
        ("geo:123,456", "invalid position", None, "invalid"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nGEO:40.7128;-74.0060\nEND:VCARD",
            "40.71280, -74.00600",
            "New York City, NY, US",
            None,
        ),
    ],
)
def test_geo_payloads_are_gps_with_a_place(payload: str, text: str, place: str | None, detail: str | None) -> None:
    code = Code("QR Code", payload, (1, 2, 3, 4))
    found = [f for f in payload_findings(code) if f.kind is Kind.GPS]
    assert [(f.text, f.place, f.detail) for f in found] == [(text, place, detail)]
    assert found[0].box == (1, 2, 3, 4) and found[0].start is None


@pytest.mark.parametrize(
    "payload",
    [
        "WIFI:T:WPA;S:Johnson_Family;P:Emma Johnson 217 555 0134;;",
        "WIFI:P:emma.j2013@gmail.com;S:Oak Street;T:WPA;;",
        "WIFI:T:WPA;P:42 Oak Street\\;Springfield;S:home;;",
    ],
)
def test_a_wifi_password_is_never_read(payload: str) -> None:
    password = payload.split("P:", 1)[1].split(";S:")[0].split(";;")[0]
    code = Code("QR Code", payload, (0, 0, 9, 9))
    found = payload_findings(code)
    start = payload.index(password)
    for f in found:
        assert f.end <= start or f.start >= start + len(password)
        assert not any(part in (f.text + str(f.place) + str(f.detail)) for part in ("217", "Emma", "emma", "42 Oak"))


def test_a_payload_read_end_to_end() -> None:
    picture = noisy((900, 700))
    paste(picture, code_image(VCARD, scale=3), (100, 80), 10)
    (code,) = decode_codes(picture)
    found = payload_findings(code)
    assert {f.kind for f in found} == {Kind.PERSON, Kind.PHONE, Kind.EMAIL, Kind.ADDRESS, Kind.DATE_OF_BIRTH, Kind.ORG}
    check_contract(code, found)


# -- fail closed --------------------------------------------------------------------------------


def damaged_code() -> Image.Image:
    """A QR code zxing-cpp locates but cannot decode (its error correction overwhelmed)."""
    clean = code_image("tel:+12175550134")
    for seed in range(200):
        rng = random.Random(seed)
        spoilt = clean.copy()
        for _ in range(30):
            x, y = rng.randrange(40, clean.width - 20, 4), rng.randrange(40, clean.height - 20, 4)
            spoilt.paste(ImageOps.invert(spoilt.crop((x, y, x + 4, y + 4))), (x, y))
        picture = plain((400, 400))
        picture.paste(spoilt.convert("RGB"), (100, 100))
        read = zxingcpp.read_barcodes(picture, return_errors=True)
        if read and all(r.error is not None for r in read):
            return picture
    pytest.fail("no damaged code found to test with")


def test_a_code_found_but_not_decoded_is_not_fully_checked() -> None:
    (code,) = decode_codes(damaged_code())
    assert code.problem == "QR Code found but not decoded (checksum error)" and code.text == ""
    found = payload_findings(code)
    assert list(found) == [] and found.incomplete == [code.problem]


def test_binary_data_is_not_fully_checked() -> None:
    picture = plain((400, 400))
    paste(picture, code_image(bytes([0, 1, 2, 200, 255, 10])), (100, 100))
    (code,) = decode_codes(picture)
    assert code.problem == "QR Code holds binary data, not text"
    assert payload_findings(code).incomplete == [code.problem]


def test_a_payload_over_the_limit_is_not_fully_checked() -> None:
    payload = "x " * codes.MAX_PAYLOAD_CHARS + "call me on 217 555 0134"
    found = payload_findings(Code("PDF417", payload, (0, 0, 1, 1)))
    assert found.incomplete == ["PDF417 payload longer than 8,192 characters"]
    assert list(found) == []  # the number lies past the part read: the caller must not say "ok"


def test_codes_past_the_limit_are_not_read(monkeypatch) -> None:
    monkeypatch.setattr(codes, "MAX_CODES", 2)
    picture = plain((1200, 400))
    for k, text in enumerate(["one", "two", "tel:+12175550134"]):
        paste(picture, code_image(text), (40 + 400 * k, 100))
    found = decode_codes(picture)
    assert len(found) == 3
    (last,) = [c for c in found if c.problem]
    assert last.text == "" and last.problem == "more than 2 codes in one picture"
    assert payload_findings(last).incomplete == [last.problem]


@pytest.mark.parametrize(
    "payload",
    [
        "geo:",
        "geo:abc,def",
        "GEO:40.7",
        "WIFI:",
        "WIFI:S:",
        "WIFI:S:\\",
        "MECARD:N:\\",
        "MECARD:;;;;:::",
        "mailto:?&&",
        "tel:?;",
        "sms:",
        "SMSTO::",
        "BEGIN:VCARD",
        "BEGIN:VCARD\n\n:\n;:\nN\nEND:VCARD",
        "\x00\x01\x1b[31m",
        "MECARD:" + ";" * 9000,
        "geo:" + "9" * 9000,
    ],
)
def test_odd_payloads_never_raise(payload: str) -> None:
    code = Code("QR Code", payload, (0, 0, 2, 2))
    found = payload_findings(code)
    check_contract(code, found)
    assert all(r.startswith("QR Code") for r in found.incomplete)


@pytest.mark.parametrize(
    "payload",
    [
        "MECARD:" + "NOTE:x;" * 300 + "TEL:+12175550134;;",
        "BEGIN:VCARD\n" + "NOTE:x\n" * 300 + "TEL:+12175550134\nEND:VCARD",
    ],
    ids=["mecard", "vcard"],
)
def test_a_card_with_too_many_fields_is_not_fully_checked(payload: str) -> None:
    found = payload_findings(Code("QR Code", payload, (0, 0, 2, 2)))
    assert found.incomplete == [f"QR Code payload has more than {codes.MAX_FIELDS} fields"]


def test_no_value_in_a_reason() -> None:
    payload = "tel:+12175550134 " + "x" * codes.MAX_PAYLOAD_CHARS
    reasons = payload_findings(Code("QR Code", payload, (0, 0, 1, 1))).incomplete
    assert reasons and not any("217" in r or "tel" in r for r in reasons)


# -- offline, and light to import ----------------------------------------------------------------


def test_decoding_never_touches_the_network(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    picture = plain((400, 400))
    paste(picture, code_image("https://t.me/miadances"), (100, 100))
    (code,) = decode_codes(picture)
    assert [f.kind for f in payload_findings(code)] == [Kind.URL]


def test_importing_the_module_does_not_load_the_decoder() -> None:
    probe = "import sys, leakscan.scanners.codes; print('zxingcpp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
