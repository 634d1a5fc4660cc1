"""The PostgreSQL state store: what only it has (a server, its schema, other processes on
the same database). The behaviour both engines share is tested on both in test_store.py,
test_pipeline.py and test_delivery.py."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from tests.postgres import PostgresServer
from tests.test_cli import EXAMPLES, watcher
from watcher.alerting.alerts import Alert
from watcher.alerting.decide import State
from watcher.errors import StoreError
from watcher.models import Validators
from watcher.state.alerts import AlertLog
from watcher.state.leases import Instance, Leases
from watcher.state.migrations import MIGRATIONS
from watcher.state.postgres import WRITE_LOCK, redact
from watcher.state.store import open_store

NOW = datetime(2025, 6, 6, 12, 0, tzinfo=UTC)
DEMO_NOW = "2025-11-06T12:00Z"


def test_times_are_timestamptz_and_read_back_as_the_same_moment(postgres_url: str) -> None:
    """Every time column is `timestamptz`, and a time written in another offset comes back
    as the same moment."""
    elsewhere = NOW.astimezone(datetime.fromisoformat("2025-01-01T00:00+08:00").tzinfo)
    with open_store(postgres_url) as store:
        store.record_success("a", Validators(etag="e"), elsewhere)
        assert store.source_state("a").last_ok_at == NOW
    with psycopg.connect(postgres_url) as conn:
        types = dict(
            conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = 'deliveries'"
            ).fetchall()
        )
    assert types["due_at"] == types["delivered_at"] == "timestamp with time zone"
    assert types["notifier"] == "text"


def test_another_programs_schema_is_refused_and_left_alone(postgres_url: str) -> None:
    """A schema holding tables that are not watcher's is refused, not taken for an empty
    state, and nothing is written to it."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match=r"not a watcher state database .*invoices"):
        open_store(postgres_url)
    with psycopg.connect(postgres_url) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
    assert tables == [("invoices",)]


def test_a_newer_schema_is_refused(postgres_url: str) -> None:
    """A database migrated by a newer watcher is refused with a message."""
    with open_store(postgres_url):
        pass
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE watcher_schema SET version = %s", (len(MIGRATIONS) + 1,))
    with pytest.raises(StoreError, match="newer than this watcher knows"):
        open_store(postgres_url)


def test_instances_starting_at_once_create_the_schema_once(postgres_url: str) -> None:
    """Several processes opening a new database at the same moment all succeed: one creates
    the schema, the others find it made."""
    errors: list[BaseException] = []

    def start() -> None:
        try:
            with open_store(postgres_url) as store:
                store.mark_seen("a", ["x"], NOW)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT version FROM watcher_schema").fetchall() == [(len(MIGRATIONS),)]


def test_a_server_that_is_down_is_a_store_error_without_the_password(tmp_path: Path) -> None:
    """A URL that reaches no server fails at once with a StoreError naming it, password
    hidden."""
    url = f"postgresql://watcher:hunter2@/state?host={tmp_path}&port=5999"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert "cannot be reached" in str(caught.value)
    assert "hunter2" not in str(caught.value)
    assert redact(url) in str(caught.value)


def alert(key: str) -> Alert:
    return Alert(
        rule="r", trigger="keyword", severity="info", key=key, event=key, title=f"alert {key}",
        message="m", facts=(), comparison=None, known=None, sources=(), notify=("hook",),
    )  # fmt: skip


def test_two_instances_claim_each_delivery_once(postgres_url: str) -> None:
    """Two stores on one database (as two instances) claiming due deliveries at the same
    time never both take one."""
    with open_store(postgres_url) as store:
        log = AlertLog(store)
        for n in range(40):
            alert_id = log.create(alert(f"k{n}"), "v", State.SENT, "first", NOW)
            log.enqueue(alert_id, f"k{n}", 1, [("hook", NOW)])
    claimed: list[list[int]] = [[], []]
    stores = [open_store(postgres_url), open_store(postgres_url)]
    go = threading.Barrier(2)

    def claim(i: int) -> None:
        go.wait()
        for _ in range(20):
            claimed[i].extend(d.id for d in AlertLog(stores[i]).claim_due(NOW))

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    both = claimed[0] + claimed[1]
    assert sorted(both) == sorted(set(both))
    assert len(both) == 40


