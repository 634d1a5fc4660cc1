"""The connection to the SQLite state file: one shared connection, a lock, transactions.

Times are stored as ISO 8601 text with their offset (`iso`, `parse_time`).
"""

from __future__ import annotations

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
                raise StoreError(f"{self.path}: {exc}") from None
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._conn.rollback()
                raise
            else:
                if rollback:
                    self._conn.rollback()
                else:
                    self._conn.commit()
            finally:
                self._depth = 0
