"""Export controls, review fixes (stop 28): a refused or rejected permit step is no grant, and
a step told as earlier news after its verb (said in a past month, dated in a past month) is
background. Sentences written for these tests; each "no live fact" test also reads its positive
twin, so it cannot pass on no output."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)


controls = partial(export_controls, published=PUBLISHED)


live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("refused", "twin"),
    [
        (
            "Washington refused to approve licences for AI processor sales to China.",
            "Washington approved licences for AI processor sales to China.",
        ),
        (
            "Beijing has declined to grant export licences for gallium to US buyers.",
            "Beijing has granted export licences for gallium to US buyers.",
        ),
        (
            "Tokyo rejected reports that it had granted waivers for chipmaking equipment sales"
            " to China.",
            "Tokyo said it had granted waivers for chipmaking equipment sales to China.",
        ),
        (
            "Beijing dismissed claims that it had approved permits for magnet exports to the US.",
            "Beijing said it had approved permits for magnet exports to the US.",
        ),
    ],
)
def test_a_refused_or_rejected_grant_is_no_lifting(refused: str, twin: str) -> None:
    assert not live(refused)
    assert all(f.status is Status.DENIED for f in controls(refused))
    [fact] = live(twin)
    assert fact.measure == "lifted"


@pytest.mark.parametrize(
    ("earlier", "twin"),
    [
        (  # said at the end in an earlier month
            "The Dutch government approved licences for lithography tool sales to China,"
            " a ministry spokeswoman said in March.",
            "The Dutch government approved licences for lithography tool sales to China,"
            " a ministry spokeswoman said.",
        ),
        (  # the step itself dated by an earlier month with no day
            "Officials in Washington said on Friday they had revoked licences for chip"
            " exports to China in April.",
            "Officials in Washington said on Friday they had revoked licences for chip"
            " exports to China.",
        ),
        (  # a later month than the article's was last year's
            "Beijing said on Tuesday it had approved licences for rare earth exports to the US"
            " in November.",
            "Beijing said on Tuesday it had approved licences for rare earth exports to the US.",
        ),
    ],
)
def test_a_step_told_as_earlier_news_after_its_verb_is_background(earlier: str, twin: str) -> None:
    assert not live(earlier)
    assert len(live(twin)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the article's own month is today's news
        "Beijing said on Tuesday it had approved licences for rare earth exports to the US"
        " in June.",
        # a month ahead of a step still to come announces it
        "Washington will revoke licences for chip exports to China in September, officials said.",
        # a month in another clause dates another act
        "Washington revoked licences for chip exports to China, after Beijing curbed magnet"
        " exports in April.",
    ],
)
def test_a_month_that_is_not_earlier_news_keeps_the_step(text: str) -> None:
    assert len(live(text)) == 1
