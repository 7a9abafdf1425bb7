"""Inputs: content sniffing, .txt/.jsonl posts, folder walks, bad files as error items."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

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
