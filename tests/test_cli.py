"""The `watcher` command as a user runs it: a real subprocess, real files, loopback only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from tests.servers import LoopbackServer, Reply
from watcher.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "sources.yaml"


def watcher(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m watcher` in `cwd` with no WATCHER_* variables from the caller."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        input=stdin,
    )


def test_demo_check_twice(tmp_path: Path) -> None:
    """The README's demo prints the demo articles, then nothing new on the second run."""
    args = ("check", "--sources", str(EXAMPLES), "--state", "demo.db")
    first = watcher(*args, cwd=tmp_path)
    second = watcher(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Trump and Xi meet in Busan" in first.stdout
    assert "7 new articles from 2 sources" in first.stdout
    assert second.returncode == 0, second.stderr
    assert "0 new articles from 2 sources" in second.stdout
    assert "+ " not in second.stdout


def test_dry_run_records_nothing(tmp_path: Path) -> None:
    """`--dry-run` leaves the state as it was, so the next run still sees everything."""
    args = ("check", "--sources", str(EXAMPLES), "--state", "s.db")
    dry = watcher(*args, "--dry-run", cwd=tmp_path)
    real = watcher(*args, cwd=tmp_path)
    assert "dry run: nothing recorded" in dry.stdout
    assert "7 new articles" in real.stdout


def test_jsonl_output_is_one_object_per_alert(tmp_path: Path) -> None:
    """`--format jsonl` prints only JSON lines on stdout, one per alert, with its facts."""
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "s.db",
        "--format",
        "jsonl",
        "--source",
        "demo-wire",
        "--now",
        "2025-11-06T12:00Z",
        cwd=tmp_path,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    meeting = next(r for r in rows if r["rule"] == "trump-xi-contact")
    assert meeting["severity"] == "critical"
    assert meeting["comparison"] == "new"
    assert meeting["facts"][0]["participants"] == ["Trump", "Xi"]
    assert meeting["facts"][0]["evidence"].startswith("President Donald Trump met")
    assert meeting["sources"][0]["url"] == "https://example.org/demo/wire/busan-meeting"
    assert meeting["sources"][0]["published"] == "2025-10-30T09:15:00+00:00"
    assert {
        "rule",
        "trigger",
        "severity",
        "title",
        "message",
        "facts",
        "comparison",
        "sources",
    } <= meeting.keys()


def test_failed_source_exit_code_1(tmp_path: Path, http_server: LoopbackServer) -> None:
    """A source that fails makes the exit code 1 while the others are still reported."""
    http_server.script("/down", Reply(503))
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: down, kind: feed, url: '{http_server.url('/down')}'}}\n"
        f"  - {{id: demo, kind: feed, url: '{ROOT / 'examples/feeds/trade-wire.xml'}'}}\n"
    )
    result = watcher("check", cwd=tmp_path, env={"WATCHER_FETCH__RETRIES": "0"})
    assert result.returncode == 1
    assert "down  FAILED: down: HTTP 503" in result.stdout
    assert "3 new of 3 listed" in result.stdout


def test_invalid_sources_file_exit_code_2(tmp_path: Path) -> None:
    """A broken sources file exits 2 with the file, line and field on stderr."""
    (tmp_path / "sources.yaml").write_text("sources:\n  - id: x\n    kind: feed\n")
    result = watcher("check", cwd=tmp_path)
    assert result.returncode == 2
    assert "sources.yaml:2: sources[0].url (source 'x'): Field required" in result.stderr


def test_bad_setting_exit_code_2(tmp_path: Path) -> None:
    """An invalid environment setting exits 2 naming the variable."""
    result = watcher(
        "check", "--sources", str(EXAMPLES), cwd=tmp_path, env={"WATCHER_FETCH__RETRIES": "many"}
    )
    assert result.returncode == 2
    assert "WATCHER_FETCH__RETRIES" in result.stderr


def test_bad_now_is_a_usage_error(tmp_path: Path) -> None:
    """`--now` that is not an ISO time exits 2."""
    result = watcher("check", "--sources", str(EXAMPLES), "--now", "yesterday", cwd=tmp_path)
    assert result.returncode == 2
    assert "--now" in result.stderr


def test_json_logs_on_stderr(tmp_path: Path) -> None:
    """Logs are JSON lines on stderr with stable event names when asked; a one-shot command
    logs warnings only unless asked for more."""
    (tmp_path / "no-rules").mkdir()  # no alerts, so the console notifier stays quiet
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "s.db",
        "--log-level",
        "info",
        "--log-format",
        "json",
        cwd=tmp_path,
        env={"WATCHER_RULES_DIR": str(tmp_path / "no-rules")},
    )
    events = [json.loads(line)["event"] for line in result.stderr.splitlines()]
    assert events.count("source_polled") == 2
    quiet = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        "--state",
        "q.db",
        cwd=tmp_path,
        env={"WATCHER_RULES_DIR": str(tmp_path / "no-rules")},
    )
    assert quiet.stderr == ""


def test_config_file_and_state_flag(tmp_path: Path) -> None:
    """`--config` supplies settings, and `--state` wins over the file's state_path."""
    (tmp_path / "custom.toml").write_text(
        f'sources_file = "{EXAMPLES}"\nstate_path = "from-config.db"\n'
    )
    result = watcher("check", "--config", "custom.toml", "--state", "flag.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "flag.db").exists()
    assert not (tmp_path / "from-config.db").exists()


def test_version() -> None:
    """`watcher --version` names the program and version."""
    result = watcher("--version", cwd=ROOT)
    assert result.stdout.startswith("watcher, version ")


def test_every_command_takes_config_and_state() -> None:
    """Each command and subcommand accepts --config and --state (configurations side by side)."""

    def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
        out = []
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            cmd = group.get_command(ctx, name)
            assert cmd is not None, name
            if isinstance(cmd, click.Group):
                out.extend(commands(cmd, f"{prefix}{name} "))
            else:
                out.append((f"{prefix}{name}", cmd))
        return out

    found = commands(cli)
    assert len(found) >= 15
    for name, cmd in found:
        options = {o for p in cmd.params for o in getattr(p, "opts", [])}
        assert {"--config", "--state"} <= options, name