def due_alerts(store_url: str, n: int) -> None:
    with open_store(store_url) as store:
        log = AlertLog(store)
        for i in range(n):
            alert_id = log.create(alert(f"k{i}"), "v", State.SENT, "first", NOW)
            log.enqueue(alert_id, f"k{i}", 1, [("hook", NOW)])


def test_a_claim_does_not_wait_for_another_instances_write(postgres_url: str) -> None:
    """Deliveries are claimed and settled while another instance holds the writers' turn
    (a long poll transaction): row locks, not the write lock."""
    due_alerts(postgres_url, 3)
    done: list[int] = []
    with open_store(postgres_url) as store, psycopg.connect(postgres_url) as poll:
        poll.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))  # a poll under way

        def deliver() -> None:
            log = AlertLog(store)
            claimed = [d.id for d in log.claim_due(NOW)]
            log.record_attempt(
                claimed, NOW, 0.1, error=None, permanent=False, state="delivered", due_at=None
            )
            done.extend(claimed)

        thread = threading.Thread(target=deliver, daemon=True)
        thread.start()
        thread.join(10)
        waited = thread.is_alive()
        poll.rollback()
        thread.join(10)
    assert not waited, "the claim waited for the other instance's write to end"
    assert len(done) == 3


def test_a_claim_left_by_a_dead_instance_elsewhere_is_taken_after_its_lease(
    postgres_url: str,
) -> None:
    """A delivery claimed by an instance on another machine is not taken while its lease
    runs, nor while that instance's heartbeat renews it (while it is sending it); once its
    heartbeat stops renewing it, the claim is taken over after the lease."""
    due_alerts(postgres_url, 1)
    lease = timedelta(seconds=30)
    with open_store(postgres_url) as store:
        log = AlertLog(store)
        [due] = log.claim_due(NOW, lease=lease)
        with psycopg.connect(postgres_url) as conn:  # as if another machine had claimed it
            conn.execute("UPDATE deliveries SET claimed_by = 'elsewhere:7:beef'")
        assert log.claim_due(NOW + timedelta(seconds=29), lease=lease) == []
        there = Instance("elsewhere:7:beef", "elsewhere", 7, "1", NOW, NOW)
        Leases(store).heartbeat(there, NOW + timedelta(seconds=20), lease, [due.id])
        Leases(store).heartbeat(there, NOW + timedelta(seconds=40), lease)  # no longer sending
        assert log.claim_due(NOW + timedelta(seconds=49), lease=lease) == []
        [again] = log.claim_due(NOW + timedelta(seconds=51), lease=lease)
    assert (again.id, again.idempotency_key) == (due.id, due.idempotency_key)


