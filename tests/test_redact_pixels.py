"""Covering what a photo shows (issue 11): text, QR codes and (when asked) faces are covered in
the pixels, every covered copy is verified before it is handed out, and the result says so.

The oracles are independent of the covering: RapidOCR (the OCR leakscan uses), Debian's
Tesseract (another OCR engine, run as a program), zxing-cpp for codes, the face detector for
faces, and ExifTool for the metadata of the re-encoded copy. Pictures are drawn here (Pillow's
scalable font, codes from zxing-cpp); the face photo is a public-domain portrait
(tests/data/faces/SOURCES.md). Nothing here shows a real child, number or address.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import piexif
import pytest
import zxingcpp
from conftest import needs_exiftool
from PIL import Image, ImageDraw, ImageFont

from leakscan.cli import cli
from leakscan.errors import RedactError
from leakscan.findings import Finding, Kind
from leakscan.fsutil import is_temp_file
from leakscan.media.base import StripOptions
from leakscan.redact.image import CleanImage, clean_image_bytes, redact_image_file
from leakscan.scanners.codes import decode_codes
from leakscan.scanners.faces import detect_faces
from leakscan.scanners.pixel_text import read_text

FACES = Path(__file__).parent / "data" / "faces"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

#: Where the camera says the photo was taken (must be gone from every copy).
GPS = {
    piexif.GPSIFD.GPSLatitudeRef: b"N",
    piexif.GPSIFD.GPSLatitude: ((40, 1), (42, 1), (4608, 100)),
    piexif.GPSIFD.GPSLongitudeRef: b"W",
    piexif.GPSIFD.GPSLongitude: ((74, 1), (0, 1), (2160, 100)),
}


@dataclass(frozen=True)
class Case:
    """A picture that shows a secret: lines of text, maybe a QR code; and harmless text that stays."""

    lines: tuple[str, ...]
    #: What must not read back, as the characters that matter (digits of a number, letters of a name).
    secret: str
    #: Harmless text that must still be read in the copy.
    harmless: str
    code: str | None = None
    kind: Kind = Kind.PHONE

    def draw(self) -> Image.Image:
        width = 900 if self.code else 760
        image = Image.new("RGB", (width, 120 + 90 * len(self.lines)), "white")
        draw = ImageDraw.Draw(image)
        for i, line in enumerate(self.lines):
            draw.text((30, 40 + 90 * i), line, font=ImageFont.load_default(size=38), fill="black")
        if self.code:
            qr = Image.fromarray(zxingcpp.create_barcode(self.code, zxingcpp.BarcodeFormat.QRCode).to_image(scale=5))
            image = _widen(image, qr.width + 80)
            image.paste(qr.convert("RGB"), (image.width - qr.width - 40, 30))
        return image


def _widen(image: Image.Image, extra: int) -> Image.Image:
    wide = Image.new("RGB", (image.width + extra, max(image.height, extra + 40)), "white")
    wide.paste(image, (0, 0))
    return wide


CASES = {
    "phone": Case(("Call me: (217) 555-0134", "Go team blue!"), "2175550134", "team blue"),
    "address": Case(("Party at 42 Oak Street", "Bring snacks"), "42oakstreet", "snacks", kind=Kind.ADDRESS),
    "email": Case(("mail emma.j2013@gmail.com", "Best cupcakes ever"), "emmaj2013", "cupcakes", kind=Kind.EMAIL),
    "qr-phone": Case(("Scan for the match times",), "", "match times", code="tel:+12175550134"),
    "qr-contact": Case(("Our club card",), "", "club card", code="MECARD:N:Lee,Sam;TEL:+12175550134;;"),
}


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    exif = piexif.dump({"0th": {}, "Exif": {}, "GPS": GPS, "1st": {}})
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def _squash(text: str) -> str:
    """Letters and digits only, lower case: what a secret is compared on."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _tesseract(path: Path) -> str:
    done = subprocess.run(["tesseract", str(path), "stdout"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, CleanImage, Path]]:
    """Every case drawn, saved as a JPEG with GPS, cleaned once: (original, clean copy, copy's file)."""
    folder = tmp_path_factory.mktemp("covered")
    out = {}
    for name, case in CASES.items():
        original = _jpeg(case.draw())
        clean = clean_image_bytes(original)
        assert clean.data is not None
        path = folder / f"{name}.jpg"
        path.write_bytes(clean.data)
        out[name] = (original, clean, path)
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_the_original_shows_the_secret(name: str, cleaned) -> None:
    # The test can fail: before covering, the secret reads (so "not read back" below means covered).
    original, _, _ = cleaned[name]
    picture = Image.open(io.BytesIO(original))
    case = CASES[name]
    if case.code:
        assert [c.text for c in decode_codes(picture)] == [case.code]
    else:
        assert case.secret in _squash(read_text(picture).text)


