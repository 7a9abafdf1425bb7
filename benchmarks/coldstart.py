"""Cold start: what a pre-commit hook (one short run per commit) and a photo folder pay.

Every number is the median of ``--runs`` runs of a fresh process (the commands compared are
interleaved, so a busy machine slows both alike), as wall seconds and CPU seconds (user +
system of the process and every worker it waited for):

a. ``leakscan scan --text hi`` against a bare ``python -c`` that imports spaCy, loads the same
   pipeline and runs one Doc (the floor: what any spaCy tool pays). Target: ratio <= 1.15.
   Beside them, ``leakscan scan PHOTO`` of one sample photo with a GPS pin and no free text
   (what a pre-commit hook pays per commit for a photo: no spaCy) and ExifTool reading it.
b. ``leakscan scan --no-pixels FOLDER --format jsonl`` (the metadata, as ExifTool reads it) of
   690 photos (10 copies of the corpus camera photos, made in a temp folder) against
   ``exiftool -json -G1 -a -n -r FOLDER``. Target: >= 3x faster. The same on the 69 distinct
   photos (one copy), where nothing repeats: the folder of copies lets leakscan's per-process
   cache of findings per metadata text answer nine copies of every caption from memory.
c. ``import leakscan``: seconds, and whether spaCy (or rich, click, pydantic...) got imported.
d. the default ``--jobs`` against ``--jobs 1`` on a small input (one copy of the photos: 69) and
   the big ones (690 photos; 2,000 posts as .txt and .jsonl files), and a pool worker's start-up.
e. the OCR engine's build in a fresh process (issues 11 and 14: every process that reads a
   picture pays it once), wall and CPU seconds from before the import of ``pixel_text``.

Both sides run as a user runs them: leakscan's console script next to this interpreter (not a
pyenv shim), with compiled bytecode (as pip leaves an install), cached under
``benchmarks/out/pycache`` so the source tree stays untouched. ``--no-bytecode`` measures a
checkout run with ``PYTHONDONTWRITEBYTECODE`` instead (every module compiled on every start).

Run: ``python benchmarks/coldstart.py`` (``--runs 5``; ``--quick`` skips the big folders;
``--photos`` measures only (b), ``--ocr`` only (e); ``--model NAME`` runs leakscan and the bare spaCy with that
pipeline, e.g. ``leakscan-kid-ner``, instead of leakscan's default).
Writes ``benchmarks/out/coldstart.json`` and ``coldstart.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT, corpus_dir, md_table, median, write_json

BIN = Path(sys.executable).parent
#: Where every command runs: not the checkout (``python -c`` would import its leakscan first).
NEUTRAL = tempfile.gettempdir()
#: Modules a cold ``import leakscan`` should not need (each costs import time).
HEAVY = ("spacy", "thinc", "numpy", "rich", "click", "pydantic", "fastapi", "PIL", "phonenumbers", "regex")


def environment(bytecode: bool, tree: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if tree is not None:  # another checkout's leakscan package (its data files still come from the install)
        env["PYTHONPATH"] = os.pathsep.join([str(tree.resolve()), *filter(None, [env.get("PYTHONPATH")])])
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``cmd`` (output discarded; exit 0-2 accepted)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=NEUTRAL, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1, 2) or b"Traceback" in proc.stderr:
        raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def compare(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, dict[str, float]]:
    """Median wall and CPU seconds of each command, the commands interleaved run by run
    (one warm-up run each first: it fills the bytecode cache and the page cache)."""
    for cmd in commands.values():
        run_once(cmd, env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            wall, cpu = run_once(cmd, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {name: {"wall_s": median(walls[name]), "cpu_s": median(cpus[name])} for name in commands}


def default_model(env: dict[str, str]) -> str:
    """The spaCy pipeline the leakscan measured (``--tree`` or the install) loads by default."""
    code = "from leakscan.settings import Settings; print(Settings().model)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=NEUTRAL, check=True)
    return out.stdout.strip()


def bare_spacy(model: str) -> str:
    """``python -c`` code that imports spaCy, loads ``model`` (a pipeline shipped with leakscan
    from its folder) and runs one Doc: what any spaCy tool pays."""
    from leakscan.nlp import SHIPPED

    where = str(ROOT / "models" / SHIPPED[model]) if model in SHIPPED else model
    return f"import spacy; nlp = spacy.load({where!r}); nlp('hi')"


def import_probe(runs: int, env: dict[str, str]) -> dict[str, Any]:
    """``import leakscan`` in a fresh interpreter: median seconds, and which heavy modules it pulled in."""
    probe = (
        "import sys, time; t = time.perf_counter(); import leakscan; s = time.perf_counter() - t; "
        f"print(s, len(sys.modules), ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    secs, mods, heavy = [], [], ""
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=NEUTRAL, check=True
        )
        parts = out.stdout.split()
        secs.append(float(parts[0]))
        mods.append(int(parts[1]))
        heavy = parts[2] if len(parts) > 2 else ""
    return {"import_s": median(secs[1:]), "modules": mods[-1], "heavy_imported": heavy.split(",") if heavy else []}


def worker_startup(runs: int, env: dict[str, str]) -> dict[str, float]:
    """A fresh local pool worker, started as a run starts one: seconds (cumulative, from the
    pool's creation) until it has run a first task, scanned a first photo, scanned a first post."""
    probe = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from leakscan import batch\n"
        "from leakscan.inputs import Item\n"
        "from leakscan.settings import Settings\n"
        "if __name__ == '__main__':\n"
        "    photo = Item(source='p', type='image', path=Path(sys.argv[1]))\n"
        "    post = Item(source='t', type='text', text='me and jake at riverside park')\n"
        "    t = time.perf_counter()\n"
        "    try:\n"
        "        executor = batch._Executor('local', 1, None)\n"
        "    except TypeError:  # a checkout from before issue 14 (its workers also loaded the model)\n"
        "        executor = batch._Executor('local', 1, None, Settings())\n"
        "    with executor as ex:\n"
        "        ex.result(ex.submit(int))\n"
        "        ready = time.perf_counter() - t\n"
        "        ex.result(ex.submit(batch._process_chunk, [photo], Settings(), None))\n"
        "        photo_s = time.perf_counter() - t\n"
        "        ex.result(ex.submit(batch._process_chunk, [post], Settings(), None))\n"
        "        print(ready, photo_s, time.perf_counter() - t)\n"
    )
    sample = str(ROOT / "samples" / "photos" / "park_gps.jpg")
    rows = []
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", probe, sample], capture_output=True, text=True, env=env, cwd=NEUTRAL, check=True
        )
        rows.append([float(v) for v in out.stdout.split()[-3:]])
    rows = rows[1:]
    return {
        "ready_s": median([r[0] for r in rows]),
        "first_photo_s": median([r[1] for r in rows]),
        "first_post_s": median([r[2] for r in rows]),
    }


