"""The tense of a tariff step told without a modality word: a bare past "cut" before the
party's own duty happened, whoever reports it; a year-less start date after a future step is
the coming one, not the nearest (which may lie months behind publication).

Sentences written for this test (none copied from an article). Published 2026-03-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)
H, A = Status.HAPPENED, Status.ANNOUNCED


def _keys(text: str) -> set[tuple[str, str, float, Status, date | None]]:
    return {
        (f.imposer, f.target, f.rate_pct, f.status, f.effective)
        for f in tariff_rates(text, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The US cut its tariff on Chinese toys to 10%, China said.", ("US", "China", 10.0, H)),
        ("Washington cut its duties on Chinese solar panels to 25%, according to Beijing.",
         ("US", "China", 25.0, H)),
        ("China cut its levy on US soybeans to 5% on Monday.", ("China", "US", 5.0, H)),
    ],
)  # fmt: skip
def test_bare_past_cut_happened(text: str, want: tuple) -> None:
    """The speaker after the clause is not the imposer, and its verb is no announcement."""
    assert {k[:4] for k in _keys(text)} == {want}


@pytest.mark.parametrize(
    "text",
    [
        "China to cut its tariff on US cars to 15%",
        "Beijing said it would cut its tariff on US cars to 15%.",
        "China agreed to cut its duty on US pork to 10%.",
        "China will cut its tariff on US cars to 15% next month.",
        "The US cut its tariff on Chinese toys to 10% from May 1, China said.",
    ],
)
def test_cut_under_a_future_or_infinitive_is_announced(text: str) -> None:
    assert {k[3] for k in _keys(text)} == {A}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Washington will impose ten percent tariffs on goods from China starting Nov. 10, "
         "the Treasury secretary said.", ("US", "China", 10.0, A, date(2026, 11, 10))),
        ("Washington is set to raise tariffs on Chinese solar wafers to 50% on Jan. 1.",
         ("US", "China", 50.0, A, date(2027, 1, 1))),
        ("From 10 November, Chinese goods will face a 10% tariff, down from 20%, the White "
         "House said.", ("US", "China", 10.0, A, date(2026, 11, 10))),
        ("Beijing said it would impose a 15% levy on US coal from December 1.",
         ("China", "US", 15.0, A, date(2026, 12, 1))),
    ],
)  # fmt: skip
def test_future_step_dates_the_coming_day(text: str, want: tuple) -> None:
    assert want in _keys(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a date a few weeks back with a future stays: a story dated after its event
        ("The US will raise its tariff on Chinese steel to 50% from March 1.",
         ("US", "China", 50.0, date(2026, 3, 1))),
        # a past step keeps the nearest year
        ("The 25% duty on Chinese steel took effect on Jan. 5.",
         ("US", "China", 25.0, date(2026, 1, 5))),
    ],
)  # fmt: skip
def test_near_misses_keep_their_year(text: str, want: tuple) -> None:
    assert want in {(k[0], k[1], k[2], k[4]) for k in _keys(text)}


def test_wont_take_effect_is_still_to_come() -> None:
    """ "won't take effect until June 1": not in force yet (it was read as "take effect")."""
    statuses = {
        k[3] for k in _keys("The 25% tariff on Chinese steel won't take effect until June 1.")
    }
    assert H not in statuses
