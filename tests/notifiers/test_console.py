"""The console notifier prints readable alerts, in colour only on a terminal."""

from __future__ import annotations

import io

import pytest

from tests.notifiers.helpers import make_alert, make_message, make_update
from watcher.delivery.notifiers.config import ConsoleConfig
from watcher.delivery.notifiers.console import ConsoleNotifier
from watcher.errors import NotifyError


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _notifier(stream: str = "stderr") -> ConsoleNotifier:
    return ConsoleNotifier(ConsoleConfig(kind="console", stream=stream))


def test_prints_heading_message_fact_and_source_to_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An alert goes to stderr by default with its severity, title, lines, fact and source."""
    _notifier().send(make_message())
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[0] == "[warning] Widget duty raised to 40%"
    assert "  The duty on imported widgets goes up to 40 percent." in err
    assert "  It starts next month." in err
    assert "US → China · widgets · 40% (was 25%) (announced)" in err
    assert '"Officials said the widget duty will climb to 40 percent."' in err
    assert (
        "Source: Widget duty climbs <https://news.example.org/widgets> "
        "(published 2026-11-20 09:30 UTC)"
    ) in err
    assert "\x1b[" not in err


def test_stdout_when_configured(capsys: pytest.CaptureFixture[str]) -> None:
    """A console notifier configured for stdout writes there and not to stderr."""
    _notifier("stdout").send(make_message())
    out, err = capsys.readouterr()
    assert out.startswith("[warning] Widget duty raised")
    assert err == ""


def test_update_is_marked(capsys: pytest.CaptureFixture[str]) -> None:
    """An alert that revises an earlier one says UPDATE in its heading."""
    _notifier().send(make_message(make_update()))
    assert capsys.readouterr().err.startswith("[warning] UPDATE: Widget duty raised")


def test_digest_prints_every_alert(capsys: pytest.CaptureFixture[str]) -> None:
    """A digest starts with its count and prints each of its alerts."""
    second = make_alert(severity="critical", title="Port fees doubled overnight")
    _notifier().send(make_message(make_alert(), second))
    err = capsys.readouterr().err
    assert err.startswith("2 watcher alerts\n")
    assert "[warning] Widget duty raised to 40%" in err
    assert "[critical] Port fees doubled overnight" in err


def test_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal the heading is styled with ANSI colour codes."""
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    _notifier().send(make_message(make_alert(severity="critical")))
    assert terminal.getvalue().startswith("\x1b[31m\x1b[1m[critical]")


def test_closed_stream_is_a_transient_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing to a closed stream raises a transient NotifyError naming the stream."""
    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr("sys.stderr", closed)
    with pytest.raises(NotifyError, match="cannot write to stderr") as caught:
        _notifier().send(make_message())
    assert not caught.value.permanent
