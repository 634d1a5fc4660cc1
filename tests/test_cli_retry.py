"""Dead deliveries from the command line: `watcher alerts retry` sends them again under the
same idempotency key, and `watcher status` shows them (real subprocesses, a real webhook
receiver on 127.0.0.1, a real state file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_cli import watcher

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [team]
"""
T1, T2 = "2025-10-10T12:00Z", "2025-10-11T12:00Z"


def setup(tmp_path: Path, server: LoopbackServer) -> dict[str, str]:
    """A folder source, one rule sending to a webhook, and the environment for them."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sources.yaml").write_text("sources:\n  - {id: inbox, kind: dir, path: inbox}\n")
    return {
        "WATCHER_RULES_DIR": str(tmp_path / "rules"),
        "WATCHER_SOURCES_FILE": str(tmp_path / "sources.yaml"),
        "WATCHER_STATE_PATH": str(tmp_path / "state.db"),
        "WATCHER_NOTIFIERS__TEAM__KIND": "webhook",
        "WATCHER_NOTIFIERS__TEAM__URL": server.url("/team"),
        "WATCHER_DELIVERY__CHECK_WAIT_S": "0",
    }


def story(tmp_path: Path, name: str) -> None:
    (tmp_path / "inbox" / f"{name}.md").write_text(
        f"---\npublished: 2025-10-10\n---\n# {name}\n\nA story about a magnet plant, {name}.\n"
    )


def keys(server: LoopbackServer) -> list[str]:
    return [r.headers["idempotency-key"] for r in server.requests_to("/team")]


def deliveries(tmp_path: Path) -> list[str]:
    """The deliveries' states, read from the state file itself."""
    with sqlite3.connect(tmp_path / "state.db") as conn:
        return [state for (state,) in conn.execute("SELECT state FROM deliveries ORDER BY id")]


@pytest.mark.slow
def test_retry_dead_sends_again_under_the_same_key(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A delivery refused with 401 is dead; once the receiver is fixed, `alerts retry --dead`
    sends it at once, with the key the receiver saw the first time."""
    env = setup(tmp_path, http_server)
    story(tmp_path, "first")
    http_server.script("/team", Reply(401, body=b"token expired"))
    watcher("check", "--now", T1, cwd=tmp_path, env=env)
    assert deliveries(tmp_path) == ["dead"]
    status = watcher("status", cwd=tmp_path, env=env)
    assert "outbox: 0 pending, 1 dead" in status.stdout
    assert "alert 1 → team: dead after 1 attempt" in status.stdout
    assert "HTTP 401" in status.stdout
    assert "watcher alerts retry --dead" in status.stdout

    http_server.script("/team", Reply(200))
    retried = watcher("alerts", "retry", "--dead", "--now", T2, cwd=tmp_path, env=env)
    assert retried.returncode == 0, retried.stderr
    assert "alert 1 (magnet news: first) → team: delivered" in retried.stdout
    first, second = keys(http_server)
    assert first == second
    assert deliveries(tmp_path) == ["delivered"]

    again = watcher("alerts", "retry", "--dead", "--now", T2, cwd=tmp_path, env=env)
    assert again.returncode == 0
    assert "no dead deliveries" in again.stdout
    assert len(keys(http_server)) == 2


@pytest.mark.slow
def test_retry_that_fails_again_says_so_and_exits_3(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """Retrying an alert by id while the receiver still fails: the outcome is printed, the
    delivery waits in the outbox for the service (a new give_up_after window), exit 3."""
    env = setup(tmp_path, http_server)
    story(tmp_path, "first")
    http_server.script("/team", Reply(400, body=b"bad request"))
    watcher("check", "--now", T1, cwd=tmp_path, env=env)
    http_server.script("/team", Reply(503))
    retried = watcher("alerts", "retry", "1", "--now", T2, cwd=tmp_path, env=env)
    assert retried.returncode == 3
    assert "→ team: failed again, kept pending for another try: HTTP 503" in retried.stdout
    assert deliveries(tmp_path) == ["pending"]
    missing = watcher("alerts", "retry", "7", cwd=tmp_path, env=env)
    assert missing.returncode == 2
    assert "no alert with id 7" in missing.stderr


@pytest.mark.slow
def test_retry_since_takes_only_what_died_since_then(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`--since 1h` retries the deliveries that died in the last hour, not older ones."""
    env = setup(tmp_path, http_server)
    http_server.script("/team", Reply(401))
    story(tmp_path, "first")
    watcher("check", "--now", T1, cwd=tmp_path, env=env)
    story(tmp_path, "second")
    watcher("check", "--now", T2, cwd=tmp_path, env=env)
    assert deliveries(tmp_path) == ["dead", "dead"]
    http_server.script("/team", Reply(200))
    retried = watcher(
        "alerts", "retry", "--since", "1h", "--now", "2025-10-11T12:30Z", cwd=tmp_path, env=env
    )
    assert retried.returncode == 0, retried.stderr
    assert "alert 2 (magnet news: second) → team: delivered" in retried.stdout
    assert "alert 1 " not in retried.stdout
    assert sorted(deliveries(tmp_path)) == ["dead", "delivered"]


def test_retry_needs_one_selection(tmp_path: Path) -> None:
    """An alert id, `--dead` or `--since`: exactly one of them."""
    for args in ((), ("1", "--dead")):
        result = watcher("alerts", "retry", *args, cwd=tmp_path)
        assert result.returncode == 2
        assert "one of ID, --dead or --since" in result.stderr
