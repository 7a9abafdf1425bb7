"""A bounded soak of the HTTP service on loopback: steady load, memory and file descriptors watched.

    python benchmarks/soak.py                     # 300 s at 40 requests/s against `leakscan serve`
    python benchmarks/soak.py --seconds 30        # the CI slow suite's length (tests/test_faults.py -m slow)
    python benchmarks/soak.py --rate 80 --workers 2

A real ``leakscan serve`` (uvicorn) is started on 127.0.0.1. After a warm-up, requests are
sent *open loop* at a steady rate (each at its scheduled time, whether or not earlier ones
have finished), mixed like an app's traffic:

* 60 % ``POST /v1/check`` with a post (text only), each a different synthetic post with leaks;
* 20 % ``POST /v1/check`` with a post and a photo (base64; JPEG/PNG/WebP with GPS and owner
  metadata), half of them asking for clean copies;
* 15 % ``POST /v1/clean-image`` with a raw photo;
* 5 % bad requests (malformed JSON, not an image, too many photos) that must get their 4xx.

An *error* is any answer other than the one expected (200, or the 4xx for the bad ones), a
timeout or a connection failure. The server's resident memory (RSS, with its worker
processes) is sampled every second and its open file descriptors (``/proc/PID/fd``) are
counted after the warm-up and again at the end, once the client's connections are closed.

Prints a Markdown table and writes ``benchmarks/out/soak.json`` (with the per-second samples).
Exit status 0 when there were 0 errors, no descriptor was leaked and memory did not grow
(see ``verdict`` in the JSON for the thresholds).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import OUT, ServerProcess, md_table, percentile, write_json  # noqa: E402

#: Memory may grow this much from the end of the warm-up to the end of the run (MiB) ...
RSS_GROWTH_LIMIT_MB = 40.0
#: ... and the second half of the run may trend upwards at most this fast (MiB per minute).
RSS_SLOPE_LIMIT_MB_PER_MIN = 2.0
#: Descriptors the server may hold at the end beyond what it held after the warm-up.
FD_SLACK = 2
#: Requests the client keeps in flight at most (a server that falls this far behind is overloaded).
MAX_IN_FLIGHT = 200

NAMES = ["mia", "jake", "emma johnson", "olivia", "noah", "ava", "liam", "zara", "leo", "isla"]
PLACES = ["riverside park", "westfield mall", "lincoln elementary", "42 oak street", "maple grove middle"]
TEMPLATES = [
    "text me on 217 555 01{n:02d} after school",
    "me and {name} at {place} lol",
    "my email is {first}.j20{n:02d}@example.com",
    "im {age} and in year {year} at {place}",
    "snap: {first}boi{n:02d} add me",
    "we live at {n} Oak Street springfield",
    "nothing much, just a sunset #{n}",
    "my birthday is march {day}th, party at {place}!!",
    "call five five five oh one {n:02d} if u want",
    "insta is @{first}.dances{n}",
]


# -- data ---------------------------------------------------------------------------------------------


def make_post(rng: random.Random, unique_words: int = 1) -> str:
    """A synthetic post; ``unique_words`` made-up words (usernames, typos) make it unlike any other,
    as real traffic is (the NER model's vocabulary meets new strings all the time)."""
    name = rng.choice(NAMES)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randrange(5, 10))) for _ in range(unique_words)]
    post = rng.choice(TEMPLATES).format(
        n=rng.randrange(100),
        name=name,
        first=name.split()[0],
        place=rng.choice(PLACES),
        age=rng.randrange(8, 15),
        year=rng.randrange(3, 9),
        day=rng.randrange(1, 29),
    )
    return " ".join([*words, post])


