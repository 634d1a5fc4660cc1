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

Both paths feed one normaliser, so they give the same Articles: the golden tests run every
feed file through both and compare. Dates come from the raw strings on both paths (the scan
collects them for the fast path) and are read by `parse_date` alone, because the libraries
disagree on odd dates: fastfeedparser reads "yesterday" against the wall clock and
feedparser rolls "2025-02-30" into March. Every text field is read as HTML, because feeds
mislabel their content types all the time.

feedparser never sees a URL, only `io.BytesIO(body)` and the response headers, and
fastfeedparser only ever gets bytes (given a str that starts with "http" it fetches it).

This module is the public API and the orchestration: which path reads a body, and the one
normaliser. The scan lives in `watcher.ingest.feedscan`, the JSON Feed reader in
`watcher.ingest.jsonfeed`.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from hashlib import sha256
from typing import Any, Literal, TypeVar
from urllib.parse import urljoin, urlsplit

import fastfeedparser
import feedparser

from watcher.errors import ParseError
from watcher.ingest.feedscan import Scan, Seen
from watcher.ingest.jsonfeed import JSONItem, is_json, read_json_feed
from watcher.ingest.text import html_to_text, normalize_whitespace, strip_controls
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


SeenId = Callable[[str], bool]


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


# --- normalisation shared by every path ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Body:
    """What normalising an entry makes: plain title and text, UTC date."""

    title: str
    text: str
    published: datetime | None


_T = TypeVar("_T")
# How one parser's entries are read: identity (raw guid and link) first, which is cheap,
# and the normalised body only for an item that is not already seen.
_Identity = Callable[[_T], tuple[str | None, str | None]]
_Normalise = Callable[[_T], _Body]


@dataclass(slots=True)
class _Listed:
    """The articles of one body, and the ids of the items skipped as already seen."""

    articles: list[Article]
    seen_ids: list[str]


def _articles(
    items: Iterable[_T],
    read: tuple[_Identity[_T], _Normalise[_T]],
    base: str,
    source_id: str,
    seen: SeenId | None,
) -> _Listed:
    """Resolve links and ids; drop entries with nothing in them and repeats of an id.

    The id is found before anything is normalised, so an item `seen` knows costs its guid
    and link only. An id that needs the content (a hash: no guid, no link) is never skipped.
    """
    identity, normalise = read
    listed = _Listed([], [])
    ids: set[str] = set()
    for item in items:
        guid, link = map(_without_controls, identity(item))
        url = _resolve(base, link)
        known = _known_id(guid, link, url)
        if known is not None and seen is not None and seen(known):
            if known not in ids:
                ids.add(known)
                listed.seen_ids.append(known)
            continue
        body = normalise(item)
        if not (body.title or body.text or url):
            continue
        article_id = known or _content_id(body)
        if article_id in ids:
            continue
        ids.add(article_id)
        listed.articles.append(
            Article(source_id, article_id, body.title, body.text, url, body.published)
        )
    return listed


def _without_controls(value: str | None) -> str | None:
    """A guid or link without control characters (title and text are clean already:
    `watcher.ingest.text` made them)."""
    return (strip_controls(value) or None) if value else value


def _known_id(guid: str | None, link: str | None, url: str | None) -> str | None:
    """The guid, else the absolute link; None when only the content can name the entry.

    A guid equal to the raw link is the link (feedparser copies permalink guids into the
    link, fastfeedparser copies links into the id), so it gets the resolved form.
    """
    if guid and guid != link:
        return guid
    return url or guid


def _content_id(body: _Body) -> str:
    """The id of an entry with neither guid nor link: a hash of its title and text."""
    digest = sha256(f"{body.title}\n{body.text}".encode()).hexdigest()
    return f"sha256:{digest}"


def _base_url(feed_link: object, feed_url: str) -> str:
    """The feed's own link (made absolute against the feed URL), else the feed URL."""
    if isinstance(feed_link, str) and feed_link.strip():
        candidate = _resolve(feed_url, feed_link)
        if candidate:
            return candidate
    return feed_url


def _resolve(base: str, link: str | None) -> str | None:
    """An absolute http(s) URL for `link`, or None (tag: URIs and mailto: are not pages)."""
    if not link or not (link := link.strip()):
        return None
    link = _EXTRA_SLASHES.sub(r"\1", link)  # "https:///x" is "https://x", as for feedparser
    if link.startswith(("http://", "https://")):
        return link  # already absolute; urljoin would only cost time
    try:
        url = urljoin(base, link)
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None


_EXTRA_SLASHES = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)/+")


