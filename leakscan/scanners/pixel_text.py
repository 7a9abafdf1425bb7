"""Text in the pixels (issue 11): read what a photo or a screenshot shows, then scan it.

:func:`read_text` runs an offline OCR (the PP-OCR detection and recognition ONNX models
shipped inside the RapidOCR 3.x wheel, run by onnxruntime on the CPU with rapidocr's
post-processing, :mod:`.ocr_engine`; Apache-2.0, see ``models/README.md``) and assembles the
lines it reads in reading order into ONE text, keeping a map from character offsets back to
image boxes. :func:`scan_pixels_text` runs the text scanners over that text
(:func:`~leakscan.scanners.detect.detect_text`) and gives each finding the ``box`` of the
characters it covers, with ``field="pixels"``.

Reading order, the types read and the way back from characters to pixels are in
:mod:`.pixel_layout`.

The model loads once per process, lazily (:func:`_engine`), never at import: importing this
module costs nothing but the standard library and Pillow.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..findings import Kind
from ..settings import OCR_DETECTORS, Settings, default_settings
from .base import PartialFindings
from .picture import Picture, PictureLike
from .pixel_cover import cover_span
from .pixel_layout import OcrLine, PixelText, as_typed, assemble, whole_name
from .screen_public import public_print
from .screen_text import laid_out, shown_again

if TYPE_CHECKING:
    from PIL import Image

#: The ``field`` of every finding read in the pixels.
FIELD = "pixels"

#: Lines the recogniser is less sure of than this are dropped (noise, textures read as text).
MIN_SCORE = 0.6

#: Text is detected on a copy whose longer side is at most this (a 12-megapixel photo is
#: reduced about 4x), and recognised from the original's pixels: detection's time and memory
#: grow with the pixels, recognition's with the lines. Boxes are in the original's pixels.
#: Measured (benchmarks/ocr_speed.py, benchmarks/pixels.py): 960 reads every secret of our
#: pixel set and every line of 24 px or more in a 12 MP photo that 1280 did, in ~0.7 of its
#: CPU time and ~80 MB less memory at its peak; 800 misses the 24-30 px lines.
MAX_SIDE = 960

#: A picture in which one to this many lines are detected (a label, a banner, a cake, a shirt)
#: is read again at each of :data:`SPARSE_SIDES`: the detector misses big curved letters at
#: 960 that it finds at 640, and small ones on a card in a big photo that it finds at 1280.
#: A picture full of text never pays for it, nor one with no line at all: reading a 13 MP photo
#: without text at the three sizes doubled its scan (715 -> 1,429 CPU ms, benchmarks/pixel_stages.py).
#: A picture whose few lines all read as nothing (:func:`_shows_text`) is read again at the
#: bigger side only (:data:`STRAY_SIDES`): most camera photos without text have a stray mark
#: detected (a leaf's edge, a hinge) that the recogniser reads as one letter or nothing, and the
#: big curved letters the smaller side finds would have been read in part at 960. The bigger
#: side stays: a name on a card that 960 missed beside such a mark was found at 1280 (images-v15).
SPARSE_LINES = 3
SPARSE_SIDES = (640, 1280)
STRAY_SIDES = (1280,)

#: A line read with a word or a number in it: two letters (of any script) or a digit.
_TEXT_RE = re.compile(r"[^\W\d_]{2}|\d")

#: A picture whose longer side is under this is enlarged to it for detection (a cropped
#: screenshot, a sticker): the detector misses letters much under 10 pixels high.
MIN_SIDE = 640

#: Text read from one image is cut at this many lines (a dense page; bounds the scanners' work).
MAX_LINES = 400

#: The text detector's weights, by name (:data:`~leakscan.settings.OCR_DETECTORS`): ``"float"``,
#: the float model inside rapidocr's wheel, or ``"int8"``, leakscan's int8 copy of it (built by
#: ``models/build_ocr_int8.py``).
DETECTORS = OCR_DETECTORS
#: The detector a scan uses unless told otherwise: the float one, as the int8 one misses the
#: thinnest lines (24-30 px in a 12 MP photo, under ~7 px at the detector's 960) it reads.
DEFAULT_DETECTOR = OCR_DETECTORS[0]
#: The int8 detector's file in ``leakscan.models``.
INT8_DETECTOR = "ocr_det_int8.onnx"


def _engine(detector: str = DEFAULT_DETECTOR) -> Any:
    """The OCR engine with ``detector`` (one of :data:`DETECTORS`), built once per process and
    detector on first use (~0.3 s; models from rapidocr's wheel and ``leakscan.models``)."""
    return _built(detector)  # one cache key per detector, however it was named (default or not)


def no_telemetry() -> None:
    """Tell onnxruntime to send nothing, before it is first imported. Since 1.29 its official
    builds collect usage telemetry on Linux and macOS too (a device id and an event cache under
    ``~/.cache/Microsoft``, uploaded to Microsoft); the opt-out is read once, at its import.
    leakscan sends nothing anywhere. A value the user set is kept; an app that imported
    onnxruntime before leakscan has to set it itself."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


@functools.cache
def _built(detector: str) -> Any:
    import importlib.resources

    from .ocr_engine import DET_MODEL, REC_MODEL, build, model_path

    if detector not in DETECTORS:
        raise ValueError(f"unknown OCR detector {detector!r} (expected one of: {', '.join(DETECTORS)})")
    # The networks and what leakscan runs around them, built from rapidocr's model files
    # directly (.ocr_engine): rapidocr's RapidOCR() parsed its YAML configuration and built
    # sessions we then replaced by our own (onnx_session's options): ~1.1 s of CPU of every
    # fresh process that read a picture.
    det: str | bytes = str(model_path(DET_MODEL))
    if detector == "int8":
        det = (importlib.resources.files("leakscan.models") / INT8_DETECTOR).read_bytes()
    det_session = onnx_session(det)
    return build(det_session, onnx_session(str(model_path(REC_MODEL))))


#: Threads per onnxruntime session (0: onnxruntime's default, one per core). One: the OCR and
#: the face detector run side by side instead (scanners/pixels.py). One session over the two
#: cores of this machine cost ~20% more CPU per 12 MP photo (operators handed between threads
#: that sleep), and under load its wall time was no better (benchmarks/ocr_speed.py).
THREADS = 1


def onnx_session(model: str | bytes) -> Any:
    """An onnxruntime CPU session for ``model`` (a file's path or its bytes; the face detector
    shares it, leakscan/scanners/faces.py): :data:`THREADS` threads, which sleep between
    operators rather than spin (spinning doubled the CPU time per image, 490 vs 310 ms, and
    slowed a loaded machine: benchmarks/ocr_speed.py), and no memory arena (what a picture
    needed is given back, not kept for the next: an arena saved ~80 ms of page faults per
    12 MP photo but held ~400 MB more)."""
    no_telemetry()
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 4  # never log: what is read stays out of logs
    options.enable_cpu_mem_arena = False
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if THREADS:
        options.intra_op_num_threads = THREADS
    return ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])


#: One image at a time per process: one image's lines already keep both cores busy
#: (:data:`REC_WORKERS`), and a process holds one picture's working memory, not several.
_LOCK = threading.Lock()


def ocr_lines(image: PictureLike, *, detector: str = DEFAULT_DETECTOR) -> list[OcrLine]:
    """The lines of text the OCR reads in ``image``, in the image's own pixel coordinates
    (at most :data:`MAX_LINES`: :func:`read_text` says when there were more).

    The text is *detected* on a copy whose longer side is at most :data:`MAX_SIDE` (a
    12-megapixel photo about 4x smaller: detection cost grows with the pixels; the face
    detector reads the same copy when ``image`` is a :class:`~leakscan.scanners.picture.Picture`),
    then each line is *recognised* from the original's pixels (cropped at full resolution),
    so small text in a big photo stays legible. A picture where nothing is detected is never
    recognised. Text is read upright: the angle classifier is not run (text upside down is
    not read). ``detector`` names the detector's weights (:data:`DETECTORS`).
    """
    return _ocr(image, detector)[0]


def _ocr(image: PictureLike, detector: str) -> tuple[list[OcrLine], bool]:
    """:func:`ocr_lines`, and whether the picture held more lines than were read."""

    picture = Picture.of(image)
    if min(picture.size) < 8:
        return [], False
    engine = _engine(detector)
    size = _det_size(picture.size)
    with _LOCK:
        quads = _detect_at(picture, engine.text_det, size)
        if len(quads) == 0:  # a picture with no line at all (most photos) is not read again
            return [], False
        rgb = picture.rgb()
        recognised: list[tuple[str, float]] = []
        if len(quads) <= SPARSE_LINES:
            # its few lines are read first: a picture that shows a little real text is detected
            # again at both sides, one whose only lines are stray marks read as nothing at one
            recognised = _recognise_all(engine.text_rec, rgb, quads)
            shows = any(_shows_text(text, score) for text, score in recognised)
            quads += _sparse_quads(picture, engine.text_det, size, quads, SPARSE_SIDES if shows else STRAY_SIDES)
        cut = len(quads) > MAX_LINES
        quads = quads[:MAX_LINES]
        recognised = recognised[: len(quads)] + _recognise_all(engine.text_rec, rgb, quads[len(recognised) :])
    lines = []
    for quad, (text, score) in zip(quads, recognised, strict=True):
        if score < MIN_SCORE or not text.strip():
            continue
        points = tuple((float(x), float(y)) for x, y in quad)
        lines.append(OcrLine(text=text.strip(), quad=points, score=float(score)))  # type: ignore[arg-type]
    return lines, cut


def _shows_text(text: str, score: float) -> bool:
    """Whether a line read as ``text`` with ``score`` is real text: kept (:data:`MIN_SCORE`)
    and with a word or a number in it (not a lone letter or a mark)."""
    return score >= MIN_SCORE and _TEXT_RE.search(text) is not None


def _detect_at(picture: Picture, det: Any, size: tuple[int, int]) -> list[Any]:
    """The quadrilaterals of the lines detected in ``picture`` read at ``size``, in the
    picture's own pixels, in reading order."""
    import numpy as np

    blob = _det_input(picture.resized(size), det)
    found = _detect(det, blob, size)
    scale = np.array([picture.size[0] / size[0], picture.size[1] / size[1]], dtype=np.float32)
    return [np.asarray(q, dtype=np.float32)[:4] * scale for q in found]


def _sparse_quads(
    picture: Picture, det: Any, size: tuple[int, int], quads: list[Any], sides: Sequence[int]
) -> list[Any]:
    """The lines a picture of little text shows that the first detection missed: the same
    picture read at ``sides``, each new line kept where no line already stands."""
    boxes = [_bounds(q) for q in quads]
    more: list[Any] = []
    for side in sides:
        other = _det_size(picture.size, side)
        if other == size:
            continue
        for quad in _detect_at(picture, det, other):
            box = _bounds(quad)
            if not any(_shared(box, b) for b in boxes):
                boxes.append(box)
                more.append(quad)
    return more


def _bounds(quad: Any) -> tuple[float, float, float, float]:
    xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
    return (min(xs), min(ys), max(xs), max(ys))


def _shared(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether two lines' bounds overlap by most of the smaller one (one line read twice; a big
    line found at one size may reach over part of a small one found at another)."""
    w, h = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return False
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h >= smaller * 0.6


def _det_input(small: Image.Image, det: Any) -> Any:
    """The detector's input for ``small`` (already at the detector's size): BGR, scaled and
    normalised as the model was trained (rapidocr's own preprocessing did it in float64 numpy
    on the whole array, ~40 ms of a 12 MP photo; OpenCV's blob is one pass)."""
    import cv2
    import numpy as np

    blob = cv2.dnn.blobFromImage(np.asarray(small), 1 / 255, swapRB=True)  # RGB -> BGR, NCHW
    blob -= np.asarray(det.mean, dtype=np.float32).reshape(1, 3, 1, 1)
    blob /= np.asarray(det.std, dtype=np.float32).reshape(1, 3, 1, 1)
    return blob


def _detect(det: Any, blob: Any, size: tuple[int, int]) -> Any:
    """The text lines' quadrilaterals in the detector's input (rapidocr's post-processing and
    reading order, :mod:`.ocr_engine`), an empty array when there are none."""
    return det.boxes(det.session(blob), (size[1], size[0]))


def _det_size(size: tuple[int, int], most: int | None = None) -> tuple[int, int]:
    """The size the detector reads a picture of ``size`` at: its longer side brought within
    :data:`MIN_SIDE`..``most`` (:data:`MAX_SIDE` unless given), both sides multiples of 32 (the
    network's stride), the shape kept (a side is at least 32)."""
    width, height = size
    ratio = min(max(max(width, height), MIN_SIDE), most or MAX_SIDE) / max(width, height)
    return (max(32, round(width * ratio / 32) * 32), max(32, round(height * ratio / 32) * 32))


#: The recogniser reads lines scaled to 48 pixels high: a taller line (big letters in a big
#: photo) is first reduced by an integer factor to at most twice that, which keeps its
#: letters sharp and makes straightening it cheap.
REC_CROP_HEIGHT = 96


def _crop(image: Image.Image, quad: Any) -> Any:
    """The line inside ``quad``, straightened, as a BGR array, cut from the full-size image
    (only the line's bounding rectangle is converted, never the whole photo)."""
    import numpy as np
    from rapidocr.utils.process_img import get_rotate_crop_image

    x0 = max(int(quad[:, 0].min()), 0)
    y0 = max(int(quad[:, 1].min()), 0)
    x1 = min(int(np.ceil(quad[:, 0].max())) + 1, image.width)
    y1 = min(int(np.ceil(quad[:, 1].max())) + 1, image.height)
    region = image.crop((x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)))
    local = (quad - np.array([x0, y0], dtype=np.float32)).astype(np.float32)
    height = float(min(np.linalg.norm(quad[3] - quad[0]), np.linalg.norm(quad[2] - quad[1])))
    factor = int(height // REC_CROP_HEIGHT)
    if factor > 1:
        region = region.reduce(factor)
        local = local / np.float32(factor)
    return get_rotate_crop_image(np.ascontiguousarray(np.asarray(region)[:, :, ::-1]), local)


#: The recogniser's input is a multiple of this wide (its output has one step per 8 pixels).
REC_STRIDE = 8


#: Threads recognising lines (a network's run uses one core): the lines are read on both cores
#: once the face and code readers are done (scanners/pixels.py), not on the text's core alone.
REC_WORKERS = 2


def _recognise_all(rec: Any, image: Image.Image, quads: Sequence[Any]) -> list[tuple[str, float]]:
    """:func:`_recognise` of each line ``quads`` give (cut from ``image``), in their order."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(REC_WORKERS, thread_name_prefix="leakscan-ocr") as pool:
        return list(pool.map(lambda quad: _recognise(rec, _crop(image, quad)), quads))


def _recognise(rec: Any, crop: Any) -> tuple[str, float]:
    """The text of one straightened line (``crop``, BGR) and the recogniser's score.

    The line is scaled to the model's height and read at its own width (rounded up to
    :data:`REC_STRIDE`). rapidocr's own recogniser padded every line to at least 320 pixels
    and each batch of six to its widest line: the network's time grows with the width, and
    most lines in a photo are short ("10", a name), so the padding was ~40% of its work
    (benchmarks/ocr_speed.py). What it reads differs from the padded read on ~3% of the lines,
    by a space or a letter either way (as the padded read differed with its batch).
    """
    import cv2
    import numpy as np

    height = rec.height
    width = max(1, math.ceil(height * crop.shape[1] / crop.shape[0]))
    padded = -(-width // REC_STRIDE) * REC_STRIDE
    blob = np.zeros((1, 3, height, padded), dtype=np.float32)
    # scaled to -1..1 as the model was trained; the padding stays 0 (mid grey), as rapidocr's
    blob[0, :, :, :width] = cv2.resize(crop, (width, height)).transpose(2, 0, 1) / np.float32(127.5) - 1
    return rec.decode(rec.session(blob))


def read_text(image: PictureLike, *, detector: str = DEFAULT_DETECTOR) -> PixelText:
    """Read the text ``image`` shows: OCR lines with boxes and scores, assembled in reading
    order into one text, with :meth:`PixelText.box_for` back from characters to pixels.
    More than :data:`MAX_LINES` lines of text: the first are read and ``incomplete`` says so.
    ``detector`` names the text detector's weights (:data:`DETECTORS`; the setting
    ``ocr_detector``)."""
    lines, cut = _ocr(image, detector)
    read = assemble(lines, image.size)
    if cut:
        read = replace(read, incomplete=(f"more than {MAX_LINES} lines of text in the picture: the rest was not read",))
    return read


def scan_pixels_text(
    image: PictureLike, settings: Settings | None = None, *, text: PixelText | None = None
) -> PartialFindings:
    """Findings in the text ``image`` shows, and why it was not fully checked if it was not.

    Each finding is a text scanner's (its kind, its ``scanner`` name: "phone", "school"...),
    with ``field="pixels"``, ``text`` what was read, ``start``/``end`` offsets into the
    assembled text (:attr:`PixelText.text`), and ``box`` the union of the boxes of the
    characters it covers. ``text`` is the already read text, when the caller has it.
    ``incomplete`` (fail closed) names lines left unread, text past ``max_text_chars`` and
    scanners that failed; the caller must then report the picture as not fully checked.
    """
    # Imported here: the text scanners (and spaCy, when a name scanner runs) are needed only
    # once an image shows some text.
    from .detect import detect_text

    settings = settings or default_settings()
    read = text if text is not None else read_text(image, detector=settings.ocr_detector)
    out = PartialFindings(incomplete=read.incomplete)
    if not read.text.strip():
        return out
    if len(read.text) > settings.max_text_chars:
        out.not_fully_checked(
            f"the text in the picture is over max_text_chars ({settings.max_text_chars:,}): the rest was not scanned"
        )
    typed = as_typed(read.text[: settings.max_text_chars])
    found, failed = detect_text(typed, settings, field=FIELD)
    if failed:
        out.not_fully_checked(f"scanner failed on the text in the picture: {', '.join(failed)}")
    found = [f for f in found if not public_print(typed, f)]
    # the layout's rules never override what public print says (a book cover's author heading a line)
    found += [f for f in laid_out(typed, read.text, found, settings) if not public_print(typed, f)]
    found += shown_again(typed, found)
    for finding in found:
        start, end = finding.start or 0, finding.end or 0
        if finding.kind is Kind.PERSON:
            start, end = whole_name(read.text, start, end)
        # the box covers the rest of the field on its line too ("Mrs" before a surname, a
        # postcode after a street): what was found stays the finding's text
        box = read.box_for(*cover_span(read.text, finding.kind, start, end))
        if box is not None:
            # The value as the picture shows it (the scanners read it lower-cased).
            out.append(finding.with_(text=read.text[start:end], start=start, end=end, box=box, field=FIELD))
    return out
