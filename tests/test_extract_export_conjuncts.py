"""Coordinated export-control steps: a coordinated verb phrase takes the status of its own verb
("..., and threatened to restrict exports" is a threat), coordinated nouns are one control, and
each conjunct keeps the whole sentence as evidence.

Sentences written for these tests. Published on Wednesday 6 May 2026.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame
from watcher.models import Status

PUBLISHED = date(2026, 5, 6)
controls = partial(export_controls, published=PUBLISHED)


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
