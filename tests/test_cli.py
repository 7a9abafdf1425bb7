"""The command line, run in-process: formats, exit codes, dry runs, clean copies, bad input."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, no_ner_settings

from leakscan.cli import cli

PHONE_POST = "text me on 217 555 0134 after school"
CLEAN_POST = "we won 3-2 today, best game ever"


def run(cli_runner, *args, input=None):
    return cli_runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_help_explains(cli_runner):
    res = run(cli_runner, "--help")
    assert res.exit_code == 0 and "offline" in res.output
    for cmd in ("scan", "redact"):
        res = run(cli_runner, cmd, "--help")
        assert (
            res.exit_code == 0 and "--format" in res.output and "Exit code" in res.output
        ) or "--dry-run" in res.output


def test_scan_text_table_exit_1(cli_runner):
    res = run(cli_runner, "scan", "--text", PHONE_POST)
    assert res.exit_code == 1
    flat = " ".join(res.output.split())  # the table wraps to the terminal width
    assert "PHONE" in flat and "call or text you" in flat and "BLOCK" in flat


def test_scan_clean_text_exit_0(cli_runner):
    res = run(cli_runner, "scan", "--text", CLEAN_POST)
    assert res.exit_code == 0, res.output
    assert "OK" in res.output


def test_fail_on_block_ignores_warnings(cli_runner):
    res = run(cli_runner, "scan", "--text", "im 11 lol", "--fail-on", "block", "--format", "jsonl")
    (line,) = jsonl(res.output)
    assert line["verdict"] == "warn" and res.exit_code == 0


def test_jsonl_contract_and_offsets(cli_runner):
    res = run(cli_runner, "scan", "--format", "jsonl", "--text", PHONE_POST)
    (line,) = jsonl(res.output)
    assert set(line) == {"source", "id", "type", "verdict", "findings", "error"}
    assert (line["source"], line["type"], line["verdict"], line["error"]) == ("<text>", "text", "block", None)
    (finding,) = line["findings"]
    assert PHONE_POST[finding["start"] : finding["end"]] == finding["text"] == "217 555 0134"
    assert {"kind", "field", "text", "start", "end", "severity", "confidence", "scanner", "message"} <= set(finding)


def test_json_format_is_one_array(cli_runner):
    res = run(cli_runner, "scan", "--format", "json", "--text", CLEAN_POST)
    data = json.loads(res.output)
    assert isinstance(data, list) and data[0]["verdict"] == "ok"


def test_stdin(cli_runner):
    res = run(cli_runner, "scan", "-", "--format", "jsonl", input=PHONE_POST)
    (line,) = jsonl(res.output)
    assert line["source"] == "-" and line["findings"][0]["kind"] == "PHONE"


def test_jsonl_file_with_bad_lines_exit_2_and_others_scanned(cli_runner, tmp_path):
    p = tmp_path / "posts.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": PHONE_POST})
        + "\n{broken\n"
        + json.dumps({"id": "c", "text": CLEAN_POST})
        + "\n",
        encoding="utf-8",
    )
    res = run(cli_runner, "scan", str(p), "--format", "jsonl")
    assert res.exit_code == 2
    lines = jsonl(res.output)
    assert [(ln["id"], ln["source"].rsplit(":", 1)[1], ln["error"]) for ln in lines] == [
        ("a", "1", None),
        (None, "2", "line is not valid JSON"),
        ("c", "3", None),
    ]
    assert "Traceback" not in res.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan"], "nothing to scan"),
        (["scan", "--text", "x", "--region", "UK"], "the United Kingdom is 'GB'"),
        (["scan", "--text", "x", "--format", "xml"], "Invalid value for '--format'"),
        (["redact", "somefile.txt"], "--out DIR"),
    ],
)
def test_usage_errors_exit_2(cli_runner, args, message):
    res = cli_runner.invoke(cli, args)
    assert res.exit_code == 2
    assert message in res.output


def test_binary_garbage_is_one_error_line(cli_runner, tmp_path):
    p = tmp_path / "garbage.bin"
    p.write_bytes(bytes(range(256)) * 4)
    res = run(cli_runner, "scan", str(p), "--format", "jsonl")
    (line,) = jsonl(res.output)
    assert res.exit_code == 2 and line["error"] and "Traceback" not in res.output


def test_redact_text_prints_masked_post(cli_runner):
    res = run(cli_runner, "redact", "--text", PHONE_POST)
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0] == "text me on [PHONE] after school"


def test_redact_mask_style_via_stdin(cli_runner):
    res = run(cli_runner, "redact", "-", "--style", "mask", input=PHONE_POST)
    assert res.stdout.splitlines()[0] == "text me on *** *** **** after school"


def test_redact_files_out_dry_run_and_in_place(cli_runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    post = src / "post.txt"
    post.write_text(PHONE_POST + "\n", encoding="utf-8")
    clean = src / "clean.txt"
    clean.write_text(CLEAN_POST, encoding="utf-8")
    posts = src / "posts.jsonl"
    posts.write_text(
        json.dumps({"id": 1, "text": PHONE_POST, "lang": "en"})
        + "\n\n"
        + json.dumps({"id": 2, "text": CLEAN_POST})
        + "\n",
        encoding="utf-8",
    )
    before = {p.name: p.read_bytes() for p in src.iterdir()}

    # Dry run: shows, writes nothing.
    out = tmp_path / "out"
    res = run(cli_runner, "redact", str(src), "--out", str(out), "--dry-run")
    assert res.exit_code == 0 and not out.exists()
    assert "would write a clean copy" in res.output

    res = run(cli_runner, "redact", str(src), "--out", str(out))
    assert res.exit_code == 0, res.output
    assert (out / "post.txt").read_text(encoding="utf-8") == "text me on [PHONE] after school\n"
    assert (out / "clean.txt").read_text(encoding="utf-8") == CLEAN_POST
    lines = (out / "posts.jsonl").read_text(encoding="utf-8").split("\n")
    assert json.loads(lines[0]) == {"id": 1, "text": "text me on [PHONE] after school", "lang": "en"}
    assert lines[1] == "" and json.loads(lines[2]) == {"id": 2, "text": CLEAN_POST}
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before  # originals untouched
    assert not list(out.rglob("*.leakscan-tmp"))

    res = run(cli_runner, "redact", str(post), "--in-place")
    assert res.exit_code == 0
    assert post.read_text(encoding="utf-8") == "text me on [PHONE] after school\n"


def test_redact_refuses_output_that_is_or_holds_the_input(cli_runner, tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    res = cli_runner.invoke(cli, ["redact", str(tmp_path), "--out", str(tmp_path)])
    assert res.exit_code == 2 and "input folder itself" in res.output
    res = cli_runner.invoke(cli, ["redact", str(tmp_path / "a.txt"), "--out", str(tmp_path)])
    assert res.exit_code == 2 and "contains the input" in res.output


def test_output_inside_input_is_skipped_not_recursed(cli_runner, tmp_path):
    (tmp_path / "post.txt").write_text(PHONE_POST, encoding="utf-8")
    out = tmp_path / "clean"
    for _ in range(2):  # the second run must not scan the first run's output
        res = run(cli_runner, "redact", str(tmp_path), "--out", str(out), "--format", "jsonl")
        assert res.exit_code == 0
        assert [ln["source"] for ln in jsonl(res.output)] == [str(tmp_path / "post.txt")]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["post.txt"]


def test_control_characters_never_reach_the_terminal(cli_runner):
    res = run(cli_runner, "scan", "--text", "call \x1b[2J217 555 0134\x1b]0;pwned\x07")
    assert "\x1b" not in res.output and "\x07" not in res.output


# -- what could not be checked never reads as safe ----------------------------------------------


def _missing(tmp_path):
    return tmp_path / "gone.jpg"


def _broken_link(tmp_path):
    link = tmp_path / "link.jpg"
    link.symlink_to(tmp_path / "nowhere.jpg")
    return link


def _no_permission(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    p = tmp_path / "locked.txt"
    p.write_text(PHONE_POST, encoding="utf-8")
    p.chmod(0)
    return p


def _broken_image(tmp_path):
    p = tmp_path / "broken.gif"
    p.write_bytes(b"GIF89a")  # a GIF signature and nothing else
    return p


def _not_text(tmp_path):
    p = tmp_path / "post.txt"
    p.write_bytes(b"caf\xe9 at 3")  # Latin-1, not UTF-8
    return p


UNREADABLE = [
    pytest.param(_missing, "cannot read", id="missing"),
    pytest.param(_broken_link, "cannot read", id="broken-link"),
    pytest.param(_no_permission, "cannot read", id="no-permission"),
    pytest.param(_broken_image, "not a GIF file", id="broken-image"),
    pytest.param(_not_text, "not valid UTF-8", id="not-utf8"),
]


@pytest.mark.parametrize(("make", "reason"), UNREADABLE)
def test_an_unreadable_item_is_never_ok(cli_runner, tmp_path, make, reason):
    bad = str(make(tmp_path))
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN_POST, encoding="utf-8")

    res = run(cli_runner, "scan", bad, str(clean))
    assert res.exit_code == 2
    (head,) = [ln for ln in res.stdout.splitlines() if ln.endswith(bad)]
    assert head.startswith("BLOCK")
    assert f"not checked: {reason}" in res.stdout
    assert "OK" not in res.stdout.replace(str(clean), "")
    # Counted apart, never as ok (the clean post is the one ok).
    assert "1 ok, 0 warn, 0 block, 1 could not be checked" in res.stderr

    for fmt in ("json", "jsonl"):
        res = run(cli_runner, "scan", bad, str(clean), "--format", fmt)
        items = json.loads(res.stdout) if fmt == "json" else jsonl(res.stdout)
        (item,) = [i for i in items if i["source"] == bad]
        assert item["verdict"] == "block" and reason in item["error"]
        assert res.exit_code == 2


@pytest.mark.parametrize("fail_on", ["warn", "block"])
def test_an_unreadable_item_exits_2_whatever_fail_on(cli_runner, tmp_path, fail_on):
    res = run(cli_runner, "scan", str(tmp_path / "gone.txt"), "--fail-on", fail_on, "--format", "jsonl")
    assert res.exit_code == 2


def _partly_checked():
    """A real photo's result, as the core reports one it could read only in part."""
    from dataclasses import replace

    from leakscan import scan_image
    from leakscan.media.base import RawMetadata
    from leakscan.photos import incomplete_reason

    meta = RawMetadata(format="JPEG")
    meta.incomplete.append("XMP not well-formed")
    result = scan_image(SAMPLES / "photos" / "park_gps.jpg")
    assert result.checked and any(f.kind.value == "GPS" for f in result.findings)
    return replace(result, error=incomplete_reason(meta))


