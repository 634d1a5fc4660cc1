"""JSON Feed 1.0/1.1 bodies to neutral items, read strictly.

A wrong type anywhere is an error naming where (`items[3].title is not a string`), never a
guess. Items come back with plain-text title and text and raw date strings; `watcher.ingest.parse`
turns them into Articles with the same normaliser as the XML paths.

JSON from sources (this reader, and `.json` article files) is parsed by `load_json`, which
refuses anything nested deeper than `MAX_JSON_DEPTH` before the recursive parser sees it: a
feed nested 200,000 deep raised RecursionError. Every text is cleaned of control characters
by `watcher.ingest.text` and `watcher.ingest.parse` (titles, text, links and ids).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from watcher.ingest.text import html_to_text, normalize_whitespace

__all__ = [
    "MAX_JSON_DEPTH",
    "JSONFeed",
    "JSONFeedError",
    "JSONItem",
    "JSONTooDeep",
    "is_json",
    "load_json",
    "read_json_feed",
]

MAX_JSON_DEPTH = 100
_JSON_FEED_VERSION = re.compile(r"https?://jsonfeed\.org/version/1(?:\.\d+)?")
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


class JSONFeedError(ValueError):
    """A JSON Feed breaks the spec; the caller turns it into ParseError with the source."""


class JSONTooDeep(ValueError):
    """JSON nested deeper than MAX_JSON_DEPTH; the caller names the source or file."""


def load_json(text: str) -> Any:
    """`json.loads`, after making sure the text is nested at most MAX_JSON_DEPTH deep.

    Python's parser recurses once per level, so depth is checked first, on the text with its
    strings removed. Text with fewer brackets than the limit cannot be too deep, which spares
    the scan for most article files.
    """
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH:
        _check_depth(text)
    return json.loads(text)


def _check_depth(text: str) -> None:
    depth = 0
    for bracket in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        if bracket.group() in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise JSONTooDeep(f"nested deeper than {MAX_JSON_DEPTH} levels (the limit)")
        else:
            depth -= 1


@dataclass(frozen=True, slots=True)
class JSONItem:
    """One item: raw id and link, plain title and text, raw [published, modified] dates."""

    guid: str | None
    link: str | None
    title: str
    text: str
    dates: tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class JSONFeed:
    """The feed's home page (the base for relative item links) and its items, in order."""

    home_page_url: str | None
    items: list[JSONItem]


def is_json(body: bytes, content_type: str) -> bool:
    """Whether the body is JSON: it starts with "{", or is labelled JSON and is not markup."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return head == b"{" or (head != b"<" and "json" in content_type.lower())


def read_json_feed(body: bytes) -> JSONFeed:
    """Read a JSON Feed; raises ValueError (JSONDecodeError or JSONFeedError) saying why not."""
    doc = load_json(body.decode("utf-8-sig"))  # JSON Feed is UTF-8 only
    if not isinstance(doc, dict) or not _JSON_FEED_VERSION.fullmatch(str(doc.get("version", ""))):
        raise JSONFeedError("JSON body is not a JSON Feed (no jsonfeed.org version)")
    items = doc.get("items")
    if not isinstance(items, list):
        raise JSONFeedError("JSON Feed has no items list")
    entries = [_item(i, item) for i, item in enumerate(items)]
    return JSONFeed(_str(doc, "home_page_url", "feed"), entries)


def _item(index: int, item: object) -> JSONItem:
    if not isinstance(item, dict):
        raise JSONFeedError(f"items[{index}] is not an object")
    where = f"items[{index}]"
    raw_id = item.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | float | type(None)):
        raise JSONFeedError(f"{where}.id is not a string")
    guid = str(raw_id).strip() if raw_id is not None else None
    return JSONItem(
        guid=guid or None,
        link=_str(item, "url", where) or _str(item, "external_url", where),
        title=normalize_whitespace(_str(item, "title", where) or ""),
        text=_text(item, where),
        dates=(_str(item, "date_published", where), _str(item, "date_modified", where)),
    )


def _text(item: Mapping[str, object], where: str) -> str:
    """content_html, else content_text, else summary (both plain text by the spec)."""
    html = _str(item, "content_html", where)
    if html and (text := html_to_text(html)):
        return text
    for key in ("content_text", "summary"):
        if (plain := _str(item, key, where)) and plain.strip():
            return normalize_whitespace(plain, keep_paragraphs=True)
    return ""


def _str(obj: Mapping[str, object], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise JSONFeedError(f"{where}.{key} is not a string")
