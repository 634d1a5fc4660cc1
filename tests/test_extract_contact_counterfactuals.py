"""Counterfactual contacts: "Had Modi met Putin, ..." and "If Modi had met Putin, ..." state
no contact held.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
MONDAY = date(2025, 11, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Had Carney met Sheinbaum before the vote, the quota row might never have started.",
        "If Carney had spoken with Sheinbaum earlier, the quota row could have been avoided.",
        "Had the two leaders spoken sooner, the quota row might have ended. Carney and "
        "Sheinbaum traded barbs instead.",
        "Had Carney and Sheinbaum met in Ottawa, steel prices would likely have fallen.",
    ],
)
def test_counterfactual_is_not_held(text: str) -> None:
    assert all(r[2] is not Status.HAPPENED for r in contact_rows(text, THURSDAY))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a past perfect that is no inversion: held
        (
            "Carney had met Sheinbaum in Ottawa on Monday before the quota was announced.",
            _row("Carney", "Sheinbaum", "meeting", Status.HAPPENED, MONDAY),
        ),
        (
            "Carney, who had spoken with Sheinbaum on Monday, said the quota would go.",
            _row("Carney", "Sheinbaum", "call", Status.HAPPENED, MONDAY),
        ),
        (
            "Officials said Carney had spoken with Sheinbaum on Monday.",
            _row("Carney", "Sheinbaum", "call", Status.HAPPENED, MONDAY),
        ),
    ],
)
def test_past_perfect_still_held(text: str, want: tuple) -> None:
    assert want in contact_rows(text, THURSDAY)
