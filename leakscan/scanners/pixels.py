"""The pixel engine (issue 11): what ONE decoded picture shows -- text, codes, faces -- as findings.

:func:`scan_pixels` runs the pixel scanners on one picture, decoded once by the caller
(:func:`leakscan.photos.decode_picture`), and merges what they return:

* **text** -- :func:`~leakscan.scanners.pixel_text.scan_pixels_text`: OCR, lines in reading
  order as one text, the text scanners over it (``field="pixels"``);
* **codes** -- :func:`~leakscan.scanners.codes.decode_codes` then
  :func:`~leakscan.scanners.codes.payload_findings` for every QR code and barcode;
* **faces** -- :func:`~leakscan.scanners.faces.scan_faces`: counted and located, never
  identified.

Every finding carries a ``box`` in the picture's pixels. Fail closed: the result is a
:class:`~leakscan.scanners.base.PartialFindings` whose ``incomplete`` collects every reason a
part was not fully read (lines left unread, a code seen but not decoded) and every pixel
scanner that raised (its name and the exception's type, never a value): the caller reports
the photo as *not fully checked*, whatever was found.

Importing this module costs nothing: each scanner imports its models (rapidocr with
onnxruntime, zxing-cpp, the face model on onnxruntime) on first use, once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..settings import Settings, default_settings
from . import TEXT_SCANNERS
from .base import PartialFindings
from .picture import Picture

if TYPE_CHECKING:
    from PIL import Image

#: One pixel scanner: a picture (its reduced copies shared with the others) and the settings
#: in, findings with ``incomplete`` out.
PixelScanner = Callable[[Picture, Settings], PartialFindings]


#: A word the name scanner (spaCy) could read as a person or a place: two letters or more.
_WORD_RE = re.compile(r"[^\W\d_]{2}")


def scan_text(picture: Picture, settings: Settings) -> PartialFindings:
    """Text the picture shows (OCR), run through the text scanners.

    What the OCR reads in a photo without text is a stray mark or a number ("10" in a sky,
    "一" in a hill's edge): with no word in it, the name scanner is left out, so such a photo
    never loads spaCy (as a photo without free text in its metadata never does)."""
    from .pixel_text import read_text, scan_pixels_text

    read = read_text(picture, detector=settings.ocr_detector)
    if not _WORD_RE.search(read.text):
        settings = _without_ner(settings)
    return scan_pixels_text(picture, settings, text=read)


@functools.lru_cache(maxsize=32)
def _without_ner(settings: Settings) -> Settings:
    """``settings`` with the name scanner left out of the text scanners they choose."""
    chosen = settings.scanners or tuple(s.name for s in TEXT_SCANNERS)
    # nothing left to run is said with the metadata scanner alone, never with () ("all")
    return replace(settings, scanners=tuple(n for n in chosen if n != "ner") or ("photo_metadata",))


def scan_codes(picture: Picture, settings: Settings) -> PartialFindings:
    """What every QR code and barcode in the picture carries."""
    from .codes import decode_codes, payload_findings

    out = PartialFindings()
    for code in decode_codes(picture):
        found = payload_findings(code, settings)
        out.extend(found)
        for reason in found.incomplete:
            out.not_fully_checked(reason)
    return out


def scan_faces(picture: Picture, settings: Settings) -> PartialFindings:
    """The faces the picture shows (counted and located, never identified)."""
    from .faces import scan_faces as faces

    return faces(picture, settings)


#: The pixel scanners, by name, in the order they run on each picture.
PIXEL_SCANNERS: tuple[tuple[str, PixelScanner], ...] = (
    ("text", scan_text),
    ("codes", scan_codes),
    ("faces", scan_faces),
)


def enabled(settings: Settings) -> bool:
    """Whether a scan reads what pictures show: ``settings.pixels`` is on, and the scanners
    chosen (if any) are not the photo metadata scanner alone ("metadata only")."""
    return settings.pixels and any(name != "photo_metadata" for name in settings.scanners or ("",))


def scan_pixels(image: Image.Image, settings: Settings | None = None) -> PartialFindings:
    """Every pixel scanner on one decoded picture: their findings (each with a ``box``),
    duplicates dropped, and why the picture was not fully checked (``incomplete``).

    The text scanner runs in the caller's thread while the others run, one after the other,
    in a second thread: each model's session uses one core (pixel_text.THREADS), so on two
    cores the OCR and the face detector run side by side, without the per-operator hand-offs
    of one session spread over two threads (on a loaded machine those cost more CPU than they
    saved). Their findings are merged in :data:`PIXEL_SCANNERS` order, whatever finished first.

    A scanner that raises does not stop the others; it makes the picture not fully checked
    (fail closed), its reason naming the scanner and the exception type, never a value.
    """
    from concurrent.futures import ThreadPoolExecutor

    settings = settings or default_settings()
    picture = Picture(image)  # one set of reduced copies for all the scanners
    (first, scan_first), *rest = PIXEL_SCANNERS
    with ThreadPoolExecutor(1, thread_name_prefix="leakscan-pixels") as pool:
        others = pool.submit(lambda: [_run(name, scan, picture, settings) for name, scan in rest])
        results = [_run(first, scan_first, picture, settings), *others.result()]
    out = PartialFindings()
    seen: set[tuple[object, ...]] = set()
    for found in results:
        for reason in found.incomplete:
            out.not_fully_checked(reason)
        for finding in found:
            key = (finding.kind, finding.text, finding.box, finding.field)
            if key not in seen:
                seen.add(key)
                out.append(finding)
    return out


def _run(name: str, scan: PixelScanner, picture: Picture, settings: Settings) -> PartialFindings:
    """One pixel scanner's findings; one that raises gives none, and says so (never a value)."""
    try:
        return scan(picture, settings)
    except Exception as exc:  # a model or decoder bug on odd pixels is an unread part, not a crash
        out = PartialFindings()
        out.not_fully_checked(f"the {name} scanner failed on the picture ({type(exc).__name__})")
        return out


__all__ = ["PIXEL_SCANNERS", "PixelScanner", "enabled", "scan_codes", "scan_pixels", "scan_text"]
