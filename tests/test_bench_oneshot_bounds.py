"""The lower bounds of `bench/oneshot.py`: the floor's run plus the required libraries' imports.

Pure arithmetic over recorded runs (no subprocess, no timing): the bound of a phase is the
floor's run of that round plus the median extra cost of importing the required libraries, as a
ratio to the target's reference run of the same round, medianed over rounds.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.oneshot import (
    FLOOR_IMPORTS,
    REQUIRED_IMPORTS,
    Results,
    Timed,
    bounds_table,
    lower_bounds,
)


def timed(seconds: float) -> Timed:
    return Timed(seconds=seconds, rss_mb=50.0, cpu_s=seconds, exit_code=0)


def recorded(rounds: list[dict[tuple[str, str], float]]) -> Results:
    results = Results()
    for one in rounds:
        for (phase, who), seconds in one.items():
            results.add(phase, who, timed(seconds))
    return results


def round_of(extra: float, floor: float, urlwatch: float) -> dict[tuple[str, str], float]:
    return {
        ("imports", "floor"): 0.10,
        ("imports", "required"): 0.05 + extra,
        ("imports", "both"): 0.10 + extra,
        ("cold", "floor"): 2 * floor,
        ("warm", "floor"): floor,
        ("warm", "urlwatch"): urlwatch,
        ("one_new", "floor"): floor,
        ("one_new", "urlwatch"): urlwatch,
    }


def test_each_bound_is_the_floor_plus_the_median_extra_import_cost() -> None:
    results = recorded([round_of(0.2, 0.3, 1.0), round_of(0.1, 0.3, 1.0), round_of(0.4, 0.3, 1.0)])
    bounds = {b["phase"]: b for b in lower_bounds(results)}
    assert bounds["warm"]["extra_s"] == pytest.approx(0.2)
    assert bounds["warm"]["bound_s"] == pytest.approx(0.5)
    assert bounds["warm"]["ratio"] == pytest.approx(0.5)
    assert bounds["warm"]["within"] is True  # 0.5x urlwatch is the target's limit itself
    assert bounds["warm"]["alone"] == pytest.approx(0.25)  # 0.05 + 0.2 against 1.0
    assert bounds["one_new"]["within"] is False  # 0.5x > 0.3x
    assert bounds["cold"]["reference"] == "floor"
    assert bounds["cold"]["ratio"] == pytest.approx((0.6 + 0.2) / 0.6)
    assert bounds["cold"]["within"] is False  # 1.33x > 1.25x


def test_a_cheap_enough_library_set_leaves_every_target_within_reach() -> None:
    results = recorded([round_of(0.01, 0.1, 1.0)] * 3)
    assert all(b["within"] for b in lower_bounds(results))


def test_ratios_pair_runs_of_the_same_round() -> None:
    """A slow round slows both runs of its pair; the ratio of each round is what is medianed."""
    results = recorded([round_of(0.0, 0.3, 1.0), round_of(0.0, 3.0, 10.0), round_of(0.0, 0.3, 1.0)])
    warm = next(b for b in lower_bounds(results) if b["phase"] == "warm")
    assert warm["ratio"] == pytest.approx(0.3)


def test_without_the_imports_round_there_is_no_bound() -> None:
    results = recorded([{("warm", "floor"): 0.3, ("warm", "urlwatch"): 1.0}])
    assert lower_bounds(results) == []
    assert bounds_table([], (49, 196)) == ""


def test_the_table_names_the_libraries_and_says_what_is_out_of_reach() -> None:
    results = recorded([round_of(0.2, 0.3, 1.0)] * 3)
    text = bounds_table(lower_bounds(results), (49, 196))
    assert all(name in text for name in REQUIRED_IMPORTS)
    assert (
        "| one new item in every feed | 0.25x urlwatch | 0.50 s, 0.50x urlwatch | "
        "≤ 0.3x urlwatch | no: the floor's work plus the required imports misses it" in text
    )
    assert (
        "| warm, all answers 304 | 0.25x urlwatch | 0.50 s, 0.50x urlwatch | "
        "≤ 0.5x urlwatch | yes |" in text
    )


def test_the_import_lines_name_modules_that_import_here() -> None:
    """The imports round runs `python -c "import ..."`: each name must be a real module."""
    code = f"import {', '.join(FLOOR_IMPORTS + REQUIRED_IMPORTS)}"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_bound_the_imports_alone_exceed_says_so() -> None:
    """Importing the required libraries alone costs more than the target allows."""
    results = recorded([round_of(0.4, 0.3, 1.0)] * 3)  # alone: 0.45x urlwatch; target 0.3x
    text = bounds_table(lower_bounds(results), (49, 196))
    assert "| ≤ 0.3x urlwatch | no: importing the required libraries alone misses it |" in text
