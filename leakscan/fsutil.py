"""File-system helpers that never leave a half-written file or damage an original."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from .errors import DiskFullError, RedactError


def atomic_write(path: str | os.PathLike[str], data: bytes, *, like: str | os.PathLike[str] | None = None) -> None:
    """Write ``data`` to ``path`` all-or-nothing.

    The bytes go to a temporary file in the same folder, are flushed to disk, then renamed
    over ``path`` in one step, so an interrupted run (Ctrl-C, SIGKILL, a full disk) leaves
    either the old file or the new one, never a partial one. ``like`` copies the permission
    bits of another file (the original) onto the new one.
    """
    path = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=TEMP_SUFFIX, dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if like is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, os.stat(like).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from None
        raise


def write_error(path: str | os.PathLike[str], exc: OSError) -> RedactError:
    """The leakscan error for a failed write: disk full is its own (fatal) kind."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"{path}: the disk is full; no partial file was left")
    return RedactError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})")


#: Suffix of leakscan's temporary files: walks skip them, and a killed run's leftovers are
#: recognisable (and removable) by it.
TEMP_SUFFIX = ".leakscan-tmp"


def is_temp_file(name: str) -> bool:
    """True for leakscan's own temporary files (skipped by folder walks)."""
    return name.endswith(TEMP_SUFFIX)
