"""Delivery and alert history from the command line (real subprocesses, loopback only)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.servers import LoopbackServer, Reply
from tests.test_cli import EXAMPLES, ROOT, watcher

DEMO_NOW = "2025-11-06T12:00Z"


def three_notifiers(tmp_path: Path, server: LoopbackServer) -> dict[str, str]:
    """console, file and webhook at once, and rules that send to all three."""
    rules = tmp_path / "rules"
    rules.mkdir()
    for path in (ROOT / "rules").glob("*.yaml"):
        text = path.read_text().replace("notify: [console]", "notify: [console, archive, team]")
        (rules / path.name).write_text(text)
    return {
        "WATCHER_RULES_DIR": str(rules),
        "WATCHER_NOTIFIERS__CONSOLE__KIND": "console",
        "WATCHER_NOTIFIERS__ARCHIVE__KIND": "file",
        "WATCHER_NOTIFIERS__ARCHIVE__PATH": str(tmp_path / "alerts.jsonl"),
        "WATCHER_NOTIFIERS__TEAM__KIND": "webhook",
        "WATCHER_NOTIFIERS__TEAM__URL": server.url("/team"),
        "WATCHER_NOTIFIERS__TEAM__SECRET": "not-a-real-secret",
    }


def test_demo_delivers_through_console_file_and_webhook(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`watcher check` on the demo sends each alert to the terminal, a file and a webhook."""
    http_server.script("/team", Reply(200))
    env = three_notifiers(tmp_path, http_server)
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        DEMO_NOW,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "deliveries: 33 delivered" in result.stdout
    assert result.stderr.count("[critical]") == 4
    archived = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    posted = [json.loads(r.body)["alerts"][0] for r in http_server.requests_to("/team")]
    assert len(archived) == len(posted) == 11
    assert {a["title"] for a in archived} == {p["title"] for p in posted}
    assert "not-a-real-secret" not in result.stdout + result.stderr
    again = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        DEMO_NOW,
        cwd=tmp_path,
        env=env,
    )
    assert "0 alerts" in again.stdout
    assert len(http_server.requests_to("/team")) == 11


def test_unconfigured_notifier_stops_check(tmp_path: Path) -> None:
    """A rule sending to a notifier that is not configured is a configuration error."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(
        "id: r\ndescription: d\ntrigger: {type: keyword, any: [x]}\nmessage: m\nnotify: [pager]\n"
    )
    result = watcher(
        "check", "--sources", str(EXAMPLES), cwd=tmp_path, env={"WATCHER_RULES_DIR": str(rules)}
    )
    assert result.returncode == 2
    assert "rule r: notify: pager" in result.stderr


def test_alerts_list_and_show(tmp_path: Path) -> None:
    """The history lists the demo's alerts, and one can be shown with its deliveries."""
    watcher("check", "--sources", str(EXAMPLES), "--state", "d.db", "--now", DEMO_NOW, cwd=tmp_path)
    listed = watcher("alerts", "list", "--state", "d.db", "--format", "jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 11
    assert all(r["deliveries"][0]["state"] == "delivered" for r in rows)
    shown = watcher("alerts", "show", str(rows[-1]["id"]), "--state", "d.db", cwd=tmp_path)
    assert "delivery to console: delivered after 1 attempt(s)" in shown.stdout
    missing = watcher("alerts", "show", "999", "--state", "d.db", cwd=tmp_path)
    assert missing.returncode == 2


def test_silence_add_list_remove(tmp_path: Path) -> None:
    """A silence covers its rule's alerts until removed; they are recorded, not sent."""
    added = watcher(
        "silence",
        "add",
        "--rule",
        "trump-xi-contact",
        "--for",
        "2h",
        "--reason",
        "known already",
        "--now",
        DEMO_NOW,
        "--state",
        "d.db",
        cwd=tmp_path,
    )
    assert added.returncode == 0, added.stderr
    listed = watcher("silence", "list", "--now", DEMO_NOW, "--state", "d.db", cwd=tmp_path)
    assert "active" in listed.stdout and "rule=trump-xi-contact" in listed.stdout
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        DEMO_NOW,
        "--format",
        "jsonl",
        cwd=tmp_path,
    )
    decisions = {
        json.loads(x)["rule"]: json.loads(x)["decision"] for x in result.stdout.splitlines()
    }
    assert decisions["trump-xi-contact"] == "silenced"
    assert decisions["us-china-tariff-change"] == "first"
    removed = watcher("silence", "remove", "1", "--state", "d.db", cwd=tmp_path)
    assert removed.returncode == 0
    bad = watcher(
        "silence",
        "add",
        "--match",
        "colour=red",
        "--for",
        "1h",
        "--reason",
        "x",
        "--state",
        "d.db",
        cwd=tmp_path,
    )
    assert bad.returncode == 2


def test_notify_test_reports_success_and_failure(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`notify test` sends a sample alert and says whether it worked and if a retry could."""
    http_server.script("/ok", Reply(200))
    http_server.script("/bad", Reply(404))
    env = {
        "WATCHER_NOTIFIERS__OK__KIND": "webhook",
        "WATCHER_NOTIFIERS__OK__URL": http_server.url("/ok"),
        "WATCHER_NOTIFIERS__BAD__KIND": "webhook",
        "WATCHER_NOTIFIERS__BAD__URL": http_server.url("/bad"),
    }
    ok = watcher("notify", "test", "ok", cwd=tmp_path, env=env)
    bad = watcher("notify", "test", "bad", cwd=tmp_path, env=env)
    assert (ok.returncode, ok.stdout.strip()) == (0, "ok: sent")
    assert bad.returncode == 1
    assert "bad: failed, permanent" in bad.stderr
    body = json.loads(http_server.requests_to("/ok")[0].body)
    assert body["alerts"][0]["title"] == "watcher test alert"


def test_sources_list_and_status_after_a_check(tmp_path: Path) -> None:
    """After a check, each source shows its last poll, result and health; nothing is created
    by merely looking."""
    before = watcher("status", "--sources", str(EXAMPLES), "--state", "d.db", cwd=tmp_path)
    assert "last never" in before.stdout
    assert not (tmp_path / "d.db").exists()
    watcher("check", "--sources", str(EXAMPLES), "--state", "d.db", "--now", DEMO_NOW, cwd=tmp_path)
    listed = watcher(
        "sources",
        "list",
        "--sources",
        str(EXAMPLES),
        "--state",
        "d.db",
        "--now",
        DEMO_NOW,
        cwd=tmp_path,
    )
    assert "demo-wire  feed  every 10m" in listed.stdout
    assert "last poll 2025-11-06 12:00:00 (now): ok" in listed.stdout
    assert "health: healthy" in listed.stdout
    status = watcher(
        "status", "--sources", str(EXAMPLES), "--state", "d.db", "--now", DEMO_NOW, cwd=tmp_path
    )
    assert "outbox: 0 pending, 0 dead (failed for good), 11 delivered" in status.stdout
