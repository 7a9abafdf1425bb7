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

Nothing is ever written *through* a symbolic link under an output folder: the folders below
it are walked one component at a time with ``O_NOFOLLOW`` (:func:`open_folder`), every file
operation then works relative to that folder's descriptor, a named temporary file is created
with ``O_EXCL`` (a link planted at its name is never followed), and a destination that is a
symbolic link is refused rather than replaced.

Inputs are opened with :func:`open_input`: anything but a regular file (a device, a FIFO, a
socket) is refused without blocking and without reading a byte.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path
from typing import IO, BinaryIO

from .errors import DiskFullError, InputError, RedactError

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

    ``root`` is the output folder ``path`` lies in (``redact --out``): the folders between
    them are made as needed and never followed through a symbolic link (see
    :func:`open_folder`). Without it, ``path``'s folder is opened as it is. Either way the
    destination itself is never a symbolic link that gets replaced or written through.
    """

    def __init__(self, path: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None):
        self.path = Path(path)
        self._named: str | None = None
        self._dir = -1
        try:
            if root is None:
                self._dir = os.open(self.path.parent, _DIR_FLAGS)
            else:
                self._dir = open_folder(Path(root), self.path.parent.relative_to(root))
            _refuse_link(self._dir, self.path)  # early, so nothing is written for it (again at commit)
            fd = _anonymous(self._dir)
            if fd is None:
                fd, self._named = _create_named(self._dir, self.path.name)
        except BaseException as exc:
            self._close_dir()
            if isinstance(exc, OSError):
                raise write_error(self.path, exc) from None
            raise
        self.file: IO[bytes] = os.fdopen(fd, "w+b")

    def commit(self, *, like: str | os.PathLike[str] | None = None) -> None:
        """Flush to disk and rename over ``path``; ``like`` copies another file's permission bits."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            if like is not None:
                with contextlib.suppress(OSError):
                    os.fchmod(self.file.fileno(), os.stat(like).st_mode & 0o7777)
            _refuse_link(self._dir, self.path)
            if self._named is None:
                self._named = _link_into_place(self.file, self._dir, self.path)
            self.file.close()  # before the rename: some systems cannot rename an open file
            if self._named is not None:
                os.replace(self._named, self.path.name, src_dir_fd=self._dir, dst_dir_fd=self._dir)
                self._named = None
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise write_error(self.path, exc) from None
            raise
        self._close_dir()

    def abort(self) -> None:
        """Drop the temporary file (nothing is left behind)."""
        with contextlib.suppress(OSError):
            self.file.close()
        if self._named is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._named, dir_fd=self._dir)
            self._named = None
        self._close_dir()

    def _close_dir(self) -> None:
        if self._dir >= 0:
            with contextlib.suppress(OSError):
                os.close(self._dir)
            self._dir = -1


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    like: str | os.PathLike[str] | None = None,
    root: str | os.PathLike[str] | None = None,
) -> None:
    """Write ``data`` to ``path`` all-or-nothing.

    An interrupted run (Ctrl-C, SIGKILL, a full disk) leaves either the old file or the new
    one, never a partial one. ``like`` copies the permission bits of another file (the
    original) onto the new one; ``root`` is the output folder (see :class:`AtomicFile`).
    """
    out = AtomicFile(path, root=root)
    try:
        out.file.write(data)
    except BaseException as exc:
        out.abort()
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise
    out.commit(like=like)


_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC


