"""Reading an iCalendar file with two independent parsers, `icalendar` and `vobject`, into
the same plain shape, so a test can check that both read the same calendar. Alarms are their
triggers before the start, longest first."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import icalendar
import vobject


def by_icalendar(data: bytes) -> dict[str, dict[str, Any]]:
    """Events by UID, as `icalendar` reads them."""
    cal = icalendar.Calendar.from_ical(data)
    return {
        str(event["uid"]): {
            "start": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "sequence": int(event["sequence"]),
            "status": str(event["status"]),
            "summary": str(event["summary"]),
            "description": str(event["description"]),
            "url": str(event["url"]) if "url" in event else None,
            "alarms": sorted(alarm.decoded("trigger") for alarm in event.walk("VALARM")),
        }
        for event in cal.walk("VEVENT")
    }


def by_vobject(data: bytes) -> dict[str, dict[str, Any]]:
    """Events by UID, as `vobject` reads them."""
    cal = vobject.readOne(data.decode("utf-8"))
    out = {}
    for event in cal.contents.get("vevent", []):
        alarms = event.contents.get("valarm", [])
        out[event.uid.value] = {
            "start": event.dtstart.value,
            "end": event.dtend.value,
            "sequence": int(event.sequence.value),
            "status": event.status.value,
            "summary": event.summary.value,
            "description": event.description.value,
            "url": event.url.value if "url" in event.contents else None,
            "alarms": sorted(alarm.trigger.value for alarm in alarms),
        }
    return out


def read_both(data: bytes) -> dict[str, dict[str, Any]]:
    """The events, after checking that the two parsers agree on every one of them."""
    first, second = by_icalendar(data), by_vobject(data)
    assert first == second
    for event in first.values():
        assert type(event["start"]) is date  # all day: a date, not a time
        assert event["end"] - event["start"] == timedelta(days=1)
    return first
