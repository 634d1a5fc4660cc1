"""The `watcher` command line: one module per command or command group.

Every command accepts `--config` and `--state`, so several configurations can live side by
side. Exit codes (`cli.common`): 0 all went well, 1 some source failed, 2 a usage or
configuration error, 3 deliveries pending or dead after `check`, 4 an internal error.
The CLI and the daemon are the only places that read the clock; every command takes `--now`
so that a run can be replayed as of another time.
"""

from __future__ import annotations

import click

from watcher import __version__
from watcher.cli.alerts import alerts
from watcher.cli.baseline import baseline
from watcher.cli.check import check
from watcher.cli.extract import extract
from watcher.cli.notify import notify
from watcher.cli.routes import routes
from watcher.cli.rules import rules
from watcher.cli.service import health, run, sources, status
from watcher.cli.silence import silence


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="watcher")
def cli() -> None:
    """Alerts on what changes in US-China trade policy news."""


for command in (
    check,
    run,
    status,
    sources,
    health,
    extract,
    baseline,
    rules,
    alerts,
    silence,
    notify,
    routes,
):
    cli.add_command(command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="watcher")
