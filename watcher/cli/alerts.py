"""`watcher alerts list|show|retry`: the alert history, what became of its deliveries, and
sending dead ones again.

`retry` works beside a running service on the same state file: it marks the chosen dead
deliveries due in the store (a new `give_up_after` window, the same idempotency key), then
delivers them once itself, as `watcher check` does, and prints what became of each. A
delivery it cannot send stays due, and the service's outbox job (or the next `check`) goes on
trying; the claim each sender takes in the store keeps the two from sending it twice.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import click

from watcher.cli.common import (
    EXIT_OK,
    configured_secrets,
    parse_now,
    reading_store,
    with_settings,
)
from watcher.cli.formats import TEXT, emit, emit_one, format_option
from watcher.cli.output import print_alert
from watcher.common.durations import parse_duration
from watcher.common.redact import Secrets
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.outbox import deliver_due
from watcher.errors import ConfigError
from watcher.settings import Settings
from watcher.state.alerts import AlertLog, AlertRow, DeadDelivery
from watcher.state.store import missing_file, open_store

EXIT_UNDELIVERED = 3  # as for `watcher check`: a delivery is still pending or dead


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


def _delivery_rows(row: AlertRow, secrets: Secrets) -> list[dict[str, Any]]:
    """The deliveries as stored, their errors scrubbed of secrets (rows written before
    errors were scrubbed may still hold one)."""
    return [
        {**d, "last_error": secrets.scrub(d["last_error"]) if d["last_error"] else None}
        for d in row.deliveries
    ]


def _record(row: AlertRow, deliveries: list[dict[str, Any]]) -> dict[str, Any]:
    """An alert with what became of it, as `--format json|jsonl` prints it."""
    return {
        **row.alert.to_dict(),
        "state": row.state,
        "reason": row.reason,
        "deliveries": deliveries,
    }


@click.group()
def alerts() -> None:
    """The alert history: what was raised, and what became of its deliveries."""


@alerts.command("list")
@with_settings()
@click.option("--since", metavar="ISO-TIME|DURATION", help="Only alerts since then (e.g. 24h).")
@click.option("--rule", help="Only this rule's alerts.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@format_option()
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
    secrets = configured_secrets(settings)
    if fmt != TEXT:
        emit(fmt, (_record(row, _delivery_rows(row, secrets)) for row in rows))
        return
    for row in rows:
        when = f"{row.alert.created_at:%Y-%m-%d %H:%M}" if row.alert.created_at else ""
        version = f" v{row.alert.version}" if row.alert.is_update else ""
        click.echo(
            f"{row.alert.id:>5}  {when}  {row.alert.severity:<8} {row.alert.rule}"
            f"{version}: {row.alert.title}  [{row.state}; {_deliveries(row)}]"
        )


@alerts.command("show")
@with_settings()
@click.argument("alert_id", type=int)
@format_option()
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
    deliveries = _delivery_rows(row, configured_secrets(settings))
    if fmt != TEXT:
        emit_one(fmt, _record(row, deliveries))
        return
    print_alert(row.alert)
    click.echo(f"   state: {row.state} ({row.reason})")
    for d in deliveries:
        error = f" — {d['last_error']}" if d["last_error"] else ""
        click.echo(
            f"   delivery to {d['notifier']}: {d['state']} after {d['attempts']} attempt(s){error}"
        )


@alerts.command("retry")
@with_settings()
@click.argument("alert_id", type=int, required=False)
@click.option("--dead", "every", is_flag=True, help="Every dead delivery.")
@click.option(
    "--since", metavar="ISO-TIME|DURATION", help="Deliveries that died since then (e.g. 24h)."
)
@click.option("--now", "now_text", metavar="ISO-TIME", help="The time the retry believes it is.")
def retry_alerts(
    *,
    settings: Settings,
    alert_id: int | None,
    every: bool,
    since: str | None,
    now_text: str | None,
) -> None:
    """Send dead deliveries again, under the same idempotency keys: of one alert (ID), all
    of them (--dead), or those that died since a time (--since 24h). Exit 3 when one still
    did not arrive."""
    if sum((alert_id is not None, every, since is not None)) != 1:
        raise click.UsageError("give one of ID, --dead or --since")
    now = parse_now(now_text)
    missing = missing_file(settings.state)
    if missing:
        raise ConfigError(f"no state file at {missing}: nothing to retry")
    with open_store(settings.state) as store:
        outbox = AlertLog(store)
        if alert_id is not None and outbox.get(alert_id) is None:
            raise ConfigError(f"no alert with id {alert_id}")
        dead = outbox.dead(alert_id=alert_id, since=_since(since, now))
        code = _retry(outbox, dead, settings, now)
    sys.exit(code)


def _retry(outbox: AlertLog, dead: list[DeadDelivery], settings: Settings, now: datetime) -> int:
    """Mark them due, deliver them once now, print what became of each; the exit code."""
    if not dead:
        click.echo("no dead deliveries to retry")
        return EXIT_OK
    stale = [d for d in dead if d.superseded]
    outbox.supersede(d.id for d in stale)
    for d in stale:
        click.echo(f"{_label(d)}: not sent, a newer version of the alert replaces it")
    wanted = [d for d in dead if not d.superseded]
    outbox.retry((d.id for d in wanted), now)
    secrets = configured_secrets(settings)
    notifiers = {name: build_notifier(config) for name, config in settings.notifiers.items()}
    only = {d.id for d in wanted}
    deliver_due(
        outbox, notifiers, settings.notifiers, now, settings.delivery, secrets=secrets, only=only
    )
    states = outbox.delivery_states(only)
    for d in wanted:
        state, error = states[d.id]
        click.echo(f"{_label(d)}: {_outcome(state, secrets.scrub(error or ''))}")
    arrived = all(states[d.id][0] == "delivered" for d in wanted)
    return EXIT_OK if arrived else EXIT_UNDELIVERED


def _label(d: DeadDelivery) -> str:
    return f"alert {d.alert_id} ({d.title}) → {d.notifier}"


_OUTCOMES = {
    "delivered": "delivered",
    "pending": "failed again, kept pending for another try: {error}",
    "dead": "dead again: {error}",
    "sending": "being sent by another watcher process",
}


def _outcome(state: str, error: str) -> str:
    return _OUTCOMES.get(state, state).format(error=error)
