"""`watcher run`: the service people leave running for months.

One APScheduler job per source (its interval with jitter, or its cron expression), each calling
the same `pipeline.run_once` as `watcher check`; a clock job that evaluates deadline rules with
no new article; an outbox job that retries deliveries as they fall due. Jobs coalesce, never
overlap themselves, and tolerate a late start.

After each poll the next one is pushed back when the server asked for a pause (`Retry-After`,
`Cache-Control: max-age`, a feed's `<ttl>`) or the source keeps failing. Rules and sources are
reloaded on SIGHUP and when their files change; an invalid file is reported and the last good
set stays in force. SIGTERM or SIGINT stops the service: running polls finish (or are cut after
`shutdown_timeout_s`), and pending deliveries stay in the outbox for the next start.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

import structlog
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from watcher import __version__
from watcher.alerting.rules import Rule, RuleSet, load_rules
from watcher.alerting.rules.load import rule_files
from watcher.common import early_signals
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers.config import ConsoleConfig, NotifierConfig
from watcher.delivery.outbox import deliver_due
from watcher.errors import ConfigError, StoreError
from watcher.facts.baseline import BASELINE_FILE, load_baseline
from watcher.facts.extract import load_gazetteer
from watcher.facts.known import KnownFact
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import Source, load_sources
from watcher.pipeline import Deps, PollStatus, RunReport, SourceOutcome, record_crash, run_once
from watcher.pipeline.health import UNHEALTHY, health_of
from watcher.service.ops import Metrics, dead_detail, serve
from watcher.service.schedule import next_poll
from watcher.settings import Settings
from watcher.state.alerts import AlertLog
from watcher.state.claims import claimer, in_flight
from watcher.state.leases import Instance, Leases
from watcher.state.store import Store
from watcher.web.app import WebView
from watcher.web.auth import exposure_problem
from watcher.web.sight import Loaded, Sight

log = structlog.get_logger(__name__)
WATCH_EVERY_S = 2.0
READY_WAIT_S = 5.0  # how long /readyz waits for the state store to take a write
FORGET_INSTANCES = 100  # an instance silent for this many lease_s is gone from `status`


@dataclass(frozen=True)
class Config:
    """What a reload replaces: the sources, the rules and the baseline."""

    sources: dict[str, Source]
    rules: list[Rule]
    baseline: tuple[KnownFact, ...]


def load_config(
    settings: Settings, sources_file: Path, check_rules: Callable[[list[Rule]], None]
) -> Config:
    """Everything that can be reloaded, validated; ConfigError names what is wrong."""
    sources = {s.id: s for s in load_sources(sources_file) if s.enabled}
    rules = load_rules(settings.rules_dirs, settings.gazetteer_file)
    check_rules(rules)
    load_gazetteer(settings.gazetteer_file)
    baseline = tuple(load_baseline(settings.seeds_dir / BASELINE_FILE))
    return Config(sources, rules, baseline)


def _fingerprint(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
            continue
        out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _in_service(config: NotifierConfig) -> NotifierConfig:
    return config.in_service() if isinstance(config, ConsoleConfig) else config


def _same_schedule(a: Source, b: Source) -> bool:
    return (a.interval, a.cron) == (b.interval, b.cron)


def _state_unavailable(job: str, exc: StoreError) -> None:
    log.warning("state_unavailable", job=job, error=str(exc))


@contextlib.contextmanager
def _state_may_be_away(job: str) -> Iterator[None]:
    """Run a job's step, leaving it to the job's next run if the state store cannot be
    reached (a PostgreSQL restart or failover, an SQLite file locked too long).

    That is not a bug, so it is one warning line, not a traceback from the scheduler nor a
    crashed poll; and it loses nothing: a poll's transaction is undone whole, so its articles
    are new again at the next poll, and a delivery's claim expires after `lease_s`.
    """
    try:
        yield
    except StoreError as exc:
        _state_unavailable(job, exc)


def _trigger(source: Source) -> CronTrigger | IntervalTrigger:
    if source.cron:
        return CronTrigger.from_crontab(source.cron, timezone=UTC)
    seconds = source.interval.total_seconds()
    jitter = int(min(seconds * 0.1, 30)) or None
    return IntervalTrigger(seconds=seconds, jitter=jitter, timezone=UTC)


class Service:
    """The scheduler, its jobs, the ops endpoint, and reloads."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        fetcher: Fetcher,
        *,
        sources_file: Path,
        catch_up: bool,
        listen: tuple[str, int] | None,
        check_rules: Callable[[list[Rule]], None],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings, self.store, self.sources_file = settings, store, sources_file
        self.catch_up, self.listen, self.clock = catch_up, listen, clock
        self._check_rules = check_rules
        self.config = load_config(settings, sources_file, check_rules)
        notifiers = {n: build_notifier(_in_service(c)) for n, c in settings.notifiers.items()}
        self.deps = Deps(
            settings, store, fetcher, self.config.baseline, RuleSet(self.config.rules), notifiers
        )
        self.metrics = Metrics(
            AlertLog(store).counts, AlertLog(store).dead_by_notifier, self._leases_held
        )
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(settings.fetch.concurrency + 2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )
        self.instance = Instance(
            claimer(), socket.gethostname(), os.getpid(), __version__, clock(), clock()
        )
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._jobs_lock = threading.Lock()  # see _push_back
        self._stopping = False
        self._watched = self._watch_fingerprint()

    # -- jobs ----------------------------------------------------------------------------

    def _holds(self, name: str, now: datetime, of: int | None = None) -> bool:
        """Whether this instance runs job `name` now: always on an SQLite state; on a shared
        one, while it holds (or can take) the job's lease, within its share of `of` such
        leases (`Leases.acquire`)."""
        if not self.store.shared:
            return True
        ttl = timedelta(seconds=self.settings.lease_s)
        try:
            return Leases(self.store).acquire(name, self.instance.id, now, ttl, of=of)
        except StoreError as exc:  # the database is away: leave the job to the next try
            log.warning("lease_unavailable", lease=name, error=str(exc))
            return False

    def _leases_held(self) -> dict[str, int]:
        """For `watcher_leases_held`: none on an SQLite state, where there are no leases."""
        if not self.store.shared:
            return {}
        return Leases(self.store).held(self.instance.id, self.clock())

    def _heartbeat(self) -> None:
        """This instance is alive, and keeps its leases."""
        now, ttl = self.clock(), timedelta(seconds=self.settings.lease_s)
        try:
            Leases(self.store).heartbeat(self.instance, now, ttl, in_flight())
            Leases(self.store).forget_before(now - FORGET_INSTANCES * ttl)
        except StoreError as exc:
            log.warning("heartbeat_failed", error=str(exc))

    def _poll(self, source_id: str) -> None:
        source = self.config.sources.get(source_id)
        if source is None:
            return
        started, now = time.monotonic(), self.clock()
        if not self._holds(f"source:{source_id}", now, of=len(self.config.sources)):
            return
        try:
            report = run_once([source], self.deps, now, catch_up=self.catch_up)
        except StoreError as exc:  # the state is away: not a bug, and nothing was kept
            _state_unavailable(f"source:{source_id}", exc)
            return
        except Exception as exc:  # a bug in one poll must not stop the source's schedule
            log.exception("poll_crashed", source=source_id)
            self.metrics.poll_crashes.labels(source_id).inc()
            report = self._crashed(source, now, exc)
        self.metrics.observe(report, time.monotonic() - started)
        self._push_back(source, report.outcomes[0].hints_s, now)

    def _crashed(self, source: Source, now: datetime, exc: Exception) -> RunReport:
        """A crashed poll is a failed poll of its source (health, backoff, metrics, /readyz);
        if even that cannot be recorded, the metrics still count it."""
        error = f"poll crashed: {type(exc).__name__}: {exc} (see the poll_crashed log event)"
        try:
            return record_crash(source, self.deps, now, error)
        except Exception:
            log.exception("poll_crash_unrecorded", source=source.id)
            return RunReport(now, (SourceOutcome(source.id, PollStatus.FAILED, error=error),))

    def _push_back(self, source: Source, hints: tuple[float | None, ...], now: datetime) -> None:
        """Delay the next poll when the server asked for it or the source keeps failing.

        Not once the stop has begun: the scheduler's shutdown holds its job-store lock while
        it waits for running jobs, so a poll that asked it for its job then would deadlock
        with it, and the stop would wait out the whole `shutdown_timeout_s`. `_jobs_lock`
        makes "not stopping" and the scheduler calls one step."""
        with self._jobs_lock, _state_may_be_away(f"source:{source.id}"):
            if not self._stopping:
                self._reschedule(source, hints, now)

    def _reschedule(self, source: Source, hints: tuple[float | None, ...], now: datetime) -> None:
        job = self.scheduler.get_job(f"source:{source.id}")
        if job is None:
            return
        failures = self.store.source_state(source.id).consecutive_failures
        at = next_poll(
            now,
            source.interval,
            failures=failures,
            hints_s=hints,
            ceiling=timedelta(seconds=self.settings.source_backoff_max_s),
        )
        stretched = at > now + source.interval  # a pause was asked for, or failures
        if stretched and not source.cron and job.next_run_time and job.next_run_time < at:
            job.modify(next_run_time=at)
            log.info("poll_deferred", source=source.id, until=at.isoformat(), failures=failures)
        if job.next_run_time is not None:
            self.store.set_next_poll(source.id, job.next_run_time)

    def _clock_tick(self) -> None:
        now = self.clock()
        if not self._holds("clock", now):
            return
        with _state_may_be_away("clock"):
            self.metrics.observe(run_once([], self.deps, now), 0.0)

    def _outbox_tick(self) -> None:
        s = self.settings
        with _state_may_be_away("outbox"):
            report = deliver_due(
                AlertLog(self.store),
                self.deps.notifiers,
                s.notifiers,
                self.clock(),
                s.delivery,
                claim_lease=timedelta(seconds=s.lease_s),
            )
            self.metrics.observe_delivery(report.delivered, report.retrying, report.dead)

    def _schedule_sources(self, previous: dict[str, Source]) -> None:
        """Jobs for the sources now configured. A job whose schedule is unchanged keeps its
        next run (a reload must not undo a pause the server asked for; the job reads the
        rest of its source afresh each time); a changed schedule keeps the earlier of the old
        next run and a full new interval; a new job starts when the store says the last one
        would have run next, if that is still to come."""
        wanted = {f"source:{sid}": s for sid, s in self.config.sources.items()}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("source:") and job.id not in wanted:
                job.remove()
        now = self.clock()
        for job_id, source in wanted.items():
            job = self.scheduler.get_job(job_id)
            old = previous.get(source.id)
            if job is not None and old is not None and _same_schedule(old, source):
                continue
            first = self._first_run(source, now)
            if job is not None:
                before = job.next_run_time
                job.reschedule(_trigger(source))
                job.modify(next_run_time=min(before, first) if before else first)
                continue
            self.scheduler.add_job(
                self._poll,
                _trigger(source),
                args=[source.id],
                id=job_id,
                name=job_id,
                next_run_time=first,
            )

    def _first_run(self, source: Source, now: datetime) -> datetime:
        """The next poll the store remembers (a pause a server asked for outlives a restart),
        or now. A shortened interval takes effect from the poll after that one."""
        remembered = self.store.source_state(source.id).next_poll_at
        return max(now, remembered) if remembered else now

    # -- reloads -------------------------------------------------------------------------

    def _watch_paths(self) -> list[Path]:
        rules = [f for d in self.settings.rules_dirs if d.is_dir() for f in rule_files([d])]
        return [self.sources_file, self.settings.seeds_dir / BASELINE_FILE, *rules]

    def _watch_fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        try:
            return _fingerprint(self._watch_paths())
        except ConfigError:
            return ()

    def reload(self, why: str) -> bool:
        """Swap in the new sources and rules, or keep the old ones if anything is invalid."""
        try:
            config = load_config(self.settings, self.sources_file, self._check_rules)
        except ConfigError as exc:
            # an expected, explained failure: the message, not a traceback
            log.error("config_reload_failed", why=why, error=str(exc))  # noqa: TRY400
            self.metrics.reload_failures.inc()
            return False
        previous, self.config = self.config.sources, config
        self.deps = dataclasses.replace(
            self.deps, rules=RuleSet(config.rules), baseline=config.baseline
        )
        self._schedule_sources(previous)
        log.info("config_reloaded", why=why, sources=len(config.sources), rules=len(config.rules))
        return True

    # -- life cycle ----------------------------------------------------------------------

    def ready(self) -> tuple[bool, str]:
        if not self.scheduler.running:
            return False, "scheduler not running"
        problem = self._store_problem()
        if problem is not None:
            return False, problem
        dead = dead_detail(AlertLog(self.store).dead_by_notifier())
        return True, "\n".join(["ready", *self._unhealthy_sources()]) + dead

    def _store_problem(self) -> str | None:
        """Why the state store does not take a write now, if it does not; a database that
        does not answer within `READY_WAIT_S` (a server that is down: the pool waits for it
        longer) is a problem too, so that a probe gets its answer in time."""
        found: list[str | None] = []

        def probe() -> None:
            try:  # not in the writers' turn: a probe must not queue behind others' polls
                with self.store.transaction(rollback=True, exclusive=False) as conn:
                    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _ready (x INTEGER)")
            except Exception as exc:
                found.append(f"state store not writable: {exc}")
            else:
                found.append(None)

        thread = threading.Thread(target=probe, name="ready-probe", daemon=True)
        thread.start()
        thread.join(READY_WAIT_S)
        if not found:
            return f"state store not answering within {READY_WAIT_S:g} s"
        return found[0]

    def _unhealthy_sources(self) -> list[str]:
        """One line per unhealthy source, for /readyz: the service is still ready (a source's
        outage is not the service's), but whoever looks is told."""
        now, limit = self.clock(), self.settings.health_failures
        lines = []
        for source in self.config.sources.values():
            health = health_of(source, self.store.source_state(source.id), now, limit)
            if health.status == UNHEALTHY:
                lines.append(f"source {source.id} unhealthy: {health.reason}")
        return lines

    def _signals(self) -> None:
        def stop(signum: int, frame: FrameType | None) -> None:
            log.info("stop_requested", signal=signal.Signals(signum).name)
            self._stop.set()

        def hup(signum: int, frame: FrameType | None) -> None:
            self._reload.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, hup)
        early = early_signals.stop_requested()  # arrived while starting (`python -m watcher`)
        if early is not None:
            log.info("stop_requested", signal=early, while_starting=True)
            self._stop.set()

    def run(self) -> int:
        """Run until SIGTERM/SIGINT; returns the exit code."""
        self._signals()
        if self._stop.is_set():  # stopped while starting: nothing was scheduled yet
            log.info("service_stopped")
            return 0
        s = self.settings
        if self.store.shared:
            self._heartbeat()
            self.scheduler.add_job(
                self._heartbeat, IntervalTrigger(seconds=s.lease_s / 3), id="heartbeat"
            )
        self._schedule_sources({})
        self.scheduler.add_job(
            self._clock_tick,
            IntervalTrigger(seconds=s.clock_interval_s),
            id="clock",
            next_run_time=self.clock(),
        )
        self.scheduler.add_job(
            self._outbox_tick,
            IntervalTrigger(seconds=s.delivery.outbox_interval_s),
            id="outbox",
            next_run_time=self.clock(),
        )
        server = serve(self.listen, self.metrics, self.ready, self._web()) if self.listen else None
        self.scheduler.start()
        self._log_started()
        self._main_loop()
        if server is not None:
            server.shutdown()
            server.server_close()
        return self._shutdown()

    def _web(self) -> WebView | None:
        """The web view beside the ops endpoints; off, with a warning, where it would be
        reachable from other machines without a token (a container listens on 0.0.0.0 for
        its health check and must keep starting)."""
        assert self.listen is not None
        secret = self.settings.web_token
        token = secret.get_secret_value() if secret else None
        problem = exposure_problem(self.listen[0], token)
        if problem:
            log.warning("web_view_off", detail=f"{problem}; /healthz, /readyz, /metrics stay on")
            return None
        sight = Sight(self.store, self.clock, self._loaded, self.settings.health_failures, token)
        return WebView(sight)

    def _loaded(self) -> Loaded:
        """What the web view describes: the configuration in force since the last reload."""
        config = self.config
        return Loaded(tuple(config.sources.values()), tuple(config.rules), config.baseline)

    def _log_started(self) -> None:
        """The line an operator reads first: which watcher, with what, listening where."""
        config_file = self.settings.model_config.get("toml_file")
        log.info(
            "service_started",
            version=__version__,
            config_file=str(config_file) if config_file else None,
            state_path=str(self.settings.state),
            sources=len(self.config.sources),
            rules=len(self.config.rules),
            notifiers=len(self.deps.notifiers),
            listen=f"{self.listen[0]}:{self.listen[1]}" if self.listen else "off",
            catch_up=self.catch_up,
            pid=os.getpid(),
        )

    def _main_loop(self) -> None:
        last_watch = time.monotonic()
        while not self._stop.wait(0.2):
            if self._reload.is_set():
                self._reload.clear()
                self.reload("SIGHUP")
            if time.monotonic() - last_watch >= WATCH_EVERY_S:
                last_watch = time.monotonic()
                current = self._watch_fingerprint()
                if current != self._watched:
                    self._watched = current
                    self.reload("files changed")

    def _shutdown(self) -> int:
        """Let running polls finish, up to the timeout; pending deliveries stay queued."""
        with self._jobs_lock:
            self._stopping = True
        done = threading.Thread(target=self.scheduler.shutdown, kwargs={"wait": True}, daemon=True)
        done.start()
        done.join(self.settings.shutdown_timeout_s)
        if done.is_alive():
            log.warning("shutdown_timeout", seconds=self.settings.shutdown_timeout_s)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)  # the store rolls back any half-done run; nothing is lost
        if self.store.shared:
            with contextlib.suppress(StoreError):  # unrenewed, they expire after lease_s
                Leases(self.store).leave(self.instance.id)
        log.info("service_stopped")
        return 0
