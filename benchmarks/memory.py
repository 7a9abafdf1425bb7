"""Peak memory of the CLI on big photos and videos: what ``max_file_bytes`` costs (issue 13).

    python benchmarks/memory.py                  # 64 MiB, just under the default limit, 480 MB
    python benchmarks/memory.py --sizes 100,300  # other sizes (MiB)
    python benchmarks/memory.py --pixels PHOTO   # what the pixel models add (issue 11)

Builds files whose picture data is a hole on disk (sparse: quick to make, the same to read): an
uncompressed TIFF with GPS and an owner, a PNG with one IDAT and an Author, a QuickTime movie
with one video sample. Each runs through ``leakscan redact --out`` (read, scan, strip, verify
the copy by reading it back, compare the pictures, write), ``scan --report`` and ``scan`` in
a subprocess with ``max_file_bytes`` raised above it, and the peak resident memory is taken
from ``wait4`` (``ru_maxrss``). A post of two words gives the start-up cost (Python, the
spaCy model, the place tables).

The peak is the start-up cost plus the file about twice for ``redact`` (the original and its
clean copy) and once for ``scan``: the default ``max_file_bytes`` is chosen from these numbers
so that a file at the limit stays under 1 GB. Writes ``benchmarks/out/memory.json``.

``--pixels PHOTO`` measures instead what reading the pixels costs: ``leakscan scan PHOTO`` with
pixels on and with ``--no-pixels``, each in 3 fresh processes (``--repeat``), the median peak
RSS and wall time of each and their difference (the target of issue 11: the pixel models add
at most 400 MB). Without a photo file (``--pixels 12mp``) it generates a 4000x3000 JPEG with
text and a face-like pattern. Writes ``benchmarks/out/memory-pixels.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import shapes_containers as sc  # noqa: E402 - the structural generators of the test suite
import shapes_tiff as st  # noqa: E402
from common import md_table, write_json  # noqa: E402

from leakscan.settings import Settings  # noqa: E402

MIB = 2**20
#: The bar of issue 13 for any run: peak resident memory at most 1 GB (MiB, as ``ru_maxrss`` counts).
LIMIT_MIB = 1024


def sparse_tiff(path: Path, size: int) -> None:
    """An uncompressed grey TIFF whose one strip (``size`` bytes) is a hole, with GPS and an owner."""
    w = 4096
    b = st.TiffBuilder("<")
    strip = 1 << 16
    entries = [
        (256, st.LONG, (w,)),
        (257, st.LONG, (size // w,)),
        (258, st.SHORT, (8,)),
        (259, st.SHORT, (1,)),
        (262, st.SHORT, (1,)),
        (273, st.LONG, (strip,)),
        (277, st.SHORT, (1,)),
        (278, st.LONG, (size // w,)),
        (279, st.LONG, (size // w * w,)),
    ]
    b.set_first(b.ifd(entries + st.identifying(b)))
    with open(path, "wb") as f:
        f.write(b.bytes())
        f.truncate(strip + size // w * w)


def sparse_png(path: Path, size: int) -> None:
    """A PNG whose one IDAT (``size`` bytes) is a hole, with an Author text chunk."""
    crc = zlib.crc32(b"IDAT")
    block = bytes(MIB)
    for _ in range(size // MIB):
        crc = zlib.crc32(block, crc)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + sc.chunk(b"IHDR", struct.pack(">IIBBBBB", 4096, 4096, 8, 2, 0, 0, 0)))
        f.write(sc.chunk(b"tEXt", b"Author\x00" + sc.OWNER.encode()))
        f.write(struct.pack(">I", size // MIB * MIB) + b"IDAT")
        f.seek(size // MIB * MIB, os.SEEK_CUR)
        f.write(struct.pack(">I", crc & 0xFFFFFFFF) + sc.chunk(b"IEND", b""))


def sparse_mov(path: Path, size: int) -> None:
    """A QuickTime movie whose one video sample (``size`` bytes) is a hole; its times are what a strip zeroes."""
    ftyp = sc.box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ")

    def moov(base: int) -> bytes:
        mvhd = sc.full(b"mvhd", struct.pack(">III", 3_600_000_000, 3_600_000_000, 600) + bytes(84))
        return sc.box(b"moov", mvhd + sc.track(b"vide", b"avc1", [base], [size]))

    base = len(ftyp) + len(moov(0)) + 8
    with open(path, "wb") as f:
        f.write(ftyp + moov(base) + struct.pack(">I", 8 + size) + b"mdat")
        f.truncate(base + size)


MAKERS = {"TIFF": (sparse_tiff, "tif"), "PNG": (sparse_png, "png"), "QuickTime": (sparse_mov, "mov")}


def peak_mib(args: list[str]) -> tuple[float, int]:
    """``(peak RSS in MiB, exit code)`` of ``python -m leakscan ARGS``."""
    mib, rc, _ = timed_peak_mib(args)
    return mib, rc


def timed_peak_mib(args: list[str]) -> tuple[float, int, float]:
    """``(peak RSS in MiB, exit code, wall seconds)`` of ``python -m leakscan ARGS``."""
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "leakscan", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, proc.returncode, time.perf_counter() - begin


def generated_photo(path: Path) -> None:
    """A 4000x3000 JPEG (12 MP): a noisy background, lines of text and a bright oval."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.effect_noise((4000, 3000), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 90)
    except OSError:
        font = ImageFont.load_default(90)
    for i, line in enumerate(("OAKRIDGE PRIMARY SCHOOL", "Call me 07700 900123", "Happy birthday Mia")):
        draw.text((300, 400 + 300 * i), line, fill=(250, 250, 250), font=font)
    draw.ellipse((2800, 1200, 3400, 2000), fill=(224, 172, 150))
    image.save(path, quality=90)


