"""How fast and how big the OCR of leakscan.scanners.pixel_text is (issue 11).

    python benchmarks/ocr_speed.py [--repeat 5]

Prints, for one process: the model load time (first use of the engine), the peak RSS the
engine adds, and the median ms per image for generated images of 1 and 12 megapixels, with
and without text (read_text alone, and read_text + the text scanners). Big images are read on
a reduced copy (pixel_text.MAX_SIDE); ``--max-side`` tries another bound.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from leakscan.scanners import pixel_text


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux: the peak so far, which is what a worker must budget for.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _image(width: int, height: int, with_text: bool) -> Image.Image:
    """A photo-like image: a gradient with shapes, and (optionally) a poster's lines of text."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for i in range(12):
        x, y = (i * 997) % width, (i * 613) % height
        draw.ellipse((x, y, x + width // 8, y + height // 8), fill=(40 * (i % 6), 90, 160))
    if with_text:
        size = max(height // 25, 16)
        font = ImageFont.load_default(size=size)
        draw.rectangle((width // 10, height // 3, width * 9 // 10, height // 3 + 5 * size), fill="white")
        lines = ["BAKE SALE on Saturday", "Call me: (217) 555-0134", "Oakridge Primary School"]
        for i, line in enumerate(lines):
            draw.text((width // 8, height // 3 + size // 2 + int(1.5 * size) * i), line, font=font, fill="black")
    return image


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-side", type=int, default=pixel_text.MAX_SIDE)
    args = parser.parse_args()
    pixel_text.MAX_SIDE = args.max_side

    images = {
        (mp, text): _image(*size, text)
        for mp, size in (("1 MP", (1152, 864)), ("12 MP", (4000, 3000)))
        for text in (True, False)
    }
    # The text scanners (spaCy) load first, so the engine's own cost is what is measured next.
    from leakscan.scanners.detect import detect_text

    detect_text("Call me at Oakridge Primary School")
    before = _rss_mb()
    start = time.perf_counter()
    pixel_text._engine()
    load = time.perf_counter() - start
    print(f"model load: {load:.2f} s; max side {pixel_text.MAX_SIDE} px")
    for (mp, text), image in images.items():
        pixel_text.read_text(image)  # warm-up: onnxruntime's first run per shape allocates
        read_ms = _median_ms(lambda image=image: pixel_text.read_text(image), args.repeat)
        scan_ms = _median_ms(lambda image=image: pixel_text.scan_pixels_text(image), args.repeat)
        found = sorted({f.kind.value for f in pixel_text.scan_pixels_text(image)})
        label = "with text" if text else "no text"
        print(f"{mp:>6} {label:<9}: read_text {read_ms:7.0f} ms, + scanners {scan_ms:7.0f} ms  kinds {found}")
    print(f"peak RSS added by the engine and its runs: {_rss_mb() - before:.0f} MB (process peak {_rss_mb():.0f} MB)")


if __name__ == "__main__":
    main()
