"""Export controls, tenth round (issue 10): permits withdrawn in the passive, permits granted or
approved, a count between a target cue and its country, a country that names firms rather than
the actor. Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import LIVE, export_controls, frame
from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)


controls = partial(export_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the permit first, its holder, a form of "be", then the step's verb
        (
            "Export licences held by four Chinese chipmakers were revoked on Tuesday, the"
            " Commerce Department said.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Beijing said waivers for graphite shipments to the US had been cancelled.",
            ("China", "US", "rare_earths", "tightened"),
        ),
        (
            "Washington said licences for AI processor sales to China were quietly withdrawn.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Beijing said licences for magnet exports to American buyers have been restored.",
            ("China", "US", "rare_earths", "lifted"),
        ),
    ],
)
def test_a_permit_withdrawn_in_the_passive_is_a_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    [fact] = controls(text)
    assert frame(fact) == expected
    assert fact.status is Status.HAPPENED


def test_a_passive_permit_not_withdrawn_is_denied() -> None:
    [fact] = controls("Washington said licences for AI processor sales to China were not revoked.")
    assert fact.status is Status.DENIED
    # the positive twin is read as a step, so the denial is not a silent miss
    [twin] = controls("Washington said licences for AI processor sales to China were revoked.")
    assert twin.status is Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # granting or approving permits eases the control for the firms that hold them
        (
            "China granted export licences for rare earth magnets to three US carmakers.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "Washington approved licences for two American designers to sell AI processors to"
            " China.",
            ("US", "China", "chips", "lifted"),
        ),
        (
            "Beijing has approved export licences for gallium to several Japanese firms.",
            ("China", "Japan", "rare_earths", "lifted"),
        ),
        (
            "Export licences for antimony shipments to US buyers were granted on Monday, the"
            " Chinese commerce ministry said.",
            ("China", "US", "rare_earths", "lifted"),
        ),
    ],
)
def test_a_permit_granted_or_approved_lifts_the_control_for_its_holders(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    [fact] = controls(text)
    assert frame(fact) == expected
    assert fact.status in LIVE


@pytest.mark.parametrize(
    "text",
    [
        # the noun, not the verb: waiting for an approval eases nothing
        "Carmakers are still awaiting approval of export licences for magnets from China.",
        # the approval of a rule that requires licences approves the control, not a permit
        # (asserted below: a new control, not a lifting)
        "China has yet to grant licences for rare earth magnet exports to European firms.",
        "Beijing has not approved any licences for graphite exports to the US since June.",
        "Analysts expect China to approve more licences for magnet exports to the US.",
    ],
)
def test_a_grant_not_stated_as_made_is_no_live_lifting(text: str) -> None:
    assert not [f for f in controls(text) if f.status in LIVE and f.measure == "lifted"]


def test_approving_a_rule_that_requires_licences_is_no_lifting() -> None:
    facts = controls(
        "Washington approved new rules requiring export licences for AI processors sold to China."
    )
    assert [f.measure for f in facts] == ["new"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a count between the target cue and its country
        ("China banned exports of gallium to three US defence contractors on Monday.", "US"),
        ("Beijing barred shipments of antimony to more than 20 US companies.", "US"),
        ("The US halted sales of AI processors to a handful of Chinese cloud firms.", "China"),
        # a number before the cue is no target's: the country after the cue is
        ("Beijing halted exports of 12 kinds of minerals to the US on Thursday.", "US"),
    ],
)
def test_a_count_between_the_cue_and_the_country_keeps_the_target(text: str, target: str) -> None:
    [fact] = controls(text)
    assert fact.target == target
    assert fact.imposer != target


def test_a_country_that_names_firms_is_their_target_not_the_imposer() -> None:
    [fact] = controls("China added 28 US defence contractors to its export control list.")
    assert (fact.imposer, fact.target) == ("China", "US")


def test_the_imposers_own_firms_are_no_target() -> None:
    [fact] = controls(
        "The US approved licences for two American chip designers to sell processors to China."
    )
    assert fact.target == "China"


def test_a_passive_permit_with_will_is_announced_and_with_must_is_the_rule() -> None:
    [fact] = controls(
        "Washington said export licences for chip tools bound for China will be revoked from"
        " July 1."
    )
    assert (frame(fact), fact.status) == (("US", "China", "chips", "tightened"), Status.ANNOUNCED)
    # an obligation describes the regime: no permit step
    assert not controls(
        "Under Beijing's rules, export licences for gallium must be approved by the ministry."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The White House said in July it would grant licences for AI processor sales to China.",
        "Beijing announced last month it would restrict exports of antimony to the US.",
    ],
)
def test_a_statement_dated_to_an_earlier_period_is_background(text: str) -> None:
    facts = extract_facts(text, published=date(2026, 9, 15))
    assert not [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


def test_a_statement_dated_by_its_day_or_this_month_is_news() -> None:
    for text in (
        "The White House said on Monday it would grant licences for AI processor sales to China.",
        "The White House said in September it would grant licences for AI processor sales to"
        " China.",
    ):
        facts = extract_facts(text, published=date(2026, 9, 15))
        [fact] = [f for f in facts if isinstance(f, ExportControl)]
        assert (frame(fact), fact.status) == (("US", "China", "chips", "lifted"), Status.ANNOUNCED)


def test_a_statement_said_in_a_later_month_was_last_years() -> None:
    text = (
        "The White House said in October it would grant licences for AI processor sales to China."
    )
    facts = extract_facts(text, published=date(2027, 1, 10))
    assert not [f for f in facts if isinstance(f, ExportControl) and f.status in LIVE]


@pytest.mark.parametrize(
    "speaker",
    [
        "China's commerce ministry said",
        "the Chinese commerce ministry said",
        "a Chinese commerce ministry spokeswoman said",
        "a spokesman for China's commerce ministry said",
        "officials in Beijing said",
    ],
)
def test_the_speaker_at_the_end_is_the_imposer_after_an_article_or_a_speakers_noun(
    speaker: str,
) -> None:
    [fact] = controls(
        f"Export licences for indium shipments to the US were cancelled on Friday, {speaker}."
    )
    assert frame(fact) == ("China", "US", "rare_earths", "tightened")


def test_a_speaker_who_is_no_government_gives_no_imposer() -> None:
    assert not controls(
        "Export licences for indium shipments to the US were cancelled on Friday, traders in"
        " Shanghai said."
    )
