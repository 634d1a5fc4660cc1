"""The email notifier sends through a real SMTP server and classifies its refusals."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from tests.notifiers.helpers import free_port, make_alert, make_message, make_update
from tests.notifiers.smtp import PASSWORD, USER, Certificate, StartSMTP
from watcher.delivery.notifiers.config import EmailConfig
from watcher.delivery.notifiers.email import EmailNotifier, message_id
from watcher.errors import ConfigError, NotifyError
from watcher.settings import load_settings

SENDER = "watcher@example.org"


def _notifier(
    port: int,
    *,
    to: tuple[str, ...] = ("desk@example.org",),
    context: ssl.SSLContext | None = None,
    **settings: Any,
) -> EmailNotifier:
    settings.setdefault("security", "none")
    config = EmailConfig(
        kind="email", host="127.0.0.1", port=port, sender=SENDER, to=to, **settings
    )
    return EmailNotifier(config, ssl_context=context)


def test_sends_text_and_html_with_auth(smtp_server: StartSMTP) -> None:
    """A plain SMTP server with AUTH receives one email with both parts and the key's id."""
    server = smtp_server(auth_require_tls=False)
    alert = make_alert(title="Duty <raised> & widened")
    notifier = _notifier(
        server.port,
        to=("desk@example.org", "chief@example.org"),
        username=USER,
        password=PASSWORD,
        allow_plaintext_auth=True,  # a test server on loopback
    )
    notifier.send(make_message(alert, key="key-7"))
    (received,) = server.received
    assert (received.mail_from, received.rcpt_tos) == (
        SENDER,
        ["desk@example.org", "chief@example.org"],
    )
    assert received.login == USER
    email = received.parsed()
    assert email["Subject"] == "[warning] Duty <raised> & widened"
    assert email["Message-ID"] == "<key-7@watcher>"
    assert email["To"] == "desk@example.org, chief@example.org"
    plain, html_part = email.get_body(("plain",)), email.get_body(("html",))
    assert plain is not None
    assert html_part is not None
    text = plain.get_content()
    assert "The duty on imported widgets goes up to 40 percent." in text
    assert "<https://news.example.org/widgets>" in text
    html = html_part.get_content()
    assert "Duty &lt;raised&gt; &amp; widened" in html
    assert '<a href="https://news.example.org/widgets">' in html


def test_digest_and_update_subjects(smtp_server: StartSMTP) -> None:
    """A digest's subject counts its alerts; an update's subject says UPDATE."""
    server = smtp_server()
    notifier = _notifier(server.port)
    notifier.send(make_message(make_alert(), make_alert(title="Second one")))
    notifier.send(make_message(make_update()))
    subjects = [r.parsed()["Subject"] for r in server.received]
    assert subjects == ["2 watcher alerts", "[warning] UPDATE: Widget duty raised to 40%"]


def test_wrong_password_is_permanent(smtp_server: StartSMTP) -> None:
    """A 535 authentication failure will not pass on retry."""
    server = smtp_server(auth_require_tls=False)
    notifier = _notifier(server.port, username=USER, password="wrong", allow_plaintext_auth=True)
    with pytest.raises(NotifyError, match="SMTPAuthenticationError 535") as caught:
        notifier.send(make_message())
    assert caught.value.permanent


def test_refused_recipient_is_permanent(smtp_server: StartSMTP) -> None:
    """A 550 for every recipient is permanent and names the address."""
    server = smtp_server()
    with pytest.raises(NotifyError, match=r"nobody@example.org \(550\)") as caught:
        _notifier(server.port, to=("nobody@example.org",)).send(make_message())
    assert caught.value.permanent


def test_recipient_deferred_is_transient(smtp_server: StartSMTP) -> None:
    """A 450 for every recipient is a temporary refusal, so a retry may pass."""
    server = smtp_server()
    with pytest.raises(NotifyError) as caught:
        _notifier(server.port, to=("later@example.org",)).send(make_message())
    assert not caught.value.permanent


def test_partly_refused_delivers_and_logs(smtp_server: StartSMTP) -> None:
    """With one address refused the others get the email and the refusal is logged."""
    server = smtp_server()
    with capture_logs() as logs:
        _notifier(server.port, to=("desk@example.org", "nobody@example.org")).send(make_message())
    assert [r.rcpt_tos for r in server.received] == [["desk@example.org"]]
    assert logs[0]["event"] == "email_recipients_refused"
    assert logs[0]["refused"] == ["nobody@example.org"]


