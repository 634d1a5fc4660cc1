"""`/deadlines.ics` and `/alerts.atom` on the service's HTTP endpoint (a real `watcher run` on
127.0.0.1), and the alerts feed's renderer: ids unique across states, read by feedparser."""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import UTC, datetime
from email.message import Message as Headers
from pathlib import Path

import feedparser
import pytest
from structlog.testing import capture_logs

from tests.calendars import read_both
from tests.notifiers.helpers import make_alert
from tests.test_cli import EXAMPLES
from tests.test_daemon import ServiceProcess, free_port
from watcher.delivery.notifiers.feed import alert_entry_id
from watcher.errors import StoreError
from watcher.service.ops import Metrics, serve
from watcher.state.alerts import AlertLog
from watcher.state.store import open_store
from watcher.web.app import WebView
from watcher.web.atom import alerts_feed
from watcher.web.request import Request, Response
from watcher.web.sight import Sight

DEMO_NOW = "2025-11-06T12:00Z"
# A user's own rule: every US deadline three weeks ahead, beside the shipped reminders.
USER_RULE = """\
id: us-deadlines-three-weeks
description: US deadlines, three weeks ahead
trigger: {type: deadline, imposer: [US], events: [reminder], remind_before: [21d]}
message: "{{ fact.what }} on {{ fact.date }}"
"""


def _fetch(service: ServiceProcess, path: str) -> tuple[bytes, Headers]:
    url = f"http://127.0.0.1:{service.port}{path}"
    with urllib.request.urlopen(url, timeout=10) as reply:
        assert reply.status == 200
        return reply.read(), reply.headers


@pytest.fixture
def demo_service(service: ServiceProcess) -> ServiceProcess:
    """The service on a state that holds the demo's alerts and deadlines, with the shipped
    rules and the user's folder, and a feed notifier beside the file one."""
    (service.dir / "rules" / "us-three-weeks.yaml").write_text(USER_RULE)
    del service.env["WATCHER_RULES_DIR"]
    service.env["WATCHER_RULES_DIRS"] = f"shipped:{service.dir / 'rules'}"
    service.env["WATCHER_ALERT_RETENTION_DAYS"] = "3650"  # the demo is from 2025
    service.env["WATCHER_NOTIFIERS__FEED__KIND"] = "feed"
    service.env["WATCHER_NOTIFIERS__FEED__PATH"] = str(service.dir / "feed.atom")
    checked = service.command("check", "--sources", str(EXAMPLES), "--now", DEMO_NOW)
    assert checked.returncode == 0, checked.stderr
    # what the feed notifier wrote for the demo's alerts, before the service adds any (its
    # clock raises the reminders and passed deadlines of today)
    (service.dir / "check.atom").write_bytes((service.dir / "feed.atom").read_bytes())
    service.start()
    return service


@pytest.mark.slow
def test_the_service_serves_the_calendar_the_cli_prints(demo_service: ServiceProcess) -> None:
    """`/deadlines.ics` is a calendar both parsers read alike, with the same events (UIDs,
    dates, status, alarms) as `watcher deadlines --format ics`, the user's 21-day alarm
    included on every event still standing."""
    body, headers = _fetch(demo_service, "/deadlines.ics")
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    served = read_both(body)
    printed = demo_service.command("deadlines", "--format", "ics", "--now", DEMO_NOW)
    assert printed.returncode == 0, printed.stderr
    assert served == read_both(printed.stdout.encode())
    standing = [e for e in served.values() if e["status"] == "CONFIRMED"]
    assert len(standing) >= 3
    assert all(-21 in [a.days for a in e["alarms"]] for e in standing)
    assert [e["start"].isoformat() for e in served.values() if e["status"] == "CANCELLED"] == [
        "2025-08-12"  # the Geneva truce, extended in the demo
    ]


@pytest.mark.slow
def test_the_service_serves_the_alerts_feed_with_the_notifiers_ids(
    demo_service: ServiceProcess,
) -> None:
    """`/alerts.atom` reads as Atom; its entries are the state's alerts, each id naming the
    state, and the alerts of the demo's check have the same ids and titles as the feed
    notifier wrote for them."""
    body, headers = _fetch(demo_service, "/alerts.atom")
    assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    served = feedparser.parse(body)
    written = feedparser.parse((demo_service.dir / "check.atom").read_bytes())
    assert not served.bozo and not written.bozo
    with open_store(demo_service.dir / "state.db", write=False) as store:
        state_id = store.state_id()
        stored = {(r.alert.id, r.alert.version) for r in AlertLog(store).list()}
    ids = [e.id for e in served.entries]
    assert {alert_entry_id(state_id, *row) for row in stored} >= set(ids)
    assert len(written.entries) >= 11  # the demo's, and the user rule's reminders
    assert {(e.id, e.title) for e in written.entries} <= {(e.id, e.title) for e in served.entries}


def test_two_states_give_one_alert_row_different_entry_ids() -> None:
    """Alert 6 version 1 of two states: two feeds, each valid Atom, with different entry ids."""
    now = datetime(2026, 5, 1, tzinfo=UTC)
    alert = make_alert(id=6)
    first = feedparser.parse(alerts_feed([alert], "a" * 32, now))
    second = feedparser.parse(alerts_feed([alert], "b" * 32, now))
    assert not first.bozo and not second.bozo
    assert first.entries[0].id == f"urn:watcher:{'a' * 32}:alert:6:v1"
    assert second.entries[0].id == f"urn:watcher:{'b' * 32}:alert:6:v1"
    assert first.feed.id != second.feed.id


def test_a_page_that_cannot_be_rendered_is_a_503_and_a_log_line(tmp_path: Path) -> None:
    """A published page whose state cannot be read answers 503 (not a dropped connection)
    and logs `web_page_failed`; the other endpoints go on answering."""

    def unreachable(request: Request) -> Response:
        raise StoreError("postgresql://db/watcher: the database cannot be reached")

    with open_store(tmp_path / "state.db") as store:
        sight = Sight(store, lambda: datetime(2026, 5, 1, tzinfo=UTC))
        web = WebView(sight, routes={"/x.ics": unreachable})
        server = serve(("127.0.0.1", free_port()), Metrics(dict), lambda: (True, "ok"), web)
        port = server.server_address[1]
        try:
            with capture_logs() as logs, pytest.raises(urllib.error.HTTPError) as failed:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/x.ics", timeout=5)
            failed.value.close()  # the error holds the reply's connection
            assert failed.value.code == 503
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as ok:
                assert ok.status == 200
        finally:
            server.shutdown()
            server.server_close()
    (logged,) = [e for e in logs if e["event"] == "web_page_failed"]
    assert logged["path"] == "/x.ics"
    assert "cannot be reached" in logged["error"]
