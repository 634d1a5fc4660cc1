"""`run_once`: one pass over some sources, through every stage in order.

    sources ─► collect (fetch, parse) ─► new articles ─► extract facts ─► compare with the
    known state ─► rules (per fact, per article, on the clock) and source health ─► alerts
    (one event, one alert) ─► outbox ─► notifiers

`watcher check` and every job of `watcher run` call `run_once`, so the one-shot command and
the service cannot drift apart. Sources are collected concurrently in worker threads (network
and parsing); everything from reading the known state to queueing deliveries happens in one
store transaction, so runs of concurrent jobs never interleave, a crash leaves no half-run
behind, and a dry run rolls it all back after deciding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import structlog

from watcher.alerting.alerts import Alert, render_alert
from watcher.alerting.decide import Action
from watcher.alerting.routing import Router, Subject
from watcher.alerting.rules import Match, RuleSet
from watcher.delivery.outbox import DeliveryReport, deliver_due
from watcher.facts.known import Assessed, KnownState, Outcome, assess
from watcher.facts.pool import Doc, Reader, extract_doc
from watcher.facts.registry import Fact
from watcher.ingest.collect import Collected, PollStatus, collect
from watcher.ingest.parse_pool import Parser
from watcher.ingest.sources import Source
from watcher.models import Article, Validators
from watcher.pipeline.deps import Deps
from watcher.pipeline.health import HEALTHY, health_event, health_of
from watcher.pipeline.record import Event, Recorded, record_all
from watcher.state.alerts import AlertLog
from watcher.state.retention import prune_alerts
from watcher.state.silences import Silences
from watcher.state.store import SourceState, Store

log = structlog.get_logger(__name__)
__all__ = ["PollStatus", "RunReport", "SourceOutcome", "facts_of", "record_crash", "run_once"]


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """One source's part of a run: the articles it listed and which of them are new."""

    source_id: str
    status: PollStatus
    listed: int = 0
    new: tuple[Article, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    hints_s: tuple[float | None, ...] = ()
    skipped_seen: int = 0  # listed items known before, identified but never normalised


@dataclass(frozen=True, slots=True)
class RunReport:
    """Everything one pass over the sources found."""

    now: datetime
    outcomes: tuple[SourceOutcome, ...] = ()
    assessed: tuple[Assessed, ...] = ()
    recorded: tuple[Recorded, ...] = ()
    delivery: DeliveryReport | None = None

    @property
    def alerts(self) -> list[Recorded]:
        """The matches that raised or updated an alert (not mere corroborations)."""
        return [r for r in self.recorded if r.decision.action in (Action.CREATE, Action.UPDATE)]

    @property
    def new_articles(self) -> list[Article]:
        return [a for o in self.outcomes for a in o.new]

    @property
    def failed(self) -> list[SourceOutcome]:
        return [o for o in self.outcomes if o.status is PollStatus.FAILED]


def facts_of(
    article: Article, gazetteer: Path | None = None, now: datetime | None = None
) -> list[Fact]:
    """The extractor's view of one article; relative dates resolve against its date.

    An article without a date is read as of `now`, the time it was fetched (as `watcher
    extract` reads one): "from November 1" in an undated story polled in October is this
    year's November. The article itself stays undated, and a weekday in it names no day.
    """
    return extract_doc(doc_of(article, gazetteer, now))


def doc_of(article: Article, gazetteer: Path | None = None, now: datetime | None = None) -> Doc:
    """What the extractor reads of an article (see `facts_of`), as a value a worker can take."""
    when = article.published or now
    return Doc(
        article.text,
        article.title,
        when.date() if when else None,
        gazetteer,
        undated=article.published is None,
    )


def _outcome(collected: Collected, store: Store) -> SourceOutcome:
    """Which of a source's articles are new (read-only)."""
    sid = collected.source_id
    if collected.status is PollStatus.FAILED:
        return SourceOutcome(
            sid, collected.status, error=collected.error, hints_s=collected.hints_s
        )
    by_id = {a.id: a for a in collected.articles}  # a feed may repeat a guid; keep one
    unseen = store.unseen(sid, by_id)
    new = tuple(a for a in by_id.values() if a.id in unseen)
    skipped = set(collected.seen_ids) - by_id.keys()  # the parser knew them: not normalised
    return SourceOutcome(
        sid,
        collected.status,
        len(by_id) + len(skipped),
        new,
        warnings=collected.warnings,
        hints_s=collected.hints_s,
        skipped_seen=len(collected.seen_ids),
    )


def _log_outcome(outcome: SourceOutcome) -> None:
    for warning in outcome.warnings:
        log.warning("source_warning", source=outcome.source_id, warning=warning)
    if outcome.status is PollStatus.FAILED:
        log.error("source_failed", source=outcome.source_id, error=outcome.error)
    else:
        log.info(
            "source_polled",
            source=outcome.source_id,
            status=outcome.status.value,
            listed=outcome.listed,
            new=len(outcome.new),
            skipped_seen=outcome.skipped_seen,
        )


Extracted = list[tuple[Article, list[Fact]]]


def _poll(
    sources: Sequence[Source],
    states: Mapping[str, SourceState],
    deps: Deps,
    on_outcome: Callable[[SourceOutcome], None] | None,
    doc: Callable[[Article], Doc],
) -> tuple[list[Collected], list[SourceOutcome], Extracted]:
    """Collect every source in worker threads; each outcome is logged and reported to
    `on_outcome` as soon as its source is done, so a slow source never holds up the news of
    the others, and its new articles are read for facts (`facts.pool.Reader`: here, or by
    worker processes once the run has many) while the other sources are still being
    fetched. The lists come back in the order of `sources`, whatever order they finished
    in, so what the run records and prints does not depend on timing."""
    done: dict[int, tuple[Collected, SourceOutcome, list[int]]] = {}
    waiting: set[int] = set()  # sources whose articles went to the pool: logged at the end
    workers = min(deps.settings.fetch.concurrency, max(len(sources), 1))
    with (
        Reader() as reader,
        Parser() as parser,
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll") as pool,
    ):
        futures = {
            pool.submit(
                collect,
                s,
                states[s.id].validators,
                deps.fetcher,
                _SeenBefore(deps.store, s.id),
                parser,
            ): i
            for i, s in enumerate(sources)
        }
        for future in as_completed(futures):
            collected = future.result()
            outcome = _outcome(collected, deps.store)
            _log_outcome(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
            slots = [reader.add(doc(a)) for a in outcome.new]
            done[futures[future]] = (collected, outcome, slots)
            if (now_read := reader.read_now(slots)) is None:
                waiting.add(futures[future])
            else:
                _log_extracted(outcome, now_read)  # read already, while others are fetched
        facts = reader.facts()
    ordered = [done[i] for i in range(len(sources))]
    items = [list(zip(o.new, [facts[k] for k in slots], strict=True)) for _, o, slots in ordered]
    for i in sorted(waiting):
        _log_extracted(ordered[i][1], [facts[k] for k in ordered[i][2]])
    return (
        [c for c, _, _ in ordered],
        [o for _, o, _ in ordered],
        [item for source_items in items for item in source_items],
    )


def _log_extracted(outcome: SourceOutcome, facts: Sequence[Sequence[Fact]]) -> None:
    if facts:
        log.debug(
            "facts_extracted",
            source=outcome.source_id,
            articles=len(facts),
            facts=sum(len(f) for f in facts),
        )


class _SeenBefore:
    """Whether a source produced an article id before, for the parser to skip what is not
    new. The source's ids are read in one query on the first question, so a poll answered
    304, or with an unchanged body, asks nothing of the store."""

    def __init__(self, store: Store, source_id: str) -> None:
        self._store, self._source_id = store, source_id
        self._ids: frozenset[str] | None = None

    def __call__(self, article_id: str) -> bool:
        return article_id in self.known()

    def known(self) -> frozenset[str]:
        """Every id the source produced before (for a parsing worker process)."""
        if self._ids is None:
            self._ids = self._store.seen_ids(self._source_id)
        return self._ids


def _quiet(
    outcomes: Iterable[SourceOutcome],
    states: Mapping[str, SourceState],
    now: datetime,
    *,
    catch_up: bool,
    max_age: timedelta,
) -> set[tuple[str, str]]:
    """Articles that update the known state but alert only on a change against it, unless
    catching up: all of a source's first poll, and any published long before `now`, so that
    neither a new source's backlog nor the backlog after downtime floods the reader."""
    if catch_up:
        return set()
    return {
        (a.source_id, a.id)
        for o in outcomes
        for a in o.new
        if states[o.source_id].first_poll
        or (a.published is not None and now - a.published > max_age)
    }


def _speaks(match: Match, quiet: set[tuple[str, str]]) -> bool:
    if match.article is None or (match.article.source_id, match.article.id) not in quiet:
        return True
    outcome = match.comparison.outcome if match.comparison else None
    return match.corroborating or outcome in (Outcome.CHANGED, Outcome.REVERTED)


def _routed(match: Match, router: Router) -> Alert:
    """The alert of a match, with the notifiers routing (or the rule's `notify:`) chose:
    the one place where an alert's notifiers are decided."""
    alert = render_alert(match)
    return replace(alert, notify=router.route(Subject.of(match.rule)).notify)


def _rule_events(
    rules: RuleSet,
    assessed: Sequence[Assessed],
    state: KnownState,
    tags: Mapping[str, frozenset[str]],
    now: datetime,
    *,
    quiet: set[tuple[str, str]],
    router: Router,
) -> list[tuple[Event, Alert]]:
    """Rules over every compared fact and article, then the clock (deadline reminders)."""
    matches = [
        m
        for item in assessed
        for m in rules.matches(item, tags.get(item.article.source_id, frozenset()))
    ]
    matches = [m for m in matches if _speaks(m, quiet)]
    matches.extend(rules.clock_matches(state, now))
    for m in matches:
        log.info("rule_matched", rule=m.rule.id, alert_key=m.key, on=m.event)
    return [(Event.of(m), _routed(m, router)) for m in matches]


def _record_polls(
    collected: Sequence[Collected],
    outcomes: Sequence[SourceOutcome],
    states: Mapping[str, SourceState],
    store: Store,
    now: datetime,
) -> None:
    for c, o in zip(collected, outcomes, strict=True):
        if c.status is PollStatus.FAILED:
            store.record_failure(c.source_id, c.error or "unknown error", now)
            continue
        if c.status is PollStatus.OK:  # the ids whose state changed: new, and dropped
            listed = {a.id for a in c.articles} | set(c.seen_ids)
            store.record_listing(c.source_id, listed, now, states[c.source_id].last_ok_at)
        # a 304 or an unchanged body writes no seen id: `prune_seen` keeps its listing
        store.record_success(c.source_id, c.validators or Validators(), now)
        if o.new:
            store.note_new_articles(c.source_id, now)


def _health_events(
    sources: Sequence[Source], deps: Deps, now: datetime
) -> list[tuple[Event, Alert]]:
    """A health alert when a source turns unhealthy, and when one that was comes back."""
    outbox, notify = AlertLog(deps.store), tuple(deps.settings.notifiers)
    events = []
    states = deps.store.source_states(s.id for s in sources)
    for source in sources:
        health = health_of(source, states[source.id], now, deps.settings.health_failures)
        event, alert = health_event(source.id, health, notify, now)
        versions = outbox.versions(event.key)
        if health.status == HEALTHY and (not versions or versions[-1].value == HEALTHY):
            continue  # nothing to recover from
        events.append((event, alert))
    return events


@dataclass(frozen=True)
class _Polled:
    """What the polling half of a run hands to the deciding half."""

    sources: Sequence[Source]
    states: Mapping[str, SourceState]
    collected: list[Collected]
    outcomes: list[SourceOutcome]
    quiet: set[tuple[str, str]]
    items: list[tuple[Article, list[Fact]]]


def _decide_and_record(
    polled: _Polled,
    deps: Deps,
    now: datetime,
) -> tuple[list[Assessed], list[Recorded]]:
    """Compare, evaluate and record, inside the caller's transaction."""
    store = deps.store
    state = store.known(deps.baseline)  # = known_state(baseline, learned), kept between polls
    assessed, state, learned = assess(polled.items, state, now)
    _log_facts(assessed)
    tags = {s.id: frozenset(s.tags) for s in polled.sources}
    events = _rule_events(
        deps.rules, assessed, state, tags, now, quiet=polled.quiet, router=deps.settings.router()
    )
    _record_polls(polled.collected, polled.outcomes, polled.states, store, now)
    store.learn(learned)
    events.extend(_health_events(polled.sources, deps, now))
    recorded = record_all(
        AlertLog(store),
        events,
        silences=Silences(store).active(now),
        configs=deps.settings.notifiers,
        now=now,
    )
    return assessed, recorded


def run_once(
    sources: Sequence[Source],
    deps: Deps,
    now: datetime,
    *,
    dry_run: bool = False,
    catch_up: bool = True,
    on_outcome: Callable[[SourceOutcome], None] | None = None,
) -> RunReport:
    """Poll `sources` once and act on what is new; `now` is the time the run believes.

    `catch_up=False` keeps a source's first poll quiet (see `_quiet`). With no sources, a run
    still evaluates the clock: deadline reminders fall due with no new article.
    """
    settings, store = deps.settings, deps.store
    states = store.source_states(s.id for s in sources)
    collected, outcomes, items = _poll(
        sources, states, deps, on_outcome, lambda a: doc_of(a, settings.gazetteer_file, now)
    )
    quiet = _quiet(
        outcomes,
        states,
        now,
        catch_up=catch_up,
        max_age=timedelta(days=settings.alert_max_age_days),
    )
    polled = _Polled(sources, states, collected, outcomes, quiet, items)
    with store.transaction(rollback=dry_run):
        assessed, recorded = _decide_and_record(polled, deps, now)
    delivery = None
    if not dry_run:
        store.prune_seen(now - timedelta(days=settings.seen_retention_days))
        prune_alerts(store, now - timedelta(days=settings.alert_retention_days))
        delivery = deliver_due(
            AlertLog(store),
            deps.notifiers,
            settings.notifiers,
            now,
            settings.delivery,
            claim_lease=timedelta(seconds=settings.lease_s),
        )
    return RunReport(now, tuple(outcomes), tuple(assessed), tuple(recorded), delivery)


def record_crash(source: Source, deps: Deps, now: datetime, error: str) -> RunReport:
    """A poll of `source` that crashed (a bug: `run_once` raised) counts as a failed poll.

    The failure is recorded like any other, so the source's health, its `last_error`, the
    schedule's backoff and the metrics see it: after `health_failures` crashes in a row the
    usual `source_unhealthy` alert is raised and sent. Nothing else of the crashed run is
    kept (its transaction was rolled back). Raises only when the store itself fails.
    """
    store = deps.store
    with store.transaction():
        store.record_failure(source.id, error, now)
        recorded = record_all(
            AlertLog(store),
            _health_events([source], deps, now),
            silences=Silences(store).active(now),
            configs=deps.settings.notifiers,
            now=now,
        )
    delivery = deliver_due(
        AlertLog(store),
        deps.notifiers,
        deps.settings.notifiers,
        now,
        deps.settings.delivery,
        claim_lease=timedelta(seconds=deps.settings.lease_s),
    )
    outcome = SourceOutcome(source.id, PollStatus.FAILED, error=error)
    return RunReport(now, (outcome,), (), tuple(recorded), delivery)


def _log_facts(assessed: Sequence[Assessed]) -> None:
    for item in assessed:
        for c in item.comparisons:
            log.info(
                "fact_compared",
                source=item.article.source_id,
                article=item.article.id,
                kind=c.fact.kind,
                status=c.fact.status.value,
                outcome=c.outcome.value,
            )
