"""Deadlines whose measure or date is given indirectly: by a verb, by a word pointing back, by a
weekday, by a schedule's list item; and dates that look like deadlines but are history, another
pair's, or when something was said.

Each sentence below is written for the test; the word classes live in the `deadline:` section
of watcher/facts/extract/data/lexicon.yaml.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.dates import find_dates
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2025, 10, 20)  # a Monday


def _deadlines(text: str, published: date | None = PUB) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _dated(text: str, published: date | None = PUB) -> list[tuple[date | None, str | None]]:
    return [(f.date, f.measure) for f in _deadlines(text, published)]


def test_abbreviation_does_not_end_the_clause() -> None:
    """ "U.S. tankers" keeps the measure noun in the clause of the cue."""
    text = "Beijing will collect port charges on U.S. tankers starting December 2."
    assert _dated(text) == [(date(2025, 12, 2), "port_fees")]


def test_change_verb_is_a_start_cue() -> None:
    text = "Duties on Chinese drones will increase to 40% on January 12."
    assert _dated(text) == [(date(2026, 1, 12), "tariff")]


def test_pronoun_points_back_to_the_previous_measure() -> None:
    text = (
        "Washington set the new tariff on Chinese wafers at zero for now. "
        "This will rise on March 1, 2027 to a level still to be decided."
    )
    assert _dated(text) == [(date(2027, 3, 1), "tariff")]


def test_extension_points_back_to_the_measure_it_extends() -> None:
    text = (
        "Beijing postponed its ban on gallium sales to American buyers. "
        "The minister gave no reason. "
        "The extension runs through May 5."
    )
    assert _dated(text, date(2026, 2, 1)) == [(date(2026, 5, 5), "ban")]


def test_pronoun_inside_a_clause_points_elsewhere() -> None:
    text = (
        "The US tariff on Chinese phones is 20%. "
        "A phone maker said it will start assembly in Texas from March 2."
    )
    assert _deadlines(text) == []


def test_change_verb_needs_its_measure_before_it() -> None:
    """What rises or falls is the verb's subject, not a measure named after the date."""
    assert _deadlines("Shares fell on October 9 after new US tariffs on Chinese steel.") == []


def test_pointing_back_needs_an_earlier_measure() -> None:
    assert _deadlines("The US and China met in Rome. This runs through May 5.") == []


def test_verb_names_the_measure_of_a_numbered_document() -> None:
    text = (
        "China's commerce ministry tightened its licensing requirements for US chip buyers. "
        "A week later it went further by suspending Section 3 of Announcement No. 15 until "
        "June 30, 2026."
    )
    assert _dated(text) == [(date(2026, 6, 30), "suspension")]


def test_weekday_confirmed_by_a_calendar_date_of_the_article() -> None:
    text = (
        "On October 17, China said it would pause its port fees on US ships. "
        "The suspension of the fees took effect at 9:00 a.m. on Monday."
    )
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (PUB, Status.HAPPENED)


def test_weekday_alone_is_not_enough_in_an_undated_article() -> None:
    """Without a calendar date near it, the weekday of an undated article may be resolved
    against the day the article was read rather than the day it was written."""
    text = "The suspension of the port fees on US ships took effect on Monday."
    facts = extract_facts(text, published=PUB, undated=True)
    assert [f for f in facts if isinstance(f, Deadline)] == []


def test_weekday_told_as_passed_in_a_dated_article() -> None:
    """A dated article pins a weekday of the week before to one day (bench/README.md,
    convention 1): "took effect on Monday", "expired on Thursday" are facts, as happened."""
    text = "The suspension of the port fees on US ships took effect on Monday."
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (PUB, Status.HAPPENED)
    text = "China's one-year pause on its extra tariffs on American farm goods expired on Thursday."
    [fact] = _deadlines(text)
    assert (fact.date, fact.status) == (date(2025, 10, 16), Status.HAPPENED)


def test_passed_weekday_with_a_condition_is_not_pinned() -> None:
    text = "The pause on US port fees ended on Thursday if the notice is to be believed."
    assert _deadlines(text) == []


