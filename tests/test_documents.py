"""Article files of a `dir` source, in each format, as articles."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from watcher.errors import ParseError
from watcher.ingest.documents import list_documents, read_document


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    """Front matter gives the time and URL; the first line is the title without '#'."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2025-10-10T20:00:00+02:00\nurl: https://example.org/a\n"
        "---\n# Tariff threat\n\nThe first sentence.\n\nThe second paragraph.\n"
    )
    article = read_document(path, "inbox")
    assert article.title == "Tariff threat"
    assert article.published == datetime(2025, 10, 10, 18, 0, tzinfo=UTC)
    assert article.id == article.url == "https://example.org/a"
    assert article.text == "The first sentence.\n\nThe second paragraph."


def test_plain_text_without_front_matter_is_undated(tmp_path: Path) -> None:
    """A text file with no date stays undated, and its id is a content hash."""
    path = tmp_path / "b.txt"
    path.write_text("A headline\nA body.\n")
    article = read_document(path, "inbox")
    assert article.published is None
    assert article.id.startswith("sha256:")
    assert (article.title, article.text) == ("A headline", "A body.")


def test_json_article_with_date_only(tmp_path: Path) -> None:
    """A JSON article's date-only `published` is midnight UTC; unknown keys are ignored."""
    path = tmp_path / "c.json"
    path.write_text(
        json.dumps(
            {"title": "T", "text": "Body.", "published": "2025-04-09", "url": None, "facts": []}
        )
    )
    article = read_document(path, "inbox")
    assert article.published == datetime(2025, 4, 9, tzinfo=UTC)
    assert article.url is None


def test_meta_yaml_describes_files_that_cannot_change(tmp_path: Path) -> None:
    """A `meta.yaml` beside a file supplies what front matter would."""
    (tmp_path / "seed.txt").write_text("Headline\nBody.\n")
    (tmp_path / "meta.yaml").write_text("seed.txt:\n  published: 2025-06-05\n")
    article = read_document(tmp_path / "seed.txt", "seeds")
    assert article.published == datetime(2025, 6, 5, tzinfo=UTC)


def test_html_file_main_text(tmp_path: Path) -> None:
    """An HTML file gives its main text without navigation."""
    path = tmp_path / "d.html"
    path.write_text(
        "<html><head><title>Steel duties</title></head><body><nav>Menu</nav>"
        "<article><p>The government doubled the steel tariff to 50% on Wednesday,"
        " officials said in a statement released to reporters.</p></article>"
        "</body></html>"
    )
    article = read_document(path, "inbox")
    assert "doubled the steel tariff" in article.text
    assert "Menu" not in article.text


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("e.json", "[1, 2]", "expected a JSON object"),
        ("f.json", "{oops", "invalid JSON"),
        ("g.md", "---\npublished: x\nno end\n", "never ends"),
        ("h.md", "---\n- a list\n---\nT\n", "must be a mapping"),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, name: str, body: str, message: str) -> None:
    """A file that cannot be read as an article raises ParseError naming it."""
    path = tmp_path / name
    path.write_text(body)
    with pytest.raises(ParseError, match=message) as info:
        read_document(path, "inbox")
    assert name in str(info.value)


def test_listing_skips_hidden_and_other_files(tmp_path: Path) -> None:
    """Only article files are listed, in name order."""
    for name in ("b.md", "a.txt", ".hidden.md", "meta.yaml", "x.pdf", "c.JSON"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in list_documents(tmp_path)] == ["a.txt", "b.md", "c.JSON"]
