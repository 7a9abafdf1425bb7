"""Photo metadata: leakscan beside ExifTool and mat2, one run, same files (the photo corpus).

Measures, on every file of ``<corpus>/photos`` (camera, video, stubs, malformed):

* **scanning** — files/s reading the metadata and how many of the files the manifest says
  carry GPS each tool finds (x/44), plus positions reported on files without any (for
  leakscan: GPS findings other than cell-tower ids and impossible values):
  ExifTool as one batch process (``exiftool -n -json -G1 -a -GPS:all -XMP:all FILES…``),
  leakscan's :func:`leakscan.photos.scan_image` (the full scan: metadata, place names, and the
  text scanners over free-text fields, NER included) and its metadata-only variant (no text
  scanners), each as files/s and as a multiple of ExifTool's;
* **stripping** — files/s writing clean copies: leakscan's :func:`redact_image_file`
  (sniff, lossless strip, read-back verification, atomic write), ExifTool as one batch
  (``exiftool -all= -o OUTDIR/%d%f.%e FILES…``) and mat2 (one batch, on copies);
* **what each leaves behind** — every output re-read with ExifTool (``-json -a -G1 -n``):
  files still holding GPS / location / owner / serial tags (see :func:`leftovers`), and files
  whose decoded pixels changed (Pillow + pillow-heif decode of input and output).

Run: ``python benchmarks/photos.py`` (needs ``exiftool``; ``mat2`` is skipped when missing).
Prints a Markdown table and writes ``benchmarks/out/photos.json``. Times are wall-clock for
one process after a warm-up (:func:`leakscan.api.warm_up`, which loads the spaCy model and
the data files, then one file): leakscan's one-time imports and loads are reported
separately as ``startup_s``.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import corpus_dir, load_jsonl, md_table, write_json

FOLDERS = ("camera", "video", "stubs", "malformed")
#: Formats whose lossless outputs must decode to the same pixels (issue 3's target list).
PIXEL_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "HEIF")

# -- what counts as a leftover in ExifTool's output -------------------------------------------

_IGNORED_GROUPS = {"ExifTool", "System", "File", "SourceFile"}
_LOCATION_NAMES = re.compile(
    r"^(?:City|City2|State|Province-State|ProvinceState|Sub-location|Sublocation|Country|CountryName|CountryCode|"
    r"Country-PrimaryLocationName|Country-PrimaryLocationCode|Location|LocationName|LocationInformation|"
    r"LocationCreated\w*|LocationShown\w*|HometownCity|DestinationCity|Landmark|MobileCountryCode|"
    r"LocationAreaCode|CellID|CellTowerID|DC(?:Country|CountryCode|StateProvince|Locality|County|Municipality)|"
    r"Locality|County|Municipality|CreatorCity|CreatorCountry|CreatorRegion|CreatorPostalCode|CreatorAddress|"
    r"ContentLocationName)$"
)
_OWNER_NAMES = re.compile(
    r"^(?:Artist|Author|XPAuthor|Creator|By-line|By-lineTitle|OwnerName|CameraOwnerName|Owner|Copyright|"
    r"CopyrightNotice|Rights|Credit|RegionPersonDisplayName|PersonInImage|AlbumArtist|"
    r"CreatorWork(?:Email|Telephone|URL))$"
)
_SERIAL_NAMES = re.compile(r"SerialNumber$|^(?:CameraID|ImageUniqueID|RawDataUniqueID|BodySerialNumber)$")


def _blank(value: Any) -> bool:
    """A value that gives nothing away (empty, only zeros/spaces: what in-place blanking leaves)."""
    if value is None:
        return True
    if isinstance(value, (int, float)):
        return False
    text = str(value).strip()
    return not text or not text.strip("0 .:-\x00") or text.startswith("(Binary data 0 bytes")


def leftovers(tags: dict[str, Any]) -> dict[str, list[str]]:
    """The GPS / location / owner / serial tags in one ExifTool ``-G1`` JSON record.

    GPS: any tag named ``GPS*`` with a value (coordinates, but also time, speed, direction:
    the target is zero GPS tags). Location, owner, serial: by tag name; blanked (empty or
    all-zero) values do not count.
    """
    out: dict[str, list[str]] = {"gps": [], "location": [], "owner": [], "serial": []}
    for key, value in tags.items():
        group, _, name = key.rpartition(":")
        if group in _IGNORED_GROUPS or not group:
            continue
        if name.startswith("GPS") or name == "GPSCoordinates":
            if value not in (None, ""):
                out["gps"].append(key)
        elif _blank(value):
            continue
        elif _LOCATION_NAMES.match(name):
            out["location"].append(key)
        elif _OWNER_NAMES.match(name):
            out["owner"].append(key)
        elif _SERIAL_NAMES.search(name):
            out["serial"].append(key)
    return out


# -- helpers ---------------------------------------------------------------------------------------


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (root / folder).iterdir() if p.is_file())


def exiftool_json(paths: list[Path], *args: str, cwd: Path | None = None) -> dict[str, dict[str, Any]]:
    """ExifTool's JSON records for ``paths`` (one batch), keyed by the path as given."""
    if not paths:
        return {}
    proc = subprocess.run(
        ["exiftool", "-json", *args, *[str(p) for p in paths]], capture_output=True, cwd=cwd, check=False
    )
    try:
        records = json.loads(proc.stdout or b"[]")
    except json.JSONDecodeError:
        records = []
    return {r["SourceFile"]: r for r in records}


