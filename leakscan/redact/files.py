"""Write clean copies of scanned items: posts, text files, .jsonl post files and media files.

The redaction itself is :mod:`leakscan.redact.text` (spans) and :mod:`leakscan.redact.image`
(metadata); this module decides *where* a clean copy goes and writes it atomically. An
original is only ever replaced with ``in_place=True``, and then by an atomic rename.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import DiskFullError, LeakscanError, RedactError
from ..findings import ScanResult
from ..fsutil import AtomicFile, atomic_write, write_error
from ..inputs.items import Item, decode_text, parse_post_line
from ..media.base import StripOptions
from ..report import json_text
from ..settings import Settings
from .text import redact_text


@dataclass(frozen=True)
class Outcome:
    """What happened (or, in a dry run, would happen) to one item."""

    source: str
    #: "written" (a clean copy with changes), "copied" (nothing to remove), "would-write",
    #: "would-copy", "stdout" (a post given as text), "up-to-date", "error".
    action: str
    output: str | None = None
    changed: bool = False
    lossless: bool | None = None
    removed: tuple[str, ...] = ()
    note: str | None = None
    redacted_text: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": self.action, "output": self.output, "changed": self.changed}
        if self.lossless is not None:
            data["lossless"] = self.lossless
        if self.removed:
            data["removed"] = list(self.removed)
        if self.note:
            data["note"] = self.note
        if self.redacted_text is not None:
            data["text"] = self.redacted_text
        if self.error:
            data["error"] = self.error
        return data


@dataclass
class Redactor:
    """Writes clean copies for a run: under ``out`` (mirroring input paths) or in place."""

    out: Path | None = None
    in_place: bool = False
    dry_run: bool = False
    style: str = "placeholder"
    options: StripOptions = field(default_factory=StripOptions)
    settings: Settings | None = None
    #: Skip files whose clean copy exists and is newer than the original (safe re-runs).
    skip_done: bool = True
    #: File-level problems found when a .jsonl rewrite ends (its lines were reported already):
    #: the batch layer reports them as error lines of their own (see :meth:`take_problems`).
    problems: list[Outcome] = field(default_factory=list)
    _jsonl: _JsonlRewriter | None = None
    _jsonl_src: Path | None = None
    _jsonl_error: str | None = None

    def destination(self, item: Item) -> Path:
        """Where the clean copy of ``item``'s file goes."""
        src = item.path or item.file
        assert src is not None
        if self.in_place or (self.dry_run and self.out is None):  # a dry run writes nothing anywhere
            return src
        assert self.out is not None and item.rel is not None
        return self.out / item.rel

    def handle(self, item: Item, result: ScanResult) -> Outcome:
        """Redact one scanned item."""
        if item.file is not None and item.line is not None:
            return self._jsonl_line(item, result)
        self.finish_file()
        if item.error is not None or (result.error is not None and not result.findings):
            return Outcome(source=item.source, action="error", error=item.error or result.error)
        if item.type == "text":
            redacted = redact_text(item.text or "", result.findings, self.style)
            changed = redacted != item.text
            if item.file is None:  # --text or stdin: the clean post goes to stdout
                return Outcome(source=item.source, action="stdout", changed=changed, redacted_text=redacted)
            return self._write(item, lambda: _encode_like(redacted, item.file), changed, redacted_text=redacted)
        return self._media(item, result)

    def _media(self, item: Item, result: ScanResult) -> Outcome:
        from .image import redact_image_file

        dst = self.destination(item)
        if self._up_to_date(item.path, dst):
            return Outcome(source=item.source, action="up-to-date", output=str(dst))
        try:
            if not self.dry_run:
                _mkdir(dst.parent)
            done = redact_image_file(
                item.path, dst, self.options, dry_run=self.dry_run, settings=self.settings, findings=result.findings
            )
        except DiskFullError:
            raise  # every next write would fail too: the run stops
        except LeakscanError as exc:
            return Outcome(source=item.source, action="error", error=str(exc))
        action = (
            ("would-write" if done.changed else "would-copy")
            if self.dry_run
            else ("written" if done.changed else "copied")
        )
        return Outcome(
            source=item.source,
            action=action,
            output=None if self.dry_run else str(dst),
            changed=done.changed,
            lossless=done.lossless,
            removed=tuple(done.removed),
            note=done.note,
        )

    def _write(self, item: Item, make: Any, changed: bool, **extra: Any) -> Outcome:
        src = item.file
        dst = self.destination(item)
        if self.dry_run:
            return Outcome(
                source=item.source, action="would-write" if changed else "would-copy", changed=changed, **extra
            )
        if self.in_place and not changed:
            return Outcome(source=item.source, action="unchanged", output=str(dst), **extra)
        if src is not None and not _still_as_read(src, item.text):
            # Never write a clean copy of an older version (in place: over a newer one) or
            # bring back a file deleted during the run.
            error = f"{src}: the file changed while it was being redacted; no clean copy was written"
            return Outcome(source=item.source, action="error", error=error, **extra)
        try:
            _mkdir(dst.parent)
            atomic_write(dst, make(), like=src)
        except DiskFullError:
            raise
        except LeakscanError as exc:
            return Outcome(source=item.source, action="error", error=str(exc), **extra)
        return Outcome(
            source=item.source, action="written" if changed else "copied", output=str(dst), changed=changed, **extra
        )

    def _up_to_date(self, src: Path | None, dst: Path) -> bool:
        if not self.skip_done or self.in_place or self.dry_run or src is None:
            return False
        try:
            return dst.stat().st_mtime_ns >= src.stat().st_mtime_ns
        except OSError:
            return False

    # -- .jsonl post files: streamed line by line -------------------------------------

    def _jsonl_line(self, item: Item, result: ScanResult) -> Outcome:
        assert item.file is not None and item.line is not None
        if self._jsonl_src != item.file:
            self.finish_file()
            self._jsonl_src = item.file
            if not self.dry_run:
                try:
                    self._jsonl = _JsonlRewriter(item.file, self.destination(item), self._max_line_bytes())
                except DiskFullError:
                    raise
                except LeakscanError as exc:  # e.g. a read-only output folder: every line says so
                    self._jsonl_error = str(exc)
        failed = item.error is not None or (result.error is not None and not result.findings)
        redacted = None if failed else redact_text(item.text or "", result.findings, self.style)
        changed = redacted is not None and redacted != item.text
        if self._jsonl is not None:
            try:
                self._jsonl.take(item, redacted if changed else None)
            except DiskFullError:
                raise
            except LeakscanError as exc:  # the file changed since it was read, or a write failed
                self._jsonl.abort()
                self._jsonl = None
                self._jsonl_error = str(exc)
                self.problems.append(Outcome(source=str(item.file), action="error", error=str(exc)))
        if self._jsonl_error is not None:
            return Outcome(source=item.source, action="error", error=self._jsonl_error)
        if failed:
            return Outcome(source=item.source, action="error", error=item.error or result.error)
        action = ("would-write" if changed else "would-copy") if self.dry_run else ("written" if changed else "copied")
        output = None if self.dry_run else f"{self.destination(item)}:{item.line}"
        return Outcome(source=item.source, action=action, output=output, changed=changed, redacted_text=redacted)

    def _max_line_bytes(self) -> int:
        return (self.settings or Settings()).max_file_bytes

    def finish_file(self) -> None:
        """Complete a .jsonl file being rewritten (call at the end of a run).

        A failure other than a full disk is added to :attr:`problems`, not raised: the run goes on.
        """
        rewriter, self._jsonl = self._jsonl, None
        self._jsonl_src = None
        self._jsonl_error = None
        if rewriter is not None:
            try:
                rewriter.finish()
            except DiskFullError:
                raise
            except LeakscanError as exc:
                self.problems.append(Outcome(source=str(rewriter.src), action="error", error=str(exc)))

    def take_problems(self) -> list[Outcome]:
        """File-level problems found since the last call (each an error line for its file)."""
        problems, self.problems = self.problems, []
        return problems

    def abort(self) -> None:
        """Drop a half-done .jsonl rewrite (Ctrl-C): no partial output is left."""
        if self._jsonl is not None:
            self._jsonl.abort()
            self._jsonl = None
        self._jsonl_src = None
        self._jsonl_error = None


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from None


