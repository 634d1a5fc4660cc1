"""The ConText-style modality engine and the tariff facts it decides.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.extract import modality as modality_module
from watcher.facts.extract.modality import (
    load_lexicon,
    modality,
    phrase_pattern,
    phrase_source,
    phrase_union,
    union_source,
)
from watcher.models import Status

PUBLISHED = date(2025, 11, 20)


def _anchor(text: str, target: str) -> tuple[int, int]:
    i = text.index(target)
    return i, i + len(target)


# --- the engine -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target", "category"),
    [
        ("Officials denied that a 40% levy was planned.", "40%", "denied"),
        ("The pact kept the duty from rising to 90%.", "90%", "counterfactual"),
        ("At one point the duty stood at 90%.", "90%", "historical"),
        ("Ottawa warned it would answer with 25% duties.", "25%", "threatened"),
        ("A 25% duty is possible, officials said.", "25%", "speculated"),
        ("The 25% duty was paused for a month.", "25%", "suspended"),
        ("Rome is set to levy 5% on digital services.", "5%", "planned"),
        ("Importers now pay a combined 35%.", "35%", "current"),
    ],
)
def test_trigger_categories(text: str, target: str, category: str) -> None:
    found = modality(text, _anchor(text, target))
    assert found is not None
    assert found.category == category


def test_no_trigger_is_none() -> None:
    text = "Lima raised its duty on wheat to 12%."
    assert modality(text, _anchor(text, "12%")) is None


def test_forward_trigger_does_not_reach_back() -> None:
    text = "A 12% duty applies, which helps exporters avoid losses."
    assert modality(text, _anchor(text, "12%")) is None  # "avoid" only modifies what follows


def test_terminator_ends_the_scope() -> None:
    text = "Quito threatened tariffs on bananas, but its 8% duty on rice took effect."
    assert modality(text, _anchor(text, "8%")) is None


def test_terminator_can_spare_a_category() -> None:
    text = "Delhi announced 20% duties on nuts but the duties were later suspended."
    found = modality(text, _anchor(text, "20%"))
    assert found is not None
    assert found.category == "suspended"


def test_pseudo_trigger_cancels_a_match() -> None:
    text = "A 10% duty that threatens margins took effect."
    assert modality(text, _anchor(text, "10%")) is None  # "that threatens": another subject


def test_window_limits_the_scope() -> None:
    filler = " ".join(["word"] * 30)
    text = f"Officials could {filler} 10% levy."
    assert modality(text, _anchor(text, "10%")) is None


def test_priority_prefers_denial_over_threat() -> None:
    text = "The ministry denied it had threatened a 30% duty."
    found = modality(text, _anchor(text, "30%"))
    assert found is not None
    assert found.category == "denied"


def test_case_sensitive_entry() -> None:
    month = "In May the 10% duty took effect."
    modal = "The duty may reach 10% next year."
    assert modality(month, _anchor(month, "10%")) is None
    found = modality(modal, _anchor(modal, "10%"))
    assert found is not None
    assert found.category == "speculated"


def test_phrase_syntax_wildcards_and_gaps() -> None:
    assert phrase_pattern("threat*").search("she threatens")
    assert not phrase_pattern("threat*").search("athreat")
    assert phrase_pattern("if ... would").search("if talks fail the duty would rise")
    assert not phrase_pattern("if ... would").search("if talks fail. The duty would rise")


def test_lexicon_is_compiled_once() -> None:
    assert load_lexicon() is load_lexicon()


def test_a_phrase_source_is_the_compiled_phrase_s_pattern() -> None:
    """Phrases that go into a larger regex are not compiled one by one (issue 13): their
    source is what the compiled phrase holds, and a union the same as the compiled one's."""
    for phrase in ("threat*", "if ... would", "plan|plans to", "step back", "U.S.-made"):
        assert phrase_source(phrase) == phrase_pattern(phrase).pattern
    phrases = ["hold off", "may", "weigh* whether", "could"]
    assert union_source(phrases) == phrase_union(phrases).pattern
    assert union_source([]) == phrase_union([]).pattern


