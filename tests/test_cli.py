"""The command line, run in-process: formats, exit codes, dry runs, clean copies, bad input."""

from __future__ import annotations

import json

import pytest

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
