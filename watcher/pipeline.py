"""The one place that knows the order of the stages.

    sources ─► fetch ─► parse ─► new articles ─► extract facts ─► compare with known state
            ─► rules (per compared fact, per article, and on the clock) ─► alerts

`watcher check` and every job of `watcher run` call `run_once`, so the one-shot command and
the service cannot drift apart. Sources are collected concurrently in worker threads (network
and parsing); everything that writes to the store happens afterwards on the calling thread, in
one transaction for the whole run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

import structlog

from watcher.alerts import Alert, render_alert
from watcher.baseline import known_state
from watcher.dedup import Action
from watcher.delivery import DeliveryReport, deliver_due
from watcher.documents import list_documents, page_article, read_document
from watcher.errors import WatcherError
from watcher.extract import extract_facts
from watcher.fetch import Fetcher, read_local
from watcher.known import Assessed, KnownFact, KnownState, assess
from watcher.models import Article, Fact, FetchResult, Validators
from watcher.notifiers import Notifier
from watcher.outbox import AlertLog, Silences
from watcher.parse import parse_feed
from watcher.recording import Recorded, record_all
from watcher.rules import Match, RuleSet
from watcher.settings import Settings
from watcher.sources import DirSource, FeedSource, PageSource, Source
from watcher.store import Store

log = structlog.get_logger(__name__)


class PollStatus(StrEnum):
    """How a source's poll ended."""

    OK = "ok"  # a body was read and parsed
    NOT_MODIFIED = "not_modified"  # the server answered 304
    UNCHANGED = "unchanged"  # the body is byte for byte the last one; not parsed again
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Collected:
    """What polling one source produced, before anything is written to the store."""

    source_id: str
    status: PollStatus
    articles: tuple[Article, ...] = ()
    validators: Validators | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """One source's part of a run: the articles it listed and which of them are new."""

    source_id: str
    status: PollStatus
    listed: int = 0
    new: tuple[Article, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Deps:
    """The collaborators a run needs; built once by the CLI or the daemon."""

    settings: Settings
    store: Store
    fetcher: Fetcher
    baseline: tuple[KnownFact, ...] = ()
    rules: RuleSet = field(default_factory=lambda: RuleSet(()))
    notifiers: Mapping[str, Notifier] = field(default_factory=dict)


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _after_304(old: Validators, result: FetchResult) -> Validators:
    """A 304 that omits a validator keeps the stored one (some servers forget them)."""
    return Validators(
        etag=result.etag or old.etag,
        last_modified=result.last_modified or old.last_modified,
        body_sha256=old.body_sha256,
    )


def _fetch(source: FeedSource | PageSource, old: Validators, deps: Deps) -> FetchResult:
    if isinstance(source, FeedSource) and not source.is_http:
        return read_local(source.id, _local_path(source.url), deps.settings.fetch.max_body_bytes)
    return deps.fetcher.fetch(source.id, source.url, validators=old, headers=source.headers)


def _local_path(url: str) -> Path:
    return Path(url.removeprefix("file://"))


def _collect_fetched(source: FeedSource | PageSource, old: Validators, deps: Deps) -> Collected:
    result = _fetch(source, old, deps)
    if result.not_modified:
        return Collected(source.id, PollStatus.NOT_MODIFIED, validators=_after_304(old, result))
    digest = _sha256(result.body)
    validators = Validators(result.etag, result.last_modified, digest)
    if digest == old.body_sha256:
        return Collected(source.id, PollStatus.UNCHANGED, validators=validators)
    if isinstance(source, PageSource):
        return Collected(source.id, PollStatus.OK, (page_article(result),), validators)
    parsed = parse_feed(result)
    warnings = (f"feed parser warning (entries used anyway): {parsed.bozo}",) if parsed.bozo else ()
    return Collected(
        source.id, PollStatus.OK, tuple(parsed.articles), validators, warnings=warnings
    )


def _collect_dir(source: DirSource) -> Collected:
    if not source.path.is_dir():
        return Collected(source.id, PollStatus.FAILED, error=f"no such folder: {source.path}")
    articles, warnings = [], []
    for path in list_documents(source.path):
        try:
            articles.append(read_document(path, source.id))
        except WatcherError as exc:  # one bad file must not hide the others
            warnings.append(str(exc))
    return Collected(source.id, PollStatus.OK, tuple(articles), warnings=tuple(warnings))


def collect(source: Source, old: Validators, deps: Deps) -> Collected:
    """Poll one source; failures become a FAILED result naming the source, never a raise."""
    with structlog.contextvars.bound_contextvars(source=source.id):
        try:
            if isinstance(source, DirSource):
                return _collect_dir(source)
            return _collect_fetched(source, old, deps)
        except WatcherError as exc:
            return Collected(source.id, PollStatus.FAILED, error=str(exc))


def _decide(collected: Collected, store: Store) -> SourceOutcome:
    """Which of a source's articles are new (read-only)."""
    sid = collected.source_id
    if collected.status is PollStatus.FAILED:
        return SourceOutcome(sid, collected.status, error=collected.error)
    by_id = {a.id: a for a in collected.articles}  # a feed may repeat a guid; keep one
    unseen = store.unseen(sid, by_id)
    new = tuple(a for a in by_id.values() if a.id in unseen)
    return SourceOutcome(sid, collected.status, len(by_id), new, warnings=collected.warnings)


def _commit(
    collected: Sequence[Collected],
    learned: Sequence[KnownFact],
    pairs: Sequence[tuple[Match, Alert]],
    deps: Deps,
    now: datetime,
    *,
    dry_run: bool,
) -> list[Recorded]:
    """Everything a run learned and decided, in one transaction: seen articles, validators,
    facts, alerts and their pending deliveries. A crash before the commit leaves no trace, so
    the next run sees the same articles as new and loses nothing; a dry run rolls it all back
    after deciding."""
    store = deps.store
    with store.transaction(rollback=dry_run):
        for c in collected:
            if c.status is PollStatus.FAILED:
                store.record_failure(c.source_id, c.error or "unknown error", now)
                continue
            store.mark_seen(c.source_id, {a.id for a in c.articles}, now)
            if c.validators is not None:
                store.record_success(c.source_id, c.validators, now)
        store.learn(learned)
        silences = Silences(store).active(now)
        return record_all(
            AlertLog(store), pairs, silences=silences, configs=deps.settings.notifiers, now=now
        )


def facts_of(article: Article, gazetteer: Path | None = None) -> list[Fact]:
    """The extractor's view of one article; relative dates resolve against its date."""
    published = article.published.date() if article.published else None
    return extract_facts(
        article.text, title=article.title, published=published, gazetteer_path=gazetteer
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
        )


def run_once(
    sources: Sequence[Source],
    deps: Deps,
    now: datetime,
    *,
    dry_run: bool = False,
    on_outcome: Callable[[SourceOutcome], None] | None = None,
) -> RunReport:
    """Poll `sources` once and return what is new; `now` is the time the run believes."""
    states = {s.id: deps.store.source_state(s.id).validators for s in sources}
    collected, outcomes = [], []
    workers = min(deps.settings.fetch.concurrency, max(len(sources), 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll") as pool:
        futures = [pool.submit(collect, s, states[s.id], deps) for s in sources]
        for future in futures:
            collected.append(future.result())
            outcomes.append(_decide(collected[-1], deps.store))
            _log_outcome(outcomes[-1])
            if on_outcome is not None:
                on_outcome(outcomes[-1])
    gazetteer = deps.settings.gazetteer_file
    items = [(a, facts_of(a, gazetteer)) for o in outcomes for a in o.new]
    state = known_state(deps.baseline, deps.store.learned_facts())
    assessed, state, learned = assess(items, state, now)
    _log_facts(assessed)
    pairs = _alerts(deps.rules, assessed, state, {s.id: frozenset(s.tags) for s in sources}, now)
    recorded = _commit(collected, learned, pairs, deps, now, dry_run=dry_run)
    delivery = None
    if not dry_run:
        deps.store.prune_seen(now - timedelta(days=deps.settings.seen_retention_days))
        delivery = deliver_due(
            AlertLog(deps.store),
            deps.notifiers,
            deps.settings.notifiers,
            now,
            deps.settings.delivery,
        )
    return RunReport(now, tuple(outcomes), tuple(assessed), tuple(recorded), delivery)


def _alerts(
    rules: RuleSet,
    assessed: Sequence[Assessed],
    state: KnownState,
    tags: dict[str, frozenset[str]],
    now: datetime,
) -> list[tuple[Match, Alert]]:
    """Rules over every compared fact and article, then the clock (deadline reminders)."""
    matches = [
        m
        for item in assessed
        for m in rules.matches(item, tags.get(item.article.source_id, frozenset()))
    ]
    matches.extend(rules.clock_matches(state, now))
    for match in matches:
        log.info("rule_matched", rule=match.rule.id, alert_key=match.key, on=match.event)
    return [(m, render_alert(m)) for m in matches]


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
