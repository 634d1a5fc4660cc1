"""`watcher baseline show|build`: the known state, and drafting the reviewed baseline."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from watcher.cli.common import with_settings
from watcher.cli.extract import current_state
from watcher.cli.formats import TEXT, emit, format_option
from watcher.facts.baseline import draft_entries, dump_entries
from watcher.facts.known import KnownFact
from watcher.facts.registry import summarize
from watcher.ingest.documents import list_documents, read_document
from watcher.pipeline import facts_of
from watcher.settings import Settings


@click.group()
def baseline() -> None:
    """The known state: the reviewed baseline plus what has been learned since."""


def _table(facts: list[KnownFact]) -> Table:
    table = Table(header_style="bold", expand=False)
    for column in ("kind", "value", "status", "published", "learned from", "learned at"):
        table.add_column(column, overflow="fold")
    for known in facts:
        p = known.provenance
        table.add_row(
            known.fact.kind,
            summarize(known.fact),
            known.fact.status.value,
            f"{p.published:%Y-%m-%d}" if p.published else "—",
            p.url or p.source,
            f"{p.learned_at:%Y-%m-%d %H:%M}",
        )
    return table


@baseline.command()
@with_settings()
@format_option(deprecated={"table": TEXT})
def show(
    *,
    settings: Settings,
    fmt: str,
) -> None:
    """Print the current known value of every fact, with when and where it was learned."""
    facts = sorted(
        current_state(settings).current(), key=lambda k: (k.fact.kind, "/".join(k.fact.key))
    )
    if fmt != TEXT:
        emit(fmt, (k.to_dict() for k in facts))
        return
    console = Console()
    if not console.is_terminal:  # piped: do not squeeze the table into 80 columns
        console = Console(width=200)
    console.print(_table(facts))


@baseline.command()
@with_settings()
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of seed documents (default: the seeds_dir setting).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the draft here instead of printing it.",
)
def build(
    *,
    settings: Settings,
    seeds_dir: Path | None,
    output: Path | None,
) -> None:
    """Draft a baseline from the seed documents, for a person to review and commit."""
    folder = seeds_dir or settings.seeds_dir
    seeds = [(p.name, read_document(p, "seeds")) for p in list_documents(folder)]
    text = dump_entries(draft_entries(seeds, lambda a: facts_of(a, settings.gazetteer_file)))
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(
            f"wrote {len(seeds)} seed documents' facts to {output}; review it before committing",
            err=True,
        )