def make_photos() -> list[tuple[str, bytes]]:
    """Synthetic photos with GPS and owner metadata: (media type, bytes)."""
    import piexif
    from PIL import Image, PngImagePlugin

    rng = random.Random(5)
    exif = piexif.dump(
        {
            "0th": {piexif.ImageIFD.Artist: b"Emma Johnson", piexif.ImageIFD.Make: b"PhoneMaker"},
            "Exif": {
                piexif.ExifIFD.BodySerialNumber: b"SN0012345",
                piexif.ExifIFD.DateTimeOriginal: b"2024:06:01 10:00:00",
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((39, 1), (47, 1), (1900, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"W",
                piexif.GPSIFD.GPSLongitude: ((89, 1), (41, 1), (700, 100)),
            },
        }
    )
    small = Image.frombytes("RGB", (160, 120), rng.randbytes(160 * 120 * 3)).resize((1024, 768))
    photos = []
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=88, exif=exif)
    photos.append(("image/jpeg", buf.getvalue()))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Emma Johnson")
    info.add_text("Comment", "at riverside park, springfield")
    buf = io.BytesIO()
    small.resize((320, 240)).save(buf, "PNG", pnginfo=info)
    photos.append(("image/png", buf.getvalue()))
    buf = io.BytesIO()
    small.resize((640, 480)).save(buf, "WEBP", quality=80, exif=exif)
    photos.append(("image/webp", buf.getvalue()))
    return photos


class Sampler(threading.Thread):
    """RSS (MiB) and descriptors of the server, once a second."""

    def __init__(self, server: ServerProcess):
        super().__init__(daemon=True)
        self.server = server
        self.samples: list[tuple[float, float, int]] = []
        self._halt = threading.Event()
        self.t0 = time.monotonic()

    def run(self) -> None:
        while not self._halt.is_set():
            self.samples.append(
                (round(time.monotonic() - self.t0, 2), round(self.server.rss_mb(), 2), self.server.fds())
            )
            self._halt.wait(1.0)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# -- the load -----------------------------------------------------------------------------------------


def plan(count: int, seed: int) -> list[str]:
    """The kind of each request, in order (a fixed seed: the same run every time)."""
    rng = random.Random(seed)
    kinds = ["text"] * 60 + ["photo"] * 20 + ["clean"] * 15 + ["bad"] * 5
    return [rng.choice(kinds) for _ in range(count)]


async def load(
    url: str, kinds: list[str], rate: float, photos: list[tuple[str, bytes]], seed: int, unique_words: int = 1
) -> dict[str, Any]:
    import httpx

    rng = random.Random(seed)
    b64 = [base64.b64encode(data).decode() for _, data in photos]
    latencies: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    statuses: dict[str, int] = {}
    late = 0
    backlog_waits = 0
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=3.0)

    def request(i: int, kind: str) -> tuple[dict[str, Any], int]:
        """The request's arguments and the status it must get."""
        if kind == "text":
            return {"method": "POST", "url": "/v1/check", "json": {"text": make_post(rng, unique_words)}}, 200
        if kind == "photo":
            k = rng.randrange(len(photos))
            body = {"text": make_post(rng, unique_words), "images": [b64[k]], "clean_images": bool(i % 2)}
            return {"method": "POST", "url": "/v1/check", "json": body}, 200
        if kind == "clean":
            media, data = photos[rng.randrange(len(photos))]
            return {
                "method": "POST",
                "url": "/v1/clean-image",
                "content": data,
                "headers": {"content-type": media},
            }, 200
        which = rng.randrange(3)
        if which == 0:
            body = b'{"text": "call me on 217 555 0134",'
            return {
                "method": "POST",
                "url": "/v1/check",
                "content": body,
                "headers": {"content-type": "application/json"},
            }, 400
        if which == 1:
            return {
                "method": "POST",
                "url": "/v1/clean-image",
                "content": b"not an image",
                "headers": {"content-type": "image/jpeg"},
            }, 415
        return {"method": "POST", "url": "/v1/check", "json": {"text": "hi", "images": [b64[1]] * 11}}, 413

    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        t0 = time.monotonic()
        in_flight: set[asyncio.Task[None]] = set()

        async def one(i: int, kind: str) -> None:
            args, expected = request(i, kind)
            started = time.monotonic()
            try:
                response = await client.request(**args)
                status = response.status_code
                if status == 200 and args["url"] == "/v1/check":
                    response.json()["verdict"]  # a complete, valid answer
            except Exception as exc:  # a timeout, a reset connection: all errors
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                return
            latencies.setdefault(kind, []).append((time.monotonic() - started) * 1000)
            statuses[str(status)] = statuses.get(str(status), 0) + 1
            if status != expected:
                key = f"{kind}: HTTP {status}"
                errors[key] = errors.get(key, 0) + 1

        for i, kind in enumerate(kinds):
            while len(in_flight) >= MAX_IN_FLIGHT:  # the server is not keeping up: do not pile up
                backlog_waits += 1
                await asyncio.sleep(0.01)
            delay = t0 + i / rate - time.monotonic()
            if delay < -0.25:
                late += 1  # behind schedule (the client, or the in-flight cap)
            await asyncio.sleep(max(delay, 0))  # always yield: tasks must run while more are sent
            task = asyncio.create_task(one(i, kind))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
        if in_flight:
            await asyncio.gather(*in_flight)
        wall = time.monotonic() - t0
    return {
        "latencies": latencies,
        "errors": errors,
        "statuses": statuses,
        "late": late,
        "backlog_waits": backlog_waits,
        "wall_s": wall,
    }


