"""Cover what a photo shows (issue 11), and verify that nothing covered reads back.

:func:`covered_copy` is called by :func:`leakscan.redact.image.clean_image_bytes` when a
photo's findings carry a ``box`` (text read in the picture, a QR code's payload, a face when
:attr:`~leakscan.media.base.StripOptions.blur_faces` asks). For one decoded, upright picture:

1. **regions**: each finding's box, padded -- text by a share of its line's height (the OCR
   spreads characters evenly along a line: a box can be off by a character), a code by a
   margin round its finder patterns (the box from the decoder is the whole code), a face by
   a margin for hair and ears. Several findings of one code or one line may share a region.
2. **cover**: text and codes are painted over with solid black boxes (a pixelated line of
   text can still be read, by people and by models trained on blur); faces are pixelated into
   a few blocks across, so the photo still reads as a photo.
3. **encode**: the caller's encoder (the format's Pillow writer, no metadata).
4. **verify the encoded copy**, decoded again, with the same readers a scan uses: the OCR
   (:func:`~leakscan.scanners.pixel_text.read_text`) and the text scanners over what it read,
   the code decoder (:func:`~leakscan.scanners.codes.decode_codes`) and, when faces were
   covered, the face detector. Anything found over a covered region, or a covered value read
   anywhere in the copy, "still reads": the regions grow (:data:`WIDEN`) and steps 2-4 run
   again, at most :data:`ATTEMPTS` times. Then :class:`~leakscan.errors.RedactError`: no clean
   copy is claimed. A copy that cannot itself be fully read back is refused the same way.

Redactors never detect: the findings come from the scan. The readers here only check the
copy, as ExifTool-like re-reading checks the metadata of every clean copy.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import RedactError
from ..findings import Finding, Kind
from ..settings import Settings

if TYPE_CHECKING:
    from PIL import Image

Box = tuple[int, int, int, int]

#: How many times a covering is tried, each wider (and a face coarser) than the last.
ATTEMPTS = 3
#: How much wider each new attempt pads, as a multiple of the first padding.
WIDEN = 2.0
#: Text: padding above and below, and left and right, as shares of the line's height.
TEXT_PAD_Y, TEXT_PAD_X = 0.3, 0.6
#: Codes: padding round the code, as a share of its larger side.
CODE_PAD = 0.08
#: Faces: padding round the detector's box, as a share of its larger side.
FACE_PAD = 0.15
#: Faces: how many blocks across the face the pixelation leaves (fewer on each new attempt).
FACE_BLOCKS = 7
#: A covered value is looked for in the copy's text only from this many letters and digits
#: (a two-letter initial would be found in any word).
MIN_VALUE_CHARS = 4

BOXED, PIXELATED = "box", "pixelated"


@dataclass(frozen=True, slots=True)
class Covered:
    """One region of the picture that was covered: what it showed (a kind, never a value), where
    (``(x, y, width, height)`` in the picture's pixels, padding included), and how."""

    kind: str
    box: Box
    #: ``"box"`` (painted over) or ``"pixelated"`` (a face).
    how: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "box": list(self.box), "how": self.how}


def to_cover(findings: Sequence[Finding], *, blur_faces: bool) -> list[Finding]:
    """The findings whose region of the picture a clean copy covers: every one with a ``box``,
    faces only when ``blur_faces``."""
    return [f for f in findings if f.box is not None and (blur_faces or f.kind is not Kind.FACE)]


def covered_copy(
    picture: Image.Image,
    findings: Sequence[Finding],
    encode: Callable[[Image.Image], bytes],
    settings: Settings,
) -> tuple[bytes, tuple[Covered, ...]]:
    """The encoded copy of ``picture`` with every finding's region covered, verified (see the
    module docstring), and the regions covered. ``findings`` are those of :func:`to_cover`;
    ``picture`` is decoded upright, as their boxes are measured. Raises :class:`RedactError`
    (no value in it) when the covering cannot be verified."""
    last: list[str] = []
    cover = list(findings)
    for attempt in range(ATTEMPTS):
        work = picture.copy()
        regions = [_cover(work, f, attempt) for f in cover]
        data = encode(work)
        revealed: list[Finding] = []
        last = _still_reads(data, cover, regions, settings, revealed)
        if not last:
            return data, tuple(dict.fromkeys(regions))
        # what the copy reads over a covered region is the rest of a value the scan found in
        # part (a school's town, not its whole name, "... Community College"): the next
        # attempt covers it too, as well as widening
        cover += [f for f in revealed if f.box is not None]
    kinds = ", ".join(sorted(set(last)))
    raise RedactError(f"what the picture shows still reads after covering ({kinds}); nothing was written")