@pytest.mark.parametrize("name", list(CASES))
def test_nothing_covered_reads_back(name: str, cleaned) -> None:
    _, _, path = cleaned[name]
    case = CASES[name]
    copy = Image.open(path)
    read = read_text(copy).text
    assert decode_codes(copy) == []
    if case.secret:
        assert case.secret not in _squash(read)
        assert "5550134" not in _squash(read) or case.kind is not Kind.PHONE


@needs_tesseract
@pytest.mark.parametrize("name", list(CASES))
def test_another_ocr_engine_reads_nothing_covered(name: str, cleaned) -> None:
    _, _, path = cleaned[name]
    case = CASES[name]
    read = _squash(_tesseract(path))
    if case.secret:
        assert case.secret not in read
    assert "5550134" not in read  # the number of every case (QR payloads too) never shows as text


@pytest.mark.parametrize("name", list(CASES))
def test_harmless_text_elsewhere_stays(name: str, cleaned) -> None:
    _, _, path = cleaned[name]
    assert _squash(CASES[name].harmless) in _squash(read_text(Image.open(path)).text)


@pytest.mark.parametrize("name", list(CASES))
def test_the_result_says_it_was_re_encoded_and_where(name: str, cleaned) -> None:
    _, clean, _ = cleaned[name]
    assert clean.lossless is False
    assert clean.changed
    assert clean.covered, "the regions covered are listed"
    data = clean.to_dict()
    assert data["lossless"] is False
    assert data["covered"] == [c.to_dict() for c in clean.covered]
    for region in data["covered"]:
        assert set(region) == {"kind", "box", "how"}
        _, _, w, h = region["box"]
        assert w > 0 and h > 0
        assert region["how"] == "box"
    kinds = {region["kind"] for region in data["covered"]}
    assert CASES[name].kind.value in kinds
    # No value of what was covered in the record (a box and a kind, never the text).
    assert "555" not in json.dumps({k: v for k, v in data.items() if k != "data"})


@needs_exiftool
def test_a_re_encoded_copy_holds_no_metadata(cleaned) -> None:
    paths = [path for _, _, path in cleaned.values()]
    done = subprocess.run(["exiftool", "-json", "-a", "-G1", "-n", *map(str, paths)], capture_output=True, check=True)
    for record in json.loads(done.stdout):
        assert not [key for key in record if "GPS" in key], record["SourceFile"]


def test_a_picture_without_findings_stays_lossless() -> None:
    original = _jpeg(Case(("Go team blue!", "Best cupcakes ever"), "", "").draw())
    clean = clean_image_bytes(original)
    assert clean.lossless is True
    assert clean.covered == ()
    assert "covered" in clean.to_dict() and clean.to_dict()["covered"] == []


def test_a_covering_that_does_not_hold_is_refused() -> None:
    # Findings given by the caller with a box beside the number: the copy still reads it after
    # covering wider, so no clean copy is claimed.
    original = _jpeg(CASES["phone"].draw())
    wrong = Finding(kind=Kind.PHONE, text="(217) 555-0134", field="pixels", box=(600, 250, 20, 20), scanner="phone")
    with pytest.raises(RedactError, match="still reads"):
        clean_image_bytes(original, findings=[wrong])


def test_no_half_written_copy_and_original_untouched(tmp_path: Path) -> None:
    src = tmp_path / "in.jpg"
    src.write_bytes(_jpeg(CASES["phone"].draw()))
    before = src.read_bytes()
    dst = tmp_path / "out" / "in.jpg"
    dst.parent.mkdir()
    wrong = Finding(kind=Kind.PHONE, text="(217) 555-0134", field="pixels", box=(600, 250, 20, 20), scanner="phone")
    with pytest.raises(RedactError):
        redact_image_file(src, dst, findings=[wrong])
    assert list(dst.parent.iterdir()) == []
    assert src.read_bytes() == before