def exiftool_has_gps(record: dict[str, Any]) -> bool:
    """True when ExifTool reports a position (latitude and longitude, or a coordinates string)."""
    lat = lon = False
    for key, value in record.items():
        name = key.rpartition(":")[2]
        if name == "GPSLatitude" and isinstance(value, (int, float)):
            lat = True
        elif name == "GPSLongitude" and isinstance(value, (int, float)):
            lon = True
        elif name in ("GPSCoordinates", "GPSPosition") and isinstance(value, str) and value.strip():
            return True
    return lat and lon


def decode(data: bytes) -> list[bytes] | None:
    """Decoded pixels (every top-level image of a HEIF, the primary one elsewhere); None when undecodable."""
    import pillow_heif
    from PIL import Image

    if data[4:12] in (b"ftypheic", b"ftypmif1", b"ftypheix", b"ftypavif"):
        try:
            return [bytes(im.data) for im in pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=False)]
        except Exception:  # any decoder failure means "cannot compare"
            return None
    try:
        with Image.open(io.BytesIO(data)) as im:
            frames = []
            for i in range(getattr(im, "n_frames", 1)):
                im.seek(i)
                frames.append(im.mode.encode() + im.tobytes())
            return frames
    except Exception:  # any decoder failure
        return None


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


# -- the run -----------------------------------------------------------------------------------------


