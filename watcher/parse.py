"""Fetched feed bodies to Articles: RSS 0.9x/1.0/2.0, Atom, RDF and JSON Feed.

Two parsers, one meaning. feedparser is the reference for what an entry is: it recovers
broken XML, honours the HTTP charset and says what was wrong (bozo), but takes tens of
milliseconds per feed. fastfeedparser's C core reads a feed in well under a millisecond,
but has silently dropped entries (0 of 60 in one real RDF feed, 10 of 20 in another), drops
`content:encoded` in RDF, and picks links, ids and repeated fields differently. So a body
goes to fastfeedparser only after one cheap expat pass (`_Scan`) finds nothing the two read
differently; its entry count must then equal the scan's count of item/entry elements, and
no entry may have lost its content. Anything else goes to feedparser, and
`ParsedFeed.fallback` says why.

Both paths feed one normaliser, so they give the same Articles: the golden tests run every
feed file through both and compare. Dates come from the raw strings on both paths (the scan
collects them for the fast path) and are read by `parse_date` alone, because the libraries
disagree on odd dates: fastfeedparser reads "yesterday" against the wall clock and
feedparser rolls "2025-02-30" into March. Every text field is read as HTML, because feeds
mislabel their content types all the time.

feedparser never sees a URL, only `io.BytesIO(body)` and the response headers, and
fastfeedparser only ever gets bytes (given a str that starts with "http" it fetches it).

Size: over the 400-line budget because the scan must mirror feedparser's field mapping
closely; it would split cleanly into `feedscan.py` (the scan) and `jsonfeed.py`.
"""

from __future__ import annotations

import codecs
import functools
import io
import json
import pyexpat
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from hashlib import sha256
from typing import Any, Literal
from urllib.parse import urljoin

import fastfeedparser
import feedparser

from watcher.errors import ParseError
from watcher.models import Article, FetchResult
from watcher.text import html_to_text, normalize_whitespace

__all__ = ["ParsedFeed", "ParserChoice", "ParserName", "parse_date", "parse_feed"]

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


def parse_feed(result: FetchResult, *, parser: ParserChoice = "auto") -> ParsedFeed:
    """Parse a changed body into normalised Articles, in document order, first of each id.

    `parser="auto"` tries the fast path and falls back to feedparser; "feedparser" skips
    the fast path; "fast" raises ParseError where auto would fall back (tests, benchmarks).
    A JSON Feed is always read by our own strict reader. Raises ParseError when the body is
    empty, is not a feed, or is broken beyond recovering a single entry; a well-formed feed
    with no items gives an empty list.
    """
    body = result.body
    if not body.strip():
        raise ParseError(result.source_id, "empty body")
    if _is_json(body, _content_type(result.headers)):
        return _parse_json_feed(result)
    if parser == "feedparser":
        return _parse_with_feedparser(result, fallback=None)
    parsed, reason = _parse_fast(result)
    if parsed is not None:
        return parsed
    if parser == "fast":
        raise ParseError(result.source_id, f"fast path declined: {reason}")
    return _parse_with_feedparser(result, fallback=reason)


# --- normalisation shared by every path ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry in neutral form: raw guid and link, plain title and text, UTC date."""

    guid: str | None
    link: str | None
    title: str
    text: str
    published: datetime | None


def _articles(entries: Iterable[_Entry], base: str, source_id: str) -> list[Article]:
    """Resolve links and ids; drop entries with nothing in them and repeats of an id."""
    seen: set[str] = set()
    articles: list[Article] = []
    for entry in entries:
        url = _resolve(base, entry.link)
        if not (entry.title or entry.text or url):
            continue
        article_id = _article_id(entry, url)
        if article_id in seen:
            continue
        seen.add(article_id)
        articles.append(
            Article(source_id, article_id, entry.title, entry.text, url, entry.published)
        )
    return articles


def _article_id(entry: _Entry, url: str | None) -> str:
    """The guid, else the absolute link, else a hash of the content.

    A guid equal to the raw link is the link (feedparser copies permalink guids into the
    link, fastfeedparser copies links into the id), so it gets the resolved form.
    """
    if entry.guid and entry.guid != entry.link:
        return entry.guid
    if url:
        return url
    if entry.guid:
        return entry.guid
    digest = sha256(f"{entry.title}\n{entry.text}".encode()).hexdigest()
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


