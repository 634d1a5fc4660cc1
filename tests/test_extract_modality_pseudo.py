"""The pseudo-trigger alternation narrowed to a text's phrases (`_Lexicon.pseudo_in`) finds
what the whole alternation finds: texts are drawn from the pseudo-triggers' own words, in any
case, with other words, punctuation and the letters IGNORECASE folds with ASCII ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.facts.extract.modality import load_lexicon

LEX = load_lexicon()
WORDS = sorted({w.strip("*") for p, _ in LEX.pseudo_parts for t in p.split() for w in t.split("|")})
TOKEN = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(["the", "tariff", "would", ",", ".", "plans", "\u017fince", "\u0130t", "ed"]),
)
TEXT = st.lists(TOKEN, max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_narrowed_alternation_finds_the_same(text: str) -> None:
    expected = [m.span() for m in LEX.pseudo.finditer(text)]
    assert [m.span() for m in LEX.pseudo_in(text).finditer(text)] == expected


def test_narrowed_alternation_on_a_sentence() -> None:
    text = "Officials said there was no doubt the levy would stay, not only on steel."
    found = [m.group(0) for m in LEX.pseudo_in(text).finditer(text)]
    assert found == ["no doubt", "not only"]