def test_date_of_a_chronology_entry_is_history() -> None:
    text = (
        "On February 3, 2025, Washington raised its tariff on Chinese steel, effective February 10."
    )
    assert _deadlines(text) == []
    assert _dated(text, date(2025, 2, 4)) == [(date(2025, 2, 10), "tariff")]


def test_sentence_year_resolves_a_year_less_date() -> None:
    text = "On February 3, 2025, Washington raised its tariff, effective February 10."
    assert [d.value for d in find_dates(text, PUB)] == [date(2025, 2, 3), date(2025, 2, 10)]


def test_other_countries_measure_is_not_the_pair_s() -> None:
    text = (
        "The US truce with China holds, but higher US duties on every other country's goods "
        "take effect on November 3."
    )
    [fact] = _deadlines(text)
    assert fact.date == date(2025, 11, 3)
    assert fact.target == "all"


def test_weekday_of_a_statement_is_not_a_deadline() -> None:
    text = (
        "The tariff truce between the US and China will outlast its November 30 deadline, "
        "the trade representative predicted Thursday."
    )
    assert [f.date for f in _deadlines(text)] == [date(2025, 11, 30)]


def test_relative_day_in_reported_words_is_relative_to_when_said() -> None:
    text = '"The levies start tomorrow," the minister said on Friday.'
    dates = find_dates(text, date(2025, 10, 18))  # a Saturday
    assert [d.value for d in dates] == [date(2025, 10, 18), date(2025, 10, 17)]


def test_day_a_period_is_counted_from_is_not_a_start() -> None:
    assert _deadlines("US duties on Chinese cranes apply 30 days from today.") == []


def test_schedule_list_items_are_steps_of_the_measure() -> None:
    """The first list item is the schedule's next step; the later ones continue the same
    schedule and are no deadline of their own (i10-deadline14, bench/HISTORY.md)."""
    text = (
        "Chinese port fees on US-owned ships will climb every year:\n"
        " \u2022 May 1, 2026 \u2192 500 yuan\n"
        " \u2022 May 1, 2027 \u2192 700 yuan\n"
    )
    assert _dated(text) == [(date(2026, 5, 1), "port_fees")]


def test_schedule_list_items_keep_the_parties_of_the_measure_they_continue() -> None:
    """The list items continue the last dated measure: its owner, not the pair of the sentence
    just before them in the order it names them ("The US said ... with China")."""
    text = (
        "Starting November 3, 2025, Chinese ports will levy 300 yuan per net ton on US-owned "
        "vessels. The US said the fee breaks a deal with China. The fee will climb every year:\n"
        " \u2022 May 1, 2026 \u2192 500 yuan\n"
    )
    steps = [f for f in _deadlines(text) if f.date == date(2026, 5, 1)]
    assert [(f.imposer, f.target) for f in steps] == [("China", "US")]


def test_schedule_item_needs_an_earlier_measure() -> None:
    assert _deadlines("Prices of cars:\n \u2022 May 1, 2026 \u2192 500 yuan\n") == []


def test_the_exporter_restricts_exports_to_the_destination() -> None:
    """ "licensing rule on chip exports to China": the US restricts, China is the target (the
    destination taxes goods only under a tariff)."""
    (fact,) = _deadlines("The US licensing rule on chip exports to China applies from December 1.")
    assert (fact.imposer, fact.target, fact.date) == ("US", "China", date(2025, 12, 1))


def test_a_period_starting_on_a_date_starts_the_measure() -> None:
    """ "for a year starting November 10": the suspension's period starts on the date (unlike
    "21 days from November 10", a period counted from it), and ends a year on (i10-deadline9:
    a window stated as a length gives its end, which plain arithmetic gives, as a deadline)."""
    text = "Seoul will suspend its tariff on US goods for a year starting November 10."
    assert [(f.date, f.imposer, f.target) for f in _deadlines(text)] == [
        (date(2025, 11, 10), "South Korea", "US"),
        (date(2026, 11, 10), "South Korea", "US"),
    ]
    assert _deadlines("The US tariff on Korean goods rises 21 days from November 10.") == []


