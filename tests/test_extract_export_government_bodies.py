"""Export controls whose actor is a government body named by its noun alone ("The ministry
also said ...", "..., the department said"): the body stands for the country the article named
with that noun last ("China's commerce ministry"), else the dateline's ("BEIJING -"), else the
country that opens the title; else there is no imposer and no fact. The imposer's own reported
"would" ("the ministry said exports would require ...") is its "will", and a step "effective
immediately" has happened. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 9, 16)


def controls(text: str, title: str = "") -> list[ExportControl]:
    facts = extract_facts(text, title=title, published=PUBLISHED)
    return [f for f in facts if isinstance(f, ExportControl)]


@pytest.mark.parametrize(
    ("title", "text", "imposer"),
    [
        (
            "",
            "China's commerce ministry hit back at Washington on Tuesday. The ministry said it"
            " would ban exports of tungsten to US arms makers.",
            "China",
        ),
        (
            "",
            "The US Commerce Department met chipmakers on Monday. The department said it would"
            " tighten export controls on memory chips.",
            "US",
        ),
        (
            "",
            "BEIJING, Sept 16 (Reuters) - The commerce ministry said on Wednesday it would"
            " require licences for exports of anode materials. Trade with Japan has slowed.",
            "China",
        ),
        (
            "Beijing widens export rules",
            "The ministry said it would require licences for exports of anode materials.",
            "China",
        ),
        # the body named last with its country wins over the dateline's
        (
            "",
            "WASHINGTON (Reuters) - China's commerce ministry spoke on Tuesday. The ministry said"
            " it would ban exports of tungsten.",
            "China",
        ),
        # the speaker at the end of the sentence
        (
            "",
            "China's commerce ministry met exporters on Monday. Exports of graphite will need"
            " licences and will require licences from October 1, the ministry said.",
            "China",
        ),
    ],
)
def test_a_body_by_its_noun_acts_for_its_country(title: str, text: str, imposer: str) -> None:
    assert [f.imposer for f in controls(text, title)] == [imposer]


def test_a_body_with_no_country_in_the_article_gives_no_fact() -> None:
    assert (
        controls("The ministry said it would require licences for exports of anode materials.")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "China's commerce ministry said exports of tungsten to the United States would require"
        " a licence, effective immediately.",
        "BEIJING - The ministry also said exports of anode materials to the United States would"
        " require an official licence with immediate effect.",
    ],
)
def test_the_imposers_reported_would_in_force_at_once_has_happened(text: str) -> None:
    facts = controls(text)
    assert [(f.imposer, f.target, f.measure, f.status) for f in facts] == [
        ("China", "US", "new", Status.HAPPENED)
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the imposer's own "would", no immediacy: announced
        (
            "China's commerce ministry said exports of tungsten would require a licence from"
            " October 1.",
            Status.ANNOUNCED,
        ),
        # someone else's "would", or a hedged one, stays speculated
        (
            "Analysts said China's exports of tungsten to the US would require a licence.",
            Status.SPECULATED,
        ),
        (
            "China's commerce ministry said exports of tungsten would probably require a licence.",
            Status.SPECULATED,
        ),
        (
            "Beijing said Washington would require licences for chip exports to China.",
            Status.SPECULATED,
        ),
    ],
)
def test_only_the_imposers_own_would_is_announced(text: str, status: Status) -> None:
    assert [f.status for f in controls(text)] == [status]


def test_immediacy_in_a_clause_of_its_own_leaves_the_step_announced() -> None:
    text = (
        "China's commerce ministry said it will require licences for exports of tungsten, while"
        " its new port fees take effect immediately."
    )
    assert [f.status for f in controls(text)] == [Status.ANNOUNCED]


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        # the office named last wins over one named before it
        (
            "Japan's trade ministry met exporters on Monday. China's commerce ministry hit back on"
            " Tuesday. The ministry said it would ban exports of tungsten to US arms makers.",
            "China",
        ),
        # a president by the dateline's country
        (
            "WASHINGTON (Reuters) - The president signed an order on Tuesday barring sales of"
            " advanced processors to China.",
            "US",
        ),
        # two leaders named, then one with the office: the last sentence that names one
        (
            "Xi Jinping and Donald Trump met on Sunday. On Monday, US President Donald Trump flew"
            " home. Later, the president signed an order barring sales of advanced processors to"
            " China.",
            "US",
        ),
    ],
)
def test_an_office_by_its_noun_acts_for_the_country_named_with_it_last(
    text: str, imposer: str
) -> None:
    assert [f.imposer for f in controls(text)] == [imposer]


@pytest.mark.parametrize(
    "text",
    [
        # several owners in the last sentence that names one: the dateline does not decide
        "BEIJING - China's commerce ministry and Japan's trade ministry met on Sunday. The"
        " ministry said it would require licences for exports of graphite anodes.",
        # an office of something else
        "WASHINGTON (Reuters) - The president of a chipmakers' lobby said the group would ban"
        " exports of its members' tools to China.",
    ],
)
def test_an_office_with_several_owners_or_of_something_else_names_no_imposer(text: str) -> None:
    assert controls(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's US for "the ministry", but the firms it lists are American
        "WASHINGTON - Beijing answered within hours. The commerce ministry put six U.S. satellite"
        " makers on its export control list on Tuesday.",
        "WASHINGTON (Reuters) - Beijing hit back. The ministry added four American drone firms to"
        " its unreliable entity list, barring them from buying Chinese parts.",
    ],
)
def test_an_office_read_as_the_country_whose_firms_it_lists_imposes_nothing(text: str) -> None:
    """A country lists other countries' firms: an office read as the listed firms' own country
    is not that country's office, and no one else is named to impose."""
    assert [f for f in controls(text) if f.imposer == "US"] == []


def test_an_office_listing_another_countrys_firms_keeps_its_country() -> None:
    text = (
        "WASHINGTON - The Commerce Department met chipmakers on Monday. The department added"
        " nine Chinese chip makers to its Entity List on Tuesday."
    )
    assert [(f.imposer, f.target) for f in controls(text)] == [("US", "China")]
