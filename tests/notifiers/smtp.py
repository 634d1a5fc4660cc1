"""A real SMTP server (aiosmtpd) on loopback that records what it accepts, and a self-signed
certificate so that it can speak TLS."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.notifiers.helpers import free_port

USER, PASSWORD = "watcher", "corr3ct-horse"


@dataclass(frozen=True)
class Received:
    """One message as the SMTP server accepted it."""

    mail_from: str
    rcpt_tos: list[str]
    login: str | None
    content: bytes

    def parsed(self) -> EmailMessage:
        message = email.message_from_bytes(self.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        return message


class _Recorder:
    """aiosmtpd handler: refuses `nobody@` (550) and `later@` (450), fails DATA for `busy@`
    (451) and `spam@` (554), and records everything it accepts."""

    def __init__(self) -> None:
        self.received: list[Received] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 no such mailbox"
        if address.startswith("later@"):
            return "450 4.2.1 mailbox busy"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if any(r.startswith("busy@") for r in envelope.rcpt_tos):
            return "451 4.3.0 try again later"
        if any(r.startswith("spam@") for r in envelope.rcpt_tos):
            return "554 5.7.1 rejected as spam"
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        content = envelope.original_content or b""
        self.received.append(Received(envelope.mail_from or "", envelope.rcpt_tos, login, content))
        return "250 OK"


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False, auth_data=data)


@dataclass
class SMTPServer:
    """A running aiosmtpd server on 127.0.0.1 and what it received."""

    port: int
    received: list[Received]


StartSMTP = Callable[..., SMTPServer]


@contextmanager
def smtp_servers() -> Iterator[StartSMTP]:
    """Start SMTP servers on loopback (options go to aiosmtpd; `authenticator` replaces the
    one that accepts USER and PASSWORD); all stop on exit."""
    controllers: list[Controller] = []

    def start(**options: Any) -> SMTPServer:
        recorder = _Recorder()
        controller = Controller(
            recorder,
            hostname="127.0.0.1",
            port=free_port(),
            server_hostname="smtp.test",
            authenticator=options.pop("authenticator", _authenticate),
            ready_timeout=5,
            **options,
        )
        controller.start()
        controllers.append(controller)
        return SMTPServer(controller.port, recorder.received)

    try:
        yield start
    finally:
        for controller in controllers:
            controller.stop()


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1 and the contexts that serve and trust it."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))


def make_certificate(folder: Path) -> Certificate:
    """A fresh EC key and self-signed CA certificate for 127.0.0.1, written to `folder`.

    Skips the test when `cryptography` is not installed.
    """
    x509 = pytest.importorskip("cryptography.x509")
    hashes = pytest.importorskip("cryptography.hazmat.primitives.hashes")
    serialization = pytest.importorskip("cryptography.hazmat.primitives.serialization")
    ec = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ec")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "watcher test CA")])
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * 30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(folder / "cert.pem", folder / "key.pem")
