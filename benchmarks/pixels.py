"""What a photo shows, measured (issue 11): leakscan and Presidio Image Redactor side by side.

    python benchmarks/pixelset/generate.py /tmp/pixelset          # our own set (96 images)
    python benchmarks/pixels.py /tmp/pixelset /tmp/pixelset/expected.jsonl [--tools leakscan,presidio]

IMAGES is a folder, EXPECTED a JSONL file with one line per image:
``{"file": ..., "clean": bool, "leaks": [{"kind": ..., "text": ..., "box": [x, y, w, h]}]}``
(the lead points it at the frozen blind set the same way).

``--blind`` (on by itself for a folder under ``tests/data/blind/``): only aggregate numbers are
printed and written -- never which images were missed or flagged, per-image results or
secrets read back -- so that measuring a blind set does not spend it on tuning.

Each tool runs in its own process, one image at a time, so its speed and peak memory are its
own:

* **leakscan**: ``leakscan.scan_image`` with pixels on (the image engine: OCR text, codes,
  faces) when this tree has it, else ``scan_pixels_text`` + ``decode_codes``/``payload_findings``
  directly; only findings with a ``box`` (what the picture shows) count, faces apart. A
  picture it reports as *not fully checked* counts as flagged (fail closed). Covered copies
  come from ``leakscan.redact.pixels`` when this tree has it (else detection only).
* **Presidio Image Redactor** (presidio-image-redactor with Debian's Tesseract, an
  AnalyzerEngine built offline with the same spaCy model, ORGANIZATION kept):
  ``redact_and_return_bbox`` gives its boxes and its covered copy (black boxes).

Scored per image: a leaky image is *found* when a finding's box overlaps one of its leaks'
boxes; a clean image is *flagged* when the tool reports anything in the pixels. Then every
covered copy is read again by readers independent of the tool that covered it (Tesseract and
zxing-cpp for leakscan's copies; RapidOCR, Tesseract and zxing-cpp for Presidio's): a secret
*reads back* when its letters and digits (digits alone for a number) appear in what they
read: anywhere on the page (strict: a covered age "12" counts as read back when a "12" stands
elsewhere), and apart at the secret's own place (in lines whose box overlaps the secret's,
grown by half its height). The same readers on the originals say how many secrets they can
read at all.
Speed: median ms per image (decode + detect; for Presidio its covering too, drawn as it
detects), and apart the median ms leakscan spends covering and verifying a leaky image's copy
(``clean_image_bytes`` given the scan's findings: it OCRs and decodes the copy again);
memory: each worker's peak RSS (the whole process: spaCy, the OCR, the tool). The machine's
load average is printed: on a shared machine the wall clock is inflated by it, so the
median CPU ms per image (the process's and Tesseract's) is printed too; and both again for the
photos of 8 megapixels or more alone.
Writes benchmarks/out/pixels.json and pixels.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, load_jsonl, md_table, presidio_analyzer, write_json

Box = tuple[int, int, int, int]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the tools ------------------------------------------------------------------------------------


class Leakscan:
    """leakscan on one image file: pixel findings (kind, box) and a covered copy when it can."""

    name = "leakscan"

    def __init__(self, ocr_detector: str | None = None) -> None:
        from leakscan.settings import Settings

        # the OCR's text detector (--ocr-detector): the setting's default when not given
        self.settings = Settings(ocr_detector=ocr_detector) if ocr_detector else None
        self.engine = hasattr(Settings(), "pixels") and _importable("leakscan.scanners.pixels")
        self.cover = _importable("leakscan.redact.pixels")
        self.how = "scan_image (pixels on)" if self.engine else "scan_pixels_text + codes, called directly"

    def warm(self, path: Path) -> None:
        self.run(path, None)

    def run(self, path: Path, covered: Path | None) -> tuple[list[dict[str, Any]], bool, tuple[float, float]]:
        """(findings as {kind, box}, not fully checked?, (wall, CPU) ms spent covering); writes the
        covered copy to ``covered`` (none when leakscan would hand out none)."""
        if self.engine:
            import leakscan

            result = leakscan.scan_image(path, self.settings)
            all_findings = result.findings
            found = [f for f in all_findings if getattr(f, "box", None)]
            incomplete = bool(result.error)
        else:
            from PIL import Image

            from leakscan.scanners import codes, pixel_text

            with Image.open(path) as im:
                im.load()
                text = pixel_text.scan_pixels_text(im)
                found = list(text)
                incomplete = bool(text.incomplete)
                for code in codes.decode_codes(im):
                    part = codes.payload_findings(code)
                    found.extend(part)
                    incomplete |= bool(part.incomplete)
            all_findings = found
        out = [{"kind": _kind(f), "box": list(f.box)} for f in found]
        cover = (0.0, 0.0)
        if covered is not None and self.cover and found:
            start, cpu_start = time.perf_counter(), _cpu_ms()
            _leakscan_cover(path, covered, all_findings, self.settings)
            cover = ((time.perf_counter() - start) * 1000, _cpu_ms() - cpu_start)
        return out, incomplete, cover


def _leakscan_cover(path: Path, covered: Path, findings: list[Any], settings: Any = None) -> None:
    """leakscan's covered copy of ``path`` (redact.pixels through clean_image_bytes, given the
    scan's findings); none when it refuses to make one (a copy that still reads)."""
    import leakscan

    try:
        clean = leakscan.clean_image_bytes(path.read_bytes(), settings=settings, findings=findings)
    except leakscan.LeakscanError:
        return
    if clean.data:
        covered.write_bytes(clean.data)


