"""`watcher run` as people run it: a real subprocess, a loopback feed that changes, signals.

Intervals are one second, so each test takes a few seconds; every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.servers import LoopbackServer, Reply

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [archive]
"""


def rss(*titles: str) -> bytes:
    items = "".join(
        f"<item><guid>{t}</guid><title>{t}</title><description>{t}, a story "
        f"written for the test.</description></item>"
        for t in titles
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<link>http://127.0.0.1/</link>{items}</channel></rss>"
    ).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServiceProcess:
    """A `watcher run` subprocess with its files, logs and endpoint."""

    def __init__(self, tmp_path: Path, server: LoopbackServer) -> None:
        self.dir = tmp_path
        self.port = free_port()
        (tmp_path / "rules").mkdir()
        (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
        (tmp_path / "sources.yaml").write_text(
            f"sources:\n  - {{id: wire, kind: feed, url: '{server.url('/feed')}', interval: 1s}}\n"
        )
        self.log_path = tmp_path / "service.log"  # stderr
        self.out_path = tmp_path / "service.out"  # stdout
        clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
        self.env = {
            **clean,
            "WATCHER_RULES_DIR": str(tmp_path / "rules"),
            "WATCHER_STATE_PATH": str(tmp_path / "state.db"),
            "WATCHER_SOURCES_FILE": str(tmp_path / "sources.yaml"),
            "WATCHER_NOTIFIERS__ARCHIVE__KIND": "file",
            "WATCHER_NOTIFIERS__ARCHIVE__PATH": str(tmp_path / "alerts.jsonl"),
            "WATCHER_HTTP_LISTEN": f"127.0.0.1:{self.port}",
            "WATCHER_HEALTH_FAILURES": "2",
            "WATCHER_FETCH__RETRIES": "0",
            "WATCHER_SOURCE_BACKOFF_MAX_S": "1",
            "WATCHER_DELIVERY__OUTBOX_INTERVAL_S": "0.5",
            "WATCHER_LOG_FORMAT": "json",
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20) -> None:
        """Start the service and wait up to `timeout` seconds for it to answer."""
        # the child keeps its own copies of the handles
        with self.log_path.open("wb") as log, self.out_path.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "watcher", "run"],
                cwd=self.dir,
                env=self.env,
                stdout=out,
                stderr=log,
            )
        self.wait_for(lambda: self.get("/healthz")[0] == 200, "the service to answer", timeout)

    def wait_first_poll(self) -> None:
        """Until the first poll is recorded: what the feed lists then is the quiet backlog."""
        self.wait_for(
            lambda: any(e["event"] == "source_polled" for e in self.events()), "the first poll"
        )

    def command(self, *args: str) -> subprocess.CompletedProcess[str]:
        """A one-shot `watcher` command on this service's files, beside the service."""
        return subprocess.run(
            [sys.executable, "-m", "watcher", *args],
            cwd=self.dir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def kill_if_running(self) -> None:
        """A test's teardown: whatever the test did, no service outlives it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=timeout)

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=2) as r:
                return r.status, r.read().decode()
        except OSError:
            return 0, ""

    def events(self) -> list[dict[str, Any]]:
        lines = self.log_path.read_text(errors="replace").splitlines()
        return [json.loads(x) for x in lines if x.startswith("{")]

    def alerts(self) -> list[dict[str, Any]]:
        path = self.dir / "alerts.jsonl"
        return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.proc is None or self.proc.poll() is None, (
                f"the service died while waiting for {what}:\n{self.log_path.read_text()}"
            )
            assert time.monotonic() < deadline, f"timed out waiting for {what}"
            time.sleep(0.1)


def test_new_article_alert_arrives_within_an_interval(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """What the feed lists at start is quiet; an item added later alerts within seconds."""
    http_server.script("/feed", Reply(body=rss("An old magnet story")))
    service.start()
    service.wait_for(
        lambda: any(e["event"] == "source_polled" for e in service.events()), "the first poll"
    )
    http_server.script("/feed", Reply(body=rss("A new magnet story", "An old magnet story")))
    added = time.monotonic()
    service.wait_for(lambda: len(service.alerts()) == 1, "the alert", timeout=10)
    assert time.monotonic() - added < 5
    assert service.alerts()[0]["title"] == "magnet news: A new magnet story"
    assert service.stop() == 0


def test_endpoints_answer(service: ServiceProcess, http_server: LoopbackServer) -> None:
    """/healthz, /readyz and /metrics answer with what operators need."""
    http_server.script("/feed", Reply(body=rss("A story")))
    service.start()
    service.wait_for(lambda: "watcher_polls_total{" in service.get("/metrics")[1], "metrics")
    assert service.get("/healthz") == (200, "ok\n")
    assert service.get("/readyz") == (200, "ready\n")
    metrics = service.get("/metrics")[1]
    for name in (
        "watcher_polls_total",
        "watcher_poll_duration_seconds",
        "watcher_outbox_deliveries",
        "watcher_source_last_success_timestamp_seconds",
    ):
        assert name in metrics
    assert service.get("/nope")[0] == 0 or service.get("/nope")[0] == 404
    assert service.stop() == 0


def test_sighup_with_a_broken_rule_keeps_the_old_rules(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """A broken rule file is reported on SIGHUP and the rules in force keep working."""
    http_server.script("/feed", Reply(body=rss("Nothing yet")))
    service.start()
    service.wait_first_poll()
    (service.dir / "rules" / "broken.yaml").write_text("id: broken\n")
    assert service.proc is not None
    service.proc.send_signal(signal.SIGHUP)
    service.wait_for(
        lambda: any(e["event"] == "config_reload_failed" for e in service.events()),
        "the failed reload",
    )
    failure = next(e for e in service.events() if e["event"] == "config_reload_failed")
    assert "broken.yaml:1: description: Field required" in failure["error"]
    http_server.script("/feed", Reply(body=rss("A magnet story", "Nothing yet")))
    service.wait_for(lambda: len(service.alerts()) == 1, "an alert from the old rules")
    assert service.stop() == 0


SCALAR_REMIND = (
    "id: soon\ndescription: d\ntrigger:\n  type: deadline\n  remind_before: 7\n"
    "message: m\nnotify: [archive]\n"
)


@pytest.mark.slow
def test_sighup_with_a_scalar_list_field_keeps_running_and_restart_exits_2(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """`remind_before: 7` killed the service on SIGHUP with a TypeError, and a restart then
    exited 1 (so systemd restarted it in a loop). Now the reload fails with the problem named,
    the old rules keep working, and a restart with the file refuses with exit 2."""
    http_server.script("/feed", Reply(body=rss("Nothing yet")))
    service.start()
    service.wait_first_poll()
    (service.dir / "rules" / "soon.yaml").write_text(SCALAR_REMIND)
    assert service.proc is not None
    service.proc.send_signal(signal.SIGHUP)
    service.wait_for(
        lambda: any(e["event"] == "config_reload_failed" for e in service.events()),
        "the failed reload",
    )
    failure = next(e for e in service.events() if e["event"] == "config_reload_failed")
    assert "soon.yaml:5: trigger.remind_before" in failure["error"]
    http_server.script("/feed", Reply(body=rss("A magnet story", "Nothing yet")))
    service.wait_for(lambda: len(service.alerts()) == 1, "an alert from the old rules")
    assert service.stop() == 0
    restart = subprocess.run(
        [sys.executable, "-m", "watcher", "run"],
        cwd=service.dir,
        env=service.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert restart.returncode == 2, restart.stderr
    assert "soon.yaml:5: trigger.remind_before" in restart.stderr


def test_failing_feed_raises_one_unhealthy_and_one_recovered(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """A feed failing many polls in a row raises one alert, and one more when it recovers."""
    http_server.script("/feed", Reply(body=rss("A story")))
    service.start()
    service.wait_first_poll()
    http_server.script("/feed", Reply(500))
    service.wait_for(
        lambda: len([e for e in service.events() if e["event"] == "source_failed"]) >= 5,
        "five failures",
    )
    http_server.script("/feed", Reply(body=rss("A story")))
    service.wait_for(
        lambda: any(a["event"] == "source_recovered" for a in service.alerts()), "recovery"
    )
    time.sleep(2)  # a few more healthy polls must not add anything
    events = [a["event"] for a in service.alerts()]
    assert events == ["source_unhealthy", "source_recovered"]
    assert service.stop() == 0


def test_sigterm_exits_0_quickly_and_keeps_pending_deliveries(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """SIGTERM stops within a bound with exit 0; an undelivered alert stays in the outbox."""
    del service.env["WATCHER_NOTIFIERS__ARCHIVE__PATH"]
    service.env["WATCHER_NOTIFIERS__ARCHIVE__KIND"] = "webhook"  # to a port nobody listens on
    service.env["WATCHER_NOTIFIERS__ARCHIVE__URL"] = f"http://127.0.0.1:{free_port()}/hook"
    http_server.script("/feed", Reply(body=rss("Start")))
    service.start()
    service.wait_first_poll()
    http_server.script("/feed", Reply(body=rss("A magnet story", "Start")))
    service.wait_for(
        lambda: any(e["event"] == "delivery_retry" for e in service.events()), "a failed delivery"
    )
    started = time.monotonic()
    assert service.stop() == 0
    assert time.monotonic() - started < 10
    status = service.command("status")
    assert "outbox: 1 pending" in status.stdout
