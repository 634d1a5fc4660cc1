"""A deadline moved: an extension "by N days" from a date ends that many days on (counted from the
end stated before; with no end in the text, no date), a suspension for days from a date still
starts then, and the end an extension moves is `suspended`; a move only weighed moves nothing; a
named deadline moved by weeks, or an end extended by months in words, gets its new date; a start or
an end moved to a date is the new start or end, and the date a move left is not the measure's; a
move by days of something else keeps the end; a split "push ... back" moves the measure it takes as
object, however many words long, while pushing people back moves nothing.

Every sentence here is written for the test (none is copied from an article). Each test gives its
publication day.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}
_DUE = "The tariff truce between the US and China was due to expire on Aug. 12. "


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


def _dated(text: str, published: date) -> list[tuple[date | None, Status]]:
    return [(f.date, f.status) for f in _deadlines(text, published)]


def _described(text: str, published: date) -> list[tuple[date | None, str]]:
    return [(f.date, f.what.rsplit(": ", 1)[-1]) for f in _deadlines(text, published)]


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


def test_a_move_weighed_leaves_the_deadline_standing() -> None:
    text = "Officials could extend the Feb. 2 deadline for the tariffs on Chinese goods."
    facts = _deadlines(text, date(2025, 12, 1))
    assert any(f.date == date(2026, 2, 2) and f.status is Status.ANNOUNCED for f in facts)


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


def test_a_named_deadline_moved_by_weeks_gets_its_new_date() -> None:
    text = "The White House delayed the May 4 deadline for Chinese steel duties by three weeks."
    assert _dated(text, date(2026, 4, 30)) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 5, 25), Status.ANNOUNCED),
    ]


def test_an_end_extended_by_months_in_words_moves_on_that_long() -> None:
    text = (
        "The US-China tariff pause ends on May 4. Both capitals extended the pause by two months."
    )
    assert _dated(text, date(2026, 4, 30)) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 7, 4), Status.ANNOUNCED),
    ]


def test_a_start_moved_to_a_date_is_the_new_start() -> None:
    text = "The US deferred the start of its port fees on Chinese-owned vessels to Oct. 14."
    assert _described(text, date(2026, 9, 2)) == [(date(2026, 10, 14), "take effect")]


def test_the_date_a_move_left_is_not_the_measure_date() -> None:
    text = (
        "Washington moved up the start of its export curbs on Chinese drones to May 4 from July 6."
    )
    assert _described(text, date(2026, 4, 2)) == [(date(2026, 5, 4), "take effect")]


def test_an_end_moved_to_a_date_stays_an_end() -> None:
    text = "The US prolonged its exemptions for Chinese medical gloves to Sept. 30."
    assert _described(text, date(2026, 4, 2)) == [(date(2026, 9, 30), "end")]


@pytest.mark.parametrize(
    "text",
    [
        "The US pushed its truce with China back to Nov. 10.",
        "Washington pushed the start of its higher tariffs on Chinese goods back to Nov. 10.",
    ],
)
def test_a_split_push_back_moves_the_measure(text: str) -> None:
    assert _live(text, date(2025, 8, 11)) == [(date(2025, 11, 10), "US", "China")]


def test_pushing_people_back_moves_nothing() -> None:
    assert (
        _live("China pushed its negotiators back to the table on Monday.", date(2025, 8, 11)) == []
    )


def test_a_split_push_back_by_a_length_moves_the_named_deadline() -> None:
    """The verb's object may be several words long ("pushed the September 2 tariff deadline on
    Chinese goods back by two weeks"): the old date is suspended, the new one announced."""
    text = "The US pushed the September 2 tariff deadline on Chinese goods back by two weeks."
    facts = _deadlines(text, date(2025, 8, 28))
    assert [(f.status, f.date) for f in facts] == [
        (Status.SUSPENDED, date(2025, 9, 2)),
        (Status.ANNOUNCED, date(2025, 9, 16)),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "from <old> to <new>" after a move: the old end is a deadline pushed back
        (
            "Washington pushed back the end of its tariff exemptions for Chinese graphite from "
            "March 15 to Sept. 15.",
            date(2026, 3, 1),
            [(date(2026, 3, 15), Status.SUSPENDED), (date(2026, 9, 15), Status.ANNOUNCED)],
        ),
        # a "was due to" end its own sentence says a move replaced
        (
            "Beijing will keep its 15% duty on US pork suspended for another six months, after a "
            "pause that was due to lapse on Dec. 1 was prolonged.",
            date(2025, 11, 25),
            [(date(2025, 12, 1), Status.SUSPENDED)],
        ),
        # a move governing a relative clause whose old end is superseded, the new end year-less
        (
            "The USTR extended its exclusions for Chinese pumps, which had been set to lapse on "
            "Aug. 31, until Feb. 28.",
            date(2026, 8, 20),
            [(date(2026, 8, 31), Status.SUSPENDED), (date(2027, 2, 28), Status.ANNOUNCED)],
        ),
        # a plan told in the past, a later sentence moving it
        (
            "The tariff truce with China was set to end on June 2. On Monday, the White House "
            "extended the truce to Dec. 2.",
            date(2026, 5, 28),
            [(date(2026, 6, 2), Status.SUSPENDED), (date(2026, 12, 2), Status.ANNOUNCED)],
        ),
    ],
)
def test_the_end_a_move_replaced_is_pushed_back(
    text: str, published: date, expected: list[tuple[date, Status]]
) -> None:
    """The labels' rule: an end a move replaced is a deadline pushed back (suspended), the
    new one announced; a range or a date brought forward gives no suspended end."""
    facts = _deadlines(text, published)
    assert sorted((f.date, f.status) for f in facts if f.date) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The US-China truce runs from May 14 to Aug. 12.", date(2025, 6, 1)),
        (
            "Washington extended the truce with Beijing, which runs from May 14 to Aug. 12.",
            date(2025, 6, 1),
        ),
        (
            "Washington brought forward the start of its fees on Chinese ships from June 1 to "
            "April 2.",
            date(2026, 3, 1),
        ),
    ],
)
def test_a_range_or_a_date_brought_forward_is_not_pushed_back(text: str, published: date) -> None:
    """A plain range, a range in a relative clause after a move, a move earlier: no end
    pushed back."""
    assert all(f.status is not Status.SUSPENDED for f in _deadlines(text, published))


