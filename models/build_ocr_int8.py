"""Build ``models/ocr_det_int8.onnx``: rapidocr's PP-OCRv6 small text detector with int8 weights
and activations (see OCR-INT8.md).

    pip install -e .[train]   # onnx, for onnxruntime.quantization (leakscan runs the result without it)
    python models/build_ocr_int8.py

The source is the detector inside the installed ``rapidocr`` 3.10.0 wheel (its SHA-256 is
checked). It is quantized *statically* by ``onnxruntime.quantization``: weights int8 per output
channel, activations uint8 with ranges (the 99.999th percentile of the values seen) measured on calibration pictures that this script
draws itself (deterministic: a fixed seed, Pillow and the Debian fonts; never a picture of the
dev or test sets), read exactly as leakscan reads a picture at run time
(``pixel_text._det_size`` and ``pixel_text._det_input``). Dynamic quantization was measured
first and is slower than the float model on this CPU (ConvInteger: 240 vs 193 ms a 12 MP photo).

The result is what ``pixel_text`` loads with the setting ``ocr_detector = "int8"``; the script
prints its size and SHA-256, which OCR-INT8.md records.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "ocr_det_int8.onnx"
#: rapidocr 3.10.0's ``models/PP-OCRv6_det_small.onnx`` (its MODEL_LICENSES.md and RECORD give it).
SOURCE = "PP-OCRv6_det_small.onnx"
SOURCE_SHA256 = "090f04abcd9d9a7498bc4ebf677e4cb9bdce1fe4197ddb7e529f1ef44e1ff94f"
SEED = 20261205
OPSET = 13
#: Calibration pictures, and windows of CROP x CROP of the detector's input cut from each (the
#: histogram calibration needs inputs of one shape; a convolutional network's activations in a
#: window are those of the whole picture there).
PICTURES = 24
CROPS = 2
CROP = 384
#: Activation ranges cover this percentile of the values seen (a few extreme values would
#: otherwise stretch a range and coarsen every step of it: with plain min/max over whole
#: pictures, the detector lost thin lines of text).
PERCENTILE = 99.999

FONTS = Path("/usr/share/fonts/truetype")
FONT_FILES = [
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSans-Bold.ttf",
    "dejavu/DejaVuSerif.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationSans-Regular.ttf",
    "liberation/LiberationSans-Bold.ttf",
    "liberation/LiberationSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
    "freefont/FreeSerifBold.ttf",
]
_WORDS = (
    "the school bus park road street lane club team match score menu pizza today tomorrow call text me at "
    "happy birthday party saturday sunday library welcome exit open closed sale free entry football "
    "netball swim gym class year grade name age number email house flat north south west east "
    "avenue drive hill garden bakery coffee tea juice water apple mango chips burger level coins "
    "player online friends chat message sent read typing photo video home away win lose draw"
)
WORDS = _WORDS.split()
SIZES = [(4000, 3000), (3000, 4000), (1080, 1920), (1170, 2532), (1280, 720), (1152, 864), (800, 600), (2048, 1536)]


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 5))]
    if rng.random() < 0.4:
        words.append(f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    text = " ".join(words)
    return rng.choice([text, text.upper(), text.title()])


def _background(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A photo-like ground: a gradient, soft blobs and grain (no text)."""
    width, height = size
    small = (max(width // 8, 8), max(height // 8, 8))
    base = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize(small)
    tint = tuple(rng.randint(40, 230) for _ in range(3))
    image = Image.merge("RGB", [base.point(lambda v, t=t: (v * t) // 255) for t in tint])
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(3, 14)):
        x, y = rng.randrange(small[0]), rng.randrange(small[1])
        r = rng.randint(small[0] // 20 + 1, small[0] // 4 + 2)
        shape = draw.ellipse if rng.random() < 0.6 else draw.rectangle
        shape((x - r, y - r, x + r, y + r), fill=tuple(rng.randint(0, 255) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 3))).resize(size)
    # grain from the seeded generator (Pillow's effect_noise draws from C's rand(): not repeatable)
    noise = np.random.default_rng(rng.randrange(1 << 32)).normal(128, rng.uniform(5, 30), (height, width))
    grain = Image.fromarray(noise.clip(0, 255).astype(np.uint8), "L").convert("RGB")
    return Image.blend(image, grain, rng.uniform(0.05, 0.2))


def _screenshot(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A chat or profile screen: light or dark, bubbles of text."""
    dark = rng.random() < 0.4
    image = Image.new("RGB", size, (18, 18, 22) if dark else (245, 245, 248))
    draw = ImageDraw.Draw(image)
    width, height = size
    font_size = max(14, width // rng.randint(22, 40))
    font = ImageFont.truetype(str(FONTS / rng.choice(FONT_FILES)), font_size)
    y = height // 12
    while y < height * 0.9:
        text = _text(rng)
        right = rng.random() < 0.5
        w = min(int(draw.textlength(text, font=font)) + 2 * font_size, width - 40)
        x = width - w - 20 if right else 20
        fill = (0, 120, 255) if right else ((50, 50, 56) if dark else (225, 225, 230))
        draw.rounded_rectangle((x, y, x + w, y + font_size * 2), radius=font_size // 2, fill=fill)
        ink = "white" if right or dark else "black"
        draw.text((x + font_size, y + font_size // 2), text, font=font, fill=ink)
        y += int(font_size * rng.uniform(2.6, 4))
    return image


def _photo(size: tuple[int, int], rng: random.Random, with_text: bool) -> Image.Image:
    """A photo-like picture, with signs, labels or captions of text on it, or none."""
    image = _background(size, rng)
    if not with_text:
        return image
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(rng.randint(1, 6)):
        font_size = rng.randint(max(12, height // 120), max(16, height // 12))
        font = ImageFont.truetype(str(FONTS / rng.choice(FONT_FILES)), font_size)
        text = _text(rng)
        x, y = rng.randrange(width // 2), rng.randrange(height - font_size * 2)
        if rng.random() < 0.6:  # a sign or a label under the text
            w = int(draw.textlength(text, font=font))
            plate = tuple(rng.randint(0, 255) for _ in range(3))
            draw.rectangle(
                (x - font_size // 3, y - font_size // 4, x + w + font_size // 3, y + font_size * 1.3), fill=plate
            )
            ink = (0, 0, 0) if sum(plate) > 380 else (255, 255, 255)
        else:
            ink = tuple(rng.randint(0, 255) for _ in range(3))
        draw.text((x, y), text, font=font, fill=ink)
    return image


def calibration_pictures(count: int = PICTURES, seed: int = SEED) -> Iterator[Image.Image]:
    """``count`` deterministic pictures: a third screenshots, the rest photo-like, one in four
    of those without text (the detector's activations on a textured photo count too)."""
    rng = random.Random(seed)
    for i in range(count):
        size = rng.choice(SIZES)
        if i % 3 == 0:
            yield _screenshot(size if size[1] > size[0] else size[::-1], rng)
        else:
            yield _photo(size, rng, with_text=rng.random() < 0.75)


def detector_inputs(count: int = PICTURES) -> Iterator[dict[str, object]]:
    """The detector's input for each calibration picture, made as leakscan makes it at run
    time, cut into :data:`CROPS` windows of :data:`CROP` pixels at seeded places."""
    from leakscan.scanners import pixel_text
    from leakscan.scanners.picture import Picture

    class _Norm:  # the detector's normalisation (rapidocr's config for PP-OCR det)
        mean = std = (0.5, 0.5, 0.5)

    rng = random.Random(1)
    for image in calibration_pictures(count):
        picture = Picture(image)
        size = pixel_text._det_size(picture.size)
        blob = pixel_text._det_input(picture.resized(size), _Norm)
        height, width = blob.shape[2:]
        for _ in range(CROPS):
            y, x = rng.randrange(height - CROP + 1), rng.randrange(width - CROP + 1)
            yield {"x": blob[:, :, y : y + CROP, x : x + CROP].copy()}


def main() -> None:
    import onnx
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    source = importlib.resources.files("rapidocr") / "models" / SOURCE
    data = source.read_bytes()
    if hashlib.sha256(data).hexdigest() != SOURCE_SHA256:
        sys.exit(f"{source} is not rapidocr 3.10.0's {SOURCE} (SHA-256 differs)")

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.inputs = detector_inputs()

        def get_next(self) -> dict[str, object] | None:
            return next(self.inputs, None)

    with tempfile.TemporaryDirectory(prefix="ocr-int8-") as tmp:
        # opset 11 -> 13: per-channel weights need DequantizeLinear's ``axis`` (opset 13)
        upgraded, pre = Path(tmp) / "opset13.onnx", Path(tmp) / "pre.onnx"
        onnx.save(version_converter.convert_version(onnx.load_from_string(data), OPSET), upgraded)
        # shapes inferred and the graph folded as onnxruntime would, before it is quantized
        quant_pre_process(str(upgraded), str(pre), skip_symbolic_shape=True)
        quantize_static(
            str(pre),
            str(OUT),
            Reader(),
            quant_format=QuantFormat.QDQ,
            per_channel=True,
            weight_type=QuantType.QInt8,
            activation_type=QuantType.QUInt8,
            calibrate_method=CalibrationMethod.Percentile,
            extra_options={"CalibPercentile": PERCENTILE},
        )
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, SHA-256 {digest})")


if __name__ == "__main__":
    main()