def test_a_trigger_is_compiled_when_a_text_first_holds_its_first_word() -> None:
    """Loading the lexicon compiles no trigger; reading a sentence compiles the triggers its
    words can start, not the whole lexicon (issue 13: a run's first article paid for all)."""
    lex = load_lexicon()
    triggers = {t for ts in lex.by_word.values() for t in ts}
    triggers |= {t for _, t in lex.by_prefix} | set(lex.others)
    modality_module._compiled.cache_clear()
    text = "Officials may lift the 10% duty on bicycles next spring."
    found = modality(text, _anchor(text, "10%"))
    compiled = modality_module._compiled.cache_info().currsize
    assert 0 < compiled < len(triggers) / 2
    assert found is not None
    for trigger in triggers:  # and every one still compiles, with the phrase's flags
        assert trigger.pattern.flags & ~re.UNICODE in (0, re.IGNORECASE)


# --- tariff facts: not in force, not news (issue failure 3) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new order keeps duties on Chinese goods from climbing back up to 125%.",
        "The truce prevents US tariffs on Chinese imports from returning to 125%.",
        "Without the truce, the US levy on Chinese imports would have risen to 80%.",
        "The deal averted a jump in US duties on Chinese goods to 80%.",
        "At one point the US tariff on Chinese goods stood at 80%.",
        "In March the US tariff on Chinese goods reached 80%.",
    ],
)
def test_counterfactual_and_historical_rates_are_no_facts(text: str) -> None:
    assert tariff_rates(text, PUBLISHED, gated=True) == []


# --- roles: the actor, not the speaker (failure 4) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beijing's commerce ministry said Washington would cut its fentanyl levy to 10%.",
        "The Chinese trade ministry said on Monday that Washington would lower its duties to 20%.",
    ],
)
def test_speaker_is_not_the_imposer(text: str) -> None:
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert (fact.imposer, fact.target) == ("US", "China")


# --- current levels and reported speculation (failure 5) -----------------------------------


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Chinese goods now face a combined 55% tariff in the United States.", 55.0),
        ("Chinese toys face an overall 130% duty when they enter the United States.", 130.0),
        ("US soybeans still face a 13% tariff in China.", 13.0),
    ],
)
def test_current_level_is_happened(text: str, rate: float) -> None:
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert (fact.rate_pct, fact.status) == (rate, Status.HAPPENED)


def test_combined_level_before_a_change_is_not_current() -> None:
    (fact,) = tariff_rates(
        "The combined 90% US levies on Chinese toys will be cut to 40% next month.",
        PUBLISHED,
        gated=True,
    )
    assert fact.status is Status.ANNOUNCED


def test_reported_weighing_is_speculated() -> None:
    text = (
        "The Post reported the administration is weighing a cut to 15% in its levy on Chinese toys."
    )
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert (fact.imposer, fact.target, fact.rate_pct) == ("US", "China", 15.0)
    assert fact.status is Status.SPECULATED


# --- a reduction without its result is no rate (docs/extraction.md: rate needed) -----------


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced a 10% reduction in tariffs on Chinese goods.",
        "He said he had reduced the tariff on Chinese goods by 10%.",
    ],
)
def test_reduction_without_result_is_no_rate(text: str) -> None:
    assert tariff_rates(text, PUBLISHED, gated=True) == []


# --- lifted, kept, listed, ranges, urged -----------------------------------------------------


def test_lifting_a_duty_suspends_it() -> None:
    (fact,) = tariff_rates(
        "Seoul will lift tariffs of up to 12% on US farm goods from next month.",
        PUBLISHED,
        gated=True,
    )
    assert (fact.imposer, fact.target, fact.rate_pct) == ("South Korea", "US", 12.0)
    assert fact.status is Status.SUSPENDED


def test_lift_to_a_rate_is_a_raise() -> None:
    text = "Ottawa answered Washington's decision to lift tariffs on Canadian steel to 50%."
    facts = tariff_rates(text, PUBLISHED, gated=True)
    assert [f.rate_pct for f in facts] == [50.0]  # the raise is read, not missed
    assert all(f.status is not Status.SUSPENDED for f in facts)


def test_a_kept_level_is_no_event() -> None:
    text = "Hanoi will halve its duty on US pork to 5% while keeping a 15% levy on US beef."
    assert [f.rate_pct for f in tariff_rates(text, PUBLISHED, gated=True)] == [5.0]


