"""The state store: what watcher has seen and done, in one SQLite file or in PostgreSQL.

`open_store` takes a path (or `sqlite:///PATH`) for SQLite, the default for one machine, or a
`postgresql://` URL, where several instances share one state (`watcher.state.postgres`).
The rest of this module is about the SQLite file.

It holds, per source, the HTTP validators and the hash of the last body (so an unchanged feed
is neither downloaded in full nor parsed again), the ids of articles already seen, and the
outcome of the last poll. Later schema versions add facts, alerts and the delivery outbox.

SQLite runs in WAL mode so that a reader (`watcher status`) never blocks the service. The
schema carries a version (`PRAGMA user_version`) and is migrated forward on open; a file from
a newer watcher is refused rather than damaged. One connection is shared by the threads of a
process behind a lock: writes are short, and the lock makes every `transaction()` atomic.

A state file is marked with `PRAGMA application_id` (`APPLICATION_ID`). Opening refuses an
SQLite database that is not watcher's, rather than take it for an empty state and send every
old alert again; adopts (marks) an unmarked file written by a watcher from before the mark; and
checks that every table and column its version promises is there. An empty (zero-byte) file
becomes a new state, with a warning.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import structlog

from watcher.errors import StoreError
from watcher.state.db import SqliteBackend, file_problem, iso, parse_time
from watcher.state.facts import FactTables
from watcher.state.meta import MetaTables
from watcher.state.migrations import MIGRATIONS, render
from watcher.state.sources import SourceState, SourceTables

__all__ = [
    "APPLICATION_ID",
    "SourceState",
    "Store",
    "iso",
    "missing_file",
    "open_store",
    "parse_time",
    "sqlite_path",
]

log = structlog.get_logger(__name__)

APPLICATION_ID = 0x57415443
"""`PRAGMA application_id` of a watcher state file: the ASCII bytes "WATC" (`file(1)` and
other tools read it from the SQLite header). A file with another id is not watcher's."""

_FIRST_TABLE = "source_state"  # created by migration 1: an unmarked file with it is watcher's
_Schema = dict[str, frozenset[str]]  # table → its columns


class Store(SourceTables, FactTables, MetaTables):
    """The state, in SQLite or PostgreSQL; create with `open_store`. Alerts, deliveries and
    silences are reached through `watcher.state.alerts.AlertLog` and
    `watcher.state.silences.Silences`."""


@dataclass(frozen=True)
class _Found:
    """What a file holds before watcher touches it."""

    application_id: int
    version: int
    schema: _Schema