def test_a_tariff_date_without_an_imposer_is_the_us_on_others_goods() -> None:
    """ "Tariffs of 100% on Korean goods kick in on November 1": the US levies them, as a
    rate with no named imposer; a tariff on US goods keeps its imposer open."""
    (fact,) = _deadlines("Tariffs of 100% on Korean goods would kick in on November 1.")
    assert (fact.imposer, fact.target, fact.date) == ("US", "South Korea", date(2025, 11, 1))
    (other,) = _deadlines("Tariffs on US goods will take effect on November 1.")
    assert (other.imposer, other.target) == (None, "US")


def test_beginning_to_levy_a_measure_on_a_date_starts_it() -> None:
    """ "will begin collecting port fees on Korean-built ships on Nov. 3": the measure stands
    between the verb of starting and the date; collecting data on a Monday is no measure."""
    (fact,) = _deadlines("The US will begin collecting port fees on Korean-built ships on Nov. 3.")
    assert (fact.imposer, fact.target, fact.date, fact.measure) == (
        "US",
        "South Korea",
        date(2025, 11, 3),
        "port_fees",
    )
    assert _deadlines("Officials began collecting data on Korean imports on Monday.") == []


def test_a_verb_acting_on_a_measure_dates_it_with_on() -> None:
    """ "will lift its duties on Canadian pork on March 2": the verb, its measure, then "on" and
    the date; a lifting verb makes the date the measure's stop."""
    (fact,) = _deadlines("Ottawa will lift its duties on Chinese canola on March 2.")
    assert (fact.imposer, fact.target, fact.date, fact.measure) == (
        "Canada",
        "China",
        date(2026, 3, 2),
        "tariff",
    )
    assert "lifted" in fact.what
    (raised,) = _deadlines("Mexico will raise its levies on Chinese cars from January 5.")
    assert (raised.date, raised.measure, raised.status) == (
        date(2026, 1, 5),
        "tariff",
        Status.ANNOUNCED,
    )


def test_a_verb_acting_on_something_else_or_in_the_past_dates_no_measure() -> None:
    """An act on a list or a recounted step ("imposed ... on April 2") is not a new date."""
    assert _deadlines("The ministry will publish a list of tariffs on US goods on Friday.") == []
    assert _deadlines("Washington imposed tariffs on Mexican steel on April 2.") == []
    text = "The duties answer the US decision to raise the levy on Canadian lumber on October 6."
    assert _deadlines(text) == []  # dated before publication: a recounted step


def test_a_change_to_a_fee_per_ton_is_a_start_cue() -> None:
    """ "will climb to $90 a net ton on March 1": a level in money per unit, like a percentage."""
    text = "The US port charge on Chinese-built carriers will climb to $90 a net ton on March 1."
    assert _dated(text) == [(date(2026, 3, 1), "port_fees")]


def test_a_sentence_opening_with_its_date_takes_the_edge_from_its_verb() -> None:
    """ "On March 31, the truce lapses": the date opens the sentence and the verb of the clause
    after it ends, starts or acts on the measure."""
    assert _dated("On March 31, the tariff truce between Canada and China lapses.") == [
        (date(2026, 3, 31), "truce")
    ]
    (fact,) = _deadlines("On December 4, Mexico will remove its duties on Chinese textiles.")
    assert (fact.date, fact.measure, fact.imposer, fact.target) == (
        date(2025, 12, 4),
        "tariff",
        "Mexico",
        "China",
    )
    assert "lifted" in fact.what


def test_an_opening_date_of_a_statement_or_an_event_is_no_deadline() -> None:
    """The date of what someone said, or of a meeting, opens the sentence: no measure's date."""
    text = "On November 4, Ottawa said its duties on Chinese steel would start soon."
    assert _deadlines(text) == []
    assert _deadlines("On November 4, trade ministers met in Seoul to discuss tariffs.") == []
    # a weekday opening the sentence is mostly the day of the news told, not a measure's date
    text = (
        "Ottawa confirmed the plan on October 17. "
        "On Friday, Ottawa is set to remove its duties on Chinese steel."
    )
    assert _deadlines(text) == []


