"""Moving a state from one store to another (`watcher state migrate`), e.g. from an SQLite
file to PostgreSQL when a second instance is added.

Every table is copied row for row, ids included, in one transaction of the target, so the
state keeps its id (`state_meta`: a migrated state is the same state, and the Atom entries
and calendar events it published keep their ids), an alert keeps its id, its sources and its
deliveries with their idempotency keys: a receiver that already has a message recognises it
if it is sent again. A target that holds any state
is refused, never merged into. Instances and leases are not copied: they belong to the
processes that run, and come back with them.
"""

from __future__ import annotations

from watcher.errors import StoreError
from watcher.state.migrations import MIGRATIONS
from watcher.state.store import Store, schema_at

# In the order their references need (an alert before its sources and deliveries).
TABLES = (
    "source_state",
    "seen_articles",
    "learned_facts",
    "alerts",
    "alert_sources",
    "deliveries",
    "delivery_attempts",
    "silences",
)
# Made by every new store (its own `state_id`), so not a sign of a state: replaced, not merged.
_META = "state_meta"
_SERIAL = ("learned_facts", "alerts", "deliveries", "delivery_attempts", "silences")
_BATCH = 1000


def is_empty(store: Store) -> bool:
    """Whether `store` holds no state at all."""
    with store.read() as conn:
        return not any(
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()  # noqa: S608 - our names
            for table in TABLES
        )


def copy_state(source: Store, target: Store) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; returns the rows per table."""
    if not is_empty(target):
        raise StoreError(
            f"{target.backend.where}: already holds a state; refusing to overwrite it (name "
            "an empty database or schema, or a new file)"
        )
    columns = schema_at(len(MIGRATIONS))
    copied = {}
    with source.read() as src, target.transaction() as dst:
        dst.execute(f"DELETE FROM {_META}")  # noqa: S608 - our name
        for table in (_META, *TABLES):
            names = sorted(columns[table])
            listed, marks = ", ".join(names), ", ".join("?" * len(names))
            insert = f"INSERT INTO {table} ({listed}) VALUES ({marks})"  # noqa: S608
            cur = src.execute(f"SELECT {listed} FROM {table}")  # noqa: S608 - our names
            copied[table] = 0
            while rows := cur.fetchmany(_BATCH):
                dst.executemany(insert, rows)
                copied[table] += len(rows)
        if target.backend.dialect == "postgresql":
            for table in _SERIAL:  # the next generated id follows the copied ones
                dst.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"  # noqa: S608
                    f" coalesce(max(id), 0) + 1, false) FROM {table}"
                )
    return copied
