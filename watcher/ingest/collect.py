"""Polling one source: fetch (or read) it and turn what came back into articles.

Runs in worker threads, so it writes nothing: the result is a `Collected` value, and the
pipeline decides afterwards, on one thread, what is new. Every failure becomes a `FAILED`
result naming the source (never an exception), so one source cannot stop the others: an
expected one (a FetchError, a ParseError) with its message, and any other exception — a bug,
or a library failing on an input nobody foresaw — with its type, after a `source_crashed` log
event at error level with the traceback. In a `dir` source the same holds per file: a file
that cannot be read is skipped with a warning naming it (`document_crashed` with the traceback
when the exception was unexpected) and the folder's other files are still read; only an
unreadable `meta.yaml`, which describes them all, fails the source.

Errors and warnings are cleaned of control characters like the articles' texts, because they
quote file names and server answers and are printed to a terminal.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from watcher.errors import HTTPStatusError, StoreError, WatcherError
from watcher.ingest.documents import (
    folder_meta,
    list_documents,
    page_article,
    page_charset,
    read_document,
)
from watcher.ingest.fetch import Fetcher, RedirectRules, read_local
from watcher.ingest.hints import max_age_s, ttl_s
from watcher.ingest.sources import DirSource, FeedSource, PageSource, Source
from watcher.ingest.text import strip_controls
from watcher.models import Article, FetchResult, Validators

if TYPE_CHECKING:  # the parser and its normaliser are imported when a body must be read
    from collections.abc import Callable

    from watcher.ingest.normalise import SeenId
    from watcher.ingest.parse import ParsedFeed

    ParseBody = Callable[[FetchResult, SeenId | None], ParsedFeed]

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
    hints_s: tuple[float | None, ...] = ()  # Retry-After, max-age, ttl: when to come back
    seen_ids: tuple[str, ...] = ()  # listed items the parser skipped: seen before


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _after_304(old: Validators, result: FetchResult) -> Validators:
    """A 304 that omits a validator keeps the stored one (some servers forget them)."""
    return Validators(
        etag=result.etag or old.etag,
        last_modified=result.last_modified or old.last_modified,
        body_sha256=old.body_sha256,
    )


def _fetch(source: FeedSource | PageSource, old: Validators, fetcher: Fetcher) -> FetchResult:
    if isinstance(source, FeedSource) and not source.is_http:
        return read_local(source.id, _local_path(source.url), fetcher.max_body_bytes)
    redirects = RedirectRules(source.headers_follow_redirects, source.allow_private_addresses)
    return fetcher.fetch(
        source.id, source.url, validators=old, headers=source.headers, redirects=redirects
    )


def _local_path(url: str) -> Path:
    return Path(url.removeprefix("file://"))


def _collect_fetched(
    source: FeedSource | PageSource,
    old: Validators,
    fetcher: Fetcher,
    seen: SeenId | None,
    parse: ParseBody | None,
) -> Collected:
    result = _fetch(source, old, fetcher)
    if result.not_modified:
        return Collected(source.id, PollStatus.NOT_MODIFIED, validators=_after_304(old, result))
    digest = _sha256(result.body)
    validators = Validators(result.etag, result.last_modified, digest)
    hints = (max_age_s(result.headers), ttl_s(result.body))
    if digest == old.body_sha256:
        return Collected(source.id, PollStatus.UNCHANGED, validators=validators, hints_s=hints)
    if isinstance(source, PageSource):
        article = page_article(result)
        _, charset_warning = page_charset(result.headers)
        warnings = (charset_warning,) if charset_warning else ()
        return Collected(
            source.id, PollStatus.OK, (article,), validators, warnings=warnings, hints_s=hints
        )
    if parse is None:
        from watcher.ingest.parse import parse_feed  # noqa: PLC0415 - not needed on a 304

        parsed = parse_feed(result, seen=seen)
    else:
        parsed = parse(result, seen)
    warnings = (f"feed parser warning (entries used anyway): {parsed.bozo}",) if parsed.bozo else ()
    return Collected(
        source.id,
        PollStatus.OK,
        tuple(parsed.articles),
        validators,
        warnings=warnings,
        hints_s=hints,
        seen_ids=parsed.seen_ids,
    )


def _collect_dir(source: DirSource) -> Collected:
    if not source.path.is_dir():
        return Collected(source.id, PollStatus.FAILED, error=f"no such folder: {source.path}")
    folder_meta(source.path)  # an unreadable meta.yaml fails the source, naming the file
    articles, warnings = [], []
    for path in list_documents(source.path):
        try:
            articles.append(read_document(path, source.id))
        except WatcherError as exc:  # one bad file must not hide the others
            warnings.append(str(exc))
        except Exception as exc:  # a bug, but still only this file's problem
            log.exception("document_crashed", file=str(path))
            warnings.append(f"{path}: unexpected {type(exc).__name__}: {exc}")
    return Collected(source.id, PollStatus.OK, tuple(articles), warnings=tuple(warnings))


def _where(source: Source) -> str:
    return str(source.path) if isinstance(source, DirSource) else source.url


def _cleaned(collected: Collected) -> Collected:
    """Error and warnings without control characters: they quote names and answers."""
    error = strip_controls(collected.error) if collected.error else collected.error
    warnings = tuple(strip_controls(w) for w in collected.warnings)
    if error == collected.error and warnings == collected.warnings:
        return collected
    return dataclasses.replace(collected, error=error, warnings=warnings)


def collect(
    source: Source,
    old: Validators,
    fetcher: Fetcher,
    seen: SeenId | None = None,
    parse: ParseBody | None = None,
) -> Collected:
    """Poll one source; failures become a FAILED result naming the source, never a raise,
    except the state store's own (`StoreError`, from `seen`), which is not the source's.

    `seen(article_id)` says whether the source produced an id before: a feed's items it
    knows are not normalised, and come back as `seen_ids` instead of articles. `parse` parses
    a changed feed body (`parse_pool.Parser`: here or in a worker process); by default, here.
    """
    with structlog.contextvars.bound_contextvars(source=source.id):
        return _cleaned(_collect(source, old, fetcher, seen, parse))


def _collect(
    source: Source,
    old: Validators,
    fetcher: Fetcher,
    seen: SeenId | None,
    parse: ParseBody | None,
) -> Collected:
    try:
        if isinstance(source, DirSource):
            return _collect_dir(source)
        return _collect_fetched(source, old, fetcher, seen, parse)
    except HTTPStatusError as exc:
        return Collected(source.id, PollStatus.FAILED, error=str(exc), hints_s=(exc.retry_after_s,))
    except StoreError:
        # `seen` asks the state store: its outage is the state's, not the source's (the
        # service waits for the state; a source failure would count toward its health)
        raise
    except WatcherError as exc:
        return Collected(source.id, PollStatus.FAILED, error=str(exc))
    except Exception as exc:  # a bug, or a library failing on an unforeseen input
        log.exception("source_crashed", where=_where(source))
        error = f"{source.id}: unexpected {type(exc).__name__} reading {_where(source)}: {exc}"
        return Collected(source.id, PollStatus.FAILED, error=error)
