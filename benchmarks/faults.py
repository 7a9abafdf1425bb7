"""SIGKILL a ``leakscan redact`` run at random points: originals never change, outputs are never partial.

    python benchmarks/faults.py                         # 200 kills: --out and --in-place, real subprocesses
    python benchmarks/faults.py --kills 500 --seed 7    # more
    python benchmarks/faults.py --mode fork --fast      # quicker: forked from one warm process, no NER, no pixels

Every kill starts from a fresh copy of a synthetic tree (posts with phone numbers and
addresses, a .jsonl post file, photos with GPS/owner/serial metadata, a few 1-2 MB photos so
that writes take a while), runs ``leakscan redact TREE --out OUT`` (or ``--in-place`` on the
copy), sends SIGKILL to its whole process group after a random delay (fixed seed), and checks:

* **originals**: with ``--out`` every input file is byte-identical to before and no file
  appeared in the input tree; with ``--in-place`` every file is either its original bytes or
  its complete clean copy (the reference run's bytes), never anything else;
* **partial outputs**: every file under OUT (a real name, not a temporary file) equals the
  reference clean copy byte for byte; no file that the reference does not have;
* **temporary files**: ``*.leakscan-tmp`` files left right after the kill are counted; every
  ``--resume-every``-th kill the run is then repeated to completion into the same folder, which
  must remove them and produce exactly the reference output.

Modes: ``exec`` starts ``python -m leakscan redact`` for every kill (the real thing, start-up
included; a quarter of the runs use ``-j 2``, killed with their worker processes); ``fork``
forks each run from one process that has imported leakscan already (the same CLI code, a real
process and a real SIGKILL, without paying the start-up for each kill; used by the CI test).

Prints ``0 originals changed, 0 partial outputs over N kills`` when all is well (exit 0), and
writes ``benchmarks/out/faults-MODE.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEMP_SUFFIX = ".leakscan-tmp"

#: A settings file without the NER scanner and without reading what pictures show (the OCR,
#: face and code models): start-up and scanning are much faster (a run over a small tree
#: takes 0.3 s instead of 10 s), and the write path (what the kills are about) is the same:
#: a covered copy goes through the same atomic writer as a stripped one.
FAST_SETTINGS = (
    'scanners = ["phone", "email", "handle", "address", "age", "school", "photo_metadata"]\npixels = false\n'
)

POSTS = [
    "text me on 217 555 0134 after school",
    "my email is emma.j2013@example.com dont tell",
    "we live at 42 Oak Street springfield",
    "me and jake at riverside park lol",
    "im 11 and in year 6",
    "nothing to see here, just a sunset",
    "call (217) 555-0199 or five five five oh one two three",
    "snap: jakeyboi11",
]


# -- the synthetic tree -------------------------------------------------------------------------


def _jpeg(size: tuple[int, int], rng: random.Random, *, noise: bool, gps: tuple[float, float] | None) -> bytes:
    import piexif
    from PIL import Image

    if noise:  # random pixels compress badly: a big file, a long write
        img = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    else:
        img = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    zeroth = {
        piexif.ImageIFD.Artist: b"Emma Johnson",
        piexif.ImageIFD.Make: b"Synthetic",
        piexif.ImageIFD.ImageDescription: b"at 42 Oak Street, call 217 555 0134",
    }
    exif: dict[str, Any] = {"0th": zeroth, "Exif": {piexif.ExifIFD.BodySerialNumber: b"SN12345678"}}
    if gps is not None:
        lat, lon = gps

        def dms(v: float) -> tuple[tuple[int, int], ...]:
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            return ((d, 1), (m, 1), (round(((v - d) * 60 - m) * 6000), 100))

        exif["GPS"] = {
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
            piexif.GPSIFD.GPSLatitude: dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
            piexif.GPSIFD.GPSLongitude: dms(lon),
        }
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=piexif.dump(exif))
    return buf.getvalue()


def _png(rng: random.Random) -> bytes:
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "taken at riverside park, springfield")
    info.add_text("Author", "Emma Johnson")
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (rng.randrange(256), 90, 200)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def make_tree(root: Path, *, seed: int = 0, posts: int = 24, photos: int = 16, big: int = 3, lines: int = 120) -> Path:
    """A synthetic tree to redact (nothing real: invented names, 555-01xx numbers)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(posts):
        sub = root / "posts" / f"week {i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"post{i:03d}.txt").write_text(POSTS[i % len(POSTS)] + f" #{i}\n", encoding="utf-8")
    (root / "posts" / "archive.jsonl").write_text(
        "".join(json.dumps({"id": n, "text": POSTS[n % len(POSTS)]}) + "\n" for n in range(lines)), encoding="utf-8"
    )
    (root / "posts" / "notes.csv").write_text("not,a,post\n", encoding="utf-8")
    pics = root / "photos"
    pics.mkdir(exist_ok=True)
    for i in range(photos):
        gps = (39.7886 + i / 1000, -89.6853) if i % 4 else None
        if i % 5 == 4:
            (pics / f"img{i:03d}.png").write_bytes(_png(rng))
        else:
            (pics / f"img{i:03d}.jpg").write_bytes(_jpeg((160, 120), rng, noise=False, gps=gps))
    for i in range(big):
        (pics / "big" / "").mkdir(exist_ok=True)
        (pics / "big" / f"big{i}.jpg").write_bytes(_jpeg((1200, 900), rng, noise=True, gps=(51.5 + i / 100, -0.12)))
    samples = ROOT / "samples" / "photos"
    if samples.is_dir():
        for photo in sorted(samples.iterdir()):
            if photo.is_file() and not photo.name.startswith("."):
                shutil.copy(photo, pics / f"sample_{photo.name}")
    return root


