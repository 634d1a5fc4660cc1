""" "Place" and reports: the words before a step say how firm it is, never the step's own entry
("will place", "plans to place"); "put ... in place" around the control is a new control and "put
... on hold" suspends it, while "in place" as a state, history or a threat is no live step; a
confirmation right after "reports said" states the step, reports without one stay speculated.

Sentences written for these tests. Published on Wednesday 4 March 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 3, 4)
controls = partial(export_controls, published=PUBLISHED)
live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Washington will place fresh export restrictions on lithography machines sold to"
            " China, the Commerce Department said on Monday.",
            Status.ANNOUNCED,
        ),
        (
            "The US plans to place export curbs on memory chips bound for China, officials said.",
            Status.ANNOUNCED,
        ),
        (
            "The US is expected to place new export limits on AI chips sold to China, analysts"
            " said.",
            Status.SPECULATED,
        ),
        (
            "The US placed export curbs on advanced chipmaking tools bound for China on Tuesday.",
            Status.HAPPENED,
        ),
    ],
)
def test_the_words_before_place_say_how_firm_it_is(text: str, status: Status) -> None:
    facts = controls(text)
    assert [(frame(f)[0], frame(f)[1], f.measure, f.status) for f in facts] == [
        ("US", "China", "new", status)
    ]


def test_put_in_place_around_the_control_is_a_new_control() -> None:
    facts = controls(
        "Beijing put strict export controls on gallium shipped to the US in place on Monday."
    )
    assert [(frame(f), f.status) for f in facts] == [
        (("China", "US", "rare_earths", "new"), Status.HAPPENED)
    ]


def test_put_on_hold_around_the_control_suspends_it() -> None:
    facts = controls("Beijing put its export curbs on gallium on hold on Monday.")
    assert [(f.measure, f.status) for f in facts] == [("suspended", Status.SUSPENDED)]


@pytest.mark.parametrize(
    "text",
    [
        "Export curbs on chips sold to China remain in place, the Commerce Department said.",
        "The US first put export controls on chips sold to China in place in 2022.",
        "China threatened to put export controls on gallium sold to the US in place.",
    ],
)
def test_in_place_as_a_state_or_history_or_threat_is_no_live_step(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reports said on Sunday that Beijing had halted exports of antimony to the United"
        " States, and the commerce ministry confirmed the halt on Monday.",
        "Reports said on Sunday that Beijing had halted exports of antimony to the United"
        " States. The commerce ministry confirmed the move on Monday.",
        "Media reports say Beijing has halted exports of antimony to the United States. The"
        " commerce ministry confirmed it on Monday.",
    ],
)
def test_a_confirmation_after_reports_states_the_step(text: str) -> None:
    assert [(frame(f)[:2], f.status) for f in live(text)] == [(("China", "US"), Status.HAPPENED)]


@pytest.mark.parametrize(
    "text",
    [
        "Reports said on Sunday that Beijing had halted exports of antimony to the United States.",
        "reports said on Sunday that Beijing had halted exports of antimony to the United States.",
        "Reports said on Sunday that Beijing had halted exports of antimony to the United"
        " States. The commerce ministry denied the reports on Monday.",
        "Reports said on Sunday that Beijing had halted exports of antimony to the United"
        " States. The ministry confirmed a new visa rule on Monday.",
    ],
)
def test_reports_without_a_confirmation_stay_speculated(text: str) -> None:
    assert [f.status for f in controls(text)] == [Status.SPECULATED]
