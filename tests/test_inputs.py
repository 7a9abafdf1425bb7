"""Inputs: content sniffing, .txt/.jsonl posts, folder walks, bad files as error items."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from conftest import SAMPLES, no_ner_settings

from leakscan import Settings
from leakscan.inputs import Item, Skipped, iter_items

S = Settings()


def items(*paths, **kw):
    return list(iter_items([str(p) for p in paths], settings=S, **kw))


def test_text_and_stdin():
    (t,) = items(text="hello")
    assert (t.source, t.type, t.text) == ("<text>", "text", "hello")
    (s,) = list(iter_items(["-"], settings=S, stdin=io.BytesIO("hi \u2603".encode())))
    assert (s.source, s.text, s.error) == ("-", "hi \u2603", None)


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n", "empty post"),
        ("bin.txt", b"\x00\x01\x02garbage", "binary content"),
        ("latin1.txt", b"caf\xe9 au lait", "not valid UTF-8 text (bad byte at offset 3)"),
        ("fake.jpg", b"this is not a photo", "not a supported image"),
        ("zero.jpg", b"", "empty file"),
    ],
)
def test_bad_files_are_error_items(tmp_path, name, data, error):
    p = tmp_path / name
    p.write_bytes(data)
    (item,) = items(p)
    assert isinstance(item, Item) and item.error and error in item.error
    assert "caf" not in item.error  # never the content


def test_missing_path_is_an_error_item(tmp_path):
    (item,) = items(tmp_path / "nope.txt")
    assert item.error.startswith("cannot read")


def test_jsonl_posts_with_bad_lines(tmp_path):
    p = tmp_path / "posts.jsonl"
    p.write_bytes(
        b'{"id": 1, "text": "first"}\n'
        b"not json\n"
        b"\n"
        b'{"id": 3}\n'
        b'{"id": 4, "text": 5}\n'
        b'["text"]\n'
        b'{"id": "x", "text": "last"}'
    )
    got = items(p)
    assert [(i.source.rsplit(":", 1)[1], i.id, i.text, i.error) for i in got] == [
        ("1", 1, "first", None),
        ("2", None, None, "line is not valid JSON"),
        ("4", 3, None, "no 'text' field"),
        ("5", 4, None, "'text' is not a string"),
        ("6", None, None, "no 'text' field"),
        ("7", "x", "last", None),
    ]


def test_folder_walk_sniffs_content_skips_with_reason_and_never_follows_links(tmp_path):
    root = tmp_path / "in"
    (root / "sub dir").mkdir(parents=True)
    (root / "a.txt").write_text("post a", encoding="utf-8")
    (root / "sub dir" / "b\nodd name.md").write_text("post b", encoding="utf-8")
    (root / "notes.csv").write_text("x,y", encoding="utf-8")
    (root / ".hidden.leakscan-tmp").write_bytes(b"partial")
    os.symlink(tmp_path, root / "loop")  # a link out of the tree, and a loop
    got = items(root)
    posts = [i for i in got if isinstance(i, Item)]
    skipped = [i for i in got if isinstance(i, Skipped)]
    assert [p.text for p in posts] == ["post a", "post b"]
    assert posts[1].rel == Path("sub dir") / "b\nodd name.md"
    assert sorted(s.reason for s in skipped) == [
        "not an image, video, text or .jsonl file",
        "symbolic link (not followed)",
    ]


def test_output_folder_inside_input_is_skipped(tmp_path):
    (tmp_path / "clean").mkdir()
    (tmp_path / "clean" / "old.txt").write_text("x", encoding="utf-8")
    (tmp_path / "new.txt").write_text("y", encoding="utf-8")
    got = list(iter_items([str(tmp_path)], settings=S, exclude=[tmp_path / "clean"]))
    assert [i.text for i in got if isinstance(i, Item)] == ["y"]
    assert [s.reason for s in got if isinstance(s, Skipped)] == ["output folder (not scanned)"]


def test_two_folders_get_prefixed_relative_paths(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "post.txt").write_text(name, encoding="utf-8")
    got = items(tmp_path / "a", tmp_path / "b")
    assert [i.rel for i in got] == [Path("a/post.txt"), Path("b/post.txt")]


# -- one post per line (--lines) -------------------------------------------------------------


def _lines(items_):
    return [(i.source.rsplit(":", 1)[1], i.line, i.text, i.error) for i in items_]


@pytest.mark.parametrize("name", ["posts.txt", "notes.md", "export.log"])
def test_lines_mode_makes_every_non_blank_line_a_post(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"\xef\xbb\xbffirst post\r\n\n  \t \nsecond\ncaf\xe9\nbad\x00byte\nlast, no newline")
    got = list(iter_items([str(p)], settings=S, lines=True))
    assert all(i.source.startswith(f"{p}:") and i.file == p and i.line_format == "lines" for i in got)
    assert _lines(got) == [
        ("1", 1, "first post", None),
        ("4", 4, "second", None),
        ("5", 5, None, "not valid UTF-8 text (bad byte at offset 3)"),
        ("6", 6, None, "binary content, not text"),
        ("7", 7, "last, no newline", None),
    ]


def test_lines_mode_is_off_by_default_and_leaves_jsonl_and_photos_alone(tmp_path):
    txt = tmp_path / "posts.txt"
    txt.write_text("one\ntwo\n", encoding="utf-8")
    (whole,) = items(txt)
    assert (whole.source, whole.line, whole.text) == (str(txt), None, "one\ntwo\n")
    jl = tmp_path / "posts.jsonl"
    jl.write_text('{"id": 1, "text": "a"}\n', encoding="utf-8")
    (post,) = list(iter_items([str(jl)], settings=S, lines=True))
    assert (post.text, post.id, post.line_format) == ("a", 1, "jsonl")
    photo = SAMPLES / "photos" / "clean.jpg"
    (img,) = list(iter_items([str(photo)], settings=S, lines=True))
    assert img.type == "image"


def test_lines_mode_in_a_folder_walk_and_on_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("x\ny\n", encoding="utf-8")
    got = list(iter_items([str(tmp_path)], settings=S, lines=True))
    assert [(i.rel, i.line, i.text) for i in got] == [(Path("a.txt"), 1, "x"), (Path("a.txt"), 2, "y")]
    got = list(iter_items(["-"], settings=S, lines=True, stdin=io.BytesIO(b"hi\n\nthere")))
    assert [(i.source, i.text) for i in got] == [("-:1", "hi"), ("-:3", "there")]


# -- bounded reads, non-regular files ----------------------------------------------------------


def test_a_line_over_the_line_limit_is_an_error_and_the_next_line_is_read(tmp_path):
    small = Settings(max_text_chars=100)  # lines of a post file: at most 16 x max_text_chars bytes
    p = tmp_path / "posts.jsonl"
    long_post = '{"id": 1, "text": "' + "a" * 5000 + '"}'
    p.write_text(long_post + "\n" + '{"id": 2, "text": "fine"}\n', encoding="utf-8")
    got = list(iter_items([str(p)], settings=small))
    assert [(i.line, i.id, i.text, i.error) for i in got] == [
        (1, None, None, "line is over the size limit (1,600 bytes)"),
        (2, 2, "fine", None),
    ]


@pytest.mark.parametrize(
    ("data", "limit", "expect"),
    [
        (b"abc\ndef\r\nghi", 10, [(1, b"abc", b"\n"), (2, b"def", b"\r\n"), (3, b"ghi", b"")]),
        (b"abcd\n", 4, [(1, b"abcd", b"\n")]),  # exactly at the limit
        (b"abcde\nf\n", 4, [(1, None, b"\n"), (2, b"f", b"\n")]),  # over: skipped to its end
        (b"abcd\r\n", 4, [(1, b"abcd", b"\r\n")]),
        (b"x" * 5000 + b"\r\nok", 4, [(1, None, b"\r\n"), (2, b"ok", b"")]),
        (b"x" * 5000, 4, [(1, None, b"")]),
        (b"", 4, []),
    ],
    ids=["endings", "at-limit", "over", "at-limit-crlf", "long-crlf", "long-no-ending", "empty"],
)
def test_read_lines_is_bounded_and_keeps_endings(data, limit, expect):
    from leakscan.inputs.items import read_lines

    got = [(line.number, line.body, line.ending) for line in read_lines(io.BytesIO(data), limit)]
    assert got == expect


def _read_calls() -> int:
    """The read system calls this process has made so far (Linux)."""
    with open("/proc/self/io") as fh:
        return int(next(line for line in fh if line.startswith("syscr:")).split()[1])


@pytest.mark.skipif(not os.path.exists("/proc/self/io"), reason="no /proc/self/io to count read calls")
def test_a_long_line_is_skipped_in_large_reads(tmp_path: Path):
    """A line over the limit is skipped to its end without being held: through the default 8 KiB
    buffer that was one read call per 8 KiB (a sparse 2 GB line: 262,144 calls, 12 s)."""
    path = tmp_path / "long.jsonl"
    with open(path, "wb") as fh:
        fh.truncate(64 * 2**20)  # a 64 MiB line of zero bytes
        fh.seek(0, os.SEEK_END)
        fh.write(b'\n{"text": "ok"}\n')
    before = _read_calls()
    items = list(iter_items([str(path)], settings=Settings()))
    assert [(i.error is not None, i.text) for i in items] == [(True, None), (False, "ok")]
    assert _read_calls() - before < 500  # 8,192 through an 8 KiB buffer


def test_a_file_read_is_bounded_even_when_its_size_says_zero():
    """/proc files report size 0: the read itself must stop at max_file_bytes."""
    (item,) = list(iter_items(["/proc/self/maps"], settings=Settings(max_file_bytes=100)))
    assert item.error == "file is over the limit of 100 bytes" and item.text is None


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("\ufeff" + "\U0001f600" * 10, None),  # 10 characters of 4 bytes and a BOM: 43 bytes, read
        ("\U0001f600" * 10 + "\n", None),  # 41 bytes: read
        ("\U0001f600" * 11, "file is over the limit of 43 bytes (10 characters, setting max_text_chars)"),
        ("a" * 44, "file is over the limit of 43 bytes (10 characters, setting max_text_chars)"),
    ],
    ids=["bom-and-10-wide", "10-wide", "11-wide", "44-ascii"],
)
def test_a_text_file_is_read_only_as_far_as_one_post_can_go(tmp_path, body, error):
    """A post holds at most max_text_chars characters, 4 UTF-8 bytes each (and a BOM): a text
    file longer than that cannot be one post, and is refused without being read further."""
    path = tmp_path / "post.txt"
    path.write_bytes(body.encode("utf-8"))
    (item,) = iter_items([str(path)], settings=Settings(max_text_chars=10))
    assert item.error == error
    assert item.text == (None if error else body.removeprefix("\ufeff"))


@pytest.mark.parametrize(("lines", "error"), [(False, "standard input is over the limit of 43 bytes"), (True, None)])
def test_stdin_as_one_post_is_read_as_far_as_one_post_can_go(lines, error):
    """One post on stdin is bounded like a text file; with --lines each line is a post of its own."""
    got = list(iter_items(["-"], settings=Settings(max_text_chars=10), stdin=io.BytesIO(b"hello\n" * 8), lines=lines))
    assert [i.error for i in got] == ([error] if error else [None] * 8)


def test_a_sparse_2gb_text_file_is_refused_reading_a_post_s_worth(tmp_path):
    """It was read whole up to max_file_bytes and then copied (1 GB): now a post's worth."""
    import tracemalloc

    path = tmp_path / "sparse.txt"
    with open(path, "wb") as fh:
        fh.truncate(2 * 2**30)
    tracemalloc.start()
    try:
        (item,) = items(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    bound = 4 * S.max_text_chars + 3
    assert (
        item.error
        == f"file is over the limit of {bound:,} bytes ({S.max_text_chars:,} characters, setting max_text_chars)"
    )
    assert peak < 4 * bound


def test_an_explicit_character_device_is_refused_without_reading():
    (item,) = items("/dev/null")
    assert item.error == "not a regular file (a character device)"


def test_a_fifo_in_a_folder_is_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (skipped,) = items(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason == "not a regular file"


def _not_regular(path: Path, kind: str) -> str:
    """Make a ``kind`` ("fifo" or "socket") at ``path``; the reason its error item gives."""
    if kind == "fifo":
        os.mkfifo(path)
        return "not a regular file (a named pipe)"
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))  # the socket file stays after the socket is closed
    return "not a regular file (a socket)"


