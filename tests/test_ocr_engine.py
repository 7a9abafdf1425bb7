"""The OCR engine leakscan builds from rapidocr's pieces (leakscan/scanners/ocr_engine.py):
the same model files and settings ``RapidOCR()`` runs, the DB post-processing, reading order
and CTC decoding equal to rapidocr's own on pictures drawn here (real models, real OCR) and on
made-up network outputs, and a fresh process that builds it never loads rapidocr's YAML
configuration (what cost ~0.7 s per process)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from pixel_images import chat_screenshot, text_picture

from leakscan.scanners import ocr_engine, pixel_text

pytestmark = pytest.mark.xdist_group("ocr_engine")  # one worker builds rapidocr's engine once

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "photos"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


@pytest.fixture(scope="module")
def rapid() -> Any:
    """rapidocr's own engine, configured as ``RapidOCR()`` is by default (the reference)."""
    from rapidocr import RapidOCR

    engine = RapidOCR(params={"Global.log_level": "critical"})
    engine._load_det_model(), engine._load_rec_model()  # it loads them on first use
    return engine


# -- the same files and settings as rapidocr's own engine -----------------------------------------


def test_the_models_are_the_files_rapidocrs_engine_loads(rapid) -> None:
    for ours, theirs in ((ocr_engine.DET_MODEL, rapid.text_det), (ocr_engine.REC_MODEL, rapid.text_rec)):
        assert ocr_engine.model_path(ours) == Path(theirs.session.session._model_path)


def test_the_settings_are_rapidocrs(rapid) -> None:
    det, post = rapid.text_det, rapid.text_det.postprocess_op
    assert (tuple(det.mean), tuple(det.std)) == (ocr_engine.DET_MEAN, ocr_engine.DET_STD)
    assert (post.thresh, post.box_thresh, post.max_candidates) == (
        ocr_engine.DET_THRESH,
        ocr_engine.DET_BOX_THRESH,
        ocr_engine.DET_MAX_CANDIDATES,
    )
    assert (post.unclip_ratio, post.min_size, post.score_mode) == (
        ocr_engine.DET_UNCLIP_RATIO,
        ocr_engine.DET_MIN_SIZE,
        "fast",
    )
    assert post.dilation_kernel is not None  # use_dilation: ours always dilates
    assert rapid.text_rec.rec_image_shape[1] == ocr_engine.REC_HEIGHT


def test_the_character_list_is_rapidocrs(rapid) -> None:
    assert pixel_text._engine().text_rec.characters == rapid.text_rec.postprocess_op.character


def test_a_model_file_rapidocr_lacks_is_an_error_naming_it() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-model\.onnx"):
        ocr_engine.model_path("no-such-model.onnx")


# -- what the networks give is read as rapidocr reads it -----------------------------------------


def _rotated(text: str, angle: float) -> Image.Image:
    image = Image.new("RGB", (700, 400), "white")
    ImageDraw.Draw(image).text((120, 170), text, fill="black", font=ImageFont.truetype(FONT, 40))
    return image.rotate(angle, fillcolor="white", resample=Image.Resampling.BICUBIC)


def _page(rows: int) -> Image.Image:
    """A dense page: two columns of short lines (reading order across boxes on one line)."""
    image = Image.new("RGB", (900, 60 + 34 * rows), (250, 248, 240))
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(FONT, 22)
    for i in range(rows):
        draw.text((40, 30 + 34 * i), f"Item {i + 1} costs {3 * i + 2} dollars", fill="black", font=font)
        draw.text((520, 33 + 34 * i), f"row {i + 1}", fill=(30, 30, 120), font=font)
    return image


def _noisy(seed: int) -> Image.Image:
    """A photo-like noisy ground with a label on it (regions the detector is unsure of)."""
    rng = np.random.default_rng(seed)
    image = Image.fromarray(rng.integers(0, 255, (480, 640, 3), dtype=np.uint8)).resize((1280, 960))
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 400, 980, 520), fill="white")
    draw.text((330, 420), "Bus 47 to Harbour St", fill="black", font=ImageFont.truetype(FONT, 56))
    return image


