"""`watcher alerts list|show`: the alert history and what became of its deliveries."""

from __future__ import annotations

import json
from datetime import datetime

import click

from watcher.cli.common import (
    parse_now,
    reading_store,
    with_settings,
)
from watcher.cli.output import emit_json, print_alert
from watcher.common.durations import parse_duration
from watcher.errors import ConfigError
from watcher.settings import Settings
from watcher.state.alerts import AlertLog, AlertRow


def _since(text: str | None, now: datetime) -> datetime | None:
    """`--since` as an ISO time or a duration back from now (`24h`, `7d`)."""
    if text is None:
        return None
    try:
        return now - parse_duration(text)
    except ValueError:
        return parse_now(text)


def _deliveries(row: AlertRow) -> str:
    states = [d["state"] for d in row.deliveries]
    parts = [
        f"{states.count(s)} {s}"
        for s in ("delivered", "pending", "dead", "superseded")
        if states.count(s)
    ]
    return ", ".join(parts) or "-"


@click.group()
def alerts() -> None:
    """The alert history: what was raised, and what became of its deliveries."""


@alerts.command("list")
@with_settings()
@click.option("--since", metavar="ISO-TIME|DURATION", help="Only alerts since then (e.g. 24h).")
@click.option("--rule", help="Only this rule's alerts.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text")
@click.option("--now", "now_text", metavar="ISO-TIME", help="The time to count --since from.")
def list_alerts(
    *,
    settings: Settings,
    since: str | None,
    rule: str | None,
    limit: int,
    fmt: str,
    now_text: str | None,
) -> None:
    """List recent alerts, newest first, with their delivery state."""
    with reading_store(settings) as store:
        rows = AlertLog(store).list(
            since=_since(since, parse_now(now_text)), rule=rule, limit=limit
        )
    for row in rows:
        if fmt == "jsonl":
            emit_json(
                {
                    **row.alert.to_dict(),
                    "state": row.state,
                    "reason": row.reason,
                    "deliveries": list(row.deliveries),
                }
            )
            continue
        when = f"{row.alert.created_at:%Y-%m-%d %H:%M}" if row.alert.created_at else ""
        version = f" v{row.alert.version}" if row.alert.is_update else ""
        click.echo(
            f"{row.alert.id:>5}  {when}  {row.alert.severity:<8} {row.alert.rule}"
            f"{version}: {row.alert.title}  [{row.state}; {_deliveries(row)}]"
        )


@alerts.command("show")
@with_settings()
@click.argument("alert_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def show_alert(
    *,
    settings: Settings,
    alert_id: int,
    fmt: str,
) -> None:
    """One alert in full: message, facts, sources and every delivery."""
    with reading_store(settings) as store:
        row = AlertLog(store).get(alert_id)
    if row is None:
        raise ConfigError(f"no alert with id {alert_id}")
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    **row.alert.to_dict(),
                    "state": row.state,
                    "reason": row.reason,
                    "deliveries": list(row.deliveries),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    print_alert(row.alert)
    click.echo(f"   state: {row.state} ({row.reason})")
    for d in row.deliveries:
        error = f" — {d['last_error']}" if d["last_error"] else ""
        click.echo(
            f"   delivery to {d['notifier']}: {d['state']} after {d['attempts']} attempt(s){error}"
        )
