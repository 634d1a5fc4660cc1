"""The state store in PostgreSQL, where several `watcher run` instances share one state.

The queries are the ones SQLite runs (`db.Conn`): `_PgConn` turns their `?` parameters into
psycopg's and binds them on the client, so an untyped `? IS NULL` means what it means in
SQLite. Time columns are `timestamptz`; the session runs in UTC and reads them back as ISO
text (`_IsoLoader`), the form the rest of the store already parses.

Writers take turns: each write transaction first takes one transaction-scoped advisory lock
(`WRITE_LOCK`), as SQLite's BEGIN IMMEDIATE takes the file's write lock. The code written for
SQLite (number an alert's next version, compare a fact with what was learned) therefore
stays correct across processes and machines; reads do not wait. The outbox does not take
that turn: a delivery is claimed row by row (`SELECT … FOR UPDATE SKIP LOCKED`,
`AlertLog.claim_due`) and settled by its claimer alone, so instances deliver in parallel,
beside one another's polls. Connections come from a psycopg pool that checks each before
use, so a restarted server is reconnected to on the next step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from typing import TYPE_CHECKING, Any

import structlog

from watcher.errors import StoreError
from watcher.state.db import Conn
from watcher.state.migrations import MIGRATIONS, render

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

log = structlog.get_logger(__name__)

MIGRATE_LOCK = 0x57415443  # "WATC": held while a database is created or migrated
WRITE_LOCK = MIGRATE_LOCK + 1  # held by every write transaction, until it ends
POOL_SIZE = 8  # connections per process: the service's worker threads read at once
CONNECT_TIMEOUT_S = 10.0
_VERSION_TABLE = "watcher_schema"


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


@cache
def _placeholders(sql: str) -> str:
    """SQLite's `?` parameters as psycopg's `%s` (a literal `%` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _PgConn:
    """A psycopg connection that runs the store's SQLite-style queries."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if not parameters:  # a script of several statements, run as it is
            return self.conn.execute(sql)
        return self.conn.execute(_placeholders(sql), tuple(parameters))

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        cur = self.conn.cursor()
        cur.executemany(_placeholders(sql), [tuple(p) for p in parameters])
        return cur


class PostgresBackend:
    """Connections from a pool; write transactions behind `WRITE_LOCK`."""

    dialect = "postgresql"

    def __init__(self, pool: ConnectionPool[Any], where: str) -> None:
        self.pool = pool
        self.where = where

    @contextmanager
    def connection(self) -> Iterator[Conn]:
        with self.pool.connection() as conn:
            yield _PgConn(conn)

    def begin(self, conn: Conn, *, exclusive: bool = True) -> None:
        conn.execute("BEGIN")
        if exclusive:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def commit(self, conn: Conn) -> None:
        conn.execute("COMMIT")

    def rollback(self, conn: Conn) -> None:
        import psycopg  # noqa: PLC0415 - an optional dependency, loaded with the backend

        with suppress(psycopg.Error):  # a lost connection has nothing left to undo
            conn.execute("ROLLBACK")

    def problem(self, exc: BaseException) -> str | None:
        import psycopg  # noqa: PLC0415
        from psycopg_pool import PoolTimeout  # noqa: PLC0415

        if isinstance(exc, psycopg.OperationalError | PoolTimeout):
            return _unreachable(exc)
        return None

    def close(self) -> None:
        self.pool.close()


def _configure_read_only(conn: psycopg.Connection[Any]) -> None:
    """A connection of a store opened to look only (`write=False`)."""
    _configure(conn)
    conn.execute("SET default_transaction_read_only = on")


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Each new connection: UTC, and `timestamptz` read back as ISO text."""
    from psycopg.types.datetime import TimestamptzLoader  # noqa: PLC0415

    class _IsoLoader(TimestamptzLoader):
        def load(self, data: Any) -> Any:
            return super().load(data).isoformat()

    conn.execute("SET TIME ZONE 'UTC'")
    conn.adapters.register_loader("timestamptz", _IsoLoader)


def open_postgres(
    url: str, schema: dict[str, frozenset[str]], *, write: bool = True
) -> PostgresBackend:
    """Connect to the database at `url`, create or migrate watcher's tables in its current
    schema, and check that it has every table and column of `schema` (the latest).

    With `write=False` (commands that only look, the source of `state migrate`) every
    transaction of the pool is read-only: the server refuses any write, so a command that
    only looks provably changes nothing.

    The first connection is made directly, once: a wrong URL or a server that is down fails
    at once with libpq's reason, rather than after the pool's retries."""
    where = redact(url)
    try:
        import psycopg  # noqa: PLC0415
        from psycopg_pool import ConnectionPool  # noqa: PLC0415
    except ImportError:
        raise StoreError(
            f"{where}: a PostgreSQL state needs psycopg: pip install 'watcher[postgres]'"
        ) from None
    kwargs: dict[str, Any] = {"autocommit": True, "cursor_factory": psycopg.ClientCursor}
    try:
        with psycopg.connect(url, connect_timeout=int(CONNECT_TIMEOUT_S), **kwargs) as first:
            _configure(first)
            _settle(_PgConn(first), where)
            _check_complete(_PgConn(first), where, schema)
    except psycopg.OperationalError as exc:
        raise StoreError(f"{where}: {_unreachable(exc)}") from None
    pool: ConnectionPool[Any] = ConnectionPool(
        url,
        min_size=1,
        max_size=POOL_SIZE,
        open=True,
        kwargs=kwargs,
        configure=_configure if write else _configure_read_only,
        check=ConnectionPool.check_connection,
        timeout=CONNECT_TIMEOUT_S,
        name="watcher-state",
    )
    return PostgresBackend(pool, where)


def _unreachable(exc: BaseException) -> str:
    return (
        f"the database cannot be reached or failed ({str(exc).strip()}): check that "
        "PostgreSQL runs and that --state (state_url) names it"
    )


def _settle(conn: Conn, where: str) -> None:
    """Create or migrate under `MIGRATE_LOCK` (one of several instances starting at once
    does it), refuse a foreign or newer database, then check what the version promises."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATE_LOCK,))
        version = _version(conn, where)
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.execute(render(script, "postgresql"))
            conn.execute(f"UPDATE {_VERSION_TABLE} SET version = ?", (number,))  # noqa: S608
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if version < len(MIGRATIONS):
        log.info("state_database_migrated", url=redact(where), schema_version=len(MIGRATIONS))


def _tables(conn: Conn) -> dict[str, frozenset[str]]:
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema()"
    ).fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return {t: frozenset(c) for t, c in out.items()}


def _version(conn: Conn, where: str) -> int:
    """The schema version, 0 for an empty schema (then the version table is made)."""
    tables = _tables(conn)
    if _VERSION_TABLE not in tables:
        if tables:
            raise StoreError(
                f"{where}: not a watcher state database (its schema holds tables: "
                f"{', '.join(sorted(tables))}); check --state (state_url), or name an empty "
                "database or schema"
            )
        conn.execute(f"CREATE TABLE {_VERSION_TABLE} (version INTEGER NOT NULL)")
        conn.execute(f"INSERT INTO {_VERSION_TABLE} (version) VALUES (0)")  # noqa: S608
    version = int(conn.execute(f"SELECT version FROM {_VERSION_TABLE}").fetchone()[0])  # noqa: S608
    if version > len(MIGRATIONS):
        raise StoreError(
            f"{where}: schema version {version} is newer than this watcher knows "
            f"({len(MIGRATIONS)}); upgrade watcher or use another --state"
        )
    return version


def _check_complete(conn: Conn, where: str, schema: dict[str, frozenset[str]]) -> None:
    found = _tables(conn)
    missing = []
    for table, columns in schema.items():
        have = found.get(table)
        if have is None:
            missing.append(f"table {table} is missing")
        else:
            missing.extend(f"column {table}.{c} is missing" for c in sorted(columns - have))
    if missing:
        raise StoreError(f"{where}: the state database is damaged: {', '.join(missing)}")
