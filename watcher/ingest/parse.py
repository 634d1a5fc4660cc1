"""Fetched feed bodies to Articles: RSS 0.9x/1.0/2.0, Atom, RDF and JSON Feed.

Two parsers, one meaning. feedparser is the reference for what an entry is: it recovers
broken XML, honours the HTTP charset and says what was wrong (bozo), but takes tens of
milliseconds per feed. fastfeedparser's C core reads a feed in well under a millisecond,
but has silently dropped entries (0 of 60 in one real RDF feed, 10 of 20 in another), drops
`content:encoded` in RDF, and picks links, ids and repeated fields differently. So a body
goes to fastfeedparser only after one cheap expat pass (`watcher.ingest.feedscan`) finds nothing
the two read differently; its entry count must then equal the scan's count of item/entry
elements, no entry may have lost its content, and no entry that holds text may come out
without any. The scan also follows which element feedparser takes each entry's text from
and collects the one case fastfeedparser cannot give (a second summary that feedparser
reads as content); text in elements fastfeedparser never reads (<body>, <xhtml:body>,
<fullitem>) declines. Anything else goes to feedparser, and `ParsedFeed.fallback` says why.
The question each check answers is whether the two would give different articles, not
whether the feed is tidy: what moves only the base of relative links (xml:base, no feed page
link, or two) declines only when an entry's link or id is relative, and a title nested in
an <image> beside the entry's own is no repeat. `bench/fallback.py` measures the rate on
real feeds.

Identity comes first: each path reads an entry's guid and link, resolves the id, and asks
the caller's `seen` before normalising anything, so a poll where one item is new turns one
item into text (`ParsedFeed.seen_ids` lists the others).

Both paths feed one normaliser, so they give the same Articles: the golden tests run every
feed file through both and compare. Dates come from the raw strings on both paths (the scan
collects them for the fast path) and are read by `parse_date` alone, because the libraries
disagree on odd dates: fastfeedparser reads "yesterday" against the wall clock and
feedparser rolls "2025-02-30" into March. Every text field is read as HTML, because feeds
mislabel their content types all the time.

feedparser never sees a URL, only `io.BytesIO(body)` and the response headers, and
fastfeedparser only ever gets bytes (given a str that starts with "http" it fetches it).

This module is the public API and the orchestration: which path reads a body, and how
each path's entries are read. The one normaliser lives in `watcher.ingest.normalise`, the
scan in `watcher.ingest.feedscan`, the JSON Feed reader in `watcher.ingest.jsonfeed`.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import fastfeedparser
import feedparser

from watcher.errors import ParseError
from watcher.ingest.feedscan import Scan, Seen
from watcher.ingest.jsonfeed import JSONItem, is_json, read_json_feed
from watcher.ingest.normalise import (
    Body,
    SeenId,
    articles,
    base_url,
    clean,
    first_date,
    first_text,
    parse_date,
    title_text,
)
from watcher.models import Article, FetchResult

__all__ = ["ParsedFeed", "ParserChoice", "ParserName", "SeenId", "parse_date", "parse_feed"]

ParserName = Literal["fast", "feedparser", "json"]
ParserChoice = Literal["auto", "fast", "feedparser"]


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The articles of one body, and how they were obtained.

    `bozo` is feedparser's complaint about a body it still read entries from; the caller
    logs it with the source name. The fast path only takes well-formed XML, so it is None
    there. `fallback` says why the fast path was not used, for debug logs and benchmarks.
    """

    articles: list[Article]
    bozo: str | None
    parser: ParserName
    fallback: str | None = None
    seen_ids: tuple[str, ...] = ()

    @property
    def skipped_seen(self) -> int:
        """How many listed items were already seen, and so never turned into text."""
        return len(self.seen_ids)


def parse_feed(
    result: FetchResult, *, parser: ParserChoice = "auto", seen: SeenId | None = None
) -> ParsedFeed:
    """Parse a changed body into normalised Articles, in document order, first of each id.

    `parser="auto"` tries the fast path and falls back to feedparser; "feedparser" skips
    the fast path; "fast" raises ParseError where auto would fall back (tests, benchmarks).
    A JSON Feed is always read by our own strict reader. Raises ParseError when the body is
    empty, is not a feed, or is broken beyond recovering a single entry; a well-formed feed
    with no items gives an empty list.

    `seen(article_id)` says whether the source produced that id before. Such an item is not
    normalised (HTML to text, dates: most of the cost after the parser) and not returned as
    an article; its id is in `seen_ids`, so the caller can still note that the feed lists it.
    """
    body = result.body
    if not body.strip():
        raise ParseError(result.source_id, "empty body")
    if is_json(body, _content_type(result.headers)):
        return _parse_json_feed(result, seen)
    if parser == "feedparser":
        return _parse_with_feedparser(result, seen, fallback=None)
    parsed, reason = _parse_fast(result, seen)
    if parsed is not None:
        return parsed
    if parser == "fast":
        raise ParseError(result.source_id, f"fast path declined: {reason}")
    return _parse_with_feedparser(result, seen, fallback=reason)


