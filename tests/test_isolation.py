"""One bad input never stops everything (issue 11, section 1).

Each bad input is polled by `watcher check` as a real subprocess, beside a good `dir` source
whose alert must still be recorded (the file notifier's output). A bad source fails alone
(exit 1, named, no traceback); a bad file in a `dir` source is skipped with a warning naming
it, and the folder's other files are still read. The service side is in `test_daemon_crash`.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from tests.servers import LoopbackServer, Reply
from tests.test_cli import watcher
from watcher.errors import StoreError
from watcher.ingest import collect as collect_module
from watcher.ingest import parse as parse_module
from watcher.ingest.fetch import Fetcher
from watcher.ingest.parse import ParsedFeed
from watcher.ingest.sources import DirSource, FeedSource
from watcher.models import Article, FetchResult, Validators
from watcher.pipeline import Deps, run_once
from watcher.settings import Settings
from watcher.state.store import open_store

RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet, magnets]}
message: "{{ article.title }}"
notify: [archive]
"""
GOOD = "A magnet plant opens\nA factory that makes magnets opened on Monday, its owners said.\n"
NOW = datetime(2025, 11, 5, 12, 0, tzinfo=UTC)
SOURCES = """\
sources:
  - {id: good, kind: dir, path: good}
"""


def setup(tmp_path: Path, *bad: str) -> dict[str, str]:
    """A good `dir` source plus the `bad` source entries (YAML flow mappings)."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "plant.txt").write_text(GOOD)
    entries = "".join(f"  - {entry}\n" for entry in bad)
    (tmp_path / "sources.yaml").write_text(SOURCES + entries)
    return {
        "WATCHER_RULES_DIR": str(tmp_path / "rules"),
        "WATCHER_NOTIFIERS__ARCHIVE__KIND": "file",
        "WATCHER_NOTIFIERS__ARCHIVE__PATH": str(tmp_path / "alerts.jsonl"),
        "WATCHER_FETCH__RETRIES": "0",
        "WATCHER_LOG_FORMAT": "json",
    }


def check(tmp_path: Path, env: dict[str, str]) -> Any:
    return watcher("check", "--sources", "sources.yaml", "--state", "s.db", cwd=tmp_path, env=env)


def alert_titles(tmp_path: Path) -> list[str]:
    path = tmp_path / "alerts.jsonl"
    lines = path.read_text().splitlines() if path.exists() else []
    return sorted(json.loads(line)["title"] for line in lines)


def log_events(stderr: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def assert_source_failed(result: Any, tmp_path: Path, source: str, reason: str) -> None:
    """Exit 1, the good source's alert recorded, the bad source named with its reason."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    assert alert_titles(tmp_path) == ["magnet news: A magnet plant opens"]
    failed = [e for e in log_events(result.stderr) if e["event"] == "source_failed"]
    assert [e["source"] for e in failed] == [source]
    assert reason in failed[0]["error"]


def assert_file_skipped(result: Any, tmp_path: Path, name: str, reason: str) -> None:
    """Exit 0, the folder's other file and the good source alerting, a warning naming `name`."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert alert_titles(tmp_path) == [
        "magnet news: A magnet plant opens",
        "magnet news: Magnets in the other file",
    ]
    warnings = [e["warning"] for e in log_events(result.stderr) if e["event"] == "source_warning"]
    assert len(warnings) == 1, warnings
    assert name in warnings[0]
    assert reason in warnings[0]


def bad_folder(tmp_path: Path, name: str, content: str | bytes) -> str:
    """A `dir` source holding one bad file and one good one."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "other.txt").write_text("Magnets in the other file\nMore magnets were sold.\n")
    target = folder / name
    target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content)
    return "{id: bad, kind: dir, path: bad}"


