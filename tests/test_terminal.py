"""The real command line in a real terminal (a pty), as a user runs it.

Everything else runs the CLI in-process or with pipes, where the progress bar never starts.
Here stderr and stdin are a terminal, so the bar runs, and standard output goes to a file,
a pipe, a terminal of its own, or the same terminal: results must always reach stdout
(``scan DIR --format jsonl > out.jsonl``, ``| wc -l``), the bar and the summary stderr, and
on one shared terminal every result must come out whole, above the bar.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import SAMPLES

from leakscan import Settings
from leakscan.inputs import Item, iter_items

TIMEOUT = 180
COLUMNS = 100
#: Environment variables that change how rich draws (the user's own terminal is simulated).
_RICH_ENV = ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR")
_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


@dataclass
class Run:
    code: int
    stdout: str  # what reached standard output (file, pipe, or a terminal of its own)
    terminal: str  # what the terminal on stderr showed (escape sequences removed)
    raw_terminal: str


def _terminal() -> tuple[int, int]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, COLUMNS, 0, 0))
    return master, slave


def screen(raw: str) -> str:
    """Terminal output as text: escape sequences removed, ``\\r\\n`` as ``\\n``."""
    return _ESCAPE.sub("", raw).replace("\r\n", "\n")


def run_in_terminal(args: list[str], cwd: Path, stdout: str = "file") -> Run:
    """Run ``leakscan ARGS`` with stdin and stderr on a pty; ``stdout``: file, pipe, terminal or same."""
    env = {k: v for k, v in os.environ.items() if k not in _RICH_ENV}
    env["TERM"] = "xterm-256color"
    master, slave = _terminal()
    readers: dict[int, bytearray] = {master: bytearray()}
    out_master = out_slave = None
    out_file = None
    if stdout == "file":
        out_file = open(cwd / "stdout.txt", "wb")  # noqa: SIM115 - closed below
        target: int | object = out_file
    elif stdout == "pipe":
        target = subprocess.PIPE
    elif stdout == "terminal":
        out_master, out_slave = _terminal()
        readers[out_master] = bytearray()
        target = out_slave
    else:
        target = slave
    proc = subprocess.Popen(
        [sys.executable, "-m", "leakscan", *args],
        cwd=cwd,
        stdin=slave,
        stdout=target,  # type: ignore[arg-type]
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    if out_slave is not None:
        os.close(out_slave)
    if proc.stdout is not None:
        readers[proc.stdout.fileno()] = bytearray()
    deadline = time.monotonic() + TIMEOUT
    open_fds = set(readers)
    try:
        while open_fds:
            if time.monotonic() > deadline:
                raise AssertionError(f"leakscan {' '.join(args)} did not finish in {TIMEOUT} s")
            ready, _, _ = select.select(list(open_fds), [], [], 1.0)
            for fd in ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:  # EIO: the terminal's last writer is gone
                    data = b""
                if data:
                    readers[fd] += data
                else:
                    open_fds.discard(fd)
        code = proc.wait(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
        if out_master is not None:
            os.close(out_master)
        if out_file is not None:
            out_file.close()
    raw = readers[master].decode("utf-8", "replace")
    if stdout == "file":
        out = (cwd / "stdout.txt").read_text(encoding="utf-8")
    elif stdout == "pipe":
        assert proc.stdout is not None
        out = readers[proc.stdout.fileno()].decode("utf-8")
        proc.stdout.close()
    elif stdout == "terminal":
        assert out_master is not None
        out = screen(readers[out_master].decode("utf-8", "replace"))
    else:
        out = screen(raw)
    return Run(code, out, screen(raw), raw)


def json_lines(text: str) -> list[dict]:
    """The JSON objects among ``text``'s lines (on a terminal, what follows the last ``\\r``)."""
    out = []
    for line in text.split("\n"):
        line = line.rsplit("\r", 1)[-1].strip()
        if line.startswith("{"):
            out.append(json.loads(line))
    return out


#: Where the output goes is the question, not what is found: every scanner but NER (loading
#: spaCy was half of every run), and no pixel models (--no-pixels, a third of what was left).
#: The phone number, the e-mail address and the photo's GPS are still found.
FAST = 'scanners = ["phone", "email", "handle", "address", "school", "age", "photo_metadata"]\n'