def test_a_measure_named_after_a_leading_date_is_lifted_by_the_verb_before_it() -> None:
    """ "From January 8, Ottawa will suspend its levies on ...": the date, then the verb that
    lifts the measure, then the measure."""
    (fact,) = _deadlines("From January 8, Ottawa will suspend its levies on Chinese electric cars.")
    assert (fact.date, fact.measure) == (date(2026, 1, 8), "tariff")
    assert "lifted" in fact.what


def test_extended_beyond_a_date_names_the_current_end() -> None:
    text = (
        "Chinese duties on US farm goods will return unless the truce is extended beyond March 9."
    )
    assert _dated(text) == [(date(2026, 3, 9), "truce")]


def test_a_weekday_opening_its_sentence_takes_the_tense_of_the_clause_after() -> None:
    """ "On Friday, Ottawa is set to ...": the coming Friday; "On Friday, Ottawa said ...
    will": the Friday just past, when it was said; "On Friday, Ottawa raised ...": past."""
    monday = date(2025, 10, 20)
    for text, day in (
        ("On Friday, Ottawa is set to raise its steel duties.", date(2025, 10, 24)),
        ("On Friday, Ottawa said it will raise its steel duties.", date(2025, 10, 17)),
        ("On Friday, Ottawa raised its steel duties.", date(2025, 10, 17)),
    ):
        [found] = find_dates(text, monday)
        assert found.value == day, text


def test_removing_exceptions_to_a_tariff_lifts_the_exceptions() -> None:
    """ "remove the exceptions to its steel tariffs" ends the exceptions, not the tariffs."""
    text = "On November 3, Ottawa will remove the exceptions to its steel tariffs."
    [fact] = _deadlines(text)
    assert (fact.date, fact.measure) == (date(2025, 11, 3), "exclusions")


def test_the_measure_s_own_words_give_its_parties_before_the_sentence_s() -> None:
    """The sentence's first subject is not always the measure's owner: the words of the measure
    ("tariffs on Mexico", "the levy on Canadian lumber") place the target, and the other side
    is the imposer."""
    text = (
        "If Mexico keeps its duties, the US will impose tariffs on Mexico of 30%, "
        "effective December 1."
    )
    [fact] = [f for f in _deadlines(text) if f.date == date(2025, 12, 1)]
    assert (fact.imposer, fact.target) == ("US", "Mexico")
    text = (
        "The Canadian duties, announced on Friday, answer the US decision to raise the levy on "
        "Canadian lumber to 30% on November 14."
    )
    [fact] = _deadlines(text)
    assert (fact.date, fact.imposer, fact.target) == (date(2025, 11, 14), "US", "Canada")


@pytest.mark.parametrize(
    "text",
    [
        "Canada's surtax on US steel becomes effective on November 4.",
        "Ottawa will apply a surcharge on Chinese steel from November 4.",
    ],
)
def test_a_surtax_or_surcharge_is_a_tariff_measure(text: str) -> None:
    """ "surtax" and "surcharge" name a tariff, as "duty" and "levy" do."""
    assert _dated(text) == [(date(2025, 11, 4), "tariff")]


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said its surtax on Chinese steel will go ahead on November 4 as planned.",
        "The duties on Chinese steel, scheduled for November 4, will hit builders hardest.",
        "Mexico's levy on Chinese cars set for November 4 was confirmed by the ministry.",
    ],
)
def test_going_ahead_or_scheduled_for_a_date_starts_the_measure(text: str) -> None:
    """ "will go ahead on <date>", "scheduled for <date>", "set for <date>": a start cue."""
    assert _dated(text) == [(date(2025, 11, 4), "tariff")]


def test_an_event_scheduled_for_a_date_is_no_deadline() -> None:
    """ "Talks scheduled for <date>": the nearest noun is an event's."""
    assert _dated("Talks on the duties scheduled for November 4 were moved to Geneva.") == []


def test_a_clock_word_may_stand_between_the_cue_and_the_date() -> None:
    """ "went into effect at midnight on <date>": midnight is filler like "12:01 a.m."."""
    text = "Canada's duties on Chinese steel went into effect at midnight on October 14."
    assert _dated(text) == [(date(2025, 10, 14), "tariff")]


