"""The ``leakscan`` command: scan, redact, serve. A thin front end: options in, a batch run, and
:class:`leakscan.output.Output` for what it shows.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage error
or some items could not be read (the others are still scanned and reported); 130 on Ctrl-C.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from .errors import LeakscanError
from .findings import Verdict
from .inputs.items import Item, Skipped, iter_items
from .output import Output
from .settings import Settings
from .version import __version__

FORMATS = ("table", "json", "jsonl")
EXIT_OK, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

_SETTINGS_HELP = (
    "Settings file (.toml or .json): regions, known private facts, allow-list, limits "
    "(max_file_bytes: the largest file read, 256 MiB by default; raise it for long videos: "
    "a clean copy needs about twice the file in memory)."
)


def _settings(
    settings_file: Path | None, regions: tuple[str, ...], model: str | None, no_pixels: bool = False
) -> Settings:
    settings = Settings.load(settings_file) if settings_file else Settings()
    changes: dict[str, Any] = {}
    if no_pixels:
        changes["pixels"] = False
    if regions:
        changes["regions"] = [r for value in regions for r in value.split(",") if r.strip()]
    if model:
        changes["model"] = model
    return settings.merged(changes)


def common_options(func: Any) -> Any:
    """Options shared by scan and redact."""
    for option in reversed(
        [
            click.argument("paths", nargs=-1, type=str, metavar="[PATH]..."),
            click.option("--text", "text", default=None, help="Scan this post text instead of (or as well as) files."),
            click.option(
                "--format",
                "fmt",
                type=click.Choice(FORMATS),
                default="table",
                show_default=True,
                help="table: for people; json: one array; jsonl: one JSON object per item per line (nothing else on stdout).",
            ),
            click.option(
                "--settings",
                "settings_file",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help=_SETTINGS_HELP,
            ),
            click.option(
                "--region",
                "regions",
                multiple=True,
                help="Phone region(s) to look for, e.g. US or GB (repeat or comma-separate). Default: US,GB,CA,AU,IN,IE,NZ,ZA.",
            ),
            click.option(
                "--model", default=None, help="spaCy pipeline for names and places (default leakscan-kid-ner, our own)."
            ),
            click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (results only)."),
            click.option(
                "--no-pixels",
                is_flag=True,
                help="Photos: read the metadata only, not what the picture shows (text, QR codes, faces). "
                "Faster; the setting pixels = false does the same.",
            ),
            click.option(
                "-j",
                "--jobs",
                type=click.IntRange(min=1),
                default=None,
                help="Worker processes (default: one per 100 files, at most one per free core, i.e. the cores "
                "less the 1-minute load average; a single item, under 200 files or a busy machine: one process, "
                "as workers would cost more to start than they save). With --engine dask: all cores.",
            ),
            click.option(
                "--engine",
                type=click.Choice(["local", "dask"]),
                default="local",
                show_default=True,
                help="local: a worker pool on this machine; dask: a Dask cluster (pip install 'leakscan[dask]').",
            ),
            click.option(
                "--scheduler",
                metavar="ADDRESS",
                default=None,
                help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 (default: start a local cluster).",
            ),
            click.option(
                "--report",
                "report_path",
                type=click.Path(dir_okay=False, path_type=Path),
                default=None,
                help="Also write a self-contained HTML report a parent can read (riskiest first, values masked).",
            ),
            click.option(
                "--lines",
                is_flag=True,
                help="Text files (.txt, .md...) and standard input hold one post per line: every non-blank "
                "line is its own post, reported as FILE:LINE, and clean copies keep the lines and their "
                "endings. Default: a whole text file is one post.",
            ),
        ]
    ):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="leakscan")
def cli() -> None:
    """Find what gives a child away in posts and photos, and warn or redact it.

    \b
    PATH can be an image or video (recognised by its content), a .txt/.md file (one post;
    with --lines every non-blank line is a post), a .jsonl file (one {"id": ..., "text": ...}
    post per line), a folder (walked recursively), or - for a post on standard input.

    \b
    Examples:
      leakscan scan samples/
      leakscan scan --text "call me on five five five 0134"
      leakscan redact --dry-run photos/
      leakscan redact photos/ --out clean/ --report report.html

    Nothing is sent anywhere: leakscan works offline.
    """


@cli.command()
@common_options
@click.option(
    "--fail-on",
    type=click.Choice(["warn", "block"]),
    default="warn",
    show_default=True,
    help="Exit with code 1 when any item's verdict is at or above this.",
)
def scan(
    paths: tuple[str, ...],
    text: str | None,
    fmt: str,
    settings_file: Path | None,
    regions: tuple[str, ...],
    model: str | None,
    quiet: bool,
    no_pixels: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    report_path: Path | None,
    lines: bool,
    fail_on: str,
) -> None:
    """Scan posts and photos and report what gives a child away. Changes nothing.

    Exit code 0: nothing at or above --fail-on; 1: something is; 2: some items could not be
    read, or a usage error.
    """
    settings = _load_settings(settings_file, regions, model, no_pixels)
    _require_input(paths, text)
    run = _Run(paths, text, settings, fmt, quiet, jobs, engine, scheduler, report_path, lines=lines)
    worst = run.execute()
    if run.out.summary.problems:  # some item could not be (fully) checked: never "nothing found"
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FOUND if worst is not Verdict.OK and worst.rank >= Verdict(fail_on).rank else EXIT_OK)


@cli.command()
@common_options
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write clean copies here (mirrors the input paths).",
)
@click.option("--in-place", is_flag=True, help="Replace the originals with clean copies (atomically).")
@click.option("--dry-run", is_flag=True, help="Show what would be flagged or changed; write nothing.")
@click.option(
    "--style",
    type=click.Choice(["placeholder", "mask"]),
    default="placeholder",
    show_default=True,
    help="How text is masked: [PHONE] placeholders, or * for every character.",
)
@click.option(
    "--only",
    type=click.Choice(["all", "gps"]),
    default="all",
    show_default=True,
    help="Photos: remove all identifying metadata, or only the location (keeps camera data).",
)
@click.option("--drop-icc", is_flag=True, help="Photos: also drop the ICC colour profile (kept by default).")
@click.option(
    "--blur-faces",
    is_flag=True,
    help="Photos: pixelate the faces the picture shows too (text and QR codes in it are always covered).",
)
def redact(
    paths: tuple[str, ...],
    text: str | None,
    fmt: str,
    settings_file: Path | None,
    regions: tuple[str, ...],
    model: str | None,
    quiet: bool,
    no_pixels: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    report_path: Path | None,
    lines: bool,
    out_dir: Path | None,
    in_place: bool,
    dry_run: bool,
    style: str,
    only: str,
    drop_icc: bool,
    blur_faces: bool,
) -> None:
    """Mask what gives a child away: text spans become [KIND], photo metadata is stripped.

    Posts given with --text or - are printed masked. Files need --out DIR (clean copies,
    originals untouched) or --in-place; --dry-run shows what would change and writes nothing.
    Photos are stripped losslessly where the format allows; what a photo shows (a phone number,
    an address, a QR code; faces too with --blur-faces) is covered in its pixels, and such a copy
    is re-encoded and read again: nothing covered may read back. Every clean copy is re-read and
    refused if any location, owner or serial number survived; what a copy still holds (with
    --only gps: the camera owner, a comment...) is listed as "still holds". Re-running into the
    same --out skips a photo whose copy was made from the same original with the same options
    by this version; any other copy is redone. With --lines, a text file's clean copy keeps its
    lines; a line (or a .jsonl line) that could not be read is left blank in it.

    Exit code 0: done; 2: some items could not be read or cleaned, or a usage error.
    """
    from .batch import RedactConfig

    settings = _load_settings(settings_file, regions, model, no_pixels)
    _require_input(paths, text)
    if out_dir and in_place:
        raise click.UsageError("give either --out DIR or --in-place, not both")
    if any(p != "-" for p in paths) and not (out_dir or in_place or dry_run):
        raise click.UsageError("files need --out DIR (clean copies) or --in-place; or use --dry-run to preview")
    if out_dir is not None:
        _check_out_dir(out_dir, paths)
    config = RedactConfig(
        out=str(out_dir) if out_dir else None,
        in_place=in_place,
        dry_run=dry_run,
        style=style,
        only_gps=only == "gps",
        keep_icc=not drop_icc,
        blur_faces=blur_faces,
    )
    if not dry_run:
        _remove_stale_temps(out_dir, paths if in_place else (), quiet)
    run = _Run(paths, text, settings, fmt, quiet, jobs, engine, scheduler, report_path, redact=config, lines=lines)
    run.execute()
    sys.exit(EXIT_ERROR if run.out.summary.problems else EXIT_OK)


def _remove_stale_temps(out_dir: Path | None, in_place: tuple[str, ...], quiet: bool) -> None:
    """Clear temporary files a killed earlier run left where this run writes (never partial outputs:
    those cannot exist, a clean copy only gets its name when complete)."""
    from .fsutil import remove_stale_temps

    removed = remove_stale_temps(out_dir) if out_dir is not None else 0
    for raw in in_place:
        path = Path(raw)
        if raw == "-":
            continue
        if path.is_dir():
            removed += remove_stale_temps(path)
        elif path.parent.is_dir():
            removed += remove_stale_temps(path.parent, recursive=False, name=path.name)
    if removed and not quiet:
        click.echo(f"removed {removed} temporary file(s) left by an interrupted run", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option(
    "--settings", "settings_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help=_SETTINGS_HELP
)
@click.option("--max-body-bytes", type=click.IntRange(1), help="Largest request body (default 32 MiB).")
@click.option("--max-text-chars", type=click.IntRange(1), help="Longest post text (default 20,000).")
@click.option("--max-image-pixels", type=click.IntRange(1), help="Largest photo, width x height (default 100 million).")
@click.option("--access-log", is_flag=True, help="Log each request's method, path and status (never bodies).")
def serve(
    host: str,
    port: int,
    workers: int,
    settings_file: Path | None,
    max_body_bytes: int | None,
    max_text_chars: int | None,
    max_image_pixels: int | None,
    access_log: bool,
) -> None:
    """Run the HTTP service apps call before a post goes out, with a demo page at /.

    POST /v1/check (a post: text and photos), POST /v1/clean-image (one photo), GET /healthz;
    the API schema is at /openapi.json. Needs the serve extra: pip install 'leakscan[serve]'.
    """
    try:
        import uvicorn  # noqa: F401

        from . import server
    except ImportError as exc:
        raise click.ClickException(
            f"the HTTP service needs FastAPI and uvicorn ({exc.name} is missing): pip install 'leakscan[serve]'"
        ) from None
    from dataclasses import replace

    try:
        config = server.ServerConfig.from_env()
        changes = {
            "max_body_bytes": max_body_bytes,
            "max_text_chars": max_text_chars,
            "max_image_pixels": max_image_pixels,
            "settings_file": str(settings_file) if settings_file else None,
        }
        config = replace(config, **{k: v for k, v in changes.items() if v is not None})
        config.base_settings()
    except LeakscanError as exc:
        raise click.UsageError(str(exc)) from None
    server.run(host, port, workers=workers, config=config, access_log=access_log)


def _load_settings(
    settings_file: Path | None, regions: tuple[str, ...], model: str | None, no_pixels: bool = False
) -> Settings:
    try:
        return _settings(settings_file, regions, model, no_pixels)
    except LeakscanError as exc:
        raise click.UsageError(str(exc)) from None


def _require_input(paths: tuple[str, ...], text: str | None) -> None:
    if not paths and text is None:
        raise click.UsageError("nothing to scan: give a PATH, - for standard input, or --text TEXT")


def _check_out_dir(out_dir: Path, paths: tuple[str, ...]) -> None:
    """Refuse an output folder that is an input or holds one (clean copies could overwrite it).

    An output folder *inside* an input folder is allowed: the walk skips it.
    """
    target = out_dir.resolve()
    for raw in paths:
        if raw == "-":
            continue
        src = Path(raw).resolve()
        if src == target:
            raise click.UsageError(f"--out {out_dir} is the input folder itself; choose another folder")
        if target in src.parents:
            raise click.UsageError(f"--out {out_dir} contains the input {raw}; choose another folder")


def _default_jobs(paths: tuple[str, ...], engine: str) -> int:
    """--jobs when not given: a Dask cluster gets every core; the local pool a worker per 100
    files, at most one per free core (:func:`leakscan.batch.default_jobs`)."""
    from .batch import FILES_PER_WORKER, default_jobs, free_cores, usable_cores
    from .inputs.items import count_files

    if engine != "local":
        return usable_cores()
    free = free_cores()
    return default_jobs(count_files(paths, limit=FILES_PER_WORKER * free), free)


class _Run:
    """One scan or redact run: items -> batch engine -> output, progress, summary, report."""

    def __init__(
        self,
        paths: tuple[str, ...],
        text: str | None,
        settings: Settings,
        fmt: str,
        quiet: bool,
        jobs: int | None,
        engine: str,
        scheduler: str | None,
        report_path: Path | None,
        *,
        redact: Any = None,
        lines: bool = False,
    ):
        self.paths, self.text, self.settings = paths, text, settings
        self.redact = redact
        self.lines = lines
        self.engine, self.scheduler = engine, scheduler
        single = len(paths) + (text is not None) == 1 and not any(p != "-" and Path(p).is_dir() for p in paths)
        if jobs is None:
            jobs = 1 if single and engine == "local" else _default_jobs(paths, engine)
        self.jobs = jobs
        self.report_path = report_path
        self.out = Output(fmt, quiet, dry_run=bool(redact and redact.dry_run), show_ok=single)

    def items(self) -> Iterator[Item]:
        exclude = [Path(self.redact.out)] if self.redact and self.redact.out else []
        entries = iter_items(
            self.paths,
            text=self.text,
            settings=self.settings,
            exclude=exclude,
            lines=self.lines,
            unique_rel=bool(exclude),  # two inputs never share one clean copy
        )
        for entry in entries:
            if isinstance(entry, Skipped):
                self.out.summary.add_skipped(entry.source, entry.reason)
                continue
            yield entry

    def execute(self) -> Verdict:
        """Run to the end (or Ctrl-C); returns the worst verdict seen."""
        from . import batch

        report = None
        if self.report_path is not None:
            from .htmlreport import HtmlReport

            report = HtmlReport(settings=self.settings)
        worst = Verdict.OK
        self.out.start_progress(self.paths)
        try:
            results = batch.run(
                self.items(),
                self.settings,
                jobs=self.jobs,
                engine=self.engine,
                scheduler=self.scheduler,
                redact=self.redact,
            )
            for item, result, outcome in results:
                self.out.emit(item, result, outcome)
                if report is not None:
                    report.add(item, result, outcome)
                if result.verdict.rank > worst.rank:
                    worst = result.verdict
        except KeyboardInterrupt:
            self.out.stop_progress()
            self.out.close(interrupted=True)
            sys.exit(EXIT_INTERRUPTED)
        except LeakscanError as exc:  # fatal for the run (disk full, no Dask): say it plainly
            self.out.stop_progress()
            self.out.close(error=str(exc))
            sys.exit(exc.exit_code)
        self.out.stop_progress()
        if report is not None and self.report_path is not None:
            report.write(self.report_path, self.out.summary, dry_run=bool(self.redact and self.redact.dry_run))
        self.out.close()
        if report is not None and not self.out.quiet:
            self.out.note(f"report written: {self.report_path}")
        return worst


#: The garbage collector's first threshold in a command-line run (Python's default: 700).
GC_THRESHOLD = 10_000


def main() -> None:
    """Console-script entry point."""
    # A run allocates many small objects that live briefly (a photo's EXIF entries, a post's
    # spans) and die by reference counting, and imports spaCy and the scanners (~100,000
    # objects that live as long as the process, frozen after the model's load): at the default
    # threshold the collector made ~270 passes in a run of 690 photos, ~0.075 s of CPU (one
    # full pass walked spaCy's objects before they were frozen); at this one ~30, ~0.05 s.
    # Reference cycles are rare here and still collected, a little later.
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        cli.main(prog_name="leakscan", standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