def test_a_partly_checked_photo_shows_its_findings_and_what_was_not_checked():
    import io

    from rich.console import Console

    from leakscan.report import Summary, table_entry

    result = _partly_checked()
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(table_entry(result, colour=False, wrap=False))
    shown = console.file.getvalue()
    assert shown.startswith("BLOCK")
    assert "not fully checked: XMP not well-formed" in shown
    assert "GPS (high)" in shown
    summary = Summary()
    summary.add(result)
    assert (summary.unchecked, dict(summary.by_verdict), summary.by_kind["GPS"]) == (1, {}, 1)
    assert "0 ok, 0 warn, 0 block, 1 could not be checked" in summary.line()


# -- the table, piped or on a terminal ---------------------------------------------------------------

LONG_POST = "so today me and mrs patterson went all the way across town to the big library and then " * 2


def test_table_piped_to_a_file_is_not_wrapped(cli_runner):
    res = run(cli_runner, "scan", "--text", LONG_POST.strip() + " text me on 217 555 0134")
    post_lines = [ln for ln in res.stdout.splitlines() if "library" in ln]
    assert len(post_lines) == 1 and len(post_lines[0]) > 160  # the whole post on one line
    messages = [ln for ln in res.stdout.splitlines() if "call or text you" in ln]
    assert messages and messages[0].rstrip().endswith("call or text you.")