@pytest.mark.parametrize(
    "text",
    [
        "The duty increase on Chinese steel scheduled for November 4 was cancelled on Friday.",
        "Ottawa shelved the surtax on Chinese steel due on November 4.",
    ],
)
def test_a_measure_called_off_has_no_date(text: str) -> None:
    """A start that a clause calls off ("was cancelled", "shelved") will not come."""
    assert _dated(text) == []


def test_calling_off_something_else_in_another_clause_keeps_the_date() -> None:
    """ "threatened to cancel the deal, and tariffs will rise on <date>": another clause's."""
    text = "Ottawa threatened to cancel the pact, and duties on Chinese steel rise on November 4."
    assert _dated(text) == [(date(2025, 11, 4), "tariff")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Ottawa's ban on steel exports to Mexico, in force since May, is suspended until "
            "November 4.",
            ("Canada", "Mexico"),
        ),
        ("Mexico said Canada's surtax on Mexican steel ends on November 4.", ("Canada", "Mexico")),
    ],
)
def test_a_possessive_before_the_measure_names_its_imposer(
    text: str, sides: tuple[str, str]
) -> None:
    """ "<Country>'s ban on ... to <other>": the owner imposes, whoever the sentence's subject."""
    (found,) = _deadlines(text)
    assert (found.imposer, found.target) == sides


def test_a_possessive_after_a_preposition_is_not_the_measure_s_owner() -> None:
    """ "in retaliation to India's tariffs": what the measure answers, not who imposes it."""
    text = (
        "The 25% levy on Indian goods imposed by the US in retaliation to India's tariffs "
        "took effect on October 14."
    )
    (found,) = _deadlines(text)
    assert found.imposer != "India"


def test_a_past_cue_puts_a_year_less_date_before_publication() -> None:
    """ "took effect on March 9" read in November is the March before, not the next one."""
    text = "Canada's duties on Chinese steel took effect on March 9, sending prices higher."
    assert _dated(text, date(2025, 11, 3)) == [(date(2025, 3, 9), "tariff")]


def test_a_future_cue_keeps_the_nearest_year() -> None:
    text = "Canada's duties on Chinese steel will take effect on March 9."
    assert _dated(text, date(2025, 11, 3)) == [(date(2026, 3, 9), "tariff")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ottawa is considering a surtax on Chinese steel that could take effect on November 4.",
            Status.SPECULATED,
        ),
        ("Mexico denied it would impose duties on Chinese cars from November 4.", Status.DENIED),
        (
            "Ottawa warned it may impose duties on Chinese steel from November 4 if talks fail.",
            Status.ANNOUNCED,
        ),
    ],
)
def test_a_dated_measure_takes_the_modality_of_its_clause(text: str, status: Status) -> None:
    """Only weighed: speculated; denied: denied; a threat's date stays the date to beat."""
    assert [f.status for f in _deadlines(text)] == [status]


def test_a_date_only_weighed_does_not_hide_the_firm_one() -> None:
    text = (
        "Analysts said Mexico might impose duties on Chinese cars from November 4. "
        "On Friday, Mexico said its duties on Chinese cars take effect on November 4."
    )
    assert [f.status for f in _deadlines(text)] == [Status.SPECULATED, Status.ANNOUNCED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key dates:\n\u2022 Nov. 10: the US-China tariff truce expires\n"
            "\u2022 Dec. 1: US duties on Chinese solar panels take effect\n",
            [(date(2025, 11, 10), "truce"), (date(2025, 12, 1), "tariff")],
        ),
        (
            "Timeline\nJan. 1 - US duties on Chinese steel rise to 50%\n",
            [(date(2026, 1, 1), "tariff")],
        ),
        (
            "What comes next\n\u25a0 Nov. 10 \u2013 Chinese port fees on US ships resume\n",
            [(date(2025, 11, 10), "port_fees")],
        ),
    ],
)
def test_a_dated_list_item_names_its_own_measure(
    text: str, expected: list[tuple[date, str]]
) -> None:
    """ "\u2022 Nov. 10: the truce expires": the item's verb ends or starts the measure its own
    words name, as after an opening "On Nov. 10,"."""
    assert _dated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Key dates:\n\u2022 Nov. 3: US and Chinese negotiators meet in Geneva\n",
        "Key dates:\n\u2022 Nov. 3: Trump announces new tariffs on Chinese goods\n",
        "Key dates:\n\u2022 Friday: tariff talks resume\n",
        "Key dates:\n\u2022 Nov. 3: Beijing says the port fees are unfair\n",
        "Key dates:\n\u2022 Nov. 3: Chinese exports to the US rise 5%\n",
    ],
)
def test_a_dated_list_item_without_a_measure_s_verb_gives_nothing(text: str) -> None:
    """A meeting, an announcement, a weekday's plan, a statement, a statistic."""
    assert _dated(text) == []


