"""Property tests of feed parsing: any body gives articles or a ParseError, never a crash.

`parse_feed` is fed random bytes, XML built from feed-like element choices (nested, with
CDATA, entities, DOCTYPEs, declared and mislabelled charsets, cut short or spliced), and JSON
Feeds of any shape. Whatever comes back must be well-formed articles (unique ids, absolute
http(s) links, UTC dates, one-line titles); whatever is raised must be a `WatcherError`, the
tree `watcher.ingest.collect` turns into a failed source. Strategies: `tests/strategies.py`;
profiles: `tests/conftest.py`.
"""

from __future__ import annotations

import json
from datetime import timedelta
from xml.sax.saxutils import escape

from hypothesis import currently_in_test_context, event, example, given
from hypothesis import strategies as st

from tests import strategies as gen
from watcher.errors import WatcherError
from watcher.ingest.parse import ParsedFeed, ParserChoice, parse_date, parse_feed
from watcher.models import FetchResult

SOURCE = "prop"
URL = "https://example.org/feed"


def _check(parsed: ParsedFeed) -> None:
    """What every caller of `parse_feed` relies on."""
    assert parsed.parser in ("fast", "feedparser", "json")
    ids = [a.id for a in parsed.articles]
    assert len(ids) == len(set(ids)), "article ids repeat"
    for article in parsed.articles:
        for value in (article.id, article.title, article.text, article.url or ""):
            value.encode()  # the store and every notifier write UTF-8
        assert article.source_id == SOURCE
        assert article.id
        assert article.title or article.text or article.url
        assert "\n" not in article.title
        assert article.url is None or article.url.startswith(("http://", "https://"))
        if article.published is not None:
            assert article.published.utcoffset() == timedelta(0)


def parse_or_documented_error(
    body: bytes, content_type: str = "", parser: ParserChoice = "auto"
) -> ParsedFeed | None:
    """The parsed feed, checked; None when parsing raised a documented error."""
    headers = {"content-type": content_type} if content_type else {}
    try:
        parsed = parse_feed(FetchResult(SOURCE, URL, 200, body, headers), parser=parser)
    except WatcherError as exc:
        _event(type(exc).__name__)
        return None
    _check(parsed)
    _event(f"parsed by {parsed.parser}, {min(len(parsed.articles), 2)}+ articles")
    return parsed


def _event(what: str) -> None:
    """Count what examples reach (`--hypothesis-show-statistics`)."""
    if currently_in_test_context():
        event(what)


CONTENT_TYPES = st.sampled_from(
    ("", "application/rss+xml", "text/xml; charset=utf-8", "application/json", "text/html")
)


@given(body=st.binary(max_size=300), content_type=CONTENT_TYPES)
@example(body=b"\x00", content_type="")
@example(body=b"<rss/>", content_type="application/json")
@example(body=b"{", content_type="")
def test_any_bytes(body: bytes, content_type: str) -> None:
    """Random bytes, under any content type."""
    parse_or_documented_error(body, content_type)


@given(feed=gen.xml_feed(), parser=st.sampled_from(("auto", "feedparser")))
@example(
    feed=(
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item>'
        b"<title>A &amp; B</title><description><![CDATA[<p>30% tariff</p>]]></description>"
        b"<pubDate>2022-13-45T99:99:99Z</pubDate></item></channel></rss>",
        "",
    ),
    parser="auto",
)
def test_structured_xml(feed: tuple[bytes, str], parser: ParserChoice) -> None:
    """RSS, RDF and Atom bodies built from element choices, on both parse paths."""
    body, content_type = feed
    parse_or_documented_error(body, content_type, parser)


def _same_articles_on_both_paths(body: bytes) -> None:
    fast = parse_or_documented_error(body, parser="fast")
    if fast is None:
        return  # declined: auto falls back to feedparser
    reference = parse_or_documented_error(body, parser="feedparser")
    assert reference is not None
    assert fast.articles == reference.articles


@given(body=gen.clean_feed(gen.USUAL_CONTENT))
def test_fast_path_agrees_with_feedparser(body: bytes) -> None:
    """Where the fast path takes a body, it reads the same articles as feedparser, item text
    included, for items whose text is in `<description>` or `<content:encoded>`."""
    _same_articles_on_both_paths(body)


@given(body=gen.clean_feed(gen.CORPUS_CONTENT))
@example(
    body=b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"'
    b' xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>Trade wire</title>'
    b"<link>https://example.org/</link><item><link>https://example.org/0</link>"
    b"<xhtml:body><p>0</p></xhtml:body></item></channel></rss>"
)
def test_fast_path_keeps_corpus_content_elements(body: bytes) -> None:
    """The same, for item text in the corpus's other content elements (issue 11 §4)."""
    _same_articles_on_both_paths(body)


# Characters whose UTF-8 bytes avoid 0x80-0x9F: read as Latin-1, those bytes would be C1
# controls, which ingestion strips (issue 11 §7) while feedparser maps them to cp1252 first.
_MOJIBAKE_SAFE = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")).filter(
    lambda c: not any(0x80 <= b <= 0x9F for b in c.encode())
)


@given(word=st.text(alphabet=_MOJIBAKE_SAFE))
@example(word="Café")
def test_fast_path_repairs_mojibake_as_feedparser_does(word: str) -> None:
    """A title that was UTF-8 decoded as Latin-1 somewhere upstream reads the same on both
    paths (feedparser's mixin re-decodes such a field as UTF-8)."""
    mojibake = word.encode().decode("latin-1")
    _same_articles_on_both_paths(
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<link>https://example.org/</link><item><link>https://example.org/0</link>"
        + f"<title>{escape(mojibake)}</title></item></channel></rss>".encode()
    )


@given(body=gen.json_feed(), content_type=st.sampled_from(("", "application/feed+json")))
def test_json_feed(body: bytes, content_type: str) -> None:
    """JSON Feeds with items of any shape and fields of any type."""
    parse_or_documented_error(body, content_type)


@given(
    char=st.characters(categories=["Cs"]),
    key=st.sampled_from(("id", "title", "content_text", "summary", "url")),
)
@example(char="\ud800", key="title")
def test_json_feed_surrogate_escapes(char: str, key: str) -> None:
    """A JSON Feed item whose field is a lone surrogate, which JSON may escape."""
    item = json.dumps({key: char, "title": "T"} if key != "title" else {key: char})
    body = f'{{"version": "https://jsonfeed.org/version/1.1", "items": [{item}]}}'
    parse_or_documented_error(body.encode())


@given(depth=st.integers(50_000, 200_000))
@example(depth=100_000)
def test_deeply_nested_json_feed(depth: int) -> None:
    """`{"items": [[[[...]]]]}`: a depth limit must turn this into a ParseError."""
    parse_or_documented_error(gen.deeply_nested_json(depth))


@given(raw=st.one_of(st.text(max_size=40), st.integers().map(str), gen.aware_datetimes().map(str)))
def test_parse_date_never_raises(raw: str) -> None:
    """A date string gives aware UTC or None, never an exception."""
    value = parse_date(raw)
    assert value is None or value.utcoffset() == timedelta(0)
