"""An export restricted in the passive: the export first, a past or modal form of "be", then
one of the verbs that restrict an export ("shipments of gallium to the US were halted by
Beijing"). The same verbs as the active reading ("Beijing halted shipments of gallium"), read
the other way round; the agent after "by" imposes. A present passive ("is barred") tells the
rule in force, not a step."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls

PUBLISHED = date(2026, 10, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports of three rare earth metals to the United States were restricted by "
            "Beijing on Thursday.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Sales of lithography parts to Chinese fabs have been blocked by Washington, the "
            "latest of several such steps.",
            ("US", "China", "chips", "new"),
        ),
        (
            '"Shipments of antimony to American buyers were halted by China this week," one '
            "trader said.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Supplies of graphite anodes to US battery plants have been cut off by Beijing, "
            "the company said.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_a_passive_restriction_of_an_export_is_a_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = live(text)
    assert [frame(f) for f in found] == [expected], found


@pytest.mark.parametrize(
    "text",
    [
        # only weighed
        "Exports of graphite to the US could be restricted by Beijing if the talks fail.",
        # the rule in force, in the present
        "Under existing rules, the sale of advanced chips to China is barred by Washington.",
        # no country acts: demand limits them
        "Exports of gallium to the US were limited by weak demand in the third quarter.",
        # a fall in trade, not a step
        "Exports of soybeans to China were cut by 20% last month as buyers turned to Brazil.",
    ],
)
def test_a_passive_near_miss_is_no_live_control(text: str) -> None:
    assert live(text) == []
