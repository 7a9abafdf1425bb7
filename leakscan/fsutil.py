"""File-system helpers that never leave a half-written file or damage an original."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import RedactError


def atomic_write(path: str | os.PathLike[str], data: bytes, *, like: str | os.PathLike[str] | None = None) -> None:
    """Write ``data`` to ``path`` all-or-nothing.

    The bytes go to a temporary file in the same folder, are flushed to disk, then renamed
    over ``path`` in one step, so an interrupted run (Ctrl-C, SIGKILL, a full disk) leaves
    either the old file or the new one, never a partial one. ``like`` copies the permission
    bits of another file (the original) onto the new one.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".leakscan-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if like is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, os.stat(like).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise RedactError(f"{path}: cannot write ({exc.strerror or type(exc).__name__})") from None
        raise


def is_temp_file(name: str) -> bool:
    """True for leakscan's own temporary files (skipped by folder walks)."""
    return name.endswith(".leakscan-tmp")