@pytest.mark.parametrize("kind", ["fifo", "socket"])
@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("photo.jpg", "image"),
        ("IMG_0001.HEIC", "image"),
        ("clip.mov", "image"),
        ("diary.txt", "text"),
        ("posts.jsonl", "text"),
        ("pipe", None),
        ("notes.csv", None),
        ("photo.jpg.bak", None),
    ],
)
def test_a_non_regular_file_with_a_name_the_walk_would_read_is_an_unchecked_item(tmp_path, kind, name, type_):
    """A FIFO or socket named like a photo, a post or a post file is something the user meant to
    have checked and that could not be: an error item. Other names stay skipped (and named)."""
    root = tmp_path / "album"
    root.mkdir()
    reason = _not_regular(root / name, kind)
    (got,) = items(root)
    if type_ is None:
        assert isinstance(got, Skipped) and got.reason == "not a regular file"
    else:
        assert isinstance(got, Item)
        assert (got.type, got.error, got.rel) == (type_, reason, Path(name))
        assert got.path is None and got.text is None


@pytest.mark.parametrize(("name", "exit_code"), [("photo.jpg", 2), ("pipe", 0)])
def test_scanning_a_folder_with_a_fifo_named_like_a_photo_exits_2(tmp_path, name, exit_code):
    import json
    import subprocess
    import sys

    root = tmp_path / "album"
    root.mkdir()
    (root / "hello.txt").write_text("hello there", encoding="utf-8")
    os.mkfifo(root / name)
    fast = no_ner_settings(tmp_path)  # the walk is the question (spaCy's load was most of the run)
    proc = subprocess.run(
        [sys.executable, "-m", "leakscan", "scan", str(root), "--format", "jsonl", "--settings", str(fast)],
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == exit_code, proc.stderr.decode(errors="replace")[-2000:]
    unchecked = [(Path(r["source"]).name, r["verdict"], r["error"]) for r in results if r["error"]]
    if exit_code:
        assert unchecked == [(name, "block", "not a regular file (a named pipe)")]
    else:
        assert unchecked == [] and [r["verdict"] for r in results] == ["ok"]


def test_a_photo_swapped_for_a_fifo_after_the_walk_is_refused_without_blocking(tmp_path):
    """The walk saw a photo; by the time it is scanned the name is a FIFO: an error, not a hang."""
    import threading

    from leakscan.batch import scan_item

    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    done: dict = {}
    worker = threading.Thread(target=lambda: done.update(r=scan_item(Item(str(fifo), "image", path=fifo), S)))
    worker.daemon = True
    worker.start()
    worker.join(30)
    hung = worker.is_alive()
    if hung:  # let the blocked open return so the thread ends
        with open(fifo, "wb"):
            pass
    assert not hung, "scanning a FIFO blocked"
    assert done["r"].error == "not a regular file (a named pipe)" and not done["r"].checked


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.gif", b"", "empty file"),
        ("broken.jpg", b"this was never a photo", "not a supported image, video or text file"),
        ("cut.HEIC", b"\x00\x00", "not a supported image, video or text file"),
    ],
)
def test_a_photo_by_name_that_cannot_be_read_is_an_error_in_a_folder_walk_not_a_skip(tmp_path, name, data, reason):
    root = tmp_path / "album"
    root.mkdir()
    (root / name).write_bytes(data)
    (root / "notes.csv").write_text("x,y", encoding="utf-8")  # a file that is no photo: still skipped
    got = items(root)
    errors = [i for i in got if isinstance(i, Item)]
    assert [(Path(e.source).name, e.type, e.error) for e in errors] == [(name, "image", reason)]
    assert [Path(s.source).name for s in got if isinstance(s, Skipped)] == ["notes.csv"]


