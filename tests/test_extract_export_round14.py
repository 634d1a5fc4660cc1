"""Export controls, fourteenth round (issue 10): a request to ease a control is no easing ("put
pressure on Beijing to ease its export controls", "called on China to scrap its licensing
rules"); a pause for a period told on a day runs from that day ("said on Sunday it would pause
the controls for six months"); "the supply of <goods>" is an export ("halted the supply of
gallium to US buyers"); a government that clears a firm to sell eases its control. Sentences
written for these tests; each positive has near-misses that must not change."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls

PUBLISHED = date(2026, 6, 1)  # a Monday: "Sunday" is May 31, "Friday" May 29


controls = partial(export_controls, published=PUBLISHED)


live = partial(live_controls, published=PUBLISHED)


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


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # the day it was said: six months from Sunday, May 31 (not from Monday's publication)
        (
            "China said on Sunday it would pause its export controls on rare earths to the"
            " United States for six months.",
            date(2026, 11, 30),
        ),
        (
            "On Sunday, China said it would pause its rare earth export controls on the US for"
            " six months.",
            date(2026, 11, 30),
        ),
        (
            "China will pause its export controls on rare earths to the US for six months, the"
            " commerce ministry said on Sunday.",
            date(2026, 11, 30),
        ),
        # the day of the pause itself, and the nearest day of two
        (
            "China paused its rare earth export controls on the US on Sunday for 90 days.",
            date(2026, 8, 29),
        ),
        (
            "After talks on Saturday, China said on Sunday it would pause its rare earth export"
            " controls for one year.",
            date(2027, 5, 31),
        ),
        # a start of its own comes first; no day at all: publication
        (
            "China said on Sunday it would pause its rare earth export controls for six months"
            " from November 10.",
            date(2027, 5, 10),
        ),
        (
            "China will pause its rare earth export controls on the US for six months, the"
            " ministry said.",
            date(2026, 12, 1),
        ),
    ],
)
def test_a_pause_for_a_period_runs_from_the_day_it_is_told_on(text: str, ends: date) -> None:
    assert [(f.measure, f.ends) for f in live(text)] == [("suspended", ends)]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "China announced on Wednesday a one-year suspension of its export ban on gallium"
            " to the US.",
            date(2027, 5, 27),
        ),
        (
            "Washington announced a 90-day pause of its chip export curbs on China on Friday.",
            date(2026, 8, 27),
        ),
    ],
)
def test_a_period_before_the_pause_noun_gives_its_end(text: str, ends: date) -> None:
    assert [(f.measure, f.ends) for f in live(text)] == [("suspended", ends)]


def test_a_pause_threatened_on_a_day_is_still_no_live_fact() -> None:
    text = (
        "China could pause its rare-earth export curbs on the US for six months, analysts said"
        " on Sunday."
    )
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "frame_"),
    [
        (
            "China halted the supply of gallium to US buyers on Tuesday.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Beijing has cut off the supply of rare-earth magnets to American defence firms,"
            " the companies said on Wednesday.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "China on Monday banned the supply of germanium to the United States.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_the_supply_of_goods_is_an_export(text: str, frame_: tuple[str, str, str, str]) -> None:
    assert [frame(f) for f in live(text)] == [frame_]


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a smelter halted the supply of gallium to US buyers on Tuesday.",
        "The supply of gallium to US buyers has been tight since 2023, traders said.",
        "A storm halted the water supply to the chip plant on Tuesday.",
        "China's supply chains for rare earths were hit by floods, officials said on Monday.",
    ],
)
def test_a_supply_halted_by_no_government_or_no_supply_of_goods_is_no_control(text: str) -> None:
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
