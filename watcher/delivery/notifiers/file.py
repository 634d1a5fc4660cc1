"""Alerts as JSON lines appended to a file, for scripts, `jq` and log shippers."""

from __future__ import annotations

from typing import ClassVar

import httpx

from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._files import append_durably, write_error
from watcher.delivery.notifiers._text import to_json
from watcher.delivery.notifiers.config import FileConfig


class FileNotifier:
    """Appends one JSON object per alert: the idempotency key, the notifier name, the alert.

    Each line carries the message's idempotency key, so a reader can drop the duplicate that a
    retry after a failed fsync may leave. The file is synced before `send` returns: a line
    recorded as delivered is on disk.
    """

    kind: ClassVar[str] = "file"

    def __init__(self, config: FileConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self._path = config.path.expanduser()

    def send(self, message: Message) -> None:
        """Append every alert of the message in one write; OSError becomes NotifyError."""
        head = {"idempotency_key": message.idempotency_key, "notifier": message.notifier}
        lines = "".join(to_json({**head, **alert.to_dict()}) + "\n" for alert in message.alerts)
        try:
            append_durably(self._path, lines)
        except OSError as exc:
            raise write_error(self._path, exc) from exc
