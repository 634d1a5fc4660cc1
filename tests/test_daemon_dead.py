"""In `watcher run`, a dead delivery is a health problem operators see: a metric, `/readyz`,
`watcher status`, and a log event at error, whether the receiver refused it for good (401) or
`give_up_after` ran out (500s). A real service process, real receivers on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [team, pager]
"""


@pytest.fixture
def service(tmp_path: Path, http_server: LoopbackServer) -> Iterator[ServiceProcess]:
    """The service with two webhooks: `team` (refuses with 401) and `pager` (answers 500,
    given up after one second)."""
    svc = ServiceProcess(tmp_path, http_server)
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    for name in ("ARCHIVE__KIND", "ARCHIVE__PATH"):
        del svc.env[f"WATCHER_NOTIFIERS__{name}"]
    svc.env.update(
        {
            "WATCHER_NOTIFIERS__TEAM__KIND": "webhook",
            "WATCHER_NOTIFIERS__TEAM__URL": http_server.url("/team"),
            "WATCHER_NOTIFIERS__PAGER__KIND": "webhook",
            "WATCHER_NOTIFIERS__PAGER__URL": http_server.url("/pager"),
            "WATCHER_NOTIFIERS__PAGER__GIVE_UP_AFTER": "1s",
            "WATCHER_DELIVERY__BACKOFF_BASE_S": "0.2",
            "WATCHER_DELIVERY__BACKOFF_MAX_S": "0.4",
        }
    )
    yield svc
    svc.kill_if_running()


def metric(text: str, notifier: str, reason: str) -> float | None:
    pattern = rf'^watcher_dead_deliveries\{{notifier="{notifier}",reason="{reason}"\}} (\S+)$'
    found = re.search(pattern, text, re.MULTILINE)
    return float(found.group(1)) if found else None


@pytest.mark.slow
def test_dead_deliveries_show_in_metrics_readyz_status_and_logs(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    http_server.script("/team", Reply(401, body=b"token expired"))
    http_server.script("/pager", Reply(500))
    http_server.script("/feed", Reply(body=rss("Start")))
    service.start()
    service.wait_first_poll()
    http_server.script("/feed", Reply(body=rss("A magnet story", "Start")))
    service.wait_for(
        lambda: len([e for e in service.events() if e["event"] == "delivery_dead"]) == 2,
        "both deliveries to die",
    )
    metrics = service.get("/metrics")[1]
    assert metric(metrics, "team", "permanent") == 1
    assert metric(metrics, "pager", "gave_up") == 1
    code, ready = service.get("/readyz")
    assert code == 200
    assert ready.startswith("ready\n2 dead deliveries: pager 1 (gave up), team 1 (permanent)")
    assert "watcher alerts retry --dead" in ready
    dead = {e["notifier"]: e for e in service.events() if e["event"] == "delivery_dead"}
    assert {e["level"] for e in dead.values()} == {"error"}
    assert dead["team"]["permanent"] is True
    assert "HTTP 401" in dead["team"]["reason"]
    assert dead["pager"]["permanent"] is False
    assert dead["pager"]["attempts"] > 1
    assert dead["team"]["alert_id"] == dead["pager"]["alert_id"]
    status = service.command("status")
    assert "outbox: 0 pending, 2 dead" in status.stdout
    assert "→ team: dead after 1 attempt(s), refused" in status.stdout
    assert "→ pager: dead after" in status.stdout
    assert "gave up" in status.stdout
    assert service.stop() == 0