def _inspect(conn: sqlite3.Connection) -> _Found:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    schema = {
        t: frozenset(r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", (t,)))
        for t in tables
    }
    return _Found(
        conn.execute("PRAGMA application_id").fetchone()[0],
        conn.execute("PRAGMA user_version").fetchone()[0],
        schema,
    )


def _statements(script: str) -> Iterator[str]:
    """A migration's statements one by one (`executescript` would commit the transaction
    the migration runs in)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        yield pending


def _apply(conn: sqlite3.Connection, version: int, upto: int = len(MIGRATIONS)) -> None:
    """Migrations after `version` up to `upto`, inside the caller's transaction."""
    for number, script in enumerate(MIGRATIONS[version:upto], start=version + 1):
        for statement in _statements(render(script, "sqlite")):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")


@cache
def schema_at(version: int) -> _Schema:
    """The tables and columns migrations 1 to `version` create (built once, in memory)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _apply(conn, 0, version)
        return _inspect(conn).schema
    finally:
        conn.close()


def _missing(found: _Found) -> list[str]:
    """What the file lacks of the schema its version promises."""
    out = []
    for table, columns in schema_at(found.version).items():
        have = found.schema.get(table)
        if have is None:
            out.append(f"table {table} is missing")
        else:
            out.extend(f"column {table}.{c} is missing" for c in sorted(columns - have))
    return out


def _refuse_foreign(found: _Found, path: Path) -> None:
    """Stop unless the file is watcher's, or new: another program's database taken for an
    empty state would have every old alert sent again."""
    ours = found.application_id == APPLICATION_ID
    if found.application_id and not ours:
        raise StoreError(
            f"{path}: not a watcher state file (its application_id is "
            f"{found.application_id:#x}, watcher's is {APPLICATION_ID:#x}); check --state "
            "(state_path)"
        )
    unmarked_watcher = found.version > 0 and _FIRST_TABLE in found.schema
    if not ours and not unmarked_watcher and (found.schema or found.version):
        tables = ", ".join(sorted(found.schema)) or "none"
        raise StoreError(
            f"{path}: not a watcher state file (an SQLite database with tables: {tables}; "
            f"user_version {found.version}); check --state (state_path), or name a new file"
        )
    if found.version > len(MIGRATIONS):
        raise StoreError(
            f"{path}: schema version {found.version} is newer than this watcher knows "
            f"({len(MIGRATIONS)}); upgrade watcher or use another --state file"
        )


def _settle(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    """Refuse a foreign file; set the connection up; create, adopt or migrate watcher's file;
    check that nothing is missing.

    The version is read again under the write lock (BEGIN IMMEDIATE), so of several
    processes opening a new file at once one creates the schema and the others find it made.
    The application id is written on every open for writing: that marks the file and proves
    it writable before any work is done (a read-only file fails here, not after polling).
    """
    found = _inspect(conn)
    _refuse_foreign(found, path)  # before anything is written, WAL mode included
    _enter_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if write or found.version < len(MIGRATIONS):
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = _inspect(conn)
            _refuse_foreign(found, path)
            _apply(conn, found.version)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        if found.schema and found.application_id != APPLICATION_ID:
            log.info("state_file_adopted", path=str(path), schema_version=found.version)
        found = _inspect(conn)
    missing = _missing(found)
    if missing:
        raise StoreError(
            f"{path}: the state file is damaged: {', '.join(missing)} (restore it from a "
            "backup, or start over with a new --state file)"
        )


_WAL_WAIT_S = 30.0  # as long as the connection's busy timeout


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode. The switch needs the file to itself for a moment, and
    SQLite answers "database is locked" at once instead of waiting out the busy timeout, so
    several processes opening one new file together take turns here."""
    deadline = time.monotonic() + _WAL_WAIT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
        else:
            return


def _prepare(path: Path) -> None:
    """The folder exists; an empty file is said to be one (it becomes a new state)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        empty = path.is_file() and path.stat().st_size == 0
    except OSError as exc:
        raise StoreError(f"{path}: cannot create its folder: {exc.strerror or exc}") from None
    if empty:
        log.warning(
            "state_file_empty",
            path=str(path),
            meaning="an empty file holds no state: watcher starts a new one in it",
        )


_SQLITE_URL = "sqlite:///"
_POSTGRES_URLS = ("postgresql://", "postgres://")


def sqlite_path(where: Path | str) -> Path | None:
    """The SQLite file `where` names (a path or `sqlite:///PATH`); None for PostgreSQL."""
    text = str(where)
    if text.startswith(_POSTGRES_URLS):
        return None
    return Path(text.removeprefix(_SQLITE_URL)) if text.startswith(_SQLITE_URL) else Path(where)


def missing_file(where: Path | str) -> Path | None:
    """The SQLite file `where` names when it does not exist yet (a database server always
    exists), for commands that only look and must not create one."""
    path = sqlite_path(where)
    return path if path is not None and not path.is_file() else None


def open_store(where: Path | str, *, write: bool = True) -> Store:
    """Open the store at `where`: a `postgresql://` URL, or an SQLite file (a path or
    `sqlite:///PATH`), creating, adopting (an unmarked file of an older watcher) or migrating
    it as needed. `write=False` is for commands that only look: they do not need an SQLite
    file to be writable, and on PostgreSQL their transactions are read-only."""
    path = sqlite_path(where)
    if path is None:
        from watcher.state.postgres import open_postgres  # noqa: PLC0415 - psycopg is an extra

        return Store(open_postgres(str(where), schema_at(len(MIGRATIONS)), write=write))
    return _open_sqlite(path, write=write)


def _open_sqlite(path: Path, *, write: bool) -> Store:
    if str(path) != ":memory:":
        _prepare(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        _settle(conn, path, write=write)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        problem = file_problem(path, exc)
        raise StoreError(f"{path}: {problem or f'cannot open state store: {exc}'}") from None
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    return Store(SqliteBackend(conn, path))
