"""A condition that opens the sentence governs the step in its main clause: no step is stated."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import live_controls
from watcher.models import Status

PUBLISHED = date(2026, 3, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "If the truce holds, Washington will relax its curbs on chip software exports.",
        "Should the talks collapse, Beijing will restrict exports of tungsten to the US.",
        "Unless Washington scraps its chip rules, China will tighten its rare earth controls.",
    ],
)
def test_a_fronted_condition_states_no_step(text: str) -> None:
    assert live(text) == []


def test_the_same_step_with_no_condition_is_announced() -> None:
    [fact] = live("After the talks, Beijing will restrict exports of tungsten to the US.")
    assert fact.status is Status.ANNOUNCED


def test_a_permission_s_terms_opening_the_sentence_are_no_condition() -> None:
    text = "As long as it pays a fee, Washington will allow Nvidia to sell its H20 chips to China."
    assert [(f.imposer, f.measure) for f in live(text)] == [("US", "lifted")]
