"""Tests for parse_feed's `seen`: an item already seen is identified, not normalised.

Identity (guid, else the resolved link) is read before anything is turned into text, so a
poll where one item is new normalises one item (issue 13 §2). What was skipped shows in
the returned value (`seen_ids`, `skipped_seen`), so no test needs to look inside.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.ingest.parse import ParserChoice, parse_feed
from watcher.models import FetchResult

ITEM = (
    "<item><title>Duty note {n}</title><link>https://x.example.org/{n}</link>"
    "<guid isPermaLink='false'>note-{n}</guid>"
    "<description>&lt;p&gt;The ministry set duty {n} on steel.&lt;/p&gt;</description></item>"
)


def rss(*items: str) -> FetchResult:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>https://x.example.org/</link>{''.join(items)}</channel></rss>"
    )
    return FetchResult("notes", "https://x.example.org/feed", 200, body.encode(), {})


@pytest.mark.parametrize("parser", ["auto", "feedparser"])
def test_only_the_new_item_of_a_feed_is_normalised(parser: ParserChoice) -> None:
    """Of five items of which four were seen, one article comes back, the same as a full
    parse gives for it, and the four are counted as skipped, in document order."""
    result = rss(*(ITEM.format(n=n) for n in range(1, 6)))
    full = parse_feed(result, parser=parser)
    old = {"note-1", "note-2", "note-4", "note-5"}
    parsed = parse_feed(result, parser=parser, seen=old.__contains__)
    assert parsed.parser == ("fast" if parser == "auto" else "feedparser")
    assert parsed.articles == [full.articles[2]]
    assert parsed.seen_ids == ("note-1", "note-2", "note-4", "note-5")
    assert parsed.skipped_seen == 4


def test_an_item_identified_by_its_link_is_skipped_by_the_resolved_link() -> None:
    """Without a guid the id is the absolute link, resolved against the feed's link before
    `seen` is asked."""
    result = rss(
        "<item><title>One</title><link>/a/1</link></item>",
        "<item><title>Two</title><link>/a/2</link></item>",
    )
    asked: list[str] = []

    def seen(article_id: str) -> bool:
        asked.append(article_id)
        return article_id.endswith("/1")

    parsed = parse_feed(result, seen=seen)
    assert asked == ["https://x.example.org/a/1", "https://x.example.org/a/2"]
    assert [a.title for a in parsed.articles] == ["Two"]
    assert parsed.seen_ids == ("https://x.example.org/a/1",)


def test_an_item_named_only_by_its_content_is_always_normalised() -> None:
    """An item with neither guid nor link gets a hash of its text as id, which cannot be
    known before normalising, so `seen` is never asked and the item is read."""
    result = rss("<item><title>Only a title</title><description>And text.</description></item>")
    parsed = parse_feed(result, seen=lambda _id: True)
    assert [a.title for a in parsed.articles] == ["Only a title"]
    assert parsed.articles[0].id.startswith("sha256:")
    assert parsed.skipped_seen == 0


def test_a_repeated_seen_id_is_counted_once() -> None:
    """A feed listing one seen guid twice reports it once."""
    result = rss(ITEM.format(n=1), ITEM.format(n=1), ITEM.format(n=2))
    parsed = parse_feed(result, seen={"note-1"}.__contains__)
    assert parsed.seen_ids == ("note-1",)
    assert [a.id for a in parsed.articles] == ["note-2"]


def test_json_feed_items_already_seen_are_skipped() -> None:
    """A JSON Feed's seen items are skipped the same way."""
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "t",
        "items": [
            {"id": f"j-{n}", "url": f"https://x.example.org/j/{n}", "content_text": f"Note {n}."}
            for n in (1, 2)
        ],
    }
    result = FetchResult(
        "j", "https://x.example.org/feed.json", 200, json.dumps(doc).encode(),
        {"content-type": "application/feed+json"},
    )  # fmt: skip
    parsed = parse_feed(result, seen={"j-1"}.__contains__)
    assert (parsed.parser, [a.id for a in parsed.articles], parsed.seen_ids) == (
        "json",
        ["j-2"],
        ("j-1",),
    )


REAL_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
REAL = sorted(p for p in REAL_FEEDS.glob("*") if p.suffix in (".rss", ".atom", ".rdf"))


@pytest.mark.skipif(not REAL, reason="../shared/feeds/real is not beside this checkout")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_feeds_with_all_but_the_last_seen_give_the_last_article(path: Path) -> None:
    """On every real feed snapshot, whichever parser reads it, marking every article but the
    last as seen gives exactly the last article of a full parse, and skips the others."""
    result = FetchResult(
        path.stem, f"https://feeds.example.org/{path.name}", 200, path.read_bytes()
    )
    full = parse_feed(result).articles
    old = {a.id for a in full[:-1]}
    parsed = parse_feed(result, seen=old.__contains__)
    assert parsed.articles == full[-1:]
    assert set(parsed.seen_ids) == old
