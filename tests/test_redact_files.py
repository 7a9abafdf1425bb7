"""Clean copies as files: where they go, what they may hold, when a re-run may skip one.

Real CLI runs (in-process) on real files in ``tmp_path``: .jsonl post files, one-post-per-line
text files, sample photos. Covers: nothing unscanned in a .jsonl clean copy, ``--lines`` copies
that keep the file's shape, no write through a symbolic link under ``--out``, no two inputs
sharing one clean copy, an honest up-to-date check, and copies that say what they still hold.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import SAMPLES

from leakscan import fsutil
from leakscan.cli import cli
from leakscan.photos import scan_image

PHONE = "217 555 0134"
PHOTOS = SAMPLES / "photos"


def run(cli_runner, *args):
    return cli_runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def redact(cli_runner, *args):
    res = run(cli_runner, "redact", *args, "--format", "jsonl")
    return res, jsonl(res.stdout)


# -- .jsonl clean copies carry nothing unscanned -----------------------------------------------------

BROKEN_LINES = [
    # (raw line, the error its result line gives)
    (b'{"id": 2, "text": "call 217 555 0134" ', "line is not valid JSON"),
    (b'{"id": 3, "text": "ring 217 555 0134 caf\xe9"}', "not valid UTF-8 text (bad byte at offset 40)"),
    (b'{"id": 4, "body": "call me on 217 555 0134"}', "no 'text' field"),
    (b'{"id": 5, "text": 2175550134}', "'text' is not a string"),
    (b'["217 555 0134"]', "no 'text' field"),
    (b'{"id": 7, "text": "' + b"x" * 2000 + b' 217 555 0134"}', "line is over the size limit (1,600 bytes)"),
    (b"[" * 100_000 + b"]" * 100_000, "line is over the size limit (1,600 bytes)"),
    (b"[" * 1_500, "line is nested too deeply to read"),  # never a crash
    # json keeps the last value of a key: the first would be copied unscanned
    (b'{"id": 10, "text": "hi", "note": "call 217 555 0134", "note": "x"}', "line has a key twice"),
]


@pytest.fixture
def small_limits(tmp_path: Path) -> Path:
    """Settings with a short max_text_chars (lines of post files: 16 x that many bytes)."""
    path = tmp_path / "small.toml"
    path.write_text("max_text_chars = 100\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("raw", "error"), BROKEN_LINES, ids=[e for _, e in BROKEN_LINES])
def test_a_broken_jsonl_line_is_left_blank_never_copied(cli_runner, tmp_path, small_limits, raw, error):
    src = tmp_path / "posts.jsonl"
    good = b'{"id": 1, "text": "fine post"}'
    src.write_bytes(good + b"\r\n" + raw + b"\r\n" + b'{"id": 9, "text": "last"}')
    res, out = redact(cli_runner, src, "--out", tmp_path / "clean", "--settings", small_limits)
    assert res.exit_code == 2
    assert [x["error"] for x in out] == [None, error, None]
    bad = out[1]["redaction"]
    assert bad["action"] == "error" and bad["note"] == "left blank in the clean copy"
    # The clean copy keeps every line (and its ending) so line numbers still match; the broken
    # one is empty.
    assert (tmp_path / "clean" / "posts.jsonl").read_bytes() == good + b"\r\n\r\n" + b'{"id": 9, "text": "last"}'


def test_other_string_and_number_fields_are_scanned_and_redacted(cli_runner, tmp_path):
    record = {
        "id": "post-1",
        "text": "see you later",
        "author": "jake, call me on 217 555 0134",
        "meta": {"place": "ring 217 555 0199", "tags": ["fun", "text 217 555 0123"], "likes": 3},
        "phone": 2175550134,
        "ok": True,
        "none": None,
    }
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    # the scan reports what is in the other fields, with the field (a JSON pointer) and offsets into it
    (scanned,) = jsonl(run(cli_runner, "scan", src, "--format", "jsonl").stdout)
    where = sorted((f["field"], f["kind"], f["start"], f["end"]) for f in scanned["findings"])
    assert [w for w in where if w[1] == "PHONE"] == [
        ("/author", "PHONE", 17, 29),
        ("/meta/place", "PHONE", 5, 17),
        ("/meta/tags/1", "PHONE", 5, 17),
        ("/phone", "PHONE", 0, 10),
    ]
    assert scanned["verdict"] == "block" and scanned["id"] == "post-1"
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0 and line["redaction"]["action"] == "written"
    clean = json.loads((tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8"))
    assert list(clean) == list(record)  # the same shape, in the same order
    assert clean["id"] == "post-1" and clean["text"] == "see you later"
    assert clean["author"].endswith("call me on [PHONE]")
    assert clean["meta"] == {"place": "ring [PHONE]", "tags": ["fun", "text [PHONE]"], "likes": 3}
    assert clean["phone"] == "[PHONE]" and clean["ok"] is True and clean["none"] is None
    assert "555" not in (tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8")


def test_a_clean_jsonl_line_with_other_fields_is_copied_byte_for_byte(cli_runner, tmp_path):
    raw = b'{"text":"we won 3-2","author":"coach","n":1,  "x":[true,null]}\n'
    src = tmp_path / "posts.jsonl"
    src.write_bytes(raw)
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0 and line["redaction"]["action"] == "copied"
    assert (tmp_path / "clean" / "posts.jsonl").read_bytes() == raw


def test_a_field_over_the_text_limit_fails_closed(cli_runner, tmp_path, small_limits):
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps({"text": "hi", "bio": "y" * 150}) + "\n", encoding="utf-8")
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean", "--settings", small_limits)
    assert res.exit_code == 2 and line["verdict"] == "block"
    assert line["error"] == "field /bio is 150 characters, over the limit of 100 (setting max_text_chars)"
    assert (tmp_path / "clean" / "posts.jsonl").read_bytes() == b"\n"


# -- --lines: one post per line, the clean copy keeps the file's shape ---------------------------


def test_lines_clean_copy_keeps_lines_endings_and_bom(cli_runner, tmp_path):
    src = tmp_path / "posts.txt"
    src.write_bytes(
        b"\xef\xbb\xbfcall me on 217 555 0134\r\n"
        b"\r\n"
        b"we won 3-2 today\n"
        b"  \n"
        b"bad caf\xe9 217 555 0134\n"
        b"text 217 555 0199 no newline"
    )
    res, out = redact(cli_runner, src, "--lines", "--out", tmp_path / "clean")
    assert res.exit_code == 2  # the line that is not UTF-8 could not be read
    assert [(x["source"].rsplit(":", 1)[1], x["verdict"]) for x in out] == [
        ("1", "block"),
        ("3", "ok"),
        ("5", "block"),
        ("6", "block"),
    ]
    assert [x["redaction"]["action"] for x in out] == ["written", "copied", "error", "written"]
    assert (tmp_path / "clean" / "posts.txt").read_bytes() == (
        b"\xef\xbb\xbfcall me on [PHONE]\r\n\r\nwe won 3-2 today\n  \n\ntext [PHONE] no newline"
    )


def test_lines_table_shows_each_post_and_help_explains(cli_runner, tmp_path):
    src = tmp_path / "posts.txt"
    src.write_text("".join(f"post number {i}, nothing here\n" for i in range(19)) + f"call {PHONE}\n", encoding="utf-8")
    res = run(cli_runner, "scan", src, "--lines")
    assert res.exit_code == 1
    flat = " ".join(res.output.split())
    assert f"{src}:20" in flat and "20 items scanned" in flat and "19 ok" in flat
    whole = run(cli_runner, "scan", src, "--format", "jsonl")
    assert len(jsonl(whole.stdout)) == 1  # without --lines the file is one post
    for command in ("scan", "redact"):
        help_text = " ".join(run(cli_runner, command, "--help").output.split())
        assert "--lines" in help_text and "every non-blank line" in help_text


def test_lines_on_stdin_prints_each_clean_line(cli_runner):
    res = cli_runner.invoke(cli, ["redact", "-", "--lines"], input=f"hi\ncall {PHONE}\n", catch_exceptions=False)
    assert res.exit_code == 0 and res.stdout == "hi\ncall [PHONE]\n"


# -- no write through a symbolic link under --out ---------------------------------------------------


def _post_tree(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "post.txt").write_text(f"call {PHONE}", encoding="utf-8")
    (root / "sub" / "posts.jsonl").write_text(json.dumps({"id": 1, "text": f"call {PHONE}"}) + "\n", encoding="utf-8")
    shutil.copy(PHOTOS / "park_gps.jpg", root / "sub" / "park.jpg")
    return root


@pytest.mark.parametrize("link", ["folder", "file", "dangling", "folder-deeper"])
def test_a_symlink_under_out_is_never_written_through(cli_runner, tmp_path, link):
    src = _post_tree(tmp_path / "in")
    out = tmp_path / "clean"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    names = ["post.txt", "posts.jsonl", "park.jpg"]
    if link == "folder":
        os.symlink(elsewhere, out / "sub")
    elif link == "folder-deeper":  # a link higher up: clean/sub -> elsewhere, elsewhere/deeper
        (src / "sub" / "deeper").mkdir()
        for name in names:
            os.replace(src / "sub" / name, src / "sub" / "deeper" / name)
        os.symlink(elsewhere, out / "sub")
    else:
        (out / "sub").mkdir()
        for name in names:
            target = elsewhere / name if link == "dangling" else elsewhere / ("target-" + name)
            if link == "file":
                target.write_bytes(b"not yours")
            os.symlink(target, out / "sub" / name)
    before = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    res, out_lines = redact(cli_runner, src, "--out", out)
    assert res.exit_code == 2
    errors = [x["redaction"]["error"] for x in out_lines]
    assert len(errors) == 3 and all("symbolic link" in e and "nothing was written" in e for e in errors), errors
    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == before  # nothing written there
    assert not list(elsewhere.rglob("*.leakscan-tmp"))


def test_a_symlink_planted_at_the_temporary_name_is_refused(tmp_path, monkeypatch):
    """Where anonymous temporary files are not available the temporary file gets a name: a link
    planted at that name (a race) is never followed."""
    monkeypatch.setattr(fsutil, "_anonymous_ok", False)
    monkeypatch.setattr(fsutil.secrets, "token_hex", lambda n: "abcd1234")
    target = tmp_path / "victim"
    target.write_bytes(b"precious")
    folder = tmp_path / "out"
    folder.mkdir()
    os.symlink(target, folder / ".post.txt.abcd1234.leakscan-tmp")
    with pytest.raises(fsutil.RedactError, match="no free temporary file name"):
        fsutil.atomic_write(folder / "post.txt", b"clean")
    assert target.read_bytes() == b"precious" and not (folder / "post.txt").exists()


def test_writes_inside_out_still_work_with_nested_new_folders(cli_runner, tmp_path):
    src = _post_tree(tmp_path / "in")
    (src / "sub" / "a" / "b").mkdir(parents=True)
    (src / "sub" / "a" / "b" / "deep.txt").write_text(f"call {PHONE}", encoding="utf-8")
    res, out = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0, out
    assert (tmp_path / "clean" / "sub" / "a" / "b" / "deep.txt").read_text(encoding="utf-8") == "call [PHONE]"


@pytest.mark.parametrize("name", ["post.txt", "park.jpg"])
def test_in_place_never_replaces_a_symlink_it_was_given(cli_runner, tmp_path, name):
    """The link would have become a clean regular file and the file it points to kept everything."""
    real = _post_tree(tmp_path / "in") / "sub" / name
    before = real.read_bytes()
    link = tmp_path / ("link-" + name)
    os.symlink(real, link)
    res, (line,) = redact(cli_runner, link, "--in-place")
    assert res.exit_code == 2 and "is a symbolic link; nothing was written through it" in line["redaction"]["error"]
    assert link.is_symlink() and real.read_bytes() == before


# -- two inputs, one clean copy name ---------------------------------------------------------------


@pytest.mark.parametrize("shape", ["two files", "two folders", "file twice"])
def test_two_inputs_with_one_clean_copy_name_the_second_is_an_error(cli_runner, tmp_path, shape):
    a, b = tmp_path / "a", tmp_path / "b"
    if shape == "two folders":
        a, b = tmp_path / "a" / "photos", tmp_path / "b" / "photos"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    (a / "post.txt").write_text(f"first call {PHONE}", encoding="utf-8")
    (b / "post.txt").write_text(f"second call {PHONE}", encoding="utf-8")
    args = {
        "two files": [a / "post.txt", b / "post.txt"],
        "two folders": [a, b],
        "file twice": [a / "post.txt", a / "post.txt"],
    }[shape]
    res, out = redact(cli_runner, *args, "--out", tmp_path / "clean")
    assert res.exit_code == 2
    first, second = out
    assert first["redaction"]["action"] == "written" and first["error"] is None
    assert second["redaction"]["action"] == "error"
    assert "same clean copy" in second["error"] and str(args[0]) in second["error"]
    clean = next((tmp_path / "clean").rglob("post.txt"))
    assert clean.read_text(encoding="utf-8") == "first call [PHONE]"


def test_two_folders_with_one_name_but_different_files_are_both_written(cli_runner, tmp_path):
    for side in ("a", "b"):
        (tmp_path / side / "photos").mkdir(parents=True)
        (tmp_path / side / "photos" / f"{side}.txt").write_text(f"call {PHONE}", encoding="utf-8")
    res, out = redact(cli_runner, tmp_path / "a" / "photos", tmp_path / "b" / "photos", "--out", tmp_path / "clean")
    assert res.exit_code == 0 and [x["redaction"]["action"] for x in out] == ["written", "written"]
    assert sorted(p.name for p in (tmp_path / "clean" / "photos").iterdir()) == ["a.txt", "b.txt"]


def test_scan_of_two_inputs_with_one_name_is_not_an_error(cli_runner, tmp_path):
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "post.txt").write_text("hello", encoding="utf-8")
    res = run(cli_runner, "scan", tmp_path / "a" / "post.txt", tmp_path / "b" / "post.txt", "--format", "jsonl")
    assert res.exit_code == 0 and [x["error"] for x in jsonl(res.stdout)] == [None, None]


# -- an honest up-to-date check, and copies that say what they still hold --------------------------


def _photos(root: Path) -> Path:
    root.mkdir()
    for name in ("park_gps.jpg", "owner_serial_thumb.jpg"):
        shutil.copy(PHOTOS / name, root / name)
    return root


def _actions(out: list[dict]) -> dict[str, str]:
    return {Path(x["source"]).name: x["redaction"]["action"] for x in out}


def _kinds_in(path: Path) -> set[str]:
    return {f.kind.value for f in scan_image(path).findings}


def test_a_rerun_with_other_options_redoes_the_copy(cli_runner, tmp_path):
    """What the photos show is not read (--no-pixels): the copies' records are the question."""
    src, out = _photos(tmp_path / "in"), tmp_path / "clean"
    res, first = redact(cli_runner, src, "--out", out, "--no-pixels")
    assert res.exit_code == 0 and set(_actions(first).values()) == {"written"}
    assert _kinds_in(out / "owner_serial_thumb.jpg") == set()
    # the same options again: up to date (nothing rewritten)
    stamp = (out / "park_gps.jpg").stat().st_mtime_ns
    res, again = redact(cli_runner, src, "--out", out, "--no-pixels")
    assert set(_actions(again).values()) == {"up-to-date"}
    assert (out / "park_gps.jpg").stat().st_mtime_ns == stamp
    # --only gps: redone, so the camera data the user asked to keep is back
    res, gps_only = redact(cli_runner, src, "--out", out, "--no-pixels", "--only", "gps")
    assert _actions(gps_only) == {"park_gps.jpg": "written", "owner_serial_thumb.jpg": "copied"}
    assert {"OWNER", "DEVICE_ID", "PHONE"} <= _kinds_in(out / "owner_serial_thumb.jpg")
    # and back to the full strip
    res, full = redact(cli_runner, src, "--out", out, "--no-pixels")
    assert set(_actions(full).values()) == {"written"}
    assert _kinds_in(out / "owner_serial_thumb.jpg") == set()


