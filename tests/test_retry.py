"""`backoff_s`: the one backoff, as fetch retries, the outbox and the schedule use it."""

from __future__ import annotations

import ast
import math
from datetime import timedelta
from pathlib import Path

import pytest

from watcher.common.retry import backoff_s
from watcher.delivery.outbox import backoff
from watcher.delivery.settings import DeliverySettings
from watcher.service.schedule import failure_backoff

WATCHER = Path(__file__).resolve().parent.parent / "watcher"


@pytest.mark.parametrize(
    ("attempt", "expected"), [(0, 2.0), (1, 2.0), (2, 4.0), (3, 8.0), (5, 32.0), (6, 50.0)]
)
def test_doubles_from_the_base_up_to_the_cap(attempt: int, expected: float) -> None:
    """Without jitter the wait is the base doubled per failure after the first, capped."""
    assert backoff_s(attempt, base_s=2.0, cap_s=50.0) == expected


def test_a_huge_attempt_count_stays_finite_and_capped() -> None:
    """Attempt ten thousand waits the cap, not an overflow or infinity."""
    wait = backoff_s(10_000, base_s=3600.0, cap_s=86400.0, jitter=1.0, random=lambda: 0.999)
    assert math.isfinite(wait)
    assert wait == pytest.approx(86400.0 * 0.999)


@pytest.mark.parametrize(
    ("jitter", "draw", "expected"),
    [(1.0, 0.0, 0.0), (1.0, 0.25, 2.0), (0.5, 0.0, 4.0), (0.5, 0.5, 6.0), (0.5, 1.0, 8.0)],
)
def test_jitter_is_the_share_left_to_chance(jitter: float, draw: float, expected: float) -> None:
    """Full jitter waits up to all of it; half jitter between half and all of it."""
    wait = backoff_s(3, base_s=2.0, cap_s=100.0, jitter=jitter, random=lambda: draw)
    assert wait == pytest.approx(expected)


def test_the_outbox_and_the_schedule_use_it() -> None:
    """The outbox's half-jittered delay and the schedule's stretched interval agree with it."""
    settings = DeliverySettings(backoff_base_s=2.0, backoff_max_s=900.0)
    assert backoff(4, settings, lambda: 0.5) == timedelta(
        seconds=backoff_s(4, base_s=2.0, cap_s=900.0, jitter=0.5, random=lambda: 0.5)
    )
    interval, ceiling = timedelta(minutes=10), timedelta(hours=1)
    assert failure_backoff(interval, 1, ceiling) == interval
    assert failure_backoff(interval, 3, ceiling) == timedelta(minutes=40)
    assert failure_backoff(interval, 9, ceiling) == ceiling


def _exponentials(path: Path) -> list[int]:
    """Lines of `path` that raise 2 to a power: a backoff computed by hand."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Pow)
        and isinstance(node.left, ast.Constant)
        and node.left.value == 2
    ]


def test_no_other_module_computes_a_backoff() -> None:
    """Only watcher/common/retry.py raises 2 to a power; every backoff goes through it."""
    found = {
        str(path.relative_to(WATCHER)): lines
        for path in WATCHER.rglob("*.py")
        if (lines := _exponentials(path))
    }
    assert set(found) == {"common/retry.py"}
