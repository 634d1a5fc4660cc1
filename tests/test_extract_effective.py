"""Invented sentences for the wording that dates a tariff (`effective`) or a contact (`date`).

Every sentence is written for the test, none is copied from an article.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.test_extract_cases import Case
from watcher.facts.registry import extract_facts
from watcher.models import Status

TUESDAY = date(2025, 9, 2)
_TARIFF = ("tariff_rate",)

EFFECTIVE_CASES = [
    Case(
        "just-past-midnight-opening-dates-every-clause",
        "Starting just after midnight, Peruvian copper faces a 30% duty, with Peruvian zinc "
        "taxed at 5%.",
        [
            {"rate_pct": 30.0, "effective": TUESDAY},
            {"rate_pct": 5.0, "effective": TUESDAY},
        ],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "bare-took-effect-is-the-publication-day",
        "Hours after Washington's 40% tariffs on Swiss watches took effect, Bern protested.",
        [{"imposer": "US", "target": "Switzerland", "effective": TUESDAY}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "before-it-took-effect-is-not-a-date",
        "A day before the new duties took effect, the president threatened a 60% tariff on "
        "Swiss watches.",
        [{"imposer": "US", "status": Status.THREATENED, "effective": None}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "took-effect-last-week-is-not-today",
        "Ottawa said its 25% tariff on US steel took effect last week.",
        [{"imposer": "Canada", "effective": None}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "takes-effect-sentence-dates-the-measure-named-before-its-verb",
        "Beijing will impose a 20% tariff on Canadian canola. The duties taking effect Monday "
        "mirror the rate that Ottawa set on Chinese cars.",
        [{"imposer": "China", "target": "Canada", "effective": date(2025, 9, 8)}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "on-date-of-an-announcement-is-not-the-start",
        "On August 28, Ottawa announced a 25% tariff on US steel.",
        [{"imposer": "Canada", "effective": None}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "on-date-of-a-pause-is-not-the-start",
        "Washington imposed 25% tariffs on Mexican goods but they were paused on Monday for 30 "
        "days.",
        [{"imposer": "US", "status": Status.SUSPENDED, "effective": None}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "weekday-at-midnight-starts-the-next-day-for-later-clauses",
        "Washington's new duties go into effect Thursday at midnight, with the steepest levy of "
        "50% on Brazilian coffee.",
        [{"imposer": "US", "target": "Brazil", "effective": date(2025, 9, 5)}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "undated-rate-of-the-same-pair-shares-the-previous-sentence-date",
        "Washington's 25% tariff on Canadian lumber comes into force on Monday. Canadian potash "
        "will face a lower 10% tariff.",
        [
            {"target": "Canada", "rate_pct": 25.0, "effective": date(2025, 9, 8)},
            {"target": "Canada", "rate_pct": 10.0, "effective": date(2025, 9, 8)},
        ],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
    Case(
        "announcement-day-gives-way-to-the-stated-start",
        "Ottawa announced a 25% tariff on US steel on Monday that will apply from September 10.",
        [{"imposer": "Canada", "effective": date(2025, 9, 10)}],
        published=TUESDAY,
        kinds=_TARIFF,
    ),
]


def _matches(fact: Any, want: dict[str, Any]) -> bool:
    return all((fact.kind if k == "kind" else getattr(fact, k, None)) == v for k, v in want.items())


@pytest.mark.parametrize("case", EFFECTIVE_CASES, ids=[c.id for c in EFFECTIVE_CASES])
def test_effective_wording(case: Case) -> None:
    """Each sentence yields exactly the expected facts, in order, with the stated date."""
    facts = [f for f in extract_facts(case.text, published=case.published) if f.kind in case.kinds]
    assert len(facts) == len(case.expected), facts
    for fact, want in zip(facts, case.expected, strict=True):
        assert _matches(fact, want), (fact, want)


_HEADLINE = "Trump speaks with Carney, says steel talks went well"


@pytest.mark.parametrize(("title", "expected"), [(_HEADLINE, TUESDAY), ("", None)])
def test_present_tense_title_contact_is_the_publication_day(
    title: str, expected: date | None
) -> None:
    """A contact in the title's present tense is the day's news; elsewhere it stays undated."""
    text = _HEADLINE + "\n\nThe two leaders discussed lumber duties."
    facts = extract_facts(text, published=TUESDAY, title=title)
    contacts = [f for f in facts if f.kind == "leader_contact"]
    assert [(c.participants, c.date) for c in contacts] == [(("Carney", "Trump"), expected)]
