"""`watcher run`, `watcher health`, `watcher status` and `watcher sources list`."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta

import click

from watcher.cli.common import (
    EXIT_OK,
    check_notifier_names,
    configured_secrets,
    parse_now,
    reading_store,
    with_settings,
)
from watcher.cli.formats import TEXT, emit, emit_one, format_option
from watcher.common.durations import format_duration, format_relative
from watcher.common.redact import Secrets
from watcher.errors import ConfigError
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import Source, load_sources
from watcher.pipeline.health import Health, health_of
from watcher.service.daemon import Service
from watcher.service.ops import parse_listen
from watcher.settings import Settings
from watcher.state.alerts import AlertLog, DeadDelivery
from watcher.state.leases import Instance, Lease, Leases
from watcher.state.lock import service_lock
from watcher.state.store import SourceState, Store, open_store, sqlite_path

EXIT_UNHEALTHY = 1
DEAD_SHOWN = 20  # `watcher status` lists this many dead deliveries, the latest


def _listen(settings: Settings, http: str | None) -> tuple[str, int] | None:
    try:
        return parse_listen(http if http is not None else settings.http_listen)
    except ValueError as exc:
        raise ConfigError(f"http_listen (WATCHER_HTTP_LISTEN / --http): {exc}") from None


@click.command()
@with_settings(sources=True, rules=True, service=True)
@click.option("--http", metavar="HOST:PORT|off", help="Address of /healthz, /readyz, /metrics.")
@click.option(
    "--catch-up",
    is_flag=True,
    help="Alert on what a source lists at its first poll and on old articles too.",
)
def run(
    *,
    settings: Settings,
    http: str | None,
    catch_up: bool,
) -> None:
    """Run as a service: poll every source on its schedule until stopped."""
    listen = _listen(settings, http)
    with (
        service_lock(sqlite_path(settings.state)),  # one service per SQLite state file
        open_store(settings.state) as store,
        Fetcher(settings.fetch) as fetcher,
    ):
        service = Service(
            settings,
            store,
            fetcher,
            sources_file=settings.sources_file,
            catch_up=catch_up,
            listen=listen,
            check_rules=lambda rules: check_notifier_names(rules, settings),
        )
        code = service.run()
    sys.exit(code)


@click.command()
@with_settings()
@click.option("--http", metavar="HOST:PORT", help="Where the service listens.")
def health(
    *,
    settings: Settings,
    http: str | None,
) -> None:
    """Exit 0 when the local service answers /healthz (for container health checks)."""
    address = _listen(settings, http)
    if address is None:
        raise ConfigError("the service's HTTP endpoint is off (http_listen = off)")
    host = "127.0.0.1" if address[0] in ("0.0.0.0", "::", "") else address[0]  # noqa: S104
    url = f"http://{host}:{address[1]}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            ok = response.status == 200  # noqa: PLR2004
    except (urllib.error.URLError, OSError) as exc:
        click.echo(f"unhealthy: {url}: {exc}", err=True)
        sys.exit(EXIT_UNHEALTHY)
    click.echo("ok" if ok else "unhealthy")
    sys.exit(EXIT_OK if ok else EXIT_UNHEALTHY)


def _when(moment: datetime | None, now: datetime, missing: str = "never") -> str:
    """`2025-11-06 12:00:05 (3 min ago)`: to the second, and how long ago or how soon."""
    if moment is None:
        return missing
    return f"{moment:%Y-%m-%d %H:%M:%S} ({format_relative(moment, now)})"


@dataclass(frozen=True)
class _Row:
    source: Source
    state: SourceState
    health: Health


def _rows(settings: Settings, store: Store, now: datetime) -> list[_Row]:
    """Every configured source with its stored state and health verdict."""
    rows = []
    for source in load_sources(settings.sources_file):
        state = store.source_state(source.id)
        rows.append(_Row(source, state, health_of(source, state, now, settings.health_failures)))
    return rows


def _health_word(row: _Row) -> str:
    return row.health.status if row.state.last_poll_at else "not polled yet"


@click.group()
def sources() -> None:
    """The sources file and each source's state."""


@sources.command("list")
@with_settings(sources=True)
@click.option("--now", "now_text", metavar="ISO-TIME")
@format_option()
def list_sources(*, settings: Settings, now_text: str | None, fmt: str) -> None:
    """Each source: schedule, last poll and its result, next poll, health."""
    now = parse_now(now_text)
    with reading_store(settings) as store:
        rows = _rows(settings, store, now)
    if fmt != TEXT:
        emit(fmt, (_source_record(r) for r in rows))
        return
    for r in rows:
        st = r.state
        result = (
            f"error: {st.last_error}"
            if st.consecutive_failures
            else ("ok" if st.last_poll_at else "not polled yet")
        )
        enabled = "" if r.source.enabled else " (disabled)"
        why = f" ({r.health.reason})" if r.health.status != "healthy" else ""
        click.echo(
            f"{r.source.id}{enabled}  {r.source.kind}  "
            f"{r.source.cron or f'every {format_duration(r.source.interval)}'}\n"
            f"  last poll {_when(st.last_poll_at, now)}: {result}\n"
            f"  next poll {_when(st.next_poll_at, now, 'set by watcher run')} · health: "
            f"{_health_word(r)}{why}"
        )


