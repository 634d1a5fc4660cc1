"""Alerts by email over SMTP: plain text with an HTML alternative.

smtplib is imported inside `send`, so settings that never use email never load it. What an
SMTP failure means for a retry follows the reply code, as SMTP itself defines it: 4xx is
"try again later", 5xx is "this will not work". Errors that carry no code are judged by kind:
a refused or dropped connection or a timeout is transient; a server without STARTTLS or
AUTH, or a certificate that does not verify, needs someone to change the configuration.
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from email.utils import formatdate
from html import escape
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import quote

import httpx
import structlog

from watcher.alerting.alerts import Alert
from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._text import fact_line, heading, message_text, source_line
from watcher.delivery.notifiers._text import subject as message_subject
from watcher.delivery.notifiers.config import EmailConfig
from watcher.errors import NotifyError

if TYPE_CHECKING:
    import smtplib

log = structlog.get_logger(__name__)


def _refuses(code: int) -> bool:
    """A 5xx reply: SMTP's "this will not work". 4xx (and anything odd) may pass later."""
    return 500 <= code < 600  # noqa: PLR2004 - SMTP's reply classes


def message_id(idempotency_key: str) -> str:
    """`<key@watcher>`, the same on every retry, so mail software can drop a repeat.

    The key is percent-encoded (dots too) so that any key makes a valid RFC 5322 msg-id.
    """
    return f"<{quote(idempotency_key, safe='').replace('.', '%2E')}@watcher>"


def compose(config: EmailConfig, message: Message) -> EmailMessage:
    """The email for one message: headers, a text part and its HTML alternative."""
    email = EmailMessage()
    email["Subject"] = message_subject(message)
    email["From"] = config.sender
    email["To"] = ", ".join(config.to)
    email["Date"] = formatdate(usegmt=True)
    email["Message-ID"] = message_id(message.idempotency_key)
    email.set_content(message_text(message) + "\n")
    email.add_alternative(html(message), subtype="html")
    return email


def html(message: Message) -> str:
    """A small HTML rendering of the same text; every piece of text is escaped."""
    parts = [f"<h2>{escape(message_subject(message))}</h2>"] if message.is_digest else []
    parts += [_alert_html(alert) for alert in message.alerts]
    return "<!DOCTYPE html>\n<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def _alert_html(alert: Alert) -> str:
    lines = [f"<h3>{escape(heading(alert))}</h3>"]
    lines += [f"<p>{escape(line)}</p>" for line in alert.message.splitlines() if line.strip()]
    facts = [
        f"<li>{escape(fact_line(f))}<br><q>{escape(' '.join(f.evidence.split()))}</q></li>"
        for f in alert.facts
    ]
    if alert.comparison:
        facts.append(f"<li>Compared with what was known: {escape(alert.comparison)}</li>")
    lines += [f"<ul>{''.join(facts)}</ul>"] if facts else []
    sources = [_source_html(alert, i) for i in range(len(alert.sources))]
    lines += [f"<p>Sources:</p><ul>{''.join(sources)}</ul>"] if sources else []
    return "\n".join(lines)


def _source_html(alert: Alert, index: int) -> str:
    """A source as a link when its URL is http(s), else as text (no `javascript:` links)."""
    source = alert.sources[index]
    text = escape(source_line(source))
    if source.url and source.url.startswith(("https://", "http://")):
        return f'<li><a href="{escape(source.url, quote=True)}">{text}</a></li>'
    return f"<li>{text}</li>"


class EmailNotifier:
    """Sends each message as one email to every configured recipient.

    `security`: "tls" connects with TLS (port 465), "starttls" upgrades a plain connection
    and fails if the server cannot, "none" sends in clear (local relays only). The
    `Message-ID` comes from the idempotency key, so a retried message is recognisably the
    same email.
    """

    kind: ClassVar[str] = "email"

    def __init__(
        self,
        config: EmailConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """`ssl_context` replaces the system's trust store (tests, a private CA)."""
        self._config = config
        self._ssl_context = ssl_context

    def send(self, message: Message) -> None:
        """Connect, secure, log in and send; every failure becomes a NotifyError."""
        import smtplib  # noqa: PLC0415 - loaded only when email is used

        email = compose(self._config, message)
        try:
            refused = self._deliver(email)
        except (smtplib.SMTPException, OSError) as exc:
            raise self._error(exc) from exc
        if refused:
            log.warning("email_recipients_refused", refused=sorted(refused))

    def _deliver(self, email: EmailMessage) -> dict[str, tuple[int, bytes]]:
        """One SMTP session; the addresses refused while others accepted the message."""
        config = self._config
        with self._connect() as smtp:
            if config.security == "starttls":
                smtp.starttls(context=self._context())
            if config.username:
                password = config.password.get_secret_value() if config.password else ""
                smtp.login(config.username, password)
            return smtp.send_message(email, from_addr=config.sender, to_addrs=list(config.to))

    def _connect(self) -> smtplib.SMTP:
        import smtplib  # noqa: PLC0415 - loaded only when email is used

        config = self._config
        if config.security == "tls":
            return smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout_s, context=self._context()
            )
        return smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _error(self, exc: Exception) -> NotifyError:
        """What failed, at which server, and whether another attempt could help."""
        where = f"SMTP {self._config.host}:{self._config.port}"
        permanent, reason = classify(exc)
        return NotifyError(f"{where}: {reason}", permanent=permanent)


def classify(exc: Exception) -> tuple[bool, str]:
    """(permanent, reason) for an smtplib or socket error."""
    import smtplib  # noqa: PLC0415 - loaded only when email is used

    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        every = ", ".join(f"{addr} ({code})" for addr, (code, _) in exc.recipients.items())
        permanent = all(_refuses(code) for code, _ in exc.recipients.values())
        return permanent, f"all recipients refused: {every}"
    if isinstance(exc, smtplib.SMTPResponseException):  # auth, sender, data, helo ...
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        reason = f"{type(exc).__name__} {exc.smtp_code} {' '.join(text.split())}".rstrip()
        return _refuses(exc.smtp_code), reason
    if isinstance(exc, smtplib.SMTPNotSupportedError):  # no STARTTLS, or no AUTH
        return True, str(exc)
    if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
        return True, f"TLS failed ({exc}); check `security`, `port` and the certificate"
    return False, f"{type(exc).__name__}: {exc}"
