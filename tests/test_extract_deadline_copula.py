"""A deadline told with a copula: "The deadline is Friday" / "The new deadline is Feb. 10" dates
the measure named before (a weekday after the copula is the one to come, a year-less date is told
forward, an expiry date told as now is a deadline, a speech tag does not stop it, an export control
before it is the measure); it needs a measure before it, and a deadline that "could be", a deadline
of another noun or one for something else is not read.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_EXTENDED = "The US extended its tariff truce with China by another 90 days on Monday. "


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def test_a_deadline_noun_with_a_copula_dates_the_measure_before() -> None:
    facts = _deadlines(_EXTENDED + "The new deadline is Nov. 10.", date(2025, 8, 12))
    found = [f for f in facts if f.date == date(2025, 11, 10)]
    assert found and found[0].status is Status.ANNOUNCED
    assert {found[0].imposer, found[0].target} == {"US", "China"}


def test_an_expiry_date_told_as_now_is_a_deadline() -> None:
    facts = _deadlines(_EXTENDED + "The expiry date is now 10 November.", date(2025, 8, 12))
    assert any(f.date == date(2025, 11, 10) for f in facts)


def test_a_weekday_after_the_copula_is_the_one_to_come() -> None:
    """ "The deadline is Friday", read on a Monday (2025-08-11), is the Friday after it."""
    text = "Washington raised its duty on Chinese steel to 50%. The deadline is Friday."
    facts = _deadlines(text, date(2025, 8, 11))
    assert [f.date for f in facts if f.what == "tariff deadline (new date)"] == [date(2025, 8, 15)]


def test_a_year_less_date_after_the_copula_is_told_forward() -> None:
    """ "The new deadline is Feb. 10", read in November, is next year's February."""
    facts = _deadlines(_EXTENDED + "The new deadline is Feb. 10.", date(2025, 11, 12))
    assert any(f.date == date(2026, 2, 10) for f in facts)
    assert not any(f.date == date(2025, 2, 10) for f in facts)


def test_a_deadline_that_could_be_is_not_read() -> None:
    facts = _deadlines(_EXTENDED + "The new deadline could be Nov. 10.", date(2025, 8, 12))
    assert not any(f.date == date(2025, 11, 10) and f.status is Status.ANNOUNCED for f in facts)


def test_a_copula_deadline_needs_a_measure_before() -> None:
    text = "The school board met on Monday. The new deadline is Nov. 10."
    assert not _deadlines(text, date(2025, 8, 12))


# Second review (stop 28): the copula deadline's subject and what follows its date.


def test_a_copula_deadline_with_a_speech_tag_is_read() -> None:
    text = _EXTENDED + "The new deadline is Nov. 10, the commerce ministry said."
    assert any(f.date == date(2025, 11, 10) for f in _deadlines(text, date(2025, 8, 12)))


def test_a_copula_deadline_of_another_noun_is_not_the_measures() -> None:
    for subject in ("The passport deadline", "The bid window deadline", "The cut-off date"):
        text = _EXTENDED + f"{subject} is Nov. 10."
        assert not any(f.date == date(2025, 11, 10) for f in _deadlines(text, date(2025, 8, 12)))


def test_a_copula_deadline_for_something_else_is_not_read() -> None:
    text = _EXTENDED + "The new deadline is Nov. 10 for public submissions on the rule."
    assert not any(f.date == date(2025, 11, 10) for f in _deadlines(text, date(2025, 8, 12)))


def test_a_copula_deadline_after_an_export_control_names_the_control() -> None:
    text = (
        "Beijing extended its export controls on rare earths to US buyers. "
        "The new deadline is Nov. 10."
    )
    found = [f for f in _deadlines(text, date(2025, 8, 12)) if f.date == date(2025, 11, 10)]
    assert found and all("tariff" not in f.what for f in found)
