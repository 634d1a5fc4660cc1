"""Signals that arrive while the service is still starting.

Python's default for SIGTERM and SIGHUP ends the process at once (exit 143), and SIGINT raises
KeyboardInterrupt wherever the code happens to be. Importing watcher's modules, reading the
settings and opening the state store take most of a second, so a supervisor that stops the
service right after starting it would kill it rather than stop it. `catch()` is called first
thing by `python -m watcher run` (before the heavy imports) and only remembers what arrived;
the service installs its real handlers when it is ready and asks `stop_requested()` whether
it should stop at once. A SIGHUP that arrives early needs nothing: the configuration is read
fresh anyway.

This module must stay cheap to import: it runs before everything else.
"""

from __future__ import annotations

import signal
from types import FrameType

_STOP = (signal.SIGTERM, signal.SIGINT)
_received: list[int] = []


def _remember(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)


def catch() -> None:
    """Remember SIGTERM, SIGINT and SIGHUP instead of dying of them, until the service's own
    handlers replace these."""
    for sig in (*_STOP, signal.SIGHUP):
        signal.signal(sig, _remember)


def stop_requested() -> str | None:
    """The name of the first stop signal that arrived while starting, if any."""
    for signum in _received:
        if signum in _STOP:
            return signal.Signals(signum).name
    return None
