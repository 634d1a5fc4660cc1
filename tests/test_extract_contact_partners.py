"""Who a leader's partner is: a leader in a contrast clause with no contact of its own is no
partner (one with its own contact keeps it); a bare surname counts as the leader after the headline
names the leader in full, and with no full name anywhere it is no leader; the leaders after a list
of three are still no pair.

Sentences are our own. Published on Wednesday 24 September 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2025, 9, 24)
FRI, MON, TUE = date(2025, 9, 19), date(2025, 9, 22), date(2025, 9, 23)
H = Status.HAPPENED


# --- a leader in a contrast clause with no contact of its own is no partner -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Xi met on Monday, but Putin cancelled the trilateral lunch.",
        "Xi met Modi on Monday, but Putin stayed in Moscow.",
        "Xi met Modi on Monday; Putin stayed in Moscow.",
    ],
)
def test_a_leader_in_a_contrast_clause_is_no_partner(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", H, MON)]


@pytest.mark.parametrize(
    ("text", "mode", "when"),
    [
        ("Xi met Modi on Monday, but also held talks with Putin on Tuesday.", "meeting", TUE),
        ("Xi met Modi on Monday, but he also spoke with Putin by phone.", "call", None),
    ],
)
def test_a_contrast_clause_with_its_own_contact_keeps_it(
    text: str, mode: str, when: date | None
) -> None:
    rows = contact_rows(text, WEDNESDAY)
    assert row("Modi", "Xi", "meeting", H, MON) in rows
    assert row("Putin", "Xi", mode, H, when) in rows


# --- a short name after a headline's full name ---------------------------------------------


def test_a_bare_surname_counts_after_the_headline_names_the_leader_in_full() -> None:
    text = "Lee met Trump at the White House on Monday."
    got = contact_rows(text, WEDNESDAY, title="Lee Jae-myung heads to Washington for tariff talks")
    assert got == [row("Lee", "Trump", "meeting", H, MON)]


@pytest.mark.parametrize(
    "title", ["Lee heads to Washington", "Korean carmakers look to Washington"]
)
def test_a_bare_surname_with_no_full_name_anywhere_is_no_leader(title: str) -> None:
    assert contact_rows("Lee met Trump at the White House on Monday.", WEDNESDAY, title=title) == []


def test_the_leaders_after_a_list_of_three_are_still_no_pair() -> None:
    """Not built: a pairwise meeting of a listed group (the CI floor on dev2 contact precision
    holds only while the corpus labels one pair of such a gathering)."""
    text = (
        "Trump on Sunday accused Xi Jinping, Vladimir Putin and Modi of plotting. "
        "The leaders came together in Tianjin on Monday."
    )
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "second",
    [
        "Their trade ministers met in Geneva on Friday.",
        "The two leaders' negotiators met in London on Friday.",
        "Their aides spoke by phone on Friday.",
    ],
)
def test_the_pairs_proxies_hold_no_contact_of_the_pair(second: str) -> None:
    """ "Their ministers met": the pair's proxies are the subject, not the pair."""
    text = "Lula and Xi Jinping met in Brasilia on Tuesday. " + second
    rows = contact_rows(text, WEDNESDAY)
    assert rows == [row("Lula", "Xi", "meeting", H, date(2025, 9, 23))]
