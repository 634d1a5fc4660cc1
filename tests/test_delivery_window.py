"""A receiver that is down for a long time still gets every alert: deliveries are retried for
a time window (`give_up_after`), not for a number of attempts.

Real parts: a webhook receiver on 127.0.0.1 (answering 500, or a port that refuses
connections until a receiver comes up on it), a real SQLite file, `run_once` and
`deliver_due`. Time is a parameter: each pass runs at the time the next delivery falls due,
so half an hour of outage takes well under a second.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter
from structlog.testing import capture_logs

from tests.notifiers.helpers import free_port, make_alert
from tests.servers import LoopbackServer, Recorded, Reply
from watcher.alerting.rules import Rule, RuleSet
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers.config import NotifierConfig, WebhookConfig
from watcher.delivery.outbox import DeliveryReport, deliver_due, drain
from watcher.delivery.settings import DeliverySettings
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import DirSource
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.alerts import AlertLog
from watcher.state.migrations import rendered
from watcher.state.store import open_store

NOW = datetime(2025, 10, 10, 12, 0, tzinfo=UTC)
# Two minutes between attempts at most: the old limit of 8 attempts was spent in about 2.
BACKOFF = DeliverySettings(backoff_base_s=1, backoff_max_s=120, check_wait_s=0)


class SimulatedTime:
    """The time the passes run at, which the receiver reads to decide when it recovers."""

    def __init__(self) -> None:
        self.now = NOW


def rule() -> Rule:
    return TypeAdapter(Rule).validate_python(
        {
            "id": "magnets",
            "description": "magnet news",
            "message": "{{ article.title }}",
            "trigger": {"type": "keyword", "any": ["magnet"]},
            "notify": ["hook"],
        }
    )


def make_deps(tmp_path: Path, url: str, **hook: Any) -> Iterator[Deps]:
    notifiers: dict[str, NotifierConfig] = {
        "hook": WebhookConfig(kind="webhook", url=url, timeout_s=2, **hook)
    }
    settings = Settings(state_path=tmp_path / "state.db", notifiers=notifiers, delivery=BACKOFF)
    with open_store(settings.state_path) as store, Fetcher(settings.fetch) as fetcher:
        yield Deps(
            settings,
            store,
            fetcher,
            (),
            RuleSet([rule()]),
            {n: build_notifier(c) for n, c in notifiers.items()},
        )


def inbox_with(tmp_path: Path, stories: int) -> DirSource:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(stories):
        (folder / f"s{n}.md").write_text(
            f"---\npublished: 2025-10-10\n---\n# Story {n}\n\nA magnet plant story, number {n}.\n"
        )
    return DirSource(id="inbox", kind="dir", path=folder)


def pass_after_pass(deps: Deps, until: datetime, clock: SimulatedTime) -> list[DeliveryReport]:
    """Deliver at each moment a delivery falls due, up to `until` (what the service's outbox
    job does every few seconds, without the seconds in between)."""
    outbox, reports = AlertLog(deps.store), []
    while (due := outbox.next_due()) is not None and due <= until:
        clock.now = max(clock.now, due)
        settings = deps.settings
        reports.append(
            deliver_due(outbox, deps.notifiers, settings.notifiers, clock.now, settings.delivery)
        )
    return reports


def test_a_receiver_answering_500_for_half_an_hour_gets_every_alert(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """Down for 30 minutes (the old 8 attempts were spent in 2): every alert still arrives,
    once, when the receiver is back."""
    clock = SimulatedTime()
    back_at = NOW + timedelta(minutes=30)

    def receiver(request: Recorded) -> Reply:
        return Reply(500) if clock.now < back_at else Reply(200)

    http_server.script("/hook", receiver)
    for deps in make_deps(tmp_path, http_server.url("/hook")):
        run_once([inbox_with(tmp_path, 3)], deps, NOW)
        pass_after_pass(deps, NOW + timedelta(hours=1), clock)
        assert AlertLog(deps.store).counts() == {"delivered": 3}
    keys = [r.headers["idempotency-key"] for r in http_server.requests_to("/hook")]
    assert len(keys) > 3 * 8  # more attempts than the old limit
    delivered = keys[-3:]
    assert sorted(delivered) == sorted(set(keys))


def test_a_receiver_refusing_connections_for_half_an_hour_gets_every_alert(
    tmp_path: Path,
) -> None:
    """Nothing listening for 30 minutes, then a receiver comes up on that port."""
    port, clock = free_port(), SimulatedTime()
    for deps in make_deps(tmp_path, f"http://127.0.0.1:{port}/hook"):
        run_once([inbox_with(tmp_path, 3)], deps, NOW)
        pass_after_pass(deps, NOW + timedelta(minutes=30), clock)
        assert AlertLog(deps.store).counts() == {"pending": 3}
        with LoopbackServer(port) as receiver:
            receiver.script("/hook", Reply(200))
            pass_after_pass(deps, NOW + timedelta(hours=1), clock)
            assert len(receiver.requests_to("/hook")) == 3
        assert AlertLog(deps.store).counts() == {"delivered": 3}


def test_give_up_after_is_measured_from_the_first_attempt(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A receiver that never recovers is tried until `give_up_after` has passed since the
    first attempt (the last try at that moment), then the delivery is dead, logged at error."""
    http_server.script("/hook", Reply(503))
    clock = SimulatedTime()
    for deps in make_deps(tmp_path, http_server.url("/hook"), give_up_after="10m"):
        run_once([inbox_with(tmp_path, 1)], deps, NOW)
        with capture_logs() as logs:
            pass_after_pass(deps, NOW + timedelta(hours=1), clock)
        assert AlertLog(deps.store).counts() == {"dead": 1}
        [row] = AlertLog(deps.store).list()
    times = [r.at for r in http_server.requests_to("/hook")]
    assert clock.now == NOW + timedelta(minutes=10)  # the last attempt, at the deadline
    assert len(times) > 8
    [dead] = [e for e in logs if e["event"] == "delivery_dead"]
    assert dead["log_level"] == "error"
    assert dead["alert_id"] == row.alert.id
    assert dead["notifier"] == "hook"
    assert "HTTP 503" in dead["reason"]
    assert dead["permanent"] is False