@pytest.mark.parametrize(
    "change", ["copy edited", "copy replaced", "original touched", "original replaced", "icc", "settings"]
)
def test_a_copy_whose_record_does_not_match_is_redone(cli_runner, tmp_path, change):
    """What the photos show is not read (--no-pixels): the copies' records are the question."""
    src, out = _photos(tmp_path / "in"), tmp_path / "clean"
    redact(cli_runner, src, "--out", out, "--no-pixels")
    copy, original = out / "park_gps.jpg", src / "park_gps.jpg"
    extra: list[str] = []
    if change == "copy edited":
        with open(copy, "r+b") as fh:
            fh.seek(-2, os.SEEK_END)
            fh.write(b"\xff\xd9")  # same bytes, but written: a new modification time
    elif change == "copy replaced":
        stamp = copy.stat()
        copy.unlink()
        shutil.copy(original, copy)
        os.utime(copy, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    elif change == "original touched":
        os.utime(original, ns=(time.time_ns(), time.time_ns()))
    elif change == "original replaced":
        data = original.read_bytes()
        stamp = original.stat()
        original.unlink()
        original.write_bytes(data)
        os.utime(original, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    elif change == "icc":
        extra = ["--drop-icc"]
    else:  # other settings can find other things in a copy: its record no longer says what it holds
        (tmp_path / "us.toml").write_text('regions = ["US"]\n', encoding="utf-8")
        extra = ["--settings", str(tmp_path / "us.toml")]
    res, again = redact(cli_runner, src, "--out", out, "--no-pixels", *extra)
    assert res.exit_code == 0
    everything = change in ("icc", "settings")
    assert _actions(again)["park_gps.jpg"] == "written"
    assert _actions(again)["owner_serial_thumb.jpg"] == ("written" if everything else "up-to-date")
    assert not _kinds_in(copy) & {"GPS", "OWNER", "DATETIME"}


def test_a_copy_that_still_holds_findings_says_so_and_never_claims_clean(cli_runner, tmp_path):
    src, out = _photos(tmp_path / "in"), tmp_path / "clean"
    res, lines_ = redact(cli_runner, src / "owner_serial_thumb.jpg", "--out", out, "--only", "gps")
    (line,) = lines_
    held = line["redaction"]["still_holds"]
    assert {"kind": "PHONE", "field": "UserComment"} in held and {"kind": "OWNER", "field": "Artist"} in held
    assert all(set(h) == {"kind", "field"} for h in held)  # kinds and fields, never values
    assert "555" not in json.dumps(line["redaction"])
    # a re-run skips it, and still says what it holds (from the copy's record)
    table = " ".join(
        run(cli_runner, "redact", src / "owner_serial_thumb.jpg", "--out", out, "--only", "gps").output.split()
    )
    assert "copy already up to date" in table and "clean copy" not in table and "nothing to remove" not in table
    assert "still holds: OWNER (Artist), OWNER (Copyright)" in table and "PHONE (UserComment)" in table
    # the full strip leaves none of it: the outcome says the copy holds nothing found
    res, (full,) = redact(cli_runner, src / "owner_serial_thumb.jpg", "--out", out)
    assert res.exit_code == 0
    assert full["redaction"]["still_holds"] == []


def test_a_file_name_that_gives_something_away_is_still_held_by_the_copy(cli_runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(PHOTOS / "clean.jpg", src / f"call me {PHONE}.jpg")
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0 and line["redaction"]["action"] == "copied"
    assert line["redaction"]["still_holds"] == [{"kind": "PHONE", "field": "FileName"}]
    table = " ".join(run(cli_runner, "redact", src, "--out", tmp_path / "clean2").output.split())
    assert "nothing to remove" not in table and "still holds: PHONE (FileName)" in table


def test_dry_run_says_what_a_copy_would_still_hold(cli_runner, tmp_path):
    src = _photos(tmp_path / "in")
    res, out = redact(cli_runner, src / "owner_serial_thumb.jpg", "--dry-run", "--only", "gps")
    (line,) = out
    assert res.exit_code == 0
    assert line["redaction"]["action"] == "would-copy"
    assert {"kind": "PHONE", "field": "UserComment"} in line["redaction"]["still_holds"]


@pytest.mark.parametrize(
    ("ident", "clean_id", "held"),
    [
        # the id is text someone typed: scanned like any field, redacted in the copy
        ("call 217 555 0134", "call [PHONE]", True),
        (2175550134, "[PHONE]", True),
        ("post-17", "post-17", False),
        (17, 17, False),
        (float("nan"), float("nan"), False),  # NaN is not equal to itself: still the same line
        ({"user": "call 217 555 0134"}, {"user": "call [PHONE]"}, True),
        (["217 555 0134"], ["[PHONE]"], True),
    ],
)
def test_the_id_is_scanned_like_any_field_and_echoed_as_given(cli_runner, tmp_path, ident, clean_id, held):
    """The result line echoes the caller's id (its key to the post, in its own output); the clean
    copy, which is shared, holds nothing unscanned: its id is redacted like any other field."""
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps({"id": ident, "text": "hello"}) + "\n", encoding="utf-8")
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0, line
    assert repr(line["id"]) == repr(ident) and bool(line["findings"]) is held
    assert all(f["field"].startswith("/id") for f in line["findings"])
    assert line["verdict"] == ("block" if held else "ok")
    copied = json.loads((tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8"))["id"]
    assert repr(copied) == repr(clean_id)


def test_keys_are_scanned_and_redacted_in_place(cli_runner, tmp_path):
    """A key is text someone typed too: scanned (its findings name it by position, never by its
    text: ``key 2`` of the record, ``key 0 of /m``) and redacted in the copy, order kept."""
    record = {
        "id": 7,
        "text": "hi",
        "call me 217 555 0134": True,
        "m": {"emma.j2013@gmail.com": 1, "ok": [{"ring 217 555 0199": "x"}]},
        "t": "call 217\u2028555\u20280123",
    }
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (scanned,) = jsonl(run(cli_runner, "scan", src, "--format", "jsonl").stdout)
    where = sorted((f["field"], f["kind"], f["start"], f["end"]) for f in scanned["findings"])
    assert where == [
        ("/t", "PHONE", 5, 17),
        ("key 0 of /m", "EMAIL", 0, 20),
        ("key 0 of /m/ok/0", "PHONE", 5, 17),
        ("key 2", "PHONE", 8, 20),
    ]
    assert scanned["verdict"] == "block"
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0 and line["redaction"]["action"] == "written"
    text = (tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8")
    assert json.loads(text) == {
        "id": 7,
        "text": "hi",
        "call me [PHONE]": True,
        "m": {"[EMAIL]": 1, "ok": [{"ring [PHONE]": "x"}]},
        "t": "call [PHONE]",
    }
    assert list(json.loads(text)) == ["id", "text", "call me [PHONE]", "m", "t"]
    assert "555" not in text and "emma" not in text


@pytest.mark.parametrize(
    "key", ["lang", "author", "created_at", "Location", "tags", "user_name", "Jake", "reply_to", "school"]
)
def test_ordinary_keys_are_labels_not_findings(cli_runner, tmp_path, key):
    """Keys are read by every scanner but NER: a lone label is no one's name."""
    raw = json.dumps({"id": 3, "text": "see you at practice", key: "x"}).encode() + b"\n"
    src = tmp_path / "posts.jsonl"
    src.write_bytes(raw)
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 0 and line["findings"] == [] and line["verdict"] == "ok"
    assert (tmp_path / "clean" / "posts.jsonl").read_bytes() == raw


def test_a_known_name_in_a_key_is_found(cli_runner, tmp_path):
    settings = tmp_path / "known.toml"
    settings.write_text('[known]\nnames = ["Zara Kowalski"]\n', encoding="utf-8")
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps({"text": "hi", "zara kowalski": 1}) + "\n", encoding="utf-8")
    res, (line,) = redact(cli_runner, src, "--out", tmp_path / "clean", "--settings", settings)
    assert res.exit_code == 0 and [(f["field"], f["kind"]) for f in line["findings"]] == [("key 1", "PERSON")]
    assert json.loads((tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8")) == {"text": "hi", "[PERSON]": 1}


def test_keys_that_read_the_same_once_redacted_leave_the_line_blank(cli_runner, tmp_path):
    """Two keys would become one (a value lost): the line is left blank, never half written."""
    src = tmp_path / "posts.jsonl"
    src.write_text(
        json.dumps({"text": "hi", "call 217 555 0134": 1, "call 217 555 0199": 2}) + "\n"
        + json.dumps({"text": "bye"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    res, out = redact(cli_runner, src, "--out", tmp_path / "clean")
    assert res.exit_code == 2
    assert out[0]["redaction"]["action"] == "error" and out[0]["redaction"]["note"] == "left blank in the clean copy"
    assert "555" not in out[0]["redaction"]["error"]
    assert (tmp_path / "clean" / "posts.jsonl").read_text(encoding="utf-8") == "\n" + json.dumps({"text": "bye"}) + "\n"


def test_the_report_never_calls_a_copy_that_still_holds_findings_clean(cli_runner, tmp_path):
    src = _photos(tmp_path / "in")
    report = tmp_path / "report.html"
    res = run(
        cli_runner, "redact", src / "park_gps.jpg", "--out", tmp_path / "clean", "--only", "gps", "--report", report
    )
    assert res.exit_code == 0
    page = report.read_text(encoding="utf-8")
    assert "Share the clean copy instead" not in page  # it keeps the capture time
    assert "still gives away DATETIME (DateTimeOriginal)" in page
    res = run(cli_runner, "redact", src / "park_gps.jpg", "--out", tmp_path / "clean2", "--report", report)
    assert "Share the clean copy instead" in report.read_text(encoding="utf-8")  # the full strip


def test_a_photo_redaction_carries_its_clean_copy_record_without_the_bytes(tmp_path):
    """The redaction record of a photo holds the clean copy's record (lossless, removed, note,
    where it went) as :func:`clean_image_bytes` made it, less its bytes: they are in the file
    written, and the record crosses from worker processes to the parent."""
    from leakscan.batch import scan_items
    from leakscan.inputs.items import Item, iter_items
    from leakscan.redact.files import Redactor
    from leakscan.redact.image import CleanImage
    from leakscan.settings import Settings

    settings = Settings()
    src = tmp_path / "park_gps.jpg"
    shutil.copyfile(PHOTOS / "park_gps.jpg", src)
    items = [i for i in iter_items([str(src)], settings=settings) if isinstance(i, Item)]
    ((item, result),) = scan_items(items, settings)
    outcome = Redactor(out=tmp_path / "out", settings=settings).handle(item, result)
    image = outcome.image
    assert type(image) is CleanImage and image.data is None
    assert image.written and str(image.output) == outcome.output and image.changed is outcome.changed
    assert (outcome.lossless, outcome.removed, outcome.note) == (image.lossless, image.removed, image.note)
    assert outcome.to_dict()["lossless"] is True and outcome.to_dict()["removed"] == list(image.removed)
