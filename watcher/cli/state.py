"""`watcher state migrate`: copy a state, e.g. from an SQLite file to PostgreSQL."""

from __future__ import annotations

import click

from watcher.cli.common import with_settings
from watcher.errors import ConfigError
from watcher.settings import Settings
from watcher.state.store import missing_file, open_store
from watcher.state.transfer import copy_state


@click.group()
def state() -> None:
    """The state store itself: move a state from one store to another."""


@state.command("migrate")
@with_settings()
@click.option("--from", "source", required=True, metavar="PATH|URL", help="The state to copy.")
@click.option(
    "--to", "target", required=True, metavar="PATH|URL", help="An empty store to copy it into."
)
def migrate(*, settings: Settings, source: str, target: str) -> None:
    """Copy every alert, delivery, silence, learned fact and source poll of a state into an
    empty store (a `postgresql://` URL, or a new SQLite file); a store that already holds a
    state is refused. The source is left as it was."""
    missing = missing_file(source)
    if missing is not None:
        raise ConfigError(f"no state file at {missing}: nothing to migrate")
    with open_store(source, write=False) as src, open_store(target) as dst:
        copied = copy_state(src, dst)
    rows = ", ".join(f"{table} {n}" for table, n in copied.items())
    click.echo(f"copied {sum(copied.values())} rows ({rows})")
