"""The feed mutation of `bench/oneshot.py`: one new, parseable entry in every format.

The benchmark's "one new item in every feed" run is only meaningful if each served feed really
gains exactly one entry that a parser sees; these tests run the mutation on real snapshots of
each format (RSS 2.0, RSS 0.90 and 1.0 RDF, Atom; UTF-8 and legacy encodings) and parse the
result with feedparser and with watcher's own `parse_feed`. No timing here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import fastfeedparser
import feedparser
import pytest

from bench.oneshot_feeds import (
    DEFAULT_FEEDS,
    MutationError,
    add_item,
    check_added,
    copies,
    kind_of,
    new_item_link,
    new_item_title,
    well_formed,
)
from watcher.ingest.parse import parse_feed
from watcher.models import Article, FetchResult

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
SNAPSHOTS = {
    "guardian-uk.rss": "rss",  # RSS 2.0, UTF-8
    "golem-de-iso8859-1.rss": "rss",  # ISO-8859-1
    "kc0011-gb2312.rss": "rss",  # GB2312, everything on one line
    "uol-noticias.rss": "rss",  # RSS without a version, declared UTF-8, really windows-1252
    "techcrunch.rss": "rss",  # bozo (SAX error) but complete
    "slashdot.rdf": "rdf",  # RSS 1.0 with an rdf:Seq of the items
    "heise-online.rdf": "rdf",  # RSS 0.90: no rdf:Seq, no guid
    "talkingpointsmemo.atom": "atom",
    "youtube-channel.atom": "atom",  # whitespace before the XML declaration
}

needs_feeds = pytest.mark.skipif(
    not DEFAULT_FEEDS.is_dir(), reason=f"{DEFAULT_FEEDS}: feed snapshots not present"
)


def _snapshot(name: str) -> bytes:
    return (DEFAULT_FEEDS / name).read_bytes()


def _articles(body: bytes) -> list[Article]:
    return parse_feed(FetchResult("feed-7", "http://127.0.0.1/feeds/x", 200, body)).articles


@needs_feeds
@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_each_format_gains_exactly_one_parseable_entry(name: str) -> None:
    body = _snapshot(name)
    assert kind_of(body) == SNAPSHOTS[name]
    after = add_item(body, "feed-7", "r3", WHEN)

    old, new = feedparser.parse(body).entries, feedparser.parse(after).entries
    assert len(new) == len(old) + 1
    added = [e for e in new if e.get("link") == new_item_link("feed-7", "r3")]
    assert len(added) == 1
    assert added[0]["title"] == new_item_title("feed-7", "r3")
    assert "harbour cranes" in added[0]["summary"]
    check_added(body, after, "feed-7", "r3")  # the bench's own check agrees
    assert well_formed(after) == well_formed(body)
    fast_old = len(fastfeedparser.parse(body).entries)
    if fast_old:  # fastfeedparser reads no RSS 0.90 (heise-online: 0 entries either way)
        assert len(fastfeedparser.parse(after).entries) == fast_old + 1


@needs_feeds
@pytest.mark.parametrize("name", sorted(SNAPSHOTS))
def test_watcher_sees_the_new_article_and_keeps_the_old_ones(name: str) -> None:
    body = _snapshot(name)
    before = _articles(body)
    after = _articles(add_item(body, "feed-7", "r3", WHEN))

    assert len(after) == len(before) + 1
    fresh = {a.url for a in after} - {a.url for a in before}
    assert fresh == {new_item_link("feed-7", "r3")}


@needs_feeds
def test_rss_and_atom_items_carry_their_date() -> None:
    for name in ("guardian-uk.rss", "talkingpointsmemo.atom"):
        after = add_item(_snapshot(name), "feed-1", "r0", WHEN)
        entries = feedparser.parse(after).entries
        entry = next(e for e in entries if e.get("title", "").startswith("Bench"))
        stamp = entry.get("published_parsed") or entry["updated_parsed"]  # Atom: <updated>
        assert datetime(*stamp[:6], tzinfo=UTC) == WHEN


@needs_feeds
def test_each_round_and_feed_gets_its_own_item() -> None:
    body = _snapshot("guardian-uk.rss")
    first = add_item(body, "feed-1", "r0", WHEN)
    second = add_item(first, "feed-1", "r1", WHEN)  # a later round on top of the earlier one
    entries = feedparser.parse(second).entries
    assert len(entries) == len(feedparser.parse(body).entries) + 2
    links = {e["link"] for e in entries}
    assert {new_item_link("feed-1", "r0"), new_item_link("feed-1", "r1")} <= links
    assert new_item_link("feed-1", "r0") != new_item_link("feed-2", "r0")


def test_check_added_refuses_a_body_without_the_new_entry() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Old story about a bridge</title><link>https://example.org/a</link></item>"
        b"</channel></rss>"
    )
    with pytest.raises(MutationError, match="1 entries before, 1 after"):
        check_added(body, body, "feed-1", "r0")
    assert len(feedparser.parse(add_item(body, "feed-1", "r0", WHEN)).entries) == 2


def test_an_empty_channel_gets_its_item_before_the_channel_ends() -> None:
    empty = b'<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>'
    after = add_item(empty, "feed-1", "r0", WHEN)
    assert [e["link"] for e in feedparser.parse(after).entries] == [new_item_link("feed-1", "r0")]


def test_a_body_that_is_no_feed_is_refused() -> None:
    with pytest.raises(MutationError, match="no <rss>"):
        add_item(b"<html><body>not a feed</body></html>", "feed-1", "r0", WHEN)


def test_copies_are_the_same_bytes_under_other_names() -> None:
    many = copies({"a.rss": b"<rss/>", "b.atom": b"<feed/>"}, 3)
    assert sorted(many) == ["a-0.rss", "a-1.rss", "a-2.rss", "b-0.atom", "b-1.atom", "b-2.atom"]
    assert set(many.values()) == {b"<rss/>", b"<feed/>"}


def test_default_feeds_dir_is_beside_the_checkout() -> None:
    repo = Path(__file__).resolve().parents[1]
    assert repo.parent / "shared" / "feeds" / "real" == DEFAULT_FEEDS
