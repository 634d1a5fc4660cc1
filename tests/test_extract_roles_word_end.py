"""The one-letter tests in `roles` that spare a text the imposer and origin patterns must only ever
skip a pattern that could not match: every text a pattern matches passes its test, in every case
and Unicode fold (dotless and dotted I, long s).
"""

from __future__ import annotations

import itertools
import re

import pytest

from watcher.facts.extract import roles

# Words and spaces the tests build the text before a mention from: the words the patterns end
# on, in their cases and Unicode folds (dotless and dotted I, long s), and others.
_WORDS = (
    "imposed by", "BY", "made in", "built \u0131n", "levied İN", "tariffs on goods in", "25% in",
    "exports to", "shipped into", "entering", "sold in", "20% for", "30% and", "25%, while",
    "10% whereas", "10% wherea\u017f", "talks held in", "way back from", ", and", "; but",
    "the", "THE", "duties", "goods", "said", "Bwin", "x",
)  # fmt: skip
_ENDS = (" ", "\n", " \n", "  ", "")
_PATTERNS = (
    (roles._MADE_IN, roles._IN_END),
    (roles._LEVIED_IN, roles._IN_END),
    (roles._IMPOSER_BEFORE, roles._BY_END),
    (roles._DESTINATION, roles._TO_END),
    (roles._RATE_FOR, roles._FOR_END),
    (roles._GAPPED_BEFORE, roles._AND_END),
    (roles._CLAUSE_OPENER, roles._OPENER_END),
    (roles._venue_before(), roles._VENUE_END),
)


def _befores() -> list[str]:
    out = []
    for first, second in itertools.product(_WORDS, repeat=2):
        for end in _ENDS:
            out.append(f"{first} {second}{end}")
            out.append(f"{second}{end}")
    return out


@pytest.mark.parametrize(("pattern", "letters"), _PATTERNS)
def test_word_end_never_skips_a_match(pattern: re.Pattern[str], letters: frozenset[str]) -> None:
    matched = 0
    for before in _befores():
        if pattern.search(before):
            matched += 1
            assert roles._word_end(before) in letters, before
    assert matched  # the texts reach the pattern at all


def test_word_end() -> None:
    assert roles._word_end("tariffs imposed by ") == "y"
    assert roles._word_end("cars made in the\n") == "e"
    assert roles._word_end("cars made in") == ""  # no space before the name
    assert roles._word_end("   ") == ""
    assert roles._word_end("") == ""
