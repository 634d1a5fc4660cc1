"""The Apprise notifier reaches real receivers on loopback through Apprise's own plugins."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest
from pydantic import SecretStr

from tests.notifiers.helpers import free_port, make_alert, make_message
from tests.servers import LoopbackServer, Reply
from watcher.delivery.notifiers.apprise import AppriseNotifier
from watcher.delivery.notifiers.config import AppriseConfig
from watcher.errors import NotifyError

# Apprise's email plugin imports the stdlib `imghdr` on Python < 3.13, which warns when the
# plugins load (on the first `add`); that is Apprise's business, not a failure of ours.
pytestmark = pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")


def _notifier(*urls: str) -> AppriseNotifier:
    return AppriseNotifier(AppriseConfig(kind="apprise", urls=tuple(SecretStr(u) for u in urls)))


def _address(server: LoopbackServer) -> str:
    return f"127.0.0.1:{server.port}"


def test_json_receives_title_body_and_type(http_server: LoopbackServer) -> None:
    """json:// POSTs the heading as title, the alert text as message, severity as type."""
    http_server.script("/hook", Reply(200))
    _notifier(f"json://{_address(http_server)}/hook").send(make_message())
    (request,) = http_server.requests_to("/hook")
    body = json.loads(request.body)
    assert body["title"] == "[warning] Widget duty raised to 40%"
    assert body["message"].startswith("The duty on imported widgets goes up to 40 percent.\n")
    assert "Source: Widget duty climbs <https://news.example.org/widgets>" in body["message"]
    assert body["type"] == "warning"


def test_ntfy_publishes_to_its_topic(http_server: LoopbackServer) -> None:
    """ntfy:// publishes JSON with the topic to the server root, as ntfy's API expects."""
    http_server.script("/", Reply(200, b'{"id": "x1"}'))
    _notifier(f"ntfy://{_address(http_server)}/trade-alerts").send(
        make_message(make_alert(severity="critical"))
    )
    (request,) = http_server.requests_to("/")
    body = json.loads(request.body)
    assert body["topic"] == "trade-alerts"
    assert body["title"] == "[critical] Widget duty raised to 40%"
    assert "goes up to 40 percent" in body["message"]


def test_form_and_digest(http_server: LoopbackServer) -> None:
    """form:// posts form fields; a digest is titled by its count and lists every alert."""
    http_server.script("/form", Reply(200))
    message = make_message(make_alert(), make_alert(title="Port fees doubled", severity="critical"))
    _notifier(f"form://{_address(http_server)}/form").send(message)
    (request,) = http_server.requests_to("/form")
    fields = parse_qs(request.body.decode())
    assert fields["title"] == ["2 watcher alerts"]
    assert "[critical] Port fees doubled" in fields["message"][0]
    assert fields["type"] == ["failure"]


def test_every_url_is_notified(http_server: LoopbackServer) -> None:
    """Each configured URL gets the message."""
    http_server.script("/a", Reply(200))
    http_server.script("/b", Reply(200))
    address = _address(http_server)
    _notifier(f"json://{address}/a", f"json://{address}/b").send(make_message())
    assert len(http_server.requests_to("/a")) == len(http_server.requests_to("/b")) == 1


def test_failed_delivery_is_transient(http_server: LoopbackServer) -> None:
    """A receiver answering 500 makes Apprise report failure, which may pass on retry."""
    http_server.script("/hook", Reply(500))
    with pytest.raises(NotifyError, match="could not deliver") as caught:
        _notifier(f"json://{_address(http_server)}/hook").send(make_message())
    assert not caught.value.permanent


def test_unreachable_receiver_is_transient() -> None:
    """Nothing listening on the port is a transient failure."""
    with pytest.raises(NotifyError) as caught:
        _notifier(f"json://127.0.0.1:{free_port()}/hook").send(make_message())
    assert not caught.value.permanent


def test_invalid_url_is_permanent_and_not_shown(http_server: LoopbackServer) -> None:
    """An unusable URL is named by position only, since URLs hold tokens, and nothing is sent."""
    http_server.script("/hook", Reply(200))
    good = f"json://{_address(http_server)}/hook"
    with pytest.raises(NotifyError, match="URL #2 of 2 is not valid") as caught:
        _notifier(good, "nosuchservice://s3cret-t0ken@example.org").send(make_message())
    assert caught.value.permanent
    assert "s3cret-t0ken" not in str(caught.value)
    assert http_server.requests == []
