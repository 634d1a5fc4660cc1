"""Which measure a date belongs to, and whose it is: a passive obligation is owed by its subject
(with no measure, no deadline); a pause on one side's levies is imposed by that side; a licence for
exports to a named market is the home market's; a date set as a measure's end (not as something
else's start); a purchase commitment ends on its date (with no buyer country, or only weighed,
none); "the rules take effect" dates the export controls before, and controls on chipmaking tools
are export controls; a ceasefire is no trade truce; a measure noun or an increase opening the next
sentence is the measure before, with its period and parties; a measure on imports from every origin
targets all, and a country left out of a measure on many is no party (one among the many is still
the target).

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


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


def test_a_ceasefire_is_no_trade_truce_for_the_pair_named_elsewhere() -> None:
    text = (
        "The ceasefire in Sudan expires on Nov. 4. "
        "US and Chinese negotiators will meet in Geneva next week."
    )
    assert not any(f.date == date(2025, 11, 4) for f in _deadlines(text, date(2025, 10, 20)))
    twin = "The truce expires on Nov. 4. US and Chinese negotiators will meet in Geneva next week."
    assert any(f.date == date(2025, 11, 4) for f in _deadlines(twin, date(2025, 10, 20)))


def test_a_measure_noun_opening_the_next_sentence_takes_its_period_and_parties() -> None:
    text = (
        "Beijing said it would waive for six months its levy on American sorghum. The waiver, "
        "approved by the cabinet, begins on March 2."
    )
    live = _live(text, date(2026, 2, 20))
    assert (date(2026, 3, 2), "China", "US") in live
    assert (date(2026, 9, 2), "China", "US") in live


def test_an_increase_opening_the_next_sentence_is_the_measure_before() -> None:
    text = (
        "The US said it would raise its tariff on Chinese furniture. The increase takes effect "
        "on June 15."
    )
    assert _live(text, date(2026, 6, 1)) == [(date(2026, 6, 15), "US", "China")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a rate between the noun and its goods, no origin: every origin
        (
            "The US and China traded barbs. Beijing imposed duties of 30% on imports of pork "
            "beginning March 1.",
            ("China", "all"),
        ),
        (
            "A US tariff of 100% on imported furniture from all countries takes effect on March 1.",
            ("US", "all"),
        ),
        # near-misses: an origin named
        (
            "The US and China traded barbs. Beijing imposed duties of 30% on imports of US pork "
            "beginning March 1.",
            ("China", "US"),
        ),
        (
            "China will impose duties of 30% on pork from the United States from March 1.",
            ("China", "US"),
        ),
    ],
)
def test_a_measure_on_every_origin_targets_all(text: str, parties: tuple[str, str]) -> None:
    assert _live(text, date(2026, 2, 25)) == [(date(2026, 3, 1), *parties)]


@pytest.mark.parametrize(
    "text",
    [
        "Higher US duties on 60 countries start on Aug. 7; China was spared.",
        "Higher US duties on 60 countries except China start on Aug. 7.",
        "US tariffs on dozens of trading partners start on Aug. 7, but Chinese goods are exempt.",
    ],
)
def test_a_country_left_out_of_a_measure_on_many_is_no_party(text: str) -> None:
    facts = _deadlines(text, date(2025, 8, 4))
    assert facts
    assert all("China" not in (f.imposer, f.target) for f in facts)


def test_a_country_among_the_many_is_still_the_target() -> None:
    text = "Higher US duties on 60 countries, including China, start on Aug. 7."
    assert _live(text, date(2025, 8, 4)) == [(date(2025, 8, 7), "US", "China")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a verb of prohibiting with a flow of trade as its object names a ban, and a
        # year-less date told forward is the next such day; a ban on exports is an export
        # control, whose frame gives the deadline (`deadlines._control_deadlines`)
        (
            "The Commerce Department will bar the import of new Chinese-made routers from "
            "January 1, widening the trade fight.",
            date(2026, 3, 10),
            (date(2027, 1, 1), "ban", "US", "China"),
        ),
        (
            "Beijing will prohibit exports of gallium to American buyers from Dec. 1, the trade "
            "ministry said.",
            date(2025, 11, 3),
            (date(2025, 12, 1), "export_controls", "China", "US"),
        ),
        (
            "In a new trade escalation, Washington will ban imports of Chinese-made lidar sensors "
            "starting June 30.",
            date(2026, 5, 2),
            (date(2026, 6, 30), "ban", "US", "China"),
        ),
    ],
)
def test_a_verb_of_prohibiting_a_trade_flow_names_a_ban(
    text: str, published: date, expected: tuple[date, str, str, str]
) -> None:
    (found,) = _deadlines(text, published)
    assert (found.date, found.measure, found.imposer, found.target) == expected
    assert found.status is Status.ANNOUNCED


def test_a_verb_of_prohibiting_something_else_names_no_ban() -> None:
    """ "barred the sale of the group's offices": a sale is no flow of trade."""
    text = "A court barred the sale of the trade group's offices from March 3, the judge ruled."
    assert not _deadlines(text, date(2026, 2, 20))


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will remove its 15 per cent counter-tariffs on US pork and beef on May 4.",
        "The United States will lift its 25 per cent duty on Chinese forklifts on May 4.",
    ],
)
def test_a_rate_written_per_cent_in_the_object_of_an_act(text: str) -> None:
    """ "will remove its 15 per cent counter-tariffs ... on May 4": "15 per cent" is one word."""
    got = [f for f in extract_facts(text, published=date(2026, 3, 1)) if isinstance(f, Deadline)]
    assert [(f.date, f.status) for f in got] == [(date(2026, 5, 4), Status.ANNOUNCED)]