@click.command()
@with_settings(sources=True)
@click.option("--now", "now_text", metavar="ISO-TIME")
@format_option()
def status(*, settings: Settings, now_text: str | None, fmt: str) -> None:
    """Sources in brief, and the outbox: what is pending and what failed for good."""
    now = parse_now(now_text)
    with reading_store(settings) as store:
        rows = _rows(settings, store, now)
        counts = AlertLog(store).counts()
        dead = AlertLog(store).dead()
        shared = (Leases(store).instances(), Leases(store).leases()) if store.shared else None
    if fmt != TEXT:
        emit_one(fmt, _status_record(rows, counts, dead, configured_secrets(settings)))
        return
    for r in rows:
        click.echo(
            f"{r.source.id:<24} last {_when(r.state.last_poll_at, now):<34} "
            f"next {_when(r.state.next_poll_at, now, '-'):<34} {_health_word(r)}"
        )
    click.echo(
        f"\noutbox: {counts.get('pending', 0)} pending, {counts.get('dead', 0)} dead "
        f"(failed for good), {counts.get('delivered', 0)} delivered"
    )
    _print_dead(dead, settings, now)
    if shared is not None and any(shared):  # a service has run on the shared state
        _print_instances(*shared, now, timedelta(seconds=settings.lease_s))


def _print_instances(
    instances: list[Instance], leases: list[Lease], now: datetime, ttl: timedelta
) -> None:
    """On a shared (PostgreSQL) state: each instance, whether it is live, and its leases."""
    click.echo(f"\ninstances: {len(instances)}")
    for i in instances:
        live = "live" if now - i.heartbeat_at <= ttl else "silent"
        held = [x.name for x in leases if x.holder == i.id and x.expires_at > now]
        click.echo(
            f"  {i.host} pid {i.pid} v{i.version}  {live}, heartbeat {_when(i.heartbeat_at, now)}"
            f"  leases ({len(held)}): {', '.join(held) or '-'}"
        )
    orphans = [x for x in leases if x.holder not in {i.id for i in instances}]
    for x in orphans:
        click.echo(f"  lease {x.name}: held by {x.holder} until {_when(x.expires_at, now)}")


def _print_dead(dead: list[DeadDelivery], settings: Settings, now: datetime) -> None:
    """Dead deliveries are a health problem: each of the latest with why, and the remedy."""
    if not dead:
        return
    secrets = configured_secrets(settings)
    for d in dead[-DEAD_SHOWN:]:
        why = "refused" if d.permanent else "gave up"
        error = secrets.scrub(d.last_error or "")
        click.echo(
            f"  alert {d.alert_id} → {d.notifier}: dead after {d.attempts} attempt(s), "
            f"{why} {_when(d.died_at, now)}: {error}"
        )
    if len(dead) > DEAD_SHOWN:
        click.echo(f"  ... and {len(dead) - DEAD_SHOWN} earlier (watcher alerts list)")
    click.echo(
        "  send them again with `watcher alerts retry --dead` "
        "(one alert: `watcher alerts retry ID`)"
    )


# -- `--format json|jsonl` of `sources list` and `status`: times in ISO 8601, UTC ----------------


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _source_record(r: _Row) -> dict[str, object]:
    """One source with its schedule, last and next poll, and health."""
    return {
        "id": r.source.id,
        "kind": r.source.kind,
        "enabled": r.source.enabled,
        "cron": r.source.cron,
        "interval_s": r.source.interval.total_seconds(),
        "last_poll_at": _iso(r.state.last_poll_at),
        "last_ok_at": _iso(r.state.last_ok_at),
        "last_error": r.state.last_error,
        "consecutive_failures": r.state.consecutive_failures,
        "next_poll_at": _iso(r.state.next_poll_at),
        "health": _health_word(r),
        "health_reason": r.health.reason,
    }


def _status_record(
    rows: list[_Row], counts: dict[str, int], dead: list[DeadDelivery], secrets: Secrets
) -> dict[str, object]:
    """The sources, the outbox's counts, and every dead delivery with its scrubbed error."""
    return {
        "sources": [_source_record(r) for r in rows],
        "outbox": {s: counts.get(s, 0) for s in ("pending", "dead", "delivered")},
        "dead": [
            {
                "alert_id": d.alert_id,
                "notifier": d.notifier,
                "attempts": d.attempts,
                "permanent": d.permanent,
                "died_at": _iso(d.died_at),
                "error": secrets.scrub(d.last_error or ""),
            }
            for d in dead
        ],
    }
