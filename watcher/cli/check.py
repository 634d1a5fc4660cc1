"""`watcher check`: one pass over the sources, printed, then exit."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta

import click

from watcher.cli.common import (
    EXIT_OK,
    EXIT_SOURCE_FAILED,
    EXIT_UNDELIVERED,
    open_deps,
    parse_now,
    select_sources,
    with_settings,
)
from watcher.cli.formats import format_option
from watcher.cli.output import CheckPrinter
from watcher.delivery.outbox import DeliveryReport, drain
from watcher.ingest.sources import load_sources
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.alerts import AlertLog


@click.command()
@with_settings(sources=True, rules=True, deps=True)
@click.option(
    "--source",
    "source_ids",
    multiple=True,
    metavar="ID",
    help="Poll only this source (repeatable).",
)
@click.option("--now", "now_text", metavar="ISO-TIME", help="The time the run believes it is.")
@click.option("--dry-run", is_flag=True, help="Record nothing in the state store.")
@click.option(
    "--catch-up/--no-catch-up",
    default=True,
    show_default=True,
    help="Alert on a new source's backlog and on old articles, or only on changes.",
)
@format_option()
def check(
    *,
    settings: Settings,
    source_ids: tuple[str, ...],
    now_text: str | None,
    dry_run: bool,
    catch_up: bool,
    fmt: str,
) -> None:
    """Poll the sources once, print what is new and how its facts compare, and exit."""
    now = parse_now(now_text)
    sources = select_sources(load_sources(settings.sources_file), source_ids)
    printer = CheckPrinter(fmt=fmt, show_progress=len(sources) > 1)
    with open_deps(settings) as deps:
        with printer.progress(len(sources)) as advance:
            report = run_once(
                sources, deps, now, dry_run=dry_run, catch_up=catch_up, on_outcome=advance
            )
        printer.print_report(report, dry_run=dry_run)
        undelivered = 0
        if report.delivery is not None:
            delivery = report.delivery.then(finish_deliveries(deps, now))
            printer.print_delivery(delivery)
            undelivered = delivery.dead + AlertLog(deps.store).failing()
    sys.exit(exit_code(sources_failed=bool(report.failed), undelivered=undelivered))


def exit_code(*, sources_failed: bool, undelivered: int) -> int:
    """The highest code that holds: 3 when a delivery died in this run or still waits for a
    retry after the check's wait (a digest waiting for its window has not failed), 1 when a
    source failed, else 0."""
    return max(
        EXIT_SOURCE_FAILED if sources_failed else EXIT_OK,
        EXIT_UNDELIVERED if undelivered else EXIT_OK,
    )


def finish_deliveries(deps: Deps, now: datetime) -> DeliveryReport:
    """Keep retrying what failed for up to `delivery.check_wait_s`, on a clock that starts
    at `now` (so `--now` replays stay consistent), then leave the rest in the outbox."""
    started = time.monotonic()

    def clock() -> datetime:
        return now + timedelta(seconds=time.monotonic() - started)

    until = now + timedelta(seconds=deps.settings.delivery.check_wait_s)
    return drain(
        AlertLog(deps.store),
        deps.notifiers,
        deps.settings.notifiers,
        deps.settings.delivery,
        clock=clock,
        until=until,
    )