def test_an_opening_date_with_a_change_verb_starts_the_new_level() -> None:
    assert _dated("On Jan. 1, US duties on Chinese steel rise to 50%.") == [
        (date(2026, 1, 1), "tariff")
    ]


@pytest.mark.parametrize("bullet", ["\u2022", "\u00b7", "\u25a0", "-"])
def test_every_list_mark_opens_a_schedule_step(bullet: str) -> None:
    """One set of list marks (sentences.BULLETS) for schedule steps and fact-box lines."""
    text = (
        "Chinese port fees on US-owned ships will climb every year:\n"
        f" {bullet} May 1, 2026 \u2192 500 yuan\n"
    )
    assert _dated(text) == [(date(2026, 5, 1), "port_fees")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # PUB is a Monday: the Friday to come, the attribution after the date
        (
            "The US waiver for Chinese laptops from the 25% levy ends on Friday, the White "
            "House said.",
            date(2025, 10, 24),
        ),
        (
            "China's suspension of port fees on US ships lapses on Thursday, Beijing said.",
            date(2025, 10, 23),
        ),
        (
            "US officials said the exclusions for Chinese solar parts will expire on Wednesday.",
            date(2025, 10, 22),
        ),
        # no speaker: the verb of its end ties the weekday to the measure all the same
        ("The US waiver for Chinese laptops from the 25% levy ends on Friday.", date(2025, 10, 24)),
        (
            "The US-China port-fee truce, which lapses at midnight on Thursday, covers bulk "
            "carriers.",
            date(2025, 10, 23),
        ),
        (
            "Beijing will charge the 15% levy on US pork, starting from Wednesday.",
            date(2025, 10, 22),
        ),
    ],
)
def test_a_reported_end_on_a_weekday_lies_ahead(text: str, when: date) -> None:
    """A measure's end (or start) told in the present or future for a weekday, by a verb of
    its edge or a start cue right before the weekday, with or without a speaker: the weekday
    to come."""
    found = _deadlines(text)
    assert [(f.date, f.status) for f in found] == [(when, Status.ANNOUNCED)], found


@pytest.mark.parametrize(
    "text",
    [
        # told in the past: the weekday behind, history
        "The US waiver for Chinese laptops ended on Friday, the White House said.",
        "The US waiver for Chinese laptops from the 25% levy lapsed on Friday.",
        # a weekday no edge verb or start cue ties to the measure: a talk's day
        "The US waiver for Chinese laptops will be discussed on Friday.",
        # a condition: a threat's date, left as before
        "The US waiver for Chinese laptops ends on Friday if talks fail, the White House said.",
    ],
)
def test_a_weekday_end_without_a_reported_schedule_gives_no_date(text: str) -> None:
    assert [f.date for f in _deadlines(text) if f.date and f.date > PUB] == []


def test_a_start_cue_opening_the_sentence_with_a_weekday_lies_ahead() -> None:
    """ "Starting Friday, ...": the weekday a start cue opens the sentence with is the start
    to come (PUB is a Monday), as a speaker's "will take effect on Friday" is."""
    found = _deadlines("Starting Friday, US tariffs on Chinese steel rise to 50%.")
    assert [(f.date, f.status) for f in found] == [(date(2025, 10, 24), Status.ANNOUNCED)]


