"""The deadline calendar from a known state: events, UIDs, SEQUENCE, cancellation and alarms,
read back by two independent parsers (`icalendar` and `vobject`) that must agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import TypeAdapter

from tests.calendars import read_both
from watcher.facts.comparison import KnownFact, Provenance
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger
from watcher.facts.known import KnownState
from watcher.models import Status
from watcher.web.deadlines import deadline_events, reminders, upcoming
from watcher.web.ics import calendar

NOW = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)
STATE = "5f" * 16
TRIGGER = TypeAdapter(DeadlineTrigger)


def _truce(
    day: date,
    published: date,
    *,
    sentence: str = "The truce runs to then.",
    status: Status = Status.ANNOUNCED,
) -> KnownFact:
    fact = Deadline(status, sentence, "end of the tariff truce", day, "US", "China")
    at = datetime(published.year, published.month, published.day, 8, tzinfo=UTC)
    url = f"https://news.example.test/{published}"
    return KnownFact(fact, Provenance("wire", at, url, url, "A headline", at))


def _port_fees(day: date) -> KnownFact:
    fact = Deadline(
        Status.ANNOUNCED, "Port fees start then.", "port fees", day, "China", "US", "port_fees"
    )
    at = datetime(2026, 3, 3, tzinfo=UTC)
    return KnownFact(fact, Provenance("wire", at, None, "p", None, at))


def _trigger(**fields: object) -> DeadlineTrigger:
    return TRIGGER.validate_python({"type": "deadline", **fields})


SHIPPED = _trigger(events=["set", "reminder", "passed"], remind_before=["30d", "7d", "1d", "0d"])


def _events(*history: KnownFact) -> dict[str, dict[str, object]]:
    events = deadline_events(KnownState.of(history), STATE)
    return read_both(calendar(events, [SHIPPED], NOW))


def test_one_deadline_is_one_all_day_event_with_the_shipped_alarms() -> None:
    """A deadline is an all-day event on its date with the evidence and link, confirmed,
    sequence 0, an alarm at each `remind_before` offset, and DTSTAMP from `now`."""
    events = _events(
        _truce(date(2026, 6, 1), date(2026, 3, 2), sentence="Ends in June, they said.")
    )
    ((uid, event),) = events.items()
    assert uid.endswith(f"@{STATE}.watcher")
    assert event["start"] == date(2026, 6, 1)
    assert (event["sequence"], event["status"]) == (0, "CONFIRMED")
    assert event["summary"] == "end of the tariff truce (US ↔ China)"
    assert "“Ends in June, they said.”" in str(event["description"])
    assert "https://news.example.test/2026-03-02" in str(event["description"])
    assert event["url"] == "https://news.example.test/2026-03-02"
    assert event["alarms"] == [-timedelta(days=d) for d in (30, 7, 1, 0)]
    assert b"DTSTAMP:20260401T093000Z" in calendar(
        deadline_events(KnownState.of([_truce(date(2026, 6, 1), date(2026, 3, 2))]), STATE),
        [],
        NOW,
    )


def test_a_moved_deadline_keeps_its_uid_and_raises_sequence() -> None:
    """A date brought earlier is the same event moved: same UID, SEQUENCE one higher per
    move, and the description says where it moved from."""
    first = _truce(date(2026, 6, 1), date(2026, 3, 2))
    before = _events(first)
    once = _events(first, _truce(date(2026, 5, 20), date(2026, 3, 20)))
    twice = _events(
        first,
        _truce(date(2026, 5, 20), date(2026, 3, 20)),
        _truce(date(2026, 5, 1), date(2026, 3, 25)),
    )
    assert before.keys() == once.keys() == twice.keys()
    (uid,) = before
    assert [e[uid]["sequence"] for e in (before, once, twice)] == [0, 1, 2]
    assert [e[uid]["start"] for e in (before, once, twice)] == [
        date(2026, 6, 1), date(2026, 5, 20), date(2026, 5, 1),
    ]  # fmt: skip
    assert "Moved from 2026-06-01, then 2026-05-20." in str(twice[uid]["description"])


def test_a_restated_date_changes_nothing() -> None:
    """The same deadline reported again a day off (outlets count 90 days differently) is the
    same event, unchanged."""
    first = _truce(date(2026, 6, 1), date(2026, 3, 2))
    assert _events(first, _truce(date(2026, 6, 2), date(2026, 3, 9))) == _events(first)


def test_an_extended_truce_cancels_the_old_event_and_adds_the_new_date() -> None:
    """A later date supersedes the old one: the old event is CANCELLED (its SEQUENCE raised,
    no alarms), and the new date is a new confirmed event with its own UID and alarms."""
    first = _truce(date(2026, 6, 1), date(2026, 3, 2))
    (uid,) = _events(first)
    events = _events(first, _truce(date(2026, 8, 30), date(2026, 5, 11)))
    old = events.pop(uid)
    ((new_uid, new),) = events.items()
    assert (old["status"], old["sequence"], old["alarms"]) == ("CANCELLED", 1, [])
    assert old["start"] == date(2026, 6, 1)
    assert str(old["summary"]).startswith("[superseded] ")
    assert "Superseded: the date is now 2026-08-30." in str(old["description"])
    assert new_uid != uid
    assert (new["status"], new["sequence"], new["start"]) == ("CONFIRMED", 0, date(2026, 8, 30))
    assert len(new["alarms"]) == 4  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "status", [Status.SPECULATED, Status.THREATENED, Status.DENIED, Status.SUSPENDED]
)
def test_a_date_that_is_not_firm_neither_moves_nor_cancels_the_event(status: Status) -> None:
    """A date only reported ("the truce could be extended to August"), denied, or replaced is
    not a calendar date: the known event stays as it was, and no event is made for it alone."""
    first = _truce(date(2026, 6, 1), date(2026, 3, 2))
    later = _truce(date(2026, 8, 30), date(2026, 5, 11), status=status)
    earlier = _truce(date(2026, 5, 1), date(2026, 3, 20), status=status)
    assert _events(first, later) == _events(first) == _events(first, earlier)
    assert _events(later) == {}


def test_a_deadline_set_after_the_old_one_passed_leaves_the_old_event_alone() -> None:
    """A new date reported after the known one passed is a new deadline: the past event is
    not cancelled."""
    events = _events(
        _truce(date(2025, 8, 12), date(2025, 6, 2)), _truce(date(2026, 6, 1), date(2026, 3, 2))
    )
    assert sorted((e["start"], e["status"]) for e in events.values()) == [
        (date(2025, 8, 12), "CONFIRMED"), (date(2026, 6, 1), "CONFIRMED"),
    ]  # fmt: skip


def test_uids_come_from_the_state_and_the_deadline_not_the_order() -> None:
    """The same deadline has the same UID whatever else is known, and another state gives
    it another UID."""
    truce = _truce(date(2026, 6, 1), date(2026, 3, 2))
    alone = deadline_events(KnownState.of([truce]), STATE)
    beside = deadline_events(KnownState.of([_port_fees(date(2026, 7, 1)), truce]), STATE)
    elsewhere = deadline_events(KnownState.of([truce]), "0" * 32)
    assert alone[0].uid in {e.uid for e in beside}
    assert elsewhere[0].uid != alone[0].uid


def test_alarms_follow_the_rules_that_remind_for_that_deadline() -> None:
    """A rule's `remind_before` offsets become alarms only on the deadlines its filters
    pass, and only if it sends reminders; each offset once, longest first."""
    china_only = _trigger(imposer=["China"], remind_before=["14d", "7d"])
    no_reminders = _trigger(events=["set"], remind_before=["60d"])
    rules = [SHIPPED, china_only, no_reminders]
    truce, fees = _truce(date(2026, 6, 1), date(2026, 3, 2)), _port_fees(date(2026, 7, 1))
    assert isinstance(truce.fact, Deadline) and isinstance(fees.fact, Deadline)
    assert [r.days for r in reminders(truce.fact, rules)] == [30, 7, 1, 0]
    assert [r.days for r in reminders(fees.fact, rules)] == [30, 14, 7, 1, 0]


def test_upcoming_leaves_out_past_and_cancelled_events() -> None:
    """What is still to come: today's deadline yes, yesterday's and a superseded one no."""
    today = date(2026, 6, 1)
    events = deadline_events(
        KnownState.of(
            [
                _truce(date(2026, 6, 1), date(2026, 3, 2)),
                _truce(date(2026, 8, 30), date(2026, 5, 11)),
                _port_fees(date(2026, 5, 31)),
            ]
        ),
        STATE,
    )
    assert [(e.date, e.cancelled) for e in events] == [
        (date(2026, 5, 31), False), (date(2026, 6, 1), True), (date(2026, 8, 30), False),
    ]  # fmt: skip
    assert [e.date for e in upcoming(events, today)] == [date(2026, 8, 30)]
