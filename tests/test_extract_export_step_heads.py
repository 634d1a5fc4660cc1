"""Export controls whose step is not the verb nearest the control: a noun of carrying it out
heading the subject ("Enforcement of the controls ... will be paused"), a light verb whose
particle comes before the control is named ("put its rule on ice: the restrictions ..."), a
relative clause with no "that" naming who imposed it ("the curbs Beijing unveiled"), and a
participle's clause after a comma whose speech tells of another act.

Sentences written for these tests. Published on Friday 18 September 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls

PUBLISHED = date(2026, 9, 18)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enforcement of the graphite export controls will be halted until 1 October 2027, "
            "China's commerce ministry said on Thursday.",
            ("China", "all", "rare_earths", "suspended"),
        ),
        (
            "Beijing said implementation of its antimony export controls would be delayed "
            "until March.",
            ("China", "all", "rare_earths", "suspended"),
        ),
        (
            "Enforcement of the tungsten export measures China announced in August will be "
            "paused until next June, the ministry said on Friday.",
            ("China", "all", "rare_earths", "suspended"),
        ),
        (
            "Enforcement of the chip export curbs Washington imposed in July was suspended on "
            "Wednesday, the Commerce Department said.",
            ("US", "all", "chips", "suspended"),
        ),
    ],
)
def test_enforcement_heads_the_step(text: str, expected: tuple[str, str, str, str]) -> None:
    assert [frame(f) for f in live(text)] == [expected]


def test_enforcement_without_a_step_states_none() -> None:
    """ "Enforcement of" is no step by itself: with no verb of a step after the control, no
    fact (before, the noun read as a new control)."""
    text = "China said enforcement of its rare earth export controls would begin on Monday."
    assert [f.measure for f in live(text)] != ["new"]


def test_light_verb_particle_before_the_control() -> None:
    text = (
        "Washington has put its subsidiaries rule on ice: the export restrictions on affiliates "
        "of listed firms are suspended for a year, a notice said on Friday."
    )
    assert [(f.imposer, f.measure) for f in live(text)] == [("US", "suspended")]


def test_light_verb_particle_after_the_control_still_reads() -> None:
    text = "Beijing put its gallium export curbs on hold on Friday."
    assert [(f.imposer, f.measure) for f in live(text)] == [("China", "suspended")]


def test_participle_clause_speech_is_not_the_steps() -> None:
    """ "..., confirming a pause Washington had announced last week": the earlier speech is the
    other side's; the step is today's."""
    text = (
        "Enforcement of the graphite export controls will be paused until 1 October 2027, "
        "China's commerce ministry said on Friday, confirming a deal Washington had announced "
        "last week."
    )
    assert [(f.imposer, f.measure) for f in live(text)] == [("China", "suspended")]


def test_speech_in_an_earlier_month_still_makes_history() -> None:
    text = (
        "China suspended its graphite export controls for a year, the commerce ministry said "
        "in March."
    )
    assert live(text) == []


def test_adjective_after_the_control_is_no_owner() -> None:
    """ "the curbs Chinese firms faced": an adjective of firms, not a country imposing."""
    text = "Enforcement of the export curbs Chinese firms faced was eased on Friday."
    assert all(f.imposer != "China" for f in export_controls(text, PUBLISHED))
