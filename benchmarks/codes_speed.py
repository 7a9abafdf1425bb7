"""How long finding QR codes and barcodes takes (leakscan.scanners.codes), and what it costs in memory.

Real photos from the corpus, resized to 1 and 12 megapixels, with and without a QR code pasted
on them (made by zxing-cpp here). Prints the decoder's load time (import + first decode), the
median and worst ms per picture for ``decode_codes`` (the grey conversion included), the
payload reading (``payload_findings``: first call, then median), and the peak memory.

    python benchmarks/codes_speed.py [--runs 7]

Measured here (2 shared cores, load ~2, zxing-cpp 3.1.1, 3 photos x 5 runs): import + first
decode 10 ms; 1 MP 18-22 ms median (26-29 worst), 12 MP 112-126 ms median (186-195 worst),
with or without a code alike (a code is found in 3/3 at both sizes); reading a contact card's
payload < 0.1 ms, a plain-text payload 2.5 ms median (its first call loads spaCy: ~1 s).
Decoding a 12 MP picture adds 49 MB at its peak (its grey copy and zxing-cpp's buffers), 14 MB
kept after. Where the time goes: zxing-cpp's default search (rotated linear codes, inverted
codes, a downscaled pass) is ~3x its plainest (no rotate, no invert); the rotate pass is what
reads PDF417, Data Matrix and linear codes turned 90 degrees, the invert pass light-on-dark
QR, Data Matrix and Aztec codes: both are kept.

Pictures longer than codes.MAX_SIDE (2048) are read at an integer fraction of their size
(a 12 MP photo at half): median CPU ms per 12 MP picture 92-224 at full size, 32-67 at half
(3 photos; CPU time, as the machine was shared: wall clock was 3-5x that), and every code
of benchmarks/pixelset still read. The ``cpu ms`` column is the process's CPU time, which a
loaded machine does not inflate.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_dir

PHOTOS = ("mei__Oppo_R7_Plus.jpg", "mei__Canon_PowerShot_G11.jpg", "exifpy__jolla.jpg")
SIZES = {"1 MP": (1155, 866), "12 MP": (4000, 3000)}
#: A plain-text payload goes through every text scanner (spaCy loads on the first one).
PLAIN = "hi its emma from lincoln elementary, text me on 217 555 0134"
PAYLOAD = "BEGIN:VCARD\nVERSION:3.0\nFN:Emma Johnson\nTEL:+1 217 555 0134\nEND:VCARD"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PIL import Image

    from leakscan.scanners import codes

    base_rss = rss_mb()
    photos = [corpus_dir() / "photos" / "camera" / name for name in PHOTOS]
    photos = [p for p in photos if p.is_file()]
    if not photos:
        sys.exit(f"no corpus photos under {corpus_dir()}")
    blank = Image.new("RGB", (640, 480), "white")
    t0 = time.perf_counter()
    codes.decode_codes(blank)
    load_ms = (time.perf_counter() - t0) * 1000
    print(f"zxing-cpp import + first decode (640x480, nothing in it): {load_ms:.0f} ms")

    import zxingcpp

    qr = Image.fromarray(zxingcpp.create_barcode(PAYLOAD, zxingcpp.BarcodeFormat.QRCode).to_image(scale=1))
    print(f"{'picture':<10} {'code':<8} {'median ms':>10} {'worst ms':>9} {'cpu ms':>7} {'found':>6}")
    for label, size in SIZES.items():
        for with_code in (False, True):
            times: list[float] = []
            cpu: list[float] = []
            found = 0
            for path in photos:
                with Image.open(path) as im:
                    picture = im.convert("RGB").resize(size)
                if with_code:
                    side = min(size) // 5  # a code held up to the camera: a fifth of the short side
                    module = max(2, side // qr.width)
                    picture.paste(
                        qr.resize((qr.width * module,) * 2, Image.Resampling.NEAREST).convert("RGB"),
                        (size[0] // 3, size[1] // 3),
                    )
                for _ in range(args.runs):
                    t, c = time.perf_counter(), time.process_time()
                    got = codes.decode_codes(picture)
                    times.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                found += len(got) > 0
            print(
                f"{label:<10} {'yes' if with_code else 'no':<8} {statistics.median(times):>10.1f} "
                f"{max(times):>9.1f} {statistics.median(cpu):>7.1f} {found:>3}/{len(photos)}"
            )
    for label, payload in (("a vCard", PAYLOAD), ("plain text", PLAIN)):
        code = codes.Code("QR Code", payload, (0, 0, 1, 1))
        t = time.perf_counter()
        codes.payload_findings(code)
        first = (time.perf_counter() - t) * 1000
        times = []
        for _ in range(args.runs * 5):
            t = time.perf_counter()
            codes.payload_findings(code)
            times.append((time.perf_counter() - t) * 1000)
        print(f"payload_findings ({label}): first {first:.0f} ms, then median {statistics.median(times):.1f} ms")
    print(f"peak RSS {rss_mb():.0f} MB (after imports {base_rss:.0f} MB; a 12 MP RGB picture alone is 36 MB)")


if __name__ == "__main__":
    main()
