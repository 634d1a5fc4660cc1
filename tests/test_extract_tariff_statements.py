"""A rate talked about rather than changed: a rate in the object of a verb of comment is no
announcement (a change of the rate told beside it still is), a level "to be maintained" is held,
not background; a day told after a speech verb is the statement's, not the change's start; "plans
to drop its 34% tariff" is a plan (the verb has an object, so no scheduled move) while a level "set
to drop" on its own stays scheduled; "would never" rules a step out.

Every sentence here is written for these tests. The March tests are published on Tuesday 10 March
2026 (`PUB`), the October ones on Wednesday 14 October 2026 (`PUBLISHED`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUB = date(2026, 3, 10)
ALERTING = {Status.HAPPENED, Status.ANNOUNCED}
PUBLISHED = date(2026, 10, 14)


def _alerting(text: str) -> set[tuple[str, str, float]]:
    return {
        (f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUB) if f.status in ALERTING
    }


def _key(f: TariffRate) -> tuple[str, str, float, float | None, Status, date | None]:
    return f.imposer, f.target, f.rate_pct, f.previous_pct, f.status, f.effective


# a rate that modifies the object of a verb of comment


def test_a_rate_in_the_object_of_a_comment_verb_is_no_announcement() -> None:
    assert _alerting("Trump calls 40% Brazil tariffs a fair deal, says talks go on") == set()
    assert _alerting("The president defends 125% tariffs on Chinese goods in a speech") == set()
    assert _alerting("Beijing slams 60% US duties on Chinese cranes") == set()


def test_a_comment_verb_does_not_hide_a_change_of_the_rate() -> None:
    assert _alerting("Trump raised the 40% Brazil tariffs to 60% on Monday.") == {
        ("US", "Brazil", 60.0)
    }


def test_a_held_level_to_be_maintained_is_no_background() -> None:
    text = (
        "The sides agreed a tariff cut to 25% by the US and 12% by China, to be maintained for "
        "a year."
    )
    assert _alerting(text) == {("US", "China", 25.0), ("China", "US", 12.0)}


# --- finding 8: the old level as the verb's object, with a statement's day or a modal --------


@pytest.mark.parametrize(
    "text",
    [
        "Washington will lower its 60% duty on Chinese steel to 25% next month, the Commerce "
        "Department said on Tuesday.",
        "Washington will lower its 60% duty on Chinese steel to 25% next month, a Commerce "
        "official told reporters on Tuesday.",
    ],
)
def test_a_speech_day_after_a_future_change_is_no_start(text: str) -> None:
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 25.0, 60.0, Status.ANNOUNCED, None)
    ]


def test_a_change_dated_on_its_own_verb_keeps_its_day() -> None:
    text = "Washington on Tuesday lowered its 60% duty on Chinese steel to 25%."
    assert [(f.status, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        (Status.HAPPENED, 25.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing plans to lower its 30% levy on American pork to 12%, people briefed on the "
        "talks said.",
        "Beijing plans to drop its 30% levy on American pork to 12%.",
    ],
)
def test_a_plan_to_change_a_named_level_is_planned(text: str) -> None:
    assert [(f.status, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        (Status.PLANNED, 12.0)
    ]


def test_a_level_set_to_drop_on_its_own_stays_scheduled() -> None:
    text = "The levy on American pork is set to drop to 12% on November 1."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.ANNOUNCED]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "Washington would never lower its 60% duty on Chinese steel to 25%, the president "
            "said.",
            "Washington will lower its 60% duty on Chinese steel to 25%, the president said.",
        ),
        (
            "The White House will never raise tariffs on Chinese toys to 90%, an aide said.",
            "The White House will raise tariffs on Chinese toys to 90%, an aide said.",
        ),
    ],
)
def test_a_step_that_would_never_be_taken_is_no_live_fact(text: str, twin: str) -> None:
    live = (Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED)
    assert [f for f in tariff_rates(text, PUBLISHED) if f.status in live] == []
    assert [f.status for f in tariff_rates(twin, PUBLISHED)] == [Status.ANNOUNCED]
