"""What every command shares: common options, settings, clean failures, the clock."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
import structlog

from watcher.alerting.routing import Subject
from watcher.alerting.rules import Rule, RuleSet
from watcher.alerting.rules.cache import load_rules_cached
from watcher.common import startup_gc
from watcher.common.redact import Secrets
from watcher.delivery.notifiers import build_notifier
from watcher.delivery.notifiers.config import notifier_secrets
from watcher.errors import ConfigError, StoreError
from watcher.facts.baseline import BASELINE_FILE, load_baseline
from watcher.ingest.documents import as_utc
from watcher.ingest.fetch import Fetcher
from watcher.ingest.sources import Source, load_sources
from watcher.logs import configure_logging
from watcher.pipeline import Deps
from watcher.settings import Settings, load_settings
from watcher.state.store import Store, missing_file, open_store, sqlite_path

# Exit codes (README "Exit codes"); where several hold, the highest wins.
EXIT_OK = 0  # all went well (`run`: a clean stop)
EXIT_SOURCE_FAILED = 1  # `check`: a source failed; the others were polled and recorded
EXIT_USAGE = 2  # a usage or configuration error, or a state file that cannot be used
EXIT_UNDELIVERED = 3  # `check`: deliveries still pending or dead after its wait
EXIT_INTERNAL = 4  # an internal error: a bug
EXIT_BROKEN_PIPE = 141  # stdout's reader went away, as a tool killed by SIGPIPE (128 + 13)
F = TypeVar("F", bound=Callable[..., Any])
log = structlog.get_logger(__name__)


def parse_now(value: str | None) -> datetime:
    """`--now` as aware UTC (a time without zone is taken as UTC); absent means the clock."""
    if value is None:
        return datetime.now(UTC)
    moment = as_utc(value)
    if moment is None:
        raise click.BadParameter(
            f"{value!r} is not an ISO time such as 2025-06-06T12:00Z", param_hint="--now"
        )
    return moment


_COMMON = (
    click.option(
        "--config",
        "config",
        type=click.Path(path_type=Path),
        help="TOML config file (default: ./watcher.toml if present).",
    ),
    click.option(
        "--state",
        "state",
        help="SQLite state file (default: ./watcher.db), or a sqlite:/// or postgresql:// URL.",
    ),
    click.option(
        "--log-level",
        type=click.Choice(["debug", "info", "warning", "error"]),
        help="Least severe log level written to stderr.",
    ),
    click.option(
        "--log-format",
        type=click.Choice(["auto", "console", "json"]),
        help="Log as text for people or JSON lines for services.",
    ),
)
_RULES = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    metavar="DIR",
    help="Folder of rule files, instead of the rules_dirs setting (repeatable, in order; "
    "`shipped` is the shipped pack: --rules shipped --rules ./my-rules).",
)
_SOURCES = click.option(
    "--sources",
    "sources_file",
    type=click.Path(path_type=Path),
    help="Sources file (default: ./sources.yaml).",
)


def state_overrides(state: str | None) -> dict[str, Any]:
    """`--state` names an SQLite file or a URL; either way it wins over both settings."""
    if state is None:
        return {}
    if "://" in state:
        return {"state_url": state}
    return {"state_path": Path(state), "state_url": f"sqlite:///{state}"}


def build_settings(
    config: Path | None, *, default_log_level: str = "info", **overrides: Any
) -> Settings:
    """Settings, and logging set up from them. One-shot commands print their own report, so
    unless a log level was asked for (flag, variable or file) they log warnings only."""
    settings = load_settings(config, **overrides)
    explicit = "log_level" in settings.model_fields_set
    configure_logging(
        settings.log_level if explicit else default_log_level,
        settings.log_format,
        scrub=configured_secrets(settings).scrub,
    )
    return settings


def configured_secrets(settings: Settings) -> Secrets:
    """Every configured secret value: the notifiers' passwords, tokens, webhook URLs and
    headers, and the header values of the sources file. Text from outside (a server's error
    reply) is scrubbed of them before it is logged, stored or printed."""
    return notifier_secrets(settings.notifiers) | _source_secrets(settings.sources_file)


def _source_secrets(path: Path) -> Secrets:
    """The sources' header values; a missing or broken sources file has none here (the
    command that reads it reports the problem, so this pass must never be what fails)."""
    try:
        sources = load_sources(path) if path.is_file() else []
    except Exception:  # reported by the command that reads the file
        return Secrets()
    return Secrets.of(value for source in sources for value in source.headers.values())


def with_settings(
    *, sources: bool = False, rules: bool = False, service: bool = False, deps: bool = False
) -> Callable[[F], F]:
    """Give a command the options every command takes (`--config`, `--state`, the log options,
    with `sources=True` also `--sources`, with `rules=True` also `--rules`), build its Settings
    once from them, and call it with `settings=`. Configuration and store problems end it
    with their message, exit 2; an unexpected exception is an internal error, exit 4.
    `service=True` logs at info by default (a service's log is its record).

    Start-up ends here: the garbage collector, off since `__main__` (`common.startup_gc`),
    is turned back on once the settings are built, or with `deps=True` (the command opens
    `open_deps`) once the rules, baseline and store are loaded as well."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(
            *,
            config: Path | None,
            state: str | None,
            log_level: str | None,
            log_format: str | None,
            sources_file: Path | None = None,
            rules_dirs: tuple[str, ...] = (),
            **kwargs: Any,
        ) -> Any:
            try:
                settings = build_settings(
                    config,
                    default_log_level="info" if service else "warning",
                    **state_overrides(state),
                    sources_file=sources_file,
                    rules_dirs=rules_dirs,
                    log_level=log_level,
                    log_format=log_format,
                )
                if not deps:
                    startup_gc.resume()
                return func(settings=settings, **kwargs)
            except (ConfigError, StoreError) as exc:
                click.echo(f"watcher: error: {exc}", err=True)
                sys.exit(EXIT_USAGE)
            except (click.ClickException, click.exceptions.Exit, click.Abort):
                raise  # click's own: usage errors (exit 2) and early exits
            except BrokenPipeError:
                reader_gone()
            except Exception as exc:  # anything else is a bug
                internal_error(exc)

        command: Any = wrapper
        options = (*_COMMON, *([_SOURCES] if sources else []), *([_RULES] if rules else []))
        for option in options:
            command = option(command)
        return command  # type: ignore[no-any-return]

    return decorate


