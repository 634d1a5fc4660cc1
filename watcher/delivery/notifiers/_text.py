"""Alerts as plain text for people: one rendering shared by console, email, Apprise and feed,
so an alert reads the same wherever it lands (and each notifier only adds its markup)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from watcher.alerting.alerts import Alert, SourceRef
from watcher.delivery.notifiers import Message
from watcher.facts.registry import Fact, summarize

_SUBJECT_CHARS = 200  # mail clients and chat titles cut long subjects anyway


def one_line(text: str) -> str:
    """Whitespace collapsed, so a title is safe in a header, a subject or a log line."""
    return " ".join(text.split())


def heading(alert: Alert) -> str:
    """`[severity] UPDATE: title`, the first line people see."""
    marker = "UPDATE: " if alert.is_update else ""
    return f"[{alert.severity}] {marker}{one_line(alert.title)}"


def subject(message: Message) -> str:
    """One alert's heading, or `N watcher alerts` for a digest; never over 200 characters."""
    text = f"{len(message.alerts)} watcher alerts" if message.is_digest else None
    return truncate(text or heading(message.alerts[0]), _SUBJECT_CHARS)


def truncate(text: str, limit: int, marker: str = "…") -> str:
    """`text` cut to at most `limit` characters, ending with `marker` when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(marker))] + marker


def when(moment: datetime) -> str:
    """A time as people read it, in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def fact_line(fact: Fact) -> str:
    return f"{summarize(fact)} ({fact.status})"


def source_line(source: SourceRef) -> str:
    """`title <url> (published ...)`: enough to find the article again."""
    parts = [one_line(source.title or source.source)]
    if source.url:
        parts.append(f"<{source.url}>")
    if source.published:
        parts.append(f"(published {when(source.published)})")
    return " ".join(parts)


def body_lines(alert: Alert) -> list[str]:
    """The message, then facts with their evidence, then sources: all a reader needs to trust
    the alert without opening anything else."""
    lines = [line for line in alert.message.splitlines() if line.strip()]
    message = one_line(alert.message)
    for fact in alert.facts:
        lines.append(f"Fact: {fact_line(fact)}")
        if one_line(fact.evidence) not in message:  # the rule's message may quote it already
            lines.append(f'  "{one_line(fact.evidence)}"')
    if alert.comparison:
        lines.append(f"Compared with what was known: {alert.comparison}")
    lines += [f"Source: {source_line(source)}" for source in alert.sources]
    return lines


def alert_text(alert: Alert) -> str:
    return "\n".join([heading(alert), *body_lines(alert)])


def message_text(message: Message) -> str:
    """Every alert of the message, separated by blank lines."""
    return "\n\n".join(alert_text(alert) for alert in message.alerts)


def to_json(payload: Any) -> str:
    """Compact JSON as receivers and files get it: UTF-8 text, dates as ISO 8601."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _jsonable(value: object) -> object:
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
