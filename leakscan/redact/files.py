"""Write clean copies of scanned items: posts, text files, post files (one post a line) and media.

The redaction itself is :mod:`leakscan.redact.text` (spans) and :mod:`leakscan.redact.image`
(metadata); this module decides *where* a clean copy goes and writes it atomically. An
original is only ever replaced with ``in_place=True``, and then by an atomic rename.

What a clean copy promises, and how each promise is kept:

* **Nothing unscanned.** A post file (``.jsonl``, or a text file read with ``--lines``) is
  rewritten line by line; a line that could not be read or fully scanned (not JSON, not
  UTF-8, over the line limit, no text, a scanner that failed) is *left blank* -- its ending
  kept, so line numbers still match the scan -- never copied as it was. A .jsonl record's
  other strings and numbers (its ``id`` too) and its keys were scanned with its text
  (``Item.fields``) and are redacted the same way, keys renamed in place; a line whose
  redacted keys would collide (a value lost) is left blank too.
* **Never claims to be clean when it is not.** A photo's copy is scanned again as written
  (its metadata and its file name, which the copy keeps): whatever it still holds (with
  ``--only gps`` the camera owner, a phone number in a comment...) is reported as
  ``still_holds`` kinds and fields, never values.
* **Written only under the output folder.** Writes go through :class:`~leakscan.fsutil.AtomicFile`
  with the output folder as its root: no symbolic link under it is followed.
* **Up to date only when honestly so.** A re-run may skip a photo whose copy carries a record
  (an extended attribute, :data:`~leakscan.fsutil.RECORD_ATTR`, set before the copy gets its
  name): a digest of the leakscan version, the strip options, the settings and both files'
  identities, and what the copy holds. Anything else (other options or settings, an edited or
  replaced copy or original, no record: a file system without extended attributes) is redone.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import DiskFullError, InputError, LeakscanError, RedactError
from ..findings import Finding, ScanResult, json_text
from ..fsutil import (
    LINE_BUFFER_BYTES,
    AtomicFile,
    atomic_write,
    get_record,
    open_folder,
    open_input,
    read_input,
    set_record,
    write_error,
)
from ..inputs.items import (
    JSONL,
    Item,
    Line,
    decode_text,
    is_key_field,
    max_line_bytes,
    parse_line,
    read_lines,
    resolve_field,
)
from ..media.base import StripOptions
from ..settings import Settings
from ..version import __version__
from .text import mask_findings

if TYPE_CHECKING:
    from .image import CleanImage

_BOM = b"\xef\xbb\xbf"
#: What a post-file line that could not be read or fully scanned becomes in its clean copy.
LEFT_BLANK = "left blank in the clean copy"


@dataclass(frozen=True)
class Outcome:
    """What happened (or, in a dry run, would happen) to one item."""

    source: str
    #: "written" (a clean copy with changes), "copied" (nothing removed), "unchanged" (in
    #: place, nothing removed), "would-write", "would-copy", "stdout" (a post given as
    #: text), "up-to-date", "error".
    action: str
    output: str | None = None
    changed: bool = False
    redacted_text: str | None = None
    error: str | None = None
    #: What the (would-be) copy still holds, as ``(kind, field)``: None when no copy is made.
    holds: tuple[tuple[str, str | None], ...] | None = None
    #: A photo's clean copy as :func:`~leakscan.redact.image.clean_image_bytes` made it, less
    #: its bytes (they are in the file written; an outcome travels back from worker processes).
    image: CleanImage | None = None
    #: What became of a post file's line that could not be read or fully scanned.
    line_note: str | None = None

    @property
    def lossless(self) -> bool | None:
        """A photo's: whether its pictures were verified unchanged (see :class:`CleanImage`)."""
        return self.image.lossless if self.image is not None else None

    @property
    def removed(self) -> tuple[str, ...]:
        """A photo's: what was removed, by name (never a value)."""
        return self.image.removed if self.image is not None else ()

    @property
    def note(self) -> str | None:
        """What to add about the copy: a photo's note (re-encoded...), or a line's (left blank)."""
        return self.image.note if self.image is not None else self.line_note

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"action": self.action, "output": self.output, "changed": self.changed}
        if self.lossless is not None:
            data["lossless"] = self.lossless
        if self.removed:
            data["removed"] = list(self.removed)
        if self.holds is not None:
            data["still_holds"] = [{"kind": kind, "field": where} for kind, where in self.holds]
        if self.image is not None and self.image.covered:  # what the picture showed, covered
            data["covered"] = [c.to_dict() for c in self.image.covered]
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
    #: Skip photos whose clean copy's record says it was made from this very original with
    #: these options by this version (safe, fast re-runs).
    skip_done: bool = True
    #: File-level problems found when a post file's rewrite ends (its lines were reported
    #: already): the batch layer reports them as error lines of their own (see :meth:`take_problems`).
    problems: list[Outcome] = field(default_factory=list)
    _lines: _LineRewriter | None = None
    _lines_src: Path | None = None
    _lines_error: str | None = None

    @property
    def _settings(self) -> Settings:
        return self.settings or Settings()

    @property
    def _root(self) -> Path | None:
        """The folder no write may leave (``--out``); None in place."""
        return None if self.in_place else self.out

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
        if item.file is not None and item.line_format is not None:
            return self._line(item, result)
        self.finish_file()
        # A post not fully scanned gets no copy; a photo that was (partly) read goes on to the
        # strip, whose verification refuses a copy that cannot be fully checked.
        if item.error is not None or (result.error is not None and item.type == "text"):
            return Outcome(source=item.source, action="error", error=item.error or result.error)
        if item.type == "text":
            redacted = mask_findings(item.text or "", result.findings, self.style)
            changed = redacted != item.text
            if item.file is None:  # --text or stdin: the clean post goes to stdout
                return Outcome(source=item.source, action="stdout", changed=changed, redacted_text=redacted, holds=())
            return self._write(item, lambda: _encode_like(redacted, item.file), changed, redacted_text=redacted)
        return self._media(item, result)

    def _media(self, item: Item, result: ScanResult) -> Outcome:
        from ..photos import read_source
        from .image import clean_image_bytes

        assert item.path is not None
        src, dst = item.path, self.destination(item)
        settings = self._settings
        try:
            held = self._up_to_date(src, dst)
            if held is not None:
                return Outcome(source=item.source, action="up-to-date", output=str(dst), holds=held)
            src_stat = os.stat(src)
            data = read_source(src, settings)
            clean = clean_image_bytes(
                data, self.options, settings, findings=result.findings, replaces_original=self.in_place
            )
            holds = self._holds(clean, item.source, result)
            written = not self.dry_run and (clean.changed or not self.in_place)
            if written:
                self._write_copy(src, src_stat, dst, clean.data, holds)
        except DiskFullError:
            raise  # every next write would fail too: the run stops
        except LeakscanError as exc:
            return Outcome(source=item.source, action="error", error=str(exc))
        except OSError as exc:
            return Outcome(
                source=item.source, action="error", error=f"cannot read ({exc.strerror or type(exc).__name__})"
            )
        if self.dry_run:
            action = "would-write" if clean.changed else "would-copy"
        else:
            action = "written" if clean.changed else ("unchanged" if self.in_place else "copied")
        return Outcome(
            source=item.source,
            action=action,
            output=None if self.dry_run else str(dst),
            changed=clean.changed,
            holds=holds,
            image=replace(clean, data=None, output=None if self.dry_run else dst, written=written),
        )

    def _holds(self, clean: CleanImage, name: str, result: ScanResult) -> tuple[tuple[str, str | None], ...]:
        """What a photo's clean copy still gives away, as ``(kind, field)``: it is scanned as
        written, under the name it keeps. A copy that cannot be fully checked is refused.

        What the copy's picture shows is not read again when it is already known: a lossless
        copy has the original's pixels (verified), and a covered one was read again by its
        verification; either way it shows what the original's fully checked scan found, less
        what was covered (faces left unblurred). Only the metadata is scanned then (the OCR
        is the cost of a scan). An original not fully checked gets its copy read whole.
        """
        from ..photos import scan_image
        from .pixels import to_cover

        assert clean.data is not None
        settings = self._settings
        shown: list[Finding] = []
        if settings.pixels and result.error is None and (clean.lossless is True or clean.covered):
            covered = to_cover(result.findings, blur_faces=self.options.blur_faces)
            shown = [f for f in result.findings if f.box is not None and f not in covered]
            settings = replace(settings, pixels=False)
        again = scan_image(clean.data, settings, name=name)
        if again.error is not None:
            raise RedactError(f"the clean copy {again.error}; nothing was written")
        return tuple(dict.fromkeys((f.kind.value, f.field) for f in (*again.findings, *shown)))

    # -- the record of how a photo's copy was made ----------------------------------------------

    def _digest(self, src: os.stat_result, dst: os.stat_result) -> str:
        """What a copy made from ``src`` in this run's way must be recorded with to count as up
        to date: one digest of the version, the options, the settings (they decide what the
        copy is found to hold) and both files' identities. Only a digest: a copy that is shared
        says nothing about the original, the settings or the child's known facts."""
        facts = [__version__, repr(self.options), repr(self._settings)]
        facts += [src.st_dev, src.st_ino, src.st_size, src.st_mtime_ns, src.st_ctime_ns]
        facts += [dst.st_ino, dst.st_size, dst.st_mtime_ns]
        return hashlib.sha256(json.dumps(facts).encode()).hexdigest()

    def _up_to_date(self, src: Path, dst: Path) -> tuple[tuple[str, str | None], ...] | None:
        """What the existing copy at ``dst`` holds when its record matches; None: (re)do it."""
        if not self.skip_done or self.in_place or self.dry_run or self.out is None:
            return None
        try:
            folder = open_folder(self.out, dst.parent.relative_to(self.out))
        except LeakscanError:
            return None  # the write reports it
        try:
            fd = os.open(dst.name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=folder)
        except OSError:
            return None
        finally:
            os.close(folder)
        try:
            record = json.loads(get_record(fd) or b"null")
            expected = self._digest(os.stat(src), os.fstat(fd))
            if not isinstance(record, dict) or not hmac.compare_digest(str(record.get("digest")), expected):
                return None
            return tuple((str(kind), None if where is None else str(where)) for kind, where in record["holds"])
        except (ValueError, TypeError, KeyError):
            return None  # not a record leakscan wrote
        finally:
            os.close(fd)

    def _write_copy(
        self, src: Path, src_stat: os.stat_result, dst: Path, data: bytes, holds: tuple[tuple[str, str | None], ...]
    ) -> None:
        """Write a photo's clean copy (with its record, under --out) atomically."""
        out = AtomicFile(dst, root=self._root)
        try:
            out.file.write(data)
            out.file.flush()
            if self._root is not None:  # the copy's own identity is final once its bytes are written
                digest = self._digest(src_stat, os.fstat(out.file.fileno()))
                set_record(out.file.fileno(), json.dumps({"digest": digest, "holds": holds}).encode())
        except BaseException as exc:
            out.abort()
            if isinstance(exc, OSError):
                raise write_error(dst, exc) from None
            raise
        out.commit(like=src)

    # -- text files ---------------------------------------------------------------------------

    def _write(self, item: Item, make: Any, changed: bool, **extra: Any) -> Outcome:
        src = item.file
        dst = self.destination(item)
        if self.dry_run:
            action = "would-write" if changed else "would-copy"
            return Outcome(source=item.source, action=action, changed=changed, holds=(), **extra)
        if self.in_place and not changed:
            return Outcome(source=item.source, action="unchanged", output=str(dst), holds=(), **extra)
        if src is not None and not _still_as_read(src, item.text, self._settings):
            # Never write a clean copy of an older version (in place: over a newer one) or
            # bring back a file deleted during the run.
            error = f"{src}: the file changed while it was being redacted; no clean copy was written"
            return Outcome(source=item.source, action="error", error=error, **extra)
        try:
            atomic_write(dst, make(), like=src, root=self._root)
        except DiskFullError:
            raise
        except LeakscanError as exc:
            return Outcome(source=item.source, action="error", error=str(exc), **extra)
        action = "written" if changed else "copied"
        return Outcome(source=item.source, action=action, output=str(dst), changed=changed, holds=(), **extra)

    # -- post files (.jsonl, --lines): streamed line by line ------------------------------------

    def _line(self, item: Item, result: ScanResult) -> Outcome:
        assert item.file is not None and item.line is not None and item.line_format is not None
        if self._lines_src != item.file:
            self.finish_file()
            self._lines_src = item.file
            if not self.dry_run:
                try:
                    self._lines = _LineRewriter(
                        item.file, self.destination(item), item.line_format, max_line_bytes(self._settings), self._root
                    )
                except DiskFullError:
                    raise
                except LeakscanError as exc:  # e.g. a read-only output folder: every line says so
                    self._lines_error = str(exc)
        error = item.error or result.error
        edit: Callable[[bytes], bytes] | None = _blank
        redacted = None
        changed = False
        if error is None:
            redacted = mask_findings(item.text or "", result.findings, self.style)
            fields = _redact_fields(item, result.findings, self.style)
            error = _keys_clash(item, fields)
        if error is None:
            changed = redacted != item.text or bool(fields)
            edit = _line_editor(item.line_format, redacted or "", fields) if changed else None
        if self._lines is not None:
            try:
                self._lines.take(item, edit)
            except DiskFullError:
                raise
            except LeakscanError as exc:  # the file changed since it was read, or a write failed
                self._lines.abort()
                self._lines = None
                self._lines_error = str(exc)
                self.problems.append(Outcome(source=str(item.file), action="error", error=str(exc)))
        if self._lines_error is not None:
            return Outcome(source=item.source, action="error", error=self._lines_error)
        output = None if self.dry_run else f"{self.destination(item)}:{item.line}"
        if error is not None:
            note = ("would be " if self.dry_run else "") + LEFT_BLANK
            return Outcome(source=item.source, action="error", output=output, error=error, line_note=note)
        action = ("would-write" if changed else "would-copy") if self.dry_run else ("written" if changed else "copied")
        return Outcome(
            source=item.source, action=action, output=output, changed=changed, redacted_text=redacted, holds=()
        )

    def finish_file(self) -> None:
        """Complete a post file being rewritten (call at the end of a run).

        A failure other than a full disk is added to :attr:`problems`, not raised: the run goes on.
        """
        rewriter, self._lines = self._lines, None
        self._lines_src = None
        self._lines_error = None
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
        """Drop a half-done post file rewrite (Ctrl-C): no partial output is left."""
        if self._lines is not None:
            self._lines.abort()
            self._lines = None
        self._lines_src = None
        self._lines_error = None


