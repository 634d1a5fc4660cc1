"""Fixtures for notifier tests: real SMTP servers on loopback, and a certificate for TLS."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.notifiers.smtp import Certificate, StartSMTP, make_certificate, smtp_servers


@pytest.fixture
def smtp_server() -> Iterator[StartSMTP]:
    """Start SMTP servers on loopback (options go to aiosmtpd); all stop after the test."""
    with smtp_servers() as start:
        yield start


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1, made once per test session."""
    return make_certificate(tmp_path_factory.mktemp("tls"))
