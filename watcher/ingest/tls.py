"""The TLS context of the source fetcher, with its trust store loaded on first use.

httpx builds an `ssl.SSLContext` whenever a client is built, and loading the CA bundle into it
(certifi's, or `SSL_CERT_FILE` / `SSL_CERT_DIR`) costs about 25-35 ms of CPU: a tenth of a
`watcher check` whose feeds all answer 304 (issue 13), and all of it wasted when no source is
fetched over https. `DeferredTrust` is the same context as httpx's default, except that the
CA bundle is loaded when the first TLS connection is wrapped, once, under a lock. Every
certificate is verified against the same store, with the same host-name check, as before;
`tests/test_fetch_tls.py` compares it with httpx's own context.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import Any

from watcher.errors import ConfigError


class DeferredTrust(ssl.SSLContext):
    """httpx's default client context (`httpx.create_ssl_context()`: TLS client, host names
    checked, certificates required, httpx's choice of CA bundle), its bundle loaded on the
    first `wrap_socket` or `wrap_bio` rather than when it is made."""

    _trust_lock: threading.Lock
    _trusted: bool

    def __new__(cls) -> DeferredTrust:
        _check_trust_settings()
        ctx = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)  # hostnames and certs required
        if sys.version_info >= (3, 13):  # what `ssl.create_default_context` adds there
            ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
        ctx._trust_lock = threading.Lock()
        ctx._trusted = False
        return ctx

    def __init__(self) -> None:  # `SSLContext.__init__` takes the protocol: made in __new__
        pass

    def trust(self) -> None:
        """Load the CA bundle httpx would load (once; later calls do nothing)."""
        if self._trusted:
            return
        with self._trust_lock:
            if self._trusted:
                return
            if cafile := os.environ.get("SSL_CERT_FILE"):
                self.load_verify_locations(cafile=cafile)
            elif capath := os.environ.get("SSL_CERT_DIR"):
                self.load_verify_locations(capath=capath)
            else:
                import certifi  # noqa: PLC0415 (only for a TLS connection)

                self.load_verify_locations(cafile=certifi.where())
            keylog = os.environ.get("SSLKEYLOGFILE")
            if keylog and not sys.flags.ignore_environment:  # as `create_default_context`
                self.keylog_filename = keylog
            self._trusted = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self.trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self.trust()
        return super().wrap_bio(*args, **kwargs)


def _check_trust_settings() -> None:
    """A CA bundle variable naming nothing is a configuration error when the client is built,
    as it is for httpx's own context, not a failure of every https fetch later."""
    if cafile := os.environ.get("SSL_CERT_FILE"):
        if not os.path.isfile(cafile):
            raise ConfigError(f"SSL_CERT_FILE={cafile!r}: no such file (the CA bundle for https)")
    elif (capath := os.environ.get("SSL_CERT_DIR")) and not os.path.isdir(capath):
        raise ConfigError(
            f"SSL_CERT_DIR={capath!r}: no such folder (the CA certificates for https)"
        )