@pytest.mark.parametrize(
    ("post", "marked"),
    [
        ("mrs patterson gave us sooo much homework ugh", "mrs [PERSON: patterson] gave us"),
        ("text me on 217 555 0134 after school", "text me on [PHONE: 217 555 0134] after school"),
        ("we won 3-2 today", None),
    ],
)
def test_without_colour_brackets_mark_exactly_the_finding(cli_runner, post, marked):
    res = run(cli_runner, "scan", "--text", post)
    if marked is None:
        assert "[" not in res.stdout
    else:
        assert marked in res.stdout


# -- the summary: skipped files named, clean copies counted by file -----------------------------


def test_skipped_files_are_named(cli_runner, tmp_path):
    (tmp_path / "post.txt").write_text(CLEAN_POST, encoding="utf-8")
    for name in ("notes.csv", "slides.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 not a post")
    (tmp_path / "elsewhere.jpg").symlink_to(tmp_path / "post.txt")
    res = run(cli_runner, "scan", str(tmp_path))
    assert res.exit_code == 0
    assert "3 files skipped" in res.stderr
    err = res.stderr
    assert "notes.csv: not an image, video, text or .jsonl file" in err
    assert "slides.pdf" in err and "elsewhere.jpg: symbolic link (not followed)" in err


def test_many_skipped_files_are_named_up_to_a_limit(cli_runner, tmp_path):
    (tmp_path / "post.txt").write_text(CLEAN_POST, encoding="utf-8")
    for i in range(25):
        (tmp_path / f"sheet{i:02}.csv").write_text("a,b", encoding="utf-8")
    res = run(cli_runner, "scan", str(tmp_path))
    assert "25 files skipped" in res.stderr
    assert sum(f"sheet{i:02}.csv" in res.stderr for i in range(25)) == 10
    assert "and 15 more" in res.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_clean_copies_are_counted_by_file(cli_runner, tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    posts = [PHONE_POST, CLEAN_POST, "my email is emma.j2013@gmail.com", "call 217 555 0199", CLEAN_POST]
    (src / "posts.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(posts)), encoding="utf-8"
    )
    (src / "a.txt").write_text(PHONE_POST, encoding="utf-8")
    (src / "b.txt").write_text("my email is emma.j2013@gmail.com", encoding="utf-8")
    (src / "c.txt").write_text(CLEAN_POST, encoding="utf-8")
    out = tmp_path / "out"
    fast = no_ner_settings(tmp_path)  # phones and e-mails: the count is the question (NER loaded in each worker)
    res = run(cli_runner, "redact", str(src), "--out", str(out), "-j", jobs, "--settings", str(fast))
    assert res.exit_code == 0, res.output
    changed = [p.name for p in sorted(out.iterdir()) if p.read_bytes() != (src / p.name).read_bytes()]
    assert changed == ["a.txt", "b.txt", "posts.jsonl"]
    assert "3 clean copies written" in res.stderr


# -- a run that cannot go on says why, and only that --------------------------------------------


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--model", "no_such_pipeline"], "Error: spaCy pipeline 'no_such_pipeline' is not installed"),
        (["--engine", "dask", "--scheduler", "foo"], "Error: cannot use the Dask scheduler address foo"),
        (["--engine", "dask", "--scheduler", "http://127.0.0.1:9"], "Error: cannot use the Dask scheduler address"),
        (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], "Error: cannot reach the Dask scheduler"),
    ],
    ids=["no-model", "dask-no-port", "dask-scheme", "dask-unreachable"],
)
def test_a_fatal_error_is_said_alone(cli_runner, tmp_path, monkeypatch, args, error):
    if "dask" in args:
        pytest.importorskip("dask.distributed")
        from leakscan import batch

        monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 1)  # nothing listens on port 9: no need to wait 10 s
    (tmp_path / "a.txt").write_text("hi emma", encoding="utf-8")
    res = cli_runner.invoke(cli, ["scan", str(tmp_path), "--format", "jsonl", *args])
    assert res.exit_code == 2
    assert res.stderr.startswith(error) and len(res.stderr.splitlines()) == 1, res.stderr
    assert "interrupted" not in res.output and "Traceback" not in res.output
    assert res.stdout == ""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the worker processes through /proc")
