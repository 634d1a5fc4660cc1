"""A start or end cue before a weekday dates the control only when "next" fixes the day."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.export_helpers import live_controls

PUBLISHED = date(2026, 3, 2)  # a Monday

live = partial(live_controls, published=PUBLISHED)


def test_from_next_weekday_is_the_start() -> None:
    [fact] = live("Beijing will require licences for tungsten exports from next Monday.")
    assert fact.effective == date(2026, 3, 9)


def test_a_bare_weekday_after_a_start_cue_dates_nothing() -> None:
    [fact] = live("Beijing will require licences for tungsten exports from Monday.")
    assert fact.effective is None