# --- feedparser: the reference ------------------------------------------------------------

# Headers feedparser may see. Content-Encoding would make it gunzip a body that httpx has
# already decoded, and Content-Location would make it resolve links differently from the
# fast path, so only these pass.
_FEEDPARSER_HEADERS = ("content-type", "content-language")
_HTML_PAGE = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.I | re.S
)


def _parse_with_feedparser(
    result: FetchResult, seen: SeenId | None, *, fallback: str | None
) -> ParsedFeed:
    """Parse with feedparser; a body with no entries is an error unless it is a clean feed."""
    headers = {k.lower(): v for k, v in result.headers.items()}
    try:
        doc = feedparser.parse(
            io.BytesIO(result.body),
            response_headers={k: headers[k] for k in _FEEDPARSER_HEADERS if k in headers},
            sanitize_html=False,  # html_to_text drops what the sanitiser would, faster
            resolve_relative_uris=False,  # links inside content never reach an Article
        )
    except Exception as exc:  # its loose parser raises KeyError, AttributeError... on junk
        raise ParseError(
            result.source_id, f"feedparser failed: {type(exc).__name__}: {exc}"
        ) from exc
    bozo = _bozo_text(doc)
    entries: list[dict[str, Any]] = doc.get("entries") or []
    if not entries and (bozo or not doc.get("version")):
        raise ParseError(result.source_id, _not_a_feed(result.body, bozo))
    base = base_url(doc.get("feed", {}).get("link"), result.url)
    listed = articles(
        entries, (_feedparser_identity, _from_feedparser), base, result.source_id, seen
    )
    return ParsedFeed(listed.articles, bozo, "feedparser", fallback, tuple(listed.seen_ids))


# dict.get, not entry.get: FeedParserDict maps a missing `updated` to `published` with a
# DeprecationWarning, and we want the raw fields.


def _feedparser_identity(entry: dict[str, Any]) -> tuple[str | None, str | None]:
    return clean(dict.get(entry, "id")), clean(dict.get(entry, "link"))


def _from_feedparser(entry: dict[str, Any]) -> Body:
    get = functools.partial(dict.get, entry)
    contents = [c.get("value") for c in get("content") or ()]
    return Body(
        title=title_text(get("title")),
        text=first_text([*contents, get("summary")]),
        published=first_date(get("published"), get("updated")),
    )


def _bozo_text(doc: Mapping[str, Any]) -> str | None:
    if not doc.get("bozo"):
        return None
    exc = doc.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}" if exc is not None else "malformed feed"


def _not_a_feed(body: bytes, bozo: str | None) -> str:
    if _HTML_PAGE.match(body[:2048]):
        return "body is an HTML page, not a feed"
    if bozo:
        return f"not a feed, and no entries could be recovered ({bozo})"
    return "not a feed: no RSS, RDF or Atom root element"


# --- fastfeedparser, guarded by the scan --------------------------------------------------


# What an Article is read from is an entry's id, link, title, content and description (and
# the feed's link); fastfeedparser's categories, media and enclosures are never read, and
# building them is ~15% of its time on real feeds (`bench/HISTORY.md`, branch i13-onenew).
_FAST_FIELDS = {"include_tags": False, "include_media": False, "include_enclosures": False}


def _parse_fast(result: FetchResult, seen: SeenId | None) -> tuple[ParsedFeed | None, str]:
    """Parse with fastfeedparser if the scan vouches for the body; else say why not."""
    scan = Scan()
    problem = scan.run(result.body, _charset(result.headers))
    if problem:
        return None, problem
    try:
        doc = fastfeedparser.parse(scan.body, **_FAST_FIELDS)
    except Exception as exc:  # any failure only means "use the reference parser"
        return None, f"fastfeedparser failed: {type(exc).__name__}: {exc}"
    entries: list[Mapping[str, Any]] = doc.get("entries") or []
    problem = _lost(entries, scan)
    if problem:
        return None, problem
    reader = _FastReader(_undo_double_encoding if scan.utf8 else _as_is)
    base = base_url(doc.get("feed", {}).get("link"), result.url)
    pairs = zip(entries, scan.entries, strict=True)
    listed = articles(pairs, (reader.identity, reader.body), base, result.source_id, seen)
    return ParsedFeed(listed.articles, None, "fast", None, tuple(listed.seen_ids)), ""