def _still_as_read(path: Path, text: str | None) -> bool:
    """True when the text file at ``path`` still holds ``text`` (what was scanned)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    current, error = decode_text(data)
    return error is None and current == text


def _encode_like(text: str, original: Path | None) -> bytes:
    """Encode a redacted text the way the original file was (keeping a UTF-8 BOM)."""
    data = text.encode("utf-8")
    if original is not None:
        try:
            with open(original, "rb") as fh:
                if fh.read(3) == b"\xef\xbb\xbf":
                    return b"\xef\xbb\xbf" + data
        except OSError:
            pass
    return data


class _FileChanged(RedactError):
    """A .jsonl file changed between the scan and its rewrite: no clean copy is written."""


class _JsonlRewriter:
    """Copies a .jsonl file to a temporary file, replacing the text of some lines, then renames.

    Lines arrive in order; lines without a replacement (clean, blank, broken) are copied
    byte for byte, so memory stays flat however long the file. The file is read a second
    time here, so every line is checked against what was scanned: a line that changed, one
    that appeared (in between, or appended at the end) or vanished means the file changed
    during the run, and nothing is written for it (never an unscanned post in a clean copy).
    """

    def __init__(self, src: Path, dst: Path, max_line_bytes: int):
        self.src = src
        self.dst = dst
        self.max_line_bytes = max_line_bytes
        _mkdir(dst.parent)
        try:
            self._in: IO[bytes] = open(src, "rb")  # noqa: SIM115 - closed in finish/abort
        except OSError as exc:
            raise RedactError(f"{src}: cannot read ({exc.strerror or type(exc).__name__})") from None
        try:
            self._atomic = AtomicFile(dst)
        except BaseException:
            self._in.close()
            raise
        self._out: IO[bytes] = self._atomic.file
        self._line = 0

    def _changed(self) -> _FileChanged:
        return _FileChanged(f"{self.src}: the file changed while it was being redacted; no clean copy was written")

    def _copy_until(self, line: int) -> bytes:
        """Copy the (blank) lines before ``line``; return line ``line`` itself."""
        while True:
            raw = self._read_line()
            if not raw:
                raise self._changed()  # shorter than when it was scanned
            self._line += 1
            if self._line == line:
                return raw
            if raw.strip():  # the scan skipped only blank lines
                raise self._changed()
            self._write(raw)

    def _read_line(self) -> bytes:
        try:
            return self._in.readline()
        except OSError as exc:
            raise RedactError(f"{self.src}: cannot read ({exc.strerror or type(exc).__name__})") from None

    def _write(self, data: bytes) -> None:
        try:
            self._out.write(data)
        except OSError as exc:
            raise write_error(self.dst, exc) from None

    def take(self, item: Item, text: str | None) -> None:
        """Copy ``item``'s line, its text replaced by ``text`` (None: byte for byte)."""
        assert item.line is not None
        raw = self._copy_until(item.line)
        if parse_post_line(raw, self.max_line_bytes) != (item.id, item.text, item.error):
            raise self._changed()
        if text is None:
            self._write(raw)
            return
        record = json.loads(raw.decode("utf-8-sig"))
        record["text"] = text
        ending = b"\r\n" if raw.endswith(b"\r\n") else b"\n" if raw.endswith(b"\n") else b""
        self._write(json_text(record).encode("utf-8") + ending)  # a lone surrogate stays an escape

    def finish(self) -> None:
        try:
            while raw := self._read_line():
                if raw.strip():  # appended after it was scanned
                    raise self._changed()
                self._write(raw)
            self._in.close()
        except BaseException:
            self.abort()
            raise
        self._atomic.commit(like=self.src)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._in.close()
        self._atomic.abort()