def ocr_engine_build(runs: int, env: dict[str, str]) -> dict[str, float]:
    """(e) Wall and CPU seconds a fresh process takes to import ``pixel_text`` and build its OCR
    engine (median of ``runs``, after one warm-up run), and the process's peak RSS then."""
    probe = (
        "import resource, time\n"
        "wall, cpu = time.perf_counter(), time.process_time()\n"
        "from leakscan.scanners import pixel_text\n"
        "pixel_text._engine()\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(time.perf_counter() - wall, time.process_time() - cpu, rss)\n"
    )
    rows = []
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=NEUTRAL, check=True
        )
        rows.append([float(v) for v in out.stdout.split()[-3:]])
    rows = rows[1:]
    return {key: median([r[i] for r in rows]) for i, key in enumerate(("wall_s", "cpu_s", "peak_rss_mib"))}


def photo_folder(root: Path, copies: int) -> int:
    """``copies`` copies of the corpus camera photos (the samples when the corpus is absent)."""
    camera = corpus_dir() / "photos" / "camera"
    sources = sorted(p for p in camera.glob("*") if p.is_file()) or sorted(
        p for p in (ROOT / "samples" / "photos").glob("*") if p.is_file()
    )
    for i in range(copies):
        dst = root / f"copy{i:02d}"
        dst.mkdir(parents=True)
        for src in sources:
            shutil.copyfile(src, dst / src.name)
    return copies * len(sources)


def post_folder(root: Path, posts: int) -> int:
    """``posts`` synthetic posts, half as .txt files and half in .jsonl archives (benchmarks/batch.py's)."""
    from batch import make_folder

    return make_folder(root, 0, posts)["files"]