def nested_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_page_with_an_unknown_charset_is_read_as_utf8(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`charset=foobar-999` crashed the run with LookupError: now the page is read as UTF-8,
    as a browser reads it, and a warning names the charset."""
    page = (
        "<html><head><title>Magnet exports</title></head><body><article><p>Exports of magnets "
        "rose sharply in October, the customs office said in its monthly report on trade.</p>"
        "<p>The office expects the trend to continue into the winter months.</p></article>"
        "</body></html>"
    )
    headers = {"Content-Type": "text/html; charset=foobar-999"}
    http_server.script("/page", Reply(body=page.encode(), headers=headers))
    env = setup(tmp_path, f"{{id: bad, kind: page, url: '{http_server.url('/page')}'}}")
    result = check(tmp_path, env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert alert_titles(tmp_path) == [
        "magnet news: A magnet plant opens",
        "magnet news: Magnet exports",
    ]
    warnings = [e for e in log_events(result.stderr) if e["event"] == "source_warning"]
    assert [e["source"] for e in warnings] == ["bad"]
    assert "foobar-999" in warnings[0]["warning"]


def test_json_feed_nested_200000_deep_fails_only_its_source(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A JSON Feed nested 200,000 deep crashed the run with RecursionError."""
    body = '{"version": "https://jsonfeed.org/version/1.1", "items": ' + nested_json(200_000)
    http_server.script("/feed.json", Reply(body=(body + "}").encode()))
    env = setup(tmp_path, f"{{id: bad, kind: feed, url: '{http_server.url('/feed.json')}'}}")
    assert_source_failed(check(tmp_path, env), tmp_path, "bad", "nested deeper than 100")


def test_json_article_nested_100000_deep_is_skipped(tmp_path: Path) -> None:
    """A `.json` article nested 100,000 deep crashed the run with RecursionError."""
    entry = bad_folder(tmp_path, "deep.json", '{"text": ' + nested_json(100_000) + "}")
    result = check(tmp_path, setup(tmp_path, entry))
    assert_file_skipped(result, tmp_path, "deep.json", "nested deeper than 100")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("other.txt: {published: [2025-01-01\n", "invalid YAML"),
        (b"other.txt:\n  title: caf\xe9\n", "not UTF-8"),
    ],
    ids=["invalid", "not-utf8"],
)
def test_bad_meta_yaml_fails_only_its_source(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    """An invalid or non-UTF-8 `meta.yaml` crashed the run (YAMLError, UnicodeDecodeError).
    It describes every file of its folder, so the folder's source fails, naming it."""
    entry = bad_folder(tmp_path, "meta.yaml", content)
    result = check(tmp_path, setup(tmp_path, entry))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    assert alert_titles(tmp_path) == ["magnet news: A magnet plant opens"]
    failed = [e for e in log_events(result.stderr) if e["event"] == "source_failed"]
    assert [e["source"] for e in failed] == ["bad"]
    assert "meta.yaml" in failed[0]["error"]
    assert reason in failed[0]["error"]


def test_impossible_date_in_front_matter_leaves_the_article_undated(tmp_path: Path) -> None:
    """`published: 2022-13-45T99:99:99Z` crashed the run (ValueError from the YAML timestamp).
    The article is read, undated, with a warning naming the file and the value."""
    text = "---\npublished: 2022-13-45T99:99:99Z\n---\nMagnet prices fall\nMagnets got cheaper.\n"
    result = check(tmp_path, setup(tmp_path, bad_folder(tmp_path, "when.md", text)))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert "magnet news: Magnet prices fall" in alert_titles(tmp_path)
    warnings = [e for e in log_events(result.stderr) if e["event"] == "document_warning"]
    assert len(warnings) == 1
    assert "when.md" in warnings[0]["file"]
    assert "2022-13-45T99:99:99Z" in warnings[0]["warning"]


def billion_laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, levels + 1):
        refs = ", ".join([f"*a{n - 1}"] * 9)
        lines.append(f"a{n}: &a{n} [{refs}]")
    lines.append(f"published: *a{levels}")
    return "\n".join(lines)


def test_alias_bomb_in_front_matter_is_skipped_at_once(tmp_path: Path) -> None:
    """A billion-laughs front matter ran into a MemoryError after 33 s and 5.7 GB; now the file
    is refused by the YAML limits within the usual time, and the others are read."""
    text = f"---\n{billion_laughs()}\n---\nMagnet bomb\nText.\n"
    entry = bad_folder(tmp_path, "bomb.md", text)
    started = time.monotonic()
    result = check(tmp_path, setup(tmp_path, entry))
    assert time.monotonic() - started < 30
    assert_file_skipped(result, tmp_path, "bomb.md", "aliases expand")


