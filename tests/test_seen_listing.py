"""A 304 writes no seen id: the ids its source listed last stay remembered through
`prune_seen` for as long as the source answers (issue 13: the writes of a warm check). No
item is forgotten sooner, reported twice, or kept forever once its feed dropped it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.postgres import state_url
from tests.servers import LoopbackServer, Recorded, Reply
from watcher.ingest.fetch import Fetcher
from watcher.ingest.settings import FetchSettings
from watcher.ingest.sources import FeedSource
from watcher.models import Validators
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.db import iso, parse_time
from watcher.state.migrations import rendered
from watcher.state.store import Store, open_store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def stamps(store: Store, source: str) -> dict[str, datetime | None]:
    with store.read() as conn:
        rows = conn.execute(
            "SELECT article_id, last_seen FROM seen_articles WHERE source_id = ?", (source,)
        ).fetchall()
    return {row[0]: parse_time(row[1]) for row in rows}


def test_the_last_listing_stays_while_its_source_answers(state_at: Path | str) -> None:
    """`a` listed x and y at T0, then answered (304s: `record_success` only) until T0 + 10
    days; `b` listed z at T0 and has failed since. With a 5-day cut, a's listing stays, and
    so does b's... until the cut passes b's last success; a's older id w goes."""
    with open_store(state_at) as store:
        store.mark_seen("a", ["w"], T0 - DAY)
        store.mark_seen("a", ["x", "y"], T0)
        store.mark_seen("b", ["z"], T0)
        for source in ("a", "b"):
            store.record_success(source, Validators(etag="e"), T0)
        store.record_success("a", Validators(etag="e"), T0 + 10 * DAY)
        assert store.prune_seen(T0 + 5 * DAY) == 2  # a's w, b's z
        assert stamps(store, "a") == {"x": T0, "y": T0}  # no write kept them
        assert stamps(store, "b") == {}
        assert store.prune_seen(T0 + 10 * DAY) == 0
        assert store.prune_seen(T0 + 10 * DAY + timedelta(seconds=1)) == 2


def test_a_source_never_polled_keeps_nothing_past_the_cut(state_at: Path | str) -> None:
    with open_store(state_at) as store:
        store.mark_seen("a", ["x"], T0)  # ids without a source_state row
        assert store.prune_seen(T0) == 0
        assert store.prune_seen(T0 + DAY) == 1


@pytest.fixture
def deps(state_at: Path | str) -> Iterator[Deps]:
    """A pipeline whose seen ids are kept one day, the shortest retention there is."""
    fetch = FetchSettings(retries=0, read_timeout_s=2, total_timeout_s=5)
    settings = Settings(state_url=state_url(state_at), fetch=fetch, seen_retention_days=1)
    with open_store(settings.state) as store, Fetcher(fetch) as fetcher:
        yield Deps(settings, store, fetcher)


def _rss(*guids: str) -> bytes:
    items = "".join(
        f"<item><guid>{g}</guid><title>Harbour note {g}</title>"
        f"<description>Cranes on quay {g} were repainted.</description></item>"
        for g in guids
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>'
        f"<link>http://127.0.0.1/</link>{items}</channel></rss>"
    ).encode()


def test_hourly_polls_with_one_day_retention_report_each_item_once(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """Four days of hourly polls with the shortest retention: mostly 304s, sometimes the same
    items as a new version, sometimes other items. Each item is new exactly once while it is
    listed; the 304s write no seen id; an item the feed dropped is forgotten after the
    retention, and is new again when it comes back."""
    version = {"etag": '"0"', "body": _rss("a", "b")}

    def reply(request: Recorded) -> Reply:
        if request.headers.get("if-none-match") == version["etag"]:
            return Reply(304)
        return Reply(body=version["body"], headers={"ETag": version["etag"]})

    http_server.script("/feed.xml", reply)
    source = FeedSource(id="port", kind="feed", url=http_server.url("/feed.xml"))
    changes = {30: ("c", "a", "b"), 40: ("c", "b"), 90: ("a", "c", "b")}  # "a" dropped, back
    new: list[tuple[int, str]] = []
    remembered: list[int] = []  # the hours after which "a" is still remembered
    for hour in range(96):
        if hour % 7 == 3 or hour in changes:  # a new version (the same items, or others)
            version["etag"] = f'"{hour}"'
            version["body"] = _rss(*changes[hour]) if hour in changes else version["body"]
        before = stamps(deps.store, "port")
        report = run_once([source], deps, T0 + timedelta(hours=hour))
        if report.outcomes[0].status.value == "not_modified":
            assert stamps(deps.store, "port").items() <= before.items(), hour  # pruning only
        new.extend((hour, a.title.removeprefix("Harbour note ")) for a in report.new_articles)
        remembered += [hour] if any(i.endswith("/a") for i in stamps(deps.store, "port")) else []
    assert new == [(0, "a"), (0, "b"), (30, "c"), (90, "a")]
    # "a" was last listed by the 304 of hour 39: forgotten once that is a day old, as before.
    assert remembered == [*range(64), *range(90, 96)]


def test_a_feed_answering_304_for_longer_than_the_retention_repeats_nothing(
    http_server: LoopbackServer, deps: Deps
) -> None:
    http_server.script("/feed.xml", Reply(body=_rss("a", "b"), headers={"ETag": '"v"'}))
    source = FeedSource(id="port", kind="feed", url=http_server.url("/feed.xml"))
    first = run_once([source], deps, T0)

    def reply(request: Recorded) -> Reply:
        if request.headers.get("if-none-match") == '"v"':
            return Reply(304)
        return Reply(body=_rss("a", "b"), headers={"ETag": '"v"'})

    http_server.script("/feed.xml", reply)
    for day in range(1, 6):
        assert run_once([source], deps, T0 + day * DAY).new_articles == []
    http_server.script("/feed.xml", Reply(body=_rss("c", "a", "b"), headers={"ETag": '"w"'}))
    last = run_once([source], deps, T0 + 6 * DAY)
    assert [a.title for a in first.new_articles] == ["Harbour note a", "Harbour note b"]
    assert [a.title for a in last.new_articles] == ["Harbour note c"]


def listed(store: Store, source: str) -> set[str]:
    with store.read() as conn:
        rows = conn.execute(
            "SELECT article_id FROM seen_articles WHERE source_id = ? AND listed = 1", (source,)
        ).fetchall()
    return {row[0] for row in rows}


def test_a_parsed_body_writes_only_the_ids_whose_state_changed(state_at: Path | str) -> None:
    """A listing of 2,000 ids, polled again with one new id and one dropped: those two rows
    are written, the 1,999 others keep their stamp, and pruning still goes by when each id
    was last listed. On an SQLite file, the database counts the rows the poll changed."""
    many = [f"item-{n:04}" for n in range(2000)]
    hour = timedelta(hours=1)
    with open_store(state_at) as store:
        store.record_listing("a", many, T0, None)
        store.record_success("a", Validators(etag="1"), T0)
        store.record_success("a", Validators(etag="1"), T0 + hour)  # a 304: nothing written
        with store.transaction() as conn:
            changes = getattr(conn, "total_changes", None)  # SQLite's count of rows written
            assert (changes is None) == isinstance(state_at, str)
            store.record_listing("a", ["fresh", *many[1:]], T0 + 2 * hour, T0 + hour)
            store.record_success("a", Validators(etag="2"), T0 + 2 * hour)
            if changes is not None:
                assert conn.total_changes - changes == 3  # fresh, item-0000, source_state
        seen = stamps(store, "a")
        assert (seen["fresh"], seen["item-0000"]) == (T0 + 2 * hour, T0 + hour)
        assert {seen[i] for i in many[1:]} == {T0}
        assert listed(store, "a") == {"fresh", *many[1:]}
        store.record_listing("a", [], T0 + 3 * hour, T0 + 2 * hour)  # lists nothing: kept
        assert listed(store, "a") == {"fresh", *many[1:]}
        assert store.prune_seen(T0 + hour + timedelta(seconds=1)) == 1  # item-0000 only
        assert store.count_seen("a") == 2000
        assert store.prune_seen(T0 + 2 * hour + timedelta(seconds=1)) == 2000  # a went quiet


def test_an_id_listed_again_rejoins_the_listing(state_at: Path | str) -> None:
    """Dropped, then listed again within the retention: not new, stamped when it came back,
    its first sighting kept."""
    with open_store(state_at) as store:
        store.record_listing("a", ["x", "y"], T0, None)
        store.record_listing("a", ["y"], T0 + DAY, T0)
        assert listed(store, "a") == {"y"}
        assert store.unseen("a", ["x", "y"]) == set()
        store.record_listing("a", ["x", "y"], T0 + 2 * DAY, T0 + DAY)
        assert listed(store, "a") == {"x", "y"}
        assert stamps(store, "a") == {"x": T0 + 2 * DAY, "y": T0}
        with store.read() as conn:
            first = conn.execute(
                "SELECT first_seen FROM seen_articles WHERE article_id = 'x'"
            ).fetchone()[0]
        assert parse_time(first) == T0


def test_a_state_from_before_the_listed_mark_keeps_its_listings(tmp_path: Path) -> None:
    """A file of schema version 10 held each source's listing as its ids with the latest
    stamp; migrating marks exactly those as listed, so none is forgotten or reported again."""
    path = tmp_path / "v10.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(rendered("sqlite")[:10], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    rows = [("a", "old", T0 - DAY), ("a", "x", T0), ("a", "y", T0), ("b", "z", T0 - DAY)]
    conn.executemany(
        "INSERT INTO seen_articles VALUES (?, ?, ?, ?)",
        [(s, i, iso(t), iso(t)) for s, i, t in rows],
    )
    conn.close()
    with open_store(path) as store:
        assert (listed(store, "a"), listed(store, "b")) == ({"x", "y"}, {"z"})
        store.record_success("a", Validators(etag="e"), T0 + 5 * DAY)
        assert store.prune_seen(T0 + 2 * DAY) == 2  # a's old, and b's z (b never answered)
        assert set(stamps(store, "a")) == {"x", "y"}