def _kind(finding: Any) -> str:
    kind = getattr(finding, "kind", "")
    return getattr(kind, "value", str(kind))


class Presidio:
    """Presidio Image Redactor, offline, with the same spaCy model (ORGANIZATION kept)."""

    name = "presidio"
    how = "presidio-image-redactor + Tesseract"

    def __init__(self) -> None:
        from presidio_image_redactor import ImageAnalyzerEngine, ImageRedactorEngine

        analyzer = presidio_analyzer()
        self.redactor = ImageRedactorEngine(image_analyzer_engine=ImageAnalyzerEngine(analyzer_engine=analyzer))

    def warm(self, path: Path) -> None:
        self.run(path, None)

    def run(self, path: Path, covered: Path | None) -> tuple[list[dict[str, Any]], bool, tuple[float, float]]:
        from PIL import Image

        with Image.open(path) as im:
            redacted, boxes = self.redactor.redact_and_return_bbox(im.convert("RGB"), fill=(0, 0, 0))
        if covered is not None:
            redacted.save(covered, "PNG")
        out = [{"kind": b.entity_type, "box": [b.left, b.top, b.width, b.height]} for b in boxes]
        return out, False, (0.0, 0.0)  # its boxes are drawn as it detects: no time apart for covering


def _importable(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


def _copy_name(file: str) -> str:
    """The covered copy's file name for an image of the set (files in subfolders too)."""
    return file.replace("/", "__") + ".covered"


def _megapixels(path: Path) -> float:
    from PIL import Image

    try:
        with Image.open(path) as im:
            return im.width * im.height / 1e6
    except Exception:  # a file Pillow cannot open: the tools said what they could
        return 0.0


def _cpu_ms() -> float:
    """CPU time of this process and of the children it waited for (Tesseract runs as one)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return (own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime) * 1000


def worker(
    tool_name: str, images: Path, expected: Path, result: Path, covered_dir: Path, ocr_detector: str | None = None
) -> None:
    """Run one tool over every image, one at a time; write its results as JSON."""
    records = list(load_jsonl(expected))
    load_average = os.getloadavg()[0]
    base = rss_mb()
    t0 = time.perf_counter()
    tool = Leakscan(ocr_detector) if tool_name == "leakscan" else Presidio()
    # the first image loads the models (lazily, as a user's first photo would): timed apart
    tool.warm(images / records[0]["file"])
    load_s = time.perf_counter() - t0
    per_image = []
    for record in records:
        path = images / record["file"]
        covered = covered_dir / _copy_name(record["file"])
        start, cpu_start = time.perf_counter(), _cpu_ms()
        try:
            found, incomplete, (cover_ms, cover_cpu) = tool.run(path, covered if not record["clean"] else None)
            error = None
        except Exception as exc:  # one image the tool cannot read is its miss, not the run's end
            found, incomplete, cover_ms, cover_cpu, error = [], True, 0.0, 0.0, type(exc).__name__
        ms = (time.perf_counter() - start) * 1000 - cover_ms
        cpu_ms = _cpu_ms() - cpu_start - cover_cpu
        megapixels = _megapixels(path)
        per_image.append(
            {"file": record["file"], "ms": ms, "cover_ms": cover_ms, "cpu_ms": cpu_ms, "mp": megapixels, "found": found,
             "incomplete": incomplete, "error": error}
        )  # fmt: skip
    result.write_text(
        json.dumps(
            {
                "tool": tool_name,
                "how": tool.how,
                "load_s": load_s,
                "load_average": [load_average, os.getloadavg()[0]],
                "rss_before_mb": base,
                "peak_rss_mb": rss_mb(),
                "covers": tool_name == "presidio" or bool(getattr(tool, "cover", False)),
                "images": per_image,
            }
        )
    )


# -- scoring --------------------------------------------------------------------------------------


def _overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _secret(text: str) -> tuple[str, bool]:
    """What must not read back: the digits of a number, else the letters and digits."""
    digits = re.sub(r"\D", "", text)
    return (digits, True) if len(digits) >= 7 else (_norm(text), False)


class Readers:
    """Independent readers of a covered copy: Tesseract, RapidOCR, zxing-cpp."""

    def __init__(self) -> None:
        import pytesseract

        from leakscan.scanners import codes, pixel_text

        self.tesseract = pytesseract
        self.pixel_text = pixel_text
        self.codes = codes

    def read(self, path: Path, which: tuple[str, ...]) -> list[Piece]:
        """All they read in the picture at ``path``, line by line with each line's box (none
        for a file Pillow cannot open)."""
        import pillow_heif
        from PIL import Image, UnidentifiedImageError

        pillow_heif.register_heif_opener()  # a HEIC original, or its covered copy
        try:
            im = Image.open(path)
        except (OSError, UnidentifiedImageError):
            return []
        with im:
            im = im.convert("RGB")
            pieces: list[Piece] = []
            if "tesseract" in which:
                data = self.tesseract.image_to_data(im, output_type=self.tesseract.Output.DICT)
                lines: dict[tuple[int, int, int], list[tuple[str, list[int]]]] = {}
                for i, word in enumerate(data["text"]):
                    if word.strip():
                        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
                        box = [data["left"][i], data["top"][i], data["width"][i], data["height"][i]]
                        lines.setdefault(key, []).append((word, box))
                pieces.extend(
                    (" ".join(w for w, _ in words), _union([b for _, b in words])) for words in lines.values()
                )
            if "rapidocr" in which:
                # rapidocr's own float detector: the reader stays the same whatever leakscan uses
                pieces.extend(
                    (line.text, list(line.box)) for line in self.pixel_text.read_text(im, detector="float").lines
                )
            pieces.extend((code.text, list(code.box)) for code in self.codes.decode_codes(im))
        return pieces


#: A line (or decoded code) a reader read, with its box in image pixels.
Piece = tuple[str, list[int]]


def _union(boxes: list[list[int]]) -> list[int]:
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
    return [x0, y0, x1 - x0, y1 - y0]


def _grown(box: list[int]) -> list[int]:
    """``box`` with half its height added on every side: a line read a little off still counts."""
    pad = max(4, box[3] // 2)
    return [box[0] - pad, box[1] - pad, box[2] + 2 * pad, box[3] + 2 * pad]


def reads_back(leaks: list[dict[str, Any]], pieces: list[Piece], *, at_place: bool = False) -> list[bool]:
    """Whether each leak's secret is among what was read: anywhere in the picture, or with
    ``at_place`` only in lines that overlap the leak's own box (a short secret such as an
    age "12" is otherwise "read back" from any "12" the page shows elsewhere)."""
    out = []
    for leak in leaks:
        secret, is_number = _secret(leak["text"])
        box = leak.get("box")
        near = [t for t, b in pieces if not (at_place and box) or _overlaps(b, _grown(box))]
        text = "\n".join(near)
        out.append(bool(secret) and secret in (re.sub(r"\D", "", text) if is_number else _norm(text)))
    return out


#: Photos of at least this many megapixels are also timed apart (a phone camera's 8-13 MP).
BIG_MP = 8.0


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def score(records: list[dict[str, Any]], run: dict[str, Any]) -> dict[str, Any]:
    by_file = {r["file"]: r for r in run["images"]}
    leaky = [r for r in records if not r["clean"]]
    clean = [r for r in records if r["clean"]]
    found = missed = leaks_found = leaks_total = flagged = flagged_incomplete = 0
    missed_files, flagged_files = [], []
    for record in leaky:
        got = [f for f in by_file[record["file"]]["found"] if f["kind"] != "FACE"]
        # a leak with no box (one the picture does not locate) is found by any finding
        hit = [any(not leak.get("box") or _overlaps(f["box"], leak["box"]) for f in got) for leak in record["leaks"]]
        leaks_total += len(hit)
        leaks_found += sum(hit)
        if any(hit):
            found += 1
        else:
            missed += 1
            missed_files.append(record["file"])
    for record in clean:
        item = by_file[record["file"]]
        got = [f for f in item["found"] if f["kind"] != "FACE"]
        if got or item["incomplete"]:
            flagged += 1
            flagged_incomplete += bool(item["incomplete"]) and not got
            flagged_files.append(
                record["file"]
                + (f" ({', '.join(sorted({f['kind'] for f in got}))})" if got else " (not fully checked)")
            )
    times = [r["ms"] for r in run["images"]]
    covers = [r["cover_ms"] for r in run["images"] if r["cover_ms"]]
    return {
        "tool": run["tool"],
        "how": run["how"],
        "leaky_found": found,
        "leaky": len(leaky),
        "leaks_found": leaks_found,
        "leaks": leaks_total,
        "clean_flagged": flagged,
        "clean_flagged_not_fully_checked": flagged_incomplete,
        "clean": len(clean),
        "median_ms": statistics.median(times),
        "p95_ms": sorted(times)[round(0.95 * (len(times) - 1))],
        "images_per_s": 1000 / statistics.median(times),
        "cover_median_ms": statistics.median(covers) if covers else None,
        "cpu_median_ms": statistics.median(r["cpu_ms"] for r in run["images"]),
        "big_median_ms": _median([r["ms"] for r in run["images"] if r["mp"] >= BIG_MP]),
        "big_cpu_median_ms": _median([r["cpu_ms"] for r in run["images"] if r["mp"] >= BIG_MP]),
        "big_images": sum(1 for r in run["images"] if r["mp"] >= BIG_MP),
        "load_average": run["load_average"],
        "load_s": run["load_s"],
        "peak_rss_mb": run["peak_rss_mb"],
        "added_rss_mb": run["peak_rss_mb"] - run["rss_before_mb"],
        "errors": sum(1 for r in run["images"] if r["error"]),
        "missed": missed_files,
        "flagged": flagged_files,
    }


def readback(records: list[dict[str, Any]], images: Path, runs: dict[str, dict], covered: dict[str, Path]) -> dict:
    """How many secrets the independent readers read in the originals and in each tool's copies."""
    readers = Readers()
    leaky = [r for r in records if not r["clean"]]
    which = {"leakscan": ("tesseract",), "presidio": ("tesseract", "rapidocr")}
    out: dict[str, Any] = {}
    for tool, run in runs.items():
        if not run["covers"]:
            continue
        originals = still = images_still = readable_images = 0
        placed = images_placed = 0
        files = []
        for record in leaky:
            read = readers.read(images / record["file"], which[tool])
            copy = covered[tool] / _copy_name(record["file"])
            read_copy = readers.read(copy, which[tool]) if copy.is_file() else read
            before = reads_back(record["leaks"], read)
            after = reads_back(record["leaks"], read_copy)
            originals += sum(before)
            readable_images += any(before)
            still += sum(a and b for a, b in zip(before, after, strict=True))
            if any(a and b for a, b in zip(before, after, strict=True)):
                images_still += 1
                files.append(record["file"])
            # the same, counting a secret only where it stood (read in the original there too)
            before = reads_back(record["leaks"], read, at_place=True)
            after = reads_back(record["leaks"], read_copy, at_place=True)
            placed += sum(a and b for a, b in zip(before, after, strict=True))
            images_placed += any(a and b for a, b in zip(before, after, strict=True))
        out[tool] = {
            "readers": [*which[tool], "zxing-cpp"],
            "secrets_readable_in_originals": originals,
            "images_readable_in_originals": readable_images,
            "secrets_read_back": still,
            "images_read_back": images_still,
            "secrets_read_back_at_place": placed,
            "images_read_back_at_place": images_placed,
            "leaky": len(leaky),
            "files": files,
        }
    return out


