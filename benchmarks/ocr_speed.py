"""How fast and how big the OCR of leakscan.scanners.pixel_text is (issue 11).

    python benchmarks/ocr_speed.py [--repeat 5] [--max-side 960] [--detector float|int8]

Prints, for one process: the model load time (first use of the engine), the peak RSS the
engine adds, and the median ms per image (wall clock and the process's CPU time, which a
loaded machine does not inflate) for generated images of 1 and 12 megapixels and a phone
screenshot, with and without text (read_text alone, read_text + the text scanners, and the
whole pixel scan: text, codes and faces side by side, ``scanners.pixels.scan_pixels``). Big
images are detected on a reduced copy (pixel_text.MAX_SIDE); ``--max-side`` tries another
bound. Then how small a text it still reads: lines of 24 to 90 pixels in a 12-megapixel
photo and of 14 to 40 pixels in a 1080x1920 screenshot. ``--detector`` picks the text
detector's weights (the setting ``ocr_detector``: rapidocr's float model or leakscan's int8 copy).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from leakscan.scanners import pixel_text, pixels
from leakscan.settings import Settings


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


def _median_ms(fn, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU ms of ``fn()`` (CPU: all the process's threads)."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _small_text(size: tuple[int, int], heights: list[int]) -> tuple[Image.Image, list[tuple[int, str]]]:
    """Lines "Call 07700 9HHHNN" of each height on white labels over a textured background."""
    image = _image(*size, with_text=False)
    draw = ImageDraw.Draw(image)
    font_path = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
    y, lines = 60, []
    for i, height in enumerate(heights):
        number = f"07700 9{height:03d}{i:02d}"
        font = ImageFont.truetype(font_path, height)
        draw.rectangle((80, y - 4, 88 + draw.textlength("Call " + number, font=font), y + height * 1.25), fill="white")
        draw.text((84, y), "Call " + number, font=font, fill="black")
        lines.append((height, number))
        y += int(height * 1.8) + 10
    return image, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-side", type=int, default=pixel_text.MAX_SIDE)
    parser.add_argument("--detector", choices=pixel_text.DETECTORS, default=pixel_text.DEFAULT_DETECTOR)
    args = parser.parse_args()
    pixel_text.MAX_SIDE = args.max_side
    settings = Settings(ocr_detector=args.detector)
    det = args.detector

    images = {
        (label, text): _image(*size, text)
        for label, size in (("1 MP", (1152, 864)), ("12 MP", (4000, 3000)), ("1080x1920", (1080, 1920)))
        for text in (True, False)
    }
    # The text scanners (spaCy) load first, so the engine's own cost is what is measured next.
    from leakscan.scanners.detect import detect_text

    detect_text("Call me at Oakridge Primary School")
    before = _rss_mb()
    start = time.perf_counter()
    pixel_text._engine(det)
    load = time.perf_counter() - start
    print(
        f"model load: {load:.2f} s; detector {det}; max side {pixel_text.MAX_SIDE} px;"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    for (label, text), image in images.items():
        pixel_text.read_text(image, detector=det)  # warm-up: onnxruntime's first run per shape allocates
        read_ms, read_cpu = _median_ms(lambda image=image: pixel_text.read_text(image, detector=det), args.repeat)
        scan_ms, scan_cpu = _median_ms(lambda image=image: pixel_text.scan_pixels_text(image, settings), args.repeat)
        found = sorted({f.kind.value for f in pixel_text.scan_pixels_text(image, settings)})
        print(
            f"{label:>9} {'with text' if text else 'no text':<9}: read_text {read_ms:5.0f} ms (cpu {read_cpu:4.0f}),"
            f" + scanners {scan_ms:5.0f} ms (cpu {scan_cpu:4.0f})  kinds {found}"
        )
    print(f"peak RSS added by the engine and its runs: {_rss_mb() - before:.0f} MB (process peak {_rss_mb():.0f} MB)")
    # Then the whole pixel scan (the face detector too: after the OCR's peak is taken).
    for (label, text), image in images.items():
        pixels.scan_pixels(image, settings)
        all_ms, all_cpu = _median_ms(lambda image=image: pixels.scan_pixels(image, settings), args.repeat)
        print(
            f"{label:>9} {'with text' if text else 'no text':<9}: whole pixel scan {all_ms:5.0f} ms (cpu {all_cpu:4.0f})"
        )
    for size, heights in (
        ((4000, 3000), [24, 30, 36, 44, 52, 60, 72, 90]),
        ((1080, 1920), [14, 16, 18, 20, 24, 28, 32, 40]),
    ):
        image, lines = _small_text(size, heights)
        digits = "".join(ch for ch in pixel_text.read_text(image, detector=det).text if ch.isdigit())
        marks = " ".join(f"{h}px:{'read' if number.replace(' ', '') in digits else 'MISSED'}" for h, number in lines)
        print(f"small text in {size[0]}x{size[1]}: {marks}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
