"""The image engine: metadata and what the picture shows, in one scan of one photo read once.

Real OCR (RapidOCR) and a real QR decoder (zxing-cpp) on small pictures drawn here
(``tests/pixel_images.py``), real photos from the corpus copied into ``tmp_path``, ExifTool
as the oracle for clean copies. The OCR model loads once per test process (it is cached by
the engine), so the cases below share it.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT, SAMPLES, needs_corpus, needs_exiftool
from PIL import Image
from pixel_images import FONT_PX, TOP, chat_screenshot, encode, qr_picture, text_picture, text_png
from test_coldstart import cli_imports

from leakscan import Settings, SettingsError, check_post
from leakscan import messages as msgs
from leakscan.findings import Finding, Kind, Verdict
from leakscan.photos import MAX_PICTURES, open_photo, scan_image
from leakscan.scanners import pixels

NO_PIXELS = Settings(pixels=False)
#: What loading the pixel models imports: never for a run without pictures.
PIXEL_MODULES = ("rapidocr", "onnxruntime", "zxingcpp", "cv2")


def same(text: str) -> str:
    """Text as compared with what OCR read: letters, digits, ``@`` and ``.`` (a stray bracket
    or blank read between characters does not change which value it is)."""
    return re.sub(r"[^0-9a-z@.]", "", text.lower())


def boxed(result, kind: Kind) -> list[Finding]:
    return [f for f in result.findings if f.kind is kind and f.box is not None]


# -- what the picture shows: found, located, explained --------------------------------------------


TEXT_CASES = [
    # (lines drawn, kind, the text found, message code)
    (("Call me: (217) 555-0134",), Kind.PHONE, "(217) 555-0134", "PHONE.pixels"),
    (("my email is mia.dances@example.com",), Kind.EMAIL, "mia.dances@example.com", "EMAIL.pixels"),
    (("42 Oak Street",), Kind.ADDRESS, "42 Oak Street", "ADDRESS.pixels"),
    # a sign in two lines is one school name, not "OAKRIDGE" and a "PRIMARY SCHOOL"
    (("OAKRIDGE", "PRIMARY SCHOOL"), Kind.SCHOOL, "OAKRIDGE PRIMARY SCHOOL", "SCHOOL.pixels"),
    # What a picture shows of a child stays found when its text is read as a child types it.
    (("Name: Emma Johnson",), Kind.PERSON, "Emma Johnson", "PERSON.pixels"),
    (("To: Freya Kowalski",), Kind.PERSON, "Freya Kowalski", "PERSON.pixels"),
    (("HAPPY 9TH BIRTHDAY",), Kind.AGE, "9TH BIRTHDAY", "AGE.pixels"),
    (("GREENFIELD PRIMARY SCHOOL",), Kind.SCHOOL, "GREENFIELD PRIMARY SCHOOL", "SCHOOL.pixels"),
    (("Deliver to: 33 Harbour Street",), Kind.ADDRESS, "33 Harbour Street", "ADDRESS.pixels"),
    (("add me on snap @zoe_skates12",), Kind.HANDLE, "@zoe_skates12", "HANDLE.pixels"),
]


@pytest.mark.parametrize(("lines", "kind", "text", "code"), TEXT_CASES, ids=[c[3] + ":" + c[2] for c in TEXT_CASES])
def test_text_in_the_picture_is_found_with_its_box_and_a_childs_message(lines, kind, text, code):
    data = text_png(*lines)
    result = scan_image(data)
    found = boxed(result, kind)
    assert [same(f.text) for f in found] == [same(text)], result.findings
    f = found[0]
    assert f.field == "pixels" and f.code == code
    assert f.message.startswith("Your photo shows ")
    assert f.severity is not None and result.checked
    width, height = Image.open(io.BytesIO(data)).size
    x, y, w, h = f.box
    assert x >= 0 and y >= 0 and x + w <= width and y + h <= height
    # the box is where the text was drawn: on its first line, and over every line it spans
    assert y <= TOP + FONT_PX and y + h >= TOP + (len(lines) - 1) * FONT_PX * 1.4


def test_the_phone_number_message_is_the_childs_sentence():
    f = boxed(scan_image(text_png("Call me: (217) 555-0134")), Kind.PHONE)[0]
    assert f.message == "Your photo shows a phone number. Anyone who sees it could call or text you."
    assert f.severity.value == "high"


def test_a_chat_screenshot_reads_bubble_by_bubble():
    shot = chat_screenshot(
        [
            ("them", "hey whats ur number?"),
            ("me", "its 07700 900123"),
            ("them", "and ur email"),
            ("me", "jake.lee2013@example.com"),
        ]
    )
    result = scan_image(encode(shot))
    kinds = {f.kind: f for f in result.findings if f.box is not None}
    assert same(kinds[Kind.PHONE].text) == "07700900123"
    assert same(kinds[Kind.EMAIL].text) == "jake.lee2013@example.com"
    assert result.verdict is Verdict.BLOCK and result.checked
    # the number is in the child's (right-hand) bubble
    assert kinds[Kind.PHONE].box[0] > shot.width // 3


QR_CASES = [
    # (payload, kinds it must give, message code of the first)
    ("tel:+447700900123", {Kind.PHONE}, "PHONE.code"),
    ("geo:51.5007,-0.1246", {Kind.GPS}, "GPS.code"),
    ("MECARD:N:Lee,Jake;TEL:+12175550134;EMAIL:jake.lee@example.com;;", {Kind.PERSON, Kind.PHONE, Kind.EMAIL}, None),
]


@pytest.mark.parametrize(("payload", "kinds", "code"), QR_CASES, ids=[c[0][:12] for c in QR_CASES])
def test_a_qr_code_in_the_picture_is_decoded_and_its_payload_scanned(payload, kinds, code):
    picture = qr_picture(payload)
    result = scan_image(encode(picture))
    from_code = [f for f in result.findings if f.field == "QR Code payload"]
    assert {f.kind for f in from_code} >= kinds, result.findings
    for f in from_code:
        assert f.message.startswith("This photo has a QR code with"), f.message
        x, y, w, h = f.box  # the whole code: inside the card, around its middle
        assert x < picture.width / 2 < x + w and y < picture.height / 2 < y + h
    if code:
        assert from_code[0].code == code
    assert result.verdict is Verdict.BLOCK and result.checked


def test_a_phone_in_a_qr_code_gets_the_qr_wording():
    f = boxed(scan_image(encode(qr_picture("tel:+447700900123"))), Kind.PHONE)[0]
    assert f.message == "This photo has a QR code with a phone number in it. Anyone who sees it could call or text you."


def test_a_face_is_counted_and_located_never_identified(tmp_path):
    photo = tmp_path / "portrait.jpg"
    shutil.copy(ROOT / "tests" / "data" / "faces" / "astronaut.jpg", photo)
    result = scan_image(photo)
    [face] = [f for f in result.findings if f.kind is Kind.FACE]
    assert face.text == "face" and face.box and face.field == "pixels"
    assert face.message == "This photo shows a face. Ask your friends before you share their faces."
    assert result.verdict is Verdict.WARN and result.checked
    assert scan_image(photo, NO_PIXELS).findings == ()


HARMLESS = [
    ("we won 3-2",),
    ("Final score 21-14",),
    ("Pizza 4.50", "Chips 2.00", "Cola 1.20"),
    ("MENU", "Pizza 4.50", "Chips 2.00", "Cola 1.20"),
    ("Happy Birthday!",),
    ("Open 9am - 5pm",),
    ("Only 2.99 today",),
    # Headings, titles and labels set in capitals or with every word capitalised: the NER model
    # read them as organisations and people until pictures were read as a child types.
    ("GAME OVER", "High score 98,210", "Press any key"),
    ("EXIT",),
    ("BAKE SALE", "Saturday 10am", "All welcome"),
    ("Library", "Quiet please"),
    ("THE LOST ROBOT", "Illustrated edition"),
    ("Smoothies", "Mango 3.20", "Berry blast 3.40"),
    ("Breakfast Menu", "Porridge 2.50", "Toast and jam 1.80"),
    ("LOST CAT", "Ginger, very friendly"),
    ("Inbox", "Drafts", "Sent"),
    ("Spring Concert", "Tickets on sale now"),
    ("GARDEN CENTRE", "Open daily"),
]


@pytest.mark.parametrize("lines", HARMLESS, ids=lambda lines: " / ".join(lines))
def test_harmless_text_in_the_picture_is_no_alarm(lines):
    result = scan_image(text_png(*lines))
    assert result.findings == () and result.verdict is Verdict.OK and result.checked


def test_a_harmless_qr_code_is_no_alarm():
    result = scan_image(encode(qr_picture("https://example.com/menu")))
    assert result.findings == () and result.verdict is Verdict.OK and result.checked


@pytest.mark.parametrize(
    ("settings", "found"),
    [
        (Settings(), True),
        (Settings(scanners=("phone",)), True),  # the text scanners chosen read the picture's text
        (NO_PIXELS, False),
        (Settings(scanners=("photo_metadata",)), False),  # "metadata only"
    ],
)
def test_no_pixels_reads_the_metadata_only(settings, found):
    result = scan_image(text_png("Call me: (217) 555-0134"), settings)
    assert (result.verdict is Verdict.BLOCK) is found and result.checked
    assert bool(result.findings) is found


def test_the_pixels_setting_is_a_boolean():
    assert Settings().pixels is True and Settings.from_dict({"pixels": False}).pixels is False
    with pytest.raises(SettingsError, match="'pixels' must be true or false"):
        Settings.from_dict({"pixels": "no"})


@pytest.mark.parametrize(
    ("field", "kind", "code"),
    [
        ("pixels", Kind.PHONE, "PHONE.pixels"),
        ("pixels", Kind.SCHOOL, "SCHOOL.pixels"),
        ("QR Code payload", Kind.PHONE, "PHONE.code"),
        ("QR Code payload", Kind.GPS, "GPS.code"),
        ("QR Code payload", Kind.EMAIL, "EMAIL.code"),
        # not in the picture: the wording of the text, or of the metadata, as before
        (None, Kind.PHONE, "PHONE"),
        ("UserComment", Kind.PHONE, "PHONE"),
    ],
)
def test_message_codes_say_where_a_finding_was(field, kind, code):
    box = (1, 2, 3, 4) if field in ("pixels", "QR Code payload") else None
    assert msgs.code_for(Finding(kind, "x", field=field, box=box)) == code


# -- fail closed: what was not read is never "ok" -------------------------------------------------


def test_a_picture_over_max_image_pixels_is_not_fully_checked_and_keeps_its_metadata(tmp_path):
    photo = tmp_path / "park.jpg"
    shutil.copy(SAMPLES / "photos" / "park_gps.jpg", photo)
    small = Settings(max_image_pixels=100)
    result = scan_image(photo, small)
    assert not result.checked and result.verdict is Verdict.BLOCK
    assert "could not be fully checked" in result.error and "max_image_pixels" in result.error
    # the metadata was read all the same
    assert [f.kind for f in result.findings] == [f.kind for f in scan_image(photo, NO_PIXELS).findings]
    assert Kind.GPS in result.kinds


def animation(*frames: Image.Image) -> bytes:
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=list(frames[1:]), duration=100)
    return buf.getvalue()


def test_every_frame_of_an_animation_is_read():
    blank = Image.new("RGB", (460, 100), "white")
    result = scan_image(animation(blank, text_picture("Call me: (217) 555-0134", size=(460, 100)), blank))
    assert [f.kind for f in result.findings] == [Kind.PHONE] and result.checked


def test_an_animation_of_more_pictures_than_are_read_is_not_fully_checked():
    grey = [Image.new("RGB", (64, 64), (i * 15,) * 3) for i in range(MAX_PICTURES + 1)]
    result = scan_image(animation(*grey))
    assert not result.checked and f"more than {MAX_PICTURES} different pictures" in result.error
    # the same frame again and again is one picture
    assert scan_image(animation(*[grey[0]] * (MAX_PICTURES + 3))).checked


def test_a_picture_cut_short_is_not_fully_checked():
    data = encode(Image.effect_noise((300, 300), 60).convert("RGB"), "PNG")
    result = scan_image(data[: len(data) * 2 // 3])
    assert not result.checked and result.verdict is Verdict.BLOCK


def test_a_pixel_scanner_that_fails_makes_the_picture_not_fully_checked(monkeypatch):
    secret = "Call me: (217) 555-0134"

    def broken(image, settings):
        raise RuntimeError(secret)  # a bug: its message may hold what it read

    monkeypatch.setattr(pixels, "PIXEL_SCANNERS", (("text", broken), *pixels.PIXEL_SCANNERS[1:]))
    result = scan_image(text_png(secret))
    assert not result.checked and "the text scanner failed on the picture (RuntimeError)" in result.error
    assert "555" not in result.error


@needs_corpus
def test_a_format_with_no_picture_decoder_is_not_fully_checked(tmp_path):
    jxl = tmp_path / "photo.jxl"
    shutil.copy(CORPUS / "photos" / "camera" / "exifpy__test_0001.jxl", jxl)
    result = scan_image(jxl)
    assert not result.checked and "JPEG XL" in result.error
    assert scan_image(jxl, NO_PIXELS).checked  # metadata only: as before


@needs_corpus
def test_a_video_is_scanned_as_before(tmp_path):
    video = next((CORPUS / "photos" / "video").iterdir())
    copy = tmp_path / video.name
    shutil.copy(video, copy)
    assert scan_image(copy).to_dict() == scan_image(copy, NO_PIXELS).to_dict()


# -- real photos: pixels on leaves the metadata results as they were -------------------------------

REAL = [
    "camera/exifpy__DSCN0010.jpg",
    "camera/exifpy__portrait_6.jpg",
    "camera/mei__HTC_Desire.webp",
    "camera/exiv2__ReaganSmallPng.png",
    "camera/mei__cheers_1440x960.heic",
]


@needs_corpus
@pytest.mark.parametrize("rel", REAL)
def test_pixels_on_leaves_a_real_photos_metadata_findings_as_they_were(tmp_path, rel):
    photo = tmp_path / Path(rel).name
    shutil.copy(CORPUS / "photos" / rel, photo)
    on, off = scan_image(photo), scan_image(photo, NO_PIXELS)
    assert [f for f in on.findings if f.box is None] == list(off.findings)
    assert on.error == off.error


@needs_corpus
@needs_exiftool
def test_exiftool_still_reads_no_location_in_clean_copies_made_with_pixels_on(tmp_path):
    from leakscan.cli import cli

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for rel in REAL[:3]:
        shutil.copy(CORPUS / "photos" / rel, src)
    res = CliRunner().invoke(cli, ["redact", str(src), "--out", str(out), "--format", "jsonl", "-q"])
    assert res.exit_code == 0, res.output
    copies = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(copies) == 3
    read = subprocess.run(["exiftool", "-n", "-j", "-GPS:all", *map(str, copies)], capture_output=True, text=True)
    assert "GPSLatitude" not in read.stdout and "GPSPosition" not in read.stdout


# -- on by default everywhere ----------------------------------------------------------------------


def test_check_post_reads_what_a_photo_shows():
    check = check_post("look at this", [text_png("Call me: (217) 555-0134")])
    [image] = check.image_results
    assert check.verdict is Verdict.BLOCK and image.checked
    assert [f.code for f in image.findings] == ["PHONE.pixels"] and image.findings[0].box
    assert check_post("look at this", [text_png("Call me: (217) 555-0134")], NO_PIXELS).verdict is Verdict.OK


def test_a_photo_is_read_once_and_scanned_from_the_photo_it_gave(tmp_path):
    path = tmp_path / "note.png"
    path.write_bytes(text_png("Call me: (217) 555-0134"))
    photo = open_photo(path)
    path.unlink()  # the scan works from what was read
    assert scan_image(photo).kinds == {Kind.PHONE}


def test_a_worker_pool_scans_pictures_like_one_process(tmp_path):
    from leakscan import batch
    from leakscan.inputs.items import Item, iter_items

    (tmp_path / "a.png").write_bytes(text_png("Call me: (217) 555-0134"))
    (tmp_path / "b.png").write_bytes(encode(qr_picture("tel:+447700900123")))
    (tmp_path / "c.png").write_bytes(text_png("we won 3-2"))
    settings = Settings()

    def run(**kw):
        items = [i for i in iter_items([str(tmp_path)], settings=settings) if isinstance(i, Item)]
        return sorted((r.to_dict() for _, r, _ in batch.run(items, settings, **kw)), key=lambda d: d["source"])

    pooled = run(jobs=2)
    assert pooled == run(jobs=1)
    assert [sorted(f["kind"] for f in r["findings"]) for r in pooled] == [["PHONE"], ["PHONE"], []]


# -- cold start: the pixel models are imported by a picture, never by a text or with --no-pixels ----


def test_a_run_without_pictures_never_imports_the_pixel_models(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("call me on 217 555 0134", encoding="utf-8")
    assert not set(PIXEL_MODULES) & cli_imports(tmp_path, "scan", str(post), "--format", "jsonl")


def test_no_pixels_never_imports_the_pixel_models_and_a_picture_does(tmp_path):
    (tmp_path / "note.png").write_bytes(text_png("Hello there"))
    off = cli_imports(tmp_path, "scan", "--no-pixels", str(tmp_path / "note.png"), "--format", "jsonl")
    assert not set(PIXEL_MODULES) & off
    on = cli_imports(tmp_path, "scan", str(tmp_path / "note.png"), "--format", "jsonl")
    assert set(PIXEL_MODULES) <= on
    # words read in a picture load the name model (one cold start checks both: they cost seconds)
    assert "spacy" in on


# (the service reading what a photo shows: tests/test_redact_pixels.py, on its service)


def test_a_picture_showing_no_word_never_loads_the_name_model(tmp_path):
    """A number in a picture goes to the pattern scanners; spaCy loads only for words (a
    picture of words loads it: the test above)."""
    (tmp_path / "score.png").write_bytes(text_png("2024"))
    modules = cli_imports(tmp_path, "scan", str(tmp_path / "score.png"), "--format", "jsonl")
    assert set(PIXEL_MODULES) <= modules  # the picture was read
    assert "spacy" not in modules


# -- the pixel benchmark on a blind set: aggregate numbers only -------------------------------------


def _pixel_benchmark():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_pixels", ROOT / "benchmarks" / "pixels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("path", "blind"),
    [
        ("tests/data/blind/images-v2", True),
        ("tests/data/blind/images-v2/expected.jsonl", True),
        ("tests/data/blind/../blind/x", True),
        ("tests/data/devset.jsonl", False),
        ("tests/data/blindish", False),
        ("benchmarks/pixelset", False),
    ],
)
def test_pixel_benchmark_knows_a_blind_set_by_its_path(path: str, blind: bool) -> None:
    assert _pixel_benchmark().is_blind(ROOT / path) is blind


def test_pixel_benchmark_on_a_blind_set_names_no_image() -> None:
    bench = _pixel_benchmark()
    records = [
        {"file": "secret_chat_7.png", "clean": False, "leaks": [{"kind": "PHONE", "text": "x", "box": [0, 0, 9, 9]}]},
        {"file": "menu_3.png", "clean": True, "leaks": []},
    ]
    image = {"ms": 1.0, "cover_ms": 0.0, "cpu_ms": 1.0, "mp": 0.1, "incomplete": False, "error": None}
    run = {
        "tool": "leakscan", "how": "", "load_s": 1.0, "load_average": [1.0, 1.0], "rss_before_mb": 1.0,
        "peak_rss_mb": 2.0, "covers": True,
        "images": [
            {**image, "file": "secret_chat_7.png", "found": []},  # missed
            {**image, "file": "menu_3.png", "found": [{"kind": "ORG", "box": [1, 1, 5, 5]}]},  # flagged
        ],
    }  # fmt: skip
    scores = [bench.score(records, run)]
    back = {"leakscan": {"images_read_back": 1, "files": ["secret_chat_7.png"]}}
    assert "secret_chat_7" in repr(scores)  # a dev set names them (the check below can fail)
    shown = bench.aggregate_only(scores, back, {"leakscan": run})
    assert "secret_chat_7" not in repr(shown) and "menu_3" not in repr(shown)
    assert shown[0][0]["leaky_found"] == 0 and shown[0][0]["clean_flagged"] == 1
    assert shown[1]["leakscan"]["images_read_back"] == 1


#: Lines a reader read (text, box): an age covered at the top, a time left at the bottom.
_READ = [("tim, age", [10, 10, 80, 20]), ("pick up at 12:30", [10, 400, 160, 20])]


@pytest.mark.parametrize(
    ("leak", "anywhere", "at_place"),
    [
        ({"text": "12", "box": [100, 10, 20, 20]}, True, False),  # the "12" stands elsewhere only
        ({"text": "Tim", "box": [10, 10, 30, 20]}, True, True),  # read where it stood
        ({"text": "Tim", "box": [10, 300, 30, 20]}, True, False),  # read, but far from its box
        ({"text": "12:30", "box": [100, 400, 50, 20]}, True, True),  # a line overlapping the box
        ({"text": "12", "box": [100, 380, 8, 8]}, True, False),  # just above the "12" line, more than half its height
        ({"text": "Tim"}, True, True),  # a leak without a box: anywhere is its place
        ({"text": "Zoe", "box": [10, 10, 30, 20]}, False, False),  # never read
    ],
)
def test_pixel_benchmark_reads_a_secret_back_anywhere_or_at_its_place(leak, anywhere: bool, at_place: bool) -> None:
    bench = _pixel_benchmark()
    assert bench.reads_back([leak], _READ) == [anywhere]
    assert bench.reads_back([leak], _READ, at_place=True) == [at_place]


def test_photos_are_decoded_and_read_one_at_a_time_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # The service answers posts in threads: every photo decoded at once while the models read
    # them one by one held ~1 GB for 40 posts. A spy counts the real decoder's pictures alive.
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from leakscan import photos

    alive, most, lock = [0], [0], threading.Lock()
    real = photos._pictures

    def counting(photo, settings):
        with lock:
            alive[0] += 1
            most[0] = max(most[0], alive[0])
        try:
            yield from real(photo, settings)
        finally:
            with lock:
                alive[0] -= 1

    monkeypatch.setattr(photos, "_pictures", counting)
    data = text_png("Call me: (217) 555-0134")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: scan_image(data), range(4)))
    assert all(r.error is None and boxed(r, Kind.PHONE) for r in results)
    assert most[0] == 1


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_a_turned_photo_is_read_upright_and_boxed_where_a_viewer_sees_it(orientation: int) -> None:
    # The camera stores the pixels turned and says so in the orientation tag: the picture is
    # turned upright before it is read (in place when it is the file's only picture).
    upright = text_picture("Call me: (217) 555-0134")
    turn = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
    stored = upright.transpose(turn[orientation]) if turn[orientation] else upright
    exif = Image.Exif()
    exif[0x0112] = orientation
    result = scan_image(encode(stored, "JPEG", quality=95, exif=exif.tobytes()))
    (phone,) = boxed(result, Kind.PHONE)
    x, y, w, h = phone.box
    assert w > 3 * h, "a line of text lies flat, as a viewer sees it"
    assert x + w <= upright.width and y + h <= upright.height