def test_a_photo_over_the_limit_is_refused_without_reading_it(tmp_path):
    """A sparse 2 GB photo was read up to max_file_bytes (256 MiB) only to be refused."""
    import tracemalloc

    from leakscan.fsutil import read_input

    path = tmp_path / "photo.jpg"
    with open(path, "wb") as fh:
        fh.truncate(2 * 2**30)
    tracemalloc.start()
    try:
        data = read_input(path, S.max_file_bytes)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data is None and peak < 1 << 20


@pytest.mark.parametrize("size", [0, 1, 1 << 20])
def test_reading_an_input_reserves_its_size_not_the_limit(tmp_path, size):
    """read_input(path, 512 MiB) of a 1 MB photo reserved 512 MiB (the read's buffer) before it
    shrank: the buffer is the size the file says, read on only when it holds more."""
    import tracemalloc

    from leakscan.fsutil import read_input

    path = tmp_path / "photo.jpg"
    path.write_bytes(b"x" * size)
    tracemalloc.start()
    try:
        data = read_input(path, 512 * 2**20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == b"x" * size
    assert peak < size + (64 << 10)


@pytest.mark.parametrize(("limit", "counted"), [(None, 60), (60, 60), (1000, 60), (10, range(10, 60)), (0, 0)])
def test_count_files_stops_once_it_has_enough(tmp_path, limit, counted):
    """The default --jobs needs only to know that there are enough files for every free core:
    a huge tree is not walked to its end before the run starts."""
    from leakscan.inputs.items import count_files

    for d in range(6):
        for f in range(10):
            (tmp_path / f"d{d}").mkdir(exist_ok=True)
            (tmp_path / f"d{d}" / f"{f}.txt").write_text("hi")
    n = count_files([str(tmp_path)], limit=limit)
    assert n in counted if isinstance(counted, range) else n == counted


# -- chats: .jsonl lines with a conversation and a sender (issue 12) -------------------------------------


@pytest.mark.parametrize(
    ("record", "chat", "error"),
    [
        ({"conversation": "c1", "id": 1, "from": "child", "text": "hi"}, ("c1", "child"), None),
        ({"conversation": 7, "id": "m2", "from": "sam", "text": "yo"}, (7, "sam"), None),
        ({"id": 3, "text": "a post, not a chat"}, None, None),
        ({"id": 3, "from": "sam", "text": "a post with a from but no conversation"}, None, None),
        ({"conversation": "c1", "id": 4, "text": "no sender"}, None, "chat message has no 'from' field"),
        ({"conversation": "c1", "id": 5, "from": 2, "text": "bad sender"}, None, "'from' is not a string"),
        ({"conversation": ["c1"], "id": 6, "from": "sam", "text": "bad thread"}, None, "'conversation' must be"),
        ({"conversation": True, "id": 6, "from": "sam", "text": "bad thread"}, None, "'conversation' must be"),
    ],
)
def test_chat_lines_carry_their_thread_and_sender(tmp_path, record: dict, chat, error) -> None:
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (item,) = list(iter_items([str(path)], settings=Settings()))
    assert item.id == record["id"]
    assert ((item.conversation, item.sender) if item.is_chat else None) == chat
    if error is None:
        assert item.error is None and item.text == record["text"]
        # a chat's thread and sender are its structure, not said in it: not scanned as fields
        scanned = {name for name, _ in item.fields}
        assert ("/from" in scanned) == ("from" in record and not item.is_chat)
        assert "/conversation" not in scanned
    else:
        assert error in item.error and record["text"] not in item.error
