"""The accuracy bench's `--addendum`: labels kept outside a corpus are added to its items before
scoring, and a file that cannot be added is refused naming the file and the item. The corpora
here are written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import AddendumError, add_addendum, load_corpus, main, run
from bench.gate import DEV_ADDENDUM, fact_figures, limits_from

TEXT = "The ministry said its new levy on imported bicycles would take effect on July 14."
DEADLINE = {
    "kind": "deadline", "status": "announced", "what": "bicycle levy starts",
    "date": "2025-07-14", "imposer": "Ruritania", "target": "all",
}  # fmt: skip


def _corpus(tmp_path: Path) -> Path:
    """Two items in a folder of their own (the addendum file lies beside it, not in it)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    item = {"url": "", "title": "", "published": "2025-06-20", "text": TEXT, "facts": []}
    (folder / "001.json").write_text(json.dumps(item), encoding="utf-8")
    quiet = {**item, "text": "The weather stayed dry over the valley all week."}
    (folder / "002.json").write_text(json.dumps(quiet), encoding="utf-8")
    return folder


def _addendum(folder: Path, items: dict[str, Any]) -> Path:
    path = folder / "extra.json"
    path.write_text(json.dumps({"source": "test", "items": items}), encoding="utf-8")
    return path


def test_the_addendum_adds_labels_before_scoring(tmp_path: Path) -> None:
    """Without the addendum the dated levy is a false fact; with it, a match."""
    corpus = _corpus(tmp_path)
    plain = run(corpus, repeat=1)
    assert plain["kinds"]["deadline"]["labelled"] == 0
    extra = _addendum(tmp_path, {"001": [DEADLINE], "002": []})
    amended = run(corpus, repeat=1, addendum=extra)
    assert amended["kinds"]["deadline"]["labelled"] == 1
    assert amended["kinds"]["deadline"]["extracted"] == plain["kinds"]["deadline"]["extracted"]
    assert amended["addendum"] == {"file": str(extra), "facts": 1, "items": 1}


def test_a_missed_addendum_label_is_listed_with_its_description(tmp_path: Path) -> None:
    """An addendum label has no evidence (texts stay in the corpus): a miss shows its `what`."""
    corpus = _corpus(tmp_path)
    extra = _addendum(tmp_path, {"002": [{**DEADLINE, "date": "2025-12-01"}]})
    report = run(corpus, repeat=1, addendum=extra)
    missed = [row for row in report["misses"] if row["item"] == "002"]
    assert [row["evidence"] for row in missed] == ["(addendum: bicycle levy starts)"]


def test_the_corpus_files_are_not_changed(tmp_path: Path) -> None:
    """The labels are added to the loaded items, never written back."""
    corpus = _corpus(tmp_path)
    before = (corpus / "001.json").read_text(encoding="utf-8")
    items = load_corpus(corpus)
    add_addendum(items, _addendum(tmp_path, {"001": [DEADLINE]}))
    assert items[0][1]["facts"] == [DEADLINE]
    assert (corpus / "001.json").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ({"077": [DEADLINE]}, "item '077' is not in the corpus"),
        ({"001": DEADLINE}, "item 001: not a list of facts"),
        ({"001": [{**DEADLINE, "kind": "embargo"}]}, "item 001, fact 1: unknown kind 'embargo'"),
        ({"001": [{**DEADLINE, "status": "rumoured"}]}, "item 001, fact 1: unknown status"),
        ({"001": [DEADLINE, {**DEADLINE, "date": "14 July"}]}, "item 001, fact 2: deadline date"),
        ({"002": [{"kind": "deadline", "status": "announced"}]}, "deadline fact without date"),
        (
            {"001": [{"kind": "tariff_rate", "status": "announced", "imposer": "Ruritania",
                      "target": "all", "rate_pct": "twelve", "product": "bicycles"}]},
            "item 001, fact 1: rate_pct 'twelve' is not a number",
        ),
        (
            {"001": [{"kind": "leader_contact", "status": "happened", "participants": ["A", "B"],
                      "mode": "call"}]},
            "leader_contact fact without date",
        ),
    ],
)  # fmt: skip
def test_a_malformed_addendum_names_the_file_and_the_item(
    tmp_path: Path, items: dict[str, Any], message: str
) -> None:
    corpus = _corpus(tmp_path)
    extra = _addendum(tmp_path, items)
    with pytest.raises(AddendumError) as caught:
        run(corpus, repeat=1, addendum=extra)
    assert str(extra) in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"items": [1]}'])
def test_an_unreadable_addendum_is_refused(tmp_path: Path, content: str) -> None:
    corpus = _corpus(tmp_path)
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(AddendumError, match=r"bad\.json"):
        run(corpus, repeat=1, addendum=extra)


def test_the_command_line_exits_with_2_on_a_bad_addendum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    extra = _addendum(tmp_path, {"099": [DEADLINE]})
    assert main(["--corpus", str(corpus), "--addendum", str(extra), "--repeat", "1"]) == 2
    err = capsys.readouterr().err
    assert "addendum error" in err
    assert "099" in err
    assert str(extra) in err


def test_the_command_line_reports_the_addendum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    extra = _addendum(tmp_path, {"001": [DEADLINE]})
    assert main(["--corpus", str(corpus), "--addendum", str(extra), "--repeat", "1"]) == 0
    assert "addendum: " in capsys.readouterr().out


def test_the_gate_names_the_amended_figures_and_floors_them(tmp_path: Path) -> None:
    """`facts.dev_amended.*` come from a run with the addendum, and --update floors them."""
    corpus = _corpus(tmp_path)
    extra = _addendum(tmp_path, {"001": [DEADLINE]})
    figures = fact_figures(corpus, "dev_amended", extra)
    assert figures
    assert all(k.startswith("facts.dev_amended.") for k in figures)
    limits = limits_from({**figures, "facts.dev.deadline.recall": 0.5})
    assert set(limits["floors"]) == {*figures, "facts.dev.deadline.recall"}


def test_the_dev_addendum_is_well_formed() -> None:
    """The committed addendum: deadline facts only, each with a valid date, status and parties,
    and no corpus text (no evidence field)."""
    doc = json.loads(DEV_ADDENDUM.read_text(encoding="utf-8"))
    assert {"source", "convention", "items"} <= set(doc)
    facts = [f for facts in doc["items"].values() for f in facts]
    assert facts
    for fact in facts:
        assert fact["kind"] == "deadline"
        assert "evidence" not in fact
        assert {"status", "what", "date", "imposer", "target"} <= set(fact)
