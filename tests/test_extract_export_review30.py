"""Export controls, review fixes (stop 30): the subject imposes, not the origin of goods taxed
alongside ("a tariff on goods from China, along with export controls"); the verb that takes a
rule is the step, not a participle in the rule's name ("pause its rule extending export
curbs"); a coordinated verb phrase takes the status of its own verb ("..., and threatened to
restrict exports"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame
from watcher.models import Status

PUBLISHED = date(2026, 5, 6)


controls = partial(export_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        (
            "President Trump said he would put a 60% tariff on products from China from June 1,"
            " together with export controls on design software.",
            "US",
        ),
        (
            "Beijing said it would impose a 20% tariff on imports from the United States, along"
            " with export controls on graphite.",
            "China",
        ),
        (
            "President Trump said he would put a 60% tariff on goods made in China, together with"
            " export controls on design software.",
            "US",
        ),
    ],
)
def test_the_origin_of_taxed_goods_is_not_the_imposer(text: str, imposer: str) -> None:
    assert [(f.imposer, f.measure, f.status) for f in controls(text)] == [
        (imposer, "new", Status.ANNOUNCED)
    ]


def test_the_origin_alone_names_no_imposer() -> None:
    text = (
        "A new 60% tariff on goods from China will come with export controls on design"
        " software, officials said."
    )
    assert controls(text) == []  # no actor named: no fact rather than a guess


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Washington said it would suspend its rule extending export curbs to units of"
            " blacklisted firms for six months.",
            "all",
        ),
        (
            "The US on Tuesday froze a regulation tightening export controls on chip tools sold"
            " to China.",
            "China",
        ),
        (
            "Washington will postpone its rule restricting memory chip exports to China by 90"
            " days.",
            "China",
        ),
    ],
)
def test_the_verb_taking_a_rule_is_the_step_not_its_participle(text: str, target: str) -> None:
    assert [(f.imposer, f.target, f.measure, f.status) for f in controls(text)] == [
        ("US", target, "suspended", Status.SUSPENDED)
    ]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Washington said it would extend export curbs to units of blacklisted Chinese firms.",
            "tightened",
        ),
        ("The US suspended a rule that extended export curbs to chip tools.", "suspended"),
    ],
)
def test_a_step_of_its_own_is_kept(text: str, measure: str) -> None:
    assert [f.measure for f in controls(text)] == [measure]


def test_a_coordinated_threat_is_a_threat() -> None:
    facts = controls(
        "Beijing said it would add American drone makers to its unreliable entity list, and"
        " threatened to restrict exports of graphite."
    )
    assert [(frame(f), f.status) for f in facts] == [
        (("China", "US", "unspecified", "new"), Status.ANNOUNCED),
        (("China", "all", "rare_earths", "new"), Status.THREATENED),
    ]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            # a bare verb shares the first conjunct's modal
            "China said it would add American drone makers to its unreliable entity list and"
            " restrict exports of graphite to the US.",
            [Status.ANNOUNCED, Status.ANNOUNCED],
        ),
        (
            # a past form is finite: its own clause, not the threat before it
            "China threatened to curb graphite exports, and on Friday banned exports of"
            " antimony to the US.",
            [Status.THREATENED, Status.HAPPENED],
        ),
        (
            "China threatened to curb graphite exports, and it banned exports of antimony to the"
            " US on Friday.",
            [Status.THREATENED, Status.HAPPENED],
        ),
        (
            "The US tightened export controls on chip tools sold to China on Monday and vowed to"
            " ban exports of design software to China.",
            [Status.HAPPENED, Status.THREATENED],
        ),
    ],
)
def test_each_conjunct_takes_its_own_verbs_status(text: str, statuses: list[Status]) -> None:
    assert [f.status for f in controls(text)] == statuses


def test_coordinated_nouns_are_one_control() -> None:
    facts = controls("China banned exports of gallium and antimony to the US on Friday.")
    assert [(frame(f), f.status) for f in facts] == [
        (("China", "US", "rare_earths", "new"), Status.HAPPENED)
    ]


def test_each_conjunct_keeps_the_whole_sentence_as_evidence() -> None:
    text = (
        "Beijing said it would add American drone makers to its unreliable entity list, and"
        " threatened to restrict exports of graphite."
    )
    assert [f.evidence for f in controls(text)] == [text, text]
