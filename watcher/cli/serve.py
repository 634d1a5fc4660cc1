"""`watcher serve`: the web view of a state, opened read-only, with nothing polled or sent.

For looking at a state file a service or cron job keeps (or a copy of one) from another
place. It serves the same pages as the service's ops server, and /healthz, /readyz and
/metrics beside them. Off loopback, it refuses to start without the `web_token` setting.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import click
import structlog

from watcher.alerting.rules import load_rules
from watcher.cli.common import baseline_path, configured_secrets, parse_now, with_settings
from watcher.errors import ConfigError
from watcher.facts.baseline import load_baseline
from watcher.ingest.sources import load_sources
from watcher.service.ops import Metrics, parse_listen
from watcher.service.ops import serve as serve_ops
from watcher.settings import Settings
from watcher.state.alerts import AlertLog
from watcher.state.store import Store, missing_file, open_store, sqlite_path
from watcher.web.app import WebView
from watcher.web.auth import exposure_problem
from watcher.web.sight import Loaded, Sight

log = structlog.get_logger(__name__)


def _address(listen: str, token: str | None) -> tuple[str, int]:
    try:
        address = parse_listen(listen)
    except ValueError as exc:
        raise ConfigError(f"--listen: {exc}") from None
    if address is None:
        raise ConfigError("--listen: `off` leaves nothing to serve; give HOST:PORT")
    problem = exposure_problem(address[0], token)
    if problem:
        raise ConfigError(problem)
    return address


def _loaded(settings: Settings) -> Loaded:
    """The sources, rules and baseline the pages describe; a missing sources file means
    none (the state may come from elsewhere)."""
    sources = load_sources(settings.sources_file) if settings.sources_file.is_file() else []
    return Loaded(
        tuple(sources),
        tuple(load_rules(settings.rules_dirs, settings.gazetteer_file)),
        tuple(load_baseline(baseline_path(settings))),
    )


def _clock(now_text: str | None) -> Callable[[], datetime]:
    if now_text is None:
        return lambda: datetime.now(UTC)
    fixed = parse_now(now_text)
    return lambda: fixed


def _wait_for_stop() -> None:
    """Until SIGTERM or SIGINT (Ctrl-C)."""
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass


def _ready() -> tuple[bool, str]:
    return True, "ok: a read-only web view (nothing is polled)"


def _sight(settings: Settings, store: Store, token: str | None, now_text: str | None) -> Sight:
    loaded = _loaded(settings)
    return Sight(
        store,
        _clock(now_text),
        lambda: loaded,
        settings.health_failures,
        token,
        configured_secrets(settings).scrub,
    )


@click.command()
@with_settings(sources=True, rules=True)
@click.option(
    "--listen",
    default="127.0.0.1:8080",
    show_default=True,
    metavar="HOST:PORT",
    help="Where to serve the pages (off loopback, the web_token setting is required).",
)
@click.option("--now", "now_text", metavar="ISO-TIME", help="The time the pages count from.")
def serve(*, settings: Settings, listen: str, now_text: str | None) -> None:
    """Serve the read-only web view of a state file, without polling. The state is opened
    read-only and never written; stop with Ctrl-C."""
    secret = settings.web_token
    token = secret.get_secret_value() if secret else None
    address = _address(listen, token)
    missing = missing_file(settings.state)
    if missing:
        raise ConfigError(f"no state file at {missing}: nothing to show (check --state)")
    with open_store(settings.state, write=False) as store:
        outbox = AlertLog(store)
        web = WebView(_sight(settings, store, token, now_text))
        metrics = Metrics(outbox.counts, outbox.dead_by_notifier)
        server = serve_ops(address, metrics, _ready, web)
        host, port = address[0], server.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        state = sqlite_path(settings.state) or "the PostgreSQL state"
        click.echo(f"serving {state} read-only at http://{shown}:{port}/")
        log.info("web_serving", url=f"http://{shown}:{port}/", state=str(state))
        try:
            _wait_for_stop()
        finally:
            server.shutdown()
            server.server_close()
