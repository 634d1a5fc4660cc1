"""Single documents as articles: article files in a folder, and HTML pages.

A `dir` source reads every `.txt`, `.md`, `.html`/`.htm` and `.json` file of its folder:

- `.txt` / `.md`: the first non-empty line is the title, the rest the text. An optional front
  matter block (`---` lines) at the top may give `published:`, `url:` and `title:`.
- `.html`: the page's main text, title and stated date, as for `page` sources.
- `.json`: an object with `title`, `text`, `published` and `url` (other keys are ignored).

Files that cannot carry front matter (kept byte for byte, like `seeds/`) may be described in a
`meta.yaml` beside them, mapping a file name to the same keys.

Front matter and `meta.yaml` are read with the YAML limits of `watcher.common.yamlfile`, and
`.json` files with the JSON depth limit of `watcher.ingest.jsonfeed`; every problem with a file
is a ParseError naming it. A stated `published:` that is no readable time leaves the article
undated, with a `document_warning` log event naming the file and the value. Every text is
cleaned of control characters (`watcher.ingest.text.strip_controls`).

An article's id is its URL when it has one, else a hash of its content; a page's id also
carries the hash of its main text, so that a changed page is a new article.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

import structlog
import yaml

from watcher.common.extras import require
from watcher.common.yamlfile import load_yaml, yaml_problem
from watcher.errors import ConfigError, ParseError
from watcher.ingest.jsonfeed import load_json
from watcher.ingest.text import html_to_text, normalize_whitespace, strip_controls
from watcher.models import Article, FetchResult

log = structlog.get_logger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json"})
META_FILE = "meta.yaml"
_FRONT = "---"


def as_utc(value: object) -> datetime | None:
    """A stated time as aware UTC; a bare date is midnight UTC; absent or unreadable is None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(), tzinfo=UTC)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:  # `0001-01-01T00:00+05:00` is before the calendar starts, in UTC
        return None


def content_id(title: str, text: str) -> str:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def _article(source_id: str, title: str, text: str, meta: Mapping[str, Any], where: str) -> Article:
    title = normalize_whitespace(str(meta.get("title") or title))
    text = strip_controls(text).strip()
    url = strip_controls(str(meta.get("url") or "")).strip() or None
    return Article(
        source_id=source_id,
        id=url or content_id(title, text),
        title=title,
        text=text,
        url=url,
        published=_published(meta.get("published"), where),
    )


def _published(value: object, where: str) -> datetime | None:
    """The stated time; one that cannot be read leaves the article undated, with a warning."""
    published = as_utc(value)
    if published is None and value not in (None, ""):
        shown = strip_controls(str(value))[:100]
        log.warning(
            "document_warning",
            file=where,
            warning=f"published: {shown!r} is not a date or time; the article is undated",
        )
    return published


