"""Stopping `watcher run` while a poll is running: the poll may finish, but the stop never
waits longer than that poll, nor longer than `shutdown_timeout_s`.

A poll that ended while the scheduler was shutting down used to deadlock with it: the
scheduler's shutdown holds its job-store lock while it waits for running jobs, and the
ending poll asked the scheduler for its job (to push the next run back). The stop then
waited out the whole `shutdown_timeout_s`, however quick the poll.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss


@pytest.fixture
def service(tmp_path: Path, http_server: LoopbackServer) -> Iterator[ServiceProcess]:
    svc = ServiceProcess(tmp_path, http_server)
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: slow, kind: feed, url: '{http_server.url('/slow')}', interval: 1h}}\n"
    )
    yield svc
    svc.kill_if_running()


def _poll_running(service: ServiceProcess, http_server: LoopbackServer) -> None:
    service.start()
    service.wait_for(lambda: len(http_server.requests_to("/slow")) == 1, "the poll to start")


@pytest.mark.slow
def test_sigterm_during_a_slow_poll_waits_for_the_poll_only(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """SIGTERM while a 3 s poll runs: the poll finishes and is recorded, and the service
    exits 0 soon after it, long before the 25 s `shutdown_timeout_s`."""
    service.env["WATCHER_SHUTDOWN_TIMEOUT_S"] = "25"
    http_server.script("/slow", Reply(body=rss("A slow story"), delay_s=3))
    _poll_running(service, http_server)
    started = time.monotonic()
    assert service.stop(timeout=40) == 0
    took = time.monotonic() - started
    assert took < 10, f"the stop took {took:.1f} s"
    events = [e["event"] for e in service.events()]
    assert "source_polled" in events
    assert "shutdown_timeout" not in events
    assert events[-1] == "service_stopped"


@pytest.mark.slow
def test_sigterm_during_a_stuck_poll_is_cut_at_shutdown_timeout(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """A poll that would take a minute is cut after `shutdown_timeout_s` (2 s): exit 0, a
    `shutdown_timeout` warning, and nothing recorded for the cut poll."""
    service.env["WATCHER_SHUTDOWN_TIMEOUT_S"] = "2"
    http_server.script("/slow", Reply(body=rss("A stuck story"), delay_s=60))
    _poll_running(service, http_server)
    started = time.monotonic()
    assert service.stop(timeout=30) == 0
    took = time.monotonic() - started
    assert 2 <= took < 8, f"the stop took {took:.1f} s"
    events = [e["event"] for e in service.events()]
    assert events[-1] == "shutdown_timeout"
    assert "source_polled" not in events
    status = service.command("sources", "list")
    assert "not polled yet" in status.stdout
