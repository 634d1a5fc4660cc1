"""Alerts as an Atom feed file, newest first, for feed readers (serve it with any web server).

Each delivery adds one entry per alert and keeps the most recent `max_entries`. The file is
the state: earlier entries are read back from it (it is our own format) and the whole feed is
written to a temporary file and renamed over the old one, so a reader never sees half a feed.

An entry's id names the state, the alert and its version (`alert_entry_id`), so ids are
unique across state files, not only within one. Entries written before states had ids
(`urn:watcher:alert:6:v1`) are given the new form when the file is next written: feed readers
show them once more. The same entries make `/alerts.atom` (`watcher.web.atom`), from the
state instead of a file: `alert_entry` and `render_feed` are the one renderer of both.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

import httpx
import structlog

from watcher.alerting.alerts import Alert
from watcher.delivery.notifiers import Message
from watcher.delivery.notifiers._files import replace_atomically, write_error
from watcher.delivery.notifiers._text import body_lines, heading
from watcher.delivery.notifiers.config import FeedConfig

log = structlog.get_logger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold; written anyway, they would make the next read fail."""


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _unqualified(element: ET.Element) -> ET.Element:
    """The element with the Atom namespace taken off its tags, as the feed is built: the
    namespace is declared once, as the root's default (ElementTree's `default_namespace`
    rejects the unqualified attributes Atom uses)."""
    for node in element.iter():
        node.tag = node.tag.removeprefix(_tag(""))
    return element


def _utc_now() -> datetime:
    """A time stamp for feed readers, not a decision (those take `now` as a parameter)."""
    return datetime.now(UTC)


_OLD_ENTRY_ID = re.compile(r"urn:watcher:alert:(\d+):v(\d+)")
"""An entry id from before states had ids: unique within one state file only."""


def alert_entry_id(state_id: str, alert_id: int, version: int) -> str:
    """The Atom id of a stored alert's version: the state's id makes it unique across state
    files (the row id alone repeats in every state)."""
    return f"urn:watcher:{state_id}:alert:{alert_id}:v{version}"


def entry_id(message: Message, index: int) -> str:
    """The entry's Atom id: the state, the stored alert's id and version, so a retry (even
    of a digest that has since grown) rewrites the same entry while an update gets a new one
    that readers show. An alert never stored (a test message) falls back to the idempotency
    key."""
    alert = message.alerts[index]
    if alert.id is not None and message.state_id:
        return alert_entry_id(message.state_id, alert.id, alert.version)
    base = f"urn:watcher:message:{quote(message.idempotency_key, safe='')}"
    return f"{base}:{index}" if message.is_digest else base


def _renamed(entries: list[ET.Element], state_id: str | None) -> list[ET.Element]:
    """Entries written before states had ids, given the state's form of their id, so a
    retry or a later version still replaces or follows them."""
    if not state_id:
        return entries
    for entry in entries:
        id_ = entry.find("id")
        old = _OLD_ENTRY_ID.fullmatch(id_.text or "") if id_ is not None else None
        if id_ is not None and old is not None:
            id_.text = alert_entry_id(state_id, int(old[1]), int(old[2]))
    return entries


class FeedNotifier:
    """Keeps an Atom feed of the most recent alerts at `path`.

    A file that cannot be read as our feed (corrupt, or someone else's) is logged and replaced
    by a fresh feed rather than blocking delivery for good. An entry's `updated` is when the
    alert was created; `clock` stands in for alerts that carry no time (test messages).
    """

    kind: ClassVar[str] = "feed"

    def __init__(
        self,
        config: FeedConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._config = config
        self._path = config.path.expanduser()
        self._clock = clock
        self._lock = threading.Lock()  # read-modify-write: one delivery at a time

    def send(self, message: Message) -> None:
        """Prepend the message's entries and rewrite the feed; OSError becomes NotifyError."""
        now = self._clock()
        new = [
            alert_entry(alert, entry_id(message, i), now) for i, alert in enumerate(message.alerts)
        ]
        feed_id = f"urn:watcher:feed:{quote(message.notifier, safe='')}"
        with self._lock:
            try:
                old = _renamed(read_entries(self._path), message.state_id)
                entries = _merge(new, old, self._config.max_entries)
                replace_atomically(
                    self._path, render_feed(self._config.title, feed_id, entries, now)
                )
            except OSError as exc:
                raise write_error(self._path, exc) from exc


def read_entries(path: Path) -> list[ET.Element]:
    """The entries of the feed at `path`, newest first; none if it is missing or unreadable."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        root = ET.fromstring(data)  # noqa: S314 - our own file, written by `_serialise`
    except ET.ParseError as exc:
        log.warning("feed_file_unreadable", path=str(path), error=str(exc))
        return []
    if root.tag != _tag("feed"):
        log.warning("feed_file_unreadable", path=str(path), error=f"root is {root.tag}")
        return []
    return [_unqualified(entry) for entry in root.findall(_tag("entry"))]


def _merge(new: list[ET.Element], old: list[ET.Element], limit: int) -> list[ET.Element]:
    """New entries first, then the old ones not replaced by a new one with the same id."""
    ids = {_id_of(entry) for entry in new}
    kept = [entry for entry in old if _id_of(entry) not in ids]
    return (new + kept)[:limit]


def _id_of(entry: ET.Element) -> str | None:
    return entry.findtext("id")


def alert_entry(alert: Alert, id_: str, now: datetime) -> ET.Element:
    """One Atom entry: heading as title, body lines as text content, first source as link;
    `now` stands in for the time of an alert that carries none (a test message)."""
    entry = ET.Element("entry")
    _child(entry, "id", id_)
    _child(entry, "title", heading(alert))
    _child(entry, "updated", _stamp(alert.created_at or now))
    ET.SubElement(entry, "category", term=alert.severity)
    url = next((s.url for s in alert.sources if s.url), None)
    if url:
        ET.SubElement(entry, "link", rel="alternate", href=_NOT_XML.sub("", url))
    _child(entry, "content", "\n".join(body_lines(alert)), type="text")
    return entry


def render_feed(title: str, feed_id: str, entries: list[ET.Element], now: datetime) -> bytes:
    """The Atom document holding `entries` (from `alert_entry`), updated at `now`."""
    feed = ET.Element("feed", xmlns=ATOM)
    _child(feed, "id", feed_id)
    _child(feed, "title", title)
    _child(feed, "updated", _stamp(now))
    author = ET.SubElement(feed, "author")
    _child(author, "name", "watcher")
    feed.extend(entries)
    return _serialise(feed)


def _child(parent: ET.Element, name: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, name, attrs)
    element.text = _NOT_XML.sub("", text)
    return element


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _serialise(feed: ET.Element) -> bytes:
    """Indented UTF-8 XML, Atom the default namespace (no `ns0:` prefixes for readers)."""
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode()
