"""Export-control steps not stated as taken: a question asserts nothing; a control named as a cause
is no step (a step after the cause cue still is); analysis, history, compliance and speculation
assert no step; a condition after the control states none, one in a relative clause leaves the
step; unnamed reports are speculation, a named ministry saying it states the step.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
ASSERTED = (Status.HAPPENED, Status.ANNOUNCED)
controls = partial(export_controls, published=PUBLISHED)
live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Will Beijing tighten its rare earth export controls again?",
        "Is Washington about to impose new export curbs on chip design software?",
    ],
)
def test_a_question_asserts_nothing(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


@pytest.mark.parametrize(
    "text",
    [
        # a control named as the cause of another act is a mention of it
        "Trump threatened new tariffs over China's rare earth export controls.",
        "Beijing retaliated against US chip curbs with an antitrust probe.",
        "The president announced a 50% tariff in response to Chinese export controls on magnets.",
    ],
)
def test_a_control_named_as_a_cause_is_no_step(text: str) -> None:
    assert controls(text) == []


def test_a_step_after_the_cause_cue_is_still_a_step() -> None:
    [fact] = controls("In response, China tightened its controls on gallium exports.")
    assert frame(fact) == ("China", "all", "rare_earths", "tightened")


@pytest.mark.parametrize(
    "text",
    [
        "Export controls have done little to slow China's push into advanced chips, analysts say.",
        "Since 2022 the US has restricted sales of top-end processors to China.",
        "The company said it complies with all US export controls.",
        "China could restrict exports of rare earths to the US if talks collapse.",
        "The White House is considering new curbs on chip design software sales to China.",
    ],
)
def test_analysis_history_compliance_and_speculation_assert_no_step(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


@pytest.mark.parametrize(
    "text",
    [
        # a condition right after the control: the step hangs on it
        "Beijing said it would reinstate export controls on rare earths if Washington broke the"
        " truce.",
        "The US will tighten its export curbs on chips unless Beijing resumes magnet sales.",
    ],
)
def test_a_condition_after_the_control_states_no_step(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


def test_a_condition_in_a_relative_clause_leaves_the_step() -> None:
    [fact] = controls(
        "China imposed export controls on drone parts that could be used in war if diverted."
    )
    assert (fact.imposer, fact.measure, fact.status) == ("China", "new", Status.HAPPENED)


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