@pytest.mark.parametrize(
    "text",
    [
        "Starting Friday, US tariffs on Chinese steel rise to 50% if talks fail.",
        "Starting Friday, the US tariffs on Chinese steel rose to 50%.",
        "Beginning Friday, the talks on tariffs resume.",
    ],
)
def test_a_fronted_weekday_with_a_condition_a_past_or_no_measure_gives_no_date(text: str) -> None:
    assert [f.date for f in _deadlines(text) if f.date and f.date > PUB] == []


def test_a_list_item_s_year_less_date_reads_as_the_coming_one() -> None:
    """ "April 9 - US tariffs ... rise to 125%" in a list read in October is next April's: a
    list of dates is as often what comes next ("Key dates") as what came before ("Timeline"),
    and an item's own words do not tell which. A written year stands."""
    text = (
        "Key dates:\nApril 9 - US tariffs on Chinese goods rise to 125%\n"
        "Nov. 10 - the US-China tariff truce expires\n"
        "April 17, 2026 - US port fees on Chinese ships rise again\n"
    )
    assert _dated(text) == [
        (date(2026, 4, 9), "tariff"),
        (date(2025, 11, 10), "truce"),
        (date(2026, 4, 17), "port_fees"),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a time of day between the verb and a reported weekday to come
        (
            "Beijing's pause on its levies on US chicken expires at midnight on Thursday, the "
            "commerce ministry said.",
            date(2025, 10, 23),
        ),
        (
            "Officials said the higher US duties on Chinese kitchen cabinets would kick in at "
            "12:01 a.m. on Friday.",
            date(2025, 10, 24),
        ),
        (
            "The extra US tariff on Chinese wire takes effect at 00:01 Washington time on "
            "Wednesday, the White House said.",
            date(2025, 10, 22),
        ),
    ],
)
def test_a_time_of_day_before_a_reported_weekday(text: str, due: date) -> None:
    assert [f.date for f in _deadlines(text)] == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "this"/"next" ties a weekday to the week of publication: no calendar date needed
        (
            "The exemption of Chinese toys from the US tariff is due to expire this Thursday.",
            date(2025, 10, 23),
        ),
        # (read on a Monday, "next Tuesday" is the coming one, as dates.resolve_weekday reads it)
        ("China's suspension of its levy on US wheat ends next Tuesday.", date(2025, 10, 21)),
    ],
)
def test_a_weekday_tied_to_the_week_of_publication(text: str, due: date) -> None:
    assert [f.date for f in _deadlines(text)] == [due]


def test_a_moved_plan_after_its_move_is_pushed_back() -> None:
    """The move told first, then the plan it replaced ("... was due to expire this Friday"):
    the old end is a deadline pushed back."""
    text = (
        "Beijing said on Monday it would extend its waiver of tariffs on US ethane to April 30, "
        "2026. The waiver was due to expire this Friday."
    )
    told = sorted((f.date, f.status) for f in _deadlines(text))
    assert told == [(date(2025, 10, 24), Status.SUSPENDED), (date(2026, 4, 30), Status.ANNOUNCED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the requirements" points back to the control just told; its destination is its target
        (
            "Commerce widened curbs on exports of lithography parts to China on Friday. The "
            "requirements apply from November 3, officials said.",
            [(date(2025, 11, 3), "US", "China")],
        ),
        # "a separate rule": another measure of the kind just told, with its parties
        (
            "China on Monday added two more metals to its controls on exports to the United "
            "States. A separate rule, taking effect on December 8, covers their alloys.",
            [(date(2025, 12, 8), "China", "US")],
        ),
    ],
)
def test_control_told_before_dates_the_pointer(
    text: str, expected: list[tuple[date, str, str]]
) -> None:
    assert [(f.date, f.imposer, f.target) for f in _deadlines(text)] == expected


def test_indefinite_rule_with_no_control_before_is_no_deadline() -> None:
    """ "A separate rule" points back only to a measure the sentences before named."""
    text = (
        "The city council met on Monday. A separate rule, taking effect on December 8, limits "
        "parking."
    )
    assert _deadlines(text) == []