def test_the_store_reconnects_after_the_server_restarts(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    """While the server is down a step fails as a StoreError that leaves nothing half done;
    once it is back, the same open store works again."""
    with open_store(postgres_url) as store:
        store.mark_seen("a", ["before"], NOW)
        postgres_server.stop("fast")
        try:
            with pytest.raises(StoreError, match="cannot be reached"):
                store.mark_seen("a", ["during"], NOW)
        finally:
            postgres_server.start()
        store.mark_seen("a", ["after"], NOW + timedelta(minutes=1))
        assert store.unseen("a", ["before", "during", "after"]) == {"during"}


def demo_outputs(state: str, cwd: Path) -> list[str]:
    """What the demo's commands print over one state."""
    sources, now = ("--sources", str(EXAMPLES)), ("--now", DEMO_NOW)
    outputs = []
    for command in (
        ("check", *sources, *now),
        ("alerts", "list", "--format", "jsonl"),
        ("baseline", "show", "--format", "json"),
        ("status", *sources, *now),
        ("check", *sources, *now),
    ):
        result = watcher(*command, "--state", state, cwd=cwd)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    return outputs


@pytest.mark.slow
def test_the_demo_prints_the_same_on_postgresql_as_on_sqlite(
    tmp_path: Path, postgres_url: str
) -> None:
    """`check`, `alerts list`, `baseline show`, `status` and a second `check` print the same
    over PostgreSQL as over an SQLite file."""
    on_sqlite = demo_outputs("d.db", tmp_path)
    on_postgres = demo_outputs(postgres_url, tmp_path)
    assert on_postgres == on_sqlite
    alerts = [json.loads(line) for line in on_postgres[1].splitlines()]
    assert len(alerts) == 11
    assert on_postgres[-1].endswith("0 new articles from 2 sources; 0 alerts\n")


def looks(state: str, cwd: Path) -> list[str]:
    """What the commands that only look print over one state."""
    outputs = []
    for command in (
        ("alerts", "list", "--format", "jsonl"),
        ("baseline", "show", "--format", "json"),
        ("status", "--sources", str(EXAMPLES), "--now", DEMO_NOW),
        ("silence", "list", "--now", DEMO_NOW),
    ):
        result = watcher(*command, "--state", state, cwd=cwd)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    return outputs


@pytest.mark.slow
def test_a_state_migrated_from_sqlite_prints_the_same_and_goes_on(
    tmp_path: Path, postgres_url: str
) -> None:
    """`watcher state migrate` copies alerts, deliveries, silences and learned facts into an
    empty PostgreSQL schema, and the state keeps its id: the commands print the same, a
    second check finds nothing new, new rows get new ids, and a target that holds a state is
    refused."""
    silenced = watcher(
        "silence", "add", "--rule", "trump-xi-contact", "--for", "2h", "--reason", "known",
        "--now", DEMO_NOW, "--state", "d.db", cwd=tmp_path,
    )  # fmt: skip
    assert silenced.returncode == 0, silenced.stderr
    checked = watcher(
        "check", "--sources", str(EXAMPLES), "--now", DEMO_NOW, "--state", "d.db", cwd=tmp_path
    )
    assert checked.returncode == 0, checked.stderr
    moved = watcher("state", "migrate", "--from", "d.db", "--to", postgres_url, cwd=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert "alerts 11" in moved.stdout
    assert looks(postgres_url, tmp_path) == looks("d.db", tmp_path)
    with open_store(tmp_path / "d.db") as before, open_store(postgres_url) as after:
        assert after.state_id() == before.state_id()

    again = watcher(
        "check", "--sources", str(EXAMPLES), "--now", DEMO_NOW, "--state", postgres_url,
        cwd=tmp_path,
    )  # fmt: skip
    assert again.stdout.endswith("0 new articles from 2 sources; 0 alerts\n")
    added = watcher(
        "silence", "add", "--rule", "other", "--for", "1h", "--reason", "r", "--now", DEMO_NOW,
        "--state", postgres_url, cwd=tmp_path,
    )  # fmt: skip
    assert added.stdout.startswith("silence 2 added")

    refused = watcher("state", "migrate", "--from", "d.db", "--to", postgres_url, cwd=tmp_path)
    assert refused.returncode == 2
    assert "already holds a state; refusing to overwrite it" in refused.stderr


def test_a_store_opened_to_look_only_reads_and_cannot_write(postgres_url: str) -> None:
    """`write=False` (what `status` and `alerts list` open) reads the state, and the server
    refuses a write in its read-only transactions, so looking never changes anything."""
    with open_store(postgres_url) as store:
        store.mark_seen("a", ["x"], NOW)
    with open_store(postgres_url, write=False) as looking:
        assert looking.count_seen("a") == 1
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            looking.mark_seen("a", ["y"], NOW)
    with open_store(postgres_url) as store:
        assert store.count_seen("a") == 1