def test_a_worker_killed_mid_run_stops_it_with_one_error_line(tmp_path):
    root = tmp_path / "posts"
    root.mkdir()
    for i in range(2000):
        (root / f"p{i}.txt").write_text(f"text me on 217 555 0134 ({i})", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "leakscan", "scan", str(root), "-j", "2", "--format", "jsonl"],
            stdout=stdout,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        while out.stat().st_size == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        workers = [pid for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        os.kill(int(workers[0]), signal.SIGKILL)  # as the OOM killer would
        _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 2, text
    assert "Traceback" not in text
    first, second = text.splitlines()
    assert first == "Error: a worker process failed (BrokenProcessPool); the run stopped"
    written = jsonl(out.read_text(encoding="utf-8"))  # every line written is whole
    assert 0 < len(written) < 2000
    assert second.startswith(f"stopped after {len(written)} items scanned")


def _partly_readable_photo(path: Path) -> Path:
    """A photo with a GPS pin whose XMP is cut off: the core reads the pin, not the XMP."""
    import piexif
    from PIL import Image

    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((39, 1), (47, 1), (1900, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"W",
        piexif.GPSIFD.GPSLongitude: ((89, 1), (41, 1), (700, 100)),
    }
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description photoshop:City="Spring'
    Image.new("RGB", (64, 64), (90, 150, 220)).save(path, exif=piexif.dump({"GPS": gps}), xmp=xmp)
    return path


def test_a_partly_checked_photo_end_to_end(cli_runner, tmp_path):
    photo = str(_partly_readable_photo(tmp_path / "partly.jpg"))
    report = tmp_path / "report.html"
    res = run(cli_runner, "scan", photo, "--report", str(report))
    assert res.exit_code == 2
    lines = res.stdout.splitlines()
    assert lines[0] == f"BLOCK  {photo}"
    assert lines[1].strip().startswith("not fully checked: XMP")
    assert "GPS (high)" in res.stdout
    assert "0 ok, 0 warn, 0 block, 1 could not be checked; findings by kind: GPS 1" in res.stderr
    html = report.read_text(encoding="utf-8")
    assert "Could not be checked (1)" in html and "class=allclear" not in html
    assert "not fully checked: XMP" in html and "Taken near" in html
    for fmt in ("json", "jsonl"):
        res = run(cli_runner, "scan", photo, "--format", fmt)
        (item,) = json.loads(res.stdout) if fmt == "json" else jsonl(res.stdout)
        assert item["verdict"] == "block" and item["error"].startswith("could not be fully checked: XMP")
        assert [f["kind"] for f in item["findings"]] == ["GPS"]
        assert res.exit_code == 2


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([], "3 clean copies written"),
        (["--dry-run"], "3 files would be changed"),
    ],
)
def test_the_summary_says_what_was_or_would_be_written(cli_runner, tmp_path, args, said):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("park_gps.jpg", "owner_serial_thumb.jpg", "clean.jpg"):
        shutil.copy(SAMPLES / "photos" / name, src / name)
    (src / "post.txt").write_text(PHONE_POST, encoding="utf-8")
    res = run(cli_runner, "redact", str(src), "--out", str(tmp_path / "out"), *args)
    assert res.exit_code == 0, res.output
    assert said in res.stderr


