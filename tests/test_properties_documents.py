"""Property tests of article files and pages: any file gives an article or a ParseError.

Each example writes one file (`.txt`, `.md`, `.json`, `.html`, `.htm`), sometimes with a
`meta.yaml` beside it, into a fresh folder and reads it with `read_document`, the way a `dir`
source does; pages go through `page_article` with any declared charset. What comes back must
be a well-formed article; what is raised must be a `WatcherError`, which the `dir` source
turns into a skipped file with a warning.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from tests import strategies as gen
from watcher.common.yamlfile import MIN_YAML_NODE_BUDGET
from watcher.errors import WatcherError
from watcher.ingest.documents import page_article, read_document
from watcher.models import Article, FetchResult

SUFFIXES = (".txt", ".md", ".json", ".html", ".htm", ".MD")


def _check(article: Article) -> None:
    assert article.source_id == "inbox"
    assert article.id
    assert "\n" not in article.title
    assert article.text == article.text.strip()
    if article.published is not None:
        assert article.published.utcoffset() == timedelta(0)


@contextmanager
def _folder() -> Iterator[Path]:
    """A fresh folder per example (documents caches meta.yaml by folder and mtime)."""
    with tempfile.TemporaryDirectory(prefix="watcher-prop-") as name:
        yield Path(name)


def read_or_documented_error(
    name: str, content: bytes, meta: bytes | None = None
) -> Article | None:
    """The file read as an article, checked; None when reading raised a documented error."""
    with _folder() as folder:
        path = folder / name
        path.write_bytes(content)
        if meta is not None:
            (folder / "meta.yaml").write_bytes(meta)
        try:
            article = read_document(path, "inbox")
        except WatcherError:
            return None
    _check(article)
    return article


@given(content=st.binary(max_size=200), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_any_suffix(content: bytes, suffix: str) -> None:
    """Random bytes under every suffix a `dir` source reads."""
    read_or_documented_error(f"a{suffix}", content)


@given(text=gen.text_file(), suffix=st.sampled_from((".txt", ".md")))
def test_text_with_front_matter(text: str, suffix: str) -> None:
    """Plain text and Markdown, with front matter of every shape."""
    read_or_documented_error(f"a{suffix}", text.encode())


@given(text=gen.json_article())
def test_json_article(text: str) -> None:
    """JSON articles whose keys hold any type."""
    read_or_documented_error("a.json", text.encode())


@given(text=gen.text_file(gen.IMPOSSIBLE_DATES), suffix=st.sampled_from((".txt", ".md")))
@example(text="---\npublished: 2022-13-45T99:99:99Z\n---\nTitle\nBody.", suffix=".md")
def test_front_matter_impossible_dates(text: str, suffix: str) -> None:
    """A date YAML reads as a timestamp but no calendar has."""
    read_or_documented_error(f"a{suffix}", text.encode())


@given(
    text=st.one_of(
        gen.text_file(gen.EDGE_DATES).map(lambda t: ("a.md", t)),
        gen.json_article(gen.EDGE_DATES).map(lambda t: ("a.json", t)),
    )
)
@example(text=("a.json", '{"text": "Body.", "published": "0001-01-01T00:00:00+05:00"}'))
@example(text=("a.md", "---\npublished: 9999-12-31T23:59:59-05:00\n---\nTitle\nBody."))
def test_dates_at_the_calendars_edge(text: tuple[str, str]) -> None:
    """A real time whose UTC form falls outside the years 1 to 9999."""
    name, content = text
    read_or_documented_error(name, content.encode())


@given(depth=st.integers(50_000, 200_000))
@example(depth=100_000)
def test_deeply_nested_json_article(depth: int) -> None:
    """`{"text": "x", "extra": [[[[...]]]]}` must give a ParseError, not a RecursionError."""
    nested = "[" * depth + "]" * depth
    read_or_documented_error("a.json", f'{{"text": "x", "extra": {nested}}}'.encode())


@given(levels=st.integers(5, 6), width=st.integers(6, 9))
@example(levels=6, width=9)
def test_front_matter_alias_bomb_is_bounded(levels: int, width: int) -> None:
    """Aliases nested `levels` deep, `width` each: refused, or bounded in what they make."""
    lines = ["a0: &a0 [lol]"]
    for i in range(1, levels):
        refs = ", ".join(f"*a{i - 1}" for _ in range(width))
        lines.append(f"a{i}: &a{i} [{refs}]")
    front = "\n".join(lines) + f"\ntitle: *a{levels - 1}"
    article = read_or_documented_error("a.md", f"---\n{front}\n---\nTitle\nBody.".encode())
    # Aliases may make at most MIN_YAML_NODE_BUDGET nodes of a short text: a few characters each.
    assert article is None or len(article.title) < 20 * MIN_YAML_NODE_BUDGET


@given(html=gen.html_page(), suffix=st.sampled_from((".html", ".htm")))
def test_html_file(html: str, suffix: str) -> None:
    """HTML files: pages with a title and date, and any markup."""
    read_or_documented_error(f"a{suffix}", html.encode())


@given(text=gen.text_file(), meta=gen.meta_yaml())
def test_meta_yaml(text: str, meta: str) -> None:
    """A valid `meta.yaml` whose entries hold any type."""
    read_or_documented_error("a.txt", text.encode(), meta.encode())


@given(meta=st.text(max_size=40))
@example(meta="a.txt: [\n")
def test_invalid_meta_yaml(meta: str) -> None:
    """Any text as `meta.yaml`: the file is still read, or skipped with a ParseError."""
    read_or_documented_error("a.txt", b"Title\nBody.", meta.encode())


@given(meta=st.text(max_size=20).map(lambda t: f"a.txt:\n  title: {t!r}\xe9\n"))
@example(meta="a.txt:\n  title: R\xe9sum\xe9\n")
def test_meta_yaml_not_utf8(meta: str) -> None:
    """A `meta.yaml` saved in Latin-1."""
    read_or_documented_error("a.txt", b"Title\nBody.", meta.encode("latin-1", "replace"))


@given(
    char=st.characters(categories=["Cs"]),
    where=st.sampled_from(("json-title", "json-text", "front-title", "front-emoji")),
)
@example(char="\ud800", where="json-text")
@example(char="\ud800", where="front-emoji")
def test_surrogate_escapes(char: str, where: str) -> None:
    """A lone surrogate escaped in a JSON article or in double-quoted front matter."""
    escaped = json.dumps(char)  # "\udXXX"
    name, content = {
        "json-title": ("a.json", f'{{"title": {escaped}, "text": "Body."}}'),
        "json-text": ("a.json", f'{{"text": {escaped}}}'),
        "front-title": ("a.md", f"---\ntitle: {escaped}\n---\nT\nBody."),
        "front-emoji": ("a.md", '---\ntitle: "\\ud83d\\ude00"\n---\nT\nBody.'),
    }[where]
    read_or_documented_error(name, content.encode())


def page_or_documented_error(html: str, charset: str) -> Article | None:
    """A `page` source's article from a body served with `charset`; None on a documented
    error."""
    headers = {"content-type": f"text/html; charset={charset}" if charset else "text/html"}
    body = html.encode(errors="replace")
    try:
        article = page_article(FetchResult("inbox", "https://example.org/page", 200, body, headers))
    except WatcherError:
        return None
    _check(article)
    return article


@given(html=gen.html_page(), charset=st.sampled_from(("utf-8", "iso-8859-1", "utf-16", "")))
def test_page(html: str, charset: str) -> None:
    """A `page` source's body under a known charset gives its article or a ParseError."""
    page_or_documented_error(html, charset)


@given(
    html=gen.html_page(),
    charset=st.sampled_from((*gen.UNKNOWN_CHARSETS[:2], "utf-8; q=1", "\u00e9")),
)
@example(html="<p>Tariffs rose.</p>", charset="foobar-999")
def test_page_with_unknown_charset(html: str, charset: str) -> None:
    """A page served with a charset no codec knows."""
    page_or_documented_error(html, charset)
