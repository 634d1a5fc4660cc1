"""The command line imports a command's module only when that command runs (issue 13 §4).

`watcher --help` and `watcher --version` must not load the extractor, the rule language,
Jinja, dateparser or rich: those cost about 0.6 s, more than the whole of a quiet run's work.
"""

from __future__ import annotations

import json
import subprocess
import sys

import click

from watcher.cli import _COMMANDS, cli

HEAVY = ("watcher.alerting", "watcher.facts", "jinja2", "dateparser", "rich", "apprise")


def _modules_after(*argv: str) -> set[str]:
    """The modules a fresh interpreter holds after running `watcher ARGV`."""
    code = (
        "import json, sys\n"
        "from watcher.cli import cli\n"
        "try:\n"
        f"    cli({list(argv)!r}, prog_name='watcher')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_help_and_version_import_no_command() -> None:
    for argv in (["--help"], ["--version"]):
        assert _heavy(_modules_after(*argv)) == [], argv


def test_a_command_imports_what_it_uses() -> None:
    """The lazy group really loads a command: `rules --help` brings the rule language in."""
    assert "watcher.alerting.rules" in _modules_after("rules", "--help")


def test_the_listing_reads_as_the_commands_own_help() -> None:
    """`watcher --help` lists each command with the same line an eager group would show."""
    ctx = click.Context(cli)
    eager = click.Group("watcher", help=cli.help)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        eager.add_command(command, name)
    lazy_help = cli.get_help(click.Context(cli, info_name="watcher"))
    eager_help = eager.get_help(click.Context(eager, info_name="watcher"))
    assert lazy_help.split("Commands:")[1] == eager_help.split("Commands:")[1]


def test_every_entry_names_a_command_of_that_name() -> None:
    ctx = click.Context(cli)
    for name in _COMMANDS:
        command = cli.get_command(ctx, name)
        assert isinstance(command, click.Command)
        assert command.name == name
    assert cli.get_command(ctx, "no-such-command") is None
