"""Tariff rates, review of stop 30: "keep suspending" is a suspension, a one-country measure's
lower-case goods after their origin are its product, a refusal to end a duty is a denial, and a
removal stays a `suspended` fact at the old rate (docs/extraction.md, "Ending a duty").

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, S = Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED
_ALERT = (H, A, S)


def _facts(text: str) -> set[tuple[str | None, str | None, float | None, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing said on Friday it would keep suspending its extra 24% tariff on US goods "
            "for another twelve months.",
            ("China", "US", 24.0, S),
        ),
        (
            "Washington will keep pausing the 34% levy on Chinese imports until the talks end, "
            "the White House said.",
            ("US", "China", 34.0, S),
        ),
    ],
)
def test_keep_suspending_is_a_suspension(text: str, want: tuple) -> None:
    assert want in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will keep its 10% tariff on US goods for another year, the ministry said.",
        "Beijing could keep suspending its 24% tariff on US goods if the talks go well.",
    ],
)
def test_keep_alone_or_hedged_is_no_suspension(text: str) -> None:
    assert not any(f[3] == S for f in _facts(text))


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        (
            "Officials said the tariff on Chinese wind turbines could rise to 70% next year.",
            "wind turbines",
        ),
        ("The US duty on Chinese hand tools will rise to 45% in June.", "hand tools"),
    ],
)
def test_goods_after_their_origin_are_the_product(text: str, goods: str) -> None:
    assert {f.product for f in tariff_rates(text, PUBLISHED)} == {goods}


@pytest.mark.parametrize(
    "text",
    [
        "The tariff on Chinese imports could rise to 70% next year, officials said.",
        "The 10% tariffs on China took effect on Monday, the White House said.",
    ],
)
def test_all_goods_or_no_goods_stay_all_goods(text: str) -> None:
    assert {f.product for f in tariff_rates(text, PUBLISHED)} <= {"all goods"}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing refused to scrap its 15% tariff on US pork, the ministry said.",
        "Beijing refused on Thursday to remove its 15% tariff on US pork.",
    ],
)
def test_refusing_to_end_a_duty_is_no_alert(text: str) -> None:
    assert not any(f[3] in _ALERT for f in _facts(text))


def test_a_removal_is_suspended_at_the_old_rate() -> None:
    facts = tariff_rates(
        "Beijing said on Monday it would remove its 12% tariff on US pork from May 4.", PUBLISHED
    )
    assert [(f.rate_pct, f.status, f.effective) for f in facts] == [(12.0, S, date(2026, 5, 4))]


def test_a_refusal_of_something_else_leaves_the_next_step() -> None:
    text = "Ottawa refused to budge, and Washington raised its duty on Canadian lumber to 40%."
    assert ("US", "Canada", 40.0, H) in _facts(text)