PICTURES = {
    "two-lines": lambda: text_picture("Meet at the gate at 4", "bring 12 red cups"),
    "chat": lambda: chat_screenshot([("them", "what team are you on"), ("me", "the Comets, number 9")]),
    "small-text": lambda: text_picture("tiny print here 0042", font_px=12),
    "rotated": lambda: _rotated("Welcome to Lakeside", 12),
    "dense-page": lambda: _page(24),
    "noisy": lambda: _noisy(3),
    "sample-chat": lambda: Image.open(SAMPLES / "chat_screenshot.png").convert("RGB"),
    "sample-location": lambda: Image.open(SAMPLES / "location_text.png").convert("RGB"),
}


class _Spy:
    """Wraps a network: records every output it gives (recognition runs on two threads)."""

    def __init__(self, model: Any) -> None:
        self.model, self.outputs, self._lock = model, [], threading.Lock()

    def __call__(self, blob: Any) -> Any:
        out = self.model(blob)
        with self._lock:
            self.outputs.append(out)
        return out


@pytest.fixture(scope="module")
def outputs() -> dict[str, tuple[Any, tuple[int, int], list[Any]]]:
    """Per picture: the detector's output, the shape it was read at and the recogniser's outputs."""
    engine = pixel_text._engine()
    det_model, rec_model = engine.text_det.session, engine.text_rec.session
    done = {}
    try:
        for name, draw in PICTURES.items():
            engine.text_det.session, engine.text_rec.session = _Spy(det_model), _Spy(rec_model)
            picture = draw()
            pixel_text.ocr_lines(picture)
            pred = engine.text_det.session.outputs[0]  # the read at the usual size (a sparse picture is read again)
            width, height = pixel_text._det_size(picture.size)
            done[name] = (pred, (height, width), engine.text_rec.session.outputs)
    finally:
        engine.text_det.session, engine.text_rec.session = det_model, rec_model
    return done


def _rapid_boxes(rapid: Any, pred: Any, shape: tuple[int, int]) -> tuple[Any, list[float]]:
    boxes, scores = rapid.text_det.postprocess_op(pred, shape)
    return (rapid.text_det.sorted_boxes(boxes) if len(boxes) else boxes), scores


def _assert_same_boxes(rapid: Any, pred: Any, shape: tuple[int, int]) -> int:
    boxes, scores = ocr_engine.db_boxes(pred, shape)
    theirs, their_scores = rapid.text_det.postprocess_op(pred, shape)
    assert np.array_equal(boxes, theirs) and boxes.dtype == theirs.dtype
    assert scores == their_scores  # the same floats, not merely close
    quads = ocr_engine.TextDetector(session=None).boxes(pred, shape)
    expected = _rapid_boxes(rapid, pred, shape)[0] if len(theirs) else np.zeros((0, 4, 2), np.float32)
    assert np.array_equal(quads, expected) and quads.dtype == expected.dtype
    return len(quads)


@pytest.mark.parametrize("name", list(PICTURES))
def test_boxes_and_reading_order_equal_rapidocrs_on_real_pictures(rapid, outputs, name: str) -> None:
    pred, shape, _rec = outputs[name]
    assert _assert_same_boxes(rapid, pred, shape) > 0


@pytest.mark.parametrize("name", list(PICTURES))
def test_each_line_decodes_as_rapidocr_decodes_it(rapid, outputs, name: str) -> None:
    _pred, _shape, rec = outputs[name]
    assert rec
    decoder = pixel_text._engine().text_rec
    for preds in rec:
        ((text, score),), _words = rapid.text_rec.postprocess_op(preds, False)
        assert decoder.decode(preds) == (text, float(score))


def _blobs(seed: int, size: tuple[int, int] = (160, 224)) -> Any:
    """A made-up probability map (1 x 1 x h x w): soft rotated blobs of any strength, some
    tiny, some on the edge, speckle under and over the threshold."""
    import cv2

    rng = np.random.default_rng(seed)
    prob = (rng.random(size) * 0.35).astype(np.float32)
    for _ in range(int(rng.integers(3, 30))):
        centre = (float(rng.uniform(-5, size[1] + 5)), float(rng.uniform(-5, size[0] + 5)))
        axes = (float(rng.uniform(1, 60)), float(rng.uniform(1, 12)))
        box = cv2.boxPoints((centre, axes, float(rng.uniform(-40, 40)))).astype(np.int32)
        cv2.fillPoly(prob, [box], float(rng.uniform(0.2, 1.0)))
    return prob[None, None]


