"""`watcher check` against sources that misbehave at the HTTP level (issue 11, sections 3
and 4): a real subprocess, real loopback servers, a real state file.

Each test lists the misbehaving source first, beside a good one, and small fetch limits set
through `WATCHER_FETCH__*`, so a hang shows as a timeout of seconds rather than minutes.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply

# (the day is the statement's, not the step's: a step "on Tuesday" in a Tuesday item would also
# date its start, a second alert these fetch tests do not count)
SENTENCE = (
    "The United States raised its additional tariff on all Chinese goods from 30% to 54%, "
    "the commerce department said on Tuesday."
)


def rss(guid: str, title: str, text_element: str = "description") -> bytes:
    """A one-item RSS 2.0 feed whose item text (the tariff sentence) sits in `text_element`."""
    inner = f"<p>{SENTENCE}</p>" if "body" in text_element else SENTENCE
    text = f"<{text_element}>{inner}</{text_element}>"
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel>'
        "<title>Wire</title><link>https://wire.example.org/</link>"
        f"<item><guid>{guid}</guid><title>{title}</title>"
        f"<link>https://wire.example.org/{guid}</link>"
        "<pubDate>Tue, 01 Jul 2025 09:00:00 GMT</pubDate>"
        f"{text}</item></channel></rss>"
    ).encode()


def write_sources(tmp_path: Path, *entries: tuple[str, str]) -> Path:
    path = tmp_path / "sources.yaml"
    lines = [f"  - {{id: {sid}, kind: feed, url: '{url}'}}" for sid, url in entries]
    path.write_text("sources:\n" + "\n".join(lines) + "\n")
    return path


def check(
    tmp_path: Path, sources: Path, timeout: float = 30, **env: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    """`watcher check` as a user runs it, with its wall time; `env` adds WATCHER_* settings."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "check", "--sources", str(sources)],
        cwd=tmp_path,
        env={**clean, "WATCHER_STATE_PATH": str(tmp_path / "state.db"), **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return result, time.monotonic() - started


def last_errors(tmp_path: Path) -> dict[str, str | None]:
    with sqlite3.connect(tmp_path / "state.db") as db:
        return dict(db.execute("SELECT source_id, last_error FROM source_state"))


def test_check_cuts_a_source_trickling_its_headers_and_records_the_good_one(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """Headers sent a byte every 0.3 s (each within the read timeout) are cut at the 1 s total
    limit: the check ends in seconds, the slow source failed, the good one's alert recorded."""
    padding = {"X-Padding": "p" * 200}  # a head of ~300 bytes: 90 s at this pace
    http_server.script(
        "/slow.xml", Reply(body=rss("s1", "Slow"), headers=padding, head_pause_s=0.3)
    )
    http_server.script("/good.xml", Reply(body=rss("g1", "US raises China tariff to 54%")))
    sources = write_sources(
        tmp_path, ("slow", http_server.url("/slow.xml")), ("good", http_server.url("/good.xml"))
    )
    result, elapsed = check(
        tmp_path,
        sources,
        WATCHER_FETCH__TOTAL_TIMEOUT_S="1",
        WATCHER_FETCH__READ_TIMEOUT_S="2",
    )
    assert result.returncode == 1, result.stderr
    assert elapsed < 15
    assert "slow  FAILED: slow: total time limit of 1s passed" in result.stdout
    assert "good  1 new of 1 listed" in result.stdout
    assert "ALERTS (1)" in result.stdout
    assert "54%" in result.stdout
    assert "total time limit" in (last_errors(tmp_path)["slow"] or "")


def test_check_does_not_sleep_through_a_day_long_retry_after(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A 503 with Retry-After: 86400 fails its source at once, with the asked pause in the
    error and the stored last error, instead of three 60 s retries (default settings)."""
    http_server.script("/busy.xml", Reply(503, headers={"Retry-After": "86400"}))
    http_server.script("/good.xml", Reply(body=rss("g1", "US raises China tariff to 54%")))
    sources = write_sources(
        tmp_path, ("busy", http_server.url("/busy.xml")), ("good", http_server.url("/good.xml"))
    )
    result, elapsed = check(tmp_path, sources)
    assert result.returncode == 1, result.stderr
    assert elapsed < 15
    assert "busy  FAILED: busy: HTTP 503 from" in result.stdout
    assert "(Retry-After 86400s)" in result.stdout
    assert "ALERTS (1)" in result.stdout
    assert len(http_server.requests_to("/busy.xml")) == 1
    assert "Retry-After 86400s" in (last_errors(tmp_path)["busy"] or "")


def test_service_puts_off_a_source_that_asks_for_a_day(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """In `watcher run`, the same 503 fails the poll at once (with default retries and
    backoff) and the source's next poll is pushed a day out, as the server asked."""
    from tests.test_daemon import ServiceProcess  # noqa: PLC0415 - its fixtures stay there

    http_server.script("/feed", Reply(503, headers={"Retry-After": "86400"}))
    service = ServiceProcess(tmp_path, http_server)
    del service.env["WATCHER_FETCH__RETRIES"], service.env["WATCHER_SOURCE_BACKOFF_MAX_S"]
    try:
        service.start()
        service.wait_for(
            lambda: any(e["event"] == "poll_deferred" for e in service.events()),
            "the poll to be put off",
            timeout=15,
        )
        failed = next(e for e in service.events() if e["event"] == "source_failed")
        deferred = next(e for e in service.events() if e["event"] == "poll_deferred")
        assert "Retry-After 86400s" in failed["error"]
        until = datetime.fromisoformat(deferred["until"])
        assert timedelta(hours=23) < until - datetime.now(UTC) <= timedelta(days=1)
        assert len(http_server.requests_to("/feed")) == 1
        assert service.stop() == 0
    finally:
        if service.proc is not None and service.proc.poll() is None:
            service.proc.kill()
            service.proc.wait()


@pytest.mark.parametrize("element", ["description", "xhtml:body", "body", "fullitem"])
def test_check_alerts_on_item_text_in_any_content_element(
    tmp_path: Path, http_server: LoopbackServer, element: str
) -> None:
    """The tariff sentence alerts whether the item holds it in <description> or only in an
    element the fast parse path does not read (<xhtml:body>, <body>, <fullitem>)."""
    http_server.script("/feed.xml", Reply(body=rss("t1", "Tariff news", element)))
    sources = write_sources(tmp_path, ("wire", http_server.url("/feed.xml")))
    result, _ = check(tmp_path, sources)
    assert result.returncode == 0, result.stderr
    assert "ALERTS (1)" in result.stdout
    assert "54%" in result.stdout
