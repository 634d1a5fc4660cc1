"""Export controls, eleventh round (issue 10): the step verb that governs a control decides its
measure, not an adjective inside the control's noun phrase ("will pause its new controls" is a
suspension); a pause "for one year" ends a year on; a definite phrase with a modifier and no
step names a known control; an inverted "Had ..." and a hope state no step. Sentences written
for these tests; each negative has a positive twin."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)


controls = partial(export_controls, published=PUBLISHED)


live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Beijing said it would pause its new export curbs on graphite.", "suspended"),
        ("Tokyo suspended the stricter export controls on chip tools on Monday.", "suspended"),
        ("China froze its recently announced curbs on antimony exports on Friday.", "suspended"),
        ("The US scrapped its tighter export controls on AI chips to China.", "lifted"),
        ("Washington removed the new restrictions on exports of chip software.", "lifted"),
        ("The US will tighten its new controls on chip exports to China.", "tightened"),
        ("China unveiled new export controls on lithium battery technology.", "new"),
        # a measure noun that heads its own phrase is what the verb acts on
        (
            "China extended the suspension of its graphite export ban until May 1, 2027.",
            "suspended",
        ),
    ],
)
def test_the_verb_governing_the_control_decides_the_step(text: str, measure: str) -> None:
    [fact] = live(text)
    assert fact.measure == measure


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
    ("negative", "positive"),
    [
        # a known control named with a modifier and no step: a mention
        (
            "Exporters said they were meeting the new graphite export controls.",
            "Exporters said China imposed new graphite export controls.",
        ),
        # an inverted counterfactual
        (
            "Had Tokyo paused its chip export controls, the deal would have closed.",
            "Tokyo paused its chip export controls, and the deal closed.",
        ),
        # a hope
        (
            "Carmakers hope China will freeze its new curbs on magnet exports.",
            "Carmakers said China will freeze its new curbs on magnet exports.",
        ),
    ],
)
def test_no_step_without_its_twin(negative: str, positive: str) -> None:
    assert live(negative) == []
    assert live(positive)