def ratio(slow: dict[str, float], fast: dict[str, float], key: str) -> float:
    return slow[key] / fast[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="only (a), (c) and the small folder")
    parser.add_argument("--no-bytecode", action="store_true", help="PYTHONDONTWRITEBYTECODE, as in a bare checkout")
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument(
        "--tree", type=Path, help="measure the leakscan package of this checkout (e.g. an older commit)"
    )
    parser.add_argument("--name", default="coldstart", help="output file name (default coldstart[-nobytecode])")
    parser.add_argument("--model", help="the spaCy pipeline leakscan and the bare spaCy load (default: leakscan's)")
    parser.add_argument("--photos", action="store_true", help="only (b): the photo folders beside ExifTool")
    parser.add_argument("--ocr", action="store_true", help="only (e): the OCR engine's build in a fresh process")
    args = parser.parse_args()
    env = environment(not args.no_bytecode, args.tree)
    model = args.model or default_model(env)
    model_args = ["--model", args.model] if args.model else []

    def leakscan(*argv: str) -> list[str]:
        return [str(BIN / "leakscan"), *argv, *model_args]

    if shutil.which("exiftool") is None:
        raise SystemExit("exiftool is needed (apt-get install libimage-exiftool-perl)")
    report: dict[str, Any] = {
        "runs": args.runs,
        "bytecode": not args.no_bytecode,
        "cores": os.cpu_count(),
        "tree": str(args.tree or ROOT),
        "model": model,
        "load_average_start": os.getloadavg(),
    }
    lines: list[str] = [
        f"Cold start, median of {args.runs} runs ({'compiled bytecode' if not args.no_bytecode else 'no bytecode cache'}, "
        f"{os.cpu_count()} cores; spaCy pipeline {model}; load average at the start "
        f"{', '.join(f'{v:.1f}' for v in report['load_average_start'])}).\n",
    ]
    step: Callable[[str], None] = lambda what: print(f"... {what}", file=sys.stderr, flush=True)  # noqa: E731
    if args.ocr:
        report["ocr_engine"] = ocr = ocr_engine_build(args.runs, env)
        print(json.dumps(ocr))
        write_json(f"{args.name}-ocr.json", report)
        return
    if not args.photos:
        intro(args, env, report, lines, leakscan, model, step)
    folders_and_jobs(args, env, report, lines, leakscan, step)
    text_out = "\n".join(lines)
    print(text_out)
    name = args.name + ("-nobytecode" if args.no_bytecode else "")
    write_json(f"{name}.json", report)
    (OUT / f"{name}.md").write_text(text_out + "\n", encoding="utf-8")


def intro(
    args: argparse.Namespace,
    env: dict[str, str],
    report: dict[str, Any],
    lines: list[str],
    leakscan: Callable[..., list[str]],
    model: str,
    step: Callable[[str], None],
) -> None:
    """(c) ``import leakscan``, (a) one post and one photo, (e) the OCR engine's build, (d) a pool
    worker's start-up."""
    step("(c) import leakscan")
    report["import"] = imp = import_probe(args.runs, env)
    step("(a) scan --text hi vs bare spaCy; one photo (a pre-commit hook's check) vs ExifTool")
    photo = str(ROOT / "samples" / "photos" / "park_gps.jpg")  # a GPS pin, no free text: no NER
    text = compare(
        {
            "leakscan scan --text hi": leakscan("scan", "--text", "hi"),
            "bare spaCy": [sys.executable, "-c", bare_spacy(model)],
            "leakscan scan PHOTO": leakscan("scan", photo),
            "exiftool -json -G1 -a -n PHOTO": ["exiftool", "-json", "-G1", "-a", "-n", photo],
        },
        args.runs,
        env,
    )
    report["text"] = text
    rows = [[name, r["wall_s"], r["cpu_s"]] for name, r in text.items()]
    a_wall = ratio(text["leakscan scan --text hi"], text["bare spaCy"], "wall_s")
    a_cpu = ratio(text["leakscan scan --text hi"], text["bare spaCy"], "cpu_s")
    report["text_ratio"] = {"wall": a_wall, "cpu": a_cpu}
    lines += [
        "(a) one post, and one photo, whole process:\n",
        md_table(["command", "wall s", "CPU s"], rows),
        f"\nleakscan / bare spaCy: {a_wall:.2f}x wall, {a_cpu:.2f}x CPU (target <= 1.15)\n",
        f"(c) import leakscan: {imp['import_s'] * 1000:.0f} ms, {imp['modules']} modules; "
        f"heavy modules imported: {', '.join(imp['heavy_imported']) or 'none'}\n",
    ]
    step("(e) the OCR engine's build")
    report["ocr_engine"] = ocr = ocr_engine_build(args.runs, env)
    lines.append(
        f"(e) the OCR engine's build in a fresh process (import of pixel_text included): "
        f"{ocr['wall_s']:.2f} s wall, {ocr['cpu_s']:.2f} s CPU, peak RSS {ocr['peak_rss_mib']:.0f} MiB\n"
    )
    step("(d) worker start-up")
    report["worker"] = worker = worker_startup(args.runs, env)
    lines.append(
        f"(d) a pool worker's start-up, from the pool's creation: ready {worker['ready_s']:.2f} s, "
        f"first photo scanned {worker['first_photo_s']:.2f} s, first post {worker['first_post_s']:.2f} s\n"
    )


