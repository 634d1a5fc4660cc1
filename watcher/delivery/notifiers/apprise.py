"""Alerts to any service Apprise knows (Slack, Discord, Telegram, Teams, ntfy, Matrix, ...).

Apprise is imported inside `send`, so configurations without it never load its plugins. It
does its own HTTP (with requests), so the injected `transport` cannot reach it; tests point
its URLs at a loopback server instead.

Apprise URLs hold tokens and passwords, so no message, log or error here shows one: a URL
is named by its position in the configured list.
"""

from __future__ import annotations

from typing import ClassVar

import httpx

from watcher.common.extras import require
from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._text import body_lines, heading, message_text, subject
from watcher.delivery.notifiers.config import AppriseConfig
from watcher.errors import NotifyError

_NOTIFY_TYPES = {"info": "info", "warning": "warning", "critical": "failure"}
"""Severity → Apprise's NotifyType value (which picks the icon or colour a service shows),
least severe first."""


class AppriseNotifier:
    """Sends each message to every configured Apprise URL at once.

    The title is the alert's heading (a digest's is `N watcher alerts`); the body is the
    message, facts and sources as plain text. Apprise reports only success or failure, so a
    failure is transient: the next attempt may succeed, and a service that delivered the first
    time may show the message twice.
    """

    kind: ClassVar[str] = "apprise"

    def __init__(
        self, config: AppriseConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self._config = config

    def send(self, message: Message) -> None:
        """Build the Apprise object, notify, and raise NotifyError when Apprise says it failed."""
        apprise = require("apprise")  # heavy (loads every plugin); only this kind needs it

        sender = apprise.Apprise()
        for index, url in enumerate(self._config.urls, start=1):
            if not sender.add(url.get_secret_value()):
                raise NotifyError(
                    f"apprise URL #{index} of {len(self._config.urls)} is not valid "
                    "(unknown scheme or missing fields)",
                    permanent=True,
                )
        ok = sender.notify(
            body=_body(message),
            title=subject(message),
            notify_type=_notify_type(message),
            body_format=apprise.NotifyFormat.TEXT,
        )
        if not ok:
            raise NotifyError(
                f"apprise could not deliver to at least one of {len(self._config.urls)} URL(s); "
                "its log says which"
            )


def _body(message: Message) -> str:
    """The title already carries a single alert's heading, so the body starts below it."""
    if message.is_digest:
        return message_text(message)
    return "\n".join(body_lines(message.alerts[0])) or heading(message.alerts[0])


def _notify_type(message: Message) -> str:
    """The most severe alert's type, so a digest with one critical alert looks critical."""
    rank = list(_NOTIFY_TYPES)
    worst = max(message.alerts, key=lambda a: rank.index(a.severity) if a.severity in rank else 0)
    return _NOTIFY_TYPES.get(worst.severity, "info")