def test_a_list_shares_its_historical_trigger() -> None:
    text = (
        "The spring truce had left Chinese exports facing an extra 30% duty and US goods hit "
        "with a 10% levy in China."
    )
    assert tariff_rates(text, PUBLISHED, gated=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa will impose tariffs of 20 to 40 per cent on US steel.",
        "Ottawa set 20-40% duties on US steel.",
    ],
)
def test_range_with_one_unit_gives_the_lower_bound(text: str) -> None:
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert fact.rate_pct == 20.0


def test_a_change_with_one_unit() -> None:
    (fact,) = tariff_rates(
        "Ottawa raised its duty on US steel from 20 to 40 percent.", PUBLISHED, gated=True
    )
    assert (fact.rate_pct, fact.previous_pct) == (40.0, 20.0)


def test_the_urged_party_imposes() -> None:
    (fact,) = tariff_rates(
        "The senator urged Japan to impose a 30% duty on Chinese steel.", PUBLISHED, gated=True
    )
    assert (fact.imposer, fact.target, fact.status) == ("Japan", "China", Status.SPECULATED)


def test_an_urged_party_that_is_no_country_gives_no_fact() -> None:
    assert (
        tariff_rates(
            "Trump called on his allies to slap tariffs of 50 to 100 per cent on China.",
            PUBLISHED,
            gated=True,
        )
        == []
    )


def test_an_urged_alliance_imposes() -> None:
    """An alliance is a party of the gazetteer: the urged bloc, not the one who urges, imposes."""
    (fact,) = tariff_rates(
        "The president called on NATO members to impose 40% tariffs on Vietnam.",
        PUBLISHED,
        gated=True,
    )
    assert (fact.imposer, fact.target, fact.status) == ("NATO", "Vietnam", Status.SPECULATED)


def test_a_point_in_time_since_a_measure_is_background() -> None:
    text = "The leaders spoke for the first time since Washington imposed 50% tariffs on Brazil."
    assert tariff_rates(text, PUBLISHED, gated=True) == []


def test_has_since_is_news() -> None:
    (fact,) = tariff_rates(
        "Ottawa has since raised its duty on US steel to 40%.", PUBLISHED, gated=True
    )
    assert fact.rate_pct == 40.0


def test_a_threat_noun_after_the_rate_is_no_threat() -> None:
    text = "Washington raised its tariff on Brazilian goods to 40%, citing a threat to security."
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert fact.status is not Status.THREATENED


def test_a_level_kept_at_a_rate_is_no_event() -> None:
    assert (
        tariff_rates(
            "The order kept the US duty on Chinese toys at 30% until March.", PUBLISHED, gated=True
        )
        == []
    )


def test_a_level_already_in_place_is_no_event() -> None:
    text = (
        "Economists warned that doubling levies on Chinese goods, already taxed at 30 percent, "
        "would hurt buyers."
    )
    assert tariff_rates(text, PUBLISHED, gated=True) == []


def test_in_force_since_is_a_standing_level() -> None:
    assert (
        tariff_rates(
            "An earlier 50% duty on Chinese chips has been in force since 2024.",
            PUBLISHED,
            gated=True,
        )
        == []
    )


def test_from_a_rate_down_to_another() -> None:
    (fact,) = tariff_rates(
        "Ottawa is lowering its duty on US steel from 25% down to 10%.", PUBLISHED, gated=True
    )
    assert (fact.rate_pct, fact.previous_pct) == (10.0, 25.0)


def test_a_participle_that_opens_the_clause_is_its_trigger() -> None:
    text = (
        "Trump raised the stakes in his dispute with Canada, warning that he would impose 60% "
        "duties on Canadian lumber."
    )
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert fact.status is Status.THREATENED


def test_the_dispute_partner_is_the_target() -> None:
    text = (
        "Trump threatened to skip the summit as he escalated his trade war with China, warning "
        "that he would impose 100 per cent tariffs from November 1."
    )
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert (fact.imposer, fact.target, fact.status) == ("US", "China", Status.THREATENED)


