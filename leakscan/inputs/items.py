"""Items to scan, from paths, stdin and texts; content sniffing; the folder walk.

Nothing here scans. Problems reading an item become an ``Item`` with ``error`` set (the run
goes on); files a folder walk cannot use are reported as :class:`Skipped` so they can be
counted, never dropped silently.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..fsutil import is_temp_file
from ..settings import Settings

#: File name endings read as one post each.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
#: File name endings read as one post per line (``{"id": ..., "text": ...}``).
POSTS_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_SNIFF_BYTES = 64


@dataclass(frozen=True)
class Item:
    """One thing to scan: a post (``text``) or a media file (``path``)."""

    source: str
    type: str  # "text" | "image"
    text: str | None = None
    path: Path | None = None
    id: Any = None
    #: For posts from a file: the file, and the 1-based line for .jsonl posts.
    file: Path | None = None
    line: int | None = None
    #: The input root this item was found under and its path relative to it (mirrored by redact --out).
    rel: Path | None = None
    error: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A file a folder walk found but cannot use (not an image, post or post file)."""

    source: str
    reason: str


def iter_items(
    paths: Iterable[str],
    *,
    text: str | None = None,
    settings: Settings,
    stdin: BinaryIO | None = None,
    exclude: Iterable[Path] = (),
) -> Iterator[Item | Skipped]:
    """Every item named by ``paths`` (files, folders, ``-`` for stdin) and ``text``, in order.

    ``Item.rel`` is where a clean copy goes under an output folder: a file's own name, or
    for files found in a folder their path inside it (prefixed with the folder's name when
    several paths are given, so two inputs cannot collide).
    """
    if text is not None:
        yield _post(text, "<text>", settings)
    excluded = [p.resolve() for p in exclude]
    paths = list(paths)
    prefix = len(paths) > 1
    for raw in paths:
        if raw == "-":
            yield _stdin_item(stdin or sys.stdin.buffer, settings)
            continue
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            yield Item(source=raw, type="text", error=_os_reason(exc, "cannot read"))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, settings, excluded, prefix=prefix)
        else:
            yield from _file_items(path, raw, settings, explicit=True, rel=Path(path.name))


def count_files(paths: Iterable[str]) -> int:
    """How many files ``paths`` name (folders walked like :func:`iter_items`), for progress bars."""
    total = 0
    for raw in paths:
        if raw == "-":
            total += 1
            continue
        path = Path(raw)
        if not path.is_dir():
            total += 1
            continue
        stack = [path]
        while stack:
            try:
                with os.scandir(stack.pop()) as it:
                    for entry in it:
                        try:
                            if entry.is_dir(follow_symlinks=False):
                                stack.append(Path(entry.path))
                            elif entry.is_file(follow_symlinks=False) and not is_temp_file(entry.name):
                                total += 1
                        except OSError:
                            continue
            except OSError:
                continue
    return total


def _os_reason(exc: OSError, what: str) -> str:
    return f"{what}: {exc.strerror or type(exc).__name__}"


def _post(text: str, source: str, settings: Settings, **kw: Any) -> Item:
    if not text.strip():
        return Item(source=source, type="text", text=text, error="empty post (no text to scan)", **kw)
    return Item(source=source, type="text", text=text, **kw)


def _stdin_item(stream: BinaryIO, settings: Settings) -> Item:
    data = stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        return Item(
            source="-", type="text", error=f"standard input is over the limit of {settings.max_file_bytes:,} bytes"
        )
    text, error = decode_text(data)
    if error:
        return Item(source="-", type="text", error=error)
    return _post(text, "-", settings)