def test_copies_that_still_hold_something_are_never_called_clean(cli_runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("park_gps.jpg", "gps.webp"):  # a GPS pin and a capture time each
        shutil.copy(SAMPLES / "photos" / name, src / name)
    res = run(cli_runner, "redact", str(src), "--out", str(tmp_path / "out"), "--only", "gps")
    assert "2 copies written, 2 of them still hold something" in res.stderr
    assert "clean copies" not in res.stderr


# -- what a photo shows: on by default, --no-pixels for the metadata only ---------------------------


@pytest.mark.parametrize("command", ["scan", "redact --dry-run"])
def test_a_phone_number_in_a_picture_is_found_unless_no_pixels(cli_runner, tmp_path, command):
    from pixel_images import text_png

    note = tmp_path / "note.png"
    note.write_bytes(text_png("Call me: (217) 555-0134"))
    res = run(cli_runner, *command.split(), str(note), "--format", "jsonl")
    [line] = jsonl(res.stdout)
    [found] = line["findings"]
    assert found["kind"] == "PHONE" and found["field"] == "pixels" and len(found["box"]) == 4
    assert found["message"].startswith("Your photo shows a phone number.")
    assert line["verdict"] == "block" and line["error"] is None
    assert res.exit_code == (1 if command == "scan" else 0)
    off = run(cli_runner, *command.split(), str(note), "--format", "jsonl", "--no-pixels")
    assert jsonl(off.stdout)[0]["findings"] == [] and off.exit_code == 0


def test_the_table_says_a_finding_is_in_the_picture_and_where(cli_runner, tmp_path):
    from pixel_images import text_png

    note = tmp_path / "note.png"
    note.write_bytes(text_png("Call me: (217) 555-0134"))
    res = run(cli_runner, "scan", str(note))
    assert re.search(
        r"PHONE \(high\)  in the picture: \(217\) .{0,3}555-0134  at x=\d+ y=\d+ \(\d+x\d+ pixels\)", res.stdout
    )
    assert "Your photo shows a phone number." in res.stdout


def _scan_folder_with_stderr_on(stderr: Any, folder: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    code = "import sys; from leakscan.cli import main\ntry:\n    main()\nfinally:\n    print('rich' in sys.modules, file=sys.stdout)"
    argv = ["scan", "--no-pixels", str(folder), "--format", "jsonl", *extra]
    return subprocess.run(
        [sys.executable, "-c", code, *argv], stdout=subprocess.PIPE, stderr=stderr, env=env, timeout=180, check=False
    )


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_a_folder_shows_a_progress_bar_on_a_terminal_and_nothing_in_a_pipe(tmp_path):
    import pty
    import select

    folder = tmp_path / "album"
    folder.mkdir()
    for i in range(3):
        shutil.copyfile(SAMPLES / "photos" / "clean.jpg", folder / f"p{i}.jpg")
    master, slave = pty.openpty()
    try:
        res = _scan_folder_with_stderr_on(slave, folder)
        shown = b""
        while select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal's other end is gone
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(slave)
        os.close(master)
    assert res.returncode == 0 and b"scanning" in shown and b"3/3" in shown
    assert res.stdout.decode().splitlines()[-1] == "True"
    # Into a pipe (a hook, a script): no bar, and rich is never imported (~30 ms a run).
    piped = _scan_folder_with_stderr_on(subprocess.PIPE, folder)
    assert piped.returncode == 0 and piped.stderr == b""
    assert piped.stdout.decode().splitlines()[-1] == "False"
    assert len(jsonl("\n".join(piped.stdout.decode().splitlines()[:-1]))) == 3
