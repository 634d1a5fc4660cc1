"""Exit codes as a script or a supervisor sees them: real `watcher` subprocesses, loopback only.

`watcher check`: 0 ok, 1 a source failed, 2 a usage or configuration error, 3 deliveries still
pending or dead after the check's wait, 4 an internal error; where several hold, the highest
wins. `watcher run`: 0 on a clean stop, 2 on a configuration error, 4 on an internal error.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
import structlog
from click.testing import CliRunner

from tests.servers import LoopbackServer, Reply
from tests.test_cli import ROOT, watcher
from tests.test_daemon import ServiceProcess, free_port
from watcher.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_SOURCE_FAILED,
    EXIT_UNDELIVERED,
    EXIT_USAGE,
    with_settings,
)
from watcher.settings import Settings
from watcher.state.store import open_store

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [team]
"""
STORY = "Magnet exports pause\nA story written for this test about magnet exports.\n"


def magnet_check(tmp_path: Path, hook_url: str) -> dict[str, str]:
    """A folder source with one story that the rule sends to a webhook; returns the env."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "story.txt").write_text(STORY)
    (tmp_path / "sources.yaml").write_text("sources:\n  - {id: inbox, kind: dir, path: inbox}\n")
    return {
        "WATCHER_RULES_DIR": str(tmp_path / "rules"),
        "WATCHER_NOTIFIERS__TEAM__KIND": "webhook",
        "WATCHER_NOTIFIERS__TEAM__URL": hook_url,
        "WATCHER_DELIVERY__CHECK_WAIT_S": "0.5",
        "WATCHER_DELIVERY__BACKOFF_BASE_S": "0.1",
    }


def test_delivered_alert_exits_0(tmp_path: Path, http_server: LoopbackServer) -> None:
    """The receiver takes the alert: all went well."""
    http_server.script("/hook", Reply(200))
    result = watcher("check", cwd=tmp_path, env=magnet_check(tmp_path, http_server.url("/hook")))
    assert result.returncode == 0, result.stderr
    assert "deliveries: 1 delivered" in result.stdout


def test_receiver_down_past_check_wait_exits_3(tmp_path: Path) -> None:
    """Nobody listens on the webhook's port: the alert is still pending when the check's wait
    ends, which a cron job must be able to tell from success."""
    env = magnet_check(tmp_path, f"http://127.0.0.1:{free_port()}/hook")
    result = watcher("check", cwd=tmp_path, env=env)
    assert result.returncode == 3, result.stderr
    assert "1 still pending" in result.stdout
    assert "Traceback" not in result.stderr


def test_receiver_answering_401_exits_3(tmp_path: Path, http_server: LoopbackServer) -> None:
    """A permanent refusal makes the delivery dead at once: exit 3, not 0."""
    http_server.script("/hook", Reply(401, b"bad token"))
    result = watcher("check", cwd=tmp_path, env=magnet_check(tmp_path, http_server.url("/hook")))
    assert result.returncode == 3, result.stderr
    assert "1 failed for good" in result.stdout


def test_a_digest_waiting_for_its_window_is_not_a_failure(tmp_path: Path) -> None:
    """A delivery held back by a digest window has not failed: the check exits 0 (the receiver
    is not even contacted before the window closes)."""
    env = magnet_check(tmp_path, f"http://127.0.0.1:{free_port()}/hook")
    env["WATCHER_NOTIFIERS__TEAM__DIGEST"] = "1h"
    result = watcher("check", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr + result.stdout


def test_failed_source_and_undelivered_alert_exit_3(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """Where several codes hold, the highest wins: a failed source (1) and a dead delivery (3)."""
    http_server.script("/hook", Reply(401))
    http_server.script("/down", Reply(503))
    env = magnet_check(tmp_path, http_server.url("/hook"))
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: inbox, kind: dir, path: inbox}\n"
        f"  - {{id: down, kind: feed, url: '{http_server.url('/down')}'}}\n"
    )
    result = watcher("check", cwd=tmp_path, env={**env, "WATCHER_FETCH__RETRIES": "0"})
    assert result.returncode == 3, result.stderr
    assert "down  FAILED" in result.stdout


@click.command()
@with_settings()
def _closed_store_command(*, settings: Settings) -> None:
    """Uses the real store after closing it: sqlite3 raises ProgrammingError, an unexpected
    exception of the kind a bug produces."""
    store = open_store(settings.state_path)
    store.close()
    store.source_state("anything")


def test_internal_error_exits_4_with_a_short_message_and_the_traceback(tmp_path: Path) -> None:
    """An unexpected exception is an internal error: exit 4 (click's default would be 1), a
    short message that says it is a bug, and the traceback on stderr.

    No state of the files or servers is known to reach such an exception in a subprocess
    without a bug to exploit, so the mapping is tested at the level of the wrapper every
    command is built with, with a real exception from the real store."""
    try:
        result = CliRunner().invoke(_closed_store_command, ["--state", str(tmp_path / "s.db")])
    finally:  # the command set up logging in this process (warning level, loggers cached):
        structlog.reset_defaults()  # later tests that capture debug events need it undone
    assert result.exit_code == EXIT_INTERNAL == 4
    assert "internal error" in result.stderr
    assert "a bug in watcher" in result.stderr
    assert "ProgrammingError" in result.stderr
    assert "Traceback" in result.stderr


def _wait_until_it_catches(pid: int, sig: signal.Signals, within_s: float = 20.0) -> None:
    """Until the process has a handler for `sig` (Linux: the SigCgt mask in /proc/PID/status).

    Before the interpreter reaches `watcher.__main__`, no Python code has run and SIGTERM still
    kills the process; that window is the interpreter's start-up, which a loaded machine can
    stretch past any fixed sleep. The test is about the window after it: the handlers are in,
    and every slow import and the service's start are still to come.
    """
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        caught = next(
            line.split()[1] for line in status.read_text().splitlines() if line.startswith("SigCgt")
        )
        if int(caught, 16) >> (sig - 1) & 1:
            return
        time.sleep(0.002)
    raise AssertionError(f"process {pid} did not catch {sig.name} within {within_s} s")


@pytest.mark.slow
def test_sigterm_right_after_start_is_a_clean_stop(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A supervisor that stops the service while it is still starting gets exit 0, not 143."""
    http_server.script("/feed", Reply(200, b"<rss version='2.0'><channel/></rss>"))
    svc = ServiceProcess(tmp_path, http_server)
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "run"],
        cwd=tmp_path,
        env=svc.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _wait_until_it_catches(proc.pid, signal.SIGTERM)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    assert b"service_stopped" in err
    assert http_server.requests_to("/feed") == []  # stopped before it polled anything


def test_run_with_a_configuration_error_exits_2(tmp_path: Path) -> None:
    """No sources file: the service does not start, and exit 2 tells systemd not to retry."""
    result = watcher("run", "--http", "off", cwd=tmp_path)
    assert result.returncode == 2
    assert "sources.yaml" in result.stderr


def test_readme_has_a_row_for_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text()
    for code in (EXIT_OK, EXIT_SOURCE_FAILED, EXIT_USAGE, EXIT_UNDELIVERED, EXIT_INTERNAL):
        assert f"\n| `{code}` | " in readme, code


def test_a_reader_that_goes_away_is_a_quiet_exit_141_not_a_bug(tmp_path: Path) -> None:
    """`watcher rules validate rules/ | head -0`: stdout's reader is gone before the command
    writes. That is no bug: exit 141 (as SIGPIPE would), and nothing on stderr."""
    with subprocess.Popen(
        [sys.executable, "-m", "watcher", "rules", "validate", str(ROOT / "rules")],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader leaves before the command has imported anything
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=60) == 141
    assert stderr == ""
