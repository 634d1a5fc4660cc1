"""The relevance gate: it skips what cannot state a fact, and loses no fact the full extractor
finds (issue 13 §1)."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import re2

from watcher.facts.extract.gazetteer import load_gazetteer, without
from watcher.facts.extract.sentences import split_sentences
from watcher.facts.gate import Gate, Need, any_of, phrases, words
from watcher.facts.registry import KINDS, admitted_kinds, extract_facts, gate_for

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PUBLISHED = date(2025, 10, 20)


def _items(name: str) -> list[dict[str, Any]]:
    folder = CORPORA / name
    if not folder.is_dir():
        pytest.skip(f"corpus folder {folder} not found (the shared corpus is not in this checkout)")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _both(text: str, title: str = "", published: date | None = PUBLISHED) -> tuple[list, list]:
    gated = extract_facts(text, title=title, published=published)
    full = extract_facts(text, title=title, published=published, gated=False)
    return gated, full


@pytest.mark.parametrize("corpus", ["dev", "dev2"])
def test_gate_loses_no_fact_of_a_dev_corpus(corpus: str) -> None:
    """On every text of both dev corpora, and on every sentence and pair of sentences of them,
    the gated extractor gives exactly the facts of the full one."""
    checked = lost = 0
    for item in _items(corpus):
        pub = date.fromisoformat(item["published"]) if item.get("published") else None
        text, title = item["text"], item.get("title", "")
        spans = [s.text for s in split_sentences(text)]
        pieces = [text, *spans, *(f"{a} {b}" for a, b in itertools.pairwise(spans))]
        for piece in pieces:
            gated, full = _both(piece, title, pub)
            assert gated == full, f"the gate changed the facts of {piece[:200]!r}"
            checked += 1
            lost += len(full) - len(gated)
    assert checked > 100
    assert lost == 0


def test_gate_skips_a_text_no_kind_can_match() -> None:
    """An article about the weather meets no kind's needs: nothing runs, nothing is found."""
    text = "Rain is expected across the valley on Tuesday, with sunshine returning later."
    assert admitted_kinds(text) == frozenset()
    assert extract_facts(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The council raised its levy on imported cheese to 12% last year.", {"tariff_rate"}),
        ("Beijing set a duty of twenty per cent on the parts.", {"tariff_rate"}),
        ("A 12% rise in rainfall was recorded.", set()),  # a percent, no tariff word
        ("The tariff talks resumed.", set()),  # a tariff word, no rate, no date
        ("Trump and Xi spoke by phone.", {"leader_contact"}),
        ("The Chinese leader received Putin.", {"leader_contact"}),  # a title counts
        ("Trump spoke with reporters.", set()),  # one leader is no pair
        ("Trump, President Trump and Donald Trump spoke.", set()),  # one leader thrice
        ("The truce ends on November 10.", {"deadline"}),
        ("The concert is on November 10.", set()),  # a date, no measure
        ("Washington tightened its export controls on chips.", {"export_control"}),
        ("It added them to the Entity List.", {"export_control"}),
    ],
)
def test_gate_admits_the_kinds_whose_terms_occur(text: str, kinds: set[str]) -> None:
    """Each kind is admitted exactly when the text holds every term it declares it needs."""
    assert admitted_kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Washington raised its tariffs on Chinese goods to 54% on Tuesday.",
        "President Trump said he spoke with Chinese President Xi Jinping on Friday.",
        "The 90-day truce between the US and China ends on November 10, 2025.",
        "China said it would suspend its new export controls on rare earths until next year.",
        "Ottawa cut its tariff on U.S. steel from 25% to 10% this week.",
        # a measure noun built with words between its modifier and head (facts/extract/needs.py)
        "New port service fees on Chinese-built ships take effect on November 14.",
        "The export licensing review rule for drone parts applies from December 1.",
    ],
)
def test_gated_and_full_extraction_agree_on_facts(text: str) -> None:
    """Sentences that state facts give the same, non-empty, facts gated and ungated."""
    gated, full = _both(text)
    assert full
    assert gated == full


def test_a_turkish_i_counts_as_an_i_as_in_the_extractor() -> None:
    """Python's `re` takes "İ" for an "i" under IGNORECASE and so does the gate's term (RE2
    alone would not): "TARİFF" with a percent still runs the tariff extractor."""
    assert re.search(r"tariff", "TARİFF", re.IGNORECASE)
    assert "tariff_rate" in admitted_kinds("A TARİFF of 20% applies.")


