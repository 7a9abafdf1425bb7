"""The OCR's two networks and the steps around them, built without rapidocr's configuration
(issues 11 and 14: the start-up of a fresh process that reads a picture).

:mod:`.pixel_text` reads text with rapidocr's PP-OCR models. Building rapidocr's ``RapidOCR``
engine and replacing its sessions took a fresh process 1.5 s of CPU; this module's engine takes
0.44 s (benchmarks/coldstart.py --ocr, a loaded 2-core machine; peak RSS 174 -> 127 MiB): the
rest was omegaconf parsing rapidocr's YAML files and sessions built then thrown away. leakscan
uses only the models, the detector's normalisation and post-processing (DB boxes, reading
order), the recogniser's input height and its CTC decoding.
Those pieces cannot be imported alone: ``rapidocr.ch_ppocr_det.utils`` (and ``ch_ppocr_rec``'s)
runs its package's ``__init__``, which imports its ``main``, which imports
``rapidocr.inference_engine.base``, whose class body loads ``default_models.yaml`` with
omegaconf. So the post-processing and the decoding are here, copied from rapidocr 3.10.0
(``ch_ppocr_det/utils.py`` ``DBPostProcess``, ``ch_ppocr_det/main.py`` ``sorted_boxes``,
``ch_ppocr_rec/utils.py`` ``CTCLabelDecode``; Apache-2.0, from PaddleOCR, copyright the
PaddlePaddle authors and RapidAI), changed by leakscan: reduced to the settings it runs, only
what it does not use left out (the Apache-2.0 text ships as ``models/OCR-INT8-LICENSE.txt``, a copy
of RapidOCR's ``LICENSE``). tests/test_ocr_engine.py holds them equal to rapidocr's on real pictures and
the settings and model files to what ``RapidOCR()`` itself picks.

Importing this module costs nothing but the standard library: numpy, OpenCV, shapely and
pyclipper (rapidocr's own dependencies) load when a model does.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The models ``RapidOCR()`` 3.10 loads by default (its config.yaml: PP-OCRv6, "small"), inside
#: its wheel's ``models`` folder: found there directly, not through its model resolver (which
#: would download a model it lacks; leakscan never goes to the network).
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"

# rapidocr's config.yaml, section Det (what RapidOCR() ran with).
#: The detector's input normalisation, per channel (BGR).
DET_MEAN = (0.5, 0.5, 0.5)
DET_STD = (0.5, 0.5, 0.5)
#: A pixel whose text probability is over this is text.
DET_THRESH = 0.3
#: A region whose mean probability is under this is dropped.
DET_BOX_THRESH = 0.5
#: Regions looked at, at most.
DET_MAX_CANDIDATES = 1000
#: How far a region is grown back (DB shrinks the text it finds): its area x this / its perimeter.
DET_UNCLIP_RATIO = 1.6
#: Regions whose shorter side is under this (before growing; +2 after) are dropped.
DET_MIN_SIZE = 3
#: Boxes whose tops are closer than this (pixels) are on one line (read left to right).
BOX_SORT_Y_THRESHOLD = 10

# rapidocr's config.yaml, section Rec.
#: The recogniser reads lines scaled to this height.
REC_HEIGHT = 48


def model_path(name: str) -> Path:
    """The file ``name`` in the installed rapidocr wheel's ``models`` folder (found without
    importing rapidocr). :class:`FileNotFoundError` when rapidocr is missing or ships no such file."""
    spec = importlib.util.find_spec("rapidocr")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "models" / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"the OCR model {name} is not in the installed rapidocr wheel (rapidocr 3.10 expected)")


class OnnxModel:
    """A network's onnxruntime session, run on one input: its first input in, its first output out."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self._input = session.get_inputs()[0].name
        self._outputs = [o.name for o in session.get_outputs()]

    def __call__(self, blob: Any) -> Any:
        return self.session.run(self._outputs, {self._input: blob})[0]


@dataclass
class TextDetector:
    """The text detector: its network (``session``), its input normalisation and
    :meth:`boxes`, the lines' quadrilaterals in reading order."""

    session: Any
    mean: tuple[float, float, float] = DET_MEAN
    std: tuple[float, float, float] = DET_STD

    def boxes(self, pred: Any, shape: tuple[int, int]) -> Any:
        """The text lines' quadrilaterals (N x 4 x 2, float32) in a picture of ``shape``
        (height, width) from the network's output ``pred``, in reading order; an empty
        array when there are none."""
        import numpy as np

        quads, _scores = db_boxes(pred, shape)
        return sorted_boxes(quads) if len(quads) else np.zeros((0, 4, 2), dtype=np.float32)