# -- the run ------------------------------------------------------------------------------------------


def _slope_mb_per_min(samples: list[tuple[float, float, int]]) -> float:
    """Least-squares slope of RSS over time (MiB/minute)."""
    if len(samples) < 3:
        return 0.0
    ts = [s[0] for s in samples]
    rs = [s[1] for s in samples]
    mt, mr = statistics.fmean(ts), statistics.fmean(rs)
    var = sum((t - mt) ** 2 for t in ts)
    if var == 0:
        return 0.0
    return sum((t - mt) * (r - mr) for t, r in zip(ts, rs, strict=True)) / var * 60


def run_soak(
    seconds: float = 300, rate: float = 40, workers: int = 1, seed: int = 7, warmup: int = 60, unique_words: int = 1
) -> dict[str, Any]:
    """Run the soak; the results (``verdict["ok"]`` says whether it passed)."""
    OUT.mkdir(parents=True, exist_ok=True)
    photos = make_photos()
    server = ServerProcess(workers, OUT / "soak-server.log")
    try:
        startup = server.wait_ready()
        # Warm-up: every endpoint and image type, so caches and allocator pools are filled.
        asyncio.run(load(server.url, plan(warmup, seed + 1), rate, photos, seed + 1, unique_words))
        time.sleep(4)  # let idle keep-alive connections close
        rss_start, fds_start = server.rss_mb(), server.fds()
        sampler = Sampler(server)
        sampler.start()
        kinds = plan(int(seconds * rate), seed)
        result = asyncio.run(load(server.url, kinds, rate, photos, seed, unique_words))
        time.sleep(6)  # the server closes idle connections after 5 s
        sampler.stop()
        rss_end, fds_end = server.rss_mb(), server.fds()
        alive = server.proc.poll() is None
    finally:
        code = server.stop()
    samples = sampler.samples
    rss = [s[1] for s in samples]
    second_half = [s for s in samples if s[0] >= samples[-1][0] / 2] if samples else []
    count = sum(len(v) for v in result["latencies"].values())
    errors = sum(result["errors"].values())
    by_kind = {
        kind: {
            "requests": len(v),
            "p50_ms": round(percentile(v, 50), 1),
            "p95_ms": round(percentile(v, 95), 1),
            "p99_ms": round(percentile(v, 99), 1),
            "max_ms": round(max(v), 1),
        }
        for kind, v in sorted(result["latencies"].items())
    }
    growth = rss_end - rss_start
    slope = _slope_mb_per_min(second_half)
    verdict = {
        "errors": errors == 0,
        "fds": fds_end <= fds_start + FD_SLACK,
        "rss_growth": growth <= RSS_GROWTH_LIMIT_MB,
        "rss_slope": slope <= RSS_SLOPE_LIMIT_MB_PER_MIN or seconds < 120,  # too short to tell a trend
        "server_alive": alive,
        "rate_held": count >= 0.95 * seconds * rate and result["wall_s"] <= seconds * 1.1 + 30,
        "limits": {
            "rss_growth_mb": RSS_GROWTH_LIMIT_MB,
            "rss_slope_mb_per_min": RSS_SLOPE_LIMIT_MB_PER_MIN,
            "fd_slack": FD_SLACK,
        },
    }
    verdict["ok"] = all(v for k, v in verdict.items() if k != "limits")
    return {
        "seconds": seconds,
        "rate": rate,
        "workers": workers,
        "unique_words_per_post": unique_words,
        "cpus": os.cpu_count(),
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "startup_s": round(startup, 1),
        "requests": len(kinds),
        "answered": count,
        "wall_s": round(result["wall_s"], 1),
        "achieved_rate": round(count / result["wall_s"], 1) if result["wall_s"] else 0.0,
        "client_late_starts": result["late"],
        "client_backlog_waits": result["backlog_waits"],
        "errors": errors,
        "error_kinds": result["errors"],
        "statuses": result["statuses"],
        "by_kind": by_kind,
        "rss_start_mb": round(rss_start, 1),
        "rss_end_mb": round(rss_end, 1),
        "rss_max_mb": round(max(rss), 1) if rss else None,
        "rss_growth_mb": round(growth, 1),
        "rss_slope_second_half_mb_per_min": round(slope, 2),
        "fds_start": fds_start,
        "fds_end": fds_end,
        "server_exit_code": code,
        "verdict": verdict,
        "samples": [{"t": t, "rss_mb": r, "fds": f} for t, r, f in samples],
    }