@pytest.fixture(scope="module")
def album(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A folder of the sample posts (one per file and a .jsonl), photos and a file it skips."""
    root = tmp_path_factory.mktemp("term") / "album"
    shutil.copytree(SAMPLES / "posts", root / "posts")
    shutil.copy(SAMPLES / "posts.jsonl", root / "posts.jsonl")
    for name in ("park_gps.jpg", "clean.jpg", "owner_serial_thumb.jpg"):
        shutil.copy(SAMPLES / "photos" / name, root / name)
    (root / "notes.csv").write_text("not,a,post\n", encoding="utf-8")
    (root.parent / "fast.toml").write_text(FAST, encoding="utf-8")
    expected = [i.source for i in iter_items([str(root)], settings=Settings()) if isinstance(i, Item)]
    return root, expected


def _args(command: str, root: Path, fmt: str, out: Path) -> list[str]:
    settings = root.parent / "fast.toml"  # written with the album
    args = [command, str(root), "--format", fmt, "-j", "1", "--no-pixels", "--settings", str(settings)]
    return [*args, "--out", str(out)] if command == "redact" else args


def _check_results(run: Run, fmt: str, expected: list[str]) -> None:
    if fmt == "jsonl":
        assert sorted(r["source"] for r in json_lines(run.stdout)) == sorted(expected)
    elif fmt == "json":
        assert sorted(r["source"] for r in json.loads(run.stdout)) == sorted(expected)
    else:
        # A folder lists what needs attention: every post and photo with findings, by name.
        for name in ("05_new_number.txt", "park_gps.jpg", "posts.jsonl:3"):
            assert name in run.stdout


@pytest.mark.parametrize(
    ("command", "fmt", "stdout"),
    [
        ("scan", "jsonl", "file"),
        ("scan", "json", "file"),
        ("scan", "table", "file"),
        ("scan", "jsonl", "pipe"),
        ("redact", "jsonl", "file"),
        ("redact", "json", "file"),
        ("redact", "table", "file"),
        ("redact", "jsonl", "pipe"),
    ],
)
def test_results_reach_stdout_while_the_bar_runs_on_the_terminal(album, tmp_path, command, fmt, stdout):
    root, expected = album
    run = run_in_terminal(_args(command, root, fmt, tmp_path / "clean"), tmp_path, stdout)
    assert "scanning" in run.terminal  # the progress bar did run on the terminal
    assert "items scanned" in run.terminal  # and the summary went there
    _check_results(run, fmt, expected)
    assert "items scanned" not in run.stdout and "scanning" not in run.stdout
    for source in expected:  # no result on stderr
        assert source not in run.terminal
    assert "\x1b" not in run.stdout  # a file or pipe gets no escape sequences
    assert run.code == (1 if command == "scan" else 0)
    if command == "redact":
        assert (tmp_path / "clean" / "posts" / "05_new_number.txt").is_file()


@pytest.mark.parametrize(
    ("command", "fmt"), [("scan", "jsonl"), ("scan", "json"), ("scan", "table"), ("redact", "table")]
)
def test_stdout_on_a_terminal_of_its_own(album, tmp_path, command, fmt):
    root, expected = album
    run = run_in_terminal(_args(command, root, fmt, tmp_path / "clean"), tmp_path, "terminal")
    assert "scanning" in run.terminal
    _check_results(run, fmt, expected)
    for source in expected:
        assert source not in run.terminal


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_one_terminal_for_everything_results_above_the_bar(album, tmp_path, fmt):
    root, expected = album
    run = run_in_terminal(_args("scan", root, fmt, tmp_path), tmp_path, "same")
    assert "scanning" in run.terminal
    _check_results(run, fmt, expected)
    # The bar is gone at the end (it only ever sat below the results); the summary comes after them.
    lines = [ln.rsplit("\r", 1)[-1] for ln in run.stdout.split("\n")]
    (end,) = [i for i, ln in enumerate(lines) if "items scanned" in ln]
    assert not any("scanning" in ln for ln in lines[end:])
    assert "05_new_number.txt" in "\n".join(lines[:end])
    if fmt == "jsonl":  # every line whole: no bar drawn into a result
        lines = [ln.rsplit("\r", 1)[-1] for ln in run.stdout.split("\n") if "{" in ln]
        assert len(lines) == len(expected)
        assert all(ln.startswith('{"source"') and ln.endswith("}") for ln in lines)


@pytest.mark.parametrize(
    ("post", "highlighted", "ner"),
    [
        ("mrs patterson gave us sooo much homework ugh", ["patterson"], True),
        # a phone number, and a score that is none: no name in them, so no NER (spaCy's load
        # was half the run)
        ("text me on 217 555 0134 after school", ["217 555 0134"], False),
        ("we won 3-2 today", [], False),
    ],
)
def test_the_highlight_covers_exactly_the_finding(tmp_path, post, highlighted, ner):
    settings = [] if ner else ["--settings", str(tmp_path / "fast.toml")]
    (tmp_path / "fast.toml").write_text(FAST, encoding="utf-8")
    run = run_in_terminal(["scan", "--text", post, *settings], tmp_path, "same")
    # What is drawn black on a colour (the highlight), up to the next reset.
    marked = re.findall(r"\x1b\[30;4[13]m(.*?)\x1b\[0m", run.raw_terminal)
    assert marked == highlighted
    if highlighted:  # the whole post, once its colours and the kind labels are gone
        assert post in re.sub(r"\[[A-Z_]+\]", "", screen(run.raw_terminal))