def digest_tree(folder: Path) -> dict[str, str]:
    """``relative path -> sha256`` of every file under ``folder`` (hidden and temporary files too)."""
    out = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def is_temp(rel: str) -> bool:
    return rel.endswith(TEMP_SUFFIX)


# -- running leakscan ---------------------------------------------------------------------------


def redact_argv(tree: Path, out: Path | None, *, settings: Path | None, jobs: int = 1) -> list[str]:
    argv = ["redact", str(tree), "--format", "jsonl", "-q", "-j", str(jobs)]
    argv += ["--out", str(out)] if out is not None else ["--in-place"]
    if settings is not None:
        argv += ["--settings", str(settings)]
    return argv


_FORK_SERVER = r"""
import json, os, sys
from leakscan.cli import cli
from leakscan import posts, photos, settings as _settings
import leakscan.batch, leakscan.redact.files, leakscan.redact.image, leakscan.report
warm = json.loads(sys.argv[1])
s = _settings.Settings.load(warm["settings"]) if warm.get("settings") else _settings.Settings()
for post in warm["posts"]:
    posts.scan_text(post, s)
for p in warm.get("photos", []):
    photos.scan_image(p, s)
print(json.dumps({"ready": os.getpid()}), flush=True)
for line in sys.stdin:
    req = json.loads(line)
    if req["op"] == "run":
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                os.setpgid(0, 0)
                null = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(null, fd)
                try:
                    cli.main(args=req["argv"], prog_name="leakscan", standalone_mode=True)
                    code = 0
                except SystemExit as exc:
                    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            finally:
                os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
    elif req["op"] == "wait":
        _, status = os.waitpid(req["pid"], 0)
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"signal": sig, "code": code}), flush=True)
"""