def run(root: Path, workdir: Path) -> dict[str, Any]:
    from leakscan.api import warm_up
    from leakscan.errors import LeakscanError
    from leakscan.findings import Kind
    from leakscan.media.base import StripOptions
    from leakscan.photos import detect_image, read_image, scan_image
    from leakscan.redact.image import _metadata_only, redact_image_file
    from leakscan.settings import Settings

    photos = root / "photos"
    files = corpus_files(photos)
    rel = [p.relative_to(photos) for p in files]
    manifest = {m["file"]: m for m in load_jsonl(photos / "MANIFEST.jsonl")}
    has_gps = {str(r) for r in rel if manifest.get(str(r), {}).get("has_gps")}
    datas = {str(r): p.read_bytes() for r, p in zip(rel, files, strict=True)}
    formats: dict[str, str] = {}
    for r, data in datas.items():
        try:
            formats[r] = read_image(data)[0].format
        except LeakscanError:
            formats[r] = "unreadable"
    result: dict[str, Any] = {"files": len(files), "files_with_gps": len(has_gps), "tools": {}}

    # -- scanning ------------------------------------------------------------------------------
    t_et, et_scan = timed(lambda: exiftool_json(rel, "-n", "-G1", "-a", "-GPS:all", "-XMP:all", cwd=photos))
    et_found = {r for r, rec in et_scan.items() if exiftool_has_gps(rec)}

    # what the metadata gives away, as ExifTool reads it: the pixels (OCR, codes, faces) are
    # measured by benchmarks/pixels.py
    settings = Settings(pixels=False)
    meta_settings = _metadata_only(settings)

    def warm() -> None:
        # every one-time load (spaCy model, name lists, place table, photo readers), then
        # one file: the rates below are for a warm process, as a server or a batch run is
        warm_up(settings)
        scan_image(datas[str(rel[0])], settings)

    startup, _ = timed(warm)

    def leak_scan(cfg: Settings, full: bool) -> tuple[float, set[str]]:
        found: set[str] = set()
        t = time.perf_counter()
        for r, data in datas.items():
            if full:
                findings = scan_image(data, cfg, name=r).findings
            else:
                try:
                    findings = detect_image(data, cfg)[0]
                except LeakscanError:
                    continue
            # a position (a 0,0 placeholder included); cell-tower ids and impossible values are not
            if any(f.kind is Kind.GPS and f.detail not in ("cell", "invalid") for f in findings):
                found.add(r)
        return time.perf_counter() - t, found

    t_ls, ls_found = leak_scan(settings, full=True)
    t_lm, lm_found = leak_scan(meta_settings, full=False)

    def scan_row(seconds: float, found: set[str]) -> dict[str, Any]:
        return {
            "files_per_s": rate(len(files), seconds),
            "seconds": seconds,
            "gps_found": len(found & has_gps),
            "gps_missed": sorted(has_gps - found),
            "gps_on_files_without": sorted(found - has_gps),
        }

    scanning = {
        "exiftool": scan_row(t_et, et_found),
        "leakscan (full)": scan_row(t_ls, ls_found),
        "leakscan (metadata only)": scan_row(t_lm, lm_found),
    }

    # -- stripping -------------------------------------------------------------------------------
    outputs: dict[str, dict[str, Path]] = {}

    ls_out = workdir / "leakscan"
    ls_errors: dict[str, str] = {}

    def leak_strip() -> None:
        for r, p in zip(rel, files, strict=True):
            dst = ls_out / r
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                redact_image_file(p, dst, StripOptions(), settings=settings, findings=())
            except LeakscanError as exc:
                ls_errors[str(r)] = str(exc)

    t_lstrip, _ = timed(leak_strip)
    outputs["leakscan"] = {str(r): ls_out / r for r in rel if (ls_out / r).exists()}

    et_out = workdir / "exiftool"
    et_out.mkdir()
    t_etstrip, _ = timed(
        lambda: subprocess.run(
            ["exiftool", "-q", "-q", "-all=", "-o", f"{et_out}/%d%f.%e", *[str(r) for r in rel]],
            cwd=photos,
            capture_output=True,
            check=False,
        )
    )
    outputs["exiftool"] = {str(r): et_out / r for r in rel if (et_out / r).exists()}

    strip_times = {"leakscan": t_lstrip, "exiftool": t_etstrip}
    if shutil.which("mat2"):
        mat_dir = workdir / "mat2"
        for r, p in zip(rel, files, strict=True):
            (mat_dir / r).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, mat_dir / r)
        t_mat, _ = timed(
            lambda: subprocess.run(["mat2", *[str(r) for r in rel]], cwd=mat_dir, capture_output=True, check=False)
        )
        strip_times["mat2"] = t_mat
        outputs["mat2"] = {}
        for r in rel:
            cleaned = (mat_dir / r).with_name(f"{r.stem}.cleaned{r.suffix}")
            if cleaned.exists():
                outputs["mat2"][str(r)] = cleaned

    # -- what is left -----------------------------------------------------------------------------
    stripping: dict[str, Any] = {}
    for tool, produced in outputs.items():
        records = exiftool_json(list(produced.values()), "-a", "-G1", "-n")
        left: dict[str, dict[str, list[str]]] = {}
        for r, path in produced.items():
            found = leftovers(records.get(str(path), {}))
            if any(found.values()):
                left[r] = {k: v for k, v in found.items() if v}
        changed, identical_by_format, compared = [], {}, 0
        for r, path in produced.items():
            before, after = decode(datas[r]), decode(path.read_bytes())
            if before is None or after is None:
                continue
            compared += 1
            if before != after:
                changed.append(r)
            elif formats[r] in PIXEL_FORMATS:
                identical_by_format[formats[r]] = identical_by_format.get(formats[r], 0) + 1
        decodable_by_format: dict[str, int] = {}
        for r in produced:
            if formats[r] in PIXEL_FORMATS and decode(datas[r]) is not None:
                decodable_by_format[formats[r]] = decodable_by_format.get(formats[r], 0) + 1
        stripping[tool] = {
            "files_per_s": rate(len(files), strip_times[tool]),
            "seconds": strip_times[tool],
            "outputs": len(produced),
            "left_gps": sorted(r for r, v in left.items() if "gps" in v),
            "left_location": sorted(r for r, v in left.items() if "location" in v),
            "left_owner": sorted(r for r, v in left.items() if "owner" in v),
            "left_serial": sorted(r for r, v in left.items() if "serial" in v),
            "left_detail": left,
            "pixels_compared": compared,
            "pixels_changed": sorted(changed),
            "pixel_identical_by_format": {
                f: f"{identical_by_format.get(f, 0)}/{decodable_by_format.get(f, 0)}" for f in PIXEL_FORMATS
            },
        }
    stripping["leakscan"]["errors"] = ls_errors
    result.update(scanning=scanning, stripping=stripping, startup_s=startup)
    return result


