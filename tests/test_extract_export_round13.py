"""Export controls, thirteenth round (issue 10): controls told through firms and rules. A ban
told through a firm ("barred <firm> from selling its chips to China"), a rule named by what it
does in a relative clause ("will suspend for one year a rule that subjected affiliates of
blacklisted firms to export restrictions"), and a permit with terms ("will allow <firm> to sell
... on condition that ..."). Sentences written for these tests; each positive has near-misses
that must give no live control."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)  # a Monday


controls = partial(export_controls, published=PUBLISHED)


live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "The US on Tuesday barred Micron from selling its memory chips to China.",
            ("US", "China", "chips", "new"),
        ),
        (
            "Washington banned a toolmaker from shipping its etching tools to Chinese"
            " customers, the company said on Wednesday.",
            ("US", "China", "technology", "new"),
        ),
        (
            "The Commerce Department ordered Cadence to stop supplying chip design software to"
            " Chinese universities on Friday.",
            ("US", "China", "software", "new"),
        ),
        (
            "Beijing barred a magnet maker from selling rare-earth magnets to American"
            " defence firms on Thursday.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_a_ban_told_through_a_firm_controls_its_goods(
    text: str, frame_: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "Intel barred its staff from travelling to China on Monday.",
        "A federal court barred the merger of two chip suppliers on Friday.",
        "Huawei was barred from buying American chips in 2019.",
        "The US has barred Micron from selling memory chips to China since 2023.",
        "The US could bar Nvidia from selling its chips to China, officials warned.",
        "The company ordered its suppliers to stop shipping parts to its Chinese plant.",
        "Nvidia stopped selling its chips to China on Monday.",
        # the present passive states the rule in force
        "Chinese firms are barred from selling rare earth magnets to US defence contractors.",
    ],
)
def test_a_firm_or_a_court_barring_or_a_standing_bar_is_no_step(text: str) -> None:
    assert live(text) == []


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
