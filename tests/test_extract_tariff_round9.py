"""Tariff rates on unseen text, ninth round (issue 10): announced changes whose rate stands far
from its verb or its tariff word, a past peak then a cut, a start level with a later rise, a levy
on goods from every origin, and figures that measure something other than a duty.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 8, 10)


def _key(f: TariffRate) -> tuple[str, str, float, Status]:
    return f.imposer, f.target, f.rate_pct, f.status


# --- a past peak in an aside, then the change: the change is the fact, the peak history


# (fix27-tariff, review finding 12: each case now states its own rate and previous level; the
# old asserts compared the found rate with itself and accepted either case's values)
@pytest.mark.parametrize(
    ("text", "status", "rate", "previous"),
    [
        (
            "Duties on Chinese bicycles, which briefly hit 80% last winter, were lowered to 40% "
            "on Friday.",
            Status.HAPPENED,
            40.0,
            80.0,
        ),
        (
            "The levy on Chinese kitchenware, which had peaked at 70% in March, will be cut to "
            "35% next month, the trade office said.",
            Status.ANNOUNCED,
            35.0,
            70.0,
        ),
    ],
)
def test_a_peak_in_an_aside_leaves_the_cut(
    text: str, status: Status, rate: float, previous: float
) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct, f.status) for f in found] == [
        ("US", "China", rate, previous, status)
    ]


def test_a_peak_alone_is_still_history() -> None:
    text = "Duties on Chinese bicycles briefly hit 80% last winter before talks resumed."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


# --- a start level, then a rise that is only possible


@pytest.mark.parametrize(
    "text",
    [
        "The new US duty on Chinese printers will start at 12% and may climb in later years.",
        "A US levy on Chinese forklifts will begin at 18% and could later go higher.",
    ],
)
def test_a_start_level_is_announced_and_the_later_rise_is_not(text: str) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.status) for f in found] == [("US", "China", Status.ANNOUNCED)]


def test_a_modal_before_the_rate_still_governs_it() -> None:
    text = "The US could raise its duty on Chinese printers to 12% and may go further."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.SPECULATED]


# --- a law's year is no date of the measure


def test_a_law_named_with_its_year_does_not_make_the_measure_old() -> None:
    text = (
        "Under Section 122 of the Trade Act of 1974, the president will place a 15% surcharge "
        "on Chinese toys from September 1."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 15.0, Status.ANNOUNCED)
    ]


def test_a_year_of_the_measure_itself_is_still_old() -> None:
    text = "In 2019, the US put a 15% surcharge on Chinese toys."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


# --- imported goods with no origin named: every origin


# (fix27-tariff, review finding 12: the exact facts with rate and status, not only a product
# that is not a tariff noun)
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Brazil will impose a 20% tariff on imported tyres from October.",
            ("Brazil", "all", 20.0, Status.ANNOUNCED),
        ),
        (
            "Turkey imposed a 40% duty on foreign-made phones on Monday.",
            ("Turkey", "all", 40.0, Status.HAPPENED),
        ),
    ],
)
def test_imported_goods_without_an_origin_face_it_from_all(
    text: str, fact: tuple[str, str, float, Status]
) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [_key(f) for f in found] == [fact]
    assert found[0].product not in ("tariff on", "duty on")


def test_imported_goods_of_a_named_origin_keep_it() -> None:
    text = "Brazil will impose a 20% tariff on imported Chinese tyres from October."
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [("Brazil", "China")]


# --- a figure set off after a long object of the duty


def test_a_deferred_figure_completes_the_duty_noun() -> None:
    text = (
        "Canada said it will levy new duties on a list of Chinese goods, among them steel "
        "wire, solar glass, furniture and plastic tubing, of 25%."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("Canada", "China", 25.0, Status.ANNOUNCED)
    ]


def test_a_deferred_figure_of_another_measure_is_no_duty() -> None:
    text = "Canada said tariffs on Chinese goods would lift its trade deficit, of 25%, by July."
    assert [f.rate_pct for f in tariff_rates(text, PUBLISHED)] == []


# --- the measure named in the title or the sentence before


def test_the_lede_continues_the_title_measure() -> None:
    found = tariff_rates(
        "Officials said on Tuesday they would take the rate to 30% from 20% next month.",
        PUBLISHED,
        title="India to raise tariffs on Chinese steel",
    )
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct) for f in found] == [
        ("India", "China", 30.0, 20.0)
    ]


def test_a_title_without_a_measure_lends_nothing() -> None:
    found = tariff_rates(
        "Officials said on Tuesday they would take the rate to 30% from 20% next month.",
        PUBLISHED,
        title="India and China hold talks on steel",
    )
    assert found == []


def test_a_pronoun_resumes_the_measure_of_the_sentence_before() -> None:
    text = (
        "Japan announced new tariffs on Chinese ship parts on Monday. The order, which follows "
        "a long review, raises them to 35% from October 1."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Japan", "China", 35.0)
    ]


# --- figures that measure something other than a duty


@pytest.mark.parametrize(
    "text",
    [
        "Shares of US soybean traders climbed 9% after China cut tariffs on American crops.",
        "Tariffs on Chinese parts will squeeze carmakers' profits to 4% next year, analysts said.",
        "The central bank kept interest rates at 3.5%, pointing to the tariffs on China.",
        "Mortgage rates fell to 6% as US tariffs on Chinese goods eased.",
        "The yuan weakened 2% against the dollar after the new US tariffs on China.",
        "The importer's discount on Chinese furniture will start at 15% and may rise as tariffs "
        "ease.",
    ],
)
def test_a_figure_of_another_measure_is_no_tariff(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


def test_a_tariff_word_nearer_the_figure_than_another_measure_wins() -> None:
    text = "Despite falling profits, the US raised its tariff on Chinese glass to 45% on Monday."
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 45.0)
    ]


# --- a long subject, codes in parentheses, an aside with the measure's history


def test_codes_in_parentheses_do_not_part_the_rate_from_its_duty() -> None:
    text = (
        "The trade office said duties on Chinese forklifts (HTS 8427.20.00) and pallet trucks "
        "(HTS 8427.90.00) will increase to 30% on October 1."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 30.0, Status.ANNOUNCED)
    ]


def test_a_long_subject_still_names_the_duty_the_verb_moves() -> None:
    text = (
        "Duties on Chinese hand tools and on the spare parts and accessories sold together with "
        "them will climb to 45% in October, the notice said."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 45.0, Status.ANNOUNCED)
    ]


def test_an_aside_with_the_measures_history_leaves_the_change_news() -> None:
    text = (
        "Australia said the levy on Chinese steel wheels, first imposed two years ago, will be "
        "raised to 40% on September 1."
    )
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("Australia", "China", 40.0, Status.ANNOUNCED)
    ]


def test_a_second_step_after_an_aside_with_the_first() -> None:
    text = (
        "The duty on Chinese wind towers, already raised to 30% in March, will climb again to "
        "60% in November, the trade office said."
    )
    assert [(f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)] == [
        (60.0, Status.ANNOUNCED)
    ]


# --- times to come


def test_a_later_month_after_would_is_the_coming_one() -> None:
    text = "Under the draft, tariffs on Chinese e-bikes would rise to 70% in November."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 70.0, Status.ANNOUNCED)
    ]


def test_a_start_to_come_makes_an_earlier_month_the_next_one() -> None:
    text = "Chile's Congress approved tariffs of 25% on Chinese steel, to take effect in March."
    assert [_key(f) for f in tariff_rates(text, PUBLISHED)] == [
        ("Chile", "China", 25.0, Status.ANNOUNCED)
    ]


def test_a_past_month_told_in_the_past_stays_old() -> None:
    text = "Tariffs on Chinese e-bikes rose to 70% in March."
    assert [
        f for f in tariff_rates(text, PUBLISHED) if f.status in (Status.HAPPENED, Status.ANNOUNCED)
    ] == []


# --- origins and the place of an agreement


def test_a_country_listed_among_the_origins_is_the_target() -> None:
    text = (
        "Chile said goods from countries that have no trade pact with it, such as China, would "
        "face tariffs of up to 35% from next year."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Chile", "China", 35.0)
    ]


def test_the_venue_of_an_agreement_is_no_party() -> None:
    text = (
        "Beijing will, under the deal struck in Geneva and endorsed by both sides, cut its levy "
        "on US pork to 12% from next week."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("China", "US", 12.0)
    ]


def test_an_import_duty_on_goods_with_no_origin_is_on_all() -> None:
    text = "Indonesia on Monday raised the import duty on sugar beet pulp to 20%."
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Indonesia", "all", 20.0)
    ]


def test_a_hedged_earlier_level_is_the_previous_rate() -> None:
    text = "US tariffs on Chinese goods will fall to about 40% next week, down from roughly 50%."
    assert [(f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)] == [(40.0, 50.0)]


def test_where_a_traveller_comes_back_from_is_no_target() -> None:
    text = (
        "Trump, flying back from Japan on Friday, said tariffs on Chinese goods would be cut to "
        "40% next month."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", "China", 40.0)
    ]


# --- the measure named in the sentence before, the figure put on goods


def test_a_figure_on_goods_answers_the_measure_before() -> None:
    text = (
        "Ottawa raised tariffs on Chinese goods on Monday. Beijing answered with 20% on all "
        "Canadian products within hours."
    )
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("China", "Canada", 20.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa raised tariffs on Chinese goods on Monday. Retailers offered discounts of 20% on "
        "Canadian products.",
        "Ottawa raised tariffs on Chinese goods on Monday. Sales rose 20% on the year.",
        "Ottawa met Chinese officials on Monday. Exporters shipped 20% more goods.",
    ],
)
def test_a_figure_of_something_else_after_a_measure_is_no_rate(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


# --- figures at the end of a long list, and lists whose verb is gapped


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it will impose duties on Chinese tiles, sinks, bathtubs, faucets and other "
        "bathroom fittings at a rate of 18 percent.",
        "Peru said it will impose duties on Chinese tiles, sinks, bathtubs, faucets and other "
        "bathroom fittings, at rates ranging from 18% to 30%.",
    ],
)
def test_a_rate_phrase_after_a_long_list_completes_the_duty(text: str) -> None:
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Peru", "China", 18.0)
    ]


def test_a_rate_phrase_of_another_measure_is_no_duty() -> None:
    text = (
        "Peru said tariffs on Chinese tiles had slowed imports, which grew at a rate of 3% in "
        "the quarter."
    )
    assert tariff_rates(text, PUBLISHED) == []


def test_each_object_of_a_gapped_list_gets_its_own_step() -> None:
    text = (
        "The trade office said it would raise tariffs on Chinese forklifts to 60% and on "
        "certain pallet trucks to 40%, effective December 1."
    )
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.rate_pct) for f in found] == [
        ("US", "China", 60.0),
        ("US", "China", 40.0),
    ]


def test_the_level_a_change_leaves_is_as_firm_as_the_change() -> None:
    text = (
        "Trump said he would cut the levy on Chinese goods to 10% from 20%, leaving the overall "
        "rate at 47%."
    )
    assert {f.status for f in tariff_rates(text, PUBLISHED)} == {Status.ANNOUNCED}


@pytest.mark.parametrize("arrow", ["\u2192", "->"])
def test_an_arrow_between_two_levels_is_a_change(arrow: str) -> None:
    text = f"Canadian tariffs on Chinese steel: 25% {arrow} 40% from next month."
    assert [
        (f.imposer, f.target, f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)
    ] == [("Canada", "China", 40.0, 25.0)]


# --- an earlier level, then the change that resumes it


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Peru imposed a 30% tariff on Chinese tiles in March. Lima will now lower it to 15% "
            "from next month, the ministry said.",
            ("Peru", "China"),
        ),
        (
            "Chile put a 40% surtax on Chinese steel bars last year. Santiago said on Monday it "
            "would cut the charge to 20%.",
            ("Chile", "China"),
        ),
    ],
)
def test_a_change_resumes_the_measure_an_older_level_named(
    text: str, parties: tuple[str, str]
) -> None:
    found = tariff_rates(text, PUBLISHED)
    assert [(f.imposer, f.target, f.status) for f in found] == [(*parties, Status.ANNOUNCED)]


def test_an_older_level_lends_no_measure_to_another_figure() -> None:
    text = (
        "Peru imposed a 30% tariff on Chinese tiles in March. Its economy will now grow to 3% "
        "next year, the ministry said."
    )
    assert tariff_rates(text, PUBLISHED) == []
