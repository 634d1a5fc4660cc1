"""The trie regex of `watcher.facts.extract.trie` matches what the plain alternation matches.

Phrases and texts are drawn from a small alphabet that holds the characters the regex engine
folds together under IGNORECASE in more than pairs ("s", "S", the long s; "k", "K", the Kelvin
sign; the three sigmas), spaces and punctuation, so that shared prefixes, prefixes of one
another and case-folded collisions are common. Each regex is followed by a few continuations
(none, a word boundary, a letter), which makes the engine backtrack into shorter phrases.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.facts.extract.trie import alternation

ALPHABET = "abAB sS\u017fkK\u212a\u03c3\u03c2\u03a3.-"
PHRASE = st.text(alphabet=ALPHABET, min_size=1, max_size=6)
TEXT = st.text(alphabet=ALPHABET + "  \n", max_size=40)
FOLLOWERS = ("", r"(?!\w)", "b", r"\s")


def _plain(phrases: list[str], *, spaced: bool) -> str:
    if spaced:
        words = sorted({" ".join(p.split()) for p in phrases if p.split()}, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=12), TEXT, st.booleans(), st.booleans())
def test_trie_matches_the_plain_alternation(
    phrases: list[str], text: str, ignore_case: bool, spaced: bool
) -> None:
    if spaced:
        phrases = [p for p in phrases if p.split()] or ["a"]
    flags = re.IGNORECASE if ignore_case else 0
    plain = _plain(phrases, spaced=spaced)
    trie = alternation(phrases, ignore_case=ignore_case, spaced=spaced)
    for follow in FOLLOWERS:
        expected = _spans(f"(?:{plain}){follow}", text, flags)
        assert _spans(f"(?:{trie}){follow}", text, flags) == expected, (plain, trie, follow)


@settings(max_examples=200, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=12), TEXT, st.booleans())
def test_a_lookbehind_after_the_first_character(
    phrases: list[str], text: str, ignore_case: bool
) -> None:
    """`(?<!\\w.)` after the first character (never a newline) is `(?<!\\w)` before it."""
    flags = re.IGNORECASE if ignore_case else 0
    plain = _plain(phrases, spaced=False)
    trie = alternation(phrases, ignore_case=ignore_case, after_first=r"(?<!\w.)")
    for follow in FOLLOWERS:
        expected = _spans(rf"(?<!\w)(?:{plain}){follow}", text, flags)
        assert _spans(f"(?:{trie}){follow}", text, flags) == expected, (plain, trie, follow)


def test_trie_on_words_a_reader_knows() -> None:
    names = ["US", "U.S.", "USA", "United States", "United Kingdom", "Uganda"]
    pattern = re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w|\.\w)")
    text = "The United States and the USA, the U.S. and the United Kingdom; not USB."
    assert [m.group(0) for m in pattern.finditer(text)] == [
        "United States", "USA", "U.S.", "United Kingdom",
    ]  # fmt: skip


def test_trie_folds_case_and_runs_of_space() -> None:
    cues = ["take effect", "takes effect", "take"]
    pattern = re.compile(rf"\b(?:{alternation(cues, ignore_case=True, spaced=True)})\b", re.I)
    assert pattern.search("It will TAKE   effect soon").group(0) == "TAKE   effect"
    assert pattern.search("the rule takes\neffect").group(0) == "takes\neffect"


def test_no_phrases_never_match() -> None:
    assert re.search(alternation([]), "anything") is None