def decode_text(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text of ``data`` (a BOM is dropped), or an error naming the problem."""
    if b"\x00" in data[:8192]:
        return "", "binary content, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return "", f"not valid UTF-8 text (bad byte at offset {exc.start})"


def sniff_media(head: bytes) -> str | None:
    """``"image"``/``"video"`` when ``head`` starts a supported media file, else None."""
    from ..media import sniff

    handler = sniff(head)
    return handler.media if handler is not None else None


def _file_items(path: Path, source: str, settings: Settings, *, explicit: bool, rel: Path) -> Iterator[Item | Skipped]:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        yield Item(source=source, type="text", error=_os_reason(exc, "cannot read"), rel=rel)
        return
    media = sniff_media(head) if head else None
    if media is not None:
        yield Item(source=source, type=media, path=path, rel=rel)
        return
    suffix = path.suffix.lower()
    if suffix in POSTS_SUFFIXES:
        yield from _posts_file(path, source, settings, rel)
        return
    if suffix in TEXT_SUFFIXES or (explicit and suffix not in _IMAGE_SUFFIXES):
        if size > settings.max_file_bytes:
            yield Item(
                source=source,
                type="text",
                error=f"file is over the limit of {settings.max_file_bytes:,} bytes",
                rel=rel,
            )
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Item(source=source, type="text", error=_os_reason(exc, "cannot read"), rel=rel)
            return
        if not data:
            yield Item(source=source, type="text", error="empty file", file=path, rel=rel)
            return
        text, error = decode_text(data)
        if error:
            yield Item(source=source, type="text", error=error, file=path, rel=rel)
            return
        yield _post(text, source, settings, file=path, rel=rel)
        return
    if explicit:
        reason = "empty file" if size == 0 else "not a supported image, video or text file"
        yield Item(source=source, type="image", error=reason, path=path, rel=rel)
    else:
        yield Skipped(source=source, reason="not an image, video, text or .jsonl file")


#: Image-looking names that did not sniff as an image: reported as errors, never read as text.
_IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".heic", ".heif", ".avif", ".dng", ".mov", ".mp4"}
)


def _posts_file(path: Path, source: str, settings: Settings, rel: Path) -> Iterator[Item]:
    """One item per line of a .jsonl post file; a bad line is an error item for that line."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; lines are streamed
    except OSError as exc:
        yield Item(source=source, type="text", error=_os_reason(exc, "cannot read"), rel=rel)
        return
    with fh:
        lineno = 0
        try:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                ident, post, error = parse_post_line(raw, settings.max_file_bytes)
                yield Item(
                    source=f"{source}:{lineno}",
                    type="text",
                    text=post,
                    id=ident,
                    error=error,
                    file=path,
                    line=lineno,
                    rel=rel,
                )
        except OSError as exc:
            yield Item(source=f"{source}:{lineno + 1}", type="text", error=_os_reason(exc, "cannot read"), rel=rel)


def parse_post_line(raw: bytes, max_bytes: int) -> tuple[Any, str | None, str | None]:
    """``(id, text, error)`` of one non-blank line of a .jsonl post file, as its :class:`Item` gets them."""
    if len(raw) > max_bytes:
        return None, None, "line is over the size limit"
    line, error = decode_text(raw)
    if error:
        return None, None, error
    try:
        record = json.loads(line)
    except ValueError:
        return None, None, "line is not valid JSON"
    ident = record.get("id") if isinstance(record, dict) else None
    post = record.get("text") if isinstance(record, dict) else None
    if not isinstance(post, str):
        reason = "no 'text' field" if not isinstance(record, dict) or "text" not in record else "'text' is not a string"
        return ident, None, reason
    if not post.strip():
        return ident, post, "empty post (no text to scan)"
    return ident, post, None


def _walk(root: Path, settings: Settings, excluded: list[Path], *, prefix: bool) -> Iterator[Item | Skipped]:
    """Files under ``root`` in a stable order; symlinks are not followed, loops impossible."""
    base = Path(root.resolve().name) if prefix else Path()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Item(source=str(folder), type="text", error=_os_reason(exc, "cannot list folder"))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            if is_temp_file(entry.name):
                continue
            try:
                if entry.is_symlink():
                    yield Skipped(source=str(path), reason="symbolic link (not followed)")
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if any(_same_or_inside(path, ex) for ex in excluded):
                        yield Skipped(source=str(path), reason="output folder (not scanned)")
                        continue
                    subfolders.append(path)
                    continue
                if not entry.is_file(follow_symlinks=False):
                    yield Skipped(source=str(path), reason="not a regular file")
                    continue
            except OSError as exc:
                yield Item(source=str(path), type="text", error=_os_reason(exc, "cannot read"))
                continue
            rel = base / path.relative_to(root)
            yield from _file_items(path, str(path), settings, explicit=False, rel=rel)
        stack.extend(reversed(subfolders))


def _same_or_inside(path: Path, other: Path) -> bool:
    try:
        resolved = path.resolve()
    except OSError:
        return False
    return resolved == other or other in resolved.parents