def test_deeply_nested_sources_file_is_a_config_error(tmp_path: Path) -> None:
    """A sources file nested 100,000 deep crashed with RecursionError (exit 1); it is a
    configuration error naming the file (exit 2)."""
    env = setup(tmp_path)
    (tmp_path / "sources.yaml").write_text("sources: " + nested_json(100_000) + "\n")
    result = check(tmp_path, env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert "sources.yaml" in result.stderr
    assert "nested deeper than 100" in result.stderr


# --- the catch-alls, by fault injection ---------------------------------------------------
# No known input reaches them any more (the cases above are all handled by name), so a
# library failure is stood in for by replacing one function with one that raises.


def test_unexpected_error_in_one_source_is_that_sources_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KeyError from the parser (as feedparser's loose parser has raised on junk) fails
    only its source, naming it and the file, logged with the traceback; the good source's
    articles are recorded and the failure counts toward its health."""
    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><title>T</title></channel></rss>')
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "plant.txt").write_text(GOOD)

    def broken(result: FetchResult, **_: object) -> ParsedFeed:
        raise KeyError("entries")

    monkeypatch.setattr(parse_module, "parse_feed", broken)  # collect imports it when it parses
    bad = FeedSource(id="bad", kind="feed", url=str(feed))
    good = DirSource(id="good", kind="dir", path=tmp_path / "good")
    settings = Settings(state_path=tmp_path / "s.db")
    with (
        open_store(settings.state_path) as store,
        Fetcher(settings.fetch) as fetcher,
        capture_logs() as logs,
    ):
        report = run_once([bad, good], Deps(settings, store, fetcher), NOW)
        assert store.source_state("bad").consecutive_failures == 1
    failed = {o.source_id: o.error for o in report.failed}
    assert failed == {"bad": f"bad: unexpected KeyError reading {feed}: 'entries'"}
    assert [a.title for a in report.new_articles] == ["A magnet plant opens"]
    crashed = [e for e in logs if e["event"] == "source_crashed"]
    assert crashed == [
        {"event": "source_crashed", "where": str(feed), "log_level": "error", "exc_info": True}
    ]


def test_unexpected_error_in_one_file_skips_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dir source reads its other files when one raises something unexpected."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_text("Another story\nText.\n")
    real = collect_module.read_document

    def read(path: Path, source_id: str | None = None) -> Article:
        if path.name == "a.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, source_id)

    monkeypatch.setattr(collect_module, "read_document", read)
    source = DirSource(id="inbox", kind="dir", path=folder)
    with capture_logs() as logs:
        collected = collect_module.collect(source, Validators(), None)  # type: ignore[arg-type]
    assert collected.status is collect_module.PollStatus.OK
    assert [a.title for a in collected.articles] == ["Another story"]
    assert collected.warnings == (
        f"{folder / 'a.txt'}: unexpected RecursionError: maximum recursion depth exceeded",
    )
    assert [e["event"] for e in logs] == ["document_crashed"]


def test_a_state_outage_while_polling_is_not_the_sources_failure(tmp_path: Path) -> None:
    """`seen` asks the state store whether a feed's items are known; when the store is away
    (PostgreSQL restarting), its StoreError reaches the caller, which waits for the state
    (the service logs `state_unavailable`), instead of failing the source and counting it
    toward the source's health."""
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss version="2.0"><channel><title>T</title><item><title>Port fees cut</title>'
        "<guid>a-1</guid><description>Beijing cut its port fees.</description></item>"
        "</channel></rss>"
    )
    source = FeedSource(id="wire", kind="feed", url=str(feed))

    def state_away(article_id: str) -> bool:
        raise StoreError("state: the database cannot be reached or failed (restarting)")

    with Fetcher(Settings().fetch) as fetcher, pytest.raises(StoreError, match="restarting"):
        collect_module.collect(source, Validators(), fetcher, seen=state_away)
    with Fetcher(Settings().fetch) as fetcher:  # the same feed, the state back: read as usual
        collected = collect_module.collect(source, Validators(), fetcher, seen=lambda _: False)
    assert collected.status is not collect_module.PollStatus.FAILED
    assert [a.title for a in collected.articles] == ["Port fees cut"]
