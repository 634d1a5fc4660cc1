"""`watcher deadlines`: the known deadlines with their countdown, or as a calendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import click

from watcher.alerting.rules import load_rules
from watcher.cli.common import baseline_path, parse_now, reading_store, with_settings
from watcher.cli.formats import ICS, TEXT, emit, format_option
from watcher.errors import ConfigError
from watcher.facts.baseline import load_baseline
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger
from watcher.settings import Settings
from watcher.state.store import missing_file
from watcher.web.deadlines import DeadlineEvent, reminders, upcoming
from watcher.web.ics import calendar, title
from watcher.web.published import deadline_triggers, known_deadlines


@click.command()
@with_settings(rules=True)
@format_option(calendar=True)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Also the deadlines passed and those superseded (ics always has them all).",
)
@click.option("--now", "now_text", metavar="ISO-TIME", help="As of this time (default: now).")
def deadlines(*, settings: Settings, fmt: str, everything: bool, now_text: str | None) -> None:
    """The known deadlines with their countdown, or as a calendar (--format ics).

    Upcoming deadlines first: the date, the days left, what falls due, and the reminders the
    loaded deadline rules (the shipped ones and those of --rules) still have to send. With
    --format ics, the calendar `/deadlines.ics` serves: one event per deadline, alarms at
    the rules' `remind_before` offsets."""
    now = parse_now(now_text)
    if fmt == ICS and (missing := missing_file(settings.state)) is not None:
        raise ConfigError(
            f"no state file at {missing} yet: a calendar's event ids come from the state's "
            "id; run `watcher check` or `watcher run` with this --state first"
        )
    triggers = deadline_triggers(load_rules(settings.rules_dirs, settings.gazetteer_file))
    with reading_store(settings) as store:
        events = known_deadlines(store, load_baseline(baseline_path(settings)))
    if fmt == ICS:
        click.echo(calendar(events, triggers, now).decode(), nl=False)
        return
    today = now.date()
    shown = events if everything else upcoming(events, today)
    if fmt == TEXT:
        _print(shown, triggers, today, total=len(events))
    else:
        emit(fmt, (_record(e, triggers, today) for e in shown))


def _print(
    events: Sequence[DeadlineEvent], triggers: Sequence[DeadlineTrigger], today: date, total: int
) -> None:
    if not events:
        click.echo(f"no upcoming deadlines ({total} known; --all lists them all)")
        return
    for event in events:
        to_come = _to_come(event, triggers, today)
        line = f"{event.date}  {countdown(event, today):<12}  {title(event)}"
        if to_come:
            line += f"  (reminders to come: {', '.join(to_come)})"
        click.echo(line)


def countdown(event: DeadlineEvent, today: date) -> str:
    """`today`, `tomorrow`, `in 5 days`, `2 days ago`, or `superseded`."""
    if event.cancelled:
        return "superseded"
    days = event.days_left(today)
    if days in (0, 1):
        return ("today", "tomorrow")[days]
    return f"in {days} days" if days > 0 else f"{-days} day{'s' if days != -1 else ''} ago"


def _to_come(event: DeadlineEvent, triggers: Sequence[DeadlineTrigger], today: date) -> list[str]:
    if event.cancelled:
        return []
    left = timedelta(days=event.days_left(today))
    return [f"{r.days}d" for r in reminders(event.fact, triggers) if timedelta(0) <= r <= left]


def _record(
    event: DeadlineEvent, triggers: Sequence[DeadlineTrigger], today: date
) -> dict[str, Any]:
    fact, p = event.fact, event.known.provenance
    return {
        "uid": event.uid,
        "date": str(event.date),
        "days_left": event.days_left(today),
        "what": fact.what,
        "imposer": fact.imposer,
        "target": fact.target,
        "measure": fact.measure,
        "status": "cancelled" if event.cancelled else "confirmed",
        "sequence": event.sequence,
        "moved_from": [str(d) for d in event.moved_from],
        "superseded_by": str(event.superseded_by) if event.superseded_by else None,
        "reminders": [f"{r.days}d" for r in reminders(fact, triggers)],
        "reminders_to_come": _to_come(event, triggers, today),
        "evidence": fact.evidence,
        "url": p.url,
        "learned_from": p.source,
    }