def report(result: dict[str, Any]) -> str:
    n, g = result["files"], result["files_with_gps"]
    scan_rows = [
        [tool, f"{r['files_per_s']:.0f}", f"{r['gps_found']}/{g}", len(r["gps_on_files_without"])]
        for tool, r in result["scanning"].items()
    ]
    strip_rows = []
    for tool, r in result["stripping"].items():
        any_left = set(r["left_gps"]) | set(r["left_location"]) | set(r["left_owner"]) | set(r["left_serial"])
        strip_rows.append(
            [
                tool,
                f"{r['files_per_s']:.0f}",
                f"{r['outputs']}/{n}",
                len(r["left_gps"]),
                len(r["left_location"]),
                len(r["left_owner"]),
                len(r["left_serial"]),
                len(any_left),
                f"{len(r['pixels_changed'])}/{r['pixels_compared']}",
                ", ".join(f"{f} {v}" for f, v in r["pixel_identical_by_format"].items()),
            ]
        )
    et_rate = result["scanning"]["exiftool"]["files_per_s"]
    ratios = ", ".join(
        f"{tool.removeprefix('leakscan ').strip('()')} {r['files_per_s'] / et_rate:.1f}x"
        for tool, r in result["scanning"].items()
        if tool.startswith("leakscan") and et_rate > 0
    )
    return "\n\n".join(
        [
            f"Photo corpus: {n} files, {g} with GPS (manifest). Scanning:",
            md_table(["tool", "files/s", "GPS found", "GPS on files without"], scan_rows),
            f"leakscan vs ExifTool's files/s: {ratios}. Full = metadata + place names + the text scanners "
            f"(NER included) over free-text fields; start-up (model and data loads, not in the rates): "
            f"{result['startup_s']:.1f} s.",
            "Stripping (outputs re-read with ExifTool; pixels decoded with Pillow/pillow-heif):",
            md_table(
                [
                    "tool",
                    "files/s",
                    "outputs",
                    "GPS left",
                    "location left",
                    "owner left",
                    "serial left",
                    "any left",
                    "pixels changed",
                    "pixel-identical",
                ],
                strip_rows,
            ),
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=corpus_dir(), help="corpus root (default: $LEAKSCAN_CORPUS)")
    args = parser.parse_args()
    if not (args.corpus / "photos").is_dir():
        print(f"photo corpus not found under {args.corpus} (set LEAKSCAN_CORPUS)", file=sys.stderr)
        return 2
    if shutil.which("exiftool") is None:
        print("exiftool is needed (apt-get install libimage-exiftool-perl)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="leakscan-bench-") as tmp:
        result = run(args.corpus, Path(tmp))
    print(report(result))
    path = write_json("photos.json", result)
    print(f"\nJSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
