"""Batch throughput and memory: 1 worker, 2 workers and Dask local on one generated folder.

The folder (made by :func:`make_folder`, under ``benchmarks/out/folder-Nx``) holds photos
copied from the corpus (or the samples when the corpus is absent) and kid-style posts from
the dev set and the synthetic Presidio templates, as .txt files and .jsonl archives, so the
run is CPU-bound. Each configuration runs the real CLI (``leakscan scan FOLDER --format
jsonl``) in a subprocess; peak memory is the largest sum of RSS over the process and all its
children (workers, Dask nannies), sampled every 50 ms.

Run: ``python benchmarks/batch.py`` (``--scale 1`` for 1x only; ``--photos N --posts N``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT, corpus_dir, load_jsonl, md_table, write_json


def post_texts() -> list[str]:
    """Synthetic posts only: the kid dev set and Faker-made Presidio templates (no real people)."""
    texts = [r["text"] for r in load_jsonl(ROOT / "tests" / "data" / "devset.jsonl")]
    synth = corpus_dir() / "text" / "pii_presidio_synth_v2.jsonl"
    if synth.exists():
        texts += [r["text"] for r in load_jsonl(synth)]
    return texts


def photo_files() -> list[Path]:
    photos = corpus_dir() / "photos"
    found = [p for sub in ("camera", "stubs") for p in sorted((photos / sub).glob("*")) if p.is_file()]
    return found or sorted(p for p in (ROOT / "samples" / "photos").glob("*") if p.is_file())


def make_folder(root: Path, photos: int, posts: int) -> dict[str, int]:
    """A folder of ``photos`` photos and ``posts`` posts (half .txt files, half in .jsonl archives)."""
    if root.exists():
        shutil.rmtree(root)
    sources = photo_files()
    texts = post_texts()
    for i in range(photos):
        src = sources[i % len(sources)]
        dst = root / "photos" / f"album{i // 200:03d}" / f"{i:06d}_{src.name}"
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    half = posts // 2
    for i in range(half):
        dst = root / "posts" / f"day{i // 500:03d}" / f"post{i:06d}.txt"
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_text(texts[i % len(texts)], encoding="utf-8")
    archive = root / "archives"
    archive.mkdir(parents=True, exist_ok=True)
    per_file = 250
    for start in range(0, posts - half, per_file):
        n = min(per_file, posts - half - start)
        lines = [json.dumps({"id": start + j, "text": texts[(half + start + j) % len(texts)]}) for j in range(n)]
        (archive / f"chat{start // per_file:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"photos": photos, "posts": posts, "files": photos + half + -(-(posts - half) // per_file)}


def measure(folder: Path, args: list[str]) -> dict[str, Any]:
    """Run the CLI on ``folder``: items/s (wall, and steady from the first result to the last)
    and the peak RSS of the process tree.

    The steady rate leaves out the start-up (interpreter, model loads: 3-6 s, more with
    several workers starting at once on 2 cores), which on a folder of a few thousand items
    would otherwise decide the comparison between engines.
    """
    import threading

    import psutil

    out_path = OUT / "batch-run.jsonl"
    cmd = [sys.executable, "-m", "leakscan", "scan", str(folder), "--format", "jsonl", "-q", *args]
    peak = 0
    arrivals: list[float] = []
    t0 = time.perf_counter()
    with open(out_path, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)

        def copy() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                arrivals.append(time.perf_counter())
                out.write(line)

        reader = threading.Thread(target=copy)
        reader.start()
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                procs = [ps, *ps.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs if p.is_running())
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)
        reader.join()
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"leakscan failed ({proc.returncode}): {err[-500:]}")
    items = len(arrivals)
    steady = (items - 1) / (arrivals[-1] - arrivals[0]) if items > 1 and arrivals[-1] > arrivals[0] else float("nan")
    return {
        "items": items,
        "seconds": seconds,
        "items_per_s": items / seconds,
        "startup_s": arrivals[0] - t0 if arrivals else float("nan"),
        "steady_items_per_s": steady,
        "peak_rss_mb": peak / 2**20,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=600)
    parser.add_argument("--posts", type=int, default=2400)
    parser.add_argument(
        "--scale", type=int, default=10, help="also run the 2-worker config at this multiple of the folder"
    )
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / "folder-1x"
    size = make_folder(base, args.photos, args.posts)
    configs = [("1 worker", ["-j", "1"]), ("2 workers", ["-j", "2"])]
    if not args.no_dask:
        try:
            import dask.distributed

            configs.append(("Dask local (2 processes)", ["--engine", "dask", "-j", "2"]))
        except ImportError:
            print("dask not installed: skipping the Dask engine", file=sys.stderr)
    runs: dict[str, Any] = {}
    for name, extra in configs:
        runs[name] = measure(base, extra)
        print(f"{name}: {runs[name]}", file=sys.stderr)
    report: dict[str, Any] = {"folder_1x": size, "runs": runs}
    rows = [
        [name, r["items"], r["seconds"], r["startup_s"], r["items_per_s"], r["steady_items_per_s"], r["peak_rss_mb"]]
        for name, r in runs.items()
    ]
    one = runs["1 worker"]
    two = runs["2 workers"]
    heads = ["engine", "items", "seconds", "first result (s)", "items/s (wall)", "items/s (steady)", "peak RSS MB"]
    lines = [
        f"Folder 1x: {size['photos']} photos + {size['posts']} posts ({size['files']} files).\n",
        md_table(heads, rows),
        f"\n2 workers / 1 worker: {two['steady_items_per_s'] / one['steady_items_per_s']:.2f}x steady "
        f"({two['items_per_s'] / one['items_per_s']:.2f}x wall, start-up included)",
    ]
    if "Dask local (2 processes)" in runs:
        dask = runs["Dask local (2 processes)"]
        ratio = dask["steady_items_per_s"] / two["steady_items_per_s"]
        lines.append(
            f"Dask local / local pool (2 workers): {ratio:.2f} steady "
            f"({dask['items_per_s'] / two['items_per_s']:.2f} wall, start-up included)"
        )
    if args.scale > 1:
        big = OUT / f"folder-{args.scale}x"
        make_folder(big, args.photos * args.scale, args.posts * args.scale)
        r = measure(big, ["-j", "2"])
        report["scale"] = {"factor": args.scale, **r}
        shutil.rmtree(big)
        lines.append(
            f"\nPeak memory, 2 workers: {runs['2 workers']['peak_rss_mb']:.0f} MB at 1x, {r['peak_rss_mb']:.0f} MB at "
            f"{args.scale}x ({r['items']} items, {r['items_per_s']:.0f} items/s): "
            f"{(r['peak_rss_mb'] / runs['2 workers']['peak_rss_mb'] - 1) * 100:+.0f}%"
        )
    text = "\n".join(lines)
    print(text)
    write_json("batch.json", report)
    (OUT / "batch.md").write_text(text + "\n", encoding="utf-8")
    shutil.rmtree(base)


if __name__ == "__main__":
    main()
