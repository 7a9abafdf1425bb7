"""Where a photo's pixel scan spends its time, stage by stage (issue 11).

    python benchmarks/pixel_stages.py PHOTO [PHOTO ...] [--repeat 7] [--profile]

For each photo (a file: a JPEG as a phone sends it), one process, after a warm-up run:

* the whole scan of what it shows, as :func:`leakscan.photos.scan_picture` runs it (decode,
  orientation, the pixel scanners), median wall and CPU ms (CPU: every thread of the process,
  ``time.process_time``; steadier than wall time on a shared machine);
* the same runs split into stages, each timed where it runs (CPU with ``time.thread_time`` in
  its own thread, wall with ``perf_counter``; stages in the two scanner threads overlap, so
  wall times do not add up; a stage run inside another counts in both: a drafted JPEG's
  full-size decode is in "copies: rgb" and in "decode: load"): decode, orientation, the
  reduced copies (``Picture``), the text detector's input, network and boxes, each line's
  crop and recognition, the text scanners, the code decoder and the face detector;
* with ``--profile``, cProfile's top functions (cumulative) of one more run.

Stages are timed by wrapping the functions that make them (nothing of leakscan is changed
on disk); the load average is printed with the numbers (the machine may be shared). Run it
under ``PYTHONPATH=<a clone>`` to measure another copy of the code. No timing is asserted.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import functools
import io
import os
import pstats
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from leakscan import photos
from leakscan.scanners import codes, faces, ocr_engine, pixel_text, pixels
from leakscan.scanners.picture import Picture
from leakscan.settings import default_settings

#: stage -> [wall ms, CPU ms, calls], for the run being measured
_TIMES: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
_GUARD = threading.Lock()


def _timed(name: str | Callable[..., str], fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, adding its wall and thread CPU time to stage ``name`` (or ``name(*args)``)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            stage = name(*args) if callable(name) else name
            with _GUARD:
                row = _TIMES[stage]
                row[0] += (time.perf_counter() - wall) * 1000
                row[1] += (time.thread_time() - cpu) * 1000
                row[2] += 1

    return run


def _net_name(model: Any, *_: Any) -> str:
    return "ocr: detector network" if model.session.get_inputs()[0].shape[2] != 48 else "ocr: recogniser network"


def _instrument() -> None:
    """Wrap the functions that make each stage (in the modules that call them)."""
    from PIL import ImageFile, ImageOps

    ImageFile.ImageFile.load = _timed("decode: load (every decode)", ImageFile.ImageFile.load)
    ImageOps.exif_transpose = _timed("decode: orientation", ImageOps.exif_transpose)
    Picture.rgb = _timed("copies: rgb", Picture.rgb)
    Picture.resized = _timed("copies: resized (960)", Picture.resized)
    Picture.grey = _timed("copies: grey (codes)", Picture.grey)
    pixel_text._det_input = _timed("ocr: detector input", pixel_text._det_input)
    ocr_engine.OnnxModel.__call__ = _timed(_net_name, ocr_engine.OnnxModel.__call__)
    ocr_engine.TextDetector.boxes = _timed("ocr: detector boxes", ocr_engine.TextDetector.boxes)
    pixel_text._crop = _timed("ocr: line crops", pixel_text._crop)
    pixel_text._recognise = _timed("ocr: recognise (incl. network)", pixel_text._recognise)
    ocr_engine.TextRecognizer.decode = _timed("ocr: CTC decode", ocr_engine.TextRecognizer.decode)
    pixel_text._ocr = _timed("ocr: all", pixel_text._ocr)
    pixels.scan_text = _timed("text: OCR + scanners", pixels.scan_text)
    codes.decode_codes = _timed("codes: decode", codes.decode_codes)
    pixels.scan_codes = _timed("codes: all", pixels.scan_codes)
    faces.detect_faces = _timed("faces: detect", faces.detect_faces)
    pixels.scan_faces = _timed("faces: all", pixels.scan_faces)
    pixels.PIXEL_SCANNERS = (("text", pixels.scan_text), ("codes", pixels.scan_codes), ("faces", pixels.scan_faces))


def _scan(photo: photos.Photo) -> Any:
    photo._picture.clear()  # nothing kept from the run before
    return photos.scan_picture(photo, default_settings())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", nargs="+")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile one more run")
    args = parser.parse_args()
    settings = default_settings()
    for path in args.photos:
        photo = photos.open_photo(path, settings)
        found = _scan(photo)  # warm-up: models load, onnxruntime's first run per shape
        kinds = collections.Counter(f.kind.value for f in found)
        wall, cpu = [], []
        for _ in range(args.repeat):
            start, cpu_start = time.perf_counter(), time.process_time()
            _scan(photo)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - cpu_start) * 1000)
        print(
            f"{os.path.basename(path)} whole scan: median {statistics.median(wall):.0f} ms wall, {statistics.median(cpu):.0f} ms CPU"
            f" (min {min(cpu):.0f}); found {dict(kinds)}; load {os.getloadavg()[0]:.1f}"
        )
        if not _TIMES.get("__instrumented__"):
            _instrument()
            _TIMES["__instrumented__"] = [0, 0, 0]
        runs: dict[str, list[list[float]]] = collections.defaultdict(list)
        for _ in range(args.repeat):
            for key in list(_TIMES):
                if key != "__instrumented__":
                    del _TIMES[key]
            _scan(photo)
            for key, row in _TIMES.items():
                if key != "__instrumented__":
                    runs[key].append(row)
        for key in sorted(runs):
            rows = runs[key]
            print(
                f"  {key:<34} wall {statistics.median(r[0] for r in rows):7.1f}  cpu"
                f" {statistics.median(r[1] for r in rows):7.1f} ms  calls {rows[0][2]:.0f}"
            )
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            _scan(photo)
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(30)
            print(out.getvalue())
        print(f"  load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