@dataclass
class TextRecognizer:
    """The text recogniser: its network (``session``), the height it reads lines at and the
    characters of its output (``blank`` first, a space last, as rapidocr's CTC decoder)."""

    session: Any
    characters: list[str] = field(repr=False)
    height: int = REC_HEIGHT

    @classmethod
    def of(cls, session: Any) -> TextRecognizer:
        """The recogniser running ``session`` (an onnxruntime session of a PP-OCR recogniser,
        whose character list is in its metadata, key ``character``)."""
        listed = session.get_modelmeta().custom_metadata_map["character"].splitlines()
        return cls(OnnxModel(session), ["blank", *listed, " "])

    def decode(self, preds: Any) -> tuple[str, float]:
        """rapidocr's CTC decoding of one line's output (1 x steps x characters): the best
        character per step, repeats merged, blanks dropped; the score is the mean of the kept
        steps' probabilities (each rounded to 5 places as rapidocr does; 0 when none is kept)."""
        import numpy as np

        index = preds.argmax(axis=2)[0]
        prob = preds.max(axis=2)[0]
        keep = np.ones(len(index), dtype=bool)
        keep[1:] = index[1:] != index[:-1]
        keep &= index != 0  # the CTC blank
        confs = [round(c, 5) for c in np.array(prob[keep]).tolist()] or [0]
        text = "".join(self.characters[i] for i in index[keep])
        return text, float(np.mean(confs).round(5).tolist())


@dataclass
class OcrEngine:
    """The two networks :mod:`.pixel_text` runs (the angle classifier is not: text is read upright)."""

    text_det: TextDetector
    text_rec: TextRecognizer


def build(det_session: Any, rec_session: Any) -> OcrEngine:
    """The engine running ``det_session`` and ``rec_session`` (onnxruntime sessions of a PP-OCR
    detector and recogniser: :data:`DET_MODEL`/:data:`REC_MODEL` or leakscan's int8 detector)."""
    return OcrEngine(TextDetector(OnnxModel(det_session)), TextRecognizer.of(rec_session))


# -- DB post-processing (rapidocr's DBPostProcess with config.yaml's Det settings) ----------------


def db_boxes(pred: Any, shape: tuple[int, int]) -> tuple[Any, list[float]]:
    """The text boxes (N x 4 x 2, clockwise from the top left) and their scores in a picture
    of ``shape`` (height, width) from the detector's probability map ``pred`` (1 x 1 x h x w)."""
    import cv2
    import numpy as np

    src_h, src_w = shape
    prob = pred[:, 0, :, :]
    # use_dilation: a 2x2 dilation joins letters a thin gap splits
    mask = cv2.dilate(np.array(prob[0] > DET_THRESH).astype(np.uint8), np.array([[1, 1], [1, 1]]))
    boxes, scores = _boxes_from_bitmap(prob[0], mask, src_w, src_h)
    kept, kept_scores = [], []
    for box, score in zip(boxes, scores, strict=True):
        box = _clip(_clockwise(box), src_h, src_w)
        if int(np.linalg.norm(box[0] - box[1])) <= 3 or int(np.linalg.norm(box[0] - box[3])) <= 3:
            continue
        kept.append(box)
        kept_scores.append(score)
    return np.array(kept), kept_scores


def _boxes_from_bitmap(pred: Any, bitmap: Any, dest_width: int, dest_height: int) -> tuple[Any, list[float]]:
    import cv2
    import numpy as np

    height, width = bitmap.shape
    contours = cv2.findContours((bitmap * 255).astype(np.uint8), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)[-2]
    boxes, scores = [], []
    for contour in contours[:DET_MAX_CANDIDATES]:
        points, sside = _mini_box(contour)
        if sside < DET_MIN_SIZE:
            continue
        score = _box_score_fast(pred, points.reshape(-1, 2))
        if score < DET_BOX_THRESH:
            continue
        box, sside = _mini_box(_unclip(points))
        if sside < DET_MIN_SIZE + 2:
            continue
        box[:, 0] = np.clip(np.round(box[:, 0] / width * dest_width), 0, dest_width)
        box[:, 1] = np.clip(np.round(box[:, 1] / height * dest_height), 0, dest_height)
        boxes.append(box.astype(np.int32))
        scores.append(score)
    return np.array(boxes, dtype=np.int32), scores


