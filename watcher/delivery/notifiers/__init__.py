"""Notifiers: one small module per kind, one interface, one explicit registry.

    console.py   readable text on the terminal          file.py     JSON lines appended to a file
    webhook.py   JSON POST, HMAC-signed                  email.py    SMTP, plain text and HTML
    apprise.py   any Apprise URL (chat services)        feed.py     an Atom feed file
    _http.py     the one outgoing HTTP client, shared by the notifiers that POST

A notifier sends one `Message` (one alert, or several for a digest) and raises
`NotifyError(permanent=...)` when it cannot: permanent errors (a 4xx other than 429, a
refused address) are never retried; transient ones are, by `watcher.delivery.outbox`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

import httpx

from watcher.alerting.alerts import Alert
from watcher.delivery.notifiers.config import NotifierConfig


@dataclass(frozen=True, slots=True)
class Message:
    """What one delivery sends. The idempotency key is the same on every retry, so a
    receiver can drop a repeat (it is sent as `Idempotency-Key` / `Message-ID` / entry id)."""

    idempotency_key: str
    alerts: tuple[Alert, ...]
    notifier: str  # the configured name, e.g. "team"
    state_id: str | None = None  # the state the alerts are stored in (`Store.state_id`)

    @property
    def is_digest(self) -> bool:
        return len(self.alerts) > 1


@runtime_checkable
class Notifier(Protocol):
    """Delivers messages to one destination."""

    kind: ClassVar[str]

    def send(self, message: Message) -> None:
        """Deliver, or raise NotifyError saying whether a retry could help."""


NOTIFIERS: Mapping[str, str] = {
    "console": "watcher.delivery.notifiers.console:ConsoleNotifier",
    "file": "watcher.delivery.notifiers.file:FileNotifier",
    "webhook": "watcher.delivery.notifiers.webhook:WebhookNotifier",
    "email": "watcher.delivery.notifiers.email:EmailNotifier",
    "apprise": "watcher.delivery.notifiers.apprise:AppriseNotifier",
    "feed": "watcher.delivery.notifiers.feed:FeedNotifier",
}
"""Kind → class, imported only when a notifier of that kind is built."""


def notifier_class(kind: str) -> type[Any]:
    module, _, name = NOTIFIERS[kind].partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def build_notifier(
    config: NotifierConfig, *, transport: httpx.BaseTransport | None = None
) -> Notifier:
    """The notifier for one configured entry; `transport` reaches the HTTP ones (tests)."""
    cls = notifier_class(config.kind)
    notifier: Notifier = cls(config, transport=transport)
    return notifier
