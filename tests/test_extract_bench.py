"""The accuracy benchmark's matching rules and command line, on a corpus written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.accuracy import main, matches, products_agree, run


@pytest.mark.parametrize(
    ("label", "extracted", "agree"),
    [
        ("all goods", "all goods", True),
        ("most goods", "all goods", True),
        ("steel, aluminium", "aluminium", True),
        ("certain U.S.-made vehicles", "autos", True),
        ("steel", "all goods", False),
        ("copper", "steel", False),
        ("pharmaceuticals", "pharmaceutical products", True),
        ("lithium batteries", "battery", True),
        ("glass", "brass", False),
    ],
)
def test_products_agree_loosely(label: str, extracted: str, agree: bool) -> None:
    """General scopes match general ones; specific scopes need a shared (normalised) word."""
    assert products_agree(label, extracted) is agree


def test_contact_dates_only_compared_when_both_known() -> None:
    """A contact without a date still matches a dated label with the same pair and mode."""
    label = {"kind": "leader_contact", "participants": ["Xi", "Trump"], "mode": "call",
             "date": "2025-06-05"}  # fmt: skip
    fact = {"kind": "leader_contact", "participants": ["Trump", "Xi"], "mode": "call", "date": None}
    assert matches(label, fact)
    assert not matches(label, {**fact, "date": "2025-06-04"})


def _write_item(folder: Path, name: str, text: str, facts: list[dict[str, object]]) -> None:
    item = {"url": "", "title": "", "published": "2025-06-06", "text": text, "facts": facts}
    (folder / f"{name}.json").write_text(json.dumps(item), encoding="utf-8")


def test_run_scores_a_small_corpus(tmp_path: Path) -> None:
    """An invented two-item corpus is scored with one match and one false fact."""
    _write_item(
        tmp_path,
        "001",
        "Washington raised its tariffs on Chinese goods to 54% on Tuesday.",
        [{"kind": "tariff_rate", "status": "happened", "imposer": "US", "target": "China",
          "rate_pct": 54, "previous_pct": None, "product": "all goods", "effective": None,
          "evidence": "Washington raised its tariffs on Chinese goods to 54% on Tuesday."}],
    )  # fmt: skip
    _write_item(tmp_path, "002", "Donald Trump and Vladimir Putin spoke by phone on Thursday.", [])
    report = run(tmp_path, repeat=1)
    assert report["kinds"]["tariff_rate"]["precision"] == 1.0
    assert report["kinds"]["tariff_rate"]["recall"] == 1.0
    assert [row["item"] for row in report["false"]] == ["002"]


def test_missing_corpus_exits_with_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing corpus folder is reported clearly and exits with status 2."""
    assert main(["--corpus", str(tmp_path / "absent")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
