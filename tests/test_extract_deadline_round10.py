"""Deadlines, issue 10 tenth round: wordings of a dated measure found on unseen text.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def test_a_deadline_only_weighed_is_speculated() -> None:
    text = "Some economists speculate that Washington could set a tariff deadline of Feb. 2."
    facts = _deadlines(text, date(2025, 12, 1))
    assert facts
    assert all(f.status is Status.SPECULATED for f in facts)


def test_a_deadline_denied_is_denied() -> None:
    text = "Beijing's ministry denied that it had set a Jan. 5 deadline for tariffs on US firms."
    facts = _deadlines(text, date(2025, 12, 1))
    assert facts
    assert all(f.status is Status.DENIED for f in facts)


def test_a_move_weighed_leaves_the_deadline_standing() -> None:
    text = "Officials could extend the Feb. 2 deadline for the tariffs on Chinese goods."
    facts = _deadlines(text, date(2025, 12, 1))
    assert any(f.date == date(2026, 2, 2) and f.status is Status.ANNOUNCED for f in facts)


def test_a_modal_after_the_date_is_about_what_follows() -> None:
    text = "The Feb. 2 deadline for the tariff talks nears, after which duties could rise."
    facts = _deadlines(text, date(2025, 12, 1))
    assert any(f.date == date(2026, 2, 2) and f.status is Status.ANNOUNCED for f in facts)


def test_a_passive_obligation_is_owed_by_its_subject() -> None:
    text = "The new US levies on Chinese wind turbines must be paid no later than March 3."
    facts = _deadlines(text, date(2026, 2, 1))
    assert [(f.date, f.imposer, f.target, f.measure) for f in facts] == [
        (date(2026, 3, 3), "US", "China", "tariff")
    ]
    assert facts[0].what == "deadline for levies to be paid"


def test_a_passive_obligation_with_no_measure_is_no_deadline() -> None:
    text = "Rents in the city must be paid no later than March 3, the landlords said."
    assert _deadlines(text, date(2026, 2, 1)) == []


def test_a_pause_on_one_side_s_levies_is_imposed_by_that_side() -> None:
    text = "The pause on China's extra levies on US farm goods runs until March 2."
    facts = _deadlines(text, date(2026, 1, 20))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 3, 2), "China", "US")]


def test_a_pause_on_levies_with_no_possessive_keeps_the_roles() -> None:
    text = "The pause on the extra US levies on Chinese furniture runs until March 2."
    facts = _deadlines(text, date(2026, 1, 20))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 3, 2), "US", "China")]


def test_an_extension_by_days_from_a_date_ends_that_many_days_on() -> None:
    text = "Washington extended its exemptions for Chinese lathes by 30 days from April 1."
    facts = _deadlines(text, date(2026, 3, 20))
    assert [(f.date, f.status, f.imposer, f.target) for f in facts] == [
        (date(2026, 4, 1), Status.SUSPENDED, "US", "China"),
        (date(2026, 5, 1), Status.ANNOUNCED, "US", "China"),
    ]


def test_a_suspension_for_days_from_a_date_still_starts_then() -> None:
    text = "The US will suspend its duties on Chinese lathes for 30 days from April 1."
    facts = _deadlines(text, date(2026, 3, 20))
    assert [(f.date, f.status) for f in facts] == [
        (date(2026, 4, 1), Status.ANNOUNCED),
        (date(2026, 5, 1), Status.ANNOUNCED),
    ]


def test_an_extension_by_days_counts_from_the_end_stated_before() -> None:
    text = (
        "The tariff truce with China was due to expire on June 3. On Friday, the White House "
        "extended it by 45 days."
    )
    facts = _deadlines(text, date(2026, 5, 29))
    assert [(f.date, f.status, f.measure) for f in facts] == [
        (date(2026, 7, 18), Status.ANNOUNCED, "truce")
    ]


def test_the_end_an_extension_moves_is_suspended() -> None:
    text = "The US-China truce ends on June 3. The White House extended the truce by 45 days."
    facts = _deadlines(text, date(2026, 5, 29))
    assert [(f.date, f.status) for f in facts] == [
        (date(2026, 6, 3), Status.SUSPENDED),
        (date(2026, 7, 18), Status.ANNOUNCED),
    ]


def test_an_extension_only_weighed_moves_nothing() -> None:
    text = "The US-China truce ends on June 3. The two sides might extend the truce by 45 days."
    facts = _deadlines(text, date(2026, 5, 29))
    assert [(f.date, f.status) for f in facts] == [
        (date(2026, 6, 3), Status.ANNOUNCED),
        (date(2026, 7, 18), Status.SPECULATED),
    ]


def test_an_extension_by_days_with_no_end_in_the_text_gives_no_date() -> None:
    # the end it counts from is not stated: no date is made up (docs/extraction.md: stated)
    text = "The White House extended the tariff truce with China by 45 days on Friday."
    assert [f for f in _deadlines(text, date(2026, 5, 29)) if f.date is not None] == []


def test_a_year_end_after_until_is_the_year_s_last_day() -> None:
    text = "The US exemption for Chinese bicycle parts from its duties runs until year-end."
    facts = _deadlines(text, date(2026, 4, 2))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 12, 31), "US", "China")]


def test_a_measure_ending_at_the_end_of_the_year() -> None:
    text = "China's waiver of its duties on US lumber expires at the end of the year."
    assert [f.date for f in _deadlines(text, date(2026, 4, 2))] == [date(2026, 12, 31)]


def test_the_end_of_the_year_as_a_time_something_happened_is_no_date() -> None:
    text = "At the end of the year, US tariffs on Chinese toys weighed on retailers."
    assert _deadlines(text, date(2026, 4, 2)) == []


def test_mid_month_gives_no_made_up_day() -> None:
    # a day made up for "mid-July" would read as a moved deadline once the real day is told
    text = "Washington gave Beijing until mid-July to lift its curbs, after which US duties rise."
    assert [f.date for f in _deadlines(text, date(2026, 6, 1))] == []


def test_a_day_of_the_month_alone_is_the_next_such_day() -> None:
    text = "The pause on US levies on Chinese tyres ends on the 4th, officials said."
    assert [f.date for f in _deadlines(text, date(2026, 6, 20))] == [date(2026, 7, 4)]


def test_an_ordinal_of_something_else_is_no_date() -> None:
    text = "The US tariffs on Chinese tyres were discussed on the 4th floor of the ministry."
    assert _deadlines(text, date(2026, 6, 20)) == []


def test_in_n_days_counts_from_publication() -> None:
    text = "Higher US tariffs on Chinese drones will take effect in 21 days, the order says."
    assert [f.date for f in _deadlines(text, date(2026, 6, 1))] == [date(2026, 6, 22)]


def test_days_counted_from_something_else_are_no_date() -> None:
    text = "Higher US tariffs on Chinese drones will take effect within 21 days of the ruling."
    assert _deadlines(text, date(2026, 6, 1)) == []


def test_a_licence_for_exports_to_a_named_market_is_the_home_market_s() -> None:
    text = "Under the rule, licences will be needed for exports of lidar to China from May 4."
    facts = _deadlines(text, date(2026, 4, 1))
    assert [(f.date, f.imposer, f.target, f.measure) for f in facts] == [
        (date(2026, 5, 4), "US", "China", "export_controls")
    ]


def test_a_date_set_as_a_measure_s_end() -> None:
    text = "Beijing on Monday set June 8 as the end of its waiver of port fees on US tankers."
    facts = _deadlines(text, date(2026, 4, 6))
    assert [(f.date, f.status, f.imposer, f.target, f.measure) for f in facts] == [
        (date(2026, 6, 8), Status.ANNOUNCED, "China", "US", "port_fees")
    ]
    assert facts[0].what.endswith("lifting ends")


def test_a_date_set_as_something_else_s_start_is_no_deadline() -> None:
    text = "The US set June 8 as the start of the next round of talks with China."
    assert _deadlines(text, date(2026, 4, 6)) == []


def test_a_date_only_weighed_as_a_measure_s_end_is_speculated() -> None:
    text = "Officials could set June 8 as the end of the tariff truce with China."
    assert {f.status for f in _deadlines(text, date(2026, 4, 6))} == {Status.SPECULATED}


def test_a_purchase_commitment_ends_on_its_date() -> None:
    text = "Beijing pledged to buy 9 million tonnes of American wheat by the end of the year."
    facts = _deadlines(text, date(2026, 5, 1))
    assert [(f.date, f.imposer, f.target, f.measure) for f in facts] == [
        (date(2026, 12, 31), "China", "US", "purchases")
    ]


def test_a_purchase_with_no_buyer_country_is_no_commitment() -> None:
    text = "The retailer agreed to buy a Chinese toy maker by Sept. 30, its filing said."
    assert _deadlines(text, date(2026, 5, 1)) == []


def test_a_purchase_only_weighed_is_no_commitment() -> None:
    text = "China may buy more US wheat by Sept. 30, traders said."
    assert _deadlines(text, date(2026, 5, 1)) == []


def test_on_that_day_takes_the_date_of_the_sentence_before() -> None:
    text = (
        "Traders have circled April 20. On that day, Beijing's new duties on US pork will "
        "take effect, the ministry said."
    )
    facts = _deadlines(text, date(2026, 4, 1))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 4, 20), "China", "US")]


def test_that_day_after_two_dates_is_not_guessed() -> None:
    text = (
        "Talks run from April 20 to April 24. On that day, Beijing's new duties on US pork "
        "will take effect."
    )
    assert _deadlines(text, date(2026, 4, 1)) == []
