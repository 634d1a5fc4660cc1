"""A rate's history as a small step chart, drawn on the server as SVG geometry.

Pure: points in, coordinates out. The template draws them as an inline `<svg>` with classes
only (no style attributes, which the Content-Security-Policy forbids). A rate holds until
the next one, so the line is a staircase, carried on to `now`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

WIDTH, HEIGHT, PAD = 240, 64, 6


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    label: str  # the tooltip: date and rate


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    path: str  # the staircase, as an SVG `points` list
    dots: tuple[Dot, ...]
    top: str  # the highest rate, written beside the axis
    first: str  # the first and last dates, under it
    last: str


def _scale(value: float, low: float, high: float, size: float) -> float:
    span = high - low
    return PAD + (size - 2 * PAD) * ((value - low) / span if span else 0.5)


def rate_chart(
    points: Sequence[tuple[date, float]], today: date, before: float | None = None
) -> Chart | None:
    """A staircase through (date, rate) points up to `today`; `before` is the rate that held
    until the first point (a fact's "from 145%"), drawn from the left edge. None without
    points."""
    if not points:
        return None
    ordered = sorted(points)
    end = max(today, ordered[-1][0])
    first = ordered[0][0]
    lead = max((end - first) / 6, timedelta(days=7)) if before is not None else timedelta(0)
    start = first - lead
    days = max((end - start).days, 1)
    top = max([rate for _, rate in ordered] + [before or 0.0]) or 1.0

    def xy(day: date, rate: float) -> tuple[float, float]:
        x = _scale((day - start).days, 0, days, WIDTH)
        y = HEIGHT - _scale(rate, 0, top, HEIGHT)
        return round(x, 1), round(y, 1)

    steps = ([(start, before)] if before is not None else []) + ordered
    corners: list[tuple[float, float]] = []
    for i, (day, rate) in enumerate(steps):
        if i:
            corners.append(xy(day, steps[i - 1][1]))
        corners.append(xy(day, rate))
    corners.append(xy(end, ordered[-1][1]))
    dots = tuple(Dot(*xy(day, rate), f"{day}: {rate:g}%") for day, rate in ordered)
    path = " ".join(f"{x},{y}" for x, y in corners)
    shown_start = f"before {first}" if before is not None else str(first)
    return Chart(WIDTH, HEIGHT, path, dots, f"{top:g}%", shown_start, str(end))
