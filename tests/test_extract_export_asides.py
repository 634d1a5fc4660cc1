"""An aside set off by commas between a step and its control ("added 12 firms, including two
suppliers of parts, to its entity list"; "pushed back, by a year, the rule that ..."): the
step's reach does not count it. And "push back" as a delay, but not "push back against"."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls

PUBLISHED = date(2026, 6, 22)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares slid after the US Commerce Department added nine Chinese firms, including "
            "three makers of etching machines for chip plants, to its Entity List on Friday.",
            ("US", "China", "chips", "new"),
        ),
        (
            "Washington placed 20 Chinese groups, such as two developers of drone guidance "
            "software, on its entity list.",
            ("US", "China", "software", "new"),
        ),
        (
            "The Bureau of Industry and Security pushed back, by a further six months, the rule "
            "that extends Entity List curbs to affiliates of listed firms.",
            ("US", "all", "unspecified", "suspended"),
        ),
        (
            "Washington has pushed back by a year its rule extending export controls to "
            "subsidiaries of Chinese chipmakers.",
            ("US", "China", "chips", "suspended"),
        ),
    ],
)
def test_a_step_reaches_its_control_past_an_aside(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "China pushed back against the US curbs on chip exports on Thursday.",
        "Beijing pushed back on the latest US curbs on chip exports.",
    ],
)
def test_pushing_back_against_a_control_is_no_step(text: str) -> None:
    assert live(text) == []


def test_pushing_back_on_a_named_control_leaves_it_its_owner() -> None:
    """ "pushed back on Washington's new controls": the possessive owns the control, after a
    target cue too; the one who pushes back imposes nothing."""
    found = live("Beijing pushed back on Washington's new export controls for AI chips.")
    assert all(f.imposer == "US" for f in found), found
