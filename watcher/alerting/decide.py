"""One event, one alert: what to do with a rule match, given the alerts already on record.

`decide` is pure: the match's key and value, the earlier versions of that key, the rule's
policy, whether a silence covers it, and `now` go in; a `Decision` with its `Reason` comes
out, and the caller logs it and carries it out.

- A key never seen gets a first alert, sent at once, held for `min_sources`, or silenced.
- The same value again (another outlet; a confirmation) adds a source to the alert, and
  releases a held alert once enough independent sources agree. It never sends twice.
- A new value is an update (version 2, 3, ...), sent as such; within `realert` of the last
  notification its delivery waits until the interval has passed, and a value that returns to
  one sent within `realert` (A → B → A) is suppressed as flapping.
- A confirmation of something no alert was raised for (the baseline) raises none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Action(StrEnum):
    CREATE = "create"  # a first alert for the key
    UPDATE = "update"  # a new version: the event changed
    CORROBORATE = "corroborate"  # another source for the latest version
    NOTHING = "nothing"


class Reason(StrEnum):
    FIRST = "first"
    UPDATE = "update"
    UPDATE_THROTTLED = "update_throttled"  # sent once realert has passed
    HELD = "held"  # waiting for min_sources
    RELEASED = "released"  # min_sources reached: sent now
    CORROBORATED = "corroborated"  # another source; nothing sent
    FLAPPING = "flapping"  # back to a value sent within realert
    SILENCED = "silenced"
    KNOWN = "known"  # confirms what was known before any alert


class State(StrEnum):
    HELD = "held"
    SENT = "sent"
    SILENCED = "silenced"


@dataclass(frozen=True, slots=True)
class Version:
    """What the store holds about one earlier version of an alert."""

    version: int
    value: str
    state: State
    created_at: datetime
    sent_at: datetime | None
    independent_sources: int


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    reason: Reason
    send: bool = False  # create deliveries now
    send_at: datetime | None = None  # when they fall due, if not now

    @property
    def state(self) -> State:
        if self.reason is Reason.SILENCED:
            return State.SILENCED
        return State.HELD if self.reason is Reason.HELD else State.SENT


def _first(silenced: bool, min_sources: int) -> Decision:
    if silenced:
        return Decision(Action.CREATE, Reason.SILENCED)
    if min_sources > 1:
        return Decision(Action.CREATE, Reason.HELD)
    return Decision(Action.CREATE, Reason.FIRST, send=True)


def _same_value(latest: Version, new_source: bool, min_sources: int) -> Decision:
    if (
        latest.state is State.HELD
        and new_source
        and (latest.independent_sources + 1 >= min_sources)
    ):
        return Decision(Action.CORROBORATE, Reason.RELEASED, send=True)
    return Decision(Action.CORROBORATE, Reason.CORROBORATED)


def _new_value(
    versions: Sequence[Version], value: str, now: datetime, realert: timedelta, silenced: bool
) -> Decision:
    recent = [v for v in versions if v.sent_at is not None and now - v.sent_at < realert]
    if any(v.value == value for v in recent):
        return Decision(Action.NOTHING, Reason.FLAPPING)
    if silenced:
        return Decision(Action.UPDATE, Reason.SILENCED)
    if versions[-1].state is State.HELD:
        return Decision(Action.UPDATE, Reason.HELD)
    if recent:
        last = max(v.sent_at for v in recent if v.sent_at is not None)
        return Decision(Action.UPDATE, Reason.UPDATE_THROTTLED, send=True, send_at=last + realert)
    return Decision(Action.UPDATE, Reason.UPDATE, send=True)


def decide(
    value: str,
    versions: Sequence[Version],
    now: datetime,
    *,
    corroborating: bool,
    new_source: bool,
    realert: timedelta,
    min_sources: int,
    silenced: bool,
) -> Decision:
    """What to do with one match. `versions` are the key's earlier versions, oldest first;
    `new_source` says the match's article is independent of those already counted."""
    if not versions:
        if corroborating:
            return Decision(Action.NOTHING, Reason.KNOWN)
        return _first(silenced, min_sources)
    latest = versions[-1]
    if latest.value == value:
        return _same_value(latest, new_source, min_sources)
    if corroborating:  # confirms an older value while a newer one is on record
        return Decision(Action.NOTHING, Reason.CORROBORATED)
    return _new_value(versions, value, now, realert, silenced)
