"""The one normaliser every parse path feeds: entries to Articles, identity first.

Each path (fastfeedparser, feedparser, JSON Feed) says how to read an entry's raw guid and
link (`Identity`) and how to make its plain title, text and date (`Normalise`). `articles`
resolves the id from the first alone and asks the caller's `seen` before it calls the
second, so an item the source produced before costs its guid and link only. Dates are read
by `parse_date` alone on every path, because the libraries disagree on odd dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from hashlib import sha256
from typing import TypeVar
from urllib.parse import urljoin

from watcher.ingest.text import html_to_text, strip_controls
from watcher.models import Article

__all__ = [
    "Body", "Identity", "Listed", "Normalise", "SeenId", "articles", "base_url", "clean",
    "first_date", "first_text", "parse_date", "resolve", "title_text",
]  # fmt: skip

SeenId = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Body:
    """What normalising an entry makes: plain title and text, UTC date."""

    title: str
    text: str
    published: datetime | None


_T = TypeVar("_T")
# How one parser's entries are read: identity (raw guid and link) first, which is cheap,
# and the normalised body only for an item that is not already seen.
Identity = Callable[[_T], tuple[str | None, str | None]]
Normalise = Callable[[_T], Body]


@dataclass(slots=True)
class Listed:
    """The articles of one body, and the ids of the items skipped as already seen."""

    articles: list[Article]
    seen_ids: list[str]


def articles(
    items: Iterable[_T],
    read: tuple[Identity[_T], Normalise[_T]],
    base: str,
    source_id: str,
    seen: SeenId | None,
) -> Listed:
    """Resolve links and ids; drop entries with nothing in them and repeats of an id.

    The id is found before anything is normalised, so an item `seen` knows costs its guid
    and link only. An id that needs the content (a hash: no guid, no link) is never skipped.
    """
    identity, normalise = read
    listed = Listed([], [])
    ids: set[str] = set()
    for item in items:
        guid, link = map(_without_controls, identity(item))
        url = resolve(base, link)
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


def _content_id(body: Body) -> str:
    """The id of an entry with neither guid nor link: a hash of its title and text."""
    digest = sha256(f"{body.title}\n{body.text}".encode()).hexdigest()
    return f"sha256:{digest}"


def base_url(feed_link: object, feed_url: str) -> str:
    """The feed's own link (made absolute against the feed URL), else the feed URL."""
    if isinstance(feed_link, str) and feed_link.strip():
        candidate = resolve(feed_url, feed_link)
        if candidate:
            return candidate
    return feed_url


def resolve(base: str, link: str | None) -> str | None:
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


def clean(value: object) -> str | None:
    """A stripped non-empty string, else None; library dicts hold anything."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def title_text(value: object) -> str:
    """A title as one line of plain text."""
    return html_to_text(value, one_line=True) if isinstance(value, str) else ""


def first_text(candidates: Iterable[object]) -> str:
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


def first_date(*raws: object) -> datetime | None:
    """The first readable date: published before updated."""
    for raw in raws:
        if (value := parse_date(raw)) is not None:
            return value
    return None
