"""A pause of export controls and its period: a pause "for one year" ends a year on from its start,
or from the day it is told on; a period before the pause noun gives its end, one outside the
pause's clause is none; a delay until a date is a suspension to that date; an extended suspension
is a suspension with its new end; a pause threatened on a day is still no live fact.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
live = partial(live_controls, published=PUBLISHED)
controls = partial(export_controls, published=PUBLISHED)


def test_a_pause_for_a_period_ends_after_it() -> None:
    [fact] = live("China agreed to suspend its expanded graphite export controls for one year.")
    assert (fact.measure, fact.status, fact.ends) == (
        "suspended",
        Status.SUSPENDED,
        date(2027, 6, 1),
    )


def test_a_pause_for_a_period_runs_from_its_start() -> None:
    [fact] = live(
        "Beijing will halt its new curbs on gallium exports for six months from July 1, 2026."
    )
    assert (fact.effective, fact.ends) == (date(2026, 7, 1), date(2027, 1, 1))


def test_a_delay_until_a_date_is_a_suspension_to_that_date() -> None:
    [fact] = live("China will delay its new graphite export controls until March 3, 2027.")
    assert (fact.measure, fact.ends) == ("suspended", date(2027, 3, 3))


def test_a_period_outside_the_pause_s_clause_is_no_end() -> None:
    [fact] = live("China paused its graphite export controls, imposed for two years, on Monday.")
    assert (fact.measure, fact.ends) == ("suspended", None)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # the day it was said: six months from Sunday, May 31 (not from Monday's publication)
        (
            "China said on Sunday it would pause its export controls on rare earths to the"
            " United States for six months.",
            date(2026, 11, 30),
        ),
        (
            "On Sunday, China said it would pause its rare earth export controls on the US for"
            " six months.",
            date(2026, 11, 30),
        ),
        (
            "China will pause its export controls on rare earths to the US for six months, the"
            " commerce ministry said on Sunday.",
            date(2026, 11, 30),
        ),
        # the day of the pause itself, and the nearest day of two
        (
            "China paused its rare earth export controls on the US on Sunday for 90 days.",
            date(2026, 8, 29),
        ),
        (
            "After talks on Saturday, China said on Sunday it would pause its rare earth export"
            " controls for one year.",
            date(2027, 5, 31),
        ),
        # a start of its own comes first; no day at all: publication
        (
            "China said on Sunday it would pause its rare earth export controls for six months"
            " from November 10.",
            date(2027, 5, 10),
        ),
        (
            "China will pause its rare earth export controls on the US for six months, the"
            " ministry said.",
            date(2026, 12, 1),
        ),
    ],
)
def test_a_pause_for_a_period_runs_from_the_day_it_is_told_on(text: str, ends: date) -> None:
    assert [(f.measure, f.ends) for f in live(text)] == [("suspended", ends)]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "China announced on Wednesday a one-year suspension of its export ban on gallium"
            " to the US.",
            date(2027, 5, 27),
        ),
        (
            "Washington announced a 90-day pause of its chip export curbs on China on Friday.",
            date(2026, 8, 27),
        ),
    ],
)
def test_a_period_before_the_pause_noun_gives_its_end(text: str, ends: date) -> None:
    assert [(f.measure, f.ends) for f in live(text)] == [("suspended", ends)]


def test_a_pause_threatened_on_a_day_is_still_no_live_fact() -> None:
    text = (
        "China could pause its rare-earth export curbs on the US for six months, analysts said"
        " on Sunday."
    )
    assert live(text) == []


def test_an_extended_suspension_is_a_suspension_with_its_new_end() -> None:
    [fact] = controls(
        "China extended the suspension of its gallium export ban on the US until May 31, 2027."
    )
    assert (fact.measure, fact.status, fact.ends) == (
        "suspended",
        Status.SUSPENDED,
        date(2027, 5, 31),
    )