def test_a_country_paying_a_rate_faces_it_now() -> None:
    (fact,) = tariff_rates(
        "Canada is paying a 35 per cent tariff on its exports to the US.", PUBLISHED, gated=True
    )
    assert (fact.imposer, fact.target, fact.status) == ("US", "Canada", Status.HAPPENED)


def test_unless_exempting_some_payers_is_no_threat() -> None:
    text = (
        "Washington will levy a 40% tariff on imports of furniture from March 3, unless the "
        "manufacturer has opened a factory in Ohio."
    )
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert fact.status is Status.ANNOUNCED


def test_unless_naming_a_country_stays_a_threat() -> None:
    text = (
        "Washington will levy a 40% tariff on Canadian lumber from March 3 unless Ottawa cuts "
        "its dairy duties."
    )
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert fact.status is Status.THREATENED


def test_easing_duties_of_a_rate_suspends_them() -> None:
    (fact,) = tariff_rates(
        "Seoul said it will ease some tariffs of up to 8% on US beef.", PUBLISHED, gated=True
    )
    assert fact.status is Status.SUSPENDED


def test_easing_duties_to_a_rate_is_a_cut() -> None:
    (fact,) = tariff_rates(
        "Seoul eased its tariffs on US beef from 8% to 4%.", PUBLISHED, gated=True
    )
    assert (fact.rate_pct, fact.previous_pct, fact.status) == (4.0, 8.0, Status.HAPPENED)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said it would raise its duty on US steel to 50% if no deal is reached.",
        "Ottawa said it would raise its duty on US steel to 50% if talks fail.",
        "Ottawa said it would raise its duty on US steel to 50% if Washington does not relent.",
    ],
)
def test_a_condition_after_the_rate_makes_it_a_threat(text: str) -> None:
    """ "would raise ... to 50% if no deal is reached": the condition follows the rate."""
    (fact,) = tariff_rates(text, PUBLISHED, gated=True)
    assert (fact.imposer, fact.rate_pct, fact.status) == ("Canada", 50.0, Status.THREATENED)


def test_a_level_that_persists_is_no_event() -> None:
    """ "a 25% duty ... persists": a level going on is no news (docs/extraction.md: no event)."""
    assert (
        tariff_rates(
            "A 25% duty on Korean chips persists from January, officials said.",
            PUBLISHED,
            gated=True,
        )
        == []
    )


def test_a_persisting_level_after_its_own_event_is_still_news() -> None:
    """A clause that reports the event keeps its rate, whatever the sentence adds."""
    (fact,) = tariff_rates(
        "Ottawa raised its duty on US steel to 25%, and the levy persists.", PUBLISHED, gated=True
    )
    assert (fact.imposer, fact.rate_pct) == ("Canada", 25.0)


def test_weighing_on_is_a_burden_not_a_deliberation() -> None:
    """ "tariffs ... weigh on importers" (pseudo-trigger) vs "is weighing a 40% tariff"."""
    (fact,) = tariff_rates(
        "US tariffs on Korean goods, now averaging 40%, weigh on importers.", PUBLISHED, gated=True
    )
    assert fact.status is not Status.SPECULATED
    (fact,) = tariff_rates(
        "Washington is weighing a 40% tariff on Korean goods.", PUBLISHED, gated=True
    )
    assert fact.status is Status.SPECULATED


@pytest.mark.parametrize(
    "text",
    [
        "US tariffs on Korean goods had climbed as high as 90% before the truce.",
        "Tariffs on Korean goods briefly reached 90% this spring.",
        "Before the truce, US tariffs on Korean goods were 90%.",
        "The US once charged 90% on Korean goods.",
    ],
)
def test_a_level_of_a_past_point_is_historical(text: str) -> None:
    """Past perfect rises, "briefly reached", "before the truce", "once charged": history."""
    assert tariff_rates(text, PUBLISHED, gated=True) == []


def test_phrase_syntax_clause_gap_and_word_endings() -> None:
    """`..` is a gap within the clause (no comma), `*ing` a word with that ending."""
    cue = phrase_pattern("keep* .. from *ing")
    assert cue.search("the pact keeps the duty on cars from rising")
    assert not cue.search("agreed to keep the levy on hold, moving the end from May 1 to June 1")
    assert not cue.search("kept the duty on wine from the start")
