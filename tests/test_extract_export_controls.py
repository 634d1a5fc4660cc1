"""The export_control kind: frames read from sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watcher.facts.comparison import Outcome, Provenance
from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.known import KnownState
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 7)


def controls(text: str) -> list[ExportControl]:
    facts = extract_facts(text, published=PUBLISHED)
    return [f for f in facts if isinstance(f, ExportControl)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China suspended its export controls on rare earths until November 10, 2026.",
            ("China", "all", "rare_earths", "suspended", Status.SUSPENDED),
        ),
        (
            "The US Commerce Department will require licences for exports of advanced chips to"
            " China from December 1.",
            ("US", "China", "chips", "new", Status.ANNOUNCED),
        ),
        (
            "Trump threatened export controls on critical software against China.",
            ("US", "China", "software", "new", Status.THREATENED),
        ),
        (
            "Beijing has no plans to lift its restrictions on exports of gallium to the"
            " United States.",
            ("China", "US", "rare_earths", "lifted", Status.DENIED),
        ),
        (
            "The warning came a day after China widened its licensing rules for rare earth"
            " magnets.",
            ("China", "all", "rare_earths", "tightened", Status.HAPPENED),
        ),
        (
            "The Netherlands tightened export controls on chipmaking equipment on Monday.",
            ("Netherlands", "all", "chips", "tightened", Status.HAPPENED),
        ),
        (
            "Officials say Washington could ease export curbs on some processors.",
            ("US", "all", "chips", "lifted", Status.SPECULATED),
        ),
    ],
)
def test_frames(text: str, expected: tuple[str, str, str, str, Status]) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.target, fact.item, fact.measure, fact.status) == expected
    assert fact.evidence == text


def test_dates_start_and_end() -> None:
    [fact] = controls(
        "China said its new export controls on graphite apply from December 1 and stay in"
        " force until June 30, 2026."
    )
    assert fact.effective == date(2025, 12, 1)
    assert fact.ends == date(2026, 6, 30)


@pytest.mark.parametrize(
    "text",
    [
        # a condition states nothing that happened
        "Tariffs will rise next month unless Beijing drops its export controls on rare earths.",
        # no actor stands before the control: a comment about controls, not a measure
        "Analysts say export controls on chips have not slowed China.",
        # no control is named
        "China exported more rare earth magnets in October than in September.",
        # a control named with no step: background, not a measure
        "To meet US export controls, the firm built a slower version of its processor.",
        # someone asking for a change is not the change
        "The chipmaker's chief asked Washington for an easing of export restrictions.",
    ],
)
def test_no_fact(text: str) -> None:
    assert controls(text) == []


def test_a_suspension_changes_a_known_control_and_a_repeat_confirms_it() -> None:
    at = datetime(2025, 10, 10, tzinfo=UTC)
    [imposed] = controls("China imposed export controls on rare earth magnets on Thursday.")
    state = KnownState().learn(imposed, Provenance("wire", at))
    [suspended] = controls("China suspended its export controls on rare earth magnets.")
    assert state.compare(suspended).outcome is Outcome.CHANGED
    [again] = controls("On Thursday China imposed export controls on rare earth magnets.")
    assert state.compare(again).outcome is Outcome.CONFIRMED


def test_a_hypothetical_is_speculated() -> None:
    [fact] = controls("Under a draft deal, Washington would require licences for chip exports.")
    assert fact.status is Status.SPECULATED


@pytest.mark.parametrize(
    "text",
    [
        # a negated step is denied, not announced
        "Beijing will not impose new export controls on rare earths, the minister said.",
        "Washington did not add new export curbs on chips this week.",
    ],
)
def test_negation_is_denied(text: str) -> None:
    assert [f.status for f in controls(text)] == [Status.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        # "from" names where goods come from, and "May" is a month: no step, no status
        "Exports from China to Canada fell in May despite the export controls.",
        # an adjective of the companies listed is not the one who lists them
        "The Commerce Department added twelve Chinese firms to the entity list.",
    ],
)
def test_no_false_actor_or_step(text: str) -> None:
    assert controls(text) == []


def test_the_step_stays_in_its_clause_and_a_source_is_no_target() -> None:
    [fact] = controls(
        "China retaliated with export controls on gallium, while the US widened its chip curbs."
    )
    assert (fact.imposer, fact.measure) == ("China", "new")
    [sourced] = controls("China imposed export controls on graphite, according to US officials.")
    assert sourced.target == "all"
