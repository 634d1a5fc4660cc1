"""`watcher extract`: the rule author's microscope: the facts of articles, and how each
compares with the known state. It reads the known state and never changes it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import click

from watcher.cli.common import (
    baseline_path,
    parse_now,
    with_settings,
)
from watcher.cli.formats import TEXT, emit, format_option
from watcher.cli.output import article_json, print_assessed
from watcher.errors import ConfigError, ParseError, WatcherError
from watcher.facts.baseline import known_state, load_baseline
from watcher.facts.known import KnownState, assess
from watcher.ingest.documents import list_documents, page_article, read_document, text_article
from watcher.ingest.fetch import Fetcher, read_local
from watcher.ingest.parse import parse_feed
from watcher.models import Article
from watcher.pipeline import facts_of
from watcher.settings import Settings
from watcher.state.store import missing_file, open_store

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})


def _from_url(url: str, settings: Settings) -> list[Article]:
    with Fetcher(settings.fetch) as fetcher:
        result = fetcher.fetch("url", url)
    try:
        articles = parse_feed(result).articles
    except WatcherError:
        articles = []
    return articles or [page_article(result)]


def read_inputs(target: str, settings: Settings) -> Iterator[Article]:
    """Articles from a file, a folder of files, a URL (feed or page), or `-` for stdin."""
    if target == "-":
        yield text_article("stdin", sys.stdin.read(), Path("<stdin>"))
    elif target.startswith(("http://", "https://")):
        yield from _from_url(target, settings)
    elif (path := Path(target)).is_dir():
        yield from (_document(p, path.name) for p in list_documents(path))
    elif path.is_file() and path.suffix.lower() in FEED_SUFFIXES:
        yield from parse_feed(read_local(path.stem, path, settings.fetch.max_body_bytes)).articles
    elif path.is_file():
        yield _document(path, path.parent.name or ".")
    else:
        raise ConfigError(f"{target}: no such file, folder or URL")


def _document(path: Path, label: str) -> Article:
    """One file the user named: one that cannot be read (broken front matter, HTML without
    the `pages` extra) is a problem with the input, exit 2 with its message, not a bug."""
    try:
        return read_document(path, label)
    except ParseError as exc:
        raise ConfigError(str(exc)) from None


def current_state(settings: Settings) -> KnownState:
    """Baseline plus what the store has learned; a missing store file is not created."""
    baseline = load_baseline(baseline_path(settings))
    if missing_file(settings.state):
        return known_state(baseline, [])
    with open_store(settings.state) as store:
        return known_state(baseline, store.learned_facts())


def _dated(article: Article, now: datetime) -> tuple[Article, str | None]:
    if article.published is not None:
        return article, None
    note = f"undated: relative dates resolved against {now:%Y-%m-%d} (--now)"
    return Article(
        article.source_id, article.id, article.title, article.text, article.url, now
    ), note


@click.command()
@with_settings()
@click.argument("targets", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option(
    "--now",
    "now_text",
    metavar="ISO-TIME",
    help="Reference time for undated articles (default: the clock).",
)
@format_option()
def extract(
    *,
    settings: Settings,
    targets: tuple[str, ...],
    now_text: str | None,
    fmt: str,
) -> None:
    """Show the facts of articles and how each compares with the known state."""
    now = parse_now(now_text)
    read = [a for target in targets for a in read_inputs(target, settings)]
    dated = [_dated(a, now) for a in read]
    # an undated article is read as of `now` (its weekdays name no day), shown as of `now`
    items = [
        (shown, facts_of(article, settings.gazetteer_file, now))
        for article, (shown, _) in zip(read, dated, strict=True)
    ]
    # Compared as `check` would: in publication order, each learning from the ones before.
    results, _, _ = assess(items, current_state(settings), now)
    if fmt != TEXT:
        emit(fmt, (article_json(item) for item in results))
        return
    for item, (_, note) in zip(results, dated, strict=True):
        print_assessed(item, reference_note=note)
