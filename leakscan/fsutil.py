"""File-system helpers that never leave a half-written file or damage an original.

Every clean copy is written to a temporary file in the destination's folder, flushed to
disk, then renamed over the destination in one step. On Linux the temporary file is
*anonymous* (``O_TMPFILE``) while it is written: a run killed at that point (SIGKILL, power
cut, OOM killer) leaves nothing behind, the kernel frees it. When complete it is linked
straight to the destination name if that is free (a fresh ``--out`` folder: no temporary
name ever exists); if the destination exists (``--in-place``, a re-run) it gets a name
(``.NAME.xxxxxxxx.leakscan-tmp``) for the instant between ``linkat`` and ``rename``.
Elsewhere (no ``O_TMPFILE``, no ``/proc``) it is named from the start. Either way a killed
run can leave at most such a temporary file, never a partial destination, and
:func:`remove_stale_temps` (run by ``leakscan redact`` on its output folder before it
starts) clears those left by an earlier run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import tempfile
from pathlib import Path
from typing import IO

from .errors import DiskFullError, RedactError

#: Suffix of leakscan's temporary files: walks skip them, and a killed run's leftovers are
#: recognisable (and removable) by it.
TEMP_SUFFIX = ".leakscan-tmp"
#: The exact shape of the temporary files leakscan makes (``.NAME.xxxxxxxx.leakscan-tmp``).
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX), re.DOTALL)
#: Set to False after O_TMPFILE or /proc turned out to be unavailable (then named temp files).
_anonymous_ok = hasattr(os, "O_TMPFILE")


class AtomicFile:
    """A file written in full, then put at ``path`` in one step (or not at all).

    ``file`` is a binary file to write to; :meth:`commit` flushes it to disk and renames it
    over ``path``; :meth:`abort` drops it. Write errors become :class:`RedactError`
    (:class:`DiskFullError` for a full disk), with no partial file left.
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._named: str | None = None
        try:
            fd = _anonymous(self.path.parent)
            if fd is None:
                fd, self._named = tempfile.mkstemp(
                    prefix=_temp_prefix(self.path), suffix=TEMP_SUFFIX, dir=self.path.parent
                )
        except OSError as exc:
            raise write_error(self.path, exc) from None
        self.file: IO[bytes] = os.fdopen(fd, "w+b")

    def commit(self, *, like: str | os.PathLike[str] | None = None) -> None:
        """Flush to disk and rename over ``path``; ``like`` copies another file's permission bits."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            if like is not None:
                with contextlib.suppress(OSError):
                    mode = os.stat(like).st_mode & 0o7777
                    if hasattr(os, "fchmod"):
                        os.fchmod(self.file.fileno(), mode)
                    elif self._named is not None:
                        os.chmod(self._named, mode)
            if self._named is None:
                self._named = _link_into_place(self.file, self.path)
            self.file.close()  # before the rename: some systems cannot rename an open file
            if self._named is not None:
                os.replace(self._named, self.path)
                self._named = None
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise write_error(self.path, exc) from None
            raise

    def abort(self) -> None:
        """Drop the temporary file (nothing is left behind)."""
        with contextlib.suppress(OSError):
            self.file.close()
        if self._named is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._named)
            self._named = None


def atomic_write(path: str | os.PathLike[str], data: bytes, *, like: str | os.PathLike[str] | None = None) -> None:
    """Write ``data`` to ``path`` all-or-nothing.

    An interrupted run (Ctrl-C, SIGKILL, a full disk) leaves either the old file or the new
    one, never a partial one. ``like`` copies the permission bits of another file (the
    original) onto the new one.
    """
    out = AtomicFile(path)
    try:
        out.file.write(data)
    except BaseException as exc:
        out.abort()
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise
    out.commit(like=like)


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:40]}."


def _anonymous(folder: Path) -> int | None:
    """An unnamed file in ``folder`` (``O_TMPFILE``), or None where that is not available."""
    global _anonymous_ok
    if not _anonymous_ok:
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):  # this file system cannot
            return None
        raise


def _link_into_place(file: IO[bytes], path: Path) -> str | None:
    """Give an anonymous temporary file its name: ``path`` itself when that is free (one atomic
    ``linkat``, nothing to clean up ever), else a temporary name, renamed over ``path`` at once.

    Returns None when ``path`` is in place, or the name of a temporary file still to rename
    (only where anonymous files cannot be linked: then it is a named copy).
    """
    global _anonymous_ok
    proc = f"/proc/self/fd/{file.fileno()}"
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        names = [path.name] + [f"{_temp_prefix(path)}{secrets.token_hex(4)}{TEMP_SUFFIX}" for _ in range(20)]
        for name in names:
            try:
                # A dir_fd makes os.link call linkat(AT_SYMLINK_FOLLOW): the /proc link is
                # followed to the anonymous file, which gets this name.
                os.link(proc, name, dst_dir_fd=folder, follow_symlinks=True)
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in _NO_LINK or (exc.errno == errno.ENOENT and os.path.exists(proc)):
                    raise  # a real error (ENOENT with /proc present: the folder is gone)
                _anonymous_ok = False  # not here: named temporary files from now on
                return _named_copy(file, path)
            if name != path.name:
                try:
                    os.replace(path.parent / name, path)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(name, dir_fd=folder)
                    raise
            return None
        raise FileExistsError(errno.EEXIST, "no free temporary file name")
    finally:
        os.close(folder)


#: linkat errors meaning "this system cannot name an anonymous file" (no /proc, old kernel...).
_NO_LINK = frozenset({errno.ENOENT, errno.EXDEV, errno.EPERM, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS})


def _named_copy(file: IO[bytes], path: Path) -> str:
    """Copy an anonymous temporary file into a named one (where it cannot be linked)."""
    fd, named = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as copy:
            file.seek(0)
            while chunk := file.read(1 << 20):
                copy.write(chunk)
            copy.flush()
            os.fchmod(copy.fileno(), os.fstat(file.fileno()).st_mode & 0o7777)
            os.fsync(copy.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(named)
        raise
    return named


def write_error(path: str | os.PathLike[str], exc: OSError) -> RedactError:
    """The leakscan error for a failed write: disk full is its own (fatal) kind."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"{path}: the disk is full; no partial file was left")
    return RedactError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})")


def is_temp_file(name: str) -> bool:
    """True for leakscan's own temporary files (skipped by folder walks)."""
    return name.endswith(TEMP_SUFFIX)


def remove_stale_temps(folder: str | os.PathLike[str], *, recursive: bool = True, name: str | None = None) -> int:
    """Delete the temporary files a killed run left in ``folder``; how many were removed.

    Only files named exactly like leakscan's (``.NAME.xxxxxxxx.leakscan-tmp``) are touched;
    ``name`` limits it to those of one destination file. Symbolic links are not followed.
    Meant for a folder one run owns (``redact --out``): a run writing into the same folder
    at the same time could lose a file it is about to rename (it reports a write error).
    """
    removed = 0
    prefix = _temp_prefix(Path(name)) if name is not None else None
    stack = [Path(folder)]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                entries = list(it)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if recursive:
                        stack.append(Path(entry.path))
                    continue
                if (
                    entry.is_file(follow_symlinks=False)
                    and _TEMP_NAME.fullmatch(entry.name)
                    and (prefix is None or entry.name.startswith(prefix))
                ):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed
