"""Deadlines, issue 10 eleventh round: constructions found by the coordinator's probe.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def test_a_deadline_told_as_passed_is_history() -> None:
    text = "The June 2 deadline lapsed with US tariffs on Chinese goods unchanged."
    assert not _deadlines(text, date(2025, 6, 6))


def test_a_deadline_word_before_the_date_that_expired_is_history() -> None:
    text = "The deadline of Sept. 3 for the US duties on Chinese steel has expired, officials said."
    assert not _deadlines(text, date(2025, 9, 8))


def test_a_deadline_still_ahead_stands() -> None:
    text = "The June 2 deadline for US tariffs on China approaches with no deal in sight."
    facts = _deadlines(text, date(2025, 5, 28))
    assert any(f.date == date(2025, 6, 2) and f.status is Status.ANNOUNCED for f in facts)


def test_a_deadline_not_said_to_pass_stands_after_its_date() -> None:
    text = "The June 2 deadline for US tariffs on China was met by both sides, officials said."
    facts = _deadlines(text, date(2025, 6, 4))
    assert any(f.date == date(2025, 6, 2) for f in facts)


_EXTENDED = "The US extended its tariff truce with China by another 90 days on Monday. "


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


def test_a_start_then_its_length_gives_the_end() -> None:
    text = "US tariff cuts on Chinese machinery take effect on June 3 and last for 60 days."
    facts = _deadlines(text, date(2025, 6, 1))
    dates = {f.date for f in facts}
    assert {date(2025, 6, 3), date(2025, 8, 2)} <= dates


def test_a_period_of_after_the_start_gives_the_end() -> None:
    text = (
        "Beijing will lower its duties on American machinery. "
        "The cuts apply from June 3 for a period of two months."
    )
    facts = _deadlines(text, date(2025, 6, 1))
    assert date(2025, 8, 3) in {f.date for f in facts}


def test_a_start_without_a_count_gives_no_end() -> None:
    text = "US tariff cuts on Chinese machinery take effect on June 3 for most goods."
    facts = _deadlines(text, date(2025, 6, 1))
    assert {f.date for f in facts} == {date(2025, 6, 3)}


def test_the_rules_take_effect_dates_the_export_controls_before() -> None:
    text = (
        "The Commerce Department on Tuesday issued new limits on sales of advanced "
        "semiconductors to China. The rules take effect on March 2."
    )
    facts = _deadlines(text, date(2026, 2, 10))
    found = [f for f in facts if f.date == date(2026, 3, 2)]
    assert found and found[0].measure == "export_controls"
    assert (found[0].imposer, found[0].target) == ("US", "China")


def test_controls_on_chipmaking_tools_are_export_controls() -> None:
    text = "US controls on chipmaking tools sold to Chinese firms apply from March 2."
    facts = _deadlines(text, date(2026, 2, 10))
    assert any(f.date == date(2026, 3, 2) and f.measure == "export_controls" for f in facts)


def test_the_rules_weighed_give_no_announced_date() -> None:
    text = (
        "The Commerce Department on Tuesday floated new limits on sales of advanced "
        "semiconductors to China. The rules could take effect on March 2."
    )
    facts = _deadlines(text, date(2026, 2, 10))
    assert not any(f.status is Status.ANNOUNCED for f in facts)


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


def test_days_of_something_after_the_start_are_no_period() -> None:
    for tail in ("for 60 days of hearings", "for 60 days' worth of shipments"):
        text = f"US tariff cuts on Chinese machinery take effect on June 3 {tail}."
        dates = {f.date for f in _deadlines(text, date(2025, 6, 1))}
        assert date(2025, 8, 2) not in dates
    twin = "US tariff cuts on Chinese machinery take effect on June 3 for 60 days."
    assert date(2025, 8, 2) in {f.date for f in _deadlines(twin, date(2025, 6, 1))}


def test_a_ceasefire_is_no_trade_truce_for_the_pair_named_elsewhere() -> None:
    text = (
        "The ceasefire in Sudan expires on Nov. 4. "
        "US and Chinese negotiators will meet in Geneva next week."
    )
    assert not any(f.date == date(2025, 11, 4) for f in _deadlines(text, date(2025, 10, 20)))
    twin = "The truce expires on Nov. 4. US and Chinese negotiators will meet in Geneva next week."
    assert any(f.date == date(2025, 11, 4) for f in _deadlines(twin, date(2025, 10, 20)))


_DUE = "The tariff truce between the US and China was due to expire on Aug. 12. "


def test_a_move_by_days_of_something_else_keeps_the_end() -> None:
    for moved in (
        "Congress delayed the hearing on that bill by 30 days.",
        "Lawmakers postponed the end of the session by 30 days.",
        "The hearing, which had been set for this week, was delayed by 30 days.",
    ):
        facts = _deadlines(_DUE + moved, date(2025, 8, 1))
        assert not any(f.date == date(2025, 9, 11) for f in facts), moved
    for moved in ("On Monday, Trump extended it by 30 days.", "It was extended by 30 days."):
        facts = _deadlines(_DUE + moved, date(2025, 8, 1))
        assert any(f.date == date(2025, 9, 11) for f in facts), moved


def test_a_year_in_a_contrast_does_not_govern_the_end_of_the_year() -> None:
    text = (
        "Unlike in 2018, Beijing agreed to lift its duties on American soybeans "
        "by the end of the year."
    )
    assert any(f.date == date(2025, 12, 31) for f in _deadlines(text, date(2025, 10, 2)))
    history = (
        "Back in 2018, Beijing agreed to lift its duties on American soybeans "
        "by the end of the year."
    )
    assert not any(f.date.year == 2025 for f in _deadlines(history, date(2025, 10, 2)))


def test_a_deadline_told_as_passed_months_later_is_history() -> None:
    text = "The Feb. 9 deadline expired with US tariffs on Chinese steel unchanged."
    assert not _deadlines(text, date(2025, 10, 15))
    twin = "The Feb. 9 deadline looms for US tariffs on Chinese steel."
    assert any(f.date == date(2026, 2, 9) for f in _deadlines(twin, date(2025, 10, 15)))
