"""Alerts as a JSON POST to any URL, signed with HMAC-SHA256 when a secret is set."""

from __future__ import annotations

import hashlib
import hmac
from typing import ClassVar

import httpx

from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._http import post
from watcher.delivery.notifiers._text import to_json
from watcher.delivery.notifiers.config import WebhookConfig

SIGNATURE_HEADER = "X-Watcher-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def signature(secret: bytes, body: bytes) -> str:
    """`sha256=<hex>`: the HMAC-SHA256 of the exact body bytes, as GitHub signs its webhooks.

    The receiver recomputes it over the raw body it read (before parsing JSON) and compares
    with `hmac.compare_digest`. A replayed request carries the same `Idempotency-Key`, so
    receivers that keep recent keys also drop replays.
    """
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


class WebhookNotifier:
    """POSTs `{"idempotency_key", "digest", "alerts": [...]}` as JSON to the configured URL.

    Headers: `Content-Type`, `Idempotency-Key` (the same on every retry), the configured ones,
    and `X-Watcher-Signature` when a secret is set. The protocol headers are set last, so a
    configured header cannot replace them.
    """

    kind: ClassVar[str] = "webhook"

    def __init__(
        self, config: WebhookConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self._config = config
        self._transport = transport

    def send(self, message: Message) -> None:
        """POST once; `_http.post` decides whether a failure is worth a retry."""
        body = to_json(
            {
                "idempotency_key": message.idempotency_key,
                "digest": message.is_digest,
                "alerts": [alert.to_dict() for alert in message.alerts],
            }
        ).encode()
        post(
            self._config.url,
            content=body,
            headers=self._headers(message, body),
            timeout_s=self._config.timeout_s,
            transport=self._transport,
        )

    def _headers(self, message: Message, body: bytes) -> dict[str, str]:
        own = {"Content-Type": "application/json", IDEMPOTENCY_HEADER: message.idempotency_key}
        if self._config.secret is not None:
            secret = self._config.secret.get_secret_value().encode()
            own[SIGNATURE_HEADER] = signature(secret, body)
        names = {name.lower() for name in own}
        configured = {k: v for k, v in self._config.headers.items() if k.lower() not in names}
        return {**configured, **own}
