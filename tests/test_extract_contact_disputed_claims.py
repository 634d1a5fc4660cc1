"""A contact one side claims and the other disputes, told in apposition ("..., a claim Brasilia
disputed"): denied, never held; a dispute over something else leaves the contact standing.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows

THURSDAY = date(2025, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Modi said on Monday that he had spoken with Lula, a claim Brasilia disputed.",
        "Modi said he met Lula in private on Monday, an account the Brazilian side contested.",
        "Modi said he spoke with Lula on Monday, a claim Brazil's foreign ministry denied.",
    ],
)
def test_disputed_claim_is_no_contact_held(text: str) -> None:
    rows = contact_rows(text, THURSDAY)
    assert rows and all(r[2].value == "denied" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Modi spoke with Lula on Monday and disputed a claim that tariffs had hurt farmers.",
        "Modi met Lula on Monday, and the two rejected the account of a rift.",
        "Modi spoke with Lula on Monday, in a call that settled a claim the two had disputed "
        "for years.",
    ],
)
def test_dispute_of_something_else_keeps_the_contact(text: str) -> None:
    assert [r[2].value for r in contact_rows(text, THURSDAY)] == ["happened"]


@pytest.mark.parametrize(
    "text",
    [
        "Modi insisted he had spoken to Lula, though Brasilia said no call took place.",
        "Modi said he had met Lula in private, but Brazil said no such meeting ever happened.",
    ],
)
def test_no_contact_took_place_is_a_denial(text: str) -> None:
    rows = contact_rows(text, THURSDAY)
    assert rows and all(r[2].value == "denied" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said on Thursday it was \u201cnot aware\u201d of any phone call between Xi and "
        "Trump, a day after Trump said the two had talked.",
        "The Kremlin said it had no knowledge of any recent meeting between Putin and Xi.",
        "Officials in Delhi said they were unaware of any conversation between Modi and Xi "
        "this week.",
        "Moscow said it knew of no meeting between Putin and Xi in the past month.",
        "Beijing said it had no information about a video call between Xi and Lula.",
    ],
)
def test_not_aware_of_any_contact_is_a_denial(text: str) -> None:
    rows = contact_rows(text, THURSDAY)
    assert rows and all(r[2].value == "denied" for r in rows)


def test_not_aware_of_something_else_keeps_the_contact() -> None:
    text = (
        "Beijing said it was not aware of any new tariffs, but confirmed Xi and Trump spoke on "
        "Monday."
    )
    assert [r[2].value for r in contact_rows(text, THURSDAY)] == ["happened"]


@pytest.mark.parametrize(
    "text",
    [
        "Lula has not received a call from Xi since the summit, his office said.",
        "Putin did not take a phone call from Modi on Monday, the Kremlin said.",
        "Modi hasn't returned Putin's call, Indian officials said.",
    ],
)
def test_contact_not_taken_or_received_is_no_contact_held(text: str) -> None:
    assert not [r for r in contact_rows(text, THURSDAY) if r[2].value == "happened"]


def test_contact_received_is_held() -> None:
    rows = contact_rows("Lula received a phone call from Xi on Monday, his office said.", THURSDAY)
    assert [r[2].value for r in rows] == ["happened"]