def _redact_fields(item: Item, findings: tuple[Finding, ...], style: str) -> dict[str, str]:
    """The redacted text of every other field of a .jsonl post (a value or a key) that had findings."""
    out = {}
    for name, value in item.fields:
        redacted = mask_findings(value, findings, style, field=name)
        if redacted != value:
            out[name] = redacted
    return out


def _keys_clash(item: Item, redacted: dict[str, str]) -> str | None:
    """Why the line cannot be rewritten when two keys of one object would read the same once
    redacted (one value would be lost), naming them by position only; else None."""
    keys = [(name, redacted.get(name, text)) for name, text in item.fields if is_key_field(name)]
    if not any(name in redacted for name, _ in keys):
        return None
    seen: dict[tuple[str, str], str] = {}
    for name, text in keys:
        parent = name.partition(" of ")[2]
        other = seen.setdefault((parent, text), name)
        if other != name:
            return f"{other} and {name} would read the same once redacted; the line cannot be written"
    return None


def _blank(body: bytes) -> bytes:
    """A line that could not be read or fully scanned: nothing of it goes into a clean copy."""
    return b""


def _line_editor(line_format: str, text: str, fields: dict[str, str]) -> Callable[[bytes], bytes]:
    """How a line's clean copy is made from the line as it is in the file (a BOM kept)."""

    def edit(body: bytes) -> bytes:
        bom = _BOM if body.startswith(_BOM) else b""
        if line_format != JSONL:
            return bom + text.encode("utf-8")
        record = json.loads(body.decode("utf-8-sig"))
        record["text"] = text
        # Every place is found before anything changes (a key's new name would not resolve).
        places = [(*resolve_field(record, name), value) for name, value in fields.items()]
        renames: dict[int, tuple[dict[str, Any], dict[str, str]]] = {}
        for container, key, is_key, value in places:
            if is_key:
                renames.setdefault(id(container), (container, {}))[1][key] = value  # type: ignore[index]
            else:
                container[key] = value
        for container, names in renames.values():  # keys renamed in place, in their order
            pairs = [(names.get(k, k), v) for k, v in container.items()]
            container.clear()
            container.update(pairs)
        return bom + json_text(record).encode("utf-8")  # a lone surrogate stays an escape

    return edit


