"""bench/extract.py: the gate's benchmark, on a corpus and a feed written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract import main

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test desk</title><link>https://desk.example/</link>
<item><title>Harbour reopens</title><link>https://desk.example/1</link><guid>1</guid>
<description>The harbour reopened after the storm, and the ferries run again.</description>
</item>
<item><title>Levy rises</title><link>https://desk.example/2</link><guid>2</guid>
<description>Washington raised its tariffs on Chinese goods to 54% on Tuesday.</description>
</item>
<item><title>Harbour reopens</title><link>https://desk.example/3</link><guid>3</guid>
<description>The harbour reopened after the storm, and the ferries run again.</description>
</item>
</channel></rss>
"""


def _corpus(root: Path) -> Path:
    dev = root / "corpus" / "dev"
    dev.mkdir(parents=True)
    for name, text in [
        ("001", "Ottawa cut its tariff on U.S. steel from 25% to 10% this week."),
        ("002", "The library will stay open late during the exam weeks."),
    ]:
        item = {"title": "", "published": "2025-06-06", "text": text, "facts": []}
        (dev / f"{name}.json").write_text(json.dumps(item), encoding="utf-8")
    return root / "corpus"


def test_extract_bench_reports_skips_and_equal_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Half the corpus and half the distinct feed articles skip extraction; no fact differs."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "desk.rss").write_bytes(RSS.encode())
    args = ["--corpus", str(_corpus(tmp_path)), "--feeds", str(feeds), "--runs", "1", "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["corpus"]["articles"] == 2
    assert report["corpus"]["skipped_share"] == 0.5
    assert report["feeds"]["feeds"] == 1
    assert report["feeds"]["articles"] == 2  # the repeated story counts once
    assert report["feeds"]["skipped_share"] == 0.5
    assert report["feeds"]["facts"] == {"ungated": 1, "gated": 1}
    assert report["feeds"]["lost"] == 0


def test_extract_bench_without_inputs_exits_with_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With neither folder present the benchmark says so and exits 2."""
    args = ["--corpus", str(tmp_path / "no-corpus"), "--feeds", str(tmp_path / "no-feeds")]
    assert main(args) == 2
    assert "found" in capsys.readouterr().err
