"""Items to scan, from paths, stdin and texts; content sniffing; the folder walk.

Nothing here scans. Problems reading an item become an ``Item`` with ``error`` set (the run
goes on); files a folder walk cannot use are reported as :class:`Skipped` so they can be
counted, never dropped silently.

Every read is bounded: a text file by what one post can take (:func:`max_text_bytes`, however
big its size says it is), a line of a post file by :func:`max_line_bytes` (a longer line is
skipped to its end without being kept: an error line). Only regular files are read: a device, a FIFO or a socket named
on the command line -- or found in a folder under a name the walk reads (a photo's, a post's,
a post file's: :func:`type_by_name`) -- is an error line, found without opening it for reading
(which blocks on a FIFO); ``-`` (stdin) stays supported.
"""

from __future__ import annotations

import functools
import io
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..fsutil import LINE_BUFFER_BYTES, is_temp_file, not_regular, open_input
from ..settings import Settings

# The .jsonl record readers (JSONL, is_key_field, parse_line, resolve_field) are also found here by redact/files.py.
from .records import JSONL, LINES, decode_text, is_key_field, parse_line, parse_record_line, resolve_field  # noqa: F401

#: File name endings read as one post each (or one post per line, with ``lines=True``).
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
#: File name endings read as one post per line (``{"id": ..., "text": ...}``).
POSTS_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_SNIFF_BYTES = 64
#: The most bytes one post can take on a line: ``max_text_chars`` characters, each at most 12
#: bytes as JSON escapes (a surrogate pair, ``\ud83d\ude00``), plus room for the other fields.
LINE_BYTES_PER_CHAR = 16
#: The most bytes one character of a post takes in a text file (UTF-8), and a BOM's bytes.
TEXT_BYTES_PER_CHAR, _BOM_BYTES = 4, 3


@dataclass(frozen=True)
class Item:
    """One thing to scan: a post (``text``) or a media file (``path``)."""

    source: str
    type: str  # "text" | "image"
    text: str | None = None
    path: Path | None = None
    id: Any = None
    #: For posts from a file: the file, and the 1-based line for posts that are one line of it.
    file: Path | None = None
    line: int | None = None
    #: For one line of a post file: :data:`JSONL` or :data:`LINES`.
    line_format: str | None = None
    #: A .jsonl post's other string and number values and its keys, as ``(field, text)`` (a JSON
    #: pointer, or a key's position: :func:`key_field`): scanned like the post (findings name the
    #: field) and redacted in clean copies.
    fields: tuple[tuple[str, str], ...] = ()
    #: The input root this item was found under and its path relative to it (mirrored by redact --out).
    rel: Path | None = None
    error: str | None = None
    #: For a chat message (a .jsonl line with ``conversation`` and ``from``): its thread's id,
    #: and who sent it (``"child"`` for the child's own); :attr:`sender` is None for a post.
    conversation: Any = None
    sender: str | None = None
    #: The earlier messages of its thread, when they were read in another chunk of the run
    #: (:mod:`leakscan.batch` hands them over with the first of its messages in a chunk).
    context: tuple[Any, ...] = ()

    @property
    def is_chat(self) -> bool:
        """True for a message of a chat, checked in the context of its thread."""
        return self.sender is not None


