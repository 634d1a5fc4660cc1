"""Alerts arrive once, grouped, and are never lost: the outbox against real receivers.

The receivers are real: an HTTP server on 127.0.0.1 for the webhook, a file for the file
notifier, and the state is a real SQLite file. Time is a parameter: `drain` gets a clock that
moves only when it sleeps, so retries with backoff run without waiting.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from tests.postgres import state_url
from tests.servers import LoopbackServer, Reply
from watcher.alerting.rules import Rule, RuleSet
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers.config import FileConfig, NotifierConfig, WebhookConfig
from watcher.delivery.outbox import deliver_due, drain
from watcher.delivery.settings import DeliverySettings
from watcher.errors import StoreError
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import DirSource
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.alerts import AlertLog
from watcher.state.silences import Silences
from watcher.state.store import open_store

NOW = datetime(2025, 10, 10, 12, 0, tzinfo=UTC)
FAST = DeliverySettings(backoff_base_s=1, backoff_max_s=8, check_wait_s=120)


def keyword_rule(**alert: Any) -> Rule:
    return TypeAdapter(Rule).validate_python(
        {
            "id": "magnets",
            "description": "magnet news",
            "message": "{{ article.title }}",
            "trigger": {"type": "keyword", "any": ["magnet", "magnets"]},
            "notify": ["hook", "archive"],
            "alert": alert,
        }
    )


@pytest.fixture
def inbox(tmp_path: Path) -> DirSource:
    (tmp_path / "inbox").mkdir()
    return DirSource(id="inbox", kind="dir", path=tmp_path / "inbox")


def write(inbox: DirSource, name: str, body: str) -> None:
    (inbox.path / f"{name}.md").write_text(f"---\npublished: 2025-10-10\n---\n# {name}\n\n{body}\n")


def make_deps(
    tmp_path: Path,
    server: LoopbackServer,
    rule: Rule,
    give_up_after: str = "24h",
    state: Path | str | None = None,
) -> Iterator[Deps]:
    notifiers: dict[str, NotifierConfig] = {
        "hook": WebhookConfig(
            kind="webhook", url=server.url("/hook"), timeout_s=2, give_up_after=give_up_after
        ),
        "archive": FileConfig(kind="file", path=tmp_path / "alerts.jsonl"),
    }
    where = state_url(state or tmp_path / "state.db")
    settings = Settings(state_url=where, notifiers=notifiers, delivery=FAST)
    with open_store(settings.state) as store, Fetcher(settings.fetch) as fetcher:
        yield Deps(
            settings,
            store,
            fetcher,
            (),
            RuleSet([rule]),
            {n: build_notifier(c) for n, c in notifiers.items()},
        )


@pytest.fixture
def deps(tmp_path: Path, http_server: LoopbackServer, state_at: Path | str) -> Iterator[Deps]:
    """The collaborators, over a state in SQLite and in PostgreSQL."""
    yield from make_deps(tmp_path, http_server, keyword_rule(), state=state_at)


class FakeClock:
    """Time that passes only when the code under test sleeps."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += timedelta(seconds=max(seconds, 0.001))


def finish(deps: Deps, start: datetime, minutes: int = 10) -> None:
    clock = FakeClock(start)
    drain(
        AlertLog(deps.store),
        deps.notifiers,
        deps.settings.notifiers,
        deps.settings.delivery,
        clock=clock,
        sleep=clock.sleep,
        until=start + timedelta(minutes=minutes),
    )


def hook_keys(server: LoopbackServer) -> list[str]:
    return [r.headers["idempotency-key"] for r in server.requests_to("/hook")]


