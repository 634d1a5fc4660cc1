"""The gate's own copies of the extractors' word lists (`facts.extract.needs`) stay equal to
the extractors' (issue 13: the gate is built without importing the extractors)."""

from __future__ import annotations

import subprocess
import sys

from watcher.facts.extract import measures, needs, rates


def test_the_unit_stems_are_the_rate_extractors() -> None:
    assert needs.UNIT_STEMS == rates.UNIT_STEMS


def test_the_measure_terms_are_the_measure_extractors() -> None:
    assert needs.measure_terms() == measures.measure_terms()


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
