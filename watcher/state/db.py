"""The connection to the SQLite state file: one shared connection, a lock, transactions.

Times are stored as ISO 8601 text with their offset (`iso`, `parse_time`). What goes wrong
with the file itself (a full disk, a read-only or damaged file, a lock held too long) leaves
a transaction as a `StoreError` that names the file and says what to do (`file_problem`);
any other SQLite error is a bug and stays what it is.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Self

from watcher.errors import StoreError


def iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("store times must be timezone-aware")
    return moment.isoformat()


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# SQLite's error names (`sqlite_errorname`, by prefix) that are about the file, not the code.
_PROBLEMS = (
    (
        "SQLITE_FULL",
        "the disk holding the state file is full ({error}): free some space, then run again",
    ),
    (
        "SQLITE_READONLY",
        "the state file is read-only ({error}): make it and its folder writable for the user "
        "running watcher, or use another --state file",
    ),
    (
        "SQLITE_CANTOPEN",
        "cannot open the state file ({error}): check the path, and that its folder exists "
        "and is writable",
    ),
    (
        "SQLITE_CORRUPT",
        "the state file is damaged ({error}): restore it from a backup, or start over with "
        "a new --state file",
    ),
    ("SQLITE_NOTADB", "not an SQLite database ({error}): check that --state names the state file"),
    ("SQLITE_IOERR", "a disk I/O error ({error}): check the disk"),
    ("SQLITE_BUSY", "locked by another process for too long ({error}); try again"),
    ("SQLITE_LOCKED", "locked by another process for too long ({error}); try again"),
    ("SQLITE_PERM", "access denied ({error}): check the file's permissions"),
)
_DAMAGED = ("no such table", "no such column")
_NEARLY_FULL = 1 << 20  # bytes free below which an I/O error is taken for a full disk


def file_problem(path: Path, exc: sqlite3.Error) -> str | None:
    """What `exc` says about the state file at `path` and what to do; None when it is not
    about the file (a mistake in watcher's SQL is a bug, not a file problem)."""
    name, error = getattr(exc, "sqlite_errorname", ""), str(exc)
    if name == "SQLITE_ERROR" and error.startswith(_DAMAGED):
        name = "SQLITE_CORRUPT"
    advice = next((text for prefix, text in _PROBLEMS if name.startswith(prefix)), None)
    if advice is None:
        return None
    if name.startswith("SQLITE_IOERR") and _free_bytes(path) < _NEARLY_FULL:
        advice = _PROBLEMS[0][1]  # SQLite says I/O error when a full disk stops its -shm file
    return advice.format(error=error)


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return _NEARLY_FULL


class Database:
    """One SQLite connection shared by the threads of a process behind a lock."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for reads, with the lock held."""
        with self._lock:
            yield self._conn

    @contextmanager
    def transaction(self, *, rollback: bool = False) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all.

        Transactions nest: an inner one joins the outer, and only the outermost commits, so
        a caller can group several store methods into one atomic step. `rollback=True` undoes
        everything at the end (a dry run sees its own writes, then leaves no trace).
        """
        with self._lock:
            if self._depth:
                if rollback:  # it would silently commit with the outer one
                    raise ValueError("a rolled-back transaction cannot join an outer one")
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # e.g. locked by another process too long
                raise StoreError(f"{self.path}: {file_problem(self.path, exc) or exc}") from None
            self._depth = 1
            try:
                yield self._conn
                if rollback:
                    self._conn.rollback()
                else:
                    self._conn.commit()
            except sqlite3.Error as exc:  # the file's problem (full, read-only) or a bug
                self._conn.rollback()
                problem = file_problem(self.path, exc)
                if problem is None:
                    raise
                raise StoreError(
                    f"{self.path}: {problem} (nothing of this step was written; what was "
                    "recorded before is kept)"
                ) from exc
            except BaseException:
                self._conn.rollback()
                raise
            finally:
                self._depth = 0
