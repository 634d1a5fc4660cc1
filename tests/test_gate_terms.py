"""The gate's own word lists (`facts.extract.needs`) cover what the extractors read, and the gate
is built without importing the extractors (issue 13)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from watcher.facts.extract import needs, rates


@pytest.mark.parametrize(
    "text", ["a 25% tariff", "25 per cent", "25 percent", "25 Per Cent", "25pc", "25 PC"]
)
def test_every_rate_unit_holds_a_unit_stem_of_the_gate(text: str) -> None:
    """The gate's unit stems (`needs.UNIT_STEMS`) are in every unit the rate extractor reads."""
    unit = rates._UNIT.search(text)
    assert unit is not None
    assert any(stem in unit.group(0).lower() for stem in needs.UNIT_STEMS)


def test_building_the_gate_imports_no_rate_or_measure_patterns() -> None:
    code = (
        "import sys\n"
        "from watcher.facts.registry import gate_for\n"
        "gate = gate_for(None)\n"
        "assert 'tariff_rate' in gate.admit('A 25 per cent tariff on steel.')\n"
        "assert 'deadline' in gate.admit('The tariff pause ends on May 14, 2026.')\n"
        "print(sorted(m for m in ('watcher.facts.extract.rates',"
        " 'watcher.facts.extract.measures') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