def test_gate_terms_fold_letters_as_python_re_does() -> None:
    """Every character Python's `re` matches to an ASCII letter under IGNORECASE, the gate's
    case-insensitive term for that letter matches too (so no term is narrower than the
    extractor's pattern it stands for)."""
    for letter in "abcdefghijklmnopqrstuvwxyz":
        term = re2.compile(words(letter)[0])
        for cp in range(0x80, 0x3000):
            char = chr(cp)
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert term.fullmatch(char), (letter, hex(cp))


def test_an_apostrophe_in_a_term_matches_the_typographic_one() -> None:
    """A title written with a typographic apostrophe is as much a leader as with a plain one."""
    assert "leader_contact" in admitted_kinds("China\u2019s leader met Putin.")


def test_a_need_can_ask_for_two_different_terms() -> None:
    """A need with `distinct=2` is met by two different terms, not by one term twice."""
    gate = Gate.build({"pair": [Need(words("alpha", "beta", "gamma"), distinct=2)]})
    assert gate.admit("alpha and alpha") == frozenset()
    assert gate.admit("alpha and gamma") == {"pair"}


def test_every_need_of_a_kind_must_be_met() -> None:
    """A kind runs only when each of its needs has a term in the text."""
    gate = Gate.build({"k": [any_of("red"), any_of("blue", "green")]})
    assert gate.admit("red sky") == frozenset()
    assert gate.admit("red and GREEN") == {"k"}


def test_a_kind_that_declares_no_needs_always_runs() -> None:
    """A new kind without `needs` is never skipped: the gate is opt-in per kind."""
    gate = Gate.build({"open": None, "k": [any_of("red")]})
    assert gate.admit("nothing here") == {"open"}
    assert Gate.build({}).admit("anything") == frozenset()


def test_every_registered_kind_declares_its_needs() -> None:
    """The four shipped kinds all declare needs, so the gate can skip each of them."""
    assert all(kind.needs is not None for kind in KINDS.values())
    assert {r.kind for r in gate_for().rules} >= set(KINDS)


def test_a_users_gazetteer_leaders_reach_the_gate(tmp_path: Path) -> None:
    """Leaders added in a user's gazetteer file are leaders to the gate too."""
    extra = tmp_path / "gaz.yaml"
    extra.write_text("leaders:\n  Ardern:\n    country: US\n    aliases: [Ardern]\n")
    text = "Ardern spoke with Putin by phone."
    assert admitted_kinds(text) == frozenset()
    assert admitted_kinds(text, extra) == {"leader_contact"}


def test_phrase_terms_space_words_as_python_re_does() -> None:
    """Words of a lexicon phrase apart by any character Python's `\\s` matches (a no-break
    space, an ideographic space) still meet the phrase's gate term."""
    term = re2.compile(phrases("export control*")[0])
    spaces = [chr(cp) for cp in range(0x3001) if re.fullmatch(r"\s", chr(cp))]
    assert "\xa0" in spaces
    for space in spaces:
        assert term.search(f"new EXPORT{space}{space}controls"), hex(ord(space))


def test_phrase_syntax_of_the_lexicon() -> None:
    """`*` is any ending, `a|b` either word, `...` a gap, as in the lexicon's phrases."""
    star, either, gap = (re2.compile(t) for t in phrases("licen* rule*", "a|b c", "x ... y"))
    assert star.search("Licensing Rules") and not star.search("licensing")
    assert either.search("b c") and either.search("A C") and not either.search("c c")
    assert gap.search("x then some words y") and not gap.search("y x")


def test_a_common_word_inside_a_longer_one_does_not_admit_a_measure() -> None:
    """Measure nouns are whole phrases: "report" and "support" are no "port fees", so a dated
    report about them admits no deadline."""
    assert admitted_kinds("The report on support was published on November 10.") == frozenset()
    assert admitted_kinds("New port fees apply from November 10.") == {"deadline"}


def test_the_scan_says_which_gazetteer_tables_are_worth_searching() -> None:
    """The same scan finds whether the article may name a country, leader or product; a
    table it cannot name is emptied for that article, and one it can is kept."""
    gaz = load_gazetteer()
    present = gate_for().admit("Beijing raised duties on soybeans.")
    assert {"gazetteer:countries", "gazetteer:products"} <= present
    assert "gazetteer:leaders" not in present
    trimmed = without(gaz, present)
    assert trimmed.countries is gaz.countries
    assert trimmed.leaders.find("Xi met Putin.") == []


def test_a_country_named_only_in_the_title_still_gives_the_parties() -> None:
    """The title is scanned with the text: a deadline whose parties only the title names
    keeps them when gated."""
    title = "China and the US extend their truce"
    text = "The truce now ends on November 10, 2025, officials said."
    gated, full = _both(text, title)
    assert full
    assert (full[0].imposer, full[0].target) != (None, None)
    assert gated == full