# -- faces: covered only when asked -------------------------------------------------------------


@pytest.fixture(scope="module")
def portrait() -> bytes:
    return _jpeg(Image.open(FACES / "grace_hopper.jpg").convert("RGB"))


def test_faces_are_left_alone_unless_asked(portrait: bytes) -> None:
    clean = clean_image_bytes(portrait)
    assert clean.lossless is True
    assert clean.covered == ()
    assert [f.kind for f in clean.findings_before].count(Kind.FACE) == 1


def test_faces_are_pixelated_when_asked(portrait: bytes) -> None:
    clean = clean_image_bytes(portrait, StripOptions(blur_faces=True))
    assert clean.lossless is False
    (region,) = clean.covered
    assert region.kind == "FACE" and region.how == "pixelated"
    assert clean.data is not None
    assert detect_faces(Image.open(io.BytesIO(clean.data))) == []
    # Only the face: the rest of the picture is as it was (a corner far from the face).
    before = Image.open(io.BytesIO(portrait)).convert("L").crop((0, 0, 60, 60))
    after = Image.open(io.BytesIO(clean.data)).convert("L").crop((0, 0, 60, 60))
    assert max(abs(a - b) for a, b in zip(before.tobytes(), after.tobytes(), strict=True)) < 24


# -- the command line ------------------------------------------------------------------------------


def test_cli_redact_covers_and_reports(tmp_path: Path, cli_runner) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "note.jpg").write_bytes(_jpeg(CASES["phone"].draw()))
    (photos / "face.jpg").write_bytes(Path(FACES / "grace_hopper.jpg").read_bytes())
    before = {p.name: p.read_bytes() for p in photos.iterdir()}
    out = tmp_path / "out"
    done = cli_runner.invoke(cli, ["redact", str(photos), "--out", str(out), "--format", "jsonl", "-q"])
    assert done.exit_code == 0, done.output
    records = {Path(r["source"]).name: r["redaction"] for r in map(json.loads, done.output.splitlines())}
    assert records["note.jpg"]["lossless"] is False
    assert [c["kind"] for c in records["note.jpg"]["covered"]] == ["PHONE"]
    assert records["face.jpg"]["lossless"] is True  # faces only with --blur-faces
    assert "covered" not in records["face.jpg"]
    assert "5550134" not in _squash(read_text(Image.open(out / "note.jpg")).text)
    assert {p.name: p.read_bytes() for p in photos.iterdir()} == before
    assert not [p for p in out.rglob("*") if is_temp_file(p.name)]


def test_cli_blur_faces(tmp_path: Path, cli_runner) -> None:
    src = tmp_path / "face.jpg"
    src.write_bytes(Path(FACES / "grace_hopper.jpg").read_bytes())
    out = tmp_path / "out"
    done = cli_runner.invoke(cli, ["redact", str(src), "--out", str(out), "--blur-faces", "--format", "jsonl", "-q"])
    assert done.exit_code == 0, done.output
    (record,) = [json.loads(line)["redaction"] for line in done.output.splitlines()]
    assert record["lossless"] is False
    assert [c["kind"] for c in record["covered"]] == ["FACE"]
    assert detect_faces(Image.open(out / "face.jpg")) == []


# -- the Python API, the service and the demo ----------------------------------------------------


def test_check_post_clean_copies_cover_what_the_photo_shows() -> None:
    from leakscan import check_post

    check = check_post("look at this", [_jpeg(CASES["phone"].draw())], clean_images=True)
    (clean,) = check.cleaned
    assert clean.data is not None and clean.lossless is False
    assert [c.kind for c in clean.covered] == ["PHONE"]
    assert "5550134" not in _squash(read_text(Image.open(io.BytesIO(clean.data))).text)


@pytest.fixture(scope="module")
def service_server(tmp_path_factory: pytest.TempPathFactory):
    """A ``leakscan serve`` process (one worker: its start-up loads every model) for the module."""
    pytest.importorskip("fastapi")
    from test_server import serving

    with serving(tmp_path_factory.mktemp("service"), {}, workers=1) as srv:
        yield srv


@pytest.fixture(scope="module")
def service(service_server):
    import httpx

    with httpx.Client(base_url=service_server.url, timeout=120) as client:
        yield client


