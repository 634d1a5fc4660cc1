"""A crash between commit and delivery loses no alert and sends none twice (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tests.servers import LoopbackServer, Reply

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [hook]
"""


def env_for(tmp_path: Path, server: LoopbackServer) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    return {
        **clean,
        "WATCHER_RULES_DIR": str(tmp_path / "rules"),
        "WATCHER_STATE_PATH": str(tmp_path / "state.db"),
        "WATCHER_SOURCES_FILE": str(tmp_path / "sources.yaml"),
        "WATCHER_NOTIFIERS__HOOK__KIND": "webhook",
        "WATCHER_NOTIFIERS__HOOK__URL": server.url("/hook"),
        "WATCHER_NOTIFIERS__HOOK__TIMEOUT_S": "60",
        "WATCHER_DELIVERY__CHECK_WAIT_S": "5",
    }


def setup_files(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"{n}.md").write_text(f"# Story {n}\n\nMagnet exporters, part {n}.\n")
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: inbox, kind: dir, path: '{inbox}'}}\n"
    )


def wait_for_requests(server: LoopbackServer, count: int, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while len(server.requests_to("/hook")) < count:
        assert time.monotonic() < deadline, "the webhook was never called"
        time.sleep(0.05)


def test_sigkill_during_delivery_then_restart(tmp_path: Path, http_server: LoopbackServer) -> None:
    """Killed while a delivery is in flight, a restarted check delivers the rest; the only
    repeat is the one in flight, which carries the same idempotency key."""
    setup_files(tmp_path)
    env = env_for(tmp_path, http_server)
    http_server.script("/hook", Reply(200), Reply(200, delay_s=30))  # the second one hangs
    first = subprocess.Popen(
        [sys.executable, "-m", "watcher", "check"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_requests(http_server, 2)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    http_server.script("/hook", Reply(200))
    second = subprocess.run(
        [sys.executable, "-m", "watcher", "check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert "0 new articles" in second.stdout
    keys = Counter(r.headers["idempotency-key"] for r in http_server.requests_to("/hook"))
    assert len(keys) == 3, keys  # every alert arrived
    in_flight = http_server.requests_to("/hook")[1].headers["idempotency-key"]
    assert keys[in_flight] == 2  # at-least-once: the receiver can drop it by its key
    assert all(n == 1 for key, n in keys.items() if key != in_flight)  # none else twice