@pytest.mark.parametrize(
    ("to", "permanent"), [("busy@example.org", False), ("spam@example.org", True)]
)
def test_data_reply_code_decides(smtp_server: StartSMTP, to: str, permanent: bool) -> None:
    """A 4xx answer to the message is transient and a 5xx answer permanent."""
    server = smtp_server()
    with pytest.raises(NotifyError, match="SMTPDataError") as caught:
        _notifier(server.port, to=(to,)).send(make_message())
    assert caught.value.permanent is permanent


def test_server_down_is_transient() -> None:
    """Nothing listening on the port is a transient error naming the server."""
    port = free_port()
    with pytest.raises(NotifyError, match=f"SMTP 127.0.0.1:{port}: ConnectionRefusedError") as e:
        _notifier(port).send(make_message())
    assert not e.value.permanent


def test_starttls_without_server_support_is_permanent(smtp_server: StartSMTP) -> None:
    """Asking for STARTTLS from a server that does not offer it fails for good, unsent."""
    server = smtp_server()
    with pytest.raises(NotifyError, match="STARTTLS extension not supported") as caught:
        _notifier(server.port, security="starttls").send(make_message())
    assert caught.value.permanent
    assert server.received == []


def test_starttls_then_auth(smtp_server: StartSMTP, certificate: Certificate) -> None:
    """STARTTLS upgrades the connection before AUTH, which the server only allows over TLS."""
    server = smtp_server(tls_context=certificate.server_context(), require_starttls=True)
    notifier = _notifier(
        server.port,
        security="starttls",
        username=USER,
        password=PASSWORD,
        context=certificate.client_context(),
    )
    notifier.send(make_message())
    assert [r.login for r in server.received] == [USER]


def test_implicit_tls(smtp_server: StartSMTP, certificate: Certificate) -> None:
    """security="tls" speaks TLS from the first byte (SMTPS)."""
    server = smtp_server(ssl_context=certificate.server_context())
    _notifier(server.port, security="tls", context=certificate.client_context()).send(
        make_message()
    )
    assert len(server.received) == 1


def test_untrusted_certificate_is_permanent(
    smtp_server: StartSMTP, certificate: Certificate
) -> None:
    """A certificate the system does not trust fails for good rather than being retried."""
    server = smtp_server(ssl_context=certificate.server_context())
    with pytest.raises(NotifyError, match=r"TLS failed.*CERTIFICATE_VERIFY_FAILED") as caught:
        _notifier(server.port, security="tls").send(make_message())
    assert caught.value.permanent


def test_message_id_is_valid_for_any_key() -> None:
    """Keys with spaces, dots or at-signs still make a single valid msg-id."""
    assert message_id("rule:a b.c@d") == "<rule%3Aa%20b%2Ec%40d@watcher>"


def test_password_in_clear_is_refused_at_settings_load(tmp_path: Path) -> None:
    """`security = "none"` with a username would send the password in clear: a configuration
    error naming the notifier and the settings, unless `allow_plaintext_auth = true`."""
    desk = (
        '[notifiers.desk]\nkind = "email"\nhost = "127.0.0.1"\nsecurity = "none"\n'
        'username = "watcher"\npassword = "p4ssw0rd-in-clear"\nsender = "w@example.org"\n'
        'to = ["desk@example.org"]\n'
    )
    (tmp_path / "clear.toml").write_text(desk)
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / "clear.toml")
    message = str(caught.value)
    assert "notifiers.desk (WATCHER_NOTIFIERS__DESK)" in message
    assert 'security = "none"' in message
    assert "allow_plaintext_auth = true" in message
    assert "p4ssw0rd-in-clear" not in message
    (tmp_path / "allowed.toml").write_text(desk + "allow_plaintext_auth = true\n")
    assert load_settings(tmp_path / "allowed.toml").notifiers["desk"].kind == "email"
    (tmp_path / "anonymous.toml").write_text(desk.replace('username = "watcher"\n', ""))
    assert load_settings(tmp_path / "anonymous.toml").notifiers["desk"].kind == "email"
