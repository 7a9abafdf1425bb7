"""What a run shows: results on stdout as they come (table, JSON or JSONL), and on stderr
the progress bar, notes and the summary.

rich (the terminal tables and the bar) is imported only when something is drawn with it: a
``--format jsonl`` run into a file or a pipe never imports it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .findings import ScanResult, Verdict
from .inputs.items import Item, count_files
from .report import Summary, clean_for_terminal, has_colour, table_entry, to_json_line

if TYPE_CHECKING:
    from rich.console import Console


class Output:
    """Writes results as they come, in the chosen format, to stdout; the progress bar, the
    summary and notes go to stderr. Always: ``scan DIR --format jsonl > out.jsonl`` gets every
    line whatever stderr is, and on one shared terminal results are printed above the bar."""

    def __init__(self, fmt: str, quiet: bool, *, dry_run: bool = False, show_ok: bool = True):
        self.fmt = fmt
        self.quiet = quiet
        self.dry_run = dry_run
        self.show_ok = show_ok
        self.summary = Summary()
        self._first = True
        self._progress: Any = None
        self._task: Any = None
        self._last_file: Path | None = None
        if fmt == "json":
            self._write("[\n")

    @cached_property
    def console(self) -> Console:
        """stdout, for the table."""
        from rich.console import Console

        console = Console(highlight=False)
        # A file or a pipe is not 80 columns wide: its lines stay whole (wrapped only on a terminal).
        console.soft_wrap = not console.is_terminal
        return console

    @cached_property
    def err(self) -> Console:
        """stderr, for the bar, notes and the summary."""
        from rich.console import Console

        return Console(stderr=True, highlight=False, soft_wrap=True)

    def start_progress(self, paths: tuple[str, ...]) -> None:
        """Start a progress bar on stderr (files, files/s, ETA): folders, on a terminal, unless --quiet."""
        if self.quiet or not any(p != "-" and Path(p).is_dir() for p in paths) or not _may_be_terminal(sys.stderr):
            return
        if not self.err.is_terminal:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files  {task.fields[rate]}"),
            TimeRemainingColumn(),
            console=self.err,
            transient=True,
            # rich's default sends whatever is written to sys.stdout to the bar's console
            # (stderr): results would leave stdout, and a redirect or a pipe would get nothing.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._progress.add_task("scan", total=count_files(paths), rate="")
        self._progress.start()

    def stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    @contextlib.contextmanager
    def _above_bar(self) -> Iterator[None]:
        """Clear the bar while writing to stdout when both are on a terminal (the bar comes back
        below what was written); elsewhere the two streams never meet and nothing is paused."""
        if self._progress is None or not self.console.is_terminal:
            yield
            return
        self._progress.stop()  # transient: erased
        try:
            yield
        finally:
            self._progress.start()

    def _write(self, text: str) -> None:
        with self._above_bar():
            sys.stdout.write(text)
            sys.stdout.flush()

    def note(self, text: str) -> None:
        """A dim line on stderr (above the bar, if one runs); ``text`` is never read as markup."""
        self._say(clean_for_terminal(text), "dim")

    def _advance(self, item: Item) -> None:
        if self._progress is None:
            return
        if item.line is not None:  # a line of a .jsonl file: count the file once
            if item.file == self._last_file:
                return
            self._last_file = item.file
        self._progress.advance(self._task)
        task = self._progress.tasks[0]
        if task.elapsed:
            self._progress.update(self._task, rate=f"{task.completed / task.elapsed:.0f}/s")

    def emit(self, item: Item, result: ScanResult, outcome: Any = None) -> None:
        self.summary.add(result)
        if outcome is not None:
            self.summary.add_outcome(item, result, outcome)
        self._advance(item)
        extra = {"redaction": outcome.to_dict()} if outcome is not None else None
        if self.fmt == "jsonl":
            self._write(to_json_line(result, extra) + "\n")
        elif self.fmt == "json":
            self._write(("" if self._first else ",\n") + to_json_line(result, extra))
        else:
            self._table(item, result, outcome)
        self._first = False

    def _table(self, item: Item, result: ScanResult, outcome: Any) -> None:
        if outcome is not None and outcome.action == "stdout" and not self.dry_run:
            # A post given as --text or on stdin: print the clean post itself (pipe-friendly).
            clean = outcome.redacted_text or ""
            if self.console.is_terminal:  # exact when piped; never raw escape sequences on a terminal
                clean = clean_for_terminal(clean, keep_newlines=True)
            self._write(clean + ("" if clean.endswith("\n") else "\n"))
            if not self.quiet and result.findings:
                kinds = ", ".join(f.kind.value for f in result.findings)
                self.err.print(f"masked {len(result.findings)} finding(s): {kinds}", markup=False)
            return
        if not self.show_ok and result.verdict is Verdict.OK and not result.findings and result.checked:
            return  # many items: list only what needs attention; the summary counts the rest
        note = describe(outcome, result) if outcome is not None else None
        entry = table_entry(
            result,
            post_text=item.text,
            note=note,
            colour=has_colour(self.console),
            wrap=not self.console.soft_wrap,
        )
        with self._above_bar():
            self.console.print(entry)

    def close(self, *, interrupted: bool = False, error: str | None = None) -> None:
        """End the output: close a JSON array, then the summary (or why the run stopped) on stderr."""
        if self.fmt == "json":
            self._write("]\n" if self._first else "\n]\n")
        sys.stdout.flush()
        if error is not None:  # fatal for the run: the error itself first, and what was done before it
            self._say(f"Error: {clean_for_terminal(error)}")  # a path can hold a hostile name
            if self.summary.items:
                self._say(f"stopped after {self.summary.line()}")
        elif interrupted:
            self._say(f"interrupted: {self.summary.line()}")
        elif not self.quiet and (self.fmt == "table" or sys.stderr.isatty()):
            self._say(self.summary.line(), "dim")
            lines = self.summary.skipped_lines()
            if lines:
                self._say("skipped: " + "\n         ".join(lines), "dim")

    def _say(self, text: str, style: str = "") -> None:
        """A line on stderr; ``text`` is never read as markup."""
        from rich.text import Text

        self.err.print(Text(text, style=style))


def describe(outcome: Any, result: ScanResult) -> str:
    """What was done with an item's clean copy (or why there is none), in words for the table."""
    left = f" ({outcome.note})" if outcome.note else ""  # e.g. a post file's line left blank
    if outcome.action == "error":
        if outcome.error == result.error:  # its reason is already shown
            return "not redacted: no clean copy of what could not be checked" + left
        return f"not redacted: {clean_for_terminal(outcome.error or '')}" + left
    if outcome.action == "stdout":
        return "would become: " + clean_for_terminal(outcome.redacted_text or "")
    # A copy that still holds something is never called clean, nor "nothing to remove".
    held = ", ".join(f"{kind} ({where})" if where else kind for kind, where in outcome.holds or ())
    clean = "copy" if held else "clean copy"
    parts = {
        "up-to-date": f"{clean} already up to date: {outcome.output}",
        "written": f"{clean} written: {outcome.output}",
        "copied": f"copied unchanged: {outcome.output}" if held else f"nothing to remove, copied: {outcome.output}",
        "unchanged": "left as is" if held else "nothing to remove, left as is",
        "would-write": f"would write a {clean}",
        "would-copy": "would copy it unchanged" if held else "nothing to remove",
    }
    text = parts.get(outcome.action, outcome.action)
    if outcome.redacted_text is not None and outcome.changed:
        text += " -> " + clean_for_terminal(outcome.redacted_text)
    if outcome.lossless is not None and outcome.changed:
        text += " (lossless)" if outcome.lossless else " (re-encoded)"
    if outcome.removed:
        text += "; removed: " + ", ".join(outcome.removed)
    if held:
        text += f"; still holds: {held}"
    if outcome.note:
        text += f"; {outcome.note}"
    return text


def _may_be_terminal(stream: Any) -> bool:
    """A first look at whether rich would call ``stream`` a terminal: rich says no whenever this
    does, and a run into a pipe or a file (a hook, a script) never pays rich's import (~30 ms)."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR"):
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
