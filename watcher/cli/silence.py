"""`watcher silence add|list|remove`: mute matching alerts for a while."""

from __future__ import annotations

from datetime import datetime

import click

from watcher.alerting.silences import Silence, parse_matchers
from watcher.cli.common import (
    parse_now,
    reading_store,
    with_settings,
)
from watcher.cli.formats import TEXT, emit, format_option
from watcher.common.durations import parse_duration
from watcher.errors import ConfigError
from watcher.settings import Settings
from watcher.state.silences import Silences
from watcher.state.store import open_store


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
    with open_store(settings.state) as store:
        silence_id = Silences(store).add(rule, fields, reason, now, now + length)
    click.echo(f"silence {silence_id} added until {now + length:%Y-%m-%d %H:%M} UTC")


@silence.command("list")
@with_settings()
@click.option("--now", "now_text", metavar="ISO-TIME")
@format_option()
def list_silences(
    *,
    settings: Settings,
    now_text: str | None,
    fmt: str,
) -> None:
    """Silences, active ones first marked as such."""
    now = parse_now(now_text)
    with reading_store(settings) as store:
        silences = Silences(store).all()
    if fmt != TEXT:
        emit(fmt, (_record(s, now) for s in silences))
        return
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


def _record(s: Silence, now: datetime) -> dict[str, object]:
    """A silence as `--format json|jsonl` prints it (times in ISO 8601, UTC)."""
    return {
        "id": s.id,
        "active": s.active(now),
        "rule": s.rule,
        "matchers": dict(s.matchers),
        "reason": s.reason,
        "created_at": s.created_at.isoformat(),
        "expires_at": s.expires_at.isoformat(),
    }
