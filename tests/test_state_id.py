"""The state's id: made once per state, kept on reopening, given to older states when they
are migrated, and carried over by `watcher state migrate`; on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import psycopg

from watcher.state.migrations import rendered
from watcher.state.store import open_store
from watcher.state.transfer import copy_state

HEX32 = re.compile(r"[0-9a-f]{32}")
_BEFORE_IDS = 8  # the schema version before states had an id


def test_a_new_state_has_an_id_that_stays(state_at: Path | str) -> None:
    """A new state gets 32 random hex digits as its id, and reopening it reads the same."""
    with open_store(state_at) as store:
        first = store.state_id()
    with open_store(state_at, write=False) as store:
        assert store.state_id() == first
    assert HEX32.fullmatch(first)


def test_two_states_have_different_ids(tmp_path: Path) -> None:
    """Two states made one after the other have different ids."""
    with open_store(tmp_path / "a.db") as a, open_store(tmp_path / "b.db") as b:
        assert a.state_id() != b.state_id()


def _old_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(rendered("sqlite")[:_BEFORE_IDS], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.close()


def _old_postgres(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE watcher_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO watcher_schema (version) VALUES (%s)", (_BEFORE_IDS,))
        for script in rendered("postgresql")[:_BEFORE_IDS]:
            conn.execute(script)


def test_a_state_from_before_ids_gets_one_when_migrated(state_at: Path | str) -> None:
    """A state at the schema version before ids (7) gets an id when it is opened and
    migrated, even by a command that only reads, and keeps it."""
    if isinstance(state_at, Path):
        _old_sqlite(state_at)
    else:
        _old_postgres(state_at)
    with open_store(state_at, write=False) as store:
        given = store.state_id()
    with open_store(state_at) as store:
        assert store.state_id() == given
    assert HEX32.fullmatch(given)


def test_a_copied_state_keeps_its_id(tmp_path: Path, state_at: Path | str) -> None:
    """Copying a state (`watcher state migrate`) into a new store keeps the source's id: a
    migrated state is the same state, and what it published keeps its ids."""
    with open_store(tmp_path / "from.db") as source, open_store(state_at) as target:
        made = target.state_id()
        copied = copy_state(source, target)
        assert target.state_id() == source.state_id() != made
    assert copied["state_meta"] == 1
