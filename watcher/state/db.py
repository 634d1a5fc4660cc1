"""The store's connections and transactions, over one backend: SQLite here, PostgreSQL in
`watcher.state.postgres`.

The queries of every concern (`sources`, `facts`, `alerts`, `silences`) are written once, in
the SQL both engines share, with `?` parameters; a backend hands out connections that run
them (`Conn`). Times go in as ISO 8601 text with their offset (`iso`) and come out as such
(`parse_time`): SQLite stores that text, PostgreSQL a `timestamptz` it reads back as that text.

What goes wrong with the database itself (a full disk, a read-only or damaged file, a lock
held too long, a server that cannot be reached) leaves a transaction as a `StoreError` that
names the store and says what to do (`Backend.problem`); any other error is a bug and stays
what it is.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, Self

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


class Conn(Protocol):
    """A connection as the queries use it: `sqlite3.Connection`, or PostgreSQL's adapter."""

    def execute(self, sql: str, parameters: Any = (), /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


class Backend(Protocol):
    """One database engine: hands out connections, runs transactions, names its problems."""

    where: str  # the file or URL (without its password), for messages
    dialect: str  # "sqlite" or "postgresql"

    def connection(self) -> AbstractContextManager[Conn]:
        """A connection for this thread until the context ends."""

    def begin(self, conn: Conn, *, exclusive: bool = True) -> None:
        """Start a write transaction. An exclusive one takes turns with the other exclusive
        writers, as with SQLite's BEGIN IMMEDIATE; one that is not relies on the row locks
        its statements take (PostgreSQL; SQLite has only the one write lock)."""

    def commit(self, conn: Conn) -> None: ...

    def rollback(self, conn: Conn) -> None: ...

    def problem(self, exc: BaseException) -> str | None:
        """What `exc` says about the database and what to do; None for a bug."""

    def close(self) -> None: ...


class SqliteBackend:
    """One SQLite connection shared by the threads of a process behind a lock: writes are
    short, and the lock makes every transaction atomic."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.where = str(path)

    @contextmanager
    def connection(self) -> Iterator[Conn]:
        with self._lock:
            yield self._conn

    def begin(self, conn: Conn, *, exclusive: bool = True) -> None:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # e.g. locked by another process too long
            raise StoreError(f"{self.path}: {file_problem(self.path, exc) or exc}") from None

    def commit(self, conn: Conn) -> None:
        self._conn.commit()

    def rollback(self, conn: Conn) -> None:
        self._conn.rollback()

    def problem(self, exc: BaseException) -> str | None:
        return file_problem(self.path, exc) if isinstance(exc, sqlite3.Error) else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class Database:
    """The store's access to its backend: reads, and transactions that nest within a thread."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._local = threading.local()  # this thread's connection and transaction depth

    @property
    def shared(self) -> bool:
        """Several instances may work on this state at once (PostgreSQL): they share the
        work by leases (`state.leases`)."""
        return self.backend.dialect == "postgresql"

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Conn]:
        """A connection, for reads: the one this thread already holds, or one of its own."""
        held: Conn | None = getattr(self._local, "conn", None)
        if held is not None:
            yield held
            return
        try:
            with self.backend.connection() as conn:
                self._local.conn = conn
                try:
                    yield conn
                finally:
                    self._local.conn = None
        except StoreError:
            raise
        except Exception as exc:
            problem = self.backend.problem(exc)
            if problem is None:
                raise
            raise StoreError(f"{self.backend.where}: {problem}") from exc

    @contextmanager
    def transaction(self, *, rollback: bool = False, exclusive: bool = True) -> Iterator[Conn]:
        """All writes inside commit together or not at all.

        Transactions nest: an inner one joins the outer, and only the outermost commits, so
        a caller can group several store methods into one atomic step. `rollback=True` undoes
        everything at the end (a dry run sees its own writes, then leaves no trace).
        `exclusive=False` is for a step whose statements lock the rows they need (a delivery
        claimed with `FOR UPDATE SKIP LOCKED`): on PostgreSQL it does not wait for the other
        writers' turn (`Backend.begin`).
        """
        if getattr(self._local, "depth", 0):
            if rollback:  # it would silently commit with the outer one
                raise ValueError("a rolled-back transaction cannot join an outer one")
            self._local.depth += 1
            try:
                yield self._local.conn
            finally:
                self._local.depth -= 1
            return
        with self.read() as conn:
            self.backend.begin(conn, exclusive=exclusive)
            self._local.depth = 1
            try:
                yield conn
                (self.backend.rollback if rollback else self.backend.commit)(conn)
            except Exception as exc:  # the database's problem (full, unreachable) or a bug
                self.backend.rollback(conn)
                problem = self.backend.problem(exc)
                if problem is None:
                    raise
                raise StoreError(
                    f"{self.backend.where}: {problem} (nothing of this step was written; what "
                    "was recorded before is kept)"
                ) from exc
            except BaseException:
                self.backend.rollback(conn)
                raise
            finally:
                self._local.depth = 0
