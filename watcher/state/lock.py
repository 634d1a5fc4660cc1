"""The service lock: one `watcher run` per SQLite state file.

Two services on one file would poll every source twice and race each other's schedules; the
delivery claims keep them from sending an alert twice, but not from doing all the rest twice.
So `watcher run` holds an exclusive `flock` on `<state>.lock`, a file beside the database,
with its pid written inside for the message a second service prints. One-shot commands
(`check`, `status`, `alerts list` ...) never take it: they are meant to run beside the
service, and the store's transactions and claims keep them apart.

The lock belongs to the open file, not to the file on disk: the kernel releases it when the
process ends, however it ends, so a service killed with SIGKILL never blocks its restart, and
a stale pid left in the file means nothing. The file itself is never deleted (deleting a lock
file races with the next process opening it).

SQLite only, by design: several services on one PostgreSQL state are the scale-out design,
where claims in the database, not a file on one machine, share the work.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from watcher.errors import StoreError

__all__ = ["lock_path", "service_lock"]


def lock_path(state_path: Path) -> Path:
    """`watcher.db` → `watcher.db.lock`, in the same folder."""
    return state_path.with_name(state_path.name + ".lock")


def _holder(fd: int) -> str:
    """The pid written by the process that holds the lock, as text ("unknown" if it has not
    written it yet, or the file holds something else)."""
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return "unknown"
    return text if text.isdigit() else "unknown"


def _open(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the service lock file: {exc.strerror}") from None


@contextmanager
def service_lock(state_path: Path | None) -> Iterator[Path | None]:
    """Hold the service lock of `state_path` for the `with` block, or raise StoreError naming
    the pid that holds it. An in-memory store has nothing to share and takes no lock, and
    neither does a PostgreSQL state (`None`): several services sharing one are the point."""
    if state_path is None or str(state_path) == ":memory:":
        yield state_path
        return
    path = lock_path(state_path)
    fd = _open(path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"{state_path}: another watcher service (pid {_holder(fd)}) is running on this "
                f"state file (lock {path}); stop it first, or give this one another --state. "
                "One-shot commands (check, status, alerts ...) may run beside it."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock, if held
