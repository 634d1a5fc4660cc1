"""Which measure a figure belongs to when the duty noun stands far from it: a figure set off after
a long object, a long list or codes in parentheses still completes the duty, and a long subject
still names the duty the verb moves; the tariff word nearer the figure wins over another measure;
the measure named in the title, the sentence before or an older level is resumed by the lede, a
pronoun or a later change; a figure of another measure, or of something else after a measure, is no
rate.

Every sentence here is written for these tests. Published on Monday 10 August 2026.
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
