"""A title repeated as a line of its article's text: the same words, whatever the case and
punctuation (`clauses.is_title` for tariffs, `contact.merge.is_title` for contacts). Both
test the sentence's first word before squashing it whole; the answers are the squashed
comparison's."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.clauses import is_title
from watcher.facts.extract.contact import merge
from watcher.facts.extract.context import Context
from watcher.facts.extract.gazetteer import load_gazetteer

TITLE = "Ottawa doubles its lumber levy to 30% - what it means"
CASES = (
    ("OTTAWA DOUBLES ITS LUMBER LEVY TO 30%: What it means", True),
    ("\u201cOttawa doubles its lumber levy to 30%\u201d \u2014 what it means.", True),
    ("Ottawa doubles its lumber levy to 30%.", False),  # the title's opening words only
    ("Ottawa said on Monday it would double its lumber levy.", False),
    ("The levy on lumber doubles to 30%, Ottawa said.", False),
    ("\u2014", False),
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_tariff_sentence_is_the_title_only_with_all_its_words(text: str, expected: bool) -> None:
    assert is_title(text, TITLE) is expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_contact_sentence_is_the_title_only_with_all_its_words(text: str, expected: bool) -> None:
    ctx = Context(load_gazetteer(), date(2026, 3, 2), 2026, TITLE)
    assert merge.is_title(text, ctx) is expected


def test_no_title_is_no_sentence() -> None:
    assert not is_title("Ottawa doubles its lumber levy.", "")
    assert not merge.is_title(
        "Ottawa doubles its lumber levy.", Context(load_gazetteer(), None, 2026, "")
    )


def test_a_title_without_words_is_a_line_without_words() -> None:
    """A title of punctuation alone squashes to nothing, as does a rule line (an edge kept
    as it was)."""
    assert is_title("* * *", "\u2014")
    assert not is_title("Ottawa doubles its levy.", "\u2014")
