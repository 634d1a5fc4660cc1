"""Structured logging: readable at a terminal, JSON lines in a service.

Events have stable snake_case names (`fetch_done`, `source_failed`) and carry their context as
fields; `source` and `rule` are bound with `structlog.contextvars` where a stage works on one.
Logs go to stderr so that stdout stays for a command's own output. With `scrub`, every value
of an event and every rendered line pass through it first, so that a secret a server echoed
back (a password in an SMTP reply, a token in a 401 body) never reaches the log.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, MutableMapping
from typing import Any, Literal, TextIO

import structlog

LogFormat = Literal["auto", "console", "json"]
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


Scrub = Callable[[str], str]
_HANDLER_NAME = "watcher"  # the root handler this module installs (and replaces when re-run)
# One lock for every line written to the log, whoever writes it: structlog's own loggers and
# the standard library's handler. Without it, a line from one thread could end up in the
# middle of another's (print writes a line and its newline apart), two JSON objects on one
# line. Re-entrant because a logging handler takes its lock again to flush.
_WRITE_LOCK = threading.RLock()


class _LineWriter:
    """A structlog logger that writes each rendered line whole, under `_WRITE_LOCK`."""

    def __init__(self, file: TextIO) -> None:
        self._file = file

    def msg(self, message: str) -> None:
        with _WRITE_LOCK:
            self._file.write(message + "\n")
            self._file.flush()

    log = debug = info = warn = warning = error = critical = exception = fatal = msg


class _LockedStreamHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The standard library's records, written under the same lock as structlog's lines."""

    def createLock(self) -> None:
        self.lock = _WRITE_LOCK


def _scrub_value(value: Any, scrub: Scrub) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list | tuple):
        return type(value)(_scrub_value(v, scrub) for v in value)
    if isinstance(value, dict):
        return {k: _scrub_value(v, scrub) for k, v in value.items()}
    return value


def _scrubbing(scrub: Scrub) -> tuple[structlog.typing.Processor, structlog.typing.Processor]:
    """Processors that scrub an event's values (before rendering, so escaping cannot hide a
    secret) and the rendered line (tracebacks included)."""

    def values(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        return {k: _scrub_value(v, scrub) for k, v in event.items()}

    def line(_: Any, __: str, rendered: Any) -> Any:
        return scrub(rendered) if isinstance(rendered, str) else rendered

    return values, line


class RichTraceback(structlog.dev.RichTracebackFormatter):
    """structlog's rich traceback formatter, importing rich when it formats an exception.

    structlog's own formatter uses the rich it imported with `structlog.dev`, which the command
    line imports without rich (`watcher.common.lean_imports`: most runs never print a
    traceback); the body is structlog's, so the output is the same.
    """

    def __call__(self, sio: TextIO, exc_info: structlog.typing.ExcInfo) -> None:
        from rich.console import Console  # noqa: PLC0415 (see above)
        from rich.traceback import Traceback  # noqa: PLC0415

        sio.write("\n")
        console = Console(file=sio, color_system=self.color_system, width=self.width)
        tb = Traceback.from_exception(
            *exc_info,
            show_locals=self.show_locals,
            max_frames=self.max_frames,
            theme=self.theme,
            word_wrap=self.word_wrap,
            extra_lines=self.extra_lines,
            width=self.width,
            indent_guides=self.indent_guides,
            locals_max_length=self.locals_max_length,
            locals_max_string=self.locals_max_string,
            locals_hide_dunder=self.locals_hide_dunder,
            locals_hide_sunder=self.locals_hide_sunder,
            suppress=self.suppress,
        )
        tb.code_width = self.code_width
        console.print(tb)


def configure_logging(
    level: str = "info",
    fmt: LogFormat = "auto",
    stream: TextIO | None = None,
    scrub: Scrub | None = None,
) -> None:
    """Set up structlog once per process; `auto` means console on a TTY, else JSON."""
    out = stream or sys.stderr
    use_json = fmt == "json" or (fmt == "auto" and not out.isatty())
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer(sort_keys=False)
        if use_json
        # Tracebacks without local variables: locals hold settings and secrets, and a
        # rendered line is scrubbed of configured secrets only, not of everything sensitive.
        else structlog.dev.ConsoleRenderer(
            colors=out.isatty(),
            exception_formatter=RichTraceback(show_locals=False),
        )
    )
    scrubbing = _scrubbing(scrub) if scrub is not None else None
    shared: list[structlog.typing.Processor] = [
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info if use_json else structlog.dev.set_exc_info,
        *(scrubbing[:1] if scrubbing else ()),
    ]
    tail = [renderer, *(scrubbing[1:] if scrubbing else ())]
    structlog.configure(
        processors=[structlog.contextvars.merge_contextvars, *shared, *tail],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS[level]),
        logger_factory=lambda *_: _LineWriter(out),
        cache_logger_on_first_use=True,
    )
    _route_stdlib(out, _LEVELS[level], shared, tail)


def _route_stdlib(
    out: TextIO,
    level: int,
    shared: list[structlog.typing.Processor],
    tail: list[structlog.typing.Processor],
) -> None:
    """Send the standard library's log records (APScheduler's warnings, Python warnings)
    through the same renderer, so that with JSON logs every line on stderr is one JSON
    object (the default handler printed them as bare text between the JSON lines). Other
    libraries speak at warning and above only: APScheduler's info is a line per job run."""
    handler = _LockedStreamHandler(out)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *tail],
        )
    )
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(max(level, logging.WARNING))
    logging.captureWarnings(True)
