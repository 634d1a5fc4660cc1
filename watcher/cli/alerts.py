"""`watcher alerts list|show`, `watcher silence add|list|remove`, `watcher notify test`."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import click

from watcher.alerts import Alert, SourceRef
from watcher.cli.common import (
    EXIT_OK,
    parse_now,
    reading_store,
    with_settings,
)
from watcher.durations import parse_duration
from watcher.errors import ConfigError, NotifyError
from watcher.models import Status, TariffRate
from watcher.notifiers import Message, build_notifier
from watcher.outbox import AlertLog, AlertRow, Silences
from watcher.output import emit_json, print_alert
from watcher.settings import Settings
from watcher.silences import parse_matchers
from watcher.store import open_store

EXIT_FAILED = 1


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


@click.group()
def silence() -> None:
    """Silences: matching alerts are recorded but not sent, until the silence expires."""


@silence.command("add")
@with_settings()
@click.option("--rule", help="Silence this rule's alerts.")
@click.option(
    "--match",
    "matchers",
    multiple=True,
    metavar="FIELD=VALUE",
    help="Silence alerts whose field has this value (repeatable).",
)
@click.option("--for", "duration", required=True, metavar="DURATION", help="e.g. 2h, 3d.")
@click.option("--reason", required=True, help="Why, for whoever reads `silence list`.")
@click.option("--now", "now_text", metavar="ISO-TIME")
def add_silence(
    *,
    settings: Settings,
    rule: str | None,
    matchers: tuple[str, ...],
    duration: str,
    reason: str,
    now_text: str | None,
) -> None:
    """Silence alerts of a rule, or matching fields, for a while."""
    if not rule and not matchers:
        raise click.UsageError("give --rule, --match FIELD=VALUE, or both")
    try:
        fields, length = parse_matchers(matchers), parse_duration(duration)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    now = parse_now(now_text)
    with open_store(settings.state_path) as store:
        silence_id = Silences(store).add(rule, fields, reason, now, now + length)
    click.echo(f"silence {silence_id} added until {now + length:%Y-%m-%d %H:%M} UTC")


@silence.command("list")
@with_settings()
@click.option("--now", "now_text", metavar="ISO-TIME")
def list_silences(
    *,
    settings: Settings,
    now_text: str | None,
) -> None:
    """Silences, active ones first marked as such."""
    now = parse_now(now_text)
    with reading_store(settings) as store:
        silences = Silences(store).all()
    for s in silences:
        what = " ".join(
            [f"rule={s.rule}"] * bool(s.rule) + [f"{k}={v}" for k, v in s.matchers.items()]
        )
        status = "active" if s.active(now) else "expired"
        click.echo(
            f"{s.id:>4}  {status:<7} until {s.expires_at:%Y-%m-%d %H:%M}  {what}  — {s.reason}"
        )


@silence.command("remove")
@with_settings()
@click.argument("silence_id", type=int)
def remove_silence(
    *,
    settings: Settings,
    silence_id: int,
) -> None:
    """Remove a silence."""
    with reading_store(settings) as store:
        removed = Silences(store).remove(silence_id)
    if not removed:
        raise ConfigError(f"no silence with id {silence_id}")
    click.echo(f"silence {silence_id} removed")


def sample_alert(now: datetime) -> Alert:
    """A canned alert, plainly marked as a test, written for `notify test`."""
    fact = TariffRate(
        Status.ANNOUNCED,
        "This is a test alert sent by `watcher notify test`.",
        "US",
        "China",
        "all goods",
        30.0,
    )
    return Alert(
        rule="watcher-test",
        trigger="tariff_rate",
        severity="info",
        key="watcher-test",
        event="test",
        title="watcher test alert",
        message="This is a test alert from watcher; no action is needed.",
        facts=(fact,),
        comparison=None,
        known=None,
        sources=(SourceRef("watcher", None, "notify test", now),),
        notify=(),
        created_at=now,
    )


@click.group()
def notify() -> None:
    """Notifiers."""


@notify.command("test")
@with_settings()
@click.argument("name")
def test_notifier(
    *,
    settings: Settings,
    name: str,
) -> None:
    """Send a sample alert through one configured notifier and report the result."""
    if name not in settings.notifiers:
        raise ConfigError(
            f"no notifier named {name!r}; configured: {', '.join(settings.notifiers) or 'none'}"
        )
    now = datetime.now(UTC)
    message = Message(f"test.{int(now.timestamp())}.{name}", (sample_alert(now),), name)
    try:
        build_notifier(settings.notifiers[name]).send(message)
    except NotifyError as exc:
        kind = "permanent" if exc.permanent else "transient (a retry may work)"
        click.echo(f"{name}: failed, {kind}: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"{name}: sent")
    sys.exit(EXIT_OK)