def pixels_main(photo: str, repeat: int) -> int:
    """Median peak RSS and wall time of ``scan PHOTO`` with pixels on and off, ``repeat`` fresh processes each."""
    with tempfile.TemporaryDirectory(prefix="leakscan-memory-") as tmp:
        path = Path(photo)
        if not path.is_file():
            path = Path(tmp) / "12mp.jpg"
            generated_photo(path)
        result: dict[str, object] = {"photo": path.name if path.parent == Path(tmp) else str(path)}
        for name, extra in (("pixels off", ["--no-pixels"]), ("pixels on", [])):
            runs = [timed_peak_mib(["scan", str(path), "--format", "jsonl", *extra]) for _ in range(repeat)]
            result[name] = {
                "peak_mib": round(statistics.median(r[0] for r in runs), 1),
                "wall_s": round(statistics.median(r[2] for r in runs), 2),
                "exit": sorted({r[1] for r in runs}),
                "runs_mib": [round(r[0], 1) for r in runs],
            }
    on, off = result["pixels on"], result["pixels off"]
    added = on["peak_mib"] - off["peak_mib"]  # type: ignore[index, operator]
    result["pixels_add_mib"] = round(added, 1)
    print(
        md_table(
            ["run", "median peak MiB", "median wall s", "peaks MiB"],
            [
                [n, result[n]["peak_mib"], result[n]["wall_s"], result[n]["runs_mib"]]
                for n in ("pixels off", "pixels on")
            ],  # type: ignore[index]
        )
    )
    print(f"\nthe pixel models add {added:.0f} MiB to one process (target: at most 400)")
    write_json("memory-pixels.json", result)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_mib = Settings().max_file_bytes // MIB
    parser.add_argument(
        "--sizes", default=f"64,{default_mib - 8},480", help="file sizes in MiB, comma-separated (default: %(default)s)"
    )
    parser.add_argument("--pixels", metavar="PHOTO", help="measure pixels on vs off on PHOTO (or '12mp': generated)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per run for --pixels (median)")
    opts = parser.parse_args()
    if opts.pixels:
        return pixels_main(opts.pixels, opts.repeat)
    sizes = [int(s) for s in opts.sizes.split(",")]
    rows, runs = [], []
    with tempfile.TemporaryDirectory(prefix="leakscan-memory-") as tmp:
        work = Path(tmp)
        settings = work / "settings.json"
        settings.write_text(json.dumps({"max_file_bytes": (max(sizes) + 64) * MIB}))
        post = work / "post.txt"
        post.write_text("hello there", encoding="utf-8")
        with_model, _ = peak_mib(["redact", str(post), "--out", str(work / "out-post"), "--format", "jsonl"])
        tiny = work / "tiny.tif"
        sparse_tiff(tiny, MIB)
        start, _ = peak_mib(["redact", str(tiny), "--out", str(work / "out-tiny"), "--format", "jsonl"])
        start -= 1  # the tiny photo itself
        for fmt, (make, ext) in MAKERS.items():
            for size in sizes:
                path = work / f"{fmt.lower()}-{size}.{ext}"
                make(path, size * MIB)
                real = path.stat().st_size / MIB
                row: dict[str, object] = {"format": fmt, "file_mib": round(real, 1)}
                for name, args in (
                    ("redact", ["redact", str(path), "--out", str(work / f"out-{path.name}"), "--format", "jsonl"]),
                    ("scan --report", ["scan", str(path), "--report", str(work / "r.html"), "--format", "jsonl"]),
                    ("scan", ["scan", str(path), "--format", "jsonl"]),
                ):
                    mib, rc = peak_mib([*args, "--settings", str(settings)])
                    row[name] = round(mib)
                    row[f"{name} copies"] = round((mib - start) / real, 2)
                    runs.append({"format": fmt, "file_mib": real, "run": name, "peak_mib": round(mib, 1), "exit": rc})
                path.unlink()
                rows.append(row)
    worst = max(float(r["redact copies"]) for r in rows)  # type: ignore[arg-type]
    # a photo whose metadata holds a long text loads the spaCy model too: the larger start-up counts
    fits = int((LIMIT_MIB - max(start, with_model)) / worst)
    header = ["format", "file MiB", "redact MiB", "copies", "scan --report MiB", "copies", "scan MiB", "copies"]
    keys = ["format", "file_mib", "redact", "redact copies", "scan --report", "scan --report copies", "scan"]
    table = [[r[k] for k in [*keys, "scan copies"]] for r in rows]
    print(md_table(header, table))
    print(
        f"\nstart-up: {start:.0f} MiB for a photo, {with_model:.0f} MiB with the spaCy model (a post); "
        f"redact holds up to {worst:.2f} copies of the file (copies = (peak - photo start-up) / size): "
        f"a file of at most {fits} MiB stays under {LIMIT_MIB} MiB (default max_file_bytes: {default_mib} MiB)"
    )
    write_json(
        "memory.json",
        {"startup_photo_mib": round(start, 1), "startup_with_model_mib": round(with_model, 1)}
        | {"worst_redact_copies": worst, "largest_file_under_1gb_mib": fits, "default_max_file_mib": default_mib}
        | {"runs": runs},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
