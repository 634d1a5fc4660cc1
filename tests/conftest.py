"""Shared fixtures. Every test runs with outbound connections limited to loopback."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from tests.servers import LoopbackServer
    from tests.test_daemon import ServiceProcess

pytest_plugins = ["tests.servers", "tests.postgres"]

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}

# Hypothesis profiles for the property tests (tests/test_properties_*.py). "default" and "ci"
# keep the whole property run well under a minute; "thorough" is for a hunt
# (`pytest tests/test_properties_*.py --hypothesis-profile thorough`). No deadline: parsing
# time varies with the machine, and a slow example is not a failure. "ci" keeps no example
# database, so a run depends only on the code and the pinned examples.
_QUIET_CHECKS = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=_QUIET_CHECKS
)
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=_QUIET_CHECKS, database=None
)
settings.register_profile(
    "thorough", max_examples=5000, deadline=None, suppress_health_check=_QUIET_CHECKS
)
settings.load_profile("default")  # `--hypothesis-profile NAME` picks another after this


def _is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    host = address[0]
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to reach an address outside this machine."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise RuntimeError(f"test tried to connect to {address!r}; only loopback is allowed")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_loopback(address):
            raise RuntimeError(f"test tried to connect to {address!r}; only loopback is allowed")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield


@pytest.fixture
def service(tmp_path: Path, http_server: LoopbackServer) -> Iterator[ServiceProcess]:
    """A `watcher run` of tests/test_daemon.py's set-up (one feed, one rule), not started;
    killed after the test if it still runs. Modules that need another set-up define their
    own `service` over `ServiceProcess`."""
    from tests.test_daemon import ServiceProcess  # noqa: PLC0415 - a test module, not a plugin

    svc = ServiceProcess(tmp_path, http_server)
    yield svc
    svc.kill_if_running()