def _str(value: object) -> str | None:
    """A stripped non-empty string, else None; library dicts hold anything."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _title(value: object) -> str:
    """A title as one line of plain text."""
    return normalize_whitespace(html_to_text(value)) if isinstance(value, str) else ""


def _first_text(candidates: Iterable[object]) -> str:
    """The plain text of the first candidate that has any: full content before summary."""
    for candidate in candidates:
        if isinstance(candidate, str) and candidate:
            text = html_to_text(candidate)
            if text:
                return text
    return ""


# --- dates -------------------------------------------------------------------------------

_ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_RFC822_DATE = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?P<zone>[+-]\d{4}|[A-Za-z]+))?"
)
_ZONES = frozenset(
    {"UT", "UTC", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
)


def parse_date(raw: object) -> datetime | None:
    """Read an RFC 822 or ISO 8601 date as aware UTC; anything else is None, never a guess.

    A time without a zone is taken as UTC, as feedparser does. Relative phrases, impossible
    calendar days and unknown zone names give None.
    """
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            value = datetime.fromisoformat(text.upper().replace(",", "."))
        elif (match := _RFC822_DATE.fullmatch(text)) and _known_zone(match["zone"]):
            value = parsedate_to_datetime(text)
        else:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _known_zone(zone: str | None) -> bool:
    return zone is None or zone[0] in "+-" or zone.upper() in _ZONES


def _first_date(*raws: object) -> datetime | None:
    """The first readable date: published before updated."""
    for raw in raws:
        if (value := parse_date(raw)) is not None:
            return value
    return None


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
    base = _base_url(doc.get("feed", {}).get("link"), result.url)
    listed = _articles(
        entries, (_feedparser_identity, _from_feedparser), base, result.source_id, seen
    )
    return ParsedFeed(listed.articles, bozo, "feedparser", fallback, tuple(listed.seen_ids))


# dict.get, not entry.get: FeedParserDict maps a missing `updated` to `published` with a
# DeprecationWarning, and we want the raw fields.


def _feedparser_identity(entry: dict[str, Any]) -> tuple[str | None, str | None]:
    return _str(dict.get(entry, "id")), _str(dict.get(entry, "link"))


def _from_feedparser(entry: dict[str, Any]) -> _Body:
    get = functools.partial(dict.get, entry)
    contents = [c.get("value") for c in get("content") or ()]
    return _Body(
        title=_title(get("title")),
        text=_first_text([*contents, get("summary")]),
        published=_first_date(get("published"), get("updated")),
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


def _parse_fast(result: FetchResult, seen: SeenId | None) -> tuple[ParsedFeed | None, str]:
    """Parse with fastfeedparser if the scan vouches for the body; else say why not."""
    scan = Scan()
    problem = scan.run(result.body, _charset(result.headers))
    if problem:
        return None, problem
    try:
        doc = fastfeedparser.parse(scan.body)
    except Exception as exc:  # any failure only means "use the reference parser"
        return None, f"fastfeedparser failed: {type(exc).__name__}: {exc}"
    entries: list[Mapping[str, Any]] = doc.get("entries") or []
    problem = _lost(entries, scan)
    if problem:
        return None, problem
    reader = _FastReader(_undo_double_encoding if scan.utf8 else _as_is)
    base = _base_url(doc.get("feed", {}).get("link"), result.url)
    pairs = zip(entries, scan.entries, strict=True)
    listed = _articles(pairs, (reader.identity, reader.body), base, result.source_id, seen)
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
        if seen.texts and not any(map(_str, _text_candidates(entry, seen))):
            return f"fastfeedparser read no text for entry {i}, which holds some"
    return None


def _absolute_ids(entry: Mapping[str, Any], seen: Seen) -> bool:
    """Whether an entry's link and id mean the same against any base: absolute, and left
    as they are by urljoin (feedparser resolves both against xml:base)."""
    values = (entry.get("link"), entry.get("id") if seen.guid else None)
    return all(_stable_uri(v.strip()) for v in values if isinstance(v, str) and v.strip())


_PROBE_BASE = "http://base.invalid/probe/"


def _stable_uri(value: str) -> bool:
    try:
        return bool(urlsplit(value).scheme) and urljoin(_PROBE_BASE, value) == value
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
        guid = _str(self.repair(entry.get("id"))) if seen.guid else None
        return guid, _str(self.repair(entry.get("link")))

    def body(self, item: _FastItem) -> _Body:
        """Title, text and the date from the scan. A summary the scan saw feedparser promote
        to content comes first, as feedparser reads it."""
        entry, seen = item
        candidates = map(self.repair, _text_candidates(entry, seen))
        return _Body(
            title=_title(self.repair(entry.get("title"))),
            text=_first_text(candidates),
            published=_first_date(*seen.dates),
        )


def _text_candidates(entry: Mapping[str, Any], seen: Seen) -> list[object]:
    """The raw values an entry's text is taken from, in feedparser's order of preference.

    An entry whose values are all blank while the scan saw text lost it (fastfeedparser did
    not read the element); one whose values are only markup (a tracking image) did not.
    """
    contents = [c.get("value") for c in entry.get("content") or ()]
    return [seen.promoted, *contents, entry.get("description")]


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
    base = _base_url(doc.home_page_url, result.url)
    read = (_json_identity, _json_body)
    listed = _articles(doc.items, read, base, result.source_id, seen)
    return ParsedFeed(listed.articles, None, "json", None, tuple(listed.seen_ids))


def _json_identity(item: JSONItem) -> tuple[str | None, str | None]:
    return item.guid, item.link


def _json_body(item: JSONItem) -> _Body:
    """The reader made title and text plain already; only the date is left to read."""
    return _Body(item.title, item.text, _first_date(*item.dates))