def archived(tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_receiver_down_then_up_gets_each_alert_once(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """With the receiver failing its first three requests, every alert arrives exactly once."""
    http_server.script("/hook", Reply(503), Reply(503), Reply(502), Reply(200))
    for n in range(3):
        write(inbox, f"a{n}", f"Story {n} about magnet export licences.")
    run_once([inbox], deps, NOW)
    finish(deps, NOW)
    keys = hook_keys(http_server)
    answered = keys[3:]  # the first three requests were refused
    assert len(set(keys)) == 3
    assert sorted(answered) == sorted(set(keys))
    assert AlertLog(deps.store).counts() == {"delivered": 6}


def test_permanent_error_is_not_retried(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer, tmp_path: Path
) -> None:
    """A 400 makes the delivery dead after one attempt; the other notifier still delivers."""
    http_server.script("/hook", Reply(400, body=b"bad payload"))
    write(inbox, "a", "A magnet story.")
    run_once([inbox], deps, NOW)
    finish(deps, NOW)
    assert len(http_server.requests_to("/hook")) == 1
    assert AlertLog(deps.store).counts() == {"dead": 1, "delivered": 1}
    [row] = AlertLog(deps.store).list()
    hook = next(d for d in row.deliveries if d["notifier"] == "hook")
    assert "400" in hook["last_error"]
    assert len(archived(tmp_path)) == 1


def test_transient_errors_until_give_up_after_then_dead(
    tmp_path: Path, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """A receiver that never recovers is tried for give_up_after, then the delivery is dead."""
    http_server.script("/hook", Reply(503))
    for deps in make_deps(tmp_path, http_server, keyword_rule(), give_up_after="1m"):
        write(inbox, "a", "A magnet story.")
        run_once([inbox], deps, NOW)
        finish(deps, NOW, minutes=60)
        assert len(http_server.requests_to("/hook")) >= 60 // 8
        assert AlertLog(deps.store).counts()["dead"] == 1


def test_pending_deliveries_survive_a_restart(
    tmp_path: Path, inbox: DirSource, http_server: LoopbackServer, state_at: Path | str
) -> None:
    """Deliveries left pending when the process stops are sent after it starts again."""
    http_server.script("/hook", Reply(503))
    write(inbox, "a", "A magnet story.")
    for deps in make_deps(tmp_path, http_server, keyword_rule(), state=state_at):
        run_once([inbox], deps, NOW)
    http_server.script("/hook", Reply(200))
    for deps in make_deps(tmp_path, http_server, keyword_rule(), state=state_at):
        report = run_once([inbox], deps, NOW + timedelta(minutes=5))
        assert report.alerts == []
        assert AlertLog(deps.store).counts() == {"delivered": 2}
    assert len(set(hook_keys(http_server))) == 1


def test_five_outlets_one_alert_with_five_sources(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """The same event from several outlets is one alert listing every source."""
    http_server.script("/hook", Reply(200))
    text = (
        "The United States raised its additional tariff on all Chinese goods from 30% to "
        "54% on {day}, officials at {outlet} reported."
    )
    deps = Deps(deps.settings, deps.store, deps.fetcher, (), RuleSet([rate_rule()]), deps.notifiers)
    for n, outlet in enumerate(["Wire A", "Wire B", "Paper C", "Site D", "Radio E"]):
        write(inbox, f"o{n}", text.format(day="Tuesday", outlet=outlet))
    report = run_once([inbox], deps, NOW)
    [alert] = report.alerts
    [row] = AlertLog(deps.store).list()
    assert len(row.alert.sources) == 5
    assert len(http_server.requests_to("/hook")) == 1
    assert alert.decision.reason.value == "first"


def test_update_is_a_new_version(deps: Deps, inbox: DirSource, http_server: LoopbackServer) -> None:
    """A later article that changes the event is sent as version 2 of the same alert."""
    http_server.script("/hook", Reply(200))
    deps = Deps(deps.settings, deps.store, deps.fetcher, (), RuleSet([rate_rule()]), deps.notifiers)
    write(inbox, "a", "The United States raised its tariff on Chinese goods to 54% on Tuesday.")
    run_once([inbox], deps, NOW)
    write(inbox, "b", "The United States raised its tariff on Chinese goods to 60% on Friday.")
    run_once([inbox], deps, NOW + timedelta(days=3))
    bodies = [json.loads(r.body) for r in http_server.requests_to("/hook")]
    versions = [(b["alerts"][0]["version"], b["alerts"][0]["update"]) for b in bodies]
    assert versions == [(1, False), (2, True)]


def rate_rule(**alert: Any) -> Rule:
    return TypeAdapter(Rule).validate_python(
        {
            "id": "rate",
            "description": "rate",
            "message": "{{ fact.rate_pct }}",
            "trigger": {"type": "tariff_rate", "imposer": "US"},
            "notify": ["hook"],
            "alert": alert,
        }
    )


def test_min_sources_holds_until_independent_sources_agree(
    tmp_path: Path, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """An alert needing two sources waits; a syndicated copy does not count, a second text does."""
    http_server.script("/hook", Reply(200))
    story = "The United States raised its tariff on Chinese goods to 54% on Tuesday."
    for deps in make_deps(tmp_path, http_server, rate_rule(min_sources=2)):
        write(inbox, "first", story)
        run_once([inbox], deps, NOW)
        write(inbox, "syndicated", story)  # another headline, the same text
        run_once([inbox], deps, NOW + timedelta(minutes=5))
        assert http_server.requests_to("/hook") == []
        write(
            inbox,
            "second",
            "Washington lifted its tariff on Chinese goods to 54% on "
            "Tuesday, a second outlet reported in its own words.",
        )
        report = run_once([inbox], deps, NOW + timedelta(minutes=10))
        assert [r.decision.reason.value for r in report.recorded] == ["released"]
        [request] = http_server.requests_to("/hook")
        assert len(json.loads(request.body)["alerts"][0]["sources"]) == 3


def test_silenced_alerts_are_recorded_not_sent(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """A matching silence keeps the alert in the log and sends nothing."""
    http_server.script("/hook", Reply(200))
    Silences(deps.store).add(
        "magnets", {}, "known story", NOW - timedelta(minutes=1), NOW + timedelta(hours=2)
    )
    write(inbox, "a", "A magnet story.")
    report = run_once([inbox], deps, NOW)
    assert [r.decision.reason.value for r in report.alerts] == ["silenced"]
    assert http_server.requests_to("/hook") == []
    assert AlertLog(deps.store).list()[0].state == "silenced"


def test_digest_window_sends_one_message(
    tmp_path: Path, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """A notifier with a digest window holds its alerts and sends them as one message."""
    http_server.script("/hook", Reply(200))
    notifiers: dict[str, NotifierConfig] = {
        "hook": WebhookConfig(kind="webhook", url=http_server.url("/hook"), digest="15m"),
        "archive": FileConfig(kind="file", path=tmp_path / "alerts.jsonl"),
    }
    settings = Settings(state_path=tmp_path / "state.db", notifiers=notifiers, delivery=FAST)
    with open_store(settings.state_path) as store, Fetcher(settings.fetch) as fetcher:
        deps = Deps(
            settings,
            store,
            fetcher,
            (),
            RuleSet([keyword_rule()]),
            {n: build_notifier(c) for n, c in notifiers.items()},
        )
        for n in range(3):
            write(inbox, f"a{n}", f"Story {n} about magnet licences.")
        run_once([inbox], deps, NOW)
        assert http_server.requests_to("/hook") == []  # the window is open
        assert len(archived(tmp_path)) == 3  # other notifiers are not held back
        finish(deps, NOW, minutes=20)
    [request] = http_server.requests_to("/hook")
    body = json.loads(request.body)
    assert body["digest"] is True
    assert len(body["alerts"]) == 3


def test_concurrent_delivery_passes_send_each_once(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """Jobs delivering at the same moment claim deliveries, so none is sent twice."""
    http_server.script("/hook", Reply(503), Reply(200, delay_s=0.2))
    for n in range(3):
        write(inbox, f"a{n}", f"Story {n} about magnet licences.")
    run_once([inbox], deps, NOW)  # the first attempt fails; all three wait to be retried
    later = NOW + timedelta(minutes=5)
    threads = [
        threading.Thread(
            target=deliver_due,
            args=(
                AlertLog(deps.store),
                deps.notifiers,
                deps.settings.notifiers,
                later,
                deps.settings.delivery,
            ),
        )
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    keys = hook_keys(http_server)[1:]  # after the refused first request
    assert sorted(keys) == sorted(set(keys))
    assert AlertLog(deps.store).counts().get("delivered", 0) == 6


def test_an_error_after_claiming_gives_the_claims_back(
    deps: Deps, inbox: DirSource, http_server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If recording an attempt fails (a locked store), the deliveries are pending again."""
    http_server.script("/hook", Reply(503), Reply(200))
    write(inbox, "a", "A magnet story.")
    run_once([inbox], deps, NOW)  # the webhook refuses once; the file notifier delivers
    outbox = AlertLog(deps.store)

    def locked(*args: object, **kwargs: object) -> None:
        raise StoreError("state.db: database is locked")

    monkeypatch.setattr(outbox, "record_attempt", locked)
    with pytest.raises(StoreError):
        deliver_due(
            outbox,
            deps.notifiers,
            deps.settings.notifiers,
            NOW + timedelta(minutes=5),
            deps.settings.delivery,
        )
    monkeypatch.undo()
    assert outbox.counts().get("sending", 0) == 0
    finish(deps, NOW + timedelta(minutes=5))
    assert outbox.counts() == {"delivered": 2}


def test_flapping_back_cancels_the_queued_update_and_later_news_still_goes_out(
    tmp_path: Path, inbox: DirSource, http_server: LoopbackServer
) -> None:
    """54% sent, 60% queued by realert, back to 54%: the 60% is dropped; 60% again after the
    interval is sent as news."""
    http_server.script("/hook", Reply(200))
    story = "The United States set its tariff on Chinese goods at {pct}% on {day}, officials said."
    steps = [
        (0, "54", "Monday"),
        (10, "60", "Monday"),
        (20, "54", "Monday"),
        (8 * 60, "60", "Tuesday"),
    ]
    for deps in make_deps(tmp_path, http_server, rate_rule(realert="6h")):
        for n, (minutes, pct, day) in enumerate(steps):
            write(inbox, f"s{n}", story.format(pct=pct, day=day))
            finish(deps, NOW + timedelta(minutes=minutes), minutes=1)
            run_once([inbox], deps, NOW + timedelta(minutes=minutes))
        finish(deps, NOW + timedelta(minutes=steps[-1][0]), minutes=1)
    sent = [
        json.loads(r.body)["alerts"][0]["facts"][0]["rate_pct"]
        for r in http_server.requests_to("/hook")
    ]
    assert sent == [54, 60]
