"""What operators look at: Prometheus metrics and the /healthz, /readyz, /metrics endpoint.

`/healthz` answers while the process is alive; `/readyz` only when the scheduler is running and
the state store accepts a write; `/metrics` is the Prometheus text format. The server runs in
a daemon thread on the address the `http_listen` setting gives (off with `off`). Every
other path is the web view's (`watcher.web`): its pages, `/deadlines.ics` and `/alerts.atom`.

A dead delivery is an alert nobody received: `watcher_dead_deliveries` counts them by notifier
and reason at scrape time, and `/readyz` names them below its first line. It stays 200: the
service still polls and delivers everything else, and an orchestrator that pulled it out of
rotation would fix nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import structlog
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    ProcessCollector,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from watcher import __version__
from watcher.alerting.decide import Action
from watcher.errors import ConfigError, StoreError
from watcher.ingest.collect import PollStatus
from watcher.pipeline import RunReport
from watcher.web.app import WebView

log = structlog.get_logger(__name__)

_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class _OutboxDepth(Collector):
    """Reads the outbox at scrape time, so the gauge is never stale."""

    def __init__(self, counts: Callable[[], dict[str, int]]) -> None:
        self._counts = counts

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "watcher_outbox_deliveries", "Deliveries in the outbox by state.", labels=["state"]
        )
        counts = self._counts()
        for state in ("pending", "dead", "delivered", "superseded"):
            family.add_metric([state], counts.get(state, 0))
        yield family


DeadCounts = Callable[[], dict[tuple[str, str], int]]


class _DeadDeliveries(Collector):
    """Dead deliveries by notifier and reason, read from the store at scrape time."""

    def __init__(self, dead: DeadCounts) -> None:
        self._dead = dead

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "watcher_dead_deliveries",
            "Deliveries that failed for good, by notifier and reason (permanent: the receiver "
            "refused them; gave_up: give_up_after ran out). `watcher alerts retry` resends.",
            labels=["notifier", "reason"],
        )
        for (notifier, reason), count in sorted(self._dead().items()):
            family.add_metric([notifier, reason], count)
        yield family


def dead_detail(dead: dict[tuple[str, str], int]) -> str:
    """What `/readyz` adds about dead deliveries: nothing, or one line naming them."""
    total = sum(dead.values())
    if not total:
        return ""
    parts = ", ".join(f"{n} {c} ({r.replace('_', ' ')})" for (n, r), c in sorted(dead.items()))
    plural = "y" if total == 1 else "ies"
    return f"\n{total} dead deliver{plural}: {parts}; send again with `watcher alerts retry --dead`"


class _LeasesHeld(Collector):
    """The leases this instance holds on a shared state, by kind, read at scrape time."""

    def __init__(self, held: Callable[[], dict[str, int]]) -> None:
        self._held = held

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(
            "watcher_leases_held",
            "Leases this instance holds on a shared (PostgreSQL) state, by kind (source, "
            "clock); none on an SQLite state.",
            labels=["kind"],
        )
        try:
            held = self._held()
        except StoreError:  # the database is away: no figure rather than a failed scrape
            held = {}
        for kind, count in sorted(held.items()):
            family.add_metric([kind], count)
        yield family


class Metrics:
    """The service's counters, in a registry of their own."""

    def __init__(
        self,
        outbox_counts: Callable[[], dict[str, int]],
        dead: DeadCounts = dict,
        leases: Callable[[], dict[str, int]] = dict,
    ) -> None:
        # Every counter would also export a `_created` series (its creation time), which
        # doubles the output and is noise to every dashboard; the switch is process-wide.
        disable_created_metrics()  # type: ignore[no-untyped-call]  # untyped in prometheus_client
        self.registry = CollectorRegistry()
        r = self.registry
        Info("watcher_build", "The running watcher's version.", registry=r).info(
            {"version": __version__}
        )
        ProcessCollector(registry=r)  # process_cpu_seconds_total, memory, open fds, start time
        self.reload_failures = Counter(
            "watcher_config_reload_failures_total",
            "Reloads (SIGHUP or changed files) refused because a file is invalid; the last "
            "good configuration stays in force.",
            registry=r,
        )
        self.poll_crashes = Counter(
            "watcher_poll_crashes_total",
            "Polls that ended in an unexpected exception (a bug; see the poll_crashed log "
            "event); each also counts as a failed poll.",
            ["source"],
            registry=r,
        )
        self.polls = Counter(
            "watcher_polls_total", "Polls by source and result.", ["source", "status"], registry=r
        )
        self.fetch_errors = Counter(
            "watcher_fetch_errors_total", "Failed polls by source.", ["source"], registry=r
        )
        self.poll_seconds = Histogram(
            "watcher_poll_duration_seconds",
            "Time to poll a source and act on it.",
            ["source"],
            buckets=_BUCKETS,
            registry=r,
        )
        self.articles = Counter(
            "watcher_articles_total", "New articles by source.", ["source"], registry=r
        )
        self.facts = Counter(
            "watcher_facts_total",
            "Facts extracted, by kind and comparison.",
            ["kind", "comparison"],
            registry=r,
        )
        self.alerts = Counter(
            "watcher_alerts_total", "Alerts raised or updated.", ["rule", "severity"], registry=r
        )
        self.deliveries = Counter(
            "watcher_deliveries_total", "Delivery attempts by outcome.", ["outcome"], registry=r
        )
        self.last_success = Gauge(
            "watcher_source_last_success_timestamp_seconds",
            "When each source was last polled without error.",
            ["source"],
            registry=r,
        )
        r.register(_OutboxDepth(outbox_counts))
        r.register(_DeadDeliveries(dead))
        r.register(_LeasesHeld(leases))

    def observe(self, report: RunReport, seconds: float) -> None:
        for o in report.outcomes:
            self.polls.labels(o.source_id, o.status.value).inc()
            self.poll_seconds.labels(o.source_id).observe(seconds)
            self.articles.labels(o.source_id).inc(len(o.new))
            if o.status is PollStatus.FAILED:
                self.fetch_errors.labels(o.source_id).inc()
            else:
                self.last_success.labels(o.source_id).set(report.now.timestamp())
        for item in report.assessed:
            for c in item.comparisons:
                self.facts.labels(c.fact.kind, c.outcome.value).inc()
        for r in report.recorded:
            if r.decision.action in (Action.CREATE, Action.UPDATE):
                self.alerts.labels(r.alert.rule, r.alert.severity).inc()
        if report.delivery is not None:
            self.observe_delivery(
                report.delivery.delivered, report.delivery.retrying, report.delivery.dead
            )

    def observe_delivery(self, delivered: int, retrying: int, dead: int) -> None:
        for outcome, n in (("delivered", delivered), ("retrying", retrying), ("dead", dead)):
            if n:
                self.deliveries.labels(outcome).inc(n)


