"""The feed notifier keeps an Atom file of recent alerts that feed readers can follow."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from structlog.testing import capture_logs

from tests.notifiers.helpers import STATE_ID, make_alert, make_message, make_update
from watcher.delivery.notifiers.config import FeedConfig
from watcher.delivery.notifiers.feed import ATOM, FeedNotifier
from watcher.errors import NotifyError

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


class _Clock:
    """Each call is a minute after the previous one."""

    def __init__(self) -> None:
        self.now = T0 - timedelta(minutes=1)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _notifier(path: Path, **settings: object) -> FeedNotifier:
    config = FeedConfig(kind="feed", path=path, **settings)
    return FeedNotifier(config, clock=_Clock())


def _ids(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [e.findtext(f"{{{ATOM}}}id") or "" for e in root.findall(f"{{{ATOM}}}entry")]


def test_feed_reads_as_atom(tmp_path: Path) -> None:
    """A feed reader sees the title, the entry's heading, link, text and time."""
    path = tmp_path / "public" / "alerts.atom"
    _notifier(path, title="Trade desk alerts").send(make_message(key="key-1"))
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo
    assert parsed.feed.title == "Trade desk alerts"
    (entry,) = parsed.entries
    assert entry.id == "urn:watcher:message:key-1"
    assert entry.title == "[warning] Widget duty raised to 40%"
    assert entry.link == "https://news.example.org/widgets"
    assert entry.updated == "2026-11-21T08:00:00Z"
    assert "goes up to 40 percent" in entry.summary
    assert path.stat().st_mode & 0o777 == 0o644


def test_newest_first_and_updates_get_their_own_entry(tmp_path: Path) -> None:
    """Later alerts go on top; an update is a new entry (id and version), dated when created."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    created = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    notifier.send(make_message(make_alert(id=7, created_at=created), key="first"))
    notifier.send(make_message(make_update(id=9), key="second"))
    assert _ids(path) == [
        f"urn:watcher:{STATE_ID}:alert:9:v2",
        f"urn:watcher:{STATE_ID}:alert:7:v1",
    ]
    entries = feedparser.parse(path.read_bytes()).entries
    assert entries[0].title == "[warning] UPDATE: Widget duty raised to 40%"
    assert entries[1].updated == "2026-11-20T12:00:00Z"


def test_stored_alert_keeps_its_entry_across_digest_retries(tmp_path: Path) -> None:
    """A retried digest that gained an alert does not repeat the entries already written."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    notifier.send(make_message(make_alert(id=1), make_alert(id=2), key="digest.a"))
    notifier.send(make_message(make_alert(id=1), make_alert(id=2), make_alert(id=3), key="d.b"))
    assert _ids(path) == [f"urn:watcher:{STATE_ID}:alert:{n}:v1" for n in (1, 2, 3)]


def test_two_states_give_the_same_row_different_entry_ids(tmp_path: Path) -> None:
    """Alert 6 of one state and alert 6 of another are different entries, even in one feed
    (the row id alone repeats in every state file)."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    notifier.send(make_message(make_alert(id=6), key="k", state_id="a" * 32))
    notifier.send(make_message(make_alert(id=6), key="k", state_id="b" * 32))
    assert _ids(path) == [
        f"urn:watcher:{'b' * 32}:alert:6:v1",
        f"urn:watcher:{'a' * 32}:alert:6:v1",
    ]
    assert [e.id for e in feedparser.parse(path.read_bytes()).entries] == _ids(path)


def test_entries_from_before_state_ids_take_the_new_form(tmp_path: Path) -> None:
    """A feed written before states had ids keeps its entries under the state's form of
    their id, so a retry of one of them replaces it rather than adding a second."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    notifier.send(make_message(make_alert(id=4), make_alert(id=5), key="d"))
    old = path.read_text(encoding="utf-8").replace(
        f"urn:watcher:{STATE_ID}:alert:", "urn:watcher:alert:"
    )
    path.write_text(old, encoding="utf-8")
    assert _ids(path) == ["urn:watcher:alert:4:v1", "urn:watcher:alert:5:v1"]
    notifier.send(make_message(make_alert(id=5), key="retry"))
    assert _ids(path) == [f"urn:watcher:{STATE_ID}:alert:{n}:v1" for n in (5, 4)]


def test_retry_does_not_duplicate(tmp_path: Path) -> None:
    """Sending the same message again replaces its entry instead of adding a second."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    notifier.send(make_message(key="a"))
    notifier.send(make_message(key="b"))
    notifier.send(make_message(key="b"))
    assert _ids(path) == ["urn:watcher:message:b", "urn:watcher:message:a"]


def test_keeps_only_max_entries(tmp_path: Path) -> None:
    """Only the most recent `max_entries` entries are kept."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path, max_entries=3)
    for n in range(5):
        notifier.send(make_message(key=f"k{n}"))
    assert _ids(path) == [f"urn:watcher:message:k{n}" for n in (4, 3, 2)]


def test_digest_adds_one_entry_per_alert(tmp_path: Path) -> None:
    """Each alert of a digest gets its own entry, numbered after the key."""
    path = tmp_path / "alerts.atom"
    _notifier(path).send(make_message(make_alert(), make_alert(title="Two"), key="d"))
    assert _ids(path) == ["urn:watcher:message:d:0", "urn:watcher:message:d:1"]


def test_corrupt_file_starts_fresh_with_warning(tmp_path: Path) -> None:
    """An unreadable existing file is logged and replaced by a new feed."""
    path = tmp_path / "alerts.atom"
    path.write_text("<feed><entry>unfinished", encoding="utf-8")
    with capture_logs() as logs:
        _notifier(path).send(make_message(key="fresh"))
    assert _ids(path) == ["urn:watcher:message:fresh"]
    assert [(log["event"], log["log_level"]) for log in logs] == [
        ("feed_file_unreadable", "warning")
    ]


def test_text_xml_cannot_hold_is_dropped(tmp_path: Path) -> None:
    """Control characters in alert text are dropped, so the next read still parses."""
    path = tmp_path / "alerts.atom"
    notifier = _notifier(path)
    notifier.send(make_message(make_alert(title="Bell\x07 and <tag> & more"), key="x"))
    notifier.send(make_message(key="y"))
    assert _ids(path) == ["urn:watcher:message:y", "urn:watcher:message:x"]
    assert feedparser.parse(path.read_bytes()).entries[1].title == "[warning] Bell and <tag> & more"


def test_directory_in_the_way_is_permanent(tmp_path: Path) -> None:
    """A feed path that is a directory is a permanent error naming it."""
    with pytest.raises(NotifyError, match=f"cannot write {tmp_path}") as caught:
        _notifier(tmp_path).send(make_message())
    assert caught.value.permanent
    assert list(tmp_path.iterdir()) == []
