"""`watcher check` on a feed that gains one item (issue 13 §2, "parse once, only what is
new"): a real subprocess, a real loopback server, a real state file.

The items seen on the first poll are identified by guid on the second and never turned into
text again; the one new item is the only article reported, and the state still notes that
the feed lists the others (their `last_seen` moves), so pruning never forgets them early.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.servers import LoopbackServer, Reply


def item(n: int) -> str:
    return (
        f"<item><guid isPermaLink='false'>steel-{n}</guid><title>Steel duty note {n}</title>"
        f"<link>https://wire.example.org/steel/{n}</link>"
        f"<pubDate>Tue, 0{n} Jul 2025 09:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;The ministry reviewed steel duties, note {n}.&lt;/p&gt;"
        "</description></item>"
    )


def feed(*numbers: int) -> bytes:
    items = "".join(item(n) for n in numbers)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://wire.example.org/</link>{items}</channel></rss>"
    ).encode()


def check(tmp_path: Path, sources: Path, now: str) -> subprocess.CompletedProcess[str]:
    """`watcher check` as a user runs it, with info logs as JSON lines on stderr."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    (tmp_path / "no-rules").mkdir(exist_ok=True)  # no alerts: this is about articles
    return subprocess.run(
        [sys.executable, "-m", "watcher", "check", "--sources", str(sources), "--now", now,
         "--log-level", "info", "--log-format", "json"],
        cwd=tmp_path,
        env={**clean, "WATCHER_STATE_PATH": str(tmp_path / "state.db"),
             "WATCHER_RULES_DIR": str(tmp_path / "no-rules")},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def polled(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    events = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    return next(e for e in events if e["event"] == "source_polled")


def test_check_reports_the_one_new_item_and_normalises_only_it(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A second poll of a feed that gained one item reports that item alone as new, of five
    listed, skips the four known ones before normalising them, and writes only the new one: the
    listing is all five, the four known ones keep the stamp of the poll that first listed
    them (issue 13)."""
    http_server.script("/wire.xml", Reply(body=feed(1, 2, 3, 4)), Reply(body=feed(5, 1, 2, 3, 4)))
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - {{id: wire, kind: feed, url: '{http_server.url('/wire.xml')}'}}\n"
    )

    first = check(tmp_path, sources, "2025-07-06T12:00Z")
    assert first.returncode == 0, first.stderr
    assert "wire  4 new of 4 listed" in first.stdout
    assert (polled(first)["listed"], polled(first)["skipped_seen"]) == (4, 0)

    second = check(tmp_path, sources, "2025-07-06T13:00Z")
    assert second.returncode == 0, second.stderr
    assert "wire  1 new of 5 listed" in second.stdout
    assert "Steel duty note 5" in second.stdout
    assert "Steel duty note 1" not in second.stdout
    assert (polled(second)["new"], polled(second)["skipped_seen"]) == (1, 4)

    with sqlite3.connect(tmp_path / "state.db") as db:
        rows = db.execute("SELECT article_id, last_seen, listed FROM seen_articles").fetchall()
    assert {i for i, _, listed in rows if listed} == {f"steel-{n}" for n in range(1, 6)}
    last_seen = {
        i: at for i, at, _ in rows
    }  # the new one written, the known four left as they were
    assert last_seen == {
        **{f"steel-{n}": "2025-07-06T12:00:00+00:00" for n in range(1, 5)},
        "steel-5": "2025-07-06T13:00:00+00:00",
    }
