"""Alert history retention (issue 12): alerts older than `alert_retention_days` leave the
state file with their sources, deliveries and attempts, except those still to be delivered.
A real SQLite store; `now` is passed in."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.alerting.alerts import Alert, SourceRef
from watcher.alerting.decide import State
from watcher.ingest.fetch import Fetcher
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.alerts import AlertLog
from watcher.state.retention import prune_alerts
from watcher.state.store import Store, open_store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=400)
RECENT = NOW - timedelta(days=10)


def _alert(key: str) -> Alert:
    return Alert(
        rule="test-rule",
        trigger="keyword",
        severity="info",
        key=key,
        event="matched",
        title=f"An alert made for the retention test: {key}",
        message="Written for the test.",
        facts=(),
        comparison=None,
        known=None,
        sources=(),
        notify=("archive",),
    )


def _stored(log: AlertLog, key: str, at: datetime, delivery: str | None) -> int:
    """An alert created `at`, with one source and, unless None, one delivery left in the
    state `delivery` after an attempt (or never attempted: `pending`)."""
    alert_id = log.create(_alert(key), key, State.SENT, "first", at)
    log.add_source(alert_id, SourceRef("wire", None, key, at), f"article-{key}", key, at)
    if delivery is None:
        return alert_id
    log.enqueue(alert_id, key, 1, [("archive", at)])
    if delivery != "pending":
        [due] = log.claim_due(at)  # the only one due: pending ones are made last
        log.record_attempt(
            [due.id],
            at,
            0.1,
            error=None if delivery == "delivered" else "refused by the test",
            permanent=delivery == "dead",
            state=delivery,
            due_at=None,
        )
    return alert_id


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "state.db")


def _keys(store: Store) -> set[str]:
    with store.read() as conn:
        return {row[0] for row in conn.execute("SELECT key FROM alerts")}


def test_old_delivered_alerts_go_and_undelivered_ones_stay(store: Store, tmp_path: Path) -> None:
    """Of the alerts older than the cutoff, the delivered one and the one that never had a
    delivery (silenced) go, with their sources, deliveries and attempts; the pending and
    the dead ones stay, and so does a recent one."""
    log = AlertLog(store)
    _stored(log, "old-delivered", OLD, "delivered")
    _stored(log, "old-silenced", OLD, None)
    _stored(log, "old-dead", OLD, "dead")
    _stored(log, "recent-delivered", RECENT, "delivered")
    _stored(log, "old-pending", OLD, "pending")
    assert _count(tmp_path / "state.db", "delivery_attempts") == 3
    removed = prune_alerts(store, NOW - timedelta(days=365))
    assert removed == 2
    assert _keys(store) == {"old-pending", "old-dead", "recent-delivered"}
    assert _count(tmp_path / "state.db", "alert_sources") == 3
    assert _count(tmp_path / "state.db", "deliveries") == 3
    assert _count(tmp_path / "state.db", "delivery_attempts") == 2  # dead's and recent's
    assert prune_alerts(store, NOW - timedelta(days=365)) == 0


def test_a_clock_pass_prunes_by_the_setting_as_of_now(store: Store, tmp_path: Path) -> None:
    """`run_once` with no sources (the service's clock pass) prunes with the cutoff
    `alert_retention_days` before the `now` it is given, not before the real clock."""
    log = AlertLog(store)
    _stored(log, "a-year-and-a-bit", NOW - timedelta(days=370), "delivered")
    _stored(log, "a-month", NOW - timedelta(days=30), "delivered")
    settings = Settings(state_path=tmp_path / "state.db", alert_retention_days=60)
    with Fetcher(settings.fetch) as fetcher:
        deps = Deps(settings, store, fetcher)
        run_once([], deps, NOW - timedelta(days=20))  # as of then, the month is 10 days old
        assert _keys(store) == {"a-month"}
        run_once([], deps, NOW + timedelta(days=31))  # now it is 61 days old
        assert _keys(store) == set()


def test_a_dry_run_prunes_nothing(store: Store, tmp_path: Path) -> None:
    """`check --dry-run` records nothing, and removes nothing either."""
    _stored(AlertLog(store), "old-delivered", OLD, "delivered")
    settings = Settings(state_path=tmp_path / "state.db")
    with Fetcher(settings.fetch) as fetcher:
        run_once([], Deps(settings, store, fetcher), NOW, dry_run=True)
    assert _keys(store) == {"old-delivered"}