def _split_front_matter(raw: str, path: Path) -> tuple[dict[str, Any], str]:
    lines = raw.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != _FRONT:
        return {}, raw
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == _FRONT)
    except StopIteration:
        raise ParseError(str(path), "front matter starts with --- but never ends") from None
    try:
        meta = load_yaml("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        at = f"line {line + 1}: " if line is not None else ""  # the file's line, after ---
        raise ParseError(str(path), f"invalid front matter: {at}{problem}") from None
    if not isinstance(meta, dict):
        raise ParseError(str(path), "front matter must be a mapping of keys to values")
    return meta, "\n".join(lines[end + 1 :])


def text_article(
    source_id: str, raw: str, path: Path, meta: Mapping[str, Any] | None = None
) -> Article:
    """An article from plain text: optional front matter, a title line, then the body."""
    front, body = _split_front_matter(raw, path)
    lines = body.strip().splitlines()
    title = lines[0].lstrip("# ").strip() if lines else ""
    meta = {**(meta or {}), **front}
    return _article(source_id, title, "\n".join(lines[1:]), meta, str(path))


def _json_file(source_id: str, raw: str, path: Path, meta: Mapping[str, Any]) -> Article:
    try:
        data = load_json(raw)
    except ValueError as exc:  # JSONDecodeError, or nested past the depth limit
        raise ParseError(str(path), f"invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ParseError(str(path), "expected a JSON object with a 'text' string")
    keys = {k: data[k] for k in ("published", "url") if data.get(k)}
    title = str(data.get("title") or "")
    return _article(source_id, title, data["text"], {**meta, **keys}, str(path))


def html_article(
    source_id: str,
    html: str,
    url: str | None,
    meta: Mapping[str, Any] | None = None,
    where: str | None = None,
) -> Article:
    """The main text of an HTML page (boilerplate dropped), its title and stated date."""
    try:  # heavy (~0.15 s), and an extra: only page sources and .html files need it
        trafilatura = require("trafilatura")
        document = require("trafilatura.settings").Document
    except ConfigError as exc:
        raise ParseError(where or url or source_id, f"HTML needs trafilatura: {exc}") from None

    html = strip_controls(html)  # trafilatura would keep what follows a sequence's ESC
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(doc, document) or not (doc.text or "").strip():
        text, title, published = html_to_text(html), "", None
    else:
        text, title, published = doc.text or "", doc.title or "", doc.date
    lines = text.strip().splitlines()
    if lines and title and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    fields = {"published": published, "url": url, **(meta or {})}
    body = normalize_whitespace(text, keep_paragraphs=True)
    return _article(source_id, title, body, fields, where or url or source_id)


def page_charset(headers: Mapping[str, str]) -> tuple[str, str | None]:
    """The charset a page's Content-Type names, or UTF-8 (with a warning saying so) when it
    names none Python knows, as a browser ignores an unknown label."""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    label = content_type.partition("charset=")[2].split(";")[0].strip().strip("\"'")
    if not label:
        return "utf-8", None
    try:
        return codecs.lookup(label).name, None
    except LookupError:
        return "utf-8", f"unknown charset {label[:50]!r} in Content-Type; read as UTF-8"


def page_article(result: FetchResult) -> Article:
    """A `page` source's article: its id changes whenever the main text changes."""
    charset, _ = page_charset(result.headers)
    html = result.body.decode(charset, errors="replace")
    article = html_article(result.source_id, html, result.url)
    if not article.text:
        raise ParseError(result.source_id, f"no text found on the page at {result.url}")
    digest = hashlib.sha256(article.text.encode()).hexdigest()[:16]
    return Article(
        result.source_id,
        f"{result.url}#{digest}",
        article.title,
        article.text,
        result.url,
        article.published,
    )


@lru_cache(maxsize=64)
def _folder_meta(folder: Path, mtime_ns: int) -> dict[str, Any]:
    path = folder / META_FILE
    try:
        data = load_yaml(path.read_bytes().decode("utf-8")) or {}
    except OSError as exc:
        raise ParseError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ParseError(str(path), f"not UTF-8 text (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        line, problem = yaml_problem(exc)
        raise ParseError(
            f"{path}:{line}" if line else str(path), f"invalid YAML: {problem}"
        ) from None
    if not isinstance(data, dict):
        raise ParseError(str(path), "expected a mapping of file names to details")
    return data


def folder_meta(folder: Path) -> dict[str, Any]:
    """The folder's `meta.yaml` (empty when there is none); ParseError names it when it is
    unreadable. Read once per change of the file."""
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        return {}
    return _folder_meta(folder, meta_path.stat().st_mtime_ns)


def _meta_for(path: Path) -> Mapping[str, Any]:
    entry = folder_meta(path.parent).get(path.name) or {}
    return entry if isinstance(entry, dict) else {}


def read_document(path: Path, source_id: str | None = None) -> Article:
    """One article file as an Article; ParseError names the file when it cannot be read."""
    sid = source_id or path.parent.name
    try:
        raw = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise ParseError(str(path), f"cannot read: {exc.strerror or exc}") from None
    meta = _meta_for(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_file(sid, raw, path, meta)
    if suffix in (".html", ".htm"):
        return html_article(sid, raw, None, meta, str(path))
    return text_article(sid, raw, path, meta)


def list_documents(folder: Path) -> list[Path]:
    """Article files directly in `folder`, in name order (hidden files skipped)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )
