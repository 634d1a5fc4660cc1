"""Export controls told in the present as a state are no step: an adverb of state before a
present verb ("already requires licences for ..."), or a present verb whose control an
appositive dates to a past year (", a regime it introduced in 2023", ", under rules dating from
2022"). A future or past step keeps its fact, whatever the appositive dates. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import live_controls
from watcher.models import Status

PUBLISHED = date(2026, 9, 16)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing already requires licences for exports of tungsten, a regime it adopted in 2024.",
        "China already restricts shipments of antimony to American buyers.",
        "Washington still bars sales of high-end memory chips to Chinese firms.",
        "Japan restricts exports of chipmaking equipment to China, under rules dating from 2023.",
        "The US requires licences for sales of AI accelerators to China, a system it first"
        " imposed in 2022.",
    ],
)
def test_a_standing_control_gives_no_live_fact(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a future step, whatever the appositive dates
        (
            "China will now require licences for exports of tungsten, a regime it adopted on"
            " Monday.",
            Status.ANNOUNCED,
        ),
        # a step of its own before a participle that names an older control
        (
            "China has banned exports of antimony to the United States, widening curbs it"
            " imposed in 2024.",
            Status.HAPPENED,
        ),
        # "since" in an appositive that dates no origin
        (
            "China added nine US drone makers to its entity list on Monday, its largest such"
            " step since 2024.",
            Status.HAPPENED,
        ),
        # a present verb with no state adverb and no dated origin: a headline's news
        ("Beijing bans antimony exports to the US.", Status.HAPPENED),
    ],
)
def test_a_step_near_a_dated_origin_keeps_its_fact(text: str, status: Status) -> None:
    facts = live(text)
    assert [f.status for f in facts] == [status]
    assert facts[0].imposer == "China"
