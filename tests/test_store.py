"""The state store: validators, seen articles, pruning, migrations, atomicity; the behaviour
once in SQLite and once in PostgreSQL (`state_at`)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.errors import StoreError
from watcher.models import Validators
from watcher.state.migrations import MIGRATIONS
from watcher.state.store import open_store

NOW = datetime(2025, 6, 6, 12, 0, tzinfo=UTC)


def test_new_file_is_created_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    """Opening a missing file creates it at the latest schema version, in WAL mode."""
    path = tmp_path / "sub" / "state.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT * FROM deliveries WHERE alert_id = 1", "deliveries_alert"),
        ("SELECT * FROM delivery_attempts WHERE delivery_id = 1", "delivery_attempts_delivery"),
    ],
)
def test_lookups_by_parent_use_an_index(tmp_path: Path, query: str, index: str) -> None:
    """An alert's deliveries and a delivery's attempts are found by index, not by a scan of
    a table that grows with every alert sent (the web view's alert page reads both)."""
    path = tmp_path / "state.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    plan = " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {query}"))
    conn.close()
    assert f"USING INDEX {index}" in plan


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A file written by a newer watcher is refused with a message, not modified."""
    path = tmp_path / "state.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this watcher knows"):
        open_store(path)


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    """A file that is not SQLite fails with the path in the message."""
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not a database, just text" * 100)
    with pytest.raises(StoreError, match=r"state\.db: not an SQLite database"):
        open_store(path)


def test_validators_round_trip_and_survive_failures(state_at: Path | str) -> None:
    """Validators stored on success are kept when later polls fail."""
    with open_store(state_at) as store:
        assert store.source_state("a").validators == Validators()
        store.record_success("a", Validators('"v1"', "Mon, 02 Jun 2025 10:00:00 GMT", "ab"), NOW)
        assert store.record_failure("a", "HTTP 500", NOW + timedelta(minutes=5)) == 1
        assert store.record_failure("a", "HTTP 500", NOW + timedelta(minutes=10)) == 2
        state = store.source_state("a")
    assert state.validators.etag == '"v1"'
    assert state.validators.body_sha256 == "ab"
    assert state.consecutive_failures == 2
    assert state.last_ok_at == NOW
    assert state.last_error == "HTTP 500"


def test_seen_articles_and_pruning_by_last_seen(state_at: Path | str) -> None:
    """Ids a source still lists are kept; ids not listed since the cut-off are forgotten."""
    with open_store(state_at) as store:
        store.mark_seen("a", ["old", "kept"], NOW)
        assert store.unseen("a", ["old", "kept", "new"]) == {"new"}
        assert store.unseen("b", ["old"]) == {"old"}  # seen ids are per source
        assert (store.seen_ids("a"), store.seen_ids("b")) == ({"old", "kept"}, set())
        store.mark_seen("a", ["kept"], NOW + timedelta(days=100))
        assert store.prune_seen(NOW + timedelta(days=50)) == 1
        assert store.unseen("a", ["old", "kept"]) == {"old"}


def test_transaction_rolls_back_everything_on_error(state_at: Path | str) -> None:
    """Writes grouped in one transaction are all undone when it fails part-way."""
    with open_store(state_at) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.mark_seen("a", ["x"], NOW)
            store.record_success("a", Validators(etag="e"), NOW)
            raise RuntimeError("crash between writes")
        assert store.count_seen() == 0
        assert store.source_state("a").validators == Validators()


def test_naive_times_are_refused(state_at: Path | str) -> None:
    """A naive datetime is a programming error, caught before it reaches the file."""
    with open_store(state_at) as store, pytest.raises(ValueError, match="aware"):
        store.mark_seen("a", ["x"], datetime(2025, 1, 1))