def _lost(entries: list[Mapping[str, Any]], scan: Scan) -> str | None:
    """Why fastfeedparser's reading is not feedparser's, from raw values only (nothing is
    normalised yet): entries lost, content or text lost, or relative links against a base
    the two would choose differently."""
    if len(entries) != len(scan.entries):
        return f"fastfeedparser read {len(entries)} of {len(scan.entries)} entries"
    if scan.base_note and not all(map(_absolute_ids, entries, scan.entries)):
        return scan.base_note
    for i, (entry, seen) in enumerate(zip(entries, scan.entries, strict=True), 1):
        if seen.content and not entry.get("content"):
            return f"fastfeedparser dropped the content of entry {i}"
        # All raw candidates blank means no text once normalised, so this needs no text.
        if seen.texts and not any(map(clean, _text_candidates(entry, seen))):
            return f"fastfeedparser read no text for entry {i}, which holds some"
    return None


def _absolute_ids(entry: Mapping[str, Any], seen: Seen) -> bool:
    """Whether an entry's link and id mean the same against any base: absolute, and left
    as they are by urljoin (feedparser resolves both against xml:base)."""
    values = (entry.get("link"), entry.get("id") if seen.guid else None)
    return all(_stable_uri(v.strip()) for v in values if isinstance(v, str) and v.strip())


def _stable_uri(value: str) -> bool:
    """Absolute, and left as it is by urljoin against a base of its own scheme (against
    another scheme urljoin returns any value untouched, so that would prove nothing: it
    drops an empty "?" or "#" when the schemes agree)."""
    try:
        scheme = urlsplit(value).scheme
        return bool(scheme) and urljoin(f"{scheme}://base.invalid/probe/", value) == value
    except ValueError:
        return False


def _undo_double_encoding(value: Any) -> Any:
    """Text of a UTF-8 feed that someone upstream read as Latin-1 and encoded again ("CafÃ©"),
    repaired as feedparser repairs every field of a UTF-8 feed, so that both paths agree."""
    if not isinstance(value, str) or value.isascii():
        return value
    try:
        return value.encode("iso-8859-1").decode("utf-8")
    except UnicodeError:  # not double-encoded: nearly all text
        return value


def _as_is(value: Any) -> Any:
    return value


_FastItem = tuple[Mapping[str, Any], Seen]


@dataclass(frozen=True, slots=True)
class _FastReader:
    """Entries from fastfeedparser, paired with what the scan saw in each. `repair` (for a
    UTF-8 feed) goes over every raw value read, as feedparser's does."""

    repair: Callable[[Any], Any]

    def identity(self, item: _FastItem) -> tuple[str | None, str | None]:
        """The guid, only when the entry had one (fastfeedparser fills a missing id with the
        link), and the link."""
        entry, seen = item
        guid = clean(self.repair(entry.get("id"))) if seen.guid else None
        return guid, clean(self.repair(entry.get("link")))

    def body(self, item: _FastItem) -> Body:
        """Title, text and the date from the scan. A summary the scan saw feedparser promote
        to content comes first, as feedparser reads it."""
        entry, seen = item
        candidates = map(self.repair, _text_candidates(entry, seen))
        return Body(
            title=title_text(self.repair(entry.get("title"))),
            text=first_text(candidates),
            published=first_date(*seen.dates),
        )


def _text_candidates(entry: Mapping[str, Any], seen: Seen) -> list[object]:
    """The raw values an entry's text is taken from, in feedparser's order of preference.

    An entry whose values are all blank while the scan saw text lost it (fastfeedparser did
    not read the element); one whose values are only markup (a tracking image) did not.
    """
    contents = [c.get("value") for c in entry.get("content") or ()]
    return [seen.promoted, *contents, entry.get("description"), seen.nested_summary]


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _content_type(headers: Mapping[str, str]) -> str:
    return next((v for k, v in headers.items() if k.lower() == "content-type"), "")


def _charset(headers: Mapping[str, str]) -> str | None:
    match = _CHARSET.search(_content_type(headers))
    return match[1] if match else None


# --- JSON Feed ---------------------------------------------------------------------------


def _parse_json_feed(result: FetchResult, seen: SeenId | None) -> ParsedFeed:
    """Read a JSON Feed strictly (`watcher.ingest.jsonfeed`); a spec violation is a ParseError."""
    try:
        doc = read_json_feed(result.body)
    except ValueError as exc:  # json.JSONDecodeError and JSONFeedError
        raise ParseError(result.source_id, str(exc)) from exc
    base = base_url(doc.home_page_url, result.url)
    read = (_json_identity, _json_body)
    listed = articles(doc.items, read, base, result.source_id, seen)
    return ParsedFeed(listed.articles, None, "json", None, tuple(listed.seen_ids))


def _json_identity(item: JSONItem) -> tuple[str | None, str | None]:
    return item.guid, item.link


def _json_body(item: JSONItem) -> Body:
    """The reader made title and text plain already; only the date is left to read."""
    return Body(item.title, item.text, first_date(*item.dates))
