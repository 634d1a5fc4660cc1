"""Export controls, twelfth round (issue 10): a verb that only imposes leaves the step to a
modifier of another class ("imposed tighter controls" tightens); a relative clause on the
control ("the controls it announced in October") dates the control, not the step; a past year
after the step's verb in its clause makes the step history; "in place" is no step; unnamed
reports are speculation. Sentences written for these tests; each negative has a positive twin."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.facts.registry import admitted_kinds
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)


controls = partial(export_controls, published=PUBLISHED)


live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Washington imposed tighter export curbs on AI chips to China on Friday.", "tightened"),
        ("Beijing introduced stricter export controls on graphite on Monday.", "tightened"),
        # a verb of another class still governs its object's modifier
        ("The US scrapped the tighter export controls on chips to China.", "lifted"),
        ("Beijing imposed new export controls on tungsten on Monday.", "new"),
    ],
)
def test_an_imposing_verb_leaves_the_step_to_its_objects_modifier(text: str, measure: str) -> None:
    assert [f.measure for f in live(text)] == [measure]


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "China halted the export controls it announced in October, the ministry said.",
            ("China", "all", "unspecified", "suspended"),
        ),
        (
            "The US paused the chip export rules that it introduced in March, officials said.",
            ("US", "all", "chips", "suspended"),
        ),
        (
            "Tokyo lifted the export restrictions imposed in 2024 on Tuesday.",
            ("Japan", "all", "unspecified", "lifted"),
        ),
        (
            "Seoul reinstated the chip export curbs that it paused in 2025, officials said.",
            ("South Korea", "all", "chips", "new"),
        ),
    ],
)
def test_a_date_in_the_controls_relative_clause_leaves_the_step_live(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "Washington paused licence requirements for some Chinese carriers in 2019.",
        "Beijing first imposed export controls on graphite in 2023.",
        "Tokyo tightened export controls on chip tools to China back in March 2024.",
    ],
)
def test_a_past_year_after_the_step_makes_it_history(text: str) -> None:
    assert live(text) == []


def test_a_year_of_the_articles_own_after_the_step_leaves_it_live() -> None:
    text = "Beijing first imposed export controls on graphite in 2026."
    assert [f.measure for f in live(text)] == ["new"]


@pytest.mark.parametrize(
    "text",
    [
        "China's export controls on rare earths remain in place, analysts said.",
        "The US export restrictions on AI chips are still in place.",
    ],
)
def test_a_control_in_place_is_no_step(text: str) -> None:
    assert controls(text) == []


def test_a_control_placed_is_a_new_one() -> None:
    text = "Beijing placed export controls on drone parts on Monday."
    assert [f.measure for f in live(text)] == ["new"]


@pytest.mark.parametrize(
    "text",
    [
        "Reports said Beijing had stopped issuing export licences for magnets.",
        "Local media reports say Tokyo has tightened export controls on chip tools.",
        "Reports suggest China has suspended export licences for gallium.",
    ],
)
def test_unnamed_reports_are_speculation(text: str) -> None:
    assert live(text) == []
    assert all(f.status is Status.SPECULATED for f in controls(text))


def test_a_named_ministry_saying_it_states_the_step() -> None:
    text = "The ministry said Beijing had stopped issuing export licences for magnets."
    assert [f.measure for f in live(text)] == ["tightened"]


def test_the_gate_admits_an_item_before_export_and_its_noun() -> None:
    """The extractor reads "chip export rules" as a control; the gate must not drop it."""
    text = "Seoul paused the chip export rules that it adopted, officials said."
    assert "export_control" in admitted_kinds(text)
    assert [f.measure for f in live(text)] == ["suspended"]
