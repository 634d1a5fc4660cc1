"""Writing notifier files safely, and what a failed write means for a retry."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from watcher.errors import NotifyError

PERMANENT_ERRNOS = frozenset(
    {
        errno.EACCES,  # permission denied: someone must change the permissions
        errno.EPERM,
        errno.EROFS,  # read-only file system
        errno.EISDIR,  # the path is a directory
        errno.ENOTDIR,  # a parent is a file
        errno.EEXIST,  # a parent cannot be created: a file is in the way
        errno.ENAMETOOLONG,
        errno.ELOOP,
        errno.EINVAL,
    }
)
"""Errors no retry can cure. Everything else (a full disk, a quota, an I/O error, a busy or
briefly missing mount) may clear by the next attempt."""

_NEW_FILE_MODE = 0o644


def write_error(path: Path, exc: OSError) -> NotifyError:
    """A NotifyError naming the path and the reason, permanent when retrying cannot help;
    raise it `from exc`."""
    reason = exc.strerror or type(exc).__name__
    permanent = exc.errno in PERMANENT_ERRNOS
    return NotifyError(f"cannot write {path}: {reason}", permanent=permanent)


def append_durably(path: Path, text: str) -> None:
    """Append in one write, then flush and fsync, so a line reported delivered survives a
    crash; the parent directory is created when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())


def replace_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, and rename it over `path`, so
    a reader sees the old file or the new one, never half of one.

    The new file keeps the old one's mode, else gets 0644 (mkstemp's 0600 would hide a feed
    from the web server that serves it).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else _NEW_FILE_MODE
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
