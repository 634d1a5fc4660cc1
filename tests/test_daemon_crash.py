"""In the service, a bad input or a crash is a failed poll of its source (issue 11, section 1).

Before, a JSON Feed nested 200,000 deep made every poll of its source crash (`poll_crashed`):
the source stayed "not polled yet", and no `source_unhealthy` alert was ever raised. The
source boundary now turns such inputs into a failed poll, so `poll_crashed` cannot be reached
from them; a crash that still happens (a bug after the source was read) is recorded as a
failed poll by `record_crash`, tested here against a real store and file notifier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss
from tests.test_isolation import nested_json
from watcher.delivery.notifiers import build_notifier
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import DirSource
from watcher.pipeline import Deps, PollStatus, record_crash, run_once
from watcher.settings import Settings
from watcher.state.store import open_store

NOW = datetime(2025, 11, 5, 12, 0, tzinfo=UTC)
DEEP_FEED = '{"version": "https://jsonfeed.org/version/1.1", "items": ' + nested_json(200_000) + "}"


@pytest.fixture
def service(tmp_path: Path, http_server: LoopbackServer) -> Iterator[ServiceProcess]:
    svc = ServiceProcess(tmp_path, http_server)
    (tmp_path / "sources.yaml").write_text(
        "sources:\n"
        f"  - {{id: wire, kind: feed, url: '{http_server.url('/feed')}', interval: 1s}}\n"
        f"  - {{id: bad, kind: feed, url: '{http_server.url('/bad.json')}', interval: 1s}}\n"
    )
    yield svc
    svc.kill_if_running()


def failed_polls(metrics: str, source: str) -> float:
    match = re.search(rf'watcher_polls_total{{source="{source}",status="failed"}} (\S+)', metrics)
    return float(match[1]) if match else 0.0


@pytest.mark.slow
def test_bad_feed_in_the_service_raises_source_unhealthy(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """The bad source fails its polls, is reported unhealthy (alert, metrics, /readyz), and
    the good source beside it keeps alerting."""
    http_server.script("/feed", Reply(body=rss("An old story")))
    http_server.script("/bad.json", Reply(body=DEEP_FEED.encode()))
    service.start()
    service.wait_first_poll()
    http_server.script("/feed", Reply(body=rss("A magnet story", "An old story")))
    service.wait_for(
        lambda: (
            {a["event"] for a in service.alerts()} >= {"source_unhealthy"}
            and any(a["rule"] == "magnets" for a in service.alerts())
        ),
        "the unhealthy alert and the good source's alert",
    )
    unhealthy = next(a for a in service.alerts() if a["event"] == "source_unhealthy")
    assert unhealthy["title"] == "Source bad is unhealthy"
    assert "nested deeper than 100 levels" in unhealthy["message"]
    assert failed_polls(service.get("/metrics")[1], "bad") >= 2
    assert failed_polls(service.get("/metrics")[1], "wire") == 0
    status, body = service.get("/readyz")
    assert status == 200
    assert body.startswith("ready\nsource bad unhealthy: failed ")
    assert not any(e["event"] == "poll_crashed" for e in service.events())
    assert service.stop() == 0


def test_crashed_polls_count_as_failed_polls(tmp_path: Path) -> None:
    """What the service does when a poll crashes: each crash is a failed poll in the store,
    the second in a row raises `source_unhealthy` through the notifier, and the next good
    poll raises `source_recovered`."""
    archive = tmp_path / "alerts.jsonl"
    settings = Settings(
        state_path=tmp_path / "state.db",
        health_failures=2,
        notifiers={"archive": {"kind": "file", "path": archive}},  # type: ignore[dict-item]
    )
    (tmp_path / "inbox").mkdir()
    source = DirSource(id="inbox", kind="dir", path=tmp_path / "inbox")
    notifiers = {"archive": build_notifier(settings.notifiers["archive"])}
    with open_store(settings.state_path) as store, Fetcher(settings.fetch) as fetcher:
        deps = Deps(settings, store, fetcher, notifiers=notifiers)
        first = record_crash(source, deps, NOW, "poll crashed: KeyError: 'x'")
        state = store.source_state("inbox")
        assert (state.consecutive_failures, state.last_poll_at) == (1, NOW)
        assert state.last_error == "poll crashed: KeyError: 'x'"
        assert first.outcomes[0].status is PollStatus.FAILED
        assert not archive.exists()
        second = record_crash(source, deps, NOW + timedelta(minutes=1), "poll crashed: again")
        assert [r.alert.event for r in second.recorded] == ["source_unhealthy"]
        assert second.delivery is not None and second.delivery.delivered == 1
        run_once([source], deps, NOW + timedelta(minutes=2))
    alerts = [json.loads(line) for line in archive.read_text().splitlines()]
    assert [a["event"] for a in alerts] == ["source_unhealthy", "source_recovered"]
    assert "failed 2 times in a row; last error: poll crashed: again" in alerts[0]["message"]
