"""The `watcher` command line: one module per command or command group.

Every command accepts `--config` and `--state`, so several configurations can live side by
side. Exit codes (`cli.common`): 0 all went well, 1 some source failed, 2 a usage or
configuration error, 3 deliveries pending or dead after `check`, 4 an internal error.
The CLI and the daemon are the only places that read the clock; every command takes `--now`
so that a run can be replayed as of another time.

Commands are imported only when they run: `watcher --help` and `watcher status` should not pay
for the extractor, the rule language and Jinja (about 0.6 s of imports). `_COMMANDS` names
each command's module and its one-line help; a test checks that the line agrees with the
command's own docstring.
"""

from __future__ import annotations

import importlib

import click

from watcher import __version__

# name: (module, attribute, the first sentence of its help, which `watcher --help` lists)
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "alerts": (
        "watcher.cli.alerts",
        "alerts",
        "The alert history: what was raised, and what became of its deliveries.",
    ),
    "baseline": (
        "watcher.cli.baseline",
        "baseline",
        "The known state: the reviewed baseline plus what has been learned since.",
    ),
    "check": (
        "watcher.cli.check",
        "check",
        "Poll the sources once, print what is new and how its facts compare, and exit.",
    ),
    "deadlines": (
        "watcher.cli.deadlines",
        "deadlines",
        "The known deadlines with their countdown, or as a calendar (--format ics).",
    ),
    "extract": (
        "watcher.cli.extract",
        "extract",
        "Show the facts of articles and how each compares with the known state.",
    ),
    "health": (
        "watcher.cli.service",
        "health",
        "Exit 0 when the local service answers /healthz (for container health checks).",
    ),
    "notify": ("watcher.cli.notify", "notify", "Notifiers."),
    "routes": ("watcher.cli.routes", "routes", "Routing: which notifiers an alert goes to."),
    "rules": ("watcher.cli.rules", "rules", "Validate, test and describe rule files."),
    "run": (
        "watcher.cli.service",
        "run",
        "Run as a service: poll every source on its schedule until stopped.",
    ),
    "serve": (
        "watcher.cli.serve",
        "serve",
        "Serve the read-only web view of a state file, without polling.",
    ),
    "silence": (
        "watcher.cli.silence",
        "silence",
        "Silences: matching alerts are recorded but not sent, until the silence expires.",
    ),
    "sources": ("watcher.cli.service", "sources", "The sources file and each source's state."),
    "state": (
        "watcher.cli.state",
        "state",
        "The state store itself: move a state from one store to another.",
    ),
    "status": (
        "watcher.cli.service",
        "status",
        "Sources in brief, and the outbox: what is pending and what failed for good.",
    ),
}


class _LazyGroup(click.Group):
    """A group that imports a command's module only when that command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        module, attribute, _ = _COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from `_COMMANDS`, without importing every command; shortened as
        click shortens a command's own help, so the listing reads the same."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, _short(name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _short(name: str, limit: int) -> str:
    """The listing's line for `name`, cut by click's own rule for a command's short help."""
    return click.Command(name, help=_COMMANDS[name][2]).get_short_help_str(limit)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="watcher")
def cli() -> None:
    """Alerts on what changes in US-China trade policy news."""


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="watcher")