def parse_listen(value: str) -> tuple[str, int] | None:
    """`host:port` (or `:port`, meaning 127.0.0.1) → address; `off` → None."""
    if value.strip().lower() in ("off", "none", ""):
        return None
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"{value!r}: expected HOST:PORT or off")
    return (host.strip("[]") or "127.0.0.1", int(port))


def _bind(address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """The listening server; an address that cannot be bound (in use, not this machine's, a
    privileged port) is the operator's setting to fix, so a ConfigError naming it (exit 2)
    rather than an OSError traceback."""
    try:
        return ThreadingHTTPServer(address, handler)
    except OSError as exc:
        host, port = address
        shown = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        raise ConfigError(
            f"http_listen (WATCHER_HTTP_LISTEN / --http): cannot listen on {shown}: "
            f"{exc.strerror or exc}; is another service (or another watcher) using it? Choose "
            "another address, or `off`"
        ) from None


Answer = tuple[int, bytes, str, tuple[tuple[str, str], ...]]


def _answer(
    target: str,
    authorization: str | None,
    metrics: Metrics,
    ready: Callable[[], tuple[bool, str]],
    web: WebView | None,
) -> Answer:
    """Status, body, content type and extra headers for a GET of `target`."""
    path = target.split("?", maxsplit=1)[0]
    if path == "/healthz":
        return 200, b"ok\n", "text/plain", ()
    if path == "/readyz":
        ok, why = ready()
        return 200 if ok else 503, f"{why}\n".encode(), "text/plain", ()
    if path == "/metrics":
        body = generate_latest(metrics.registry)
        return 200, body, "text/plain; version=0.0.4; charset=utf-8", ()
    if web is not None:
        page = web.handle(target, authorization)
        return page.status, page.body, page.content_type, page.headers
    return 404, b"not found\n", "text/plain", ()


def serve(
    address: tuple[str, int],
    metrics: Metrics,
    ready: Callable[[], tuple[bool, str]],
    web: WebView | None = None,
) -> ThreadingHTTPServer:
    """Start the endpoint in a daemon thread; the caller shuts it down. With `web`, every
    other path is the web view's (which asks for its token); without, it is 404."""

    class Handler(BaseHTTPRequestHandler):
        head_only = False

        def do_HEAD(self) -> None:
            """What GET would answer, without the body: calendar apps and feed readers ask
            HEAD before they fetch."""
            self.head_only = True
            self.do_GET()

        def do_GET(self) -> None:
            auth = self.headers.get("Authorization")
            self._send(*_answer(self.path, auth, metrics, ready, web))

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str,
            headers: tuple[tuple[str, str], ...] = (),
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not self.head_only:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: scrapes every few seconds would drown the service log."""

    server = _bind(address, Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="ops-http", daemon=True).start()
    return server