def test_the_service_reads_what_a_photo_shows(service, service_server) -> None:
    import base64

    from pixel_images import text_png

    picture = base64.b64encode(text_png("Call me: (217) 555-0134")).decode("ascii")
    answer = service.post("/v1/check", json={"text": "look", "images": [picture]})
    logs = service_server.log_text()
    assert answer.status_code == 200, answer.text
    [image] = answer.json()["images"]
    [found] = image["findings"]
    assert found["kind"] == "PHONE" and found["code"] == "PHONE.pixels" and len(found["box"]) == 4
    assert answer.json()["verdict"] == "block" and image["error"] is None
    # what the picture shows never reaches a log line (nor what the module's others show); the number
    # whole, in any spacing: a bare "555" may be a worker's pid or a port
    assert re.search(r"555\D{0,3}0134", logs) is None


def test_service_clean_image_covers_and_says_so(service) -> None:
    answer = service.post(
        "/v1/clean-image", content=_jpeg(CASES["qr-phone"].draw()), headers={"content-type": "image/jpeg"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["x-leakscan-lossless"] == "false"
    covered = json.loads(answer.headers["x-leakscan-covered"])
    assert covered and {c["how"] for c in covered} == {"box"}
    assert decode_codes(Image.open(io.BytesIO(answer.content))) == []
    assert "5550134" not in answer.headers["x-leakscan-covered"]


def test_service_clean_image_json_and_blur_faces(service) -> None:
    portrait = Path(FACES / "grace_hopper.jpg").read_bytes()
    plain = service.post("/v1/clean-image?format=json", content=portrait, headers={"content-type": "image/jpeg"})
    assert plain.status_code == 200, plain.text
    assert plain.json()["image"]["covered"] == [] and plain.json()["image"]["lossless"] is True
    assert [f["kind"] for f in plain.json()["findings"]].count("FACE") == 1
    blurred = service.post(
        "/v1/clean-image?format=json&blur_faces=true", content=portrait, headers={"content-type": "image/jpeg"}
    )
    assert blurred.status_code == 200, blurred.text
    image = blurred.json()["image"]
    assert image["lossless"] is False
    assert [c["kind"] for c in image["covered"]] == ["FACE"]
    copy = Image.open(io.BytesIO(__import__("base64").b64decode(image["data"])))
    assert detect_faces(copy) == []


def test_demo_fix_it_shows_the_covered_copy(tmp_path: Path) -> None:
    # The demo page in headless Chromium: the photo's phone number is warned about, and "Fix it
    # for me" puts the covered copy in the preview (read back from the page's own <img>).
    demo = pytest.importorskip("test_demo_page")
    import base64

    photo = tmp_path / "note.jpg"
    photo.write_bytes(_jpeg(CASES["phone"].draw()))
    with demo.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=demo.CHROMIUM, args=demo.CHROMIUM_ARGS, headless=True)
        try:
            for url in _demo_url(demo):
                page = browser.new_page()
                page.goto(url + "/")
                page.set_input_files("#photo", str(photo))
                page.locator(".warning", has_text="Phone number").wait_for(timeout=60_000)
                page.get_by_role("button", name="Fix it for me").click()
                page.locator("#photo-caption.ok").wait_for()
                assert "covered" in page.locator("#photo-caption").inner_text()
                shown = page.evaluate(
                    """async () => {
                        const img = document.getElementById("photo-preview");
                        await img.decode();
                        const c = document.createElement("canvas");
                        c.width = img.naturalWidth; c.height = img.naturalHeight;
                        c.getContext("2d").drawImage(img, 0, 0);
                        return c.toDataURL("image/png");
                    }"""
                )
                picture = Image.open(io.BytesIO(base64.b64decode(shown.split(",", 1)[1])))
                read = _squash(read_text(picture).text)
                assert "5550134" not in read and "teamblue" in read
        finally:
            browser.close()


def _demo_url(demo):
    """The demo page served in this process (as tests/test_demo_page.py serves it)."""
    gen = demo.base_url.__wrapped__()
    try:
        yield next(gen)
    finally:
        gen.close()


@pytest.mark.parametrize(("name", "reads"), [("face.jpg", 1), ("note.jpg", 2)])
def test_redact_reads_a_picture_once_and_a_covered_copy_once_more(
    name: str, reads: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the CLI runs it: the scan reads the picture (OCR); a lossless copy has the same pixels
    # (verified), so what it shows is known without reading it again; a covered copy is read
    # once more, by the verification. A spy counts the real OCR's runs.
    from leakscan.batch import scan_item
    from leakscan.inputs import Item
    from leakscan.redact.files import Redactor
    from leakscan.scanners import pixel_text
    from leakscan.settings import Settings

    src = tmp_path / name
    if name == "face.jpg":
        src.write_bytes(Path(FACES / "grace_hopper.jpg").read_bytes())
    else:
        src.write_bytes(_jpeg(CASES["phone"].draw()))
    runs: list[tuple[int, int]] = []
    real = pixel_text._ocr
    monkeypatch.setattr(pixel_text, "_ocr", lambda image, *a: runs.append(image.size) or real(image, *a))
    item = Item(source=str(src), type="image", path=src, rel=Path(name))
    outcome = Redactor(out=tmp_path / "out", settings=Settings()).handle(item, scan_item(item, Settings()))
    assert outcome.action == "written", outcome.error
    assert len(runs) == reads
    if name == "face.jpg":  # the faces a lossless copy keeps are still said
        assert outcome.holds == (("FACE", "pixels"),)
    else:
        assert outcome.holds == ()


@pytest.mark.parametrize(
    ("how", "picture", "decodes"),
    [
        ("clean_image_bytes", "phone", 1),  # scans, then covers: one decode
        ("check_post", "phone", 1),  # a post's photo scanned, then its clean copy made
        ("check_post", "blank", 1),  # nothing to cover: lossless, never decoded again
    ],
)
def test_a_scan_and_its_covered_copy_decode_the_picture_once(
    how: str, picture: str, decodes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A spy counts the real decoder's runs over the original (the covered copy's own decode,
    # by the verification, is not one of them).
    from leakscan import check_post, photos

    image = CASES["phone"].draw() if picture == "phone" else Image.new("RGB", (400, 300), "white")
    original = _jpeg(image)
    runs: list[int] = []
    real = photos._pictures
    monkeypatch.setattr(photos, "_pictures", lambda photo, settings: runs.append(1) or real(photo, settings))
    if how == "clean_image_bytes":
        clean = clean_image_bytes(original)
    else:
        (clean,) = check_post("look", images=[original], clean_images=True).cleaned
    assert clean.data is not None, clean.error
    assert clean.lossless is (picture == "blank")
    assert len(runs) == decodes


def test_a_file_of_several_pictures_gets_no_covered_copy() -> None:
    # Covering the first frame of an animation would drop the others: no copy, and it says why.
    frames = [CASES["phone"].draw(), Image.new("RGB", CASES["phone"].draw().size, "white")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=500)
    with pytest.raises(RedactError, match="more than one picture"):
        clean_image_bytes(out.getvalue())


@pytest.mark.parametrize(
    ("revealed_kind", "covered_at_last"),
    [
        (Kind.SCHOOL, 2),  # the rest of a value partly found: covered on the next attempt
        (None, 1),  # nothing new read in the copy: the same region, only wider
    ],
)
def test_what_a_copy_reveals_over_a_covered_region_is_covered_next(
    revealed_kind: Kind | None, covered_at_last: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leakscan.redact import pixels as redact_pixels
    from leakscan.settings import Settings

    found = Finding(kind=Kind.LOCATION, text="Tinwald", box=(10, 10, 40, 12), field="pixels", scanner="ner")
    rest = Finding(kind=Kind.SCHOOL, text="Community College", box=(52, 10, 80, 12), field="pixels", scanner="school")
    seen: list[int] = []

    def still_reads(data, findings, regions, settings, revealed=None):  # a fake copy's reader
        seen.append(len(regions))
        if len(seen) == 1:
            if revealed_kind is not None and revealed is not None:
                revealed.append(rest)
            return ["SCHOOL"]
        return []

    monkeypatch.setattr(redact_pixels, "_still_reads", still_reads)
    picture = Image.new("RGB", (200, 40), "white")
    _data, covered = redact_pixels.covered_copy(picture, [found], lambda im: b"copy", Settings())
    assert seen[-1] == covered_at_last
    assert len(covered) == covered_at_last
