"""Alerts as readable text on the terminal, the default when nothing else is configured."""

from __future__ import annotations

import sys
from typing import ClassVar, TextIO

import click
import httpx

from watcher.alerting.alerts import Alert
from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._text import body_lines, heading, subject
from watcher.delivery.notifiers.config import ConsoleConfig
from watcher.errors import NotifyError

_SEVERITY_COLOURS = {"info": "cyan", "warning": "yellow", "critical": "red"}


class ConsoleNotifier:
    """Prints each alert (heading, message, facts, sources) to stdout or stderr.

    Colour only on a terminal, so piped or logged output stays plain text. The stream is
    looked up at send time, not at construction, so a redirected `sys.stderr` is honoured.
    """

    kind: ClassVar[str] = "console"

    def __init__(
        self, config: ConsoleConfig, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        self._config = config

    def send(self, message: Message) -> None:
        """Write the message in one piece; a closed or broken stream is a transient error."""
        stream = self._stream()
        colour = _is_tty(stream)
        blocks = [_render(alert, colour) for alert in message.alerts]
        if message.is_digest:
            blocks.insert(0, _style(subject(message), colour))
        try:
            click.echo("\n\n".join(blocks) + "\n", file=stream, color=colour)
        except (OSError, ValueError) as exc:  # ValueError: I/O on a closed file
            raise NotifyError(f"cannot write to {self._config.stream}: {exc}") from exc

    def _stream(self) -> TextIO:
        return sys.stdout if self._config.stream == "stdout" else sys.stderr


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except ValueError:  # closed; writing will say so
        return False


def _style(text: str, colour: bool, *, fg: str | None = None) -> str:
    return click.style(text, fg=fg, bold=True) if colour else text


def _render(alert: Alert, colour: bool) -> str:
    """The heading in the severity's colour, body lines indented below it."""
    head = _style(heading(alert), colour, fg=_SEVERITY_COLOURS.get(alert.severity))
    return "\n".join([head, *(f"  {line}" for line in body_lines(alert))])
