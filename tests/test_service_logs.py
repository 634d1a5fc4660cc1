"""The service's stderr is its log (issue 12, crash 5 and the start-up line): with
`--log-format json` every line on it is one JSON object, APScheduler's warnings included, and
console alerts go to stdout. Real `watcher run` subprocesses against a loopback feed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss
from watcher import __version__


def test_every_stderr_line_is_json_and_console_alerts_go_to_stdout(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """A source slower than its interval makes APScheduler warn (a run skipped: maximum
    instances reached); that warning is a JSON line like every other on stderr, and the
    multi-line console alert is on stdout, not in the middle of the log."""
    (service.dir / "sources.yaml").write_text(
        "sources:\n"
        f"  - {{id: wire, kind: feed, url: '{http_server.url('/feed')}', interval: 1s}}\n"
        f"  - {{id: slow, kind: feed, url: '{http_server.url('/slow')}', interval: 1s}}\n"
    )
    del service.env["WATCHER_NOTIFIERS__ARCHIVE__PATH"]
    service.env["WATCHER_NOTIFIERS__ARCHIVE__KIND"] = "console"
    http_server.script("/feed", Reply(body=rss("An old story")))
    http_server.script("/slow", Reply(body=rss("A slow story"), delay_s=2.5))
    service.start()
    service.wait_first_poll()
    http_server.script("/feed", Reply(body=rss("A magnet story", "An old story")))
    service.wait_for(
        lambda: "magnet news: A magnet story" in service.out_path.read_text(), "the alert"
    )
    service.wait_for(
        lambda: "maximum number of running instances" in service.log_path.read_text(),
        "APScheduler's warning",
    )
    assert service.stop() == 0
    lines = service.log_path.read_text().splitlines()
    events = [json.loads(line) for line in lines]  # every line, or this raises
    warning = next(e for e in events if "maximum number of running instances" in e["event"])
    assert warning["level"] == "warning"
    assert warning["logger"].startswith("apscheduler")
    assert "timestamp" in warning
    out = service.out_path.read_text()
    assert "] magnet news: A magnet story\n  A magnet story\n" in out  # heading, body below
    assert "A magnet story" not in service.log_path.read_text()


def test_service_started_says_what_runs_with_what_and_where(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """The start-up line names the version, the config file, the state file, how many
    sources, rules and notifiers are in force, and the ops address."""
    (service.dir / "watcher.toml").write_text(
        '[notifiers.archive]\nkind = "file"\npath = "alerts.jsonl"\n'
        '[notifiers.screen]\nkind = "console"\n'
    )
    del service.env["WATCHER_NOTIFIERS__ARCHIVE__KIND"]
    del service.env["WATCHER_NOTIFIERS__ARCHIVE__PATH"]
    http_server.script("/feed", Reply(body=rss("A story")))
    service.start()
    service.wait_for(
        lambda: any(e["event"] == "service_started" for e in service.events()), "start-up"
    )
    started = next(e for e in service.events() if e["event"] == "service_started")
    assert service.stop() == 0
    assert started["version"] == __version__
    assert started["config_file"] == "watcher.toml"
    assert started["state_path"] == str(service.dir / "state.db")
    assert (started["sources"], started["rules"], started["notifiers"]) == (1, 1, 2)
    assert started["listen"] == f"127.0.0.1:{service.port}"
    assert started["level"] == "info"


def test_lines_from_many_threads_and_both_loggers_never_interleave(tmp_path: Path) -> None:
    """In a service, structlog events (the pollers) and the standard library's records
    (APScheduler, psycopg's pool) are written to stderr from many threads at once. Each must
    stay one whole JSON line: two events on one line broke every reader of the log (seen in
    CI with three instances on PostgreSQL). A real process, its stderr a file, as a service's."""
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as stderr:
        subprocess.run([sys.executable, "-c", CHATTER], stderr=stderr, check=True, timeout=120)
    lines = log_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 * 2 * 200
    events = [json.loads(line) for line in lines]
    assert {e["event"].split()[0] for e in events} == {"structlog_line", "stdlib_line"}


# Eight threads, each writing 200 structlog events and 200 standard-library records, with
# the interpreter switching threads as often as it can (as on a busy machine).
CHATTER = """
import logging, sys
from concurrent.futures import ThreadPoolExecutor
import structlog
from watcher.logs import configure_logging
sys.setswitchinterval(1e-6)
configure_logging("info", "json")
def chatter(worker):
    log, stdlib = structlog.get_logger("chatter"), logging.getLogger("chatter.stdlib")
    for n in range(200):
        log.info("structlog_line", worker=worker, n=n, padding="x" * 300)
        stdlib.warning("stdlib_line %s %s", worker, n)
with ThreadPoolExecutor(max_workers=8) as pool:
    for worker in range(8):
        pool.submit(chatter, worker)
"""
