"""A gapped-verb list ("cut its duty on X to 10% and on Y to 5% on Monday"): the day after the
last item dates the one step of every item (its tense too), unless a clause of its own holds
it (", officials said on Monday"); each item's goods are its own, named after its "on".

Sentences written for this test (none copied from an article). Published Monday 2026-12-07.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import alerting_keys, tariff_rates
from watcher.models import Status

MONDAY = date(2026, 12, 7)
H, A = Status.HAPPENED, Status.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The EU cut duties on Chinese kayaks to 20% and on Chinese canoes to 15% on Monday.",
         {("EU", "China", 20.0, H), ("EU", "China", 15.0, H)}),
        ("Canada cut its tariff on US kayaks to 10%, and on US canoes to 5%, on Monday.",
         {("Canada", "US", 10.0, H), ("Canada", "US", 5.0, H)}),
        ("Canada will cut its tariff on US kayaks to 10% and on US canoes to 5% next month.",
         {("Canada", "US", 10.0, A), ("Canada", "US", 5.0, A)}),
        # the day a clause of its own tells is the saying's, not the list's
        ("Under the order, duties on Chinese kayaks rise to 30% and on Chinese canoes to 25%, the "
         "White House said on Monday.", {("US", "China", 30.0, A), ("US", "China", 25.0, A)}),
    ],
)  # fmt: skip
def test_a_day_after_the_last_item_dates_the_whole_list(text: str, want: set) -> None:
    assert alerting_keys(text, MONDAY) == want


def test_each_gapped_item_keeps_its_own_goods() -> None:
    text = "The EU cut duties on Chinese kayaks to 20% and on Chinese canoes to 15% on Monday."
    goods = {f.rate_pct: f.product for f in tariff_rates(text, MONDAY)}
    assert goods == {20.0: "kayaks", 15.0: "canoes"}


def test_hedged_list_gives_no_alert() -> None:
    text = (
        "Canada could cut its tariff on US kayaks to 10% and on US canoes to 5% next month, "
        "officials said."
    )
    assert alerting_keys(text, MONDAY) == set()
