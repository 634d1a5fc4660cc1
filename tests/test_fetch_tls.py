"""The fetcher's TLS context loads its CA bundle at the first https request, and verifies
exactly as httpx's default context does (`watcher.ingest.tls`, issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.notifiers.smtp import Certificate, make_certificate
from tests.servers import LoopbackServer, Reply
from tests.test_cli import watcher
from watcher.errors import ConfigError, FetchError
from watcher.ingest.fetch import Fetcher
from watcher.ingest.settings import FetchSettings
from watcher.ingest.tls import DeferredTrust

_SETTINGS = ("verify_mode", "check_hostname", "options", "verify_flags", "protocol")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_server(certificate: Certificate) -> Iterator[LoopbackServer]:
    """The loopback server, speaking TLS with a certificate no public CA signed."""
    server = LoopbackServer()
    httpd = server._httpd  # a test server: TLS wrapped around its socket
    httpd.socket = certificate.server_context().wrap_socket(httpd.socket, server_side=True)
    with server:
        yield server


def _https(server: LoopbackServer, path: str) -> str:
    return server.url(path).replace("http://", "https://", 1)


def test_the_bundle_waits_for_the_first_tls_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "SSLKEYLOGFILE"):
        monkeypatch.delenv(name, raising=False)
    deferred = DeferredTrust()
    assert deferred.cert_store_stats()["x509_ca"] == 0
    deferred.trust()
    deferred.trust()  # once
    reference = httpx.create_ssl_context()
    for setting in _SETTINGS:
        assert getattr(deferred, setting) == getattr(reference, setting), setting
    assert deferred.minimum_version == reference.minimum_version
    assert deferred.get_ca_certs() == reference.get_ca_certs()


def test_a_certificate_is_verified_against_the_bundle(
    https_server: LoopbackServer, certificate: Certificate, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The certifi bundle does not know the test CA: refused. With the CA as SSL_CERT_FILE
    (which httpx honours too) the same request goes through; a host name the certificate
    does not name is refused."""
    https_server.script("/feed.xml", Reply(body=b"<rss/>"))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with Fetcher(FetchSettings(retries=0)) as fetcher, pytest.raises(FetchError) as refused:
        fetcher.fetch("wire", _https(https_server, "/feed.xml"))
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))
    with Fetcher(FetchSettings(retries=0)) as fetcher:
        assert fetcher.fetch("wire", _https(https_server, "/feed.xml")).body == b"<rss/>"
        other_name = _https(https_server, "/feed.xml").replace("127.0.0.1", "localhost")
        with pytest.raises(FetchError, match=r"(?i)hostname mismatch"):
            fetcher.fetch("wire", other_name)


def test_plain_http_loads_no_bundle(http_server: LoopbackServer) -> None:
    http_server.script("/feed.xml", Reply(body=b"<rss/>"))
    with Fetcher(FetchSettings()) as fetcher:
        assert fetcher.fetch("wire", http_server.url("/feed.xml")).body == b"<rss/>"
        pools = fetcher._client._transport._pool
        assert isinstance(pools._ssl_context, DeferredTrust)
        assert pools._ssl_context.cert_store_stats()["x509_ca"] == 0


@pytest.mark.parametrize("name", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_a_bundle_variable_naming_nothing_is_a_configuration_error(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As with httpx's context, a missing CA bundle stops the client being built."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv(name, str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match=name):
        DeferredTrust()


def test_check_with_a_missing_ca_bundle_exits_2_naming_it(tmp_path: Path) -> None:
    """`watcher check` refuses to start, exit 2, and says which variable is wrong."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: inbox\n    kind: dir\n    path: inbox\n", encoding="utf-8"
    )
    missing = str(tmp_path / "no-such-bundle.pem")
    done = watcher("check", cwd=tmp_path, env={"SSL_CERT_FILE": missing})
    assert done.returncode == 2, done.stderr
    assert "SSL_CERT_FILE" in done.stderr