def open_folder(root: Path, rel: Path) -> int:
    """A descriptor of the folder ``root / rel``, made as needed, never through a symbolic link.

    ``root`` (the output folder the user named) is opened as it is, made if missing; each
    component of ``rel`` below it is opened with ``O_NOFOLLOW`` relative to the one above,
    so a link anywhere under ``root`` -- there before the run or swapped in during it -- is
    refused with :class:`RedactError`, never followed.
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(root, _DIR_FLAGS)
    except OSError as exc:
        raise write_error(root, exc) from None
    try:
        for part in rel.parts:
            if part in (os.curdir, os.pardir) or os.sep in part:
                raise RedactError(f"{root / rel}: not a folder inside {root}")
            try:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o777, dir_fd=fd)
                inner = os.open(part, _DIR_FLAGS | os.O_NOFOLLOW, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise RedactError(_link_refusal(root / rel, part)) from None
                raise write_error(root / rel, exc) from None
            os.close(fd)
            fd = inner
    except BaseException:
        os.close(fd)
        raise
    return fd


def _link_refusal(path: Path, part: str) -> str:
    return f"{path}: {part} is a symbolic link (or not a folder) under the output folder; nothing was written"


def _refuse_link(folder: int, path: Path) -> None:
    """Refuse a destination that is a symbolic link: it is neither replaced nor written through."""
    try:
        st = os.stat(path.name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise RedactError(f"{path}: is a symbolic link; nothing was written through it")


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:40]}."


def _create_named(folder: int, name: str) -> tuple[int, str]:
    """A new named temporary file for ``name`` in ``folder``: ``O_EXCL`` and ``O_NOFOLLOW``, so a
    file or link already at the chosen name (a race) is never opened, let alone followed."""
    for _ in range(20):
        temp = f"{_temp_prefix(Path(name))}{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
            return os.open(temp, flags, 0o600, dir_fd=folder), temp
        except FileExistsError:
            continue
    raise RedactError(f"{name}: no free temporary file name; nothing was written")


def _anonymous(folder: int) -> int | None:
    """An unnamed file in ``folder`` (``O_TMPFILE``), or None where that is not available."""
    global _anonymous_ok
    if not _anonymous_ok:
        return None
    try:
        return os.open(".", os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600, dir_fd=folder)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):  # this file system cannot
            return None
        raise


def _link_into_place(file: IO[bytes], folder: int, path: Path) -> str | None:
    """Give an anonymous temporary file its name: ``path`` itself when that is free (one atomic
    ``linkat``, nothing to clean up ever), else a temporary name, renamed over ``path`` at once.

    Returns None when ``path`` is in place, or the name of a temporary file still to rename
    (only where anonymous files cannot be linked: then it is a named copy).
    """
    global _anonymous_ok
    proc = f"/proc/self/fd/{file.fileno()}"
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
            return _named_copy(file, folder, path)
        if name != path.name:
            try:
                os.replace(name, path.name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=folder)
                raise
        return None
    raise RedactError(f"{path}: no free temporary file name; nothing was written")


#: linkat errors meaning "this system cannot name an anonymous file" (no /proc, old kernel...).
_NO_LINK = frozenset({errno.ENOENT, errno.EXDEV, errno.EPERM, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS})


def _named_copy(file: IO[bytes], folder: int, path: Path) -> str:
    """Copy an anonymous temporary file into a named one (where it cannot be linked)."""
    fd, named = _create_named(folder, path.name)
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
            os.unlink(named, dir_fd=folder)
        raise
    return named


def write_error(path: str | os.PathLike[str], exc: OSError) -> RedactError:
    """The leakscan error for a failed write: disk full is its own (fatal) kind."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"{path}: the disk is full; no partial file was left")
    return RedactError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})")


#: What an input that is not a regular file is, by ``stat`` mode test (named in its error line).
_NOT_REGULAR = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (``"not a regular file (a named pipe)"``), or None."""
    if stat.S_ISREG(mode):
        return None
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "an unknown kind of file")
    return f"not a regular file ({what})"


#: The read buffer of a file read line by line. ``readline(limit)`` refills the buffer one
#: buffer size at a time: through Python's default 8 KiB, skipping a sparse 2 GB line took
#: 262,144 reads and 12 s of system time (0.6 s with this). Files read whole keep the default
#: (their one read goes straight into a buffer of the file's size).
LINE_BUFFER_BYTES = 1 << 20


def open_input(path: str | os.PathLike[str], buffering: int = -1) -> BinaryIO:
    """Open an input file for reading; :class:`InputError` unless it is a regular file.

    ``O_NONBLOCK``: opening a FIFO for reading would wait for a writer forever; with it the
    open returns at once, and the descriptor's own ``fstat`` (not the name's: it may have
    been swapped since a caller looked) decides before anything is read. Callers still
    read with a bound (a regular file can grow while it is read). ``buffering`` as for
    :func:`open` (:data:`LINE_BUFFER_BYTES` for a file read line by line).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        problem = not_regular(os.fstat(fd).st_mode)
        if problem:
            raise InputError(problem)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=buffering)
    except BaseException:
        os.close(fd)
        raise


def read_input(path: str | os.PathLike[str], limit: int) -> bytes | None:
    """The bytes of the input file ``path``, or None when it holds more than ``limit``.

    The read itself stops after ``limit + 1`` bytes, whatever the file's size says (a file
    growing meanwhile, a ``/proc`` file that says 0). Raises like :func:`open_input`.

    The file is read into one buffer the size its ``fstat`` gives (+1 byte, to see whether
    it goes on): a read of ``limit + 1`` would reserve the whole limit for any file. A file
    whose size is over the limit is refused without reading it; only a file holding more
    than its size said is read on (bounded), and joined once.
    """
    with open_input(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            return None
        expected = size + 1
        data = fh.read(expected)
        if len(data) == expected and expected <= limit:  # more than its size said (growing, /proc)
            data += fh.read(limit + 1 - expected)
    return None if len(data) > limit else data


# -- the record of how a clean copy was made (extended attribute) --------------------------------

#: The extended attribute on a clean copy that records how it was made (see :func:`set_record`).
RECORD_ATTR = "user.leakscan.copy"


def set_record(fd: int, value: bytes) -> bool:
    """Attach ``value`` to the open file ``fd`` (a clean copy before it gets its name); False
    where the file system (or the platform) keeps no extended attributes: then there is no record."""
    try:
        os.setxattr(fd, RECORD_ATTR, value)
    except (AttributeError, OSError):
        return False
    return True


def get_record(fd: int) -> bytes | None:
    """The record attached to the open file ``fd`` by :func:`set_record`, or None (none, or not readable)."""
    try:
        return os.getxattr(fd, RECORD_ATTR)
    except (AttributeError, OSError):
        return None


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