#: Frozen blind sets live here: measuring one must not say which of its items failed.
BLIND_ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"


def is_blind(path: Path) -> bool:
    """Whether ``path`` lies under the frozen blind sets (``tests/data/blind/``)."""
    return path.resolve().is_relative_to(BLIND_ROOT)


#: What a score or a read-back result names per image: left out for a blind set.
PER_ITEM = ("missed", "flagged", "files")


def aggregate_only(scores: list[dict], back: dict, runs: dict) -> tuple[list[dict], dict, dict]:
    """The scores and read-back results without any per-image entry (file names, findings),
    and the runs without their per-image results: what a blind set may show."""
    scores = [{k: v for k, v in s.items() if k not in PER_ITEM} for s in scores]
    back = {tool: {k: v for k, v in b.items() if k not in PER_ITEM} for tool, b in back.items()}
    runs = {tool: {k: v for k, v in run.items() if k != "images"} for tool, run in runs.items()}
    return scores, back, runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("images", type=Path)
    parser.add_argument("expected", type=Path)
    parser.add_argument("--tools", default="leakscan,presidio")
    parser.add_argument("--no-readback", action="store_true", help="skip re-reading the covered copies")
    parser.add_argument("--name", default="pixels", help="output name under benchmarks/out")
    parser.add_argument(
        "--blind", action="store_true", help="aggregate numbers only (on by itself under tests/data/blind)"
    )
    parser.add_argument("--ocr-detector", choices=("int8", "float"), help="leakscan's OCR text detector (the setting)")
    parser.add_argument("--worker", nargs=3, metavar=("TOOL", "RESULT", "COVERED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(
            args.worker[0], args.images, args.expected, Path(args.worker[1]), Path(args.worker[2]), args.ocr_detector
        )
        return

    records = list(load_jsonl(args.expected))
    runs: dict[str, dict] = {}
    covered: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="pixels-bench-") as tmp:
        for tool in args.tools.split(","):
            result = Path(tmp) / f"{tool}.json"
            covered[tool] = Path(tmp) / f"covered-{tool}"
            covered[tool].mkdir()
            cmd = [
                sys.executable,
                __file__,
                str(args.images),
                str(args.expected),
                "--worker",
                tool,
                str(result),
                str(covered[tool]),
                *(["--ocr-detector", args.ocr_detector] if args.ocr_detector else []),
            ]
            print(f"running {tool} on {len(records)} images...", file=sys.stderr)
            subprocess.run(cmd, check=True)
            runs[tool] = json.loads(result.read_text())
        scores = [score(records, run) for run in runs.values()]
        back = {} if args.no_readback else readback(records, args.images, runs, covered)
    blind = args.blind or is_blind(args.images) or is_blind(args.expected)
    if blind:
        scores, back, runs = aggregate_only(scores, back, runs)
    data = {"images": len(records), "blind": blind, "scores": scores, "readback": back, "per_image": runs}
    write_json(f"{args.name}.json", data)
    rows = [
        [
            s["tool"], s["how"], f"{s['leaky_found']}/{s['leaky']}", f"{s['leaks_found']}/{s['leaks']}",
            f"{s['clean_flagged']}/{s['clean']}", s["median_ms"], s["p95_ms"], s["images_per_s"], s["cpu_median_ms"],
            f"{s['big_median_ms']:.0f} / {s['big_cpu_median_ms']:.0f}",
            "–" if s["cover_median_ms"] is None else round(s["cover_median_ms"]), s["load_s"], s["peak_rss_mb"],
            " – ".join(f"{v:.1f}" for v in s["load_average"]),
        ]
        for s in scores
    ]  # fmt: skip
    table = md_table(
        ["tool", "how", "leaky found", "leaks found", "clean flagged", "median ms", "p95 ms", "images/s", "median CPU ms",
         "8+ MP: median ms / CPU ms",
         "+ covering ms", "load s", "peak RSS MB", "load average"],
        rows,
    )  # fmt: skip
    lines = [table, ""]
    for tool, b in back.items():
        lines.append(
            f"- {tool}'s covered copies, read by {' + '.join(b['readers'])}: {b['images_read_back']}/{b['leaky']} leaky images"
            f" still show a secret somewhere on the page ({b['secrets_read_back']} secrets; the same readers read"
            f" {b['secrets_readable_in_originals']} secrets in {b['images_readable_in_originals']} originals);"
            f" at the secret's own place {b['images_read_back_at_place']}/{b['leaky']} ({b['secrets_read_back_at_place']} secrets)"
        )
    for s in scores if not blind else ():
        lines.append(f"- {s['tool']} missed: {', '.join(s['missed']) or 'none'}")
        lines.append(f"- {s['tool']} flagged clean: {', '.join(s['flagged']) or 'none'}")
    if blind:
        lines.append("- a blind set: which images were missed or flagged is not shown")
    text = "\n".join(lines)
    (OUT / f"{args.name}.md").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