class ForkServer:
    """One warm Python process that forks a ``leakscan redact`` run per request."""

    def __init__(self, settings: Path | None, photos: list[Path]):
        warm = {"settings": str(settings) if settings else None, "photos": [str(p) for p in photos], "posts": POSTS}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _FORK_SERVER, json.dumps(warm)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self._ask(None)  # wait for "ready"

    def _ask(self, req: dict[str, Any] | None) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if req is not None:
            self.proc.stdin.write(json.dumps(req) + "\n")
            self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fork server died")
        return json.loads(line)

    def start(self, argv: list[str]) -> int:
        return self._ask({"op": "run", "argv": argv})["pid"]

    def wait(self, pid: int) -> tuple[int, int | None]:
        got = self._ask({"op": "wait", "pid": pid})
        return got["signal"], got["code"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Runner:
    """Starts a redact run and kills it: by exec (``python -m leakscan``) or forked from a warm process."""

    def __init__(self, mode: str, settings: Path | None, warm_photos: list[Path]):
        self.mode = mode
        self.server = ForkServer(settings, warm_photos) if mode == "fork" else None

    def start(self, argv: list[str]) -> Any:
        if self.server is not None:
            return self.server.start(argv)
        return subprocess.Popen(
            [sys.executable, "-m", "leakscan", *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            start_new_session=True,  # its own process group: workers are killed with it
        )

    def kill(self, handle: Any) -> None:
        pid = handle if isinstance(handle, int) else handle.pid
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)

    def wait(self, handle: Any) -> tuple[int, int | None]:
        """``(signal, exit code)`` of a finished run."""
        if self.server is not None:
            return self.server.wait(handle)
        code = handle.wait()
        if code < 0:
            # the main process died from the signal; reap nothing else (workers were in its group)
            return -code, None
        return 0, code

    def run(self, argv: list[str]) -> tuple[float, int | None]:
        """Run to completion: seconds taken, exit code."""
        t0 = time.perf_counter()
        handle = self.start(argv)
        _, code = self.wait(handle)
        return time.perf_counter() - t0, code

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


# -- one kill and its checks ---------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    finished_first: int = 0
    originals_changed: int = 0
    partial_outputs: int = 0
    extra_outputs: int = 0
    temps_after_kill: int = 0
    #: of which in a fresh --out folder (0 wherever anonymous temporary files work)
    temps_after_kill_out: int = 0
    temps_after_resume: int = 0
    resumes: int = 0
    resume_mismatches: int = 0
    kills_by_mode: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def ok(self) -> bool:
        return not (
            self.originals_changed
            or self.partial_outputs
            or self.extra_outputs
            or self.temps_after_resume
            or self.resume_mismatches
        )


def check_out(out: Path, reference: dict[str, str], tally: Tally, label: str) -> int:
    """Every non-temporary file under ``out`` is the reference clean copy. Returns the temp files found."""
    temps = 0
    for rel, digest in digest_tree(out).items():
        if is_temp(rel):
            temps += 1
        elif rel not in reference:
            tally.extra_outputs += 1
            tally.problems.append(f"{label}: unexpected output {rel}")
        elif reference[rel] != digest:
            tally.partial_outputs += 1
            tally.problems.append(f"{label}: output {rel} differs from the complete clean copy")
    return temps


def check_in_place(tree: Path, original: dict[str, str], reference: dict[str, str], tally: Tally, label: str) -> int:
    """Every file is its original or its complete clean copy. Returns the temp files found."""
    temps = 0
    now = digest_tree(tree)
    for rel, digest in now.items():
        if is_temp(rel):
            temps += 1
        elif rel not in original:
            tally.extra_outputs += 1
            tally.problems.append(f"{label}: unexpected file {rel}")
        elif digest not in (original[rel], reference.get(rel, original[rel])):
            tally.originals_changed += 1
            tally.problems.append(f"{label}: {rel} is neither the original nor its clean copy")
    for rel in original:
        if rel not in now:
            tally.originals_changed += 1
            tally.problems.append(f"{label}: {rel} disappeared")
    return temps


def run_kills(
    kills: int,
    *,
    seed: int = 0,
    mode: str = "exec",
    fast: bool = False,
    resume_every: int = 10,
    workdir: Path | None = None,
    tree_kw: dict[str, Any] | None = None,
    log: Any = None,
) -> Tally:
    """``kills`` SIGKILLs of redact runs (half --out, half --in-place), checked as described above."""
    rng = random.Random(seed)
    own = workdir is None
    work = Path(tempfile.mkdtemp(prefix="leakscan-faults-")) if workdir is None else workdir
    tally = Tally()
    runner = None
    try:
        settings = None
        if fast:
            settings = work / "fast.toml"
            settings.write_text(FAST_SETTINGS, encoding="utf-8")
        master = make_tree(work / "master", seed=seed, **(tree_kw or {}))
        original = digest_tree(master)
        runner = Runner(mode, settings, sorted((master / "photos").glob("*.jpg"))[:2])
        # The reference: one complete run. Every output of an interrupted run must equal it.
        ref_out = work / "reference"
        seconds, code = runner.run(redact_argv(master, ref_out, settings=settings))
        if code not in (0, 2):
            raise RuntimeError(f"the reference run failed (exit {code})")
        reference = digest_tree(ref_out)
        if digest_tree(master) != original:
            raise RuntimeError("the reference run changed the originals")
        twice_dir = _fresh_copy(ref_out, work / "reference-twice")  # what a second in-place pass makes
        runner.run(redact_argv(twice_dir, None, settings=settings))
        refs = {"original": original, "reference": reference, "twice": digest_tree(twice_dir)}
        durations = {"out": seconds}
        seconds, _ = runner.run(redact_argv(_fresh_copy(master, work / "calibrate"), None, settings=settings))
        durations["in-place"] = seconds
        if log:
            log(f"reference run: {durations['out']:.2f} s (--out), {durations['in-place']:.2f} s (--in-place)")
        n = 0
        while tally.kills < kills:
            n += 1
            in_place = n % 2 == 0
            jobs = 2 if mode == "exec" and n % 4 == 3 else 1
            label = f"kill {n} ({'in-place' if in_place else 'out'}, -j {jobs})"
            tree = _fresh_copy(master, work / "tree") if in_place else master
            out = None if in_place else work / "out"
            if out is not None and out.exists():
                shutil.rmtree(out)
            argv = redact_argv(tree, out, settings=settings, jobs=jobs)
            # Uniform over the whole run (longer with workers: they load the model first).
            delay = rng.uniform(0, durations["in-place" if in_place else "out"] * (2.5 if jobs > 1 else 1.0))
            handle = runner.start(argv)
            time.sleep(delay)
            runner.kill(handle)
            sig, _code = runner.wait(handle)
            if sig != signal.SIGKILL:
                tally.finished_first += 1
                # runs got quicker than the reference run (the machine is less busy): aim earlier
                key = "in-place" if in_place else "out"
                durations[key] = 0.8 * durations[key] + 0.2 * delay / (2.5 if jobs > 1 else 1.0)
            else:
                tally.kills += 1
                key = "in-place" if in_place else "out"
                tally.kills_by_mode[key] = tally.kills_by_mode.get(key, 0) + 1
            if in_place:
                temps = check_in_place(tree, original, reference, tally, label)
            else:
                if digest_tree(master) != original:
                    tally.originals_changed += 1
                    tally.problems.append(f"{label}: an original changed")
                temps = check_out(out, reference, tally, label)  # type: ignore[arg-type]
            tally.temps_after_kill += temps
            if not in_place:
                tally.temps_after_kill_out += temps
            if resume_every and (n % resume_every == 0 or temps):
                _resume(runner, tree, out, settings, refs, tally, label)
            if log and n % 10 == 0:
                log(f"{tally.kills} kills, {tally.finished_first} finished first: {_line(tally)}")
    finally:
        if runner is not None:
            runner.close()
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return tally


def _fresh_copy(master: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(master, dst)
    return dst


def _resume(
    runner: Runner,
    tree: Path,
    out: Path | None,
    settings: Path | None,
    refs: dict[str, dict[str, str]],
    tally: Tally,
    label: str,
) -> None:
    """Run again to completion into the same place: the complete clean output, no temp left.

    With ``--out`` that is exactly the reference. In place, files cleaned before the kill are
    cleaned a second time, and a second pass can mask a little more than the first (a town
    after ``[ADDRESS]`` is recognised once the street is masked): a cleaned file must be the
    reference or the reference cleaned again; the others stay their original.
    """
    tally.resumes += 1
    runner.run(redact_argv(tree, out, settings=settings))
    got = digest_tree(out if out is not None else tree)
    tally.temps_after_resume += sum(1 for rel in got if is_temp(rel))
    clean = {rel: d for rel, d in got.items() if not is_temp(rel)}
    if out is not None:
        ok = clean == refs["reference"]
    else:
        ok = set(clean) == set(refs["original"]) and all(
            d in (refs["reference"][rel], refs["twice"].get(rel))
            if rel in refs["reference"]
            else d == refs["original"][rel]
            for rel, d in clean.items()
        )
    if not ok:
        tally.resume_mismatches += 1
        tally.problems.append(f"{label}: the resumed run did not produce the complete clean output")


def _line(t: Tally) -> str:
    return f"{t.originals_changed} originals changed, {t.partial_outputs + t.extra_outputs} partial outputs over {t.kills} kills"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mode", choices=["exec", "fork"], default="exec")
    ap.add_argument(
        "--fast", action="store_true", help="settings without the NER scanner or the pixel models (faster runs)"
    )
    ap.add_argument("--resume-every", type=int, default=10)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tally = run_kills(
        args.kills,
        seed=args.seed,
        mode=args.mode,
        fast=args.fast,
        resume_every=args.resume_every,
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )
    elapsed = time.perf_counter() - t0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from common import write_json

    data = {**asdict(tally), "mode": args.mode, "fast": args.fast, "seed": args.seed, "seconds": round(elapsed, 1)}
    data["problems"] = tally.problems[:50]
    write_json(f"faults-{args.mode}{'-fast' if args.fast else ''}.json", data)
    print(
        f"{_line(tally)} ({tally.kills_by_mode}; {tally.finished_first} runs finished before their kill; "
        f"{tally.temps_after_kill} temporary files right after a kill ({tally.temps_after_kill_out} with --out), "
        f"{tally.temps_after_resume} after "
        f"{tally.resumes} resumed runs; {tally.resume_mismatches} resume mismatches; {elapsed:.0f} s)"
    )
    for problem in tally.problems[:20]:
        print("  " + problem)
    return 0 if tally.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
