"""`watcher extract` and `watcher baseline` as a user runs them (real subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ROOT, watcher

SEEDS = ROOT / "seeds"


def seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


def test_extract_seed_003_reports_the_june_call_as_happened(tmp_path: Path) -> None:
    """Seed 003's undated 'recent call' is the known 5 June 2025 call, which happened."""
    result = watcher("extract", seed("003"), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    recent = [
        f
        for f in facts
        if f["kind"] == "leader_contact" and f["date"] is None and f["status"] == "happened"
    ]
    assert recent, facts
    assert recent[0]["comparison"] == "confirmed"
    assert recent[0]["known"]["date"] == "2025-06-05"
    assert not (tmp_path / "watcher.db").exists(), "extract must not create the state store"


def test_extract_seed_001_reports_a_speculated_call(tmp_path: Path) -> None:
    """Seed 001 says no date is confirmed: the call it discusses is speculated."""
    result = watcher("extract", seed("001"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "leader_contact speculated: Trump – Xi · call" in result.stdout


def test_extract_text_shows_evidence_and_comparison(tmp_path: Path) -> None:
    """Text output quotes the evidence and names the known value a change departs from."""
    article = tmp_path / "threat.md"
    article.write_text(
        "---\npublished: 2025-10-10\n---\n# Threat\n\nThe United States will "
        "impose an additional tariff of 100% on Chinese goods from November 1 "
        "unless Beijing drops its new export rules, the president said.\n"
    )
    result = watcher("extract", str(article), cwd=tmp_path)
    assert "CHANGED tariff_rate threatened: US → China · all goods · 100%" in result.stdout
    assert "known: US → China · all goods · 30%" in result.stdout
    assert "“The United States will impose" in result.stdout


def test_extract_stdin_reads_an_undated_text_as_of_now(tmp_path: Path) -> None:
    """An undated text from stdin is read as of --now: "October 30" takes its year, but
    which Thursday "on Thursday" is the text does not say (no date)."""
    text = (
        "Leaders speak\nPresident Trump and President Xi Jinping held a phone call on "
        "Thursday, the White House said. The two leaders agreed to meet in Seoul on October 30.\n"
    )
    result = watcher(
        "extract", "-", "--now", "2025-09-20T10:00Z", "--format", "json", cwd=tmp_path, stdin=text
    )
    assert result.returncode == 0, result.stderr
    [item] = json.loads(result.stdout)
    call, meeting = item["facts"]
    assert (call["date"], call["status"], call["comparison"]) == (None, "happened", "new")
    assert (meeting["date"], meeting["status"]) == ("2025-10-30", "planned")


def test_extract_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    """A path that does not exist exits 2 and names it."""
    result = watcher("extract", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "nope.txt: no such file, folder or URL" in result.stderr


def test_baseline_show_lists_the_seeded_state(tmp_path: Path) -> None:
    """The seeded known state holds the rates, the truce end and both Trump–Xi calls."""
    result = watcher("baseline", "show", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    rates = {
        (r["imposer"], r["target"], r["product"]): (r["rate_pct"], r["previous_pct"])
        for r in rows
        if r["kind"] == "tariff_rate"
    }
    assert rates[("US", "China", "all goods")] == (30, 145)
    assert rates[("China", "US", "all goods")] == (10, 125)
    assert rates[("US", "all", "steel")] == (50, 25)
    assert rates[("US", "all", "aluminium")] == (50, 25)
    calls = sorted(r["date"] for r in rows if r["kind"] == "leader_contact")
    assert calls == ["2025-01-17", "2025-06-05"]
    # Two seed documents state the truce end, one for each side: it is one deadline.
    [truce] = [r for r in rows if r["kind"] == "deadline"]
    assert truce["date"] == "2025-08-12"
    assert {truce["imposer"], truce["target"]} == {"US", "China"}
    assert all(r["learned_from"].startswith("seeds/") for r in rows)


def test_baseline_show_table(tmp_path: Path) -> None:
    """The table names each value and the seed file it was learned from."""
    result = watcher("baseline", "show", cwd=tmp_path)
    assert "US → China · all goods · 30% (was 145%)" in result.stdout
    assert "seeds/004_7d6f4ec7374e8f72.txt" in result.stdout


def test_baseline_build_drafts_from_the_seeds(tmp_path: Path) -> None:
    """The draft holds the seed facts with their source file and publication date."""
    out = tmp_path / "draft.yaml"
    result = watcher("baseline", "build", "--output", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    draft = out.read_text()
    assert "rate_pct: 30\n" in draft
    assert "source: 004_7d6f4ec7374e8f72.txt" in draft
    assert "date: '2025-06-05'" in draft


def test_extract_compares_a_batch_as_check_would(tmp_path: Path) -> None:
    """Two articles stating the same new rate: the first is new, the second confirms it."""
    for name, day in (("a", "2025-07-01"), ("b", "2025-07-02")):
        (tmp_path / f"{name}.md").write_text(
            f"---\npublished: {day}\n---\n# {name}\n\nThe United States raised its tariff on "
            "Chinese goods from 30% to 54% on Tuesday, officials said.\n"
        )
    result = watcher("extract", "b.md", "a.md", "--format", "jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    outcomes = {r["article"]["title"]: r["facts"][0]["comparison"] for r in rows}
    assert outcomes == {"a": "changed", "b": "confirmed"}


def test_extract_reads_a_local_feed_file(tmp_path: Path) -> None:
    """A feed file is read as a feed: one article per entry, with the entries' dates."""
    result = watcher(
        "extract",
        str(ROOT / "examples" / "feeds" / "trade-wire.xml"),
        "--format",
        "jsonl",
        cwd=tmp_path,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert rows[0]["article"]["published"] == "2025-10-30T09:15:00+00:00"
