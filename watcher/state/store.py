"""The state store: one SQLite file that remembers what watcher has seen and done.

It holds, per source, the HTTP validators and the hash of the last body (so an unchanged feed
is neither downloaded in full nor parsed again), the ids of articles already seen, and the
outcome of the last poll. Later schema versions add facts, alerts and the delivery outbox.

SQLite runs in WAL mode so that a reader (`watcher status`) never blocks the service. The
schema carries a version (`PRAGMA user_version`) and is migrated forward on open; a file from
a newer watcher is refused rather than damaged. One connection is shared by the threads of a
process behind a lock: writes are short, and the lock makes every `transaction()` atomic.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from watcher.errors import StoreError
from watcher.state.db import iso, parse_time
from watcher.state.facts import FactTables
from watcher.state.migrations import MIGRATIONS
from watcher.state.sources import SourceState, SourceTables

__all__ = ["SourceState", "Store", "iso", "open_store", "parse_time"]


class Store(SourceTables, FactTables):
    """SQLite-backed state; create with `open_store`. Alerts, deliveries and silences are
    reached through `watcher.state.alerts.AlertLog` and `watcher.state.silences.Silences`."""


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            f"{path}: schema version {version} is newer than this watcher knows "
            f"({len(MIGRATIONS)}); upgrade watcher or use another --state file"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")


def open_store(path: Path) -> Store:
    """Open (creating and migrating as needed) the store at `path`."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open state store: {exc}") from None
    return Store(conn, path)
