"""`/deadlines.ics` and `watcher deadlines --format ics`: the known deadlines as an iCalendar
file (RFC 5545) that a calendar application subscribes to.

Built with the `icalendar` library, not by hand (folding, escaping and the property types
are its business). Each event (`watcher.web.deadlines`) is one all-day VEVENT: its UID, a
SEQUENCE raised when the date moves, STATUS:CANCELLED once superseded, a VALARM per
reminder offset of the loaded deadline rules (none on a cancelled event), and a DESCRIPTION
with the evidence sentence and the source link. DTSTAMP is `now`. Pure: values in, bytes out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event, vDuration

from watcher import __version__
from watcher.facts.kinds.deadline.model import BILATERAL, measure_of
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger
from watcher.web.deadlines import DeadlineEvent, reminders

CONTENT_TYPE = "text/calendar; charset=utf-8"
NAME = "US–China trade deadlines (watcher)"
REFRESH = timedelta(hours=1)  # how often a subscribed calendar should fetch it again


def calendar(
    events: Iterable[DeadlineEvent],
    triggers: Sequence[DeadlineTrigger],
    now: datetime,
    *,
    name: str = NAME,
) -> bytes:
    """The iCalendar file of `events`, with alarms from the deadline rules' `triggers`."""
    cal = Calendar()
    cal.add("prodid", f"-//watcher//deadlines {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    for event in events:
        cal.add_component(_vevent(event, triggers, now))
    return bytes(cal.to_ical())


def _vevent(event: DeadlineEvent, triggers: Sequence[DeadlineTrigger], now: datetime) -> Event:
    fact = event.fact
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", now)
    vevent.add("dtstart", event.date)
    vevent.add("dtend", event.date + timedelta(days=1))
    vevent.add("summary", title(event))
    vevent.add("description", description(event))
    vevent.add("sequence", event.sequence)
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    vevent.add("transp", "TRANSPARENT")  # a date to keep in mind, not time taken
    vevent.add("last-modified", event.known.provenance.learned_at)
    vevent.add("categories", [c for c in ("deadline", fact.measure) if c])
    if event.known.provenance.url:
        vevent.add("url", event.known.provenance.url)
    if not event.cancelled:
        for offset in reminders(fact, triggers):
            vevent.add_component(_alarm(event, offset))
    return vevent


def _alarm(event: DeadlineEvent, offset: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -offset)
    days = offset.days
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    alarm.add("description", f"{title(event)}: {when}")
    return alarm


def title(event: DeadlineEvent) -> str:
    """E.g. `end of the tariff truce (US ↔ China)`, or `China port fees on US: take effect
    (China → US)`; a superseded event says so first, for calendars that show a cancelled
    event as any other."""
    fact = event.fact
    arrow = " ↔ " if (fact.measure or measure_of(fact.what)) in BILATERAL else " → "
    pair = arrow.join(p for p in (fact.imposer, fact.target) if p)
    text = f"{fact.what} ({pair})" if pair else fact.what
    return f"[superseded] {text}" if event.cancelled else text


def description(event: DeadlineEvent) -> str:
    """The evidence sentence, where it was read, and how the date got here."""
    p = event.known.provenance
    lines = [f"“{event.fact.evidence}”"]
    source = p.url or p.source
    lines.append(f"Source: {p.title} — {source}" if p.title else f"Source: {source}")
    if event.moved_from:
        lines.append("Moved from " + ", then ".join(str(d) for d in event.moved_from) + ".")
    if event.superseded_by is not None:
        lines.append(f"Superseded: the date is now {event.superseded_by}.")
    return "\n\n".join(lines)