def reader_gone() -> NoReturn:
    """The reader of stdout went away (`watcher alerts list | head`): not a bug. Exit quietly
    as a tool killed by SIGPIPE would (141), with stdout pointed at /dev/null so that Python's
    final flush does not complain again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_BROKEN_PIPE)


def internal_error(exc: Exception) -> NoReturn:
    """An exception nobody expected is a bug: exit 4 (not click's 1, which means a failed
    source), with the traceback in the log on stderr (so a JSON log stays one object per line)
    and one short line saying what happened and what to do."""
    if not structlog.is_configured():
        configure_logging("error")
    structlog.get_logger(__name__).error("internal_error", exc_info=exc)
    click.echo(
        f"watcher: internal error (a bug in watcher, not a problem with your files): "
        f"{type(exc).__name__}: {exc}\nPlease report it with the traceback above.",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def select_sources(sources: list[Source], wanted: tuple[str, ...]) -> list[Source]:
    """The enabled sources, or exactly those named by `--source` (enabled or not)."""
    if not wanted:
        return [s for s in sources if s.enabled]
    known = {s.id: s for s in sources}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise ConfigError(
            f"unknown source id(s): {', '.join(unknown)}; known: {', '.join(known) or 'none'}"
        )
    return [known[w] for w in wanted]


def baseline_path(settings: Settings) -> Path:
    return settings.seeds_dir / BASELINE_FILE


@contextmanager
def open_deps(settings: Settings) -> Iterator[Deps]:
    """What a run needs, loaded and opened; start-up ends here (`startup_gc.resume`)."""
    baseline = tuple(load_baseline(baseline_path(settings)))
    rules, cached = load_rules_cached(
        settings.rules_dirs, settings.gazetteer_file, rules_cache_path(settings)
    )
    check_notifier_names(rules, settings)
    if not cached:  # a cache's key holds the gazetteer's bytes, which loaded with those rules
        from watcher.facts.extract import load_gazetteer  # noqa: PLC0415 (not on a cache hit)

        load_gazetteer(settings.gazetteer_file)  # a broken file is a startup error, not later
    notifiers = {name: build_notifier(config) for name, config in settings.notifiers.items()}
    with open_store(settings.state) as store, Fetcher(settings.fetch) as fetcher:
        deps = Deps(
            settings=settings,
            store=store,
            fetcher=fetcher,
            baseline=baseline,
            rules=RuleSet(rules),
            notifiers=notifiers,
        )
        startup_gc.resume()
        yield deps


def rules_cache_path(settings: Settings) -> Path | None:
    """Where `check` keeps its validated rules (`alerting.rules.cache`): beside an SQLite
    state file (`state.db` → `state.db.rules-cache.json`); None for an in-memory or
    PostgreSQL state, which has no folder of its own."""
    path = sqlite_path(settings.state)
    if path is None or str(path) == ":memory:":
        return None
    return path.with_name(path.name + ".rules-cache.json")


def reading_store(settings: Settings) -> Store:
    """The state store for commands that only look: a missing file reads as empty and is not
    created (an empty in-memory store stands in), and a read-only file is fine."""
    missing = missing_file(settings.state)
    if missing is None:
        return open_store(settings.state, write=False)
    click.echo(
        f"watcher: no state file at {missing} yet (nothing has run with this --state)", err=True
    )
    return open_store(Path(":memory:"))


def check_notifier_names(rules: list[Rule], settings: Settings) -> None:
    """Every notifier a rule names (`notify:`, the override of routing) must be configured:
    an alert with nowhere to go is lost. The routes were checked with the settings. A
    configured notifier that no enabled rule's alerts reach is named in a warning (unless
    there is no enabled rule at all, when nothing could reach it)."""
    missing = sorted(
        {
            f"rule {r.id}: notify: {name}"
            for r in rules
            for name in r.notify or ()
            if name not in settings.notifiers
        }
    )
    if missing:
        raise ConfigError(
            "\n".join(missing) + "\n(not configured; configured notifiers: "
            f"{', '.join(settings.notifiers) or 'none'})"
        )
    subjects = [Subject.of(r) for r in rules if r.enabled]
    for name in settings.router().unrouted(subjects) if subjects else ():
        log.warning(
            "notifier_unrouted",
            notifier=name,
            detail=f"notifier {name!r} is configured but no rule's alerts route to it (it "
            "gets only source-health alerts); add it to a route's notify, or to "
            "default_route, or remove it",
        )