@dataclass(frozen=True)
class Skipped:
    """A file a folder walk found but cannot use (not an image, post or post file)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Line:
    """One line of a post file as :func:`read_lines` reads it."""

    number: int
    #: The line without its ending; None when it was longer than the limit (not kept).
    body: bytes | None
    #: ``b"\\n"``, ``b"\\r\\n"``, or ``b""`` for a last line without one.
    ending: bytes


#: Decides whether a file may get a clean copy at ``rel``: None, or why not (an error line).
Claim = Callable[[Path], "str | None"]


def iter_items(
    paths: Iterable[str],
    *,
    text: str | None = None,
    settings: Settings,
    stdin: BinaryIO | None = None,
    exclude: Iterable[Path] = (),
    lines: bool = False,
    unique_rel: bool = False,
) -> Iterator[Item | Skipped]:
    """Every item named by ``paths`` (files, folders, ``-`` for stdin) and ``text``, in order.

    ``Item.rel`` is where a clean copy goes under an output folder: a file's own name, or
    for files found in a folder their path inside it (prefixed with the folder's name when
    several paths are given). ``lines``: every non-blank line of a text file (and of stdin)
    is a post of its own, ``FILE:LINE``. ``unique_rel`` (``redact --out``): a file whose
    ``rel`` an earlier input already has is an error item, so that no clean copy overwrites
    another.
    """
    if text is not None:
        yield _post(text, "<text>", settings)
    excluded = [p.resolve() for p in exclude]
    paths = list(paths)
    prefix = len(paths) > 1
    claims = _Claims(paths, prefix) if unique_rel else None
    for index, raw in enumerate(paths):
        if raw == "-":
            yield from _stdin_items(stdin or sys.stdin.buffer, settings, lines)
            continue
        claim = claims.for_input(index, raw) if claims is not None else None
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            yield Item(source=raw, type="text", error=_os_reason(exc, "cannot read"))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, settings, excluded, prefix=prefix, lines=lines, claim=claim)
        elif problem := not_regular(st.st_mode):  # refused by its name's kind: never opened
            yield Item(source=raw, type=type_by_name(path) or "text", error=problem, rel=Path(path.name))
        else:
            yield from _file_items(path, raw, settings, explicit=True, rel=Path(path.name), lines=lines, claim=claim)


class _Claims:
    """Which input first gave each clean-copy path (``rel``), for ``unique_rel``.

    Two inputs can only collide when their top-level names are the same (a file's name, a
    walked folder's name): only those inputs' paths are remembered, so memory stays flat
    for any single tree however large.
    """

    def __init__(self, paths: list[str], prefix: bool):
        tops = [self._top(raw, prefix) for raw in paths]
        self._shared = {t for t in tops if t is not None and tops.count(t) > 1}
        self._first: dict[Path, tuple[int, str]] = {}

    @staticmethod
    def _top(raw: str, prefix: bool) -> str | None:
        if raw == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            return path.resolve().name if prefix else None
        return path.name

    def for_input(self, index: int, raw: str) -> Claim | None:
        def claim(rel: Path) -> str | None:
            if not rel.parts or rel.parts[0] not in self._shared:
                return None
            first, source = self._first.setdefault(rel, (index, str(Path(raw) / rel.relative_to(rel.parts[0]))))
            if first == index:
                return None
            return f"same clean copy ({rel}) as {source}: not redacted (rename one, or redact them in separate runs)"

        return claim if self._shared else None


def count_files(paths: Iterable[str], limit: int | None = None) -> int:
    """How many files ``paths`` name (folders walked like :func:`iter_items`), for progress bars;
    with ``limit``, the walk stops as soon as that many are found."""
    total = 0
    enough = limit if limit is not None else float("inf")
    for raw in paths:
        if total >= enough:
            break
        if raw == "-":
            total += 1
            continue
        path = Path(raw)
        if not path.is_dir():
            total += 1
            continue
        stack = [path]
        while stack and total < enough:
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


def max_line_bytes(settings: Settings) -> int:
    """The longest line of a post file that is read (:data:`LINE_BYTES_PER_CHAR` per scannable character)."""
    return min(settings.max_file_bytes, LINE_BYTES_PER_CHAR * settings.max_text_chars)


def max_text_bytes(settings: Settings) -> int:
    """The most bytes a text file or stdin read as one post is read to: ``max_file_bytes``, or
    less when ``max_text_chars`` characters (4 bytes each at most, and a BOM) take less --
    a longer file cannot be one post within the limit, so it is refused without being held."""
    return min(settings.max_file_bytes, TEXT_BYTES_PER_CHAR * settings.max_text_chars + _BOM_BYTES)


def _over_text_limit(settings: Settings) -> str:
    limit = max_text_bytes(settings)
    why = (
        "" if limit == settings.max_file_bytes else f" ({settings.max_text_chars:,} characters, setting max_text_chars)"
    )
    return f"file is over the limit of {limit:,} bytes{why}"


def _os_reason(exc: OSError, what: str) -> str:
    return f"{what}: {exc.strerror or type(exc).__name__}"


def _post(text: str, source: str, settings: Settings, **kw: Any) -> Item:
    if not text.strip():
        return Item(source=source, type="text", text=text, error="empty post (no text to scan)", **kw)
    return Item(source=source, type="text", text=text, **kw)


def _stdin_items(stream: BinaryIO, settings: Settings, lines: bool) -> Iterator[Item]:
    limit = settings.max_file_bytes if lines else max_text_bytes(settings)
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield Item(source="-", type="text", error=f"standard input is over the limit of {limit:,} bytes")
        return
    if lines:
        yield from _line_posts(io.BytesIO(data), "-", settings, LINES)
        return
    text, error = decode_text(data)
    yield Item(source="-", type="text", error=error) if error else _post(text, "-", settings)


def sniff_media(head: bytes) -> str | None:
    """``"image"``/``"video"`` when ``head`` starts a supported media file, else None."""
    from ..media import sniff

    handler = sniff(head)
    return handler.media if handler is not None else None


def _file_items(
    path: Path,
    source: str,
    settings: Settings,
    *,
    explicit: bool,
    rel: Path,
    lines: bool = False,
    claim: Claim | None = None,
) -> Iterator[Item | Skipped]:
    try:
        with open_input(path) as fh:
            head = fh.read(_SNIFF_BYTES)
            media = sniff_media(head) if head else None
            suffix = path.suffix.lower()
            as_text = (
                media is None
                and suffix not in POSTS_SUFFIXES
                and (suffix in TEXT_SUFFIXES or (explicit and suffix not in _media_suffixes()))
            )
            # A whole text post is read here, in the same bounded read (never past what one post can take).
            data = head + fh.read(max_text_bytes(settings) + 1 - len(head)) if as_text and not lines else head
    except (OSError, InputError) as exc:
        error = _os_reason(exc, "cannot read") if isinstance(exc, OSError) else str(exc)
        yield Item(source=source, type="text", error=error, rel=rel)
        return
    known = media is not None or suffix in POSTS_SUFFIXES or as_text
    refused = claim(rel) if claim is not None and known else None
    if refused:
        yield Item(source=source, type=media or "text", error=refused, rel=rel)
    elif media is not None:
        yield Item(source=source, type=media, path=path, rel=rel)
    elif suffix in POSTS_SUFFIXES:
        yield from _posts_file(path, source, settings, rel, JSONL)
    elif as_text and lines:
        yield from _posts_file(path, source, settings, rel, LINES)
    elif as_text:
        yield _text_file(data, path, source, settings, rel)
    elif explicit or suffix in _media_suffixes():
        # A photo by its name that cannot be read as one is an unchecked photo, not a file to skip.
        reason = "empty file" if not head else "not a supported image, video or text file"
        yield Item(source=source, type="image", error=reason, path=path, rel=rel)
    else:
        yield Skipped(source=source, reason="not an image, video, text or .jsonl file")


def _text_file(data: bytes, path: Path, source: str, settings: Settings, rel: Path) -> Item:
    """A whole text file as one post."""
    if len(data) > max_text_bytes(settings):
        return Item(source=source, type="text", error=_over_text_limit(settings), rel=rel)
    if not data:
        return Item(source=source, type="text", error="empty file", file=path, rel=rel)
    text, error = decode_text(data)
    if error:
        return Item(source=source, type="text", error=error, file=path, rel=rel)
    return _post(text, source, settings, file=path, rel=rel)


@functools.cache
def _media_suffixes() -> frozenset[str]:
    """Photo and video names (every suffix a handler in :mod:`leakscan.media` declares): one
    that did not sniff as a photo or video is reported as an error (in a folder walk too),
    never read as text and never skipped."""
    from ..media import formats

    return frozenset(suffix for handler in formats() for suffix in handler.suffixes)


def type_by_name(path: Path) -> str | None:
    """``"image"`` or ``"text"`` for a file a folder walk reads by its name (a photo or video, a
    text file, a post file), None for other names (their content decides, when it can be read)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES or suffix in POSTS_SUFFIXES:  # first: a text file needs no media handler
        return "text"
    if suffix in _media_suffixes():
        return "image"
    return None


def _posts_file(path: Path, source: str, settings: Settings, rel: Path, line_format: str) -> Iterator[Item]:
    """One item per non-blank line of a post file; a bad line is an error item for that line."""
    try:
        fh = open_input(path, buffering=LINE_BUFFER_BYTES)
    except (OSError, InputError) as exc:
        error = _os_reason(exc, "cannot read") if isinstance(exc, OSError) else str(exc)
        yield Item(source=source, type="text", error=error, rel=rel)
        return
    with fh:
        yield from _line_posts(fh, source, settings, line_format, file=path, rel=rel)


def _line_posts(
    fh: BinaryIO,
    source: str,
    settings: Settings,
    line_format: str,
    *,
    file: Path | None = None,
    rel: Path | None = None,
) -> Iterator[Item]:
    limit = max_line_bytes(settings)
    number = 0
    try:
        for line in read_lines(fh, limit):
            number = line.number
            if line.body is not None and not line.body.strip():
                continue
            ident, post, fields, error, chat = parse_record_line(line.body, line_format, limit)
            yield Item(
                source=f"{source}:{line.number}",
                type="text",
                text=post,
                id=ident,
                fields=fields,
                error=error,
                file=file,
                line=line.number,
                line_format=line_format if file is not None else None,
                rel=rel,
                conversation=chat[0] if chat else None,
                sender=chat[1] if chat else None,
            )
    except OSError as exc:
        yield Item(source=f"{source}:{number + 1}", type="text", error=_os_reason(exc, "cannot read"), rel=rel)


def read_lines(fh: BinaryIO, limit: int) -> Iterator[Line]:
    """Every line of ``fh``, each read with a bound: a line longer than ``limit`` bytes (its
    ending not counted) comes back with ``body=None`` after being skipped to its end in small
    reads, so memory stays within ``limit`` whatever the file holds."""
    number = 0
    while raw := fh.readline(limit + 2):  # + room for the ending of a line at the limit
        number += 1
        body, ending = _split_ending(raw)
        if len(body) > limit or (not ending and len(raw) == limit + 2):
            last = raw[-1:]
            while not ending and (chunk := fh.readline(1 << 16)):  # skip to the end of the line
                ending = _split_ending(last + chunk)[1]  # a "\r" and its "\n" can be read apart
                last = chunk[-1:]
            yield Line(number, None, ending)
        else:
            yield Line(number, body, ending)


def _split_ending(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def _walk(
    root: Path,
    settings: Settings,
    excluded: list[Path],
    *,
    prefix: bool,
    lines: bool = False,
    claim: Claim | None = None,
) -> Iterator[Item | Skipped]:
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
                    # A FIFO or socket named like a photo or a post was meant to be checked and
                    # cannot be: an unchecked item (never opened: that would block on a FIFO).
                    kind = type_by_name(path)
                    if kind is None:
                        yield Skipped(source=str(path), reason="not a regular file")
                    else:
                        problem = not_regular(entry.stat(follow_symlinks=False).st_mode)
                        yield Item(source=str(path), type=kind, error=problem, rel=base / path.relative_to(root))
                    continue
            except OSError as exc:
                yield Item(source=str(path), type="text", error=_os_reason(exc, "cannot read"))
                continue
            rel = base / path.relative_to(root)
            yield from _file_items(path, str(path), settings, explicit=False, rel=rel, lines=lines, claim=claim)
        stack.extend(reversed(subfolders))


def _same_or_inside(path: Path, other: Path) -> bool:
    try:
        resolved = path.resolve()
    except OSError:
        return False
    return resolved == other or other in resolved.parents