def _mini_box(contour: Any) -> tuple[Any, float]:
    """The smallest rotated rectangle around ``contour`` (its corners from the top left,
    clockwise) and its shorter side."""
    import cv2
    import numpy as np

    rect = cv2.minAreaRect(contour)
    points = sorted(list(cv2.boxPoints(rect)), key=lambda p: p[0])
    first, fourth = (0, 1) if points[1][1] > points[0][1] else (1, 0)
    second, third = (2, 3) if points[3][1] > points[2][1] else (3, 2)
    return np.array([points[first], points[second], points[third], points[fourth]]), min(rect[1])


def _box_score_fast(bitmap: Any, box: Any) -> float:
    """The mean probability inside ``box`` (score_mode "fast")."""
    import cv2
    import numpy as np

    h, w = bitmap.shape[:2]
    box = box.copy()
    xmin = np.clip(np.floor(box[:, 0].min()).astype(np.int32), 0, w - 1)
    xmax = np.clip(np.ceil(box[:, 0].max()).astype(np.int32), 0, w - 1)
    ymin = np.clip(np.floor(box[:, 1].min()).astype(np.int32), 0, h - 1)
    ymax = np.clip(np.ceil(box[:, 1].max()).astype(np.int32), 0, h - 1)
    mask = np.zeros((ymax - ymin + 1, xmax - xmin + 1), dtype=np.uint8)
    box[:, 0] = box[:, 0] - xmin
    box[:, 1] = box[:, 1] - ymin
    cv2.fillPoly(mask, box.reshape(1, -1, 2).astype(np.int32), 1)
    return cv2.mean(bitmap[ymin : ymax + 1, xmin : xmax + 1], mask)[0]


def _unclip(box: Any) -> Any:
    """``box`` grown by its area x :data:`DET_UNCLIP_RATIO` / its perimeter, rounded corners.
    (shapely measures it, as rapidocr's: the same floats give the same integer corners.)"""
    import numpy as np
    import pyclipper
    from shapely.geometry import Polygon

    poly = Polygon(box)
    distance = poly.area * DET_UNCLIP_RATIO / poly.length
    offset = pyclipper.PyclipperOffset()
    offset.AddPath(box, pyclipper.JT_ROUND, pyclipper.ET_CLOSEDPOLYGON)
    return np.array(offset.Execute(distance)).reshape((-1, 1, 2))


def _clockwise(pts: Any) -> Any:
    """The four corners top left, top right, bottom right, bottom left (float32)."""
    import numpy as np

    by_x = pts[np.argsort(pts[:, 0]), :]
    left, right = by_x[:2, :], by_x[2:, :]
    top_left, bottom_left = left[np.argsort(left[:, 1]), :]
    top_right, bottom_right = right[np.argsort(right[:, 1]), :]
    return np.array([top_left, top_right, bottom_right, bottom_left], dtype="float32")


def _clip(points: Any, height: int, width: int) -> Any:
    """``points`` moved inside the picture, to whole pixels."""
    for i in range(points.shape[0]):
        points[i, 0] = int(min(max(points[i, 0], 0), width - 1))
        points[i, 1] = int(min(max(points[i, 1], 0), height - 1))
    return points


def sorted_boxes(boxes: Any) -> Any:
    """``boxes`` in reading order (rapidocr's ``TextDetector.sorted_boxes``): top to bottom,
    boxes whose tops are within :data:`BOX_SORT_Y_THRESHOLD` of the previous one on one line,
    a line's boxes left to right."""
    import numpy as np

    if len(boxes) == 0:
        return boxes
    y = boxes[:, 0, 1]
    by_y = np.argsort(y, kind="stable")
    boxes, y = boxes[by_y], y[by_y]
    line_ids = np.concatenate([[0], np.cumsum((np.diff(y) >= BOX_SORT_Y_THRESHOLD).astype(np.int32))])
    return boxes[np.lexsort((boxes[:, 0, 0], line_ids))]
