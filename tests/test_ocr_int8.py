"""The OCR's int8 text detector (models/ocr_det_int8.onnx, models/OCR-INT8.md) and the setting
that picks it (``ocr_detector``): the shipped file is the card's, the setting is validated, and
on pictures drawn here the int8 detector reads what rapidocr's float one reads, through the
whole text scan too. Real models, real OCR."""

from __future__ import annotations

import hashlib
import importlib.resources
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from pixel_images import chat_screenshot, text_picture

from leakscan.errors import SettingsError
from leakscan.findings import Kind
from leakscan.scanners import pixel_text
from leakscan.settings import Settings

SHA256 = "502475dfc77249d073ba95ae9c51ee3e81b6d247e3cf9a94b1c568511a7a07ee"
CARD = Path(__file__).resolve().parent.parent / "models" / "OCR-INT8.md"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


def test_the_shipped_int8_detector_is_the_one_the_card_describes() -> None:
    data = (importlib.resources.files("leakscan.models") / pixel_text.INT8_DETECTOR).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256
    assert SHA256 in CARD.read_text(encoding="utf-8")
    assert len(data) < 4_000_000  # int8: under a third of the float file's 9.9 MB


@pytest.mark.parametrize("value", ["int8", "float"])
def test_ocr_detector_setting_takes_the_two_detectors(value: str) -> None:
    assert Settings(ocr_detector=value).ocr_detector == value
    assert Settings.from_dict({"ocr_detector": value}).ocr_detector == value


@pytest.mark.parametrize("value", ["INT8", "fp16", "", "int8 ", 8, None])
def test_ocr_detector_setting_refuses_anything_else(value: object) -> None:
    with pytest.raises(SettingsError, match="ocr_detector"):
        Settings(ocr_detector=value)  # type: ignore[arg-type]


def test_the_default_detector_is_the_float_one() -> None:
    # int8 misses the thinnest lines of a big photo (models/OCR-INT8.md): it is chosen, not given
    assert Settings().ocr_detector == pixel_text.DEFAULT_DETECTOR == "float"


def test_an_unknown_detector_name_is_refused_by_the_engine() -> None:
    with pytest.raises(ValueError, match="unknown OCR detector"):
        pixel_text.read_text(text_picture("hello"), detector="fp16")


def test_the_int8_engine_runs_another_network_than_the_float_one() -> None:
    """Not the float file under another name: on one input the two give close, unequal maps."""
    blob = np.random.default_rng(0).normal(0, 0.5, (1, 3, 96, 128)).astype(np.float32)
    maps = {d: pixel_text._engine(d).text_det.session.session.run(None, {"x": blob})[0] for d in ("int8", "float")}
    assert not np.array_equal(maps["int8"], maps["float"])
    assert float(np.abs(maps["int8"] - maps["float"]).mean()) < 0.05


def _photo(size: tuple[int, int], lines: list[tuple[int, str]]) -> Image.Image:
    """A photo-like ground (a gradient with shapes) with ``(height, text)`` lines on labels."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for i in range(8):
        x, y = (i * 997) % size[0], (i * 613) % size[1]
        draw.ellipse((x, y, x + size[0] // 8, y + size[1] // 8), fill=(40 * (i % 6), 90, 160))
    y = 40
    for height, text in lines:
        font = ImageFont.truetype(FONT, height)
        draw.rectangle((36, y - 4, 44 + draw.textlength(text, font=font), y + height * 1.25), fill="white")
        draw.text((40, y), text, font=font, fill="black")
        y += int(height * 1.8) + 10
    return image


def _dark_chat() -> Image.Image:
    image = chat_screenshot([("them", "whats ur number"), ("me", "07700 900461")])
    return Image.eval(image, lambda v: 255 - v)  # dark mode: light text on dark bubbles


#: Pictures with text, and what both detectors must read in them (digits and letters only).
READS = [
    ("sign", lambda: text_picture("OAKRIDGE", "PRIMARY SCHOOL"), ["oakridge", "primaryschool"]),
    ("chat", lambda: chat_screenshot([("them", "text me"), ("me", "call 07700 900123")]), ["07700900123"]),
    ("dark chat", _dark_chat, ["07700900461"]),
    # 36 px: int8 misses 24-30 px lines in a 12 MP photo that float reads (models/OCR-INT8.md)
    ("small lines in a 12 MP photo", lambda: _photo((4000, 3000), [(36, "Call 07700 900777")]), ["07700900777"]),
    ("screenshot lines of 16 px", lambda: _photo((1080, 1920), [(16, "Call 07700 900888")]), ["07700900888"]),
]


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


@pytest.mark.parametrize(("name", "draw", "wanted"), READS, ids=[r[0] for r in READS])
@pytest.mark.parametrize("detector", ["int8", "float"])
def test_both_detectors_read_the_text(detector: str, name: str, draw, wanted: list[str]) -> None:
    read = _squash(pixel_text.read_text(draw(), detector=detector).text)
    for value in wanted:
        assert value in read


#: Pictures without text: neither detector may read a word (3 letters or more) or find anything.
NO_TEXT = [
    ("blank", lambda: Image.new("RGB", (640, 480), "white")),
    ("shapes on a gradient", lambda: _photo((1600, 1200), [])),
    ("grain", lambda: Image.linear_gradient("L").resize((800, 600)).effect_spread(3).convert("RGB")),
]


@pytest.mark.parametrize(("name", "draw"), NO_TEXT, ids=[r[0] for r in NO_TEXT])
@pytest.mark.parametrize("detector", ["int8", "float"])
def test_neither_detector_reads_words_where_there_are_none(detector: str, name: str, draw) -> None:
    image = draw()
    read = pixel_text.read_text(image, detector=detector)
    assert not re.search(r"[^\W\d_]{3}", read.text)
    assert list(pixel_text.scan_pixels_text(image, Settings(ocr_detector=detector), text=read)) == []


@pytest.mark.parametrize("detector", ["int8", "float"])
def test_the_setting_reaches_the_text_scan(detector: str) -> None:
    image = text_picture("Call me: (217) 555-0134")
    found = pixel_text.scan_pixels_text(image, Settings(ocr_detector=detector))
    assert [f.kind for f in found] == [Kind.PHONE]
    assert found[0].box is not None
