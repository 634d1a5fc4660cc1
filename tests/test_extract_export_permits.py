"""Export permits and licences: a permit withdrawn, revoked or restored (also in the passive) is a
step, one not withdrawn is denied and one someone may revoke is speculated; a permit granted,
approved or given with terms, or a government clearing a firm to sell, lifts or eases the control
for its holders, while a grant not stated as made, refused or rejected, a permit of no goods,
approving a rule that requires licences, permission sought or in force, or rules in force are no
easing; a request to ease a control is no easing.

Sentences written for these tests. Published on Monday 1 June 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import LIVE, export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
controls = partial(export_controls, published=PUBLISHED)
live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a permit revoked, withdrawn or cancelled tightens the control on its goods
        (
            "The Commerce Department revoked the licences that let two Korean chipmakers ship"
            " lithography tools to their factories in China.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Washington withdrew the waivers that had let memory makers bring American tools"
            " into their Chinese plants.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Beijing cancelled export licences for tungsten shipments bound for American buyers.",
            ("China", "US", "rare_earths", "tightened"),
        ),
        (
            "The Commerce Department stopped issuing licences for sales of AI accelerators to"
            " Chinese firms.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "China suspended export licences for magnets to US defence contractors.",
            ("China", "US", "rare_earths", "tightened"),
        ),
        # issuing them again lifts it
        (
            "China resumed issuing export licences for germanium to the US.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "Seoul restored the waivers for memory chip exports to China.",
            ("South Korea", "China", "chips", "lifted"),
        ),
    ],
)
def test_a_permit_withdrawn_or_restored_is_a_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    [fact] = controls(text)
    assert frame(fact) == expected
    assert fact.status is Status.HAPPENED


def test_revoking_a_control_still_lifts_it_and_a_requirement_is_no_permit() -> None:
    [revoked] = controls("The US revoked its export controls on chip design software for China.")
    assert revoked.measure == "lifted"
    [scrapped] = controls(
        "Beijing scrapped the licence requirement for antimony exports to the United States."
    )
    assert frame(scrapped) == ("China", "US", "rare_earths", "lifted")


@pytest.mark.parametrize(
    "text",
    [
        # a permit with no restricted goods near it is no export control
        "The regulator revoked the broadcaster's licence over its coverage of the vote.",
        "China withdrew the business licences of two American consulting firms.",
    ],
)
def test_a_permit_of_no_goods_is_no_control(text: str) -> None:
    assert controls(text) == []


def test_a_permit_someone_may_revoke_is_speculated() -> None:
    [fact] = controls(
        "Officials said the US is weighing whether to revoke licences for AI chip sales to China."
    )
    assert (fact.measure, fact.status) == ("tightened", Status.SPECULATED)


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
    ("refused", "twin"),
    [
        (
            "Washington refused to approve licences for AI processor sales to China.",
            "Washington approved licences for AI processor sales to China.",
        ),
        (
            "Beijing has declined to grant export licences for gallium to US buyers.",
            "Beijing has granted export licences for gallium to US buyers.",
        ),
        (
            "Tokyo rejected reports that it had granted waivers for chipmaking equipment sales"
            " to China.",
            "Tokyo said it had granted waivers for chipmaking equipment sales to China.",
        ),
        (
            "Beijing dismissed claims that it had approved permits for magnet exports to the US.",
            "Beijing said it had approved permits for magnet exports to the US.",
        ),
    ],
)
def test_a_refused_or_rejected_grant_is_no_lifting(refused: str, twin: str) -> None:
    assert not live(refused)
    assert all(f.status is Status.DENIED for f in controls(refused))
    [fact] = live(twin)
    assert fact.measure == "lifted"


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "The Trump administration will allow Nvidia to sell its H20 chips to China on"
            " condition that it shares 15% of the revenue, officials said on Monday.",
            ("US", "China", "chips", "lifted"),
        ),
        (
            "Washington said on Tuesday it would let AMD sell its accelerators to Chinese"
            " buyers provided that the company hands over a share of the proceeds.",
            ("US", "China", "chips", "lifted"),
        ),
        (
            "Washington will allow Nvidia to sell its chips to China as long as it shares the"
            " revenue, officials said on Monday.",
            ("US", "China", "chips", "lifted"),
        ),
    ],
)
def test_a_permit_with_terms_is_an_announced_easing(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    facts = live(text)
    assert [(frame(f), f.status) for f in facts] == [(frame_, Status.ANNOUNCED)]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia is allowed to sell only a downgraded version of its chips to China under"
        " current rules.",
        "Nvidia is allowed to export its H20 chips to China.",
        "The US might allow Nvidia to sell its chips to China on condition that it shares"
        " part of the revenue, analysts said.",
        "In 2023, Washington allowed Intel to sell its chips to Chinese firms on condition"
        " that they were not used by the military.",
        # "if" still makes the permission hang on another act
        "The US will allow Nvidia to sell its chips to China if Beijing resumes rare earth"
        " exports.",
    ],
)
def test_rules_in_force_or_permits_in_doubt_are_no_easing(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Washington cleared Nvidia to sell its H20 chips to China on Tuesday.",
        "Washington allowed Nvidia to resume sales of its H20 chips to China on Tuesday.",
        "The Commerce Department cleared AMD to resume shipments of its accelerators to Chinese"
        " customers, the company said on Wednesday.",
        "The US authorised Nvidia to ship its H20 chips to China on Friday.",
        "The Commerce Department granted licences to Nvidia to ship its H20 chips to China, the"
        " company said on Monday.",
    ],
)
def test_clearing_a_firm_to_sell_eases_the_control(text: str) -> None:
    assert [frame(f) for f in live(text)] == [("US", "China", "chips", "lifted")]


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia asked for permission to resume sales of its chips to China.",
        "Nvidia has applied for licences to ship its H20 chips to China.",
        "Washington may allow Nvidia to resume sales of its chips to China, officials said.",
        "Nvidia is cleared to sell only a downgraded chip to China under current rules.",
        "Nvidia resumed sales of its gaming chips in Europe on Tuesday.",
    ],
)
def test_permission_sought_or_in_force_eases_nothing(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The European Union on Tuesday put pressure on Beijing to ease its export controls on"
        " rare earths.",
        "Carmakers are putting pressure on China to relax its rare earth export curbs.",
        "Japan called on China to scrap its licensing rules for rare-earth exports on Wednesday.",
        "Japan called on China on Wednesday to scrap its licensing rules for rare-earth exports.",
        "Business groups pressed the Commerce Department to relax its restrictions on chip"
        " sales to China.",
        "Brussels pressured Beijing on Friday to lift its export ban on gallium.",
        "Seoul appealed to Beijing to ease its export controls on graphite.",
        "Chip firms demanded that Washington lift its export curbs on China.",
        "The chamber encouraged Beijing to roll back its export controls on magnets.",
    ],
)
def test_a_request_to_ease_a_control_is_no_easing(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "Under pressure from Brussels, Beijing on Thursday scrapped its licensing rules"
            " for rare-earth exports to the US.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "China eased its export controls on rare earths to the United States on Tuesday"
            " after Washington called on it to do so.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "Washington lifted its curbs on chip exports to China on Friday, weeks after"
            " industry groups pressed it to act.",
            ("US", "China", "chips", "lifted"),
        ),
        # a request verb's other senses: no request
        (
            "China pressed ahead with plans to tighten its export controls on rare earths.",
            ("China", "all", "rare_earths", "tightened"),
        ),
        (
            "During a call on Tuesday Xi agreed to ease export controls on rare earths to the US.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "Encouraged by the truce China lifted its export ban on gallium to the US on Tuesday.",
            ("China", "US", "rare_earths", "lifted"),
        ),
    ],
)
def test_an_easing_told_with_a_request_word_elsewhere_is_still_an_easing(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [frame_]