def test_a_permanent_error_is_dead_at_once_and_logged_at_error(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A 401 is not retried, and is reported as loudly as a delivery that gave up."""
    http_server.script("/hook", Reply(401, body=b"who are you"))
    for deps in make_deps(tmp_path, http_server.url("/hook")):
        with capture_logs() as logs:
            report = run_once([inbox_with(tmp_path, 1)], deps, NOW)
        assert AlertLog(deps.store).counts() == {"dead": 1}
    assert report.delivery is not None
    assert report.delivery.undelivered == 1
    [dead] = [e for e in logs if e["event"] == "delivery_dead"]
    assert dead["log_level"] == "error"
    assert dead["permanent"] is True
    assert "HTTP 401" in dead["reason"]
    assert len(http_server.requests_to("/hook")) == 1


def test_undelivered_counts_this_runs_failures_not_digest_windows(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """What `check` needs for its exit code: the deliveries of this run that failed and still
    wait for a retry, plus those that went dead; a digest window that is still open is not a
    failure."""
    http_server.script("/hook", Reply(500))
    for deps in make_deps(tmp_path, http_server.url("/hook")):
        report = run_once([inbox_with(tmp_path, 2)], deps, NOW)
        assert report.delivery is not None
        later = drain(
            AlertLog(deps.store),
            deps.notifiers,
            deps.settings.notifiers,
            deps.settings.delivery,
            clock=lambda: NOW,
            until=NOW,
        )
        assert report.delivery.then(later).undelivered == 2
    http_server.script("/digest", Reply(200))
    for deps in make_deps(tmp_path / "d", http_server.url("/digest"), digest="15m"):
        report = run_once([inbox_with(tmp_path / "d", 2)], deps, NOW)
        assert report.delivery is not None
        assert report.delivery.undelivered == 0
        assert AlertLog(deps.store).counts() == {"pending": 2}


@pytest.mark.parametrize("value", ["0s", "soon"])
def test_give_up_after_must_be_a_positive_duration(value: str) -> None:
    with pytest.raises(ValueError, match=r"give_up_after\n.*(longer than 0s|not a duration)"):
        WebhookConfig(kind="webhook", url="http://127.0.0.1:1/", give_up_after=value)


def test_a_state_file_from_before_the_window_counts_from_its_first_recorded_attempt(
    tmp_path: Path,
) -> None:
    """Migration 6 gives deliveries attempted under the old schema the time of their first
    attempt, so an upgrade neither restarts nor loses their window."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        for number, script in enumerate(rendered("sqlite")[:5], start=1):
            conn.executescript(f"{script}; PRAGMA user_version = {number};")
        conn.execute(
            "INSERT INTO alerts (id, key, version, rule, severity, value, state, reason, payload,"
            " created_at) VALUES (1, 'k', 1, 'r', 'info', 'v', 'sent', 'first', ?, ?)",
            (json.dumps(make_alert().to_dict()), NOW.isoformat()),
        )
        conn.execute(
            "INSERT INTO deliveries (id, alert_id, notifier, idempotency_key, state, attempts,"
            " due_at) VALUES (1, 1, 'hook', 'k.v1.hook', 'pending', 2, ?)",
            ((NOW + timedelta(minutes=5)).isoformat(),),
        )
        conn.executemany(
            "INSERT INTO delivery_attempts (delivery_id, at, duration_s) VALUES (1, ?, 0.1)",
            [((NOW + timedelta(seconds=s)).isoformat(),) for s in (0, 30)],
        )
    with open_store(path) as store:
        [due] = AlertLog(store).claim_due(NOW + timedelta(minutes=5))
    assert due.first_attempt_at == NOW
