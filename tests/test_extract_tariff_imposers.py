"""Who imposes a tariff, and on whom, when the subject does not name a country: "It ..." or "The
ministry ..." after an agency's sentence carries that sentence's country, and "the authorities"
point back to the body that spoke before; a firm's "it" levies nothing while a country's does; a
speaker named after the sentence does not act; goods transshipped from a country began there but
are not its target.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026 unless a test
gives its own date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, P = Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED
PUB = date(2026, 3, 10)


def _rates(text: str) -> list[TariffRate]:
    return [f for f in extract_facts(text, published=PUBLISHED) if isinstance(f, TariffRate)]


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in _rates(text) if f.status in (H, A)}


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


# --- an agency's sentence, then "It ..." or "The ministry ...": its government imposes


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        (
            "Canada's trade ministry said the measure was needed. It imposed a 60% duty on "
            "Chinese tractors on Monday.",
            "Canada",
        ),
        (
            "Mexico's economy ministry published the decree on Monday. The ministry will levy "
            "35% on Chinese bicycles from May.",
            "Mexico",
        ),
    ],
)
def test_an_anaphoric_subject_carries_the_previous_sentences_country(
    text: str, imposer: str
) -> None:
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [(imposer, "China")]


def test_a_sentence_with_a_subject_of_its_own_keeps_the_default_imposer() -> None:
    text = "Japan welcomed the accord. Tariffs on Chinese tractors rose to 60% on Monday."
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [("US", "China")]


# --- goods transshipped from a country: that country is where they began, not the target


def test_the_first_origin_of_transshipped_goods_is_no_target() -> None:
    text = (
        "The US set a 15% tariff on Thai goods and a 30% rate on goods transshipped through "
        "Thailand from China."
    )
    assert ("US", "China") not in [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)]
    assert ("US", "Thailand", 15.0) in [
        (f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)
    ]


def test_the_authorities_point_back_to_the_body_that_spoke_before() -> None:
    # "The authorities" resumes "Peru's customs authorities", as "The ministry" would
    published = date(2026, 9, 3)
    text = (
        "Peru's customs authorities published the rule on Monday. The authorities imposed a 40%"
        " tariff on Chinese buses on Tuesday."
    )
    facts = [f for f in extract_facts(text, published=published) if isinstance(f, TariffRate)]
    assert [(f.imposer, f.target) for f in facts] == [("Peru", "China")]


# --- "it"/"they" levies only as a country named as the subject before


@pytest.mark.parametrize(
    "text",
    [
        "Target posted weak earnings on Tuesday. It will impose 12% on all Chinese goods, the "
        "chain said.",
        "The grocer said they would slap 18% on all US goods in their aisles.",
    ],
)
def test_a_firms_pronoun_levies_no_tariff(text: str) -> None:
    assert _alerting(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing retaliated on Monday. It will impose 22% on all US goods.",
            ("China", "US", 22.0),
        ),
        (
            "China's finance ministry spoke on Monday. It will levy 12% on all American goods.",
            ("China", "US", 12.0),
        ),
        ("Canada said it will impose 20% on all US goods.", ("Canada", "US", 20.0)),
    ],
)
def test_a_countrys_pronoun_still_levies(text: str, want: tuple[str, str, float]) -> None:
    assert _alerting(text) == {(*want, A)}


def test_a_speaker_named_after_the_sentence_does_not_act() -> None:
    text = "Washington lifted its fentanyl duty to 25%, China's commerce ministry said."
    assert {(f[0], f[1]) for f in _facts(text)} == {("US", "China")}


# A mention after a comma that is the subject of a speech verb ("goods from China, Brussels
# said") opens the speaker's clause; it is not one more origin of the list before it, so the
# bloc that levies stays the imposer.
@pytest.mark.parametrize(
    "text",
    [
        "The European Union will levy duties of 18 per cent on steel wire imported from Turkey, "
        "Brussels said on Tuesday.",
        "The EU will impose a 12% duty on ceramic tiles from Turkey, the European Commission said.",
    ],
)
def test_speaker_after_an_origin_is_not_a_target(text: str) -> None:
    assert _alerting(text) == {("EU", "Turkey", 18.0 if "18" in text else 12.0, A)}
