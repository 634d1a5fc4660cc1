"""The extractor finds the baseline facts in the project's own seed documents."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from watcher.facts.known import KnownState, Outcome, Provenance
from watcher.facts.registry import Fact, LeaderContact, TariffRate, extract_facts
from watcher.ingest.documents import read_document
from watcher.models import Status

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The seed files carry no dates; these are their publication dates.
PUBLISHED = {
    "000": date(2025, 6, 2),
    "001": date(2025, 6, 2),
    "002": date(2025, 6, 1),
    "003": date(2025, 6, 6),
    "004": date(2025, 6, 5),
}
IN_FORCE = {Status.HAPPENED, Status.ANNOUNCED}
NOT_HAPPENED = {Status.PLANNED, Status.SPECULATED}


def _facts(seed: str) -> list[Fact]:
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    return extract_facts(path.read_text(encoding="utf-8"), published=PUBLISHED[seed])


def _tariffs(seed: str) -> list[TariffRate]:
    return [f for f in _facts(seed) if isinstance(f, TariffRate)]


def _trump_xi(seed: str) -> list[LeaderContact]:
    return [
        f
        for f in _facts(seed)
        if isinstance(f, LeaderContact) and f.participants == ("Trump", "Xi")
    ]


@pytest.mark.parametrize("seed", ["002", "004"])
def test_geneva_rates(seed: str) -> None:
    """The Geneva cuts come out as US 145→30 on China and China 125→10 on the US."""
    found = {(f.imposer, f.target, f.rate_pct, f.previous_pct, f.status) for f in _tariffs(seed)}
    assert any(k[:4] == ("US", "China", 30, 145) and k[4] in IN_FORCE for k in found), found
    assert any(k[:4] == ("China", "US", 10, 125) and k[4] in IN_FORCE for k in found), found


def test_steel_and_aluminium_doubling() -> None:
    """Seed 002 gives two global facts, steel and aluminium, at 50% (25% before) from June 4."""
    facts = {
        (f.product, f.rate_pct, f.previous_pct, f.effective)
        for f in _tariffs("002")
        if f.target == "all"
    }
    assert facts == {
        ("steel", 50, 25, date(2025, 6, 4)),
        ("aluminium", 50, 25, date(2025, 6, 4)),
    }


def test_call_happened_on_thursday() -> None:
    """Seed 004's 'on Thursday' with publication Friday 5 June... resolves to the call's day."""
    calls = [f for f in _trump_xi("004") if f.status is Status.HAPPENED and f.mode == "call"]
    assert [f.date for f in calls if f.date] == [date(2025, 6, 5)]
    # its "last publicly known conversation ... in January 2025" is a previous contact, kept
    # undated apart from Thursday's (changed on purpose, stop 33): the known January 17 call
    recap = [f for f in calls if f.date is None]
    published = date(2025, 6, 5)
    assert all(
        _january_call_known().compare(f, published).outcome is Outcome.CONFIRMED for f in recap
    )


def test_recent_call_and_previous_call() -> None:
    """Seed 003 reports the recent call as happened and the January 17 call before it."""
    happened = {f.date for f in _trump_xi("003") if f.status is Status.HAPPENED}
    assert happened == {None, date(2025, 1, 17)}


@pytest.mark.parametrize("seed", ["000", "001", "002"])
def test_expected_call_is_not_happened(seed: str) -> None:
    """The call that is only expected comes out planned or speculated."""
    upcoming = [f for f in _trump_xi(seed) if f.status in NOT_HAPPENED]
    assert upcoming
    assert not [f for f in _trump_xi(seed) if f.status is Status.HAPPENED and f.date is not None]


def test_unconfirmed_call_is_speculated() -> None:
    """Seed 001 ('no date has been confirmed ... uncertain') yields a speculated call."""
    statuses = {f.status for f in _trump_xi("001") if f.date is None}
    assert Status.SPECULATED in statuses
    assert Status.PLANNED not in statuses


def test_no_invented_tariffs_in_call_only_seeds() -> None:
    """Seeds 000, 001 and 003 state no tariff rate, so none is reported."""
    assert [f for s in ("000", "001", "003") for f in _tariffs(s)] == []


def _january_call_known() -> KnownState:
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2025, 1, 17))
    return KnownState().learn(call, Provenance("seed", datetime(2025, 6, 6, tzinfo=UTC)))


def test_background_call_is_the_known_january_call() -> None:
    """Seed 001's 'last known call ... took place in January' is a recap: kept undated (changed
    on purpose, stop 33: the desk's pair in the past year), it is the known January 17 call."""
    held = [f for f in _trump_xi("001") if f.status is Status.HAPPENED]
    assert [(f.mode, f.date) for f in held] == [("call", None)]
    published = date(2025, 6, 2)
    assert _january_call_known().compare(held[0], published).outcome is Outcome.CONFIRMED


def test_call_in_the_coming_days_is_undated() -> None:
    """Seed 002's call hinted for 'the coming days' gets no invented day."""
    upcoming = [f for f in _trump_xi("002") if f.status in NOT_HAPPENED]
    assert upcoming
    assert {f.date for f in upcoming} == {None}


@pytest.mark.parametrize("seed", ["001", "002"])
def test_seed_as_read_document_gives_only_an_undated_upcoming_call(seed: str) -> None:
    """Read as the pipeline reads it (first line as title, date from meta.yaml), seeds 001
    and 002 give an undated speculated Trump-Xi call and no call that happened but 001's
    January recap, which is the known January 17 call."""
    doc = read_document(next(SEEDS.glob(f"{seed}_*.txt")))
    assert doc.published is not None
    facts = extract_facts(doc.text, title=doc.title, published=doc.published.date())
    calls = [f for f in facts if isinstance(f, LeaderContact) and f.participants == ("Trump", "Xi")]
    assert (Status.SPECULATED, None) in {(f.status, f.date) for f in calls}
    held = [f for f in calls if f.status is Status.HAPPENED]  # 001's January recap (stop 33)
    known = _january_call_known()
    assert all(known.compare(f, doc.published.date()).outcome is Outcome.CONFIRMED for f in held)
