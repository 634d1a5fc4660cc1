"""`watcher run` as an operator meets it (issue 12, crashes 3 and 4): a port already in use,
and a second service on the same state file. Real subprocesses, real sockets, a real lock."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss


@pytest.fixture
def service(tmp_path: Path, http_server: LoopbackServer) -> Iterator[ServiceProcess]:
    http_server.script("/feed", Reply(body=rss("A story written for the ops tests")))
    svc = ServiceProcess(tmp_path, http_server)
    yield svc
    svc.kill_if_running()


def run_once_more(
    svc: ServiceProcess, *args: str, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Another `watcher run` on the same files; it is expected to refuse, so it must end."""
    return subprocess.run(
        [sys.executable, "-m", "watcher", "run", *args],
        cwd=svc.dir,
        env=svc.env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_port_in_use_is_a_config_error_naming_http_listen(service: ServiceProcess) -> None:
    """With `http_listen` on a port another socket holds, `watcher run` exits 2 with one line
    naming the setting and the address, and no traceback."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        service.env["WATCHER_HTTP_LISTEN"] = f"127.0.0.1:{port}"
        done = run_once_more(service)
    assert done.returncode == 2, done.stderr
    error = [line for line in done.stderr.splitlines() if line.startswith("watcher: error:")]
    assert error, done.stderr
    assert "http_listen" in error[0]
    assert f"127.0.0.1:{port}" in error[0]
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr


def test_a_second_service_on_the_same_state_refuses_and_names_the_pid(
    service: ServiceProcess,
) -> None:
    """A second `watcher run` on the same state file, even with `--http off`, exits 2 naming
    the pid of the first; one-shot commands still run beside the first."""
    service.start()
    service.wait_first_poll()
    assert service.proc is not None
    second = run_once_more(service, "--http", "off")
    assert second.returncode == 2, second.stderr
    assert f"pid {service.proc.pid}" in second.stderr
    assert "state.db" in second.stderr
    status = service.command("status")
    assert status.returncode == 0, status.stderr
    assert "wire" in status.stdout
    assert service.command("alerts", "list").returncode == 0
    assert service.stop() == 0


def test_a_killed_service_never_blocks_its_restart(service: ServiceProcess) -> None:
    """The lock is the kernel's: after SIGKILL (no clean-up ran, the old pid is still in the
    lock file) a new service on the same state starts at once."""
    service.start()
    service.wait_first_poll()
    assert service.proc is not None
    old_pid = service.proc.pid
    service.stop(signal.SIGKILL)
    lock = Path(f"{service.env['WATCHER_STATE_PATH']}.lock")
    assert lock.read_text().strip() == str(old_pid)
    service.start()
    assert service.proc.pid != old_pid
    service.wait_for(
        lambda: lock.read_text().strip() == str(service.proc.pid if service.proc else 0),
        "the new service to hold the lock",
    )
    assert os.path.exists(service.env["WATCHER_STATE_PATH"])
    assert service.stop() == 0
