"""The webhook notifier POSTs signed JSON and says which failures are worth a retry."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Any

import httpx
import pytest

from tests.notifiers.helpers import free_port, make_alert, make_message
from tests.servers import LoopbackServer, Reply
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers._text import truncate
from watcher.delivery.notifiers.config import WebhookConfig
from watcher.delivery.notifiers.webhook import WebhookNotifier
from watcher.errors import NotifyError


def _notifier(url: str, **settings: Any) -> WebhookNotifier:
    return WebhookNotifier(WebhookConfig(kind="webhook", url=url, **settings))


def test_posts_signed_json_with_idempotency_key(http_server: LoopbackServer) -> None:
    """The receiver gets the alert as JSON, the key, the configured headers and a valid HMAC."""
    http_server.script("/hook", Reply(204))
    alert = make_alert()
    notifier = _notifier(
        http_server.url("/hook"), secret="s3cret-value", headers={"Authorization": "Bearer t0k"}
    )
    notifier.send(make_message(alert, key="key-42"))
    (request,) = http_server.requests_to("/hook")
    assert request.method == "POST"
    assert json.loads(request.body) == {
        "idempotency_key": "key-42",
        "digest": False,
        "alerts": [alert.to_dict()],
    }
    assert request.headers["content-type"] == "application/json"
    assert request.headers["idempotency-key"] == "key-42"
    assert request.headers["authorization"] == "Bearer t0k"
    assert request.headers["user-agent"].startswith("watcher/")
    expected = hmac.new(b"s3cret-value", request.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request.headers["x-watcher-signature"], f"sha256={expected}")


def test_unsigned_without_secret_and_digest_flagged(http_server: LoopbackServer) -> None:
    """Without a secret there is no signature header; a digest carries all its alerts."""
    http_server.script("/hook", Reply(200))
    alerts = (make_alert(title="One"), make_alert(title="Two"))
    _notifier(http_server.url("/hook")).send(make_message(*alerts))
    (request,) = http_server.requests_to("/hook")
    body = json.loads(request.body)
    assert body["digest"] is True
    assert [a["title"] for a in body["alerts"]] == ["One", "Two"]
    assert "x-watcher-signature" not in request.headers


def test_configured_headers_cannot_replace_protocol_headers(http_server: LoopbackServer) -> None:
    """A configured Idempotency-Key or signature header is overridden by the real one."""
    http_server.script("/hook", Reply(200))
    headers = {"idempotency-key": "forged", "X-Watcher-Signature": "sha256=0"}
    _notifier(http_server.url("/hook"), headers=headers, secret="k").send(make_message())
    (request,) = http_server.requests_to("/hook")
    assert request.headers["idempotency-key"] == "k-0001"
    assert request.headers["x-watcher-signature"] != "sha256=0"


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_error_is_transient(http_server: LoopbackServer, status: int) -> None:
    """A 5xx answer raises a transient NotifyError naming the status and URL."""
    http_server.script("/hook", Reply(status, b"try later"))
    expected = re.escape(f"HTTP {status} from {http_server.url('/…')}")
    with pytest.raises(NotifyError, match=expected) as e:
        _notifier(http_server.url("/hook")).send(make_message())
    assert not e.value.permanent


def test_rate_limit_is_transient_with_retry_after(http_server: LoopbackServer) -> None:
    """A 429 is transient, and the pause the receiver asks for is in the message."""
    http_server.script("/hook", Reply(429, headers={"Retry-After": "30"}))
    with pytest.raises(NotifyError, match=r"HTTP 429 .*Retry-After: 30s") as caught:
        _notifier(http_server.url("/hook")).send(make_message())
    assert not caught.value.permanent


def test_client_error_is_permanent_and_hides_secrets(http_server: LoopbackServer) -> None:
    """A 400 is permanent; the message names status, host and body but no token, secret or
    path (a webhook's path is often its credential)."""
    http_server.script("/hook", Reply(400, b'{"error": "bad field"}'))
    url = http_server.url("/hook?token=query-t0ken").replace("http://", "http://user:pw@")
    with pytest.raises(NotifyError) as caught:
        _notifier(url, secret="s3cret-value").send(make_message())
    text = str(caught.value)
    assert caught.value.permanent
    assert text == f'HTTP 400 from {http_server.url("/…")}: {{"error": "bad field"}}'
    for secret in ("query-t0ken", "s3cret-value", "pw@", "/hook"):
        assert secret not in text


def test_redirect_is_not_followed(http_server: LoopbackServer) -> None:
    """A redirect is a permanent error: a POST turned into a GET would deliver nothing."""
    http_server.script("/hook", Reply(302, headers={"Location": "/elsewhere"}))
    with pytest.raises(NotifyError, match="HTTP 302") as caught:
        _notifier(http_server.url("/hook")).send(make_message())
    assert caught.value.permanent
    assert http_server.requests_to("/elsewhere") == []


def test_stalled_receiver_times_out_as_transient(http_server: LoopbackServer) -> None:
    """A receiver that does not answer within the timeout gives a transient error."""
    http_server.script("/hook", Reply(200, delay_s=5))
    with pytest.raises(NotifyError, match=r"timed out after 0\.2s") as caught:
        _notifier(http_server.url("/hook"), timeout_s=0.2).send(make_message())
    assert not caught.value.permanent


def test_refused_connection_is_transient() -> None:
    """Nothing listening on the port is a transient connection failure."""
    url = f"http://127.0.0.1:{free_port()}/hook"
    with pytest.raises(NotifyError, match="connection failed posting to") as caught:
        _notifier(url).send(make_message())
    assert not caught.value.permanent


def test_injected_transport_receives_the_request() -> None:
    """`build_notifier(transport=...)` routes the POST through the given transport."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(202)

    config = WebhookConfig(kind="webhook", url="https://hooks.example.org/in")
    build_notifier(config, transport=httpx.MockTransport(handler)).send(make_message())
    assert [str(r.url) for r in seen] == ["https://hooks.example.org/in"]


def test_long_error_body_is_cut(http_server: LoopbackServer) -> None:
    """A long 4xx body is cut to a short excerpt in the error message."""
    http_server.script("/hook", Reply(422, b"x" * 5000))
    with pytest.raises(NotifyError) as caught:
        _notifier(http_server.url("/hook")).send(make_message())
    assert str(caught.value).endswith("x…")
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("short", 10, "short"), ("exactly10!", 10, "exactly10!"), ("a bit too long", 6, "a bit…")],
)
def test_truncate(text: str, limit: int, expected: str) -> None:
    """Text over the limit is cut to the limit, ending with an ellipsis."""
    assert truncate(text, limit) == expected
