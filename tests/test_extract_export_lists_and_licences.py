"""More ways news names an export control: the US unverified list, a licence a firm will need,
and general licences issued (an easing)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 3, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington dropped seven Chinese laboratories from its unverified list on Friday.",
            ("US", "China", "unspecified", "lifted"),
        ),
        (
            "The Commerce Department put 14 Chinese entities on its unverified list.",
            ("US", "China", "unspecified", "new"),
        ),
        (
            "Suppliers will need a licence to ship gallium to the United States, Beijing said.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Washington said that chipmakers will need export licences to sell HBM to China.",
            ("US", "China", "chips", "new"),
        ),
        (
            "China has started issuing general licences for exports of rare earth magnets.",
            ("China", "all", "rare_earths", "lifted"),
        ),
    ],
)
def test_a_list_a_licence_needed_or_a_general_licence(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [expected]


def test_a_licence_needed_is_announced_with_will() -> None:
    [fact] = live(
        "Suppliers will need a licence to ship gallium to the United States, Beijing said."
    )
    assert fact.status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "text",
    [
        "Washington needs export controls that actually work, the senator said.",
        "Chinese exporters need time to adjust to the licensing process, analysts said.",
        "The unverified list is a warning to buyers of US goods, a lawyer said.",
        "China issued a general statement on trade on Friday.",
    ],
)
def test_need_or_a_list_or_issuing_alone_is_no_step(text: str) -> None:
    assert live(text) == []