def _cover(picture: Image.Image, finding: Finding, attempt: int) -> Covered:
    """Cover one finding's region in ``picture`` (in place); the region covered."""
    from PIL import Image, ImageDraw

    assert finding.box is not None
    _, _, w, h = finding.box
    grow = WIDEN**attempt
    if finding.kind is Kind.FACE:
        pad = FACE_PAD * max(w, h) * grow
        box = _padded(finding.box, pad, pad, picture.size)
        bx, by, bw, bh = box
        if bw and bh:
            blocks = max(2, FACE_BLOCKS - 2 * attempt)
            side = max(bw, bh) / blocks  # square blocks
            region = picture.crop((bx, by, bx + bw, by + bh))
            small = region.resize((max(1, round(bw / side)), max(1, round(bh / side))), Image.Resampling.BOX)
            picture.paste(small.resize((bw, bh), Image.Resampling.NEAREST), (bx, by))
        return Covered(Kind.FACE.value, box, PIXELATED)
    if _is_code(finding):
        pad = CODE_PAD * max(w, h) * grow
        box = _padded(finding.box, pad, pad, picture.size)
    else:
        box = _padded(finding.box, TEXT_PAD_X * h * grow, TEXT_PAD_Y * h * grow, picture.size)
    bx, by, bw, bh = box
    if bw and bh:
        ImageDraw.Draw(picture).rectangle((bx, by, bx + bw - 1, by + bh - 1), fill=_black(picture.mode))
    return Covered(finding.kind.value, box, BOXED)


def _is_code(finding: Finding) -> bool:
    """A finding in a QR code's or barcode's payload (its box is the whole code)."""
    return finding.scanner == "codes" or (finding.field or "").endswith(" payload")


def _padded(box: Box, pad_x: float, pad_y: float, size: tuple[int, int]) -> Box:
    x, y, w, h = box
    x0, y0 = max(0, int(x - pad_x)), max(0, int(y - pad_y))
    x1, y1 = min(size[0], int(x + w + pad_x + 0.999)), min(size[1], int(y + h + pad_y + 0.999))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _black(mode: str) -> Any:
    """Solid black in ``mode`` (opaque where the mode has transparency)."""
    return {"L": 0, "LA": (0, 255), "RGBA": (0, 0, 0, 255), "1": 0, "I": 0, "F": 0.0}.get(mode, (0, 0, 0))


# -- verification ---------------------------------------------------------------------------------


def _still_reads(
    data: bytes,
    findings: Sequence[Finding],
    regions: Sequence[Covered],
    settings: Settings,
    revealed: list[Finding] | None = None,
) -> list[str]:
    """The kinds of what still reads in the encoded copy ``data`` (empty: verified); the copy's
    own findings over a covered region are added to ``revealed`` when given."""
    from PIL import Image

    from ..scanners.codes import decode_codes
    from ..scanners.pixel_text import read_text, scan_pixels_text

    try:
        with Image.open(io.BytesIO(data)) as im:
            copy = im.copy()
    except Exception:  # the copy just written cannot be decoded: never claimed clean
        return ["UNREADABLE"]
    boxed = [r.box for r in regions if r.how == BOXED]
    left: list[str] = []
    if boxed:
        read = read_text(copy, detector=settings.ocr_detector)
        if read.incomplete:
            return ["UNCHECKED"]
        text = _squash(read.text)
        found = scan_pixels_text(copy, settings, text=read)
        if found.incomplete:
            return ["UNCHECKED"]
        over = [f for f in found if f.box is not None and _overlaps_any(f.box, boxed)]
        left += [f.kind.value for f in over]
        if revealed is not None:
            revealed.extend(over)
        for f in findings:
            value = _squash(f.text)
            if f.kind is not Kind.FACE and len(value) >= MIN_VALUE_CHARS and value in text:
                left.append(f.kind.value)
    left += ["CODE" for code in decode_codes(copy) if _overlaps_any(code.box, boxed)]
    faces = [r.box for r in regions if r.how == PIXELATED]
    if faces:
        from ..scanners.faces import detect_faces

        left += [Kind.FACE.value for face in detect_faces(copy) if _centre_in_any(face.box, faces)]
    return left


_NOT_ALNUM = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    """Letters and digits only, folded: how a value is looked for in the text read again (the
    OCR may read the spaces and punctuation of a number differently)."""
    return _NOT_ALNUM.sub("", text.casefold())


def _overlaps_any(box: Box, regions: Sequence[Box]) -> bool:
    x, y, w, h = box
    return any(x < rx + rw and rx < x + w and y < ry + rh and ry < y + h for rx, ry, rw, rh in regions)


def _centre_in_any(box: Box, regions: Sequence[Box]) -> bool:
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    return any(rx <= cx <= rx + rw and ry <= cy <= ry + rh for rx, ry, rw, rh in regions)


__all__ = ["ATTEMPTS", "Covered", "covered_copy", "to_cover"]
