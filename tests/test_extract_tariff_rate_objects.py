"""What a rate figure is on: a figure measuring another noun on goods ("a rebate of 40% on American
goods") or a poll share is no duty, while a figure put straight on goods is; a rate before a gapped
list item keeps its own origin (an item "from every origin" is on all); a title frame carries its
goods. Also a purpose clause ("to force ...") is no firm future, so it does not make an old month
the coming one.

Every sentence here is written for these tests. Published on Thursday 20 August 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 8, 20)


def _key(f: TariffRate) -> tuple[str, str, float, Status]:
    return f.imposer, f.target, f.rate_pct, f.status


# --- finding 4: "a rebate of 40% on American goods" measures the rebate


@pytest.mark.parametrize(
    "text",
    [
        "Chinese importers were granted a refund of 30% on American goods.",
        "The platform took a commission of 12% on Chinese products.",
        "In the tariff row, shops offered a discount of 25% on American goods.",
    ],
)
def test_a_figure_measuring_another_noun_on_goods_is_no_duty(text: str) -> None:
    story = "The US raised its tariff on Chinese goods to 60% on Monday. "
    assert [_key(f) for f in tariff_rates(story + text, PUBLISHED)] == [
        ("US", "China", 60.0, Status.HAPPENED)
    ]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Beijing answered with 28% on American goods.", ("China", "US", 28.0)),
        ("Washington then imposed a levy of 18% on Chinese goods.", ("US", "China", 18.0)),
    ],
)
def test_a_figure_put_straight_on_goods_is_a_duty(text: str, fact: tuple[str, str, float]) -> None:
    story = "The US raised its tariff on Chinese goods to 60% on Monday. "
    found = [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(story + text, PUBLISHED)]
    assert fact in found


# --- a share of people for or against a tariff is no rate


@pytest.mark.parametrize(
    "text",
    [
        "Surveys put backing for tariffs on Chinese goods at 41%.",
        "Opposition to the new duties on China climbed to 57% in the latest poll.",
        "Approval of tariffs on Beijing held at 44%.",
    ],
)
def test_a_poll_share_is_no_rate(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


def test_a_rate_next_to_a_poll_is_still_a_rate() -> None:
    text = "The US raised its tariff on Chinese goods to 35% on Monday despite thin support."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 35.0, Status.HAPPENED)
    ]


# --- finding 5: a rate before a gapped list item takes only its own object


def test_a_rate_before_an_item_from_every_origin_keeps_its_country() -> None:
    text = "The US raised tariffs on Chinese drones to 80% and on imported copper to 30%."
    found = [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)]
    assert ("US", "China", 80.0) in found
    assert [f for f in found if f[2] == 80.0] == [("US", "China", 80.0)]


def test_a_rate_before_an_item_of_another_country_keeps_its_own() -> None:
    text = "The US raised tariffs on Chinese drones to 80% and on Canadian copper to 30%."
    found = sorted((f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED))
    assert found == [("US", "Canada", 30.0), ("US", "China", 80.0)]


def test_a_gapped_item_from_every_origin_is_on_all() -> None:
    text = "The US raised tariffs on Chinese drones to 80% and on imported copper to 30%."
    found = sorted((f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED))
    assert found == [("US", "China", 80.0), ("US", "all", 30.0)]


def test_a_gapped_item_with_about_is_still_an_item() -> None:
    text = (
        "Washington will lift duties on Chinese drones to 80%, and on Chinese copper to about 30%."
    )
    found = sorted((f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED))
    assert found == [("US", "China", 30.0), ("US", "China", 80.0)]


# --- finding 11: the title frame carries its goods


@pytest.mark.parametrize(
    ("title", "product"),
    [
        ("US to raise tariffs on Chinese wind turbines", "wind turbines"),
        ("US to raise tariffs on Chinese copper", "copper"),
    ],
)
def test_a_title_frame_carries_its_goods(title: str, product: str) -> None:
    text = "The rate will rise to 70% from 35% next month, the trade office said on Friday."
    found = tariff_rates(text, PUBLISHED, title=title)
    assert [(f.imposer, f.target, f.rate_pct, f.product) for f in found] == [
        ("US", "China", 70.0, product)
    ]


def test_a_title_frame_on_all_goods_stays_general() -> None:
    text = "The rate will rise to 70% from 35% next month, the trade office said on Friday."
    found = tariff_rates(text, PUBLISHED, title="US to raise tariffs on Chinese goods")
    assert [(f.imposer, f.target, f.product) for f in found] == [("US", "China", "all goods")]


# --- finding 3: "to force"/"to effect" without "take"/"come"/"go" is a purpose, not a start


@pytest.mark.parametrize(
    "text",
    [
        "In a push to force talks, Washington lifted its tariff on Chinese goods to 125% in April.",
        "The duties, meant to effect a shift in Beijing, took the US rate on Chinese steel to "
        "60% in April.",
    ],
)
def test_a_purpose_clause_does_not_make_an_old_month_the_coming_one(text: str) -> None:
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


def test_a_start_still_to_come_keeps_the_month_ahead() -> None:
    text = "The US tariff on Chinese cranes will rise to 45% in March, to take effect on the 1st."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 45.0, Status.ANNOUNCED)
    ]
