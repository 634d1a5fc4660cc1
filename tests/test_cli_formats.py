"""One `--format` vocabulary (`text|json|jsonl`) across the commands that print data, and
shell completion, as a user runs them (real `watcher` subprocesses over the offline demo)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from tests.test_cli import EXAMPLES, ROOT, watcher
from watcher.cli import cli

# The commands that print data; each must take exactly text|json|jsonl (plus an old spelling
# it used to take, noted as deprecated, and ics for the one that prints a calendar).
DATA_COMMANDS = {
    "check",
    "deadlines",
    "extract",
    "baseline show",
    "alerts list",
    "alerts show",
    "routes test",
    "rules list",
    "silence list",
    "status",
    "sources list",
}
DEPRECATED = {"baseline show": {"table"}}
CALENDAR = {"deadlines": {"ics"}}


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def _format_choices(command: click.Command) -> set[str] | None:
    for param in command.params:
        if isinstance(param, click.Option) and "--format" in param.opts:
            assert isinstance(param.type, click.Choice)
            return {str(c) for c in param.type.choices}
    return None


def test_every_data_command_takes_the_same_formats() -> None:
    """Each command that prints data offers text, json and jsonl, and no command offers a
    format word outside that vocabulary (old spellings excepted)."""
    offered = {name: _format_choices(cmd) for name, cmd in _commands(cli)}
    for name in DATA_COMMANDS:
        extra = DEPRECATED.get(name, set()) | CALENDAR.get(name, set())
        assert offered[name] == {"text", "json", "jsonl"} | extra, name
    for name, choices in offered.items():
        if choices is not None:
            assert name in DATA_COMMANDS, f"{name} has --format but is not listed here"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A state file with the demo's alerts in it, and a silence."""
    folder = tmp_path_factory.mktemp("demo")
    ran = watcher(
        *("check", "--sources", str(EXAMPLES), "--state", "d.db", "--format", "json"),
        *("--now", "2025-11-06T12:00Z"),
        cwd=folder,
    )
    assert ran.returncode == 0, ran.stderr
    (folder / "check.json").write_text(ran.stdout)
    added = watcher(
        *("silence", "add", "--rule", "trump-xi-contact", "--for", "2h"),
        *("--reason", "a test of the formats", "--state", "d.db"),
        cwd=folder,
    )
    assert added.returncode == 0, added.stderr
    return folder


def test_check_json_is_one_array_of_the_alerts(demo: Path) -> None:
    """`check --format json` prints one JSON array with an object per alert."""
    alerts = json.loads((demo / "check.json").read_text())
    assert isinstance(alerts, list)
    assert {"rule", "title", "severity", "facts"} <= set(alerts[0])


ARGS = {
    "extract": ("extract", str(ROOT / "examples" / "inbox"), "--now", "2025-11-06T12:00Z"),
    "baseline show": ("baseline", "show"),
    "deadlines": ("deadlines", "--state", "d.db", "--now", "2025-11-06T12:00Z"),
    "alerts list": ("alerts", "list", "--state", "d.db"),
    "alerts show": ("alerts", "show", "1", "--state", "d.db"),
    "routes test": ("routes", "test", "--rule", "trump-xi-contact"),
    "rules list": ("rules", "list"),
    "silence list": ("silence", "list", "--state", "d.db"),
    "status": ("status", "--sources", str(EXAMPLES), "--state", "d.db"),
    "sources list": ("sources", "list", "--sources", str(EXAMPLES), "--state", "d.db"),
}
ONE_OBJECT = {"alerts show", "routes test", "status"}


@pytest.mark.parametrize("name", sorted(ARGS))
def test_json_and_jsonl_agree(demo: Path, name: str) -> None:
    """`--format json` is one document and `--format jsonl` the same records a line each."""
    as_json = watcher(*ARGS[name], "--format", "json", cwd=demo)
    as_jsonl = watcher(*ARGS[name], "--format", "jsonl", cwd=demo)
    assert as_json.returncode == 0, as_json.stderr
    assert as_jsonl.returncode == 0, as_jsonl.stderr
    document = json.loads(as_json.stdout)
    lines = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    if name in ONE_OBJECT:
        assert lines == [document]
    else:
        assert lines == document
        assert lines, f"{name} printed no records"


def test_the_old_table_spelling_still_works_with_a_note(demo: Path) -> None:
    """`baseline show --format table` prints the table as before and says what to write now."""
    old = watcher("baseline", "show", "--format", "table", cwd=demo)
    new = watcher("baseline", "show", "--format", "text", cwd=demo)
    assert old.returncode == 0, old.stderr
    assert old.stdout == new.stdout
    assert "--format table is deprecated; use --format text" in old.stderr


def test_bash_completion_script_generates(tmp_path: Path) -> None:
    """`_WATCHER_COMPLETE=bash_source watcher` prints a bash completion function for watcher."""
    result = watcher(cwd=tmp_path, env={"_WATCHER_COMPLETE": "bash_source"})
    assert result.returncode == 0, result.stderr
    assert "_watcher_completion()" in result.stdout
    assert "complete -o nosort -F _watcher_completion watcher" in result.stdout


def test_completion_offers_the_formats(tmp_path: Path) -> None:
    """Completing `watcher alerts list --format ` offers the vocabulary's words."""
    result = watcher(
        cwd=tmp_path,
        env={
            "_WATCHER_COMPLETE": "bash_complete",
            "COMP_WORDS": "watcher alerts list --format ",
            "COMP_CWORD": "4",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["plain,text", "plain,json", "plain,jsonl"]
