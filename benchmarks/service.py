"""Load test of the HTTP service on loopback: requests/s, p50/p95/p99 latency, errors, memory.

For 1 and 2 uvicorn workers (``leakscan serve --workers N``) it sends a *fixed* number of
requests at a *steady* rate (open loop: request i leaves at t0 + i/rate whether or not the
earlier ones have answered) from an async httpx client in a separate process:

* ``text``: text-only posts (synthetic kid posts, some with a phone number, school, name...);
* ``photo+pixels``: a post with one ~12-megapixel photo (a synthetic 4000x3000 JPEG with EXIF
  GPS, ~4 MB) sent as multipart to the service as it ships (pixels on: the photo is decoded
  and what it shows read -- text, codes, faces -- beside its metadata), at ``--pixels-rate``
  (1 a second: a 2-core server reads about two such photos a second);
* ``photo`` and ``photo-b64``: the same post as multipart and as JSON with base64, to a server
  started with ``pixels = false`` (metadata only; no pixel is decoded).

The server's memory (RSS of the uvicorn process and its workers) is sampled before and
after each scenario, and every 5 s during the optional sustained run (``--sustained 60``:
50 requests/s for 60 s, one in ten with the photo, metadata only). Prints a Markdown table
and writes ``benchmarks/out/service.json``.

Targets: text-only p95 < 15 ms at 50 req/s; photo (metadata only) p95 < 60 ms (issue 5); a
post with one photo, pixels read, p95 <= 800 ms (issue 11); 0 errors; flat memory.

    python benchmarks/service.py                 # 1 and 2 workers, ~2 minutes
    python benchmarks/service.py --sustained 60  # plus a 60 s run per worker count
    python benchmarks/service.py --quick         # fewer requests (a smoke test)

Only 127.0.0.1 is ever contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ServerProcess, md_table, percentile, write_json

POSTS = [
    "had the best day at the beach with my cousins!!",
    "call me on 217 555 0134 after school ok",
    "im 11 and in year 6 at lincoln elementary",
    "my snap is jakeyboi11 add me",
    "going to riverside park with emma johnson tomorrow",
    "we live at 42 oak street next to the big tree",
    "new high score in my game today, so happy",
    "email me at emma.j2013@example.com for the homework",
    "my birthday is march 3rd, party at my house",
    "look at my new puppy, his name is biscuit",
]


# -- data ---------------------------------------------------------------------------------------------


def make_photo() -> bytes:
    """A synthetic 4000x3000 JPEG (~4 MB) with EXIF GPS at a public landmark."""
    import numpy as np
    import piexif
    from PIL import Image

    rng = np.random.default_rng(12)
    small = rng.integers(0, 255, (375, 500, 3), dtype=np.uint8)
    image = Image.fromarray(small).resize((4000, 3000), Image.BILINEAR)
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((48, 1), (51, 1), (3024, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: ((2, 1), (17, 1), (4020, 100)),
    }
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Make: b"PhoneMaker", piexif.ImageIFD.Model: b"Phone 12"},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:06:01 10:00:00"},
            "GPS": gps,
        }
    )
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=92, exif=exif)
    return buf.getvalue()


# -- the client (runs in its own process) ---------------------------------------------------------------


async def _load(url: str, kind: str, count: int, rate: float, photo_path: str | None, duration: float | None) -> dict:
    import httpx

    photo = Path(photo_path).read_bytes() if photo_path else b""
    photo_b64 = base64.b64encode(photo).decode("ascii") if photo else ""
    # The JSON bodies with a base64 photo are built once, as an app sends the body it built:
    # encoding 4.7 MB of JSON in this client for every request would be timed as the server's.
    b64_bodies = (
        {t: json.dumps({"text": t, "images": [photo_b64]}).encode() for t in POSTS} if kind == "photo-b64" else {}
    )
    # Idle connections are dropped before the server's 5 s keep-alive timeout closes them under us.
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256, keepalive_expiry=3)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    statuses: dict[int, int] = {}

    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:

        def request(i: int) -> Any:
            text = POSTS[i % len(POSTS)]
            mode = kind
            if kind == "mixed":
                mode = "photo" if i % 10 == 0 else "text"
            if mode == "text":
                return client.post("/v1/check", json={"text": text})
            if mode == "photo-b64":
                return client.post("/v1/check", content=b64_bodies[text], headers={"content-type": "application/json"})
            return client.post("/v1/check", data={"text": text}, files={"images": ("photo.jpg", photo, "image/jpeg")})

        async def one(i: int, at: float) -> None:
            delay = at - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            t = time.perf_counter()
            try:
                r = await request(i)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                if r.status_code != 200:
                    errors[f"HTTP {r.status_code}"] = errors.get(f"HTTP {r.status_code}", 0) + 1
                else:
                    r.json()
            except Exception as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                return
            latencies.append((time.perf_counter() - t) * 1000)

        if duration:
            count = int(duration * rate)
        t0 = time.perf_counter() + 0.05
        await asyncio.gather(*(one(i, t0 + i / rate) for i in range(count)))
        wall = time.perf_counter() - t0
    return {
        "requests": count,
        "ok": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "wall_s": round(wall, 2),
        "req_per_s": round(count / wall, 1),
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "max_ms": round(max(latencies), 2) if latencies else None,
    }


def client_main(argv: list[str]) -> None:
    """``service.py --client URL KIND COUNT RATE [PHOTO] [DURATION]``: one bounded load run, JSON to stdout."""
    url, kind, count, rate = argv[0], argv[1], int(argv[2]), float(argv[3])
    photo = argv[4] if len(argv) > 4 and argv[4] != "-" else None
    duration = float(argv[5]) if len(argv) > 5 else None
    print(json.dumps(asyncio.run(_load(url, kind, count, rate, photo, duration))))


def run_client(
    url: str, kind: str, count: int, rate: float, photo: Path | None, duration: float | None = None
) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--client", url, kind, str(count), str(rate), str(photo) if photo else "-"]
    if duration:
        cmd.append(str(duration))
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=(duration or count / rate) + 300)
    if done.returncode != 0:
        raise RuntimeError(f"load client failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


# -- the run ----------------------------------------------------------------------------------------------


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        client_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", default="1,2", help="worker counts to measure (default 1,2)")
    parser.add_argument("--rate", type=float, default=50.0, help="requests/s for text-only posts (default 50)")
    parser.add_argument("--photo-rate", type=float, default=10.0, help="requests/s for posts with a photo (default 10)")
    parser.add_argument("--count", type=int, default=1000, help="text-only requests per run (default 1000)")
    parser.add_argument("--photo-count", type=int, default=200, help="photo requests per run (default 200)")
    parser.add_argument(
        "--pixels-rate", type=float, default=1.0, help="requests/s for a photo with pixels read (default 1)"
    )
    parser.add_argument("--pixels-count", type=int, default=40, help="photo+pixels requests per run (default 40)")
    parser.add_argument("--sustained", type=float, default=0, help="also run N seconds of mixed load")
    parser.add_argument(
        "--sustained-rate", type=float, default=0, help="requests/s of the sustained run (default --rate)"
    )
    parser.add_argument("--only-sustained", action="store_true", help="skip the fixed-count runs")
    parser.add_argument("--quick", action="store_true", help="a short smoke run (200 text, 40 photo requests)")
    args = parser.parse_args()
    if args.quick:
        args.count, args.photo_count, args.pixels_count = 200, 40, 10
    OUT.mkdir(parents=True, exist_ok=True)
    photo_path = OUT / "service-photo-4000x3000.jpg"
    if not photo_path.exists():
        photo_path.write_bytes(make_photo())
    photo_mb = photo_path.stat().st_size / 2**20

    no_pixels = OUT / "service-no-pixels.toml"
    no_pixels.write_text("pixels = false\n")
    # (name, `leakscan serve` options, warm-up, the scenarios); the sustained run is metadata only
    servers = [
        ("pixels on", (), ("photo+pixels", 3, args.pixels_rate), [
            ("text", args.count, args.rate, None),
            ("photo+pixels", args.pixels_count, args.pixels_rate, photo_path),
        ]),
        ("metadata only", ("--settings", str(no_pixels)), ("photo", 10, args.photo_rate), [
            ("photo", args.photo_count, args.photo_rate, photo_path),
            ("photo-b64", args.photo_count, args.photo_rate, photo_path),
        ]),
    ]  # fmt: skip
    if args.only_sustained:
        servers = servers[1:]
    results: list[dict[str, Any]] = []
    for workers, (name, options, warm, plan) in (
        (w, server) for w in [int(w) for w in args.workers.split(",")] for server in servers
    ):
        server = ServerProcess(workers, OUT / f"service-server-{workers}w.log", options)
        try:
            startup = server.wait_ready()
            print(f"# {workers} worker(s), {name}: ready in {startup:.1f} s", file=sys.stderr)
            run_client(server.url, "text", 100, args.rate, None)  # warm connections and caches
            run_client(server.url, warm[0], warm[1], warm[2], photo_path)
            if args.only_sustained:
                plan = []
            for kind, count, rate, photo in plan:
                before, cpu0, load = server.rss_mb(), server.cpu_s(), os.getloadavg()[0]
                stats = run_client(server.url, kind, count, rate, photo)
                after, cpu = server.rss_mb(), server.cpu_s() - cpu0
                row = {"workers": workers, "scenario": kind, "target_rate": rate, **stats}
                row |= {"rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1)}
                row |= {"server_cpu_ms_per_request": round(cpu * 1000 / count, 2), "loadavg_1m": round(load, 2)}
                results.append(row)
                print(f"  {kind}: {json.dumps(stats)}", file=sys.stderr)
            if args.sustained and name == "metadata only":
                samples: list[tuple[float, float]] = []
                cpu0, load = server.cpu_s(), os.getloadavg()[0]
                rate = args.sustained_rate or args.rate
                cmd = [sys.executable, __file__, "--client", server.url, "mixed", "0", str(rate)]
                proc = subprocess.Popen(
                    [*cmd, str(photo_path), str(args.sustained)],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                t0 = time.monotonic()
                while proc.poll() is None and time.monotonic() - t0 < args.sustained + 300:
                    samples.append((round(time.monotonic() - t0, 1), round(server.rss_mb(), 1)))
                    time.sleep(5)
                out, _ = proc.communicate(timeout=60)
                stats = json.loads(out)
                rss = [m for _, m in samples]
                row = {"workers": workers, "scenario": f"sustained {args.sustained:g}s (10% photo)"}
                row |= {"target_rate": rate, **stats, "rss_before_mb": rss[0], "rss_after_mb": rss[-1]}
                row |= {"rss_samples": samples, "loadavg_1m": round(load, 2)}
                row["server_cpu_ms_per_request"] = round((server.cpu_s() - cpu0) * 1000 / stats["requests"], 2)
                results.append(row)
                print(f"  sustained: {json.dumps(stats)}; rss {rss[0]} -> {rss[-1]} MiB", file=sys.stderr)
        finally:
            server.stop()

    header = ["workers", "scenario", "rate (req/s)", "requests", "errors", "achieved req/s"]
    header += ["p50 ms", "p95 ms", "p99 ms", "server CPU ms/req", "RSS before MiB", "RSS after MiB", "load avg"]
    rows = [
        [
            r["workers"],
            r["scenario"],
            r["target_rate"],
            r["requests"],
            r["errors"],
            r["req_per_s"],
            r["p50_ms"],
            r["p95_ms"],
            r["p99_ms"],
            r["server_cpu_ms_per_request"],
            r["rss_before_mb"],
            r["rss_after_mb"],
            r["loadavg_1m"],
        ]
        for r in results
    ]
    print(
        f"\nleakscan service on loopback, {os.cpu_count()} CPUs; photo: 4000x3000 JPEG with EXIF GPS, "
        f"{photo_mb:.1f} MiB ('photo+pixels': what it shows read too; 'photo', 'photo-b64': metadata only). "
        "'load avg' is the machine's 1-minute load before the run (other work included).\n"
    )
    print(md_table(header, rows))
    path = write_json(
        "service-sustained.json" if args.only_sustained else "service.json",
        {
            "photo_bytes": photo_path.stat().st_size,
            "cpus": os.cpu_count(),
            "targets": {"text_p95_ms": 15, "photo_p95_ms": 60, "photo_pixels_p95_ms": 800, "errors": 0},
            "results": results,
        },
    )
    print(f"\nwritten: {path}")


if __name__ == "__main__":
    main()
