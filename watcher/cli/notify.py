"""`watcher notify test`: send a sample alert through one configured notifier."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click

from watcher.alerting.alerts import Alert, SourceRef
from watcher.cli.common import (
    EXIT_OK,
    configured_secrets,
    with_settings,
)
from watcher.delivery.notifiers import Message, build_notifier
from watcher.errors import ConfigError, NotifyError
from watcher.facts.registry import TariffRate
from watcher.models import Status
from watcher.settings import Settings

EXIT_FAILED = 1


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
    except NotifyError as exc:  # the server's words, which may quote a password or token
        kind = "permanent" if exc.permanent else "transient (a retry may work)"
        reason = configured_secrets(settings).scrub(str(exc))
        click.echo(f"{name}: failed, {kind}: {reason}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"{name}: sent")
    sys.exit(EXIT_OK)
