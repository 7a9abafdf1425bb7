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
from ..inputs.items import Item
from ..media.base import StripOptions
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
    _jsonl: _JsonlRewriter | None = None

    def destination(self, item: Item) -> Path:
        """Where the clean copy of ``item``'s file goes."""
        src = item.path or item.file
        assert src is not None
        if self.in_place:
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
        if self._jsonl is None or self._jsonl.src != item.file:
            self.finish_file()
            if not self.dry_run:
                self._jsonl = _JsonlRewriter(item.file, self.destination(item))
        failed = item.error is not None or (result.error is not None and not result.findings)
        redacted = None if failed else redact_text(item.text or "", result.findings, self.style)
        changed = redacted is not None and redacted != item.text
        if self._jsonl is not None and changed:
            self._jsonl.replace(item.line, redacted)  # type: ignore[arg-type]
        if failed:
            return Outcome(source=item.source, action="error", error=item.error or result.error)
        action = ("would-write" if changed else "would-copy") if self.dry_run else ("written" if changed else "copied")
        output = None if self.dry_run else f"{self.destination(item)}:{item.line}"
        return Outcome(source=item.source, action=action, output=output, changed=changed, redacted_text=redacted)

    def finish_file(self) -> None:
        """Complete a .jsonl file being rewritten (call at the end of a run)."""
        if self._jsonl is not None:
            self._jsonl.finish()
            self._jsonl = None

    def abort(self) -> None:
        """Drop a half-done .jsonl rewrite (Ctrl-C): no partial output is left."""
        if self._jsonl is not None:
            self._jsonl.abort()
            self._jsonl = None


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from None


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


class _JsonlRewriter:
    """Copies a .jsonl file to a temporary file, replacing the text of some lines, then renames.

    Lines arrive in order; lines without a replacement (clean, blank, broken) are copied
    byte for byte, so memory stays flat however long the file.
    """

    def __init__(self, src: Path, dst: Path):
        self.src = src
        self.dst = dst
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

    def _copy_until(self, line: int) -> bytes | None:
        """Copy lines before ``line``; return line ``line`` itself (or None at end of file)."""
        while True:
            raw = self._in.readline()
            if not raw:
                return None
            self._line += 1
            if self._line == line:
                return raw
            self._out.write(raw)

    def replace(self, line: int, text: str) -> None:
        raw = self._copy_until(line)
        if raw is None:
            return
        record = json.loads(raw.decode("utf-8-sig"))
        record["text"] = text
        ending = b"\r\n" if raw.endswith(b"\r\n") else b"\n" if raw.endswith(b"\n") else b""
        self._out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + ending)

    def finish(self) -> None:
        try:
            while chunk := self._in.read(1 << 20):
                self._out.write(chunk)
            self._in.close()
        except OSError as exc:
            self.abort()
            raise write_error(self.dst, exc) from None
        except BaseException:
            self.abort()
            raise
        self._atomic.commit(like=self.src)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._in.close()
        self._atomic.abort()
