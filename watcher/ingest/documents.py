"""Single documents as articles: article files in a folder, and HTML pages.

A `dir` source reads every `.txt`, `.md`, `.html`/`.htm` and `.json` file of its folder:

- `.txt` / `.md`: the first non-empty line is the title, the rest the text. An optional front
  matter block (`---` lines) at the top may give `published:`, `url:` and `title:`.
- `.html`: the page's main text, title and stated date, as for `page` sources.
- `.json`: an object with `title`, `text`, `published` and `url` (other keys are ignored).

Files that cannot carry front matter (kept byte for byte, like `seeds/`) may be described in a
`meta.yaml` beside them, mapping a file name to the same keys.

An article's id is its URL when it has one, else a hash of its content; a page's id also
carries the hash of its main text, so that a changed page is a new article.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from watcher.errors import ParseError
from watcher.ingest.text import html_to_text, normalize_whitespace
from watcher.models import Article, FetchResult

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
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def content_id(title: str, text: str) -> str:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def _article(source_id: str, title: str, text: str, meta: Mapping[str, Any]) -> Article:
    title = normalize_whitespace(str(meta.get("title") or title))
    url = str(meta["url"]) if meta.get("url") else None
    return Article(
        source_id=source_id,
        id=url or content_id(title, text),
        title=title,
        text=text.strip(),
        url=url,
        published=as_utc(meta.get("published")),
    )


def _split_front_matter(raw: str, path: Path) -> tuple[dict[str, Any], str]:
    lines = raw.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != _FRONT:
        return {}, raw
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == _FRONT)
    except StopIteration:
        raise ParseError(str(path), "front matter starts with --- but never ends") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        raise ParseError(str(path), f"invalid front matter: {exc}") from None
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
    return _article(source_id, title, "\n".join(lines[1:]), {**(meta or {}), **front})


def _json_file(source_id: str, raw: str, path: Path, meta: Mapping[str, Any]) -> Article:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ParseError(str(path), f"invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ParseError(str(path), "expected a JSON object with a 'text' string")
    keys = {k: data[k] for k in ("published", "url") if data.get(k)}
    return _article(source_id, str(data.get("title") or ""), data["text"], {**meta, **keys})


def html_article(
    source_id: str, html: str, url: str | None, meta: Mapping[str, Any] | None = None
) -> Article:
    """The main text of an HTML page (boilerplate dropped), its title and stated date."""
    import trafilatura  # noqa: PLC0415 - heavy (~0.15 s); only page and .html sources need it
    from trafilatura.settings import Document  # noqa: PLC0415

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        text, title, published = html_to_text(html), "", None
    else:
        text, title, published = doc.text or "", doc.title or "", doc.date
    lines = text.strip().splitlines()
    if lines and title and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    fields = {"published": published, "url": url, **(meta or {})}
    return _article(source_id, title, normalize_whitespace(text, keep_paragraphs=True), fields)


def page_article(result: FetchResult) -> Article:
    """A `page` source's article: its id changes whenever the main text changes."""
    charset = result.headers.get("content-type", "").partition("charset=")[2].strip() or "utf-8"
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
    data = yaml.safe_load((folder / META_FILE).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ParseError(str(folder / META_FILE), "expected a mapping of file names to details")
    return data


def _meta_for(path: Path) -> Mapping[str, Any]:
    meta_path = path.parent / META_FILE
    if not meta_path.is_file():
        return {}
    entry = _folder_meta(path.parent, meta_path.stat().st_mtime_ns).get(path.name) or {}
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
        return html_article(sid, raw, None, meta)
    return text_article(sid, raw, path, meta)


def list_documents(folder: Path) -> list[Path]:
    """Article files directly in `folder`, in name order (hidden files skipped)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )
