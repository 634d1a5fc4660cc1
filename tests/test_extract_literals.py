"""The guards of costly patterns (`facts/extract/literals.py`): the literals derived from a
pattern are in every text it matches, so a guarded pattern finds exactly what the pattern
finds; which sentences they spare is measured (bench/HISTORY.md, perf32), not tested."""

from __future__ import annotations

import re

import pytest

from watcher.facts.extract import (
    clauses,
    dates,
    deadlines,
    literals,
    rates,
    recency,
    roles,
    starts,
    status,
)
from watcher.facts.extract.contact.cues import LEX
from watcher.facts.extract.literals import (
    CASE_ODD,
    FIRST_RUNS,
    FRONT_RUNS,
    Guard,
    Guarded,
    fronted,
    guarded,
    guarded_re,
)
from watcher.facts.extract.modality import load_lexicon

SENTENCES = (
    "The two presidents spoke by phone on Tuesday, the ministry said.",
    "Officials MET in Geneva for a second round of TALKS last week.",
    "Beijing will retaliate if the levy takes effect next month.",
    "A spokesman declined to comment on the report.",
    "Prices rose 3% in March, the bureau said.",
    "The summit was called off after the row over chips.",
    "Talks resume ton\u0131ght in the capital.",
    "Exports of soybeans fell; analysts expect a rebound.",
    "",
)


def _needs(source: str, flags: int = 0) -> tuple[str, ...] | None:
    return Guard(re.compile(source, flags)).needs


def test_literals_of_alternations_groups_and_repeats() -> None:
    assert _needs(r"\b(?:meet(?:s|ing)?|held\s+talks)\b", re.I) == ("meet", "talks")
    # the set whose shortest literal is longest: "phone" or "video" before "call"
    assert _needs(r"(?:phone|video)\s+calls?") == ("phone", "video")
    assert _needs(r"\bnow\s+(?:\w+\s+)?(?:to be|totals?)") == ("now",)  # not " be", "tal"
    assert _needs(r"\bnow\s+(?:\w+\s+)?(?:to be|subject)") == ("subject", "to be")
    assert _needs(r"(?:a|b)+c") == ("c",)  # one-letter sets stay: still a true guard


def test_no_literals_where_a_match_may_hold_none() -> None:
    assert _needs(r"\d+") is None
    assert _needs(r"(?:rate)?\s+") is None  # an optional group may match nothing
    assert _needs(r"(?=deadline)\w+") is None  # a lookahead may look past the match
    assert _needs(r"(?:deadline|)\s") is None  # an empty alternative
    assert _needs(r"\u2019s\s+xy") == ("xy",)  # non-ASCII characters are no literal


def test_case_sensitive_literals_are_compared_in_lower_case() -> None:
    pattern = guarded(re.compile(r"(?-i:[A-Z])\w+ Trade Office"))
    assert pattern.guard.needs == (" trade office",)
    assert pattern.search("the US Trade Office said") is not None
    assert pattern.search("the us trade office said") is None


def test_the_case_odd_letters_are_every_letter_ignorecase_folds_unlike_lower() -> None:
    """A text holding a letter that IGNORECASE matches to an ASCII letter, while `str.lower()`
    gives something else, skips the guard: the set must hold every such letter."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {
        ch
        for ch in map(chr, range(0x80, 0x110000))
        if letter.fullmatch(ch) and not (ch.lower().isascii() and len(ch.lower()) == 1)
    }
    assert odd == CASE_ODD


def test_a_folded_letter_is_never_turned_away() -> None:
    pattern = guarded(re.compile(r"\btonight\b", re.IGNORECASE))
    assert pattern.search("Talks resume ton\u0131ght.") is not None
    assert pattern.search("Talks resume TONIGHT.") is not None
    assert pattern.search("Talks resume at noon.") is None


def test_the_remembered_lower_case_is_that_texts_own() -> None:
    """The guard remembers the last text's lower case: one text after another, each is read
    for itself, a folded letter included."""
    talks, tonight = Guard(re.compile(r"\btalks\b", re.I)), Guard(re.compile(r"tonight", re.I))
    assert talks.needs and tonight.needs  # read now, not after the first runs
    first, second = "Officials held TALKS.", "Officials held no meeting."
    assert talks.may_match(first) and talks.may_match(first)
    assert not talks.may_match(second) and not talks.may_match(second)
    assert tonight.may_match("Talks resume ton\u0131ght.") and not tonight.may_match(first)


def test_a_guard_is_read_after_its_patterns_first_runs() -> None:
    """A process that runs a pattern a few times never pays for reading its guard."""
    guard = Guard(re.compile(r"\bdeadline\b", re.I))
    assert all(guard.may_match("No date was set.") for _ in range(FIRST_RUNS))
    assert not guard.may_match("No date was set.")
    assert guard.may_match("The deadline passed.")


@pytest.mark.parametrize("text", SENTENCES)
def test_guarded_methods_give_the_pattern_results(text: str) -> None:
    raw = re.compile(r"\b(?:spoke|met|talks?)\b|\btakes?\s+effect\b", re.IGNORECASE)
    pattern = guarded(raw)
    assert pattern.pattern == raw.pattern and pattern.flags == raw.flags
    assert _spans(pattern.search(text)) == _spans(raw.search(text))
    assert _spans(pattern.search(text, 5, 40)) == _spans(raw.search(text, 5, 40))
    assert _spans(pattern.match(text, 4)) == _spans(raw.match(text, 4))
    assert _spans(pattern.fullmatch(text)) == _spans(raw.fullmatch(text))
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in raw.finditer(text)]
    assert pattern.findall(text) == raw.findall(text)
    assert pattern.sub("_", text) == raw.sub("_", text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_lexicons_guarded_patterns_find_what_they_find_unguarded(text: str) -> None:
    """The contact lexicon's classes and the modality triggers, each against its own pattern."""
    triggers = [t.pattern for t in load_lexicon("modality").candidates(text)]
    for pattern in [*LEX.values(), *triggers]:
        raw = re.compile(pattern.pattern, pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in raw.finditer(text)]


def test_guarded_re_compiles_the_pattern_behind_its_guard() -> None:
    """`guarded_re(source, flags)` is `guarded(re.compile(source, flags))`, spelt as long as
    `re.compile` (a definition keeps its layout when it is guarded)."""
    source = r"\b(?:duties|tariffs)\s+(?:on|against)\b"
    pattern = guarded_re(source, re.IGNORECASE)
    assert isinstance(pattern, Guarded)
    assert (pattern.pattern, pattern.flags) == (source, re.compile(source, re.I).flags)
    assert pattern.guard.needs == ("duties", "tariffs")
    assert len("guarded_re(") == len("re.compile(")


# Sentences of the shapes the roles, clauses and dates patterns read (written for this test).
_TRADE_SENTENCES = (
    "Ottawa said on Friday it would levy a 25% surtax on steel shipped from the United States.",
    "Cars built in Mexico face a duty of 10% in the US, up from 2.5% last month.",
    "The tariff takes effect tomorrow, and Seoul warned Tokyo it would retaliate.",
    "Importers in Brazil pay 18 per cent on Chinese-made panels, which now carry a surcharge.",
    "Canberra accepted a 10% rate; its own levy on US beef was lifted by the agreement.",
)


@pytest.mark.parametrize("text", SENTENCES + _TRADE_SENTENCES)
def test_the_extractors_guarded_patterns_find_what_they_find_unguarded(text: str) -> None:
    """Every pattern an extractor module guards at its top level, against its own pattern,
    on the whole text and on a slice of it (the roles read the words before a name)."""
    checked = 0
    for module in (roles, clauses, dates, deadlines, rates, recency, starts, status):
        for value in vars(module).values():
            if not isinstance(value, Guarded):
                continue
            raw = re.compile(value.pattern, value.flags)
            for part in (text, text[: len(text) // 2]):
                assert _spans(value.search(part)) == _spans(raw.search(part)), value.pattern
                assert _spans(value.match(part)) == _spans(raw.match(part)), value.pattern
            checked += 1
    assert checked >= 30


def test_a_guard_keeps_only_literals_that_hold_no_other() -> None:
    """A text holding "raised" holds "raise": one search does for both."""
    assert _needs(r"\b(?:raise|raised|raises|lifted|lifts)\b") == ("lifted", "lifts", "raise")


def _front(source: str, flags: int = 0) -> re.Pattern[str]:
    pattern = re.compile(source, flags)
    return fronted(pattern, literals._parser.parse(source, pattern.flags).data)


def test_a_pattern_is_fronted_by_the_characters_its_matches_start_with() -> None:
    fast = _front(r"\b(?:call(?:s|ed)?|met|(?:peace\s+)?talks)\b", re.IGNORECASE)
    assert fast.pattern.startswith("(?=[cmpt])(?:")
    assert fast.flags == re.compile("", re.IGNORECASE).flags
    for text in SENTENCES:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span()
            for m in re.finditer(r"\b(?:call(?:s|ed)?|met|(?:peace\s+)?talks)\b", text, re.I)
        ]


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"^\s*(?:of|stake)\b", re.IGNORECASE),  # anchored: tried at one position anyway
        (r"tariffs|duties", 0),  # literals: the engine skips to their first letters itself
        (r"\b\w+ed\b", 0),  # a class of any word character
        (r"\b(?:new\s+)?", re.IGNORECASE),  # may match nothing
        (r"\b(?-i:[A-Z])\w+", re.IGNORECASE),  # a group with flags of its own
        (r"\b(?:call|meet) # a contact", re.IGNORECASE | re.VERBOSE),
    ],
)
def test_a_pattern_is_left_as_it_is_where_a_front_cannot_help(source: str, flags: int) -> None:
    assert _front(source, flags).pattern == source


def test_a_front_folds_case_as_the_literals_it_stands_for() -> None:
    """The first-character class is matched with the pattern's flags: ignoring case, it takes
    every character the literals take (the Kelvin sign for "k", the long s for "s")."""
    source = r"\b(?:kiosk|ship|i)"
    raw = re.compile(source, re.IGNORECASE)
    fast = _front(source, re.IGNORECASE)
    assert fast.pattern != source
    for code in range(0x3000):
        text = f" {chr(code)}iosk {chr(code)}hip"
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in raw.finditer(text)]


def test_a_guarded_pattern_searches_with_its_front_after_its_first_searches() -> None:
    """The front is compiled after the guard is read and the pattern has searched
    `FRONT_RUNS` more times: a process that searches with it a few times never pays for it."""
    pattern = guarded(re.compile(r"\b(?:spoke|met|talks?)\b", re.IGNORECASE))
    text = "Officials MET in Geneva for a second round of TALKS last week."
    expected = [m.span() for m in re.finditer(pattern.pattern, text, re.IGNORECASE)]
    for _ in range(FIRST_RUNS + FRONT_RUNS - 1):
        assert [m.span() for m in pattern.finditer(text)] == expected
    assert pattern.guard.scan.pattern == pattern.pattern
    assert [m.span() for m in pattern.finditer(text)] == expected
    assert pattern.guard.scan.pattern.startswith("(?=[mst])")
    assert [m.span() for m in pattern.finditer(text)] == expected
    assert pattern.sub("_", text) == "Officials _ in Geneva for a second round of _ last week."


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_without_the_stdlib_parser_a_guard_lets_every_text_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`re._parser` is private: should a later Python move it, guards only stop filtering."""
    monkeypatch.setattr(literals, "_parser", None)
    guard = Guard(re.compile(r"\b(?:phone call|summit)\b", re.IGNORECASE))
    assert guard.needs is None
    assert all(guard.may_match("Stocks fell on Monday.") for _ in range(FIRST_RUNS + 2))
