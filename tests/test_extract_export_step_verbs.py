"""The step verb decides the control's measure: the verb that governs the control, not an adjective
inside its noun phrase ("will pause its new controls" is a suspension); a verb that only imposes
leaves the step to its object's modifier ("imposed tighter controls" tightens); more step verbs,
but "east" is no easing; a control placed is a new one, a control "in place" no step; a rule named
by what it does in a relative clause takes the step before it, a rule only described, urged or
speculated takes none; no step without its twin.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
live = partial(live_controls, published=PUBLISHED)
controls = partial(export_controls, published=PUBLISHED)


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
    ("text", "measure"),
    [
        ("The US relaxed licensing rules for exports of older AI chips to China.", "lifted"),
        ("China loosened its restrictions on rare earth exports to the US.", "lifted"),
        ("Beijing reinstated its export ban on gallium to American buyers.", "new"),
        ("The US reimposed export curbs on chip design software for China.", "new"),
    ],
)
def test_more_step_verbs(text: str, measure: str) -> None:
    [fact] = controls(text)
    assert fact.measure == measure
    assert fact.status is Status.HAPPENED


def test_east_is_no_easing() -> None:
    # "eas*" took "East" for a step; only the forms of "ease" are one
    assert controls("Tokyo's East Asia strategy includes export controls on chips.") == []


@pytest.mark.parametrize(
    ("text", "frame_", "ends"),
    [
        (
            "The Commerce Department said on Monday it would suspend for one year a rule that"
            " subjected affiliates of blacklisted Chinese firms to export restrictions.",
            ("US", "China", "unspecified", "suspended"),
            date(2027, 6, 1),
        ),
        (
            "Washington said on Monday it would pause for six months a rule that extended its"
            " chip export curbs to subsidiaries of listed Chinese companies.",
            ("US", "China", "chips", "suspended"),
            date(2026, 12, 1),
        ),
    ],
)
def test_a_rule_named_by_what_it_does_takes_the_step_before_it(
    text: str, frame_: tuple[str, str, str, str], ends: date
) -> None:
    facts = live(text)
    assert [(frame(f), f.ends, f.status) for f in facts] == [(frame_, ends, Status.SUSPENDED)]


@pytest.mark.parametrize(
    "text",
    [
        "The rule, which subjected affiliates of blacklisted Chinese firms to export"
        " restrictions, took effect in 2024.",
        "Lawmakers urged the Commerce Department to suspend a rule that subjects affiliates"
        " of Chinese firms to export restrictions.",
        "Washington could suspend for one year a rule that extends export curbs to"
        " affiliates of Chinese firms, people familiar with the matter said.",
    ],
)
def test_a_rule_described_urged_or_speculated_is_no_step(text: str) -> None:
    assert live(text) == []