def folders_and_jobs(
    args: argparse.Namespace,
    env: dict[str, str],
    report: dict[str, Any],
    lines: list[str],
    leakscan: Callable[..., list[str]],
    step: Callable[[str], None],
) -> None:
    """(b) the photo folders beside ExifTool, (d) the default ``--jobs`` against one process."""
    with tempfile.TemporaryDirectory(prefix="leakscan-coldstart-") as tmp:
        small, big, posts = Path(tmp, "small"), Path(tmp, "big"), Path(tmp, "posts")
        sizes = {"small": photo_folder(small, 1)}
        folders = {"small": small}
        if not args.quick:
            sizes["big"] = photo_folder(big, 10)
            folders["big"] = big
        if not (args.quick or args.photos):
            sizes["posts"] = post_folder(posts, args.posts)
            folders["posts"] = posts
        report["folders"] = sizes
        jobs_rows = []
        report["jobs"] = {}
        cores = len(os.sched_getaffinity(0))
        pool = f"--jobs {cores}"
        for name, folder in folders.items():
            step(f"(d) default --jobs vs --jobs 1 on {name} ({sizes[name]} files)")
            photos = name != "posts"
            scan = leakscan("scan", str(folder), "--format", "jsonl", "-q", *(["--no-pixels"] if photos else []))
            cmds = {"default --jobs": scan, "--jobs 1": [*scan, "--jobs", "1"], pool: [*scan, "--jobs", str(cores)]}
            if photos:
                step(f"(b) photos vs ExifTool ({name})")
                cmds["exiftool"] = ["exiftool", "-json", "-G1", "-a", "-n", "-r", str(folder)]
            res = compare(cmds, args.runs, env)
            report["jobs"][name] = res
            jobs_rows.append(
                [
                    f"{name} ({sizes[name]} files)",
                    *(res[c][key] for key in ("wall_s", "cpu_s") for c in ("default --jobs", "--jobs 1", pool)),
                    ratio(res["--jobs 1"], res["default --jobs"], "wall_s"),
                ]
            )
            if photos:
                et, ls = res["exiftool"], res["default --jobs"]
                key = "photos_vs_exiftool" if name == "big" else f"photos_vs_exiftool_{name}"
                report[key] = {"wall": ratio(et, ls, "wall_s"), "cpu": ratio(et, ls, "cpu_s")}
                lines += [
                    f"(b) {sizes[name]} photos ({'10 copies of' if name == 'big' else 'one copy of'} the corpus camera photos, --no-pixels):\n",
                    md_table(["command", "wall s", "CPU s"], [[n, r["wall_s"], r["cpu_s"]] for n, r in res.items()]),
                    f"\nExifTool / leakscan (default --jobs): {ratio(et, ls, 'wall_s'):.2f}x wall, "
                    f"{ratio(et, ls, 'cpu_s'):.2f}x CPU (target >= 3)\n",
                ]
        lines += [
            "(d) default --jobs vs one process:\n",
            md_table(
                [
                    "input",
                    *(f"{c} {m}" for m in ("wall s", "CPU s") for c in ("default", "-j1", f"-j{cores}")),
                    "-j1 / default (wall)",
                ],
                jobs_rows,
            ),
            f"\nload average at the end: {', '.join(f'{v:.1f}' for v in os.getloadavg())} "
            "(the default --jobs counts only free cores)",
        ]


if __name__ == "__main__":
    main()
