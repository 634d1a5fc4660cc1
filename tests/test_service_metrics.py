"""The service's own metrics (issue 12, operator polish), scraped from a real `watcher run`:
the build, the process, failed reloads, crashed polls, and no `_created` series."""

from __future__ import annotations

import re
import signal
import sqlite3

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss
from watcher import __version__


def value(metrics: str, series: str) -> float | None:
    """The value of one series (name with its labels, exactly as exported), or None."""
    match = re.search(rf"^{re.escape(series)} (\S+)$", metrics, flags=re.MULTILINE)
    return float(match[1]) if match else None


def test_build_and_process_metrics_and_no_created_series(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """/metrics carries `watcher_build_info` with the version and the process collector's
    series, and no counter exports a `_created` twin."""
    http_server.script("/feed", Reply(body=rss("A story")))
    service.start()
    service.wait_first_poll()
    service.wait_for(lambda: "watcher_polls_total{" in service.get("/metrics")[1], "a poll")
    metrics = service.get("/metrics")[1]
    assert service.stop() == 0
    assert value(metrics, f'watcher_build_info{{version="{__version__}"}}') == 1.0
    assert "# TYPE watcher_build_info gauge" in metrics
    for name in ("process_cpu_seconds_total", "process_resident_memory_bytes"):
        assert (value(metrics, name) or 0) > 0, name
    assert (value(metrics, "process_start_time_seconds") or 0) > 1_600_000_000
    assert "_created" not in metrics
    assert value(metrics, "watcher_config_reload_failures_total") == 0.0


def test_failed_reloads_and_crashed_polls_are_counted(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """A SIGHUP with a broken rule file counts one failed reload; a poll that crashes (here
    the state file refuses to record a seen article, as a damaged one might) counts in
    `watcher_poll_crashes_total` for its source."""
    http_server.script("/feed", Reply(body=rss("A story")))
    service.start()
    service.wait_first_poll()
    (service.dir / "rules" / "broken.yaml").write_text("id: broken\n")
    assert service.proc is not None
    service.proc.send_signal(signal.SIGHUP)
    service.wait_for(
        lambda: value(service.get("/metrics")[1], "watcher_config_reload_failures_total") == 1.0,
        "the failed reload to be counted",
    )
    with sqlite3.connect(service.dir / "state.db") as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON seen_articles "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    http_server.script("/feed", Reply(body=rss("Another story", "A story")))
    service.wait_for(
        lambda: (
            (value(service.get("/metrics")[1], 'watcher_poll_crashes_total{source="wire"}') or 0)
            >= 1
        ),
        "a crashed poll to be counted",
    )
    assert service.stop() == 0
    assert any(e["event"] == "poll_crashed" for e in service.events())