def _parse_with_feedparser(result: FetchResult, *, fallback: str | None) -> ParsedFeed:
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
    normalised = (_from_feedparser(entry) for entry in entries)
    return ParsedFeed(_articles(normalised, base, result.source_id), bozo, "feedparser", fallback)


def _from_feedparser(entry: dict[str, Any]) -> _Entry:
    # dict.get, not entry.get: FeedParserDict maps a missing `updated` to `published` with a
    # DeprecationWarning, and we want the raw fields.
    get = functools.partial(dict.get, entry)
    contents = [c.get("value") for c in get("content") or ()]
    return _Entry(
        guid=_str(get("id")),
        link=_str(get("link")),
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


def _parse_fast(result: FetchResult) -> tuple[ParsedFeed | None, str]:
    """Parse with fastfeedparser if the scan vouches for the body; else say why not."""
    scan = _Scan()
    problem = scan.run(result.body, _charset(result.headers))
    if problem:
        return None, problem
    try:
        doc = fastfeedparser.parse(result.body)
    except Exception as exc:  # any failure only means "use the reference parser"
        return None, f"fastfeedparser failed: {type(exc).__name__}: {exc}"
    entries: list[Mapping[str, Any]] = doc.get("entries") or []
    if len(entries) != len(scan.entries):
        return None, f"fastfeedparser read {len(entries)} of {len(scan.entries)} entries"
    for i, (entry, seen) in enumerate(zip(entries, scan.entries, strict=True), 1):
        if seen.content and not entry.get("content"):
            return None, f"fastfeedparser dropped the content of entry {i}"
    base = _base_url(doc.get("feed", {}).get("link"), result.url)
    normalised = (_from_fast(e, s) for e, s in zip(entries, scan.entries, strict=True))
    return ParsedFeed(_articles(normalised, base, result.source_id), None, "fast"), ""


def _from_fast(entry: Mapping[str, Any], seen: _Seen) -> _Entry:
    """An entry from fastfeedparser, with dates from the scan; its id is used only when the
    entry had one, because fastfeedparser fills a missing id with the link."""
    contents = [c.get("value") for c in entry.get("content") or ()]
    return _Entry(
        guid=_str(entry.get("id")) if seen.guid else None,
        link=_str(entry.get("link")),
        title=_title(entry.get("title")),
        text=_first_text([*contents, entry.get("description")]),
        published=_first_date(*seen.dates),
    )


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _content_type(headers: Mapping[str, str]) -> str:
    return next((v for k, v in headers.items() if k.lower() == "content-type"), "")


def _charset(headers: Mapping[str, str]) -> str | None:
    match = _CHARSET.search(_content_type(headers))
    return match[1] if match else None


# Namespaces feedparser reads as the feed's own elements (RSS 0.9x/1.0/2.0 and Atom).
_CORE_NS = frozenset({
    "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
    "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss",
    "http://purl.org/atom/ns#", "http://www.w3.org/2005/Atom",
    "http://purl.org/rss/1.0/modules/rss091#",
})  # fmt: skip
_ATOM_NS = frozenset({"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"})
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
# feedparser maps an element in an unknown namespace by its prefix, so these prefixes must
# be bound to their usual namespaces for the two parsers to see the same fields.
_PREFIXES = {"content": _CONTENT, "dc": _DC, "dcterms": _DCTERMS}
# (namespace, lower-cased name) -> 0 for feedparser's `published`, 1 for its `updated`.
_DATE_SLOTS = {
    ("", "pubdate"): 0, ("", "published"): 0, ("", "issued"): 0, (_DCTERMS, "issued"): 0,
    ("", "updated"): 1, ("", "modified"): 1, ("", "lastbuilddate"): 1,
    (_DC, "date"): 1, (_DCTERMS, "modified"): 1,
}  # fmt: skip
_DATE_NAMES = frozenset(name for _, name in _DATE_SLOTS) | {"date", "created"}
_CONTENT_NAMES = frozenset({(_CONTENT, "encoded"), ("", "content")})
# Elements feedparser stores in one field, so a second one (of either name) is a repeat.
_FIELDS = {
    ("", "title"): "title", ("", "link"): "link", ("", "guid"): "id", ("", "id"): "id",
    ("", "description"): "summary", ("", "summary"): "summary",
    (_CONTENT, "encoded"): "content", ("", "content"): "content",
}  # fmt: skip
# Elements read as text. A child element inside one is read differently by the parsers
# (fastfeedparser keeps the text before it, feedparser all of it), unless type="xhtml".
_ENTRY_TEXT = _FIELDS.keys() | _DATE_SLOTS.keys()
_FEED_TEXT = frozenset(
    ("", name) for name in ("title", "subtitle", "tagline", "description", "link", "rights")
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_XML_BASE = "http://www.w3.org/XML/1998/namespace base"
_RDF_ABOUT = "http://www.w3.org/1999/02/22-rdf-syntax-ns# about"  # feedparser's RDF item id


@dataclass(slots=True)
class _Seen:
    """What the scan saw in one entry: raw [published, updated] strings and checks."""

    dates: list[str | None] = field(default_factory=lambda: [None, None])
    links: int = 0
    guid: bool = False
    content: bool = False
    fields: set[str] = field(default_factory=set)


class _Decline(Exception):
    """Raised inside expat handlers to stop the scan at the first reason to decline."""


class _Scan:
    """One expat pass over the body: the checks that make the fast path safe.

    It counts item/entry elements by local name (so under any namespace prefix; CDATA and
    escaped markup are text to expat, so they never count), collects each entry's raw
    published/updated strings the way feedparser maps them, and declines on anything the
    two libraries read differently: XML that is not well-formed, a charset the HTTP header
    contradicts, DOCTYPE, xml:base, no entries, markup inside a text element, a repeated
    field, a missing or second alternate link, a guid without a link, date elements in
    unfamiliar namespaces, or a usual prefix bound to an unusual namespace.
    """

    def __init__(self) -> None:
        self.entries: list[_Seen] = []
        self._parser = pyexpat.ParserCreate(namespace_separator=" ")
        self._root: str | None = None
        self._encoding: str | None = None
        self._level = 0  # element depth in the document
        self._entry = 0  # the level of the entry being read, else 0; likewise below
        self._source = 0  # an Atom <source> in an entry: its dates are not the entry's
        self._leaf = 0  # an element read as text
        self._leaf_name = ""
        self._id_name = "guid"  # the element feedparser and fastfeedparser both read as id
        self._feed_pages = 0  # the feed's own page links
        self._xhtml = 0  # an entry element of type="xhtml"
        self._xhtml_tail = False  # watching the text after one
        self._slot: int | None = None  # which date the character data belongs to
        self._text: list[str] = []

    def run(self, body: bytes, header_charset: str | None) -> str | None:
        """Scan `body`; return why the fast path must not take it, or None."""
        p = self._parser
        p.buffer_text = True
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.XmlDeclHandler = self._decl
        p.StartDoctypeDeclHandler = self._doctype
        p.StartNamespaceDeclHandler = self._namespace
        try:
            p.Parse(body, True)
        except _Decline as exc:
            return str(exc)
        except pyexpat.ExpatError as exc:
            return f"not well-formed XML ({exc})"
        except (ValueError, LookupError) as exc:  # multi-byte legacy or unknown encodings
            return f"encoding expat cannot read ({exc})"
        return self._after(header_charset)

    def _after(self, header_charset: str | None) -> str | None:
        """The checks that need the whole document."""
        if header_charset and not _same_codec(header_charset, self._encoding or "utf-8"):
            return f"HTTP charset {header_charset} contradicts the document's encoding"
        if not self.entries:
            return "no entries (feedparser decides whether this is a feed at all)"
        if self._root == "feed" and not self._feed_pages:
            return "the Atom feed has no page link (fastfeedparser would use another)"
        return None

    def _decl(self, version: str | None, encoding: str | None, standalone: int) -> None:
        if version != "1.0":  # expat lets "1.x" pass; lxml does not
            raise _Decline(f"XML version {version!r}")
        self._encoding = encoding

    def _doctype(self, *args: object) -> None:
        raise _Decline("DOCTYPE (feedparser handles its entities)")

    def _namespace(self, prefix: str | None, uri: str) -> None:
        if prefix in _PREFIXES and uri != _PREFIXES[prefix]:
            raise _Decline(f"prefix {prefix!r} bound to {uri!r}")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._level += 1
        if self._xhtml_tail:
            self._stop_watching_tail()
        if self._leaf:
            raise _Decline(f"markup inside <{self._leaf_name}>")
        ns, local = self._name(name, attrs)
        if self._root is None:
            self._check_root(local)
        elif self._entry:
            if not self._source:
                self._inside_entry(ns, local, attrs)
        elif local in ("item", "entry"):  # any namespace: feedparser also goes by prefix
            self.entries.append(_Seen(guid=_RDF_ABOUT in attrs))
            self._entry = self._level
            self._id_name = "id" if self._root == "feed" else "guid"
        elif (ns, local) in _FEED_TEXT:
            self._read_as_text(local, attrs)
            if local == "link" and self._level == (2 if self._root == "feed" else 3):
                self._check_feed_link(attrs)

    def _name(self, name: str, attrs: dict[str, str]) -> tuple[str, str]:
        """Namespace ("" for RSS and Atom, as feedparser reads them) and lower-cased name."""
        ns, _, local = name.rpartition(" ")
        local = local.lower()  # feedparser matches element names case-insensitively
        if _XML_BASE in attrs:
            raise _Decline("xml:base (feedparser resolves links against it)")
        if local == "link" and "href" in attrs and self._root != "feed" and ns not in _ATOM_NS:
            raise _Decline(
                "an RSS <link> with href (feedparser reads the href, fastfeedparser the text)"
            )
        return ("" if ns in _CORE_NS else ns), local

    def _check_root(self, local: str) -> None:
        if local not in ("rss", "rdf", "feed"):  # any namespace, as for entries
            raise _Decline(f"root element <{local}> is not a feed")
        self._root = local

    def _read_as_text(self, local: str, attrs: dict[str, str]) -> None:
        if attrs.get("type") != "xhtml":
            self._leaf, self._leaf_name = self._level, local
        elif self._entry:
            self._xhtml = self._level

    def _no_text_after_xhtml(self, data: str) -> None:
        """fastfeedparser's serialised XHTML keeps the text after the element; feedparser's
        does not."""
        if data.strip():
            raise _Decline(f"entry {len(self.entries)} has text after an XHTML element")

    def _stop_watching_tail(self) -> None:
        self._xhtml_tail = False
        self._parser.CharacterDataHandler = None

    def _inside_entry(self, ns: str, local: str, attrs: dict[str, str]) -> None:
        seen = self.entries[-1]
        if local in ("item", "entry"):
            raise _Decline(f"entry {len(self.entries)} contains another entry")
        if (ns, local) in _ENTRY_TEXT:
            self._read_as_text(local, attrs)
            self._note_field(seen, _FIELDS.get((ns, local)))
        if (ns, local) in _CONTENT_NAMES:
            seen.content = True
        elif ns == "" and local == "source":
            self._source = self._level
        elif ns == "" and local == "link":
            self._check_link(seen, attrs)
        elif ns == "" and local in ("guid", "id"):
            if local != self._id_name:  # fastfeedparser ignores an RSS <id>, an Atom <guid>
                raise _Decline(f"entry {len(self.entries)} has an unexpected <{local}>")
            seen.guid = True
        elif local in _DATE_NAMES:
            self._open_date(ns, local)

    def _note_field(self, seen: _Seen, name: str | None) -> None:
        """fastfeedparser reads the first of two titles (or summaries...), feedparser the
        last, so a repeat declines. Links are counted by `_check_link`; dates may repeat
        because the scan, like feedparser, keeps the last."""
        if name is None or name == "link":
            return
        if name in seen.fields:
            raise _Decline(f"entry {len(self.entries)} repeats its {name}")
        seen.fields.add(name)

    def _is_page_link(self, attrs: dict[str, str]) -> bool:
        """Whether feedparser takes this link element as the page's link.

        An Atom link without href (feedparser reads it as an empty link), or a page link
        given by href in RSS (fastfeedparser may skip it), declines.
        """
        is_page = (
            attrs.get("rel", "alternate") == "alternate"
            and attrs.get("type", "text/html") in _HTML_TYPES
        )
        has_href = "href" in attrs
        if self._root == "feed" and not has_href:
            raise _Decline("an Atom link without href")
        if self._root != "feed" and has_href and is_page:
            raise _Decline("an RSS page link given by href")
        return is_page

    def _check_link(self, seen: _Seen, attrs: dict[str, str]) -> None:
        """Both libraries must pick the same entry link: fastfeedparser the first, feedparser
        the last page link. So the first must be a page link, and the only one."""
        if self._is_page_link(attrs) == bool(seen.links):
            raise _Decline(f"entry {len(self.entries)} has a link the parsers read differently")
        seen.links += 1

    def _check_feed_link(self, attrs: dict[str, str]) -> None:
        """The feed's link is the base for relative entry links; feedparser takes the last
        page link, fastfeedparser the first, so there must be one at most."""
        if self._is_page_link(attrs):
            self._feed_pages += 1
            if self._feed_pages > 1:
                raise _Decline("the feed has two page links")

    def _open_date(self, ns: str, local: str) -> None:
        slot = _DATE_SLOTS.get((ns, local))
        if slot is None and ns not in ("", _DC, _DCTERMS):
            raise _Decline(f"date element {local!r} in namespace {ns!r}")
        if slot is not None:
            self._slot, self._text = slot, []
            self._parser.CharacterDataHandler = self._text.append

    def _end(self, name: str) -> None:
        level, self._level = self._level, self._level - 1
        if self._xhtml_tail:
            self._stop_watching_tail()
        if self._xhtml == level:
            self._xhtml, self._xhtml_tail = 0, True
            self._parser.CharacterDataHandler = self._no_text_after_xhtml
        if self._slot is not None:
            self.entries[-1].dates[self._slot] = "".join(self._text).strip() or None
            self._slot = None
            self._parser.CharacterDataHandler = None
        if self._leaf == level:
            self._leaf = 0
        if self._source == level:
            self._source = 0
        elif self._entry == level:
            self._entry = 0
            seen = self.entries[-1]
            if seen.guid and not seen.links:
                raise _Decline(f"entry {len(self.entries)} has a guid but no link")


def _same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


# --- JSON Feed ---------------------------------------------------------------------------

_JSON_FEED_VERSION = re.compile(r"https?://jsonfeed\.org/version/1(?:\.\d+)?")


class _JSONFeedError(ValueError):
    """A JSON Feed breaks the spec; turned into ParseError with the source name."""


def _is_json(body: bytes, content_type: str) -> bool:
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"{" or (head != b"<" and "json" in content_type.lower())


def _parse_json_feed(result: FetchResult) -> ParsedFeed:
    """Read JSON Feed 1.0/1.1 strictly: a wrong type anywhere is an error, not a guess."""
    try:
        doc = json.loads(result.body.decode("utf-8-sig"))  # JSON Feed is UTF-8 only
        if not isinstance(doc, dict) or not _JSON_FEED_VERSION.fullmatch(
            str(doc.get("version", ""))
        ):
            raise _JSONFeedError("JSON body is not a JSON Feed (no jsonfeed.org version)")
        items = doc.get("items")
        if not isinstance(items, list):
            raise _JSONFeedError("JSON Feed has no items list")
        entries = [_json_entry(i, item) for i, item in enumerate(items)]
        base = _base_url(_json_str(doc, "home_page_url", "feed"), result.url)
    except ValueError as exc:  # json.JSONDecodeError and _JSONFeedError
        raise ParseError(result.source_id, str(exc)) from exc
    return ParsedFeed(_articles(entries, base, result.source_id), None, "json")


def _json_entry(index: int, item: object) -> _Entry:
    if not isinstance(item, dict):
        raise _JSONFeedError(f"items[{index}] is not an object")
    where = f"items[{index}]"
    raw_id = item.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | float | type(None)):
        raise _JSONFeedError(f"{where}.id is not a string")
    return _Entry(
        guid=_str(str(raw_id)) if raw_id is not None else None,
        link=_json_str(item, "url", where) or _json_str(item, "external_url", where),
        title=normalize_whitespace(_json_str(item, "title", where) or ""),
        text=_json_text(item, where),
        published=_first_date(
            _json_str(item, "date_published", where), _json_str(item, "date_modified", where)
        ),
    )


def _json_text(item: Mapping[str, object], where: str) -> str:
    """content_html, else content_text, else summary (both plain text by the spec)."""
    html = _json_str(item, "content_html", where)
    if html and (text := html_to_text(html)):
        return text
    for key in ("content_text", "summary"):
        if (plain := _json_str(item, key, where)) and plain.strip():
            return normalize_whitespace(plain, keep_paragraphs=True)
    return ""


def _json_str(obj: Mapping[str, object], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _JSONFeedError(f"{where}.{key} is not a string")
