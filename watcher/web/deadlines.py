"""The known deadlines as calendar events: what `/deadlines.ics` and `watcher deadlines` show.

Each deadline track of the known state (one per measure and parties, `Deadline.key`) is read
oldest first, and gives one event or more:

- a date restated (within the comparison's tolerance of a few days) changes nothing;
- a date brought **earlier** is the same deadline moving: the event keeps its UID and its
  `sequence` goes up by one per move, so a calendar moves the event it has;
- a date pushed **later** supersedes the old one (a truce extended): the old event is
  `cancelled`, its sequence raised once more, as RFC 5546 asks of a cancellation (a calendar
  shows it struck through, or drops it), and the new date is a new event with a UID of its
  own;
- a date set after the known one had passed is a new deadline: the old event stays as it was;
- a date that is not firm (speculated, threatened, denied, or the suspended date a move
  replaced) is not a calendar date: it neither makes an event nor moves or cancels one.

A UID is made of the state's id, the track and the event's place in the track (0 for the
first date, 1 after the first extension, ...), never of a row id: the same state gives the
same UIDs on every render and after `watcher state migrate`, and two states never share one.

Reminders are the `remind_before` offsets of the loaded deadline rules that send reminders
for the deadline (their filters on parties, measure and status pass), the user's rules
included. Pure: values in, values out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from watcher.facts.comparison import KnownFact
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.deadline.compare import DEADLINE_TOLERANCE_DAYS
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger, deadline_filters
from watcher.facts.known import KnownState
from watcher.models import Status

_TOLERANCE = timedelta(days=DEADLINE_TOLERANCE_DAYS)
Day = date  # the event has a property named `date`, which hides the type inside the class
# The statuses that set a calendar date. "The truce could be extended to December" must not
# cancel the known end of the truce, nor put December in anyone's calendar.
FIRM = frozenset({Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED})


@dataclass(frozen=True, slots=True)
class DeadlineEvent:
    """One calendar event: a deadline's date as last known, and how it got there."""

    uid: str
    known: KnownFact  # the fact that set the event's current date, with its provenance
    sequence: int = 0  # how many times the event changed: each move, and its cancellation
    cancelled: bool = False  # superseded by a later date (`superseded_by`)
    superseded_by: Day | None = None
    moved_from: tuple[Day, ...] = ()  # earlier dates of this event, oldest first

    @property
    def fact(self) -> Deadline:
        assert isinstance(self.known.fact, Deadline)
        return self.known.fact

    @property
    def date(self) -> date:
        assert self.fact.date is not None
        return self.fact.date

    def days_left(self, today: Day) -> int:
        return (self.date - today).days


def deadline_events(state: KnownState, state_id: str) -> list[DeadlineEvent]:
    """Every known deadline's events, by date (then UID, so the order is stable)."""
    events = [
        event
        for track, history in state.tracks.items()
        for event in _track_events(track, _dated(history), state_id)
    ]
    return sorted(events, key=lambda e: (e.date, e.uid))


def upcoming(events: Iterable[DeadlineEvent], today: date) -> list[DeadlineEvent]:
    """The events still to come (today's included) and not cancelled."""
    return [e for e in events if not e.cancelled and e.days_left(today) >= 0]


def reminders(fact: Deadline, triggers: Sequence[DeadlineTrigger]) -> tuple[timedelta, ...]:
    """The `remind_before` offsets, longest first and each once, of the deadline rules that
    send reminders for `fact`."""
    offsets = {
        offset
        for trigger in triggers
        if "reminder" in trigger.events and deadline_filters(trigger, fact) is None
        for offset in trigger.remind_before
    }
    return tuple(sorted(offsets, reverse=True))


def _dated(history: tuple[KnownFact, ...]) -> list[KnownFact]:
    """The track's firm dates, oldest first (see `FIRM`)."""
    return [
        k
        for k in history
        if isinstance(k.fact, Deadline) and k.fact.date is not None and k.fact.status in FIRM
    ]


def _uid(track: str, index: int, state_id: str) -> str:
    digest = hashlib.sha256(track.encode()).hexdigest()[:20]
    return f"deadline-{digest}-{index}@{state_id}.watcher"


def _track_events(track: str, history: list[KnownFact], state_id: str) -> list[DeadlineEvent]:
    """A track's events, following its history oldest first (see the module's docstring)."""
    if not history:
        return []
    done: list[DeadlineEvent] = []
    current = DeadlineEvent(_uid(track, 0, state_id), history[0])
    for known in history[1:]:
        new = _date_of(known)
        if abs(new - current.date) <= _TOLERANCE:
            continue
        if _learned_on(known) - current.date > _TOLERANCE:  # the old one had passed
            done.append(current)
        elif new > current.date:  # pushed later: superseded (a change, so a new sequence)
            done.append(
                replace(current, cancelled=True, superseded_by=new, sequence=current.sequence + 1)
            )
        else:  # brought earlier: the same event moves
            moved = (*current.moved_from, current.date)
            current = replace(current, known=known, sequence=current.sequence + 1, moved_from=moved)
            continue
        current = DeadlineEvent(_uid(track, len(done), state_id), known)
    return [*done, current]


def _date_of(known: KnownFact) -> date:
    assert isinstance(known.fact, Deadline) and known.fact.date is not None
    return known.fact.date


def _learned_on(known: KnownFact) -> date:
    """The day the fact was reported: its article's publication, else when it was learned."""
    moment: datetime = known.provenance.published or known.provenance.learned_at
    return moment.date()