def _still_as_read(path: Path, text: str | None, settings: Settings) -> bool:
    """True when the text file at ``path`` still holds ``text`` (what was scanned)."""
    try:
        data = read_input(path, settings.max_file_bytes)
    except (OSError, InputError):
        return False
    if data is None:
        return False
    current, error = decode_text(data)
    return error is None and current == text


def _encode_like(text: str, original: Path | None) -> bytes:
    """Encode a redacted text the way the original file was (keeping a UTF-8 BOM)."""
    data = text.encode("utf-8")
    if original is not None:
        with contextlib.suppress(OSError, InputError), open_input(original) as fh:
            if fh.read(3) == _BOM:
                return _BOM + data
    return data


class _FileChanged(RedactError):
    """A post file changed between the scan and its rewrite: no clean copy is written."""


class _LineRewriter:
    """Copies a post file to a temporary file line by line, editing some lines, then renames.

    Lines arrive in order as their items do; lines without an edit (clean or blank) are
    copied byte for byte, so memory stays flat however long the file, and every line is read
    with the same bound as the scan. The file is read a second time here, so every line is
    checked against what was scanned: a line that changed, one that appeared (in between, or
    appended at the end) or vanished means the file changed during the run, and nothing is
    written for it (never an unscanned post in a clean copy).
    """

    def __init__(self, src: Path, dst: Path, line_format: str, limit: int, root: Path | None):
        self.src = src
        self.dst = dst
        self.line_format = line_format
        self.limit = limit
        try:
            self._in: IO[bytes] = open_input(src, buffering=LINE_BUFFER_BYTES)
        except (OSError, InputError) as exc:
            reason = exc.strerror or type(exc).__name__ if isinstance(exc, OSError) else str(exc)
            raise RedactError(f"{src}: cannot read ({reason})") from None
        self._lines: Iterator[Line] = read_lines(self._in, limit)
        try:
            self._atomic = AtomicFile(dst, root=root)
        except BaseException:
            self._in.close()
            raise
        self._out: IO[bytes] = self._atomic.file

    def _changed(self) -> _FileChanged:
        return _FileChanged(f"{self.src}: the file changed while it was being redacted; no clean copy was written")

    def _next(self) -> Line | None:
        try:
            return next(self._lines, None)
        except OSError as exc:
            raise RedactError(f"{self.src}: cannot read ({exc.strerror or type(exc).__name__})") from None

    def _copy_until(self, number: int) -> Line:
        """Copy the (blank) lines before line ``number``; return that line itself."""
        while True:
            line = self._next()
            if line is None:
                raise self._changed()  # shorter than when it was scanned
            if line.number == number:
                return line
            if line.body is None or line.body.strip():  # the scan skipped only blank lines
                raise self._changed()
            self._write(line.body + line.ending)

    def _write(self, data: bytes) -> None:
        try:
            self._out.write(data)
        except OSError as exc:
            raise write_error(self.dst, exc) from None

    def take(self, item: Item, edit: Callable[[bytes], bytes] | None) -> None:
        """Copy ``item``'s line, made by ``edit`` from the line as it is (None: byte for byte)."""
        assert item.line is not None
        line = self._copy_until(item.line)
        ident, text, fields, error = parse_line(line.body, self.line_format, self.limit)
        # repr: an id read as NaN is never equal to itself
        if (repr(ident), text, fields, error) != (repr(item.id), item.text, item.fields, item.error):
            raise self._changed()
        if edit is None:
            assert line.body is not None  # an error line always has an edit
            self._write(line.body + line.ending)
        else:
            self._write(edit(line.body or b"") + line.ending)

    def finish(self) -> None:
        try:
            while line := self._next():
                if line.body is None or line.body.strip():  # appended after it was scanned
                    raise self._changed()
                self._write(line.body + line.ending)
            self._in.close()
        except BaseException:
            self.abort()
            raise
        self._atomic.commit(like=self.src)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._in.close()
        self._atomic.abort()