def report(data: dict[str, Any]) -> str:
    rows = [
        ["duration (s) / target rate (req/s)", f"{data['seconds']:g} / {data['rate']:g}"],
        ["requests sent / answered", f"{data['requests']} / {data['answered']}"],
        ["achieved rate (req/s); late starts", f"{data['achieved_rate']}; {data['client_late_starts']}"],
        ["errors", f"{data['errors']} {data['error_kinds'] or ''}".strip()],
        [
            "RSS after warm-up / end / max (MiB)",
            f"{data['rss_start_mb']} / {data['rss_end_mb']} / {data['rss_max_mb']}",
        ],
        [
            "RSS growth (MiB); trend, 2nd half (MiB/min)",
            f"{data['rss_growth_mb']}; {data['rss_slope_second_half_mb_per_min']}",
        ],
        ["open fds after warm-up / end", f"{data['fds_start']} / {data['fds_end']}"],
        ["workers, CPUs, load (1 min)", f"{data['workers']}, {data['cpus']}, {data['loadavg_1m']}"],
        [
            "verdict",
            "pass"
            if data["verdict"]["ok"]
            else "FAIL " + str({k: v for k, v in data["verdict"].items() if v is False}),
        ],
    ]
    kinds = [[k, v["requests"], v["p50_ms"], v["p95_ms"], v["p99_ms"], v["max_ms"]] for k, v in data["by_kind"].items()]
    return (
        md_table(["soak", "value"], rows)
        + "\n\n"
        + md_table(["request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"], kinds)
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--rate", type=float, default=40, help="requests per second (open loop)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--unique-words", type=int, default=1, help="made-up words per post (0: a bounded vocabulary)")
    ap.add_argument("--json", default="soak.json", help="file name under benchmarks/out/")
    args = ap.parse_args(argv)
    data = run_soak(args.seconds, args.rate, args.workers, args.seed, unique_words=args.unique_words)
    write_json(args.json, data)
    print(report(data))
    return 0 if data["verdict"]["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