@pytest.mark.parametrize(
    ("text", "published", "new"),
    [
        # "by <length> to <date>": the length of the move, then its new date (not a period
        # counted from the date)
        (
            "Beijing prolonged its waiver of the 15% levy on US ethane by six months to "
            "Jan. 31, 2027.",
            date(2026, 7, 20),
            date(2027, 1, 31),
        ),
        (
            "The USTR extended the exclusions for Chinese medical masks, which had been due to "
            "lapse on Aug. 31, by a year to Aug. 31, 2027.",
            date(2026, 8, 10),
            date(2027, 8, 31),
        ),
    ],
)
def test_a_move_by_a_length_to_a_date_gives_the_new_date(
    text: str, published: date, new: date
) -> None:
    facts = _deadlines(text, published)
    assert (new, Status.ANNOUNCED) in [(f.date, f.status) for f in facts]


@pytest.mark.parametrize(
    ("text", "published", "old", "new"),
    [
        # a state held in the past perfect up to a date, then a later "until" date: the old
        # end is pushed back
        (
            "Beijing's tariffs on US pork, which had been waived until Dec. 31, will now be "
            "waived until June 30.",
            date(2026, 11, 5),
            date(2026, 12, 31),
            date(2027, 6, 30),
        ),
        (
            "Washington's duties on Chinese graphite had been paused until March 1, 2027; they "
            "will now stay paused until Sept. 1, 2027.",
            date(2027, 2, 10),
            date(2027, 3, 1),
            date(2027, 9, 1),
        ),
    ],
)
def test_a_state_held_until_an_old_date_then_a_later_one(
    text: str, published: date, old: date, new: date
) -> None:
    told = sorted((f.date, f.status) for f in _deadlines(text, published))
    assert (old, Status.SUSPENDED) in told
    assert (old, Status.ANNOUNCED) not in told
    # (the new end after "; they will now stay paused until" is not read yet: the pronoun)
    assert all(day in (old, new) for day, _ in told)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the old end in its own sentence
        (
            "Beijing's pause on its extra duties on US farm goods will now run until March 3. "
            "The pause had been scheduled to lapse on December 10.",
            date(2026, 12, 4),
            [(date(2027, 3, 3), Status.ANNOUNCED), (date(2026, 12, 10), Status.SUSPENDED)],
        ),
        (
            "Washington extended its port-fee truce with China to June 30, 2027. The truce had "
            "been slated to end on January 5.",
            date(2026, 12, 4),
            [(date(2027, 6, 30), Status.ANNOUNCED), (date(2027, 1, 5), Status.SUSPENDED)],
        ),
    ],
)
def test_pluperfect_schedule_is_the_superseded_end(
    text: str, published: date, expected: list[tuple[date | None, Status]]
) -> None:
    """ "had been scheduled/slated to lapse on D": the end the measure had before a move, not
    the one it has now (bench/README.md, convention 2)."""
    assert [d for d in _dated(text, published) if d[1] in _LIVE] == expected


def test_present_schedule_is_still_the_end() -> None:
    text = "Beijing's pause on its extra duties on US farm goods is scheduled to lapse on March 3."
    assert _dated(text, date(2026, 12, 4)) == [(date(2027, 3, 3), Status.ANNOUNCED)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a dated one read in the autumn: the old end is next year's, before the new end
        (
            "Washington extended its exclusions for Chinese filters until July 31, 2027. They "
            "had been set to expire on February 28.",
            date(2026, 10, 6),
            [(date(2027, 7, 31), Status.ANNOUNCED), (date(2027, 2, 28), Status.SUSPENDED)],
        ),
    ],
)
def test_superseded_end_with_no_year_precedes_the_new_end(
    text: str, published: date | None, expected: list[tuple[date | None, Status]]
) -> None:
    facts = [
        (f.date, f.status)
        for f in extract_facts(text, published=published)
        if isinstance(f, Deadline) and f.status in _LIVE
    ]
    assert facts == expected


def test_superseded_end_with_its_year_keeps_it() -> None:
    text = (
        "Washington extended its exclusions for Chinese filters until July 31, 2027. They had "
        "been set to expire on February 28, 2026."
    )
    facts = [(f.date, f.status) for f in _deadlines(text, date(2026, 10, 6))]
    assert (date(2026, 2, 28), Status.SUSPENDED) in facts


def test_superseded_end_of_an_undated_article_precedes_the_new_end() -> None:
    """Read on its run day, long after it was written, an undated article's year-less old end
    takes the year before the new end, not the run's next one."""
    text = (
        "The USTR has extended its Section 301 exclusions for 90 Chinese products, this time "
        "through June 30, 2026. The exclusions, which cover some pump parts, had been set to "
        "expire on March 31."
    )
    facts = extract_facts(text, published=date(2026, 12, 1), undated=True)
    old = [f.date for f in facts if isinstance(f, Deadline) and f.status is Status.SUSPENDED]
    assert old == [date(2026, 3, 31)]


def test_superseded_end_before_one_of_several_ends_keeps_its_year() -> None:
    """An article may tell of another end of the same measure a year on: the old end already
    lies before the new end it was moved to, and keeps its year."""
    text = (
        "USTR said on Friday it would extend its exclusions from tariffs on Chinese pumps, "
        "which had been set to lapse on June 30, until Dec. 31. Separately, the increase in "
        "the tariff on Chinese wafers takes effect on August 1, 2027."
    )
    facts = [(f.date, f.status) for f in _deadlines(text, date(2026, 6, 26))]
    assert (date(2026, 6, 30), Status.SUSPENDED) in facts