# Made-up maps: what a real picture rarely gives (regions touching the edge, thin slivers the
# size filters drop, regions just under the score threshold), at the detector's scale or not.
@pytest.mark.parametrize(
    ("seed", "shape"), [(seed, shape) for seed in range(12) for shape in ((160, 224), (480, 672), (37, 999))]
)
def test_boxes_equal_rapidocrs_on_made_up_maps(rapid, seed: int, shape: tuple[int, int]) -> None:
    _assert_same_boxes(rapid, _blobs(seed), shape)


# Maps where nothing is text: no box, an empty (0, 4, 2) array, as pixel_text expects.
@pytest.mark.parametrize(
    "pred",
    [
        np.zeros((1, 1, 64, 96), np.float32),  # nothing
        np.full((1, 1, 64, 96), 0.29, np.float32),  # everywhere just under the threshold
        np.pad(np.ones((1, 1, 2, 2), np.float32), ((0, 0), (0, 0), (30, 32), (40, 54))),  # a speck
        np.pad(np.full((1, 1, 12, 40), 0.45, np.float32), ((0, 0), (0, 0), (20, 32), (20, 36))),  # too faint
        np.pad(np.ones((1, 1, 1, 80), np.float32), ((0, 0), (0, 0), (30, 33), (8, 8))),  # a hairline
    ],
    ids=["empty", "under-threshold", "speck", "faint", "hairline"],
)
def test_maps_without_text_give_no_box_as_rapidocrs(rapid, pred: Any) -> None:
    assert _assert_same_boxes(rapid, pred, (128, 192)) == 0
    assert ocr_engine.TextDetector(session=None).boxes(pred, (128, 192)).shape == (0, 4, 2)


def _steps(seed: int, steps: int, blank_bias: float) -> Any:
    """Made-up recogniser output (1 x steps x characters), softmax rows, blanks favoured by ``blank_bias``."""
    rng = np.random.default_rng(seed)
    logits = rng.normal(0, 3, (1, steps, len(pixel_text._engine().text_rec.characters))).astype(np.float32)
    logits[..., 0] += blank_bias
    exp = np.exp(logits - logits.max(axis=2, keepdims=True))
    return exp / exp.sum(axis=2, keepdims=True)


@pytest.mark.parametrize(
    ("seed", "steps", "blank_bias"),
    [(0, 40, 0.0), (1, 1, 0.0), (2, 160, 8.0), (3, 12, 50.0), (4, 80, -5.0)],
    ids=["random", "one-step", "mostly-blank", "all-blank", "no-blank"],
)
def test_made_up_outputs_decode_as_rapidocr_decodes_them(rapid, seed: int, steps: int, blank_bias: float) -> None:
    preds = _steps(seed, steps, blank_bias)
    ((text, score),), _words = rapid.text_rec.postprocess_op(preds, False)
    assert pixel_text._engine().text_rec.decode(preds) == (text, float(score))


def test_repeats_merge_and_blanks_split_them() -> None:
    rec = ocr_engine.TextRecognizer(session=None, characters=["blank", "a", "b", " "])
    onehot = np.eye(4, dtype=np.float32)[[1, 1, 0, 1, 2, 2, 3, 0]][None] * 0.5
    assert rec.decode(onehot) == ("aab ", 0.5)
    assert rec.decode(np.eye(4, dtype=np.float32)[[0, 0]][None]) == ("", 0.0)


# -- a fresh process ------------------------------------------------------------------------------


def test_a_fresh_process_builds_the_engine_without_rapidocrs_configuration() -> None:
    code = (
        "import sys\n"
        "import leakscan.scanners.ocr_engine\n"
        "print(sorted(m for m in ('numpy', 'onnxruntime', 'rapidocr') if m in sys.modules))\n"
        "from leakscan.scanners import pixel_text\n"
        "pixel_text._engine('float'); pixel_text._engine('int8')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('omegaconf', 'yaml', 'rapidocr.inference_engine', 'rapidocr.main'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]
