"""One pass over the sources, end to end: real loopback server, real SQLite file."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from structlog.testing import capture_logs

from tests.postgres import state_url
from tests.servers import LoopbackServer, Recorded, Reply
from watcher.alerting.rules import Rule, RuleSet
from watcher.facts.known import KnownFact, Provenance
from watcher.facts.registry import Deadline, TariffRate
from watcher.ingest.fetch import Fetcher
from watcher.ingest.settings import FetchSettings
from watcher.ingest.sources import DirSource, FeedSource, PageSource, Source
from watcher.models import Article, Status
from watcher.pipeline import Deps, PollStatus, RunReport, facts_of, run_once
from watcher.settings import Settings
from watcher.state.store import open_store

NOW = datetime(2025, 11, 5, 12, 0, tzinfo=UTC)


def rss(*items: tuple[str, str]) -> bytes:
    """An RSS 2.0 body with (guid, title) items."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title>"
        f"<description>{title}. A sentence written for the test.</description></item>"
        for guid, title in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<link>http://127.0.0.1/</link>{body}</channel></rss>"
    ).encode()


PAGE = """<html><head><title>Tariff page</title></head><body><nav>Home | News</nav>
<article><h1>Tariff page</h1><p>{text}</p><p>The ministry said the change follows a
review of trade flows over the past year and will be published in the official gazette.</p>
</article><footer>Contact us</footer></body></html>"""


@pytest.fixture
def deps(state_at: Path | str) -> Iterator[Deps]:
    """The pipeline's collaborators, over a state in SQLite and in PostgreSQL."""
    fetch = FetchSettings(retries=1, backoff_base_s=0.01, read_timeout_s=2, total_timeout_s=5)
    settings = Settings(state_url=state_url(state_at), fetch=fetch)
    with open_store(settings.state) as store, Fetcher(fetch) as fetcher:
        yield Deps(settings, store, fetcher)


def feed(server: LoopbackServer, path: str = "/feed.xml", sid: str = "wire") -> FeedSource:
    return FeedSource(id=sid, kind="feed", url=server.url(path))


def titles(report: RunReport) -> list[str]:
    return [a.title for a in report.new_articles]


def conditional(etag: str, body: bytes) -> object:
    """A server that answers 304 when the client sends back `etag`."""

    def reply(request: Recorded) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304)
        return Reply(body=body, headers={"ETag": etag})

    return reply


