"""Goods named by their product line are their class: a chip line is chips."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls

PUBLISHED = date(2026, 3, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The curbs on H200 sales to China were eased on Friday, the Commerce Department said.",
            ("US", "China", "chips", "lifted"),
        ),
        (
            "Washington barred sales of the MI308 to Chinese buyers on Thursday.",
            ("US", "China", "chips", "new"),
        ),
    ],
)
def test_a_chip_line_is_chips(text: str, expected: tuple[str, str, str, str]) -> None:
    assert [frame(f) for f in live(text)] == [expected]


def test_a_sale_of_an_unnamed_line_is_still_no_export() -> None:
    assert live("Washington barred sales of the X900 to Chinese buyers on Thursday.") == []