def test_second_pass_finds_nothing_new_and_uses_304(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """The first pass reports every item, the second sends the ETag back and gets a 304."""
    http_server.script("/feed.xml", conditional('"v1"', rss(("a", "One"), ("b", "Two"))))
    first = run_once([feed(http_server)], deps, NOW)
    second = run_once([feed(http_server)], deps, NOW + timedelta(minutes=10))
    assert titles(first) == ["One", "Two"]
    assert second.outcomes[0].status is PollStatus.NOT_MODIFIED
    assert second.new_articles == []


def test_304_without_validators_keeps_the_stored_ones(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """A 304 that omits the ETag must not make the next poll unconditional."""
    http_server.script(
        "/feed.xml", Reply(body=rss(("a", "One")), headers={"ETag": '"v1"'}), Reply(304)
    )
    for minutes in (0, 10, 20):
        run_once([feed(http_server)], deps, NOW + timedelta(minutes=minutes))
    sent = [r.headers.get("if-none-match") for r in http_server.requests_to("/feed.xml")]
    assert sent == [None, '"v1"', '"v1"']


def test_unchanged_body_is_not_parsed_again(http_server: LoopbackServer, deps: Deps) -> None:
    """A server without validators sending the same bytes yields status `unchanged`."""
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"))))
    run_once([feed(http_server)], deps, NOW)
    again = run_once([feed(http_server)], deps, NOW + timedelta(minutes=10))
    assert again.outcomes[0].status is PollStatus.UNCHANGED


def test_only_the_new_item_is_new(http_server: LoopbackServer, deps: Deps) -> None:
    """When a feed gains an item, only that item is reported."""
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"))))
    run_once([feed(http_server)], deps, NOW)
    http_server.script("/feed.xml", Reply(body=rss(("b", "Two"), ("a", "One"))))
    report = run_once([feed(http_server)], deps, NOW + timedelta(minutes=10))
    assert titles(report) == ["Two"]
    assert report.outcomes[0].listed == 2


def test_failing_source_does_not_stop_the_others(http_server: LoopbackServer, deps: Deps) -> None:
    """A source answering 500 is reported as failed while the healthy source is recorded."""
    http_server.script("/bad.xml", Reply(500))
    http_server.script("/good.xml", Reply(body=rss(("a", "One"))))
    sources: list[Source] = [
        feed(http_server, "/bad.xml", "bad"),
        feed(http_server, "/good.xml", "good"),
    ]
    report = run_once(sources, deps, NOW)
    assert [o.status for o in report.outcomes] == [PollStatus.FAILED, PollStatus.OK]
    assert "HTTP 500" in (report.outcomes[0].error or "")
    assert titles(report) == ["One"]
    assert deps.store.source_state("bad").consecutive_failures == 1


def test_garbage_feed_fails_that_source_only(http_server: LoopbackServer, deps: Deps) -> None:
    """A body that is no feed at all is a parse failure naming the source."""
    http_server.script("/junk", Reply(body=b"\x00\x01 not a feed \xff"))
    report = run_once([feed(http_server, "/junk", "junk")], deps, NOW)
    assert report.outcomes[0].status is PollStatus.FAILED
    assert (report.outcomes[0].error or "").startswith("junk:")


def test_bozo_feed_with_entries_is_used_with_a_warning(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """A feed that is not well-formed but has entries is used, and the warning is kept."""
    body = rss(("a", "Tariffs &amp; trade")).replace(b"&amp;", b"& ")
    http_server.script("/bozo.xml", Reply(body=body))
    report = run_once([feed(http_server, "/bozo.xml")], deps, NOW)
    assert len(report.new_articles) == 1
    assert report.outcomes[0].warnings


def test_dry_run_records_nothing(http_server: LoopbackServer, deps: Deps) -> None:
    """With dry_run the same items are new again on the next pass."""
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"))))
    run_once([feed(http_server)], deps, NOW, dry_run=True)
    report = run_once([feed(http_server)], deps, NOW, dry_run=True)
    assert titles(report) == ["One"]
    assert deps.store.count_seen() == 0


def test_dir_source_skips_a_bad_file_and_reads_the_rest(tmp_path: Path, deps: Deps) -> None:
    """One unreadable article file is a warning; the other files are still articles."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.md").write_text("# A headline\n\nA body sentence about tariffs.\n")
    (inbox / "bad.json").write_text("{not json")
    (inbox / "notes.yaml").write_text("ignored: true\n")
    report = run_once([DirSource(id="inbox", kind="dir", path=inbox)], deps, NOW)
    assert titles(report) == ["A headline"]
    assert "bad.json" in report.outcomes[0].warnings[0]


def test_missing_folder_is_a_failure(tmp_path: Path, deps: Deps) -> None:
    """A dir source whose folder does not exist fails with the path named."""
    report = run_once([DirSource(id="inbox", kind="dir", path=tmp_path / "gone")], deps, NOW)
    assert report.outcomes[0].status is PollStatus.FAILED
    assert "gone" in (report.outcomes[0].error or "")


def test_page_is_a_new_article_when_its_text_changes(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """A page source yields a new article only when its main text changes."""
    source = PageSource(id="page", kind="page", url=http_server.url("/page"))
    text_a = "The tariff on imported widgets rises to 40% from 1 July, the ministry said."
    http_server.script("/page", Reply(body=PAGE.format(text=text_a).encode()))
    first = run_once([source], deps, NOW)
    http_server.script(
        "/page",
        Reply(body=PAGE.format(text=text_a).encode().replace(b"Home | News", b"Home | Latest")),
    )
    boilerplate_only = run_once([source], deps, NOW + timedelta(minutes=10))
    http_server.script("/page", Reply(body=PAGE.format(text=text_a.replace("40%", "45%")).encode()))
    changed = run_once([source], deps, NOW + timedelta(minutes=20))
    assert titles(first) == ["Tariff page"]
    assert "40%" in first.new_articles[0].text
    assert "Home" not in first.new_articles[0].text
    assert boilerplate_only.new_articles == []
    assert "45%" in changed.new_articles[0].text


def test_local_feed_file(tmp_path: Path, deps: Deps) -> None:
    """A feed given as a local path is read from disk."""
    path = tmp_path / "wire.xml"
    path.write_bytes(rss(("a", "One")))
    report = run_once([FeedSource(id="local", kind="feed", url=str(path))], deps, NOW)
    assert titles(report) == ["One"]


def test_seen_ids_survive_until_retention_after_last_listing(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """An item still listed long after it was first seen is not reported again."""
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"))))
    retention = timedelta(days=deps.settings.seen_retention_days)
    run_once([feed(http_server)], deps, NOW)
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"), ("b", "Two"))))
    later = run_once([feed(http_server)], deps, NOW + retention * 0.8)
    http_server.script("/feed.xml", Reply(body=rss(("a", "One"))))
    much_later = run_once([feed(http_server)], deps, NOW + retention * 1.5)
    assert titles(later) == ["Two"]
    assert much_later.new_articles == []


THREAT = (
    "The United States will impose an additional tariff of 100% on Chinese goods unless "
    "Beijing changes course, the president said on Friday."
)


def article_dir(tmp_path: Path, **files: str) -> DirSource:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    for name, body in files.items():
        (inbox / f"{name}.md").write_text(f"---\npublished: 2025-10-10\n---\n# {name}\n\n{body}\n")
    return DirSource(id="inbox", kind="dir", path=inbox)


def outcomes(report: RunReport) -> list[tuple[str, str]]:
    return [(c.fact.kind, c.outcome.value) for a in report.assessed for c in a.comparisons]


def test_facts_are_compared_and_learned(tmp_path: Path, deps: Deps) -> None:
    """A new fact is learned, so the same fact in a later run is confirmed."""
    source = article_dir(tmp_path, first=THREAT)
    first = run_once([source], deps, NOW)
    article_dir(tmp_path, second=THREAT.replace("the president said", "officials said"))
    second = run_once([source], deps, NOW + timedelta(hours=1))
    assert outcomes(first) == [("tariff_rate", "new")]
    assert outcomes(second) == [("tariff_rate", "confirmed")]
    assert len(deps.store.learned_facts()) == 1


def test_two_outlets_in_one_run(tmp_path: Path, deps: Deps) -> None:
    """Of two articles in one run stating the same new fact, the second is confirmed."""
    source = article_dir(tmp_path, a=THREAT, b=THREAT.replace("president", "White House"))
    report = run_once([source], deps, NOW)
    assert outcomes(report) == [("tariff_rate", "new"), ("tariff_rate", "confirmed")]


def test_dry_run_learns_nothing(tmp_path: Path, deps: Deps) -> None:
    """A dry run compares facts but keeps nothing of them."""
    source = article_dir(tmp_path, a=THREAT)
    run_once([source], deps, NOW, dry_run=True)
    assert deps.store.learned_facts() == []
    assert outcomes(run_once([source], deps, NOW)) == [("tariff_rate", "new")]


def test_a_crash_while_recording_leaves_no_trace(
    tmp_path: Path, deps: Deps, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If recording fails part-way, nothing of the run is kept and the next run redoes it."""
    source = article_dir(tmp_path, a=THREAT)

    def broken_learn(facts: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(deps.store, "learn", broken_learn)
    with pytest.raises(OSError, match="disk full"):
        run_once([source], deps, NOW)
    monkeypatch.undo()
    assert deps.store.count_seen() == 0
    report = run_once([source], deps, NOW)
    assert titles(report) == ["a"]
    assert outcomes(report) == [("tariff_rate", "new")]


def test_unchanged_polls_keep_seen_ids_alive(http_server: LoopbackServer, deps: Deps) -> None:
    """Months of 304s do not let the ids of a feed that still lists them age out."""
    http_server.script("/feed.xml", conditional('"v1"', rss(("a", "One"), ("b", "Two"))))
    retention = timedelta(days=deps.settings.seen_retention_days)
    run_once([feed(http_server)], deps, NOW)
    run_once([feed(http_server)], deps, NOW + retention * 0.6)
    run_once([feed(http_server)], deps, NOW + retention * 1.2)
    http_server.script("/feed.xml", Reply(body=rss(("c", "Three"), ("a", "One"), ("b", "Two"))))
    report = run_once([feed(http_server)], deps, NOW + retention * 1.3)
    assert titles(report) == ["Three"]


def test_failure_messages_hide_url_tokens(http_server: LoopbackServer, deps: Deps) -> None:
    """A failing source whose URL carries a token is reported, stored and logged without it."""
    http_server.script("/feed.xml", Reply(500))
    source = FeedSource(id="wire", kind="feed", url=http_server.url("/feed.xml?api_key=S3CRET"))
    report = run_once([source], deps, NOW)
    assert "HTTP 500" in (report.outcomes[0].error or "")
    assert "S3CRET" not in (report.outcomes[0].error or "")
    assert "S3CRET" not in (deps.store.source_state("wire").last_error or "")


def rules_of(*data: dict[str, object]) -> RuleSet:
    return RuleSet(TypeAdapter(Rule).validate_python(d) for d in data)


def test_a_run_without_sources_sends_due_reminders(deps: Deps) -> None:
    """The clock alone raises a deadline reminder, once, with no new article."""
    deadline = Deadline(
        Status.ANNOUNCED,
        "The truce ends on 12 August.",
        "truce ends",
        date(2025, 8, 12),
        "US",
        "China",
    )
    rule = {
        "id": "truce",
        "description": "truce",
        "message": "{{ fact.date }}",
        "trigger": {"type": "deadline", "remind_before": ["7d", "1d"]},
    }
    deps = replace(
        deps, rules=rules_of(rule), baseline=(KnownFact(deadline, Provenance("seed", NOW)),)
    )
    first = run_once([], deps, datetime(2025, 8, 6, 9, 0, tzinfo=UTC))
    again = run_once([], deps, datetime(2025, 8, 6, 15, 0, tzinfo=UTC))
    assert [r.alert.event for r in first.alerts] == ["reminder"]
    assert again.alerts == []


def test_first_poll_is_quiet_unless_catching_up(tmp_path: Path, deps: Deps) -> None:
    """Without catch-up a new source's backlog alerts only on facts that changed."""
    rules = rules_of(
        {
            "id": "kw",
            "description": "kw",
            "message": "m",
            "trigger": {"type": "keyword", "any": ["magnet"]},
        },
        {
            "id": "rate",
            "description": "rate",
            "message": "m",
            "trigger": {"type": "tariff_rate", "imposer": "US"},
        },
    )
    deps = replace(
        deps,
        rules=rules,
        baseline=(
            KnownFact(
                TariffRate(Status.HAPPENED, "ev", "US", "China", "all goods", 30.0),
                Provenance("seed", NOW),
            ),
        ),
    )
    source = article_dir(
        tmp_path,
        magnets="Exports of magnet alloys face new licences.",
        rate="The United States raised its tariff on Chinese goods from 30% "
        "to 54% on Tuesday, the White House said.",
    )
    now = datetime(2025, 10, 11, tzinfo=UTC)  # a day after the articles' date
    report = run_once([source], deps, now, catch_up=False)
    assert [r.alert.rule for r in report.alerts] == ["rate"]  # the change still alerts
    article_dir(tmp_path, later="A second story about magnet exports and licences.")
    assert [r.alert.rule for r in run_once([source], deps, now, catch_up=False).alerts] == ["kw"]
    late = datetime(2025, 11, 1, tzinfo=UTC)  # three weeks on: an old article stays quiet
    article_dir(tmp_path, old="An old story about magnet exports, found late.")
    assert run_once([source], deps, late, catch_up=False).alerts == []


def test_an_undated_article_is_read_as_of_the_run() -> None:
    """`check` reads an undated story as `watcher extract` does: as of the time it polls."""
    article = Article(
        "wire",
        "x1",
        "Duties to rise",
        "The United States will raise its tariff on Chinese goods to 50% from November 1.",
    )
    now = datetime(2025, 10, 20, 12, tzinfo=UTC)
    dates = [f.date for f in facts_of(article, now=now) if isinstance(f, Deadline)]
    assert dates == [date(2025, 11, 1)]
    assert article.published is None  # the article itself stays undated


def test_a_slow_source_listed_first_does_not_hold_back_the_others(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """Outcomes are reported as sources finish: the quick source's comes while the slow one
    (listed first) is still waiting for its server; the report keeps the listed order."""
    http_server.script("/slow.xml", Reply(body=rss(("s", "Slow story")), delay_s=1.5))
    http_server.script("/quick.xml", Reply(body=rss(("q", "Quick story"))))
    slow, quick = feed(http_server, "/slow.xml", "slow"), feed(http_server, "/quick.xml", "quick")
    started = time.monotonic()
    heard: list[tuple[str, float]] = []
    report = run_once(
        [slow, quick],
        deps,
        NOW,
        on_outcome=lambda o: heard.append((o.source_id, time.monotonic() - started)),
    )
    assert [sid for sid, _ in heard] == ["quick", "slow"]
    assert heard[0][1] < 1.0 <= heard[1][1]
    assert [o.source_id for o in report.outcomes] == ["slow", "quick"]
    assert titles(report) == ["Slow story", "Quick story"]


def test_articles_are_read_while_slower_sources_are_still_fetched(
    http_server: LoopbackServer, deps: Deps
) -> None:
    """Extraction overlaps the fetching of other sources (issue 13 §3): the fast source's
    facts are extracted before the slow source has answered, not after every fetch."""
    http_server.script(
        "/fast.xml", Reply(body=rss(("t1", "The US raised its tariff on Chinese steel to 50%")))
    )
    http_server.script("/slow.xml", Reply(body=rss(("s1", "Weather report")), delay_s=1.0))
    sources = [feed(http_server, "/slow.xml", "slow"), feed(http_server, "/fast.xml", "fast")]
    with capture_logs() as logs:
        report = run_once(sources, deps, NOW)
    order = [(e["event"], e.get("source")) for e in logs]
    assert order.index(("facts_extracted", "fast")) < order.index(("source_polled", "slow"))
    fast_facts = [facts for article, facts in report_items(report) if article.source_id == "fast"]
    assert fast_facts and fast_facts[0], "the fast source's article gave its tariff fact"


def report_items(report: RunReport) -> list[tuple[Article, list[object]]]:
    return [(a.article, [c.fact for c in a.comparisons]) for a in report.assessed]
